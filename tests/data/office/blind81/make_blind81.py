# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 81: two-column 政府公报 issues (municipal + provincial), .docx and LibreOffice .pdf.

Writes next to itself:
  blind81_xiamen_gazette.docx/.pdf   厦门市人民政府公报 2024年第6期（总第418期）
  blind81_fujian_gazette.docx/.pdf   福建省人民政府公报 2024年第15期（总第1047期）
  expected.json
"""
import json
import os
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

SONG = "宋体"
FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, font, size, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)


def para(container, text, font=FS, size=10.5, bold=False, align=None, indent=True, before=0, after=0, runs=None):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing = Pt(size * 1.55)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j" or align is None:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if runs is None:
        runs = [(text, font, bold)]
    for t, f, b in runs:
        r = p.add_run(t)
        set_font(r, f, size, b)
    return p


def set_cols(section, num, space_cm=0.8, sep=False):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(int(space_cm * 567)))
    if sep:
        cols.set(qn("w:sep"), "1")


def add_field(p, instr, font=SONG, size=9):
    r = p.add_run()
    set_font(r, font, size)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._element.append(b)
    r2 = p.add_run(); set_font(r2, font, size)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._element.append(it)
    r3 = p.add_run(); set_font(r3, font, size)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._element.append(s)
    r4 = p.add_run("1"); set_font(r4, font, size)
    r5 = p.add_run(); set_font(r5, font, size)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r5._element.append(e)


def bottom_border(p):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bt = OxmlElement("w:bottom")
    bt.set(qn("w:val"), "single"); bt.set(qn("w:sz"), "6"); bt.set(qn("w:space"), "1"); bt.set(qn("w:color"), "000000")
    bdr.append(bt); pPr.append(bdr)


def setup_headers(doc, sec, odd_text, even_text):
    doc.settings.odd_and_even_pages_header_footer = True
    sec.different_first_page_header_footer = True
    # odd header
    h = sec.header; h.is_linked_to_previous = False
    p = h.paragraphs[0]; p.text = ""
    r = p.add_run(odd_text); set_font(r, SONG, 9); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; bottom_border(p)
    eh = sec.even_page_header; eh.is_linked_to_previous = False
    p = eh.paragraphs[0]; r = p.add_run(even_text); set_font(r, SONG, 9); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; bottom_border(p)
    # footers: odd right, even left
    f = sec.footer; f.is_linked_to_previous = False
    p = f.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("— "); set_font(r, SONG, 9); add_field(p, "PAGE"); r = p.add_run(" —"); set_font(r, SONG, 9)
    ef = sec.even_page_footer; ef.is_linked_to_previous = False
    p = ef.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = p.add_run("— "); set_font(r, SONG, 9); add_field(p, "PAGE"); r = p.add_run(" —"); set_font(r, SONG, 9)
    # first page (masthead): empty header, centred number
    fh = sec.first_page_header; fh.is_linked_to_previous = False
    ff = sec.first_page_footer; ff.is_linked_to_previous = False
    p = ff.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— "); set_font(r, SONG, 9); add_field(p, "PAGE"); r = p.add_run(" —"); set_font(r, SONG, 9)


def ruled_table(doc, rows, widths_cm):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.autofit = False
    t.alignment = 1
    tblPr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW"); tblPr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths_cm) * 567))); tw.set(qn("w:type"), "dxa")
    for j, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_cm[j] * 567)))
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.width = Cm(widths_cm[j])
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if i < len(rows) - 1: p.paragraph_format.keep_with_next = True
            r = p.add_run(val); set_font(r, HEI if i == 0 else FS, 9, False)
    return t


def level_font(text):
    import re
    if re.match(r"^[一二三四五六七八九十]+、", text): return HEI
    if re.match(r"^（[一二三四五六七八九十]+）", text): return KAI
    return FS


def body_items(doc, items, size=12):
    """items: str | ('table', rows, widths) | ('art', '第一条', rest)"""
    for it in items:
        if isinstance(it, tuple) and it[0] == "table":
            doc.paragraphs[-1].paragraph_format.keep_with_next = True
            ruled_table(doc, it[1], it[2])
        elif isinstance(it, tuple) and it[0] == "art":
            para(doc, None, size=size, runs=[(it[1] + "　", HEI, False), (it[2], FS, False)])
        elif isinstance(it, tuple) and it[0] == "chap":
            para(doc, it[1], font=HEI, size=size, align="c", indent=False, before=3, after=3)
        else:
            para(doc, it, font=level_font(it), size=size)


def table_rows_to_clauses(rows):
    hdr = rows[0]
    return ["；".join("%s：%s" % (h, v) for h, v in zip(hdr, r)) for r in rows[1:]]


def expected_clauses(items):
    out = []
    for it in items:
        if isinstance(it, tuple) and it[0] == "table":
            out += table_rows_to_clauses(it[1])
        elif isinstance(it, tuple) and it[0] == "art":
            out.append(it[1] + "　" + it[2])
        elif isinstance(it, tuple) and it[0] == "chap":
            out.append(it[1])
        else:
            out.append(it)
    return out


# --------------------------------------------------------------------------------------------
# Content: 厦门 gazette
# --------------------------------------------------------------------------------------------
XM_B_ITEMS = [
    "现将《中国（福建）自由贸易试验区厦门片区跨境服务贸易负面清单管理实施细则》印发给你们，请认真贯彻执行。",
]
XM_B_ATT = [
    ("art", "第一条", "为深化中国（福建）自由贸易试验区厦门片区（以下简称厦门片区）跨境服务贸易制度型开放，服务共建“一带一路”高质量发展，根据《自由贸易试验区跨境服务贸易特别管理措施（负面清单）（2024年版）》等规定，结合厦门片区实际，制定本细则。"),
    ("art", "第二条", "本细则适用于在厦门片区两岸贸易中心核心区、东南国际航运中心海沧港区范围内，以跨境交付、境外消费、自然人移动等方式向境内提供服务的境外服务提供者。"),
    ("art", "第三条", "负面清单以外的领域，按照境内外服务及服务提供者待遇一致原则实施管理，任何单位不得自行增设准入限制条件。"),
    ("art", "第四条", "厦门市商务局牵头负责本细则的组织实施，厦门片区管理委员会负责片区内跨境服务贸易的日常监管与统计监测，市发展改革、财政、金融监管等部门按职责分工做好相关工作。"),
    ("art", "第五条", "鼓励来自共建“一带一路”国家和地区的专业服务机构在厦门片区设立代表机构，在国际航运、检验检测、法律咨询、数字服务等领域开展跨境服务。"),
    ("art", "第六条", "境外服务提供者违反负面清单管理规定的，由相关行业主管部门依法处理，并将处理结果纳入公共信用信息平台。"),
    ("art", "第七条", "本细则由厦门市商务局负责解释。"),
    ("art", "第八条", "本细则自2024年7月1日起施行，有效期5年。"),
]
XM_C_ITEMS = [
    "你区《关于申请设立厦门海沧“丝路海港”国际物流园的请示》（海政〔2024〕37号）收悉。经研究，现批复如下：",
    "一、同意设立厦门海沧“丝路海港”国际物流园（以下简称物流园），规划面积约3.2平方公里，四至范围为东至海沧大道、西至兴港路、南至港南路、北至角嵩路。",
    "二、物流园要立足海沧港区集装箱枢纽优势，重点发展中欧（厦门）班列集拼、海铁联运、跨境电商和保税物流，打造服务“一带一路”的国际物流节点。",
    "三、你区要加强组织领导，严格落实耕地保护和生态环境保护要求，依法依规推进物流园建设，重大事项及时向市政府请示报告。",
]
XM_A_TABLE = [["线路", "补助标准（万元/列）"], ["中欧班列（去程）", "3"], ["中欧班列（回程）", "4"], ["中亚班列", "2"]]
XM_A_ITEMS = [
    "为深入贯彻落实共建“一带一路”倡议，推动中欧（厦门）班列高质量发展，经市政府同意，现就有关事项通知如下：",
    "一、支持范围",
    "（一）在本市注册、具有独立法人资格并承担中欧（厦门）班列组货业务的平台企业。",
    "（二）通过中欧（厦门）班列运输进出口货物的本市外贸企业。",
    "二、支持标准",
    "对班列运营平台按实际开行列数给予运营补助，具体标准如下：",
    ("table", XM_A_TABLE, [3.6, 3.6]),
    "同一列次不得重复申报，单个企业年度补助总额不超过500万元。",
    "三、申报程序",
    "1. 企业于每季度结束后15个工作日内通过“厦门市商务惠企服务平台”提交申报材料。",
    "2. 市商务局会同市财政局对申报材料进行审核，审核结果在市商务局门户网站公示5个工作日。",
    "四、其他事项",
    "本通知自2024年7月1日起施行，有效期至2026年6月30日。此前有关规定与本通知不一致的，以本通知为准。",
]
XM_D_ITEMS = [
    "经研究决定：",
    "任命陈志远为厦门市商务局副局长；",
    "任命黄晓琳为中国（福建）自由贸易试验区厦门片区管理委员会副主任（挂职，时间两年）；",
    "免去王建华的厦门市口岸管理办公室副主任职务。",
]

XM_DOCS = [
    dict(key="B", title="厦门市人民政府关于印发中国（福建）自由贸易试验区厦门片区跨境服务贸易负面清单管理实施细则的通知",
         num="厦府〔2024〕88号", to="各区人民政府，市直各委、办、局，各开发区管委会：", items=XM_B_ITEMS,
         issuer="厦门市人民政府", date_cn="2024年6月3日", date="2024-06-03", level="municipal", region="福建省厦门市",
         public="（此件主动公开）",
         att=dict(title="中国（福建）自由贸易试验区厦门片区跨境服务贸易负面清单管理实施细则", items=XM_B_ATT,
                  effective="2024-07-01", expires="2029-06-30")),
    dict(key="C", title="厦门市人民政府关于同意设立厦门海沧“丝路海港”国际物流园的批复",
         num="厦府〔2024〕91号", to="厦门市海沧区人民政府：", items=XM_C_ITEMS,
         issuer="厦门市人民政府", date_cn="2024年6月12日", date="2024-06-12", level="municipal", region="福建省厦门市"),
    dict(key="A", title="厦门市商务局关于进一步支持中欧（厦门）班列高质量发展的通知",
         num="厦商务规〔2024〕3号", to="各区人民政府，市直有关部门，各有关企业：", items=XM_A_ITEMS,
         issuer="厦门市商务局", date_cn="2024年5月20日", date="2024-05-20", level="municipal", region="福建省厦门市",
         effective="2024-07-01", expires="2026-06-30"),
    dict(key="D", title="厦门市人民政府关于陈志远等同志职务任免的通知",
         num="厦府人〔2024〕25号", to="各区人民政府，市直各委、办、局：", items=XM_D_ITEMS,
         issuer="厦门市人民政府", date_cn="2024年6月20日", date="2024-06-20", level="municipal", region="福建省厦门市"),
]
XM_TOC = [
    ("【市政府文件】", None),
    ("厦门市人民政府关于印发中国（福建）自由贸易试验区厦门片区跨境服务贸易负面清单管理实施细则的通知（厦府〔2024〕88号）", "2"),
    ("厦门市人民政府关于同意设立厦门海沧“丝路海港”国际物流园的批复（厦府〔2024〕91号）", "3"),
    ("【部门文件】", None),
    ("厦门市商务局关于进一步支持中欧（厦门）班列高质量发展的通知（厦商务规〔2024〕3号）", "3"),
    ("【人事任免】", None),
    ("厦门市人民政府关于陈志远等同志职务任免的通知（厦府人〔2024〕25号）", "4"),
]

# --------------------------------------------------------------------------------------------
# Content: 福建 provincial gazette (date in parentheses under title, no 落款 block, 文号 at end of title line)
# --------------------------------------------------------------------------------------------
FJ_A_TABLE = [["项目", "奖励标准"], ["新设区域总部", "一次性奖励200万元"], ["新开国际航线", "每条奖励50万元"], ["跨境人民币结算额超10亿元", "奖励30万元"]]
FJ_A_ITEMS = [
    "为加快建设21世纪海上丝绸之路核心区，发挥中国（福建）自由贸易试验区改革开放试验田作用，经省人民政府同意，提出如下措施。",
    "一、提升贸易投资便利化水平",
    "（一）推行“一口受理、并联审批”。在福州、厦门、平潭三个片区实行外商投资企业设立登记“一窗通办”，办理时限压缩至2个工作日。",
    "（二）扩大“两步申报”适用范围。对来自共建“一带一路”国家的进口货物，全面推广“提前申报”“两步申报”模式。",
    "二、强化政策激励",
    "（三）对在自贸试验区新设区域总部、新开国际航线和开展跨境人民币结算的企业给予奖励，标准如下：",
    ("table", FJ_A_TABLE, [3.8, 3.4]),
    "（四）同一企业同一事项按就高原则给予奖励，不重复享受。",
    "三、附则",
    "本措施自印发之日起施行，有效期3年。",
]
FJ_B_ITEMS = [
    "你委《关于平潭对台（一带一路）跨境电商综合试验区建设方案的请示》（岚综实验区〔2024〕12号）收悉。经研究，现批复如下：",
    "一、原则同意《平潭跨境电子商务综合试验区对台及“一带一路”合作建设方案》，请你委认真组织实施。",
    "二、平潭综合实验区管委会要会同省商务厅等部门，建立跨境电商统计监测和风险防控机制，确保试点工作规范有序推进。",
]
FJ_C_ITEMS = [
    "经2024年5月15日省人民政府第38次常务会议研究决定：",
    "任命林海燕为福建省商务厅副厅长；",
    "任命郑国华为中国（福建）自由贸易试验区福州片区管理委员会常务副主任；",
    "免去许文杰的福建省口岸办公室副主任职务，退休。",
]
FJ_DOCS = [
    dict(key="A", title="福建省人民政府办公厅关于印发推动自贸试验区高质量服务“一带一路”建设若干措施的通知",
         num="闽政办规〔2024〕7号", to="各市、县（区）人民政府，平潭综合实验区管委会，省人民政府各部门、各直属机构：",
         items=FJ_A_ITEMS, issuer="福建省人民政府办公厅", date_cn="2024年5月8日", date="2024-05-08", level="provincial",
         region="福建省", effective="2024-05-08", expires="2027-05-07"),
    dict(key="B", title="福建省人民政府关于平潭跨境电子商务综合试验区建设方案的批复",
         num="闽政文〔2024〕102号", to="平潭综合实验区管委会：", items=FJ_B_ITEMS,
         issuer="福建省人民政府", date_cn="2024年5月22日", date="2024-05-22", level="provincial", region="福建省"),
    dict(key="C", title="福建省人民政府关于林海燕等同志职务任免的通知",
         num="闽政任〔2024〕15号", to="各市、县（区）人民政府，平潭综合实验区管委会，省人民政府各部门、各直属机构：", items=FJ_C_ITEMS,
         issuer="福建省人民政府", date_cn="2024年5月24日", date="2024-05-24", level="provincial", region="福建省"),
]
FJ_TOC = [
    ("【省政府办公厅文件】", None),
    ("福建省人民政府办公厅关于印发推动自贸试验区高质量服务“一带一路”建设若干措施的通知", "2"),
    ("【省政府文件】", None),
    ("福建省人民政府关于平潭跨境电子商务综合试验区建设方案的批复", "3"),
    ("【人事任免】", None),
    ("福建省人民政府关于林海燕等同志职务任免的通知", "3"),
]


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width = Cm(21); sec.page_height = Cm(29.7)
    sec.top_margin = Cm(2.6); sec.bottom_margin = Cm(2.4)
    sec.left_margin = Cm(2.2); sec.right_margin = Cm(2.2)
    sec.header_distance = Cm(1.5); sec.footer_distance = Cm(1.3)
    return doc, sec


def masthead(doc, name, issue, host, pubdate):
    para(doc, name, font=XBS, size=34, bold=True, align="c", indent=False, before=30, after=8)
    p = para(doc, issue, font=SONG, size=12, align="c", indent=False, after=2)
    para(doc, None, size=10.5, align="c", indent=False, after=6,
         runs=[(host + "　　　　　　" + pubdate, SONG, False)])
    p = para(doc, "", size=6, indent=False); bottom_border(p)


def toc(doc, entries):
    para(doc, "目　　录", font=HEI, size=14, align="c", indent=False, before=6, after=6)
    for text, pg in entries:
        if pg is None:
            para(doc, text, font=HEI, size=10.5, indent=False, before=3)
        else:
            para(doc, text + "……（" + pg + "）", font=SONG, size=9.5, indent=False)


def gazette_doc(doc, d, style):
    para(doc, d["title"], font=XBS, size=15, align="c", indent=False, before=14, after=4)
    if style == "xm":
        para(doc, d["num"], font=FS, size=10.5, align="c", indent=False, after=6)
    else:
        para(doc, d["num"], font=FS, size=10.5, align="c", indent=False, after=0)
        para(doc, "（" + d["date_cn"] + "）", font=KAI, size=10.5, align="c", indent=False, after=6)
    para(doc, d["to"], font=FS, size=12, indent=False)
    body_items(doc, d["items"])
    if style == "xm":
        para(doc, d["issuer"], size=12, align="r", indent=False, before=8)
        para(doc, d["date_cn"], size=12, align="r", indent=False)
        if d.get("public"):
            para(doc, d["public"], size=12, indent=True, before=4)
    att = d.get("att")
    if att:
        para(doc, att["title"], font=XBS, size=13, align="c", indent=False, before=12, after=6)
        body_items(doc, att["items"])


def build(stem, name, issue, host, pubdate, odd_h, even_h, toc_entries, docs, style):
    doc, sec = new_doc()
    setup_headers(doc, sec, odd_h, even_h)
    masthead(doc, name, issue, host, pubdate)
    sec2 = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec2, 2, 0.8, sep=True)
    toc(doc, toc_entries)
    para(doc, "", size=6, indent=False); bottom_border(doc.paragraphs[-1])
    for d in docs:
        gazette_doc(doc, d, style)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path


def exp_entry(d):
    m = dict(title=d["title"], doc_number=d["num"], issuer=d["issuer"], date=d["date"], level=d["level"], region=d["region"])
    for k in ("effective", "expires"):
        if d.get(k): m[k] = d[k]
    docs = [dict(meta=m, clauses=[d["to"]] + expected_clauses(d["items"]))]
    if d.get("att"):
        a = d["att"]
        am = dict(title=a["title"], doc_number=None, issuer=d["issuer"], date=d["date"], level=d["level"], region=d["region"],
                  effective=a["effective"], expires=a["expires"])
        docs.append(dict(meta=am, clauses=expected_clauses(a["items"])))
    return docs


NOTE_COMMON = (
    "Furniture, never clauses: masthead (公报 name, 年第N期（总第N期）, 主办 line, 出版 date), the whole 目录 block (headings 【…】 and "
    "entries with ……（N） page refs — the titles in the 目录 must not be read as documents or clauses), running headers (odd pages: 公报 name; "
    "even pages: 年第N期), footer page numbers '— N —', each document's title line and 文号 line, 落款 issuer/date lines, '（此件主动公开）'. "
    "The 主送 line (ending '：') is listed first as a clause; a reader that drops it or keeps it as metadata is tolerated. "
    "Heading-only items (一、支持范围) are listed as their own clauses; tolerated if merged as a prefix/path of the following items, but not if "
    "their text is lost. Table rows as header：value；header：value. The four/three documents run back to back in two columns on shared pages; "
    "each must be a separate document with its own meta, and no clause may contain text from the neighbouring column or from the next document. "
    "An attached 实施细则 (附件) may be a separate document (as listed) or its 第X条 appended to the notice; either is tolerated, but its "
    "effective/expires must not be mistaken for the notice's if split. For the PDF, line-wraps are joined; full-width space after 第X条 "
    "may be a normal space or none. level municipal for 厦门 (副省级 city) — 'municipal' expected; region 福建省厦门市 (福建/厦门 tolerated)."
)


def main():
    xm_stem = "blind81_xiamen_gazette"
    fj_stem = "blind81_fujian_gazette"
    paths = []
    paths.append(build(xm_stem, "厦门市人民政府公报", "2024年第6期（总第418期）", "厦门市人民政府办公厅主办", "2024年6月28日出版",
                       "厦门市人民政府公报", "2024年第6期", XM_TOC, XM_DOCS, "xm"))
    paths.append(build(fj_stem, "福建省人民政府公报", "2024年第15期（总第1047期）", "福建省人民政府办公厅主办", "2024年5月30日出版",
                       "福建省人民政府公报", "2024年第15期", FJ_TOC, FJ_DOCS, "fj"))
    exp = {}
    xm = []
    for d in XM_DOCS: xm += exp_entry(d)
    for d in xm: d["_note"] = NOTE_COMMON + " Order in the issue: 通知(厦府〔2024〕88号) + 附件细则, 批复, 商务局规范性文件 with ruled table inside one column, 任免."
    exp[xm_stem] = xm
    fj = []
    for d in FJ_DOCS: fj += exp_entry(d)
    FJN = (" Provincial style: 文号 centred under the title and the 成文 date in parentheses "
                        "under it, no 落款 block; the date must come from the '（2024年5月8日）' line. The 措施 notice: effective 2024-05-08 "
                        "(自印发之日起) and expires 2027-05-07 (有效期3年) — 2027-05-08 tolerated. 任免 clause 1 contains a meeting date "
                        "2024年5月15日 that is not the document date.")
    for d in fj: d["_note"] = NOTE_COMMON + FJN
    exp[fj_stem] = fj
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
    if "--no-pdf" not in sys.argv:
        for p in paths:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, p], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
