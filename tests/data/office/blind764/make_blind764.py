# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 764: 行政复议决定书（市/省人民政府作为复议机关，商务主管部门/自贸片区管委会为被申请人）。

Writes blind764_*.docx, the PDFs (LibreOffice) and expected.json next to this script.
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
IND = "\u3000\u3000"

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


BODY_LINE = 26


def fmt(p, align=None, indent=True, line=None, before=0, after=0, first=None):
    pf = p.paragraph_format
    if line is None:
        line = BODY_LINE
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
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def lines_par(doc, lines, prefix="", **kw):
    """One w:p whose lines are separated by manual line breaks (Shift+Enter)."""
    p = doc.add_paragraph()
    for i, t in enumerate(lines):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(prefix + t), FS, 16)
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


def empty(doc, n=1, line=None):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.3), Cm(3.0)
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
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    for kind in ("begin", None, "separate", "1", "end"):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                                  % nsdecls("w")))
        elif kind == "1":
            r.text = "1"
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_764", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting "一、") --------------------
_next_abs = [700]


def make_numbering(doc, lvl_text):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, aid)))
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), nid)))


CN = "一二三四五六七八九十"


def meta(**kw):
    m = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
         "level": None, "region": None, "effective": None, "expires": None,
         "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
         "repeals": None}
    m.update(kw)
    return m


# =================================================================== DOC A
def doc_ningbo():
    """宁波市人民政府 — 撤销并责令重作（市商务局不予拨付海外仓专项资金）。"""
    stem = "blind764_ningbo_haiwaicang"
    doc = Document()
    setup(doc)
    clauses = []

    def body(t, **kw):
        clauses.append(t)
        return add_par(doc, t, **kw)

    empty(doc, 1)
    # black title over two paragraphs, no red 版头
    add_par(doc, [("宁波市人民政府", XBS, 26, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    add_par(doc, [("行政复议决定书", XBS, 26, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    empty(doc, 1)
    # 案号 pushed to the right with typed half-width spaces
    add_par(doc, " " * 46 + "甬政复〔2025〕286号", indent=False)
    empty(doc, 1)

    body("申请人：宁波恒拓跨境供应链有限公司，住所地浙江省宁波市鄞州区首南街道天童南路588号宁波商会国贸中心A座1506室。")
    body("法定代表人：周立群，该公司执行董事兼总经理。")
    body("委托代理人：陈晓婷，浙江甬信律师事务所律师。")
    body("被申请人：宁波市商务局，住所地浙江省宁波市鄞州区宁穿路2001号。")
    body("法定代表人：林志远，该局局长。")
    body("申请人不服被申请人于2025年9月15日作出的《关于2024年度跨境电商公共海外仓专项资金审核结果的告知书》（甬商务函〔2025〕157号，以下简称《告知书》），于2025年11月14日向本机关申请行政复议，本机关依法于2025年11月19日予以受理。本案依法适用普通程序审理，现已审理终结。")

    def lead(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    lead("申请人请求：", "撤销被申请人作出的《告知书》中对申请人不予拨付公共海外仓建设补助资金的内容，责令被申请人重新作出审核决定。")
    lead("申请人称：", "一、申请人符合申报条件。被申请人发布的《关于组织申报2024年度跨境电商公共海外仓专项资金的通知》（甬商务〔2025〕41号，以下简称《申报通知》）明确，租赁仓库的租赁期限应不少于2年。申请人位于波兰华沙的海外仓租赁期限为2024年3月1日至2026年2月28日，符合上述条件。")
    body("二、“租赁期限不少于3年”的标准从未公开，被申请人以内部掌握的标准审核企业申报，违反公开、公平原则。")
    body("三、被申请人作出决定前未听取申请人的陈述和申辩，程序违法。")
    lead("被申请人称：", "一、经初审、第三方机构实地核查和专家评审，申请人海外仓租赁期限仅为2年，运营稳定性存疑，不符合公共海外仓“持续稳定运营”的要求。")
    body("二、被申请人制定的《2024年度公共海外仓专项资金评审细则》将“租赁期限不少于3年”作为持续稳定运营的评判标准，系对《宁波市跨境电子商务发展专项资金管理办法》第十条的细化，并未增设申报条件。")
    body("三、被申请人已于2025年8月20日至26日对审核结果进行公示，申请人未提出异议，程序正当。请求维持《告知书》。")
    lead("经审理查明：", "2025年5月12日，被申请人发布《申报通知》，其中第二条第（三）项规定：“申报主体的海外仓为租赁仓库的，租赁期限应不少于2年(以租赁合同载明期限为准)”。2025年6月9日，申请人通过“宁波市惠企政策兑现平台”申报公共海外仓建设补助资金120万元，所附《仓库租赁合同》载明租赁仓库面积12,600平方米，租赁期限自2024年3月1日至2026年2月28日。")
    body("被申请人制定的《2024年度公共海外仓专项资金评审细则》第五条规定：“海外仓为租赁仓库的，租赁期限不少于3年，不满足的不予支持。”该评审细则未向社会公开，亦未在《申报通知》中载明。专家评审意见载明申请人“仓库租赁期限为2年，不满足评审细则第五条要求，建议不予支持”。")
    body("2025年9月15日，被申请人作出《告知书》，以申请人“海外仓租赁期限不足3年，不符合专项资金支持条件”为由，决定对申请人申报的公共海外仓建设补助资金不予拨付。申请人于2025年9月18日收到该《告知书》。")
    body("另查明，被申请人在作出《告知书》前，未向申请人告知拟不予拨付的事实和理由。")
    body("上述事实有下列证据证明：")
    for t in ["1．《申报通知》、申请人申报材料及《仓库租赁合同》；",
              "2．《2024年度公共海外仓专项资金评审细则》及专家评审意见；",
              "3．《告知书》及送达回证。"]:
        body(t)
    lead("本机关认为：", "一、专项资金审核结果对申请人的权利义务产生实际影响，属于《中华人民共和国行政复议法》第十一条规定的行政复议范围。")
    body("二、根据《申报通知》第二条第（三）项的规定，租赁期限不少于2年即符合申报条件，申请人的租赁期限为2年，符合上述条件。被申请人依据未向社会公开的评审细则，以“租赁期限不足3年”为由对申请人不予支持，实际上提高了《申报通知》公开的申报条件，该审核标准缺乏合法依据，《告知书》认定申请人不符合支持条件的主要事实不清、证据不足。")
    body("三、被申请人在作出不利于申请人的决定前，应当告知申请人相关事实和理由并给予其陈述、申辩的机会，公示程序不能替代对申请人的个别告知，本机关予以指正。")
    body("综上，根据《中华人民共和国行政复议法》第六十四条第一款第（一）项、第（三）项之规定，本机关决定如下：")
    body("撤销被申请人作出的《关于2024年度跨境电商公共海外仓专项资金审核结果的告知书》（甬商务函〔2025〕157号）中对申请人不予拨付公共海外仓建设补助资金的内容，责令被申请人自收到本决定书之日起六十日内，依照《申报通知》公布的条件对申请人的申报重新作出审核决定。")
    body("申请人如不服本决定，可以自收到本决定书之日起十五日内，依法向宁波市中级人民法院提起行政诉讼。")
    empty(doc, 2)
    p = add_par(doc, "宁波市人民政府", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    p = add_par(doc, "二〇二六年一月十六日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="宁波市人民政府行政复议决定书",
                     doc_number="甬政复〔2025〕286号",
                     issuer=["宁波市人民政府"],
                     date="2026-01-16",
                     level="municipal",
                     region="宁波市",
                     doc_type="行政复议决定书"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_xiamen():
    """厦门市人民政府 — 变更决定 + 行政复议意见书（两份文书，一个文件）。"""
    stem = "blind764_xiamen_jizhuan"
    doc = Document()
    setup(doc)
    docs = []

    # ------------------------------------------------------------ B1 决定书
    clauses = []

    def body(t, **kw):
        clauses.append(t)
        return add_par(doc, t, **kw)

    add_par(doc, [("厦门市人民政府行政复议决定书", XBS, 24, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44, before=24)
    empty(doc, 1)
    p = add_par(doc, "厦府行复〔2026〕47号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)

    a1 = ["申请人：厦门鹭港通达供应链管理有限公司，住所地中国（福建）自由贸易试验区厦门片区象屿路97号厦门国际航运中心D栋8层03单元。",
          "法定代表人：黄振宇，总经理。",
          "委托代理人：郑一鸣，福建嘉禾律海律师事务所律师。"]
    lines_par(doc, a1, prefix=IND, indent=False)
    clauses.extend(a1)
    a2 = ["被申请人：中国（福建）自由贸易试验区厦门片区管理委员会，住所地厦门市湖里区象屿路93号厦门国际航运中心C栋。",
          "法定代表人：许文斌，主任。"]
    lines_par(doc, a2, prefix=IND, indent=False)
    clauses.extend(a2)

    body("申请人对被申请人于2025年11月24日作出的《关于追回厦门鹭港通达供应链管理有限公司2024年度国际中转集拼业务扶持资金的决定》（厦自贸委〔2025〕63号，以下简称63号决定）不服，于2025年12月8日向本机关申请行政复议，本机关于2025年12月12日依法受理。本案适用普通程序审理，本机关依法听取了申请人、被申请人的意见，现已审理终结。")
    body("申请人请求：撤销63号决定，或者将追回金额变更为实际多拨付的部分，并撤销三年内不受理申请人扶持资金申报的决定。")
    body("申请人称：审计机构核减的4075个标准箱，系本地出口货物与中转货物在同一集装箱内混拼，申请人将整箱计入中转集拼箱量，属于对统计口径理解偏差，并非虚构业务或者伪造材料。被申请人将申请人定性为“骗取扶持资金”，追回全部864000元并取消申请人三年申报资格，认定事实错误，处理明显过重。")
    body("被申请人称：根据《中国（福建）自由贸易试验区厦门片区国际中转集拼业务扶持办法》（以下简称《扶持办法》）第八条的规定，扶持资金按每标准箱80元计算。经第三方审计，申请人申报的10800个标准箱中仅6725个标准箱符合中转集拼认定标准，虚报比例达37.7%，申请人的行为属于《扶持办法》第十六条第二款规定的“以虚报业务量方式骗取扶持资金”的情形，请求维持63号决定。")
    body("经审理查明：2025年2月，申请人向被申请人申报2024年度国际中转集拼业务扶持资金，申报中转集拼箱量10800个标准箱，并附报了逐箱装箱明细。2025年3月28日，被申请人向申请人拨付扶持资金864000元。")
    body("2025年9月，厦门华鼎会计师事务所有限公司受被申请人委托开展专项审计，按照《扶持办法》第三条关于“混拼集装箱以箱内中转货物体积占比超过50%的计为中转集拼箱”的规定，核减4075个标准箱。各季度核定情况如下：")

    # caption with unit, then table: two header rows with merged cells, repeated
    add_par(doc, [("申请人2024年度国际中转集拼箱量核定情况表（单位：标准箱、元）", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=26, before=6)
    rows = [["第一季度", "2450", "1610", "840", "67200"],
            ["第二季度", "2780", "1705", "1075", "86000"],
            ["第三季度", "2610", "1650", "960", "76800"],
            ["第四季度", "2960", "1760", "1200", "96000"],
            ["合计", "10800", "6725", "4075", "326000"]]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    c = h0[0].merge(h1[0]); set_cell(c, "季度", HT, 12)
    c = h0[1].merge(h0[3]); set_cell(c, "箱量", HT, 12)
    c = h0[4].merge(h1[4]); set_cell(c, "核减金额", HT, 12)
    for i, h in zip((1, 2, 3), ("申报", "审计核定", "核减")):
        set_cell(h1[i], h, HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    heads = ["季度", "箱量／申报", "箱量／审计核定", "箱量／核减", "核减金额"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
    p = add_par(doc, [("注：核减金额＝核减箱量×80元/标准箱。", FS, 12, False)],
                indent=False, line=20, before=4)
    clauses.append("注：核减金额＝核减箱量×80元/标准箱。")

    body("另查明，申请人报送的装箱明细已逐箱列明混拼货物情况；厦门海关出具的《情况说明》载明，未发现申请人伪造单证的情形。")
    body("2025年11月24日，被申请人在履行事先告知程序后作出63号决定：一、追回申请人已拨付的2024年度国际中转集拼业务扶持资金864000元；二、自决定作出之日起三年内不受理申请人片区各类扶持资金申报。")
    body("本机关认为：申请人申报的10800个标准箱中有4075个标准箱不符合《扶持办法》第三条规定的计算口径，被申请人据此认定申请人多获得扶持资金326000元，事实清楚，证据确凿。")
    body("但是，《扶持办法》第十六条第二款规定的“骗取扶持资金”，应当以企业具有虚构业务、虚报业务量或者伪造材料的主观故意为前提。申请人已如实附报逐箱装箱明细，海关亦未发现伪造单证的情形，现有证据不足以证明申请人具有骗取扶持资金的故意，应当适用《扶持办法》第十六条第一款“按照核定数据重新计算扶持金额，追回多拨付的资金”的规定。被申请人适用第十六条第二款追回全部扶持资金并三年内不受理申请人申报，属于未正确适用依据，依法应予变更。")
    body("根据《中华人民共和国行政复议法》第六十三条第一款第（二）项之规定，本机关决定如下：")
    body("变更63号决定为：追回申请人多获得的2024年度国际中转集拼业务扶持资金人民币叁拾贰万陆仟元整（￥326000.00）。")
    body("申请人如不服本决定，可以自收到本决定书之日起十五日内向厦门市中级人民法院提起行政诉讼。")
    empty(doc, 2)
    # 落款 aligned with a right tab stop
    for txt in ("厦门市人民政府", "2026年2月6日"):
        p = add_par(doc, [("\t" + txt, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(14.0), 2)  # RIGHT
    docs.append({
        "meta": meta(title="厦门市人民政府行政复议决定书",
                     doc_number="厦府行复〔2026〕47号",
                     issuer=["厦门市人民政府"],
                     date="2026-02-06",
                     level="municipal",
                     region="厦门市",
                     doc_type="行政复议决定书"),
        "clauses": clauses,
    })

    # ------------------------------------------------------------ B2 意见书
    page_break(doc)
    clauses = []

    def body2(t, **kw):
        clauses.append(t)
        return add_par(doc, t, **kw)

    add_par(doc, [("厦门市人民政府行政复议意见书", XBS, 24, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44, before=24)
    empty(doc, 1)
    p = add_par(doc, "厦府行复意〔2026〕3号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)
    add_par(doc, "中国（福建）自由贸易试验区厦门片区管理委员会：", indent=False)
    body2("本机关在审理厦门鹭港通达供应链管理有限公司不服你委追回2024年度国际中转集拼业务扶持资金决定一案（厦府行复〔2026〕47号）中，发现你委在扶持资金审核管理工作中存在以下问题：")
    body2("一、扶持资金计算口径宣传解读不到位。《扶持办法》第三条关于混拼集装箱中转箱量的计算口径未在申报指南中予以明确，导致部分企业申报时理解不一致。")
    body2("二、对“骗取扶持资金”的认定标准把握不准。你委在未查明企业主观故意的情况下，即适用《扶持办法》第十六条第二款作出追回全部资金并限制申报资格的处理，处理结果与违法情节不相适应。")
    body2("三、事前审核把关不严。申请人申报时已附报逐箱装箱明细，你委在初审环节未能发现计算口径问题，导致扶持资金多拨付。")
    body2("根据《中华人民共和国行政复议法》第七十六条的规定，现提出如下意见：")
    body2("（一）在2025年度扶持资金申报指南中明确混拼集装箱中转箱量计算口径，并通过政策宣讲会、线上答疑等方式做好政策解读。")
    body2("（二）对2024年度以来已作出的扶持资金追回决定开展自查，对适用《扶持办法》第十六条第二款不当的，依法予以纠正。")
    body2("（三）完善扶持资金审核流程，将第三方核查环节前移至资金拨付前，防范资金多拨、错拨风险。")
    body2("请你委自收到本意见书之日起六十日内，将纠正相关违法或者不当行政行为的情况报送本机关。")
    empty(doc, 2)
    for txt in ("厦门市人民政府", "2026年2月6日"):
        p = add_par(doc, [("\t" + txt, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(14.0), 2)
    # 版记
    empty(doc, 3)
    p = add_par(doc, [("抄送：厦门市财政局，厦门市司法局。", FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p = add_par(doc, [("厦门市人民政府行政复议办公室", FS, 14, False), ("\t", FS, 14, False),
                      ("2026年2月6日印发", FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    border(p, "bottom", "000000", 8, 4)
    docs.append({
        "meta": meta(title="厦门市人民政府行政复议意见书",
                     doc_number="厦府行复意〔2026〕3号",
                     issuer=["厦门市人民政府"],
                     date="2026-02-06",
                     level="municipal",
                     region="厦门市",
                     doc_type="行政复议意见书",
                     recipients=["中国（福建）自由贸易试验区厦门片区管理委员会"]),
        "clauses": clauses,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


# =================================================================== DOC C
def doc_sichuan():
    """四川省人民政府 — 维持（省商务厅撤销境外投资备案），公开版隐去个人信息。"""
    stem = "blind764_sichuan_jingwai"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    def body(t):
        # indentation typed with two full-width spaces, no paragraph indent
        clauses.append(t)
        return add_par(doc, IND + t, indent=False)

    empty(doc, 1)
    p = add_par(doc, [("四川省人民政府", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=38)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("行政复议决定书"), XBS, 22)
    empty(doc, 1)
    add_par(doc, "川府行复〔2025〕第1187号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    empty(doc, 1)

    body("申请人：成都锦程瑞达机电设备有限公司，住所地四川省成都市新都区工业东区蜀龙大道南段×号。")
    body("法定代表人：王××。")
    body("委托代理人：刘××，四川××律师事务所律师。")
    body("被申请人：四川省商务厅，住所地四川省成都市青羊区××街×号。")
    body("法定代表人：张××，厅长。")
    body("申请人不服被申请人于2025年10月9日作出的《关于撤销成都锦程瑞达机电设备有限公司境外投资备案的决定》（川商务外经〔2025〕211号），于2025年11月20日向本机关申请行政复议。本机关依法于2025年11月25日受理，并通知被申请人提交了书面答复和相关证据材料。本案现已审理终结。")
    body("申请人请求：撤销被申请人作出的《关于撤销成都锦程瑞达机电设备有限公司境外投资备案的决定》（川商务外经〔2025〕211号）。")
    add_par(doc, IND + "申请人称：", indent=False)  # heading only
    for k, t in enumerate(["申请人对审计报告系伪造并不知情。相关审计报告由代办备案手续的代理机构提供，申请人不存在提供虚假材料的主观故意。",
              "撤销备案处理明显过重。申请人已向境外企业汇出投资款120万美元，撤销备案将造成重大经济损失，违反比例原则。",
              "被申请人程序违法。撤销备案的性质与吊销许可证件相当，被申请人未告知申请人享有要求听证的权利。"]):
        clauses.append(CN[k] + "、" + t)
        p = add_par(doc, t, first=Pt(32))
        apply_num(p, n_head)
    body("被申请人称：申请人申请备案时提交的《2024年度审计报告》系伪造。根据《境外投资管理办法》第三十二条的规定，企业以提供虚假材料等不正当手段办理备案并取得《企业境外投资证书》的，省级商务主管部门撤销该企业境外投资备案，给予警告。委托代理机构办理不能免除申请人的责任。被申请人已依法听取申请人的陈述和申辩，程序合法。请求维持该决定。")
    body("经审理查明：2025年4月10日，申请人通过商务部业务系统统一平台向被申请人申请境外投资备案，拟在哈萨克斯坦阿拉木图市新设锦程瑞达（阿拉木图）机械有限责任公司，中方投资总额380万美元，并提交了署名为四川蓉诚会计师事务所有限公司出具的《2024年度审计报告》（蓉诚审字〔2025〕第0326号），载明申请人2024年末净资产为2168.45万元。2025年4月18日，被申请人为申请人办理了备案，颁发《企业境外投资证书》（境外投资证第N5100202500417号）。")
    body("2025年7月，被申请人在“双随机、一公开”抽查中发现上述审计报告存在疑点。四川蓉诚会计师事务所有限公司于2025年7月28日书面复函，确认未出具过该审计报告。税务部门提供的申请人2024年度财务报表显示，申请人2024年末净资产为-312.67万元。")
    body("2025年9月5日，被申请人向申请人送达《撤销境外投资备案事先告知书》，申请人于2025年9月12日提交书面陈述申辩材料。2025年10月9日，被申请人作出《关于撤销成都锦程瑞达机电设备有限公司境外投资备案的决定》，撤销申请人上述境外投资备案，收回《企业境外投资证书》，并给予警告，于2025年10月11日送达申请人。")
    body("另查明，截至2025年10月9日，申请人已通过银行向境外企业汇出投资款120万美元。")
    body("本机关认为：根据《境外投资管理办法》第九条、第三十二条的规定，被申请人作为省级商务主管部门，负责本省地方企业境外投资的备案管理，对以提供虚假材料等不正当手段取得的备案，有权依法予以撤销。")
    body("一、申请人提交的《2024年度审计报告》经署名出具机构书面确认系虚假材料，被申请人认定申请人以提供虚假材料的不正当手段办理备案，事实清楚，证据确凿。申请人依法应当对申报材料的真实性负责，其以代理机构提供材料为由主张不知情，不能成为免责事由。")
    body("二、被申请人的处理在《境外投资管理办法》第三十二条规定的范围之内。申请人所涉损失系因其自身提供虚假材料所致，不属于应予保护的信赖利益，其关于违反比例原则的主张，本机关不予支持。")
    body("三、撤销备案系对以不正当手段取得的备案予以纠正，警告亦不属于《中华人民共和国行政处罚法》第六十三条规定的应当告知听证权利的情形。被申请人已听取申请人的陈述和申辩，程序合法。")
    body("综上，被申请人作出的《关于撤销成都锦程瑞达机电设备有限公司境外投资备案的决定》认定事实清楚，证据确凿，适用依据正确，程序合法，内容适当。根据《中华人民共和国行政复议法》第六十八条的规定，本机关决定如下：")
    body("维持被申请人作出的《关于撤销成都锦程瑞达机电设备有限公司境外投资备案的决定》（川商务外经〔2025〕211号）。")
    body("申请人如不服本决定，可以自收到本决定书之日起十五日内，依法向人民法院提起行政诉讼。")
    empty(doc, 2)
    add_par(doc, " " * 44 + "四川省人民政府", indent=False)
    add_par(doc, " " * 44 + "2026年1月22日", indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="四川省人民政府行政复议决定书",
                     doc_number="川府行复〔2025〕第1187号",
                     issuer=["四川省人民政府"],
                     date="2026-01-22",
                     level="provincial",
                     region="四川省",
                     doc_type="行政复议决定书"),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_ningbo(), doc_xiamen(), doc_sichuan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
