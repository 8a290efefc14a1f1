# ruff: noqa
# -*- coding: utf-8 -*-
"""Write the 338th round of blind test documents next to this script.

Three long-table documents in the 党政机关公文格式 (.docx written with python-docx and
the PDF LibreOffice prints from each), plus expected.json (the answer key).
Run:  . /work/venv/bin/activate && python make_blind338.py
"""
import json
import os
import shutil
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)
FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"

EXPECTED = {}


# ---------------------------------------------------------------- helpers
def set_run(run, font=FS, size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    # offices set Times New Roman for Western letters and digits, the Chinese face for 汉字
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        rfonts.set(qn(a), "Times New Roman")
    rfonts.set(qn("w:eastAsia"), font)
    return run


def add_text(p, text, font=FS, size=16, bold=False, color=None):
    """Add text to paragraph p; '\n' inside text becomes a soft line break."""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_run(r, font, size, bold, color)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def fmt(p, align=None, first_indent=None, line=28.95, before=0, after=0, left_indent=None,
        keep_next=False, exact=True):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if left_indent is not None:
        pf.left_indent = Pt(left_indent)
    if line is not None:
        if exact:
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Pt(line)
        else:
            pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.widow_control = False
    if keep_next:
        pf.keep_with_next = True
    return p


def border(p, side, sz=12, color="E60012", space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        # pBdr must come before spacing/ind/jc in pPr
        anchor = None
        for tag in ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                    "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                    "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                    "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc"):
            anchor = ppr.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(pbdr)
        else:
            ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def body(doc, text, runin=None, runin_font=KT, indent=True, size=16, font=FS):
    """A body paragraph (first line indented two characters); optional run-in head."""
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=2 * size if indent else 0)
    if runin:
        add_text(p, runin, runin_font, size, bold=False)
    add_text(p, text, font, size)
    return p


def heading(doc, text, font=HT, size=16):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=2 * size, keep_next=True)
    add_text(p, text, font, size)
    return p


def blank(doc, line=28.95):
    p = doc.add_paragraph()
    fmt(p, line=line)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, line=28.95)
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def add_field(p, instr, font=ST, size=14):
    r1 = p.add_run()
    set_run(r1, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._element.append(fc)
    r2 = p.add_run()
    set_run(r2, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r2._element.append(it)
    r3 = p.add_run()
    set_run(r3, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._element.append(fc)
    r4 = p.add_run("1")
    set_run(r4, font, size)
    r5 = p.add_run()
    set_run(r5, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._element.append(fc)


def page_numbers(section):
    """GB/T 9704 page numbers: “— N —”, odd pages right, even pages left (one char in)."""
    for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                          (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        fmt(p, align=align, line=None)
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            p.paragraph_format.right_indent = Pt(14)
        else:
            p.paragraph_format.left_indent = Pt(14)
        add_text(p, "— ", ST, 14)
        add_field(p, "PAGE")
        add_text(p, " —", ST, 14)


def a4_portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.top_margin = Mm(37)
    section.bottom_margin = Mm(35)
    section.left_margin = Mm(28)
    section.right_margin = Mm(26)
    section.header_distance = Mm(15)
    section.footer_distance = Mm(25)


def a4_landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Mm(297)
    section.page_height = Mm(210)
    section.top_margin = Mm(24)
    section.bottom_margin = Mm(22)
    section.left_margin = Mm(25)
    section.right_margin = Mm(25)
    section.header_distance = Mm(10)
    section.footer_distance = Mm(10)


def new_doc():
    doc = Document()
    doc.settings.odd_and_even_pages_header_footer = True
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    a4_portrait(sec)
    page_numbers(sec)
    # Chinese document grid as offices set it (22 lines x 28 chars)
    return doc


def table_borders(tbl, val="single", sz=4):
    tblpr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        b.append(el)
    tblpr.append(b)


def fixed_layout(tbl, widths_mm):
    tblpr = tbl._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w / 25.4 * 1440)))
    for row in tbl.rows:
        for c, w in zip(row.cells, widths_mm):
            c.width = Mm(w)


def row_flag(row, tag):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:" + tag)
    trpr.append(el)


def cell_text(cell, text, font=FS, size=12, align=WD_ALIGN_PARAGRAPH.LEFT, bold=False, line=20):
    """Write text into a cell; '\n\n' separates paragraphs, '\n' is a soft break."""
    paras = text.split("\n\n")
    first = True
    for ptxt in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        fmt(p, align=align, line=line)
        add_text(p, ptxt, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def banji(doc, cc, printer, date_text, width_pt, line=28.95):
    """版记: 抄送 and 印发机关/印发日期 between rules."""
    p = doc.add_paragraph()
    fmt(p, line=line, left_indent=14, before=0)
    p.paragraph_format.right_indent = Pt(14)
    add_text(p, "抄送：" + cc, FS, 14)
    border(p, "top", sz=8, color="000000")
    border(p, "bottom", sz=6, color="000000")
    # hanging indent so continuation lines align after 抄送：
    p.paragraph_format.first_line_indent = Pt(-42)
    p.paragraph_format.left_indent = Pt(56)
    p = doc.add_paragraph()
    fmt(p, line=line, left_indent=14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Pt(width_pt - 28), WD_TAB_ALIGNMENT.RIGHT)
    add_text(p, printer + "\t" + date_text + "印发", FS, 14)
    border(p, "bottom", sz=8, color="000000")


def row_clause(cols, vals):
    parts = []
    for c, v in zip(cols, vals):
        if v is None or v == "":
            continue
        parts.append(f"{c}：{v}")
    return "；".join(parts)


def cell_value(v):
    """Clause form of a cell value: paragraphs and soft breaks both become '\n'."""
    return v.replace("\n\n", "\n")


def to_pdf(path):
    outdir = os.path.dirname(path)
    prof = "file:///tmp/lo_338"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={prof}",
                    "--convert-to", "pdf", "--outdir", outdir, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ (a) 四川 通知
def make_sichuan():
    stem = "blind338_sichuan_tongzhi"
    cols = ["序号", "改革事项", "主要内容", "负责单位", "推广范围"]
    ZB = "成都高新、成都国际铁路港、绵阳、泸州、宜宾综合保税区"
    ZB_PLACES = ["成都高新综合保税区", "成都国际铁路港综合保税区", "绵阳综合保税区", "泸州综合保税区",
                 "宜宾综合保税区"]
    groups = [
        ("一、投资便利化（6项）", [
            ("外商投资企业登记“跨境通办”",
             "依托境外合作商协会和驻外机构设立“跨境通办”服务点，境外投资者可通过视频核验、电子签名等方式远程办理外商投资企业设立、变更、注销登记，实现“零跑腿”。",
             "省市场监管局", "全省"),
            ("经营主体“一照多址”备案",
             "经营主体在住所所在市（州）范围内增设经营场所的，无需办理分支机构登记，通过线上备案即可在营业执照上加载新增经营场所地址。",
             "省市场监管局", "全省"),
            ("工业项目“标准地+承诺制”",
             "在土地出让前完成区域评估，明确亩均投资、亩均税收、单位能耗等控制指标，企业签订履约承诺书后即可开工建设，竣工后按承诺事项开展联合验收。",
             "省自然资源厅、省经济和信息化厅", "全省"),
            ("境外投资备案“一窗受理、并联办理”",
             "将发展改革部门境外投资项目备案、商务部门境外投资企业备案和银行外汇登记纳入同一窗口受理，信息一次采集、部门并联办理，办理时限由15个工作日压缩至5个工作日。",
             "省发展改革委、省商务厅、国家外汇管理局四川省分局", "全省"),
            ("外籍人才工作许可和居留许可“一件事”联办",
             "对在川工作的外籍高层次人才，将工作许可、工作类居留许可由“两次申请、两次审批”调整为“一次申请、并联审批”，申请材料由23项精简至11项。",
             "省科技厅、省公安厅", "全省"),
            ("重大外资项目“一项目一专班”",
             "对总投资1亿美元以上的外资项目，由所在地政府组建工作专班，实行项目全生命周期跟踪服务和用地、用能、用工等要素保障清单化管理。",
             "省商务厅", "成都市、德阳市、绵阳市"),
        ]),
        ("二、贸易便利化（8项）", [
            ("进口货物“两段准入”监管扩大适用",
             "将“两段准入”监管方式扩大至进口矿产品、粮食等大宗商品，符合条件的货物在完成口岸检疫后即可提离，合格评定在目的地开展。",
             "成都海关", "全省"),
            ("中欧班列（成渝）“铁路快通”模式",
             "中欧班列进出境货物在成都国际铁路港办理海关手续，铁路承运人通过“舱单+运单”信息实现境内段转关运输，企业免于办理转关手续。",
             "成都海关", "全省"),
            ("跨境电商出口海外仓“9810”申报简化",
             "对跨境电商B2B出口海外仓业务实行企业一次备案、全国通用，出口申报可按6位HS编码简化申报，符合条件的退货商品可按原状退运。",
             "成都海关", "全省"),
            ("综合保税区仓储货物按状态分类监管",
             "在综合保税区内同一仓库同时存储保税货物与非保税货物，依托信息化系统实施分类管理、联网监管，满足企业统筹国际国内两个市场的需求。",
             "成都海关", ZB),
            ("长江水运“离港确认”模式",
             "出口货物在泸州港、宜宾港完成装船离港后即视同出口离境，企业可凭离港信息申请办理出口退税，退税时间平均提前7天。",
             "成都海关、国家税务总局四川省税务局", "泸州市、宜宾市"),
            ("空铁联运“一单制”",
             "以航空货运单为基础实施空铁联运全程“一次委托、一单到底、一次结算”，在双流国际机场、天府国际机场与成都国际铁路港之间开展货物快速转运。",
             "省商务厅、民航西南地区管理局", "成都市"),
            ("西部陆海新通道铁海联运“一箱到底”",
             "推动铁路箱下水、海运箱上路，实现货物在铁路与海运间换装不换箱，全程使用一个集装箱、一份单证、一次收费。",
             "省发展改革委、中国铁路成都局集团有限公司", "全省"),
            ("出口退税“信用+即报即审”",
             "对纳税信用A级的出口退（免）税一类企业，申报出口退税时实行“即报即审、即审即退”，平均办理时间缩短至3个工作日以内。",
             "国家税务总局四川省税务局", "全省"),
        ]),
        ("三、金融开放创新（6项）", [
            ("跨境人民币结算“白名单”便利化",
             "银行为优质企业办理货物贸易、服务贸易跨境人民币结算时，可凭企业收付款指令直接办理，无需事前逐笔审核交易单证。",
             "中国人民银行四川省分行", "全省"),
            ("资本项目收入支付便利化",
             "符合条件的企业将资本金、外债和境外上市资金等资本项目收入用于境内支付时，无需事前向银行逐笔提供真实性证明材料。",
             "国家外汇管理局四川省分局", "全省"),
            ("出口信用保险保单融资“直通车”",
             "出口信用保险机构与合作银行共享承保、限额和理赔数据，中小微外贸企业凭保单可获得纯信用融资，审批时间由10个工作日缩短至3个工作日。",
             "国家金融监督管理总局四川监管局、省商务厅", "全省"),
            ("合格境外有限合伙人（QFLP）试点扩面",
             "放宽QFLP试点管理企业和基金的注册资本、出资比例要求，允许以所募集境外资金投资境内非上市企业股权和不动产私募投资基金。",
             "省委金融办", "成都市、绵阳市"),
            ("“一带一路”项目跨境融资风险分担",
             "设立省级“一带一路”项目融资风险补偿资金池，对合作银行向我省企业境外承包工程和投资项目发放贷款形成的损失给予一定比例补偿。",
             "省财政厅、省商务厅", "全省"),
            ("知识产权质押融资“入园惠企”",
             "银行、保险、评估机构组团进驻园区，对科技型外贸企业开展专利、商标打包质押融资，实行“一站式评估、一揽子授信”。",
             "省知识产权局", "全省"),
        ]),
        ("四、事中事后监管（6项）", [
            ("涉企行政检查“扫码入企”",
             "执法人员入企检查前须通过行政执法监督平台生成检查码，企业扫码即可查验检查事项、依据和人员信息，并对检查行为进行评价。",
             "省司法厅", "全省"),
            ("信用修复“一网通办”",
             "依托“信用中国（四川）”网站，经营主体可一次提交信用修复申请，相关部门协同办理、结果互认，办理时限压缩至5个工作日。",
             "省发展改革委", "全省"),
            ("进出口商品质量安全风险预警“一站式”处置",
             "建立进出口商品质量安全风险信息共享机制，对风险信息实行统一采集、分级评估、联动处置，处置结果依法向社会公开。",
             "成都海关、省市场监管局", "全省"),
            ("危险化学品进出口“智慧监管”",
             "对危险化学品进出口实施“电子标签+全程追溯”管理，港口、海关、应急管理部门共享仓储、运输和检验信息。",
             "省应急管理厅", "全省"),
            ("国际商事纠纷“诉调仲”一站式化解",
             "在自贸试验区法庭、商事调解组织和仲裁机构之间建立案件分流、在线调解、司法确认衔接机制，为中外当事人提供多元化纠纷解决服务。",
             "省高级人民法院、省司法厅", "成都市、泸州市、宜宾市"),
            ("海关“主动披露”容错机制",
             "进出口企业主动披露违反海关监管规定的行为并及时改正的，可依法不予行政处罚或者从轻、减轻处罚，且不影响企业信用等级。",
             "成都海关", "全省"),
        ]),
        ("五、服务“一带一路”建设（6项）", [
            ("中欧班列“运贸一体化”发展",
             "依托中欧班列（成渝）集结中心，整合货源组织、国际采购、分拨配送等功能，推动班列运营企业向贸易服务商转型，提高回程班列重载率。",
             "省商务厅、省发展改革委", "全省"),
            ("“一带一路”涉外法律服务协作",
             "组建涉外律师人才库和法律服务联盟，为企业“走出去”提供投资环境评估、合规审查、风险预警等全流程法律服务。",
             "省司法厅", "全省"),
            ("境外经贸合作区“两国双园”联动",
             "推动省内开发区与我省企业在境外投资建设的经贸合作区建立“一对一”结对机制，在招商引资、产业链配套和人员培训等方面开展合作。",
             "省商务厅", "全省"),
            ("RCEP原产地证书“智能审核”",
             "运用规则引擎对RCEP等自贸协定原产地证书申请实施智能审核，企业可自助打印证书，审核时间由1天缩短至10分钟以内。",
             "省贸促会、成都海关", "全省"),
            ("外贸综合服务企业“出海服务包”",
             "支持外贸综合服务企业为中小企业提供境外参展、海外仓、出口信保、结算融资等集成服务，实现“一次委托、全链服务”。",
             "省商务厅", "全省"),
            ("国际航空枢纽“经停中转”便利化",
             "在天府国际机场实施国际中转旅客及其行李“通程联运”，符合条件的中转旅客可免办入境手续直接换乘。",
             "成都海关、四川出入境边防检查总站", "成都市"),
        ]),
    ]
    # 负责单位 merged down over rows 7-10 (all 成都海关); the first landscape page
    # ends inside this run, so the merged cell crosses the page break.
    MERGE = (7, 10)

    rows = []
    n = 0
    for cat, items in groups:
        rows.append(("cat", cat))
        for it in items:
            n += 1
            rows.append(("row", (str(n),) + it))
    total = n
    narrow_rows = [r for k, r in rows if k == "row" and r[4] != "全省"]

    doc = new_doc()
    # 版头
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=None, before=30, after=0)
    add_text(p, "四川省人民政府文件", XBS, 40, color=RED)
    p.paragraph_format.line_spacing = 1.0
    blank(doc)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    add_text(p, "川府发〔2025〕21号", FS, 16)
    border(p, "bottom", sz=18, space=6)
    blank(doc)
    # 标题 (soft line breaks)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    add_text(p, "四川省人民政府\n关于复制推广中国（四川）自由贸易试验区\n第八批改革试点经验的通知", XBS, 22)
    blank(doc)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    add_text(p, "各市（州）人民政府，省政府各部门、各直属机构，有关单位：")

    clauses = []
    specific = {}

    def C(text, places=None):
        clauses.append(text)
        if places:
            specific[text[:24]] = places

    t = ("为深入贯彻党中央、国务院关于实施自由贸易试验区提升战略的决策部署，加快推动中国（四川）自由贸易试验区"
         "（以下简称四川自贸试验区）制度创新成果在更大范围落地见效，经省委、省政府同意，现将四川自贸试验区"
         "第八批改革试点经验复制推广工作有关事项通知如下。")
    body(doc, t)
    C(t)
    heading(doc, "一、复制推广的主要内容")
    h = "（一）在全省范围内复制推广的改革事项。"
    t = (f"投资便利化领域“外商投资企业登记‘跨境通办’”、贸易便利化领域“进口货物‘两段准入’监管扩大适用”、"
         f"金融开放创新领域“跨境人民币结算‘白名单’便利化”、事中事后监管领域“涉企行政检查‘扫码入企’”、"
         f"服务“一带一路”建设领域“中欧班列‘运贸一体化’发展”等{total - len(narrow_rows)}项改革事项，在全省范围内复制推广。")
    body(doc, t, runin=h)
    C(h + t)
    h = "（二）在特定区域复制推广的改革事项。"
    t = (f"清单中明确在特定区域复制推广的改革事项共{len(narrow_rows)}项，由所在地市（州）人民政府和综合保税区"
         "管理机构按照清单确定的范围组织实施，其他地区可结合实际参照借鉴。")
    body(doc, t, runin=h)
    C(h + t)
    heading(doc, "二、工作要求")
    h = "（一）加强组织领导。"
    t = ("各地各部门要把复制推广改革试点经验作为推进高水平对外开放、服务高质量共建“一带一路”的重要抓手，"
         "主要负责同志亲自研究部署，明确分管领导和责任处（科）室，确保各项改革事项落地见效。")
    body(doc, t, runin=h)
    C(h + t)
    h = "（二）细化落实措施。"
    t = ("省直有关部门和各市（州）人民政府要对照清单逐项制定落实方案，明确时间表和路线图，"
         "于2025年12月31日前完成复制推广任务。")
    body(doc, t, runin=h)
    C(h + t)
    t = ("1.省直有关部门要加强对口指导，及时制定配套政策和操作规程，涉及调整地方性法规、规章和"
         "行政规范性文件的，按程序抓紧办理。")
    body(doc, t)
    C(t)
    t = "2.各市（州）人民政府要结合本地产业特点和开放平台布局，重点做好以下工作："
    body(doc, t)
    C(t)
    t = "（1）推动综合保税区、国家级经济技术开发区等开放平台率先承接，形成一批可感可及的落地案例；"
    body(doc, t)
    C(t)
    t = "（2）建立复制推广工作台账，实行月调度、季通报，每月5日前向省自贸试验区工作办公室报送上月工作进展；"
    body(doc, t)
    C(t)
    t = ("（3）成都市、德阳市、眉山市、资阳市要依托成德眉资同城化发展机制，统一改革事项的办理标准和服务流程，"
         "实现同城同标、异地通办。")
    body(doc, t)
    C(t, ["成都市", "德阳市", "眉山市", "资阳市"])
    h = "（三）强化督促评估。"
    t = ("省自贸试验区工作办公室要会同有关部门加强跟踪督导，适时委托第三方机构开展实施效果评估，"
         "对工作推进不力的地区和部门予以通报。")
    body(doc, t, runin=h)
    C(h + t)
    h = "（四）注重总结提升。"
    t = ("各地各部门在复制推广过程中遇到的重大问题，要及时向省政府请示报告；对形成的新经验新做法，"
         "要及时总结并报送省自贸试验区工作办公室，加快形成更多可复制可推广的制度创新成果。")
    body(doc, t, runin=h)
    C(h + t)
    blank(doc)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    p.paragraph_format.first_line_indent = Pt(-48)
    p.paragraph_format.left_indent = Pt(80)
    add_text(p, "附件：中国（四川）自由贸易试验区第八批改革试点经验复制推广清单")
    blank(doc)
    blank(doc)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    add_text(p, "四川省人民政府")
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    add_text(p, "2025年10月15日")
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=32)
    add_text(p, "（此件公开发布）")

    # landscape section for the attachment
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_landscape(sec)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT)
    add_text(p, "附件", HT, 16)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=32, after=8)
    add_text(p, "中国（四川）自由贸易试验区第八批\n改革试点经验复制推广清单", XBS, 22)

    widths = [12, 46, 131, 30, 28]
    TS, TL = 10.5, 14
    tbl = doc.add_table(rows=1 + len(rows), cols=5)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(tbl)
    fixed_layout(tbl, widths)
    hdr = tbl.rows[0]
    row_flag(hdr, "tblHeader")
    row_flag(hdr, "cantSplit")
    for c, name in zip(hdr.cells, cols):
        cell_text(c, name, HT, TS, WD_ALIGN_PARAGRAPH.CENTER, line=TL)
    merge_cell = None
    for i, (kind, data) in enumerate(rows, start=1):
        r = tbl.rows[i]
        row_flag(r, "cantSplit")
        if kind == "cat":
            m = r.cells[0].merge(r.cells[4])
            cell_text(m, data, HT, TS, WD_ALIGN_PARAGRAPH.LEFT, line=TL)
            continue
        num = int(data[0])
        cell_text(r.cells[0], data[0], FS, TS, WD_ALIGN_PARAGRAPH.CENTER, line=TL)
        cell_text(r.cells[1], data[1], FS, TS, WD_ALIGN_PARAGRAPH.LEFT, line=TL)
        cell_text(r.cells[2], data[2], FS, TS, WD_ALIGN_PARAGRAPH.JUSTIFY, line=TL)
        cell_text(r.cells[4], data[4], FS, TS, WD_ALIGN_PARAGRAPH.CENTER, line=TL)
        if MERGE[0] <= num <= MERGE[1]:
            if num == MERGE[0]:
                merge_cell = r.cells[3]
                cell_text(merge_cell, data[3], FS, TS, WD_ALIGN_PARAGRAPH.CENTER, line=TL)
            else:
                merge_cell = merge_cell.merge(r.cells[3])
        else:
            cell_text(r.cells[3], data[3], FS, TS, WD_ALIGN_PARAGRAPH.CENTER, line=TL)
        clause = row_clause(cols, data)
        if data[4] != "全省":
            places = ZB_PLACES if data[4] == ZB else data[4].split("、")
            specific[clause[:clause.index("；主要内容")]] = places
        clauses.append(clause)
    merged_vals = {d[3] for k, d in rows if k == "row" and MERGE[0] <= int(d[0]) <= MERGE[1]}
    assert len(merged_vals) == 1, merged_vals
    blank(doc, line=8)
    banji(doc, "省委各部门，省人大常委会办公厅，省政协办公厅，省纪委监委机关，省法院，省检察院，成都海关。", "四川省人民政府办公厅", "2025年10月17日", 247 / 25.4 * 72, line=24)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": "四川省人民政府关于复制推广中国（四川）自由贸易试验区第八批改革试点经验的通知",
            "doc_number": "川府发〔2025〕21号",
            "issuer": ["四川省人民政府"],
            "date": "2025-10-15",
            "published": "2025-10-17",
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": ["中国（四川）自由贸易试验区第八批改革试点经验复制推广清单"],
            "doc_type": "通知",
            "recipients": ["各市（州）人民政府", "省政府各部门、各直属机构", "有关单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]
    return path


# ================================================================ (b) 云南 公告
def make_yunnan():
    stem = "blind338_yunnan_gonggao"
    cols = ["序号", "产业", "具体条目"]
    DH = "（限中国（云南）自由贸易试验区德宏片区和西双版纳傣族自治州勐腊县）"
    groups = [
        ("高原特色现代农业", [
            ("咖啡、茶叶、坚果、花卉、中药材、天然橡胶、食用菌等高原特色农产品的良种繁育、标准化绿色种植基地建设，"
             "初加工、精深加工及品牌营销，面向南亚东南亚市场的出口型农产品生产加工基地建设和运营，"
             "以及农产品产地冷藏保鲜、分级包装、质量检测设施建设", None),
            ("境外替代种植农产品返销加工、仓储及配套物流服务，包括粮食、甘蔗、橡胶、水果等替代种植产品"
             "按规定配额返销入境后的烘干、仓储、初加工和精深加工" + DH,
             ["中国（云南）自由贸易试验区德宏片区", "勐腊县"]),
            ("农产品质量安全追溯体系建设，出口农产品检验检测、认证认可及国际互认服务，"
             "出口农产品种植基地和包装厂备案、注册辅导服务，以及面向老挝、缅甸、越南等周边国家的"
             "农业技术推广和农资农机配套服务", None),
            ("林下经济与生物资源开发利用，包括林下种植、林下养殖、林产品采集加工、森林康养，"
             "以及以野生植物人工驯化栽培为基础的生物资源开发（国家重点保护野生动植物资源除外）", None),
            ("现代种业，包括适应热带、亚热带气候的水稻、玉米、马铃薯、蔬菜、花卉等新品种选育、"
             "种子种苗生产加工和境外示范推广，以及跨境动植物疫病联防联控技术研发和服务", None),
        ]),
        ("绿色能源与先进制造", [
            ("绿色铝、硅光伏产业链延链补链项目，包括高性能铝合金、铝基新材料、铝精深加工，工业硅、"
             "多晶硅、单晶硅片、高效电池片及组件制造，以及相关再生资源回收利用", None),
            ("新能源电池材料及电池制造，包括磷酸铁锂、锰酸锂等正极材料，负极材料、电解液、隔膜，"
             "动力电池和储能电池单体、模组及系统集成，以及废旧电池梯次利用和再生利用", None),
            ("面向南亚东南亚市场的新能源汽车及关键零部件制造、右舵车型研发生产、整车出口，"
             "以及在周边国家建设销售服务网点、充换电设施和售后维修中心", None),
            ("适应热带、亚热带山地条件的农业机械、小型工程机械、轨道交通装备、电力装备及其关键零部件的"
             "研发制造、出口和境外组装，以及跨境电力联网工程相关的输变电装备制造", None),
            ("承接东部地区产业转移的电子信息、纺织服装、鞋帽箱包、轻工产品加工贸易项目，"
             "以及保税研发、保税维修、保税检测和全球分拨业务（限昆明综合保税区、红河综合保税区）",
             ["昆明综合保税区", "红河综合保税区"]),
        ]),
        ("生物医药与大健康", [
            ("天然药物、民族药（傣药、彝药、藏药等）和以三七、灯盏花、重楼等道地药材为原料的中成药、"
             "中药配方颗粒研发及产业化，中药材种植基地建设及规范化加工", None),
            ("疫苗、血液制品、抗体药物、细胞治疗产品等生物制品的研发和生产，以及面向南亚东南亚国家的"
             "疫苗、药品注册认证和国际多中心临床试验服务", None),
            ("医疗器械、体外诊断试剂、康复辅具的研发制造，以及面向周边国家的医疗设备租赁、维护和技术培训服务", None),
            ("国际医疗服务和康养旅游，为南亚东南亚国家患者提供诊疗、康复、健康管理服务，"
             "发展中外合资合作医疗机构和国际化健康体检中心（限中国（云南）自由贸易试验区昆明片区）",
             ["中国（云南）自由贸易试验区昆明片区"]),
        ]),
        ("现代物流与国际贸易", [
            ("国际物流枢纽和多式联运：\n\n（1）依托中老铁路及中越、中缅国际通道，建设运营国际陆港、"
             "物流园区和公共海外仓，发展铁路、公路跨境多式联运和“一单制”全程物流服务；\n\n"
             "（2）依托磨憨、河口、瑞丽等口岸开展跨境运输组织、集拼分拨和国际货运代理服务，"
             "建设进出口商品集散中心", None),
            ("跨境电子商务综合服务，包括跨境电商平台、独立站、海外仓运营，跨境电商直播基地、"
             "小语种营销服务和跨境电商人才培训，以及跨境电商零售进口商品展示、体验和分拨配送", None),
            ("农产品、水果、冻品等冷链物流，包括口岸冷链查验设施、冷库及预冷设施建设运营，"
             "冷链运输车辆购置运营和全程温控追溯系统建设", None),
            ("边民互市贸易进口商品落地加工，包括坚果、水果、木材、中药材、水产品等互市进口商品的"
             "分拣、仓储、初加工和精深加工（限中国老挝磨憨—磨丁经济合作区中方区域）",
             ["中国老挝磨憨—磨丁经济合作区中方区域"]),
            ("国际会展及配套服务，包括面向南亚东南亚的专业展会、博览会组织，展品运输、"
             "保税展示交易和会展信息化服务", None),
            ("大宗商品国际贸易和供应链服务，包括有色金属、橡胶、木材、粮油等大宗商品进口贸易、"
             "仓储交割和供应链金融服务", None),
            ("国际航空物流，包括面向南亚东南亚的国际货运航线运营、航空货运代理、航空快件分拨中心和"
             "航空物流信息平台建设运营", None),
        ]),
        ("数字经济与信息服务", [
            ("面向南亚东南亚的国际通信枢纽、区域性国际数据中心和云计算中心建设运营，"
             "国际互联网数据专用通道和跨境数据安全服务", None),
            ("跨境支付、跨境人民币结算和数字人民币跨境应用场景建设，以及为中小外贸企业提供"
             "收结汇、汇率避险等综合金融科技服务（须依法取得相应业务许可）", None),
            ("软件和信息技术服务外包、业务流程外包、知识流程外包，以及面向南亚东南亚国家的"
             "智慧城市、智慧口岸、数字政务解决方案输出", None),
            ("小语种翻译、本地化服务和多语种语料库、机器翻译系统研发，以及面向南亚东南亚国家的"
             "数字内容制作和跨境数字版权交易服务", None),
            ("工业互联网平台、智能制造解决方案和跨境电商独立站建站服务，以及面向周边国家的"
             "卫星遥感、北斗导航应用和地理信息服务", None),
        ]),
        ("文化旅游与商务服务", [
            ("跨境旅游和边境旅游产品开发运营，包括跨境自驾游营地、旅游集散中心、国际精品旅游线路，"
             "以及面向入境游客的多语种导览和智慧旅游服务", None),
            ("国际教育培训，包括中外合作办学、职业技能培训、汉语国际教育和面向周边国家的"
             "铁路、电力、农业等技术技能人才培训", None),
            ("涉外法律、会计、税务、咨询、评估、认证等专业服务，以及商事调解、国际仲裁等"
             "涉外纠纷解决服务机构设立和运营", None),
            ("民族文化创意产品开发、非物质文化遗产保护利用，珠宝玉石、木雕、银器等工艺品设计加工和"
             "国际营销，以及影视、动漫、游戏作品的小语种译制出口", None),
        ]),
    ]
    remark = ("备注：1.本目录条目中注明“限……”的，仅在注明区域内适用；未注明的，在全省范围内适用。\n\n"
              "2.本目录未列明的产业，外商投资按照国家《鼓励外商投资产业目录》执行。\n\n"
              "3.本目录由云南省商务厅负责解释。")

    doc = new_doc()
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=None, before=30)
    p.paragraph_format.line_spacing = 1.0
    add_text(p, "云南省商务厅", XBS, 48, color=RED)
    blank(doc)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    add_text(p, "2025年第4号", FS, 16)
    border(p, "bottom", sz=18, space=6)
    blank(doc)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    add_text(p, "云南省商务厅关于发布\n《云南省面向南亚东南亚开放鼓励类\n产业目录（2025年版）》的公告", XBS, 22)
    blank(doc)

    clauses = []
    specific = {}
    t = ("为贯彻落实国家关于推进高水平对外开放和高质量共建“一带一路”的部署要求，加快建设我国面向南亚东南亚"
         "辐射中心，引导内外资投向我省重点产业和开放平台，根据《鼓励外商投资产业目录》和《中国（云南）"
         "自由贸易试验区总体方案》等有关规定，我厅会同省发展改革委、省工业和信息化厅等部门修订形成了"
         "《云南省面向南亚东南亚开放鼓励类产业目录（2025年版）》（以下简称《目录》），现予发布，"
         "并就有关事项公告如下：")
    body(doc, t)
    clauses.append(t)
    for t in [
        "一、《目录》适用于在我省依法设立、从事《目录》所列产业条目的内外资企业。企业投资符合《目录》条目的项目，"
        "可按规定享受我省有关招商引资、外贸发展、用地用能等支持政策。",
        "二、《目录》条目中注明适用区域的，仅在注明区域内适用；未注明适用区域的，在全省范围内适用。",
        "三、各州（市）商务主管部门要会同有关部门加强《目录》宣传解读，做好项目认定和跟踪服务工作，"
        "每半年向省商务厅报送《目录》执行情况。",
        "四、本公告自2025年8月1日起施行，有效期至2030年7月31日。《云南省商务厅关于发布〈云南省面向南亚东南亚"
        "开放鼓励类产业目录（2020年版）〉的公告》（云南省商务厅公告2020年第3号）同时废止。",
    ]:
        body(doc, t)
        clauses.append(t)
    body(doc, "特此公告。")
    blank(doc)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    p.paragraph_format.first_line_indent = Pt(-48)
    p.paragraph_format.left_indent = Pt(80)
    add_text(p, "附件：云南省面向南亚东南亚开放鼓励类产业目录（2025年版）")
    blank(doc)
    blank(doc)
    for t in ("云南省商务厅", "2025年7月10日"):
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(64 if t.startswith("2") else 72)
        add_text(p, t)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=32)
    add_text(p, "（此件公开发布）")

    p = doc.add_paragraph()
    fmt(p)
    p.paragraph_format.page_break_before = True
    add_text(p, "附件", HT, 16)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=32, after=8)
    add_text(p, "云南省面向南亚东南亚开放鼓励类产业目录\n（2025年版）", XBS, 22)

    nrows = sum(len(g[1]) for g in groups)
    tbl = doc.add_table(rows=1 + nrows + 1, cols=3)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(tbl)
    fixed_layout(tbl, [14, 30, 112])
    hdr = tbl.rows[0]
    row_flag(hdr, "tblHeader")
    for c, name in zip(hdr.cells, cols):
        cell_text(c, name, HT, 12, WD_ALIGN_PARAGRAPH.CENTER, line=18)
    i = 0
    for ind, items in groups:
        top = None
        for text, places in items:
            i += 1
            r = tbl.rows[i]      # rows may break across pages (Word's default, left on)
            cell_text(r.cells[0], str(i), FS, 12, WD_ALIGN_PARAGRAPH.CENTER, line=18)
            cell_text(r.cells[2], text, FS, 12, WD_ALIGN_PARAGRAPH.JUSTIFY, line=18)
            if top is None:
                top = r.cells[1]
                cell_text(top, ind, FS, 12, WD_ALIGN_PARAGRAPH.CENTER, line=18)
            else:
                top = top.merge(r.cells[1])
            clause = row_clause(cols, [str(i), ind, cell_value(text)])
            clauses.append(clause)
            if places:
                specific[clause[:40]] = places
    last = tbl.rows[nrows + 1]
    m = last.cells[0].merge(last.cells[2])
    cell_text(m, remark, FS, 12, WD_ALIGN_PARAGRAPH.JUSTIFY, line=18)
    clauses.append(cell_value(remark))
    blank(doc, line=20)
    banji(doc, "商务部，省人民政府办公厅，省发展改革委、省工业和信息化厅、省财政厅，昆明海关。",
          "云南省商务厅办公室", "2025年7月11日", 156 / 25.4 * 72)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": "云南省商务厅关于发布《云南省面向南亚东南亚开放鼓励类产业目录（2025年版）》的公告",
            "doc_number": "2025年第4号",
            "issuer": ["云南省商务厅"],
            "date": "2025-07-10",
            "published": "2025-07-11",
            "level": "provincial",
            "region": "云南省",
            "effective": "2025-08-01",
            "expires": "2030-07-31",
            "attachments": ["云南省面向南亚东南亚开放鼓励类产业目录（2025年版）"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": "《云南省商务厅关于发布〈云南省面向南亚东南亚开放鼓励类产业目录（2020年版）〉的公告》"
                       "（云南省商务厅公告2020年第3号）",
        },
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]
    return path


# ================================================================ (c) 跨境电商 清单 公告
def make_kuajing():
    stem = "blind338_national_qingdan"
    cols = ["序号", "税则号列", "商品描述", "监管要求"]
    A = "按个人自用进境物品监管"
    B = "仅限网购保税商品"
    items = [
        ("0306119000", "冻岩礁虾和其他龙虾（不包括种苗、熏制的），单件净重不超过5千克",
         B + "；须来自已获准输华的国家（地区）和生产企业"),
        ("0306179000", "冻其他小虾及对虾（不包括种苗、熏制的），单件净重不超过2千克",
         B + "；须来自已获准输华的国家（地区）和生产企业"),
        ("0307220000", "冻扇贝（包括海扇），单件净重不超过2千克", B + "；须来自已获准输华的国家（地区）和生产企业"),
        ("0402210000", "未加糖的固状乳及奶油，按重量计脂肪含量超过1.5%，每罐（袋）净含量不超过1千克", A),
        ("0406900000", "其他奶酪，单件净重不超过1千克", A),
        ("0409000000", "天然蜂蜜，单件净重不超过2千克", B),
        ("0801320000", "鲜或干的去壳腰果，单件净重不超过1千克", A),
        ("0802120000", "鲜或干的去壳扁桃仁，单件净重不超过1千克", A),
        ("0811909090", "冷冻的其他未列名水果（榴莲果肉），单件净重不超过2千克",
         B + "；须来自已获准输华的国家（地区）和生产企业"),
        ("0901210000", "已焙炒的未浸除咖啡碱的咖啡，单件净重不超过1千克", A),
        ("0902409000", "其他半发酵茶及全发酵红茶，每件净重不超过3千克", A),
        ("1604141100", "制作或保藏的金枪鱼（罐头），单件净重不超过1千克", A),
        ("1806320000", "夹心巧克力（块状、条状或板状），单件净重不超过2千克", A),
        ("1901101000", "供婴幼儿食用的零售包装配方乳粉，每罐净含量400克至1千克",
         "须取得国家市场监督管理总局婴幼儿配方乳粉产品配方注册；每人每次限购6罐"),
        ("2009890090", "其他单一的水果汁（非浓缩还原汁，NFC），容器容量不超过2升", A),
        ("ex2106909090", "含维生素、矿物质的膳食营养补充剂（片剂、胶囊、粉剂）",
         "须在中文标签中注明“本品不能代替药物”；不得含有我国禁止使用的原料"),
        ("2101110000", "咖啡浓缩精汁（速溶咖啡），单件净重不超过1千克", A),
        ("2204210000", "小包装的鲜葡萄酿造的酒，容器容量不超过2升", A),
        ("2208300000", "威士忌酒，容器容量不超过2升，酒精度不超过50%vol", A),
        ("3301290000", "其他非柑橘属果实精油，单件净含量不超过100毫升", A),
        ("ex3304990099", "其他美容品或化妆品及护肤品（不包括特殊化妆品）", A),
        ("3305100000", "洗发剂（香波），单件净含量不超过1升", A),
        ("3307300000", "香浴盐及其他泡澡用制剂", A),
        ("3401300000", "洁肤用有机表面活性产品及制品，零售包装", A),
        ("3924100000", "塑料制餐具及厨房用具", A),
        ("4202210000", "以皮革或再生皮革作面的手提包", A),
        ("6109100000", "棉制针织或钩编的T恤衫、汗衫及其他背心", A),
        ("6110200099", "棉制针织或钩编的套头衫、开襟衫及外穿背心", A),
        ("6404110000", "橡胶或塑料外底、纺织材料鞋面的运动鞋靴", A),
        ("7117190000", "其他贱金属制仿首饰", A),
        ("8211910000", "刃面固定的餐刀", A),
        ("8414510000", "功率不超过125瓦的台扇、落地扇、壁扇、换气扇或吊扇", "须加施强制性产品认证（CCC）标志"),
        ("8471300000", "重量不超过10千克的便携式自动数据处理设备，至少由一个中央处理部件、一个键盘和一个显示器组成",
         "须加施强制性产品认证（CCC）标志；每人每次限购1台"),
        ("8508110000", "功率不超过1500瓦，且带有容积不超过20升的集尘袋或其他集尘容器的真空吸尘器",
         "须加施强制性产品认证（CCC）标志"),
        ("8509409000", "其他食品研磨机、搅拌器及果汁、蔬菜汁榨汁器", "须加施强制性产品认证（CCC）标志"),
        ("8516310000", "电吹风机，额定功率不超过2000瓦", "须加施强制性产品认证（CCC）标志"),
        ("8517130000", "智能手机", "须取得无线电发射设备型号核准和进网许可；每人每次限购2台"),
        ("8518300000", "耳机、耳塞机及由一个传声器和一个或多个扬声器组成的组合机", A),
        ("8525890000", "其他电视摄像机、数字照相机及视频摄录一体机", A),
        ("9004100000", "太阳镜", A),
        ("9102110000", "电力驱动、仅有机械指示器的手表", A),
        ("9503008900", "其他玩具（不包括供三周岁以下儿童使用的）", "须加施强制性产品认证（CCC）标志"),
        ("9506911900", "一般的体育活动、体操或竞技用品及设备（健身器材），单件净重不超过30千克", A),
        ("9603210000", "牙刷，包括齿板刷", A),
        ("9619001100", "婴儿尿布及尿裤（不论是否含有纺织材料）", A),
    ]
    # where the manually split table continues on a new page under “续表”
    SPLITS = [11, 24, 37]

    doc = new_doc()
    # 联合行文版头: seven organs stacked at left, 公告 at right
    org_rows = ["财政部　国家发展改革委", "工业和信息化部　农业农村部", "商务部　海关总署", "市场监管总局"]
    hd = doc.add_table(rows=len(org_rows), cols=2)
    hd.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(hd, val="nil")
    fixed_layout(hd, [118, 34])
    for k, name in enumerate(org_rows):
        c = hd.rows[k].cells[0]
        cell_text(c, name, XBS, 22, WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=30)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RED
    m = hd.rows[0].cells[1].merge(hd.rows[len(org_rows) - 1].cells[1])
    cell_text(m, "公告", XBS, 40, WD_ALIGN_PARAGRAPH.CENTER, line=None)
    m.paragraphs[0].paragraph_format.line_spacing = 1.0
    for r in m.paragraphs[0].runs:
        r.font.color.rgb = RED
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    add_text(p, "2025年第22号", FS, 16)
    border(p, "bottom", sz=18, space=6)
    blank(doc)
    for t in ("关于调整跨境电子商务零售进口", "商品清单的公告"):
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
        add_text(p, t, XBS, 22)
    blank(doc)

    clauses = []
    t = ("为贯彻落实党中央、国务院关于促进跨境电子商务健康发展、推动高质量共建“一带一路”的决策部署，"
         "更好满足人民群众多样化消费需求，扩大优质商品进口，现将调整《跨境电子商务零售进口商品清单》"
         "（以下简称《清单》）有关事项公告如下：")
    body(doc, t)
    clauses.append(t)
    n_in = len(items)
    n_bonded = sum(1 for it in items if it[2].startswith(B))
    for t in [
        f"一、将冻岩礁虾和其他龙虾、便携式自动数据处理设备等{n_in}个税目商品纳入《清单》或调整其监管要求，具体见附件。",
        "二、《清单》内商品实行限额内零关税，进口环节增值税、消费税暂按法定应纳税额的70%征收。"
        "跨境电子商务零售进口商品的单次交易限值为人民币5000元，个人年度交易限值为人民币26000元。",
        "三、《清单》内商品按照个人自用进境物品监管，附件另有规定的除外。对相关部门明令暂停进口的疫区商品，"
        "以及出现重大质量安全风险启动风险应急处置的商品，不适用前述规定。",
        f"四、附件中标注“仅限网购保税商品”的冻岩礁虾和其他龙虾（税则号列0306.1190.00）等{n_bonded}个税目商品，"
        "须在海关特殊监管区域或保税物流中心（B型）内开展跨境电子商务网购保税进口业务，不得以直购进口方式进境。",
        "五、各地各有关部门要加强事中事后监管，防范以跨境电子商务零售进口名义从事“刷单”“走私”等违法违规行为。",
        "六、本公告自2026年1月1日起执行。此前有关规定与本公告不一致的，以本公告为准。",
    ]:
        body(doc, t)
        clauses.append(t)
    body(doc, "特此公告。")
    blank(doc)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    p.paragraph_format.first_line_indent = Pt(-48)
    p.paragraph_format.left_indent = Pt(80)
    add_text(p, "附件：跨境电子商务零售进口商品清单调整表")
    blank(doc)
    # 联合落款 as a borderless table, two organs a line
    issuers = ["财政部", "国家发展和改革委员会", "工业和信息化部", "农业农村部", "商务部", "海关总署",
               "国家市场监督管理总局"]
    lk = doc.add_table(rows=4, cols=2)
    table_borders(lk, val="nil")
    fixed_layout(lk, [78, 78])
    for k, name in enumerate(issuers):
        cell_text(lk.rows[k // 2].cells[k % 2], name, FS, 16, WD_ALIGN_PARAGRAPH.CENTER, line=28.95)
    blank(doc)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    add_text(p, "2025年11月20日")

    p = doc.add_paragraph()
    fmt(p)
    p.paragraph_format.page_break_before = True
    add_text(p, "附件", HT, 16)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=32, after=8)
    add_text(p, "跨境电子商务零售进口商品清单调整表", XBS, 22)

    bounds = [0] + SPLITS + [len(items)]
    widths = [13, 30, 59, 54]
    for part in range(len(bounds) - 1):
        lo, hi = bounds[part], bounds[part + 1]
        if part > 0:
            p = doc.add_paragraph()
            fmt(p, line=24, after=4)
            p.paragraph_format.page_break_before = True
            add_text(p, "续表", HT, 14)
        tbl = doc.add_table(rows=1 + hi - lo, cols=4)
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        table_borders(tbl)
        fixed_layout(tbl, widths)
        hdr = tbl.rows[0]
        row_flag(hdr, "tblHeader")
        row_flag(hdr, "cantSplit")
        for c, name in zip(hdr.cells, cols):
            cell_text(c, name, HT, 12, WD_ALIGN_PARAGRAPH.CENTER)
        for k in range(lo, hi):
            code, desc, req = items[k]
            r = tbl.rows[1 + k - lo]
            row_flag(r, "cantSplit")
            cell_text(r.cells[0], str(k + 1), FS, 12, WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(r.cells[1], code, FS, 12, WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(r.cells[2], desc, FS, 12, WD_ALIGN_PARAGRAPH.JUSTIFY)
            cell_text(r.cells[3], req, FS, 12, WD_ALIGN_PARAGRAPH.JUSTIFY)
            clauses.append(row_clause(cols, [str(k + 1), code, desc, req]))
    blank(doc, line=20)
    banji(doc, "国务院办公厅，各省、自治区、直辖市、计划单列市财政厅（局）、发展改革委、工业和信息化主管部门、"
               "农业农村（农牧）厅（局、委）、商务主管部门、市场监管局（厅、委），海关总署广东分署、各直属海关。",
          "财政部办公厅", "2025年11月24日", 156 / 25.4 * 72)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": "关于调整跨境电子商务零售进口商品清单的公告",
            "doc_number": "2025年第22号",
            "issuer": issuers,
            "date": "2025-11-20",
            "published": "2025-11-24",
            "level": "national",
            "region": "全国",
            "effective": "2026-01-01",
            "expires": None,
            "attachments": ["跨境电子商务零售进口商品清单调整表"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": {}},
    }]
    return path


def main():
    paths = [make_sichuan(), make_yunnan(), make_kuajing()]
    for p in paths:
        to_pdf(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    try:
        import pdfplumber
    except ImportError:
        return
    import re
    for p in paths:
        pdf = p[:-5] + ".pdf"
        with pdfplumber.open(pdf) as d:
            print(os.path.basename(pdf), len(d.pages), "pages")
            if not 2 <= len(d.pages) <= 6:
                print("  WARNING: page count outside 2-6")
            # page on which each table row number (first column) appears
            where = {}
            for i, pg in enumerate(d.pages):
                for w in pg.extract_words():
                    if re.fullmatch(r"\d{1,2}", w["text"]) and w["x0"] < 120 and w["top"] < pg.height - 60:
                        where.setdefault(int(w["text"]), i + 1)
            if "sichuan" in pdf and where.get(7) == where.get(10):
                print("  WARNING: merged 负责单位 (rows 7-10) no longer crosses a page break")
            if "qingdan" in pdf:
                for k, pg in enumerate(d.pages):
                    t = pg.extract_text() or ""
                    if t.startswith("续表"):
                        continue
                    if k >= 3:
                        print(f"  WARNING: page {k + 1} continues a table part without the 续表 label")


if __name__ == "__main__":
    main()
