# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 875: 自贸试验区管理办法（省政府令形式）, Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
FW = "\u3000"  # full-width space

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, spacing=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    if spacing is not None:  # character spacing in twentieths of a point
        rpr.append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), spacing)))
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(32)
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, **kw):
    """runs: list of (text, fontname, size, bold[, color[, spacing]]) or plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        spacing = r[5] if len(r) > 5 else None
        font(p.add_run(text), name, size, bold, color, spacing)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    el = parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), val, sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def field_run(p, instr, name=SONG, size=14):
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = p.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                           % (nsdecls("w"), instr)))
    r3 = p.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), name, size)
    r5 = p.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, left="— ", right=" —", align=C):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    fp = s.footer.paragraphs[0]
    fp.alignment = align
    font(fp.add_run(left), SONG, 14)
    field_run(fp, "PAGE")
    font(fp.add_run(right), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def cell_vcenter(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_875", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


DIG = "零一二三四五六七八九"


def cn(n):
    if n < 10:
        return DIG[n]
    if n < 20:
        return "十" + (DIG[n % 10] if n % 10 else "")
    return DIG[n // 10] + "十" + (DIG[n % 10] if n % 10 else "")


def ling_head(doc, organ, number, rule_val="single", rule_sz=24, spacing=None):
    """政府令版头：红色“××省人民政府令”，令号居中，红色分隔线。"""
    empty(doc, 1)
    add_par(doc, [(organ, XBS, 40, False, RED, spacing)], align=C, indent=False,
            line=56, before=6)
    empty(doc, 1)
    p = add_par(doc, [(number, FS, 16, False)], align=C, indent=False)
    border(p, "bottom", "FF0000", rule_sz, 10, rule_val)
    empty(doc, 1)


class Articles:
    """第X条 counter; writes article paragraphs and collects clauses."""

    def __init__(self, doc, clauses, sep=FW, num_font=HT, lead="", first=Pt(32)):
        self.doc = doc
        self.clauses = clauses
        self.n = 0
        self.sep = sep
        self.num_font = num_font
        self.lead = lead
        self.first = first

    def art(self, text, items=None, more=None, soft=False):
        """text: first paragraph; items: list of （一）… lines; more: later 款.
        soft=True: items/款 typed with Shift+Enter inside one paragraph."""
        self.n += 1
        num = "第%s条" % cn(self.n)
        items = items or []
        more = more or []
        clause = num + self.sep + text + "".join(items) + "".join(more)
        self.clauses.append(clause)
        doc = self.doc
        p = doc.add_paragraph()
        if self.lead:
            font(p.add_run(self.lead), FS, 16)
        font(p.add_run(num), self.num_font, 16)
        font(p.add_run(self.sep + text), FS, 16)
        fmt(p, first=self.first)
        if soft:
            for t in items + more:
                p.add_run().add_break(WD_BREAK.LINE)
                font(p.add_run(t), FS, 16)
            return
        for t in items + more:
            q = doc.add_paragraph()
            if self.lead:
                font(q.add_run(self.lead), FS, 16)
            font(q.add_run(t), FS, 16)
            fmt(q, first=self.first)


def chapter(doc, text, name=HT, bold=False, before=6, after=6):
    add_par(doc, [(text, name, 16, bold)], align=C, indent=False, before=before, after=after)


# =================================================================== DOC A  云南
def doc_yunnan():
    stem = "blind875_yunnan_ling"
    doc = Document()
    setup(doc)
    clauses = []

    ling_head(doc, "云南省人民政府令", "第236号")
    ling = ("《中国（云南）自由贸易试验区管理办法》已经2026年3月6日省人民政府第58次常务会议通过，"
            "现予公布，自2026年5月1日起施行。")
    clauses.append(ling)
    add_par(doc, ling)
    empty(doc, 2)
    # 签署：用空格把“省长”推到右侧
    add_par(doc, " " * 36 + "省长" + FW + "李春明", indent=False)
    add_par(doc, " " * 34 + "2026年3月18日", indent=False)

    page_break(doc)
    # 标题两行，在“自由贸易”后硬回车折行
    add_par(doc, [("中国（云南）自由贸易", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("试验区管理办法", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)

    a = Articles(doc, clauses)
    chapter(doc, "第一章" + FW + "总则")
    a.art("为了推进和保障中国（云南）自由贸易试验区建设，打造面向南亚东南亚辐射中心的重要支撑，"
          "根据有关法律、行政法规和国务院批准的《中国（云南）自由贸易试验区总体方案》，结合本省实际，制定本办法。")
    a.art("本办法适用于经国务院批准设立的中国（云南）自由贸易试验区（以下简称自贸试验区），"
          "包括昆明片区、红河片区和德宏片区。")
    a.art("自贸试验区以制度创新为核心，以可复制可推广为基本要求，主动服务和融入共建“一带一路”，"
          "建设连接南亚东南亚大通道的重要节点，推动形成我国面向南亚东南亚的开放前沿。")
    chapter(doc, "第二章" + FW + "管理体制")
    a.art("省人民政府建立自贸试验区工作领导机制，统筹研究决定自贸试验区改革发展中的重大事项。"
          "省商务厅承担自贸试验区工作领导机制办公室日常工作，负责推进、协调、督促、评估自贸试验区建设工作。")
    a.art("昆明市、红河哈尼族彝族自治州、德宏傣族景颇族自治州人民政府应当设立片区管理机构，依法履行下列职责：",
          items=["（一）组织实施自贸试验区总体方案和片区发展规划；",
                 "（二）统筹片区内产业布局、重大项目建设和投资促进工作；",
                 "（三）依法承接省、州（市）下放或者委托的行政管理事项；",
                 "（四）省人民政府规定的其他职责。"])
    a.art("省人民政府有关部门和有关州（市）人民政府应当按照“能放尽放、放管结合”的原则，"
          "依法向片区管理机构下放或者委托行使行政管理权限。下放或者委托的权限目录由省商务厅会同省司法厅拟订，"
          "报省人民政府批准后向社会公布。")
    chapter(doc, "第三章" + FW + "投资贸易便利化")
    a.art("自贸试验区实行外商投资准入前国民待遇加负面清单管理制度。负面清单之外的领域，按照内外资一致的原则实施管理。")
    a.art("自贸试验区内全面推行“证照分离”改革和企业开办“一网通办”，企业开办时间压缩至1个工作日以内。")
    a.art("支持自贸试验区依托国际贸易“单一窗口”，推进口岸查验、物流、金融等信息共享，提高货物通关效率。",
          more=["支持红河片区、德宏片区依托河口、瑞丽等口岸，创新边民互市贸易管理方式，"
                "发展跨境电子商务、边境贸易加工等业态。"])
    a.art("支持自贸试验区深化与老挝、越南、缅甸等周边国家的经贸合作，依托中老铁路建设国际物流大通道，"
          "发展铁公水多式联运，推动中老铁路沿线开发开放。")
    chapter(doc, "第四章" + FW + "金融服务")
    a.art("在依法合规、风险可控的前提下，支持自贸试验区扩大人民币跨境使用，"
          "推动人民币与周边国家货币跨境结算和直接交易。")
    chapter(doc, "第五章" + FW + "综合监管")
    a.art("自贸试验区建立以信用监管为基础、以“双随机、一公开”监管为基本手段、以重点监管为补充的新型监管机制。")
    a.art("自贸试验区建立改革创新容错机制。改革创新未能实现预期目标，但符合国家确定的改革方向，"
          "决策程序符合规定，且勤勉尽责、未牟取私利的，对有关单位和个人不作负面评价，依法免除相关责任。")
    chapter(doc, "第六章" + FW + "附则")
    a.art("本办法自2026年5月1日起施行。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（云南）自由贸易试验区管理办法",
            "doc_number": "云南省人民政府令第236号",
            "issuer": ["云南省人民政府"],
            "date": "2026-03-18",
            "published": None,
            "level": "provincial",
            "region": "云南省",
            "effective": "2026-05-01",
            "expires": None,
            "attachments": [],
            "doc_type": "办法",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B  黑龙江
def doc_heilongjiang():
    stem = "blind875_heilongjiang_ling"
    doc = Document()
    setup(doc, left="- ", right=" -", align=C)
    clauses = []

    # 版头字间距拉开，红线用双线
    ling_head(doc, "黑龙江省人民政府令", "第31号", rule_val="thickThinSmallGap",
              rule_sz=36, spacing=-20)
    ling = ("《中国（黑龙江）自由贸易试验区管理办法》已经2025年12月12日省人民政府第71次常务会议讨论通过，"
            "现予公布，自2026年2月1日起施行。")
    clauses.append(ling)
    add_par(doc, ling)
    empty(doc, 2)
    # 签署：右对齐制表位
    p = add_par(doc, [("\t省" + FW + "长" + FW + FW, FS, 16, False), ("梁志远", KT, 16, False)],
                indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(14.2), 2)
    p = add_par(doc, "\t二〇二五年十二月二十六日", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(14.6), 2)

    page_break(doc)
    # 标题：一个段落内手动换行，断在“试验”处
    p = doc.add_paragraph()
    font(p.add_run("中国（黑龙江）自由贸易试验"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("区管理办法"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)

    a = Articles(doc, clauses)
    chapter(doc, "第一章" + FW + "总" + FW + "则")
    a.art("为了推进中国（黑龙江）自由贸易试验区建设，打造对俄罗斯及东北亚区域合作的中心枢纽，"
          "根据有关法律、行政法规和国务院批准的《中国（黑龙江）自由贸易试验区总体方案》，结合本省实际，制定本办法。")
    a.art("本办法适用于中国（黑龙江）自由贸易试验区（以下简称自贸试验区），包括哈尔滨片区、黑河片区和绥芬河片区。")
    a.art("自贸试验区建设应当对接共建“一带一路”和中蒙俄经济走廊建设，深化对俄及东北亚区域合作，"
          "推动建设面向国际的开放合作新高地。")
    chapter(doc, "第二章" + FW + "管理体制")
    a.art("省人民政府统一领导自贸试验区建设工作。省商务厅（省自由贸易试验区工作办公室）负责自贸试验区建设的综合协调、"
          "政策研究、制度创新成果评估和复制推广等工作。")
    a.art("哈尔滨市、黑河市、牡丹江市人民政府负责本行政区域内片区的建设和管理，设立片区管理委员会，履行下列职责：",
          items=["（一）组织实施片区发展规划和改革试点任务；",
                 "（二）承接省、市下放的行政审批和管理事项，实行“一枚印章管审批”；",
                 "（三）负责片区内投资促进、企业服务和统计信息发布；",
                 "（四）协调海关、边检、海事等驻区单位的相关工作。"],
          soft=True)
    chapter(doc, "第三章" + FW + "投资贸易便利化")
    add_par(doc, [("第一节" + FW + "投资促进", KT, 16, True)], align=C, indent=False)
    a.art("自贸试验区实施外商投资准入前国民待遇加负面清单管理制度，推行外商投资企业设立、变更登记“一窗受理”。")
    a.art("支持自贸试验区发展对俄木材、粮食、农产品精深加工以及新材料、生物医药等产业，"
          "鼓励企业在俄罗斯远东地区建设境外经贸合作区，形成“境外资源开发+境内落地加工”的产业链条。")
    add_par(doc, [("第二节" + FW + "贸易便利", KT, 16, True)], align=C, indent=False)
    a.art("海关等口岸管理部门应当在自贸试验区推行“两步申报”“提前申报”等通关模式，"
          "推动黑河、绥芬河口岸实现进出境货物“7×24小时”通关。")
    a.art("支持黑河片区、绥芬河片区开展边民互市贸易进口商品落地加工试点，完善互市贸易商品交易、结算、"
          "物流和监管服务体系。")
    a.art("支持自贸试验区依托黑河公路大桥、同江铁路大桥和中欧班列（哈尔滨）,建设跨境物流通道和国际货物集散中心，"
          "发展陆海联运、公铁联运。")
    chapter(doc, "第四章" + FW + "金融服务")
    a.art("在风险可控的前提下，支持自贸试验区内银行业金融机构开展人民币与卢布现钞跨境调运、"
          "跨境人民币结算等业务，探索建立对俄跨境金融服务中心。")
    chapter(doc, "第五章" + FW + "法治保障")
    a.art("支持在自贸试验区设立国际商事仲裁、调解机构，建立诉讼、仲裁、调解相衔接的涉外商事纠纷多元化解决机制。")
    chapter(doc, "第六章" + FW + "附" + FW + "则")
    a.art("本办法自2026年2月1日起施行。2020年9月30日省人民政府公布的《中国（黑龙江）自由贸易试验区管理暂行办法》同时废止。")

    # 版记
    empty(doc, 1)
    p = add_par(doc, [("抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院。", FS, 14, False)],
                indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [("黑龙江省人民政府办公厅", FS, 14, False), (FW * 6, FS, 14, False),
                       ("2025年12月29日印发", FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（黑龙江）自由贸易试验区管理办法",
            "doc_number": "黑龙江省人民政府令第31号",
            "issuer": ["黑龙江省人民政府"],
            "date": "2025-12-26",
            "published": None,
            "level": "provincial",
            "region": "黑龙江省",
            "effective": "2026-02-01",
            "expires": None,
            "attachments": [],
            "doc_type": "办法",
            "recipients": [],
            "publicity": None,
            "repeals": "2020年9月30日省人民政府公布的《中国（黑龙江）自由贸易试验区管理暂行办法》",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C  河南
def doc_henan():
    stem = "blind875_henan_zanxing"
    doc = Document()
    setup(doc, left="—", right="—", align=C)
    clauses = []
    IND = FW * 2  # 用全角空格代替首行缩进

    ling_head(doc, "河南省人民政府令", "第218号")
    ling = ("《中国（河南）自由贸易试验区管理暂行办法》已经2026年5月29日省人民政府第96次常务会议通过，"
            "现予公布，自2026年8月1日起施行。")
    clauses.append(ling)
    add_par(doc, IND + ling, indent=False)
    empty(doc, 1)
    # 签署放在无边框表格右栏
    t = doc.add_table(rows=2, cols=2)
    set_cell(t.rows[0].cells[1], "省长" + FW + "陈国华", FS, 16)
    set_cell(t.rows[1].cells[1], "2026年6月12日", FS, 16)
    empty(doc, 2)

    # 办法紧接令文，不分页；标题折在“管理”后
    add_par(doc, [("中国（河南）自由贸易试验区管理", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("暂行办法", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)

    a = Articles(doc, clauses, sep="  ", num_font=FS, lead=IND, first=Pt(0))
    chapter(doc, "第一章" + FW + "总则")
    a.art("为了推进中国（河南）自由贸易试验区建设，发挥其在服务共建“一带一路”和内陆开放中的引领作用，"
          "根据有关法律、法规和国务院批准的《中国（河南）自由贸易试验区总体方案》，结合本省实际，制定本办法。")
    a.art("本办法适用于中国（河南）自由贸易试验区（以下简称自贸试验区），包括郑州片区、开封片区和洛阳片区。"
          "各片区实施范围和功能定位见附件。")
    a.art("省人民政府设立自贸试验区建设领导小组，领导小组办公室设在省商务厅，负责自贸试验区日常协调推进工作。"
          "郑州市、开封市、洛阳市人民政府设立片区管理委员会，具体负责片区的建设和管理。")
    chapter(doc, "第二章" + FW + "开放通道建设")
    a.art("支持郑州片区依托郑州航空港经济综合实验区，深化郑州—卢森堡“空中丝绸之路”建设，"
          "拓展国际货运航线，发展航空物流、航空维修和跨境电子商务。")
    a.art("支持自贸试验区推进中欧班列（中豫号）高质量发展，开展铁路运输单证物权化和“一单制”多式联运试点,"
          "推动陆上丝绸之路与空中、网上、海上丝绸之路协同发展。")
    a.art("支持开封片区、洛阳片区发展文化贸易、服务外包、国际文化旅游和高端装备制造，"
          "建设国家文化出口基地和国际智能制造合作示范区。")
    chapter(doc, "第三章" + FW + "制度创新")
    a.art("自贸试验区应当聚焦投资、贸易、金融、跨境数据流动等领域，开展首创性、差异化改革探索。"
          "形成的制度创新成果，经评估后由省商务厅会同有关部门在全省复制推广。")
    a.art("省人民政府有关部门应当依法将与自贸试验区发展相适应的省级经济管理权限下放至片区管理委员会，"
          "不能下放的，应当开辟绿色通道。")
    a.art("自贸试验区实行以企业信用为基础的分级分类监管，对信用良好的企业减少检查频次，"
          "对失信主体依法实施联合惩戒。")
    chapter(doc, "第四章" + FW + "附则")
    a.art("省商务厅应当会同有关部门每年对自贸试验区建设情况开展评估，评估结果报省人民政府。")
    a.art("本办法自2026年8月1日起施行，有效期至2031年7月31日。")

    empty(doc, 1)
    add_par(doc, IND + "附件：中国（河南）自由贸易试验区各片区实施范围及功能定位", indent=False)

    # 附件：单独一页
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("中国（河南）自由贸易试验区各片区", XBS, 20, False)], align=C, indent=False, line=32)
    add_par(doc, [("实施范围及功能定位", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1)

    t = doc.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(2.4), Cm(2.0), Cm(2.4), Cm(3.4), Cm(5.4)]
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    hdr0, hdr1 = t.rows[0].cells, t.rows[1].cells
    m = hdr0[0].merge(hdr1[0])
    set_cell(m, "片区", HT, 12)
    m = hdr0[1].merge(hdr0[2])
    set_cell(m, "实施范围面积（平方公里）", HT, 12)
    set_cell(hdr1[1], "总面积", HT, 12)
    set_cell(hdr1[2], "其中：海关特殊监管区域", HT, 12)
    m = hdr0[3].merge(hdr1[3])
    set_cell(m, "所在区域", HT, 12)
    m = hdr0[4].merge(hdr1[4])
    set_cell(m, "功能定位", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    keys = ["片区", "实施范围面积（平方公里）／总面积", "实施范围面积（平方公里）／其中：海关特殊监管区域",
            "所在区域", "功能定位"]
    rows = [
        ["郑州片区", "73.17", "5.73",
         "郑州经济技术开发区、郑东新区及郑州航空港经济综合实验区部分区域",
         "重点发展智能终端、高端装备及汽车制造、生物医药等先进制造业和现代物流、国际商贸、跨境电商、现代金融等现代服务业"],
        ["开封片区", "19.94", "—", "开封市城乡一体化示范区",
         "重点发展服务外包、医疗旅游、创意设计、文化传媒、艺术品交易等服务业，建设国际文化贸易和人文旅游合作平台"],
        ["洛阳片区", "26.66", "1.13", "洛阳高新技术产业开发区",
         "重点发展装备制造、机器人、新材料等高端制造业以及研发设计、电子商务、文化展示交易等服务业"],
        ["合计", "119.77", "6.86", "—", "—"],
    ]
    for row in rows:
        cells = t.add_row().cells
        for ci, v in enumerate(row):
            set_cell(cells[ci], v, FS, 12, align=(L if ci >= 3 and v != "—" else C))
            cell_vcenter(cells[ci])
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    for r in t.rows:
        for ci, w in enumerate(widths):
            r.cells[ci].width = w
    note = "注：各片区实施范围的具体四至，以国务院批准的《中国（河南）自由贸易试验区总体方案》和商务部公布的范围为准。"
    add_par(doc, [(note, KT, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（河南）自由贸易试验区管理暂行办法",
            "doc_number": "河南省人民政府令第218号",
            "issuer": ["河南省人民政府"],
            "date": "2026-06-12",
            "published": None,
            "level": "provincial",
            "region": "河南省",
            "effective": "2026-08-01",
            "expires": "2031-07-31",
            "attachments": ["中国（河南）自由贸易试验区各片区实施范围及功能定位"],
            "doc_type": "办法",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_yunnan(), doc_heilongjiang(), doc_henan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
