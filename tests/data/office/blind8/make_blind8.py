# ruff: noqa: E501, E402, E702, F841, C408, B905  (the documents' own paragraphs, one string each; helpers as written)
# Round 8 of blind office checks (helpers after make_blind7.py):
# P  常政办发〔2023〕45号 转发 苏商自贸〔2023〕61号 转发 商自贸函〔2023〕118号: three levels, each with its own
#    文号, title, 主送, signature; the innermost with two 附件 (a task table, a text); the outer 附注 and 版记 at
#    the very end; odd/even page numbers
# Q  宁波市“十四五”…发展规划 (PDF first): cover page, blank page, body in Word heading styles (PDF bookmarks,
#    tagged PDF), 第一章/第一节, bold run-in leads, two 专栏 as one-cell bordered tables holding bulleted lists,
#    an indicators table with units in the header, superscript ①②③ marks, 〔 〕 cumulative values and a 注,
#    a 附表 of 48 projects over four pages with its header repeated and a 合计 row
# R  市政发〔2023〕12号 意见 with "第一，…第二，…" paragraphs under （一）, a 5-item 附件 list with two titles
#    wrapping, then, in the same file on a new page, its 政策解读 with bold "一、…？" questions
# S  穗商务规字〔2023〕3号 若干措施 whose 文号 and issuer are only in the page header and its date only in the footer
# T  湘自贸长管发〔2023〕9号 notice + landscape 权责清单: category rows merged across, 序号 restarting per
#    category, 职权依据/责任事项/备注 cells holding several paragraphs, header repeated, 版记 after the table
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

OUT = Path(__file__).resolve().parent  # the files side by side: DOCX and its PDF
FS, HT, KT, XBS, ST = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
EXPECTED: dict[str, list[str]] = {}   # clause texts (body paragraphs) in reading order
TABLES: dict[str, list[list[dict]]] = {}  # per file: its tables, each as rows {header: cell}
META: dict[str, list[dict]] = {}      # per file: the documents it holds, with their metadata


# ----------------------------------------------------------------- helpers (after make_blind6.py)
def set_font(run, font, size, bold=False, color=None, wps=False):
    run.font.name = "Times New Roman" if font in (FS, ST) else font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    if wps:  # WPS writes the CJK font for every script and a hint
        for a in ("w:ascii", "w:hAnsi", "w:cs"):
            rfonts.set(qn(a), font)
        rfonts.set(qn("w:hint"), "eastAsia")
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def border(p, side, sz=6, color="000000", space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), val)
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def gongwen_page(section):
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.header_distance = Mm(20)
    section.footer_distance = Mm(25)


def field(p, instr, size, font=ST, placeholder="1"):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r2 = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:eastAsia"), font)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), str(int(size * 2)))
    rpr.append(sz)
    r2.append(rpr)
    t = OxmlElement("w:t")
    t.text = placeholder
    r2.append(t)
    fld.append(r2)
    p._p.append(fld)


class Writer:
    def __init__(self, name, size=16, line=28.95, wps=False):
        self.name = name
        self.doc = Document()
        self.size, self.line, self.wps = size, line, wps
        st = self.doc.styles["Normal"]
        st.font.name = "Times New Roman"
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        st.font.size = Pt(size)
        pf = st.paragraph_format
        pf.space_before = pf.space_after = Pt(0)
        EXPECTED[name] = []
        TABLES[name] = []

    def para(self, runs, align=None, indent=True, line=None, before=0, after=0, page_break=False,
             right_chars=None, left_chars=None, style=None, expect=True):
        p = self.doc.add_paragraph(style=style)
        pf = p.paragraph_format
        if page_break:
            pf.page_break_before = True
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line or self.line)
        pf.space_before, pf.space_after = Pt(before), Pt(after)
        if align is not None:
            p.alignment = align
        if indent:
            pf.first_line_indent = Pt(2 * self.size)
        if right_chars:
            pf.right_indent = Pt(right_chars * self.size)
        if left_chars:
            pf.left_indent = Pt(left_chars * self.size)
        if isinstance(runs, str):
            runs = [(runs,)]
        text = "".join(r[0] for r in runs)
        if expect and text.strip():
            EXPECTED[self.name].append(text.strip("　 ").replace("\t", ""))
        for r in runs:
            t, font, size, bold, color = (tuple(r) + (FS, self.size, False, None)[len(r) - 1:])[:5]
            set_font(p.add_run(t), font, size, bold, color, wps=self.wps)
        return p

    def blank(self, n=1):
        for _ in range(n):
            self.para("", indent=False)

    def title(self, text, size=22):
        self.para([(text, XBS, size)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)

    def sign(self, org, date, right_chars=4):
        self.para(org, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=right_chars, before=16)
        self.para(date, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=right_chars)

    def save(self):
        OUT.mkdir(parents=True, exist_ok=True)
        path = OUT / f"{self.name}.docx"
        self.doc.save(path)
        return path


def table_borders(t, val):
    tblpr = t._tbl.tblPr
    old = tblpr.find(qn("w:tblBorders"))
    if old is not None:
        tblpr.remove(old)
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), val)
        if val != "none":
            e.set(qn("w:sz"), "4")
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:sz"), "0")
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "auto")
        b.append(e)
    tblpr.append(b)


def set_widths(t, widths):
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=False):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in t.rows:
        for c, w in zip(row.cells, widths, strict=False):
            c.width = Mm(w)


def v_align(cell, val="center"):
    tcpr = cell._tc.get_or_add_tcPr()
    va = OxmlElement("w:vAlign")
    va.set(qn("w:val"), val)
    tcpr.append(va)


def cell_para(cell, text, font=FS, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False, color=None, first=True,
              line=None, wps=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.alignment = align
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(line or size + 6)
    if text:
        set_font(p.add_run(text), font, size, bold, color, wps=wps)
    return p


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    trpr.append(e)


def footer_num(section_footer, align, side_chars=1, size=14, wps=False):
    fp = section_footer.paragraphs[0]
    fp.alignment = align
    if align == WD_ALIGN_PARAGRAPH.RIGHT:
        fp.paragraph_format.right_indent = Pt(side_chars * size)
    elif align == WD_ALIGN_PARAGRAPH.LEFT:
        fp.paragraph_format.left_indent = Pt(side_chars * size)
    set_font(fp.add_run("— "), ST, size, wps=wps)
    field(fp, "PAGE", size)
    set_font(fp.add_run(" —"), ST, size, wps=wps)


def banji(w, rows, width_mm=156):
    """版记: a table with only top/bottom rules (first and last thick), one row each."""
    t = w.doc.add_table(rows=len(rows), cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side, sz in (("top", "8"), ("bottom", "8"), ("insideH", "4"), ("left", "0"), ("right", "0"), ("insideV", "0")):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single" if sz != "0" else "none")
        e.set(qn("w:sz"), sz)
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)
    for r, runs in zip(t.rows, rows, strict=False):
        c = r.cells[0]
        p = c.paragraphs[0]
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(28)
        for txt in runs:
            set_font(p.add_run(txt), FS, 14)
    set_widths(t, [width_mm])
    return t


def grid_table(w, header, rows, widths, size=12, header_repeat=True, merges=(), font=FS):
    """A ruled table; rows of strings; merges: ((r0, c0, r1, c1), …) in data-row coordinates (header = row 0)."""
    t = w.doc.add_table(rows=1 + len(rows), cols=len(header))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, "single")
    for j, h in enumerate(header):
        cell_para(t.cell(0, j), h, HT, size, wps=w.wps)
    if header_repeat:
        repeat_header(t.rows[0])
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            if v is None:
                continue
            align = WD_ALIGN_PARAGRAPH.LEFT if len(v) > 12 else WD_ALIGN_PARAGRAPH.CENTER
            cell_para(t.cell(i, j), v, font, size, align, wps=w.wps)
    for r0, c0, r1, c1 in merges:
        m = t.cell(r0, c0).merge(t.cell(r1, c1))
        v_align(m)
    set_widths(t, widths)
    return t


def cn_num(n):
    CN = "一二三四五六七八九十"
    if n <= 10:
        return CN[n - 1]
    if n < 20:
        return "十" + CN[n - 11]
    return CN[n // 10 - 1] + "十" + (CN[n % 10 - 1] if n % 10 else "")


def red_rule(w, sz=18, val="single", before=2):
    p = w.para("", indent=False, line=6, before=before)
    border(p, "bottom", sz=sz, color="FF0000", val=val)
    return p




# ----------------------------------------------------------------- helpers of this round
def sup_cell(cell, parts, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, font=FS):
    """A cell paragraph of (text, superscript?) parts."""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(size + 6)
    for text, sup in parts:
        r = p.add_run(text)
        set_font(r, font, size)
        if sup:
            r.font.superscript = True
    return p


def cell_paras(cell, texts, size=11, align=WD_ALIGN_PARAGRAPH.LEFT, font=FS):
    """Several paragraphs in one cell, as typed with Enter."""
    for i, t in enumerate(texts):
        cell_para(cell, t, font, size, align, first=(i == 0))


def hf_para(p, runs, align=None, tab_at=None, bottom=False, top=False):
    if align is not None:
        p.alignment = align
    if tab_at is not None:
        p.paragraph_format.tab_stops.add_tab_stop(Mm(tab_at), WD_TAB_ALIGNMENT.RIGHT)
    for t, font, size in runs:
        if t == "<PAGE>":
            field(p, "PAGE", size)
        elif t == "<NUMPAGES>":
            field(p, "NUMPAGES", size, placeholder="3")
        else:
            set_font(p.add_run(t), font, size)
    if bottom:
        border(p, "bottom", sz=6)
    if top:
        border(p, "top", sz=6)
    return p


def page_start(section, n=1):
    sectpr = section._sectPr
    pg = sectpr.find(qn("w:pgNumType"))
    if pg is None:
        pg = OxmlElement("w:pgNumType")
        sectpr.append(pg)
    pg.set(qn("w:start"), str(n))


def landscape(section):
    from docx.enum.section import WD_ORIENT
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.top_margin, section.bottom_margin = Mm(28), Mm(26)
    section.left_margin, section.right_margin = Mm(30), Mm(30)


def odd_even_numbers(w, section):
    """GB/T 9704 page numbers: odd pages right, even pages left, one 全角 space in from the edge."""
    w.doc.settings.odd_and_even_pages_header_footer = True
    footer_num(section.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    footer_num(section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)


def mark(w, text, size=36, color=RED, spacing=None):
    p = w.para([(text, XBS, size, False, color)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=size + 12,
               expect=False)
    return p


def heading(w, text, level, font=HT, size=16, align=None, bold=False):
    """A paragraph in Word's Heading N style, set to look like a 公文 heading (black, no space)."""
    p = w.para([(text, font, size, bold)], indent=(align is None), style=f"Heading {level}", align=align)
    for r in p.runs:
        r.font.color.rgb = RGBColor(0, 0, 0)
        r.font.italic = False
    return p


def att_list(w, items, first="附件：", hang_extra=0.0):
    """附件说明: the numbers after 附件： and each further item aligned under the first, hanging indent, so a
    long title wraps under its own text."""
    for i, t in enumerate(items):
        p = w.para((first if i == 0 else "") + t, indent=False, expect=False)
        pf = p.paragraph_format
        # 2 indent + 附件： (3); hang_extra: further in, so that a wrapped title runs on under its text, not its number
        pf.left_indent = Pt(self_size(w) * (5 + hang_extra))
        pf.first_line_indent = Pt(-self_size(w) * (3 + hang_extra)) if i == 0 else Pt(-self_size(w) * hang_extra)
    EXPECTED[w.name].append(first + items[0])
    EXPECTED[w.name].extend(items[1:])


def self_size(w):
    return w.size


# ======================================================================= P
P_OUT_NO, P_MID_NO, P_IN_NO = "常政办发〔2023〕45号", "苏商自贸〔2023〕61号", "商自贸函〔2023〕118号"
P_IN_TITLE = "商务部关于做好自由贸易试验区第七批改革试点经验复制推广工作的通知"
P_MID_TITLE = "江苏省商务厅关于转发《商务部关于做好自由贸易试验区第七批改革试点经验复制推广工作的通知》的通知"
P_OUT_TITLE_LINES = ["常州市人民政府办公室关于转发省商务厅", "做好自由贸易试验区第七批改革试点经验", "复制推广工作通知的通知"]
P_OUT_TITLE = "".join(P_OUT_TITLE_LINES)
P_OUT_TO = "各辖市、区人民政府，常州经开区管委会，市各委办局，市各直属单位："
P_OUT_BODY = [
    "省商务厅《关于转发〈商务部关于做好自由贸易试验区第七批改革试点经验复制推广工作的通知〉的通知》（苏商自贸〔2023〕61号）已经市人民政府同意，现转发给你们，并结合我市实际提出如下要求，请一并贯彻执行。",
    "一、市商务局要会同市有关部门，对照商务部通知附件1任务分工表，逐项细化我市落实措施，于2023年6月30日前报市人民政府。",
    "二、各辖市、区要借鉴中国（江苏）自由贸易试验区南京、苏州片区的经验做法，推动改革试点经验在常州综合保税区、武进综合保税区率先落地。",
    "三、各地各部门复制推广工作进展情况，请于2023年11月30日前报送市商务局（联系人：周敏，电话：0519-85680000）。",
]
P_MID_TO = "各设区市商务局，中国（江苏）自由贸易试验区南京、苏州、连云港片区综合协调局："
P_MID_BODY = [
    "现将《商务部关于做好自由贸易试验区第七批改革试点经验复制推广工作的通知》（商自贸函〔2023〕118号）转发给你们，并就有关事项通知如下：",
    "一、高度重视复制推广工作。各地要把复制推广自贸试验区改革试点经验作为推进高水平对外开放的重要抓手，主要负责同志亲自研究部署，确保各项改革事项落地见效。",
    "二、明确责任分工。各设区市商务局要会同当地有关部门，按照附件1确定的分工，逐项制定落实方案，于2023年6月25日前报送省商务厅（自贸区处）。",
    "三、加强跟踪评估。省商务厅将把复制推广情况纳入全省自贸试验区建设考核评价，每半年通报一次，对工作进展缓慢的地区进行督导。",
]
P_IN_TO = "各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门："
P_IN_BODY = [
    "经国务院同意，现将自由贸易试验区第七批改革试点经验复制推广工作有关事项通知如下：",
    "一、复制推广的主要内容",
    "（一）在全国范围内复制推广的改革事项。",
    "1.投资管理领域：“外商投资企业登记注册全程电子化”“境外投资备案‘一窗通办’”等4项；",
    "2.贸易便利化领域：“跨境电商零售进口退货中心仓模式”“中欧班列集拼集运模式”等6项；",
    "3.金融开放创新领域：“跨境人民币结算便利化”“自由贸易账户本外币一体化”等3项。",
    "（二）在特定区域复制推广的改革事项。在自由贸易试验区、综合保税区复制推广“保税维修‘白名单’管理”等5项改革事项。",
    "二、工作要求",
    "（一）加强组织领导。各地商务主管部门要会同有关部门，将复制推广工作作为深化改革的重要内容，结合本地实际制定工作方案。",
    "（二）抓好贯彻落实。国务院有关部门要加强对地方的指导，及时出台配套措施，各地要于2023年12月31日前完成复制推广工作。",
    "（三）做好总结评估。各地在复制推广过程中遇到的问题和取得的成效，请及时报送商务部（自由贸易试验区港务司）。",
]
P_IN_ATT = ["1.自由贸易试验区第七批改革试点经验复制推广工作任务分工表", "2.自由贸易试验区第七批改革试点经验具体内容"]
P_T1_HEADER = ["序号", "改革事项", "主要内容", "负责单位", "推广范围"]
P_T1_ROWS = [
    ["1", "外商投资企业登记注册全程电子化", "外商投资企业设立、变更、注销登记全流程网上办理，电子营业执照与纸质执照具有同等法律效力。", "市场监管总局、商务部", "全国"],
    ["2", "跨境电商零售进口退货中心仓模式", "在综合保税区内设立退货中心仓，跨境电商零售进口商品退货可在区内分拣、查验后退运。", "海关总署", "全国"],
    ["3", "中欧班列集拼集运模式", "以中欧班列始发站为枢纽，开展多省份货源集拼、统一订舱和集中报关。", "海关总署、国铁集团", "全国"],
    ["4", "跨境人民币结算便利化", "对优质企业跨境人民币结算实行凭指令办理，简化单证审核。", "人民银行", "全国"],
    ["5", "保税维修“白名单”管理", "对列入“白名单”的维修产品实行保税维修，不实行进口许可证件管理。", "商务部、海关总署、生态环境部", "自由贸易试验区、综合保税区"],
]
P_T2_TITLE = "自由贸易试验区第七批改革试点经验具体内容"
P_T2_BODY = [
    "一、外商投资企业登记注册全程电子化。依托全国统一的外商投资企业登记系统，实现登记申请、审核、发照全程网上办理，企业无需到现场提交纸质材料。",
    "二、跨境电商零售进口退货中心仓模式。在综合保税区设立退货中心仓，实现退货商品集中分拣、统一退运，退货时间由30天缩短至10天以内。",
    "三、中欧班列集拼集运模式。整合周边省份货源，统一组织集拼发运，单列班列装载率由75%提高到95%以上。",
    "四、跨境人民币结算便利化。银行凭优质企业收付款指令直接办理跨境人民币结算，单笔业务办理时间缩短50%。",
    "五、保税维修“白名单”管理。由商务部会同有关部门发布维修产品目录，对目录内产品实行保税维修，维修后复运出境。",
]


def doc_p(name="p_changzhou_forward_chain", mid_mark=True, in_no_pos="right", levels=3, order="no_first", breaks=True):
    w = Writer(name)
    gongwen_page(w.doc.sections[0])
    odd_even_numbers(w, w.doc.sections[0])
    # ---- outer: 常州市人民政府办公室 (red 版头)
    mark(w, "常州市人民政府办公室文件", size=30)
    w.blank(1)
    w.para(P_OUT_NO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, expect=False)
    red_rule(w, sz=18)
    w.blank(1)
    for line in P_OUT_TITLE_LINES:
        w.para([(line, XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35, expect=False)
    EXPECTED[w.name].append(P_OUT_TITLE)
    w.blank(1)
    w.para(P_OUT_TO, indent=False)
    for t in P_OUT_BODY:
        w.para(t)
    w.blank(1)
    w.sign("常州市人民政府办公室", "2023年6月12日")
    w.para("（此件公开发布）")
    # ---- middle: 江苏省商务厅 (reprinted in black, its own 版头 and rule), new page
    if levels < 3:
        pass
    elif order == "title_first":
        w.para([(P_MID_TITLE, XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35, page_break=breaks)
        w.para(P_MID_NO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, expect=False)
    elif mid_mark:
        w.para([("江苏省商务厅文件", XBS, 30)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=42,
               page_break=True, expect=False)
        w.blank(1)
        w.para(P_MID_NO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, expect=False)
        p = w.para("", indent=False, line=6, before=2)
        border(p, "bottom", sz=12)
    else:
        w.para(P_MID_NO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, page_break=True, expect=False)
    if levels == 3:
        if order != "title_first":
            w.blank(1)
            w.title(P_MID_TITLE)
        w.blank(1)
        w.para(P_MID_TO, indent=False)
        for t in P_MID_BODY:
            w.para(t)
        w.blank(1)
        w.sign("江苏省商务厅", "2023年6月5日")
        w.para("（联系人：吴磊，联系电话：025-57710000）")
    # ---- innermost: 商务部 (函 format: 文号 top right), new page
    if order == "title_first":
        w.para([(P_IN_TITLE, XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35, page_break=breaks)
        w.para(P_IN_NO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, expect=False)
    else:
        w.para(P_IN_NO, align=WD_ALIGN_PARAGRAPH.RIGHT if in_no_pos == "right" else WD_ALIGN_PARAGRAPH.CENTER,
               indent=False, page_break=breaks, expect=False, right_chars=1)
        w.blank(1)
        w.title(P_IN_TITLE)
    w.blank(1)
    w.para(P_IN_TO, indent=False)
    for t in P_IN_BODY:
        runs = [(t, HT)] if t[:2] in ("一、", "二、") else [(t[:t.index("。") + 1], KT), (t[t.index("。") + 1:],)] if t.startswith("（") else t
        w.para(runs)
    w.blank(1)
    att_list(w, P_IN_ATT)
    w.blank(1)
    w.sign("商务部", "2023年5月26日")
    # 附件1: task table
    w.para([("附件1", HT)], indent=False, page_break=True, expect=False)
    w.blank(1)
    w.title(P_IN_ATT[0][2:], size=20)
    w.blank(1)
    grid_table(w, P_T1_HEADER, P_T1_ROWS, [12, 38, 62, 28, 18], size=11)
    TABLES[w.name].append([dict(zip(P_T1_HEADER, r)) for r in P_T1_ROWS])
    # 附件2: text
    w.para([("附件2", HT)], indent=False, page_break=True, expect=False)
    w.blank(1)
    w.title(P_T2_TITLE, size=20)
    w.blank(1)
    for t in P_T2_BODY:
        w.para(t)
    w.blank(3)
    banji(w, [("抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，常州军分区。",),
              ("常州市人民政府办公室", "　　　　　　　　　　　　　", "2023年6月12日印发")])
    META[w.name] = [
        dict(title=P_OUT_TITLE, doc_number=P_OUT_NO, issuers=["常州市人民政府办公室"], signed="2023-06-12",
             issuing_mark="常州市人民政府办公室文件", addressees=P_OUT_TO.rstrip("："), remarks="（此件公开发布）",
             cc="市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，常州军分区。",
             printed_by="常州市人民政府办公室", printed_date="2023-06-12", attachments=[]),
        dict(title=P_MID_TITLE, doc_number=P_MID_NO, issuers=["江苏省商务厅"], signed="2023-06-05",
             issuing_mark="江苏省商务厅文件", addressees=P_MID_TO.rstrip("："),
             remarks="（联系人：吴磊，联系电话：025-57710000）", cc=None, attachments=[]),
        dict(title=P_IN_TITLE, doc_number=P_IN_NO, issuers=["商务部"], signed="2023-05-26",
             addressees=P_IN_TO.rstrip("："), remarks=None, cc=None, attachments=[a[2:] for a in P_IN_ATT]),
    ]
    return w.save()


# ======================================================================= Q
Q_TITLE_LINES = ["宁波市“十四五”时期参与“一带一路”建设", "和自由贸易试验区发展规划"]
Q_TITLE = "".join(Q_TITLE_LINES)
Q_PREFACE = "“十四五”时期是宁波高水平建设“一带一路”综合试验区、全面推进中国（浙江）自由贸易试验区宁波片区建设的关键时期。本规划依据《宁波市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》《中国（浙江）自由贸易试验区扩展区域方案》编制，规划期为2021—2025年，展望到2035年。"
Q_BOX1_TITLE = "专栏1　“十三五”时期参与“一带一路”建设主要成效"
Q_BOX1 = [
    "经贸合作：2020年对“一带一路”沿线国家进出口额3112.6亿元，占全市外贸比重31.8%。",
    "互联互通：宁波舟山港“一带一路”航线达到110条，海铁联运箱量突破100万标箱。",
    "平台建设：连续举办中国—中东欧国家博览会，获批建设中国—中东欧国家经贸合作示范区。",
    "人文交流：与沿线国家新结友好城市12对，设立“丝路”奖学金，累计资助留学生1200余人次。",
]
Q_BOX2_TITLE = "专栏2　国际枢纽港建设重点工程"
Q_BOX2 = [
    "港口工程：梅山港区二期集装箱码头、穿山港区中宅矿石码头二期。",
    "海铁联运：北仑铁路支线复线改造、镇海大宗货物海铁联运物流枢纽港。",
    "航空物流：栎社国际机场三期扩建工程、宁波空港物流园区。",
]
Q_IND_HEADER = ["类别", "指标", "2020年", "2025年", "年均增长（%）", "属性"]
# cells: name parts (text, superscript?)
Q_IND_ROWS = [
    ["经贸合作", [("对“一带一路”沿线国家进出口额（亿元）", False)], "3112.6", "4500", "7.6", "预期性"],
    [None, [("对沿线国家实际投资额", False), ("①", True), ("（亿美元）", False)], "18.5", "〔120〕", "—", "预期性"],
    [None, [("跨境电商进出口额", False), ("②", True), ("（亿元）", False)], "1688", "3000", "12.2", "预期性"],
    ["互联互通", [("宁波舟山港集装箱吞吐量（万标箱）", False)], "2872", "3500", "4.0", "预期性"],
    [None, [("海铁联运箱量（万标箱）", False)], "100.2", "200", "14.8", "预期性"],
    [None, [("“一带一路”航线数（条）", False)], "110", "130", "—", "预期性"],
    ["制度创新", [("自贸试验区制度创新成果", False), ("③", True), ("（项）", False)], "—", "〔100〕", "—", "约束性"],
]
Q_IND_NOTE = "注：①指经商务部门备案（核准）的中方实际投资额；②含跨境电商零售进出口和跨境电商B2B出口；③指经省级以上部门认可的制度创新案例；〔　〕内为五年累计数。"
Q_BODY = [  # (kind, text): h1 heading, h2 heading, p paragraph, lead (bold run-in lead + rest), box1/box2, table
    ("h1", "第一章　发展基础与面临形势"),
    ("h2", "第一节　发展基础"),
    ("p", "“十三五”时期，我市深度融入共建“一带一路”，开放型经济实现跨越式发展，宁波舟山港货物吞吐量连续12年位居全球第一，中国—中东欧国家经贸合作示范区建设取得阶段性成效。"),
    ("box1", ""),
    ("h2", "第二节　面临形势"),
    ("p", "当前，世界百年未有之大变局加速演进，全球产业链供应链深度调整，区域全面经济伙伴关系协定（RCEP）生效实施，为我市拓展与共建国家经贸合作带来新机遇，同时也面临外部环境不稳定不确定因素增多等挑战。"),
    ("h1", "第二章　总体要求"),
    ("h2", "第一节　指导思想"),
    ("p", "坚持以习近平新时代中国特色社会主义思想为指导，以高质量共建“一带一路”为主线，以自贸试验区制度创新为动力，加快建设国际开放枢纽之都。"),
    ("h2", "第二节　主要目标"),
    ("p", "到2025年，“一带一路”综合试验区建设取得重大突破，自贸试验区宁波片区制度创新走在全国前列，主要指标见表1。"),
    ("table", ""),
    ("h1", "第三章　重点任务"),
    ("h2", "第一节　建设国际枢纽港"),
    ("lead", ("推进港口互联互通。", "加快梅山港区、穿山港区集装箱码头建设，加密至东南亚、中东欧和非洲的集装箱航线，到2025年“一带一路”航线达到130条。")),
    ("lead", ("拓展海铁联运网络。", "完善“海铁联运+中欧班列”组织模式，向西辐射江西、安徽、新疆等内陆地区，打造全国海铁联运示范通道。")),
    ("box2", ""),
    ("h2", "第二节　深化自贸试验区制度创新"),
    ("lead", ("推进油气全产业链开放。", "争取开展原油非国营贸易进口资格试点，建设大宗商品储运基地和交易中心。")),
    ("lead", ("提升贸易投资便利化水平。", "深化国际贸易“单一窗口”建设，推行“两步申报”“提前申报”等通关模式，压缩整体通关时间。")),
    ("h1", "第四章　保障措施"),
    ("p", "建立市参与“一带一路”建设和自贸试验区建设领导小组统筹协调机制，加强规划实施监测评估，2023年开展中期评估，2025年开展总结评估。"),
]
Q_ANNEX_TITLE = "宁波市“十四五”时期参与“一带一路”建设重大项目表"
Q_ANNEX_HEADER = ["序号", "项目名称", "建设内容及规模", "建设期限", "总投资（亿元）", "责任单位"]
_Q_PLACES = ["北仑区", "镇海区", "鄞州区", "海曙区", "江北区", "奉化区", "余姚市", "慈溪市", "宁海县", "象山县",
             "前湾新区", "梅山湾", "杭州湾新区", "大榭开发区", "保税区", "高新区"]
_Q_KINDS = [
    ("集装箱码头工程", "新建{a}万吨级集装箱泊位{b}个，年设计通过能力{c}万标箱", "宁波舟山港集团"),
    ("海铁联运物流中心", "建设铁路装卸线{b}条、堆场{a}万平方米，年作业能力{c}万标箱", "宁波铁路发展有限公司"),
    ("跨境电商产业园", "建设跨境电商监管仓、海外仓服务中心{a}万平方米，引进跨境电商企业{c}家", "市商务局"),
    ("大宗商品储运基地", "新建油品储罐{b}座，总库容{c}万立方米，配套码头{a}万吨级泊位1个", "市发展改革委"),
    ("国际合作产业园", "规划面积{a}平方公里，重点引进中东欧国家先进制造企业{c}家以上", "市商务局"),
    ("冷链物流中心", "建设冷库{a}万吨，配套进口肉类、水果指定监管场地{b}个", "市口岸办"),
]
Q_ANNEX_ROWS = []
for i in range(48):
    place = _Q_PLACES[i % len(_Q_PLACES)]
    kind, content, unit = _Q_KINDS[i % len(_Q_KINDS)]
    a, b, c = 5 + (i * 7) % 40, 2 + i % 5, 30 + (i * 13) % 170
    start = 2021 + i % 3
    Q_ANNEX_ROWS.append([str(i + 1), f"{place}{kind}", content.format(a=a, b=b, c=c) + "。", f"{start}—{start + 2 + i % 3}年",
                         f"{(10 + (i * 37) % 90) / 2:.1f}".rstrip("0").rstrip("."), f"{place}人民政府、{unit}" if i % 4 else f"{unit}"])
Q_TOTAL = sum(float(r[4]) for r in Q_ANNEX_ROWS)
Q_ANNEX_ROWS.append(["合计", None, "", "", f"{Q_TOTAL:.1f}", ""])


def box(w, title, items, width_mm=150, mode="table_bullets"):
    """专栏: a one-cell table with a border all round, a bold centred title and Word bullets."""
    if mode == "plain_bullets":  # no box: the title and a bulleted list in the body
        w.para([(title, HT, 14)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        for it in items:
            p = w.para([(it, KT, 14)], indent=False, style="List Bullet")
        return None
    t = w.doc.add_table(rows=1, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, "single")
    c = t.cell(0, 0)
    cell_para(c, title, HT, 14)
    EXPECTED[w.name].append(title)
    for it in items:
        p = c.add_paragraph(style="List Bullet" if mode == "table_bullets" else None)
        if mode != "table_bullets":
            p.paragraph_format.first_line_indent = Pt(28)
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(22)
        set_font(p.add_run(it), KT, 14)
        EXPECTED[w.name].append(it)
    set_widths(t, [width_mm])
    return t


def doc_q(name="q_ningbo_plan_14th", cover=True, blank_page=True, styles=True, ind_repeat=False, annex_break=True, annex_label="附表", box_mode="table_bullets"):
    w = Writer(name)
    s0 = w.doc.sections[0]
    gongwen_page(s0)
    if cover:
        w.blank(5)
        for line in Q_TITLE_LINES:
            w.para([(line, XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40, expect=False)
        w.blank(6)
        w.para([("宁波市发展和改革委员会", KT, 18)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, expect=False)
        w.para([("宁波市商务局", KT, 18)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, expect=False)
        w.para([("二〇二一年八月", KT, 18)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, before=20, expect=False)
        if blank_page:
            # the back of the cover, left empty so that the body starts on an odd page
            w.para("", indent=False, page_break=True, expect=False)
        body = w.doc.add_section(WD_SECTION.NEW_PAGE)
        gongwen_page(body)
        body.footer.is_linked_to_previous = False
        footer_num(body.footer, WD_ALIGN_PARAGRAPH.CENTER)
        page_start(body, 1)
    else:
        footer_num(s0.footer, WD_ALIGN_PARAGRAPH.CENTER)
    for line in Q_TITLE_LINES:
        w.para([(line, XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35, expect=False)
    EXPECTED[w.name].append(Q_TITLE)
    w.blank(1)
    w.para(Q_PREFACE)
    for kind, text in Q_BODY:
        if kind == "h1":
            if styles:
                heading(w, text, 1, HT, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
            else:
                w.para([(text, HT)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        elif kind == "h2":
            if styles:
                heading(w, text, 2, KT, 16, bold=True)
            else:
                w.para([(text, KT, 16, True)])
        elif kind == "p":
            w.para(text)
        elif kind == "lead":
            w.para([(text[0], FS, 16, True), (text[1],)])
        elif kind == "box1":
            box(w, Q_BOX1_TITLE, Q_BOX1, mode=box_mode)
        elif kind == "box2":
            box(w, Q_BOX2_TITLE, Q_BOX2, mode=box_mode)
        elif kind == "table":
            w.para([("表1　宁波市“十四五”时期参与“一带一路”建设主要指标", HT, 14)], align=WD_ALIGN_PARAGRAPH.CENTER,
                   indent=False)
            t = w.doc.add_table(rows=1 + len(Q_IND_ROWS), cols=len(Q_IND_HEADER))
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            table_borders(t, "single")
            for j, h in enumerate(Q_IND_HEADER):
                cell_para(t.cell(0, j), h, HT, 11)
            if ind_repeat:
                repeat_header(t.rows[0])
            for i, row in enumerate(Q_IND_ROWS, start=1):
                if row[0]:
                    cell_para(t.cell(i, 0), row[0], FS, 11)
                sup_cell(t.cell(i, 1), row[1], 11, WD_ALIGN_PARAGRAPH.LEFT)
                for j in range(2, 6):
                    cell_para(t.cell(i, j), row[j], FS, 11)
            for r0, r1 in ((1, 3), (4, 6)):
                v_align(t.cell(r0, 0).merge(t.cell(r1, 0)))
            set_widths(t, [18, 58, 20, 20, 24, 16])
            rows, last = [], None
            for row in Q_IND_ROWS:
                last = row[0] or last
                rows.append(dict(zip(Q_IND_HEADER, [last, "".join(x for x, _ in row[1])] + row[2:])))
            TABLES[w.name].append(rows)
            w.para(Q_IND_NOTE, indent=False, line=20)
    # 附表 on its own page: 48 projects over four pages, header repeated
    if not annex_break:
        w.blank(1)
    w.para([(annex_label, HT)], indent=False, page_break=annex_break, expect=False)
    w.title(Q_ANNEX_TITLE, size=18)
    w.blank(1)
    grid_table(w, Q_ANNEX_HEADER, Q_ANNEX_ROWS, [12, 32, 50, 20, 20, 22], size=10.5, merges=((49, 0, 49, 1),))
    TABLES[w.name].append([dict(zip(Q_ANNEX_HEADER, [c if c is not None else "合计" for c in r])) for r in Q_ANNEX_ROWS])
    META[w.name] = [dict(title=Q_TITLE, doc_number=None, issuers=["宁波市发展和改革委员会", "宁波市商务局"],
                         signed="2021-08", attachments=[], note="cover: issuers and 二〇二一年八月 (month only)")]
    return w.save()


# ======================================================================= R
R_NO = "市政发〔2023〕12号"
R_TITLE_LINES = ["西安市人民政府关于加快中欧班列（西安）集结中心建设", "助力中国（陕西）自由贸易试验区高质量发展的意见"]
R_TITLE = "".join(R_TITLE_LINES)
R_TO = "各区、县人民政府，市人民政府各工作部门、各直属机构："
R_BODY = [
    "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，加快中欧班列（西安）集结中心建设，助力中国（陕西）自由贸易试验区高质量发展，现提出如下意见。",
    "一、总体要求",
    "（一）指导思想。以习近平新时代中国特色社会主义思想为指导，立足西安“一带一路”重要节点城市定位，以中欧班列（西安）集结中心为牵引，推动通道、平台、产业协同发展。",
    "（二）基本原则。",
    "第一，坚持市场主导。充分发挥市场在资源配置中的决定性作用，引导班列运营企业、物流企业和外贸企业协同发展。",
    "第二，坚持改革创新。依托自贸试验区先行先试，推动通关监管、多式联运和金融服务制度创新。",
    "第三，坚持开放合作。加强与共建“一带一路”国家和国内兄弟省市合作，构建陆海内外联动、东西双向互济的开放格局。",
    "（三）发展目标。到2025年，中欧班列“长安号”年开行量稳定在5000列以上，集结货源中本地货源占比达到40%，西安国际港站集装箱吞吐能力达到500万标箱。",
    "二、重点任务",
    "（四）优化班列线路布局。稳定开行西安至汉堡、杜伊斯堡、布达佩斯等干线班列，新开西安至中亚、西亚、南亚的国际班列线路，实现共建“一带一路”国家和地区主要货源地全覆盖。",
    "（五）提升集结中心功能。",
    "第一，完善枢纽设施。加快西安国际港站二期、新筑站改扩建工程建设，2024年底前建成投用。",
    "第二，强化集拼集运。在西安国际港务区设立集拼集运中心，为省内外企业提供拼箱、分拨、仓储一体化服务。",
    "第三，推进“班列+”融合。推动中欧班列与跨境电商、冷链物流、汽车整车进出口等业态融合发展。",
    "（六）深化通关便利化改革。推广“提前申报”“两步申报”“铁路快通”等模式，推进中欧班列运输单证物权化试点，压缩班列货物通关时间。",
    "（七）做强临港产业。依托集结中心集聚装备制造、电子信息、跨境电商等产业，建设中欧班列产业园。",
    "三、保障措施",
    "（八）加强组织领导。成立市中欧班列（西安）集结中心建设工作专班，由市政府分管副市长任召集人，统筹推进重大事项。",
    "（九）加大政策支持。市级财政每年安排专项资金，支持班列开行、集结中心建设和临港产业发展，具体标准按照附件3执行。",
    "（十）强化考核评估。将集结中心建设任务纳入市级目标责任考核，每年开展一次评估。",
    "本意见自2023年7月1日起施行，有效期至2025年12月31日。",
]
R_ATT = [
    "1.中欧班列（西安）集结中心建设重点任务分工表",
    "2.中欧班列（西安）集结中心2023—2025年重点项目清单",
    "3.西安市支持中欧班列“长安号”开行的资金奖补标准、申报条件及办理流程",
    "4.中国（陕西）自由贸易试验区西安区域与中欧班列沿线国家（地区）经贸合作重点城市名录",
    "5.西安国际港务区跨境电商监管中心业务办理指南",
]
R_QA_TITLE_LINES = ["《西安市人民政府关于加快中欧班列（西安）集结中心建设", "助力中国（陕西）自由贸易试验区高质量发展的意见》政策解读"]
R_QA_TITLE = "".join(R_QA_TITLE_LINES)
R_QA = [
    ("一、《意见》出台的背景是什么？", [
        "中欧班列是共建“一带一路”的旗舰项目。2020年，国家发展改革委将西安列入中欧班列集结中心示范工程建设城市。为加快集结中心建设，发挥其对自贸试验区发展的带动作用，市政府出台了《意见》。",
    ]),
    ("二、《意见》提出的主要目标有哪些？", [
        "《意见》提出，到2025年，中欧班列“长安号”年开行量稳定在5000列以上，本地货源占比达到40%，西安国际港站集装箱吞吐能力达到500万标箱。",
    ]),
    ("三、《意见》部署了哪些重点任务？", [
        "《意见》从四个方面部署了重点任务：一是优化班列线路布局；二是提升集结中心功能；三是深化通关便利化改革；四是做强临港产业。",
        "其中，提升集结中心功能明确了完善枢纽设施、强化集拼集运、推进“班列+”融合三项具体举措。",
    ]),
    ("四、企业如何申请中欧班列开行资金奖补？", [
        "符合条件的班列运营企业和货主企业，可于每年3月31日前向西安国际港务区管委会提交申请材料，经审核公示后拨付资金。具体标准和流程见《意见》附件3。",
    ]),
    ("五、《意见》的有效期是多长？", [
        "《意见》自2023年7月1日起施行，有效期至2025年12月31日。",
    ]),
]
R_QA_TAIL = ["解读机关：西安市发展和改革委员会", "解读人：刘建平", "联系电话：029-86780000"]


def doc_r(name="r_xian_opinion_interpretation", att_wrap="natural", qa_break=True):
    w = Writer(name)
    gongwen_page(w.doc.sections[0])
    footer_num(w.doc.sections[0].footer, WD_ALIGN_PARAGRAPH.CENTER)
    mark(w, "西安市人民政府文件", size=36)
    w.blank(1)
    w.para(R_NO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, expect=False)
    red_rule(w)
    w.blank(1)
    for line in R_TITLE_LINES:
        w.para([(line, XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35, expect=False)
    EXPECTED[w.name].append(R_TITLE)
    w.blank(1)
    w.para(R_TO, indent=False)
    for t in R_BODY:
        if t[:2] in ("一、", "二、", "三、"):
            w.para([(t, HT)])
        elif t.startswith("（") and "。" in t:
            k = t.index("。") + 1
            w.para([(t[:k], KT), (t[k:],)])
        else:
            w.para(t)
    w.blank(1)
    if att_wrap == "natural":
        att_list(w, R_ATT)
    elif att_wrap == "hanging":
        att_list(w, R_ATT, hang_extra=1.0)
    else:  # the wrapped titles typed as two paragraphs, the second pushed under the text with spaces
        for i, t in enumerate(R_ATT):
            pre = "附件：" if i == 0 else "　　　"
            if len(t) > 28:
                w.para(pre + t[:26], expect=False)
                w.para("　　　　" + t[26:], expect=False)
            else:
                w.para(pre + t, expect=False)
        EXPECTED[w.name].append("附件：" + R_ATT[0])
        EXPECTED[w.name].extend(R_ATT[1:])
    w.blank(2)
    w.sign("西安市人民政府", "2023年6月1日")
    w.blank(1)
    w.para("（此件公开发布）")
    # the interpretation, printed after the policy in the same file
    for i, line in enumerate(R_QA_TITLE_LINES):
        w.para([(line, XBS, 20)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, expect=False,
               page_break=(qa_break and i == 0), before=(0 if qa_break or i else 24))
    EXPECTED[w.name].append(R_QA_TITLE)
    w.blank(1)
    w.para("为便于社会公众更好地理解和执行《意见》，现就有关内容解读如下：")
    for q, answers in R_QA:
        w.para([(q, FS, 16, True)])
        for a in answers:
            w.para(a)
    w.blank(1)
    for t in R_QA_TAIL:
        w.para(t)
    META[w.name] = [
        dict(title=R_TITLE, doc_number=R_NO, issuers=["西安市人民政府"], signed="2023-06-01", effective="2023-07-01",
             expires="2025-12-31", issuing_mark="西安市人民政府文件", addressees=R_TO.rstrip("："),
             remarks="（此件公开发布）", attachments=[a[2:] for a in R_ATT]),
        dict(title=R_QA_TITLE, doc_number=None, issuers=["西安市发展和改革委员会"], signed=None,
             note="a second document: the 解读, not clauses of the 意见"),
    ]
    return w.save()


# ======================================================================= S
S_NO = "穗商务规字〔2023〕3号"
S_TITLE_LINES = ["广州市商务局关于支持中国（广东）自由贸易试验区", "广州南沙新区片区跨境电子商务高质量发展的若干措施"]
S_TITLE = "".join(S_TITLE_LINES)
S_BODY = [
    "为贯彻落实《国务院关于印发〈广州南沙深化面向世界的粤港澳全面合作总体方案〉的通知》（国发〔2022〕13号），支持中国（广东）自由贸易试验区广州南沙新区片区（以下简称南沙片区）建设面向共建“一带一路”国家的跨境电子商务枢纽，结合本市实际，制定以下措施。",
    "一、支持跨境电商企业集聚发展。对新引进并在南沙片区注册的跨境电商平台企业，上一年度跨境电商进出口额达到5亿元以上的，按其进出口额的0.5%给予一次性奖励，最高不超过200万元。",
    "二、支持建设公共海外仓。对在共建“一带一路”国家新建或租赁海外仓，面积达到5000平方米以上且为我市企业提供公共服务的，按实际投资额的20%给予补助，每个海外仓最高不超过300万元。",
    "三、支持跨境电商综合服务平台建设。对为中小企业提供通关、物流、退税、结汇等一站式服务的综合服务企业，年服务企业数量达到100家以上的，给予最高50万元奖励。",
    "四、支持开展跨境电商零售进口业务。鼓励企业在南沙综合保税区开展“网购保税进口”业务，对年进口额增长30%以上的企业，按增量部分的0.3%给予奖励，最高不超过100万元。",
    "五、支持跨境电商人才培养。对与高等院校、职业院校合作开展跨境电商人才培训，年培训人数达到500人次以上的企业和机构，给予每人次200元补贴，单个主体每年最高不超过30万元。",
    "六、强化金融服务。鼓励银行机构为跨境电商企业提供跨境人民币结算、出口信用保险保单融资等服务，对企业实际发生的出口信用保险保费给予50%资助。",
    "七、同一企业同一项目符合本措施和本市其他同类扶持政策的，按照从高不重复的原则予以支持。本措施所需资金由市、区两级财政按照现行财政体制分担。",
    "八、本措施自2023年7月1日起施行，有效期至2026年6月30日。本措施由广州市商务局负责解释。",
]


def doc_s(name="s_guangzhou_measures_header", where="header"):
    """where: header (文号 in the header, date in the footer); body (a control: both also in the body)."""
    w = Writer(name)
    s0 = w.doc.sections[0]
    gongwen_page(s0)
    s0.header_distance = Mm(15)
    hp = s0.header.paragraphs[0]
    if where == "header_no_only":
        hf_para(hp, [(S_NO, ST, 12)], align=WD_ALIGN_PARAGRAPH.RIGHT)
    else:
        hf_para(hp, [("广州市商务局规范性文件", ST, 10.5), ("\t", ST, 10.5), (S_NO, ST, 10.5)], tab_at=156, bottom=True)
    fp = s0.footer.paragraphs[0]
    hf_para(fp, [("广州市商务局　2023年6月1日发布", ST, 10.5)], align=WD_ALIGN_PARAGRAPH.CENTER)
    fp2 = s0.footer.add_paragraph()
    hf_para(fp2, [("— ", ST, 14), ("<PAGE>", ST, 14), (" —", ST, 14)], align=WD_ALIGN_PARAGRAPH.CENTER)
    if where == "body":
        w.para(S_NO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, expect=False)
        w.blank(1)
    for line in S_TITLE_LINES:
        w.para([(line, XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35, expect=False)
    EXPECTED[w.name].append(S_TITLE)
    w.blank(1)
    for t in S_BODY:
        k = t.index("。") + 1
        if t[:2] in ("一、", "二、", "三、", "四、", "五、", "六、"):
            w.para([(t[:k], HT), (t[k:],)])
        else:
            w.para(t)
    if where == "body":
        w.sign("广州市商务局", "2023年6月1日")
    META[w.name] = [dict(title=S_TITLE, doc_number=S_NO, issuers=["广州市商务局"], published="2023-06-01",
                         effective="2023-07-01", expires="2026-06-30",
                         note="文号 and issuer only in the page header, the date only in the footer")]
    return w.save()


# ======================================================================= T
T_NO = "湘自贸长管发〔2023〕9号"
T_ORG = "中国（湖南）自由贸易试验区长沙片区管理委员会"
T_LIST = "中国（湖南）自由贸易试验区长沙片区管理委员会权责清单（2023年版）"
T_TITLE = f"{T_ORG}关于公布片区管委会权责清单（2023年版）的通知"
T_TITLE_LINES = [f"{T_ORG}关于公布", "片区管委会权责清单（2023年版）的通知"]
T_TO = "片区管委会各部门，长沙经开区、长沙高新区、雨花区片区协调机构："
T_BODY = [
    "根据《湖南省人民政府关于赋予中国（湖南）自由贸易试验区第一批省级经济社会管理权限的决定》（湘政发〔2021〕6号）和权责清单管理有关规定，我委对片区权责事项进行了全面梳理，形成《中国（湖南）自由贸易试验区长沙片区管理委员会权责清单（2023年版）》，共4类11项，现予公布，并就有关事项通知如下：",
    "一、各部门要严格按照权责清单履行职责，清单之外不得行使行政权力，清单之内的职责必须依法履行。",
    "二、权责清单实行动态调整。法律、法规、规章立改废或者省级赋权事项调整的，有关部门应当在30日内提出调整意见，报管委会综合办公室审核后公布。",
    "三、本通知自公布之日起施行。《中国（湖南）自由贸易试验区长沙片区管理委员会权责清单（2021年版）》（湘自贸长管发〔2021〕15号）同时废止。",
]
T_HEADER = ["序号", "职权名称", "职权依据", "责任事项", "承办机构", "备注"]
R3 = ["1.受理责任：公示办理条件、程序和材料，依法受理或者不予受理并告知理由。",
      "2.审查责任：对申请材料进行审查，必要时组织现场核查。",
      "3.决定责任：作出准予或者不予许可的决定，不予许可的说明理由。",
      "4.监管责任：加强事中事后监管，依法查处违法行为。"]
P4 = ["1.立案责任：发现涉嫌违法行为，予以审查并决定是否立案。",
      "2.调查责任：调查取证，询问当事人，制作笔录。",
      "3.决定责任：依法作出处罚决定，告知当事人陈述、申辩和听证权利。",
      "4.执行责任：送达处罚决定书，督促履行。"]
T_CATS = [
    ("一、行政许可（3项）", [
        ("国际快递业务（代理）经营许可", ["1.《中华人民共和国邮政法》第五十一条", "2.《快递暂行条例》第十七条"], R3, "片区政务服务中心",
         ["按照湘政发〔2021〕6号文件，由省邮政管理局委托片区管委会实施。", "2023年起实行告知承诺制，承诺办结时限为5个工作日。"]),
        ("旅行社经营外国人入境旅游业务许可", ["《旅行社条例》第九条"], R3, "片区政务服务中心", []),
        ("拍卖企业设立分公司许可", ["1.《中华人民共和国拍卖法》第十二条", "2.《拍卖管理办法》第十三条"], R3, "片区经济发展局",
         ["外商投资拍卖企业按照外商投资准入特别管理措施（负面清单）办理。"]),
    ]),
    ("二、行政处罚（4项）", [
        ("对未办理对外贸易经营者备案登记从事货物进出口的处罚", ["《中华人民共和国对外贸易法》第九条、第六十六条"], P4, "片区综合执法局",
         ["2022年对外贸易法修正后，对外贸易经营者备案登记已取消，本项仅适用于2022年12月30日前发生的违法行为。", "对2022年12月30日后发生的行为不再处罚。"]),
        ("对外国投资者、外商投资企业未按规定报送投资信息的处罚", ["《中华人民共和国外商投资法》第三十七条"], P4, "片区综合执法局", []),
        ("对单用途商业预付卡发卡企业未按规定备案的处罚", ["《单用途商业预付卡管理办法（试行）》第七条、第三十六条"], P4, "片区综合执法局",
         ["首次违法且及时改正的，依法不予处罚。"]),
        ("对拍卖企业违反规定从事拍卖活动的处罚", ["1.《中华人民共和国拍卖法》第六十条", "2.《拍卖管理办法》第五十八条"], P4, "片区综合执法局", []),
    ]),
    ("三、行政确认（2项）", [
        ("技术进出口合同登记", ["《中华人民共和国技术进出口管理条例》第十七条、第三十九条"],
         ["1.受理责任：受理自由类技术进出口合同登记申请。", "2.登记责任：对材料齐全的，当场或者3个工作日内办理登记并颁发登记证书。"], "片区政务服务中心",
         ["全程网上办理。", "登记证书电子化，与纸质证书具有同等效力。"]),
        ("对外劳务合作经营资格核准", ["《对外劳务合作管理条例》第七条"], R3, "片区经济发展局", []),
    ]),
    ("四、其他行政权力（2项）", [
        ("外商投资企业投资信息报告的督促与核查", ["《外商投资信息报告办法》第二十五条"],
         ["1.督促责任：对未按期报送年度报告的企业进行督促。", "2.核查责任：对报送信息的真实性、准确性进行抽查核实。"], "片区经济发展局", []),
        ("境外投资项目备案（中方投资额3亿美元以下）", ["《企业境外投资管理办法》第十四条"], R3, "片区经济发展局",
         ["按照湘政发〔2021〕6号文件，由省发展改革委赋权片区管委会实施。"]),
    ]),
]


def doc_t(name="t_hunan_power_list", body_remarks=True, att_text=None):
    w = Writer(name)
    s0 = w.doc.sections[0]
    gongwen_page(s0)
    footer_num(s0.footer, WD_ALIGN_PARAGRAPH.CENTER)
    mark(w, T_ORG, size=26)
    mark(w, "文件", size=36)
    w.blank(1)
    w.para(T_NO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, expect=False)
    red_rule(w)
    w.blank(1)
    for line in T_TITLE_LINES:
        w.para([(line, XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35, expect=False)
    EXPECTED[w.name].append(T_TITLE)
    w.blank(1)
    w.para(T_TO, indent=False)
    for t in T_BODY:
        w.para(t)
    w.blank(1)
    att_list(w, [att_text or T_LIST])
    w.blank(2)
    w.sign(T_ORG, "2023年6月1日")
    w.blank(1)
    w.para("（此件主动公开）")
    # 附件: landscape, the list as a long table
    sec = w.doc.add_section(WD_SECTION.NEW_PAGE)
    landscape(sec)
    w.para([("附件", HT)], indent=False, expect=False)
    w.title(T_LIST, size=20)
    w.blank(1)
    nrows = sum(1 + len(items) for _, items in T_CATS)
    t = w.doc.add_table(rows=1 + nrows, cols=len(T_HEADER))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, "single")
    for j, h in enumerate(T_HEADER):
        cell_para(t.cell(0, j), h, HT, 12)
    repeat_header(t.rows[0])
    r, rows = 1, []
    for cat, items in T_CATS:
        m = t.cell(r, 0).merge(t.cell(r, len(T_HEADER) - 1))
        cell_para(m, cat, HT, 12, WD_ALIGN_PARAGRAPH.LEFT)
        r += 1
        for k, (nm, basis, duty, org, remark) in enumerate(items, start=1):
            cell_para(t.cell(r, 0), str(k), FS, 11)
            cell_para(t.cell(r, 1), nm, FS, 11, WD_ALIGN_PARAGRAPH.LEFT)
            cell_paras(t.cell(r, 2), basis)
            cell_paras(t.cell(r, 3), duty)
            cell_para(t.cell(r, 4), org, FS, 11)
            if remark:
                cell_paras(t.cell(r, 5), remark)
            rows.append(dict(category=cat, **dict(zip(T_HEADER, [str(k), nm, "\n".join(basis), "\n".join(duty), org, "\n".join(remark)]))))
            r += 1
    set_widths(t, [14, 45, 50, 70, 24, 34])
    TABLES[w.name].append(rows)
    w.blank(2)
    banji(w, [("抄送：省商务厅，省司法厅，长沙市人民政府。",),
              ("片区管委会综合办公室", "　　　　　　　　　　　　　　　　　　　　　　　　　　　　　", "2023年6月2日印发")], width_mm=237)
    META[w.name] = [dict(title=T_TITLE, doc_number=T_NO, issuers=[T_ORG], signed="2023-06-01",
                         issuing_mark=f"{T_ORG}文件", addressees=T_TO.rstrip("："), remarks="（此件主动公开）",
                         cc="省商务厅，省司法厅，长沙市人民政府。", printed_by="片区管委会综合办公室", printed_date="2023-06-02",
                         repeals=["湘自贸长管发〔2021〕15号"], effective="2023-06-01", attachments=[T_LIST])]
    return w.save()


def to_pdf(docx: Path, outdir: Path = OUT, tagged=False):
    target = "pdf"
    if tagged:
        target = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},"ExportBookmarks":{"type":"boolean","value":"true"}}'
    subprocess.run(["soffice", "--headless", "--convert-to", target, "--outdir", str(outdir), str(docx)],
                   check=True, capture_output=True)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for f in (doc_p, doc_q, doc_r, doc_s, doc_t):
        p = f()
        if "--no-pdf" not in sys.argv:
            to_pdf(p, tagged=(f is doc_q))
        print("made", p.name, "+ pdf")
    (OUT / "expected.json").write_text(json.dumps({"clauses": EXPECTED, "tables": TABLES, "documents": META},
                                                  ensure_ascii=False, indent=1), encoding="utf-8")
