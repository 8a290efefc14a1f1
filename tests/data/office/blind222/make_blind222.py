# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007
"""Blind round 222: the ordinary Excel workbooks that offices attach to 一带一路 / 自贸试验区 notices.

Four workbooks (openpyxl), each one document, written next to this script:
  blind222_guangxi_qingdan.xlsx   附件1 中国（广西）自由贸易试验区第五批自治区级制度创新成果复制推广清单:
      rows grouped by merged full-width rows 一、…四、 with 序号 restarting in each group, 推广范围 column,
      a manual page break before group 三, a 注： line under the table.
  blind222_kunming_fengong.xlsx   附件2 昆明市…昆明片区提升发展重点任务分工表（2024—2025年）: title over two
      merged rows, 具体措施 / 配合单位 / 完成时限 cells typed with Alt+Enter (1.… 2.… in one cell),
      牵头单位 merged vertically over 3/3/2/1/2 rows, a rich-text cell with a red （新增）, empty Sheet2/Sheet3.
  blind222_xiamen_mingdan.xlsx    附件3 2024年度厦门市“丝路海运”重点企业推荐名单: 单位 line, 合计 row,
      注：1.…4. footnotes under the table, 填报单位（盖章）/ 填表人 / 联系电话 line and 填报日期 at the bottom.
  blind222_hubei_tianbao.xlsx     sheet 1 填报说明 (plain text in merged cells), sheet 2 附件2 中国（湖北）自由贸易试验区
      2024年第三季度重点外资项目进展情况表 (title in one merged cell with Alt+Enter, a hidden column, date cells,
      drop-down validations, 5 empty template rows), sheet 3 下拉选项 (hidden lookup list).
  expected.json

Run:  . /work/venv/bin/activate && python make_blind222.py
"""
import datetime as dt
import json
import os

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.pagebreak import Break

HERE = os.path.dirname(os.path.abspath(__file__))

XBZ = "方正小标宋简体"
HT = "黑体"
FS = "仿宋_GB2312"
ST = "宋体"
KT = "楷体_GB2312"
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
CC = Alignment(horizontal="center", vertical="center", wrap_text=True)
LC = Alignment(horizontal="left", vertical="center", wrap_text=True)
LT = Alignment(horizontal="left", vertical="top", wrap_text=True)
RC = Alignment(horizontal="right", vertical="center")


def put(ws, ref, value, font=None, align=None, border=None, fmt=None):
    c = ws[ref]
    c.value = value
    if font is not None: c.font = font
    if align is not None: c.alignment = align
    if border is not None: c.border = border
    if fmt is not None: c.number_format = fmt
    return c


def box_range(ws, r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BOX


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def page(ws, landscape=True, title_rows=None, footer="— &P —", fit_width=True, paper=9):
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = paper
    if fit_width:
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = 0.55
    ws.page_margins.right = 0.55
    ws.page_margins.top = 0.75
    ws.page_margins.bottom = 0.75
    if title_rows:
        ws.print_title_rows = title_rows
    if footer:
        ws.oddFooter.center.text = footer
        ws.oddFooter.center.font = "宋体,常规"
        ws.oddFooter.center.size = 14


def fmt_num(x):
    return "%.2f" % x


def row_clause(headers, values):
    """header：value pairs joined by ；, empty cells left out, Alt+Enter lines joined with nothing."""
    parts = []
    for h, v in zip(headers, values):
        if v is None or v == "":
            continue
        v = str(v).replace("\n", "")
        parts.append("%s：%s" % (h.replace("\n", ""), v))
    return "；".join(parts)


# ===================================================================== 1. 广西 清单
GX_TITLE = "中国（广西）自由贸易试验区第五批自治区级制度创新成果复制推广清单"
GX_HEAD = ["序号", "改革事项", "主要内容", "推广范围", "责任单位"]
GX_GROUPS = [
    ("一、投资便利化领域（4项）", [
        ("外商投资企业设立登记“跨境通办”", "在中国（广西）自由贸易试验区南宁片区试点基础上，境外投资者可通过视频身份核验、电子签名远程办理外商投资企业设立、变更登记，申请材料由东盟国家合作公证机构出具后在线核验，无需现场提交纸质材料。", "全区", "自治区市场监管局"),
        ("工业用地“标准地+承诺制”出让", "工业项目用地出让前完成区域评估，明确亩均投资强度、亩均税收等控制指标，企业签订承诺书后即可拿地开工，实现“拿地即开工”。钦州港片区已累计出让“标准地”2600亩。", "各设区市，自贸试验区各片区", "自治区自然资源厅"),
        ("外国人来华工作许可与居留许可“一窗通办”", "在崇左片区凭祥市设立外国人工作和居留服务专窗，将工作许可、居留许可两项审批的申请材料由11件精简为6件，办理时限由20个工作日压缩至7个工作日。", "南宁市、钦州市、崇左市、防城港市", "自治区科技厅、自治区公安厅"),
        ("园区项目环评“区域评估+告知承诺”", "对已完成规划环评的产业园区，入园项目环境影响报告表实行告知承诺审批，当场发放批复文件。", "北海市、钦州市、防城港市", "自治区生态环境厅"),
    ]),
    ("二、贸易便利化领域（5项）", [
        ("边民互市贸易进口商品落地加工“一站式”监管", "在凭祥市、东兴市边民互市贸易区（点）设立落地加工商品集中申报、查验、放行场所，互市进口商品经备案后直接进入加工企业，监管时间平均缩短60%。", "东兴市、凭祥市、龙州县、宁明县、大新县、靖西市、那坡县", "南宁海关、自治区商务厅"),
        ("中越跨境货车“点对点”直通运输", "依托友谊关口岸开展中越跨境直通车运输，越方货车经审批后可直接驶入凭祥综合保税区卸货，减少换装倒运环节。", "友谊关口岸、东兴口岸、水口口岸", "自治区口岸办、自治区交通运输厅"),
        ("西部陆海新通道海铁联运“一单制”", "在钦州港片区推行海铁联运全程提单，货物在内陆站点一次委托、一单到底、一次结算，提单可作为物权凭证办理融资。", "全区", "自治区商务厅、自治区交通运输厅"),
        ("综合保税区“保税维修+再制造”业务监管", "钦州综合保税区对区内企业开展的工程机械、船用设备保税维修和再制造业务实行“一企一账”管理，维修后产品可直接出口或内销。", "南宁综合保税区、北海综合保税区、凭祥综合保税区、梧州综合保税区、防城港综合保税区", "南宁海关"),
        ("进口水果“提前申报、抵港直提”", "对经钦州港、北海港、防城港进口的东盟水果实行提前申报、抵港直提，查验合格后通关时间压缩至6小时以内。", "全区", "南宁海关"),
    ]),
    ("三、金融开放创新领域（3项）", [
        ("面向东盟的跨境人民币“结算+融资”一体化服务", "银行为与东盟国家开展贸易的企业提供跨境人民币结算、贸易融资、汇率避险一站式服务，优质企业凭电子信息即可办理结算。", "全区", "中国人民银行广西壮族自治区分行"),
        ("边境贸易外汇收支“个人名录+代理”便利化", "边民互市贸易的个人外汇收支纳入个人名录管理，由边民互助组或互市贸易服务企业代理集中办理收付汇。", "东兴市、凭祥市、龙州县、宁明县、大新县、靖西市、那坡县、防城区", "国家外汇管理局广西壮族自治区分局"),
        ("小微外贸企业“信保+担保”融资", "由政府性融资担保机构为出口信用保险保单提供增信，小微外贸企业凭保单即可获得无抵押贷款，单户最高500万元。", "全区", "自治区财政厅、中国出口信用保险公司广西分公司"),
    ]),
    ("四、政府管理及法治保障领域（3项）", [
        ("涉东盟商事纠纷“一站式”多元化解", "依托南宁片区中国—东盟商事法律服务中心，整合诉讼、仲裁、调解资源，为涉东盟商事纠纷提供在线立案、跨境调解和司法确认一站式服务。", "南宁市、钦州市、崇左市", "自治区高级人民法院、自治区司法厅"),
        ("“口岸+园区”联动招商机制", "崇左片区整合友谊关口岸、凭祥综合保税区和凭祥边境经济合作区招商资源，实行“一个平台对外、一套政策招商”。", "崇左市、防城港市、百色市", "自治区投资促进局"),
        ("国际航行船舶“联合登临检查”", "海事、海关、边检对国际航行船舶实行“一次登轮、联合检查”，船舶在港停时平均缩短4小时。", "钦州港、北海港、防城港", "广西海事局、南宁海关、广西出入境边防检查总站"),
    ]),
]
GX_NOTE = "注：推广范围为“全区”的，由各设区市人民政府和自治区有关部门组织实施，于2025年3月31日前完成复制推广；推广范围为特定区域的，由所在设区市人民政府负责落实。"


def build_guangxi():
    wb = Workbook()
    ws = wb.active
    ws.title = "清单"
    widths(ws, [7, 24, 58, 26, 22])
    put(ws, "A1", "附件1", Font(name=HT, size=14), Alignment(horizontal="left", vertical="center"))
    ws.row_dimensions[1].height = 24
    ws.merge_cells("A2:E2")
    put(ws, "A2", GX_TITLE, Font(name=XBZ, size=20), CC)
    ws.row_dimensions[2].height = 48
    for i, h in enumerate(GX_HEAD, 1):
        c = ws.cell(3, i, h)
        c.font = Font(name=HT, size=12)
        c.alignment = CC
        c.border = BOX
    ws.row_dimensions[3].height = 30
    r = 4
    group_rows = []
    for gtitle, items in GX_GROUPS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        c = ws.cell(r, 1, gtitle)
        c.font = Font(name=HT, size=12)
        c.alignment = Alignment(horizontal="left", vertical="center", indent=1)
        box_range(ws, r, 1, r, 5)
        ws.row_dimensions[r].height = 26
        group_rows.append(r)
        r += 1
        for n, (name, body, scope, unit) in enumerate(items, 1):
            vals = [n, name, body, scope, unit]
            for ci, v in enumerate(vals, 1):
                c = ws.cell(r, ci, v)
                c.font = Font(name=FS, size=12)
                c.alignment = CC if ci in (1,) else (LC if ci == 3 else CC)
                c.border = BOX
            ws.row_dimensions[r].height = 16 * max(3, len(body) // 26 + 1)
            r += 1
    # manual page break before group 三
    ws.row_breaks.append(Break(id=group_rows[2] - 1))
    r += 0
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    c = ws.cell(r, 1, GX_NOTE)
    c.font = Font(name=FS, size=11)
    c.alignment = LC
    ws.row_dimensions[r].height = 36
    page(ws, landscape=True, title_rows="3:3")
    ws.print_area = "A1:E%d" % r
    wb.properties.creator = "Administrator"
    wb.properties.lastModifiedBy = "自治区商务厅自贸处"
    fn = os.path.join(HERE, "blind222_guangxi_qingdan.xlsx")
    wb.save(fn)
    clauses = []
    for gtitle, items in GX_GROUPS:
        for n, (name, body, scope, unit) in enumerate(items, 1):
            clauses.append(row_clause(GX_HEAD, [n, name, body, scope, unit]))
    clauses.append(GX_NOTE)
    return fn, clauses


# ===================================================================== 2. 昆明 分工表
KM_T1 = "昆明市推进中国（云南）自由贸易试验区昆明片区提升发展重点任务分工表"
KM_T2 = "（2024—2025年）"
KM_HEAD = ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"]
# (task, measures, lead, partners, deadline); lead None = merged with the row above
KM_ROWS = [
    ("提升外商投资便利化水平", "1.在昆明片区（昆明经开区）推行外商投资企业“准入即准营”改革；\n2.建立重点外资项目“一对一”服务专员制度；\n3.2024年底前实现外资企业设立登记全程网上办理。", "市商务局", "市市场监管局\n昆明经开区管委会", "2024年12月底前"),
    ("扩大面向南亚东南亚服务贸易", "1.支持呈贡区建设面向南亚东南亚的数字服务出口基地；\n2.在昆明片区开展国际医疗、跨境教育服务贸易试点。", None, "市卫生健康委\n市教育体育局\n呈贡区人民政府", "2025年6月底前"),
    ("推动中老铁路沿线开放合作", "1.依托王家营西铁路集装箱中心站建设中老铁路国际货运集结中心，年集结班列不少于600列；\n2.推动磨憨口岸与昆明片区通关、物流、产业一体化联动；\n3.支持磨憨镇建设进口商品落地加工园区。", None, "市口岸办\n官渡区人民政府\n磨憨镇人民政府", "2025年12月底前"),
    ("深化通关便利化改革", "1.在昆明长水国际机场口岸推行进口货物“提前申报”“两步申报”；\n2.鲜切花出口通关时间压缩至2小时以内。", "昆明海关", "市口岸办\n空港经济区管委会", "2024年12月底前"),
    ("做强昆明综合保税区", "1.支持昆明综合保税区（经开区）发展保税维修、保税研发业务；\n2.推动综合保税区绩效评估等次提升至B类以上。", None, "昆明经开区管委会", "2025年12月底前"),
    ("建设跨境电子商务综合试验区", "1.在官渡区、空港经济区布局跨境电商产业园和海外仓服务中心；\n2.开展跨境电商“9810”出口海外仓业务，年交易额突破20亿元。", None, "市商务局\n官渡区人民政府\n空港经济区管委会", "2025年6月底前"),
    ("扩大跨境人民币使用", "1.支持银行机构为昆明片区企业办理与老挝、缅甸、越南的跨境人民币结算；\n2.推动人民币对老挝基普区域性挂牌交易业务扩容。", "市委金融办", "人民银行云南省分行\n国家外汇管理局云南省分局", "持续推进"),
    ("建设区域性国际金融服务平台（新增）", "1.支持呈贡区集聚面向南亚东南亚的金融机构区域总部；\n2.在昆明片区开展合格境外有限合伙人（QFLP）试点。", None, "市市场监管局\n呈贡区人民政府", "2025年12月底前"),
    ("优化外籍人员出入境服务", "1.在昆明长水国际机场设立口岸签证服务窗口；\n2.为昆明片区引进的外籍高层次人才办理5年有效居留许可。", "市公安局", "市科技局\n市人力资源社会保障局", "2024年12月底前"),
    ("推动片区与联动创新区协同发展", "1.支持安宁市（安宁工业园区）、嵩明县（杨林经开区）建设自贸试验区联动创新区；\n2.建立改革试点经验“一月一复制”工作机制。", "市发展改革委", "安宁市人民政府\n嵩明县人民政府\n昆明片区管委会", "2025年6月底前"),
    ("开展制度创新成效评估", "1.每年委托第三方机构对重点任务推进情况开展评估；\n2.评估结果纳入各县（市）区、开发（度假）区年度综合考评。", None, "市委督查室\n各县（市）区人民政府\n各开发（度假）区管委会", "每年12月底前\n（长期坚持）"),
]


def build_kunming():
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    widths(ws, [6, 20, 62, 14, 24, 16])
    put(ws, "A1", "附件2", Font(name=HT, size=16))
    ws.merge_cells("A2:F2")
    put(ws, "A2", KM_T1, Font(name=XBZ, size=18), Alignment(horizontal="center", vertical="bottom", wrap_text=True))
    ws.row_dimensions[2].height = 36
    ws.merge_cells("A3:F3")
    put(ws, "A3", KM_T2, Font(name=KT, size=16), Alignment(horizontal="center", vertical="top"))
    ws.row_dimensions[3].height = 28
    for i, h in enumerate(KM_HEAD, 1):
        c = ws.cell(4, i, h)
        c.font = Font(name=HT, size=12, bold=False)
        c.alignment = CC
        c.border = BOX
    ws.row_dimensions[4].height = 28
    r0 = 5
    lead_start = None
    leads = []
    for n, (task, meas, lead, part, due) in enumerate(KM_ROWS, 1):
        r = r0 + n - 1
        vals = [n, task, meas, lead, part, due]
        for ci, v in enumerate(vals, 1):
            c = ws.cell(r, ci)
            if ci == 2 and "（新增）" in task:
                base = task.replace("（新增）", "")
                c.value = CellRichText([TextBlock(InlineFont(rFont=FS, sz=12), base),
                                        TextBlock(InlineFont(rFont=KT, sz=12, color="FFFF0000", b=True), "（新增）")])
            elif v is not None:
                c.value = v
            c.font = Font(name=FS, size=12)
            c.alignment = LC if ci == 3 else CC
            c.border = BOX
        nlines = max(meas.count("\n") + 1 + len(meas) // 34, part.count("\n") + 1)
        ws.row_dimensions[r].height = 18 * max(2, nlines)
        if lead is not None:
            leads.append([r, r, lead])
        else:
            leads[-1][1] = r
    for a, b, lead in leads:
        if b > a:
            ws.merge_cells(start_row=a, start_column=4, end_row=b, end_column=4)
    last = r0 + len(KM_ROWS) - 1
    ws.freeze_panes = "A5"
    page(ws, landscape=True, title_rows="4:4", footer="— &P —")
    ws.print_area = "A1:F%d" % last
    wb.create_sheet("Sheet2")
    wb.create_sheet("Sheet3")
    wb.properties.creator = "lenovo"
    wb.properties.lastModifiedBy = "市自贸办"
    fn = os.path.join(HERE, "blind222_kunming_fengong.xlsx")
    wb.save(fn)
    clauses = []
    cur = None
    for n, (task, meas, lead, part, due) in enumerate(KM_ROWS, 1):
        if lead is not None:
            cur = lead
        clauses.append(row_clause(KM_HEAD, [n, task, meas, cur, part.replace("\n", "、"), due]))
    return fn, clauses


# ===================================================================== 3. 厦门 名单
XM_TITLE = "2024年度厦门市“丝路海运”重点企业推荐名单"
XM_HEAD = ["序号", "企业名称", "统一社会信用代码", "所在区", "所在园区（片区）", "主营业务", "2023年进出口额", "备注"]
XM_ROWS = [
    ("厦门屿联国际物流有限公司", "91350200MA34R7XK2B", "湖里区", "自贸试验区厦门片区（象屿保税区）", "国际货运代理、供应链管理", 12860.45, "△★"),
    ("厦门海沧湾港务发展有限公司", "91350205MA2XQ3L81T", "海沧区", "海沧港综合保税区", "集装箱码头装卸、仓储", 8342.10, "△"),
    ("厦门鹭翔航运股份有限公司", "91350200705418263K", "思明区", "—", "国际海运、船舶代理", 21455.00, "★"),
    ("厦门嘉禾跨境电子商务有限公司", "91350206MA8T5N2W0J", "湖里区", "厦门跨境电子商务产业园", "跨境电商进出口", 5120.36, ""),
    ("厦门翔安港通冷链物流有限公司", "91350213MA2Y8P6C3D", "翔安区", "厦门火炬高新区（翔安）产业区", "冷链物流、进口食品分拨", 3087.90, ""),
    ("厦门集美海丝贸易有限公司", "91350211MA32K9D57X", "集美区", "集美机械工业集中区", "工程机械出口", 6740.00, ""),
    ("厦门同安中欧班列运营有限公司", "91350212MA8W1R4E6F", "同安区", "同安工业集中区", "中欧（厦门）班列运营、多式联运", 9615.72, "★"),
    ("厦门东渡港航服务有限公司", "91350203MA2YF0H86R", "湖里区", "—", "港口引航、拖轮服务", 1256.80, ""),
    ("厦门海沧保税冷链科技有限公司", "91350205MA31UB7N4P", "海沧区", "海沧港综合保税区", "保税冷链仓储", 4403.15, "△"),
    ("厦门象屿综保区汇通国际贸易有限公司", "91350200MA8RX2T95L", "湖里区", "象屿综合保税区", "大宗商品进出口", 35670.00, "△"),
    ("厦门海翼丝路国际物流有限公司", "91350205MA2Y4CQ67E", "海沧区", "东南国际航运中心海沧港区", "国际物流、海铁联运", 7780.25, "★"),
    ("厦门翔鹭空港物流有限公司", "91350213MA8U9K3J2H", "翔安区", "翔安航空港工业与物流园区", "航空货运代理", 2210.40, ""),
]
XM_NOTES = [
    "注：1.“2023年进出口额”以厦门海关统计数据为准，单位为万美元，保留两位小数。",
    "2.备注栏标“△”的企业注册地位于中国（福建）自由贸易试验区厦门片区或海沧港、象屿综合保税区，推荐材料已经厦门片区管委会初审。",
    "3.备注栏标“★”的企业为2023年度“丝路海运”重点企业，本年度为复核推荐。",
    "4.同一企业集团仅推荐1家成员企业；企业不在园区内的，“所在园区（片区）”栏填“—”。",
]


def build_xiamen():
    wb = Workbook()
    ws = wb.active
    ws.title = "推荐名单"
    widths(ws, [6, 34, 22, 9, 30, 26, 14, 8])
    put(ws, "A1", "附件3", Font(name=HT, size=16))
    ws.merge_cells("A2:H2")
    put(ws, "A2", XM_TITLE, Font(name=XBZ, size=20), CC)
    ws.row_dimensions[2].height = 42
    ws.merge_cells("G3:H3")
    ws["G3"].value = "单位：万美元"
    ws["G3"].alignment = RC
    ws["G3"].font = Font(name=FS, size=11)
    for i, h in enumerate(XM_HEAD, 1):
        c = ws.cell(4, i, h)
        c.font = Font(name=HT, size=11)
        c.alignment = CC
        c.border = BOX
    ws.row_dimensions[4].height = 32
    r = 5
    for n, row in enumerate(XM_ROWS, 1):
        name, code, dist, park, biz, amount, mark = row
        vals = [n, name, code, dist, park, biz, amount, mark or None]
        for ci, v in enumerate(vals, 1):
            c = ws.cell(r, ci, v)
            c.font = Font(name=FS, size=11)
            c.alignment = LC if ci in (2, 5, 6) else CC
            c.border = BOX
            if ci == 7:
                c.number_format = "0.00"
                c.alignment = Alignment(horizontal="right", vertical="center")
            if ci == 3:
                c.number_format = "@"
        ws.row_dimensions[r].height = 30
        r += 1
    total = round(sum(x[5] for x in XM_ROWS), 2)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    c = ws.cell(r, 1, "合计")
    c.font = Font(name=HT, size=11)
    c.alignment = CC
    c = ws.cell(r, 7, total)
    c.number_format = "0.00"
    c.font = Font(name=HT, size=11)
    c.alignment = Alignment(horizontal="right", vertical="center")
    box_range(ws, r, 1, r, 8)
    total_row = r
    r += 1
    for note in XM_NOTES:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(r, 1, note)
        c.font = Font(name=FS, size=11)
        c.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True, indent=0 if note.startswith("注") else 2)
        ws.row_dimensions[r].height = 20 if len(note) < 60 else 32
        r += 1
    r += 1  # empty row
    put(ws, "A%d" % r, "填报单位（盖章）：厦门市商务局", Font(name=FS, size=12))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    put(ws, "E%d" % r, "填表人：林雅琪", Font(name=FS, size=12))
    put(ws, "F%d" % r, "联系电话：0592-2853176", Font(name=FS, size=12))
    ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=8)
    r += 1
    put(ws, "A%d" % r, "填报日期：2024年11月18日", Font(name=FS, size=12))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    page(ws, landscape=True, title_rows="4:4", footer="第 &P 页，共 &N 页")
    ws.print_area = "A1:H%d" % r
    wb.properties.creator = "xmcom"
    fn = os.path.join(HERE, "blind222_xiamen_mingdan.xlsx")
    wb.save(fn)
    clauses = []
    for n, row in enumerate(XM_ROWS, 1):
        name, code, dist, park, biz, amount, mark = row
        clauses.append(row_clause(XM_HEAD, [n, name, code, dist, park, biz, fmt_num(amount), mark]))
    clauses.append("合计：" + fmt_num(total))
    clauses += XM_NOTES
    return fn, clauses, total


# ===================================================================== 4. 湖北 填报说明 + 表 + 下拉选项
HB_TITLE_CELL = "中国（湖北）自由贸易试验区\n2024年第三季度重点外资项目进展情况表"
HB_TITLE = HB_TITLE_CELL.replace("\n", "")
HB_NOTES = [
    "一、本表由中国（湖北）自由贸易试验区武汉、襄阳、宜昌片区管委会和各联动创新区所在市（州）商务主管部门填报，统计范围为2024年1月1日以来签约、在建或投产的合同外资1000万美元以上外商投资项目。",
    "二、“所在片区（区域）”“是否共建‘一带一路’国家”“项目类型”“进展阶段”栏请从下拉列表中选择，不得自行修改选项内容。",
    "三、“合同外资”“实际使用外资”以万美元为单位，保留两位小数；“实际使用外资”填报2024年1—9月累计数，以商务部外资统计系统数据为准。",
    "四、“投资来源地”按最终投资方所在国家（地区）填写；经第三地转投的，在备注栏注明实际控制人所在地。",
    "五、请于2024年10月15日前将本表电子版（Excel格式）及盖章扫描件报送省商务厅（省自贸办），联系人：吴磊，联系电话：027-87235516。",
]
HB_HEAD = ["序号", "所在片区（区域）", "区划代码", "项目名称", "外资企业名称", "投资来源地", "是否共建“一带一路”国家",
           "项目类型", "签约时间", "合同外资（万美元）", "1—9月实际使用外资（万美元）", "进展阶段", "备注"]
HB_HIDDEN_COL = 3  # 区划代码
HB_ROWS = [
    ("武汉片区", "420171", "新型显示面板配套材料项目", "武汉鑫晟光电材料有限公司", "韩国", "是", "新设", dt.datetime(2024, 1, 22), 12000.00, 3250.50, "在建", "位于东湖新技术开发区左岭产业园"),
    ("武汉片区", "420171", "跨境医药研发外包服务中心", "武汉汉新医药研发有限公司", "新加坡", "是", "增资", dt.datetime(2024, 3, 8), 4500.00, 1800.00, "已投产", "经新加坡转投，实际控制人所在地：中国香港"),
    ("武汉片区", "420171", "智能网联汽车电子零部件项目", "武汉德驰汽车电子有限公司", "德国", "否", "新设", dt.datetime(2024, 5, 16), 6800.00, 0, "已签约", "项目位于武汉经济技术开发区，纳入武汉片区统计"),
    ("襄阳片区", "420671", "新能源汽车动力电池隔膜项目", "襄阳恒捷新材料有限公司", "中国香港", "否", "新设", dt.datetime(2024, 2, 27), 15000.00, 5600.00, "在建", "位于襄阳高新区深圳工业园"),
    ("襄阳片区", "420671", "工程机械保税维修及再制造项目", "襄阳卓越装备维修有限公司", "意大利", "是", "新设", dt.datetime(2024, 6, 12), 2300.00, 900.00, "在建", "位于襄阳综合保税区"),
    ("宜昌片区", "420571", "精细磷化工新材料项目", "宜昌兴和化学有限公司", "沙特阿拉伯", "是", "并购", dt.datetime(2024, 4, 3), 8800.00, 8800.00, "已投产", None),
    ("宜昌片区", "420571", "中欧班列（宜昌）集散分拨中心", "宜昌三峡国际物流有限公司", "哈萨克斯坦", "是", "新设", dt.datetime(2024, 7, 19), 1500.00, 300.00, "已签约", "位于宜昌综合保税区"),
    ("联动创新区", "420200", "高端电子铜箔项目", "黄石宏远铜箔科技有限公司", "马来西亚", "是", "增资", dt.datetime(2024, 3, 29), 5200.00, 2100.00, "在建", "黄石联动创新区（黄石综合保税区）"),
    ("联动创新区", "421000", "农产品精深加工项目", "荆州丰硕食品有限公司", "泰国", "是", "新设", dt.datetime(2024, 8, 6), 1200.00, 0, "已签约", "荆州联动创新区（荆州经济技术开发区）"),
    ("联动创新区", "420300", "商用车出口改装项目", "十堰东晟专用汽车有限公司", "俄罗斯", "是", "新设", dt.datetime(2024, 9, 10), 3000.00, 0, "已签约", "十堰联动创新区（十堰经济技术开发区）"),
]
HB_LISTS = {
    "所在片区（区域）": ["武汉片区", "襄阳片区", "宜昌片区", "联动创新区"],
    "是否共建“一带一路”国家": ["是", "否"],
    "项目类型": ["新设", "增资", "并购"],
    "进展阶段": ["已签约", "在建", "已投产", "已达产"],
}


def build_hubei():
    wb = Workbook()
    s1 = wb.active
    s1.title = "填报说明"
    widths(s1, [12] * 8)
    s1.merge_cells("A1:H1")
    put(s1, "A1", "填报说明", Font(name=HT, size=18), CC)
    s1.row_dimensions[1].height = 40
    r = 2
    for i, t in enumerate(HB_NOTES):
        span = 2 if len(t) > 70 else 1
        s1.merge_cells(start_row=r, start_column=1, end_row=r + span - 1, end_column=8)
        put(s1, "A%d" % r, t, Font(name=FS, size=14), Alignment(horizontal="left", vertical="top", wrap_text=True))
        for k in range(span):
            s1.row_dimensions[r + k].height = 40 if span == 2 else 58
        r += span
    s1.sheet_view.showGridLines = False
    page(s1, landscape=False, footer=None)

    s2 = wb.create_sheet("项目表")
    widths(s2, [6, 12, 10, 26, 26, 11, 10, 9, 15, 12, 14, 10, 30])
    put(s2, "A1", "附件2", Font(name=HT, size=14))
    s2.merge_cells("A2:M2")
    put(s2, "A2", HB_TITLE_CELL, Font(name=XBZ, size=18), CC)
    s2.row_dimensions[2].height = 60
    s2.merge_cells("A3:E3")
    put(s2, "A3", "填报单位（盖章）：湖北省商务厅", Font(name=FS, size=12), Alignment(horizontal="left", vertical="center"))
    s2.merge_cells("J3:M3")
    put(s2, "J3", "填报时间：2024年10月18日", Font(name=FS, size=12), RC)
    for i, h in enumerate(HB_HEAD, 1):
        c = s2.cell(4, i, h)
        c.font = Font(name=HT, size=11)
        c.alignment = CC
        c.border = BOX
    s2.row_dimensions[4].height = 44
    r = 5
    for n, row in enumerate(HB_ROWS, 1):
        vals = [n] + list(row)
        for ci, v in enumerate(vals, 1):
            c = s2.cell(r, ci, v)
            c.font = Font(name=FS, size=11)
            c.alignment = LC if ci in (4, 5, 13) else CC
            c.border = BOX
            if ci == 9:
                c.number_format = 'yyyy"年"m"月"d"日"'
            if ci in (10, 11):
                c.number_format = "0.00"
        s2.row_dimensions[r].height = 32
        r += 1
    first_data, last_data = 5, r - 1
    # empty template rows, bordered and validated
    for k in range(5):
        for ci in range(1, 14):
            s2.cell(r, ci).border = BOX
        s2.row_dimensions[r].height = 24
        r += 1
    last_tpl = r - 1
    s2.column_dimensions[get_column_letter(HB_HIDDEN_COL)].hidden = True
    s2.freeze_panes = "D5"
    page(s2, landscape=True, title_rows="4:4", footer="— &P —")
    s2.print_area = "A1:M%d" % last_tpl

    s3 = wb.create_sheet("下拉选项")
    for ci, (h, opts) in enumerate(HB_LISTS.items(), 1):
        s3.cell(1, ci, h)
        for k, o in enumerate(opts, 2):
            s3.cell(k, ci, o)
    s3.sheet_state = "hidden"
    col_of = {"所在片区（区域）": 2, "是否共建“一带一路”国家": 7, "项目类型": 8, "进展阶段": 12}
    for ci, (h, opts) in enumerate(HB_LISTS.items(), 1):
        L = get_column_letter(ci)
        ref = "下拉选项!$%s$2:$%s$%d" % (L, L, len(opts) + 1)
        dv = DataValidation(type="list", formula1="=" + ref, allow_blank=True, showErrorMessage=True,
                            errorTitle="输入有误", error="请从下拉列表中选择")
        tc = get_column_letter(col_of[h])
        dv.add("%s%d:%s%d" % (tc, first_data, tc, last_tpl))
        s2.add_data_validation(dv)
    wb.active = 0
    wb.properties.creator = "hbswt"
    wb.properties.lastModifiedBy = "WPS_1718234567"
    fn = os.path.join(HERE, "blind222_hubei_tianbao.xlsx")
    wb.save(fn)
    clauses = list(HB_NOTES)
    vis_head = [h for i, h in enumerate(HB_HEAD, 1) if i != HB_HIDDEN_COL]
    for n, row in enumerate(HB_ROWS, 1):
        vals = [n] + list(row)
        vals = [v for i, v in enumerate(vals, 1) if i != HB_HIDDEN_COL]
        out = []
        for h, v in zip(vis_head, vals):
            if isinstance(v, dt.datetime):
                v = "%d年%d月%d日" % (v.year, v.month, v.day)
            elif isinstance(v, float) or (isinstance(v, int) and h.endswith("（万美元）")):
                v = fmt_num(v)
            out.append(v)
        clauses.append(row_clause(vis_head, out))
    return fn, clauses


# ===================================================================== expected
def meta(title, issuer, date, level, region, doc_type, published=None):
    return {"title": title, "doc_number": None, "issuer": issuer, "date": date, "published": published,
            "level": level, "region": region, "effective": None, "expires": None, "attachments": [],
            "doc_type": doc_type, "recipients": [], "publicity": None}


def main():
    out = {}
    fn, cl = build_guangxi()
    spec = {}
    for g, (gt, items) in enumerate(GX_GROUPS):
        for n, it in enumerate(items, 1):
            if it[2] != "全区":
                spec["%s%d" % (gt[:2], n)] = it[2]
    out["blind222_guangxi_qingdan"] = [{
        "meta": meta(GX_TITLE, [], None, "provincial", "广西壮族自治区", "清单（制度创新成果复制推广清单）"),
        "clauses": cl,
        "applies_to": {
            "default": "广西壮族自治区（全区）",
            "specific": spec,
            "note": "The place a row applies to is its 推广范围 column. 南宁片区 / 钦州港片区 / 崇左片区 in 主要内容 are where the reform was piloted, not where it is to be copied: a row whose 推广范围 is 全区 applies in all of 广西 (tagging it also with the pilot 片区 is low). 东盟 / 越南 do not move a row abroad. 责任单位 are organs, not places.",
        },
        "_note": (
            "A1 附件1 (furniture, attachment label). Title in one merged cell A2:E2. Header row 3 序号/改革事项/主要内容/推广范围/责任单位 (print-title row). "
            "Four group rows merged A:E (一、投资便利化领域（4项） … 四、政府管理及法治保障领域（3项）) are headings, not rows: a row clause for them is tolerable (low) but they must not be glued to the next row or shift columns. "
            "序号 restarts at 1 in each group (4+5+3+3 = 15 rows): labels must be unique within the document (一、1 ≠ 二、1). A manual page break sits before group 三 (furniture). "
            "Under the table a merged 注： row (a real clause: it sets the deadline 2025-03-31 — a deadline, not a document date). No 文号, issuer, date: the workbook is an attachment and prints none (inventing an issuer from 责任单位 is medium)."
        ),
    }]

    fn, cl = build_kunming()
    out["blind222_kunming_fengong"] = [{
        "meta": meta(KM_T1 + KM_T2, [], None, "municipal", "云南省昆明市", "任务分工表"),
        "clauses": cl,
        "applies_to": {
            "default": "云南省昆明市（中国（云南）自由贸易试验区昆明片区）",
            "specific": {
                "序号1": "昆明片区（昆明经开区）",
                "序号2": "呈贡区；昆明片区",
                "序号3": "官渡区（王家营西铁路集装箱中心站）；磨憨镇（西双版纳州勐腊县，由昆明市托管）；昆明片区",
                "序号4": "昆明长水国际机场口岸（空港经济区）",
                "序号5": "昆明综合保税区（昆明经开区）",
                "序号6": "官渡区、空港经济区",
                "序号7": "昆明片区",
                "序号8": "呈贡区；昆明片区",
                "序号9": "昆明长水国际机场；昆明片区",
                "序号10": "安宁市（安宁工业园区）、嵩明县（杨林经开区）",
            },
            "note": "老挝、缅甸、越南 / 南亚东南亚 (序号2/7/8) do not move a row abroad. 中老铁路 is a corridor. 磨憨镇 is geographically in 西双版纳州 but administered by 昆明市; tagging 序号3 with 西双版纳/勐腊 as well is fine. 配合单位 naming a 区/县 government (呈贡区人民政府, 官渡区人民政府, 安宁市/嵩明县人民政府) confirms the place.",
        },
        "_note": (
            "A1 附件2. Title over TWO merged rows: A2:F2 昆明市推进…重点任务分工表 and A3:F3 （2024—2025年） (楷体) — one title, joined with no space; the second row is not a clause and not a subtitle-only title. "
            "Header row 4 序号/重点任务/具体措施/牵头单位/配合单位/完成时限 (frozen, print-title). 11 task rows. 具体措施 cells hold 2–3 lines typed with Alt+Enter (1.…；\\n2.…；\\n3.…。) — one cell, one row clause; the lines must not become separate rows or separate clauses of their own without the row (splitting them into sub-items of the row is tolerable). "
            "配合单位 cells are Alt+Enter lists of organs (expected joins them with 、; a newline or nothing between them is equally good). 完成时限 of row 11 is two lines (每年12月底前 / （长期坚持）). "
            "牵头单位 (D) is merged vertically: D5:D7 市商务局 (rows 1–3), D8:D10 昆明海关 (rows 4–6), D11:D12 市委金融办 (rows 7–8), D13 市公安局 alone (row 9), D14:D15 市发展改革委 (rows 10–11): the value sits only in the top cell and must be carried to every row it covers (rows 2,3,5,6,8,11 without 牵头单位 = medium). "
            "Row 8 重点任务 is a rich-text cell: 建设区域性国际金融服务平台 + a red bold （新增） run — both runs must be kept. Sheet2 and Sheet3 are empty default sheets (nothing to read). No issuer, 文号 or date printed."
        ),
    }]

    fn, cl, total = build_xiamen()
    out["blind222_xiamen_mingdan"] = [{
        "meta": meta(XM_TITLE, ["厦门市商务局"], "2024-11-18", "municipal", "福建省厦门市", "名单（推荐名单）"),
        "clauses": cl,
        "applies_to": {
            "default": "福建省厦门市",
            "specific": {
                "序号1": "湖里区；中国（福建）自由贸易试验区厦门片区（象屿保税区）",
                "序号2": "海沧区；海沧港综合保税区（厦门片区）",
                "序号3": "思明区",
                "序号4": "湖里区（厦门跨境电子商务产业园）",
                "序号5": "翔安区（厦门火炬高新区（翔安）产业区）",
                "序号6": "集美区（集美机械工业集中区）",
                "序号7": "同安区（同安工业集中区）",
                "序号8": "湖里区",
                "序号9": "海沧区；海沧港综合保税区（厦门片区）",
                "序号10": "湖里区；象屿综合保税区（厦门片区）",
                "序号11": "海沧区（东南国际航运中心海沧港区）",
                "序号12": "翔安区（翔安航空港工业与物流园区）",
                "注2": "中国（福建）自由贸易试验区厦门片区；海沧港、象屿综合保税区",
            },
            "note": "Each row is one company; its place is 所在区 + 所在园区（片区）. “—” in 所在园区 (rows 3, 8) means none: no place from it. 中欧 (row 7) does not move the row abroad.",
        },
        "_note": (
            "A1 附件3; title merged A2:H2; G3:H3 单位：万美元 (unit line, furniture — but it tells the unit of 2023年进出口额); header row 4. 12 company rows; "
            "统一社会信用代码 typed as text (must not turn into a number); 进出口额 numbers with format 0.00 (printed 21455.00, 6740.00 — the raw 21455 / 6740 is tolerable, low). 备注 holds marks △ / ★ / △★ that refer to notes 2 and 3; empty 备注 cells are left out of the row clause. "
            "合计 row (A:F merged 合计, G = %s) — a summary row: as a clause tolerable; it must not be read as company 13 or glued to row 12. "
            "Under the table four note rows merged A:H: 注：1.… / 2.… / 3.… / 4.… — real content (what △ and ★ mean), expected as clauses (kept as the table's remarks instead is fine; losing them is medium). "
            "After an empty row: 填报单位（盖章）：厦门市商务局 (A:C merged) | 填表人：林雅琪 (E) | 联系电话：0592-2853176 (F:H) on one row, then 填报日期：2024年11月18日 — furniture: issuer = 厦门市商务局, date = 2024-11-18; the 填表人 name and phone are not clauses, not table rows, not issuers. "
            "Footer 第 &P 页，共 &N 页."
        ) % fmt_num(total),
    }]

    fn, cl = build_hubei()
    out["blind222_hubei_tianbao"] = [{
        "meta": meta(HB_TITLE, ["湖北省商务厅"], "2024-10-18", "provincial", "湖北省", "统计表（情况表，附填报说明）"),
        "clauses": cl,
        "applies_to": {
            "default": "湖北省（中国（湖北）自由贸易试验区）",
            "specific": {
                "填报说明一、": "武汉、襄阳、宜昌片区及各联动创新区",
                "序号1": "武汉片区（东湖新技术开发区左岭产业园）",
                "序号2": "武汉片区",
                "序号3": "武汉经济技术开发区（纳入武汉片区统计）",
                "序号4": "襄阳片区（襄阳高新区深圳工业园）",
                "序号5": "襄阳片区（襄阳综合保税区）",
                "序号6": "宜昌片区",
                "序号7": "宜昌片区（宜昌综合保税区）",
                "序号8": "黄石市（黄石联动创新区，黄石综合保税区）",
                "序号9": "荆州市（荆州联动创新区，荆州经济技术开发区）",
                "序号10": "十堰市（十堰联动创新区，十堰经济技术开发区）",
            },
            "note": "投资来源地 (韩国, 新加坡, 德国, 中国香港, 意大利, 沙特阿拉伯, 哈萨克斯坦, 马来西亚, 泰国, 俄罗斯) is where the money comes from, not where the row applies; 中欧班列 (row 7) is a corridor. The hidden 区划代码 column (420171, 420671, …) is not printed.",
        },
        "_note": (
            "Three sheets. Sheet 1 填报说明: A1:H1 merged heading 填报说明 (heading, not the title of the document), then five paragraphs 一、…五、 each in a merged block (A:H, one or two rows high, wrapped) — clauses of the document, in order, before the table rows. "
            "Sheet 2 项目表: A1 附件2; title in ONE merged cell A2:M2 typed with Alt+Enter (中国（湖北）自由贸易试验区⏎2024年第三季度重点外资项目进展情况表) → one title, joined with no space. "
            "Row 3: 填报单位（盖章）：湖北省商务厅 (A3:E3) and 填报时间：2024年10月18日 (J3:M3) → issuer / date (furniture, not clauses). Header row 4 (13 columns; column C 区划代码 is HIDDEN — its values must not be printed into the row clauses; including them is low). "
            "10 project rows; 签约时间 are real date cells shown as 2024年1月22日 (yyyy\"年\"m\"月\"d\"日\" format) — 2024-01-22 is equally good, 2024-01-22 00:00:00 or a serial number (45313) is low/medium; they are not document dates. "
            "合同外资 / 实际使用外资 numbers with format 0.00 (12000.00; raw 12000 tolerable; 0 shown 0.00). Row 6 has an empty 备注. Then 5 EMPTY template rows with borders and drop-down validation — nothing to read (a clause for them is medium). "
            "Sheet 3 下拉选项 is HIDDEN (sheet_state=hidden): the lookup lists 武汉片区/襄阳片区/宜昌片区/联动创新区, 是/否, 新设/增资/并购, 已签约/在建/已投产/已达产 feed the validations — they must not become clauses or rows (medium if they do). "
            "Deadline 2024-10-15 (说明五) is not a document date; published unknown."
        ),
    }]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    print("wrote", *sorted(k + ".xlsx" for k in out), "expected.json")


if __name__ == "__main__":
    main()
