# ruff: noqa
#!/usr/bin/env python3
"""Blind round 351: notices whose substance sits in Word tables and lists.

  blind351_suifenhe_renwu.docx / .pdf   绥芬河片区管委会 通知: 2026年重点工作任务 as one table
                                          (category column merged down, numbered lines in cells,
                                          landscape section, repeated header row, blank 样表 attachment)
  blind351_huli_shenbao.docx / .pdf     湖里区商务局 申报通知: Word bullets ●/■ at two levels,
                                          ☐ checklist, blank application form + 承诺书 attachments
  blind351_zhengzhou_yaodian.docx / .pdf 郑州片区管委会办公室 关于印发…工作要点的通知: bold run-in
                                          titles, （1）sub-items, final 联系人 table

Run: . /work/venv/bin/activate && python make_blind351.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
PFX = "blind351"

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
ST = "宋体"
TNR = "Times New Roman"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------

def set_font(run, east=FS, size=16, bold=False, color=None, ascii_font=TNR):
    run.font.name = ascii_font
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def portrait(s):
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width = Cm(21)
    s.page_height = Cm(29.7)
    s.top_margin = Cm(3.7)
    s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8)
    s.right_margin = Cm(2.6)
    s.footer_distance = Cm(2.6)


def landscape(s):
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width = Cm(29.7)
    s.page_height = Cm(21)
    s.top_margin = Cm(2.8)
    s.bottom_margin = Cm(2.6)
    s.left_margin = Cm(3.0)
    s.right_margin = Cm(2.8)
    s.footer_distance = Cm(1.5)


def new_doc():
    d = Document()
    s = d.sections[0]
    portrait(s)
    st = d.styles["Normal"]
    st.font.name = TNR
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.line_spacing = Pt(28.9)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    d.settings.odd_and_even_pages_header_footer = True
    page_footer(s)
    return d


def add_field(par, instr, east=ST, size=14):
    def fc(kind):
        r = par.add_run()
        set_font(r, east, size)
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), kind)
        r._r.append(e)
    fc("begin")
    r = par.add_run()
    set_font(r, east, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._r.append(it)
    fc("separate")
    r = par.add_run("1")
    set_font(r, east, size)
    fc("end")


def page_footer(section):
    """— N — : odd pages right, even pages left, 4号宋体."""
    section.footer.is_linked_to_previous = False
    section.even_page_footer.is_linked_to_previous = False
    for ftr, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                       (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        p = ftr.paragraphs[0]
        p.text = ""
        p.alignment = align
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            p.paragraph_format.right_indent = Pt(14)
        else:
            p.paragraph_format.left_indent = Pt(14)
        r = p.add_run("— ")
        set_font(r, ST, 14)
        add_field(p, "PAGE")
        r = p.add_run(" —")
        set_font(r, ST, 14)


def fill(p, segs, size=16, east=FS, bold=False, color=None):
    """segs: str, or list of str / (text, font[, bold]) / "\\n" (soft line break)."""
    if isinstance(segs, str):
        segs = [segs]
    for s in segs:
        if s == "\n":
            if not p.runs:
                p.add_run()
            p.runs[-1].add_break()
            continue
        if isinstance(s, tuple):
            txt, f = s[0], s[1]
            b = s[2] if len(s) > 2 else bold
        else:
            txt, f, b = s, east, bold
        r = p.add_run(txt)
        set_font(r, f, size, b, color)
    return p


def para(d, segs, align=None, indent=2, size=16, spacing=None, east=FS, bold=False,
         color=None, left=None, right=None, keep=False):
    p = d.add_paragraph()
    fill(p, segs, size, east, bold, color)
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * indent)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if spacing is not None:
        pf.line_spacing = Pt(spacing)
    if keep:
        pf.keep_with_next = True
    return p


def blank(d, size=16):
    return para(d, "", indent=0, size=size)


def border(p, side, color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    e = OxmlElement(f"w:{side}")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    pbdr.append(e)


def page_break(d):
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def new_page(p):
    """start paragraph p on a new page (page-break-before, no empty break paragraph)."""
    p.paragraph_format.page_break_before = True
    return p


def banhead(d, organ_mark, docno, mark_size=40, top=1):
    """版头: red 发文机关标志, 发文字号, red rule."""
    for _ in range(top):
        blank(d)
    para(d, organ_mark, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, size=mark_size,
         east=XBS, color=RED, spacing=mark_size + 10)
    blank(d)
    p = para(d, docno, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    border(p, "bottom", "FF0000", 18, 6)
    blank(d)


def title(d, lines):
    for ln in lines:
        para(d, ln, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, size=22, east=XBS, spacing=35)
    blank(d)


def signoff(d, organ, date, gap=2, organ_right=16 * 2):
    for _ in range(gap):
        blank(d)
    para(d, organ, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, right=organ_right, keep=True)
    para(d, date, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, right=16 * 4)


def publicity(d, text="（此件公开发布）", gap=1):
    for _ in range(gap):
        blank(d)
    para(d, text, indent=2)


def banji(d, chaosong, printer, pdate, gap=2):
    """版记: 抄送 and 印发 lines between rules."""
    for _ in range(gap):
        blank(d)
    p = para(d, chaosong, indent=0, size=14)
    pf = p.paragraph_format
    pf.left_indent = Pt(14 * 4)
    pf.first_line_indent = Pt(-14 * 3)
    pf.right_indent = Pt(14)
    border(p, "top", "000000", 12, 4)
    border(p, "bottom", "000000", 4, 4)
    p = d.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Pt(14)
    pf.right_indent = Pt(14)
    pf.tab_stops.add_tab_stop(Cm(15.6) - Pt(28), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(printer + "\t" + pdate)
    set_font(r, FS, 14)
    border(p, "bottom", "000000", 12, 4)


def cell_write(c, lines, size=12, east=FS, align=None, soft=False, bold=False):
    """lines: list of strings; each its own paragraph, or soft line breaks if soft=True."""
    c.text = ""
    p0 = c.paragraphs[0]
    if soft:
        segs = []
        for i, ln in enumerate(lines):
            if i:
                segs.append("\n")
            segs.append(ln)
        fill(p0, segs, size, east, bold)
        ps = [p0]
    else:
        ps = [p0]
        fill(p0, lines[0], size, east, bold)
        for ln in lines[1:]:
            p = c.add_paragraph()
            fill(p, ln, size, east, bold)
            ps.append(p)
    for p in ps:
        p.paragraph_format.line_spacing = Pt(size + 7)
        p.paragraph_format.first_line_indent = Pt(0)
        if align is not None:
            p.alignment = align


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trpr.append(e)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j] * 567)))
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)


def vmerge(t, col, r0, r1, text, size=12, east=FS):
    m = t.cell(r0, col).merge(t.cell(r1, col))
    for p in m.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    cell_write(m, [text], size, east, WD_ALIGN_PARAGRAPH.CENTER)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return m


def bullet_numbering(d):
    """Add a two-level bullet list (● / ■) to numbering.xml, return its numId."""
    numbering = d.part.numbering_part.element
    absid, numid = 351, 351
    lvl = ""
    for i, (ch, left) in enumerate((("●", 1066), ("■", 1706))):
        lvl += (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
                f'<w:lvlText w:val="{ch}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{left}" w:hanging="426"/></w:pPr>'
                f'<w:rPr><w:rFonts w:ascii="{ST}" w:eastAsia="{ST}" w:hAnsi="{ST}" w:hint="eastAsia"/>'
                f'<w:sz w:val="{24 if i else 28}"/></w:rPr></w:lvl>')
    absnum = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{absid}">'
                       f'<w:multiLevelType w:val="hybridMultilevel"/>{lvl}</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="{numid}"><w:abstractNumId w:val="{absid}"/></w:num>')
    numbering.append(num)
    return numid


def bullet(d, text, numid, level=0):
    p = para(d, text, indent=0)
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{numid}"/></w:numPr>')
    # numPr must come early in pPr (after pStyle/keepNext…); put it first
    ppr.insert(0, numpr)
    return p


def new_section(d, land):
    s = d.add_section(WD_SECTION.NEW_PAGE)
    if land:
        landscape(s)
    else:
        portrait(s)
    return s


def soffice_pdf(path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_351",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


EXPECTED = {}


def record(stem, meta, clauses, specific):
    for k, places in specific.items():
        assert len(k) >= 15, k
        assert sum(1 for c in clauses if c.startswith(k)) == 1, k
    EXPECTED.setdefault(stem, []).append(
        {"meta": meta, "clauses": clauses, "applies_to": {"specific": specific}})


def key(text):
    return text[:20]


# ---------------------------------------------------------------------------
# (a) 绥芬河片区管委会 — 2026年重点工作任务 (one table)
# ---------------------------------------------------------------------------

SFH_ROWS = [
    # (category, task, [lines], dept, deadline, soft, specific)
    ("制度创新", "开展首创性制度创新", [
        "1.围绕对俄贸易、跨境物流、边民互市、跨境金融等领域，全年形成制度创新成果不少于8项，力争2项以上在全省复制推广。",
        "2.建立制度创新成果培育、评估、推广工作机制，每半年组织一次成果评估。"],
     "片区综合协调部", "2026年12月底前", False, None),
    ("制度创新", "推动边民互市贸易区转型升级", [
        "1.在绥芬河中俄边民互市贸易区内推行互市商品“一次申报、分批验放”监管模式，互市进口商品落地加工比例提高到70%以上。",
        "2.在互市贸易区内建设互市商品展示交易中心，引导边民互助组与落地加工企业签订长期购销协议。"],
     "片区经济发展部、市商务局", "2026年9月底前", False, ["绥芬河中俄边民互市贸易区"]),
    ("制度创新", "复制推广改革试点经验", [
        "1.对照国家和省已印发的自贸试验区改革试点经验清单，逐项梳理落地情况，年内复制推广率达到100%。",
        "2.建立未落地事项台账，实行销号管理，按月更新。"],
     "片区综合协调部", "2026年11月底前", False, None),
    ("贸易投资便利化", "提升口岸通关效率", [
        "1.配合海关推进绥芬河公路口岸智慧口岸建设，进口货物整体通关时间压缩至20小时以内。",
        "2.推动铁路口岸进出口货物“提前申报”比例达到80%以上。",
        "3.落实口岸收费目录清单公示制度，清单之外一律不得收费。"],
     "片区经济发展部、市口岸办", "2026年12月底前", False, None),
    ("贸易投资便利化", "扩大对俄跨境电商规模", [
        "1.支持企业在俄罗斯符拉迪沃斯托克、新西伯利亚等地建设海外仓，全年新增海外仓2个以上。",
        "2.跨境电商进出口额同比增长20%以上。",
        "3.培育年交易额超亿元的跨境电商企业3家。"],
     "片区招商服务部", "2026年12月底前", True, None),
    ("贸易投资便利化", "推进投资自由化便利化", [
        "1.落实外商投资准入前国民待遇加负面清单管理制度，实际使用外资同比增长10%以上。",
        "2.深化“一业一证”改革，年内覆盖行业扩大到20个。"],
     "片区政务服务部", "2026年12月底前", False, None),
    ("服务共建“一带一路”", "畅通国际物流通道", [
        "1.推动经绥芬河口岸进出境的中欧班列年开行量达到1000列以上。",
        "2.拓展“绥芬河—符拉迪沃斯托克—釜山”陆海联运线路，全年开行50班以上。"],
     "片区经济发展部、绥芬河站", "2026年12月底前", False, None),
    ("服务共建“一带一路”", "做强综合保税区保税业务", [
        "1.在绥芬河综合保税区内开展保税维修、保税检测业务，年内引进项目3个以上。",
        "2.推进综合保税区内进境木材、粮食指定监管场地提质扩容。"],
     "绥芬河综合保税区管理局", "2026年10月底前", False, ["绥芬河综合保税区"]),
    ("服务共建“一带一路”", "深化对俄经贸合作", [
        "1.举办中俄边境城市经贸洽谈会，签约项目金额不低于30亿元。",
        "2.组织企业参加东方经济论坛等境外展会不少于5场次。"],
     "片区招商服务部、市贸促会", "2026年9月底前", False, None),
    ("产业发展", "壮大木材精深加工产业", [
        "1.推动进口木材落地加工比例达到60%以上，木材加工产值同比增长15%。",
        "2.新培育规模以上木材加工企业5家。"],
     "片区产业发展部", "2026年12月底前", False, None),
    ("产业发展", "建设进口粮食加工基地", [
        "1.推动进口大豆、油菜籽等落地加工，年加工量达到30万吨。",
        "2.引进粮油精深加工项目2个以上。"],
     "片区产业发展部", "2026年12月底前", False, None),
    ("产业发展", "发展跨境金融服务", [
        "1.扩大卢布现钞跨境调运规模，推动对俄本币结算额同比增长15%。",
        "2.支持银行机构开展跨境贸易投资高水平开放试点业务。"],
     "片区财政金融部", "2026年12月底前", False, None),
    ("营商环境", "深化“放管服”改革", [
        "1.推行涉企经营许可事项“证照分离”改革全覆盖。",
        "2.企业开办全流程压缩至0.5个工作日以内。"],
     "片区政务服务部", "2026年6月底前", False, None),
    ("营商环境", "强化法治保障", [
        "1.推动设立中俄国际商事调解中心绥芬河工作站，年内受理涉外商事纠纷调解案件不少于20件。",
        "2.开展涉外法律服务进企业活动不少于10场次。"],
     "片区综合协调部、市司法局", "2026年12月底前", False, None),
]


TS = 10.5  # 五号 in the task table


def make_suifenhe():
    stem = f"{PFX}_suifenhe_renwu"
    organ = "中国（黑龙江）自由贸易试验区绥芬河片区管理委员会"
    d = new_doc()
    banhead(d, ["中国（黑龙江）自由贸易试验区", "\n", "绥芬河片区管理委员会文件"],
            "绥自贸管发〔2026〕2号", mark_size=30)
    title(d, ["中国（黑龙江）自由贸易试验区",
              "绥芬河片区管理委员会关于下达",
              "2026年重点工作任务的通知"])
    para(d, "片区管委会各部门、各直属单位，绥芬河综合保税区管理局，各有关驻区单位：", indent=0)
    opening = ("2026年是“十五五”规划开局之年，也是绥芬河片区深化对俄全面开放合作、服务共建“一带一路”的关键之年。"
               "为全面落实《中国（黑龙江）自由贸易试验区总体方案》和省委、省政府关于高水平建设自贸试验区的部署要求，"
               "经片区管委会主任办公会议研究，现将2026年重点工作任务下达给你们（见下表），请各责任部门对照任务分工，"
               "细化工作措施，明确时间节点，确保按期完成。")
    para(d, opening)
    clauses = [opening]
    specific = {}

    # landscape section holding the table
    new_section(d, land=True)
    para(d, "绥芬河片区2026年重点工作任务表", align=WD_ALIGN_PARAGRAPH.CENTER, indent=0,
         size=18, east=XBS, spacing=30)
    blank(d, 10)
    header = ["类别", "序号", "工作任务", "具体内容", "责任部门", "完成时限"]
    widths = [2.2, 1.3, 3.6, 12.2, 4.0, 2.6]
    t = d.add_table(rows=1 + len(SFH_ROWS), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_write(t.cell(0, j), [h], TS, HT, WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0])
    for i, (cat, task, lines, dept, dl, soft, spec) in enumerate(SFH_ROWS, start=1):
        cant_split(t.rows[i])
        cell_write(t.cell(i, 1), [str(i)], TS, FS, WD_ALIGN_PARAGRAPH.CENTER)
        cell_write(t.cell(i, 2), [task], TS, FS)
        cell_write(t.cell(i, 3), lines, TS, FS, soft=soft)
        if i not in (10, 11):
            cell_write(t.cell(i, 4), [dept], TS, FS)
        cell_write(t.cell(i, 5), [dl], TS, FS, WD_ALIGN_PARAGRAPH.CENTER)
        for j in (0, 1, 4, 5):
            t.cell(i, j).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        text = (f"类别：{cat}；序号：{i}；工作任务：{task}；具体内容：" + "\n".join(lines)
                + f"；责任部门：{dept}；完成时限：{dl}")
        clauses.append(text)
        if spec:
            specific[key(text)] = spec
    # category column merged down
    r = 1
    while r <= len(SFH_ROWS):
        cat = SFH_ROWS[r - 1][0]
        r1 = r
        while r1 + 1 <= len(SFH_ROWS) and SFH_ROWS[r1][0] == cat:
            r1 += 1
        vmerge(t, 0, r, r1, cat, TS)
        r = r1 + 1
    # responsible department merged over rows 10-11
    m = vmerge(t, 4, 10, 11, "片区产业发展部", TS)
    m.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT
    set_widths(t, widths)

    # back to portrait: requirements, 附件说明, 落款, attachment, 版记
    new_section(d, land=False)
    req1 = ("各责任部门要于每季度末月25日前，将任务推进情况按附件格式报送片区管委会综合协调部"
            "（联系人：赵振宇，电话：0453-3928016），年底前报送全年完成情况。涉及多个部门的任务，"
            "排在首位的为牵头部门，其他部门按职责分工配合。")
    req2 = ("片区管委会将对重点工作任务实行清单化管理、台账式推进，每季度通报一次进展情况，"
            "完成情况纳入年度绩效考核。因客观原因确需调整任务或时限的，由责任部门书面报片区管委会主任办公会议研究同意。")
    para(d, req1)
    para(d, req2)
    clauses += [req1, req2]
    blank(d)
    para(d, "附件：重点工作任务季度推进情况表", indent=2)
    signoff(d, organ, "2026年1月20日", organ_right=0)
    publicity(d)

    new_page(para(d, "附件", indent=0, east=HT))
    blank(d)
    para(d, "重点工作任务季度推进情况表", align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, size=22, east=XBS)
    blank(d)
    para(d, "填报部门（盖章）：　　　　　　　　填报时间：　　年　月　日", indent=0, size=14)
    t2 = d.add_table(rows=4, cols=5)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(["序号", "工作任务", "推进情况", "存在问题", "下步打算"]):
        cell_write(t2.cell(0, j), [h], 14, HT, WD_ALIGN_PARAGRAPH.CENTER)
    for i in range(1, 4):
        t2.rows[i].height = Cm(2.0)
    set_widths(t2, [1.4, 3.4, 4.2, 3.2, 3.4])
    banji(d, "抄送：黑龙江省自由贸易试验区工作领导小组办公室，牡丹江市人民政府，绥芬河市人民政府。",
          "绥芬河片区管理委员会综合协调部", "2026年1月21日印发", gap=3)

    path = os.path.join(HERE, stem + ".docx")
    d.save(path)
    meta = {
        "title": "中国（黑龙江）自由贸易试验区绥芬河片区管理委员会关于下达2026年重点工作任务的通知",
        "doc_number": "绥自贸管发〔2026〕2号",
        "issuer": [organ],
        "date": "2026-01-20",
        "published": "2026-01-21",
        "level": "zone",
        "region": "中国（黑龙江）自由贸易试验区绥芬河片区",
        "effective": None,
        "expires": None,
        "attachments": ["重点工作任务季度推进情况表"],
        "doc_type": "通知",
        "recipients": ["片区管委会各部门、各直属单位", "绥芬河综合保税区管理局", "各有关驻区单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    record(stem, meta, clauses, specific)
    return path


# ---------------------------------------------------------------------------
# (b) 湖里区商务局 — 申报通知 with ●/■ bullets and ☐ checklist
# ---------------------------------------------------------------------------

def make_huli():
    stem = f"{PFX}_huli_shenbao"
    organ = "厦门市湖里区商务局"
    d = new_doc()
    numid = bullet_numbering(d)
    banhead(d, "厦门市湖里区商务局文件", "厦湖商务〔2026〕9号", mark_size=36, top=2)
    title(d, ["厦门市湖里区商务局关于组织申报2026年度跨境电商和外贸新业态扶持资金的通知"])
    para(d, "各街道办事处，区直有关部门，各有关企业：", indent=0)
    clauses, specific = [], {}

    def body(text, spec=None, segs=None):
        para(d, segs if segs else text)
        clauses.append(text)
        if spec:
            specific[key(text)] = spec

    def runin(label_title, rest, spec=None, east=FS):
        para(d, [(label_title, east), rest])
        text = label_title + rest
        clauses.append(text)
        if spec:
            specific[key(text)] = spec

    body("为贯彻落实《湖里区关于促进外贸新业态高质量发展的若干措施》（厦湖政规〔2025〕4号），支持企业拓展共建“一带一路”国家市场，"
         "推动跨境电商、海外仓等外贸新业态加快发展，现就组织申报2026年度跨境电商和外贸新业态扶持资金有关事项通知如下：")
    para(d, "一、支持方向", east=HT)
    runin("（一）跨境电商平台交易。", "对通过第三方跨境电商平台或自建独立站开展出口业务、2025年度跨境电商出口额比上年增长的企业，"
          "按增量部分每1美元给予0.02元人民币奖励，单个企业最高100万元。", east=KT)
    runin("（二）海外仓建设。", "对在共建“一带一路”国家新建或租赁海外仓并投入运营的企业，按海外仓建设或租赁费用的30%给予补助，"
          "单个海外仓最高50万元，单个企业年度最高100万元。", east=KT)
    runin("（三）“一带一路”市场开拓。", "对企业参加在共建“一带一路”国家举办的国际性展会，按展位费的50%给予补助，"
          "单个展会最高5万元，单个企业年度最高20万元。", east=KT)
    runin("（四）保税备货进口。", "对在厦门象屿综合保税区内开展跨境电商保税备货进口（1210模式）业务、2025年度进口额达到1000万元以上的企业，"
          "按进口额的0.5%给予奖励，单个企业最高50万元。", spec=["厦门象屿综合保税区"], east=KT)

    para(d, "二、申报条件", east=HT)
    body("申报单位应同时符合以下条件：")
    bullets = [
        (0, "在湖里区依法注册登记、具有独立法人资格，且税收征管关系和统计关系均在湖里区；", None),
        (0, "2025年度业务规模达到以下标准之一：", None),
        (1, "跨境电商B2B出口额不低于500万元人民币；", None),
        (1, "跨境电商零售进出口额不低于300万元人民币；", None),
        (1, "在共建“一带一路”国家运营的海外仓面积不低于2000平方米；", None),
        (0, "近三年内未被列入严重失信主体名单，未发生重大安全生产、生态环境事故；", None),
        (0, "财务管理制度健全，按时报送统计数据，依法纳税；", None),
        (0, "注册在中国（福建）自由贸易试验区厦门片区内的企业申报海外仓建设项目的，海外仓面积标准放宽至1500平方米。",
         ["中国（福建）自由贸易试验区厦门片区"]),
    ]
    for lvl, text, spec in bullets:
        bullet(d, text, numid, lvl)
        clauses.append(text)
        if spec:
            specific[key(text)] = spec

    para(d, "三、申报材料", east=HT)
    body("申报单位须按以下清单顺序准备材料，一式两份，逐页加盖公章，并在“☐”内打“√”自查：")
    para(d, "申报类型：☐跨境电商平台交易　☐海外仓建设　☐“一带一路”市场开拓　☐保税备货进口", indent=2)
    checklist = [
        "《2026年度湖里区跨境电商和外贸新业态扶持资金申报表》（附件1）；",
        "营业执照复印件；",
        "2025年度跨境电商业务额证明材料（出口报关单、平台交易数据或第三方支付结算凭证）；",
        "海外仓租赁合同或产权证明、仓库照片及运营情况说明（申报海外仓建设项目的提供）；",
        "展位费发票、付款凭证及参展照片（申报“一带一路”市场开拓项目的提供）；",
        "信用承诺书（附件2）。",
    ]
    for item in checklist:
        p = para(d, [("☐", ST), " " + item], indent=0, left=32)
        p.paragraph_format.first_line_indent = Pt(0)
        clauses.append(item)

    para(d, "四、申报时间和方式", east=HT)
    body("（一）申报时间：2026年3月16日至4月15日，逾期不予受理。")
    body("（二）申报方式：申报单位登录“湖里区惠企政策兑现平台”在线填报，并将纸质材料报送至区商务局外贸科"
         "（湖里区金山路68号区行政服务中心4楼418室）。")
    para(d, "五、其他事项", east=HT)
    body("（一）区商务局会同区财政局对申报材料进行审核，必要时委托第三方机构开展专项审计，"
         "审核结果在区政府门户网站公示5个工作日后拨付资金。")
    body("（二）同一项目已获得市级以上同类资金支持的，不再重复支持。申报单位弄虚作假、骗取扶持资金的，"
         "追回已拨付资金，五年内取消其申报资格。")
    body("（三）联系方式：区商务局外贸科，联系人：林晓岚，联系电话：0592-5703316。")

    blank(d)
    p = para(d, "附件：1.2026年度湖里区跨境电商和外贸新业态扶持资金申报表", indent=2)
    p = para(d, "2.信用承诺书", indent=0, left=32 + 16 * 3)
    signoff(d, organ, "2026年3月9日")
    publicity(d)

    # 附件1: blank application form
    new_page(para(d, "附件1", indent=0, east=HT))
    blank(d)
    para(d, "2026年度湖里区跨境电商和外贸新业态扶持资金申报表", align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=0, size=20, east=XBS, spacing=32)
    blank(d, 12)
    t = d.add_table(rows=8, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    labels = [("申报单位名称", None), ("统一社会信用代码", "注册地址"), ("联系人", "联系电话"),
              ("申报类型", None), ("2025年度业务额（万元）", "申请金额（万元）"),
              ("项目情况简述", None), ("申报单位意见", None), ("区商务局审核意见", None)]
    for i, (a, b) in enumerate(labels):
        cell_write(t.cell(i, 0), [a], 12, FS, WD_ALIGN_PARAGRAPH.CENTER)
        t.cell(i, 0).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        if b:
            cell_write(t.cell(i, 2), [b], 12, FS, WD_ALIGN_PARAGRAPH.CENTER)
            t.cell(i, 2).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        t.rows[i].height = Cm(1.2)
    set_widths(t, [3.6, 4.4, 3.2, 4.4])
    for i, (a, b) in enumerate(labels):
        if not b:
            t.cell(i, 1).merge(t.cell(i, 3))
    t.rows[5].height = Cm(4.5)
    for i in (6, 7):
        t.rows[i].height = Cm(3.0)
        c = t.cell(i, 1)
        cell_write(c, ["", "", "（盖章）", "年　　月　　日"], 12, FS, WD_ALIGN_PARAGRAPH.RIGHT)

    # 附件2: commitment letter (template for the applicant)
    new_page(para(d, "附件2", indent=0, east=HT))
    blank(d)
    para(d, "信用承诺书", align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, size=22, east=XBS)
    blank(d)
    para(d, "厦门市湖里区商务局：", indent=0)
    para(d, "本单位郑重承诺：所提交的2026年度跨境电商和外贸新业态扶持资金申报材料真实、准确、完整，"
            "不存在同一项目重复申报的情形。如有虚假，本单位愿意承担相应法律责任，并无条件退回已获得的扶持资金。")
    blank(d)
    para(d, "申报单位（盖章）：", indent=0, left=16 * 12)
    para(d, "法定代表人（签字）：", indent=0, left=16 * 12)
    para(d, "年　　月　　日", indent=0, left=16 * 15)
    banji(d, "抄送：区财政局，区市场监督管理局，厦门海关驻象屿保税区办事处。",
          "厦门市湖里区商务局办公室", "2026年3月10日印发", gap=5)

    path = os.path.join(HERE, stem + ".docx")
    d.save(path)
    meta = {
        "title": "厦门市湖里区商务局关于组织申报2026年度跨境电商和外贸新业态扶持资金的通知",
        "doc_number": "厦湖商务〔2026〕9号",
        "issuer": [organ],
        "date": "2026-03-09",
        "published": "2026-03-10",
        "level": "county",
        "region": "厦门市湖里区",
        "effective": None,
        "expires": None,
        "attachments": ["2026年度湖里区跨境电商和外贸新业态扶持资金申报表", "信用承诺书"],
        "doc_type": "通知",
        "recipients": ["各街道办事处", "区直有关部门", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    record(stem, meta, clauses, specific)
    return path


# ---------------------------------------------------------------------------
# (c) 郑州片区管委会办公室 — 关于印发…工作要点的通知 (bold run-in titles, 联系人 table)
# ---------------------------------------------------------------------------

def make_zhengzhou():
    stem = f"{PFX}_zhengzhou_yaodian"
    organ = "中国（河南）自由贸易试验区郑州片区管理委员会办公室"
    d = new_doc()
    banhead(d, ["中国（河南）自由贸易试验区", "\n", "郑州片区管理委员会办公室文件"],
            "郑自贸办〔2026〕4号", mark_size=30, top=0)
    title(d, [["中国（河南）自由贸易试验区郑州片区", "\n",
               "管理委员会办公室关于印发《郑州片区", "\n",
               "2026年服务和融入共建“一带一路”", "\n",
               "工作要点》的通知"]])
    para(d, "片区管委会各部门，各功能区管理机构，各有关单位：", indent=0)
    clauses, specific = [], {}
    notice = ("《郑州片区2026年服务和融入共建“一带一路”工作要点》已经片区管委会主任办公会议研究同意，"
              "现印发给你们，请结合实际认真抓好贯彻落实。各牵头部门要于2026年7月5日前和12月20日前，"
              "分别将半年和全年工作进展情况报片区管委会办公室。")
    para(d, notice)
    clauses.append(notice)
    signoff(d, organ, "2026年2月26日", gap=1, organ_right=0)
    publicity(d, gap=0)

    # the 工作要点 itself starts a new section (new page)
    new_section(d, land=False)
    para(d, "郑州片区2026年服务和融入共建", align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, size=22, east=XBS, spacing=35)
    para(d, "“一带一路”工作要点", align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, size=22, east=XBS, spacing=35)
    blank(d)

    def body(text, spec=None):
        para(d, text)
        clauses.append(text)
        if spec:
            specific[key(text)] = spec

    def runin(head, rest, spec=None, east=FS, bold=True):
        para(d, [(head, east, bold), (rest, FS, False)])
        text = head + rest
        clauses.append(text)
        if spec:
            specific[key(text)] = spec

    body("2026年是“十五五”开局之年。郑州片区要坚持以制度创新为核心，以服务和融入共建“一带一路”为主线，"
         "统筹推进“空中、陆上、网上、海上”四条丝绸之路协同发展，加快打造内陆地区对外开放高地。"
         "为做好2026年工作，特制定本要点。")
    para(d, "一、总体目标", east=HT)
    body("全年新增制度创新成果10项以上，实际使用外资增长8%以上，跨境电商进出口额增长15%以上，"
         "对共建“一带一路”国家进出口额占片区进出口总额比重提高2个百分点，力争在全省自贸试验区考核评估中继续保持前列。")
    para(d, "二、重点任务", east=HT)
    para(d, "（一）提升贸易投资自由化便利化水平", east=KT)
    runin("1.优化营商环境。", "对标世界银行营商环境评估新体系，深入推进“高效办成一件事”，企业开办、项目审批等高频事项实现“一网通办”，"
          "涉企政策“免申即享”事项不少于30项。")
    runin("2.深化投资管理改革。", "全面落实外商投资准入前国民待遇加负面清单管理制度，健全外商投资企业服务专员制度，"
          "全年新设外商投资企业50家以上。")
    runin("3.推进跨境贸易便利化。", "深化国际贸易“单一窗口”功能拓展，推广“提前申报”“两步申报”等通关模式，"
          "进出口通关时间较上年再压缩10%。")
    para(d, "（二）建设“四路协同”开放通道", east=KT)
    runin("4.做强“空中丝绸之路”。", "支持片区企业参与郑州—卢森堡货运航线运营，拓展跨境电商、冷链生鲜等航空物流业务，"
          "全年新增航空货运服务企业5家以上。")
    runin("5.提升中欧班列（郑州）集结能力。", "推动中欧班列集结中心示范工程建设，新开行至中亚、东南亚国际班列线路2条以上，"
          "全年开行班列不少于1500列。")
    runin("6.建设跨境电商核心功能区。", "围绕中国（郑州）跨境电子商务综合试验区建设，重点抓好以下工作：")
    body("（1）支持企业在共建“一带一路”国家布局海外仓，全年新增海外仓5个以上；")
    body("（2）在郑州经开综合保税区内开展跨境电商“1210”保税进口和“9610”出口集拼业务，年内保税进口单量突破2000万单；",
         spec=["郑州经开综合保税区"])
    body("（3）办好全球跨境电子商务大会配套活动，组织片区企业参会不少于100家。")
    para(d, "（三）推进制度创新和产业协同", east=KT)
    runin("7.开展首创性差异化探索。", "聚焦多式联运“一单制”、跨境电商零售进口退货中心仓等领域，"
          "全年形成可复制推广的制度创新成果不少于5项。")
    runin("8.推动金融开放创新。", "在郑东新区金融集聚核心功能区开展合格境外有限合伙人（QFLP）试点和跨境贸易投资高水平开放试点，"
          "年内落地试点项目5个以上。", spec=["郑东新区金融集聚核心功能区"])
    runin("9.深化国际产能合作。", "支持片区企业在共建“一带一路”国家建设境外经贸合作区，推动装备制造、现代农业等领域开展投资合作，"
          "对外直接投资额增长10%以上。")
    para(d, "三、保障措施", east=HT)
    runin("（一）加强组织领导。", "片区管委会成立服务“一带一路”建设工作专班，由分管副主任任组长，定期研究解决重大问题。"
          "各牵头部门要制定具体工作方案，明确责任人和时间表。", east=KT, bold=False)
    runin("（二）强化督导考核。", "片区管委会办公室对工作要点实行清单化管理，每半年开展一次督导，督导结果纳入年度绩效考核。",
          east=KT, bold=False)

    blank(d)
    para(d, "附表", indent=0, east=HT, keep=True)
    para(d, "工作要点牵头部门联系人表", align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, size=18, east=XBS, keep=True)
    blank(d, 10)
    header = ["序号", "牵头部门", "联系人", "职务", "联系电话"]
    rows = [
        ["1", "片区管委会综合协调部", "张晓峰", "副部长", "0371-55889101"],
        ["2", "片区管委会经济发展部", "刘佳宁", "科长", "0371-55889123"],
        ["3", "片区管委会政务服务部", "马文静", "副科长", "0371-55889136"],
        ["4", "片区管委会金融服务部", "陈思远", "部长助理", "0371-55889158"],
        ["5", "郑州经开综合保税区管理办公室", "李新宇", "科长", "0371-55889172"],
    ]
    t = d.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_write(t.cell(0, j), [h], 12, HT, WD_ALIGN_PARAGRAPH.CENTER)
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            cell_write(t.cell(i, j), [v], 12, FS, WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join(f"{h}：{v}" for h, v in zip(header, row)))
    set_widths(t, [1.3, 6.4, 2.2, 2.4, 3.6])
    banji(d, "抄送：河南省自由贸易试验区工作办公室，郑州市商务局。",
          "郑州片区管理委员会办公室", "2026年2月27日印发", gap=3)

    path = os.path.join(HERE, stem + ".docx")
    d.save(path)
    meta = {
        "title": "中国（河南）自由贸易试验区郑州片区管理委员会办公室关于印发《郑州片区2026年服务和融入共建“一带一路”工作要点》的通知",
        "doc_number": "郑自贸办〔2026〕4号",
        "issuer": [organ],
        "date": "2026-02-26",
        "published": "2026-02-27",
        "level": "zone",
        "region": "中国（河南）自由贸易试验区郑州片区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["片区管委会各部门", "各功能区管理机构", "各有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    record(stem, meta, clauses, specific)
    return path


def main():
    paths = [make_suifenhe(), make_huli(), make_zhengzhou()]
    for p in paths:
        soffice_pdf(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    for stem, docs in EXPECTED.items():
        print(stem, [len(x["clauses"]) for x in docs])


if __name__ == "__main__":
    main()
