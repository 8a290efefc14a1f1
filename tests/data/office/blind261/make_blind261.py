# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 261: Hainan Free Trade Port office files written blind.

Writes next to itself:
  blind261_hainan_guiding.docx/.pdf    人大常委会公告 publishing a 若干规定 (法规)
  blind261_hainan_tongzhi.docx/.pdf    省政府办公厅 notice on 加工增值免关税 in 重点园区
  blind261_yazhouwan_xize.docx/.pdf    三亚崖州湾科技城管理局 印发 a 专项资金实施细则
  blind261_yangpu_cuoshi.html          洋浦经济开发区管委会 page saved from the browser
  expected.json
Run: . /work/venv/bin/activate && python make_blind261.py
"""
import json
import os
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HEI = "黑体"
KAI = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
BODY = Pt(16)
LINE = Pt(28.9)


# ----------------------------------------------------------------- helpers
def font(run, name, size=BODY, bold=False, color=None):
    run.font.name = name
    run.font.size = size
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=True, line=LINE, before=0, after=0, left=None, right=None):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    if left is not None:
        pf.left_indent = left
    if right is not None:
        pf.right_indent = right
    if align is not None:
        p.alignment = align
    return p


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._element.append(el)


def page_footer(footer, align):
    p = footer.paragraphs[0]
    p.alignment = align
    if align == WD_ALIGN_PARAGRAPH.RIGHT:
        p.paragraph_format.right_indent = Pt(14)
    else:
        p.paragraph_format.left_indent = Pt(14)
    font(p.add_run("— "), SONG, Pt(14))
    r = font(p.add_run(), SONG, Pt(14))
    add_field(r, "PAGE")
    font(p.add_run(" —"), SONG, Pt(14))


def set_section(sec):
    sec.page_width = Mm(210)
    sec.page_height = Mm(297)
    sec.top_margin = Mm(37)
    sec.bottom_margin = Mm(35)
    sec.left_margin = Mm(28)
    sec.right_margin = Mm(26)
    sec.footer_distance = Mm(25)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = BODY
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    doc.settings.odd_and_even_pages_header_footer = True
    sec = doc.sections[0]
    set_section(sec)
    page_footer(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    page_footer(sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)
    # grid 22 lines x 28 chars, like the office template
    dg = sec._sectPr.find(qn("w:docGrid"))
    if dg is None:
        dg = OxmlElement("w:docGrid")
        sec._sectPr.append(dg)
    dg.set(qn("w:type"), "lines")
    dg.set(qn("w:linePitch"), "579")
    return doc


def blank(doc, n=1, line=LINE):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def border(p, side, sz, color="FF0000", space=4):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    bdr.append(b)


def red_head(doc, organ, number, size=Pt(32), spacing=None):
    blank(doc, 1)
    p = fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(size.pt + 14))
    r = font(p.add_run(organ), XBS, size, color=RED)
    if spacing:
        rpr = r._element.get_or_add_rPr()
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(spacing))
        rpr.append(sp)
    blank(doc, 2)
    p = fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=6)
    font(p.add_run(number), FS)
    border(p, "bottom", 18, space=8)
    blank(doc, 1)


def title(doc, lines, soft=True):
    """Title in 方正小标宋 二号; several lines joined by soft breaks or separate paragraphs."""
    if soft:
        p = fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(35))
        for i, ln in enumerate(lines):
            r = font(p.add_run(ln), XBS, Pt(22))
            if i < len(lines) - 1:
                r.add_break(WD_BREAK.LINE)
    else:
        for ln in lines:
            p = fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(35))
            font(p.add_run(ln), XBS, Pt(22))


def plain(doc, text, fontname=FS, indent=True, align=None, **kw):
    p = fmt(doc.add_paragraph(), align, indent=indent, **kw)
    font(p.add_run(text), fontname)
    return p


def heading(doc, text, fontname=HEI):
    return plain(doc, text, fontname)


def sign(doc, organ, date, publicity=None, gap=2):
    blank(doc, gap)
    p = fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right=Pt(64))
    font(p.add_run(organ), FS)
    p = fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right=Pt(64))
    font(p.add_run(date), FS)
    if publicity:
        blank(doc, 1)
        plain(doc, publicity)


def tbl_borders(table, top=4, bottom=4, inside_h=4, inside_v=4, left=4, right=4, color="000000"):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side, sz in (("top", top), ("left", left), ("bottom", bottom), ("right", right),
                     ("insideH", inside_h), ("insideV", inside_v)):
        e = OxmlElement("w:" + side)
        if sz:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:color"), color)
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def cell_text(cell, text, fontname=FS, size=Pt(14), align=WD_ALIGN_PARAGRAPH.CENTER, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt(p, align, indent=False, line=Pt(22))
    font(p.add_run(text), fontname, size, bold=bold)


def banji(doc, cc, printer, pdate):
    """版记: 抄送 and 印发 rows between thick/thin rules."""
    blank(doc, 2)
    rows = (1 if cc else 0) + 1
    t = doc.add_table(rows=rows, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl_borders(t, top=8, bottom=8, inside_h=4, inside_v=0, left=0, right=0)
    i = 0
    if cc:
        c = t.rows[0].cells[0]
        c.text = ""
        p = fmt(c.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT, indent=False, line=Pt(24),
                left=Pt(14), right=Pt(14))
        p.paragraph_format.first_line_indent = None
        font(p.add_run(cc), FS, Pt(14))
        i = 1
    c = t.rows[i].cells[0]
    c.text = ""
    p = fmt(c.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT, indent=False, line=Pt(24),
            left=Pt(14), right=Pt(14))
    p.paragraph_format.tab_stops.add_tab_stop(Mm(150), WD_TAB_ALIGNMENT.RIGHT)
    font(p.add_run(printer + "\t" + pdate), FS, Pt(14))


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


class Recorder:
    """Writes paragraphs and records clause texts in order."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []

    def para(self, text):
        plain(self.doc, text)
        self.clauses.append(text)

    def runin(self, head, rest, headfont=KAI):
        p = fmt(self.doc.add_paragraph())
        font(p.add_run(head), headfont)
        font(p.add_run(rest), FS)
        self.clauses.append(head + rest)

    def article(self, label, paras, soft=False):
        p = fmt(self.doc.add_paragraph())
        font(p.add_run(label), HEI)
        font(p.add_run("　" + paras[0]), FS)
        for extra in paras[1:]:
            if soft:
                r = p.runs[-1]
                r.add_break(WD_BREAK.LINE)
                font(p.add_run(extra), FS)
            else:
                plain(self.doc, extra)
        self.clauses.append(label + "　" + "\n".join(paras))

    def table(self, header, rows, widths, merges=(), size=Pt(12)):
        """rows: list of lists; merges: (col, first_row, last_row) vertical merges (0-based data rows)."""
        t = self.doc.add_table(rows=len(rows) + 1, cols=len(header))
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.style = self.doc.styles["Table Grid"]
        for j, h in enumerate(header):
            cell_text(t.rows[0].cells[j], h, HEI, size)
        hdr = t.rows[0]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        hdr.append(th)
        merged = set()
        for col, a, b in merges:
            for r in range(a + 1, b + 1):
                merged.add((r, col))
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                if (i, j) in merged:
                    continue
                al = WD_ALIGN_PARAGRAPH.LEFT if len(v) > 12 else WD_ALIGN_PARAGRAPH.CENTER
                cell_text(t.rows[i + 1].cells[j], v, FS, size, align=al)
        for col, a, b in merges:
            top = t.cell(a + 1, col)
            top.merge(t.cell(b + 1, col))
            # merge() concatenates paragraphs; keep the first value only
            for extra in top.paragraphs[1:]:
                extra._p.getparent().remove(extra._p)
        t.autofit = False
        grid = t._tbl.tblGrid
        for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(widths[j] * 56.7)))
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Mm(w)
        for row in rows:
            self.clauses.append("；".join(f"{h}：{v}" for h, v in zip(header, row)))
        return t


def to_pdf(docx_path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_261",
                    "--convert-to", "pdf", "--outdir", str(HERE), str(docx_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


EXPECTED = {}


def key(clauses, prefix, n=24):
    """The first n characters of the one clause starting with prefix (applies_to key)."""
    hits = [t for t in clauses if t.startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0][:n]


# ----------------------------------------------------------- document 1
def make_guiding():
    doc = new_doc()
    rec = Recorder(doc)
    red_head(doc, "海南省人民代表大会常务委员会", "第47号", size=Pt(28))
    p = fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(40))
    font(p.add_run("公　　告"), XBS, Pt(26))
    blank(doc, 1)
    plain(doc, "《海南自由贸易港促进跨境贸易便利化若干规定》已由海南省第七届人民代表大会常务委员会"
               "第十九次会议于2025年7月30日通过，现予公布，自2025年9月1日起施行。")
    sign(doc, "海南省人民代表大会常务委员会", "2025年7月30日")
    page_break(doc)

    title(doc, ["海南自由贸易港促进跨境贸易便利化若干规定"])
    plain(doc, "（2025年7月30日海南省第七届人民代表大会常务委员会第十九次会议通过）", KAI,
          indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    blank(doc, 1)
    A = rec.article
    A("第一条", ["为了推进海南自由贸易港建设，促进跨境贸易便利化，降低制度性交易成本，建设具有较强国际竞争力的"
               "开放型经济新高地，根据《中华人民共和国海南自由贸易港法》等有关法律、行政法规，结合海南自由贸易港"
               "实际，制定本规定。"])
    A("第二条", ["海南自由贸易港范围内货物、物品的进出境、进出岛及其相关的通关、物流、结算和服务活动，适用本规定。",
               "法律、行政法规对前款规定事项另有规定的，从其规定。"])
    A("第三条", ["省人民政府应当建立跨境贸易便利化工作协调机制，统筹推进海南自由贸易港跨境贸易便利化工作，"
               "协调解决重大问题。",
               "省商务主管部门负责跨境贸易便利化的综合协调工作；发展改革、交通运输、市场监督管理、税务等部门按照"
               "各自职责做好相关工作。",
               "海关、海事、边检等中央驻琼单位依照法律、行政法规规定履行职责，省人民政府及其有关部门应当予以"
               "支持配合。"])
    A("第四条", ["全岛封关运作后，海南自由贸易港与中华人民共和国关境外其他国家和地区之间设立“一线”，"
               "海南自由贸易港与中华人民共和国境内的其他地区之间设立“二线”。",
               "从境外进入海南自由贸易港的货物，除法律、行政法规另有规定和列入禁止、限制进口目录的外，实行便利化"
               "通关；从海南自由贸易港进入内地的货物，按照国家有关规定办理进口手续。"])
    A("第五条", ["省人民政府应当依托国际贸易“单一窗口”，推动口岸通关、物流、金融、税务等数据共享和业务协同，"
               "为经营主体提供申报、查询、支付、融资等一站式服务。",
               "推行进出口货物“提前申报”“两步申报”等便利化措施，压缩整体通关时间。"])
    A("第六条", ["洋浦经济开发区应当发挥西部陆海新通道国际航运枢纽作用，开展国际中转集拼、国际分拨配送和保税"
               "物流业务，探索实施“一线”进境货物“先入区、后报关”等便利措施。",
               "全岛封关运作前，前款规定的“先入区、后报关”措施在洋浦保税港区先行实施。"])
    A("第七条", ["海口综合保税区、海口空港综合保税区可以依法开展保税研发、保税检测、保税维修和再制造业务，"
               "支持区内企业承接境内外飞机、船舶、医疗设备等高技术、高附加值产品的维修业务。"])
    A("第八条", ["鼓励海南自由贸易港企业发展跨境电子商务，在共建“一带一路”国家和地区建设海外仓、展示中心和"
               "售后服务网点。",
               "支持跨境电子商务企业开展网购保税进口、跨境电子商务出口海外仓等业务，对符合条件的跨境电子商务"
               "零售出口货物依法适用增值税、消费税免税政策。"])
    A("第九条", ["省人民政府及有关市、县人民政府应当统筹推进海口美兰国际机场、三亚凤凰国际机场、洋浦港、"
               "海口港等口岸基础设施建设，完善口岸查验设施，推进智慧口岸建设。"])
    A("第十条", ["博鳌乐城国际医疗旅游先行区内的医疗机构因临床急需进口少量药品和医疗器械的，按照国家有关规定"
               "办理审批；进口的药品和医疗器械限于先行区内指定医疗机构使用。"])
    A("第十一条", ["三亚崖州湾科技城应当依托全球动植物种质资源引进中转基地，建立种质资源进境隔离检疫、保存和"
                "利用的便利化机制，提高种质资源引进效率。"])
    A("第十二条", ["海关等部门应当推进经营主体信用分类管理，对经认证的经营者和信用良好的企业实施降低查验比例、"
                "优先办理通关手续等便利措施；对失信主体依法实施重点监管。"])
    A("第十三条", ["省人民政府应当落实海南自由贸易港跨境服务贸易特别管理措施（负面清单），对清单之外的跨境服务"
                "贸易，按照境内外服务和服务提供者待遇一致原则实施管理。"])
    A("第十四条", ["在保障数据安全的前提下，支持经营主体依法开展跨境贸易相关数据的跨境流动。省网信部门应当会同"
                "有关部门制定数据出境便利化措施，明确重要数据目录和一般数据清单。"])
    A("第十五条", ["有关部门应当建立跨境贸易收费目录清单制度。口岸经营服务单位应当公示收费项目和收费标准，"
                "清单之外不得收费。"])
    A("第十六条", ["鼓励当事人通过仲裁、调解等方式解决跨境贸易纠纷。支持海南国际仲裁院等机构依法为境内外当事人"
                "提供仲裁服务，探索建立与共建“一带一路”国家和地区商事调解组织的合作机制。"])
    A("第十七条", ["有关部门及其工作人员在跨境贸易便利化工作中滥用职权、玩忽职守、徇私舞弊的，依法给予处分；"
                "构成犯罪的，依法追究刑事责任。"])
    A("第十八条", ["本规定自2025年9月1日起施行。"])
    banji(doc, None, "海南省人民代表大会常务委员会办公厅", "2025年7月31日印发")
    path = HERE / "blind261_hainan_guiding.docx"
    doc.save(path)
    to_pdf(path)
    c = rec.clauses
    EXPECTED["blind261_hainan_guiding"] = [{
        "meta": {"title": "海南自由贸易港促进跨境贸易便利化若干规定",
                 "doc_number": "第47号",
                 "issuer": ["海南省人民代表大会常务委员会"],
                 "date": "2025-07-30", "published": "2025-07-31",
                 "level": "provincial", "region": "海南省",
                 "effective": "2025-09-01", "expires": None,
                 "attachments": [], "doc_type": "法规", "recipients": [],
                 "publicity": None, "repeals": None},
        "clauses": c,
        "applies_to": {"specific": {
            key(c, "第六条"): ["洋浦经济开发区", "洋浦保税港区"],
            key(c, "第七条"): ["海口综合保税区", "海口空港综合保税区"],
            key(c, "第十条"): ["博鳌乐城国际医疗旅游先行区"],
            key(c, "第十一条"): ["三亚崖州湾科技城"],
        }},
    }]


# ----------------------------------------------------------- document 2
def make_tongzhi():
    doc = new_doc()
    rec = Recorder(doc)
    red_head(doc, "海南省人民政府办公厅文件", "琼府办〔2025〕21号", size=Pt(34))
    title(doc, ["海南省人民政府办公厅关于扩大加工增值货物", "内销免征进口关税政策实施范围的通知"])
    blank(doc, 1)
    plain(doc, "各市、县、自治县人民政府，省政府直属各单位：", indent=False)
    P, R, H = rec.para, rec.runin, heading
    P("为贯彻落实《海南自由贸易港建设总体方案》和《中华人民共和国海南自由贸易港法》，用好加工增值货物内销免征"
      "进口关税政策（以下简称加工增值免关税政策），推动重点园区产业集聚发展，经省政府同意，现就有关事项通知如下：")
    H(doc, "一、扩大政策实施范围")
    P("（一）在洋浦经济开发区、海口综合保税区、海口空港综合保税区先行实施的基础上，将加工增值免关税政策实施范围"
      "扩大至海口江东新区、海口国家高新技术产业开发区、三亚崖州湾科技城、博鳌乐城国际医疗旅游先行区、文昌国际"
      "航天城、陵水黎安国际教育创新试验区等重点园区（具体名单见附件），具体实施时间以海关总署公告为准。")
    P("（二）全岛封关运作后，加工增值免关税政策按照国家规定在海南自由贸易港全岛范围内实施，不再以重点园区为限，"
      "本通知第一条第（一）项规定的园区范围同时停止执行。")
    H(doc, "二、明确享惠条件")
    R("（一）享惠主体。", "在海南自由贸易港登记注册并具有独立法人资格、实质性运营，且主营业务属于《海南自由贸易港"
      "鼓励类产业目录》范围的企业，可以申请享受加工增值免关税政策。")
    R("（二）增值标准。", "对鼓励类产业企业生产的不含进口料件或者含进口料件在海南自由贸易港加工增值达到或者超过30%"
      "的货物，经“二线”进入内地免征进口关税，照章征收进口环节增值税、消费税。加工增值率按照下列规定计算：")
    P("1.加工增值率=（内销价格－境外进口料件价格）÷境外进口料件价格×100%。")
    P("2.境外进口料件价格以海关核定的完税价格为准；内销价格以货物内销时向海关申报的价格为准。")
    P("3.下列情形按照以下方式处理：")
    P("（1）企业使用来自内地的料件，其价格计入加工增值部分；")
    P("（2）企业使用已享受“零关税”政策的进口料件，其价格计入境外进口料件价格；")
    P("（3）加工增值率以同一申报批次货物为单位计算，不同批次不得合并计算。")
    R("（三）不予享惠情形。", "企业被列入严重失信主体名单，或者近2年内因走私行为受到行政处罚，或者仅对货物进行"
      "简单加工、包装、分拆等不具有实质性加工的，不得享受加工增值免关税政策。")
    H(doc, "三、支持园区特色发展")
    R("（一）洋浦经济开发区。", "重点支持石化新材料、油气化工、高端食品加工等产业开展加工增值内销，探索对以进口原油"
      "加工的化工产品实施加工增值内销便利化监管。")
    R("（二）海口综合保税区。", "支持区内企业开展燕窝、化妆品、生物医药等加工增值业务，推进“保税研发＋加工增值”"
      "联动发展。")
    R("（三）海口江东新区。", "支持临空产业园企业开展航空零部件加工、跨境电商商品加工增值业务，对符合条件的企业"
      "优先纳入享惠企业名单。")
    R("（四）三亚崖州湾科技城。", "支持种业企业对引进的种质资源进行研发、扩繁后内销，探索将种子加工增值纳入政策支持"
      "范围；支持深海科技企业开展海洋装备加工制造。")
    R("（五）博鳌乐城国际医疗旅游先行区。", "仅在先行区内试点对进口医疗器械零部件在区内组装、检测后内销的，按照"
      "加工增值免关税政策管理，具体办法由省药监局会同海口海关另行制定。")
    H(doc, "四、加强监管服务")
    P("（一）海口海关负责加工增值免关税政策的监管实施，依托海关特殊监管区域账册、加工贸易手册等开展监管，企业可以"
      "自主选择进口料件的监管方式。")
    P("（二）货物经新海港、南港、秀英港等“二线口岸”出岛内销的，企业应当按照规定向海关申报，并提交加工增值率计算"
      "材料。")
    P("（三）省商务厅会同省发展改革委、省工业和信息化厅建立享惠企业名单动态管理机制，每季度向社会公布享惠企业"
      "名单。")
    H(doc, "五、强化组织保障")
    P("（一）各重点园区管理机构要设立政策辅导专班，主动对接企业需求，每半年向省商务厅报送政策实施情况。")
    P("（二）省财政厅、国家税务总局海南省税务局要加强对享惠企业的政策辅导和风险提示，防范骗取税收优惠等违法行为。")
    P("本通知自2025年5月1日起施行，有效期至2027年12月31日。《海南省人民政府办公厅关于印发海南自由贸易港加工增值"
      "货物内销免征关税政策实施办法的通知》（琼府办〔2021〕33号）同时废止。")
    blank(doc, 1)
    plain(doc, "附件：海南自由贸易港加工增值免关税政策实施园区名单")
    sign(doc, "海南省人民政府办公厅", "2025年4月15日", "（此件公开发布）")
    page_break(doc)
    plain(doc, "附件", HEI, indent=False)
    blank(doc, 1)
    title(doc, ["海南自由贸易港加工增值免关税政策", "实施园区名单"], soft=False)
    blank(doc, 1)
    rows = [["1", "儋州市", "洋浦经济开发区", "先行实施"],
            ["2", "海口市", "海口综合保税区", "先行实施"],
            ["3", "海口市", "海口空港综合保税区", "先行实施"],
            ["4", "海口市", "海口江东新区", "扩大实施"],
            ["5", "海口市", "海口国家高新技术产业开发区", "扩大实施"],
            ["6", "三亚市", "三亚崖州湾科技城", "扩大实施"],
            ["7", "琼海市", "博鳌乐城国际医疗旅游先行区", "扩大实施"],
            ["8", "文昌市", "文昌国际航天城", "扩大实施"],
            ["9", "陵水黎族自治县", "陵水黎安国际教育创新试验区", "扩大实施"]]
    rec.table(["序号", "所在市县", "园区名称", "实施方式"], rows, [16, 38, 72, 30],
              merges=[(1, 1, 4)], size=Pt(14))
    banji(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省高级人民法院，省人民检察院，海口海关，"
               "各人民团体。",
          "海南省人民政府办公厅", "2025年4月17日印发")
    path = HERE / "blind261_hainan_tongzhi.docx"
    doc.save(path)
    to_pdf(path)
    c = rec.clauses
    spec = {
        key(c, "（一）在洋浦"): ["海口江东新区", "海口国家高新技术产业开发区", "三亚崖州湾科技城", "博鳌乐城国际医疗旅游先行区",
                    "文昌国际航天城", "陵水黎安国际教育创新试验区"],
        key(c, "（一）洋浦经济开发区。"): ["洋浦经济开发区"],
        key(c, "（二）海口综合保税区。"): ["海口综合保税区"],
        key(c, "（三）海口江东新区。"): ["海口江东新区"],
        key(c, "（四）三亚崖州湾科技城。"): ["三亚崖州湾科技城"],
        key(c, "（五）博鳌乐城"): ["博鳌乐城国际医疗旅游先行区"],
    }
    for k, row in enumerate(rows):
        spec[c[-9 + k][:30]] = [row[2]]
    EXPECTED["blind261_hainan_tongzhi"] = [{
        "meta": {"title": "海南省人民政府办公厅关于扩大加工增值货物内销免征进口关税政策实施范围的通知",
                 "doc_number": "琼府办〔2025〕21号",
                 "issuer": ["海南省人民政府办公厅"],
                 "date": "2025-04-15", "published": "2025-04-17",
                 "level": "provincial", "region": "海南省",
                 "effective": "2025-05-01", "expires": "2027-12-31",
                 "attachments": ["海南自由贸易港加工增值免关税政策实施园区名单"],
                 "doc_type": "通知",
                 "recipients": ["各市、县、自治县人民政府", "省政府直属各单位"],
                 "publicity": "此件公开发布",
                 "repeals": "《海南省人民政府办公厅关于印发海南自由贸易港加工增值货物内销免征关税政策实施办法的通知》"
                            "（琼府办〔2021〕33号）"},
        "clauses": c,
        "applies_to": {"specific": spec},
    }]


# ----------------------------------------------------------- document 3
def make_xize():
    doc = new_doc()
    rec = Recorder(doc)
    red_head(doc, "三亚崖州湾科技城管理局文件", "崖科局规〔2025〕2号", size=Pt(30))
    title(doc, ["三亚崖州湾科技城管理局关于印发", "《三亚崖州湾科技城开放型经济发展", "专项资金实施细则》的通知"])
    blank(doc, 1)
    plain(doc, "各有关单位：", indent=False)
    rec.para("为深入贯彻落实《海南自由贸易港建设总体方案》，支持园区企业深度融入共建“一带一路”，推动开放型经济"
             "高质量发展，我局制定了《三亚崖州湾科技城开放型经济发展专项资金实施细则》，现印发给你们，请认真遵照执行。")
    sign(doc, "三亚崖州湾科技城管理局", "2025年6月20日", "（此件主动公开）", gap=1)
    # the 细则 starts in a new section (new page), as the clerk pasted it from another file
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    set_section(sec)
    title(doc, ["三亚崖州湾科技城开放型经济发展", "专项资金实施细则"])
    blank(doc, 1)
    A = rec.article
    CH = lambda t: plain(doc, t, HEI, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    CH("第一章　总　　则")
    A("第一条", ["为加快三亚崖州湾科技城开放型经济发展，支持园区企业开拓国际市场、深度参与共建“一带一路”，规范专项"
               "资金管理，根据《海南自由贸易港建设总体方案》《三亚崖州湾科技城条例》等规定，结合科技城实际，制定本"
               "细则。"])
    A("第二条", ["本细则所称开放型经济发展专项资金（以下简称专项资金），是指由三亚崖州湾科技城管理局（以下简称管理局）"
               "在年度预算中安排，用于支持科技城开放型经济发展的资金。"])
    A("第三条", ["专项资金的使用和管理遵循公开透明、突出重点、绩效导向、专款专用的原则。"])
    CH("第二章　支持对象和条件")
    A("第四条", ["申请专项资金的企业应当同时符合下列条件：",
               "（一）在三亚崖州湾科技城范围内依法登记注册，具有独立法人资格，税收和统计关系在科技城；",
               "（二）在科技城实质性运营，财务管理制度健全；",
               "（三）近三年内未被列入严重失信主体名单，未发生重大安全生产、环境污染事故。"])
    A("第五条", ["同一企业同一项目已获得省级或者三亚市同类财政资金支持的，专项资金不再重复支持。"])
    CH("第三章　支持内容和标准")
    A("第六条", ["专项资金重点支持以下方向：",
               "（一）支持企业开拓共建“一带一路”国家和地区市场；",
               "（二）支持种质资源进出口和国际种业合作；",
               "（三）支持离岸研发、技术出口等跨境服务贸易；",
               "（四）支持国际物流和供应链建设。"])
    A("第七条", ["专项资金支持标准按照下表执行："])
    rows = [["国际市场开拓", "参加境外专业展会", "按展位费、搭建费的70%给予支持", "50万元"],
            ["国际市场开拓", "在共建“一带一路”国家和地区设立海外仓、营销中心", "按实际投资额的20%给予支持", "200万元"],
            ["种业国际合作", "经全球动植物种质资源引进中转基地引进种质资源", "按隔离检疫、检测费用的50%给予支持", "100万元"],
            ["跨境服务贸易", "离岸研发、技术出口", "按合同实际执行金额的5%给予支持", "150万元"],
            ["跨境服务贸易", "国际专利申请（PCT）", "每件给予2万元支持", "40万元"],
            ["国际物流", "开通或者加密至东南亚国家的国际集装箱航线", "每标准箱给予200元支持", "100万元"]]
    rec.table(["支持类别", "支持事项", "支持标准", "单个企业年度上限"], rows, [28, 56, 48, 24],
              merges=[(0, 0, 1), (0, 3, 4)])
    blank(doc, 1)
    A("第八条", ["在深海科技城片区注册的企业申请第七条所列国际市场开拓类支持的，支持比例在上表标准基础上提高10个"
               "百分点，单个企业年度上限不变。"])
    A("第九条", ["同一企业年度获得专项资金支持总额不超过500万元。对带动作用特别突出的重大项目，经管理局局务会审议，"
               "可以采取“一事一议”方式给予支持。"])
    CH("第四章　申报和审核")
    A("第十条", ["专项资金实行年度申报。2025年度申报受理时间为2025年8月1日至2025年9月30日，申报截止时间为2025年"
               "9月30日17:30，逾期不予受理。以后年度申报时间以管理局发布的申报通知为准。"])
    A("第十一条", ["申报企业通过“崖州湾科技城企业服务平台”在线提交申报材料，并对材料的真实性负责。申报材料包括：",
                "（一）专项资金申请表；",
                "（二）营业执照、上一年度财务审计报告；",
                "（三）项目合同、发票、付款凭证等证明材料；",
                "（四）信用承诺书。"])
    A("第十二条", ["管理局按照受理、初审、第三方专项审计、联合评审、公示、拨付的程序办理，公示期为5个工作日。",
                "公示无异议的，管理局在公示期满后30个工作日内拨付资金。"], soft=True)
    CH("第五章　监督管理")
    A("第十三条", ["获得专项资金支持的企业应当配合管理局开展绩效评价和监督检查，如实提供项目实施情况。"])
    A("第十四条", ["企业以虚报、冒领、伪造材料等手段骗取专项资金的，由管理局追回已拨付资金，五年内取消其申报资格，"
                "并按照有关规定纳入信用记录；涉嫌犯罪的，依法移送司法机关处理。"])
    CH("第六章　附　　则")
    A("第十五条", ["本细则由三亚崖州湾科技城管理局负责解释。"])
    A("第十六条", ["本细则自2025年7月1日起施行，有效期三年。《三亚崖州湾科技城促进外贸发展扶持办法（试行）》"
                "（崖科局规〔2022〕5号）同时废止。"])
    banji(doc, "抄送：三亚市人民政府，三亚市财政局，三亚市商务局。",
          "三亚崖州湾科技城管理局综合办公室", "2025年6月23日印发")
    path = HERE / "blind261_yazhouwan_xize.docx"
    doc.save(path)
    to_pdf(path)
    c = rec.clauses
    n8 = [i for i, t in enumerate(c) if t.startswith("第八条")][0]
    EXPECTED["blind261_yazhouwan_xize"] = [{
        "meta": {"title": "三亚崖州湾科技城管理局关于印发《三亚崖州湾科技城开放型经济发展专项资金实施细则》的通知",
                 "doc_number": "崖科局规〔2025〕2号",
                 "issuer": ["三亚崖州湾科技城管理局"],
                 "date": "2025-06-20", "published": "2025-06-23",
                 "level": "zone", "region": "三亚崖州湾科技城",
                 "effective": "2025-07-01", "expires": "2028-06-30",
                 "attachments": [], "doc_type": "通知",
                 "recipients": ["各有关单位"],
                 "publicity": "此件主动公开",
                 "repeals": "《三亚崖州湾科技城促进外贸发展扶持办法（试行）》（崖科局规〔2022〕5号）"},
        "clauses": c,
        "applies_to": {"specific": {c[n8][:24]: ["深海科技城片区"]}},
    }]


# ----------------------------------------------------------- document 4 (HTML)
def make_html():
    clauses = []
    body = []

    def P(text, style="text-indent:2em;"):
        body.append(f'<p class="MsoNormal" style="{style}line-height:2em;"><span style="font-family:仿宋_GB2312;'
                    f'font-size:16pt;">{text}</span></p>')

    def C(text):
        P(text)
        clauses.append(text)

    def CR(head, rest):
        body.append('<p class="MsoNormal" style="text-indent:2em;line-height:2em;">'
                    f'<strong><span style="font-family:黑体;font-size:16pt;">{head}</span></strong>'
                    f'<span style="font-family:仿宋_GB2312;font-size:16pt;">{rest}</span></p>')
        clauses.append(head + rest)

    P("各有关单位：", "text-indent:0;")
    C("《洋浦经济开发区促进国际航行船舶发展和“一带一路”航线拓展若干措施》已经管委会2025年第15次主任办公会议审议"
      "通过，现印发给你们，请认真贯彻执行。")
    P("&nbsp;")
    P("洋浦经济开发区管理委员会", "text-align:right;padding-right:4em;")
    P("2025年9月5日", "text-align:right;padding-right:4em;")
    P("（此件主动公开）")
    P("&nbsp;")
    body.append('<p style="text-align:center;line-height:1.6em;"><span style="font-family:方正小标宋简体;font-size:22pt;">'
                "洋浦经济开发区促进国际航行船舶发展和<br/>“一带一路”航线拓展若干措施</span></p>")
    C("为加快建设西部陆海新通道国际航运枢纽，发挥“中国洋浦港”船籍港制度优势，推动国际航行船舶集聚发展，拓展共建"
      "“一带一路”国家和地区航线，结合洋浦实际，制定以下措施。")
    CR("一、支持国际船舶登记。", "对在“中国洋浦港”船籍港登记的国际航行船舶，按照船舶净吨位给予一次性奖励，每净吨奖励"
       "10元，单船最高不超过100万元。")
    CR("二、支持航运企业落户。", "对新注册落户洋浦且实际运营国际航行船舶的航运企业，按照其实际控制运力给予开办奖励："
       "控制运力10万载重吨以上的奖励200万元，50万载重吨以上的奖励500万元。")
    CR("三、支持“一带一路”航线拓展。", "对新开通洋浦港至共建“一带一路”国家和地区港口的国际集装箱班轮航线，每周至少"
       "一班且连续运营满一年的，按照下表标准给予航线奖励：")
    hdr = ["航线区域", "挂靠港口示例", "奖励标准"]
    rows = [["东南亚", "新加坡、巴生港、雅加达", "每条航线200万元"],
            ["南亚", "吉大港、科伦坡", "每条航线200万元"],
            ["中东", "杰贝阿里、达曼", "每条航线300万元"],
            ["非洲、欧洲", "蒙巴萨、比雷埃夫斯", "每条航线300万元"]]
    t = ['<table border="1" cellspacing="0" cellpadding="4" align="center" style="border-collapse:collapse;width:90%;">',
         "<tbody><tr>" + "".join(f'<td style="text-align:center;"><strong>{h}</strong></td>' for h in hdr) + "</tr>"]
    for i, r in enumerate(rows):
        cells = f"<td>{r[0]}</td><td>{r[1]}</td>"
        if i % 2 == 0:
            cells += f'<td rowspan="2" style="vertical-align:middle;">{r[2]}</td>'
        t.append(f"<tr>{cells}</tr>")
        clauses.append("；".join(f"{h}：{v}" for h, v in zip(hdr, r)))
    t.append("</tbody></table>")
    body.append("\n".join(t))
    CR("四、支持内外贸同船运输。", "对在洋浦港开展内外贸同船运输、国际中转集拼业务的船公司，按照中转集装箱量每标准箱"
       "给予50元奖励，单个企业年度奖励最高不超过300万元。")
    CR("五、支持保税油供应。", "在洋浦保税港区内注册的保税燃料油供应企业，为国际航行船舶加注保税燃料油的，按照加注量"
       "每吨给予5元奖励。")
    CR("六、支持船舶维修和船员服务。", "对在洋浦开展国际航行船舶维修业务的企业，按照年度维修合同金额的3%给予奖励，"
       "最高不超过200万元；支持建设国际船员服务中心，为外籍船员换班、就医提供便利。")
    CR("七、做好封关政策衔接。", "全岛封关运作后，符合条件的国际航行船舶及其所需的航材、船用设备按照国家规定享受"
       "“零关税”等政策，管委会配合海关等部门做好政策落地。")
    CR("八、资金保障。", "本措施所需资金由洋浦经济开发区财政局在年度预算中统筹安排。本措施与洋浦其他同类政策有重叠的，"
       "按照“就高不重复”原则执行。")
    CR("九、施行日期。", "本措施自2025年10月1日起施行，有效期至2027年9月30日，由洋浦经济开发区交通运输和港航局负责解释。")

    ttl = "洋浦经济开发区管理委员会关于印发《洋浦经济开发区促进国际航行船舶发展和“一带一路”航线拓展若干措施》的通知"
    html = f"""<!DOCTYPE html>
<!-- saved from url=(0069)https://www.yangpu.gov.cn/ypzf/zwgk/zcwj/gfxwj/202509/t20250910_38812.html -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="洋浦经济开发区管理委员会">
<meta name="ColumnName" content="规范性文件">
<meta name="ArticleTitle" content="{ttl}">
<meta name="PubDate" content="2025-09-10 16:32">
<meta name="ContentSource" content="洋浦经济开发区交通运输和港航局">
<title>{ttl}_规范性文件_洋浦经济开发区管理委员会</title>
<link rel="stylesheet" href="./t20250910_38812_files/common.css">
<script src="./t20250910_38812_files/jquery.min.js"></script>
<style>.xxgk_table td{{border:1px solid #dcdcdc;padding:6px 10px;font-size:14px}} .TRS_Editor p{{margin:0}}</style>
</head>
<body>
<div class="top_bar"><div class="w1200"><span>欢迎访问洋浦经济开发区管理委员会门户网站</span>
<a href="https://www.yangpu.gov.cn/">首页</a> | <a href="https://www.yangpu.gov.cn/wza/">无障碍</a> | <a href="#">长者模式</a></div></div>
<div class="header"><div class="logo"><img src="./t20250910_38812_files/logo.png" alt="洋浦经济开发区管理委员会"></div>
<ul class="nav"><li><a href="#">首页</a></li><li><a href="#">洋浦概况</a></li><li class="on"><a href="#">政务公开</a></li>
<li><a href="#">政务服务</a></li><li><a href="#">投资洋浦</a></li><li><a href="#">互动交流</a></li></ul></div>
<div class="w1200 position">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策文件</a> &gt; <a href="#">规范性文件</a></div>
<div class="w1200 article">
<table class="xxgk_table" cellspacing="0" cellpadding="0">
<tbody>
<tr><td class="t1">索&nbsp;&nbsp;引&nbsp;&nbsp;号：</td><td>00813567-2/2025-00231</td><td class="t1">主题分类：</td><td>交通运输、港口航运</td></tr>
<tr><td class="t1">发文机关：</td><td>洋浦经济开发区管理委员会</td><td class="t1">成文日期：</td><td>2025年09月05日</td></tr>
<tr><td class="t1">标&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;题：</td><td colspan="3">{ttl}</td></tr>
<tr><td class="t1">发文字号：</td><td>洋浦管规〔2025〕4号</td><td class="t1">发布日期：</td><td>2025年09月10日</td></tr>
<tr><td class="t1">有&nbsp;&nbsp;效&nbsp;&nbsp;性：</td><td>有效</td><td class="t1">废止日期：</td><td></td></tr>
</tbody></table>
<h1 class="art_title">{ttl}</h1>
<div class="art_info"><span>发布时间：2025-09-10 16:32</span><span>来源：洋浦经济开发区交通运输和港航局</span>
<span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span><span>浏览次数：1274</span></div>
<div class="art_con" id="zoom">
<div class="TRS_Editor">
<p class="MsoNormal" style="text-align:center;line-height:2em;"><span style="font-family:仿宋_GB2312;font-size:16pt;">洋浦管规〔2025〕4号</span></p>
{chr(10).join(body)}
</div>
<div class="fj"><p>附件：</p>
<p><a href="https://www.yangpu.gov.cn/ypzf/zwgk/zcwj/gfxwj/202509/P020250910563318205771.pdf">洋浦经济开发区国际航行船舶扶持资金申报指南.pdf</a></p></div>
<div class="xgjd"><p>相关解读：<a href="https://www.yangpu.gov.cn/ypzf/zwgk/zcjd/202509/t20250911_38830.html">一图读懂《洋浦经济开发区促进国际航行船舶发展和“一带一路”航线拓展若干措施》</a></p></div>
</div>
<div class="art_tool"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a>
<span class="share">分享到：微信 微博</span></div>
<div class="related"><h3>相关文章</h3><ul>
<li><a href="#">洋浦经济开发区管理委员会关于印发《洋浦经济开发区促进航运业发展若干措施》的通知</a><span>2023-06-19</span></li>
<li><a href="#">关于开展2025年度洋浦港国际集装箱航线奖励资金申报工作的通知</a><span>2025-03-02</span></li>
</ul></div>
</div>
<div class="footer"><div class="w1200"><p>主办：洋浦经济开发区管理委员会　承办：洋浦经济开发区管理委员会办公室</p>
<p>地址：海南省洋浦经济开发区新英湾区管委会大楼　联系电话：0898-28812345</p>
<p>琼ICP备05000987号-1　琼公网安备46900302000123号　网站标识码：4690000045</p></div></div>
<script>var _hmt = _hmt || [];</script>
</body></html>
"""
    (HERE / "blind261_yangpu_cuoshi.html").write_text(html, encoding="utf-8")
    c = clauses
    n5 = [i for i, t in enumerate(c) if t.startswith("五、")][0]
    EXPECTED["blind261_yangpu_cuoshi"] = [{
        "meta": {"title": ttl,
                 "doc_number": "洋浦管规〔2025〕4号",
                 "issuer": ["洋浦经济开发区管理委员会"],
                 "date": "2025-09-05", "published": "2025-09-10",
                 "level": "zone", "region": "洋浦经济开发区",
                 "effective": "2025-10-01", "expires": "2027-09-30",
                 "attachments": ["洋浦经济开发区国际航行船舶扶持资金申报指南"],
                 "doc_type": "通知",
                 "recipients": ["各有关单位"],
                 "publicity": "此件主动公开",
                 "repeals": None},
        "clauses": c,
        "applies_to": {"specific": {c[n5][:24]: ["洋浦保税港区"]}},
    }]


if __name__ == "__main__":
    os.chdir(HERE)
    make_guiding()
    make_tongzhi()
    make_xize()
    make_html()
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1), encoding="utf-8")
    print("done:", ", ".join(sorted(EXPECTED)))
