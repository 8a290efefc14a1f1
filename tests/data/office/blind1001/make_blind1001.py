# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1001: 省人民政府公报 issues laid out in two columns (Word + PDF + expected.json).

Three gazette issues, each with a cover head + 目录 and several documents
typeset one after the other in a two-column Word section:
  blind1001_henan_gongbao   河南省人民政府公报 2026年第7期（3 documents）
  blind1001_yunnan_gongbao  云南省人民政府公报 2026年第6期（3 documents）
  blind1001_fujian_gongbao  福建省人民政府公报 2026年第8期（3 documents）
"""
import json
import os
import subprocess
import sys

try:
    from docx import Document
except ImportError:  # run with the project venv when plain python lacks python-docx
    _vpy = "/work/venv/bin/python"
    if os.path.exists(_vpy) and os.path.abspath(sys.executable) != _vpy:
        os.execv(_vpy, [_vpy, os.path.abspath(__file__)] + sys.argv[1:])
    raise

from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor, Twips

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT
JUST = WD_ALIGN_PARAGRAPH.JUSTIFY

BODY = 10.5      # 五号
LINE = 16        # exact line spacing in the columns
BR = None        # marker for a manual line break inside a paragraph
IND = Pt(21)     # two-character first-line indent at 五号

expected = {}


# ---------------------------------------------------------------- low level
def font(run, name=FS, size=BODY, bold=False, color=None):
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


def border(p, side="bottom", color="000000", sz=6, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def add_field(p, instr, name=SONG, size=10.5, shown="1"):
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
    font(p.add_run(shown), name, size)
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def set_cols(section, num, space=420, sep=False):
    sp = section._sectPr
    cols = sp.find(qn("w:cols"))
    if cols is None:
        cols = parse_xml('<w:cols %s/>' % nsdecls("w"))
        dg = sp.find(qn("w:docGrid"))
        if dg is not None:
            dg.addprevious(cols)
        else:
            sp.append(cols)
    for a in list(cols.attrib):
        del cols.attrib[a]
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space))
    if sep:
        cols.set(qn("w:sep"), "1")


def set_pgnum(section, start=None, fmt=None):
    sp = section._sectPr
    old = sp.find(qn("w:pgNumType"))
    if old is not None:
        sp.remove(old)
    el = parse_xml('<w:pgNumType %s/>' % nsdecls("w"))
    if start is not None:
        el.set(qn("w:start"), str(start))
    if fmt:
        el.set(qn("w:fmt"), fmt)
    sp.find(qn("w:cols")).addprevious(el)


def page_setup(section):
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2.6), Cm(2.3)
    section.left_margin, section.right_margin = Cm(2.0), Cm(2.0)
    section.header_distance, section.footer_distance = Cm(1.4), Cm(1.2)


def new_doc():
    doc = Document()
    page_setup(doc.sections[0])
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(BODY)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    return doc


# ---------------------------------------------------------------- writer
class Gz:
    """Writes paragraphs into a gazette issue and records answer-key clauses."""

    def __init__(self):
        self.doc = new_doc()
        self.clauses = None

    def p(self, runs, align=JUST, first=IND, left=None, line=LINE, before=0, after=0,
          keep=False, page_break=False):
        p = self.doc.add_paragraph()
        if isinstance(runs, str):
            runs = [(runs, FS, BODY)]
        for r in runs:
            if r is BR:
                p.add_run().add_break()
                continue
            text, name, size = r[:3]
            bold = r[3] if len(r) > 3 else False
            color = r[4] if len(r) > 4 else None
            font(p.add_run(text), name, size, bold, color)
        pf = p.paragraph_format
        p.alignment = align
        pf.line_spacing = Pt(line)
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        pf.first_line_indent = first
        if left is not None:
            pf.left_indent = left
        if keep:
            pf.keep_with_next = True
        if page_break:
            pf.page_break_before = True
        return p

    def empty(self, line=LINE):
        return self.p([], first=None, line=line)

    def start(self):
        self.clauses = []
        return self.clauses

    # --- content (recorded) ---
    def body(self, text, lead=False):
        """text: str or list of segments (manual line breaks between segments)."""
        segs = text if isinstance(text, list) else [text]
        runs = []
        for i, s in enumerate(segs):
            if i:
                runs.append(BR)
            runs.append((("\u3000\u3000" + s) if (lead and i == 0) else s, FS, BODY))
        self.clauses.append("".join(segs))
        return self.p(runs, first=Pt(0) if lead else IND)

    def runin(self, head, text, hfont=KT, bold=False):
        self.clauses.append(head + text)
        return self.p([(head, hfont, BODY, bold), (text, FS, BODY)])

    def article(self, num, text, items=(), gap="\u3000"):
        self.clauses.append(num + gap + text + "".join(items))
        self.p([(num, HT, BODY), (gap + text, FS, BODY)])
        for it in items:
            self.p(it)

    # --- furniture (not recorded) ---
    def heading(self, text, name=HT, before=0):
        return self.p([(text, name, BODY)], keep=True, before=before)

    def title(self, parts, size=14, before=10, mode="paras"):
        if mode == "paras":
            for i, t in enumerate(parts):
                self.p([(t, XBS, size)], align=CENTER, first=None, line=22,
                       before=before if i == 0 else 0, keep=True)
        else:
            runs = []
            for i, t in enumerate(parts):
                if i:
                    runs.append(BR)
                runs.append((t, XBS, size))
            self.p(runs, align=CENTER, first=None, line=22, before=before, keep=True)

    def wenhao(self, text, after=6):
        self.p([("（%s）" % text, KT, BODY)], align=CENTER, first=None, after=after, keep=True)

    def zhusong(self, text):
        self.p([(text, FS, BODY)], first=None)

    def luokuan(self, organ, date, mode="right", pad_organ=0, pad_date=0):
        self.empty()
        if mode == "right":
            self.p([(organ, FS, BODY)], align=RIGHT, first=None, keep=True)
            self.p([(date, FS, BODY)], align=RIGHT, first=None)
        else:  # aligned with typed full-width spaces, like a clerk does
            self.p([("\u3000" * pad_organ + organ, FS, BODY)], align=LEFT, first=None, keep=True)
            self.p([("\u3000" * pad_date + date, FS, BODY)], align=LEFT, first=None)

    def gongkai(self, text):
        self.p([(text, FS, BODY)], first=IND, after=14)


# ---------------------------------------------------------------- tables
def cell_text(cell, text, name=FS, size=9, bold=False, align=CENTER):
    cell.text = ""
    par = cell.paragraphs[0]
    font(par.add_run(text), name, size, bold)
    par.alignment = align
    par.paragraph_format.line_spacing = Pt(13)
    par.paragraph_format.first_line_indent = Pt(0)
    vc = cell._tc.get_or_add_tcPr()
    vc.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def make_table(doc, nrows, widths, grid=True):
    t = doc.add_table(rows=nrows, cols=len(widths))
    if grid:
        t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)
    # grid columns and table width, or LibreOffice spreads the table over the page width
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tblpr = t._tbl.tblPr
    old = tblpr.find(qn("w:tblW"))
    if old is not None:
        tblpr.remove(old)
    tblw = parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>' % (nsdecls("w"), int(Cm(sum(widths)).twips)))
    jc = tblpr.find(qn("w:jc"))
    (jc.addprevious(tblw) if jc is not None else tblpr.append(tblw))
    return t


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(t):
    tblpr = t._tbl.tblPr
    succ = [e for e in tblpr if e.tag in (qn("w:shd"), qn("w:tblLayout"), qn("w:tblCellMar"), qn("w:tblLook"))]
    (succ[0].addprevious if succ else tblpr.append)(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


# ---------------------------------------------------------------- headers / footers
def header_tab(section_hdr, left, right, width_cm=17.0, line_color="000000", sz=6):
    hp = section_hdr.paragraphs[0]
    hp.text = ""
    ts = hp.paragraph_format.tab_stops
    for pos in (4680, 9360):  # the Header style's centre/right tabs
        ts.add_tab_stop(Twips(pos), WD_TAB_ALIGNMENT.CLEAR)
    ts.add_tab_stop(Cm(width_cm), WD_TAB_ALIGNMENT.RIGHT)
    font(hp.add_run(left), SONG, 9)
    font(hp.add_run("\t" + right), SONG, 9)
    border(hp, "bottom", line_color, sz, 1)
    return hp


def footer_page(section_ftr, align, left_deco, right_deco, name=SONG, size=10.5):
    fp = section_ftr.paragraphs[0]
    fp.text = ""
    fp.alignment = align
    font(fp.add_run(left_deco), name, size)
    add_field(fp, "PAGE", name, size)
    font(fp.add_run(right_deco), name, size)
    return fp


# ---------------------------------------------------------------- pdf
def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1001", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def find_pages(pdf, markers):
    """Physical page index (0-based, ignoring the cover) where each marker first shows."""
    try:
        import pdfplumber
    except ImportError:
        return None
    with pdfplumber.open(pdf) as pp:
        texts = [(pg.extract_text() or "").replace(" ", "").replace("\n", "") for pg in pp.pages]
    out = []
    for m in markers:
        hit = None
        for i, t in enumerate(texts):
            if i >= 1 and m in t:
                hit = i
                break
        if hit is None:
            return None
        out.append(hit)
    return out


def build_with_toc(stem, builder, markers, to_printed, guess):
    """Build, render, read back on which page each document begins, rebuild with the right 目录."""
    pages = list(guess)
    recs = None
    for _ in range(4):
        path, recs = builder(pages)
        pdf = convert(path)
        phys = find_pages(pdf, markers)
        if phys is None:
            break
        new = [to_printed(x) for x in phys]
        if new == pages:
            break
        pages = new
    expected[stem] = recs
    return pages


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": "provincial", "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# =================================================================== FILE A: 河南
def build_henan(pages):
    stem = "blind1001_henan_gongbao"
    g = Gz()
    doc = g.doc
    recs = []

    # ---- cover head + 目录 (one column, no header/footer)
    g.p([("河南省人民政府公报", XBS, 34, False, RED)], align=CENTER, first=None, line=48, before=36)
    g.p([("HENAN SHENG RENMIN ZHENGFU GONGBAO", "Times New Roman", 10.5, False, RED)],
        align=CENTER, first=None, line=16)
    p = g.p([("2026年第7期（总第1093期）", KT, 14)], align=CENTER, first=None, line=28, before=10)
    border(p, "bottom", "FF0000", 24, 8)
    g.p([("目\u3000\u3000录", HT, 16)], align=CENTER, first=None, line=30, before=18, after=12)

    def toc_col(name):
        g.p([(name, HT, 12)], align=LEFT, first=None, line=26, before=8)

    def toc_entry(text, page):
        p = g.p([(text + "\t" + str(page), SONG, 12)], align=LEFT, first=Pt(-12),
                left=Cm(0.9), line=24)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.8), WD_TAB_ALIGNMENT.RIGHT,
                                                  WD_TAB_LEADER.DOTS)

    toc_col("【省政府文件】")
    toc_entry("河南省人民政府关于印发中国（河南）自由贸易试验区提升战略实施方案的通知", pages[0])
    toc_col("【省政府办公厅文件】")
    toc_entry("河南省人民政府办公厅关于加快推进郑州—卢森堡“空中丝绸之路”高质量发展的意见", pages[1])
    toc_col("【部门文件】")
    toc_entry("河南省商务厅\u3000河南省财政厅关于印发河南省中欧班列（郑州）运营补助资金管理办法的通知", pages[2])
    for _ in range(9):
        g.empty(line=24)
    p = g.p([("主管主办：河南省人民政府办公厅\u3000\u3000编辑出版：《河南省人民政府公报》编辑部", SONG, 9)],
            align=CENTER, first=None, line=16)
    border(p, "top", "FF0000", 8, 4)

    # ---- two-column body section, page numbers carried on from earlier issues of the year
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    set_cols(sec, 2, 420)
    set_pgnum(sec, 41)
    doc.settings.odd_and_even_pages_header_footer = True
    for hf in (sec.header, sec.even_page_header, sec.footer, sec.even_page_footer):
        hf.is_linked_to_previous = False
    header_tab(sec.header, "河南省人民政府公报", "2026年第7期")
    header_tab(sec.even_page_header, "2026年第7期", "河南省人民政府公报")
    footer_page(sec.footer, RIGHT, "· ", " ·")
    footer_page(sec.even_page_footer, LEFT, "· ", " ·")

    # ================= A1 省政府通知 + 实施方案
    cl = g.start()
    g.title(["河南省人民政府关于印发", "中国（河南）自由贸易试验区提升", "战略实施方案的通知"], before=0)
    g.wenhao("豫政〔2026〕9号")
    g.zhusong("各省辖市人民政府，济源示范区、航空港区管委会，省人民政府各部门：")
    g.body("现将《中国（河南）自由贸易试验区提升战略实施方案》印发给你们，请结合实际，认真贯彻落实。")
    g.luokuan("河南省人民政府", "2026年3月2日")
    g.gongkai("（此件公开发布）")
    g.title(["中国（河南）自由贸易试验区提升战略实施方案"], size=12, before=4)
    g.empty(line=8)
    g.body("为深入实施自由贸易试验区提升战略，推动中国（河南）自由贸易试验区（以下简称河南自贸试验区）在更深层次、更宽领域、以更大力度推进高水平制度型开放，更好服务共建“一带一路”和全国统一大市场建设，制定本方案。")
    g.heading("一、总体目标")
    g.body("到2028年，河南自贸试验区郑州、开封、洛阳三个片区累计形成制度创新成果200项以上，其中在全国复制推广20项以上；实际使用外资年均增长5%以上，进出口总额突破6000亿元；“空中、陆上、网上、海上”四条丝绸之路融合发展水平显著提升，基本建成服务“一带一路”建设的现代综合交通枢纽。")
    g.heading("二、重点任务")
    g.runin("（一）对接国际高标准经贸规则。", "在跨境服务贸易、数字贸易、知识产权保护等领域开展压力测试，探索实施跨境服务贸易负面清单管理模式，推动数据跨境安全有序流动，在郑州片区开展数据出境“白名单”试点。")
    g.heading("（二）提升“四路协同”开放通道能级", name=KT)
    g.body("1.做强“空中丝绸之路”。巩固郑州—卢森堡“双枢纽”合作，拓展至中亚、东南亚、拉美的全货机航线，到2028年郑州机场国际地区货邮吞吐量占比达到65%以上。")
    g.body("2.做优“陆上丝绸之路”。推动中欧班列（郑州）集结中心扩能提质，稳定开行“中豫号”班列，年开行量保持在1000列以上。")
    g.body("3.做大“网上丝绸之路”。深化跨境电子商务综合试验区建设，推广“跨境电商+产业带”模式，支持企业在共建“一带一路”国家布局海外仓。")
    g.body("4.做实“海上丝绸之路”。加密郑州至青岛、连云港等港口的铁海联运班列，推进内陆无水港建设，实现“一单制”全程联运。")
    g.runin("（三）深化投资贸易便利化改革。", "全面落实外商投资准入前国民待遇加负面清单管理制度，推进“证照分离”改革全覆盖，深化国际贸易“单一窗口”建设，货物进出口整体通关时间较2025年压缩10%以上。")
    g.runin("（四）强化片区联动和辐射带动。", "建立郑州、开封、洛阳片区与省内联动创新区协同发展机制，推动制度创新成果在联动创新区率先复制推广，形成“自贸试验区+联动创新区”梯次开放格局。")
    g.heading("三、保障措施")
    g.runin("（一）加强组织领导。", "省自由贸易试验区建设工作领导小组统筹推进提升战略实施，领导小组办公室负责日常协调，各片区管委会承担主体责任。")
    g.runin("（二）强化评估考核。", "建立制度创新成果第三方评估机制，将提升战略实施情况纳入省政府目标考核，对工作成效突出的片区在资金、用地等方面给予倾斜支持。")
    recs.append({"meta": meta(
        title="河南省人民政府关于印发中国（河南）自由贸易试验区提升战略实施方案的通知",
        doc_number="豫政〔2026〕9号", issuer=["河南省人民政府"], date="2026-03-02",
        region="河南省", doc_type="通知",
        recipients=["各省辖市人民政府", "济源示范区管委会", "航空港区管委会", "省人民政府各部门"],
        publicity="此件公开发布"), "clauses": cl})

    # ================= A2 省政府办公厅意见 (with a small table in the column)
    g.empty(line=10)
    cl = g.start()
    g.title(["河南省人民政府办公厅关于加快推进郑州—卢森堡“空中丝绸之路”高质量发展的意见"])
    g.wenhao("豫政办〔2026〕14号")
    g.zhusong("各省辖市人民政府，济源示范区、航空港区管委会，省人民政府各部门：")
    g.body("郑州—卢森堡“空中丝绸之路”是我省融入共建“一带一路”的标志性工程。为进一步巩固提升“双枢纽”合作成果，推动“空中丝绸之路”高质量发展，经省政府同意，提出如下意见。", lead=True)
    g.runin("一、拓展国际航线网络。", "支持卢森堡国际货运航空公司加密郑州航班，鼓励国内外航空公司以郑州为枢纽开辟至共建“一带一路”国家的全货机航线，构建覆盖全球主要经济体的航线网络。对新开通并稳定运营1年以上的洲际全货机航线，按照有关规定给予奖励。", hfont=HT)
    g.runin("二、提升枢纽保障能力。", "加快郑州机场三期北货运区建设，推进航空物流信息平台与卢森堡机场数据对接，推广“空空中转”“空陆联运”模式，提高货物中转效率。", hfont=HT)
    g.runin("三、培育航空偏好型产业。", "依托郑州航空港经济综合实验区，重点发展电子信息、生物医药、精密机械、跨境电商等航空偏好型产业，引导冷链、医药等高附加值货物通过“空中丝绸之路”进出口。", hfont=HT)
    g.runin("四、优化口岸通关环境。", "推行“7×24小时”通关保障，扩大“卢森堡—郑州”航空电子货运试点范围，实现货物“随到随检、即查即放”。", hfont=HT)
    g.runin("五、明确发展目标。", "到2028年，“空中丝绸之路”主要发展指标达到下表要求。", hfont=HT)
    g.p([("“空中丝绸之路”主要发展指标", HT, 9)], align=CENTER, first=None, line=18, before=4, keep=True)
    widths = [0.9, 3.4, 1.9, 1.8]
    t = make_table(doc, 6, widths)
    top = t.rows[0].cells
    a = top[0].merge(t.rows[1].cells[0])
    b = top[1].merge(t.rows[1].cells[1])
    c = top[2].merge(top[3])
    cell_text(a, "序号", HT)
    cell_text(b, "指标名称", HT)
    cell_text(c, "发展目标", HT)
    cell_text(t.rows[1].cells[2], "2025年（基期）", HT)
    cell_text(t.rows[1].cells[3], "2028年", HT)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdr = ["序号", "指标名称", "发展目标／2025年（基期）", "发展目标／2028年"]
    data = [["1", "郑州机场货邮吞吐量（万吨）", "82.6", "120"],
            ["2", "国际地区全货机航线（条）", "48", "60"],
            ["3", "卢森堡货航每周航班（班）", "34", "45"],
            ["4", "航空口岸进出口额（亿元）", "3915", "5000"]]
    for ri, row in enumerate(data, 2):
        for ci, v in enumerate(row):
            cell_text(t.rows[ri].cells[ci], v, FS, 9, align=LEFT if ci == 1 else CENTER)
        cl.append(row_clause(hdr, row))
    g.empty(line=8)
    g.runin("六、强化组织实施。", "各地、各有关部门要按照职责分工抓好落实，省商务厅、省发展改革委、郑州航空港区管委会要加强统筹协调，重大事项及时报告省政府。", hfont=HT)
    g.luokuan("河南省人民政府办公厅", "2026年3月16日")
    g.gongkai("（此件公开发布）")
    recs.append({"meta": meta(
        title="河南省人民政府办公厅关于加快推进郑州—卢森堡“空中丝绸之路”高质量发展的意见",
        doc_number="豫政办〔2026〕14号", issuer=["河南省人民政府办公厅"], date="2026-03-16",
        region="河南省", doc_type="意见",
        recipients=["各省辖市人民政府", "济源示范区管委会", "航空港区管委会", "省人民政府各部门"],
        publicity="此件公开发布"), "clauses": cl})

    # ================= A3 部门联合发文 + 办法（第X条）
    cl = g.start()
    p = g.p([("河南省商务厅\u3000河南省财政厅关于印发河南省中欧班列（郑州）运营补助资金管理办法的通知", XBS, 14)],
            align=CENTER, first=None, line=22, keep=True, page_break=True)
    g.wenhao("豫商外贸〔2026〕6号")
    g.zhusong("各省辖市商务局、财政局：")
    g.body("为规范中欧班列（郑州）运营补助资金管理，提高资金使用效益，省商务厅、省财政厅制定了《河南省中欧班列（郑州）运营补助资金管理办法》，现印发给你们，请遵照执行。")
    g.empty()
    g.p([("河南省商务厅\u3000\u3000\u3000河南省财政厅", FS, BODY)], align=RIGHT, first=None, keep=True)
    g.p([("2026年3月20日", FS, BODY)], align=RIGHT, first=None, after=12)
    g.title(["河南省中欧班列（郑州）运营补助资金管理办法"], size=12, before=4)
    g.empty(line=8)
    g.article("第一条", "为规范中欧班列（郑州）运营补助资金（以下简称补助资金）管理，提高资金使用效益，根据《中华人民共和国预算法》和省级财政专项资金管理有关规定，制定本办法。")
    g.article("第二条", "本办法所称补助资金，是指省级财政预算安排，用于支持中欧班列（郑州）稳定运营、拓展线路和提升服务能力的专项资金。")
    g.article("第三条", "省商务厅负责提出补助资金年度预算建议、审核申报材料、开展绩效管理；省财政厅负责资金预算管理、组织资金拨付和监督检查。")
    g.article("第四条", "补助资金的申报主体为在我省依法注册、具有中欧班列运营资质的平台公司。")
    g.article("第五条", "补助资金主要支持以下方面：",
              ["（一）新开辟至共建“一带一路”国家线路的首年运营；",
               "（二）回程班列货源组织；",
               "（三）集结中心、海外仓等物流节点建设。"])
    g.article("第六条", "补助标准按照去程每标准箱不超过1500元、回程每标准箱不超过2000元核定，年度补助总额不超过当年中央和省级下达的补助资金规模。")
    g.article("第七条", "申报主体应当于每年3月31日前，向省商务厅报送上一年度补助资金申请材料，并对材料的真实性负责。")
    g.article("第八条", "省商务厅会同省财政厅委托第三方机构对申报材料进行审核，审核结果在省商务厅门户网站公示，公示期不少于5个工作日。")
    g.article("第九条", "补助资金实行全过程预算绩效管理。省商务厅应当于每年6月底前完成上一年度资金绩效自评，绩效评价结果作为以后年度预算安排的重要依据。")
    g.article("第十条", "申报主体采取虚报、冒领等手段骗取补助资金的，由省财政厅依法收回资金，并按照《财政违法行为处罚处分条例》等有关规定处理；涉嫌犯罪的，依法移送有关部门处理。")
    g.article("第十一条", "本办法由省商务厅、省财政厅负责解释。")
    g.article("第十二条", "本办法自2026年4月1日起施行，有效期至2030年12月31日。《河南省中欧班列（郑州）运营补助资金管理暂行办法》（豫商外贸〔2022〕15号）同时废止。")
    recs.append({"meta": meta(
        title="河南省商务厅\u3000河南省财政厅关于印发河南省中欧班列（郑州）运营补助资金管理办法的通知",
        doc_number="豫商外贸〔2026〕6号", issuer=["河南省商务厅", "河南省财政厅"],
        date="2026-03-20", region="河南省", effective="2026-04-01", expires="2030-12-31",
        doc_type="通知", recipients=["各省辖市商务局", "各省辖市财政局"],
        repeals="《河南省中欧班列（郑州）运营补助资金管理暂行办法》（豫商外贸〔2022〕15号）"),
        "clauses": cl})

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path, recs


# =================================================================== FILE B: 云南
def build_yunnan(pages):
    stem = "blind1001_yunnan_gongbao"
    g = Gz()
    doc = g.doc
    recs = []

    # ---- cover head; 目录 laid out in a borderless table
    g.p([("云南省人民政府公报", XBS, 36, False, RED)], align=CENTER, first=None, line=52, before=30)
    p = g.p([("2026年第6期\u3000\u3000（总第826期）", SONG, 12)], align=CENTER, first=None, line=24, before=6)
    border(p, "bottom", "FF0000", 12, 6)
    p = g.p([], first=None, line=6)
    border(p, "top", "FF0000", 4, 1)
    g.p([("目\u3000录", XBS, 18)], align=CENTER, first=None, line=34, before=12, after=10)
    t = make_table(doc, 6, [14.6, 2.0], grid=False)
    no_borders(t)
    toc = [("【省政府文件】", None),
           ("云南省人民政府关于复制推广中国（云南）自由贸易试验区第三批改革试点经验的通知", pages[0]),
           ("【省政府办公厅文件】", None),
           ("云南省人民政府办公厅关于印发云南省支持中老铁路沿线开发开放若干措施的通知", pages[1]),
           ("【部门文件】", None),
           ("云南省商务厅关于发布2026年度云南省“一带一路”重点境外经贸合作区名单的公告", pages[2])]
    for i, (txt, pg) in enumerate(toc):
        r = t.rows[i]
        if pg is None:
            m = r.cells[0].merge(r.cells[1])
            cell_text(m, txt, HT, 12, align=LEFT)
        else:
            cell_text(r.cells[0], "\u3000\u3000" + txt, KT, 12, align=LEFT)
            cell_text(r.cells[1], "（%d）" % pg, SONG, 12, align=RIGHT)
        for c in r.cells:
            for par in c.paragraphs:
                par.paragraph_format.line_spacing = Pt(26)
    for _ in range(6):
        g.empty(line=24)
    g.p([("云南省人民政府办公厅主办\u3000\u3000每月10日、25日出版", KT, 10.5)], align=CENTER,
        first=None, line=18)

    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    set_cols(sec, 2, 480)
    for hf in (sec.header, sec.footer):
        hf.is_linked_to_previous = False
    hp = sec.header.paragraphs[0]
    hp.alignment = CENTER
    font(hp.add_run("云南省人民政府公报\u3000\u3000\u3000\u3000\u3000\u30002026年第6期"), SONG, 9)
    border(hp, "bottom", "000000", 12, 1, val="double")
    footer_page(sec.footer, CENTER, "— ", " —", SONG, 12)

    # ================= B1 省政府通知 with 附件 table in a one-column section
    cl = g.start()
    g.title(["云南省人民政府关于复制推广", "中国（云南）自由贸易试验区第", "三批改革试点经验的通知"],
            before=0, mode="br")
    g.wenhao("云政发〔2026〕11号")
    g.zhusong("各州、市人民政府，省直各委、办、厅、局：")
    g.body("中国（云南）自由贸易试验区（以下简称云南自贸试验区）设立以来，昆明、红河、德宏3个片区紧紧围绕建设连接南亚东南亚大通道的重要节点，大胆试、大胆闯、自主改，形成了一批可复制可推广的制度创新成果。经省人民政府同意，决定在全省范围内复制推广云南自贸试验区第三批改革试点经验。现就有关事项通知如下：")
    g.heading("一、复制推广的主要内容")
    g.body("本批复制推广的改革事项共10项，其中在全省范围内复制推广7项，在沿边州（市）复制推广3项，具体见附件。")
    g.runin("二、高度重视复制推广工作。", "各州、市人民政府和省直各部门要把复制推广改革试点经验作为推进高水平对外开放、服务和融入共建“一带一路”的重要举措，主动对接，细化措施，确保改革事项于2026年6月底前落地见效。", hfont=HT)
    g.runin("三、加强工作协调和跟踪评估。", "省商务厅（省自贸办）要会同有关部门加强对复制推广工作的督促指导，及时总结推广成效，对复制推广中发现的问题研究提出解决办法。", hfont=HT)
    g.body("各地、各部门在复制推广过程中遇到的重大问题，要及时向省人民政府请示报告。")
    g.empty()
    g.p([("附件：云南自贸试验区第三批改革试点经验复制推广清单", FS, BODY)], first=IND,
        left=None)
    g.luokuan("云南省人民政府", "2026年2月24日")
    g.gongkai("（此件公开发布）")

    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    set_cols(sec2, 1)
    g.p([("附件", HT, 12)], align=LEFT, first=None, line=22)
    g.p([("云南自贸试验区第三批改革试点经验复制推广清单", XBS, 16)], align=CENTER, first=None,
        line=30, before=6, after=8)
    hdr = ["序号", "改革事项", "主要内容", "推广范围", "责任单位"]
    data = [
        ["1", "跨境电商零售进口退货中心仓模式", "在综合保税区内设置退货中心仓，实现跨境电商零售进口退货商品集中分拣、统一退货，退货时间由30天缩短至7天以内。", "全省", "昆明海关、省商务厅"],
        ["2", "外商投资企业登记“跨境通办”", "依托政务服务平台与境外合作机构对接，境外投资者可远程办理外商投资企业设立登记，实现“不出境、零跑腿”。", "全省", "省市场监管局"],
        ["3", "进口铁矿石“先放后检”", "对进口铁矿石实施“先放行、后检验”监管模式，货物通关时间平均压缩60%以上。", "全省", "昆明海关"],
        ["4", "国际贸易“单一窗口”出口退税“一键申报”", "出口企业通过“单一窗口”一次录入数据即可完成出口退税申报，退税办理时间压缩至3个工作日以内。", "全省", "省税务局、省商务厅"],
        ["5", "涉外商事纠纷“诉调仲”一站式解决机制", "整合法院、商事调解组织、仲裁机构资源，为中外当事人提供诉讼、调解、仲裁衔接服务。", "全省", "省高级人民法院、省司法厅"],
        ["6", "农产品出口“合格证+检验检疫”互认", "推动食用农产品承诺达标合格证与出口检验检疫结果互认，减少重复检测。", "全省", "省农业农村厅、昆明海关"],
        ["7", "企业环评“打捆”审批", "对同一园区内同类型建设项目实行环境影响评价文件打捆审批，审批时限压缩50%。", "全省", "省生态环境厅"],
        ["8", "边民互市贸易进口商品落地加工“一站式”监管", "建立互市商品交易、申报、加工、监管全链条信息化管理系统，推动边民互市进口商品就地加工转化。", "沿边州（市）", "省商务厅、昆明海关"],
        ["9", "跨境人民币结算“边贸通”", "为边境小额贸易和边民互市贸易提供跨境人民币结算、汇兑一站式服务。", "沿边州（市）", "中国人民银行云南省分行"],
        ["10", "跨境劳务人员“一站式”服务管理", "在口岸设立跨境劳务服务中心，集中办理入境务工人员证件、体检、保险等手续。", "沿边州（市）", "省人力资源社会保障厅、省公安厅"],
    ]
    widths = [1.0, 3.4, 7.0, 1.8, 3.8]
    t = make_table(doc, 1 + len(data), widths)
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, HT, 10.5)
    repeat_header(t.rows[0])
    for ri, row in enumerate(data, 1):
        for ci, v in enumerate(row):
            if ci == 3:
                continue
            cell_text(t.rows[ri].cells[ci], v, FS, 10.5, align=LEFT if ci in (1, 2) else CENTER)
        cl.append(row_clause(hdr, row))
    # 推广范围 merged vertically: rows 1–7 全省, rows 8–10 沿边州（市）
    m1 = t.rows[1].cells[3].merge(t.rows[7].cells[3])
    cell_text(m1, "全省", FS, 10.5)
    m2 = t.rows[8].cells[3].merge(t.rows[10].cells[3])
    cell_text(m2, "沿边州（市）", FS, 10.5)
    note = "注：责任单位中排在第一位的为牵头单位。"
    g.p([(note, KT, 10.5)], first=None, line=20, before=4)
    cl.append(note)
    recs.append({"meta": meta(
        title="云南省人民政府关于复制推广中国（云南）自由贸易试验区第三批改革试点经验的通知",
        doc_number="云政发〔2026〕11号", issuer=["云南省人民政府"], date="2026-02-24",
        region="云南省", doc_type="通知",
        attachments=["云南自贸试验区第三批改革试点经验复制推广清单"],
        recipients=["各州、市人民政府", "省直各委、办、厅、局"],
        publicity="此件公开发布"), "clauses": cl})

    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    set_cols(sec3, 2, 480)

    # ================= B2 办公厅印发若干措施
    cl = g.start()
    g.title(["云南省人民政府办公厅关于印发云南省支持中老铁路沿线开发开放若干措施的通知"], before=0)
    g.wenhao("云政办发〔2026〕9号")
    g.zhusong("各州、市人民政府，省直各委、办、厅、局：")
    g.body("《云南省支持中老铁路沿线开发开放若干措施》已经省人民政府同意，现印发给你们，请认真贯彻执行。")
    g.luokuan("云南省人民政府办公厅", "2026年3月5日")
    g.gongkai("（此件公开发布）")
    g.title(["云南省支持中老铁路沿线开发开放若干措施"], size=12, before=2)
    g.empty(line=8)
    g.body("为充分发挥中老铁路黄金通道作用，推动铁路沿线开发开放，加快建设面向南亚东南亚辐射中心，制定以下措施。")
    g.heading("一、提升通道运输效能")
    g.body("1．加密国际货运班列。推动中老铁路国际货运列车每日开行对数由目前的14对增加至18对以上，常态化开行“澜湄快线”“中老泰”“中老越”等跨境班列，2026年全年跨境货运量力争突破600万吨。")
    g.body(["2．完善沿线物流节点。加快昆明王家营、玉溪、普洱、西双版纳、磨憨等物流节点建设，对新建、改扩建的铁路专用线和集装箱场站，省级财政按项目",
            "投资额的10%给予补助，单个项目最高不超过2000万元。"])
    g.body("3．提升口岸通关效率。深化磨憨铁路口岸通关便利化改革，具体措施如下：")
    g.body("（1）推广“铁路快通”模式，实现进出口货物在昆明、磨憨两地海关“一次申报、一次查验、一次放行”；")
    g.body("(2)在磨憨铁路口岸开展进口水果、粮食等指定监管场地“预约查验+集中查验”，查验时间压缩至2小时以内。")
    g.heading("二、培育沿线产业集群")
    g.body("4．建设跨境产业合作园区。支持磨憨—磨丁经济合作区、西双版纳国际旅游度假区等园区承接东部产业转移，对新引进的加工贸易企业，按其首年进出口额给予每美元0.02元的奖励，单个企业最高不超过500万元。")
    g.body("5．发展“中老铁路+”特色产业。支持沿线州（市）发展进口木材、天然橡胶、木薯等资源精深加工产业，培育一批年产值超10亿元的龙头企业。")
    g.body("6.促进跨境旅游发展。开通“中老铁路旅游专列”，推动昆明至万象国际旅客列车增开班次，对组织境外游客乘坐中老铁路来滇旅游的旅行社，按人次给予奖励。")
    g.heading("三、强化要素保障")
    g.body("7．加大资金支持力度。统筹省级开放型经济发展专项资金，每年安排不少于3亿元支持中老铁路沿线开发开放；鼓励政策性银行为沿线重大项目提供中长期低息贷款。")
    g.body("8．保障用地需求。对沿线物流节点、产业园区重点项目，优先纳入省级重大项目清单，用地指标由省级统筹保障。")
    g.body("9．优化跨境金融服务。支持沿线银行机构开展人民币与老挝基普直接汇率交易，扩大跨境人民币结算规模。")
    g.body("本措施自2026年4月1日起施行，有效期至2028年12月31日。各有关部门可根据本措施制定具体实施细则。")
    g.empty(line=12)
    recs.append({"meta": meta(
        title="云南省人民政府办公厅关于印发云南省支持中老铁路沿线开发开放若干措施的通知",
        doc_number="云政办发〔2026〕9号", issuer=["云南省人民政府办公厅"], date="2026-03-05",
        region="云南省", effective="2026-04-01", expires="2028-12-31", doc_type="通知",
        recipients=["各州、市人民政府", "省直各委、办、厅、局"],
        publicity="此件公开发布"), "clauses": cl})

    # ================= B3 部门公告 with a narrow in-column table
    cl = g.start()
    g.title(["云南省商务厅关于发布2026年度云南省“一带一路”重点境外经贸合作区名单的公告"])
    g.wenhao("云南省商务厅公告2026年第2号")
    g.body("根据《云南省境外经贸合作区认定管理办法》（云商规〔2024〕3号），经企业申报、州（市）商务主管部门初审、专家评审和网上公示，现将2026年度云南省“一带一路”重点境外经贸合作区名单公告如下：")
    hdr = ["序号", "合作区名称", "所在国家", "实施企业"]
    data = [["1", "老挝万象赛色塔综合开发区", "老挝", "云南省海外投资有限公司"],
            ["2", "老挝磨丁经济特区现代物流园", "老挝", "云南建投物流有限公司"],
            ["3", "柬埔寨西哈努克港农产品加工园", "柬埔寨", "云南农垦集团有限责任公司"],
            ["4", "越南老街—河口跨境产业合作园", "越南", "红河州开发投资控股集团有限公司"],
            ["5", "孟加拉国吉大港云南产业园", "孟加拉国", "云南省能源投资集团有限公司"]]
    t = make_table(doc, 1 + len(data), [0.9, 2.9, 1.4, 2.9])
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, HT, 9)
    repeat_header(t.rows[0])
    for ri, row in enumerate(data, 1):
        for ci, v in enumerate(row):
            cell_text(t.rows[ri].cells[ci], v, FS, 9, align=LEFT if ci in (1, 3) else CENTER)
        cl.append(row_clause(hdr, row))
    g.empty(line=8)
    g.body("本公告自发布之日起施行，《云南省商务厅关于发布2023年度云南省“一带一路”重点境外经贸合作区名单的公告》（云南省商务厅公告2023年第4号）同时废止。")
    g.p([("特此公告。", FS, BODY)])
    g.luokuan("云南省商务厅", "2026年3月12日")
    recs.append({"meta": meta(
        title="云南省商务厅关于发布2026年度云南省“一带一路”重点境外经贸合作区名单的公告",
        doc_number="云南省商务厅公告2026年第2号", issuer=["云南省商务厅"], date="2026-03-12",
        region="云南省", effective="2026-03-12", doc_type="公告",
        repeals="《云南省商务厅关于发布2023年度云南省“一带一路”重点境外经贸合作区名单的公告》（云南省商务厅公告2023年第4号）"),
        "clauses": cl})

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path, recs


# =================================================================== FILE C: 福建
def build_fujian(pages):
    stem = "blind1001_fujian_gongbao"
    g = Gz()
    doc = g.doc
    recs = []

    # ---- cover head; 目录 typed by hand with dots and spaces
    g.p([("福建省人民政府公报", XBS, 32, False, RED)], align=CENTER, first=None, line=46, before=24)
    g.p([("FUJIAN PROVINCIAL PEOPLE'S GOVERNMENT GAZETTE", "Times New Roman", 9, False, RED)],
        align=CENTER, first=None, line=14)
    p = g.p([("2026年第8期（总第1012期）", HT, 12)], align=CENTER, first=None, line=24, before=8)
    border(p, "bottom", "FF0000", 18, 6)
    g.p([("目\u3000\u3000录", HT, 16)], align=CENTER, first=None, line=30, before=14, after=8)

    def col(name):
        g.p([(name, HT, 12)], align=LEFT, first=None, line=24, before=6)

    def entry(text, dots, page):
        g.p([(text + "…" * dots + "（%d）" % page, FS, 12)], align=LEFT, first=None,
            left=Pt(24), line=22)

    col("【省政府令】")
    entry("福建省“丝路海运”发展促进办法（福建省人民政府令第238号）", 9, pages[0])
    col("【省政府文件】")
    entry("福建省人民政府关于同意设立厦门“丝路海运”国际航运服务集聚区的批复", 5, pages[1])
    col("【省政府办公厅文件】")
    entry("福建省人民政府办公厅关于同意建立福建省“丝路海运”发展联席会议制度的函", 4, pages[2])

    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    set_cols(sec, 2, 425, sep=True)
    set_pgnum(sec, 17)
    for hf in (sec.header, sec.footer):
        hf.is_linked_to_previous = False
    header_tab(sec.header, "福建省人民政府公报", "2026年第8期")
    footer_page(sec.footer, CENTER, "— ", " —", SONG, 12)

    # ================= C1 省政府令 + 规章（章/条）
    cl = g.start()
    g.p([("福建省人民政府令", XBS, 18, False, RED)], align=CENTER, first=None, line=30, keep=True)
    g.p([("第238号", FS, 12)], align=CENTER, first=None, line=22, after=6, keep=True)
    g.body("《福建省“丝路海运”发展促进办法》已经2026年2月27日省人民政府第71次常务会议通过，现予公布，自2026年5月1日起施行。")
    g.empty()
    g.p([("\u3000" * 11 + "省长\u3000林建平", FS, BODY)], first=None)
    g.p([("\u3000" * 11 + "2026年3月6日", FS, BODY)], first=None, after=10)
    g.title(["福建省“丝路海运”发展促进办法"], size=14, before=6)
    g.empty(line=8)
    g.p([("第一章\u3000总\u3000\u3000则", HT, BODY)], align=CENTER, first=None, keep=True, before=4, after=4)
    g.article("第一条", "为了推动“丝路海运”高质量发展，建设21世纪海上丝绸之路核心区，服务构建新发展格局，根据有关法律、法规，结合本省实际，制定本办法。")
    g.article("第二条", "本省行政区域内“丝路海运”航线培育、港航服务、物流通道建设及其相关促进活动，适用本办法。",
              ["本办法所称“丝路海运”，是指以福建港口为枢纽，联通共建“一带一路”国家和地区港口，符合统一服务标准的集装箱班轮航线及相关港航物流服务。"])
    g.article("第三条", "县级以上地方人民政府应当加强对“丝路海运”发展工作的领导，将其纳入国民经济和社会发展规划，建立健全协调机制，研究解决发展中的重大问题。")
    g.article("第四条", "省交通运输主管部门负责全省“丝路海运”发展的统筹协调和监督管理。发展改革、商务、财政、自然资源、生态环境等部门和福州海关、厦门海关、福建海事局等单位按照各自职责做好相关工作。")
    g.p([("第二章\u3000航线与通道建设", HT, BODY)], align=CENTER, first=None, keep=True, before=4, after=4)
    g.article("第五条", "省交通运输主管部门应当会同有关部门编制“丝路海运”航线发展规划，重点培育连接东南亚、南亚、中东、非洲、欧洲和南美洲的集装箱航线。")
    g.article("第六条", "支持港口企业、航运企业开辟“丝路海运”命名航线，对符合条件的新开航线，按照有关规定给予奖励。具体奖励办法由省交通运输主管部门会同省财政部门制定。")
    g.article("第七条", "鼓励发展海铁联运、海河联运等多式联运，推动“丝路海运”与中欧班列、西部陆海新通道有效衔接，拓展港口腹地。")
    g.p([("第三章\u3000服务与便利化", HT, BODY)], align=CENTER, first=None, keep=True, before=4, after=4)
    g.article("第八条", "“丝路海运”服务应当遵循统一的服务标准，包括：",
              ["（一）航线准班率、装卸作业时效等服务质量指标；",
               "（二）全程物流信息可查询、可追溯；",
               "（三）一单到底的联运服务。"])
    g.article("第九条", "海关、海事、边检等口岸查验单位应当为“丝路海运”船舶和货物提供通关便利，推行船舶联合登临检查、进出口货物“提前申报”“两步申报”等措施。")
    g.article("第十条", "推动“丝路海运”信息平台与国际贸易“单一窗口”互联互通，实现港航物流数据共享。")
    g.p([("第四章\u3000附\u3000\u3000则", HT, BODY)], align=CENTER, first=None, keep=True, before=4, after=4)
    g.article("第十一条", "本办法自2026年5月1日起施行。")
    g.empty(line=12)
    recs.append({"meta": meta(
        title="福建省“丝路海运”发展促进办法", doc_number="福建省人民政府令第238号",
        issuer=["福建省人民政府"], date="2026-03-06", region="福建省",
        effective="2026-05-01", doc_type="办法"), "clauses": cl})

    # ================= C2 省政府批复（中文数字日期，空格对齐落款）
    cl = g.start()
    g.title(["福建省人民政府关于同意设立", "厦门“丝路海运”国际航运服务", "集聚区的批复"], mode="br", before=8)
    g.wenhao("闽政文〔2026〕41号")
    g.zhusong("厦门市人民政府：")
    g.body("你市《关于设立厦门“丝路海运”国际航运服务集聚区的请示》（厦府〔2026〕12号）收悉。经研究，现批复如下：")
    g.body("一、同意设立厦门“丝路海运”国际航运服务集聚区（以下简称集聚区）。集聚区规划面积约6.8平方公里，范围为厦门自贸片区海沧港区及东渡港区部分区域，具体四至范围以厦门市人民政府公布的为准。")
    g.body("二、集聚区要以航运金融、船舶管理、海事法律、航运经纪等现代航运服务业为重点，积极对接《区域全面经济伙伴关系协定》（RCEP）等高标准经贸规则，打造服务“丝路海运”的国际航运服务高地。")
    g.body("三、厦门市人民政府要切实加强组织领导，完善管理体制，统筹推进集聚区规划建设，严格落实耕地和生态保护要求，依法依规推进集聚区开发建设。")
    g.body("四、省直有关部门要按照职责分工，在政策、项目、资金等方面给予积极支持，协调解决集聚区建设发展中的重大问题。")
    g.luokuan("福建省人民政府", "二〇二六年三月十九日", mode="spaces", pad_organ=12, pad_date=9)
    g.gongkai("（此件主动公开）")
    recs.append({"meta": meta(
        title="福建省人民政府关于同意设立厦门“丝路海运”国际航运服务集聚区的批复",
        doc_number="闽政文〔2026〕41号", issuer=["福建省人民政府"], date="2026-03-19",
        region="福建省", doc_type="批复", recipients=["厦门市人民政府"],
        publicity="此件主动公开"), "clauses": cl})

    # ================= C3 办公厅函 + 附件（附件另起一页）
    cl = g.start()
    g.title(["福建省人民政府办公厅关于同意建立福建省“丝路海运”发展联席会议制度的函"], before=4)
    g.wenhao("闽政办函〔2026〕12号")
    g.zhusong("省交通运输厅：")
    g.body("你厅《关于建立福建省“丝路海运”发展联席会议制度的请示》（闽交运〔2026〕7号）收悉。经省人民政府同意，现函复如下：")
    g.body(["省人民政府同意建立福建省“丝路海运”发展联席会议制度。联席会议不刻制印章，不正式行文，请按照",
            "有关文件精神认真组织开展工作。"])
    g.empty()
    g.p([("附件：福建省“丝路海运”发展联席会议制度", FS, BODY)], first=IND)
    g.luokuan("福建省人民政府办公厅", "2026年3月24日", mode="spaces", pad_organ=10, pad_date=11)
    g.gongkai("（此件公开发布）")
    g.p([("附件", HT, 12)], align=LEFT, first=None, line=22, page_break=True)
    g.title(["福建省“丝路海运”发展联席会议制度"], size=14, before=6)
    g.empty(line=8)
    g.body("为统筹推进全省“丝路海运”发展工作，经省人民政府同意，建立福建省“丝路海运”发展联席会议（以下简称联席会议）制度。")
    g.heading("一、主要职责")
    g.body("贯彻落实党中央、国务院关于共建“一带一路”的决策部署，统筹协调全省“丝路海运”发展工作；研究解决航线培育、通道建设、口岸通关中的重大问题；督促检查有关政策措施落实情况；完成省人民政府交办的其他事项。")
    g.heading("二、成员单位")
    g.body("联席会议由省交通运输厅、省发展改革委、省商务厅、省财政厅、省自然资源厅、省生态环境厅、福州海关、厦门海关、福建海事局、省港口集团等单位组成，省交通运输厅为牵头单位。")
    g.body("联席会议由省人民政府分管副省长担任召集人，省人民政府协助分管副秘书长、省交通运输厅主要负责同志担任副召集人，各成员单位有关负责同志为联席会议成员。联席会议成员因工作变动需要调整的，由所在单位提出，联席会议确定。")
    g.body("联席会议办公室设在省交通运输厅，承担联席会议日常工作，办公室主任由省交通运输厅分管负责同志兼任。")
    g.heading("三、工作规则")
    g.body("联席会议原则上每半年召开一次全体会议，由召集人或者召集人委托的副召集人主持。根据工作需要，可以临时召开全体会议或者部分成员单位会议。联席会议以会议纪要形式明确会议议定事项，经与会单位同意后印发有关方面。")
    g.heading("四、工作要求")
    g.body("各成员单位要按照职责分工，主动研究“丝路海运”发展中的有关问题，认真落实联席会议议定事项，互通信息，密切配合，形成工作合力。")
    recs.append({"meta": meta(
        title="福建省人民政府办公厅关于同意建立福建省“丝路海运”发展联席会议制度的函",
        doc_number="闽政办函〔2026〕12号", issuer=["福建省人民政府办公厅"], date="2026-03-24",
        region="福建省", doc_type="函", attachments=["福建省“丝路海运”发展联席会议制度"],
        recipients=["省交通运输厅"], publicity="此件公开发布"), "clauses": cl})

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path, recs


# =================================================================== main
def main():
    # 目录 page numbers are read back from the rendered PDF and the issue rebuilt until they agree.
    build_with_toc("blind1001_henan_gongbao", build_henan,
                   ["豫政〔2026〕9号", "豫政办〔2026〕14号", "豫商外贸〔2026〕6号"],
                   lambda phys: 41 + phys - 1, [41, 42, 43])
    build_with_toc("blind1001_yunnan_gongbao", build_yunnan,
                   ["云政发〔2026〕11号", "云政办发〔2026〕9号", "云南省商务厅公告2026年第2号"],
                   lambda phys: phys + 1, [2, 4, 5])
    build_with_toc("blind1001_fujian_gongbao", build_fujian,
                   ["第238号", "闽政文〔2026〕41号",
                    "闽政办函〔2026〕12号"],
                   lambda phys: 17 + phys - 1, [17, 18, 19])
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
