# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 96: three fictional FTZ / 一带一路 Excel workbooks made with openpyxl,
re-saved by LibreOffice (formula results cached), plus expected.json.

Files (next to this script):
  blind96_四川_制度创新成果汇总表.xlsx        片区 成果汇总: SUM 合计/小计, 序号 by formula, hyperlink, two tables on one sheet
  blind96_河南_中欧班列运营补贴测算表.xlsx    省商务厅 补贴测算: 16 columns, two-row header, numbers as text and numbers, 说明 block
  blind96_重庆_境外经贸合作区重点项目清单2025年一季度.xlsx  no title row; second sheet 填表说明; hidden 下拉选项 sheet
Run: python make_blind96.py   (needs openpyxl and soffice)
"""
import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

HERE = Path(__file__).resolve().parent
RAW = HERE / "_raw"
RAW.mkdir(exist_ok=True)

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
TITLE_FONT = Font(name="方正小标宋简体", size=18)
HEAD_FONT = Font(name="黑体", size=11)
BODY_FONT = Font(name="仿宋_GB2312", size=11)
SUB_FONT = Font(name="黑体", size=12)


def boxrow(ws, r, c1, c2, font=BODY_FONT, align=CENTER):
    for c in range(c1, c2 + 1):
        cell = ws.cell(r, c)
        cell.border = BOX
        cell.font = font
        cell.alignment = align


expected = {}

# ---------------------------------------------------------------- (a) 片区 制度创新成果汇总表
wb = Workbook()
ws = wb.active
ws.title = "成果汇总"
TITLE_A = "中国（四川）自由贸易试验区成都天府新区片区2024年度制度创新成果汇总表"
ws.merge_cells("A1:H1")
ws["A1"] = TITLE_A
ws["A1"].font = TITLE_FONT
ws["A1"].alignment = CENTER
ws.row_dimensions[1].height = 40
ws.merge_cells("A2:E2")
ws["A2"] = "填报单位（盖章）：成都天府新区自贸试验区工作办公室"
ws.merge_cells("F2:H2")
ws["F2"] = "填报日期：2024年12月20日"
ws["A2"].font = BODY_FONT
ws["F2"].font = BODY_FONT
ws["F2"].alignment = Alignment(horizontal="right")
ws.merge_cells("A3:H3")
ws["A3"] = "一、制度创新成果"
ws["A3"].font = SUB_FONT
head1 = ["序号", "成果名称", "所属领域", "牵头单位", "形成时间", "惠及企业数（家）", "来源文件", "备注"]
for i, h in enumerate(head1, 1):
    ws.cell(4, i, h)
boxrow(ws, 4, 1, 8, HEAD_FONT)
rows1 = [
    ("跨境电商零售进口退货中心仓“区内直退”模式", "贸易便利化", "天府新区海关监管处", dt.date(2024, 3, 1), 126, "川自贸天府办〔2024〕7号", None),
    ("国际班列“一单制”提单物权化融资", "金融开放创新", "天府新区金融工作局", dt.date(2024, 5, 1), 43, "川自贸天府办〔2024〕12号", "与中国银行四川省分行联合试点"),
    ("外籍高层次人才工作许可“一窗通办”", "人才服务", "天府新区人才工作局", dt.date(2024, 6, 1), 218, "川自贸天府办〔2024〕15号", None),
    ("保税研发用料件“白名单”管理制度", "投资管理", "天府新区经济运行局", dt.date(2024, 8, 1), 17, "川自贸天府办〔2024〕21号", None),
    ("涉外商事纠纷“诉调仲”一站式化解机制", "法治保障", "天府中央法务区管委会", dt.date(2024, 9, 1), 64, "川自贸天府办〔2024〕26号", None),
    ("数据出境安全评估预辅导服务", "数字贸易", "天府新区网络安全和信息化办公室", dt.date(2024, 11, 1), 35, "川自贸天府办〔2024〕31号", "首批5家企业通过评估"),
]
r0 = 5
for k, (name, field, lead, when, n, src, note) in enumerate(rows1):
    r = r0 + k
    ws.cell(r, 1, "=ROW()-4")
    ws.cell(r, 2, name)
    ws.cell(r, 3, field)
    ws.cell(r, 4, lead)
    c = ws.cell(r, 5, when)
    c.number_format = 'yyyy"年"m"月"'
    ws.cell(r, 6, n).number_format = "#,##0"
    c = ws.cell(r, 7, src)
    c.hyperlink = f"http://www.tianfu.gov.cn/zmqzcwj/2024/{k + 1:03d}.html"
    c.font = Font(name="仿宋_GB2312", size=11, color="0563C1", underline="single")
    ws.cell(r, 8, note)
    boxrow(ws, r, 1, 6)
    boxrow(ws, r, 8, 8)
    ws.cell(r, 7).border = BOX
    ws.cell(r, 2).alignment = LEFT
rt = r0 + len(rows1)  # 合计 row
ws.merge_cells(start_row=rt, start_column=1, end_row=rt, end_column=5)
ws.cell(rt, 1, "合计")
ws.cell(rt, 6, f"=SUM(F{r0}:F{rt - 1})").number_format = "#,##0"
boxrow(ws, rt, 1, 8, HEAD_FONT)
TOTAL_A = sum(x[4] for x in rows1)

r2h = rt + 2
ws.merge_cells(start_row=r2h, start_column=1, end_row=r2h, end_column=8)
ws.cell(r2h, 1, "二、复制推广情况").font = SUB_FONT
head2 = ["序号", "成果名称", "推广范围", "推广方式", "推广时间", "推广单位数（个）", "依据文件", "备注"]
for i, h in enumerate(head2, 1):
    ws.cell(r2h + 1, i, h)
boxrow(ws, r2h + 1, 1, 8, HEAD_FONT)
rows2 = [
    ("跨境电商零售进口退货中心仓“区内直退”模式", "全省自贸试验区", "省自贸办发文推广", dt.date(2024, 7, 1), 11, "川自贸办〔2024〕18号", None),
    ("国际班列“一单制”提单物权化融资", "全省", "省政府发文推广", dt.date(2024, 10, 1), 21, "川府函〔2024〕203号", "纳入省级第七批改革试点经验"),
    ("外籍高层次人才工作许可“一窗通办”", "成都市", "市级部门复制", dt.date(2024, 9, 1), 23, "成自贸办〔2024〕9号", None),
    ("涉外商事纠纷“诉调仲”一站式化解机制", "全国", "商务部自贸区港建设司简报刊发", dt.date(2024, 12, 1), 1, "自贸试验区工作简报2024年第45期", None),
]
s0 = r2h + 2
for k, (name, scope, how, when, n, src, note) in enumerate(rows2):
    r = s0 + k
    ws.cell(r, 1, f"=ROW()-{s0 - 1}")
    ws.cell(r, 2, name)
    ws.cell(r, 3, scope)
    ws.cell(r, 4, how)
    ws.cell(r, 5, when).number_format = 'yyyy"年"m"月"'
    ws.cell(r, 6, n)
    ws.cell(r, 7, src)
    ws.cell(r, 8, note)
    boxrow(ws, r, 1, 8)
    ws.cell(r, 2).alignment = LEFT
rs = s0 + len(rows2)
ws.merge_cells(start_row=rs, start_column=1, end_row=rs, end_column=5)
ws.cell(rs, 1, "小计")
ws.cell(rs, 6, f"=SUM(F{s0}:F{rs - 1})")
boxrow(ws, rs, 1, 8, HEAD_FONT)
SUB_A = sum(x[4] for x in rows2)
ws.cell(rs + 2, 1, "填表人：王晓林        审核人：陈国栋        联系电话：028-68751234").font = BODY_FONT
for col, w in zip("ABCDEFGH", [6, 38, 14, 26, 12, 12, 24, 22]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A5"
ws.print_title_rows = "4:4"
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.oddFooter.center.text = "第 &P 页，共 &N 页"
fa = "blind96_四川_制度创新成果汇总表"
wb.save(RAW / f"{fa}.xlsx")


def ym(d):
    return f"{d.year}年{d.month}月"


cl = ["一、制度创新成果"]
for k, (name, field, lead, when, n, src, note) in enumerate(rows1):
    s = f"序号：{k + 1}；成果名称：{name}；所属领域：{field}；牵头单位：{lead}；形成时间：{ym(when)}；惠及企业数（家）：{n}；来源文件：{src}"
    if note:
        s += f"；备注：{note}"
    cl.append(s)
cl.append(f"序号：合计；惠及企业数（家）：{TOTAL_A}")
cl.append("二、复制推广情况")
for k, (name, scope, how, when, n, src, note) in enumerate(rows2):
    s = f"序号：{k + 1}；成果名称：{name}；推广范围：{scope}；推广方式：{how}；推广时间：{ym(when)}；推广单位数（个）：{n}；依据文件：{src}"
    if note:
        s += f"；备注：{note}"
    cl.append(s)
cl.append(f"序号：小计；推广单位数（个）：{SUB_A}")
expected[fa] = [{
    "meta": {"title": TITLE_A, "doc_number": None, "issuer": ["成都天府新区自贸试验区工作办公室"], "date": "2024-12-20",
             "level": "municipal", "region": "四川省成都市（天府新区片区）", "effective": None, "expires": None, "attachments": []},
    "clauses": cl,
    "_note": ("One sheet, one document, two tables. 填报单位/填报日期 row is metadata (issuer, date), not a clause; 填表人/审核人/联系电话 line and the "
              "page footer are furniture. 序号 is =ROW()-4 / =ROW()-N: the cached value (1..6, 1..4) must appear, never the formula text. 合计 = "
              f"{TOTAL_A}, 小计 = {SUB_A} must be the computed values (a row with 合计/小计 as a clause or as a row field is fine; dropping it loses an answer). "
              "Empty 备注 cells should be omitted, not printed as '备注：' or 'None'. 形成时间 is a date cell formatted yyyy年m月: '2024年3月' expected; "
              "'2024-03-01' tolerable, a serial number like 45352 is wrong. 来源文件 is a hyperlink: the shown text 川自贸天府办〔2024〕7号 must be kept (URL optional). "
              "The second table has its own header row under heading 二、复制推广情况; its rows must use ITS headers (推广范围…), not the first table's. "
              "The two section headings may be heading-kind clauses. The second table's rows must not apply to 全国 just because one row says 推广范围：全国; "
              "level municipal (片区 of Chengdu) or provincial is tolerable, region should mention 四川/成都.")
}]

# ---------------------------------------------------------------- (b) 省商务厅 中欧班列运营补贴测算表
wb = Workbook()
ws = wb.active
ws.title = "补贴测算"
TITLE_B = "2024年度中欧班列（郑州）运营补贴测算表"
NC = 16
ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=NC)
ws["A1"] = TITLE_B
ws["A1"].font = TITLE_FONT
ws["A1"].alignment = CENTER
ws.merge_cells("A2:H2")
ws["A2"] = "编制单位：河南省商务厅"
ws.merge_cells(start_row=2, start_column=13, end_row=2, end_column=NC)
ws.cell(2, 13, "金额单位：元（拟拨付额为万元）")
ws.cell(2, 13).alignment = Alignment(horizontal="right")
# two-row header
single = {1: "序号", 2: "运营企业", 3: "线路（口岸）", 10: "合计标箱（TEU）", 11: "补贴标准（元/TEU）", 12: "测算补贴额", 13: "上年补贴额", 14: "同比增减", 15: "拟拨付额（万元）", 16: "备注"}
for c, h in single.items():
    ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.cell(3, c, h)
ws.merge_cells("D3:F3"); ws["D3"] = "去程"
ws.merge_cells("G3:I3"); ws["G3"] = "回程"
for c, h in zip(range(4, 10), ["开行列数", "发运标箱（TEU）", "重箱率"] * 2):
    ws.cell(4, c, h)
boxrow(ws, 3, 1, NC, HEAD_FONT)
boxrow(ws, 4, 1, NC, HEAD_FONT)
# data: (企业, 线路, 去列, 去箱, 去率, 回列, 回箱, 回率, 标准, 上年, 备注, text_flags)
rowsB = [
    ("郑州国际陆港开发建设有限公司", "郑州—汉堡（阿拉山口）", 412, 41200, 0.962, 356, 35600, 0.915, 1500, 98_560_000, None),
    ("郑州国际陆港开发建设有限公司", "郑州—列日（二连浩特）", 128, 12800, 0.887, 96, 9600, 0.842, 1500, 30_120_000, "回程含跨境电商专列18列"),
    ("河南中豫国际港务集团有限公司", "郑州—阿拉木图（霍尔果斯）", 215, 21500, 0.934, 74, 7400, 0.652, 1200, 28_350_000, None),
    ("河南中豫国际港务集团有限公司", "郑州—莫斯科（满洲里）", 167, 16700, 0.908, 143, 14300, 0.811, 1200, 31_980_000, None),
    ("河南保税物流中心有限公司", "郑州—塔什干（霍尔果斯）", 58, 5800, 0.593, 21, 2100, 0.476, 1200, 0, "新开线路，去程重箱率低于60%，不予补贴"),
]
TEXT_ROWS = {1, 3}  # rows whose 开行列数/发运标箱/上年补贴额 were pasted as text with thousands separators
d0 = 5
calc = []
for k, (ent, line, gl, gx, gr, hl, hx, hr, std, last, note) in enumerate(rowsB):
    r = d0 + k
    ws.cell(r, 1, k + 1)
    ws.cell(r, 2, ent)
    ws.cell(r, 3, line)
    if k in TEXT_ROWS:
        ws.cell(r, 4, str(gl)); ws.cell(r, 5, f"{gx:,}"); ws.cell(r, 7, str(hl)); ws.cell(r, 8, f"{hx:,}")
        ws.cell(r, 13, f"{last:,}")
    else:
        ws.cell(r, 4, gl); ws.cell(r, 5, gx).number_format = "#,##0"; ws.cell(r, 7, hl); ws.cell(r, 8, hx).number_format = "#,##0"
        ws.cell(r, 13, last).number_format = "#,##0"
    ws.cell(r, 6, gr).number_format = "0.0%"
    ws.cell(r, 9, hr).number_format = "0.0%"
    teu = gx + hx
    # 合计标箱 typed as number (text rows make a formula unsafe) ; 测算补贴额 by formula
    ws.cell(r, 10, teu).number_format = "#,##0"
    ws.cell(r, 11, std).number_format = "#,##0"
    eligible = gr >= 0.6
    amt = teu * std if eligible else 0
    if eligible:
        ws.cell(r, 12, f"=J{r}*K{r}").number_format = "#,##0"
    else:
        ws.cell(r, 12, 0).number_format = "#,##0"
    yoy = None if not last or not amt else round(amt / last - 1, 4)
    if yoy is None:
        ws.cell(r, 14, "—")
    else:
        ws.cell(r, 14, f"=ROUND(L{r}/{last}-1,4)").number_format = "0.0%"
    ws.cell(r, 15, f"=ROUND(L{r}/10000,2)").number_format = "#,##0.00"
    ws.cell(r, 16, note)
    boxrow(ws, r, 1, NC)
    ws.cell(r, 2).alignment = LEFT
    calc.append((ent, line, gl, gx, gr, hl, hx, hr, teu, std, amt, last, yoy, round(amt / 10000, 2), note))
rtb = d0 + len(rowsB)
ws.merge_cells(start_row=rtb, start_column=1, end_row=rtb, end_column=3)
ws.cell(rtb, 1, "合计")
for c in (4, 5, 7, 8):
    ws.cell(rtb, c, f"=SUMPRODUCT(VALUE(SUBSTITUTE({get_column_letter(c)}{d0}:{get_column_letter(c)}{rtb - 1},\",\",\"\")))").number_format = "#,##0"
for c in (10, 12):
    ws.cell(rtb, c, f"=SUM({get_column_letter(c)}{d0}:{get_column_letter(c)}{rtb - 1})").number_format = "#,##0"
ws.cell(rtb, 15, f"=SUM(O{d0}:O{rtb - 1})").number_format = "#,##0.00"
boxrow(ws, rtb, 1, NC, HEAD_FONT)
TOT = dict(gl=sum(x[2] for x in calc), gx=sum(x[3] for x in calc), hl=sum(x[5] for x in calc), hx=sum(x[6] for x in calc),
           teu=sum(x[8] for x in calc), amt=sum(x[10] for x in calc), pay=round(sum(x[13] for x in calc), 2))
notesB = [
    "说明：",
    "1.补贴标准依据《河南省支持中欧班列（郑州）高质量发展若干措施》（豫商外贸〔2023〕15号）确定，经阿拉山口、二连浩特口岸出境的线路每标箱补贴1500元，其余线路每标箱补贴1200元。",
    "2.单条线路年度去程重箱率低于60%的，该线路当年不予补贴；回程班列按去程同一标准测算。",
    "3.表中开行列数、发运标箱数据截至2024年11月30日，12月数据按前11个月月均数预估，最终以郑州海关报关数据为准清算。",
    "4.拟拨付额在省级外经贸发展专项资金中列支，年度补贴总额不超过2亿元，超出部分按比例核减。",
]
nb = rtb + 2
for i, t in enumerate(notesB):
    ws.merge_cells(start_row=nb + i, start_column=1, end_row=nb + i, end_column=NC)
    ws.cell(nb + i, 1, t).font = BODY_FONT
    ws.cell(nb + i, 1).alignment = LEFT
ws.cell(nb + len(notesB) + 1, 1, "制表：对外贸易处  复核：财务处").font = BODY_FONT
ws.cell(nb + len(notesB) + 1, 12, "2024年12月10日").font = BODY_FONT
widths = [5, 26, 24, 8, 11, 8, 8, 11, 8, 11, 10, 14, 14, 9, 11, 26]
for i, w in enumerate(widths, 1):
    ws.column_dimensions[get_column_letter(i)].width = w
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = "3:4"
ws.freeze_panes = "D5"
fb = "blind96_河南_中欧班列运营补贴测算表"
wb.save(RAW / f"{fb}.xlsx")


def pct(x):
    return f"{x * 100:.1f}%"


clB = []
for k, (ent, line, gl, gx, gr, hl, hx, hr, teu, std, amt, last, yoy, pay, note) in enumerate(calc):
    s = (f"序号：{k + 1}；运营企业：{ent}；线路（口岸）：{line}；去程开行列数：{gl}；去程发运标箱（TEU）：{gx:,}；去程重箱率：{pct(gr)}；"
         f"回程开行列数：{hl}；回程发运标箱（TEU）：{hx:,}；回程重箱率：{pct(hr)}；合计标箱（TEU）：{teu:,}；补贴标准（元/TEU）：{std:,}；"
         f"测算补贴额：{amt:,}；上年补贴额：{last:,}；同比增减：{'—' if yoy is None else pct(yoy)}；拟拨付额（万元）：{pay:,.2f}")
    if note:
        s += f"；备注：{note}"
    clB.append(s)
clB.append(f"序号：合计；去程开行列数：{TOT['gl']}；去程发运标箱（TEU）：{TOT['gx']:,}；回程开行列数：{TOT['hl']}；回程发运标箱（TEU）：{TOT['hx']:,}；"
           f"合计标箱（TEU）：{TOT['teu']:,}；测算补贴额：{TOT['amt']:,}；拟拨付额（万元）：{TOT['pay']:,.2f}")
clB += notesB[1:]
expected[fb] = [{
    "meta": {"title": TITLE_B, "doc_number": None, "issuer": ["河南省商务厅"], "date": "2024-12-10", "level": "provincial",
             "region": "河南省", "effective": None, "expires": None, "attachments": [],
             "cites": ["豫商外贸〔2023〕15号"]},
    "clauses": clB,
    "_note": ("16-column landscape table with a two-row header: 去程/回程 are merged group cells over 开行列数/发运标箱（TEU）/重箱率, so the headers should "
              "combine as 去程开行列数 / 回程开行列数 (or '去程-开行列数'); giving both groups the bare name '开行列数' makes 去程 and 回程 indistinguishable (medium), "
              "and a row of '去程；回程' as a data row is wrong. Rows 2 and 4 hold numbers as TEXT with thousands separators ('12,800'), the others as numbers "
              "formatted #,##0: both should read the same way ('12,800' or '12800' either is fine, consistent per column preferred). 重箱率 cells are 0.887 "
              "formatted 0.0%: '88.7%' expected, '0.887' tolerable-low, '0.8870000000000001' wrong. 测算补贴额/同比增减/拟拨付额 are formulas: cached values expected. "
              "合计 row uses SUMPRODUCT over text+number cells; its cached value should appear. 编制单位 row → issuer; 金额单位 note and 制表/复核 line are furniture "
              "(the 单位 could be folded into headers, optional). The 说明 block (4 numbered lines under the table) must be clauses — '说明：' alone is a heading, not a clause. "
              "Date 2024-12-10 from the 制表 line. The document cites 豫商外贸〔2023〕15号 in note 1: that is a cited basis, NOT this file's 文号.")
}]

# ---------------------------------------------------------------- (c) 无标题行 清单 + 填表说明
wb = Workbook()
ws = wb.active
ws.title = "项目清单"
headC = ["序号", "所在区县", "项目名称", "所在国家", "依托合作区", "投资主体", "计划总投资（万美元）", "建设阶段", "预计投产时间", "联系人及电话"]
for i, h in enumerate(headC, 1):
    ws.cell(1, i, h)
boxrow(ws, 1, 1, len(headC), HEAD_FONT)
rowsC = [
    ("两江新区", "匈牙利中欧商贸物流合作园区重庆分拨中心", "匈牙利", "中欧商贸物流合作园区", "重庆渝新欧物流集团有限公司", 3650.00, "在建", dt.date(2025, 9, 1), "刘明 023-67123456"),
    ("九龙坡区", "印度尼西亚摩托车整车组装基地二期", "印度尼西亚", "中国·印尼经贸合作区", "重庆隆鑫机车有限公司", 5200.50, "前期", dt.date(2026, 6, 1), "赵倩 023-68451122"),
    ("江津区", "越南北江省汽摩零部件产业园", "越南", "越南龙江工业园", "重庆宗申动力机械股份有限公司", 2800.00, "投产", dt.date(2024, 12, 1), "孙伟 023-47556789"),
    ("渝北区", "泰国罗勇新能源汽车KD工厂", "泰国", "泰中罗勇工业园", "重庆长安汽车股份有限公司", 12500.00, "在建", dt.date(2025, 11, 1), "周敏 023-67890021"),
    ("沙坪坝区", "哈萨克斯坦霍尔果斯跨境物流仓", "哈萨克斯坦", "中哈霍尔果斯国际边境合作中心", "重庆国际物流集团有限公司", 980.75, "前期", dt.date(2026, 3, 1), None),
]
for k, (area, name, ctry, zone, inv_by, amt, stage, when, man) in enumerate(rowsC):
    r = 2 + k
    vals = [k + 1, area, name, ctry, zone, inv_by, amt, stage, when, man]
    for i, v in enumerate(vals, 1):
        ws.cell(r, i, v)
    ws.cell(r, 7).number_format = "#,##0.00"
    ws.cell(r, 9).number_format = 'yyyy"年"m"月"'
    boxrow(ws, r, 1, len(headC))
for col, w in zip("ABCDEFGHIJ", [6, 10, 36, 12, 26, 30, 14, 10, 12, 20]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A2"
ws.auto_filter.ref = f"A1:J{1 + len(rowsC)}"
# hidden lookup sheet for the 建设阶段 drop-down (typical template)
hid = wb.create_sheet("下拉选项")
for i, v in enumerate(["前期", "在建", "投产", "暂停"], 1):
    hid.cell(i, 1, v)
hid.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=下拉选项!$A$1:$A$4", allow_blank=True)
ws.add_data_validation(dv)
dv.add(f"H2:H{1 + len(rowsC)}")
# 填表说明 sheet
ins = wb.create_sheet("填表说明")
insC = [
    "填表说明",
    "一、本表由各区县商务主管部门填报，于每季度首月10日前报送市商务委对外投资和经济合作处，电子版同时发送至 dwtz@sww.cq.gov.cn。",
    "二、“计划总投资”以万美元为单位，保留两位小数；以人民币计价的项目按填报当月1日中国人民银行公布的中间价折算。",
    "三、“建设阶段”从下拉选项中选择“前期”“在建”“投产”“暂停”之一，不得自行填写其他内容。",
    "四、“依托合作区”填写经商务部、财政部确认考核的境外经贸合作区全称；未依托合作区的填“无”。",
    "五、本季度新增项目请在“备注”中注明“新增”；已填报项目信息发生变化的，请用红色字体标注变化内容。",
]
for i, t in enumerate(insC, 1):
    ins.cell(i, 1, t).font = SUB_FONT if i == 1 else BODY_FONT
    ins.cell(i, 1).alignment = LEFT
ins.column_dimensions["A"].width = 110
fc = "blind96_重庆_境外经贸合作区重点项目清单2025年一季度"
wb.save(RAW / f"{fc}.xlsx")

clC = []
for k, (area, name, ctry, zone, inv_by, amt, stage, when, man) in enumerate(rowsC):
    s = (f"序号：{k + 1}；所在区县：{area}；项目名称：{name}；所在国家：{ctry}；依托合作区：{zone}；投资主体：{inv_by}；"
         f"计划总投资（万美元）：{amt:,.2f}；建设阶段：{stage}；预计投产时间：{ym(when)}")
    if man:
        s += f"；联系人及电话：{man}"
    clC.append(s)
expected[fc] = [
    {"meta": {"title": "境外经贸合作区重点项目清单2025年一季度", "doc_number": None, "issuer": [], "date": None, "level": "provincial",
              "region": "重庆市", "effective": None, "expires": None, "attachments": []},
     "clauses": clC,
     "_note": ("Sheet 项目清单 has NO title row: row 1 is the header. The title must come from the file name (without the 'blind96_重庆_' prefix ideally; "
               "with it tolerable-low); the header row itself must not become the title, and the first data row must not be lost as a 'title'. "
               "Region 重庆市 (直辖市, so level provincial) from the file name (and 023 phone numbers / 市商务委 in 填表说明). 计划总投资 3650 formatted #,##0.00 → '3,650.00' or '3650' fine. "
               "预计投产时间 is a date cell: '2025年9月' expected, '2025-09-01' tolerable. Empty 联系人 in row 5 omitted. The hidden sheet 下拉选项 "
               "(前期/在建/投产/暂停) must NOT be read. Issuer/date unknown: leaving them empty is right; inventing an issuer is wrong.")},
    {"meta": {"title": "填表说明", "doc_number": None, "issuer": ["重庆市商务委员会"], "date": None, "level": "provincial", "region": "重庆市",
              "effective": None, "expires": None, "attachments": []},
     "clauses": insC[1:],
     "_note": ("Sheet 填表说明 has its own title line. Per the reader's rule it becomes a separate document; an analyst would prefer it tied to the list "
               "(e.g. title '境外经贸合作区重点项目清单2025年一季度 填表说明' or its items as clauses of the first document) — a bare title '填表说明' with no "
               "context is tolerable-medium. Its five 一、…五、 items are clauses; the e-mail address is content, not furniture.")},
]

(HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2), encoding="utf-8")

# ---------------------------------------------------------------- re-save through LibreOffice (caches formula results)
for f in sorted(RAW.glob("*.xlsx")):
    subprocess.run(["soffice", "--headless", "--calc", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(HERE), str(f)],
                   check=True, capture_output=True, timeout=180)
    assert (HERE / f.name).exists(), f
shutil.rmtree(RAW)
print("wrote", sorted(p.name for p in HERE.glob("blind96_*.xlsx")))
