# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 848: 人大常委会执法检查报告（自由贸易试验区条例实施情况）, Word + PDF + expected.json."""
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
CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT


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


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None, size=16):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(2 * size)
    return p


def add_par(doc, runs, size=16, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, size, False)]
    for r in runs:
        text, name, sz, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, sz, bold, color)
    fmt(p, size=size, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def page_field(fp, size=14):
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r5 = fp.add_run()
    font(r5, SONG, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer_style="dash", body_size=16):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(body_size)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    fp = s.footer.paragraphs[0]
    fp.alignment = CENTER
    if footer_style == "dash":
        font(fp.add_run("— "), SONG, 14)
        page_field(fp, 14)
        font(fp.add_run(" —"), SONG, 14)
    else:  # 公报: plain "·3·" style
        font(fp.add_run("·"), SONG, 10.5)
        page_field(fp, 10.5)
        font(fp.add_run("·"), SONG, 10.5)
    return s


def set_cell(cell, text, name=FS, size=12, bold=False, align=CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for tc, w in zip(row._tr.tc_lst, widths_cm):
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            span = tcpr.find(qn("w:gridSpan"))
            n = int(span.get(qn("w:val"))) if span is not None else 1
            tcw.set(qn("w:w"), str(int(Cm(w).twips) * n))
            tcw.set(qn("w:type"), "dxa")


def banji(doc, cc, printer, date_txt, size=14):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, size, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(size)
    p.paragraph_format.right_indent = Pt(size)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, size, False), ("\t", FS, size, False),
                       (date_txt, FS, size, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(size)
    p2.paragraph_format.right_indent = Pt(size)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_848", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting, "（%1）") --------------------
_next_abs = [700]


def make_numbering(doc, lvl_text, first=640):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:b/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text, first, KT, KT, KT))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numx = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                     % (nsdecls("w"), nid, aid))
    numbering.append(numx)
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), nid))
    ppr.insert(0, numpr)


CN = "一二三四五六七八九十"

expected = {}


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None,
            "published": None, "level": None, "region": None, "effective": None,
            "expires": None, "attachments": [], "doc_type": None, "recipients": [],
            "publicity": None, "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
# 湖南：常委会会议文件（讲话体报告，无红头、无文号、无落款）
def doc_hunan():
    stem = "blind848_hunan_huiyi"
    doc = Document()
    setup(doc)
    clauses = []

    # 会议文件标识，左上角，两行用软回车
    p = doc.add_paragraph()
    font(p.add_run("湖南省第十四届人民代表大会"), HT, 14)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("常务委员会第二十次会议文件（17）"), HT, 14)
    fmt(p, indent=False, line=22)
    empty(doc, 1)
    # 标题三行，断行位置随意
    for t in ("湖南省人民代表大会常务委员会",
              "执法检查组关于检查《中国（湖南）",
              "自由贸易试验区条例》实施情况的报告"):
        add_par(doc, [(t, XBS, 22, False)], align=CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, [("——2025年11月25日在湖南省第十四届人民代表大会", KT, 16, False)],
            align=CENTER, indent=False)
    add_par(doc, [("常务委员会第二十次会议上", KT, 16, False)], align=CENTER, indent=False)
    add_par(doc, [("湖南省人大常委会副主任　周振宇", KT, 16, False)], align=CENTER,
            indent=False)
    empty(doc, 1)
    add_par(doc, "主任、各位副主任、秘书长、各位委员：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("受省人大常委会主任会议委托，我代表执法检查组报告《中国（湖南）自由贸易试验区条例》（以下简称条例）实施情况检查的有关情况，请予审议。")
    head("一、执法检查的基本情况")
    body("根据省人大常委会2025年度监督工作计划，常委会于2025年6月至9月组织开展条例执法检查。检查组由常委会副主任周振宇任组长，常委会财政经济委员会组成人员、部分省人大代表和专家学者共21人参加。")
    # two paragraphs typed with Shift+Enter inside one w:p
    t1 = "一是听取汇报。检查组听取了省人民政府及省商务厅（省自贸办）、省发展改革委、省司法厅、长沙海关等14个部门和单位的工作汇报。"
    t2 = "二是实地检查。7月至8月，检查组分三个小组赴长沙、岳阳、郴州三个片区，深入企业、园区、口岸和政务服务中心48个点位实地察看，召开座谈会9场，听取市场主体和基层工作人员意见建议。"
    p = doc.add_paragraph()
    font(p.add_run(t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000\u3000" + t2), FS, 16)
    fmt(p)
    clauses.extend([t1, t2])
    body("三是上下联动。委托常德、衡阳、湘潭3个市人大常委会对本行政区域内自贸试验区协同联动区条例实施情况开展检查。")
    head("二、条例实施取得的主要成效")
    body("条例施行以来，省人民政府及有关部门认真履行法定职责，推动条例各项规定落地见效，自贸试验区建设取得积极进展。")
    runin("（一）配套制度逐步健全。", "省人民政府出台条例配套文件12件，向三个片区下放省级经济社会管理权限133项，各片区全面推行“一枚印章管审批”改革。省司法厅建立自贸试验区改革事项合法性审查“绿色通道”，2024年以来审查改革事项41件。")
    runin("（二）制度创新成果丰硕。", "截至2025年6月底，三个片区累计形成制度创新成果127项，其中“湘非易货贸易”“中非跨境人民币结算”等9项在全国复制推广，36项在全省复制推广。")
    runin("（三）开放平台功能持续增强。", "依托中国—非洲经贸博览会，对非经贸合作走深走实；中欧班列（长沙）2024年开行1102列，岳阳城陵矶港至东盟近洋航线实现周班化运行。2024年，自贸试验区实现进出口总额2468.3亿元，以不到全省千分之一的面积贡献了全省32.6%的进出口额。各片区主要指标如下：")

    # ---- table with two-level merged header
    add_par(doc, [("表1　三个片区主要指标情况（2024年）", HT, 14, False)], align=CENTER,
            indent=False, line=24, before=6)
    add_par(doc, [("金额单位：亿元", FS, 12, False)], align=RIGHT, indent=False, line=20)
    rows = [
        ["长沙片区", "1523.6", "12.4", "8632", "68"],
        ["岳阳片区", "571.2", "18.7", "2105", "31"],
        ["郴州片区", "373.5", "9.3", "1367", "28"],
        ["合计", "2468.3", "13.5", "12104", "127"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    col_widths(t, [3.0, 2.6, 3.2, 3.2, 3.4])
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(c, "片区", HT, 12)
    c = t.cell(0, 1).merge(t.cell(0, 2))
    set_cell(c, "进出口总额", HT, 12)
    set_cell(t.cell(1, 1), "金额", HT, 12)
    set_cell(t.cell(1, 2), "同比增长（%）", HT, 12)
    c = t.cell(0, 3).merge(t.cell(1, 3))
    set_cell(c, "新设企业（家）", HT, 12)
    c = t.cell(0, 4).merge(t.cell(1, 4))
    set_cell(c, "制度创新成果（项）", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdr = ["片区", "进出口总额／金额", "进出口总额／同比增长（%）", "新设企业（家）",
           "制度创新成果（项）"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, HT if row[0] == "合计" else FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    note = "注：制度创新成果为2020年9月挂牌以来累计数，截至2025年6月底。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=3)
    clauses.append(note)

    runin("（四）营商环境持续优化。", "三个片区全面实施外商投资准入前国民待遇加负面清单管理制度，推行“证照分离”改革全覆盖，企业开办时间压缩至1个工作日以内。长沙海关在片区推行“两步申报”“提前申报”等便利化措施，进口、出口整体通关时间较2020年分别压缩61.2%和78.5%。")
    head("三、存在的主要问题")
    runin("（一）部分配套制度落实不到位。", "条例第十四条关于改革创新容错免责的规定缺乏具体操作办法，基层干部“不敢试、不愿试”的顾虑仍然存在。下放权限存在“放而不接”“接而不用”问题，133项省级权限中2024年实际办件量为零的有29项。")
    runin("（二）制度创新系统集成不够。", "现有创新成果中，单一环节、单一部门的“点状”创新占比较高，跨部门、跨领域的集成性创新偏少。")
    runin("（三）法治保障和评估机制有待加强。", "条例规定的自贸试验区建设评估制度尚未常态化运行，部分改革事项缺乏相应法律依据，地方立法对改革的引领和推动作用发挥还不够充分。")
    head("四、意见和建议")
    runin("（一）加快完善配套制度。", "省人民政府要对照条例规定全面梳理配套制度制定情况，2026年6月底前出台改革创新容错免责具体办法；建立下放权限动态评估调整机制，对承接不了、使用率低的权限及时调整。")
    runin("（二）着力提升制度创新能级。", "聚焦对非经贸合作、内陆临空临港经济、先进制造业等特色领域，开展首创性、差异化、集成化改革探索，积极争取国家层面授权开展更多压力测试。")
    runin("（三）加强法治保障。", "常委会将适时开展条例立法后评估，根据改革需要推动条例修改完善；各级人民政府要依法定期向同级人大常委会报告自贸试验区建设情况，主动接受监督。")
    add_par(doc, "以上报告，请审议。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="湖南省人民代表大会常务委员会执法检查组关于检查《中国（湖南）自由贸易试验区条例》实施情况的报告",
            doc_number=None,
            issuer=["湖南省人民代表大会常务委员会执法检查组"],
            date="2025-11-25",
            level="provincial",
            region="湖南省",
            doc_type="报告",
            recipients=[],
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 厦门：常委会公报排印的两件文件（执法检查报告 + 审议意见）
def doc_xiamen():
    stem = "blind848_xiamen_gongbao"
    doc = Document()
    S = 14  # 公报正文用四号仿宋
    L = 23
    s = setup(doc, footer_style="gongbao", body_size=S)
    # 公报页眉：刊名 + 期数，用制表位对齐，下加细线
    hp = s.header.paragraphs[0]
    font(hp.add_run("厦门市人民代表大会常务委员会公报"), SONG, 10.5)
    font(hp.add_run("\t\t"), SONG, 10.5)
    font(hp.add_run("2026年第4期"), SONG, 10.5)
    border(hp, "bottom", "000000", 6, 1)

    SP = "    "  # 4 half-width spaces typed instead of first-line indent

    def body(t, cl):
        cl.append(t)
        add_par(doc, [(SP + t, FS, S, False)], size=S, indent=False, line=L)

    def head(t):
        add_par(doc, [(SP + t, HT, S, False)], size=S, indent=False, line=L)

    def runin(h, t, cl, hf=KT):
        cl.append(h + t)
        add_par(doc, [(SP, FS, S, False), (h, hf, S, hf == KT), (t, FS, S, False)],
                size=S, indent=False, line=L)

    def luokuan(org, date):
        for txt in (org, date):
            p = add_par(doc, [("\t" + txt, FS, S, False)], size=S, indent=False, line=L)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(14.6), 2)  # right tab

    # ---------------- document 1: 执法检查组报告
    c1 = []
    p = doc.add_paragraph()
    font(p.add_run("厦门市人大常委会执法检查组关于检查"), XBS, 18)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("《中国（福建）自由贸易试验区条例》"), XBS, 18)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("在我市实施情况的报告"), XBS, 18)
    fmt(p, align=CENTER, indent=False, line=30, before=6, after=12)
    add_par(doc, "市人大常委会：", size=S, indent=False, line=L)
    body("根据市人大常委会2026年度监督工作计划,市人大常委会组成执法检查组,于2026年3月至4月对《中国（福建）自由贸易试验区条例》(以下简称条例)在我市实施情况开展了执法检查。现将有关情况报告如下：", c1)
    head("一、条例实施的主要成效")
    body("中国（福建）自由贸易试验区厦门片区（以下简称厦门片区）实施范围43.78平方公里，涵盖两岸贸易中心核心区和东南国际航运中心海沧港区。条例施行以来，市人民政府及有关部门认真贯彻条例，厦门片区建设取得明显成效。", c1)
    runin("1.对台先行先试成效明显。", "厦门片区累计推出对台创新举措118项，台资企业在片区内享受与大陆企业同等待遇，2025年片区新设台资企业487家，同比增长15.4%。", c1)
    runin("2.国际航运枢纽功能增强。", "厦门港2025年集装箱吞吐量达1296万标箱，开通“丝路海运”命名航线128条，中欧（厦门）班列全年开行386列，海铁联运量同比增长23.6%。", c1)
    runin("3.法治化营商环境持续优化。", "市人民政府出台条例配套规范性文件9件，设立厦门国际商事法庭和厦门片区知识产权保护中心，2025年以诉讼、仲裁、调解等方式化解涉外商事纠纷1362件。", c1)
    head("二、配套制度制定情况")
    body("条例规定由市人民政府及有关部门制定的配套制度共5项，目前已出台3项，具体情况如下：", c1)
    add_par(doc, [("厦门片区条例配套制度制定情况表", HT, 12, False)], size=12, align=CENTER,
            indent=False, line=20, before=4, after=2)
    hdr = ["序号", "条例条款", "配套制度", "制定情况"]
    rows = [
        ["1", "第十二条", "厦门片区管理机构权责清单", "已出台"],
        ["2", "第二十一条", "两岸货物通关便利化实施细则", "已出台"],
        ["3", "第二十九条", "跨境数据流动安全管理办法", "正在起草"],
        ["4", "第三十五条", "改革创新容错免责实施办法", "已出台"],
        ["5", "第四十三条", "自贸试验区建设评估办法", "尚未启动"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 10.5)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=LEFT if ci == 2 else CENTER)
        c1.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    col_widths(t, [1.4, 2.8, 7.6, 3.0])
    empty(doc, 1, line=10)
    head("三、存在的问题")
    runin("(1)对台融合发展深度不够。", "台胞台企在片区内办理业务仍存在“同等待遇”落地“最后一公里”问题，两岸标准共通、资格互认的领域偏窄。", c1, hf=FS)
    runin("(2)配套制度出台滞后。", "条例规定的跨境数据流动安全管理办法、建设评估办法等尚未出台，条例第四十三条规定的年度评估未能按期开展。", c1, hf=FS)
    runin("(3)航运服务能级不高。", "航运金融、海事仲裁、船舶交易等高端航运服务业态集聚度不高，国际中转集拼业务规模偏小。", c1, hf=FS)
    head("四、意见建议")
    body("一要加快配套制度建设，2026年底前出台跨境数据流动安全管理办法和建设评估办法；二要深化两岸融合发展，扩大台湾地区职业资格采认范围；三要提升航运服务能级，推动“丝路海运”高质量发展，打造21世纪海上丝绸之路核心区重要枢纽。", c1)
    empty(doc, 1, line=L)
    luokuan("厦门市人大常委会执法检查组", "2026年4月20日")

    # ---------------- document 2: 审议意见
    c2 = []
    p = doc.add_paragraph()
    p.paragraph_format.page_break_before = True
    font(p.add_run("厦门市人民代表大会常务委员会关于《中国（福建）"), XBS, 18)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("自由贸易试验区条例》在我市实施情况执法检查"), XBS, 18)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("报告的审议意见"), XBS, 18)
    fmt(p, align=CENTER, indent=False, line=30, before=6, after=12)
    add_par(doc, "市人民政府：", size=S, indent=False, line=L)
    body("2026年4月28日,市十六届人大常委会第二十三次会议听取和审议了市人大常委会执法检查组关于检查《中国（福建）自由贸易试验区条例》在我市实施情况的报告。常委会组成人员充分肯定条例实施取得的成效,同时提出了以下审议意见：", c2)
    runin("一、加快完善配套制度。", "建议市人民政府对条例规定的配套制度逐项制定时间表，尽快出台跨境数据流动安全管理办法和自贸试验区建设评估办法，确保条例规定的各项制度落地。", c2, hf=HT)
    runin("二、深化对台先行先试。", "建议用足用好条例赋予的先行先试权限，推动两岸标准共通、检验检测结果互认，进一步扩大台湾地区专业人才职业资格采认范围，为台胞台企提供同等待遇。", c2, hf=HT)
    runin("三、提升国际航运枢纽能级。", "建议加大航运金融、海事法律服务等高端要素引进力度，做大国际中转集拼业务，推动“丝路海运”与中欧（厦门）班列有机衔接，更好服务共建“一带一路”。", c2, hf=HT)
    runin("四、强化法治保障和监督。", "建议健全自贸试验区改革事项合法性审查机制，定期评估条例实施效果，依法向市人大常委会报告厦门片区建设情况。", c2, hf=HT)
    body("请市人民政府对上述审议意见认真研究处理，并于2026年10月31日前将研究处理情况书面报告市人大常委会。", c2)
    empty(doc, 2, line=L)
    luokuan("厦门市人民代表大会常务委员会", "二〇二六年五月十二日")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [
        {
            "meta": meta(
                title="厦门市人大常委会执法检查组关于检查《中国（福建）自由贸易试验区条例》在我市实施情况的报告",
                issuer=["厦门市人大常委会执法检查组"],
                date="2026-04-20",
                level="municipal",
                region="厦门市",
                doc_type="报告",
                recipients=["市人大常委会"],
            ),
            "clauses": c1,
        },
        {
            "meta": meta(
                title="厦门市人民代表大会常务委员会关于《中国（福建）自由贸易试验区条例》在我市实施情况执法检查报告的审议意见",
                issuer=["厦门市人民代表大会常务委员会"],
                date="2026-05-12",
                level="municipal",
                region="厦门市",
                doc_type="审议意见",
                recipients=["市人民政府"],
            ),
            "clauses": c2,
        },
    ]
    return path


# =================================================================== DOC C
# 四川：省政府向省人大常委会报送研究处理情况的上行文（红头、签发人、附件表格）
def doc_sichuan():
    stem = "blind848_sichuan_yanjiuchuli"
    doc = Document()
    setup(doc)
    clauses = []

    # 份号 + 紧急程度
    add_par(doc, [("000086", HT, 16, False)], indent=False)
    add_par(doc, [("加急", HT, 16, False)], indent=False)
    add_par(doc, [("四川省人民政府文件", XBS, 40, False, RED)], align=CENTER, indent=False,
            line=56, before=12, after=12)
    # 文号 left, 签发人 right, tab stop
    p = add_par(doc, [("川府报〔2026〕17号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("郑立新", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for t in ("四川省人民政府关于研究处理",
              "《中国（四川）自由贸易试验区条例》执法",
              "检查报告及审议意见情况的报告"):
        add_par(doc, [(t, XBS, 22, False)], align=CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "省人大常委会：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def auto_item(nid, idx, h, t):
        # number （一）（二）… produced by Word numbering, not typed
        clauses.append("（%s）%s%s" % (CN[idx], h, t))
        p = add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])
        apply_num(p, nid)

    body("2025年11月，省十四届人大常委会第二十一次会议听取和审议了省人大常委会执法检查组关于检查《中国（四川）自由贸易试验区条例》实施情况的报告，并提出了审议意见。省政府高度重视，专题研究部署整改工作，逐条梳理形成研究处理任务清单，明确责任单位和完成时限。现将研究处理情况报告如下。")
    head("一、研究处理工作情况")
    n1 = make_numbering(doc, "（%1）")
    auto_item(n1, 0, "加强组织领导。", "省政府召开常务会议专题研究执法检查报告及审议意见，成立由分管副省长任组长的整改工作专班，将审议意见细化为5个方面8项具体任务，纳入省政府年度重点工作督查范围。")
    auto_item(n1, 1, "压实工作责任。", "省商务厅（省自贸办）牵头抓总，省发展改革委、省司法厅、成都海关等18个部门和单位按职责分工推进，三个片区逐项制定整改方案，实行清单化管理、销号式推进。")
    head("二、审议意见研究处理情况")
    n2 = make_numbering(doc, "（%1）")
    auto_item(n2, 0, "关于完善条例配套制度。", "省政府出台《中国（四川）自由贸易试验区改革创新容错免责办法》，制定自贸试验区建设评估办法，明确评估主体、内容和程序；省司法厅组织开展自贸试验区相关规范性文件专项清理，共清理规范性文件64件，修改12件、废止5件。")
    auto_item(n2, 1, "关于提升制度创新能级。", "聚焦国际物流、内陆开放型经济等重点领域开展首创性探索，2025年新形成制度创新成果42项，其中“铁路运输单证金融服务”“中欧班列集拼集运”等6项入选全国自贸试验区最佳实践案例。")
    auto_item(n2, 2, "关于发挥国际通道支撑作用。", "推动中欧班列（成渝）与西部陆海新通道班列高效衔接，2025年青白江铁路港片区开行中欧班列（成渝）2416列、西部陆海新通道班列1318列；川南临港片区泸州港开通至东盟国家的铁水联运线路，助力共建“一带一路”高质量发展。")
    auto_item(n2, 3, "关于强化片区协同联动。", "印发协同改革先行区建设方案，在省内13个市（州）设立协同改革先行区21个，2025年向先行区复制推广改革经验87项。")
    auto_item(n2, 4, "关于加强法治保障。", "支持成都国际商事法庭、天府中央法务区建设，建立涉外商事纠纷“诉讼+仲裁+调解”一站式解决机制，2025年化解涉外商事纠纷918件。")
    head("三、下一步工作打算")
    body("目前，8项任务中已完成6项，其余2项正在加快推进。下一步，省政府将持续抓好审议意见的研究处理，对未完成任务挂图作战、限时销号，确保2026年6月底前全部完成；同时配合省人大常委会做好条例立法后评估工作。")
    add_par(doc, "专此报告。")
    empty(doc, 1)
    att = "《中国（四川）自由贸易试验区条例》执法检查审议意见研究处理任务清单"
    # 附件 line with hanging indent so the wrapped part aligns after "附件："
    p = add_par(doc, "附件：" + att, indent=False)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 1)
    for txt in ("四川省人民政府", "2026年1月20日"):
        p = add_par(doc, txt, indent=False, align=RIGHT)
        p.paragraph_format.right_indent = Pt(64 if len(txt) > 8 else 72)
    add_par(doc, "（此件公开发布）")

    # ---------------- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    p = doc.add_paragraph()
    font(p.add_run("《中国（四川）自由贸易试验区条例》执法检查"), XBS, 18)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("审议意见研究处理任务清单"), XBS, 18)
    fmt(p, align=CENTER, indent=False, line=30, after=10)
    hdr = ["序号", "审议意见", "具体任务", "牵头单位", "完成情况"]
    rows = [
        ["1", "完善条例配套制度", "出台改革创新容错免责办法", "省司法厅", "已完成"],
        ["2", "完善条例配套制度", "制定自贸试验区建设评估办法", "省商务厅", "已完成"],
        ["3", "提升制度创新能级", "开展国际物流领域首创性改革探索", "省商务厅、成都海关", "已完成"],
        ["4", "提升制度创新能级", "对接国际高标准经贸规则开展压力测试", "省商务厅", "正在推进"],
        ["5", "发挥国际通道支撑作用", "推动中欧班列（成渝）与西部陆海新通道班列高效衔接", "省发展改革委", "已完成"],
        ["6", "强化片区协同联动", "建设协同改革先行区", "省商务厅", "已完成"],
        ["7", "加强法治保障", "开展自贸试验区相关规范性文件专项清理", "省司法厅", "已完成"],
        ["8", "加强法治保障", "推动建立涉外商事纠纷一站式解决平台", "省司法厅", "正在推进"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        no_split(t.rows[ri])
        for ci, v in enumerate(row):
            if ci == 1:
                continue
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=LEFT if ci == 2 else CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    # vertical merges in 审议意见 column: rows 1-2, 3-4, 7-8; single rows 5, 6
    for a, b in ((1, 2), (3, 4), (5, 5), (6, 6), (7, 8)):
        c = t.cell(a, 1) if a == b else t.cell(a, 1).merge(t.cell(b, 1))
        set_cell(c, rows[a - 1][1], FS, 12)
    col_widths(t, [1.2, 3.5, 5.5, 3.2, 2.2])
    note = "注：完成情况统计截至2026年1月15日。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    banji(doc, "抄送：省委办公厅，省政协办公厅，省高级人民法院，省人民检察院。",
          "四川省人民政府办公厅", "2026年1月21日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="四川省人民政府关于研究处理《中国（四川）自由贸易试验区条例》执法检查报告及审议意见情况的报告",
            doc_number="川府报〔2026〕17号",
            issuer=["四川省人民政府"],
            date="2026-01-20",
            level="provincial",
            region="四川省",
            attachments=[att],
            doc_type="报告",
            recipients=["省人大常委会"],
            publicity="此件公开发布",
        ),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_hunan(), doc_xiamen(), doc_sichuan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
