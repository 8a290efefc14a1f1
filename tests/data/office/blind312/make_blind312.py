# ruff: noqa
#!/usr/bin/env python3
"""Round 312: documents that set up who does the work (领导小组, 联席会议, 主任办公会议)
on 一带一路, 跨境电商综试区 and 自贸试验区 片区.  Writes every file next to itself plus
expected.json.

Run:  . /work/venv/bin/activate && python make_blind312.py
"""
import json
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
RED = RGBColor(0xE6, 0x00, 0x12)

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
LINE = 28.5          # fixed line pitch: 22 lines of 16 pt text per page


# ---------------------------------------------------------------- helpers
def _rfonts(run, east, other="Times New Roman"):
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), other)
    rf.set(qn("w:hAnsi"), other)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:cs"), other)


def _border(p, side="bottom", color="E60012", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


ALIGN = {
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "distribute": WD_ALIGN_PARAGRAPH.DISTRIBUTE,
}


def par(container, text="", east=FS, size=16, align="justify", indent=True,
        bold=False, color=None, line=LINE, before=0, after=0, right_indent=None,
        left_indent=None, keep_next=False, runs=None):
    """Add a paragraph.  '\n' in text becomes a soft line break (Shift+Enter).
    runs: list of (text, east_font) for a paragraph of mixed fonts (run-in headings)."""
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if keep_next:
        pf.keep_with_next = True
    if indent is True:
        pf.first_line_indent = Pt(size * 2)
    elif indent:
        pf.first_line_indent = Pt(indent)
    if right_indent is not None:
        pf.right_indent = Pt(right_indent)
    if left_indent is not None:
        pf.left_indent = Pt(left_indent)
    p.alignment = ALIGN[align]
    if runs is None:
        runs = [(text, east)]
    for rtext, rfont in runs:
        parts = rtext.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            r.font.size = Pt(size)
            r.bold = bold
            if color is not None:
                r.font.color.rgb = color
            _rfonts(r, rfont)
            if i < len(parts) - 1:
                r.add_break(WD_BREAK.LINE)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.paragraph_format.line_spacing = Pt(LINE)
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def _field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._element.append(el)


def _page_footer(footer, align):
    p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    p.alignment = align
    if align == WD_ALIGN_PARAGRAPH.RIGHT:
        p.paragraph_format.right_indent = Pt(14)
    else:
        p.paragraph_format.left_indent = Pt(14)
    for txt, fld in (("— ", None), (None, "PAGE"), (" —", None)):
        r = p.add_run(txt or "")
        r.font.size = Pt(14)
        _rfonts(r, "宋体")
        if fld:
            _field(r, fld)


def setup_section(sec):
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(25)
    sec.header_distance = Mm(15)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), FS)
    rpr.append(rf)
    sec = doc.sections[0]
    setup_section(sec)
    doc.settings.odd_and_even_pages_header_footer = True
    _page_footer(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    _page_footer(sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)
    return doc


def new_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(sec)
    return sec


def cell_text(cell, text, east=FS, size=14, align="left", bold=False, line=22, color=None):
    cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
    for chunk in text.split("\n\n"):
        par(cell, chunk, east=east, size=size, align=align, indent=False, bold=bold,
            line=line, color=color)


def table_borders(table, val="single"):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), "6" if val != "nil" else "0")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000" if val != "nil" else "auto")
        b.append(el)
    tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(OxmlElement("w:tblHeader"))


def set_widths(table, widths_mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(Mm(w).twips)))
    tblPr = table._tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblPr.append(tw)
    tw.set(qn("w:type"), "dxa")
    tw.set(qn("w:w"), str(int(Mm(sum(widths_mm)).twips)))
    for row in table.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


def merge_down(table, col, first, last):
    """Merge a column's cells first..last (row indices) and drop the empty paragraphs
    that python-docx leaves behind."""
    c = table.cell(first, col).merge(table.cell(last, col))
    for p in c.paragraphs[1:]:
        if not p.text.strip():
            p._p.getparent().remove(p._p)
    c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return c


def banji(doc, chaosong, yinfa_org, yinfa_date):
    """版记: 抄送 and 印发 lines between rules (top and bottom thick, middle thin)."""
    p = par(doc, chaosong, size=14, indent=-42, align="left", line=26,
            left_indent=56, right_indent=14, keep_next=True)
    _border(p, "top", "000000", 8, 4)
    _border(p, "bottom", "000000", 4, 4)
    p = doc.add_paragraph()
    p.paragraph_format.line_spacing = Pt(26)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(151), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(f"{yinfa_org}\t{yinfa_date}印发")
    r.font.size = Pt(14)
    _rfonts(r, FS)
    _border(p, "bottom", "000000", 8, 4)


def signature(doc, organ, date, publicity):
    par(doc, "", line=LINE)
    par(doc, organ, align="right", indent=False, right_indent=64)
    par(doc, date, align="right", indent=False, right_indent=80)
    par(doc, f"（{publicity}）")


def to_pdf(docx_path):
    subprocess.run(
        ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_312",
         "--convert-to", "pdf", "--outdir", str(HERE), str(docx_path)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def key(clause, n=24):
    return clause[:n]


def row_clause(head, row):
    return "；".join(f"{h}：{v}" for h, v in zip(head, row) if v)


EXPECTED = {}


def emit(body, doc):
    """body items: (kind, text).  kinds:
    'c'  clause paragraph (first-line indent, 仿宋)
    'ri' run-in clause: text is (head, rest); head in 黑体 (一、) or 楷体 (（一）)
    'h1' heading alone 一、 (黑体)   'h2' heading alone （一） (楷体)
    'm'  member line of a list: text as typed (leading 全角 spaces for continuation lines)
    Returns the expected clauses."""
    out = []
    for kind, text in body:
        if kind == "h1":
            par(doc, text, east=HT, keep_next=True)
        elif kind == "h2":
            par(doc, text, east=KT, keep_next=True)
        elif kind == "ri":
            head, rest = text
            font = HT if head[0] in "一二三四五六七八九十" else KT
            par(doc, runs=[(head, font), (rest, FS)])
            out.append(head + rest)
        elif kind == "m":
            # member lines: aligned by 全角 spaces after a 2-character indent, as typed
            par(doc, text, indent=32)
            out.append(text.lstrip("　 "))
        else:
            par(doc, text)
            out.append(text)
    return out


# ====================================================================
# (a) 江西省人民政府办公厅 — 成立推进共建“一带一路”工作领导小组的通知
# ====================================================================
A_TITLE = "江西省人民政府办公厅关于成立江西省推进共建“一带一路”工作领导小组的通知"
A_NO = "赣府厅字〔2025〕38号"
A_ATT = "江西省推进共建“一带一路”工作领导小组工作规则"

A_BODY = [
    ("c", "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，加强对全省推进共建“一带一路”工作的统筹协调，经省人民政府同意，决定成立江西省推进共建“一带一路”工作领导小组（以下简称领导小组）。现将有关事项通知如下："),
    ("h1", "一、领导小组组成人员"),
    ("m", "组　长：叶国安　省长"),
    ("m", "副组长：林建华　省委常委、常务副省长"),
    ("m", "　　　　周明远　副省长"),
    ("m", "　　　　陈立平　省人民政府秘书长"),
    ("m", "成　员：刘志刚　省委宣传部副部长"),
    ("m", "　　　　吴晓东　省委网信办副主任"),
    ("m", "　　　　何振宇　省委外办主任、省政府外办主任"),
    ("m", "　　　　王海涛　省发展改革委主任"),
    ("m", "　　　　彭丽华　省工业和信息化厅副厅长"),
    ("m", "　　　　谢卫东　省财政厅副厅长"),
    ("m", "　　　　曹红梅　省人力资源社会保障厅副厅长"),
    ("m", "　　　　黄志勇　省交通运输厅副厅长"),
    ("m", "　　　　钟　鸣　省农业农村厅副厅长"),
    ("m", "　　　　孙丽娟　省商务厅厅长"),
    ("m", "　　　　熊　杰　省文化和旅游厅副厅长"),
    ("m", "　　　　朱　敏　省市场监管局副局长"),
    ("m", "　　　　欧阳志远　省地方金融管理局副局长"),
    ("m", "　　　　杨春生　南昌海关副关长"),
    ("m", "　　　　施海燕　人民银行江西省分行副行长"),
    ("m", "　　　　刘　洋　中国信保江西分公司总经理"),
    ("c", "领导小组成员因工作变动需要调整的，由所在单位提出意见，报领导小组办公室审核后，按程序报领导小组组长审定。"),
    ("h1", "二、领导小组主要职责"),
    ("c", "（一）贯彻落实党中央、国务院关于共建“一带一路”的重大决策部署和省委、省政府工作要求，研究制定全省推进共建“一带一路”的总体思路、重点任务和年度工作要点。"),
    ("c", "（二）统筹推进全省与共建“一带一路”国家在基础设施互联互通、经贸投资、产能合作、人文交流等领域的务实合作，协调解决工作推进中的重大问题。"),
    ("c", "（三）统筹推进国际物流通道建设，协调赣州国际陆港、南昌向塘国际陆港中欧班列和铁海联运班列稳定开行，推动九江港、南昌昌北国际机场等开放口岸提升功能。"),
    ("c", "（四）指导赣江新区、各类开发区和综合保税区对接共建“一带一路”，推动境外经贸合作区建设，统筹防范化解企业境外投资经营风险。"),
    ("c", "（五）研究审议全省推进共建“一带一路”重大政策、重大项目和重要活动方案，督促检查各地各部门工作落实情况。"),
    ("c", "（六）完成省委、省政府交办的其他事项。"),
    ("h1", "三、领导小组办公室"),
    ("ri", ("（一）机构设置。", "领导小组办公室设在省发展改革委，承担领导小组日常工作。办公室主任由王海涛同志兼任，副主任由胡文斌（省发展改革委副主任）、孙丽娟、何振宇同志担任。")),
    ("h2", "（二）办公室主要职责"),
    ("c", "1.负责领导小组会议的筹备组织工作，起草领导小组年度工作要点和工作总结，跟踪督办领导小组议定事项。"),
    ("c", "2.建立全省推进共建“一带一路”重点项目库，会同有关部门实行动态管理，每半年更新一次。"),
    ("c", "3.组织开展督促检查和工作评估，重点做好以下工作："),
    ("c", "（1）对各设区市和省直有关部门年度工作要点落实情况开展督查，督查结果报领导小组；"),
    ("c", "（2）对纳入重点项目库的境外投资项目开展风险评估，提出风险防范建议。"),
    ("c", "4.承担领导小组交办的其他事项。"),
    ("ri", ("四、工作要求。", "各成员单位要按照职责分工，主动谋划、密切配合，形成工作合力。各成员单位确定1名处级干部为联络员，于2025年4月30日前将联络员名单报领导小组办公室。")),
    ("ri", ("五、", "原江西省参与建设丝绸之路经济带和21世纪海上丝绸之路工作领导小组同时撤销，《江西省人民政府办公厅关于成立江西省参与建设丝绸之路经济带和21世纪海上丝绸之路工作领导小组的通知》（赣府厅字〔2016〕52号）同时废止。")),
]

A_RULES = [
    "第一条　为规范江西省推进共建“一带一路”工作领导小组（以下简称领导小组）运行，提高议事协调效率，制定本规则。",
    "第二条　领导小组在省委、省政府领导下开展工作，负责统筹协调全省推进共建“一带一路”工作。",
    "第三条　领导小组实行全体会议制度。全体会议原则上每年召开1次，由组长或者组长委托的副组长召集和主持，领导小组成员出席。\n根据工作需要，经组长同意，可以邀请有关设区市人民政府和省直其他部门负责同志列席。",
    "第四条　领导小组根据工作需要召开专题会议，由副组长召集和主持，研究协调专项工作。专题会议可以视情在有关设区市召开。",
    "第五条　领导小组全体会议和专题会议的议题由领导小组办公室商有关成员单位提出，报组长或者副组长审定。提交会议审议的文件，应当事先征求有关成员单位意见。",
    "第六条　领导小组全体会议和专题会议以会议纪要形式明确议定事项，经组长或者主持会议的副组长签发后印发有关方面。重大事项按程序报省委、省政府。",
    "第七条　领导小组成员单位应当按照职责分工做好以下工作：\n（一）研究本部门本系统推进共建“一带一路”的具体措施；\n（二）落实领导小组议定事项和交办任务；\n（三）于每年6月30日和12月20日前向领导小组办公室报送半年和全年工作进展情况。",
    "第八条　领导小组办公室建立督办台账，对议定事项实行清单化管理，按月跟踪、按季通报。对推进不力的，由领导小组办公室提请领导小组约谈有关单位负责同志。",
    "第九条　各设区市应当参照本规则建立相应的工作协调机制，并将机制建立情况报领导小组办公室备案。",
    "第十条　本规则由领导小组办公室负责解释。",
    "第十一条　本规则自印发之日起施行。",
]


def article(doc, text):
    """第X条 label in 黑体, the rest 仿宋; further paragraphs of the article as their own
    Word paragraphs (first-line indent)."""
    paras = text.split("\n")
    lab, rest = paras[0].split("　", 1)
    par(doc, runs=[(lab + "　", HT), (rest, FS)])
    for p in paras[1:]:
        par(doc, p)


def make_a():
    doc = new_doc()
    par(doc, "江西省人民政府办公厅文件", east=XBS, size=30, align="center", indent=False,
        color=RED, line=50, before=24)
    par(doc, "", line=LINE)
    p = par(doc, A_NO, align="center", indent=False, after=2)
    _border(p, "bottom", "E60012", 18, 8)
    par(doc, "", line=LINE)
    # title broken over two lines with a soft line break
    par(doc, "江西省人民政府办公厅关于成立江西省推进\n共建“一带一路”工作领导小组的通知",
        east=XBS, size=22, align="center", indent=False, line=35)
    par(doc, "", line=LINE)
    par(doc, "各设区市人民政府，省政府各部门：", indent=False)
    clauses = emit(A_BODY, doc)
    par(doc, "附件：" + A_ATT, indent=True, before=LINE)
    signature(doc, "江西省人民政府办公厅", "2025年4月16日", "此件公开发布")
    # attachment in its own section
    new_section(doc)
    par(doc, "附件", east=HT, indent=False, align="left")
    par(doc, "", line=LINE)
    par(doc, "江西省推进共建“一带一路”工作领导小组\n工作规则", east=XBS, size=22,
        align="center", indent=False, line=35, after=14)
    for a in A_RULES:
        article(doc, a)
    par(doc, "", line=LINE)
    banji(doc,
          "抄送：省委各部门，省军区，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，各民主党派省委。",
          "江西省人民政府办公厅秘书处", "2025年4月17日")
    out = HERE / "blind312_jiangxi_tongzhi.docx"
    doc.save(out)
    to_pdf(out)

    meta = {
        "title": A_TITLE,
        "doc_number": A_NO,
        "issuer": ["江西省人民政府办公厅"],
        "date": "2025-04-16",
        "published": "2025-04-17",
        "level": "provincial",
        "region": "江西省",
        "effective": "2025-04-17",
        "expires": None,
        "attachments": [A_ATT],
        "doc_type": "通知",
        "recipients": ["各设区市人民政府", "省政府各部门"],
        "publicity": "此件公开发布",
        "repeals": "《江西省人民政府办公厅关于成立江西省参与建设丝绸之路经济带和21世纪海上丝绸之路工作领导小组的通知》（赣府厅字〔2016〕52号）",
    }
    EXPECTED["blind312_jiangxi_tongzhi"] = [
        {"meta": meta, "clauses": clauses + A_RULES, "applies_to": {"specific": {}}}]


# ====================================================================
# (b) 潍坊市人民政府办公室 — 跨境电商综试区建设工作联席会议制度
# ====================================================================
B_TITLE = "潍坊市人民政府办公室关于建立中国（潍坊）跨境电子商务综合试验区建设工作联席会议制度的通知"
B_NO = "潍政办字〔2025〕27号"
B_ATT = "中国（潍坊）跨境电子商务综合试验区建设工作联席会议成员名单"

B_BODY = [
    ("c", "为深入推进中国（潍坊）跨境电子商务综合试验区（以下简称综试区）建设，加强部门协同和市县联动，推动跨境电商与共建“一带一路”国家和地区市场深度对接，经市政府同意，建立中国（潍坊）跨境电子商务综合试验区建设工作联席会议制度（以下简称联席会议）。现将有关事项通知如下："),
    ("h1", "一、联席会议组成"),
    ("c", "联席会议由市政府分管副市长担任召集人，市政府分管副秘书长、市商务局局长担任副召集人，成员由市委网信办、市发展改革委、市工业和信息化局、市公安局、市财政局、市人力资源社会保障局、市自然资源和规划局、市交通运输局、市商务局、市市场监管局、市大数据局、市税务局、潍坊海关、人民银行潍坊市分行（国家外汇管理局潍坊市分局）、市邮政管理局、潍坊综合保税区管委会、奎文区政府、寿光市政府分管负责同志组成。联席会议成员名单见附件。"),
    ("c", "联席会议办公室设在市商务局，承担联席会议日常工作，办公室主任由市商务局局长兼任。联席会议设联络员，由各成员单位有关科室负责同志担任。"),
    ("c", "联席会议成员因工作变动需要调整的，由所在单位提出，联席会议办公室汇总后报召集人确认，不再另行发文。"),
    ("h1", "二、主要职责"),
    ("c", "（一）贯彻落实国家、省关于跨境电商综试区建设的决策部署，研究制定综试区年度工作要点和支持政策，统筹推进综试区建设。"),
    ("c", "（二）研究协调综试区建设中的重大事项和跨部门、跨县市区重大问题，推动线上综合服务平台与线下产业园区协同发展。"),
    ("c", "（三）统筹推进跨境电商与共建“一带一路”国家和地区市场对接，支持企业布局海外仓、拓展“丝路电商”合作。"),
    ("c", "（四）完成市委、市政府交办的其他事项。"),
    ("h1", "三、工作规则"),
    ("ri", ("（一）会议制度。", "联席会议原则上每半年召开一次全体会议，由召集人或者其委托的副召集人主持；根据工作需要，可以召开专题会议，由副召集人召集有关成员单位参加。会议议题由联席会议办公室商有关成员单位提出，报召集人审定。")),
    ("ri", ("（二）议定事项。", "联席会议以会议纪要形式明确议定事项，经召集人同意后印发有关方面。重大事项按程序报市政府。")),
    ("ri", ("（三）信息报送。", "各成员单位应当于每季度首月10日前，将上季度综试区建设工作进展和统计数据报送联席会议办公室；联席会议办公室汇总后形成综试区建设情况通报。")),
    ("h1", "四、成员单位职责"),
    ("u", "（一）市商务局：", "承担联席会议办公室日常工作；牵头制定综试区建设实施方案和年度工作要点；负责跨境电商经营主体培育、海外仓建设、统计监测和考核评估工作。"),
    ("u", "（二）市委网信办：", "负责指导跨境电商企业落实数据出境安全评估有关要求，做好网络安全和网络信息内容管理工作。"),
    ("u", "（三）市发展改革委：", "负责将综试区重大项目纳入全市重点项目库，争取国家、省有关专项资金支持。"),
    ("u", "（四）市工业和信息化局：", "负责推动传统制造企业运用跨境电商开拓国际市场，培育“跨境电商＋产业带”。"),
    ("u", "（五）市财政局：", "负责统筹安排综试区建设专项资金，会同市商务局制定资金管理办法，并对资金使用情况开展绩效评价。"),
    ("u", "（六）市市场监管局：", "负责跨境电商经营主体登记、知识产权保护和消费者权益保护工作，指导企业开展境外商标注册。"),
    ("u", "（七）潍坊海关：", "负责推进跨境电商“9610”“9710”“9810”“1210”等监管模式在潍坊港、潍坊机场等口岸复制推广，优化跨境电商零售进出口商品退货监管。"),
    ("u", "（八）市税务局：", "负责落实跨境电商出口退（免）税、零售出口“无票免税”和企业所得税核定征收等政策。"),
    ("u", "（九）人民银行潍坊市分行（国家外汇管理局潍坊市分局）：", "负责引导金融机构开展跨境电商结算、出口信用和供应链融资服务，便利跨境电商外汇收支和跨境人民币结算。"),
    ("u", "（十）市邮政管理局：", "负责协调邮政、快递企业开展国际及港澳台寄递业务，推动潍坊国际邮件互换中心扩大业务规模。"),
    ("u", "（十一）潍坊综合保税区管委会：", "负责统筹推进综合保税区内跨境电商保税备货（1210）业务，建设跨境电商公共监管中心和保税仓储设施。\n支持区内企业开展保税展示交易和跨境电商退货中心仓业务，每季度向联席会议办公室报送区内业务数据。"),
    ("u", "（十二）奎文区政府：", "负责潍坊跨境电商产业园建设运营，落实园区入驻企业房租减免等扶持政策。"),
    ("us", "（十三）寿光市政府：", "负责建设寿光蔬菜种业和设施农业跨境电商产业带，\n组织本地企业参加“丝路电商”国际合作对接活动。"),
    ("c", "（十四）其他成员单位按照各自职责，做好综试区建设相关工作。"),
    ("ri", ("五、工作要求。", "各成员单位要加强协作配合，认真落实联席会议议定事项，按要求报送工作信息。联席会议办公室于每年1月31日前向市政府报送上一年度综试区建设工作情况。")),
]

B_HEAD = ["联席会议职务", "姓名", "单位及职务"]
B_TABLE = [
    ["召集人", "郑立新", "市政府副市长"],
    ["副召集人", "马云飞", "市政府副秘书长"],
    ["副召集人", "高志刚", "市商务局局长"],
    ["成员", "李海燕", "市委网信办副主任"],
    ["成员", "张洪涛", "市发展改革委副主任"],
    ["成员", "王立强", "市工业和信息化局副局长"],
    ["成员", "刘　军", "市公安局副局长"],
    ["成员", "孙晓梅", "市财政局副局长"],
    ["成员", "赵庆国", "市人力资源社会保障局副局长"],
    ["成员", "陈建华", "市自然资源和规划局副局长"],
    ["成员", "杜明亮", "市交通运输局副局长"],
    ["成员", "于文静", "市商务局副局长"],
    ["成员", "韩　磊", "市市场监管局副局长"],
    ["成员", "周凤英", "市大数据局副局长"],
    ["成员", "徐国庆", "市税务局副局长"],
    ["成员", "田志远", "潍坊海关副关长"],
    ["成员", "郭丽萍", "人民银行潍坊市分行副行长"],
    ["成员", "曲海波", "市邮政管理局副局长"],
    ["成员", "宋振华", "潍坊综合保税区管委会副主任"],
    ["成员", "姜文斌", "奎文区政府副区长"],
    ["成员", "邢晓东", "寿光市政府副市长"],
]


def make_b():
    doc = new_doc()
    par(doc, "潍坊市人民政府办公室文件", east=XBS, size=30, align="center", indent=False,
        color=RED, line=50, before=24)
    par(doc, "", line=LINE)
    p = par(doc, B_NO, align="center", indent=False, after=2)
    _border(p, "bottom", "E60012", 18, 8)
    par(doc, "", line=LINE)
    par(doc, "潍坊市人民政府办公室关于建立中国（潍坊）\n跨境电子商务综合试验区建设工作\n联席会议制度的通知",
        east=XBS, size=22, align="center", indent=False, line=35)
    par(doc, "", line=LINE)
    par(doc, "各县市区人民政府（管委会），市政府各部门、各直属机构：", indent=False)
    clauses = []
    for item in B_BODY:
        kind = item[0]
        if kind in ("u", "us"):
            _, head, rest = item
            paras = rest.split("\n")
            if kind == "us":        # one paragraph with a soft line break
                par(doc, runs=[(head, KT), (rest, FS)])
            else:                   # the unit's duties continue in a second paragraph
                par(doc, runs=[(head, KT), (paras[0], FS)])
                for p2 in paras[1:]:
                    par(doc, p2)
            clauses.append(head + rest)
        else:
            clauses += emit([item], doc)
    p = par(doc, runs=[("附件：", FS), (B_ATT, FS)], indent=True, before=LINE)
    p.paragraph_format.left_indent = Pt(0)
    signature(doc, "潍坊市人民政府办公室", "2025年6月9日", "此件公开发布")

    # attachment: member list table in a new section
    new_section(doc)
    par(doc, "附件", east=HT, indent=False, align="left")
    par(doc, "中国（潍坊）跨境电子商务综合试验区\n建设工作联席会议成员名单", east=XBS, size=22,
        align="center", indent=False, line=35, after=10)
    t = doc.add_table(rows=1 + len(B_TABLE), cols=3)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    for i, h in enumerate(B_HEAD):
        cell_text(t.rows[0].cells[i], h, east=HT, size=12, align="center", line=18)
    repeat_header(t.rows[0])
    for r, row in enumerate(B_TABLE, start=1):
        for c, v in enumerate(row):
            if c == 0 and r > 1 and B_TABLE[r - 2][0] == v:
                continue
            cell_text(t.rows[r].cells[c], v, size=12, line=18,
                      align="center" if c < 2 else "left")
    r = 1
    while r <= len(B_TABLE):
        s = r
        while r + 1 <= len(B_TABLE) and B_TABLE[r][0] == B_TABLE[s - 1][0]:
            r += 1
        if r > s:
            merge_down(t, 0, s, r)
        r += 1
    set_widths(t, [30, 24, 102])
    par(doc, "", line=12)
    banji(doc,
          "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，潍坊军分区。",
          "潍坊市人民政府办公室", "2025年6月10日")
    out = HERE / "blind312_weifang_zhidu.docx"
    doc.save(out)
    to_pdf(out)

    table_clauses = [row_clause(B_HEAD, row) for row in B_TABLE]
    meta = {
        "title": B_TITLE,
        "doc_number": B_NO,
        "issuer": ["潍坊市人民政府办公室"],
        "date": "2025-06-09",
        "published": "2025-06-10",
        "level": "municipal",
        "region": "潍坊市",
        "effective": None,
        "expires": None,
        "attachments": [B_ATT],
        "doc_type": "通知",
        "recipients": ["各县市区人民政府（管委会）", "市政府各部门、各直属机构"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    all_clauses = clauses + table_clauses
    spec = {}
    for c in all_clauses:
        if c.startswith("（十一）潍坊综合保税区管委会"):
            spec[key(c)] = ["潍坊综合保税区"]
        elif c.startswith("（十二）奎文区政府"):
            spec[key(c)] = ["奎文区"]
        elif c.startswith("（十三）寿光市政府"):
            spec[key(c)] = ["寿光市"]
    EXPECTED["blind312_weifang_zhidu"] = [
        {"meta": meta, "clauses": all_clauses, "applies_to": {"specific": spec}}]


# ====================================================================
# (c) 钦州港片区管委会 — 印发《主任办公会议制度》的通知
# ====================================================================
C_ORG = "中国（广西）自由贸易试验区钦州港片区管理委员会"
C_RULE = "钦州港片区管理委员会主任办公会议制度"
C_TITLE = f"{C_ORG}关于印发《{C_RULE}》的通知"
C_NO = "钦港片管发〔2025〕9号"

C_NOTICE = [
    f"《{C_RULE}》已经2025年8月12日管委会主任办公会议审议通过，现印发给你们，请认真遵照执行。",
]

# (chapter heading or None, article text)
C_ARTS = [
    ("第一章　总　　则", "第一条　为规范中国（广西）自由贸易试验区钦州港片区管理委员会（以下简称管委会）主任办公会议（以下简称会议）议事决策程序，提高决策科学化、民主化、法治化水平，根据国家和自治区有关规定，结合片区实际，制定本制度。"),
    (None, "第二条　会议是管委会研究处理片区日常重要工作的议事决策会议，贯彻落实自治区党委、自治区人民政府和钦州市委、市人民政府关于自由贸易试验区建设的决策部署。"),
    (None, "第三条　会议坚持民主集中制原则，实行集体研究、主任决定。"),
    ("第二章　会议组成", "第四条　会议由管委会主任召集和主持；主任不在时，可以委托常务副主任召集和主持。\n会议出席人员为管委会副主任、党工委委员。根据议题需要，可以通知有关部门、直属单位主要负责人列席，必要时可以邀请钦州海关、钦州港海事局等驻片区单位负责同志列席。"),
    (None, "第五条　会议原则上每月召开1次，遇有特殊情况可以随时召开。研究大榄坪港区、三墩港区重点项目推进情况时，可以在项目现场召开。"),
    ("第三章　议事范围", "第六条　会议主要研究以下事项：\n（一）传达学习党中央、国务院和自治区、钦州市重要会议、文件精神，研究贯彻落实措施；\n（二）研究片区改革试点任务、制度创新事项和年度工作计划；\n（三）研究片区产业规划、招商引资重大项目和重大投资事项；\n（四）研究西部陆海新通道、中国—东盟港口城市合作网络等对外开放重点工作；\n（五）研究片区财政预算安排和单笔100万元以上的资金使用事项；\n（六）研究需提请钦州市委、市人民政府决定的事项；\n（七）其他需要会议研究的事项。"),
    (None, "第七条　干部任免、重大行政处罚等按规定应当由党工委会议研究的事项，不列入会议议题。"),
    ("第四章　会议程序", "第八条　会议议题由管委会各部门、直属单位提出，经分管领导审核后，报综合办公室汇总，由主任确定。未经确定的议题，一般不临时提交会议研究。"),
    (None, "第九条　提交会议研究的议题，承办部门应当事先与有关部门协商一致，并于会前3个工作日将议题材料送综合办公室。涉及重大行政决策、规范性文件的，应当经法律顾问或者公职律师进行合法性审查。"),
    (None, "第十条　会议研究议题时，先由承办部门汇报，出席人员充分发表意见，主持人最后归纳集中，作出决定。与会人员对议题意见分歧较大的，应当暂缓决定，待进一步调研论证后再提交会议研究。"),
    (None, "第十一条　会议由综合办公室负责记录并起草会议纪要，按程序报主任签发。会议纪要是落实议定事项的依据，按规定范围印发。"),
    ("第五章　执行与督办", "第十二条　会议议定事项由承办部门负责落实。综合办公室对议定事项实行台账管理，每月通报落实进展；落实中遇有重大问题的，承办部门应当及时报告。"),
    (None, "第十三条　会议议定事项在钦州综合保税区内实施的，由综合保税区管理服务中心负责落实，并及时向钦州海关报备有关监管事项；涉及围网内设施建设的，应当同步征求海关意见。"),
    (None, "第十四条　出席、列席人员应当遵守会议纪律，对会议研究的不宜公开的事项予以保密。"),
    ("第六章　附　　则", "第十五条　本制度由管委会综合办公室负责解释，自2025年9月1日起施行。\n《钦州港片区管理委员会主任办公会议规则（试行）》（钦港片管发〔2022〕14号）同时废止。"),
]
# 第十五条 uses a soft line break (Shift+Enter) before its second sentence; 第四条 and
# 第六条 are several Word paragraphs.
C_SOFT = {"第十五条"}


def make_c():
    doc = new_doc()
    par(doc, "000086", east=HT, indent=False, align="left", size=16)
    par(doc, "", line=20)
    # 版头: two-line organ name on the left, 文件 on the right (borderless table)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, "nil")
    cell_text(t.cell(0, 0), "中国（广西）自由贸易试验区", east=XBS, size=24, align="distribute",
              line=40, color=RED)
    cell_text(t.cell(1, 0), "钦州港片区管理委员会", east=XBS, size=24, align="distribute",
              line=40, color=RED)
    right = t.cell(0, 1).merge(t.cell(1, 1))
    for p in list(right.paragraphs):
        p._p.getparent().remove(p._p)
    par(right, "文件", east=XBS, size=40, align="center", indent=False, line=60, color=RED)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    set_widths(t, [122, 34])
    par(doc, "", line=LINE)
    p = par(doc, C_NO, align="center", indent=False, after=2)
    _border(p, "bottom", "E60012", 18, 8)
    par(doc, "", line=LINE)
    par(doc, "中国（广西）自由贸易试验区钦州港片区\n管理委员会关于印发《钦州港片区\n管理委员会主任办公会议制度》的通知",
        east=XBS, size=22, align="center", indent=False, line=35)
    par(doc, "", line=LINE)
    par(doc, "管委会各部门、各直属单位，各驻片区单位：", indent=False)
    for c in C_NOTICE:
        par(doc, c)
    signature(doc, C_ORG, "2025年8月18日", "此件主动公开")

    # the 制度 starts on a new page (page break, same section)
    p = par(doc, C_RULE, east=XBS, size=22, align="center", indent=False, line=35)
    p.paragraph_format.page_break_before = True
    par(doc, "", line=LINE)
    for chap, art in C_ARTS:
        if chap:
            par(doc, chap, east=HT, align="center", indent=False, keep_next=True,
                before=6, after=6)
        lab = art.split("　", 1)[0]
        if lab in C_SOFT:
            first, rest = art.split("　", 1)
            par(doc, runs=[(first + "　", HT), (rest, FS)])
        else:
            article(doc, art)
    for _ in range(2):
        par(doc, "", line=LINE)
    banji(doc,
          "抄送：自治区自由贸易试验区工作办公室，钦州市人民政府办公室，钦州海关，钦州港海事局。",
          "钦州港片区管理委员会综合办公室", "2025年8月19日")
    out = HERE / "blind312_qinzhougang_zhidu.docx"
    doc.save(out)
    to_pdf(out)

    arts = [a for _, a in C_ARTS]
    clauses = C_NOTICE + arts
    spec = {key(arts[12]): ["钦州综合保税区"]}
    assert arts[12].startswith("第十三条")
    meta = {
        "title": C_TITLE,
        "doc_number": C_NO,
        "issuer": [C_ORG],
        "date": "2025-08-18",
        "published": "2025-08-19",
        "level": "zone",
        "region": "中国（广西）自由贸易试验区钦州港片区",
        "effective": "2025-09-01",
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["管委会各部门、各直属单位", "各驻片区单位"],
        "publicity": "此件主动公开",
        "repeals": "《钦州港片区管理委员会主任办公会议规则（试行）》（钦港片管发〔2022〕14号）",
    }
    EXPECTED["blind312_qinzhougang_zhidu"] = [
        {"meta": meta, "clauses": clauses, "applies_to": {"specific": spec}}]


if __name__ == "__main__":
    make_a()
    make_b()
    make_c()
    (HERE / "expected.json").write_text(
        json.dumps(EXPECTED, ensure_ascii=False, indent=1), encoding="utf-8")
    for k, v in EXPECTED.items():
        print(k, sum(len(d["clauses"]) for d in v), "clauses")
