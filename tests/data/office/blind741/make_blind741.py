# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 741: Excel 任务台账 workbooks (no PDF) + expected.json."""
import datetime as dt
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
DATE_FMT = 'yyyy"年"m"月"d"日"'


def f_title():
    return Font(name="方正小标宋简体", size=18)


def f_head():
    return Font(name="黑体", size=12)


def f_body():
    return Font(name="仿宋_GB2312", size=11)


def f_kai():
    return Font(name="楷体_GB2312", size=12)


def show(v):
    """The text an office worker sees in the cell (line breaks joined)."""
    if isinstance(v, dt.datetime):
        return f"{v.year}年{v.month}月{v.day}日"
    return str(v).replace("\n", "")


def clause(cols, vals):
    return "；".join(f"{c}：{show(v)}" for c, v in zip(cols, vals))


def box(ws, r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BORDER


def put(ws, r, c, v, font=None, align=None):
    cell = ws.cell(r, c, v)
    cell.font = font or f_body()
    cell.alignment = align or LEFT
    if isinstance(v, dt.datetime):
        cell.number_format = DATE_FMT
    return cell


def vmerge_runs(values):
    """Return list of (start, end) index runs of equal consecutive values."""
    runs, i = [], 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[i]:
            j += 1
        runs.append((i, j))
        i = j + 1
    return runs


# ---------------------------------------------------------------------------
# Workbook 1: 福州片区
# ---------------------------------------------------------------------------
FZ_TITLE = "中国（福建）自由贸易试验区福州片区2025年重点任务推进台账"
FZ_ISSUER = "中国（福建）自由贸易试验区福州片区管理委员会"
FZ_COLS = ["序号", "任务类别", "具体任务", "牵头单位", "配合单位", "时间节点", "进展情况", "完成状态"]
FZ_ROWS = [
    ["投资贸易便利化",
     "推进国际贸易“单一窗口”功能拓展，新增跨境电商、船舶通关等特色应用模块3个以上",
     "片区管委会经济发展局", "福州海关、\n马尾海事局", "2025年10月底前",
     "已上线跨境电商综合服务、船舶“一站式”申报、\n对台小额贸易3个特色模块，累计服务企业1260家次。", "已完成"],
    ["投资贸易便利化",
     "深化外商投资准入前国民待遇加负面清单管理制度，落实外商投资信息报告制度",
     "福州市商务局", "福州市市场监督管理局", "全年",
     "截至11月底，片区新设外商投资企业87家，\n实际使用外资2.36亿美元，同比增长12.4%。", "推进中"],
    ["投资贸易便利化",
     "支持福州综合保税区开展保税维修、保税研发等新业态",
     "福州综保区管理局", "福州海关、\n福州市商务局", "2025年12月底前",
     "已有2家企业获批开展保税维修业务；\n保税研发项目尚在论证。", "推进中"],
    ["投资贸易便利化",
     "推动中欧班列（福州）常态化运行，全年开行30列以上",
     "福州市交通运输局", "中国铁路南昌局集团有限公司福州货运中心", "全年",
     "截至12月20日，累计开行26列，发送标箱2184个。\n受境外口岸拥堵影响，预计全年开行28列。", "进度滞后"],
    ["金融开放创新",
     "开展合格境外有限合伙人（QFLP）试点，新设QFLP基金2支以上",
     "片区管委会金融服务局", "福州市委金融办、\n国家外汇管理局福建省分局", dt.datetime(2025, 9, 30),
     "已新设QFLP基金3支，认缴规模合计4.5亿元人民币。", "已完成"],
    ["金融开放创新",
     "推广跨境人民币结算便利化，扩大优质企业贸易外汇收支便利化试点覆盖面",
     "中国人民银行福建省分行", "国家外汇管理局福建省分局、\n片区管委会金融服务局", "全年",
     "片区跨境人民币结算量达486亿元，同比增长18.2%；\n新增便利化试点企业14家。", "已完成"],
    ["金融开放创新",
     "探索开展本外币一体化资金池试点",
     "国家外汇管理局福建省分局", "片区管委会金融服务局", "2025年12月底前",
     "已完成2家跨国公司需求摸底，\n试点方案正在报批。", "推进中"],
    ["对台经贸合作",
     "落实台胞台企同等待遇政策，推行台胞“一件事”集成服务",
     "片区管委会对台合作局", "福州市台港澳办", "全年",
     "累计为台胞台企办理“一件事”集成服务1530件，\n平均办理时限压缩至2个工作日。", "已完成"],
    ["对台经贸合作",
     "推动对台小额贸易转型升级，建设两岸跨境电商产业园",
     "片区管委会对台合作局", "福州海关、\n马尾区人民政府", "2025年11月底前",
     "产业园一期已投入运营，入驻企业43家，\n其中台资企业19家。", "已完成"],
    ["对台经贸合作",
     "开展台湾地区职业资格采认，扩大采认职业范围",
     "福州市人力资源和社会保障局", "片区管委会对台合作局", "2025年12月底前",
     "新增采认职业4类，累计采认台湾地区职业资格87项。", "已完成"],
    ["制度创新与营商环境",
     "全年形成制度创新成果10项以上，争取1项以上在全国复制推广",
     "片区管委会综合协调局", "各相关单位", "2025年12月底前",
     "已形成制度创新成果12项，\n其中“两岸检验检测结果采信”入选商务部自贸试验区最佳实践案例。", "已完成"],
    ["制度创新与营商环境",
     "推进“证照分离”改革全覆盖，涉企经营许可事项实现“一网通办”",
     "片区管委会行政审批局", "福州市市场监督管理局", dt.datetime(2025, 6, 30),
     "涉企经营许可事项全部纳入“一网通办”，\n网办率达98.6%。", "已完成"],
]
FZ_PROB_COLS = ["序号", "问题描述", "责任单位", "整改措施", "整改时限"]
FZ_PROBS = [
    ["中欧班列（福州）回程货源不足，去回程比例失衡，全年开行目标完成存在压力。",
     "福州市交通运输局",
     "加强与境外平台公司对接，组织回程货源招商推介会，对回程班列给予运费补贴。",
     "2026年3月底前"],
    ["保税研发业务监管模式尚不明确，企业开展意愿不强。",
     "福州综保区管理局",
     "会同福州海关研究制定保税研发监管操作指引，选取1—2家企业开展试点。",
     "2026年6月底前"],
    ["本外币一体化资金池试点企业数量少，政策宣传覆盖面不够。",
     "片区管委会金融服务局",
     "联合国家外汇管理局福建省分局开展政策宣讲，建立重点企业服务清单。",
     dt.datetime(2026, 3, 31)],
    ["部分制度创新成果复制推广评估机制不健全。",
     "片区管委会综合协调局",
     "建立制度创新成果第三方评估机制，\n每半年开展一次评估。",
     "长期坚持"],
]
FZ_NOTES = [
    "1.本台账按月更新，各责任单位于每月25日前将进展情况报送片区管委会综合协调局。",
    "2.“完成状态”栏请从“已完成”“推进中”“进度滞后”中选择填写。",
    "3.进展情况应简明扼要，突出量化指标，不超过200字。",
    "4.对进度滞后的任务，应同步在“问题清单”中列明原因及整改措施。",
]


def build_fuzhou(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "重点任务推进台账"
    widths = [6, 12, 34, 18, 22, 14, 42, 10]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    # title
    ws.merge_cells("A1:H1")
    put(ws, 1, 1, FZ_TITLE, f_title(), CENTER)
    ws.row_dimensions[1].height = 40
    # 填报单位 / 截至日期 in two merged blocks
    ws.merge_cells("A2:E2")
    put(ws, 2, 1, "填报单位（盖章）：" + FZ_ISSUER, f_kai(), LEFT)
    ws.merge_cells("F2:H2")
    put(ws, 2, 6, "截至日期：2025年12月20日", f_kai(),
        Alignment(horizontal="right", vertical="center"))
    # two-row header
    for col, text in [(1, "序号"), (2, "任务类别"), (3, "具体任务"), (6, "时间节点"),
                      (7, "进展情况"), (8, "完成状态")]:
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
        put(ws, 3, col, text, f_head(), CENTER)
    ws.merge_cells("D3:E3")
    put(ws, 3, 4, "责任单位", f_head(), CENTER)
    put(ws, 4, 4, "牵头单位", f_head(), CENTER)
    put(ws, 4, 5, "配合单位", f_head(), CENTER)
    # data
    start = 5
    for i, row in enumerate(FZ_ROWS):
        r = start + i
        put(ws, r, 1, i + 1, align=CENTER)
        for j, v in enumerate(row):
            put(ws, r, j + 2, v, align=CENTER if j in (0, 4, 5) else LEFT)
        ws.row_dimensions[r].height = 62
    for a, b in vmerge_runs([r[0] for r in FZ_ROWS]):
        if b > a:
            ws.merge_cells(start_row=start + a, start_column=2, end_row=start + b, end_column=2)
    end = start + len(FZ_ROWS) - 1
    box(ws, 3, 1, end, 8)
    # footer (not body)
    ws.merge_cells(start_row=end + 2, start_column=1, end_row=end + 2, end_column=8)
    put(ws, end + 2, 1,
        "填表人：林晓东          审核人：陈建国          联系电话：0591-87685321", f_kai(), LEFT)
    dv = DataValidation(type="list", formula1='"已完成,推进中,进度滞后"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"H{start}:H{end}")
    ws.freeze_panes = "A5"
    ws.print_title_rows = "3:4"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"

    # sheet 2
    ws2 = wb.create_sheet("问题清单")
    for i, w in enumerate([6, 44, 20, 46, 14], 1):
        ws2.column_dimensions[chr(64 + i)].width = w
    ws2.merge_cells("A1:E1")
    put(ws2, 1, 1, "福州片区重点任务推进问题清单", f_title(), CENTER)
    ws2.row_dimensions[1].height = 36
    for j, c in enumerate(FZ_PROB_COLS, 1):
        put(ws2, 2, j, c, f_head(), CENTER)
    for i, row in enumerate(FZ_PROBS):
        r = 3 + i
        put(ws2, r, 1, i + 1, align=CENTER)
        for j, v in enumerate(row):
            put(ws2, r, j + 2, v, align=CENTER if j in (1, 3) else LEFT)
        ws2.row_dimensions[r].height = 48
    box(ws2, 2, 1, 2 + len(FZ_PROBS), 5)

    # sheet 3
    ws3 = wb.create_sheet("填报说明")
    ws3.column_dimensions["A"].width = 100
    put(ws3, 1, 1, "填报说明", Font(name="黑体", size=14), CENTER)
    for i, n in enumerate(FZ_NOTES):
        put(ws3, 2 + i, 1, n, f_body(), LEFT)
        ws3.row_dimensions[2 + i].height = 24
    wb.save(path)

    clauses = [clause(FZ_COLS, [i + 1] + row) for i, row in enumerate(FZ_ROWS)]
    clauses += [clause(FZ_PROB_COLS, [i + 1] + row) for i, row in enumerate(FZ_PROBS)]
    clauses += FZ_NOTES
    return [{
        "meta": {
            "title": FZ_TITLE,
            "doc_number": None,
            "issuer": [FZ_ISSUER],
            "date": "2025-12-20",
            "published": None,
            "level": "zone",
            "region": "中国（福建）自由贸易试验区福州片区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "台账",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]


# ---------------------------------------------------------------------------
# Workbook 2: 西安市
# ---------------------------------------------------------------------------
XA_TITLE = "西安市2025年跨境电商和中欧班列（西安）高质量发展重点任务推进台账"
XA_ISSUER = "西安市商务局"
XA_COLS = ["序号", "任务类别", "具体任务", "责任单位（牵头）", "责任单位（配合）", "时间节点", "进展情况", "完成状态"]
XA_ROWS = [
    ["跨境电商",
     "推进中国（西安）跨境电子商务综合试验区建设，全年跨境电商进出口额增长15%以上",
     "西安市商务局", "西安海关、\n各区县政府、开发区管委会", "全年",
     "1—9月，全市跨境电商进出口额完成182.6亿元，同比增长16.3%。", "序时推进"],
    ["跨境电商",
     "培育跨境电商产业园区，新认定市级跨境电商产业园3个",
     "西安市商务局", "各区县政府、开发区管委会", "2025年11月底前",
     "已完成申报受理和专家评审，\n拟认定名单待市政府审定。", "推进中"],
    ["跨境电商",
     "支持企业建设海外仓，新增公共海外仓5个以上",
     "西安市商务局", "西安市财政局", "2025年12月底前",
     "新增海外仓4个，分布于德国、波兰、哈萨克斯坦等国家。", "推进中"],
    ["跨境电商",
     "推动跨境电商B2B出口监管试点（9710、9810）业务扩面",
     "西安海关", "西安市商务局", "全年",
     "9710、9810模式申报单量同比增长42%，\n参与企业新增61家。", "序时推进"],
    ["中欧班列",
     "巩固中欧班列（西安）集结中心地位，全年开行4500列以上",
     "西安国际港务区管委会", "西安市发展改革委、\n中国铁路西安局集团有限公司", "全年",
     "1—9月开行3516列，\n开行量、货运量、重箱率均居全国前列。", "序时推进"],
    ["中欧班列",
     "拓展“中欧班列+跨境电商”模式，开行跨境电商专列",
     "西安国际港务区管委会", "西安海关、\n西安市商务局", dt.datetime(2025, 10, 31),
     "已开行跨境电商专列48列，\n货值约9.2亿元。", "已完成"],
    ["中欧班列",
     "推进中欧班列运贸一体化发展，提升回程班列本地货源比例",
     "西安市发展改革委", "西安国际港务区管委会", "2025年12月底前",
     "回程班列本地货源占比提升至31%，\n较年初提高4个百分点。", "推进中"],
    ["中欧班列",
     "探索铁路运输单证金融服务试点",
     "西安市委金融办", "中国人民银行陕西省分行、\n西安国际港务区管委会", "2025年12月底前",
     "已有3家银行开展铁路提单融资业务，\n累计融资2.1亿元。", "推进中"],
    ["开放平台",
     "推动西安综合保税区、西安高新综合保税区发展保税维修、保税展示交易等新业态",
     "西安市商务局", "西安海关、\n西安国际港务区管委会、\n西安高新区管委会", "2025年12月底前",
     "西安高新综合保税区新增保税维修企业2家；\n保税展示交易中心已完成选址。", "推进中"],
    ["开放平台",
     "落实外商投资准入前国民待遇加负面清单管理制度，全年实际使用外资完成省下达目标",
     "西安市商务局", "西安市市场监督管理局", "全年",
     "1—9月，全市实际使用外资8.73亿美元，\n完成年度目标的68.2%。", "进度滞后"],
]
XA_PROB_COLS = ["序号", "问题描述", "责任单位", "整改措施", "整改时限"]
XA_PROBS = [
    ["全市实际使用外资进度滞后，大项目支撑不足。",
     "西安市商务局",
     "加大招商引资力度，\n重点跟进已签约外资项目落地。",
     "2025年12月底前"],
    ["中欧班列回程货源结构单一，高附加值货品占比低。",
     "西安国际港务区管委会",
     "深化与共建“一带一路”国家产业合作，培育木材、汽车零部件等回程货源。",
     "2026年6月底前"],
    ["海外仓建设资金支持政策兑现周期较长。",
     "西安市财政局",
     "优化资金拨付流程，\n将兑现周期压缩至60个工作日以内。",
     dt.datetime(2025, 12, 31)],
]
XA_NOTES = [
    "1.本台账实行季度报送，各牵头单位于每季度末月25日前报送西安市商务局。",
    "2.进展情况须注明数据截止时间，涉及金额的统一以亿元、亿美元为单位。",
    "3.完成状态分为“已完成”“推进中”“序时推进”“进度滞后”四类。",
    "4.配合单位应主动向牵头单位提供进展情况，不单独报送。",
]


def build_xian(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "重点任务推进台账"
    widths = [6, 11, 36, 16, 24, 14, 40, 10]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.merge_cells("A1:H1")
    put(ws, 1, 1, XA_TITLE, f_title(), CENTER)
    ws.row_dimensions[1].height = 44
    # 填报单位 and 截至日期 in ONE merged cell, aligned with typed spaces
    ws.merge_cells("A2:H2")
    put(ws, 2, 1, "填报单位：" + XA_ISSUER + " " * 60 + "截至日期：2025年9月30日",
        f_kai(), LEFT)
    for col, text in [(1, "序号"), (2, "任务类别"), (3, "具体任务"), (6, "时间节点"),
                      (7, "进展情况"), (8, "完成状态")]:
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
        put(ws, 3, col, text, f_head(), CENTER)
    ws.merge_cells("D3:E3")
    put(ws, 3, 4, "责任单位", f_head(), CENTER)
    put(ws, 4, 4, "牵头", f_head(), CENTER)
    put(ws, 4, 5, "配合", f_head(), CENTER)
    start = 5
    for i, row in enumerate(XA_ROWS):
        r = start + i
        put(ws, r, 1, i + 1, align=CENTER)
        for j, v in enumerate(row):
            put(ws, r, j + 2, v, align=CENTER if j in (0, 2, 4, 5) else LEFT)
        ws.row_dimensions[r].height = 60
    for a, b in vmerge_runs([r[0] for r in XA_ROWS]):
        if b > a:
            ws.merge_cells(start_row=start + a, start_column=2, end_row=start + b, end_column=2)
    # 牵头 merged down over rows 1-3 (same unit)
    ws.merge_cells(start_row=start, start_column=4, end_row=start + 2, end_column=4)
    end = start + len(XA_ROWS) - 1
    # two empty bordered rows left over from the template
    box(ws, 3, 1, end + 2, 8)
    for r in (end + 1, end + 2):
        ws.row_dimensions[r].height = 30
    ws.freeze_panes = "C5"
    ws.print_title_rows = "3:4"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.oddFooter.center.text = "— &P —"

    ws2 = wb.create_sheet("问题清单")
    for i, w in enumerate([6, 40, 20, 44, 16], 1):
        ws2.column_dimensions[chr(64 + i)].width = w
    for j, c in enumerate(XA_PROB_COLS, 1):
        put(ws2, 1, j, c, f_head(), CENTER)
    for i, row in enumerate(XA_PROBS):
        r = 2 + i
        put(ws2, r, 1, i + 1, align=CENTER)
        for j, v in enumerate(row):
            put(ws2, r, j + 2, v, align=CENTER if j in (1, 3) else LEFT)
        ws2.row_dimensions[r].height = 46
    box(ws2, 1, 1, 1 + len(XA_PROBS), 5)

    # sheet 3: all notes typed in one merged cell with Alt+Enter breaks
    ws3 = wb.create_sheet("填报说明")
    ws3.column_dimensions["A"].width = 20
    for c in "BCDE":
        ws3.column_dimensions[c].width = 20
    ws3.merge_cells("A1:E8")
    put(ws3, 1, 1, "填报说明：\n" + "\n".join(XA_NOTES), f_body(),
        Alignment(horizontal="left", vertical="top", wrap_text=True))
    wb.save(path)

    clauses = [clause(XA_COLS, [i + 1] + row) for i, row in enumerate(XA_ROWS)]
    clauses += [clause(XA_PROB_COLS, [i + 1] + row) for i, row in enumerate(XA_PROBS)]
    clauses += XA_NOTES
    return [{
        "meta": {
            "title": XA_TITLE,
            "doc_number": None,
            "issuer": [XA_ISSUER],
            "date": "2025-09-30",
            "published": None,
            "level": "municipal",
            "region": "西安市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "台账",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]


def main():
    expected = {}
    expected["blind741_fuzhou_taizhang"] = build_fuzhou(
        os.path.join(HERE, "blind741_fuzhou_taizhang.xlsx"))
    expected["blind741_xian_taizhang"] = build_xian(
        os.path.join(HERE, "blind741_xian_taizhang.xlsx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
