# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 413 blind test documents: multi-part plans (第一部分/第二部分/第三部分)
with 专栏 boxes and title pages, plus their cover 通知 in separate files."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
BLACK = RGBColor(0, 0, 0)
SP = "\u3000"  # full-width space
CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY

_PPR_AFTER_PBDR = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
    "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
    "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
    "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
    "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
    "w:pPrChange",
)


# ---------------------------------------------------------------- helpers
def new_doc(title_page=False):
    d = Document()
    sec = d.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = d.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)
    add_page_number(d, title_page)
    return d


def fmt_run(r, font=FS, size=16, bold=False, color=None):
    r.font.name = font
    r.font.size = Pt(size)
    if bold:
        r.bold = True
    rpr = r._element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if color is not None:
        r.font.color.rgb = color
    return r


def add_text(p, text, **kw):
    """Add text to paragraph p; '\v' inside text becomes a soft line break."""
    parts = text.split("\v")
    r = p.add_run(parts[0])
    fmt_run(r, **kw)
    for part in parts[1:]:
        r.add_break()
        if part:
            r.add_text(part)
    return r


def para(container, segs=(), align=JUSTIFY, indent=True, before=0, after=0,
         line=28, p=None, page_break_before=False):
    if p is None:
        p = container.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    if page_break_before:
        pf.page_break_before = True
    for seg in segs:
        if isinstance(seg, str):
            add_text(p, seg)
        else:
            text, kw = seg
            add_text(p, text, **kw)
    return p


def empty(container, n=1, line=28):
    for _ in range(n):
        para(container, [], indent=False, line=line)


def p_border(p, sides=("bottom",), color="000000", sz=8):
    pPr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        if side in sides:
            el = OxmlElement("w:" + side)
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:space"), "1")
            el.set(qn("w:color"), color)
            pbdr.append(el)
    pPr.insert_element_before(pbdr, *_PPR_AFTER_PBDR)


def add_page_number(d, title_page):
    sec = d.sections[0]
    if title_page:
        sec.different_first_page_header_footer = True
    f = sec.footer
    p = f.paragraphs[0]
    p.alignment = CENTER
    fmt_run(p.add_run("— "), SONG, 14)
    fld = parse_xml(
        '<w:fldSimple %s w:instr=" PAGE "><w:r><w:rPr>'
        '<w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/>'
        '<w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'
        % nsdecls("w"))
    p._p.append(fld)
    fmt_run(p.add_run(" —"), SONG, 14)


def page_break(d):
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def set_table_borders(tbl, sz=8, color="000000", val="single"):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        b.append(el)
    tblPr.append(b)


def set_col_widths(tbl, widths_cm):
    tbl.autofit = False
    for i, w in enumerate(widths_cm):
        tbl.columns[i].width = Cm(w)
    for row in tbl.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


# --- Word automatic numbering (chineseCounting "（一）") ------------------
_ABS_ID = 413


def ensure_cn_numbering(d):
    numbering = d.part.numbering_part.element
    if numbering.find(qn("w:abstractNum") + "[@{%s}abstractNumId='%d']" % (
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            _ABS_ID)) is not None:
        return numbering
    absnum = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>'
        '<w:lvlText w:val="（%%1）"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="楷体_GB2312" w:hAnsi="楷体_GB2312" '
        'w:eastAsia="楷体_GB2312"/><w:b/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), _ABS_ID))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    return numbering


_next_num = [900]


def new_cn_list(d):
    numbering = ensure_cn_numbering(d)
    _next_num[0] += 1
    nid = _next_num[0]
    num = parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
        '</w:lvlOverride></w:num>' % (nsdecls("w"), nid, _ABS_ID))
    numbering.append(num)
    return nid


def set_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id


CN = "一二三四五六七八九十"


# ------------------------------------------------------------ styles used
def KTB(t):
    return (t, dict(font=KT, bold=True))


def F(t):
    return (t, dict(font=FS))


def clean(t):
    return t.replace("\v", "")


class Body:
    """Collects expected clauses while writing paragraphs."""

    def __init__(self, d):
        self.d = d
        self.clauses = []

    def p(self, segs, container=None, clause=True, **kw):
        c = container if container is not None else self.d
        pp = para(c, segs, **kw)
        if clause:
            self.clauses.append(clean("".join(
                s if isinstance(s, str) else s[0] for s in segs)))
        return pp

    def runin(self, head, body, container=None, **kw):
        return self.p([KTB(head), F(body)], container=container, **kw)

    def heading1(self, text, **kw):  # 一、 heading on own line, 黑体
        return para(self.d, [(text, dict(font=HT))], **kw)

    def part(self, text, page_break_before=False):
        if not page_break_before:
            empty(self.d)
        return para(self.d, [(text, dict(font=HT, size=18, bold=True))],
                    align=CENTER, indent=False, after=12,
                    page_break_before=page_break_before)


def zhuanlan_box(b, title, items, soft_breaks=False):
    """Single-cell bordered table (专栏). Items are clauses, title is not."""
    d = b.d
    empty(d)
    t = d.add_table(rows=1, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(t, sz=12)
    cell = t.rows[0].cells[0]
    cell.width = Cm(15.5)
    para(cell, [(title, dict(font=HT, size=15))], align=CENTER,
         indent=False, line=26, before=6, after=6, p=cell.paragraphs[0])
    if soft_breaks:
        # office quirk: all items typed into ONE paragraph with Shift+Enter
        para(cell, [(("\v").join(items), dict(font=FS, size=14))],
             align=WD_ALIGN_PARAGRAPH.LEFT, indent=True, line=24, after=6)
        b.clauses.extend(items)
    else:
        for it in items:
            b.p([(it, dict(font=FS, size=14))], container=cell, line=24)
        para(cell, [], indent=False, line=10)
    empty(d)


def to_pdf(docx_path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_413", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=240)


# ======================================================================
#                       1. 厦门 行动方案 (plan)
# ======================================================================
XM_PLAN_TITLE = "厦门市深度融入共建“一带一路”高水平对外开放行动方案（2025—2027年）"


def make_xiamen_fangan():
    d = new_doc(title_page=True)
    b = Body(d)
    # ---- title page: title in three paragraphs, organ and month
    empty(d, 5)
    for line in ("厦门市深度融入共建“一带一路”", "高水平对外开放行动方案",
                 "（2025—2027年）"):
        para(d, [(line, dict(font=XBS, size=26))], align=CENTER,
             indent=False, line=44)
    empty(d, 7)
    para(d, [("厦门市人民政府", dict(font=KT, size=18))], align=CENTER,
         indent=False, line=32)
    para(d, [("二〇二五年三月", dict(font=KT, size=18))], align=CENTER,
         indent=False, line=32)
    page_break(d)
    # ---- body title repeated (soft line break before the years)
    para(d, [("厦门市深度融入共建“一带一路”\v高水平对外开放行动方案\v"
              "（2025—2027年）", dict(font=XBS, size=22))],
         align=CENTER, indent=False, line=36, after=16)
    b.p([F("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的"
           "决策部署，落实省委、省政府工作要求，进一步发挥我市在共建“一带一路”"
           "中的支点作用，推进更高水平对外开放，结合我市实际，制定本方案。")])

    # ================= 第一部分
    b.part("第一部分" + SP + "总体要求")
    b.heading1("一、指导思想")
    b.p([F("以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届"
           "二中、三中全会精神，完整、准确、全面贯彻新发展理念，发挥中国（福建）"
           "自由贸易试验区厦门片区、厦门经济特区和“丝路海运”发源地等叠加优势，"
           "以制度型开放为引领，以通道、平台、产业合作为支撑，加快建设“一带一路”"
           "重要枢纽城市，为奋力谱写中国式现代化厦门篇章提供有力支撑。")])
    b.heading1("二、基本原则")
    b.runin("（一）坚持开放引领。",
            "对标高标准国际经贸规则，稳步扩大规则、规制、管理、标准等制度型开放，"
            "以开放促改革、促发展。")
    # quirk: run-in heading split over several bold runs
    b.p([KTB("（二）坚持通道"), KTB("带动"), KTB("。"),
         F("统筹海港、空港、陆港和信息港建设，推动“丝路海运”“丝路飞翔”与中欧班列"
           "联动发展，提升国际物流通道韧性和效率。")])
    # quirk: no bold at all, heading and body in one run
    b.p([F("（三）坚持产业支撑。推动通道经济向产业经济转变，培育壮大外向型产业集群，"
           "增强对外经贸合作的产业基础。")])
    # quirk: half-width parentheses typed by hand
    b.runin("(四)坚持安全发展。",
            "统筹发展和安全，健全境外风险防控体系，切实维护企业海外利益和产业链"
            "供应链安全。")
    b.heading1("三、主要目标")
    b.p([F("到2027年，全市深度融入共建“一带一路”的体制机制更加完善，国际物流通道"
           "网络更加通畅，对外经贸合作质量明显提升，与共建“一带一路”国家进出口额"
           "年均增长8%以上，“一带一路”重要枢纽城市功能基本形成。主要发展指标见"
           "表1。")])
    para(d, [("表1" + SP + "主要发展指标", dict(font=HT, size=14))],
         align=CENTER, indent=False, before=6, after=4)
    header = ["序号", "指标名称", "单位", "2024年", "2027年目标"]
    rows = [
        ["1", "“丝路海运”命名航线数量", "条", "120", "150"],
        ["2", "中欧（厦门）班列年开行量", "列", "360", "500"],
        ["3", "与共建“一带一路”国家进出口额", "亿元", "3150", "4000"],
        ["4", "跨境电商进出口额", "亿元", "260", "400"],
        ["5", "实际使用外资", "亿元", "150", "180"],
    ]
    t = d.add_table(rows=1 + len(rows), cols=5)
    t.style = d.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        para(t.rows[0].cells[i], [(h, dict(font=HT, size=14))], align=CENTER,
             indent=False, line=22, p=t.rows[0].cells[i].paragraphs[0])
    for ri, row in enumerate(rows, start=1):
        for ci, v in enumerate(row):
            c = t.rows[ri].cells[ci]
            para(c, [(v, dict(font=FS, size=14))],
                 align=JUSTIFY if ci == 1 else CENTER, indent=False, line=22,
                 p=c.paragraphs[0])
        b.clauses.append("；".join(
            "%s：%s" % (h, v) for h, v in zip(header, row)))
    set_col_widths(t, [1.4, 6.6, 1.6, 2.2, 3.0])

    # ================= 第二部分
    b.part("第二部分" + SP + "重点任务", page_break_before=True)
    b.heading1("一、提升国际物流通道能级")
    b.runin("（一）做强“丝路海运”品牌。",
            "完善“丝路海运”服务标准和运营规则，推动命名航线向东南亚、南亚、中东、"
            "非洲和拉美地区拓展，支持航运企业开辟“丝路海运”快捷航线。深化“丝路海运”"
            "联盟建设，推进港口、航运、物流、贸易企业信息互联共享。")
    b.runin("（二）推动中欧（厦门）班列提质扩量。",
            "稳定开行厦门至波兰马拉舍维奇、德国汉堡、俄罗斯莫斯科等线路，加密中亚"
            "方向班列，拓展经里海、黑海至欧洲的跨里海国际运输走廊线路。推动海铁联运"
            "与中欧班列无缝衔接，支持开行定制化专列和回程班列。")
    b.runin("（三）拓展国际航空货运网络。",
            "支持航空公司加密至东南亚、中东、欧洲的全货机航线，高水平推进厦门新机场"
            "国际货运功能规划建设，发展“空空中转”“海空联运”业务。")
    # quirk: soft line break in the middle of a sentence
    b.runin("（四）建设国际物流信息枢纽。",
            "依托国际贸易“单一窗口”和“丝路海运”信息平台，推进港口、铁路、航空物流"
            "数据互联互通，推广应用电子提单、\v电子运单，探索开展多式联运“一单制”"
            "改革。")
    zhuanlan_box(b, "专栏1" + SP + "国际物流通道重点工程", [
        "1.“丝路海运”航线拓展工程：新开辟至东盟、中东、非洲等地区集装箱航线15条"
        "以上，培育“丝路海运”品牌服务商20家。",
        "2.中欧（厦门）班列扩能工程：推进前场铁路大型货场扩能改造，新增班列线路3条"
        "以上，回程班列占比提高到40%以上。",
        "3.航空货运提升工程：新开通国际全货机航线5条以上，国际航空货邮吞吐量年均"
        "增长10%。",
    ])
    b.heading1("二、推进自由贸易试验区制度型开放")
    b.runin("（一）开展对接高标准经贸规则先行先试。",
            "对标《全面与进步跨太平洋伙伴关系协定》（CPTPP）、《数字经济伙伴关系协定》"
            "（DEPA）等高标准经贸规则，在厦门片区开展压力测试，重点推进以下工作：")
    b.p([F("1.在货物贸易领域，探索对符合条件的进口维修、再制造产品实施便利化监管"
           "措施。")])
    b.p([F("2.在服务贸易领域，全面落实跨境服务贸易负面清单，推动专业服务领域扩大"
           "开放。")])
    b.p([F("3.在数字贸易领域，探索建立数据出境便利化服务机制，推动开展数据跨境流动"
           "试点。")])
    b.runin("（二）深化投资管理制度改革。",
            "全面落实外商投资准入前国民待遇加负面清单管理制度，健全外商投资促进、"
            "保护和服务体系，推行外商投资企业设立“一件事”集成服务，保障外资企业依法"
            "平等参与政府采购、招标投标和标准制定。")
    b.runin("（三）提升贸易便利化水平。",
            "深化“两步申报”“提前申报”“船边直提”“抵港直装”等改革，推动海关特殊监管"
            "区域高质量发展，支持厦门海沧港综合保税区、厦门象屿综合保税区开展保税维修、"
            "保税研发、保税展示交易等新业务。")
    b.heading1("三、做强跨境电商和新型贸易业态")
    b.runin("（一）推进跨境电商综合试验区建设。",
            "发挥中国（厦门）跨境电子商务综合试验区线上综合服务平台作用，用好跨境电商"
            "“9610”“9710”“9810”“1210”等监管模式，支持企业在共建“一带一路”国家布局"
            "海外仓，到2027年培育省级以上公共海外仓10个以上。")
    b.runin("（二）发展“丝路电商”。",
            "加强与共建“一带一路”国家电子商务合作，支持举办“丝路电商”主题对接活动，"
            "推动特色商品进口和品牌出海。")
    b.runin("（三）培育新型离岸国际贸易。",
            "支持符合条件的企业开展离岸转手买卖、全球采购等业务，引导银行机构依法依规"
            "为真实合规的新型离岸国际贸易提供跨境资金结算便利。")
    zhuanlan_box(b, "专栏2" + SP + "跨境电商和新型贸易重点平台", [
        "1.跨境电商产业园：提升厦门跨境电商产业园、海沧跨境电商产业园等园区功能，"
        "新增入驻企业200家以上。",
        "2.公共海外仓：在东南亚、中东、中东欧等地区新建或改造提升公共海外仓，形成"
        "覆盖主要市场的海外仓网络。",
        "3.保税维修和再制造平台：依托综合保税区建设航空维修、电子产品维修等保税维修"
        "基地。",
    ])
    b.heading1("四、深化双向投资和国际产能合作")
    b.runin("（一）加大外资招引力度。",
            "聚焦新一代信息技术、生物医药、新材料、现代服务业等领域，开展“投资厦门”"
            "系列推介活动，引进一批跨国公司地区总部和功能性机构。")
    # quirk: hard paragraph break (Enter) in the middle of a sentence
    para(d, [KTB("（二）引导企业有序“走出去”。"),
             F("支持有实力的企业在共建“一带一路”国家建设境外经贸合作区")])
    para(d, [F("和生产基地，推动光电、机械、纺织服装等优势产业开展国际产能合作。")],
         indent=False)
    b.clauses.append("（二）引导企业有序“走出去”。支持有实力的企业在共建“一带一路”"
                     "国家建设境外经贸合作区和生产基地，推动光电、机械、纺织服装等"
                     "优势产业开展国际产能合作。")

    # ================= 第三部分
    b.part("第三部分" + SP + "保障措施", page_break_before=False)
    b.heading1("一、加强组织领导")
    b.runin("（一）健全工作机制。",
            "充分发挥市推进共建“一带一路”工作领导小组统筹协调作用，领导小组办公室设在"
            "市发展改革委，负责日常协调和督促推进。")
    b.runin("（二）压实部门责任。",
            "各区、各部门要按照职责分工，制定具体工作措施，明确时间表、路线图，确保"
            "各项任务落地见效。")
    empty(d)
    b.heading1("二、强化政策支持")
    b.runin("（一）加大资金保障。",
            "统筹用好市级商务发展、交通运输、产业发展等专项资金，对国际物流通道建设、"
            "跨境电商平台培育、重大开放平台建设等予以支持。")
    b.runin("（二）强化金融服务。",
            "鼓励金融机构创新跨境金融产品，扩大出口信用保险覆盖面，支持符合条件的企业"
            "通过境外发债等方式融资。")
    empty(d)
    b.heading1("三、做好监测评估")
    b.runin("（一）建立监测制度。",
            "建立主要指标季度监测和重点任务半年调度制度，及时掌握工作进展。")
    b.runin("（二）开展评估总结。",
            "适时开展中期评估和总结评估，评估结果作为有关部门年度绩效考核的重要参考。")
    empty(d, 2)

    meta = {
        "title": XM_PLAN_TITLE,
        "doc_number": None,
        "issuer": ["厦门市人民政府"],
        "date": None,  # title page only gives 二〇二五年三月
        "published": None,
        "level": "municipal",
        "region": "厦门市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "方案",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return d, [{"meta": meta, "clauses": b.clauses}]


# ======================================================================
#                       2. 厦门 通知 (cover notice)
# ======================================================================
def make_xiamen_tongzhi():
    d = new_doc()
    b = Body(d)
    empty(d, 1)
    para(d, [("厦门市人民政府文件", dict(font=XBS, size=48, color=RED))],
         align=CENTER, indent=False, line=60)
    empty(d, 1)
    p = para(d, [("厦府〔2025〕35号", dict(font=FS))], align=CENTER,
             indent=False, after=6)
    p_border(p, ("bottom",), color="FF0000", sz=18)
    empty(d, 1)
    para(d, [("厦门市人民政府关于印发厦门市深度融入\v共建“一带一路”高水平对外开放"
              "行动方案\v（2025—2027年）的通知", dict(font=XBS, size=22))],
         align=CENTER, indent=False, line=36)
    empty(d, 1)
    para(d, [F("各区人民政府，市直各委、办、局，各开发区管委会：")], indent=False)
    b.p([F("现将《厦门市深度融入共建“一带一路”高水平对外开放行动方案（2025—2027年）》"
           "印发给你们，并就有关事项通知如下，请认真贯彻执行。")])
    b.p([(("一、提高思想认识。"), dict(font=HT)),
         F("深度融入共建“一带一路”是我市服务和融入新发展格局、建设高素质高颜值现代化"
           "国际化城市的重要抓手。各区、各部门要把实施本方案作为推进高水平对外开放的"
           "重点工作，主要负责同志亲自抓、负总责。")])
    b.p([(("二、明确责任分工。"), dict(font=HT)),
         F("市发展改革委要牵头做好统筹协调；市商务局、市交通运输局、市港口管理局、"
           "厦门海关等单位要按照职责分工，于2025年4月30日前制定本领域具体落实举措，"
           "报市推进共建“一带一路”工作领导小组办公室备案。")])
    b.p([(("三、加强协同联动。"), dict(font=HT)),
         F("各区要结合区域功能定位，主动承接方案确定的重点任务。中国（福建）自由贸易"
           "试验区厦门片区管委会要发挥改革开放试验田作用，加大制度创新力度，及时总结"
           "可复制可推广经验。")])
    b.p([(("四、强化督促检查。"), dict(font=HT)),
         F("市推进共建“一带一路”工作领导小组办公室要建立任务台账，每半年对方案实施"
           "情况进行调度，并于每年12月底前将年度工作进展情况报市政府。")])
    b.p([(("五、做好宣传引导。"), dict(font=HT)),
         F("各有关部门要加强政策解读，及时宣传工作成效和典型案例，营造全社会共同参与"
           "共建“一带一路”的良好氛围。")])
    b.p([F("执行中遇到的重大问题，请及时报告市发展改革委。")])
    b.p([F("联系人：市发展改革委开放合作处" + SP + "王磊，联系电话：0592-2899615。")])
    empty(d, 1)
    # 附件 line wrapped by hand with soft break + full-width spaces
    para(d, [F("附件：厦门市深度融入共建“一带一路”高水平对外开放\v" + SP * 3 +
               "行动方案（2025—2027年）")])
    empty(d, 3)
    # 落款 aligned with manual full-width spaces
    para(d, [F(SP * 16 + "厦门市人民政府")], indent=False).paragraph_format.keep_with_next = True
    para(d, [F(SP * 16 + "2025年3月18日")], indent=False)
    empty(d, 1)
    para(d, [F("（此件公开发布）")])
    empty(d, 4)
    p = para(d, [(SP + "抄送：市委各部门，厦门警备区，市人大常委会办公厅、市政协"
                  "办公厅，市监委，市中级法院、市检察院，各民主党派市委。",
                  dict(font=FS, size=14))],
             indent=False, line=24)
    p_border(p, ("top", "bottom"), sz=6)
    p = para(d, [(SP + "厦门市人民政府办公厅" + SP * 9 + "2025年3月19日印发",
                  dict(font=FS, size=14))], indent=False, line=24)
    p_border(p, ("bottom",), sz=6)

    meta = {
        "title": "厦门市人民政府关于印发厦门市深度融入共建“一带一路”高水平对外开放"
                 "行动方案（2025—2027年）的通知",
        "doc_number": "厦府〔2025〕35号",
        "issuer": ["厦门市人民政府"],
        "date": "2025-03-18",
        "published": None,
        "level": "municipal",
        "region": "厦门市",
        "effective": None,
        "expires": None,
        "attachments": [XM_PLAN_TITLE],
        "doc_type": "通知",
        "recipients": ["各区人民政府", "市直各委、办、局", "各开发区管委会"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return d, [{"meta": meta, "clauses": b.clauses}]


# ======================================================================
#                       3. 郑州 实施方案 (plan)
# ======================================================================
ZZ_PLAN_TITLE = "郑州市推进“四条丝路”协同发展实施方案（2025—2027年）"


def style_heading(d, name, font, size):
    st = d.styles[name]
    st.font.name = font
    st.font.size = Pt(size)
    st.font.bold = False
    st.font.color.rgb = BLACK
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    # drop theme fonts so that the eastAsia font is used
    rf = st.element.rPr.rFonts
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rf.get(qn(a)) is not None:
            del rf.attrib[qn(a)]
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.line_spacing = Pt(28)
    st.paragraph_format.keep_with_next = True


def make_zhengzhou_fangan():
    d = new_doc(title_page=True)
    b = Body(d)
    style_heading(d, "Heading 1", HT, 18)
    style_heading(d, "Heading 2", HT, 16)
    # ---- title page laid out in a borderless table
    empty(d, 4)
    t = d.add_table(rows=6, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cells = [r.cells[0] for r in t.rows]
    para(cells[0], [("郑州市推进“四条丝路”协同发展\v实施方案（2025—2027年）",
                     dict(font=XBS, size=26))], align=CENTER, indent=False,
         line=46, p=cells[0].paragraphs[0])
    for i in (1, 2):
        empty(cells[i], 1, line=60)
    para(cells[3], [("郑州市商务局", dict(font=KT, size=18))], align=CENTER,
         indent=False, line=34, p=cells[3].paragraphs[0])
    para(cells[4], [("郑州市发展和改革委员会", dict(font=KT, size=18))],
         align=CENTER, indent=False, line=34, p=cells[4].paragraphs[0])
    para(cells[5], [("2025年6月", dict(font=KT, size=18))], align=CENTER,
         indent=False, line=34, p=cells[5].paragraphs[0])
    page_break(d)

    b.p([F("为深入贯彻落实习近平总书记关于共建“一带一路”的重要论述和视察河南重要讲话"
           "精神，加快推进“空中丝绸之路”“陆上丝绸之路”“网上丝绸之路”“海上丝绸之路”"
           "（以下简称“四条丝路”）协同发展，巩固提升郑州国际综合枢纽地位，根据《河南省"
           "推进“四条丝路”协同发展行动方案》，制定本方案。")])

    # ================= 第一部分 (Word built-in Heading 1 style)
    h = d.add_paragraph("第一部分  总体要求", style="Heading 1")
    h.alignment = CENTER
    d.add_paragraph("一、总体思路", style="Heading 2").paragraph_format.first_line_indent = Pt(32)
    b.p([F("坚持以“四路协同”为牵引，以枢纽建设为基础，以通道拓展为重点，以产业集聚为"
           "支撑，统筹推进航空、铁路、网络、海上通道建设和开放平台联动，推动通道优势"
           "加快转化为产业优势、开放优势和发展优势。")])
    d.add_paragraph("二、发展目标", style="Heading 2").paragraph_format.first_line_indent = Pt(32)
    b.p([F("到2027年，“四条丝路”协同发展格局基本形成，郑州国际综合枢纽地位进一步巩固。"
           "具体目标如下：")])
    # quirk: full-width "．" after the digits, typed by hand
    b.p([F("1．“空中丝绸之路”：郑州机场货邮吞吐量达到100万吨，全货机航线达到55条。")])
    b.p([F("2．“陆上丝绸之路”：中欧班列（中豫号）年开行量达到2500列以上，境外目的"
           "站点覆盖40个国家140个城市以上。")])
    b.p([F("3．“网上丝绸之路”：跨境电商进出口交易额达到2800亿元，培育跨境电商年交易额"
           "超10亿元企业30家。")])
    b.p([F("4．“海上丝绸之路”：海铁联运班列年开行量达到2000列，标准箱量达到20万标箱。")])

    # ================= 第二部分 — （一）（二） by Word automatic numbering
    h = d.add_paragraph("第二部分  重点任务", style="Heading 1")
    h.alignment = CENTER
    h.paragraph_format.page_break_before = True

    def sec2(heading, items):
        hp = d.add_paragraph(heading, style="Heading 2")
        hp.paragraph_format.first_line_indent = Pt(32)
        nid = new_cn_list(d)
        for i, (head, body) in enumerate(items):
            p = para(d, [KTB(head), F(body)])
            set_num(p, nid)
            b.clauses.append("（%s）%s%s" % (CN[i], head, body))

    sec2("一、建设高能级“空中丝绸之路”", [
        ("拓展国际航线网络。",
         "加密至欧美、东南亚、中东等地区的全货机航线，支持卢森堡货航等基地航空公司"
         "扩大运力投放，推动郑州—卢森堡“双枢纽”合作向纵深发展。"),
        ("提升口岸综合功能。",
         "完善郑州航空口岸指定监管场地功能，推广应用航空电子货运，提高货物通关和中转"
         "效率。"),
    ])
    sec2("二、打造国际化“陆上丝绸之路”", [
        ("拓展班列线路和网络。",
         "稳定开行至德国汉堡、慕尼黑，波兰马拉舍维奇，俄罗斯莫斯科等线路，加密至中亚"
         "五国和跨里海方向班列，推动开行“班列+跨境电商”“班列+冷链”等特色专列。"),
        ("完善集疏运体系。",
         "加快郑州国际陆港第二节点建设，完善境外集结分拨网络，在欧洲、中亚等地区布局"
         "一批海外仓和集疏中心。"),
    ])
    zhuanlan_box(b, "专栏" + SP + "中欧班列（中豫号）扩能提质重点项目", [
        "1.郑州国际陆港第二节点：建设铁路装卸线和集装箱堆场，形成年作业能力30万标箱。",
        "2.境外分拨集疏中心：在汉堡、布达佩斯、阿拉木图等地新建或改扩建集疏中心。",
        "3.数字班列平台：建设中欧班列（中豫号）数字化服务平台，实现订舱、报关、追踪"
        "“一站式”办理。",
    ], soft_breaks=True)
    sec2("三、做强“网上丝绸之路”", [
        ("深化跨境电商综合试验区建设。",
         "高水平建设中国（郑州）跨境电子商务综合试验区，创新“跨境电商+产业带”模式，"
         "支持企业运用“9610”“9710”“9810”“1210”等模式拓展国际市场。"),
        ("推动跨境电商零售进口提质。",
         "依托郑州新郑综合保税区、郑州经开综合保税区等，扩大跨境电商零售进口规模，"
         "发展保税展示交易、保税维修等新业态。"),
    ])
    sec2("四、畅通便捷“海上丝绸之路”", [
        ("扩大海铁联运规模。",
         "深化与青岛、连云港、宁波舟山等沿海港口合作，加密郑州至沿海港口海铁联运班列，"
         "推广“一单制”“一箱到底”服务模式。"),
        ("建设内陆无水港。",
         "完善郑州内陆无水港功能，推动沿海港口将订舱、提还箱、报关等服务前移至郑州。"),
    ])
    sec2("五、推进“四路”协同和开放平台联动", [
        ("推动多式联运融合发展。",
         "大力发展“空铁联运”“公铁联运”“海铁联运”，推动航空、铁路、公路、海运信息"
         "互联共享，培育一批具有国际竞争力的多式联运经营主体。"),
        ("发挥自贸试验区引领作用。",
         "支持中国（河南）自由贸易试验区郑州片区开展多式联运“一单制”等制度创新，"
         "积极复制推广自由贸易试验区改革试点经验。"),
    ])

    # ================= 第三部分 (headings + plain paragraphs)
    h = d.add_paragraph("第三部分  保障措施", style="Heading 1")
    h.alignment = CENTER
    h.paragraph_format.space_before = Pt(16)
    for head, body in [
        ("一、加强统筹协调",
         "建立由市政府分管领导牵头，市商务局、市发展改革委、市交通运输局、郑州海关等"
         "部门参加的“四条丝路”协同发展工作专班，统筹解决重大问题。"),
        ("二、加大政策支持",
         "统筹用好中央外经贸发展专项资金和省、市相关专项资金，对新开国际航线、班列线路"
         "和海外仓建设予以支持。支持符合条件的项目申报地方政府专项债券。"),
        ("三、强化督导考核",
         "将重点任务完成情况纳入市政府年度目标考核，实行季度通报、年度考核。"),
    ]:
        d.add_paragraph(head, style="Heading 2").paragraph_format.first_line_indent = Pt(32)
        b.p([F(body)])
    empty(d)
    b.p([F("本方案自2025年7月1日起施行，有效期至2027年12月31日。")])

    meta = {
        "title": ZZ_PLAN_TITLE,
        "doc_number": None,
        "issuer": ["郑州市商务局", "郑州市发展和改革委员会"],
        "date": None,  # title page only gives 2025年6月
        "published": None,
        "level": "municipal",
        "region": "郑州市",
        "effective": "2025-07-01",
        "expires": "2027-12-31",
        "attachments": [],
        "doc_type": "方案",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return d, [{"meta": meta, "clauses": b.clauses}]


# ======================================================================
#                       4. 郑州 通知 (cover notice)
# ======================================================================
def make_zhengzhou_tongzhi():
    d = new_doc()
    b = Body(d)
    # 版头 laid out in a borderless table
    t = d.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = t.rows[0].cells[0], t.rows[1].cells[0]
    para(c0, [("郑州市人民政府办公厅文件", dict(font=XBS, size=32, color=RED))],
         align=CENTER, indent=False, line=70, before=20,
         p=c0.paragraphs[0])
    para(c1, [("郑政办〔2025〕27号", dict(font=FS))], align=CENTER,
         indent=False, before=24, p=c1.paragraphs[0])
    p = para(d, [], indent=False, line=8)
    p_border(p, ("bottom",), color="FF0000", sz=18)
    empty(d)
    para(d, [("郑州市人民政府办公厅关于印发\v郑州市推进“四条丝路”协同发展实施方案"
              "\v（2025—2027年）的通知", dict(font=XBS, size=22))],
         align=CENTER, indent=False, line=36)
    empty(d)
    para(d, [F("各开发区管委会，各区县（市）人民政府，市人民政府各部门，各有关单位：")],
         indent=False)
    b.p([F("经市人民政府同意，现将市商务局、市发展改革委制定的《郑州市推进“四条丝路”"
           "协同发展实施方案（2025—2027年）》印发给你们，请认真贯彻落实。现就有关事项"
           "通知如下：")])
    b.p([(("一、提高站位，压实责任。"), dict(font=HT)),
         F("推进“四条丝路”协同发展是我市深度融入共建“一带一路”、建设国家中心城市的"
           "重要抓手。各单位要把实施方案确定的任务纳入本单位年度重点工作，细化工作举措，"
           "确保按期完成。")])
    b.p([(("二、统筹推进，协同联动。"), dict(font=HT)),
         F("市商务局要会同市发展改革委建立工作推进机制，定期调度重点任务进展；郑州航空港"
           "经济综合实验区、郑州经济技术开发区和中国（河南）自由贸易试验区郑州片区要"
           "发挥主阵地作用，积极承接相关任务。")])
    b.p([(("三、强化保障，优化服务。"), dict(font=HT)),
         F("各有关部门要在以下方面加大支持力度：")])
    b.runin("（一）要素保障。",
            "市自然资源和规划局、市财政局要对纳入方案的重大项目在用地、资金等方面给予"
            "优先保障。")
    b.runin("（二）通关服务。",
            "郑州海关、郑州铁路口岸管理部门要持续优化监管模式，压缩货物通关时间，为企业"
            "提供便利化服务。")
    b.p([(("四、跟踪问效，督促落实。"), dict(font=HT)),
         F("市政府督查室要将方案落实情况纳入年度督查计划，对工作推进不力的单位予以"
           "通报。")])
    b.p([(("五、加强宣传，营造氛围。"), dict(font=HT)),
         F("各单位要加强政策宣传解读，及时总结推广典型经验做法，营造各方共同参与“四条"
           "丝路”建设的良好氛围。")])
    b.p([F("《郑州市人民政府办公厅关于印发郑州市促进中欧班列（郑州）高质量发展若干措施"
           "的通知》（郑政办〔2021〕33号）同时废止。")])
    empty(d)
    para(d, [F("附件：郑州市推进“四条丝路”协同发展实施方案（2025—2027年）")])
    empty(d, 3)
    # 落款 in a borderless two-row table pushed to the right
    t = d.add_table(rows=2, cols=2)
    set_col_widths(t, [8.0, 7.6])
    para(t.rows[0].cells[1], [F("郑州市人民政府办公厅")], align=CENTER,
         indent=False, p=t.rows[0].cells[1].paragraphs[0])
    para(t.rows[1].cells[1], [F("2025年6月20日")], align=CENTER,
         indent=False, p=t.rows[1].cells[1].paragraphs[0])
    empty(d)
    para(d, [F("（此件公开发布）")])
    empty(d, 5)
    p = para(d, [(SP + "郑州市人民政府办公厅" + SP * 8 + "2025年6月21日印发",
                  dict(font=FS, size=14))], indent=False, line=24)
    p_border(p, ("top", "bottom"), sz=6)

    meta = {
        "title": "郑州市人民政府办公厅关于印发郑州市推进“四条丝路”协同发展实施方案"
                 "（2025—2027年）的通知",
        "doc_number": "郑政办〔2025〕27号",
        "issuer": ["郑州市人民政府办公厅"],
        "date": "2025-06-20",
        "published": None,
        "level": "municipal",
        "region": "郑州市",
        "effective": None,
        "expires": None,
        "attachments": [ZZ_PLAN_TITLE],
        "doc_type": "通知",
        "recipients": ["各开发区管委会", "各区县（市）人民政府", "市人民政府各部门",
                       "各有关单位"],
        "publicity": "此件公开发布",
        "repeals": "《郑州市人民政府办公厅关于印发郑州市促进中欧班列（郑州）高质量发展"
                   "若干措施的通知》（郑政办〔2021〕33号）",
    }
    return d, [{"meta": meta, "clauses": b.clauses}]


def main():
    expected = {}
    for stem, fn in [
        ("blind413_xiamen_tongzhi", make_xiamen_tongzhi),
        ("blind413_xiamen_fangan", make_xiamen_fangan),
        ("blind413_zhengzhou_tongzhi", make_zhengzhou_tongzhi),
        ("blind413_zhengzhou_fangan", make_zhengzhou_fangan),
    ]:
        d, docs = fn()
        path = os.path.join(HERE, stem + ".docx")
        d.save(path)
        to_pdf(path)
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
