# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 432: provincial 人大常委会 执法检查 package (自贸试验区条例).

Writes next to itself:
  blind432_changsha_baogao.docx / .pdf   湖南 执法检查组 report
  blind432_changsha_shenyi.docx / .pdf   湖南 常委会办公厅 审议意见 (湘人常办〔2026〕5号)
  blind432_fuzhou_gongbao.docx / .pdf    福建 常委会公报 carrying report + 审议意见
  expected.json
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first_line=None, before=0, after=0, line=28):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_line is not None:
        pf.first_line_indent = Pt(first_line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing = Pt(line)


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


def add_field(p, instr, name=FS, size=14):
    r1 = p.add_run()
    set_font(r1, name, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._element.append(fc)
    r2 = p.add_run()
    set_font(r2, name, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2._element.append(it)
    r3 = p.add_run()
    set_font(r3, name, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._element.append(fc)
    r4 = p.add_run("1")
    set_font(r4, name, size)
    r5 = p.add_run()
    set_font(r5, name, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._element.append(fc)


def page_setup(doc, footer_style="dash", header_text=None):
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
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    fp = sec.footer.paragraphs[0]
    if footer_style == "dash":
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run("— ")
        set_font(r, "宋体", 14)
        add_field(fp, "PAGE", "宋体", 14)
        r = fp.add_run(" —")
        set_font(r, "宋体", 14)
    else:
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run("·")
        set_font(r, "宋体", 10.5)
        add_field(fp, "PAGE", "宋体", 10.5)
        r = fp.add_run("·")
        set_font(r, "宋体", 10.5)
    if header_text:
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
        r = hp.add_run(header_text)
        set_font(r, "宋体", 9)
        border(hp, "bottom", "000000", 6)


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p)


class Builder:
    """Adds paragraphs and records the clause list at the same time."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []

    def title(self, lines, soft=True, size=22):
        """Title: several lines in one paragraph (soft breaks) or several paragraphs."""
        if soft:
            p = self.doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=32)
            for i, ln in enumerate(lines):
                r = p.add_run(ln)
                set_font(r, XBS, size)
                if i < len(lines) - 1:
                    r.add_break(WD_BREAK.LINE)
        else:
            for ln in lines:
                p = self.doc.add_paragraph()
                fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=32)
                r = p.add_run(ln)
                set_font(r, XBS, size)

    def line(self, text, font=FS, size=16, align=WD_ALIGN_PARAGRAPH.LEFT,
             bold=False, color=None, first=None):
        """A non-clause line (headers, 主送, 落款 ...)."""
        p = self.doc.add_paragraph()
        fmt(p, align, first_line=first)
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
        return p

    def heading(self, text, font=HT):
        """一、xxx heading on its own line: not a clause."""
        p = self.doc.add_paragraph()
        fmt(p, first_line=32)
        r = p.add_run(text)
        set_font(r, font, 16)
        return p

    def para(self, text, lead=None, lead_font=KT, lead_bold=True,
             hand_indent=False, soft_after=None, clause=True):
        """Body paragraph. lead = run-in heading (own run, bold).
        soft_after = a sentence after which a soft line break is typed.
        hand_indent = indent typed with two full-width spaces."""
        p = self.doc.add_paragraph()
        if hand_indent:
            fmt(p, first_line=0)
            r = p.add_run("\u3000\u3000")
            set_font(r, FS, 16)
        else:
            fmt(p, first_line=32)
        if lead:
            r = p.add_run(lead)
            set_font(r, lead_font, 16, lead_bold)
        if soft_after and soft_after in text:
            a, b = text.split(soft_after, 1)
            r = p.add_run(a + soft_after)
            set_font(r, FS, 16)
            r.add_break(WD_BREAK.LINE)
            r = p.add_run(b)
            set_font(r, FS, 16)
        else:
            r = p.add_run(text)
            set_font(r, FS, 16)
        if clause:
            self.clauses.append((lead or "") + text)
        return p

    def numbered(self, num_id, rendered, lead, text):
        """Paragraph numbered by Word's own numbering (一、 rendered by Word)."""
        p = self.doc.add_paragraph()
        fmt(p, first_line=32)
        ppr = p._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), str(num_id))
        numpr.append(il)
        numpr.append(ni)
        ppr.insert(0, numpr)
        r = p.add_run(lead)
        set_font(r, HT, 16)
        r = p.add_run(text)
        set_font(r, FS, 16)
        self.clauses.append(rendered + lead + text)
        return p

    def table(self, header, rows, widths=None):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(header):
            c = t.cell(0, j)
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(h)
            set_font(r, HT, 12)
        for i, row in enumerate(rows, 1):
            for j, v in enumerate(row):
                p = t.cell(i, j).paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(v)
                set_font(r, FS, 12)
            self.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        if widths:
            for row in t.rows:
                for j, w in enumerate(widths):
                    row.cells[j].width = Cm(w)
        return t


def add_chinese_numbering(doc):
    """Create a single-level 一、二、三、 list (chineseCounting, no tab). Returns numId."""
    numbering = doc.part.numbering_part.element
    abs_id = "90"
    num_id = "91"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), abs_id)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                     ("w:suff", "nothing"), ("w:lvlText", "%1、"),
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
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:hint"):
        rf.set(qn(k), HT if k != "w:hint" else "eastAsia")
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
    num.set(qn("w:numId"), num_id)
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), abs_id)
    num.append(a)
    numbering.append(num)
    return int(num_id)


def layout_signature(doc, lines):
    """落款 typed in a borderless two-column layout table (right column)."""
    t = doc.add_table(rows=len(lines), cols=2)
    for i, ln in enumerate(lines):
        t.cell(i, 0).width = Cm(5.0)
        t.cell(i, 1).width = Cm(10.6)
        p = t.cell(i, 1).paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(ln)
        set_font(r, FS, 16)
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), (Cm(5.0), Cm(10.6))):
        gc.set(qn("w:w"), str(int(w.twips)))
    return t


def banji(doc, cc, printer, date):
    """版记: 抄送 + 印发 lines between black rules."""
    empty(doc, 2)
    p = doc.add_paragraph()
    fmt(p)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p.paragraph_format.left_indent = Pt(14)
    r = p.add_run(cc)
    set_font(r, FS, 14)
    p = doc.add_paragraph()
    fmt(p)
    border(p, "bottom", "000000", 8)
    r = p.add_run("  " + printer + "\u00a0" * 14 + "     " + date + "印发")
    set_font(r, FS, 14)


def meta(**kw):
    base = {
        "title": None, "doc_number": None, "issuer": [], "date": None,
        "published": None, "level": "provincial", "region": None,
        "effective": None, "expires": None, "attachments": [],
        "doc_type": None, "recipients": [], "publicity": None, "repeals": None,
    }
    base.update(kw)
    return base


# ============================================================ document 1
def doc_changsha_baogao():
    doc = Document()
    page_setup(doc, "dash")
    b = Builder(doc)
    empty(doc)
    b.title(["关于检查《中国（湖南）自由贸易", "试验区条例》实施情况的报告"], soft=True)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER)
    r = p.add_run("——2026年3月25日在湖南省第十四届人民代表大会")
    set_font(r, KT, 16)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("常务委员会第二十二次会议上")
    set_font(r, KT, 16)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER)
    r = p.add_run("湖南省人大常委会副主任  执法检查组组长    谭志远")
    set_font(r, KT, 16)
    empty(doc)
    b.line("主任、各位副主任、秘书长、各位委员：")

    b.para("为深入贯彻落实党中央关于实施自由贸易试验区提升战略的决策部署，推动条例全面有效实施，"
           "根据省人大常委会2025年度监督工作计划，省人大常委会于2025年9月至11月组织开展了"
           "《中国（湖南）自由贸易试验区条例》（以下简称条例）执法检查。")
    b.para("执法检查组由省人大常委会副主任谭志远任组长，省人大财政经济委员会、常委会预算工作委员会"
           "负责同志任副组长，部分常委会委员和全国、省人大代表参加。执法检查组先后赴长沙、岳阳、郴州"
           "3个片区及长沙经开区、岳阳城陵矶综合保税区、郴州综合保税区等18个点位实地检查，召开座谈会9场，"
           "听取省人民政府及省商务厅等14个部门情况汇报，并委托14个市州人大常委会对本行政区域实施条例"
           "情况进行检查，实现了全省检查全覆盖。检查中，执法检查组突出问题导向，首次运用“12345”"
           "政务服务便民热线数据和企业问卷调查，共收回有效问卷1286份。现将检查情况报告如下。",
           soft_after="实现了全省检查全覆盖。")

    b.heading("一、条例实施的主要成效")
    b.para("条例自2022年1月1日施行以来，省人民政府及有关部门认真履行法定职责，围绕“五大功能定位”"
           "推进制度创新，自贸试验区建设取得积极进展。截至2025年底，湖南自贸试验区累计新设企业3.72万家，"
           "其中外商投资企业612家；2025年实现进出口总额4216.8亿元，同比增长9.6%，以不到全省千分之一的"
           "面积贡献了全省38.7%的外贸进出口额。")
    b.para("省人民政府将条例纳入“八五”普法重点内容，省商务厅、省司法厅联合编印条例释义和政策汇编1.2万册，"
           "3个片区管委会开展“条例进园区、进企业”宣讲活动67场次，覆盖市场主体4300余家。配套制度建设不断"
           "完善，省级层面出台《中国（湖南）自由贸易试验区管理办法》等配套文件23件，3个片区所在市制定实施"
           "细则和专项政策41件，条例确定的主要制度基本落地。",
           lead="（一）法规宣传贯彻扎实推进。")
    b.para("各片区坚持以制度创新为核心，累计形成制度创新成果186项，其中“铁海联运‘一单制’”"
           "“工程机械二手设备出口监管新模式”等9项获国务院或国家部委复制推广，“跨境电商零售进口退货"
           "中心仓”“非洲非资源性产品集散交易模式”等62项在全省复制推广。",
           lead="（二）制度创新成果持续涌现。")
    b.para("中非经贸深度合作先行区建设加快推进，2025年湖南对非贸易额达到612.4亿元，同比增长14.2%。"
           "中欧班列（长沙）全年开行1086列，岳阳城陵矶港开通至东盟、日韩等近洋航线12条，郴州片区获批"
           "开展汽车平行进口试点。跨境电商综合试验区与自贸试验区联动发展，2025年3个片区跨境电商进出口额"
           "达到286.3亿元。",
           lead="（三）对外开放平台能级提升。")
    b.para("省人民政府依照条例规定向3个片区下放省级经济社会管理权限131项，片区“一件事一次办”事项扩展至"
           "216项。外商投资准入前国民待遇加负面清单管理制度全面实施，外商投资企业设立登记平均办理时间"
           "压缩至1个工作日。知识产权保护中心、国际商事法庭巡回审判点等相继设立，市场主体满意度达到93.5%。",
           lead="（四）营商环境不断优化。")
    b.para("2025年各片区主要指标情况如下：")
    b.table(
        ["片区", "实施面积（平方公里）", "新设企业（家）", "实际使用外资（亿美元）",
         "进出口总额（亿元）", "制度创新成果（项）"],
        [["长沙片区", "79.98", "9856", "8.62", "2108.5", "78"],
         ["岳阳片区", "19.94", "2317", "1.35", "1296.4", "53"],
         ["郴州片区", "19.96", "1602", "0.87", "811.9", "55"],
         ["合计", "119.88", "13775", "10.84", "4216.8", "186"]],
        widths=[2.4, 2.6, 2.4, 2.8, 2.6, 2.8])
    empty(doc)

    b.heading("二、存在的主要问题")
    b.para("检查发现，条例实施总体情况较好，但对照国家赋予的战略定位和条例规定，仍存在一些差距和不足。")
    b.para("条例第十二条规定省人民政府应当建立自贸试验区工作协调机制，定期研究解决重大问题，但检查发现"
           "部分省直部门与片区之间的协同仍不够顺畅，有的事项“放而不接”“接而不用”。下放的131项省级权限中，"
           "2025年实际发生办件的仅有74项，占56.5%。条例第三十五条关于建立容错纠错机制的规定尚未出台具体"
           "实施办法。",
           lead="（一）部分条款落实不到位。")
    b.para("部分制度创新成果停留在流程优化、简化手续层面，首创性、差异化的改革探索不多，涉及跨部门、"
           "跨领域的集成创新较少。问卷调查显示，有31.6%的受访企业认为创新举措“获得感不强”。",
           lead="（二）制度创新的系统性集成性不足。")
    b.para("主要表现在三个方面：", lead="（三）开放平台协同联动不够。")
    b.para("1.片区之间、片区与联动创新区之间产业协同不足，同质化竞争现象仍然存在，3个片区主导产业"
           "重合度较高。", hand_indent=True)
    b.para("2.自贸试验区与综合保税区、跨境电商综合试验区、中欧班列等平台政策叠加效应发挥不充分，"
           "部分综合保税区单位面积进出口额低于全国平均水平。", hand_indent=True)
    b.para("3.对非经贸合作仍以货物贸易为主，服务贸易、投资合作、金融支持等方面的突破不多，对非跨境"
           "人民币结算占比仅为7.8%。", hand_indent=True)
    b.para("条例规定的涉外商事纠纷多元化解机制运行不够充分，2025年3个片区受理国际商事调解案件仅43件。"
           "高层次国际化人才、跨境金融服务等要素供给不足，企业反映外籍人员来湘工作许可、跨境资金结算"
           "便利化等方面仍有堵点。部分市州对条例学习宣传不够深入，一些基层干部对条例规定的权责认识不清。",
           lead="（四）法治保障和要素支撑有待加强。")

    b.heading("三、意见和建议")
    b.para("为进一步推动条例全面有效实施，以高水平开放推动高质量发展，执法检查组提出以下建议。")
    b.para("省人民政府要进一步健全自贸试验区工作协调机制，对照条例逐条梳理落实情况，建立问题清单、"
           "责任清单和整改清单。对已下放的省级权限开展评估，实行动态调整，确保“放得下、接得住、用得好”。"
           "加快制定容错纠错、考核评估等配套制度，2026年底前完成条例配套制度的清理和完善。",
           lead="（一）压实法定责任，推动条例规定全面落地。")
    b.para("主动对接国际高标准经贸规则，在投资自由化便利化、数据跨境流动、知识产权保护等领域加大压力"
           "测试力度。围绕工程机械、轨道交通、航空航天等优势产业开展全产业链集成创新，每年形成一批具有"
           "湖南辨识度的制度创新成果。",
           lead="（二）深化首创性探索，提升制度型开放水平。")
    b.para("统筹自贸试验区与综合保税区、跨境电商综合试验区、国家级经开区等开放平台建设，推动政策共享、"
           "产业共链、数据互通。持续扩大中欧班列（长沙）和城陵矶港国际航线规模，深化中非经贸深度合作"
           "先行区建设，拓展对非服务贸易和投资合作。",
           lead="（三）强化平台联动，放大开放叠加效应。")
    b.para("完善国际商事调解、仲裁、诉讼有机衔接的纠纷解决机制，加强涉外法治人才培养。加大对自贸试验区"
           "金融、人才、土地等要素支持力度，推动跨境贸易投资高水平开放试点扩面提质。各级人大常委会要加强"
           "对条例实施情况的监督，适时开展专题询问或者跟踪检查，推动条例各项规定落到实处。",
           lead="（四）优化法治环境，夯实要素保障。")
    b.para("以上报告，请审议。")

    m = meta(title="关于检查《中国（湖南）自由贸易试验区条例》实施情况的报告",
             issuer=["湖南省人大常委会执法检查组"], date="2026-03-25",
             region="湖南省", doc_type="报告")
    return doc, [{"meta": m, "clauses": b.clauses}]


# ============================================================ document 2
def doc_changsha_shenyi():
    doc = Document()
    page_setup(doc, "dash")
    num_id = add_chinese_numbering(doc)
    b = Builder(doc)
    empty(doc)
    p = b.line("湖南省人民代表大会常务委员会办公厅", font=XBS, size=24,
               align=WD_ALIGN_PARAGRAPH.CENTER, color=RED)
    p.paragraph_format.line_spacing = Pt(48)
    empty(doc)
    p = b.line("湘人常办〔2026〕5号", align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc)
    # title typed as two separate paragraphs
    b.title(["关于《中国（湖南）自由贸易试验区条例》", "执法检查报告的审议意见"], soft=False)
    empty(doc)
    b.line("省人民政府：")
    b.para("2026年3月25日，省十四届人大常委会第二十二次会议听取和审议了省人大常委会执法检查组关于检查"
           "《中国（湖南）自由贸易试验区条例》实施情况的报告。常委会组成人员认为，条例实施以来，省人民政府"
           "及有关部门认真贯彻落实条例规定，自贸试验区建设取得积极成效，制度创新成果持续涌现，对外开放平台"
           "能级不断提升，营商环境持续优化，为全省高水平对外开放提供了有力支撑。同时，常委会组成人员也指出，"
           "条例实施中还存在部分条款落实不到位、制度创新系统集成不足、平台协同联动不够、法治保障和要素支撑"
           "有待加强等问题。现将常委会组成人员的审议意见整理如下：")
    b.numbered(num_id, "一、", "压实条例实施法定责任。",
               "省人民政府要切实履行条例规定的职责，进一步发挥自贸试验区工作领导小组及其办公室统筹协调作用，"
               "建立健全省直部门与片区常态化对接机制。对照条例规定逐条梳理落实情况，对执法检查发现的问题建立"
               "整改台账，明确责任单位和完成时限，做到整改一项、销号一项。")
    b.numbered(num_id, "二、", "加快完善配套制度。",
               "抓紧制定自贸试验区容错纠错实施办法和制度创新成果评估办法，落实条例第三十五条、第三十八条规定。"
               "对下放片区的省级经济社会管理权限开展绩效评估，对长期“零办件”的事项及时调整，对片区承接能力"
               "不足的事项加强业务指导和人员培训。")
    b.numbered(num_id, "三、", "提升制度创新能级。",
               "主动对接《区域全面经济伙伴关系协定》（RCEP）等国际高标准经贸规则，稳步扩大规则、规制、管理、"
               "标准等制度型开放。聚焦先进制造业、对非经贸合作、内陆临港经济等特色领域，加强首创性、集成式"
               "探索，提高制度创新成果的质量和可复制推广性。")
    b.numbered(num_id, "四、", "强化开放平台协同联动。",
               "统筹推进自贸试验区与联动创新区、综合保税区、跨境电商综合试验区协同发展，重点做好以下工作：")
    b.para("（一）推动中欧班列（长沙）、城陵矶港近洋航线与片区产业发展深度融合，提高本地货源占比；")
    b.para("（二）支持综合保税区发展保税研发、保税维修、跨境电商等新业态，提升单位面积产出水平；")
    b.para("（三）深化中非经贸深度合作先行区建设，扩大对非跨境人民币结算规模，推动对非合作由货物贸易向"
           "服务贸易、投资合作拓展。")
    b.numbered(num_id, "五、", "加强法治保障和要素支撑。",
               "完善涉外商事纠纷调解、仲裁、诉讼衔接机制，支持国际商事法庭巡回审判点和商事调解组织发挥作用。"
               "加大自贸试验区金融、人才、数据、用地等要素保障力度，进一步便利外籍人员工作许可办理和跨境资金"
               "结算。")
    b.numbered(num_id, "六、", "加大条例宣传贯彻力度。",
               "将条例纳入各级领导干部学法用法重要内容，加强对片区管理机构和基层工作人员的培训，引导市场主体"
               "用足用好条例赋予的各项政策，营造全社会关心支持自贸试验区建设的良好氛围。")
    b.para("请省人民政府认真研究处理上述审议意见，并于六个月内将研究处理情况向省人大常委会书面报告。"
           "研究处理情况报告由省人大财政经济委员会进行初步审议。")
    empty(doc, 2)
    layout_signature(doc, ["湖南省人民代表大会常务委员会办公厅", "2026年4月8日"])
    empty(doc)
    b.line("（此件公开发布）", first=32)
    banji(doc,
          "抄送：省委办公厅，省政府办公厅，省人大常委会各委员会、各工作委员会，省商务厅，"
          "中国（湖南）自由贸易试验区工作办公室。",
          "湖南省人大常委会办公厅秘书处", "2026年4月8日")

    m = meta(title="关于《中国（湖南）自由贸易试验区条例》执法检查报告的审议意见",
             doc_number="湘人常办〔2026〕5号",
             issuer=["湖南省人民代表大会常务委员会办公厅"], date="2026-04-08",
             region="湖南省", doc_type="审议意见", recipients=["省人民政府"],
             publicity="此件公开发布")
    return doc, [{"meta": m, "clauses": b.clauses}]


# ============================================================ document 3
def doc_fuzhou_gongbao():
    doc = Document()
    page_setup(doc, "dot", header_text="福建省人民代表大会常务委员会公报"
               + "\u3000" * 16 + "2026年第4号")
    # ---- masthead + 目录
    b0 = Builder(doc)
    b0.line("福建省人民代表大会常务委员会公报", font=XBS, size=24,
            align=WD_ALIGN_PARAGRAPH.CENTER, color=RED)
    p = b0.line("2026年第4号（总第二百一十三号）", font=KT, size=14,
                align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 18, 4)
    empty(doc)
    b0.line("目    录", font=HT, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    for ttl, pg in (("关于检查《中国（福建）自由贸易试验区条例》实施情况的报告", "（1）"),
                    ("关于《中国（福建）自由贸易试验区条例》执法检查报告的审议意见", "（6）")):
        p = b0.line(ttl + "\t" + pg, size=12)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    doc.add_page_break()

    # ---- A: report
    b = Builder(doc)
    b.title(["关于检查《中国（福建）自由贸易试验区条例》", "实施情况的报告"], soft=True, size=18)
    p = b.line("——2026年5月27日在福建省第十四届人民代表大会", font=KT, size=14,
               align=WD_ALIGN_PARAGRAPH.CENTER)
    p.runs[0].add_break(WD_BREAK.LINE)
    r = p.add_run("常务委员会第二十三次会议上")
    set_font(r, KT, 14)
    b.line("福建省人大常委会副主任　林振东", font=KT, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    empty(doc)
    b.line("主任、各位副主任、秘书长、各位委员：")
    b.para("受省人大常委会执法检查组委托，我向本次会议报告检查《中国（福建）自由贸易试验区条例》"
           "（以下简称条例）实施情况，请予审议。", hand_indent=True)
    b.para("今年是中国（福建）自由贸易试验区挂牌运行十一周年。为推动条例有效实施，助力自贸试验区提升战略"
           "在我省落地见效，省人大常委会将条例执法检查列入2026年度监督工作计划。3月至4月，执法检查组分赴"
           "福州、厦门、平潭3个片区开展实地检查，同时委托福州市、厦门市人大常委会在本行政区域内开展检查。"
           "执法检查组共召开座谈会7场，实地检查企业、园区和口岸等点位26个，收集意见建议93条。",
           hand_indent=True)
    b.heading("一、条例实施取得的主要成效")
    b.para("总体上看，省人民政府及有关部门、各片区认真贯彻实施条例，自贸试验区建设取得明显成效。2025年，"
           "福建自贸试验区新增企业2.14万家，实际使用外资6.93亿美元，实现进出口总额5128.6亿元，同比增长7.4%。")
    b.para("累计推出创新举措647项，其中全国首创248项，“两岸检验检测结果采信”“国际航行船舶进出境通关"
           "全流程‘一单多报’”等30余项经验在全国复制推广。",
           lead="（一）制度创新步伐加快。", lead_font=FS)
    b.para("条例规定的对台特色政策有效落实，台胞台企在自贸试验区享受同等待遇的举措达到87项。2025年新设"
           "台资企业1063家，对台贸易额达到718.2亿元，平潭片区对台小额商品交易市场年交易额突破30亿元。",
           lead="（二）对台先行先试深入推进。", lead_font=FS)
    b.para("中欧班列（厦门）、中欧班列（福州）全年合计开行412列，丝路海运航线增至136条，跨境电商进出口额"
           "达到692.5亿元，厦门象屿综合保税区、福州综合保税区保税维修、保税研发等新业态加快发展。",
           lead="（三）海丝核心区开放通道更加畅通。", lead_font=FS)
    b.para("厦门、福州两地设立国际商事调解中心，福州片区开展“证照分离”改革全覆盖试点，商事登记“全程网办”"
           "率达到98.2%，外商投资企业投诉处理机制实现片区全覆盖。",
           lead="（四）法治化营商环境持续改善。", lead_font=FS)
    b.heading("二、存在的主要问题")
    b.para("检查也发现，条例实施中还存在一些需要重视和解决的问题。")
    b.para("条例第十条关于片区管理机构依法行使省级经济管理权限的规定，在实践中存在权限承接不到位、配套"
           "不衔接的问题；条例第四十二条规定的自贸试验区制度创新评估机制尚未建立。",
           lead="（一）条例部分规定落实不够有力。", lead_font=FS)
    b.para("两岸标准共通、资格互认的领域和范围还不够宽，台胞在自贸试验区就业创业仍面临执业资格认定、社保"
           "衔接等方面的障碍。",
           lead="（二）对台融合发展深度不够。", lead_font=FS)
    b.para("自贸试验区与综合保税区、跨境电商综合试验区、中欧班列等平台之间统筹不足，部分政策“各管一段”，"
           "货源组织和物流通道资源未能有效整合。",
           lead="（三）开放平台协同效应有待增强。", lead_font=FS)
    b.heading("三、下一步工作建议")
    b.para("省人民政府及有关部门要对照条例逐条开展自查，重点推动片区管理机构权限承接、制度创新评估等规定"
           "落地，2026年底前建立制度创新评估机制。",
           lead="（一）全面落实条例法定职责。", lead_font=FS)
    b.para("扩大两岸标准共通、职业资格互认和检验检测结果采信范围，完善台胞在自贸试验区就业创业的配套政策，"
           "打造台胞台企登陆的第一家园。",
           lead="（二）深化两岸融合发展示范。", lead_font=FS)
    b.para("统筹自贸试验区与综合保税区、跨境电商综合试验区、中欧班列、丝路海运等平台资源，推动政策集成和"
           "数据共享，更好服务21世纪海上丝绸之路核心区建设。",
           lead="（三）增强开放平台联动效能。", lead_font=FS)
    b.para("各级人大常委会要持续跟踪监督条例实施情况，加强条例宣传解读，推动形成全社会共同支持自贸试验区"
           "建设的合力。",
           lead="（四）加强监督和宣传。", lead_font=FS)
    b.para("以上报告，请审议。")
    ma = meta(title="关于检查《中国（福建）自由贸易试验区条例》实施情况的报告",
              issuer=["福建省人大常委会执法检查组"], date="2026-05-27",
              region="福建省", doc_type="报告")
    docs = [{"meta": ma, "clauses": b.clauses}]

    # ---- B: 审议意见
    doc.add_page_break()
    b = Builder(doc)
    b.title(["关于《中国（福建）自由贸易试验区条例》", "执法检查报告的审议意见"], soft=True, size=20)
    b.line("闽人常办〔2026〕12号", font=KT, align=WD_ALIGN_PARAGRAPH.CENTER)
    empty(doc)
    b.line("省人民政府：")
    b.para("2026年5月27日，省十四届人大常委会第二十三次会议听取和审议了省人大常委会执法检查组关于检查"
           "《中国（福建）自由贸易试验区条例》实施情况的报告。常委会组成人员对条例实施取得的成效给予肯定，"
           "同时提出了意见和建议。现将审议意见整理如下：")
    b.heading("一、关于推动条例全面落实")
    b.para("常委会组成人员建议，省人民政府要加强对条例实施工作的统筹领导，健全省直部门与片区管理机构之间"
           "的权限下放、承接和评估机制，及时调整承接效果不佳的事项。抓紧建立条例第四十二条规定的制度创新"
           "评估机制，定期向社会公布评估结果。")
    b.heading("二、关于深化对台先行先试")
    b.para("有的委员提出，要用足用好条例赋予的对台先行先试政策，在标准共通、资格互认、社保衔接等方面加大"
           "探索力度，持续扩大台胞台企同等待遇事项清单。")
    b.para("有的委员建议，支持平潭片区创新对台小额商品交易监管模式，推动两岸经贸合作从商品贸易向服务贸易、"
           "产业合作延伸。")
    b.heading("三、关于提升开放平台能级")
    b.para("常委会组成人员建议，统筹推进自贸试验区与综合保税区、跨境电商综合试验区、中欧班列、丝路海运等"
           "平台协同发展，推进政策集成、通道共建和数据共享，提升服务21世纪海上丝绸之路核心区建设的能力。")
    b.heading("四、关于加强法治保障")
    b.para("常委会组成人员建议，完善国际商事调解、仲裁和诉讼衔接机制，加强涉外法治人才队伍建设。省人大"
           "常委会有关工作机构要加强对条例实施情况的跟踪监督，必要时适时启动条例修改工作。")
    b.para("有的委员建议，结合国家自由贸易试验区提升战略和海南自由贸易港等地立法经验，对条例实施中反映"
           "集中的权限下放、数据跨境流动、涉外法律服务等问题开展立法调研，为条例修改做好准备。")
    b.para("以上审议意见，请省人民政府研究处理，并在六个月内将研究处理情况报告省人大常委会。")
    empty(doc)
    b.line("\u3000" * 8 + "福建省人民代表大会常务委员会办公厅")
    b.line("\u3000" * 13 + "  2026年6月10日")
    mb = meta(title="关于《中国（福建）自由贸易试验区条例》执法检查报告的审议意见",
              doc_number="闽人常办〔2026〕12号",
              issuer=["福建省人民代表大会常务委员会办公厅"], date="2026-06-10",
              region="福建省", doc_type="审议意见", recipients=["省人民政府"])
    docs.append({"meta": mb, "clauses": b.clauses})
    return doc, docs


# ============================================================ main
def main():
    expected = {}
    for stem, fn in (("blind432_changsha_baogao", doc_changsha_baogao),
                     ("blind432_changsha_shenyi", doc_changsha_shenyi),
                     ("blind432_fuzhou_gongbao", doc_fuzhou_gongbao)):
        doc, docs = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = docs
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_432", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
