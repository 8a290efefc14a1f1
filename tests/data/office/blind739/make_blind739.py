# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 739: 市政府常务会议纪要 (Word + PDF + expected.json)."""
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
RED = RGBColor(0xFF, 0x00, 0x00)
SOFT = "\v"  # marker for a soft line break inside a paragraph

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = "Times New Roman" if name in (FS, KT) else name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def add_text(par, text, font=FS, size=16, bold=False, color=None):
    """Add text; SOFT markers become soft line breaks."""
    parts = text.split(SOFT)
    for i, part in enumerate(parts):
        r = par.add_run(part)
        set_font(r, font, size, bold, color)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)


def fmt(par, align=None, first=True, exact=28, before=0, after=0):
    pf = par.paragraph_format
    if align is not None:
        par.alignment = align
    pf.first_line_indent = Pt(32) if first else None
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def red_bottom_line(par, sz=18):
    ppr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "4")
    b.set(qn("w:color"), "FF0000")
    bdr.append(b)
    ppr.append(bdr)


def top_line(par, color="000000", sz=8):
    ppr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), color)
        bdr.append(b)
    ppr.append(bdr)


def page_number_footer(section):
    fp = section.footer.paragraphs[0]
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
    r2 = fp.add_run(" —")
    set_font(r2, "宋体", 14)


def new_doc():
    d = Document()
    s = d.sections[0]
    s.page_height = Cm(29.7)
    s.page_width = Cm(21.0)
    s.top_margin = Cm(3.7)
    s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8)
    s.right_margin = Cm(2.6)
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    page_number_footer(s)
    return d


class Builder:
    """Writes paragraphs into a docx and records the expected clauses."""

    def __init__(self):
        self.doc = new_doc()
        self.clauses = []
        self.num_ids = []

    # plain body paragraph
    def para(self, text, clause=True, font=FS, size=16, bold=False,
             align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=True, color=None, exact=28):
        p = self.doc.add_paragraph()
        fmt(p, align, first, exact)
        add_text(p, text, font, size, bold, color)
        if clause:
            self.clauses.append(text.replace(SOFT, ""))
        return p

    def runin(self, head, rest, head_font=KT, bold=True):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, True)
        add_text(p, head, head_font, 16, bold)
        add_text(p, rest, FS, 16)
        self.clauses.append(head + rest)
        return p

    def heading(self, pieces, font=HT):
        """Heading on its own line, possibly split over several runs."""
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, True)
        for piece in pieces:
            add_text(p, piece, font, 16)
        return p

    def empty(self):
        p = self.doc.add_paragraph()
        fmt(p, None, False)
        return p

    # Word automatic numbering "1." restarting for each list
    def new_list(self):
        numbering = self.doc.part.numbering_part.element
        if not self.num_ids:
            absn = OxmlElement("w:abstractNum")
            absn.set(qn("w:abstractNumId"), "73")
            mlt = OxmlElement("w:multiLevelType")
            mlt.set(qn("w:val"), "singleLevel")
            absn.append(mlt)
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
            rf.set(qn("w:ascii"), "Times New Roman")
            rf.set(qn("w:hAnsi"), "Times New Roman")
            rf.set(qn("w:eastAsia"), FS)
            rpr.append(rf)
            sz = OxmlElement("w:sz")
            sz.set(qn("w:val"), "32")
            rpr.append(sz)
            lvl.append(rpr)
            absn.append(lvl)
            first_num = numbering.find(qn("w:num"))
            if first_num is not None:
                first_num.addprevious(absn)
            else:
                numbering.append(absn)
        nid = 730 + len(self.num_ids)
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(nid))
        an = OxmlElement("w:abstractNumId")
        an.set(qn("w:val"), "73")
        num.append(an)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        numbering.append(num)
        self.num_ids.append(nid)
        self._counter = 0
        return nid

    def auto_item(self, text):
        nid = self.num_ids[-1]
        self._counter += 1
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, False)
        ppr = p._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), str(nid))
        numpr.append(il)
        numpr.append(ni)
        ppr.insert(0, numpr)
        p.paragraph_format.first_line_indent = Pt(32)
        add_text(p, text)
        self.clauses.append("%d.%s" % (self._counter, text.replace(SOFT, "")))
        return p

    def table(self, header, rows, widths=None, size=12):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            c = t.rows[0].cells[i]
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_text(c.paragraphs[0], h, HT, size)
        for ri, row in enumerate(rows):
            for ci, val in enumerate(row):
                c = t.rows[ri + 1].cells[ci]
                c.paragraphs[0].alignment = (WD_ALIGN_PARAGRAPH.CENTER
                                             if len(val) < 12 else WD_ALIGN_PARAGRAPH.LEFT)
                add_text(c.paragraphs[0], val, FS, size)
            self.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        if widths:
            t.autofit = False
            for i, w in enumerate(widths):
                t.columns[i].width = Cm(w)
            for row in t.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = Cm(w)
        return t

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def banji(self, fensong, yinfa_left, yinfa_date):
        self.empty()
        self.empty()
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, False)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        top_line(p)
        add_text(p, fensong, FS, 14)
        p2 = self.doc.add_paragraph()
        fmt(p2, WD_ALIGN_PARAGRAPH.LEFT, False)
        p2.paragraph_format.left_indent = Pt(14)
        ppr = p2._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "8")
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        bdr.append(b)
        ppr.append(bdr)
        add_text(p2, yinfa_left + yinfa_date, FS, 14)

    def save(self, stem):
        path = os.path.join(HERE, stem + ".docx")
        self.doc.save(path)
        return path


# ---------------------------------------------------------------- doc 1 厦门
def make_xiamen():
    b = Builder()
    p = b.para("厦门市人民政府常务会议纪要", clause=False, font=XBS, size=30,
               align=WD_ALIGN_PARAGRAPH.CENTER, first=False, color=RED, exact=50)
    p.paragraph_format.space_before = Pt(24)
    b.empty()
    b.para("〔2026〕5号", clause=False, align=WD_ALIGN_PARAGRAPH.CENTER, first=False)
    # office name and date separated by manual full-width spaces, red line under it
    p = b.para("厦门市人民政府办公厅　　　　　　　　　　2026年3月13日", clause=False,
               align=WD_ALIGN_PARAGRAPH.LEFT, first=False)
    red_bottom_line(p)
    b.empty()

    b.para("2026年3月11日，市长黄文辉主持召开十七届市政府第5次常务会议。会议研究了以下事项：")
    b.heading(["一、关于中国（福建）自由贸易试验区厦门片区深化制度创新的事项"])
    b.para("会议听取了市商务局（市自贸委）关于厦门片区2025年制度创新工作情况及2026年工作安排的汇报。")
    b.para("会议指出，厦门片区挂牌以来，累计推出创新举措612项，其中全国首创137项，形成了一批可复制推广的经验。"
           "今年是“十五五”开局之年，要对标《全面与进步跨太平洋伙伴关系协定》（CPTPP）等高标准经贸规则，"
           "在贸易便利化、两岸融合、航运物流等领域加大压力测试力度。会议议定：")
    b.para("1.原则同意《中国（福建）自由贸易试验区厦门片区2026年制度创新工作要点》，由市商务局（市自贸委）根据会议意见修改完善后印发实施。")
    b.para("2.围绕国际贸易“单一窗口”功能拓展，年内新增船舶、航空器、跨境服务贸易等应用场景不少于10个。由厦门海关、市商务局、市口岸办负责。")
    b.para("3.支持厦门片区开展保税维修、保税再制造业务，对新引进的全球维修项目，按照《厦门市促进外贸高质量发展若干措施》给予支持，所需资金由市、区两级财政按5∶5比例分担。")
    b.para("4.由市司法局牵头，会同市商务局（市自贸委）对片区现行有效的规范性文件开展一次全面清理，2026年6月30日前完成。")
    b.empty()

    b.heading(["二、关于中欧（厦门）班列高质量发展的事项"])
    b.para("会议听取了市发展改革委关于中欧（厦门）班列2025年运行情况的汇报。2025年，中欧（厦门）班列累计开行386列，同比增长12.6%，货值约168亿元。")
    b.para("会议强调，要充分发挥海铁联运优势，推动“丝路海运”与中欧班列无缝衔接，把厦门建设成为连接“21世纪海上丝绸之路”与“丝绸之路经济带”的重要枢纽。会议议定：")
    b.para("1.同意延续实施中欧（厦门）班列运营补贴政策至2026年12月31日。补贴标准按照去程、回程分别核定，回程重箱补贴标准上浮20%，具体办法由市发展改革委会同市财政局另行制定。")
    b.para("2.加快建设海沧铁路物流园集装箱办理站，确保2026年10月底前投入使用。由厦门港口管理局、中国铁路南昌局集团有限公司厦门货运中心、海沧区人民政府负责。")
    b.para("3.支持班列运营平台拓展“班列+”业务：")
    b.para("（1）开行“班列+跨境电商”专列，对接中亚、欧洲主要海外仓；")
    b.para("（2）开行“班列+冷链”专列，年内开行不少于12列；")
    b.para("（3）探索开展中欧班列运单物权化试点，推动铁路运单融资。")
    b.empty()

    b.heading(["三、关于中国（厦门）跨境电子商务综合试验区建设的事项　"])  # trailing full-width space
    b.para("会议审议并原则通过《中国（厦门）跨境电子商务综合试验区2026年工作方案》。")
    b.para("会议要求，各区、各有关部门要进一步完善跨境电商线上综合服务平台和线下产业园区“两平台”，做大做强跨境电商出口海外仓业务。会议议定：")
    b.para("1.对在我市新设立的跨境电商独立站企业，年度出口额首次突破1000万美元的，给予一次性奖励50万元。")
    b.para("2.市商务局要会同厦门海关、国家税务总局厦门市税务局，落实跨境电商出口退运商品税收政策，2026年二季度前完成政策宣讲全覆盖。")
    b.para("3.工作方案由市政府办公厅按程序印发。")
    b.empty()

    b.heading(["四、关于厦门象屿综合保税区扩区的事项"])
    b.para("会议同意以市政府名义向省政府报送《关于申请厦门象屿综合保税区扩区的请示》，由市商务局、厦门海关按程序办理，湖里区人民政府做好用地保障。")
    b.empty()
    b.empty()

    b.para("出席：黄文辉　张　毅　李晓东　陈　明　吴丽娟　林建华　郑国平", first=False)
    b.para("列席：市政府办公厅、市发展改革委、市财政局、市商务局（市自贸委）、市司法局、市口岸办，厦门海关，厦门港口管理局，海沧区人民政府、湖里区人民政府", first=False)
    b.para("请假：王　强（出差）", first=False)
    b.para("记录：苏晓梅", first=False)

    b.banji("分送：市委办公厅，市人大常委会办公厅，市政协办公厅，市纪委监委，各区人民政府，市直各委、办、局，各有关单位。",
            "厦门市人民政府办公厅　　　　　　　　　", "2026年3月13日印发")
    meta = {
        "title": "厦门市人民政府常务会议纪要",
        "doc_number": "〔2026〕5号",
        "issuer": ["厦门市人民政府"],
        "date": "2026-03-13",
        "published": None,
        "level": "municipal",
        "region": "厦门市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "纪要",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return b, "blind739_xiamen_jiyao", meta


# ---------------------------------------------------------------- doc 2 成都
def make_chengdu():
    b = Builder()
    b.para("成都市人民政府", clause=False, font=XBS, size=36,
           align=WD_ALIGN_PARAGRAPH.CENTER, first=False, color=RED, exact=56)
    b.para("常务会议纪要", clause=False, font=XBS, size=36,
           align=WD_ALIGN_PARAGRAPH.CENTER, first=False, color=RED, exact=56)
    b.para("第12期", clause=False, font=KT, align=WD_ALIGN_PARAGRAPH.CENTER, first=False)
    p = b.para("成都市人民政府办公厅　　　　　　　二〇二六年四月八日", clause=False,
               align=WD_ALIGN_PARAGRAPH.LEFT, first=False)
    red_bottom_line(p, sz=24)
    b.empty()

    b.para("2026年4月3日，市长刘宏远主持召开市政府2026年第12次常务会议，会议研究了以下事项：")
    b.empty()
    # heading split into several runs, as Word does after edits
    b.heading(["一、关于", "中国（四川）自由贸易试验区", "成都区域", "实施提升战略的事项"])
    b.para("会议听取了市商务局关于中国（四川）自由贸易试验区成都天府新区片区、成都青白江铁路港片区（以下简称成都区域）实施提升战略有关情况的汇报。")
    b.para("会议指出，成都区域要坚持以制度创新为核心，围绕内陆地区打造开放高地的目标，在国际铁路运单、多式联运“一单制”、服务贸易开放等方面形成更多标志性成果。" + SOFT +
           "要更加注重首创性、差异化探索，推动自贸试验区与天府国际空港综合保税区、成都国际铁路港综合保税区联动发展。会议议定如下：")
    b.new_list()
    b.auto_item("原则同意《中国（四川）自由贸易试验区成都区域提升战略三年行动方案（2026—2028年）》，请市商务局根据会议讨论意见进一步修改完善后，以市政府办公厅名义印发。")
    b.auto_item("建立成都区域与四川天府新区、青白江区“双片区”联席会议制度，每半年召开一次会议，由分管副市长召集。")
    b.auto_item("支持成都青白江铁路港片区开展铁路运单物权化改革，鼓励在蓉金融机构开展基于多式联运提单的融资业务，年内实现融资规模不低于20亿元。")
    b.auto_item("市财政局要统筹安排自贸试验区发展专项资金1.5亿元，重点支持制度创新、公共平台建设和人才引进。")
    b.empty()

    b.heading(["二、关于", "中欧班列（成渝）", "高质量发展的事项"])
    b.para("会议听取了市口岸物流办关于中欧班列（成渝）2025年运行情况及2026年工作目标的汇报。")
    b.para("会议认为，2025年中欧班列（成渝）成都方向开行量稳居全国前列，通道网络持续完善，但仍存在回程货源不足、运营成本偏高等问题。会议原则同意2026年主要工作目标（见下表），并议定：")
    b.table(["指标", "2025年完成情况", "2026年目标", "牵头单位"], [
        ["开行班列数量（列）", "5012", "5200", "市口岸物流办"],
        ["回程班列占比（%）", "41.3", "45", "市口岸物流办"],
        ["“班列+跨境电商”专列（列）", "186", "260", "市商务局"],
        ["班列货值（亿元）", "1526", "1600", "成都国际铁路港经开区管委会"],
    ], widths=[5.0, 3.2, 2.8, 4.6])
    b.new_list()
    b.auto_item("市口岸物流办要会同成都国际铁路港经开区管委会，加密至波兰罗兹、德国杜伊斯堡、荷兰蒂尔堡等既有线路，新开通至匈牙利布达佩斯、土耳其伊斯坦布尔的班列线路。")
    b.auto_item("落实中欧班列“中转集拼”模式，推动“蓉欧+东盟”国际铁海联运班列常态化运行。")
    b.auto_item("加大回程货源组织力度，对回程班列中进口汽车、冷链食品、高端装备等重点商品，研究制定专项支持措施，由市口岸物流办会同市财政局于2026年5月底前提出具体方案。")
    b.empty()

    b.heading(["三、关于进一步做好外商投资促进工作的事项"])
    b.para("会议审议了市投资促进局起草的《成都市进一步优化外商投资环境加大吸引外商投资力度若干措施（送审稿）》。")
    b.para("会议强调，要认真落实《外商投资准入特别管理措施（负面清单）》，全面落实准入前国民待遇，切实保障外资企业依法平等参与政府采购、招标投标、标准制定。会议议定：")
    b.new_list()
    b.auto_item("原则同意《若干措施（送审稿）》，请市投资促进局会同市司法局进行合法性审核后，按程序以市政府名义印发。")
    b.auto_item("对年实际使用外资金额超过5000万美元的新设外商投资项目，实行“一项目一专班”服务。")
    b.auto_item("各区（市）县政府（管委会）要于每季度末向市投资促进局报送外资项目推进情况。")
    b.empty()
    b.empty()

    b.para("出席：刘宏远、赵　峰、孙建国、周德胜、钱晓红、" + SOFT + "冯　涛、韩明远", first=False)
    b.para("列席：市政府办公厅、市发展改革委、市经信局、市财政局、市商务局、市口岸物流办、市投资促进局、市司法局，成都海关，四川天府新区管委会、成都国际铁路港经开区管委会，青白江区政府", first=False)
    b.para("请假：李新民（公务出差）", first=False)
    b.para("记录：何丽、王晓璐", first=False)

    b.banji("分送：省政府办公厅，市委办公厅，市人大常委会办公厅，市政协办公厅，各区（市）县政府，市政府各部门，有关单位。",
            "成都市人民政府办公厅　　　　　　　　　　", "2026年4月8日印发")
    meta = {
        "title": "成都市人民政府常务会议纪要",
        "doc_number": "第12期",
        "issuer": ["成都市人民政府"],
        "date": "2026-04-08",
        "published": None,
        "level": "municipal",
        "region": "成都市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "纪要",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return b, "blind739_chengdu_jiyao", meta


# ---------------------------------------------------------------- doc 3 郑州
def make_zhengzhou():
    b = Builder()
    b.para("郑州市人民政府常务会议纪要", clause=False, font=XBS, size=30,
           align=WD_ALIGN_PARAGRAPH.CENTER, first=False, color=RED, exact=50)
    b.para("（第9次）", clause=False, font=FS, align=WD_ALIGN_PARAGRAPH.CENTER, first=False)
    b.empty()
    p = b.para("郑州市人民政府办公厅　　　　　　　　　　2026年5月22日", clause=False,
               align=WD_ALIGN_PARAGRAPH.LEFT, first=False)
    red_bottom_line(p)
    b.empty()

    b.para("2026年5月20日，市长陈志刚主持召开市政府第9次常务会议，研究了中国（河南）自由贸易试验区郑州片区建设、中欧班列（中豫号）发展、跨境电商综试区建设、郑州新郑综合保税区高质量发展等事项。现纪要如下：")
    b.heading(["一、关于中国（河南）自由贸易试验区郑州片区2026年工作要点的事项"])
    b.para("会议听取了市商务局关于中国（河南）自由贸易试验区郑州片区2025年工作情况和2026年工作要点的汇报，原则同意《中国（河南）自由贸易试验区郑州片区2026年工作要点》。")
    b.para("会议指出，郑州片区要聚焦“两体系、一枢纽”战略定位，深入实施自贸试验区提升战略，加快建设现代综合交通枢纽。会议要求：")
    b.runin("（一）强化制度创新。", "围绕多式联运、跨境电商、航空物流等领域，全年形成制度创新成果不少于20项，力争2项以上在全国复制推广。")
    b.runin("（二）深化投资便利化。", "全面落实外商投资准入前国民待遇加负面清单管理制度，推行外商投资企业设立登记“一网通办”，办理时限压缩至2个工作日以内。")
    b.runin("（三）抓好任务落实。", "市商务局要将工作要点细化分解到各责任单位，建立月调度、季通报机制，每季度向市政府报告一次进展情况。")

    b.heading(["二、关于中欧班列（中豫号）高质量发展的事项"])
    b.para("会议听取了郑州国际陆港开发建设有限公司关于中欧班列（中豫号）运营情况的汇报。2025年，中欧班列（中豫号）累计开行3328班，货值、货重分别同比增长15.2%、11.8%。")
    b.para("会议强调，要坚持“运贸产”一体化发展方向，推动中欧班列由“通道经济”向“枢纽经济”转变。会议议定：")
    b.para("1.同意《2026年中欧班列（中豫号）重点任务分工表》（见附件），各责任单位要按照分工抓好落实。")
    b.para("2.加快郑州国际陆港第二节点建设：")
    b.para("（1）2026年9月底前完成圃田站改扩建工程；")
    b.para("（2）2026年12月底前建成海关监管作业场所并通过验收；")
    b.para("（3）同步推进铁路口岸指定监管场地申报工作。")
    b.para("3.市财政局要落实中欧班列发展专项资金，严格执行资金管理办法，确保专款专用。")

    b.heading(["三、关于中国（郑州）跨境电子商务综合试验区建设的事项"])
    b.para("会议研究了中国（郑州）跨境电子商务综合试验区2026年建设工作。会议议定：")
    b.para("1.支持跨境电商企业在共建“一带一路”国家和地区布局海外仓，对经认定的公共海外仓，按照年度实际投入的20%给予补助，单个企业最高不超过200万元。")
    b.para("2.深化跨境电商零售进口“1210”模式，推动网购保税进口药品试点扩面。")
    b.para("3.由市商务局牵头，会同郑州海关、市市场监管局筹办第十届全球跨境电子商务大会，相关经费纳入部门预算。")

    b.heading(["四、关于郑州新郑综合保税区高质量发展的事项"])
    b.para("会议同意郑州航空港经济综合实验区管委会提出的郑州新郑综合保税区“保税+”业态发展思路，支持综合保税区内企业开展保税研发、保税检测和全球维修业务。由郑州航空港经济综合实验区管委会负责落实。")
    b.empty()
    # attachment list line with hanging indent (not a clause)
    p = b.para("附件：2026年中欧班列（中豫号）重点任务分工表", clause=False)
    b.empty()
    b.para("出席：陈志刚、刘　卫、马国强、杨丽华、宋建军、徐　宁", first=False)
    b.para("列席：市政府秘书长、副秘书长，市政府办公厅、市发展改革委、市财政局、市商务局、市交通运输局、郑州海关、郑州航空港经济综合实验区管委会、郑州国际陆港开发建设有限公司", first=False)
    b.para("请假：高志远（参加省政府会议）", first=False)
    b.para("记录：张　敏", first=False)

    b.page_break()
    b.para("附件", clause=False, font=HT, align=WD_ALIGN_PARAGRAPH.LEFT, first=False)
    b.empty()
    b.para("2026年中欧班列（中豫号）重点任务分工表", clause=False, font=XBS, size=22,
           align=WD_ALIGN_PARAGRAPH.CENTER, first=False, exact=36)
    b.empty()
    b.table(["序号", "重点任务", "责任单位", "完成时限"], [
        ["1", "新开通至中亚、东盟方向班列线路不少于3条", "郑州国际陆港开发建设有限公司", "2026年12月底"],
        ["2", "完成圃田站改扩建工程", "市交通运输局、中国铁路郑州局集团有限公司", "2026年9月底"],
        ["3", "建成海关监管作业场所并通过验收", "郑州海关、郑州国际陆港开发建设有限公司", "2026年12月底"],
        ["4", "开展“班列+跨境电商”“班列+冷链”等特色专列", "市商务局", "持续推进"],
        ["5", "研究出台中欧班列发展专项资金管理办法", "市财政局、市发展改革委", "2026年7月底"],
    ], widths=[1.4, 6.4, 5.2, 2.6], size=12)

    b.banji("分送：市委办公厅，市人大常委会办公厅，市政协办公厅，各区县（市）人民政府，市人民政府各部门，各有关单位。",
            "郑州市人民政府办公厅　　　　　　　　　　", "2026年5月22日印发")
    meta = {
        "title": "郑州市人民政府常务会议纪要（第9次）",
        "doc_number": None,
        "issuer": ["郑州市人民政府"],
        "date": "2026-05-22",
        "published": None,
        "level": "municipal",
        "region": "郑州市",
        "effective": None,
        "expires": None,
        "attachments": ["2026年中欧班列（中豫号）重点任务分工表"],
        "doc_type": "纪要",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return b, "blind739_zhengzhou_jiyao", meta


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_739", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    expected = {}
    for maker in (make_xiamen, make_chengdu, make_zhengzhou):
        b, stem, meta = maker()
        path = b.save(stem)
        to_pdf(path)
        expected[stem] = [{"meta": meta, "clauses": b.clauses}]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
