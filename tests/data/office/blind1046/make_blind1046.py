# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1046: 省政府办公厅 自贸试验区联席会议 通知 (WPS style), Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
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
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY

expected = {}


# ---------------------------------------------------------------- helpers
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


def fmt(p, align=J, indent=True, line=28, before=0, after=0, first=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(32)
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or plain str.
    A text of "\\n" inserts a manual line break (Shift+Enter)."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        if text == "\n":
            font(p.add_run(), name, size).add_break(WD_BREAK.LINE)
        else:
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
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.7), Cm(2.5)
    s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    # WPS-style page number "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        r = fp.add_run("1" if kind == "text" else None)
        font(r, SONG, 14)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>'
                                  % (nsdecls("w"), txt)))
        elif kind != "text":
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=10.5, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(14)
    p.paragraph_format.first_line_indent = Pt(0)
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(t, widths_cm):
    t.autofit = False
    for i, w in enumerate(widths_cm):
        t.columns[i].width = Cm(w)
    for row in t.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1, line=14)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24, align=L)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24, align=L)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Pt(430), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


def attach_head(doc, label, title_lines):
    p = add_par(doc, [(label, HT, 16, False)], indent=False, align=L)
    p.paragraph_format.page_break_before = True
    for t in title_lines:
        add_par(doc, [(t, XBS, 22, False)], indent=False, align=C, line=34)
    empty(doc, 1)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1046", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) for 一、二、 headings ------
_next_abs = [700]


def make_numbering(doc, lvl_text="%1、"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text, HT, HT, HT))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, aid)))
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), nid)))


def pad(name):
    """Offices pad two-character names with a full-width space: 郑华 -> 郑　华."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 else name


def member_key(label, name, title):
    return ("%s：" % label if label else "") + name + " " + title


# =================================================================== DOC A
def doc_fujian():
    stem = "blind1046_fujian_lxhy"
    doc = Document()
    setup(doc)
    clauses = []

    # 红头 with 文件
    add_par(doc, [("福建省人民政府办公厅文件", XBS, 36, False, RED)],
            align=C, indent=False, line=56, before=10)
    empty(doc, 1)
    p = add_par(doc, "闽政办〔2026〕11号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title wrapped at an odd place
    add_par(doc, [("福建省人民政府办公厅关于建立中国（福建）", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("自由贸易试验区建设联席会议制度的通知", XBS, 22, False)],
            align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各设区市人民政府，平潭综合实验区管委会，省人民政府各部门、各直属机构：",
            indent=False)

    nid = make_numbering(doc)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], indent=False)
        apply_num(p, nid)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为深入实施自由贸易试验区提升战略，统筹推进中国（福建）自由贸易试验区（以下简称福建自贸试验区）建设，深化与共建“一带一路”国家和地区经贸合作，经省人民政府同意，建立中国（福建）自由贸易试验区建设联席会议（以下简称联席会议）制度。现将有关事项通知如下：")
    head("主要职责")
    body("统筹协调福建自贸试验区建设中的重大问题，研究提出制度创新和扩大开放的政策措施；协调推进福州、厦门、平潭片区差异化发展，推动与21世纪海上丝绸之路核心区建设联动；完成省委、省政府交办的其他事项。")
    head("组成人员")
    body("省人民政府分管副省长担任召集人，省人民政府协助分管副秘书长、省商务厅主要负责同志担任副召集人，省委台港澳办、省发展改革委等17个部门和单位有关负责同志为成员（名单见附件1）。联席会议办公室设在省商务厅（省自贸办），办公室主任由省商务厅分管负责同志兼任。各成员单位确定1名处级干部为联络员（名单见附件2）。")
    head("工作要求")
    runin("（一）定期会商。", "联席会议原则上每半年召开一次全体会议，由召集人或其委托的副召集人主持，以纪要形式明确议定事项。")
    runin("（二）信息共享。", "各成员单位于每季度结束后10个工作日内将工作情况报送联席会议办公室。")
    empty(doc, 1)
    # 附件 list: 1． with full-width dot, second line aligned with typed spaces
    add_par(doc, "附件：1．中国（福建）自由贸易试验区建设联席会议成员名单", indent=True, align=L)
    p = add_par(doc, "      2．中国（福建）自由贸易试验区建设联席会议联络员" , indent=True, align=L)
    p.runs[-1].add_break(WD_BREAK.LINE)
    font(p.add_run("          名单"), FS, 16)
    empty(doc, 1)
    # 落款 with tabs
    p = add_par(doc, "\t福建省人民政府办公厅", indent=False, align=L)
    p.paragraph_format.tab_stops.add_tab_stop(Pt(250))
    p = add_par(doc, "\t2026年2月26日", indent=False, align=L)
    p.paragraph_format.tab_stops.add_tab_stop(Pt(266))
    add_par(doc, "（此件主动公开）", indent=True, align=L)

    # ---------------- 附件1 成员名单 (tabs + spaces)
    attach_head(doc, "附件1", ["中国（福建）自由贸易试验区建设", "联席会议成员名单"])
    members = [
        ("召 集 人", "郑华", "省人民政府副省长", "tab"),
        ("副召集人", "林国强", "省人民政府副秘书长", "tab"),
        (None, "黄志鹏", "省商务厅厅长", "tab"),
        ("成　　员", "陈文彬", "省委台港澳办副主任", "tab"),
        (None, "吴建平", "省发展改革委副主任", "tab"),
        (None, "叶晓东", "省工业和信息化厅副厅长", "tab"),
        (None, "许丽萍", "省司法厅副厅长", "space"),
        (None, "蔡明辉", "省财政厅副厅长", "space"),
        (None, "郭振宇", "省自然资源厅副厅长", "tab"),
        (None, "严志强", "省交通运输厅副厅长", "tab"),
        (None, "李卫东", "省市场监管局副局长", "tab"),
        (None, "张海燕", "省地方金融管理局副局长", "tab"),
        (None, "刘建新", "省商务厅副厅长、省自贸办主任", "tab"),
        (None, "王立军", "福州海关副关长", "tab"),
        (None, "何晓川", "厦门海关副关长", "tab"),
        (None, "潘宏", "人民银行福建省分行副行长", "tab"),
        (None, "谢振华", "国家金融监督管理总局福建监管局副局长", "tab"),
        (None, "方志远", "福州市人民政府副市长", "tab"),
        (None, "魏云", "厦门市人民政府副市长", "space"),
        (None, "邱国明", "平潭综合实验区管委会副主任", "tab"),
    ]
    for label, name, title, how in members:
        if how == "tab":
            txt = (label + "：" if label else "") + "\t" + pad(name) + "\t" + title
        else:  # clerk typed half-width spaces instead of tabs on some lines
            txt = " " * 12 + pad(name) + "    " + title
        p = add_par(doc, txt, indent=False, align=L, line=25)
        p.paragraph_format.tab_stops.add_tab_stop(Pt(96))
        p.paragraph_format.tab_stops.add_tab_stop(Pt(150))
        clauses.append(member_key(label.replace(" ", "").replace("\u3000", "") if label else None,
                                  name, title))

    # ---------------- 附件2 联络员名单 table (5 columns, repeated header, merged 单位)
    attach_head(doc, "附件2", ["中国（福建）自由贸易试验区建设", "联席会议联络员名单"])
    header = ["单位", "姓名", "职务", "办公电话", "手机"]
    rows = [
        ["省商务厅", "陈志远", "自贸区处处长", "0591-87853216", "13905915826"],
        ["省商务厅", "林静", "自贸区处一级主任科员", "0591-87853218", "１８６５０７０２２３１"],
        ["省委台港澳办", "黄晓东", "经济处副处长", "０５９１－８７０６３４２８", "13859012673"],
        ["省发展改革委", "吴磊", "对外开放处处长", "0591-87064122", "13609501187"],
        ["省工业和信息化厅", "郑亚楠", "综合处副处长", "0591-87843105", "15980213396"],
        ["省司法厅", "许文杰", "立法二处处长", "0591-87518026", "13799318204"],
        ["省财政厅", "蔡雅琴", "经济建设处副处长", "0591-87091354", "１３９６０８５７６１０"],
        ["省自然资源厅", "郭晨", "国土空间规划局副局长", "0591-87675230", "13805067742"],
        ["省交通运输厅", "严斌", "综合规划处处长", "0591－87077618", "18950408861"],
        ["省市场监管局", "李婷", "登记注册局副局长", "0591-88119072", "13515012398"],
        ["省地方金融管理局", "张卫华", "金融发展处处长", "0591-87857361", "13950425507"],
        ["福州海关", "王海川", "自贸区和特殊区域发展处处长", "0591-87096315", "13705918932"],
        ["厦门海关", "何振", "自贸区和特殊区域发展处副处长", "0592－5898215", "13906009147"],
        ["人民银行福建省分行", "潘晓燕", "跨境办主任", "0591-87832765", "13600815276"],
        ["国家金融监督管理总局福建监管局", "谢明", "办公室副主任", "0591-87809124", "18659116028"],
        ["福州市人民政府", "方旭", "市商务局副局长", "0591—83321657", "13859088415"],
        ["厦门市人民政府", "魏琳", "市商务局二级调研员", "0592-2855731", "13959202254"],
        ["平潭综合实验区管委会", "邱斌", "经济发展局副局长", "0591-86177023", "13313875062"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 10.5)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    # 省商务厅 two liaisons: merge the 单位 cell vertically
    m = t.cell(1, 0).merge(t.cell(2, 0))
    set_cell(m, "省商务厅", FS, 10.5)
    col_widths(t, [3.9, 1.5, 3.9, 3.4, 3.1])

    banji(doc, "抄送：省委办公厅，省人大常委会办公厅，省政协办公厅。",
          "福建省人民政府办公厅", "2026年2月27日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "福建省人民政府办公厅关于建立中国（福建）自由贸易试验区建设联席会议制度的通知",
            "doc_number": "闽政办〔2026〕11号",
            "issuer": ["福建省人民政府办公厅"],
            "date": "2026-02-26",
            "published": None,
            "level": "provincial",
            "region": "福建省",
            "effective": None,
            "expires": None,
            "attachments": ["中国（福建）自由贸易试验区建设联席会议成员名单",
                            "中国（福建）自由贸易试验区建设联席会议联络员名单"],
            "doc_type": "通知",
            "recipients": ["各设区市人民政府", "平潭综合实验区管委会",
                           "省人民政府各部门", "各直属机构"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_yunnan():
    stem = "blind1046_yunnan_guize"
    doc = Document()
    setup(doc)
    clauses = []

    # 函 format: red organ name only, red double rule, 文号 right under the rule
    p = add_par(doc, [("云南省人民政府办公厅", XBS, 36, False, RED)],
                align=C, indent=False, line=56, before=10)
    border(p, "bottom", "FF0000", 36, 10, val="thickThinSmallGap")
    p = add_par(doc, "云政办函〔2026〕31号", align=R, indent=False, before=6)
    p.paragraph_format.right_indent = Pt(16)
    empty(doc, 1)
    # title over three lines, wrapped at odd places
    for t in ("云南省人民政府办公厅关于调整中国（云南）",
              "自由贸易试验区工作联席会议组成人员",
              "并印发工作规则的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "昆明市、红河州、德宏州人民政府，省直有关部门，有关中央驻滇单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    # intro paragraph with a manual line break (Shift+Enter) in the middle
    a = "为进一步加强对中国（云南）自由贸易试验区（以下简称云南自贸试验区）建设的统筹协调，推动昆明、红河、德宏片区建设面向南亚东南亚辐射中心的重要支点，"
    b = "更好服务和融入共建“一带一路”，根据工作需要和人员变动情况，经省人民政府同意，对中国（云南）自由贸易试验区工作联席会议（以下简称联席会议）组成人员进行调整，并制定联席会议工作规则。现将有关事项通知如下："
    clauses.append(a + b)
    add_par(doc, [(a, FS, 16, False), ("\n", FS, 16, False), (b, FS, 16, False)])
    body("一、联席会议由省人民政府分管副省长担任召集人，省人民政府协助分管副秘书长、省商务厅厅长担任副召集人，省委外办、省发展改革委、省工业和信息化厅、省财政厅、省自然资源厅、省交通运输厅、省商务厅、省市场监管局、昆明海关、人民银行云南省分行、昆明市人民政府、红河州人民政府、德宏州人民政府等13个部门和单位有关负责同志为成员。")
    body("二、联席会议办公室设在省商务厅，办公室主任由省商务厅分管副厅长兼任。各成员单位确定1名处级干部为联络员，联络员名单由联席会议办公室另行印发。")
    body("三、各成员单位要按照《中国（云南）自由贸易试验区工作联席会议工作规则》（见附件）要求，各司其职、密切配合，形成推进云南自贸试验区高质量发展的工作合力。")
    body("《云南省人民政府办公厅关于建立中国（云南）自由贸易试验区工作联席会议制度的通知》（云政办函〔2019〕96号）同时废止。")
    empty(doc, 1)
    add_par(doc, "附件：中国（云南）自由贸易试验区工作联席会议工作规则", align=L)
    empty(doc, 2)
    # 落款 with full-width spaces, date in Chinese numerals
    add_par(doc, "\u3000" * 14 + "云南省人民政府办公厅", indent=False, align=L)
    add_par(doc, "\u3000" * 15 + "二〇二六年五月九日", indent=False, align=L)
    add_par(doc, "（此件公开发布）", align=L)

    # ---------------- 附件2 工作规则 (第X条, items as own paragraphs)
    attach_head(doc, "附件", ["中国（云南）自由贸易试验区", "工作联席会议工作规则"])

    def article(no, text, items=()):
        clauses.append(no + "\u3000" + text + "".join(items))
        add_par(doc, [(no, HT, 16, False), ("\u3000" + text, FS, 16, False)])
        for it in items:
            add_par(doc, it)

    article("第一条", "为规范中国（云南）自由贸易试验区工作联席会议（以下简称联席会议）运行，提高议事协调效率，制定本规则。")
    article("第二条", "联席会议在省委、省政府领导下开展工作，主要职责是：", [
        "（一）贯彻落实党中央、国务院关于自由贸易试验区建设的决策部署，研究提出云南自贸试验区改革创新的思路和政策措施；",
        "（二）统筹协调昆明、红河、德宏片区建设中的重大问题，推动片区差异化探索和联动发展；",
        "(三)推进面向南亚东南亚的投资贸易便利化，深化与澜湄合作国家及其他共建“一带一路”国家的经贸合作；",
        "（四）组织开展制度创新成果总结评估和复制推广；",
        "（五）完成省委、省政府交办的其他事项。"])
    article("第三条", "联席会议召集人负责召集全体会议，审定会议议题和会议纪要；副召集人协助召集人工作，受召集人委托主持会议。")
    article("第四条", "联席会议原则上每半年召开一次全体会议。根据工作需要，经召集人同意，可以临时召开全体会议或者专题会议，专题会议可由副召集人主持，有关成员单位参加。")
    article("第五条", "联席会议议题由成员单位提出，经联席会议办公室汇总、协调后报召集人确定。提交会议研究的议题，提出单位应当事先与相关成员单位沟通协商。")
    article("第六条", "联席会议以会议纪要形式明确议定事项，经召集人签发后印发各成员单位。涉及重大事项的，按程序报省委、省政府决定。")
    article("第七条", "联席会议办公室承担以下工作：", [
        "（一）筹备联席会议，起草会议纪要；",
        "（二）跟踪督促会议议定事项落实，定期通报进展情况；",
        "（三）收集汇总成员单位工作情况，编发工作简报。"])
    article("第八条", "各成员单位应当于每季度结束后10日内，将本单位推进云南自贸试验区建设工作情况书面报送联席会议办公室。")
    article("第九条", "本规则由联席会议办公室负责解释。")
    article("第十条", "本规则自2026年6月1日起施行，有效期至2031年5月31日。")

    banji(doc, "抄送：省委办公厅，省人大常委会办公厅，省政协办公厅。",
          "云南省人民政府办公厅", "2026年5月9日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "云南省人民政府办公厅关于调整中国（云南）自由贸易试验区工作联席会议组成人员并印发工作规则的通知",
            "doc_number": "云政办函〔2026〕31号",
            "issuer": ["云南省人民政府办公厅"],
            "date": "2026-05-09",
            "published": None,
            "level": "provincial",
            "region": "云南省",
            "effective": "2026-06-01",
            "expires": "2031-05-31",
            "attachments": ["中国（云南）自由贸易试验区工作联席会议工作规则"],
            "doc_type": "通知",
            "recipients": ["昆明市人民政府", "红河州人民政府", "德宏州人民政府",
                           "省直有关部门", "有关中央驻滇单位"],
            "publicity": "此件公开发布",
            "repeals": "《云南省人民政府办公厅关于建立中国（云南）自由贸易试验区工作联席会议制度的通知》（云政办函〔2019〕96号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C


def doc_hunan():
    stem = "blind1046_hunan_tiaozheng"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False, align=L)
    add_par(doc, [("湖南省人民政府办公厅", XBS, 36, False, RED)],
            align=C, indent=False, line=56, before=6)
    empty(doc, 1)
    p = add_par(doc, "湘政办函〔2026〕58号", align=L, indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for t in ("湖南省人民政府办公厅关于调整中国（湖南）",
              "自由贸易试验区工作联席会议成员",
              "及联络员的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    # half-width colon in the 主送 line
    add_par(doc, "省自贸试验区工作联席会议各成员单位，长沙市、岳阳市、郴州市人民政府:", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("因工作变动，经省人民政府同意，现对中国（湖南）自由贸易试验区工作联席会议（以下简称联席会议）成员及联络员作如下调整：")
    body("一、召集人由省人民政府副省长周建国同志担任，副召集人由省人民政府副秘书长彭立新同志、省商务厅厅长谭晓辉同志担任。")
    body("二、增补省数据局、省国际投资促进中心为联席会议成员单位，成员单位由13个调整为15个。")
    body("三、其他成员单位成员及各成员单位联络员的调整情况见附件1、附件2。")
    body("四、调整后，联席会议职责、工作规则等仍按《湖南省人民政府办公厅关于建立中国（湖南）自由贸易试验区工作联席会议制度的通知》（湘政办函〔2021〕12号）执行。")
    body("请各成员单位于2026年7月10日前，将本单位2026年上半年推进自贸试验区建设、深化与共建“一带一路”国家和非洲国家经贸合作情况报送联席会议办公室（省商务厅自贸区处）。联系人:黎娜，联系电话:0731-82287415，电子邮箱:hnzmq2026@163.com。")
    empty(doc, 1)
    add_par(doc, "附件：1. 调整后的中国（湖南）自由贸易试验区工作联席会议成员名单", align=L)
    add_par(doc, "　　　2. 调整后的中国（湖南）自由贸易试验区工作联席会议联络员名单", align=L)
    empty(doc, 2)
    p = add_par(doc, "湖南省人民政府办公厅", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年6月18日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(80)
    add_par(doc, "（此件依申请公开）", align=L)

    # ---------------- 附件1 成员名单: tabs, "成员：" followed by first name on the same line
    attach_head(doc, "附件1", ["调整后的中国（湖南）自由贸易试验区", "工作联席会议成员名单"])
    mem = [
        ("召集人", "周建国", "省人民政府副省长"),
        ("副召集人", "彭立新", "省人民政府副秘书长"),
        (None, "谭晓辉", "省商务厅厅长"),
        ("成员", "刘志军", "省委外办副主任"),
        (None, "邓海燕", "省发展改革委副主任"),
        (None, "唐建", "省工业和信息化厅副厅长"),
        (None, "胡湘平", "省司法厅副厅长"),
        (None, "曾国华", "省财政厅副厅长"),
        (None, "罗永明", "省交通运输厅副厅长"),
        (None, "黎晓", "省商务厅副厅长"),
        (None, "向东", "省市场监管局副局长"),
        (None, "李红英", "省数据局副局长"),
        (None, "易志刚", "省国际投资促进中心主任"),
        (None, "贺伟", "长沙海关副关长"),
        (None, "蒋丽娟", "人民银行湖南省分行副行长"),
        (None, "段文斌", "长沙市人民政府副市长"),
        (None, "龙云", "岳阳市人民政府副市长"),
        (None, "陈卫", "郴州市人民政府副市长"),
    ]
    for label, name, title in mem:
        txt = (label + "：" if label else "") + "\t" + name + "\t" + title
        p = add_par(doc, txt, indent=False, align=L, line=26)
        p.paragraph_format.left_indent = Pt(32)
        p.paragraph_format.tab_stops.add_tab_stop(Pt(120))
        p.paragraph_format.tab_stops.add_tab_stop(Pt(184))
        clauses.append(member_key(label, name, title))

    # ---------------- 附件2 联络员名单: 序号 column, merged 联系电话 header (two header rows repeated)
    attach_head(doc, "附件2", ["调整后的中国（湖南）自由贸易试验区", "工作联席会议联络员名单"])
    keys = ["序号", "单位", "姓名", "职务", "联系电话／办公电话", "联系电话／手机"]
    rows = [
        ["1", "省委外办", "欧阳明", "国际合作处副处长", "0731-82218625", "13807318852"],
        ["2", "省发展改革委", "彭婷", "对外开放处处长", "0731-89991403", "13975127706"],
        ["3", "省工业和信息化厅", "石磊", "产业政策处副处长", "0731-88953172", "１５８７３１６６２０８"],
        ["4", "省司法厅", "谢芳", "立法二处二级调研员", "0731-84465210", "13787093316"],
        ["5", "省财政厅", "袁志强", "经济建设处副处长", "0731-85165287", "13908466125"],
        ["6", "省交通运输厅", "康杰", "规划处副处长", "0731-88770236", "18874186620"],
        ["7", "省商务厅", "黎娜", "自贸区处处长", "0731-82287415", "13574148809"],
        ["8", "省商务厅", "谭宇", "自贸区处一级主任科员", "０７３１－８２２８７４１６", "15111025573"],
        ["9", "省市场监管局", "戴文", "登记注册处副处长", "0731-89991265", "13548620017"],
        ["10", "省数据局", "邹敏", "数字经济处处长", "0731-82216350", "13755079931"],
        ["11", "省国际投资促进中心", "伍凯", "综合部部长", "0731-82288561", "13873136684"],
        ["12", "长沙海关", "刘畅", "自贸区和特殊区域发展处副处长", "0731-84906132", "13908477201"],
        ["13", "人民银行湖南省分行", "杨帆", "跨境办副主任", "0731-84338019", "18607312256"],
        ["14", "长沙市人民政府", "曹丽", "市商务局副局长", "0731-88665307", "13607485523"],
        ["15", "岳阳市人民政府", "方杰", "市商务局副局长", "0730－8880615", "13973078812"],
        ["16", "郴州市人民政府", "肖勇", "市商务局副局长", "0735-2289416", "１３５０７３５９６６２"],
    ]

    def make_table(part):
        t = doc.add_table(rows=2 + len(part), cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(["序号", "单位", "姓名", "职务"]):
            m = t.cell(0, i).merge(t.cell(1, i))
            set_cell(m, h, HT, 10.5)
        m = t.cell(0, 4).merge(t.cell(0, 5))
        set_cell(m, "联系电话", HT, 10.5)
        set_cell(t.cell(1, 4), "办公电话", HT, 10.5)
        set_cell(t.cell(1, 5), "手机", HT, 10.5)
        repeat_header(t.rows[0])
        repeat_header(t.rows[1])
        for ri, row in enumerate(part, 2):
            for ci, v in enumerate(row):
                set_cell(t.cell(ri, ci), v, FS, 10.5)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(keys, row)))
        col_widths(t, [1.0, 3.2, 1.5, 3.6, 3.4, 3.1])
        return t

    make_table(rows)
    clauses.append("注：联络员如有变动，请于5个工作日内告联席会议办公室，传真：0731－82287420。")
    add_par(doc, [(clauses[-1], FS, 14, False)], line=24)

    banji(doc, "抄送：省委办公厅，省人大常委会办公厅，省政协办公厅。",
          "湖南省人民政府办公厅", "2026年6月19日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "湖南省人民政府办公厅关于调整中国（湖南）自由贸易试验区工作联席会议成员及联络员的通知",
            "doc_number": "湘政办函〔2026〕58号",
            "issuer": ["湖南省人民政府办公厅"],
            "date": "2026-06-18",
            "published": None,
            "level": "provincial",
            "region": "湖南省",
            "effective": None,
            "expires": None,
            "attachments": ["调整后的中国（湖南）自由贸易试验区工作联席会议成员名单",
                            "调整后的中国（湖南）自由贸易试验区工作联席会议联络员名单"],
            "doc_type": "通知",
            "recipients": ["省自贸试验区工作联席会议各成员单位", "长沙市人民政府",
                           "岳阳市人民政府", "郴州市人民政府"],
            "publicity": "此件依申请公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_fujian(), doc_yunnan(), doc_hunan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
