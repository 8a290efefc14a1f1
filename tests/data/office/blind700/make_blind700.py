# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 700: Qingdao FTZ key-project list (xlsx) + forwarding notice (docx + pdf)."""
import datetime
import json
import os
import re
import subprocess
import zipfile
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XLSX_STEM = "blind700_qingdao_xiangmu"
DOC_STEM = "blind700_qingdao_tongzhi"
LIST_TITLE = "青岛市2026年自贸试验区重点项目清单"

# ---------------------------------------------------------------------------
# project data
# (name, owner, place, content, nature, start(date), total, plan2026, resp)
# content may hold "\n" (Alt+Enter inside the cell)
# ---------------------------------------------------------------------------
GROUPS = [
    ("一、基础设施类", [
        ("前湾港区自动化集装箱码头三期工程", "青岛港湾智慧码头建设有限公司", "青岛西海岸新区（青岛片区）",
         "新建自动化集装箱泊位2个及配套堆场、闸口，\n设计年通过能力170万标准箱", "续建", datetime.date(2024, 9, 1),
         "48.60", "12.00", "青岛片区管委"),
        ("董家口港区疏港铁路扩能改造工程", "青岛董家口港铁物流有限公司", "青岛西海岸新区",
         "改造到发线4条、装卸线3条，新建铁路集装箱场站1处，提升海铁联运能力", "续建", datetime.date(2025, 3, 1),
         "26.35", "7.50", "青岛片区管委"),
        ("上合示范区多式联运中心二期工程", "青岛上合国际陆港发展有限公司", "胶州市（上合示范区）",
         "新建集装箱作业区12万平方米、海关监管作业场所及查验平台，提升中欧班列集结编组能力", "新开工",
         datetime.date(2026, 4, 1), "15.80", "4.20", "上合示范区管委"),
        ("青岛前湾综合保税区智慧卡口及基础设施提升项目", "青岛前湾保税物流园区开发有限公司", "青岛前湾综合保税区",
         "改造智能卡口8条，建设非侵入式查验设施及园区智慧管理平台", "新开工", datetime.date(2026, 5, 1),
         "3.26", "1.10", "青岛片区管委"),
        ("胶东国际机场航空物流园冷链设施项目", "青岛临空冷链物流有限公司", "胶州市",
         "建设航空冷链库2.8万平方米、跨境生鲜指定监管场地1处", "新开工", datetime.date(2026, 6, 1),
         "9.70", "2.35", "青岛临空经济示范区管委"),
    ]),
    ("二、先进制造类", [
        ("海洋高端装备智能制造基地项目", "青岛海工智能装备有限公司", "青岛西海岸新区（青岛片区）",
         "建设海洋油气及风电安装装备总装车间、码头及研发中心，形成年产海工模块15万吨能力", "续建",
         datetime.date(2025, 5, 1), "32.00", "9.60", "青岛片区管委"),
        ("氢能动力系统及关键零部件产业化项目", "青岛氢途新能源科技有限公司", "青岛西海岸新区（青岛片区）",
         "建设燃料电池电堆及系统生产线4条，\n年产燃料电池系统1万套", "新开工", datetime.date(2026, 3, 1),
         "18.50", "5.00", "青岛片区管委"),
        ("保税研发中心及高端医疗器械生产项目", "青岛康瑞医疗科技有限公司", "青岛西海岸综合保税区",
         "建设保税研发中心及二类、三类医疗器械洁净车间3.6万平方米", "新开工", datetime.date(2026, 7, 1),
         "6.80", "2.00", "青岛西海岸新区管委"),
        ("新能源汽车动力电池回收利用项目", "青岛循环新材料有限公司", "即墨区",
         "建设退役动力电池梯次利用及再生利用生产线，年处理能力5万吨", "续建", datetime.date(2025, 8, 1),
         "12.40", "3.80", "即墨区政府"),
        ("上合示范区智能家电出口制造基地", "青岛欧亚智能家电有限公司", "胶州市（上合示范区）",
         "建设面向中亚、俄罗斯市场的智能家电整机生产线6条及海外仓配套中心", "新开工", datetime.date(2026, 5, 1),
         "11.25", "3.50", "上合示范区管委"),
    ]),
    ("三、现代服务业类", [
        ("青岛跨境电商产业园（二期）", "青岛跨境电商产业发展有限公司", "李沧区",
         "建设跨境电商企业孵化、直播选品、海外仓服务中心等载体8万平方米", "续建", datetime.date(2025, 4, 1),
         "7.90", "2.60", "李沧区政府"),
        ("保税维修及再制造服务中心项目", "青岛海联保税维修有限公司", "青岛前湾综合保税区",
         "开展船舶发动机、工程机械等保税维修和再制造业务，建设维修车间2.2万平方米", "新开工",
         datetime.date(2026, 4, 1), "4.50", "1.50", "青岛片区管委"),
        ("国际大宗商品数字贸易平台", "青岛港融数字贸易有限公司", "青岛西海岸新区（青岛片区）",
         "建设铁矿石、原油、橡胶等大宗商品数字仓单及交易结算平台，\n推动离岸贸易业务发展", "续建",
         datetime.date(2025, 1, 1), "2.30", "0.80", "青岛片区管委"),
        ("青岛国际航运服务中心项目", "青岛航运发展集团有限公司", "市北区",
         "建设航运交易、船舶登记、海事法律仲裁等综合服务楼宇12万平方米", "续建", datetime.date(2024, 11, 1),
         "21.00", "5.20", "市北区政府"),
        ("胶州湾综合保税区跨境电商监管中心项目", "青岛胶州湾综保区发展有限公司", "青岛胶州湾综合保税区",
         "建设跨境电商“1210”“9610”监管作业场所及分拨仓储中心", "新开工", datetime.date(2026, 3, 1),
         "3.60", "1.20", "胶州市政府"),
    ]),
    ("四、开放平台类", [
        ("中欧班列（齐鲁号）青岛集结中心扩能项目", "青岛上合国际陆港发展有限公司", "胶州市（上合示范区）",
         "扩建班列集结中心，新增班列编组线2条，年开行能力提升至1500列", "新开工", datetime.date(2026, 6, 1),
         "8.90", "2.40", "上合示范区管委"),
        ("上合经贸综合服务平台升级项目", "青岛上合数字经济服务有限公司", "胶州市（上合示范区）",
         "升级贸易撮合、跨境结算、法律服务等功能模块，服务上合组织国家企业2000家以上", "续建",
         datetime.date(2025, 6, 1), "1.20", "0.45", "上合示范区管委"),
        ("RCEP青岛经贸合作先行创新试验基地项目", "青岛日韩经贸合作发展有限公司", "青岛西海岸新区（青岛片区）",
         "建设RCEP企业服务中心、日韩进口商品展示交易中心及配套仓储", "新开工", datetime.date(2026, 5, 1),
         "5.40", "1.60", "青岛片区管委"),
        ("青岛即墨综合保税区国际商品展示交易中心", "青岛即墨综保区开发建设有限公司", "青岛即墨综合保税区",
         "建设保税展示交易、跨境电商体验及进口商品分拨中心4.5万平方米", "续建", datetime.date(2025, 9, 1),
         "4.10", "1.30", "即墨区政府"),
        ("国际贸易“单一窗口”青岛特色应用拓展项目", "青岛国际贸易数字服务有限公司", "市南区",
         "拓展跨境电商、中欧班列、保税维修等特色应用模块，\n实现与山东国际贸易“单一窗口”数据互通", "续建",
         datetime.date(2025, 2, 1), "0.85", "0.35", "市商务局"),
    ]),
]

# rows whose 责任单位 cells are merged vertically: (group index, first item index, count)
RESP_MERGES = [(0, 0, 2), (1, 0, 2), (3, 0, 2)]

HEADERS = ["序号", "项目名称", "建设单位", "建设地点", "主要建设内容\n及规模", "建设性质", "开工时间",
           "投资（亿元）", None, "责任单位"]
SUB_HEADERS = {8: "总投资", 9: "2026年计划"}
KEY_COLS = ["序号", "项目名称", "建设单位", "建设地点", "主要建设内容及规模", "建设性质", "开工时间",
            "投资（亿元）总投资", "投资（亿元）2026年计划", "责任单位"]
NCOL = 10


def d2(x):
    return Decimal(x).quantize(Decimal("0.01"))


def fmt_num(x):
    return str(d2(x))


def all_projects():
    out = []
    for _, items in GROUPS:
        out.extend(items)
    return out


TOTAL_INV = sum(Decimal(p[6]) for p in all_projects())
TOTAL_PLAN = sum(Decimal(p[7]) for p in all_projects())


# ---------------------------------------------------------------------------
# xlsx
# ---------------------------------------------------------------------------
def make_xlsx(path):
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    cached = {1: {}, 2: {}, 3: {}}

    wb = Workbook()
    # ---- sheet 1 说明
    ws1 = wb.active
    ws1.title = "说明"
    ws1.merge_cells("A1:H1")
    ws1["A1"] = LIST_TITLE + "填报说明"
    ws1["A1"].font = Font(name="方正小标宋简体", size=16)
    ws1["A1"].alignment = center
    ws1.row_dimensions[1].height = 36
    ws1["A3"] = "填报说明："
    ws1["A3"].font = Font(name="黑体", size=12)
    notes = [
        "1. 本清单所列项目为中国（山东）自由贸易试验区青岛片区、上合示范区及各综合保税区、联动创新区内2026年计划推进的重点项目，"
        "按基础设施类、先进制造类、现代服务业类、开放平台类分类填报。",
        "2. “建设性质”填写“新开工”或“续建”；“开工时间”填写实际或计划开工年月；投资金额以亿元为单位，保留两位小数。",
        "3. 小计、合计行及“汇总”表已设置公式，请勿手工修改或删除公式单元格。",
        "4. 各责任单位请于每月5日前将项目进展情况报送市商务局（市自贸办），纸质版加盖公章。",
    ]
    for i, t in enumerate(notes):
        c = ws1.cell(row=4 + i, column=1, value=t)
        c.font = Font(name="仿宋_GB2312", size=12)
    ws1.column_dimensions["A"].width = 120
    ws1["A9"] = "市商务局（市自贸办）  2026年3月"
    ws1["A9"].font = Font(name="仿宋_GB2312", size=12)

    # ---- sheet 2 项目清单
    ws = wb.create_sheet("项目清单")
    last = get_column_letter(NCOL)
    ws.merge_cells(f"A1:{last}1")
    ws["A1"] = LIST_TITLE
    ws["A1"].font = Font(name="方正小标宋简体", size=20)
    ws["A1"].alignment = center
    ws.row_dimensions[1].height = 42
    # 填报单位 / 日期 row
    ws.merge_cells("A2:E2")
    ws.merge_cells(f"F2:{last}2")
    ws["A2"] = "填报单位（盖章）：青岛市商务局（市自贸办）"
    ws["F2"] = "填报日期：2026年3月20日          单位：亿元"
    ws["A2"].font = Font(name="仿宋_GB2312", size=11)
    ws["F2"].font = Font(name="仿宋_GB2312", size=11)
    ws["A2"].alignment = Alignment(horizontal="left", vertical="center")
    ws["F2"].alignment = Alignment(horizontal="right", vertical="center")
    # two-row header
    for ci, h in enumerate(HEADERS, start=1):
        if h is None:
            continue
        ws.cell(row=3, column=ci, value=h)
    for ci, h in SUB_HEADERS.items():
        ws.cell(row=4, column=ci, value=h)
    for ci in range(1, NCOL + 1):
        col = get_column_letter(ci)
        if ci in SUB_HEADERS:
            continue
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("H3:I3")
    for r in (3, 4):
        for ci in range(1, NCOL + 1):
            c = ws.cell(row=r, column=ci)
            c.font = Font(name="黑体", size=11)
            c.alignment = center
            c.border = border
    ws.row_dimensions[3].height = 24
    ws.row_dimensions[4].height = 24

    # NB: columns H/I hold 总投资 / 2026年计划 (headers at H3 merged, H4, I4)
    # rearrange: HEADERS index 7 ("投资（亿元）") sits at column 8 (H)
    row = 5
    seq = 0
    subtotal_rows = []
    sums = []
    key_rows = []
    for gi, (gname, items) in enumerate(GROUPS):
        ws.merge_cells(f"A{row}:{last}{row}")
        c = ws.cell(row=row, column=1, value=gname)
        c.font = Font(name="黑体", size=11)
        c.alignment = Alignment(horizontal="left", vertical="center")
        for ci in range(1, NCOL + 1):
            ws.cell(row=row, column=ci).border = border
        row += 1
        first = row
        for ii, p in enumerate(items):
            seq += 1
            name, owner, place, content, nature, start, tot, plan, resp = p
            vals = [seq, name, owner, place, content, nature, start, float(tot), float(plan), resp]
            for ci, v in enumerate(vals, start=1):
                c = ws.cell(row=row, column=ci, value=v)
                c.font = Font(name="仿宋_GB2312", size=10)
                c.border = border
                c.alignment = left if ci in (2, 3, 5) else center
            ws.cell(row=row, column=7).number_format = 'yyyy"年"m"月"'
            ws.cell(row=row, column=8).number_format = "0.00"
            ws.cell(row=row, column=9).number_format = "0.00"
            ws.row_dimensions[row].height = 48
            key_vals = [str(seq), name, owner.strip(), place, content.replace("\n", ""), nature,
                        f"{start.year}年{start.month}月", fmt_num(tot), fmt_num(plan), resp]
            key_rows.append("；".join(f"{k}：{v}" for k, v in zip(KEY_COLS, key_vals)))
            row += 1
        lastr = row - 1
        # vertical merges of 责任单位
        for (mg, mi, cnt) in RESP_MERGES:
            if mg == gi:
                r0 = first + mi
                ws.merge_cells(f"J{r0}:J{r0 + cnt - 1}")
        # 小计
        ws.merge_cells(f"A{row}:G{row}")
        c = ws.cell(row=row, column=1, value="小计")
        c.font = Font(name="黑体", size=10)
        c.alignment = center
        st = sum(Decimal(p[6]) for p in items)
        sp = sum(Decimal(p[7]) for p in items)
        ws.cell(row=row, column=8, value=f"=SUM(H{first}:H{lastr})")
        ws.cell(row=row, column=9, value=f"=SUM(I{first}:I{lastr})")
        cached[2][f"H{row}"] = repr(float(st))
        cached[2][f"I{row}"] = repr(float(sp))
        for ci in range(1, NCOL + 1):
            cc = ws.cell(row=row, column=ci)
            cc.border = border
            if ci in (8, 9):
                cc.number_format = "0.00"
                cc.font = Font(name="黑体", size=10)
                cc.alignment = center
        subtotal_rows.append(row)
        sums.append((gname, first, lastr, row, len(items), st, sp))
        row += 1
    # 合计
    ws.merge_cells(f"A{row}:G{row}")
    c = ws.cell(row=row, column=1, value=f"合计（共{seq}个项目）")
    c.font = Font(name="黑体", size=11)
    c.alignment = center
    ws.cell(row=row, column=8, value="=" + "+".join(f"H{r}" for r in subtotal_rows))
    ws.cell(row=row, column=9, value="=" + "+".join(f"I{r}" for r in subtotal_rows))
    cached[2][f"H{row}"] = repr(float(TOTAL_INV))
    cached[2][f"I{row}"] = repr(float(TOTAL_PLAN))
    total_row = row
    for ci in range(1, NCOL + 1):
        cc = ws.cell(row=row, column=ci)
        cc.border = border
        if ci in (8, 9):
            cc.number_format = "0.00"
            cc.font = Font(name="黑体", size=11)
            cc.alignment = center
    widths = [6, 30, 26, 18, 44, 9, 11, 10, 10, 16]
    for ci, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(ci)].width = w
    ws.freeze_panes = "C5"
    ws.print_title_rows = "3:4"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"

    # ---- sheet 3 汇总
    ws3 = wb.create_sheet("汇总")
    ws3.merge_cells("A1:E1")
    ws3["A1"] = "2026年自贸试验区重点项目分类汇总表"
    ws3["A1"].font = Font(name="方正小标宋简体", size=16)
    ws3["A1"].alignment = center
    hdr = ["类别", "项目数（个）", "总投资（亿元）", "2026年计划投资（亿元）", "占年度计划比重"]
    for ci, h in enumerate(hdr, start=1):
        c = ws3.cell(row=2, column=ci, value=h)
        c.font = Font(name="黑体", size=11)
        c.alignment = center
        c.border = border
    r = 3
    for (gname, first, lastr, srow, n, st, sp) in sums:
        ws3.cell(row=r, column=1, value=gname.split("、", 1)[1])
        ws3.cell(row=r, column=2, value=f"=COUNT(项目清单!A{first}:A{lastr})")
        ws3.cell(row=r, column=3, value=f"=项目清单!H{srow}")
        ws3.cell(row=r, column=4, value=f"=项目清单!I{srow}")
        ws3.cell(row=r, column=5, value=f"=D{r}/D{3 + len(sums)}")
        cached[3][f"B{r}"] = str(n)
        cached[3][f"C{r}"] = repr(float(st))
        cached[3][f"D{r}"] = repr(float(sp))
        cached[3][f"E{r}"] = repr(float(sp / TOTAL_PLAN))
        r += 1
    ws3.cell(row=r, column=1, value="合计")
    ws3.cell(row=r, column=2, value=f"=SUM(B3:B{r - 1})")
    ws3.cell(row=r, column=3, value=f"=项目清单!H{total_row}")
    ws3.cell(row=r, column=4, value=f"=项目清单!I{total_row}")
    ws3.cell(row=r, column=5, value=f"=SUM(E3:E{r - 1})")
    cached[3][f"B{r}"] = str(seq)
    cached[3][f"C{r}"] = repr(float(TOTAL_INV))
    cached[3][f"D{r}"] = repr(float(TOTAL_PLAN))
    cached[3][f"E{r}"] = "1"
    for rr in range(3, r + 1):
        for ci in range(1, 6):
            c = ws3.cell(row=rr, column=ci)
            c.border = border
            c.alignment = center
            c.font = Font(name="仿宋_GB2312" if rr < r else "黑体", size=11)
            if ci in (3, 4):
                c.number_format = "0.00"
            if ci == 5:
                c.number_format = "0.0%"
    for ci, w in enumerate([20, 14, 16, 24, 16], start=1):
        ws3.column_dimensions[get_column_letter(ci)].width = w

    wb.active = 1
    wb.save(path)
    inject_cached(path, cached)
    return key_rows


def inject_cached(path, cached):
    """openpyxl leaves formula cells with an empty <v>; write cached results like Excel does."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            m = re.match(r"xl/worksheets/sheet(\d+)\.xml$", item.filename)
            if m and cached.get(int(m.group(1))):
                xml = data.decode("utf-8")
                for ref, val in cached[int(m.group(1))].items():
                    pat = re.compile(r'(<c r="%s"[^>]*><f>[^<]*</f>)<v\s*/?>(</v>)?' % ref)
                    xml, n = pat.subn(lambda mm: mm.group(1) + "<v>" + val + "</v>", xml)
                    if n != 1:
                        raise RuntimeError(f"cached value not injected for {ref}")
                data = xml.encode("utf-8")
            zout.writestr(item, data)
    os.replace(tmp, path)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
RED = RGBColor(0xE6, 0x00, 0x12)


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rFonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def fmt_par(p, align=None, first_indent=None, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def add_body(doc, parts, indent=True):
    """parts: list of (text, font, bold)."""
    p = doc.add_paragraph()
    fmt_par(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=32 if indent else None)
    for text, font, bold in parts:
        r = p.add_run(text)
        set_font(r, font, 16, bold=bold)
    return p


def bottom_border(p, color="E60012", sz=12, top=False):
    pPr = p._p.get_or_add_pPr()
    pBdr = OxmlElement("w:pBdr")
    el = OxmlElement("w:top" if top else "w:bottom")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    pBdr.append(el)
    pPr.append(pBdr)


def cell_borders(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        val = kw.get(edge)
        e = OxmlElement(f"w:{edge}")
        if val:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(val))
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tcPr.append(b)


def table_all_borders(table, sz=4):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def add_page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def make_docx(path):
    clauses = []
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    normal = doc.styles["Normal"]
    normal.font.name = FS
    normal.font.size = Pt(16)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    # ---- 版头: joint issuers as a borderless layout table, "文件" merged on the right
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    widths = [Cm(12.2), Cm(3.4)]
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]
    for i, org in enumerate(["青 岛 市 商 务 局", "青岛市发展和改革委员会"]):
        p = t.cell(i, 0).paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        r = p.add_run(org)
        set_font(r, XBS, 24, color=RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    p = m.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("文件")
    set_font(r, XBS, 36, color=RED)
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    doc.add_paragraph()
    p = doc.add_paragraph()
    fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER)
    r = p.add_run("青商务字〔2026〕18号")
    set_font(r, FS, 16)
    bottom_border(p, sz=18)
    doc.add_paragraph()

    # ---- title, two lines with a soft line break in the middle of the phrase
    p = doc.add_paragraph()
    fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    r = p.add_run("关于印发青岛市2026年自贸试验区")
    set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("重点项目清单的通知")
    set_font(r, XBS, 22)
    doc.add_paragraph()

    # ---- 主送
    recipients = ["各区、市人民政府", "青岛西海岸新区管委", "中国（山东）自由贸易试验区青岛片区管委",
                  "中国—上海合作组织地方经贸合作示范区管委", "市政府有关部门", "有关单位"]
    p = doc.add_paragraph()
    fmt_par(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    r = p.add_run("，".join(recipients) + "：")
    set_font(r, FS, 16)

    def body(text, runin=None, runin_font=KT, runin_bold=False):
        parts = []
        if runin:
            parts.append((runin, runin_font, runin_bold))
        parts.append((text, FS, False))
        add_body(doc, parts)
        clauses.append((runin or "") + text)

    def heading(text):
        p = doc.add_paragraph()
        fmt_par(p, first_indent=32)
        r = p.add_run(text)
        set_font(r, HT, 16)

    tot = fmt_num(TOTAL_INV)
    plan = fmt_num(TOTAL_PLAN)
    body("为深入贯彻落实《中国（山东）自由贸易试验区总体方案》和省委、省政府关于实施自贸试验区提升战略的部署要求，"
         "发挥重点项目对自贸试验区高质量发展的支撑带动作用，市商务局（市自贸办）会同市发展改革委，在各区（市）、"
         f"各功能区申报的基础上，梳理形成了《{LIST_TITLE}》（以下简称《清单》），共列入项目20个，总投资{tot}亿元，"
         f"2026年计划完成投资{plan}亿元。经市政府同意，现印发给你们，请认真组织实施。有关事项通知如下：")

    heading("一、总体要求")
    body("坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，"
         "聚焦服务共建“一带一路”、深化与上合组织国家及RCEP成员国经贸合作，以项目建设为抓手，推动港口、"
         "综合保税区、中欧班列、跨境电商等开放平台联动发展，力争全年新开工项目开工率达到100%，"
         "续建项目年度投资完成率不低于90%。")

    heading("二、重点任务")
    body("对列入《清单》的项目，自然资源和规划、生态环境等部门要优先保障用地、用海、能耗等要素指标，"
         "对符合条件的项目积极争取地方政府专项债券和中央预算内投资支持。", runin="（一）强化要素保障。")
    body("推行“拿地即开工”“容缺受理”等审批模式，对新开工项目实行“一项目一专班”，"
         "确保3月底前具备开工条件的项目全部完成前期手续。", runin="（二）加快手续办理。")
    body("支持青岛片区与上合示范区、各综合保税区在中欧班列集结、跨境电商监管、保税维修等领域开展联动创新，"
         "推动项目建设与制度创新同步谋划、同步推进，形成一批可复制推广的经验案例。", runin="（三）深化开放协同。")

    heading("三、推进机制")
    body("市自贸办建立《清单》项目台账，逐个明确责任单位、责任人和时间节点，实行动态管理。"
         "确因客观原因无法推进的项目，由责任单位书面说明情况后按程序调整。", runin="（一）建立项目台账。")
    body("市自贸办每月召开项目调度会，重点做好以下工作：", runin="（二）实行月调度制度。")
    # Word auto-numbered sub-items (List Number style): rendered "1." is not in the text
    subs = ["通报各项目形象进度和投资完成情况，对进度滞后的项目进行预警提示；",
            "梳理项目推进中存在的共性问题，提请市政府协调解决；",
            "对连续两个月无实质性进展的项目，约谈责任单位有关负责同志。"]
    for i, s in enumerate(subs, start=1):
        p = doc.add_paragraph(style="List Number")
        fmt_par(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        p.paragraph_format.left_indent = Pt(32)
        r = p.add_run(s)
        set_font(r, FS, 16)
        clauses.append(f"{i}.{s}")
    body("各责任单位请按以下时间节点报送项目进展情况：", runin="（三）严格进度报送。")

    rows = [
        ("月度报送", "项目形象进度、当月完成投资、存在问题", "每月5日前"),
        ("季度报送", "季度投资完成情况及下季度工作计划", "每季度末月25日前"),
        ("半年总结", "上半年项目推进情况总结及典型案例", "2026年7月10日前"),
        ("年度总结", "全年项目建设成效、经验做法及2027年项目储备建议", "2026年12月15日前"),
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=3)
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_all_borders(tb)
    hdrs = ["报送节点", "报送内容", "截止时间"]
    for ci, h in enumerate(hdrs):
        pp = tb.cell(0, ci).paragraphs[0]
        pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(pp.add_run(h), HT, 14)
    for ri, rw in enumerate(rows, start=1):
        for ci, v in enumerate(rw):
            pp = tb.cell(ri, ci).paragraphs[0]
            pp.alignment = WD_ALIGN_PARAGRAPH.CENTER if ci != 1 else WD_ALIGN_PARAGRAPH.LEFT
            set_font(pp.add_run(v), FS, 14)
        clauses.append("；".join(f"{h}：{v}" for h, v in zip(hdrs, rw)))
    for row in tb.rows:
        for ci, w in enumerate([Cm(3.2), Cm(8.6), Cm(4.0)]):
            row.cells[ci].width = w

    doc.add_paragraph()
    heading("四、工作要求")
    body("各区（市）政府、各功能区管委要落实属地责任，主要负责同志亲自研究部署，"
         "分管负责同志具体抓，确保项目按计划推进。", runin="（一）压实工作责任。")
    body("市自贸办将会同市发展改革委定期对《清单》项目推进情况开展督导，督导结果纳入全市自贸试验区建设工作考核，"
         "并适时向市政府报告。", runin="（二）加强督导考核。")
    body("联系人：市商务局自贸试验区建设处 刘晓东，电话：0532-85912736；"
         "市发展改革委重点项目处 孙 倩，电话：0532-85911608。", runin=None)

    doc.add_paragraph()
    # 附件 line (not a clause)
    p = doc.add_paragraph()
    fmt_par(p, first_indent=32)
    set_font(p.add_run("附件：" + LIST_TITLE + ".xlsx"), FS, 16)
    doc.add_paragraph()
    doc.add_paragraph()

    # 落款: both organs on one line, spaced by hand; date below, right side via trailing spaces
    p = doc.add_paragraph()
    fmt_par(p)
    set_font(p.add_run("    青岛市商务局                青岛市发展和改革委员会"), FS, 16)
    p = doc.add_paragraph()
    fmt_par(p, align=WD_ALIGN_PARAGRAPH.RIGHT)
    set_font(p.add_run("2026年3月25日        "), FS, 16)
    p = doc.add_paragraph()
    fmt_par(p, first_indent=32)
    set_font(p.add_run("（此件公开发布）"), FS, 16)

    doc.add_paragraph()

    # ---- 版记 as a one-column table with top/bottom rules
    vt = doc.add_table(rows=2, cols=1)
    vt.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0 = vt.cell(0, 0)
    cell_borders(c0, top=12, bottom=4)
    pp = c0.paragraphs[0]
    pp.paragraph_format.left_indent = Pt(14)
    set_font(pp.add_run("抄送：省商务厅，市委办公厅，市人大常委会办公厅，市政协办公厅，青岛海关。"), FS, 14)
    c1 = vt.cell(1, 0)
    cell_borders(c1, bottom=12)
    pp = c1.paragraphs[0]
    pp.paragraph_format.left_indent = Pt(14)
    set_font(pp.add_run("青岛市商务局办公室                        2026年3月25日印发"), FS, 14)

    add_page_number_footer(sec)
    doc.save(path)

    meta = {
        "title": "关于印发青岛市2026年自贸试验区重点项目清单的通知",
        "doc_number": "青商务字〔2026〕18号",
        "issuer": ["青岛市商务局", "青岛市发展和改革委员会"],
        "date": "2026-03-25",
        "published": None,
        "level": "municipal",
        "region": "青岛市",
        "effective": None,
        "expires": None,
        "attachments": [LIST_TITLE],
        "doc_type": "通知",
        "recipients": recipients,
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return meta, clauses


def to_pdf(docx_path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_700", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    xlsx_path = os.path.join(HERE, XLSX_STEM + ".xlsx")
    key_rows = make_xlsx(xlsx_path)
    docx_path = os.path.join(HERE, DOC_STEM + ".docx")
    meta, clauses = make_docx(docx_path)
    to_pdf(docx_path)

    expected = {
        DOC_STEM: [{"meta": meta, "clauses": clauses}],
        XLSX_STEM: [{
            "meta": {
                "title": LIST_TITLE,
                "doc_number": None,
                "issuer": ["青岛市商务局"],
                "date": "2026-03-20",
                "published": None,
                "level": "municipal",
                "region": "青岛市",
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "清单",
                "recipients": [],
                "publicity": None,
                "repeals": None,
            },
            "clauses": key_rows,
        }],
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
