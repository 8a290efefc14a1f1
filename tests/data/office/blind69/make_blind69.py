# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 69: an issue of 湖北省人民政府公报 (2024年第8期) laid out in two columns,
plus the earlier 办公厅 document that one notice in the issue extends and changes.

Writes next to itself:
  blind69_hubei_gongbao.docx / .pdf -- masthead + 目录 (one column, page 1), then four documents
                                        in two columns; running headers alternate odd/even
                                        (2024年第8期 / 湖北省人民政府公报), page numbers outside
  blind69_hubei_banfa.docx          -- 鄂政办发〔2022〕27号, one column, red header, 版记
  expected.json
The 目录 page numbers are computed from the PDF (two passes) so they are what LibreOffice prints.
PDFs are made by LibreOffice (soffice --headless), one file at a time.
"""
import json
import os
import re
import shutil
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import (
    WD_ALIGN_PARAGRAPH,
    WD_LINE_SPACING,
    WD_TAB_ALIGNMENT,
    WD_TAB_LEADER,
)
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)

GAZ = "湖北省人民政府公报"
ISSUE = "2024年第8期"
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
J = WD_ALIGN_PARAGRAPH.JUSTIFY


# ---------------------------------------------------------------- helpers
def font(run, name=SONG, size=10.5, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def para(container, text="", name=SONG, size=10.5, bold=False, align=J, indent=True, color=None,
         before=0, after=0, exact=17, runs=None, right_indent=None, keep_next=False):
    p = container.add_paragraph()
    pf = p.paragraph_format
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if right_indent is not None:
        pf.right_indent = Pt(right_indent)
    if keep_next:
        pf.keep_with_next = True
    p.alignment = align
    if runs:
        for t, nm, b in runs:
            font(p.add_run(t), nm, size, b, color)
    elif text:
        font(p.add_run(text), name, size, bold, color)
    return p


def field(p, instr, name=SONG, size=10.5, placeholder="1"):
    def fc(kind):
        r = p.add_run()
        font(r, name, size)
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), kind)
        r._element.append(e)
    fc("begin")
    r = p.add_run()
    font(r, name, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r._element.append(it)
    fc("separate")
    font(p.add_run(placeholder), name, size)
    fc("end")


def border(p, side="bottom", color="000000", sz=6, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    b = OxmlElement("w:%s" % side)
    b.set(qn("w:val"), val)
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    bdr.append(b)


def columns(section, num=2, space_mm=7, sep=True):
    sp = section._sectPr
    cols = sp.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sp.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(int(space_mm * 56.7)))
    if sep:
        cols.set(qn("w:sep"), "1")
    cols.set(qn("w:equalWidth"), "1")


def clear(hf):
    for p in list(hf.paragraphs):
        p._p.getparent().remove(p._p)


def header_text(hdr, text, align):
    hdr.is_linked_to_previous = False
    clear(hdr)
    p = para(hdr, text, name=KT, size=10.5, align=align, indent=False, exact=None)
    border(p, "bottom", "000000", 6, 1)


def footer_num(ftr, align):
    ftr.is_linked_to_previous = False
    clear(ftr)
    p = para(ftr, "", indent=False, align=align, exact=None)
    font(p.add_run("— "), SONG, 10.5)
    field(p, "PAGE", SONG, 10.5)
    font(p.add_run(" —"), SONG, 10.5)


def cell_text(cell, text, name=SONG, size=9, bold=False, align=L):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(size + 4)
    font(p.add_run(text), name, size, bold)


def table_width(tbl, widths_mm):
    tblPr = tbl._tbl.tblPr
    w = tblPr.find(qn("w:tblW"))
    if w is None:
        w = OxmlElement("w:tblW")
        tblPr.append(w)
    w.set(qn("w:w"), str(int(sum(widths_mm) * 56.7)))
    w.set(qn("w:type"), "dxa")
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    grid = tbl._tbl.tblGrid
    for gc, wmm in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(wmm * 56.7)))
    for row in tbl.rows:
        for c, wmm in zip(row.cells, widths_mm):
            c.width = Mm(wmm)


def table_borders(tbl, sz=4, val="single"):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:%s" % side)
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


# ---------------------------------------------------------------- content
# Block kinds: label (栏目), ling (令 heading), title, docno, addr (主送), p (clause paragraph),
# art (第X条 with bold number; 'items' list of sub-items printed as separate paragraphs, joined into
# the article's clause), chapter (章 heading, not a clause), sign / date (落款), table, caption.

D1 = {
    "id": "d1",
    "meta": {
        "title": "中国（湖北）自由贸易试验区跨境贸易投资便利化规定",
        "doc_number": "湖北省人民政府令第471号",
        "issuer": "湖北省人民政府",
        "date": "2024-04-02",
        "level": "provincial",
        "region": "湖北省",
        "effective": "2024-06-01",
        "expires": None,
        "form": "省政府令 + 规章",
        "adopted": "2024-03-25 省人民政府第31次常务会议",
    },
    "blocks": [
        ("label", "【省政府令】"),
        ("ling", "湖北省人民政府令"),
        ("docno", "第471号"),
        ("p", "《中国（湖北）自由贸易试验区跨境贸易投资便利化规定》已经2024年3月25日省人民政府第31次常务会议审议通过，现予公布，自2024年6月1日起施行。"),
        ("sign", "省长　李国平"),
        ("date", "2024年4月2日"),
        ("title", "中国（湖北）自由贸易试验区跨境贸易投资便利化规定"),
        ("chapter", "第一章　总则"),
        ("art", "第一条", "为了推进中国（湖北）自由贸易试验区（以下简称自贸试验区）跨境贸易投资便利化，服务高质量共建“一带一路”，根据《中华人民共和国对外贸易法》《中华人民共和国外商投资法》等法律、行政法规，结合本省实际，制定本规定。"),
        ("art", "第二条", "本规定适用于自贸试验区武汉片区、襄阳片区、宜昌片区（以下统称片区）内的跨境贸易投资便利化及相关服务保障活动。"),
        ("art", "第三条", "省人民政府自贸试验区工作领导小组办公室（以下简称省自贸办）负责统筹协调跨境贸易投资便利化工作。片区管理机构负责本片区的具体实施工作。"),
        ("chapter", "第二章　贸易便利化"),
        ("art", "第四条", "片区应当依托国际贸易“单一窗口”，推行进出口货物申报、许可证件办理、税费支付等业务一网通办。"),
        ("art", "第五条", "支持在片区内开展下列新型贸易业务：", [
            "（一）跨境电子商务零售进口和出口；",
            "（二）保税维修、保税研发；",
            "（三）离岸转手买卖等离岸贸易。",
        ]),
        ("art", "第六条", "武汉片区应当会同海关等部门，对中欧班列（武汉）进出境货物实行“铁路快通”模式，实现运输工具、货物一次申报、一次查验、一次放行。"),
        ("chapter", "第三章　投资便利化"),
        ("art", "第七条", "外国投资者在片区内投资的，除外商投资准入负面清单规定的领域外，按照内外资一致的原则实施管理。"),
        ("art", "第八条", "片区内企业赴共建“一带一路”国家和地区投资，属于备案管理的境外投资项目，省商务厅、省发展改革委应当自收到完整申请材料之日起3个工作日内办结备案手续。"),
        ("art", "第九条", "支持片区内银行业金融机构在依法合规、风险可控的前提下，为企业跨境投资提供本外币一体化资金池、跨境并购贷款等金融服务。"),
        ("chapter", "第四章　附则"),
        ("art", "第十条", "襄阳片区、宜昌片区可以参照本规定第六条，对其他国际货运班列制定具体实施办法。"),
        ("art", "第十一条", "本规定自2024年6月1日起施行。"),
    ],
}

D2 = {
    "id": "d2",
    "meta": {
        "title": "湖北省人民政府办公厅关于推进中国（湖北）自由贸易试验区高质量服务共建“一带一路”的通知",
        "doc_number": "鄂政办发〔2024〕15号",
        "issuer": "湖北省人民政府办公厅",
        "date": "2024-03-18",
        "level": "provincial",
        "region": "湖北省",
        "effective": "2024-04-01",
        "expires": "2029-03-31",
        "expires_as_printed": "有效期5年（自2024年4月1日起施行）",
    },
    "blocks": [
        ("label", "【省政府办公厅文件】"),
        ("title", "湖北省人民政府办公厅关于推进中国（湖北）自由贸易试验区高质量服务共建“一带一路”的通知"),
        ("docno", "（鄂政办发〔2024〕15号）"),
        ("addr", "各市、州、县人民政府，省政府各部门："),
        ("p", "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，充分发挥中国（湖北）自由贸易试验区（以下简称湖北自贸试验区）改革开放试验田作用，经省人民政府同意，现就有关事项通知如下："),
        ("h", "一、强化通道枢纽功能"),
        ("p", "（一）提升中欧班列（武汉）运营水平。支持武汉片区依托吴家山铁路口岸，拓展至中亚、欧洲的班列线路，2024年开行量力争突破1000列。"),
        ("p", "（二）畅通江海联运通道。支持宜昌片区建设三峡枢纽港，推动“江海直达”“铁水联运”集疏运体系建设。"),
        ("h", "二、推进制度型开放"),
        ("p", "（一）深化贸易便利化改革。"),
        ("p", "1.推广“两段准入”“提前申报”等通关模式，进口、出口整体通关时间分别压缩至30小时和1小时以内。"),
        ("p", "2.在襄阳片区开展汽车平行进口试点，支持整车进口口岸功能拓展。"),
        ("p", "（二）扩大服务业开放。支持在武汉片区设立外商独资的国际船舶代理、船舶管理企业，探索开展离岸贸易结算便利化试点。"),
        ("p", "三、加强要素保障。省级外经贸发展专项资金对湖北自贸试验区“一带一路”重点项目予以倾斜支持。各片区重点任务见下表。"),
        ("caption", "湖北自贸试验区各片区服务共建“一带一路”重点任务"),
        ("table", ["片区", "重点方向", "牵头单位"], [
            ["武汉片区", "中欧班列、国际航空货运、离岸贸易", "武汉市人民政府"],
            ["襄阳片区", "汽车及零部件出口、平行进口", "襄阳市人民政府"],
            ["宜昌片区", "江海联运、生物医药国际合作", "宜昌市人民政府"],
        ]),
        ("p", "四、抓好组织实施。各片区管委会要于每年12月底前将年度工作进展情况报送省自贸办（省商务厅）。本通知自2024年4月1日起施行，有效期5年。"),
        ("sign", "湖北省人民政府办公厅"),
        ("date", "2024年3月18日"),
    ],
}

D3 = {
    "id": "d3",
    "meta": {
        "title": "湖北省人民政府办公厅关于延长《湖北省“一带一路”海外仓建设支持办法》有效期并调整部分条款的通知",
        "doc_number": "鄂政办发〔2024〕19号",
        "issuer": "湖北省人民政府办公厅",
        "date": "2024-04-08",
        "level": "provincial",
        "region": "湖北省",
        "effective": "2024-04-08",
        "expires": None,
        "changes": {
            "target": "鄂政办发〔2022〕27号",
            "extends_to": "2026-06-30",
            "amends": "第七条第（二）项 200万元→300万元, from 2024-04-08",
            "suspends": "第九条 from 2024-07-01",
            "repeals": "第八条 (from 2024-04-08)",
        },
    },
    "blocks": [
        ("title", "湖北省人民政府办公厅关于延长《湖北省“一带一路”海外仓建设支持办法》有效期并调整部分条款的通知"),
        ("docno", "（鄂政办发〔2024〕19号）"),
        ("addr", "各市、州、县人民政府，省政府各部门："),
        ("p", "《省人民政府办公厅关于印发湖北省“一带一路”海外仓建设支持办法的通知》（鄂政办发〔2022〕27号，以下简称《办法》）有效期至2024年6月30日。为保持政策连续性和稳定性，经省人民政府同意，现将有关事项通知如下："),
        ("p", "一、《办法》有效期延长至2026年6月30日。"),
        ("p", "二、将《办法》第七条第（二）项中的“给予最高200万元补助”修改为“给予最高300万元补助”，自本通知印发之日起执行。"),
        ("p", "三、自2024年7月1日起，暂停执行《办法》第九条。暂停期间，武汉片区海外仓企业可按照《办法》第七条申报支持。"),
        ("p", "四、废止《办法》第八条。公共海外仓认定工作按照商务部有关规定执行。"),
        ("p", "五、《办法》其他条款继续执行。各地、各有关部门要做好政策衔接，确保企业应享尽享。"),
        ("sign", "湖北省人民政府办公厅"),
        ("date", "2024年4月8日"),
    ],
}

D4 = {
    "id": "d4",
    "meta": {
        "title": "湖北省人民政府关于陈立新等同志职务任免的通知",
        "doc_number": "鄂政任〔2024〕7号",
        "issuer": "湖北省人民政府",
        "date": "2024-04-12",
        "level": "provincial",
        "region": "湖北省",
        "effective": None,
        "expires": None,
    },
    "blocks": [
        ("label", "【人事任免】"),
        ("title", "湖北省人民政府关于陈立新等同志职务任免的通知"),
        ("docno", "（鄂政任〔2024〕7号）"),
        ("addr", "各市、州、县人民政府，省政府各部门："),
        ("p", "经研究决定："),
        ("p", "任命陈立新为湖北省人民政府自由贸易试验区工作领导小组办公室专职副主任；"),
        ("p", "任命赵文博为湖北省商务厅副厅长（试用期一年）；"),
        ("p", "免去周海涛的湖北省商务厅副厅长职务。"),
        ("sign", "湖北省人民政府"),
        ("date", "2024年4月12日"),
    ],
}

GAZ_DOCS = [D1, D2, D3, D4]

COLOPHON = [
    "湖北省人民政府公报（半月刊）",
    "主管主办：湖北省人民政府办公厅",
    "编辑出版：《湖北省人民政府公报》编辑部",
    "地址：武汉市武昌区洪山路8号　邮编：430071",
    "电话：027-87231234　网址：www.hubei.gov.cn",
    "国内统一连续出版物号：CN 42-1795/D",
    "2024年4月30日出版　免费赠阅",
]

EARLIER = {
    "id": "e1",
    "meta": {
        "title": "湖北省人民政府办公厅关于印发湖北省“一带一路”海外仓建设支持办法的通知",
        "doc_number": "鄂政办发〔2022〕27号",
        "issuer": "湖北省人民政府办公厅",
        "date": "2022-05-16",
        "level": "provincial",
        "region": "湖北省",
        "effective": "2022-07-01",
        "expires": "2026-06-30",
        "expires_as_printed": "2024-06-30",
        "changed_by": {
            "doc_number": "鄂政办发〔2024〕19号 (printed in 湖北省人民政府公报2024年第8期)",
            "extends_to": "2026-06-30",
            "第七条（二）": "amended 2024-04-08: 最高200万元 → 最高300万元",
            "第八条": "repealed 2024-04-08",
            "第九条": "suspended from 2024-07-01",
        },
    },
}

EARLIER_ARTS = [
    ("第一条", "为支持我省企业在共建“一带一路”国家和地区建设和运营海外仓，促进跨境电子商务和外贸高质量发展，根据《国务院办公厅关于加快发展外贸新业态新模式的意见》（国办发〔2021〕24号）等文件精神，结合我省实际，制定本办法。"),
    ("第二条", "本办法所称海外仓，是指我省企业在境外自建或者租赁，为跨境电子商务和一般贸易出口提供仓储、分拣、配送、退换货等服务的仓储设施。"),
    ("第三条", "本办法适用于在本省行政区域内依法注册、具有独立法人资格的外贸企业、跨境电子商务企业和物流企业。中国（湖北）自由贸易试验区武汉、襄阳、宜昌片区内企业优先支持。"),
    ("第四条", "省商务厅负责海外仓建设支持工作的统筹协调，会同省财政厅制定年度申报指南，组织项目评审和绩效评价。各市、州商务主管部门负责本地区项目初审和日常监管。"),
    ("第五条", "申报支持的海外仓应当同时符合下列条件：", [
        "（一）位于共建“一带一路”国家和地区，仓储面积不低于2000平方米；",
        "（二）已投入运营满一年，年服务湖北企业不少于20家；",
        "（三）具有信息化管理系统，能够与省跨境电子商务公共服务平台实现数据对接。",
    ]),
    ("第六条", "支持方式包括建设补助、运营奖励和公共服务平台对接补助，同一项目同一年度不重复享受。"),
    ("第七条", "对符合条件的海外仓，按照以下标准给予支持：", [
        "（一）新建或者扩建海外仓的，按照实际投资额的20%给予建设补助；",
        "（二）仓储面积超过1万平方米的，给予最高200万元补助；",
        "（三）年度营业收入同比增长30%以上的，给予最高50万元运营奖励。",
    ]),
    ("第八条", "被认定为省级公共海外仓的，由省商务厅授牌，有效期三年，期满复核。"),
    ("第九条", "对在中国（湖北）自由贸易试验区武汉片区内注册、其海外仓年度货物吞吐量超过5万吨的企业，另给予一次性奖励30万元。"),
    ("第十条", "支持资金从省级外经贸发展专项资金中安排，实行项目库管理，按照“先建后补”方式拨付。"),
    ("第十一条", "申报企业对申报材料的真实性负责。对以虚报、冒领等手段骗取支持资金的，收回已拨付资金，三年内取消其申报资格，并依法依规追究责任。"),
    ("第十二条", "本办法由省商务厅、省财政厅负责解释。"),
    ("第十三条", "本办法自2022年7月1日起施行，有效期至2024年6月30日。"),
]
EARLIER_LEAD = "《湖北省“一带一路”海外仓建设支持办法》已经省人民政府同意，现印发给你们，请认真贯彻执行。"


# ---------------------------------------------------------------- 公报
TOC = [
    ("label", "【省政府令】"),
    ("entry", "湖北省人民政府令（第471号）", "d1"),
    ("entry", "　中国（湖北）自由贸易试验区跨境贸易投资便利化规定", "d1"),
    ("label", "【省政府办公厅文件】"),
    ("entry", "省人民政府办公厅关于推进中国（湖北）自由贸易试验区高质量服务共建“一带一路”的通知（鄂政办发〔2024〕15号）", "d2"),
    ("entry", "省人民政府办公厅关于延长《湖北省“一带一路”海外仓建设支持办法》有效期并调整部分条款的通知（鄂政办发〔2024〕19号）", "d3"),
    ("label", "【人事任免】"),
    ("entry", "省人民政府关于陈立新等同志职务任免的通知（鄂政任〔2024〕7号）", "d4"),
]


def render_gazette_doc(doc, d):
    for b in d["blocks"]:
        k = b[0]
        if k == "label":
            p = para(doc, b[1], name=HT, size=12, align=L, indent=False, before=6, after=4, exact=20, keep_next=True)
        elif k == "ling":
            para(doc, b[1], name=XBS, size=18, align=C, indent=False, before=6, after=2, exact=26, keep_next=True)
        elif k == "title":
            para(doc, b[1], name=XBS, size=14, align=C, indent=False, before=8, after=4, exact=21, keep_next=True)
        elif k == "docno":
            para(doc, b[1], name=KT, size=10.5, align=C, indent=False, after=4, keep_next=True)
        elif k == "addr":
            para(doc, b[1], indent=False)
        elif k == "p":
            para(doc, b[1])
        elif k == "h":
            para(doc, b[1], name=HT, keep_next=True)
        elif k == "chapter":
            para(doc, b[1], name=HT, align=C, indent=False, before=4, after=2, keep_next=True)
        elif k == "art":
            para(doc, runs=[(b[1], HT, False), ("　" + b[2], SONG, False)])
            if len(b) > 3:
                for it in b[3]:
                    para(doc, it)
        elif k == "sign":
            para(doc, b[1], align=R, indent=False, before=6, right_indent=10.5)
        elif k == "date":
            para(doc, b[1], align=R, indent=False, after=6, right_indent=10.5)
        elif k == "caption":
            para(doc, b[1], name=HT, size=9, align=C, indent=False, before=2, after=2)
        elif k == "table":
            head, rows = b[1], b[2]
            t = doc.add_table(rows=1 + len(rows), cols=len(head))
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            table_borders(t)
            for i, h in enumerate(head):
                cell_text(t.rows[0].cells[i], h, HT, 9, align=C)
            for r, row in enumerate(rows):
                for i, v in enumerate(row):
                    cell_text(t.rows[r + 1].cells[i], v, SONG, 9, align=C if i == 0 else L)
            table_width(t, [15, 38, 26])
            para(doc, "", indent=False, exact=6)


def build_gazette(path, toc_pages):
    doc = Document()
    doc.settings.odd_and_even_pages_header_footer = True
    s1 = doc.sections[0]
    s1.page_width, s1.page_height = Mm(210), Mm(285)  # 大16开
    s1.top_margin, s1.bottom_margin = Mm(25), Mm(22)
    s1.left_margin, s1.right_margin = Mm(20), Mm(20)
    s1.header_distance, s1.footer_distance = Mm(13), Mm(12)
    s1.different_first_page_header_footer = True
    # page 1: masthead + 目录 (one column); first-page header/footer empty
    clear(s1.first_page_header)
    clear(s1.first_page_footer)
    header_text(s1.header, ISSUE, R)
    header_text(s1.even_page_header, GAZ, L)
    footer_num(s1.footer, R)
    footer_num(s1.even_page_footer, L)
    # remove the default empty paragraph
    body = doc.element.body
    for p in list(doc.paragraphs):
        p._p.getparent().remove(p._p)
    para(doc, "湖北省人民政府公报", name=XBS, size=40, align=C, indent=False, color=RED, before=10, after=0, exact=56)
    para(doc, "HUBEI PROVINCIAL PEOPLE'S GOVERNMENT GAZETTE", name="Times New Roman", size=11, align=C, indent=False, color=RED, after=6, exact=16)
    p = para(doc, "", indent=False, align=L, exact=20)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(170), WD_TAB_ALIGNMENT.RIGHT)
    font(p.add_run("2024年第8期（总第812期）"), SONG, 11, False, RED)
    font(p.add_run("\t2024年4月30日"), SONG, 11, False, RED)
    border(p, "bottom", "E60012", 18, 2, "thickThinSmallGap")
    para(doc, "目　　录", name=HT, size=16, align=C, indent=False, before=16, after=10, exact=24)
    for t in TOC:
        if t[0] == "label":
            para(doc, t[1], name=HT, size=12, align=L, indent=False, before=8, after=2, exact=22)
        else:
            p = para(doc, "", indent=False, align=J, exact=22, size=12)
            p.paragraph_format.tab_stops.add_tab_stop(Mm(170), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            p.paragraph_format.left_indent = Pt(0)
            p.paragraph_format.right_indent = Pt(0)
            font(p.add_run(t[1]), KT if t[1].startswith("　") else SONG, 12)
            font(p.add_run("\t（%d）" % toc_pages.get(t[2], 0)), SONG, 12)
    # section 2: two columns, new page
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.different_first_page_header_footer = False
    columns(s2, 2, 7, True)
    header_text(s2.header, ISSUE, R)
    header_text(s2.even_page_header, GAZ, L)
    s2.first_page_header.is_linked_to_previous = False
    footer_num(s2.footer, R)
    footer_num(s2.even_page_footer, L)
    for d in GAZ_DOCS:
        render_gazette_doc(doc, d)
    # colophon box at the end of the issue
    para(doc, "", indent=False, exact=10)
    t = doc.add_table(rows=1, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, 8)
    table_width(t, [78])
    trPr = t.rows[0]._tr.get_or_add_trPr()
    cs = OxmlElement("w:cantSplit")
    trPr.append(cs)
    c = t.rows[0].cells[0]
    c.text = ""
    for i, line in enumerate(COLOPHON):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        p.alignment = C if i == 0 else L
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(13)
        font(p.add_run(line), HT if i == 0 else SONG, 9 if i else 10)
    doc.save(path)


# ---------------------------------------------------------------- earlier document (GB/T 9704, one column)
def build_earlier(path):
    doc = Document()
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.footer_distance = Mm(20)
    doc.settings.odd_and_even_pages_header_footer = True
    for p in list(doc.paragraphs):
        p._p.getparent().remove(p._p)
    clear(s.header)
    clear(s.even_page_header)
    footer_num(s.footer, R)
    footer_num(s.even_page_footer, L)
    for f in (s.footer, s.even_page_footer):
        for r in f.paragraphs[0].runs:
            r.font.size = Pt(14)
    para(doc, "湖北省人民政府办公厅文件", name=XBS, size=36, align=C, indent=False, color=RED, before=30, after=20, exact=60)
    p = para(doc, "鄂政办发〔2022〕27号", name=FS, size=16, align=C, indent=False, exact=28, after=4)
    border(p, "bottom", "E60012", 24, 8)
    para(doc, "", indent=False, exact=28)
    para(doc, "湖北省人民政府办公厅", name=XBS, size=22, align=C, indent=False, exact=35)
    para(doc, "关于印发湖北省“一带一路”海外仓建设", name=XBS, size=22, align=C, indent=False, exact=35)
    para(doc, "支持办法的通知", name=XBS, size=22, align=C, indent=False, exact=35, after=28)
    para(doc, "各市、州、县人民政府，省政府各部门：", name=FS, size=16, indent=False, exact=28)
    para(doc, EARLIER_LEAD, name=FS, size=16, exact=28)
    para(doc, "", indent=False, exact=28)
    para(doc, "湖北省人民政府办公厅", name=FS, size=16, align=R, indent=False, exact=28, right_indent=64)
    para(doc, "2022年5月16日", name=FS, size=16, align=R, indent=False, exact=28, right_indent=64)
    para(doc, "（此件公开发布）", name=FS, size=16, exact=28)
    p = para(doc, "", indent=False, exact=28)
    p.paragraph_format.page_break_before = True
    para(doc, "湖北省“一带一路”海外仓建设支持办法", name=XBS, size=22, align=C, indent=False, exact=35, after=28)
    for a in EARLIER_ARTS:
        para(doc, runs=[(a[0], HT, False), ("　" + a[1], FS, False)], size=16, exact=28)
        if len(a) > 2:
            for it in a[2]:
                para(doc, it, name=FS, size=16, exact=28)
    para(doc, "", indent=False, exact=28)
    para(doc, "", indent=False, exact=28)
    # 版记
    p = para(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院。", name=FS, size=14, indent=False, exact=26, right_indent=14)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(0)
    border(p, "top", "000000", 12, 2)
    border(p, "bottom", "000000", 4, 2)
    p = para(doc, "", name=FS, size=14, indent=False, exact=26)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(156) - Pt(28), WD_TAB_ALIGNMENT.RIGHT)
    font(p.add_run("湖北省人民政府办公厅\t2022年5月17日印发"), FS, 14)
    border(p, "bottom", "000000", 12, 2)
    doc.save(path)


# ---------------------------------------------------------------- expected
def clauses_of(d):
    out = []
    for b in d["blocks"]:
        k = b[0]
        if k in ("p", "h"):
            out.append(b[1])
        elif k == "art":
            t = b[1] + "　" + b[2]
            if len(b) > 3:
                t += "\n" + "\n".join(b[3])
            out.append(t)
        elif k == "table":
            for row in b[2]:
                out.append("；".join("%s：%s" % (h, v) for h, v in zip(b[1], row)))
    return out


NOTES = {
    "d1": "One document: the 省政府令 (湖北省人民政府令 第471号, 省长 李国平, 2024年4月2日) is the cover of the 规章 and both belong to it. "
          "Clause 0 is the 令's promulgation sentence (tolerable: kept as a preamble clause or dropped into metadata, but its effective date 2024-06-01 must reach meta). "
          "Furniture: 栏目 label 【省政府令】, the heading 湖北省人民政府令 / 第471号, 省长 line and date (tolerable as signature rows), the 规章 title, the chapter headings 第一章…第四章 (tolerable as heading rows, never merged into an article). "
          "Items （一）–（三） of 第五条 may be separate clauses under 第五条 (tolerable) as long as the text stays. doc_number may be given as 湖北省人民政府令第471号 / 省政府令第471号 / 第471号. "
          "date = 公布 date 2024-04-02 (not the 常务会议 date 2024-03-25, not the gazette date 2024-04-30). "
          "Places: 第二条 片区 武汉/襄阳/宜昌; 第六条 武汉; 第十条 襄阳 and 宜昌; everything within 湖北省.",
    "d2": "Furniture: 栏目 label 【省政府办公厅文件】, title, （鄂政办发〔2024〕15号） under the title, 主送 line (addressees), table caption (tolerable as part of the 三、 clause or a caption row), 落款 and date (tolerable as signature rows). "
          "一、 and 二、 are bare headings (tolerable as heading rows). The table's three rows are clauses as header：value. "
          "expires: 有效期5年 from 2024-04-01 → 2029-03-31 (an analyst records 2029-03-31; accepting 2029-04-01 or 'five years' is tolerable). "
          "Places: 一、（一） 武汉; （二） 宜昌; 二、（一）2. 襄阳; 二、（二） 武汉; table rows 武汉 / 襄阳 / 宜昌 (their 牵头单位 are the city governments).",
    "d3": "Furniture: title, （鄂政办发〔2024〕19号）, 主送 line, 落款/date. "
          "It changes 鄂政办发〔2022〕27号 (a separate file, blind69_hubei_banfa.docx): extends it to 2026-06-30, amends 第七条第（二）项 (200→300万元) from 2024-04-08, suspends 第九条 from 2024-07-01, repeals 第八条. Its own effective date is the 印发 date 2024-04-08 (not printed as 施行 sentence; tolerable to leave effective None). "
          "The mentions of 2024年6月30日 (old expiry) and 2026年6月30日 must not become this notice's own expiry.",
    "d4": "人事任免 notice. Furniture: 栏目 label 【人事任免】, title, （鄂政任〔2024〕7号）, 主送 line, 落款/date. "
          "After it comes the gazette's colophon box (主管主办 / 编辑出版 / 地址 / 电话 / CN 42-1795/D / 2024年4月30日出版) — furniture, must not become clauses of d4. "
          "Tolerable: the three appointment lines merged into one clause with 经研究决定：.",
}

GAZ_NOTE = ("Gazette-wide furniture, never clauses and never a document: page 1 masthead (湖北省人民政府公报 / HUBEI PROVINCIAL PEOPLE'S GOVERNMENT GAZETTE / "
            "2024年第8期（总第812期） 2024年4月30日) and the 目录 with its 栏目 labels, dot leaders and page numbers （N）; running headers "
            "'2024年第8期' (odd pages) and '湖北省人民政府公报' (even pages); page numbers '— N —'; the colophon box at the end. "
            "The body is set in two columns: text must be read left column then right column on each page; "
            "a clause that continues from the bottom of the left column to the top of the right column (or to the next page) must be joined. "
            "The gazette date 2024-04-30 is not any document's date.")


def expected(toc_pages):
    gaz = []
    for d in GAZ_DOCS:
        gaz.append({"meta": d["meta"], "clauses": clauses_of(d), "_note": NOTES[d["id"]] + " " + GAZ_NOTE,
                    "_page_in_gazette": toc_pages.get(d["id"])})
    e_cl = [EARLIER_LEAD]
    for a in EARLIER_ARTS:
        t = a[0] + "　" + a[1]
        if len(a) > 2:
            t += "\n" + "\n".join(a[2])
        e_cl.append(t)
    earlier = [{
        "meta": EARLIER["meta"],
        "clauses": e_cl,
        "_note": "One document: the 印发 notice and the attached 办法 (title 湖北省“一带一路”海外仓建设支持办法 on a new page). "
                 "Furniture: red 发文机关标志 湖北省人民政府办公厅文件, 文号 line, the three-line title, 主送 line, 落款 + date (tolerable as signature rows), "
                 "（此件公开发布）, the 办法 title, 版记 (抄送 line, 印发 line 湖北省人民政府办公厅 2022年5月17日印发), page numbers '— N —'. "
                 "The 印发 date 2022-05-17 is not the document date. expires as printed 2024-06-30 (第十三条); after reading 鄂政办发〔2024〕19号 an analyst records 2026-06-30, "
                 "第八条 repealed from 2024-04-08, 第九条 suspended from 2024-07-01 (so --as-of 2024-08-01 should not return 第九条 as in force, --as-of 2024-03-01 should), "
                 "第七条（二） now reads 300万元. Places: 第三条 names 武汉/襄阳/宜昌 片区 (priority, scope is all 湖北省); 第九条 武汉片区.",
    }]
    return {"blind69_hubei_gongbao": gaz, "blind69_hubei_banfa": earlier}


# ---------------------------------------------------------------- PDF
def to_pdf(docx):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("no soffice; skipping", docx, file=sys.stderr)
        return None
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", HERE, docx], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(docx)[0] + ".pdf"


FIND = {"d1": "第471号", "d2": "鄂政办发〔2024〕15号）", "d3": "鄂政办发〔2024〕19号）", "d4": "鄂政任〔2024〕7号）"}


def pages_of(pdf):
    import pdfplumber
    found = {}
    with pdfplumber.open(pdf) as p:
        for i, page in enumerate(p.pages):
            if i == 0:
                continue
            txt = re.sub(r"\s+", "", page.extract_text() or "")
            for k, s in FIND.items():
                if k not in found and s in txt:
                    found[k] = i + 1
        n = len(p.pages)
    return found, n


def main():
    gz = os.path.join(HERE, "blind69_hubei_gongbao.docx")
    toc = {"d1": 2, "d2": 3, "d3": 4, "d4": 4}
    for attempt in range(3):
        build_gazette(gz, toc)
        pdf = to_pdf(gz)
        if not pdf:
            break
        found, n = pages_of(pdf)
        print("pass", attempt, "pages", n, "found", found)
        if all(found.get(k) == v for k, v in toc.items()):
            break
        toc = {k: found.get(k, toc[k]) for k in toc}
    e = os.path.join(HERE, "blind69_hubei_banfa.docx")
    build_earlier(e)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(toc), f, ensure_ascii=False, indent=1)
    print("wrote", gz, e, "expected.json; 目录 pages", toc)


if __name__ == "__main__":
    main()
