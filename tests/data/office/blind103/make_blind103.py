# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 103: everyday 公文 of county-level offices (县级市 / 市辖区) on 一带一路 trade.

(a) 瑞丽市人民政府办公室 瑞政办发〔2024〕58号 通知 — 县级市 (德宏州) supporting 瑞丽边境经济合作区 / 畹町经济开发区;
    items naming 乡镇 (弄岛镇、姐相乡、户育乡、勐卯镇、畹町镇), 口岸 (瑞丽口岸/姐告, 畹町口岸) and 园区 inside sentences;
    联系人 line; 有效期2年; 附件 项目清单 table; 版记.
(b) 青岛市黄岛区商务局 青岛市黄岛区财政局 青黄商发〔2024〕21号 joint 印发 实施细则: joint 版头 (borderless table,
    '文件' at the right), 第一条…第十二条 with a 补助标准 table (vertically merged 上限 cell), 综保区/自贸片区/镇 clauses,
    "本细则由区商务局负责解释", 施行 2025-01-01 ≠ 成文日期, 有效期至2026-12-31, 废止 an older 办法.
(c) 中共东兴市委办公室 东兴市人民政府办公室 东办发〔2024〕19号 joint 工作方案 with a 任务分工 table.

Writes blind103_*.docx, the LibreOffice PDF of each, and expected.json next to itself.
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




def table(doc, header, rows, widths):
    t = doc.d.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, 12, WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0])
    for r, row in enumerate(rows, 1):
        for i, v in enumerate(row):
            cell_text(t.rows[r].cells[i], v, FS, 12, WD_ALIGN_PARAGRAPH.CENTER if i != 1 or len(header) < 5 else WD_ALIGN_PARAGRAPH.LEFT)
    set_widths(t, widths)
    return t




# ============================================================ extra furniture for county offices
def nb_table(doc, rows, cols):
    t = doc.d.add_table(rows=rows, cols=cols)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)
    return t


def joint_masthead(doc, orgs, docno, size=30):
    """Joint 版头: organ names stacked on the left, '文件' on the right, vertically centred (a borderless table)."""
    fmt(doc.d.add_paragraph(), exact=12)
    t = nb_table(doc, 1, 2)
    left, right = t.rows[0].cells
    for i, o in enumerate(orgs):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, exact=size * 1.25)
        font(p.add_run(o), XBS, size, color=RED)
    right.vertical_alignment = 1
    tcPr = right._tc.get_or_add_tcPr(); va = OxmlElement("w:vAlign"); va.set(qn("w:val"), "center"); tcPr.append(va)
    p = right.paragraphs[0]; fmt(p, WD_ALIGN_PARAGRAPH.CENTER, exact=size * 1.3)
    font(p.add_run("文件"), XBS, size + 6, color=RED)
    set_widths(t, [120, 36])
    fmt(doc.d.add_paragraph(), exact=28.9)
    p = doc.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, after=6)
    font(p.add_run(docno), FS, 16)
    border(p, "bottom", "FF0000", 18)
    fmt(doc.d.add_paragraph(), exact=28.9)


def joint_sign(doc, orgs, date):
    """联合行文落款: organ names side by side (borderless table), date centred under them."""
    doc.blank(1)
    t = nb_table(doc, 1, len(orgs))
    for c, o in zip(t.rows[0].cells, orgs):
        p = c.paragraphs[0]; fmt(p, WD_ALIGN_PARAGRAPH.CENTER)
        font(p.add_run(o), FS, 16)
    set_widths(t, [78, 78])
    p = doc.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.RIGHT); p.paragraph_format.right_indent = Pt(64)
    font(p.add_run(date), FS, 16)


def vmerge(t, col, r0, r1):
    for r in range(r0, r1 + 1):
        for p in t.cell(r, col).paragraphs:
            for run in list(p.runs): run._r.getparent().remove(run._r)
    a = t.cell(r0, col); b = t.cell(r1, col)
    m = a.merge(b)
    for p in m.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    return m


def rowclause(header, row):
    return "；".join(f"{h}：{v}" for h, v in zip(header, row))


def render(doc, ops):
    """ops: ('h1', text) 黑体 heading; ('h2', text) 楷体 heading alone; ('ri', head, body) run-in (楷体/仿宋加粗 head);
    ('p', text); ('tab', caption, header, rows, widths, merges)."""
    for op in ops:
        k = op[0]
        if k == "h1": doc.plain(op[1], HT, indent=2)
        elif k == "h2": doc.plain(op[1], KT, indent=2)
        elif k == "art":  # 第X条 in 黑体 followed by body
            doc.run_in(op[1] + "\u3000", HT, op[2])
        elif k == "ri": doc.run_in(op[1], KT if op[1].startswith("（") else FS, op[2])
        elif k == "p": doc.plain(op[1])
        elif k == "tab":
            _, cap, header, rows, widths, merges = op
            p = doc.plain(cap, HT, indent=0, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
            t = table(doc, header, rows, widths)
            for col, r0, r1 in merges:
                m = vmerge(t, col, r0, r1)
                cell_text(m, rows[r0 - 1][col], FS, 12, WD_ALIGN_PARAGRAPH.CENTER)
            fmt(doc.d.add_paragraph(), exact=14)


def clauses_of(ops):
    out = []
    for op in ops:
        k = op[0]
        if k in ("h1", "h2"): continue
        if k == "art": out.append(op[1] + "\u3000" + op[2] if op[2] else op[1])
        elif k == "ri": out.append(op[1] + op[2])
        elif k == "p": out.append(op[1])
        elif k == "tab":
            out += [rowclause(op[2], r) for r in op[3]]
    return out


# ============================================================ (a) 瑞丽市人民政府办公室 通知
A_TITLE = "瑞丽市人民政府办公室关于支持瑞丽边境经济合作区和畹町经济开发区提升开放平台功能服务共建“一带一路”的通知"
A_NO = "瑞政办发〔2024〕58号"
A_MAIN = "各乡、镇人民政府，市直各委、办、局，瑞丽边境经济合作区管委会，畹町经济开发区管委会："
A_OPS = [
    ("p", "为深入贯彻落实党中央、国务院关于推进共建“一带一路”高质量发展的决策部署，加快中国（云南）自由贸易试验区德宏片区和瑞丽国家重点开发开放试验区建设，推动瑞丽边境经济合作区、畹町经济开发区提质升级，更好发挥我市面向缅甸和南亚东南亚开放前沿作用，经市人民政府同意，现就有关事项通知如下。"),
    ("h1", "一、提升口岸通关便利化水平"),
    ("ri", "（一）推进瑞丽口岸智慧化改造。", "依托姐告货运通道，2024年12月底前在瑞丽口岸建成进出境货车“一站式”智能查验平台，进口货物平均通关时间压缩至1.5小时以内，出口货物压缩至0.5小时以内。"),
    ("ri", "（二）提升畹町口岸通行能力。", "支持畹町镇加快畹町口岸货运专用通道及查验场地建设，力争2025年6月底前具备24小时通关条件；对在畹町口岸新开通中缅国际道路运输线路的物流企业，每条线路一次性补助20万元。"),
    ("h1", "二、增强园区产业承载能力"),
    ("ri", "（一）支持加工贸易向边合区集聚。", "对新入驻瑞丽边境经济合作区姐告边境贸易区片区、年加工贸易进出口额达到1000万元以上的企业，按其厂房租金的50%给予补助，每家企业每年最高不超过80万元，补助期限不超过3年。"),
    ("ri", "（二）建设进口资源加工园。", "在畹町经济开发区规划建设进口资源加工园，重点发展木材、农产品和矿产品精深加工，园区内标准厂房由畹町经济开发区管委会统一建设、统一招租；对利用进口原料加工的企业，按加工增值额的3%给予奖励。"),
    ("ri", "（三）推动姐告商贸服务提档。", "支持勐卯镇、姐告边境贸易区发展跨境电商、保税展示交易和国际物流，对在姐告边境贸易区新设立的跨境电商企业，年进出口额首次超过500万元的，给予一次性奖励10万元。"),
    ("h1", "三、扩大边民互市贸易规模"),
    ("ri", "（一）布局互市商品落地加工点。", "在弄岛镇、姐相乡、户育乡沿边一线各设立1个互市商品落地加工点，由所在乡（镇）人民政府负责选址和组织边民互助组，市商务局负责业务指导。"),
    ("ri", "（二）规范边民互助组运行。", "各边境乡（镇）要建立边民互助组名册，实行“一组一档”管理，互助组参与落地加工的交易量每年不低于全市互市进口总量的30%。"),
    ("h1", "四、强化保障措施"),
    ("ri", "（一）加强资金保障。", "市财政每年统筹安排开放平台发展专项资金3000万元，用于本通知所列补助和奖励事项，具体申报办法由市商务局会同市财政局另行制定。"),
    ("ri", "（二）压实工作责任。", "各乡（镇）、各部门要明确分管领导和具体经办人员，于每季度末次月10日前向市商务局报送工作进展。"),
    ("p", "本通知自印发之日起施行，有效期2年。"),
    ("p", "联系人：瑞丽市商务局　杨春燕，联系电话：0692-4142315；瑞丽市财政局　段志明，联系电话：0692-4148720。"),
]
A_ATT_TITLE = "瑞丽市开放平台2024—2025年重点建设项目清单"
A_ATT_HEAD = ["序号", "项目名称", "建设地点", "建设内容", "责任单位"]
A_ATT_ROWS = [
    ["1", "瑞丽口岸智能查验平台", "姐告边境贸易区", "货车智能卡口、集中查验场及信息化系统", "市商务局、姐告边境贸易区管委会"],
    ["2", "畹町口岸货运专用通道", "畹町镇", "货运通道2.3公里及查验场地4.5万平方米", "畹町经济开发区管委会"],
    ["3", "进口资源加工园标准厂房（一期）", "畹町经济开发区", "标准厂房12万平方米及配套设施", "畹町经济开发区管委会"],
    ["4", "弄岛互市商品落地加工点", "弄岛镇", "加工车间及冷链仓储1.2万平方米", "弄岛镇人民政府"],
]


def build_a(path):
    doc = Doc()
    doc.masthead("瑞丽市人民政府办公室文件", 30, A_NO)
    doc.title("瑞丽市人民政府办公室\n关于支持瑞丽边境经济合作区和畹町经济开发区提升开放平台功能服务共建“一带一路”的通知".replace("\n", ""))
    doc.plain(A_MAIN, indent=0)
    render(doc, A_OPS)
    doc.blank(1)
    p = doc.plain("附件：" + A_ATT_TITLE, indent=2)
    doc.sign("瑞丽市人民政府办公室", "2024年9月12日")
    doc.blank(1)
    doc.plain("（此件公开发布）", indent=2)
    # 附件
    doc.plain("附件", HT, indent=0, align=WD_ALIGN_PARAGRAPH.LEFT, pagebreak=True)
    doc.blank(1)
    doc.title(A_ATT_TITLE)
    table(doc, A_ATT_HEAD, A_ATT_ROWS, [12, 40, 28, 46, 34])
    doc.banji("抄送：州商务局，州财政局。市委办公室，市人大常委会办公室，市政协办公室。", "瑞丽市人民政府办公室", "2024年9月12日印发")
    doc.save(path)


def expected_a():
    return [{
        "meta": {"title": A_TITLE, "doc_number": A_NO, "issuer": ["瑞丽市人民政府办公室"], "date": "2024-09-12",
                 "level": "county", "region": "瑞丽市（云南省德宏傣族景颇族自治州，县级市）",
                 "effective": "2024-09-12", "expires": "2026-09-11", "attachments": [A_ATT_TITLE],
                 "addressees": ["各乡、镇人民政府", "市直各委、办、局", "瑞丽边境经济合作区管委会", "畹町经济开发区管委会"],
                 "cc": ["州商务局", "州财政局", "市委办公室", "市人大常委会办公室", "市政协办公室"],
                 "printed_by": "瑞丽市人民政府办公室", "printed": "2024-09-12", "remarks": "（此件公开发布）"},
        "clauses": clauses_of(A_OPS) + [rowclause(A_ATT_HEAD, r) for r in A_ATT_ROWS],
        "applies_to": {
            "default": ["瑞丽市"],
            "一（一）推进瑞丽口岸智慧化改造": ["瑞丽口岸（姐告）", "姐告边境贸易区"],
            "一（二）提升畹町口岸通行能力": ["畹町口岸", "畹町镇"],
            "二（一）支持加工贸易向边合区集聚": ["瑞丽边境经济合作区姐告边境贸易区片区"],
            "二（二）建设进口资源加工园": ["畹町经济开发区"],
            "二（三）推动姐告商贸服务提档": ["勐卯镇", "姐告边境贸易区"],
            "三（一）布局互市商品落地加工点": ["弄岛镇", "姐相乡", "户育乡"],
            "三（二）规范边民互助组运行": ["瑞丽市各边境乡（镇）"],
            "附件 rows": ["each row's 建设地点: 姐告边境贸易区 / 畹町镇 / 畹町经济开发区 / 弄岛镇"],
            "never": ["德宏傣族景颇族自治州 as a whole", "云南省", "中国（云南）自由贸易试验区德宏片区 as the scope of the whole notice", "缅甸"],
        },
        "_note": "County level: 瑞丽市 is a 县级市 of 德宏州, so '市人民政府办公室' / '市直各委办局' / '市财政' are county-level — level must be county, not municipal; region 瑞丽市 (not 德宏州, not 云南省; the opening sentence names 自贸试验区德宏片区 and '面向缅甸和南亚东南亚' — background, not the scope). Furniture: 版头 '瑞丽市人民政府办公室文件', 文号, red rule, 主送, 附件说明, 落款/date, （此件公开发布）, the '附件' marker and the attachment's own title, 版记 (抄送 line and '瑞丽市人民政府办公室　2024年9月12日印发'), footer '— N —'. Headings 一、…四、 are labels, not clauses. （一）… restart under each 一/二/三/四; the run-in heads '（一）推进瑞丽口岸智慧化改造。' belong to their clause. '本通知自印发之日起施行，有效期2年' → effective 2024-09-12, expires 2026-09-11 (2026-09-12 tolerable); a deadline '2024年12月底前'/'2025年6月底前' is not an expiry. The 联系人 line is tolerable as its own clause or attached to 四（二）, but must not be lost nor taken for 落款. 附件 table rows may be labelled by the attachment or split off as a second document."
    }]


# ============================================================ (b) 青岛市黄岛区商务局 黄岛区财政局 实施细则
B_ORGS = ["青岛市黄岛区商务局", "青岛市黄岛区财政局"]
B_NO = "青黄商发〔2024〕21号"
B_RULE = "黄岛区促进跨境电子商务和对共建“一带一路”国家贸易发展实施细则"
B_TITLE = "青岛市黄岛区商务局　青岛市黄岛区财政局关于印发《" + B_RULE + "》的通知"
B_MAIN = "各镇人民政府、街道办事处，区直各有关部门，各功能区管委："
B_COVER = [("p", "为贯彻落实《青岛市推动共建“一带一路”高质量发展若干措施》，加快培育外贸新业态新模式，经区政府同意，现将《" + B_RULE + "》印发给你们，请认真贯彻执行。")]
B_HEAD = ["档次", "年度跨境电商进出口额", "奖励标准", "单个企业年度奖励上限"]
B_ROWS = [
    ["第一档", "1000万元（含）至5000万元", "按进出口额的0.5%给予奖励", "200万元"],
    ["第二档", "5000万元（含）至1亿元", "按进出口额的0.8%给予奖励", "200万元"],
    ["第三档", "1亿元（含）以上", "按进出口额的1%给予奖励", "200万元"],
]
B_OPS = [
    ("art", "第一条", "为加快发展跨境电子商务，扩大与共建“一带一路”国家贸易规模，推动青岛西海岸新区高水平对外开放，根据《青岛市推动共建“一带一路”高质量发展若干措施》等文件精神，结合我区实际，制定本细则。"),
    ("art", "第二条", "本细则适用于在黄岛区（青岛西海岸新区）依法注册登记、具有独立法人资格、财政收入级次在本区的外贸企业、跨境电商企业及相关服务企业。"),
    ("art", "第三条", "跨境电商进出口奖励。对年度跨境电商进出口额达到1000万元以上的企业，按照下表标准给予奖励："),
    ("tab", "跨境电商进出口奖励标准", B_HEAD, B_ROWS, [24, 50, 48, 34], [(3, 1, 3)]),
    ("art", "第四条", "海外仓建设补助。对企业在共建“一带一路”国家新建或租赁、面积在2000平方米以上并实际运营的海外仓，按实际投资额或年租金的20%给予补助，单个海外仓最高不超过100万元。"),
    ("art", "第五条", "综合保税区新业态支持。对在青岛前湾综合保税区、青岛西海岸综合保税区内开展保税维修、保税研发、跨境电商“1210”保税备货业务的企业，按年度业务额的1%给予奖励，单个企业最高不超过150万元。"),
    ("art", "第六条", "制度创新激励。对中国（山东）自由贸易试验区青岛片区内企业参与形成、经省级以上部门复制推广的贸易便利化创新案例，每个案例给予牵头企业一次性奖励20万元。"),
    ("art", "第七条", "镇域外贸培育。对注册地在王台镇、六汪镇、宝山镇、大村镇、海青镇，且首次实现对共建“一带一路”国家进出口额超过300万元的企业，给予一次性奖励15万元。"),
    ("art", "第八条", "申报程序：\n（一）企业于每年3月31日前通过“区商务局政策兑现平台”提交上年度申报材料；\n（二）各镇（街道）、功能区管委负责初审，区商务局会同区财政局组织复审并公示5个工作日；\n（三）公示无异议的，由区财政局按规定拨付资金。"),
    ("art", "第九条", "同一企业同一项目符合本区其他同类扶持政策的，按照“从高不重复”原则执行；单个企业年度享受本细则奖励补助总额不超过300万元。"),
    ("art", "第十条", "企业以虚报、冒领等手段骗取奖补资金的，由区财政局追回已拨付资金，三年内取消其申报资格，并依法依规追究相关责任。"),
    ("art", "第十一条", "本细则由区商务局负责解释。"),
    ("art", "第十二条", "本细则自2025年1月1日起施行，有效期至2026年12月31日。《黄岛区跨境电子商务发展扶持办法》（青黄商发〔2022〕9号）同时废止。"),
]


def build_b(path):
    doc = Doc()
    joint_masthead(doc, B_ORGS, B_NO)
    doc.title(B_TITLE.replace("　", ""))
    doc.plain(B_MAIN, indent=0)
    render(doc, B_COVER)
    joint_sign(doc, B_ORGS, "2024年11月5日")
    doc.blank(1)
    doc.plain("（此件公开发布）", indent=2)
    doc.title(B_RULE, pagebreak=True)
    for op in B_OPS:
        if op[0] == "art" and "\n" in op[2]:
            first, *rest = op[2].split("\n")
            doc.run_in(op[1] + "\u3000", HT, first)
            for r in rest: doc.plain(r)
        else:
            render(doc, [op])
    doc.banji("抄送：区委办公室，区人大常委会办公室，区政府办公室，区政协办公室，青岛市商务局，青岛市财政局。", "青岛市黄岛区商务局办公室", "2024年11月6日印发")
    doc.save(path)


def expected_b():
    cl = clauses_of(B_COVER)
    for op in B_OPS:
        if op[0] == "art" and "\n" in op[2]:
            first, *rest = op[2].split("\n")
            cl.append(op[1] + "\u3000" + first); cl += rest
        else:
            cl += clauses_of([op])
    return [{
        "meta": {"title": B_TITLE, "doc_number": B_NO, "issuer": B_ORGS, "date": "2024-11-05",
                 "level": "county", "region": "青岛市黄岛区（青岛西海岸新区），山东省青岛市",
                 "effective": "2025-01-01", "expires": "2026-12-31", "attachments": [],
                 "repeals": ["《黄岛区跨境电子商务发展扶持办法》（青黄商发〔2022〕9号）"],
                 "interpreted_by": "区商务局（青岛市黄岛区商务局）",
                 "addressees": ["各镇人民政府、街道办事处", "区直各有关部门", "各功能区管委"],
                 "cc": ["区委办公室", "区人大常委会办公室", "区政府办公室", "区政协办公室", "青岛市商务局", "青岛市财政局"],
                 "printed_by": "青岛市黄岛区商务局办公室", "printed": "2024-11-06", "remarks": "（此件公开发布）"},
        "clauses": cl,
        "applies_to": {
            "default": ["青岛市黄岛区"],
            "第五条": ["青岛前湾综合保税区", "青岛西海岸综合保税区"],
            "第六条": ["中国（山东）自由贸易试验区青岛片区"],
            "第七条": ["王台镇", "六汪镇", "宝山镇", "大村镇", "海青镇"],
            "第四条": ["黄岛区 (the 海外仓 are abroad in 共建“一带一路”国家, but the policy applies to 黄岛区 enterprises)"],
            "never": ["青岛市 as a whole", "山东省"],
        },
        "_note": "Joint 区级 document: 2 issuers (商务局 first, 财政局 second); level county (a 市辖区 is county-level), region 黄岛区 — not 青岛市 (青岛市商务局/财政局 appear only in 抄送, the 青岛市 measures only as 依据). Furniture: the joint 版头 (a borderless 1×2 table: the two organ names stacked left, '文件' right), 文号, red rule, 主送, 落款 (a borderless table with the two organ names side by side) and date, （此件公开发布）, the 细则's own title on its page, 版记 (抄送, '青岛市黄岛区商务局办公室　2024年11月6日印发'), footer '— N —', the table caption '跨境电商进出口奖励标准'. There is no 附件 (the 细则 is the transmitted text). Table: '单个企业年度奖励上限' is one vertically merged cell (200万元) — each row must still carry it. 第八条's （一）–（三） are items of 第八条 (separate clauses or kept inside 第八条 both tolerable; labels ideally 第八条（一）…). effective 2025-01-01 (NOT the 成文日期 2024-11-05), expires 2026-12-31; '每年3月31日前' is a deadline, not an expiry. 第十一条 (解释) and 第十二条 (施行/废止) are clauses, not furniture."
    }]


# ============================================================ (c) 中共东兴市委办公室 东兴市人民政府办公室 工作方案
C_ORGS = ["中共东兴市委办公室", "东兴市人民政府办公室"]
C_NO = "东办发〔2024〕19号"
C_PLAN = "东兴市加快推进边民互市贸易落地加工高质量发展工作方案"
C_TITLE = "中共东兴市委办公室　东兴市人民政府办公室关于印发《" + C_PLAN + "》的通知"
C_MAIN = "各镇党委、人民政府，市委各部委，市直各单位，东兴边境经济合作区党工委、管委会："
C_COVER = [("p", "《" + C_PLAN + "》已经市委、市人民政府同意，现印发给你们，请结合实际认真抓好落实。")]
C_THEAD = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
C_TROWS = [
    ["1", "在东兴互市贸易区建设互市商品集中交易和查验场所", "市商务局", "东兴海关、东兴镇人民政府", "2024年12月底前"],
    ["2", "在江平工业园区建成东盟海产品落地加工基地", "东兴边境经济合作区管委会", "江平镇人民政府、市工业和信息化局", "2025年6月底前"],
    ["3", "在马路镇布局坚果、红木落地加工点", "马路镇人民政府", "市商务局、市自然资源局", "2025年3月底前"],
    ["4", "开通东兴口岸互市商品“绿色通道”", "东兴海关", "东兴边检站、市口岸办", "长期坚持"],
]
C_OPS = [
    ("h1", "一、工作目标"),
    ("p", "到2025年底，全市边民互市贸易进口商品落地加工率达到60%以上，培育年产值超亿元的落地加工企业10家，带动边民增收2亿元，把东兴建设成为中国—东盟边民互市贸易落地加工示范区。"),
    ("h1", "二、重点任务"),
    ("p", "围绕互市商品“进得来、加得了、卖得出”，重点抓好以下任务（任务分工见下表）："),
    ("tab", "重点任务分工表", C_THEAD, C_TROWS, [12, 62, 30, 36, 22], []),
    ("h1", "三、保障措施"),
    ("ri", "（一）加强组织领导。", "成立由市委副书记、市长任组长的工作专班，办公室设在市商务局，统筹推进各项任务。"),
    ("ri", "（二）强化督查考核。", "市委督查室、市政府督查室每半年开展一次专项督查，督查结果纳入各镇和市直单位年度绩效考评。"),
]


def build_c(path):
    doc = Doc()
    joint_masthead(doc, C_ORGS, C_NO)
    doc.title(C_TITLE.replace("　", ""))
    doc.plain(C_MAIN, indent=0)
    render(doc, C_COVER)
    joint_sign(doc, C_ORGS, "2024年6月20日")
    doc.blank(1)
    doc.plain("（此件发至各镇和市直各单位）", indent=2)
    doc.title(C_PLAN, pagebreak=True)
    render(doc, C_OPS)
    doc.banji("抄送：防城港市委办公室，防城港市人民政府办公室。", "中共东兴市委办公室", "2024年6月21日印发")
    doc.save(path)


def expected_c():
    return [{
        "meta": {"title": C_TITLE, "doc_number": C_NO, "issuer": C_ORGS, "date": "2024-06-20",
                 "level": "county", "region": "东兴市（广西壮族自治区防城港市，县级市）",
                 "effective": "2024-06-20", "expires": None, "attachments": [],
                 "addressees": ["各镇党委、人民政府", "市委各部委", "市直各单位", "东兴边境经济合作区党工委、管委会"],
                 "cc": ["防城港市委办公室", "防城港市人民政府办公室"],
                 "printed_by": "中共东兴市委办公室", "printed": "2024-06-21", "remarks": "（此件发至各镇和市直各单位）"},
        "clauses": clauses_of(C_COVER) + clauses_of(C_OPS),
        "applies_to": {
            "default": ["东兴市"],
            "任务 1": ["东兴互市贸易区", "东兴镇"],
            "任务 2": ["江平工业园区", "江平镇", "东兴边境经济合作区"],
            "任务 3": ["马路镇"],
            "任务 4": ["东兴口岸"],
            "never": ["防城港市 (only in 抄送)", "广西壮族自治区"],
        },
        "_note": "Party + government joint 县级 document (县级市 东兴): issuers 中共东兴市委办公室 and 东兴市人民政府办公室 in that order; level county, region 东兴市 — not 防城港市 (抄送 only). Joint 版头 as a borderless table; 落款 as a borderless 1×2 table. Furniture: 版头, 文号, red rule, 主送, 落款/date, the 发布范围 附注 '（此件发至各镇和市直各单位）' (not 此件公开发布), the plan's own title, caption '重点任务分工表', 版记 ('抄送：防城港市委办公室…', '中共东兴市委办公室　2024年6月21日印发'), footer '— N —'. No 附件, no explicit 施行/有效期 → effective = 成文日期 (null tolerable), expires null; '2025年底' is a target, not an expiry. Table rows '序号：1；重点任务：…；牵头单位：…；配合单位：…；完成时限：…' — '长期坚持' is a 时限 value, not a date."
    }]


def main():
    exp = {}
    for stem, build, expf in (("blind103_瑞丽_边合区开放平台通知", build_a, expected_a),
                              ("blind103_黄岛_跨境电商实施细则", build_b, expected_b),
                              ("blind103_东兴_互市落地加工工作方案", build_c, expected_c)):
        path = os.path.join(HERE, stem + ".docx")
        build(path)
        convert(path)
        exp[stem] = expf()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
