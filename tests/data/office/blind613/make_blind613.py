# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 613: 自贸片区惠企政策汇编 (Word compilation) -> docx + pdf + expected.json"""
import os, re, json, copy, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import parse_xml, OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

FS = "仿宋_GB2312"; HT = "黑体"; KT = "楷体_GB2312"; XBS = "方正小标宋简体"; ST = "宋体"

# ---------------------------------------------------------------- helpers
def rfont(run, east=FS, size=16, bold=False, color=None, ascii_="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_
    rPr = run._element.get_or_add_rPr()
    rf = rPr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rPr.insert(0, rf)
    rf.set(qn('w:eastAsia'), east); rf.set(qn('w:ascii'), ascii_); rf.set(qn('w:hAnsi'), ascii_)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run

def para(doc_or_cell, text="", east=FS, size=16, bold=False, align=None, indent=True,
         line=28, before=0, after=0, color=None):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(line); pf.space_before = Pt(before); pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        rfont(p.add_run(text), east, size, bold, color)
    return p

def soft_break(p):
    p.add_run().add_break(WD_BREAK.LINE)

def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)

def bottom_border(p, color="FF0000", sz=12):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:pBdr {W_NS}><w:bottom w:val="single" w:sz="{sz}" w:space="1" w:color="{color}"/></w:pBdr>'))

def add_page_field(p, east=ST, size=14, pre="— ", post=" —"):
    rfont(p.add_run(pre), east, size)
    r = p.add_run(); rfont(r, east, size)
    r._r.append(parse_xml(f'<w:fldChar {W_NS} w:fldCharType="begin"/>'))
    r2 = p.add_run(); rfont(r2, east, size)
    r2._r.append(parse_xml(f'<w:instrText {W_NS} xml:space="preserve"> PAGE </w:instrText>'))
    r3 = p.add_run(); rfont(r3, east, size)
    r3._r.append(parse_xml(f'<w:fldChar {W_NS} w:fldCharType="separate"/>'))
    rfont(p.add_run("1"), east, size)
    r4 = p.add_run(); rfont(r4, east, size)
    r4._r.append(parse_xml(f'<w:fldChar {W_NS} w:fldCharType="end"/>'))
    rfont(p.add_run(post), east, size)

def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(f'<w:tblBorders {W_NS}>' + ''.join(
        f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>'))

def all_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(f'<w:tblBorders {W_NS}>' + ''.join(
        f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for e in
        ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>'))

def cell_text(cell, text, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, soft=False):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    parts = text.split("\n") if soft else [text]
    for i, t in enumerate(parts):
        if i:
            soft_break(p)
        rfont(p.add_run(t), east, size, bold)

_num_counter = [0]
def new_decimal_list(doc):
    """Word auto numbering '1.' with no tab after the number; each call restarts at 1."""
    numbering = doc.part.numbering_part.element
    _num_counter[0] += 1
    aid = 600 + _num_counter[0]; nid = 600 + _num_counter[0]
    absx = parse_xml(
        f'<w:abstractNum {W_NS} w:abstractNumId="{aid}"><w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/>'
        f'<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        f'<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{FS}"/><w:sz w:val="32"/></w:rPr>'
        f'</w:lvl></w:abstractNum>')
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(absx)
    else:
        numbering.append(absx)
    numbering.append(parse_xml(f'<w:num {W_NS} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
    return nid

def set_num(p, nid):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="0"/><w:numId w:val="{nid}"/></w:numPr>'))

def setup_page(section):
    section.page_height = Cm(29.7); section.page_width = Cm(21.0)
    section.top_margin = Cm(3.7); section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8); section.right_margin = Cm(2.6)

ART_RE = re.compile(r'^(第[一二三四五六七八九十百]+条)(　)(.*)$')

# ---------------------------------------------------------------- body renderer
def render_body(doc, items, key_clauses, style):
    """items: list of tuples; appends clause texts to key_clauses"""
    cur_list = None
    for it in items:
        kind = it[0]
        if kind != "auto":
            cur_list = None
        if kind == "p":                       # plain clause paragraph
            text = it[1]
            m = ART_RE.match(text)
            p = para(doc, "")
            if m and style.get("bold_article", True):
                rfont(p.add_run(m.group(1)), HT, 16)
                rfont(p.add_run(m.group(2) + m.group(3)), FS, 16)
            else:
                rfont(p.add_run(text), FS, 16)
            key_clauses.append(text)
        elif kind == "runin":                 # bold run-in heading
            head, rest = it[1], it[2]
            p = para(doc, "")
            rfont(p.add_run(head), style.get("runin_font", KT), 16, bold=style.get("runin_bold", True))
            rfont(p.add_run(rest), FS, 16)
            key_clauses.append(head + rest)
        elif kind == "h":                     # heading on its own line
            para(doc, it[1], HT if style.get("h_font") is None else style["h_font"], 16)
        elif kind == "ell":
            para(doc, "……", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        elif kind == "soft":                  # several items in one paragraph, soft line breaks
            p = para(doc, "")
            for i, t in enumerate(it[1]):
                if i:
                    soft_break(p)
                    rfont(p.add_run("　　"), FS, 16)   # manual indent after the break
                rfont(p.add_run(t), FS, 16)
                key_clauses.append(t)
        elif kind == "auto":                  # Word auto numbering; key keeps the visible number
            if cur_list is None:
                cur_list = new_decimal_list(doc)
            p = para(doc, "", indent=False)
            set_num(p, cur_list)
            rfont(p.add_run(it[1]), FS, 16)
            key_clauses.append(it[2] + it[1])
        elif kind == "table":
            headers, rows = it[1], it[2]
            t = doc.add_table(rows=1 + len(rows), cols=len(headers))
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            all_borders(t)
            for j, h in enumerate(headers):
                cell_text(t.rows[0].cells[j], h, HT, 12)
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    cell_text(t.rows[i + 1].cells[j], v, FS, 12)
                key_clauses.append("；".join(f"{h}：{v}" for h, v in zip(headers, r)))
            doc.add_paragraph()                # empty paragraph after table
        else:
            raise ValueError(kind)

# ================================================================ DATA: XIAMEN
XM_GROUPS = [
 ("一、投资便利", [
  dict(title="厦门市进一步优化外商投资环境加大吸引外商投资力度若干措施", docno="厦府办规〔2024〕9号",
       issuer=["厦门市人民政府办公厅"], date="2024-08-26", datetxt="2024年8月26日",
       level="municipal", region="厦门市", doc_type="措施", effective="2024-09-01", expires="2026-12-31",
       repeals=None, title_soft=True, excerpt=True,
       note=("厦门市人民政府网站", "厦门市商务局（外资处）", "0592-2855316"),
       body=[
        ("runin", "（一）放宽外资市场准入。", "全面落实外商投资准入前国民待遇加负面清单管理制度，负面清单以外领域按照内外资一致原则实施管理。支持外资企业在我市设立区域总部、研发中心、结算中心等功能性机构。"),
        ("runin", "（三）保障外资企业公平参与政府采购。", "依法保障外商投资企业平等参与政府采购活动，不得以所有制形式、组织形式、股权结构、投资者国别、产品品牌等为由对供应商实行差别待遇或者歧视待遇。"),
        ("runin", "（五）加大外资项目奖励力度。", "对年度实际使用外资金额（不含外国投资者贷款）超过1000万美元的新设外商投资企业，按其当年实际使用外资金额的1%给予奖励，单个企业年度最高奖励1000万元人民币。"),
        ("runin", "（六）支持外资企业利润再投资。", "对外国投资者以其从境内外商投资企业获得的利润在我市直接投资，年度再投资金额超过500万美元的，按再投资金额的0.5%给予奖励，单个企业年度最高奖励300万元人民币。"),
        ("ell",),
        ("runin", "（九）强化外资企业服务保障。", "建立重点外资企业和项目服务专班机制，对重点外资项目实行“一项目一专班”，协调解决用地、用能、用工等要素保障问题。"),
        ("runin", "（十二）", "本措施自2024年9月1日起施行，有效期至2026年12月31日。执行期间如遇国家、省出台相关政策，从其规定。"),
       ]),
  dict(title="中国（福建）自由贸易试验区厦门片区外商投资企业服务办法", docno="厦自贸委〔2025〕5号",
       issuer=["中国（福建）自由贸易试验区厦门片区管理委员会"], date="2025-03-18", datetxt="2025年3月18日",
       level="zone", region="中国（福建）自由贸易试验区厦门片区", doc_type="办法",
       effective="2025-04-01", expires="2030-03-31",
       repeals="《中国（福建）自由贸易试验区厦门片区外商投资企业投诉工作办法》（厦自贸委〔2021〕8号）",
       excerpt=True, note=("厦门片区管委会门户网站", "厦门片区管委会投资促进局", "0592-6808512"),
       body=[
        ("h", "第二章　服务机制"),
        ("p", "第六条　片区管委会在厦门片区政务服务中心设立外商投资企业服务专窗，为外商投资企业提供政策咨询、登记注册、项目落地、证照办理等“一站式”服务。"),
        ("p", "第七条　建立外商投资企业“服务专员”制度。对年度实际使用外资500万美元以上的企业，实行“一企一专员”跟踪服务，服务专员应当在收到企业诉求之日起5个工作日内予以回应。"),
        ("h", "第三章　支持措施"),
        ("p", "第十二条　对在片区新设立且经认定的外资研发中心，给予一次性开办补助50万元；研发中心年度研发投入超过2000万元的，按其年度研发投入增量部分的5%给予补助，单家每年最高300万元。"),
        ("p", "前款所称外资研发中心，是指外国投资者在片区依法设立的、从事自然科学及其相关科技领域研究开发和实验发展的机构，包括独立法人和非独立法人形式。"),
        ("p", "第十三条　支持外资企业在片区设立跨国公司地区总部。经认定的地区总部，按其实缴注册资本的2%给予落户奖励，最高不超过1000万元。"),
        ("h", "第五章　附　　则"),
        ("p", "第二十条　本办法由片区管委会负责解释。"),
        ("p", "第二十一条　本办法自2025年4月1日起施行，有效期至2030年3月31日。《中国（福建）自由贸易试验区厦门片区外商投资企业投诉工作办法》（厦自贸委〔2021〕8号）同时废止。"),
       ]),
  dict(title="福建省商务厅 福建省市场监督管理局关于进一步便利外国投资者在闽投资的通知", docno="闽商务外资〔2025〕21号",
       issuer=["福建省商务厅", "福建省市场监督管理局"], date="2025-05-09", datetxt="2025年5月9日",
       level="provincial", region="福建省", doc_type="通知", effective=None, expires=None, repeals=None,
       excerpt=True, note=("福建省商务厅网站", "福建省商务厅外国投资管理处", "0591-87852316"),
       body=[
        ("p", "一、外国投资者可以凭经公证认证或者附加证明书的主体资格证明文件，在全省范围内办理外商投资企业设立、变更登记，各级登记机关不得要求重复提交。"),
        ("p", "二、推行外商投资企业登记注册“跨境通办”，境外投资者可以通过线上方式提交申请材料，实行“网上办、远程签、邮寄达”。"),
       ]),
 ]),
 ("二、贸易便利", [
  dict(title="商务部 海关总署 国家外汇管理局关于在自由贸易试验区开展贸易便利化改革试点的通知", docno="商自贸发〔2025〕118号",
       issuer=["商务部", "海关总署", "国家外汇管理局"], date="2025-04-22", datetxt="2025年4月22日",
       level="national", region="全国", doc_type="通知", effective=None, expires=None, repeals=None,
       excerpt=True, note=("商务部网站", "厦门市商务局（自贸处）", "0592-2855207"),
       body=[
        ("h", "二、试点任务"),
        ("runin", "（一）优化货物通关模式。", "在具备条件的自贸试验区开展以下改革："),
        ("auto", "推广“提前申报、货到验放”通关模式，对符合条件的进口货物，在运输工具抵达前完成申报和风险研判。", "1."),
        ("auto", "扩大“两步申报”适用范围，允许企业凭提单信息进行概要申报后提离货物，在规定时间内完成完整申报。", "2."),
        ("auto", "对高资信企业实行“自报自缴、集中汇总”征税模式。", "3."),
        ("runin", "（二）便利跨境贸易结算。", "支持试点地区银行优化跨境贸易资金结算服务："),
        ("auto", "支持银行凭企业收付款指令直接办理经常项目外汇收支，无需逐笔审核交易单证。", "1."),
        ("auto", "支持跨境电子商务、市场采购贸易等新型贸易方式的经营者通过境内银行办理外汇结算。", "2."),
        ("h", "三、保障措施"),
        ("runin", "（一）加强组织实施。", "各试点地区要建立由商务、海关、外汇等部门参加的工作机制，细化工作方案，于每年12月底前将试点进展情况报送商务部、海关总署、国家外汇管理局。"),
       ]),
  dict(title="厦门市促进综合保税区高质量发展若干措施", docno="厦商务规〔2025〕7号",
       issuer=["厦门市商务局", "厦门市财政局"], date="2025-06-10", datetxt="2025年6月10日",
       level="municipal", region="厦门市", doc_type="措施", effective="2025-07-01", expires="2027-06-30", repeals=None,
       excerpt=True, note=("厦门市商务局网站", "厦门市商务局（开发区处）", "0592-2855432"),
       body=[
        ("p", "第二条　本措施适用于厦门象屿综合保税区、厦门海沧港综合保税区内依法登记注册、具有独立法人资格的企业。"),
        ("p", "第三条　支持综合保税区保税维修业务发展。对在综合保税区内开展全球维修业务的企业，按年度维修业务进出口额给予奖励，具体标准如下："),
        ("table", ["年度维修业务进出口额", "奖励标准", "单家企业年度奖励上限"], [
            ["1亿美元（含）至5亿美元", "按当年进出口额增量部分的0.5%给予奖励", "200万元"],
            ["5亿美元（含）以上", "按当年进出口额增量部分的0.8%给予奖励", "500万元"]]),
        ("p", "第五条　支持保税研发业务。对在综合保税区内开展保税研发业务、年度研发料件进口额超过1000万元的企业，按其研发料件进口额的2%给予补助，单家企业年度最高100万元。"),
        ("p", "第九条　本措施自2025年7月1日起施行，有效期至2027年6月30日。"),
       ]),
  dict(title="中国（福建）自由贸易试验区厦门片区“智慧口岸”通关便利化操作指引", docno=None,
       issuer=["中国（福建）自由贸易试验区厦门片区管理委员会"], date="2025-09-30", datetxt="2025年9月30日",
       date_label="印发日期",
       level="zone", region="中国（福建）自由贸易试验区厦门片区", doc_type="指引", effective=None, expires=None, repeals=None,
       excerpt=False, note=("厦门片区管委会门户网站", "厦门片区管委会口岸服务处", "0592-6808377"),
       body=[
        ("runin", "一、适用范围。", "本指引适用于在厦门片区内办理进出口货物通关、查验及放行手续的企业。"),
        ("runin", "二、办理流程。", "企业通过国际贸易“单一窗口”厦门子平台提交申报信息，系统自动完成单证比对和风险筛查，对无需查验的货物实行“秒放”。"),
        ("runin", "三、咨询服务。", "企业在办理过程中遇到问题的，可以通过厦门片区政务服务中心“智慧口岸”专窗或者拨打12345政务服务便民热线咨询。"),
       ]),
 ]),
 ("三、跨境电商与物流", [
  dict(title="厦门市促进跨境电子商务高质量发展若干措施", docno="厦商务规〔2025〕3号",
       issuer=["厦门市商务局", "厦门市财政局"], date="2025-04-18", datetxt="2025年4月18日",
       level="municipal", region="厦门市", doc_type="措施", effective="2025-05-01", expires="2027-12-31", repeals=None,
       excerpt=True, note=("厦门市商务局网站", "厦门市商务局（电子商务处）", "0592-2855218"),
       body=[
        ("p", "（一）支持跨境电商主体培育。对年度跨境电商进出口额首次超过1亿元的企业，给予一次性奖励30万元；首次超过5亿元的，给予一次性奖励100万元。"),
        ("soft", ["（二）支持海外仓建设。对在境外新建或者租赁海外仓、面积超过3000平方米的企业，按实际投入的20%给予补助，单个海外仓最高200万元。",
                  "（三）支持跨境电商平台发展。对在我市注册、年度平台交易额超过10亿元的跨境电商平台企业，给予最高100万元奖励。"]),
        ("p", "（五）支持跨境电商人才培训。对经市商务局认定的跨境电商人才培训基地，按年度培训人次给予每人次500元补助，单个基地年度最高50万元。"),
        ("p", "（八）本措施自2025年5月1日起施行，有效期至2027年12月31日。同一企业同一项目符合本市其他同类政策的，按照“从高不重复”原则执行。"),
       ]),
  dict(title="厦门市中欧（厦门）班列发展扶持办法", docno="厦交运规〔2024〕6号",
       issuer=["厦门市交通运输局", "厦门市财政局"], date="2024-11-05", datetxt="2024年11月5日",
       level="municipal", region="厦门市", doc_type="办法", effective="2025-01-01", expires="2027-12-31", repeals=None,
       excerpt=True, note=("厦门市交通运输局网站", "厦门市交通运输局（物流处）", "0592-2036618"),
       body=[
        ("p", "第四条　扶持资金用于支持中欧（厦门）班列开行、回程货源组织、运贸一体化发展等方面。"),
        ("p", "第六条　对班列运营平台公司组织的去程班列，按照每标准箱（40英尺）3000元的标准给予运营补助；回程班列按照每标准箱4000元的标准给予补助。"),
        ("p", "前款所称标准箱，20英尺集装箱按0.5个标准箱计算。"),
        ("p", "第八条　对通过中欧（厦门）班列进出口货物、年度运输量超过200标准箱的货主企业，按每标准箱500元给予奖励，单个企业年度最高200万元。"),
        ("p", "第十五条　本办法自2025年1月1日起施行，有效期至2027年12月31日。"),
       ]),
 ]),
 ("四、金融与人才", [
  dict(title="中国人民银行福建省分行 国家外汇管理局福建省分局关于进一步推进跨境贸易投资高水平开放试点的通知", docno="福银发〔2025〕42号",
       issuer=["中国人民银行福建省分行", "国家外汇管理局福建省分局"], date="2025-02-27", datetxt="2025年2月27日",
       level="provincial", region="福建省", doc_type="通知", effective=None, expires=None, repeals=None,
       excerpt=True, note=("国家外汇管理局福建省分局网站", "人民银行厦门市分行（外汇管理部门）", "0592-2136155"),
       body=[
        ("runin", "一、扩大资本项目收入使用便利化范围。", "试点地区符合条件的非金融企业可以将资本项目外汇收入及其结汇所得人民币资金用于境内股权投资，无需事前办理登记。"),
        ("runin", "三、便利外商投资企业境内再投资。", "外商投资企业以资本项目收入在境内开展股权投资的，被投资企业可以直接在银行办理接收境内再投资登记。"),
        ("runin", "五、优化跨境融资管理。", "试点地区高新技术和“专精特新”中小企业可以在不超过等值1000万美元额度内自主借用外债。"),
       ]),
  dict(title="中国（福建）自由贸易试验区厦门片区支持境外专业人才执业便利的若干措施", docno="厦自贸委〔2025〕12号",
       issuer=["中国（福建）自由贸易试验区厦门片区管理委员会"], date="2025-08-15", datetxt="2025年8月15日",
       level="zone", region="中国（福建）自由贸易试验区厦门片区", doc_type="措施",
       effective="2025-08-15", expires="2028-08-14", repeals=None,
       excerpt=False, note=("厦门片区管委会门户网站", "厦门片区管委会人才服务中心", "0592-6808269"),
       body=[
        ("p", "一、便利执业备案。取得香港、澳门或者台湾地区相关执业资格的建筑、规划、设计等领域专业人才，经备案后可以在片区内为企业提供专业服务。"),
        ("p", "二、给予执业补贴。对在片区内执业满1年、年度个人所得税缴纳额超过5万元的境外专业人才，按照每人每年2万元的标准给予执业补贴，补贴期限最长3年。"),
        ("p", "三、优化生活保障。境外专业人才可以按照规定申请片区人才公寓，子女入学按照本市有关规定予以统筹安排。"),
        ("p", "四、本措施自印发之日起施行，有效期至2028年8月14日。"),
       ]),
 ]),
]

# ================================================================ DATA: CHONGQING
CQ_GROUPS = [
 ("一、投资便利", [
  dict(title="重庆市外资研发中心认定和支持办法", docno="渝商务规〔2025〕4号",
       issuer=["重庆市商务委员会", "重庆市科学技术局", "重庆市财政局"], date="2025-03-28", datetxt="2025年3月28日",
       published="2025-04-03", pubtxt="2025年4月3日",
       level="provincial", region="重庆市", doc_type="办法", effective="2025-05-01", expires="2030-04-30", repeals=None,
       excerpt=True, issuer_soft=True,
       note="【适用对象】在渝依法设立的外资研发中心。【政策咨询】市商务委外国投资管理处 023-62662187；沙坪坝区商务委员会 023-65368231。",
       body=[
        ("p", "第三条　本办法所称外资研发中心，是指外国投资者在本市依法设立的，从事自然科学及其相关科技领域研究开发和实验发展的机构。"),
        ("p", "第五条　申请认定外资研发中心，应当同时具备下列条件："),
        ("p", "（一）研发投入不低于500万元人民币；"),
        ("p", "（二）专职研究与试验发展人员不少于30人；"),
        ("p", "（三）具有明确的研发方向和必要的研发场所、设备。"),
        ("p", "第十一条　对经认定的外资研发中心，按其上一年度研发投入的10%给予补助，单家最高500万元。"),
        ("p", "第十八条　本办法自2025年5月1日起施行，有效期至2030年4月30日。"),
       ]),
  dict(title="重庆市沙坪坝区支持外资企业增资扩产若干措施", docno="沙府办发〔2025〕31号",
       issuer=["重庆市沙坪坝区人民政府办公室"], date="2025-07-15", datetxt="2025年7月15日",
       published="2025-07-22", pubtxt="2025年7月22日",
       level="county", region="重庆市沙坪坝区", doc_type="措施", effective="2025-08-01", expires=None, repeals=None,
       excerpt=True,
       note="【适用对象】在沙坪坝区注册的外商投资企业。【政策咨询】沙坪坝区商务委员会 023-65368231。",
       body=[
        ("p", "一、对外资企业年度增资实际到位金额超过1000万美元的，按增资到位金额的1%给予奖励，最高500万元。"),
        ("p", "二、外资企业在本区新建、扩建生产项目的，优先保障用地指标，工业用地可以采取长期租赁、先租后让、弹性年期出让等方式供应。"),
        ("p", "三、对外资企业新增进口设备，按照设备进口额的3%给予贴息补助，单个企业最高200万元。"),
        ("p", "六、本措施自2025年8月1日起施行。"),
       ]),
 ]),
 ("二、贸易便利", [
  dict(title="中国（重庆）自由贸易试验区西永片区加工贸易梯度转移承接若干措施", docno="西永自贸办〔2025〕9号",
       issuer=["中国（重庆）自由贸易试验区西永片区管理办公室"], date="2025-06-05", datetxt="2025年6月5日",
       published="2025-06-12", pubtxt="2025年6月12日",
       level="zone", region="中国（重庆）自由贸易试验区西永片区", doc_type="措施", effective=None, expires=None, repeals=None,
       excerpt=False,
       note="【适用对象】西永片区内开展加工贸易的企业。【政策咨询】西永片区管理办公室经济发展处 023-65703126。",
       body=[
        ("p", "（一）对新引进的加工贸易企业，年度加工贸易进出口额首次达到1亿美元的，给予一次性奖励100万元。"),
        ("p", "（二）支持加工贸易企业开展“保税+研发”“保税+维修”等新业态，对年度新业态进出口额超过5000万元的，按照新业态进出口额的1%给予补助，单个企业最高150万元。"),
        ("p", "（三）对加工贸易企业招用本市户籍劳动力并签订1年以上劳动合同的，按照每人1000元的标准给予一次性用工补贴。"),
       ]),
  dict(title="重庆市人民政府办公厅关于推进跨境贸易便利化的实施意见", docno="渝府办发〔2024〕88号",
       issuer=["重庆市人民政府办公厅"], date="2024-10-30", datetxt="2024年10月30日",
       published="2024-11-06", pubtxt="2024年11月6日",
       level="provincial", region="重庆市", doc_type="意见", effective=None, expires=None, repeals=None,
       excerpt=True,
       note="【政策咨询】市政府口岸物流办通关处 023-63898127；重庆海关 12360海关服务热线。",
       body=[
        ("h", "二、重点任务"),
        ("runin", "（一）深化通关模式改革。", "推广“提前申报”“两步申报”“船边直提”“抵港直装”等便利化措施，进口、出口整体通关时间分别压缩至35小时和1.2小时以内。"),
        ("runin", "（二）降低进出口环节费用。", "全面落实口岸收费目录清单制度，清单之外一律不得收费，推动口岸经营服务单位降低收费标准。"),
        ("runin", "（四）提升国际贸易“单一窗口”功能。", "拓展“单一窗口”跨境贸易、物流、金融等服务功能，推进与中西部省份“单一窗口”互联互通。"),
        ("h", "三、保障措施"),
        ("p", "各区县人民政府、市级有关部门要高度重视跨境贸易便利化工作，明确责任分工，强化协同配合，确保各项措施落地见效。"),
       ]),
 ]),
 ("三、通道物流", [
  dict(title="重庆市支持中欧班列（成渝）高质量发展若干措施", docno="渝口物发〔2025〕12号",
       issuer=["重庆市人民政府口岸和物流办公室", "重庆市财政局"], date="2025-01-20", datetxt="2025年1月20日",
       published="2025-02-05", pubtxt="2025年2月5日",
       level="provincial", region="重庆市", doc_type="措施", effective="2025-03-01", expires="2027-12-31", repeals=None,
       excerpt=True,
       note="【适用对象】中欧班列（成渝）重庆运营平台及货主企业。【政策咨询】市政府口岸物流办通道处 023-63898155。",
       body=[
        ("runin", "一、支持班列运营平台拓展线路。", "对新开通至欧洲、中亚的定制化班列线路，每条线路给予一次性奖励50万元。"),
        ("runin", "三、规范运营补助标准。", "对班列运营平台按以下标准给予运营补助："),
        ("table", ["线路", "补助标准（元/标准箱）", "备注"], [
            ["去程班列（重庆—欧洲）", "2500", "以实际开行计"],
            ["回程班列（欧洲—重庆）", "3500", "重箱率不低于90%"],
            ["中亚班列", "1500", "以实际开行计"]]),
        ("runin", "五、", "本措施自2025年3月1日起施行，有效期至2027年12月31日。"),
       ]),
  dict(title="重庆市推动西部陆海新通道铁海联运高质量发展实施方案", docno="渝口物发〔2025〕47号",
       issuer=["重庆市人民政府口岸和物流办公室", "重庆市交通运输委员会"], date="2025-08-08", datetxt="2025年8月8日",
       published="2025-08-15", pubtxt="2025年8月15日",
       level="provincial", region="重庆市", doc_type="方案", effective=None, expires=None, repeals=None,
       excerpt=True,
       note="【政策咨询】市政府口岸物流办通道处 023-63898155。",
       body=[
        ("p", "（一）到2027年，西部陆海新通道铁海联运班列年开行量达到1.5万列，集装箱运量达到80万标准箱。"),
        ("p", "（二）加密重庆至北部湾港、湛江港铁海联运班列，推动形成“天天班”常态化开行。"),
       ]),
 ]),
 ("四、跨境电商", [
  dict(title="重庆市跨境电子商务综合试验区建设促进措施", docno="渝商务规〔2025〕9号",
       issuer=["重庆市商务委员会"], date="2025-05-16", datetxt="2025年5月16日",
       published="2025-05-23", pubtxt="2025年5月23日",
       level="provincial", region="重庆市", doc_type="措施", effective="2025-06-01", expires="2027-05-31", repeals=None,
       excerpt=True,
       note="【适用对象】在渝注册的跨境电商企业、海外仓企业。【政策咨询】市商务委电子商务处 023-62662135。",
       body=[
        ("p", "第二条　对年度跨境电商进出口额超过5亿元且同比增长15%以上的企业，给予最高100万元奖励。"),
        ("p", "第三条　支持企业建设公共海外仓。对经认定的市级公共海外仓，给予一次性奖励50万元。"),
        ("p", "第四条　对跨境电商企业开展9610、9710、9810模式出口业务的，按照出口额的0.3%给予物流费用补贴，单个企业最高80万元。"),
        ("p", "第十条　本措施自2025年6月1日起施行，有效期至2027年5月31日。"),
       ]),
  dict(title="关于支持西永综合保税区跨境电商“保税+”业务发展的通知", docno="西永综保委发〔2025〕17号",
       issuer=["重庆西永综合保税区管理委员会"], date="2025-10-09", datetxt="2025年10月9日",
       published="2025-10-10", pubtxt="2025年10月10日",
       level="zone", region="重庆西永综合保税区", doc_type="通知", effective=None, expires=None, repeals=None,
       excerpt=False,
       note="【适用对象】西永综合保税区内跨境电商企业。【政策咨询】西永综保区管委会招商局 023-65703158。",
       body=[
        ("p", "一、支持企业在西永综合保税区开展跨境电商网购保税进口（1210）业务，对年度业务量超过100万单的企业，给予10万元奖励。"),
        ("p", "二、支持企业利用综合保税区开展跨境电商出口海外仓（9810）备货业务，对年度出口额超过1亿元的企业，按照出口额的0.2%给予奖励，单个企业最高50万元。"),
       ]),
 ]),
]

# ---------------------------------------------------------------- builders
def cover(doc, lines, units, month, red=True):
    for _ in range(4):
        doc.add_paragraph()
    for i, (t, sz) in enumerate(lines):
        p = para(doc, t, XBS, sz, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=sz * 1.6)
    if red:
        p = para(doc, "", indent=False, line=12)
        bottom_border(p, "FF0000", 18)
    for _ in range(8):
        doc.add_paragraph()
    # 编印单位 typed with manual full-width spaces for alignment
    first = True
    for u in units:
        lab = "编印单位：" if first else "　　　　　"
        para(doc, lab + u, KT, 16, indent=False, align=WD_ALIGN_PARAGRAPH.LEFT).paragraph_format.left_indent = Cm(2.2)
        first = False
    para(doc, "", indent=False)
    para(doc, month, KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

def toc_line_tab(doc, text, page, level):
    p = doc.add_paragraph()
    pf = p.paragraph_format; pf.line_spacing = Pt(28)
    if level == 2:
        pf.left_indent = Pt(32)
        pf.first_line_indent = Pt(-16) if False else None
    pf.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    rfont(p.add_run(text), HT if level == 1 else FS, 16 if level == 1 else 14)
    rfont(p.add_run("\t" + str(page)), FS, 14)

def toc_line_dots(doc, text, page, level):
    p = doc.add_paragraph()
    pf = p.paragraph_format; pf.line_spacing = Pt(26)
    # dots typed by hand; long titles broken by hand with a soft line break
    width = 30
    lead = "　　" if level == 2 else ""
    if len(lead + text) > width - 4:
        cut = 24
        rfont(p.add_run(lead + text[:cut]), HT if level == 1 else FS, 14)
        soft_break(p)
        tail = "　　　" + text[cut:]
        rfont(p.add_run(tail), FS, 14)
        n = width - len(tail) - 2
    else:
        rfont(p.add_run(lead + text), HT if level == 1 else FS, 14)
        n = width - len(lead + text) - 2
    rfont(p.add_run("…" * n + str(page)), FS, 14)

def note_box(doc, note):
    src, expl, tel = note
    t = doc.add_table(rows=1, cols=1)
    all_borders(t)
    c = t.rows[0].cells[0]
    p = c.paragraphs[0]; p.paragraph_format.line_spacing = Pt(22)
    rfont(p.add_run("【政策来源】"), HT, 12); rfont(p.add_run(src), KT, 12)
    soft_break(p)
    rfont(p.add_run("【政策解释】"), HT, 12); rfont(p.add_run(expl), KT, 12)
    soft_break(p)
    rfont(p.add_run("政策咨询：" + expl.split("（")[0] + "　" + tel), KT, 12)
    doc.add_paragraph()

def header_footer(section, header_text, pre, post):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rfont(hp.add_run(header_text), ST, 10.5)
    bottom_border(hp, "000000", 6)
    fp = section.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp, ST, 14, pre, post)
    section._sectPr.append(parse_xml(f'<w:pgNumType {W_NS} w:start="1"/>'))

def meta_of(d, published=None):
    return {
        "title": d["title"], "doc_number": d["docno"], "issuer": d["issuer"], "date": d["date"],
        "published": d.get("published"), "level": d["level"], "region": d["region"],
        "effective": d["effective"], "expires": d["expires"], "attachments": [],
        "doc_type": d["doc_type"], "recipients": [], "publicity": None, "repeals": d["repeals"],
    }

def build_xiamen(toc_pages):
    doc = Document()
    setup_page(doc.sections[0])
    cover(doc, [("中国（福建）自由贸易试验区厦门片区", 22), ("惠企政策汇编", 36), ("（2026年版）", 22)],
          ["中国（福建）自由贸易试验区厦门片区管理委员会", "厦门市商务局"], "二〇二六年一月")
    page_break(doc)
    para(doc, "编 印 说 明", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=12)
    para(doc, "为帮助企业及时、全面了解和用好各级惠企政策，我们对国家、省、市及片区出台的投资便利、贸易便利、跨境电商与物流、金融与人才等方面政策进行了梳理，选取其中与企业关系密切的条款汇编成册。")
    para(doc, "本汇编收录的政策文件截至2025年12月31日，多数为节选，具体以政策原文为准。政策兑现以相关部门发布的申报通知为准。")
    para(doc, "厦门片区管委会", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "2026年1月", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    page_break(doc)
    para(doc, "目　　录", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=12)
    k = 0
    for g, exts in XM_GROUPS:
        toc_line_tab(doc, g, toc_pages[k] if toc_pages else 1, 1)
        for d in exts:
            toc_line_tab(doc, "《" + d["title"] + "》", toc_pages[k] if toc_pages else 1, 2)
            k += 1
    # body section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    header_footer(sec, "厦门片区惠企政策汇编（2026年版）", "— ", " —")
    key = []
    for gi, (g, exts) in enumerate(XM_GROUPS):
        gp = para(doc, g, HT, 16, indent=False, after=6)
        gp.paragraph_format.page_break_before = bool(gi)
        for d in exts:
            # title (+文号) block
            p = para(doc, "", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=32, before=12)
            rfont(p.add_run("《" + d["title"] + "》"), XBS, 18)
            if d.get("title_soft"):
                soft_break(p)
                rfont(p.add_run("（" + d["docno"] + "）"), KT, 16)
            elif d["docno"]:
                para(doc, "（" + d["docno"] + "）", KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
            lab = d.get("date_label", "成文日期")
            para(doc, "发文机关：" + "　".join(d["issuer"]) + "　　" + lab + "：" + d["datetxt"],
                 KT, 14, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
            if d.get("excerpt"):
                para(doc, "（节选）", KT, 14, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
            clauses = []
            render_body(doc, d["body"], clauses, {"runin_font": KT, "runin_bold": True})
            note_box(doc, d["note"])
            key.append({"meta": meta_of(d), "clauses": clauses})
    # back cover
    bp = doc.add_paragraph(); bp.paragraph_format.page_break_before = True
    for _ in range(17):
        doc.add_paragraph()
    p = para(doc, "", indent=False, line=12); bottom_border(p, "000000", 8)
    para(doc, "内部资料　免费赠阅", ST, 12, indent=False)
    para(doc, "编印：中国（福建）自由贸易试验区厦门片区管理委员会　　　　印数：800册", ST, 12, indent=False)
    p = para(doc, "地址：厦门市湖里区象屿路93号　　　　　　　　　　　　2026年1月印制", ST, 12, indent=False)
    bottom_border(p, "000000", 8)
    return doc, key

def build_chongqing(toc_pages):
    doc = Document()
    setup_page(doc.sections[0])
    cover(doc, [("中国（重庆）自由贸易试验区西永片区", 22), ("惠企政策汇编", 36), ("（2026年版）", 22)],
          ["中国（重庆）自由贸易试验区西永片区管理办公室", "重庆市沙坪坝区商务委员会"], "二〇二六年三月", red=False)
    page_break(doc)
    para(doc, "目　录", HT, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=12)
    k = 0; n = 1
    for g, exts in CQ_GROUPS:
        toc_line_dots(doc, g, toc_pages[k] if toc_pages else 1, 1)
        for d in exts:
            toc_line_dots(doc, f"{n}．" + d["title"], toc_pages[k] if toc_pages else 1, 2)
            k += 1; n += 1
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    header_footer(sec, "西永片区惠企政策汇编（2026年版）　　　　　　　　　　　　沙坪坝区商务委员会编印", "- ", " -")
    key = []; n = 1
    for gi, (g, exts) in enumerate(CQ_GROUPS):
        p = para(doc, "", indent=False, after=6)
        p.paragraph_format.page_break_before = bool(gi)
        rfont(p.add_run(g), HT, 18, bold=True)
        para(doc, "")                                     # stray empty paragraph
        for d in exts:
            p = para(doc, "", indent=False, align=WD_ALIGN_PARAGRAPH.LEFT, line=30, before=10)
            rfont(p.add_run(f"{n}．《{d['title']}》"), HT, 16, bold=True)
            if d.get("excerpt"):
                rfont(p.add_run("（节选）"), KT, 14)
            para(doc, "（" + d["docno"] + "）", KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
            # layout table for the document's data
            t = doc.add_table(rows=2, cols=4)
            no_borders(t)
            cell_text(t.rows[0].cells[0], "发文机关", HT, 12)
            if d.get("issuer_soft"):
                cell_text(t.rows[0].cells[1], "\n".join(d["issuer"]), KT, 12, soft=True)
            else:
                cell_text(t.rows[0].cells[1], "、".join(d["issuer"]), KT, 12)
            cell_text(t.rows[0].cells[2], "有效性", HT, 12)
            cell_text(t.rows[0].cells[3], "现行有效", KT, 12)
            cell_text(t.rows[1].cells[0], "成文日期", HT, 12)
            cell_text(t.rows[1].cells[1], d["datetxt"], KT, 12)
            cell_text(t.rows[1].cells[2], "发布日期", HT, 12)
            cell_text(t.rows[1].cells[3], d["pubtxt"], KT, 12)
            t.autofit = False
            for j, wd in enumerate((Cm(2.4), Cm(6.4), Cm(2.2), Cm(4.4))):
                t.columns[j].width = wd
                for row in t.rows:
                    row.cells[j].width = wd
            clauses = []
            render_body(doc, d["body"], clauses, {"runin_font": FS, "runin_bold": True, "bold_article": False})
            p = para(doc, d["note"], KT, 14, indent=True, line=24, before=4, after=10)
            key.append({"meta": meta_of(d), "clauses": clauses})
            n += 1
    return doc, key

# ---------------------------------------------------------------- output
def to_pdf(docx_path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_613", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    return docx_path[:-5] + ".pdf"

def body_pages(pdf_path, titles):
    """Find the printed page number (footer) of the body page where each title starts."""
    try:
        from pypdf import PdfReader
    except Exception:
        return None
    rd = PdfReader(pdf_path)
    norm = lambda x: re.sub(r'[\s“”"]+', '', x)
    buf = ""; spans = []
    for pg in rd.pages:
        lines = (pg.extract_text() or "").splitlines()
        num = None
        for ln in lines[::-1]:
            m = re.fullmatch(r'\s*[—\-]\s*(\d+)\s*[—\-]\s*', ln)
            if m:
                num = int(m.group(1)); break
        start = len(buf); buf += norm("".join(lines)); spans.append((start, len(buf), num))
    res = []
    for t in titles:
        pos = buf.rfind("《" + norm(t))
        found = None
        for a, b, num in spans:
            if a <= pos < b:
                found = num
        res.append(found if found else 1)
    return res

def make(stem, builder, groups):
    titles = [d["title"] for _, ex in groups for d in ex]
    pages = None
    for _ in range(2):                                    # second pass fixes the 目录 page numbers
        _num_counter[0] = 0
        doc, key = builder(pages)
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        pdf = to_pdf(path)
        newp = body_pages(pdf, titles)
        print(stem, "toc pages:", newp)
        if newp is None or newp == pages:
            break
        pages = newp
    return key

def main():
    expected = {}
    expected["blind613_xiamen_huibian"] = make("blind613_xiamen_huibian", build_xiamen, XM_GROUPS)
    expected["blind613_chongqing_huibian"] = make("blind613_chongqing_huibian", build_chongqing, CQ_GROUPS)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)

if __name__ == "__main__":
    main()
