# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 664: 商务局 notice on 跨境电商品牌培育 with six attachments (Word + PDF)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)
SP = "\u3000"

C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY
D = WD_ALIGN_PARAGRAPH.DISTRIBUTE


# ---------------------------------------------------------------- helpers
def fmt(run, font=FS, size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rPr.insert(0, rFonts)
    rFonts.set(qn("w:eastAsia"), font)
    if font in (HT, XBS):
        rFonts.set(qn("w:ascii"), font)
        rFonts.set(qn("w:hAnsi"), font)
    if color is not None:
        run.font.color.rgb = color


def para(doc, segs, align=J, indent=True, line=28, before=0, after=0,
         pbb=False, num=None, keep=False):
    """segs: str, or list of (text, font, size, bold[, color]); '\n' inside text = soft break."""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.alignment = align
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(32)
    if pbb:
        pf.page_break_before = True
    if num is not None:
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml(
            '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
            % (nsdecls("w"), num)))
        pf.first_line_indent = Pt(32)
    if isinstance(segs, str):
        segs = [(segs, FS, 16, False)]
    for seg in segs:
        text, font, size, bold = seg[:4]
        color = seg[4] if len(seg) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                br = p.add_run()
                br.add_break()
            if part:
                r = p.add_run(part)
                fmt(r, font, size, bold, color)
    return p


def empty(doc, n=1):
    for _ in range(n):
        para(doc, "", indent=False)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def border(p, side="bottom", sz=12, color="FF0000", extra=()):
    pPr = p._p.get_or_add_pPr()
    sides = [side] + list(extra)
    inner = "".join('<w:%s w:val="single" w:sz="%d" w:space="1" w:color="%s"/>'
                    % (s, sz, color) for s in sides)
    pPr.append(parse_xml('<w:pBdr %s>%s</w:pBdr>' % (nsdecls("w"), inner)))


def add_page_number(section):
    ft = section.footer
    p = ft.paragraphs[0]
    p.alignment = C
    r = p.add_run("— ")
    fmt(r, "宋体", 14)
    r = p.add_run()
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = p.add_run()
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = p.add_run()
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r4 = p.add_run("1")
    fmt(r4, "宋体", 14)
    r5 = p.add_run()
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    r = p.add_run(" —")
    fmt(r, "宋体", 14)


def setup(doc):
    st = doc.styles["Normal"]
    st.font.size = Pt(16)
    st.font.name = "Times New Roman"
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.footer_distance = Mm(20)
    add_page_number(s)


def landscape(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Mm(297), Mm(210)
    s.top_margin, s.bottom_margin = Mm(28), Mm(26)
    s.left_margin, s.right_margin = Mm(30), Mm(30)
    return s


def portrait(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    return s


_abs_counter = [90]


def new_numbering(doc, fmt_val, lvl_text, font=FS):
    """Create an independent Word list (own abstractNum) and return its numId."""
    _abs_counter[0] += 1
    nid = _abs_counter[0]
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>'
        % (nsdecls("w"), nid, fmt_val, lvl_text, font))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
        % (nsdecls("w"), nid, nid)))
    return nid


def set_cell(cell, text, font=FS, size=12, bold=False, align=C, color=None):
    """text may be a list -> several paragraphs in the cell."""
    texts = text if isinstance(text, list) else [text]
    cell.text = ""
    first = cell.paragraphs[0]
    for i, t in enumerate(texts):
        p = first if i == 0 else cell.add_paragraph()
        p.paragraph_format.alignment = align
        p.paragraph_format.line_spacing = 1.0
        p.paragraph_format.space_after = Pt(0)
        if t:
            r = p.add_run(t)
            fmt(r, font, size, bold, color)


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def widths(table, ws):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), ws):
        gc.set(qn("w:w"), str(int(Mm(w).twips)))
    for row in table.rows:
        for i, w in enumerate(ws):
            row.cells[i].width = Mm(w)


def row_clause(header, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, values))


def grid_table(doc, header, rows, ws, size=12):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size)
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            al = L if (isinstance(v, (str, list)) and len("".join(v) if isinstance(v, list) else v) > 14) else C
            set_cell(t.rows[ri + 1].cells[ci], v, FS, size, align=al)
    widths(t, ws)
    return t


class Key:
    def __init__(self):
        self.objs = []

    def new(self, **meta):
        base = {
            "title": None, "doc_number": None, "issuer": [], "date": None,
            "published": None, "level": None, "region": None, "effective": None,
            "expires": None, "attachments": [], "doc_type": None, "recipients": [],
            "publicity": None, "repeals": None,
        }
        base.update(meta)
        self.objs.append({"meta": base, "clauses": []})

    def add(self, text):
        self.objs[-1]["clauses"].append(text)


def body(doc, key, text, **kw):
    para(doc, text, **kw)
    key.add(text)


def runin(doc, key, head, rest, head_font=KT, bold=True, **kw):
    para(doc, [(head, head_font, 16, bold), (rest, FS, 16, False)], **kw)
    key.add(head + rest)


def heading(doc, text, font=HT):
    para(doc, [(text, font, 16, False)])


def att_head(doc, label, title, pbb=False, title_lines=None):
    para(doc, [(label, HT, 16, False)], align=L, indent=False, pbb=pbb)
    empty(doc)
    para(doc, [(title_lines or title, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc)


# ================================================================ doc 1: 杭州
def make_hangzhou():
    doc = Document()
    setup(doc)
    key = Key()
    atts = [
        "2026年度杭州市跨境电商品牌培育申报指南",
        "2026年度杭州市跨境电商品牌培育申报表",
        "跨境电商品牌培育申报企业信用承诺书",
        "2026年度杭州市跨境电商品牌培育申报企业汇总表",
        "2026年度杭州市跨境电商品牌培育评审评分标准",
        "各区、县（市）商务主管部门跨境电商工作联系人名单",
    ]
    common = dict(issuer=["杭州市商务局"], date="2026-03-16", level="municipal",
                  region="杭州市")
    key.new(title="杭州市商务局关于开展2026年度跨境电商品牌培育工作的通知",
            doc_number="杭商务〔2026〕23号", attachments=atts, doc_type="通知",
            recipients=["各区、县（市）商务主管部门", "各有关企业"],
            publicity="此件公开发布", **common)

    # 版头
    empty(doc)
    para(doc, [("杭州市商务局文件", XBS, 40, False, RED)], align=D, indent=False, line=None)
    empty(doc, 2)
    p = para(doc, [("杭商务〔2026〕23号", FS, 16, False)], align=C, indent=False)
    border(p, "bottom", 18, "FF0000")
    empty(doc)
    para(doc, [("杭州市商务局关于开展2026年度跨境电商\n品牌培育工作的通知", XBS, 22, False)],
         align=C, indent=False, line=36)
    empty(doc)
    para(doc, "各区、县（市）商务主管部门，各有关企业：", indent=False)

    body(doc, key, "为贯彻落实《国务院办公厅关于加快发展外贸新业态新模式的意见》（国办发〔2021〕24号）和省委、省政府关于推进跨境电子商务高质量发展的决策部署，深入推进中国（杭州）跨境电子商务综合试验区建设，引导跨境电商企业由“卖产品”向“卖品牌”转型，提升“杭州制造”在全球市场的品牌影响力，市商务局决定开展2026年度跨境电商品牌培育工作。现将有关事项通知如下：")

    heading(doc, "一、培育目标")
    body(doc, key, "2026年，全市遴选培育跨境电商重点品牌100个左右，其中年度跨境电商出口额超亿元的品牌不少于20个；推动一批品牌企业在重点市场完成商标注册、建设海外仓和独立站，形成“培育一批、提升一批、推广一批”的梯次发展格局。")

    heading(doc, "二、培育对象")
    body(doc, key, "在杭州市行政区域内注册，主要通过跨境电商方式开展出口业务，拥有自主品牌（含已获授权的境外注册商标）的生产型企业、贸易型企业及跨境电商平台卖家。")

    heading(doc, "三、申报条件")
    body(doc, key, "（一）在杭州市行政区域内依法注册登记、具有独立法人资格，2025年1月1日前成立。")
    body(doc, key, "（二）拥有申报品牌的商标专用权，且申报品牌已在至少1个境外国家或地区完成商标注册或提交注册申请。")
    body(doc, key, "（三）2025年度跨境电商出口额不低于500万元人民币（以海关统计数据或主要平台结算数据为准），其中自主品牌产品出口额占比不低于50%。")
    body(doc, key, "（四）近三年内无重大安全生产、环境污染、产品质量事故，未被列入严重失信主体名单，无侵犯知识产权行为。")

    heading(doc, "四、支持内容")
    runin(doc, key, "（一）品牌推广支持。", "对入选企业参加商务部门组织的境外重点展会、开展海外社交媒体营销和品牌独立站建设的，按照实际发生费用的50%给予支持，单个企业年度支持金额不超过50万元。")
    runin(doc, key, "（二）知识产权支持。", "对入选企业在境外申请注册商标、专利的，按照《杭州市知识产权资助办法》有关规定优先予以资助；组织知识产权服务机构为入选企业提供海外维权咨询服务。")
    runin(doc, key, "（三）海外仓支持。", "鼓励入选企业在“一带一路”共建国家和RCEP成员国布局海外仓，对新建或租用海外仓面积达到2000平方米以上的，在年度跨境电商专项资金中予以倾斜支持。")
    runin(doc, key, "（四）人才培训支持。", "依托中国（杭州）跨境电子商务综合试验区人才培训基地，全年组织不少于4期品牌运营专题培训，入选企业可免费选派人员参加。")
    runin(doc, key, "（五）金融服务支持。", "会同中国出口信用保险公司浙江分公司和有关商业银行，为入选企业提供出口信用保险、“跨境电商贷”等专属金融产品。")

    heading(doc, "五、申报程序")
    runin(doc, key, "（一）企业申报。", "符合条件的企业于2026年4月1日至4月30日登录“杭州跨境电商综合服务平台”在线填报，并将纸质申报材料（一式三份）报送至注册地所在区、县（市）商务主管部门。")
    runin(doc, key, "（二）区县初审。", "各区、县（市）商务主管部门对申报材料进行初审，于2026年5月15日前将推荐企业名单、汇总表（附件4）及申报材料报送市商务局电子商务处。")
    runin(doc, key, "（三）专家评审。", "市商务局委托第三方机构组织专家，按照评分标准（附件5）对申报企业进行综合评审，必要时开展实地核查。")
    runin(doc, key, "（四）公示认定。", "评审结果在市商务局门户网站公示5个工作日，公示无异议的，由市商务局发文认定为“2026年度杭州市跨境电商重点培育品牌”。")

    heading(doc, "六、工作要求")
    runin(doc, key, "（一）加强组织推动。", "各区、县（市）商务主管部门要高度重视，加强政策宣传解读，主动对接辖区重点企业，做好申报辅导和初审推荐工作。")
    runin(doc, key, "（二）严格审核把关。", "各区、县（市）商务主管部门要对申报材料的真实性、完整性进行认真审核，对弄虚作假的企业，取消其申报资格，三年内不得申报市级商务领域专项资金项目。")
    runin(doc, key, "（三）实施动态管理。", "培育品牌实行“有进有出”动态管理，培育期为两年。市商务局将对培育品牌开展年度跟踪评估，对评估不合格的取消培育资格。")
    body(doc, key, "联系人：市商务局电子商务处　王晓峰，联系电话：0571-87052316；技术支持：杭州跨境电商综合服务平台，联系电话：0571-86731155。")

    empty(doc)
    # 附件 list: one paragraph per line, wraps aligned by hand with full-width spaces
    para(doc, "附件：1．2026年度杭州市跨境电商品牌培育申报指南")
    para(doc, SP * 3 + "2．2026年度杭州市跨境电商品牌培育申报表")
    para(doc, SP * 3 + "3．跨境电商品牌培育申报企业信用承诺书")
    para(doc, SP * 3 + "4．2026年度杭州市跨境电商品牌培育申报企业")
    para(doc, SP * 5 + "汇总表")
    para(doc, SP * 3 + "5．2026年度杭州市跨境电商品牌培育评审评分")
    para(doc, SP * 5 + "标准")
    para(doc, SP * 3 + "6．各区、县（市）商务主管部门跨境电商工作")
    para(doc, SP * 5 + "联系人名单")
    empty(doc, 3)
    para(doc, SP * 16 + "杭州市商务局", indent=False)
    para(doc, SP * 15 + "2026年3月16日", indent=False)
    empty(doc)
    para(doc, "（此件公开发布）")

    # ---------------- 附件1
    page_break(doc)
    key.new(title=atts[0], doc_type="申报指南", **common)
    att_head(doc, "附件1", atts[0])
    heading(doc, "一、申报时间")
    body(doc, key, "2026年4月1日至4月30日，逾期不予受理。")
    heading(doc, "二、申报材料")
    body(doc, key, "（一）《2026年度杭州市跨境电商品牌培育申报表》（附件2）。")
    body(doc, key, "（二）企业营业执照复印件、商标注册证书及境外商标注册（申请）证明材料复印件。")
    body(doc, key, "（三）2025年度跨境电商出口额证明材料，包括海关出口报关数据、跨境电商平台后台销售数据截图或会计师事务所出具的专项审计报告。")
    body(doc, key, "（四）品牌建设情况说明，内容包括品牌定位、研发设计、营销推广、海外渠道及下一步发展规划，字数不超过3000字。")
    body(doc, key, "（五）《跨境电商品牌培育申报企业信用承诺书》（附件3）。")
    body(doc, key, "（六）其他能够证明品牌影响力的材料（如获奖证书、媒体报道、平台授予的品牌认证等）。")
    heading(doc, "三、申报要求")
    body(doc, key, "1．申报材料按上述顺序装订成册，并加盖企业公章（含骑缝章）。")
    body(doc, key, "2．同一企业只能申报1个品牌；同一集团内不同法人企业申报的，品牌不得重复。")
    body(doc, key, "3．已获评2024年度、2025年度杭州市跨境电商重点培育品牌且仍在培育期内的，不得重复申报。")
    heading(doc, "四、受理咨询")
    body(doc, key, "各区、县（市）商务主管部门负责受理辖区企业申报，联系方式见附件6。")

    # ---------------- 附件2 申报表 (form)
    page_break(doc)
    key.new(title=atts[1], doc_type="申报表", **common)
    att_head(doc, "附件2", atts[1])
    para(doc, [("申报单位（盖章）：" + SP * 6 + "填报日期：" + SP * 2 + "年" + SP * 2 + "月" + SP * 2 + "日", FS, 14, False)],
         indent=False, line=None)
    form = [
        ("pair", "企业名称", "", "统一社会信用代码", ""),
        ("wide", "注册地址", ""),
        ("pair", "法定代表人", "", "联系电话", ""),
        ("pair", "联系人", "", "手机", ""),
        ("pair", "申报品牌名称", "", "商标注册号", ""),
        ("wide", "主营品类", "□服装鞋帽　□家居用品　□消费电子　□运动户外　□食品饮料　□其他＿＿＿＿"),
        ("wide", "主要销售渠道", "□第三方平台（平台名称：＿＿＿＿＿＿）　□品牌独立站　□海外仓　□线下渠道"),
        ("pair", "2025年跨境电商出口额（万元）", "", "其中自主品牌出口额（万元）", ""),
        ("wide", "境外商标注册国家（地区）", ""),
        ("wide", "品牌建设情况简介（500字以内）", ""),
        ("wide", "所在区、县（市）商务主管部门意见", "（盖章）" + SP * 2 + "年" + SP * 2 + "月" + SP * 2 + "日"),
    ]
    t = doc.add_table(rows=len(form), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [38, 40, 36, 40])
    for i, row in enumerate(form):
        cells = t.rows[i].cells
        if row[0] == "pair":
            set_cell(cells[0], row[1], FS, 12)
            set_cell(cells[1], row[2], FS, 12)
            set_cell(cells[2], row[3], FS, 12)
            set_cell(cells[3], row[4], FS, 12)
            key.add("%s：%s；%s：%s" % (row[1], row[2], row[3], row[4]))
        else:
            set_cell(cells[0], row[1], FS, 12)
            m = cells[1].merge(cells[2]).merge(cells[3])
            al = R if "盖章" in row[2] else L
            set_cell(m, row[2], FS, 12, align=al)
            key.add("%s：%s" % (row[1], row[2]))
            if "简介" in row[1]:
                t.rows[i].height = Mm(60)
        if "简介" not in row[1]:
            t.rows[i].height = Mm(10)
    para(doc, [("注：1．本表一式三份，须由法定代表人签字并加盖企业公章。2．出口额数据须与证明材料一致。", FS, 12, False)],
         indent=False, line=None, before=6)
    key.add("注：1．本表一式三份，须由法定代表人签字并加盖企业公章。2．出口额数据须与证明材料一致。")

    # ---------------- 附件3 承诺书
    page_break(doc)
    key.new(title=atts[2], doc_type="承诺书", **common)
    att_head(doc, "附件3", atts[2])
    body(doc, key, "本企业＿＿＿＿＿＿＿＿＿＿＿＿（统一社会信用代码：＿＿＿＿＿＿＿＿＿＿＿＿）自愿申报2026年度杭州市跨境电商品牌培育项目，现郑重承诺如下：")
    body(doc, key, "一、本企业所提交的全部申报材料真实、准确、完整、有效，不存在虚报、瞒报、伪造、篡改等情形。")
    body(doc, key, "二、本企业对申报品牌＿＿＿＿＿＿＿＿享有合法的商标专用权或已获得合法授权，不存在权属纠纷，未侵犯他人知识产权。")
    body(doc, key, "三、本企业近三年内未发生重大安全生产、环境污染和产品质量事故，未被列入严重失信主体名单。")
    body(doc, key, "四、本企业同意市、区两级商务主管部门对申报材料进行核查，并积极配合开展实地核查、跟踪评估等工作。")
    body(doc, key, "五、如违反上述承诺，本企业自愿承担取消培育资格、退回已获支持资金、纳入信用记录等相应责任。")
    body(doc, key, "特此承诺。")
    empty(doc)
    para(doc, SP * 10 + "承诺企业（盖章）：", indent=False)
    empty(doc)
    para(doc, SP * 10 + "法定代表人（签字）：", indent=False)
    empty(doc)
    para(doc, SP * 17 + "年" + SP * 2 + "月" + SP * 2 + "日", indent=False)

    # ---------------- 附件4 汇总表 (landscape section, empty rows)
    landscape(doc)
    key.new(title=atts[3], doc_type="汇总表", **common)
    att_head(doc, "附件4", atts[3])
    para(doc, [("填报单位（盖章）：" + SP * 24 + "填报日期：" + SP * 2 + "年" + SP * 2 + "月" + SP * 2 + "日", FS, 14, False)],
         indent=False, line=None, after=4)
    hdr = ["序号", "企业名称", "统一社会信用代码", "申报品牌", "主营品类",
           "2025年跨境电商出口额（万元）", "其中自主品牌出口额（万元）", "推荐排序", "备注"]
    t = grid_table(doc, hdr, [[""] * 9 for _ in range(8)], [12, 48, 40, 28, 24, 32, 32, 18, 20])
    for r in t.rows[1:]:
        r.height = Mm(9)
    para(doc, [("注：请按推荐排序由高到低填写，并同时报送电子版（Excel格式）。", FS, 12, False)],
         indent=False, line=None, before=6)
    key.add("注：请按推荐排序由高到低填写，并同时报送电子版（Excel格式）。")

    # ---------------- 附件5 评分标准 (back to portrait; merged 一级指标)
    portrait(doc)
    key.new(title=atts[4], doc_type="评分标准", **common)
    att_head(doc, "附件5", atts[4], title_lines="2026年度杭州市跨境电商品牌培育\n评审评分标准")
    hdr = ["一级指标", "二级指标", "评分要点", "分值"]
    rows = [
        ["品牌基础（25分）", "商标注册", "申报品牌在境外注册的国家（地区）数量，每个得2分，最高10分", "10"],
        ["品牌基础（25分）", "研发设计", "拥有专利、专业设计团队及年度研发投入情况", "15"],
        ["经营规模（30分）", "出口规模", "2025年度跨境电商出口额，1亿元以上得满分，其余按比例递减", "20"],
        ["经营规模（30分）", "增长情况", "2025年度跨境电商出口额同比增长情况", "10"],
        ["品牌影响（30分）", "渠道建设", "品牌独立站、海外仓、海外线下渠道建设情况", "15"],
        ["品牌影响（30分）", "市场口碑", "平台店铺评分、用户评价、媒体报道及获奖情况", "15"],
        ["发展规划（15分）", "规划可行性", "品牌发展目标明确，实施路径清晰，保障措施可行", "15"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows):
        for ci in (1, 2, 3):
            set_cell(t.rows[ri + 1].cells[ci], row[ci], FS, 12, align=L if ci == 2 else C)
        key.add(row_clause(hdr, row))
    # vertical merges of 一级指标 (text typed once)
    groups = [(1, 2), (3, 4), (5, 6), (7, 7)]
    for a, b in groups:
        c = t.cell(a, 0) if a == b else t.cell(a, 0).merge(t.cell(b, 0))
        set_cell(c, rows[a - 1][0], FS, 12)
    widths(t, [32, 28, 74, 20])
    para(doc, [("注：评审总分为100分。申报品牌在“一带一路”共建国家完成商标注册并实现销售的，另加3分，加分后总分不超过100分。", FS, 14, False)],
         indent=False, line=None, before=6)
    key.add("注：评审总分为100分。申报品牌在“一带一路”共建国家完成商标注册并实现销售的，另加3分，加分后总分不超过100分。")

    # ---------------- 附件6 联系人名单
    page_break(doc)
    key.new(title=atts[5], doc_type="名单", **common)
    att_head(doc, "附件6", atts[5], title_lines="各区、县（市）商务主管部门\n跨境电商工作联系人名单")
    hdr = ["序号", "单位", "联系人", "联系电话"]
    data = [
        ("上城区商务局", "陈　静", "0571-87062135"),
        ("拱墅区商务局", "周建华", "0571-88259017"),
        ("西湖区商务局", "沈佳怡", "0571-87963320"),
        ("滨江区商务局", "何　磊", "0571-87702588"),
        ("萧山区商务局", "汪晓燕", "0571-82896413"),
        ("余杭区商务局", "朱伟明", "0571-89180276"),
        ("临平区商务局", "俞　婷", "0571-86221094"),
        ("钱塘区商务局", "金志强", "0571-86913358"),
        ("富阳区商务局", "孙丽萍", "0571-63345172"),
        ("临安区商务局", "胡　斌", "0571-63712846"),
        ("桐庐县商务局", "方雅琴", "0571-64218835"),
        ("淳安县商务局", "徐文涛", "0571-64817263"),
        ("建德市商务局", "叶　敏", "0571-64719528"),
    ]
    rows = [[str(i + 1)] + list(d) for i, d in enumerate(data)]
    grid_table(doc, hdr, rows, [16, 58, 34, 46], size=14)
    for r in rows:
        key.add(row_clause(hdr, r))

    # 版记 right after the last attachment
    empty(doc, 4)
    p = para(doc, [("抄送：省商务厅，市财政局，杭州海关，市市场监管局（市知识产权局）。", FS, 14, False)],
             indent=False, line=None)
    border(p, "top", 8, "000000", extra=("bottom",))
    p.paragraph_format.left_indent = Pt(14)
    p = para(doc, [("杭州市商务局办公室" + SP * 9 + "2026年3月17日印发", FS, 14, False)],
             indent=False, line=None)
    border(p, "bottom", 8, "000000")
    p.paragraph_format.left_indent = Pt(14)
    return doc, key


# ================================================================ doc 2: 青岛 (joint)
def make_qingdao():
    doc = Document()
    setup(doc)
    key = Key()
    atts = [
        "2026年度青岛市跨境电商品牌培育申报指南",
        "2026年度青岛市跨境电商品牌培育企业申报表",
        "申报企业信用承诺书",
        "2026年度青岛市跨境电商品牌培育企业推荐汇总表",
        "跨境电商品牌培育企业评审评分标准",
        "各区（市）跨境电商工作联系人名单",
    ]
    common = dict(issuer=["青岛市商务局", "青岛市财政局"], date="2026-02-27",
                  level="municipal", region="青岛市")
    key.new(title="青岛市商务局 青岛市财政局关于开展2026年度跨境电商品牌培育工作的通知",
            doc_number="青商务字〔2026〕9号", attachments=atts, doc_type="通知",
            recipients=["各区（市）商务主管部门", "各区（市）财政局",
                        "中国（山东）自由贸易试验区青岛片区管委会"],
            publicity="此件主动公开", effective="2026-02-27", expires="2026-12-31",
            **common)

    # joint 版头 built as a borderless layout table
    empty(doc)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "青岛市商务局", XBS, 30, align=D, color=RED)
    set_cell(t.cell(1, 0), "青岛市财政局", XBS, 30, align=D, color=RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 40, align=C, color=RED)
    m.vertical_alignment = 1
    widths(t, [110, 40])
    empty(doc, 2)
    p = para(doc, [("青商务字〔2026〕9号", FS, 16, False)], align=C, indent=False)
    border(p, "bottom", 18, "FF0000")
    empty(doc)
    para(doc, [("青岛市商务局　青岛市财政局关于开展\n2026年度跨境电商品牌培育工作的通知", XBS, 22, False)],
         align=C, indent=False, line=36)
    empty(doc)
    para(doc, "各区（市）商务主管部门、财政局，中国（山东）自由贸易试验区青岛片区管委会：", indent=False)

    body(doc, key, "为深入落实国家和省关于推动跨境电商高质量发展的部署要求，发挥中国（青岛）跨境电子商务综合试验区和中国（山东）自由贸易试验区青岛片区制度创新优势，支持跨境电商企业培育自主品牌、拓展“一带一路”共建国家市场，市商务局、市财政局决定联合开展2026年度跨境电商品牌培育工作。现就有关事项通知如下：")

    # heading + first paragraph in ONE paragraph separated by a soft line break
    goal = "聚焦家电电子、纺织服装、轮胎橡胶、海洋食品、家居用品等本市优势产业，2026年遴选跨境电商品牌培育企业60家，带动全市跨境电商自主品牌出口额同比增长15%以上，打造一批在海外主流市场具有较高知名度的“青岛品牌”。"
    p = para(doc, [("一、工作目标", HT, 16, False), ("\n", FS, 16, False), (goal, FS, 16, False)], align=L)
    # second line of that paragraph must also be indented: typed with spaces
    p.runs[-1].text = SP * 2 + goal
    key.add(goal)

    heading(doc, "二、申报条件")
    n1 = new_numbering(doc, "chineseCounting", "（%1）")
    items = [
        "在青岛市行政区域内注册登记，具有独立法人资格，纳税信用等级为B级及以上。",
        "拥有自主品牌或经授权使用的品牌，申报品牌已在境外至少2个国家（地区）完成商标注册。",
        "2025年跨境电商出口额达到300万美元以上，或通过中欧班列、海外仓等渠道实现跨境电商B2B出口额达到200万美元以上。",
        "近两年内未被列入经营异常名录、严重失信主体名单，未发生重大知识产权侵权纠纷。",
    ]
    cn = "一二三四五六七八九十"
    for i, it in enumerate(items):
        para(doc, it, num=n1)
        key.add("（%s）%s" % (cn[i], it))

    heading(doc, "三、支持政策")
    n2 = new_numbering(doc, "chineseCounting", "（%1）")
    para(doc, [("品牌认定奖励。", KT, 16, True), ("对认定为市级跨境电商品牌培育企业的，给予一次性奖励20万元。", FS, 16, False)], num=n2)
    key.add("（一）品牌认定奖励。对认定为市级跨境电商品牌培育企业的，给予一次性奖励20万元。")
    para(doc, [("推广费用补助。", KT, 16, True), ("对培育企业发生的以下费用，按不超过实际支出的50%给予补助，单家企业年度补助总额不超过80万元：", FS, 16, False)], num=n2)
    key.add("（二）推广费用补助。对培育企业发生的以下费用，按不超过实际支出的50%给予补助，单家企业年度补助总额不超过80万元：")
    body(doc, key, "1．在境外主流电商平台开展品牌广告投放、站内推广的费用；")
    body(doc, key, "2．建设和运营品牌独立站的费用；")
    body(doc, key, "3．参加境外专业展会、举办品牌发布活动的展位费、场地费。")
    para(doc, [("海外仓协同支持。", KT, 16, True), ("对培育企业使用本市企业在“一带一路”共建国家运营的公共海外仓的，按仓储费用的30%给予补助，单家企业最高不超过30万元。", FS, 16, False)], num=n2)
    key.add("（三）海外仓协同支持。对培育企业使用本市企业在“一带一路”共建国家运营的公共海外仓的，按仓储费用的30%给予补助，单家企业最高不超过30万元。")
    para(doc, [("通关物流便利。", KT, 16, True), ("协调青岛海关对培育企业跨境电商出口货物优先适用“9710”“9810”监管方式及“提前申报”“转关作业”等便利措施，支持企业经中欧班列（齐鲁号）开展跨境电商货物集拼运输。", FS, 16, False)], num=n2)
    key.add("（四）通关物流便利。协调青岛海关对培育企业跨境电商出口货物优先适用“9710”“9810”监管方式及“提前申报”“转关作业”等便利措施，支持企业经中欧班列（齐鲁号）开展跨境电商货物集拼运输。")

    heading(doc, "四、申报及评审程序")
    n3 = new_numbering(doc, "chineseCounting", "（%1）")
    steps = [
        ("申报时间。", "2026年3月10日至4月10日。"),
        ("申报方式。", "企业通过“青岛市商务资金管理系统”在线填报，上传申报材料（具体见附件1），并将纸质材料一式两份报送注册地区（市）商务主管部门。"),
        ("审核推荐。", "各区（市）商务主管部门会同同级财政部门对申报材料进行审核，于4月25日前将《2026年度青岛市跨境电商品牌培育企业推荐汇总表》（附件4）报送市商务局。"),
        ("评审认定。", "市商务局会同市财政局组织专家评审（评分标准见附件5），根据评审结果研究确定培育企业名单，并在市商务局网站公示7日。"),
        ("资金拨付。", "公示无异议的，市财政局按照预算管理有关规定将奖补资金拨付至各区（市），由各区（市）兑付至企业。"),
    ]
    for i, (h, tx) in enumerate(steps):
        para(doc, [(h, FS, 16, False), (tx, FS, 16, False)], num=n3)
        key.add("（%s）%s%s" % (cn[i], h, tx))

    heading(doc, "五、有关要求")
    body(doc, key, "（一）申报企业对申报材料的真实性负责。对弄虚作假、骗取套取财政资金的，依法依规追回资金，并按照有关规定纳入信用记录。")
    body(doc, key, "（二）各区（市）、青岛片区要加强政策宣传和申报辅导，按时完成审核推荐工作，确保资金使用规范、安全、有效。")
    body(doc, key, "（三）本通知自印发之日起施行，有效期至2026年12月31日。")
    body(doc, key, "联系人：市商务局电子商务处刘晓东，电话：0532-85912367；市财政局经济建设处孙丽娜，电话：0532-85911842。")

    empty(doc)
    # 附件 list as ONE paragraph with soft line breaks
    lst = ("附件：1．2026年度青岛市跨境电商品牌培育申报指南\n"
           + SP * 3 + "2．2026年度青岛市跨境电商品牌培育企业申报表\n"
           + SP * 3 + "3．申报企业信用承诺书\n"
           + SP * 3 + "4．2026年度青岛市跨境电商品牌培育企业推荐\n"
           + SP * 5 + "汇总表\n"
           + SP * 3 + "5．跨境电商品牌培育企业评审评分标准\n"
           + SP * 3 + "6．各区（市）跨境电商工作联系人名单")
    p = para(doc, lst, indent=False, align=L)
    p.paragraph_format.left_indent = Pt(32)
    empty(doc, 3)
    # joint 落款 in a borderless table
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    set_cell(t.cell(0, 0), "青岛市商务局", FS, 16, align=C)
    set_cell(t.cell(0, 1), "青岛市财政局", FS, 16, align=C)
    widths(t, [78, 78])
    para(doc, "2026年2月27日" + SP * 4, align=R, indent=False)
    empty(doc)
    para(doc, "（此件主动公开）")

    # ---------------- 附件1 (page_break_before on the label paragraph)
    key.new(title=atts[0], doc_type="申报指南", **common)
    att_head(doc, "附件1", atts[0], pbb=True)
    heading(doc, "一、申报材料")
    body(doc, key, "（一）《2026年度青岛市跨境电商品牌培育企业申报表》（附件2）；")
    body(doc, key, "（二）营业执照、境内外商标注册证书（或商标使用授权书）复印件；")
    body(doc, key, "（三）2025年跨境电商出口额证明材料：")
    n4 = new_numbering(doc, "decimal", "（%1）")
    subs = [
        "通过“9610”“9710”“9810”“1210”等跨境电商监管方式申报出口的，提供海关出口报关单汇总数据；",
        "通过第三方平台销售的，提供平台后台年度销售数据截图及收汇凭证；",
        "通过中欧班列运输跨境电商货物的，提供运单及货物清单。",
    ]
    for i, s in enumerate(subs):
        para(doc, s, num=n4)
        key.add("（%d）%s" % (i + 1, s))
    body(doc, key, "（四）申报企业信用承诺书（附件3）；")
    body(doc, key, "（五）品牌发展规划（2026—2028年）。")
    heading(doc, "二、材料要求")
    body(doc, key, "申报材料须使用A4纸双面打印，按上述顺序编制目录和页码，装订成册并加盖企业公章。电子材料须为PDF格式，与纸质材料内容一致。")
    heading(doc, "三、其他事项")
    body(doc, key, "已享受2025年度市级跨境电商品牌培育支持的企业，本年度可继续申报，但同一事项不得重复享受市级财政资金支持。")

    # ---------------- 附件2 申报表
    key.new(title=atts[1], doc_type="申报表", **common)
    att_head(doc, "附件2", atts[1], pbb=True, title_lines="2026年度青岛市跨境电商品牌培育\n企业申报表")
    para(doc, [("申报企业（盖章）：", FS, 14, False)], indent=False, line=None, after=4)
    form = [
        ("pair", "企业名称", "", "统一社会信用代码", ""),
        ("pair", "注册区（市）", "", "成立时间", ""),
        ("pair", "法定代表人", "", "联系人及电话", ""),
        ("pair", "申报品牌", "", "境外商标注册国家（地区）数量", ""),
        ("pair", "2025年跨境电商出口额（万美元）", "", "同比增长（%）", ""),
        ("wide", "主要出口市场", "☐欧盟　☐美国　☐东盟　☐“一带一路”共建国家　☐其他：＿＿＿＿"),
        ("wide", "主要出口方式", "☐9610　☐9710　☐9810　☐1210　☐中欧班列（齐鲁号）"),
        ("wide", "申请支持事项", "☐品牌认定奖励　☐推广费用补助　☐海外仓协同支持"),
        ("wide", "企业承诺", "本企业承诺所填信息真实有效，如有不实，愿承担相应责任。"),
    ]
    t = doc.add_table(rows=len(form), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [36, 42, 36, 40])
    for i, row in enumerate(form):
        cells = t.rows[i].cells
        t.rows[i].height = Mm(11)
        if row[0] == "pair":
            for ci in range(4):
                set_cell(cells[ci], row[ci + 1], FS, 12)
            key.add("%s：%s；%s：%s" % row[1:])
        else:
            set_cell(cells[0], row[1], FS, 12)
            m = cells[1].merge(cells[2]).merge(cells[3])
            set_cell(m, row[2], FS, 12, align=L)
            key.add("%s：%s" % (row[1], row[2]))

    # ---------------- 附件3 承诺书
    key.new(title=atts[2], doc_type="承诺书", **common)
    att_head(doc, "附件3", atts[2], pbb=True)
    body(doc, key, "本单位＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿，统一社会信用代码＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿，法定代表人＿＿＿＿＿＿＿＿，现申报2026年度青岛市跨境电商品牌培育企业，郑重承诺：")
    body(doc, key, "1．严格遵守国家法律法规和跨境电商有关监管规定，依法诚信经营；")
    body(doc, key, "2．所提交的申报材料及数据真实、合法、有效，复印件与原件一致；")
    body(doc, key, "3．同一支持事项未重复申报其他市级财政资金；")
    body(doc, key, "4．自觉接受商务、财政、审计等部门的监督检查，并按要求提供相关资料；")
    body(doc, key, "5．如有违反，自愿退回财政奖补资金，承担相应法律责任，并同意将失信行为记入公共信用信息平台。")
    empty(doc, 2)
    para(doc, "法定代表人（签字）：" + SP * 6 + "企业（盖章）", indent=False)
    empty(doc)
    para(doc, SP * 16 + "年" + SP * 2 + "月" + SP * 2 + "日", indent=False)

    # ---------------- 附件4 汇总表 (empty rows)
    key.new(title=atts[3], doc_type="汇总表", **common)
    att_head(doc, "附件4", atts[3], pbb=True, title_lines="2026年度青岛市跨境电商品牌培育\n企业推荐汇总表")
    para(doc, [("推荐单位（盖章）：" + SP * 8 + "填报人：" + SP * 4 + "联系电话：", FS, 12, False)],
         indent=False, line=None, after=4)
    hdr = ["序号", "企业名称", "申报品牌", "2025年出口额（万美元）", "申请支持事项", "联系人及电话"]
    t = grid_table(doc, hdr, [[""] * 6 for _ in range(10)], [12, 40, 24, 26, 28, 26])
    for r in t.rows[1:]:
        r.height = Mm(9)
    para(doc, [("说明：各区（市）按推荐顺序填写，青岛片区单独报送。", FS, 12, False)],
         indent=False, line=None, before=6)
    key.add("说明：各区（市）按推荐顺序填写，青岛片区单独报送。")

    # ---------------- 附件5 评分标准 (multi-paragraph cells)
    key.new(title=atts[4], doc_type="评分标准", **common)
    att_head(doc, "附件5", atts[4], pbb=True)
    hdr = ["序号", "评审内容", "评分标准", "分值"]
    rows = [
        ["1", "品牌注册情况", ["境外商标注册国家（地区）每1个得2分，", "最高10分"], "10"],
        ["2", "出口规模", ["2025年跨境电商出口额500万美元以上得25分；", "300万—500万美元得20分；", "300万美元以下得10分"], "25"],
        ["3", "出口增长", ["同比增长30%以上得15分；", "15%—30%得10分；", "15%以下得5分"], "15"],
        ["4", "市场多元化", ["对“一带一路”共建国家跨境电商出口额占比20%以上得10分；", "10%—20%得6分；", "10%以下得3分"], "10"],
        ["5", "渠道建设", "自建独立站、海外仓或海外线下门店的，每项得5分，最高15分", "15"],
        ["6", "研发创新", "拥有有效发明专利、外观设计专利的，每项得1分，最高10分", "10"],
        ["7", "发展规划", "品牌发展规划目标明确、措施具体、可行性强", "15"],
    ]
    grid_table(doc, hdr, rows, [14, 32, 88, 20])
    for r in rows:
        key.add(row_clause(hdr, ["".join(v) if isinstance(v, list) else v for v in r]))

    # ---------------- 附件6 联系人名单
    key.new(title=atts[5], doc_type="名单", **common)
    att_head(doc, "附件6", atts[5], pbb=True)
    hdr = ["序号", "单位", "姓名", "职务", "办公电话"]
    data = [
        ("市南区商务局", "王　琳", "科长", "0532-82871536"),
        ("市北区商务局", "李振国", "副科长", "0532-85079124"),
        ("李沧区商务局", "赵　倩", "科员", "0532-87652318"),
        ("崂山区商务局", "高鹏飞", "科长", "0532-88996547"),
        ("城阳区商务局", "张晓梅", "副科长", "0532-87861902"),
        ("即墨区商务局", "刘　洋", "科长", "0532-88551376"),
        ("青岛西海岸新区商务局", "孙国庆", "科长", "0532-86989215"),
        ("胶州市商务局", "马丽君", "科员", "0532-82299473"),
        ("平度市商务局", "姜　涛", "科长", "0532-88362851"),
        ("莱西市商务局", "于海燕", "副科长", "0532-88485106"),
        ("中国（山东）自由贸易试验区青岛片区管委会", "邵明辉", "副处长", "0532-86976650"),
    ]
    rows = [[str(i + 1)] + list(d) for i, d in enumerate(data)]
    grid_table(doc, hdr, rows, [14, 62, 24, 20, 34], size=12)
    for r in rows:
        key.add(row_clause(hdr, r))

    # 版记 as a 2-row table (top/bottom rules only)
    empty(doc, 3)
    t = doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t._tbl.tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="single" w:sz="8" w:color="000000"/><w:left w:val="nil"/>'
        '<w:bottom w:val="single" w:sz="8" w:color="000000"/><w:right w:val="nil"/>'
        '<w:insideH w:val="single" w:sz="4" w:color="000000"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))
    set_cell(t.cell(0, 0), "抄送：青岛海关，国家税务总局青岛市税务局，市市场监管局。", FS, 14, align=L)
    set_cell(t.cell(1, 0), "青岛市商务局办公室" + SP * 8 + "2026年2月27日印发", FS, 14, align=L)
    widths(t, [156])
    return doc, key


def main():
    key_all = {}
    lo = ["soffice", "-env:UserInstallation=file:///tmp/lo_664", "--headless",
          "--convert-to", "pdf", "--outdir", HERE]
    for stem, maker in (("blind664_hangzhou_tongzhi", make_hangzhou),
                        ("blind664_qingdao_tongzhi", make_qingdao)):
        doc, key = maker()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        subprocess.run(lo + [path], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=240)
        key_all[stem] = key.objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(key_all, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
