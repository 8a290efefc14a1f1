# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 811: 进口贸易促进创新示范区申报材料 (申报通知 / 申报书 / 推荐请示).

Writes blind811_*.docx, their PDFs (LibreOffice) and expected.json into this
script's own directory.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
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
def font(run, name=FS, size=16, bold=False, color=None, underline=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    if underline:
        run.font.underline = True
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


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None, size=16):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(size * 2)
    return p


def add_par(doc, runs, size=16, **kw):
    """runs: plain str, or list of (text, fontname, size, bold[, color[, underline]])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, size, False)]
    for r in runs:
        text, name, sz, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        ul = r[5] if len(r) > 5 else False
        font(p.add_run(text), name, sz, bold, color, ul)
    fmt(p, size=size, **kw)
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
    fmt(p, indent=False, line=12)


def _field_runs(par, before, after, size):
    font(par.add_run(before), SONG, size)
    r = par.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = par.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                          % nsdecls("w")))
    r = par.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(par.add_run("1"), SONG, size)
    r = par.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(par.add_run(after), SONG, size)


def setup(doc, margins=(3.7, 3.5, 2.8, 2.6), pn=("— ", " —"), body_font=FS, body_size=16,
          no_number_on_first=False):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(margins[0]), Cm(margins[1])
    s.left_margin, s.right_margin = Cm(margins[2]), Cm(margins[3])
    st = doc.styles["Normal"]
    st.font.name = body_font
    st.font.size = Pt(body_size)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), body_font)
    if no_number_on_first:
        s.different_first_page_header_footer = True
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    _field_runs(fp, pn[0], pn[1], 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid.findall(qn("w:gridCol"))
    for gc, w in zip(grid, widths_cm):
        gc.set(qn("w:w"), str(int(w / 2.54 * 1440)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def banji(doc, cc, printer, date_txt, size=14):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, size, False)], indent=False, line=24, size=size)
    p.paragraph_format.left_indent = Pt(size)
    p.paragraph_format.right_indent = Pt(size)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = doc.add_paragraph()
    font(p2.add_run(printer), FS, size)
    font(p2.add_run("\t"), FS, size)
    font(p2.add_run(date_txt), FS, size)
    fmt(p2, indent=False, line=24, size=size)
    p2.paragraph_format.left_indent = Pt(size)
    p2.paragraph_format.right_indent = Pt(size)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_811", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [811]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting", first=640):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text, first))
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


CN = "一二三四五六七八九十"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def textbox_run(text, fontname=HT, size=16, width=90, height=30, top=-6):
    """A floating VML text box (the way clerks place 特急 / 份号)."""
    sz = int(size * 2)
    xml = (
        '<w:r xmlns:w="%s" xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TextBox811" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0pt;margin-top:%dpt;width:%dpt;height:%dpt;'
        'z-index:251659264;mso-position-horizontal-relative:margin;'
        'mso-position-vertical-relative:text" filled="f" stroked="f">'
        '<v:textbox inset="0,0,0,0"><w:txbxContent><w:p><w:r><w:rPr>'
        '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="%d"/>'
        '<w:szCs w:val="%d"/></w:rPr><w:t>%s</w:t></w:r></w:p></w:txbxContent>'
        '</v:textbox></v:shape></w:pict></w:r>'
        % (W_NS, top, width, height, fontname, fontname, fontname, sz, sz, text))
    return parse_xml(xml)


# =================================================================== DOC A
def doc_tongzhi():
    """湖南省商务厅 申报通知 (红头文件, 附件 编写提纲 on its own page, 版记 at the end)."""
    stem = "blind811_hunan_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    # 版头
    add_par(doc, [("湖南省商务厅文件", XBS, 40, False, RED)], align=C, indent=False,
            line=56, before=20)
    empty(doc, 1)
    p = add_par(doc, "湘商外贸〔2026〕23号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # 标题 wrapped by hand at an odd place (进口 / 贸易)
    add_par(doc, [("湖南省商务厅关于组织开展第四批国家进口", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("贸易促进创新示范区申报工作的通知", XBS, 22, False)],
            align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各市州商务局，湖南湘江新区经济发展局，各综合保税区管委会：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为贯彻落实《商务部办公厅关于组织开展第四批进口贸易促进创新示范区申报工作的通知》（商办贸函〔2026〕41号）要求，进一步扩大优质商品和服务进口，推动我省进口贸易高质量发展，现就做好我省第四批国家进口贸易促进创新示范区（以下简称示范区）申报工作通知如下：")
    head("一、申报范围")
    body("申报主体为省内国家级新区、国家级经济技术开发区、综合保税区、跨境电子商务综合试验区、中国（湖南）自由贸易试验区各片区等开放平台所在地人民政府（管委会）。每个市州原则上推荐不超过1个申报区域，已获批示范区的区域不再重复申报。")
    head("二、申报条件")
    runin("（一）进口规模较大。", "申报区域2025年进口额不低于50亿元，或近三年进口额年均增长15%以上。")
    runin("（二）创新基础较好。", "在进口促进平台建设、进口贸易新业态新模式等方面已开展积极探索，形成可复制推广的经验。")
    runin("（三）平台功能完善。", "拥有进口指定监管场地（口岸）、保税监管场所等平台载体，口岸通关、物流配套条件较好。")
    runin("（四）营商环境优良。", "近三年未发生重大安全生产事故、重大环境污染事件和走私等重大违法违规行为。")
    head("三、申报材料")
    body("申报单位须按以下要求提交材料：")
    body("1．申报书。按照附件编写提纲编制，包括封面、目录、正文、基本情况表和承诺书，正文不超过15000字。")
    body("2．承诺书。由申报区域所在地人民政府（管委会）主要负责同志签字并加盖公章，作为申报书签章页。")
    body("3．佐证材料。包括近三年进口数据证明、相关政策文件等。")
    body("以上材料一式5份，胶装成册，同时报送电子版（Word文档及盖章PDF扫描件）。")
    head("四、时间安排")
    # table with 序号 column and a repeated header row
    header = ["序号", "阶段", "时间节点", "工作内容"]
    rows = [
        ["1", "编制申报材料", "2026年4月10日前", "各市州商务局组织符合条件的区域按要求编制申报书"],
        ["2", "市州审核报送", "2026年4月25日前", "市州商务局会同同级人民政府审核后，行文报送省商务厅"],
        ["3", "省级评审", "2026年5月上旬", "省商务厅组织专家开展材料评审和实地核查"],
        ["4", "推荐上报", "2026年5月20日前", "省商务厅按程序择优向商务部推荐"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci == 3 else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    col_widths(t, [1.3, 3.0, 3.8, 7.5])
    note = "注：省级评审具体时间另行通知，各地可根据工作进度提前报送。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=3, size=12)
    clauses.append(note)
    head("五、工作要求")
    runin("（一）加强组织领导。", "各市州商务局要高度重视，会同发展改革、财政、海关等部门做好申报组织工作。")
    runin("（二）严格审核把关。", "各市州商务局要对申报材料的真实性、完整性进行审核，对弄虚作假的，取消申报资格。")
    runin("（三）按时报送材料。", "请于2026年4月25日前将申报材料纸质版报送省商务厅对外贸易处，电子版发送至hnswtwmc@163.com，逾期不予受理。联系人：王璐，电话：0731-82287516。")
    empty(doc, 1)
    add_par(doc, "附件：国家进口贸易促进创新示范区申报书编写提纲")
    empty(doc, 2)
    for txt in ("湖南省商务厅", "2026年3月6日"):
        p = add_par(doc, txt, indent=False, align=R)
        p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件主动公开）")

    # ---- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("国家进口贸易促进创新示范区申报书编写提纲", XBS, 20, False)],
            align=C, indent=False, line=36, before=6, after=6)
    head("一、封面和目录")
    runin("（一）封面。", "注明申报区域、申报单位（盖章）、推荐单位、联系人及联系电话、申报日期。")
    runin("（二）目录。", "列明正文各章节及附件标题和页码。")
    head("二、正文（不超过15000字）")
    runin("（一）基本情况。", "区位条件、开放平台建设等情况。")
    runin("（二）工作基础。", "近三年进口贸易规模、结构和增速，扩大进口的主要工作及成效。")
    runin("（三）建设目标。", "到2028年的总体目标和主要量化指标。")
    runin("（四）主要任务。", "围绕进口促进平台、进口贸易新业态新模式、进口与产业协同、贸易便利化等提出具体举措。")
    runin("（五）保障措施。", "包括组织领导、政策支持、资金保障等。")
    t3h = "三、附件。"
    t3 = "包括基本情况表和承诺书，承诺书作为签章页附后。"
    clauses.append(t3h + t3)
    add_par(doc, [(t3h, HT, 16, False), (t3, FS, 16, False)])
    banji(doc, "抄送：商务部对外贸易司，省发展改革委、省财政厅，长沙海关。",
          "湖南省商务厅办公室", "2026年3月6日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "湖南省商务厅关于组织开展第四批国家进口贸易促进创新示范区申报工作的通知",
            "doc_number": "湘商外贸〔2026〕23号",
            "issuer": ["湖南省商务厅"],
            "date": "2026-03-06",
            "published": None,
            "level": "provincial",
            "region": "湖南省",
            "effective": None,
            "expires": None,
            "attachments": ["国家进口贸易促进创新示范区申报书编写提纲"],
            "doc_type": "通知",
            "recipients": ["各市州商务局", "湖南湘江新区经济发展局", "各综合保税区管委会"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_shenbaoshu():
    """钦州市人民政府 申报书: 封面, 目录, 正文, 基本情况表, 承诺书签章页."""
    stem = "blind811_qinzhou_shenbaoshu"
    doc = Document()
    S = 12  # 小四 body, as 申报书 templates often ask
    LN = 20
    setup(doc, margins=(2.54, 2.54, 2.8, 2.5), pn=("- ", " -"), body_size=S,
          no_number_on_first=True)
    clauses = []

    # ------------------------------------------------ 封面 (no page number)
    add_par(doc, [("编号：", HT, 14, False), ("\u3000" * 6, FS, 14, False, None, True)],
            indent=False, align=R, line=24, size=14)
    empty(doc, 3, line=30)
    add_par(doc, [("国家进口贸易促进创新示范区", XBS, 26, False)], align=C, indent=False, line=44)
    add_par(doc, [("申报书", XBS, 36, False)], align=C, indent=False, line=60, before=12)
    empty(doc, 4, line=30)
    fields = [
        ("申报区域：", "中国（广西）自由贸易试验区钦州港片区"),
        ("申报单位（盖章）：", "钦州市人民政府"),
        ("推荐单位：", "广西壮族自治区商务厅"),
        ("联 系 人：", "韦振宇"),
        ("联系电话：", "0777-3689216"),
        ("申报日期：", "二〇二六年四月二十二日"),
    ]
    for lab, val in fields:
        p = add_par(doc, [(lab, HT, 16, False), (val, FS, 16, False, None, True)],
                    indent=False, line=40)
        p.paragraph_format.left_indent = Cm(1.6)
    empty(doc, 2, line=30)
    add_par(doc, [("广西壮族自治区商务厅制", KT, 14, False)], align=C, indent=False, size=14)

    # ------------------------------------------------ 目录; the clerk typed the body
    # straight under it instead of starting a new page
    page_break(doc)
    add_par(doc, [("目　　录", HT, 16, False)], align=C, indent=False, line=32, after=4)
    toc = [("一、基本情况", "2"), ("二、工作基础", "2"), ("三、建设目标", "3"),
           ("四、主要任务", "3"), ("五、保障措施", "3"),
           ("附件1  中国（广西）自由贸易试验区钦州港片区基本情况表", "3"),
           ("附件2  承诺书", "4")]
    for txt, pg in toc:
        p = add_par(doc, [(txt, FS, S, False), ("\t" + pg, FS, S, False)],
                    indent=False, line=21, size=S)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT,
                                                  WD_TAB_LEADER.DOTS)
    empty(doc, 1, line=12)

    # ------------------------------------------------ 正文
    def body(t):
        clauses.append(t)
        add_par(doc, t, size=S, line=LN)

    def head(t):
        add_par(doc, [(t, HT, 14, False)], line=22, size=14)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, S, True), (t, FS, S, False)], size=S, line=LN)

    head("一、基本情况")
    runin("（一）区位条件。", "钦州港片区位于广西北部湾经济区核心区域，是西部陆海新通道陆海交汇门户和中国—东盟开放合作的前沿平台，规划面积58.19平方公里。2025年钦州港集装箱吞吐量突破1000万标准箱。")
    runin("（二）开放平台。", "片区集聚了钦州综合保税区、中国—东盟（钦州）水果交易中心、进境粮食和肉类指定监管场地等平台，初步形成“港口+保税+指定监管场地”的进口功能体系。")
    head("二、工作基础")
    body("2025年，钦州港片区实现进口额628.4亿元，2023—2025年年均增长13.7%；自东盟进口额182.7亿元，年均增长19.2%。")
    # two logical paragraphs typed with Shift+Enter inside one w:p
    t1 = "一是进口促进平台加快建设。2025年东盟水果进口量达到86.5万吨，进境粮食指定监管场地年设计接卸能力提升至600万吨。"
    t2 = "二是进口新业态加快发展。钦州综合保税区开展保税维修、跨境电商网购保税进口等业务，开通钦州港至新加坡跨境电商海运专线。"
    p = doc.add_paragraph()
    font(p.add_run(t1), FS, S)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000\u3000" + t2), FS, S)
    fmt(p, size=S, line=LN)
    clauses.extend([t1, t2])
    body("三是贸易便利化水平持续提升。推行“船边直提”“抵港直装”等改革，进口整体通关时间压缩至18.6小时。主要进口商品情况见表1。")

    # 表1 — two-level merged header, header rows repeated, unit in caption
    add_par(doc, [("表1　2025年钦州港片区主要进口商品情况（单位：亿元、%）", HT, 10.5, False)],
            align=C, indent=False, line=20, before=2, size=10.5)
    rows = [
        ["原油", "208.4", "221.6", "6.3"],
        ["金属矿砂", "96.7", "108.2", "11.9"],
        ["粮食", "58.3", "66.5", "14.1"],
        ["东盟水果", "31.5", "39.8", "26.3"],
        ["其他", "158.8", "192.3", "21.1"],
        ["合计", "553.7", "628.4", "13.5"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "商品类别", HT, 10.5, line=16)
    b = t.cell(0, 1).merge(t.cell(0, 2))
    set_cell(b, "进口额", HT, 10.5, line=16)
    set_cell(t.cell(1, 1), "2024年", HT, 10.5, line=16)
    set_cell(t.cell(1, 2), "2025年", HT, 10.5, line=16)
    c = t.cell(0, 3).merge(t.cell(1, 3))
    set_cell(c, "同比增长", HT, 10.5, line=16)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdr = ["商品类别", "进口额／2024年", "进口额／2025年", "同比增长"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 10.5, line=16)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    col_widths(t, [4.0, 3.4, 3.4, 3.4])
    note = "注：数据来源于南宁海关。“其他”含冻品、煤炭、木材等。"
    add_par(doc, [(note, FS, 10.5, False)], indent=False, line=18, before=2, size=10.5)
    clauses.append(note)

    head("三、建设目标")
    body("到2028年，力争钦州港片区进口额突破850亿元，自东盟进口额占比提高到35%以上，建成面向东盟的区域性进口商品集散中心。")
    head("四、主要任务")
    runin("（一）建设进口促进平台。", "建设中国—东盟（钦州）水果交易中心二期，争取设立进口药品、进口医疗器械指定口岸。")
    runin("（二）培育进口新业态。", "发展保税维修、保税再制造、融资租赁等业务，探索跨境电商零售进口“保税+直播”模式。")
    runin("（三）推动进口与产业协同。", "推动“进口原料—加工制造—出口成品”产业链延伸，服务石化、新材料产业发展。")
    runin("（四）提升贸易便利化水平。", "深化国际贸易“单一窗口”建设，推动与东盟国家港口数据互联、监管互认。")
    head("五、保障措施")
    body("成立由市人民政府主要负责同志任组长的示范区建设工作领导小组，市财政每年安排不少于5000万元专项资金，建立进口贸易统计监测制度。")
    add_par(doc, "附件：1．中国（广西）自由贸易试验区钦州港片区基本情况表", size=S, line=LN, before=6)
    add_par(doc, "\u3000\u3000\u30002．承诺书", size=S, line=LN)

    # ------------------------------------------------ 附件1 基本情况表 (form)
    empty(doc, 1, line=12)
    add_par(doc, [("附件1", HT, 14, False)], indent=False, line=24, size=14)
    add_par(doc, [("中国（广西）自由贸易试验区钦州港片区基本情况表", XBS, 16, False)],
            align=C, indent=False, line=28, after=4)
    form = [
        [("申报区域名称", "中国（广西）自由贸易试验区钦州港片区")],
        [("所在地", "广西壮族自治区钦州市"), ("管理机构", "中国（广西）自由贸易试验区钦州港片区管理委员会")],
        [("规划面积", "58.19平方公里"), ("设立时间", "2019年8月")],
        [("2025年进口额", "628.4亿元"), ("占全市进口比重", "86.2%")],
        [("有进口实绩企业", "1126家"), ("其中超亿元企业", "64家")],
        [("主要进口商品", "原油、金属矿砂、粮食、东盟水果、冻品")],
        [("主要进口来源地", "东盟、中东、澳大利亚、巴西、俄罗斯")],
        [("现有进口促进平台", "钦州综合保税区、中国—东盟（钦州）水果交易中心、进境粮食指定监管场地、进境肉类指定监管场地")],
        [("联系人", "韦振宇"), ("联系电话", "0777-3689216")],
    ]
    t = doc.add_table(rows=len(form), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ri, pairs in enumerate(form):
        row = t.rows[ri]
        cant_split(row)
        if len(pairs) == 1:
            lab, val = pairs[0]
            set_cell(t.cell(ri, 0), lab, HT, 10.5, line=16)
            m = t.cell(ri, 1).merge(t.cell(ri, 3))
            set_cell(m, val, FS, 10.5, align=L, line=16)
        else:
            for k, (lab, val) in enumerate(pairs):
                set_cell(t.cell(ri, 2 * k), lab, HT, 10.5, line=16)
                set_cell(t.cell(ri, 2 * k + 1), val, FS, 10.5, line=16)
        clauses.append("；".join("%s：%s" % pv for pv in pairs))
    col_widths(t, [3.6, 3.9, 2.8, 5.5])
    for row in t.rows:
        row.height = Cm(0.8)

    # ------------------------------------------------ 附件2 承诺书签章页
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False, line=28)
    empty(doc, 1)
    add_par(doc, [("承 诺 书", XBS, 22, False)], align=C, indent=False, line=40)
    empty(doc, 1)

    def cbody(t):
        clauses.append(t)
        add_par(doc, t, line=30)

    cbody("钦州市人民政府自愿申报国家进口贸易促进创新示范区，现郑重承诺：")
    cbody("一、本次提交的申报书、基本情况表及佐证材料真实、准确、完整，不存在虚报、瞒报、伪造数据等情况。")
    cbody("二、中国（广西）自由贸易试验区钦州港片区近三年未发生重大安全生产事故、重大环境污染事件及走私等重大违法违规行为。")
    cbody("三、获批后将严格按照申报书确定的目标任务推进示范区建设，按要求报送年度工作总结和统计数据，主动接受商务主管部门评估和监督。")
    cbody("如违反上述承诺，我单位愿承担相应责任。")
    empty(doc, 3)
    for txt in ("申报单位（盖章）：钦州市人民政府", "主要负责同志（签字）：", "2026年4月22日"):
        p = add_par(doc, txt, indent=False, line=36)
        p.paragraph_format.left_indent = Cm(6.3)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "国家进口贸易促进创新示范区申报书",
            "doc_number": None,
            "issuer": ["钦州市人民政府"],
            "date": "2026-04-22",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": ["中国（广西）自由贸易试验区钦州港片区基本情况表", "承诺书"],
            "doc_type": "申报书",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_qingshi():
    """岳阳市商务局 推荐请示 (上行文: 特急 in a text box, 签发人, auto numbering)."""
    stem = "blind811_yueyang_qingshi"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")
    n_item = make_numbering(doc, "（%1）")

    # 特急 in a floating text box (top left)
    p = doc.add_paragraph()
    fmt(p, indent=False, line=28)
    p._p.append(textbox_run("特急"))
    add_par(doc, [("岳阳市商务局文件", XBS, 40, False, RED)], align=C, indent=False,
            line=56, before=24)
    empty(doc, 1)
    # 文号 left, 签发人 right, aligned with typed half-width spaces
    p = add_par(doc, [("岳商务〔2026〕17号", FS, 16, False), (" " * 21, FS, 16, False),
                      ("签发人：", FS, 16, False), ("刘建军", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title: one paragraph with soft line breaks
    p = doc.add_paragraph()
    font(p.add_run("岳阳市商务局关于恳请推荐岳阳城陵矶"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("综合保税区申报第四批国家进口贸易"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("促进创新示范区的请示"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "湖南省商务厅：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    items = [0]

    def item(h, t):
        items[0] += 1
        clauses.append("（%s）%s%s" % (CN[items[0] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    body("根据《湖南省商务厅关于组织开展第四批国家进口贸易促进创新示范区申报工作的通知》（湘商外贸〔2026〕23号）要求，经市人民政府同意，我局组织岳阳城陵矶新港区编制了岳阳城陵矶综合保税区(以下简称城陵矶综保区)申报材料。现将有关情况报告如下：")
    head("申报区域基本情况")
    body("城陵矶综保区于2014年7月经国务院批准设立，规划面积2.71平方公里，是湖南省首个综合保税区，依托城陵矶港和粮食、肉类、水果、汽车整车进口指定口岸，已成为长江中游重要的进口商品集散地。2025年,城陵矶综保区实现进出口总额412.8亿元,同比增长16.3%;其中进口额268.5亿元,同比增长19.1%,占全市进口额的74.2%。近三年主要指标如下：")
    add_par(doc, [("城陵矶综保区近三年主要指标", HT, 14, False)], align=C, indent=False,
            line=24, size=14)
    add_par(doc, [("单位：亿元", FS, 12, False)], align=R, indent=False, line=20, size=12)
    header = ["序号", "指标", "2023年", "2024年", "2025年"]
    rows = [
        ["1", "进出口总额", "318.6", "354.9", "412.8"],
        ["2", "进口额", "196.3", "225.5", "268.5"],
        ["3", "粮食进口额", "42.7", "51.3", "60.8"],
        ["4", "跨境电商进口额", "8.2", "10.6", "14.9"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    col_widths(t, [1.4, 4.6, 3.0, 3.0, 3.0])
    head("申报优势")
    item("通道优势明显。", "城陵矶港是长江中游重要港口，已开通至上海洋山港的“天天班”江海直达航线和岳阳至越南、泰国等东盟国家的江海联运航线，形成联通长江经济带和共建“一带一路”国家的进口物流通道。")
    item("平台功能完备。", "城陵矶综保区拥有进境粮食、肉类、水果、汽车整车等4个进口指定监管场地，建成中国（湖南）自由贸易试验区岳阳片区进口商品展示交易中心，开展保税维修、跨境电商网购保税进口等业务。")
    item("产业支撑有力。", "我市石化、食品加工、电子信息等产业对进口原料和关键设备需求旺盛，2025年全市进口原油、粮食、电子元器件等产业链原料和设备合计占进口总额的63.5%。")
    head("下一步工作安排")
    body("如城陵矶综保区获批国家进口贸易促进创新示范区，我市将按照申报书确定的目标任务，重点推进进口商品集散中心建设、进口指定口岸提质扩容、进口贸易新业态培育等工作，力争到2028年城陵矶综保区进口额突破400亿元，打造中部地区重要的进口贸易促进创新平台。")
    add_par(doc, "妥否，请批示。")
    empty(doc, 1)
    # 附件 list: one paragraph, lines separated by Shift+Enter
    p = doc.add_paragraph()
    font(p.add_run("附件：1．国家进口贸易促进创新示范区申报书（岳阳城陵矶综合保税区）"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000\u3000\u30002．岳阳城陵矶综合保税区基本情况表"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000\u3000\u30003．承诺书"), FS, 16)
    fmt(p, line=28)
    p.paragraph_format.left_indent = Pt(0)
    empty(doc, 1)
    # 落款 with Chinese-numeral date, pushed right with typed spaces
    add_par(doc, "\u3000" * 16 + "岳阳市商务局", indent=False)
    add_par(doc, "\u3000" * 14 + "二〇二六年四月二十三日", indent=False)
    empty(doc, 1)
    add_par(doc, "（联系人：陈思远，联系电话：0730-8256731）")
    banji(doc, "抄送：岳阳市人民政府办公室，岳阳城陵矶新港区管委会。",
          "岳阳市商务局办公室", "2026年4月23日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "岳阳市商务局关于恳请推荐岳阳城陵矶综合保税区申报第四批国家进口贸易促进创新示范区的请示",
            "doc_number": "岳商务〔2026〕17号",
            "issuer": ["岳阳市商务局"],
            "date": "2026-04-23",
            "published": None,
            "level": "municipal",
            "region": "岳阳市",
            "effective": None,
            "expires": None,
            "attachments": ["国家进口贸易促进创新示范区申报书（岳阳城陵矶综合保税区）",
                            "岳阳城陵矶综合保税区基本情况表", "承诺书"],
            "doc_type": "请示",
            "recipients": ["湖南省商务厅"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_tongzhi(), doc_shenbaoshu(), doc_qingshi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
