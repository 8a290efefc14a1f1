# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 967: 中外双边经贸合作谅解备忘录 (省商务厅 + 外国贸易部) and the 商务厅's 请示.

Writes into its own directory:
  blind967_yn_mou.docx/.pdf   云南省商务厅—老挝工业与贸易部 谅解备忘录 (with annex table)
  blind967_yn_qingshi.docx/.pdf 云南省商务厅 请示 省政府 approving signature (附件2 table)
  blind967_xj_mou.docx/.pdf   新疆商务厅—哈萨克斯坦贸易和一体化部 备忘录 (auto-numbered articles)
  expected.json               answer key
"""
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


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None):
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
    return p


def add_par(doc, runs, size=16, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, size, False)]
    if size != 16 and kw.get("indent", True) and "first" not in kw:
        kw["first"] = Pt(2 * size)
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def _field(p, instr, name, size):
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), name, size)
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer_style="dash", margins=(3.7, 3.5, 2.8, 2.6), size=16):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(margins[0]), Cm(margins[1])
    s.left_margin, s.right_margin = Cm(margins[2]), Cm(margins[3])
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer_style == "dash":          # — 1 —
        font(fp.add_run("— "), SONG, 14)
        _field(fp, "PAGE", SONG, 14)
        font(fp.add_run(" —"), SONG, 14)
    elif footer_style == "hyphen":      # - 1 -
        font(fp.add_run("- "), "Times New Roman", 12)
        _field(fp, "PAGE", "Times New Roman", 12)
        font(fp.add_run(" -"), "Times New Roman", 12)
    else:                               # bare number
        _field(fp, "PAGE", "Times New Roman", 11)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             line=20):
    """text may contain '\n' -> manual line breaks inside the cell."""
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(part), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_after = Pt(0)


def vcenter(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_967", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


# ---- Word automatic numbering for 第X条 (chineseCounting) -----------------
def make_article_numbering(doc):
    numbering = doc.part.numbering_part.element
    aid = 967
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="第%%1条\u3000"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid))
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


CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

YN_MOU_TITLE = ("中华人民共和国云南省商务厅与老挝人民民主共和国工业与贸易部"
                "关于深化经贸合作的谅解备忘录")


# =================================================================== DOC A
def doc_yn_mou():
    """The MOU itself, Chinese text only; articles typed by hand; annex table."""
    stem = "blind967_yn_mou"
    doc = Document()
    setup(doc, footer_style="plain", margins=(2.54, 2.54, 2.5, 2.5), size=14)
    clauses = []

    empty(doc, 1)
    # title in three paragraphs, broken at odd places
    for part in ("中华人民共和国云南省商务厅", "与老挝人民民主共和国工业与贸易部关于",
                 "深化经贸合作的谅解备忘录"):
        add_par(doc, [(part, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=36)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t, size=14, line=24)

    body("中华人民共和国云南省商务厅与老挝人民民主共和国工业与贸易部（以下单独称“一方”，合称“双方”），")
    body("为落实中老两国领导人关于构建中老命运共同体的重要共识，推动共建“一带一路”倡议同老挝“变陆锁国为陆联国”战略深入对接，充分发挥中老铁路、中国（云南）自由贸易试验区和磨憨—磨丁经济合作区的带动作用，进一步深化云南省与老挝在贸易、投资、产业园区、跨境物流和数字经济等领域的互利合作，")
    body("本着平等互利、相互尊重、优势互补、共同发展的原则，经友好协商，达成如下谅解：")

    def article(n, paras):
        """paras: list of paragraph texts; first gets the 第X条 lead-in."""
        head = "第%s条" % n
        clauses.append(head + "\u3000" + "".join(paras))
        add_par(doc, [(head, HT, 14, False), ("\u3000" + paras[0], FS, 14, False)],
                first=Pt(28), line=24)
        for t in paras[1:]:
            add_par(doc, t, size=14, line=24)

    article("一", ["双方同意在各自国家现行法律法规和政策框架内，以中老铁路开通运营为契机，共同推动云南省与老挝之间贸易规模稳步扩大、贸易结构持续优化、投资合作提质升级，力争到2030年云南省与老挝双边贸易额较2025年增长50%以上。"])
    article("二", ["双方将在货物贸易领域开展以下合作：",
                  "（一）支持老挝咖啡、木薯、香蕉、橡胶、玉米等优势农产品通过磨憨口岸进入中国市场，鼓励云南省企业扩大自老挝进口；",
                  "（二）支持云南省机电产品、建材、日用消费品、农业机械等产品对老挝出口，提升双边贸易便利化水平；",
                  "（三）推动双方在动植物检验检疫、标准认证等方面加强信息沟通，共同研究解决影响双边贸易发展的突出问题。"])
    article("三", ["双方鼓励和支持本国企业到对方开展投资合作。云南省商务厅将引导有实力的云南企业参与老挝万象赛色塔综合开发区、磨丁经济特区等园区建设，重点在农产品加工、绿色能源、建材、纺织服装等领域投资兴业；老挝工业与贸易部将为中国投资者提供政策咨询、项目对接和投资便利服务，依法保护投资者的合法权益。"])
    article("四", ["双方将共同推动中老铁路沿线跨境物流体系建设，支持开行“澜湄快线”等国际货物列车，发展“铁路+公路”“铁路+水运”多式联运；推动磨憨—磨丁口岸通关便利化，探索“一次申报、一次查验、一次放行”通关模式，压缩货物通关时间，降低物流成本。"])
    article("五", ["双方将加强跨境电子商务和数字贸易合作，支持云南省跨境电商企业在老挝设立海外仓、展示中心和售后服务网点，鼓励双方企业利用跨境电商平台开展农产品和特色商品贸易，共同举办跨境电商人才培训活动。"])
    article("六", ["双方将相互支持对方举办的重要经贸展会和贸易促进活动。云南省商务厅将邀请老挝工业与贸易部组织老挝企业参加中国—南亚博览会暨中国（昆明）进出口商品交易会、中国—东盟博览会等展会；老挝工业与贸易部将为云南省企业参加老挝万象国际商品博览会等展会提供便利。"])
    article("七", ["双方将加强经贸领域能力建设合作。云南省商务厅将在中国商务部人力资源开发合作项目框架内，每年为老挝工业与贸易部及地方工贸厅（局）官员举办不少于2期经贸政策、电子商务、园区管理等专题研修班，培训人数不少于60人次。"])
    article("八", ["双方同意建立云南—老挝经贸合作联合工作组（以下简称“联合工作组”），由双方司局级官员共同担任组长，原则上每年召开一次会议，轮流在昆明和万象举行，必要时可通过视频方式召开。联合工作组负责研究确定年度合作重点事项，协调解决合作中遇到的问题，并对本备忘录执行情况进行评估。",
                  "双方确定的2026—2027年度合作重点事项见本备忘录附件。云南省商务厅指定对外投资和经济合作处、老挝工业与贸易部指定进出口司作为本备忘录的联络部门。"])
    article("九", ["本备忘录为双方开展合作的意向性文件，不构成国际法意义上的权利和义务，不影响双方根据各自参加的其他国际条约所享有的权利和承担的义务。除另有约定外，双方各自承担参与本备忘录项下合作活动所产生的费用。因解释或执行本备忘录产生的任何分歧，由双方通过友好协商解决。"])
    article("十", ["本备忘录自双方签字之日起生效，有效期五年。如任何一方未在有效期届满前六个月以书面形式通知另一方终止本备忘录，本备忘录有效期将自动延长五年，并依此法顺延。",
                  "经双方书面同意，可对本备忘录进行修改和补充。任何一方可提前六个月以书面形式通知另一方终止本备忘录。本备忘录的终止不影响双方在本备忘录有效期内已商定且正在实施的合作项目。",
                  "本备忘录于二〇二六年三月十八日在万象签署，一式两份，每份均用中文和老挝文写成，两种文本同等作准。"])

    empty(doc, 1, line=24)
    # signing block: borderless 2-column table, one line per row
    sig = [("中华人民共和国", "老挝人民民主共和国"),
           ("云南省商务厅", "工业与贸易部"),
           ("代表", "代表"),
           ("（签字）", "（签字）"),
           ("李志远", "坎佩·西提拉"),
           ("厅长", "副部长")]
    t = doc.add_table(rows=len(sig), cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    for i, (a, b) in enumerate(sig):
        nm = KT if i >= 3 else FS
        set_cell(t.rows[i].cells[0], a, nm, 14, line=26)
        set_cell(t.rows[i].cells[1], b, nm, 14, line=26)
    col_widths(t, [7.8, 7.8])

    # ---- annex on its own page
    p = add_par(doc, [("附件", HT, 14, False)], indent=False, line=24)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    annex_title = "2026—2027年度云南—老挝经贸合作重点事项清单"
    p = doc.add_paragraph()
    font(p.add_run("2026—2027年度云南—老挝经贸合作"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("重点事项清单"), XBS, 20)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=16)
    header = ["序号", "合作事项", "中方牵头单位", "老方牵头单位", "时间安排"]
    rows = [
        ["1", "召开云南—老挝经贸合作联合工作组第一次会议", "云南省商务厅", "老挝工业与贸易部进出口司", "2026年下半年"],
        ["2", "组织老挝企业参加第10届中国—南亚博览会", "云南省商务厅", "老挝工业与贸易部贸易促进司", "2026年6月"],
        ["3", "举办中老铁路沿线贸易投资促进会", "西双版纳州人民政府、云南省商务厅", "老挝国家工商会", "2026年9月"],
        ["4", "在万象设立云南商品展示交易中心", "云南省商务厅、云南省投资控股集团有限公司", "老挝工业与贸易部国内贸易司", "2027年6月前"],
        ["5", "举办老挝经贸官员电子商务专题研修班", "云南省商务厅", "老挝工业与贸易部人事司", "每年2期"],
        ["6", "开展磨憨—磨丁口岸通关便利化联合调研", "昆明海关、云南省商务厅", "老挝财政部海关总局、老挝工业与贸易部", "2026年第四季度"],
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=len(header))
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(tb.rows[0].cells[i], h, HT, 12)
        vcenter(tb.rows[0].cells[i])
    repeat_header(tb.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 2, 3) else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(tb.rows[ri].cells[ci], v, FS, 12, align=al)
            vcenter(tb.rows[ri].cells[ci])
        clauses.append(row_clause(header, row))
    col_widths(tb, [1.2, 5.4, 3.6, 3.6, 2.2])
    note = "注：各事项具体实施方案由牵头单位另行商定。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": YN_MOU_TITLE,
            "doc_number": None,
            "issuer": ["中华人民共和国云南省商务厅", "老挝人民民主共和国工业与贸易部"],
            "date": "2026-03-18",
            "published": None,
            "level": "provincial",
            "region": "云南省",
            "effective": "2026-03-18",
            "expires": None,
            "attachments": [annex_title],
            "doc_type": "谅解备忘录",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_yn_qingshi():
    """上行文 请示: 份号, 特急, 红头 ...文件, 文号 + 签发人 on one line (tab)."""
    stem = "blind967_yn_qingshi"
    doc = Document()
    setup(doc, footer_style="dash")
    clauses = []

    add_par(doc, [("000012", "Times New Roman", 16, False)], indent=False, line=26)
    add_par(doc, [("特急", HT, 16, False)], indent=False, line=26)
    add_par(doc, [("云南省商务厅文件", XBS, 44, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=58, before=6)
    empty(doc, 1)
    p = add_par(doc, [("云商合〔2026〕9号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("李志远", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)   # right tab
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    title = ("云南省商务厅关于签署《" + YN_MOU_TITLE + "》的请示")
    for part in ("云南省商务厅关于签署《中华人民共和国云南省", "商务厅与老挝人民民主共和国工业与贸易部关于",
                 "深化经贸合作的谅解备忘录》的请示"):
        add_par(doc, [(part, XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=32)
    empty(doc, 1)
    add_par(doc, "省人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为贯彻落实省委、省政府关于加快建设面向南亚东南亚辐射中心的工作要求，进一步深化我省与老挝经贸合作，我厅与老挝人民民主共和国工业与贸易部（以下简称老挝工贸部）经多轮磋商，就签署《" + YN_MOU_TITLE + "》（以下简称《备忘录》）达成一致。现将有关情况请示如下：")
    head("一、基本情况")
    body("老挝是共建“一带一路”的重要伙伴国，与我省山水相连。2025年，云南省对老挝进出口额达186.4亿元，同比增长12.7%，其中出口97.2亿元、进口89.2亿元；截至2025年底，我省在老挝投资设立企业412家，中方协议投资额累计68.3亿美元。")
    body("2025年11月，老挝工贸部致函我厅，提议签署经贸合作谅解备忘录。我厅会同省外办、昆明海关等单位与老方开展了三轮磋商，于2026年1月23日就《备忘录》中文、老挝文文本达成一致。")
    head("二、《备忘录》主要内容")
    body("《备忘录》共十条，主要内容包括：")
    runin("（一）合作目标。", "双方力争到2030年云南省与老挝双边贸易额较2025年增长50%以上，推动贸易结构持续优化、投资合作提质升级。")
    runin("（二）重点合作领域。", "包括货物贸易、投资与产业园区、跨境物流与通关便利化、跨境电商和数字贸易、展会与贸易促进、能力建设等6个方面。")
    runin("（三）合作机制。", "双方建立云南—老挝经贸合作联合工作组，原则上每年召开一次会议；我厅每年为老方举办不少于2期专题研修班，所需经费从中国商务部人力资源开发合作项目中列支，不新增省级财政支出。")
    runin("（四）法律性质和有效期。", "《备忘录》为意向性合作文件，不构成国际法意义上的权利和义务，不涉及资金承诺。《备忘录》自签字之日起生效，有效期五年，期满自动延长。")
    head("三、征求意见和审核情况")
    body("《备忘录》文本已征求省外办、省发展改革委、省司法厅、省财政厅、昆明海关意见，各单位均无不同意见。省外办审核认为，《备忘录》内容符合我国对外方针政策和外事管理有关规定，同意签署（云外审〔2026〕15号）。")
    head("四、签署安排")
    body("经与老方商定，拟于2026年3月18日第七届老挝—中国（云南）经贸合作论坛期间，在老挝万象签署《备忘录》，由我厅厅长李志远与老挝工贸部副部长坎佩·西提拉代表双方签字。签约活动日程安排见附件2。")
    body("恳请省人民政府审定。签署后，我厅将在30日内将签署文本报省外办备案。")
    add_par(doc, "妥否，请批示。")
    empty(doc, 1)
    att1 = YN_MOU_TITLE + "（中文文本）"
    att2 = "谅解备忘录签约活动日程安排"
    p = add_par(doc, "附件：1．" + att1, indent=True)
    p.paragraph_format.left_indent = Pt(0)
    # second attachment line aligned with typed full-width spaces
    add_par(doc, IND + "\u3000\u3000\u3000" + "2．" + att2, indent=False)
    empty(doc, 1)
    # 落款 with typed spaces
    add_par(doc, "\u3000" * 18 + "云南省商务厅", indent=False)
    add_par(doc, "\u3000" * 17 + "2026年2月9日", indent=False)
    add_par(doc, "（联系人：王丽萍，联系电话：0871-63125587）")

    # ---- 附件2 on a new page
    p = add_par(doc, [("附件2", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [(att2, XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=32)
    empty(doc, 1, line=16)
    top = ["序号", "时间", "活动内容", "地点", "出席人员", ""]
    sub = ["", "", "", "", "中方", "老方"]
    header = ["序号", "时间", "活动内容", "地点", "出席人员／中方", "出席人员／老方"]
    rows = [
        ["1", "3月17日下午", "代表团抵达万象", "万象瓦岱国际机场", "云南省经贸代表团全体成员", "老挝工贸部进出口司官员"],
        ["2", "3月18日9:00—10:30", "第七届老挝—中国（云南）经贸合作论坛开幕式", "万象国家会议中心", "李志远厅长及代表团全体成员", "老挝工贸部部长、副部长"],
        ["3", "3月18日10:40—11:00", "《备忘录》签约仪式", "万象国家会议中心", "李志远厅长", "坎佩·西提拉副部长"],
        ["4", "3月18日14:30—17:00", "中老企业贸易投资对接会", "万象国家会议中心", "云南省企业代表约60人", "老挝企业代表约80人"],
        ["5", "3月19日全天", "考察万象赛色塔综合开发区及中资企业", "万象市", "代表团全体成员", "赛色塔综合开发区管委会"],
        ["6", "3月20日上午", "返回昆明", "—", "代表团全体成员", "—"],
    ]
    tb = doc.add_table(rows=2 + len(rows), cols=6)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i in range(6):
        if top[i]:
            set_cell(tb.rows[0].cells[i], top[i], HT, 12)
        if sub[i]:
            set_cell(tb.rows[1].cells[i], sub[i], HT, 12)
    for i in range(4):
        tb.cell(0, i).merge(tb.cell(1, i))
    tb.cell(0, 4).merge(tb.cell(0, 5))
    set_cell(tb.cell(0, 4), "出席人员", HT, 12)
    for i in range(4):
        set_cell(tb.cell(0, i), top[i], HT, 12)
        vcenter(tb.cell(0, i))
    repeat_header(tb.rows[0])
    repeat_header(tb.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(tb.rows[ri].cells[ci], v, FS, 10.5, line=16)
            vcenter(tb.rows[ri].cells[ci])
        clauses.append(row_clause(header, row))
    col_widths(tb, [1.0, 3.0, 4.0, 2.4, 2.9, 2.7])
    note = "注：具体日程以老方最终确认为准，如有调整另行报告。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    banji(doc, "抄送：省外办。", "云南省商务厅办公室", "2026年2月9日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": title,
            "doc_number": "云商合〔2026〕9号",
            "issuer": ["云南省商务厅"],
            "date": "2026-02-09",
            "published": None,
            "level": "provincial",
            "region": "云南省",
            "effective": None,
            "expires": None,
            "attachments": [att1, att2],
            "doc_type": "请示",
            "recipients": ["省人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_xj_mou():
    """A second MOU typed differently: one-paragraph title with soft breaks,
    preamble indented with typed spaces, half-width brackets, 第X条 produced by
    Word automatic numbering, signing block in a one-row table with line breaks."""
    stem = "blind967_xj_mou"
    doc = Document()
    setup(doc, footer_style="hyphen")
    clauses = []
    nid = make_article_numbering(doc)

    title = ("中华人民共和国新疆维吾尔自治区商务厅与哈萨克斯坦共和国贸易和一体化部"
             "关于加强贸易投资合作的备忘录")
    p = doc.add_paragraph()
    font(p.add_run("中华人民共和国新疆维吾尔自治区商务厅"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("与哈萨克斯坦共和国贸易和一体化部关于"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("加强贸易投资合作的备忘录"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, before=24)
    empty(doc, 1)

    pre = ("中华人民共和国新疆维吾尔自治区商务厅与哈萨克斯坦共和国贸易和一体化部(以下简称“双方”)，"
           "为落实中哈两国元首达成的重要共识，推动共建“一带一路”倡议同哈萨克斯坦“光明之路”新经济政策深入对接，"
           "充分发挥中国（新疆）自由贸易试验区、中哈霍尔果斯国际边境合作中心的平台作用，促进双方贸易投资便利化，"
           "本着平等互利、合作共赢的原则，经友好协商，达成如下谅解：")
    add_par(doc, IND + pre, indent=False)
    clauses.append(pre)

    n = [0]

    def article(paras):
        num = CN[n[0]]
        n[0] += 1
        clauses.append("第%s条\u3000" % num + "".join(paras))
        p = add_par(doc, paras[0], first=Pt(32))
        apply_num(p, nid)
        for t in paras[1:]:
            add_par(doc, t)

    article(["双方将在平等互利、优势互补的基础上，依照各自国家法律法规，加强新疆维吾尔自治区与哈萨克斯坦共和国之间的贸易投资合作，推动双边贸易额保持稳定增长。"])
    article(["双方支持扩大双边贸易规模，优化贸易结构。新疆方面鼓励进口哈萨克斯坦小麦、油籽、牛羊肉、乳制品等农产品及矿产品；哈方欢迎新疆企业扩大机电产品、汽车及零部件、纺织服装、建材等产品出口。"])
    article(["双方鼓励企业在农产品加工、新能源、装备制造、化工、物流仓储等领域开展相互投资，支持中哈霍尔果斯国际边境合作中心、中国（新疆）自由贸易试验区与哈萨克斯坦相关经济特区开展合作，为对方投资者提供必要的信息咨询和便利化服务。"])
    article(["双方将共同推动霍尔果斯、阿拉山口、巴克图、吉木乃等口岸基础设施建设和通关便利化，支持中欧(中亚)班列、跨里海国际运输走廊扩容增效，力争到2028年经新疆口岸进出哈萨克斯坦的班列开行量达到每年8,000列以上。"])
    article(["双方鼓励跨境电子商务发展，支持新疆企业在阿拉木图、阿斯塔纳等城市建设海外仓和边境仓，推动双方在电子支付、物流信息、数字认证等方面开展合作。"])
    article(["双方将相互邀请对方企业参加中国—亚欧博览会、中国—亚欧商品贸易博览会及哈萨克斯坦阿斯塔纳国际工业博览会等展会活动，并为参展企业提供便利。"])
    article(["双方将定期交换贸易统计数据、市场信息以及涉及双边经贸合作的法律法规和政策信息，及时通报可能影响双边贸易的措施。"])
    article(["双方同意成立贸易投资合作工作组，由新疆维吾尔自治区商务厅和哈萨克斯坦共和国贸易和一体化部指定的司局级官员共同牵头，每年至少召开一次会议，轮流在乌鲁木齐和阿斯塔纳举行。",
             "工作组的主要职责是：研究提出年度合作计划；跟踪推进重点合作项目；协调解决企业反映的问题；向双方报告本备忘录执行情况。"])
    article(["本备忘录不构成双方在国际法下的权利和义务，不影响双方在其他国际协定项下的权利和义务。双方在解释和执行本备忘录过程中产生的分歧，应通过友好协商解决。"])
    article(["本备忘录自签字之日起生效，有效期至2030年12月31日。经双方书面同意，可延长本备忘录的有效期，或对本备忘录进行修改和补充。任何一方可通过书面通知另一方终止本备忘录，本备忘录在通知发出之日起三个月后终止。",
             "本备忘录于2026年5月20日在阿斯塔纳签署，一式两份，每份均以中文、哈萨克文和俄文写成，三种文本同等作准。如对文本解释发生分歧，以俄文文本为准。"])

    empty(doc, 2)
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    set_cell(t.rows[0].cells[0],
             "中华人民共和国\n新疆维吾尔自治区商务厅\n代表\n\n＿＿＿＿＿＿＿＿\n马晓东\n厅　长",
             FS, 16, line=30)
    set_cell(t.rows[0].cells[1],
             "哈萨克斯坦共和国\n贸易和一体化部\n代表\n\n＿＿＿＿＿＿＿＿\n叶尔兰·卡西莫夫\n副部长",
             FS, 16, line=30)
    col_widths(t, [7.8, 7.8])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": title,
            "doc_number": None,
            "issuer": ["中华人民共和国新疆维吾尔自治区商务厅", "哈萨克斯坦共和国贸易和一体化部"],
            "date": "2026-05-20",
            "published": None,
            "level": "provincial",
            "region": "新疆维吾尔自治区",
            "effective": "2026-05-20",
            "expires": "2030-12-31",
            "attachments": [],
            "doc_type": "备忘录",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_yn_mou(), doc_yn_qingshi(), doc_xj_mou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
