# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 600: joint party-government 意见 (Fujian) and a
municipal 市委办 市政府办 notice issuing an implementing 实施方案 (Quanzhou)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)
SAN = 16  # 三号
ER = 22   # 二号
FW = "\u3000"  # full-width space


# ---------------------------------------------------------------- helpers
def set_font(run, name=FS, size=SAN, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first=None, exact=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)


def add_p(doc_or_cell, runs, **kw):
    """runs: list of (text, font, size, bold, color) or str."""
    p = doc_or_cell.add_paragraph()
    fmt(p, **kw)
    for r in runs:
        if isinstance(r, str):
            r = (r, FS, SAN, False, None)
        text, font, size, bold, color = (list(r) + [None] * 5)[:5]
        if text == "\n":
            run = p.add_run()
            run.add_break(WD_BREAK.LINE)
            set_font(run, font or FS, size or SAN)
            continue
        run = p.add_run(text)
        set_font(run, font or FS, size or SAN, bool(bold), color)
    return p


def empty(doc, n=1, exact=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, exact=exact)


def border(p, side="bottom", color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    pbdr.append(b)


def table_borders(table, spec):
    """spec: dict side -> (val, sz, color)."""
    tblpr = table._tbl.tblPr
    old = tblpr.find(qn("w:tblBorders"))
    if old is not None:
        tblpr.remove(old)
    tb = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        val, sz, color = spec.get(side, ("nil", 0, "auto"))
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), color)
        tb.append(e)
    tblpr.append(tb)


def cell_text(cell, runs, align=WD_ALIGN_PARAGRAPH.CENTER, exact=22, size=14):
    p = cell.paragraphs[0]
    fmt(p, align=align, exact=exact)
    for r in runs:
        if r == "\n":
            run = p.add_run()
            run.add_break(WD_BREAK.LINE)
            continue
        if isinstance(r, str):
            r = (r, FS, size, False)
        run = p.add_run(r[0])
        set_font(run, r[1], r[2], r[3])
    return p


def page_setup(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        s.footer_distance = Cm(2.5)
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run("— ")
        set_font(r, "宋体", 14)
        r = fp.add_run()
        set_font(r, "宋体", 14)
        for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
            if kind:
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), kind)
                r._element.append(fc)
            else:
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = txt
                r._element.append(it)
        r = fp.add_run(" —")
        set_font(r, "宋体", 14)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(SAN)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)


def add_decimal_numbering(doc, abs_id, num_id):
    """Word auto numbering '1.' with no tab after the number."""
    numbering = doc.part.numbering_part.element
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"),
                     ("w:suff", "nothing"), ("w:lvlText", "%1."),
                     ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), FS)
    rpr.append(rf)
    lvl.append(rpr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ani = OxmlElement("w:abstractNumId")
    ani.set(qn("w:val"), str(abs_id))
    num.append(ani)
    numbering.append(num)


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def set_widths(table, widths):
    table.autofit = False
    tblpr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblpr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths) * 567)))
    tw.set(qn("w:type"), "dxa")
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for tc, w in zip(row._tr.findall(qn("w:tc")), widths):
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = OxmlElement("w:tcW")
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(w * 567)))
            tcw.set(qn("w:type"), "dxa")


def data_table(doc, headers, rows, widths):
    t = doc.add_table(rows=1 + len(rows), cols=len(headers))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        parts = h if isinstance(h, list) else [h]
        runs = []
        for x in parts:
            runs.append("\n" if x == "\n" else (x, HT, 14, False))
        cell_text(t.rows[0].cells[i], runs)
    for ri, row in enumerate(rows, start=1):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in (1,) else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.rows[ri].cells[ci], [v], align=al)
    set_widths(t, widths)
    return t


def row_clauses(headers, rows):
    names = ["".join(x for x in (h if isinstance(h, list) else [h]) if x != "\n")
             for h in headers]
    return ["；".join("%s：%s" % (n, v) for n, v in zip(names, r)) for r in rows]


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_600",
                    "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)


EXPECTED = {}

# =========================================================== document 1
FJ_TITLE = ("中共福建省委 福建省人民政府关于推进高水平对外开放"
            "提升自由贸易试验区建设水平的意见")
FJ_RECIP = ["各市、县（区）党委和人民政府", "平潭综合实验区党工委、管委会",
            "省委各部委", "省直各单位", "各人民团体"]

FJ_TABLE_H = ["序号", "指标名称", "2025年基准值", "2027年目标值"]
FJ_TABLE_R = [
    ["1", "货物贸易进出口总额（亿元）", "19850", "21500"],
    ["2", "实际使用外资（亿元）", "310", "360"],
    ["3", "跨境电商进出口额（亿元）", "1120", "1500"],
    ["4", "中欧（亚）班列开行量（列）", "420", "600"],
    ["5", "综合保税区进出口额（亿元）", "1650", "2000"],
]

# body: ('p', text) plain paragraph; ('h1', text) own-line 黑体 heading;
# ('h2', text) own-line 楷体 heading; ('ri', head, rest, headfont) run-in;
# ('table',)
FJ_BODY = [
    ("p", "为深入贯彻落实党的二十大和二十届二中、三中、四中全会精神，全面贯彻习近平总书记关于推进高水平对外开放的重要论述和在福建考察时的重要讲话精神，实施自由贸易试验区提升战略，稳步扩大规则、规制、管理、标准等制度型开放，加快建设21世纪海上丝绸之路核心区，以高水平对外开放促进高质量发展，现提出如下意见。"),
    ("h1", "一、总体要求"),
    ("ri", "（一）指导思想。", "坚持以习近平新时代中国特色社会主义思想为指导，完整准确全面贯彻新发展理念，服务和融入新发展格局，坚持以开放促改革、促发展、促创新，发挥自由贸易试验区、综合保税区等开放平台示范引领作用，统筹发展和安全，推动贸易投资自由化便利化，努力在全国高水平对外开放大局中走在前列。", KT),
    ("ri", "（二）主要目标。", "到2027年，全省外贸规模稳中提质，利用外资结构持续优化，中国（福建）自由贸易试验区累计形成制度创新成果120项以上，综合保税区、跨境电商综合试验区等开放平台能级明显提升；到2030年，更高水平开放型经济新体制基本形成。主要指标见下表。", KT),
    ("table",),
    ("h1", "二、实施自由贸易试验区提升战略"),
    ("h2", "（一）深化制度型开放"),
    ("ri", "1.对接高标准国际经贸规则。", "对标《全面与进步跨太平洋伙伴关系协定》（CPTPP）、《数字经济伙伴关系协定》（DEPA）等高标准经贸规则，在货物贸易、服务贸易、数字贸易、知识产权保护、政府采购等领域开展压力测试，每年推出一批首创性、集成性制度创新成果。", FS),
    ("ri", "2.扩大服务业对内对外开放。", "落实跨境服务贸易负面清单，在福州片区、厦门片区开展增值电信、医疗、文化旅游等领域扩大开放试点，支持符合条件的外资金融机构在自贸试验区设立分支机构。", FS),
    ("ri", "3.深化投资管理体制改革。", "重点推进以下工作：", FS),
    ("p", "（1）全面落实外商投资准入前国民待遇加负面清单管理制度，负面清单之外的领域按照内外资一致原则实施管理。"),
    ("p", "（2）推行外商投资企业登记注册“一窗通办”，将外资企业设立登记办理时限压缩至1个工作日。"),
    ("p", "（3）健全外商投资企业投诉工作机制，依法保护外商投资合法权益。"),
    ("h2", "（二）提升片区发展能级"),
    ("ri", "1.福州片区。", "聚焦数字经济、海洋经济和现代物流，建设福州数字丝路合作示范区，推动福州新区与福州片区联动发展。", FS),
    ("ri", "2.厦门片区。", "聚焦航运物流、融资租赁、跨境金融，建设东南国际航运中心核心区，打造两岸区域性金融服务中心。", FS),
    ("ri", "3.平潭片区。", "聚焦对台开放和国际旅游岛建设，推进两岸共同家园建设，深化闽台标准共通、资格互认。", FS),
    ("ri", "（三）强化改革系统集成。", "建立自贸试验区改革试点任务清单动态管理机制，每年评估总结一批可复制推广经验，由省自贸办会同有关部门在全省复制推广；支持有条件的设区市申报设立自贸试验区联动创新区。", KT),
    ("h1", "三、推动贸易创新发展"),
    ("ri", "（一）做强跨境电商。", "发挥福州、厦门、泉州等跨境电商综合试验区作用，支持建设一批跨境电商产业园和海外仓，推广“跨境电商+产业带”模式，到2027年全省公共海外仓数量达到80个以上。", KT),
    ("ri", "（二）发展数字贸易和服务贸易。", "建设国家数字服务出口基地，扩大软件和信息技术、数字内容、工业设计等服务出口，探索数据跨境流动安全有序管理机制。", KT),
    ("ri", "（三）提升综合保税区发展水平。", "推动福州、厦门海沧、泉州等综合保税区开展保税维修、保税研发、保税展示交易等新业态，实施综合保税区“一区一策”绩效评估，对评估结果较差的综合保税区予以督促整改。", KT),
    ("h1", "四、扩大双向投资合作"),
    ("ri", "（一）提高利用外资质量。", "落实鼓励外商投资产业目录，引导外资投向先进制造业、现代服务业和高新技术产业，对年实际使用外资金额超过1亿美元的新项目给予“一事一议”支持。", KT),
    ("ri", "（二）引导企业有序“走出去”。", "支持企业在共建“一带一路”国家建设境外经贸合作区，完善境外投资风险预警和服务保障体系。", KT),
    ("h1", "五、深度融入共建“一带一路”"),
    ("ri", "（一）加快建设海丝核心区。", "深化与东盟国家港口、航运、经贸合作，推进“丝路海运”提质扩面，打造联通海上丝绸之路和丝绸之路经济带的重要枢纽。", KT),
    ("ri", "（二）提升中欧（亚）班列运营质效。", "优化中欧（亚）班列（厦门）、中欧班列（福州）线路布局，推动“海铁联运”“班列+跨境电商”等模式发展，统筹用好班列运营补助资金，到2027年年开行量达到600列。", KT),
    ("ri", "（三）深化闽台经贸融合。", "落实支持福建探索海峡两岸融合发展新路、建设两岸融合发展示范区的政策措施，推动台胞台企同等享受在闽投资经营便利。", KT),
    ("h1", "六、强化组织保障"),
    ("ri", "（一）加强党的领导。", "坚持和加强党对对外开放工作的全面领导，省委对外开放工作领导小组负责统筹协调重大事项，领导小组办公室设在省商务厅。", KT),
    ("ri", "（二）强化政策支持。", "省级财政统筹安排相关专项资金支持开放平台建设，自贸试验区片区所在地人民政府可按规定设立专项资金。", KT),
    ("ri", "（三）防范化解风险。", "建立健全与高水平对外开放相适应的风险防控体系，加强外资安全审查、出口管制和数据安全管理。", KT),
    ("ri", "（四）抓好督促落实。", "各地各部门要按照本意见要求，结合实际制定具体实施方案，明确责任分工和时间节点，重大事项及时向省委、省政府请示报告。", KT),
]


def body_clauses(body, table_h, table_r):
    out = []
    for it in body:
        if it[0] == "p":
            out.append(it[1])
        elif it[0] == "ri":
            out.append(it[1] + it[2])
        elif it[0] == "table":
            out.extend(row_clauses(table_h, table_r))
        elif it[0] == "num":
            out.append("%d.%s" % (it[2], it[1]))
    return out


def make_fujian():
    doc = Document()
    page_setup(doc)

    # --- 版头: joint header laid out in a borderless table
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, {})
    left_names = ["中共福建省委", "福建省人民政府"]
    for i, nm in enumerate(left_names):
        c = t.rows[i].cells[0]
        p = c.paragraphs[0]
        fmt(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, exact=54)
        r = p.add_run(nm)
        set_font(r, XBS, 40, False, RED)
    set_widths(t, [10.6, 5.0])
    right = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    p = right.paragraphs[0]
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, exact=None)
    r = p.add_run("文件")
    set_font(r, XBS, 54, False, RED)
    tcpr = right._tc.get_or_add_tcPr()
    va = OxmlElement("w:vAlign")
    va.set(qn("w:val"), "center")
    tcpr.append(va)

    empty(doc, 1)
    p = add_p(doc, ["闽委发〔2026〕5号"], align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 18, 6)  # red rule under the 文号
    empty(doc, 1)

    # --- title: three separate paragraphs
    for line in ("中共福建省委 福建省人民政府", "关于推进高水平对外开放",
                 "提升自由贸易试验区建设水平的意见"):
        add_p(doc, [(line, XBS, ER)], align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    empty(doc, 1)

    add_p(doc, ["，".join(FJ_RECIP) + "："], align=WD_ALIGN_PARAGRAPH.JUSTIFY)

    for it in FJ_BODY:
        kind = it[0]
        if kind == "p":
            # indentation typed with two full-width spaces
            add_p(doc, [FW * 2 + it[1]], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif kind == "h1":
            add_p(doc, [FW * 2, (it[1], HT, SAN)], align=WD_ALIGN_PARAGRAPH.LEFT)
        elif kind == "h2":
            add_p(doc, [FW * 2, (it[1], KT, SAN)], align=WD_ALIGN_PARAGRAPH.LEFT)
        elif kind == "ri":
            head, rest, hf = it[1], it[2], it[3]
            bold = hf == FS
            add_p(doc, [FW * 2, (head, hf, SAN, bold), rest],
                  align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif kind == "table":
            data_table(doc, FJ_TABLE_H, FJ_TABLE_R, [1.6, 7.4, 3.3, 3.3])
            empty(doc, 1, exact=14)

    # --- 落款: both organs on one line, aligned with spaces; Chinese-numeral date
    empty(doc, 2)
    add_p(doc, [FW * 4 + "中共福建省委" + FW * 4 + "福建省人民政府"],
          align=WD_ALIGN_PARAGRAPH.LEFT)
    add_p(doc, [FW * 11 + "二〇二六年二月十二日"], align=WD_ALIGN_PARAGRAPH.LEFT)
    add_p(doc, [FW * 2 + "（此件公开发布）"], align=WD_ALIGN_PARAGRAPH.LEFT)

    # --- 版记 on a new page, paragraph borders
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    empty(doc, 12)
    p = add_p(doc, [("抄送：中央办公厅，国务院办公厅，商务部。", FS, 14)], exact=24,
              left=14, first=-56)
    border(p, "top", "000000", 8, 4)
    p = add_p(doc, [("省委各部委，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，福建省军区，武警福建省总队。", FS, 14)],
              exact=24, left=70)
    border(p, "bottom", "000000", 4, 4)
    p = add_p(doc, [(FW + "中共福建省委办公厅" + FW * 9 + "2026年2月13日印发", FS, 14)],
              exact=24)
    border(p, "bottom", "000000", 8, 4)

    stem = "blind600_fujian_yijian"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    convert(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": FJ_TITLE,
            "doc_number": "闽委发〔2026〕5号",
            "issuer": ["中共福建省委", "福建省人民政府"],
            "date": "2026-02-12",
            "published": None,
            "level": "provincial",
            "region": "福建省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "意见",
            "recipients": FJ_RECIP,
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": body_clauses(FJ_BODY, FJ_TABLE_H, FJ_TABLE_R),
    }]


# =========================================================== document 2
QZ_FA_TITLE = "泉州市推进高水平对外开放提升开放平台能级实施方案"
QZ_TZ_TITLE = ("中共泉州市委办公室 泉州市人民政府办公室关于印发《"
               + QZ_FA_TITLE + "》的通知")
QZ_RECIP = ["各县（市、区）党委和人民政府", "泉州开发区、泉州台商投资区党工委和管委会",
            "市直各单位"]
QZ_TZ_BODY = [
    "《泉州市推进高水平对外开放提升开放平台能级实施方案》已经市委、市政府同意，现印发给你们，请结合实际认真贯彻落实。",
    "各地各部门要切实提高政治站位，将推进高水平对外开放作为重要工作抓紧抓实，实施中遇到的重大问题请及时向市委、市政府报告。",
]
QZ_TABLE_H = ["序号", "指标", ["2026年", "\n", "目标"], ["2027年", "\n", "目标"], "牵头单位"]
QZ_TABLE_R = [
    ["1", "泉州综合保税区进出口额（亿元）", "260", "320", "市商务局、泉州海关"],
    ["2", "跨境电商交易额（亿元）", "880", "1000", "市商务局"],
    ["3", "中欧班列（泉州）开行量（列）", "90", "120", "市交通运输局"],
    ["4", "新设外商投资企业（家）", "260", "300", "市商务局、市市场监管局"],
    ["5", "复制推广自贸试验区改革试点经验（项）", "累计30", "累计45", "市委改革办"],
]
QZ_ATT = ["泉州市开放平台能级提升重点项目清单",
          "泉州市推进高水平对外开放工作专班成员单位名单"]
QZ_REPEAL = "《泉州市进一步扩大对外开放若干措施》（泉委办发〔2023〕15号）"

# ('num', text, n) -> Word auto-numbered item
QZ_FA_BODY = [
    ("p", "为深入贯彻落实《中共福建省委 福建省人民政府关于推进高水平对外开放提升自由贸易试验区建设水平的意见》（闽委发〔2026〕5号）精神，加快提升我市开放平台能级，推动21世纪海上丝绸之路先行区建设取得新突破，结合我市实际，制定本方案。"),
    ("h1", "一、工作目标"),
    ("p", "到2027年，全市开放型经济规模和质量进一步提升，泉州综合保税区、跨境电商综合试验区、中欧班列（泉州）等开放平台支撑作用明显增强，全市货物贸易进出口总额力争突破2800亿元。具体指标如下："),
    ("table",),
    ("h1", "二、重点任务"),
    ("h2", "（一）提升泉州综合保税区能级"),
    ("num", "推动保税研发、保税维修、保税展示交易等业务集聚发展，支持石化、鞋服、纺织等优势产业链企业在区内开展保税加工和分拨配送。（责任单位：市商务局、泉州海关、泉州综合保税区管委会）", 1),
    ("num", "积极申报增值税一般纳税人资格试点，推动综合保税区与晋江陆地港、石湖港区联动发展。（责任单位：市税务局、市商务局、市交通运输局）", 2),
    ("num", "完善综合保税区配套设施，2026年底前建成跨境电商监管中心二期。（责任单位：泉州综合保税区管委会、泉州海关）", 3),
    ("h2", "（二）做大做强跨境电商"),
    ("num", "实施“跨境电商+产业带”行动，推动晋江鞋服、德化陶瓷、安溪茶叶等特色产业带企业开展跨境电商业务，每年培育跨境电商重点企业50家以上。（责任单位：市商务局，各县〔市、区〕人民政府）", 1),
    ("num", "支持企业在共建“一带一路”国家布局海外仓，对新认定的市级公共海外仓给予一次性奖励。（责任单位：市商务局、市财政局）", 2),
    ("num", "推广跨境电商出口海关监管“9710”“9810”模式，提升通关便利化水平。（责任单位：泉州海关）", 3),
    ("ri", "（三）提升中欧班列（泉州）运营水平。", "稳定开行泉州至中亚、欧洲方向班列，拓展“海铁联运”通道，推动班列与泉州综合保税区、跨境电商业务融合发展，到2027年年开行量达到120列。（责任单位：市交通运输局、市商务局）", KT),
    ("ri", "（四）提高利用外资水平。", "落实外商投资准入前国民待遇加负面清单管理制度，围绕石化新材料、半导体、新能源等产业开展精准招商，对重大外资项目实行“一项目一专班”服务。（责任单位：市商务局、市发改委）", KT),
    ("ri", "（五）复制推广自贸试验区改革经验。", "建立自贸试验区改革试点经验复制推广清单，对照福州、厦门、平潭片区制度创新成果，每年复制推广15项以上，积极争创自贸试验区联动创新区。（责任单位：市委改革办、市商务局）", KT),
    ("h1", "三、保障措施"),
    ("ri", "（一）加强统筹协调。", "成立泉州市推进高水平对外开放工作专班，由市政府分管领导任组长，专班办公室设在市商务局，负责统筹推进各项任务落实。", KT),
    ("ri", "（二）强化要素保障。", "市财政每年统筹安排开放型经济发展专项资金，优先保障开放平台建设用地、用海需求。", KT),
    ("ri", "（三）加强督查考核。", "将本方案落实情况纳入市委、市政府督查和各县（市、区）绩效考评内容，各责任单位于每年6月30日和12月20日前将工作进展报送专班办公室。", KT),
    ("p", "本方案自2026年4月1日起施行，有效期至2028年12月31日。" + QZ_REPEAL + "同时废止。"),
]


def make_quanzhou():
    doc = Document()
    page_setup(doc)
    add_decimal_numbering(doc, 90, 90)
    add_decimal_numbering(doc, 91, 91)

    # --- 版头: two stacked "…文件" lines
    for nm in ("中共泉州市委办公室文件", "泉州市人民政府办公室文件"):
        add_p(doc, [(nm, XBS, 28, False, RED)], align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
              exact=40)
    empty(doc, 1, exact=20)
    p = add_p(doc, ["泉委办发〔2026〕8号"], align=WD_ALIGN_PARAGRAPH.CENTER)
    p = doc.add_paragraph()
    fmt(p, exact=4)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1, exact=16)

    # --- title with soft line breaks
    add_p(doc, [("中共泉州市委办公室 泉州市人民政府办公室", XBS, ER), "\n",
                ("关于印发《泉州市推进高水平对外开放", XBS, ER), "\n",
                ("提升开放平台能级实施方案》的通知", XBS, ER)],
          align=WD_ALIGN_PARAGRAPH.CENTER, exact=32)
    empty(doc, 1)
    add_p(doc, ["，".join(QZ_RECIP) + "："], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    for t in QZ_TZ_BODY:
        add_p(doc, [t], align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32)
    empty(doc, 1, exact=16)
    # 落款: two organs stacked, right-aligned by spaces; date below
    add_p(doc, [FW * 11 + "中共泉州市委办公室"], align=WD_ALIGN_PARAGRAPH.LEFT)
    add_p(doc, [FW * 10 + "泉州市人民政府办公室"], align=WD_ALIGN_PARAGRAPH.LEFT)
    add_p(doc, [FW * 13 + "2026年3月20日"], align=WD_ALIGN_PARAGRAPH.LEFT)
    add_p(doc, ["（此件公开发布）"], align=WD_ALIGN_PARAGRAPH.LEFT, first=32, exact=26)

    # --- the 方案 on a new page
    p = add_p(doc, [(QZ_FA_TITLE[:12], XBS, ER), "\n", (QZ_FA_TITLE[12:], XBS, ER)],
              align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    num_ids = iter([90, 91])
    cur = None
    for it in QZ_FA_BODY:
        kind = it[0]
        if kind == "p":
            add_p(doc, [it[1]], align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32)
        elif kind == "h1":
            add_p(doc, [(it[1], HT, SAN, True)], align=WD_ALIGN_PARAGRAPH.LEFT, first=32)
        elif kind == "h2":
            add_p(doc, [(it[1], KT, SAN)], align=WD_ALIGN_PARAGRAPH.LEFT, first=32)
            cur = next(num_ids)
        elif kind == "num":
            p = add_p(doc, [it[1]], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            set_num(p, cur)
        elif kind == "ri":
            add_p(doc, [(it[1], KT, SAN, True), it[2]],
                  align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32)
        elif kind == "table":
            data_table(doc, QZ_TABLE_H, QZ_TABLE_R, [1.4, 5.4, 2.5, 2.5, 3.8])
            empty(doc, 1, exact=14)
    empty(doc, 1)
    add_p(doc, ["附件：1." + QZ_ATT[0]], align=WD_ALIGN_PARAGRAPH.LEFT, first=32)
    add_p(doc, [FW * 5 + "2." + QZ_ATT[1]], align=WD_ALIGN_PARAGRAPH.LEFT)

    # --- 版记 as a 1-column table with top/bottom rules
    empty(doc, 3)
    t = doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, {"top": ("single", 8, "000000"),
                      "bottom": ("single", 8, "000000"),
                      "insideH": ("single", 4, "000000")})
    c = t.rows[0].cells[0]
    cell_text(c, [("抄送：省委办公厅，省政府办公厅。", FS, 14, False)],
              align=WD_ALIGN_PARAGRAPH.LEFT, exact=24)
    p = c.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, exact=24, left=42)
    r = p.add_run("市委各部门，市人大常委会办公室，市政协办公室，市纪委监委，市中级法院，市检察院，泉州军分区。")
    set_font(r, FS, 14)
    cell_text(t.rows[1].cells[0],
              [(FW + "中共泉州市委办公室" + FW * 9 + "2026年3月20日印发", FS, 14, False)],
              align=WD_ALIGN_PARAGRAPH.LEFT, exact=24)
    set_widths(t, [15.6])

    stem = "blind600_quanzhou_fangan"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    convert(path)
    EXPECTED[stem] = [
        {
            "meta": {
                "title": QZ_TZ_TITLE,
                "doc_number": "泉委办发〔2026〕8号",
                "issuer": ["中共泉州市委办公室", "泉州市人民政府办公室"],
                "date": "2026-03-20",
                "published": None,
                "level": "municipal",
                "region": "泉州市",
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "通知",
                "recipients": QZ_RECIP,
                "publicity": "此件公开发布",
                "repeals": None,
            },
            "clauses": list(QZ_TZ_BODY),
        },
        {
            "meta": {
                "title": QZ_FA_TITLE,
                "doc_number": None,
                "issuer": ["中共泉州市委办公室", "泉州市人民政府办公室"],
                "date": "2026-03-20",
                "published": None,
                "level": "municipal",
                "region": "泉州市",
                "effective": "2026-04-01",
                "expires": "2028-12-31",
                "attachments": QZ_ATT,
                "doc_type": "方案",
                "recipients": [],
                "publicity": None,
                "repeals": QZ_REPEAL,
            },
            "clauses": body_clauses(QZ_FA_BODY, QZ_TABLE_H, QZ_TABLE_R),
        },
    ]


if __name__ == "__main__":
    make_fujian()
    make_quanzhou()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    print("ok", sorted(EXPECTED))
