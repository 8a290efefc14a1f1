# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 395.

Theme: 通知 with a deep outline (一、（一）1.（1）①), inline and stand-alone
①②③ items, a landscape 附件 table with a three-row header, merged cells and
a 备注 row spanning the table.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
BLACK = RGBColor(0, 0, 0)

PPR_AFTER_BDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku",
                 "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
                 "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
                 "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                 "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap",
                 "w:jc", "w:textDirection", "w:textAlignment",
                 "w:textboxTightWrap", "w:outlineLvl", "w:divId",
                 "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


# ---------------------------------------------------------------- helpers
def set_run_font(run, font, size, bold=False, color=None, ascii_font=None):
    run.font.name = ascii_font or font
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color is not None:
        run.font.color.rgb = color


def add_runs(p, runs, default_font=FS, default_size=16):
    """runs: list of str or dict(t=, f=, s=, b=, c=).  '\n' inside text is a
    soft line break (Shift+Enter)."""
    for r in runs:
        if isinstance(r, str):
            r = {"t": r}
        text = r["t"]
        font = r.get("f", default_font)
        size = r.get("s", default_size)
        parts = text.split("\n")
        for i, part in enumerate(parts):
            run = p.add_run(part)
            set_run_font(run, font, size, r.get("b", False), r.get("c"),
                         ascii_font=r.get("a", "Times New Roman" if font in (FS, KT, HT) else None))
            if i < len(parts) - 1:
                run.add_break()


def fmt(p, align=None, first_indent=None, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if left is not None:
        pf.left_indent = Pt(left)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para_border(p, side, color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.insert_element_before(bdr, *PPR_AFTER_BDR)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def add_page_number(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.text = ""
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_run_font(r, SONG, 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        run = p.add_run()
        set_run_font(run, SONG, 14)
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            run._r.append(it)
        elif kind == "text":
            run.text = txt
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)
    r = p.add_run(" —")
    set_run_font(r, SONG, 14)


def setup_page(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width = Cm(29.7)
        section.page_height = Cm(21.0)
        section.top_margin = Cm(2.6)
        section.bottom_margin = Cm(2.4)
        section.left_margin = Cm(2.5)
        section.right_margin = Cm(2.5)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width = Cm(21.0)
        section.page_height = Cm(29.7)
        section.top_margin = Cm(3.7)
        section.bottom_margin = Cm(3.5)
        section.left_margin = Cm(2.8)
        section.right_margin = Cm(2.6)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.get_or_add_rPr()
    rfonts = st.element.rPr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    setup_page(doc.sections[0])
    add_page_number(doc.sections[0])
    # python-docx starts with one empty paragraph? no — Document() body is empty.
    return doc


def set_table_borders(table, val="single", sz=4):
    tblpr = table._tbl.tblPr
    b = tblpr.find(qn("w:tblBorders"))
    if b is not None:
        tblpr.remove(b)
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "auto" if val != "nil" else "auto")
        b.append(el)
    tblpr.append(b)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              color=None, line=None):
    # drop extra paragraphs left over by merging
    ps = cell.paragraphs
    for extra in ps[1:]:
        extra._p.getparent().remove(extra._p)
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    add_runs(p, [{"t": text, "f": font, "s": size, "b": bold, "c": color}])
    p.paragraph_format.alignment = align
    if line:
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def fix_widths(t, widths):
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    tblw = t._tbl.tblPr.find(qn("w:tblW"))
    if tblw is not None:
        tblw.set(qn("w:type"), "dxa")
        tblw.set(qn("w:w"), str(int(sum(widths) * 567)))


def mark_header_row(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def build_grid_table(doc, n_rows, widths, merges, texts, header_rows, font_rules):
    """merges: list of (r1, c1, r2, c2).  texts: 2-D list, None where the cell
    is covered by a merge.  font_rules(r, c) -> dict(font, size, bold, align)."""
    t = doc.add_table(rows=n_rows, cols=len(widths))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    fix_widths(t, widths)
    for (r1, c1, r2, c2) in merges:
        t.cell(r1, c1).merge(t.cell(r2, c2))
    for r in range(n_rows):
        for c in range(len(widths)):
            txt = texts[r][c]
            if txt is None:
                continue
            kw = font_rules(r, c)
            cell_text(t.cell(r, c), txt, **kw)
    for r in range(header_rows):
        mark_header_row(t.rows[r])
    return t


# ------------------------------------------------------------- numbering
def add_abstract_numbering(doc, levels):
    """levels: list of (lvlText, numFmt).  Returns a new numId (each call is a
    fresh list that restarts at 1)."""
    numbering = doc.part.numbering_part.element
    existing = [int(a.get(qn("w:abstractNumId")))
                for a in numbering.findall(qn("w:abstractNum"))]
    aid = max(existing + [100]) + 1
    lvl_xml = ""
    for i, (txt, nf) in enumerate(levels):
        lvl_xml += (
            '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
            '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
            'w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr></w:lvl>' % (i, nf, txt, FS))
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>%s'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_xml))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = numbering.add_num(aid)
    return num.numId


def set_num(p, num_id, ilvl):
    ppr = p._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = ilvl
    numpr.get_or_add_numId().val = num_id


# ------------------------------------------------------------- builder
class Builder:
    def __init__(self):
        self.doc = new_doc()
        self.clauses = []

    # generic paragraph ------------------------------------------------
    def p(self, runs, align=None, first_indent=32, line=28, before=0, after=0,
          default_font=FS, default_size=16, left=None):
        p = self.doc.add_paragraph()
        fmt(p, align, first_indent, line, before, after, left)
        add_runs(p, runs, default_font, default_size)
        return p

    def empty(self, n=1):
        for _ in range(n):
            self.p([""])

    # body clause ---------------------------------------------------------
    def clause(self, runs, prefix="", **kw):
        """Add a body paragraph and record it as a clause.  prefix = number
        that Word's numbering will print (not typed)."""
        p = self.p(runs, **kw)
        text = "".join(r if isinstance(r, str) else r["t"] for r in runs)
        text = text.replace("\n", "").strip().strip("\u3000")
        self.clauses.append(prefix + text)
        return p

    def heading1(self, text):  # 一、总体要求
        return self.p([{"t": text, "f": HT}])

    def heading2(self, text):  # （一）xxx on its own line
        return self.p([{"t": text, "f": KT}])

    def runin2(self, head, body, bold=True, split_at=None):
        """（一）加强组织领导。各市…  heading typed in a bold 楷体 run."""
        runs = []
        if split_at:  # run fragmentation inside the heading
            runs.append({"t": head[:split_at], "f": KT, "b": bold})
            runs.append({"t": head[split_at:], "f": KT, "b": bold})
        else:
            runs.append({"t": head, "f": KT, "b": bold})
        runs.append(body)
        return self.clause(runs)

    # red header -----------------------------------------------------------
    def red_header_single(self, organ_text, size=36):
        self.empty(1)
        p = self.p([{"t": organ_text, "f": XBS, "s": size, "c": RED}],
                   align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=0, line=None, before=12)
        return p

    def doc_number(self, num):
        self.p([""], first_indent=0)
        p = self.p([num], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=0)
        p2 = self.p([""], first_indent=0, line=12)
        para_border(p2, "bottom", "FF0000", 18, 1)
        self.p([""], first_indent=0)

    def title(self, text, size=22):
        return self.p([{"t": text, "f": XBS, "s": size}], align=WD_ALIGN_PARAGRAPH.CENTER,
                      first_indent=0, line=36)

    def banji_paras(self, chaosong, yinfa_org, yinfa_date):
        self.empty(2)
        p = self.p([{"t": chaosong, "s": 14}], first_indent=0, left=14, line=26)
        para_border(p, "top", "000000", 8, 4)
        para_border(p, "bottom", "000000", 4, 4)
        p = self.p([{"t": yinfa_org + "\u00a0" * 2 + " " * 18 + yinfa_date, "s": 14}],
                   first_indent=0, left=14, line=26)
        para_border(p, "bottom", "000000", 8, 4)

    def save(self, stem):
        path = os.path.join(HERE, stem + ".docx")
        self.doc.save(path)
        return path


def cn_len(s):
    return len(s)


# ======================================================================
# Document 1: 重庆 中欧班列 joint notice
# ======================================================================
def make_chongqing():
    b = Builder()
    doc = b.doc
    # --- 版头: joint-issuer header laid out in a borderless table ------------
    b.empty(1)
    t = doc.add_table(rows=3, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(t, "nil", 0)
    fix_widths(t, [12.0, 3.5])
    organs = ["重庆市商务委员会", "重庆市发展和改革委员会", "重庆市财政局"]
    for i, o in enumerate(organs):
        c = t.cell(i, 0)
        cell_text(c, o, font=XBS, size=26, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    m = t.cell(0, 1).merge(t.cell(2, 1))
    cell_text(m, "文件", font=XBS, size=40, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER)
    b.doc_number("渝商务发〔2026〕7号")

    b.title("关于进一步推动中欧班列（成渝）高质量\n发展的通知")
    b.empty(1)
    b.p(["各区县（自治县）商务主管部门，两江新区管委会，西部科学城重庆高新区管委会，市级有关部门，有关企业："],
        first_indent=0)

    b.clause(["为深入贯彻落实党中央、国务院关于推动高质量共建“一带一路”的决策部署，加快建设内陆开放综合枢纽，"
              "进一步提升中欧班列（成渝）运行质效和综合竞争力，经市政府同意，现就有关事项通知如下。"])

    b.heading1("一、总体要求")
    b.clause(["坚持市场主导、政府引导，坚持成渝协同、错位发展，以稳量提质为主线，以“班列+”融合发展为抓手，"
              "推动中欧班列（成渝）由“通道运输”向“通道经济”转变。到2026年底，中欧班列（成渝）年开行量稳定在"
              "5000列以上，回程班列占比提高到45%以上，开行线路覆盖欧亚26个国家、110个以上城市；到2027年底，"
              "培育形成一批依托班列发展的特色产业集群。"])

    b.heading1("二、重点任务")
    b.heading2("（一）提升通道运营能力")
    b.clause(["1.优化线路布局。稳定运营西、中、东通道主干线路，加快拓展新兴线路和节点，构建“干支结合、多向联通”"
              "的线路网络。具体包括："])
    b.clause(["（1）巩固主干线路。稳定开行至杜伊斯堡、罗兹、布达佩斯等欧洲主要节点城市的直达班列，推广“点对点”"
              "定制化运输服务，全程运输时效控制在12天以内。"])
    b.clause(["（2）拓展新兴线路。重点开行以下方向线路：①经霍尔果斯、阿拉山口口岸至中亚五国的线路；②经满洲里、"
              "二连浩特口岸至俄罗斯、白俄罗斯的线路；③经哈萨克斯坦、里海至阿塞拜疆、格鲁吉亚、土耳其的跨里海"
              "国际运输走廊线路。"])
    b.clause(["（3）加密回程班列。支持平台公司与境外合作伙伴共建回程集货点，对回程班列开行数量同比增长超过20%的"
              "平台公司优先安排年度运营资金。"])
    b.clause(["2.提高集结组织效率。推进团结村中心站、鱼嘴货运站扩能改造，优化与成都国际铁路港的运力调配机制，"
              "统一对外品牌、统一运输价格、统一服务标准。"])
    b.heading2("（二）培育“班列+”产业")
    b.clause(["1.推动“班列+产业”融合。支持重点企业依托中欧班列（成渝）布局生产基地和分拨中心，对符合条件的项目"
              "按以下方式给予支持："])
    b.clause(["①对新引进的年进出口额达到5亿元以上的外贸企业，按其首年经班列运输货值的0.5%给予一次性奖励，"
              "最高不超过300万元；"])
    b.clause(["②对利用班列开展跨境电商出口、整车进口、平行进口汽车等业务的企业，按实际运输集装箱数量给予每标箱"
              "1000元补助；"])
    b.clause(["③对在我市新设立区域分拨中心的跨国企业，按照《重庆市鼓励外商投资企业设立地区总部的若干措施》"
              "给予支持。"])
    b.clause(["2.发展“班列+贸易”。做好三项工作：①扩大汽车零部件、笔记本电脑等优势产品出口规模；②扩大木材、"
              "粮食、肉类等大宗商品和消费品进口；③推动中欧班列（成渝）与西部陆海新通道、长江黄金水道无缝衔接，"
              "开展多式联运“一单制”试点。"])
    b.clause(["3.发展“班列+金融”。鼓励金融机构开展基于铁路运单的融资业务，探索铁路提单物权化，推广"
              "“铁路运单融资”“班列运费贷”等产品。"])
    b.runin2("（三）优化口岸营商环境。",
             "深化“智慧口岸”建设，推广“提前申报”“两段准入”等便利化措施，进口整体通关时间压缩至30小时以内，"
             "出口整体通关时间压缩至1.5小时以内；落实中欧班列运费分段结算估价管理改革，降低企业税负。",
             split_at=3)
    b.runin2("（四）强化数字赋能。",
             "依托国际贸易“单一窗口”，建设中欧班列（成渝）综合服务信息平台，实现：①订舱、报关、查验等环节"
             "“一网通办”；②班列运行轨迹、货物状态全程可视化追踪；③与境外铁路企业、物流企业运单数据互认共享。")
    b.empty(1)  # stray empty paragraph

    b.heading1("三、支持政策")
    b.runin2("（一）运营资金支持。",
             "市财政统筹安排中欧班列（成渝）运营专项资金，按照“总量控制、逐年退坡、以效定补”原则，对平台公司"
             "开行的班列给予运营支持，2026年单列补助标准较2025年下降10%。", bold=False)
    b.heading2("（二）专项奖励")
    b.clause(["1.对年度开行量增长率排名前三的区县（自治县），分别给予200万元、150万元、100万元奖励，用于支持"
              "班列集货体系建设。"])
    b.clause(["\u3000\u30002.对经认定的市级“班列+”产业示范园区，给予一次性奖励100万元。"], first_indent=0)
    b.clause(["3.上述奖励资金由市财政局会同市商务委、市发展改革委按年度统一拨付。"])

    b.heading1("四、保障措施")
    b.runin2("（一）加强组织领导。",
             "市中欧班列（成渝）高质量发展工作专班负责统筹推进本通知各项工作，各区县（自治县）要明确分管领导和"
             "责任科室，结合实际制定落实措施。")
    b.runin2("（二）强化资金监管。",
             "各级财政、商务部门要加强专项资金全过程绩效管理，对虚报开行数量、骗取财政资金的，依法依规追回资金"
             "并取消其3年内申报资格。")
    b.runin2("（三）做好监测调度。",
             "各区县（自治县）商务主管部门、各平台公司要于每季度结束后10日内，向市商务委报送班列开行情况及附件"
             "所列目标任务完成情况。")
    b.clause(["本通知自2026年3月1日起施行，有效期至2028年2月29日。《重庆市商务委员会关于促进中欧班列（渝新欧）"
              "持续健康发展的通知》（渝商务发〔2023〕15号）同时废止。"])
    b.clause(["联系人：市商务委物流发展处王丽，联系电话：023-63662148。"])
    b.empty(1)
    b.p(["附件：2026年中欧班列（成渝）重点线路运营目标任务表"])
    b.empty(3)
    # 落款 typed with manual spaces
    b.p(["重庆市商务委员会" + "\u3000" * 3 + "重庆市发展和改革委员会"], first_indent=0,
        align=WD_ALIGN_PARAGRAPH.LEFT, left=48)
    b.empty(2)
    b.p(["\u3000" * 17 + "重庆市财政局"], first_indent=0)
    b.p(["\u3000" * 16 + "2026年2月26日"], first_indent=0)
    b.empty(1)
    b.clause_pub = b.p(["（此件公开发布）"], first_indent=32)

    # --- 附件: landscape section -------------------------------------------
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_page(sec, landscape=True)
    b.p([{"t": "附件", "f": HT}], first_indent=0)
    b.empty(1)
    b.p([{"t": "2026年中欧班列（成渝）重点线路运营目标任务表", "f": XBS, "s": 20}],
        align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=0, line=32)
    b.empty(1)

    widths = [1.2, 3.8, 3.8, 2.2, 2.2, 2.2, 2.2, 2.2, 4.9]
    H = [
        ["序号", "线路方向", "主要口岸", "2025年实际", None, "2026年目标", None, None, "牵头单位"],
        [None, None, None, "开行列数", "货值", "开行列数", "货值", "回程比例", None],
        [None, None, None, "列", "亿元", "列", "亿元", "%", None],
    ]
    rows = [
        ["1", "欧洲（西通道）", "阿拉山口、霍尔果斯", "1210", "412.6", "1300", "450", "35", "渝新欧（重庆）物流有限公司"],
        ["2", "中亚五国", "阿拉山口、霍尔果斯", "1420", "236.5", "1600", "270", "40", "渝新欧（重庆）物流有限公司"],
        ["3", "欧洲（中通道）", "二连浩特", "540", "168.9", "600", "190", "40", "渝新欧（重庆）物流有限公司"],
        ["4", "俄罗斯、白俄罗斯（东通道）", "满洲里、绥芬河", "980", "198.3", "1050", "215", "50", "重庆国际物流集团有限公司"],
        ["5", "跨里海国际运输走廊", "霍尔果斯（经阿克套港）", "86", "12.7", "150", "25", "20", "重庆国际物流集团有限公司"],
        ["6", "土耳其、伊朗（南通道）", "霍尔果斯、吐尔尕特", "120", "15.3", "300", "40", "—", "重庆国际物流集团有限公司"],
    ]
    note = "备注：1.开行列数含去程和回程班列；2.货值按海关统计口径计算；3.“—”表示2026年暂不设定目标值。"
    texts = [list(r) for r in H]
    disp = [list(r) for r in rows]
    # merged data cells: 主要口岸 rows 1-2, 牵头单位 rows 1-3 and 4-6
    disp[1][2] = None
    disp[1][8] = None
    disp[2][8] = None
    disp[4][8] = None
    disp[5][8] = None
    texts += disp
    texts.append([note] + [None] * 8)
    merges = [
        (0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 2, 2), (0, 8, 2, 8),
        (0, 3, 0, 4), (0, 5, 0, 7),
        (3, 2, 4, 2), (3, 8, 5, 8), (6, 8, 8, 8),
        (9, 0, 9, 8),
    ]

    def rules(r, c):
        if r < 3:
            return dict(font=HT, size=12, bold=False)
        if r == 9:
            return dict(font=FS, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
        return dict(font=FS, size=12)

    build_grid_table(doc, 10, widths, merges, texts, 3, rules)

    colnames = ["序号", "线路方向", "主要口岸", "2025年实际开行列数（列）", "2025年实际货值（亿元）",
                "2026年目标开行列数（列）", "2026年目标货值（亿元）", "2026年目标回程比例（%）", "牵头单位"]
    for r in rows:
        b.clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(colnames, r)))
    b.clauses.append(note)

    # --- 版记 on a portrait last page ---------------------------------------
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_page(sec, landscape=False)
    b.empty(14)
    b.banji_paras("抄送：市委办公厅，市人大常委会办公厅，市政府办公厅，市政协办公厅，重庆海关，中国铁路成都局集团"
                  "有限公司重庆货运中心。",
                  "重庆市商务委员会办公室", "2026年2月28日印发")

    stem = "blind395_chongqing_tongzhi"
    b.save(stem)
    meta = {
        "title": "关于进一步推动中欧班列（成渝）高质量发展的通知",
        "doc_number": "渝商务发〔2026〕7号",
        "issuer": organs,
        "date": "2026-02-26",
        "published": None,
        "level": "provincial",
        "region": "重庆市",
        "effective": "2026-03-01",
        "expires": "2028-02-29",
        "attachments": ["2026年中欧班列（成渝）重点线路运营目标任务表"],
        "doc_type": "通知",
        "recipients": ["各区县（自治县）商务主管部门", "两江新区管委会", "西部科学城重庆高新区管委会",
                       "市级有关部门", "有关企业"],
        "publicity": "此件公开发布",
        "repeals": "《重庆市商务委员会关于促进中欧班列（渝新欧）持续健康发展的通知》（渝商务发〔2023〕15号）",
    }
    return stem, [{"meta": meta, "clauses": b.clauses}]


# ======================================================================
# Document 2: 郑州 跨境电商 notice (Word auto-numbering, two attachments)
# ======================================================================
def make_zhengzhou():
    b = Builder()
    doc = b.doc
    b.red_header_single("郑州市人民政府办公室文件", size=34)
    b.doc_number("郑政办〔2025〕48号")
    b.title("郑州市人民政府办公室\n关于加快推进跨境电子商务高质量发展的通知")
    b.empty(1)
    b.p(["各区县（市）人民政府，郑东新区、经济技术开发区、高新技术产业开发区、航空港区管委会，市人民政府各部门，"
         "各有关单位："], first_indent=0)
    # typed with leading full-width spaces instead of a first-line indent
    b.clause(["\u3000\u3000为贯彻落实《国务院办公厅关于推动外贸稳规模优结构的意见》和河南省关于加快跨境电商发展的决策部署，"
              "发挥中国（郑州）跨境电子商务综合试验区引领作用，推动我市跨境电商规模和质量双提升，经市政府同意，"
              "现将有关事项通知如下："], first_indent=0)

    b.heading1("一、工作目标")
    b.clause(["到2026年底，全市跨境电商进出口交易额突破1500亿元，年均增长15%以上；培育跨境电商龙头企业30家、"
              "成长型企业300家，建设公共海外仓20个以上，跨境电商产业园区达到15个。"])

    b.heading1("二、重点任务")
    b.heading2("（一）壮大跨境电商经营主体")
    nA = add_abstract_numbering(doc, [("%1.", "decimal"), ("（%2）", "decimal")])
    p = b.clause(["培育龙头企业。支持本地传统外贸企业、生产制造企业向跨境电商转型，对认定为跨境电商龙头企业、"
                  "成长型企业的，按附件1标准给予奖励。"], prefix="1.")
    set_num(p, nA, 0)
    p = b.clause(["引进知名平台。积极引进国内外知名跨境电商平台在郑设立区域总部、结算中心和运营中心，重点引进以下"
                  "三类主体："], prefix="2.")
    set_num(p, nA, 0)
    b.clause(["①全球排名前50位的跨境电商平台企业；"])
    b.clause(["②年交易额10亿元以上的跨境电商独立站企业；"])
    b.clause(["③为跨境电商提供支付、物流、营销等服务的综合服务企业。"])
    p = b.clause(["加强人才培养。支持驻郑高校开设跨境电商相关专业，对开展跨境电商实训的企业，按实际培训人数每人"
                  "给予500元补贴，每家企业每年最高不超过50万元。"], prefix="3.")
    set_num(p, nA, 0)

    b.heading2("（二）完善跨境电商物流体系")
    nB = add_abstract_numbering(doc, [("%1.", "decimal"), ("（%2）", "decimal")])
    p = b.clause(["拓展“空中丝绸之路”跨境电商通道。依托郑州—卢森堡“双枢纽”，加密跨境电商货运航线，开通至欧美、"
                  "东南亚主要城市的跨境电商专线。具体措施包括："], prefix="1.")
    set_num(p, nB, 0)
    p = b.clause(["支持航空公司开行跨境电商货运包机，按附件1标准给予补助；"], prefix="（1）")
    set_num(p, nB, 1)
    p = b.clause(["推广“跨境电商+中欧班列”模式，发挥中欧班列（郑州）集结中心作用，推动邮件、快件、跨境电商货物"
                  "搭载班列出口；"], prefix="（2）")
    set_num(p, nB, 1)
    p = b.clause(["推进“海外仓+”建设，重点布局以下区域：①欧洲的德国、波兰、匈牙利；②北美的美国、墨西哥；"
                  "③“一带一路”共建国家中的马来西亚、泰国、沙特阿拉伯。"], prefix="（3）")
    set_num(p, nB, 1)
    p = b.clause(["提升监管服务效能。推进郑州新郑综合保税区、郑州经开综合保税区跨境电商监管作业场所智能化改造，"
                  "推广“9610”“9710”“9810”“1210”等业务模式，实现跨境电商零售进口退货中心仓模式常态化运作。"],
                 prefix="2.")
    set_num(p, nB, 0)
    b.runin2("（三）推动产业带与跨境电商融合。",
             "围绕服装、机械装备、食品、汽车零部件等特色产业，打造“跨境电商+产业带”示范区，推动“郑州制造”借助"
             "跨境电商拓展国际市场。对入选省级以上跨境电商产业带示范的，按附件1标准给予支持。", bold=False)

    b.heading1("三、保障措施")
    b.runin2("（一）加强统筹协调。",
             "市跨境电商综试区建设工作领导小组办公室（设在市商务局）负责统筹协调，定期研究解决重大问题。各责任"
             "单位要按照附件2分工，细化工作举措，确保各项任务落地见效。")
    b.runin2("（二）落实资金保障。",
             "市财政每年安排跨境电商发展专项资金不低于2亿元，资金使用管理按照《郑州市跨境电子商务发展专项资金"
             "管理办法》执行。")
    b.runin2("（三）强化统计监测。",
             "建立跨境电商统计监测制度，各区县（市）、各开发区商务部门每月5日前报送上月跨境电商进出口数据。")
    b.clause(["本通知自印发之日起施行，有效期至2027年12月31日。"])
    b.empty(1)
    b.p(["附件：1.郑州市跨境电商主体培育及通道建设奖补标准表"])
    b.p(["\u3000" * 5 + "2.郑州市跨境电商高质量发展重点任务分工表"], first_indent=0)
    b.empty(3)
    # 落款 with a soft line break and trailing-space alignment
    b.p(["郑州市人民政府办公室" + "\u3000" * 2 + "\n2025年11月18日" + "\u3000" * 2],
        align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=0)
    b.empty(1)
    b.p(["（此件公开发布）"])

    # --- 附件1: landscape, three-row header ---------------------------------
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_page(sec, landscape=True)
    b.p([{"t": "附件1", "f": HT}], first_indent=0)
    b.p([{"t": "郑州市跨境电商主体培育及通道建设奖补标准表", "f": XBS, "s": 20}],
        align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=0, line=36, after=6)
    widths = [1.2, 2.6, 5.2, 2.6, 2.4, 2.6, 2.6, 5.5]
    H = [
        ["序号", "支持类别", "支持对象", "认定门槛", None, "奖补标准", None, "兑现方式"],
        [None, None, None, "年进出口额", "年增长率", "一次性奖励", "年度补助上限", None],
        [None, None, None, "亿元", "%", "万元", "万元", None],
    ]
    rows = [
        ["1", "主体培育", "跨境电商龙头企业", "10", "15", "100", "—", "认定后一次性兑现"],
        ["2", "主体培育", "跨境电商成长型企业", "1", "30", "30", "—", "认定后一次性兑现"],
        ["3", "主体培育", "新落户跨境电商企业", "0.5", "—", "20", "—", "落户满一年后兑现"],
        ["4", "平台载体", "跨境电商产业园区", "30", "10", "200", "300", "按年度考核结果兑现"],
        ["5", "平台载体", "公共海外仓", "5", "20", "100", "150", "按年度考核结果兑现"],
        ["6", "平台载体", "省级以上跨境电商产业带示范", "—", "—", "50", "—", "入选后一次性兑现"],
        ["7", "物流通道", "跨境电商货运包机", "—", "—", "—", "500", "按实际执飞航班数兑现"],
    ]
    note = "备注：同一企业同一年度按“就高不重复”原则享受奖补；年进出口额、年增长率以海关统计数据为准；“—”表示不设门槛或不适用。"
    disp = [list(r) for r in rows]
    for (r, c) in [(1, 1), (2, 1), (4, 1), (5, 1), (1, 7), (4, 7)]:
        disp[r][c] = None
    texts = [list(r) for r in H] + disp + [[note] + [None] * 7]
    merges = [
        (0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 2, 2), (0, 7, 2, 7),
        (0, 3, 0, 4), (0, 5, 0, 6),
        (3, 1, 5, 1), (6, 1, 8, 1), (3, 7, 4, 7), (6, 7, 7, 7),
        (10, 0, 10, 7),
    ]

    def rules(r, c):
        if r < 3:
            return dict(font=HT, size=12)
        if r == 10:
            return dict(font=FS, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
        if c == 2:
            return dict(font=FS, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
        return dict(font=FS, size=12)

    build_grid_table(doc, 11, widths, merges, texts, 3, rules)
    colnames = ["序号", "支持类别", "支持对象", "认定门槛年进出口额（亿元）", "认定门槛年增长率（%）",
                "奖补标准一次性奖励（万元）", "奖补标准年度补助上限（万元）", "兑现方式"]
    for r in rows:
        b.clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(colnames, r)))
    b.clauses.append(note)

    # --- 附件2: back to portrait -------------------------------------------
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_page(sec, landscape=False)
    b.p([{"t": "附件2", "f": HT}], first_indent=0)
    b.empty(1)
    b.p([{"t": "郑州市跨境电商高质量发展重点任务分工表", "f": XBS, "s": 20}],
        align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=0, line=36, after=6)
    widths2 = [1.2, 5.4, 3.4, 3.6, 2.0]
    H2 = [["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]]
    rows2 = [
        ["1", "培育跨境电商龙头企业和成长型企业", "市商务局", "市财政局、市市场监管局", "长期坚持"],
        ["2", "引进知名跨境电商平台", "市商务局", "各开发区管委会", "长期坚持"],
        ["3", "加密跨境电商货运航线", "郑州航空港经济综合实验区管委会", "市交通运输局、郑州海关", "2026年12月底前"],
        ["4", "推动跨境电商货物搭载中欧班列出口", "市发展改革委", "郑州国际陆港开发建设有限公司", "2026年12月底前"],
        ["5", "建设公共海外仓", "市商务局", "市财政局", "2026年12月底前"],
        ["6", "建立跨境电商统计监测制度", "市统计局", "市商务局、郑州海关", "2026年3月底前"],
    ]
    disp2 = [list(r) for r in rows2]
    disp2[1][4] = None
    disp2[3][4] = None
    disp2[4][4] = None
    texts2 = H2 + disp2
    merges2 = [(1, 4, 2, 4), (3, 4, 5, 4)]

    def rules2(r, c):
        if r == 0:
            return dict(font=HT, size=12)
        if c in (1, 2, 3):
            return dict(font=FS, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
        return dict(font=FS, size=12)

    build_grid_table(doc, 7, widths2, merges2, texts2, 1, rules2)
    for r in rows2:
        b.clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(H2[0], r)))

    # --- 版记 typed as a two-row table ------------------------------------
    b.empty(6)
    vt = doc.add_table(rows=2, cols=1)
    vt.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = vt._tbl.tblPr
    bd = OxmlElement("w:tblBorders")
    for side, val, sz in (("top", "single", 8), ("left", "nil", 0), ("bottom", "single", 8),
                          ("right", "nil", 0), ("insideH", "single", 4), ("insideV", "nil", 0)):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "auto")
        bd.append(el)
    tblpr.append(bd)
    fix_widths(vt, [15.6])
    cell_text(vt.cell(0, 0), "抄送：市委各部门，郑州警备区，各人民团体。\n\u3000\u3000\u3000市人大常委会办公厅，市政协办公室，"
              "市法院，市检察院。", font=FS, size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(vt.cell(1, 0), "郑州市人民政府办公室" + " " * 22 + "2025年11月18日印发", font=FS, size=14,
              align=WD_ALIGN_PARAGRAPH.LEFT)

    stem = "blind395_zhengzhou_tongzhi"
    b.save(stem)
    meta = {
        "title": "郑州市人民政府办公室关于加快推进跨境电子商务高质量发展的通知",
        "doc_number": "郑政办〔2025〕48号",
        "issuer": ["郑州市人民政府办公室"],
        "date": "2025-11-18",
        "published": None,
        "level": "municipal",
        "region": "郑州市",
        "effective": "2025-11-18",
        "expires": "2027-12-31",
        "attachments": ["郑州市跨境电商主体培育及通道建设奖补标准表", "郑州市跨境电商高质量发展重点任务分工表"],
        "doc_type": "通知",
        "recipients": ["各区县（市）人民政府", "郑东新区、经济技术开发区、高新技术产业开发区、航空港区管委会",
                       "市人民政府各部门", "各有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": b.clauses}]


# ======================================================================
# Document 3: 南宁片区 综合保税区 notice (zone level, no attachments)
# ======================================================================
def make_nanning():
    b = Builder()
    doc = b.doc
    b.red_header_single("中国（广西）自由贸易试验区南宁片区\n管理委员会文件", size=24)
    b.doc_number("南自贸管〔2026〕5号")
    b.title("关于支持南宁综合保税区保税维修和外资项目\n加快发展的通知")
    b.empty(1)
    b.p(["片区各部门，南宁综合保税区管理办公室，各有关企业："], first_indent=0)
    b.clause(["为深入落实《中国（广西）自由贸易试验区总体方案》，发挥南宁综合保税区政策功能优势，推动保税维修、"
              "保税研发等新业态发展，扩大外商投资，现就有关事项通知如下。"])

    b.p([{"t": "一、支持保税维修业务发展", "f": HT, "b": True}])
    b.runin2("（一）扩大维修产品范围。",
             "支持区内企业开展以下产品的保税维修业务：①电子信息类产品，包括手机、平板电脑、笔记本电脑及其零部件；"
             "②航空器及其零部件；③工程机械、数控机床等高端装备。列入商务部、生态环境部、海关总署发布的综合保税区"
             "维修产品目录的产品，企业可直接开展业务。", bold=False)
    b.runin2("（二）实施分类扶持。", "对开展保税维修业务的企业，按照以下标准给予支持：", bold=False)
    b.clause(["1．对年维修业务进出口额首次达到1亿元、5亿元、10亿元的企业，分别给予50万元、150万元、300万元"
              "一次性奖励。"])
    b.clause(["2．对租用区内标准厂房开展保税维修业务的企业，前2年按实际租金的100%给予补贴，第3年按50%给予补贴，"
              "补贴面积最高不超过1万平方米。"])
    b.clause(["3．对企业新建维修检测线，按设备投资额的10%给予补助，具体包括："])
    b.clause(["（1）单个项目补助最高不超过200万元；"])
    b.clause(["(2)同一企业每年累计补助最高不超过500万元；"])
    b.clause(["（3）已享受自治区同类补助的，按就高原则执行，不重复享受。"])
    # soft line break in the middle of a clause
    b.runin2("（三）强化监管协同。",
             "会同南宁海关推行保税维修“一企一策”监管模式，\n建立维修物料、待维修货物、已维修货物电子账册，"
             "实施全流程信息化管理。", bold=False)

    b.p([{"t": "二、鼓励外商投资项目落地", "f": HT, "b": True}])
    b.runin2("（一）支持外资企业设立。", "对在南宁综合保税区新设立的外商投资企业，按照以下标准给予奖励：", bold=False)
    b.clause(["①当年实际到位外资金额（以商务部外资统计数据为准）达到1000万美元的，给予100万元奖励；"], first_indent=64)
    b.clause(["②当年实际到位外资金额达到3000万美元的，给予300万元奖励；"], first_indent=64)
    b.clause(["③当年实际到位外资金额达到5000万美元以上的，按实际到位外资金额的1%给予奖励，最高不超过1000万元。"],
             first_indent=64)
    b.runin2("（二）支持外资企业增资扩股。",
             "对区内外商投资企业以利润再投资或增资扩股方式追加投资的，参照本条第（一）项标准给予奖励。", bold=False)
    b.runin2("（三）鼓励面向东盟布局。",
             "对面向东盟国家开展加工贸易、转口贸易的外商投资企业，在同等条件下优先保障用地、用能需求，并协助办理"
             "跨境人民币结算、外籍人员出入境等便利化事项。", bold=False)

    b.p([{"t": "三、其他事项", "f": HT, "b": True}])
    b.clause(["（一）本通知所称企业，是指在南宁综合保税区内依法登记注册、具有独立法人资格、实行独立核算的企业。"])
    b.clause(["（二）同一事项符合本通知和片区其他扶持政策的，按照就高不重复原则执行。"])
    b.clause(["（三）企业通过提供虚假材料等方式骗取奖补资金的，由片区管委会追回已拨付资金，并按规定纳入信用记录。"])
    b.clause(["（四）本通知由片区管委会经济发展局负责解释，自印发之日起施行，有效期2年。"])
    b.empty(3)
    # 落款 laid out in a borderless one-column table
    lt = doc.add_table(rows=2, cols=2)
    set_table_borders(lt, "nil", 0)
    fix_widths(lt, [5.0, 10.6])
    cell_text(lt.cell(0, 1), "中国（广西）自由贸易试验区南宁片区管理委员会", font=FS, size=16)
    cell_text(lt.cell(1, 1), "2026年4月8日", font=FS, size=16)
    b.banji_paras("抄送：自治区商务厅，南宁海关，南宁市人民政府办公室。",
                  "南宁片区管委会办公室", "2026年4月8日印发")

    stem = "blind395_nanning_tongzhi"
    b.save(stem)
    meta = {
        "title": "关于支持南宁综合保税区保税维修和外资项目加快发展的通知",
        "doc_number": "南自贸管〔2026〕5号",
        "issuer": ["中国（广西）自由贸易试验区南宁片区管理委员会"],
        "date": "2026-04-08",
        "published": None,
        "level": "zone",
        "region": "中国（广西）自由贸易试验区南宁片区",
        "effective": "2026-04-08",
        "expires": "2028-04-07",
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["片区各部门", "南宁综合保税区管理办公室", "各有关企业"],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": b.clauses}]


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_395", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for maker in (make_chongqing, make_zhengzhou, make_nanning):
        stem, docs = maker()
        expected[stem] = docs
        to_pdf(os.path.join(HERE, stem + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
