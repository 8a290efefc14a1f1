# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 570: WPS/Kingsoft-style 自贸区 notices (docx + pdf + expected.json)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, east, size=16, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.name = ascii_font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:ascii"), ascii_font)
    rf.set(qn("w:hAnsi"), ascii_font)
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(25)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.line_spacing = Pt(28)
    return doc


def para(doc, runs, align=None, first_indent=True, lead_spaces=False, outline=None,
         line=28, cell=None):
    """runs: list of (text, font, bold) ; text may contain \t and '\v' (-> line break)."""
    p = (cell.add_paragraph() if cell is not None else doc.add_paragraph())
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if first_indent and not lead_spaces:
        pf.first_line_indent = Pt(32)
    if lead_spaces:
        r = p.add_run("　　")
        set_font(r, FS)
    for text, font, bold in runs:
        parts = text.split("\v")
        for i, part in enumerate(parts):
            if i:
                br = p.add_run()
                br.add_break(WD_BREAK.LINE)
            if part:
                r = p.add_run(part)
                set_font(r, font, 16, bold)
    if outline is not None:
        ppr = p._p.get_or_add_pPr()
        ol = OxmlElement("w:outlineLvl")
        ol.set(qn("w:val"), str(outline))
        ppr.append(ol)
    return p


def clause_text(runs):
    return "".join(t for t, _, _ in runs).replace("\t", "").replace("\v", "").strip("　 ")


def border_para(p, where="bottom", color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    el = OxmlElement("w:" + where)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)
    # pBdr must precede spacing/ind/jc
    ppr.insert(0, bdr)


def empty(doc, n=1):
    for _ in range(n):
        doc.add_paragraph()


def title(doc, lines):
    for ln in lines:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.line_spacing = Pt(36)
        parts = ln.split("\v")
        for i, part in enumerate(parts):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)
            r = p.add_run(part)
            set_font(r, XBS, 22)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def cell_text(cell, text, font=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              color=None, line=None):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = Pt(0)
    if line:
        p.paragraph_format.line_spacing = Pt(line)
    else:
        p.paragraph_format.line_spacing = 1.0
    parts = text.split("\v")
    for i, part in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        r = p.add_run(part)
        set_font(r, font, size, bold, color)


def data_table(doc, header, rows, widths, clauses, header_font=HT):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.rows[0].cells[j], h, header_font, 14, False)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.CENTER if len(v) < 8 else WD_ALIGN_PARAGRAPH.LEFT
            cell_text(t.rows[i + 1].cells[j], v, FS, 14, False, al)
        clauses.append("；".join("%s：%s" % (h, v.replace("\v", "")) for h, v in zip(header, row)))
    t.autofit = False
    for j, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j] * 56.7)))
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Mm(w)
    return t


def footer_page(doc, typed=None, odd_even=False):
    """WPS style '— 1 —' page number.  typed='— 1 —' writes a literal string."""
    sec = doc.sections[0]

    def fill(ftr, align):
        p = ftr.paragraphs[0]
        p.alignment = align
        if typed:
            r = p.add_run(typed)
            set_font(r, "宋体", 14, ascii_font="宋体")
            return
        r = p.add_run("— ")
        set_font(r, "宋体", 14, ascii_font="宋体")
        r = p.add_run()
        set_font(r, "宋体", 14, ascii_font="宋体")
        f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
        f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
        tx = OxmlElement("w:t"); tx.text = "1"
        f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
        for e in (f1, it, f2, tx, f3):
            r._element.append(e)
        r = p.add_run(" —")
        set_font(r, "宋体", 14, ascii_font="宋体")

    if odd_even:
        doc.settings.odd_and_even_pages_header_footer = True
        fill(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT)
        fill(sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)
    else:
        fill(sec.footer, WD_ALIGN_PARAGRAPH.CENTER)


def banji(doc, chaosong, yinfa_left, yinfa_right):
    empty(doc, 2)
    p = doc.add_paragraph()
    p.paragraph_format.line_spacing = Pt(28)
    border_para(p, "top", "000000", 8)
    r = p.add_run(chaosong)
    set_font(r, FS, 14)
    p = doc.add_paragraph()
    p.paragraph_format.line_spacing = Pt(28)
    border_para(p, "top", "000000", 4)
    r = p.add_run(yinfa_left + "　　　　　　　　　" + yinfa_right)
    set_font(r, FS, 14)
    border_para(p, "bottom", "000000", 8)


def attach_list(doc, items):
    """one paragraph, entries separated by soft line breaks (WPS vertical tab)"""
    text = "附件：" + "\v　　　".join(items)
    para(doc, [(text, FS, False)], lead_spaces=True)


# ---------------------------------------------------------------- doc A
def doc_fujian():
    doc = new_doc()
    clauses = []

    # joint red header as layout table: organs on the left, 文件 on the right
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), "福建省商务厅", XBS, 30, False, WD_ALIGN_PARAGRAPH.DISTRIBUTE, RED, 40)
    cell_text(t.cell(1, 0), "福建省财政厅", XBS, 30, False, WD_ALIGN_PARAGRAPH.DISTRIBUTE, RED, 40)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, "文件", XBS, 40, False, WD_ALIGN_PARAGRAPH.CENTER, RED, 50)
    for j, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int((110, 40)[j] * 56.7)))
    for row in t.rows:
        row.cells[0].width = Mm(110)
        row.cells[1].width = Mm(40)
    empty(doc)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("闽商务〔2026〕23号")
    set_font(r, FS, 16)
    border_para(p, "bottom", "FF0000", 18)
    empty(doc)

    title(doc, ["福建省商务厅　福建省财政厅关于做好2026年度\v自由贸易试验区制度创新成果复制推广工作的通知"])
    empty(doc)
    para(doc, [("各设区市商务局，平潭综合实验区经济发展局，中国（福建）自由贸易试验区各片区管委会：", FS, False)],
         first_indent=False)

    def P(runs, **kw):
        para(doc, runs, **kw)
        clauses.append(clause_text(runs))

    def H(text, lvl=0, font=HT):
        para(doc, [(text, font, False)], outline=lvl)

    P([("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，持续推动中国（福建）自由贸易试验区（以下简称福建自贸试验区）改革试点经验在全省复制推广，充分释放制度创新红利，现就做好2026年度制度创新成果复制推广工作有关事项通知如下：", FS, False)], lead_spaces=True)
    H("一、\t总体要求")
    P([("坚持以制度创新为核心，以可复制可推广为基本要求，聚焦投资贸易便利化、金融开放创新、对台交流合作和“丝路海港”建设等重点领域，力争全年在全省范围内复制推广福建自贸试验区创新成果不少于30项，推动复制推广工作由“数量型”向“质量型”转变。", FS, False)], lead_spaces=True)
    H("二、\t重点任务")
    P([("（一）\t", KT, False), ("梳理形成推广清单。", KT, True),
       ("各片区管委会要对2025年以来形成的制度创新成果进行全面梳理评估，于2026年4月15日前将拟推广成果及其实施效果、适用条件、风险防控措施报送省商务厅。省商务厅会同省直有关部门组织第三方评估，分批形成全省复制推广清单。", FS, False)])
    P([("（二）\t", KT, False), ("明确复制推广路径。", KT, True),
       ("对具备条件的创新成果，按照以下方式分类推进：", FS, False)])
    P([("1.\t对已在全国范围内复制推广的改革事项，各设区市要对照国务院公布的清单逐项落实，确保应推尽推；", FS, False)])
    P([("2.\t对涉及省级事权的创新成果，由省直有关部门出台推广文件，在全省统一实施；", FS, False)])
    P([("3.\t对需在特定区域先行试点的创新成果，优先在综合保税区、跨境电子商务综合试验区、国家级经济技术开发区等开放平台推广。", FS, False)])
    P([("（三）\t", KT, False), ("强化联动创新。", KT, True),
       ("支持福州、厦门、平潭片区分别与福州新区、厦门海沧台商投资区、平潭综合实验区其他区域开展联动创新，围绕中欧班列（厦门）、“丝路海运”、两岸跨境电商等领域共同申报创新案例。鼓励各设区市与片区共建联动创新区，推动“片区创新、全省共享”。", FS, False)])
    P([("（四）\t", KT, False), ("做好成果宣传推介。", KT, True),
       ("各地要通过政务网站、新闻发布会、政策宣讲会等多种形式，加强对复制推广成果的解读和宣传，引导外商投资企业、跨境电商企业等市场主体用好用足改革红利。", FS, False)])
    H("三、\t2026年度重点推广事项")
    P([("经评估，确定以下5项创新成果为2026年度首批重点推广事项，各地各有关单位要按照分工抓好落实。", FS, False)], lead_spaces=True)
    data_table(doc, ["序号", "推广事项", "牵头单位", "推广范围", "完成时限"], [
        ["1", "跨境电商出口海外仓“一站式”备案", "福州海关、省商务厅", "全省", "2026年6月"],
        ["2", "中欧班列“铁海联运”一单制", "厦门海关、省交通运输厅", "厦门市、福州市", "2026年9月"],
        ["3", "外商投资企业登记“跨境通办”", "省市场监管局", "全省", "2026年6月"],
        ["4", "台胞台企信用信息互认应用", "省发展改革委、省台港澳办", "全省", "2026年12月"],
        ["5", "综合保税区“保税维修+”监管模式", "福州海关、厦门海关", "各综合保税区", "2026年10月"],
    ], [14, 52, 40, 26, 24], clauses)
    empty(doc)
    H("四、\t保障措施")
    P([("（一）\t", KT, False), ("加强组织领导。", KT, True),
       ("各设区市商务局要会同有关部门建立复制推广工作台账，明确责任单位和完成时限，实行清单化管理、项目化推进，确保各项创新成果落地见效。", FS, False)])
    P([("（二）\t", KT, False), ("加大资金支持。", KT, True),
       ("省级财政从商务发展专项资金中统筹安排资金，对被国务院复制推广或入选商务部“最佳实践案例”的创新成果，给予所在片区每项不超过100万元奖励；对被省级复制推广的创新成果，每项给予不超过30万元奖励。具体按照《福建省商务发展专项资金管理办法》执行。", FS, False)])
    P([("（三）\t", KT, False), ("建立跟踪评估机制。", KT, True),
       ("各设区市商务局要于每季度结束后10个工作日内，将复制推广工作进展情况报送省商务厅，省商务厅会同省财政厅将复制推广成效纳入年度考核评价。", FS, False)])
    P([("联系人及电话：省商务厅自贸试验区工作处陈建华，0591-87266315；省财政厅经济建设处林雅琴，0591-87095426。", FS, False)], lead_spaces=True)
    empty(doc)
    attach_list(doc, ["1．福建自贸试验区2025年度制度创新成果申报表",
                      "2．复制推广工作进展情况季度报表",
                      "3．福建自贸试验区制度创新成果第三方评估指标"])
    empty(doc, 3)
    # 落款 as a borderless layout table
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    cell_text(t.cell(0, 0), "福建省商务厅", FS, 16)
    cell_text(t.cell(0, 1), "福建省财政厅", FS, 16)
    cell_text(t.cell(1, 1), "2026年3月12日", FS, 16)
    empty(doc)
    para(doc, [("（此件公开发布）", FS, False)], lead_spaces=True)
    banji(doc, "抄送：商务部自贸区港司，省人民政府办公厅，福州海关、厦门海关。",
          "福建省商务厅办公室", "2026年3月12日印发")
    footer_page(doc)

    meta = {
        "title": "福建省商务厅 福建省财政厅关于做好2026年度自由贸易试验区制度创新成果复制推广工作的通知",
        "doc_number": "闽商务〔2026〕23号",
        "issuer": ["福建省商务厅", "福建省财政厅"],
        "date": "2026-03-12",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": None,
        "expires": None,
        "attachments": ["福建自贸试验区2025年度制度创新成果申报表",
                        "复制推广工作进展情况季度报表",
                        "福建自贸试验区制度创新成果第三方评估指标"],
        "doc_type": "通知",
        "recipients": ["各设区市商务局", "平潭综合实验区经济发展局",
                       "中国（福建）自由贸易试验区各片区管委会"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": clauses}]


# ---------------------------------------------------------------- doc B
def doc_nansha():
    doc = new_doc()
    clauses = []
    ORG = "中国（广东）自由贸易试验区广州南沙新区片区管理委员会办公室"

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = Pt(40)
    r = p.add_run("中国（广东）自由贸易试验区广州南沙新区片区\v管理委员会办公室".replace("\v", ""))
    set_font(r, XBS, 24, color=RED)
    empty(doc)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("穗南自贸办〔2025〕9号")
    set_font(r, FS, 16)
    border_para(p, "bottom", "FF0000", 18)
    empty(doc)
    title(doc, ["中国（广东）自由贸易试验区广州南沙新区片区管理委员会办公室关于开展\v2025年度南沙综合保税区跨境电商发展扶持资金申报工作的通知"])
    empty(doc)
    para(doc, [("管委会各部门、各直属机构，南沙综合保税区各有关企业：", FS, False)], first_indent=False)

    def P(runs, **kw):
        para(doc, runs, **kw)
        clauses.append(clause_text(runs))

    def H(text, lvl=0):
        # WPS: looks like a heading, outline level set, style stays 正文(Normal)
        para(doc, [(text, HT, False)], outline=lvl)

    P([("为贯彻落实《广州南沙深化面向世界的粤港澳全面合作总体方案》，加快推动南沙综合保税区跨境电商高质量发展，根据《广州南沙新区（自贸片区）促进跨境电子商务发展扶持办法》（穗南自贸规〔2024〕2号），现就开展2025年度扶持资金申报工作有关事项通知如下：", FS, False)])
    H("一、\t申报主体")
    P([("在南沙综合保税区内依法注册登记、具有独立法人资格，且已在海关跨境电商监管系统完成备案的跨境电商平台企业、跨境电商企业、物流企业和支付企业。申报企业2024年以来未发生重大安全生产事故，未被列入严重失信主体名单。", FS, False)])
    H("二、\t扶持事项及标准")
    P([("本年度扶持资金重点支持以下事项，具体标准如下：", FS, False)])
    data_table(doc, ["序号", "扶持事项", "扶持标准", "单家企业年度上限"], [
        ["1", "网购保税进口（1210）业务规模", "年度进口申报额超过5亿元的，按超出部分的0.5%给予奖励", "300万元"],
        ["2", "跨境电商出口（9610、9710、9810）业务规模", "年度出口申报额超过1亿元的，按超出部分的1%给予奖励", "200万元"],
        ["3", "公共海外仓建设", "按实际投入仓储设施费用的20%给予补助", "150万元"],
        ["4", "保税展示交易及“保税+直播”新业态", "按年度场地租金的50%给予补助", "50万元"],
    ], [14, 50, 62, 30], clauses)
    empty(doc)
    H("三、\t申报材料")
    P([("（一）\t《2025年度南沙综合保税区跨境电商发展扶持资金申请表》（附件1）；", FS, False)])
    P([("（二）\t营业执照、海关备案回执复印件；", FS, False)])
    P([("（三）\t经会计师事务所审计的2024年度财务报表及专项审计报告；", FS, False)])
    P([("（四）\t申报事项相关证明材料（进出口报关单汇总表、海外仓租赁或产权证明、发票等）；", FS, False)])
    P([("（五）\t《申报材料真实性承诺书》（附件2）。", FS, False)])
    H("四、\t申报时间和方式")
    P([("申报时间为2025年11月24日至2025年12月19日。申报企业通过“南沙企业通”平台在线提交申报材料，同时将纸质材料一式两份（加盖企业公章）报送至南沙区商务局（广州市南沙区凤凰大道1号南沙区政府大楼B座）。逾期不予受理。", FS, False)])
    H("五、\t其他事项")
    P([("（一）\t申报企业对申报材料的真实性、完整性负责。对弄虚作假、骗取扶持资金的，依法收回已拨付资金，并按有关规定纳入信用记录。", FS, False)])
    P([("（二）\t同一企业同一事项已获得区级其他同类财政资金支持的，不得重复申报。", FS, False)])
    P([("（三）\t本通知自印发之日起施行，有效期至2027年12月31日。《中国（广东）自由贸易试验区广州南沙新区片区管理委员会办公室关于开展南沙综合保税区跨境电商扶持资金申报工作的通知》（穗南自贸办〔2023〕14号）同时废止。", FS, False)])
    P([("联系人：南沙区商务局跨境电商科黄嘉欣，联系电话：020-39077125。", FS, False)])
    empty(doc)
    attach_list(doc, ["1.2025年度南沙综合保税区跨境电商发展扶持资金申请表",
                      "2.申报材料真实性承诺书"])
    empty(doc, 3)
    # 落款 right-aligned by hand with spaces, date in Chinese numerals
    para(doc, [("　　　　　　" + ORG, FS, False)], first_indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, [("二〇二五年十一月二十日　　　　", FS, False)], first_indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    banji(doc, "抄送：广州市商务局，广州海关所属南沙海关，南沙区财政局。",
          "南沙片区管委会办公室", "2025年11月20日印发")
    footer_page(doc, typed="— 1 —")

    meta = {
        "title": ORG + "关于开展2025年度南沙综合保税区跨境电商发展扶持资金申报工作的通知",
        "doc_number": "穗南自贸办〔2025〕9号",
        "issuer": [ORG],
        "date": "2025-11-20",
        "published": None,
        "level": "zone",
        "region": "中国（广东）自由贸易试验区广州南沙新区片区",
        "effective": "2025-11-20",
        "expires": "2027-12-31",
        "attachments": ["2025年度南沙综合保税区跨境电商发展扶持资金申请表", "申报材料真实性承诺书"],
        "doc_type": "通知",
        "recipients": ["管委会各部门", "各直属机构", "南沙综合保税区各有关企业"],
        "publicity": None,
        "repeals": "《中国（广东）自由贸易试验区广州南沙新区片区管理委员会办公室关于开展南沙综合保税区跨境电商扶持资金申报工作的通知》（穗南自贸办〔2023〕14号）",
    }
    return doc, [{"meta": meta, "clauses": clauses}]


# ---------------------------------------------------------------- doc C
def doc_chengdu():
    doc = new_doc()
    clauses = []

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = Pt(44)
    r = p.add_run("成都市商务局\v成都市口岸与物流办公室".split("\v")[0])
    set_font(r, XBS, 30, color=RED)
    p.add_run().add_break(WD_BREAK.LINE)
    r = p.add_run("成都市口岸与物流办公室")
    set_font(r, XBS, 30, color=RED)
    empty(doc)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("成商务发〔2026〕3号")
    set_font(r, FS, 16)
    border_para(p, "bottom", "FF0000", 18)
    empty(doc)
    title(doc, ["成都市商务局　成都市口岸与物流办公室", "关于推进中国（四川）自由贸易试验区成都区域", "中欧班列与跨境电商融合发展的通知"])
    empty(doc)
    para(doc, [("各区（市）县商务主管部门，中国（四川）自由贸易试验区成都天府新区片区管委会、中国（四川）自由贸易试验区成都青白江铁路港片区管委会，各有关企业：", FS, False)], first_indent=False)

    def P(runs, **kw):
        para(doc, runs, **kw)
        clauses.append(clause_text(runs))

    def H(text, lvl=0, font=HT, bold=False):
        para(doc, [(text, font, bold)], outline=lvl)

    P([("为贯彻落实《中国（四川）自由贸易试验区提升行动方案》有关部署，发挥中欧班列（成渝）通道优势和跨境电子商务综合试验区政策优势，推动“班列+跨境电商”融合发展，经研究，现就有关事项通知如下：", FS, False)])
    H("一、工作目标", bold=True)
    P([("到2026年底，依托中欧班列（成渝）开行跨境电商专列不少于120列，跨境电商货物通过班列进出口货值突破80亿元，培育“班列+海外仓”示范企业10家以上，成都国际铁路港综合保税区跨境电商业务规模较2025年增长20%以上。主要指标如下：", FS, False)])
    data_table(doc, ["指标", "2025年基数", "2026年目标"], [
        ["跨境电商专列开行数量（列）", "86", "120"],
        ["班列运输跨境电商货值（亿元）", "56.3", "80"],
        ["“班列+海外仓”示范企业（家）", "4", "10"],
    ], [80, 38, 38], clauses, header_font=HT)
    empty(doc)
    H("二、重点任务", bold=True)
    P([("（一）\t", KT, False), ("拓展跨境电商班列线路。", KT, True), ("重点做好以下工作：", FS, False)])
    P([("1.\t稳定开行成都至罗兹、蒂尔堡、纽伦堡等跨境电商专列，推动开行至布达佩斯、杜伊斯堡的“点对点”跨境电商定制班列。", FS, False)])
    P([("2.\t支持班列运营平台公司与跨境电商平台企业签订年度运力协议，对年度运量超过200标准箱的企业优先保障舱位。", FS, False)])
    P([("（二）\t", KT, False), ("提升通关便利化水平。", KT, True), ("会同成都海关重点推进以下事项：", FS, False)])
    P([("1.\t推广跨境电商出口“9810”模式在铁路口岸的应用，实施“铁路快通”“两段准入”等监管措施。", FS, False)])
    P([("2.\t推动成都国际铁路港综合保税区开展以下业务试点：", FS, False)])
    P([("（1）\t跨境电商零售进口退货中心仓模式；", FS, False)])
    P([("（2）\t“保税仓+班列集拼”出口模式；", FS, False)])
    P([("（3）\t跨境电商B2B出口拼箱货物“先查验后装运”。", FS, False)])
    P([("（三）\t", KT, False), ("建设海外仓服务网络。", KT, True),
       ("支持企业在班列沿线国家和地区建设、租赁海外仓，对纳入省级公共海外仓培育名单的企业，按照《成都市促进外贸高质量发展若干政策措施》给予支持。鼓励海外仓企业与班列运营平台共享物流信息，实现“一单到底、全程可视”。", FS, False)])
    P([("（四）\t", KT, False), ("强化外商投资服务。", KT, True),
       ("鼓励外商投资企业在成都区域设立跨境电商区域分拨中心、结算中心，对符合条件的外商投资项目纳入市级重点外资项目库，实行“一企一专员”服务。", FS, False)])
    H("三、工作要求", bold=True)
    P([("（一）\t各区（市）县商务主管部门要结合本地实际制定具体落实措施，于2026年2月28日前报送市商务局。", FS, False)])
    P([("（二）\t各片区管委会要建立“班列+跨境电商”重点企业联系制度，每半年报送一次工作推进情况。", FS, False)])
    P([("（三）\t市商务局、市口岸物流办将会同成都海关等部门建立工作专班，定期协调解决融合发展中的重点难点问题。", FS, False)])
    P([("联系人：市商务局电子商务处李思远，电话：028-61881234；市口岸物流办铁路港口处王晨曦，电话：028-61882678。", FS, False)])
    empty(doc)
    attach_list(doc, ["1.成都区域“班列+跨境电商”重点企业名单",
                      "2.工作推进情况报送表"])
    empty(doc, 3)
    para(doc, [("成都市商务局　　　　　　　成都市口岸与物流办公室", FS, False)], first_indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, [("2026年1月15日", FS, False)], first_indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, [("（此件公开发布）", FS, False)], lead_spaces=True)
    banji(doc, "抄送：四川省商务厅，成都海关，市政府办公厅。",
          "成都市商务局办公室", "2026年1月15日印发")
    footer_page(doc, odd_even=True)

    meta = {
        "title": "成都市商务局 成都市口岸与物流办公室关于推进中国（四川）自由贸易试验区成都区域中欧班列与跨境电商融合发展的通知",
        "doc_number": "成商务发〔2026〕3号",
        "issuer": ["成都市商务局", "成都市口岸与物流办公室"],
        "date": "2026-01-15",
        "published": None,
        "level": "municipal",
        "region": "成都市",
        "effective": None,
        "expires": None,
        "attachments": ["成都区域“班列+跨境电商”重点企业名单", "工作推进情况报送表"],
        "doc_type": "通知",
        "recipients": ["各区（市）县商务主管部门",
                       "中国（四川）自由贸易试验区成都天府新区片区管委会",
                       "中国（四川）自由贸易试验区成都青白江铁路港片区管委会",
                       "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for stem, fn in [("blind570_fujian_tongzhi", doc_fujian),
                     ("blind570_nansha_tongzhi", doc_nansha),
                     ("blind570_chengdu_tongzhi", doc_chengdu)]:
        doc, entries = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_570", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        expected[stem] = entries
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
