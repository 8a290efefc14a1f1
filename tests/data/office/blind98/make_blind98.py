# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 98: three fictional FTZ / 一带一路 spreadsheets (openpyxl, re-saved by LibreOffice Calc).

(a) 山东省自贸办 cross-tab: 片区 × years under 实际使用外资 / 进出口总额, three-level header, 合计 row,
    数据来源 line left and 单位 line right above the table, plus a hidden sheet.
(b) 湖北自贸试验区武汉片区 政策兑现台账: hidden rows + hidden columns, 批注, #DIV/0!, 是/否, wrapped texts,
    a second table opened by a repeated 序号 header.
(c) 陕西省发改委 一带一路 重点项目清单: merged category rows between groups, 序号 restarting per group,
    and a second sheet 储备项目 with its own title.
"""
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
TITLE = Font(name="方正小标宋简体", size=18)
HEAD = Font(name="黑体", size=11)
BODY = Font(name="仿宋_GB2312", size=11)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(horizontal="left", vertical="center", wrap_text=True)


def page(ws, landscape=True, title_rows=None):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    if title_rows:
        ws.print_title_rows = title_rows


def box(ws, r1, r2, c1, c2, font=BODY, align=CENTER):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            cell = ws.cell(r, c)
            cell.border = BOX
            cell.font = font
            cell.alignment = align


# ---------------------------------------------------------------- (a) 山东 cross-tab
def make_a(out):
    wb = Workbook()
    ws = wb.active
    ws.title = "分片区统计"
    ncol = 9
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "2021—2024年中国（山东）自由贸易试验区各片区利用外资和进出口情况统计表"
    ws["A1"].font = TITLE
    ws["A1"].alignment = CENTER
    ws.row_dimensions[1].height = 40
    ws.merge_cells("A2:F2")
    ws["A2"] = "数据来源：省商务厅、济南海关、青岛海关，各片区管委会报送"
    ws["A2"].font = BODY
    ws.merge_cells("H2:I2")
    ws["H2"] = "单位：亿元"
    ws["H2"].font = BODY
    ws["H2"].alignment = Alignment(horizontal="right")
    # three-level header rows 3-5
    ws.merge_cells("A3:A5"); ws["A3"] = "片区"
    ws.merge_cells("B3:I3"); ws["B3"] = "主要开放型经济指标"
    ws.merge_cells("B4:E4"); ws["B4"] = "实际使用外资"
    ws.merge_cells("F4:I4"); ws["F4"] = "进出口总额"
    years = ["2021年", "2022年", "2023年", "2024年"]
    for i, y in enumerate(years * 2):
        ws.cell(5, 2 + i, y)
    box(ws, 3, 5, 1, ncol, font=HEAD)
    data = [
        ("济南片区", [9.86, 12.41, 14.07, 15.32], [612.5, 705.3, 748.9, 803.6]),
        ("青岛片区", [21.35, 24.80, 26.12, 27.94], [2036.8, 2311.4, 2402.7, 2588.1]),
        ("烟台片区", [7.42, 8.15, 9.63, 10.28], [487.2, 533.6, 571.0, 602.4]),
    ]
    r = 6
    for name, fdi, trade in data:
        ws.cell(r, 1, name)
        for i, v in enumerate(fdi + trade):
            ws.cell(r, 2 + i, v).number_format = "0.00"
        r += 1
    ws.cell(r, 1, "合计")
    for c in range(2, ncol + 1):
        L = get_column_letter(c)
        ws.cell(r, c, f"=SUM({L}6:{L}8)").number_format = "0.00"
    box(ws, 6, r, 1, ncol)
    ws.cell(r + 1, 1, "注：1.实际使用外资按人民币计；2.2024年数据为快报数，以统计年鉴为准；3.合计数因四舍五入可能与分项之和略有出入。")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=ncol)
    ws.cell(r + 1, 1).alignment = WRAP
    ws.row_dimensions[r + 1].height = 32
    ws.cell(r + 2, 1, "填报单位：山东省自由贸易试验区工作办公室")
    ws.merge_cells(start_row=r + 2, start_column=1, end_row=r + 2, end_column=5)
    ws.cell(r + 2, 7, "填报日期：2025年2月18日")
    ws.merge_cells(start_row=r + 2, start_column=7, end_row=r + 2, end_column=ncol)
    ws.column_dimensions["A"].width = 14
    for c in range(2, ncol + 1):
        ws.column_dimensions[get_column_letter(c)].width = 11
    ws.freeze_panes = "B6"
    page(ws, title_rows="3:5")
    # hidden working sheet
    h = wb.create_sheet("测算底稿")
    h["A1"] = "内部测算底稿（不对外）"
    h["A2"] = "片区"; h["B2"] = "2024年外资增速"
    for i, (name, fdi, _) in enumerate(data):
        h.cell(3 + i, 1, name); h.cell(3 + i, 2, f"=分片区统计!E{6+i}/分片区统计!D{6+i}-1")
    h.sheet_state = "hidden"
    wb.save(out)
    rows = []
    for name, fdi, trade in data:
        rows.append("片区：%s；" % name + "；".join(
            [f"主要开放型经济指标 实际使用外资 {y}：{v:.2f}" for y, v in zip(years, fdi)]
            + [f"主要开放型经济指标 进出口总额 {y}：{v:.2f}" for y, v in zip(years, trade)]))
    tot_f = [sum(d[1][i] for d in data) for i in range(4)]
    tot_t = [sum(d[2][i] for d in data) for i in range(4)]
    rows.append("片区：合计；" + "；".join(
        [f"主要开放型经济指标 实际使用外资 {y}：{v:.2f}" for y, v in zip(years, tot_f)]
        + [f"主要开放型经济指标 进出口总额 {y}：{v:.2f}" for y, v in zip(years, tot_t)]))
    return [{
        "meta": {"title": "2021—2024年中国（山东）自由贸易试验区各片区利用外资和进出口情况统计表", "doc_number": None,
                 "issuer": ["山东省自由贸易试验区工作办公室"], "date": "2025-02-18", "level": "provincial",
                 "region": "山东省", "effective": None, "expires": None, "attachments": [],
                 "unit": "亿元", "source": "省商务厅、济南海关、青岛海关，各片区管委会报送"},
        "clauses": ["数据来源：省商务厅、济南海关、青岛海关，各片区管委会报送", "单位：亿元"] + rows + [
            "注：1.实际使用外资按人民币计；2.2024年数据为快报数，以统计年鉴为准；3.合计数因四舍五入可能与分项之和略有出入。"],
        "_note": "One visible sheet = one document; hidden sheet 测算底稿 must not appear at all. Title row is the title. "
                 "数据来源 and 单位 lines above the table: keep as lines or metadata, but 单位 must be attached to the numbers somehow "
                 "(a value '15.32' without 亿元 is ambiguous) and must NOT become a table row or a header. Three-level header: each value column "
                 "should name all levels (e.g. '实际使用外资 2024年'); a header that only says '2024年' makes 外资 and 进出口 indistinguishable (high). "
                 "Tolerable: the top level '主要开放型经济指标' dropped; values printed as 15.3 or 15.32. 合计 row must carry the cached SUM results "
                 "(38.63 … 3994.10), not formulas or blanks. 填报单位/填报日期 row is metadata (issuer/date), a line is tolerable. Print-title repeat, "
                 "footer '第 &P 页' are furniture.",
    }]


# ---------------------------------------------------------------- (b) 湖北 台账
def make_b(out):
    wb = Workbook()
    ws = wb.active
    ws.title = "兑现台账"
    # columns: A序号 B政策名称 C政策依据 D企业名称 E统一社会信用代码(hidden) F申报金额 G兑现金额 H兑现率 I是否已拨付 J是否首次享受 K经办人电话(hidden) L备注
    hdr = ["序号", "政策名称", "政策依据", "企业名称", "统一社会信用代码", "申报金额（万元）", "兑现金额（万元）", "兑现率", "是否已拨付", "是否首次享受", "经办人电话", "备注"]
    ncol = len(hdr)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "中国（湖北）自由贸易试验区武汉片区2024年度惠企政策兑现台账"
    ws["A1"].font = TITLE; ws["A1"].alignment = CENTER
    ws.row_dimensions[1].height = 40
    ws.merge_cells("A2:F2"); ws["A2"] = "填报单位：武汉东湖新技术开发区管委会（自贸试验区武汉片区）"
    ws.merge_cells("G2:L2"); ws["G2"] = "填报日期：2025年3月12日"
    ws["A2"].font = BODY; ws["G2"].font = BODY
    ws.merge_cells("A3:L3"); ws["A3"] = "一、已兑现事项"; ws["A3"].font = HEAD
    for i, h in enumerate(hdr):
        ws.cell(4, 1 + i, h)
    box(ws, 4, 4, 1, ncol, font=HEAD)
    recs = [
        ("1", "跨境电商企业海外仓建设补贴", "武自贸〔2023〕11号", "武汉光谷跨境供应链有限公司", "91420100MA4K2X7A3B", 300, 240, "是", "是",
         "按实际投入的30%予以补贴，单个企业最高不超过300万元；经第三方审计核减不合规支出200万元，按核定投入800万元计算。", None),
        ("2", "外资研发中心认定奖励", "鄂商务发〔2022〕45号", "武汉迈德瑞生物医药研发有限公司", "91420100MA49QW8E2C", 100, 100, "是", "否",
         "新认定的外资研发中心一次性奖励100万元。", "该企业2022年已享受过省级奖励，本次为市级配套，不重复。"),
        ("3", "中欧班列（武汉）回程货源组织奖励", "武政办〔2023〕67号", "湖北长江汉欧国际物流有限公司", "91420100MA4KL3R59D", 0, 0, "否", "是",
         "企业已提交申请但未填报申报金额，待补充材料后重新核定；预计2025年二季度完成审核。", "申报表金额栏空白，兑现率无法计算，请财政局注意。"),
        ("4", "融资租赁业务风险补偿", "武自贸〔2024〕3号", "光谷国际融资租赁（武汉）有限公司", "91420100MA4G5T6H7E", 150, 120, "否", "是",
         "按当年新增跨境租赁资产损失的20%给予风险补偿，2024年拨付额度已用完，剩余部分结转至2025年。", None),
    ]
    withdrawn = ("5", "数字贸易企业上云补贴", "武自贸〔2024〕9号", "武汉云帆数科有限公司", "91420100MA4Z8P1K0F", 50, 0, "否", "是",
                 "企业主动撤回申请。", None)
    r = 5
    rows_written = []
    for rec in recs[:3] + [withdrawn] + recs[3:]:
        seq, name, basis, ent, code, ask, got, paid, first, note, cmt = rec
        vals = [seq, name, basis, ent, code, ask, got, f"=G{r}/F{r}", paid, first, "027-8765%04d" % (1000 + r), note]
        for i, v in enumerate(vals):
            ws.cell(r, 1 + i, v)
        ws.cell(r, 8).number_format = "0.0%"
        if cmt:
            ws.cell(r, 7).comment = Comment(cmt, "片区财政局 王敏")
        if rec is withdrawn:
            ws.row_dimensions[r].hidden = True
        rows_written.append(rec)
        r += 1
    # fix 序号 so the visible ones run 1..4: withdrawn row keeps "5" but hidden; renumber 4th visible
    ws.cell(r - 1, 1, "4")
    ws.cell(r, 1, "合计")
    ws.cell(r, 6, f"=SUM(F5:F{r-1})"); ws.cell(r, 7, f"=SUBTOTAL(109,G5:G{r-1})"); ws.cell(r, 8, f"=G{r}/F{r}")
    ws.cell(r, 8).number_format = "0.0%"
    box(ws, 5, r, 1, ncol)
    for rr in range(5, r):
        ws.cell(rr, 2).alignment = WRAP; ws.cell(rr, 12).alignment = WRAP
        ws.row_dimensions[rr].height = 60 if not ws.row_dimensions[rr].hidden else None
    tot_row = r
    # second table
    r += 2
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol); ws.cell(r, 1, "二、未兑现事项"); ws.cell(r, 1).font = HEAD
    r += 1
    hdr2 = ["序号", "政策名称", "政策依据", "企业名称", "统一社会信用代码", "未兑现原因", None, None, "是否需协调", "责任单位", None, "计划完成时间"]
    for i, h in enumerate(hdr2):
        if h:
            ws.cell(r, 1 + i, h)
    ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=8)
    ws.merge_cells(start_row=r, start_column=10, end_row=r, end_column=11)
    box(ws, r, r, 1, ncol, font=HEAD)
    h2row = r
    un = [
        ("1", "高端人才安家补贴", "武人社〔2023〕21号", "武汉芯源半导体有限公司", "91420100MA4P0N2Q3G",
         "申报人员社保缴纳不满12个月，不符合条件，企业已申请复核。", "是", "东湖高新区人才局", "2025年6月30日"),
        ("2", "首店经济奖励", "武商务〔2024〕8号", "光谷新世界商业管理有限公司", "91420100MA4R1S2T4H",
         "认定材料需市商务局会签。", "否", "东湖高新区商务局", "2025年4月30日"),
    ]
    for rec in un:
        r += 1
        seq, name, basis, ent, code, why, need, dept, when = rec
        ws.cell(r, 1, seq); ws.cell(r, 2, name); ws.cell(r, 3, basis); ws.cell(r, 4, ent); ws.cell(r, 5, code)
        ws.cell(r, 6, why); ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=8)
        ws.cell(r, 9, need); ws.cell(r, 10, dept); ws.merge_cells(start_row=r, start_column=10, end_row=r, end_column=11)
        ws.cell(r, 12, when)
        box(ws, r, r, 1, ncol); ws.cell(r, 6).alignment = WRAP
        ws.row_dimensions[r].height = 45
    ws.cell(2 + h2row + len(un), 1, "填表人：李娜　　审核人：陈刚　　联系电话：027-87654321")
    ws.cell(h2row + 1, 6).comment = Comment("复核申请已于3月5日受理。", "人才局 张")
    for c, w in zip("ABCDEFGHIJKL", [6, 22, 18, 24, 22, 12, 12, 9, 10, 10, 14, 40]):
        ws.column_dimensions[c].width = w
    ws.column_dimensions["E"].hidden = True
    ws.column_dimensions["K"].hidden = True
    page(ws, title_rows="4:4")
    wb.save(out)

    def row1(rec, seq=None):
        s, name, basis, ent, code, ask, got, paid, first, note, cmt = rec
        rate = "#DIV/0!" if ask == 0 else f"{got/ask:.1%}"
        return f"序号：{seq or s}；政策名称：{name}；政策依据：{basis}；企业名称：{ent}；申报金额（万元）：{ask}；兑现金额（万元）：{got}；兑现率：{rate}；是否已拨付：{paid}；是否首次享受：{first}；备注：{note}"
    c1 = [row1(recs[0]), row1(recs[1]), row1(recs[2]), row1(recs[3], "4"),
          "序号：合计；申报金额（万元）：600；兑现金额（万元）：460；兑现率：76.7%"]
    c2 = [f"序号：{s}；政策名称：{n}；政策依据：{b}；企业名称：{e}；未兑现原因：{w}；是否需协调：{nd}；责任单位：{d}；计划完成时间：{t}"
          for s, n, b, e, c, w, nd, d, t in un]
    return [{
        "meta": {"title": "中国（湖北）自由贸易试验区武汉片区2024年度惠企政策兑现台账", "doc_number": None,
                 "issuer": ["武汉东湖新技术开发区管委会（自贸试验区武汉片区）"], "date": "2025-03-12", "level": "municipal",
                 "region": "湖北省武汉市（东湖新技术开发区）", "effective": None, "expires": None, "attachments": []},
        "clauses": ["一、已兑现事项"] + c1 + ["二、未兑现事项"] + c2 + ["填表人：李娜　　审核人：陈刚　　联系电话：027-87654321"],
        "_note": "What an analyst sees in Excel: hidden row 5号 (武汉云帆数科, 撤回) and hidden columns 统一社会信用代码 / 经办人电话 are NOT shown; "
                 "reading them is medium (clutter, personal phone numbers), not high. The 合计 uses SUM for 申报 (so it includes the hidden row's 50: cached 600, "
                 "visible rows add to 550) but SUBTOTAL(109) for 兑现 (460): a faithful reader reports the cached 600 / 460 / 76.7%, not a recomputed sum. "
                 "兑现率 cells are % formatted: 80.0% expected, 0.8 tolerable (low). Row 3's 兑现率 is #DIV/0!: tolerable as '#DIV/0!' or blank or marked as an error; "
                 "wrong would be 0 or a made-up rate. 批注 on 兑现金额 (row 2, row 3) and on 未兑现原因 (table 2 row 1): nice to keep as a note on the row, "
                 "tolerable to drop, wrong to turn into a standalone clause without context. 是/否 should stay literal. Wrapped long texts (with line "
                 "wrapping only by format, no newlines) must come through whole. The row '序号｜政策名称…' after '二、未兑现事项' opens a second table whose "
                 "merged header 未兑现原因 spans F:H and 责任单位 spans J:K (K hidden). 填报单位/填报日期 row is metadata. 填表人 line: furniture or a line, tolerable.",
    }]


# ---------------------------------------------------------------- (c) 陕西 项目清单
def make_c(out):
    wb = Workbook()
    ws = wb.active
    ws.title = "重点项目"
    hdr = ["序号", "项目名称", "所在国家", "建设内容及规模", "总投资（亿美元）", "建设起止年限", "实施主体", "2025年进展目标"]
    ncol = len(hdr)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "陕西省2025年共建“一带一路”重点项目清单"; ws["A1"].font = TITLE; ws["A1"].alignment = CENTER
    ws.row_dimensions[1].height = 40
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "陕西省发展和改革委员会　2025年1月"; ws["A2"].alignment = Alignment(horizontal="right"); ws["A2"].font = BODY
    for i, h in enumerate(hdr):
        ws.cell(3, 1 + i, h)
    box(ws, 3, 3, 1, ncol, font=HEAD)
    groups = [
        ("一、交通基础设施", [
            ("西安国际港站至阿拉山口中欧班列集结中心扩能工程", "中国", "新建到发线6条、集装箱堆场12万平方米", 3.20, "2024—2026年", "西安国际陆港集团有限公司", "完成主体工程70%"),
            ("中吉乌铁路配套物流园（一期）", "吉尔吉斯斯坦", "建设仓储设施8万平方米及海关监管区", 1.85, "2025—2027年", "陕西交通控股集团有限公司", "完成可研批复并开工"),
        ]),
        ("二、能源资源", [
            ("哈萨克斯坦江布尔州100兆瓦光伏电站", "哈萨克斯坦", "装机容量100兆瓦，配套储能20兆瓦时", 0.96, "2024—2025年", "陕西投资集团有限公司", "全容量并网发电"),
            ("乌兹别克斯坦卡什卡达里亚州天然气处理厂技改", "乌兹别克斯坦", "年处理能力提升至15亿立方米", 2.40, "2025—2028年", "延长石油（集团）有限责任公司", "完成EPC招标"),
            ("塔吉克斯坦铜钼矿选矿厂", "塔吉克斯坦", "日处理矿石5000吨", 1.10, "2023—2025年", "陕西有色金属控股集团有限责任公司", "竣工投产"),
        ]),
        ("三、产业园区与经贸合作", [
            ("中哈（陕西）苹果友谊园二期", "哈萨克斯坦", "新建标准化果园3000亩及冷链分拣中心", 0.42, "2025—2026年", "陕西果业集团有限公司", "完成定植1500亩"),
        ]),
    ]
    r = 4
    cat_rows = []
    for cat, items in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(r, 1, cat); ws.cell(r, 1).font = HEAD; ws.cell(r, 1).alignment = Alignment(horizontal="left", vertical="center")
        box(ws, r, r, 1, ncol, font=HEAD, align=Alignment(horizontal="left", vertical="center"))
        cat_rows.append(r)
        r += 1
        for i, it in enumerate(items, 1):
            ws.cell(r, 1, i)
            for j, v in enumerate(it):
                ws.cell(r, 2 + j, v)
            ws.cell(r, 5).number_format = "0.00"
            box(ws, r, r, 1, ncol)
            ws.cell(r, 2).alignment = WRAP; ws.cell(r, 4).alignment = WRAP
            r += 1
    ws.cell(r, 1, "合计"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(r, 5, "=SUM(E5:E%d)" % (r - 1)).number_format = "0.00"
    box(ws, r, r, 1, ncol)
    ws.cell(r + 1, 1, "注：总投资按2024年12月31日中国人民银行公布的汇率中间价折算；项目排序不分先后。")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=ncol)
    for c, w in zip("ABCDEFGH", [6, 30, 14, 30, 12, 14, 26, 18]):
        ws.column_dimensions[c].width = w
    page(ws, title_rows="3:3")

    ws2 = wb.create_sheet("储备项目")
    hdr2 = ["序号", "项目名称", "所在国家", "拟投资额（亿美元）", "前期工作进展", "牵头单位"]
    ws2.merge_cells("A1:F1"); ws2["A1"] = "陕西省2025年共建“一带一路”储备项目清单"; ws2["A1"].font = TITLE; ws2["A1"].alignment = CENTER
    ws2.row_dimensions[1].height = 40
    for i, h in enumerate(hdr2):
        ws2.cell(2, 1 + i, h)
    box(ws2, 2, 2, 1, 6, font=HEAD)
    res = [
        (1, "阿塞拜疆巴库跨里海物流枢纽陕西仓", "阿塞拜疆", 0.35, "已签署合作备忘录", "西安国际陆港集团有限公司"),
        (2, "格鲁吉亚第比利斯中医药诊疗中心", "格鲁吉亚", 0.08, "完成项目建议书", "陕西中医药大学"),
    ]
    for i, rec in enumerate(res):
        for j, v in enumerate(rec):
            ws2.cell(3 + i, 1 + j, v)
    ws2.cell(5, 1, "注：储备项目视前期工作进展动态调入重点项目清单。")
    box(ws2, 3, 4, 1, 6)
    for c, w in zip("ABCDEF", [6, 34, 12, 14, 20, 26]):
        ws2.column_dimensions[c].width = w
    page(ws2, landscape=False, title_rows="2:2")
    wb.save(out)

    cl = []
    for cat, items in groups:
        cl.append(cat)
        for i, it in enumerate(items, 1):
            cl.append("；".join(f"{h}：{v:.2f}" if isinstance(v, float) else f"{h}：{v}" for h, v in zip(hdr, (i,) + it)))
    tot = sum(it[3] for _, items in groups for it in items)
    cl.append(f"序号：合计；总投资（亿美元）：{tot:.2f}")
    cl.append("注：总投资按2024年12月31日中国人民银行公布的汇率中间价折算；项目排序不分先后。")
    cl2 = ["；".join(f"{h}：{v}" for h, v in zip(hdr2, rec)) for rec in res] + ["注：储备项目视前期工作进展动态调入重点项目清单。"]
    return [
        {"meta": {"title": "陕西省2025年共建“一带一路”重点项目清单", "doc_number": None, "issuer": ["陕西省发展和改革委员会"],
                  "date": "2025-01", "level": "provincial", "region": "陕西省", "effective": None, "expires": None, "attachments": []},
         "clauses": cl,
         "_note": "Category rows 一、交通基础设施 / 二、能源资源 / 三、产业园区与经贸合作 are merged across A:H: they are section headings, "
                  "not table rows (a clause '序号：一、交通基础设施；项目名称：一、交通基础设施；…' is medium). Best: each project row carries its "
                  "category (label like 一.1 / 二.3 or a 类别 field), because 序号 restarts (1,2 / 1,2,3 / 1) so '序号 2' alone is ambiguous; a reader "
                  "that dedups or merges rows by 序号 loses projects (high). '陕西省发展和改革委员会　2025年1月' line = issuer + date. 合计 merged A:D "
                  "with cached 9.93. One document for this sheet, a second for 储备项目 sheet."},
        {"meta": {"title": "陕西省2025年共建“一带一路”储备项目清单", "doc_number": None, "issuer": ["陕西省发展和改革委员会"],
                  "date": "2025-01", "level": "provincial", "region": "陕西省", "effective": None, "expires": None, "attachments": []},
         "clauses": cl2,
         "_note": "Second sheet with its own title -> separate document. It has no issuer/date line of its own; inheriting the first sheet's is "
                  "what an analyst would assume (tolerable if missing)."},
    ]


def resave(src: Path, outdir: Path):
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", td, str(src)], check=True, capture_output=True)
        shutil.move(str(Path(td) / src.name), outdir / src.name)


if __name__ == "__main__":
    expected = {}
    with tempfile.TemporaryDirectory() as raw:
        raw = Path(raw)
        for stem, fn in [("blind98_山东_自贸试验区分片区利用外资和进出口统计表", make_a),
                         ("blind98_湖北_武汉片区惠企政策兑现台账", make_b),
                         ("blind98_陕西_一带一路重点项目清单", make_c)]:
            src = raw / f"{stem}.xlsx"
            expected[stem] = fn(src)
            resave(src, HERE)
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1), encoding="utf-8")
    print("ok")
