# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 816: 营商环境投诉受理告知书 / 处理结果反馈函 — Word + PDF + expected.json."""
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
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT

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
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
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
    fp.alignment = C
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


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def data_table(doc, header, rows, clauses, widths=None, body_align=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = C
            if body_align and body_align[ci] is not None:
                al = body_align[ci]
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=al)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        t.autofit = False
        for ci, w in enumerate(widths):
            t.columns[ci].width = Cm(w)
        for row in t.rows:
            for ci, w in enumerate(widths):
                row.cells[ci].width = Cm(w)
    return t


def banji(doc, cc, printer, date_txt, sep="\t", gap=2, ind=14):
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), (sep, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    p2.paragraph_format.left_indent = Pt(ind)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_816", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


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


# =================================================================== DOC A  厦门 受理告知书
def doc_xiamen():
    stem = "blind816_xiamen_shouli"
    doc = Document()
    setup(doc)
    clauses = []

    # red organ mark without 文件, single red rule under it
    p = add_par(doc, [("厦门市优化营商环境工作领导小组办公室", XBS, 22, False, RED)],
                align=C, indent=False, line=40, before=6)
    border(p, "bottom", "FF0000", 18, 10)
    empty(doc, 1)
    add_par(doc, [("营商环境投诉受理告知书", XBS, 22, False)], align=C, indent=False, line=36)
    # 文号 pushed right with typed half-width spaces
    add_par(doc, " " * 40 + "厦营商办投受〔2026〕第17号", indent=False)
    empty(doc, 1)
    add_par(doc, "厦门鹭岛恒信精密机械有限公司：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        p = add_par(doc, [(IND + t, HT, 16, False)], indent=False)
        p.paragraph_format.keep_with_next = True

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)], indent=False)

    body("你公司于2026年3月9日通过厦门市营商环境投诉举报平台提交的投诉材料收悉。经审查，该投诉事项符合《厦门经济特区优化营商环境条例》和《厦门市营商环境投诉处理办法》规定的受理条件，本办决定予以受理。现将有关事项告知如下：")
    head("一、投诉基本信息")
    body("投诉编号:XMYS-20260309-0428")
    body("投 诉 人：厦门鹭岛恒信精密机械有限公司（统一社会信用代码：91350211MA8TK2Q57X）")
    body("联 系 人：林志鹏    联系电话：138****6625")
    body("被投诉单位：厦门市集美区杏林街道办事处、厦门市集美区建设局")
    body("受理日期：2026年3月12日")
    head("二、投诉事项")
    data_table(doc, ["序号", "投诉事项", "涉及单位", "投诉人诉求"], [
        ["1", "企业厂房所在的杏林湾路东侧园区配套道路施工已逾10个月未完工，大型货车无法通行，影响原材料运入和产品出货",
         "厦门市集美区建设局", "明确道路完工时限，施工期间设置临时通道"],
        ["2", "企业于2025年11月申请的厂区用电增容事项，街道办事处以“需统一协调”为由至今未予答复",
         "厦门市集美区杏林街道办事处", "尽快协调供电部门完成增容接入"],
        ["3", "园区管理方在未书面告知的情况下上调物业服务费，企业多次反映未获回应",
         "厦门市集美区杏林街道办事处", "核查收费依据，依法依规处理"],
    ], clauses, widths=[1.3, 7.2, 3.6, 3.5], body_align=[None, L, None, L])
    note = "注：上述投诉事项以投诉人提交的书面材料为准，本办仅对是否符合受理条件进行形式审查。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    runin("三、办理程序和时限。", "本办将于受理之日起3个工作日内，将投诉事项转交集美区人民政府督促相关单位办理。承办单位应当自收到转办件之日起15个工作日内办结并向你公司反馈处理结果；情况复杂的，经本办同意可以延长办理期限，延长期限最长不超过15个工作日，并书面告知你公司延期理由。")
    head("四、投诉人的权利和义务")
    body("1.你公司有权了解投诉办理进度，可登录厦门市营商环境投诉举报平台或者拨打12345热线查询。")
    body("2.你公司有权要求与投诉事项有直接利害关系的工作人员回避。")
    body("3.你公司应当如实反映情况，提供的材料应当真实、完整，不得捏造、歪曲事实，不得诬告、陷害他人。")
    body("4.在投诉办理期间，你公司可以书面申请撤回投诉；撤回后以同一事实和理由再次投诉的，本办不再受理。")
    head("五、申请复核的权利告知")
    body("你公司对承办单位作出的处理结果有异议的，可以自收到处理结果之日起10个工作日内，向本办提出书面复核申请，并说明理由、提供相关证据材料。本办自收到复核申请之日起15个工作日内作出复核决定并书面答复。同一投诉事项只复核一次，复核决定为最终处理意见。")
    body("投诉事项涉及行政许可、行政处罚等具体行政行为的，你公司依法享有申请行政复议或者提起行政诉讼的权利，不受本告知书所述复核程序的影响。")
    body("联系人：陈雅琴；联系电话：0592-2896213；通讯地址：厦门市思明区湖滨北路61号，邮编361012。")
    add_par(doc, IND + "特此告知。", indent=False)
    empty(doc, 1)
    # 落款 with left tab stops (clerk aligned with Tab)
    for t in ("厦门市优化营商环境工作领导小组办公室", "\t二〇二六年三月十二日"):
        p = add_par(doc, "\t" + t, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(4.6), 0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(7.4), 0)
    banji(doc, "抄送：集美区人民政府，集美区杏林街道办事处，集美区建设局。",
          "厦门市优化营商环境工作领导小组办公室", "2026年3月12日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="营商环境投诉受理告知书",
                     doc_number="厦营商办投受〔2026〕第17号",
                     issuer=["厦门市优化营商环境工作领导小组办公室"],
                     date="2026-03-12", level="municipal", region="厦门市",
                     doc_type="告知书", recipients=["厦门鹭岛恒信精密机械有限公司"]),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B  大连 反馈函
def doc_dalian():
    stem = "blind816_dalian_fankuihan"
    doc = Document()
    setup(doc)
    clauses = []

    # 信函格式: organ name, red double rule, 文号 under the rule on the right
    p = add_par(doc, [("大连市营商环境建设局", XBS, 36, False, RED)],
                align=C, indent=False, line=52)
    border(p, "bottom", "FF0000", 24, 8, val="thickThinSmallGap")
    p = add_par(doc, "大营商函〔2026〕47号", indent=False, align=R, before=6)
    p.paragraph_format.right_indent = Pt(16)
    empty(doc, 1)
    # title: three lines broken at odd places with Shift+Enter
    p = doc.add_paragraph()
    for i, t in enumerate(["大连市营商环境建设局关于营商环境投诉件",
                           "（投诉编号：DL2026-0413-086）处理结果",
                           "的反馈函"]):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(t), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "大连海澜冷链物流有限公司：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)])
        p.paragraph_format.keep_with_next = True

    def runin(h, t, hf=KT, bold=True):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("你公司于2026年4月13日通过大连市营商环境投诉平台反映的中国（辽宁）自由贸易试验区大连片区管理委员会拖延兑现冷链物流项目扶持资金问题（投诉编号：DL2026-0413-086），我局已于2026年4月15日受理，并依据《辽宁省优化营商环境条例》《大连市营商环境投诉处理工作规程》，转交中国（辽宁）自由贸易试验区大连片区管理委员会（以下简称大连片区管委会）调查处理。经调查核实，现将处理结果反馈如下：")
    head("一、投诉事项")
    body("你公司反映，你公司投资建设的大窑湾保税港区冷链物流仓储项目于2025年6月通过竣工验收，并于2025年8月按照《大连片区支持现代物流业高质量发展若干政策措施》申报固定资产投资补助和冷库设备购置补贴，合计申报金额1386.5万元。截至投诉之日，大连片区管委会仅拨付资金420万元，剩余资金长期未兑现，经多次询问未获明确答复，影响企业资金周转。")
    head("二、调查核实情况")
    body("大连片区管委会收到转办件后，由分管负责同志牵头，组织经济发展局、财政局、企业服务中心成立专项核查组，调阅项目申报、审核和资金拨付全部档案，并于2026年4月22日赴你公司现场核查。经核查：")
    runin("（一）关于申报和审核情况。", "你公司申报的两类补助均符合政策规定的支持方向。经第三方审计机构审核，核定补助金额合计1214.8万元，核减171.7万元，主要原因是部分设备购置发票开具时间早于项目备案时间，以及部分附属工程不属于补助范围。")
    runin("（二）关于资金拨付情况。", "2025年12月，大连片区管委会拨付首期资金420万元。剩余794.8万元因片区年度预算调整，未能按政策规定的“审核通过后60个工作日内拨付”时限兑现，且经济发展局未按规定向你公司书面说明延期原因，存在政策兑现不及时、沟通解释不到位的问题。")
    runin("（三）关于“多次询问未获答复”问题。", "经查阅企业服务中心来电记录，你公司于2026年1月至3月先后4次电话咨询，工作人员均以“正在走程序”答复，未明确告知办理进度和预计拨付时间，投诉反映情况基本属实。")
    body("综上，你公司投诉事项基本属实，我局认定该投诉为有效投诉。")
    head("三、处理意见")
    body("（一）大连片区管委会已于2026年5月15日向你公司拨付剩余补助资金794.8万元，你公司应享受的补助资金已全部兑现（明细见附件1）。")
    body("（二）责成大连片区管委会经济发展局向你公司作出书面说明并致歉，对相关责任人员进行约谈提醒，并在片区范围内通报。")
    body("（三）督促大连片区管委会建立惠企政策资金兑现台账和超期预警机制，自2026年6月起按月向我局报送政策资金兑现进度，对审核通过的资金严格在规定时限内拨付到位。")
    body("（四）将该投诉事项纳入2026年度全市营商环境考核评价，对大连片区管委会相应扣分。")
    head("四、申请复核的权利")
    body("你公司如对本处理结果有异议，可自收到本函之日起15个工作日内，向大连市优化营商环境工作领导小组办公室（设在我局）书面申请复核，并提交复核申请书及相关证明材料。复核以一次为限。逾期未申请复核的，视为接受本处理结果。")
    body("对于补助金额核减事项，你公司如认为核定结果侵犯你公司合法权益，也可以依法申请行政复议或者提起行政诉讼。")
    runin("五、满意度评价。", "请你公司收到本函后5个工作日内，对本次投诉处理情况进行评价，填写《营商环境投诉处理满意度评价表》（附件2）并反馈我局。", HT, False)
    body("联系人：孙浩然；联系电话：0411-39827561。")
    add_par(doc, "特此函告。")
    empty(doc, 1)
    add_par(doc, "附件：1．冷链物流项目扶持资金兑现明细表", indent=True)
    add_par(doc, "      2．营商环境投诉处理满意度评价表", indent=True)
    empty(doc, 3)
    for t in ("大连市营商环境建设局", "2026年5月20日"):
        p = add_par(doc, t, indent=False, align=R)
        p.paragraph_format.right_indent = Pt(64 if t.endswith("局") else 72)
    add_par(doc, "（此件依申请公开）")

    # ---- 附件1
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("冷链物流项目扶持资金兑现明细表", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("单位：万元", FS, 14, False)], align=R, indent=False, line=24)
    t = doc.add_table(rows=5, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0 = t.rows[0].cells
    h1 = t.rows[1].cells
    for ci, txt in ((0, "序号"), (1, "补助项目"), (5, "备注")):
        m = h0[ci].merge(h1[ci])
        set_cell(m, txt, HT, 12)
    m = h0[2].merge(h0[4])
    set_cell(m, "资金情况", HT, 12)
    for ci, txt in ((2, "申报金额"), (3, "核定金额"), (4, "已拨付")):
        set_cell(t.rows[1].cells[ci], txt, HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdr = ["序号", "补助项目", "资金情况／申报金额", "资金情况／核定金额", "资金情况／已拨付", "备注"]
    rows = [
        ["1", "固定资产投资补助", "1046.0", "912.3", "912.3",
         "2025年12月拨付300万元，2026年5月15日拨付612.3万元"],
        ["2", "冷库设备购置补贴", "340.5", "302.5", "302.5",
         "2025年12月拨付120万元，2026年5月15日拨付182.5万元"],
        ["合计", "共2项", "1386.5", "1214.8", "1214.8", "—"],
    ]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci == 5 else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    t.autofit = False
    for ci, w in enumerate([1.3, 3.4, 2.2, 2.2, 2.2, 4.3]):
        t.columns[ci].width = Cm(w)
    for row in t.rows:
        for ci, w in enumerate([1.3, 3.4, 2.2, 2.2, 2.2, 4.3]):
            row.cells[ci].width = Cm(w)
    note = "注：核减金额171.7万元，其中固定资产投资补助核减133.7万元，冷库设备购置补贴核减38.0万元，核减依据为大连中瑞华会计师事务所出具的专项审核报告（中瑞华专审〔2026〕第0219号）。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    # ---- 附件2
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("营商环境投诉处理满意度评价表", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("投诉编号：DL2026-0413-086", FS, 14, False)], indent=False, line=24)
    clauses.append("投诉编号：DL2026-0413-086")
    data_table(doc, ["序号", "评价项目", "满意", "基本满意", "不满意"], [
        ["1", "投诉受理及时性", "□", "□", "□"],
        ["2", "承办单位调查核实情况", "□", "□", "□"],
        ["3", "处理结果", "□", "□", "□"],
        ["4", "工作人员服务态度", "□", "□", "□"],
        ["5", "总体评价", "□", "□", "□"],
    ], clauses, widths=[1.3, 6.5, 2.6, 2.6, 2.6])
    empty(doc, 1)
    for t_ in ("其他意见和建议：", "投诉人（盖章）：", "填表日期：\u3000\u3000年\u3000\u3000月\u3000\u3000日"):
        clauses.append(t_)
        add_par(doc, [(t_, FS, 14, False)], indent=False, line=30)
        if t_.startswith("其他"):
            empty(doc, 2)

    banji(doc, "抄送：大连市人民政府办公室，中国（辽宁）自由贸易试验区大连片区管理委员会。",
          "大连市营商环境建设局办公室", "2026年5月20日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="大连市营商环境建设局关于营商环境投诉件（投诉编号：DL2026-0413-086）处理结果的反馈函",
                     doc_number="大营商函〔2026〕47号",
                     issuer=["大连市营商环境建设局"],
                     date="2026-05-20", level="municipal", region="大连市",
                     attachments=["冷链物流项目扶持资金兑现明细表", "营商环境投诉处理满意度评价表"],
                     doc_type="函", recipients=["大连海澜冷链物流有限公司"],
                     publicity="此件依申请公开"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C  霍尔果斯 两份告知书
def doc_horgos():
    stem = "blind816_horgos_gaozhi"
    doc = Document()
    setup(doc)
    ORG = "霍尔果斯市优化营商环境工作领导小组办公室"

    # ---------------- C1: 受理告知书 (no red header, title on two lines)
    c1 = []
    add_par(doc, [("霍尔果斯市营商环境投诉", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("受理告知书", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("霍营商办投受〔2026〕3号", FS, 16, False)], align=C, indent=False, line=26)
    add_par(doc, "新疆驼铃国际供应链管理有限公司：", indent=False, line=26)
    info = ["投诉编号：HRGS-TS-2026-0011",
            "投诉人：新疆驼铃国际供应链管理有限公司",
            "被投诉单位：霍尔果斯市自然资源局",
            "投诉事项：企业位于霍尔果斯综合保税区的跨境电商分拨仓库项目申请不动产首次登记，超过承诺时限仍未办结"]
    p = doc.add_paragraph()
    for i, t in enumerate(info):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(IND + t), FS, 16)
    fmt(p, indent=False, line=26)
    c1.extend(info)
    for t in [
        "你公司于2026年1月5日通过“新疆政务服务”平台营商环境投诉专区提交的投诉收悉。经审查，你公司的投诉事项属于《新疆维吾尔自治区优化营商环境条例》规定的受理范围，本办决定自2026年1月7日起予以受理，并转交霍尔果斯市自然资源局办理。",
        "承办单位将在15个工作日内向你公司反馈处理结果。办理期间，你公司可以通过投诉专区或者拨打0999-8799321查询办理进度。你公司对处理结果不满意的，可以依照有关规定申请复核。",
    ]:
        c1.append(t)
        add_par(doc, IND + t, indent=False, line=26)
    add_par(doc, IND + "特此告知。", indent=False, line=26)
    empty(doc, 1, line=26)
    add_par(doc, " " * 22 + ORG, indent=False, line=26)
    add_par(doc, " " * 42 + "2026年1月7日", indent=False, line=26)

    # ---------------- C2: 处理结果告知书 (red header, auto numbering)
    c2 = []
    page_break(doc)
    n_head = make_numbering(doc, "%1、")
    n_item = make_numbering(doc, "（%1）")
    p = add_par(doc, [(ORG, XBS, 22, False, RED)], align=C, indent=False, line=40)
    empty(doc, 1)
    p = add_par(doc, "霍营商办函〔2026〕9号", indent=False, align=C)
    border(p, "bottom", "FF0000", 18, 12)
    empty(doc, 1)
    for t in ("霍尔果斯市优化营商环境工作领导小组办公室",
              "关于投诉件HRGS-TS-2026-0011处理",
              "结果的告知书"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "新疆驼铃国际供应链管理有限公司：", indent=False)

    def body(t):
        c2.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        p.paragraph_format.keep_with_next = True
        apply_num(p, n_head)

    items = [0]

    def item(t):
        items[0] += 1
        c2.append("（%s）%s" % (CN[items[0] - 1], t))
        p = add_par(doc, t, first=Pt(32))
        apply_num(p, n_item)

    body("你公司反映的霍尔果斯综合保税区跨境电商分拨仓库项目不动产首次登记超时未办结问题（投诉编号：HRGS-TS-2026-0011），本办于2026年1月7日受理后，转交霍尔果斯市自然资源局办理。霍尔果斯市自然资源局已于2026年1月28日报送办理结果，本办进行了核查。现将处理结果告知如下：")
    head("核查情况")
    body("经核查，你公司于2025年11月18日提交不动产首次登记申请，按照我市“不动产登记5个工作日办结”的承诺，应于2025年11月25日前办结。因该项目宗地的规划核实意见未及时推送至不动产登记平台，登记窗口又未一次性告知需补正事项，致使截至投诉时已历时33个工作日仍未办结，投诉反映问题属实。")
    head("处理情况")
    item("霍尔果斯市自然资源局已于2026年1月16日为你公司办结不动产首次登记，核发不动产权证书（新（2026）霍尔果斯市不动产权第0000187号）。")
    item("霍尔果斯市自然资源局已向你公司当面说明情况并致歉，对负有责任的登记窗口工作人员进行批评教育，并在全局范围内通报。")
    item("霍尔果斯市自然资源局会同市住房和城乡建设局打通规划核实、竣工验收与不动产登记信息共享通道，自2026年2月1日起实行“验收即登记”，并落实一次性告知、超时默认办理制度。")
    head("整改落实情况")
    data_table(doc, ["序号", "整改事项", "责任单位", "完成时限", "完成情况"], [
        ["1", "完成投诉项目不动产首次登记", "市自然资源局", "2026年1月20日前", "已完成"],
        ["2", "建立规划核实信息自动推送机制", "市自然资源局、市住房和城乡建设局", "2026年2月1日前", "已完成"],
        ["3", "开展不动产登记超时件专项排查", "市自然资源局", "2026年3月31日前", "正在推进"],
    ], c2, widths=[1.3, 5.6, 4.0, 2.9, 2.0], body_align=[None, L, None, None, None])
    head("复核权利告知")
    body("你公司如对上述处理结果有异议，可以自收到本告知书之日起10个工作日内，向本办书面申请复核。本办将自收到复核申请之日起10个工作日内作出复核意见并告知你公司。你公司也可以依法向伊犁哈萨克自治州优化营商环境工作领导小组办公室反映。")
    body("本办将于近期对你公司进行电话回访，请予以配合。")
    empty(doc, 2)
    add_par(doc, " " * 22 + ORG, indent=False)
    add_par(doc, " " * 42 + "2026年2月10日", indent=False)
    banji(doc, "抄送：伊犁哈萨克自治州优化营商环境工作领导小组办公室，中国（新疆）自由贸易试验区霍尔果斯片区管理委员会，霍尔果斯市自然资源局。",
          ORG, "2026年2月10日印发", sep=" ", ind=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [
        {"meta": meta(title="霍尔果斯市营商环境投诉受理告知书",
                      doc_number="霍营商办投受〔2026〕3号", issuer=[ORG],
                      date="2026-01-07", level="county", region="霍尔果斯市",
                      doc_type="告知书", recipients=["新疆驼铃国际供应链管理有限公司"]),
         "clauses": c1},
        {"meta": meta(title="霍尔果斯市优化营商环境工作领导小组办公室关于投诉件HRGS-TS-2026-0011处理结果的告知书",
                      doc_number="霍营商办函〔2026〕9号", issuer=[ORG],
                      date="2026-02-10", level="county", region="霍尔果斯市",
                      doc_type="告知书", recipients=["新疆驼铃国际供应链管理有限公司"]),
         "clauses": c2},
    ]
    return path


def main():
    paths = [doc_xiamen(), doc_dalian(), doc_horgos()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
