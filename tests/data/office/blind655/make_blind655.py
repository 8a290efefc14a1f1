# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 655: 宁波市北仑区2026年稳外贸惠企政策一张表 + 印发通知 (Word + PDF + expected.json)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"


# ---------------------------------------------------------------- helpers
def set_run(run, font=FS, size=16, bold=False, color=None):
    run.font.name = "Times New Roman"
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:hint"), "eastAsia")
    if color is not None:
        run.font.color.rgb = color
    return run


def para(container, text="", font=FS, size=16, bold=False, align=None, first_indent=None,
         line=Pt(28), color=None, space_before=0, space_after=0, left_indent=None):
    p = container.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = first_indent
    if left_indent is not None:
        pf.left_indent = left_indent
    if line is not None:
        pf.line_spacing = line
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if text:
        set_run(p.add_run(text), font, size, bold, color)
    return p


def add_runs(p, parts):
    """parts: list of (text, font, size, bold)."""
    for t, f, s, b in parts:
        set_run(p.add_run(t), f, s, b)
    return p


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._element.append(el)


def page_number_footer(section, align=WD_ALIGN_PARAGRAPH.CENTER, font="宋体", size=14):
    fp = section.footer.paragraphs[0]
    fp.alignment = align
    set_run(fp.add_run("— "), font, size)
    r = set_run(fp.add_run(), font, size)
    add_field(r, "PAGE")
    set_run(fp.add_run(" —"), font, size)


def p_border(p, side="bottom", sz=12, color="FF0000"):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single"); b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1"); b.set(qn("w:color"), color)
    pbdr.append(b)


def table_borders(table, spec):
    """spec: dict side->(val, sz). sides: top,left,bottom,right,insideH,insideV."""
    tblPr = table._tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    bd = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        val, sz = spec.get(side, ("nil", 0))
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "0"); e.set(qn("w:color"), "000000")
        bd.append(e)
    tblPr.append(bd)


def cell_text(cell, text, font=FS, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT,
              soft_break_at=None):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(15)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    if soft_break_at and soft_break_at in text:
        a, b = text.split(soft_break_at, 1)
        r = set_run(p.add_run(a + soft_break_at), font, size, bold)
        r.add_break(WD_BREAK.LINE)
        set_run(p.add_run(b), font, size, bold)
    else:
        set_run(p.add_run(text), font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def fix_widths(table, widths_cm):
    table.autofit = False
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    tblW = tblPr.find(qn("w:tblW"))
    if tblW is None:
        tblW = OxmlElement("w:tblW"); tblPr.append(tblW)
    tblW.set(qn("w:type"), "dxa"); tblW.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for tc, w in zip(row._tr.findall(qn("w:tc")), widths_cm):
            tc.get_or_add_tcPr()
            from docx.table import _Cell
            _Cell(tc, table).width = Cm(w)


def row_flag(row, tag):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:" + tag)
    trPr.append(e)


# ---------------------------------------------------------------- data
T_TITLE = "宁波市北仑区2026年稳外贸惠企政策一张表"
ISSUE_DATE_TABLE = "2026-02-10"

DOC_A = "《宁波市北仑区人民政府关于推动外贸稳规模优结构的若干意见》（仑政发〔2025〕21号）"
DOC_B = "《宁波市北仑区促进跨境电子商务高质量发展扶持办法》（仑政办发〔2025〕37号）"
DOC_C = "《宁波市人民政府办公厅关于加快发展外贸新业态新模式的实施意见》（甬政办发〔2024〕58号）"
DOC_D = "《浙江省商务厅 浙江省财政厅关于做好2026年度省级外经贸发展专项资金申报工作的通知》（浙商务联发〔2025〕112号）"
DOC_E = "《宁波市北仑区关于支持中欧班列和海铁联运发展的若干措施》（仑政办发〔2025〕44号）"
DOC_F = "《中国（浙江）自由贸易试验区宁波片区北仑区块促进贸易投资自由化便利化若干措施》（仑自贸〔2025〕3号）"
DOC_G = "《宁波市北仑区鼓励外商投资奖励办法》（仑政办发〔2024〕29号）"
DOC_H = "《国家税务总局宁波市税务局关于持续优化出口退税服务的通知》（甬税发〔2025〕15号）"
DOC_I = "《宁波市财政局 宁波海关关于继续实施免除查验没有问题外贸企业吊装移位仓储费用政策的通知》（甬财政发〔2025〕9号）"

HEADERS = ["序号", "政策事项", "支持对象", "支持标准", "兑现方式", "政策依据", "责任单位", "咨询电话"]
WIDTHS = [1.0, 2.8, 3.6, 6.0, 1.8, 5.5, 2.6, 2.4]  # cm, total 25.7

CATEGORIES = [
    ("一、外贸主体培育（6项）", [
        ["1", "外贸规模增长奖励",
         "2026年度进出口额达到1亿元人民币以上且同比增长的区内外贸企业",
         "按进出口额增量每1亿元奖励10万元，单家企业最高不超过100万元。",
         "免申即享", DOC_A + "第二条", "区商务局、区财政局", "0574-86781236"],
        ["2", "新增外贸主体培育奖励",
         "2025年7月1日以后在本区新注册或新迁入并首次取得进出口实绩的企业",
         "年度进出口额首次达到500万美元的，一次性奖励5万元。首次达到1000万美元的，一次性奖励10万元，不重复享受。",
         "免申即享", DOC_A + "第三条", "区商务局", "0574-86781236"],
        ["3", "外贸企业“小升规”奖励",
         "年度进出口额首次突破5000万美元的区内外贸企业",
         "一次性奖励20万元。",
         "依申请", DOC_A + "第四条", "区商务局", "0574-86781236"],
        ["4", "出口品牌培育奖励",
         "新获评“浙江出口名牌”“宁波出口名牌”的企业",
         "分别给予一次性奖励10万元、5万元。",
         "依申请", DOC_A + "第五条", "区商务局、区市场监管局", "0574-86781238"],
        ["5", "先进技术设备进口贴息",
         "进口《鼓励进口技术和产品目录》内先进技术设备、关键零部件的企业",
         "按照省级外经贸发展专项资金有关规定给予贴息，区级按省级补助额的50%给予配套。",
         "依申请", DOC_D + "第三部分第（二）项", "区商务局、区财政局", "0574-86781238"],
        ["6", "外贸人才培训补助",
         "组织员工参加商务部门认定的外贸业务、贸易合规培训的企业",
         "按实际培训费用的50%给予补助，单家企业年度最高5万元。",
         "依申请", DOC_A + "第六条", "区商务局、区人力社保局", "0574-86781238"],
    ]),
    ("二、外贸新业态新模式（7项）", [
        ["7", "跨境电商出口规模奖励",
         "通过9610、9710、9810模式开展跨境电商出口的企业",
         "年度跨境电商出口额达到1000万元以上的，按出口额的1%给予奖励，单家企业最高50万元。",
         "免申即享", DOC_B + "第六条", "区商务局", "0574-86781239"],
        ["8", "跨境电商平台入驻补助",
         "首次入驻亚马逊、速卖通、TEMU等第三方跨境电商平台的企业",
         "按平台年费、店铺开设费用的50%给予补助，单家企业最高3万元。",
         "依申请", DOC_B + "第七条", "区商务局", "0574-86781239"],
        ["9", "公共海外仓建设补助",
         "在共建“一带一路”国家和地区新建或租赁海外仓，单仓面积2000平方米以上的企业",
         "按实际投资额或首年租金的20%给予补助，单个海外仓最高200万元。",
         "依申请", DOC_C + "第九条", "区商务局", "0574-86781239"],
        ["10", "跨境电商产业园认定奖励",
         "新认定为市级跨境电子商务产业园的运营主体",
         "一次性奖励30万元。",
         "依申请", DOC_B + "第十条", "区商务局", "0574-86781239"],
        ["11", "综合保税区保税维修奖励",
         "在宁波北仑港综合保税区、宁波梅山综合保税区开展全球保税维修、再制造业务的企业",
         "年度维修业务货值首次超过1亿元的，一次性奖励30万元。",
         "依申请", DOC_F + "第八条", "北仑港综保区管理局", "0574-86892100"],
        ["12", "跨境电商保税进口增量奖励",
         "在综合保税区开展跨境电商网购保税进口（1210）业务的企业",
         "年度进口额同比增长20%以上的，按增量部分的0.5%给予奖励，单家企业最高50万元。",
         "免申即享", DOC_F + "第九条", "北仑港综保区管理局", "0574-86892100"],
        ["13", "新型离岸国际贸易奖励",
         "开展新型离岸国际贸易且年度跨境收支额达到1000万美元以上的企业",
         "按跨境收支额每1000万美元奖励5万元，单家企业最高30万元。",
         "依申请", DOC_F + "第十一条", "区商务局、区金融发展服务中心", "0574-86781235"],
    ]),
    ("三、国际市场开拓（6项）", [
        ["14", "境外展会补助",
         "参加区商务局发布的2026年重点境外展会目录内展会的企业",
         "按展位费的70%给予补助，单个展位最高3万元，单家企业年度最高30万元。",
         "依申请", DOC_A + "第八条", "区商务局", "0574-86781237"],
        ["15", "“一带一路”市场拓展奖励",
         "对共建“一带一路”国家年度出口额同比增长10%以上的企业",
         "按增量部分每1000万元奖励2万元，单家企业最高50万元。",
         "免申即享", DOC_A + "第九条", "区商务局", "0574-86781237"],
        ["16", "出口信用保险保费补助",
         "投保短期出口信用保险的区内出口企业",
         "上年度出口额500万美元以下的小微企业纳入统保平台，保费由财政全额承担。其他企业按实缴保费的30%给予补助，最高50万元。",
         "免申即享", DOC_A + "第十条", "区商务局、中国出口信用保险公司宁波分公司", "0574-86781237、0574-87311520"],
        ["17", "中欧班列集货补助",
         "通过中欧班列（宁波—中亚、欧洲线路）发运货物的进出口企业",
         "按每标准箱1000元给予集货补助，单家企业年度最高100万元。",
         "依申请", DOC_E + "第三条", "区交通运输局、区商务局", "0574-86783180"],
        ["18", "海铁联运箱量奖励",
         "通过宁波舟山港开展海铁联运业务的货代、船代及进出口企业",
         "年度海铁联运箱量超过5000标准箱的，按每标准箱100元给予奖励。",
         "免申即享", DOC_E + "第五条", "区交通运输局", "0574-86783180"],
        ["19", "境外商标注册和国际认证补助",
         "办理境外商标注册、产品国际认证的企业",
         "按实际发生费用的50%给予补助，单家企业年度最高10万元。",
         "依申请", DOC_A + "第十一条", "区市场监管局、区商务局", "0574-86782315"],
    ]),
    ("四、贸易便利化和投资促进（6项）", [
        ["20", "出口退税“即报即审”",
         "出口退（免）税管理类别为一类、二类的出口企业",
         "正常出口退税平均办理时间压缩至3个工作日以内，一类企业1个工作日内办结。",
         "免申即享", DOC_H + "第二条", "区税务局", "0574-86880366"],
        ["21", "查验吊装移位仓储费用减免",
         "在北仑港区进出口货物经海关查验未发现问题的外贸企业",
         "查验没有问题的集装箱，其吊装、移位、仓储费用由财政承担。",
         "免申即享", DOC_I + "第一条", "区财政局、北仑海关", "0574-86892255"],
        ["22", "汇率避险费用补助",
         "办理远期结售汇、外汇期权等汇率避险业务的中小微外贸企业",
         "按汇率避险业务保证金或手续费实际支出的50%给予补助，单家企业年度最高10万元。",
         "依申请", DOC_A + "第十三条", "区金融发展服务中心", "0574-86783366"],
        ["23", "外贸企业融资担保贴息",
         "通过区政策性融资担保机构获得贷款的外贸企业",
         "担保费率降至0.5%以下，按贷款市场报价利率的30%给予贴息，单家企业最高20万元。",
         "依申请", DOC_A + "第十四条", "区金融发展服务中心、区财政局", "0574-86783366"],
        ["24", "外资企业增资扩股奖励",
         "年度实际使用外资1000万美元以上的外商投资企业",
         "按实际到资额的1%给予奖励，单个项目最高500万元。",
         "依申请", DOC_G + "第五条", "区商务局（区投资促进中心）", "0574-86781240"],
        ["25", "外资研发中心认定奖励",
         "新认定为省级及以上外资研发中心的外商投资企业",
         "一次性奖励50万元。",
         "依申请", DOC_G + "第八条", "区科技局、区商务局", "0574-86782098"],
    ]),
]

# vertical merges (row numbers as strings) on columns 责任单位(6) and 咨询电话(7)
MERGES = [("2", "3"), ("7", "10"), ("11", "12")]
# 政策依据 cells typed with a soft line break after 》
SOFT_BREAK_ROWS = {"1", "5", "9", "11", "17", "21", "24"}

TABLE_NOTES = [
    "注：1.本表所列政策执行期为2026年1月1日至2026年12月31日，政策具体内容以原文件为准。",
    "2.同一企业同一事项符合多项政策的，按照“就高不重复”原则给予支持，上级已有资金支持的项目区级不再重复支持。",
    "3.“免申即享”事项由责任单位依据海关、税务等部门数据直接核定兑付，企业无需申报；“依申请”事项通过“亲清北仑”惠企服务平台在线申报。",
    "4.表中涉及金额除注明外均为人民币。",
]


# ---------------------------------------------------------------- document 1: 一张表
def make_table_doc(path):
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.0)
    page_number_footer(sec, WD_ALIGN_PARAGRAPH.CENTER, "宋体", 12)

    # the file is the attachment of the notice: "附件" label top-left
    para(doc, "附件", HT, 16, line=Pt(28))
    para(doc, "", line=Pt(14))
    para(doc, T_TITLE, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))

    # 编制单位 / 更新日期 typed in a borderless 1x2 layout table
    lt = doc.add_table(rows=1, cols=2)
    lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(lt, {})
    fix_widths(lt, [12.85, 12.85])
    cell_text(lt.cell(0, 0), "编制单位：宁波市北仑区商务局", KT, 14)
    cell_text(lt.cell(0, 1), "更新日期：2026年2月10日", KT, 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "", line=Pt(8))

    n_rows = 1 + sum(1 + len(r) for _, r in CATEGORIES)
    t = doc.add_table(rows=n_rows, cols=len(HEADERS))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    table_borders(t, {s: ("single", 4) for s in ("top", "left", "bottom", "right", "insideH", "insideV")})
    fix_widths(t, WIDTHS)
    for row in t.rows:
        row_flag(row, "cantSplit")
    hdr = t.rows[0]
    row_flag(hdr, "tblHeader")
    for i, h in enumerate(HEADERS):
        cell_text(hdr.cells[i], h, HT, 11, align=WD_ALIGN_PARAGRAPH.CENTER)

    rowidx = {}
    ri = 1
    for cat, rows in CATEGORIES:
        r = t.rows[ri]
        m = r.cells[0].merge(r.cells[-1])
        cell_text(m, cat, HT, 11)
        ri += 1
        for data in rows:
            r = t.rows[ri]
            rowidx[data[0]] = ri
            for ci, val in enumerate(data):
                align = WD_ALIGN_PARAGRAPH.CENTER if ci in (0, 4, 6, 7) else WD_ALIGN_PARAGRAPH.LEFT
                sb = "》" if (ci == 5 and data[0] in SOFT_BREAK_ROWS) else None
                cell_text(r.cells[ci], val, FS, 10.5, align=align, soft_break_at=sb)
            ri += 1

    # vertical merges: clear lower cells, then merge
    for a, b in MERGES:
        ra, rb = rowidx[a], rowidx[b]
        for ci in (6, 7):
            top = t.cell(ra, ci)
            for k in range(ra + 1, rb + 1):
                c = t.cell(k, ci)
                for p in list(c.paragraphs):
                    for run in list(p.runs):
                        run._element.getparent().remove(run._element)
            merged = top.merge(t.cell(rb, ci))
            # drop empty paragraphs left over from merge
            for p in merged.paragraphs[1:]:
                if not p.text:
                    p._element.getparent().remove(p._element)
            merged.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    para(doc, "", line=Pt(10))
    for i, note in enumerate(TABLE_NOTES):
        if i == 0:
            para(doc, note, FS, 12, line=Pt(20))
        else:
            # continuation notes typed with manual full-width spaces under "注："
            para(doc, "\u3000\u3000" + note, FS, 12, line=Pt(20))
    doc.save(path)


# ---------------------------------------------------------------- document 2: 通知
N_TITLE = ("宁波市北仑区商务局 宁波市北仑区财政局关于印发《宁波市北仑区2026年稳外贸惠企政策一张表》的通知")
N_P1 = ("为深入贯彻落实党中央、国务院和省委省政府、市委市政府关于稳外贸的决策部署，进一步提高惠企政策知晓度和兑现效率，"
        "帮助外贸企业稳订单、拓市场、防风险，区商务局会同区财政局梳理汇总了国家、省、市、区各级现行有效的稳外贸惠企政策，"
        "编制形成《宁波市北仑区2026年稳外贸惠企政策一张表》，现印发给你们，请结合实际认真抓好宣传解读和贯彻落实。")
N_P2 = ("各街道（镇）、各开发园区要依托“亲清北仑”惠企服务平台，通过上门走访、政策宣讲等方式，将政策精准推送至辖区外贸企业；"
        "各责任单位要按照“免申即享”“依申请”分类兑现要求，简化申报材料，压缩审核时限，确保资金及时足额拨付到位。"
        "表内政策执行期为2026年1月1日至2026年12月31日，上级政策另有规定的，从其规定。"
        "《宁波市北仑区2025年稳外贸惠企政策一张表》（仑商务〔2025〕8号）同时废止。"
        "执行中遇到的问题，请及时反馈区商务局（外贸发展科，联系人：陈晓岚，电话：0574-86781236）。")


def make_notice_doc(path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin = Cm(3.7); sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8); sec.right_margin = Cm(2.6)
    page_number_footer(sec, WD_ALIGN_PARAGRAPH.RIGHT, "宋体", 14)

    # joint red header typed as a 2x2 borderless table, "文件" merged vertically
    ht = doc.add_table(rows=2, cols=2)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(ht, {})
    fix_widths(ht, [11.6, 4.0])
    for i, name in enumerate(["宁波市北仑区商务局", "宁波市北仑区财政局"]):
        c = ht.cell(i, 0)
        p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing = Pt(44)
        set_run(p.add_run(name), XBS, 30, color=RED)
    m = ht.cell(0, 1).merge(ht.cell(1, 1))
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = m.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run(p.add_run("文件"), XBS, 40, color=RED)

    para(doc, "", line=Pt(28))
    para(doc, "")
    dn = para(doc, "仑商务〔2026〕5号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    p_border(dn, "bottom", 18, "FF0000")
    para(doc, "")

    # title typed as two paragraphs, the second with a soft line break
    para(doc, "宁波市北仑区商务局 宁波市北仑区财政局", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(33))
    tp = para(doc, "关于印发《宁波市北仑区2026年稳外贸", XBS, 22,
              align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(33))
    tp.runs[-1].add_break(WD_BREAK.LINE)
    set_run(tp.add_run("惠企政策一张表》的通知"), XBS, 22)
    para(doc, "")

    para(doc, "各街道（镇）、各开发园区，区级各有关部门，各有关企业：", FS, 16)
    para(doc, N_P1, FS, 16, first_indent=Pt(32))
    para(doc, N_P2, FS, 16, first_indent=Pt(32))
    para(doc, "")
    # attachment line with hanging indent
    pa = para(doc, "附件：宁波市北仑区2026年稳外贸惠企政策一张表", FS, 16,
              left_indent=Pt(32 + 48), first_indent=Pt(-48))
    para(doc, "")
    para(doc, "")
    para(doc, "")
    # joint 落款 typed on one line with manual spaces
    para(doc, "宁波市北仑区商务局\u3000\u3000\u3000\u3000\u3000宁波市北仑区财政局", FS, 16,
         align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "2026年2月12日\u3000\u3000\u3000\u3000", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "（此件公开发布）", FS, 16, first_indent=Pt(32))

    # push 版记 down with empty paragraphs
    for _ in range(3):
        para(doc, "")
    bj = doc.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    fix_widths(bj, [15.6])
    table_borders(bj, {"top": ("single", 8), "bottom": ("single", 8), "insideH": ("single", 4)})
    c = bj.cell(0, 0)
    p = c.paragraphs[0]
    p.paragraph_format.left_indent = Pt(14)
    set_run(p.add_run("抄送：区委办、区人大办、区政府办、区政协办，宁波海关驻北仑办事处，区税务局。"), FS, 14)
    c = bj.cell(1, 0)
    p = c.paragraphs[0]
    p.paragraph_format.left_indent = Pt(14)
    set_run(p.add_run("宁波市北仑区商务局办公室\u3000\u3000\u3000\u3000\u30002026年2月12日印发"), FS, 14)
    doc.save(path)


# ---------------------------------------------------------------- expected
def table_clauses():
    out = []
    for _, rows in CATEGORIES:
        for r in rows:
            out.append("；".join(f"{h}：{v}" for h, v in zip(HEADERS, r)))
    out.extend(TABLE_NOTES)
    return out


def expected():
    return {
        "blind655_beilun_yizhangbiao": [{
            "meta": {
                "title": T_TITLE,
                "doc_number": None,
                "issuer": ["宁波市北仑区商务局"],
                "date": ISSUE_DATE_TABLE,
                "published": None,
                "level": "county",
                "region": "宁波市北仑区",
                "effective": "2026-01-01",
                "expires": "2026-12-31",
                "attachments": [],
                "doc_type": "一张表",
                "recipients": [],
                "publicity": None,
                "repeals": None,
            },
            "clauses": table_clauses(),
        }],
        "blind655_beilun_tongzhi": [{
            "meta": {
                "title": N_TITLE,
                "doc_number": "仑商务〔2026〕5号",
                "issuer": ["宁波市北仑区商务局", "宁波市北仑区财政局"],
                "date": "2026-02-12",
                "published": None,
                "level": "county",
                "region": "宁波市北仑区",
                "effective": "2026-01-01",
                "expires": "2026-12-31",
                "attachments": [T_TITLE],
                "doc_type": "通知",
                "recipients": ["各街道（镇）", "各开发园区", "区级各有关部门", "各有关企业"],
                "publicity": "此件公开发布",
                "repeals": "《宁波市北仑区2025年稳外贸惠企政策一张表》（仑商务〔2025〕8号）",
            },
            "clauses": [N_P1, N_P2],
        }],
    }


def main():
    files = {
        "blind655_beilun_yizhangbiao.docx": make_table_doc,
        "blind655_beilun_tongzhi.docx": make_notice_doc,
    }
    for name, fn in files.items():
        fn(os.path.join(HERE, name))
    for name in files:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_655", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, os.path.join(HERE, name)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
