# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 93: Excel workbooks (.xlsx) of the kind FTZ / 商务 offices publish.

Writes next to itself:
  blind93_hunan_policylist.xlsx    湖南省商务厅 2024年中国（湖南）自贸试验区惠企政策清单
  blind93_changsha_taskdivision.xlsx 长沙片区 重点任务分工表 (sheets 2024年/2025年 + hidden 下拉选项)
  blind93_hunan_rendingmingdan.xlsx 跨境电商示范企业认定名单 (USCC as text, money as numbers)
and expected.json.  All numbers and details fictional.
"""
import datetime as dt
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
HEADFILL = PatternFill("solid", fgColor="D9E1F2")


def title(ws, text, ncol, row=1, size=18):
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
    c = ws.cell(row=row, column=1, value=text)
    c.font = Font(name="方正小标宋简体", size=size)
    c.alignment = CENTER
    ws.row_dimensions[row].height = 36


def boxed(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BOX


def fmtdate(d):
    return f"{d.year}年{d.month}月{d.day}日"


expected = {}

# ---------------------------------------------------------------- (a) 惠企政策清单
wb = Workbook()
ws = wb.active
ws.title = "惠企政策清单"
HDR_A = ["序号", "政策类别", "政策名称", "文号", "主要内容", "适用范围", "有效期至", "咨询电话"]
TITLE_A = "2024年中国（湖南）自由贸易试验区惠企政策清单"
title(ws, TITLE_A, len(HDR_A))
ws.merge_cells("A2:H2")
ws["A2"] = "发布单位：湖南省商务厅（中国（湖南）自由贸易试验区工作办公室）　　　　发布日期：2024年3月15日"
ws["A2"].font = Font(name="仿宋_GB2312", size=11)
ws["A2"].alignment = Alignment(horizontal="right", vertical="center")
for i, h in enumerate(HDR_A, 1):
    c = ws.cell(row=3, column=i, value=h)
    c.font = Font(name="黑体", size=11, bold=True)
    c.alignment = CENTER
    c.fill = HEADFILL
ROWS_A = [
    ("贸易便利化", "关于支持中国（湖南）自由贸易试验区开展进口贸易促进创新示范的若干措施", "湘商发〔2023〕21号",
     "1.对年进口额首次突破5000万美元的自贸试验区企业，给予一次性奖励30万元；\n2.对新获批的进口贸易促进创新示范区，给予运营主体100万元支持；\n3.对开展大宗商品进口“保税+”业务的企业，按实际进口额的0.2%给予补助，单个企业最高50万元。",
     "中国（湖南）自由贸易试验区长沙、岳阳、郴州片区内注册的进口贸易企业", dt.date(2025, 12, 31), "0731-82286011"),
    ("贸易便利化", "中国（湖南）自由贸易试验区通关便利化十条措施", "湘自贸办发〔2023〕8号",
     "推行“提前申报、两段准入、抵港直装”；对AEO高级认证企业给予一次性奖励10万元；\n对在长沙黄花综合保税区开展“船边直提”的企业，按每标箱200元给予物流补贴。",
     "自贸试验区内进出口企业", dt.date(2024, 12, 31), "0731-82286015"),
    ("贸易便利化", "湖南省支持中非经贸深度合作先行区建设若干政策", "湘政办发〔2023〕30号",
     "对开展对非贸易且年进出口额超过1亿元的企业，按增量部分的1%给予奖励，最高200万元；\n支持建设非洲非资源性产品集散交易加工中心。",
     "全省，重点为长沙片区", dt.date(2026, 6, 30), "0731-82286023"),
    ("跨境电商", "中国（湖南）自由贸易试验区跨境电子商务发展扶持办法", "湘商电商〔2024〕3号",
     "1.对新设立海外仓且面积不少于3000平方米的企业，按建设投入的20%给予补贴，最高300万元；\n2.对跨境电商B2B出口（9710、9810）年交易额超过1000万美元的企业，奖励50万元；\n3.对跨境电商独立站建设给予一次性补贴5万元。",
     "自贸试验区内跨境电商企业及服务商", dt.date(2025, 12, 31), "0731-82286032"),
    ("跨境电商", "郴州片区跨境电商产业园入驻优惠政策", "郴自贸发〔2024〕2号",
     "入驻企业三年内免收办公用房租金；\n年度跨境电商交易额首次突破1亿元的，一次性奖励20万元。",
     "郴州片区跨境电商产业园入驻企业", dt.date(2026, 12, 31), "0735-2881206"),
    ("金融支持", "中国（湖南）自由贸易试验区跨境人民币结算便利化措施", "长银发〔2023〕45号",
     "优质企业跨境人民币结算凭《跨境业务人民币结算收/付款说明》直接办理；\n对跨境人民币结算量同比增长30%以上的企业给予贷款贴息，贴息比例不超过50%。",
     "自贸试验区内优质企业", dt.date(2025, 6, 30), "0731-84896502"),
    ("金融支持", "湖南省外贸企业出口信用保险保费补贴实施细则", "湘财外〔2024〕6号",
     "对中小微外贸企业投保短期出口信用保险的，按实际缴纳保费的50%给予补贴；\n对“一带一路”沿线国家出口业务补贴比例提高至70%。",
     "全省外贸企业", dt.date(2025, 12, 31), "0731-85165218"),
    ("人才引进", "岳阳片区高层次人才引进“巴陵英才”十条", "岳自贸发〔2023〕11号",
     "对引进的国际化高端人才给予最高100万元安家补贴；\n对外籍人才办理工作许可实行“不见面审批”，5个工作日内办结。",
     "岳阳片区内注册企业引进的人才", "长期有效", "0730-8881356"),
]
r0 = 4
for k, (cat, name, no, content, scope, until, tel) in enumerate(ROWS_A, 1):
    r = r0 + k - 1
    vals = [k, cat, name, no, content, scope, until, tel]
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=r, column=i, value=v)
        c.alignment = WRAP if i in (3, 5, 6) else CENTER
        c.font = Font(name="仿宋_GB2312", size=10)
    if isinstance(until, dt.date):
        ws.cell(row=r, column=7).number_format = "yyyy年m月d日"
    ws.row_dimensions[r].height = 90
# merge 政策类别 down
ws.merge_cells("B4:B6"); ws.merge_cells("B7:B8"); ws.merge_cells("B9:B10")
last = r0 + len(ROWS_A) - 1
boxed(ws, 3, last, 1, 8)
note_r = last + 1
ws.merge_cells(start_row=note_r, start_column=1, end_row=note_r, end_column=8)
NOTE_A = "注：1.本清单所列政策以原文件为准，申报条件及程序详见各政策原文；2.同一事项符合多项政策的，按照“从高不重复”原则执行；3.清单每半年动态更新一次。"
ws.cell(row=note_r, column=1, value=NOTE_A).alignment = WRAP
ws.row_dimensions[note_r].height = 40
for col, w in zip("ABCDEFGH", [6, 12, 30, 20, 60, 26, 14, 16]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A4"
ws.print_title_rows = "3:3"
ws.oddFooter.center.text = "第 &P 页，共 &N 页"
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
fn = os.path.join(HERE, "blind93_hunan_policylist.xlsx")
wb.save(fn)

clauses_a = []
for k, (cat, name, no, content, scope, until, tel) in enumerate(ROWS_A, 1):
    u = fmtdate(until) if isinstance(until, dt.date) else until
    clauses_a.append(f"序号：{k}；政策类别：{cat}；政策名称：{name}；文号：{no}；主要内容：{content}；适用范围：{scope}；有效期至：{u}；咨询电话：{tel}")
clauses_a.append(NOTE_A)
expected["blind93_hunan_policylist"] = [{
    "meta": {"title": TITLE_A, "doc_number": None, "issuer": ["湖南省商务厅", "中国（湖南）自由贸易试验区工作办公室"],
             "date": "2024-03-15", "level": "provincial", "region": "湖南省", "effective": None, "expires": None,
             "attachments": [], "sheet": "惠企政策清单"},
    "clauses": clauses_a,
    "_note": "Furniture: title row (→ title), 发布单位/日期 line (→ issuer/date, not a clause), header row, Excel page footer. "
             "A policy analyst expects one clause per policy row carrying its 政策类别 even in the rows below a merged-down cell (rows 2–3 are 贸易便利化, 5 跨境电商, 7 金融支持), "
             "有效期至 as a date (2025年12月31日 or 2025-12-31 fine; Excel serial 46022 or '2025-12-31 00:00:00' is not), the line breaks inside 主要内容 kept or turned into spaces (not splitting a row into several clauses), "
             "the 文号 in each row is that policy's, not the list's doc_number. The 注 row is one clause (or three items) and not a table row. "
             "Per-row 有效期至 must not become the document's expires. Region: 湖南省 (rows name 长沙/岳阳/郴州片区 — row-level applies is a bonus)."}]

# ---------------------------------------------------------------- (b) 重点任务分工表
wb = Workbook()
HDR_B_TOP = ["序号", "任务类别", "重点任务", "具体措施", "责任单位", None, "完成时限", "完成进度", "推进状态"]
HDR_B_SUB = [None, None, None, None, "牵头单位", "配合单位", None, None, None]
TASKS = {
    "2024年": ("中国（湖南）自由贸易试验区长沙片区2024年重点任务分工表", [
        ("投资自由化便利化", "深化商事制度改革", "推行经营主体登记“一照多址”“一证多址”，实现开办企业0.5个工作日办结。", "长沙片区管理办公室", "长沙市市场监管局、长沙市数据资源局", "2024年6月底前", 1.0, "已完成"),
        ("投资自由化便利化", "扩大外资准入", "落实外商投资准入负面清单，年内新设外资企业不少于60家，实际使用外资同比增长10%。", "长沙市商务局", "长沙经开区、雨花经开区、黄花综保区", "2024年12月底前", 0.85, "推进中"),
        ("贸易转型升级", "建设中非经贸合作公共服务平台", "完善中非经贸博览会常设展馆功能，年内新增对非贸易备案企业200家。", "长沙市商务局", "高桥大市场、长沙海关", "2024年12月底前", 0.7, "推进中"),
        ("贸易转型升级", "发展跨境电商", "支持建设海外仓10个以上，跨境电商进出口额突破300亿元。", "长沙市商务局", "长沙海关、长沙片区各区块", "2024年12月底前", 0.6, "推进中"),
        ("金融开放创新", "开展本外币合一银行结算账户体系试点", "推动辖内5家以上银行开展试点，开立本外币合一账户不少于1000户。", "中国人民银行湖南省分行", "国家外汇管理局湖南省分局、长沙市委金融办", "2024年9月底前", 0.0, "未启动"),
    ]),
    "2025年": ("中国（湖南）自由贸易试验区长沙片区2025年重点任务分工表", [
        ("制度型开放", "对接高标准经贸规则", "探索在数字贸易、知识产权保护等领域开展压力测试，形成制度创新成果10项。", "长沙片区管理办公室", "长沙市司法局、长沙市市场监管局", "2025年12月底前", 0.25, "推进中"),
        ("制度型开放", "建设“一带一路”法律服务中心", "引进境外律师事务所代表机构2家，设立国际商事调解中心。", "长沙市司法局", "长沙市中级人民法院、长沙仲裁委员会", "2025年10月底前", 0.4, "推进中"),
        ("产业发展", "打造工程机械二手设备出口基地", "年出口二手工程机械不少于3000台，出口额达到15亿元。", "长沙市商务局", "长沙经开区、长沙海关", "2025年12月底前", 0.15, "推进中"),
        ("产业发展", "发展保税维修和再制造", "支持黄花综保区企业开展航空器材、工程机械保税维修业务。", "黄花综保区管委会", "长沙海关、长沙市工信局", "2025年6月底前", 0.0, "未启动"),
    ]),
}
first = True
clauses_b_docs = []
for sheet, (ttl, rows) in TASKS.items():
    ws = wb.active if first else wb.create_sheet(sheet)
    ws.title = sheet
    first = False
    title(ws, ttl, 9)
    for i, h in enumerate(HDR_B_TOP, 1):
        if h is not None:
            ws.cell(row=2, column=i, value=h)
    for i, h in enumerate(HDR_B_SUB, 1):
        if h is not None:
            ws.cell(row=3, column=i, value=h)
    for col in "ABCDGHI":
        ws.merge_cells(f"{col}2:{col}3")
    ws.merge_cells("E2:F2")
    for r in (2, 3):
        for i in range(1, 10):
            c = ws.cell(row=r, column=i); c.font = Font(name="黑体", bold=True); c.alignment = CENTER; c.fill = HEADFILL
    for k, row in enumerate(rows, 1):
        r = 3 + k
        vals = [k] + list(row)
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP if i in (3, 4, 5, 6) else CENTER
        ws.cell(row=r, column=8).number_format = "0%"
        ws.row_dimensions[r].height = 60
    # merge 任务类别 down in pairs of same value
    r = 4
    while r < 4 + len(rows):
        s = r
        while r + 1 < 4 + len(rows) and rows[r + 1 - 4][0] == rows[s - 4][0]:
            r += 1
        if r > s:
            ws.merge_cells(f"B{s}:B{r}")
        r += 1
    boxed(ws, 2, 3 + len(rows), 1, 9)
    dv = DataValidation(type="list", formula1="=下拉选项!$A$1:$A$3", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"I4:I{3 + len(rows)}")
    for col, w in zip("ABCDEFGHI", [6, 14, 22, 48, 20, 28, 16, 10, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    cl = []
    for k, row in enumerate(rows, 1):
        cat, task, meas, lead, coop, due, pct, st = row
        cl.append(f"序号：{k}；任务类别：{cat}；重点任务：{task}；具体措施：{meas}；牵头单位：{lead}；配合单位：{coop}；完成时限：{due}；完成进度：{round(pct * 100)}%；推进状态：{st}")
    clauses_b_docs.append({
        "meta": {"title": ttl, "doc_number": None, "issuer": ["中国（湖南）自由贸易试验区长沙片区管理办公室"],
                 "date": None, "level": "municipal", "region": "湖南省长沙市", "effective": None, "expires": None,
                 "attachments": [], "sheet": sheet},
        "clauses": cl,
        "_note": "Sheet of its own with its own title row; one document per sheet expected (one document holding both tables, each table's rows intact and its title kept, is tolerable). "
                 "Two-row header: 责任单位 spans 牵头单位/配合单位 — clauses should say 牵头单位：… and 配合单位：… (或 责任单位-牵头单位); the merged-down headers (序号, 完成进度 …) must not be empty/duplicated. "
                 "完成进度 as 100%/85%/0% — 0.85 or 1 is a wrong answer (medium-high). 任务类别 merged down must be carried to every row. "
                 "Hidden sheet 下拉选项 (已完成/推进中/未启动) must not show up as a document or clauses. Issuer is not printed on the sheet: inferring 长沙片区 from the title is a bonus; date unknown."})
ws = wb.create_sheet("下拉选项")
for i, v in enumerate(["已完成", "推进中", "未启动"], 1):
    ws.cell(row=i, column=1, value=v)
ws.sheet_state = "hidden"
fn = os.path.join(HERE, "blind93_changsha_taskdivision.xlsx")
wb.save(fn)
expected["blind93_changsha_taskdivision"] = clauses_b_docs

# ---------------------------------------------------------------- (c) 认定名单
wb = Workbook()
ws = wb.active
ws.title = "认定名单"
TITLE_C = "2024年度中国（湖南）自由贸易试验区跨境电商示范企业认定名单"
HDR_C = ["序号", "企业名称", "统一社会信用代码", "所属片区", "主营业务", "2023年跨境电商交易额（万元）", "奖补金额（万元）"]
title(ws, TITLE_C, 7, size=16)
ws.merge_cells("A2:G2")
ws["A2"] = "湖南省商务厅　　2024年11月20日"
ws["A2"].alignment = Alignment(horizontal="right")
for i, h in enumerate(HDR_C, 1):
    c = ws.cell(row=3, column=i, value=h); c.font = Font(name="黑体", bold=True); c.alignment = CENTER; c.fill = HEADFILL
ROWS_C = [
    ("湖南湘非国际贸易有限公司", "914301007533221456", "长沙片区", "对非日用消费品B2B出口", 18650.5, 50),
    ("长沙跨境优品供应链管理有限公司", "91430100MA4QX7RT2K", "长沙片区", "跨境电商海外仓及物流服务", 9320.0, 30),
    ("岳阳城陵矶港跨境电商产业发展有限公司", "91430600MA4R2K8L5D", "岳阳片区", "跨境电商进口（1210保税备货）", 12408.75, 30),
    ("郴州湘南国际物流园有限公司", "914310003385002177", "郴州片区", "跨境电商B2B出口及监管场所运营", 6780.2, 20),
    ("湖南中南工程机械跨境贸易有限公司", "91430100MA4PHB6X9W", "长沙片区", "二手工程机械跨境电商出口", 25100.0, 50),
]
for k, row in enumerate(ROWS_C, 1):
    r = 3 + k
    for i, v in enumerate([k] + list(row), 1):
        c = ws.cell(row=r, column=i, value=v)
        c.alignment = CENTER if i != 2 else WRAP
    ws.cell(row=r, column=3).number_format = "@"
    ws.cell(row=r, column=6).number_format = "#,##0.00"
    ws.cell(row=r, column=7).number_format = "#,##0"
tot_r = 4 + len(ROWS_C)
ws.merge_cells(start_row=tot_r, start_column=1, end_row=tot_r, end_column=5)
ws.cell(row=tot_r, column=1, value="合计").alignment = CENTER
tot_amt = sum(r[4] for r in ROWS_C); tot_sub = sum(r[5] for r in ROWS_C)
ws.cell(row=tot_r, column=6, value=tot_amt).number_format = "#,##0.00"
ws.cell(row=tot_r, column=7, value=tot_sub).number_format = "#,##0"
boxed(ws, 3, tot_r, 1, 7)
for col, w in zip("ABCDEFG", [6, 36, 24, 12, 30, 18, 14]):
    ws.column_dimensions[col].width = w
fn = os.path.join(HERE, "blind93_hunan_rendingmingdan.xlsx")
wb.save(fn)
cl = []
for k, (nm, code, zone, biz, amt, sub) in enumerate(ROWS_C, 1):
    cl.append(f"序号：{k}；企业名称：{nm}；统一社会信用代码：{code}；所属片区：{zone}；主营业务：{biz}；2023年跨境电商交易额（万元）：{amt:,.2f}；奖补金额（万元）：{sub:,}")
cl.append(f"合计；2023年跨境电商交易额（万元）：{tot_amt:,.2f}；奖补金额（万元）：{tot_sub:,}")
expected["blind93_hunan_rendingmingdan"] = [{
    "meta": {"title": TITLE_C, "doc_number": None, "issuer": ["湖南省商务厅"], "date": "2024-11-20", "level": "provincial",
             "region": "湖南省", "effective": None, "expires": None, "attachments": [], "sheet": "认定名单"},
    "clauses": cl,
    "_note": "统一社会信用代码 is text and must come through exactly (914301007533221456, not 9.14301007533221E+17 or ...456.0). "
             "Money: 18,650.50 / 18650.5 both fine, 50 not 50.0 (low). The 合计 row is a table row (tolerable to drop, but then the total is lost: low). "
             "Row-level 所属片区 → applies_to 长沙/岳阳/郴州片区 would be ideal; document-level 湖南省."}]

with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok")
