# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 521: 国际医疗 / 港澳药品医疗器械 pilot policies."""
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
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)


# ----------------------------------------------------------------- helpers
def set_font(run, east, size=16, bold=False, color=None, west="Times New Roman"):
    run.font.name = west
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), west)
    rfonts.set(qn("w:hAnsi"), west)


def fmt(p, align=None, first=None, left=None, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def add_runs(p, segs):
    """segs: list of (text, font, size, bold[, color]). '\n' inside text -> soft line break."""
    for seg in segs:
        text, font, size, bold = seg[:4]
        color = seg[4] if len(seg) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            set_font(r, font, size, bold, color)
            if i < len(parts) - 1:
                r.add_break()


def key_text(segs):
    return "".join(s[0] for s in segs).replace("\n", "").strip().strip("\u3000").strip()


def bottom_border(p, color="FF0000", sz=12, side="bottom"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)


def add_field(p, instr, font=SONG, size=14):
    r1 = p.add_run()
    set_font(r1, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._r.append(fc)
    r2 = p.add_run()
    set_font(r2, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2._r.append(it)
    r3 = p.add_run()
    set_font(r3, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._r.append(fc)
    r4 = p.add_run("1")
    set_font(r4, font, size)
    r5 = p.add_run()
    set_font(r5, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._r.append(fc)


def setup(doc):
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
        set_font(r, SONG, 14)
        add_field(fp, "PAGE")
        r = fp.add_run(" —")
        set_font(r, SONG, 14)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rpr = st.element.rPr
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)


_abs_counter = [100]


def new_numbering(doc, lvl_text, first=32):
    """Create a fresh single-level decimal list; returns numId."""
    numbering = doc.part.numbering_part.element
    _abs_counter[0] += 1
    aid = _abs_counter[0]
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                     ("w:lvlText", lvl_text), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), str(int(first * 20)))
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    an.append(lvl)
    # abstractNum elements must precede num elements
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(an)
    else:
        numbering.append(an)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), str(aid))
    num.append(a)
    numbering.append(num)
    return nid


def set_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(nid))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(20)
    add_runs(p, [(text, font, size, bold)])


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def set_col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, wcm in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(wcm / 2.54 * 1440)))
    tblpr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    for row in table.rows:
        trpr = row._tr.get_or_add_trPr()
        cs = OxmlElement("w:cantSplit")
        trpr.insert(0, cs)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


class Writer:
    def __init__(self):
        self.doc = Document()
        setup(self.doc)
        self.clauses = None

    def start(self):
        self.clauses = []
        return self.clauses

    def empty(self, n=1):
        for _ in range(n):
            p = self._new_p()
            fmt(p)

    def body(self, segs, clause=True, first=32, align=WD_ALIGN_PARAGRAPH.JUSTIFY, numid=None,
             prefix="", left=None):
        if isinstance(segs, str):
            segs = [(segs, FS, 16, False)]
        p = self._new_p()
        fmt(p, align=align, first=first, left=left)
        if numid is not None:
            set_num(p, numid)
        add_runs(p, segs)
        if clause:
            self.clauses.append(prefix + key_text(segs))
        return p

    def runin(self, head, rest, head_font=KT, bold=False, split_period=False):
        """run-in heading like （一）加强组织领导。……"""
        if split_period:
            segs = [(head.rstrip("。"), head_font, 16, bold), ("。" + rest, FS, 16, False)]
        else:
            segs = [(head, head_font, 16, bold), (rest, FS, 16, False)]
        return self.body(segs)

    def heading(self, text, font=HT, bold=False, first=32):
        p = self._new_p()
        fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=first)
        add_runs(p, [(text, font, 16, bold)])
        return p

    def title(self, text, size=22, line=36, before=0, after=0):
        p = self._new_p()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=line, before=before, after=after)
        add_runs(p, [(text, XBS, size, False)])
        return p

    def red_header(self, organ_text, docno, size=36, ltr_spacing=None):
        p = self._new_p()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=size + 14, before=12, after=18)
        add_runs(p, [(organ_text, XBS, size, False, RED)])
        p = self._new_p()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=28, after=6)
        add_runs(p, [(docno, FS, 16, False)])
        bottom_border(p, sz=18)
        self.empty(1)

    def page_break(self):
        self._pb = True

    def _new_p(self):
        p = self.doc.add_paragraph()
        if getattr(self, "_pb", False):
            p.paragraph_format.page_break_before = True
            self._pb = False
        return p

    def plain(self, text, font=FS, size=16, align=WD_ALIGN_PARAGRAPH.LEFT, first=0, line=28):
        p = self._new_p()
        fmt(p, align=align, first=first, line=line)
        add_runs(p, [(text, font, size, False)])
        return p

    def table(self, header, rows, widths, merge_col_rows=None, size=12, left_cols=()):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            cell_text(t.rows[0].cells[i], h, HT, size)
        repeat_header(t.rows[0])
        for ri, row in enumerate(rows):
            for ci, val in enumerate(row):
                skip = False
                if merge_col_rows:
                    for (mc, r0, r1) in merge_col_rows:
                        if ci == mc and r0 < ri <= r1:
                            skip = True
                if skip:
                    continue
                al = WD_ALIGN_PARAGRAPH.LEFT if ci in left_cols else WD_ALIGN_PARAGRAPH.CENTER
                cell_text(t.rows[ri + 1].cells[ci], val, FS, size, align=al)
            self.clauses.append("；".join(
                "%s：%s" % (h.replace("\n", ""), v.replace("\n", "")) for h, v in zip(header, row)))
        if merge_col_rows:
            for (mc, r0, r1) in merge_col_rows:
                a = t.rows[r0 + 1].cells[mc]
                b = t.rows[r1 + 1].cells[mc]
                a.merge(b)
        set_col_widths(t, widths)
        return t

    def banji(self, chaosong, yinfa_organ, yinfa_date, pad=14):
        self.empty(1)
        p = self._new_p()
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, first=0, left=14, line=28)
        add_runs(p, [(chaosong, FS, 14, False)])
        bottom_border(p, "000000", 4, "top")
        bottom_border(p, "000000", 4, "bottom")
        p = self._new_p()
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, first=0, left=14, line=28)
        add_runs(p, [(yinfa_organ + " " * pad + yinfa_date + "印发", FS, 14, False)])
        bottom_border(p, "000000", 8, "bottom")

    def save(self, stem):
        path = os.path.join(HERE, stem + ".docx")
        self.doc.save(path)
        return path


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None, level=None,
                region=None, effective=None, expires=None, attachments=[], doc_type=None,
                recipients=[], publicity=None, repeals=None)
    base.update(kw)
    return base


EXPECTED = {}

# =================================================================== doc 1
# 深圳市前海管理局 通知 + 实施方案 + 附件1 任务分工表 + 附件2 进口药品目录
def build_qianhai():
    stem = "blind521_qianhai_fangan"
    w = Writer()
    objs = []

    # ---------- notice
    c = w.start()
    w.red_header("深圳市前海管理局文件", "深前海〔2026〕9号")
    notice_title = ("深圳市前海管理局关于印发《前海蛇口片区国际医疗与港澳药品医疗器械\n"
                    "跨境使用试点实施方案》的通知")
    p = w.doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=36)
    add_runs(p, [(notice_title, XBS, 22, False)])
    w.body("局属各部门、各直属单位，片区各有关医疗卫生机构：", clause=False, first=0)
    w.body("为贯彻落实《全面深化前海深港现代服务业合作区改革开放方案》和国家药品监督管理局等部门关于"
           "粤港澳大湾区药品医疗器械监管创新发展的部署要求，推动港澳药品医疗器械在前海蛇口片区跨境使用"
           "先行先试，我局会同深圳市卫生健康委员会、深圳市市场监督管理局制定了《前海蛇口片区国际医疗与"
           "港澳药品医疗器械跨境使用试点实施方案》，经局务会审议通过，现印发给你们，请结合实际认真组织"
           "实施。")
    w.body("（联系人：陈晓东，联系电话：0755-88661234）")
    w.empty(1)
    # 落款 typed with manual spaces
    w.plain(" " * 58 + "深圳市前海管理局", first=0)
    w.plain(" " * 60 + "2026年2月6日", first=0)
    w.body("（此件公开发布）", clause=False, first=32)
    objs.append({
        "meta": meta(
            title="深圳市前海管理局关于印发《前海蛇口片区国际医疗与港澳药品医疗器械跨境使用试点实施方案》的通知",
            doc_number="深前海〔2026〕9号",
            issuer=["深圳市前海管理局"],
            date="2026-02-06",
            level="zone",
            region="中国（广东）自由贸易试验区深圳前海蛇口片区",
            doc_type="通知",
            recipients=["局属各部门", "各直属单位", "片区各有关医疗卫生机构"],
            publicity="此件公开发布",
        ),
        "clauses": c,
    })

    # ---------- 方案
    c = w.start()
    w.page_break()
    # title split over two paragraphs
    w.title("前海蛇口片区国际医疗与港澳药品医疗器械")
    w.title("跨境使用试点实施方案")
    w.empty(1)
    w.body("为深入贯彻落实党中央、国务院关于推进粤港澳大湾区建设的决策部署，用好用足“港澳药械通”政策，"
           "加快建设国际化医疗服务体系，结合前海蛇口片区（以下简称片区）实际，制定本方案。")
    w.heading("一、总体要求")
    w.body("以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，立足前海"
           "“扩区”“改革开放”两个方案，以制度创新为核心，以满足港澳居民和国际人士医疗需求为导向，在风险"
           "可控前提下，稳步扩大港澳药品医疗器械在片区指定医疗机构的使用范围，推动国际医疗服务规则衔接、"
           "机制对接，为粤港澳大湾区医疗卫生合作积累可复制可推广经验。")
    w.runin("（一）工作原则。", "坚持需求导向，聚焦临床急需和港澳居民用药习惯；坚持风险可控，实行全链条"
            "追溯和闭环管理；坚持协同推进，强化深港澳三地监管部门信息互通和联合执法。")
    w.heading("（二）工作目标", font=KT)
    w.body("到2026年底，片区内指定医疗机构达到8家以上，引进已在港澳上市的临床急需药品不少于40种、医疗器械"
           "不少于15种，建立覆盖进口、储存、使用、不良反应监测全流程的追溯管理体系。")
    w.body("到2027年底，形成较为完善的国际医疗服务标准和跨境药械监管制度体系，打造粤港澳大湾区国际医疗"
           "服务高地。")
    w.heading("二、主要任务", font=HT, bold=True)
    w.runin("（一）扩大指定医疗机构范围。", "支持片区内符合条件的公立医院、港资独资或者合资医疗机构申报"
            "“港澳药械通”指定医疗机构。指定医疗机构应当具备相应诊疗科目和专业技术人员，建立药事管理与药物"
            "治疗学委员会及医疗器械临床使用管理委员会。")
    w.runin("（二）优化临床急需药品医疗器械审批流程。", "由深圳市市场监督管理局委托片区开展审批服务，重点"
            "推进以下工作：")
    nid = new_numbering(w.doc, "%1.")
    w.body("实行目录管理。对列入《前海蛇口片区首批临床急需进口药品目录》（见附件2）的品种，指定医疗机构可"
           "直接提出申请，审批时限压缩至10个工作日。", numid=nid, prefix="1.")
    w.body("推行“一次申请、分批进口”。同一品种在批准有效期内可以分批次进口，每批次无需重复提交申请材料。",
           numid=nid, prefix="2.")
    w.body("建立绿色通道。对抢救危重患者急需的品种，实行“即报即审”，原则上2个工作日内办结。",
           numid=nid, prefix="3.")
    w.runin("（三）完善进口通关便利措施", "依托前海综合保税区和深圳湾口岸，对指定医疗机构进口的港澳药品"
            "医疗器械实行“白名单”管理，凭审批文件办理通关手续，海关优先查验、快速放行。探索在前海综合保税区"
            "设立港澳药品医疗器械集中仓储配送中心。", split_period=True)
    w.runin("（四）强化全流程追溯管理。", "建设前海港澳药械追溯管理平台，实现进口、入库、调配、使用、"
            "不良反应报告全过程“一物一码”可追溯。指定医疗机构应当在使用后48小时内将使用信息上传平台。")
    w.runin("（五）规范临床使用管理。", "指定医疗机构应当严格按照批准的适应症和用法用量使用港澳药品"
            "医疗器械，并做到：")
    w.body("1.使用前向患者或者其监护人充分说明用药风险，签署知情同意书，病历中如实记录使用情况。")
    w.body("2.建立不良反应监测报告制度，按照以下时限报告：")
    w.body("（1）新的或者严重的不良反应，自发现之日起15日内报告；")
    w.body("（2）死亡病例，立即报告；")
    w.body("（3）其他不良反应，自发现之日起30日内报告。")
    w.runin("（六）推动国际医疗服务规则衔接。", "支持港澳医师依法在片区医疗机构短期执业，推动与香港医院管理局"
            "在临床指南、诊疗规范、质量评价等方面对接，探索开展国际医疗保险直接结算。")
    w.runin("（七）培育国际医疗服务产业生态。", "支持在片区设立港澳药品医疗器械进口代理企业和第三方医药冷链"
            "物流企业；对首次落户片区并开展港澳药械进口业务的企业，按照前海合作区现代服务业发展有关支持政策"
            "给予支持。")
    w.runin("（八）加强跨境监管协作。", "与香港特别行政区政府卫生署、澳门特别行政区药物监督管理局建立信息"
            "通报机制，定期交换药品医疗器械安全信息，对发现的质量安全问题实行联合调查处置。")
    w.empty(1)
    w.heading("三、保障措施")
    w.runin("（一）加强组织领导。", "成立由局主要负责同志任组长的试点工作领导小组，领导小组办公室设在局"
            "社会事务处，统筹推进各项任务落实。各牵头单位要按照任务分工表（见附件1）细化工作措施，明确时间"
            "节点。")
    w.runin("（二）强化资金保障。", "统筹前海合作区产业发展专项资金，对追溯管理平台建设、指定医疗机构能力"
            "提升等予以支持。")
    w.runin("（三）加强宣传评估。", "及时总结推广试点经验，每年12月底前向市政府报送年度试点工作进展情况，"
            "适时开展第三方评估。")
    w.empty(1)
    # 附件 list typed with manual spaces
    att1 = "前海蛇口片区港澳药品医疗器械跨境使用试点重点任务分工表"
    att2 = "前海蛇口片区首批临床急需进口药品目录"
    w.body("附件：1." + att1, clause=False)
    w.body("      2." + att2, clause=False)

    # 附件1
    w.page_break()
    w.plain("附件1", font=HT)
    w.empty(1)
    w.title(att1, size=18, line=30, after=12)
    header = ["序号", "任务", "牵头单位", "配合单位", "完成时限"]
    rows = [
        ["1", "扩大指定医疗机构范围，新增指定医疗机构5家以上", "局社会事务处",
         "深圳市卫生健康委员会、\n南山区卫生健康局", "2026年底前"],
        ["2", "实行临床急需药品目录管理，审批时限压缩至10个工作日", "深圳市市场监督管理局前海分局",
         "局社会事务处", "2026年6月底前"],
        ["3", "建立抢救危重患者急需品种绿色通道", "深圳市市场监督管理局前海分局", "各指定医疗机构",
         "长期坚持"],
        ["4", "对港澳药品医疗器械实行通关“白名单”管理", "前海海关", "局综合保税区管理处", "长期坚持"],
        ["5", "建设前海港澳药械追溯管理平台", "局数字前海建设处", "局社会事务处、\n深圳市市场监督管理局前海分局",
         "2026年9月底前"],
        ["6", "支持港澳医师在片区医疗机构短期执业", "深圳市卫生健康委员会", "局社会事务处、局人才服务处",
         "长期坚持"],
        ["7", "探索开展国际医疗保险直接结算", "局金融发展处",
         "深圳市医疗保障局、国家金融监督管理总局深圳监管局", "2026年底前"],
        ["8", "建立深港澳药品医疗器械安全信息通报机制", "深圳市市场监督管理局", "局港澳合作处",
         "2026年底前"],
    ]
    # 完成时限 of rows 3 and 4 (index 2..3) typed once in a vertically merged cell
    w.table(header, rows, [1.1, 5.0, 3.2, 3.8, 2.5], merge_col_rows=[(4, 2, 3)], size=12,
            left_cols=(1,))

    # 附件2
    w.page_break()
    w.plain("附件2", font=HT)
    w.empty(1)
    w.title(att2, size=18, line=30, after=12)
    header2 = ["序号", "通用名称（中文）", "通用名称（英文）", "剂型", "规格", "上市地区"]
    rows2 = [
        ["1", "依库珠单抗注射液", "Eculizumab Injection", "注射剂", "300mg/30ml", "香港、澳门"],
        ["2", "氘丁苯那嗪片", "Deutetrabenazine Tablets", "片剂", "6mg", "香港"],
        ["3", "利司扑兰口服溶液用散", "Risdiplam for Oral Solution", "散剂", "60mg/瓶", "香港"],
        ["4", "艾曲泊帕乙醇胺片", "Eltrombopag Olamine Tablets", "片剂", "25mg", "香港、澳门"],
        ["5", "氨吡啶缓释片", "Fampridine Prolonged-release Tablets", "缓释片", "10mg", "香港"],
        ["6", "布罗索尤单抗注射液", "Burosumab Injection", "注射剂", "20mg/ml", "香港"],
        ["7", "奥法妥木单抗注射液", "Ofatumumab Injection", "注射剂", "20mg/0.4ml", "香港、澳门"],
        ["8", "卡博替尼片", "Cabozantinib Tablets", "片剂", "60mg", "澳门"],
    ]
    w.table(header2, rows2, [0.9, 3.4, 4.3, 1.8, 2.4, 2.8], size=11, left_cols=(2,))
    w.banji("抄送：深圳市人民政府办公厅，深圳市卫生健康委员会，深圳市市场监督管理局，前海海关。",
            "深圳市前海管理局办公室", "2026年2月6日")

    objs.append({
        "meta": meta(
            title="前海蛇口片区国际医疗与港澳药品医疗器械跨境使用试点实施方案",
            doc_number=None,
            issuer=["深圳市前海管理局"],
            date="2026-02-06",
            level="zone",
            region="中国（广东）自由贸易试验区深圳前海蛇口片区",
            attachments=[att1, att2],
            doc_type="方案",
        ),
        "clauses": c,
    })
    w.save(stem)
    EXPECTED[stem] = objs
    return stem


# =================================================================== doc 2
# 海南博鳌乐城 通知: Word numbering, full-width-space indents, soft breaks, layout table 落款
def build_boao():
    stem = "blind521_boao_tongzhi"
    w = Writer()
    c = w.start()
    w.red_header("海南博鳌乐城国际医疗旅游先行区管理局文件", "琼乐城管〔2025〕41号", size=20)
    title = ("海南博鳌乐城国际医疗旅游先行区管理局\n关于开展临床急需进口药品“带离先行区”\n"
             "使用试点工作的通知")
    p = w.doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=36)
    add_runs(p, [(title, XBS, 22, False)])
    w.empty(1)
    w.body("先行区各医疗机构，各有关药品经营企业，局属各部门：", clause=False, first=0)
    FW = "\u3000\u3000"
    # indent typed with full-width spaces instead of paragraph format
    w.body(FW + "为贯彻落实《海南自由贸易港建设总体方案》，根据《海南自由贸易港博鳌乐城国际医疗旅游先行区条例》"
           "和海南省药品监督管理局有关规定，经研究，决定在先行区开展临床急需进口药品“带离先行区”使用试点"
           "工作。现将有关事项通知如下：", first=0)
    w.heading("一、试点范围")
    w.runin("（一）试点药品。", "在先行区内获批使用、已在境外上市且属于口服、外用等非注射剂型的临床急需进口"
            "药品，经评估风险可控的，可以纳入“带离”品种清单。注射剂、麻醉药品、精神药品、医疗用毒性药品、"
            "放射性药品\n不纳入试点范围。")
    w.runin("（二）试点医疗机构。", "首批试点医疗机构共5家，名单如下：")
    header = ["序号", "医疗机构名称", "试点科室", "联系电话"]
    rows = [
        ["1", "博鳌乐城国际肿瘤医院", "肿瘤科、\n血液科", "0898-62881101"],
        ["2", "乐城国际罕见病诊疗中心", "神经内科、\n儿科", "0898-62881102"],
        ["3", "海南乐城国际眼科医院", "眼科", "0898-62881103"],
        ["4", "乐城国际皮肤病医院", "皮肤科", "0898-62881104"],
        ["5", "博鳌乐城国际医学中心", "内分泌科、风湿免疫科", "0898-62881105"],
    ]
    w.table(header, rows, [1.5, 6.0, 4.5, 3.6], size=14)
    w.runin("（三）适用对象。", "在试点医疗机构就诊，经主治医师评估需要在先行区外继续使用试点药品的患者。")
    w.heading("二、工作流程")
    w.runin("（一）处方评估。", "主治医师开具带离处方前，应当履行以下程序：", bold=True)
    nid = new_numbering(w.doc, "%1.")
    w.body("评估用药必要性。对患者病情、前期疗效和用药风险进行综合评估；", numid=nid, prefix="1.")
    w.body("履行告知义务。向患者或者其监护人充分告知用药风险，签署知情同意书；", numid=nid, prefix="2.")
    w.body("限定带离数量。单次带离数量按照以下标准确定：", numid=nid, prefix="3.")
    w.body(FW + "（1）慢性病长期用药的，不超过3个月用量；", first=0)
    w.body(FW + "（2）抗肿瘤药品，不超过1个疗程用量；", first=0)
    w.body(FW + "（3）罕见病用药，经医疗机构药事管理与药物治疗学委员会论证后，可以适当延长至6个月用量。", first=0)
    w.runin("（二）出院带药。", "试点医疗机构药学部门应当逐一核对处方、知情同意书和患者身份信息，在乐城先行区"
            "真实世界数据研究与药品追溯系统中完成“带离”登记后方可发药。", bold=True)
    w.runin("（三）离区核验。", "患者离开先行区时，应当主动出示带离药品电子凭证。先行区查验点工作人员通过"
            "追溯系统扫码核验，做到“人、药、单”一致。", bold=True)
    w.empty(1)
    w.heading("三、监督管理")
    w.body("（一）试点医疗机构是“带离”药品使用管理的责任主体，应当建立带离药品专用台账，做到账物相符、\n"
           "全程可追溯。")
    w.body("（二）患者不得转让、转售带离药品。发现违规转让、转售的，由有关部门依法查处，并将相关信息推送至"
           "海南省信用信息共享平台。")
    w.body("（三）先行区管理局会同海南省药品监督管理局对试点工作开展不定期检查，对违反规定的医疗机构，暂停"
           "或者取消其试点资格。")
    w.heading("四、其他事项")
    w.body("本通知自2026年1月1日起施行，试点期限至2027年12月31日。试点期间国家和我省出台新规定的，从其规定。")
    w.body("联系人：先行区管理局医疗服务部　黄丽娟，联系电话：0898-62881234。")
    w.empty(2)
    # 落款 in a borderless layout table (right cell), Chinese-numeral date
    t = w.doc.add_table(rows=2, cols=2)
    no_borders(t)
    cell_text(t.rows[0].cells[1], "海南博鳌乐城国际医疗旅游先行区管理局", FS, 16)
    cell_text(t.rows[1].cells[1], "二〇二五年十二月十八日", FS, 16)
    set_col_widths(t, [4.4, 11.2])
    w.empty(1)
    w.body("（此件公开发布）", clause=False)
    w.banji("抄送：海南省药品监督管理局，海南省卫生健康委员会，海口海关，琼海市人民政府。",
            "乐城先行区管理局综合办公室", "2025年12月18日", pad=16)
    EXPECTED[stem] = [{
        "meta": meta(
            title="海南博鳌乐城国际医疗旅游先行区管理局关于开展临床急需进口药品“带离先行区”使用试点工作的通知",
            doc_number="琼乐城管〔2025〕41号",
            issuer=["海南博鳌乐城国际医疗旅游先行区管理局"],
            date="2025-12-18",
            level="zone",
            region="海南博鳌乐城国际医疗旅游先行区",
            effective="2026-01-01",
            expires="2027-12-31",
            doc_type="通知",
            recipients=["先行区各医疗机构", "各有关药品经营企业", "局属各部门"],
            publicity="此件公开发布",
        ),
        "clauses": c,
    }]
    w.save(stem)
    return stem


# =================================================================== doc 3
# 广东省药品监督管理局 批复 (横琴): repeals earlier 批复, effective on issue, expiry
def build_hengqin():
    stem = "blind521_hengqin_pifu"
    w = Writer()
    c = w.start()
    w.red_header("广东省药品监督管理局", "粤药监函〔2026〕27号", size=34)
    p = w.doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=36)
    add_runs(p, [("广东省药品监督管理局\n关于同意横琴粤澳深度合作区扩大澳门\n药品医疗器械使用试点范围的批复",
                  XBS, 22, False)])
    w.empty(1)
    w.body("横琴粤澳深度合作区民生事务局：", clause=False, first=0)
    w.body("你局《关于申请扩大澳门药品医疗器械使用试点范围的请示》（琴民生〔2026〕3号）收悉。经研究，现批复"
           "如下：")
    w.body("一、同意在横琴粤澳深度合作区扩大澳门已上市药品医疗器械使用试点范围，新增以下3家医疗机构为指定"
           "医疗机构：")
    header = ["序号", "医疗机构名称", "机构类别"]
    rows = [
        ["1", "珠海市中西医结合医院横琴分院", "公立医疗机构"],
        ["2", "横琴粤澳国际康复医院", "澳资医疗机构"],
        ["3", "横琴濠江门诊部", "澳资医疗机构"],
    ]
    w.table(header, rows, [1.6, 8.4, 5.0], size=14)
    w.body("二、指定医疗机构可以使用的品种范围为已在澳门注册上市、属于临床急需的药品和医疗器械，具体品种由"
           "指定医疗机构按程序向我局申报，经审批后使用。")
    w.body("三、你局要切实履行属地管理责任，指导指定医疗机构：")
    w.body("（一）建立健全药品医疗器械采购、验收、储存、使用管理制度；")
    w.body("（二）严格执行进口药品医疗器械追溯管理要求，确保来源可查、去向可追；")
    w.body("（三）按照规定开展药品不良反应和医疗器械不良事件监测，发现严重不良反应或者不良事件的，应当在24小时"
           "内向我局报告。")
    w.body("四、本批复自印发之日起施行，有效期至2028年12月31日。《广东省药品监督管理局关于同意横琴粤澳深度"
           "合作区开展澳门药品医疗器械使用试点的批复》（粤药监函〔2023〕112号）同时废止，原指定的2家医疗"
           "机构继续纳入试点管理。")
    w.empty(3)
    w.plain(" " * 52 + "广东省药品监督管理局", first=0)
    w.plain(" " * 57 + "2026年3月12日", first=0)
    w.banji("抄送：国家药品监督管理局，广东省卫生健康委员会，拱北海关，横琴粤澳深度合作区执行委员会。",
            "广东省药品监督管理局办公室", "2026年3月12日")
    EXPECTED[stem] = [{
        "meta": meta(
            title="广东省药品监督管理局关于同意横琴粤澳深度合作区扩大澳门药品医疗器械使用试点范围的批复",
            doc_number="粤药监函〔2026〕27号",
            issuer=["广东省药品监督管理局"],
            date="2026-03-12",
            level="provincial",
            region="横琴粤澳深度合作区",
            effective="2026-03-12",
            expires="2028-12-31",
            doc_type="批复",
            recipients=["横琴粤澳深度合作区民生事务局"],
            repeals="《广东省药品监督管理局关于同意横琴粤澳深度合作区开展澳门药品医疗器械使用试点的批复》"
                    "（粤药监函〔2023〕112号）",
        ),
        "clauses": c,
    }]
    w.save(stem)
    return stem


def to_pdf(stem):
    src = os.path.join(HERE, stem + ".docx")
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_521", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def main():
    stems = [build_qianhai(), build_boao(), build_hengqin()]
    for s in stems:
        to_pdf(s)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
