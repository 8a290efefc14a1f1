# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 507 blind test documents: 片区年度工作总结报告 (3 files)."""
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
RED = RGBColor(0xFF, 0x00, 0x00)
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
J = WD_ALIGN_PARAGRAPH.JUSTIFY


# ----------------------------------------------------------------- helpers
def style_run(r, font, size, bold=False, color=None):
    r.font.name = font
    rPr = r._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    rFonts.set(qn("w:eastAsia"), font)
    rFonts.set(qn("w:ascii"), font)
    rFonts.set(qn("w:hAnsi"), font)
    r.font.size = Pt(size)
    if bold:
        r.font.bold = True
    if color is not None:
        r.font.color.rgb = color


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    # footer page number  — 1 —
    fp = sec.footer.paragraphs[0]
    fp.alignment = C
    r = fp.add_run("— ")
    style_run(r, "宋体", 14)
    r = fp.add_run()
    style_run(r, "宋体", 14)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._element.append(b)
    r._element.append(it)
    r._element.append(e)
    r = fp.add_run(" —")
    style_run(r, "宋体", 14)
    return doc


def _target_paragraph(container):
    if hasattr(container, "_tc"):  # table cell
        ps = container.paragraphs
        if len(ps) == 1 and not ps[0].text and not getattr(container, "_used", False):
            container._used = True
            return ps[0]
    return container.add_paragraph()


def para(container, parts, font=FS, size=16, align=J, indent=2, spacing=28,
         color=None, bold=False, right_indent=None):
    p = _target_paragraph(container)
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(spacing)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if indent:
        pf.first_line_indent = Pt(size * indent)
    if right_indent:
        pf.right_indent = Pt(right_indent)
    if align is not None:
        p.alignment = align
    if isinstance(parts, str):
        parts = [parts]
    for part in parts:
        if isinstance(part, str):
            text, f, b = part, font, bold
        else:
            text = part[0]
            f = part[1] if len(part) > 1 and part[1] else font
            b = part[2] if len(part) > 2 else bold
        for i, seg in enumerate(text.split("\n")):
            if i > 0:
                rb = p.add_run()
                rb.add_break()
            if seg:
                r = p.add_run(seg)
                style_run(r, f, size, b, color)
    return p


def text_of(parts):
    if isinstance(parts, str):
        parts = [parts]
    return "".join(p if isinstance(p, str) else p[0] for p in parts)


def body(doc, parts, clauses, **kw):
    para(doc, parts, **kw)
    for seg in text_of(parts).split("\n"):
        s = seg.strip(" 　\t")
        if s:
            clauses.append(s)


def empty(doc, n=1):
    for _ in range(n):
        para(doc, "", indent=0)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def border_line(p, color="FF0000", sz="18", where="bottom"):
    pPr = p._p.get_or_add_pPr()
    pBdr = OxmlElement("w:pBdr")
    el = OxmlElement("w:" + where)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), sz)
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    pBdr.append(el)
    pPr.insert_element_before(
        pBdr, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku",
        "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE",
        "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
        "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
        "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
        "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
        "w:rPr", "w:sectPr", "w:pPrChange")


def red_header(doc, organ, size=18):
    empty(doc)
    p = para(doc, [(organ, XBS)], size=size, align=C, indent=0, spacing=size + 12,
             color=RED)
    return p


def grid_table(doc, header, rows, clauses, size=12, widths=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        para(t.rows[0].cells[j], [(h, HT)], size=size, align=C, indent=0, spacing=20)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            al = L if (j == 1 and len(header) == 6 and header[0] == "序号") or \
                (j == 0 and header[0] != "序号") else C
            para(t.rows[i + 1].cells[j], v, size=size, align=al, indent=0, spacing=20)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        set_widths(t, widths)
    return t


def set_widths(t, widths):
    t.autofit = False
    for j, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j] * 567)))
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)


def banji(doc, cc, printer, date):
    """版记: 抄送 + 印发 with lines."""
    empty(doc, 2)
    p = para(doc, [("抄送：" + cc, FS)], size=14, indent=0, align=L,
             spacing=26)
    border_line(p, color="000000", sz="8", where="top")
    p = para(doc, [(printer, FS), ("　　　　　　　" + date + "印发", FS)], size=14,
             indent=0, align=L, spacing=26)
    border_line(p, color="000000", sz="8", where="bottom")


def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    abs_xml = (
        '<w:abstractNum %s w:abstractNumId="90">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" '
        'w:hAnsi="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>'
        % nsdecls("w"))
    num_xml = ('<w:num %s w:numId="90"><w:abstractNumId w:val="90"/></w:num>'
               % nsdecls("w"))
    absn = parse_xml(abs_xml)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(num_xml))
    return 90


def numbered(doc, text, clauses, num_id, number_shown):
    p = para(doc, text, indent=0)
    pPr = p._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id
    clauses.append(number_shown + text)


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_507", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(title, doc_number, issuer, date, region, attachments, recipients,
         publicity=None, doc_type="报告", level="zone"):
    return {
        "title": title, "doc_number": doc_number, "issuer": issuer, "date": date,
        "published": None, "level": level, "region": region, "effective": None,
        "expires": None, "attachments": attachments, "doc_type": doc_type,
        "recipients": recipients, "publicity": publicity, "repeals": None,
    }


# ================================================================ doc 1
def make_qingdao():
    doc = new_doc()
    cl = []
    organ = "中国（山东）自由贸易试验区青岛片区管理委员会"
    red_header(doc, organ, size=18)
    empty(doc)
    # 文号 + 签发人 typed with manual spaces on one line
    p = para(doc, [("青自贸管发〔2026〕3号", FS), ("　　　　　　　　", FS),
                   ("签发人：", HT), ("孙志强", KT)], indent=0, align=L)
    border_line(p)
    empty(doc)
    para(doc, [("中国（山东）自由贸易试验区青岛片区", XBS)], size=22,
         align=C, indent=0, spacing=34)
    para(doc, [("管理委员会关于2025年工作总结和", XBS)], size=22,
         align=C, indent=0, spacing=34)
    para(doc, [("2026年工作打算的报告", XBS)], size=22,
         align=C, indent=0, spacing=34)
    empty(doc)
    para(doc, "青岛市人民政府：", indent=0, align=L)
    body(doc, "2025年，青岛片区坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，认真落实市委、市政府部署要求，以制度创新为核心，以高质量发展为主线，统筹推进改革试点、开放平台建设和产业培育，各项工作取得明显成效。现将有关情况报告如下：", cl)
    para(doc, [("一、2025年工作成效", HT)])
    body(doc, "2025年，片区实现外贸进出口总额1862.4亿元，同比增长9.6%，占全市的20.3%；实际使用外资8.7亿美元，同比增长12.1%；新增市场主体1.26万家，其中外商投资企业157家；完成一般公共预算收入58.3亿元，同比增长6.8%。", cl)
    body(doc, [("（一）制度创新取得新突破。", KT, True),
               "全年形成制度创新成果46项，其中3项在全国复制推广、9项在全省复制推广。",
               ("一是投资贸易便利化改革持续深化。", FS, True),
               "率先开展“船边直提+抵港直装”监管模式改革，进口货物平均整体通关时间压缩至18.6小时，同比缩短21.4%。",
               ("二是航运服务创新不断突破。", FS, True),
               "落地省内首单国际航行船舶保税LNG加注业务，全年保税船用燃料油加注量达到86.5万吨，同比增长17.3%。",
               ("三是金融开放创新稳步推进。", FS, True),
               "开展跨境贸易投资高水平开放试点，办理相关业务52.6亿美元，惠及企业318家。"], cl)
    body(doc, [("（二）开放平台能级实现新提升。", KT, True),
               "片区所在前湾港区全年完成集装箱吞吐量2413万标箱，同比增长7.2%；新增外贸航线12条，总数达到228条。",
               ("一是中欧班列提质扩量。", FS, True),
               "中欧班列（齐鲁号）青岛片区集结中心全年开行1026列，同比增长15.8%，其中回程班列374列。",
               ("二是海铁联运优势巩固。", FS, True),
               "完成海铁联运箱量215.6万标箱，同比增长9.4%。",
               ("三是综合保税区发展提速。", FS, True),
               "青岛前湾综合保税区实现进出口总额612.8亿元，同比增长11.5%，在全国综合保税区发展绩效评估中获评A类。"], cl)
    body(doc, [("（三）新业态新模式培育取得新进展。", KT, True),
               "全年实现跨境电商进出口额186.2亿元，同比增长24.7%；新增跨境电商企业213家，累计达到1480家。",
               ("一是海外仓布局加快。", FS, True),
               "支持企业在“一带一路”共建国家新建海外仓9个，累计达到42个，总面积超过56万平方米。",
               ("二是保税新业态加速集聚。", FS, True),
               "新增保税维修、保税研发项目8个，实现产值31.4亿元。",
               ("三是数字贸易蓬勃发展。", FS, True),
               "新认定市级数字贸易重点企业36家，数字贸易额达到96.7亿元，同比增长18.2%。"], cl)
    body(doc, [("（四）营商环境实现新优化。", KT, True),
               "深化“放管服”改革，152项市级行政许可事项实现“片区事片区办”，企业开办时间压缩至0.5个工作日。",
               ("一是外商投资服务提质增效。", FS, True),
               "建立重点外资项目“一对一”服务专员制度，新签约外资项目43个，合同外资23.5亿美元。",
               ("二是法治保障持续加强。", FS, True),
               "片区国际商事纠纷多元化解中心全年受理涉外商事纠纷127件，调解成功率达到82.7%。"], cl)
    body(doc, "2025年主要指标完成情况如下：", cl)
    header = ["序号", "指标名称", "单位", "目标值", "完成值", "完成率"]
    rows = [
        ["1", "外贸进出口总额", "亿元", "1750", "1862.4", "106.4%"],
        ["2", "实际使用外资", "亿美元", "8.0", "8.7", "108.8%"],
        ["3", "跨境电商进出口额", "亿元", "170", "186.2", "109.5%"],
        ["4", "集装箱吞吐量", "万标箱", "2350", "2413", "102.7%"],
        ["5", "中欧班列开行量", "列", "1000", "1026", "102.6%"],
        ["6", "新增市场主体", "万家", "1.2", "1.26", "105.0%"],
        ["7", "制度创新成果", "项", "40", "46", "115.0%"],
        ["8", "一般公共预算收入", "亿元", "60.0", "58.3", "97.2%"],
    ]
    grid_table(doc, header, rows, cl, widths=[1.3, 5.0, 2.0, 2.2, 2.2, 2.2])
    body(doc, "8项主要指标中，7项完成或超额完成年度目标。一般公共预算收入完成年度目标的97.2%，主要受部分重点企业留抵退税集中兑现等因素影响。", cl)
    para(doc, [("二、存在问题", HT)])
    body(doc, ["在肯定成绩的同时，片区发展仍面临一些困难和问题。",
               ("一是制度创新系统集成不够。", FS, True),
               "部分创新成果仍停留在单一环节、单个事项，首创性、引领性改革成果偏少。",
               ("二是产业支撑能力有待增强。", FS, True),
               "外贸增长对大宗商品依赖度较高，战略性新兴产业项目储备不足。",
               ("三是要素保障压力加大。", FS, True),
               "片区可供开发产业用地趋紧，高层次专业人才特别是国际化人才供给不足。"], cl)
    para(doc, [("三、2026年工作打算", HT)])
    body(doc, "2026年是“十五五”规划开局之年。片区将围绕建设高水平自由贸易试验区目标，重点抓好以下工作：", cl)
    body(doc, [("（一）聚焦制度型开放，提升改革创新水平。", KT, True),
               "对接国际高标准经贸规则，全年力争形成制度创新成果40项以上，推动更多成果在全国、全省复制推广。"], cl)
    # two numbered sub-items typed in one paragraph, separated by soft line break
    body(doc, "1.深化海关监管制度创新，推广“船边直提+抵港直装”模式至更多货类。\n2.扩大跨境贸易投资高水平开放试点，力争业务规模突破60亿美元。", cl)
    body(doc, [("（二）聚焦枢纽功能，提升开放平台能级。", KT, True),
               "做强中欧班列（齐鲁号）青岛集结中心，力争全年开行班列1100列以上；推动前湾港区集装箱吞吐量达到2480万标箱。"], cl)
    body(doc, [("（三）聚焦新动能培育，壮大外向型产业。", KT, True),
               "大力发展跨境电商、保税维修、数字贸易等新业态，力争跨境电商进出口额突破200亿元，新增海外仓5个以上。"], cl)
    body(doc, [("（四）聚焦营商环境，提升服务保障水平。", KT, True),
               "全面落实外商投资准入前国民待遇加负面清单管理制度，健全外资企业诉求解决机制，力争实际使用外资9亿美元以上。"], cl)
    body(doc, [("（五）聚焦风险防控，守牢安全发展底线。", KT, True),
               "健全与开放水平相适应的风险防控体系，加强对重点领域、重点环节的监测预警，确保不发生系统性风险。"], cl)
    body(doc, "特此报告。", cl)
    empty(doc)
    para(doc, "附件：2025年青岛片区制度创新典型案例")
    empty(doc, 3)
    para(doc, organ, align=R, indent=0, right_indent=16)
    # date aligned with hand-typed full-width spaces
    para(doc, "　　　　　　　　　　　　　　　　　2026年1月16日", indent=0, align=L)
    # attachment
    page_break(doc)
    para(doc, [("附件", HT)], indent=0, align=L)
    empty(doc)
    para(doc, [("2025年青岛片区制度创新典型案例", XBS)], size=22, align=C, indent=0,
         spacing=34)
    empty(doc)
    para(doc, [("案例一　“船边直提+抵港直装”监管模式改革", HT)])
    body(doc, [("（一）主要做法。", KT, True), "依托智慧港口和“单一窗口”，对符合条件的进口货物实施“船边直提”，出口货物实施“抵港直装”，企业可提前申报，货物到港后直接提离或装船，实现物流与通关作业并联开展。"], cl)
    body(doc, [("（二）实践成效。", KT, True), "全年累计办理“船边直提”业务4.2万标箱、“抵港直装”业务6.8万标箱，企业平均每标箱节约物流成本约400元。"], cl)
    para(doc, [("案例二　国际航行船舶保税LNG加注业务", HT)])
    body(doc, [("（一）主要做法。", KT, True), "联合海关、海事、边检等部门建立保税LNG加注联合监管机制，明确加注企业资质、作业流程和监管要求，推行“一次申报、一次查验、一次放行”。"], cl)
    body(doc, [("（二）实践成效。", KT, True), "2025年完成保税LNG加注作业27艘次，加注量达到5.3万吨，为片区打造东北亚船用清洁能源加注中心奠定了基础。"], cl)
    para(doc, [("案例三　跨境电商“海外仓+中欧班列”一体化服务", HT)])
    body(doc, [("（一）主要做法。", KT, True), "整合中欧班列运力资源和企业海外仓网络，推出“班列直达+海外仓分拨”一体化物流方案，为中小跨境电商企业提供订舱、报关、仓储、配送全链条服务。"], cl)
    body(doc, [("（二）实践成效。", KT, True), "全年发运跨境电商专列46列，货值达到18.7亿元，企业物流时效较传统海运缩短约20天。"], cl)
    banji(doc, "市发展改革委，市商务局，市财政局，青岛海关。",
          "青岛片区管委会综合办公室", "2026年1月16日")
    stem = "blind507_qingdao_baogao"
    m = meta("中国（山东）自由贸易试验区青岛片区管理委员会关于2025年工作总结和2026年工作打算的报告",
             "青自贸管发〔2026〕3号", [organ], "2026-01-16",
             "中国（山东）自由贸易试验区青岛片区",
             ["2025年青岛片区制度创新典型案例"], ["青岛市人民政府"])
    return stem, doc, [{"meta": m, "clauses": cl}]


# ================================================================ doc 2
def make_xiamen():
    doc = new_doc()
    cl = []
    organ = "中国（福建）自由贸易试验区厦门片区管理委员会"
    red_header(doc, organ, size=18)
    empty(doc)
    # 文号 and 签发人 in a borderless layout table
    t = doc.add_table(rows=1, cols=2)
    set_widths(t, [7.8, 7.8])
    para(t.rows[0].cells[0], "厦自贸委〔2026〕4号", indent=0, align=L)
    para(t.rows[0].cells[1], [("签发人：", HT), ("陈建华", KT)], indent=0, align=R)
    p = para(doc, "", indent=0, spacing=10)
    border_line(p)
    empty(doc)
    para(doc, [("关于中国（福建）自由贸易试验区厦门片区", XBS)], size=22,
         align=C, indent=0, spacing=34)
    para(doc, [("2025年工作总结及2026年工作思路的报告", XBS)], size=22, align=C, indent=0,
         spacing=34)
    empty(doc)
    para(doc, "厦门市人民政府：", indent=0, align=L)
    # manual full-width spaces instead of first-line indent
    body(doc, "　　2025年，厦门片区在市委、市政府的坚强领导下，深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，立足对台和“一带一路”支点城市定位，大胆试、大胆闯、自主改，全年各项工作总体平稳、稳中有进。现将2025年工作总结及2026年工作思路报告如下。", cl, indent=0)
    para(doc, [("一、2025年工作成效", HT)])
    para(doc, [("（一）对外贸易稳中提质", KT)])
    body(doc, [("一是外贸规模再创新高。", FS, True),
               "全年片区实现外贸进出口总额3215.6亿元，同比增长6.3%，占全市外贸总额的34.8%，其中对“一带一路”共建国家进出口1427.3亿元，同比增长10.9%。",
               ("二是对台经贸合作持续深化。", FS, True),
               "对台进出口额达到215.4亿元，同比增长8.1%；新增台资企业86家，累计达到2340家。"], cl)
    body(doc, [("三是跨境电商快速增长。", FS, True),
               "实现跨境电商进出口额142.8亿元，同比增长31.2%，两岸跨境电商海运快件业务量达到1860万票。"], cl)
    para(doc, [("（二）物流枢纽功能增强", KT)])
    body(doc, "片区所在港区全年完成集装箱吞吐量1297万标箱，同比增长4.6%。中欧（厦门）班列全年开行412列，同比增长13.5%，发运货物3.6万标箱；新开通厦门至布达佩斯、厦门至伊斯坦布尔线路2条，线路总数达到14条。", cl)
    body(doc, "　　厦门象屿综合保税区、厦门海沧港综合保税区全年实现进出口总额486.3亿元，同比增长9.2%，保税维修业务产值突破120亿元。", cl, indent=0)
    para(doc, [("（三）外商投资加快集聚", KT)])
    body(doc, "全年新设外商投资企业412家，同比增长15.1%；实际使用外资6.2亿美元，同比增长7.4%。举办“投资厦门·自贸片区”专场推介活动18场，签约项目76个，总投资521亿元。", cl)
    para(doc, [("（四）制度创新成果丰硕", KT)])
    body(doc, "全年推出创新举措58项，其中全国首创14项；累计形成创新举措658项，“两岸跨境电商数据互认”“保税维修全生命周期监管”等12项案例入选全省自贸试验区最佳实践案例。", cl)
    body(doc, "主要指标完成情况详见附件1。", cl)
    empty(doc)
    para(doc, [("二、存在问题", HT)])
    body(doc, "对照市委、市政府的要求和先进地区的经验，片区工作还存在一些不足：", cl)
    body(doc, [("一是改革集成度不高。", FS, True),
               "改革创新的系统性、集成性还不够强，部分领域的创新举措碎片化问题依然存在。"], cl)
    body(doc, [("二是产业链供应链韧性不足。", FS, True),
               "部分外贸企业订单受国际贸易摩擦影响较大，加工贸易规模有所下降。"], cl)
    body(doc, [("三是招商引资竞争加剧。", FS, True),
               "周边地区政策力度持续加大，片区在土地、人才等要素方面比较优势减弱，实际使用外资完成率仅为88.6%。"], cl)
    empty(doc)
    para(doc, [("三、2026年工作思路", HT)])
    body(doc, [("（一）实施自贸试验区提升行动。", KT),
               "对标《区域全面经济伙伴关系协定》（RCEP）、《全面与进步跨太平洋伙伴关系协定》（CPTPP）等高标准经贸规则，力争全年推出创新举措50项以上。"], cl)
    body(doc, [("（二）推进两岸融合发展。", KT), "重点做好以下工作："], cl)
    nid = add_numbering(doc)
    numbered(doc, "推动两岸标准共通，新增两岸共通标准20项以上。", cl, nid, "1.")
    numbered(doc, "扩大两岸跨境电商业务，推动海运快件业务量突破2000万票。", cl, nid, "2.")
    numbered(doc, "支持台胞台企在片区创新创业，新增台资企业80家以上。", cl, nid, "3.")
    body(doc, [("（三）提升物流枢纽能级。", KT),
               "加密中欧（厦门）班列运行频次，力争全年开行450列以上；积极发展海铁联运、“丝路海运”等多式联运业务。"], cl)
    body(doc, [("（四）加强风险防控。", KT),
               "完善事中事后监管体系，加强对跨境资金流动、进出口商品质量安全等重点领域的风险监测，守住不发生重大风险的底线。"], cl)
    body(doc, "特此报告。", cl)
    empty(doc)
    para(doc, "附件：1.2025年厦门片区主要指标完成情况表")
    para(doc, "　　　　　2.2025年厦门片区典型案例", indent=0, align=L)
    empty(doc, 3)
    para(doc, organ, align=R, indent=0)
    para(doc, "2026年1月20日　　　　", align=R, indent=0)
    # attachment 1
    page_break(doc)
    para(doc, [("附件1", HT)], indent=0, align=L)
    empty(doc)
    para(doc, [("2025年厦门片区主要指标完成情况表", XBS)], size=22, align=C,
         indent=0, spacing=34)
    empty(doc)
    header = ["指标", "单位", "目标值", "完成值", "完成率", "备注"]
    rows = [
        ["外贸进出口总额", "亿元", "3100", "3215.6", "103.7%", "超额完成"],
        ["对“一带一路”共建国家进出口额", "亿元", "1350", "1427.3", "105.7%", "超额完成"],
        ["跨境电商进出口额", "亿元", "120", "142.8", "119.0%", "超额完成"],
        ["中欧（厦门）班列开行量", "列", "400", "412", "103.0%", "超额完成"],
        ["实际使用外资", "亿美元", "7.0", "6.2", "88.6%", "未完成"],
        ["新设外商投资企业", "家", "380", "412", "108.4%", "超额完成"],
        ["创新举措", "项", "50", "58", "116.0%", "超额完成"],
    ]
    grid_table(doc, header, rows, cl, size=12, widths=[4.6, 1.8, 2.0, 2.2, 2.2, 2.4])
    # attachment 2
    page_break(doc)
    para(doc, [("附件2", HT)], indent=0, align=L)
    empty(doc)
    para(doc, [("2025年厦门片区典型案例", XBS)], size=22, align=C, indent=0,
         spacing=34)
    empty(doc)
    para(doc, [("一、两岸跨境电商数据互认", FS, True)])
    body(doc, "厦门片区会同厦门海关、两岸相关行业组织，推动两岸跨境电商企业备案、商品编码、物流轨迹等数据互认互通，企业无需重复录入，申报时间由平均2小时缩短至15分钟。2025年累计服务两岸跨境电商企业326家。", cl)
    para(doc, [("二、保税维修全生命周期监管", FS, True)])
    body(doc, "针对航空器材、电子产品等保税维修业务，建立“入区—维修—出区”全流程信息化监管模式，实现维修料件“一物一码”追溯管理。全年新增保税维修企业11家，实现维修产值126.5亿元，同比增长22.3%。", cl)
    para(doc, [("三、中欧班列“一单到底”多式联运", FS, True)])
    body(doc, "推行中欧班列多式联运“一单制”，实现海运、铁路运输全程“一次委托、一单到底、一次结算”。全年签发多式联运提单1.2万票，企业综合物流成本降低约12%。", cl)
    banji(doc, "市发改委、市商务局、厦门海关。", "厦门片区管委会办公室", "2026年1月21日")
    stem = "blind507_xiamen_baogao"
    m = meta("关于中国（福建）自由贸易试验区厦门片区2025年工作总结及2026年工作思路的报告",
             "厦自贸委〔2026〕4号", [organ], "2026-01-20",
             "中国（福建）自由贸易试验区厦门片区",
             ["2025年厦门片区主要指标完成情况表", "2025年厦门片区典型案例"],
             ["厦门市人民政府"])
    return stem, doc, [{"meta": m, "clauses": cl}]


# ================================================================ doc 3
def make_chengdu():
    doc = new_doc()
    cl = []
    organ = "中国（四川）自由贸易试验区成都青白江铁路港片区管理委员会"
    red_header(doc, organ, size=15)
    empty(doc)
    p = para(doc, "成铁港管〔2026〕6号", indent=0, align=C)
    border_line(p)
    empty(doc)
    # title typed as ONE paragraph with soft line breaks
    para(doc, [("中国（四川）自由贸易试验区成都青白江\n铁路港片区管理委员会关于2025年\n工作总结和2026年工作计划的报告", XBS)],
         size=22, align=C, indent=0, spacing=34)
    empty(doc)
    para(doc, "成都市人民政府：", indent=0, align=L)
    body(doc, "2025年，成都青白江铁路港片区（以下简称片区）深入学习贯彻习近平总书记对四川工作系列重要指示精神，全面落实省委、市委关于推进高水平对外开放的决策部署，以建设国际铁路港和国际班列枢纽为牵引，加快构建“陆海互济、东西畅达、南北贯通”的开放通道体系，较好完成了年度目标任务。现将有关情况报告如下。", cl)
    para(doc, [("一、2025年工作成效", HT)])
    body(doc, [("（一）通道枢纽功能持续增强。", HT),
               "全年成都国际班列（含中欧班列、中亚班列、西部陆海新通道班列）开行5126列，同比增长8.7%，其中中欧班列开行2318列，同比增长6.2%。",
               ("一是国际通道网络持续拓展。", FS, True),
               "新开通成都至布达佩斯、成都至塔什干等国际线路5条，境外站点达到112个，联通境外城市126个。",
               ("二是班列运营质效稳步提升。", FS, True),
               "班列重箱率达到96.3%，回程班列占比提高至46.8%，较上年提高3.1个百分点。",
               ("三是多式联运加快发展。", FS, True),
               "铁海联运班列开行1287列，同比增长18.4%，实现集装箱运量64.5万标箱。"], cl)
    body(doc, [("（二）开放型经济量质齐升。", HT),
               "全年片区实现外贸进出口总额1026.5亿元，同比增长12.3%；实际使用外资2.15亿美元，同比增长9.7%；新增外商投资企业38家。",
               ("一是综合保税区带动作用增强。", FS, True),
               "成都国际铁路港综合保税区实现进出口总额418.6亿元，同比增长15.2%，整车进口口岸进口平行进口汽车3268辆。",
               ("二是跨境电商规模扩大。", FS, True),
               "实现跨境电商交易额96.4亿元，同比增长27.5%，累计引进跨境电商企业265家。",
               ("三是“班列+贸易”融合发展。", FS, True),
               "依托国际班列发展中欧贸易，全年班列运输货值达到1340亿元，同比增长10.1%。"], cl)
    body(doc, [("（三）制度创新成效明显。", HT),
               "全年形成制度创新成果21项，其中“铁路运输单证金融服务”“中欧班列运邮”等4项改革经验在全国复制推广。探索开展铁路提单物权化试点，累计签发铁路提单1863单，融资金额达到28.7亿元。"], cl)
    body(doc, [("（四）产业集聚加快推进。", HT),
               "全年新引进项目64个，总投资达到386亿元，其中50亿元以上重大项目3个；新增规上工业企业27家，物流及供应链企业达到1360家。"], cl)
    body(doc, "2025年主要指标完成情况见下表。", cl)
    header = ["指标名称", "目标值", "完成值", "完成率"]
    rows = [
        ["国际班列开行量（列）", "5000", "5126", "102.5%"],
        ["其中：中欧班列开行量（列）", "2300", "2318", "100.8%"],
        ["外贸进出口总额（亿元）", "950", "1026.5", "108.1%"],
        ["实际使用外资（亿美元）", "2.0", "2.15", "107.5%"],
        ["跨境电商交易额（亿元）", "85", "96.4", "113.4%"],
        ["制度创新成果（项）", "20", "21", "105.0%"],
        ["新引进项目（个）", "60", "64", "106.7%"],
    ]
    grid_table(doc, header, rows, cl, size=14, widths=[7.0, 2.6, 2.6, 2.6])
    empty(doc)
    para(doc, [("二、存在的问题", HT)])
    body(doc, "一是班列运营补贴逐步退坡，市场化运营能力仍需提升，部分线路货源组织不够稳定。", cl)
    body(doc, "二是铁路港与航空港、水运港联动不够，多式联运“一单制”覆盖面不广。", cl)
    body(doc, "三是高能级外向型产业项目偏少，“通道带物流、物流带经贸、经贸带产业”的转化效应尚未充分显现。", cl)
    para(doc, [("三、2026年工作计划", HT)])
    body(doc, "2026年，片区将以建设国家级国际铁路枢纽为目标，重点做好以下工作。", cl)
    para(doc, [("（一）做强国际通道枢纽", KT)])
    body(doc, "1.稳定运行中欧班列，力争全年开行国际班列5300列以上。", cl)
    body(doc, "2.拓展西部陆海新通道，推动铁海联运班列开行1400列以上。", cl)
    para(doc, [("（二）提升开放平台能级", KT)])
    body(doc, "1.推动成都国际铁路港综合保税区争创全国A类综合保税区。", cl)
    body(doc, "2.深化铁路提单物权化改革，力争全年签发铁路提单2000单以上。", cl)
    para(doc, [("（三）培育外向型产业集群", KT)])
    body(doc, "1.围绕汽车、智能终端、食品加工等领域开展精准招商，力争新引进项目65个以上。", cl)
    body(doc, "2.发展“跨境电商+中欧班列”模式，力争跨境电商交易额突破110亿元。", cl)
    body(doc, "特此报告。", cl)
    empty(doc)
    para(doc, "附件：2025年成都青白江铁路港片区典型案例")
    empty(doc, 2)
    # 落款 in a borderless layout table
    t = doc.add_table(rows=1, cols=2)
    set_widths(t, [5.6, 10.0])
    para(t.rows[0].cells[0], "", indent=0)
    para(t.rows[0].cells[1], "中国（四川）自由贸易试验区\n成都青白江铁路港片区管理委员会", indent=0, align=C)
    para(t.rows[0].cells[1], "2026年1月12日", indent=0, align=C)
    empty(doc)
    para(doc, "（此件公开发布）")
    page_break(doc)
    para(doc, [("附件", HT)], indent=0, align=L)
    empty(doc)
    para(doc, [("2025年成都青白江铁路港片区典型案例", XBS)], size=22, align=C,
         indent=0, spacing=34)
    empty(doc)
    para(doc, [("案例一：铁路提单物权化改革", HT)], indent=0, align=L)
    body(doc, [("【主要做法】", HT), "联合金融机构、班列运营企业制定铁路提单签发、流转和融资操作规程，赋予铁路提单物权凭证属性，企业可凭提单办理质押融资。"], cl)
    body(doc, [("【取得成效】", HT), "累计签发铁路提单1863单，帮助企业获得融资28.7亿元，有效缓解中小外贸企业资金压力。"], cl)
    para(doc, [("案例二：中欧班列运邮常态化", HT)], indent=0, align=L)
    body(doc, [("【主要做法】", HT), "会同邮政、海关等部门建立中欧班列运邮监管模式，实现国际邮件“班列集结、一次查验、全程监管”。"], cl)
    body(doc, [("【取得成效】", HT), "全年通过中欧班列发运国际邮件186万件，运输时间较海运缩短约25天。"], cl)
    para(doc, [("案例三：整车进口“保税存储+展示交易”", HT)], indent=0, align=L)
    body(doc, [("【主要做法】", HT), "依托整车进口口岸和综合保税区，对平行进口汽车实施保税存储，允许企业在区内开展展示交易，完税后再出区销售。"], cl)
    body(doc, [("【取得成效】", HT), "全年进口平行进口汽车3268辆，企业资金占用成本平均降低约30%。"], cl)
    stem = "blind507_chengdu_baogao"
    m = meta("中国（四川）自由贸易试验区成都青白江铁路港片区管理委员会关于2025年工作总结和2026年工作计划的报告",
             "成铁港管〔2026〕6号", [organ], "2026-01-12",
             "中国（四川）自由贸易试验区成都青白江铁路港片区",
             ["2025年成都青白江铁路港片区典型案例"], ["成都市人民政府"],
             publicity="此件公开发布")
    return stem, doc, [{"meta": m, "clauses": cl}]


def main():
    expected = {}
    for fn in (make_qingdao, make_xiamen, make_chengdu):
        stem, doc, objs = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        convert(path)
        expected[stem] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
