# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 421: 自贸片区高层次人才认定和支持办法."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
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
RED = RGBColor(0xE6, 0x00, 0x12)
FW = "\u3000"  # full-width space
BR = object()  # soft line break marker


# ---------------------------------------------------------------- helpers
def set_font(run, font, size=16, bold=False, color=None):
    run.font.name = font
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rFonts.set(qn(a), font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    # page number "— 1 —"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    rr.append(t)
    fld.append(rr)
    fp._p.append(fld)
    r = fp.add_run(" —")
    set_font(r, "宋体", 14)
    return doc


def para(doc, runs, align=None, first_indent=True, line=28, before=0, after=0,
         font=FS, size=16, bold=False, color=None, container=None):
    """runs: str | list of str / BR / (text, font, bold[, size, color])."""
    tgt = container if container is not None else doc
    p = tgt.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent:
        pf.first_line_indent = Pt(32)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if isinstance(runs, str):
        runs = [runs]
    last = None
    for item in runs:
        if item is BR:
            if last is None:
                last = p.add_run("")
                set_font(last, font, size, bold, color)
            last.add_break()
            continue
        if isinstance(item, str):
            last = p.add_run(item)
            set_font(last, font, size, bold, color)
        else:
            txt, f, b = item[0], item[1], item[2]
            sz = item[3] if len(item) > 3 else size
            col = item[4] if len(item) > 4 else color
            last = p.add_run(txt)
            set_font(last, f, sz, b, col)
    return p


def empty(doc, n=1):
    for _ in range(n):
        para(doc, "", first_indent=False)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def border(p, side="bottom", color="E60012", sz=12):
    pPr = p._p.get_or_add_pPr()
    pBdr = pPr.find(qn("w:pBdr"))
    if pBdr is None:
        pBdr = OxmlElement("w:pBdr")
        pPr.append(pBdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pBdr.append(b)


def table_borders(tbl, show=True):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single" if show else "nil")
        if show:
            e.set(qn("w:sz"), "6")
            e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def set_widths(t, widths):
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for r in t.rows:
        for c, w in zip(r.cells, widths):
            c.width = Cm(w)


def cell_text(cell, parts, font=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(22)
    if isinstance(parts, str):
        parts = [parts]
    last = None
    for it in parts:
        if it is BR:
            last.add_break()
        else:
            last = p.add_run(it)
            set_font(last, font, size, bold)


def join(parts):
    if isinstance(parts, str):
        return parts
    return "".join(x for x in parts if x is not BR)


def data_table(doc, header, rows, merges=(), clauses=None, widths=None):
    """rows: list of lists of (str | list-with-BR | None for merged continuation).
    merges: list of (col, first_row, last_row) vertical merges (row idx in rows)."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, True)
    for j, h in enumerate(header):
        cell_text(t.cell(0, j), h, HT, 14)
    for col, a, b in merges:
        t.cell(1 + a, col).merge(t.cell(1 + b, col))
    filled = set()
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v is None:
                continue
            if (i, j) in filled:
                continue
            cell_text(t.cell(1 + i, j), v)
            filled.add((i, j))
    if widths:
        set_widths(t, widths)
    # expected rows (merged value repeated on every covered row)
    if clauses is not None:
        resolved = [list(r) for r in rows]
        for col, a, b in merges:
            for i in range(a + 1, b + 1):
                resolved[i][col] = resolved[a][col]
        for r in resolved:
            clauses.append("；".join(f"{h}：{join(v)}" for h, v in zip(header, r)))
    return t


# ---- Word automatic numbering ("1." decimal, no tab after the number)
def make_decimal_num(doc):
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 1
    nid = max(num_ids + [0]) + 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1."), ("w:lvlJc", "left")):
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
    num.set(qn("w:numId"), str(nid))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(aid))
    num.append(ref)
    numbering.append(num)
    return nid


def numbered_para(doc, text, num_id):
    p = para(doc, text, first_indent=False)
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    pPr.insert(0, numPr)
    p.paragraph_format.first_line_indent = Pt(32)
    return p


def banji(doc, lines_as_table, cc, printer, pdate):
    """版记 at the very end."""
    if lines_as_table:
        t = doc.add_table(rows=2, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        tblPr = t._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for side, val in (("top", "single"), ("bottom", "single"), ("insideH", "single"),
                          ("left", "nil"), ("right", "nil"), ("insideV", "nil")):
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), val)
            if val == "single":
                e.set(qn("w:sz"), "8")
                e.set(qn("w:color"), "000000")
            b.append(e)
        tblPr.append(b)
        c = t.cell(0, 0).merge(t.cell(0, 1))
        cell_text(c, cc, FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(t.cell(1, 0), printer, FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(t.cell(1, 1), pdate, FS, 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    else:
        p = para(doc, cc, first_indent=False, size=14)
        p.paragraph_format.left_indent = Pt(14)
        border(p, "top", "000000", 8)
        border(p, "bottom", "000000", 4)
        p = para(doc, printer + FW * 6 + pdate, first_indent=False, size=14)
        p.paragraph_format.left_indent = Pt(14)
        border(p, "bottom", "000000", 8)


class Collector(list):
    def body(self, doc, text, **kw):
        """a body paragraph that is a clause; text may contain BR (joined)."""
        p = para(doc, text, **kw)
        self.append(join(text))
        return p


# ================================================================ doc 1: 厦门
def build_xiamen():
    doc = new_doc()
    ZONE = "中国（福建）自由贸易试验区厦门片区"
    ORG = ZONE + "管理委员会"
    BANFA = ZONE + "高层次人才认定和支持办法"
    MULU = ZONE + "高层次人才分类认定目录"
    BZ = ZONE + "高层次人才支持标准"
    NOTICE_TITLE = f"{ORG}关于印发《{BANFA}》的通知"

    # 版头
    empty(doc)
    para(doc, [(ORG + "文件", XBS, False, 30, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
         first_indent=False, line=None)
    empty(doc)
    p = para(doc, "厦自贸委〔2025〕7号", align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    border(p, "bottom", "E60012", 24)
    empty(doc)
    para(doc, [(f"{ORG}关于印发《{ZONE}", XBS, False, 22), BR,
               (f"高层次人才认定和支持办法》的通知", XBS, False, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    empty(doc)
    recips = ["片区各功能区管理机构", "管委会各处室", "各有关单位"]
    para(doc, "，".join(recips) + "：", first_indent=False)
    n = Collector()
    n.body(doc, "为深入实施新时代人才强国战略，加快建设高水平自由贸易试验区人才集聚高地，"
                "进一步吸引和集聚高层次人才在片区创新创业，经片区管委会2025年第3次主任办公会议研究同意，"
                f"现将《{BANFA}》印发给你们，请认真遵照执行。")
    n.body(doc, "执行中如有问题，请及时向片区管委会人才工作办公室反映（联系人：陈晓雯，电话：0592-5678123）。")
    empty(doc)
    para(doc, f"附件：{BANFA}", first_indent=True)
    empty(doc, 2)
    # 落款 aligned with typed full-width spaces
    para(doc, FW * 5 + ORG, first_indent=False)
    para(doc, FW * 14 + "2025年3月18日", first_indent=False)
    empty(doc)
    para(doc, "（此件公开发布）", first_indent=True)

    # ---- 办法
    page_break(doc)
    para(doc, [("附件", HT, False, 16)], first_indent=False)
    empty(doc)
    para(doc, [(ZONE, XBS, False, 22), BR, ("高层次人才认定和支持办法", XBS, False, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    empty(doc)
    b = Collector()

    def chapter(t):
        para(doc, [(t, HT, False, 16)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False,
             before=6, after=6)

    def art(no, text):
        para(doc, [(no, HT, False), FW + text])
        b.append(no + FW + text)

    chapter("第一章" + FW + "总" + FW + "则")
    art("第一条", "为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，"
                "加快集聚支撑片区制度创新和产业发展的高层次人才，根据《中国（福建）自由贸易试验区条例》"
                "和厦门市人才政策有关规定，结合片区实际，制定本办法。")
    art("第二条", f"本办法所称高层次人才，是指在{ZONE}（以下简称片区）全职工作，经认定符合"
                f"《{MULU}》（见附件1）相应条件的人才，分为A类人才、B类人才和C类人才。")
    art("第三条", "片区管委会人才工作办公室（以下简称人才办）负责高层次人才认定和支持工作的统筹协调、"
                "受理审核和日常管理；片区管委会财政金融局负责资金保障和拨付；其他相关部门按照职责分工做好配合。")
    empty(doc)
    chapter("第二章" + FW + "认定条件和程序")
    art("第四条", "申报人才应同时具备下列基本条件：")
    for t in ["（一）遵守中华人民共和国法律法规，具有良好的职业道德和学术诚信；",
              "（二）与片区内注册登记的企业、机构签订3年以上劳动合同，并在片区依法缴纳社会保险或个人所得税满6个月；",
              "（三）年龄原则上不超过55周岁，A类人才可适当放宽；",
              "（四）申报时未享受国家、省、市同类安家补贴政策。"]:
        b.body(doc, t)
    art("第五条", "高层次人才认定实行常年受理、分批认定，原则上每年集中认定两次。认定程序如下：")
    for t in ["（一）个人申报。申报人通过用人单位向人才办提交申报材料；",
              "（二）单位审核。用人单位对申报材料的真实性进行审核并出具推荐意见；",
              "（三）部门评审。人才办会同相关部门进行资格审查，必要时组织专家评审；",
              "（四）公示认定。认定结果在片区管委会门户网站公示5个工作日，公示无异议的，由片区管委会发放高层次人才认定证书。"]:
        b.body(doc, t)
    art("第六条", "对片区经济社会发展作出突出贡献、但不完全符合分类认定目录条件的特殊人才，可由用人单位推荐，"
                "经专家评审并报片区管委会主任办公会议研究同意后，按“一事一议”方式予以认定。")
    art("第七条", "人才认定有效期为5年。有效期满后仍在片区全职工作且符合认定条件的，可重新申请认定。")
    empty(doc)
    chapter("第三章" + FW + "支持措施")
    art("第八条", f"经认定的高层次人才，按照《{BZ}》（见附件2）享受安家补贴和生活补贴。"
                "安家补贴分5年发放，每年发放20%；生活补贴按年度发放。")
    art("第九条", "高层次人才子女申请在片区就读义务教育阶段学校的，由片区教育主管部门统筹协调安排；"
                "高层次人才配偶随迁并有就业意愿的，由用人单位优先安排或协助推荐就业。")
    art("第十条", "A类、B类人才可申请入住片区人才公寓，入住期间免收租金；C类人才入住片区人才公寓的，"
                "租金按市场价格的50%收取，最长不超过3年。")
    art("第十一条", "高层次人才可享受片区医疗保健绿色通道服务，每年安排1次免费健康体检。")
    art("第十二条", "外籍高层次人才办理工作许可、居留许可的，按规定开辟绿色通道，实行容缺受理；"
                  "符合条件的可推荐申请在华永久居留。")
    empty(doc)
    chapter("第四章" + FW + "管理与监督")
    art("第十三条", "享受支持政策的人才应当在片区全职工作满5年。未满5年离开片区的，停止发放剩余补贴；"
                  "服务期不足3年的，应退回已领取的安家补贴。")
    art("第十四条", "申报人或用人单位以弄虚作假等不正当手段骗取认定和资金的，撤销其人才认定，追回已发放资金，"
                  "5年内不得申报片区各类人才项目；涉嫌违法犯罪的，依法移送有关机关处理。")
    art("第十五条", "同一人才同时符合片区其他同类人才政策的，按照“就高不就低、不重复享受”的原则执行。")
    empty(doc)
    chapter("第五章" + FW + "附" + FW + "则")
    art("第十六条", "本办法由片区管委会人才工作办公室负责解释。")
    repeal = f"《{ZONE}高层次人才引进扶持办法（试行）》（厦自贸委〔2021〕15号）"
    art("第十七条", f"本办法自2025年4月1日起施行，有效期至2030年3月31日。{repeal}同时废止。")
    empty(doc)
    para(doc, ["附件：1．" + MULU, BR, FW * 3 + "2．" + BZ])

    # ---- 附件1 目录
    page_break(doc)
    para(doc, [("附件1", HT, False, 16)], first_indent=False)
    empty(doc)
    para(doc, [(ZONE, XBS, False, 22), BR, ("高层次人才分类认定目录", XBS, False, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    empty(doc)
    para(doc, [("一、A类人才", HT, False)])
    b.body(doc, "在片区全职工作，并符合下列条件之一的国内外顶尖人才，可认定为A类人才：")
    for t in ["1.诺贝尔奖、图灵奖、菲尔兹奖等国际重要奖项获得者；",
              "2.中国科学院院士、中国工程院院士，或发达国家最高学术权威机构会员；",
              "3.国家最高科学技术奖获得者，国家自然科学奖、技术发明奖、科学技术进步奖一等奖以上获奖项目的第一完成人；",
              "4.近5年内主导引进的项目在片区累计实际投资额达到10亿元以上，或近3年在片区累计缴纳税收达到2亿元以上的企业的主要创始人。"]:
        b.body(doc, t)
    para(doc, [("二、B类人才", HT, False)])
    b.body(doc, "在片区全职工作，并符合下列条件之一的国家级领军人才，可认定为B类人才：")
    for t in ["1.国家级重大人才工程入选者；",
              "2.国家自然科学奖、技术发明奖、科学技术进步奖二等奖获奖项目的前三位完成人；",
              "3.在世界500强企业、国际知名金融机构、国际航运或国际贸易组织担任高级管理职务满3年，且符合下列条件之一："
              "（1）来片区后年工资薪金收入不低于150万元；（2）所在企业在片区年度实际缴纳税收不低于5000万元；"
              "（3）主导完成片区重点跨境贸易、航运物流或融资租赁项目1个以上；",
              "4.在片区从事跨境电商、保税维修、融资租赁等新型国际贸易业态的企业主要负责人，企业近2个会计年度营业收入均不低于20亿元。"]:
        b.body(doc, t)
    para(doc, [("三、C类人才", HT, False)])
    b.body(doc, "在片区全职工作，并符合下列条件之一的地方高级人才，可认定为C类人才：")
    # quirk: two numbered conditions typed into one paragraph, split by a soft line break
    c1 = "1.省级重大人才工程入选者；"
    c2 = "2.获得正高级专业技术职称，且近3年在片区企业从事与自由贸易试验区制度创新相关工作满1年；"
    para(doc, [c1, BR, FW * 2 + c2])
    b.append(c1)
    b.append(c2)
    for t in ["3.在片区内企业担任中高层管理职务，且符合下列条件之一：(1)上一年度工资薪金收入不低于60万元；"
              "(2)所在企业上一年度在片区实际缴纳税收不低于1000万元；",
              "4.获得国际贸易、航运、法律、金融等领域国际通行职业资格证书（具体目录由人才办另行发布），"
              "并在片区相关机构执业满2年。"]:
        b.body(doc, t)

    # ---- 附件2 支持标准
    page_break(doc)
    para(doc, [("附件2", HT, False, 16)], first_indent=False)
    empty(doc)
    para(doc, [(ZONE, XBS, False, 22), BR, ("高层次人才支持标准", XBS, False, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    empty(doc)
    note_ab = "安家补贴分5年发放，每年发放20%"
    data_table(doc, ["人才类别", "安家补贴", "生活补贴", "备注"], [
        ["A类人才", "200万元", "每年20万元，最长5年", note_ab],
        ["B类人才", "100万元", "每年10万元，最长5年", None],
        ["C类人才", "50万元", "每年5万元，最长3年", "生活补贴限首次认定后3年内享受"],
        ["“一事一议”特殊人才", "最高不超过500万元", "按“一事一议”确定", "由片区管委会主任办公会议研究确定"],
    ], merges=[(3, 0, 1)], clauses=b, widths=[3.5, 3.5, 4.2, 4.4])
    empty(doc, 3)
    banji(doc, True, "抄送：厦门市人民政府办公厅，中共厦门市委人才工作领导小组办公室，厦门市商务局。",
          ORG + "办公室", "2025年3月18日印发")

    doc.save(os.path.join(HERE, "blind421_xiamen_tongzhi.docx"))
    base = dict(doc_number=None, issuer=[ORG], date="2025-03-18", published=None, level="zone",
                region=ZONE, effective=None, expires=None, attachments=[], doc_type=None,
                recipients=[], publicity=None, repeals=None)
    m1 = dict(base, title=NOTICE_TITLE, doc_number="厦自贸委〔2025〕7号", attachments=[BANFA],
              doc_type="通知", recipients=recips, publicity="此件公开发布")
    m2 = dict(base, title=BANFA, effective="2025-04-01", expires="2030-03-31",
              attachments=[MULU, BZ], doc_type="办法", repeals=repeal)
    return [{"meta": order(m1), "clauses": list(n)}, {"meta": order(m2), "clauses": list(b)}]


KEYS = ["title", "doc_number", "issuer", "date", "published", "level", "region", "effective",
        "expires", "attachments", "doc_type", "recipients", "publicity", "repeals"]


def order(m):
    return {k: m[k] for k in KEYS}


# ================================================================ doc 2: 武汉
def build_wuhan():
    doc = new_doc()
    ZONE = "中国（湖北）自由贸易试验区武汉片区"
    ORG = ZONE + "管理委员会"
    BANFA = ZONE + "高层次人才认定和支持办法"
    MULU = ZONE + "高层次人才分类认定目录"
    b = Collector()

    para(doc, "武自贸规〔2025〕2号", align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    empty(doc)
    para(doc, [(ZONE, XBS, False, 22), BR, ("高层次人才认定和支持办法", XBS, False, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    para(doc, [("（2025年6月20日片区管委会第12次主任办公会议审议通过）", KT, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    empty(doc)

    # quirk: indentation typed as two full-width spaces, article number in a bold run
    def art(no, text):
        t = text if isinstance(text, list) else [text]
        para(doc, [FW * 2, (no, FS, True)] + [FW] + t, first_indent=False)
        b.append(no + FW + join(t))

    def item(t):
        para(doc, FW * 2 + t, first_indent=False)
        b.append(t)

    art("第一条", f"为加快构建具有国际竞争力的人才发展环境，推动{ZONE}（以下简称片区）高质量发展，"
                "根据《中国（湖北）自由贸易试验区条例》等有关规定，结合片区实际，制定本办法。")
    art("第二条", "本办法适用于在片区内依法注册登记、具有独立法人资格的企业、研发机构、新型研发机构和社会组织"
                "（以下统称用人单位）全职引进或培养的高层次人才。")
    art("第三条", "高层次人才分为A类人才（顶尖人才）、B类人才（领军人才）和C类人才（骨干人才）三个类别，"
                f"具体认定条件按照《{MULU}》（附件）执行。")
    art("第四条", "片区管委会人才工作领导小组负责高层次人才认定和支持工作的统筹领导，领导小组办公室设在"
                "片区管委会党群工作部（以下简称党群工作部），承担日常工作。")
    art("第五条", "申报高层次人才认定，应当具备以下条件：")
    for t in ["（一）拥护中国共产党的领导，遵纪守法，品行端正；",
              "（二）与用人单位签订3年以上劳动合同或聘用合同；",
              "（三）在片区缴纳社会保险或个人所得税；",
              "（四）身体健康，能够正常履行工作职责。"]:
        item(t)
    art("第六条", "高层次人才认定按照以下程序进行：")
    for t in ["（一）申报。用人单位每年3月、9月集中向党群工作部申报；",
              "（二）审核。党群工作部会同财政局、商务局等部门进行审核，必要时组织专家评审；",
              "（三）公示。审核结果在片区管委会门户网站公示，公示期不少于5个工作日；",
              "（四）认定。公示无异议的，报片区人才工作领导小组审定后发放认定证书。"]:
        item(t)
    art("第七条", "经认定的高层次人才享受安家补贴和生活补贴，支持标准如下：")
    data_table(doc, ["人才类别", "安家补贴", "生活补贴", "备注"], [
        [["A类人才", BR, "（顶尖人才）"], "300万元", "每月2万元，最长5年", "安家补贴分3年按4∶3∶3比例发放"],
        [["B类人才", BR, "（领军人才）"], "150万元", "每月1万元，最长5年", None],
        [["C类人才", BR, "（骨干人才）"], "60万元", "每月0.5万元，最长3年", None],
    ], merges=[(3, 0, 2)], clauses=b, widths=[3.4, 3.0, 4.6, 4.6])
    para(doc, FW * 2 + "注：同时符合多个类别条件的，按最高类别给予支持，不重复享受。", first_indent=False)
    b.append("注：同时符合多个类别条件的，按最高类别给予支持，不重复享受。")
    art("第八条", "高层次人才在片区购买首套自住商品房的，经本人申请，安家补贴可一次性发放。")
    art("第九条", "用人单位引进A类、B类人才的，按照引进人才上一年度工资薪金收入的10%给予用人单位引才奖励，"
                "单个单位每年最高不超过100万元。")
    art("第十条", "高层次人才可享受子女入学、配偶就业、医疗保健、出入境便利等服务保障，具体由党群工作部"
                "会同有关部门按照“一人一策”方式协调落实。")
    art("第十一条", "外籍高层次人才可申请办理有效期最长5年的工作许可，片区为其办理签证、居留提供便利。")
    # quirk: soft line break typed in the middle of a sentence
    art("第十二条", ["享受本办法支持的人才，在片区服务期不得少于3年。服务期内离开片区的，停止发放", BR,
                   "未发放的补贴，并按实际服务时间退回已领取补贴的相应部分。"])
    art("第十三条", "通过提供虚假材料等不正当手段获得认定或者补贴的，撤销认定，追回已发放资金，"
                  "并按规定纳入信用记录；构成犯罪的，依法追究刑事责任。")
    art("第十四条", "本办法所需资金由片区财政预算统筹安排。本办法与片区其他政策同类支持事项不重复享受。")
    art("第十五条", "本办法由党群工作部负责解释。")
    art("第十六条", "本办法自2025年8月1日起施行，有效期至2028年7月31日。")
    empty(doc)
    para(doc, FW * 2 + "附件：" + MULU, first_indent=False)
    empty(doc, 2)
    para(doc, ORG, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    para(doc, "2025年6月26日" + FW * 4, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)

    # ---- 附件 目录 with Word automatic numbering
    page_break(doc)
    para(doc, [("附件", HT, False)], first_indent=False)
    empty(doc)
    para(doc, [(MULU, XBS, False, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    empty(doc)
    groups = [
        ("一、A类人才（顶尖人才）。", "在片区全职工作，符合下列条件之一的，可认定为A类人才：", [
            "诺贝尔奖获得者，中国科学院院士、中国工程院院士；",
            "国家最高科学技术奖获得者；",
            "国际知名科技奖项、国际顶尖学术组织认可的同等层次人才；",
            "主导建设的项目在片区实际到位投资额达到5亿元以上，或所在企业近2年在片区累计缴纳税收达到1亿元以上的企业创始人或实际控制人。"]),
        ("二、B类人才（领军人才）。", "在片区全职工作，符合下列条件之一的，可认定为B类人才：", [
            "国家级重大人才工程入选者；",
            "国家杰出青年科学基金获得者、“长江学者奖励计划”特聘教授；",
            "在片区从事光电子信息、生物医药、跨境电商、数字贸易等重点产业的企业高级管理人员，且符合下列条件之一："
            "（1）上一年度工资薪金收入不低于100万元；（2）所在企业上一年度营业收入不低于10亿元；"
            "（3）所在企业为国家级专精特新“小巨人”企业。"]),
        ("三、C类人才（骨干人才）。", "在片区全职工作，符合下列条件之一的，可认定为C类人才：", [
            "湖北省“楚天英才计划”等省级重大人才工程入选者；",
            "具有正高级专业技术职称，或获得博士学位且在片区企业从事研发工作满1年；",
            "在片区企业担任中高层管理职务或核心技术岗位，上一年度工资薪金收入不低于50万元。"]),
    ]
    for head, lead, conds in groups:
        para(doc, [(head, HT, False), lead])
        b.append(head + lead)
        nid = make_decimal_num(doc)
        for i, c in enumerate(conds, 1):
            numbered_para(doc, c, nid)
            b.append(f"{i}.{c}")

    doc.save(os.path.join(HERE, "blind421_wuhan_banfa.docx"))
    m = dict(title=BANFA, doc_number="武自贸规〔2025〕2号", issuer=[ORG], date="2025-06-26",
             published=None, level="zone", region=ZONE, effective="2025-08-01", expires="2028-07-31",
             attachments=[MULU], doc_type="办法", recipients=[], publicity=None, repeals=None)
    return [{"meta": order(m), "clauses": list(b)}]


# ================================================================ doc 3: 青岛
def build_qingdao():
    doc = new_doc()
    ZONE = "中国（山东）自由贸易试验区青岛片区"
    ORG1 = ZONE + "管理委员会"
    ORG2 = "中共青岛西海岸新区工作委员会组织部"
    TITLE = f"关于组织开展2025年度{ZONE}高层次人才认定工作的通知"
    n = Collector()

    # quirk: joint red header laid out with a borderless table (organs left, 文件 right)
    empty(doc)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, False)
    set_widths(t, [12.0, 3.6])
    cell_text(t.cell(0, 0), ORG1, XBS, 14, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    cell_text(t.cell(1, 0), ORG2, XBS, 14, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    for r in t.rows:
        for c in r.cells:
            for p in c.paragraphs:
                for rr in p.runs:
                    rr.font.color.rgb = RED
    rc = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(rc, "文件", XBS, 36)
    for rr in rc.paragraphs[0].runs:
        rr.font.color.rgb = RED
    empty(doc)
    p = para(doc, "青自贸发〔2025〕21号", align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    border(p, "bottom", "E60012", 24)
    empty(doc)
    para(doc, [("关于组织开展2025年度" + ZONE, XBS, False, 22), BR, ("高层次人才认定工作的通知", XBS, False, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    empty(doc)
    recips = ["片区各功能区", "各有关企业和单位"]
    para(doc, "，".join(recips) + "：", first_indent=False)
    n.body(doc, f"根据《{ZONE}高层次人才认定和支持办法》（青自贸发〔2024〕9号，以下简称《办法》）有关规定，"
                "现就组织开展2025年度片区高层次人才认定工作有关事项通知如下：")

    def h1(t):
        para(doc, [(t, HT, False)])

    def runin(head, rest):
        para(doc, [(head, KT, True), rest])
        n.append(head + rest)

    h1("一、申报范围")
    n.body(doc, "在片区内依法注册、具有独立法人资格的企业、科研机构和社会组织中全职工作的人才，符合《办法》规定的"
                "基本条件和《高层次人才分类认定目录》相应条件的，均可申报。")
    n.body(doc, "已认定为片区高层次人才且在有效期内的，不再重复申报。")
    h1("二、认定类别和条件")
    runin("（一）A类人才。", "主要包括国内外顶尖人才，须符合下列条件之一：")
    for t_ in ["1.两院院士或发达国家最高学术权威机构会员；",
               "2.国家最高科学技术奖获得者；",
               "3.近5年在片区实际投资额达到5亿元以上的海洋经济、航运贸易类企业的创始人。"]:
        n.body(doc, t_)
    runin("（二）B类人才。", "主要包括国家级领军人才，须符合下列条件之一：")
    for t_ in ["1.国家级重大人才工程入选者；",
               "2.在国际知名航运企业、港口运营商或大宗商品交易平台担任高级管理职务满3年，且符合下列条件之一："
               "（1）上一年度工资薪金收入不低于120万元；（2）所在企业上一年度在片区实际缴纳税收不低于3000万元；",
               "3.国家技术发明奖、科学技术进步奖二等奖以上获奖项目的主要完成人（前三位）。"]:
        n.body(doc, t_)
    runin("（三）C类人才。", "主要包括地方高级人才和行业骨干，须符合下列条件之一：")
    for t_ in ["1.泰山学者、泰山产业领军人才等省级重大人才工程入选者；",
               "2.在片区跨境电商、保税物流、离岸贸易等企业担任中高层管理职务，上一年度工资薪金收入不低于50万元；",
               "3.具有正高级专业技术职称并在片区企业从事研发工作满1年。"]:
        n.body(doc, t_)
    h1("三、支持标准")
    n.body(doc, "经认定的高层次人才，按下表标准给予支持：")
    data_table(doc, ["人才类别", "安家补贴", "生活补贴", "备注"], [
        ["A类人才", "200万元", "每年30万元，连续发放5年", "分3年发放，首年发放50%"],
        ["B类人才", "80万元", "每年12万元，连续发放5年", None],
        ["C类人才", "30万元", "每年6万元，连续发放3年", "一次性发放"],
    ], merges=[(3, 0, 1)], clauses=n, widths=[3.0, 3.0, 5.2, 4.4])
    h1("四、申报程序")
    runin("（一）网上申报。", "申报人于2025年9月15日至10月31日登录“青岛片区人才服务平台”填报申报信息，上传相关证明材料。")
    runin("（二）单位推荐。", "用人单位对申报材料进行审核，在申报表上签署推荐意见并加盖公章。")
    runin("（三）资格审查。", "片区人才办会同有关部门对申报材料进行审查，必要时组织专家评审或实地核查。")
    runin("（四）公示发证。", "拟认定人选在片区管委会网站公示5个工作日，公示无异议的，颁发《青岛片区高层次人才认定证书》。")
    h1("五、申报材料")
    for t_ in ["1．《2025年度青岛片区高层次人才认定申报表》（附件1）；",
               "2．身份证或护照复印件；",
               "3．劳动合同及近6个月社会保险缴纳证明；",
               "4．符合认定条件的相关证明材料；",
               "5．《申报诚信承诺书》（附件2）。"]:
        n.body(doc, t_)
    h1("六、有关要求")
    runin("（一）", "申报人和用人单位应对申报材料的真实性负责。对弄虚作假的，一经查实，取消申报资格，"
                   "3年内不得申报片区各类人才项目。")
    runin("（二）", "逾期未提交或材料不全的，不予受理。")
    n.body(doc, "联系人：片区人才办" + FW + "王海涛，联系电话：0532-86991234；新区组织部人才科" + FW
           + "刘静，联系电话：0532-86985678。")
    empty(doc)
    att = ["2025年度青岛片区高层次人才认定申报表", "申报诚信承诺书"]
    para(doc, "附件：1．" + att[0])
    para(doc, FW * 3 + "2．" + att[1])
    empty(doc, 3)
    # quirk: 落款 of two organs in a borderless layout table, date typed in Chinese numerals
    lt = doc.add_table(rows=1, cols=2)
    table_borders(lt, False)
    set_widths(lt, [7.8, 7.8])
    cell_text(lt.cell(0, 0), ["中国（山东）自由贸易试验区", BR, "青岛片区管理委员会"], FS, 16)
    cell_text(lt.cell(0, 1), ["中共青岛西海岸新区", BR, "工作委员会组织部"], FS, 16)
    empty(doc)
    para(doc, "二〇二五年九月五日" + FW * 3, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    empty(doc)
    para(doc, "（此件公开发布）")
    empty(doc, 4)
    banji(doc, False, "抄送：中共青岛市委组织部，青岛市人力资源和社会保障局，青岛市商务局。",
          "青岛片区管委会综合办公室", "2025年9月5日印发")

    doc.save(os.path.join(HERE, "blind421_qingdao_tongzhi.docx"))
    m = dict(title=TITLE, doc_number="青自贸发〔2025〕21号", issuer=[ORG1, ORG2], date="2025-09-05",
             published=None, level="zone", region=ZONE, effective=None, expires=None,
             attachments=att, doc_type="通知", recipients=recips, publicity="此件公开发布", repeals=None)
    return [{"meta": order(m), "clauses": list(n)}]


# ================================================================ main
def main():
    expected = {
        "blind421_xiamen_tongzhi": build_xiamen(),
        "blind421_wuhan_banfa": build_wuhan(),
        "blind421_qingdao_tongzhi": build_qingdao(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    for stem in expected:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_421", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE,
                        os.path.join(HERE, stem + ".docx")],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
