# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 473: 文号/日期/施行日期 typed in many ways."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"


# ---------------------------------------------------------------- helpers
def set_font(run, east=FS, size=16, bold=False, color=None):
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, first_indent=True, line=28):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent:
        pf.first_line_indent = Pt(32)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(line)
    return p


def add_p(container, runs, align=None, first_indent=True, line=28):
    """runs: list of (text, east, size, bold, color) or plain str."""
    p = container.add_paragraph()
    fmt(p, align, first_indent, line)
    if isinstance(runs, str):
        runs = [(runs,)]
    for r in runs:
        text = r[0]
        east = r[1] if len(r) > 1 else FS
        size = r[2] if len(r) > 2 else 16
        bold = r[3] if len(r) > 3 else False
        color = r[4] if len(r) > 4 else None
        if text == "\n":
            run = p.add_run()
            run.add_break(WD_BREAK.LINE)
            continue
        set_font(p.add_run(text), east, size, bold, color)
    return p


def empty(container, n=1):
    for _ in range(n):
        p = container.add_paragraph()
        fmt(p, first_indent=False)


def border_bottom(p, color="FF0000", sz=18, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), val)
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def table_borders(table, spec):
    """spec: dict edge -> (val, sz, color); edges top,left,bottom,right,insideH,insideV."""
    tblPr = table._tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        val, sz, color = spec.get(edge, ("nil", 0, "auto"))
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), color)
        borders.append(e)
    tblPr.append(borders)


def grid(table):
    s = ("single", 4, "000000")
    table_borders(table, {k: s for k in ("top", "left", "bottom", "right", "insideH", "insideV")})


def cell_text(cell, text, east=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, color=None):
    p = cell.paragraphs[0]
    fmt(p, align, first_indent=False, line=22)
    set_font(p.add_run(text), east, size, bold, color)
    return p


def page_numbers(doc):
    for section in doc.sections:
        section.page_width = Cm(21)
        section.page_height = Cm(29.7)
        section.top_margin = Cm(3.7)
        section.bottom_margin = Cm(3.5)
        section.left_margin = Cm(2.8)
        section.right_margin = Cm(2.6)
        fp = section.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(fp.add_run("— "), FS, 14)
        r = fp.add_run()
        set_font(r, FS, 14)
        b = OxmlElement("w:fldChar")
        b.set(qn("w:fldCharType"), "begin")
        r._r.append(b)
        r2 = fp.add_run()
        set_font(r2, FS, 14)
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = " PAGE "
        r2._r.append(it)
        r3 = fp.add_run()
        set_font(r3, FS, 14)
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), "end")
        r3._r.append(e)
        set_font(fp.add_run(" —"), FS, 14)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    page_numbers(doc)
    return doc


class Body:
    """Writes body paragraphs and records the expected clause text."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []

    def para(self, text, typed_indent=False):
        if typed_indent:
            add_p(self.doc, "\u3000\u3000" + text, first_indent=False)
        else:
            add_p(self.doc, text)
        self.clauses.append(text)

    def heading(self, text, east=HT):
        add_p(self.doc, [(text, east, 16)])

    def runin(self, head, rest, east=KT, bold=False):
        add_p(self.doc, [(head, east, 16, bold), (rest, FS, 16)])
        self.clauses.append(head + rest)

    def article(self, num, text, sep="\u3000"):
        add_p(self.doc, [(num, HT, 16), (sep + text, FS, 16)])
        self.clauses.append(num + sep + text)

    def table(self, header, rows, widths=None):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        grid(t)
        for j, h in enumerate(header):
            cell_text(t.rows[0].cells[j], h, HT, 12)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                al = WD_ALIGN_PARAGRAPH.LEFT if len(v) > 12 else WD_ALIGN_PARAGRAPH.CENTER
                cell_text(t.rows[i + 1].cells[j], v, FS, 12, align=al)
            self.clauses.append("；".join(f"{h}：{v}" for h, v in zip(header, row)))
        if widths:
            t.autofit = False
            for j, w in enumerate(widths):
                t.columns[j].width = Cm(w)
            for row in t.rows:
                for j, w in enumerate(widths):
                    row.cells[j].width = Cm(w)
        return t


def banji(doc, chaosong, office, date_text):
    """版记 as a two-row table with horizontal rules only."""
    empty(doc, 2)
    t = doc.add_table(rows=2 if chaosong else 1, cols=1)
    line = ("single", 8, "000000")
    table_borders(t, {"top": ("single", 12, "000000"), "bottom": ("single", 12, "000000"), "insideH": line})
    i = 0
    if chaosong:
        p = t.rows[0].cells[0].paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, first_indent=False)
        set_font(p.add_run(chaosong), FS, 14)
        i = 1
    p = t.rows[i].cells[0].paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, first_indent=False)
    gap = " " * max(4, 44 - 2 * len(office) - 2 * len(date_text))
    set_font(p.add_run(office + gap + date_text), FS, 14)


def sign_right(doc, text, pad):
    # manual spaces for alignment, the way it is usually done
    p = add_p(doc, " " * pad + text, first_indent=False)
    return p


def save(doc, stem):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path


# ====================================================== 1. 青岛 通知
def make_qingdao():
    stem = "blind473_qingdao_tongzhi"
    doc = new_doc()
    # 联合发文版头：布局表格（左两机关名，右“文件”）
    t = doc.add_table(rows=2, cols=2)
    table_borders(t, {})
    a = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(t.cell(0, 0), "青岛市商务局", XBS, 36, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    cell_text(t.cell(1, 0), "青岛市财政局", XBS, 36, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    cell_text(a, "文件", XBS, 36, color=RED)
    t.autofit = False
    for j, w in enumerate((11.5, 4)):
        t.columns[j].width = Cm(w)
        for r in t.rows:
            r.cells[j].width = Cm(w)
    empty(doc)
    p = add_p(doc, "青商务字【2026】15号", WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    border_bottom(p)
    empty(doc)
    add_p(doc, [("青岛市商务局 青岛市财政局", XBS, 22), ("\n",),
                ("关于组织申报2026年度跨境电子商务", XBS, 22), ("\n",),
                ("发展专项资金的通知", XBS, 22)],
          WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    empty(doc)
    add_p(doc, "各区（市）商务主管部门、各区（市）财政局，有关企业：", first_indent=False)
    b = Body(doc)
    b.para("为贯彻落实《国务院办公厅关于推动外贸稳规模优结构的意见》和省、市关于促进跨境电子商务高质量发展的部署要求，"
           "加快中国（青岛）跨境电子商务综合试验区建设，现就组织申报2026年度跨境电子商务发展专项资金有关事项通知如下。",
           typed_indent=True)
    b.heading("一、支持对象")
    b.para("在青岛市行政区域内依法登记注册、具有独立法人资格，且2025年度通过海关跨境电商监管方式（9610、9710、9810、1210）"
           "开展进出口业务的企业、跨境电商公共海外仓运营企业以及跨境电商产业园区运营主体。")
    b.heading("二、支持内容和标准")
    b.runin("（一）跨境电商出口业务增量奖励。",
            "对2025年度跨境电商出口额较上年增长且出口额达到500万美元以上的企业，按增量部分给予每美元0.02元人民币奖励，"
            "单个企业最高不超过100万元。")
    b.runin("（二）公共海外仓建设补助。",
            "对在“一带一路”共建国家和地区新建或租赁面积达到5000平方米以上、为不少于20家本市企业提供服务的公共海外仓，"
            "按照实际投入的20%给予补助，单个项目最高不超过200万元。")
    b.runin("（三）跨境电商产业园区奖励。",
            "对经认定的市级跨境电商产业园区，根据园区年度入驻企业数量和进出口规模，按下表标准给予运营主体一次性奖励：")
    b.table(["园区等级", "认定条件", "奖励金额（万元）"], [
        ["一类", "入驻跨境电商企业50家以上，年度跨境电商进出口额5亿元以上", "100"],
        ["二类", "入驻跨境电商企业30家以上，年度跨境电商进出口额2亿元以上", "60"],
        ["三类", "入驻跨境电商企业15家以上，年度跨境电商进出口额1亿元以上", "30"],
    ], widths=[3, 9, 3.5])
    b.runin("（四）人才培训补助。",
            "对开展跨境电商专业人才培训、全年培训人数达到300人次以上的培训机构，按每人次500元给予补助，"
            "单个机构最高不超过30万元。")
    empty(doc)
    b.heading("三、申报程序")
    b.runin("（一）企业申报。",
            "申报企业于2026年4月30日前登录“青岛市商务公共服务平台”在线填报，并将纸质材料（一式三份）报送注册地区（市）商务主管部门。")
    b.runin("（二）区（市）初审。",
            "各区（市）商务主管部门会同财政部门对申报材料进行初审，于2026年5月20日前将初审意见和汇总表（附件2）报市商务局。")
    b.runin("（三）市级审核。",
            "市商务局会同市财政局组织第三方机构进行审核，审核结果在市商务局门户网站公示5个工作日，公示无异议后按程序拨付资金。")
    b.heading("四、有关要求")
    b.para("（一）申报企业对申报材料的真实性负责。对弄虚作假、骗取专项资金的，收回已拨付资金，取消其三年内申报资格，并依法依规追究责任。")
    b.para("（二）同一项目已获得市级其他财政资金支持的，不得重复申报。")
    b.para("（三）本通知自2026年4月1日起执行，有效期至2028年12月31日。《青岛市跨境电子商务发展专项资金管理暂行办法》"
           "（青商务字〔2023〕21号）同时废止。")
    empty(doc)
    b.para("联系人：市商务局电子商务处 王磊，电话：0532-85911234；市财政局经济建设处 刘洋，电话：0532-85912345。")
    empty(doc)
    add_p(doc, "附件：1．2026年度跨境电子商务发展专项资金申报指南")
    add_p(doc, "      2．跨境电子商务发展专项资金申报汇总表")
    empty(doc, 3)
    # 联合落款：布局表格
    t2 = doc.add_table(rows=1, cols=2)
    table_borders(t2, {})
    cell_text(t2.cell(0, 0), "青岛市商务局", FS, 16)
    cell_text(t2.cell(0, 1), "青岛市财政局", FS, 16)
    sign_right(doc, "二〇二六年三月五日", 34)
    empty(doc)
    add_p(doc, "（此件公开发布）")
    banji(doc, "抄送：市政府办公厅，青岛海关。", "青岛市商务局办公室", "2026年3月5日印发")
    save(doc, stem)
    meta = {
        "title": "青岛市商务局 青岛市财政局关于组织申报2026年度跨境电子商务发展专项资金的通知",
        "doc_number": "青商务字【2026】15号",
        "issuer": ["青岛市商务局", "青岛市财政局"],
        "date": "2026-03-05",
        "published": None,
        "level": "municipal",
        "region": "青岛市",
        "effective": "2026-04-01",
        "expires": "2028-12-31",
        "attachments": ["2026年度跨境电子商务发展专项资金申报指南", "跨境电子商务发展专项资金申报汇总表"],
        "doc_type": "通知",
        "recipients": ["各区（市）商务主管部门", "各区（市）财政局", "有关企业"],
        "publicity": "此件公开发布",
        "repeals": "《青岛市跨境电子商务发展专项资金管理暂行办法》（青商务字〔2023〕21号）",
    }
    return stem, [{"meta": meta, "clauses": b.clauses}]


# ====================================================== 2. 重庆 函
def make_chongqing():
    stem = "blind473_chongqing_han"
    doc = new_doc()
    p = add_p(doc, [("重庆市人民政府口岸和物流办公室", XBS, 26, False, RED)], WD_ALIGN_PARAGRAPH.CENTER,
              first_indent=False, line=40)
    border_bottom(p, sz=24, val="thinThickSmallGap")
    add_p(doc, "渝口岸物流函(2026)23号", WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    empty(doc)
    add_p(doc, [("重庆市人民政府口岸和物流办公室", XBS, 22), ("\n",),
                ("关于商请支持中欧班列（成渝）回程", XBS, 22), ("\n",),
                ("货源组织有关事项的函", XBS, 22)], WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    empty(doc)
    add_p(doc, "重庆海关、中国铁路成都局集团有限公司：", first_indent=False)
    b = Body(doc)
    b.para("2025年，中欧班列（成渝）全年开行超过5000列，其中重庆方向开行2600余列，回程班列占比提升至46%。"
           "为进一步提升回程货源组织能力，推动班列由“通道经济”向“枢纽经济”转变，服务高质量共建“一带一路”，现就有关事项商请如下：")
    b.runin("一、优化回程班列通关监管。",
            "商请重庆海关继续推行“铁路快通”模式，对回程班列进口货物实行“提前申报、抵港直装”，"
            "将团结村站进口整车、肉类等指定监管场地的查验作业时间压缩至24小时以内。", east=HT)
    b.runin("二、支持拓展“一带一路”共建国家回程货源。",
            "商请重庆海关在以下方面给予支持：", east=HT)
    b.para("（一）对来自中亚、欧洲的木材、粮食、汽车零部件等大宗回程货物，支持开展“先放行后改单”“两段准入”等便利化措施。")
    b.para("（二）支持在重庆西永综合保税区、重庆铁路保税物流中心（B型）开展回程货物保税展示交易，具体包括：")
    b.para("1.支持平行进口汽车在保税状态下开展整改、检测和展示；")
    b.para("2.支持进口酒类、食品在保税仓内开展分拣、贴标、重新包装等简单加工；")
    b.para("3.支持跨境电商企业利用回程班列开展“1210”保税备货业务。")
    b.runin("三、保障班列运力和线路资源。",
            "商请中国铁路成都局集团有限公司在2026年班列开行计划中为重庆方向回程班列预留不少于每周25列的运力，"
            "并优先保障经霍尔果斯、阿拉山口口岸的回程线路。", east=HT)
    b.runin("四、推进多式联运“一单制”。",
            "商请双方支持在中欧班列与西部陆海新通道班列之间推广使用多式联运提单，探索铁路运单物权化试点，"
            "为进出口企业提供“一次委托、一单到底、一票结算”的全程服务。", east=HT)
    b.runin("五、建立常态化会商机制。",
            "建议三方建立季度会商机制，由我办牵头，定期通报班列开行、货源组织和通关监管情况，协调解决重点难点问题。", east=HT)
    b.para("以上事项妥否，请予函复。")
    b.para("联系人：李娜，联系电话：023-63891234，传真：023-63895678。")
    empty(doc)
    add_p(doc, "附件：2025年中欧班列（成渝）重庆方向回程货物品类统计表")
    empty(doc, 3)
    sign_right(doc, "重庆市人民政府口岸和物流办公室", 16)
    sign_right(doc, "2026.4.8", 40)
    banji(doc, "抄送：市商务委，市交通运输委，重庆两江新区管委会。", "重庆市人民政府口岸和物流办公室", "2026年4月8日印发")
    save(doc, stem)
    meta = {
        "title": "重庆市人民政府口岸和物流办公室关于商请支持中欧班列（成渝）回程货源组织有关事项的函",
        "doc_number": "渝口岸物流函(2026)23号",
        "issuer": ["重庆市人民政府口岸和物流办公室"],
        "date": "2026-04-08",
        "published": None,
        "level": "provincial",
        "region": "重庆市",
        "effective": None,
        "expires": None,
        "attachments": ["2025年中欧班列（成渝）重庆方向回程货物品类统计表"],
        "doc_type": "函",
        "recipients": ["重庆海关", "中国铁路成都局集团有限公司"],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": b.clauses}]


# ====================================================== 3. 南宁片区 实施细则
def make_nanning():
    stem = "blind473_nanning_shishixize"
    doc = new_doc()
    p = add_p(doc, [("中国（广西）自由贸易试验区南宁片区管理委员会", XBS, 24, False, RED)],
              WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=40)
    empty(doc)
    p = add_p(doc, "南自贸管发[二〇二六]3号", WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    border_bottom(p)
    empty(doc)
    add_p(doc, [("中国（广西）自由贸易试验区南宁片区", XBS, 22), ("\n",),
                ("促进外商投资若干措施实施细则", XBS, 22)], WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    add_p(doc, [("（2026年3月18日南宁片区管委会2026年第5次主任办公会议审议通过）", KT, 16)],
          WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    empty(doc)
    b = Body(doc)

    def chapter(t):
        add_p(doc, [(t, HT, 16)], WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)

    chapter("第一章　总　　则")
    b.article("第一条", "为贯彻落实《中华人民共和国外商投资法》及其实施条例和《中国（广西）自由贸易试验区南宁片区促进外商投资若干措施》"
              "（以下简称《若干措施》），规范奖励资金申报和管理，结合片区实际，制定本细则。")
    b.article("第二条", "本细则适用于在南宁片区注册登记、依法经营，且外国投资者（含港澳台投资者）持股比例不低于25%的外商投资企业"
              "（以下简称外资企业）。")
    b.article("第三条", "南宁片区管理委员会（以下简称管委会）投资促进局负责奖励资金的受理、审核和政策解读；管委会财政局负责资金预算安排和拨付；"
              "管委会市场监管局、税务部门按职责提供数据核验支持。")
    chapter("第二章　支持内容")
    b.article("第四条", "对2026年1月1日后新设立、当年实际到位外资金额（以商务部门统计数据为准）达到1000万美元以上的外资企业，"
              "按实际到位外资金额的1%给予奖励，单个企业最高不超过300万元。")
    b.article("第五条", "对现有外资企业以增资扩股方式追加投资，当年新增实际到位外资金额达到500万美元以上的，按新增部分的1.5%给予奖励，"
              "单个企业最高不超过200万元。")
    b.article("第六条", "外资企业投资面向东盟的跨境产业链项目，有下列情形之一的，在本细则第四条、第五条基础上再给予20%的额外奖励：")
    b.para("（一）在东盟国家设立生产基地，并与片区企业形成上下游配套的；")
    b.para("（二）年度对东盟进出口额达到1亿元人民币以上的；")
    b.para("（三）通过中国—东盟信息港开展跨境数据服务业务的。")
    b.article("第七条", "对经认定的外资总部企业，按以下标准给予一次性落户奖励：")
    b.table(["总部类型", "认定条件", "一次性奖励（万元）"], [
        ["区域总部", "母公司资产总额不低于2亿美元，在境内外投资或授权管理的企业不少于3家", "500"],
        ["功能性总部", "承担研发、结算、采购、销售等一项以上总部职能，年营业收入不低于5亿元", "300"],
    ], widths=[3, 9.5, 3])
    b.article("第八条", "对外资企业在片区设立的研发中心，经认定为自治区级以上外资研发中心的，给予100万元一次性奖励；"
              "已获得市级同类奖励的，按差额补足。")
    chapter("第三章　申报和审核")
    b.article("第九条", "奖励资金每年集中申报一次，申报时间以管委会投资促进局发布的申报通知为准。")
    b.article("第十条", "申报企业应当提交下列材料：")
    b.para("（一）奖励资金申报表；")
    b.para("（二）营业执照、外商投资信息报告回执；")
    b.para("（三）外资到位验资报告或银行出具的资本金入账凭证；")
    b.para("（四）申报材料真实性承诺书；")
    b.para("（五）管委会要求提供的其他材料。")
    b.article("第十一条", "管委会投资促进局自受理之日起20个工作日内完成审核，审核结果在管委会门户网站公示7日。"
              "公示无异议的，由管委会财政局在10个工作日内拨付奖励资金。")
    chapter("第四章　监督管理")
    b.article("第十二条", "获得奖励的外资企业须承诺自获得奖励之日起5年内不迁离片区、不减少注册资本。"
              "违反承诺的，管委会有权追回已拨付的奖励资金。")
    b.article("第十三条", "对以虚报、冒领等手段骗取奖励资金的，依照《财政违法行为处罚处分条例》等规定处理，并纳入信用记录。")
    chapter("第五章　附　　则")
    b.article("第十四条", "本细则由管委会投资促进局负责解释。")
    b.article("第十五条", "本细则自印发之日起30日后施行，有效期至2029年4月23日。《中国（广西）自由贸易试验区南宁片区外商投资奖励暂行办法》"
              "（南自贸管发〔2022〕11号）同时废止。")
    empty(doc, 3)
    sign_right(doc, "中国（广西）自由贸易试验区南宁片区管理委员会", 6)
    sign_right(doc, "2026-03-25", 38)
    empty(doc)
    add_p(doc, "（此件公开发布）")
    banji(doc, None, "南宁片区管理委员会党政办公室", "2026年3月25日印发")
    save(doc, stem)
    meta = {
        "title": "中国（广西）自由贸易试验区南宁片区促进外商投资若干措施实施细则",
        "doc_number": "南自贸管发[二〇二六]3号",
        "issuer": ["中国（广西）自由贸易试验区南宁片区管理委员会"],
        "date": "2026-03-25",
        "published": None,
        "level": "zone",
        "region": "中国（广西）自由贸易试验区南宁片区",
        "effective": "2026-04-24",
        "expires": "2029-04-23",
        "attachments": [],
        "doc_type": "实施细则",
        "recipients": [],
        "publicity": "此件公开发布",
        "repeals": "《中国（广西）自由贸易试验区南宁片区外商投资奖励暂行办法》（南自贸管发〔2022〕11号）",
    }
    return stem, [{"meta": meta, "clauses": b.clauses}]


# ====================================================== 4. 郑州综保区 公告
def make_zhengzhou():
    stem = "blind473_zhengzhou_gonggao"
    doc = new_doc()
    add_p(doc, [("郑州新郑综合保税区管理委员会", XBS, 26, False, RED)], WD_ALIGN_PARAGRAPH.CENTER,
          first_indent=False, line=40)
    add_p(doc, [("公　　告", XBS, 26, False, RED)], WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=40)
    p = add_p(doc, "郑综保公告（2026）2号", WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    border_bottom(p)
    empty(doc)
    add_p(doc, [("关于郑州新郑综合保税区跨境电商保税备货", XBS, 22), ("\n",),
                ("业务有关事项的公告", XBS, 22)], WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    empty(doc)
    b = Body(doc)
    b.para("为贯彻落实国务院关于促进综合保税区高水平开放高质量发展的部署，支持跨境电商保税备货（海关监管方式代码1210）业务发展，"
           "优化区内营商环境，现将有关事项公告如下：")
    b.runin("一、企业备案。", "拟在区内开展跨境电商保税备货业务的企业，应当在郑州海关完成跨境电子商务企业备案，"
            "并向管委会经济发展局提交入区企业备案申请表（附件1），经审核同意后方可开展业务。", east=HT, bold=False)
    b.heading("二、仓储监管要求")
    b.para("（一）区内仓储企业应当具备以下条件：")
    b.para("1.仓库面积不少于2000平方米，实行封闭式管理；")
    b.para("2.建立与海关联网的仓储管理系统，实现货物入仓、出仓、库存数据实时传输；")
    b.para("3.配备视频监控设施，监控录像保存期限不少于90日。")
    b.para("（二）保税备货商品出区应当符合以下规定：")
    b.para("（1）以个人物品方式出区的，应当符合跨境电商零售进口商品清单和单次、年度交易限值要求；")
    b.para("（2）因退货需要退回区内的，应当在原出区放行之日起30日内申报退货，并于45日内运抵原监管场所。")
    b.runin("三、费用减免。", "2026年度对区内新开展跨境电商保税备货业务的企业，按下表给予费用减免：", east=HT)
    b.table(["服务项目", "收费标准", "2026年度优惠政策"], [
        ["仓储场地租金", "按租赁合同约定", "前6个月减半收取"],
        ["卡口通行服务", "每车次20元", "免收"],
        ["查验场地使用", "每票50元", "免收"],
    ], widths=[4, 5, 6])
    b.runin("四、服务保障。", "管委会设立跨境电商企业服务专窗，推行“一窗受理、并联审批”，企业备案申请自受理之日起3个工作日内办结。",
            east=HT)
    b.para("本公告自发布之日起施行，有效期至2027年12月31日。")
    b.para("特此公告。")
    b.para("咨询电话：0371-86190000（工作日9:00—17:00）。")
    empty(doc)
    add_p(doc, "附件：1.入区企业备案申请表")
    add_p(doc, [("\u3000\u3000\u3000 2.跨境电商保税备货业务办理流程图", FS, 16)], first_indent=True)
    empty(doc, 3)
    sign_right(doc, "郑州新郑综合保税区管理委员会", 20)
    sign_right(doc, "2026/5/12", 40)
    save(doc, stem)
    meta = {
        "title": "关于郑州新郑综合保税区跨境电商保税备货业务有关事项的公告",
        "doc_number": "郑综保公告（2026）2号",
        "issuer": ["郑州新郑综合保税区管理委员会"],
        "date": "2026-05-12",
        "published": None,
        "level": "zone",
        "region": "郑州新郑综合保税区",
        "effective": "2026-05-12",
        "expires": "2027-12-31",
        "attachments": ["入区企业备案申请表", "跨境电商保税备货业务办理流程图"],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": b.clauses}]


def main():
    expected = {}
    stems = []
    for fn in (make_qingdao, make_chongqing, make_nanning, make_zhengzhou):
        stem, docs = fn()
        expected[stem] = docs
        stems.append(stem)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    for stem in stems:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_473", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, os.path.join(HERE, stem + ".docx")],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


if __name__ == "__main__":
    main()
