# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 630: 行政规范性文件 (Zhejiang / Fujian style)."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)

BR = "|BR|"      # soft line break inside a paragraph
SPLIT = "|S|"    # run boundary (no visible effect)


# ---------------------------------------------------------------- helpers
def clean(text):
    """Text as an analyst would cite it."""
    return text.replace(BR, "").replace(SPLIT, "").strip().strip("\u3000 ")


def set_font(run, east=FS, size=16, bold=False, color=None, ascii_font=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font or ("Times New Roman" if east in (FS, KT) else east)
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


def add_text(p, text, east=FS, size=16, bold=False, color=None):
    """Add text honouring BR / SPLIT markers."""
    chunks = text.split(BR)
    for i, chunk in enumerate(chunks):
        pieces = chunk.split(SPLIT)
        for piece in pieces:
            if piece == "":
                continue
            r = p.add_run(piece)
            set_font(r, east, size, bold, color)
        if i < len(chunks) - 1:
            r = p.add_run()
            set_font(r, east, size, bold, color)
            r.add_break(WD_BREAK.LINE)
    return p


def para(doc_or_cell, text="", east=FS, size=16, bold=False, align=None,
         first_indent=None, color=None, line=28, before=0, after=0, left_indent=None):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if left_indent is not None:
        pf.left_indent = Pt(left_indent)
    if text:
        add_text(p, text, east, size, bold, color)
    return p


def runs_para(doc, parts, align=None, first_indent=32, line=28):
    """parts: list of (text, east, bold)."""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(line)
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if align is not None:
        p.alignment = align
    for text, east, bold in parts:
        add_text(p, text, east, 16, bold)
    return p


def border_bottom(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def table_borders(table, spec):
    """spec: dict edge->(val, sz) for top,left,bottom,right,insideH,insideV."""
    tbl = table._tbl
    tblPr = tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        val, sz = spec.get(edge, ("nil", 0))
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), val)
        if val != "nil":
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        borders.append(el)
    tblPr.append(borders)


ALL_BORDERS = {e: ("single", 4) for e in ("top", "left", "bottom", "right", "insideH", "insideV")}
NO_BORDERS = {}


def cell_text(cell, text, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    """Write text into a cell; '\n' makes a new paragraph inside the cell."""
    lines = text.split("\n")
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(20)
        add_text(p, line, east, size, bold)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def set_col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def page_setup(doc):
    s = doc.sections[0]
    s.page_height = Mm(297)
    s.page_width = Mm(210)
    s.top_margin = Mm(37)
    s.bottom_margin = Mm(35)
    s.left_margin = Mm(28)
    s.right_margin = Mm(26)
    # page number footer: — 1 —
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14, ascii_font="宋体")
    r = fp.add_run()
    set_font(r, "宋体", 14, ascii_font="宋体")
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    r = fp.add_run(" —")
    set_font(r, "宋体", 14, ascii_font="宋体")
    # default style
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def banji(doc, chaosong, yinfa_org, yinfa_date):
    """版记 as a two-row table with horizontal rules."""
    para(doc, "")
    t = doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, {"top": ("single", 8), "bottom": ("single", 8), "insideH": ("single", 4)})
    cell_text(t.cell(0, 0), chaosong, FS, 14)
    cell_text(t.cell(1, 0), yinfa_org + "\u3000" * 6 + yinfa_date + "印发", FS, 14)


# ---------------------------------------------------------------- Zhejiang
def make_zhejiang():
    doc = Document()
    page_setup(doc)

    # joint 发文机关标志 as a layout table: two organ names + merged "文件"
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, NO_BORDERS)
    set_col_widths(t, [11.5, 3.5])
    cell_text(t.cell(0, 0), "浙 江 省 商 务 厅", XBS, 30, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    cell_text(t.cell(1, 0), "浙 江 省 财 政 厅", XBS, 30, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, "文件", XBS, 36, align=WD_ALIGN_PARAGRAPH.CENTER)
    for row in t.rows:
        for c in row.cells:
            for p in c.paragraphs:
                for r in p.runs:
                    r.font.color.rgb = RED
    para(doc, "")
    # registration number beside the 文号 (layout table)
    t2 = doc.add_table(rows=1, cols=2)
    table_borders(t2, NO_BORDERS)
    set_col_widths(t2, [7.5, 8.0])
    cell_text(t2.cell(0, 0), "ZJSP12-2026-0004", FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(t2.cell(0, 1), "浙商务联发〔2026〕18号", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    rl = para(doc, "", line=10)
    border_bottom(rl)
    para(doc, "")

    title_printed = ("浙江省商务厅 浙江省财政厅关于印发" + BR + "《浙江省跨境电子商务海外仓高质量发展" + BR +
                     "扶持资金管理办法》的通知")
    para(doc, title_printed, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "")
    recip = "各设区市商务主管部门、财政局，义乌市商务局、财政局："
    para(doc, recip)

    notice_body = [
        "\u3000\u3000为深入贯彻落实《国务院办公厅关于加快发展外贸新业态新模式的意见》（国办发〔2021〕24号）和省委、省政府关于推进跨境电子商务高质量发展的决策部署，支持我省企业布局建设海外仓、拓展国际营销网络，省商务厅、省财政厅研究制定了《浙江省跨境电子商务海外仓高质量发展扶持资金管理办法》，现印发给你们，请结合实际认真贯彻执行。执行中遇到的问题，请及时向省商务厅、省财政厅反馈。",
        "\u3000\u3000联系人：省商务厅电子商务处　王晓峰，0571-87701234；省财政厅经济建设处　陈丽，0571-87055678。",
    ]
    for b in notice_body:
        para(doc, b)
    para(doc, "")
    para(doc, "\u3000\u3000附件：浙江省跨境电子商务海外仓高质量发展扶持资金管理办法")
    para(doc, "")
    para(doc, "")
    para(doc, "\u3000\u3000\u3000\u3000浙江省商务厅" + "\u3000" * 7 + "浙江省财政厅")
    para(doc, "\u3000" * 18 + "2026年3月27日")
    para(doc, "")
    para(doc, "（此件公开发布）", first_indent=32)

    page_break(doc)
    para(doc, "附件", HT, 16)
    para(doc, "")
    banfa_title = "浙江省跨境电子商务海外仓高质量发展扶持资金管理办法"
    para(doc, "浙江省跨境电子商务海外仓高质量" + BR + "发展扶持资金管理办法", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "")

    # ("H", chapter) or ("A", 第X条, text) or ("I", item text)
    body = [
        ("H", "第一章\u3000总\u3000\u3000则"),
        ("A", "第一条", "为加快培育外贸新动能，支持我省跨境电子商务企业高质量建设和运营海外仓，提升跨境物流和海外服务能力，规范和加强扶持资金管理，提高资金使用效益，根据《中华人民共和国预算法》《浙江省省级财政专项资金管理办法》等规定，结合我省实际，制定本办法。"),
        ("A", "第二条", "本办法所称扶持资金，是指省级财政在商务发展专项资金中安排，用于支持我省企业在境外建设、租赁和运营海外仓，推动跨境电子商务与共建“一带一路”国家和地区市场深度融合的资金。"),
        ("A", "第三条", "扶持资金的管理和使用遵循“公开透明、突出重点、注重绩效、强化监督”的原则，实行项目法人责任制和绩效评价制度。"),
        ("A", "第四条", "省商务厅负责制定年度申报指南，组织项目申报、评审和认定，开展绩效管理和监督检查。省财政厅负责审核资金分配方案，下达扶持资金，会同省商务厅开展绩效评价和监督检查。各设区市商务主管部门、财政局负责本地区项目的组织申报、初审、资金拨付和日常监管。"),
        ("H", "第二章\u3000支持对象和条件"),
        ("A", "第五条", "申报扶持资金的企业应当同时符合下列条件："),
        ("I", "（一）在浙江省内依法登记注册，具有独立法人资格，近3年内无重大违法违规行为和严重失信记录；"),
        ("I", "（二）上年度跨境电子商务进出口额不低于2000万元" + SPLIT + "人民币，或者海外仓服务我省企业数量不少于" + SPLIT + "30家；"),
        ("I", "（三）海外仓已投入运营满1年，自有或者租赁仓储面积不低于5000平方米，具备信息化管理系统并与省跨境电子商务公共服务平台实现数据对接；"),
        ("I", "（四）按规定报送海外仓运营统计数据。"),
        ("A", "第六条", "有下列情形之一的，不予支持："),
        ("I", "（一）项目已获得其他省级财政资金同类支持的；"),
        ("I", "（二）申报材料弄虚作假的；"),
        ("I", "（三）被列入严重失信主体名单且尚未移出的；"),
        ("I", "（四）上年度扶持资金绩效评价结果为“差”的。"),
        ("H", "第三章\u3000支持内容和标准"),
        ("A", "第七条", "对企业新建或者新租赁的海外仓，按照项目实际投资额（不含土地费用）的20%给予补助，单个项目最高不超过300万元。对位于共建“一带一路”国家和地区的海外仓，补助比例提高至25%，单个项目最高不超过400万元。"),
        ("A", "第八条", "对被认定为省级公共海外仓的，一次性给予100万元奖励；对已认定的省级公共海外仓，年度服务我省企业数量和营业收入增幅均超过20%的，给予最高50万元的运营奖励。"),
        ("A", "第九条", "支持海外仓企业与中欧班列、跨境铁路和海运航线运营主体开展合作，对经中欧班列（义乌）、中欧班列（金华）等线路运输货物进入海外仓的，按照实际运输集装箱数量给予每标箱1000元补助，单个企业年度最高不超过100万元。"),
        ("A", "第十条", "支持海外仓企业建设智能仓储、订单管理和退换货处理系统，按照软硬件投入的30%给予补助，单个企业最高不超过80万元。"),
        ("A", "第十一条", "同一企业同一年度享受本办法第七条至第十条支持的资金合计不超过500万元。同一项目不得重复申报。"),
        ("H", "第四章\u3000申报和审核"),
        ("A", "第十二条", "省商务厅会同省财政厅每年发布申报指南，明确申报时间、申报材料和有关要求。企业通过浙江政务服务网“浙里办”向注册地商务主管部门提出申请。"),
        ("A", "第十三条", "各设区市商务主管部门会同财政局对申报材料的真实性、完整性进行初审，并在规定时间内将初审意见报送省商务厅。义乌市商务局直接向省商务厅报送。"),
        ("A", "第十四条", "省商务厅委托第三方机构开展评审，根据评审结果提出资金分配建议，经公示5个工作日无异议后，报省财政厅审核下达。"),
        ("H", "第五章\u3000资金管理和监督"),
        ("A", "第十五条", "扶持资金采取事后补助方式，由省财政厅按照规定程序下达至各设区市财政局，各设区市财政局应当在收到资金后30日内拨付至项目单位。"),
        ("A", "第十六条", "项目单位应当按照国家统一的会计制度对扶持资金进行会计处理，专款专用，不得挪作他用。"),
        ("A", "第十七条", "省商务厅、省财政厅按照全过程预算绩效管理要求，对扶持资金开展绩效评价，评价结果作为以后年度资金安排的重要依据。"),
        ("A", "第十八条", "对虚报冒领、截留挪用扶持资金等违法违规行为，依照《中华人民共和国预算法》《财政违法行为处罚处分条例》等规定追究责任，追回已拨付资金，并将有关失信信息纳入省公共信用信息平台。涉嫌犯罪的，依法移送司法机关处理。"),
        ("H", "第六章\u3000附\u3000\u3000则"),
        ("A", "第十九条", "本办法由省商务厅、省财政厅负责解释。"),
        ("A", "第二十条", "本办法自2026年5月1日起施行，有效期5年。" + BR + "《浙江省商务厅 浙江省财政厅关于印发〈浙江省跨境电子商务发展专项资金管理办法〉的通知》（浙商务联发〔2021〕45号）同时废止。"),
    ]
    banfa_clauses = []
    for item in body:
        if item[0] == "H":
            para(doc, item[1], HT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)
        elif item[0] == "A":
            runs_para(doc, [(item[1], HT, False), ("\u3000", FS, False), (item[2], FS, False)])
            banfa_clauses.append(clean(item[1] + "\u3000" + item[2]))
        else:
            para(doc, item[1], first_indent=32)
            banfa_clauses.append(clean(item[1]))
    para(doc, "")
    banji(doc, "抄送：商务部、财政部，省发展改革委、省审计厅，杭州海关、宁波海关。",
          "浙江省商务厅办公室", "2026年3月27日")

    name = "blind630_zhejiang_tongzhi"
    doc.save(os.path.join(HERE, name + ".docx"))

    notice_title = "浙江省商务厅 浙江省财政厅关于印发《浙江省跨境电子商务海外仓高质量发展扶持资金管理办法》的通知"
    issuers = ["浙江省商务厅", "浙江省财政厅"]
    exp = [
        {
            "meta": {
                "title": notice_title,
                "doc_number": "浙商务联发〔2026〕18号",
                "issuer": issuers,
                "date": "2026-03-27",
                "published": None,
                "level": "provincial",
                "region": "浙江省",
                "effective": None,
                "expires": None,
                "attachments": [banfa_title],
                "doc_type": "通知",
                "recipients": ["各设区市商务主管部门、财政局", "义乌市商务局、财政局"],
                "publicity": "此件公开发布",
                "repeals": None,
            },
            "clauses": [clean(b) for b in notice_body],
        },
        {
            "meta": {
                "title": banfa_title,
                "doc_number": None,
                "issuer": issuers,
                "date": "2026-03-27",
                "published": None,
                "level": "provincial",
                "region": "浙江省",
                "effective": "2026-05-01",
                "expires": "2031-04-30",
                "attachments": [],
                "doc_type": "办法",
                "recipients": [],
                "publicity": None,
                "repeals": "浙江省商务厅 浙江省财政厅关于印发〈浙江省跨境电子商务发展专项资金管理办法〉的通知（浙商务联发〔2021〕45号）",
            },
            "clauses": banfa_clauses,
        },
    ]
    return name, exp


# ---------------------------------------------------------------- Fujian
def make_fujian():
    doc = Document()
    page_setup(doc)

    # registration number at the top-left (份号 position), no label
    para(doc, "闽规〔2026〕0017号", HT, 14, align=WD_ALIGN_PARAGRAPH.LEFT, first_indent=0)
    para(doc, "")
    para(doc, "福建省商务厅文件", XBS, 48, align=WD_ALIGN_PARAGRAPH.CENTER, color=RED, line=60)
    para(doc, "")
    para(doc, "闽商务规〔2026〕3号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    rl = para(doc, "", line=10)
    border_bottom(rl)
    para(doc, "")
    title = "福建省商务厅关于废止和修改部分规范性文件的决定"
    para(doc, "福建省商务厅关于废止和修改部分" + BR + "规范性文件的决定", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "")
    para(doc, "各设区市商务局，平潭综合实验区经济发展局，省直有关单位：")

    body = [
        ("P", "\u3000\u3000为贯彻落实《优化营商环境条例》和《福建省行政规范性文件管理办法》有关要求，维护法制统一，推进中国（福建）自由贸易试验区和跨境电子商务综合试验区制度创新，省商务厅对现行有效的规范性文件进行了全面清理。经2026年3月10日厅党组会议审议通过，决定："),
        ("B", "一、", "对《福建省商务厅关于促进跨境电子商务发展的若干措施》等6件规范性文件予以废止（目录见附件1）。"),
        ("B", "二、", "对《福建省商务厅 福建省财政厅关于印发〈福建省中欧班列运营补贴管理办法〉的通知》等4件规范性文件的部分条款予以修改（修改内容见附件2）。"),
        ("P", "\u3000\u3000三、废止的规范性文件自本决定施行之日起停止执行。修改的规范性文件，根据本决定作相应修改后由省商务厅重新公布，其有效期按原规定执行。"),
        ("P", "\u3000\u3000四、各地商务主管部门要以本次清理为契机，对照修改后的文件及时调整本地区相关政策措施，做好政策衔接和解读工作，确保中欧班列、综合保税区、跨境电子商务和外商投资等领域政策平稳过渡。"),
        ("P", "\u3000\u3000五、本决定自2026年4月15日起施行。"),
    ]
    clauses = []
    for item in body:
        if item[0] == "P":
            para(doc, item[1])
            clauses.append(clean(item[1]))
        else:
            # hand-typed number in a bold run, text in a separate run
            runs_para(doc, [(item[1], FS, True), (item[2], FS, False)])
            clauses.append(clean(item[1] + item[2]))
    para(doc, "")
    para(doc, "\u3000\u3000附件：1．决定废止的规范性文件目录")
    para(doc, "\u3000\u3000\u3000\u3000\u3000\u30002．决定修改的规范性文件目录")
    para(doc, "")
    para(doc, "")
    para(doc, "\u3000" * 17 + "福建省商务厅")
    para(doc, "\u3000" * 16 + "2026年3月16日")
    para(doc, "\u3000\u3000（此件主动公开）")

    # ---------- 附件1
    page_break(doc)
    para(doc, "附件1", HT, 16)
    para(doc, "")
    para(doc, "决定废止的规范性文件目录", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "")
    hdr1 = ["序号", "文件名称", "文号", "废止理由"]
    rows1 = [
        ["1", "福建省商务厅关于促进跨境电子商务发展的若干措施", "闽商务电商〔2019〕12号",
         "已被《福建省推进跨境电子商务高质量发展行动方案（2025—2027年）》替代"],
        ["2", "福建省商务厅关于印发福建省外商投资企业投诉工作办法的通知", "闽商务外资〔2020〕5号",
         "相关内容已由《外商投资企业投诉工作办法》（商务部令2020年第3号）规定，无需另行规定"],
        ["3", "福建省商务厅 福建省财政厅关于做好2021年度综合保税区发展专项资金申报工作的通知",
         "闽商务外贸〔2021〕8号", "有效期已届满"],
        ["4", "福建省商务厅关于开展中国（福建）自由贸易试验区服务贸易创新发展试点工作的通知",
         "闽商务自贸〔2021〕17号", "有效期已届满"],
        ["5", "福建省商务厅关于印发《福建省市场采购贸易方式试点管理暂行办法》的通知", "闽商务规〔2021〕2号",
         "试点期已结束，相关工作纳入常态化管理"],
        ["6", "福建省商务厅关于进一步做好中欧班列（厦门）、" + BR + "中欧班列（福州）货源组织工作的通知",
         "闽商务综〔2022〕31号", "不适应当前工作需要"],
    ]
    t = doc.add_table(rows=1 + len(rows1), cols=4)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, ALL_BORDERS)
    for i, h in enumerate(hdr1):
        cell_text(t.cell(0, i), h, HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0])
    for r, row in enumerate(rows1, start=1):
        for c, v in enumerate(row):
            if c == 3 and r == 4:
                continue  # merged with the row above
            cell_text(t.cell(r, c), v, FS, 12,
                      align=WD_ALIGN_PARAGRAPH.CENTER if c in (0, 2) else WD_ALIGN_PARAGRAPH.LEFT)
    t.cell(3, 3).merge(t.cell(4, 3))
    set_col_widths(t, [1.3, 7.2, 3.6, 4.0])
    for row in rows1:
        clauses.append("；".join(f"{h}：{clean(v)}" for h, v in zip(hdr1, row)))

    # ---------- 附件2
    p2 = para(doc, "附件2", HT, 16)
    p2.paragraph_format.page_break_before = True
    para(doc, "")
    para(doc, "决定修改的规范性文件目录", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "")
    hdr2 = ["序号", "文件名称", "文号", "修改内容"]
    rows2 = [
        ["1", "福建省商务厅 福建省财政厅关于印发《福建省中欧班列运营补贴管理办法》的通知", "闽商务规〔2023〕4号",
         "1.将第六条第一款中的“每标箱补贴不超过3000元”修改为“每标箱补贴不超过2000元”。\n"
         "2.将第十五条中的“有效期至2026年6月30日”修改为“有效期至2028年6月30日”。"],
        ["2", "福建省商务厅关于印发《中国（福建）自由贸易试验区外商投资企业设立备案指引》的通知", "闽商务规〔2022〕6号",
         "将第三条中的“《外商投资准入特别管理措施（负面清单）（2021年版）》”修改为“《外商投资准入特别管理措施（负面清单）（2024年版）》”。"],
        ["3", "福建省商务厅关于印发《福建省跨境电子商务综合试验区考核评估办法》的通知", "闽商务规〔2023〕9号",
         "1.删去第八条第二款。\n2.将第十二条中的“省商务厅电子商务处”修改为“省商务厅电子商务和信息化处”。"],
        ["4", "福建省商务厅 福州海关 厦门海关关于印发《福建省综合保税区维修业务管理办法（试行）》的通知", "闽商务规〔2024〕1号",
         "将第九条修改为：“第九条　综合保税区内企业开展保税维修业务，应当建立维修耗材、待维修货物和维修后货物的电子台账，并接受海关监管。”"],
    ]
    t = doc.add_table(rows=1 + len(rows2), cols=4)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, ALL_BORDERS)
    for i, h in enumerate(hdr2):
        cell_text(t.cell(0, i), h, HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0])
    for r, row in enumerate(rows2, start=1):
        for c, v in enumerate(row):
            cell_text(t.cell(r, c), v, FS, 12,
                      align=WD_ALIGN_PARAGRAPH.CENTER if c in (0, 2) else WD_ALIGN_PARAGRAPH.LEFT)
    set_col_widths(t, [1.3, 5.0, 3.2, 6.6])
    for row in rows2:
        clauses.append("；".join(f"{h}：{clean(v).replace(chr(10), '')}" for h, v in zip(hdr2, row)))

    banji(doc, "抄送：商务部，省司法厅、省财政厅，福州海关、厦门海关。",
          "福建省商务厅办公室", "2026年3月16日")

    name = "blind630_fujian_jueding"
    doc.save(os.path.join(HERE, name + ".docx"))
    exp = [
        {
            "meta": {
                "title": title,
                "doc_number": "闽商务规〔2026〕3号",
                "issuer": ["福建省商务厅"],
                "date": "2026-03-16",
                "published": None,
                "level": "provincial",
                "region": "福建省",
                "effective": "2026-04-15",
                "expires": None,
                "attachments": ["决定废止的规范性文件目录", "决定修改的规范性文件目录"],
                "doc_type": "决定",
                "recipients": ["各设区市商务局", "平潭综合实验区经济发展局", "省直有关单位"],
                "publicity": "此件主动公开",
                "repeals": "福建省商务厅关于促进跨境电子商务发展的若干措施等6件规范性文件（附件1所列）",
            },
            "clauses": clauses,
        }
    ]
    return name, exp


# ---------------------------------------------------------------- Ningbo
def add_article_numbering(doc):
    """Word auto numbering 第一条　… (chineseCounting) - returns numId."""
    numbering = doc.part.numbering_part.element
    abs_id, num_id = "630", "630"
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), abs_id)
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "singleLevel"); a.append(mlt)
    lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"), ("w:suff", "nothing"),
                     ("w:lvlText", "第%1条\u3000"), ("w:lvlJc", "left")):
        el = OxmlElement(tag); el.set(qn("w:val"), val); lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind"); ind.set(qn("w:left"), "0"); ind.set(qn("w:firstLine"), "640")
    ppr.append(ind); lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts"); rf.set(qn("w:eastAsia"), HT); rf.set(qn("w:hint"), "eastAsia")
    rpr.append(rf)
    lvl.append(rpr)
    a.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    n = OxmlElement("w:num"); n.set(qn("w:numId"), num_id)
    an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), abs_id); n.append(an)
    numbering.append(n)
    return num_id


def numbered_para(doc, text, num_id):
    p = para(doc, text)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), num_id)
    numpr.append(il); numpr.append(ni)
    ppr.insert(0, numpr)
    return p


CN_NUM = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
          "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"]


def make_ningbo():
    doc = Document()
    page_setup(doc)
    num_id = add_article_numbering(doc)

    para(doc, "")
    para(doc, "宁波市人民政府办公厅文件", XBS, 32, align=WD_ALIGN_PARAGRAPH.CENTER, color=RED, line=56)
    para(doc, "")
    para(doc, "甬政办发〔2026〕15号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    rl = para(doc, "", line=10)
    border_bottom(rl)
    para(doc, "")
    notice_title = "宁波市人民政府办公厅关于印发宁波市推进中欧班列（宁波）高质量发展实施办法的通知"
    para(doc, "宁波市人民政府办公厅关于印发宁波市推进" + BR + "中欧班列（宁波）高质量发展实施办法的通知",
         XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "")
    para(doc, "各区（县、市）人民政府，市直及部省属驻甬各单位：")
    notice_body = [
        "\u3000\u3000《宁波市推进中欧班列（宁波）高质量发展实施办法》已经市政府同意，现印发给你们，请认真组织实施。",
    ]
    for b in notice_body:
        para(doc, b)
    para(doc, "")
    para(doc, "")
    para(doc, "\u3000" * 13 + "宁波市人民政府办公厅")
    para(doc, "\u3000" * 15 + "2026年4月20日")
    para(doc, "\u3000\u3000（此件公开发布）")

    page_break(doc)
    banfa_title = "宁波市推进中欧班列（宁波）高质量发展实施办法"
    para(doc, "宁波市推进中欧班列（宁波）" + BR + "高质量发展实施办法", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "")

    body = [
        ("A", "为加快推进中欧班列（宁波）高质量发展，更好服务共建“一带一路”和宁波舟山港世界一流强港建设，推动海铁联运与中欧班列融合发展，根据《浙江省人民政府办公厅关于推进中欧班列高质量发展的意见》等文件精神，结合本市实际，制定本办法。"),
        ("A", "本办法适用于在本市范围内组织开行中欧班列（宁波）及相关海铁联运、集拼集运业务的平台公司、货运代理企业和货主企业。"),
        ("A", "本办法所称中欧班列（宁波），是指以宁波北仑、宁波北站等铁路场站为始发或者终到站点，按照固定车次、线路、班期和全程运行时刻开行，往来于中国与欧洲以及共建“一带一路”国家和地区之间的集装箱国际铁路联运班列。"),
        ("A", "市商务局负责统筹协调中欧班列（宁波）发展工作，会同市发展改革委、市交通局、市财政局、宁波海关、宁波舟山港集团等单位建立工作协调机制。各区（县、市）人民政府、宁波前湾新区管委会、宁波高新区管委会负责本区域货源组织和服务保障工作。"),
        ("A", "市级财政统筹安排中欧班列（宁波）发展资金，重点支持以下事项："),
        ("I", "（一）开行去程、回程班列；"),
        ("I", "（二）建设境外分拨集散中心和海外仓；"),
        ("I", "（三）开展“海铁联运+中欧班列”多式联运和国际中转集拼业务；"),
        ("I", "（四）推进班列数字化平台和国际贸易“单一窗口”相关功能建设。"),
        ("A", "对平台公司开行的去程班列，按照“总量控制、逐年退坡”原则给予运营补助，2026年每标箱补助不超过1500元，2027年起每年下降10%。回程班列每标箱补助标准按去程标准的120%执行。"),
        ("A", "对本市货主企业通过中欧班列（宁波）运输自营进出口货物的，按照实际运输箱量给予每标箱500元奖励，单个企业年度奖励最高不超过50万元。"),
        ("A", "对经宁波舟山港海运进境、通过中欧班列（宁波）转运出境的国际中转集拼货物，按照每标箱800元给予货运代理企业奖励，单个企业年度奖励最高不超过100万元。"),
        ("A", "支持平台公司在中亚、欧洲等共建“一带一路”重要节点城市建设境外分拨集散中心，经市商务局认定后按照实际投资额的15%给予一次性补助，单个项目最高不超过200万元。"),
        ("A", "宁波海关依托中国（浙江）自由贸易试验区宁波片区和宁波梅山综合保税区，推广“铁路快通”“离港确认”等监管模式，压缩班列货物通关时间。"),
        ("A", "市商务局会同市财政局每年发布资金申报指南。企业应当如实申报，并对申报材料的真实性负责。"),
        ("A", "发展资金实行年度预算管理和绩效评价，绩效评价结果与下一年度资金安排挂钩。"),
        ("A", "享受本办法扶持的企业，应当按要求报送班列开行、货源结构、运输价格等统计数据。"),
        ("A", "企业存在弄虚作假、骗取财政资金等行为的，由相关部门依法追回资金，取消其三年内申报资格，并纳入市公共信用信息平台。"),
        ("A", "同一事项符合本办法和本市其他扶持政策的，按照“从优、就高、不重复”原则执行。本办法由市商务局负责解释。"),
        ("A", "本办法自2026年6月1日起施行，有效期至2029年5月31日。《宁波市人民政府办公厅关于印发宁波市中欧班列发展扶持办法（试行）的通知》（甬政办发〔2022〕38号）同时废止。"),
    ]
    clauses = []
    n = 0
    for item in body:
        if item[0] == "A":
            n += 1
            numbered_para(doc, item[1], num_id)
            clauses.append("第" + CN_NUM[n] + "条\u3000" + clean(item[1]))
        else:
            para(doc, item[1], first_indent=32)
            clauses.append(clean(item[1]))
    para(doc, "")
    para(doc, "")
    # registration number printed at the end, before 版记
    para(doc, "ZJBC01-2026-0007", FS, 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    banji(doc, "抄送：市委各部门，市人大常委会、市政协办公厅，宁波军分区，市监委，市法院，市检察院。",
          "宁波市人民政府办公厅", "2026年4月20日")

    name = "blind630_ningbo_tongzhi"
    doc.save(os.path.join(HERE, name + ".docx"))
    common = {"published": None, "level": "municipal", "region": "宁波市",
              "issuer": ["宁波市人民政府办公厅"], "date": "2026-04-20"}
    exp = [
        {
            "meta": {
                "title": notice_title,
                "doc_number": "甬政办发〔2026〕15号",
                "issuer": common["issuer"],
                "date": common["date"],
                "published": None,
                "level": "municipal",
                "region": "宁波市",
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "通知",
                "recipients": ["各区（县、市）人民政府", "市直及部省属驻甬各单位"],
                "publicity": "此件公开发布",
                "repeals": None,
            },
            "clauses": [clean(b) for b in notice_body],
        },
        {
            "meta": {
                "title": banfa_title,
                "doc_number": None,
                "issuer": common["issuer"],
                "date": common["date"],
                "published": None,
                "level": "municipal",
                "region": "宁波市",
                "effective": "2026-06-01",
                "expires": "2029-05-31",
                "attachments": [],
                "doc_type": "办法",
                "recipients": [],
                "publicity": None,
                "repeals": "宁波市人民政府办公厅关于印发宁波市中欧班列发展扶持办法（试行）的通知（甬政办发〔2022〕38号）",
            },
            "clauses": clauses,
        },
    ]
    return name, exp


def to_pdf(docx_path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_630", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    expected = {}
    for maker in (make_zhejiang, make_fujian, make_ningbo):
        name, exp = maker()
        expected[name] = exp
        to_pdf(os.path.join(HERE, name + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
