# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 787: 管委会致外资企业慰问信 / 致匈牙利驻华使馆商务处的函 / 市外办复函.
Writes .docx + .pdf + expected.json into this script's directory."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
IND = "\u3000\u3000"

expected = {}


# ------------------------------------------------------------------ helpers
def font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    return p


def par(doc, runs, **kw):
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16)]
    for r in runs:
        text, name, size = r[:3]
        bold = r[3] if len(r) > 3 else False
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, SONG, 14)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def grid_table(doc, header, rows, merge_col=None, widths=None):
    """Simple grid table; rows with identical consecutive values in merge_col are merged."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    repeat_header(t.rows[0])
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if ci == merge_col:
                continue
            al = WD_ALIGN_PARAGRAPH.LEFT if len(v) > 14 else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=al)
    if merge_col is not None:
        start = 1
        for ri in range(2, len(rows) + 2):
            if ri == len(rows) + 1 or rows[ri - 1][merge_col] != rows[start - 1][merge_col]:
                top = t.cell(start, merge_col)
                if ri - 1 > start:
                    top = top.merge(t.cell(ri - 1, merge_col))
                set_cell(top, rows[start - 1][merge_col], FS, 12)
                start = ri
    if widths:
        set_widths(t, widths)
    return t


def set_widths(t, widths):
    t.autofit = False
    for ci, w in enumerate(widths):
        t.columns[ci].width = Cm(w)
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = Cm(w)


def row_clauses(header, rows):
    return ["；".join("%s：%s" % (h, v) for h, v in zip(header, r)) for r in rows]


def banji(doc, cc, printer, date_txt):
    empty(doc, 2)
    p = par(doc, [(cc, FS, 14)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = par(doc, [(printer, FS, 14), ("\t", FS, 14), (date_txt, FS, 14)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_787", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def save(doc, stem, meta, clauses):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{"meta": meta, "clauses": clauses}]
    return path


# ====================================================== DOC A  慰问信
def doc_weiwen():
    stem = "blind787_weiwenxin"
    doc = Document()
    setup(doc)
    C = []

    # red organ mark (no 文件, no 文号), red rule under it
    p = par(doc, [("苏州工业园区管理委员会", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56)
    border(p, "bottom", "FF0000", 24, 8)
    # title in two paragraphs, broken at an odd place
    par(doc, [("苏州工业园区管理委员会致驻区外资", XBS, 22)],
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    par(doc, [("企业的新春慰问信", XBS, 22)],
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    par(doc, "尊敬的驻区各外商投资企业：", indent=False)

    def body(t):
        C.append(t)
        par(doc, IND + t, indent=False)          # indent typed with full-width spaces

    def item(h, t):
        C.append(h + t)
        par(doc, [(IND, FS, 16), (h, KT, 16, True), (t, FS, 16)], indent=False)

    body("岁序更替，华章日新。在2026年春节即将到来之际，苏州工业园区管理委员会谨向扎根园区发展的各外商投资企业和广大中外员工，致以诚挚的问候和美好的新春祝福！")
    body("刚刚过去的2025年，驻区外资企业坚定信心、迎难而上，为园区高质量发展作出了重要贡献。全年园区新设外商投资企业268家，实际使用外资21.6亿美元，同比增长7.3%；外资企业实现进出口总额5864亿元，占园区外贸总额的78.5%；新增外资研发中心15家，累计达到186家。成绩的取得，凝聚着各外资企业的智慧和汗水，我们由衷地感谢大家！")
    body("开放是园区的鲜明底色，服务是园区的不变承诺。2026年，园区将以建设中国（江苏）自由贸易试验区苏州片区和中新合作区为牵引，持续打造市场化、法治化、国际化一流营商环境，与各外资企业携手共进、共赢发展。我们将重点做好以下工作：")
    item("（一）持续优化外资服务。", "深化重点外资企业“服务专员”制度，建立诉求“接诉—交办—反馈—回访”闭环机制，确保企业诉求件件有回音、事事有着落。")
    item("（二）加大政策支持力度。", "全面落实国家和省、市稳外资政策措施，2026年安排外资发展专项资金5亿元，对跨国公司地区总部、外资研发中心和增资扩产项目给予奖励支持，推动政策“免申即享”“直达快享”。")
    item("（三）提升跨境便利化水平。", "推进外籍人员来华工作许可和居留许可“一窗受理、并联审批”，优化外籍人员子女入学、医疗保障等服务。")
    body("春节期间，园区各相关部门将实行24小时值班制度，涉外服务“不打烊”。企业在生产经营、员工生活等方面遇到困难和问题，可随时与我们联系（具体联系方式见附件）。")
    body("风起扬帆正当时，勇立潮头开新局。衷心祝愿各外资企业在新的一年里事业兴旺、蒸蒸日上！祝愿广大中外员工及家人新春愉快、身体健康、阖家幸福、万事如意！")
    par(doc, IND + "附件：2026年春节期间园区涉外服务联系方式一览表", indent=False)
    empty(doc, 1)
    for t in ("苏州工业园区管理委员会", "二〇二六年二月十日"):
        p = par(doc, t, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(48)
    par(doc, IND + "（此件主动公开）", indent=False)

    # ---- attachment on its own page, table split with 续表
    page_break(doc)
    par(doc, [("附件", HT, 16)], indent=False)
    empty(doc, 1)
    att_title = "2026年春节期间园区涉外服务联系方式一览表"
    par(doc, [(att_title, XBS, 20)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=16)
    header = ["序号", "服务类别", "服务事项", "责任单位", "联系电话"]
    part1 = [
        ["1", "政务服务", "外资企业设立、变更登记", "园区行政审批局", "0512-66681201"],
        ["2", "政务服务", "外籍人员工作许可办理", "园区行政审批局", "0512-66681235"],
        ["3", "政务服务", "外籍人员居留许可咨询", "苏州市公安局工业园区分局出入境管理大队", "0512-66687110"],
        ["4", "企业服务", "外资企业诉求受理", "园区投资促进委员会（外资服务中心）", "0512-66680518"],
        ["5", "企业服务", "外商投资企业投诉受理", "园区外商投资企业投诉中心", "0512-66680916"],
        ["6", "企业服务", "稳外资政策咨询", "园区经济发展委员会", "0512-66680377"],
        ["7", "通关物流", "进出口货物通关咨询", "苏州工业园区海关", "0512-67582206"],
        ["8", "通关物流", "综合保税区货物进出区", "苏州工业园综合保税区管理办公室", "0512-67582318"],
    ]
    part2 = [
        ["9", "生活保障", "外籍人员就医服务", "园区社会事业局", "0512-66681452"],
        ["10", "生活保障", "外籍人员子女入学咨询", "园区社会事业局", "0512-66681467"],
        ["11", "应急保障", "安全生产、消防安全", "园区应急管理局", "0512-66681119"],
        ["12", "应急保障", "24小时总值班", "园区管委会总值班室", "0512-66680000"],
    ]
    widths = [1.2, 2.1, 4.0, 4.5, 3.8]
    grid_table(doc, header, part1, merge_col=1, widths=widths)
    C.extend(row_clauses(header, part1))
    page_break(doc)
    par(doc, [("续表", HT, 14)], indent=False)
    grid_table(doc, header, part2, merge_col=1, widths=widths)
    C.extend(row_clauses(header, part2))
    n1 = "注：1．春节假期为2026年2月15日至23日，上表电话假期期间均有专人值守。"
    n2 = "2．外籍人士可拨打园区外籍人士服务热线0512-12345转9（提供英语、日语、韩语服务）。"
    par(doc, [(n1, FS, 14)], indent=False, line=24, before=6)
    p = par(doc, [(n2, FS, 14)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(42)
    C.extend([n1, n2])

    meta = {
        "title": "苏州工业园区管理委员会致驻区外资企业的新春慰问信",
        "doc_number": None,
        "issuer": ["苏州工业园区管理委员会"],
        "date": "2026-02-10",
        "published": None,
        "level": "municipal",
        "region": "苏州工业园区",
        "effective": None,
        "expires": None,
        "attachments": [att_title],
        "doc_type": "慰问信",
        "recipients": ["驻区各外商投资企业"],
        "publicity": "此件主动公开",
        "repeals": None,
    }
    return save(doc, stem, meta, C)


# ====================================================== DOC B  外事函
def doc_zhihan():
    stem = "blind787_zhihan_shiguan"
    doc = Document()
    setup(doc)
    C = []

    # 信函格式: organ name in red, red thick-thin double line, urgency left / 文号 right
    p = par(doc, [("苏州工业园区管理委员会", XBS, 30, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50)
    border(p, "bottom", "FF0000", 30, 6, val="thickThinSmallGap")
    p = par(doc, [("加急", HT, 16), ("\t", FS, 16), ("苏园管函〔2026〕17号", FS, 16)],
            indent=False, before=6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    # title in one paragraph, three manual line breaks at odd places
    p = doc.add_paragraph()
    font(p.add_run("苏州工业园区管理委员会关于邀请出席"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("2026中国（苏州）—匈牙利经贸合作"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("对接会的函"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    par(doc, "匈牙利驻华大使馆商务处：", indent=False)

    def body(t):
        C.append(t)
        par(doc, t)

    def item(h, t):
        C.append(h + t)
        par(doc, [(h, HT, 16), (t, FS, 16)])

    body("苏州工业园区管理委员会谨向匈牙利驻华大使馆商务处致以诚挚的问候！")
    body("长期以来，贵处积极推动中匈两国经贸往来，为苏州与匈牙利企业交流合作搭建了重要桥梁，我委对此表示衷心感谢。为进一步深化苏州工业园区与匈牙利在新能源汽车、生物医药、跨境物流等领域的务实合作，我委定于2026年4月21日在苏州举办“2026中国（苏州）—匈牙利经贸合作对接会”。我委诚挚邀请贵处派员拨冗出席，并恳请贵处协助邀请匈牙利有关企业和商协会代表参会。现将有关事项函告如下：")
    item("一、时间地点。", "2026年4月21日（星期二）9:00—17:00，苏州工业园区金鸡湖国际会议中心B厅。")
    item("二、主要议程。", "对接会包括开幕式、主旨演讲、园区投资环境推介、项目签约及分行业洽谈等环节，日程见附件1。")
    item("三、参会人员。", "拟邀请贵处商务参赞或其授权代表1—2名，匈牙利相关企业、商协会代表约25名。")
    item("四、有关费用。", "贵方参会人员在苏期间（4月20日至22日）的食宿及市内交通由我委承担，国际及城际往返交通费用自理。")
    item("五、回执报送。", "请贵处于2026年4月3日前将参会回执（见附件2）以电子邮件方式反馈我委，以便做好接待安排。")
    item("六、联系方式。", "园区投资促进委员会，联系人：周晓雯（中文）、Anna Kovács女士(英文、匈牙利文)；联系电话：+86-512-66680688；电子邮箱：invest_hu@sipac.gov.cn。")
    body("我委期待与贵处进一步加强沟通联系，携手推动中匈地方经贸合作迈上新台阶。")
    par(doc, "顺致崇高敬意！")
    att1 = "2026中国（苏州）—匈牙利经贸合作对接会日程安排"
    att2 = "参会回执"
    par(doc, "附件：1．" + att1)
    p = par(doc, "      2．" + att2)    # aligned with half-width spaces
    empty(doc, 1)
    # 落款 pushed right with typed spaces
    par(doc, " " * 34 + "苏州工业园区管理委员会", indent=False)
    par(doc, " " * 40 + "2026年3月9日", indent=False)

    # ---- 附件1 on own page
    page_break(doc)
    par(doc, [("附件1", HT, 16)], indent=False)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("2026中国（苏州）—匈牙利经贸合作对接会"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("日程安排"), XBS, 20)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=16)
    header = ["日期", "时间", "活动内容", "地点"]
    rows = [
        ["4月20日（星期一）", "全天", "匈方嘉宾抵达苏州，办理入住", "园区指定酒店"],
        ["4月20日（星期一）", "18:30—20:00", "欢迎晚宴", "园区指定酒店"],
        ["4月21日（星期二）", "9:00—9:40", "开幕式及致辞", "金鸡湖国际会议中心B厅"],
        ["4月21日（星期二）", "9:40—10:30", "主旨演讲：中匈共建“一带一路”合作新机遇", "金鸡湖国际会议中心B厅"],
        ["4月21日（星期二）", "10:30—11:30", "苏州工业园区投资环境推介", "金鸡湖国际会议中心B厅"],
        ["4月21日（星期二）", "11:30—12:00", "中匈企业项目集中签约", "金鸡湖国际会议中心B厅"],
        ["4月21日（星期二）", "14:00—17:00", "分行业对接洽谈（新能源汽车、生物医药、跨境物流）", "金鸡湖国际会议中心分会场"],
        ["4月22日（星期三）", "9:00—11:30", "参观考察园区重点企业及中新合作展示中心", "苏州工业园区"],
        ["4月22日（星期三）", "下午", "匈方嘉宾离苏", "—"],
    ]
    grid_table(doc, header, rows, merge_col=0, widths=[3.2, 3.4, 5.4, 3.6])
    C.extend(row_clauses(header, rows))
    n = "注：日程如有调整，以会前最终通知为准。"
    par(doc, [(n, FS, 14)], indent=False, line=24, before=6)
    C.append(n)

    # ---- 附件2 回执 (form with empty rows)
    page_break(doc)
    par(doc, [("附件2", HT, 16)], indent=False)
    empty(doc, 1)
    par(doc, [("参会回执", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1, line=16)
    header2 = ["姓名", "性别", "国籍", "单位及职务", "护照号码", "联系电话", "电子邮箱"]
    t = doc.add_table(rows=4, cols=len(header2))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    repeat_header(t.rows[0])
    for i, h in enumerate(header2):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for r in t.rows[1:]:
        r.height = Cm(1.2)
    set_widths(t, [2.0, 1.3, 1.6, 3.4, 2.8, 2.6, 2.9])
    n2 = "请于2026年4月3日前将回执发送至invest_hu@sipac.gov.cn。"
    par(doc, [(n2, FS, 14)], indent=False, line=24, before=6)
    C.append(n2)

    banji(doc, "抄送：苏州市人民政府外事办公室，苏州市商务局。", "苏州工业园区管理委员会办公室", "2026年3月9日印发")

    meta = {
        "title": "苏州工业园区管理委员会关于邀请出席2026中国（苏州）—匈牙利经贸合作对接会的函",
        "doc_number": "苏园管函〔2026〕17号",
        "issuer": ["苏州工业园区管理委员会"],
        "date": "2026-03-09",
        "published": None,
        "level": "municipal",
        "region": "苏州工业园区",
        "effective": None,
        "expires": None,
        "attachments": [att1, att2],
        "doc_type": "函",
        "recipients": ["匈牙利驻华大使馆商务处"],
        "publicity": None,
        "repeals": None,
    }
    return save(doc, stem, meta, C)


# ====================================================== DOC C  复函
def doc_fuhan():
    stem = "blind787_fuhan_waiban"
    doc = Document()
    setup(doc)
    C = []

    par(doc, [("苏州市人民政府外事办公室", XBS, 34, False, RED)],
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=24)
    empty(doc, 1)
    p = par(doc, "苏外办函〔2026〕23号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for tl in ("苏州市人民政府外事办公室关于同意",
               "苏州工业园区邀请匈牙利驻华大使馆商务处",
               "官员来苏出席经贸合作对接会的复函"):
        par(doc, [(tl, XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    par(doc, "苏州工业园区管理委员会：", indent=False)

    def body(t):
        C.append(t)
        par(doc, t)

    def soft(parts, heading=None):
        """one paragraph typed with a manual line break in mid-sentence"""
        C.append("".join(parts) if heading is None else heading + "".join(parts))
        p = doc.add_paragraph()
        if heading:
            font(p.add_run(heading), KT, 16)
        for i, s in enumerate(parts):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)
            font(p.add_run(s), FS, 16)
        fmt(p)

    def sub(h, t):
        C.append(h + t)
        par(doc, [(h, KT, 16), (t, FS, 16)])

    body("你委《关于邀请匈牙利驻华大使馆商务处官员出席2026中国（苏州）—匈牙利经贸合作对接会的请示》（苏园管〔2026〕12号）收悉。经研究并报市政府同意，现函复如下：")
    soft(["一、同意你委以苏州工业园区管理委员会名义，邀请匈牙利驻华大使馆商务处官员及匈牙利企业、",
          "商协会代表一行共25人，于2026年4月20日-22日来苏出席2026中国（苏州）—匈牙利经贸合作对接会并开展考察交流活动。来访团组人员构成如下："])
    # caption with unit, two-level header
    cap = par(doc, [("来访团组人员构成", HT, 14), ("（单位：人）", KT, 12)],
              align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=6)
    cap.paragraph_format.keep_with_next = True
    t = doc.add_table(rows=6, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "来访人员类别", HT, 12)
    b = t.cell(0, 1).merge(t.cell(0, 2))
    set_cell(b, "人数", HT, 12)
    d = t.cell(0, 3).merge(t.cell(1, 3))
    set_cell(d, "在苏停留时间", HT, 12)
    set_cell(t.cell(1, 1), "合计", HT, 12)
    set_cell(t.cell(1, 2), "其中外籍", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    header = ["来访人员类别", "人数／合计", "人数／其中外籍", "在苏停留时间"]
    rows = [
        ["匈牙利驻华大使馆商务处官员", "2", "2", "4月20日—22日"],
        ["匈牙利企业代表", "18", "16", "4月20日—22日"],
        ["匈牙利商协会代表", "5", "5", "4月20日—22日"],
        ["合计", "25", "23", "—"],
    ]
    for ri, r in enumerate(rows, 2):
        for ci, v in enumerate(r):
            set_cell(t.cell(ri, ci), v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 0 and v != "合计" else WD_ALIGN_PARAGRAPH.CENTER)
    set_widths(t, [6.0, 2.4, 2.8, 4.2])
    C.extend(row_clauses(header, rows))
    n = "注：企业代表中2人为匈资企业中方雇员；中方随行翻译人员不计入团组人数。"
    par(doc, [(n, FS, 14)], indent=False, line=24, before=6)
    C.append(n)
    body("二、请你委严格落实外事管理有关规定，认真做好以下工作：")
    soft(["邀请函应以你委名义统一对外发出，使用规范的外交称谓和敬语，中外文本内容应保持一致，",
          "不得以个人名义或企业名义代为邀请。"], heading="（一）规范发出邀请。")
    sub("（二）做好接待服务。", "严格执行中央八项规定及其实施细则精神和外事接待有关规定，合理确定接待规格，厉行节约，不得超标准接待。")
    sub("(三)加强安全保障。", "会同公安、卫生健康等部门制定安全保障和应急处置预案,做好外籍人员临时住宿登记等工作；涉及参观考察企业的，应提前做好保密审查，严防泄露国家秘密和企业商业秘密。")
    sub("（四）及时报告情况。", "活动期间如遇重大突发情况，应第一时间报告市外办；活动结束后15个工作日内，将活动总结书面报送市外办。")
    body("三、对接会期间，如匈方提出拜会市领导的要求，请提前5个工作日报市外办，由我办按程序报批。")
    par(doc, "此复。")
    empty(doc, 2)
    # 落款 aligned with a center tab stop
    for tx in ("苏州市人民政府外事办公室", "2026年3月5日"):
        p = par(doc, [("\t", FS, 16), (tx, FS, 16)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(12.0), 1)
    empty(doc, 1)
    par(doc, "（此件依申请公开）")
    banji(doc, "抄送：市公安局出入境管理支队，市商务局。", "苏州市人民政府外事办公室", "2026年3月5日印发")

    meta = {
        "title": "苏州市人民政府外事办公室关于同意苏州工业园区邀请匈牙利驻华大使馆商务处官员来苏出席经贸合作对接会的复函",
        "doc_number": "苏外办函〔2026〕23号",
        "issuer": ["苏州市人民政府外事办公室"],
        "date": "2026-03-05",
        "published": None,
        "level": "municipal",
        "region": "苏州市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "函",
        "recipients": ["苏州工业园区管理委员会"],
        "publicity": "此件依申请公开",
        "repeals": None,
    }
    return save(doc, stem, meta, C)


def main():
    paths = [doc_weiwen(), doc_zhihan(), doc_fuhan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
