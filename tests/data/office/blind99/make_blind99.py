# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 99: guides numbered the way technical offices number them.

(a) 新疆维吾尔自治区商务厅 新商外经发〔2024〕38号 印发《对外投资合作国别指南（哈萨克斯坦）（2024年版）》(节选 as 附件):
    第1章 / 1.1 / 1.1.1 decimal headings — chapter 1 in Word Heading styles typed "1.2 投资环境", chapter 2 as plain bold
    paragraphs typed "2 法律法规" (bare number); （1） items; 表1-1 主要经济指标; a body line starting "1.5亿美元".
(b) 中国（黑龙江）自贸试验区哈尔滨片区管委会 哈自贸管发〔2024〕12号 企业开办指南: 一、 parts (Heading 1), 步骤1… run-in
    steps restarting per part, sub-steps "1)" "2)", a 时限/收费 table.

Writes blind99_*.docx, the LibreOffice PDF of each, and expected.json next to itself.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)
FS, HT, KT, XBS, SONG = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", "宋体"


def font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=0, size=16, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None: p.alignment = align
    pf.first_line_indent = Pt(size * indent) if indent else None
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    pf.widow_control = False


def border(p, side, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr"); ppr.append(bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "1"); e.set(qn("w:color"), color)
    bdr.append(e)


class Doc:
    def __init__(self):
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = FS; st.font.size = Pt(16)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        s = self.d.sections[0]
        s.page_width, s.page_height = Mm(210), Mm(297)
        s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
        s.footer_distance = Mm(24)
        self.d.settings.odd_and_even_pages_header_footer = True
        self._footers(s)
        self.footnotes = []  # (id, text)

    def _pagefield(self, p):
        def r(t=None):
            run = p.add_run(t or ""); font(run, SONG, 14); return run
        r("— ")
        for kind, instr in (("begin", None), (None, " PAGE "), ("separate", None), (None, None), ("end", None)):
            run = r()
            if kind:
                fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), kind); run._r.append(fc)
            elif instr:
                it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; run._r.append(it)
            else:
                run.text = "1"
        r(" —")

    def _footers(self, s):
        p = s.footer.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.right_indent = Pt(14); self._pagefield(p)
        p = s.even_page_footer.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.left_indent = Pt(14); self._pagefield(p)

    # ---- furniture
    def masthead(self, org, size, docno):
        fmt(self.d.add_paragraph(), exact=12)
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, exact=size * 1.3)
        font(p.add_run(org), XBS, size, color=RED)
        for _ in range(1):
            fmt(self.d.add_paragraph(), exact=28.9)
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, after=6)
        font(p.add_run(docno), FS, 16)
        border(p, "bottom", "FF0000", 18)
        fmt(self.d.add_paragraph(), exact=28.9)

    def title(self, text, pagebreak=False):
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, exact=36)
        if pagebreak: p.paragraph_format.page_break_before = True
        font(p.add_run(text), XBS, 22)
        fmt(self.d.add_paragraph(), exact=28.9)

    def plain(self, text, name=FS, indent=2, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=16, bold=False, pagebreak=False):
        p = self.d.add_paragraph(); fmt(p, align, indent, size)
        if pagebreak: p.paragraph_format.page_break_before = True
        self._runs(p, text, name, size, bold)
        return p

    def _runs(self, p, text, name, size, bold=False):
        # {fn:...} marks a footnote
        while "{fn:" in text:
            a, rest = text.split("{fn:", 1)
            fn, text = rest.split("}", 1)
            if a: font(p.add_run(a), name, size, bold)
            self._fnref(p, fn)
        if text: font(p.add_run(text), name, size, bold)

    def run_in(self, head, headfont, body):
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, 2)
        font(p.add_run(head), headfont, 16, bold=(headfont == FS))
        if body: self._runs(p, body, FS, 16)
        return p

    def _fnref(self, p, text):
        fid = len(self.footnotes) + 1
        self.footnotes.append((fid, text))
        r = p.add_run(); font(r, FS, 16)
        r.font.superscript = True
        ref = OxmlElement("w:footnoteReference"); ref.set(qn("w:id"), str(fid)); r._r.append(ref)

    def blank(self, n=1):
        for _ in range(n): fmt(self.d.add_paragraph(), exact=28.9)

    def sign(self, org, date):
        self.blank(1)
        ri = Pt(64) if len(org) <= 16 else Pt(0)  # long organ names sit flush right rather than wrap
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.RIGHT); p.paragraph_format.right_indent = ri
        font(p.add_run(org), FS, 16)
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.RIGHT); p.paragraph_format.right_indent = Pt(64)
        font(p.add_run(date), FS, 16)

    def banji(self, cc, printer, pdate):
        self.blank(1)
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.LEFT, size=14)
        p.paragraph_format.left_indent = Pt(14); p.paragraph_format.right_indent = Pt(14)
        border(p, "top", "000000", 8); border(p, "bottom", "000000", 4)
        font(p.add_run(cc), FS, 14)
        p.paragraph_format.keep_with_next = True
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.LEFT, size=14)
        p.paragraph_format.left_indent = Pt(14); p.paragraph_format.right_indent = Pt(14)
        border(p, "bottom", "000000", 8)
        font(p.add_run(printer + "\u3000" * 2 + pdate), FS, 14)

    def save(self, path):
        if self.footnotes:
            self._write_footnotes()
        self.d.save(path)

    def _write_footnotes(self):
        W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        items = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
        ]
        for fid, text in self.footnotes:
            rpr = '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="24"/></w:rPr>'
            items.append(
                f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:jc w:val="both"/></w:pPr>'
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="24"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r>{rpr}<w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>')
        xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>' + "".join(items) + "</w:footnotes>"
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.d.part.package)
        self.d.part.relate_to(part, RT.FOOTNOTES)


def cell_text(cell, text, name=FS, size=14, align=WD_ALIGN_PARAGRAPH.LEFT, bold=False):
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i: p = cell.add_paragraph()
        fmt(p, align, size=size, exact=size * 1.45)
        if ln: font(p.add_run(ln), name, size, bold)


def set_widths(table, widths_mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_mm):
            c.width = Mm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)


def convert(docx):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, docx],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def heading(doc, text, level, name=HT, size=16, align=WD_ALIGN_PARAGRAPH.LEFT):
    """A real Word heading style (Heading N) dressed in the official fonts."""
    p = doc.d.add_paragraph(style="Heading %d" % level)
    fmt(p, align, 0, size, before=6, after=6)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text); font(r, name, size, bold=False, color=RGBColor(0, 0, 0))
    r.font.italic = False
    return p


def boldpara(doc, text, name=FS, size=16, indent=0):
    """A heading typed as a plain Normal paragraph in bold."""
    p = doc.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent, size, before=6)
    font(p.add_run(text), name, size, bold=True)
    return p


def table(doc, header, rows, widths):
    t = doc.d.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, 12, WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0])
    for r, row in enumerate(rows, 1):
        for i, v in enumerate(row):
            cell_text(t.rows[r].cells[i], v, FS, 12, WD_ALIGN_PARAGRAPH.CENTER if i else WD_ALIGN_PARAGRAPH.LEFT)
    set_widths(t, widths)
    return t


def caption(doc, text):
    p = doc.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, size=14, before=6)
    font(p.add_run(text), HT, 14)


def rowclause(header, row):
    return "；".join(f"{h}：{v}" for h, v in zip(header, row))


# ============================================================ (a) 新疆 国别指南
A_TITLE = "新疆维吾尔自治区商务厅关于印发《对外投资合作国别指南（哈萨克斯坦）（2024年版）》的通知"
A_COVER = [
    "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，服务自治区企业有序开展对哈萨克斯坦投资合作，防范化解境外投资风险，自治区商务厅组织编写了《对外投资合作国别指南（哈萨克斯坦）（2024年版）》，现将节选部分印发给你们，请结合实际认真做好宣传推广工作。",
    "各地在使用中发现的问题，请及时反馈自治区商务厅对外投资和经济合作处（联系电话：0991-2856173）。",
]
A_TAB_H = ["指标", "2021年", "2022年", "2023年"]
A_TAB = [
    ["国内生产总值（亿美元）", "1978", "2253", "2614"],
    ["实际GDP增速（%）", "4.1", "3.3", "5.1"],
    ["人均GDP（美元）", "10374", "11492", "13136"],
    ["通货膨胀率（%）", "8.4", "20.3", "9.8"],
    ["吸收外国直接投资流量（亿美元）", "236", "281", "259"],
]
# (label, kind, text) for the guide; kind: h = heading (not a clause), p = clause
A_GUIDE = [
    ("第1章 国家概况", "H1", None),
    ("1.1 地理与人口", "H2", None),
    ("1.1.1 地理位置", "H3", None),
    ("1.1.1", "p", "哈萨克斯坦位于亚洲中部，是世界上最大的内陆国，国土面积272.49万平方公里，东南与中国新疆接壤，两国边界线长约1783公里，霍尔果斯、阿拉山口、巴克图、吉木乃、都拉塔等口岸常年开放。"),
    ("1.1.2 人口与民族", "H3", None),
    ("1.1.2", "p", "截至2024年1月，哈萨克斯坦总人口约2003万人，共有130多个民族，其中哈萨克族约占70.4%，俄罗斯族约占15.5%。首都为阿斯塔纳，最大城市为阿拉木图。"),
    ("1.2 投资环境", "H2", None),
    ("1.2.1 宏观经济", "H3", None),
    ("1.2.1", "p", "近年来，哈萨克斯坦经济保持恢复性增长，能源、矿产、农业和过境运输是其支柱产业。主要经济指标见表1-1。"),
    ("表1-1 主要经济指标", "cap", None),
    ("表1-1", "table", None),
    ("1.2.1", "p", "资料来源：哈萨克斯坦国家统计局，2021—2023年数据经本指南编写组整理。"),
    ("1.2.2 投资吸引力", "H3", None),
    ("1.2.2", "p", "从投资环境的吸引力角度看，哈萨克斯坦具有以下优势："),
    ("1.2.2（1）", "p", "（1）地处欧亚大陆腹地，是中欧班列和跨里海国际运输走廊的重要通道，区位优势明显；"),
    ("1.2.2（2）", "p", "（2）石油、天然气、铀、铬、钨等资源储量丰富，能源矿产合作基础扎实；"),
    ("1.2.2（3）", "p", "（3）设有13个经济特区和25个工业园区，入区企业可享受企业所得税、土地税和财产税减免。"),
    ("1.3 中哈经贸合作", "B", None),  # plain bold, same "1.3 title" typing
    ("1.3", "p", "2023年中哈双边贸易额达410.2亿美元，同比增长32%。中国是哈萨克斯坦第一大贸易伙伴国和主要投资来源国，截至2023年末，中国对哈直接投资存量约96.5亿美元。"),
    ("2 法律法规", "B", None),  # bare number, no dot, plain bold
    ("2.1 投资主管部门", "B", None),
    ("2.1", "p", "哈萨克斯坦外交部投资委员会负责投资政策的制定和协调，哈萨克斯坦投资公司（Kazakh Invest）为外国投资者提供“一站式”服务。"),
    ("2.2 投资行业的规定", "B", None),
    ("2.2.1 禁止和限制领域", "B", None),
    ("2.2.1", "p", "外国投资者不得在涉及国家安全的领域设立控股企业；在电信、大众传媒、航空运输等领域，外资持股比例受到限制。"),
    ("2.2.2 投资优惠", "B", None),
    ("2.2.2", "p", "1.5亿美元以上的优先投资项目，可与投资委员会签订投资协议，享受最长10年的企业所得税减免和进口设备关税豁免。"),
    ("2.2.2", "p", "企业申请优惠时，应提交以下材料："),
    ("2.2.2（1）", "p", "（1）投资项目商业计划书；"),
    ("2.2.2（2）", "p", "（2）企业注册证明及股东结构说明；"),
    ("2.2.2（3）", "p", "（3）设备进口清单及其海关编码。"),
    ("2.3 劳工规定", "B", None),
    ("2.3", "p", "外国企业雇用外籍员工须申请劳务配额，外籍员工与当地员工比例一般不得超过1:9；违反规定的，将被处以罚款并可能被驱逐出境。"),
]


def build_a(path):
    doc = Doc()
    doc.masthead("新疆维吾尔自治区商务厅文件", 34, "新商外经发〔2024〕38号")
    doc.title(A_TITLE)
    p = doc.plain("各地、州、市商务主管部门，自治区有关企业：", indent=0)
    for t in A_COVER: doc.plain(t)
    doc.blank()
    doc.plain("附件：对外投资合作国别指南（哈萨克斯坦）（2024年版）（节选）", indent=2)
    doc.sign("新疆维吾尔自治区商务厅", "2024年9月12日")
    doc.blank()
    doc.plain("（此件公开发布）", indent=2)
    # attachment
    doc.plain("附件", name=HT, indent=0, align=WD_ALIGN_PARAGRAPH.LEFT, pagebreak=True)
    doc.blank()
    p = doc.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    font(p.add_run("对外投资合作国别指南（哈萨克斯坦）"), XBS, 22)
    p = doc.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, exact=30)
    font(p.add_run("（2024年版）（节选）"), KT, 16)
    doc.blank()
    for lab, kind, text in A_GUIDE:
        if kind == "H1": heading(doc, lab, 1, HT, 16, WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "H2": heading(doc, lab, 2, KT, 16)
        elif kind == "H3": heading(doc, lab, 3, FS, 16)
        elif kind == "B": boldpara(doc, lab, HT if "." not in lab.split()[0] else FS)
        elif kind == "cap": caption(doc, lab)
        elif kind == "table": table(doc, A_TAB_H, A_TAB, [62, 30, 30, 30])
        else:
            doc.plain(text, size=14 if text.startswith("资料来源") else 16)
    doc.banji("抄送：商务部对外投资和经济合作司，自治区外事办公室，中国出口信用保险公司新疆分公司。",
              "新疆维吾尔自治区商务厅办公室", "2024年9月13日印发")
    doc.save(path)


def expected_a():
    labels, clauses = [], []
    for t in A_COVER:
        labels.append(None); clauses.append(t)
    for lab, kind, text in A_GUIDE:
        if kind == "p":
            labels.append(lab); clauses.append(text)
        elif kind == "table":
            for row in A_TAB:
                labels.append("表1-1"); clauses.append(rowclause(A_TAB_H, row))
    return [{
        "meta": {"title": A_TITLE, "doc_number": "新商外经发〔2024〕38号", "issuer": ["新疆维吾尔自治区商务厅"],
                 "date": "2024-09-12", "level": "provincial", "region": "新疆维吾尔自治区", "effective": None, "expires": None,
                 "attachments": ["对外投资合作国别指南（哈萨克斯坦）（2024年版）（节选）"], "addressees": ["各地、州、市商务主管部门", "自治区有关企业"],
                 "cc": ["商务部对外投资和经济合作司", "自治区外事办公室", "中国出口信用保险公司新疆分公司"], "printed": "2024-09-13"},
        "clauses": clauses, "labels": labels,
        "_note": "Furniture: 版头 '新疆维吾尔自治区商务厅文件', 文号 line, 主送, 附件说明 line, 落款/date, （此件公开发布）, the '附件' marker and the guide's "
                 "own title/'（2024年版）（节选）' line, headings themselves (第1章…, 1.1 地理与人口, 2 法律法规, 2.2.1 禁止和限制领域 — they are labels, not clauses), "
                 "table caption 表1-1, 版记 (抄送/印发), footer '— N —'. Chapter 1 headings are Word Heading 1/2/3 styles; 1.3 and the whole of chapter 2 "
                 "are plain bold paragraphs, and chapter 2 is typed '2 法律法规' (bare number) — both must yield the same kind of labels. Traps: the "
                 "paragraph under 2.2.2 starts with '1.5亿美元' (not a heading '1.5'); '1:9' ratio; （1）items must be labelled under their parent "
                 "(1.2.2（1） vs 2.2.2（1）, two different lists). Tolerable: lead-in '…具有以下优势：' merged with its items; 资料来源 line attached to the "
                 "table; heading text kept in the label ('1.1.1 地理位置'); the attachment split off as its own document if its clauses keep their labels; "
                 "cover-letter paragraphs unlabeled or labelled by ordinal.",
    }]


# ============================================================ (b) 黑龙江 企业开办指南
B_TITLE = "中国（黑龙江）自由贸易试验区哈尔滨片区企业开办指南（2024年版）"
B_STEP_H = ["办理事项", "承诺时限", "收费标准"]
B_TAB = [["设立登记", "0.5个工作日", "免费"], ["公章刻制", "0.5个工作日", "免费（首套）"], ["申领发票", "即时办结", "免费"],
         ["社保与公积金登记", "即时办结", "免费"]]
# (label, kind, text); kinds: P1 = part heading (Heading 1 style), S = step heading bold run-in, p = clause
B_BODY = [
    (None, "p", "为进一步优化营商环境，深化“证照分离”改革，持续提升企业开办便利度，根据《中国（黑龙江）自由贸易试验区条例》和国家、省有关规定，结合哈尔滨片区实际，制定本指南。"),
    ("一、适用范围", "P1", None),
    ("一", "p", "本指南适用于在哈尔滨片区（含哈尔滨新区江北一体发展区）申请设立的有限责任公司、股份有限公司、个人独资企业、合伙企业及其分支机构。外商投资企业参照执行，涉及负面清单事项的按有关规定办理。"),
    ("二、网上办理流程", "P1", None),
    ("二", "p", "申请人可通过黑龙江省企业开办“一网通办”平台全程网上办理，主要步骤如下。"),
    ("二/步骤1", "S", ("步骤1　名称自主申报。", "申请人登录平台，选择“名称自主申报”，按“行政区划＋字号＋行业＋组织形式”的规则拟定名称。")),
    ("二/步骤1/1)", "p", "1) 系统自动比对，提示名称是否与在先名称相同或近似；"),
    ("二/步骤1/2)", "p", "2) 申请人确认名称后，系统即时生成名称申报承诺书。"),
    ("二/步骤2", "S", ("步骤2　填报设立登记信息。", "申请人在线填写企业基本信息、股东出资、经营范围和人员信息，上传住所使用证明。")),
    ("二/步骤2/1)", "p", "1) 经营范围应从国家规范表述目录中勾选；"),
    ("二/步骤2/2)", "p", "2) 住所使用“一址多照”或集群注册的，应选择片区公布的集中登记地址；"),
    ("二/步骤2/3)", "p", "3) 全体股东及法定代表人须完成实名认证和电子签名。"),
    ("二/步骤3", "S", ("步骤3　同步办理公章刻制、涉税事项和社保登记。", "提交设立登记申请时，勾选公章刻制、发票申领、社保登记和住房公积金缴存登记，相关部门并联审批。")),
    ("二/步骤4", "S", ("步骤4　领取营业执照和公章。", "审核通过后，申请人可下载电子营业执照，或选择免费邮寄纸质营业执照和首套公章（含企业公章、财务专用章、发票专用章、合同专用章和法定代表人名章）。")),
    ("三、窗口办理流程", "P1", None),
    ("三", "p", "不具备网上办理条件的，可到哈尔滨片区政务服务中心（哈尔滨市松北区世茂大道99号）企业开办专区办理。"),
    ("三/步骤1", "S", ("步骤1　取号。", "申请人携带身份证件到企业开办专区取号，或通过“哈尔滨片区政务服务”微信公众号预约。")),
    ("三/步骤2", "S", ("步骤2　帮办代办。", "窗口工作人员协助申请人完成名称申报和信息填报。")),
    ("三/步骤2/1)", "p", "1) 外籍申请人可申请英语、俄语帮办服务；"),
    ("三/步骤2/2)", "p", "2) 委托代理人办理的，应提交授权委托书及代理人身份证件。"),
    ("三/步骤3", "S", ("步骤3　一窗领取。", "在“企业开办综合窗口”一次性领取营业执照、公章、发票和税控设备。")),
    ("四、办理时限和收费", "P1", None),
    ("四", "p", "企业开办全流程办理时间压缩至1个工作日以内，各环节时限和收费见下表。"),
    ("四", "table", None),
    ("五、其他事项", "P1", None),
    ("五", "p", "本指南由哈尔滨片区管理委员会负责解释，自2024年11月1日起施行，有效期5年。《哈尔滨片区企业开办服务指引》（哈自贸管发〔2021〕9号）同时废止。"),
]


def build_b(path):
    doc = Doc()
    doc.masthead("中国（黑龙江）自由贸易试验区\n哈尔滨片区管理委员会", 26, "哈自贸管发〔2024〕12号")
    doc.title(B_TITLE)
    for lab, kind, text in B_BODY:
        if kind == "P1": heading(doc, lab, 1, HT, 16)
        elif kind == "S":
            doc.run_in(text[0], FS, text[1])
        elif kind == "table": table(doc, B_STEP_H, B_TAB, [60, 45, 45])
        else: doc.plain(text)
    doc.blank()
    doc.sign("中国（黑龙江）自由贸易试验区哈尔滨片区管理委员会", "2024年10月15日")
    doc.blank()
    doc.plain("（此件公开发布）", indent=2)
    doc.banji("抄送：黑龙江省自由贸易试验区工作领导小组办公室，哈尔滨市市场监督管理局、国家税务总局哈尔滨市税务局、哈尔滨市人力资源和社会保障局。",
              "哈尔滨片区管理委员会综合办公室", "2024年10月16日印发")
    doc.save(path)


def expected_b():
    labels, clauses = [], []
    for lab, kind, text in B_BODY:
        if kind == "P1": continue
        if kind == "S":
            labels.append(lab); clauses.append(text[0] + text[1])
        elif kind == "table":
            for row in B_TAB:
                labels.append("四"); clauses.append(rowclause(B_STEP_H, row))
        else:
            labels.append(lab); clauses.append(text)
    return [{
        "meta": {"title": B_TITLE, "doc_number": "哈自贸管发〔2024〕12号",
                 "issuer": ["中国（黑龙江）自由贸易试验区哈尔滨片区管理委员会"], "date": "2024-10-15", "level": "municipal",
                 "region": "黑龙江省哈尔滨市（中国（黑龙江）自由贸易试验区哈尔滨片区）", "effective": "2024-11-01", "expires": "2029-10-31",
                 "attachments": [], "repeals": ["哈自贸管发〔2021〕9号"],
                 "cc": ["黑龙江省自由贸易试验区工作领导小组办公室", "哈尔滨市市场监督管理局", "国家税务总局哈尔滨市税务局", "哈尔滨市人力资源和社会保障局"],
                 "printed": "2024-10-16"},
        "clauses": clauses, "labels": labels,
        "_note": "Furniture: two-line 版头 (no '文件' suffix), 文号, 落款/date, （此件公开发布）, 版记, footer '— N —'. No 主送 (a guide issued directly). "
                 "Part headings 一、…五、 are Word Heading 1 style; 步骤N are bold run-in heads (step title + full-width space + text in one paragraph) and "
                 "step numbering RESTARTS in 三、 (三/步骤1 ≠ 二/步骤1) — a label that only says '步骤1' twice is ambiguous (medium). Sub-steps '1)' (half-width "
                 "paren, no opening paren) belong under their step. Labels written here as 二/步骤1/1); any unambiguous form is fine ('二、步骤1（1）' etc.). "
                 "Trap: '0.5个工作日' in table cells; '1个工作日' in body. Tolerable: the intro paragraph unlabeled; step heading split from its text if the text "
                 "keeps the step label. effective 2024-11-01 from 五; expires 2029-10-31 (有效期5年) — 2029-11-01 tolerable. Level: 片区管委会 is municipal-level "
                 "(county tolerable, provincial wrong).",
    }]


def main():
    exp = {}
    for stem, build, expf in (("blind99_新疆_国别指南", build_a, expected_a), ("blind99_黑龙江_企业开办指南", build_b, expected_b)):
        path = os.path.join(HERE, stem + ".docx")
        build(path)
        convert(path)
        exp[stem] = expf()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
