# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 140: policy documents drafted in an online office suite and exported to Word/PDF.

Writes next to itself:
  blind140_xiamen_plan.docx / .pdf   飞书 export: 厦门片区 推进“丝路海运”电子提单应用试点
      工作专班实施方案 (厦自贸委〔2024〕27号). Title style; a gray "创建者/最近修改" line;
      a blue one-cell 文档信息 callout holding 文号/发文单位/审议日期; a yellow 协作说明
      callout with @mentions (suite furniture); Heading 1/2/3 numbered by the suite's own
      automatic numbering (一、/（一）/1. live only in numbering.xml); bold run-in lead
      phrases; a content 提示 callout; a tracked-change suggestion (w:del/w:ins) on a date;
      a Word comment; hyperlinks; a 任务分工 table with a shaded header, full-width
      stage rows (gridSpan) and a vertically merged 牵头单位 cell; a ☑/☐ checklist;
      附件 as hyperlinks only; 落款; 抄送; footer "飞书 · 由…导出 · 导出时间 · 第N页 共M页".
  blind140_ningbo_faq.docx / .pdf    腾讯文档 export: 宁波市商务局 2024年度 专项资金申报指南
      (常见问题解答), no 文号. Headings with emoji markers and no numbering (📌 …, Q1：…);
      a two-paragraph 申报时间提示 callout and a ⚠️ 注意 callout (content); auto-numbered
      and bulleted lists; a support-standard table with shaded header, vertically merged
      类别 cells and a full-width 注 row; a ☐ checklist; a comment; hyperlinks; @mention;
      附件 as hyperlinks; 落款; footer with export time.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind140.py
"""
import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
EAST = "微软雅黑"
ASCII = "Arial"
BODY = 11
GRAY = RGBColor(0x8F, 0x95, 0x9E)
LINK = RGBColor(0x33, 0x70, 0xFF)
W_NS = nsdecls("w")


# ---------------------------------------------------------------- helpers
def rfonts(el_rpr, east=EAST, ascii_font=ASCII):
    rf = el_rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml("<w:rFonts %s/>" % W_NS)
        el_rpr.insert(0, rf)
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rf.get(qn(a)) is not None:
            del rf.attrib[qn(a)]
    rf.set(qn("w:ascii"), ascii_font)
    rf.set(qn("w:hAnsi"), ascii_font)
    rf.set(qn("w:eastAsia"), east)


def fmt_run(run, size=None, bold=None, color=None, east=EAST):
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rfonts(run._element.get_or_add_rPr(), east)
    return run


def setup_styles(doc):
    st = doc.styles
    normal = st["Normal"]
    normal.font.size = Pt(BODY)
    rfonts(normal.element.get_or_add_rPr())
    pf = normal.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.5
    pf.first_line_indent = None
    for name, size in (("Title", 22), ("Heading 1", 16), ("Heading 2", 14), ("Heading 3", 12)):
        s = st[name]
        s.font.size = Pt(size)
        s.font.bold = True
        s.font.color.rgb = RGBColor(0x1F, 0x23, 0x29)
        rfonts(s.element.get_or_add_rPr())
        s.paragraph_format.space_before = Pt(12 if name != "Title" else 0)
        s.paragraph_format.space_after = Pt(6)
        s.paragraph_format.first_line_indent = None
    # the Title style of the default template draws a bottom border: keep it off (飞书 has none)
    tppr = st["Title"].element.get_or_add_pPr()
    for b in tppr.findall(qn("w:pBdr")):
        tppr.remove(b)


def setup_page(doc):
    sec = doc.sections[0]
    sec.page_width = Mm(210)
    sec.page_height = Mm(297)
    sec.left_margin = sec.right_margin = Mm(25.4)
    sec.top_margin = sec.bottom_margin = Mm(25.4)
    sec.footer_distance = Mm(12)


def blank(doc):
    return doc.add_paragraph()


def para(doc, parts, style=None, align=None, blank_after=True):
    """parts: str or list of (text, dict(bold=, color=, size=)) tuples."""
    p = doc.add_paragraph(style=style)
    if align is not None:
        p.alignment = align
    if isinstance(parts, str):
        parts = [(parts, {})]
    for text, kw in parts:
        fmt_run(p.add_run(text), kw.get("size"), kw.get("bold"), kw.get("color"))
    if blank_after:
        blank(doc)
    return p


def add_hyperlink(p, text, url, bold=False):
    r_id = p.part.relate_to(url, RT.HYPERLINK, is_external=True)
    b = "<w:b/>" if bold else ""
    xml = (
        '<w:hyperlink %s xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="%s" w:history="1">'
        '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>%s<w:color w:val="3370FF"/><w:u w:val="single"/></w:rPr>'
        "<w:t xml:space=\"preserve\">%s</w:t></w:r></w:hyperlink>" % (W_NS, r_id, ASCII, ASCII, EAST, b, text)
    )
    p._p.append(parse_xml(xml))


def add_mention(p, name):
    """@mention as the suites export it: a blue run (no link)."""
    return fmt_run(p.add_run("@" + name), color=LINK)


def add_tracked(p, deleted, inserted, author, date, rid):
    xml_del = (
        '<w:del %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:rPr><w:rFonts w:eastAsia="%s"/></w:rPr>'
        '<w:delText xml:space="preserve">%s</w:delText></w:r></w:del>' % (W_NS, rid, author, date, EAST, deleted)
    )
    xml_ins = (
        '<w:ins %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:rPr><w:rFonts w:eastAsia="%s"/></w:rPr>'
        '<w:t xml:space="preserve">%s</w:t></w:r></w:ins>' % (W_NS, rid + 1, author, date, EAST, inserted)
    )
    p._p.append(parse_xml(xml_del))
    p._p.append(parse_xml(xml_ins))


def shade_cell(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    for s in tcpr.findall(qn("w:shd")):
        tcpr.remove(s)
    tcpr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (W_NS, fill)))


def table_borders(table, color="DEE0E3", sz=4):
    tblpr = table._tbl.tblPr
    for b in tblpr.findall(qn("w:tblBorders")):
        tblpr.remove(b)
    edges = "".join('<w:%s w:val="single" w:sz="%d" w:space="0" w:color="%s"/>' % (e, sz, color)
                    for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tblpr.append(parse_xml("<w:tblBorders %s>%s</w:tblBorders>" % (W_NS, edges)))


def fix_widths(t, widths):
    t.autofit = False
    for i, col in enumerate(t.columns):
        col.width = widths[i]
    for tr in t._tbl.tr_lst:
        for i, tc in enumerate(tr.tc_lst):
            span = tc.grid_span
            if span == 1 and i < len(widths):
                tc.width = widths[i]


def cell_text(cell, parts, bold=False, align=None, size=10.5):
    p = cell.paragraphs[0]
    if align is not None:
        p.alignment = align
    if isinstance(parts, str):
        parts = [(parts, {})]
    for text, kw in parts:
        fmt_run(p.add_run(text), kw.get("size", size), kw.get("bold", bold), kw.get("color"))
    return p


def callout(doc, paragraphs, fill, border):
    """One-cell shaded table, the way 飞书高亮块 / 腾讯文档 提示块 export to Word.
    paragraphs: list of parts-lists (see para)."""
    t = doc.add_table(rows=1, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, border, 8)
    c = t.cell(0, 0)
    shade_cell(c, fill)
    first = True
    for parts in paragraphs:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        if isinstance(parts, str):
            parts = [(parts, {})]
        for item in parts:
            if item[0] == "__link__":
                add_hyperlink(p, item[1], item[2])
                continue
            if item[0] == "__mention__":
                add_mention(p, item[1])
                continue
            text, kw = item
            fmt_run(p.add_run(text), kw.get("size"), kw.get("bold"), kw.get("color"))
    blank(doc)
    return t


# numbering: the suite's own automatic numbering for headings / lists
def add_numbering(doc, abstract_id, levels):
    """levels: list of (numFmt, lvlText, indent_twips). Returns numId."""
    numbering = doc.part.numbering_part.element
    lv = ""
    for i, (fmt, text, ind) in enumerate(levels):
        if fmt == "bullet":
            rpr = '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:hint="default"/></w:rPr>'
        else:
            rpr = ""
        lv += ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:suff w:val="%s"/><w:lvlText w:val="%s"/>'
               '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>%s</w:lvl>'
               % (i, fmt, "space" if fmt in ("bullet", "decimal") and ind else "nothing", text, ind, ind if ind else 0, rpr))
    absxml = ('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>%s</w:abstractNum>'
              % (W_NS, abstract_id, lv))
    nums = numbering.findall(qn("w:num"))
    absn = parse_xml(absxml)
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    num_id = abstract_id + 100
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (W_NS, num_id, abstract_id)))
    return num_id


def set_num(p, num_id, ilvl=0):
    ppr = p._p.get_or_add_pPr()
    pst = ppr.find(qn("w:pStyle"))
    ppr.insert(1 if pst is not None else 0, parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (W_NS, ilvl, num_id)))


def heading(doc, text, level, num_id=None):
    p = doc.add_paragraph(style="Heading %d" % level)
    fmt_run(p.add_run(text))
    if num_id is not None:
        set_num(p, num_id, level - 1)
    return p


def footer(doc, text_before, pages_fmt=("第 ", " 页 共 ", " 页")):
    f = doc.sections[0].footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def r(t):
        return fmt_run(p.add_run(t), 9, color=GRAY)

    def fld(code):
        for x in ('<w:fldChar %s w:fldCharType="begin"/>' % W_NS,
                  '<w:instrText %s xml:space="preserve"> %s </w:instrText>' % (W_NS, code),
                  '<w:fldChar %s w:fldCharType="separate"/>' % W_NS):
            run = r("")
            run._r.append(parse_xml(x))
        run = r("1")
        run = r("")
        run._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % W_NS))

    r(text_before + pages_fmt[0])
    fld("PAGE")
    r(pages_fmt[1])
    fld("NUMPAGES")
    r(pages_fmt[2])


def set_core(doc, title, author, created, modified):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    import datetime as dt
    cp.created = dt.datetime.fromisoformat(created)
    cp.modified = dt.datetime.fromisoformat(modified)


# ---------------------------------------------------------------- document 1: 飞书 实施方案
X_TITLE = "中国（福建）自由贸易试验区厦门片区推进“丝路海运”电子提单应用试点工作专班实施方案"
X_ISSUER = "中国（福建）自由贸易试验区厦门片区管理委员会"
X_NUM = "厦自贸委〔2024〕27号"

X_INTRO = "为贯彻落实交通运输部、商务部等部门关于推进国际航运电子单证应用的部署要求，用好“丝路海运”品牌，提升共建“一带一路”海上通道贸易便利化水平，经片区管委会研究，决定成立厦门片区推进“丝路海运”电子提单应用试点工作专班（以下简称专班），并制定本方案。"
X_GOAL = ("工作目标。", "到2024年12月31日，片区“丝路海运”命名航线电子提单签发量累计达到3万票，参与试点的进出口企业不少于150家，合作银行不少于5家；到2025年12月31日，电子提单在“丝路海运”命名航线的应用覆盖率达到60%以上，形成不少于3项可复制推广的制度创新成果。")
X_ORG = [("组长：", "片区管委会常务副主任。"), ("副组长：", "片区港航发展局、片区财政金融局主要负责同志。"),
         ("成员单位：", "片区综合协调局、片区法律事务部、海沧区人民政府、湖里区人民政府、厦门港口管理局、厦门海关、中国人民银行厦门市分行、国家金融监督管理总局厦门监管局等。")]
X_OFFICE = ("专班办公室设在片区港航发展局，办公室主任由", "林海涛", "（片区港航发展局副局长）兼任，负责专班日常协调调度、信息汇总和督促落实。")
X_TIP = "专班成员单位及联络人以附件1为准。成员单位联络人如有调整，由成员单位于调整后5个工作日内向专班办公室书面报备，不再另行发文。"
X_T1 = "支持在片区注册的航运企业、无船承运人通过“丝路海运”电子提单平台签发电子提单，对年度签发量达到1000票以上的企业，按每票10元给予平台使用费补贴，单家企业年度补贴不超过30万元。"
X_T21 = ("鼓励合作银行基于电子提单物权凭证功能开展提单质押融资，对试点企业以电子提单质押取得的融资，", "按贷款市场报价利率（LPR）的50%给予贴息", "，单家企业年度贴息不超过100万元。")
X_T22 = "推动中国出口信用保险公司厦门分公司与合作银行开展“电子提单+信保”联动，对投保短期出口信用保险且使用电子提单的小微企业，按实缴保费的60%给予补助。"
X_T3 = ("推动电子提单平台与", "国际贸易“单一窗口”", "、厦门港口公共服务平台实现数据互联互通，电子提单信息“一次录入、多方共享”，企业办理放货、结汇、融资时不再重复提交纸质单证。")
X_T4 = ("依托片区区块链公共服务平台，于", "2024年10月31日", "2024年11月30日", "前上线电子提单区块链存证功能，对电子提单签发、流转、质押、注销全流程上链存证，存证数据可作为争议解决的证据使用。")
X_T5 = "在东南国际航运中心海沧港区选取远海码头、嵩屿码头等集装箱码头，开通“丝路海运”电子提单示范航线不少于10条，重点覆盖东南亚、中东、地中海等共建“一带一路”国家和地区航线。"
X_TABLE_HDR = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
X_TABLE = [
    ("stage", "第一阶段：启动部署（2024年7月—8月）"),
    ("row", ["1", "制定试点企业遴选标准，发布首批试点企业名单（不少于30家）", "片区港航发展局", "片区财政金融局", "2024年8月15日"]),
    ("row", ["2", "完成电子提单平台与国际贸易“单一窗口”对接测试", None, "厦门港口管理局、厦门海关", "2024年8月31日"]),
    ("stage", "第二阶段：推广应用（2024年9月—12月）"),
    ("row", ["3", "在海沧港区开通“丝路海运”电子提单示范航线不少于10条", "片区港航发展局", "海沧区人民政府、厦门港口管理局", "2024年10月31日"]),
    ("row", ["4", "推动不少于5家银行上线电子提单质押融资产品", "片区财政金融局", "中国人民银行厦门市分行、国家金融监督管理总局厦门监管局", "2024年11月30日"]),
    ("row", ["5", "在象屿综合保税区开展“电子提单+保税仓单”联动试点", "片区综合协调局", "湖里区人民政府、象屿综合保税区管理局", "2024年12月31日"]),
    ("stage", "第三阶段：总结评估（2025年1月—6月）"),
    ("row", ["6", "总结试点经验，形成可复制推广的制度创新案例报送福建省自贸办", "片区综合协调局", "专班各成员单位", "2025年6月30日"]),
]
X_CHECK = [
    ("☑", "建立周调度机制：", "专班办公室每周五下午召开调度会，通报电子提单签发量、融资金额等核心指标。"),
    ("☑", "建立问题清单机制：", "对企业反映的问题实行“收集—交办—反馈”闭环管理，一般问题5个工作日内答复。"),
    ("☐", "建立月度通报机制：", "每月10日前向片区管委会报送上月试点进展，抄送厦门市商务局、厦门市自贸办。"),
]
X_GUARD = [
    ("强化资金保障。", "试点所需补贴、贴息资金从片区产业发展专项资金中列支，2024年安排1500万元，实行预算管理、据实结算。"),
    ("强化考核督办。", "将试点推进情况纳入片区各部门年度绩效考核，对工作推进不力的，由片区综合协调局予以通报。"),
    ("强化风险防控。", "片区法律事务部会同厦门海关、国家金融监督管理总局厦门监管局建立电子提单重复质押、虚假贸易风险监测机制，发现异常及时预警处置。"),
]
X_END = "本方案自印发之日起实施，试点期至2025年12月31日。"
X_ATT = ["厦门片区推进“丝路海运”电子提单应用试点工作专班成员单位及联络人名单", "“丝路海运”电子提单应用试点企业申报表"]


def build_xiamen(path):
    doc = Document()
    setup_styles(doc)
    setup_page(doc)
    set_core(doc, X_TITLE, "林海涛", "2024-07-03T09:12:00", "2024-07-15T10:26:00")
    hnum = add_numbering(doc, 41, [("chineseCounting", "%1、", 0), ("chineseCounting", "（%2）", 0), ("decimal", "%3.", 0)])

    para(doc, X_TITLE, style="Title", blank_after=False)
    para(doc, [("创建者：林海涛　　最近修改：2024年7月15日 10:26　　来自飞书云文档", {"size": 9, "color": GRAY})])

    callout(doc, [[("📄 文档信息", {"bold": True})],
                  [("文号：" + X_NUM, {})],
                  [("发文单位：" + X_ISSUER, {})],
                  [("状态：✅ 已定稿（2024年7月10日片区管委会主任办公会审议通过）", {})]],
            fill="E1EAFF", border="BACEFD")
    callout(doc, [[("🗒 协作说明（定稿后删除）：", {"bold": True}), ("__mention__", "陈静"),
                   ("请于7月19日前确认附件1联络人信息；", {}), ("__mention__", "片区法律事务部"),
                   ("请复核“保障措施”部分表述。", {})]],
            fill="FEF1D1", border="F8E6AB")

    para(doc, [("主送：", {"bold": True}), ("片区各部门、各直属单位，海沧区、湖里区人民政府，厦门港口管理局，各有关企业。", {})])
    para(doc, X_INTRO)

    heading(doc, "总体要求", 1, hnum)
    para(doc, [(X_GOAL[0], {"bold": True}), (X_GOAL[1], {})])

    heading(doc, "专班组成", 1, hnum)
    parts = []
    for lead, text in X_ORG:
        parts += [(lead, {"bold": True}), (text, {})]
    para(doc, parts)
    p = para(doc, [(X_OFFICE[0], {})], blank_after=False)
    add_mention(p, X_OFFICE[1])
    fmt_run(p.add_run(X_OFFICE[2]))
    blank(doc)
    callout(doc, [[("💡 提示：", {"bold": True}), (X_TIP, {})]], fill="FFF5EB", border="FFD8B8")

    heading(doc, "重点任务", 1, hnum)
    heading(doc, "推广电子提单签发", 2, hnum)
    para(doc, X_T1)
    heading(doc, "拓展金融服务场景", 2, hnum)
    heading(doc, "电子提单质押融资", 3, hnum)
    p = doc.add_paragraph()
    fmt_run(p.add_run(X_T21[0]))
    r_c = fmt_run(p.add_run(X_T21[1]))
    fmt_run(p.add_run(X_T21[2]))
    doc.add_comment(r_c, text="贴息比例请片区财政金融局再确认，是否可与市级外贸贷款贴息叠加？", author="陈静", initials="CJ")
    blank(doc)
    heading(doc, "出口信用保险保单融资", 3, hnum)
    para(doc, X_T22)
    heading(doc, "打通数据互认", 2, hnum)
    p = doc.add_paragraph()
    fmt_run(p.add_run(X_T3[0]))
    add_hyperlink(p, X_T3[1], "https://www.singlewindow.cn/")
    fmt_run(p.add_run(X_T3[2]))
    blank(doc)
    heading(doc, "开展区块链存证", 2, hnum)
    p = doc.add_paragraph()
    fmt_run(p.add_run(X_T4[0]))
    add_tracked(p, X_T4[1], X_T4[2], "陈静", "2024-07-15T10:20:00Z", 901)
    fmt_run(p.add_run(X_T4[3]))
    blank(doc)
    heading(doc, "培育示范航线", 2, hnum)
    para(doc, X_T5)

    heading(doc, "任务分工及进度安排", 1, hnum)
    nrows = 1 + len(X_TABLE)
    t = doc.add_table(rows=nrows, cols=5)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, "BBBFC4", 4)
    widths = [Mm(12), Mm(62), Mm(28), Mm(40), Mm(25)]
    for i, h in enumerate(X_TABLE_HDR):
        c = t.cell(0, i)
        shade_cell(c, "D9E5FF")
        cell_text(c, h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    trpr = t.rows[0]._tr.get_or_add_trPr()
    trpr.append(parse_xml("<w:tblHeader %s/>" % W_NS))
    merges = []
    for ri, (kind, val) in enumerate(X_TABLE, start=1):
        if kind == "stage":
            c = t.cell(ri, 0).merge(t.cell(ri, 4))
            shade_cell(c, "F2F3F5")
            cell_text(c, val, bold=True)
        else:
            for ci, v in enumerate(val):
                if v is None:
                    merges.append((ri, ci))
                    continue
                cell_text(t.cell(ri, ci), v, align=WD_ALIGN_PARAGRAPH.CENTER if ci in (0, 4) else None)
    for ri, ci in merges:
        t.cell(ri - 1, ci).merge(t.cell(ri, ci))
    fix_widths(t, widths)
    blank(doc)

    heading(doc, "推进机制", 1, hnum)
    for box, lead, text in X_CHECK:
        p = doc.add_paragraph()
        fmt_run(p.add_run(box + " "), color=LINK if box == "☑" else None)
        fmt_run(p.add_run(lead), bold=True)
        fmt_run(p.add_run(text))
    blank(doc)

    heading(doc, "保障措施", 1, hnum)
    for lead, text in X_GUARD:
        para(doc, [(lead, {"bold": True}), (text, {})])
    para(doc, X_END)

    p = doc.add_paragraph()
    fmt_run(p.add_run("附件："), bold=True)
    for i, a in enumerate(X_ATT, 1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Pt(BODY * 3)
        fmt_run(p.add_run("%d. " % i))
        add_hyperlink(p, a, "https://xmftz.feishu.cn/%s/%s" % ("sheets" if i == 1 else "file", ["shtcnQ7kVb2", "boxcnXa93Lm"][i - 1]))
    blank(doc)
    blank(doc)
    para(doc, X_ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT, blank_after=False)
    para(doc, "2024年7月12日", align=WD_ALIGN_PARAGRAPH.RIGHT, blank_after=False)
    blank(doc)
    para(doc, "（此件公开发布）", blank_after=False)
    blank(doc)
    para(doc, [("抄送：", {"bold": True, "size": 9, "color": GRAY}), ("福建省自贸办，厦门市人民政府办公厅，厦门市商务局。", {"size": 9, "color": GRAY})], blank_after=False)

    footer(doc, "飞书 · 由 林海涛 于 2024-07-16 09:41 导出 · ")
    doc.save(path)


# ---------------------------------------------------------------- document 2: 腾讯文档 FAQ
N_TITLE = "2024年度宁波市支持企业拓展共建“一带一路”市场专项资金申报指南（常见问题解答）"
N_ISSUER = "宁波市商务局"
N_CALL = ("2024年度专项资金申报时间为2024年8月12日至2024年9月20日17:00，逾期系统关闭，不再受理。企业须通过", "“甬易办”政策兑现平台", "在线申报，不接受纸质材料。")
N_INTRO = ("为做好2024年度宁波市支持企业拓展共建“一带一路”市场专项资金申报工作，根据", "《宁波市支持企业拓展共建“一带一路”市场专项资金管理办法》", "（甬商务发〔2023〕102号），现将企业关注的常见问题解答如下。")
N_Q = {
    1: "Q1：哪些企业可以申报？",
    2: "Q2：专项资金支持哪些事项？标准是多少？",
    3: "Q3：同一事项已获得其他财政资金支持的，还能申报吗？",
    4: "Q4：需要准备哪些材料？",
    5: "Q5：申报流程和时间节点是怎样的？",
    6: "Q6：企业应向哪个部门提交初审？",
    7: "Q7：遇到问题找谁咨询？",
}
N_A1 = "A：同时符合以下条件的企业可以申报："
N_A1_ITEMS = [
    "在宁波市行政区域内（含宁波前湾新区、宁波高新区等功能区）依法登记注册，具有独立法人资格；",
    "2023年度在共建“一带一路”国家和地区实际发生符合本指南支持范围的经贸合作业务；",
    "近3年内未被列入严重失信主体名单，未发生重大安全生产和环境污染事故。",
]
N_A2 = "A：支持事项和标准见下表（按2023年1月1日至12月31日实际发生额核定）："
N_TBL_HDR = ["类别", "支持事项", "支持标准", "单个企业年度上限（万元）"]
N_TBL = [
    ["境外市场开拓", "参加共建“一带一路”国家境外展会", "按展位费、展品运输费的50%给予补助", "50"],
    [None, "境外商标注册、产品认证", "按实际发生费用的70%给予补助", "30"],
    ["对外投资合作", "在共建“一带一路”国家境外经贸合作区新设或增资企业", "按中方实际投资额的2%给予补助", "200"],
    [None, "承揽共建“一带一路”国家对外承包工程项目", "按新签合同额每1亿美元给予20万元奖励", "100"],
    ["国际物流通道", "经宁波舟山港开行“一带一路”海铁联运班列或新开集装箱航线", "按每标准箱100元给予补助", "150"],
]
N_TBL_NOTE = "注：同一企业年度获得本专项资金支持总额不超过300万元。"
N_A3 = "A：同一事项已获得中央、省级财政资金支持的，市级专项资金按“从高不重复”原则执行，不再重复支持；获得区（县、市）配套支持的，不影响市级资金申报。"
N_A4 = [
    "《2024年度宁波市支持企业拓展共建“一带一路”市场专项资金申请表》（系统在线填报后下载打印）；",
    "营业执照副本复印件；",
    "项目相关合同、发票及银行付款凭证；",
    "境外投资项目须提供《企业境外投资证书》；",
    "企业信用承诺书（模板见附件2）。",
]
N_WARN = "所有材料须加盖企业公章后扫描为PDF格式上传，单个文件不超过20MB；复印件须注明“与原件一致”。"
N_A5 = [("A：", {}), ("企业申报", {"bold": True}), ("（8月12日—9月20日）→ ", {}), ("区（县、市）初审", {"bold": True}),
        ("（9月30日前）→ ", {}), ("市级审核", {"bold": True}), ("（10月31日前，市商务局委托第三方机构审核）→ ", {}),
        ("公示", {"bold": True}), ("（在市商务局网站公示7天）→ ", {}), ("资金拨付", {"bold": True}), ("（公示无异议后30个工作日内）。", {})]
N_A6 = [
    "注册在中国（浙江）自由贸易试验区宁波片区的企业，向宁波片区管委会经济发展局提交；",
    "注册在宁波前湾新区的企业，向前湾新区管委会经济发展局提交；",
    "其他企业，向注册地所在区（县、市）商务主管部门提交。",
]
N_A7 = ("A：政策咨询：市商务局对外投资和经济合作处 ", "周敏", "，0574-89186032；系统操作：“甬易办”平台客服热线0574-12345（转2）。")
N_ATT = ["2024年度宁波市支持企业拓展共建“一带一路”市场专项资金申请表", "企业信用承诺书（模板）"]


def build_ningbo(path):
    doc = Document()
    setup_styles(doc)
    setup_page(doc)
    set_core(doc, N_TITLE, "周敏", "2024-07-29T16:40:00", "2024-08-06T14:03:00")
    dec = add_numbering(doc, 51, [("decimal", "%1.", 360)])
    bul = add_numbering(doc, 52, [("bullet", "•", 360)])

    para(doc, N_TITLE, style="Title", blank_after=False)
    para(doc, [("宁波市商务局对外投资和经济合作处　　最近编辑：2024年8月6日 14:03", {"size": 9, "color": GRAY})])

    callout(doc, [[("📢 申报时间提示", {"bold": True})],
                  [(N_CALL[0], {}), ("__link__", N_CALL[1], "https://yyb.ningbo.gov.cn/"), (N_CALL[2], {})]],
            fill="FFF7D6", border="F5D77A")

    p = doc.add_paragraph()
    fmt_run(p.add_run(N_INTRO[0]))
    add_hyperlink(p, N_INTRO[1], "https://swj.ningbo.gov.cn/art/2023/12/8/art_1229040556_58951234.html")
    fmt_run(p.add_run(N_INTRO[2]))
    blank(doc)

    heading(doc, "📌 申报范围和条件", 1)
    heading(doc, N_Q[1], 2)
    para(doc, N_A1, blank_after=False)
    for it in N_A1_ITEMS:
        p = doc.add_paragraph(style="List Paragraph")
        set_num(p, dec, 0)
        fmt_run(p.add_run(it))
    blank(doc)
    heading(doc, N_Q[2], 2)
    para(doc, N_A2, blank_after=False)
    t = doc.add_table(rows=2 + len(N_TBL), cols=4)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, "C9CDD4", 4)
    for i, h in enumerate(N_TBL_HDR):
        c = t.cell(0, i)
        shade_cell(c, "2B5AED")
        cell_text(c, [(h, {"bold": True, "color": RGBColor(0xFF, 0xFF, 0xFF)})], align=WD_ALIGN_PARAGRAPH.CENTER)
    for ri, row in enumerate(N_TBL, start=1):
        for ci, v in enumerate(row):
            if v is None:
                continue
            cell_text(t.cell(ri, ci), v, align=WD_ALIGN_PARAGRAPH.CENTER if ci in (0, 3) else None)
    for ri, row in enumerate(N_TBL, start=1):
        if row[0] is None:
            t.cell(ri - 1, 0).merge(t.cell(ri, 0))
    last = len(N_TBL) + 1
    c = t.cell(last, 0).merge(t.cell(last, 3))
    cell_text(c, N_TBL_NOTE, size=9.5)
    widths = [Mm(28), Mm(62), Mm(50), Mm(25)]
    fix_widths(t, widths)
    blank(doc)
    heading(doc, N_Q[3], 2)
    para(doc, N_A3)

    heading(doc, "📌 申报材料", 1)
    heading(doc, N_Q[4], 2)
    for it in N_A4:
        p = doc.add_paragraph()
        fmt_run(p.add_run("☐ "), color=GRAY)
        fmt_run(p.add_run(it))
    blank(doc)
    callout(doc, [[("⚠️ 注意：", {"bold": True}), (N_WARN, {})]], fill="FDE2E2", border="F7BABA")

    heading(doc, "📌 申报流程", 1)
    heading(doc, N_Q[5], 2)
    p = para(doc, N_A5, blank_after=False)
    r_c = p.runs[8]  # （在市商务局网站公示7天）
    doc.add_comment(r_c, text="公示期是7天还是5个工作日？请与市财政局核实后再发布。", author="郑磊", initials="ZL")
    blank(doc)
    heading(doc, N_Q[6], 2)
    for it in N_A6:
        p = doc.add_paragraph(style="List Paragraph")
        set_num(p, bul, 0)
        fmt_run(p.add_run(it))
    blank(doc)

    heading(doc, "📌 咨询方式", 1)
    heading(doc, N_Q[7], 2)
    p = doc.add_paragraph()
    fmt_run(p.add_run(N_A7[0]))
    add_mention(p, N_A7[1])
    fmt_run(p.add_run(N_A7[2]))
    blank(doc)

    p = doc.add_paragraph()
    fmt_run(p.add_run("附件："), bold=True)
    for i, a in enumerate(N_ATT, 1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Pt(BODY * 3)
        fmt_run(p.add_run("%d. " % i))
        add_hyperlink(p, a, "https://docs.qq.com/%s/DTkJzbWFsZXB%s" % ("sheet" if i == 1 else "doc", "QcUFh" if i == 1 else "ZWnRy"))
    blank(doc)
    blank(doc)
    para(doc, N_ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT, blank_after=False)
    para(doc, "2024年8月5日", align=WD_ALIGN_PARAGRAPH.RIGHT, blank_after=False)

    footer(doc, "腾讯文档　导出时间：2024/08/07 15:22　　", ("", " / ", ""))
    doc.save(path)


# ---------------------------------------------------------------- PDFs
def to_pdf(docx_path):
    prof = "/tmp/lo_140"
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, docx_path], check=True, capture_output=True, timeout=240)
        name = os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"
        shutil.copy(os.path.join(tmp, name), os.path.join(HERE, name))


# ---------------------------------------------------------------- expected
def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if v not in (None, ""))


def expected():
    # ---- xiamen
    x_clauses = [X_INTRO, X_GOAL[0] + X_GOAL[1],
                 "".join(a + b for a, b in X_ORG),
                 "".join(X_OFFICE),
                 "提示：" + X_TIP,
                 X_T1, "".join(X_T21), X_T22, "".join(X_T3),
                 X_T4[0] + X_T4[2] + X_T4[3],
                 X_T5]
    lead = None
    for kind, val in X_TABLE:
        if kind == "stage":
            continue
        row = list(val)
        if row[2] is None:
            row[2] = lead
        lead = row[2]
        x_clauses.append(row_clause(X_TABLE_HDR, row))
    x_clauses += [lead_ + text for _, lead_, text in X_CHECK]
    x_clauses += [a + b for a, b in X_GUARD]
    x_clauses.append(X_END)

    x_paths = {
        "工作目标": "一、总体要求",
        "组长/副组长/成员单位; 专班办公室; 提示": "二、专班组成",
        "推广电子提单签发": "三、重点任务 > （一）推广电子提单签发",
        "质押融资": "三、重点任务 > （二）拓展金融服务场景 > 1.电子提单质押融资",
        "信保": "三、重点任务 > （二）拓展金融服务场景 > 2.出口信用保险保单融资",
        "数据互认": "三、重点任务 > （三）打通数据互认",
        "区块链存证": "三、重点任务 > （四）开展区块链存证",
        "示范航线": "三、重点任务 > （五）培育示范航线",
        "table rows": "四、任务分工及进度安排 (rows 1–2 under 第一阶段：启动部署（2024年7月—8月）, 3–5 under 第二阶段：推广应用（2024年9月—12月）, 6 under 第三阶段：总结评估（2025年1月—6月）)",
        "checklist": "五、推进机制",
        "保障措施 + 本方案自印发之日起实施": "六、保障措施",
    }
    xiamen = {
        "meta": {
            "title": X_TITLE,
            "doc_number": X_NUM,
            "issuer": [X_ISSUER],
            "date": "2024-07-12",
            "published": None,
            "level": "municipal",
            "region": "福建省厦门市（中国（福建）自由贸易试验区厦门片区）",
            "effective": "2024-07-12",
            "expires": "2025-12-31",
            "attachments": X_ATT,
            "doc_type": "实施方案",
            "recipients": ["片区各部门、各直属单位", "海沧区、湖里区人民政府", "厦门港口管理局", "各有关企业"],
            "publicity": "此件公开发布",
            "source_suite": "飞书云文档 (exported to Word; PDF by LibreOffice)",
            "heading_numbering": "automatic (numbering.xml abstractNum: chineseCounting “%1、”, chineseCounting “（%2）”, decimal “%3.”) — the numbers 一、…六、, （一）…（五）, 1./2. are NOT in the paragraph text",
            "furniture_not_content": [
                "gray line 创建者：林海涛　　最近修改：2024年7月15日 10:26　　来自飞书云文档",
                "callout 📄 文档信息 (文号 / 发文单位 / 状态：✅ 已定稿（2024年7月10日片区管委会主任办公会审议通过）) → meta only",
                "callout 🗒 协作说明（定稿后删除）：@陈静 … @片区法律事务部 …",
                "Word comment by 陈静 on “按贷款市场报价利率（LPR）的50%给予贴息”: 贴息比例请片区财政金融局再确认，是否可与市级外贸贷款贴息叠加？",
                "tracked deletion “2024年10月31日” (suggestion by 陈静)",
                "stage rows of the 任务分工 table (group headings, not data rows)",
                "☑/☐ glyphs (task status of the suite's checklist)",
                "附件： list (hyperlinks to 飞书 sheet/file; the attachments are not in the file)",
                "落款 organ + 2024年7月12日, （此件公开发布）, 抄送 line",
                "footer 飞书 · 由 林海涛 于 2024-07-16 09:41 导出 · 第 N 页 共 M 页",
            ],
            "comments": ["陈静: 贴息比例请片区财政金融局再确认，是否可与市级外贸贷款贴息叠加？"],
            "tracked_changes": ["（四）开展区块链存证: deleted “2024年10月31日”, inserted “2024年11月30日” (陈静, 2024-07-15)"],
        },
        "clauses": x_clauses,
        "clause_paths": x_paths,
        "applies_to": {
            "default": "中国（福建）自由贸易试验区厦门片区（福建省厦门市）",
            "specific": {
                "三（五）培育示范航线": "东南国际航运中心海沧港区（远海码头、嵩屿码头；海沧区）",
                "table row 3": "海沧港区（海沧区）",
                "table row 5": "象屿综合保税区（湖里区）",
            },
            "note": "东南亚、中东、地中海 / 共建“一带一路”国家 are route destinations, not where the clause applies; 海沧区人民政府、湖里区人民政府 in 成员单位 / 配合单位 are organs (placing those clauses in 海沧区/湖里区 is low). 福建省 (row 6 报送福建省自贸办) is an addressee, not a place. 厦门市 alone is fine; the 片区 is better.",
        },
        "_note": (
            "飞书 export. Furniture, not clauses: the gray 创建者/最近修改 line; the blue one-cell callout 📄 文档信息 — it is where 文号 厦自贸委〔2024〕27号 and the issuer are written (→ meta), its 状态 line carries 2024年7月10日 (meeting date — NOT the 成文日期); the yellow one-cell callout 🗒 协作说明（定稿后删除） with @陈静/@片区法律事务部 (collaboration note); 主送 line (→ recipients, 4 entries); the 附件： label and its two hyperlinked lines (→ attachments, without the “1. ”/“2. ” prefix); 落款 organ + 2024年7月12日; （此件公开发布）; 抄送 line; the footer (飞书 · 由 林海涛 于 2024-07-16 09:41 导出 · 第 N 页 共 M 页 — 2024-07-16 is the export time, not a date of the document); the Word comment (comments.xml, 陈静) must not appear inside any clause. "
            "The title is in the Title style (first paragraph). "
            "Headings are Heading 1/2/3 whose numbers come from automatic numbering (numbering.xml: “%1、” chineseCounting, “（%2）” chineseCounting, “%3.” decimal); the paragraph text is only 总体要求 / 推广电子提单签发 / 电子提单质押融资 …. A reader that ignores numPr loses every label: an analyst cites “三（二）1.”; clause labels/paths without 一、/（一）/1. are MEDIUM (content intact, citation lost); numbering restarts: （一） under 三、 is the first H2, 1./2. under （二） are H3. Headings carry no text of their own (not clauses; tolerable as heading clauses). "
            "Bold run-in leads (工作目标。/ 组长：副组长：成员单位： / 强化资金保障。…) belong to their paragraph (one clause each; the 专班组成 paragraph with three leads is ONE clause — splitting at the leads is tolerable, low). Body paragraphs have no first-line indent and are separated by empty paragraphs — empty paragraphs are not clauses, and a paragraph must not be glued to its neighbours. "
            "The 💡 提示 callout (orange one-cell table) IS content (the 5-working-day 报备 rule); expected text “提示：专班成员…” — with or without the emoji/“提示：” prefix is fine; losing it because it is a table is MEDIUM. "
            "@林海涛 is a mention run: the clause must keep the name (“@林海涛” or “林海涛” both fine). 国际贸易“单一窗口” is a hyperlink inside the paragraph: its text must stay in place (losing hyperlink text mid-sentence is HIGH: the sentence becomes “推动电子提单平台与、厦门港口…”). "
            "（四）holds a tracked-change suggestion: w:del “2024年10月31日” + w:ins “2024年11月30日”. Expected: the text with the insertion (11月30日). Keeping the deleted original only (10月31日) is MEDIUM (wrong deadline); both dates glued (“于2024年10月31日2024年11月30日前”) is HIGH; dropping both is HIGH. "
            "任务分工 table: shaded header row (marked tblHeader), three full-width stage rows (gridSpan=5) that are group headings — they are not data rows; as a heading/path or a clause of their own both fine, glued into the next row is medium; the stage must not be lost entirely for rows 1–6 (low). 牵头单位 of rows 1–2 is ONE vertically merged cell (片区港航发展局): row 2 must carry 片区港航发展局 (blank = MEDIUM: who leads the 单一窗口 test is lost). "
            "推进机制 is a checklist (☑ ☑ ☐): three clauses; the glyph kept or dropped both fine; ☐ means not yet done (status), not ‘optional’. "
            "date = 2024-07-12 (落款). effective = 2024-07-12 (自印发之日起实施); expires = 2025-12-31 (试点期至2025年12月31日). 2024-07-15 (last edit / suggestion), 2024-07-16 (export), 2024-07-10 (meeting), 2024-07-19 (协作说明 deadline) are not dates of the document. level: the 片区管委会 (厦门市 level organ) → municipal. doc_type 实施方案 (方案 fine)."
        ),
        "_pdf": {
            "differences": [
                "headings print with their automatic numbers (一、总体要求, （一）推广电子提单签发, 1.电子提单质押融资) — in the PDF the labels ARE in the text layer",
                "the tracked change prints with markup (LibreOffice shows changes): the deleted “2024年10月31日” struck through, followed by the inserted “2024年11月30日” underlined — the text layer holds both dates adjacent; a PDF reader cannot tell deletion from insertion without looking at strike lines: expected still the 11月30日 text; both dates glued is the same HIGH/MEDIUM judgment (tolerable-at-best in PDF: medium)",
                "LibreOffice does not print the comment (no comment text in the PDF) — a change bar may be printed in the margin",
                "the text layer of the tracked change reads “于2024 年 10 月 31 日 2024 年 11 月 30 日前” (with spaces between digits and 年/月/日)",
                "emoji (📄 🗒 💡 ✅) have no glyph in the installed fonts: they print as small empty boxes; in the text layer (pdfplumber) 🗒 and 💡 come out as “📄” (the boxes share one ToUnicode entry) and ✅ is missing (“状态： 已定稿”) — a reader must not trust emoji in the PDF; 提示 callout reads “📄 提示：专班成员…”",
                "the callouts are shaded boxes (table cells); the 💡 提示 callout is at the top of page 2, separated by a page break from the 二、专班组成 paragraphs on page 1",
                "the footer prints “飞书 · 由 林海涛 于 2024-07-16 09:41 导出 · 第 N 页 共 4 页” on every page (furniture); the title wraps over 3 lines (must be re-joined without spaces)",
                "the 任务分工 table fits on page 3; stage rows are full-width shaded rows, the merged 牵头单位 of rows 1–2 prints once (row 2's cell is empty in the PDF) — row 2 must still get 片区港航发展局 (blank = medium)",
            ],
            "note": "same expected metadata and clauses as the .docx",
        },
    }

    # ---- ningbo
    n_clauses = ["申报时间提示：" + "".join(N_CALL),
                 "".join(N_INTRO),
                 N_A1]
    n_clauses += ["%d.%s" % (i, it) for i, it in enumerate(N_A1_ITEMS, 1)]
    n_clauses.append(N_A2)
    cat = None
    for row in N_TBL:
        row = list(row)
        if row[0] is None:
            row[0] = cat
        cat = row[0]
        n_clauses.append(row_clause(N_TBL_HDR, row))
    n_clauses.append(N_TBL_NOTE)
    n_clauses.append(N_A3)
    n_clauses += N_A4
    n_clauses.append("注意：" + N_WARN)
    n_clauses.append("".join(t for t, _ in N_A5))
    n_clauses += N_A6
    n_clauses.append("".join(N_A7))

    ningbo = {
        "meta": {
            "title": N_TITLE,
            "doc_number": None,
            "issuer": [N_ISSUER],
            "date": "2024-08-05",
            "published": None,
            "level": "municipal",
            "region": "浙江省宁波市",
            "effective": None,
            "expires": None,
            "attachments": N_ATT,
            "doc_type": "申报指南（常见问题解答）",
            "recipients": [],
            "publicity": None,
            "source_suite": "腾讯文档 (exported to Word; PDF by LibreOffice)",
            "heading_numbering": "none: Heading 1 = “📌 …” section markers, Heading 2 = the questions “Q1：…？” … “Q7：…？”",
            "application_window": "2024-08-12 — 2024-09-20 17:00",
            "furniture_not_content": [
                "gray line 宁波市商务局对外投资和经济合作处　　最近编辑：2024年8月6日 14:03",
                "emoji markers 📌 📢 ⚠️ in front of headings / callout leads",
                "Word comment by 郑磊 on “公示”: 公示期是7天还是5个工作日？请与市财政局核实后再发布。",
                "☐ glyphs of the 材料 checklist",
                "附件： list (hyperlinks to 腾讯文档; the attachments are not in the file)",
                "落款 宁波市商务局 + 2024年8月5日",
                "footer 腾讯文档　导出时间：2024/08/07 15:22　　N / M",
            ],
            "comments": ["郑磊: 公示期是7天还是5个工作日？请与市财政局核实后再发布。"],
        },
        "clauses": n_clauses,
        "clause_paths": {
            "申报时间提示 callout, intro": "(before the first heading)",
            "Q1 answer + 1.–3.": "申报范围和条件 > Q1：哪些企业可以申报？",
            "Q2 answer + 5 table rows + 注": "申报范围和条件 > Q2：专项资金支持哪些事项？标准是多少？",
            "Q3 answer": "申报范围和条件 > Q3：同一事项已获得其他财政资金支持的，还能申报吗？",
            "5 checklist items + 注意 callout": "申报材料 > Q4：需要准备哪些材料？",
            "Q5 answer": "申报流程 > Q5：申报流程和时间节点是怎样的？",
            "Q6 3 bullets (no lead paragraph: the answer is the list)": "申报流程 > Q6：企业应向哪个部门提交初审？",
            "Q7 answer": "咨询方式 > Q7：遇到问题找谁咨询？",
        },
        "applies_to": {
            "default": "浙江省宁波市",
            "specific": {
                "Q6 bullet 1": "中国（浙江）自由贸易试验区宁波片区",
                "Q6 bullet 2": "宁波前湾新区",
                "Q2 table row 5 (国际物流通道)": "宁波舟山港 (inside 宁波市; default is fine)",
            },
            "note": "共建“一带一路”国家和地区 / 境外经贸合作区 do not place clauses abroad. Q1 item 1 names 宁波前湾新区、宁波高新区 only as ‘included in 宁波市’ — placing it in 前湾新区 alone is wrong (low). 浙江省 alone is too broad (low).",
        },
        "_note": (
            "腾讯文档 export of a FAQ. It has NO 文号: 甬商务发〔2023〕102号 in the intro is the 管理办法 it is based on — taking it as this document's doc_number is HIGH (misattributes the document). "
            "Title in the Title style. Furniture: the gray 最近编辑 line (2024-08-06 — not the date), the footer with the export time (2024/08/07 15:22 — not the date), the comment by 郑磊 (must not appear in Q5's clause), the 附件 list (two hyperlinks; → attachments), the 落款 宁波市商务局 / 2024年8月5日 (→ issuer, date). "
            "Headings: Heading 1 “📌 申报范围和条件 / 📌 申报材料 / 📌 申报流程 / 📌 咨询方式” (no numbering; emoji kept in the path is taste/low) and Heading 2 questions Q1–Q7. The questions are headings: each answer must sit under its question (path/label Q1…Q7). A reader that emits each question as its own clause is fine; a question glued to the end of the previous answer is MEDIUM. "
            "Callouts are one-cell shaded tables and ARE content: the 📢 申报时间提示 box (two paragraphs: a bold title line + the text; expected as one clause “申报时间提示：2024年度…”, or the title as a heading/label of the text — both fine; the deadline 2024-09-20 17:00 must not be lost: losing the box is HIGH), and the ⚠️ 注意 box under Q4 (MEDIUM if lost). "
            "Q1's three conditions are an auto-numbered list (numbering.xml decimal “%1.”; the digits are not in the text): expected “1.在宁波市…”; items without their numbers are low; items merged into the lead “A：同时符合以下条件…” are low. Q6's three bullets (auto bullet “•”) are three clauses, each with its own place. "
            "Q2 table: shaded (blue, white bold text) header row; 类别 is vertically merged (境外市场开拓 over rows 1–2, 对外投资合作 over rows 3–4): rows 2 and 4 must carry their 类别 (blank is MEDIUM); the last row is one full-width cell “注：同一企业年度获得本专项资金支持总额不超过300万元。” — a table note, a clause of its own (read as a row “类别：注：…” is low; lost is MEDIUM — it is the overall 300万元 cap). "
            "Q4 is a ☐ checklist of 5 materials (5 clauses; glyph kept or dropped both fine; merged into one clause is low). "
            "Q5 is one paragraph with bold step names and arrows (one clause). Q7 contains @周敏 (a mention run; the name must stay). The hyperlinks (“甬易办”政策兑现平台, 《…管理办法》) must keep their text in place inside their sentences (losing it is HIGH for the intro: the 管理办法 title disappears). "
            "date = 2024-08-05 (落款). No effective/expires (a 申报指南; the 申报 window 2024-08-12 — 2024-09-20 is not a validity period: effective = 2024-08-12 / expires = 2024-09-20 is LOW-tolerable only if labelled; expires 2024-09-20 as validity is low). No 主送, no publicity line. level municipal, region 浙江省宁波市."
        ),
        "_pdf": {
            "differences": [
                "Q1 items print with their automatic numbers 1. 2. 3.; Q6 bullets print with •",
                "LibreOffice does not print the comment",
                "emoji (📌 📢 ⚠️) have no glyph in the installed fonts: small empty boxes; in the text layer every 📌 heading reads “📢 申报范围和条件” etc. (the boxes share one ToUnicode entry) and ⚠️ reads “⚠ ️注意”; ☐ prints (the font has it)",
                "heading levels are only font sizes in the PDF: Q1–Q7 (14pt bold) vs 📌 sections (16pt bold); the title wraps over 2 lines",
                "the Q2 table's row 4 (对外投资合作 / 承揽共建“一带一路”国家对外承包工程项目 / 按新签合同额每1亿美元给予20万元奖励 / 100) is split across pages 1–2: “承揽共建“一带一路”国家对外承包 … 按新签合同额每1亿美元给 … 100” at the bottom of page 1 (above the footer), “工程项目 … 予20万元奖励” at the top of page 2 — it must be re-joined into one row, with the footer not inside it (split row = medium; footer inside = medium); the header row does not repeat; the merged 类别 prints once per group (rows 2 and 4 have an empty 类别 cell in the PDF)",
                "Q6: the question and its first • bullet are at the bottom of page 2, bullets 2–3 on page 3 (the footer sits between them and must not be glued to bullet 1)",
                "footer “腾讯文档　导出时间：2024/08/07 15:22　　N / 3” on every page (furniture)",
            ],
            "note": "same expected metadata and clauses as the .docx",
        },
    }
    return {"blind140_xiamen_plan": [xiamen], "blind140_ningbo_faq": [ningbo]}


def main():
    xp = os.path.join(HERE, "blind140_xiamen_plan.docx")
    npth = os.path.join(HERE, "blind140_ningbo_faq.docx")
    build_xiamen(xp)
    build_ningbo(npth)
    to_pdf(xp)
    to_pdf(npth)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
