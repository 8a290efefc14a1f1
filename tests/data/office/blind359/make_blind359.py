# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 359: three fictional office Word files (and their LibreOffice PDFs) on
跨境电商 / 中欧班列 / 自贸试验区, typed the way busy Chinese government offices
type them, plus expected.json (the analyst's answer key).

Run:  . /work/venv/bin/activate && python make_blind359.py
Every file is written next to this script.
"""
import json
import os
import shutil
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"

# --------------------------------------------------------------------------
# low level helpers
# --------------------------------------------------------------------------


def set_run_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    rFonts.set(qn("w:ascii"), "Times New Roman" if name in (FS, KT) else name)
    rFonts.set(qn("w:hAnsi"), "Times New Roman" if name in (FS, KT) else name)
    rFonts.set(qn("w:eastAsia"), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, first_indent=None, line=28, before=0, after=0,
        left=None, right=None, page_break_before=False, keep_next=False):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if page_break_before:
        pf.page_break_before = True
    if keep_next:
        pf.keep_with_next = True
    return p


def add_par(doc, runs, **kw):
    """runs: list of (text, font, size, bold) or a plain string (仿宋三号)."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, font, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        set_run_font(p.add_run(text), font, size, bold, color)
    fmt(p, **kw)
    return p


def border(p, side, color="000000", sz=8, space=1):
    pPr = p._p.get_or_add_pPr()
    pBdr = pPr.find(qn("w:pBdr"))
    if pBdr is None:
        pBdr = OxmlElement("w:pBdr")
        pPr.append(pBdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pBdr.append(el)


def add_page_field(p, font=SONG, size=14):
    def r(el):
        run = p.add_run()
        set_run_font(run, font, size)
        run._r.append(el)
        return run
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r(b)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r(it)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r(s)
    set_run_font(p.add_run("1"), font, size)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r(e)


def page_number_footer(section, left="— ", right=" —"):
    f = section.footer
    f.is_linked_to_previous = False
    p = f.paragraphs[0]
    p.text = ""
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run_font(p.add_run(left), SONG, 14)
    add_page_field(p)
    set_run_font(p.add_run(right), SONG, 14)


def a4_portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(3.7)
    section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)
    section.header_distance = Cm(1.5)
    section.footer_distance = Cm(2.6)


def a4_landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Cm(29.7)
    section.page_height = Cm(21.0)
    section.top_margin = Cm(2.8)
    section.bottom_margin = Cm(2.6)
    section.left_margin = Cm(3.0)
    section.right_margin = Cm(3.0)
    section.header_distance = Cm(1.5)
    section.footer_distance = Cm(1.6)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.text = ""
    p = cell.paragraphs[0]
    set_run_font(p.add_run(text), font, size, bold)
    fmt(p, align=align, line=None)
    p.paragraph_format.line_spacing = 1.0
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER


def set_widths(table, widths_cm):
    table.autofit = False
    for i, w in enumerate(widths_cm):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)
    tblPr = table._tbl.tblPr
    tblW = tblPr.find(qn("w:tblW"))
    if tblW is None:
        tblW = OxmlElement("w:tblW")
        tblPr.append(tblW)
    tblW.set(qn("w:type"), "dxa")
    tblW.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    a4_portrait(doc.sections[0])
    return doc


def blank(doc, n=1, line=28):
    for _ in range(n):
        add_par(doc, [("", FS, 16, False)], line=line)


def banji(doc, cc, printer, pdate):
    """版记: 抄送 and 印发 lines between rules."""
    p = add_par(doc, [("抄送：", FS, 14, False), (cc, FS, 14, False)],
                left=14, right=14, line=26, keep_next=True)
    p.paragraph_format.first_line_indent = Pt(-0)
    border(p, "top", sz=8)
    border(p, "bottom", sz=4)
    p = add_par(doc, [("　" + printer, FS, 14, False)], line=26)
    # the date is pushed to the right with a tab, as offices do
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), alignment=2)  # right
    set_run_font(p.add_run("\t" + pdate + "印发　"), FS, 14)
    border(p, "bottom", sz=8)


def convert(docx_path):
    out = os.path.dirname(docx_path)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_359",
                    "--convert-to", "pdf", "--outdir", out, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# --------------------------------------------------------------------------
# (a) 赣州: 通知 typed with full-width spaces, title broken by hand, 主送 on
#     two lines, table split by hand with a typed 续表 and re-typed header,
#     footer "-1-".
# --------------------------------------------------------------------------

A_TITLE_LINES = ["赣州市商务局　赣州市财政局", "关于组织申报2024年度跨境电子商务", "发展专项资金的通知"]
A_NUMBER = "赣市商务字〔2024〕58号"
A_MAIN_LINES = ["各县（市、区）商务局、财政局，赣州经开区、蓉江新区经发局、财政局，",
                "赣州综合保税区管委会，有关企业："]
A_PREAMBLE = ("为贯彻落实国家和省关于加快发展跨境电子商务的决策部署，加快中国（赣州）跨境电子商务综合试验区建设，"
              "推动我市外贸新业态新模式发展，根据《赣州市跨境电子商务发展专项资金管理办法》（赣市商务字〔2023〕41号）"
              "有关规定，现就组织申报2024年度跨境电子商务发展专项资金有关事项通知如下。")
A_OBJECT = ("在赣州市行政区域内依法注册、具有独立法人资格，2023年1月1日至2023年12月31日期间开展跨境电子商务业务，"
            "且未被列入严重失信主体名单的企业、园区运营机构和公共服务平台运营主体。")
A_DIRECTION = ("本年度专项资金重点支持以下方向，具体标准见下表。同一企业同一项目已获得省级以上财政资金支持的，"
               "不重复支持；单个企业年度支持总额最高不超过100万元。")
A_TABLE_CAPTION = "2024年度跨境电子商务发展专项资金支持方向和标准"
A_HEAD = ["序号", "支持方向", "支持内容", "支持标准", "适用范围"]
A_ROWS = [
    ["1", "跨境电商B2B出口", "通过海关9710、9810监管方式申报出口的企业", "按年度出口额每1美元奖励人民币0.02元，最高50万元", "全市"],
    ["2", "跨境电商零售进出口", "通过海关9610监管方式开展零售进出口业务的企业", "年度单量超过10万单的，每单奖励0.5元，最高30万元", "全市"],
    ["3", "海外仓建设", "在境外自建或租用面积1000平方米以上海外仓并实际运营的企业", "按实际投入的20%给予补助，单个海外仓最高50万元", "全市"],
    ["4", "跨境电商产业园", "经市商务局认定的市级跨境电商产业园运营主体", "一次性奖励30万元；被认定为省级跨境电商产业园的，再奖励20万元", "全市"],
    ["5", "保税备货（1210）业务", "在赣州综合保税区内开展网购保税进口业务的企业", "按年度进口货值的0.5%给予奖励，最高40万元", "赣州综合保税区"],
    ["6", "家具产业带跨境出海", "家具生产企业通过第三方跨境电商平台开设店铺开展出口的", "按平台店铺年度推广费用的30%给予补助，最高20万元", "南康区"],
    ["7", "人才培训", "开展跨境电商人才培训且年度培训人数超过200人次的培训机构", "每人次补助200元，最高15万元", "全市"],
    ["8", "跨境物流专线", "开通从赣州国际陆港始发的跨境电商专线物流（含中欧班列跨境电商专列）的物流企业", "每开行一列补助2万元，年度最高60万元", "全市"],
    ["9", "品牌培育", "在境外注册自主商标并通过跨境电商平台销售的企业", "每个境外商标奖励1万元，最高10万元", "全市"],
    ["10", "县域公共服务", "建设运营县域跨境电商公共服务中心，为企业提供通关、物流、金融等服务的运营主体", "按年度运营费用的50%给予补助，最高30万元", "瑞金市、龙南市、信丰县"],
]
A_SPLIT = 6  # rows 1..6 on the first page of the table, rows 7..10 after "续表"
A_COND = [
    "（一）申报企业须在2023年度内有实际跨境电商业务发生，相关数据可通过中国国际贸易“单一窗口”或跨境电商公共服务平台核验。",
    "（二）申报企业应财务管理制度健全，近三年内无重大违法违规记录，无拖欠财政资金情形。",
    "（三）同一项目不得多头申报。企业通过关联公司拆分申报的，取消其申报资格。",
]
A_MATERIALS = [
    "1.专项资金申报表（附件1）；",
    "2.企业营业执照副本复印件；",
    "3.跨境电商业务数据证明材料（报关单、平台交易流水、物流单据等）；",
    "4.项目投入的发票、合同及付款凭证；",
    "5.企业信用承诺书（附件2）。",
]
A_MAT_TAIL = "申报材料一式三份，按上述顺序装订成册并加盖企业公章。"
A_PROC = [
    "（一）企业申报。申报企业于2024年6月20日前向注册地县（市、区）商务部门提交申报材料，逾期不予受理。",
    "（二）县级初审。各县（市、区）商务部门会同同级财政部门对申报材料进行初审，于2024年6月30日前将初审意见及汇总表报送市商务局。",
    "（三）市级评审。市商务局会同市财政局委托第三方机构进行审核，审核结果在市商务局网站公示5个工作日，公示无异议后按程序拨付资金。",
]
A_REQ = ("各地要高度重视，加强政策宣传解读，严格审核把关，确保申报材料真实准确。对弄虚作假、骗取专项资金的，"
         "依法依规追回资金，并取消该企业三年内申报资格。")
A_CONTACT = "联系人：市商务局电子商务科　刘卫东，电话：0797-8123456；市财政局经济建设科　钟晓燕，电话：0797-8234567。"
A_ATTACH = ["2024年度赣州市跨境电子商务发展专项资金申报表", "企业信用承诺书"]


def a_table(doc, rows):
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(A_HEAD):
        cell_text(t.cell(0, i), h, HT, 12, False, WD_ALIGN_PARAGRAPH.CENTER)
    for r, row in enumerate(rows, start=1):
        for i, v in enumerate(row):
            cell_text(t.cell(r, i), v, FS, 12, False,
                      WD_ALIGN_PARAGRAPH.CENTER if i in (0, 4) else WD_ALIGN_PARAGRAPH.LEFT)
        cant_split(t.rows[r])
    set_widths(t, [1.2, 2.8, 4.6, 4.6, 2.4])
    return t


def typed(doc, text, **kw):
    """A body paragraph indented the busy way: two typed full-width spaces."""
    return add_par(doc, [("　　" + text, FS, 16, False)], **kw)


def typed_heading(doc, text):
    return add_par(doc, [("　　" + text, HT, 16, False)])


def make_a():
    doc = new_doc()
    sec = doc.sections[0]
    # footer typed as "-1-": the hyphens are typed around the page field
    page_number_footer(sec, left="-", right="-")

    # 版头: joint 发文机关标志 in a borderless table (organs stacked, 文件 on the right)
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = t.cell(0, 0), t.cell(0, 1)
    left.text = ""
    p = left.paragraphs[0]
    set_run_font(p.add_run("赣州市商务局"), XBS, 30, False, RED)
    fmt(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40)
    p = left.add_paragraph()
    set_run_font(p.add_run("赣州市财政局"), XBS, 30, False, RED)
    fmt(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40)
    right.text = ""
    p = right.paragraphs[0]
    set_run_font(p.add_run("文件"), XBS, 40, False, RED)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=None)
    right.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    set_widths(t, [9.5, 4.5])

    blank(doc, 1)
    p = add_par(doc, [(A_NUMBER, FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    border(p, "bottom", color="FF0000", sz=18, space=4)
    blank(doc, 1)

    # title broken with manual line breaks (Shift+Enter)
    p = doc.add_paragraph()
    for i, line in enumerate(A_TITLE_LINES):
        r = set_run_font(p.add_run(line), XBS, 22)
        if i < len(A_TITLE_LINES) - 1:
            r.add_break(WD_BREAK.LINE)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    blank(doc, 1)

    # 主送 typed on two lines (Enter pressed after a comma)
    for line in A_MAIN_LINES:
        add_par(doc, [(line, FS, 16, False)])

    typed(doc, A_PREAMBLE)
    typed_heading(doc, "一、支持对象")
    typed(doc, A_OBJECT)
    typed_heading(doc, "二、支持方向和标准")
    typed(doc, A_DIRECTION)
    add_par(doc, [(A_TABLE_CAPTION, HT, 14, False)], align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=4)
    a_table(doc, A_ROWS[:A_SPLIT])
    # the office splits the table by hand: page break, typed 续表, header re-typed
    p = add_par(doc, [("续表", HT, 14, False)], line=24, page_break_before=True)
    a_table(doc, A_ROWS[A_SPLIT:])
    add_par(doc, [("", FS, 16, False)], line=14)

    typed_heading(doc, "三、申报条件")
    for s in A_COND:
        typed(doc, s)
    typed_heading(doc, "四、申报材料")
    for s in A_MATERIALS:
        typed(doc, s)
    typed(doc, A_MAT_TAIL)
    typed_heading(doc, "五、申报程序")
    for s in A_PROC:
        typed(doc, s)
    typed_heading(doc, "六、工作要求")
    typed(doc, A_REQ)
    typed(doc, A_CONTACT)
    blank(doc, 1)
    # 附件说明 typed with spaces, second item aligned by hand
    typed(doc, "附件：1." + A_ATTACH[0])
    add_par(doc, [("　　　　　2." + A_ATTACH[1], FS, 16, False)])
    blank(doc, 3)
    # 落款: two organs side by side (typed spaces), date under them
    add_par(doc, [("　　　　赣州市商务局　　　　　　　赣州市财政局", FS, 16, False)])
    blank(doc, 1)
    add_par(doc, [("　　　　　　　　　　　　　　　　　2024年5月20日", FS, 16, False)])
    blank(doc, 1)
    typed(doc, "（此件公开发布）")
    blank(doc, 4)
    banji(doc, "省商务厅，省财政厅，赣州海关。", "赣州市商务局办公室", "2024年5月22日")
    return doc


def expected_a():
    def row(r):
        return "；".join(f"{h}：{v}" for h, v in zip(A_HEAD, r))
    clauses = [A_PREAMBLE, A_OBJECT, A_DIRECTION] + [row(r) for r in A_ROWS] + A_COND + A_MATERIALS + \
        [A_MAT_TAIL] + A_PROC + [A_REQ, A_CONTACT]
    specific = {
        row(A_ROWS[4])[:24]: ["赣州综合保税区"],
        row(A_ROWS[5])[:24]: ["南康区"],
        row(A_ROWS[9])[:24]: ["瑞金市", "龙南市", "信丰县"],
    }
    return [{
        "meta": {
            "title": "赣州市商务局　赣州市财政局关于组织申报2024年度跨境电子商务发展专项资金的通知",
            "doc_number": A_NUMBER,
            "issuer": ["赣州市商务局", "赣州市财政局"],
            "date": "2024-05-20",
            "published": "2024-05-22",
            "level": "municipal",
            "region": "江西省赣州市",
            "effective": None,
            "expires": None,
            "attachments": A_ATTACH,
            "doc_type": "通知",
            "recipients": ["各县（市、区）商务局、财政局", "赣州经开区、蓉江新区经发局、财政局",
                           "赣州综合保税区管委会", "有关企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


# --------------------------------------------------------------------------
# (b) 义乌: 印发通知 + 方案; 黑体 bold headings, some run-in, mixed list
#     markers, one item split by a manual page break.
# --------------------------------------------------------------------------

B_NUMBER = "义政办发〔2024〕12号"
B_PLAN = "义乌市推进中欧班列高质量发展三年行动方案（2024—2026年）"
B_TITLE = "义乌市人民政府办公室关于印发" + B_PLAN + "的通知"
B_MAIN = "各镇人民政府、街道办事处，市政府各部门，各有关单位："
B_NOTICE = "《" + B_PLAN + "》已经市政府同意，现印发给你们，请结合实际认真贯彻执行。"
B_PREAMBLE = ("为深入贯彻落实共建“一带一路”倡议，进一步擦亮“义新欧”中欧班列品牌，巩固提升义乌国际陆港枢纽地位，"
              "推动中欧班列高质量发展，结合我市实际，制定本方案。")
B_ONE_HEAD = "一、总体要求。"
B_ONE_BODY = ("坚持市场主导、政府引导，坚持稳量提质、降本增效，以线路拓展、枢纽提升、货源培育、数字赋能为重点，"
              "推动中欧班列由“运货物”向“聚产业”转变。到2026年，“义新欧”中欧班列年开行量稳定在2800列以上，"
              "回程班列占比提高到35%以上，培育年发运量超过500标箱的本地货代企业10家以上。")
B_T1 = [
    "1、巩固提升义乌至马德里、杜伊斯堡、华沙等主干线路，稳定每周开行频次，推动至中亚五国线路实现“天天班”。",
    "2、加密至越南河内、老挝万象的跨境班列，探索开行“义新欧+中老铁路”联运班列，2024年开行东南亚方向班列不少于150列。",
    "3、开拓至中东、北非的铁海联运新通道，依托宁波舟山港开展“班列+海运”多式联运，培育3条以上稳定运营的多式联运线路。",
]
B_T2 = [
    "1.加快铁路口岸扩能改造，2025年底前完成集装箱作业区二期工程，铁路口岸年作业能力提升至60万标箱。",
    "2.推进铁路口岸与义乌综合保税区联动发展，在综合保税区内试行“班列+保税”监管模式，对经中欧班列进境的保税货物实行“分送集报、自行运输”。",
    "3.设立中欧班列集拼中心，为中小微企业提供拼箱、订舱、报关“一站式”服务，拼箱货物实行“一次申报、分批提离”。",
]
B_T3 = [
    "（1）对在义乌市注册的企业通过“义新欧”中欧班列出口本地生产商品的，按实际运费的10%给予补助，单家企业年度补助最高80万元。",
    "（2）对在佛堂镇建设的进口商品分拨中心，年度处理回程班列货物超过1000标箱的，给予运营主体一次性奖励50万元。",
]
# item (3) is split by a manual page break (Ctrl+Enter typed mid-sentence)
B_T3_3A = "（3）鼓励市场经营户通过“市场采购+中欧班列”模式组货出口，推动市场采购贸易联网信息平台与班列订舱系统数据互联互通，"
B_T3_3B = "对通过该模式年度出口超过50标箱的经营户，在市场采购贸易组货人认定和信用评价中给予优先支持。"
B_THREE_HEAD = "三、数字赋能。"
B_THREE_BODY = ("依托“义新欧”数字化服务平台，推动班列运单、报关单、舱单等数据“一单到底”，2025年底前实现中欧班列全程物流信息可追溯，"
                "并向金融机构开放运单数据用于运单质押融资。")
B_FOUR = [
    "1、加强组织领导。成立由市政府分管副市长任组长的推进中欧班列高质量发展工作专班，专班办公室设在市口岸办，负责统筹协调重大事项。",
    "2、加大资金保障。市财政每年安排不少于1.5亿元中欧班列发展专项资金，资金使用管理办法由市口岸办会同市财政局另行制定。",
    "3、强化考核评估。将班列货源组织工作纳入对各镇街、市级有关部门的年度考核，每半年开展一次实施情况评估。",
]
B_FIVE_HEAD = "五、附则。"
B_FIVE_BODY = "本方案自2024年4月1日起施行，有效期至2026年12月31日。市政府此前出台的中欧班列扶持政策与本方案不一致的，以本方案为准。"


def body(doc, text, **kw):
    return add_par(doc, [(text, FS, 16, False)], first_indent=32, **kw)


def b_heading(doc, text):
    return add_par(doc, [(text, HT, 16, True)], first_indent=32)


def b_runin(doc, head, text):
    return add_par(doc, [(head, HT, 16, True), (text, FS, 16, False)], first_indent=32)


def b_sub(doc, text):
    return add_par(doc, [(text, KT, 16, True)], first_indent=32)


def make_b():
    doc = new_doc()
    page_number_footer(doc.sections[0])
    add_par(doc, [("", FS, 16, False)], line=28)
    add_par(doc, [("义乌市人民政府办公室文件", XBS, 34, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, line=None)
    blank(doc, 1)
    p = add_par(doc, [(B_NUMBER, FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    border(p, "bottom", color="FF0000", sz=18, space=4)
    blank(doc, 1)
    p = doc.add_paragraph()
    r = set_run_font(p.add_run("义乌市人民政府办公室关于印发义乌市"), XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = set_run_font(p.add_run("推进中欧班列高质量发展三年行动方案"), XBS, 22)
    r.add_break(WD_BREAK.LINE)
    set_run_font(p.add_run("（2024—2026年）的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    blank(doc, 1)
    add_par(doc, [(B_MAIN, FS, 16, False)])
    body(doc, B_NOTICE)
    blank(doc, 2)
    add_par(doc, [("义乌市人民政府办公室", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, right=48)
    add_par(doc, [("2024年3月15日", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, right=64)
    body(doc, "（此件公开发布）")

    # the 方案 itself starts on a new page
    add_par(doc, [(B_PLAN.replace("（", "\n（").split("\n")[0], XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, line=36, page_break_before=True)
    add_par(doc, [("（2024—2026年）", KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    blank(doc, 1)
    body(doc, B_PREAMBLE)
    b_runin(doc, B_ONE_HEAD, B_ONE_BODY)
    b_heading(doc, "二、重点任务")
    b_sub(doc, "（一）拓展国际物流通道")
    for s in B_T1:
        body(doc, s)
    b_sub(doc, "（二）提升陆港枢纽能级")
    for s in B_T2:
        body(doc, s)
    b_sub(doc, "（三）培育本地货源和回程货源")
    for s in B_T3:
        body(doc, s)
    p = body(doc, B_T3_3A)
    p.runs[-1].add_break(WD_BREAK.PAGE)
    set_run_font(p.add_run(B_T3_3B), FS, 16)
    b_runin(doc, B_THREE_HEAD, B_THREE_BODY)
    b_heading(doc, "四、保障措施")
    for s in B_FOUR:
        body(doc, s)
    b_runin(doc, B_FIVE_HEAD, B_FIVE_BODY)
    blank(doc, 1)
    banji(doc, "市委各部门，市人大常委会办公室，市政协办公室，市法院，市检察院。",
          "义乌市人民政府办公室", "2024年3月18日")
    return doc


def expected_b():
    clauses = [B_NOTICE, B_PREAMBLE, B_ONE_HEAD + B_ONE_BODY] + B_T1 + B_T2 + B_T3 + \
        [B_T3_3A + B_T3_3B, B_THREE_HEAD + B_THREE_BODY] + B_FOUR + [B_FIVE_HEAD + B_FIVE_BODY]
    specific = {
        B_T2[1][:20]: ["义乌综合保税区"],
        B_T3[1][:20]: ["佛堂镇"],
    }
    return [{
        "meta": {
            "title": B_TITLE,
            "doc_number": B_NUMBER,
            "issuer": ["义乌市人民政府办公室"],
            "date": "2024-03-15",
            "published": "2024-03-18",
            "level": "county",
            "region": "浙江省义乌市",
            "effective": "2024-04-01",
            "expires": "2026-12-31",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各镇人民政府、街道办事处", "市政府各部门", "各有关单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


# --------------------------------------------------------------------------
# (c) 湖南: 通知 + 附件 on landscape pages (section break), wide table with a
#     two-row merged header, 附件 title repeated in the page header.
# --------------------------------------------------------------------------

C_ISSUER = "中国（湖南）自由贸易试验区工作办公室"
C_NUMBER = "湘自贸办发〔2024〕9号"
C_TITLE = C_ISSUER + "关于复制推广自贸试验区第四批制度创新成果的通知"
C_MAIN = "各市州人民政府，省直有关单位，长沙、岳阳、郴州片区管委会："
C_ATTACH = "中国（湖南）自由贸易试验区第四批制度创新成果复制推广清单"
C_PREAMBLE = ("为深入实施自由贸易试验区提升战略，充分发挥中国（湖南）自由贸易试验区改革开放试验田作用，"
              "经省人民政府同意，现将自贸试验区第四批制度创新成果复制推广有关事项通知如下。")
C_ONE = ("本批制度创新成果共10项，其中在全省范围复制推广6项，在特定区域复制推广4项，"
         "具体事项、推广范围和责任单位详见附件。")
C_TWO = [
    "（一）加强组织领导。各市州人民政府和省直有关单位要把复制推广工作作为推进高水平对外开放的重要举措，明确牵头部门，制定工作计划，确保在规定时限内复制推广到位。",
    "（二）强化协同联动。各责任单位要加强与自贸试验区各片区的对接，及时掌握改革事项的实施要点和操作流程；涉及需要国家有关部门授权或调整的事项，要主动对接争取支持。",
    "（三）注重跟踪评估。省自贸办将对复制推广情况进行跟踪督导，各责任单位于2025年1月15日前将复制推广工作情况书面报送省自贸办。",
]
C_CONTACT = "联系人：省自贸办综合协调处　罗建华，联系电话：0731-82211234。"
# column names of the flattened two-row header
C_COLS = ["序号", "改革事项", "主要内容", "首创片区", "推广范围/全省范围", "推广范围/特定区域",
          "责任单位/牵头单位", "责任单位/配合单位", "完成时限"]
Y = "√"
C_ROWS = [
    ["1", "跨境电商出口退货“一站式”监管", "对跨境电商出口商品退货实行集中退运、线上申报，海关、税务部门数据共享，实现退货退税“一次办结”。",
     "长沙片区", Y, "", "长沙海关", "省税务局，各市州人民政府", "2024年12月"],
    ["2", "中非经贸“易货+”贸易模式", "允许企业以易货方式开展对非贸易，建立易货贸易货值认定、外汇结算和税收申报配套机制。",
     "长沙片区", Y, "", "省商务厅", "人民银行湖南省分行，国家外汇管理局湖南省分局，省税务局", "2024年12月"],
    ["3", "“保税维修+再制造”监管", "在综合保税区内开展工程机械、航空发动机等高附加值产品保税维修和再制造业务，实行“以企业为单元”的账册管理。",
     "岳阳片区", "", "全省综合保税区", "长沙海关", "省商务厅，省发展改革委", "2025年3月"],
    ["4", "中欧班列多式联运“一单制”", "推行中欧班列与内河航运、公路运输“一次委托、一单到底、一次结算”，多式联运提单可用于信用证结算和质押融资。",
     "长沙片区", Y, "", "省交通运输厅", "省商务厅，省地方金融管理局", "2024年12月"],
    ["5", "有色金属矿产品进口“先放后检”", "对进口铜精矿、锌精矿等矿产品实行“先放后检”，企业在取得检验结果前即可提离货物。",
     "郴州片区", "", "郴州综合保税区、岳阳城陵矶综合保税区", "长沙海关", "省商务厅", "2025年3月"],
    ["6", "企业开办“一网通办、一日办结”", "整合企业登记、公章刻制、银行开户、涉税办理、社保登记等环节，实现企业开办全流程一日办结。",
     "郴州片区", Y, "", "省市场监管局", "省公安厅，省人力资源社会保障厅，省税务局", "2024年12月"],
    ["7", "知识产权质押融资风险补偿", "设立知识产权质押融资风险补偿资金，对合作银行发放的知识产权质押贷款损失按比例给予补偿。",
     "长沙片区", "", "长沙市、株洲市、湘潭市", "省知识产权局", "省财政厅，省地方金融管理局", "2025年6月"],
    ["8", "出口信用保险线上投保", "在国际贸易“单一窗口”湖南平台上线出口信用保险投保、理赔和保单融资服务。",
     "岳阳片区", Y, "", "省商务厅", "中国出口信用保险公司湖南分公司", "2024年12月"],
    ["9", "二手工程机械出口“检测+认证”一体化", "对二手工程机械出口实行第三方检测与合格认证一次完成，检测报告在海关、商务部门互认。",
     "长沙片区", Y, "", "省商务厅", "长沙海关，省市场监管局", "2025年3月"],
    ["10", "跨境电商“保税展示+直播”模式", "允许区内企业开展保税商品展示和网络直播销售，消费者下单后按跨境电商零售进口模式通关。",
     "长沙片区", "", "长沙黄花综合保税区、衡阳综合保税区", "长沙海关", "省商务厅，相关市人民政府", "2025年3月"],
]


def make_c():
    doc = new_doc()
    s1 = doc.sections[0]
    page_number_footer(s1)
    add_par(doc, [("", FS, 16, False)], line=20)
    p = doc.add_paragraph()
    r = set_run_font(p.add_run("中国（湖南）自由贸易试验区"), XBS, 30, False, RED)
    r.add_break(WD_BREAK.LINE)
    set_run_font(p.add_run("工作办公室文件"), XBS, 30, False, RED)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=44)
    blank(doc, 1)
    p = add_par(doc, [(C_NUMBER, FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    border(p, "bottom", color="FF0000", sz=18, space=4)
    blank(doc, 1)
    p = doc.add_paragraph()
    r = set_run_font(p.add_run("中国（湖南）自由贸易试验区工作办公室"), XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = set_run_font(p.add_run("关于复制推广自贸试验区第四批"), XBS, 22)
    r.add_break(WD_BREAK.LINE)
    set_run_font(p.add_run("制度创新成果的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    blank(doc, 1)
    add_par(doc, [(C_MAIN, FS, 16, False)])
    body(doc, C_PREAMBLE)
    b_heading(doc, "一、复制推广事项")
    body(doc, C_ONE)
    b_heading(doc, "二、工作要求")
    for s in C_TWO:
        head, rest = s.split("。", 1)
        add_par(doc, [(head + "。", KT, 16, False), (rest, FS, 16, False)], first_indent=32)
    body(doc, C_CONTACT)
    blank(doc, 1)
    add_par(doc, [("附件：" + C_ATTACH, FS, 16, False)], first_indent=32, left=0)
    blank(doc, 3)
    add_par(doc, [(C_ISSUER, FS, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, right=16)
    add_par(doc, [("2024年9月26日", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, right=64)
    body(doc, "（此件公开发布）")

    # ---- section break: landscape pages for the 附件 ----
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_landscape(s2)
    s2.header.is_linked_to_previous = False
    hp = s2.header.paragraphs[0]
    hp.text = ""
    set_run_font(hp.add_run("附件：" + C_ATTACH), SONG, 10.5)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    border(hp, "bottom", sz=4)
    page_number_footer(s2)
    add_par(doc, [("附件", HT, 16, False)], line=28)
    add_par(doc, [(C_ATTACH, XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER, line=34, after=8)

    t = doc.add_table(rows=2 + len(C_ROWS), cols=9)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    # two-row header: vertical merges and two horizontal groups
    for ci, name in [(0, "序号"), (1, "改革事项"), (2, "主要内容"), (3, "首创片区"), (8, "完成时限")]:
        c = t.cell(0, ci).merge(t.cell(1, ci))
        cell_text(c, name, HT, 12, False, WD_ALIGN_PARAGRAPH.CENTER)
    c = t.cell(0, 4).merge(t.cell(0, 5))
    cell_text(c, "推广范围", HT, 12, False, WD_ALIGN_PARAGRAPH.CENTER)
    c = t.cell(0, 6).merge(t.cell(0, 7))
    cell_text(c, "责任单位", HT, 12, False, WD_ALIGN_PARAGRAPH.CENTER)
    for ci, name in [(4, "全省范围"), (5, "特定区域"), (6, "牵头单位"), (7, "配合单位")]:
        cell_text(t.cell(1, ci), name, HT, 12, False, WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for r, row in enumerate(C_ROWS, start=2):
        for ci, v in enumerate(row):
            cell_text(t.cell(r, ci), v, FS, 11, False,
                      WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 2, 5, 7) else WD_ALIGN_PARAGRAPH.CENTER)
        cant_split(t.rows[r])
    set_widths(t, [1.0, 3.2, 6.6, 1.8, 1.5, 2.8, 2.2, 2.9, 1.7])

    # ---- back to portrait for the 版记 ----
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_portrait(s3)
    s3.header.is_linked_to_previous = False
    s3.header.paragraphs[0].text = ""
    page_number_footer(s3)
    blank(doc, 17)
    banji(doc, "省委办公厅，省人大常委会办公厅，省政府办公厅，省政协办公厅。", C_ISSUER, "2024年9月29日")
    return doc


def expected_c():
    def row(r):
        return "；".join(f"{h}：{v}" for h, v in zip(C_COLS, r) if v)
    clauses = [C_PREAMBLE, C_ONE] + C_TWO + [C_CONTACT] + [row(r) for r in C_ROWS]
    specific = {
        row(C_ROWS[2])[:20]: ["湖南省各综合保税区"],
        row(C_ROWS[4])[:20]: ["郴州综合保税区", "岳阳城陵矶综合保税区"],
        row(C_ROWS[6])[:20]: ["长沙市", "株洲市", "湘潭市"],
        row(C_ROWS[9])[:20]: ["长沙黄花综合保税区", "衡阳综合保税区"],
    }
    return [{
        "meta": {
            "title": C_TITLE,
            "doc_number": C_NUMBER,
            "issuer": [C_ISSUER],
            "date": "2024-09-26",
            "published": "2024-09-29",
            "level": "provincial",
            "region": "湖南省",
            "effective": None,
            "expires": None,
            "attachments": [C_ATTACH],
            "doc_type": "通知",
            "recipients": ["各市州人民政府", "省直有关单位", "长沙、岳阳、郴州片区管委会"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


def main():
    expected = {}
    for stem, make, exp in [
        ("blind359_ganzhou_tongzhi", make_a, expected_a),
        ("blind359_yiwu_fangan", make_b, expected_b),
        ("blind359_hunan_tongzhi", make_c, expected_c),
    ]:
        path = os.path.join(HERE, stem + ".docx")
        make().save(path)
        convert(path)
        expected[stem] = exp()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    print("wrote", ", ".join(sorted(expected)))


if __name__ == "__main__":
    main()
