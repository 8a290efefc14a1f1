# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 676: 工作总结报告 (上行文) from an FTZ area and a 综合保税区."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent_chars=0, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent_chars:
        pf.first_line_indent = Pt(16 * indent_chars)
    return p


def para(doc, runs, align=None, indent_chars=0, line=28, before=0, after=0):
    """runs: list of (text, fontname, size, bold[, color]); text may contain '\n' = soft break."""
    p = doc.add_paragraph()
    fmt(p, align, indent_chars, line, before, after)
    add_runs(p, runs)
    return p


def add_runs(p, runs):
    for r in runs:
        text, fn, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            run = p.add_run(part)
            font(run, fn, size, bold, color)
            if i < len(parts) - 1:
                run.add_break(WD_BREAK.LINE)


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), line=line)


def border(p, side="bottom", color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        # pBdr must come after keepNext..numPr etc; put right after pStyle/numPr if present
        ppr.append(pbdr)
        # move spacing/ind/jc after pBdr to keep schema order
        for tag in ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc"):
            for el in ppr.findall(qn(tag)):
                ppr.remove(el)
                ppr.append(el)
    pbdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                          % (side, nsdecls("w"), sz, space, color)))


def page_setup(doc):
    for s in doc.sections:
        s.page_width = Mm(210)
        s.page_height = Mm(297)
        s.top_margin = Mm(37)
        s.bottom_margin = Mm(35)
        s.left_margin = Mm(28)
        s.right_margin = Mm(26)
        s.footer_distance = Mm(28)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def page_number_footer(doc, dash="—"):
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run(dash + " "), "宋体", 14)
    r = p.add_run()
    font(r, "宋体", 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = p.add_run()
    font(r2, "宋体", 14)
    it = parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w"))
    r2._r.append(it)
    r3 = p.add_run()
    font(r3, "宋体", 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r4 = p.add_run("1")
    font(r4, "宋体", 14)
    r5 = p.add_run()
    font(r5, "宋体", 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(p.add_run(" " + dash), "宋体", 14)


def cell_text(cell, text, fn=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    add_runs(p, [(text, fn, size, bold)])


def grid_table(doc, header, rows, widths_mm):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, 12, False)
    for ri, row in enumerate(rows, start=1):
        for ci, v in enumerate(row):
            cell_text(t.rows[ri].cells[ci], v)
    t.autofit = False
    for ci, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_mm[ci] * 56.7)))
    for row in t.rows:
        for ci, w in enumerate(widths_mm):
            row.cells[ci].width = Mm(w)
    return t


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v.replace("\n", "")) for h, v in zip(header, row))


def banji(doc, chaosong, yinfa_organ, yinfa_date, gap="　" * 3 + " " * 9):
    """版记: 抄送 + 印发 lines between rules."""
    p = para(doc, [("抄送：" + chaosong, FS, 14, False)], line=26)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 12, 1)
    border(p, "bottom", "000000", 4, 1)
    p = para(doc, [(yinfa_organ + gap + yinfa_date + "印发", FS, 14, False)], line=26)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "bottom", "000000", 12, 1)


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_676", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# ================================================================ document 1
def doc_qinzhou():
    stem = "blind676_qinzhou_baogao"
    organ = "中国（广西）自由贸易试验区钦州港片区管理委员会"
    title = organ + "关于2026年工作总结和2027年工作打算的报告"
    docno = "钦自贸管〔2026〕41号"
    clauses = []
    doc = Document()
    page_setup(doc)
    page_number_footer(doc, "—")

    # 版头: organ logo line (two lines, red), then 文号 + 签发人, then red rule
    empty(doc, 1)
    para(doc, [("中国（广西）自由贸易试验区\n钦州港片区管理委员会", XBS, 30, False, RED)],
         WD_ALIGN_PARAGRAPH.CENTER, line=40)
    empty(doc, 1)
    # 文号 left (1 char in), 签发人 right — aligned with typed spaces (office habit)
    p = para(doc, [("　" + docno + " " * 14 + "　", FS, 16, False),
                   ("签发人：", FS, 16, False), ("张立新", KT, 16, False)])
    border(p, "bottom", "FF0000", 18, 4)
    empty(doc, 1)

    # title split over two paragraphs
    for tl in ("中国（广西）自由贸易试验区钦州港片区", "管理委员会关于2026年工作总结",
               "和2027年工作打算的报告"):
        para(doc, [(tl, XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, line=34)
    empty(doc, 1)
    para(doc, [("钦州市人民政府：", FS, 16, False)])

    IND = "　　"  # typed full-width spaces instead of first-line indent

    def body(text):
        clauses.append(text)
        para(doc, [(IND + text, FS, 16, False)])

    def runin(num, head, rest):
        clauses.append(num + head + rest)
        para(doc, [(IND + num, KT, 16, True), (head, KT, 16, True), (rest, FS, 16, False)])

    def h1(text):
        para(doc, [(IND + text, HT, 16, False)])

    body("2026年，钦州港片区在市委、市政府的坚强领导下，深入贯彻落实党中央、国务院关于高标准高质量"
         "建设自由贸易试验区的决策部署，紧扣打造面向东盟的国际门户港定位，以制度创新为核心，统筹推进"
         "西部陆海新通道建设、向海产业发展和营商环境优化，各项工作取得新成效。现将2026年工作总结和"
         "2027年工作打算报告如下。")

    h1("一、2026年工作成效")
    runin("（一）", "主要经济指标稳中有进。",
          "全年片区实现地区生产总值486.3亿元，同比增长8.6%；外贸进出口总额1286.5亿元，同比增长12.3%，"
          "占全市比重达71.4%；实际使用外资2.86亿美元，同比增长15.1%；新增市场主体4127户，累计达3.12万户。"
          "固定资产投资完成312.7亿元，同比增长9.8%，其中工业投资同比增长18.2%。")
    runin("（二）", "制度创新成果持续涌现。",
          "全年形成制度创新成果26项，其中“海铁联运‘一单制’改革”“进境粮食‘船边直提’监管模式”等4项"
          "入选自治区第七批制度创新成果复制推广清单。深化“证照分离”改革全覆盖，涉企经营许可事项实现"
          "“一网通办”，企业开办时间压缩至0.5个工作日。")
    runin("（三）", "西部陆海新通道门户港功能不断增强。",
          "钦州港全年完成货物吞吐量2.12亿吨，同比增长6.7%；集装箱吞吐量1018万标箱，首次突破千万标箱，"
          "同比增长10.9%。海铁联运班列开行1.26万列，同比增长11.5%，通达国内18个省（区、市）72个城市。"
          "新开通至越南海防、泰国林查班等外贸航线9条，外贸航线总数达46条。")
    runin("（四）", "向海产业集群加快壮大。",
          "绿色化工新材料、新能源材料、临港装备制造三大产业集群加快成链，全年新签约项目58个、总投资624亿元，"
          "新开工项目37个，建成投产项目21个，一批化工新材料一体化项目、高端绿色化纤项目加快推进。")
    runin("（五）", "营商环境持续优化。",
          "推行“极简审批”“承诺即入”，全年办理各类审批事项1.8万件，按时办结率100%。设立跨境贸易综合"
          "服务中心，进口、出口整体通关时间分别压缩至18.6小时和0.9小时。")

    # table
    empty(doc, 1)
    para(doc, [("2026年主要指标完成情况表", HT, 16, False)], WD_ALIGN_PARAGRAPH.CENTER)
    header = ["指标", "单位", "目标值", "完成值", "完成率"]
    rows = [
        ["地区生产总值", "亿元", "470", "486.3", "103.5%"],
        ["外贸进出口总额", "亿元", "1200", "1286.5", "107.2%"],
        ["实际使用外资", "亿美元", "2.6", "2.86", "110.0%"],
        ["固定资产投资", "亿元", "320", "312.7", "97.7%"],
        ["集装箱吞吐量", "万标箱", "1000", "1018", "101.8%"],
        ["新增市场主体\n（含个体工商户）", "户", "4000", "4127", "103.2%"],
        ["制度创新成果", "项", "20", "26", "130.0%"],
    ]
    grid_table(doc, header, rows, [52, 24, 26, 26, 26])
    for r in rows:
        clauses.append(row_clause(header, r))
    note = "注：地区生产总值、固定资产投资为快报数，最终以统计部门公布数据为准；完成率=完成值÷目标值×100%。"
    clauses.append(note)
    para(doc, [(note, FS, 12, False)], line=20)
    empty(doc, 1)

    h1("二、存在的问题")
    body("在肯定成绩的同时，我们也清醒地认识到，片区发展仍存在一些困难和问题，主要表现在：")
    runin("（一）", "固定资产投资未完成年度目标。",
          "受部分重大项目融资进度滞后、用地报批周期较长等因素影响，全年固定资产投资完成率为97.7%，"
          "个别产业项目开工时间较计划推迟。")
    # (二) and (三) typed in ONE Word paragraph separated by a soft line break
    t2 = ("（二）", "制度创新系统集成不够。",
          "部分创新成果仍停留在单一环节、单个部门，跨部门、跨领域的集成性创新偏少，在全国有影响力的首创性成果不多。")
    t3 = ("（三）", "港口综合服务能力有待提升。",
          "航运金融、船舶交易、国际中转集拼等高端航运服务业态发展不足，集装箱中转比例偏低，港口物流成本"
          "仍高于沿海先进港口。")
    clauses.append("".join(t2))
    clauses.append("".join(t3))
    para(doc, [(IND + t2[0], KT, 16, True), (t2[1], KT, 16, True), (t2[2] + "\n", FS, 16, False),
               (IND + t3[0], KT, 16, True), (t3[1], KT, 16, True), (t3[2], FS, 16, False)])
    empty(doc, 1)

    h1("三、2027年工作打算")
    body("2027年是“十五五”规划承上启下的关键之年。片区将坚持稳中求进工作总基调，重点抓好以下工作：")
    runin("（一）", "全力以赴稳增长扩投资。",
          "力争全年地区生产总值增长7.5%以上，外贸进出口总额增长10%以上，固定资产投资增长8%以上。")
    body("1.强化项目建设。实行重大项目“一个项目、一名领导、一个专班”推进机制，确保全年新开工项目"
         "不少于35个，竣工投产项目不少于20个。")
    body("2.强化精准招商。围绕绿色化工新材料、新能源材料产业链开展靶向招商，全年力争新签约项目50个以上、"
         "总投资600亿元以上。")
    runin("（二）", "推进更高水平制度创新。",
          "对接《区域全面经济伙伴关系协定》（RCEP）等高标准经贸规则，在跨境贸易、航运服务、金融开放等领域"
          "开展首创性、差异化探索，全年力争形成制度创新成果20项以上，争取2项以上在全国复制推广。")
    runin("（三）", "全面提升门户港能级。",
          "加快钦州港东航道扩建、自动化集装箱码头等项目建设，力争集装箱吞吐量达到1100万标箱，"
          "海铁联运班列开行1.35万列以上，大力发展国际中转集拼、保税燃料油加注、航运金融等业态。")
    runin("（四）", "持续打造一流营商环境。",
          "深化“放管服”改革，推进“高效办成一件事”，扩大“承诺即入”适用范围；完善企业服务专员制度，"
          "及时协调解决企业生产经营中的困难和问题。")
    runin("（五）", "加强要素保障。",
          "积极争取自治区和市在用地、用海、能耗等方面的指标支持，用好地方政府专项债券资金，"
          "为重大项目建设提供有力保障。")
    body("特此报告。")

    empty(doc, 3)
    para(doc, [(organ + "　　", FS, 16, False)], WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, [("　" * 14 + "2026年12月18日", FS, 16, False)])
    para(doc, [("（联系人：黄海燕，联系电话：0777-3881526）", FS, 16, False)], indent_chars=2)

    empty(doc, 1)
    banji(doc, "市发展改革委，市商务局，市统计局。",
          "钦州港片区管委会办公室", "2026年12月18日")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": title,
        "doc_number": docno,
        "issuer": [organ],
        "date": "2026-12-18",
        "published": None,
        "level": "zone",
        "region": "中国（广西）自由贸易试验区钦州港片区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "报告",
        "recipients": ["钦州市人民政府"],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


# ================================================================ document 2
NUMBERING_ABS = """
<w:abstractNum %s w:abstractNumId="676">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="1"/>
    <w:numFmt w:val="chineseCounting"/>
    <w:suff w:val="nothing"/>
    <w:lvlText w:val="%%1、"/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
    <w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/><w:sz w:val="32"/></w:rPr>
  </w:lvl>
  <w:lvl w:ilvl="1">
    <w:start w:val="1"/>
    <w:numFmt w:val="chineseCounting"/>
    <w:suff w:val="nothing"/>
    <w:lvlText w:val="（%%2）"/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
    <w:rPr><w:rFonts w:ascii="楷体_GB2312" w:hAnsi="楷体_GB2312" w:eastAsia="楷体_GB2312"/><w:b/><w:sz w:val="32"/></w:rPr>
  </w:lvl>
</w:abstractNum>
""" % nsdecls("w")


def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(NUMBERING_ABS)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml('<w:num %s w:numId="676"><w:abstractNumId w:val="676"/></w:num>' % nsdecls("w"))
    numbering.append(num)
    return 676


def set_num(p, num_id, ilvl):
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), ilvl, num_id))
    # numPr goes after pStyle/keepNext etc., before spacing/ind/jc
    ppr.insert(0, numpr)
    ps = ppr.find(qn("w:pStyle"))
    if ps is not None:
        ppr.remove(ps)
        ppr.insert(0, ps)


def doc_ganzhou():
    stem = "blind676_ganzhou_baogao"
    organ = "赣州综合保税区管理委员会"
    title = organ + "关于2026年工作总结和2027年工作打算的报告"
    docno = "赣综保管〔2026〕23号"
    CN = "一二三四五六七八九十"
    clauses = []
    doc = Document()
    page_setup(doc)
    page_number_footer(doc, "-")
    nid = add_numbering(doc)

    empty(doc, 2)
    para(doc, [(organ, XBS, 36, False, RED)], WD_ALIGN_PARAGRAPH.CENTER, line=44)
    empty(doc, 1)
    # 文号 / 签发人 in a borderless layout table
    lt = doc.add_table(rows=1, cols=2)
    lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(lt.rows[0].cells[0], "　" + docno, FS, 16, False, WD_ALIGN_PARAGRAPH.LEFT)
    c = lt.rows[0].cells[1]
    cp = c.paragraphs[0]
    cp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_runs(cp, [("签发人：", FS, 16, False), ("刘志强", KT, 16, False)])
    lt.rows[0].cells[0].width = Mm(90)
    lt.rows[0].cells[1].width = Mm(66)
    p = para(doc, [("", FS, 8, False)], line=10)
    border(p, "top", "FF0000", 18, 1)
    empty(doc, 1)

    # title: one paragraph with a soft line break
    para(doc, [("赣州综合保税区管理委员会关于2026年\n工作总结和2027年工作打算的报告", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, line=34)
    empty(doc, 1)
    para(doc, [("赣州市人民政府：", FS, 16, False)])

    state = {"l0": 0, "l1": 0}

    def body(text):
        clauses.append(text)
        para(doc, [(text, FS, 16, False)], indent_chars=2)

    def h1(text):
        state["l0"] += 1
        state["l1"] = 0
        p = para(doc, [(text, HT, 16, False)])
        set_num(p, nid, 0)

    def item(head, rest):
        state["l1"] += 1
        clauses.append("（%s）" % CN[state["l1"] - 1] + head + rest)
        p = para(doc, [(head, KT, 16, True), (rest, FS, 16, False)])
        set_num(p, nid, 1)

    body("2026年，赣州综合保税区在市委、市政府的正确领导下，在赣州海关的大力支持下，坚持“以贸促产、"
         "以产兴区”，聚焦加工制造、保税物流、跨境电商三大主导业务，推动综保区高质量发展取得明显成效。"
         "现将有关情况报告如下：")

    h1("2026年主要工作成效")
    item("外贸规模持续扩大。",
         "全年完成进出口总额426.8亿元，同比增长12.3%，占全市外贸总额的38.6%；其中加工贸易进出口318.2亿元，"
         "同比增长14.7%。在海关总署组织的2025年度全国综合保税区发展绩效评估中位列A类。")
    item("产业项目加速集聚。",
         "全年新引进项目23个，合同总投资86.5亿元，其中亿元以上项目14个。稀土永磁电机、新能源汽车零部件、"
         "电子信息等保税加工产业链条不断延伸，区内规上工业企业达到52家，实现营业收入281.4亿元，同比增长10.6%。")
    item("跨境电商和新业态快速发展。",
         "跨境电商“9610”“9710”“9810”“1210”全模式业务常态化运行，全年跨境电商进出口额完成63.7亿元，"
         "同比增长27.4%。保税维修、保税研发等新业态实现突破，全年开展保税维修业务货值4.2亿元。")
    item("通道能力显著提升。",
         "依托赣州国际陆港，开行中欧（亚）班列486列，同比增长9.2%；开行赣州至深圳、赣州至厦门铁海联运班列"
         "1830列，“跨境电商+中欧班列”出口模式实现常态化运作。")
    item("监管服务不断创新。",
         "推行“四自一简”“区内自行运输”等海关监管创新举措，货物进出区平均通关时间压缩至1.2小时。建成综保区"
         "智慧监管平台，实现卡口、仓储、围网视频监控“一网统管”。")

    # table with the 注 inside a merged last row
    para(doc, [("2026年主要指标完成情况", HT, 16, False)], WD_ALIGN_PARAGRAPH.CENTER, before=6)
    header = ["指标", "单位", "目标值", "完成值", "完成率"]
    rows = [
        ["进出口总额", "亿元", "400", "426.8", "106.7%"],
        ["加工贸易进出口额", "亿元", "300", "318.2", "106.1%"],
        ["跨境电商进出口额", "亿元", "55", "63.7", "115.8%"],
        ["新引进项目", "个", "20", "23", "115.0%"],
        ["合同引资额", "亿元", "90", "86.5", "96.1%"],
        ["中欧（亚）班列开行量", "列", "450", "486", "108.0%"],
    ]
    t = grid_table(doc, header, rows, [54, 22, 26, 26, 26])
    for r in rows:
        clauses.append(row_clause(header, r))
    note = "注：进出口数据来源于赣州海关统计；合同引资额未完成目标，主要系2个拟签约项目延期至2027年一季度签约。"
    nr = t.add_row()
    m = nr.cells[0].merge(nr.cells[4])
    cell_text(m, note, FS, 12, False, WD_ALIGN_PARAGRAPH.LEFT)
    clauses.append(note)
    empty(doc, 1)

    h1("存在的问题")
    body("当前综保区发展中还存在一些不足：一是产业链条偏短，区内企业以加工装配为主，研发设计、检测维修、"
         "销售结算等高附加值环节占比不高；二是外贸结构不够均衡，加工贸易占比达74.6%，保税物流和服务贸易"
         "规模偏小；三是专业人才和要素支撑不足，通关、物流、国际结算等专业人才短缺，综保区内可供开发的"
         "标准厂房仅剩2.3万平方米。")

    h1("2027年工作打算")
    body("2027年，综保区将围绕“争先进位、提质增效”目标，重点做好以下工作：")
    item("做大做强保税加工。",
         "围绕稀土永磁、新能源汽车零部件、电子信息等主导产业，推动“保税+制造”深度融合，全年力争新引进"
         "项目25个以上、合同引资100亿元以上，进出口总额增长10%以上。")
    item("加快发展新业态新模式。", "重点抓好两方面工作：")
    body("1.扩大跨境电商规模。培育引进跨境电商龙头企业和服务商，建设跨境电商公共海外仓3个，力争跨境电商"
         "进出口额突破75亿元。")
    body("2.拓展保税服务业态。积极申报保税维修扩大产品目录，推进保税研发、保税展示交易、融资租赁等业务"
         "落地。")
    item("提升通道枢纽功能。",
         "加强与赣州国际陆港、深圳盐田港、厦门港联动，力争开行中欧（亚）班列500列以上，推动“区港联动”"
         "“多式联运一单制”常态化运行。")
    item("强化安全监管和风险防控。",
         "压实企业主体责任，配合海关开展综保区围网、卡口、信息化系统专项检查，坚决守住不发生重大走私违规"
         "和安全生产事故的底线。")
    body("特此报告。")

    empty(doc, 3)
    para(doc, [(organ + "　　　", FS, 16, False)], WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, [("二〇二六年十二月二十五日" + "　　　　", FS, 16, False)], WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc, 1)
    para(doc, [("（联系人：陈晓燕；联系电话：0797-8391526）", FS, 16, False)], indent_chars=2)

    empty(doc, 2)
    banji(doc, "市商务局，赣州海关，赣州经济技术开发区管委会。",
          "赣州综合保税区管理委员会办公室", "2026年12月25日", gap="　" + " " * 3)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": title,
        "doc_number": docno,
        "issuer": [organ],
        "date": "2026-12-25",
        "published": None,
        "level": "zone",
        "region": "赣州综合保税区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "报告",
        "recipients": ["赣州市人民政府"],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for fn in (doc_qinzhou, doc_ganzhou):
        stem, path, objs = fn()
        convert(path)
        expected[stem] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
