# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 893: 进博会省交易团组建工作方案、交易分团名单、联络员回执 (Word + PDF + expected.json)."""
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
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False, line=12)


def setup(doc, footer_font=SONG):
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
    fp.alignment = C
    font(fp.add_run("— "), footer_font, 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        r = fp.add_run("1" if kind == "text" else "")
        font(r, footer_font, 14)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>'
                                  % (nsdecls("w"), txt)))
        elif kind != "text":
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), footer_font, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def set_widths(t, widths):
    """Fixed layout + grid widths so LibreOffice honours the column widths."""
    t.autofit = False
    tbl = t._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


def banji(doc, cc, printer, date_txt, gap=2):
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_893", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# Word automatic numbering (chineseCounting "一、")
_next_abs = [800]


def make_numbering(doc, lvl_text):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text))
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


def textbox_run(p, text, left_pt, width_pt, height_pt=30, name=FS, size=16):
    """Floating VML text box anchored in paragraph p (no border)."""
    xml = (
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:%dpt;margin-top:-2pt;width:%dpt;height:%dpt;'
        'z-index:251659264;mso-position-horizontal-relative:text;'
        'mso-position-vertical-relative:text" stroked="f" filled="f">'
        '<v:textbox inset="0,0,0,0"><w:txbxContent><w:p><w:pPr><w:jc w:val="right"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>'
        '<w:sz w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
        '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
        % (nsdecls("w"), left_pt, width_pt, height_pt, name, name, name, size * 2, text))
    p._p.append(parse_xml(xml))


expected = {}


# =================================================================== DOC A
def doc_henan():
    """豫政办 notice issuing the 交易团组建工作方案 (方案 as 附件, 附表 with merged header)."""
    stem = "blind893_henan_fangan"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    # red 版头 "…文件"
    add_par(doc, [("河南省人民政府办公厅文件", XBS, 36, False, RED)],
            align=C, indent=False, line=50, before=0)
    empty(doc, 1)
    p = add_par(doc, "豫政办〔2026〕18号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: three separate paragraphs, wrapped by hand
    for t in ("河南省人民政府办公厅关于印发第九届", "中国国际进口博览会河南交易团组建", "工作方案的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各省辖市人民政府，济源示范区管委会，航空港区管委会，省人民政府各部门：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("《第九届中国国际进口博览会河南交易团组建工作方案》已经省政府同意，现印发给你们，请结合实际认真组织实施。")
    empty(doc, 1)
    add_par(doc, "附件：第九届中国国际进口博览会河南交易团组建工作方案")
    empty(doc, 2)
    p = add_par(doc, "河南省人民政府办公厅", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年5月20日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(80)
    add_par(doc, "（此件公开发布）")

    # ---------------- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("第九届中国国际进口博览会", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("河南交易团组建工作方案", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)

    buyers = [
        ("属地交易分团", "郑州交易分团", "郑州市人民政府", 1200, 5000),
        ("属地交易分团", "开封交易分团", "开封市人民政府", 180, 800),
        ("属地交易分团", "洛阳交易分团", "洛阳市人民政府", 420, 2000),
        ("属地交易分团", "平顶山交易分团", "平顶山市人民政府", 160, 700),
        ("属地交易分团", "安阳交易分团", "安阳市人民政府", 180, 800),
        ("属地交易分团", "鹤壁交易分团", "鹤壁市人民政府", 100, 400),
        ("属地交易分团", "新乡交易分团", "新乡市人民政府", 220, 1000),
        ("属地交易分团", "焦作交易分团", "焦作市人民政府", 180, 800),
        ("属地交易分团", "濮阳交易分团", "濮阳市人民政府", 130, 600),
        ("属地交易分团", "许昌交易分团", "许昌市人民政府", 220, 1000),
        ("属地交易分团", "漯河交易分团", "漯河市人民政府", 130, 600),
        ("属地交易分团", "三门峡交易分团", "三门峡市人民政府", 120, 500),
        ("属地交易分团", "南阳交易分团", "南阳市人民政府", 260, 1200),
        ("属地交易分团", "商丘交易分团", "商丘市人民政府", 180, 800),
        ("属地交易分团", "信阳交易分团", "信阳市人民政府", 160, 800),
        ("属地交易分团", "周口交易分团", "周口市人民政府", 180, 800),
        ("属地交易分团", "驻马店交易分团", "驻马店市人民政府", 160, 800),
        ("属地交易分团", "济源交易分团", "济源示范区管委会", 80, 400),
        ("属地交易分团", "航空港区交易分团", "航空港区管委会", 260, 1200),
        ("行业交易分团", "省属企业交易分团", "省政府国资委", 240, 800),
        ("行业交易分团", "医药健康交易分团", "省卫生健康委", 160, 1000),
        ("行业交易分团", "农业食品交易分团", "省农业农村厅", 120, 600),
        ("行业交易分团", "金融服务交易分团", "国家金融监督管理总局河南监管局", 80, 400),
    ]
    sum_b = sum(r[3] for r in buyers)
    sum_a = sum(r[4] for r in buyers)

    body("第九届中国国际进口博览会（以下简称进博会）定于2026年11月5日至10日在国家会展中心（上海）举办。为扎实做好河南交易团组建工作，根据商务部有关要求，结合我省实际，制定本方案。")
    head("总体要求")
    body("坚持“政府引导、企业主体、市场运作、务求实效”，以扩大先进技术装备、关键零部件、优质消费品和服务进口为重点，组织更多有实力、有需求的企业注册参会，力争我省采购商数量和意向成交金额实现“双提升”。全省组织采购商不少于%d家、专业观众不少于%d人，其中年进口额500万美元以上的重点采购商不少于600家。" % (sum_b, sum_a))
    head("组织架构")
    runin("（一）交易团。", "成立第九届进博会河南交易团（以下简称交易团），由省政府分管副省长任团长，省政府分管副秘书长、省商务厅厅长任副团长，省发展改革委、省商务厅、省卫生健康委、省政府国资委、郑州海关、省贸促会等单位分管负责同志为成员。交易团下设办公室，设在省商务厅，承担交易团日常工作。")
    runin("（二）交易分团。", "按照“属地组团与行业组团相结合”的原则，设立交易分团%d个，其中属地交易分团19个、行业交易分团4个。属地交易分团由各省辖市政府、济源示范区管委会、航空港区管委会牵头组建，行业交易分团由省直有关部门（单位）牵头组建，分团长由牵头单位分管负责同志担任。各交易分团组团目标见附表。" % len(buyers))
    head("工作任务")
    runin("（一）广泛动员采购商。", "各交易分团要全面梳理本地区、本行业进口需求，重点动员“链主”企业、外贸骨干企业、大型商超和三级医院注册参会，做到应报尽报。")
    runin("（二）规范注册报名。", "采购商和专业观众统一通过进博会官方网站进行注册，由交易团办公室审核。")
    body("1.采购商注册时间为2026年6月1日至9月30日。")
    body("2.专业观众注册时间为2026年7月1日至10月15日，逾期不再受理。")
    runin("（三）办好配套活动。", "进博会期间，交易团举办河南省进口贸易供需对接会、投资促进推介会各1场。")
    runin("（四）强化服务保障。", "交易团办公室统一负责证件申领、住宿交通协调和安全保卫等工作。各交易分团要明确1名处级干部担任联络员，于2026年6月10日前报交易团办公室。")

    # ---------------- 附表 (own page, 2-level header, merged 类别, header repeated)
    p = add_par(doc, [("附表", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("第九届进博会河南交易团交易分团组建安排表", XBS, 18, False)],
            align=C, indent=False, line=30, after=6)
    hdr = ["序号", "类别", "交易分团名称", "牵头单位",
           "组团目标／采购商（家）", "组团目标／专业观众（人）"]
    t = doc.add_table(rows=2 + len(buyers) + 1, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.2), Cm(1.6), Cm(3.5), Cm(5.3), Cm(2.0), Cm(2.0)]
    set_widths(t, widths)
    for i, h in enumerate(["序号", "类别", "交易分团名称", "牵头单位"]):
        m = t.cell(0, i).merge(t.cell(1, i))
        set_cell(m, h, HT, 11)
    m = t.cell(0, 4).merge(t.cell(0, 5))
    set_cell(m, "组团目标", HT, 11)
    set_cell(t.cell(1, 4), "采购商（家）", HT, 11)
    set_cell(t.cell(1, 5), "专业观众（人）", HT, 11)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    n_local = sum(1 for r in buyers if r[0] == "属地交易分团")
    for k, (cat, name, lead, b, a) in enumerate(buyers):
        ri = 2 + k
        vals = [str(k + 1), cat, name, lead, str(b), str(a)]
        for ci in (0, 2, 3, 4, 5):
            set_cell(t.cell(ri, ci), vals[ci], FS, 10.5, line=13)
        clauses.append(row_clause(hdr, vals))
    # merged 类别 column
    m1 = t.cell(2, 1).merge(t.cell(2 + n_local - 1, 1))
    set_cell(m1, "属地交易分团", FS, 10.5, line=13)
    m2 = t.cell(2 + n_local, 1).merge(t.cell(2 + len(buyers) - 1, 1))
    set_cell(m2, "行业交易分团", FS, 10.5, line=13)
    last = 2 + len(buyers)
    tot = ["合计", "—", "—", "—", str(sum_b), str(sum_a)]
    for ci, v in enumerate(tot):
        set_cell(t.cell(last, ci), v, HT if ci == 0 else FS, 10.5, line=13)
    clauses.append(row_clause(hdr, tot))
    note = "注：1.组团目标为最低目标，各交易分团可结合实际适当提高。2.中央在豫企业参会采购纳入所在地属地交易分团统筹组织。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    banji(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，郑州海关。",
          "河南省人民政府办公厅", "2026年5月20日印发", gap=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "河南省人民政府办公厅关于印发第九届中国国际进口博览会河南交易团组建工作方案的通知",
            "doc_number": "豫政办〔2026〕18号",
            "issuer": ["河南省人民政府办公厅"],
            "date": "2026-05-20",
            "published": None,
            "level": "provincial",
            "region": "河南省",
            "effective": None,
            "expires": None,
            "attachments": ["第九届中国国际进口博览会河南交易团组建工作方案"],
            "doc_type": "通知",
            "recipients": ["各省辖市人民政府", "济源示范区管委会", "航空港区管委会", "省人民政府各部门"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_sichuan():
    """川商 信函格式 notice: 交易分团名单 (附件1) + 联络员回执 blank form (附件2)."""
    stem = "blind893_sichuan_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("四川省商务厅", XBS, 40, False, RED)], align=C, indent=False, line=48, before=0)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 30, 1, val="thickThinSmallGap")
    add_par(doc, "川商会展函〔2026〕43号", align=R, indent=False, before=6)
    # title: one paragraph, soft breaks at odd places
    p = doc.add_paragraph()
    lines = ["四川省商务厅关于做好第九届中国国际", "进口博览会四川交易团交易分团组建及",
             "联络员报送工作的通知"]
    for i, ln in enumerate(lines):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(ln), XBS, 22)
    fmt(p, align=C, indent=False, line=34, before=6, after=6)
    add_par(doc, "各市（州）商务主管部门，省直有关部门，有关省属国有企业：", indent=False)

    IND = "\u3000\u3000"

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, True), (t, FS, 16, False)], indent=False)

    body("第九届中国国际进口博览会（以下简称进博会）将于2026年11月5日至10日在国家会展中心（上海）举办。为做好四川交易团交易分团组建和联络员报送工作，现将有关事项通知如下：")
    head("一、交易分团组建")
    runin("（一）组建方式。", "四川交易团下设交易分团26个，其中市（州）交易分团21个，天府新区、自贸试验区交易分团各1个，省属企业、医疗卫生、投资促进等行业交易分团3个，分团长由牵头单位分管负责同志担任。交易分团名单见附件1。")
    runin("（二）组团目标。", "全省组织采购商不少于3500家、专业观众不少于1.5万人。")
    head("二、联络员报送")
    runin("（一）人员要求。", "每个交易分团确定主联络员、备用联络员各1名，主联络员原则上由牵头单位处（科）级干部担任，确定后原则上不作调整。")
    runin("（二）报送方式。", "请各交易分团牵头单位于2026年7月3日（星期五）前，将联络员回执（附件2）加盖公章后的扫描件及Word版发送至scjyt2026@163.com。")
    runin("（三）联系方式。", "省商务厅会展处王琳，028-83225816（兼传真）。")
    head("三、有关要求")
    body("1.高度重视。各牵头单位要明确分管领导和责任处室。")
    body("2．加强统筹。中央在川企业原则上纳入所在市（州）交易分团统一组织，避免重复注册。")
    body("3.及时报送。每月5日前报送采购商注册进展。")
    add_par(doc, IND + "特此通知。", indent=False)
    att1 = "第九届进博会四川交易团交易分团名单"
    att2 = "第九届进博会四川交易团交易分团联络员回执"
    add_par(doc, IND + "附件：1．" + att1, indent=False)
    add_par(doc, IND + "\u3000\u3000\u30002．" + att2, indent=False)
    # 落款 typed with spaces
    add_par(doc, "\u3000" * 16 + "四川省商务厅", indent=False)
    add_par(doc, "\u3000" * 15 + "2026年6月16日", indent=False)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    # ---------------- 附件1
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [(att1, XBS, 20, False)], align=C, indent=False, line=32, after=8)
    cities = ["成都", "自贡", "攀枝花", "泸州", "德阳", "绵阳", "广元", "遂宁", "内江", "乐山",
              "南充", "眉山", "宜宾", "广安", "达州", "雅安", "巴中", "资阳"]
    rows = []
    for c in cities:
        rows.append([c + "交易分团", c + "市人民政府", c + "市商务局"])
    rows += [
        ["阿坝交易分团", "阿坝藏族羌族自治州人民政府", "阿坝州商务局"],
        ["甘孜交易分团", "甘孜藏族自治州人民政府", "甘孜州商务局"],
        ["凉山交易分团", "凉山彝族自治州人民政府", "凉山州商务局"],
        ["天府新区交易分团", "四川天府新区管委会", "四川天府新区经济运行局"],
        ["自贸试验区交易分团", "省自贸试验区工作办公室", "天府新区片区、青白江铁路港片区、川南临港片区管委会"],
        ["省属企业交易分团", "省政府国资委", "有关省属国有企业"],
        ["医疗卫生交易分团", "省卫生健康委", "有关省属医疗机构"],
        ["投资促进交易分团", "省经济合作局", "省投资促进服务中心"],
    ]
    hdr = ["序号", "交易分团", "牵头单位", "具体承办单位"]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.4), Cm(4.1), Cm(4.8), Cm(5.3)]
    set_widths(t, widths)
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 12, line=18)
    repeat_header(t.rows[0])
    for k, r in enumerate(rows):
        vals = [str(k + 1)] + r
        for ci, v in enumerate(vals):
            set_cell(t.cell(k + 1, ci), v, FS, 12, line=16)
        clauses.append(row_clause(hdr, vals))

    # ---------------- 附件2 (blank form)
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [(att2, XBS, 20, False)], align=C, indent=False, line=32, after=8)
    line = "填报单位（盖章）：\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000填报时间：\u3000\u3000年\u3000\u3000月\u3000\u3000日"
    add_par(doc, [(line, FS, 14, False)], indent=False, line=26)
    clauses.append(line)
    hdr2 = ["类别", "姓名", "单位及职务", "办公电话", "手机号码", "电子邮箱"]
    t = doc.add_table(rows=3, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr2):
        set_cell(t.cell(0, i), h, HT, 12)
    for ri, cat in ((1, "主联络员"), (2, "备用联络员")):
        t.rows[ri].height = Cm(1.6)
        set_cell(t.cell(ri, 0), cat, FS, 12)
        for ci in range(1, 6):
            set_cell(t.cell(ri, ci), "", FS, 12)
        clauses.append(row_clause(hdr2, [cat, "", "", "", "", ""]))
    note = "注：请于2026年7月3日前将本回执加盖公章后的扫描件及Word版发送至scjyt2026@163.com。"
    add_par(doc, [(note, FS, 14, False)], indent=False, line=26, before=6)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "四川省商务厅关于做好第九届中国国际进口博览会四川交易团交易分团组建及联络员报送工作的通知",
            "doc_number": "川商会展函〔2026〕43号",
            "issuer": ["四川省商务厅"],
            "date": "2026-06-16",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": [att1, att2],
            "doc_type": "通知",
            "recipients": ["各市（州）商务主管部门", "省直有关部门", "有关省属国有企业"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_chengdu():
    """成都市商务局 上行 报告 with 签发人 (text box), filled 联络员回执 as 附件."""
    stem = "blind893_chengdu_baogao"
    doc = Document()
    setup(doc, footer_font=FS)
    clauses = []

    add_par(doc, [("成都市商务局文件", XBS, 40, False, RED)], align=C, indent=False, line=56, before=24)
    empty(doc, 2)
    p = add_par(doc, "成商务〔2026〕31号", indent=False)
    p.paragraph_format.left_indent = Pt(16)
    textbox_run(p, "签发人：刘　军", 250, 170)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    for tl in ("成都市商务局关于报送第九届中国国际进口", "博览会成都交易分团组建情况及联络员", "名单的报告"):
        add_par(doc, [(tl, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "四川省商务厅：", indent=False)

    SP = "    "  # clerk indents with four half-width spaces

    def body(t):
        clauses.append(t)
        add_par(doc, SP + t, indent=False)

    def runin(h, t, parts=None):
        clauses.append(h + t)
        p = doc.add_paragraph()
        font(p.add_run(SP), FS, 16)
        font(p.add_run(h), HT, 16)
        if parts is None:
            font(p.add_run(t), FS, 16)
        else:  # pasted text: hard line break in the middle of a sentence
            font(p.add_run(parts[0]), FS, 16)
            p.add_run().add_break(WD_BREAK.LINE)
            font(p.add_run(parts[1]), FS, 16)
        fmt(p, indent=False)

    body("根据《四川省商务厅关于做好第九届中国国际进口博览会四川交易团交易分团组建及联络员报送工作的通知》(川商会展函〔2026〕43号)要求，我局会同市级有关部门和各区(市)县，认真做好成都交易分团组建工作。现将有关情况报告如下：")
    runin("一、组织架构基本建立。", "经市政府同意，成立第九届进博会成都交易分团，由市政府分管副市长任分团长，市政府分管副秘书长、市商务局局长任副分团长，市发改委、市经信局（市新经济委）、市财政局、市卫健委、市国资委、成都海关等单位分管负责同志为成员。分团办公室设在市商务局，下设23个区(市)县交易小组和市属国有企业、医疗机构、跨境电商3个行业交易小组。")
    runin("二、采购需求摸排初见成效。", "截至2026年6月30日，全市已完成注册的采购商1286家、专业观众4520人，分别完成全年目标的64.3%和56.5%。经初步摸排，意向采购需求主要集中在以下领域：")
    add_par(doc, [("成都交易分团意向采购需求汇总表", HT, 14, False)], align=C, indent=False, line=26, before=6)
    add_par(doc, [("金额单位：亿美元", FS, 12, False)], align=R, indent=False, line=20)
    hdr = ["序号", "采购领域", "意向采购商（家）", "意向采购金额", "主要品类"]
    data = [
        ["1", "智能及高端装备", "236", "4.82", "半导体设备、工业机器人、数控机床"],
        ["2", "消费品", "318", "1.95", "化妆品、服饰箱包、家居用品"],
        ["3", "食品及农产品", "274", "2.36", "冷冻肉类、乳制品、水果、葡萄酒"],
        ["4", "医疗器械及医药保健", "187", "3.14", "影像设备、体外诊断试剂、康复器械"],
        ["5", "汽车", "64", "1.27", "新能源汽车关键零部件、进口整车"],
        ["6", "服务贸易", "207", "0.86", "检验检测、设计咨询、文化旅游"],
        ["合计", "—", "1286", "14.40", "—"],
    ]
    t = doc.add_table(rows=1 + len(data), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.3), Cm(3.6), Cm(2.4), Cm(2.2), Cm(6.3)]
    set_widths(t, widths)
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 12, line=18)
    for ri, r in enumerate(data, 1):
        for ci, v in enumerate(r):
            set_cell(t.cell(ri, ci), v, FS, 12, align=L if ci == 4 else C, line=18)
        clauses.append(row_clause(hdr, r))
    note = "注：意向采购金额为企业注册时填报数据，最终以进博会官方统计为准。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)
    runin("三、联络员已经明确。", "成都交易分团确定市商务局会展服务处副处长张晓蓉为主联络员、会展服务处四级主任科员何俊为备用联络员，具体信息见附件。")
    a = "我局将对照省交易团下达的目标任务，重点做好三方面工作：一是加大重点企业邀约力度，对年进口额超过1000万美元的312家企业逐一上门动员；二是办好“进博会走进成都”供需对接会，推动展商与本地采购商提前"
    b = "对接；三是做好会期服务保障，统筹做好证件发放、交通食宿和安全保卫等工作,确保成都交易分团参会安全有序、取得实效。"
    runin("四、下一步工作。", a + b, parts=(a, b))
    add_par(doc, SP + "特此报告。", indent=False)
    empty(doc, 1)
    att = "第九届进博会成都交易分团联络员回执"
    add_par(doc, SP + "附件：" + att, indent=False)
    empty(doc, 3)
    # 落款 aligned with tabs
    p = add_par(doc, "\t\t\t\t\t\t成都市商务局", indent=False)
    p2 = add_par(doc, "\t\t\t\t\t二〇二六年七月二日", indent=False)
    for q in (p, p2):
        q.paragraph_format.tab_stops.add_tab_stop(Cm(1.7))
    add_par(doc, "（联系人：张晓蓉　联系电话：028-61881235）", indent=False)

    # ---------------- 附件 (filled 回执)
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [(att, XBS, 20, False)], align=C, indent=False, line=32, after=8)
    line = "填报单位（盖章）：成都市商务局\u3000\u3000\u3000填报时间：2026年7月2日"
    add_par(doc, [(line, FS, 14, False)], indent=False, line=26)
    clauses.append(line)
    hdr2 = ["类别", "姓名", "单位及职务", "办公电话", "手机号码", "电子邮箱"]
    rows2 = [
        ["主联络员", "张晓蓉", "成都市商务局会展服务处副处长", "028-61881235", "13981765230", "cdjyt2026@163.com"],
        ["备用联络员", "何俊", "成都市商务局会展服务处四级主任科员", "028-61881237", "18602819436", "cdjyt2026@163.com"],
    ]
    t = doc.add_table(rows=3, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(2.0), Cm(1.6), Cm(3.9), Cm(2.8), Cm(2.6), Cm(3.1)]
    set_widths(t, widths)
    for i, h in enumerate(hdr2):
        set_cell(t.cell(0, i), h, HT, 12)
    for ri, r in enumerate(rows2, 1):
        for ci, v in enumerate(r):
            set_cell(t.cell(ri, ci), v, FS, 11)
        clauses.append(row_clause(hdr2, r))

    banji(doc, "抄送：市政府办公厅。", "成都市商务局办公室", "2026年7月2日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "成都市商务局关于报送第九届中国国际进口博览会成都交易分团组建情况及联络员名单的报告",
            "doc_number": "成商务〔2026〕31号",
            "issuer": ["成都市商务局"],
            "date": "2026-07-02",
            "published": None,
            "level": "municipal",
            "region": "成都市",
            "effective": None,
            "expires": None,
            "attachments": [att],
            "doc_type": "报告",
            "recipients": ["四川省商务厅"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_henan(), doc_sichuan(), doc_chengdu()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
