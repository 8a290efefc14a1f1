# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 441 blind test documents: 政策问答 / 热点问答 / 12345 知识库条目."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"


# ---------------------------------------------------------------- helpers
def set_font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), name)
    rfonts.set(qn("w:hAnsi"), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    return p


def para(doc, parts, align=None, indent=True, line=28, before=0, after=0):
    """parts: list of (text, font, size, bold) or a plain string."""
    p = doc.add_paragraph() if not hasattr(doc, "add_run") else doc
    fmt(p, align, indent, line, before, after)
    if isinstance(parts, str):
        parts = [(parts, FS, 16, False)]
    for part in parts:
        text, font, size, bold = part[:4]
        color = part[4] if len(part) > 4 else None
        set_font(p.add_run(text), font, size, bold, color)
    return p


def empty(doc, line=28):
    p = doc.add_paragraph()
    fmt(p, indent=False, line=line)
    return p


def border(p, side="bottom", color="FF0000", sz=12, val="single"):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), val)
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    pbdr.append(el)


def page_setup(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def add_page_number(doc):
    """Footer '— N —' with a PAGE field, 宋体 4号, outer alignment kept simple."""
    for s in doc.sections:
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(fp.add_run("— "), "宋体", 14)
        r = set_font(fp.add_run(), "宋体", 14)
        b = OxmlElement("w:fldChar")
        b.set(qn("w:fldCharType"), "begin")
        r._r.append(b)
        r2 = set_font(fp.add_run(), "宋体", 14)
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = " PAGE "
        r2._r.append(it)
        r3 = set_font(fp.add_run(), "宋体", 14)
        sep = OxmlElement("w:fldChar")
        sep.set(qn("w:fldCharType"), "separate")
        r3._r.append(sep)
        set_font(fp.add_run("1"), "宋体", 14)
        r5 = set_font(fp.add_run(), "宋体", 14)
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), "end")
        r5._r.append(e)
        set_font(fp.add_run(" —"), "宋体", 14)


def table_borders(tbl, show=True, only_hlines=False):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        if not show or (only_hlines and side in ("left", "right", "insideV")):
            el.set(qn("w:val"), "nil")
        else:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), "6" if side not in ("top", "bottom") or not only_hlines else "8")
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def cell_text(cell, text, font=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, color=None):
    cell.text = ""
    lines = text if isinstance(text, list) else [text]
    for i, t in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        fmt(p, align, indent=False, line=22)
        set_font(p.add_run(t), font, size, bold, color)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def data_table(doc, header, rows, widths=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, True)
    for j, h in enumerate(header):
        cell_text(t.rows[0].cells[j], h, HT, 14)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell_text(t.rows[i + 1].cells[j], v, FS, 14)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def row_clauses(header, rows):
    return ["；".join("%s：%s" % (h, v) for h, v in zip(header, r)) for r in rows]


def add_word_numbering(doc, num_id=90, fmt_text="%1.", numfmt="decimal"):
    """Create a real Word numbering definition (suffix nothing, so '1.文字')."""
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(num_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", numfmt), ("w:suff", "nothing"),
                     ("w:lvlText", fmt_text), ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
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
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    absn.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(num_id))
    num.append(an)
    numbering.append(num)
    return num_id


def set_num(p, num_id, ilvl=0):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


# ================================================================ Doc A: 福州 政策问答 (notice + attachment)
def doc_fuzhou():
    stem = "blind441_fuzhou_wenda"
    doc = Document()
    page_setup(doc)
    notice_clauses, qa_clauses = [], []

    # 版头: joint red header typed as a borderless 2-column layout table
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, False)
    t.autofit = False
    cell_text(t.rows[0].cells[0], ["福州市商务局", "福州市财政局"], XBS, 30, False,
              WD_ALIGN_PARAGRAPH.DISTRIBUTE, RED)
    cell_text(t.rows[0].cells[1], "文件", XBS, 40, False, WD_ALIGN_PARAGRAPH.LEFT, RED)
    for p_ in t.rows[0].cells[0].paragraphs + t.rows[0].cells[1].paragraphs:
        p_.paragraph_format.line_spacing = Pt(46)
    grid = t._tbl.tblGrid.findall(qn("w:gridCol"))
    for gc, w in zip(grid, (Cm(10.5), Cm(5.0))):
        gc.set(qn("w:w"), str(int(w.twips)))
    t.rows[0].cells[0].width = Cm(10.5)
    t.rows[0].cells[1].width = Cm(5.0)
    empty(doc)
    p = para(doc, "榕商务〔2025〕38号", WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18)
    empty(doc)
    # title with a soft line break after the organs
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    set_font(p.add_run("福州市商务局 福州市财政局关于印发"), XBS, 22)
    p.runs[-1].add_break()
    set_font(p.add_run("《福州市支持跨境电商高质量发展"), XBS, 22)
    p.runs[-1].add_break()
    set_font(p.add_run("若干措施政策问答》的通知"), XBS, 22)
    empty(doc)
    para(doc, "各县（市）区商务主管部门，福州高新区经济发展局，福州经济技术开发区经济发展局，市直有关单位：",
         indent=False)

    body = [
        "为帮助企业准确理解和用好《福州市支持跨境电商高质量发展若干措施》（榕政办规〔2025〕6号，以下简称《若干措施》），"
        "市商务局、市财政局针对企业咨询较多的适用范围、支持标准、申报兑现流程等问题，编制了《福州市支持跨境电商高质量发展若干措施政策问答》，"
        "现印发给你们，请结合工作实际做好政策宣传解读和企业服务工作。",
        "各地各有关单位在政策执行过程中遇到的问题，请及时反馈市商务局电子商务处（联系人：林晓岚，电话：0591-87538216）。",
        "本通知自印发之日起施行，《福州市商务局关于跨境电商扶持政策有关问题的解答》（榕商务〔2023〕71号）同时废止。",
    ]
    for b in body:
        para(doc, b)
        notice_clauses.append(b)
    empty(doc)
    # 附件 line, manual indent by spaces
    para(doc, "附件：福州市支持跨境电商高质量发展若干措施政策问答", indent=True)
    empty(doc)
    empty(doc)
    # 落款 typed with full-width spaces on a single line, date below pushed right with spaces
    para(doc, "　　福州市商务局　　　　　　　　　福州市财政局", indent=False)
    para(doc, "　　　　　　　　　　　　　　　2025年4月16日", indent=False)
    empty(doc)
    para(doc, "（此件公开发布）", indent=True)

    # ---------- attachment
    page_break(doc)
    para(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc)
    p = para(doc, [("福州市支持跨境电商高质量发展", XBS, 22, False)],
             WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    p.runs[-1].add_break()
    set_font(p.add_run("若干措施政策问答"), XBS, 22)
    empty(doc)
    intro = ("为便于企业准确理解和享受《福州市支持跨境电商高质量发展若干措施》（以下简称《若干措施》）各项政策，"
             "现就企业关注的主要问题解答如下。")
    para(doc, intro)
    qa_clauses.append(intro)

    def heading(text):
        para(doc, [(text, HT, 16, False)])

    def q(n, text):
        s = "Q%d：%s" % (n, text)
        para(doc, [("Q%d：" % n, FS, 16, True), (text, FS, 16, True)])
        qa_clauses.append(s)

    def a(n, text):
        s = "A%d：%s" % (n, text)
        para(doc, [("A%d：" % n, FS, 16, True), (text, FS, 16, False)])
        qa_clauses.append(s)

    def plain(text):
        para(doc, text)
        qa_clauses.append(text)

    heading("一、适用范围和申报主体")
    q(1, "《若干措施》的适用对象是哪些企业？")
    a(1, "《若干措施》适用于在福州市行政区域内（含福州高新区）依法注册登记、具有独立法人资格，且跨境电商业务统计在我市的企业。"
         "个体工商户原则上不纳入支持范围；分支机构经总部授权、独立核算且业务数据在我市统计的，可以申报。")
    q(2, "同一企业能否同时申报多个支持项目？")
    a(2, "可以。企业符合多个支持项目条件的，可分别申报，但同一项目（同一笔投入）不得重复享受市级财政资金支持；"
         "已获得省级同类资金支持的，市级按照“就高不重复”原则补足差额。")

    heading("二、支持内容和标准")
    q(3, "跨境电商出口业务规模奖励如何计算？")
    a(3, "对年度跨境电商出口额（以海关9610、9710、9810、1210监管方式统计数据为准）达到一定规模的企业，按以下标准给予奖励：")
    hdr = ["档次", "年度出口额", "奖励标准"]
    rows = [["第一档", "1000万美元（含）至5000万美元", "30万元"],
            ["第二档", "5000万美元（含）至1亿美元", "60万元"],
            ["第三档", "1亿美元（含）以上", "100万元"]]
    data_table(doc, hdr, rows, [2.5, 8, 4])
    qa_clauses.extend(row_clauses(hdr, rows))
    plain("同一企业按所达到的最高档次给予奖励，不累计计算。")

    q(4, "企业在海外设立公共海外仓，可以获得哪些支持？")
    a(4, "对我市企业在境外自建或租赁、面积在5000平方米以上、为3家以上我市外贸企业提供服务的公共海外仓，按以下方式给予支持：")
    plain("（1）按海外仓当年实际租金或建设投入（不含土地购置费用）的20%给予补助，单个海外仓最高不超过100万元；")
    plain("（2）新认定为省级公共海外仓的，一次性奖励20万元；")
    plain("（3）海外仓运营企业年度服务我市中小外贸企业数量达到20家以上的，再给予10万元奖励。")
    plain("同一企业每年获得支持的海外仓数量不超过3个。")

    q(5, "跨境电商产业园如何申请认定和支持？")
    a(5, "市商务局每年组织开展市级跨境电商产业园认定工作。认定条件主要包括：园区运营面积不低于1万平方米；"
         "入驻跨境电商企业不少于30家；具备公共服务平台、人才培训、物流仓储等配套功能。"
         "对新认定的市级跨境电商产业园，给予运营主体一次性奖励50万元；园区年度考核结果为优秀的，再给予不超过30万元的运营补助。")
    q(6, "跨境电商人才培训有补助吗？")
    a(6, "有。对经市商务局备案、面向我市企业开展的跨境电商专业人才培训，按实际培训合格人数给予每人每期500元补助，"
         "单个培训机构年度补助总额不超过20万元。培训时长不少于24学时，培训结束后需提交培训签到表、课程安排、考核结果等材料。")

    heading("三、申报和兑现流程")
    q(7, "申报需要提交哪些材料？")
    a(7, "企业申报时一般需提交以下材料：")
    for s in ["1.项目申报表（加盖企业公章）；",
              "2.营业执照复印件；",
              "3.海关出具的跨境电商进出口数据证明或国际贸易“单一窗口”统计数据截图；",
              "4.相关投入的合同、发票及付款凭证；",
              "5.企业信用承诺书。"]:
        plain(s)
    plain("具体以当年度申报通知要求为准。")
    q(8, "申报的时间节点是如何安排的？")
    a(8, "原则上每年集中申报一次，市商务局于每年3月底前发布上一年度项目申报通知。企业通过“榕企通”惠企政策兑现平台在线申报，"
         "各县（市）区商务主管部门于申报截止后15个工作日内完成初审并报送市商务局，市商务局会同市财政局组织复核、公示后拨付资金。")
    q(9, "资金拨付后有哪些监管要求？")
    a(9, "获得支持的企业应当妥善保存项目相关资料，保存期限不少于5年，并配合有关部门开展绩效评价和监督检查。"
         "对弄虚作假、骗取财政资金的，依法追回已拨付资金，5年内取消其申报资格，并按规定纳入信用记录；涉嫌犯罪的，移送司法机关依法处理。")
    q(10, "企业在申报过程中遇到问题，可以向哪里咨询？")
    a(10, "企业可拨打12345政务服务便民热线，也可联系所在县（市）区商务主管部门或市商务局电子商务处（电话：0591-87538216）咨询。")

    # 版记 typed as a 2-row table with only horizontal lines
    empty(doc)
    empty(doc)
    t = doc.add_table(rows=2, cols=1)
    table_borders(t, True, only_hlines=True)
    cell_text(t.rows[0].cells[0], "抄送：福建省商务厅，市政府办公厅。", FS, 14, False, WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(t.rows[1].cells[0], "福州市商务局办公室　　　　　　　　　2025年4月16日印发", FS, 14, False,
              WD_ALIGN_PARAGRAPH.LEFT)
    add_page_number(doc)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    issuers = ["福州市商务局", "福州市财政局"]
    exp = [
        {
            "meta": {
                "title": "福州市商务局 福州市财政局关于印发《福州市支持跨境电商高质量发展若干措施政策问答》的通知",
                "doc_number": "榕商务〔2025〕38号",
                "issuer": issuers,
                "date": "2025-04-16",
                "published": None,
                "level": "municipal",
                "region": "福州市",
                "effective": "2025-04-16",
                "expires": None,
                "attachments": ["福州市支持跨境电商高质量发展若干措施政策问答"],
                "doc_type": "通知",
                "recipients": ["各县（市）区商务主管部门", "福州高新区经济发展局", "福州经济技术开发区经济发展局", "市直有关单位"],
                "publicity": "此件公开发布",
                "repeals": "《福州市商务局关于跨境电商扶持政策有关问题的解答》（榕商务〔2023〕71号）",
            },
            "clauses": notice_clauses,
        },
        {
            "meta": {
                "title": "福州市支持跨境电商高质量发展若干措施政策问答",
                "doc_number": None,
                "issuer": issuers,
                "date": "2025-04-16",
                "published": None,
                "level": "municipal",
                "region": "福州市",
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "问答",
                "recipients": [],
                "publicity": None,
                "repeals": None,
            },
            "clauses": qa_clauses,
        },
    ]
    return stem, path, exp


# ================================================================ Doc B: 青岛 综保区 热点问答
def doc_qingdao():
    stem = "blind441_qingdao_redianwenda"
    doc = Document()
    page_setup(doc)
    clauses = []

    # two-line title typed with a soft line break
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    set_font(p.add_run("青岛前湾综合保税区"), XBS, 22)
    p.runs[-1].add_break()
    set_font(p.add_run("企业政策热点问答（2025年版）"), XBS, 22)
    empty(doc)

    intro = ("为便于区内企业和拟入区企业及时了解综合保税区相关政策，中国（山东）自由贸易试验区青岛片区管理委员会会同黄岛海关，"
             "梳理了企业关注度较高的热点问题，形成本问答。具体政策以国家有关部委及省、市正式发布的文件为准。")
    para(doc, intro)
    clauses.append(intro)

    def heading(text):
        para(doc, [(text, HT, 16, False)])

    def qa(n, qt, at):
        para(doc, [("%d." % n, FS, 16, False), ("问：", HT, 16, False), (qt, FS, 16, True),
                   ("答：", HT, 16, False), (at, FS, 16, False)])
        clauses.append("%d.问：%s答：%s" % (n, qt, at))

    heading("一、功能政策")
    qa(1, "综合保税区内企业可以开展哪些业务？",
       "根据《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕3号）及海关有关规定，区内企业可以开展保税加工、保税物流、保税服务等业务，"
       "包括研发、加工、制造、再制造，检测、维修，货物存储，物流分拨，融资租赁，跨境电商，商品展示，国际转口贸易，国际中转，港口作业，期货保税交割等。")
    qa(2, "区内企业能否申请增值税一般纳税人资格试点？",
       "可以。符合条件的区内企业可以向片区管委会提出申请，经片区管委会会同税务、海关部门审核同意后，纳入增值税一般纳税人资格试点范围。"
       "试点企业应当按规定建立健全财务核算制度，并通过海关信息化系统实现保税货物与非保税货物分类管理。")
    qa(3, "什么是“选择性征收关税”政策？",
       "区内企业生产、加工并经“二线”内销的货物，可以根据企业申请，按其对应进口料件或者按实际报验状态征收关税，进口环节增值税、消费税照章征收。"
       "企业选择按对应进口料件征收关税的，应当按规定补缴关税税款缓税利息。")
    qa(4, "区内企业开展保税维修业务需要满足什么条件？",
       "区内企业开展保税维修业务，应当符合以下条件：（1）具备相应的维修资质和能力；（2）建立符合海关监管要求的管理制度和计算机管理系统；"
       "（3）维修产品在《综合保税区维修产品目录》范围内；（4）不得开展国家禁止进出口货物的维修业务。维修后的货物原则上应当复运出境。")

    heading("二、通关监管")
    qa(5, "境外货物进入综合保税区，需要办理哪些手续？",
       "境外货物直接进入综合保税区的，区内企业或者其代理人应当向海关办理进境备案手续；除法律法规另有规定外，不实行进口配额、许可证件管理。"
       "依法需要检疫的，由海关实施检疫。")
    qa(6, "区内货物可以运往区外进行检测、维修或者展示吗？",
       "可以。区内企业因检测、维修、展示等需要将货物运往区外的，应当向海关办理出区手续，并在规定期限内运回区内。"
       "出区检测、维修货物的期限原则上不超过60日，出区展示货物的期限不超过6个月，因特殊情况需要延期的，应当向海关申请。")
    qa(7, "区内企业之间的货物流转如何办理？",
       "综合保税区内企业之间的货物流转，可以通过海关信息化系统办理电子账册核注，不需要办理报关手续。"
       "综合保税区与其他海关特殊监管区域、保税监管场所之间的货物流转，应当按照海关有关规定办理流转手续。")
    qa(8, "什么是仓储货物按状态分类监管？",
       "仓储货物按状态分类监管是指在综合保税区内，允许非保税货物与保税货物同仓存储，企业通过信息化系统实现分类管理，海关依据货物状态实施监管。"
       "该模式有利于企业统筹国内国际两个市场，降低物流和仓储成本。")

    heading("三、跨境电商和新业态")
    qa(9, "在综保区内能否开展跨境电商网购保税进口（1210）业务？",
       "可以。青岛前湾综合保税区已具备跨境电商网购保税进口业务条件。企业应当向海关办理跨境电商企业注册登记，"
       "通过跨境电商通关服务平台传输交易、支付、物流“三单”信息；商品应当在《跨境电子商务零售进口商品清单》范围内，并符合个人年度交易限值等规定。")
    qa(10, "综保区内能否开展跨境电商出口海外仓（9810）业务？",
       "可以。区内企业可以将货物以9810监管方式出口至海外仓，出口退税等手续按照现行规定办理。")
    qa(11, "保税展示交易如何开展？",
       "区内企业可以在区外指定场所开展保税展示交易，应当向海关提供足额税款担保；展示期间发生内销的，按规定办理进口申报纳税手续，"
       "展示结束未销售的货物应当运回区内。")

    heading("四、企业服务")
    qa(12, "企业入区需要办理哪些手续？",
       "企业入区一般需经过项目洽谈、入区评估、签订入区协议、办理市场主体登记、海关备案等环节。"
       "片区管委会为入区企业提供“一对一”帮办代办服务，对符合条件的重点项目开通“绿色通道”。")
    qa(13, "区内企业可以享受哪些地方扶持政策？",
       "除国家层面综合保税区政策外，区内企业还可以按规定申报青岛市及青岛西海岸新区关于保税研发、保税维修、融资租赁、跨境电商等领域的扶持资金，"
       "具体扶持标准以当年度发布的申报指南为准。")
    qa(14, "遇到问题可以向哪些部门咨询？",
       "企业可以拨打12345政务服务便民热线，也可以按下表联系相关部门：")
    hdr = ["咨询事项", "责任部门", "联系电话"]
    rows = [["入区手续和扶持政策", "青岛片区管委会招商服务部", "0532-86887215"],
            ["通关和保税监管", "黄岛海关综保区监管科", "0532-86896530"],
            ["税收政策", "国家税务总局青岛市黄岛区税务局", "0532-86989312"]]
    data_table(doc, hdr, rows, [4.5, 6.5, 4.5])
    clauses.extend(row_clauses(hdr, rows))
    tail = "本问答内容将根据政策调整情况适时更新。"
    para(doc, tail)
    clauses.append(tail)

    empty(doc)
    empty(doc)
    para(doc, "中国（山东）自由贸易试验区青岛片区管理委员会", WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "二〇二五年六月二十日　　　　", WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    add_page_number(doc)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    exp = [{
        "meta": {
            "title": "青岛前湾综合保税区企业政策热点问答（2025年版）",
            "doc_number": None,
            "issuer": ["中国（山东）自由贸易试验区青岛片区管理委员会"],
            "date": "2025-06-20",
            "published": None,
            "level": "zone",
            "region": "青岛前湾综合保税区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "问答",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return stem, path, exp


# ================================================================ Doc C: 成都 12345 知识库条目 函
def doc_chengdu():
    stem = "blind441_chengdu_han"
    doc = Document()
    page_setup(doc)
    numid = add_word_numbering(doc, 90, "%1.", "decimal")
    clauses = []

    p = para(doc, [("成都市口岸与物流办公室", XBS, 30, False, RED)], WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    border(p, "bottom", "FF0000", 24, "thickThinSmallGap")
    para(doc, "成口物函〔2025〕57号", WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    set_font(p.add_run("成都市口岸与物流办公室"), XBS, 22)
    p.runs[-1].add_break()
    set_font(p.add_run("关于报送12345热线中欧班列和跨境电商类"), XBS, 22)
    p.runs[-1].add_break()
    set_font(p.add_run("知识库条目的函"), XBS, 22)
    empty(doc)
    para(doc, "成都市网络理政中心：", indent=False)

    def plain(text, font=FS, keep=True):
        para(doc, [(text, font, 16, False)])
        if keep:
            clauses.append(text)

    plain("根据《关于做好2025年度12345热线知识库动态更新工作的通知》要求，我办结合近期市民和企业来电集中反映的问题，"
          "对中欧班列（成渝）、跨境电商等领域知识库条目进行了梳理更新，现将有关条目报送你中心，请予审核录入。")

    def tag(label, text):
        para(doc, [(label, HT, 16, False), (text, FS, 16, False)])
        clauses.append(label + text)

    para(doc, [("一、中欧班列（成渝）类", HT, 16, False)])
    tag("【问题】", "中欧班列（成渝）从成都出发可以到达哪些国家和城市？")
    tag("【答复】", "目前，中欧班列（成渝）已形成以成都国际铁路港为枢纽的国际班列线路网络，主要线路如下：")
    hdr = ["线路方向", "主要出境口岸", "主要到达城市"]
    rows = [["西向", "阿拉山口、霍尔果斯", "罗兹、蒂尔堡、纽伦堡、杜伊斯堡"],
            ["北向", "满洲里、二连浩特", "莫斯科、明斯克"],
            ["南向", "凭祥、磨憨", "河内、万象"]]
    data_table(doc, hdr, rows, [3, 5.5, 7])
    clauses.extend(row_clauses(hdr, rows))
    plain("具体班次安排以运营平台公司发布的信息为准。")
    tag("【依据】", "《成都市推进中欧班列（成渝）高质量发展实施方案》（成办发〔2024〕18号）。")
    empty(doc)

    tag("【问题】", "中小企业货物量较少，能否搭乘中欧班列？")
    tag("【答复】", "可以。中欧班列（成渝）运营平台提供拼箱服务，货主可以按体积或者重量计费，不必整箱发运。")
    plain("企业可联系成都国际铁路港班列运营平台公司或者其委托的货运代理企业办理订舱。")
    tag("【依据】", "《成都国际铁路港中欧班列拼箱业务操作指引（试行）》。")
    empty(doc)

    tag("【问题】", "通过中欧班列进口的货物在哪里办理通关？")
    tag("【答复】", "经中欧班列（成渝）进境的货物，可以在成都铁路口岸（成都国际铁路港）办理通关手续。"
                   "采用“铁路快通”模式的，货物在边境口岸无需办理转关手续，直接运抵成都铁路口岸办理海关手续，通关时间平均可压缩1至2天。")
    tag("【依据】", "成都海关关于中欧班列“铁路快通”业务的操作指引。")
    empty(doc)

    para(doc, [("二、跨境电商类", HT, 16, False)])
    tag("【问题】", "个人通过跨境电商平台购买进口商品，每年限额是多少？")
    tag("【答复】", "跨境电商零售进口商品的单次交易限值为人民币5000元，个人年度交易限值为人民币26000元。"
                   "在限值以内进口的跨境电商零售进口商品，关税税率暂设为0%；进口环节增值税、消费税取消免征税额，暂按法定应纳税额的70%征收。"
                   "超出单次限值、累加后超出个人年度限值的单次交易，以及完税价格超过5000元限值的单个不可分割商品，均按照一般贸易方式全额征税。")
    tag("【依据】", "《财政部 海关总署 税务总局关于完善跨境电子商务零售进口税收政策的通知》（财关税〔2018〕49号）。")
    empty(doc)

    tag("【问题】", "成都的企业想开展跨境电商出口业务，可以享受哪些支持政策？")
    tag("【答复】", "企业可重点关注以下政策：")
    # real Word numbering: the "1." is not in the text, Word draws it
    items = ["在跨境电商综合试验区线上综合服务平台备案后，可享受通关、退税、结汇等一站式服务；",
             "符合条件的跨境电商零售出口企业，可按规定适用增值税、消费税“无票免税”和企业所得税核定征收政策；",
             "市级商务发展专项资金对跨境电商平台建设、海外仓建设、品牌培育等给予支持，具体以年度申报指南为准。"]
    for i, it in enumerate(items, 1):
        p = doc.add_paragraph()
        fmt(p, indent=False)
        set_num(p, numid)
        set_font(p.add_run(it), FS, 16)
        clauses.append("%d.%s" % (i, it))
    tag("【依据】", "《国家税务总局关于跨境电子商务综合试验区零售出口企业所得税核定征收有关问题的公告》（国家税务总局公告2019年第36号）；"
                   "《成都市商务发展专项资金管理办法》。")
    empty(doc)

    tag("【问题】", "跨境电商出口商品发生退货，退运回国要交税吗？")
    tag("【答复】", "对2023年1月30日至2025年12月31日期间在跨境电商海关监管代码（1210、9610、9710、9810）项下申报出口，"
                   "且自出口之日起6个月内因滞销、退货原因原状退运进境的商品（不含食品），免征进口关税和进口环节增值税、消费税；"
                   "出口时已征收的出口关税准予退还，出口时已征收的增值税、消费税参照内销货物发生退货有关税收规定执行。")
    tag("【依据】", "《财政部 海关总署 税务总局关于跨境电子商务出口退运商品税收政策的通知》（财关税〔2023〕4号）。")
    empty(doc)

    plain("以上条目如需调整，请与我办联系。")
    plain("联系人：赵婧怡；联系电话：028-61887430。")
    empty(doc)
    para(doc, "成都市口岸与物流办公室　　　　", WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "2025年9月22日　　　　　　", WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    empty(doc)
    empty(doc)
    # 版记 as bordered paragraphs
    p = para(doc, [("抄送：成都市商务局，成都海关。", FS, 14, False)], indent=False)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = para(doc, [("成都市口岸与物流办公室综合处　　　　　　　2025年9月22日印发", FS, 14, False)], indent=False)
    border(p, "bottom", "000000", 8)
    add_page_number(doc)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    exp = [{
        "meta": {
            "title": "成都市口岸与物流办公室关于报送12345热线中欧班列和跨境电商类知识库条目的函",
            "doc_number": "成口物函〔2025〕57号",
            "issuer": ["成都市口岸与物流办公室"],
            "date": "2025-09-22",
            "published": None,
            "level": "municipal",
            "region": "成都市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "函",
            "recipients": ["成都市网络理政中心"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return stem, path, exp


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_441", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for fn in (doc_fuzhou, doc_qingdao, doc_chengdu):
        stem, path, exp = fn()
        expected[stem] = exp
        to_pdf(path)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
