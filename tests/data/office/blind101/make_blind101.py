# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Round 101: catalogues of documents kept as spreadsheets (.xlsx via openpyxl, re-saved by LibreOffice).

Writes blind101_guangdong_guifanxing_mulu.xlsx, blind101_fujian_chuangxin_qingdan.xlsx,
blind101_tianjin_huibian_mulu.xlsx and expected.json next to itself.
"""
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
random.seed(101)
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
DATEFMT = 'yyyy"年"m"月"d"日"'
expected = {}


def fmt_date(d):
    return f"{d.year}年{d.month}月{d.day}日"


# ---------------------------------------------------------------- (a) Guangdong
def make_a():
    wb = Workbook(); ws = wb.active; ws.title = "现行有效目录"
    cols = ["序号", "文件名称", "发文字号", "发布日期", "施行日期", "有效期至", "状态"]
    widths = [6, 52, 18, 16, 16, 16, 10]
    for i, w in enumerate(widths): ws.column_dimensions["ABCDEFG"[i]].width = w
    ws.merge_cells("A1:G1"); ws["A1"] = "广东省人民政府办公厅现行有效规范性文件目录"
    ws["A1"].font = Font(name="方正小标宋简体", size=18); ws["A1"].alignment = CENTER; ws.row_dimensions[1].height = 36
    ws.merge_cells("A2:G2"); ws["A2"] = "（截至2024年12月31日）"; ws["A2"].font = Font(name="楷体_GB2312", size=12); ws["A2"].alignment = CENTER
    ws.merge_cells("A3:C3"); ws["A3"] = "填报单位：广东省人民政府办公厅（盖章）"
    ws.merge_cells("D3:G3"); ws["D3"] = "填报日期：2025年1月10日"
    for c in ("A3", "D3"): ws[c].font = Font(name="仿宋_GB2312", size=11)
    ws["D3"].alignment = Alignment(horizontal="right")
    for i, h in enumerate(cols, 1):
        c = ws.cell(4, i, h); c.font = Font(name="黑体", size=11, bold=True); c.alignment = CENTER; c.border = BOX
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    ws.freeze_panes = "A5"
    D = dt.date
    groups = [
        ("一、对外开放", [
            ("广东省人民政府办公厅关于推进中国（广东）自由贸易试验区贸易投资便利化改革创新的若干措施", "粤府办〔2021〕18号", D(2021, 6, 8), D(2021, 7, 1), D(2026, 6, 30), "有效"),
            ("广东省人民政府办公厅关于高质量参与“一带一路”建设推动对外投资合作的实施意见", "粤府办〔2022〕33号", D(2022, 9, 14), D(2022, 9, 14), "长期", "有效"),
            ("广东省人民政府办公厅关于促进跨境电子商务综合试验区发展的通知", "粤府办〔2019〕7号", D(2019, 3, 20), D(2019, 3, 20), D(2024, 3, 19), "已失效"),
            ("广东省人民政府办公厅印发关于支持南沙片区深化粤港澳全面合作若干措施的通知", "粤府办〔2023〕5号", D(2023, 2, 27), D(2023, 4, 1), D(2028, 3, 31), "部分修改"),
        ]),
        ("二、营商环境", [
            ("广东省人民政府办公厅关于进一步优化外商投资企业登记服务的通知", "粤府办〔2020〕41号", D(2020, 11, 2), D(2020, 12, 1), D(2025, 11, 30), "有效"),
            ("广东省人民政府办公厅关于清理规范涉企收费的实施意见", "粤府办〔2017〕56号", D(2017, 10, 9), D(2017, 10, 9), "长期", "已废止"),
            ("广东省人民政府办公厅关于推行涉企经营许可事项告知承诺制的通知", "粤办函〔2022〕118号", D(2022, 5, 16), D(2022, 6, 1), D(2027, 5, 31), "有效"),
        ]),
        ("三、口岸与物流", [
            ("广东省人民政府办公厅关于加快中欧班列（粤新欧）高质量发展的若干措施", "粤府办〔2023〕21号", D(2023, 8, 3), D(2023, 8, 3), D(2026, 8, 2), "有效"),
            ("广东省人民政府办公厅关于深化国际贸易“单一窗口”建设的通知", "粤府办〔2018〕29号", D(2018, 7, 12), D(2018, 8, 1), "长期", "有效"),
        ]),
    ]
    r = 5; n = 0; clauses = []
    for gname, rows in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(r, 1, gname); c.font = Font(name="黑体", size=11, bold=True); c.alignment = LEFT
        for j in range(1, 8): ws.cell(r, j).border = BOX
        clauses.append(gname); r += 1
        for name, num, pub, eff, exp, st in rows:
            n += 1
            vals = [n, name, num, pub, eff, exp, st]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v); c.border = BOX; c.font = Font(name="仿宋_GB2312", size=11)
                c.alignment = LEFT if j == 2 else CENTER
                if isinstance(v, dt.date): c.number_format = DATEFMT
            h = ws.cell(r, 2); h.hyperlink = f"https://www.gd.gov.cn/zwgk/wjk/qbwj/yfb/content/post_{3800000 + n * 137}.html"
            h.font = Font(name="仿宋_GB2312", size=11, color="0563C1", underline="single")
            show = [str(n), name, num, fmt_date(pub), fmt_date(eff), exp if isinstance(exp, str) else fmt_date(exp), st]
            clauses.append("；".join(f"{a}：{b}" for a, b in zip(cols, show)))
            r += 1
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=7)
    ws.cell(r + 1, 1, "注：1.“状态”栏按《广东省行政规范性文件管理规定》标注；2.“有效期至”为“长期”的，指未规定有效期；3.标注“部分修改”的文件，以修改后的文本为准。").alignment = LEFT
    clauses.append("注：1.“状态”栏按《广东省行政规范性文件管理规定》标注；2.“有效期至”为“长期”的，指未规定有效期；3.标注“部分修改”的文件，以修改后的文本为准。")
    ws.print_title_rows = "4:4"
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    # a hidden helper sheet an office would leave behind
    h = wb.create_sheet("数据字典"); h["A1"] = "状态"; h["A2"] = "有效"; h["A3"] = "已失效"; h["A4"] = "已废止"; h["A5"] = "部分修改"; h.sheet_state = "hidden"
    stem = "blind101_guangdong_guifanxing_mulu"
    expected[stem] = [{
        "meta": {"title": "广东省人民政府办公厅现行有效规范性文件目录", "doc_number": None, "issuer": ["广东省人民政府办公厅"],
                 "date": "2025-01-10", "level": "provincial", "region": "广东省", "effective": None, "expires": None, "attachments": []},
        "clauses": clauses,
        "_note": "Title rows (A1 title, A2 截至 line) and the form row (填报单位｜填报日期) are furniture/metadata, not clauses; the 截至 line may tolerably appear as a text line. Merged 类别 rows (一、对外开放 …) may be headings/sections rather than clauses; tolerable if each row carries its 类别 instead. Dates are real dates shown with format yyyy年m月d日; ISO 2021-06-08 is tolerable, serial numbers or '00:00:00' are not. '长期' is text. 文件名称 cells are hyperlinks; the URL may appear in fields but the name text must be there. Hidden sheet 数据字典 must not be read. Footer '第 &P 页' is furniture. 注 row is a note (clause or note, tolerable).",
    }]
    return wb, stem


# ---------------------------------------------------------------- (b) Fujian
PIANQU = ["福州片区", "厦门片区", "平潭片区"]
TOPICS = [
    ("跨境贸易", ["进口货物“两段准入”监管模式", "海运集装箱“提前申报、抵港直装”", "出口退税“无纸化”快速办理", "跨境电商零售进口退货中心仓模式", "国际航行船舶“一口受理”联合登临检查", "保税维修“一站式”监管", "对台小额贸易商品溯源管理", "海铁联运“一单制”"]),
    ("投资自由化", ["外商投资企业“跨境通办”登记", "台资企业“一表申报”准入", "境外投资备案“多证合一”", "合格境外有限合伙人（QFLP）试点", "外资项目“容缺受理”审批"]),
    ("金融创新", ["跨境人民币“首办户”拓展机制", "台胞台企信用融资“闽台通”", "跨境贸易融资区块链服务平台", "本外币合一银行结算账户体系试点", "海丝沿线国家出口信用保险“快赔”机制"]),
    ("政府职能转变", ["涉企经营许可“证照联办”", "企业开办“一日办结”", "工程建设项目“多测合一”", "市场主体“信用修复”一次办", "执法检查“综合查一次”"]),
    ("海丝合作", ["“丝路海运”港航服务标准体系", "海丝沿线国家商事调解合作机制", "中欧（厦门）班列“关铁通”", "海丝沿线国家职业资格互认", "“一带一路”涉外法律服务中心"]),
]
ORG = {"跨境贸易": "省商务厅、福州海关、厦门海关", "投资自由化": "省商务厅、省市场监管局", "金融创新": "人民银行福建省分行、国家金融监督管理总局福建监管局",
       "政府职能转变": "省市场监管局、省政务办", "海丝合作": "省发展改革委、省交通运输厅"}


def rows_for(batch, count):
    out = []
    for i in range(count):
        topic, names = TOPICS[i % len(TOPICS)]
        base = names[(i // len(TOPICS)) % len(names)]
        pq = PIANQU[(i * 7 + batch) % 3]
        name = base if (i // len(TOPICS)) < len(names) else f"{base}（{pq}深化版）"
        if i >= 2 * len(TOPICS) * 5: name = f"{base}（第{batch}批·{i + 1}）"
        scope = ["全国", "全省", pq][(i * 5 + batch * 3) % 7 % 3]
        content = f"{pq}在{topic}领域探索{base}，压缩办理时限{20 + (i * 3) % 60}%，累计服务企业{100 + i * 13}家次。"
        d = dt.date(2023 if batch == 1 else 2024, 3 + (i % 9), 1 + (i % 27))
        out.append([i + 1, name, topic, content, pq, ORG[topic], scope, d])
    return out


def make_b():
    wb = Workbook(); first = True
    cols = ["序号", "成果名称", "领域", "主要内容", "首创片区", "责任单位", "推广范围", "发布时间"]
    widths = [6, 36, 12, 56, 10, 30, 10, 14]
    docs = []
    for batch, cnt, sheet in ((1, 112, "第一批"), (2, 104, "第二批")):
        ws = wb.active if first else wb.create_sheet(); first = False; ws.title = sheet
        for i, w in enumerate(widths): ws.column_dimensions["ABCDEFGH"[i]].width = w
        title = f"中国（福建）自由贸易试验区{sheet}制度创新成果复制推广清单"
        ws.merge_cells("A1:H1"); ws["A1"] = title; ws["A1"].font = Font(name="方正小标宋简体", size=18); ws["A1"].alignment = CENTER
        ws.merge_cells("A2:D2"); ws["A2"] = "填报单位：中国（福建）自由贸易试验区工作领导小组办公室"
        ws.merge_cells("E2:H2"); ws["E2"] = f"填报日期：{2023 if batch == 1 else 2024}年12月{20 + batch}日"; ws["E2"].alignment = Alignment(horizontal="right")
        for i, h in enumerate(cols, 1):
            c = ws.cell(3, i, h); c.font = Font(name="黑体", bold=True); c.alignment = CENTER; c.border = BOX; c.fill = PatternFill("solid", fgColor="FCE4D6")
        ws.freeze_panes = "C4"
        rows = rows_for(batch, cnt); cl = []
        for k, row in enumerate(rows):
            for j, v in enumerate(row, 1):
                c = ws.cell(4 + k, j, v); c.border = BOX; c.alignment = LEFT if j in (2, 4, 6) else CENTER
                if isinstance(v, dt.date): c.number_format = "yyyy-mm-dd"
            if k < 10:
                show = [str(x) if not isinstance(x, dt.date) else x.isoformat() for x in row]
                cl.append("；".join(f"{a}：{b}" for a, b in zip(cols, show)))
        ws.auto_filter.ref = f"A3:H{3 + cnt}"
        ws.print_title_rows = "3:3"
        docs.append({
            "meta": {"title": title, "doc_number": None, "issuer": ["中国（福建）自由贸易试验区工作领导小组办公室"],
                     "date": f"{2023 if batch == 1 else 2024}-12-{20 + batch}", "level": "provincial", "region": "福建省",
                     "effective": None, "expires": None, "attachments": []},
            "clauses": cl,
            "_rows_total": cnt,
            "_note": f"ONLY THE FIRST 10 of {cnt} rows are listed; every row should become one clause ({cnt} in all). Sheet '{sheet}' carries its own title so it is a separate document. Frozen header (row 3) and autofilter are furniture. 发布时间 is a real date (yyyy-mm-dd). 推广范围 is 全国/全省/某片区 — applies_to ideally 全国/福建省/福建自贸试验区某片区 per row.",
        })
    stem = "blind101_fujian_chuangxin_qingdan"
    expected[stem] = docs
    return wb, stem


# ---------------------------------------------------------------- (c) Tianjin tiny
def make_c():
    wb = Workbook(); ws = wb.active; ws.title = "Sheet1"
    ws.column_dimensions["A"].width = 3
    for col, w in zip("BCDEF", [6, 50, 22, 24, 14]): ws.column_dimensions[col].width = w
    ws.merge_cells("B2:F2"); ws["B2"] = "中国（天津）自由贸易试验区政策文件汇编目录（2024年版）"
    ws["B2"].font = Font(name="方正小标宋简体", size=16); ws["B2"].alignment = CENTER
    cols = ["序号", "文件名称", "文号", "发布机关", "备注"]
    for i, h in enumerate(cols, 2):
        c = ws.cell(4, i, h); c.font = Font(bold=True); c.border = BOX; c.alignment = CENTER
    rows = [
        (1, "天津市人民政府关于印发中国（天津）自由贸易试验区提升战略行动方案的通知", "津政发〔2024〕9号", "天津市人民政府", "全文"),
        (2, "天津市商务局关于支持自贸试验区融资租赁业高质量发展的若干措施", "津商自贸〔2024〕3号", "天津市商务局", ""),
        (3, "天津东疆综合保税区管理委员会关于“一带一路”船舶租赁业务的操作指引", "津东疆〔2024〕12号", "东疆综保区管委会", "试行"),
        (4, "天津市人民政府办公厅关于自贸试验区滨海新区中心商务片区金融创新的实施意见", "津政办发〔2023〕27号", "天津市人民政府办公厅", "已修订"),
    ]
    cl = []
    for k, row in enumerate(rows):
        for j, v in enumerate(row, 2):
            c = ws.cell(5 + k, j, v); c.border = BOX; c.alignment = LEFT if j == 3 else CENTER
        cl.append("；".join(f"{a}：{b}" for a, b in zip(cols, [str(x) for x in row]) if b != ""))
    stem = "blind101_tianjin_huibian_mulu"
    expected[stem] = [{
        "meta": {"title": "中国（天津）自由贸易试验区政策文件汇编目录（2024年版）", "doc_number": None, "issuer": [],
                 "date": None, "level": "provincial", "region": "天津市", "effective": None, "expires": None, "attachments": []},
        "clauses": cl,
        "_note": "Table starts in column B (column A blank, row 1 and row 3 blank); title merged B2:F2. Empty 备注 cells should just be omitted from the row text. 天津市 is a 直辖市, so level provincial. Issuer is not stated (compiler unknown); guessing 天津市商务局 is tolerable-ish but wrong strictly. The 文号 column values are those of the listed files, NOT the workbook's doc_number.",
    }]
    return wb, stem


def resave(wb, stem):
    tmp = Path(tempfile.mkdtemp()); src = tmp / f"{stem}.xlsx"; wb.save(src)
    outd = tmp / "out"; outd.mkdir()
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", str(outd), str(src)], check=True, capture_output=True)
    shutil.copy(outd / f"{stem}.xlsx", HERE / f"{stem}.xlsx"); shutil.rmtree(tmp)


for mk in (make_a, make_b, make_c):
    wb, stem = mk(); resave(wb, stem)
(HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1), encoding="utf-8")
print("ok", list(expected))
