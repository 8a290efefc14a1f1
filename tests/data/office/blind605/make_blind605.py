# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 605: long 方案/规划 with running headers/footers."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_run(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:ascii"), font)
    rfonts.set(qn("w:hAnsi"), font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=True, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    pf.first_line_indent = Pt(32) if indent else None
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def border(p, side="bottom", color="000000", sz=6):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:pBdr %s><w:%s w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), side, sz, color)))


def add_field(p, instr, font=ST, size=10.5):
    r = p.add_run()
    set_run(r, font, size)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    set_run(r, font, size)
    it = parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>' % (nsdecls("w"), instr))
    r._element.append(it)
    r = p.add_run()
    set_run(r, font, size)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r = p.add_run("1")
    set_run(r, font, size)
    r = p.add_run()
    set_run(r, font, size)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


class Builder:
    def __init__(self, header_text, doc_no, mark):
        self.doc = Document()
        self.clauses = []
        st = self.doc.styles["Normal"]
        st.font.name = FS
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        st.font.size = Pt(16)
        sec = self.doc.sections[0]
        sec.page_width = Cm(21.0)
        sec.page_height = Cm(29.7)
        sec.top_margin = Cm(3.7)
        sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)
        sec.header_distance = Cm(1.5)
        sec.footer_distance = Cm(1.8)
        sec.different_first_page_header_footer = True
        # running header (pages 2..n): short title + 文号, underline rule
        hp = sec.header.paragraphs[0]
        hp.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
        set_run(hp.add_run(header_text), ST, 10.5)
        set_run(hp.add_run("\t"), ST, 10.5)
        set_run(hp.add_run(doc_no), ST, 10.5)
        border(hp, "bottom", "000000", 6)
        # first page header: deliberately empty
        sec.first_page_header.paragraphs[0].text = ""
        for ft in (sec.footer, sec.first_page_footer):
            fp = ft.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_run(fp.add_run("第 "), ST, 10.5)
            add_field(fp, "PAGE")
            set_run(fp.add_run(" 页　共 "), ST, 10.5)
            add_field(fp, "NUMPAGES")
            set_run(fp.add_run(" 页"), ST, 10.5)
            mp = ft.add_paragraph()
            mp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            set_run(mp.add_run(mark), HT, 9)
        self._num_ids = 90
        self._abs_done = False

    # --- plain paragraphs
    def blank(self, n=1, exact=28):
        for _ in range(n):
            p = self.doc.add_paragraph()
            fmt(p, indent=False, exact=exact)

    def line(self, text, font=FS, size=16, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False,
             bold=False, color=None, exact=28, before=0, after=0):
        p = self.doc.add_paragraph()
        fmt(p, align, indent, exact, before, after)
        set_run(p.add_run(text), font, size, bold, color)
        return p

    def heading1(self, text):  # 一、xxx on its own line, 黑体
        return self.line(text, HT, 16, WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True)

    def heading2(self, text):  # （一）xxx on its own line, 楷体 bold
        return self.line(text, KT, 16, WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, bold=True)

    def clause(self, text, head=None, head_font=FS, head_bold=False, record=True):
        """Body paragraph; head is a run-in heading (separate run)."""
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, True)
        if head:
            set_run(p.add_run(head), head_font, 16, head_bold)
        # a quirk: long paragraphs are split in several runs like real edited files
        if len(text) > 60:
            cut = len(text) // 2
            set_run(p.add_run(text[:cut]), FS, 16)
            set_run(p.add_run(text[cut:]), FS, 16)
        else:
            set_run(p.add_run(text), FS, 16)
        if record:
            self.clauses.append((head or "") + text)
        return p

    # --- Word auto numbering "（1）"
    def new_auto_list(self):
        numbering = self.doc.part.numbering_part.element
        if not self._abs_done:
            absn = parse_xml(
                '<w:abstractNum %s w:abstractNumId="90">'
                '<w:multiLevelType w:val="singleLevel"/>'
                '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                '<w:suff w:val="nothing"/>'
                '<w:lvlText w:val="（%%1）"/><w:lvlJc w:val="left"/>'
                '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
                '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
                '</w:lvl></w:abstractNum>' % (nsdecls("w"), FS, FS, FS))
            numbering.insert(0, absn)
            self._abs_done = True
        self._num_ids += 1
        numbering.append(parse_xml(
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="90"/></w:num>'
            % (nsdecls("w"), self._num_ids)))
        self._auto_count = 0
        return self._num_ids

    def auto_item(self, text):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent=False)
        ppr = p._p.get_or_add_pPr()
        ppr.append(parse_xml(
            '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
            % (nsdecls("w"), self._num_ids)))
        ppr.append(parse_xml('<w:ind %s w:left="0" w:firstLine="640"/>' % nsdecls("w")))
        set_run(p.add_run(text), FS, 16)
        self._auto_count += 1
        self.clauses.append("（%d）%s" % (self._auto_count, text))

    # --- tables
    def table(self, headers, rows, widths, repeat_header=True, size=12, record=True):
        t = self.doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(headers):
            c = t.rows[0].cells[i]
            c.width = Cm(widths[i])
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_run(p.add_run(h), HT, size)
        t.autofit = False
        for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(w * 567)))
        if repeat_header:
            t.rows[0]._tr.get_or_add_trPr().append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].width = Cm(widths[i])
                p = cells[i].paragraphs[0]
                p.alignment = (WD_ALIGN_PARAGRAPH.LEFT if len(v) > 12 else WD_ALIGN_PARAGRAPH.CENTER)
                p.paragraph_format.line_spacing = Pt(20)
                p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
                set_run(p.add_run(v), FS, size)
            if record:
                self.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
        return t

    def layout_box(self, title, items):
        """专栏: a one-cell table used as a framed box."""
        t = self.doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        c = t.rows[0].cells[0]
        c.width = Cm(15.4)
        t._tbl.tblGrid.findall(qn("w:gridCol"))[0].set(qn("w:w"), str(int(15.4 * 567)))
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_run(p.add_run(title), HT, 14)
        for it in items:
            p = c.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(28)
            p.paragraph_format.line_spacing = Pt(24)
            p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            set_run(p.add_run(it), FS, 14)
            self.clauses.append(it)

    def page_break(self):
        p = self.doc.add_paragraph()
        fmt(p, indent=False)
        p.add_run().add_break(WD_BREAK.PAGE)

    def red_head(self, organ_line, doc_no, organ_size=26):
        self.blank(2)
        self.line(organ_line, XBS, organ_size, WD_ALIGN_PARAGRAPH.CENTER, color=RED, exact=None)
        self.blank(2)
        p = self.line(doc_no, FS, 16, WD_ALIGN_PARAGRAPH.CENTER)
        border(p, "bottom", "FF0000", 24)
        self.blank(1)

    def title(self, parts):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, exact=36)
        for i, part in enumerate(parts):
            r = set_run(p.add_run(part), XBS, 22)
            if i < len(parts) - 1:
                r.add_break()  # soft line break inside the title
        return p

    def save(self, path):
        self.doc.save(path)


def banji(b, cc_lines, printer, date_text):
    """版记: 抄送 and 印发 lines with rules."""
    b.blank(1)
    first = True
    for ln in cc_lines:
        p = b.line(ln, FS, 14, WD_ALIGN_PARAGRAPH.LEFT, exact=28)
        p.paragraph_format.left_indent = Pt(14) if first else Pt(56)
        if first:
            border(p, "top", "000000", 6)
        first = False
    p = b.doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, False)
    p.paragraph_format.left_indent = Pt(14)
    set_run(p.add_run(printer), FS, 14)
    set_run(p.add_run("　　　　　　　　　　" + date_text), FS, 14)
    border(p, "top", "000000", 6)
    border(p, "bottom", "000000", 6)


# =================================================================== Doc 1
def make_xiamen():
    docno = "厦府办〔2026〕7号"
    fa_title = "中国（福建）自由贸易试验区厦门片区提升发展三年行动方案（2026—2028年）"
    b = Builder("《厦门片区提升发展三年行动方案（2026—2028年）》", "　" + docno, "公开")
    b.red_head("厦门市人民政府办公厅文件", docno)
    b.title(["厦门市人民政府办公厅关于印发中国（福建）自由贸易试验区",
             "厦门片区提升发展三年行动方案（2026—2028年）的通知"])
    b.blank(1)
    b.line("各区人民政府，市直各委、办、局，各开发区管委会，中国（福建）自由贸易试验区厦门片区管委会，各有关单位：")
    c0 = len(b.clauses)
    b.clause("《" + fa_title + "》已经市政府同意，现印发给你们，请认真组织实施。")
    b.clause("各区、各部门要把实施自由贸易试验区提升战略作为推进高水平对外开放的重要抓手，"
             "按照职责分工细化工作举措，明确时间节点，确保各项任务落地见效。"
             "各牵头单位要于每年12月10日前将年度工作进展情况报送厦门片区管委会，"
             "由其汇总后报市政府。")
    notice_clauses = b.clauses[c0:]
    b.blank(3)
    b.line("　　　　　　　　　　　　　　　　厦门市人民政府办公厅")
    b.line("　　　　　　　　　　　　　　　　　　2026年2月13日")
    b.blank(1)
    b.line("（此件公开发布）", indent=True)

    # ---------------- the 方案 itself, on a new page
    b.page_break()
    c1 = len(b.clauses)
    b.title(["中国（福建）自由贸易试验区厦门片区", "提升发展三年行动方案", "（2026—2028年）"])
    b.blank(1)
    b.clause("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，"
             "落实《中国（福建）自由贸易试验区总体方案》和省委、省政府工作要求，"
             "推动中国（福建）自由贸易试验区厦门片区（以下简称厦门片区）在更高起点上深化改革、扩大开放，"
             "更好服务和融入新发展格局，结合厦门实际，制定本方案。")
    b.heading1("一、总体要求")
    b.clause("以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，"
             "坚持以制度创新为核心，以可复制可推广为基本要求，对标国际高标准经贸规则，"
             "稳步扩大规则、规制、管理、标准等制度型开放，着力建设投资贸易便利、航运物流高效、"
             "金融服务完善、营商环境一流、辐射带动作用突出的高水平自由贸易园区，"
             "努力打造“一带一路”建设重要枢纽和两岸融合发展示范窗口。",
             head="（一）指导思想。", head_font=KT, head_bold=True)
    b.clause("坚持对标一流、守正创新，以更大力度谋划和推进制度型开放；坚持产业为本、项目为王，"
             "推动制度创新与产业发展深度融合；坚持系统集成、协同联动，强化片区与海关、海事、边检等单位协同；"
             "坚持统筹发展和安全，健全与高水平开放相适应的风险防控体系，守住不发生系统性风险的底线。",
             head="（二）基本原则。", head_font=KT, head_bold=True)
    b.clause("到2028年，厦门片区制度创新能力明显增强，累计形成制度创新成果60项以上，"
             "其中全国首创成果15项以上；外向型经济规模和质量稳步提升，实际使用外资达到90亿元，"
             "货物进出口总额达到4500亿元，跨境电商进出口额达到400亿元；国际航运物流枢纽功能更加完善，"
             "集装箱吞吐量突破1400万标箱，中欧（厦门）班列年开行量达到300列。主要指标见表1。",
             head="（三）发展目标。", head_font=KT, head_bold=True)
    b.blank(1)
    b.line("表1　厦门片区提升发展主要指标", HT, 14, WD_ALIGN_PARAGRAPH.CENTER)
    b.table(
        ["序号", "指标名称", "单位", "2025年基数", "2028年目标", "指标属性"],
        [["1", "累计形成制度创新成果", "项", "41", "≥60", "预期性"],
         ["2", "其中：全国首创成果", "项", "9", "≥15", "预期性"],
         ["3", "实际使用外资", "亿元", "68.5", "90", "预期性"],
         ["4", "货物进出口总额", "亿元", "3652", "4500", "预期性"],
         ["5", "跨境电商进出口额", "亿元", "216", "400", "预期性"],
         ["6", "集装箱吞吐量", "万标箱", "1255", "1400", "预期性"],
         ["7", "其中：国际中转集装箱量", "万标箱", "118", "180", "预期性"],
         ["8", "海铁联运集装箱量", "万标箱", "12.6", "25", "预期性"],
         ["9", "中欧（厦门）班列年开行量", "列", "186", "300", "预期性"],
         ["10", "保税维修业务产值", "亿元", "142", "220", "预期性"],
         ["11", "融资租赁资产规模", "亿元", "1630", "2200", "预期性"],
         ["12", "新设外商投资企业", "家/年", "1050", "1200", "预期性"],
         ["13", "数字贸易额", "亿元", "410", "650", "预期性"],
         ["14", "国际贸易“单一窗口”主要业务应用率", "%", "100", "100", "约束性"],
         ["15", "进口货物整体通关时间压缩比例（较2025年）", "%", "—", "≥10", "约束性"],
         ["16", "对“一带一路”共建国家进出口额占比", "%", "31.5", "35", "预期性"],
         ["17", "对台贸易额", "亿元", "305", "380", "预期性"],
         ["18", "跨境人民币结算量", "亿元", "2860", "3800", "预期性"]],
        [1.3, 6.0, 1.8, 2.2, 2.2, 1.9], repeat_header=True, size=12)
    b.blank(1)
    b.heading1("二、重点任务")
    b.heading2("（一）深化制度型开放")
    b.clause("主动对接《全面与进步跨太平洋伙伴关系协定》（CPTPP）、《数字经济伙伴关系协定》（DEPA）等高标准经贸规则，"
             "在货物贸易、服务贸易、数字贸易、知识产权保护、政府采购等领域开展压力测试，"
             "每年形成不少于5项首创性制度创新成果，及时总结评估并向全省复制推广。",
             head="1．对接高标准国际经贸规则。")
    b.clause("全面落实外商投资准入前国民待遇加负面清单管理制度，推动负面清单以外领域外商投资项目备案“一网通办”，"
             "建立外商投资企业圆桌会议制度，每季度至少召开1次，及时协调解决外资企业反映的用工、用地、融资等问题，"
             "依法保护外商投资企业合法权益。",
             head="2．深化外商投资管理改革。")
    b.clause("深化国际贸易“单一窗口”建设，推动口岸通关与物流、金融、税务等环节数据互联互通。重点推进以下工作：",
             head="3．提升贸易便利化水平。")
    b.new_auto_list()
    b.auto_item("推广“两步申报”“提前申报”等通关模式，进口货物整体通关时间较2025年压缩10%以上；")
    b.auto_item("深化“船边直提”“抵港直装”改革，扩大适用企业和货物范围；")
    b.auto_item("推动海关、海事、边检等口岸查验单位信息互换、监管互认、执法互助，压缩船舶在港停时。")
    b.heading2("（二）做强国际航运物流枢纽")
    b.clause("加快厦门港集装箱码头智慧化改造，拓展东南亚、中东、非洲等地区航线，"
             "支持航运企业开展国际中转集拼业务，到2028年国际中转集装箱量达到180万标箱。",
             head="1．提升国际集装箱枢纽港能级。")
    b.clause("稳定开行厦门至波兰罗兹、德国杜伊斯堡、匈牙利布达佩斯等线路，推动“丝路海运”与中欧班列无缝衔接，"
             "发展海铁联运“一单制”，探索铁路运单物权化，到2028年中欧（厦门）班列年开行量达到300列。",
             head="2．拓展中欧（厦门）班列通道。")
    b.clause("引进培育船舶管理、航运经纪、海事仲裁、航运保险等高端航运服务企业，"
             "支持厦门航运交易所拓展航运交易、运价指数发布等功能，建设东南国际航运中心核心区。",
             head="3．发展高端航运服务。")
    b.heading2("（三）培育外贸新业态新模式")
    b.clause("支持跨境电商企业在“一带一路”共建国家和RCEP成员国布局海外仓，完善中国（厦门）跨境电子商务综合试验区"
             "线上综合服务平台功能，推广跨境电商B2B出口监管试点模式，培育跨境电商产业园5个以上。",
             head="1．做大跨境电子商务。")
    b.clause("依托厦门海沧港综合保税区、厦门象屿综合保税区，扩大航空器、船舶、集成电路等保税维修和再制造业务，"
             "推动综合保税区内企业开展“两头在外”检测维修，到2028年保税维修业务产值达到220亿元。",
             head="2．发展保税维修和再制造。")
    b.clause("建设数字贸易示范区，推动数据跨境安全有序流动，支持企业开展软件、动漫游戏、数字内容等服务出口，"
             "探索建立数据出境负面清单，培育一批数字贸易龙头企业。",
             head="3．发展数字贸易。")
    b.heading2("（四）深化对台和“一带一路”经贸合作")
    b.clause("推动两岸标准共通、资质互认，支持台胞台企享受同等待遇，扩大对台农产品、食品等商品进口，"
             "建设厦金区域物流和供应链合作平台，打造两岸融合发展示范窗口。",
             head="1．拓展对台经贸合作。")
    b.clause("高水平建设金砖国家新工业革命伙伴关系创新基地，支持企业赴“一带一路”共建国家开展国际产能合作，"
             "搭建境外经贸合作园区综合服务平台，为“走出去”企业提供法律、金融、风险预警等一站式服务。",
             head="2．服务“一带一路”建设。")
    b.heading2("（五）提升金融服务实体经济能力")
    b.clause("扩大跨境人民币结算便利化政策覆盖面，支持符合条件的企业开展跨国公司本外币一体化资金池业务，"
             "稳妥推进合格境外有限合伙人（QFLP）试点。",
             head="1．推进跨境金融创新。")
    b.clause("支持融资租赁企业开展飞机、船舶、大型设备等跨境租赁业务，落实租赁资产出口退税、海关异地委托监管等政策，"
             "到2028年融资租赁资产规模达到2200亿元。",
             head="2．做强融资租赁产业。")
    b.heading1("三、保障措施")
    b.clause("在市自贸试验区工作领导小组统筹下，建立市、区、片区三级协同推进机制，"
             "领导小组办公室设在厦门片区管委会，负责日常协调、督促检查和评估工作。",
             head="（一）加强组织领导。", head_font=KT, head_bold=True)
    b.clause("市财政每年安排专项资金支持厦门片区制度创新和重点项目建设，"
             "各区、各部门在用地、人才、融资等方面予以倾斜，对制度创新成果突出的单位和个人按规定给予表扬激励。",
             head="（二）强化政策支持。", head_font=KT, head_bold=True)
    b.clause("建立重点任务台账，实行清单化管理、项目化推进。重点任务分工见附件。"
             "厦门片区管委会每年组织第三方机构开展实施效果评估，评估结果纳入各区、各部门年度绩效考评。",
             head="（三）完善考核评估。", head_font=KT, head_bold=True)
    b.clause("建立健全容错纠错机制，鼓励大胆试、大胆闯、自主改，"
             "加强制度创新成果宣传推介，营造支持改革、鼓励创新的良好氛围。",
             head="（四）营造良好氛围。", head_font=KT, head_bold=True)
    b.clause("本方案自印发之日起实施，有效期至2028年12月31日。"
             "《中国（福建）自由贸易试验区厦门片区深化改革创新三年行动方案（2023—2025年）》（厦府办〔2023〕45号）同时废止。")
    b.blank(1)
    b.line("附件：厦门片区提升发展重点任务分工表", indent=True)
    # ---------------- 附件 table
    p = b.line("附件", HT, 16, WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.page_break_before = True
    b.blank(1)
    b.line("厦门片区提升发展重点任务分工表", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    b.blank(1)
    b.table(
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        [["1", "开展CPTPP、DEPA等高标准经贸规则压力测试", "厦门片区管委会", "市商务局、市司法局", "2028年12月"],
         ["2", "建立外商投资企业圆桌会议制度", "市商务局", "市发展改革委、厦门片区管委会", "2026年6月"],
         ["3", "推动外商投资项目备案“一网通办”", "市发展改革委", "市数据管理局", "2026年12月"],
         ["4", "进口货物整体通关时间较2025年压缩10%以上", "厦门海关", "厦门港口管理局、厦门边检总站", "2028年12月"],
         ["5", "扩大“船边直提”“抵港直装”适用范围", "厦门海关", "厦门港口管理局", "持续推进"],
         ["6", "推进口岸查验单位信息互换、监管互认、执法互助", "市口岸办", "厦门海关、厦门海事局、厦门边检总站", "2027年12月"],
         ["7", "国际中转集装箱量达到180万标箱", "厦门港口管理局", "厦门片区管委会、市交通运输局", "2028年12月"],
         ["8", "中欧（厦门）班列年开行量达到300列", "市商务局", "中国铁路南昌局集团有限公司厦门货运中心、厦门海关", "2028年12月"],
         ["9", "发展海铁联运“一单制”，探索铁路运单物权化", "厦门片区管委会", "市商务局、市地方金融管理局", "2027年12月"],
         ["10", "支持厦门航运交易所拓展运价指数发布等功能", "厦门港口管理局", "市国资委", "2027年6月"],
         ["11", "培育跨境电商产业园5个以上", "市商务局", "各区人民政府", "2028年12月"],
         ["12", "推广跨境电商B2B出口监管试点模式", "厦门海关", "市商务局", "2026年12月"],
         ["13", "扩大航空器、船舶、集成电路等保税维修业务", "厦门片区管委会", "厦门海关、海沧区人民政府、湖里区人民政府", "2028年12月"],
         ["14", "建设数字贸易示范区，探索数据出境负面清单", "市商务局", "市委网信办、市数据管理局、市工业和信息化局", "2027年12月"],
         ["15", "建设厦金区域物流和供应链合作平台", "市台港澳办", "市商务局、厦门片区管委会", "2027年12月"],
         ["16", "建设金砖国家新工业革命伙伴关系创新基地", "市工业和信息化局", "市商务局、市科技局", "持续推进"],
         ["17", "搭建境外经贸合作园区综合服务平台", "市商务局", "市贸促会、中国出口信用保险公司厦门分公司", "2026年12月"],
         ["18", "稳妥推进QFLP试点", "市地方金融管理局", "中国人民银行厦门市分行、厦门片区管委会", "2027年6月"],
         ["19", "融资租赁资产规模达到2200亿元", "市地方金融管理局", "厦门海关、市税务局", "2028年12月"],
         ["20", "每年组织第三方机构开展实施效果评估", "厦门片区管委会", "市财政局", "每年12月"]],
        [1.2, 6.2, 2.8, 3.6, 2.0], repeat_header=True, size=12)
    fa_clauses = b.clauses[c1:]
    banji(b, ["抄送：市委各部门，厦门警备区，各人民团体。",
              "市人大常委会办公厅，市政协办公厅，市监委，市中级法院，市检察院。"],
          "厦门市人民政府办公厅", "2026年2月13日印发")
    stem = "blind605_xiamen_fangan"
    b.save(os.path.join(HERE, stem + ".docx"))
    issuer = ["厦门市人民政府办公厅"]
    recips = ["各区人民政府", "市直各委、办、局", "各开发区管委会",
              "中国（福建）自由贸易试验区厦门片区管委会", "各有关单位"]
    exp = [
        {"meta": {
            "title": "厦门市人民政府办公厅关于印发中国（福建）自由贸易试验区厦门片区提升发展三年行动方案（2026—2028年）的通知",
            "doc_number": docno, "issuer": issuer, "date": "2026-02-13", "published": None,
            "level": "municipal", "region": "厦门市", "effective": None, "expires": None,
            "attachments": [], "doc_type": "通知", "recipients": recips,
            "publicity": "此件公开发布", "repeals": None},
         "clauses": notice_clauses},
        {"meta": {
            "title": fa_title,
            "doc_number": docno, "issuer": issuer, "date": "2026-02-13", "published": None,
            "level": "municipal", "region": "中国（福建）自由贸易试验区厦门片区",
            "effective": "2026-02-13", "expires": "2028-12-31",
            "attachments": ["厦门片区提升发展重点任务分工表"], "doc_type": "方案", "recipients": [],
            "publicity": "此件公开发布",
            "repeals": "《中国（福建）自由贸易试验区厦门片区深化改革创新三年行动方案（2023—2025年）》（厦府办〔2023〕45号）"},
         "clauses": fa_clauses},
    ]
    return stem, exp


# =================================================================== Doc 2
def make_chengdu():
    docno = "成铁港管发〔2026〕3号"
    title = "成都国际铁路港综合保税区发展规划（2026—2030年）"
    b = Builder("《铁路港综保区发展规划（2026—2030年）》", docno, "内部资料　注意保存")
    b.red_head("成都国际铁路港经济技术开发区管理委员会文件", docno, organ_size=18)
    b.title(["成都国际铁路港综合保税区发展规划", "（2026—2030年）"])
    b.blank(1)
    b.clause("成都国际铁路港综合保税区（以下简称铁路港综保区）是全国首个以铁路港为依托的综合保税区，"
             "是中欧班列（成渝）集结中心和成都国际铁路港国家级经济技术开发区的核心功能载体。"
             "为推动铁路港综保区在“十五五”时期实现高质量发展，根据《成都市国民经济和社会发展第十五个五年规划纲要》"
             "和国家关于推进综合保税区高水平开放高质量发展的有关要求，编制本规划。"
             "规划期为2026—2030年，基期为2025年。")
    b.heading1("一、发展基础")
    b.clause("“十四五”时期，铁路港综保区进出口总额由2020年的326亿元增长到2025年的612亿元，年均增长13.4%；"
             "中欧班列（成渝）累计开行超过2.8万列，国际线路通达欧洲、中亚、东盟等地区100余个城市；"
             "保税物流、保税加工、跨境电商、保税展示交易等业态集聚发展，在全国综合保税区发展绩效评估中位列A类。",
             head="（一）发展成效。", head_font=KT, head_bold=True)
    b.clause("当前，世界百年未有之大变局加速演进，全球产业链供应链加快重构，"
             "西部陆海新通道、中欧班列等国际物流通道地位持续提升；同时，周边综合保税区同质化竞争加剧，"
             "铁路港综保区仍存在产业能级不高、加工制造类项目偏少、“通道+经贸+产业”联动不够等短板。",
             head="（二）面临形势。", head_font=KT, head_bold=True)
    b.heading1("二、总体要求")
    b.clause("坚持以习近平新时代中国特色社会主义思想为指导，完整准确全面贯彻新发展理念，"
             "立足成渝地区双城经济圈建设，以“通道带物流、物流带经贸、经贸带产业”为主线，"
             "统筹发展和安全，推动铁路港综保区向加工制造中心、研发设计中心、物流分拨中心、检测维修中心、"
             "销售服务中心转型升级。",
             head="（一）指导思想。", head_font=KT, head_bold=True)
    b.clause("围绕建设内陆开放型经济高地，着力打造“四个中心”：",
             head="（二）功能定位。", head_font=KT, head_bold=True)
    b.clause("1.国际班列集结分拨中心。发挥中欧班列（成渝）集结中心作用，建设面向欧洲、中亚和东盟的国际货物集散分拨基地。")
    b.clause("2.保税加工制造中心。承接东部地区加工贸易梯度转移，发展电子信息、汽车零部件、高端装备等保税加工产业。")
    b.clause("3.跨境贸易服务中心。发展跨境电商、保税展示交易、国际贸易结算等业态，建设面向“一带一路”的进口商品集散地。")
    b.clause("4.开放制度创新中心。在海关监管、贸易便利化、铁路运单物权化等领域先行先试，形成一批可复制推广的创新成果。")
    b.clause("到2030年，铁路港综保区进出口总额突破1000亿元，培育年进出口额超10亿元的企业15家以上，"
             "中欧班列（成渝）年开行量稳定在5000列以上，在全国综合保税区发展绩效评估中保持A类。主要指标如下：",
             head="（三）发展目标。", head_font=KT, head_bold=True)
    b.blank(1)
    b.table(
        ["类别", "指标名称", "单位", "2025年", "2030年", "属性"],
        [["规模效益", "进出口总额", "亿元", "612", "1000", "预期性"],
         ["规模效益", "其中：保税加工进出口额", "亿元", "138", "350", "预期性"],
         ["规模效益", "年进出口额超10亿元企业", "家", "7", "15", "预期性"],
         ["规模效益", "实际使用外资", "万美元", "8600", "15000", "预期性"],
         ["通道能级", "中欧班列（成渝）年开行量（铁路港始发）", "列", "4860", "≥5000", "预期性"],
         ["通道能级", "国际班列境外通达城市", "个", "112", "130", "预期性"],
         ["通道能级", "铁海联运班列年开行量", "列", "1350", "2000", "预期性"],
         ["新兴业态", "跨境电商进出口额", "亿元", "96", "180", "预期性"],
         ["新兴业态", "保税维修业务产值", "亿元", "11", "40", "预期性"],
         ["新兴业态", "保税展示交易额", "亿元", "23", "50", "预期性"],
         ["新兴业态", "期货保税交割品种", "个", "2", "6", "预期性"],
         ["创新发展", "新增制度创新成果", "项", "—", "≥20（累计）", "预期性"],
         ["创新发展", "高新技术企业数量", "家", "26", "60", "预期性"],
         ["绿色发展", "单位进出口额综合能耗下降（较2025年）", "%", "—", "10", "约束性"],
         ["绿色发展", "区内企业分布式光伏装机容量", "兆瓦", "18", "60", "预期性"],
         ["营商环境", "企业综合满意度", "%", "93", "≥95", "预期性"],
         ["营商环境", "安全生产重特大事故", "起", "0", "0", "约束性"]],
        [2.2, 5.4, 1.6, 1.8, 2.4, 2.0], repeat_header=False, size=12)
    b.blank(1)
    b.heading1("三、空间布局")
    b.clause("按照“一区三园、功能互补”的思路，优化铁路港综保区空间布局，引导各类项目向功能园区集聚。")
    b.clause("1.班列物流园。依托成都国际铁路港站场，布局集装箱堆场、国际分拨中心、冷链仓储等设施，重点发展保税物流、国际分拨和多式联运。")
    b.clause("2.保税加工园。位于综保区东片区，重点布局电子信息、汽车零部件、智能装备等保税加工和检测维修项目。")
    b.clause("3.贸易服务园。位于综保区西片区，重点发展跨境电商、保税展示交易、供应链金融和国际贸易结算等服务业态。")
    b.heading1("四、重点任务")
    b.heading2("（一）提升中欧班列集结能力")
    b.clause("1.优化班列线路网络。巩固成都至罗兹、纽伦堡、蒂尔堡等欧洲主干线路，加密至阿拉木图、塔什干等中亚线路，"
             "拓展经霍尔果斯、满洲里、二连浩特口岸的多通道线路，提高回程班列比例。")
    b.clause("2.推进铁海、公铁多式联运。深化与北部湾港、宁波舟山港、上海港合作，发展铁海联运班列，"
             "推广多式联运“一单制”，开展铁路运单提单化和物权化试点。")
    b.clause("3.完善集结分拨设施。建设国际班列集结中心二期、冷链物流中心和跨境电商监管中心，提升场站装卸和分拨能力。")
    b.layout_box("专栏1　中欧班列（成渝）集结中心提能工程",
                 ["1.集结中心二期。新建集装箱作业线4条、堆场面积20万平方米，2027年建成投用。",
                  "2.国际冷链物流中心。建设冷库容量5万吨，满足进口肉类、水果等指定监管场地需求。",
                  "3.数字班列平台。整合订舱、报关、运输、结算等服务，实现班列全程可视化跟踪。"])
    b.blank(1)
    b.heading2("（二）做强保税加工和保税物流")
    b.clause("1.招引保税加工龙头项目。围绕电子信息、汽车零部件等产业链，引进一批“两头在外”加工制造项目，"
             "支持区内企业开展委内加工和增值税一般纳税人资格试点。")
    b.clause("2.发展保税维修和再制造。支持企业开展高端装备、工程机械、电子产品等保税维修业务，"
             "探索开展全球维修和再制造产品进口试点。")
    b.clause("3.提升保税物流功能。推广“仓储货物按状态分类监管”模式，发展国际分拨、国际中转和期货保税交割业务。")
    b.heading2("（三）发展跨境电商和外贸新业态")
    b.clause("1.做大跨境电商规模。依托中国（成都）跨境电子商务综合试验区，发展网购保税进口、跨境电商出口海外仓等模式，"
             "支持企业在中欧班列沿线国家布局海外仓10个以上。")
    b.clause("2.发展保税展示交易。建设进口商品展示交易中心，引进欧洲、中亚等地区特色商品，"
             "打造面向西部地区的进口商品集散分拨基地。")
    b.heading2("（四）推进制度创新和监管创新")
    b.clause("1.深化海关监管改革。推广“智慧综保”监管模式，推进卡口智能化验放、电子围网管理，"
             "试点开展保税货物“一票多车”“分送集报”等便利化措施。")
    b.clause("2.探索铁路运单物权化。联合金融机构开发基于铁路运单的融资产品，推动形成可复制推广的“铁路提单”规则。")
    b.heading2("（五）深化“一带一路”国际合作")
    b.clause("1.拓展国际经贸合作。加强与波兰、德国、哈萨克斯坦、乌兹别克斯坦等国家园区对接，"
             "共建海外物流节点和合作园区。")
    b.clause("2.搭建国际交流平台。办好中欧班列（成渝）国际合作论坛等活动，推动与共建国家在商品贸易、"
             "产业投资、人文交流等方面深化合作。")
    b.heading1("五、保障措施")
    b.clause("成立铁路港综保区高质量发展工作专班，由管委会主要负责同志任组长，统筹推进规划实施。",
             head="（一）加强组织实施。", head_font=KT, head_bold=True)
    b.clause("强化与成都海关、中国铁路成都局集团有限公司等单位协作，争取国家和省、市政策支持，"
             "落实重点项目用地、能耗等要素保障。",
             head="（二）强化要素保障。", head_font=KT, head_bold=True)
    b.clause("建立规划实施年度监测和中期评估制度，2028年开展中期评估，根据评估结果对规划目标和任务进行动态调整。",
             head="（三）开展监测评估。", head_font=KT, head_bold=True)
    b.clause("本规划由成都国际铁路港经济技术开发区管理委员会负责解释。")
    b.blank(1)
    b.line("附件：成都国际铁路港综合保税区“十五五”重点建设项目表", indent=True)
    b.blank(2)
    b.line("　　　　　　　成都国际铁路港经济技术开发区管理委员会")
    b.line("　　　　　　　　　　　　　　　二〇二六年三月十八日")
    # ---------------- 附件
    p = b.line("附件", HT, 16, WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.page_break_before = True
    b.blank(1)
    b.line("成都国际铁路港综合保税区“十五五”重点建设项目表", XBS, 20, WD_ALIGN_PARAGRAPH.CENTER, exact=32)
    b.blank(1)
    b.table(
        ["序号", "项目名称", "建设内容", "总投资（亿元）", "建设年限", "责任单位"],
        [["1", "中欧班列（成渝）集结中心二期", "新建集装箱作业线4条、堆场20万平方米及配套设施", "18.6", "2026—2027年", "铁路港口岸物流局"],
         ["2", "国际冷链物流中心", "建设冷库容量5万吨及进口肉类、水果指定监管场地", "9.2", "2026—2028年", "铁路港口岸物流局"],
         ["3", "跨境电商监管中心", "建设跨境电商监管作业场所、分拣线及海外仓服务平台", "3.5", "2026—2027年", "经济发展局"],
         ["4", "保税加工产业园标准厂房", "建设标准厂房30万平方米，配套研发检测用房", "15.0", "2026—2029年", "投资促进局"],
         ["5", "电子信息保税加工项目", "引进笔记本电脑、服务器整机及零部件保税加工生产线", "22.0", "2027—2030年", "投资促进局"],
         ["6", "汽车零部件保税加工项目", "建设新能源汽车电驱、电控零部件生产线", "12.8", "2027—2029年", "投资促进局"],
         ["7", "高端装备保税维修中心", "开展工程机械、数控机床等保税维修和再制造业务", "4.6", "2026—2028年", "经济发展局"],
         ["8", "进口商品展示交易中心", "建设保税展示交易场馆5万平方米", "6.3", "2026—2028年", "商务局"],
         ["9", "数字班列综合服务平台", "整合订舱、报关、运输、结算等服务，实现全程可视化", "1.8", "2026—2027年", "铁路港口岸物流局"],
         ["10", "智慧综保卡口改造", "改造智能卡口、电子围网及视频监控系统", "1.2", "2026年", "综保区建设管理办公室"],
         ["11", "期货保税交割库", "建设有色金属、农产品期货保税交割仓库", "3.0", "2027—2028年", "经济发展局"],
         ["12", "铁海联运物流基地", "建设铁海联运集装箱中转场站及配套仓储设施", "7.5", "2027—2029年", "铁路港口岸物流局"],
         ["13", "国际供应链金融服务中心", "引进供应链金融、贸易结算机构，建设服务楼宇", "5.4", "2028—2030年", "金融服务局"],
         ["14", "综保区二期基础设施", "道路、管网、围网等基础设施及配套设施建设", "10.5", "2026—2030年", "综保区建设管理办公室"],
         ["15", "国际人才社区", "建设人才公寓、国际学校及商业配套设施", "8.0", "2027—2030年", "社会事业局"]],
        [1.1, 3.6, 5.0, 1.8, 2.3, 2.2], repeat_header=True, size=11)
    banji(b, ["抄送：市商务局，成都海关，青白江区人民政府。"],
          "成都国际铁路港经济技术开发区党政办公室", "2026年3月19日印发")
    stem = "blind605_chengdu_guihua"
    b.save(os.path.join(HERE, stem + ".docx"))
    exp = [{"meta": {
        "title": title, "doc_number": docno,
        "issuer": ["成都国际铁路港经济技术开发区管理委员会"],
        "date": "2026-03-18", "published": None, "level": "zone",
        "region": "成都国际铁路港综合保税区", "effective": None, "expires": None,
        "attachments": ["成都国际铁路港综合保税区“十五五”重点建设项目表"],
        "doc_type": "规划", "recipients": [], "publicity": None, "repeals": None},
        "clauses": b.clauses}]
    return stem, exp


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_605", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for fn in (make_xiamen, make_chengdu):
        stem, exp = fn()
        expected[stem] = exp
        to_pdf(os.path.join(HERE, stem + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
