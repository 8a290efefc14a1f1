# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 525 blind test documents: 专项资金管理办法 with cross references,
allocation formula and 附件 评分细则 tables (merged 一级指标 cells)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"


# ---------------------------------------------------------------- helpers
def cn(n):
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n - 10] if n % 10 else "")
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


def set_run(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    add_page_number(sec)
    return doc


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._element.append(el)


def add_page_number(sec):
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run(p.add_run("— "), font="宋体", size=14)
    r = set_run(p.add_run(), font="宋体", size=14)
    add_field(r, "PAGE")
    set_run(p.add_run(" —"), font="宋体", size=14)


def border(p, side="bottom", color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)


def table_borders(table, on=True, only_tb=False):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        if not on or (only_tb and side in ("left", "right", "insideV")):
            e.set(qn("w:val"), "nil")
        else:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), "8")
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def cell_text(cell, text, font=FS, size=14, bold=False, align=None, color=None):
    p = cell.paragraphs[0]
    p.paragraph_format.line_spacing = Pt(22)
    if align is not None:
        p.alignment = align
    set_run(p.add_run(text), font=font, size=size, bold=bold, color=color)
    return p


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trPr.append(h)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


class Rec:
    """Writes paragraphs and records the clause texts an analyst would cite."""

    def __init__(self, doc):
        self.doc = doc
        self.cur = None

    def start(self, obj):
        self.cur = obj

    def empty(self, n=1):
        for _ in range(n):
            self.doc.add_paragraph()

    def title(self, parts, size=22, soft_break=True):
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.line_spacing = Pt(36)
        for i, t in enumerate(parts):
            r = set_run(p.add_run(t), font=XBS, size=size)
            if soft_break and i < len(parts) - 1:
                r.add_break()
        return p

    def heading(self, text, font=HT, center=True, size=16):
        p = self.doc.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            p.paragraph_format.first_line_indent = Pt(32)
        set_run(p.add_run(text), font=font, size=size)
        return p

    def plain(self, text, indent=True, font=FS, align=None, size=16):
        """Paragraph that is NOT a clause."""
        p = self.doc.add_paragraph()
        if indent:
            p.paragraph_format.first_line_indent = Pt(32)
        if align is not None:
            p.alignment = align
        set_run(p.add_run(text), font=font, size=size)
        return p

    def para(self, text, indent=True, manual_indent=False, align=None,
             font=FS, record=None):
        p = self.doc.add_paragraph()
        if manual_indent:
            set_run(p.add_run("　　" + text), font=font)
        else:
            if indent:
                p.paragraph_format.first_line_indent = Pt(32)
            set_run(p.add_run(text), font=font)
        if align is not None:
            p.alignment = align
        self.cur["clauses"].append(record if record is not None else text)
        return p

    def runin(self, head, rest, head_font=FS, bold=True, manual_indent=False,
              sep=""):
        """Paragraph with a run-in heading typed in its own (bold) run."""
        p = self.doc.add_paragraph()
        if manual_indent:
            set_run(p.add_run("　　"))
        else:
            p.paragraph_format.first_line_indent = Pt(32)
        set_run(p.add_run(head), font=head_font, bold=bold)
        if sep:
            set_run(p.add_run(sep))
        set_run(p.add_run(rest))
        self.cur["clauses"].append(head + sep + rest)
        return p

    def table(self, header, rows, merge_col0=True, widths=None, size=12,
              repeat=False):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        table_borders(t)
        for j, h in enumerate(header):
            cell_text(t.rows[0].cells[j], h, font=HT, size=size,
                      align=WD_ALIGN_PARAGRAPH.CENTER)
        if repeat:
            repeat_header(t.rows[0])
        # vertical merge of identical consecutive values in column 0
        i = 0
        while i < len(rows):
            j = i
            while merge_col0 and j + 1 < len(rows) and rows[j + 1][0] == rows[i][0]:
                j += 1
            c = t.cell(i + 1, 0)
            if j > i:
                c = c.merge(t.cell(j + 1, 0))
            cell_text(c, rows[i][0], size=size, align=WD_ALIGN_PARAGRAPH.CENTER)
            i = j + 1
        for i, r in enumerate(rows):
            for j in range(1, len(header)):
                al = WD_ALIGN_PARAGRAPH.CENTER if header[j] in ("分值", "单个主体年度支持上限") else None
                cell_text(t.cell(i + 1, j), r[j], size=size, align=al)
        if widths:
            t.autofit = False
            for j, w in enumerate(widths):
                t.columns[j].width = Cm(w)
            for row in t.rows:
                for j, w in enumerate(widths):
                    row.cells[j].width = Cm(w)
        for r in rows:
            self.cur["clauses"].append(
                "；".join("%s：%s" % (h, v) for h, v in zip(header, r)))
        return t


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None,
                published=None, level=None, region=None, effective=None,
                expires=None, attachments=[], doc_type=None, recipients=[],
                publicity=None, repeals=None)
    base.update(kw)
    return {"meta": base, "clauses": []}


# ------------------------------------------------------------ 1 福建 通知+办法
def build_fujian():
    doc = new_doc()
    R = Rec(doc)
    title_banfa = "福建省外经贸发展专项资金管理办法"
    xize = "福建省外经贸发展专项资金因素法分配评分细则"
    notice = meta(
        title="福建省财政厅 福建省商务厅关于印发《福建省外经贸发展专项资金管理办法》的通知",
        doc_number="闽财企〔2026〕9号",
        issuer=["福建省财政厅", "福建省商务厅"],
        date="2026-03-16", level="provincial", region="福建省",
        attachments=[title_banfa], doc_type="通知",
        recipients=["各设区市财政局", "各设区市商务局",
                    "平潭综合实验区财政金融局", "平潭综合实验区经济发展局",
                    "省直有关单位"],
        publicity="此件公开发布")
    banfa = meta(
        title=title_banfa, doc_number="闽财企〔2026〕9号",
        issuer=["福建省财政厅", "福建省商务厅"],
        date="2026-03-16", level="provincial", region="福建省",
        effective="2026-04-15", expires="2031-04-14",
        attachments=[xize], doc_type="办法",
        repeals="《福建省财政厅 福建省商务厅关于印发〈福建省外经贸发展专项资金管理暂行办法〉的通知》（闽财企〔2021〕15号）")
    R.start(notice)

    # red joint header laid out in a borderless table
    R.empty(1)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, on=False)
    cell_text(t.cell(0, 0), "福建省财政厅", font=XBS, size=32, color=RED,
              align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    cell_text(t.cell(1, 0), "福建省商务厅", font=XBS, size=32, color=RED,
              align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, "文件", font=XBS, size=36, color=RED,
              align=WD_ALIGN_PARAGRAPH.CENTER)
    for row in t.rows:
        row.cells[0].width = Cm(10.5)
        row.cells[1].width = Cm(4.5)
    R.empty(1)
    p = R.plain("闽财企〔2026〕9号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 18)
    R.empty(1)
    R.title(["福建省财政厅 福建省商务厅关于印发", "《福建省外经贸发展专项资金管理办法》", "的通知"])
    R.empty(1)
    R.plain("各设区市财政局、商务局，平潭综合实验区财政金融局、经济发展局，省直有关单位：",
            indent=False)
    R.para("为规范和加强外经贸发展专项资金管理，提高财政资金使用效益，推动我省更高水平对外开放，"
           "高质量参与共建“一带一路”，根据《中华人民共和国预算法》《福建省省级财政专项资金管理办法》"
           "等有关规定，省财政厅、省商务厅制定了《福建省外经贸发展专项资金管理办法》，现印发给你们，"
           "请遵照执行。执行中如有问题，请及时向省财政厅、省商务厅反映。")
    R.para("各设区市、平潭综合实验区商务部门要会同同级财政部门，于2026年5月31日前将本地区"
           "2026年度因素法分配基础数据报送省商务厅，同时抄送省财政厅。逾期未报送的，"
           "相关因素按零分计算。")
    R.para("联系人：省商务厅财务处 陈志远，电话：0591-87851234；省财政厅经济建设处 林晓雯，"
           "电话：0591-87095678。")
    R.empty(1)
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(32)
    set_run(p.add_run("附件：" + title_banfa))
    R.empty(3)
    # 落款 laid out in a borderless table
    t = doc.add_table(rows=2, cols=2)
    table_borders(t, on=False)
    cell_text(t.cell(0, 0), "福建省财政厅", size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.cell(0, 1), "福建省商务厅", size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    m = t.cell(1, 0).merge(t.cell(1, 1))
    cell_text(m, "2026年3月16日　　　", size=16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    R.empty(1)
    R.plain("（此件公开发布）", indent=True)

    # ---------------- 附件: the 办法
    page_break(doc)
    R.start(banfa)
    R.plain("附件", indent=False, font=HT)
    R.empty(1)
    R.title([title_banfa])
    R.empty(1)

    def art(n, text):
        R.runin("第%s条" % cn(n), text, head_font=HT, bold=False, sep="　")

    def item(text):
        R.para(text)

    R.heading("第一章　总　　则")
    art(1, "为规范外经贸发展专项资金（以下简称专项资金）管理，提高资金使用效益，根据《中华人民共和国预算法》"
           "《中华人民共和国预算法实施条例》《福建省省级财政专项资金管理办法》等有关规定，结合我省实际，制定本办法。")
    art(2, "本办法所称专项资金，是指省级财政预算安排，用于支持我省外贸转型升级、跨境电子商务发展、"
           "双向投资促进和开放平台建设等方面的资金。")
    art(3, "专项资金管理遵循以下原则：")
    item("（一）聚焦重点。围绕高质量参与共建“一带一路”和建设21世纪海上丝绸之路核心区，集中支持对外开放重点领域和薄弱环节。")
    item("（二）公开透明。资金分配办法、分配结果和绩效情况按规定向社会公开，接受社会监督。")
    item("（三）绩效导向。强化绩效目标管理，将绩效评价结果与资金分配挂钩。")
    item("（四）权责统一。明确各级财政、商务部门和项目单位职责，做到责任清晰、管理规范。")
    art(4, "专项资金实施期限为2026年至2030年。期满后，省财政厅会同省商务厅依照本办法第十六条规定组织绩效评估，"
           "根据评估结果确定是否继续实施。")

    R.heading("第二章　职责分工")
    art(5, "省财政厅负责专项资金预算管理，主要职责包括：")
    item("（一）会同省商务厅制定专项资金管理制度；")
    item("（二）审核资金分配建议，按规定下达资金；")
    item("（三）指导省商务厅开展全过程预算绩效管理，组织开展重点绩效评价。")
    art(6, "省商务厅负责专项资金项目管理，主要职责包括：")
    item("（一）会同省财政厅编制专项资金中期财政规划和年度预算；")
    item("（二）发布项目申报指南，组织项目评审，提出资金分配建议；")
    item("（三）开展绩效目标管理和绩效运行监控，组织绩效自评。")
    art(7, "设区市、平潭综合实验区财政、商务部门负责本地区资金申报审核、分解下达、监督检查和绩效管理，"
           "对报送数据和申报材料的真实性、合规性负责。")
    art(8, "项目单位对申报材料的真实性负责，按规定使用专项资金，配合开展监督检查和绩效评价。")

    R.heading("第三章　支持范围和方式")
    art(9, "专项资金重点支持以下方向：")
    item("（一）外贸转型升级。包括：")
    item("1.支持外贸企业参加境外重点展会、开拓多元化国际市场；")
    item("2.支持国家外贸转型升级基地、进口贸易促进创新示范区建设；")
    item("3.支持市场采购贸易、保税维修等外贸新业态新模式发展。")
    item("（二）跨境电子商务发展。包括：")
    item("1.支持跨境电子商务综合试验区线上综合服务平台建设；")
    item("2.支持跨境电子商务企业在共建“一带一路”国家和地区建设海外仓；")
    item("3.支持跨境电子商务人才培训和品牌培育。")
    item("（三）双向投资促进。包括：")
    item("1.支持外商投资企业以境内利润再投资扩大在闽投资；")
    item("2.支持企业开展境外投资合作风险保障。")
    item("（四）开放平台建设。包括：")
    item("1.支持中国（福建）自由贸易试验区开展制度创新和首创性改革探索；")
    item("2.支持综合保税区提升发展能级，发展保税研发、保税检测等新业态；")
    item("3.支持中欧班列（厦门）拓展线路、稳定开行。")
    art(10, "专项资金采取因素法分配和项目法分配相结合的方式。本办法第九条第（一）项、第（二）项所列支持方向"
            "原则上采取因素法分配，第（三）项、第（四）项所列支持方向采取项目法分配。")
    art(11, "专项资金采取直接补助、以奖代补、贷款贴息等方式予以支持。同一项目已获得其他省级财政资金支持的，"
            "专项资金不再重复支持。")

    R.heading("第四章　资金分配和下达")
    art(12, "采取因素法分配的资金，分配因素包括基础因素、发展因素和绩效因素，权重分别为30%、50%和20%。"
            "各因素的二级指标、分值和评分标准按照本办法附件执行。")
    R.para("各地分配额按照以下公式计算：某地分配额＝因素法分配资金总额×该地因素得分÷全省因素得分之和。"
           "其中，该地因素得分＝基础因素得分＋发展因素得分＋绩效因素得分。")
    R.para("因素数据以海关、统计、商务部门公布的上一年度数据为准。省委、省政府确定的重点工作任务，"
           "可以在因素法分配资金总额中安排不超过10%的资金予以倾斜支持。")
    art(13, "省商务厅应当于每年6月30日前，依照本办法第十二条第二款规定测算各地分配额，提出资金分配建议，"
            "连同测算依据一并报送省财政厅。")
    art(14, "采取项目法分配的资金，按照以下程序组织实施：")
    item("（一）发布指南。省商务厅会同省财政厅发布年度项目申报指南，明确支持方向、申报条件和申报时间。")
    item("（二）申报审核。项目单位按属地原则申报，并按以下要求审核：")
    item("1.设区市、平潭综合实验区商务部门会同同级财政部门进行初审，出具初审意见；")
    item("2.省商务厅组织专家或委托第三方机构进行评审，提出拟支持项目和金额。")
    item("（三）公示。拟支持项目在省商务厅门户网站公示，公示期不少于5个工作日。")
    item("（四）下达。公示无异议的，由省商务厅提出资金分配建议，报省财政厅审核后下达。")
    art(15, "省财政厅应当在收到资金分配建议之日起30日内下达资金。依照本办法第十二条、第十四条规定分配的资金，"
            "设区市、平潭综合实验区财政部门应当在收到资金后30日内分解下达。")

    R.heading("第五章　绩效管理和监督检查")
    art(16, "专项资金实行全过程预算绩效管理。省商务厅应当在申报预算时同步设定绩效目标，"
            "每年对上一年度专项资金使用情况开展绩效自评，并将自评结果报送省财政厅。")
    art(17, "绩效评价结果作为以后年度预算安排和资金分配的重要依据，依照本办法第十二条第一款规定纳入绩效因素计分。")
    art(18, "项目单位有下列情形之一的，由同级财政部门收回已拨付资金，3年内不得申报专项资金：")
    item("（一）虚报、冒领、套取专项资金的；")
    item("（二）同一事项多头申报、重复获得支持，违反本办法第十一条规定的；")
    item("（三）擅自改变资金用途的；")
    item("（四）拒不配合监督检查和绩效评价的。")
    art(19, "各级财政、商务部门及其工作人员在专项资金分配、审核过程中存在违规行为的，依照《中华人民共和国预算法》"
            "《财政违法行为处罚处分条例》等有关规定追究相应责任；涉嫌犯罪的，依法移送有关机关处理。")
    art(20, "除涉及国家秘密和商业秘密外，专项资金管理办法、申报指南、分配结果等信息应当按规定在门户网站公开。")

    R.heading("第六章　附　　则")
    art(21, "设区市、平潭综合实验区可以参照本办法，结合本地实际制定实施细则，并报省财政厅、省商务厅备案。")
    art(22, "本办法由省财政厅、省商务厅负责解释。")
    art(23, "本办法自2026年4月15日起施行，有效期5年。《福建省财政厅 福建省商务厅关于印发〈福建省外经贸发展专项资金"
            "管理暂行办法〉的通知》（闽财企〔2021〕15号）同时废止。")
    R.empty(1)
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(32)
    set_run(p.add_run("附件：" + xize))

    page_break(doc)
    R.plain("附件", indent=False, font=HT)
    R.title([xize], size=18)
    R.empty(1)
    rows = [
        ["基础因素（30分）", "上年度货物贸易进出口额", "15", "按该地进出口额占全省比重折算得分"],
        ["基础因素（30分）", "上年度实际使用外资额", "10", "按该地实际使用外资额占全省比重折算得分"],
        ["基础因素（30分）", "有进出口实绩企业数量", "5", "按该地有进出口实绩企业数量占全省比重折算得分"],
        ["发展因素（50分）", "货物贸易进出口增速", "15", "增速高于全省平均水平的得满分，每低1个百分点扣1分，扣完为止"],
        ["发展因素（50分）", "跨境电子商务进出口额", "15", "按该地跨境电子商务进出口额占全省比重折算得分"],
        ["发展因素（50分）", "对共建“一带一路”国家进出口额", "10", "按该地对共建“一带一路”国家进出口额占全省比重折算得分"],
        ["发展因素（50分）", "新增有进出口实绩企业数", "10", "按该地新增企业数占全省比重折算得分"],
        ["绩效因素（20分）", "上年度专项资金绩效评价结果", "12", "评价等级为优秀的得12分，良好的得9分，中的得6分，差的不得分"],
        ["绩效因素（20分）", "预算执行进度", "8", "截至上年度12月31日资金支出率达到90%以上的得满分，每低5个百分点扣1分"],
    ]
    R.table(["一级指标", "二级指标", "分值", "评分标准"], rows,
            widths=[3.2, 4.6, 1.6, 6.6])
    R.para("注：各项指标得分之和为该地因素得分，满分100分；比重类指标得分＝该项分值×该地指标值÷全省指标值，"
           "得分保留两位小数。", indent=False)

    # 版记 (table with top/bottom rules only)
    R.empty(2)
    t = doc.add_table(rows=2, cols=1)
    table_borders(t, on=True, only_tb=True)
    cell_text(t.cell(0, 0), "抄送：财政部福建监管局，省审计厅。", size=14)
    cell_text(t.cell(1, 0), "福建省财政厅办公室　　　　　　　　　　　2026年3月16日印发", size=14)
    return doc, "blind525_fujian_tongzhi", [notice, banfa]


# ------------------------------------------------------- 2 重庆 standalone 办法
def add_chinese_numbering(doc):
    """abstractNum: 第%1条 / （%2） / %3. ; returns numId."""
    numbering = doc.part.numbering_part.element
    absid = "52501"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), absid)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    an.append(mlt)
    levels = [("chineseCounting", "第%1条　"), ("chineseCounting", "（%2）"),
              ("decimal", "%3.")]
    for i, (fmt, txt) in enumerate(levels):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(i))
        s = OxmlElement("w:start")
        s.set(qn("w:val"), "1")
        lvl.append(s)
        nf = OxmlElement("w:numFmt")
        nf.set(qn("w:val"), fmt)
        lvl.append(nf)
        suff = OxmlElement("w:suff")
        suff.set(qn("w:val"), "nothing")
        lvl.append(suff)
        lt = OxmlElement("w:lvlText")
        lt.set(qn("w:val"), txt)
        lvl.append(lt)
        lj = OxmlElement("w:lvlJc")
        lj.set(qn("w:val"), "left")
        lvl.append(lj)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), "0")
        ind.set(qn("w:firstLine"), "640")
        ppr.append(ind)
        lvl.append(ppr)
        rpr = OxmlElement("w:rPr")
        rf = OxmlElement("w:rFonts")
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
            rf.set(qn(a), HT if i == 0 else FS)
        rpr.append(rf)
        lvl.append(rpr)
        an.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "525")
    ai = OxmlElement("w:abstractNumId")
    ai.set(qn("w:val"), absid)
    num.append(ai)
    numbering.append(num)
    return "525"


def set_num(p, numid, ilvl):
    ppr = p._p.get_or_add_pPr()
    np_ = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), numid)
    np_.append(il)
    np_.append(ni)
    ppr.insert(0, np_)


def build_chongqing():
    doc = new_doc()
    R = Rec(doc)
    numid = add_chinese_numbering(doc)
    title = "重庆市跨境电子商务发展专项资金管理办法"
    banfa = meta(
        title=title, doc_number="渝商务规〔2025〕4号",
        issuer=["重庆市商务委员会", "重庆市财政局"],
        date="2025-12-18", level="municipal", region="重庆市",
        effective="2026-02-01", expires="2031-01-31",
        attachments=["重庆市跨境电子商务发展专项资金区县因素分配评分细则"],
        doc_type="办法")
    R.start(banfa)
    cnt = {"art": 0, "item": 0, "sub": 0}

    def art(text):
        cnt["art"] += 1
        cnt["item"] = 0
        p = doc.add_paragraph()
        set_num(p, numid, 0)
        set_run(p.add_run(text))
        R.cur["clauses"].append("第%s条　%s" % (cn(cnt["art"]), text))

    def item(text):
        cnt["item"] += 1
        cnt["sub"] = 0
        p = doc.add_paragraph()
        set_num(p, numid, 1)
        set_run(p.add_run(text))
        R.cur["clauses"].append("（%s）%s" % (cn(cnt["item"]), text))

    def sub(text):
        cnt["sub"] += 1
        p = doc.add_paragraph()
        set_num(p, numid, 2)
        set_run(p.add_run(text))
        R.cur["clauses"].append("%d.%s" % (cnt["sub"], text))

    R.empty(1)
    R.title([title])
    p = R.plain("（2025年12月18日重庆市商务委员会、重庆市财政局印发　渝商务规〔2025〕4号）",
                indent=False, font=KT, align=WD_ALIGN_PARAGRAPH.CENTER)
    R.empty(1)

    R.heading("第一章　总则")
    art("为加快重庆跨境电子商务综合试验区建设，规范跨境电子商务发展专项资金（以下简称专项资金）管理，"
        "根据《中华人民共和国预算法》《重庆市市级财政专项资金管理办法》等规定，制定本办法。")
    art("本办法所称专项资金，是指市级财政预算安排，用于支持本市跨境电子商务主体培育、公共服务平台建设、"
        "物流通道拓展和人才培养等方面的资金。")
    art("专项资金的管理和使用遵循“统筹安排、突出重点、公开透明、注重绩效”的原则。")

    R.heading("第二章　管理职责")
    art("市商务委员会（以下简称市商务委）负责以下工作：")
    item("编制专项资金年度预算和绩效目标；")
    item("发布申报指南，组织项目审核，依照本办法第十二条规定测算区县分配额；")
    item("组织开展绩效运行监控和绩效评价。")
    art("市财政局负责专项资金预算管理，审核资金分配方案，按规定下达资金，组织开展重点绩效评价和监督检查。")
    art("各区县（自治县）和两江新区、西部科学城重庆高新区、万盛经开区商务主管部门会同同级财政部门，"
        "负责本地区项目申报审核、资金拨付、监督管理和绩效自评工作。")

    R.heading("第三章　支持内容和标准")
    art("专项资金支持以下事项：")
    item("跨境电子商务主体培育。包括：")
    sub("引进和培育跨境电子商务龙头企业；")
    sub("支持传统外贸企业和制造企业开展跨境电子商务业务。")
    item("公共服务平台建设。支持跨境电子商务线上综合服务平台、公共海外仓和跨境电子商务产业园区建设运营。")
    item("物流通道拓展。支持依托中欧班列（成渝）、西部陆海新通道开行跨境电子商务专列、专线。")
    item("人才培养。支持高校、职业院校与企业联合开展跨境电子商务人才培训。")
    art("本办法第七条第（二）项、第（三）项所列事项的支持标准如下表：")
    R.table(["支持事项", "支持标准", "单个主体年度支持上限"], [
        ["公共海外仓建设运营", "按海外仓租赁或建设实际投入的20%给予补助", "200万元"],
        ["跨境电子商务产业园区运营", "按园区当年新引进跨境电子商务企业数量给予每家2万元奖励", "100万元"],
        ["线上综合服务平台建设", "按平台软硬件实际投入的30%给予补助", "150万元"],
        ["跨境电子商务专列、专线", "按每标准箱1000元给予运费补助", "300万元"],
    ], merge_col0=False, widths=[4.5, 8.0, 3.5])
    art("同一主体同一事项已获得市级其他财政资金支持的，不得重复申报；依照本办法第八条规定获得支持的金额"
        "超过单个主体年度支持上限的，按上限执行。")

    R.heading("第四章　资金分配")
    art("专项资金采取项目法和因素法相结合的方式分配。本办法第七条第（二）项、第（三）项所列事项采取项目法分配，"
        "第（一）项、第（四）项所列事项采取因素法切块分配至区县。")
    art("采取项目法分配的资金，由市商务委发布申报指南，区县初审后报市商务委，市商务委会同市财政局组织评审，"
        "评审结果在市商务委门户网站公示5个工作日。")
    art("采取因素法分配的资金，分配因素包括基础因素、发展因素和绩效因素，各因素的指标和分值依照本办法附件执行。")
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(32)
    set_run(p.add_run("区县分配额按照以下公式计算："))
    R.cur["clauses"].append("区县分配额按照以下公式计算：")
    R.para("区县分配额＝年度因素法分配资金总额×该区县因素得分÷全市各区县因素得分之和",
           indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    R.para("单个区县分配额不超过当年因素法分配资金总额的15%，超出部分按其余区县因素得分比例重新分配。")
    art("市商务委应当于每年5月31日前，依照本办法第十二条第二款规定完成区县分配额测算，提出分配建议报市财政局。"
        "市财政局审核后于30日内下达资金。")
    art("区县财政部门应当在收到资金后30日内，依照本办法第七条规定的支持事项将资金拨付至项目单位。")

    R.heading("第五章　监督管理和绩效评价")
    art("市商务委、市财政局建立专项资金绩效评价制度，绩效评价结果作为调整政策、改进管理和以后年度预算安排"
        "的重要依据。区县绩效评价结果依照本办法附件纳入绩效因素计分。")
    art("项目单位存在下列情形之一的，收回已拨付资金，并取消其3年内申报资格：")
    item("提供虚假材料骗取专项资金的；")
    item("违反本办法第九条规定重复申报的；")
    item("截留、挪用专项资金的。")
    art("对专项资金分配、使用中的违法违规行为，依照《财政违法行为处罚处分条例》等有关规定处理。")

    R.heading("第六章　附则")
    art("本办法由市商务委、市财政局负责解释。")
    art("本办法自2026年2月1日起施行，有效期5年。")
    R.empty(1)
    p = doc.add_paragraph()
    set_run(p.add_run("附件：重庆市跨境电子商务发展专项资金区县因素分配评分细则"))

    page_break(doc)
    R.plain("附件", indent=False, font=HT)
    R.title(["重庆市跨境电子商务发展专项资金", "区县因素分配评分细则"], size=18)
    R.empty(1)
    rows = [
        ["基础因素", "上年度跨境电子商务进出口额", "25", "按该区县占全市比重折算得分", "重庆海关"],
        ["基础因素", "跨境电子商务经营主体数量", "10", "按该区县占全市比重折算得分", "市商务委"],
        ["发展因素", "跨境电子商务进出口额增速", "20", "增速达到全市平均水平的得满分，每低2个百分点扣1分", "重庆海关"],
        ["发展因素", "新增跨境电子商务经营主体数量", "15", "按该区县占全市比重折算得分", "市商务委"],
        ["发展因素", "经中欧班列（成渝）、西部陆海新通道运输的跨境电子商务货值", "10", "按该区县占全市比重折算得分", "市口岸物流办"],
        ["绩效因素", "上年度绩效评价结果", "12", "优秀得12分，良好得8分，合格得4分，不合格不得分", "市财政局"],
        ["绩效因素", "资金拨付进度", "8", "在规定时限内全部拨付的得满分，每延迟10日扣2分", "市财政局"],
    ]
    R.table(["一级指标", "二级指标", "分值", "评分标准", "数据来源"], rows,
            widths=[2.4, 4.6, 1.4, 5.4, 2.4], size=11, repeat=True)
    return doc, "blind525_chongqing_banfa", [banfa]


# --------------------------------------------------------- 3 义乌 通知+办法
def build_yiwu():
    doc = new_doc()
    R = Rec(doc)
    title_banfa = "义乌市开放型经济发展专项资金管理办法"
    xize = "义乌市外贸主体培育资金因素分配评分细则"
    notice = meta(
        title="义乌市商务局 义乌市财政局关于印发《义乌市开放型经济发展专项资金管理办法》的通知",
        doc_number="义商务〔2026〕21号",
        issuer=["义乌市商务局", "义乌市财政局"],
        date="2026-05-12", level="county", region="义乌市",
        attachments=[title_banfa], doc_type="通知",
        recipients=["各镇人民政府", "各街道办事处", "市级有关单位"],
        publicity="此件主动公开")
    banfa = meta(
        title=title_banfa, doc_number="义商务〔2026〕21号",
        issuer=["义乌市商务局", "义乌市财政局"],
        date="2026-05-12", level="county", region="义乌市",
        effective="2026-06-01", expires="2031-05-31",
        attachments=[xize], doc_type="办法",
        repeals="《义乌市开放型经济发展专项资金管理暂行办法》（义商务〔2022〕35号）")
    R.start(notice)

    R.empty(1)
    for name in ("义 乌 市 商 务 局", "义 乌 市 财 政 局"):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.line_spacing = Pt(50)
        set_run(p.add_run(name), font=XBS, size=36, color=RED)
    R.empty(1)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run(p.add_run("义商务〔2026〕21号"))
    border(p, "bottom", "FF0000", 18)
    R.empty(2)
    R.title(["义乌市商务局 义乌市财政局", "关于印发《义乌市开放型经济发展专项资金", "管理办法》的通知"])
    R.empty(1)
    p = doc.add_paragraph()
    set_run(p.add_run("各镇人民政府、街道办事处，市级有关单位："))
    R.para("为深化国际贸易综合改革试验区建设，支持“义新欧”中欧班列、跨境电子商务和市场采购贸易高质量发展，"
           "规范开放型经济发展专项资金管理，经市政府同意，现将《义乌市开放型经济发展专项资金管理办法》印发给你们，"
           "请认真贯彻执行。", manual_indent=True)
    R.para("2026年度外贸主体培育资金因素分配数据，请各镇（街道）于2026年6月20日前报市商务局外贸科。",
           manual_indent=True)
    doc.add_paragraph()
    p = doc.add_paragraph()
    set_run(p.add_run("　　附件：" + title_banfa))
    doc.add_paragraph()
    doc.add_paragraph()
    doc.add_paragraph()
    p = doc.add_paragraph()
    set_run(p.add_run("　　　　义乌市商务局　　　　　　　　义乌市财政局"))
    p = doc.add_paragraph()
    set_run(p.add_run("　　　　　　　　　　　　　　　　　2026年5月12日"))
    doc.add_paragraph()
    p = doc.add_paragraph()
    set_run(p.add_run("　　（此件主动公开）"))

    page_break(doc)
    R.start(banfa)
    p = doc.add_paragraph()
    set_run(p.add_run("附件"), font=HT)
    R.title([title_banfa])
    doc.add_paragraph()

    def art(n, text):
        R.runin("第%s条" % cn(n), text, bold=True, manual_indent=True, sep="　")

    def item(text):
        R.para(text, manual_indent=True)

    def ri(head, rest):
        R.runin(head, rest, bold=True, manual_indent=True)

    R.heading("第一章　总则", font=HT)
    art(1, "为规范开放型经济发展专项资金（以下简称专项资金）管理，提高资金使用绩效，根据《浙江省财政专项资金管理办法》"
           "和义乌市市级财政专项资金管理有关规定，结合我市实际，制定本办法。")
    art(2, "本办法所称专项资金，是指市级财政预算安排，用于支持我市外贸主体培育、跨境电子商务、“义新欧”中欧班列、"
           "综合保税区和对外投资合作发展的资金。")
    art(3, "专项资金由市商务局、市财政局按照职责分工共同管理。市商务局负责项目组织申报、审核和绩效管理；"
           "市财政局负责预算安排、资金拨付和监督检查。")

    R.heading("第二章　支持对象和条件", font=HT)
    art(4, "申请专项资金的企业应当同时具备以下条件：")
    item("（一）在义乌市依法登记注册，具有独立法人资格；")
    item("（二）近三年内无重大违法违规记录，未被列入严重失信主体名单；")
    item("（三）按规定报送商务、统计数据。")
    art(5, "有下列情形之一的，不予支持：")
    item("（一）申报材料弄虚作假的；")
    item("（二）上一年度发生重大安全生产、环境污染事故的；")
    item("（三）依照本办法第二十二条规定被取消申报资格且仍在期限内的。")

    R.heading("第三章　支持内容和标准", font=HT)
    art(6, "专项资金支持以下事项：")
    ri("（一）外贸主体培育。", "对年度进出口额首次超过1000万美元的企业，给予一次性奖励5万元；对首次超过5000万美元的，"
       "给予一次性奖励20万元。")
    ri("（二）跨境电子商务发展。", "具体包括：")
    item("1．对在共建“一带一路”国家和地区自建或租用海外仓，面积达到2000平方米以上的企业，按实际投入的15%给予补助，"
         "单个企业最高100万元；")
    item("2.对年度跨境电子商务出口额超过1亿元的企业，按以下标准给予奖励：")
    item("（1）出口额1亿元至5亿元（不含）的，奖励10万元；")
    item("（2）出口额5亿元以上的，奖励30万元。")
    ri("（三）“义新欧”中欧班列发展。", "对通过“义新欧”中欧班列运输本地货源的企业，按每标准箱500元给予物流补助。")
    ri("（四）综合保税区发展。", "对在义乌综合保税区内新设立并开展保税维修、保税研发业务的企业，"
       "按其当年实际缴纳的进口环节税收地方留成部分的50%给予奖励，连续支持3年。")
    art(7, "同一企业同一年度获得本办法第六条各项支持的总额不超过300万元。")

    R.heading("第四章　资金分配和拨付", font=HT)
    art(8, "专项资金实行年度预算管理，由市商务局根据本办法第六条所列事项编制年度资金使用计划，报市财政局审核后执行。")
    art(9, "本办法第六条第（一）项所列外贸主体培育资金，按照因素法分配至各镇（街道），由各镇（街道）统筹用于辖区企业培育。")
    art(10, "外贸主体培育资金的分配因素包括进出口规模、增长情况和绩效管理，各因素分值和评分标准见附件。")
    art(11, "各镇（街道）因素得分由市商务局依据上一年度海关统计数据和本办法第十条规定的评分标准核定。")
    art(12, "市商务局应当于每年7月31日前完成各镇（街道）因素得分核定，并对核定结果在市商务局网站公示5个工作日。")
    R.para("镇（街道）分配额=外贸主体培育资金总额×该镇（街道）因素得分÷全市各镇（街道）因素得分之和。", manual_indent=True)
    R.para("计算结果不足1万元的部分，按1万元计算。", manual_indent=True)
    art(13, "市财政局应当依照本办法第十二条第二款规定的分配额，在收到市商务局分配建议后15个工作日内拨付资金。")
    art(14, "本办法第六条第（二）项至第（四）项所列资金，采取企业申报、部门审核、社会公示的方式分配，按以下程序办理：")
    item("（一）企业于每年3月31日前通过“浙里办”政策直达快享专区在线申报；")
    item("（二）市商务局会同有关部门审核，必要时委托第三方机构开展专项审计；")
    item("（三）审核结果公示5个工作日，无异议后由市财政局拨付。")
    art(15, "专项资金实行国库集中支付，直接拨付至企业基本存款账户。")

    R.heading("第五章　监督管理", font=HT)
    art(16, "市商务局应当对专项资金使用情况开展绩效自评，于每年3月底前将上一年度绩效自评报告报送市财政局。")
    art(17, "市财政局根据需要对专项资金开展重点绩效评价，评价结果作为以后年度预算安排的重要依据。")
    art(18, "各镇（街道）应当建立外贸主体培育资金使用台账，确保专款专用，不得挤占挪用。")
    art(19, "企业获得的专项资金应当按照国家统一的会计制度进行账务处理。")
    art(20, "专项资金管理办法、申报通知、审核结果和资金拨付情况，除涉及国家秘密、商业秘密外，应当依法公开。")
    art(21, "审计、财政部门依法对专项资金使用情况进行监督。")
    art(22, "企业以虚报、冒领等手段骗取专项资金的，由市财政局追回已拨付资金，取消其3年内申报资格，"
            "并依照《财政违法行为处罚处分条例》有关规定处理；涉嫌犯罪的，移送司法机关依法处理。")

    R.heading("第六章　附则", font=HT)
    art(23, "本办法由市商务局、市财政局负责解释。")
    art(24, "本办法自2026年6月1日起施行，有效期5年。《义乌市开放型经济发展专项资金管理暂行办法》（义商务〔2022〕35号）同时废止。"
            "本办法施行前已受理尚未兑现的项目，依照原办法执行。")
    doc.add_paragraph()
    p = doc.add_paragraph()
    set_run(p.add_run("　　附件：" + xize))

    page_break(doc)
    p = doc.add_paragraph()
    set_run(p.add_run("附件"), font=HT)
    R.title([xize], size=18)
    rows = [
        ["进出口规模（40分）", "上年度货物贸易进出口额", "25", "按该镇（街道）占全市比重折算得分"],
        ["进出口规模（40分）", "上年度市场采购贸易出口额", "15", "按该镇（街道）占全市比重折算得分"],
        ["增长情况（40分）", "进出口额增速", "20", "增速不低于全市平均水平的得20分，每低1个百分点扣2分，扣完为止"],
        ["增长情况（40分）", "新增有进出口实绩企业数", "20", "每新增1家得1分，最高20分"],
        ["绩效管理（20分）", "上年度资金使用绩效", "10", "资金全部按期兑付且台账完整的得10分，否则酌情扣分"],
        ["绩效管理（20分）", "数据报送质量", "10", "按时准确报送的得10分，每延误1次扣2分"],
    ]
    R.table(["一级指标", "二级指标", "分值", "评分标准"], rows,
            widths=[3.4, 4.6, 1.6, 6.4])

    # 版记 with paragraph rules
    doc.add_paragraph()
    doc.add_paragraph()
    p = doc.add_paragraph()
    set_run(p.add_run("抄送：金华市商务局，金华市财政局，市审计局。"), size=14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = doc.add_paragraph()
    set_run(p.add_run("义乌市商务局办公室　　　　　　　　　　2026年5月12日印发"), size=14)
    border(p, "bottom", "000000", 8)
    return doc, "blind525_yiwu_tongzhi", [notice, banfa]


def main():
    expected = {}
    for build in (build_fujian, build_chongqing, build_yiwu):
        doc, stem, objs = build()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = objs
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_525",
                        "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
