# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 467: notices with a 申报书 template attachment.

Writes blind467_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
"""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, underline=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    if underline:
        run.font.underline = True
    if color is not None:
        run.font.color.rgb = color
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = parse_xml(r"<w:rFonts %s/>" % nsdecls("w"))
        rPr.insert(0, rFonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rFonts.set(qn(a), name)
    return run


def bottom_border(par, color="FF0000", sz=12):
    pPr = par._p.get_or_add_pPr()
    pPr.append(parse_xml(
        r'<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), sz, color)))


def top_bottom_border(par, sz=8):
    pPr = par._p.get_or_add_pPr()
    pPr.append(parse_xml(
        r'<w:pBdr %s><w:top w:val="single" w:sz="%d" w:space="1" w:color="000000"/>'
        r'<w:bottom w:val="single" w:sz="%d" w:space="1" w:color="000000"/></w:pBdr>'
        % (nsdecls("w"), sz, sz)))


def add_page_field(par, size=14):
    r = par.add_run("— ")
    font(r, "宋体", size)
    r = par.add_run()
    font(r, "宋体", size)
    r._r.append(parse_xml(r'<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = par.add_run()
    font(r, "宋体", size)
    r._r.append(parse_xml(r'<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r = par.add_run()
    font(r, "宋体", size)
    r._r.append(parse_xml(r'<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r = par.add_run("1")
    font(r, "宋体", size)
    r = par.add_run()
    font(r, "宋体", size)
    r._r.append(parse_xml(r'<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    r = par.add_run(" —")
    font(r, "宋体", size)


def cell_borders_none(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    tblPr.append(parse_xml(
        r'<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        r'<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def cell_text(cell, text, name=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              color=None):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(22)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    if text:
        font(p.add_run(text), name, size, bold, color)
    return p


class Builder:
    """Builds one docx and records the clauses in the order they are written."""

    def __init__(self):
        self.doc = Document()
        self.clauses = []
        self._numid = 0
        st = self.doc.styles["Normal"]
        st.font.name = FS
        st.font.size = Pt(16)
        st._element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        st.paragraph_format.space_after = Pt(0)
        st.paragraph_format.space_before = Pt(0)
        sec = self.doc.sections[0]
        sec.page_width = Cm(21)
        sec.page_height = Cm(29.7)
        sec.top_margin = Cm(3.7)
        sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_page_field(fp)

    # -- raw paragraph
    def par(self, runs, align=None, indent=True, exact=28, left=None, hanging=None):
        p = self.doc.add_paragraph()
        pf = p.paragraph_format
        if exact:
            pf.line_spacing = Pt(exact)
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        if indent:
            pf.first_line_indent = Pt(32)
        if left is not None:
            pf.left_indent = Pt(left)
        if hanging is not None:
            pf.first_line_indent = Pt(-hanging)
        if align is not None:
            p.alignment = align
        for r in runs:
            if isinstance(r, str):
                r = (r,)
            text = r[0]
            name = r[1] if len(r) > 1 else FS
            size = r[2] if len(r) > 2 else 16
            bold = r[3] if len(r) > 3 else False
            und = r[4] if len(r) > 4 else False
            run = p.add_run(text)
            font(run, name, size, bold, underline=und)
        return p

    def empty(self, n=1):
        for _ in range(n):
            self.par([], indent=False)

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def body(self, text, clause=True, **kw):
        self.par([text], **kw)
        if clause:
            self.clauses.append(text)

    def runin(self, head, rest, hfont=KT, hbold=False):
        self.par([(head, hfont, 16, hbold), (rest, FS, 16)])
        self.clauses.append(head + rest)

    def h1(self, text, name=HT, bold=False):
        self.par([(text, name, 16, bold)])

    def h2(self, text, name=KT, bold=False):
        self.par([(text, name, 16, bold)])

    def title(self, lines, size=22):
        for ln in lines:
            self.par([(ln, XBS, size)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)

    def soft_lines(self, lines, clause_each=True):
        """One paragraph, lines separated by soft line breaks (Shift+Enter)."""
        p = self.par([], indent=True)
        for i, ln in enumerate(lines):
            run = p.add_run(ln)
            font(run, FS, 16)
            if i < len(lines) - 1:
                run.add_break()
        if clause_each:
            self.clauses.extend(lines)
        return p

    # -- Word auto numbering "1." (no tab after the number)
    def new_list(self, fmt="%1.", numfmt="decimal", indent_pt=32):
        numbering = self.doc.part.numbering_part.element
        self._numid += 1
        aid = 700 + self._numid
        nid = 700 + self._numid
        abstract = parse_xml(
            r'<w:abstractNum %s w:abstractNumId="%d">'
            r'<w:multiLevelType w:val="singleLevel"/>'
            r'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
            r'<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
            r'<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
            r'<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
            r'</w:lvl></w:abstractNum>'
            % (nsdecls("w"), aid, numfmt, fmt, indent_pt * 20, FS, FS, FS))
        nums = numbering.findall(qn("w:num"))
        if nums:
            nums[0].addprevious(abstract)
        else:
            numbering.append(abstract)
        numbering.append(parse_xml(
            r'<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
            % (nsdecls("w"), nid, aid)))
        return nid

    def auto_items(self, items, size=16):
        nid = self.new_list()
        for i, text in enumerate(items, 1):
            p = self.doc.add_paragraph()
            pf = p.paragraph_format
            pf.line_spacing = Pt(28)
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pPr = p._p.get_or_add_pPr()
            pPr.append(parse_xml(
                r'<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                % (nsdecls("w"), nid)))
            pPr.append(parse_xml(r'<w:ind %s w:left="0" w:firstLine="640"/>' % nsdecls("w")))
            font(p.add_run(text), FS, size)
            self.clauses.append("%d.%s" % (i, text))

    # -- tables
    def grid_table(self, header, rows, widths=None, size=14, record=True, merges=()):
        """Table with a header row; each data row becomes '列名：值；…'."""
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(header):
            cell_text(t.cell(0, j), h, HT, size)
        for i, row in enumerate(rows, 1):
            for j, v in enumerate(row):
                cell_text(t.cell(i, j), v, FS, size)
        for (r0, c0, r1, c1) in merges:
            # vertical merge: keep text of the top cell only
            for rr in range(r0 + 1, r1 + 1):
                for pp in t.cell(rr, c0).paragraphs:
                    for run in list(pp.runs):
                        run._r.getparent().remove(run._r)
            t.cell(r0, c0).merge(t.cell(r1, c1))
        if widths:
            for row in t.rows:
                for j, w in enumerate(widths):
                    row.cells[j].width = Cm(w)
        if record:
            for row in rows:
                self.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        return t

    def form_table(self, spec, widths=(4.2, 4.0, 3.6, 4.0), size=12):
        """Label/value form. spec rows: [(label, value)] or [(label, value), (label, value)].
        A single pair spans the value across the remaining three columns."""
        t = self.doc.add_table(rows=len(spec), cols=4)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, pairs in enumerate(spec):
            if len(pairs) == 1:
                lab, val = pairs[0]
                cell_text(t.cell(i, 0), lab, FS, size)
                m = t.cell(i, 1).merge(t.cell(i, 3))
                cell_text(m, val, FS, size, align=WD_ALIGN_PARAGRAPH.LEFT)
            else:
                (l1, v1), (l2, v2) = pairs
                cell_text(t.cell(i, 0), l1, FS, size)
                cell_text(t.cell(i, 1), v1, FS, size)
                cell_text(t.cell(i, 2), l2, FS, size)
                cell_text(t.cell(i, 3), v2, FS, size)
            self.clauses.append("；".join("%s：%s" % (l, v) for l, v in pairs))
        for row in t.rows:
            row.height = Cm(1.1)
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
        return t

    def red_line(self):
        p = self.par([], indent=False, exact=12)
        bottom_border(p)

    def save(self, path):
        self.doc.save(path)


def prompt_block(b, heading, prompt, blanks=4):
    b.h2(heading)
    b.body(prompt)
    b.empty(blanks)


def fields(b, items, underline_style=False):
    """Cover-page fill-in lines (not clauses)."""
    for lab, blank in items:
        if underline_style:
            b.par([(lab, FS, 16), (blank, FS, 16, False, True)], indent=False, left=48, exact=40)
        else:
            b.par([(lab + blank, FS, 16)], indent=False, left=48, exact=40)


# ================================================================ doc 1: Fujian
def make_fujian():
    b = Builder()
    doc = b.doc
    # red header: joint issuers in a layout table, "文件" in a merged cell
    t = doc.add_table(rows=2, cols=2)
    cell_borders_none(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), "福建省商务厅", XBS, 30, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    cell_text(t.cell(1, 0), "福建省财政厅", XBS, 30, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    p = cell_text(m, "文件", XBS, 40, color=RED)
    m.vertical_alignment = 1
    for row in t.rows:
        row.height = Cm(1.6)
        row.cells[0].width = Cm(11)
        row.cells[1].width = Cm(4.5)
    b.empty(1)
    b.par([("闽商务〔2026〕12号", FS, 16)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    b.red_line()
    b.empty(1)
    b.title(["福建省商务厅　福建省财政厅关于组织申报", "2026年度省级跨境电子商务发展", "专项资金项目的通知"])
    b.empty(1)
    b.par(["各设区市商务局、财政局，平潭综合实验区经济发展局、财政金融局："], indent=False)
    b.body("为贯彻落实《福建省人民政府办公厅关于加快跨境电子商务高质量发展的若干措施》，推动全省跨境电商综合试验区建设提质增效，根据《福建省省级商务发展专项资金管理办法》有关规定，现就组织申报2026年度省级跨境电子商务发展专项资金项目有关事项通知如下：")
    b.h1("一、支持方向")
    b.runin("（一）跨境电商海外仓建设。", "支持企业在“一带一路”共建国家和RCEP成员国新建、租赁或改扩建公共海外仓，面积在3000平方米以上、年服务本省企业不少于20家的，按照实际投资额的20%给予补助，单个项目最高不超过200万元。")
    b.runin("（二）跨境电商产业园区公共服务。", "支持省级跨境电商产业园区建设线上综合服务平台、公共直播基地和人才实训基地，按照项目实际投入的30%给予补助，单个园区最高不超过150万元。")
    b.runin("（三）跨境电商品牌培育。", "支持企业开展境外商标注册、国际认证和独立站建设，按照实际发生费用的50%给予补助，单个企业最高不超过50万元。")
    b.runin("（四）跨境电商出口业务增量。", "对2025年通过跨境电商9610、9710、9810模式实现出口额1000万美元以上且同比增长15%以上的企业，按照每增长100万美元给予1万元奖励，单个企业最高不超过100万元。")
    b.h1("二、申报条件")
    b.body("申报单位应当同时符合以下条件：")
    b.auto_items([
        "在福建省内（不含厦门市）依法注册登记，具有独立法人资格；",
        "申报项目实施期为2025年1月1日至2025年12月31日；",
        "近三年内未发生重大安全生产、环境污染、偷税漏税等违法违规行为，未被列入严重失信主体名单；",
        "同一项目未获得其他省级财政资金支持。",
    ])
    b.h1("三、申报程序")
    head = "（一）企业申报。"
    rest = "申报企业通过“福建省商务发展专项资金管理系统”在线填报，并将纸质申报材料一式两份报送所在设区市商务主管部门。申报材料包括："
    items = [
        "1.项目申报书（格式见附件1）；",
        "2.营业执照复印件；",
        "3.项目投资、费用支出的合同、发票及银行付款凭证复印件；",
        "4.经会计师事务所出具的项目专项审计报告；",
        "5.其他需要提供的证明材料。",
    ]
    # run-in heading + items all in ONE paragraph, separated by soft line breaks
    p = b.par([(head, KT, 16), (rest, FS, 16)])
    p.runs[-1].add_break()
    for i, it in enumerate(items):
        r = p.add_run(it)
        font(r, FS, 16)
        if i < len(items) - 1:
            r.add_break()
    b.clauses.append(head + rest)
    b.clauses.extend(items)
    b.runin("（二）市级审核。", "各设区市商务主管部门会同财政部门对申报材料的真实性、完整性进行审核，必要时开展实地核查，并于2026年4月30日前将审核意见、项目汇总表（附件2）及申报材料报送省商务厅、省财政厅。")
    b.runin("（三）省级评审。", "省商务厅会同省财政厅委托第三方机构组织专家评审，评审结果在省商务厅门户网站公示5个工作日，公示无异议后下达资金。")
    b.h1("四、有关要求")
    b.body("（一）申报单位对申报材料的真实性负责。对弄虚作假、骗取套取专项资金的，按照《财政违法行为处罚处分条例》等规定严肃处理，5年内不得申报省级商务发展专项资金。")
    b.body("（二）各设区市要严格把关，不得将不符合条件的项目上报。逾期报送的，不予受理。")
    b.body("（三）获得支持的项目单位应当按规定做好资金使用管理，自觉接受财政、审计部门的监督检查。")
    b.h1("五、联系方式")
    b.body("联系人及联系电话如下：")
    b.grid_table(["单位", "处室", "联系人", "联系电话"], [
        ["省商务厅", "电子商务处", "林晓峰", "0591-87853216"],
        ["省商务厅", "对外贸易处", "郑雅琴", "0591-87853107"],
        ["省财政厅", "经济建设处", "黄志远", "0591-87095432"],
    ], widths=(3.0, 3.4, 2.6, 5.0), size=12)
    b.empty(1)
    b.par(["附件：1.2026年度福建省跨境电子商务发展专项资金项目申报书"])
    b.par(["　　　　　2.2026年度福建省跨境电子商务发展专项资金项目汇总表"])
    b.empty(3)
    b.par(["福建省商务厅　　　　　　　福建省财政厅"], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.empty(1)
    b.par(["2026年3月6日　　　　　　　　　　"], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.body("（此件公开发布）", clause=False)

    # ---------------- attachment 1 (template)
    b.page_break()
    b.par([("附件1", HT, 16)], indent=False)
    b.empty(4)
    b.title(["2026年度福建省跨境电子商务", "发展专项资金项目申报书"], size=26)
    b.empty(4)
    fields(b, [
        ("项目名称：", "________________________"),
        ("申报单位（盖章）：", "__________________"),
        ("所在设区市：", "______________________"),
        ("填报日期：", "______年____月____日"),
    ])
    b.empty(2)
    b.par([("福建省商务厅　福建省财政厅　制", KT, 16)], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    b.page_break()
    b.par([("填 报 说 明", HT, 22)], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, exact=40)
    b.empty(1)
    for s in [
        "1.申报书由申报单位如实填写，所填内容须真实、准确、完整，并加盖单位公章。",
        "2.申报书统一使用A4纸双面打印，左侧装订成册，页码连续编排。",
        "3.“申报类别”栏请从海外仓建设、公共服务、品牌培育、出口增量四类中选择一类填写，同一企业限报一个类别。",
        "4.金额单位除特别注明外均为万元，保留两位小数。",
        "5.申报书中的附件材料应按顺序排列，并编制目录。",
    ]:
        b.body(s)
    b.page_break()
    b.h1("一、企业基本情况")
    b.form_table([
        [("企业名称", "")],
        [("统一社会信用代码", ""), ("成立时间", "")],
        [("注册地址", "")],
        [("企业性质", "□国有企业　□民营企业　□外商投资企业　□其他")],
        [("法定代表人", ""), ("联系电话", "")],
        [("项目联系人", ""), ("手机", "")],
        [("申报类别", "□海外仓建设　□公共服务　□品牌培育　□出口增量")],
        [("2025年跨境电商出口额（万美元）", ""), ("同比增长（%）", "")],
        [("项目总投资（万元）", ""), ("申请补助金额（万元）", "")],
    ])
    b.empty(1)
    b.h1("二、项目情况")
    prompt_block(b, "（一）项目基本情况",
                 "（包括项目建设地点、建设内容、实施周期、投资构成及资金来源等，不超过1000字）")
    prompt_block(b, "（二）项目实施成效",
                 "（包括项目实施后服务企业数量、带动跨境电商出口额、新增就业人数等量化指标，不超过800字）")
    prompt_block(b, "（三）项目投资及费用明细",
                 "（按投资类别列明合同金额、已付金额及对应凭证编号，可另附表）")
    b.h1("三、承诺")
    b.body("本单位郑重承诺：所提交的申报书及全部附件材料真实、准确、完整，不存在虚报、瞒报、重复申报等情况；同一项目未获得其他省级财政资金支持；如有违反，本单位愿意承担相应法律责任，并同意退回已获得的补助资金。")
    b.empty(2)
    p = b.par(["法定代表人（签字）：　　　　　　申报单位（盖章）"], indent=True)
    p.paragraph_format.keep_with_next = True
    p = b.par([], indent=False)
    p.paragraph_format.keep_with_next = True
    b.par(["年　　月　　日　　　　"], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    # 版记 on the last page, after the attachment
    b.empty(3)
    p = b.par(["抄送：省审计厅，福州海关、厦门海关。"], indent=False, left=14, exact=28)
    p.runs[0].font.size = Pt(14)
    top_bottom_border(p)
    p.paragraph_format.keep_with_next = True
    p = b.par(["福建省商务厅办公室　　　　　　　　　　2026年3月9日印发"], indent=False, left=14, exact=28)
    p.runs[0].font.size = Pt(14)
    bottom_border(p, "000000", 8)

    meta = {
        "title": "福建省商务厅 福建省财政厅关于组织申报2026年度省级跨境电子商务发展专项资金项目的通知",
        "doc_number": "闽商务〔2026〕12号",
        "issuer": ["福建省商务厅", "福建省财政厅"],
        "date": "2026-03-06",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": None,
        "expires": None,
        "attachments": [
            "2026年度福建省跨境电子商务发展专项资金项目申报书",
            "2026年度福建省跨境电子商务发展专项资金项目汇总表",
        ],
        "doc_type": "通知",
        "recipients": ["各设区市商务局", "各设区市财政局", "平潭综合实验区经济发展局", "平潭综合实验区财政金融局"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return b, "blind467_fujian_tongzhi", [{"meta": meta, "clauses": b.clauses}]


# ================================================================ doc 2: Xi'an
def make_xian():
    b = Builder()
    doc = b.doc
    # no red header, no 文号: a web-posted notice
    b.empty(1)
    b.title(["西安市商务局关于组织开展2026年度",
             "外经贸发展专项资金（中欧班列和“一带一路”",
             "市场开拓方向）项目申报工作的通知"], size=20)
    b.empty(1)
    b.par(["各区县商务主管部门，各开发区管委会，各有关企业："], indent=False)
    b.body("为深入落实共建“一带一路”倡议，发挥中欧班列（西安）集结中心辐射带动作用，支持我市外贸企业开拓共建“一带一路”国家市场，根据《西安市外经贸发展专项资金管理办法》（市商发〔2024〕31号），现将2026年度项目申报工作有关事项通知如下：")
    # headings typed as bold 仿宋 runs, not 黑体
    b.h1("一、支持内容", name=FS, bold=True)
    b.runin("（一）中欧班列运输费用支持。", "对通过中欧班列（西安）运输本市生产或经营的出口货物的外贸企业，按照2025年度实际发运量给予支持，每标准箱支持500元，单个企业最高不超过80万元。", hfont=FS, hbold=True)
    b.runin("（二）境外展会参展支持。", "对企业参加《2026年度西安市重点境外展会目录》（附件2）所列展会的，按照展位费的70%给予支持，单个展会最高不超过5万元，单个企业年度最高不超过30万元。", hfont=FS, hbold=True)
    b.runin("（三）海外营销网络建设支持。", "对企业在共建“一带一路”国家设立展示中心、营销中心或售后服务网点的，按照租金和装修费用的30%给予支持，单个企业最高不超过50万元。", hfont=FS, hbold=True)
    b.h1("二、申报条件", name=FS, bold=True)
    b.body("申报企业应当符合以下条件：")
    b.body("（一）在西安市行政区域内注册，具有独立法人资格，2025年度有进出口实绩；")
    # a soft line break in the middle of a sentence (typed to force a line wrap)
    a1 = "（二）企业财务管理制度健全，近两年无海关、税务、外汇等方面的"
    a2 = "严重违法违规记录；"
    p = b.par([a1])
    p.runs[0].add_break()
    font(p.add_run(a2), FS, 16)
    b.clauses.append(a1 + a2)
    b.body("（三）同一事项已获得中央或省级财政资金支持的，不得重复申报。")
    b.h1("三、申报材料", name=FS, bold=True)
    b.body("申报企业须提交以下材料（一式三份，A4纸装订）：")
    b.body("（一）《2026年度西安市外经贸发展专项资金项目申报书》（附件1）；")
    b.body("（二）营业执照、海关进出口货物收发货人备案回执复印件；")
    b.body("（三）支持事项相关证明材料：")
    b.body("1.中欧班列运输费用支持：提供运输合同、铁路运单（或多式联运提单）、运费发票及付款凭证；")
    b.body("2.境外展会参展支持：提供参展合同、展位费发票、付汇凭证及现场照片；")
    b.body("3.海外营销网络建设支持：提供境外注册证明、租赁合同、装修合同及付款凭证。")
    b.h1("四、申报时间及方式", name=FS, bold=True)
    b.runin("（一）申报时间。", "2026年1月20日至2月28日，逾期不予受理。", hfont=FS, hbold=True)
    b.runin("（二）申报方式。", "企业将纸质材料报送至注册地区县（开发区）商务主管部门，同时将电子版（PDF格式）发送至指定邮箱。", hfont=FS, hbold=True)
    b.runin("（三）初审推荐。", "各区县、开发区商务主管部门要认真做好政策宣传和项目初审工作，对申报材料的真实性、合规性进行审核，并于2026年3月10日前将初审意见及项目汇总表报送市商务局对外贸易处。", hfont=FS, hbold=True)
    b.h1("五、联系方式", name=FS, bold=True)
    b.body("联系人及联系方式：")
    b.grid_table(["单位", "联系人", "电话", "邮箱"], [
        ["市商务局对外贸易处", "王振华", "029-86787215", "xasswj_wmc@163.com"],
        ["市商务局对外投资和经济合作处", "李婧", "029-86787236", "xasswj_hzc@163.com"],
        ["西安国际港务区管委会商务局", "赵鹏", "029-83361102", "gwqswj_sb@163.com"],
    ], widths=(5.2, 2.2, 3.4, 4.6), size=12)
    b.empty(1)
    b.par(["附件：1.2026年度西安市外经贸发展专项资金项目申报书"])
    # second attachment line aligned by left indent (no manual spaces)
    b.par(["2.2026年度西安市重点境外展会目录"], indent=False, left=128)
    b.empty(3)
    # 落款 pushed right by typed spaces
    b.par(["　　　　　　　　　　　　　　　　　西安市商务局"], indent=False)
    b.par(["　　　　　　　　　　　　　　　　2026年1月15日"], indent=False)
    b.body("（此件主动公开）", clause=False)

    # ---------------- attachment 1
    b.page_break()
    b.par([("附件1", HT, 16)], indent=False)
    b.empty(4)
    b.title(["2026年度西安市外经贸发展专项资金", "项目申报书"], size=26)
    b.empty(4)
    fields(b, [
        ("申报企业（盖章）：", "　　　　　　　　　　　　　　"),
        ("申报事项：", "　　　　　　　　　　　　　　　　　"),
        ("所在区县（开发区）：", "　　　　　　　　　　　　　"),
        ("填报日期：", "　　　　年　　月　　日　　　　　　"),
    ], underline_style=True)
    b.empty(2)
    b.par([("西安市商务局　制", KT, 16)], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    b.page_break()
    b.par([("填报说明", HT, 22)], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, exact=40)
    # 填报说明 items inside a one-cell bordered box (layout table)
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    c = box.cell(0, 0)
    notes = [
        "1.本申报书适用于申报2026年度西安市外经贸发展专项资金（中欧班列和“一带一路”市场开拓方向）项目。",
        "2.申报企业应当按照本申报书格式如实填写，不得自行改变格式，内容较多的可另附页。",
        "3.同一企业申报多个支持事项的，应当在“二、项目情况”中分事项填写。",
        "4.申报书一式三份，首页及承诺书须加盖企业公章。",
    ]
    for i, s in enumerate(notes):
        pp = c.paragraphs[0] if i == 0 else c.add_paragraph()
        pp.paragraph_format.first_line_indent = Pt(28)
        pp.paragraph_format.line_spacing = Pt(26)
        pp.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        font(pp.add_run(s), FS, 14)
        b.clauses.append(s)
    b.page_break()
    b.h1("一、企业基本情况")
    b.form_table([
        [("企业名称", "")],
        [("统一社会信用代码", ""), ("海关编码", "")],
        [("注册地址", "")],
        [("所在区县（开发区）", ""), ("企业类型", "")],
        [("法定代表人", ""), ("联系电话", "")],
        [("经办人", ""), ("手机", "")],
    ])
    b.empty(1)
    b.par([("近两年主要经营指标（单位：万美元）", HT, 14)], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    b.grid_table(["指标", "2024年", "2025年", "同比增长（%）"], [
        ["进出口总额", "", "", ""],
        ["其中：出口额", "", "", ""],
        ["对共建“一带一路”国家出口额", "", "", ""],
        ["中欧班列（西安）发运量（标准箱）", "", "", ""],
    ], widths=(6.4, 2.8, 2.8, 3.6), size=12)
    b.empty(1)
    b.h1("二、项目情况")
    prompt_block(b, "（一）企业基本情况及国际市场开拓情况",
                 "（包括企业主营业务、主要出口产品及市场、在共建“一带一路”国家市场开拓情况等，不超过800字）")
    prompt_block(b, "（二）申报事项具体情况",
                 "（按照中欧班列运输费用、境外展会参展、海外营销网络建设分事项填写，列明发生时间、金额及对应凭证，不超过1000字）")
    prompt_block(b, "（三）资金使用计划及预期效益", "（不超过500字）")
    b.h1("三、承诺")
    b.par([("承 诺 书", XBS, 18)], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    b.body("本企业对本次申报材料的真实性、准确性、完整性负责，所报事项未获得中央或省级财政资金重复支持。如存在弄虚作假、骗取套取财政资金等行为，本企业自愿退回全部支持资金，承担相应法律责任，并同意将有关情况纳入公共信用信息系统。")
    b.empty(2)
    b.par(["　　　　　　　　　　法定代表人（签字）："], indent=False)
    b.par(["　　　　　　　　　　企业（盖章）："], indent=False)
    b.par(["　　　　　　　　　　　　　　年　　月　　日"], indent=False)

    # ---------------- attachment 2
    b.page_break()
    b.par([("附件2", HT, 16)], indent=False)
    b.empty(1)
    b.title(["2026年度西安市重点境外展会目录"], size=22)
    b.empty(1)
    b.grid_table(["序号", "展会名称", "举办国家", "举办城市", "举办时间"], [
        ["1", "哈萨克斯坦国际工业博览会", "哈萨克斯坦", "阿斯塔纳", "2026年4月"],
        ["2", "乌兹别克斯坦国际工业展", "乌兹别克斯坦", "塔什干", "2026年5月"],
        ["3", "俄罗斯国际工业博览会（INNOPROM）", "俄罗斯", "叶卡捷琳堡", "2026年7月"],
        ["4", "中东（迪拜）国际五金工具展", "阿联酋", "迪拜", "2026年3月"],
        ["5", "波兰波兹南国际博览会", "波兰", "波兹南", "2026年6月"],
        ["6", "马来西亚国际清真展（MIHAS）", "马来西亚", "吉隆坡", "2026年9月"],
    ], widths=(1.4, 6.2, 2.8, 2.6, 2.6), size=12)

    meta = {
        "title": "西安市商务局关于组织开展2026年度外经贸发展专项资金（中欧班列和“一带一路”市场开拓方向）项目申报工作的通知",
        "doc_number": None,
        "issuer": ["西安市商务局"],
        "date": "2026-01-15",
        "published": None,
        "level": "municipal",
        "region": "西安市",
        "effective": None,
        "expires": None,
        "attachments": [
            "2026年度西安市外经贸发展专项资金项目申报书",
            "2026年度西安市重点境外展会目录",
        ],
        "doc_type": "通知",
        "recipients": ["各区县商务主管部门", "各开发区管委会", "各有关企业"],
        "publicity": "此件主动公开",
        "repeals": None,
    }
    return b, "blind467_xian_tongzhi", [{"meta": meta, "clauses": b.clauses}]


# ================================================================ doc 3: Wuhan FTZ area
def make_wuhan():
    b = Builder()
    doc = b.doc
    b.par([("中国（湖北）自由贸易试验区武汉片区", XBS, 26, False)], indent=False,
          align=WD_ALIGN_PARAGRAPH.CENTER, exact=40)
    b.par([("管理委员会文件", XBS, 36, False)], indent=False,
          align=WD_ALIGN_PARAGRAPH.CENTER, exact=52)
    for p in doc.paragraphs[-2:]:
        for r in p.runs:
            r.font.color.rgb = RED
    b.empty(1)
    b.par(["鄂自贸武管发〔2026〕7号"], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    b.red_line()
    b.empty(1)
    b.title(["中国（湖北）自由贸易试验区武汉片区",
             "管理委员会关于开展2026年度外商投资",
             "促进奖励项目申报工作的通知"])
    b.empty(1)
    b.par(["片区各部门，各有关企业："], indent=False)
    b.body("为深入实施自由贸易试验区提升战略，进一步稳外资、促开放，根据《中国（湖北）自由贸易试验区武汉片区促进外商投资若干措施》（鄂自贸武管发〔2025〕15号）有关规定，现就开展2026年度外商投资促进奖励项目申报工作有关事项通知如下：")
    b.h1("一、奖励对象和标准")
    b.h2("（一）新设外商投资企业奖励")
    b.body("1.2025年1月1日至12月31日期间在片区内新注册设立、实际到位外资金额（以商务部门外资统计数据为准）达到1000万美元及以上的外商投资企业，按照实际到位外资金额的1%给予奖励，最高不超过500万元。")
    b.body("2.世界500强企业、境外上市公司在片区设立的地区总部、研发中心，在前款基础上上浮20%。")
    b.runin("（二）增资扩股奖励。", "现有外商投资企业2025年度以利润再投资或境外股东增资方式实际到位外资500万美元及以上的，按照实际到位外资金额的0.5%给予奖励，最高不超过300万元。")
    b.h2("（三）综合保税区保税研发及全球维修奖励")
    b.body("1.对在武汉东湖综合保税区内开展保税研发业务的企业，按照年度保税研发进口料件货值分档给予奖励：")
    b.body("（1）货值达到1000万元的，给予20万元奖励；")
    b.body("（2）货值达到5000万元的，给予50万元奖励；")
    b.body("（3）货值达到1亿元的，给予100万元奖励。")
    b.body("2.对在综合保税区内开展全球维修业务、年维修货值达到2000万元的企业，给予30万元一次性奖励。")
    b.runin("（四）招商引资中介奖励。", "对引荐外商投资项目落户片区的中介机构，按照项目实际到位外资金额的0.3%给予奖励，单个项目最高不超过50万元。")
    b.h1("二、申报条件")
    b.body("（一）申报企业在片区范围内依法注册登记并实际经营，税收征管关系在片区内；")
    b.body("（二）外资到位金额以商务部外商投资信息报告系统和外汇管理部门数据为准；")
    b.body("（三）申报企业近三年未发生重大违法违规行为，未被列入经营异常名录或严重失信主体名单；")
    b.body("（四）享受奖励后5年内不得迁离片区，否则须退回已获得的奖励资金。")
    b.h1("三、申报程序")
    b.runin("（一）网上申报。", "申报企业于2026年4月15日至5月31日登录“武汉自贸片区惠企政策服务平台”填写申报信息，上传申报书及证明材料扫描件。")
    b.runin("（二）材料报送。", "网上申报完成后，申报企业将纸质申报书（附件）及证明材料一式两份报送至片区管委会政务服务中心3号窗口。")
    b.runin("（三）审核兑现。", "经济发展局会同财政局、综合保税区管理办公室对申报材料进行审核，必要时委托第三方机构开展专项审计，审核结果经片区管委会主任办公会审定并公示7个工作日后拨付奖励资金。")
    b.h1("四、其他事项")
    b.body("（一）申报企业应当对申报材料的真实性、合法性负责。对提供虚假材料骗取奖励资金的，追回已拨付资金，取消其3年内申报片区各类扶持政策的资格，并依法依规追究相关责任。")
    b.body("（二）本通知所列奖励与片区其他同类政策不重复享受，按照“就高不就低”原则执行。")
    b.body("（三）本通知由片区管委会经济发展局负责解释。")
    b.h1("五、联系方式")
    b.body("各事项咨询联系方式如下：")
    header = ["事项", "责任部门", "联系人", "联系电话"]
    rows = [
        ["外商投资企业奖励", "经济发展局外资促进科", "周敏", "027-87771523"],
        ["外商投资企业奖励", "政务服务中心", "陈晨", "027-87771300"],
        ["保税研发及全球维修奖励", "综合保税区管理办公室", "吴昊", "027-87771618"],
        ["招商引资中介奖励", "投资促进局", "马骁", "027-87771702"],
    ]
    # first column of rows 1-2 merged vertically (text shown once)
    b.grid_table(header, rows, widths=(4.4, 4.8, 2.2, 3.6), size=12, merges=[(1, 0, 2, 0)])
    b.empty(1)
    b.par(["附件：2026年度武汉自贸片区外商投资促进奖励项目申报书"])
    b.empty(3)
    b.par(["中国（湖北）自由贸易试验区武汉片区管理委员会"], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.par(["二〇二六年四月八日　　　　　　"], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.body("（此件公开发布）", clause=False)
    # 版记 placed right after the 落款, before the attachment
    b.empty(2)
    p = b.par(["抄送：武汉市商务局、市财政局，武汉海关。"], indent=False, left=14)
    p.runs[0].font.size = Pt(14)
    top_bottom_border(p)
    p.paragraph_format.keep_with_next = True
    p = b.par(["武汉自贸片区管委会办公室　　　　　　　　2026年4月8日印发"], indent=False, left=14)
    p.runs[0].font.size = Pt(14)
    bottom_border(p, "000000", 8)

    # ---------------- attachment (template)
    b.page_break()
    b.par([("附件", HT, 16)], indent=False)
    b.empty(4)
    b.title(["2026年度武汉自贸片区外商投资促进", "奖励项目申报书"], size=26)
    b.empty(6)
    # cover fields in a borderless layout table
    ct = doc.add_table(rows=3, cols=2)
    cell_borders_none(ct)
    ct.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (lab, blank) in enumerate([
        ("项目名称：", "______________________"),
        ("申报单位（盖章）：", "______________________"),
        ("填报日期：", "______年____月____日"),
    ]):
        cell_text(ct.cell(i, 0), lab, FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
        cell_text(ct.cell(i, 1), blank, FS, 16, align=WD_ALIGN_PARAGRAPH.LEFT)
        ct.rows[i].height = Cm(1.3)
        ct.rows[i].cells[0].width = Cm(5.0)
        ct.rows[i].cells[1].width = Cm(9.0)
    b.page_break()
    b.par([("填报说明", HT, 22)], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, exact=40)
    b.empty(1)
    b.auto_items([
        "本申报书由申报企业填写，中介机构申报招商引资中介奖励的，由中介机构填写。",
        "“实际到位外资金额”以商务部外商投资信息报告系统数据为准，单位为万美元。",
        "申报多项奖励的，应当在“二、项目情况”中逐项说明。",
        "申报书须用A4纸打印，加盖公章后与证明材料一并装订。",
    ])
    b.page_break()
    b.h1("一、企业基本情况")
    b.form_table([
        [("企业名称", "")],
        [("统一社会信用代码", ""), ("注册资本（万美元）", "")],
        [("成立日期", ""), ("外资到位金额（万美元）", "")],
        [("主要外方投资者", ""), ("投资者国别（地区）", "")],
        [("所属行业", "（按国民经济行业分类填写）")],
        [("是否位于综合保税区", "□是　□否"), ("员工人数", "")],
        [("联系人", ""), ("联系电话", "")],
    ])
    b.empty(1)
    b.h1("二、项目情况")
    prompt_block(b, "（一）投资项目概况",
                 "（简述投资方背景、项目建设内容、投资总额、注册资本及外资到位情况，不超过1000字）")
    prompt_block(b, "（二）对片区产业发展的贡献", "（不超过500字）")
    prompt_block(b, "（三）申请奖励事项及金额测算", "（按照通知所列标准逐项测算，列明计算依据）")
    b.h1("三、承诺")
    b.body("本单位郑重承诺：")
    b.body("1.所填报的信息及提交的材料真实、准确、完整，不存在虚假记载或重大遗漏；")
    b.body("2.申报事项未同时享受片区其他同类奖励政策；")
    b.body("3.享受奖励后5年内不迁离片区；")
    b.body("4.如有违反上述承诺，自愿退回全部奖励资金，并承担相应法律责任。")
    b.empty(2)
    b.par(["法定代表人（签字）：　　　　　　　　　"], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.par(["单位（盖章）：　　　　　　　　　"], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.par(["年　　月　　日　　　　"], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)

    meta = {
        "title": "中国（湖北）自由贸易试验区武汉片区管理委员会关于开展2026年度外商投资促进奖励项目申报工作的通知",
        "doc_number": "鄂自贸武管发〔2026〕7号",
        "issuer": ["中国（湖北）自由贸易试验区武汉片区管理委员会"],
        "date": "2026-04-08",
        "published": None,
        "level": "zone",
        "region": "中国（湖北）自由贸易试验区武汉片区",
        "effective": None,
        "expires": None,
        "attachments": ["2026年度武汉自贸片区外商投资促进奖励项目申报书"],
        "doc_type": "通知",
        "recipients": ["片区各部门", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return b, "blind467_wuhan_tongzhi", [{"meta": meta, "clauses": b.clauses}]


def main():
    expected = {}
    for fn in (make_fujian, make_xian, make_wuhan):
        b, stem, objs = fn()
        path = os.path.join(HERE, stem + ".docx")
        b.save(path)
        subprocess.run(
            ["soffice", "-env:UserInstallation=file:///tmp/lo_467", "--headless",
             "--convert-to", "pdf", "--outdir", HERE, path],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        expected[stem] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
