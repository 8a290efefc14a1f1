# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 677: 权力清单和责任清单 notices (Word + PDF) and answer key."""
import os
import json
import subprocess
import copy

from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.enum.section import WD_SECTION, WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement, parse_xml

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

HEADERS = ["序号", "职权类别", "职权名称", "子项", "设定依据", "实施主体", "责任事项", "追责情形", "备注"]


# ----------------------------------------------------------------- helpers
def set_font(run, east=FS, size=16, bold=False, color=None, scale=None):
    run.font.name = "Times New Roman"
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")
    if color is not None:
        run.font.color.rgb = color
    if scale:
        w = OxmlElement("w:w")
        w.set(qn("w:val"), str(scale))
        sz = rpr.find(qn("w:sz"))
        if sz is not None:
            sz.addprevious(w)
        else:
            rpr.append(w)
    return run


def fmt_para(p, align=None, first_indent=None, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if left is not None:
        pf.left_indent = Pt(left)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def add_p(doc, parts, align=None, first_indent=32, line=28, size=16, east=FS, bold=False):
    """parts: str or list of (text, east, bold)."""
    p = doc.add_paragraph()
    fmt_para(p, align=align, first_indent=first_indent, line=line)
    if isinstance(parts, str):
        parts = [(parts, east, bold)]
    for text, e, b in parts:
        set_font(p.add_run(text), east=e, size=size, bold=b)
    return p


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt_para(p, line=line)


def border(p, side="bottom", color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    pbdr.append(b)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._element.append(el)


def page_numbers(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), east=SONG, size=14)
    r = p.add_run()
    set_font(r, east=SONG, size=14)
    add_field(r, "PAGE")
    set_font(p.add_run(" —"), east=SONG, size=14)


def a4_portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.top_margin = Mm(37)
    section.bottom_margin = Mm(35)
    section.left_margin = Mm(28)
    section.right_margin = Mm(26)


def a4_landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Mm(297)
    section.page_height = Mm(210)
    section.top_margin = Mm(25)
    section.bottom_margin = Mm(22)
    section.left_margin = Mm(22)
    section.right_margin = Mm(22)


def set_cell_width(cell, mm):
    cell.width = Mm(mm)


def grid_widths(tbl, widths):
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 56.7)))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def cell_paras(cell, paras, east=FS, size=10, bold=False, align=None, soft=False, numbering=None):
    """Fill a cell with a list of paragraphs (or one paragraph with soft breaks)."""
    first = cell.paragraphs[0]
    if soft:
        fmt_para(first, align=align, line=None)
        for i, t in enumerate(paras):
            r = first.add_run(t)
            set_font(r, east=east, size=size, bold=bold)
            if i < len(paras) - 1:
                r.add_break(WD_BREAK.LINE)
        return
    for i, t in enumerate(paras):
        p = first if i == 0 else cell.add_paragraph()
        fmt_para(p, align=align, line=None)
        if t:
            set_font(p.add_run(t), east=east, size=size, bold=bold)
    if numbering is not None:
        ppr = first._p.get_or_add_pPr()
        numpr = parse_xml(
            '<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % numbering)
        ppr.insert(0, numpr)


def add_numbering(doc, abs_id, num_id, fmt, text, ind_first=0, font=None, suff="nothing"):
    numbering = doc.part.numbering_part.element
    rpr = ""
    if font:
        rpr = ('<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
               'w:eastAsia="%s"/></w:rPr>' % font)
    ind = '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>' % ind_first
    xml = (
        '<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:suff w:val="%s"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>%s%s</w:lvl>'
        '</w:abstractNum>' % (abs_id, fmt, suff, text, ind, rpr))
    absn = parse_xml(xml)
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml(
        '<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:numId="%d">'
        '<w:abstractNumId w:val="%d"/></w:num>' % (num_id, abs_id))
    numbering.append(num)
    return num_id


def apply_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml(
        '<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num_id)
    # numPr must come early in pPr (after pStyle / keepNext...)
    ppr.insert(0, numpr)


def base_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    a4_portrait(doc.sections[0])
    page_numbers(doc.sections[0])
    return doc


def row_clause(vals):
    return "；".join("%s：%s" % (h, v) for h, v in zip(HEADERS, vals))


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_677", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# ------------------------------------------------------ shared templates
DUTY_XK = [
    "1.受理责任：公示依法应当提交的材料，一次性告知补正材料，依法受理或不予受理（不予受理的应当告知理由）。",
    "2.审查责任：对申请材料进行审查，需要现场核查的组织现场核查，提出审查意见。",
    "3.决定责任：作出准予或者不予行政许可的决定，不予许可的书面告知理由；按时办结，依法送达。",
    "4.事后监管责任：建立实施监督检查的运行机制和管理制度，开展定期和不定期检查，依法采取相关处置措施。",
    "5.其他法律法规规章文件规定应履行的责任。",
]
ACC_XK = [
    "因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：",
    "1.对符合法定条件的行政许可申请不予受理的；",
    "2.对不符合法定条件的申请人准予行政许可或者超越法定职权作出准予行政许可决定的；",
    "3.对符合法定条件的申请人不予行政许可或者不在法定期限内作出准予行政许可决定的；",
    "4.在受理、审查、决定过程中，未向申请人、利害关系人履行法定告知义务的；",
    "5.办理许可、实施监督检查，索取或者收受他人财物或者谋取其他利益的；",
    "6.其他违反法律法规规章文件规定的行为。",
]
DUTY_CF = [
    "1.立案责任：对发现或者举报、投诉的违法行为，予以审查，决定是否立案。",
    "2.调查责任：对立案的案件，指定专人负责，及时组织调查取证，与当事人有直接利害关系的应当回避。",
    "3.审查责任：对案件违法事实、证据、调查取证程序、法律适用、处罚种类和幅度、当事人陈述和申辩理由等进行审查，提出处理意见。",
    "4.告知责任：作出行政处罚决定前，书面告知当事人拟作出处罚的事实、理由、依据和依法享有的陈述、申辩、要求听证等权利。",
    "5.决定责任：制作行政处罚决定书，载明违法事实和证据、处罚依据和内容、申请行政复议或者提起行政诉讼的途径和期限等内容。",
    "6.送达责任：行政处罚决定书按法律规定的方式送达当事人。",
    "7.执行责任：监督当事人在决定的期限内履行生效的行政处罚决定；当事人逾期不履行的，依法采取强制执行措施或者申请人民法院强制执行。",
    "8.其他法律法规规章文件规定应履行的责任。",
]
ACC_CF = [
    "因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：",
    "1.没有法律和事实依据实施行政处罚的；",
    "2.擅自改变行政处罚种类、幅度的；",
    "3.违反法定的行政处罚程序的；",
    "4.对应当予以制止和处罚的违法行为不予制止、处罚，致使公民、法人或者其他组织的合法权益、公共利益和社会秩序遭受损害的；",
    "5.在行政处罚过程中滥用职权、玩忽职守、徇私舞弊的；",
    "6.其他违反法律法规规章文件规定的行为。",
]
DUTY_JC = [
    "1.检查责任：按照“双随机、一公开”要求制定检查计划，依法实施检查，检查人员不得少于两人并出示执法证件。",
    "2.处置责任：对检查中发现的违法违规行为，依法责令改正或者立案查处；不属于本部门职权范围的，及时移送有权机关。",
    "3.信息公开责任：依法公开检查结果，并记入企业信用记录。",
    "4.其他法律法规规章文件规定应履行的责任。",
]
ACC_JC = [
    "因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：",
    "1.未按照规定程序实施检查的；",
    "2.检查中发现违法违规行为不依法处置的；",
    "3.放纵、包庇违法行为，或者借检查之机谋取不正当利益的；",
    "4.泄露检查中知悉的商业秘密或者个人信息的；",
    "5.其他违反法律法规规章文件规定的行为。",
]
DUTY_BA = [
    "1.受理责任：公示备案所需材料和办理流程，对材料齐全、符合法定形式的当场予以备案。",
    "2.核查责任：对备案信息进行核对，发现不符合要求的，及时告知当事人并说明理由。",
    "3.监管责任：加强事中事后监管，对备案后的建设或经营情况开展抽查。",
    "4.其他法律法规规章文件规定应履行的责任。",
]
ACC_BA = [
    "因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：",
    "1.对符合条件的备案不予办理或者拖延办理的；",
    "2.擅自增加备案条件或者要求提交法定材料以外材料的；",
    "3.在办理过程中玩忽职守、滥用职权的；",
    "4.其他违反法律法规规章文件规定的行为。",
]
DUTY_JL = [
    "1.制定方案责任：制定评选或者审核方案，明确条件、标准和程序，并向社会公布。",
    "2.审核责任：对申报材料进行审核，必要时组织专家评审或者实地核查，提出审核意见。",
    "3.公示责任：将拟奖励（兑付）对象及金额向社会公示，公示期不少于5个工作日。",
    "4.兑现责任：按规定程序报批后及时兑现，并建立档案。",
    "5.其他法律法规规章文件规定应履行的责任。",
]
ACC_JL = [
    "因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：",
    "1.未按规定条件、标准和程序进行审核的；",
    "2.对不符合条件的对象予以奖励或者兑付资金的；",
    "3.截留、挪用、克扣奖励（扶持）资金的；",
    "4.在审核过程中滥用职权、玩忽职守、徇私舞弊的；",
    "5.其他违反法律法规规章文件规定的行为。",
]


# =================================================================== DOC 1
XM_ISSUER = "中国（福建）自由贸易试验区厦门片区管理委员会"
XM_ATT = "中国（福建）自由贸易试验区厦门片区管理委员会权力清单和责任清单"

XM_ROWS = [
    # (category, name, sub, basis[], body, duty[], acc[], note)
    ("行政许可", "建设工程规划许可证核发", "建筑工程、市政工程", [
        "1.《中华人民共和国城乡规划法》第四十条第一款：“在城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设的，建设单位或者个人应当向城市、县人民政府城乡规划主管部门或者省、自治区、直辖市人民政府确定的镇人民政府申请办理建设工程规划许可证。”",
        "2.《福建省人民政府关于在中国（福建）自由贸易试验区下放一批省级行政管理事项的决定》（闽政〔2024〕8号）附件第3项：“建设工程规划许可证核发，下放至各片区管理机构实施。”",
    ], "片区管委会行政审批局", DUTY_XK, ACC_XK, "省级下放事项"),
    ("行政许可", "建筑工程施工许可证核发", "无", [
        "1.《中华人民共和国建筑法》第七条第一款：“建筑工程开工前，建设单位应当按照国家有关规定向工程所在地县级以上人民政府建设行政主管部门申请领取施工许可证；但是，国务院建设行政主管部门确定的限额以下的小型工程除外。”",
        "2.《建筑工程施工许可管理办法》（住房和城乡建设部令第18号）第二条第一款：“在中华人民共和国境内从事各类房屋建筑及其附属设施的建造、装修装饰和与其配套的线路、管道、设备的安装，以及城镇市政基础设施工程的施工，建设单位在开工前应当依照本办法的规定，向工程所在地的县级以上地方人民政府住房城乡建设主管部门（以下简称发证机关）申请领取施工许可证。”",
    ], "片区管委会行政审批局", DUTY_XK, ACC_XK, "无"),
    ("行政许可", "食品经营许可", "新办、变更、延续、注销", [
        "1.《中华人民共和国食品安全法》第三十五条第一款：“国家对食品生产经营实行许可制度。从事食品生产、食品销售、餐饮服务，应当依法取得许可。但是，销售食用农产品和仅销售预包装食品的，不需要取得许可。”",
        "2.《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号）第六条第一款：“从事食品销售和餐饮服务活动，应当依法取得食品经营许可。”",
    ], "片区管委会行政审批局", DUTY_XK, ACC_XK, "市级委托实施"),
    ("行政许可", "人力资源服务许可", "无", [
        "1.《中华人民共和国就业促进法》第四十条第一款：“设立职业中介机构，应当依法办理行政许可。”",
        "2.《人力资源市场暂行条例》第十八条第一款：“经营性人力资源服务机构从事职业中介活动的，应当依法向人力资源社会保障行政部门申请行政许可，取得人力资源服务许可证。”",
    ], "片区管委会行政审批局", DUTY_XK, ACC_XK, "无"),
    ("行政许可", "劳务派遣经营许可", "无", [
        "1.《中华人民共和国劳动合同法》第五十七条第二款：“经营劳务派遣业务，应当向劳动行政部门依法申请行政许可；经许可的，依法办理相应的公司登记。未经许可，任何单位和个人不得经营劳务派遣业务。”",
        "2.《劳务派遣行政许可实施办法》（人力资源和社会保障部令第19号）第三条：“人力资源社会保障行政部门应当按照本办法的规定，对劳务派遣经营申请进行审查，依法作出许可决定。”",
    ], "片区管委会行政审批局", DUTY_XK, ACC_XK, "无"),
    ("行政许可", "公共场所卫生许可", "无", [
        "《公共场所卫生管理条例》第八条：“除公园、体育场（馆）、公共交通工具外的公共场所，经营单位应当及时向卫生行政部门申请办理‘卫生许可证’。‘卫生许可证’两年复核一次。”",
    ], "片区管委会行政审批局", DUTY_XK, ACC_XK, "告知承诺制"),
    ("行政许可", "道路货物运输经营许可", "普通货运、货物专用运输", [
        "1.《中华人民共和国道路运输条例》第二十四条第一款：“申请从事货运经营的，应当依法向市场监督管理部门办理有关登记手续后，按照下列规定提出申请并分别提交符合本条例第二十一条、第二十二条规定条件的相关材料。”",
        "2.《道路货物运输及站场管理规定》（交通运输部令2023年第12号）第九条：“从事道路货物运输经营的，应当向所在地设区的市级交通运输主管部门提出申请。”",
    ], "片区管委会行政审批局", DUTY_XK, ACC_XK, "使用总质量4500千克及以下普通货运车辆的除外"),
    ("行政许可", "临时占用城市道路许可", "无", [
        "《城市道路管理条例》第三十一条第一款：“因特殊情况需要临时占用城市道路的，须经市政工程行政主管部门和公安交通管理部门批准，方可按照规定占用。”",
    ], "片区管委会规划建设局", DUTY_XK, ACC_XK, "与公安交警部门联合办理"),
    ("行政处罚", "对未取得建设工程规划许可证进行建设的处罚", "无", [
        "《中华人民共和国城乡规划法》第六十四条：“未取得建设工程规划许可证或者未按照建设工程规划许可证的规定进行建设的，由县级以上地方人民政府城乡规划主管部门责令停止建设；尚可采取改正措施消除对规划实施的影响的，限期改正，处建设工程造价百分之五以上百分之十以下的罚款；无法采取改正措施消除影响的，限期拆除，不能拆除的，没收实物或者违法收入，可以并处建设工程造价百分之十以下的罚款。”",
    ], "片区管委会综合执法局", DUTY_CF, ACC_CF, "无"),
    ("行政处罚", "对未取得施工许可证擅自施工的处罚", "无", [
        "1.《中华人民共和国建筑法》第六十四条：“违反本法规定，未取得施工许可证或者开工报告未经批准擅自施工的，责令改正，对不符合开工条件的责令停止施工，可以处以罚款。”",
        "2.《建设工程质量管理条例》第五十七条：“违反本条例规定，建设单位未取得施工许可证或者开工报告未经批准，擅自施工的，责令停止施工，限期改正，处工程合同价款百分之一以上百分之二以下的罚款。”",
    ], "片区管委会综合执法局", DUTY_CF, ACC_CF, "无"),
    ("行政处罚", "对未取得食品经营许可从事食品经营活动的处罚", "无", [
        "《中华人民共和国食品安全法》第一百二十二条第一款：“违反本法规定，未取得食品生产经营许可从事食品生产经营活动，或者未取得食品添加剂生产许可从事食品添加剂生产活动的，由县级以上人民政府食品安全监督管理部门没收违法所得和违法生产经营的食品、食品添加剂以及用于违法生产经营的工具、设备、原料等物品；违法生产经营的食品、食品添加剂货值金额不足一万元的，并处五万元以上十万元以下罚款；货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款。”",
    ], "片区管委会综合执法局", DUTY_CF, ACC_CF, "市级委托实施"),
    ("行政处罚", "对未经许可擅自经营劳务派遣业务的处罚", "无", [
        "《中华人民共和国劳动合同法》第九十二条第一款：“违反本法规定，未经许可，擅自经营劳务派遣业务的，由劳动行政部门责令停止违法行为，没收违法所得，并处违法所得一倍以上五倍以下的罚款；没有违法所得的，可以处五万元以下的罚款。”",
    ], "片区管委会综合执法局", DUTY_CF, ACC_CF, "无"),
    ("行政处罚", "对擅自占用或者挖掘城市道路的处罚", "无", [
        "1.《城市道路管理条例》第四十二条：“违反本条例第二十七条规定，或者有下列行为之一的，由市政工程行政主管部门或者其他有关部门责令限期改正，可以处以2万元以下的罚款；造成损失的，应当依法承担赔偿责任：（一）未对设在城市道路上的各种管线的检查井、箱盖或者城市道路附属设施的缺损及时补缺或者修复的；……（三）未按照批准的位置、面积、期限占用或者挖掘城市道路，或者需要移动位置、扩大面积、延长时间，未提前办理变更审批手续的。”",
        "2.《厦门市市政设施管理条例》第四十五条：“擅自占用或者挖掘城市道路的，由市政行政主管部门责令限期改正，恢复原状，并处每平方米一百元以上五百元以下罚款。”",
    ], "片区管委会综合执法局", DUTY_CF, ACC_CF, "无"),
    ("行政处罚", "对外国投资者、外商投资企业未按照规定报送投资信息的处罚", "无", [
        "1.《中华人民共和国外商投资法》第三十七条：“外国投资者、外商投资企业违反本法规定，未按照外商投资信息报告制度的要求报送投资信息的，由商务主管部门责令限期改正；逾期不改正的，处十万元以上五十万元以下的罚款。”",
        "2.《外商投资信息报告办法》（商务部 国家市场监督管理总局令2019年第2号）第二十九条：“外国投资者或者外商投资企业未按照本办法要求报送投资信息，且在商务主管部门通知后未按照本办法予以补报或更正的，由商务主管部门责令其于20个工作日内改正；逾期不改正的，处十万元以上三十万元以下罚款；逾期不改正且存在下列情形的，处三十万元以上五十万元以下罚款。”",
    ], "片区管委会商务局", DUTY_CF, ACC_CF, "省级下放事项"),
    ("行政处罚", "对随意倾倒、抛撒、堆放建筑垃圾的处罚", "无", [
        "《中华人民共和国固体废物污染环境防治法》第一百一十一条第一款第（三）项及第二款：“违反本法规定，有下列行为之一，由县级以上地方人民政府环境卫生主管部门责令改正，处以罚款，没收违法所得：……（三）工程施工单位未编制建筑垃圾处理方案报备案，或者未及时清运施工过程中产生的固体废物的；……”“单位有前款第一项、第七项行为之一，处五万元以上五十万元以下的罚款；单位有前款第二项、第三项、第四项、第五项、第六项行为之一，处十万元以上一百万元以下的罚款。”",
    ], "片区管委会综合执法局", DUTY_CF, ACC_CF, "无"),
    ("行政检查", "对食品经营者遵守食品安全法律法规情况的监督检查", "无", [
        "《中华人民共和国食品安全法》第一百一十条：“县级以上人民政府食品安全监督管理部门履行食品安全监督管理职责，有权采取下列措施，对生产经营者遵守本法的情况进行监督检查：（一）进入生产经营场所实施现场检查；（二）对生产经营的食品、食品添加剂、食品相关产品进行抽样检验；（三）查阅、复制有关合同、票据、账簿以及其他有关资料；……”",
    ], "片区管委会综合执法局", DUTY_JC, ACC_JC, "市级委托实施"),
    ("行政检查", "对建设工程质量安全的监督检查", "工程质量、施工安全", [
        "1.《建设工程质量管理条例》第四十七条：“县级以上地方人民政府建设行政主管部门和其他有关部门应当加强对有关建设工程质量的法律、法规和强制性标准执行情况的监督检查。”",
        "2.《建设工程安全生产管理条例》第四十条第二款：“县级以上地方人民政府建设行政主管部门对本行政区域内的建设工程安全生产实施监督管理。”",
        "3.《建设工程安全生产管理条例》第四十三条：“县级以上人民政府负有建设工程安全生产监督管理职责的部门在各自的职责范围内履行安全监督检查职责时，有权采取下列措施：（一）要求被检查单位提供有关建设工程安全生产的文件和资料；（二）进入被检查单位施工现场进行检查；（三）纠正施工中违反安全生产要求的行为；（四）对检查中发现的安全事故隐患，责令立即排除；重大安全事故隐患排除前或者排除过程中无法保证安全的，责令从危险区域内撤出作业人员或者暂时停止施工。”",
    ], "片区管委会规划建设局", DUTY_JC, ACC_JC, "无"),
    ("行政检查", "对人力资源服务机构的监督检查", "无", [
        "《人力资源市场暂行条例》第三十五条：“人力资源社会保障行政部门对经营性人力资源服务机构实施监督检查，可以采取下列措施：（一）进入被检查单位进行检查；（二）询问有关人员，查阅服务台账等服务信息档案；（三）要求被检查单位提供与检查事项相关的文件资料，并作出解释和说明；（四）采取记录、录音、录像、照相或者复制等方式收集有关情况和资料；（五）法律、法规规定的其他措施。”",
    ], "片区管委会社会事务局", DUTY_JC, ACC_JC, "无"),
    ("行政检查", "对用人单位遵守劳动保障法律法规情况的监督检查", "无", [
        "1.《劳动保障监察条例》第十一条：“劳动保障行政部门对下列事项实施劳动保障监察：（一）用人单位制定内部劳动保障规章制度的情况；（二）用人单位与劳动者订立劳动合同的情况；……（八）用人单位支付劳动者工资和执行最低工资标准的情况；……”",
        "2.《保障农民工工资支付条例》第四十一条：“人力资源社会保障行政部门应当加强对用人单位支付农民工工资情况的监督检查。”",
    ], "片区管委会社会事务局", DUTY_JC, ACC_JC, "无"),
    ("行政检查", "对跨境电子商务企业经营活动的监督检查", "无", [
        "1.《中华人民共和国电子商务法》第六条：“国务院有关部门按照职责分工负责电子商务发展促进、监督管理等工作。县级以上地方各级人民政府可以根据本行政区域的实际情况，确定本行政区域内电子商务的部门职责划分。”",
        "2.《中国（福建）自由贸易试验区条例》第三十二条：“自贸试验区应当支持跨境电子商务发展，建立跨境电子商务监管服务体系，依法对跨境电子商务企业的经营活动实施监督检查。”",
    ], "片区管委会商务局", DUTY_JC, ACC_JC, "与厦门海关、市场监管部门联合实施"),
    ("行政检查", "对生产经营单位安全生产情况的监督检查", "无", [
        "《中华人民共和国安全生产法》第六十五条第一款：“应急管理部门和其他负有安全生产监督管理职责的部门依法开展安全生产行政执法工作，对生产经营单位执行有关安全生产的法律、法规和国家标准或者行业标准的情况进行监督检查，行使以下职权：（一）进入生产经营单位进行检查，调阅有关资料，向有关单位和人员了解情况；（二）对检查中发现的安全生产违法行为，当场予以纠正或者要求限期改正；……”",
    ], "片区管委会应急管理局", DUTY_JC, ACC_JC, "无"),
    ("其他", "外商投资企业信息报告的受理", "初始报告、变更报告、年度报告", [
        "1.《中华人民共和国外商投资法》第三十四条第一款：“国家建立外商投资信息报告制度。外国投资者或者外商投资企业应当通过企业登记系统以及企业信用信息公示系统向商务主管部门报送投资信息。”",
        "2.《外商投资信息报告办法》第四条第二款：“县级以上地方人民政府商务主管部门以及自由贸易试验区、国家级经济技术开发区的相关机构负责本区域内外商投资信息报告工作。”",
    ], "片区管委会商务局", DUTY_BA, ACC_BA, "无"),
    ("其他", "建设工程竣工验收备案", "无", [
        "1.《建设工程质量管理条例》第四十九条第一款：“建设单位应当自建设工程竣工验收合格之日起15日内，将建设工程竣工验收报告和规划、公安消防、环保等部门出具的认可文件或者准许使用文件报建设行政主管部门或者其他有关部门备案。”",
        "2.《房屋建筑和市政基础设施工程竣工验收备案管理办法》第四条：“建设单位应当自工程竣工验收合格之日起15日内，依照本办法规定，向工程所在地的县级以上地方人民政府建设主管部门（以下简称备案机关）备案。”",
    ], "片区管委会规划建设局", DUTY_BA, ACC_BA, "无"),
    ("其他", "企业投资项目备案", "无", [
        "《企业投资项目核准和备案管理条例》第十三条：“实行备案管理的项目，企业应当在开工建设前通过在线平台将下列信息告知备案机关：（一）企业基本情况；（二）项目名称、建设地点、建设规模、建设内容；（三）项目总投资额；（四）项目符合产业政策的声明。”",
        "备案机关收到本条第一款规定的全部信息即为备案；企业告知的信息不齐全的，备案机关应当指导企业补正。",
    ], "片区管委会经济发展局", DUTY_BA, ACC_BA, "无"),
    ("其他", "对在自贸试验区改革创新中作出突出贡献的单位和个人的奖励", "无", [
        "1.《中国（福建）自由贸易试验区条例》第六十条：“对在自贸试验区改革创新工作中作出突出贡献的单位和个人，按照国家和省有关规定给予表彰和奖励。”",
        "2.《厦门市人民政府关于进一步支持中国（福建）自由贸易试验区厦门片区高质量发展的若干措施》（厦府〔2024〕102号）第十八条：“对形成全国、全省复制推广的制度创新成果的单位，由片区管委会给予一次性奖励。”",
    ], "片区管委会经济发展局", DUTY_JL, ACC_JL, "无"),
]


def build_xiamen():
    doc = base_doc()
    clauses = []
    serial_num = add_numbering(doc, 9001, 9001, "decimal", "%1", suff="nothing")

    # --- red header
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=None, before=0, after=0)
    set_font(p.add_run(XM_ISSUER + "文件"), east=XBS, size=22, color=RED, scale=75)
    empty(doc, 1)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=28, after=6)
    set_font(p.add_run("厦自贸委〔2025〕21号"), east=FS, size=16)
    border(p, "bottom", "FF0000", 18, 4)
    empty(doc, 1)

    # --- title with soft line break
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    r = p.add_run("中国（福建）自由贸易试验区厦门片区")
    set_font(r, east=XBS, size=22)
    r.add_break(WD_BREAK.LINE)
    set_font(p.add_run("管理委员会关于公布权力清单和责任清单的通知"), east=XBS, size=20)
    empty(doc, 1)

    add_p(doc, "片区管委会各局（办）、各驻区有关单位：", first_indent=0)

    def body(parts):
        p = add_p(doc, parts)
        txt = parts if isinstance(parts, str) else "".join(t for t, _, _ in parts)
        clauses.append(txt)
        return p

    def h1(text):
        add_p(doc, text, east=HT)

    body("为深入贯彻落实党中央、国务院关于深化“放管服”改革和优化营商环境的决策部署，推进中国（福建）自由贸易试验区厦门片区管理委员会（以下简称片区管委会）依法全面履行职能，根据《关于推行地方各级政府工作部门权力清单制度的指导意见》（中办发〔2015〕21号）、《中国（福建）自由贸易试验区条例》等规定，片区管委会对承接的省、市下放事项和本级职权进行了全面梳理、合法性审查和审核确认，形成了《中国（福建）自由贸易试验区厦门片区管理委员会权力清单和责任清单》（以下简称《清单》），现予以公布，并就有关事项通知如下：")

    h1("一、严格依照清单行使职权")
    body("《清单》共梳理片区管委会职权25项，其中行政许可8项、行政处罚7项、行政检查6项、其他职权4项，每项职权均明确了设定依据、实施主体、责任事项和追责情形。")
    body("各局（办）要严格按照《清单》行使职权，做到“法无授权不可为、法定职责必须为”，不得擅自增加或者变相增加行使职权的条件、环节和程序，不得在《清单》之外实施行政许可、行政处罚、行政检查等事项。")

    h1("二、切实履行监管责任")
    body([("（一）强化事中事后监管。", KT, False),
          ("各局（办）要对照责任清单，全面落实“双随机、一公开”监管和跨部门联合监管，对跨境电商、保税维修、融资租赁等新业态实行包容审慎监管，坚决防止“以批代管”“只批不管”。", FS, False)])
    body([("（二）健全追责机制。", KT, False),
          ("对不履行或者不正确履行职责的，按照《清单》所列追责情形，依法依规追究有关单位和人员的责任；涉嫌犯罪的，移送司法机关依法处理。", FS, False)])
    body([("（三）加强协同配合。", KT, False),
          ("涉及厦门海关、厦门海事局、厦门出入境边防检查总站等驻区单位的事项，片区管委会有关局（办）要主动对接，建立信息共享、案件移送和联合检查机制，形成监管合力。", FS, False)])

    h1("三、实行动态调整")
    body("因法律、法规、规章立改废释，或者上级机关下放、调整、取消职权事项，以及机构职能发生变化的，各局（办）应当在30个工作日内向片区管委会法规与改革创新局提出调整申请，经合法性审查后报片区管委会主任办公会议研究确定，并及时向社会公布。")
    body("未经法定程序，任何单位不得擅自调整《清单》。")

    h1("四、主动接受社会监督")
    body("《清单》在厦门片区管委会门户网站、福建省网上办事大厅同步公布。公民、法人和其他组织发现片区管委会及其工作人员不按《清单》履职的，可通过12345政务服务便民热线或者片区管委会监督电话进行投诉举报。")
    body("联系人及电话：片区管委会法规与改革创新局　林晓雯，0592－6893217。")

    empty(doc, 1)
    p = doc.add_paragraph()
    fmt_para(p, first_indent=32, line=28)
    set_font(p.add_run("附件：中国（福建）自由贸易试验区厦门片区管理委员会"), east=FS, size=16)
    r = p.add_run()
    r.add_break(WD_BREAK.LINE)
    set_font(p.add_run("　　　　　权力清单和责任清单"), east=FS, size=16)
    empty(doc, 2)

    # 落款 with manual full-width spaces
    p = add_p(doc, "　　　　" + XM_ISSUER, first_indent=0)
    p = add_p(doc, "　　　　　　　　　　　　　　　2025年9月16日", first_indent=0)
    empty(doc, 1)
    add_p(doc, "（此件公开发布）", first_indent=32)

    # --- attachment, landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_landscape(sec)
    p = add_p(doc, "附件", first_indent=0, east=HT)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=36, after=6)
    set_font(p.add_run(XM_ATT), east=XBS, size=20)

    widths = [11, 15, 28, 18, 70, 19, 45, 38, 14]
    tbl = doc.add_table(rows=1, cols=9)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid_widths(tbl, widths)
    hdr = tbl.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(HEADERS):
        c = hdr.cells[i]
        set_cell_width(c, widths[i])
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        cell_paras(c, [h], east=HT, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)

    cat_start = {}
    for idx, (cat, name, sub, basis, bodyorg, duty, acc, note) in enumerate(XM_ROWS, 1):
        row = tbl.add_row()
        cells = row.cells
        for i in range(9):
            set_cell_width(cells[i], widths[i])
            cells[i].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        # 序号 by Word automatic numbering (cell text itself is empty)
        cell_paras(cells[0], [""], align=WD_ALIGN_PARAGRAPH.CENTER, numbering=serial_num)
        if cat not in cat_start:
            cat_start[cat] = idx
            cell_paras(cells[1], [cat], align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_paras(cells[2], [name])
        cell_paras(cells[3], [sub], align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_paras(cells[4], basis)
        cell_paras(cells[5], [bodyorg], align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_paras(cells[6], duty)
        cell_paras(cells[7], acc)
        cell_paras(cells[8], [note])
        clauses.append(row_clause([str(idx), cat, name, sub, "".join(basis), bodyorg,
                                   "".join(duty), "".join(acc), note]))
    # vertical merge of 职权类别
    cats = [r[0] for r in XM_ROWS]
    i = 0
    while i < len(cats):
        j = i
        while j + 1 < len(cats) and cats[j + 1] == cats[i]:
            j += 1
        if j > i:
            top = tbl.cell(i + 1, 1)
            top.merge(tbl.cell(j + 1, 1))
            top.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        i = j + 1

    # --- 版记 on a portrait page, with empty paragraphs to push it down
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_portrait(sec)
    empty(doc, 16)
    p = add_p(doc, "抄送：厦门市人民政府办公厅，中国（福建）自由贸易试验区工作领导小组办公室，市司法局、市商务局。", first_indent=0, size=14, line=None)
    fmt_para(p, left=14, first_indent=-14, line=None)
    p.paragraph_format.left_indent = Pt(14 * 3)
    p.paragraph_format.first_line_indent = Pt(-14 * 3)
    border(p, "top", "000000", 8, 1)
    border(p, "bottom", "000000", 4, 1)
    p = add_p(doc, "　厦门片区管委会办公室\t2025年9月16日印发", first_indent=0, size=14, line=None)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(154), alignment=WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "000000", 8, 1)

    meta = {
        "title": XM_ISSUER + "关于公布权力清单和责任清单的通知",
        "doc_number": "厦自贸委〔2025〕21号",
        "issuer": [XM_ISSUER],
        "date": "2025-09-16",
        "published": None,
        "level": "zone",
        "region": "中国（福建）自由贸易试验区厦门片区",
        "effective": None,
        "expires": None,
        "attachments": [XM_ATT],
        "doc_type": "通知",
        "recipients": ["片区管委会各局（办）", "各驻区有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": clauses}]


# =================================================================== DOC 2
QD_ISSUER = "中国（山东）自由贸易试验区青岛片区管理委员会"
QD_ATT = "中国（山东）自由贸易试验区青岛片区管理委员会权力清单和责任清单（2026年版）"

# (seq, category, name, sub, basis[], body, duty[], acc[], note)
QD_ROWS = [
    (1, "行政许可", "建设工程规划许可", "（1）建筑工程规划许可", [
        "《中华人民共和国城乡规划法》第四十条第一款：“在城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设的，建设单位或者个人应当向城市、县人民政府城乡规划主管部门或者省、自治区、直辖市人民政府确定的镇人民政府申请办理建设工程规划许可证。”",
        "《山东省城乡规划条例》第四十一条：“在城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设的，建设单位或者个人应当向城市、县人民政府城乡规划主管部门申请办理建设工程规划许可证。”",
    ], "片区管委会行政审批服务部", DUTY_XK, ACC_XK, "市级下放"),
    (1, "行政许可", "建设工程规划许可", "（2）市政管线工程规划许可", [
        "《中华人民共和国城乡规划法》第四十条第二款：“申请办理建设工程规划许可证，应当提交使用土地的有关证明文件、建设工程设计方案等材料。需要建设单位编制修建性详细规划的建设项目，还应当提交修建性详细规划。”",
        "《青岛市城市规划条例》第三十三条：“敷设地下管线，建设单位应当向规划行政主管部门申请办理建设工程规划许可证。”",
    ], "片区管委会行政审批服务部", DUTY_XK, ACC_XK, "市级下放"),
    (2, "行政许可", "港口经营许可", "无", [
        "《中华人民共和国港口法》第二十二条第一款、第二款：“从事港口经营，应当向港口行政管理部门书面申请取得港口经营许可，并依法办理工商登记。”“港口行政管理部门实施港口经营许可，应当遵循公开、公正、公平的原则。”",
        "《港口经营管理规定》（交通运输部令2020年第21号）第七条：“从事港口经营，应当申请取得港口经营许可。”",
    ], "片区管委会行政审批服务部", DUTY_XK, ACC_XK, "省级下放"),
    (3, "行政许可", "危险化学品经营许可", "不带储存设施经营", [
        "《危险化学品安全管理条例》第三十三条第一款：“国家对危险化学品经营（包括仓储经营，下同）实行许可制度。未经许可，任何单位和个人不得经营危险化学品。”",
        "《危险化学品经营许可证管理办法》（国家安全生产监督管理总局令第55号）第三条第二款：“县级人民政府安全生产监督管理部门负责本行政区域内除前款规定以外的危险化学品经营许可证的审批、颁发。”",
    ], "片区管委会行政审批服务部", DUTY_XK, ACC_XK, "无"),
    (4, "行政许可", "药品零售企业经营许可", "新办、变更、换证", [
        "《中华人民共和国药品管理法》第五十一条第一款：“从事药品批发活动，应当经所在地省、自治区、直辖市人民政府药品监督管理部门批准，取得药品经营许可证。从事药品零售活动，应当经所在地县级以上地方人民政府药品监督管理部门批准，取得药品经营许可证。无药品经营许可证的，不得经营药品。”",
    ], "片区管委会行政审批服务部", DUTY_XK, ACC_XK, "无"),
    (5, "行政许可", "城镇污水排入排水管网许可", "无", [
        "《城镇排水与污水处理条例》第二十一条第一款：“从事工业、建筑、餐饮、医疗等活动的企业事业单位、个体工商户（以下称排水户）向城镇排水设施排放污水的，应当向城镇排水主管部门申请领取污水排入排水管网许可证。”",
    ], "片区管委会行政审批服务部", DUTY_XK, ACC_XK, "告知承诺制"),
    (6, "行政许可", "城市建筑垃圾处置核准", "无", [
        "《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）附件第101项：“城市建筑垃圾处置核准，实施机关：城市人民政府市容环境卫生行政主管部门。”",
        "《城市建筑垃圾管理规定》（建设部令第139号）第七条：“处置建筑垃圾的单位，应当向城市人民政府市容环境卫生主管部门提出申请，获得城市建筑垃圾处置核准后，方可处置。”",
    ], "片区管委会行政审批服务部", DUTY_XK, ACC_XK, "无"),
    (7, "行政许可", "燃气经营许可", "无", [
        "《城镇燃气管理条例》第十五条第一款、第二款：“国家对燃气经营实行许可证制度。从事燃气经营活动的企业，应当具备下列条件：……”“符合前款规定条件的，由县级以上地方人民政府燃气管理部门核发燃气经营许可证。”",
    ], "片区管委会行政审批服务部", DUTY_XK, ACC_XK, "无"),
    (8, "行政处罚", "对港口经营人违法经营行为的处罚", "（1）对未依法取得港口经营许可从事港口经营的处罚", [
        "《中华人民共和国港口法》第四十八条第一款第（一）项：“有下列行为之一的，由港口行政管理部门责令停止违法经营，没收违法所得；违法所得十万元以上的，并处违法所得二倍以上五倍以下罚款；违法所得不足十万元的，处五万元以上二十万元以下罚款：（一）未依法取得港口经营许可证，从事港口经营的；……”",
    ], "片区管委会综合执法部", DUTY_CF, ACC_CF, "无"),
    (8, "行政处罚", "对港口经营人违法经营行为的处罚", "（2）对港口理货业务经营人兼营货物装卸、仓储经营业务的处罚", [
        "《中华人民共和国港口法》第四十八条第一款第（三）项：“……（三）港口理货业务经营人兼营本法第二十二条第三款规定的货物装卸经营业务、仓储经营业务的。”",
        "《中华人民共和国港口法》第四十八条第二款：“港口理货业务经营人有前款第（三）项规定情形，情节严重的，由有关主管部门吊销港口理货业务经营许可证。”",
    ], "片区管委会综合执法部", DUTY_CF, ACC_CF, "无"),
    (9, "行政处罚", "对未取得危险化学品经营许可证经营危险化学品的处罚", "无", [
        "《危险化学品安全管理条例》第七十七条第三款：“违反本条例规定，未取得危险化学品经营许可证从事危险化学品经营的，依照《中华人民共和国安全生产法》有关未经依法批准擅自生产、经营、储存危险物品的法律责任条款并处罚款；构成犯罪的，依法追究刑事责任。”",
    ], "片区管委会综合执法部", DUTY_CF, ACC_CF, "无"),
    (10, "行政处罚", "对排水户未取得污水排入排水管网许可证排放污水的处罚", "无", [
        "《城镇排水与污水处理条例》第五十条第一款：“违反本条例规定，排水户未取得污水排入排水管网许可证向城镇排水设施排放污水的，由城镇排水主管部门责令停止违法行为，限期采取治理措施，补办污水排入排水管网许可证，可以处50万元以下罚款；造成损失的，依法承担赔偿责任；构成犯罪的，依法追究刑事责任。”",
    ], "片区管委会综合执法部", DUTY_CF, ACC_CF, "无"),
    (11, "行政处罚", "对未取得燃气经营许可证从事燃气经营活动的处罚", "无", [
        "《城镇燃气管理条例》第四十五条第一款：“违反本条例规定，未取得燃气经营许可证从事燃气经营活动的，由燃气管理部门责令停止违法行为，处5万元以上50万元以下罚款；有违法所得的，没收违法所得；构成犯罪的，依法追究刑事责任。”",
    ], "片区管委会综合执法部", DUTY_CF, ACC_CF, "无"),
    (12, "行政处罚", "对外国投资者、外商投资企业未按规定报送投资信息的处罚", "无", [
        "《中华人民共和国外商投资法》第三十七条：“外国投资者、外商投资企业违反本法规定，未按照外商投资信息报告制度的要求报送投资信息的，由商务主管部门责令限期改正；逾期不改正的，处十万元以上五十万元以下的罚款。”",
    ], "片区管委会经济发展部", DUTY_CF, ACC_CF, "省级下放"),
    (13, "行政处罚", "对电子商务经营者未按规定公示营业执照信息等行为的处罚", "无", [
        "《中华人民共和国电子商务法》第七十六条第一款第（一）项：“电子商务经营者违反本法规定，有下列行为之一的，由市场监督管理部门责令限期改正，可以处一万元以下的罚款，对其中的电子商务平台经营者，依照本法第八十一条第一款的规定处罚：（一）未在首页显著位置公示营业执照信息、行政许可信息、属于不需要办理市场主体登记情形等信息，或者上述信息的链接标识的；……”",
    ], "片区管委会综合执法部", DUTY_CF, ACC_CF, "含跨境电子商务经营者"),
    (14, "行政检查", "对港口经营活动的监督检查", "无", [
        "《中华人民共和国港口法》第四十三条：“县级以上地方人民政府或者港口行政管理部门的监督检查人员依法实施监督检查时，有权向被检查单位和有关人员了解有关情况，并可查阅、复制有关资料。”",
        "《港口经营管理规定》第三十九条：“港口行政管理部门应当依法对港口经营活动实施监督检查。”",
    ], "片区管委会港航物流部", DUTY_JC, ACC_JC, "与青岛海事局联合实施"),
    (15, "行政检查", "对危险化学品经营单位的监督检查", "无", [
        "《危险化学品安全管理条例》第七条第一款：“负有危险化学品安全监督管理职责的部门依法进行监督检查，可以采取下列措施：（一）进入危险化学品作业场所实施现场检查，向有关单位和人员了解情况，查阅、复制有关文件、资料；（二）发现危险化学品事故隐患，责令立即消除或者限期消除；……”",
    ], "片区管委会应急管理部", DUTY_JC, ACC_JC, "无"),
    (16, "行政检查", "对城镇燃气经营和使用的监督检查", "（1）对燃气经营者的监督检查", [
        "《城镇燃气管理条例》第五条第二款：“县级以上地方人民政府燃气管理部门负责本行政区域内的燃气管理工作。”",
        "《山东省燃气管理条例》第四十六条：“燃气管理部门应当建立健全监督检查制度，对燃气经营活动进行监督检查。”",
    ], "片区管委会建设管理部", DUTY_JC, ACC_JC, "无"),
    (16, "行政检查", "对城镇燃气经营和使用的监督检查", "（2）对燃气用户安全用气的监督检查", [
        "《城镇燃气管理条例》第二十八条：“燃气用户及相关单位和个人不得有下列行为：（一）擅自操作公用燃气阀门；（二）将燃气管道作为负重支架或者接地引线；（三）安装、使用不符合气源要求的燃气燃烧器具；……”",
    ], "片区管委会建设管理部", DUTY_JC, ACC_JC, "无"),
    (17, "行政检查", "对外商投资企业履行信息报告义务情况的监督检查", "无", [
        "《外商投资信息报告办法》第二十三条：“商务主管部门对外国投资者、外商投资企业履行信息报告义务的情况实施监督检查。”",
        "《外商投资信息报告办法》第二十四条：“商务主管部门可以采取随机抽查的方式对外国投资者、外商投资企业履行信息报告义务的情况实施监督检查。”",
    ], "片区管委会经济发展部", DUTY_JC, ACC_JC, "无"),
    (18, "行政检查", "对建筑垃圾处置活动的监督检查", "无", [
        "《城市建筑垃圾管理规定》第十九条：“城市人民政府市容环境卫生主管部门应当对建筑垃圾的处置实施监督检查，检查时可以进入现场查验，并要求被检查的单位和个人提供有关资料。”",
    ], "片区管委会综合执法部", DUTY_JC, ACC_JC, "无"),
    (19, "其他", "企业投资项目备案", "无", [
        "《企业投资项目核准和备案管理条例》第十三条第一款：“实行备案管理的项目，企业应当在开工建设前通过在线平台将下列信息告知备案机关：（一）企业基本情况；（二）项目名称、建设地点、建设规模、建设内容；（三）项目总投资额；（四）项目符合产业政策的声明。”",
        "《山东省企业投资项目核准和备案办法》第二十二条：“备案机关收到全部信息即为备案，并通过在线平台出具备案证明。”",
    ], "片区管委会经济发展部", DUTY_BA, ACC_BA, "无"),
    (20, "其他", "建设工程竣工验收备案", "无", [
        "《建设工程质量管理条例》第四十九条第一款：“建设单位应当自建设工程竣工验收合格之日起15日内，将建设工程竣工验收报告和规划、公安消防、环保等部门出具的认可文件或者准许使用文件报建设行政主管部门或者其他有关部门备案。”",
    ], "片区管委会建设管理部", DUTY_BA, ACC_BA, "无"),
    (21, "其他", "中欧班列（齐鲁号）集结中心运营补贴审核", "无", [
        "《山东省人民政府办公厅关于推动中欧班列（齐鲁号）高质量发展的若干措施》（鲁政办字〔2024〕61号）第五条：“对在中国（山东）自由贸易试验区内开展中欧班列集结运营且年度开行量达到规定标准的平台企业，给予运营补贴，具体由所在片区管理机构审核。”",
        "《中国（山东）自由贸易试验区青岛片区支持中欧班列发展实施细则》（青自贸发〔2025〕7号）第八条：“运营补贴按年度申报，由片区管委会港航物流部会同财政金融部审核后拨付。”",
    ], "片区管委会港航物流部", DUTY_JL, ACC_JL, "2026年新增"),
    (22, "其他", "跨境电子商务企业认定及扶持资金兑付", "无", [
        "《中国（山东）自由贸易试验区青岛片区促进跨境电子商务高质量发展扶持办法》（青自贸发〔2025〕11号）第五条：“在片区注册、开展跨境电子商务进出口业务且符合本办法第四条规定条件的企业，可以申请认定为片区重点跨境电子商务企业。”",
        "同办法第十二条：“经认定的重点跨境电子商务企业，按其年度跨境电子商务进出口额给予扶持，单个企业年度扶持金额最高不超过200万元。”",
    ], "片区管委会经济发展部", DUTY_JL, ACC_JL, "2026年新增"),
]


def build_qingdao():
    doc = base_doc()
    clauses = []
    cn_num = add_numbering(doc, 9101, 9101, "chineseCounting", "%1、", ind_first=640, font=FS)

    # red header
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=None)
    set_font(p.add_run(QD_ISSUER + "文件"), east=XBS, size=22, color=RED, scale=75)
    empty(doc, 2)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=28, after=4)
    set_font(p.add_run("青自贸发〔2026〕3号"), east=FS, size=16)
    border(p, "bottom", "FF0000", 18, 4)
    empty(doc, 1)

    # title split into two separate paragraphs
    for t in ("中国（山东）自由贸易试验区青岛片区", "管理委员会关于公布2026年版",
              "权力清单和责任清单的通知"):
        p = doc.add_paragraph()
        fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
        set_font(p.add_run(t), east=XBS, size=22)
    empty(doc, 1)

    add_p(doc, "片区管委会各部门、各驻区单位，各有关企业：", first_indent=0)

    def body(parts, num=False, prefix=""):
        p = add_p(doc, parts)
        txt = parts if isinstance(parts, str) else "".join(t for t, _, _ in parts)
        if num:
            apply_num(p, cn_num)
            p.paragraph_format.first_line_indent = Pt(32)
        clauses.append(prefix + txt)
        return p

    body("为深入贯彻落实《关于推行地方各级政府工作部门权力清单制度的指导意见》精神，持续推进中国（山东）自由贸易试验区青岛片区（以下简称片区）治理体系和治理能力现代化，根据法律、法规、规章立改废释情况和省、市赋权事项调整情况，片区管委会对2024年公布的权力清单和责任清单进行了全面梳理和动态调整，形成了《中国（山东）自由贸易试验区青岛片区管理委员会权力清单和责任清单（2026年版）》（以下简称《清单》）。经片区管委会主任办公会议审议通过，现予以公布，并将有关事项通知如下：")

    body([("调整情况。", FS, True),
          ("本次调整共保留职权事项22项（含子项25项），其中行政许可7项、行政处罚6项、行政检查5项、其他职权4项；与2024年版相比，新增“中欧班列（齐鲁号）集结中心运营补贴审核”等事项2项，取消“国际货运代理企业备案”等事项3项，对12项事项的设定依据、责任事项进行了更新完善。", FS, False)],
         num=True, prefix="一、")
    body([("严格规范履职。", FS, True),
          ("各部门要严格按照《清单》履行职责、行使职权，坚持“清单之外无权力”，不得擅自增加行政权力事项，不得自行设定行政权力实施条件和程序。对省、市下放或者委托片区实施的事项，要做好承接落实，确保“放得下、接得住、管得好”。", FS, False)],
         num=True, prefix="二、")
    body([("强化责任落实。", FS, True),
          ("各部门主要负责同志是本部门落实《清单》的第一责任人，要对照责任事项逐项明确责任岗位和责任人员，建立健全内部监督制约机制。", FS, False)],
         num=True, prefix="三、")
    body("（一）对行政许可事项，要全面推行告知承诺制和“一网通办”，压缩办理时限，公开办事指南。")
    body("（二）对行政处罚和行政检查事项，要全面落实行政执法公示、执法全过程记录和重大执法决定法制审核制度，规范行使行政裁量权。")
    body("（三）对其他职权事项，特别是涉及中欧班列运营补贴、跨境电商扶持资金等财政资金兑付的事项，要严格审核程序，主动公开扶持政策和兑付结果，接受社会监督。")
    body([("加强动态管理。", FS, True),
          ("《清单》实行动态管理。因法律、法规、规章和上级规范性文件立改废，或者职权事项承接、取消、调整的，各部门应当及时提出调整意见，经片区管委会法治工作办公室审核后，按程序报批并向社会公布。", FS, False)],
         num=True, prefix="四、")
    body("本通知及《清单》自2026年4月1日起施行。《中国（山东）自由贸易试验区青岛片区管理委员会关于公布权力清单和责任清单的通知》（青自贸发〔2024〕9号）同时废止。",
         num=True, prefix="五、")
    body("执行中遇到的问题，请及时反馈片区管委会法治工作办公室（联系电话：0532－86896512）。")

    empty(doc, 1)
    p = doc.add_paragraph()
    fmt_para(p, first_indent=32, line=28)
    set_font(p.add_run("附件：中国（山东）自由贸易试验区青岛片区管理委员会"), east=FS, size=16)
    r = p.add_run()
    r.add_break(WD_BREAK.LINE)
    set_font(p.add_run("　　　　　权力清单和责任清单（2026年版）"), east=FS, size=16)
    empty(doc, 3)

    p = add_p(doc, QD_ISSUER + "　　", first_indent=0, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p = add_p(doc, "二〇二六年三月十日　　　　", first_indent=0, align=WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc, 1)
    add_p(doc, "（此件公开发布）", first_indent=32)

    # attachment, landscape
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_landscape(sec)
    add_p(doc, "附件", first_indent=0, east=HT)
    empty(doc, 1, line=14)

    widths = [11, 15, 27, 24, 68, 20, 44, 38, 12]
    tbl = doc.add_table(rows=2, cols=9)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid_widths(tbl, widths)
    # title row inside the table, merged across
    trow = tbl.rows[0]
    for i in range(9):
        set_cell_width(trow.cells[i], widths[i])
    tc = trow.cells[0].merge(trow.cells[8])
    cell_paras(tc, [QD_ATT], east=XBS, size=18, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(trow)
    hdr = tbl.rows[1]
    repeat_header(hdr)
    for i, h in enumerate(HEADERS):
        c = hdr.cells[i]
        set_cell_width(c, widths[i])
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        cell_paras(c, [h], east=HT, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)

    for k, (seq, cat, name, sub, basis, bodyorg, duty, acc, note) in enumerate(QD_ROWS):
        row = tbl.add_row()
        cells = row.cells
        for i in range(9):
            set_cell_width(cells[i], widths[i])
            cells[i].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        prev = QD_ROWS[k - 1] if k else None
        if prev is None or prev[0] != seq:
            cell_paras(cells[0], [str(seq)], align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_paras(cells[2], [name])
        if prev is None or prev[1] != cat:
            cell_paras(cells[1], [cat], align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_paras(cells[3], [sub])
        # soft line breaks inside one paragraph for the long cells
        cell_paras(cells[4], basis, soft=True)
        cell_paras(cells[5], [bodyorg], align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_paras(cells[6], duty, soft=True)
        cell_paras(cells[7], acc, soft=True)
        cell_paras(cells[8], [note], align=WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause([str(seq), cat, name, sub, "".join(basis), bodyorg,
                                   "".join(duty), "".join(acc), note]))

    def vmerge(col, keyf):
        keys = [keyf(r) for r in QD_ROWS]
        i = 0
        while i < len(keys):
            j = i
            while j + 1 < len(keys) and keys[j + 1] == keys[i]:
                j += 1
            if j > i:
                top = tbl.cell(i + 2, col)
                top.merge(tbl.cell(j + 2, col))
                top.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            i = j + 1

    vmerge(0, lambda r: r[0])
    vmerge(2, lambda r: r[0])
    vmerge(1, lambda r: r[1])

    # 版记 laid out with a borderless-ish two-row table on a portrait page
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_portrait(sec)
    empty(doc, 18)
    bj = doc.add_table(rows=2, cols=2)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = bj._tbl.tblPr
    borders = parse_xml(
        '<w:tblBorders xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:top w:val="single" w:sz="8" w:color="000000"/>'
        '<w:left w:val="nil"/><w:right w:val="nil"/>'
        '<w:bottom w:val="single" w:sz="8" w:color="000000"/>'
        '<w:insideH w:val="single" w:sz="4" w:color="000000"/>'
        '<w:insideV w:val="nil"/></w:tblBorders>')
    tblpr.append(borders)
    c = bj.cell(0, 0).merge(bj.cell(0, 1))
    cell_paras(c, ["抄送：青岛市人民政府办公厅，中国（山东）自由贸易试验区工作办公室，青岛市司法局，青岛市商务局。"], size=14)
    set_cell_width(bj.cell(1, 0), 110)
    set_cell_width(bj.cell(1, 1), 46)
    cell_paras(bj.cell(1, 0), ["青岛片区管委会党政办公室"], size=14)
    cell_paras(bj.cell(1, 1), ["2026年3月10日印发"], size=14, align=WD_ALIGN_PARAGRAPH.RIGHT)

    meta = {
        "title": QD_ISSUER + "关于公布2026年版权力清单和责任清单的通知",
        "doc_number": "青自贸发〔2026〕3号",
        "issuer": [QD_ISSUER],
        "date": "2026-03-10",
        "published": None,
        "level": "zone",
        "region": "中国（山东）自由贸易试验区青岛片区",
        "effective": "2026-04-01",
        "expires": None,
        "attachments": [QD_ATT],
        "doc_type": "通知",
        "recipients": ["片区管委会各部门", "各驻区单位", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": "《中国（山东）自由贸易试验区青岛片区管理委员会关于公布权力清单和责任清单的通知》（青自贸发〔2024〕9号）",
    }
    return doc, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for stem, builder in (("blind677_xiamen_tongzhi", build_xiamen),
                          ("blind677_qingdao_tongzhi", build_qingdao)):
        doc, objs = builder()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        convert(path)
        expected[stem] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
