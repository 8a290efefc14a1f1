# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 920: 市政府常务会议审议通过的政策文件解读（图解式，问答加要点，发布机关与解读机关不同）.

Writes blind920_*.docx, the PDFs (LibreOffice) and expected.json into this directory.
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
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
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
    if _pb[0]:
        p.paragraph_format.page_break_before = True
        _pb[0] = False
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def box(p, color="C00000"):
    for side in ("top", "left", "bottom", "right"):
        border(p, side, color, 8, 4)


def shade_par(p, fill):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>'
                         % (nsdecls("w"), fill)))


def shade_cell(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>'
                          % (nsdecls("w"), fill)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


_pb = [False]


def page_break(doc):
    """next paragraph starts a new page (clerk uses 段前分页)."""
    _pb[0] = True


def setup(doc, footer_style="dash"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    fp = s.footer.paragraphs[0]
    fp.alignment = C if footer_style == "dash" else R
    pre, post = ("— ", " —") if footer_style == "dash" else ("－", "－")
    font(fp.add_run(pre), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(post), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def fix_widths(t, widths):
    """set tblGrid + cell widths so LibreOffice honours the column widths."""
    tbl = t._tbl
    tblpr = tbl.tblPr
    lay = parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w"))
    tblpr.append(lay)
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = Cm(w)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def simple_table(doc, header, rows, clauses, widths=None, head_fill="D9D9D9",
                 left_cols=(), size=12):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size)
        if head_fill:
            shade_cell(t.rows[0].cells[i], head_fill)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, size,
                     align=L if ci in left_cols else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        fix_widths(t, widths)
    return t


def textbox_label(p, text, color="FF0000"):
    """Floating VML text box (a clerk's '政策解读' tag) anchored in paragraph p."""
    xml = (
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shape id="tb920" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:-6pt;width:96pt;height:30pt;'
        'z-index:251659264;mso-position-horizontal-relative:margin" '
        'strokecolor="#%s" strokeweight="1.5pt">'
        '<v:textbox><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>'
        '<w:color w:val="%s"/><w:sz w:val="30"/></w:rPr><w:t>%s</w:t></w:r></w:p>'
        '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
        % (nsdecls("w"), color, HT, HT, HT, color, text))
    p._p.append(parse_xml(xml))


def banji(doc, cc_lines, printer, date_txt):
    empty(doc, 2)
    first = True
    for cc in cc_lines:
        p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        if first:
            border(p, "top", "000000", 8, 4)
            first = False
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    border(p2, "top", "000000", 4, 4)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_920", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None,
            "published": None, "level": "municipal", "region": None,
            "effective": None, "expires": None, "attachments": [], "doc_type": None,
            "recipients": [], "publicity": None, "repeals": None}
    base.update(kw)
    return base


# ====================================================================== A
def doc_ningbo():
    """宁波市商务局 interprets a 市政府办公厅 document; Q&A run-in + 一图读懂 attachment."""
    stem = "blind920_ningbo_kjds"
    doc = Document()
    setup(doc)
    clauses = []

    # tag in a floating text box + empty anchor paragraph
    p = add_par(doc, "", indent=False)
    textbox_label(p, "政策解读")
    # title wrapped at odd places, three paragraphs
    for part in ("《宁波市支持跨境电商高质", "量发展若干措施》", "政策解读"):
        add_par(doc, [(part, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)  # indent typed with full-width spaces

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def qa(q, a):
        clauses.append(q + a)
        add_par(doc, [(IND, FS, 16, False), (q, FS, 16, True), (a, FS, 16, False)],
                indent=False)

    head("一、出台背景")
    body("2026年3月5日，宁波市人民政府办公厅印发《宁波市支持跨境电商高质量发展若干措施》（甬政办发〔2026〕9号，以下简称《若干措施》）。《若干措施》已经2026年2月26日市政府第68次常务会议审议通过，由市商务局牵头起草。")
    body("宁波是国家跨境电子商务综合试验区城市，2025年全市跨境电商进出口额达到2316.8亿元，同比增长16.2%，占全市外贸总额的16.9%；累计建设运营海外仓386个，总面积超过520万平方米，海外仓数量和面积均居全国前列。但与此同时，我市跨境电商仍面临自主品牌偏少、独立站发展滞后、海外仓智能化水平不高、专业人才短缺等短板。为进一步巩固提升跨境电商发展优势，服务中国（浙江）自由贸易试验区宁波片区和“一带一路”综合试验区建设，市商务局会同市财政局、宁波海关、市市场监管局等部门研究起草了《若干措施》。")
    head("二、主要内容")
    body("《若干措施》共5个方面20条，概括起来为“1个目标、5大行动、20条举措”(具体见附件）。")
    body("1个目标：到2028年，全市跨境电商进出口额突破3000亿元，培育年进出口额超10亿元的跨境电商龙头企业30家，打造具有国际影响力的跨境电商“宁波品牌”100个。")
    body("5大行动：主体培育行动、品牌出海行动、海外仓提质行动、通关便利行动和人才支撑行动。")
    head("三、热点问答")
    qa("1．《若干措施》的支持对象是哪些？",
       "在宁波市行政区域内依法登记注册、具有独立法人资格、从事跨境电商相关业务的企业，包括跨境电商平台企业、卖家企业、物流企业、海外仓运营企业和综合服务企业等。申报企业近三年内应无严重失信行为，未发生重大安全生产和环境污染事故。")
    qa("2．对海外仓建设有哪些支持政策？",
       "对企业在“一带一路”共建国家和RCEP成员国新建或租用、面积在5000平方米以上的海外仓，按实际投资额或租金的20%给予补助，单个项目最高不超过300万元；对新认定的省级公共海外仓，给予一次性奖励100万元；对智能化改造投入超过200万元的海外仓项目，按设备投资额的15%给予补助，最高不超过150万元。")
    qa("3．跨境电商出口通关有哪些便利举措？",
       "宁波海关将在宁波梅山综合保税区、宁波保税区等海关特殊监管区域全面推广跨境电商出口海外仓（9810）“先出口、后登记”模式，对跨境电商B2B出口货物实行“优先查验、优先放行”，推动跨境电商出口平均通关时间压缩至2小时以内；支持宁波舟山港开通跨境电商海运快线，实现“港区直装、船边直提”。")
    qa("4．政策资金如何申报兑现？",
       "《若干措施》涉及的奖补资金原则上每年集中申报一次，由市商务局会同市财政局发布年度申报通知。企业通过“甬易办”惠企政策平台在线申报，符合“免申即享”条件的事项直接兑现。同一企业同一项目同时符合本市多项扶持政策的，按照“就高不重复”原则给予支持。")
    qa("5．《若干措施》什么时候开始施行？",
       "《若干措施》自2026年4月1日起施行，有效期至2028年3月31日。《宁波市人民政府办公厅关于加快跨境电子商务发展的实施意见》（甬政办发〔2022〕21号）同时废止。")
    add_par(doc, IND + "附件：一图读懂《宁波市支持跨境电商高质量发展若干措施》", indent=False)
    empty(doc, 1)
    # 落款 pushed right with typed half-width spaces
    p = add_par(doc, " " * 38 + "宁波市商务局", indent=False)
    p.paragraph_format.keep_with_next = True
    add_par(doc, " " * 37 + "2026年3月12日", indent=False)

    # ---- attachment on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("一图读懂《宁波市支持跨境电商", XBS, 20, False)], align=C, indent=False,
            line=32)
    add_par(doc, [("高质量发展若干措施》", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1)
    add_par(doc, [("【1个目标】【5大行动】【20条举措】", HT, 14, False, RED)],
            align=C, indent=False, line=24)
    clauses.append("【1个目标】【5大行动】【20条举措】")
    p = add_par(doc, [("《若干措施》要点速览", HT, 14, False), ("\t", FS, 12, False),
                      ("单位：万元", FS, 12, False)], indent=False, line=24, before=6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), 2)

    rows = [
        ["1", "主体培育行动", "跨境电商企业年进出口额首次突破1亿元、5亿元、10亿元的，给予梯度奖励", "定额奖励", "200"],
        ["2", "主体培育行动", "引进跨境电商平台区域总部、结算中心", "按实际到位资金的5%", "500"],
        ["3", "品牌出海行动", "支持企业建设跨境电商独立站", "按建设费用的30%", "50"],
        ["4", "品牌出海行动", "支持企业注册境外商标、开展国际认证", "按实际费用的50%", "30"],
        ["5", "海外仓提质行动", "在“一带一路”共建国家和RCEP成员国新建或租用5000平方米以上海外仓", "按投资额或租金的20%", "300"],
        ["6", "海外仓提质行动", "新认定省级公共海外仓", "一次性奖励", "100"],
        ["7", "海外仓提质行动", "海外仓智能化改造投入超过200万元", "按设备投资额的15%", "150"],
        ["8", "通关便利行动", "开通跨境电商海运快线、海铁联运专线", "按运营费用的10%", "100"],
        ["9", "人才支撑行动", "建设跨境电商人才实训基地", "一次性奖励", "30"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    # two-level header: 序号 / 重点行动 / 主要措施 span 2 rows; 支持标准 spans 2 cols
    for ci in range(3):
        a = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(a, ["序号", "重点行动", "主要措施"][ci], HT, 12)
    top = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(top, "支持标准", HT, 12)
    set_cell(t.cell(1, 3), "支持方式", HT, 12)
    set_cell(t.cell(1, 4), "最高额度", HT, 12)
    for ri in (0, 1):
        repeat_header(t.rows[ri])
        for ci in range(5):
            shade_cell(t.cell(ri, ci), "FBE4D5")
    heads = ["序号", "重点行动", "主要措施", "支持标准／支持方式", "支持标准／最高额度"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12, align=L if ci == 2 else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
    fix_widths(t, [1.4, 2.9, 6.0, 3.3, 2.0])
    note = "注：同一企业同一项目符合本市多项扶持政策的，按“就高不重复”原则执行。"
    add_par(doc, [(note, KT, 12, False)], indent=False, line=22, before=6)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="《宁波市支持跨境电商高质量发展若干措施》政策解读",
            doc_number=None,
            issuer=["宁波市商务局"],
            date="2026-03-12",
            region="宁波市",
            effective="2026-04-01",
            expires="2028-03-31",
            attachments=["一图读懂《宁波市支持跨境电商高质量发展若干措施》"],
            doc_type="解读",
            repeals="《宁波市人民政府办公厅关于加快跨境电子商务发展的实施意见》（甬政办发〔2022〕21号）",
        ),
        "clauses": clauses,
    }]
    return path


# ====================================================================== B
def doc_chengdu():
    """成都市口岸与物流办公室 interprets a 市政府办公厅 document; info box, 要点, 问/答, 续表."""
    stem = "blind920_chengdu_banlie"
    doc = Document()
    setup(doc, footer_style="plain")
    clauses = []

    add_par(doc, [("政策解读", HT, 16, False, RED)], indent=False)
    empty(doc, 1)
    # title: one paragraph with a soft line break at an odd place
    p = doc.add_paragraph()
    font(p.add_run("图解：《成都市支持国际班列高质量"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("发展若干政策措施》"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    # boxed, shaded information block (metadata, not body)
    info = [
        "文件名称：成都市支持国际班列高质量发展若干政策措施",
        "文　　号：成办发〔2026〕11号",
        "发布机关：成都市人民政府办公厅",
        "解读机关：成都市口岸与物流办公室",
        "发布时间：2026年4月9日",
    ]
    for line in info:
        p = add_par(doc, [(line, KT, 14, False)], indent=False, line=24)
        p.paragraph_format.left_indent = Pt(28)
        p.paragraph_format.right_indent = Pt(28)
        box(p)
        shade_par(p, "FDF2E9")
    empty(doc, 1)

    def body(t, indent=True):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def point(label, h, t):
        clauses.append(label + h + t)
        add_par(doc, [(label, HT, 16, False, RED), (h, KT, 16, True), (t, FS, 16, False)])

    head("一、起草背景")
    body("《成都市支持国际班列高质量发展若干政策措施》（以下简称《政策措施》）已于2026年3月19日经市政府第95次常务会议审议通过，2026年3月28日由市政府办公厅正式印发。")
    body("作为中欧班列（成渝）的重要始发地，成都国际铁路港已累计开行国际班列超过3.2万列，2025年开行国际班列5216列，其中中欧班列（成渝）成都方向开行3108列、西部陆海新通道班列2108列，通达境外122个城市、境内38个城市。但随着沿线运输格局深刻调整，班列运营成本上升、回程货源不足、“班列+产业”联动不够等问题日益凸显。为巩固提升国际班列枢纽地位，更好服务共建“一带一路”和西部陆海新通道建设，市口岸物流办会同市财政局、市商务局、成都海关等部门起草了《政策措施》。")
    head("二、政策要点")
    body("《政策措施》共4个方面15条，聚焦“稳规模、优结构、强产业、降成本”。")
    point("【要点一】", "稳定班列开行规模。", "对平台公司开行的中欧班列（成渝）、西部陆海新通道班列，按照线路重要程度和运营质量实施差异化补贴，全程运费补贴标准逐年退坡，2026年起不超过全程运费的15%。")
    point("【要点二】", "优化班列线路结构。", "支持开行经霍尔果斯、阿拉山口口岸至中亚、欧洲的精品线路，以及经北部湾港、中老铁路至东盟的跨境班列；对新开通并连续稳定运行6个月以上的国际线路，给予一次性奖励。")
    point("【要点三】", "推动“班列+产业”融合。", "对利用国际班列开展进出口业务、年运量达到200标准箱以上的制造业企业，按运量给予物流费用补贴；支持企业在成都国际铁路港综合保税区开展保税加工、保税维修和跨境电商业务。")
    point("【要点四】", "降低综合物流成本。", "推广国际班列“一单制”提单融资，对开展多式联运“一单制”业务的企业按单证数量给予奖励；优化“铁路快通”监管模式，进出口货物在铁路口岸实现“运抵即放行”。")
    p = add_par(doc, [("表1　《政策措施》重点支持事项", HT, 14, False)], align=C, indent=False,
                line=24, before=6)

    header = ["序号", "支持事项", "支持内容", "支持标准"]
    part1 = [
        ["1", "班列运营补贴", "平台公司开行中欧班列（成渝）、西部陆海新通道班列", "不超过全程运费的15%"],
        ["2", "新开线路奖励", "新开通并连续稳定运行6个月以上的国际线路", "每条线路一次性奖励100万元"],
        ["3", "回程货源奖励", "组织进口货源搭乘回程班列，年进口运量500标准箱以上", "每标准箱奖励800元，单个企业最高300万元"],
    ]
    part2 = [
        ["4", "制造业企业物流补贴", "利用国际班列开展进出口业务，年运量200标准箱以上", "每标准箱补贴500元，单个企业最高200万元"],
        ["5", "“一单制”奖励", "签发多式联运“一单制”提单并办理融资", "每单奖励2000元，单个企业最高50万元"],
        ["6", "海外集散分拨中心", "在班列沿线节点城市建设运营海外集散分拨中心", "按投资额的10%给予补助，最高500万元"],
    ]
    simple_table(doc, header, part1, clauses, widths=[1.4, 3.2, 6.2, 4.8], left_cols=(2,))
    # clerk split the table by hand and typed 续表
    add_par(doc, [("续表", KT, 12, False)], align=R, indent=False, line=22, before=6)
    simple_table(doc, header, part2, clauses, widths=[1.4, 3.2, 6.2, 4.8], left_cols=(2,))
    note = "注：同一批次货物不得重复享受班列运营补贴和企业物流补贴。"
    add_par(doc, [(note, KT, 12, False)], indent=False, line=22, before=6)
    clauses.append(note)

    head("三、政策问答")

    def q(t):
        clauses.append(t)
        add_par(doc, [(t, HT, 16, False)])

    def a(t):
        clauses.append(t)
        add_par(doc, [(t[:2], KT, 16, True), (t[2:], FS, 16, False)])

    q("问：哪些主体可以享受班列运营补贴？")
    a("答：班列运营补贴的对象为经市政府确定的国际班列平台运营公司。补贴资金与班列开行质量挂钩，重点考核重箱率、回程比例、本地货源占比等指标，对重箱率低于85%的班列不予补贴。")
    q("问：制造业企业申请物流费用补贴需要满足哪些条件？")
    a("答：申请企业须在成都市注册并纳入规模以上工业企业统计，上一年度利用国际班列运输进出口货物达到200标准箱以上，且货物通过成都国际铁路港办理通关手续。")
    q("问：《政策措施》的施行期限是多久？")
    a("答：《政策措施》自2026年4月1日起施行，有效期至2029年3月31日。执行期间如遇国家、省相关政策调整，从其规定。")
    q("问：企业如何申报？")
    a("答：每年第一季度，市口岸物流办将会同市财政局发布上一年度资金申报通知，企业按要求准备申报材料（详见附件），通过“蓉易享”政策服务平台提交申请。")
    empty(doc, 1)
    add_par(doc, "附件：成都国际班列扶持资金申报材料清单")
    empty(doc, 2)
    # 落款 aligned with a right tab stop
    p = add_par(doc, [("\t成都市口岸与物流办公室", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(14.6), 2)
    p = add_par(doc, [("\t2026年4月8日", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(13.6), 2)

    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("成都国际班列扶持资金申报材料清单", XBS, 20, False)], align=C, indent=False,
            line=32)
    empty(doc, 1)
    simple_table(doc, ["序号", "材料名称", "份数", "备注"], [
        ["1", "成都国际班列扶持资金申请表", "1", "加盖企业公章"],
        ["2", "营业执照复印件", "1", "—"],
        ["3", "国际班列运单及报关单汇总表", "1", "附运单、报关单电子件"],
        ["4", "物流费用支付凭证", "1", "银行回单或发票"],
        ["5", "企业信用承诺书", "1", "法定代表人签字"],
    ], clauses, widths=[1.4, 7.0, 1.6, 5.6], left_cols=(1,))

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="图解：《成都市支持国际班列高质量发展若干政策措施》",
            doc_number=None,
            issuer=["成都市口岸与物流办公室"],
            date="2026-04-08",
            published="2026-04-09",
            region="成都市",
            effective="2026-04-01",
            expires="2029-03-31",
            attachments=["成都国际班列扶持资金申报材料清单"],
            doc_type="解读",
        ),
        "clauses": clauses,
    }]
    return path


# ====================================================================== C
def doc_xiamen():
    """Two documents: 市政府办公厅 印发通知 (红头) + 厦门港口管理局 解读 (要点 + Q&A table)."""
    stem = "blind920_xiamen_silu"
    doc = Document()
    setup(doc)

    # ---------------- document 1: the 印发通知 with the measures
    c1 = []
    add_par(doc, [("厦门市人民政府办公厅文件", XBS, 36, False, RED)], align=C, indent=False,
            line=56, before=40)
    empty(doc, 2)
    p = add_par(doc, "厦府办规〔2026〕4号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for part in ("厦门市人民政府办公厅关于印发", "厦门市支持“丝路海运”高质量发展",
                 "若干措施的通知"):
        add_par(doc, [(part, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各区人民政府，市直各委、办、局，各开发区管委会，有关单位：", indent=False)

    def body1(t):
        c1.append(t)
        add_par(doc, t)

    body1("《厦门市支持“丝路海运”高质量发展若干措施》已经市政府第86次常务会议研究通过，现印发给你们，请认真组织实施。")
    empty(doc, 2)
    p = add_par(doc, "厦门市人民政府办公厅", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年4月16日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件主动公开）")

    page_break(doc)
    add_par(doc, [("厦门市支持“丝路海运”高质量发展若干措施", XBS, 22, False)], align=C,
            indent=False, line=36)
    empty(doc, 1)
    body1("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，持续擦亮“丝路海运”品牌，加快建设国际航运中心和21世纪海上丝绸之路核心区重要枢纽，结合我市实际，制定以下措施。")

    def head1(t):
        add_par(doc, [(t, HT, 16, False)])

    def item1(h, t):
        c1.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    head1("一、拓展航线网络")
    item1("（一）支持新开航线。", "对新开辟并冠名“丝路海运”的外贸集装箱航线，连续稳定运营满6个月的，按每条航线给予航运企业一次性奖励200万元；其中通达“一带一路”共建国家港口的，奖励标准提高至300万元。")
    item1("（二）加密既有航线。", "对“丝路海运”航线年度航班数较上年增加26个航次以上的航运企业，按新增航次给予每航次5万元奖励，单个企业年度奖励最高不超过500万元。")
    head1("二、壮大箱量规模")
    item1("（三）奖励箱量增长。", "对在厦门港年度外贸集装箱吞吐量增量超过1万标准箱的航运企业、货代企业，按每标准箱30元给予奖励，单个企业年度最高不超过300万元。")
    item1("（四）发展海铁联运。", "对经厦门港中转、通过中欧班列（厦门）或海铁联运班列运输的集装箱，按每标准箱200元给予补助。")
    head1("三、提升服务效能")
    item1("（五）推进数字化建设。", "支持“丝路海运”信息化平台建设，推动港口、航运、海关、海事等数据互联共享，对企业接入平台并实现电子放货、电子提单的，给予一次性补助20万元。")
    item1("（六）优化口岸通关。", "深化厦门港“智慧口岸”建设，推行进口货物“船边直提”、出口货物“抵港直装”，整体通关时间在2025年基础上再压缩10%以上。")
    head1("四、附则")
    body1("本措施所需资金由市、区两级财政按现行财政体制分担，同一事项符合本市其他同类政策的，按照“就高不重复”原则执行。")
    body1("本措施自2026年5月1日起施行，有效期至2028年4月30日。《厦门市进一步支持“丝路海运”发展若干措施》（厦府办规〔2023〕9号）同时废止。本措施由厦门港口管理局负责解释。")
    banji(doc, ["抄送：市委各部门，厦门警备区，各人民团体。",
                "　　　市人大常委会办公厅，市政协办公厅，市中级法院，市检察院。"],
          "厦门市人民政府办公厅", "2026年4月16日印发")

    expected[stem] = [{
        "meta": meta(
            title="厦门市人民政府办公厅关于印发厦门市支持“丝路海运”高质量发展若干措施的通知",
            doc_number="厦府办规〔2026〕4号",
            issuer=["厦门市人民政府办公厅"],
            date="2026-04-16",
            region="厦门市",
            effective="2026-05-01",
            expires="2028-04-30",
            doc_type="通知",
            recipients=["各区人民政府", "市直各委、办、局", "各开发区管委会", "有关单位"],
            publicity="此件主动公开",
            repeals="《厦门市进一步支持“丝路海运”发展若干措施》（厦府办规〔2023〕9号）",
        ),
        "clauses": c1,
    }]

    # ---------------- document 2: the 解读 by a different organ
    page_break(doc)
    c2 = []
    add_par(doc, [("《厦门市支持“丝路海运”高质量发展", XBS, 22, False)], align=C,
            indent=False, line=36)
    add_par(doc, [("若干措施》解读", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)

    def body2(t):
        c2.append(t)
        add_par(doc, t)

    def item2(h, t):
        c2.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    head1("一、制定背景")
    body2("“丝路海运”是福建省、厦门市服务共建“一带一路”的重要品牌。截至2025年底，冠名“丝路海运”的航线达到136条，通达46个国家和地区的147个港口，2025年厦门港完成集装箱吞吐量1286.7万标准箱，其中“丝路海运”航线完成集装箱吞吐量1032.5万标准箱。为进一步提升“丝路海运”品牌影响力，厦门港口管理局在评估2023年版政策实施效果的基础上，起草了《厦门市支持“丝路海运”高质量发展若干措施》（以下简称《若干措施》），经市政府第86次常务会议研究通过后，由市政府办公厅于2026年4月16日印发。")
    head1("二、主要内容")
    body2("《若干措施》共4个部分6条措施，主要内容如下：")
    item2("（一）拓展航线网络。", "重点支持新开“丝路海运”外贸集装箱航线和加密既有航线，对通达“一带一路”共建国家港口的新航线提高奖励标准。")
    item2("（二）壮大箱量规模。", "对外贸集装箱吞吐量增量较大的航运、货代企业给予奖励，对海铁联运集装箱给予补助，推动“丝路海运”与中欧班列（厦门）无缝衔接。")
    item2("（三）提升服务效能。", "推动“丝路海运”信息化平台建设和“智慧口岸”建设，进一步压缩整体通关时间。")
    item2("（四）明确保障措施。", "明确资金分担方式和“就高不重复”原则。")
    head1("三、数说“丝路海运”")
    add_par(doc, [("表　“丝路海运”主要指标", HT, 14, False)], align=C, indent=False, line=24)
    simple_table(doc, ["指标", "单位", "2025年", "2028年目标"], [
        ["冠名航线", "条", "136", "160"],
        ["通达港口", "个", "147", "180"],
        ["集装箱吞吐量", "万标准箱", "1286.7", "1500"],
        ["海铁联运量", "万标准箱", "8.6", "15"],
    ], c2, widths=[4.4, 3.0, 3.6, 3.6], head_fill="DEEAF6")
    head1("四、政策问答")
    simple_table(doc, ["问题", "解答"], [
        ["新开航线奖励何时兑现？", "航线连续稳定运营满6个月后，航运企业可向厦门港口管理局提出申请，经审核公示后兑现。"],
        ["2023年版政策未兑现的奖励如何处理？", "2026年4月30日前已符合2023年版政策条件的事项，仍按原政策执行。"],
        ["海铁联运补助由谁申请？", "由组织集装箱海铁联运的货代企业或平台公司申请，同一集装箱不得重复申请。"],
    ], c2, widths=[5.0, 10.6], head_fill="DEEAF6", left_cols=(0, 1))
    head1("五、施行时间")
    body2("《若干措施》自2026年5月1日起施行，有效期至2028年4月30日。《厦门市进一步支持“丝路海运”发展若干措施》（厦府办规〔2023〕9号）同时废止。")
    empty(doc, 1)
    p = add_par(doc, "厦门港口管理局", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "二〇二六年四月二十日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)

    expected[stem].append({
        "meta": meta(
            title="《厦门市支持“丝路海运”高质量发展若干措施》解读",
            doc_number=None,
            issuer=["厦门港口管理局"],
            date="2026-04-20",
            region="厦门市",
            effective="2026-05-01",
            expires="2028-04-30",
            doc_type="解读",
            repeals="《厦门市进一步支持“丝路海运”发展若干措施》（厦府办规〔2023〕9号）",
        ),
        "clauses": c2,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path


def main():
    paths = [doc_ningbo(), doc_chengdu(), doc_xiamen()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
