# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 451 blind test documents: 重点任务清单 tables carrying whole 方案."""
import json
import os
import subprocess
import copy

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
COLS = ["序号", "任务名称", "主要内容", "责任单位", "时间节点"]


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent_chars=0, size=16, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent_chars:
        pf.first_line_indent = Pt(size * indent_chars)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    return p


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None,
         indent=2, exact=28, color=None, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    fmt(p, align, indent, size, exact, before, after)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def runin(doc, head, rest, head_font=HT, size=16):
    """Run-in heading: heading run in another font/bold, body continues."""
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, 2, size)
    set_font(p.add_run(head), head_font, size, bold=(head_font == FS))
    set_font(p.add_run(rest), FS, size)
    return p


def empty(doc, n=1, size=16):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, None, 0, size, 28)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def bottom_border(p, color="FF0000", sz=18, side="bottom"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)


def setup_page(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        section.top_margin, section.bottom_margin = Mm(28), Mm(26)
        section.left_margin, section.right_margin = Mm(25), Mm(25)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)


def add_page_number(section, style="dash"):
    footer = section.footer
    p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if style == "dash":
        set_font(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        r._element.append(e)
    if style == "dash":
        set_font(p.add_run(" —"), "宋体", 14)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/>'
        '<w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/>'
        '<w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w"))
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    tblPr.append(b)


def hline_borders(table, color="000000"):
    tblPr = table._tbl.tblPr
    b = parse_xml(
        '<w:tblBorders %s><w:top w:val="single" w:sz="8" w:color="%s"/><w:left w:val="nil"/>'
        '<w:bottom w:val="single" w:sz="8" w:color="%s"/><w:right w:val="nil"/>'
        '<w:insideH w:val="single" w:sz="4" w:color="%s"/><w:insideV w:val="nil"/></w:tblBorders>'
        % (nsdecls("w"), color, color, color))
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    tblPr.append(b)


def grid_borders(table):
    tblPr = table._tbl.tblPr
    b = parse_xml(
        '<w:tblBorders %s><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
        '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
        % nsdecls("w"))
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    tblPr.append(b)


def set_widths(table, widths_mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(Mm(w).twips)))
    for tr in table._tbl.tr_lst:
        i = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            w = sum(widths_mm[i:i + span])
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = OxmlElement("w:tcW")
                tcPr.insert(0, tcW)
            tcW.set(qn("w:w"), str(int(Mm(w).twips)))
            tcW.set(qn("w:type"), "dxa")
            i += span


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    trPr.append(el)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
              exact=None, first=True):
    """Write text into a cell. text may be a str or list of str (one paragraph each)
    or list containing tuples ('br', [...]) meaning one paragraph with soft breaks."""
    parts = text if isinstance(text, list) else [text]
    for i, t in enumerate(parts):
        if i == 0 and first:
            p = cell.paragraphs[0]
        else:
            p = cell.add_paragraph()
        fmt(p, align, 0, size, exact)
        if isinstance(t, tuple) and t[0] == "br":
            segs = t[1]
            for j, s in enumerate(segs):
                r = set_font(p.add_run(s), font, size, bold)
                if j < len(segs) - 1:
                    r.add_break()
        else:
            set_font(p.add_run(t), font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def flat(v):
    if isinstance(v, list):
        return "".join(flat(x) for x in v)
    if isinstance(v, tuple) and v[0] == "br":
        return "".join(v[1])
    return v


def row_clause(no, name, content, resp, time):
    vals = [str(no), flat(name), flat(content), flat(resp), flat(time)]
    return "；".join("%s：%s" % (c, v) for c, v in zip(COLS, vals))


def add_numbering(doc, num_id=451):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%%1"/><w:lvlJc w:val="center"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/>'
        '<w:sz w:val="24"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls("w"), num_id))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                    % (nsdecls("w"), num_id, num_id))
    numbering.append(num)
    return num_id


def numbered_cell(cell, num_id, size=12):
    p = cell.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, size, None)
    ppr = p._p.get_or_add_pPr()
    numPr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), num_id))
    ppr.insert(0, numPr)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def task_table(doc, widths, header_repeat=True, size=12):
    t = doc.add_table(rows=1, cols=5)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid_borders(t)
    hdr = t.rows[0]
    for i, c in enumerate(COLS):
        cell_text(hdr.cells[i], c, HT, size, False, WD_ALIGN_PARAGRAPH.CENTER)
    if header_repeat:
        repeat_header(hdr)
    return t


def add_section_row(t, text, size=12, font=HT):
    row = t.add_row()
    m = row.cells[0].merge(row.cells[4])
    cell_text(m, text, font, size, False, WD_ALIGN_PARAGRAPH.LEFT)
    return row


def add_task_row(t, no, name, content, resp, time, size=12, num_id=None, skip=()):
    row = t.add_row()
    cells = row.cells
    if num_id:
        numbered_cell(cells[0], num_id, size)
    else:
        cell_text(cells[0], str(no), FS, size, False, WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(cells[1], name, FS, size, False, WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(cells[2], content, FS, size)
    if 3 not in skip:
        cell_text(cells[3], resp, FS, size, False, WD_ALIGN_PARAGRAPH.LEFT)
    if 4 not in skip:
        cell_text(cells[4], time, FS, size, False, WD_ALIGN_PARAGRAPH.CENTER)
    return row


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_451", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    setup_page(doc.sections[0])
    return doc


# ================================================================ FILE A: 重庆
A_TASKS = [
    ("一、提升通道运行质效", [
        ("优化线路网络布局",
         "巩固至波兰马拉舍维奇、德国杜伊斯堡、匈牙利布达佩斯等主干线路运行质量，加密至中亚五国班列班次。①2026年开行至土耳其伊斯坦布尔的跨里海直达班列；②探索开行至意大利米兰、西班牙马德里的定制班列；③推动全年开行中欧班列（成渝）重庆端5000列以上。",
         "牵头：市口岸物流办；配合：市商务委、中铁成都局集团重庆货运中心", "2026年12月底前"),
        ("提升集结中心能级",
         ["推进团结村中心站扩能改造，完善果园港、鱼嘴站中欧班列集结功能。",
          "①2026年6月底前完成团结村中心站新增2条到发线建设；",
          "②推动果园港实现“铁公水”多式联运无缝衔接；",
          "③建立集结中心货源统一调度机制。"],
         "牵头：市口岸物流办；配合：沙坪坝区政府、两江新区管委会、市交通运输委",
         "2026年6月底前完成到发线建设，其余任务持续推进"),
        ("强化回程班列组织",
         "扩大整车、木材、矿产品、食品等回程货源组织，提升回程班列运行比例。支持平台公司在欧洲、中亚布设回程集货点，对回程重箱率达到80%以上的班列给予运费优先支持。",
         "牵头：市口岸物流办；配合：市商务委、市财政局", "持续推进"),
        ("提升口岸通关效率",
         "深化“铁路快通”模式，推行“提前申报、抵港直装”。①推广舱单归并、集中申报；②对中欧班列进出口货物实施“优先查验”；③整体通关时间较2025年压缩10%以上。",
         "牵头：重庆海关；配合：市口岸物流办、市商务委", "2026年12月底前"),
        ("保障班列运输安全",
         "建立境外线路运行风险监测预警机制，制定极端天气、口岸拥堵等情形下的应急预案。每半年组织一次沿线运输安全评估，及时调整线路和运力。",
         "牵头：市口岸物流办；配合：市应急局、市公安局、重庆海关", "2026年起每半年1次"),
    ]),
    ("二、做大班列产业支撑", [
        ("培育“班列+产业”集群",
         ["围绕笔记本电脑、汽车及零部件、摩托车、新能源电池等重点产业，推动班列与产业链供应链深度融合。",
          "①每年新培育班列重点货源企业20家以上；②支持龙头企业开行定制专列；③在沿线重点城市布局产业合作项目。"],
         "牵头：市经济信息委；配合：市商务委、市口岸物流办、相关区县政府", "2027年12月底前"),
        ("发展进口分拨集散",
         "依托西部（重庆）科学城、两路果园港综合保税区等平台，建设进口商品分拨中心。扩大平行进口汽车、冷链食品、葡萄酒等商品规模，打造面向西部地区的进口商品集散地。",
         "牵头：市商务委；配合：重庆海关、两江新区管委会", "2027年6月底前"),
        ("拓展跨境电商班列",
         "常态化开行跨境电商专列，推动跨境电商9610、9710、9810业务通过中欧班列（成渝）运输。支持企业利用班列发展海外仓业务，对使用班列运输的跨境电商企业按规定给予物流费用补贴。",
         "牵头：市商务委；配合：重庆海关、市口岸物流办、市财政局", "2026年9月底前"),
        ("推动综合保税区联动发展",
         "支持西永综合保税区、两路果园港综合保税区开展保税维修、保税研发、保税展示交易业务。①推动班列进口料件“区港联动”直通综保区；②2026年新增保税维修企业3家以上。",
         "牵头：重庆海关；配合：市商务委、沙坪坝区政府、两江新区管委会", "2026年12月底前"),
        ("扩大外贸主体规模",
         "实施外贸主体培育行动，引导生产型外贸企业使用班列运输。对首次使用中欧班列（成渝）出口的企业给予首单运费支持，2026—2027年累计新增班列用户企业300家以上。",
         "牵头：市商务委；配合：市口岸物流办、各区县政府", "2027年12月底前"),
    ]),
    ("三、创新班列服务模式", [
        ("推广多式联运“一单制”",
         "推动铁路运单、多式联运提单在中欧班列（成渝）全线路应用。①完善多式联运提单签发规则；②推动多式联运提单与海运提单信息互认；③2027年底前“一单制”业务量占比达到20%以上。",
         "牵头：市口岸物流办；配合：市交通运输委、重庆海关", "2027年12月底前"),
        ("深化陆上贸易金融创新",
         "推进铁路提单物权化试点，支持银行机构开展基于铁路提单的融资业务。探索班列运费融资、进口货物仓单质押等产品，力争两年内累计实现融资规模50亿元以上。",
         "牵头：市委金融办；配合：人民银行重庆市分行、国家金融监督管理总局重庆监管局", "2027年12月底前"),
        ("建设数字班列服务平台",
         "整合订舱、通关、结算、物流跟踪等功能，建成中欧班列（成渝）综合信息服务平台。推动与国际贸易“单一窗口”数据对接，实现班列运行状态全程可视化。",
         "牵头：市口岸物流办；配合：市大数据发展局、重庆海关", "2026年10月底前"),
        ("拓展特种货物运输",
         "发展冷链班列、危险品班列和大件设备运输，完善冷链集装箱、特种箱配备。支持企业申请危险品运输资质，推动锂电池、化工品等货物规范化运输。",
         "牵头：市口岸物流办；配合：市应急局、市交通运输委、市经济信息委", "持续推进"),
        ("完善境外服务网络",
         ["在波兰、德国、匈牙利、哈萨克斯坦等国建设或租用海外仓、分拨中心。",
          "①新增境外集货分拨点5个以上；",
          "②推动境外网点与境内集结中心信息互联；",
          "③支持平台公司设立境外服务机构。"],
         "牵头：市商务委；配合：市口岸物流办、市国资委", "2027年12月底前"),
    ]),
    ("四、深化成渝协同和开放合作", [
        ("统一班列品牌运营",
         "坚持“中欧班列（成渝）”统一品牌，推动成渝两地平台公司在线路、运价、服务标准等方面协同运营。建立两地运价协商机制，避免同质化竞争。",
         "牵头：市口岸物流办；配合：市国资委", "持续推进"),
        ("共建货源组织体系",
         "联合四川省共同组织跨区域货源，建立成渝两地班列货源信息共享机制。每季度召开一次两地班列运营协调会，协商解决运力调配、集结组织等问题。",
         "牵头：市口岸物流办；配合：市商务委、市发展改革委", "2026年起每季度1次"),
        ("加强与西部陆海新通道联动",
         "推动中欧班列与西部陆海新通道班列、长江黄金水道有机衔接，发展“中欧班列+陆海新通道”“中欧班列+长江航运”联运产品。构建东西南北四向联通的国际物流格局。",
         "牵头：市口岸物流办；配合：市交通运输委、市发展改革委", "2027年6月底前"),
        ("深化与共建“一带一路”国家合作",
         "依托中欧班列（成渝）沿线节点，举办经贸对接活动，推动与沿线国家在产能、农业、数字经济等领域合作。①每年举办境外经贸推介活动不少于4场；②推动签署合作备忘录不少于5份。",
         "牵头：市商务委；配合：市政府外办、市贸促会", "每年12月底前"),
        ("推进标准规则衔接",
         "参与中欧班列运输规则、单证标准研究制定。推动沿线国家海关、铁路部门在数据交换、监管互认等方面开展合作。",
         "牵头：重庆海关；配合：市口岸物流办、市市场监管局", "持续推进"),
    ]),
    ("五、强化政策要素保障", [
        ("规范资金支持政策",
         "按照国家关于中欧班列补贴退坡要求，优化市级资金支持方式，重点支持回程班列、新线路开行和数字化平台建设。资金使用情况每年开展绩效评价。",
         "牵头：市财政局；配合：市口岸物流办、市商务委", "2026年3月底前出台支持政策"),
        ("保障项目建设用地",
         "将集结中心扩能、物流园区、海外仓回流配套设施等项目纳入市级重点项目清单，优先保障用地指标。对符合条件的项目开辟审批绿色通道。",
         "牵头：市规划自然资源局；配合：市发展改革委、相关区县政府", "持续推进"),
        ("加强专业人才支撑",
         "引进国际物流、国际贸易、跨境金融等领域专业人才，支持高校开设国际多式联运相关课程。每年组织班列业务培训不少于2期。",
         "牵头：市人力社保局；配合：市教委、市口岸物流办", "每年12月底前"),
        ("健全统计监测评价",
         "建立中欧班列（成渝）运行统计监测指标体系，按月监测开行量、货值、重箱率等指标。将重点任务完成情况纳入相关区县、部门年度目标考核。",
         "牵头：市口岸物流办；配合：市统计局、市考核办", "2026年6月底前"),
        ("防范化解运营风险",
         "加强对平台公司经营状况的监管，规范与境外合作伙伴的合同管理，防范汇率、地缘政治等风险。①建立重大风险事项报告制度；②定期开展运营风险排查。",
         "牵头：市国资委；配合：市口岸物流办、市委金融办", "持续推进"),
    ]),
]


def make_a():
    stem = "blind451_chongqing_tongzhi"
    doc = new_doc()
    add_page_number(doc.sections[0])
    n_title = "重庆市人民政府办公厅关于印发重庆市推动中欧班列（成渝）高质量发展实施方案（2026—2027年）的通知"
    f_title = "重庆市推动中欧班列（成渝）高质量发展实施方案（2026—2027年）"
    date = "2026年2月27日"

    # 版头
    empty(doc, 1)
    p = para(doc, "重庆市人民政府办公厅文件", XBS, 34, False, WD_ALIGN_PARAGRAPH.CENTER, 0, None, RED)
    p.runs[0].font.spacing = Pt(-1)
    empty(doc, 1)
    p = para(doc, "渝府办发〔2026〕14号", FS, 16, False, WD_ALIGN_PARAGRAPH.CENTER, 0)
    bottom_border(p, "FF0000", 18)
    empty(doc, 1)
    # title with soft break
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, 22, 36)
    r = set_font(p.add_run("重庆市人民政府办公厅关于印发重庆市推动中欧班列（成渝）"), XBS, 22)
    r.add_break()
    set_font(p.add_run("高质量发展实施方案（2026—2027年）的通知"), XBS, 22)
    empty(doc, 1)
    para(doc, "各区县（自治县）人民政府，市政府各部门，有关单位：", FS, 16, indent=0)
    notice_clauses = [
        "《重庆市推动中欧班列（成渝）高质量发展实施方案（2026—2027年）》已经市政府同意，现印发给你们，请认真贯彻执行。",
        "各区县政府、各有关部门要对照重点任务清单，逐项细化工作举措，明确具体责任人，确保各项任务按时间节点落地见效。各牵头单位于每季度结束后10日内将工作进展情况报送市口岸物流办，由市口岸物流办汇总后报市政府。",
    ]
    for c in notice_clauses:
        para(doc, c, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    empty(doc, 2)
    # 落款 typed with manual spaces
    para(doc, "\u3000" * 15 + "重庆市人民政府办公厅", indent=0)
    para(doc, "\u3000" * 16 + date, indent=0)
    para(doc, "（此件公开发布）", indent=2)
    page_break(doc)

    # 方案 (no 附件 label – follows directly)
    p = para(doc, f_title, XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, 0, 36)
    empty(doc, 1)
    fa_clauses = [
        "为深入贯彻党中央、国务院关于推进中欧班列高质量发展的决策部署，落实成渝地区双城经济圈建设要求，进一步提升中欧班列（成渝）运行质效，加快建设内陆国际物流枢纽，结合我市实际，制定本方案。",
        "到2027年，中欧班列（成渝）重庆端年开行量稳定在5000列以上，回程班列占比达到45%以上，班列运输货值较2025年增长20%以上，基本形成通道畅通、产业聚集、服务高效的中欧班列发展格局。重点任务如下：",
    ]
    for c in fa_clauses:
        para(doc, c, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, "中欧班列（成渝）高质量发展重点任务清单", HT, 16, False, WD_ALIGN_PARAGRAPH.CENTER, 0,
         before=6, after=6)
    t = task_table(doc, None)
    no = 0
    for sec, tasks in A_TASKS:
        add_section_row(t, sec)
        for (name, content, resp, time) in tasks:
            no += 1
            add_task_row(t, no, name, content, resp, time)
            fa_clauses.append(row_clause(no, name, content, resp, time))
    set_widths(t, [11, 24, 71, 32, 18])
    notes = [
        "注：①“市口岸物流办”指重庆市人民政府口岸和物流办公室，“市委金融办”指中共重庆市委金融委员会办公室，“市经济信息委”指重庆市经济和信息化委员会。",
        "②时间节点为“持续推进”的任务，各牵头单位于每年12月10日前将年度进展情况报送市口岸物流办。",
    ]
    p = para(doc, notes[0], FS, 12, indent=0, exact=20, before=6)
    p = para(doc, notes[1], FS, 12, indent=0, exact=20)
    p.paragraph_format.left_indent = Pt(36)
    fa_clauses += notes
    end = "本方案自印发之日起施行，有效期至2027年12月31日。"
    para(doc, end, align=WD_ALIGN_PARAGRAPH.JUSTIFY, before=12)
    fa_clauses.append(end)
    empty(doc, 1)
    fa_att = ["中欧班列（成渝）重点任务进展情况季度报送表", "中欧班列（成渝）运行监测指标表"]
    para(doc, "附件：1.%s" % fa_att[0], indent=2)
    para(doc, "\u3000" * 5 + "2.%s" % fa_att[1], indent=0)
    empty(doc, 3)
    # 版记 as layout table
    bt = doc.add_table(rows=2, cols=1)
    hline_borders(bt)
    cell_text(bt.cell(0, 0), "抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市监委，市高法院，市检察院，重庆警备区。",
              FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(bt.cell(1, 0), "  重庆市人民政府办公厅" + " " * 22 + "2026年2月27日印发", FS, 14,
              align=WD_ALIGN_PARAGRAPH.LEFT)
    set_widths(bt, [156])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta_n = {
        "title": n_title, "doc_number": "渝府办发〔2026〕14号", "issuer": ["重庆市人民政府办公厅"],
        "date": "2026-02-27", "published": None, "level": "provincial", "region": "重庆市",
        "effective": None, "expires": None, "attachments": [], "doc_type": "通知",
        "recipients": ["各区县（自治县）人民政府", "市政府各部门", "有关单位"],
        "publicity": "此件公开发布", "repeals": None,
    }
    meta_f = {
        "title": f_title, "doc_number": None, "issuer": ["重庆市人民政府办公厅"],
        "date": "2026-02-27", "published": None, "level": "provincial", "region": "重庆市",
        "effective": "2026-02-27", "expires": "2027-12-31", "attachments": fa_att, "doc_type": "方案",
        "recipients": [], "publicity": None, "repeals": None,
    }
    return stem, path, [{"meta": meta_n, "clauses": notice_clauses},
                        {"meta": meta_f, "clauses": fa_clauses}]


# ================================================================ FILE B: 郑州
B_TASKS = [
    ("一、培育壮大经营主体", [
        ("引育跨境电商龙头企业",
         "瞄准国内外知名跨境电商平台和头部卖家，开展精准招商。①对新引进的区域总部、结算中心按规定给予落户奖励；②每年引进交易额超亿元企业15家以上；③建立重点企业“一企一策”服务机制。",
         "牵头：市商务局；配合：市投资促进局、各开发区管委会", "2026—2028年持续推进"),
        ("打造跨境电商自主品牌",
         "实施“郑品出海”行动，支持企业在境外注册商标、申请专利、开展品牌认证。每年遴选30个跨境电商优势品牌予以重点推介，对获得境外知名平台品牌认证的企业给予奖励。",
         "牵头：市商务局；配合：市市场监管局", "2026年起每年12月底前"),
        ("培育跨境电商服务商",
         "引进和培育代运营、营销推广、合规咨询、支付结算等专业服务企业。建立跨境电商服务商资源库，2026年底前入库企业不少于100家。",
         "牵头：市商务局；配合：市财政局", "2026年12月底前"),
        ("推动传统外贸企业转型",
         "组织“跨境电商+外贸企业”对接活动，引导生产型企业通过跨境电商开拓国际市场。①每年组织培训不少于20场；②推动500家以上传统外贸企业开展跨境电商业务。",
         "牵头：市商务局；配合：各区县（市）政府、各开发区管委会", "2027年12月底前"),
        ("建设跨境电商产业园区",
         "优化全市跨境电商产业园区布局，支持园区完善仓储、孵化、展示、培训等功能。开展园区综合评价，评价结果与资金支持挂钩，推动园区由“招租型”向“运营型”转变。",
         "牵头：市商务局；配合：市发展改革委、市自然资源和规划局", "2026年6月底前完成首次评价"),
    ]),
    ("二、完善物流基础设施", [
        ("提升航空物流支撑能力",
         "依托郑州新郑国际机场，加密至欧美、东南亚的全货机航线，开行跨境电商包机。推动机场货站设立跨境电商专用处理区，提升货物处理效率。",
         "牵头：郑州航空港区管委会；配合：市交通运输局、郑州海关", "2027年12月底前"),
        ("发展跨境电商班列运输",
         "常态化开行中欧班列（中豫号）跨境电商专列，拓展至中亚、欧洲的跨境电商铁路运输线路。对通过班列运输的跨境电商货物实行优先装车、优先查验。",
         "牵头：市发展改革委；配合：郑州国际陆港公司、郑州海关", "2026—2028年持续推进"),
        ("布局建设海外仓",
         "支持企业在欧美、东盟、中东、拉美等地区建设、租赁海外仓。①对新认定的市级公共海外仓给予一次性支持；②推动海外仓与国内园区、物流通道数据互通；③到2028年公共海外仓达到80个以上。",
         "牵头：市商务局；配合：市财政局", "2028年12月底前"),
        ("完善综合保税区跨境电商功能",
         "支持新郑综合保税区、郑州经开综合保税区建设跨境电商监管中心，扩大网购保税进口商品品类。推动区内企业开展跨境电商退货中心仓业务，实现退货商品集中处理。",
         "牵头：郑州海关；配合：市商务局、郑州航空港区管委会、郑州经开区管委会", "2026年12月底前"),
        ("提升邮政快件处理能力",
         "优化国际邮件互换局、快件监管中心功能布局，推广“跨境电商+邮政小包”模式。提升国际邮件、快件通关时效。",
         "牵头：市邮政管理局；配合：郑州海关", "2027年6月底前"),
    ]),
    ("三、推动模式业态创新", [
        ("深化网购保税进口业务",
         "巩固“1210”网购保税进口模式优势，扩大美妆、母婴、保健食品等商品规模。探索开展网购保税进口商品“线下自提”，提升消费体验。",
         "牵头：郑州海关；配合：市商务局", "2026—2028年持续推进"),
        ("扩大跨境电商出口规模",
         "推广“9710”“9810”跨境电商B2B出口监管模式，支持企业开展跨境电商出口海外仓业务。推动出口货物“清单申报”便利化。",
         "牵头：郑州海关；配合：市商务局", "2026—2028年持续推进"),
        ("发展“跨境电商+产业带”",
         "围绕服装、发制品、机械装备、食品等特色产业，打造跨境电商产业带。①每年认定市级跨境电商产业带3个以上；②支持产业带企业开展品牌共建、集中采购。",
         "牵头：市商务局；配合：市工业和信息化局、各区县（市）政府", "2027年12月底前"),
        ("开展跨境电商零售进口药品试点",
         "在海关特殊监管区域内稳妥推进跨境电商零售进口部分药品试点，完善质量安全追溯体系和风险防控机制。",
         "牵头：市市场监管局；配合：郑州海关、市卫生健康委", "2026年12月底前"),
        ("发展跨境直播电商",
         "建设跨境直播基地，培育多语种主播队伍。支持企业利用海外社交媒体开展直播营销，对带动出口成效明显的直播基地给予奖励。",
         "牵头：市商务局；配合：市委网信办、市人力资源和社会保障局", "2027年12月底前"),
        ("拓展数字贸易新场景",
         "推动跨境电商与数字服务、数字内容贸易融合发展，鼓励企业开展数字化营销、跨境数据合规服务。",
         "牵头：市商务局；配合：市数据局、市委网信办", "2026—2028年持续推进"),
    ]),
    ("四、优化监管服务环境", [
        ("提升通关便利化水平",
         "推行跨境电商“提前申报”“先放后检”等措施，深化“单一窗口”跨境电商功能应用。跨境电商进出口货物通关时间压缩至24小时以内。",
         "牵头：郑州海关；配合：市商务局", "2026—2028年持续推进"),
        ("优化出口退（免）税服务",
         "落实跨境电商零售出口“无票免税”和企业所得税核定征收政策，推广出口退税“网上办”。正常出口退税平均办理时间压缩至3个工作日以内。",
         "牵头：国家税务总局郑州市税务局；配合：市商务局", "2026—2028年持续推进"),
        ("完善跨境支付结算服务",
         "支持银行机构、支付机构为跨境电商提供便利化结算服务，扩大跨境人民币结算规模。推动跨境电商外汇收支便利化措施落地。",
         "牵头：国家外汇管理局河南省分局；配合：市委金融办、市商务局", "2026—2028年持续推进"),
        ("健全跨境电商统计体系",
         "完善跨境电商统计监测制度，建立重点企业直报机制。按季度发布全市跨境电商发展报告。",
         "牵头：市商务局；配合：市统计局、郑州海关", "2026年6月底前"),
        ("加强合规与知识产权保护",
         "开展跨境电商企业合规培训，建立海外知识产权纠纷应对指导工作站。①编制跨境电商合规指引；②每年开展海外维权指导服务不少于50家次。",
         "牵头：市市场监管局；配合：市商务局、市司法局", "2026年12月底前编制指引"),
    ]),
    ("五、强化要素保障", [
        ("加大财政资金支持",
         "统筹市级商务发展专项资金，对跨境电商园区建设、海外仓建设、品牌培育等给予支持。资金实行项目库管理，每年开展绩效评价。",
         "牵头：市财政局；配合：市商务局", "2026年3月底前出台资金管理办法"),
        ("强化金融服务支撑",
         "引导金融机构开发“跨境电商贷”“海外仓贷”等产品，扩大出口信用保险覆盖面。对中小跨境电商企业投保短期出口信用保险给予保费补助。",
         "牵头：市委金融办；配合：市财政局、中国出口信用保险公司河南分公司", "2026年12月底前"),
        ("加强跨境电商人才培养",
         "支持高校、职业院校开设跨境电商相关专业，建设跨境电商人才实训基地。每年培训跨境电商从业人员1万人次以上。",
         "牵头：市人力资源和社会保障局；配合：市教育局、市商务局", "2026—2028年持续推进"),
        ("营造良好发展氛围",
         "办好全球跨境电子商务大会等重大活动，加强跨境电商政策宣传解读和典型案例推广。每年评选发布跨境电商创新发展典型案例10个以上。",
         "牵头：市商务局；配合：市委宣传部", "2026—2028年持续推进"),
    ]),
]
# vertical merges (task numbers, column index) – identical values typed once
B_VMERGE = [((11, 12), 3), ((11, 12), 4), ((17, 19), 4), ((24, 25), 4)]


def make_b():
    stem = "blind451_zhengzhou_tongzhi"
    doc = new_doc()
    add_page_number(doc.sections[0])
    organs = ["郑州市商务局", "郑州市发展和改革委员会", "郑州市财政局"]
    f_title = "中国（郑州）跨境电子商务综合试验区高质量发展三年行动方案（2026—2028年）"
    n_title = " ".join(organs) + "关于印发" + f_title + "的通知"
    # joint header: layout table
    empty(doc, 1)
    ht = doc.add_table(rows=1, cols=2)
    no_borders(ht)
    lc = ht.cell(0, 0)
    for i, o in enumerate(organs):
        p = lc.paragraphs[0] if i == 0 else lc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, 0, 26, 40)
        set_font(p.add_run(o), XBS, 26, color=RED)
    rc = ht.cell(0, 1)
    p = rc.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, 40, None)
    set_font(p.add_run("文件"), XBS, 40, color=RED)
    rc.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    set_widths(ht, [118, 38])
    empty(doc, 1)
    p = para(doc, "郑商务〔2025〕87号", FS, 16, False, WD_ALIGN_PARAGRAPH.CENTER, 0)
    bottom_border(p, "FF0000", 18)
    empty(doc, 1)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, 22, 36)
    segs = [" ".join(organs), "关于印发中国（郑州）跨境电子商务综合试验区",
            "高质量发展三年行动方案（2026—2028年）的通知"]
    for j, s in enumerate(segs):
        r = set_font(p.add_run(s), XBS, 22)
        if j < len(segs) - 1:
            r.add_break()
    empty(doc, 1)
    para(doc, "各开发区、区县（市）商务、发展改革、财政部门，市直有关单位：", indent=0)
    notice_clauses = [
        "为深入推进中国（郑州）跨境电子商务综合试验区建设，巩固提升跨境电商发展优势，经市政府同意，现将《中国（郑州）跨境电子商务综合试验区高质量发展三年行动方案（2026—2028年）》印发给你们，请结合实际认真抓好落实。",
        "各责任单位要将重点任务纳入本部门年度工作计划，每半年将任务推进情况书面报送市商务局（电子商务处）。执行中遇到的重大问题，请及时报告。",
    ]
    for c in notice_clauses:
        para(doc, c, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    empty(doc, 1)
    p = para(doc, "附件：" + f_title, indent=2)
    p.paragraph_format.left_indent = Pt(0)
    empty(doc, 2)
    # joint signature as a borderless layout table
    st = doc.add_table(rows=2, cols=2)
    no_borders(st)
    cell_text(st.cell(0, 0), "郑州市商务局", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(st.cell(0, 1), "郑州市发展和改革委员会", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(st.cell(1, 0), "", FS, 16)
    cell_text(st.cell(1, 1), "郑州市财政局", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_widths(st, [78, 78])
    empty(doc, 1)
    p = para(doc, "2025年12月16日" + "\u3000" * 3, indent=0, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "（此件主动公开）", indent=2)

    # landscape section for the 方案
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_page(sec, landscape=True)
    para(doc, "附件", HT, 16, indent=0)
    para(doc, f_title, XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, 0, 36, before=6, after=6)
    fb = [
        "为加快建设中国（郑州）跨境电子商务综合试验区，推动跨境电商规模化、品牌化、合规化发展，打造全国跨境电商发展高地，制定本方案。",
        "到2028年，全市跨境电商进出口交易额突破2000亿元，年均增长10%以上；培育年交易额超10亿元的跨境电商企业30家以上，建设省级以上跨境电商产业园区10个以上，公共海外仓数量达到80个以上。",
    ]
    for c in fb:
        para(doc, c, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    num_id = add_numbering(doc)
    t = task_table(doc, None)
    # determine which cells are continuation of a vertical merge
    cont = {}
    for (a, b), col in B_VMERGE:
        for k in range(a + 1, b + 1):
            cont.setdefault(k, set()).add(col)
    rowmap = {}
    no = 0
    for secname, tasks in B_TASKS:
        add_section_row(t, secname)
        for (name, content, resp, time) in tasks:
            no += 1
            row = add_task_row(t, no, name, content, resp, time, num_id=num_id,
                               skip=cont.get(no, set()))
            rowmap[no] = len(t.rows) - 1
            fb.append(row_clause(no, name, content, resp, time))
    set_widths(t, [12, 36, 124, 47, 28])
    for (a, b), col in B_VMERGE:
        top = t.cell(rowmap[a], col)
        bot = t.cell(rowmap[b], col)
        # continuation cells: give them an empty formatted paragraph only
        for k in range(a + 1, b + 1):
            c = t.cell(rowmap[k], col)
            fmt(c.paragraphs[0], WD_ALIGN_PARAGRAPH.CENTER, 0, 12, None)
        m = top.merge(bot)
        # drop any empty paragraphs merged in from lower cells
        ps = m.paragraphs
        for extra in ps[1:]:
            if not extra.text:
                extra._p.getparent().remove(extra._p)
        m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    para(doc, "注：", FS, 12, indent=0, exact=20, before=6)
    notes = [
        "①“市委金融办”指中共郑州市委金融委员会办公室，“郑州航空港区管委会”指郑州航空港经济综合实验区管理委员会。",
        "②责任单位中“各区县（市）政府”包括各开发区管委会。",
        "③时间节点为“持续推进”的任务，年度目标由牵头单位于每年1月底前另行明确。",
    ]
    for n in notes:
        p = para(doc, n, FS, 12, indent=0, exact=20)
        p.paragraph_format.left_indent = Pt(24)
    fb += notes
    empty(doc, 1)
    fb_att = ["跨境电商重点任务推进情况半年报送表", "郑州市跨境电商产业园区综合评价指标"]
    para(doc, "附件：1．" + fb_att[0], indent=2)
    para(doc, "\u3000" * 5 + "2．" + fb_att[1], indent=0)

    # back to portrait for 版记
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_page(sec2)
    empty(doc, 14)
    p = para(doc, "抄送：河南省商务厅，郑州海关，市政府办公厅。", FS, 14, indent=0)
    bottom_border(p, "000000", 4, "top")
    bottom_border(p, "000000", 4, "bottom")
    p = para(doc, " 郑州市商务局办公室" + " " * 26 + "2025年12月16日印发", FS, 14, indent=0)
    bottom_border(p, "000000", 8, "bottom")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta_n = {
        "title": n_title, "doc_number": "郑商务〔2025〕87号", "issuer": organs,
        "date": "2025-12-16", "published": None, "level": "municipal", "region": "郑州市",
        "effective": None, "expires": None, "attachments": [f_title], "doc_type": "通知",
        "recipients": ["各开发区、区县（市）商务、发展改革、财政部门", "市直有关单位"],
        "publicity": "此件主动公开", "repeals": None,
    }
    meta_f = {
        "title": f_title, "doc_number": None, "issuer": organs,
        "date": "2025-12-16", "published": None, "level": "municipal", "region": "郑州市",
        "effective": None, "expires": None, "attachments": fb_att, "doc_type": "方案",
        "recipients": [], "publicity": None, "repeals": None,
    }
    return stem, path, [{"meta": meta_n, "clauses": notice_clauses},
                        {"meta": meta_f, "clauses": fb}]


# ================================================================ FILE C: 钦州港片区
def br(a, b):
    return ("br", [a, b])


C_TASKS = [
    ("一、扩大市场准入", [
        ("落实外资准入负面清单",
         "全面落实自由贸易试验区外商投资准入特别管理措施（负面清单），清单之外领域按照内外资一致原则实施管理。①梳理涉及外资准入的行政许可事项清单；②清理与负面清单不符的规定和做法；③定期评估准入政策落实情况。",
         br("牵头：片区经济发展局；", "配合：片区行政审批局、片区市场监管分局"), "2026年6月底前"),
        ("推进服务业扩大开放",
         "争取在增值电信、医疗、职业教育、专业服务等领域先行先试开放措施。支持外资在片区设立独资职业技能培训机构，探索外资律师事务所与中国律师事务所联营。",
         br("牵头：片区经济发展局；", "配合：片区社会事务局"), "2027年12月底前"),
        ("支持外资参与港航物流",
         "鼓励外资企业投资港口码头、航运、国际货运代理、冷链物流等领域。支持国际班轮公司在钦州港设立区域运营中心，对新开辟的外贸集装箱航线给予支持。",
         br("牵头：片区港口和物流局；", "配合：钦州海事局"), "2026—2028年持续推进"),
        ("吸引外资金融机构集聚",
         "支持境外金融机构在片区设立分支机构，引进融资租赁、商业保理等外资类金融企业。①对新落户外资金融机构给予开办补助；②探索开展本外币一体化资金池试点。",
         br("牵头：片区金融工作部；", "配合：人民银行钦州市分行、国家外汇管理局钦州市分局"), "2027年12月底前"),
        ("开展合格境外有限合伙人试点",
         "开展合格境外有限合伙人（QFLP）试点，支持符合条件的境外投资者设立股权投资基金，投向片区重点产业项目。",
         br("牵头：片区金融工作部；", "配合：片区行政审批局"), "2026年12月底前"),
    ]),
    ("二、提升投资便利化水平", [
        ("推行外资企业登记“一网通办”",
         "推行外商投资企业设立、变更、注销登记“一网通办”，实现营业执照、外汇登记、银行开户等事项“一表申请、一次办结”。外资企业设立登记办理时限压缩至1个工作日。",
         br("牵头：片区行政审批局；", "配合：片区市场监管分局、国家外汇管理局钦州市分局"), "2026年9月底前"),
        ("优化外商投资信息报告",
         "依托企业登记系统和国家企业信用信息公示系统报送外商投资信息，做到“多报合一”。不得要求外资企业重复报送。",
         br("牵头：片区经济发展局；", "配合：片区市场监管分局"), "持续推进"),
        ("实施投资项目“承诺即入制”",
         "在综合保税区和临港产业园推行企业投资项目承诺制，对不新增用地、符合规划的技改项目实行“先建后验”。①编制承诺事项清单；②建立事中事后监管机制。",
         br("牵头：片区行政审批局；", "配合：片区规划建设局、片区生态环境分局"), "2026年12月底前"),
        ("便利外籍人员出入境和就业",
         "为外资企业高管、技术人员及其家属办理签证、居留许可提供便利。推行外国人来华工作许可和居留许可“一窗受理、并联审批”。",
         br("牵头：钦州市公安局出入境管理支队；", "配合：片区社会事务局"), "2026年6月底前"),
        ("便利跨境资金流动",
         "支持外资企业资本金、外债资金依法合规汇入汇出，推广跨境人民币结算便利化措施。对优质外资企业实施贸易外汇收支便利化试点。",
         br("牵头：国家外汇管理局钦州市分局；", "配合：人民银行钦州市分行、片区金融工作部"), "持续推进"),
        ("强化外资项目全周期服务",
         "建立重点外资项目“专班+专员”服务机制，从签约、落地、建设到投产实行全流程跟踪服务。对总投资1亿美元以上的外资项目实行“一项目一专班”。",
         br("牵头：片区投资促进局；", "配合：片区行政审批局、片区规划建设局"), "持续推进"),
    ]),
    ("三、发挥综合保税区功能作用", [
        ("发展保税研发和检测维修",
         "支持钦州综合保税区企业开展保税研发、保税检测、全球维修业务，推动“两头在外”的高附加值检测维修项目落地。2026年新增保税维修业务企业2家以上。",
         br("牵头：钦州海关；", "配合：片区综保区管理局"), "2026年12月底前"),
        ("承接加工贸易梯度转移",
         "承接东部地区加工贸易产业转移，重点发展电子信息、新能源材料、粮油加工等产业。①建立加工贸易转移项目库；②对新落户加工贸易企业给予物流费用支持。",
         br("牵头：片区投资促进局；", "配合：片区综保区管理局、片区经济发展局"), "2027年12月底前"),
        ("发展保税燃料油加注",
         "推动钦州港开展国际航行船舶保税燃料油加注业务，完善供油、监管、结算流程。探索开展保税液化天然气加注。",
         br("牵头：片区港口和物流局；", "配合：钦州海关、钦州海事局"), "2027年6月底前"),
        ("开展保税融资租赁业务",
         "支持融资租赁企业在综合保税区开展船舶、大型设备等保税租赁业务，落实海关异地委托监管措施。",
         br("牵头：片区金融工作部；", "配合：钦州海关"), "2027年12月底前"),
        ("推进综合保税区智慧监管",
         "建设综合保税区智慧卡口和信息化管理平台，实现货物进出区“无感通关”。推广企业集团加工贸易监管、“仓储货物按状态分类监管”等措施。",
         br("牵头：钦州海关；", "配合：片区综保区管理局"), "2026年10月底前"),
        ("发展跨境电商保税业务",
         "在综合保税区开展跨境电商网购保税进口和出口海外仓业务，支持企业建设面向东盟的跨境电商分拨中心。",
         br("牵头：片区经济发展局；", "配合：钦州海关"), "2027年6月底前"),
    ]),
    ("四、深化陆海联动和国际合作", [
        ("提升西部陆海新通道海铁联运能力",
         "加密钦州港至重庆、成都、昆明等地海铁联运班列，推动“铁路箱下水”“海运箱上路”。①推广海铁联运“一单制”；②2026年海铁联运班列开行量达到1万列以上。",
         br("牵头：片区港口和物流局；", "配合：钦州海关、中国铁路南宁局集团有限公司钦州货运中心"), "2026年12月底前"),
        ("深化中国—东盟产业合作",
         "推动与东盟国家共建产业合作园区，引导外资企业在片区布局面向东盟的区域总部和供应链中心。每年举办面向东盟的投资推介活动不少于3场。",
         br("牵头：片区投资促进局；", "配合：片区经济发展局"), "每年12月底前"),
        ("用好RCEP规则",
         "加强RCEP原产地规则、关税减让等政策宣传培训，推广原产地证书“自助打印”“智能审核”。对企业享受RCEP优惠关税情况开展跟踪服务。",
         br("牵头：钦州海关；", "配合：钦州市贸促会、片区经济发展局"), "持续推进"),
        ("拓展中越跨境物流通道",
         "发展钦州港经东兴、凭祥至越南的跨境公路运输和跨境铁路运输，推动中越跨境班列与西部陆海新通道班列衔接。",
         br("牵头：片区港口和物流局；", "配合：钦州海关"), "2027年12月底前"),
    ]),
    ("五、强化服务保障", [
        ("健全外商投资权益保护",
         "完善外商投资企业投诉工作机制，投诉事项受理后原则上在30个工作日内办结。①建立外资企业圆桌会议制度，每季度召开1次；②依法保护外资企业知识产权和商业秘密。",
         br("牵头：片区经济发展局；", "配合：片区综合执法局、片区市场监管分局"), "2026年起每季度1次"),
        ("保障外资企业公平参与竞争",
         "外资企业依法平等参与政府采购、招标投标和标准制定，不得以所有制形式、投资者国别等为由实行差别待遇。定期开展妨碍公平竞争的政策措施清理。",
         br("牵头：片区财政局；", "配合：片区市场监管分局"), "2026年9月底前完成清理"),
        ("加强要素保障",
         "对重大外资项目优先保障用地、用能、用海指标，支持符合条件的外资项目纳入自治区层面统筹推进的重大项目。",
         br("牵头：片区规划建设局；", "配合：片区经济发展局、钦州市自然资源局"), "持续推进"),
        ("强化督查考核",
         "将行动方案任务落实情况纳入片区绩效考评，对工作成效明显的单位予以通报表扬，对推进不力的单位进行约谈督促。",
         br("牵头：片区党政办公室；", "配合：片区经济发展局"), "每年12月底前"),
    ]),
]


def make_c():
    stem = "blind451_qinzhougang_tongzhi"
    doc = new_doc()
    add_page_number(doc.sections[0])
    issuer = "中国（广西）自由贸易试验区钦州港片区管理委员会"
    f_title = "钦州港片区提升外商投资和贸易便利化水平行动方案（2026—2028年）"
    n_title = issuer + "关于印发" + f_title + "的通知"
    empty(doc, 1)
    p = para(doc, issuer + "文件", XBS, 20, False, WD_ALIGN_PARAGRAPH.CENTER, 0, None, RED)
    empty(doc, 1)
    p = para(doc, "钦自贸片管发〔2026〕6号", FS, 16, False, WD_ALIGN_PARAGRAPH.CENTER, 0)
    bottom_border(p, "FF0000", 18)
    empty(doc, 1)
    # title typed as three separate paragraphs (Enter pressed)
    for s in ["中国（广西）自由贸易试验区钦州港片区管理委员会", "关于印发钦州港片区提升外商投资和贸易便利化",
              "水平行动方案（2026—2028年）的通知"]:
        para(doc, s, XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, 0, 34)
    empty(doc, 1)
    para(doc, "片区管委会各部门、各直属单位，驻片区各有关单位：", indent=0)
    nc = []
    c0 = "《钦州港片区提升外商投资和贸易便利化水平行动方案（2026—2028年）》已经片区管委会第5次主任办公会议审议通过，现印发给你们，请认真贯彻落实，并做好以下工作。"
    para(doc, c0, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    nc.append(c0)
    items = [
        ("一、加强组织领导。", "各责任单位要把提升外商投资和贸易便利化水平作为优化营商环境的重要抓手，主要负责同志亲自研究部署，将任务清单逐项分解到岗到人。"),
        ("二、强化跟踪问效。", "片区经济发展局负责统筹协调和跟踪督办，各牵头单位于每年6月25日、12月25日前报送任务推进情况，对进展滞后的任务实行通报。"),
        ("三、做好宣传解读。", "各责任单位要通过政务网站、新媒体等渠道加强政策宣传解读，及时总结推广典型经验和创新案例。"),
    ]
    for h, r in items:
        runin(doc, h, r, HT)
        nc.append(h + r)
    c5 = "联系人：黄海燕（片区经济发展局），联系电话：0777-3888126。"
    para(doc, c5, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    nc.append(c5)
    empty(doc, 1)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, 2, 16)
    set_font(p.add_run("附件："), FS, 16)
    set_font(p.add_run(f_title), FS, 16)
    empty(doc, 2)
    # 落款 right-aligned with trailing manual spaces
    para(doc, issuer + "\u3000" * 2, indent=0, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "2026年4月8日" + "\u3000" * 6, indent=0, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "（此件公开发布）", indent=2)
    page_break(doc)

    # 方案
    para(doc, "附件", HT, 16, indent=0)
    empty(doc, 1)
    # 方案 title in bold run typed in 小标宋
    para(doc, "钦州港片区提升外商投资和贸易便利化水平", XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, 0, 34)
    para(doc, "行动方案（2026—2028年）", XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, 0, 34)
    empty(doc, 1)
    fc = [
        "为深入实施外商投资准入负面清单管理制度，高水平建设中国（广西）自由贸易试验区钦州港片区，进一步提升外商投资和贸易便利化水平，打造面向东盟的开放合作高地，结合片区实际，制定本方案。",
        "到2028年，片区累计新设外商投资企业150家以上，实际使用外资年均增长8%以上，钦州综合保税区进出口额突破800亿元，外资企业满意度保持在95%以上。",
    ]
    for c in fc:
        para(doc, c, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    empty(doc, 1)
    widths = [11, 27, 70, 32, 16]
    t = task_table(doc, None, header_repeat=False)
    no = 0
    split_after = 14
    for secname, tasks in C_TASKS:
        add_section_row(t, secname)
        for (name, content, resp, time) in tasks:
            no += 1
            add_task_row(t, no, name, content, resp, time)
            fc.append(row_clause(no, name, content, resp, time))
            if no == split_after:
                set_widths(t, widths)
                # office quirk: table broken in two, header retyped on next page
                page_break(doc)
                t = task_table(doc, None, header_repeat=False)
    set_widths(t, widths)
    note = "注：①“片区”指中国（广西）自由贸易试验区钦州港片区，“片区综保区管理局”指钦州综合保税区管理局；②时间节点为“持续推进”的任务，各牵头单位按照通知要求每半年报送1次进展情况。"
    para(doc, note, FS, 12, indent=0, exact=20, before=6)
    fc.append(note)
    end = "本方案自2026年5月1日起施行，有效期至2028年12月31日。《钦州港片区促进外商投资若干措施（试行）》（钦自贸片管发〔2023〕14号）同时废止。"
    para(doc, end, align=WD_ALIGN_PARAGRAPH.JUSTIFY, before=12)
    fc.append(end)
    empty(doc, 1)
    fc_att = ["钦州港片区重点外资项目服务专班名单"]
    para(doc, "附件：" + fc_att[0], indent=2)
    empty(doc, 4)
    p = para(doc, "抄送：自治区商务厅，自治区自由贸易试验区工作办公室，钦州市人民政府，钦州海关。", FS, 14, indent=0)
    p.paragraph_format.left_indent = Pt(14)
    bottom_border(p, "000000", 8, "top")
    bottom_border(p, "000000", 4, "bottom")
    p = para(doc, "钦州港片区管理委员会综合办公室" + "\u3000" * 6 + "2026年4月8日印发", FS, 14, indent=0)
    p.paragraph_format.left_indent = Pt(14)
    bottom_border(p, "000000", 8, "bottom")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta_n = {
        "title": n_title, "doc_number": "钦自贸片管发〔2026〕6号", "issuer": [issuer],
        "date": "2026-04-08", "published": None, "level": "zone",
        "region": "中国（广西）自由贸易试验区钦州港片区",
        "effective": None, "expires": None, "attachments": [f_title], "doc_type": "通知",
        "recipients": ["片区管委会各部门、各直属单位", "驻片区各有关单位"],
        "publicity": "此件公开发布", "repeals": None,
    }
    meta_f = {
        "title": f_title, "doc_number": None, "issuer": [issuer],
        "date": "2026-04-08", "published": None, "level": "zone",
        "region": "中国（广西）自由贸易试验区钦州港片区",
        "effective": "2026-05-01", "expires": "2028-12-31", "attachments": fc_att, "doc_type": "方案",
        "recipients": [], "publicity": None,
        "repeals": "《钦州港片区促进外商投资若干措施（试行）》（钦自贸片管发〔2023〕14号）",
    }
    return stem, path, [{"meta": meta_n, "clauses": nc}, {"meta": meta_f, "clauses": fc}]


def main():
    expected = {}
    for fn in (make_a, make_b, make_c):
        stem, path, docs = fn()
        convert(path)
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
