# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 560: 自贸区典型案例汇编 and related notices (python-docx + LibreOffice PDF)."""
import os
import json
import subprocess
import copy

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_LINE_SPACING
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

FW2 = "\u3000\u3000"  # two full-width spaces

PPR_AFTER_BDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                 "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                 "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                 "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                 "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                 "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


# ---------------------------------------------------------------- helpers
def font(run, name, size, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(32) if indent else None
    if left is not None:
        pf.left_indent = left
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def add_runs(p, parts):
    """parts: list of (text, fontname, size, bold[, color])"""
    for part in parts:
        if part[0] == "\n":
            r = p.add_run()
            r.add_break()
            continue
        text, fn, sz, bd = part[:4]
        col = part[4] if len(part) > 4 else None
        font(p.add_run(text), fn, sz, bd, col)
    return p


def bottom_border(p, color="FF0000", sz=12, side="bottom", space=1):
    pPr = p._p.get_or_add_pPr()
    bdr = pPr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        pPr.insert_element_before(bdr, *PPR_AFTER_BDR)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    bdr.append(b)


def page_field(p, fn, sz, prefix="", suffix=""):
    if prefix:
        font(p.add_run(prefix), fn, sz)
    r = p.add_run()
    font(r, fn, sz)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r._r.append(fc)
    r = p.add_run(); font(r, fn, sz)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    r._r.append(it)
    r = p.add_run(); font(r, fn, sz)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); r._r.append(fc)
    font(p.add_run("1"), fn, sz)
    r = p.add_run(); font(r, fn, sz)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r._r.append(fc)
    if suffix:
        font(p.add_run(suffix), fn, sz)


def a4(section):
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(3.7)
    section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)
    section.header_distance = Cm(1.5)
    section.footer_distance = Cm(2.5)


def restart_numbering(section, start=1):
    sectPr = section._sectPr
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), str(start))
    sectPr.insert_element_before(pg, "w:cols", "w:formProt", "w:vAlign", "w:noEndnote",
                                 "w:titlePg", "w:textDirection", "w:bidi", "w:rtlGutter",
                                 "w:docGrid", "w:printerSettings", "w:sectPrChange")


def base_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    a4(doc.sections[0])
    doc.core_properties.author = "Administrator"
    return doc


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


class Body:
    """writes body paragraphs and records the clause text"""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []

    def para(self, parts, clause=True, numbered=None, **kw):
        p = self.doc.add_paragraph()
        kw.setdefault("align", WD_ALIGN_PARAGRAPH.JUSTIFY)
        fmt(p, **kw)
        norm = []
        for part in parts:
            if isinstance(part, str):
                norm.append((part, FS, 16, False))
            else:
                norm.append(part)
        add_runs(p, norm)
        if numbered is not None:
            numId, label = numbered
            numPr = p._p.get_or_add_pPr().get_or_add_numPr()
            numPr.get_or_add_ilvl().val = 0
            numPr.get_or_add_numId().val = numId
        if clause:
            txt = "".join(x[0] for x in norm if x[0] != "\n")
            if numbered is not None:
                txt = numbered[1] + txt
            self.clauses.append(txt)
        return p

    def heading(self, text, fn=HT, size=16, indent=True):
        p = self.doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=indent)
        font(p.add_run(text), fn, size)
        return p

    def table(self, header, rows, widths=None, size=12, repeat_header=True, caption=None):
        doc = self.doc
        if caption:
            cp = doc.add_paragraph()
            fmt(cp, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
            font(cp.add_run(caption), HT, 14)
        t = doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, row in enumerate([header] + rows):
            for j, val in enumerate(row):
                c = t.cell(i, j)
                c.text = ""
                p = c.paragraphs[0]
                fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER if (i == 0 or j != 2 or len(header) < 5) else WD_ALIGN_PARAGRAPH.LEFT,
                    indent=False, line=20)
                font(p.add_run(val), HT if i == 0 else FS, size, False)
                if widths:
                    c.width = widths[j]
        if widths:
            t.autofit = False
            for j, w in enumerate(widths):
                t.columns[j].width = w
        if repeat_header:
            trPr = t.rows[0]._tr.get_or_add_trPr()
            th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true")
            trPr.append(th)
        for row in rows:
            self.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        return t


def add_chinese_numbering(doc, num_id=90, lvl_text="（%1）", first_line=640):
    numbering = doc.part.numbering_part.element
    xml = (
        '<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (num_id, lvl_text, first_line, FS, FS, FS)
    )
    from docx.oxml import parse_xml
    absn = parse_xml(xml)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml('<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                    'w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (num_id, num_id))
    numbering.append(num)
    return num_id


def signature(doc, lines, right_pad=None):
    """落款: lines list of strings; right aligned or padded with manual spaces"""
    for ln in lines:
        p = doc.add_paragraph()
        if right_pad is None:
            fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
            p.paragraph_format.right_indent = Pt(64)
            font(p.add_run(ln), FS, 16)
        else:
            fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
            font(p.add_run("\u3000" * right_pad + ln), FS, 16)


def banji_paragraphs(doc, cc, printer, date):
    """版记 as bordered paragraphs"""
    p = doc.add_paragraph()
    fmt(p, indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    bottom_border(p, color="000000", sz=8, side="top")
    bottom_border(p, color="000000", sz=4, side="bottom")
    font(p.add_run(cc), FS, 14)
    p = doc.add_paragraph()
    fmt(p, indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), WD_TAB_ALIGNMENT.RIGHT)
    bottom_border(p, color="000000", sz=8, side="bottom")
    font(p.add_run(printer + "\t" + date), FS, 14)


def set_tbl_borders(table, spec):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        v = spec.get(side)
        if v:
            e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(v)); e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    tblPr.append(b)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_560", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


# ================================================================ A. 四川 案例汇编
SC_OFFICE = "四川省人民政府自由贸易试验区工作办公室"
SC_TITLE = "中国（四川）自由贸易试验区第七批制度创新典型案例汇编"

SC_CASES = [
    ("中欧班列（成渝）铁路运输单证物权化改革", "成都青白江铁路港片区", [
        "长期以来，铁路运单不具备物权凭证属性，中欧班列进出口企业难以凭运单办理押汇、质押等融资业务，资金占用周期长、融资成本高，制约了陆上贸易规则体系的完善和内陆地区国际贸易的发展。",
        "一是创新推出“铁路提单”，由班列平台公司签发具有物权凭证属性的多式联运提单，明确提单持有人对货物的提货权和处置权；二是联合银行、保险、物流企业建立“提单+货权+融资”协同机制，将铁路提单纳入信用证结算和押汇融资的合格单据范围；三是依托成都国际铁路港数字化平台，实现提单签发、流转、质押、注销全流程电子化和可追溯。",
        "截至2025年10月，累计签发铁路提单2860余单，同比增长35.6%，帮助企业获得提单融资授信18.7亿元，涉及货值42.3亿元；企业平均融资周期由15个工作日压缩至3个工作日，融资成本降低约1.2个百分点。",
        "该做法以规则创新破解陆路贸易融资难题，为构建适应陆上国际贸易的规则体系提供了实践样本，可在中欧班列开行城市和内陆开放型经济试验区复制推广。",
    ]),
    ("跨境电商“保税备货+直播带货”融合监管模式", "成都天府新区片区", [
        "随着直播电商快速发展，跨境电商企业对“边播边卖、即时发货”的需求日益迫切，但传统保税备货模式下，商品须在综合保税区内完成申报、查验后方可出区，难以满足直播销售对时效性的要求。",
        "一是在成都天府国际空港综合保税区内设立跨境电商直播专区，实行“区内直播、区内仓储、区内分拣”一体化作业；二是海关对直播商品实施“先备案、后直播、批量申报、集中查验”监管，依托智能审图和视频监控实现无感通关；三是建立直播主体信用档案和商品质量追溯体系，对虚假宣传、违规销售等行为实行“一处违规、全网联动”。",
        "2025年1—10月，专区累计开展跨境直播1.2万场，实现跨境电商零售进口额26.8亿元，同比增长41.3%；订单平均通关时间由8小时缩短至30分钟以内，消费者下单后最快2小时即可收货。",
        "该模式实现了跨境电商新业态与海关特殊监管区域功能的深度融合，在守住监管底线的同时释放了消费潜力，适合在设有综合保税区的跨境电子商务综合试验区推广。",
    ]),
    ("综合保税区“保税维修+再制造”全链条监管改革", "成都天府新区片区", [
        "成都高新综合保税区集聚了一批电子信息和航空航天龙头企业，境外返修和高端装备再制造需求旺盛，但原有政策对维修产品目录、再制造旧件入境等限制较多，企业“想修不能修、能修不敢修”的问题较为突出。",
        "一是争取将笔记本电脑、平板显示模组、航空发动机零部件等23类产品纳入综合保税区维修产品目录；二是建立“企业自主申报+海关核查+第三方检测”的旧件入境质量评估机制，对再制造旧件实施分类管理；三是推行维修、再制造料件“一本账”电子化管理，实现保税料件进、出、转、存全过程动态核销。",
        "2025年，区内开展保税维修和再制造业务的企业增至19家，全年实现维修再制造产值312亿元，同比增长27.4%，带动新增就业岗位4600余个；企业维修周期平均缩短40%。",
        "该做法有效拓展了综合保税区功能，推动加工制造向研发、维修、再制造等价值链高端延伸，可供电子信息、航空航天等产业集聚的综合保税区借鉴。",
    ]),
    ("外商投资“一窗受理、全程网办”准入服务改革", "成都天府新区片区", [
        "外商投资企业设立登记涉及市场监管、商务、外汇、税务、海关等多个部门，境外投资者需多次提交纸质材料并办理公证认证，办理环节多、耗时长，影响外资项目落地效率。",
        "一是设立外商投资“一站式”服务窗口，整合企业登记、外商投资信息报告、外汇登记、税务登记、海关备案等事项，实行“一表申请、一窗受理、并联审批”；二是推行境外投资者身份“远程核验”，依托我国驻外使领馆和境外合作机构开展视频认证，减少纸质公证认证环节；三是开发外商投资服务双语平台，提供政策查询、准入指引和全程网上办理服务。",
        "改革实施以来，外商投资企业设立办理时间由平均15个工作日压缩至2个工作日，申请材料精简62%；2025年1—10月，片区新设外商投资企业436家，同比增长22.8%，实际使用外资8.9亿美元。",
        "该做法以数字化手段重塑外资准入流程，有效降低了境外投资者制度性交易成本，可在全省各类开放平台复制推广。",
    ]),
    ("“长江航运+中欧班列”铁水联运“一单制”", "川南临港片区", [
        "泸州港是四川最大的集装箱港口，但铁路与水运在单证规则、计费方式、信息系统等方面长期各自为政，货物在港口换装时需重复办理托运手续，“铁水联而不畅”问题制约了川南地区通江达海。",
        "一是联合铁路、港口、航运企业推出铁水联运“一单制”提单，实现“一次委托、一单到底、一次收费、一次保险”；二是搭建铁水联运信息共享平台，打通铁路货运系统、港口作业系统和海关监管系统数据接口，实现货物状态全程可视；三是创新“船边直提、抵港直装”作业模式，集装箱在港区内实现铁路与水路无缝换装。",
        "2025年，泸州港铁水联运量和“一单制”业务量均实现较快增长，货物在港平均停留时间由4.5天压缩至1.8天，企业综合物流成本平均降低约15%。主要指标如下：",
        "该做法打通了长江黄金水道与中欧班列、西部陆海新通道的衔接堵点，为内陆港口发展多式联运提供了可复制的经验，适合在长江沿线港口城市推广。",
    ]),
    ("进口冷链食品“提前申报+抵港直装”通关模式", "成都青白江铁路港片区", [
        "中欧班列进口冷链食品对通关时效要求高，传统模式下货物抵达后需落地查验、等待检测结果后再放行，冷链货物滞港时间长、损耗大、仓储费用高。",
        "一是推行进口冷链食品“提前申报、货到验放”，企业在班列发运后即可提交申报数据，海关提前完成单证审核和风险研判；二是在铁路港冷链查验场所实施“抵港直装、边检边放”，对低风险货物实行检测合格前附条件提离；三是建立中欧班列冷链食品境外生产企业信用名录，对名录内企业货物降低查验比例。",
        "2025年1—10月，铁路港进口冷链食品货值达17.4亿元，同比增长29.5%；冷链货物平均通关时间由原来的3天压缩至6小时，企业单柜综合成本降低约3200元。",
        "该做法在确保食品安全的前提下提高了冷链货物通关效率，为内陆口岸发展进口冷链贸易探索了新路径，可在具备进口肉类、水果指定监管场地的口岸复制推广。",
    ]),
    ("知识产权证券化“企业池+风险缓释”融资模式", "成都天府新区片区", [
        "科技型中小企业普遍“轻资产、重智力”，缺少传统抵押物，知识产权价值评估难、处置难，导致以知识产权为基础的直接融资渠道不畅。",
        "一是遴选拥有核心专利的科技型中小企业组建“企业池”，以专利许可收益为基础资产发行知识产权证券化产品；二是设立知识产权质押融资风险补偿资金池，由政府、担保机构和银行按比例分担风险；三是引入第三方评估机构建立专利价值分级评价体系，为产品定价和投资者决策提供参考。",
        "截至2025年11月，片区累计发行知识产权证券化产品6单，融资规模14.6亿元，惠及科技型中小企业118家，平均融资成本3.2%，较同期企业贷款平均利率低约1个百分点。",
        "该模式打通了知识产权与资本市场的对接通道，为科技型中小企业拓宽融资渠道提供了有效路径，可在高新技术企业集聚区域推广。",
    ]),
    ("跨境人民币结算便利化“优质企业白名单”制度", "成都天府新区片区", [
        "部分外贸企业在办理跨境人民币结算时需逐笔提交合同、发票、报关单等单证，银行审核时间长，企业资金汇划效率不高，与企业快速增长的跨境结算需求不相适应。",
        "一是会同中国人民银行四川省分行建立跨境人民币结算“优质企业白名单”，将信用良好、合规经营的企业纳入名单管理；二是对白名单企业实行“凭指令办理、事后抽查”的结算便利化措施，银行可凭企业收付款指令直接办理货物贸易、服务贸易跨境人民币结算；三是推动银行运用区块链技术核验贸易背景真实性，实现线上审核、秒级到账。",
        "截至2025年10月，纳入白名单的企业达1260家，累计办理便利化跨境人民币结算1386亿元，同比增长46.2%；单笔业务平均办理时间由1天缩短至10分钟以内。",
        "该做法在风险可控前提下提升了跨境人民币结算效率，有利于扩大人民币跨境使用，可在全国自贸试验区复制推广。",
    ]),
    ("航空货物“国际中转集拼”监管创新", "成都天府新区片区", [
        "成都作为国家级国际航空枢纽，具备开展国际货物中转集拼的航线网络优势，但原有监管模式下国际中转货物需按一般贸易申报，拆拼箱作业受限，难以吸引国际中转货源。",
        "一是在成都双流国际机场航空货站设立国际中转集拼监管作业区，允许境外货物与本地出口货物在区内混拼；二是海关对中转货物实行“分类监管、电子围网、一次申报”，不再逐票办理转关手续；三是推动航空公司开通“成都—欧洲”“成都—东盟”全货机中转航线，构建“空空中转+空铁联运”网络。",
        "2025年，双流机场国际中转集拼货量达3.8万吨，同比增长52.7%；货物中转时间由48小时压缩至12小时以内，吸引27家国际货运代理企业在蓉设立区域分拨中心。",
        "该做法提升了内陆航空枢纽的国际货物集散能力，为内陆地区发展航空物流和临空经济提供了借鉴，可在国际航空枢纽城市推广。",
    ]),
    ("涉外商事纠纷“一站式”多元化解机制", "成都天府新区片区", [
        "随着自贸试验区外向型经济快速发展，涉外商事纠纷数量逐年增加，纠纷类型日益复杂，传统诉讼方式周期长、成本高，境外当事人参与诉讼不便，难以满足市场主体高效解纷的需求。",
        "一是依托天府中央法务区建设涉外商事纠纷“一站式”多元化解中心，集聚法院、仲裁、调解、公证等资源，实现“一个窗口受理、多种方式化解”；二是建立涉外商事调解员名册，聘请熟悉国际商事规则的专家和外籍人士担任调解员；三是推行在线立案、在线调解、在线庭审，为境外当事人提供跨境诉讼服务。",
        "中心运行以来，累计受理涉外商事纠纷1487件，调解成功率达68.4%，平均化解周期由126天缩短至38天；涉及“一带一路”共建国家当事人的案件占比达41.2%。",
        "该机制构建了诉讼、仲裁、调解有机衔接的涉外纠纷解决体系，有助于营造市场化、法治化、国际化一流营商环境，可在涉外商事案件较为集中的地区推广。",
    ]),
    ("动力电池出口“检验前置+批次互认”监管模式", "宜宾协同改革先行区", [
        "宜宾市是全国重要的动力电池产业基地，锂电池作为第9类危险货物，出口时须逐批进行危险品包装检验，检验周期长、重复检验多，影响企业海外订单交付效率。",
        "一是推行出口锂电池危险品包装“检验前置”，海关在企业生产环节提前开展包装性能检验和使用鉴定；二是对同一型号、同一包装规格的动力电池实施“批次互认”，检验结果在有效期内可多次使用；三是联合港口、铁路部门建立危险货物运输“绿色通道”，实现锂电池经中欧班列、西部陆海新通道快速出境。",
        "2025年1—10月，宜宾市动力电池出口额达286.5亿元，同比增长35.6%；单批次检验时间由5个工作日缩短至1个工作日，企业年均节约检验和仓储费用约2100万元。",
        "该做法在保障危险货物运输安全的同时显著提升了新能源产品出口效率，可在新能源产业集聚地区复制推广。",
    ]),
    ("重大技术装备出口“通关+物流”一体化服务", "德阳协同改革先行区", [
        "德阳是我国重要的重大技术装备制造基地，发电设备、石油钻机等大型装备出口具有体积大、重量重、批次分散等特点，普遍面临通关手续繁、运输组织难、物流成本高等问题。",
        "一是对重大技术装备出口实施“分批出运、集中申报”，允许企业在一定期限内分批发运、一次汇总申报；二是建立大件运输“一事一议”协调机制，由交通运输、公安交管等部门联合制定超限运输方案；三是开通德阳至泸州港、钦州港的重大装备铁水联运专线，对接“一带一路”共建国家工程项目需求。",
        "2025年，德阳市重大技术装备出口额达78.3亿元，同比增长24.1%，产品出口至“一带一路”共建国家42个；企业出口申报次数减少70%以上，单个项目物流成本平均降低18%。",
        "该做法破解了重大技术装备出口“通关难、运输难”问题，为装备制造企业“走出去”提供了有力支撑，可在装备制造业集聚地区推广。",
    ]),
]

SC_TABLE_HEADER = ["指标", "2024年", "2025年", "同比增长"]
SC_TABLE_ROWS = [
    ["铁水联运集装箱量（万标箱）", "8.6", "11.7", "36.0%"],
    ["“一单制”提单签发量（单）", "1240", "2035", "64.1%"],
    ["联运货值（亿元）", "96.5", "131.2", "36.0%"],
]

CN_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
LABELS = ["【案例背景】", "【主要做法】", "【实践成效】", "【推广价值】"]


def build_sichuan(toc_pages):
    doc = base_doc()
    B = Body(doc)
    # ---- cover (section 0, no page number)
    p = doc.add_paragraph(); fmt(p, indent=False)
    font(p.add_run("内部资料　注意保存"), HT, 12)
    empty(doc, 4)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50)
    add_runs(p, [("中国（四川）自由贸易试验区", XBS, 26, False), ("\n",),
                 ("第七批制度创新典型案例", XBS, 26, False)])
    empty(doc, 1)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50)
    font(p.add_run("汇" + "\u3000" * 4 + "编"), XBS, 36)
    empty(doc, 9)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    font(p.add_run(SC_OFFICE), KT, 16)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    font(p.add_run("二〇二五年十二月"), KT, 16)

    # ---- 前言
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40, after=12)
    p.paragraph_format.page_break_before = True
    font(p.add_run("前" + FW2 + "言"), XBS, 22)
    B.para(["2025年是中国（四川）自由贸易试验区挂牌运行八周年。八年来，四川自贸试验区坚持以制度创新为核心，立足内陆开放型经济高地建设，围绕投资贸易便利化、金融服务实体经济、政府职能转变和内陆与沿海沿边沿江协同开放等重点领域开展差异化探索，累计形成制度创新成果900余项，其中49项在全国复制推广、480余项在全省复制推广。"])
    B.para(["为深入总结改革经验，推动更多制度创新成果落地见效，省自贸办组织成都天府新区片区、成都青白江铁路港片区、川南临港片区和各协同改革先行区开展第七批制度创新典型案例征集工作。经片区推荐、专家评审和省级有关部门会审，遴选出12个具有首创性、系统性和可复制性的典型案例，涵盖中欧班列、跨境电商、综合保税区、外商投资、金融开放、法治保障等领域，现汇编成册。"])
    B.para(["希望各地各有关部门认真学习借鉴，结合实际抓好复制推广，以更大力度推进高水平制度型开放，为奋力谱写中国式现代化四川新篇章贡献自贸力量。"])
    empty(doc, 1)
    signature(doc, [SC_OFFICE, "2025年12月18日"])

    # ---- 目录 (typed, dot leader tabs)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40, after=12)
    p.paragraph_format.page_break_before = True
    font(p.add_run("目" + FW2 + "录"), XBS, 22)
    for i, (name, zone, _) in enumerate(SC_CASES):
        p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, line=30)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        font(p.add_run("案例%s\u3000%s" % (CN_NUM[i], name)), FS, 14)
        font(p.add_run("\t%d" % toc_pages[i]), FS, 14)

    # ---- body section, page numbers restart
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    a4(sec)
    restart_numbering(sec, 1)
    sec.header.is_linked_to_previous = False
    sec.footer.is_linked_to_previous = False
    hp = sec.header.paragraphs[0]
    fmt(hp, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=18)
    font(hp.add_run("四川自贸试验区第七批制度创新典型案例汇编"), KT, 10.5)
    bottom_border(hp, color="000000", sz=6)
    fp = sec.footer.paragraphs[0]
    fmt(fp, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, line=18)
    from docx.shared import Twips
    for pos in (4153, 4680, 8306, 9360):  # clear the Footer style's own tab stops
        fp.paragraph_format.tab_stops.add_tab_stop(Twips(pos), WD_TAB_ALIGNMENT.CLEAR)
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), WD_TAB_ALIGNMENT.RIGHT)
    bottom_border(fp, color="000000", sz=4, side="top")
    font(fp.add_run(SC_OFFICE + "编印\t"), SONG, 10.5)
    page_field(fp, SONG, 10.5, prefix="第 ", suffix=" 页")

    for i, (name, zone, texts) in enumerate(SC_CASES):
        # numbered case title, 黑体, zone in 楷体 parentheses, manual spaces
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER if i % 2 == 0 else WD_ALIGN_PARAGRAPH.LEFT,
            indent=False, line=30, before=6, after=6)
        p.paragraph_format.keep_with_next = True
        font(p.add_run("案例%s" % CN_NUM[i] + FW2), HT, 16, True)
        font(p.add_run(name), HT, 16, True)
        font(p.add_run("（%s）" % zone), KT, 16)
        for k, (label, text) in enumerate(zip(LABELS, texts)):
            if i in (2, 7) and k == 1:
                # label split across runs (Word run fragmentation)
                parts = [("【主要", HT, 16, True), ("做法】", HT, 16, True), (text, FS, 16, False)]
            elif i == 9:
                parts = [(label, FS, 16, True), (text, FS, 16, False)]
            elif k == 1 and i in (1, 5):
                # bold 一是/二是/三是 inside the run-in paragraph
                parts = [(label, HT, 16, True)]
                chunks = []
                rest = text
                for mk in ("二是", "三是"):
                    a, b = rest.split(mk, 1)
                    chunks.append(a)
                    rest = mk + b
                chunks.append(rest)
                for c in chunks:
                    parts.append((c[:2], FS, 16, True))
                    parts.append((c[2:], FS, 16, False))
            else:
                parts = [(label, HT, 16, True), (text, FS, 16, False)]
            B.para(parts)
            if i == 4 and k == 2:
                B.table(SC_TABLE_HEADER, SC_TABLE_ROWS, caption="表1\u3000泸州港铁水联运主要指标",
                        widths=[Cm(6.4), Cm(2.8), Cm(2.8), Cm(3.0)])
                empty(doc, 1, line=14)
        if i != len(SC_CASES) - 1:
            empty(doc, 1)

    meta = {
        "title": SC_TITLE,
        "doc_number": None,
        "issuer": [SC_OFFICE],
        "date": "2025-12-18",
        "published": None,
        "level": "provincial",
        "region": "中国（四川）自由贸易试验区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "汇编",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": B.clauses}]


def find_case_pages(pdf_path):
    from pypdf import PdfReader
    r = PdfReader(pdf_path)
    texts = ["".join((pg.extract_text() or "").split()) for pg in r.pages]
    keys = [n[:7] for n, _, _ in SC_CASES]
    # TOC page = page containing the most keys
    toc = max(range(len(texts)), key=lambda i: sum(k in texts[i] for k in keys))
    start = toc + 1
    res = []
    for k in keys:
        found = None
        for i in range(start, len(texts)):
            if k in texts[i]:
                found = i
                break
        res.append(found - start + 1 if found is not None else 0)
    return res


# ================================================================ B. 重庆 复制推广通知
CQ_ORG1 = "重庆市商务委员会"
CQ_ORG2 = "重庆市人民政府口岸和物流办公室"
CQ_TITLE = "关于复制推广中国（重庆）自由贸易试验区第八批制度创新成果的通知"
CQ_ATT = "中国（重庆）自由贸易试验区制度创新成果复制推广工作进展情况表"
CQ_HEADER = ["序号", "成果名称", "主要内容", "推广范围", "责任单位"]
CQ_ROWS = [
    ["1", "中欧班列（渝新欧）“数字提单”应用", "以电子形式签发具有物权凭证功能的铁路提单，实现提单签发、转让、质押全流程线上办理", "全市", "市政府口岸物流办、中国铁路成都局集团有限公司重庆货运中心"],
    ["2", "跨境电商出口海外仓“离境即退税”", "对符合条件的跨境电商出口海外仓货物，在报关离境后即可申报办理出口退税，无需等待境外销售完成", "全市", "国家税务总局重庆市税务局、重庆海关"],
    ["3", "综合保税区“一企多区”联动监管", "允许同一企业在市内不同综合保税区设立的仓储、加工场所实行统一账册管理，保税货物可在区间自行运输流转", "全市综合保税区", "重庆海关"],
    ["4", "西部陆海新通道铁海联运“一箱制”", "推动海运集装箱在铁海联运全程“一箱到底”，免除中途换箱、掏箱作业", "全市", "市政府口岸物流办、陆海新通道运营有限公司"],
    ["5", "外商投资企业登记“告知承诺制”", "对外商投资企业设立、变更登记实行告知承诺，申请人书面承诺材料真实后即可当场办结", "全市", "市市场监管局、市商务委"],
    ["6", "资本项目收入支付便利化", "允许符合条件的企业将资本金、外债等资本项目收入用于境内支付时，无需事前逐笔提供真实性证明材料", "全市", "国家外汇管理局重庆市分局"],
    ["7", "“信用+监管”分级分类执法", "根据市场主体信用等级确定抽查比例和频次，对信用良好企业实行“无事不扰”", "各区县", "市发展改革委、市市场监管局"],
    ["8", "涉外知识产权纠纷“快速维权”机制", "依托中国（重庆）知识产权保护中心，为企业提供海外知识产权纠纷预警、应对指导和快速维权服务", "全市", "市知识产权局"],
]


def build_chongqing():
    doc = base_doc()
    num_id = add_chinese_numbering(doc)
    B = Body(doc)
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fmt(fp, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=18)
    page_field(fp, SONG, 14, prefix="— ", suffix=" —")

    # joint red header as a layout table: two organs left, 文件 right (merged)
    empty(doc, 2)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_tbl_borders(t, {})
    for r, org in enumerate([CQ_ORG1, CQ_ORG2]):
        c = t.cell(r, 0)
        c.width = Cm(12.0)
        pp = c.paragraphs[0]
        fmt(pp, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, indent=False, line=36)
        font(pp.add_run(org), XBS, 20, False, RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.width = Cm(3.4)
    t.autofit = False
    t.columns[0].width = Cm(12.0)
    t.columns[1].width = Cm(3.4)
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    pp = m.paragraphs[0]
    fmt(pp, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50)
    font(pp.add_run("文件"), XBS, 40, False, RED)
    empty(doc, 1)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    font(p.add_run("渝商务发〔2026〕5号"), FS, 16)
    bottom_border(p, color="FF0000", sz=18, space=6)
    empty(doc, 1)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_runs(p, [("关于复制推广中国（重庆）自由贸易试验区", XBS, 22, False), ("\n",),
                 ("第八批制度创新成果的通知", XBS, 22, False)])
    empty(doc, 1)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=False)
    font(p.add_run("各区县（自治县）人民政府，两江新区管委会，西部科学城重庆高新区管委会，市级有关部门，有关单位："), FS, 16)

    B.para(["为深入贯彻党中央、国务院关于实施自由贸易试验区提升战略的决策部署，进一步发挥中国（重庆）自由贸易试验区改革开放“试验田”作用，经市政府同意，现将自贸试验区第八批8项制度创新成果在全市复制推广。有关事项通知如下："])
    B.heading("一、复制推广事项")
    B.para(["本批复制推广的制度创新成果共8项，其中投资贸易便利化领域4项、金融服务领域1项、政府职能转变领域3项。各责任单位要按照“成熟一项、推广一项”的原则，于2026年3月31日前完成推广落地，具体如下："])
    B.table(CQ_HEADER, CQ_ROWS, widths=[Cm(1.2), Cm(3.6), Cm(6.0), Cm(1.8), Cm(3.2)], size=10.5)
    empty(doc, 1, line=14)
    B.heading("二、工作要求")
    items = [
        ("加强组织领导。", "各区县、各有关部门要高度重视制度创新成果复制推广工作，将其作为推进高水平对外开放的重要抓手，明确分管领导和责任处室，制定具体落实措施，确保各项成果落地见效。"),
        ("压实工作责任。", "各责任单位要加强对复制推广工作的业务指导，于2026年2月28日前制定配套实施细则或操作指引；需要调整相关制度规定的，应当及时按程序修订完善。"),
        ("强化宣传培训。", "各区县、各有关部门要通过政策解读、专题培训、案例宣讲等方式，提高企业和基层工作人员对复制推广事项的知晓度和运用能力。"),
        ("做好跟踪评估。", "各区县、各责任单位要加强对复制推广工作的跟踪评估，及时总结经验、发现问题，于每季度结束后10日内填写附件并报送市商务委（市自贸办）。"),
    ]
    cn = ["（一）", "（二）", "（三）", "（四）"]
    for k, (h, t_) in enumerate(items):
        B.para([(h, KT, 16, False), (t_, FS, 16, False)], numbered=(num_id, cn[k]), indent=False)
    B.para(["复制推广工作中遇到的重大问题，请及时报告市商务委、市政府口岸物流办。"])
    B.para(["联系人：市商务委自贸区发展处\u3000王磊，电话：023-62663125；市政府口岸物流办通道处\u3000刘洁，电话：023-63893461。"])
    empty(doc, 1)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=True)
    p.paragraph_format.left_indent = None
    font(p.add_run("附件：" + CQ_ATT[:16]), FS, 16)
    r = p.add_run(); r.add_break()
    font(p.add_run("\u3000" * 5 + CQ_ATT[16:]), FS, 16)
    empty(doc, 2)
    # joint 落款 typed with manual spaces on one line
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    font(p.add_run(CQ_ORG1 + "\u3000" * 3 + CQ_ORG2), FS, 16)
    empty(doc, 1)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    font(p.add_run("\u3000" * 17 + "2026年1月20日"), FS, 16)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=True)
    font(p.add_run("（此件公开发布）"), FS, 16)
    empty(doc, 6)
    # 版记 as a one-column table with horizontal rules
    vt = doc.add_table(rows=2, cols=1)
    vt.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_tbl_borders(vt, {"top": 12, "bottom": 12, "insideH": 4})
    c = vt.cell(0, 0); pp = c.paragraphs[0]; fmt(pp, indent=False, line=24)
    pp.paragraph_format.left_indent = Pt(14)
    font(pp.add_run("抄送：商务部自贸区港建设协调司，重庆海关，国家外汇管理局重庆市分局，市政府办公厅。"), FS, 14)
    c = vt.cell(1, 0); pp = c.paragraphs[0]; fmt(pp, indent=False, line=24)
    pp.paragraph_format.left_indent = Pt(14)
    font(pp.add_run("重庆市商务委员会办公室" + "\u3000" * 8 + "2026年1月21日印发"), FS, 14)

    meta = {
        "title": CQ_TITLE,
        "doc_number": "渝商务发〔2026〕5号",
        "issuer": [CQ_ORG1, CQ_ORG2],
        "date": "2026-01-20",
        "published": None,
        "level": "provincial",
        "region": "重庆市",
        "effective": None,
        "expires": None,
        "attachments": [CQ_ATT],
        "doc_type": "通知",
        "recipients": ["各区县（自治县）人民政府", "两江新区管委会", "西部科学城重庆高新区管委会", "市级有关部门", "有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": B.clauses}]


# ================================================================ C. 广西 印发通知 + 案例汇编
GX_OFFICE = "中国（广西）自由贸易试验区工作办公室"
GX_ATT = "中国（广西）自由贸易试验区第五批制度创新典型案例汇编"
GX_TITLE = "中国（广西）自由贸易试验区工作办公室关于印发中国（广西）自由贸易试验区第五批制度创新典型案例汇编的通知"

GX_CASES = [
    ("中国—东盟跨境电商“海外仓+边境仓”联动模式", "南宁片区", [
        "广西与东盟国家山水相连，跨境电商发展潜力大，但企业在东盟国家布局海外仓面临前期投入大、通关衔接不畅、退换货难等问题，制约了中国—东盟跨境电商高质量发展。",
        "一是支持企业在越南、泰国、马来西亚等东盟国家建设公共海外仓，在凭祥、东兴等边境口岸建设边境仓，形成“海外仓+边境仓”双仓联动网络；二是海关对跨境电商B2B出口海外仓货物实行“提前申报、分类通关”，边境仓货物可按跨境电商零售出口方式快速出境；三是建立跨境电商退货“边境仓集中处理”机制，实现退货商品快速回流、分拣和再销售。",
        "2025年1—10月，南宁片区跨境电商进出口额达186.4亿元，同比增长35.6%；企业在东盟国家布局海外仓63个，面积超过52万平方米；跨境电商退货平均处理时间由30天缩短至7天。",
        "该模式打通了跨境电商面向东盟的仓储物流堵点，为沿边地区发展跨境电商提供了可借鉴的经验，可在沿边省区和面向东盟的跨境电子商务综合试验区推广。",
    ]),
    ("西部陆海新通道海铁联运“一箱制”", "钦州港片区", [
        "西部陆海新通道海铁联运中，货物在港口需进行“铁路箱换海运箱”作业，掏箱、装箱环节多，不仅增加了物流成本和时间，还容易造成货损货差。",
        "一是推动船公司与铁路部门签订箱管协议，允许海运集装箱直接上铁路运输，实现“一箱到底、全程不换箱”；二是在钦州铁路集装箱中心站设立海运箱还箱点和提箱点，实现海运箱内陆“一站式”提还；三是依托西部陆海新通道门户港数字化平台，实现铁路运单、海运提单信息互认和全程追踪。",
        "2025年，钦州港海铁联运班列开行11860列，同比增长16.7%；“一箱制”业务量达38.2万标箱，占海铁联运总量的比重提高至42.5%；单箱物流成本平均降低约800元，运输时间缩短1至2天。",
        "该做法实现了铁路与海运规则的有效衔接，提升了西部陆海新通道运行效率和竞争力，可在开展海铁联运的沿海港口推广。",
    ]),
    ("边民互市贸易“互市+落地加工”一体化监管", "崇左片区", [
        "边民互市贸易是沿边地区重要的贸易方式，但长期以来互市商品多以原料形式直接流向内地，在边境地区落地加工比例低，对边民增收和边境产业发展的带动作用不明显。",
        "一是在凭祥综合保税区周边设立互市商品落地加工园区，引导东盟坚果、水果、海产品等互市商品在本地加工转化；二是推行边民互助组“线上申报、集中交易、统一结算”，依托边民互市贸易服务平台实现交易全流程线上办理；三是海关对落地加工企业实行“互市商品清单+加工产品核销”监管，简化互市商品进入加工环节的手续。",
        "2025年1—10月，崇左片区边民互市贸易额达412.6亿元，同比增长18.9%；互市商品落地加工率由12%提高至31%，带动边民互助组成员4.6万人增收，人均年增收约1.2万元。",
        "该做法推动边民互市贸易由“通道经济”向“口岸经济”转变，为沿边地区兴边富民提供了有效路径，可在开展边民互市贸易的沿边地区推广。",
    ]),
    ("面向东盟的外商投资“全周期”服务机制", "南宁片区", [
        "东盟国家投资者来桂投资日益增多，但在项目对接、准入办理、要素保障、权益保护等环节，仍面临政策了解渠道少、语言沟通不便、服务衔接不够等问题。",
        "一是设立面向东盟的外商投资服务中心，配备越南语、泰语、印尼语等小语种服务专员，为外商提供政策咨询、项目对接和代办帮办服务；二是建立重点外资项目“服务专班+清单管理”机制，对项目从签约、落地到投产实行全周期跟踪服务；三是完善外商投资企业投诉工作机制，对外资企业反映的问题实行“首问负责、限时办结”。",
        "2025年1—10月，南宁片区新设东盟国家投资企业178家，同比增长26.2%；实际使用外资6.3亿美元，同比增长19.8%；外商投资企业投诉办结率和满意率均达100%。",
        "该机制为东盟投资者提供了便捷高效的投资服务，有效增强了外商投资信心，可在面向东盟开放合作的地区推广。",
    ]),
]


def build_guangxi():
    doc = base_doc()
    doc.settings.odd_and_even_pages_header_footer = True
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fmt(fp, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=18)
    fp.paragraph_format.right_indent = Pt(14)
    page_field(fp, SONG, 14, prefix="— ", suffix=" —")
    ep = sec.even_page_footer.paragraphs[0]
    fmt(ep, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, line=18)
    ep.paragraph_format.left_indent = Pt(14)
    page_field(ep, SONG, 14, prefix="— ", suffix=" —")

    B1 = Body(doc)
    empty(doc, 1)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=48)
    font(p.add_run(GX_OFFICE), XBS, 22, False, RED)
    empty(doc, 1)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    font(p.add_run("桂自贸办发〔2025〕21号"), FS, 16)
    bottom_border(p, color="FF0000", sz=18, space=6)
    empty(doc, 1)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_runs(p, [("中国（广西）自由贸易试验区工作办公室", XBS, 22, False), ("\n",),
                 ("关于印发中国（广西）自由贸易试验区", XBS, 22, False), ("\n",),
                 ("第五批制度创新典型案例汇编的通知", XBS, 22, False)])
    empty(doc, 1)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=False)
    font(p.add_run("南宁市人民政府，钦州市人民政府，崇左市人民政府，自治区有关单位，中国（广西）自由贸易试验区各片区管委会："), FS, 16)

    B1.para(["为深入实施自由贸易试验区提升战略，加快形成更多面向东盟的高水平制度创新成果，自治区自贸办组织开展了中国（广西）自由贸易试验区第五批制度创新典型案例评选工作。经片区申报、专家评审、征求意见等程序，确定“中国—东盟跨境电商‘海外仓+边境仓’联动模式”等4个案例为第五批制度创新典型案例。现将《中国（广西）自由贸易试验区第五批制度创新典型案例汇编》印发给你们，并就有关事项通知如下："])
    items = [
        ("一、认真学习借鉴。", "各市、各有关单位要组织相关部门和片区深入学习典型案例的经验做法，结合本地区本部门实际，研究提出借鉴推广的具体措施，推动改革经验在更大范围落地见效。"),
        ("二、抓好复制推广。", "各市、各片区要对照典型案例，逐项梳理本地区可复制推广的事项，明确责任单位和完成时限，形成复制推广工作清单，于2025年12月31日前报送自治区自贸办。"),
        ("三、加强协同联动。", "自治区有关单位要加强对片区改革创新的指导支持，对典型案例涉及需国家层面支持的事项，积极向国家有关部委汇报争取；各片区要加强与中国（广东）、中国（云南）等自由贸易试验区的交流合作，共同打造面向东盟的开放合作高地。"),
        ("四、强化宣传推介。", "各片区要充分利用中国—东盟博览会、中国—东盟商务与投资峰会等平台，加强对典型案例的宣传推介，讲好广西自贸试验区改革开放故事。"),
        ("五、做好跟踪评估。", "各片区要持续跟踪典型案例实施效果，深化拓展改革内容，于2026年6月30日前将复制推广情况书面报送自治区自贸办。"),
    ]
    for h, t_ in items:
        B1.para([(h, HT, 16, False), (t_, FS, 16, False)])
    B1.para(["各市、各片区在借鉴推广过程中遇到的问题和困难，请及时与自治区自贸办沟通。"])
    B1.para(["联系人：自治区自贸办创新发展处\u3000黄海燕，联系电话：0771-2010618。"])
    empty(doc, 1)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=True)
    font(p.add_run("附件：" + GX_ATT), FS, 16)
    empty(doc, 3)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    font(p.add_run("\u3000" * 8 + GX_OFFICE), FS, 16)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    font(p.add_run("\u3000" * 16 + "2025年11月28日"), FS, 16)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=True)
    font(p.add_run("（此件公开发布）"), FS, 16)

    # ---- attachment
    page_break(doc)
    B2 = Body(doc)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    font(p.add_run("附件"), HT, 16)
    empty(doc, 1)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_runs(p, [("中国（广西）自由贸易试验区第五批", XBS, 22, False), ("\n",),
                 ("制度创新典型案例汇编", XBS, 22, False)])
    empty(doc, 1)
    for i, (name, zone, texts) in enumerate(GX_CASES):
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=True, line=28, before=6)
        p.paragraph_format.keep_with_next = True
        font(p.add_run("案例%s\u3000%s（%s）" % (CN_NUM[i], name, zone)), HT, 16)
        for k, (label, text) in enumerate(zip(LABELS, texts)):
            if k == 3 and i == 2:
                # label and text typed in one run, bold only via a separate bold run of brackets
                B2.para([("【", FS, 16, True), ("推广价值", KT, 16, True), ("】", FS, 16, True), (text, FS, 16, False)])
            else:
                B2.para([(label, KT, 16, True), (text, FS, 16, False)])
    empty(doc, 4)
    banji_paragraphs(doc, "抄送：商务部自贸区港建设协调司，自治区人民政府办公厅。",
                     GX_OFFICE, "2025年11月28日印发")

    meta1 = {
        "title": GX_TITLE,
        "doc_number": "桂自贸办发〔2025〕21号",
        "issuer": [GX_OFFICE],
        "date": "2025-11-28",
        "published": None,
        "level": "provincial",
        "region": "广西壮族自治区",
        "effective": None,
        "expires": None,
        "attachments": [GX_ATT],
        "doc_type": "通知",
        "recipients": ["南宁市人民政府", "钦州市人民政府", "崇左市人民政府", "自治区有关单位",
                       "中国（广西）自由贸易试验区各片区管委会"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    meta2 = {
        "title": GX_ATT,
        "doc_number": None,
        "issuer": [GX_OFFICE],
        "date": "2025-11-28",
        "published": None,
        "level": "provincial",
        "region": "中国（广西）自由贸易试验区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "汇编",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta1, "clauses": B1.clauses}, {"meta": meta2, "clauses": B2.clauses}]


# ================================================================ main
def main():
    expected = {}

    # A: two passes so the typed 目录 page numbers match the PDF
    stem = "blind560_sichuan_anlihuibian"
    path = os.path.join(HERE, stem + ".docx")
    pages = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
    for _ in range(3):
        doc, objs = build_sichuan(pages)
        doc.save(path)
        pdf = convert(path)
        found = find_case_pages(pdf)
        if found == pages or 0 in found:
            break
        pages = found
    expected[stem] = objs

    for stem, builder in (("blind560_chongqing_tongzhi", build_chongqing),
                          ("blind560_guangxi_tongzhi", build_guangxi)):
        doc, objs = builder()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        convert(path)
        expected[stem] = objs

    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
