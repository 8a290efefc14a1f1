# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 404 blind test documents: zone investment guides / 产业地图 with many small tables."""
import json
import os
import subprocess
import copy

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)
SP = "\u3000"


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def para(doc, text="", font=FS, size=16, bold=False, align=None, indent=True,
         color=None, space_after=0, line=28):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def runs(p, parts, size=16):
    """parts: list of (text, font, bold)"""
    for t, f, b in parts:
        r = p.add_run(t)
        set_font(r, f, size, b)
    return p


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_bottom_border(p, top=True, bottom=True, sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side, on in (("top", top), ("bottom", bottom)):
        if on:
            b = OxmlElement("w:" + side)
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), str(sz))
            b.set(qn("w:space"), "1")
            b.set(qn("w:color"), "000000")
            bdr.append(b)
    ppr.append(bdr)


def page_number_footer(doc):
    for sec in doc.sections:
        ft = sec.footer
        p = ft.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run("— ")
        set_font(r, "宋体", 14)
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), "PAGE")
        r2 = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        r2.append(t)
        fld.append(r2)
        p._p.append(fld)
        r3 = p.add_run(" —")
        set_font(r3, "宋体", 14)


def setup(doc):
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(text)
    set_font(r, font, size, bold)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def data_table(doc, header, rows, clauses, caption_in_table=None, borders=True,
               left_cols=()):
    """Adds a table; every data row becomes a clause '列名：值；列名：值'."""
    extra = 1 if caption_in_table else 0
    t = doc.add_table(rows=len(rows) + 1 + extra, cols=len(header))
    if borders:
        t.style = "Table Grid"
    else:
        no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if caption_in_table:
        c = t.rows[0].cells[0].merge(t.rows[0].cells[-1])
        cell_text(c, caption_in_table, HT, 14)
    for j, h in enumerate(header):
        cell_text(t.rows[extra].cells[j], h, HT, 12)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if j in left_cols else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.rows[i + 1 + extra].cells[j], v, FS, 12, align=al)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    return t


def caption(doc, text):
    p = para(doc, text, HT, 14, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p.paragraph_format.space_before = Pt(6)
    return p


def body(doc, text, clauses, **kw):
    p = para(doc, text, **kw)
    clauses.append(text)
    return p


def runin(doc, head, rest, clauses, head_font=KT, bold=False):
    p = para(doc)
    runs(p, [(head, head_font, bold), (rest, FS, False)])
    clauses.append(head + rest)
    return p


def heading1(doc, text):
    return para(doc, text, HT, 16)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def add_numbering(doc, abs_id, num_id, fmt_text, numfmt="decimal", font=FS):
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", numfmt), ("w:suff", "nothing"),
                     ("w:lvlText", fmt_text), ("w:lvlJc", "left")):
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
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), font)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(abs_id))
    num.append(an)
    numbering.append(num)


def numbered(doc, num_id, shown_prefix, text, clauses, head=None):
    p = para(doc)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)
    if head:
        runs(p, [(head, FS, True), (text, FS, False)])
        clauses.append(shown_prefix + head + text)
    else:
        runs(p, [(text, FS, False)])
        clauses.append(shown_prefix + text)
    return p


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_404", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ doc 1
def doc_qingdao():
    doc = Document()
    setup(doc)
    notice = []
    guide = []

    p = para(doc, "青岛市商务局文件", XBS, 40, align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, color=RED, line=60)
    para(doc, "", indent=False)
    p = para(doc, "青商务〔2026〕7号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(p)
    para(doc, "", indent=False)
    # title with soft break
    p = para(doc, "", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    r = p.add_run("青岛市商务局关于印发《中国（山东）自由贸易试验区")
    set_font(r, XBS, 22)
    r.add_break()
    r = p.add_run("青岛片区投资指南（2026年版）》的通知")
    set_font(r, XBS, 22)
    para(doc, "", indent=False)
    para(doc, "各区（市）商务主管部门，青岛自贸片区管委会，市直有关部门：", indent=False)

    body(doc, "为进一步做好中国（山东）自由贸易试验区青岛片区招商引资和外商投资服务工作，"
              "全面展示片区功能布局、产业基础和营商环境，市商务局会同青岛自贸片区管委会编制了"
              "《中国（山东）自由贸易试验区青岛片区投资指南（2026年版）》，现印发给你们，"
              "请结合工作实际抓好宣传推介和使用。", notice)
    # run-in headings in bold 黑体 runs
    runin(doc, "一、加强宣传推介。", "各区（市）要将投资指南作为招商推介的基础资料，在境内外投资促进活动、"
          "重点外资企业走访和驻外招商机构推介中广泛使用，推动片区产业地图与全市重点产业链招商图谱有效衔接。",
          notice, head_font=HT)
    runin(doc, "二、做好动态更新。", "青岛自贸片区管委会要建立园区载体、产业项目和联系方式动态更新机制，"
          "原则上每半年更新一次，相关调整情况及时报市商务局备案。",
          notice, head_font=HT)
    runin(doc, "三、强化服务保障。", "市直有关部门要按照职责分工，对指南所列重点产业和重点项目在用地、能耗、"
          "人才、通关等方面给予支持，对外商投资企业反映的问题实行清单化跟踪办理。",
          notice, head_font=HT)
    body(doc, "《中国（山东）自由贸易试验区青岛片区投资指南（2024年版）》同时废止。", notice)
    body(doc, "联系人：市商务局外国投资管理处　刘晓静，联系电话：0532－85912736。", notice)
    para(doc, "", indent=False)
    p = para(doc, "附件：中国（山东）自由贸易试验区青岛片区投资指南（2026年版）", indent=True)
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    # 落款 aligned by manual spaces
    para(doc, SP * 14 + "青岛市商务局", indent=False)
    para(doc, SP * 13 + "2026年3月12日", indent=False)
    para(doc, SP * 2 + "（此件公开发布）", indent=False)

    # ----- attachment: the guide
    page_break(doc)
    para(doc, "附件", HT, 16, indent=False)
    para(doc, "", indent=False)
    p = para(doc, "", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    r = p.add_run("中国（山东）自由贸易试验区青岛片区")
    set_font(r, XBS, 22)
    r.add_break()
    r = p.add_run("投资指南（2026年版）")
    set_font(r, XBS, 22)
    para(doc, "", indent=False)

    heading1(doc, "一、片区概况")
    body(doc, "中国（山东）自由贸易试验区青岛片区于2019年8月30日揭牌，实施范围52平方公里，"
              "位于青岛西海岸新区，涵盖前湾保税港区、青岛西海岸综合保税区等海关特殊监管区域，"
              "重点发展现代海洋、国际贸易、航运物流、现代金融、先进制造等产业。", guide)
    body(doc, "片区按照“一区多园、功能互补”的思路布局，各功能区基本情况见表1。", guide)
    caption(doc, "表1" + SP + "青岛片区功能区基本情况")
    data_table(doc, ["序号", "功能区名称", "规划面积（平方公里）", "主导产业", "联系方式"], [
        ["1", "前湾保税港区", "9.72", "航运物流、国际贸易、冷链食品", "0532－86765210"],
        ["2", "青岛西海岸综合保税区", "2.01", "保税加工、保税维修、跨境电商", "0532－86987731"],
        ["3", "中德生态园", "11.60", "智能制造、氢能产业、医疗康养", "0532－83168802"],
        ["4", "国际航运服务区", "6.35", "航运金融、船舶交易、供应链管理", "0532－86901145"],
        ["5", "新经济产业区", "22.32", "集成电路、数字经济、海洋生物医药", "0532－86159078"],
    ], guide, left_cols=(3,))
    para(doc, "", indent=False)

    heading1(doc, "二、产业布局")
    body(doc, "围绕全市重点产业链，片区已形成若干特色产业园区，主要承接项目和入驻企业情况如下。", guide)
    caption(doc, "表2" + SP + "重点产业园区一览")
    data_table(doc, ["园区名称", "所在功能区", "主导产业", "入驻企业数（家）"], [
        ["青岛国际冷链物流园", "前湾保税港区", "冷链仓储、进口肉类水产品分拨", "86"],
        ["青岛跨境电商产业园", "青岛西海岸综合保税区", "跨境电商、保税展示交易", "214"],
        ["中德氢能产业园", "中德生态园", "氢燃料电池、加氢装备", "37"],
        ["芯谷集成电路产业园", "新经济产业区", "芯片设计、封装测试", "58"],
    ], guide, left_cols=(2,))
    para(doc, "", indent=False)

    heading1(doc, "三、利用外资情况")
    body(doc, "2025年，片区新设外商投资企业163家，实际使用外资12.50亿美元，"
              "占青岛市实际使用外资总额的23.4%，外资结构持续优化。分行业情况见表3。", guide)
    caption(doc, "表3" + SP + "2025年青岛片区实际使用外资分行业情况")
    data_table(doc, ["行业", "实际使用外资（亿美元）", "占比（%）"], [
        ["先进制造业", "4.86", "38.9"],
        ["现代物流", "2.73", "21.8"],
        ["国际贸易", "1.95", "15.6"],
        ["金融服务", "1.42", "11.4"],
        ["科技服务", "0.98", "7.8"],
        ["其他", "0.56", "4.5"],
        ["合计", "12.50", "100.0"],
    ], guide)
    body(doc, "注：数据来源于青岛市商务局外资统计监测系统，占比经四舍五入处理。", guide,
         size=12, line=20)
    para(doc, "", indent=False)

    heading1(doc, "四、支持政策")
    runin(doc, "（一）外资项目奖励。", "对新设立且当年实际到账外资金额超过1000万美元的制造业项目，"
          "按实际到账外资金额的2%给予奖励，单个项目最高不超过1000万元。", guide)
    runin(doc, "（二）总部经济支持。", "对经认定的跨国公司地区总部和功能性机构，给予最高500万元的一次性落户奖励，"
          "并在办公用房、人才公寓等方面给予保障。", guide)
    runin(doc, "（三）贸易便利化。", "支持企业开展保税维修、保税研发和跨境电商“1210”业务，"
          "推行“一线放开、二线安全高效管住”监管模式，进出口货物通关时间压缩至全国平均水平以下。", guide)
    runin(doc, "（四）人才服务。", "对片区引进的外籍高端人才，开辟工作许可和居留许可“一窗受理、并联审批”绿色通道。", guide)

    heading1(doc, "五、投资服务联系方式")
    body(doc, "欢迎境内外投资者来片区考察洽谈，具体事项可联系下列单位。", guide)
    caption(doc, "表4" + SP + "投资服务联系方式")
    data_table(doc, ["单位", "地址", "联系电话"], [
        ["青岛自贸片区管委会投资促进部", "青岛市黄岛区庐山路57号", "0532－86899512"],
        ["青岛自贸片区政务服务中心", "青岛市黄岛区长江中路216号", "0532－86981200"],
        ["青岛市商务局外国投资管理处", "青岛市市南区香港中路11号", "0532－85912736"],
    ], guide, left_cols=(1,))

    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, SP + "抄送：山东省商务厅，市委办公厅，市政府办公厅。", FS, 14, indent=False)
    top_bottom_border(p)
    p = para(doc, SP + "青岛市商务局办公室" + SP * 9 + "2026年3月12日印发", FS, 14, indent=False)
    top_bottom_border(p, top=False)

    page_number_footer(doc)
    stem = "blind404_qingdao_tongzhi"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    key = [
        {
            "meta": {
                "title": "青岛市商务局关于印发《中国（山东）自由贸易试验区青岛片区投资指南（2026年版）》的通知",
                "doc_number": "青商务〔2026〕7号",
                "issuer": ["青岛市商务局"],
                "date": "2026-03-12",
                "published": None,
                "level": "municipal",
                "region": "青岛市",
                "effective": None,
                "expires": None,
                "attachments": ["中国（山东）自由贸易试验区青岛片区投资指南（2026年版）"],
                "doc_type": "通知",
                "recipients": ["各区（市）商务主管部门", "青岛自贸片区管委会", "市直有关部门"],
                "publicity": "此件公开发布",
                "repeals": "中国（山东）自由贸易试验区青岛片区投资指南（2024年版）",
            },
            "clauses": notice,
        },
        {
            "meta": {
                "title": "中国（山东）自由贸易试验区青岛片区投资指南（2026年版）",
                "doc_number": None,
                "issuer": ["青岛市商务局"],
                "date": "2026-03-12",
                "published": None,
                "level": "municipal",
                "region": "中国（山东）自由贸易试验区青岛片区",
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "指南",
                "recipients": [],
                "publicity": None,
                "repeals": None,
            },
            "clauses": guide,
        },
    ]
    return stem, path, key


# ================================================================ doc 2
def doc_zhengzhou():
    doc = Document()
    setup(doc)
    add_numbering(doc, 901, 901, "（%1）")
    add_numbering(doc, 902, 902, "%1.")
    cl = []

    for _ in range(3):
        para(doc, "", indent=False)
    p = para(doc, "", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=40)
    r = p.add_run("郑州航空港经济综合实验区")
    set_font(r, XBS, 26)
    r.add_break()
    r = p.add_run("跨境电子商务产业投资指南")
    set_font(r, XBS, 26)
    p = para(doc, "（2025年版）", KT, 18, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    for _ in range(4):
        para(doc, "", indent=False)
    para(doc, "郑州航空港经济综合实验区管理委员会　编", KT, 16,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    page_break(doc)

    heading1(doc, "一、发展基础")
    body(doc, "郑州航空港经济综合实验区是全国首个以航空港经济为主题的国家级新区，"
              "拥有郑州新郑综合保税区、郑州航空港区航空物流园区等开放平台，"
              "是中国（郑州）跨境电子商务综合试验区的核心承载区。", cl)
    body(doc, "经过多年培育，实验区已形成跨境电商、航空物流、保税展示交易协同发展的产业格局。"
              "重点园区基本情况见表1。", cl)
    caption(doc, "表1" + SP + "跨境电商重点园区基本情况")
    data_table(doc, ["园区名称", "规划面积（平方公里）", "主导产业", "运营主体"], [
        ["郑州新郑综合保税区", "5.073", "智能终端、跨境电商保税进口", "河南航空港投资集团有限公司"],
        ["航空港区跨境电商产业园", "1.20", "跨境电商平台、海外仓服务", "郑州航空港兴港投资集团有限公司"],
        ["郑州国际航空货运枢纽物流园", "3.46", "航空物流、冷链分拨、快件监管", "河南机场集团有限公司"],
        ["合计", "9.733", "—", "—"],
    ], cl, left_cols=(2, 3))
    para(doc, "", indent=False)

    body(doc, "2025年1—10月，实验区跨境电商进出口额180.0亿元，同比增长9.8%，"
              "其中保税进口业务占比接近一半。分模式统计情况见表2。", cl)
    caption(doc, "表2" + SP + "2025年1—10月跨境电商进出口分模式统计")
    data_table(doc, ["业务模式", "进出口额（亿元）", "同比增长（%）", "占比（%）"], [
        ["1210保税进口", "86.4", "12.6", "48.0"],
        ["9610直购进口", "23.7", "-3.4", "13.2"],
        ["9710跨境电商B2B直接出口", "41.2", "15.1", "22.9"],
        ["9810跨境电商出口海外仓", "28.7", "8.3", "15.9"],
        ["合计", "180.0", "9.8", "100.0"],
    ], cl, left_cols=(0,))
    para(doc, "", indent=False)

    heading1(doc, "二、产业导向")
    body(doc, "实验区围绕跨境电商全链条，重点引进以下四类市场主体：", cl)
    numbered(doc, 901, "（1）", "重点引进具有全球资源配置能力的跨境电商平台企业及其区域总部、结算中心。", cl,
             head="跨境电商平台。")
    numbered(doc, 901, "（2）", "引进国际货代、航空货运代理、海外仓运营和跨境供应链综合服务企业。", cl,
             head="跨境物流服务。")
    numbered(doc, 901, "（3）", "支持品牌企业设立保税展示交易中心，发展“保税+直播”“前店后仓”等新业态。", cl,
             head="品牌与新零售。")
    numbered(doc, 901, "（4）", "引进跨境支付、数字营销、知识产权服务和合规咨询等专业服务机构。", cl,
             head="配套服务机构。")
    caption(doc, "表3" + SP + "重点招商方向")
    data_table(doc, ["产业方向", "重点环节", "目标企业类型"], [
        ["跨境电商平台", "区域总部、结算中心、选品中心", "综合型平台、垂直类平台"],
        ["跨境物流", "航空货运、国际快件、海外仓", "货运航空公司、一级货代、海外仓运营商"],
        ["智能终端", "整机制造、零部件配套", "手机整机企业、核心零部件供应商"],
    ], cl, left_cols=(1, 2))
    para(doc, "", indent=False)

    heading1(doc, "三、政策支持")
    numbered(doc, 902, "1.", "对新落户实验区且年跨境电商交易额首次突破1亿元的企业，一次性给予50万元奖励。", cl)
    numbered(doc, 902, "2.", "对开通或加密郑州至欧美主要城市全货机航线的航空公司，按照实际执飞航班给予运营补贴。", cl)
    numbered(doc, 902, "3.", "对在实验区新建或租用海外仓且面积不低于5000平方米的企业，按照年租金的30%给予补助，"
                               "每家企业每年最高200万元。", cl)
    numbered(doc, 902, "4.", "对企业开展跨境电商零售进口退货中心仓业务的，优先保障监管场所和查验设施。", cl)
    body(doc, "上述政策与实验区其他同类政策不重复享受，具体以正式印发的政策文件为准。", cl)

    heading1(doc, "四、要素保障")
    body(doc, "实验区依托郑州机场和中欧班列（中豫号）构建“空中丝绸之路”与“陆上丝绸之路”双向通道，"
              "主要物流通道情况见表4。", cl)
    caption(doc, "表4" + SP + "主要国际物流通道基本情况")
    data_table(doc, ["通道名称", "主要线路", "运行频次"], [
        ["郑州—卢森堡“空中丝绸之路”", "郑州—卢森堡—芝加哥等", "每周28班"],
        ["中欧班列（中豫号）", "郑州—汉堡、郑州—阿拉木图等", "每周18列"],
        ["郑州国际邮件枢纽口岸", "覆盖全球200余个国家和地区", "每日通关"],
    ], cl, left_cols=(1,))
    para(doc, "", indent=False)

    heading1(doc, "五、联系方式")
    # contact list typed into a borderless table for layout (header row kept)
    data_table(doc, ["部门", "联系人", "联系电话"], [
        ["实验区投资促进局", "赵明远", "0371－86197520"],
        ["实验区商务和物流发展局", "孙丽娟", "0371－86197638"],
        ["郑州新郑综合保税区管理服务中心", "陈浩", "0371－86021116"],
    ], cl, borders=False)
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    para(doc, SP * 8 + "郑州航空港经济综合实验区管理委员会", indent=False)
    para(doc, SP * 15 + "2025年11月20日", indent=False)

    page_number_footer(doc)
    stem = "blind404_zhengzhou_zhinan"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    key = [{
        "meta": {
            "title": "郑州航空港经济综合实验区跨境电子商务产业投资指南（2025年版）",
            "doc_number": None,
            "issuer": ["郑州航空港经济综合实验区管理委员会"],
            "date": "2025-11-20",
            "published": None,
            "level": "zone",
            "region": "郑州航空港经济综合实验区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "指南",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": cl,
    }]
    return stem, path, key


# ================================================================ doc 3
def doc_shaanxi():
    doc = Document()
    setup(doc)
    notice, a1, a2 = [], [], []

    p = para(doc, "陕西省商务厅", XBS, 32, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
             indent=False, color=RED, line=48)
    p = para(doc, "陕西省发展和改革委员会", XBS, 32, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
             indent=False, color=RED, line=48)
    para(doc, "", indent=False)
    p = para(doc, "陕商发〔2026〕5号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(p)
    para(doc, "", indent=False)
    p = para(doc, "", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    r = p.add_run("陕西省商务厅　陕西省发展和改革委员会")
    set_font(r, XBS, 22)
    r.add_break()
    r = p.add_run("关于印发《陕西省中欧班列（长安号）沿线")
    set_font(r, XBS, 22)
    r.add_break()
    r = p.add_run("重点产业园区招商地图（2026年）》的通知")
    set_font(r, XBS, 22)
    para(doc, "", indent=False)
    para(doc, "各设区市商务局、各设区市发展改革委，杨凌示范区管委会，西咸新区管委会：", indent=False)

    body(doc, "为深入落实共建“一带一路”倡议，发挥中欧班列（长安号）通道带动作用，"
              "推动“班列+园区+产业”融合发展，省商务厅、省发展改革委组织编制了"
              "《陕西省中欧班列（长安号）沿线重点产业园区招商地图（2026年）》，"
              "现印发给你们，并就有关事项通知如下。", notice)
    heading1(doc, "一、工作要求")
    runin(doc, "（一）突出精准招商。", "各地要对照招商地图确定的重点产业链和招商方向，"
          "建立目标企业清单，聚焦装备制造、新能源汽车、电子信息等领域开展以商招商、产业链招商。", notice)
    runin(doc, "（二）强化通道联动。", "依托西安国际港务区和各综合保税区，"
          "推动班列货源组织与园区产业布局协同，支持企业利用中欧班列开展“班列+海外仓”“班列+跨境电商”业务。", notice)
    runin(doc, "（三）加强要素保障。", "对纳入招商地图的重大外资项目，优先纳入省级重点项目管理，"
          "在用地、用能、融资等方面予以倾斜支持。", notice)
    heading1(doc, "二、有关事项")
    runin(doc, "（一）", "请各地于2026年3月31日前，将本地区招商地图落实情况和重点在谈项目清单报送省商务厅。", notice)
    runin(doc, "（二）", "各地招商地图工作联络员名单见附件2，联络员如有调整，"
          "请于5个工作日内报送至邮箱：sxswtwzc@163.com。", notice)
    body(doc, "联系人：省商务厅外国投资管理处　王磊，029－63913605；"
              "省发展改革委利用外资和境外投资处　杜鹏飞，029－63917214。", notice)
    para(doc, "", indent=False)
    # attachments list with hanging manual spaces
    para(doc, "附件：1．陕西省中欧班列（长安号）沿线重点产业园区招商地图（2026年）", indent=True)
    para(doc, SP * 5 + "2．各设区市招商地图工作联络员名单", indent=True)
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    # joint 落款 in a borderless layout table
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    cell_text(t.rows[0].cells[0], "陕西省商务厅", FS, 16)
    cell_text(t.rows[0].cells[1], "陕西省发展和改革委员会", FS, 16)
    para(doc, SP * 13 + "2026年1月16日", indent=False)
    para(doc, SP * 2 + "（此件公开发布）", indent=False)

    # ---- attachment 1
    page_break(doc)
    para(doc, "附件1", HT, 16, indent=False)
    para(doc, "", indent=False)
    p = para(doc, "", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    r = p.add_run("陕西省中欧班列（长安号）沿线")
    set_font(r, XBS, 22)
    r.add_break()
    r = p.add_run("重点产业园区招商地图（2026年）")
    set_font(r, XBS, 22)
    para(doc, "", indent=False)
    body(doc, "本招商地图收录全省中欧班列（长安号）沿线5个重点开放园区，"
              "涵盖园区基本情况、班列开行情况和重点招商产业链，供各地开展招商推介时参考使用。", a1)
    para(doc, "一、重点园区基本情况", HT, 16)
    body(doc, "各园区均已实现与中欧班列（长安号）集结中心的铁路或公路快速联通。", a1)
    caption(doc, "表1" + SP + "重点园区基本情况")
    data_table(doc, ["园区名称", "所在地", "规划面积（平方公里）", "主导产业", "联系方式"], [
        ["西安国际港务区", "西安市", "120.60", "国际物流、跨境电商、临港产业", "029－83601258"],
        ["西安综合保税区", "西安市", "6.17", "电子信息、保税物流、保税维修", "029－86251701"],
        ["陕西西咸空港综合保税区", "西咸新区", "2.03", "航空物流、生物医药、跨境电商", "029－33236610"],
        ["宝鸡综合保税区", "宝鸡市", "1.86", "钛及钛合金、装备制造", "0917－3261088"],
        ["杨凌综合保税区", "杨凌示范区", "0.85", "农产品加工、种业贸易", "029－87033915"],
    ], a1, left_cols=(3,))
    para(doc, "", indent=False)
    para(doc, "二、中欧班列（长安号）开行情况", HT, 16)
    body(doc, "2025年，中欧班列（长安号）全年开行5000列，开行线路覆盖亚欧大陆主要物流节点，"
              "分方向开行情况如下。", a1)
    # caption typed into the first (merged) row of the table
    data_table(doc, ["线路方向", "开行列数（列）", "占比（%）"], [
        ["中亚方向", "2150", "43.0"],
        ["欧洲方向", "1850", "37.0"],
        ["跨里海方向", "600", "12.0"],
        ["其他方向", "400", "8.0"],
        ["合计", "5000", "100.0"],
    ], a1, caption_in_table="表2" + SP + "2025年中欧班列（长安号）分方向开行情况")
    para(doc, "", indent=False)
    para(doc, "三、重点招商产业链", HT, 16)
    body(doc, "结合沿线园区产业基础和班列通道优势，确定以下重点招商产业链。", a1)
    caption(doc, "表3" + SP + "重点招商产业链")
    data_table(doc, ["产业链", "重点园区", "招商方向"], [
        ["新能源汽车", "西安国际港务区、西安综合保税区", "整车出口集拼、动力电池、汽车零部件"],
        ["电子信息", "西安综合保税区", "半导体封测、智能终端"],
        ["钛材料", "宝鸡综合保税区", "钛材深加工、高端装备用钛"],
        ["现代农业", "杨凌综合保税区", "种业贸易、农产品精深加工"],
    ], a1, left_cols=(1, 2))

    # ---- attachment 2
    page_break(doc)
    para(doc, "附件2", HT, 16, indent=False)
    para(doc, "", indent=False)
    para(doc, "各设区市招商地图工作联络员名单", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, "", indent=False)
    data_table(doc, ["序号", "单位", "联络员", "职务", "联系电话"], [
        ["1", "西安市商务局", "高建军", "外资处副处长", "029－86786312"],
        ["2", "宝鸡市商务局", "李娜", "外资科科长", "0917－3265127"],
        ["3", "咸阳市商务局", "马振华", "投资促进科科长", "029－33273390"],
        ["4", "渭南市商务局", "周婷", "外经外资科副科长", "0913－2933586"],
        ["5", "杨凌示范区管委会", "韩卫东", "招商局副局长", "029－87036021"],
        ["6", "西咸新区管委会", "吴思远", "投资合作局四级调研员", "029－33185267"],
    ], a2)
    # 版记
    for _ in range(3):
        para(doc, "", indent=False)
    p = para(doc, SP + "抄送：商务部，国家发展改革委，省政府办公厅。", FS, 14, indent=False)
    top_bottom_border(p)
    p = para(doc, SP + "陕西省商务厅办公室" + SP * 10 + "2026年1月16日印发", FS, 14, indent=False)
    top_bottom_border(p, top=False)

    page_number_footer(doc)
    stem = "blind404_shaanxi_tongzhi"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    common_issuer = ["陕西省商务厅", "陕西省发展和改革委员会"]
    key = [
        {
            "meta": {
                "title": "陕西省商务厅　陕西省发展和改革委员会关于印发《陕西省中欧班列（长安号）沿线重点产业园区招商地图（2026年）》的通知",
                "doc_number": "陕商发〔2026〕5号",
                "issuer": common_issuer,
                "date": "2026-01-16",
                "published": None,
                "level": "provincial",
                "region": "陕西省",
                "effective": None,
                "expires": None,
                "attachments": ["陕西省中欧班列（长安号）沿线重点产业园区招商地图（2026年）",
                                "各设区市招商地图工作联络员名单"],
                "doc_type": "通知",
                "recipients": ["各设区市商务局", "各设区市发展改革委", "杨凌示范区管委会", "西咸新区管委会"],
                "publicity": "此件公开发布",
                "repeals": None,
            },
            "clauses": notice,
        },
        {
            "meta": {
                "title": "陕西省中欧班列（长安号）沿线重点产业园区招商地图（2026年）",
                "doc_number": None,
                "issuer": common_issuer,
                "date": "2026-01-16",
                "published": None,
                "level": "provincial",
                "region": "陕西省",
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "招商地图",
                "recipients": [],
                "publicity": None,
                "repeals": None,
            },
            "clauses": a1,
        },
        {
            "meta": {
                "title": "各设区市招商地图工作联络员名单",
                "doc_number": None,
                "issuer": common_issuer,
                "date": "2026-01-16",
                "published": None,
                "level": "provincial",
                "region": "陕西省",
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "名单",
                "recipients": [],
                "publicity": None,
                "repeals": None,
            },
            "clauses": a2,
        },
    ]
    return stem, path, key


def main():
    expected = {}
    for fn in (doc_qingdao, doc_zhengzhou, doc_shaanxi):
        stem, path, key = fn()
        convert(path)
        expected[stem] = key
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
