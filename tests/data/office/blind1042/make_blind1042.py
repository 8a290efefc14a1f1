# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1042: 省商务厅编印的“一带一路”/自贸试验区政策文件汇编 (Word + PDF + expected.json).

Each .docx is a 汇编: cover, 编者按/说明, 目录 (tab leaders + page numbers), then
three or four reproduced documents, each on a new page, without red heads.
The answer key lists the reproduced documents only (the cover, 编者按/说明 and
目录 are the compiler's apparatus, not documents).
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
J = WD_ALIGN_PARAGRAPH.JUSTIFY
SP = "\u3000"  # full-width space

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False):
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
    return run


def fmt(p, align=J, first=Pt(32), line=28, before=0, after=0, left=None, right=None,
        pbb=False):
    pf = p.paragraph_format
    p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.first_line_indent = first
    if left is not None:
        pf.left_indent = left
    if right is not None:
        pf.right_indent = right
    if pbb:
        pf.page_break_before = True
    return p


def par(doc, runs, **kw):
    """runs: str, or list of (text, font, size[, bold]); '\\n' in a text = manual line break."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16)]
    for r in runs:
        text, name, size = r[:3]
        bold = r[3] if len(r) > 3 else False
        pieces = text.split("\n")
        for i, piece in enumerate(pieces):
            if i:
                br = p.add_run()
                font(br, name, size, bold)
                br.add_break(WD_BREAK.LINE)
            if piece:
                font(p.add_run(piece), name, size, bold)
    fmt(p, **kw)
    return p


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), first=Pt(0), line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, first=Pt(0))


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)


def page_field(fp, left="— ", right=" —", size=14):
    fp.alignment = C
    if left:
        font(fp.add_run(left), SONG, size)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, SONG, size)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    if right:
        font(fp.add_run(right), SONG, size)


def set_pgnum_start(section, start=1):
    sp = section._sectPr
    for old in sp.findall(qn("w:pgNumType")):
        sp.remove(old)
    if start is None:
        return
    el = parse_xml('<w:pgNumType %s w:start="%d"/>' % (nsdecls("w"), start))
    cols = sp.find(qn("w:cols"))
    if cols is not None:
        cols.addprevious(el)
    else:
        sp.append(el)


def body_section(doc, left="— ", right=" —"):
    """New page section whose footer carries page numbers restarting at 1."""
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.footer.is_linked_to_previous = False
    fp = sec.footer.paragraphs[0]
    page_field(fp, left, right)
    set_pgnum_start(sec, 1)
    return sec


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, t in enumerate(lines):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(t), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, wd in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(wd.twips)))
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def toc_line(doc, text, page, leader=WD_TAB_LEADER.DOTS, left=Pt(0), size=16, fontname=FS):
    """目录 entry: title, TAB with dot leader, page number at right tab stop."""
    p = doc.add_paragraph()
    pieces = text.split("\n")
    for i, piece in enumerate(pieces):
        if i:
            br = p.add_run()
            font(br, fontname, size)
            br.add_break(WD_BREAK.LINE)
        font(p.add_run(piece), fontname, size)
    font(p.add_run("\t"), fontname, size)
    font(p.add_run(str(page)), fontname, size)
    fmt(p, align=L, first=Pt(0), line=30, left=left, after=6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT, leader)
    return p


class Writer:
    """Collects the documents of one 汇编 and their clauses."""

    def __init__(self, doc):
        self.doc = doc
        self.records = []
        self.cl = None

    def start(self, meta):
        self.cl = []
        self.records.append({"meta": meta, "clauses": self.cl})

    # body paragraph, first-line indent 2 chars
    def body(self, t, **kw):
        self.cl.append(t)
        return par(self.doc, t, **kw)

    # body paragraph indented with typed full-width spaces instead of indent
    def body_sp(self, t, runs=None):
        self.cl.append(t)
        return par(self.doc, [(SP * 2 + t, FS, 16)] if runs is None else runs, first=Pt(0))

    # body paragraph containing manual line breaks, one clause
    def body_br(self, parts):
        self.cl.append("".join(parts))
        return par(self.doc, "\n".join(parts))

    def head(self, t, name=HT, bold=False):
        return par(self.doc, [(t, name, 16, bold)])

    def runin(self, h, t, hname=HT, bold=False, typed_indent=False):
        self.cl.append(h + t)
        if typed_indent:
            return par(self.doc, [(SP * 2, FS, 16), (h, hname, 16, bold), (t, FS, 16)],
                       first=Pt(0))
        return par(self.doc, [(h, hname, 16, bold), (t, FS, 16)])

    def article(self, no, text, items=(), item_indent="para"):
        """第X条 with its own items; the items stay inside the article's clause."""
        self.cl.append(no + SP + text + "".join(items))
        par(self.doc, [(no, HT, 16), (SP + text, FS, 16)])
        for it in items:
            if item_indent == "spaces":
                par(self.doc, SP * 2 + it, first=Pt(0))
            else:
                par(self.doc, it)

    def row(self, header, values):
        self.cl.append("；".join("%s：%s" % (h, v) for h, v in zip(header, values)))

    def grid(self, header, rows, widths=None, size=12, repeat=True):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, HT, size)
        if repeat:
            repeat_header(t.rows[0])
        for ri, vals in enumerate(rows, 1):
            for ci, v in enumerate(vals):
                set_cell(t.rows[ri].cells[ci], v, FS, size,
                         align=C if len(v) < 8 else L)
            self.row(header, vals)
        if widths:
            col_widths(t, widths)
        return t


def title_block(doc, lines, docno, pbb=False, docno_font=KT, size=22, line=34):
    """Title (方正小标宋) as several paragraphs or with manual breaks, 文号 under it in brackets."""
    first = True
    for ln in lines:
        par(doc, [(ln, XBS, size)], align=C, first=Pt(0), line=line, pbb=(pbb and first))
        first = False
    if docno is not None:
        par(doc, [(docno, docno_font, 16)], align=C, first=Pt(0), line=28, before=6)
    empty(doc, 1)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1042", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def textbox(paragraph, lines, width_pt=300, height_pt=110, top_pt=230):
    """VML text box anchored to paragraph, centered horizontally, no border."""
    inner = ""
    for text, fname, size in lines:
        inner += (
            '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
            '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/>'
            '<w:sz w:val="{s}"/><w:szCs w:val="{s}"/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r></w:p>'
        ).format(f=fname, s=size * 2, t=text)
    xml = (
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" stroked="f" filled="f" '
        'style="position:absolute;margin-left:0;margin-top:%dpt;width:%dpt;height:%dpt;z-index:1;'
        'mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
        'mso-position-vertical-relative:paragraph">'
        '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
    ) % (nsdecls("w"), top_pt, width_pt, height_pt, inner)
    paragraph._p.append(parse_xml(xml))


def meta(title, doc_number, issuer, date, level, region, doc_type, recipients=(),
         effective=None, expires=None, attachments=(), publicity=None, repeals=None,
         published=None):
    return {"title": title, "doc_number": doc_number, "issuer": list(issuer), "date": date,
            "published": published, "level": level, "region": region,
            "effective": effective, "expires": expires, "attachments": list(attachments),
            "doc_type": doc_type, "recipients": list(recipients), "publicity": publicity,
            "repeals": repeals}


# =================================================================== FILE A
# 浙江省商务厅《共建“一带一路”和自由贸易试验区政策文件汇编（2026年第一辑）》
def file_zhejiang():
    stem = "blind1042_zhejiang_huibian"
    doc = Document()
    setup(doc)
    w = Writer(doc)
    TOC_PAGES = [1, 3, 5, 8]

    # ---- cover
    par(doc, [("内部资料" + SP + "注意保存", HT, 14)], align=L, first=Pt(0))
    empty(doc, 4)
    par(doc, [("共建“一带一路”和自由贸易试验区", XBS, 26)], align=C, first=Pt(0), line=52)
    par(doc, [("政策文件汇编", XBS, 26)], align=C, first=Pt(0), line=52)
    empty(doc, 1)
    par(doc, [("（2026年第一辑）", KT, 18)], align=C, first=Pt(0), line=36)
    empty(doc, 7)
    par(doc, [("浙江省商务厅" + SP + "编印", HT, 18)], align=C, first=Pt(0), line=36)
    par(doc, [("二〇二六年四月", HT, 16)], align=C, first=Pt(0), line=36)

    # ---- 编者按
    par(doc, [("编" + SP + "者" + SP + "按", XBS, 22)], align=C, first=Pt(0), line=40, pbb=True)
    empty(doc, 1)
    for t in [
        "2026年是“十五五”规划开局之年，也是我省深入实施自由贸易试验区提升战略、高质量共建“一带一路”的关键之年。为便于各地各部门和广大企业及时了解、准确把握相关政策，我厅将近期国家部委和我省出台的涉及境外经贸合作区、自由贸易试验区建设的政策文件汇编成册，供学习参考。",
        "本辑共收录文件4件，按发文机关层级和时间先后排列。文件均按原文收录，收录时略去了版头和版记，个别文字作了技术性处理。如需引用，请以正式印发的文件为准。",
        "汇编工作得到省政府办公厅、省财政厅等单位的大力支持，在此一并致谢。疏漏之处，敬请批评指正。",
    ]:
        par(doc, [(t, KT, 16)])
    empty(doc, 1)
    par(doc, [("浙江省商务厅对外投资和经济合作处", KT, 16)], align=R, first=Pt(0), right=Pt(16))
    par(doc, [("2026年4月", KT, 16)], align=R, first=Pt(0), right=Pt(16))

    # ---- 目录
    par(doc, [("目" + SP * 2 + "录", XBS, 22)], align=C, first=Pt(0), line=40, pbb=True)
    empty(doc, 1)
    toc_line(doc, "商务部办公厅关于做好2026年境外经济贸易合作区\n高质量发展工作的通知", TOC_PAGES[0])
    toc_line(doc, "浙江省人民政府办公厅关于进一步提升中国（浙江）\n自由贸易试验区发展能级的若干意见", TOC_PAGES[1])
    toc_line(doc, "浙江省境外经济贸易合作区认定和管理办法", TOC_PAGES[2])
    toc_line(doc, "浙江省商务厅关于公布2025年度省级境外经济贸易\n合作区考核评价结果的通知", TOC_PAGES[3])

    body_section(doc)

    # ---------------------------------------------------------- A1 商务部办公厅
    w.start(meta("商务部办公厅关于做好2026年境外经济贸易合作区高质量发展工作的通知",
                 "商办合函〔2026〕27号", ["商务部办公厅"], "2026-02-09", "ministry", None, "通知",
                 recipients=["各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门"]))
    title_block(doc, ["商务部办公厅关于做好2026年境外经济贸易", "合作区高质量发展工作的通知"],
                "（商办合函〔2026〕27号）")
    par(doc, "各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门：", first=Pt(0))
    w.body("境外经济贸易合作区（以下简称合作区）是推进高质量共建“一带一路”的重要平台。为贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，进一步发挥合作区在稳外贸稳外资、促进国际产业合作中的作用，现就做好2026年合作区有关工作通知如下：")
    w.runin("一、加强统筹规划。", "各地商务主管部门要结合本地区产业特点和企业“走出去”需求，指导本地区企业科学选择合作区投资建设国别和区位，重点支持在共建“一带一路”国家建设一批产业定位清晰、运营管理规范的合作区，避免盲目布点、同质竞争。")
    w.head("二、提升发展质量")
    w.runin("（一）推动产业集聚。", "支持合作区围绕新能源汽车、光伏、纺织服装、农产品加工等重点产业，引导上下游企业“抱团入区”，打造特色产业集群。", KT)
    w.runin("（二）完善服务功能。", "鼓励合作区实施主体为入区企业提供政策咨询、法律服务、投融资对接、人才招聘等“一站式”服务，提升运营服务水平。", KT)
    w.runin("（三）坚持绿色发展。", "引导合作区严格遵守东道国环境保护法律法规，推广使用清洁能源和节能环保技术，建设一批绿色园区。", KT)
    w.runin("三、做好统计监测。", "各地商务主管部门要督促本地区合作区实施主体按时通过对外投资合作信息服务系统报送合作区建设运营情况，每季度结束后10个工作日内报送季度数据，每年1月31日前报送上一年度发展报告。")
    w.runin("四、防范化解风险。", "各地要指导合作区实施主体建立健全安全风险防范机制，密切跟踪东道国政治、经济和社会形势变化，制定完善突发事件应急预案，切实保障境外人员和资产安全。")
    w.body("请各地商务主管部门于2026年3月31日前将本地区合作区2025年度建设情况及2026年工作计划报送商务部（合作司）。")
    empty(doc, 2)
    # 落款 pushed right with typed half-width spaces
    par(doc, " " * 42 + "商务部办公厅", first=Pt(0), align=L)
    par(doc, " " * 40 + "2026年2月9日", first=Pt(0), align=L)

    # ---------------------------------------------------------- A2 省政府办公厅 意见
    w.start(meta("浙江省人民政府办公厅关于进一步提升中国（浙江）自由贸易试验区发展能级的若干意见",
                 "浙政办发〔2026〕11号", ["浙江省人民政府办公厅"], "2026-03-06", "provincial", "浙江省",
                 "意见", recipients=["各市、县（市、区）人民政府", "省政府直属各单位"],
                 effective="2026-04-01", publicity="此件公开发布"))
    title_block(doc, ["浙江省人民政府办公厅关于进一步提升", "中国（浙江）自由贸易试验区", "发展能级的若干意见"],
                "（浙政办发〔2026〕11号）", pbb=True)
    par(doc, "各市、县（市、区）人民政府，省政府直属各单位：", first=Pt(0))
    w.body("为深入实施自由贸易试验区提升战略，高水平建设中国（浙江）自由贸易试验区（以下简称浙江自贸试验区），打造共建“一带一路”重要枢纽，经省政府同意，现提出如下意见。")
    w.head("一、总体要求")
    w.body("坚持以制度创新为核心，以油气全产业链、数字贸易、先进制造业为重点，统筹舟山、宁波、杭州、金义四个片区和联动创新区协同发展。到2027年，浙江自贸试验区累计形成制度创新成果300项以上，进出口总额突破2.5万亿元，实际使用外资占全省比重达到30%以上。")
    w.head("二、主要任务")
    w.runin("（一）深化油气全产业链开放。", "支持舟山片区建设国际油气交易中心，扩大保税燃料油加注规模，力争2026年保税燃料油加注量达到850万吨；探索开展液化天然气跨境贸易人民币结算。", KT)
    w.runin("（二）打造数字贸易先行示范区。", "支持杭州片区开展数据跨境流动安全管理试点，建设跨境电商全球中心仓，培育数字贸易龙头企业50家以上。", KT)
    w.runin("（三）提升“义新欧”班列服务能级。", "支持金义片区加快建设义乌国际陆港，推动“义新欧”中欧班列与海铁联运、跨境电商融合发展，2026年开行班列3000列以上。", KT)
    w.runin("（四）推进宁波舟山港枢纽建设。", "支持宁波片区深化甬舟一体化，拓展至共建“一带一路”国家的集装箱航线，完善“海上丝路指数”发布体系。", KT)
    w.head("三、保障措施")
    # manual line break typed inside the paragraph
    w.body_br(["各有关部门要按照职责分工，加大对浙江自贸试验区改革创新的支持力度，",
               "在用地、财政、金融、人才等方面给予政策倾斜。省商务厅（省自贸办）要加强统筹协调和督促落实，每年对各片区建设情况开展评估，重大事项及时向省政府报告。"])
    w.body("本意见自2026年4月1日起施行。")
    empty(doc, 2)
    par(doc, "浙江省人民政府办公厅", align=R, first=Pt(0), right=Pt(48))
    par(doc, "2026年3月6日", align=R, first=Pt(0), right=Pt(64))
    par(doc, "（此件公开发布）")

    # ---------------------------------------------------------- A3 办法
    w.start(meta("浙江省境外经济贸易合作区认定和管理办法", "浙商务规〔2026〕3号",
                 ["浙江省商务厅", "浙江省财政厅"], "2026-03-27", "provincial", "浙江省", "办法",
                 effective="2026-05-01", expires="2031-04-30",
                 repeals="《浙江省境外经济贸易合作区考核管理办法》（浙商务联发〔2021〕52号）"))
    title_block(doc, ["浙江省境外经济贸易合作区认定和管理办法"], "（浙商务规〔2026〕3号）", pbb=True)
    w.article("第一条", "为规范我省境外经济贸易合作区（以下简称合作区）的认定和管理，推动合作区高质量发展，服务共建“一带一路”，根据《境外投资管理办法》等有关规定，结合我省实际，制定本办法。")
    w.article("第二条", "本办法所称合作区，是指在我省注册的中资控股企业（以下简称实施主体）在境外投资建设，基础设施较为完善、产业链较为完整、辐射和带动作用较强的产业园区。")
    w.article("第三条", "省商务厅负责合作区的认定和综合管理工作，省财政厅负责合作区相关扶持资金的预算安排和监督管理。各设区市商务主管部门负责本地区合作区的申报初审和日常管理。")
    w.article("第四条", "申请认定省级合作区，应当同时具备下列条件：", [
        "（一）实施主体在我省注册，具有独立法人资格，近三年无重大违法违规记录；",
        "（二）合作区已取得东道国土地使用权或者长期租赁权，规划面积不少于1平方公里；",
        "（三）合作区基础设施累计投资不少于5000万美元，入区企业不少于15家；",
        "（四）合作区具有明确的主导产业和健全的运营管理机构。",
    ], item_indent="spaces")
    w.article("第五条", "申请认定的实施主体，应当向所在设区市商务主管部门提交申请材料。设区市商务主管部门应当在收到申请材料之日起20个工作日内完成初审，并将初审意见报送省商务厅。")
    w.article("第六条", "省商务厅会同省财政厅组织专家对申请材料进行评审，必要时开展实地核查。评审结果在省商务厅门户网站公示5个工作日，公示无异议的，由省商务厅认定为省级合作区。")
    w.article("第七条", "对认定的省级合作区，省财政厅、省商务厅按照基础设施投资额的一定比例给予一次性补助，单个合作区补助金额最高不超过1000万元。")
    w.article("第八条", "实施主体应当于每季度结束后10日内报送合作区建设运营情况，并于每年1月31日前报送上一年度发展报告。")
    w.article("第九条", "省商务厅每两年对省级合作区开展一次考核评价，考核结果分为优秀、良好、合格和不合格四个等次。考核结果为不合格的，责令限期整改；连续两次考核不合格的，撤销其省级合作区资格。")
    w.article("第十条", "实施主体在申报过程中弄虚作假，或者骗取、套取扶持资金的，撤销其省级合作区资格，追回已拨付资金，3年内不得申报省级合作区认定和有关扶持资金；涉嫌犯罪的，依法移送司法机关处理。")
    w.article("第十一条", "本办法由省商务厅、省财政厅负责解释。")
    w.article("第十二条", "本办法自2026年5月1日起施行，有效期至2031年4月30日。2021年6月8日印发的《浙江省境外经济贸易合作区考核管理办法》（浙商务联发〔2021〕52号）同时废止。")
    empty(doc, 2)
    # two organs on one line, spaced apart with full-width spaces
    par(doc, "浙江省商务厅" + SP * 4 + "浙江省财政厅", align=R, first=Pt(0), right=Pt(32))
    par(doc, "2026年3月27日", align=R, first=Pt(0), right=Pt(80))

    # ---------------------------------------------------------- A4 考核结果通知 (table)
    w.start(meta("浙江省商务厅关于公布2025年度省级境外经济贸易合作区考核评价结果的通知",
                 "浙商务函〔2026〕58号", ["浙江省商务厅"], "2026-04-10", "provincial", "浙江省", "通知",
                 recipients=["各设区市商务局"]))
    title_block(doc, ["浙江省商务厅关于公布2025年度省级境外", "经济贸易合作区考核评价结果的通知"],
                "（浙商务函〔2026〕58号）", pbb=True)
    par(doc, "各设区市商务局：", first=Pt(0))
    w.body("根据《浙江省境外经济贸易合作区考核管理办法》（浙商务联发〔2021〕52号），我厅会同省财政厅组织开展了2025年度省级境外经济贸易合作区考核评价工作，现将考核评价结果通知如下：")
    par(doc, [("2025年度省级境外经济贸易合作区考核评价结果", HT, 14)], align=C, first=Pt(0), line=22)
    w.grid(["序号", "合作区名称", "所在国家", "实施主体所在地", "考核等次"], [
        ["1", "印度尼西亚浙中工业园", "印度尼西亚", "金华市", "优秀"],
        ["2", "塞尔维亚瓯江轻工产业园", "塞尔维亚", "温州市", "优秀"],
        ["3", "乌兹别克斯坦钱江纺织工业园", "乌兹别克斯坦", "杭州市", "良好"],
        ["4", "泰国甬泰汽配产业园", "泰国", "宁波市", "良好"],
        ["5", "埃及越兴纺织印染产业园", "埃及", "绍兴市", "合格"],
    ], widths=[Cm(1.2), Cm(6.2), Cm(3.0), Cm(3.0), Cm(2.2)], size=11)
    w.body("注：同一等次内按合作区认定时间先后排列。", first=Pt(0), line=24)
    w.body("考核结果为优秀的合作区，在申报省级扶持资金时予以优先支持。考核结果为合格的合作区，各地商务主管部门要督促其实施主体认真整改，并于2026年6月30日前将整改情况报送我厅。")
    par(doc, " " * 42 + "浙江省商务厅", first=Pt(0), align=L)
    par(doc, " " * 40 + "2026年4月10日", first=Pt(0), align=L)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = w.records
    return path


# =================================================================== FILE B
# 广西壮族自治区商务厅《面向东盟开放合作政策文件选编（第二辑）》
def file_guangxi():
    stem = "blind1042_guangxi_xuanbian"
    doc = Document()
    setup(doc)
    w = Writer(doc)
    TOC_PAGES = [1, 3, 6]

    # ---- cover
    empty(doc, 5)
    par(doc, [("面向东盟开放合作", XBS, 32)], align=C, first=Pt(0), line=56)
    par(doc, [("政策文件选编", XBS, 32)], align=C, first=Pt(0), line=56)
    empty(doc, 1)
    par(doc, [("第" + SP + "二" + SP + "辑", KT, 20)], align=C, first=Pt(0), line=36)
    empty(doc, 7)
    par(doc, [("广西壮族自治区商务厅", HT, 18)], align=C, first=Pt(0), line=36)
    par(doc, [("2026年5月", HT, 16)], align=C, first=Pt(0), line=36)
    page_break(doc)

    # ---- 编印说明
    par(doc, [("说" + SP * 2 + "明", XBS, 22)], align=C, first=Pt(0), line=40)
    empty(doc, 1)
    for t in [
        "1.为方便全区各级商务部门、口岸和物流企业学习掌握西部陆海新通道和中国（广西）自由贸易试验区建设相关政策，我厅编印了《面向东盟开放合作政策文件选编》，本辑为第二辑。",
        "2.本辑收录2026年以来国家部委、自治区和设区市出台的政策文件3件，分“国家层面”“自治区和设区市层面”两部分编排。",
        "3.收录文件以发文机关印发的文本为准，选编时省略了文件版头、抄送和印发机关等内容。",
    ]:
        par(doc, t)
    page_break(doc)

    # ---- 目录 (grouped, middle-dot leaders)
    par(doc, [("目" + SP * 2 + "录", XBS, 22)], align=C, first=Pt(0), line=40)
    empty(doc, 1)
    par(doc, [("一、国家层面", HT, 16)], first=Pt(0), align=L)
    toc_line(doc, "海关总署关于在中国（广西）自由贸易试验区\n开展跨境电子商务零售进口退货中心仓\n模式试点的公告",
             TOC_PAGES[0], WD_TAB_LEADER.MIDDLE_DOT, left=Pt(32))
    par(doc, [("二、自治区和设区市层面", HT, 16)], first=Pt(0), align=L)
    toc_line(doc, "广西壮族自治区商务厅　广西壮族自治区财政厅\n关于印发《广西西部陆海新通道跨境物流发展\n专项资金管理办法》的通知",
             TOC_PAGES[1], WD_TAB_LEADER.MIDDLE_DOT, left=Pt(32))
    toc_line(doc, "钦州市人民政府办公室关于加快推进2026年\n西部陆海新通道钦州港枢纽建设的通知",
             TOC_PAGES[2], WD_TAB_LEADER.MIDDLE_DOT, left=Pt(32))

    body_section(doc, "- ", " -")

    # ---------------------------------------------------------- B1 海关总署公告
    w.start(meta("海关总署关于在中国（广西）自由贸易试验区开展跨境电子商务零售进口退货中心仓模式试点的公告",
                 "海关总署公告2026年第35号", ["海关总署"], "2026-03-02", "ministry", None, "公告",
                 effective="2026-04-01", expires="2028-03-31"))
    # title typed as ONE paragraph with manual line breaks at odd places
    par(doc, [("海关总署关于在中国（广西）自由贸易试验区\n开展跨境电子商务零售进口退货中心仓\n模式试点的公告", XBS, 22)],
        align=C, first=Pt(0), line=34)
    par(doc, [("（海关总署公告2026年第35号）", FS, 16)], align=C, first=Pt(0), before=6)
    empty(doc, 1)
    w.body("为促进跨境电子商务健康发展，支持中国（广西）自由贸易试验区建设面向东盟的跨境电子商务枢纽，海关总署决定在中国（广西）自由贸易试验区南宁片区、钦州港片区、崇左片区开展跨境电子商务零售进口退货中心仓模式（以下简称退货中心仓模式）试点。现就有关事项公告如下：")
    w.body("一、本公告所称退货中心仓模式，是指在跨境电子商务零售进口模式下，跨境电子商务企业境内代理人或其委托的海关特殊监管区域内仓储企业（以下简称退货中心仓企业）在海关特殊监管区域内设置专用的退货中心仓，将退货商品在退货中心仓内分拣后，按规定分别办理退货、退运等手续的模式。")
    w.body("二、开展退货中心仓模式试点的企业，应当具备海关认证的一般认证及以上资质，并建立符合海关监管要求的计算机管理系统，与海关实现数据联网。")
    w.body("三、退货中心仓企业应当在跨境电子商务零售进口商品放行之日起30日内申请退货，退货商品应当在申请退货之日起30日内运抵退货中心仓。")
    w.body("四、退货商品在海关特殊监管区域内发生损毁、灭失的，退货中心仓企业应当及时向海关报告，并按规定办理相关手续。")
    w.body("五、本公告自2026年4月1日起施行，有效期至2028年3月31日。")
    par(doc, "特此公告。")
    empty(doc, 2)
    # 落款 and date aligned with a left tab stop
    for t in ["\t海关总署", "\t2026年3月2日"]:
        p = par(doc, t, first=Pt(0), align=L)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(10.4) if "海关" in t else Cm(10.0))
    page_break(doc)

    # ---------------------------------------------------------- B2 印发办法的通知 (notice + 办法 = one document)
    w.start(meta("广西壮族自治区商务厅　广西壮族自治区财政厅关于印发《广西西部陆海新通道跨境物流发展专项资金管理办法》的通知",
                 "桂商务规〔2026〕4号", ["广西壮族自治区商务厅", "广西壮族自治区财政厅"], "2026-04-03",
                 "provincial", "广西壮族自治区", "通知",
                 recipients=["各设区市商务局、财政局", "自治区有关单位"],
                 effective="2026-05-01", expires="2031-04-30", publicity="此件公开发布"))
    title_block(doc, ["广西壮族自治区商务厅　广西壮族自治区财政厅", "关于印发《广西西部陆海新通道跨境物流",
                      "发展专项资金管理办法》的通知"], "（桂商务规〔2026〕4号）", docno_font=FS, size=20)
    par(doc, "各设区市商务局、财政局，自治区有关单位：", first=Pt(0))
    w.body("为加快建设西部陆海新通道，规范和加强跨境物流发展专项资金管理，提高资金使用效益，自治区商务厅、财政厅制定了《广西西部陆海新通道跨境物流发展专项资金管理办法》，现印发给你们，请认真贯彻执行。执行中遇到的问题，请及时向自治区商务厅、财政厅反映。")
    empty(doc, 2)
    # 落款: two organs side by side in a borderless layout table, date centred under them
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.rows[0].cells[0], "广西壮族自治区商务厅", FS, 16)
    set_cell(t.rows[0].cells[1], "广西壮族自治区财政厅", FS, 16)
    m = t.rows[1].cells[0].merge(t.rows[1].cells[1])
    set_cell(m, "2026年4月3日", FS, 16, align=R)
    empty(doc, 1)
    par(doc, "（此件公开发布）")
    empty(doc, 1)
    par(doc, [("广西西部陆海新通道跨境物流发展\n专项资金管理办法", XBS, 20)], align=C, first=Pt(0), line=34)
    empty(doc, 1)
    def ch(t):
        p = par(doc, [(t, HT, 16)], align=C, first=Pt(0))
        p.paragraph_format.keep_with_next = True
    ch("第一章" + SP + "总" + SP + "则")
    w.article("第一条", "为加快西部陆海新通道建设，推动我区跨境物流高质量发展，规范专项资金管理，根据《中华人民共和国预算法》和自治区财政专项资金管理有关规定，制定本办法。")
    w.article("第二条", "本办法所称跨境物流发展专项资金（以下简称专项资金），是指自治区本级财政预算安排，用于支持西部陆海新通道海铁联运、跨境公路运输、中越跨境班列等跨境物流发展的资金。")
    w.article("第三条", "专项资金的管理和使用遵循公开透明、突出重点、注重绩效、强化监督的原则。")
    ch("第二章" + SP + "支持范围和标准")
    w.article("第四条", "专项资金重点支持以下方向：", [
        "（一）北部湾港至东盟国家新开通的集装箱班轮航线；",
        "（二）经凭祥、东兴、龙邦等口岸开行的中越跨境公路运输和跨境班列；",
        "（三）在东盟国家建设运营的海外仓、物流分拨中心等境外物流节点。",
    ])
    w.article("第五条", "对北部湾港新开通至东盟国家的集装箱班轮航线，航线开通后连续运营满12个月、年度航班不少于48班的，按照每条航线不超过200万元的标准给予一次性奖励。")
    w.article("第六条", "对开行中越跨境班列的企业，按照实际开行列数给予补助，每列补助不超过1.5万元，单个企业年度补助总额不超过500万元。")
    ch("第三章" + SP + "申报和审核")
    w.article("第七条", "自治区商务厅会同财政厅每年发布专项资金申报指南，明确申报条件、申报材料和时间要求。")
    w.article("第八条", "申报单位对申报材料的真实性、合法性负责。设区市商务局会同同级财政局对申报材料进行初审后，报自治区商务厅。")
    ch("第四章" + SP + "监督管理")
    w.article("第九条", "专项资金实行全过程绩效管理。自治区商务厅会同财政厅对专项资金使用情况开展绩效评价，评价结果作为以后年度资金分配的重要依据。")
    w.article("第十条", "任何单位和个人不得截留、挤占、挪用专项资金。对违反规定使用专项资金的，依照《财政违法行为处罚处分条例》等有关规定处理。")
    ch("第五章" + SP + "附" + SP + "则")
    w.article("第十一条", "本办法由自治区商务厅、财政厅负责解释。")
    w.article("第十二条", "本办法自2026年5月1日起施行，有效期至2031年4月30日。")
    page_break(doc)

    # ---------------------------------------------------------- B3 钦州市 通知 + 附件 分工表
    w.start(meta("钦州市人民政府办公室关于加快推进2026年西部陆海新通道钦州港枢纽建设的通知",
                 "钦政办发〔2026〕9号", ["钦州市人民政府办公室"], "2026-03-18", "municipal", "钦州市", "通知",
                 recipients=["各县（区）人民政府", "市直各委、办、局", "钦州港经济技术开发区管委会"],
                 attachments=["2026年西部陆海新通道钦州港枢纽建设重点任务分工表"],
                 publicity="此件主动公开"))
    title_block(doc, ["钦州市人民政府办公室关于加快推进2026年", "西部陆海新通道钦州港枢纽建设的通知"],
                "（钦政办发〔2026〕9号）")
    par(doc, "各县（区）人民政府，市直各委、办、局，钦州港经济技术开发区管委会：", first=Pt(0))
    w.body("为加快推进西部陆海新通道钦州港枢纽建设，提升港口综合服务能力，经市人民政府同意，现就有关事项通知如下：")
    # half-width brackets typed by the clerk
    w.runin("(一)扩大航线和班列规模。", "加密钦州港至东盟国家集装箱航线，稳定开行至重庆、成都、昆明等方向的海铁联运班列，2026年钦州港集装箱吞吐量力争达到1000万标准箱。", KT)
    w.runin("(二)提升口岸通关效率。", "深化“提前申报”“两段准入”等通关便利化改革，推广“船边直提”“抵港直装”作业模式，持续压缩进出口整体通关时间。", KT)
    w.runin("(三)强化工作落实。", "各牵头单位要按照分工表明确的任务和时限，细化工作措施，落实工作责任，确保各项任务按期完成。", KT)
    empty(doc, 1)
    par(doc, "附件：2026年西部陆海新通道钦州港枢纽建设重点任务分工表", first=Pt(32))
    page_break(doc)
    par(doc, [("（此页无正文）", FS, 16)], first=Pt(0), align=L)
    empty(doc, 3)
    for t in ["\t钦州市人民政府办公室", "\t2026年3月18日"]:
        p = par(doc, t, first=Pt(0), align=L)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(9.2) if "办公室" in t else Cm(10.2))
    par(doc, "（此件主动公开）")

    # 附件 on its own page
    page_break(doc)
    par(doc, [("附件", HT, 16)], first=Pt(0), align=L)
    empty(doc, 1)
    par(doc, [("2026年西部陆海新通道钦州港枢纽建设重点任务分工表", XBS, 20)], align=C, first=Pt(0), line=32)
    empty(doc, 1)
    rows = [
        ["1", "新开通钦州港至东盟国家集装箱航线5条以上", "市交通运输局", "市商务局、钦州港海事局", "2026年12月底前"],
        ["2", "海铁联运班列开行量达到1.2万列", "市交通运输局", "钦州港务集团有限公司", "2026年12月底前"],
        ["3", "推进钦州港东航道扩建工程", "市交通运输局", "市自然资源局、市生态环境局", "2026年9月底前"],
        ["4", "优化口岸通关流程，进口整体通关时间压缩至30小时以内", "钦州海关", "市商务局（市口岸办）", "2026年6月底前"],
        ["5", "引进跨境物流、冷链物流龙头企业5家以上", "市商务局", "市投资促进局、钦州港经济技术开发区管委会", "2026年12月底前"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    set_cell(h0[0].merge(h1[0]), "序号", HT, 12)
    set_cell(h0[1].merge(h1[1]), "重点任务", HT, 12)
    set_cell(h0[2].merge(h0[3]), "责任单位", HT, 12)
    set_cell(h1[2], "牵头单位", HT, 12)
    set_cell(h1[3], "配合单位", HT, 12)
    set_cell(h0[4].merge(h1[4]), "完成时限", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, vals in enumerate(rows, 2):
        for ci, v in enumerate(vals):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci in (1, 3) else C)
    # rows 1 and 2 share one merged 完成时限 cell
    set_cell(t.rows[2].cells[4].merge(t.rows[3].cells[4]), "2026年12月底前", FS, 12)
    col_widths(t, [Cm(1.3), Cm(5.4), Cm(2.8), Cm(3.9), Cm(2.4)])
    hdr = ["序号", "重点任务", "责任单位／牵头单位", "责任单位／配合单位", "完成时限"]
    for vals in rows:
        w.row(hdr, vals)
    w.body("注：各牵头单位于每季度末月25日前将任务进展情况报市商务局（市口岸办）汇总。", first=Pt(0), line=24, before=6)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = w.records
    return path


# =================================================================== FILE C
# 云南省商务厅《中国（云南）自由贸易试验区和辐射中心建设政策文件汇编（三）》
def file_yunnan():
    stem = "blind1042_yunnan_huibian"
    doc = Document()
    setup(doc)
    w = Writer(doc)
    TOC_PAGES = [1, 5, 7]

    # ---- cover: title paragraphs, 编印单位 and date in a floating text box
    empty(doc, 5)
    par(doc, [("中国（云南）自由贸易试验区", XBS, 28)], align=C, first=Pt(0), line=50)
    par(doc, [("暨面向南亚东南亚辐射中心建设", XBS, 28)], align=C, first=Pt(0), line=50)
    par(doc, [("政策文件汇编", XBS, 28)], align=C, first=Pt(0), line=50)
    par(doc, [("（三）", XBS, 22)], align=C, first=Pt(0), line=44)
    p = par(doc, "", first=Pt(0))
    textbox(p, [("云南省商务厅" + SP + "编", HT, 18), ("二〇二六年五月", HT, 16)])

    # ---- 编者按
    par(doc, [("编者按", HT, 18)], align=C, first=Pt(0), line=36, pbb=True)
    empty(doc, 1)
    par(doc, [("为进一步推动中国（云南）自由贸易试验区各项政策落地见效，加快建设面向南亚东南亚辐射中心，省商务厅收集整理了2026年以来省、州（市）出台的自贸试验区和开放型经济相关政策文件，编印成《中国（云南）自由贸易试验区暨面向南亚东南亚辐射中心建设政策文件汇编（三）》，供各地各部门工作参考。收录文件以原件为准。", KT, 16)])

    # ---- 目录
    empty(doc, 2)
    par(doc, [("目" + SP + SP + "录", HT, 18)], align=C, first=Pt(0), line=36)
    empty(doc, 1)
    toc_line(doc, "1.云南省人民政府关于向中国（云南）自由贸易试验区下放第三批\n省级行政权力事项的决定", TOC_PAGES[0], size=14)
    toc_line(doc, "2.昆明市商务局关于支持企业用好中老铁路拓展面向南亚东南亚\n市场的通知", TOC_PAGES[1], size=14)
    toc_line(doc, "3.云南省商务厅关于商请支持德宏片区开展边民互市进口商品落地\n加工试点的函", TOC_PAGES[2], size=14)

    body_section(doc)

    # ---------------------------------------------------------- C1 省政府 决定 + 附件 目录表 (split, 续表)
    ATT1 = "第三批下放中国（云南）自由贸易试验区的省级行政权力事项目录"
    w.start(meta("云南省人民政府关于向中国（云南）自由贸易试验区下放第三批省级行政权力事项的决定",
                 "云政发〔2026〕7号", ["云南省人民政府"], "2026-02-11", "provincial", "云南省", "决定",
                 recipients=["各州、市人民政府", "省直各委、办、厅、局"], effective="2026-03-01",
                 attachments=[ATT1], publicity="此件公开发布"))
    title_block(doc, ["云南省人民政府关于向中国（云南）", "自由贸易试验区下放第三批", "省级行政权力事项的决定"],
                "(云政发〔2026〕7号)")
    par(doc, "各州、市人民政府，省直各委、办、厅、局：", first=Pt(0))
    w.body("为深入实施自由贸易试验区提升战略，赋予中国（云南）自由贸易试验区（以下简称云南自贸试验区）更大改革自主权，省人民政府决定，将外商投资企业境外投资备案等8项省级行政权力事项下放至云南自贸试验区昆明片区、红河片区、德宏片区管理机构实施。现将有关事项决定如下：")
    w.body("一、省级有关部门要加强对承接片区的业务指导和培训，做好下放事项的交接工作，确保下放事项“放得下、接得住、管得好”。")
    w.body("二、云南自贸试验区各片区管理机构要建立健全承接事项的工作制度和审批流程，及时将下放事项纳入一体化政务服务平台办理，并依法履行事中事后监管职责。")
    w.body("三、委托实施的事项，由原实施机关与承接片区管理机构签订委托协议，明确委托事项、权限、期限和双方权利义务。")
    w.body("四、本决定自2026年3月1日起施行。")
    empty(doc, 1)
    par(doc, "附件：" + ATT1, first=Pt(32))
    empty(doc, 2)
    par(doc, "云南省人民政府", align=R, first=Pt(0), right=Pt(64))
    par(doc, "二〇二六年二月十一日", align=R, first=Pt(0), right=Pt(48))
    par(doc, "（此件公开发布）")

    # 附件 on its own page; table typed as two tables with a typed “续表”
    page_break(doc)
    par(doc, [("附件", HT, 16)], first=Pt(0), align=L)
    empty(doc, 1)
    par(doc, [("第三批下放中国（云南）自由贸易试验区的\n省级行政权力事项目录", XBS, 20)], align=C, first=Pt(0), line=32)
    empty(doc, 1)
    hdr = ["序号", "事项名称", "原实施机关", "下放方式", "承接片区"]
    widths = [Cm(1.3), Cm(5.6), Cm(2.6), Cm(2.2), Cm(4.1)]
    part1 = [
        ["1", "外商投资企业境外投资备案", "省商务厅", "直接下放", "昆明片区、红河片区、德宏片区"],
        ["2", "对外劳务合作经营资格核准", "省商务厅", "委托实施", "昆明片区"],
        ["3", "国际道路运输经营许可", "省交通运输厅", "直接下放", "红河片区、德宏片区"],
        ["4", "外国人来华工作许可", "省科技厅", "委托实施", "昆明片区、红河片区、德宏片区"],
        ["5", "建设项目使用林地审核（限2公顷以下）", "省林草局", "委托实施", "昆明片区"],
    ]
    part2 = [
        ["6", "取水许可（限年取水量50万立方米以下）", "省水利厅", "直接下放", "红河片区、德宏片区"],
        ["7", "食品生产许可（特殊食品除外）", "省市场监管局", "直接下放", "昆明片区、红河片区、德宏片区"],
        ["8", "第二类医疗器械生产许可", "省药监局", "委托实施", "昆明片区"],
    ]
    w.grid(hdr, part1, widths=widths, size=12, repeat=False)
    p = par(doc, "", first=Pt(0))
    p.add_run().add_break(WD_BREAK.PAGE)
    par(doc, [("续表", HT, 12)], align=L, first=Pt(0))
    w.grid(hdr, part2, widths=widths, size=12, repeat=False)
    w.body("注：“委托实施”事项的委托期限为3年，期满后由原实施机关会同承接片区评估确定是否继续委托。", first=Pt(0), line=24, before=6)

    # ---------------------------------------------------------- C2 昆明市商务局 通知 (typed-space indents)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    set_pgnum_start(sec, None)
    w.start(meta("昆明市商务局关于支持企业用好中老铁路拓展面向南亚东南亚市场的通知",
                 "昆商发〔2026〕15号", ["昆明市商务局"], "2026-04-08", "municipal", "昆明市", "通知",
                 recipients=["各县（市、区）商务主管部门", "各开发（度假）园区管委会有关部门"],
                 expires="2026-12-31"))
    title_block(doc, ["昆明市商务局关于支持企业用好中老铁路", "拓展面向南亚东南亚市场的通知"],
                "(昆商发〔2026〕15号)")
    par(doc, "各县（市、区）商务主管部门，各开发（度假）园区管委会有关部门：", first=Pt(0))
    w.body_sp("为充分发挥中老铁路大通道作用，支持我市外贸企业拓展南亚东南亚市场，推动昆明建设区域性国际中心城市，现就有关事项通知如下：")
    par(doc, [(SP * 2 + "一、支持重点", HT, 16)], first=Pt(0))
    w.body_sp("（一）拓展“中老铁路+”国际货运。鼓励企业通过中老铁路组织货物出口，对经中老铁路出口的企业给予支持：",
              runs=[(SP * 2, FS, 16), ("（一）拓展“中老铁路+”国际货运。", KT, 16),
                    ("鼓励企业通过中老铁路组织货物出口，对经中老铁路出口的企业给予支持：", FS, 16)])
    w.body_sp("1.对年度通过中老铁路出口货值达到1000万美元以上的企业，按照出口货值给予不超过0.5%的奖励，单个企业最高不超过100万元。")
    w.body_sp("2.对组织开行“中老铁路+跨境电商”专列的企业，按照每列2万元的标准给予补助。")
    par(doc, [(SP * 2 + "（二）支持建设境外物流节点", KT, 16)], first=Pt(0))
    w.body_sp("1.支持企业在老挝万象、泰国曼谷等中老铁路沿线城市建设海外仓、分拨中心，对经认定的市级公共海外仓给予一次性奖励：")
    # two numbered items typed in one paragraph with Shift+Enter
    i1 = "（1）仓储面积5000平方米以上的，奖励50万元；"
    i2 = "（2）仓储面积2000平方米以上、不足5000平方米的，奖励20万元。"
    w.cl.extend([i1, i2])
    par(doc, SP * 2 + i1 + "\n" + SP * 2 + i2, first=Pt(0))
    par(doc, [(SP * 2 + "二、申报程序", HT, 16)], first=Pt(0))
    w.runin("（一）申报时间。", "2026年度项目申报时间为2026年5月1日至5月31日，逾期不予受理。", KT, typed_indent=True)
    w.runin("（二）申报方式。", "申报企业通过“昆明市商务发展资金管理系统”在线提交申报材料，由所在县（市、区）商务主管部门初审后报市商务局。", KT, typed_indent=True)
    w.runin("三、工作要求。", "各县（市、区）商务主管部门要加强政策宣传解读，主动对接重点外贸企业，做好申报辅导和初审把关；对弄虚作假骗取资金的企业，追回已拨付资金，并纳入信用记录。", HT, typed_indent=True)
    w.body_sp("本通知有效期至2026年12月31日。")
    empty(doc, 2)
    par(doc, "昆明市商务局", align=R, first=Pt(0), right=Pt(72))
    par(doc, "二〇二六年四月八日", align=R, first=Pt(0), right=Pt(56))

    # ---------------------------------------------------------- C3 云南省商务厅 函
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    set_pgnum_start(sec, None)
    w.start(meta("云南省商务厅关于商请支持德宏片区开展边民互市进口商品落地加工试点的函",
                 "云商函〔2026〕36号", ["云南省商务厅"], "2026-04-02", "provincial", "云南省", "函",
                 recipients=["昆明海关"]))
    title_block(doc, ["云南省商务厅关于商请支持德宏片区开展", "边民互市进口商品落地加工试点的函"],
                "(云商函〔2026〕36号)")
    par(doc, "昆明海关：", first=Pt(0))
    w.body("为贯彻落实《中国（云南）自由贸易试验区总体方案》，推动边民互市贸易转型升级，德宏州人民政府申请在德宏片区开展边民互市进口商品落地加工创新试点。经研究，我厅支持德宏片区开展试点，现就有关事项函商如下：")
    w.runin("一、试点范围。", "试点在瑞丽、畹町边民互市贸易区和德宏片区内经认定的落地加工企业开展，试点商品为缅甸产农产品、水产品和中药材，试点期限为2年。")
    w.runin("二、监管需求。", "恳请贵关支持德宏片区优化边民互市进口商品申报、查验流程，对进入落地加工企业的互市商品实施“集中申报、分批核放”，探索建立互市商品溯源管理机制。")
    w.runin("三、配套措施。", "我厅将会同德宏州人民政府建立试点工作协调机制，指导落地加工企业建立进销存台账，确保互市商品全部用于落地加工，防范“化整为零”等违规行为。")
    par(doc, "妥否，请函复。")
    empty(doc, 1)
    p = par(doc, "云南省商务厅", align=R, first=Pt(0), right=Pt(72))
    p.paragraph_format.keep_with_next = True
    par(doc, "二〇二六年四月二日", align=R, first=Pt(0), right=Pt(56))

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = w.records
    return path


def main():
    paths = [file_zhejiang(), file_guangxi(), file_yunnan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
