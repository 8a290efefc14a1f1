# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 966: 行政复议决定书 (湖南省人民政府) + 行政复议不予受理决定书 (广西壮族自治区人民政府).

Writes blind966_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
"""
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
IND = "\u3000\u3000"  # two full-width spaces typed by hand

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None):
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
    return p


def add_par(doc, runs, **kw):
    """runs: plain str or list of (text, fontname, size, bold[, color])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def setup(doc, footer_font=SONG, top=3.7, bottom=3.5):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(top), Cm(bottom)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    # footer "— 1 —" with a PAGE field
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), footer_font, 14)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, footer_font, 14)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), footer_font, 14)
    r = fp.add_run()
    font(r, footer_font, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), footer_font, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_966", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering （一）（二） (chineseCounting) ----------------
def make_numbering(doc, lvl_text, abs_id):
    numbering = doc.part.numbering_part.element
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), abs_id, lvl_text, FS, FS, FS))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, abs_id)))
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), nid)))


CN = "一二三四五六七八九十"


# =================================================================== DOC A
def doc_hunan():
    """湖南省人民政府行政复议决定书 — 自贸片区企业诉省商务厅收回专项资金。"""
    stem = "blind966_hunan_fuyi_jueding"
    doc = Document()
    setup(doc, top=3.0, bottom=2.8)
    clauses = []
    n_item = make_numbering(doc, "（%1）", 961)
    S, L = 15, 26  # this office types its 决定书 in 小三 with fixed 26-pt lines

    # title typed as two separate paragraphs (organ / 文种)
    add_par(doc, [("湖南省人民政府", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("行政复议决定书", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1, line=L)
    # 文号 right-aligned
    p = add_par(doc, [("湘政复决〔2026〕23号", FS, S, False)],
                align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=L)
    p.paragraph_format.right_indent = Pt(15)

    def body(t):
        clauses.append(t)
        add_par(doc, [(t, FS, S, False)], line=L, first=Pt(30))

    # party block: 申请人 lines typed with Shift+Enter inside one paragraph
    a1 = "申请人：湖南湘欧通国际供应链有限公司，住所地中国（湖南）自由贸易试验区长沙片区长沙黄花综合保税区综保大道8号。"
    a2 = "法定代表人：罗建平，该公司执行董事。"
    a3 = "委托代理人：邹晓岚，湖南麓山律师事务所律师。"
    p = doc.add_paragraph()
    for i, t in enumerate((a1, a2, a3)):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
            font(p.add_run("\u3000\u3000"), FS, S)
        font(p.add_run(t), FS, S)
    fmt(p, line=L, first=Pt(30))
    clauses.extend([a1, a2, a3])
    body("被申请人：湖南省商务厅，住所地湖南省长沙市芙蓉区五一大道398号。")
    body("法定代表人：唐卫东，该厅厅长。")

    body("申请人不服被申请人于2025年9月12日作出的《湖南省商务厅关于收回湖南湘欧通国际供应链有限公司2024年度省级外经贸发展专项资金的决定》（湘商财决〔2025〕7号，以下简称《收回决定》），于2025年10月28日向本机关申请行政复议，本机关依法已予受理。本案适用普通程序审理，因案情复杂，经本机关负责人批准，审理期限延长三十日。本案现已审理终结。")

    def labelled(label, text):
        clauses.append(label + text)
        add_par(doc, [(label, HT, S, False), (text, FS, S, False)], line=L, first=Pt(30))

    labelled("申请人请求：", "撤销被申请人作出的《收回决定》。")
    labelled("申请人称：", "一、《收回决定》认定事实错误。申请人在乌兹别克斯坦塔什干建设的公共海外仓因原出租方收回场地，于2025年3月底整体搬迁至塔什干州奇尔奇克市后持续运营，被申请人仅以原租赁合同提前终止即认定项目“未实际运营”，与事实不符。二、《收回决定》程序违法。被申请人作出决定前未告知申请人拟作出决定的事实、理由和依据，未听取申请人的陈述和申辩。三、《收回决定》附加三年内不得申报省级专项资金的限制，缺乏依据。请求撤销《收回决定》。")
    labelled("被申请人称：", "一、根据《湖南省省级外经贸发展专项资金管理办法》（湘财企〔2023〕21号）第二十九条规定，被申请人负责专项资金项目的绩效评价和监督检查，对未按要求实施的项目应当收回已拨付资金。二、经第三方机构绩效评价，申请人塔什干公共海外仓原租赁合同已于2025年3月31日提前终止，阿拉木图境外商品展示中心自2025年5月起停止对外营业，均未按申报承诺持续运营满三年。三、被申请人已于2025年8月25日通过电子邮件送达《拟收回专项资金告知书》，申请人逾期未提出陈述、申辩意见。《收回决定》认定事实清楚、程序合法，请求予以维持。")
    labelled("本机关查明：", "申请人系在中国（湖南）自由贸易试验区长沙片区注册的外贸综合服务企业，主要从事跨境物流、海外仓储等业务。")

    items = [0]

    def item(t):
        # （一）（二）… produced by Word's automatic numbering, not typed
        items[0] += 1
        clauses.append("（%s）%s" % (CN[items[0] - 1], t))
        p = add_par(doc, [(t, FS, S, False)], line=L, first=Pt(30))
        apply_num(p, n_item)

    item("2024年8月，申请人申报2024年度省级外经贸发展专项资金（对外投资合作和“一带一路”市场开拓方向）3个项目，并承诺海外仓、展示中心建成后持续运营不少于三年。2024年12月20日，被申请人会同湖南省财政厅下达资金计划，核定申请人补助资金210.5万元，当月拨付到位。各项目补助情况如下：")

    # caption + unit line
    add_par(doc, [("申请人2024年度专项资金项目及补助情况", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=4)
    add_par(doc, [("单位：万元", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
            indent=False, line=18)
    rows = [
        ["1", "塔什干公共海外仓建设", "乌兹别克斯坦塔什干市", "120.0", "120.0"],
        ["2", "阿拉木图境外商品展示中心建设", "哈萨克斯坦阿拉木图市", "66.0", "66.0"],
        ["3", "参加迪拜中东国际贸易博览会", "阿联酋迪拜", "24.5", "0"],
        ["合计", "—", "—", "210.5", "186.0"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.4), Cm(5.8), Cm(4.6), Cm(2.2), Cm(2.2)]
    t.autofit = False
    for col, w in zip(t.columns, widths):
        col.width = w
    for r in t.rows:
        for c, w in zip(r.cells, widths):
            c.width = w
    # two-level header: 序号/项目名称/实施地点 merged vertically, 补助资金 merged across
    for ci, h in enumerate(["序号", "项目名称", "实施地点"]):
        m = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(m, h, HT, 12)
    top = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(top, "补助资金", HT, 12)
    set_cell(t.cell(1, 3), "核定金额", HT, 12)
    set_cell(t.cell(1, 4), "收回金额", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdr = ["序号", "项目名称", "实施地点", "补助资金／核定金额", "补助资金／收回金额"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci == 1 and v != "—" else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.cell(ri, ci), v, FS, 12, align=al)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    note = "注：收回金额为《收回决定》确定的金额；迪拜展会项目已于2025年1月通过验收，未予收回。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=18, before=3)
    clauses.append(note)

    item("2025年6月至7月，被申请人委托湖南中衡信会计师事务所有限公司开展绩效评价。该所《绩效评价报告》载明：塔什干公共海外仓原租赁合同于2025年3月31日提前终止，评价人员视频核查原址未见仓储作业；阿拉木图境外商品展示中心自2025年5月起停止对外营业。该报告未核查海外仓是否迁址运营。")
    item("2025年8月25日，被申请人向申报材料所留联系人邮箱发送《拟收回专项资金告知书》。经查，该邮箱为申请人原业务经理周某的个人邮箱，周某已于2025年5月离职，被申请人未能提供申请人已收到该告知书的证据。2025年9月12日，被申请人作出《收回决定》，收回补助资金186万元，并取消申请人三年内申报省级外经贸发展专项资金的资格，于2025年9月16日邮寄送达申请人。")
    item("申请人在复议期间提交的奇尔奇克市仓库租赁合同及出入库记录显示，申请人自2025年4月1日起租赁新址仓库6800平方米，2025年4月至8月共办理出入库业务1236票，服务湖南省内出口企业47家。被申请人对上述证据真实性无异议，但认为申请人迁址未履行项目变更报备手续。")
    body("上述事实有《收回决定》、《绩效评价报告》、电子邮件发送记录、仓库租赁合同、出入库记录及当事人陈述等证据证明。")

    labelled("本机关认为：", "被申请人具有对省级外经贸发展专项资金项目开展监督检查并作出收回处理的职责，但《收回决定》存在以下问题：")
    body("一、主要事实不清、证据不足。塔什干公共海外仓虽因原租赁合同终止而迁址，但迁址后持续开展仓储、分拨业务。被申请人未对迁址运营情况进行核查，仅凭原址视频核查结果即认定项目未实际运营，证据不足。申请人未及时报备项目变更，被申请人可依规另行处理，但不能据此径行认定项目未实际运营。")
    body("二、违反法定程序。依照《湖南省省级外经贸发展专项资金管理办法》第三十一条规定，作出收回专项资金决定前，应当书面告知项目单位并听取其陈述和申辩。被申请人仅向已离职人员的个人邮箱发送告知书，不能证明申请人已实际知悉，申请人的陈述、申辩权利未得到保障。")
    body("此外，阿拉木图境外商品展示中心停止营业的事实，申请人未提出异议，被申请人可在重新作出处理时依法认定。")
    body("综上，根据《中华人民共和国行政复议法》第六十四条第一款第（一）项、第（二）项的规定，本机关决定如下：")
    body("撤销被申请人于2025年9月12日作出的《湖南省商务厅关于收回湖南湘欧通国际供应链有限公司2024年度省级外经贸发展专项资金的决定》（湘商财决〔2025〕7号），责令被申请人自收到本决定书之日起60日内重新作出处理。")
    body("申请人如不服本决定，可以自收到本决定书之日起15日内，依法向人民法院提起行政诉讼。")

    empty(doc, 1, line=L)
    # 落款 pushed right with typed half-width spaces, date in Chinese numerals
    p = add_par(doc, [(" " * 38 + "湖南省人民政府", FS, S, False)], indent=False, line=L)
    p.paragraph_format.keep_with_next = True
    add_par(doc, [(" " * 36 + "二〇二六年一月二十三日", FS, S, False)], indent=False, line=L)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "湖南省人民政府行政复议决定书",
            "doc_number": "湘政复决〔2026〕23号",
            "issuer": ["湖南省人民政府"],
            "date": "2026-01-23",
            "published": None,
            "level": "provincial",
            "region": "湖南省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "决定",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def vml_textbox(lines, left_pt, top_pt, width_pt, height_pt):
    """A floating VML text box (as offices use to place the 落款)."""
    paras = "".join(
        '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/><w:sz w:val="32"/></w:rPr>'
        '<w:t xml:space="preserve">{t}</w:t></w:r></w:p>'.format(f=FS, t=t) for t in lines)
    xml = (
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="LuokuanBox" o:spid="_x0000_s1026" type="#_x0000_t202" filled="f" stroked="f" '
        'style="position:absolute;margin-left:%dpt;margin-top:%dpt;width:%dpt;height:%dpt;z-index:251659264;'
        'mso-position-horizontal-relative:text;mso-position-vertical-relative:text">'
        '<v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
        % (nsdecls("w"), left_pt, top_pt, width_pt, height_pt, paras))
    return parse_xml(xml)


def doc_guangxi():
    """广西壮族自治区人民政府行政复议不予受理决定书（超过申请期限）。"""
    stem = "blind966_guangxi_buyu_shouli"
    doc = Document()
    setup(doc)
    clauses = []

    # red 版头 + 文号 + red rule
    add_par(doc, [("广西壮族自治区人民政府", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=24)
    empty(doc, 1)
    p = add_par(doc, [("桂政复不受〔2025〕62号", FS, 16, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("行政复议不予受理决定书", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=38)
    empty(doc, 1)
    add_par(doc, "广西钦州港华源新材料科技有限公司：", indent=False)

    def body(t):
        # indent typed with full-width spaces instead of paragraph indent
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    body("你公司于2025年7月21日通过邮寄方式向本机关提出行政复议申请，请求撤销广西壮族自治区商务厅于2025年4月3日作出的《广西壮族自治区商务厅关于撤销广西钦州港华源新材料科技有限公司自治区级外贸转型升级基地依托企业资格的决定》(桂商贸决〔2025〕11号)。本机关于2025年7月24日收到该申请。")
    body("经审查，广西壮族自治区商务厅于2025年4月8日通过中国邮政EMS向你公司住所地（中国（广西）自由贸易试验区钦州港片区中马钦州产业园区中马大街66号）邮寄送达上述决定，你公司工作人员于2025年4月10日签收。该决定已告知你公司申请行政复议的期限和途径。你公司自2025年4月10日即已知道该行政行为，至2025年7月21日提出行政复议申请，已超过《中华人民共和国行政复议法》第二十条第一款规定的六十日申请期限。你公司在申请书中称，因公司外贸业务部门人员调整、原经办人员离职导致延误申请，该情形不属于因不可抗力或者其他正当理由耽误法定申请期限的情形。")
    body("本机关认为，你公司的行政复议申请不符合《中华人民共和国行政复议法》第三十条第一款第（四）项规定的受理条件。根据《中华人民共和国行政复议法》第三十条第二款的规定，本机关决定不予受理。")
    body("你公司如不服本决定，可以自收到本决定书之日起15日内，依法向人民法院提起行政诉讼。")

    empty(doc, 1)
    # anchor paragraph holding the floating 落款 text box
    anchor = add_par(doc, "", indent=False)
    anchor._p.append(vml_textbox(["广西壮族自治区人民政府", "2025年7月29日"], 230, 6, 200, 64))
    empty(doc, 4)

    # 版记: 抄送 / 印发 between black rules
    p = add_par(doc, [("抄送：广西壮族自治区商务厅，中国（广西）自由贸易试验区钦州港片区管理委员会。", FS, 14, False)],
                indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p = add_par(doc, [("广西壮族自治区人民政府办公厅", FS, 14, False), ("\t", FS, 14, False),
                      ("2025年7月29日印发", FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)  # right tab
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "行政复议不予受理决定书",
            "doc_number": "桂政复不受〔2025〕62号",
            "issuer": ["广西壮族自治区人民政府"],
            "date": "2025-07-29",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "决定",
            "recipients": ["广西钦州港华源新材料科技有限公司"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_hunan(), doc_guangxi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
