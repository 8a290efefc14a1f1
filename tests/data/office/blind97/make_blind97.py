# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 97: two long provincial documents (6-10 PDF pages each).

(a) 浙江省人民政府 浙政发〔2024〕17号, 印发 an 自贸试验区 / 一带一路 实施方案 with
    一、（一）1.（1） outline, footnotes, odd/even page numbers and a 3-page
    重点任务分工表 (header row repeated, rows allowed to break across pages).
(b) 福建省商务厅 闽商务规〔2024〕4号, 印发 a 管理办法 with 第一章…第六章 and
    第一条…第四十条, a 附则 repealing 闽商务合作〔2019〕15号, and a 申请表 form.

Writes blind97_*.docx, the LibreOffice PDF of each, and expected.json next to itself.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)
FS, HT, KT, XBS, SONG = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", "宋体"


def font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=0, size=16, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None: p.alignment = align
    pf.first_line_indent = Pt(size * indent) if indent else None
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    pf.widow_control = False


def border(p, side, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr"); ppr.append(bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "1"); e.set(qn("w:color"), color)
    bdr.append(e)


class Doc:
    def __init__(self):
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = FS; st.font.size = Pt(16)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        s = self.d.sections[0]
        s.page_width, s.page_height = Mm(210), Mm(297)
        s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
        s.footer_distance = Mm(24)
        self.d.settings.odd_and_even_pages_header_footer = True
        self._footers(s)
        self.footnotes = []  # (id, text)

    def _pagefield(self, p):
        def r(t=None):
            run = p.add_run(t or ""); font(run, SONG, 14); return run
        r("— ")
        for kind, instr in (("begin", None), (None, " PAGE "), ("separate", None), (None, None), ("end", None)):
            run = r()
            if kind:
                fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), kind); run._r.append(fc)
            elif instr:
                it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; run._r.append(it)
            else:
                run.text = "1"
        r(" —")

    def _footers(self, s):
        p = s.footer.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.right_indent = Pt(14); self._pagefield(p)
        p = s.even_page_footer.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.left_indent = Pt(14); self._pagefield(p)

    # ---- furniture
    def masthead(self, org, size, docno):
        fmt(self.d.add_paragraph(), exact=12)
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, exact=size * 1.3)
        font(p.add_run(org), XBS, size, color=RED)
        for _ in range(1):
            fmt(self.d.add_paragraph(), exact=28.9)
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, after=6)
        font(p.add_run(docno), FS, 16)
        border(p, "bottom", "FF0000", 18)
        fmt(self.d.add_paragraph(), exact=28.9)

    def title(self, text, pagebreak=False):
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, exact=36)
        if pagebreak: p.paragraph_format.page_break_before = True
        font(p.add_run(text), XBS, 22)
        fmt(self.d.add_paragraph(), exact=28.9)

    def plain(self, text, name=FS, indent=2, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=16, bold=False, pagebreak=False):
        p = self.d.add_paragraph(); fmt(p, align, indent, size)
        if pagebreak: p.paragraph_format.page_break_before = True
        self._runs(p, text, name, size, bold)
        return p

    def _runs(self, p, text, name, size, bold=False):
        # {fn:...} marks a footnote
        while "{fn:" in text:
            a, rest = text.split("{fn:", 1)
            fn, text = rest.split("}", 1)
            if a: font(p.add_run(a), name, size, bold)
            self._fnref(p, fn)
        if text: font(p.add_run(text), name, size, bold)

    def run_in(self, head, headfont, body):
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, 2)
        font(p.add_run(head), headfont, 16, bold=(headfont == FS))
        if body: self._runs(p, body, FS, 16)
        return p

    def _fnref(self, p, text):
        fid = len(self.footnotes) + 1
        self.footnotes.append((fid, text))
        r = p.add_run(); font(r, FS, 16)
        r.font.superscript = True
        ref = OxmlElement("w:footnoteReference"); ref.set(qn("w:id"), str(fid)); r._r.append(ref)

    def blank(self, n=1):
        for _ in range(n): fmt(self.d.add_paragraph(), exact=28.9)

    def sign(self, org, date):
        self.blank(1)
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.RIGHT); p.paragraph_format.right_indent = Pt(64)
        font(p.add_run(org), FS, 16)
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.RIGHT); p.paragraph_format.right_indent = Pt(64)
        font(p.add_run(date), FS, 16)

    def banji(self, cc, printer, pdate):
        self.blank(1)
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.LEFT, size=14)
        p.paragraph_format.left_indent = Pt(14); p.paragraph_format.right_indent = Pt(14)
        border(p, "top", "000000", 8); border(p, "bottom", "000000", 4)
        font(p.add_run(cc), FS, 14)
        p.paragraph_format.keep_with_next = True
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.LEFT, size=14)
        p.paragraph_format.left_indent = Pt(14); p.paragraph_format.right_indent = Pt(14)
        border(p, "bottom", "000000", 8)
        font(p.add_run(printer + "\u3000" * 6 + pdate), FS, 14)

    def save(self, path):
        if self.footnotes:
            self._write_footnotes()
        self.d.save(path)

    def _write_footnotes(self):
        W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        items = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
        ]
        for fid, text in self.footnotes:
            rpr = '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="24"/></w:rPr>'
            items.append(
                f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:jc w:val="both"/></w:pPr>'
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="24"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r>{rpr}<w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>')
        xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>' + "".join(items) + "</w:footnotes>"
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.d.part.package)
        self.d.part.relate_to(part, RT.FOOTNOTES)


def cell_text(cell, text, name=FS, size=14, align=WD_ALIGN_PARAGRAPH.LEFT, bold=False):
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i: p = cell.add_paragraph()
        fmt(p, align, size=size, exact=size * 1.45)
        if ln: font(p.add_run(ln), name, size, bold)


def set_widths(table, widths_mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_mm):
            c.width = Mm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)


def convert(docx):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, docx],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def strip_fn(t):
    out = t
    while "{fn:" in out:
        a, rest = out.split("{fn:", 1)
        out = a + rest.split("}", 1)[1]
    return out


def footnotes_of(t):
    res = []
    while "{fn:" in t:
        a, rest = t.split("{fn:", 1)
        fn, t = rest.split("}", 1)
        res.append(fn)
    return res


# =====================================================================
# (a) 浙江省人民政府 实施方案
# =====================================================================
A_TITLE = "浙江省人民政府关于印发中国（浙江）自由贸易试验区服务共建“一带一路”高质量发展实施方案的通知"
A_PLAN = "中国（浙江）自由贸易试验区服务共建“一带一路”高质量发展实施方案"
A_NOTICE = "现将《中国（浙江）自由贸易试验区服务共建“一带一路”高质量发展实施方案》印发给你们，请结合实际认真贯彻落实。"

# outline: ("h1", text) 黑体; ("h2", head, body) 楷体 run-in; ("h3", head, body) 仿宋加粗 run-in; ("p", text); ("h4", head, body)
A_BODY = [
    ("p", "为深入贯彻党中央、国务院关于推进高水平对外开放和高质量共建“一带一路”的决策部署，充分发挥中国（浙江）自由贸易试验区（以下简称浙江自贸试验区）{fn:浙江自贸试验区包括舟山片区、宁波片区、杭州片区和金义片区，实施范围以国务院批复的总体方案和扩展区域方案为准。}改革开放试验田作用，打造联通国内国际双循环的重要枢纽，结合我省实际，制定本方案。"),
    ("h1", "一、总体要求"),
    ("h2", "（一）指导思想。", "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，完整、准确、全面贯彻新发展理念，以制度创新为核心，以服务共建“一带一路”为主线，聚焦贸易投资自由化便利化、国际物流通道建设、大宗商品资源配置和数字经济合作等重点领域，加大先行先试力度，推动浙江自贸试验区在更大范围、更宽领域、更深层次上参与国际经济合作和竞争。"),
    ("h2", "（二）主要目标。", "到2026年，浙江自贸试验区与共建“一带一路”国家进出口额年均增长8%以上，累计形成服务共建“一带一路”制度创新成果40项以上；到2028年，基本建成以油气为核心的大宗商品资源配置基地、新型国际贸易中心、国际航运和物流枢纽、数字经济发展示范区和先进制造业集聚区，对共建“一带一路”国家双向投资额累计达到300亿美元{fn:本方案所称双向投资额，是指浙江自贸试验区内企业对共建“一带一路”国家实际投资额与共建“一带一路”国家在浙江自贸试验区内实际使用外资金额之和，按当年平均汇率折算。}。"),
    ("h1", "二、重点任务"),
    ("h2", "（一）提升贸易自由化便利化水平。", ""),
    ("h3", "1.建设国际贸易“单一窗口”升级版。", ""),
    ("p", "（1）拓展“单一窗口”与共建“一带一路”国家口岸的数据互联互通，推动原产地证书、检验检疫证书等单证电子化联网核查，力争2025年底前与10个以上共建国家实现数据交换。"),
    ("p", "（2）深化“两步申报”“提前申报”改革，对符合条件的进出口货物实施“船边直提”“抵港直装”，进口和出口货物整体通关时间在2023年基础上分别压缩10%和15%。"),
    ("h3", "2.培育发展数字贸易新业态。", "支持杭州片区建设数字贸易先行示范区，探索开展数据跨境流动安全评估便利化试点，在确保数据安全的前提下，研究制定重要数据目录和数据出境负面清单，为跨境电商、数字内容、云服务等企业数据出境提供规范、高效的服务。鼓励企业在共建国家布局海外仓，到2026年，支持建设省级公共海外仓100个以上，其中在共建国家布局的不少于60个。"),
    ("h2", "（二）深化双向投资合作。", ""),
    ("h3", "3.提高外商投资便利度。", "全面落实外商投资准入前国民待遇加负面清单管理制度，在自贸试验区内推行外商投资企业“一件事”集成办理，对共建国家投资者设立企业实行登记注册全程网办。健全外商投资企业投诉工作机制，依法保护外国投资者合法权益。"),
    ("h3", "4.支持企业稳妥有序“走出去”。", "引导有条件的企业在共建国家建设境外经贸合作区和产业园区，推动形成“总部+基地”“研发+制造”的跨境产业链布局。完善境外投资备案“不见面”办理，对省内企业赴共建国家投资的备案事项，在材料齐全、符合法定形式的情况下于3个工作日内办结。"),
    ("h2", "（三）打造国际物流枢纽。", ""),
    ("h3", "5.提升宁波舟山港综合服务能级。", "推进宁波舟山港与共建国家港口缔结友好港关系，加密至东南亚、南亚、中东、非洲等区域的集装箱航线，到2026年，宁波舟山港“一带一路”航线数量稳定在120条以上。推进江海联运、海铁联运发展，海铁联运箱量年均增长10%以上。"),
    ("h3", "6.做强义新欧中欧班列品牌。", "支持金义片区优化义新欧中欧班列线路布局，拓展至中亚、西亚和欧洲的线路，推动班列运行与跨境电商、市场采购贸易等业态联动发展。探索开展铁路运输单证物权化试点，推动铁路提单在信用证结算、质押融资等场景中的应用。"),
    ("h2", "（四）推进大宗商品资源配置。", ""),
    ("h3", "7.建设油气全产业链开放发展示范区。", "支持舟山片区建设国际油气交易中心，扩大保税燃料油加注规模，力争2026年保税燃料油加注量达到850万吨。鼓励与共建国家企业开展原油、天然气、液化石油气等大宗商品进口和储备合作，完善油气储运基础设施，提升国家油气储备能力。"),
    ("h3", "8.探索大宗商品贸易人民币计价结算。", "支持浙江国际油气交易中心开展以人民币计价的油气现货交易，推动与上海期货交易所等开展“期现合作”，发布具有区域影响力的价格指数{fn:价格指数的编制和发布，应当符合国家有关金融市场管理的规定，并按规定向有关部门报告。}。"),
    ("h2", "（五）强化金融服务支撑。", ""),
    ("h3", "9.推进跨境贸易投资高水平开放试点。", "在浙江自贸试验区内开展跨境贸易投资高水平开放试点，支持优质企业货物贸易外汇收支便利化，简化资本项目外汇收入支付手续。鼓励金融机构为企业赴共建国家投资提供跨境并购贷款、出口信用保险保单融资等服务。"),
    ("h2", "（六）深化规则对接和法治保障。", ""),
    ("h3", "10.对接国际高标准经贸规则。", "对标《区域全面经济伙伴关系协定》（RCEP）、《全面与进步跨太平洋伙伴关系协定》（CPTPP）等国际高标准经贸规则，在知识产权保护、政府采购、环境保护、劳动保护等领域开展压力测试，形成一批可复制推广的制度创新成果。"),
    ("h3", "11.加强涉外法律服务。", "支持设立国际商事仲裁和调解机构，探索建立“诉讼、仲裁、调解”一站式国际商事纠纷多元化解决机制，为企业在共建国家投资经营提供法律查明、风险预警和纠纷解决服务。"),
    ("h1", "三、保障措施"),
    ("h2", "（一）加强组织领导。", "在省推进“一带一路”建设工作领导小组统筹下，由省商务厅（省自贸办）会同有关部门建立工作专班，定期研究解决重大问题。各片区管委会要承担主体责任，制定年度工作计划，确保各项任务落地见效。"),
    ("h2", "（二）强化要素保障。", "省级相关专项资金对符合条件的重大项目予以倾斜支持，用地、用海、用能等指标优先保障自贸试验区重大项目需求。各地要加强人才引进培育，对引进的高层次国际化人才在落户、住房、子女入学等方面给予便利。"),
    ("h2", "（三）完善评估机制。", "建立任务清单、责任清单和项目清单，实行季度调度、年度评估。省商务厅每年12月底前将方案实施情况报告省政府。"),
    ("h1", "四、附则"),
    ("p", "本方案自印发之日起施行，有效期至2028年12月31日。实施过程中国家出台新规定的，从其规定。"),
]

A_ANNEX = "重点任务分工表"
A_HDR = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
A_ROWS = [
    ("拓展国际贸易“单一窗口”与共建“一带一路”国家口岸数据互联互通，推动原产地证书、检验检疫证书等单证电子化联网核查，与10个以上共建国家实现数据交换。", "杭州海关、宁波海关", "省商务厅（省自贸办）、省发展改革委、省市场监管局", "2025年12月底前"),
    ("深化“两步申报”“提前申报”改革，对符合条件的进出口货物实施“船边直提”“抵港直装”，整体通关时间在2023年基础上进口压缩10%、出口压缩15%。", "宁波海关", "杭州海关、宁波市政府、舟山市政府", "2025年12月底前"),
    ("支持杭州片区建设数字贸易先行示范区，探索开展数据跨境流动安全评估便利化试点。", "省委网信办", "省商务厅（省自贸办）、省经信厅、杭州市政府", "2026年6月底前"),
    ("研究制定自贸试验区重要数据目录和数据出境负面清单，为跨境电商、数字内容、云服务等企业数据出境提供规范、高效的服务。", "省委网信办", "省数据局、省商务厅（省自贸办）、杭州市政府", "2026年12月底前"),
    ("支持企业在共建国家布局海外仓，建设省级公共海外仓100个以上，其中在共建国家布局的不少于60个。", "省商务厅（省自贸办）", "省财政厅、中国出口信用保险公司浙江分公司", "2026年12月底前"),
    ("全面落实外商投资准入前国民待遇加负面清单管理制度，推行外商投资企业“一件事”集成办理。", "省商务厅（省自贸办）", "省市场监管局、省发展改革委、省司法厅", "持续推进"),
    ("对共建国家投资者设立企业实行登记注册全程网办，健全外商投资企业投诉工作机制。", "省市场监管局", "省商务厅（省自贸办）、省政务办", "2025年6月底前"),
    ("引导有条件的企业在共建国家建设境外经贸合作区和产业园区，推动形成“总部+基地”“研发+制造”的跨境产业链布局。", "省商务厅（省自贸办）", "省发展改革委、省经信厅、省国资委", "持续推进"),
    ("完善境外投资备案“不见面”办理，对材料齐全、符合法定形式的备案事项于3个工作日内办结。", "省商务厅（省自贸办）", "省发展改革委", "2024年12月底前"),
    ("推进宁波舟山港与共建国家港口缔结友好港关系，加密至东南亚、南亚、中东、非洲等区域的集装箱航线，“一带一路”航线数量稳定在120条以上。", "省海港集团", "省交通运输厅、宁波市政府、舟山市政府", "2026年12月底前"),
    ("推进江海联运、海铁联运发展，海铁联运箱量年均增长10%以上。", "省交通运输厅", "省海港集团、中国铁路上海局集团有限公司、宁波市政府", "持续推进"),
    ("支持金义片区优化义新欧中欧班列线路布局，拓展至中亚、西亚和欧洲的线路，推动班列运行与跨境电商、市场采购贸易等业态联动发展。", "金华市政府", "省发展改革委、省商务厅（省自贸办）、杭州海关", "持续推进"),
    ("探索开展铁路运输单证物权化试点，推动铁路提单在信用证结算、质押融资等场景中的应用。", "人民银行浙江省分行", "金华市政府、国家金融监督管理总局浙江监管局", "2026年12月底前"),
    ("支持舟山片区建设国际油气交易中心，扩大保税燃料油加注规模，保税燃料油加注量达到850万吨。", "舟山市政府", "省发展改革委、省能源局、宁波海关", "2026年12月底前"),
    ("鼓励与共建国家企业开展原油、天然气、液化石油气等大宗商品进口和储备合作，完善油气储运基础设施。", "省能源局", "省发展改革委、省商务厅（省自贸办）、舟山市政府、宁波市政府", "持续推进"),
    ("支持浙江国际油气交易中心开展以人民币计价的油气现货交易，推动与上海期货交易所等开展“期现合作”，发布具有区域影响力的价格指数。", "省委金融办", "人民银行浙江省分行、舟山市政府", "2027年12月底前"),
    ("开展跨境贸易投资高水平开放试点，支持优质企业货物贸易外汇收支便利化，简化资本项目外汇收入支付手续。", "国家外汇管理局浙江省分局", "人民银行浙江省分行、省委金融办", "2025年12月底前"),
    ("鼓励金融机构为企业赴共建国家投资提供跨境并购贷款、出口信用保险保单融资等服务。", "国家金融监督管理总局浙江监管局", "省委金融办、中国出口信用保险公司浙江分公司", "持续推进"),
    ("对标RCEP、CPTPP等国际高标准经贸规则，在知识产权保护、政府采购、环境保护、劳动保护等领域开展压力测试。", "省商务厅（省自贸办）", "省市场监管局（省知识产权局）、省财政厅、省生态环境厅、省人力社保厅", "2026年12月底前"),
    ("形成一批服务共建“一带一路”的可复制推广制度创新成果，累计不少于40项。", "省商务厅（省自贸办）", "各片区管委会、省级有关单位", "2026年12月底前"),
    ("支持设立国际商事仲裁和调解机构，建立“诉讼、仲裁、调解”一站式国际商事纠纷多元化解决机制。", "省司法厅", "省法院、省贸促会、杭州市政府、宁波市政府", "2025年12月底前"),
    ("为企业在共建国家投资经营提供法律查明、风险预警和纠纷解决服务。", "省司法厅", "省商务厅（省自贸办）、省贸促会", "持续推进"),
    ("建立工作专班，制定年度工作计划，定期研究解决重大问题。", "省商务厅（省自贸办）", "各片区管委会、省级有关单位", "每年3月底前"),
    ("省级相关专项资金对符合条件的重大项目予以倾斜支持，用地、用海、用能等指标优先保障自贸试验区重大项目需求。", "省财政厅", "省自然资源厅、省发展改革委、省能源局", "持续推进"),
    ("对引进的高层次国际化人才在落户、住房、子女入学等方面给予便利。", "省人力社保厅", "省公安厅、省建设厅、省教育厅", "持续推进"),
    ("建立任务清单、责任清单和项目清单，实行季度调度、年度评估，每年12月底前将方案实施情况报告省政府。", "省商务厅（省自贸办）", "各片区管委会", "每年12月底前"),
]
A_CC = "抄送：省委各部门，省人大常委会、省政协办公厅，省监委，省法院，省检察院，各民主党派省委会，省工商联，各人民团体。"
A_PRINT = ("浙江省人民政府办公厅", "2024年5月22日印发")


def build_a():
    D = Doc()
    D.masthead("浙江省人民政府文件", 46, "浙政发〔2024〕17号")
    D.title(A_TITLE)
    D.plain("各市、县（市、区）人民政府，省政府直属各单位：", indent=0)
    D.plain(A_NOTICE)
    D.sign("浙江省人民政府", "2024年5月20日")
    D.plain("（此件公开发布）", indent=2)
    # the 方案
    D.title(A_PLAN, pagebreak=True)
    for it in A_BODY:
        if it[0] == "p": D.plain(it[1])
        elif it[0] == "h1": D.plain(it[1], name=HT)
        elif it[0] == "h2": D.run_in(it[1], KT, it[2])
        elif it[0] == "h3": D.run_in(it[1], FS, it[2])
    D.blank(1)
    p = D.plain("附件：" + A_ANNEX)
    # 附件 page
    p = D.plain("附件", name=HT, indent=0, align=WD_ALIGN_PARAGRAPH.LEFT, pagebreak=True)
    D.blank(1)
    D.title(A_ANNEX)
    t = D.d.add_table(rows=1, cols=5); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, A_HDR):
        cell_text(c, h, HT, 12, WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0])
    for i, (task, lead, coop, due) in enumerate(A_ROWS, 1):
        cells = t.add_row().cells
        cell_text(cells[0], str(i), FS, 12, WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(cells[1], task, FS, 12)
        cell_text(cells[2], lead, FS, 12)
        cell_text(cells[3], coop, FS, 12)
        cell_text(cells[4], due, FS, 12, WD_ALIGN_PARAGRAPH.CENTER)
    set_widths(t, [14, 64, 26, 30, 22])
    D.banji(A_CC, *A_PRINT)
    path = os.path.join(HERE, "blind97_zhejiang_fangan.docx")
    D.save(path)
    return path


def expected_a():
    clauses = [A_NOTICE, "（此件公开发布）"]
    fns = []
    for it in A_BODY:
        if it[0] == "p":
            clauses.append(strip_fn(it[1])); fns += footnotes_of(it[1])
        elif it[0] in ("h2", "h3") and it[2]:
            clauses.append(it[1] + strip_fn(it[2])); fns += footnotes_of(it[2])
    for i, (task, lead, coop, due) in enumerate(A_ROWS, 1):
        clauses.append("；".join(f"{h}：{v}" for h, v in zip(A_HDR, (str(i), task, lead, coop, due))))
    # footnotes as separate notes (tolerable: attached to their clause, but never spliced mid-sentence)
    clauses += ["脚注：" + f for f in fns]
    return {
        "meta": {
            "title": A_TITLE, "doc_number": "浙政发〔2024〕17号", "issuer": ["浙江省人民政府"],
            "date": "2024-05-20", "level": "provincial", "region": "浙江省",
            "effective": "2024-05-20", "expires": "2028-12-31",
            "attachments": [A_ANNEX],
            "embedded_plan_title": A_PLAN, "publish": "此件公开发布", "printed": "2024-05-22",
            "cc": A_CC,
        },
        "clauses": clauses,
        "_note": ("Furniture, not clauses: red 版头 '浙江省人民政府文件', 文号 line, 主送 line, 落款 '浙江省人民政府' + date, "
                  "the plan's own title on p.2, pure heading lines (一、总体要求 / （一）提升贸易自由化便利化水平。 / 1.建设国际贸易“单一窗口”升级版。) which are structure "
                  "(keeping them as heading clauses is tolerable), '附件' marker and annex title, the repeated table header row on every page, "
                  "page numbers '— N —' (odd right / even left), 版记 (抄送 / 印发). (此件公开发布) may be dropped. Footnotes (3) must not be spliced into the body "
                  "sentence nor glued to whatever paragraph happens to precede them at the page foot; superscript markers '1','2','3' "
                  "after 试验区/美元/指数 should not remain as stray digits in the clause text ('300亿美元2。' is a wrong number). "
                  "Paragraphs and table rows that cross a page break must come out whole (one clause, no furniture inside). "
                  "The 附件 title (重点任务分工表) is the plan's attachment; listing it on the 通知 is expected. effective = 印发 date, "
                  "expires 2028-12-31 from '有效期至2028年12月31日'. Table rows: 26, 序号 1-26.")
    }


# =====================================================================
# (b) 福建省商务厅 管理办法
# =====================================================================
B_TITLE = "福建省商务厅关于印发《福建省“一带一路”境外经贸合作区建设发展专项资金管理办法》的通知"
B_RULE = "福建省“一带一路”境外经贸合作区建设发展专项资金管理办法"
B_MAIN = "各设区市商务局，平潭综合实验区经济发展局，中国（福建）自由贸易试验区福州、厦门、平潭片区管委会："
B_NOTICE = [
    "我厅制定了《福建省“一带一路”境外经贸合作区建设发展专项资金管理办法》，现印发给你们，请遵照执行。",
    "执行中遇到的问题，请及时向省商务厅对外投资和经济合作处反馈。",
]
CH = [
    ("第一章　总则", [
        ["第一条　为规范和加强福建省“一带一路”境外经贸合作区建设发展专项资金（以下简称专项资金）管理，提高资金使用效益，支持我省企业参与共建“一带一路”，根据《中华人民共和国预算法》《对外投资合作专项资金管理办法》等有关规定，结合我省实际，制定本办法。"],
        ["第二条　本办法所称专项资金，是指省级财政预算安排，用于支持我省企业在共建“一带一路”国家和地区（以下简称共建国家）建设境外经贸合作区（以下简称合作区）、开展对外投资合作的资金。"],
        ["第三条　本办法所称合作区，是指在福建省境内注册的中资控股企业（以下简称实施企业）在共建国家投资建设的加工区、工业园区、农业产业园区和商贸物流园区等。"],
        ["第四条　专项资金的管理和使用遵循以下原则：",
         "（一）公开透明。支持方向、申报条件和分配结果依法公开。",
         "（二）突出重点。优先支持中国（福建）自由贸易试验区内企业建设的合作区。",
         "（三）绩效导向。实行全过程预算绩效管理。",
         "（四）安全规范。确保资金使用安全、规范、有效。"],
        ["第五条　省商务厅负责提出专项资金年度支持重点和预算建议，组织项目申报和审核，会同省财政厅提出资金分配方案，开展绩效管理和监督检查。",
         "省财政厅负责专项资金的预算管理，审核资金分配方案，按规定下达和拨付资金，组织开展重点绩效评价和财政监督。"],
        ["第六条　各设区市商务主管部门、平潭综合实验区经济发展局（以下统称市级商务主管部门）负责本地区项目的组织申报、初审、推荐，并对申报材料的真实性进行审核，督促项目单位按规定使用资金。",
         "中国（福建）自由贸易试验区福州、厦门、平潭片区管委会配合做好片区内企业的项目申报和监督管理工作。"],
    ]),
    ("第二章　支持范围和标准", [
        ["第七条　专项资金支持以下事项：",
         "（一）合作区基础设施建设；",
         "（二）合作区公共服务平台建设；",
         "（三）合作区招商引资和宣传推介活动；",
         "（四）合作区从业人员的安全培训和属地化人员技能培训；",
         "（五）省委、省政府确定的其他支持事项。"],
        ["第八条　申请专项资金的合作区应当同时具备以下条件：",
         "（一）实施企业在福建省境内依法注册，具有独立法人资格，近三年内无重大违法违规记录；",
         "（二）合作区已按规定办理境外投资备案或者核准手续，并与所在国政府或者有关部门签订合作协议；",
         "（三）合作区规划面积不少于1平方公里，已累计完成基础设施投资不少于5000万元人民币；",
         "（四）入区企业不少于10家，其中中资企业不少于5家。"],
        ["第九条　对合作区基础设施建设项目，按照经审核确认的上一年度实际投资额的10%给予支持，单个合作区每年支持金额最高不超过800万元。"],
        ["第十条　对合作区公共服务平台建设项目，按照经审核确认的实际支出的30%给予支持，单个平台每年最高不超过200万元。"],
        ["第十一条　对合作区在境内外举办的招商推介活动，按照场地租赁、展台搭建、宣传资料制作等实际支出的50%给予支持，单个合作区每年最高不超过100万元。"],
        ["第十二条　对合作区开展的安全培训和属地化人员技能培训，按照每人每期1000元的标准给予支持，单个合作区每年最高不超过50万元。"],
        ["第十三条　对经商务部、财政部确认考核的国家级境外经贸合作区，在本办法规定的支持标准基础上，支持比例提高5个百分点，年度支持上限提高20%。",
         "新认定为国家级境外经贸合作区的，给予实施企业一次性奖励300万元。"],
        ["第十四条　同一项目已获得其他省级财政资金支持的，专项资金不再重复支持。",
         "同一实施企业在同一年度内申请多个合作区支持的，合计支持金额不超过1500万元。"],
        ["第十五条　下列支出不纳入专项资金支持范围：",
         "（一）合作区内企业生产经营性支出；",
         "（二）土地购置费和合作区内商品房开发建设支出；",
         "（三）罚款、滞纳金、捐赠、赞助等支出；",
         "（四）其他与合作区建设无关的支出。"],
    ]),
    ("第三章　申报和审核", [
        ["第十六条　省商务厅每年会同省财政厅发布专项资金申报通知，明确年度支持重点和申报要求。"],
        ["第十七条　实施企业申请专项资金，应当通过福建省商务厅对外投资合作服务平台进行网上申报，并提交以下材料：",
         "（一）福建省“一带一路”境外经贸合作区建设发展专项资金申请表（见附件）；",
         "（二）企业境外投资备案或者核准文件、合作区与所在国签订的合作协议复印件；",
         "（三）经会计师事务所审计的合作区上一年度财务报表及专项审计报告；",
         "（四）项目投资、支出的合同、发票、付款凭证等证明材料，外文材料应当附中文译本；",
         "（五）申报材料真实性承诺书。"],
        ["第十八条　实施企业对申报材料的真实性、准确性和完整性负责，不得以虚报、冒领、伪造材料等方式骗取专项资金。"],
        ["第十九条　市级商务主管部门应当在申报截止之日起15个工作日内完成初审，对申报项目提出初审意见，报送省商务厅。",
         "对不符合申报条件或者材料不全的项目，市级商务主管部门应当一次性告知实施企业补正。"],
        ["第二十条　省商务厅收到初审意见后，可以委托具有相应资质的第三方机构对申报项目进行专项审核，必要时组织专家进行评审或者实地核查。",
         "第三方机构应当在委托合同约定的期限内出具审核报告，并对审核结论负责。"],
        ["第二十一条　省商务厅根据审核和评审结果，结合年度预算规模，会同省财政厅研究提出资金分配方案。"],
        ["第二十二条　资金分配方案确定后，省商务厅应当在门户网站上进行公示，公示期不少于5个工作日。",
         "公示期间有异议的，由省商务厅会同有关部门核实处理；公示无异议的，按程序下达资金。"],
        ["第二十三条　申报金额低于审核确认金额的，按照申报金额核定；年度预算不足以按标准支持的，按照同一比例相应调减。"],
        ["第二十四条　实施企业有下列情形之一的，不予受理其当年度申请：",
         "（一）列入严重失信主体名单且尚未移出的；",
         "（二）以前年度获得的专项资金未按规定使用，且未完成整改的；",
         "（三）因违反所在国法律法规受到行政处罚，造成恶劣影响的。"],
    ]),
    ("第四章　资金拨付和使用", [
        ["第二十五条　省财政厅根据资金分配方案，在省人民代表大会批准预算后60日内下达资金，按照国库集中支付制度有关规定拨付。"],
        ["第二十六条　市级财政部门收到资金后，应当在30日内拨付至实施企业，不得截留、挤占、挪用。"],
        ["第二十七条　实施企业收到专项资金后，应当按照国家统一的会计制度进行账务处理，专款专用。",
         "属于基础设施建设和公共服务平台建设支持的资金，应当优先用于合作区后续建设和运营。"],
        ["第二十八条　专项资金原则上应当在当年使用完毕。因特殊原因确需跨年度使用的，应当报经市级商务主管部门同意并报省商务厅备案，结转期限不超过一年。"],
        ["第二十九条　专项资金形成的资产属于国有资产的，按照国有资产管理有关规定进行管理。"],
        ["第三十条　实施企业发生合并、分立、破产等重大变化或者合作区停止运营的，应当在30日内报告市级商务主管部门，由市级商务主管部门报省商务厅、省财政厅按规定处理。"],
        ["第三十一条　专项资金的支付涉及境外汇款的，实施企业应当遵守国家外汇管理有关规定，按照境外投资外汇登记的要求办理相关手续。"],
    ]),
    ("第五章　监督管理和绩效评价", [
        ["第三十二条　省商务厅会同省财政厅建立专项资金绩效评价制度，设定绩效目标，对资金使用情况和项目实施效果开展绩效监控和评价。",
         "绩效评价结果作为以后年度资金分配和政策调整的重要依据。"],
        ["第三十三条　实施企业应当于每年3月31日前，通过服务平台报送上一年度合作区建设运营情况和专项资金使用情况。"],
        ["第三十四条　市级商务主管部门应当加强对本地区项目的日常监管，每年对获得专项资金的项目进行抽查，抽查比例不低于20%。"],
        ["第三十五条　有关部门及其工作人员在专项资金管理中存在滥用职权、玩忽职守、徇私舞弊等行为的，依法追究相应责任。"],
        ["第三十六条　实施企业有下列行为之一的，由省商务厅会同省财政厅收回已拨付的专项资金，取消其三年内申请省级商务发展专项资金的资格，并按规定纳入公共信用信息平台：",
         "（一）提供虚假材料骗取专项资金的；",
         "（二）截留、挤占、挪用专项资金的；",
         "（三）拒绝接受监督检查或者绩效评价的；",
         "（四）其他违反本办法规定的行为。"],
        ["第三十七条　第三方机构在专项审核中出具虚假报告的，取消其承担专项审核的资格，并依法追究法律责任。"],
        ["第三十八条　专项资金管理接受审计、纪检监察等部门的监督检查。"],
    ]),
    ("第六章　附则", [
        ["第三十九条　本办法由省商务厅负责解释。"],
        ["第四十条　本办法自2024年8月1日起施行，有效期5年。《福建省商务厅关于印发〈福建省境外经贸合作区发展扶持资金管理暂行办法〉的通知》（闽商务合作〔2019〕15号）同时废止。"],
    ]),
]
B_ANNEX = "福建省“一带一路”境外经贸合作区建设发展专项资金申请表"
# form rows: list of cells; None = blank cell; (text, span)
B_FORM = [
    [("申报单位名称", 1), ("", 3)],
    [("统一社会信用代码", 1), ("", 1), ("注册地址", 1), ("", 1)],
    [("法定代表人", 1), ("", 1), ("联系人及电话", 1), ("", 1)],
    [("合作区名称", 1), ("", 3)],
    [("所在国家（地区）", 1), ("", 1), ("合作区类型", 1), ("□加工区　□工业园区\n□农业产业园区　□商贸物流园区", 1)],
    [("规划面积（平方公里）", 1), ("", 1), ("入区企业数（家）", 1), ("", 1)],
    [("申请支持事项", 1), ("□基础设施建设　□公共服务平台建设\n□招商推介活动　□人员培训", 3)],
    [("上年度实际投资额（万元）", 1), ("", 1), ("申请金额（万元）", 1), ("", 1)],
    [("项目内容简介", 1), ("\n", 3)],
    [("申报单位承诺", 1), ("本单位承诺所提交的申报材料真实、准确、完整，如有虚假，愿承担相应法律责任。\n法定代表人（签字）：　　　　　（单位盖章）\n年　　月　　日", 3)],
    [("市级商务主管部门初审意见", 1), ("\n（盖章）\n年　　月　　日", 3)],
]
B_CC = "抄送：商务部对外投资和经济合作司，省财政厅，省审计厅。"
B_PRINT = ("福建省商务厅办公室", "2024年7月11日印发")


def build_b():
    D = Doc()
    D.masthead("福建省商务厅文件", 50, "闽商务规〔2024〕4号")
    D.title(B_TITLE)
    D.plain(B_MAIN, indent=0)
    for t in B_NOTICE: D.plain(t)
    D.sign("福建省商务厅", "2024年7月10日")
    D.plain("（此件公开发布）")
    D.title(B_RULE, pagebreak=True)
    for chap, arts in CH:
        D.plain(chap, name=HT, indent=0, align=WD_ALIGN_PARAGRAPH.CENTER)
        for art in arts:
            for k, para in enumerate(art):
                if k == 0:
                    head, body = para.split("　", 1)
                    D.run_in(head + "　", HT, body)
                else:
                    D.plain(para)
    D.blank(1)
    D.plain("附件：" + B_ANNEX)
    D.plain("附件", name=HT, indent=0, align=WD_ALIGN_PARAGRAPH.LEFT, pagebreak=True)
    D.title(B_ANNEX)
    t = D.d.add_table(rows=len(B_FORM), cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(B_FORM):
        c = 0
        for text, span in row:
            cell = t.cell(r, c)
            if span > 1: cell = cell.merge(t.cell(r, c + span - 1))
            cell_text(cell, text, FS, 12, WD_ALIGN_PARAGRAPH.LEFT if c else WD_ALIGN_PARAGRAPH.CENTER)
            c += span
    set_widths(t, [40, 40, 36, 40])
    D.banji(B_CC, *B_PRINT)
    path = os.path.join(HERE, "blind97_fujian_banfa.docx")
    D.save(path)
    return path


def expected_b():
    clauses = list(B_NOTICE) + ["（此件公开发布）"]
    for chap, arts in CH:
        for art in arts:
            clauses += art
    for row in B_FORM:
        cells = [t.replace("\n", " ").strip() for t, s in row]
        pairs = [f"{cells[i]}：{cells[i + 1]}" for i in range(0, len(cells), 2)]
        clauses.append("；".join(pairs))
    return {
        "meta": {
            "title": B_TITLE, "doc_number": "闽商务规〔2024〕4号", "issuer": ["福建省商务厅"],
            "date": "2024-07-10", "level": "provincial", "region": "福建省",
            "effective": "2024-08-01", "expires": "2029-07-31",
            "attachments": [B_ANNEX],
            "embedded_rule_title": B_RULE,
            "repeals": ["闽商务合作〔2019〕15号（《福建省商务厅关于印发〈福建省境外经贸合作区发展扶持资金管理暂行办法〉的通知》）"],
            "publish": "此件公开发布", "printed": "2024-07-11", "cc": B_CC,
        },
        "clauses": clauses,
        "_note": ("Clauses listed per physical paragraph (款 and （一）项 separately, each labelled under its 条, e.g. 第七条（一）); grouping a 条's 款/项 into one "
                  "article clause is tolerable as long as nothing is lost. Chapter headings (第一章　总则 …) are structure, not clauses. Furniture: 版头 '福建省商务厅文件', "
                  "文号 line, 主送, 落款 + date, the rule's own title on p.2, '附件' marker + form title, page numbers '— N —', 版记 (抄送/印发). "
                  "An article crossing a page break must be one clause with no '— N —' or title inside, and the next page's first line must not become a new clause. "
                  "Form rows are given as 'label：value' with empty values for blank cells; dropping blank-only rows or keeping the form as one table clause is tolerable; "
                  "check-box options (□…) and the 承诺 text are content. effective 2024-08-01, expires 2029-07-31 (有效期5年), "
                  "repeals 闽商务合作〔2019〕15号 — that 文号 must not become this document's doc_number.")
    }


if __name__ == "__main__":
    exp = {}
    pa = build_a(); convert(pa)
    exp["blind97_zhejiang_fangan"] = [expected_a()]
    pb = build_b(); convert(pb)
    exp["blind97_fujian_banfa"] = [expected_b()]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
    print("ok")
