# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402
"""Blind round 171: the ordinary Excel workbooks offices attach to a 通知.

Writes next to itself (openpyxl only; no LibreOffice, no PDFs — the theme is the workbooks themselves):
  blind171_xiamen_fengong.xlsx   福建 厦门片区 重点任务分工表: one sheet (Sheet1), 附件1 label row, merged title
      row, 填报单位 / 填报日期 row in two separate merged cells, header 序号 重点任务 具体措施 牵头单位 配合单位
      完成时限; 序号 and 重点任务 merged vertically over 2–3 rows, 牵头单位 merged over 2 rows once; wrapped
      text with Alt+Enter line breaks (lists of 配合单位, and one manual break in the middle of a sentence);
      完成时限 mixes text and two real date cells (one shown as 年月日, one shown as 年月 only); a rich-text
      cell; a note row and a 填表人 row under the table.
  blind171_sichuan_xiangmu.xlsx  四川 项目清单: two sheets 在建 / 拟建, each with its own merged title row, a
      single merged 填报单位／填报日期／单位：万元 row, header, rows, and a 合计 row whose sums are formulas (with
      cached values, as Excel saves them); 形象进度 as a percent-formatted number; 计划开工时间 as date cells
      shown as 年月; an empty Sheet3.
  blind171_zhengzhou_shenbao.xlsx 河南 郑州 申报汇总表: two-row merged header (申报金额（万元）over 合计 /
      其中：省级资金 / 市级配套; 市级初审意见 over 审核金额（万元）/ 是否推荐), per-row 合计 = formula, 备注 column
      with notes (核减 reasons, 不予推荐 reasons, foreign places), a 合计 row, a three-item 注 in ONE merged cell
      with line breaks, a 填表人 row; data validation on 是否推荐.
  blind171_fujian_zhengce.xlsx   福建省 政策清单: header 序号 政策措施 适用范围 政策依据（文件名称及文号） 责任单位
      有效期至; section rows 一、…四、 merged across the table; 适用范围 names 片区 or cities (merged over two
      rows once); 政策依据 cells carry other documents' 文号; 有效期至 mixes date cells and text; note row;
      empty Sheet2 / Sheet3.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind171.py
"""
import datetime as dt
import io
import json
import os
import re
import zipfile

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFTW = Alignment(horizontal="left", vertical="center", wrap_text=True)
FMT_YMD = 'yyyy"年"m"月"d"日"'
FMT_YM = 'yyyy"年"m"月"'


def style_box(ws, r0, r1, c0, c1, left_cols=(), bold_rows=(), size=11):
    for r in range(r0, r1 + 1):
        for c in range(c0, c1 + 1):
            cell = ws.cell(r, c)
            cell.border = BOX
            cell.alignment = LEFTW if c in left_cols else CENTER
            cell.font = Font(name="宋体", size=size, bold=(r in bold_rows))


def title_row(ws, row, text, ncols, size=18):
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row, 1, text)
    c.font = Font(name="方正小标宋简体", size=size)
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[row].height = 48


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def props(wb, creator, modified_by, created, modified):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = modified_by
    wb.properties.created = created
    wb.properties.modified = modified
    wb.properties.title = None


def fmt_num(v):
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v)


def row_clause(header, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, values) if str(v).strip())


def save_with_cache(wb, path, cache):
    """Save, then give formula cells the cached values Excel would have written, and an Excel app.xml.

    cache: {sheet_index (1-based): {"E15": 3940, ...}}
    """
    bio = io.BytesIO()
    wb.save(bio)
    zin = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            m = re.match(r"xl/worksheets/sheet(\d+)\.xml$", item.filename)
            if m and int(m.group(1)) in cache:
                xml = data.decode("utf-8")
                for ref, val in cache[int(m.group(1))].items():
                    pat = re.compile(r'(<c r="%s"[^>]*>)(<f>[^<]*</f>)<v\s*(?:/>|></v>)' % ref)
                    xml, n = pat.subn(lambda mm: mm.group(1) + mm.group(2) + "<v>%s</v>" % val, xml)
                    assert n == 1, (path, ref)
                data = xml.encode("utf-8")
            if item.filename == "docProps/app.xml":
                data = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
                        b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
                        b'<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
                        b'<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
                        b'<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>')
            zout.writestr(item, data)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


# ======================================================================================
# 1. 厦门片区 重点任务分工表
# ======================================================================================
XM_LABEL = "附件1"
XM_TITLE = "中国（福建）自由贸易试验区厦门片区2024年服务“21世纪海上丝绸之路”核心区建设重点任务分工表"
XM_UNIT = "填报单位：中国（福建）自由贸易试验区厦门片区管理委员会（盖章）"
XM_DATE = "填报日期：2024年3月18日"
XM_HEADER = ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"]
# (序号, 重点任务, [ (具体措施 as typed, 具体措施 as an analyst reads it, 牵头, 配合 as typed, 配合 read, 时限 value, 时限 read) ])
XM_TASKS = [
    (1, "提升国际航运枢纽能级", [
        ("推动厦门港至共建“一带一路”国家集装箱航线加密，全年新开辟外贸航线不少于8条，其中至东南亚、中东地区航线不少于5条。",
         None, "市港口管理局", "市交通运输局\n厦门海事局\n厦门港口集团", "市交通运输局、厦门海事局、厦门港口集团", "2024年12月底前", None),
        ("在海沧港区开展集装箱“船边直提、抵港直装”常态化作业，进口集装箱平均通关时间较2023年压缩10%以上。",
         None, "厦门海关", "市港口管理局\n海沧区人民政府", "市港口管理局、海沧区人民政府", dt.datetime(2024, 9, 30), "2024年9月30日"),
        ("推进国际船舶登记制度改革，落实“中国厦门”船籍港登记便利化措施，年内新增国际船舶登记不少于20艘。",
         None, "厦门海事局", "市港口管理局、市财政局", "市港口管理局、市财政局", "持续推进", None),
    ]),
    (2, "深化贸易便利化改革", [
        ("深化国际贸易“单一窗口”建设，新增跨境贸易特色应用不少于5项，推动与新加坡、马来西亚等“海丝”沿线国家（地区）单一窗口互联互通。",
         None, "市商务局（市口岸办）", "厦门海关\n厦门边检总站", "厦门海关、厦门边检总站", "2024年11月底前", None),
        ("在象屿综合保税区开展保税维修、保税研发等新业态试点，全年保税维修业务产值力争达到15亿元。",
         None, "象屿综合保税区管委会", "厦门海关、市商务局", "厦门海关、市商务局", "2024年12月底前", None),
        ("推广“两步申报”“提前申报”“汇总征税”等通关模式，“两步申报”\n应用率达到30%以上，企业通关成本较上年降低5%。",
         "推广“两步申报”“提前申报”“汇总征税”等通关模式，“两步申报”应用率达到30%以上，企业通关成本较上年降低5%。",
         "厦门海关", "市商务局（市口岸办）", "市商务局（市口岸办）", "2024年6月底前", None),
    ]),
    (3, "拓展“海丝”经贸合作", [
        ("办好第二十四届中国国际投资贸易洽谈会“丝路海运”合作专场，签约共建“一带一路”国家项目不少于30个、总金额不低于120亿元。",
         None, "市商务局", "市投资促进中心\n厦门片区管委会", "市投资促进中心、厦门片区管委会", dt.datetime(2024, 9, 1), "2024年9月"),
        ("支持企业在共建“一带一路”国家布局海外仓，对新认定的省级公共海外仓给予一次性奖励50万元。",
         None, "市商务局", "市财政局", "市财政局", "2024年12月底前", None),
        ("深化厦金经贸合作，推动厦门—金门海运快件通道常态化运行，全年通道货值力争突破3亿元。",
         None, "市台港澳办", "厦门海关、市港口管理局", "厦门海关、市港口管理局", "持续推进", None),
    ]),
    (4, "发展跨境金融和数字贸易", [
        ("建设“丝路海运”数字化服务平台，接入港航物流企业不少于200家，实现提单、舱单等单证电子化流转。",
         None, "市港口管理局", "市工业和信息化局\n市大数据中心", "市工业和信息化局、市大数据中心", "2024年10月底前", None),
        ("开展合格境外有限合伙人（QFLP）试点扩容，试点基金规模突破100亿元。",
         None, "中国人民银行厦门市分行", "国家外汇管理局厦门市分局、市委金融办", "国家外汇管理局厦门市分局、市委金融办", "2024年12月底前", None),
        ("推动跨境人民币结算便利化，全年对共建“一带一路”国家跨境人民币结算量同比增长15%以上。",
         None, "中国人民银行厦门市分行", "各商业银行厦门分行", "各商业银行厦门分行", "2024年12月底前", None),
    ]),
    (5, "强化制度创新和风险防控", [
        ("围绕投资、贸易、金融、航运等领域，全年形成制度创新成果不少于15项，力争3项以上在全省复制推广。",
         None, "厦门片区管委会", "各有关单位", "各有关单位", "2024年12月底前", None),
        ("建立自贸试验区风险防控清单动态调整机制，每半年开展一次风险评估，及时报送评估报告。",
         None, "厦门片区管委会", "市司法局、市市场监管局", "市司法局、市市场监管局", "2024年6月底前、12月底前", None),
    ]),
]
XM_RICH_ROW = (3, 0)  # task 3, first measure (投洽会): 120亿元 typed in red bold (a late change)
XM_NOTE = "注：1.各牵头单位负责统筹推进，于每季度末次月5日前将进展情况书面报送厦门片区管委会综合协调处；2.完成时限为“持续推进”的，按年度报送工作进展。"
XM_SIGN = "填表人：陈晓燕　　　　联系电话：0592-2395617　　　　审核人：林志强"


def build_xiamen():
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = XM_LABEL
    ws["A1"].font = Font(name="黑体", size=14)
    title_row(ws, 2, XM_TITLE, 6)
    ws.merge_cells("A3:C3")
    ws["A3"] = XM_UNIT
    ws["A3"].alignment = Alignment(horizontal="left", vertical="center")
    ws.merge_cells("E3:F3")
    ws["E3"] = XM_DATE
    ws["E3"].alignment = Alignment(horizontal="right", vertical="center")
    for i, h in enumerate(XM_HEADER, 1):
        ws.cell(4, i, h)
    r = 5
    lead_merge = []
    for ti, (no, task, measures) in enumerate(XM_TASKS):
        r0 = r
        prev_lead = None
        for mi, (m, _mread, lead, coop, _coopread, limit, _limread) in enumerate(measures):
            if mi == 0:
                ws.cell(r, 1, no)
                ws.cell(r, 2, task)
            if (ti + 1, mi) == XM_RICH_ROW:
                head, tail = m.split("120亿元")
                ws.cell(r, 3).value = CellRichText(head, TextBlock(InlineFont(rFont="宋体", b=True, color="FFFF0000"), "120亿元"), tail)
            else:
                ws.cell(r, 3, m)
            if lead == prev_lead:
                lead_merge.append((r - 1, r))
            else:
                ws.cell(r, 4, lead)
            prev_lead = lead
            ws.cell(r, 5, coop)
            c = ws.cell(r, 6, limit)
            if isinstance(limit, dt.datetime):
                c.number_format = FMT_YMD if limit.day != 1 else FMT_YM
            r += 1
        ws.merge_cells(start_row=r0, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=r0, start_column=2, end_row=r - 1, end_column=2)
    last = r - 1
    style_box(ws, 4, last, 1, 6, left_cols=(3,), bold_rows=(4,))
    for a, b in lead_merge:
        ws.merge_cells(start_row=a, start_column=4, end_row=b, end_column=4)
    ws.cell(4, 1).font = Font(name="黑体", size=12)
    for c in range(1, 7):
        ws.cell(4, c).font = Font(name="黑体", size=12)
    ws.merge_cells(start_row=last + 1, start_column=1, end_row=last + 1, end_column=6)
    ws.cell(last + 1, 1, XM_NOTE).alignment = LEFTW
    ws.row_dimensions[last + 1].height = 36
    ws.merge_cells(start_row=last + 2, start_column=1, end_row=last + 2, end_column=6)
    ws.cell(last + 2, 1, XM_SIGN).alignment = Alignment(horizontal="left")
    widths(ws, (6, 16, 52, 16, 20, 14))
    for rr in range(5, last + 1):
        ws.row_dimensions[rr].height = 60
    ws.freeze_panes = "A5"
    ws.print_title_rows = "4:4"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    props(wb, "Administrator", "dell", dt.datetime(2024, 3, 12, 9, 21), dt.datetime(2024, 3, 19, 16, 5))
    path = os.path.join(HERE, "blind171_xiamen_fengong.xlsx")
    save_with_cache(wb, path, {})
    return path


def xm_expected():
    clauses = []
    specific = {}
    for no, task, measures in XM_TASKS:
        for m, mread, lead, coop, coopread, limit, limread in measures:
            clauses.append(row_clause(XM_HEADER, [str(no), task, mread or m, lead, coopread, limread or limit]))
    specific = {
        "row 2 (序号1, 海沧港区 船边直提)": "厦门市海沧区（海沧港区）",
        "row 5 (序号2, 象屿综合保税区)": "厦门市湖里区（象屿综合保税区，属厦门片区）",
        "row 9 (序号3, 厦金海运快件通道)": "厦门市（与金门的通道；金门 is the partner, not a place of application — naming it is tolerable, low)",
    }
    return {
        "meta": {
            "title": XM_TITLE,
            "doc_number": None,
            "issuer": ["中国（福建）自由贸易试验区厦门片区管理委员会"],
            "date": "2024-03-18",
            "published": None,
            "level": "municipal",
            "region": "福建省厦门市（中国（福建）自由贸易试验区厦门片区）",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "任务分工表",
            "recipients": [],
            "publicity": None,
            "attachment_label": "附件1",
            "sheets": ["Sheet1"],
            "file_properties": "creator Administrator, lastModifiedBy dell, created 2024-03-12, modified 2024-03-19 — none of these is the issuer or the date",
        },
        "clauses": clauses + [XM_NOTE],
        "applies_to": {
            "default": "中国（福建）自由贸易试验区厦门片区（福建省厦门市）",
            "specific": specific,
            "note": "共建“一带一路”国家, 东南亚、中东, 新加坡、马来西亚 (row 4) are partners, not places of application; 厦门海关, 厦门海事局, 厦门边检总站, 中国人民银行厦门市分行 etc. are organs (they say 厦门, which is right anyway). 福建省 (whole province) is too broad, low.",
        },
        "_note": (
            "One sheet (Sheet1) = one document, the 附件1 of a 通知 that is not in the file. Furniture, not clauses: A1 “附件1” (attachment label); row 2 merged A2:F2 = the title; row 3 = 填报单位 (A3:C3 merged, → issuer, without “填报单位：” and without “（盖章）”) and 填报日期 (E3:F3 merged, → date 2024-03-18); row 4 = the header; the last row “填表人：陈晓燕 … 审核人：林志强” (form sign-off; as a clause tolerable, low). "
            "14 rows = 14 clauses (row written 序号：…；重点任务：…；具体措施：…；牵头单位：…；配合单位：…；完成时限：…). 序号 and 重点任务 are merged vertically over each task's 2–3 rows (A5:A7, B5:B7, …): every row must carry its 序号 and 重点任务 (a blank 重点任务 on the 2nd/3rd row of a task is MEDIUM — the analyst loses which task the measure belongs to; treating the merged 重点任务 as a heading/path over its rows instead of a column value is fine). "
            "牵头单位 is merged vertically where two consecutive measures of a task share it: D11:D12 (市商务局, list rows 7–8), D15:D16 (中国人民银行厦门市分行, list rows 11–12), D17:D18 (厦门片区管委会, list rows 13–14): rows 8, 12 and 14 must still show their 牵头单位 (blank is MEDIUM — ‘who leads 跨境人民币结算’ becomes unanswerable). "
            "Wrapped text: 配合单位 cells typed with Alt+Enter (厦门海关⏎厦门边检总站): any visible separator is fine (、 space or newline), gluing the names together (厦门海关厦门边检总站) is low. The 具体措施 of 序号2 row 3 has a manual line break in the middle of a sentence (…“两步申报”⏎应用率…): it should be read as one sentence (a stray space/newline there is low; cutting the clause at the break is HIGH). "
            "完成时限 mixes text (2024年12月底前, 持续推进) with two real date cells: row 2 = 2024-09-30 shown 2024年9月30日 (2024-09-30 or 2024-09-30 00:00:00 tolerable, low); row 7 (投洽会) = 2024-09-01 with number format yyyy年m月, shown “2024年9月” — printing 2024-09-01 turns ‘in September’ into a day (medium); a serial number such as 45536 is HIGH. "
            "The 具体措施 of row 7 is a rich-text cell (120亿元 in red bold): the text must be whole. The note row under the table (注：1.…；2.…) is a clause (or a table note). "
            "No 文号, no effective/expires, no recipients (the covering 通知 is not in the file). The workbook’s core properties (creator Administrator, modified 2024-03-19) are not the issuer or the date. level municipal (片区 of 厦门市)."
        ),
        "_pdf": None,
    }


# ======================================================================================
# 2. 四川 项目清单 (在建 / 拟建)
# ======================================================================================
SC_STEM = "2024年中国（四川）自由贸易试验区服务“一带一路”建设重点项目清单"
SC_TITLE_A = SC_STEM + "（在建项目）"
SC_TITLE_B = SC_STEM + "（拟建项目）"
SC_ROW2 = "填报单位：四川省自由贸易试验区工作办公室　　　　　　填报日期：2024年2月26日　　　　　　单位：万元"
SC_HEADER_A = ["序号", "项目名称", "所在片区（区域）", "建设内容及规模", "总投资", "截至2023年底累计完成投资", "2024年计划投资", "建设起止年限", "项目业主单位", "形象进度"]
SC_ROWS_A = [
    ["成都国际铁路港多式联运枢纽扩能改造项目", "成都青白江铁路港片区", "新建集装箱作业线4条、智能化堆场12万平方米，配套建设海关监管作业场所1处", 286000, 124000, 68000, "2022—2025", "成都国际陆港运营有限公司", 0.43],
    ["天府新区中欧跨境电商产业园", "成都天府新区片区", "建设跨境电商监管中心、保税仓储及产业孵化用房共计18.6万平方米", 95000, 41000, 30000, "2023—2025", "成都天府新区投资集团有限公司", 0.45],
    ["泸州港多用途码头三期工程", "川南临港片区", "新建3000吨级泊位6个，年设计通过能力集装箱50万标箱、件杂货300万吨", 312000, 98000, 75000, "2021—2026", "泸州港航投资集团有限公司", 0.31],
    ["中欧班列（成都）集结中心冷链物流基地", "成都青白江铁路港片区", "建设冷库及冷链查验设施8.2万平方米，配套建设进口肉类、水果指定监管场地", 120000, 36000, 42000, "2023—2025", "成都国际铁路班列有限公司", 0.3],
    ["天府新区“一带一路”国际商事法律服务中心", "成都天府新区片区", "改造建设国际商事调解、仲裁、公证服务用房2.4万平方米", 18500, 9200, 9300, "2023—2024", "四川天府新区法律服务发展有限公司", 0.5],
    ["宜宾港志城作业区二期工程", "宜宾协同改革先行区", "新建2000吨级集装箱泊位4个，配套建设铁路专用线5.6公里", 168000, 52000, 38000, "2022—2026", "宜宾港口集团有限公司", 0.31],
    ["川南临港片区综合保税区二期", "川南临港片区", "建设标准厂房、保税仓库及卡口查验设施共计21万平方米", 86000, 27000, 35000, "2023—2025", "泸州临港产业投资有限公司", 0.31],
    ["天府国际基金小镇跨境金融服务中心", "成都天府新区片区", "建设QFLP、QDLP基金集聚载体及跨境金融服务平台，建筑面积6.8万平方米", 52000, 18000, 20000, "2023—2025", "成都天府国际基金小镇开发有限公司", 0.35],
    ["德阳国际铁路物流港（一期）", "德阳协同改革先行区", "建设铁路装卸线3条、集装箱堆场及仓储设施15万平方米", 74000, 21000, 26000, "2023—2025", "德阳市国际陆港发展有限公司", 0.28],
]
SC_HEADER_B = ["序号", "项目名称", "所在片区（区域）", "建设内容及规模", "总投资", "计划开工时间", "前期工作进展", "项目业主单位"]
SC_ROWS_B = [
    ["青白江铁路港中欧班列国际邮件处理中心", "成都青白江铁路港片区", "建设国际邮件、快件及跨境电商包裹处理中心3.2万平方米，日处理能力50万件", 42000, dt.datetime(2024, 5, 1), "已完成可研批复，正在开展初步设计", "成都国际铁路港投资发展（集团）有限公司"],
    ["天府新区“一带一路”企业总部基地", "成都天府新区片区", "建设总部办公、国际会展及配套服务设施26万平方米", 168000, dt.datetime(2024, 9, 1), "已完成用地预审和规划选址", "成都天府新区投资集团有限公司"],
    ["川南临港片区铁水联运专用线", "川南临港片区", "新建铁路专用线7.8公里，连接隆黄铁路与泸州港多用途码头", 56000, dt.datetime(2024, 10, 1), "可行性研究报告编制中", "泸州港航投资集团有限公司"],
    ["自贡国际灯饰跨境电商产业园", "自贡协同改革先行区", "建设灯饰产品跨境电商展示交易、海外仓集货及物流用房9万平方米", 36000, dt.datetime(2025, 3, 1), "已完成项目建议书", "自贡市文化旅游投资有限公司"],
    ["青白江铁路港片区进口商品保税展示交易中心", "成都青白江铁路港片区", "建设进口商品保税展示、交易及配套仓储设施5.5万平方米", 28000, dt.datetime(2024, 7, 1), "已取得施工许可", "成都国际陆港运营有限公司"],
    ["眉山协同改革先行区国际物流配送中心", "眉山协同改革先行区", "建设保税物流、分拨配送及冷链仓储设施12万平方米", 64000, dt.datetime(2024, 12, 1), "正在办理用地手续", "眉山市产业投资有限公司"],
    ["中国（四川）自由贸易试验区数据跨境服务中心", "成都天府新区片区", "建设数据出境安全评估辅导、跨境数据合规服务平台及机房1.2万平方米", 23000, dt.datetime(2024, 8, 1), "已完成可研批复", "四川天府新区数字经济发展有限公司"],
]


def sc_sheet(ws, title, header, rows, sum_cols, ncols, ym_col=None, pct_col=None):
    title_row(ws, 1, title, ncols, size=16)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncols)
    ws.cell(2, 1, SC_ROW2).alignment = Alignment(horizontal="left", vertical="center")
    for i, h in enumerate(header, 1):
        ws.cell(3, i, h)
    for k, row in enumerate(rows, 1):
        r = 3 + k
        ws.cell(r, 1, k)
        for j, v in enumerate(row, 2):
            c = ws.cell(r, j, v)
            if ym_col and j == ym_col:
                c.number_format = FMT_YM
            if pct_col and j == pct_col:
                c.number_format = "0%"
            if isinstance(v, int):
                c.number_format = "#,##0"
    tot = 3 + len(rows) + 1
    ws.merge_cells(start_row=tot, start_column=1, end_row=tot, end_column=4)
    ws.cell(tot, 1, "合计")
    cache = {}
    for col in sum_cols:
        L = get_column_letter(col)
        ws.cell(tot, col, "=SUM(%s4:%s%d)" % (L, L, tot - 1)).number_format = "#,##0"
        cache["%s%d" % (L, tot)] = sum(r[col - 2] for r in rows)
    style_box(ws, 3, tot, 1, ncols, left_cols=(2, 4), bold_rows=(3, tot))
    ws.freeze_panes = "A4"
    ws.print_title_rows = "3:3"
    ws.page_setup.orientation = "landscape"
    return cache


def build_sichuan():
    wb = Workbook()
    ws = wb.active
    ws.title = "在建"
    cache1 = sc_sheet(ws, SC_TITLE_A, SC_HEADER_A, SC_ROWS_A, (5, 6, 7), 10, pct_col=10)
    widths(ws, (6, 30, 18, 40, 12, 14, 12, 12, 26, 10))
    ws2 = wb.create_sheet("拟建")
    cache2 = sc_sheet(ws2, SC_TITLE_B, SC_HEADER_B, SC_ROWS_B, (5,), 8, ym_col=6)
    widths(ws2, (6, 30, 18, 40, 12, 14, 28, 26))
    wb.create_sheet("Sheet3")
    props(wb, "lenovo", "省自贸办-张", dt.datetime(2024, 1, 30, 10, 2), dt.datetime(2024, 2, 27, 8, 47))
    path = os.path.join(HERE, "blind171_sichuan_xiangmu.xlsx")
    save_with_cache(wb, path, {1: cache1, 2: cache2})
    return path


def sc_expected():
    ca = []
    for k, r in enumerate(SC_ROWS_A, 1):
        vals = [str(k)] + [fmt_num(v) if isinstance(v, int) else v for v in r[:-1]] + ["%d%%" % round(r[-1] * 100)]
        ca.append(row_clause(SC_HEADER_A, vals))
    tot_a = "序号：合计；总投资：%d；截至2023年底累计完成投资：%d；2024年计划投资：%d" % tuple(sum(r[i] for r in SC_ROWS_A) for i in (3, 4, 5))
    cb = []
    for k, r in enumerate(SC_ROWS_B, 1):
        vals = [str(k), r[0], r[1], r[2], str(r[3]), "%d年%d月" % (r[4].year, r[4].month), r[5], r[6]]
        cb.append(row_clause(SC_HEADER_B, vals))
    tot_b = "序号：合计；总投资：%d" % sum(r[3] for r in SC_ROWS_B)
    spec = {}
    for k, r in enumerate(SC_ROWS_A, 1):
        spec["在建 row %d" % k] = r[1]
    for k, r in enumerate(SC_ROWS_B, 1):
        spec["拟建 row %d" % k] = r[1]
    return {
        "meta": {
            "title": SC_STEM,
            "doc_number": None,
            "issuer": ["四川省自由贸易试验区工作办公室"],
            "date": "2024-02-26",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "项目清单",
            "recipients": [],
            "publicity": None,
            "sheets": ["在建", "拟建", "Sheet3 (empty)"],
            "sheet_titles": [SC_TITLE_A, SC_TITLE_B],
            "unit": "万元",
            "file_properties": "creator lenovo, lastModifiedBy 省自贸办-张, created 2024-01-30, modified 2024-02-27 — not the issuer or the date",
        },
        "clauses": ca + [tot_a] + cb + [tot_b],
        "applies_to": {
            "default": "中国（四川）自由贸易试验区（四川省）",
            "specific": spec,
            "note": "Each row names its 片区 in 所在片区（区域）: 成都天府新区片区 / 成都青白江铁路港片区 (成都市), 川南临港片区 (泸州市), and four rows in 协同改革先行区 that are NOT 片区 but cities: 宜宾 (在建6), 德阳 (在建9), 自贡 (拟建4), 眉山 (拟建6) — placing those in a 片区 or in 成都 is wrong (medium). 隆黄铁路 (拟建3) is a railway, not a place. 中欧班列 / 一带一路 do not place rows abroad. 合计 rows: default.",
        },
        "_note": (
            "One workbook = one 项目清单 in two sheets (在建, 拟建; Sheet3 is empty and must yield nothing). Reading it as two documents (one per sheet, each titled by its own sheet title) is tolerable (low); what matters is that every row of BOTH sheets is read, and that the second sheet’s rows are not put under the first sheet’s header. "
            "Furniture per sheet: row 1 merged title (在建: “…重点项目清单（在建项目）”, 拟建: “…（拟建项目）”; as document title the stem without the （在建项目） suffix is ideal, the first sheet’s full title is tolerable, low); row 2 is ONE merged cell holding 填报单位：四川省自由贸易试验区工作办公室 + 填报日期：2024年2月26日 + 单位：万元 separated by full-width spaces — issuer must be just the office (not “…工作办公室　　填报日期：…”), date 2024-02-26, 单位：万元 is the unit (not a clause); row 3 header; the two sheets have DIFFERENT headers (在建 10 columns with 截至2023年底累计完成投资/2024年计划投资/建设起止年限/形象进度; 拟建 8 columns with 计划开工时间/前期工作进展). "
            "Clauses: 9 在建 rows + 合计, 7 拟建 rows + 合计 (18). The 合计 rows (A:D merged “合计”) hold formulas =SUM(E4:E12) etc. WITH cached values as Excel saves them: the reader must show the numbers (在建 总投资 1211500, 累计 426200, 2024年计划 343300; 拟建 总投资 417000), not “=SUM(E4:E12)” (medium) nor empty; dropping the 合计 rows altogether is tolerable (low). "
            "Number formats: 投资 columns are #,##0 (1,211,500 or 1211500 both fine; 286000.0 low). 形象进度 is a number 0.43 formatted 0% → “43%”; printing 0.43 is low-medium (an analyst may read 0.43%). 计划开工时间 are date cells 2024-05-01… formatted yyyy年m月 → “2024年5月”; printing 2024-05-01 invents a day (low-medium), a serial like 45413 is HIGH. 建设起止年限 “2022—2025” is text (em dash), not a date range to reformat. "
            "No 文号, no effective/expires (a project list has none). level provincial, region 四川省."
        ),
        "_pdf": None,
    }


# ======================================================================================
# 3. 郑州 申报汇总表 (two-row header)
# ======================================================================================
ZZ_TITLE = "郑州市2024年度中欧班列及跨境电商发展专项资金申报汇总表"
ZZ_LABEL = "附件2"
ZZ_UNIT = "填报单位（盖章）：郑州市商务局"
ZZ_DATE = "填报日期：2024年4月22日"
# columns: A 序号, B 申报单位, C 所在区域, D 申报类别, E 申报金额合计, F 其中：省级资金, G 市级配套, H 审核金额, I 是否推荐, J 备注
ZZ_TOP = ["序号", "申报单位", "所在区域", "申报类别", "申报金额（万元）", None, None, "市级初审意见", None, "备注"]
ZZ_SUB = [None, None, None, None, "合计", "其中：省级资金", "市级配套", "审核金额（万元）", "是否推荐", None]
ZZ_HEADER = ["序号", "申报单位", "所在区域", "申报类别", "申报金额（万元）/合计", "申报金额（万元）/其中：省级资金", "申报金额（万元）/市级配套", "市级初审意见/审核金额（万元）", "市级初审意见/是否推荐", "备注"]
ZZ_ROWS = [
    ["郑州国际陆港运营有限公司", "郑州片区（郑州经开区）", "中欧班列线路拓展", 600, 260, 820, "是", "申报金额中40万元为境外站点场地租赁费用，不在支持范围，已核减"],
    ["河南保税物流中心跨境电商运营有限公司", "郑州片区（郑州经开区）", "跨境电商海外仓", 220, 100, 320, "是", ""],
    ["河南中欧跨境供应链管理有限公司", "郑州航空港经济综合实验区", "跨境电商B2B出口（9710、9810）", 200, 80, 250, "是", "该企业2023年已获同类项目市级资金支持30万元，本次核减30万元"],
    ["郑州宇丰冷链物流有限公司", "郑州片区（金水区）", "中欧班列冷链运输", 300, 150, 0, "否", "企业被海关认定为失信企业，不予推荐"],
    ["郑州新郑综保区跨境电商服务中心有限公司", "郑州航空港经济综合实验区", "跨境电商公共服务平台", 350, 150, 480, "是", "宣传推广费用20万元不在支持范围，已核减"],
    ["河南丝路通物流有限公司", "中牟县", "中欧班列回程货源组织", 120, 60, 180, "是", ""],
    ["郑州豫满全球数字贸易有限公司", "郑州片区（金水区）", "跨境电商品牌出海", 100, 50, 150, "是", ""],
    ["河南巩义铝业国际贸易有限公司", "巩义市", "中欧班列出口货源组织", 150, 70, 200, "是", "按实际发运量（186标箱）核定，核减20万元"],
    ["郑州陆港海外仓管理有限公司", "郑州片区（郑州经开区）", "跨境电商海外仓", 400, 200, 600, "是", "拟在波兰马拉舍维奇、德国汉堡各新建海外仓1个，仓储面积合计2.1万平方米"],
    ["河南嵩岳跨境电商产业园管理有限公司", "登封市", "跨境电商产业园建设", 260, 120, 0, "否", "项目尚未开工，不符合申报条件，建议下一年度申报"],
]
ZZ_NOTE_CELL = "注：1.“申报金额”中“合计”=“其中：省级资金”+“市级配套”。\n2.“是否推荐”栏填写“是”或“否”，不予推荐或核减金额的须在“备注”栏说明理由。\n3.本表须与纸质申报材料一并于2024年4月30日前报送省商务厅对外贸易处。"
ZZ_NOTES = [
    "注：1.“申报金额”中“合计”=“其中：省级资金”+“市级配套”。",
    "2.“是否推荐”栏填写“是”或“否”，不予推荐或核减金额的须在“备注”栏说明理由。",
    "3.本表须与纸质申报材料一并于2024年4月30日前报送省商务厅对外贸易处。",
]
ZZ_SIGN = "填表人：赵一鸣　　　　联系电话：0371-67181234　　　　审核人：孙立新"


def build_zhengzhou():
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总表"
    ws["A1"] = ZZ_LABEL
    ws["A1"].font = Font(name="黑体", size=14)
    title_row(ws, 2, ZZ_TITLE, 10)
    ws.merge_cells("A3:D3")
    ws["A3"] = ZZ_UNIT
    ws.merge_cells("H3:J3")
    ws["H3"] = ZZ_DATE
    ws["H3"].alignment = Alignment(horizontal="right")
    for i, (t, s) in enumerate(zip(ZZ_TOP, ZZ_SUB), 1):
        if t:
            ws.cell(4, i, t)
        if s:
            ws.cell(5, i, s)
    for col in (1, 2, 3, 4, 10):
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    ws.merge_cells("E4:G4")
    ws.merge_cells("H4:I4")
    cache = {}
    for k, row in enumerate(ZZ_ROWS, 1):
        r = 5 + k
        unit, area, kind, prov, city, audit, rec, note = row
        ws.cell(r, 1, k)
        ws.cell(r, 2, unit)
        ws.cell(r, 3, area)
        ws.cell(r, 4, kind)
        ws.cell(r, 5, "=F%d+G%d" % (r, r))
        cache["E%d" % r] = prov + city
        ws.cell(r, 6, prov)
        ws.cell(r, 7, city)
        ws.cell(r, 8, audit)
        ws.cell(r, 9, rec)
        if note:
            ws.cell(r, 10, note)
    tot = 5 + len(ZZ_ROWS) + 1
    ws.merge_cells(start_row=tot, start_column=1, end_row=tot, end_column=4)
    ws.cell(tot, 1, "合计")
    for col, idx in ((5, None), (6, 3), (7, 4), (8, 5)):
        L = get_column_letter(col)
        ws.cell(tot, col, "=SUM(%s6:%s%d)" % (L, L, tot - 1))
        cache["%s%d" % (L, tot)] = sum((r[3] + r[4]) if idx is None else r[idx] for r in ZZ_ROWS)
    ws.cell(tot, 9, "推荐8个")
    style_box(ws, 4, tot, 1, 10, left_cols=(2, 10), bold_rows=(4, 5, tot))
    dv = DataValidation(type="list", formula1='"是,否"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("I6:I%d" % (tot - 1))
    ws.merge_cells(start_row=tot + 1, start_column=1, end_row=tot + 1, end_column=10)
    ws.cell(tot + 1, 1, ZZ_NOTE_CELL).alignment = LEFTW
    ws.row_dimensions[tot + 1].height = 66
    ws.merge_cells(start_row=tot + 2, start_column=1, end_row=tot + 2, end_column=10)
    ws.cell(tot + 2, 1, ZZ_SIGN)
    widths(ws, (6, 30, 22, 22, 10, 12, 10, 12, 10, 36))
    ws.freeze_panes = "C6"
    ws.print_title_rows = "4:5"
    ws.page_setup.orientation = "landscape"
    props(wb, "Administrator", "Administrator", dt.datetime(2024, 4, 8, 15, 30), dt.datetime(2024, 4, 23, 11, 12))
    path = os.path.join(HERE, "blind171_zhengzhou_shenbao.xlsx")
    save_with_cache(wb, path, {1: cache})
    return path


def zz_expected():
    rows = []
    spec = {}
    for k, (unit, area, kind, prov, city, audit, rec, note) in enumerate(ZZ_ROWS, 1):
        rows.append(row_clause(ZZ_HEADER, [str(k), unit, area, kind, str(prov + city), str(prov), str(city), str(audit), rec, note]))
        spec["row %d (%s)" % (k, unit)] = area
    t = [sum(r[3] + r[4] for r in ZZ_ROWS), sum(r[3] for r in ZZ_ROWS), sum(r[4] for r in ZZ_ROWS), sum(r[5] for r in ZZ_ROWS)]
    tot = "序号：合计；申报金额（万元）/合计：%d；申报金额（万元）/其中：省级资金：%d；申报金额（万元）/市级配套：%d；市级初审意见/审核金额（万元）：%d；市级初审意见/是否推荐：推荐8个" % tuple(t)
    return {
        "meta": {
            "title": ZZ_TITLE,
            "doc_number": None,
            "issuer": ["郑州市商务局"],
            "date": "2024-04-22",
            "published": None,
            "level": "municipal",
            "region": "河南省郑州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "申报汇总表",
            "recipients": [],
            "publicity": None,
            "attachment_label": "附件2",
            "sheets": ["汇总表"],
            "deadline": "2024-04-30 (注3: submission to 省商务厅) — not the date",
            "file_properties": "creator/lastModifiedBy Administrator, created 2024-04-08, modified 2024-04-23 — not the issuer or the date",
        },
        "clauses": rows + [tot] + ZZ_NOTES,
        "applies_to": {
            "default": "河南省郑州市",
            "specific": spec,
            "note": "所在区域 names the place of each row: 郑州片区（郑州经开区 / 金水区） = 中国（河南）自由贸易试验区郑州片区; 郑州航空港经济综合实验区, 中牟县, 巩义市, 登封市 are NOT in the 自贸试验区 — placing rows 3/5/6/8/10 in 郑州片区 is wrong (medium); 郑州市 for them is acceptable (low). Row 9’s 备注 names 波兰马拉舍维奇、德国汉堡 — where the overseas warehouses will be, not where the funding applies (placing the row abroad is medium). 省商务厅 in 注3 is an organ.",
        },
        "_note": (
            "One sheet (汇总表) = one document (附件2 of a 通知 not in the file). Furniture: A1 “附件2”; row 2 merged title; row 3 填报单位（盖章）：郑州市商务局 (A3:D3 → issuer 郑州市商务局, without the label) and 填报日期：2024年4月22日 (H3:J3 → date 2024-04-22; 2024-04-30 in 注3 is a deadline); the two-row header (rows 4–5); the 填表人/联系电话/审核人 row (tolerable as a clause, low). "
            "TWO-ROW MERGED HEADER: A–D and J merged over rows 4–5; E4:G4 = 申报金额（万元） over 合计 / 其中：省级资金 / 市级配套; H4:I4 = 市级初审意见 over 审核金额（万元） / 是否推荐. Each row’s labels must carry both levels (any join — 申报金额（万元）/合计, 申报金额（万元）合计, 申报金额（万元）-合计 — is fine): a bare “合计：860” is ambiguous (medium, it reads like the row total of everything), and reading row 5 (合计 / 其中：省级资金 …) as a data row or a clause is HIGH-ish noise (medium); taking row 4 alone as the header, so that F/G/I come out unlabeled or labeled by the wrong neighbour, is HIGH (审核金额 vs 申报金额 confused). "
            "Column E (合计) on every row is a formula =F6+G6 with a cached value (Excel-saved): show the number (860 …), not the formula (medium) nor blank. "
            "备注 (J) holds notes that carry the reasons for 核减 / 不予推荐 (rows 1, 3, 4, 5, 8, 9, 10; blank on 2, 6, 7): they are part of the row clause and must stay attached to THEIR row (a note shifted to another row or dropped is HIGH — ‘why was 宇丰冷链 not recommended’ is exactly what an analyst asks). "
            "合计 row (A:D merged): formulas with cached values 3940 / 2700 / 1240 / 3000 and the text 推荐8个 (as a clause or dropped, both tolerable). "
            "The 注 is ONE merged cell (A17:J17) with three numbered notes separated by line breaks: three clauses ideal, one clause holding all three tolerable (low), cutting any of them mid-sentence HIGH. "
            "Data validation (是,否) on column I is not content. No 文号, no effective/expires. level municipal, region 河南省郑州市."
        ),
        "_pdf": None,
    }


# ======================================================================================
# 4. 福建省 政策清单 (rows name the 片区 / city they apply to)
# ======================================================================================
FJ_TITLE = "中国（福建）自由贸易试验区支持“海丝”经贸合作政策措施清单（2024年版）"
FJ_ROW2_L = "编制单位：福建省自由贸易试验区工作领导小组办公室"
FJ_ROW2_R = "更新时间：2024年5月10日"
FJ_HEADER = ["序号", "政策措施", "适用范围", "政策依据（文件名称及文号）", "责任单位", "有效期至"]
LONG = "长期有效"
FJ_SECTIONS = [
    ("一、贸易便利化", [
        ["对在自贸试验区内新设立的外贸综合服务企业，年进出口额首次突破1亿美元的，给予一次性奖励30万元。", "福建自贸试验区全域（福州、厦门、平潭片区）", "《福建省商务厅 福建省财政厅关于促进外贸稳规模优结构的若干措施》（闽商务外贸〔2023〕21号）", "省商务厅、省财政厅", dt.datetime(2025, 12, 31)],
        ["经平潭对台小额商品交易市场进口的台湾地区商品，实行“先放后检”，平均通关时间控制在6小时以内。", "平潭片区", "《福州海关支持平潭综合实验区高质量发展的若干措施》（福关发〔2023〕58号）", "福州海关", LONG],
        ["支持江阴港区开展汽车平行进口试点，试点企业进口车辆可凭3C认证结果在港区内完成标准符合性整改。", "福州片区（江阴港区）", "《福建省商务厅关于进一步做好汽车平行进口试点工作的通知》（闽商务市场〔2022〕9号）", "省商务厅、福州海关", dt.datetime(2026, 6, 30)],
        ["对向共建“一带一路”国家出口二手车的企业，按出口车辆数给予每辆200元的物流补助，单个企业年度补助最高不超过100万元。", "福州片区、厦门片区", "《关于支持二手车出口业务发展的若干措施》（闽商务外贸〔2024〕3号）", "省商务厅", dt.datetime(2026, 12, 31)],
    ]),
    ("二、金融服务", [
        ["开展本外币合一银行结算账户体系试点，企业可通过一个账户办理本外币收付业务。", "福州片区、厦门片区", "《中国人民银行福建省分行关于开展本外币合一银行结算账户体系试点的通知》（福银发〔2024〕15号）", "中国人民银行福建省分行", LONG],
        ["区内高新技术企业在不超过等值1000万美元额度内自主借用外债。", "福建自贸试验区全域（福州、厦门、平潭片区）", "《国家外汇管理局福建省分局关于开展跨境融资便利化试点的通知》（闽汇发〔2023〕6号）", "国家外汇管理局福建省分局", LONG],
        ["对在平潭片区设立的台资金融机构及台湾地区金融从业人员，在市场准入、执业资格认可等方面给予便利。", "平潭片区", "《关于支持平潭综合实验区金融业对台开放的若干措施》（闽金发〔2022〕11号）", "省委金融办、平潭综合实验区管委会", dt.datetime(2025, 12, 31)],
    ]),
    ("三、航运物流", [
        ["对新开通并命名为“丝路海运”的外贸集装箱航线，每条给予航线运营企业一次性奖励50万元。", "福州市、厦门市", "《福建省交通运输厅关于支持“丝路海运”高质量发展的若干措施》（闽交建〔2023〕27号）", "省交通运输厅", dt.datetime(2025, 12, 31)],
        ["中欧（厦门）班列去程每标准箱补贴运费1500元，回程每标准箱补贴运费2000元。", "厦门市", "《厦门市人民政府办公厅关于支持中欧（厦门）班列发展的若干措施》（厦府办规〔2024〕2号）", "厦门市商务局", dt.datetime(2025, 12, 31)],
        ["支持联动发展区复制推广自贸试验区航运物流领域改革试点经验，对复制成效突出的给予每项20万元奖励。", "泉州市、漳州市（自贸试验区联动发展区）", "《福建省人民政府关于支持自贸试验区联动发展区建设的意见》（闽政〔2023〕12号）", "省商务厅（省自贸办）", dt.datetime(2027, 12, 31)],
    ]),
    ("四、产业与人才", [
        ["对在平潭片区就业的台湾地区专业人才，按其个人所得税税负差额给予补贴。", "平潭片区", "《平潭综合实验区台湾居民个人所得税税负差额补贴办法》（岚综管规〔2023〕4号）", "平潭综合实验区管委会", dt.datetime(2026, 12, 31)],
        ["对在平潭片区新设立的台资企业，按实际到位资金的1%给予落户奖励，最高不超过200万元。", None, "《平潭综合实验区促进台资企业发展若干措施》（岚综管规〔2024〕1号）", "平潭综合实验区管委会", dt.datetime(2026, 12, 31)],
        ["对在厦门片区新设立的国际船舶管理企业，年营业收入首次超过5000万元的，给予一次性奖励100万元。", "厦门片区", "《厦门市促进航运业高质量发展的若干措施》（厦港口〔2023〕45号）", "厦门市港口管理局", dt.datetime(2025, 12, 31)],
        ["支持福州片区建设数字经济产业园，对入驻的跨境数字服务企业给予最长3年、每年最高50万元的租金补贴。", "福州片区", "《福州市支持数字经济高质量发展的若干措施》（榕政规〔2024〕5号）", "福州市工业和信息化局", dt.datetime(2026, 12, 31)],
    ]),
]
FJ_NOTE = "注：本清单所列政策以政策依据文件原文为准；政策依据文件修订或废止的，按新规定执行。"


def build_fujian():
    wb = Workbook()
    ws = wb.active
    ws.title = "政策清单"
    title_row(ws, 1, FJ_TITLE, 6)
    ws.merge_cells("A2:C2")
    ws["A2"] = FJ_ROW2_L
    ws.merge_cells("D2:F2")
    ws["D2"] = FJ_ROW2_R
    ws["D2"].alignment = Alignment(horizontal="right")
    for i, h in enumerate(FJ_HEADER, 1):
        ws.cell(3, i, h)
    r = 4
    n = 0
    section_rows = []
    merge_scope = []
    for sec, items in FJ_SECTIONS:
        ws.cell(r, 1, sec)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        section_rows.append(r)
        r += 1
        for it in items:
            n += 1
            ws.cell(r, 1, n)
            ws.cell(r, 2, it[0])
            if it[1] is None:
                merge_scope.append(r)
            else:
                ws.cell(r, 3, it[1])
            ws.cell(r, 4, it[2])
            ws.cell(r, 5, it[3])
            c = ws.cell(r, 6, it[4])
            if isinstance(it[4], dt.datetime):
                c.number_format = FMT_YMD
            r += 1
    last = r - 1
    style_box(ws, 3, last, 1, 6, left_cols=(2, 4), bold_rows=[3] + section_rows)
    for sr in section_rows:
        ws.cell(sr, 1).alignment = Alignment(horizontal="left", vertical="center")
        ws.cell(sr, 1).font = Font(name="黑体", size=12)
    for mr in merge_scope:
        ws.merge_cells(start_row=mr - 1, start_column=3, end_row=mr, end_column=3)
    ws.merge_cells(start_row=last + 1, start_column=1, end_row=last + 1, end_column=6)
    ws.cell(last + 1, 1, FJ_NOTE).alignment = LEFTW
    widths(ws, (6, 56, 22, 44, 22, 16))
    ws.freeze_panes = "A4"
    ws.print_title_rows = "3:3"
    ws.page_setup.orientation = "landscape"
    wb.create_sheet("Sheet2")
    wb.create_sheet("Sheet3")
    props(wb, "fjzmb", "fjzmb", dt.datetime(2024, 4, 26, 9, 0), dt.datetime(2024, 5, 13, 17, 40))
    path = os.path.join(HERE, "blind171_fujian_zhengce.xlsx")
    save_with_cache(wb, path, {})
    return path


def fj_expected():
    clauses = []
    spec = {}
    n = 0
    prev_scope = None
    for sec, items in FJ_SECTIONS:
        for it in items:
            n += 1
            scope = it[1] if it[1] is not None else prev_scope
            prev_scope = scope
            exp = it[4] if isinstance(it[4], str) else "%d年%d月%d日" % (it[4].year, it[4].month, it[4].day)
            clauses.append(row_clause(FJ_HEADER, [str(n), it[0], scope, it[2], it[3], exp]))
            spec["序号%d" % n] = scope
    return {
        "meta": {
            "title": FJ_TITLE,
            "doc_number": None,
            "issuer": ["福建省自由贸易试验区工作领导小组办公室"],
            "date": "2024-05-10",
            "published": None,
            "level": "provincial",
            "region": "福建省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "政策清单",
            "recipients": [],
            "publicity": None,
            "sheets": ["政策清单", "Sheet2 (empty)", "Sheet3 (empty)"],
            "file_properties": "creator/lastModifiedBy fjzmb, created 2024-04-26, modified 2024-05-13 — not the issuer or the date",
        },
        "clauses": clauses + [FJ_NOTE],
        "applies_to": {
            "default": "中国（福建）自由贸易试验区（福建省）",
            "specific": spec,
            "note": "适用范围 is the column that says where each policy applies, and the reader should use it row by row: 全域 → all three 片区 (福州、厦门、平潭); 平潭片区 (序号2, 7, 11, 12 — 序号12’s cell is EMPTY because C18:C19 is merged with 序号11’s: it must still be 平潭片区; blank/default is MEDIUM); 福州片区（江阴港区） (3); 福州片区、厦门片区 (4, 5); 福州市、厦门市 (8 — cities, not 片区); 厦门市 (9); 泉州市、漳州市 (10 — 联动发展区, outside the 自贸试验区: placing it in a 片区 is wrong, medium); 厦门片区 (13); 福州片区 (14). Places inside 政策依据 (e.g. 厦门市人民政府办公厅, 福州海关, 平潭综合实验区管委会 in 责任单位) are organs; taking the place from those instead of 适用范围 is wrong only where they differ (序号8: 省交通运输厅 vs 福州市、厦门市). 台湾地区 (2, 7, 11) is the origin of goods/people, not the place of application (medium if a row is placed there). 共建“一带一路”国家 (4) likewise.",
        },
        "_note": (
            "One sheet (政策清单) = one document; Sheet2 and Sheet3 are empty and must yield nothing. Furniture: row 1 merged title; row 2: 编制单位：福建省自由贸易试验区工作领导小组办公室 (A2:C2 → issuer) and 更新时间：2024年5月10日 (D2:F2 → date 2024-05-10); row 3 header. "
            "SECTION ROWS 一、贸易便利化 / 二、金融服务 / 三、航运物流 / 四、产业与人才 are merged across A:F: they are headings (as path/heading of the rows below, ideal; as heading clauses tolerable, low); reading them as a table row (序号：一、贸易便利化) is low; attaching them as the 序号 of the next row or losing the row under them is medium. "
            "14 policy rows = 14 clauses (row: 序号：…；政策措施：…；适用范围：…；政策依据（文件名称及文号）：…；责任单位：…；有效期至：…) + the 注 row. "
            "政策依据 cells carry the 文号 of OTHER documents (闽商务外贸〔2023〕21号 …): the workbook itself has NO 文号 — taking the first one (闽商务外贸〔2023〕21号) as doc_number is HIGH (the list would be cited as a 商务厅 document); likewise those cited documents’ issuers are not this document’s issuer. "
            "有效期至 mixes date cells (formatted yyyy年m月d日 → “2025年12月31日”; 2025-12-31 fine; a serial such as 46022 HIGH) and the text 长期有效. The list as a whole has no single effective/expires (null); taking one row’s 有效期至 as the document’s expires is medium. "
            "适用范围 for 序号12 is a merged cell shared with 序号11 (C18:C19): see applies_to. level provincial, region 福建省."
        ),
        "_pdf": None,
    }


def main():
    paths = [build_xiamen(), build_sichuan(), build_zhengzhou(), build_fujian()]
    exp = {
        "blind171_xiamen_fengong": [xm_expected()],
        "blind171_sichuan_xiangmu": [sc_expected()],
        "blind171_zhengzhou_shenbao": [zz_expected()],
        "blind171_fujian_zhengce": [fj_expected()],
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(p) for p in paths])


if __name__ == "__main__":
    main()
