# ruff: noqa: E501, E402, E701, E702, E741, C408, B905, UP031
"""Blind round 138: an amending 决定 published beside the rule it changes.

Writes next to itself:
  blind138_hubei_decision.docx / .pdf    湖北省人民政府令第472号 (令 page: 版头 湖北省人民政府令,
      令号, 公布 sentence, 省长 + date) + 湖北省人民政府关于修改《中国（湖北）自由贸易试验区管理办法》
      的决定 (preamble, 一、…十、 amendment items quoting new text — one quote running over two
      paragraphs, nested ‘’ quotes —, 施行 sentence, renumbering / 重新公布 sentence), 版记.
  blind138_hubei_duizhao.docx / .pdf     《…管理办法》修改前后对照表 by 湖北省司法厅: a 3-column Word
      table 序号 | 修改前 | 修改后 whose cells hold whole articles (several 款/项 paragraphs);
      deleted words w:strike (one row w:dstrike), added words underline+bold (one row bold only),
      empty cell where an article is added or deleted, repeating header row, rows running over
      page breaks; 说明 above and 注 under the table.
  blind138_hubei_xiuzhengben.docx / .pdf 中国（湖北）自由贸易试验区管理办法 (修正本): 题注
      (2019 公布 / 2024 修正), 七章 25 条, renumbered, running page header, page numbers.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind138.py
"""
import json
import os
import re
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)
SAN_HAO, ER_HAO, SI_HAO = 16, 22, 14
LINE = Pt(28.9)

CN = "零一二三四五六七八九十"


def cn_num(n):
    if n <= 10:
        return CN[n] if n < 10 else "十"
    if n < 20:
        return "十" + (CN[n - 10] if n > 10 else "")
    t, u = divmod(n, 10)
    return CN[t] + "十" + (CN[u] if u else "")


def art(n):
    return "第%s条" % cn_num(n)


# ================================================================ content
FTZ = "中国（湖北）自由贸易试验区"
RULE = FTZ + "管理办法"
DEC_TITLE = "湖北省人民政府关于修改《" + RULE + "》的决定"
DEC_TITLE_NESTED = "湖北省人民政府关于修改〈" + RULE + "〉的决定"
LING_NO = "第472号"
OLD_LING = "湖北省人民政府令第406号"
NEW_LING = "湖北省人民政府令第472号"

# the rule as first published (2019), old numbering; multi-款/项 articles joined with \n
OLD = {
    1: "为了推进和保障中国（湖北）自由贸易试验区（以下简称自贸试验区）建设，根据《中国（湖北）自由贸易试验区总体方案》和有关法律、法规，结合本省实际，制定本办法。",
    2: "本办法适用于经国务院批准设立的自贸试验区。自贸试验区实施范围119.96平方公里，涵盖武汉片区70平方公里（含武汉东湖综合保税区5.41平方公里）、襄阳片区21.99平方公里（含襄阳保税物流中心〔B型〕0.281平方公里）、宜昌片区27.97平方公里。",
    3: "自贸试验区以制度创新为核心，以可复制可推广为基本要求，立足中部、辐射全国、走向世界，努力建设成为中部有序承接产业转移示范区、战略性新兴产业和高技术产业集聚区、全面改革开放试验田和内陆对外开放新高地。",
    4: "省人民政府设立自贸试验区工作领导小组（以下简称领导小组），研究决定自贸试验区建设中的重大事项，协调解决重大问题。",
    5: "省人民政府设立自贸试验区工作办公室（以下简称省自贸办），负责自贸试验区建设的统筹协调、督促检查和评估总结工作。省自贸办设在省商务厅。",
    6: "武汉市、襄阳市、宜昌市人民政府应当设立片区管理机构，负责本片区的规划建设、产业发展、投资促进和日常管理工作。片区管理机构的具体职责由所在地市人民政府确定。",
    7: "省人民政府有关部门应当按照各自职责，支持和推进自贸试验区建设。\n省人民政府依法将有关省级经济社会管理权限下放至片区管理机构。下放权限目录由省自贸办会同省机构编制部门拟订，报省人民政府批准后公布。",
    8: "武汉市、襄阳市、宜昌市人民政府应当在本级财政预算中安排自贸试验区建设专项资金，用于制度创新、公共服务平台建设和人才引进等。",
    9: "自贸试验区对外商投资准入特别管理措施（负面清单）之外的领域，外商投资项目实行备案制（国务院规定对国内投资项目保留核准的除外），外商投资企业设立和变更实行备案管理，由片区管理机构负责办理。",
    10: "自贸试验区推进企业投资项目承诺制改革，对不新增用地的技术改造项目，实行“标准地+承诺制”管理，企业按照承诺自主开展设计、施工。",
    11: "自贸试验区实施商事登记制度改革，开展“证照分离”改革试点，推行企业登记“一窗受理、集成服务”。",
    12: "自贸试验区支持企业开展境外投资，境外投资一般项目实行备案管理，由省商务厅、省发展改革委按照各自职责办理。",
    13: "自贸试验区建设国际贸易“单一窗口”，推动口岸监管部门信息互换、监管互认、执法互助，实现货物申报、运输工具申报和贸易许可“一站式”办理。",
    14: "自贸试验区内海关特殊监管区域实行“一线放开、二线安全高效管住”的通关监管服务模式，推进区内外联动发展。",
    15: "自贸试验区支持发展下列新型贸易业态：\n（一）跨境电子商务；\n（二）保税维修和再制造；\n（三）融资租赁。",
    16: "自贸试验区依托中欧班列（武汉）、武汉阳逻港、襄阳港和宜昌三峡枢纽港，发展铁水、公铁、空铁等多式联运，推行多式联运“一单制”。",
    17: "自贸试验区内银行业金融机构可以按照规定为区内企业和个人提供跨境人民币结算、跨境双向人民币资金池等金融服务。",
    18: "自贸试验区支持设立融资租赁公司、商业保理公司、地方资产管理公司等地方金融组织，依法对其实施监督管理。",
    19: "自贸试验区建立以信用监管为基础的事中事后监管体系，推行“双随机、一公开”监管，对市场主体实施分级分类监管。",
    20: "片区管理机构可以在片区范围内相对集中行使行政处罚权，具体事项范围由省司法行政部门拟订，报省人民政府批准后实施。",
    21: "支持武汉仲裁委员会在自贸试验区设立仲裁院，依法开展国际商事仲裁，建立商事纠纷诉讼、仲裁、调解多元化解决机制。",
    22: "自贸试验区改革创新中出现失误或者偏差，同时符合下列条件的，对有关单位和个人不作负面评价，依法免除或者减轻相关责任：\n（一）改革创新方案制定和实施程序符合有关规定的；\n（二）个人和所在单位没有牟取私利的；\n（三）未与其他单位或者个人恶意串通的。",
    23: "省自贸办应当会同有关部门对自贸试验区建设情况进行年度评估，评估结果向社会公布。",
    24: "本办法自2019年5月1日起施行。",
}

NEW5 = "领导小组办公室（以下简称省自贸办）设在省商务厅，负责自贸试验区建设的统筹协调、政策研究、督促检查、评估总结和复制推广工作，每半年向领导小组报告一次自贸试验区建设进展情况。"
NEW7_2_FROM = "报省人民政府批准后公布"
NEW7_2_TO = "报省人民政府批准后向社会公布，并根据片区承接能力实行动态调整"
NEW11 = "自贸试验区深化商事制度改革，实施“证照分离”改革全覆盖，推行企业开办“一网通办”，企业开办时间压缩至1个工作日以内。\n自贸试验区探索建立市场主体歇业备案制度和简易注销制度，对未开业或者无债权债务的市场主体，简易注销公告时间为20日。"
NEW_A12 = "自贸试验区支持企业参与共建“一带一路”，在境外经贸合作区建设、国际产能合作和对外承包工程中发挥示范引领作用。对在共建“一带一路”国家新设立境外经贸合作区并通过省级考核的企业，按照有关规定给予最高500万元奖励。"
NEW15_ITEM = "（四）市场采购贸易、离岸贸易等新型国际贸易。"
NEW20_FROM = "由省司法行政部门拟订，报省人民政府批准后实施"
NEW20_TO = "依照《中华人民共和国行政处罚法》的规定确定，并向社会公布"
NEW23 = "省自贸办应当会同有关部门建立制度创新成果评估和复制推广机制，每年对自贸试验区建设情况开展第三方评估，评估结果于次年3月31日前向社会公布。"
NEW_A24 = "片区管理机构应当与荆州、黄石、十堰等自贸试验区联动创新区建立协同发展机制，推动改革试点经验在联动创新区率先复制推广。联动创新区所在地市人民政府应当明确工作机构，参照本办法做好相关工作。"


def build_new():
    """The amended rule, new numbering: list of (new_no, text, old_no or None)."""
    o = dict(OLD)
    o[5] = NEW5
    o[7] = o[7].replace(NEW7_2_FROM, NEW7_2_TO)
    o[11] = NEW11
    o[14] = o[14].replace("海关特殊监管区域", "综合保税区")
    o[15] = o[15][:-1] + "；\n" + NEW15_ITEM
    o[20] = o[20].replace(NEW20_FROM, NEW20_TO)
    o[23] = NEW23
    seq = []
    for k in range(1, 25):
        if k == 9:
            continue
        seq.append((o[k], k))
        if k == 12:
            seq.append((NEW_A12, None))
        if k == 23:
            seq.append((NEW_A24, None))
    return [(i + 1, t, old) for i, (t, old) in enumerate(seq)]


NEW = build_new()
assert len(NEW) == 25
assert NEW[11][0] == 12 and NEW[11][2] is None and NEW[23][0] == 24 and NEW[23][2] is None
CHAPTERS_NEW = [(1, "第一章　总　　则"), (5, "第二章　管理体制"), (9, "第三章　投资开放"), (13, "第四章　贸易便利"),
                (17, "第五章　金融服务"), (19, "第六章　监管与保障"), (25, "第七章　附　　则")]

# ---------------------------------------------------------------- the 令 + 决定
LING_TEXT = "《" + DEC_TITLE_NESTED + "》已经2024年5月20日省人民政府第38次常务会议审议通过，现予公布，自2024年7月1日起施行。"
GOVERNOR = "省长　陈卫东"
DEC_DATE_CN = "2024年5月31日"
DEC_PREAMBLE = "为贯彻落实《中华人民共和国外商投资法》《优化营商环境条例》和国务院关于做好自由贸易试验区改革试点经验复制推广工作的部署，进一步深化自贸试验区改革创新，省人民政府决定对《" + RULE + "》（省人民政府令第406号）作如下修改："


def q(s):
    """quote text inside the 决定: inner “” become ‘’"""
    return s.replace("“", "‘").replace("”", "’")


DEC_ITEMS = [
    # (paragraphs as printed)
    ["一、将第五条修改为：“" + q(NEW5) + "”"],
    ["二、将第七条第二款中的“" + NEW7_2_FROM + "”修改为“" + NEW7_2_TO + "”。"],
    ["三、删去第九条。"],
    # a quote over two paragraphs: each paragraph opens with “, only the last one closes it
    ["四、将第十一条修改为：“" + q(NEW11.split("\n")[0]), "“" + q(NEW11.split("\n")[1]) + "”"],
    ["五、增加一条，作为第十二条：“" + q(NEW_A12) + "”"],
    ["六、将第十四条中的“海关特殊监管区域”修改为“综合保税区”。"],
    ["七、在第十五条中增加一项，作为第四项：“" + NEW15_ITEM + "”"],
    ["八、将第二十条中的“" + NEW20_FROM + "”修改为“" + q(NEW20_TO) + "”。"],
    ["九、将第二十三条修改为：“" + NEW23 + "”"],
    ["十、增加一条，作为第二十四条：“" + NEW_A24 + "”"],
]
DEC_TAIL = [
    "本决定自2024年7月1日起施行。",
    "《" + RULE + "》根据本决定作相应修改，并对条文顺序作相应调整，重新公布。",
]
DEC_CHAOSONG = "省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，省军区。各民主党派省委，省工商联。"
DEC_PRINTER = "湖北省人民政府办公厅"
DEC_PRINTDATE = "2024年6月3日"

# ---------------------------------------------------------------- the 对照表
# mini markup: [-x-] w:strike, [=x=] w:dstrike, {+x+} underline+bold, {*x*} bold only; \n = new paragraph in the cell
DZ_TITLE = "《" + RULE + "》修改前后对照表"
DZ_NOTE_TOP = "说明：本表根据《" + DEC_TITLE_NESTED + "》（省人民政府令第472号）编制。左栏为修改前条文，右栏为修改后条文；左栏中加删除线的文字为删去的内容，右栏中加下划线并加粗的文字为新增或者修改的内容；一栏空白的，表示该条为新增或者删去的条文。"
DZ_ROWS = [
    ("第五条　[-省人民政府设立自贸试验区工作办公室-]（以下简称省自贸办），负责自贸试验区建设的统筹协调、督促检查[-和-]评估总结工作。[-省自贸办设在省商务厅。-]",
     "第五条　{+领导小组办公室+}（以下简称省自贸办）{+设在省商务厅+}，负责自贸试验区建设的统筹协调、{+政策研究、+}督促检查{+、+}评估总结{+和复制推广+}工作{+，每半年向领导小组报告一次自贸试验区建设进展情况+}。"),
    ("第七条　" + OLD[7],
     "第七条　" + OLD[7].replace(NEW7_2_FROM, "报省人民政府批准后{+向社会+}公布{+，并根据片区承接能力实行动态调整+}")),
    ("第九条　[-" + OLD[9] + "-]", ""),
    ("第十一条　自贸试验区[-实施-]商事[-登记-]制度改革，[-开展-]“证照分离”改革[-试点-]，推行企业[-登记“一窗受理、集成服务”-]。",
     "{+第十条+}　自贸试验区{+深化+}商事制度改革，{+实施+}“证照分离”改革{+全覆盖+}，推行企业{+开办“一网通办”，企业开办时间压缩至1个工作日以内+}。\n{+" + NEW11.split("\n")[1] + "+}"),
    ("", "{+第十二条　" + NEW_A12 + "+}"),
    ("第十四条　自贸试验区内[-海关特殊监管区域-]实行“一线放开、二线安全高效管住”的通关监管服务模式，推进区内外联动发展。",
     "第十四条　自贸试验区内{*综合保税区*}实行“一线放开、二线安全高效管住”的通关监管服务模式，推进区内外联动发展。"),
    ("第十五条　" + OLD[15][:-1] + "[-。-]",
     "第十五条　" + OLD[15][:-1] + "{+；+}\n{+" + NEW15_ITEM + "+}"),
    ("第二十条　片区管理机构可以在片区范围内相对集中行使行政处罚权，具体事项范围[=" + NEW20_FROM + "=]。",
     "第二十条　片区管理机构可以在片区范围内相对集中行使行政处罚权，具体事项范围{+" + NEW20_TO + "+}。"),
    ("第二十三条　省自贸办应当会同有关部门[-对自贸试验区建设情况进行年度评估-]，评估结果向社会公布。",
     "第二十三条　省自贸办应当会同有关部门{+建立制度创新成果评估和复制推广机制，每年对自贸试验区建设情况开展第三方评估+}，评估结果{+于次年3月31日前+}向社会公布。"),
    ("", "{+第二十四条　" + NEW_A24 + "+}"),
]
DZ_NOTE_BOTTOM = "注：原第十条、第十二条、第二十四条内容未作修改，条文序号依次调整为第九条、第十一条、第二十五条，本表不再列出。"
DZ_ISSUER = "湖北省司法厅"
DZ_DATE_CN = "2024年6月5日"

MARK = re.compile(r"(\[-.*?-\]|\[=.*?=\]|\{\+.*?\+\}|\{\*.*?\*\})", re.S)


def plain(s):
    return re.sub(r"\[-|-\]|\[=|=\]|\{\+|\+\}|\{\*|\*\}", "", s)


def segments(par):
    out = []
    for piece in MARK.split(par):
        if not piece:
            continue
        if piece.startswith("[-"):
            out.append((piece[2:-2], "del"))
        elif piece.startswith("[="):
            out.append((piece[2:-2], "ddel"))
        elif piece.startswith("{+"):
            out.append((piece[2:-2], "add"))
        elif piece.startswith("{*"):
            out.append((piece[2:-2], "bold"))
        else:
            out.append((piece, ""))
    return out


# consistency: the 对照表's cells are exactly the old and new articles
_new_by_no = {n: t for n, t, _ in NEW}
for before, after in DZ_ROWS:
    if before:
        m = re.match(r"(第.+?条)　(.*)", plain(before), re.S)
        k = [k for k in OLD if art(k) == m.group(1)][0]
        assert m.group(2) == OLD[k], (m.group(1), m.group(2))
    if after:
        m = re.match(r"(第.+?条)　(.*)", plain(after), re.S)
        k = [k for k in _new_by_no if art(k) == m.group(1)][0]
        assert m.group(2) == _new_by_no[k], (m.group(1), m.group(2))

XZ_TINAO = "（2019年3月28日湖北省人民政府令第406号公布　根据2024年5月31日湖北省人民政府令第472号《" + DEC_TITLE_NESTED + "》修正）"
XZ_HEADER = "湖北省人民政府规章"


# ================================================================ docx helpers
def set_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    rfonts.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


def pfmt(p, align=None, indent_chars=0, size=SAN_HAO, line=LINE, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(size * indent_chars) if indent_chars else None
    if left is not None:
        pf.left_indent = left
    pf.line_spacing = line
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.widow_control = False


def para(container, text="", east=FS, size=SAN_HAO, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=2, bold=False, color=None, line=LINE, left=None):
    p = container.add_paragraph()
    pfmt(p, align, indent, size, line, left=left)
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def border(p, side="bottom", sz=12, color="E60012", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), sz, space, color)))


def page_break(doc):
    p = doc.add_paragraph()
    pfmt(p, None, 0)
    p.add_run().add_break(WD_BREAK.PAGE)


def add_page_field(p, size=SI_HAO):
    def r(text):
        set_font(p.add_run(text), ST, size)
    r("— ")
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        rr = p.add_run()
        set_font(rr, ST, size)
        if kind == "instr":
            el = parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>' % (nsdecls("w"), txt))
        elif kind == "text":
            el = parse_xml('<w:t %s>%s</w:t>' % (nsdecls("w"), txt))
        else:
            el = parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind))
        rr._element.append(el)
    r(" —")


def setup_page(doc, landscape=False, odd_even=True):
    s = doc.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Mm(297), Mm(210)
        s.top_margin, s.bottom_margin = Mm(28), Mm(26)
        s.left_margin, s.right_margin = Mm(37), Mm(35)
    else:
        s.page_width, s.page_height = Mm(210), Mm(297)
        s.top_margin, s.bottom_margin = Mm(37), Mm(35)
        s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(25)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN_HAO)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    if odd_even:
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp.paragraph_format.right_indent = Pt(SI_HAO)
        add_page_field(fp)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
        ep.paragraph_format.left_indent = Pt(SI_HAO)
        add_page_field(ep)
    else:
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_page_field(fp)
    return s


def banji(doc, chaosong, printer, printdate, blank_lines=0):
    for _ in range(blank_lines):
        para(doc, "", indent=0)
    p = para(doc, "", FS, SI_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI_HAO * 4)
    p.paragraph_format.first_line_indent = Pt(-SI_HAO * 3)
    p.paragraph_format.right_indent = Pt(SI_HAO)
    set_font(p.add_run("抄送：" + chaosong), FS, SI_HAO)
    border(p, "top", 12, "000000", 2)
    p = para(doc, "", FS, SI_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI_HAO)
    p.paragraph_format.right_indent = Pt(SI_HAO)
    set_font(p.add_run(printer), FS, SI_HAO)
    set_font(p.add_run("\t" + printdate + "印发"), FS, SI_HAO)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8560"/></w:tabs>' % nsdecls("w")))
    border(p, "top", 4, "000000", 2)
    border(p, "bottom", 12, "000000", 2)


def cell_paragraphs(cell, markup, size=SI_HAO, align=WD_ALIGN_PARAGRAPH.JUSTIFY):
    """Fill a table cell from markup; paragraphs separated by \n."""
    first = True
    for par_text in markup.split("\n"):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        pfmt(p, align, 0, size, Pt(22))
        if not par_text:
            continue
        for text, kind in segments(par_text):
            r = p.add_run(text)
            set_font(r, FS, size, bold=kind in ("add", "bold"))
            rpr = r._element.get_or_add_rPr()
            if kind == "del":
                rpr.append(parse_xml('<w:strike %s/>' % nsdecls("w")))
            elif kind == "ddel":
                rpr.append(parse_xml('<w:dstrike %s/>' % nsdecls("w")))
            elif kind == "add":
                rpr.append(parse_xml('<w:u %s w:val="single"/>' % nsdecls("w")))


def cell_margins(tbl, top=60, bottom=60, left=100, right=100):
    tblPr = tbl._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblCellMar %s><w:top w:w="%d" w:type="dxa"/><w:left w:w="%d" w:type="dxa"/>'
        '<w:bottom w:w="%d" w:type="dxa"/><w:right w:w="%d" w:type="dxa"/></w:tblCellMar>' % (nsdecls("w"), top, left, bottom, right)))


def fixed_widths(tbl, widths):
    tblPr = tbl._tbl.tblPr
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in tbl.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


# ================================================================ file 1: 令 + 决定
def build_decision():
    doc = Document()
    setup_page(doc)
    # --- 令 page
    for _ in range(3):
        para(doc, "", indent=0)
    p = para(doc, "", XBZ, 48, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(60))
    r = p.add_run("湖北省人民政府令")
    set_font(r, XBZ, 48, color=RED)
    r._element.get_or_add_rPr().append(parse_xml('<w:spacing %s w:val="20"/>' % nsdecls("w")))
    para(doc, "", indent=0)
    p = para(doc, LING_NO, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0)
    border(p, "bottom", 18, "E60012", 8)
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    para(doc, LING_TEXT)
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    p = para(doc, GOVERNOR, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * 4)
    p = para(doc, DEC_DATE_CN, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * 4)
    page_break(doc)
    # --- the 决定: title typed with a soft line break, then the text
    p = para(doc, "", XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    r = p.add_run("湖北省人民政府关于修改")
    set_font(r, XBZ, ER_HAO)
    r.add_break()
    set_font(p.add_run("《" + RULE + "》的决定"), XBZ, ER_HAO)
    para(doc, "", indent=0)
    para(doc, DEC_PREAMBLE)
    for item in DEC_ITEMS:
        for t in item:
            para(doc, t)
    for t in DEC_TAIL:
        para(doc, t)
    page_break(doc)
    banji(doc, DEC_CHAOSONG, DEC_PRINTER, DEC_PRINTDATE, blank_lines=17)
    out = os.path.join(HERE, "blind138_hubei_decision.docx")
    doc.save(out)
    return out


# ================================================================ file 2: 对照表
def build_duizhao():
    doc = Document()
    setup_page(doc)
    para(doc, "", indent=0)
    para(doc, DZ_TITLE, XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, "", indent=0)
    p = para(doc, DZ_NOTE_TOP, KT, SI_HAO, WD_ALIGN_PARAGRAPH.JUSTIFY, 2, line=Pt(24))
    para(doc, "", indent=0, size=SI_HAO, line=Pt(12))
    tbl = doc.add_table(rows=1 + len(DZ_ROWS), cols=3)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(14), Mm(71), Mm(71)]
    fixed_widths(tbl, widths)
    cell_margins(tbl)
    hdr = tbl.rows[0]
    hdr._tr.get_or_add_trPr().append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))  # repeats on every page
    for ci, t in enumerate(["序号", "修改前", "修改后"]):
        c = hdr.cells[ci]
        p = c.paragraphs[0]
        pfmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, SI_HAO, Pt(24))
        set_font(p.add_run(t), HT, SI_HAO)
        c._tc.get_or_add_tcPr().append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="D9D9D9"/>' % nsdecls("w")))
    for ri, (before, after) in enumerate(DZ_ROWS, start=1):
        row = tbl.rows[ri]
        c0 = row.cells[0]
        p = c0.paragraphs[0]
        pfmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, SI_HAO, Pt(22))
        set_font(p.add_run(str(ri)), FS, SI_HAO)
        c0._tc.get_or_add_tcPr().append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))
        cell_paragraphs(row.cells[1], before)
        cell_paragraphs(row.cells[2], after)
        # rows may break across pages (no w:cantSplit) — as Word does by default
    p = para(doc, DZ_NOTE_BOTTOM, FS, 12, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(22))
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    p = para(doc, DZ_ISSUER, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * 4)
    p = para(doc, DZ_DATE_CN, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * 3.5)
    out = os.path.join(HERE, "blind138_hubei_duizhao.docx")
    doc.save(out)
    return out


# ================================================================ file 3: 修正本
def build_xiuzhengben():
    doc = Document()
    s = setup_page(doc, odd_even=False)
    hp = s.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(hp.add_run(XZ_HEADER), ST, 10.5)
    border(hp, "bottom", 6, "000000", 1)
    para(doc, "", indent=0)
    para(doc, RULE, XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, "", indent=0)
    p = para(doc, XZ_TINAO, KT, SAN_HAO, WD_ALIGN_PARAGRAPH.JUSTIFY, 0, left=Pt(SAN_HAO * 2))
    p.paragraph_format.right_indent = Pt(SAN_HAO * 2)
    para(doc, "", indent=0)
    chap = dict(CHAPTERS_NEW)
    for n, text, _old in NEW:
        if n in chap:
            if n != 1:
                para(doc, "", indent=0)
            para(doc, chap[n], HT, SAN_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0)
            para(doc, "", indent=0)
        parts = text.split("\n")
        p = para(doc, "")
        set_font(p.add_run(art(n)), HT, SAN_HAO)
        set_font(p.add_run("　" + parts[0]), FS, SAN_HAO)
        for t in parts[1:]:
            para(doc, t)
    out = os.path.join(HERE, "blind138_hubei_xiuzhengben.docx")
    doc.save(out)
    return out


def to_pdf(docx_path):
    prof = "/tmp/lo_138"
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ expected.json
def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


def expected():
    # ---------------- 决定
    dec_clauses = [LING_TEXT, DEC_PREAMBLE] + ["\n".join(it) for it in DEC_ITEMS] + DEC_TAIL
    dec = {
        "meta": {
            "title": DEC_TITLE,
            "doc_number": NEW_LING,
            "issuer": ["湖北省人民政府"],
            "date": "2024-05-31",
            "published": "2024-05-31",
            "printed": "2024-06-03",
            "meeting": "2024-05-20 省人民政府第38次常务会议",
            "level": "provincial",
            "region": "湖北省",
            "effective": "2024-07-01",
            "expires": None,
            "attachments": [],
            "doc_type": "决定（以省人民政府令公布）",
            "recipients": [],
            "publicity": None,
            "signed_by": "省长 陈卫东",
            "amends": RULE + "（" + OLD_LING + "，2019-03-28公布）",
        },
        "clauses": dec_clauses,
        "applies_to": {
            "default": "湖北省（中国（湖北）自由贸易试验区）",
            "specific": {
                "十、（新第二十四条）": "荆州市、黄石市、十堰市的自贸试验区联动创新区（and the three 片区）",
            },
            "note": "Items 一、…九、 change articles that apply to the whole 自贸试验区 (武汉、襄阳、宜昌片区 together); 共建“一带一路”国家 (五、) does not place the item abroad. 省商务厅/省司法行政部门/省机构编制部门 are organs, not places. 第二条's 片区 list is not touched by this 决定.",
        },
        "_note": (
            "Furniture, not clauses: the red 版头 湖北省人民政府令 and the 令号 第472号 with the red rule (→ doc_number 湖北省人民政府令第472号; the 令 header must not become the title); "
            "the 令 signature 省长　陈卫东 and 2024年5月31日 (→ signed_by/date); the 决定 title (one paragraph with a soft line break after 关于修改 — must be re-joined with no stray space/newline); "
            "版记 after 17 blank paragraphs on its own page (抄送：… / 湖北省人民政府办公厅 2024年6月3日印发); footer “— N —” right on odd pages, left on even pages. "
            "The 令's 公布 sentence (《…决定》已经…审议通过，现予公布，自2024年7月1日起施行。) is a clause (it carries the 施行 date); treating the 令 and the 决定 as two documents is tolerable if both keep their text. "
            "The 决定 has no 主送, no 附件, no 落款 of its own. date = 2024-05-31 (令 signature = 公布); 2024-05-20 is the 常务会议 date, 2024-06-03 the 印发 date in the 版记, 2024-07-01 the 施行 date = effective; 2019-05-01 (inside no clause here) and 2019-03-28 belong to the amended rule. "
            "Each amendment item 一、…十、 is ONE clause: it names the article it changes by its OLD number (一、第五条, 三、删去第九条, 四、第十一条, 六、第十四条…) except the two 增加一条，作为第十二条/第二十四条, which give the NEW number; a reader must not read “第五条”“第十二条” inside an item as the start of an article, nor split an item at its quoted text. "
            "Item 四、 quotes two paragraphs: by Chinese quoting convention the second paragraph opens with “ again and only it closes with ” — the two paragraphs are one item (split into two clauses = medium: the second half, the 简易注销20日 rule, loses its item label 四、 and reads as a stray clause). "
            "Inside the quotes, quotation marks nested in the new text are printed as ‘一带一路’ / ‘证照分离’ (single quotes) — they must not be turned into new quotes or break the clause. "
            "The last two paragraphs (本决定自2024年7月1日起施行。 / 《…》根据本决定作相应修改，并对条文顺序作相应调整，重新公布。) are clauses; the second one is the renumbering sentence — an analyst must learn from it that article numbers changed (old 第十条→第九条, 第十一条→第十条, 第十二条→第十一条, 第二十四条→第二十五条)."
        ),
        "_pdf": {
            "note": "same expected metadata and clauses as the .docx. PDF furniture: page numbers “— N —” alternating right/left; page 1 is the 令 page (版头 in red 48pt, 令号, sentence, 省长 signature); the 版记 sits alone on the last page. The soft break in the title becomes two lines. The two-paragraph quote in 四、 prints as two indented lines-groups, the second starting with “.",
        },
    }
    # ---------------- 对照表
    hdr = ["序号", "修改前", "修改后"]
    rows = [row_clause(hdr, [str(i), plain(b), plain(a)]) for i, (b, a) in enumerate(DZ_ROWS, start=1)]
    dz = {
        "meta": {
            "title": DZ_TITLE,
            "doc_number": None,
            "issuer": [DZ_ISSUER],
            "date": "2024-06-05",
            "level": "provincial",
            "region": "湖北省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "对照表（修改前后条文对照）",
            "recipients": [],
            "publicity": None,
            "relates_to": NEW_LING + " " + DEC_TITLE,
        },
        "clauses": [DZ_NOTE_TOP] + rows + [DZ_NOTE_BOTTOM],
        "applies_to": {
            "default": "湖北省（中国（湖北）自由贸易试验区）",
            "specific": {
                "row 10 (新第二十四条)": "荆州市、黄石市、十堰市的自贸试验区联动创新区",
            },
            "note": "The table compares texts; no row applies to a single 片区. 共建“一带一路”国家 (row 5) is not a place of application.",
        },
        "_note": (
            "Furniture: the title (one paragraph), the 落款 湖北省司法厅 / 2024年6月5日, footer page numbers. The 说明 paragraph above the table (楷体) and the 注 under it are clauses (the 注 tells the analyst which articles were only renumbered). "
            "The table: 3 columns 序号 | 修改前 | 修改后, header row marked w:tblHeader (repeats on every printed page — in the .docx it is ONE row), 10 body rows, fixed widths. Each row is ONE clause “序号：N；修改前：…；修改后：…”; an empty cell is omitted (row 3: no 修改后 — 第九条 deleted; rows 5 and 10: no 修改前 — 第十二条 and 第二十四条 added); writing “修改后：（空）/（删除）” is equally fine. "
            "Cells hold whole articles, several of them in more than one paragraph (row 2 第七条 two 款; row 4 new 第十条 two 款; row 7 第十五条 lead-in + （一）…（四） items) — paragraphs inside a cell are joined with \\n in the expected text; a cell's paragraphs must not become separate clauses or lose their row (medium), and a row must not be glued to the next row. "
            "Strike-through and underline: in 修改前 the words deleted by the amendment carry w:strike (row 8 w:dstrike, double strike); in 修改后 the added/changed words carry underline+bold (row 6 bold only, no underline; row 4's new number 第十条 is underlined). "
            "Expected text KEEPS the struck-through words in 修改前 and the underlined words in 修改后, because each column is, by the table's own 说明, the complete article text before / after the amendment: dropping struck words would turn 修改前 into a text that never existed (row 1 would lose 省人民政府设立自贸试验区工作办公室 and 省自贸办设在省商务厅。, row 3's deleted 第九条 would become an empty cell, row 7 would lose its final 。), i.e. it would misstate the old law — HIGH if a reader drops them. "
            "Marking them (e.g. ~~…~~ / [删除：…] / [新增：…]) is better than plain keeping and not required; keeping them unmarked loses only what the formatting said about which words changed (low — the analyst can diff the two columns). "
            "Row 3 (修改前 第九条 entirely struck, 修改后 empty) is a deletion; rows 5 and 10 (修改前 empty, 修改后 entirely underlined+bold) are additions — a reader that drops empty-cell rows, or shifts cells left so that the added article appears under 修改前, gets the direction of the amendment backwards (high). "
            "The body rows are not articles of a rule in force: the 第X条 at the start of each cell must not make the reader split the table into articles or take this file for the 管理办法 itself; article labels in 修改前 use OLD numbers, in 修改后 NEW numbers (row 4: 第十一条 → 第十条)."
        ),
        "_pdf": {
            "note": "same expected metadata and clauses. In the PDF the strike-through and underline are drawn lines, not text: struck words appear in the text layer as ordinary words (keeping them is the right reading; marking them needs the graphics). The header row 序号 | 修改前 | 修改后 is printed again at the top of every page (furniture after page 1 — it must not become a clause or a row). Rows run over page breaks: a cell's text is cut at the page bottom and continues in the same row on the next page, under the repeated header — the two parts must be re-joined into one row (a row split into two clauses, or its continuation glued to the next row, is medium/high). Which rows are split depends on LibreOffice's layout; see the pages listed under split_rows.",
        },
    }
    # ---------------- 修正本
    chap = dict(CHAPTERS_NEW)
    xz_clauses = [art(n) + "　" + t for n, t, _ in NEW]
    chapter_of = {}
    cur = None
    for n, _t, _o in NEW:
        if n in chap:
            cur = chap[n].replace("　", "").replace(" ", "")
        chapter_of[art(n)] = cur
    xz = {
        "meta": {
            "title": RULE,
            "doc_number": OLD_LING,
            "amended_by": NEW_LING + "《" + DEC_TITLE_NESTED + "》",
            "issuer": ["湖北省人民政府"],
            "date": "2024-05-31",
            "first_published": "2019-03-28",
            "level": "provincial",
            "region": "湖北省",
            "effective": "2019-05-01",
            "effective_of_amendment": "2024-07-01 (stated only in the 决定, not in this file)",
            "expires": None,
            "attachments": [],
            "doc_type": "规章（办法，修正本）",
            "recipients": [],
            "publicity": None,
            "chapters": [c.replace("　", "") for _, c in CHAPTERS_NEW],
            "article_count": 25,
        },
        "clauses": xz_clauses,
        "applies_to": {
            "default": "湖北省（中国（湖北）自由贸易试验区：武汉片区、襄阳片区、宜昌片区）",
            "specific": {
                "第二条": "武汉片区（含武汉东湖综合保税区）、襄阳片区（含襄阳保税物流中心〔B型〕）、宜昌片区 — all three = the whole 自贸试验区",
                "第六条": "武汉市、襄阳市、宜昌市",
                "第八条": "武汉市、襄阳市、宜昌市",
                "第十六条": "武汉（中欧班列（武汉）、武汉阳逻港）、襄阳港、宜昌三峡枢纽港",
                "第二十一条": "武汉（武汉仲裁委员会 — an organ; the 仲裁院 sits in the 自贸试验区）",
                "第二十四条": "荆州市、黄石市、十堰市的自贸试验区联动创新区",
            },
            "note": "第十二条's 共建“一带一路”国家 is not a place of application. 省商务厅/省发展改革委 are organs.",
        },
        "_note": (
            "Furniture: running page header 湖北省人民政府规章 (with a rule under it, on every page), the title 中国（湖北）自由贸易试验区管理办法, footer page numbers “— N —” (centred). "
            "The 题注 under the title — （2019年3月28日湖北省人民政府令第406号公布　根据2024年5月31日湖北省人民政府令第472号《…决定》修正） — is metadata (first_published 2019-03-28, doc_number 第406号, amended 2024-05-31 by 第472号), not a clause (as a clause: low); the reader should not take 第472号 as this rule's number or 2019-03-28 as the only date without recording the 2024 修正 (medium: an analyst could not tell the amended text from the 2019 text). "
            "Chapter headings 第一章　总　　则 … 第七章　附　　则 (黑体, centred, with wide spaces in 总则/附则) are headings, not clauses — they belong in each article's path (chapter_of below); 总　　则 must be read as 总则. "
            "Each 第X条 is ONE clause, text beginning with its number (第X条 printed in 黑体 then a full-width space); articles in several paragraphs (第七条 two 款, 第十条 two 款, 第十五条 lead-in + （一）…（四）, 第二十二条 lead-in + （一）…（三）) are one clause with \\n between paragraphs — splitting 款/项 into child clauses is tolerable (low) if each keeps its article (第十五条（四）…), HIGH if the second 款 becomes an unlabelled clause or is glued to the next article. "
            "Numbering is the NEW numbering (25 articles; the deleted old 第九条 is absent; new 第十二条 and 第二十四条 are present); no article number may be skipped or duplicated. "
            "effective: the text itself says 本办法自2019年5月1日起施行 (第二十五条) — that is what this file states; the amendments took effect on 2024-07-01 per the 决定 (not stated here). A reader giving 2019-05-01 is right for this file; date 2024-05-31 (修正) vs 2019-03-28 (公布) — expected 2024-05-31 with 2019-03-28 kept as first_published; 2019-03-28 alone is low/medium."
        ),
        "chapter_of": chapter_of,
        "_pdf": {
            "note": "same expected metadata and clauses. PDF furniture: the running header 湖北省人民政府规章 on every page, page numbers at the bottom centre. Articles run over page breaks (the continuation must stay in the same article).",
        },
    }
    return {
        "blind138_hubei_decision": [dec],
        "blind138_hubei_duizhao": [dz],
        "blind138_hubei_xiuzhengben": [xz],
    }


def split_rows_in_pdf(pdf_path):
    """Which 对照表 rows LibreOffice's layout cut over a page break (measured with pdfplumber)."""
    import pdfplumber
    found = {}
    last = None
    with pdfplumber.open(pdf_path) as pdf:
        for i, page in enumerate(pdf.pages, start=1):
            for t in page.extract_tables():
                body = [r for r in t if (r[0] or "").strip() != "序号"]
                if body and not (body[0][0] or "").strip() and last is not None:
                    cont = " | ".join((c or "").replace("\n", "") for c in body[0][1:])
                    found["row %s" % last] = "cut at the foot of page %d, continues at the top of page %d under the repeated header: %s" % (i - 1, i, cont)
                for r in body:
                    if (r[0] or "").strip():
                        last = r[0].strip()
    return found


def main():
    os.makedirs("/tmp/lo_138", exist_ok=True)
    outs = [build_decision(), build_duizhao(), build_xiuzhengben()]
    for f in outs:
        to_pdf(f)
    exp = expected()
    # record which 对照表 row starts each PDF page (layout-dependent facts, measured, not assumed)
    exp["blind138_hubei_duizhao"][0]["_pdf"]["split_rows"] = split_rows_in_pdf(os.path.join(HERE, "blind138_hubei_duizhao.pdf"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    print("wrote", *outs)


if __name__ == "__main__":
    main()
