# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 524: 连云港市政府工作报告（开放部分） + 市人代会关于政府工作报告的决议."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, font, size, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), font)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first_indent=None, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para(doc, parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=32, line=28,
         before=0, after=0):
    """parts: list of (text, font, size, bold[, color]) ; text '\\n' -> soft break."""
    p = doc.add_paragraph()
    fmt(p, align, first_indent, line, before, after)
    for part in parts:
        text, font, size = part[:3]
        bold = part[3] if len(part) > 3 else False
        color = part[4] if len(part) > 4 else None
        if text == "\n":
            r = p.add_run()
            r.add_break(WD_BREAK.LINE)
            set_font(r, font, size, bold, color)
            continue
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def empty(doc, n=1, size=16):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, None, None, 28)
        r = p.add_run("")
        set_font(r, FS, size)


def bottom_border(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.insert_element_before(pbdr, "w:shd", "w:tabs", "w:suppressAutoHyphens",
                              "w:kinsoku", "w:wordWrap", "w:overflowPunct",
                              "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                              "w:bidi", "w:adjustRightInd", "w:snapToGrid",
                              "w:spacing", "w:ind", "w:contextualSpacing",
                              "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                              "w:textDirection", "w:textAlignment",
                              "w:textboxTightWrap", "w:outlineLvl", "w:divId",
                              "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def setup_page(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        s.footer_distance = Cm(2.8)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def add_page_number(doc):
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14)
    # PAGE field
    r = fp.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._element.append(f1)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r._element.append(f2)
    r = fp.add_run("1")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._element.append(f3)
    r = fp.add_run(" —")
    set_font(r, "宋体", 14)


def add_chinese_paren_numbering(doc):
    """Create a Word list whose level 0 renders as （一）（二）… ; returns numId."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId")))
               for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    abs_id = max(abs_ids + [0]) + 1
    num_id = max(num_ids + [0]) + 1

    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                     ("w:suff", "nothing"), ("w:lvlText", "（%1）"),
                     ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(k), KT)
    rpr.append(rf)
    b = OxmlElement("w:b")
    rpr.append(b)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    an.append(lvl)

    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ani = OxmlElement("w:abstractNumId")
    ani.set(qn("w:val"), str(abs_id))
    num.append(ani)
    numbering.append(num)
    return num_id


def set_num(p, num_id, ilvl=0):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    # numPr goes early in pPr
    ppr.insert(0, numpr)
    p.paragraph_format.left_indent = Pt(0)
    p.paragraph_format.first_line_indent = Pt(32)


def cell_border(cell, **kw):
    tcpr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + edge)
        if edge in kw:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(kw[edge]))
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        borders.append(e)
    tcpr.append(borders)


def table_no_borders(table):
    tbl = table._tbl
    tblpr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.insert_element_before(b, "w:shd", "w:tblLayout", "w:tblCellMar",
                                "w:tblLook", "w:tblCaption", "w:tblDescription")


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_524", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=240)


# ---------------------------------------------------------------- texts
CITY = "连云港市"
MEETING = "连云港市第十五届人民代表大会第五次会议"

R_OPEN = "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。"

R_REVIEW_LEAD = (
    "2025年是“十四五”规划收官之年，也是连云港加快建设新亚欧陆海联运通道标杆示范项目的关键一年。"
    "面对复杂严峻的外部环境，在省委、省政府和市委的坚强领导下，在市人大及其常委会的法律监督、工作监督下，"
    "在市政协的民主监督下，我们坚持以高水平开放促进高质量发展，全市地区生产总值达到4856.3亿元、增长6.2%，"
    "一般公共预算收入315.8亿元、增长4.1%，外贸进出口总额1368.5亿元、增长9.7%，"
    "实际使用外资9.86亿美元、增长11.3%，主要指标增速保持全省前列。")

# (heading, body) ; Word auto-numbered （一）…（四）
R_REVIEW_ITEMS = [
    ("自贸试验区建设走深走实。",
     "中国（江苏）自由贸易试验区连云港片区全年新增市场主体6182户、增长13.5%，其中外商投资企业87家；"
     "实现进出口总额612.4亿元、增长15.6%，占全市比重达到44.8%。累计形成制度创新成果156项，"
     "其中“海河联运一单制”“跨境电商出口退货监管新模式”等8项在全省复制推广，"
     "“国际班列集装箱‘车站直装直提’”入选商务部自贸试验区最佳实践案例。"
     "片区管委会承接省级赋权事项183项，企业开办时间压缩至0.5个工作日，“证照分离”改革实现全覆盖。"
     "连云港综合保税区完成进出口总额287.6亿元、增长18.2%，在全国海关特殊监管区域绩效评估中首次获评A类。"),
    ("“一带一路”强支点建设成效明显。",
     "连云港港完成货物吞吐量3.42亿吨、增长4.6%，集装箱吞吐量672万标箱、增长8.1%，"
     "新开通至东南亚、中东等外贸航线9条，外贸航线总数达到87条。"
     "中欧（中亚）班列开行1026列、增长12.4%，其中回程班列318列，首次突破千列大关；"
     "“连新亚”“连中欧”班列全程时效分别压缩至9天和13天。"
     "||"  # soft line break here
     "中哈（连云港）物流合作基地完成集装箱进出场量46.8万标箱，上合组织（连云港）国际物流园新引进物流贸易企业42家，"
     "霍尔果斯—东门经济特区无水港至连云港港的“公铁海”联运线路全年运量增长23.7%。"),
    ("外贸外资结构持续优化。",
     "跨境电商综合试验区实现跨境电商进出口额186.3亿元、增长27.5％，新增跨境电商海外仓14个、总数达到41个，"
     "9610、9710、9810、1210监管模式全部落地并常态化运行。新认定省级外贸转型升级基地3个，"
     "民营企业进出口占比提高到58.6%，对共建“一带一路”国家进出口额723.9亿元、增长13.8%，占全市比重达到52.9%。"
     "新设外商投资项目126个，其中总投资超1亿美元项目11个，盛虹、卫星化学等龙头企业增资扩股，"
     "制造业实际使用外资占比达到63.4%。"),
    ("开放平台能级不断提升。",
     "成功举办第五届“一带一路”国际合作物流论坛暨中国（连云港）丝绸之路国际物流博览会，签约项目68个、总金额512亿元。"
     "连云港口岸获批进境粮食、肉类指定监管场地扩大开放，口岸进口整体通关时间压缩至31.6小时、出口压缩至0.9小时，"
     "分别比全国平均水平快42.3%和61.8%。RCEP原产地证书签证金额达到58.7亿元、增长21.4%，为企业减免关税约1.2亿元。"
     "与哈萨克斯坦、乌兹别克斯坦等国家新建友好城市和友好交流城市4对，国际友城总数达到29个。"),
]

R_REVIEW_CLOSE = (
    "各位代表！这些成绩的取得，是省委、省政府和市委坚强领导的结果，是市人大、市政协监督支持的结果，"
    "是全市人民团结奋斗的结果。在肯定成绩的同时，我们也清醒看到，自贸片区制度创新的系统集成度还不够高，"
    "中欧班列回程货源相对不足，外贸新业态规模偏小，口岸综合服务效能与一流标准相比仍有差距。"
    "对此，我们将采取有力措施，切实加以解决。")

R_TASK_LEAD = (
    "2026年是“十五五”规划开局之年。全市开放型经济发展的主要预期目标是：外贸进出口总额增长6%左右，"
    "实际使用外资增长5%以上，连云港港货物吞吐量达到3.55亿吨，中欧（中亚）班列开行1100列以上。"
    "重点抓好六个方面工作：")

# typed by hand, run-in bold headings
R_TASKS = [
    ("（一）", "深入实施自贸试验区提升战略。",
     "对标高标准国际经贸规则，在货物贸易、服务贸易、数据跨境流动等领域开展首创性、差异化探索，"
     "全年形成制度创新成果20项以上，力争3项以上在全国复制推广。推动片区与徐圩新区、连云港经济技术开发区联动发展，"
     "建立“自贸片区+联动创新区”协同机制。深化“放管服”改革，推行“一业一证”“一照多址”，"
     "企业开办实现“全程网办、即时办结”。"),
    ("（二）", "高水平建设新亚欧陆海联运通道。",
     "加快连云港港30万吨级航道二期、徐圩港区六港池集装箱码头等项目建设，全年完成港口建设投资85亿元。"
     "做强中欧（中亚）班列品牌，稳定开行“连新亚”“连中欧”班列，拓展至中亚、西亚和欧洲的新线路3条以上，"
     "回程班列占比提高到35%以上。深化与哈萨克斯坦国家铁路公司合作，推进中哈物流合作基地二期建设，"
     "提升上合组织（连云港）国际物流园集疏运能力。"),
    ("（三）", "加快发展外贸新业态新模式。",
     "实施跨境电商“品牌出海”行动，培育年交易额超亿元的跨境电商企业10家以上，新建公共海外仓5个。"
     "推动市场采购贸易、保税维修、离岸贸易等新业态发展，支持综合保税区开展“保税+研发”“保税+展示交易”业务，"
     "全年综合保税区进出口额增长10%以上。用足用好RCEP规则，一是扩大对东盟、日韩的农产品和化工新材料出口；"
     "二是推广“经认证的经营者（AEO）”互认，力争新增AEO高级认证企业8家；"
     "三是建设RCEP企业服务中心，为企业提供原产地规则、关税减让一站式服务。"),
    ("（四）", "着力稳外资扩外资。",
     "开展“投资连云港”全球推介活动，聚焦石化新材料、生物医药、高端装备等主导产业，全年招引外资项目100个以上，"
     "其中超亿美元项目10个以上。落实外商投资准入前国民待遇加负面清单管理制度，"
     "全面清理与《中华人民共和国外商投资法》不相符的规定和做法，健全外商投资企业投诉工作机制，"
     "确保外资企业平等参与政府采购、标准制定。"),
    ("（五）", "提升口岸开放和通关便利化水平。",
     "推进连云港港口型国家物流枢纽建设，争取国际邮件互换中心获批。深化“智慧口岸”建设，"
     "推广“提前申报”“两段准入”“船边直提”等便利化措施，进口、出口整体通关时间再压缩10%。"
     "优化国际贸易“单一窗口”功能，拓展跨境贸易金融、物流、信用等特色服务。"),
    ("（六）", "拓展国际交流合作空间。",
     "办好第六届“一带一路”国际合作物流论坛，深化与中亚、西亚国家在物流、能源、农业等领域务实合作。"
     "支持企业在哈萨克斯坦、乌兹别克斯坦等国布局海外仓和境外经贸合作区，全年对外直接投资额增长8%以上。"
     "新缔结国际友好城市2对，推动教育、文化、旅游交流合作。"),
]

R_CLOSE = (
    "各位代表！开放是连云港最大的优势，也是连云港最大的潜力。让我们更加紧密地团结在以习近平同志为核心的党中央周围，"
    "在省委、省政府和市委的坚强领导下，以更加开放的姿态、更加务实的作风，"
    "奋力谱写“强富美高”新连云港现代化建设新篇章！")

CN = "一二三四五六七八九十"

J_TITLE1 = MEETING
J_TITLE2 = "关于政府工作报告的决议"
J_NOTE = "（2026年1月17日" + MEETING + "通过）"
J_BODY = [
    MEETING + "听取和审议了市长周立新所作的政府工作报告。会议充分肯定市人民政府过去一年的工作，"
    "同意报告对2026年工作的总体部署和提出的各项任务，决定批准这个报告。",
    "会议认为，2025年，市人民政府在省委、省政府和市委的坚强领导下，坚持稳中求进工作总基调，"
    "完整准确全面贯彻新发展理念，统筹推进稳增长、促改革、扩开放、惠民生、防风险各项工作，"
    "全市经济运行稳中有进、进中提质，“十四五”规划目标任务圆满完成。",
    "会议指出，中国（江苏）自由贸易试验区连云港片区建设和“一带一路”强支点建设取得新的成效，"
    "中欧（中亚）班列年开行量首次突破千列，外贸进出口总额、实际使用外资实现较快增长，"
    "新亚欧陆海联运通道标杆示范作用进一步彰显。",
    "会议认为，报告实事求是、重点突出，提出的2026年开放型经济发展主要预期目标积极稳妥，"
    "外贸进出口总额增长6%左右、实际使用外资增长5%以上、中欧（中亚）班列开行1100列以上等目标切实可行，符合我市实际。",
    "会议强调，2026年是“十五五”规划开局之年，做好政府工作意义重大。市人民政府要深入实施自贸试验区提升战略，"
    "加快建设新亚欧陆海联运通道，大力发展跨境电商等外贸新业态新模式，持续稳外资扩外资，"
    "以高水平对外开放推动高质量发展。",
    "会议要求，市人民政府要坚持依法行政，自觉接受市人大及其常委会的法律监督和工作监督，自觉接受市政协的民主监督，"
    "认真办理人大代表建议和政协委员提案，不断提高政府工作的法治化、规范化水平。",
    "会议要求，要加强政府自身建设，持之以恒改进作风，优化营商环境，提升政务服务效能，"
    "为各类市场主体投资兴业营造稳定、公平、透明、可预期的发展环境。",
    "会议号召，全市各级国家机关和广大干部群众要更加紧密地团结在以习近平同志为核心的党中央周围，"
    "坚定信心、真抓实干，奋力完成2026年各项目标任务，为谱写“强富美高”新连云港现代化建设新篇章而努力奋斗！",
]


# ---------------------------------------------------------------- report
def make_report():
    doc = Document()
    setup_page(doc)
    add_page_number(doc)

    # red header as the 人大 office prints it (大会文件), with red rule
    p = para(doc, [(MEETING + "文件", XBS, 20, False, RED)],
             align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=0, line=40)
    p = para(doc, [("", FS, 10, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
             first_indent=0, line=12)
    bottom_border(p, "FF0000", 18)
    empty(doc, 1)

    para(doc, [("政　府　工　作　报　告", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER,
         first_indent=0, line=36)
    empty(doc, 1)
    para(doc, [("——2026年1月14日在" + MEETING + "上", KT, 16)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=0)
    # name line with manual full-width spaces
    para(doc, [("连云港市市长　　周立新", KT, 16)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=0)
    empty(doc, 1)

    para(doc, [(R_OPEN, FS, 16)])
    empty(doc, 1)

    # heading 一、 split into two runs
    para(doc, [("一、", HT, 16), ("2025年工作回顾", HT, 16)])
    para(doc, [(R_REVIEW_LEAD, FS, 16)])

    num_id = add_chinese_paren_numbering(doc)
    for head, body in R_REVIEW_ITEMS:
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, None, 28)
        set_num(p, num_id)
        # heading in bold 楷体, split over 2 runs
        cut = len(head) // 2
        set_font(p.add_run(head[:cut]), KT, 16, True)
        set_font(p.add_run(head[cut:]), KT, 16, True)
        if "||" in body:
            a, b = body.split("||")
            set_font(p.add_run(a), FS, 16)
            r = p.add_run()
            r.add_break(WD_BREAK.LINE)
            set_font(r, FS, 16)
            set_font(p.add_run(b), FS, 16)
        else:
            set_font(p.add_run(body), FS, 16)

    para(doc, [(R_REVIEW_CLOSE, FS, 16)])
    empty(doc, 1)

    para(doc, [("二、2026年主要任务", HT, 16)])
    para(doc, [(R_TASK_LEAD, FS, 16)])
    for i, (num, head, body) in enumerate(R_TASKS):
        if i == 2:
            # bold heading but the full stop left un-bolded
            parts = [(num, KT, 16, True), (head[:-1], KT, 16, True),
                     (head[-1], FS, 16, False), (body, FS, 16, False)]
        else:
            parts = [(num + head, KT, 16, True), (body, FS, 16, False)]
        para(doc, parts)
        if i == 3:
            empty(doc, 1)  # stray empty paragraph mid-list

    para(doc, [(R_CLOSE, FS, 16)])

    path = os.path.join(HERE, "blind524_lianyungang_baogao.docx")
    doc.save(path)
    return path


# ---------------------------------------------------------------- 决议
def make_jueyi():
    doc = Document()
    setup_page(doc)
    add_page_number(doc)

    empty(doc, 1)
    # title typed as two separate paragraphs
    para(doc, [(J_TITLE1, XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER,
         first_indent=0, line=36)
    para(doc, [(J_TITLE2, XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER,
         first_indent=0, line=36)
    # adoption note with a soft break inside it
    para(doc, [("（2026年1月17日连云港市第十五届人民代表大会", KT, 16),
               ("\n", KT, 16),
               ("第五次会议通过）", KT, 16)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=0)
    empty(doc, 1)

    # body indented by typed full-width spaces, no first-line indent
    for i, t in enumerate(J_BODY):
        parts = [("　　", FS, 16), (t, FS, 16)]
        if i == 0:
            # split first paragraph mid-sentence into several runs
            k = t.index("会议充分肯定")
            parts = [("　　", FS, 16), (t[:20], FS, 16), (t[20:k], FS, 16),
                     (t[k:], FS, 16)]
        para(doc, parts, first_indent=0)

    empty(doc, 2)

    # 版记 (layout table): 抄送 + 印发 line
    tbl = doc.add_table(rows=2, cols=1)
    table_no_borders(tbl)
    c0 = tbl.rows[0].cells[0]
    c1 = tbl.rows[1].cells[0]
    cell_border(c0, top=12, bottom=6)
    cell_border(c1, bottom=12)
    p0 = c0.paragraphs[0]
    fmt(p0, WD_ALIGN_PARAGRAPH.LEFT, None, 28)
    set_font(p0.add_run("抄送：市委各部门，市纪委监委，市中级法院，市检察院，"
                        "市政协办公室，各县区人大常委会。"), FS, 14)
    p1 = c1.paragraphs[0]
    fmt(p1, WD_ALIGN_PARAGRAPH.LEFT, None, 28)
    set_font(p1.add_run("　连云港市人大常委会办公室　　　　　　2026年1月19日印发"),
             FS, 14)

    path = os.path.join(HERE, "blind524_lianyungang_jueyi.docx")
    doc.save(path)
    return path


# ---------------------------------------------------------------- key
def expected():
    rep_clauses = [R_OPEN, R_REVIEW_LEAD]
    for i, (h, b) in enumerate(R_REVIEW_ITEMS):
        rep_clauses.append("（" + CN[i] + "）" + h + b.replace("||", ""))
    rep_clauses.append(R_REVIEW_CLOSE)
    rep_clauses.append(R_TASK_LEAD)
    for num, h, b in R_TASKS:
        rep_clauses.append(num + h + b)
    rep_clauses.append(R_CLOSE)

    return {
        "blind524_lianyungang_baogao": [{
            "meta": {
                "title": "政府工作报告",
                "doc_number": None,
                "issuer": ["连云港市人民政府"],
                "date": "2026-01-14",
                "published": None,
                "level": "municipal",
                "region": "连云港市",
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "报告",
                "recipients": [],
                "publicity": None,
                "repeals": None,
            },
            "clauses": rep_clauses,
        }],
        "blind524_lianyungang_jueyi": [{
            "meta": {
                "title": J_TITLE1 + J_TITLE2,
                "doc_number": None,
                "issuer": ["连云港市人民代表大会"],
                "date": "2026-01-17",
                "published": None,
                "level": "municipal",
                "region": "连云港市",
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "决议",
                "recipients": [],
                "publicity": None,
                "repeals": None,
            },
            "clauses": list(J_BODY),
        }],
    }


def main():
    paths = [make_report(), make_jueyi()]
    for pth in paths:
        convert(pth)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
