# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1063: 多部门联合通知（中欧班列 / 西部陆海新通道）, Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
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
IND = "\u3000\u3000"

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, scale=None):
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
    if scale is not None:  # 字符缩放
        w = parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale))
        sz = rpr.find(qn("w:sz"))
        sz.addprevious(w)
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


def add_par(container, runs, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
    p = container.add_paragraph()
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
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def setup(doc):
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
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, SONG, 14)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def no_borders(t):
    tblPr = t._tbl.tblPr
    b = parse_xml('<w:tblBorders %s>' % nsdecls("w")
                  + "".join('<w:%s w:val="nil"/>' % s
                            for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
                  + '</w:tblBorders>')
    tblPr.append(b)


def fixed_layout(t, widths_cm):
    tblPr = t._tbl.tblPr
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for row in t.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths_cm):
                c.width = Cm(widths_cm[i])
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_cm):
            gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))


def cell_margins_zero(t):
    t._tbl.tblPr.append(parse_xml(
        '<w:tblCellMar %s><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/>'
        '</w:tblCellMar>' % nsdecls("w")))


def row_height(row, cm, rule="exact"):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="%s"/>'
                          % (nsdecls("w"), int(cm * 567), rule)))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, scale=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color, scale)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


PPR_ORDER = ("pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr "
             "suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap "
             "overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid "
             "spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection "
             "textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange").split()
TBLPR_ORDER = ("tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize "
               "tblW jc tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook").split()


def _sort_children(el, order):
    kids = list(el)
    rank = {qn("w:" + n): i for i, n in enumerate(order)}
    kids.sort(key=lambda k: rank.get(k.tag, len(order)))
    for k in kids:
        el.remove(k)
    for k in kids:
        el.append(k)


def save(doc, path):
    """put pPr / tblPr children back into schema order before saving (Word is strict)."""
    roots = [doc.element.body] + [s.footer._element for s in doc.sections]
    for root in roots:
        for el in root.iter(qn("w:pPr")):
            _sort_children(el, PPR_ORDER)
        for el in root.iter(qn("w:tblPr")):
            _sort_children(el, TBLPR_ORDER)
    doc.save(path)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1063", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


class Body:
    """Collects clauses while writing body paragraphs."""

    def __init__(self, doc, typed_indent=False):
        self.doc = doc
        self.clauses = []
        self.typed = typed_indent

    def _lead(self):
        return [(IND, FS, 16, False)] if self.typed else []

    def _kw(self):
        return {"indent": False} if self.typed else {}

    def body(self, t):
        self.clauses.append(t)
        return add_par(self.doc, self._lead() + [(t, FS, 16, False)], **self._kw())

    def head(self, t, name=HT):
        return add_par(self.doc, self._lead() + [(t, name, 16, False)], **self._kw())

    def runin(self, h, t, hname=KT, bold=False):
        self.clauses.append(h + t)
        return add_par(self.doc, self._lead() + [(h, hname, 16, bold), (t, FS, 16, False)],
                       **self._kw())

    def broken(self, t, cut):
        """one paragraph with a manual line break (Shift+Enter) typed mid-sentence."""
        self.clauses.append(t)
        p = self.doc.add_paragraph()
        for r in self._lead():
            font(p.add_run(r[0]), FS, 16)
        font(p.add_run(t[:cut]), FS, 16)
        p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(t[cut:]), FS, 16)
        fmt(p, **self._kw())
        return p

    def table(self, header, rows, widths, keys=None, size=12, merge_col=None,
              header_rows=None, repeat=True):
        """header: list of column titles (single header row) unless header_rows given
        (list of rows of cells, same width, None = merged with cell above/left).
        keys: clause keys per column. merge_col: column index whose equal consecutive
        values are vertically merged (value repeated in the key)."""
        keys = keys or header
        hdr = header_rows or [header]
        nh = len(hdr)
        t = self.doc.add_table(rows=nh + len(rows), cols=len(keys))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        fixed_layout(t, widths)
        for ri, hrow in enumerate(hdr):
            for ci, h in enumerate(hrow):
                if h is not None:
                    set_cell(t.cell(ri, ci), h, HT, size)
            if repeat:
                repeat_header(t.rows[ri])
        for ri, row in enumerate(rows):
            for ci, v in enumerate(row):
                set_cell(t.cell(nh + ri, ci), v, FS, size,
                         align=WD_ALIGN_PARAGRAPH.LEFT if len(v) > 14 else WD_ALIGN_PARAGRAPH.CENTER)
            self.clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
        return t


def merge_same(t, col, first_row, values):
    """vertically merge equal consecutive values of a body column."""
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[i]:
            j += 1
        if j > i:
            a = t.cell(first_row + i, col)
            m = a.merge(t.cell(first_row + j, col))
            set_cell(m, values[i], FS, 12)
        i = j + 1


# =================================================================== DOC A
def doc_sichuan():
    stem = "blind1063_sichuan_zhongou"
    doc = Document()
    setup(doc)
    B = Body(doc)
    organs = ["四川省商务厅", "四川省发展和改革委员会",
              "四川省财政厅", "四川省交通运输厅",
              "成都海关", "国家税务总局四川省税务局"]

    # joint 版头: 3x3 borderless table, names distributed in two columns,
    # 文件 merged down the right-hand column
    t = doc.add_table(rows=3, cols=3)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    cell_margins_zero(t)
    fixed_layout(t, [6.0, 6.0, 3.6])
    for i in range(3):
        row_height(t.rows[i], 1.15)
        for j in range(2):
            c = t.cell(i, j)
            set_cell(c, organs[2 * i + j], XBS, 18, color=RED, scale=70,
                     align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=26)
            c.paragraphs[0].paragraph_format.right_indent = Pt(10)
    m = t.cell(0, 2).merge(t.cell(2, 2))
    set_cell(m, "文件", XBS, 42, color=RED, align=WD_ALIGN_PARAGRAPH.RIGHT, line=60)
    empty(doc, 1)
    p = add_par(doc, "川商发〔2025〕187号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three separate paragraphs, wrapped where the clerk pressed Enter
    for line in ("四川省商务厅等6部门关于印发《四川省推动", "中欧班列（成渝）高质量发展若干措施》",
                 "的通知"):
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    add_par(doc, "各市（州）商务主管部门、发展改革委、财政局、交通运输局，成都海关各隶属海关，"
                 "国家税务总局各市（州）税务局，各有关企业：", indent=False)
    p1 = ("为深入贯彻党中央、国务院关于高质量共建“一带一路”的决策部署，落实国家推动中欧班列"
          "高质量发展有关要求，巩固提升中欧班列（成渝）发展质效，加快建设内陆开放高地和国际门户"
          "枢纽，省商务厅、省发展改革委、省财政厅、省交通运输厅、成都海关、四川省税务局共同研究"
          "制定了《四川省推动中欧班列（成渝）高质量发展若干措施》，现印发给你们，请结合实际认真"
          "贯彻落实。")
    B.broken(p1, p1.index("巩固提升"))
    B.body("各地各部门在执行过程中遇到的问题，请及时向省商务厅（口岸物流处）反馈。"
           "联系人：何晓敏，联系电话：028-83225176。")
    empty(doc, 2)
    # 落款: six organs in a borderless 3x2 table spread across the page, one date under
    t = doc.add_table(rows=3, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    fixed_layout(t, [7.8, 7.8])
    for i in range(3):
        row_height(t.rows[i], 1.6, "atLeast")
        for j in range(2):
            set_cell(t.cell(i, j), organs[2 * i + j], FS, 16, line=28)
    empty(doc, 1)
    p = add_par(doc, "2025年12月22日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # ------------------------------------------------ the measures issued
    p = add_par(doc, [("四川省推动中欧班列（成渝）", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    p.paragraph_format.page_break_before = True
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("高质量发展若干措施"), XBS, 22)
    B.body("为进一步提升中欧班列（成渝）开行质量和效益，推动班列由“通道经济”向“枢纽经济”"
           "“产业经济”转变，制定以下措施。")
    B.head("一、优化班列开行结构")
    B.runin("（一）稳定骨干线路运行。", "巩固成都至罗兹、蒂尔堡、纽伦堡等骨干线路，加密至莫斯科、"
            "阿拉木图、塔什干等中亚线路。到2026年底，中欧班列（成渝）四川段年开行量稳定在2800列以上，"
            "回程重箱率达到85%以上。")
    B.runin("（二）拓展跨里海和南向通道。", "支持开行经跨里海国际运输走廊至格鲁吉亚、土耳其的班列；"
            "推动中欧班列与西部陆海新通道班列在成都国际铁路港“无缝衔接”，拓展“欧洲—成都—东盟”"
            "过境中转业务。")
    B.head("二、强化枢纽和口岸功能")
    B.runin("（三）建设集结中心。", "支持成都国际铁路港建设中欧班列集结中心。省级财政对集结中心示范"
            "工程建设项目按不超过项目实际投资额30%的比例给予补助，单个项目最高不超过2000万元。")
    B.runin("（四）提升通关便利化水平。", "成都海关推广“铁路快通”“两段准入”等模式，对符合条件的班列"
            "货物实行“抵站直提”，进出口整体通关时间较2024年压缩20%以上。")
    B.runin("（五）落实出口退税支持政策。", "税务部门对通过中欧班列出口的货物，按规定及时办理出口退"
            "（免）税，一类、二类出口企业正常出口退税平均办理时间压缩至3个工作日以内。")
    B.head("三、培育“班列+产业”生态")
    B.runin("（六）发展“班列+跨境电商”。", "支持在班列沿线重点城市布局公共海外仓，对新认定的省级公共"
            "海外仓，省级给予一次性奖励50万元。")
    B.runin("（七）创新班列金融服务。", "推动铁路运单物权化和多式联运“一单制”改革，鼓励银行机构开展"
            "基于铁路提单的信用证、仓单质押融资等业务。")
    B.head("四、完善保障措施")
    B.runin("（八）规范资金管理。", "省级财政专项资金实行“以效定补”、逐年退坡，严禁以低于成本价揽货"
            "等方式开展不正当竞争。省商务厅会同有关部门建立月度会商制度，协调解决班列运行中的重大问题。")
    B.body("本措施自2026年1月1日起施行，有效期至2028年12月31日。《四川省支持中欧班列（成都）发展"
           "若干措施》（川商发〔2022〕45号）同时废止。")
    banji(doc, "抄送：商务部、海关总署、国家税务总局，省人民政府办公厅。", "四川省商务厅办公室", "2025年12月23日印发")

    path = os.path.join(HERE, stem + ".docx")
    save(doc, path)
    expected[stem] = [{
        "meta": {
            "title": "四川省商务厅等6部门关于印发《四川省推动中欧班列（成渝）高质量发展若干措施》的通知",
            "doc_number": "川商发〔2025〕187号",
            "issuer": organs,
            "date": "2025-12-22",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": "2026-01-01",
            "expires": "2028-12-31",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各市（州）商务主管部门", "各市（州）发展改革委", "各市（州）财政局",
                           "各市（州）交通运输局", "成都海关各隶属海关",
                           "国家税务总局各市（州）税务局", "各有关企业"],
            "publicity": "此件主动公开",
            "repeals": "《四川省支持中欧班列（成都）发展若干措施》（川商发〔2022〕45号）",
        },
        "clauses": B.clauses,
    }]
    return path


# =================================================================== DOC B
def doc_guangxi():
    stem = "blind1063_guangxi_luhai"
    doc = Document()
    setup(doc)
    B = Body(doc)
    organs = ["广西壮族自治区商务厅", "广西壮族自治区发展和改革委员会",
              "广西壮族自治区财政厅", "广西壮族自治区交通运输厅",
              "南宁海关", "国家税务总局广西壮族自治区税务局"]

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    # 版头: outer 1x2 table; left cell three lines "name<TAB>name", right cell 文件
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    cell_margins_zero(t)
    fixed_layout(t, [12.6, 3.0])
    left = t.cell(0, 0)
    left.text = ""
    for i in range(3):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        font(p.add_run(organs[2 * i]), XBS, 18, color=RED, scale=62)
        font(p.add_run("\t"), XBS, 18, color=RED)
        font(p.add_run(organs[2 * i + 1]), XBS, 18, color=RED, scale=62)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(5.6))
        p.paragraph_format.line_spacing = Pt(32)
        p.paragraph_format.first_line_indent = Pt(0)
    set_cell(t.cell(0, 1), "文件", XBS, 36, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, line=50)
    empty(doc, 1)
    p = add_par(doc, "桂商通道发〔2026〕6号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph, soft line breaks at odd places
    p = doc.add_paragraph()
    parts = ["广西壮族自治区商务厅等6部门关于做好", "2026年度西部陆海新通道海铁联运班列",
             "运费补助资金申报工作的通知"]
    for i, s in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(s), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, "各设区市商务局、发展改革委、财政局、交通运输局，南宁海关各隶属海关，国家税务总局"
                 "各设区市税务局，广西北部湾国际港务集团有限公司，中国铁路南宁局集团有限公司：",
            indent=False)
    B.body("为贯彻落实《西部陆海新通道总体规划》，进一步降低通道物流成本，扩大北部湾港海铁联运规模，"
           "根据《广西壮族自治区西部陆海新通道海铁联运班列运费补助资金管理办法》（桂财建〔2024〕38号），"
           "现就做好2026年度海铁联运班列运费补助资金申报工作有关事项通知如下：")
    B.head("一、补助范围")
    B.body("2026年1月1日至2026年12月31日期间，经广西境内铁路站点与钦州港、防城港、北海港之间开行的"
           "西部陆海新通道海铁联运班列（含图定班列和加开班列），其装载的进出口重箱纳入补助范围。具体"
           "补助标准见附件。")
    B.head("二、申报条件")
    B.body("（一）申报主体为在广西境内依法注册、具有独立法人资格的货运代理企业、进出口企业或班列运营企业。")
    B.body("（二）申报企业近三年内无重大违法违规记录，未被列入严重失信主体名单，纳税信用等级为B级及以上。")
    B.head("三、申报材料")
    B.body("申报企业通过广西国际贸易“单一窗口”在线填报，并提交以下材料：")
    B.body("1.补助资金申请书（加盖企业公章）；")
    B.body("2.营业执照复印件；")
    B.body("3.班列发运明细表及铁路运单、海运提单、报关单复印件；")
    B.body("4.企业信用承诺书。")
    B.head("四、申报时间和程序")
    B.runin("（一）企业申报。", "申报分两批进行：2026年1—6月发运的，于2026年7月15日前申报；"
            "2026年7—12月发运的，于2027年1月15日前申报。逾期不予受理。")
    B.runin("（二）初审推荐。", "各设区市商务局会同同级财政部门进行初审，于申报截止后15个工作日内"
            "将初审意见报送自治区商务厅。")
    B.runin("（三）核查拨付。", "自治区商务厅会同南宁海关、中国铁路南宁局集团有限公司对申报箱量进行"
            "比对核查，自治区财政厅根据核查结果拨付资金。")
    B.head("五、工作要求")
    B.body("申报企业对申报材料的真实性负责。对弄虚作假、骗取补助资金的，一经查实，追回补助资金，"
           "取消其三年内申报资格，并依法依规处理。")
    B.body("联系人：自治区商务厅口岸和通道处　黄志远，0771-2288315。")
    empty(doc, 1)
    # 附件 list: the clerk typed it as a single attachment line
    add_par(doc, "附件：2026年度西部陆海新通道海铁联运班列运费补助标准")
    empty(doc, 1)
    # 落款: three lines, two organs each, spaced with tab stops; one date
    for i in range(3):
        p = add_par(doc, [(organs[2 * i], FS, 16, False), ("\t", FS, 16, False),
                          (organs[2 * i + 1], FS, 16, False)], indent=False, line=32)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(11.6), 1)  # centre tab
        p.paragraph_format.left_indent = Pt(16)
    p = add_par(doc, "2026年3月16日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    empty(doc, 1, line=14)
    add_par(doc, "（此件主动公开）")

    # ------------------------------------------------ 附件1
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    p = add_par(doc, [("2026年度西部陆海新通道", XBS, 20, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("海铁联运班列运费补助标准"), XBS, 20)
    add_par(doc, [("单位：元/标准箱", KT, 14, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    rows = [
        ["1", "南宁南（南宁国际铁路港）—钦州港东", "钦州港", "300", "450"],
        ["2", "柳州南—钦州港东", "钦州港", "500", "750"],
        ["3", "桂林北—钦州港东", "钦州港", "600", "900"],
        ["4", "玉林—钦州港东", "钦州港", "350", "520"],
        ["5", "百色—钦州港东", "钦州港", "550", "820"],
        ["6", "贵港—钦州港东", "钦州港", "300", "450"],
        ["7", "凭祥—钦州港东", "钦州港", "450", "680"],
        ["8", "南宁南（南宁国际铁路港）—防城港北", "防城港", "350", "520"],
        ["9", "柳州南—防城港北", "防城港", "550", "820"],
        ["10", "南宁南（南宁国际铁路港）—北海", "北海港", "350", "520"],
        ["11", "玉林—北海", "北海港", "300", "450"],
    ]
    keys = ["序号", "线路区段", "对应港口", "补助标准／20英尺箱", "补助标准／40英尺箱"]
    hdr = [["序号", "线路区段", "对应港口", "补助标准", None],
           [None, None, None, "20英尺箱", "40英尺箱"]]
    t = B.table(None, rows, [1.4, 6.6, 2.6, 2.5, 2.5], keys=keys, header_rows=hdr)
    for c in range(3):
        t.cell(0, c).merge(t.cell(1, c))
        set_cell(t.cell(0, c), hdr[0][c], HT, 12)
    t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(t.cell(0, 3), "补助标准", HT, 12)
    merge_same(t, 2, 2, [r[2] for r in rows])
    add_par(doc, [("注：1.补助标准按单程计算，仅重箱可申报；2.同一集装箱去程、回程分别计算；"
                   "3.省外始发的过境班列，其广西境内区段参照相近区段标准执行。", FS, 12, False)],
            indent=False, line=20, before=6)
    B.clauses.append("注：1.补助标准按单程计算，仅重箱可申报；2.同一集装箱去程、回程分别计算；"
                     "3.省外始发的过境班列，其广西境内区段参照相近区段标准执行。")

    banji(doc, "抄送：商务部、国家发展改革委、财政部、交通运输部、海关总署、国家税务总局，自治区人民"
               "政府办公厅。", "广西壮族自治区商务厅办公室", "2026年3月17日印发")

    path = os.path.join(HERE, stem + ".docx")
    save(doc, path)
    expected[stem] = [{
        "meta": {
            "title": "广西壮族自治区商务厅等6部门关于做好2026年度西部陆海新通道海铁联运班列运费补助资金申报工作的通知",
            "doc_number": "桂商通道发〔2026〕6号",
            "issuer": organs,
            "date": "2026-03-16",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": ["2026年度西部陆海新通道海铁联运班列运费补助标准"],
            "doc_type": "通知",
            "recipients": ["各设区市商务局", "各设区市发展改革委", "各设区市财政局", "各设区市交通运输局",
                           "南宁海关各隶属海关", "国家税务总局各设区市税务局",
                           "广西北部湾国际港务集团有限公司", "中国铁路南宁局集团有限公司"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": B.clauses,
    }]
    return path


# =================================================================== DOC C
def doc_chongqing():
    stem = "blind1063_chongqing_yidan"
    doc = Document()
    setup(doc)
    B = Body(doc, typed_indent=True)   # clerk indents with two full-width spaces
    organs = ["重庆市商务委员会", "重庆市交通运输委员会", "重庆市财政局", "重庆海关",
              "国家金融监督管理总局重庆监管局"]

    # 版头: names typed as "name<TAB>name" lines, 文件 in a floating text box to the right
    box = ('<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
           'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
           '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" '
           'style="position:absolute;margin-left:352pt;margin-top:6pt;width:90pt;height:96pt;'
           'z-index:251659264;mso-position-horizontal-relative:margin;'
           'mso-position-vertical-relative:paragraph" filled="f" stroked="f">'
           '<v:textbox inset="0,0,0,0"><w:txbxContent>'
           '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:before="240" w:line="1000" w:lineRule="exact"/></w:pPr>'
           '<w:r><w:rPr><w:rFonts w:ascii="方正小标宋简体" w:hAnsi="方正小标宋简体" w:eastAsia="方正小标宋简体"/>'
           '<w:color w:val="FF0000"/><w:sz w:val="84"/></w:rPr><w:t>文件</w:t></w:r></w:p>'
           '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>') % nsdecls("w")
    lines = [(organs[0], organs[1]), (organs[2], organs[3]), (organs[4], "")]
    for i, (a, b) in enumerate(lines):
        p = doc.add_paragraph()
        if i == 0:
            p._p.append(parse_xml(box))
        font(p.add_run(a), XBS, 20, color=RED, scale=72)
        if b:
            font(p.add_run("\t"), XBS, 20, color=RED)
            font(p.add_run(b), XBS, 20, color=RED, scale=72)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(6.4))
        fmt(p, indent=False, line=34)
    empty(doc, 1)
    p = add_par(doc, "渝商务发〔2026〕7号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for line in ("重庆市商务委员会等5部门关于开展", "中欧班列和西部陆海新通道多式联运",
                 "“一单制”数字提单试点工作的通知"):
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                line=34)
    add_par(doc, "有关区县（自治县）商务主管部门、交通运输主管部门、财政局，重庆海关各隶属海关，"
                 "各有关金融机构，有关企业：", indent=False)
    B.body("为贯彻落实国家关于加快推进多式联运“一单制”“一箱制”发展的部署要求，推动中欧班列（渝新欧）、"
           "西部陆海新通道班列运输单证数字化和物权化，经研究，决定在我市开展多式联运“一单制”数字提单"
           "试点工作。现将有关事项通知如下:")
    B.head("一、试点目标")
    B.body("到2026年底，培育3至5家具备“一单制”全程组织能力的多式联运经营人，数字提单签发量达到5000单"
           "以上，基于数字提单的融资规模达到30亿元以上。")
    B.head("二、试点内容")
    B.runin("（一）推行统一数字提单。", "试点企业依托重庆国际物流数据服务平台签发多式联运数字提单，"
            "实现“一次委托、一单到底、一次结算”。")
    B.runin("（二）探索提单物权化。", "在合同当事人约定的前提下，赋予数字提单货物控制和交付凭证功能，"
            "持单人可凭单提货。具体包括：")
    B.body("1.在中欧班列（渝新欧）进口整车、进口冷链等业务中，由试点企业签发可转让数字提单；")
    B.body("2.在西部陆海新通道铁海联运出口业务中，推动数字提单与海运提单衔接转换；")
    B.runin("（三）拓展金融服务。", "鼓励银行机构基于数字提单开展融资业务，重点支持:")
    B.body("1.进口贸易融资。包括:(1)数字提单质押融资;(2)基于数字提单的进口信用证结算;(3)货权转让"
           "项下的保理业务。")
    B.head("三、支持政策")
    B.runin("（一）资金支持。", "市级财政对试点工作给予以下支持：")
    B.body("1.对签发数字提单的多式联运经营人，按每单50元给予补助，单家企业年度补助最高不超过100万元；")
    B.body("2.对开展数字提单融资业务的银行机构，按以下标准给予风险补偿：")
    B.body("（1）单笔融资金额500万元以下的，按融资损失金额的20%给予补偿；")
    B.body("（2）单笔融资金额500万元及以上的，按融资损失金额的10%给予补偿；")
    B.body("（3）单个银行机构年度补偿金额最高不超过500万元。")
    B.runin("（二）通关便利。", "重庆海关对试点企业数字提单项下货物优先办理查验、放行。")
    B.head("四、试点单位")
    B.body("经企业自愿申报、区县推荐和专家评审，确定首批试点单位7家（见下表）。")
    add_par(doc, [("首批多式联运“一单制”数字提单试点单位名单", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24)
    rows = [
        ["1", "多式联运经营人", "渝新欧（重庆）供应链管理有限责任公司", "数字提单签发"],
        ["2", "多式联运经营人", "陆海新通道运营有限公司", "数字提单签发"],
        ["3", "多式联运经营人", "重庆国际物流集团有限公司", "数字提单签发"],
        ["4", "银行机构", "中国银行股份有限公司重庆市分行", "提单质押融资"],
        ["5", "银行机构", "重庆农村商业银行股份有限公司", "提单质押融资"],
        ["6", "银行机构", "重庆银行股份有限公司", "进口信用证结算"],
        ["7", "保险机构", "中国人民财产保险股份有限公司重庆市分公司", "班列货物运输保险"],
    ]
    t = B.table(["序号", "试点类别", "单位名称", "试点业务"], rows, [1.2, 2.8, 8.0, 3.6])
    merge_same(t, 1, 1, [r[1] for r in rows])
    add_par(doc, [("注：试点期间，其他符合条件的企业可向所在区县商务主管部门申请，经市商务委会同有关部门"
                   "评估后纳入试点范围。", FS, 12, False)], indent=False, line=20, before=6)
    B.clauses.append("注：试点期间，其他符合条件的企业可向所在区县商务主管部门申请，经市商务委会同有关"
                     "部门评估后纳入试点范围。")
    B.head("五、工作要求")
    B.runin("（一）强化风险防控。", "试点企业要建立健全数字提单签发、流转内控制度，防范重复质押、虚假"
            "贸易等风险；银行机构要加强贸易背景真实性审核。")
    B.runin("（二）做好总结评估。", "各试点单位于每季度结束后10日内将试点进展情况报送市商务委（口岸"
            "物流处）。联系人：王立新，电话：023-62661357。")
    B.body("本通知自2026年3月1日起施行，有效期至2027年12月31日。")
    empty(doc, 2)
    # 落款 aligned by typing spaces
    sp = "\u3000"
    add_par(doc, sp * 2 + "重庆市商务委员会" + sp * 6 + "重庆市交通运输委员会", indent=False, line=40)
    add_par(doc, sp * 2 + "重庆市财政局" + sp * 10 + "重庆海关", indent=False, line=40)
    add_par(doc, sp * 6 + "国家金融监督管理总局重庆监管局", indent=False, line=40)
    empty(doc, 1)
    add_par(doc, sp * 15 + "二〇二六年二月十日", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "（此件主动公开）", indent=False)
    banji(doc, "抄送：商务部、交通运输部、海关总署、国家金融监督管理总局，市人民政府办公厅。",
          "重庆市商务委员会办公室", "2026年2月11日印发")

    path = os.path.join(HERE, stem + ".docx")
    save(doc, path)
    expected[stem] = [{
        "meta": {
            "title": "重庆市商务委员会等5部门关于开展中欧班列和西部陆海新通道多式联运“一单制”数字提单试点工作的通知",
            "doc_number": "渝商务发〔2026〕7号",
            "issuer": organs,
            "date": "2026-02-10",
            "published": None,
            "level": "provincial",
            "region": "重庆市",
            "effective": "2026-03-01",
            "expires": "2027-12-31",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["有关区县（自治县）商务主管部门", "有关区县（自治县）交通运输主管部门",
                           "有关区县（自治县）财政局", "重庆海关各隶属海关", "各有关金融机构", "有关企业"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": B.clauses,
    }]
    return path


def main():
    paths = [doc_sichuan(), doc_guangxi(), doc_chongqing()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
