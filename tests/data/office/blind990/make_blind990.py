# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 990: 自贸片区管委会编印的政策汇编 (cover + 目录 + 3-4 documents), Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
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
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
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


def add_par(doc, runs, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
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
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    """clerk presses Ctrl+Enter: an empty paragraph holding a page break."""
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def base(doc):
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


def page_number(fp, size=14):
    """footer paragraph '— N —' with a PAGE field."""
    fp.alignment = C
    font(fp.add_run("— "), SONG, size)
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r5 = fp.add_run()
    font(r5, SONG, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, size)


def restart_numbering(section, start=1):
    sp = section._sectPr
    old = sp.find(qn("w:pgNumType"))
    if old is not None:
        sp.remove(old)
    sp.append(parse_xml('<w:pgNumType %s w:start="%d"/>' % (nsdecls("w"), start)))


def new_section(doc, continue_numbering=False):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    if continue_numbering:
        old = sec._sectPr.find(qn("w:pgNumType"))
        if old is not None:
            sec._sectPr.remove(old)
    return sec


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(t, widths):
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def data_table(doc, header, rows, clauses, widths=None, size=12, left_cols=()):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, size,
                     align=L if ci in left_cols else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        col_widths(t, widths)
    return t


def no_borders(t):
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


def toc_line(doc, text, page, pos=Cm(15.4), leader=WD_TAB_LEADER.DOTS, left=0, hang=0,
             name=FS, size=15, breaks=()):
    """目录 line: title, TAB with dot leader to a right tab stop, page number.
    breaks: positions in text where the clerk pressed Shift+Enter."""
    p = doc.add_paragraph()
    cuts = [0] + list(breaks) + [len(text)]
    for i in range(len(cuts) - 1):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(text[cuts[i]:cuts[i + 1]]), name, size)
    font(p.add_run("\t"), name, size)
    font(p.add_run(str(page)), name, size)
    p.paragraph_format.tab_stops.add_tab_stop(pos, WD_TAB_ALIGNMENT.RIGHT, leader)
    fmt(p, indent=False, line=30, after=4)
    if left or hang:
        p.paragraph_format.left_indent = Pt(left + hang)
        p.paragraph_format.first_line_indent = Pt(-hang)
    return p


def textbox(doc, lines, left, top, width, height):
    """VML text box (绝对定位 on the page) holding centred lines: [(text, font, size)]."""
    paras = ""
    for text, name, size in lines:
        paras += ('<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
                  '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>'
                  '<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                  % (name, name, name, size * 2, size * 2, text))
    xml = ('<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<w:pict>'
           '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" '
           'style="position:absolute;margin-left:%dpt;margin-top:%dpt;width:%dpt;height:%dpt;z-index:251659264;'
           'mso-position-horizontal-relative:page;mso-position-vertical-relative:page" stroked="f" filled="f">'
           '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
           % (nsdecls("w"), left, top, width, height, paras))
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    fmt(p, indent=False)
    return p


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [900]


def make_numbering(doc, lvl_text):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numx = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                     % (nsdecls("w"), nid, aid))
    numbering.append(numx)
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), nid))
    ppr.insert(0, numpr)


CN = "一二三四五六七八九十"


class Writer:
    """collects clauses while writing body text."""

    def __init__(self, doc, ind_spaces=False):
        self.doc = doc
        self.clauses = []
        self.ind = ind_spaces  # typed full-width spaces instead of first-line indent

    def _p(self, runs):
        if self.ind:
            return add_par(self.doc, [(IND, FS, 16, False)] + runs, indent=False)
        return add_par(self.doc, runs)

    def body(self, t):
        self.clauses.append(t)
        return self._p([(t, FS, 16, False)])

    def head(self, t, name=HT):
        return self._p([(t, name, 16, False)])

    def runin(self, h, t, name=HT, bold=False):
        self.clauses.append(h + t)
        return self._p([(h, name, 16, bold), (t, FS, 16, False)])

    def article(self, num, text, items=(), paras=()):
        """第X条 (黑体) + 全角空格 + text; items / further paragraphs as own paragraphs."""
        self._p([(num, HT, 16, False), ("\u3000" + text, FS, 16, False)])
        for it in items:
            self._p([(it, FS, 16, False)])
        for pa in paras:
            self._p([(pa, FS, 16, False)])
        self.clauses.append(num + "\u3000" + text + "".join(items) + "".join(paras))

    def chapter(self, t):
        p = add_par(self.doc, [(t, HT, 16, False)], align=C, indent=False, before=6, after=6)
        p.paragraph_format.keep_with_next = True


def title(doc, lines, size=22, line=36, soft=False):
    """title in 方正小标宋; several paragraphs or one paragraph with Shift+Enter."""
    if soft:
        p = doc.add_paragraph()
        for i, t in enumerate(lines):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)
            font(p.add_run(t), XBS, size)
        fmt(p, align=C, indent=False, line=line)
        return p
    first = None
    for t in lines:
        p = add_par(doc, [(t, XBS, size, False)], align=C, indent=False, line=line)
        first = first or p
    return first


def luokuan_right(doc, organ, date, rind=64):
    p = add_par(doc, organ, indent=False, align=R)
    p.paragraph_format.right_indent = Pt(rind)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, date, indent=False, align=R)
    p.paragraph_format.right_indent = Pt(rind)


def luokuan_spaces(doc, organ, date, n1, n2):
    p = add_par(doc, " " * n1 + organ, indent=False)
    p.paragraph_format.keep_with_next = True
    add_par(doc, " " * n2 + date, indent=False)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_990", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    m = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
         "level": None, "region": None, "effective": None, "expires": None,
         "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
         "repeals": None}
    m.update(kw)
    return m


# =================================================================== FILE A
# 长沙片区政策汇编（第一辑）: cover + 目录 in section 1 (no page number),
# documents in section 2 (page numbers from 1, running header), Ctrl+Enter page breaks.
def file_changsha():
    stem = "blind990_changsha_huibian"
    doc = Document()
    base(doc)
    docs = []

    # ---------------- cover
    add_par(doc, [("内部资料", HT, 14, False)], indent=False, align=L)
    add_par(doc, [("注意保存", HT, 14, False)], indent=False, align=L)
    empty(doc, 3)
    add_par(doc, [("中国（湖南）自由贸易试验区长沙片区", XBS, 26, False)], align=C, indent=False, line=44)
    empty(doc, 1)
    add_par(doc, [("政 策 汇 编", XBS, 48, False)], align=C, indent=False, line=70)
    empty(doc, 1)
    add_par(doc, [("（第一辑）", KT, 22, False)], align=C, indent=False, line=40)
    empty(doc, 6)
    add_par(doc, [("中国（湖南）自由贸易试验区长沙片区管理委员会　编印", KT, 16, False)],
            align=C, indent=False)
    add_par(doc, [("二〇二六年三月", KT, 16, False)], align=C, indent=False)
    page_break(doc)

    # ---------------- 目录
    add_par(doc, [("目　　录", XBS, 26, False)], align=C, indent=False, line=44, after=18)
    TOC = [
        ("长沙市人民政府办公厅关于印发《中国（湖南）自由贸易试验区长沙片区推进贸易投资便利化若干措施》的通知", 1),
        ("中国（湖南）自由贸易试验区长沙片区管理委员会关于印发《长沙片区制度创新成果评选和激励办法》的通知", 4),
        ("长沙片区管委会关于组织申报2026年度中非经贸合作专项资金项目的通知", 7),
    ]
    for t, pg in TOC:
        toc_line(doc, t, pg, hang=0)

    # ---------------- section 2: the documents
    sec = new_section(doc)
    sec.footer.is_linked_to_previous = False
    sec.header.is_linked_to_previous = False
    page_number(sec.footer.paragraphs[0])
    hp = sec.header.paragraphs[0]
    font(hp.add_run("中国（湖南）自由贸易试验区长沙片区政策汇编（第一辑）"), SONG, 10.5)
    hp.alignment = C
    border(hp, "bottom", "000000", 6, 1)
    restart_numbering(sec, 1)

    # ---------------- A1 长沙市政府办公厅 通知 + 若干措施
    w = Writer(doc)
    title(doc, ["长沙市人民政府办公厅关于印发《中国（湖南）自由贸易试验区长沙片区推进贸易投资便利化若干措施》的通知"])
    add_par(doc, [("长政办发〔2025〕21号", KT, 16, False)], align=C, indent=False, before=6)
    empty(doc, 1)
    add_par(doc, "各区县（市）人民政府，市直机关各单位，中国（湖南）自由贸易试验区长沙片区管委会：", indent=False)
    w.body("《中国（湖南）自由贸易试验区长沙片区推进贸易投资便利化若干措施》已经市人民政府同意，现印发给你们，请认真贯彻落实。")
    empty(doc, 2)
    luokuan_right(doc, "长沙市人民政府办公厅", "2025年7月16日", rind=48)
    add_par(doc, "（此件主动公开）")
    empty(doc, 1)
    title(doc, ["中国（湖南）自由贸易试验区长沙片区", "推进贸易投资便利化若干措施"])
    empty(doc, 1)
    w.body("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，进一步提升中国（湖南）自由贸易试验区长沙片区（以下简称长沙片区）贸易投资自由化便利化水平，加快建设中非经贸深度合作先行区和内陆开放新高地，结合实际，制定以下措施。")
    w.runin("一、优化进出口通关模式。", "推广“提前申报”“两步申报”“船边直提”“抵港直装”等便利化措施，推动长沙黄花综合保税区与长沙金霞保税物流中心（B型）业务联动，2025年底前进口、出口整体通关时间分别压缩至30小时和1.5小时以内。")
    w.runin("二、扩大对非贸易规模。", "依托中国—非洲经贸博览会永久会址，建设非洲非资源性产品集散交易加工中心，对年度自非洲进口额首次超过1000万美元的企业，给予一次性奖励20万元。")
    w.runin("三、发展跨境电商新业态。", "支持企业在共建“一带一路”国家和地区布局海外仓，对新认定的市级公共海外仓，按照实际投资额的20%给予补助，单个最高不超过100万元。")
    w.runin("四、便利跨境资金结算。", "支持辖内银行为优质企业提供跨境人民币结算便利化服务，推动经常项目资金收付“单证后审”；鼓励企业在对非贸易中使用人民币计价结算。")
    w.runin("五、放宽外资准入。", "全面落实外商投资准入前国民待遇加负面清单管理制度，对总投资1亿美元以上的重大外资项目，实行“一项目一专班”服务。")
    w.runin("六、支持企业“走出去”。", "对长沙片区企业在境外设立研发中心、营销网络和生产基地的，按照中方实际投资额的5%给予补助，单个企业年度补助不超过200万元。")
    w.runin("七、提升国际物流能力。", "加密中欧班列（长沙）至中亚、欧洲线路，稳定开行长沙至东盟铁海联运班列，支持长沙黄花国际机场新开或加密国际全货机航线。")
    w.runin("八、强化要素保障。", "建立长沙片区重大项目用地、用能、用工“清单式”保障机制，对制度创新成果在全国复制推广的牵头单位，按规定予以表扬激励。")
    w.body("本措施自2025年8月1日起施行，有效期至2028年7月31日。本措施与我市其他同类政策有重叠的，按照从高不重复原则执行。具体实施细则由市商务局会同长沙片区管委会另行制定。")
    docs.append({"meta": meta(
        title="长沙市人民政府办公厅关于印发《中国（湖南）自由贸易试验区长沙片区推进贸易投资便利化若干措施》的通知",
        doc_number="长政办发〔2025〕21号", issuer=["长沙市人民政府办公厅"], date="2025-07-16",
        level="municipal", region="长沙市", effective="2025-08-01", expires="2028-07-31",
        doc_type="通知",
        recipients=["各区县（市）人民政府", "市直机关各单位", "中国（湖南）自由贸易试验区长沙片区管委会"],
        publicity="此件主动公开"), "clauses": w.clauses})
    page_break(doc)

    # ---------------- A2 片区管委会 通知 + 办法 (title with Shift+Enter at odd places)
    w = Writer(doc)
    title(doc, ["中国（湖南）自由贸易试验区长沙片区管理", "委员会关于印发《长沙片区制度创新成果",
                "评选和激励办法》的通知"], soft=True)
    add_par(doc, [("湘自贸长管发〔2025〕8号", KT, 16, False)], align=C, indent=False, before=6)
    empty(doc, 1)
    add_par(doc, "片区各功能区块管理机构，管委会各局（办），各有关单位：", indent=False)
    w.body("《长沙片区制度创新成果评选和激励办法》已经管委会主任办公会议研究同意，现印发给你们，请结合实际认真抓好落实。")
    empty(doc, 2)
    luokuan_spaces(doc, "中国（湖南）自由贸易试验区长沙片区管理委员会", "2025年9月28日", 6, 32)
    add_par(doc, "（此件主动公开）")
    empty(doc, 1)
    title(doc, ["长沙片区制度创新成果评选和激励办法"])
    empty(doc, 1)
    w.chapter("第一章　总则")
    w.article("第一条", "为鼓励和支持中国（湖南）自由贸易试验区长沙片区（以下简称片区）各单位大胆试、大胆闯、自主改，加快形成更多可复制可推广的制度创新成果，根据《中国（湖南）自由贸易试验区条例》等有关规定，结合片区实际，制定本办法。")
    w.article("第二条", "本办法所称制度创新成果，是指片区各单位在投资管理、贸易便利化、金融开放创新、政府职能转变、中非经贸合作等领域，突破现行体制机制障碍，首创或者率先实施，并取得明显成效的改革举措。")
    w.article("第三条", "片区管委会综合协调局（以下简称综合协调局）负责制度创新成果的征集、评选组织和激励兑现等日常工作。")
    w.chapter("第二章　评选程序")
    w.article("第四条", "制度创新成果评选每年组织一次，按照单位申报、初审、专家评审、管委会审定、公示的程序进行。")
    w.article("第五条", "申报制度创新成果应当符合下列条件：",
              items=["（一）在全国或者全省范围内具有首创性；", "（二）已实际落地实施满3个月；",
                     "（三）形成了可量化的经济社会效益；", "（四）具备可复制可推广价值。"])
    w.article("第六条", "专家评审从创新性、实效性、可复制性、风险可控性四个方面进行综合评分，评分结果作为确定成果等次的主要依据。")
    w.article("第七条", "评选结果在片区门户网站公示，公示期不少于5个工作日。公示无异议的，由片区管委会发文公布。")
    w.chapter("第三章　激励措施")
    w.article("第八条", "对评选认定的制度创新成果，按照下列标准给予牵头单位工作经费奖励：",
              items=["（一）被国务院或者国家部委在全国复制推广的，每项奖励30万元；",
                     "（二）被省人民政府在全省复制推广的，每项奖励15万元；",
                     "（三）被评为片区年度最佳制度创新成果的，每项奖励5万元。"],
              paras=["同一成果按最高标准奖励，不重复享受。"])
    w.article("第九条", "制度创新成果完成情况纳入片区各单位年度绩效考核，对作出突出贡献的个人，按照有关规定予以表扬。")
    w.chapter("第四章　附则")
    w.article("第十条", "弄虚作假骗取奖励的，由综合协调局追回奖励资金，取消其当年度评选资格。")
    w.article("第十一条", "本办法由片区管委会综合协调局负责解释。")
    w.article("第十二条", "本办法自2025年10月1日起施行，有效期至2030年9月30日。")
    docs.append({"meta": meta(
        title="中国（湖南）自由贸易试验区长沙片区管理委员会关于印发《长沙片区制度创新成果评选和激励办法》的通知",
        doc_number="湘自贸长管发〔2025〕8号",
        issuer=["中国（湖南）自由贸易试验区长沙片区管理委员会"], date="2025-09-28",
        level="municipal", region="长沙市", effective="2025-10-01", expires="2030-09-30",
        doc_type="通知", recipients=["片区各功能区块管理机构", "管委会各局（办）", "各有关单位"],
        publicity="此件主动公开"), "clauses": w.clauses})
    page_break(doc)

    # ---------------- A3 片区管委会 申报通知 (table, 附件略, date in Chinese numerals)
    w = Writer(doc)
    title(doc, ["长沙片区管委会关于组织申报2026年度", "中非经贸合作专项资金项目的通知"])
    add_par(doc, [("湘自贸长管发〔2026〕2号", KT, 16, False)], align=C, indent=False, before=6)
    empty(doc, 1)
    add_par(doc, "片区各有关企业：", indent=False)
    w.body("为贯彻落实《中国（湖南）自由贸易试验区长沙片区推进贸易投资便利化若干措施》（长政办发〔2025〕21号），支持片区企业深度参与中非经贸合作，现就组织申报2026年度中非经贸合作专项资金项目有关事项通知如下：")
    w.head("一、支持方向和标准")
    w.body("2026年度专项资金重点支持以下方向：")
    data_table(doc, ["序号", "支持方向", "支持内容", "支持标准（万元）"], [
        ["1", "非洲非资源性产品进口", "年度自非洲进口非资源性产品额首次超过1000万美元", "一次性奖励20"],
        ["2", "对非跨境电商", "在非洲国家新设海外仓并投入运营", "按实际投资额的20%补助，最高100"],
        ["3", "对非投资合作", "在非洲国家新设境外经贸合作区或生产基地", "按中方实际投资额的5%补助，最高200"],
        ["4", "展会与品牌推广", "参加中非经贸博览会以外的境外重点展会", "按展位费的50%补助，最高10"],
    ], w.clauses, widths=[1.3, 3.6, 6.2, 4.5], left_cols=(2,))
    p = w.body("注：同一企业同一年度获得本专项资金支持总额不超过300万元。")
    p.runs[0].font.size = Pt(14)
    p.paragraph_format.first_line_indent = Pt(0)
    w.head("二、申报条件")
    w.body("（一）在长沙片区范围内依法注册、具有独立法人资格，且财务管理制度健全。")
    w.body("（二）申报项目实施期为2025年1月1日至2025年12月31日。")
    w.body("（三）近三年内无严重失信行为，未被列入失信被执行人名单。")
    w.head("三、申报材料和时间")
    w.body("申报企业应于2026年3月31日前，通过“长沙片区惠企政策服务平台”在线提交申报材料，并将纸质材料一式两份报送至片区管委会产业促进局（长沙经开区星沙大道1号政务服务中心B栋612室）。逾期不予受理。")
    w.runin("四、联系方式。", "联系人：周敏，联系电话：0731-84021376。")
    empty(doc, 1)
    p = add_par(doc, "附件：1．2026年度中非经贸合作专项资金项目申报表（略）")
    p = add_par(doc, "      2．申报企业信用承诺书（略）")
    empty(doc, 2)
    luokuan_right(doc, "中国（湖南）自由贸易试验区长沙片区管理委员会", "二〇二六年一月十二日", rind=16)
    docs.append({"meta": meta(
        title="长沙片区管委会关于组织申报2026年度中非经贸合作专项资金项目的通知",
        doc_number="湘自贸长管发〔2026〕2号",
        issuer=["中国（湖南）自由贸易试验区长沙片区管理委员会"], date="2026-01-12",
        level="municipal", region="长沙市",
        attachments=["2026年度中非经贸合作专项资金项目申报表", "申报企业信用承诺书"],
        doc_type="通知", recipients=["片区各有关企业"]), "clauses": w.clauses})

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


# =================================================================== FILE B
# 钦州港片区政策文件汇编（2025年版）: one section, cover without number (titlePg),
# 编印单位 in a text box, 目录 grouped by level, "page break before" on each title,
# one document reprinted with its red 版头.
def file_qinzhou():
    stem = "blind990_qinzhou_huibian"
    doc = Document()
    base(doc)
    s = doc.sections[0]
    s.different_first_page_header_footer = True
    page_number(s.footer.paragraphs[0])
    docs = []

    # ---------------- cover
    empty(doc, 3)
    add_par(doc, [("中国（广西）自由贸易试验区钦州港片区", XBS, 24, False)], align=C, indent=False, line=40)
    empty(doc, 2)
    add_par(doc, [("政策文件汇编", XBS, 44, False)], align=C, indent=False, line=64)
    empty(doc, 1)
    add_par(doc, [("（2025年版）", KT, 20, False)], align=C, indent=False, line=36)
    textbox(doc, [("中国（广西）自由贸易试验区钦州港片区管理委员会　编印", KT, 16),
                  ("2025年12月", KT, 16)], left=60, top=640, width=475, height=80)

    # ---------------- 目录 (page 2)
    p = add_par(doc, [("目  录", HT, 22, False)], align=C, indent=False, line=40, after=12)
    p.paragraph_format.page_break_before = True
    TOC = [
        ("一、自治区政策", None),
        ("中国（广西）自由贸易试验区工作办公室关于复制推广第五批自治区级制度创新成果的通知", 3),
        ("二、钦州市政策", None),
        ("钦州市人民政府关于支持中国（广西）自由贸易试验区钦州港片区高水平建设西部陆海新通道国际门户港的意见", 6),
        ("三、片区政策", None),
        ("中国（广西）自由贸易试验区钦州港片区管理委员会关于印发《钦州港片区促进中国—东盟港航物流高质量发展扶持办法》的通知", 9),
        ("中国（广西）自由贸易试验区钦州港片区管理委员会办公室关于做好2025年度港航物流扶持资金申报工作的通知", 12),
    ]
    for t, pg in TOC:
        if pg is None:
            add_par(doc, [(t, HT, 16, False)], indent=False, line=30, before=8)
        else:
            toc_line(doc, t, pg, left=32, name=FS, size=15)

    def doc_title(lines, **kw):
        p = title(doc, lines, **kw)
        p.paragraph_format.page_break_before = True
        return p

    # ---------------- B1 自治区自贸办 通知 + 附件 table with two-level header
    w = Writer(doc)
    doc_title(["中国（广西）自由贸易试验区工作办公室", "关于复制推广第五批自治区级", "制度创新成果的通知"])
    add_par(doc, [("桂自贸办发〔2025〕14号", FS, 16, False)], align=C, indent=False, before=6)
    empty(doc, 1)
    add_par(doc, "南宁市人民政府，钦州市人民政府，崇左市人民政府，自治区自由贸易试验区工作领导小组各成员单位：", indent=False)
    w.body("经自治区自由贸易试验区工作领导小组同意，现将第五批自治区级制度创新成果（共6项）印发给你们，请结合实际认真复制推广。现就有关事项通知如下：")
    w.runin("一、高度重视复制推广工作。", "各有关单位要把复制推广自贸试验区制度创新成果作为深化改革、扩大开放的重要举措，主要负责同志亲自部署，明确责任分工，确保各项成果落地见效。")
    w.runin("二、抓好分类推广实施。", "对在自贸试验区内复制推广的成果，南宁、钦州港、崇左片区要在2025年10月底前完成复制推广；对在全区复制推广的成果，各责任单位要加强业务指导，于2025年12月底前推广到位。")
    w.runin("三、及时报送推广情况。", "请各有关单位于2025年12月20日前将复制推广情况书面报送自治区自贸办（自治区商务厅自贸区处），联系电话：0771-2110635。")
    empty(doc, 1)
    add_par(doc, "附件：第五批自治区级制度创新成果复制推广清单")
    empty(doc, 2)
    luokuan_right(doc, "中国（广西）自由贸易试验区工作办公室", "2025年8月22日", rind=32)
    add_par(doc, "（此件公开发布）")
    # attachment on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    title(doc, ["第五批自治区级制度创新成果复制推广清单"], size=20)
    empty(doc, 1, line=14)
    rows = [
        ["1", "西部陆海新通道“铁海联运一单制”模式", "钦州港片区管委会、广西北部湾国际港务集团有限公司", "全区", "自治区交通运输厅、南宁海关"],
        ["2", "中国—东盟跨境人民币结算“白名单”便利化机制", "南宁片区管委会、中国人民银行广西壮族自治区分行", "全区", "中国人民银行广西壮族自治区分行"],
        ["3", "边民互市商品落地加工“互市+”模式", "崇左片区管委会", "沿边地区", "自治区商务厅、南宁海关"],
        ["4", "进口冰鲜水产品“即查即放”监管模式", "钦州港片区管委会、钦州海关", "自贸试验区内", "南宁海关"],
        ["5", "外籍船员换班“一站式”服务", "钦州港片区管委会、钦州出入境边防检查站", "自贸试验区内", "广西出入境边防检查总站"],
        ["6", "工程建设项目“拿地即开工”审批模式", "南宁片区管委会", "全区", "自治区住房城乡建设厅"],
    ]
    heads = ["序号", "成果名称", "首创单位", "复制推广／范围", "复制推广／责任单位"]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(["序号", "成果名称", "首创单位"]):
        m = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(m, h, HT, 12)
    m = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(m, "复制推广", HT, 12)
    set_cell(t.cell(1, 3), "范围", HT, 12)
    set_cell(t.cell(1, 4), "责任单位", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12, align=L if ci in (1, 2) else C)
        w.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
    col_widths(t, [1.3, 4.6, 4.2, 2.2, 3.3])
    docs.append({"meta": meta(
        title="中国（广西）自由贸易试验区工作办公室关于复制推广第五批自治区级制度创新成果的通知",
        doc_number="桂自贸办发〔2025〕14号", issuer=["中国（广西）自由贸易试验区工作办公室"],
        date="2025-08-22", level="provincial", region="广西壮族自治区",
        attachments=["第五批自治区级制度创新成果复制推广清单"], doc_type="通知",
        recipients=["南宁市人民政府", "钦州市人民政府", "崇左市人民政府",
                    "自治区自由贸易试验区工作领导小组各成员单位"],
        publicity="此件公开发布"), "clauses": w.clauses})

    # ---------------- B2 钦州市政府 意见, reprinted with red 版头 and 版记
    w = Writer(doc)
    p = add_par(doc, [("钦州市人民政府文件", XBS, 40, False, RED)], align=C, indent=False, line=60)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    p = add_par(doc, [("钦政发〔2025〕27号", FS, 16, False)], align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    title(doc, ["钦州市人民政府关于支持中国（广西）",
                "自由贸易试验区钦州港片区高水平建设",
                "西部陆海新通道国际门户港的意见"])
    empty(doc, 1)
    add_par(doc, "各县、区人民政府，各开发区管委，市直各委、办、局：", indent=False)
    w.body("为深入贯彻落实《西部陆海新通道总体规划》和中国（广西）自由贸易试验区提升战略有关部署，支持中国（广西）自由贸易试验区钦州港片区（以下简称钦州港片区）高水平建设西部陆海新通道国际门户港，打造面向东盟的开放合作高地，现提出如下意见。")
    w.head("一、总体目标")
    w.body("到2027年，钦州港集装箱吞吐量突破1200万标准箱，海铁联运班列年开行量达到1.5万列，开通外贸集装箱航线70条以上，基本建成服务西部陆海新通道的国际门户港和面向东盟的区域性国际航运中心。")
    w.head("二、重点任务")
    w.runin("（一）提升港口综合能级。", "加快钦州港东航道扩建、大榄坪南作业区自动化集装箱码头等重大项目建设，推进30万吨级油码头配套工程，提升港口规模化、专业化、智能化水平。", KT)
    w.runin("（二）做强海铁联运通道。", "加密钦州港至重庆、成都、昆明、贵阳等地的海铁联运班列，推动“渝桂新”“川桂新”等品牌班列常态化运行，积极拓展至中亚、欧洲的中欧（中亚）班列联运服务。", KT)
    w.runin("(三)拓展东盟航线网络。", "支持航运企业开通和加密至越南、泰国、马来西亚、新加坡、印度尼西亚等东盟国家港口的直航航线，探索开通至中东、非洲的远洋航线。", KT)
    w.runin("（四）培育临港产业集群。", "依托钦州港片区石化、新能源材料、装备制造等产业基础，推动港产城融合发展，引进一批港航物流、供应链管理、航运金融龙头企业。", KT)
    w.head("三、保障措施")
    w.runin("（一）加强组织领导。", "成立钦州市支持国际门户港建设工作专班，由市人民政府主要领导任组长，统筹推进重大事项。", KT)
    w.runin("（二）强化资金支持。", "市本级财政每年安排港航物流发展专项资金不少于2亿元，统筹用于航线培育、海铁联运补助和重点项目建设。", KT)
    w.runin("（三）优化营商环境。", "深化“放管服”改革，推行港口收费目录清单制度，持续规范和降低进出口环节合规成本。", KT)
    w.body("本意见自2025年7月1日起施行，有效期至2027年12月31日。")
    empty(doc, 2)
    luokuan_right(doc, "钦州市人民政府", "2025年6月30日", rind=64)
    add_par(doc, "（此件公开发布）")
    banji(doc, "抄送：自治区商务厅，自治区自贸办，钦州海关。", "钦州市人民政府办公室", "2025年6月30日印发")
    docs.append({"meta": meta(
        title="钦州市人民政府关于支持中国（广西）自由贸易试验区钦州港片区高水平建设西部陆海新通道国际门户港的意见",
        doc_number="钦政发〔2025〕27号", issuer=["钦州市人民政府"], date="2025-06-30",
        level="municipal", region="钦州市", effective="2025-07-01", expires="2027-12-31",
        doc_type="意见", recipients=["各县、区人民政府", "各开发区管委", "市直各委、办、局"],
        publicity="此件公开发布"), "clauses": w.clauses})

    # ---------------- B3 片区管委会 通知 + 扶持办法 (articles, no chapters, repeals)
    w = Writer(doc)
    doc_title(["中国（广西）自由贸易试验区钦州港片区管理委员会关于印发《钦州港片区促进中国—东盟港航物流高质量发展扶持办法》的通知"])
    add_par(doc, [("钦港片管发〔2025〕19号", FS, 16, False)], align=C, indent=False, before=6)
    empty(doc, 1)
    add_par(doc, "片区各部门，各有关企业：", indent=False)
    w.body("《钦州港片区促进中国—东盟港航物流高质量发展扶持办法》已经片区管委会2025年第9次主任办公会议审议通过，现印发给你们，请遵照执行。")
    empty(doc, 2)
    luokuan_spaces(doc, "中国（广西）自由贸易试验区钦州港片区管理委员会", "2025年10月15日", 2, 30)
    add_par(doc, "（此件主动公开）")
    empty(doc, 1)
    title(doc, ["钦州港片区促进中国—东盟港航物流", "高质量发展扶持办法"])
    empty(doc, 1)
    w.article("第一条", "为加快建设西部陆海新通道国际门户港，促进中国（广西）自由贸易试验区钦州港片区（以下简称片区）港航物流产业集聚发展，结合片区实际，制定本办法。")
    w.article("第二条", "本办法适用于在片区内注册并依法纳税，从事集装箱航线运营、国际货运代理、多式联运、冷链物流等港航物流业务的企业。")
    w.article("第三条", "对新开通钦州港至东盟国家港口的外贸集装箱班轮航线，且年度航班不少于48个的，每条航线给予航线运营企业一次性奖励50万元；开通至共建“一带一路”其他国家港口的远洋干线，每条给予一次性奖励100万元。")
    w.article("第四条", "对经钦州港开展的“海铁联运”集装箱业务，按照以下标准给予货主或者货代企业补助：",
              items=["（一）年度业务量达到2000标准箱的，每标准箱补助100元；",
                     "（二）年度业务量超过5000标准箱的，超过部分每标准箱补助150元；",
                     "（三）单个企业年度补助总额不超过300万元。"])
    w.article("第五条", "对在片区新设立的区域总部型港航物流企业，实缴注册资本在1亿元以上的，给予一次性落户奖励200万元。")
    w.article("第六条", "对新建或者改扩建冷库容量达到1万吨以上的冷链物流项目，按照设备投资额的10%给予补助，最高不超过500万元。")
    w.article("第七条", "同一企业同一项目符合本办法和片区其他扶持政策的，按照就高不重复原则执行。")
    w.article("第八条", "企业应当于每年3月31日前向片区管委会港航物流局提出上年度扶持申请，经审核、公示后拨付资金。")
    w.article("第九条", "企业以虚假材料骗取扶持资金的，追回已拨付资金，5年内不得申报片区各类扶持资金；涉嫌犯罪的，依法移送司法机关处理。")
    w.article("第十条", "本办法由片区管委会港航物流局负责解释。")
    w.article("第十一条", "本办法自2025年11月1日起施行，有效期至2027年10月31日。《钦州港片区港航物流业扶持暂行办法》（钦港片管发〔2023〕6号）同时废止。")
    docs.append({"meta": meta(
        title="中国（广西）自由贸易试验区钦州港片区管理委员会关于印发《钦州港片区促进中国—东盟港航物流高质量发展扶持办法》的通知",
        doc_number="钦港片管发〔2025〕19号",
        issuer=["中国（广西）自由贸易试验区钦州港片区管理委员会"], date="2025-10-15",
        level="municipal", region="钦州市", effective="2025-11-01", expires="2027-10-31",
        doc_type="通知", recipients=["片区各部门", "各有关企业"], publicity="此件主动公开",
        repeals="《钦州港片区港航物流业扶持暂行办法》（钦港片管发〔2023〕6号）"),
        "clauses": w.clauses})

    # ---------------- B4 片区管委会办公室 申报通知 (short, one page)
    w = Writer(doc)
    doc_title(["中国（广西）自由贸易试验区钦州港片区", "管理委员会办公室关于做好2025年度", "港航物流扶持资金申报工作的通知"])
    add_par(doc, [("钦港片管办〔2025〕41号", FS, 16, False)], align=C, indent=False, before=6)
    empty(doc, 1)
    add_par(doc, "片区各有关企业：", indent=False)
    w.body("根据《钦州港片区促进中国—东盟港航物流高质量发展扶持办法》（钦港片管发〔2025〕19号）有关规定，现就做好2025年度港航物流扶持资金申报工作通知如下：")
    w.runin("一、申报范围。", "2025年1月1日至2025年12月31日期间，在片区内开展集装箱航线运营、海铁联运、冷链物流等业务，符合扶持办法规定条件的企业。")
    w.runin("二、申报时间。", "2026年1月5日至2026年3月31日，逾期不再受理。")
    w.runin("三、申报方式。", "企业登录“钦州港片区企业服务平台”填报申报信息、上传证明材料，同时将加盖公章的纸质材料一式三份报送片区管委会港航物流局（钦州港区金鼓江路9号片区综合服务中心305室）。")
    w.runin("四、工作要求。", "企业对申报材料的真实性负责。港航物流局将会同片区财政金融局对申报材料进行审核，必要时委托第三方机构开展专项审计。")
    w.body("联系人：黄海燕，联系电话：0777-3886215。")
    empty(doc, 2)
    luokuan_right(doc, "中国（广西）自由贸易试验区钦州港片区管理委员会办公室", "2025年11月20日", rind=0)
    docs.append({"meta": meta(
        title="中国（广西）自由贸易试验区钦州港片区管理委员会办公室关于做好2025年度港航物流扶持资金申报工作的通知",
        doc_number="钦港片管办〔2025〕41号",
        issuer=["中国（广西）自由贸易试验区钦州港片区管理委员会办公室"], date="2025-11-20",
        level="municipal", region="钦州市", doc_type="通知", recipients=["片区各有关企业"]),
        "clauses": w.clauses})

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


# =================================================================== FILE C
# 黑河片区惠企政策汇编: a section break (next page) before every document, page numbers
# restart at 1 in the first document section; Word auto-numbering in C1; standalone 办法
# with chapters and a 文号 typed with [ ]; attachment table split by hand with 续表.
def file_heihe():
    stem = "blind990_heihe_huibian"
    doc = Document()
    base(doc)
    docs = []

    # ---------------- cover (borderless layout table for 编印单位/日期)
    empty(doc, 5)
    add_par(doc, [("中国（黑龙江）自由贸易试验区黑河片区", XBS, 24, False)], align=C, indent=False, line=40)
    empty(doc, 1)
    add_par(doc, [("惠企政策汇编", XBS, 44, False)], align=C, indent=False, line=64)
    empty(doc, 10)
    t = doc.add_table(rows=2, cols=1)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "中国（黑龙江）自由贸易试验区黑河片区管理委员会　编印", KT, 16)
    set_cell(t.cell(1, 0), "二〇二六年四月", KT, 16)

    # ---------------- 目录 on a new page (page break before) in the same section
    p = add_par(doc, [("目　　录", HT, 22, False)], align=C, indent=False, line=40, after=16)
    p.paragraph_format.page_break_before = True
    TOC = [
        ("1．黑河市人民政府办公室关于印发黑河市促进中俄边民互市贸易发展若干措施的通知", 1, (23,)),
        ("2．中国（黑龙江）自由贸易试验区黑河片区企业“走出去”服务保障办法", 3, ()),
        ("3．黑河片区管委会关于公布2026年第一批对俄经贸合作重点项目名单的通知", 6, ()),
    ]
    for t_, pg, br in TOC:
        toc_line(doc, t_, pg, hang=24, breaks=br, leader=WD_TAB_LEADER.MIDDLE_DOT)

    # ---------------- section 2: C1
    sec = new_section(doc)
    sec.footer.is_linked_to_previous = False
    page_number(sec.footer.paragraphs[0], size=14)
    restart_numbering(sec, 1)

    w = Writer(doc)
    title(doc, ["黑河市人民政府办公室关于印发黑河市促进中俄边民互市贸易发展若干措施的通知"])
    add_par(doc, [("黑市政办规〔2026〕2号", KT, 16, False)], align=C, indent=False, before=6)
    empty(doc, 1)
    add_par(doc, "各县（市）、区人民政府，市政府各委、办、局，中省直有关单位：", indent=False)
    w.body("经市政府同意，现将《黑河市促进中俄边民互市贸易发展若干措施》印发给你们，请认真组织实施。")
    empty(doc, 2)
    luokuan_right(doc, "黑河市人民政府办公室", "2026年1月26日", rind=48)
    add_par(doc, "（此件公开发布）")
    empty(doc, 1)
    title(doc, ["黑河市促进中俄边民互市贸易发展若干措施"])
    empty(doc, 1)
    w.body("为深入落实国家支持边民互市贸易创新发展有关政策，充分发挥中国（黑龙江）自由贸易试验区黑河片区和黑河边民互市贸易区叠加优势，推动中俄边民互市贸易高质量发展，制定以下措施。")
    nid = make_numbering(doc, "%1、")
    items = [
        ("扩大互市商品进口。", "支持黑河片区边民互市贸易区扩大俄罗斯粮食、水产品、蜂蜜、木制品等商品进口，推动互市进口商品目录动态调整。"),
        ("推进互市商品落地加工。", "对使用互市进口商品在黑河片区落地加工、年加工产值达到500万元以上的企业，按照加工产值的2%给予奖励，单个企业年度奖励不超过100万元。"),
        ("培育互市贸易主体。", "支持边民互助组、边民合作社规范发展，对新组建且年度互市交易额超过1000万元的边民合作社，给予一次性奖励10万元。"),
        ("提升通关便利化水平。", "推动黑河口岸互市贸易区实行“一次申报、分步处置”通关模式，探索开展互市贸易跨境人民币结算试点。"),
        ("强化冬季运输保障。", "支持黑河—布拉戈维申斯克冬季冰上汽车运输通道和浮箱固冰通道运营，保障封冻期互市商品常态化通关。"),
    ]
    for i, (h, t_) in enumerate(items):
        p = add_par(doc, [(h, HT, 16, False), (t_, FS, 16, False)], first=Pt(32))
        apply_num(p, nid)
        w.clauses.append(CN[i] + "、" + h + t_)
    w.body("本措施自2026年3月1日起施行，有效期至2028年2月29日。执行期间如遇国家、省政策调整，从其规定。")
    docs.append({"meta": meta(
        title="黑河市人民政府办公室关于印发黑河市促进中俄边民互市贸易发展若干措施的通知",
        doc_number="黑市政办规〔2026〕2号", issuer=["黑河市人民政府办公室"], date="2026-01-26",
        level="municipal", region="黑河市", effective="2026-03-01", expires="2028-02-29",
        doc_type="通知", recipients=["各县（市）、区人民政府", "市政府各委、办、局", "中省直有关单位"],
        publicity="此件公开发布"), "clauses": w.clauses})

    # ---------------- section 3: C2 standalone 办法
    new_section(doc, continue_numbering=True)  # footer linked, numbering continues
    w = Writer(doc)
    title(doc, ["中国（黑龙江）自由贸易试验区黑河片区", "企业“走出去”服务保障办法"])
    add_par(doc, [("黑自贸黑河管规[2026]1号", KT, 16, False)], align=C, indent=False, before=6)
    empty(doc, 1)
    w.chapter("第一章　总　　则")
    w.article("第一条", "为推动中国（黑龙江）自由贸易试验区黑河片区（以下简称片区）企业有序开展对俄罗斯及共建“一带一路”国家投资合作，防范化解境外经营风险，根据《境外投资管理办法》等有关规定，制定本办法。")
    w.article("第二条", "本办法所称企业“走出去”，是指在片区注册的企业通过新设、并购、参股等方式在境外设立企业或者取得既有企业所有权、控制权、经营管理权，以及开展对外承包工程、对外劳务合作等业务。")
    w.article("第三条", "片区管委会经济发展局负责统筹协调企业“走出去”服务保障工作，片区金融、税务、外汇管理等部门按照职责分工做好相关工作。")
    w.chapter("第二章　服务措施")
    w.article("第四条", "片区设立企业“走出去”综合服务站，为企业提供政策咨询、境外投资备案代办、法律和税务咨询、风险预警等服务。")
    w.article("第五条", "片区建立对俄投资合作重点项目库，对入库项目实行“一企一策”跟踪服务。入库项目的境外投资备案手续，片区管委会应当自受理之日起3个工作日内完成初审。")
    w.article("第六条", "支持金融机构为“走出去”企业提供以下服务：",
              items=["（一）跨境人民币贷款、内保外贷等融资服务；",
                     "（二）卢布、人民币现钞跨境调运和兑换服务；",
                     "（三）出口信用保险和海外投资保险服务。"])
    w.article("第七条", "片区对“走出去”企业外派人员办理出入境证件、跨境执业资格认定等事项，开辟绿色通道，提供全程帮办服务。")
    w.chapter("第三章　风险防控")
    w.article("第八条", "企业应当建立健全境外合规经营管理制度，遵守投资所在国法律法规，尊重当地风俗习惯，履行社会责任。")
    w.article("第九条", "片区管委会会同有关部门建立境外安全风险监测预警机制，发生重大突发事件时，应当及时启动应急预案，协助企业做好人员撤离和财产保全工作。",
              paras=["企业应当于每年1月31日前向片区管委会经济发展局报送上年度境外经营情况。"])
    w.article("第十条", "对违反本办法规定，在境外经营中造成重大损失或者恶劣影响的企业，片区管委会可以暂停其享受片区扶持政策，并依法依规处理。")
    w.chapter("第四章　附　　则")
    w.article("第十一条", "本办法由片区管委会经济发展局负责解释。")
    w.article("第十二条", "本办法自2026年2月15日起施行。")
    empty(doc, 2)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    set_cell(t.cell(0, 1), "中国（黑龙江）自由贸易试验区黑河片区管理委员会", FS, 16)
    set_cell(t.cell(1, 1), "2026年2月10日", FS, 16)
    t.cell(0, 1).paragraphs[0].paragraph_format.keep_with_next = True
    t.cell(0, 0).paragraphs[0].paragraph_format.keep_with_next = True
    col_widths(t, [1.4, 14.2])
    docs.append({"meta": meta(
        title="中国（黑龙江）自由贸易试验区黑河片区企业“走出去”服务保障办法",
        doc_number="黑自贸黑河管规[2026]1号",
        issuer=["中国（黑龙江）自由贸易试验区黑河片区管理委员会"], date="2026-02-10",
        level="municipal", region="黑河市", effective="2026-02-15", doc_type="办法"),
        "clauses": w.clauses})

    # ---------------- section 4: C3 通知 + 附件 名单 (table split by hand, 续表)
    new_section(doc, continue_numbering=True)
    w = Writer(doc, ind_spaces=True)
    title(doc, ["黑河片区管委会关于公布2026年第一批", "对俄经贸合作重点项目名单的通知"])
    add_par(doc, [("黑自贸黑河管发〔2026〕7号", KT, 16, False)], align=C, indent=False, before=6)
    empty(doc, 1)
    add_par(doc, "片区各部门，各有关企业：", indent=False)
    w.body("根据《中国（黑龙江）自由贸易试验区黑河片区企业“走出去”服务保障办法》（黑自贸黑河管规〔2026〕1号），经企业申报、部门审核和管委会主任办公会议审定，确定黑河—布拉戈维申斯克大豆精深加工项目等12个项目为2026年第一批黑河片区对俄经贸合作重点项目（名单见附件），现予公布。")
    w.body("一、各入库项目实施主体要加快项目建设进度，每季度首月10日前向片区管委会经济发展局报送项目进展情况。")
    w.body("二、片区各部门要按照“一企一策”要求，指定专人跟踪服务，协调解决项目推进中遇到的困难和问题。")
    w.body("三、入库项目实行动态管理，对连续两个季度无实质性进展的项目，予以调出项目库。")
    w.body("四、各项目实施主体应当严格遵守所在国法律法规和我国境外投资管理有关规定，依法合规开展经营活动，发生重大风险事项的，及时向片区管委会报告。")
    empty(doc, 1)
    add_par(doc, IND + "附件：2026年第一批黑河片区对俄经贸合作重点项目名单", indent=False)
    empty(doc, 2)
    luokuan_spaces(doc, "中国（黑龙江）自由贸易试验区黑河片区管理委员会", "二〇二六年三月十八日", 4, 30)
    add_par(doc, IND + "（此件主动公开）", indent=False)
    # attachment
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1, line=14)
    title(doc, ["2026年第一批黑河片区", "对俄经贸合作重点项目名单"], size=20)
    empty(doc, 1, line=14)
    heads = ["序号", "项目名称", "实施主体", "境外合作地", "总投资（万元）", "项目进展"]
    rows = [
        ["1", "黑河—布拉戈维申斯克大豆精深加工项目", "黑河北丰粮油进出口有限公司", "俄罗斯阿穆尔州", "18600", "在建"],
        ["2", "对俄跨境电商海外仓扩建项目", "黑河俄速达国际物流有限公司", "俄罗斯阿穆尔州布拉戈维申斯克市", "3200", "投产"],
        ["3", "中俄木材加工产业园二期", "黑河森联木业有限公司", "俄罗斯哈巴罗夫斯克边疆区", "26500", "前期"],
        ["4", "对俄果蔬冷链物流中心", "黑河华鑫冷链物流有限公司", "俄罗斯滨海边疆区", "7800", "在建"],
        ["5", "俄罗斯油菜籽进口加工项目", "黑河金穗农业科技有限公司", "俄罗斯外贝加尔边疆区", "9400", "在建"],
        ["6", "中俄跨境旅游服务综合体", "黑河龙江之旅国际旅行社有限公司", "俄罗斯阿穆尔州", "4500", "前期"],
        ["7", "对俄汽车零部件出口分拨中心", "黑河中俄汽配贸易有限公司", "俄罗斯新西伯利亚州", "5600", "投产"],
        ["8", "黑河口岸互市商品落地加工项目", "黑河边贸食品有限公司", "俄罗斯阿穆尔州", "2300", "在建"],
        ["9", "中俄跨境电力设备合作项目", "黑河兴边电力工程有限公司", "俄罗斯阿穆尔州", "12800", "前期"],
        ["10", "对俄水产品进口冷链项目", "黑河远东海洋食品有限公司", "俄罗斯堪察加边疆区", "6900", "前期"],
        ["11", "中俄蜂产品精深加工项目", "黑河北极蜂业有限公司", "俄罗斯阿穆尔州", "1800", "投产"],
        ["12", "俄罗斯远东农业种植合作项目", "黑河垦丰农业开发有限公司", "俄罗斯犹太自治州", "15200", "在建"],
    ]
    total = sum(int(r[4]) for r in rows)
    assert total == 114600
    rows.append(["合计", "—", "—", "—", str(total), "—"])
    widths = [1.1, 3.9, 3.7, 3.0, 2.3, 1.6]
    data_table(doc, heads, rows[:8], w.clauses, widths=widths, size=11, left_cols=(1, 2))
    page_break(doc)
    add_par(doc, [("续表", HT, 12, False)], indent=False, line=20)
    data_table(doc, heads, rows[8:], w.clauses, widths=widths, size=11, left_cols=(1, 2))
    p = w.body("注：项目进展分为“前期”“在建”“投产”三类；总投资为项目计划总投资，含境内外投资。")
    p.paragraph_format.first_line_indent = Pt(0)
    for r in p.runs:
        r.font.size = Pt(12)
    p.runs[0].text = ""  # no typed indent for the note
    docs.append({"meta": meta(
        title="黑河片区管委会关于公布2026年第一批对俄经贸合作重点项目名单的通知",
        doc_number="黑自贸黑河管发〔2026〕7号",
        issuer=["中国（黑龙江）自由贸易试验区黑河片区管理委员会"], date="2026-03-18",
        level="municipal", region="黑河市",
        attachments=["2026年第一批黑河片区对俄经贸合作重点项目名单"], doc_type="通知",
        recipients=["片区各部门", "各有关企业"], publicity="此件主动公开"), "clauses": w.clauses})

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    paths = [file_changsha(), file_qinzhou(), file_heihe()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
