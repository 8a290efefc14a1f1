# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 431: 巡视/巡察整改 documents."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)

ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def set_run_font(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color is not None:
        run.font.color.rgb = color


def add_bottom_border(p, color="FF0000", sz=18, side="bottom"):
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


def add_page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_run_font(r, "宋体", 14)
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._r.append(it)
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r._r.append(f2)
    r = p.add_run("1")
    set_run_font(r, "宋体", 14)
    r = p.add_run()
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._r.append(f3)
    r = p.add_run(" —")
    set_run_font(r, "宋体", 14)


def set_cell_borders(cell, **kw):
    tcpr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        val = kw.get(side, "nil")
        e = OxmlElement("w:" + side)
        if val == "nil":
            e.set(qn("w:val"), "nil")
        else:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(val[0]))
            e.set(qn("w:color"), val[1])
        b.append(e)
    tcpr.append(b)


def no_table_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def mark_header_row(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


class Builder:
    def __init__(self):
        self.d = Document()
        sec = self.d.sections[0]
        sec.page_height = Cm(29.7)
        sec.page_width = Cm(21.0)
        sec.top_margin = Cm(3.7)
        sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)
        add_page_number_footer(sec)
        st = self.d.styles["Normal"]
        st.font.name = FS
        st.font.size = Pt(16)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        # drop the template's leading empty paragraph? Document() starts empty.
        self.docs = []  # list of (stem-level) document dicts
        self.cur = None
        self._nums = {}

    # ---- key handling
    def new_doc(self, meta):
        self.cur = {"meta": meta, "clauses": []}
        self.docs.append(self.cur)

    # ---- paragraphs
    def para(self, runs, align="justify", indent=2, size=16, line=28,
             clause=False, before=0, after=0, container=None, numid=None,
             keep_text=None):
        """runs: str or list of (text, font, bold[, color]). '\n' in text -> soft line break."""
        cont = container if container is not None else self.d
        p = cont.add_paragraph()
        p.alignment = ALIGN[align]
        pf = p.paragraph_format
        pf.line_spacing = Pt(line)
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if indent:
            pf.first_line_indent = Pt(size * indent)
        if isinstance(runs, str):
            runs = [(runs, FS, False)]
        plain = ""
        for item in runs:
            text, font, bold = item[0], item[1], item[2]
            color = item[3] if len(item) > 3 else None
            size_r = item[4] if len(item) > 4 else size
            parts = text.split("\n")
            for i, part in enumerate(parts):
                if i > 0:
                    br = p.add_run()
                    br.add_break(WD_BREAK.LINE)
                if part:
                    r = p.add_run(part)
                    set_run_font(r, font, size_r, bold, color)
            plain += text.replace("\n", "")
        if numid is not None:
            ppr = p._p.get_or_add_pPr()
            npr = OxmlElement("w:numPr")
            il = OxmlElement("w:ilvl")
            il.set(qn("w:val"), "0")
            ni = OxmlElement("w:numId")
            ni.set(qn("w:val"), str(numid))
            npr.append(il)
            npr.append(ni)
            ppr.insert(0, npr)
        if clause:
            c = keep_text if keep_text is not None else plain.strip("\u3000 ")
            self.cur["clauses"].append(c)
        return p

    def empty(self, n=1):
        for _ in range(n):
            p = self.d.add_paragraph()
            p.paragraph_format.line_spacing = Pt(28)

    def page_break(self):
        p = self.d.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    # ---- numbering ("%1." with no tab after the number)
    def numbering(self, abstract_id=77):
        numbering = self.d.part.numbering_part.element
        an = OxmlElement("w:abstractNum")
        an.set(qn("w:abstractNumId"), str(abstract_id))
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
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), "32")
        rpr.append(sz)
        lvl.append(rpr)
        an.append(lvl)
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(an)
        else:
            numbering.append(an)
        return abstract_id

    def new_num(self, abstract_id, num_id):
        numbering = self.d.part.numbering_part.element
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(num_id))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), str(abstract_id))
        num.append(a)
        lo = OxmlElement("w:lvlOverride")
        lo.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        lo.append(so)
        num.append(lo)
        numbering.append(num)
        return num_id

    # ---- common blocks
    def title(self, text, size=22):
        self.para([(text, XBS, False)], align="center", indent=0, size=size,
                  line=33)

    def heading1(self, text):
        self.para([(text, HT, False)], indent=2)

    def heading2(self, text):
        self.para([(text, KT, False)], indent=2)

    def red_line(self):
        p = self.d.add_paragraph()
        p.paragraph_format.line_spacing = Pt(8)
        add_bottom_border(p, "FF0000", 18)

    def banji(self, lines):
        """版记 as a one-column table with black rules."""
        t = self.d.add_table(rows=len(lines), cols=1)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        t.columns[0].width = Cm(15.6)
        for i, ln in enumerate(lines):
            c = t.rows[i].cells[0]
            c.width = Cm(15.6)
            top = (12, "000000") if i == 0 else (4, "000000")
            bottom = (12, "000000") if i == len(lines) - 1 else (4, "000000")
            set_cell_borders(c, top=top, bottom=bottom)
            p = c.paragraphs[0]
            p.paragraph_format.line_spacing = Pt(28)
            p.paragraph_format.left_indent = Pt(14)
            r = p.add_run(ln)
            set_run_font(r, FS, 14)

    def save(self, stem):
        path = os.path.join(HERE, stem + ".docx")
        self.d.save(path)
        return path


def table_rows(b, headers, rows, widths, size=10.5, merge_col=None,
               merge_groups=()):
    """rows: list of lists; a value may be a str, or a list of str (separate
    paragraphs in one cell), or a str with '\n' (soft breaks)."""
    t = b.d.add_table(rows=1 + len(rows), cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = w
    hdr = t.rows[0]
    mark_header_row(hdr)
    for j, h in enumerate(headers):
        c = hdr.cells[j]
        c.width = widths[j]
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(h)
        set_run_font(r, HT, size)
    skip = set()
    for (start, end) in merge_groups:
        for k in range(start + 1, end + 1):
            skip.add((k, merge_col))
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.rows[i + 1].cells[j]
            c.width = widths[j]
            if (i, j) in skip:
                continue
            vals = val if isinstance(val, list) else [val]
            for k, v in enumerate(vals):
                p = c.paragraphs[0] if k == 0 else c.add_paragraph()
                p.paragraph_format.line_spacing = Pt(16)
                if j in (0,) or len(v) <= 8:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                else:
                    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                parts = v.split("\n")
                for n, part in enumerate(parts):
                    if n > 0:
                        p.add_run().add_break(WD_BREAK.LINE)
                    r = p.add_run(part)
                    set_run_font(r, FS, size)
    for (start, end) in merge_groups:
        a = t.cell(start + 1, merge_col)
        bcell = t.cell(end + 1, merge_col)
        a.merge(bcell)
    # answer-key rows
    for row in rows:
        items = []
        for j, val in enumerate(row):
            vals = val if isinstance(val, list) else [val]
            items.append(headers[j] + "：" + "".join(v.replace("\n", "") for v in vals))
        b.cur["clauses"].append("；".join(items))
    for (start, end) in merge_groups:
        pass  # merged cells keep the top value for every covered row in the key
    return t


def meta(**kw):
    base = {
        "title": None, "doc_number": None, "issuer": [], "date": None,
        "published": None, "level": None, "region": None, "effective": None,
        "expires": None, "attachments": [], "doc_type": None,
        "recipients": [], "publicity": None, "repeals": None,
    }
    base.update(kw)
    return base


# ---------------------------------------------------------------------------
# 1. 广西商务厅党组 整改工作方案 (with 问题清单和整改措施 table)
# ---------------------------------------------------------------------------
def doc_guangxi():
    b = Builder()
    b.new_doc(meta(
        title="中共广西壮族自治区商务厅党组关于自治区党委第三巡视组巡视反馈意见整改工作方案",
        doc_number="桂商党组发〔2025〕27号",
        issuer=["中共广西壮族自治区商务厅党组"],
        date="2025-09-18",
        level="provincial",
        region="广西壮族自治区",
        doc_type="方案",
    ))
    b.empty(1)
    b.para([("中共广西壮族自治区商务厅党组文件", XBS, False, RED, 26)],
           align="center", indent=0, size=26, line=40)
    b.empty(1)
    b.para([("桂商党组发〔2025〕27号", FS, False)], align="center", indent=0)
    b.red_line()
    b.empty(1)
    b.para([("中共广西壮族自治区商务厅党组\n关于自治区党委第三巡视组巡视反馈意见\n整改工作方案", XBS, False)],
           align="center", indent=0, size=22, line=33)
    b.empty(1)

    b.para("\u3000\u30002025年5月12日至7月10日，自治区党委第三巡视组对自治区商务厅党组开展了常规巡视，并于8月29日反馈了巡视意见。为坚决扛起巡视整改政治责任，确保反馈问题条条有整改、件件有着落，结合厅工作实际，制定本方案。",
           indent=0, clause=True)
    b.heading1("一、总体要求")
    b.para("坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入贯彻习近平总书记关于巡视工作的重要论述和对广西工作的重要指示要求，把巡视整改作为重大政治任务，与推进面向东盟的开放合作、高质量实施《区域全面经济伙伴关系协定》（RCEP）、建设中国（广西）自由贸易试验区等重点工作结合起来，以整改实效推动全区商务工作高质量发展。",
           clause=True)
    b.heading1("二、整改目标")
    b.para("到2025年12月底前，巡视反馈的4个方面6个具体问题基本完成整改，立行立改事项全部整改到位；到2026年6月底前，需要长期坚持的事项取得明显阶段性成效，建立健全一批管根本、利长远的制度机制，做到问题不整改不放过、整改不到位不销号。",
           clause=True)
    b.heading1("三、组织领导")
    b.para([("（一）成立整改工作领导小组。", KT, True),
            ("厅党组书记、厅长任组长，履行巡视整改第一责任人职责；厅党组成员、副厅长和驻厅纪检监察组组长任副组长；厅机关各处室、各直属单位主要负责同志为成员。领导小组办公室设在厅机关党委（人事处），负责整改工作的统筹协调、督促检查和情况汇总。", FS, False)],
           clause=True)
    b.para([("（二）压实整改责任。", KT, True),
            ("厅党组成员按照分工对分管领域整改任务负领导责任，各责任单位主要负责同志是本单位整改工作的直接责任人，要逐项制定整改措施，明确时间表、路线图、责任人。", FS, False)],
           clause=True)
    b.para([("（三）", KT, True), ("建立工作机制。", KT, True),
            ("实行整改工作周调度、月通报制度，领导小组办公室每月25日前汇总整改进展，形成整改台账，实行动态管理、销号管理。", FS, False)],
           clause=True)
    b.heading1("四、问题清单和整改措施")
    b.para("对照巡视反馈意见，梳理形成问题清单、任务清单、责任清单，具体如下：",
           clause=True)
    b.para([("巡视反馈问题清单和整改措施", HT, False)], align="center", indent=0,
           size=14, before=6, after=6)
    headers = ["序号", "反馈问题", "整改措施", "责任领导", "责任单位", "完成时限", "整改状态"]
    rows = [
        ["1",
         "贯彻落实党中央关于高质量共建“一带一路”决策部署有差距，推动西部陆海新通道与中欧班列、跨境物流衔接不够紧密。",
         ["1.制定《广西商务系统高质量共建“一带一路”三年行动计划（2026—2028年）》，明确年度目标任务。",
          "2.会同自治区发展改革委、交通运输厅建立陆海新通道班列运营联席会议制度，每季度召开1次会议。",
          "3.推动钦州港至重庆、成都方向“海铁联运+中欧班列”线路常态化运行，2025年新增线路不少于3条。"],
         "韦国栋", "对外投资和经济合作处、口岸协调处", "2025年12月底前", "已完成"],
        ["2",
         "自由贸易试验区制度创新成果不够突出，首创性、差异化改革探索不多，可复制推广经验数量偏少。",
         "1.建立自贸试验区制度创新项目库，实行“揭榜挂帅”，全年推出制度创新成果不少于20项。\n2.围绕中国—东盟跨境贸易便利化、沿边金融开放等领域开展差异化探索，形成一批首创性案例。",
         "韦国栋", "自贸试验区工作处（自治区自贸办综合协调处）", "2026年6月底前", "持续推进"],
        ["3",
         "跨境电商综合试验区建设统筹不够，部分试点城市线上综合服务平台功能单一，海外仓布局不够合理。",
         ["1.出台跨境电商综合试验区考核评估办法，对南宁、崇左、北海等综试区开展年度评估。",
          "2.推动线上综合服务平台与“单一窗口”数据对接，2025年底前实现申报数据“一次录入、多方共享”。",
          "3.支持企业在东盟国家布局建设海外仓，对新认定的自治区级公共海外仓给予资金支持。"],
         "黄丽萍", "电子商务和信息化处", "2025年12月底前", "已完成"],
        ["4",
         "综合保税区发展不平衡，个别综合保税区进出口规模小、入区项目少，绩效评估排名靠后。",
         ["1.对绩效评估结果为C类的综合保税区逐一制定“一区一策”提升方案。",
          "2.会同南宁海关开展综合保税区招商引资专项行动，力争新引进加工制造、保税维修等项目15个以上。"],
         "黄丽萍", "外贸发展处、口岸协调处", "2026年6月底前", "持续推进"],
        ["5",
         "外商投资服务保障不到位，外资企业投诉处理机制不健全，部分投诉办理超时限。",
         "1.修订《广西壮族自治区外商投资企业投诉工作办法》，明确受理、转办、办结时限。\n2.建立重点外资项目“服务专员”制度，对在谈、在建重点外资项目实行清单化跟踪服务。\n3.对2024年以来受理的外资企业投诉件开展“回头看”，逐件核查办理情况。",
         "陈永明", "外国投资管理处", "2025年10月底前", "已完成"],
        ["6",
         "落实全面从严治党主体责任不够有力，对直属单位监督管理偏弱，项目资金管理存在薄弱环节。",
         ["1.制定厅党组落实全面从严治党主体责任清单，每半年专题研究1次党风廉政建设工作。",
          "2.对2023年以来外经贸发展专项资金分配、使用情况开展全面自查，发现问题建立台账、限期整改。",
          "3.加强对直属单位“三重一大”事项决策执行情况的监督检查，每年开展不少于2次专项检查。"],
         "蒙志刚", "机关党委（人事处）、规划财务处", "长期坚持", "持续推进"],
    ]
    widths = [Cm(1.0), Cm(3.2), Cm(5.2), Cm(1.5), Cm(2.2), Cm(1.6), Cm(1.3)]
    # 责任领导 merged vertically for rows 1-2 and 3-4 (same leader)
    table_rows(b, headers, rows, widths, size=10.5, merge_col=3,
               merge_groups=[(0, 1), (2, 3)])
    b.empty(1)
    b.heading1("五、工作要求")
    b.para([("（一）坚持立行立改。", KT, True),
            ("对能够立即整改的问题，要马上就办、即知即改；对需要一定时间整改的问题，要明确阶段目标，持续推进、限时办结。", FS, False)],
           clause=True)
    b.para([("（二）强化督促检查。", KT, True),
            ("领导小组办公室要加强对整改工作的跟踪督办，对整改进度慢、措施不实的单位及时提醒、约谈；驻厅纪检监察组对整改落实情况开展监督。", FS, False)],
           clause=True)
    b.para([("（三）注重建章立制。", KT, True),
            ("各责任单位要把解决具体问题与完善制度机制结合起来，举一反三、由点及面，形成长效机制。", FS, False)],
           clause=True)
    b.para([("（四）按时报送情况。", KT, True),
            ("各责任单位于每月20日前将整改进展情况报送领导小组办公室（联系人：梁晓燕，电话：0771-2815063，电子邮箱：gxswtzg@163.com）。", FS, False)],
           clause=True)
    b.empty(2)
    b.para("中共广西壮族自治区商务厅党组\u3000\u3000", align="right", indent=0)
    b.para("2025年9月18日\u3000\u3000\u3000\u3000\u3000", align="right", indent=0)
    b.empty(3)
    b.banji(["抄送：自治区党委第三巡视组，自治区党委巡视工作领导小组办公室，驻厅纪检监察组。",
             "广西壮族自治区商务厅办公室\u3000\u3000\u3000\u3000\u30002025年9月18日印发"])
    b.save("blind431_guangxi_fangan")
    return b.docs


# ---------------------------------------------------------------------------
# 2. 钦州港片区 cover 报告 + attached 整改落实情况的报告
# ---------------------------------------------------------------------------
QZ_GW = "中共中国（广西）自由贸易试验区钦州港片区工作委员会"
QZ_GWH = "中国（广西）自由贸易试验区钦州港片区管理委员会"
QZ_ATT = "中国（广西）自由贸易试验区钦州港片区关于巡视反馈意见整改落实情况的报告"


def doc_qinzhou():
    b = Builder()
    b.new_doc(meta(
        title="关于报送巡视反馈意见整改落实情况的报告",
        doc_number="钦港工委报〔2026〕2号",
        issuer=[QZ_GW, QZ_GWH],
        date="2026-01-20",
        level="zone",
        region="中国（广西）自由贸易试验区钦州港片区",
        attachments=[QZ_ATT],
        doc_type="报告",
        recipients=["自治区党委巡视工作领导小组办公室", "自治区党委第三巡视组"],
    ))
    # joint red header in a borderless layout table
    t = b.d.add_table(rows=2, cols=2)
    no_table_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    t.columns[0].width = Cm(13.0)
    t.columns[1].width = Cm(2.6)
    for i, name in enumerate([QZ_GW, QZ_GWH]):
        c = t.cell(i, 0)
        c.width = Cm(13.0)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        r = p.add_run(name)
        set_run_font(r, XBS, 14, False, RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.width = Cm(2.6)
    p = m.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("文件")
    set_run_font(r, XBS, 30, False, RED)
    b.empty(1)
    b.para("钦港工委报〔2026〕2号\u3000\u3000\u3000\u3000签发人：周海涛\u3000李卫东",
           align="left", indent=1)
    b.red_line()
    b.empty(1)
    b.para([("关于报送巡视反馈意见整改落实情况的报告", XBS, False)], align="center",
           indent=0, size=22, line=33)
    b.empty(1)
    b.para("自治区党委巡视工作领导小组办公室，自治区党委第三巡视组：", indent=0)
    b.para("2025年5月至7月，自治区党委第三巡视组对中国（广西）自由贸易试验区建设推进情况开展专项巡视，8月29日向钦州港片区党工委、管委会反馈了巡视意见。片区党工委、管委会高度重视，第一时间召开专题会议研究部署，成立由党工委书记任组长的整改工作领导小组，制定整改工作方案，\n将反馈的3个方面9个问题细化为31项整改措施，逐项明确责任领导、责任单位和完成时限。",
           clause=True)
    b.para("截至2025年12月31日，31项整改措施已完成27项，完成率87.1%；其余4项为需要长期坚持的事项，已取得阶段性成效并持续推进。巡视整改期间，共修订完善制度文件14项，推动形成制度创新成果6项，其中“中国—东盟多式联运‘一单制’改革”入选自治区第四批自贸试验区制度创新成果。",
           clause=True)
    b.para("下一步，片区党工委、管委会将坚持目标不变、标准不降、力度不减，持续抓好后续整改工作，对已完成的整改事项适时开展“回头看”，巩固整改成果，防止问题反弹，以巡视整改实效推动片区高水平开放、高质量发展。现将有关情况随文报送。",
           clause=True)
    b.para("特此报告。", clause=True)
    b.empty(1)
    b.para("附件：中国（广西）自由贸易试验区钦州港片区关于\n\u3000\u3000\u3000\u3000\u3000巡视反馈意见整改落实情况的报告",
           indent=2)
    b.empty(2)
    lt = b.d.add_table(rows=3, cols=1)
    no_table_borders(lt)
    lt.alignment = WD_TABLE_ALIGNMENT.RIGHT
    lt.autofit = False
    lt.columns[0].width = Cm(15.0)
    for i, txt in enumerate([QZ_GW, QZ_GWH, "2026年1月20日"]):
        c = lt.cell(i, 0)
        c.width = Cm(15.0)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.line_spacing = Pt(28)
        r = p.add_run(txt)
        set_run_font(r, FS, 16)

    # ---------- attachment
    b.page_break()
    b.new_doc(meta(
        title=QZ_ATT,
        issuer=[QZ_GW, QZ_GWH],
        date="2026-01-16",
        level="zone",
        region="中国（广西）自由贸易试验区钦州港片区",
        doc_type="报告",
    ))
    b.para([("附件", HT, False)], align="left", indent=0)
    b.empty(1)
    b.para([("中国（广西）自由贸易试验区钦州港片区\n关于巡视反馈意见整改落实情况的报告", XBS, False)],
           align="center", indent=0, size=22, line=33)
    b.empty(1)
    b.para("根据自治区党委第三巡视组专项巡视反馈意见，钦州港片区党工委、管委会坚持把巡视整改作为重大政治任务，对照问题清单、任务清单、责任清单逐项抓好落实。现将整改落实情况报告如下。",
           clause=True)
    b.heading1("一、提高政治站位，扛牢整改政治责任")
    b.para([("片区党工委坚持“书记抓、抓书记”，党工委书记履行第一责任人职责，先后主持召开党工委会议、整改工作推进会11次，专题研究整改工作；党工委委员按照分工领题督办，深入分管领域推动整改。", FS, False),
            ("一是建立整改台账。", FS, True),
            ("将反馈的9个问题细化为31项整改措施，实行“清单制+责任制+销号制”管理。", FS, False),
            ("二是强化调度督办。", FS, True),
            ("实行“周调度、月通报”，累计印发整改工作简报8期，对进度滞后的2个部门主要负责同志进行提醒谈话。", FS, False),
            ("三是注重以案促改。", FS, True),
            ("召开专题民主生活会，党工委班子成员共查摆问题36条，制定整改措施52项，目前已全部整改到位。", FS, False)],
           clause=True)
    b.heading1("二、聚焦反馈问题，推动整改任务落地见效")
    b.para([("（一）关于“服务西部陆海新通道建设作用发挥不充分”问题的整改情况。", KT, False),
            ("一是加密航线班列。新开通钦州港至越南海防、泰国林查班等外贸航线4条，2025年钦州港集装箱吞吐量完成812.6万标箱，同比增长12.4%；开行海铁联运班列11856列，同比增长9.7%。二是推进“一单制”改革。联合铁路、港口、船公司推出多式联运“一单制”提单，全年签发提单2137票，货值18.3亿元。三是加强与中欧班列衔接。开通“钦州港—重庆—杜伊斯堡”海铁联运+中欧班列线路，实现东盟货物经钦州港中转直达欧洲，全程运输时间压缩至22天左右。", FS, False)],
           clause=True)
    b.para([("（二）关于“制度创新首创性不足”问题的整改情况。", KT, False),
            ("一是建立制度创新项目库，入库项目43项，实行动态管理、挂图作战；二是围绕跨境金融、港航物流、产业链供应链等领域开展差异化探索，形成制度创新成果6项；三是组织开展制度创新成果复制推广评估，梳理总结典型案例12个，其中2个被商务部作为自贸试验区“最佳实践案例”推广。", FS, False)],
           clause=True)
    b.heading2("（三）关于“招商引资质量不高、外资项目落地慢”问题的整改情况")
    b.para([("一是完善外资项目服务机制。", FS, True),
            ("出台《钦州港片区重点外资项目“服务专员”工作制度》，为27个重点外资项目配备服务专员，实行“一项目一专班”跟踪服务。", FS, False)],
           clause=True)
    b.para([("二是提升利用外资质量。", FS, True),
            ("2025年片区新设外商投资企业38家，实际使用外资2.16亿美元，同比增长18.5%，其中制造业实际使用外资占比提高到61.2%。", FS, False)],
           clause=True)
    b.para([("三是加快项目落地投产。", FS, True),
            ("梳理在谈、在建外资项目清单，协调解决用地、用能、通关等问题47个，推动东盟国际纸业浆纸一体化二期项目等7个外资项目开工建设。", FS, False)],
           clause=True)
    b.para([("（四）关于“综合保税区功能发挥不充分”问题的整改情况。", KT, False),
            ("一是制定钦州综合保税区“一区一策”提升方案，明确16项具体举措；二是引进保税维修、跨境电商、保税物流等项目12个，新增注册企业65家；三是开展“智慧综保”建设，实现卡口“无感通关”。2025年钦州综合保税区完成进出口额326.8亿元，同比增长23.1%，在全国综合保税区绩效评估中由C类提升至B类。", FS, False)],
           clause=True)
    b.para([("（五）关于“落实全面从严治党主体责任有差距”问题的整改情况。", KT, False),
            ("一是修订完善党工委议事规则、“三重一大”决策制度等制度14项；二是对2023年以来使用的产业扶持资金开展专项检查，涉及项目89个、资金3.42亿元，发现问题11个，已全部整改，追回违规资金126.5万元；三是开展警示教育活动6场次，覆盖党员干部1200余人次。", FS, False)],
           clause=True)
    b.heading1("三、存在的不足和下一步工作打算")
    b.para("片区整改工作虽然取得了阶段性成效，但对照自治区党委要求仍有差距：一是部分整改措施成效还不够明显，制度创新的系统集成度有待提高；二是外资项目落地转化效率还需进一步提升；三是长效机制建设还需持续加强。",
           clause=True)
    b.para("下一步，片区将重点抓好以下工作：一是持续推进未完成的4项整改措施，确保2026年6月底前全部完成；二是深化西部陆海新通道与中欧班列、RCEP市场联动，力争2026年集装箱吞吐量突破900万标箱；三是健全巡视整改长效机制，将整改工作纳入党工委年度考核，推动整改成果转化为发展实效。",
           clause=True)
    b.empty(2)
    b.para(QZ_GW, align="right", indent=0)
    b.para(QZ_GWH, align="right", indent=0)
    b.para("二〇二六年一月十六日\u3000\u3000\u3000\u3000\u3000\u3000", align="right", indent=0)
    b.empty(2)
    b.banji(["抄送：钦州市委，钦州市人民政府，自治区商务厅（自治区自贸办）。",
             "钦州港片区党政办公室\u3000\u3000\u3000\u3000\u3000\u3000\u30002026年1月20日印发"])
    b.save("blind431_qinzhougang_baogao")
    return b.docs


# ---------------------------------------------------------------------------
# 3. 郑州市商务局党组 巡察整改进展情况的通报 (web-published, Word numbering)
# ---------------------------------------------------------------------------
def doc_zhengzhou():
    b = Builder()
    b.new_doc(meta(
        title="中共郑州市商务局党组关于市委第二巡察组巡察反馈意见整改进展情况的通报",
        issuer=["中共郑州市商务局党组"],
        date="2025-11-28",
        level="municipal",
        region="郑州市",
        doc_type="通报",
    ))
    absid = b.numbering(77)
    n1 = b.new_num(absid, 771)
    n2 = b.new_num(absid, 772)
    n3 = b.new_num(absid, 773)

    b.para([("中共郑州市商务局党组关于市委第二巡察组\n巡察反馈意见整改进展情况的通报", XBS, False)],
           align="center", indent=0, size=22, line=33)
    b.empty(1)
    b.para("根据市委统一部署，2025年4月8日至6月6日，市委第二巡察组对市商务局党组开展了常规巡察。7月18日，市委第二巡察组向市商务局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以通报。",
           clause=True)
    b.heading1("一、整改工作的组织落实情况")
    b.para("局党组把巡察整改作为重大政治任务和检验“四个意识”的试金石，坚持以上率下、统筹推进。一是强化组织领导。成立由局党组书记任组长的巡察整改工作领导小组，召开党组会议、整改专题会议9次，研究部署整改工作。二是细化整改任务。对照巡察反馈的4个方面15个问题，制定整改措施58项，形成问题、任务、责任“三张清单”。三是严格督导问效。建立整改工作台账，实行“周调度、月报告、季评估”，对整改进度滞后的处室下发督办单5份。",
           clause=True)
    b.heading1("二、巡察反馈问题的整改落实情况")
    b.para("截至2025年11月20日，58项整改措施已完成49项，完成率84.5%；其余9项正在按计划推进。具体整改情况如下：",
           clause=True)
    headers = ["问题类别", "反馈问题（个）", "整改措施（项）", "已完成（项）", "持续推进（项）", "完成率"]
    rows = [
        ["贯彻落实党中央决策部署和省委、市委工作要求方面", "5", "21", "18", "3", "85.7%"],
        ["落实全面从严治党战略部署方面", "4", "15", "13", "2", "86.7%"],
        ["落实新时代党的组织路线方面", "3", "12", "10", "2", "83.3%"],
        ["落实巡视巡察、审计等监督发现问题整改方面", "3", "10", "8", "2", "80.0%"],
        ["合计", "15", "58", "49", "9", "84.5%"],
    ]
    widths = [Cm(5.2), Cm(2.0), Cm(2.0), Cm(2.0), Cm(2.0), Cm(2.0)]
    table_rows(b, headers, rows, widths, size=12)
    b.empty(1)

    # numbered items: Word numbering renders "1." / "2." – key text built by hand
    def nitem(numid, k, head, body):
        b.para([(head, FS, True), ("整改情况：", FS, True), (body, FS, False)],
               indent=0, numid=numid, clause=True,
               keep_text="%d.%s整改情况：%s" % (k, head, body))

    b.heading2("（一）关于贯彻落实党中央决策部署和省委、市委工作要求方面")
    nitem(n1, 1, "关于“推动中欧班列（郑州）高质量发展力度不够”的问题。",
          "一是会同郑州国际陆港开发建设有限公司制定《中欧班列（郑州）高质量发展三年行动方案（2025—2027年）》，拓展至中亚、东盟的班列线路；二是推动“班列+跨境电商”“班列+冷链”等新业态发展，2025年1—10月中欧班列（郑州）累计开行3126列，同比增长15.2%，货值超过320亿元；三是推动中欧班列集结中心与郑州航空港、郑州经开综合保税区联动发展，开通“公铁空”多式联运线路6条。")
    nitem(n1, 2, "关于“跨境电商综试区发展后劲不足”的问题。",
          "一是修订《郑州市促进跨境电子商务高质量发展若干措施》，对跨境电商B2B出口、海外仓建设等给予奖励；二是组织开展跨境电商“产业带出海”专项行动，培育跨境电商产业带12个；三是2025年1—10月全市跨境电商进出口交易额完成1086.4亿元，同比增长11.8%。")
    nitem(n1, 3, "关于“外商投资促进工作成效不明显”的问题。",
          "一是建立外资企业圆桌会议制度，累计召开圆桌会议4次，协调解决企业诉求37项；二是开展“投资河南·郑州行”等专题招商活动8场次，新设外商投资企业142家，实际使用外资4.63亿美元；三是落实外商投资准入前国民待遇加负面清单管理制度，清理与外商投资法不符的文件3件。")
    b.heading2("（二）关于落实全面从严治党战略部署方面")
    nitem(n2, 1, "关于“对下属事业单位监督管理不严”的问题。",
          "一是制定《市商务局直属事业单位监督管理办法》，明确“三重一大”事项报告范围和程序；二是对2个直属事业单位开展财务专项审计，发现问题6个，已全部整改；三是对相关责任人进行提醒谈话3人次。")
    nitem(n2, 2, "关于“落实中央八项规定精神不够严格”的问题。",
          "一是对2024年以来公务接待、公务用车、差旅费报销情况开展全面自查，清退不合规报销费用2.38万元；二是修订《市商务局公务接待管理办法》《市商务局差旅费管理办法》，严格审批程序；三是开展作风建设专项整治，通报典型问题2起。")
    b.heading2("（三）关于落实新时代党的组织路线方面")
    nitem(n3, 1, "关于“年轻干部培养选拔力度不够”的问题。",
          "一是制定《市商务局优秀年轻干部培养工作实施意见》，建立优秀年轻干部库，首批入库32人；二是选派9名年轻干部到郑州经开综合保税区、郑州国际陆港等一线岗位挂职锻炼；三是2025年以来提拔35岁以下干部6名。")
    nitem(n3, 2, "关于“基层党组织建设存在薄弱环节”的问题。",
          "一是对局机关11个党支部开展标准化规范化建设评估，对2个后进党支部进行整顿提升；二是落实“三会一课”制度，开展支部书记轮训1次；三是推行“党建+业务”融合项目，形成“党建引领稳外资”等特色品牌3个。")
    b.heading2("（四）关于落实巡视巡察、审计等监督发现问题整改方面")
    b.para([("1.关于“以往审计发现问题整改不到位”的问题。", FS, True), ("整改情况：", FS, True),
            ("一是对2022年以来审计、巡察发现的23个问题逐项“回头看”，对整改不彻底的5个问题重新制定整改措施；二是建立审计整改台账和对账销号制度；三是将审计整改情况纳入处室年度考核。", FS, False)],
           clause=True)
    b.heading1("三、下一步工作打算")
    b.para("虽然巡察整改工作取得了阶段性成效，但与市委要求相比还有一定差距。下一步，局党组将坚持目标不变、标准不降、力度不减，持续抓好整改工作。一是持续推进未完成整改事项，对9项需要长期坚持的整改措施，明确阶段目标，确保按期完成；二是巩固拓展整改成果，把巡察整改与推动国家中心城市建设、制度型开放等重点工作结合起来，以整改成效推动全市商务高质量发展；三是健全长效机制，对整改中形成的制度机制加强执行和评估，切实做到标本兼治。",
           clause=True)
    b.para("欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0371-67181125；通信地址：郑州市郑东新区商务内环路18号；邮政编码：450018；电子邮箱：zzswjxczg@126.com。",
           clause=True)
    b.empty(2)
    b.para("中共郑州市商务局党组\u3000\u3000\u3000", align="right", indent=0)
    b.para("2025年11月28日\u3000\u3000\u3000\u3000", align="right", indent=0)
    b.save("blind431_zhengzhou_tongbao")
    return b.docs


def main():
    expected = {}
    expected["blind431_guangxi_fangan"] = doc_guangxi()
    expected["blind431_qinzhougang_baogao"] = doc_qinzhou()
    expected["blind431_zhengzhou_tongbao"] = doc_zhengzhou()
    for stem in expected:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_431",
                        "--headless", "--convert-to", "pdf", "--outdir", HERE,
                        os.path.join(HERE, stem + ".docx")],
                       check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
