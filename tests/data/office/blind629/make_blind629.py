# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 629: 中欧班列 / 西部陆海新通道 开行计划公告 + 转发通知."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xE6, 0x00, 0x12)
FW = "\u3000"  # full-width space


# ---------------------------------------------------------------- helpers
def set_font(run, east=FS, size=16, bold=None, color=None):
    run.font.name = "Times New Roman"
    run.font.size = Pt(size)
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")
    if bold is not None:
        run.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fmt_para(p, align=None, indent=True, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(32) if indent else None
    if left is not None:
        pf.left_indent = Pt(left)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def add_runs(p, parts):
    """parts: list of (text, east, size, bold, color). '\n' inside text -> soft break."""
    for text, east, size, bold, color in parts:
        chunks = text.split("\n")
        for i, ch in enumerate(chunks):
            r = p.add_run(ch)
            set_font(r, east, size, bold, color)
            if i < len(chunks) - 1:
                r.add_break()


def bottom_border(p, color="E60012", sz=12, top=False):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    side = OxmlElement("w:top" if top else "w:bottom")
    side.set(qn("w:val"), "single")
    side.set(qn("w:sz"), str(sz))
    side.set(qn("w:space"), "1")
    side.set(qn("w:color"), color)
    pbdr.append(side)
    # pBdr must come before spacing/ind/jc etc.
    for tag in ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc"):
        el = ppr.find(qn(tag))
        if el is not None:
            el.addprevious(pbdr)
            return
    ppr.append(pbdr)


def add_page_field(p, east=FS, size=14):
    r = p.add_run("— ")
    set_font(r, "宋体", size)
    r = p.add_run()
    set_font(r, "宋体", size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    r = p.add_run(" —")
    set_font(r, "宋体", size)


def setup_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)
    return doc


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt_para(p, indent=False)


def cell_text(cell, text, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    add_runs(p, [(text, east, size, bold, None)])
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


class Rec:
    """Records one document's clauses while writing it."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []

    def body(self, parts, key=None, indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY):
        """parts: str or list of (text, east, bold). Records the text as a clause."""
        if isinstance(parts, str):
            parts = [(parts, FS, False)]
        p = self.doc.add_paragraph()
        fmt_para(p, align=align, indent=indent)
        add_runs(p, [(t, e, 16, b, None) for t, e, b in parts])
        text = key if key is not None else "".join(t for t, _, _ in parts).replace("\n", "")
        self.clauses.append(text)
        return p

    def heading(self, text, east=HT):
        p = self.doc.add_paragraph()
        fmt_para(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True)
        add_runs(p, [(text, east, 16, False, None)])
        return p

    def runin(self, head, rest, east=KT, bold=False):
        return self.body([(head, east, bold), (rest, FS, False)])


def title(doc, text, size=22, before=0, after=0):
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, before=before, after=after)
    add_runs(p, [(text, XBS, size, False, None)])
    return p


def plain(doc, text, east=FS, size=16, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, line=28):
    p = doc.add_paragraph()
    fmt_para(p, align=align, indent=indent, line=line)
    add_runs(p, [(text, east, size, False, None)])
    return p


def red_header(doc, organ, number, size=30):
    empty(doc, 1)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=48)
    add_runs(p, [(organ, XBS, size, False, RED)])
    empty(doc, 1)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=6)
    add_runs(p, [(number, FS, 16, False, None)])
    bottom_border(p, sz=18)
    empty(doc, 1)


def banji(doc, chaosong, printer, date, width_spaces=8):
    """版记: 抄送 and 印发 lines with rule lines."""
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, left=14)
    bottom_border(p, color="000000", sz=6, top=True)
    add_runs(p, [(chaosong, FS, 14, False, None)])
    p.paragraph_format.first_line_indent = Pt(-14 * 3)
    p.paragraph_format.left_indent = Pt(14 * 4)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, left=14)
    bottom_border(p, color="000000", sz=6, top=True)
    bottom_border(p, color="000000", sz=6, top=False)
    add_runs(p, [(printer + FW * width_spaces + date, FS, 14, False, None)])


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_629", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None, level=None,
                region=None, effective=None, expires=None, attachments=[], doc_type=None,
                recipients=[], publicity=None, repeals=None)
    base.update(kw)
    return base


def table_rows_as_clauses(cols, rows):
    return ["；".join(f"{c}：{v.replace(chr(10), '')}" for c, v in zip(cols, r)) for r in rows]


def build_table(doc, cols, rows, merge_cols, widths, size=10.5):
    """rows: list of lists (full values). merge_cols: column indices where identical
    consecutive values (within the same 线路 group, col 1/0) are vertically merged."""
    t = doc.add_table(rows=1 + len(rows), cols=len(cols))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, c in enumerate(cols):
        cell_text(t.rows[0].cells[i], c, HT, size + 0.5)
    repeat_header(t.rows[0])
    # figure merge spans
    spans = {}
    for ci, group_ci in merge_cols:
        start = 0
        for ri in range(1, len(rows) + 1):
            same = (ri < len(rows) and rows[ri][ci] == rows[start][ci]
                    and rows[ri][group_ci] == rows[start][group_ci])
            if not same:
                if ri - 1 > start:
                    spans.setdefault(ci, []).append((start, ri - 1))
                start = ri
    merged_cells = set()
    for ci, lst in spans.items():
        for a, b in lst:
            top = t.cell(a + 1, ci)
            top.merge(t.cell(b + 1, ci))
            for k in range(a, b + 1):
                merged_cells.add((k, ci))
            cell_text(t.cell(a + 1, ci), rows[a][ci], FS, size)
    for ri, r in enumerate(rows):
        for ci, v in enumerate(r):
            if (ri, ci) in merged_cells:
                continue
            cell_text(t.cell(ri + 1, ci), v, FS, size)
    t.autofit = False
    for ci, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[ci] * 567)))
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = Cm(w)
    return t


# ======================================================================
# Document 1: 西安 公告 (wide table, landscape section)
# ======================================================================
def make_xian():
    doc = setup_doc()
    red_header(doc, "西安市人民政府口岸服务办公室", "市口岸办发〔2026〕21号", size=30)
    title(doc, "西安市人民政府口岸服务办公室\n关于2026年二季度中欧班列（长安号）\n常态化开行计划的公告")
    empty(doc)
    R = Rec(doc)
    R.body("为进一步稳定中欧班列（长安号）开行秩序，提升班列运行时效和服务质量，便利进出口企业合理安排货源组织和运输计划，"
           "根据国家发展改革委《中欧班列高质量发展实施方案》和《西安市推进中欧班列（长安号）高质量发展三年行动方案（2024—2026年）》有关要求，"
           "经商中国铁路西安局集团有限公司、西安海关，现将2026年二季度（2026年4月1日至6月30日）中欧班列（长安号）常态化开行计划公告如下。")
    R.heading("一、总体安排")
    R.runin("（一）开行规模。", "二季度计划开行常态化班列线路30条，其中去程线路27条、回程线路3条，季度计划开行班列550列以上，"
            "较一季度增长8.2%。")
    R.runin("（二）线路布局。", "稳定开行中亚、中欧（西通道）、中欧（中通道、东通道）及跨里海线路，加密至杜伊斯堡、马拉舍维奇、"
            "阿拉木图、塔什干等主要节点城市班期，新增至维也纳（奥地利）、康斯坦察（罗马尼亚）常态化线路2条。")
    R.runin("（三）班期执行。", "常态化班列实行“定点、定线、定车次、定时、定价”运行，原则上按照本公告所列班期准点开行。"
            "因货源不足确需停开、合并开行的，由西安国际陆港多式联运有限公司提前3个工作日报市口岸办备案，"
            "并通过“长安号”综合服务平台向社会公布。")
    R.heading("二、开行计划")
    R.body("二季度中欧班列（长安号）常态化开行计划详见下表。")

    # ---- landscape section for the wide table
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.4)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30, after=6)
    add_runs(p, [("2026年二季度中欧班列（长安号）常态化开行计划表", XBS, 18, False, None)])

    cols = ["序号", "线路", "班列号", "始发站", "终到站", "出境口岸", "运行天数", "开行频次", "班期"]
    G1, G2, G3, G4, G5 = ("中亚线路", "中欧线路\n（西通道）", "中欧线路\n（中通道、东通道）", "跨里海线路", "回程线路")
    S = "西安国际港站"
    data = [
        (G1, "80101/80102", S, "阿拉木图（哈萨克斯坦）", "霍尔果斯", "6天", "每周3列", "周一、周三、周五"),
        (G1, "80103/80104", S, "塔什干（乌兹别克斯坦）", "霍尔果斯", "8天", "每周3列", "周二、周四、周六"),
        (G1, "80105/80106", S, "比什凯克（吉尔吉斯斯坦）", "阿拉山口", "7天", "每周2列", "周二、周五"),
        (G1, "80107/80108", S, "杜尚别（塔吉克斯坦）", "霍尔果斯", "10天", "每周1列", "周四"),
        (G1, "80109/80110", S, "阿什哈巴德（土库曼斯坦）", "霍尔果斯", "11天", "每周1列", "周六"),
        (G1, "80111/80112", S, "阿斯塔纳（哈萨克斯坦）", "阿拉山口", "7天", "每周2列", "周一、周四"),
        (G1, "80113/80114", S, "撒马尔罕（乌兹别克斯坦）", "霍尔果斯", "9天", "每周1列", "周日"),
        (G1, "80115/80116", S, "奇姆肯特（哈萨克斯坦）", "霍尔果斯", "7天", "每周1列", "周三"),
        (G2, "X8001", S, "杜伊斯堡（德国）", "阿拉山口", "13天", "每周3列", "周一、周三、周六"),
        (G2, "X8003", S, "汉堡（德国）", "阿拉山口", "14天", "每周2列", "周二、周五"),
        (G2, "X8005", S, "马拉舍维奇（波兰）", "霍尔果斯", "11天", "每周3列", "周二、周四、周日"),
        (G2, "X8007", S, "罗兹（波兰）", "阿拉山口", "12天", "每周1列", "周三"),
        (G2, "X8009", S, "布达佩斯（匈牙利）", "霍尔果斯", "15天", "每周1列", "周四"),
        (G2, "X8011", S, "布拉格（捷克）", "阿拉山口", "15天", "每周1列", "周五"),
        (G2, "X8013", S, "米兰（意大利）", "霍尔果斯", "18天", "每两周1列", "隔周周六"),
        (G2, "X8015", S, "鹿特丹（荷兰）", "阿拉山口", "16天", "每周1列", "周一"),
        (G2, "X8017", S, "诺伊斯（德国）", "阿拉山口", "14天", "每周1列", "周日"),
        (G2, "X8019", S, "维也纳（奥地利）", "霍尔果斯", "16天", "每周1列", "周二"),
        (G3, "X8021", S, "莫斯科（俄罗斯）", "二连浩特", "12天", "每周2列", "周三、周六"),
        (G3, "X8023", S, "明斯克（白俄罗斯）", "二连浩特", "14天", "每周1列", "周一"),
        (G3, "X8025", S, "华沙（波兰）", "满洲里", "16天", "每周1列", "周五"),
        (G3, "X8027", S, "叶卡捷琳堡（俄罗斯）", "满洲里", "13天", "每周1列", "周二"),
        (G3, "X8029", S, "圣彼得堡（俄罗斯）", "满洲里", "15天", "每周1列", "周四"),
        (G4, "X8031", S, "巴库（阿塞拜疆）", "霍尔果斯", "14天", "每周1列", "周二"),
        (G4, "X8033", S, "第比利斯（格鲁吉亚）", "霍尔果斯", "16天", "每周1列", "周四"),
        (G4, "X8035", S, "伊斯坦布尔（土耳其）", "霍尔果斯", "20天", "每两周1列", "隔周周五"),
        (G4, "X8037", S, "康斯坦察（罗马尼亚）", "霍尔果斯", "22天", "每两周1列", "隔周周日"),
        (G5, "X8002", "杜伊斯堡（德国）", S, "阿拉山口", "14天", "每周2列", "周二、周六"),
        (G5, "X8006", "马拉舍维奇（波兰）", S, "霍尔果斯", "12天", "每周2列", "周三、周日"),
        (G5, "X8022", "莫斯科（俄罗斯）", S, "二连浩特", "13天", "每周1列", "周五"),
    ]
    rows = [[str(i + 1)] + list(r) for i, r in enumerate(data)]
    # merge 线路 (col 1) within itself; 始发站 (col 3) and 终到站 (col 4) within the same 线路
    build_table(doc, cols, rows, merge_cols=[(1, 1), (3, 1), (4, 1)],
                widths=[1.2, 3.0, 2.8, 3.0, 4.6, 2.2, 2.0, 2.4, 3.4], size=10.5)
    R.clauses.extend(table_rows_as_clauses(cols, rows))

    notes = [
        "注：1．班期为西安国际港站（回程为境外始发站）计划发车日期，遇口岸通关、境外线路施工等情况，具体开行时间以铁路部门当日调度计划为准。",
        "2．班列号栏中以“/”分隔的两个车次，前者为西安国际港站至出境口岸区段车次，后者为出境口岸至境外到站区段车次。",
        "3．回程线路“出境口岸”栏所列为入境口岸。",
        "4．运行天数为全程参考运行时间，不含口岸换装、境外集结等待时间。",
    ]
    for i, n in enumerate(notes):
        p = doc.add_paragraph()
        fmt_para(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, line=20, before=6 if i == 0 else 0)
        if i > 0:
            p.paragraph_format.left_indent = Pt(24)  # hanging look typed by hand
        add_runs(p, [(n, FS, 12, False, None)])
        R.clauses.append(n)

    # ---- back to portrait
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    R.heading("三、有关要求")
    R.runin("（一）做好货源组织。", "各区县、各开发区要加强与辖区外贸企业的对接，引导企业根据班期提前安排订舱、报关和集货，"
            "原则上整柜货物应于班期前2日、拼箱货物应于班期前3日进港。")
    R.runin("（二）提升通关效率。", "西安海关所属西安国际港站海关对常态化班列实行“提前申报”“两步申报”和“铁路快速通关”模式，"
            "对符合条件的班列货物优先查验、优先放行。")
    R.runin("（三）强化运输组织。", "中国铁路西安局集团有限公司要优先保障常态化班列车皮、线路和装车计划，"
            "做好与中国铁路乌鲁木齐局集团有限公司、中国铁路呼和浩特局集团有限公司、中国铁路哈尔滨局集团有限公司的运输衔接。")
    R.runin("（四）规范市场服务。", "西安国际陆港多式联运有限公司要严格执行公开运价，不得以任何形式变相加价或者搭售服务，并做好以下工作：")
    R.body("1.每周一通过“长安号”综合服务平台发布当周班列舱位及剩余舱位信息；")
    R.body("2.对中小微企业拼箱货物提供“一单制”全程物流服务；")
    R.body("3.班列发生延误、停开等情况的，及时告知客户并报告市口岸办。")
    R.runin("（五）加强安全管理。", "各有关单位要严格落实危险货物、两用物项及出口管制物项运输管理规定，严禁夹带、瞒报、谎报货物品名。")
    R.heading("四、其他事项")
    R.body("本公告自2026年4月1日起施行，有效期至2026年6月30日。《西安市人民政府口岸服务办公室关于2026年一季度中欧班列（长安号）"
           "常态化开行计划的公告》（市口岸办发〔2025〕87号）自本公告施行之日起废止。")
    R.body("联系人：市口岸办物流通道处王磊，电话：029-86781234；西安国际陆港多式联运有限公司客户服务中心，电话：029-83361100。")
    R.body("特此公告。")
    empty(doc, 2)
    # 落款 aligned with typed full-width spaces (office habit)
    plain(doc, FW * 10 + "西安市人民政府口岸服务办公室")
    plain(doc, FW * 14 + "2026年3月25日")
    plain(doc, FW * 2 + "（此件公开发布）")
    empty(doc, 4)
    banji(doc, "抄送：中国铁路西安局集团有限公司，西安海关，各区县人民政府，西安国际港务区管理委员会。",
          "西安市人民政府口岸服务办公室", "2026年3月25日印发", width_spaces=6)

    name = "blind629_xian_gonggao"
    doc.save(os.path.join(HERE, name + ".docx"))
    m = meta(title="西安市人民政府口岸服务办公室关于2026年二季度中欧班列（长安号）常态化开行计划的公告",
             doc_number="市口岸办发〔2026〕21号",
             issuer=["西安市人民政府口岸服务办公室"],
             date="2026-03-25", level="municipal", region="西安市",
             effective="2026-04-01", expires="2026-06-30", doc_type="公告",
             publicity="此件公开发布",
             repeals="《西安市人民政府口岸服务办公室关于2026年一季度中欧班列（长安号）常态化开行计划的公告》（市口岸办发〔2025〕87号）")
    return name, [{"meta": m, "clauses": R.clauses}]


# ======================================================================
# Document 2: 重庆 转发通知 (cover + forwarded national notice)
# ======================================================================
def make_chongqing():
    doc = setup_doc()
    red_header(doc, "重庆市人民政府口岸和物流办公室文件", "渝口岸物流办发〔2026〕27号", size=26)
    title(doc, "重庆市人民政府口岸和物流办公室关于转发\n《国家发展改革委等部门关于推动中欧班列和\n西部陆海新通道班列高质量协同发展的通知》\n的通知", size=20)
    empty(doc)
    plain(doc, "各区县（自治县）人民政府，两江新区、西部科学城重庆高新区、万盛经开区管委会，市政府有关部门，有关单位：")
    A = Rec(doc)
    A.body("现将国家发展改革委、交通运输部、商务部、海关总署《关于推动中欧班列和西部陆海新通道班列高质量协同发展的通知》"
           "（发改基础〔2026〕412号）转发给你们，并结合我市实际提出以下贯彻意见，请一并认真抓好落实。")
    # run-in headings typed in 黑体 runs, numbering typed by hand
    A.runin("一、加强统筹协调。", "市口岸物流办会同市发展改革委、市交通运输委、市商务委、重庆海关、中国铁路成都局集团有限公司"
            "建立中欧班列和西部陆海新通道班列协同发展工作专班，按月调度班列开行、货源组织和通关便利化情况，研究解决重点问题。", east=HT)
    # a soft line break typed in the middle of a clause
    A.body([("二、抓好任务落实。", HT, False),
            ("各区县（自治县）、各开发区要对照通知明确的重点任务，结合本地区产业特点，梳理适箱货源和重点企业清单，\n"
             "于2026年4月30日前将落实措施报送市口岸物流办。", FS, False)])
    A.runin("三、强化政策支持。", "市级相关专项资金对新开辟的中欧班列与西部陆海新通道班列“铁海联运”“铁铁联运”中转线路予以支持，"
            "具体办法另行制定。", east=HT)
    A.runin("四、做好信息报送。", "各责任单位请于每季度结束后10个工作日内，将贯彻落实情况书面报送市口岸物流办，重要情况随时报告。", east=HT)
    A.body("联系人：市口岸物流办通道发展处李婷，联系电话：023-63891527。")
    empty(doc, 2)
    plain(doc, FW * 9 + "重庆市人民政府口岸和物流办公室")
    plain(doc, FW * 14 + "2026年4月8日")
    plain(doc, FW * 2 + "（此件公开发布）")

    # ---- forwarded document, full text with its own 文号 and 落款
    p = doc.add_paragraph()
    fmt_para(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    plain(doc, "发改基础〔2026〕412号", align=WD_ALIGN_PARAGRAPH.CENTER)
    empty(doc)
    title(doc, "关于推动中欧班列和西部陆海新通道班列\n高质量协同发展的通知")
    empty(doc)
    plain(doc, "各省、自治区、直辖市及新疆生产建设兵团发展改革委、交通运输厅（局、委）、商务主管部门，各直属海关，中国国家铁路集团有限公司：")
    B = Rec(doc)
    B.body("中欧班列和西部陆海新通道是共建“一带一路”的重要标志性成果，是畅通国内国际双循环、构建陆海内外联动东西双向互济开放格局的重要支撑。"
           "近年来，中欧班列和西部陆海新通道班列开行规模稳步扩大，运行质量持续提升，但仍存在通道衔接不够紧密、集结中心辐射带动能力不强、"
           "回程货源不足等问题。为推动两大通道高质量协同发展，经国务院同意，现就有关事项通知如下。")
    B.heading("一、总体要求")
    B.body("坚持市场主导、政府引导，坚持统筹协调、优势互补，以集结中心为枢纽，以常态化班列为骨干，推动中欧班列与西部陆海新通道在线路、"
           "运力、通关、信息等方面深度衔接。到2027年，中欧班列与西部陆海新通道班列协同联运线路达到50条以上，常态化班列开行比重达到70%以上，"
           "全程物流时效较2025年提升15%以上。")
    B.heading("二、重点任务")
    B.runin("（一）强化通道衔接。", "依托重庆、成都、西安、郑州、乌鲁木齐等中欧班列集结中心，加快建设连接西部陆海新通道主通道的铁路联络线和集疏运体系，"
            "推动中欧班列与西部陆海新通道班列在集结中心实现“一次装箱、一次申报、全程联运”。")
    B.runin("（二）优化班列组织。", "中国国家铁路集团有限公司要统筹编制中欧班列和西部陆海新通道班列运行图，按照“图定开行、按图行车”原则，"
            "逐步扩大常态化班列比重。各地要按季度发布常态化开行计划，明确班列号、始发站、终到站、出境口岸、运行天数、开行频次和班期等信息，"
            "增强班列开行的稳定性和可预期性。")
    B.runin("（三）培育回程货源。", "支持班列运营企业在境外主要节点城市建设海外仓和集货中心，扩大汽车零部件、农产品、木材、化工原料等回程货源，"
            "力争2027年回程班列占比达到45%以上。")
    B.runin("（四）提升通关便利化水平。", "海关总署要在中欧班列和西部陆海新通道沿线口岸推广“铁路快速通关”“跨境铁路‘一单制’”等模式，"
            "支持在集结中心所在地综合保税区开展保税中转、保税分拨业务。")
    B.runin("（五）推进数字化转型。", "加快建设中欧班列和西部陆海新通道公共信息服务平台，推动铁路、海关、港口、口岸等数据互联共享。具体包括：")
    B.body("1.推进铁路运单、海运提单、多式联运单证信息互认；")
    B.body("2.实现班列运行、通关状态、箱货位置等信息全程可视化查询；")
    B.body("3.探索开展基于铁路运输单证的融资服务应用。")
    B.runin("（六）规范市场秩序。", "各地不得以恶性补贴、低价揽货等方式争抢货源，对违规开展班列运营补贴的，国家发展改革委将会同有关部门予以通报并督促整改。")
    B.heading("三、保障措施")
    B.runin("（一）加强组织协调。", "各地发展改革、交通运输、商务部门和海关要建立协同工作机制，明确责任分工，形成工作合力。")
    B.runin("（二）加大政策支持。", "统筹利用中央预算内投资等现有资金渠道，支持集结中心、铁路专用线、海铁联运场站等基础设施建设。")
    B.runin("（三）强化监测评估。", "国家发展改革委会同有关部门建立通道运行监测评估机制，定期对各地常态化开行计划执行情况进行通报。")
    empty(doc, 2)
    # four issuing organs typed on one line, separated by full-width spaces
    plain(doc, FW * 1 + "国家发展改革委" + FW * 2 + "交通运输部" + FW * 2 + "商务部" + FW * 2 + "海关总署")
    plain(doc, FW * 14 + "2026年3月18日")

    empty(doc, 5)
    banji(doc, "抄送：市委办公厅，市人大常委会办公厅，市政协办公厅，市发展改革委，市交通运输委，市商务委，重庆海关，中国铁路成都局集团有限公司。",
          "重庆市人民政府口岸和物流办公室", "2026年4月8日印发", width_spaces=4)

    name = "blind629_chongqing_tongzhi"
    doc.save(os.path.join(HERE, name + ".docx"))
    m1 = meta(title="重庆市人民政府口岸和物流办公室关于转发《国家发展改革委等部门关于推动中欧班列和西部陆海新通道班列高质量协同发展的通知》的通知",
              doc_number="渝口岸物流办发〔2026〕27号",
              issuer=["重庆市人民政府口岸和物流办公室"],
              date="2026-04-08", level="provincial", region="重庆市", doc_type="通知",
              recipients=["各区县（自治县）人民政府", "两江新区、西部科学城重庆高新区、万盛经开区管委会",
                          "市政府有关部门", "有关单位"],
              publicity="此件公开发布")
    m2 = meta(title="关于推动中欧班列和西部陆海新通道班列高质量协同发展的通知",
              doc_number="发改基础〔2026〕412号",
              issuer=["国家发展改革委", "交通运输部", "商务部", "海关总署"],
              date="2026-03-18", level="national", region="全国", doc_type="通知",
              recipients=["各省、自治区、直辖市及新疆生产建设兵团发展改革委、交通运输厅（局、委）、商务主管部门",
                          "各直属海关", "中国国家铁路集团有限公司"])
    return name, [{"meta": m1, "clauses": A.clauses}, {"meta": m2, "clauses": B.clauses}]


# ======================================================================
# Document 3: 成都 公司公告 (Word auto numbering, layout table for 落款)
# ======================================================================
NUM_ID = 90


def add_cn_numbering(doc):
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{NUM_ID}">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>'
        '<w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/><w:sz w:val="32"/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>'
        '<w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="楷体_GB2312" w:eastAsia="楷体_GB2312" w:hAnsi="楷体_GB2312"/><w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{NUM_ID}"/></w:num>')
    numbering.append(num)


CN = "一二三四五六七八九十"


class AutoNum:
    def __init__(self, rec):
        self.rec = rec
        self.l0 = 0
        self.l1 = 0

    def _num(self, p, lvl):
        numpr = p._p.get_or_add_pPr().get_or_add_numPr()
        numpr.get_or_add_ilvl().val = lvl
        numpr.get_or_add_numId().val = NUM_ID
        p.paragraph_format.first_line_indent = Pt(32)

    def h(self, text):
        self.l0 += 1
        self.l1 = 0
        p = self.rec.heading(text, east=HT)
        self._num(p, 0)

    def item(self, head, rest):
        self.l1 += 1
        p = self.rec.doc.add_paragraph()
        fmt_para(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True)
        add_runs(p, [(head, KT, 16, True, None), (rest, FS, 16, False, None)])
        self._num(p, 1)
        self.rec.clauses.append(f"（{CN[self.l1 - 1]}）{head}{rest}")


def make_chengdu():
    doc = setup_doc()
    add_cn_numbering(doc)
    # company name in the page header (letterhead), not in the body
    hp = doc.sections[0].header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    add_runs(hp, [("成都国际陆港运营有限公司" + FW * 8 + "Chengdu International Dry Port Operation Co., Ltd.", KT, 10.5, False, None)])
    bottom_border(hp, color="1F4E79", sz=8)

    empty(doc)
    title(doc, "成都国际陆港运营有限公司关于2026年二季度西部陆海新通道班列常态化开行计划的公告", size=20)
    empty(doc)
    R = Rec(doc)
    N = AutoNum(R)
    R.body("为深入落实西部陆海新通道高质量建设有关部署，稳定班列开行预期，便利广大货主企业合理安排生产和物流计划，"
           "根据中国铁路成都局集团有限公司2026年二季度运输计划安排，现将我公司2026年二季度西部陆海新通道班列常态化开行计划公告如下：")
    N.h("开行线路")
    N.item("铁海联运班列。", "经钦州港、北海港、防城港、湛江港出海，衔接东盟、中东、南亚等地区海运航线，二季度每周计划开行不少于13列。")
    N.item("国际铁路联运班列。", "经凭祥、河口、磨憨口岸出境，通达越南、老挝、泰国等国家，二季度每周计划开行不少于9列。")
    N.item("回程班列。", "稳定开行钦州港东、万象南至成都国际铁路港回程班列，重点组织东盟水果、橡胶、木薯淀粉等回程货源。")
    N.h("开行计划表")

    cols = ["线路", "班列号", "始发站", "终到站", "出境口岸", "运行天数", "开行频次", "班期"]
    S = "成都国际铁路港"
    H1, H2, H3, H4 = "铁海联运班列", "中越国际班列", "中老（泰）国际班列", "回程班列"
    rows = [
        [H1, "X9301", S, "钦州港东", "钦州港", "3天", "每日1列", "每日"],
        [H1, "X9303", S, "北海", "北海港", "3天", "每周3列", "周一、周三、周五"],
        [H1, "X9305", S, "防城港北", "防城港", "3天", "每周2列", "周二、周六"],
        [H1, "X9307", S, "湛江西", "湛江港", "4天", "每周1列", "周四"],
        [H2, "86101/86102", S, "河内安员（越南）", "凭祥", "5天", "每周2列", "周三、周六"],
        [H2, "86103/86104", S, "海防（越南）", "凭祥", "6天", "每周1列", "周五"],
        [H2, "86105/86106", S, "老街（越南）", "河口", "4天", "每周1列", "周二"],
        [H3, "86201/86202", S, "万象南（老挝）", "磨憨", "4天", "每周3列", "周一、周四、周日"],
        [H3, "86203/86204", S, "曼谷（泰国）", "磨憨", "7天", "每周1列", "周二"],
        [H3, "86205/86206", S, "琅勃拉邦（老挝）", "磨憨", "3天", "每周1列", "周六"],
        [H4, "X9302", "钦州港东", S, "钦州港", "3天", "每日1列", "每日"],
        [H4, "86208", "万象南（老挝）", S, "磨憨", "4天", "每周2列", "周三、周六"],
    ]
    build_table(doc, cols, rows, merge_cols=[(0, 0), (2, 0), (6, 0)],
                widths=[1.8, 2.5, 2.0, 2.5, 1.5, 1.3, 1.6, 2.4], size=9)
    R.clauses.extend(table_rows_as_clauses(cols, rows))
    note = "注：“出境口岸”栏中，铁海联运班列为出海港口，回程班列为入境口岸；“/”前后分别为去程、回程对应车次。"
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, line=20, before=4)
    add_runs(p, [(note, FS, 12, False, None)])
    R.clauses.append(note)

    N.h("服务保障")
    N.item("订舱办理。", "客户可通过“蓉欧+”综合服务平台或者客户服务热线办理订舱，整柜货物须于班期前48小时完成订舱，拼箱货物须于班期前72小时完成订舱。")
    N.item("运价执行。", "二季度班列运价按照我公司官方网站公布的运价执行。如遇海运、铁路运价调整，我公司将提前15日另行公告。")
    N.item("通关服务。", "我公司会同海关、铁路等部门提供“铁海联运一单制”“属地申报、口岸验放”等通关服务，协助客户办理出口退税单证。")
    N.item("应急处置。", "遇恶劣天气、口岸拥堵、境外线路中断等情况需调整班期的，我公司将通过官方网站、微信公众号及时发布调整信息。")
    N.h("其他事项")
    N.item("执行期限。", "本计划自2026年4月1日起执行，至2026年6月30日止。")
    N.item("解释权。", "本公告由成都国际陆港运营有限公司负责解释。")
    R.body("客户服务热线：028-83966688。")
    empty(doc, 2)
    # 落款 placed in a borderless layout table
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = t._tbl.tblPr
    borders = parse_xml(f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>")
    tblpr.append(borders)
    t.rows[0].cells[0].width = Cm(7.5)
    t.rows[0].cells[1].width = Cm(8.0)
    c = t.rows[0].cells[1]
    cell_text(c, "成都国际陆港运营有限公司", FS, 16)
    p2 = c.add_paragraph()
    p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_runs(p2, [("二〇二六年三月二十八日", FS, 16, False, None)])

    name = "blind629_chengdu_gonggao"
    doc.save(os.path.join(HERE, name + ".docx"))
    m = meta(title="成都国际陆港运营有限公司关于2026年二季度西部陆海新通道班列常态化开行计划的公告",
             doc_number=None, issuer=["成都国际陆港运营有限公司"],
             date="2026-03-28", level="municipal", region="成都市",
             effective="2026-04-01", expires="2026-06-30", doc_type="公告")
    return name, [{"meta": m, "clauses": R.clauses}]


def main():
    expected = {}
    for fn in (make_xian, make_chongqing, make_chengdu):
        name, objs = fn()
        expected[name] = objs
        convert(os.path.join(HERE, name + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
