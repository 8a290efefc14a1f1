# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 661: 外经贸发展专项资金下达通知, attachments typed with tab stops."""
import json
import math
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)


# ----------------------------------------------------------------- helpers
def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def new_doc(default_tab_twips=None):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(25)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(28)
    if default_tab_twips:
        s = doc.settings.element
        dts = s.find(qn("w:defaultTabStop"))
        if dts is None:
            dts = OxmlElement("w:defaultTabStop")
            s.insert(0, dts)
        dts.set(qn("w:val"), str(default_tab_twips))
    add_page_number(doc)
    return doc


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        run._element.append(e)


def add_page_number(doc):
    ft = doc.sections[0].footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, ST, 14)
    r = p.add_run()
    set_font(r, ST, 14)
    add_field(r, " PAGE ")
    r = p.add_run(" —")
    set_font(r, ST, 14)


def border(p, sides, color="000000", sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in sides:
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "1")
        e.set(qn("w:color"), color)
        bdr.append(e)
    ppr.append(bdr)


def para(doc, runs, align=None, first=None, left=None, tabs=None, spacing=None,
         before=None, after=None, page_break_before=False):
    """runs: list of (text, font, size, bold[, color])."""
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    if spacing is not None:
        pf.line_spacing = Pt(spacing)
    if before is not None:
        pf.space_before = Pt(before)
    if after is not None:
        pf.space_after = Pt(after)
    if page_break_before:
        pf.page_break_before = True
    for pos, al, ld in (tabs or []):
        pf.tab_stops.add_tab_stop(Mm(pos), al, ld)
    for r in runs:
        text, font, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        run = p.add_run(text)
        set_font(run, font, size, bold, color)
    return p


def empty(doc, size=16):
    p = doc.add_paragraph()
    r = p.add_run("")
    set_font(r, FS, size)
    return p


class Body:
    """Adds body paragraphs and records clauses."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []

    def heading1(self, text):  # 一、xxx on its own line (黑体) -> not a clause
        para(self.doc, [(text, HT, 16, False)], first=32)

    def plain(self, text, clause=True):
        para(self.doc, [(text, FS, 16, False)], first=32, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        if clause:
            self.clauses.append(text)

    def runin(self, head, text, font=KT, bold=False):
        para(self.doc, [(head, font, 16, bold), (text, FS, 16, False)], first=32,
             align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        self.clauses.append(head + text)


def red_line(doc, before=6):
    p = para(doc, [("", FS, 10, False)], spacing=10, before=before)
    border(p, ["bottom"], "FF0000", 18)
    return p


def banji(doc, chaosong, yinfa_org, yinfa_date):
    """版记 at the end of the file."""
    empty(doc)
    p = para(doc, [(chaosong, FS, 14, False)], left=14, spacing=26)
    border(p, ["top", "bottom"], "000000", 8)
    p2 = para(doc, [(yinfa_org, FS, 14, False), ("\t" + yinfa_date, FS, 14, False)],
              left=14, spacing=26, tabs=[(150, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.SPACES)])
    border(p2, ["bottom"], "000000", 12)


def convert(docx_path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_661", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300,
    )


def row_clause(cols, vals):
    return "；".join("%s：%s" % (c, v) for c, v in zip(cols, vals))


# =================================================================== doc 1
def doc_fujian():
    doc = new_doc()
    # ---- 版头 typed as a 2x2 layout table (two organs stacked, 文件 merged on the right)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    widths = (Mm(110), Mm(40))
    for i, col in enumerate(t.columns):
        col.width = widths[i]
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]
    for i, name in enumerate(("福建省财政厅", "福建省商务厅")):
        c = t.cell(i, 0)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing = Pt(44)
        r = p.add_run(name)
        set_font(r, XBS, 30, False, RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    p = m.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = Pt(88)
    r = p.add_run("文件")
    set_font(r, XBS, 44, False, RED)
    tcpr = m._tc.get_or_add_tcPr()
    va = OxmlElement("w:vAlign")
    va.set(qn("w:val"), "center")
    tcpr.append(va)

    empty(doc)
    empty(doc)
    para(doc, [("闽财企指〔2026〕9号", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER)
    red_line(doc)
    empty(doc)
    para(doc, [("福建省财政厅 福建省商务厅\n关于下达2026年外经贸发展专项资金\n（第一批）的通知", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
    empty(doc)
    # 主送 with a soft line break inside
    para(doc, [("各设区市财政局、商务局，平潭综合实验区财政金融局、\n经济发展局：", FS, 16, False)])

    b = Body(doc)
    b.plain("为贯彻落实党中央、国务院和省委、省政府关于稳外贸稳外资、推动高质量共建“一带一路”的决策部署，"
            "根据《福建省外经贸发展专项资金管理办法》（闽财企〔2024〕15号）有关规定，经研究，现下达你们"
            "2026年外经贸发展专项资金（第一批）12000万元（具体分配见附件1，项目明细见附件2），列2026年政府收支"
            "分类科目“2160699其他涉外发展服务支出”。现将有关事项通知如下：")
    b.heading1("一、资金支持方向")
    b.runin("（一）跨境电商发展。", "支持跨境电商综合试验区线上综合服务平台和线下产业园区建设，对企业建设运营公共海外仓、"
            "开展跨境电商B2B出口业务、在“丝路电商”伙伴国布局营销网络给予奖励。")
    b.runin("（二）中欧班列运营。", "支持中欧班列（厦门）集结中心建设，对开行中欧班列、中亚班列的平台公司按照实际开行列数"
            "和重箱率给予运营补助，补助标准按照省商务厅相关实施细则执行。")
    b.runin("（三）综合保税区发展。", "支持福州、厦门、泉州等地综合保税区开展保税维修、保税研发、跨境电商保税备货等新业态，"
            "对综合保税区公共服务平台建设给予补助。")
    b.runin("（四）外贸新业态培育。", "支持市场采购贸易方式试点、外贸综合服务企业和数字贸易发展，支持闽台经贸合作和"
            "企业开拓“一带一路”共建国家市场。")
    empty(doc)
    b.heading1("二、资金管理要求")
    b.runin("（一）及时分解下达。", "各设区市、平潭综合实验区财政部门要会同商务部门在收到资金后30日内将资金分解下达到"
            "项目承担单位，不得截留、挤占、挪用，并于2026年5月15日前将资金分解下达文件报送省财政厅、省商务厅备案。")
    b.runin("（二）严格资金使用。", "专项资金应当专款专用，不得用于支付各种罚款、捐款、赞助、投资等支出，不得用于偿还"
            "债务，不得用于已有财政资金支持的同一事项重复申报。")
    b.runin("（三）加强项目管理。", "项目承担单位要按照项目申报内容组织实施，对项目实施进度、资金使用和绩效目标实现情况"
            "负责。有下列情形之一的，由所在地财政部门会同商务部门收回资金：")
    b.plain("1．项目承担单位存在弄虚作假、骗取专项资金的；")
    b.plain("2．项目未按期实施或者实施内容发生重大变更且未按规定报批的；")
    b.plain("3．项目承担单位被列入严重失信主体名单的。")
    b.runin("（四）做好信息公开。", "各地应当在资金分解下达后20日内，在本级政府门户网站公开资金分配结果，涉及国家秘密"
            "和商业秘密的除外。")
    empty(doc)
    b.heading1("三、绩效管理")
    b.plain("（一）各地要按照全面实施预算绩效管理的要求，加强绩效目标管理，做好绩效运行监控，确保年度绩效目标如期实现。")
    b.plain("（二）省财政厅、省商务厅将适时组织开展绩效评价，评价结果作为以后年度资金分配的重要依据。对绩效评价结果"
            "较差的地区，相应扣减下一年度资金额度。")
    # run-in level-1 item, bold 黑体 head typed in the same paragraph
    b.runin("四、", "本通知资金属于直达资金，各地要通过直达资金监控系统做好资金分配、拨付和使用情况的监控。", font=HT)
    b.plain("联系人：省财政厅企业处 陈振宇，电话：0591-87095431；省商务厅对外贸易处 林晓婷，电话：0591-87812367。")
    empty(doc)
    # 附件 list, second line aligned by full-width spaces
    para(doc, [("附件：1．2026年外经贸发展专项资金（第一批）分配表", FS, 16, False)], first=32)
    para(doc, [("　　　2．2026年外经贸发展专项资金（第一批）项目明细表", FS, 16, False)], first=32)
    empty(doc)
    empty(doc)
    empty(doc)
    para(doc, [("福建省财政厅　　　　　　　福建省商务厅", FS, 16, False)], first=64)
    para(doc, [("2026年3月16日", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, )
    doc.paragraphs[-1].paragraph_format.right_indent = Pt(64)
    para(doc, [("（此件公开发布）", FS, 16, False)], first=32)

    # ---- 附件1: dot-leader right tab at the margin, 其中 sub-lines indented with tabs
    para(doc, [("附件1", HT, 16, False)], page_break_before=True)
    empty(doc)
    para(doc, [("2026年外经贸发展专项资金（第一批）分配表", XBS, 18, False)], align=WD_ALIGN_PARAGRAPH.CENTER, spacing=32)
    empty(doc)
    cols = ["市（县）名称", "金额（万元）"]
    rdot = (156, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    lvtabs = {0: [rdot],
              1: [(10, WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.SPACES), rdot],
              2: [(10, WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.SPACES),
                  (24.8, WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.SPACES), rdot]}
    para(doc, [("市（县）名称\t金额（万元）", HT, 14, False)], tabs=[(156, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)])
    rows = [
        ("福州市", "2150", 0),
        ("其中：福清市", "380", 1),
        ("闽侯县", "260", 2),
        ("厦门市", "2860", 0),
        ("漳州市", "1120", 0),
        ("其中：漳浦县", "210", 1),
        ("泉州市", "1980", 0),
        ("其中：晋江市", "520", 1),
        ("石狮市", "340", 2),
        ("南安市", "190", 2),
        ("三明市", "560", 0),
        ("莆田市", "780", 0),
        ("南平市", "540", 0),
        ("龙岩市", "620", 0),
        ("宁德市", "890", 0),
        ("其中：福安市", "150", 1),
        ("平潭综合实验区", "500", 0),
    ]
    assert sum(int(v) for n, v, lv in rows if lv == 0) == 12000
    clauses_att = []
    for name, val, lv in rows:
        para(doc, [("\t" * lv + name + "\t" + val, FS, 14, False)], tabs=lvtabs[lv], spacing=25)
        clauses_att.append(row_clause(cols, [name, val]))
    para(doc, [("合计\t12000", HT, 14, True)], tabs=lvtabs[0], spacing=25)
    clauses_att.append(row_clause(cols, ["合计", "12000"]))

    # ---- 附件2: column layout made only of tabs
    para(doc, [("附件2", HT, 16, False)], page_break_before=True)
    empty(doc)
    para(doc, [("2026年外经贸发展专项资金（第一批）项目明细表", XBS, 18, False)], align=WD_ALIGN_PARAGRAPH.CENTER, spacing=32)
    empty(doc)
    cols2 = ["项目名称", "承担单位", "金额（万元）"]
    tabs2 = [(72, WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.SPACES),
             (156, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.SPACES)]
    para(doc, [("项目名称\t承担单位\t金额（万元）", HT, 14, False)], tabs=tabs2, after=4)
    projects = [
        ("公共海外仓扩容改造项目", "福州闽贸海外仓储有限公司", "300"),
        ("中欧班列（厦门）集结中心", "厦门陆港国际物流有限公司", "650"),
        ("跨境电商B2B出口监管平台", "泉州丝路云通科技有限公司", "280"),
        ("综保区保税维修业务扩展", "福州榕海保税维修有限公司", "220"),
        ("市场采购贸易联网平台", "晋江市外贸综合服务有限公司", "180"),
        ("外贸新业态人才实训基地", "莆田市外贸产业发展中心", "120"),
        ("闽台跨境冷链物流通道", "漳州台商区冷链物流有限公司", "260"),
        ("数字贸易展示交易中心", "厦门海丝数字贸易有限公司", "190"),
    ]
    for pr in projects:
        para(doc, [("\t".join(pr), FS, 14, False)], tabs=tabs2)
        clauses_att.append(row_clause(cols2, pr))

    banji(doc, "抄送：财政部福建监管局，省审计厅。", "福建省财政厅办公室", "2026年3月17日印发")

    stem = "blind661_fujian_zijin"
    doc.save(os.path.join(HERE, stem + ".docx"))
    meta = {
        "title": "福建省财政厅 福建省商务厅关于下达2026年外经贸发展专项资金（第一批）的通知",
        "doc_number": "闽财企指〔2026〕9号",
        "issuer": ["福建省财政厅", "福建省商务厅"],
        "date": "2026-03-16",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": None,
        "expires": None,
        "attachments": ["2026年外经贸发展专项资金（第一批）分配表", "2026年外经贸发展专项资金（第一批）项目明细表"],
        "doc_type": "通知",
        "recipients": ["各设区市财政局", "各设区市商务局", "平潭综合实验区财政金融局", "平潭综合实验区经济发展局"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": b.clauses + clauses_att}]


# =================================================================== doc 2
def add_chinese_numbering(doc, num_id=90):
    numbering = doc.part.numbering_part.element
    absx = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="（%%1）"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hint="eastAsia"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls("w"), num_id)
    )
    abs_el = parse_xml(absx)
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(abs_el)
    else:
        numbering.append(abs_el)
    num_el = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nsdecls("w"), num_id, num_id))
    numbering.append(num_el)
    return num_id


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), num_id))
    # numPr must come early in pPr (after pStyle/keepNext...); put it first
    ppr.insert(0, numpr)


def doc_henan():
    doc = new_doc()
    num_id = add_chinese_numbering(doc)
    # 版头 shows only the lead organ although the notice is joint
    empty(doc)
    para(doc, [("河南省财政厅文件", XBS, 48, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, spacing=60)
    empty(doc)
    para(doc, [("豫财贸〔2026〕15号", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER)
    red_line(doc)
    empty(doc)
    # title split over two separate paragraphs
    para(doc, [("河南省财政厅 河南省商务厅", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
    para(doc, [("关于下达2026年外经贸发展专项资金", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
    para(doc, [("（第一批）的通知", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
    empty(doc)
    para(doc, [("各省辖市财政局、商务局，济源示范区财政金融局、商务局，\n郑州航空港经济综合实验区财政局、商务局：", FS, 16, False)])

    b = Body(doc)
    b.plain("为深入贯彻落实省委、省政府关于推进高水平对外开放、建设“空中、陆上、网上、海上”四条丝绸之路的决策部署，"
            "支持我省稳外贸稳外资和开放平台建设，根据《河南省省级外经贸发展专项资金管理办法》（豫财贸〔2024〕32号），"
            "经研究，现下达你们2026年外经贸发展专项资金（第一批）15000万元，其中：稳外贸稳外资项目8200万元，"
            "中欧班列（中豫号）运营4300万元，跨境电商综试区建设2500万元（详见附件1、附件2）。")
    b.plain("上述资金列入2026年政府收支分类科目“2160699其他涉外发展服务支出”，请按规定及时拨付使用。现就有关事项通知如下：")
    b.runin("一、明确支持重点。", "本批资金重点支持以下方面：", font=HT)
    auto_items = [
        "支持外贸企业开拓“一带一路”共建国家市场，参加境外重点展会，开展国际市场认证和境外商标注册。",
        "支持中欧班列（中豫号）提升开行质量，对开行去程、回程班列及拓展新线路给予运营补助，对郑州国际陆港集结中心建设给予支持。",
        "支持中国（郑州）、中国（洛阳）、中国（南阳）等跨境电子商务综合试验区建设，支持跨境电商企业建设海外仓和发展“跨境电商+产业带”。",
        "支持中国（河南）自由贸易试验区郑州片区、开封片区、洛阳片区开展制度创新，支持郑州新郑综合保税区等海关特殊监管区域提质增效。",
    ]
    zh = "一二三四五六七八九十"
    for i, txt in enumerate(auto_items):
        p = para(doc, [(txt, FS, 16, False)], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        set_num(p, num_id)
        b.clauses.append("（%s）%s" % (zh[i], txt))
    b.runin("二、规范资金拨付。", "各地财政部门要会同商务部门于收到资金之日起30日内，按照附件2所列项目明细将资金拨付至"
            "项目承担单位；对附件1中未列入附件2项目明细的资金，由各地按照本通知明确的支持重点统筹安排，并于2026年6月30日前"
            "将分配结果报省财政厅、省商务厅备案。", font=HT)
    b.runin("三、强化监督管理。", "各地要加强对专项资金使用情况的监督检查，发现截留、挤占、挪用资金等违法违规行为的，"
            "依照《中华人民共和国预算法》《财政违法行为处罚处分条例》等有关规定追究责任。", font=HT)
    b.runin("四、落实绩效管理。", "各地要做好绩效运行监控和绩效自评工作，于2027年1月31日前将绩效自评报告报送省财政厅、"
            "省商务厅。省财政厅、省商务厅将根据绩效评价结果调整以后年度资金分配。", font=HT)
    b.runin("五、资金结余结转。", "项目实施完毕后形成的结余资金，以及连续两年未用完的结转资金，按照财政结转结余资金管理"
            "有关规定收回统筹使用。", font=HT)
    empty(doc)
    para(doc, [("附件：1．2026年外经贸发展专项资金（第一批）分配表", FS, 16, False)], first=32)
    para(doc, [("      2．2026年外经贸发展专项资金（第一批）重点项目明细表", FS, 16, False)], first=32)
    empty(doc)
    empty(doc)
    para(doc, [("河南省财政厅\t河南省商务厅", FS, 16, False)],
         tabs=[(30, WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.SPACES), (125, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.SPACES)],
         first=85)
    para(doc, [("2026年4月8日　　　　", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc)
    para(doc, [("（此件公开发布）", FS, 16, False)], first=32)

    # ---- 附件1: dots typed by hand (……) then a right tab for the amount; 合计 first
    para(doc, [("附件1", HT, 16, False)], page_break_before=True)
    para(doc, [("2026年外经贸发展专项资金（第一批）分配表", XBS, 18, False)], align=WD_ALIGN_PARAGRAPH.CENTER, spacing=32,
         before=8, after=8)
    cols = ["地区", "金额（万元）"]
    rtab = [(152, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.SPACES)]
    para(doc, [("地区\t金额（万元）", HT, 14, False)], tabs=rtab, spacing=24)
    rows = [
        ("合计", "15000", 0),
        ("其中：稳外贸稳外资项目", "8200", 1),
        ("中欧班列（中豫号）运营", "4300", 2),
        ("跨境电商综试区建设", "2500", 2),
        ("郑州市", "5600", 0),
        ("其中：巩义市", "220", 1),
        ("新郑市", "310", 2),
        ("郑州航空港区", "1200", 0),
        ("开封市", "620", 0),
        ("洛阳市", "1350", 0),
        ("平顶山市", "380", 0),
        ("安阳市", "420", 0),
        ("鹤壁市", "260", 0),
        ("新乡市", "560", 0),
        ("焦作市", "480", 0),
        ("濮阳市", "330", 0),
        ("许昌市", "720", 0),
        ("其中：长葛市", "160", 1),
        ("漯河市", "350", 0),
        ("三门峡市", "290", 0),
        ("南阳市", "640", 0),
        ("商丘市", "470", 0),
        ("信阳市", "360", 0),
        ("周口市", "410", 0),
        ("驻马店市", "380", 0),
        ("济源示范区", "180", 0),
    ]
    assert sum(int(v) for n, v, lv in rows[4:] if lv == 0) == 15000
    assert 8200 + 4300 + 2500 == 15000
    clauses_att = []
    total_chars = 26  # width budget in 14pt full-width chars before the amount
    for name, val, lv in rows:
        lead = {0: "", 1: "　　", 2: "　　　　　　"}[lv]
        ndots = total_chars - len(lead) - len(name) - 3
        text = lead + name + "…" * ndots + "\t" + val
        bold = name == "合计"
        para(doc, [(text, HT if bold else FS, 14, bold)], tabs=rtab, spacing=24)
        clauses_att.append(row_clause(cols, [name, val]))

    # ---- 附件2: tab columns, decimal tab for the amount, 序号 column
    para(doc, [("附件2", HT, 16, False)], page_break_before=True)
    para(doc, [("2026年外经贸发展专项资金（第一批）重点项目明细表", XBS, 18, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
         spacing=32, before=8, after=8)
    cols2 = ["序号", "项目名称", "承担单位", "金额（万元）"]
    htabs = [(11, WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.SPACES),
             (78, WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.SPACES),
             (156, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.SPACES)]
    dtabs = [(11, WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.SPACES),
             (78, WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.SPACES),
             (150, WD_TAB_ALIGNMENT.DECIMAL, WD_TAB_LEADER.SPACES)]
    para(doc, [("序号\t项目名称\t承担单位\t金额（万元）", HT, 12, False)], tabs=htabs, spacing=26)
    projects = [
        ("中欧班列（中豫号）去回程运营", "郑州陆港国际班列有限公司", "3200.00"),
        ("郑州国际陆港集结中心扩能", "郑州陆港国际班列有限公司", "1100.00"),
        ("跨境电商海外仓（波兰）建设", "河南豫贸海外仓储有限公司", "460.00"),
        ("跨境电商网购保税备货中心", "新郑综保区跨境电商服务公司", "380.00"),
        ("洛阳跨境电商产业园公共服务平台", "洛阳自贸片区发展有限公司", "300.00"),
        ("南阳跨境电商综试区线上平台", "南阳市跨境电商服务中心", "240.00"),
        ("自贸试验区制度创新评估", "河南省对外经济研究院", "120.00"),
        ("许昌发制品出口品牌建设", "许昌瑞丝发制品有限公司", "180.00"),
    ]
    for i, (pn, co, amt) in enumerate(projects, 1):
        para(doc, [("%d\t%s\t%s\t%s" % (i, pn, co, amt), FS, 12, False)], tabs=dtabs, spacing=26)
        clauses_att.append(row_clause(cols2, [str(i), pn, co, amt]))

    banji(doc, "抄送：财政部河南监管局，省审计厅。", "河南省财政厅办公室", "2026年4月9日印发")

    stem = "blind661_henan_zijin"
    doc.save(os.path.join(HERE, stem + ".docx"))
    meta = {
        "title": "河南省财政厅 河南省商务厅关于下达2026年外经贸发展专项资金（第一批）的通知",
        "doc_number": "豫财贸〔2026〕15号",
        "issuer": ["河南省财政厅", "河南省商务厅"],
        "date": "2026-04-08",
        "published": None,
        "level": "provincial",
        "region": "河南省",
        "effective": None,
        "expires": None,
        "attachments": ["2026年外经贸发展专项资金（第一批）分配表", "2026年外经贸发展专项资金（第一批）重点项目明细表"],
        "doc_type": "通知",
        "recipients": ["各省辖市财政局", "各省辖市商务局", "济源示范区财政金融局", "济源示范区商务局",
                       "郑州航空港经济综合实验区财政局", "郑州航空港经济综合实验区商务局"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": b.clauses + clauses_att}]


# =================================================================== doc 3
def text_width_mm(s, size_pt):
    em = size_pt * 25.4 / 72
    w = 0.0
    for ch in s:
        w += em * (0.5 if ord(ch) < 0x2000 else 1.0)
    return w


def doc_zhengzhou():
    default_tab = 420  # twips = 2 五号 characters, as Chinese Word sets it
    doc = new_doc(default_tab_twips=default_tab)
    # 版头: letter-spaced organ names typed with ASCII spaces, no 文件
    empty(doc)
    para(doc, [("郑 州 市 财 政 局", XBS, 34, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, spacing=44)
    para(doc, [("郑 州 市 商 务 局", XBS, 34, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, spacing=44)
    empty(doc)
    para(doc, [("郑财企〔2026〕23号", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER)
    red_line(doc)
    empty(doc)
    para(doc, [("郑州市财政局 郑州市商务局\n关于转下达2026年省外经贸发展专项资金\n（第一批）的通知", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
    empty(doc)
    para(doc, [("各有关县（市、区）财政局、商务局，郑州经济技术开发区管委会，郑州高新技术产业开发区管委会：",
                FS, 16, False)], align=WD_ALIGN_PARAGRAPH.JUSTIFY)

    b = Body(doc)
    b.plain("根据《河南省财政厅 河南省商务厅关于下达2026年外经贸发展专项资金（第一批）的通知》（豫财贸〔2026〕15号），"
            "省财政下达我市2026年外经贸发展专项资金（第一批）5600万元。经市政府同意，现将上述资金全额转下达你们（分配情况"
            "见附件1，项目明细见附件2），请按照以下要求做好资金拨付和管理工作。")
    b.heading1("一、资金拨付要求")
    b.plain("各县（市、区）财政局、各开发区财政部门收到资金后，应当在15个工作日内按照附件2所列项目和金额拨付至项目承担单位，"
            "不得擅自调整项目和资金用途。")
    b.plain("中欧班列（中豫号）运营补助资金实行“先清算、后拨付”，由郑州经济技术开发区财政部门根据市商务局审核确认的开行"
            "列数、重箱率和运营成本清算结果分期拨付，年度清算结果报市财政局备案。")
    b.heading1("二、资金使用管理")
    b.plain("（一）项目承担单位应当设立专账，对专项资金实行单独核算，确保专款专用。")
    b.plain("（二）各县（市、区）商务部门应当加强项目实施的跟踪管理，对项目实施进度滞后的，及时督促整改；对无法实施的"
            "项目，按规定收回资金并报市财政局、市商务局。")
    b.plain("（三）严禁以虚报、冒领等手段骗取专项资金。对违反规定的单位和个人，依法依规追究责任，并将相关失信信息"
            "归集至市公共信用信息平台。")
    b.heading1("三、绩效目标和监控")
    b.plain("各地要按照预算绩效管理有关要求，围绕中欧班列开行列数、跨境电商交易额、新增外贸经营主体数量等指标开展绩效运行"
            "监控，于2026年10月31日前将绩效监控情况报市财政局、市商务局。")
    b.plain("联系人：市财政局企业科 王磊，0371-67181234；市商务局对外贸易科 赵一鸣，0371-67889012。")
    empty(doc)
    para(doc, [("附件：1．2026年省外经贸发展专项资金（第一批）转下达分配表", FS, 16, False)], first=32, left=0)
    p = para(doc, [("2．2026年省外经贸发展专项资金（第一批）项目明细表", FS, 16, False)], left=80)
    empty(doc)
    empty(doc)
    para(doc, [("郑州市财政局　　　　　　郑州市商务局", FS, 16, False)], first=80)
    para(doc, [("                                    2026年4月22日", FS, 16, False)])

    # ---- 附件1: middle-dot leader right tab, decimals, 其中 lines indented with a tab
    para(doc, [("附件1", HT, 16, False)], page_break_before=True)
    empty(doc)
    para(doc, [("2026年省外经贸发展专项资金（第一批）\n转下达分配表", XBS, 18, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, spacing=32)
    empty(doc)
    cols = ["县（市、区）", "金额（万元）"]
    rmd = (150, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.MIDDLE_DOT)
    lvtabs = {0: [rmd], 1: [(10, WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.SPACES), rmd]}
    para(doc, [("县（市、区）\t金额（万元）", HT, 14, False)], tabs=[(150, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.SPACES)])
    rows = [
        ("郑州经济技术开发区", "4760.00", 0),
        ("其中：中欧班列（中豫号）运营补助", "3200.00", 1),
        ("郑州国际陆港集结中心扩能", "1100.00", 1),
        ("跨境电商海外仓建设", "460.00", 1),
        ("巩义市", "220.00", 0),
        ("新郑市", "310.00", 0),
        ("中牟县", "130.00", 0),
        ("郑州高新技术产业开发区", "180.00", 0),
    ]
    assert abs(sum(float(v) for n, v, lv in rows if lv == 0) - 5600) < 1e-6
    clauses_att = []
    for name, val, lv in rows:
        para(doc, [("\t" * lv + name + "\t" + val, FS, 14, False)], tabs=lvtabs[lv])
        clauses_att.append(row_clause(cols, [name, val]))
    para(doc, [("合计\t5600.00", HT, 14, False)], tabs=lvtabs[0])
    clauses_att.append(row_clause(cols, ["合计", "5600.00"]))

    # ---- 附件2: columns aligned with runs of default tab stops (no custom stops)
    para(doc, [("附件2", HT, 16, False)], page_break_before=True)
    empty(doc)
    para(doc, [("2026年省外经贸发展专项资金（第一批）项目明细表", XBS, 18, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, spacing=32)
    empty(doc)
    T = default_tab / 1440 * 25.4  # mm
    col_stops = [0, 8, 16]  # in default-tab units
    size = 10.5

    def tabbed(cells):
        out = cells[0]
        x = text_width_mm(cells[0], size)
        for k, cell in zip(col_stops[1:], cells[1:]):
            n = k - int(math.floor(x / T + 1e-9))
            assert n >= 1, (cells, n)
            out += "\t" * n + cell
            x = k * T + text_width_mm(cell, size)
        return out

    cols2 = ["项目名称", "承担单位", "金额（万元）"]
    para(doc, [(tabbed(cols2), HT, size, False)], spacing=22)
    projects = [
        ("中欧班列（中豫号）去回程运营", "郑州陆港国际班列有限公司", "3200.00"),
        ("郑州国际陆港集结中心扩能", "郑州陆港国际班列有限公司", "1100.00"),
        ("跨境电商海外仓（波兰）建设", "河南豫贸海外仓储有限公司", "460.00"),
        ("铝精深加工产品境外参展", "巩义市商务服务中心", "220.00"),
        ("红枣食品出口品牌培育", "新郑市枣业进出口有限公司", "310.00"),
        ("汽车零部件出口认证补助", "中牟县汽车产业服务中心", "130.00"),
        ("数字贸易公共服务平台", "郑州高新区数字贸易服务有限公司", "180.00"),
    ]
    assert abs(sum(float(p[2]) for p in projects) - 5600) < 1e-6
    for pr in projects:
        para(doc, [(tabbed(pr), FS, size, False)], spacing=22)
        clauses_att.append(row_clause(cols2, pr))

    banji(doc, "抄送：市审计局，省财政厅，省商务厅。", "郑州市财政局办公室", "2026年4月23日印发")

    stem = "blind661_zhengzhou_zhuanxiada"
    doc.save(os.path.join(HERE, stem + ".docx"))
    meta = {
        "title": "郑州市财政局 郑州市商务局关于转下达2026年省外经贸发展专项资金（第一批）的通知",
        "doc_number": "郑财企〔2026〕23号",
        "issuer": ["郑州市财政局", "郑州市商务局"],
        "date": "2026-04-22",
        "published": None,
        "level": "municipal",
        "region": "郑州市",
        "effective": None,
        "expires": None,
        "attachments": ["2026年省外经贸发展专项资金（第一批）转下达分配表", "2026年省外经贸发展专项资金（第一批）项目明细表"],
        "doc_type": "通知",
        "recipients": ["各有关县（市、区）财政局", "各有关县（市、区）商务局", "郑州经济技术开发区管委会",
                       "郑州高新技术产业开发区管委会"],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": b.clauses + clauses_att}]


def main():
    expected = {}
    for fn in (doc_fujian, doc_henan, doc_zhengzhou):
        stem, docs = fn()
        expected[stem] = docs
        convert(os.path.join(HERE, stem + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
