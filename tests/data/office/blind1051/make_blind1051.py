# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1051: 自贸试验区管理办法征求意见稿 (市司法局 / 市商务局).

Page header holds the 文号 or a short title on every page except the first,
a diagonal VML WordArt watermark (征求意见稿 / 内部资料) sits in every header,
footer page numbers "— N —", and one attachment lives in a landscape section.
Writes blind1051_*.docx, their PDFs (LibreOffice) and expected.json next to
this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
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
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT

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


def add_par(doc, runs, **kw):
    """runs: str or list of (text, font, size, bold[, color])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
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
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.header_distance, s.footer_distance = Cm(1.5), Cm(2.0)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    return s


# ----- footer page number "— N —"
def page_number(par, align=C):
    par.alignment = align
    font(par.add_run("— "), SONG, 14)
    r = par.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = par.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                          % nsdecls("w")))
    r = par.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(par.add_run("1"), SONG, 14)
    r = par.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(par.add_run(" —"), SONG, 14)


# ----- diagonal WordArt watermark (what Word's 设计→水印 writes into the header)
_wm_id = [2049]
VNS = ('xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
       'xmlns:w10="urn:schemas-microsoft-com:office:word" '
       'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"')
SHAPETYPE = (
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas>'
    '<v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/>'
    '<v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/>'
    '<v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/>'
    '<v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/>'
    '<v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>'
    '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" '
    'o:connectangles="270,180,90,0"/><v:textpath on="t" fitshape="t"/>'
    '<v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>'
    '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>')


def watermark(par, text, fontname=SONG, color="silver", width=430, height=107):
    sid = _wm_id[0]
    _wm_id[0] += 1
    xml = (
        '<w:r %s><w:rPr><w:noProof/></w:rPr><w:pict>%s'
        '<v:shape id="PowerPlusWaterMarkObject%d" o:spid="_x0000_s%d" type="#_x0000_t136" '
        'style="position:absolute;margin-left:0;margin-top:0;width:%dpt;height:%dpt;rotation:315;'
        'z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
        'mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" '
        'fillcolor="%s" stroked="f"><v:fill opacity=".5"/>'
        '<v:textpath style="font-family:&quot;%s&quot;;font-size:1pt" string="%s"/>'
        '<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>'
        % (VNS, SHAPETYPE, sid, sid, width, height, color, fontname, text))
    par._p.append(parse_xml(xml))


def header_text(hdr, text_runs, align=R, rule=True, tabs=None):
    p = hdr.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = Pt(0)
    if tabs:
        for pos, kind in tabs:
            p.paragraph_format.tab_stops.add_tab_stop(pos, kind)
    for t, name, size in text_runs:
        font(p.add_run(t), name, size)
    if rule:
        border(p, "bottom", "000000", 6, 1)
    return p


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = 1  # center


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def widths(table, cms):
    table.autofit = False
    for i, w in enumerate(cms):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


def landscape_section(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21)
    s.top_margin, s.bottom_margin = Cm(2.5), Cm(2.2)
    s.left_margin, s.right_margin = Cm(3.7), Cm(3.5)
    s.header_distance, s.footer_distance = Cm(1.3), Cm(1.5)
    s.different_first_page_header_footer = False
    return s


def banji(doc, cc, printer, date_txt, width_spaces=8, gap=True):
    if gap:
        empty(doc, 1, line=14)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * width_spaces, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1051", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def article(doc, clauses, num, paras, size=14, line=23):
    """第X条 in 黑体, a full-width space, then text; extra paragraphs/items stay
    in the same clause (joined with no separator)."""
    first = paras[0]
    add_par(doc, [(num, HT, size, False), ("\u3000" + first, FS, size, False)],
            line=line, first=Pt(2 * size))
    for extra in paras[1:]:
        add_par(doc, [(extra, FS, size, False)], line=line, first=Pt(2 * size))
    clauses.append(num + "\u3000" + "".join(paras))


def chapter(doc, text):
    add_par(doc, [(text, HT, 14, False)], align=C, indent=False, line=23, before=4, after=2)


# =================================================================== DOC A
def doc_xiamen():
    """厦门市司法局 征求意见函; 文号 in header from page 2; watermark 征求意见稿;
    附件3 is a landscape table."""
    stem = "blind1051_xiamen_tiaojie"
    doc = Document()
    sec = setup(doc)
    clauses = []
    BANFA = "中国（福建）自由贸易试验区厦门片区国际商事调解管理办法（征求意见稿）"

    # headers / footers
    sec.different_first_page_header_footer = True
    fh = sec.first_page_header.paragraphs[0]
    watermark(fh, "征求意见稿")
    header_text(sec.header, [("厦司函〔2026〕17号", SONG, 10.5)], align=R, rule=True)
    watermark(sec.header.paragraphs[0], "征求意见稿")
    page_number(sec.first_page_footer.paragraphs[0], C)
    page_number(sec.footer.paragraphs[0], C)

    # 函件式版头: organ name in red, double red rule, 文号 right under the rule
    empty(doc, 1, line=20)
    p = add_par(doc, [("厦门市司法局", XBS, 40, False, RED)], align=C, indent=False, line=56)
    border(p, "bottom", "FF0000", 24, 8, val="thickThinSmallGap")
    add_par(doc, [("厦司函〔2026〕17号", FS, 16, False)], align=R, indent=False, before=6, after=10)
    # title wrapped at odd places, three paragraphs
    for t in ["厦门市司法局关于征求《中国（福建）自由",
              "贸易试验区厦门片区国际商事调解",
              "管理办法（征求意见稿）》意见的函"]:
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, "市发展改革委、市商务局、市财政局、市市场监管局、市贸促会，厦门海关，"
                 "中国（福建）自由贸易试验区厦门片区管理委员会，厦门仲裁委员会：", indent=False, before=10)

    def body(t, runs=None):
        clauses.append(t)
        add_par(doc, runs or t)

    body("为贯彻落实《中华人民共和国民事诉讼法》、《中国（福建）自由贸易试验区条例》和最高人民法院关于为“一带一路”建设提供司法服务和保障的有关要求，健全自贸试验区多元化国际商事纠纷解决机制，打造面向共建“一带一路”国家和地区的国际商事调解高地，我局会同厦门片区管委会起草了《" + BANFA + "》（以下简称《办法》），现送你单位征求意见。有关事项函告如下：")
    body("一、请于2026年3月27日（星期五）前将书面意见（加盖单位公章）反馈我局，同时将电子版发送至联系邮箱。逾期未反馈的，视为无意见。")
    body("二、请各单位重点就《办法》第六条调解组织备案条件、第八条境外调解员参与调解、第十一条调解协议司法确认衔接等内容提出意见，具体分工见附件3。")
    body("三、意见建议请注明具体条款及修改理由；对条款作出重大修改的，请一并提供相关依据。")
    body("四、联系人：市司法局立法处黄晓燕，联系电话：0592-2869357，传真：0592-2869360，电子邮箱：xmsfjlfc@163.com。")
    empty(doc, 1)
    # 附件 list, continuation lines aligned with full-width spaces
    add_par(doc, "附件：1．" + BANFA)
    add_par(doc, "\u3000\u3000\u30002．《" + BANFA + "》起草说明")
    add_par(doc, "\u3000\u3000\u30003．征求意见单位及重点征求事项分工表")
    empty(doc, 1)
    add_par(doc, " " * 36 + "厦门市司法局", indent=False)
    add_par(doc, " " * 35 + "2026年3月12日", indent=False)
    add_par(doc, "（此件依申请公开）")

    # ---- 附件1: the draft rules, on its own page
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [("中国（福建）自由贸易试验区厦门片区", XBS, 20, False)], align=C, indent=False, line=30)
    add_par(doc, [("国际商事调解管理办法", XBS, 20, False)], align=C, indent=False, line=30)
    add_par(doc, [("（征求意见稿）", KT, 16, False)], align=C, indent=False, after=6)
    chapter(doc, "第一章\u3000总\u3000\u3000则")
    article(doc, clauses, "第一条", ["为了健全中国（福建）自由贸易试验区厦门片区（以下简称厦门片区）国际商事纠纷多元化解机制，规范国际商事调解活动，服务共建“一带一路”高质量发展，根据《中华人民共和国民事诉讼法》《中国（福建）自由贸易试验区条例》等法律法规，结合厦门片区实际，制定本办法。"])
    article(doc, clauses, "第二条", ["在厦门片区设立的商事调解组织及其调解员开展涉外、涉港澳台商事纠纷调解活动及相关管理工作，适用本办法。"])
    article(doc, clauses, "第三条", ["国际商事调解应当遵循自愿、平等、保密、诚信原则，不得违反法律、行政法规的强制性规定，不得损害国家利益、社会公共利益和他人合法权益。"])
    article(doc, clauses, "第四条", [
        "市司法局负责指导、监督全市商事调解工作，对厦门片区国际商事调解组织实施备案管理。",
        "厦门片区管理委员会（以下简称片区管委会）负责厦门片区国际商事调解的统筹推进和服务保障工作。"])
    chapter(doc, "第二章\u3000调解组织和调解员")
    article(doc, clauses, "第五条", ["鼓励境内外知名商事调解机构、仲裁机构、行业协会商会在厦门片区设立商事调解组织或者分支机构，为共建“一带一路”国家和地区的市场主体提供商事调解服务。"])
    article(doc, clauses, "第六条", [
        "在厦门片区设立国际商事调解组织，应当具备下列条件：",
        "（一）有规范的名称、章程和固定的办公场所；",
        "（二）有5名以上调解员，其中具有涉外商事调解经验的不少于2名；",
        "（三）有健全的调解规则、收费标准和调解员名册。",
        "调解组织应当自依法登记之日起30日内向市司法局备案。"])
    article(doc, clauses, "第七条", ["调解员应当熟悉国际商事规则和国际贸易惯例，具有良好的品行和职业操守，并从事法律、经贸、金融、海事等相关工作满5年。"])
    article(doc, clauses, "第八条", ["符合条件的境外调解员，经调解组织聘任，可以在厦门片区参与国际商事调解活动。境外调解员名册由调解组织报市司法局备案。"])
    chapter(doc, "第三章\u3000调解程序")
    article(doc, clauses, "第九条", ["当事人可以在合同中约定或者在纠纷发生后协议选择调解组织、调解员和调解规则，也可以约定适用国际通行的调解规则。"])
    article(doc, clauses, "第十条", ["调解一般应当自调解组织受理之日起60日内终结；当事人同意延长的，延长期限不超过30日。"])
    article(doc, clauses, "第十一条", ["经调解达成调解协议的，当事人可以依法向有管辖权的人民法院申请司法确认；调解协议具有给付内容的，当事人可以申请办理具有强制执行效力的债权文书公证。"])
    chapter(doc, "第四章\u3000保障与监督")
    article(doc, clauses, "第十二条", ["片区管委会对新设立或者新引进的国际商事调解组织，按照有关规定给予办公用房、人才引进等方面的支持。"])
    article(doc, clauses, "第十三条", ["调解组织和调解员违反本办法规定的，由市司法局责令改正；情节严重的，移出备案名录并向社会公告。"])
    chapter(doc, "第五章\u3000附\u3000\u3000则")
    article(doc, clauses, "第十四条", ["本办法自2026年\u3000\u3000月\u3000\u3000日起施行。"])

    # ---- 附件2: 起草说明
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("《中国（福建）自由贸易试验区厦门片区国际商事", XBS, 20, False)], align=C, indent=False, line=30)
    add_par(doc, [("调解管理办法（征求意见稿）》起草说明", XBS, 20, False)], align=C, indent=False, line=30, after=8)
    add_par(doc, [("一、起草背景", HT, 16, False)])
    body("厦门片区是我国对台交流合作和面向共建“一带一路”国家开放的重要窗口。2025年，厦门片区新增涉外商事主体1863户，受理涉外商事纠纷2417件，同比增长18.9%，其中通过调解方式化解的占31.6%，与市场主体多元化解纠纷的需求相比仍有差距，有必要制定专门管理办法。")
    add_par(doc, [("二、起草过程", HT, 16, False)])
    body("2025年9月以来，我局会同片区管委会赴上海、深圳前海、海南等地调研，召开企业、律师事务所、调解机构座谈会6场，在吸收各方意见基础上形成了《办法》（征求意见稿）。")
    add_par(doc, [("三、主要内容", HT, 16, False)])
    body("《办法》共五章十四条，主要包括：一是明确调解组织备案管理制度；二是允许境外调解员经聘任参与调解活动；三是建立调解协议与司法确认、公证赋强的衔接机制；四是规定政策支持和监督管理措施。")

    # ---- 附件3: landscape table
    landscape_section(doc)
    add_par(doc, [("附件3", HT, 16, False)], indent=False)
    add_par(doc, [("征求意见单位及重点征求事项分工表", XBS, 22, False)], align=C, indent=False, line=36, after=6)
    header = ["序号", "单位", "重点征求条款", "主要征求内容", "反馈时限"]
    rows = [
        ["1", "市发展改革委", "第一条、第十二条", "立法依据、政策支持措施与全市营商环境改革任务的衔接", "3月27日前"],
        ["2", "市商务局", "第五条、第十二条", "境外调解机构引进、涉外企业服务需求", "3月27日前"],
        ["3", "市财政局", "第十二条", "支持措施涉及的资金保障", "3月27日前"],
        ["4", "市市场监管局", "第六条", "调解组织登记与备案衔接", "3月27日前"],
        ["5", "市贸促会", "第五条至第八条", "调解组织设立条件、调解员资格", "3月27日前"],
        ["6", "厦门海关", "第二条", "涉外商事纠纷适用范围", "3月27日前"],
        ["7", "厦门片区管委会", "全文", "统筹推进职责、政策支持措施", "3月24日前"],
        ["8", "厦门仲裁委员会", "第九条至第十一条", "调解与仲裁衔接、调解协议效力", "3月27日前"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 14)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 14, align=L if ci == 3 else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    widths(t, [1.6, 4.2, 4.4, 9.0, 3.2])
    note = "注：各单位对其他条款有意见的，可一并提出。"
    add_par(doc, [(note, FS, 14, False)], indent=False, line=24, before=6)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "厦门市司法局关于征求《" + BANFA + "》意见的函",
            "doc_number": "厦司函〔2026〕17号",
            "issuer": ["厦门市司法局"],
            "date": "2026-03-12",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": [BANFA, "《" + BANFA + "》起草说明", "征求意见单位及重点征求事项分工表"],
            "doc_type": "函",
            "recipients": ["市发展改革委", "市商务局", "市财政局", "市市场监管局", "市贸促会",
                           "厦门海关", "中国（福建）自由贸易试验区厦门片区管理委员会",
                           "厦门仲裁委员会"],
            "publicity": "此件依申请公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_nanning():
    """南宁市商务局 公开征求意见公告 (web version, no 红头, no 文号); short title in
    the header from page 2; watermark 征求意见稿; 附件3 措施清单 landscape with a
    two-level header and vertically merged 类别 cells; spaces typed to indent,
    half-width punctuation mixed in."""
    stem = "blind1051_nanning_maoyi"
    doc = Document()
    sec = setup(doc)
    clauses = []
    BANFA = "中国（广西）自由贸易试验区南宁片区跨境贸易便利化管理办法（征求意见稿）"

    sec.different_first_page_header_footer = True
    watermark(sec.first_page_header.paragraphs[0], "征求意见稿", fontname=FS)
    header_text(sec.header, [("南宁片区跨境贸易便利化管理办法（征求意见稿）", KT, 10.5)],
                align=C, rule=True)
    watermark(sec.header.paragraphs[0], "征求意见稿", fontname=FS)
    page_number(sec.first_page_footer.paragraphs[0], C)
    page_number(sec.footer.paragraphs[0], C)

    SP = "    "  # clerk indents with four typed spaces instead of first-line indent

    def body(t):
        clauses.append(t)
        add_par(doc, SP + t, indent=False)

    fmt(doc.add_paragraph(), indent=False, line=14)
    for t in ["南宁市商务局关于公开征求《中国（广西）",
              "自由贸易试验区南宁片区跨境贸易便利化",
              "管理办法（征求意见稿）》意见的公告"]:
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    fmt(doc.add_paragraph(), indent=False, line=14)
    body("为深入推进中国（广西）自由贸易试验区南宁片区（以下简称南宁片区）高水平制度型开放，提升面向东盟的跨境贸易便利化水平，服务中国—东盟自由贸易区3.0版建设和西部陆海新通道高质量发展，我局会同南宁片区管委会、南宁海关起草了《" + BANFA + "》，现向社会公开征求意见。公众可通过以下途径和方式提出意见建议:")
    body("一、通过电子邮件将意见发送至:nnswjmyc@126.com，邮件主题请注明“南宁片区跨境贸易便利化管理办法意见”。")
    body("二、通过信函将意见寄至:南宁市青秀区民族大道118号南宁市商务局对外贸易处(邮编:530022)，并在信封上注明“征求意见”字样。")
    body("三、意见反馈截止时间为2026年5月15日。")
    body("感谢您的参与和支持！")
    empty(doc, 1)
    add_par(doc, SP + "附件:1.中国（广西）自由贸易试验区南宁片区跨境贸易便利化管理办法（征求意见稿）", indent=False)
    add_par(doc, SP + "     2.《中国（广西）自由贸易试验区南宁片区跨境贸易便利化管理办法（征求意见稿）》起草说明", indent=False)
    add_par(doc, SP + "     3.中国（广西）自由贸易试验区南宁片区跨境贸易便利化措施清单", indent=False)
    empty(doc, 1)
    add_par(doc, "南宁市商务局", align=R, indent=False).paragraph_format.right_indent = Pt(48)
    add_par(doc, "2026年4月15日", align=R, indent=False).paragraph_format.right_indent = Pt(32)

    # ---- 附件1
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [("中国（广西）自由贸易试验区南宁片区", XBS, 20, False)], align=C, indent=False, line=30)
    add_par(doc, [("跨境贸易便利化管理办法", XBS, 20, False)], align=C, indent=False, line=30)
    add_par(doc, [("（征求意见稿）", KT, 16, False)], align=C, indent=False, after=6)
    article(doc, clauses, "第一条", ["为了提升中国（广西）自由贸易试验区南宁片区（以下简称南宁片区）跨境贸易便利化水平，优化口岸营商环境，根据《中华人民共和国海关法》《中国（广西）自由贸易试验区条例》等规定，结合南宁片区实际，制定本办法。"])
    article(doc, clauses, "第二条", ["本办法适用于在南宁片区内开展货物贸易、服务贸易进出口及相关通关、物流、结算等活动的便利化管理和服务。"])
    article(doc, clauses, "第三条", ["市商务局负责统筹协调南宁片区跨境贸易便利化工作，南宁片区管委会负责具体组织实施。海关、税务、外汇管理等部门和单位按照各自职责做好相关工作。"])
    article(doc, clauses, "第四条", ["南宁片区实行跨境贸易便利化措施清单管理。措施清单由市商务局会同南宁片区管委会、南宁海关制定并动态调整，向社会公布。"])
    article(doc, clauses, "第五条", ["支持企业通过中国—东盟跨境公路运输、西部陆海新通道海铁联运、中越跨境班列等方式开展进出口业务，推行“提前申报”“抵港直装”等通关模式。"])
    article(doc, clauses, "第六条", ["鼓励银行业金融机构为南宁片区内企业提供跨境人民币结算、贸易融资等金融服务，支持开展与东盟国家本币结算业务。"])
    article(doc, clauses, "第七条", ["有关部门应当建立跨境贸易便利化评估机制，每年对措施清单实施情况开展评估，评估结果向社会公开。"])
    article(doc, clauses, "第八条", ["本办法自2026年7月1日起施行，有效期至2031年6月30日。"])

    # ---- 附件2
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("《中国（广西）自由贸易试验区南宁片区跨境贸易", XBS, 20, False)], align=C, indent=False, line=30)
    add_par(doc, [("便利化管理办法（征求意见稿）》起草说明", XBS, 20, False)], align=C, indent=False, line=30, after=8)
    body("2025年，南宁片区实现外贸进出口总额1268.4亿元，同比增长12.7%，其中对东盟进出口742.6亿元，占比58.5%。为固化通关便利化改革成果，回应企业对规则稳定性、透明度的期待，我局起草了《办法》（征求意见稿），现将有关情况说明如下。")
    body("一、起草依据。主要依据《中华人民共和国海关法》《中国（广西）自由贸易试验区条例》以及国家关于自由贸易试验区提升战略的有关部署。")
    body("二、主要内容。《办法》共八条，明确了适用范围和部门职责，建立措施清单管理制度，对通关模式、跨境金融服务和评估机制作出规定。措施清单见附件3。")

    # ---- 附件3: landscape, 2-level header, merged 类别
    landscape_section(doc)
    add_par(doc, [("附件3", HT, 16, False)], indent=False)
    add_par(doc, [("中国（广西）自由贸易试验区南宁片区跨境贸易便利化措施清单", XBS, 20, False)],
            align=C, indent=False, line=34, after=6)
    data = [
        ["1", "通关便利", "进口货物“两段准入”", "对进口货物实施“两段准入”监管，符合条件的货物可提离口岸后完成检查", "南宁海关"],
        ["2", "通关便利", "中越跨境班列“一单到底”", "推行中越跨境班列全程铁路运单，一次申报、全程通行", "南宁海关、南宁国际铁路港"],
        ["3", "物流便利", "海铁联运“一箱到底”", "西部陆海新通道海铁联运集装箱全程不换箱、不开箱", "南宁片区管委会"],
        ["4", "物流便利", "跨境公路运输“直通车”", "中国—东盟跨境公路运输车辆在口岸优先查验、优先通行", "市交通运输局"],
        ["5", "结算便利", "东盟本币结算", "扩大与东盟国家人民币、越南盾等本币结算规模", "人民银行南宁市分行"],
        ["6", "结算便利", "出口退税“即报即退”", "对纳税信用等级高的出口企业实行退税快速办理", "市税务局"],
    ]
    t = doc.add_table(rows=2 + len(data), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    r0, r1 = t.rows[0].cells, t.rows[1].cells
    for ci, h in [(0, "序号"), (1, "类别"), (4, "责任单位")]:
        m = r0[ci].merge(r1[ci])
        set_cell(m, h, HT, 14)
    m = r0[2].merge(r0[3])
    set_cell(m, "措施", HT, 14)
    set_cell(t.rows[1].cells[2], "名称", HT, 14)
    set_cell(t.rows[1].cells[3], "主要内容", HT, 14)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    cols = ["序号", "类别", "措施／名称", "措施／主要内容", "责任单位"]
    for ri, row in enumerate(data, 2):
        cells = t.rows[ri].cells
        for ci, v in enumerate(row):
            if ci == 1:
                continue
            set_cell(cells[ci], v, FS, 14, align=L if ci == 3 else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(cols, row)))
    # vertical merge of 类别 (pairs of rows)
    for top in (2, 4, 6):
        m = t.rows[top].cells[1].merge(t.rows[top + 1].cells[1])
        set_cell(m, data[top - 2][1], FS, 14)
    widths(t, [1.6, 3.0, 5.2, 9.4, 3.8])
    note = "注：措施清单实行动态调整，由市商务局会同有关部门每年更新一次。"
    add_par(doc, [(note, FS, 14, False)], indent=False, line=24, before=6)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "南宁市商务局关于公开征求《" + BANFA + "》意见的公告",
            "doc_number": None,
            "issuer": ["南宁市商务局"],
            "date": "2026-04-15",
            "published": None,
            "level": "municipal",
            "region": "南宁市",
            "effective": "2026-07-01",
            "expires": "2031-06-30",
            "attachments": [BANFA, "《" + BANFA + "》起草说明",
                            "中国（广西）自由贸易试验区南宁片区跨境贸易便利化措施清单"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_qingdao():
    """青岛市商务局文件 (红头, 份号, 特急), 通知 with （一） items; header with 文号 +
    内部资料 via a right tab, odd/even page numbers; watermark 内部资料;
    title typed with manual line breaks; date in Chinese numerals; 附件2
    起草说明 in a landscape section with a comparison table; 版记 at the end."""
    stem = "blind1051_qingdao_waizi"
    doc = Document()
    sec = setup(doc)
    clauses = []

    def art(*a):
        article(*a, line=22)
    BANFA = "中国（山东）自由贸易试验区青岛片区外商投资服务管理办法（征求意见稿）"

    doc.settings.odd_and_even_pages_header_footer = True
    sec.different_first_page_header_footer = True
    watermark(sec.first_page_header.paragraphs[0], "内部资料", fontname=HT, color="#D8D8D8")
    tabs = [(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)]
    for hdr in (sec.header, sec.even_page_header):
        header_text(hdr, [("青商字〔2026〕41号", SONG, 10.5), ("\t内部资料\u3000注意保管", SONG, 10.5)],
                    align=L, rule=True, tabs=tabs)
        watermark(hdr.paragraphs[0], "内部资料", fontname=HT, color="#D8D8D8")
    # 公文 style: odd pages number on the right, even pages on the left
    fp = sec.first_page_footer.paragraphs[0]
    page_number(fp, R)
    fp.paragraph_format.right_indent = Pt(14)
    op = sec.footer.paragraphs[0]
    page_number(op, R)
    op.paragraph_format.right_indent = Pt(14)
    ep = sec.even_page_footer.paragraphs[0]
    page_number(ep, L)
    ep.paragraph_format.left_indent = Pt(14)

    add_par(doc, [("000028", FS, 16, False)], indent=False, line=24)
    add_par(doc, [("特急", HT, 16, False)], indent=False, line=24)
    add_par(doc, [("青岛市商务局文件", XBS, 44, False, RED)], align=C, indent=False, line=60, before=6, after=12)
    p = add_par(doc, "青商字〔2026〕41号", align=C, indent=False)
    border(p, "bottom", "FF0000", 18, 6)
    fmt(doc.add_paragraph(), indent=False, line=20)
    # title: one paragraph, lines split with Shift+Enter
    p = doc.add_paragraph()
    fmt(p, align=C, indent=False, line=34)
    lines = ["青岛市商务局关于征求《中国（山东）", "自由贸易试验区青岛片区外商投资服务",
             "管理办法（征求意见稿）》修改意见的通知"]
    for i, ln in enumerate(lines):
        r = font(p.add_run(ln), XBS, 22)
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
    add_par(doc, "各区（市）商务主管部门，中国（山东）自由贸易试验区青岛片区管委会，市直有关部门：",
            indent=False, before=10)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    body("为进一步扩大高水平对外开放，稳外资、优服务，我局在总结《中国（山东）自由贸易试验区青岛片区外商投资服务暂行办法》实施情况的基础上，起草了《" + BANFA + "》（以下简称《办法》）。为增强《办法》的科学性和可操作性，现印发给你们，请结合工作实际认真研究，提出修改意见。现将有关事项通知如下：")
    head("一、征求意见范围")
    body("（一）各区（市）商务主管部门重点就外资项目全流程服务、投诉处理等内容提出意见。")
    body("（二）青岛片区管委会重点就外资准入后服务、对日韩及共建“一带一路”国家投资促进等内容提出意见。")
    body("（三）市直有关部门结合各自职责提出意见。")
    head("二、有关要求")
    body("（一）请各单位于2026年4月20日（星期一）前将加盖公章的书面意见报送市商务局外国投资管理处，电子版同时发送至qdswjwzc@163.com。逾期未反馈的，视为无修改意见。")
    body("（二）《办法》属内部征求意见材料，请妥善保管，不得对外公开或者擅自转发。")
    body("联系人：王振宇，联系电话：0532-85911437。")
    empty(doc, 1)
    add_par(doc, "附件：1．" + BANFA)
    add_par(doc, "\u3000\u3000\u30002．关于《" + BANFA + "》的起草说明")
    empty(doc, 1)
    add_par(doc, "\u3000" * 17 + "青岛市商务局", indent=False)
    add_par(doc, "\u3000" * 16 + "二〇二六年四月七日", indent=False)
    add_par(doc, "（此件不予公开）")

    # ---- 附件1
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [("中国（山东）自由贸易试验区青岛片区", XBS, 20, False)], align=C, indent=False, line=30)
    add_par(doc, [("外商投资服务管理办法", XBS, 20, False)], align=C, indent=False, line=30)
    add_par(doc, [("（征求意见稿）", KT, 16, False)], align=C, indent=False, after=6)
    art(doc, clauses, "第一条", ["为了优化中国（山东）自由贸易试验区青岛片区（以下简称青岛片区）外商投资环境，根据《中华人民共和国外商投资法》及其实施条例等规定，结合实际，制定本办法。"])
    art(doc, clauses, "第二条", ["本办法所称外商投资服务，是指有关部门和青岛片区管委会为外国投资者、外商投资企业提供的政策咨询、项目落地、要素保障、权益保护等服务。"])
    art(doc, clauses, "第三条", ["青岛片区建立外商投资企业“服务专员”制度，为重点外资项目提供全生命周期服务。"])
    art(doc, clauses, "第四条", ["青岛片区管委会应当聚焦日韩、欧洲及共建“一带一路”国家和地区开展精准招商和投资促进活动，每年发布外商投资指引。"])
    art(doc, clauses, "第五条", ["外商投资企业认为行政机关及其工作人员的行政行为侵犯其合法权益的，可以通过外商投资企业投诉工作机制申请协调解决。投诉处理机构应当自受理之日起30个工作日内办结；情况复杂的，经批准可以延长15个工作日。"])
    art(doc, clauses, "第六条", [
        "外商投资企业可以依法通过下列方式参与标准制定和政府采购活动：",
        "（一）参与国家标准、行业标准、地方标准和团体标准的制定、修订工作；",
        "（二）依法平等参与政府采购活动；",
        "（三）法律、法规规定的其他方式。"])
    art(doc, clauses, "第七条", ["本办法自发布之日起施行。《中国（山东）自由贸易试验区青岛片区外商投资服务暂行办法》（青自贸发〔2022〕7号）同时废止。"])

    # ---- 附件2 in landscape
    landscape_section(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("关于《中国（山东）自由贸易试验区青岛片区外商投资服务管理办法", XBS, 20, False)],
            align=C, indent=False, line=28)
    add_par(doc, [("（征求意见稿）》的起草说明", XBS, 20, False)], align=C, indent=False, line=28, after=4)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 14, False), (t, FS, 14, False)], line=24, first=Pt(28))

    runin("一、起草必要性。", "2022年《暂行办法》印发实施以来，青岛片区累计新设外商投资企业612家，实际使用外资21.4亿美元，但《暂行办法》在服务专员制度、投诉处理时限等方面已不能完全适应新形势要求，有必要修订完善。")
    runin("二、主要修改内容。", "与《暂行办法》相比，《办法》主要作了以下修改，具体对照如下：")
    header = ["序号", "《暂行办法》规定", "《办法》（征求意见稿）规定", "修改理由"]
    rows = [
        ["1", "未规定服务专员制度", "第三条建立外商投资企业“服务专员”制度", "固化青岛片区“一企一专员”改革经验"],
        ["2", "投诉处理时限为60个工作日", "第五条将投诉处理时限压缩至30个工作日", "对标国际一流营商环境，提升投诉办理效率"],
        ["3", "未规定参与标准制定", "第六条明确外商投资企业依法参与标准制定和政府采购", "落实《中华人民共和国外商投资法》关于公平竞争的规定"],
        ["4", "投资促进对象未作具体规定", "第四条聚焦日韩、欧洲及共建“一带一路”国家和地区", "发挥青岛片区面向日韩开放合作优势"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=C if ci == 0 else L)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    widths(t, [1.4, 5.2, 8.2, 7.7])
    runin("三、需要说明的问题。", "《办法》第五条规定的投诉处理时限严于《外商投资企业投诉工作办法》规定的60个工作日；第七条明确《暂行办法》同时废止，避免新旧规定并行。")
    banji(doc, "抄送：市人民政府办公厅，市司法局。", "青岛市商务局办公室", "2026年4月7日印发", 20, gap=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "青岛市商务局关于征求《" + BANFA + "》修改意见的通知",
            "doc_number": "青商字〔2026〕41号",
            "issuer": ["青岛市商务局"],
            "date": "2026-04-07",
            "published": None,
            "level": "municipal",
            "region": "青岛市",
            "effective": None,
            "expires": None,
            "attachments": [BANFA, "关于《" + BANFA + "》的起草说明"],
            "doc_type": "通知",
            "recipients": ["各区（市）商务主管部门", "中国（山东）自由贸易试验区青岛片区管委会",
                           "市直有关部门"],
            "publicity": "此件不予公开",
            "repeals": "《中国（山东）自由贸易试验区青岛片区外商投资服务暂行办法》（青自贸发〔2022〕7号）",
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_xiamen(), doc_nanning(), doc_qingdao()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
