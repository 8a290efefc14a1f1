# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, UP031, UP032, E731
"""Blind round 210: spreadsheets offices publish.

Four .xlsx workbooks (openpyxl), laid out as a clerk does in Excel/WPS, written next to itself:
  blind210_hunan_mingdan.xlsx     湖南省商务厅 附件2 名单: 2024年度湖南省省级外贸转型升级基地认定名单 —
      merged title row, 填报单位/填报日期 line, two-row merged header, group rows 一、长沙市 …,
      合计 row with SUM formulas (cached values written as Excel does), a 注 line under the table.
  blind210_guangxi_chuangxin.xlsx 中国（广西）自由贸易试验区第六批制度创新成果清单 on three sheets named
      南宁片区 / 钦州港片区 / 崇左片区 (the title row is the same on every sheet — the 片区 is only
      in the sheet name), in-cell line breaks (Alt+Enter) in 主要做法, an empty leftover Sheet1.
  blind210_qingdao_fengong.xlsx   中国（山东）自由贸易试验区青岛片区2025年提升战略重点任务分工表 —
      group rows, 重点任务 and 牵头单位 merged over several rows, 备注 column, real date cells in 完成时限.
  blind210_fumian_qingdan.xlsx    自由贸易试验区外商投资准入特别管理措施（负面清单）（2025年版） —
      序号/领域/特别管理措施 with 领域 merged down, a 说明： block (1.–6.) under the table.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind210.py
"""
import datetime as dt
import json
import os
import re
import shutil
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins

HERE = os.path.dirname(os.path.abspath(__file__))

XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
ST = "宋体"
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
CTR = Alignment(horizontal="center", vertical="center", wrap_text=True)
LFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
RGT = Alignment(horizontal="right", vertical="center")
DATEFMT = 'yyyy"年"m"月"d"日"'


# ================================================================ helpers
def put(ws, ref, value, font=FS, size=11, bold=False, align=LFT, border=True, fmt=None):
    c = ws[ref]
    c.value = value
    c.font = Font(name=font, size=size, bold=bold)
    c.alignment = align
    if border:
        c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


def box_range(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def merge(ws, rng, value, font=FS, size=11, bold=False, align=LFT, border=True, fmt=None):
    first = rng.split(":")[0]
    put(ws, first, value, font, size, bold, align, border, fmt)
    ws.merge_cells(rng)
    if border:
        box_range(ws, rng)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def landscape(ws, title_rows=None, footer="第 &P 页，共 &N 页"):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.7, bottom=0.7)
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddFooter.center.text = footer
    ws.oddFooter.center.size = 10
    ws.oddFooter.center.font = ST


def excelize(path, cached=None):
    """Make the package look as Excel/WPS save it: openpyxl (this build) writes inline strings and formulas
    without results; Excel writes a shared-string table and stores each formula's last result in <v>."""
    from lxml import etree
    NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    q = lambda t: "{%s}%s" % (NS, t)
    cached = cached or {}
    strings, index = [], {}
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        names = zin.namelist()
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet") and item.filename.endswith(".xml"):
                root = etree.fromstring(data)
                for c in root.iter(q("c")):
                    if c.get("t") == "inlineStr":
                        txt = "".join(t.text or "" for t in c.iter(q("t")))
                        for ch in list(c):
                            c.remove(ch)
                        if txt not in index:
                            index[txt] = len(strings)
                            strings.append(txt)
                        c.set("t", "s")
                        etree.SubElement(c, q("v")).text = str(index[txt])
                    elif c.get("t") == "n" and c.find(q("v")) is None and c.find(q("f")) is None:
                        del c.attrib["t"]
                    key = (item.filename, c.get("r"))
                    if key in cached:
                        v = c.find(q("v"))
                        if v is None:
                            v = etree.SubElement(c, q("v"))
                        v.text = cached[key]
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            elif item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml" Id="rIdSST"/></Relationships>')
            elif item.filename == "docProps/app.xml":
                data = re.sub(rb"<Application>[^<]*</Application>", b"<Application>Microsoft Excel</Application>", data)
            zout.writestr(item, data)
        sst = etree.Element(q("sst"), nsmap={None: NS})
        sst.set("count", str(len(strings)))
        sst.set("uniqueCount", str(len(strings)))
        for t in strings:
            si = etree.SubElement(sst, q("si"))
            te = etree.SubElement(si, q("t"))
            te.text = t
            if t != t.strip() or "\n" in t:
                te.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        zout.writestr("xl/sharedStrings.xml", etree.tostring(sst, xml_declaration=True, encoding="UTF-8", standalone=True))
    shutil.move(tmp, path)


def props(wb, creator, title=None):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = dt.datetime(2024, 10, 8, 9, 12, 0)
    wb.properties.modified = dt.datetime(2024, 12, 16, 17, 40, 0)
    if title:
        wb.properties.title = title


def fmt1(x):
    return ("%.1f" % x)


# ================================================================ (a) 湖南 名单
HN_TITLE = "2024年度湖南省省级外贸转型升级基地认定名单"
HN_GROUPS = [
    ("一、长沙市", [
        ("长沙经济技术开发区", "长沙经开区工程机械外贸转型升级基地", "工程机械", 286531.4, 142306.8, "复核通过", ""),
        ("湖南湘江新区（岳麓区）", "湘江新区智能终端外贸转型升级基地", "智能终端、电子信息", 95210.6, 38455.2, "新认定", ""),
        ("浏阳市", "浏阳市烟花爆竹外贸转型升级基地", "烟花爆竹", 61877.3, 20561.9, "复核通过", ""),
        ("长沙县（长沙黄花综合保税区）", "黄花综保区跨境电商外贸转型升级基地", "跨境电商、航空物流", 47326.0, 29014.5, "新认定", "与中国（湖南）自由贸易试验区长沙片区联动建设"),
    ]),
    ("二、株洲市", [
        ("荷塘区", "株洲轨道交通装备外贸转型升级基地", "轨道交通装备", 158904.7, 97215.3, "复核通过", ""),
        ("醴陵市", "醴陵陶瓷外贸转型升级基地", "日用陶瓷、电瓷", 52118.9, 21460.0, "复核通过", ""),
    ]),
    ("三、岳阳市", [
        ("岳阳城陵矶综合保税区", "城陵矶综保区粮食和冷链食品外贸转型升级基地", "粮食、冷链食品", 73560.2, 41208.7, "新认定", "位于中国（湖南）自由贸易试验区岳阳片区"),
        ("华容县", "华容县纺织服装外贸转型升级基地", "纺织服装", 18642.5, 7315.6, "新认定", ""),
        ("岳阳经济技术开发区", "岳阳经开区电子信息外贸转型升级基地", "电子信息", 34270.8, 12654.1, "复核通过", ""),
    ]),
    ("四、郴州市", [
        ("北湖区（郴州综合保税区）", "郴州综保区有色金属外贸转型升级基地", "有色金属精深加工", 129875.6, 68302.4, "复核通过", "位于中国（湖南）自由贸易试验区郴州片区"),
        ("资兴市", "资兴市电子信息外贸转型升级基地", "电子信息、数据服务", 22416.3, 9870.5, "新认定", ""),
        ("嘉禾县", "嘉禾县铸锻造外贸转型升级基地", "铸锻造、机械配件", 15302.7, 8116.2, "新认定", ""),
    ]),
    ("五、怀化市", [
        ("鹤城区（怀化国际陆港）", "怀化国际陆港东盟农产品外贸转型升级基地", "东盟水果、农产品加工", 26719.4, 24980.3, "新认定", "依托西部陆海新通道"),
        ("洪江市", "洪江市中药材外贸转型升级基地", "中药材", 6834.1, 3102.6, "新认定", ""),
    ]),
    ("六、湘西土家族苗族自治州", [
        ("吉首市（湘西经济开发区）", "湘西州特色轻工外贸转型升级基地", "特色轻工、茶叶", 8125.9, 3420.7, "新认定", ""),
    ]),
]
HN_NOTE = "注：进出口额数据来源于长沙海关统计；“其中”列为对共建“一带一路”国家进出口额。"
HN_HEAD = ["序号", "所在县市区（园区）", "基地名称", "主导产业", "2023年进出口额（万元）合计", "2023年进出口额（万元）其中：共建“一带一路”国家", "认定类型", "备注"]


def build_hunan():
    wb = Workbook()
    ws = wb.active
    ws.title = "省级基地名单"
    props(wb, "Administrator")
    widths(ws, [6, 24, 36, 20, 13, 16, 11, 26])
    put(ws, "A1", "附件2", HT, 14, border=False, align=Alignment(horizontal="left", vertical="center"))
    merge(ws, "A2:H2", HN_TITLE, XBZ, 18, align=CTR, border=False)
    ws.row_dimensions[2].height = 40
    merge(ws, "A3:D3", "填报单位（盖章）：湖南省商务厅", FS, 12, border=False, align=Alignment(horizontal="left", vertical="center"))
    merge(ws, "E3:H3", "填报日期：2024年12月16日", FS, 12, border=False, align=RGT)
    # two-row header
    merge(ws, "A4:A5", "序号", HT, 11, align=CTR)
    merge(ws, "B4:B5", "所在县市区\n（园区）", HT, 11, align=CTR)
    merge(ws, "C4:C5", "基地名称", HT, 11, align=CTR)
    merge(ws, "D4:D5", "主导产业", HT, 11, align=CTR)
    merge(ws, "E4:F4", "2023年进出口额（万元）", HT, 11, align=CTR)
    put(ws, "E5", "合计", HT, 11, align=CTR)
    put(ws, "F5", "其中：共建“一带一路”国家", HT, 11, align=CTR)
    merge(ws, "G4:G5", "认定类型", HT, 11, align=CTR)
    merge(ws, "H4:H5", "备注", HT, 11, align=CTR)
    ws.row_dimensions[5].height = 36
    r = 6
    n = 0
    first_data = r
    totE = totF = 0.0
    for g, rows in HN_GROUPS:
        merge(ws, "A%d:H%d" % (r, r), g, HT, 11, align=Alignment(horizontal="left", vertical="center"))
        r += 1
        for place, name, ind, e, f, kind, note in rows:
            n += 1
            put(ws, "A%d" % r, n, FS, 11, align=CTR)
            put(ws, "B%d" % r, place)
            put(ws, "C%d" % r, name)
            put(ws, "D%d" % r, ind)
            put(ws, "E%d" % r, e, fmt="0.0", align=Alignment(horizontal="right", vertical="center"))
            put(ws, "F%d" % r, f, fmt="0.0", align=Alignment(horizontal="right", vertical="center"))
            put(ws, "G%d" % r, kind, align=CTR)
            put(ws, "H%d" % r, note or None)
            totE += e
            totF += f
            r += 1
    last = r - 1
    merge(ws, "A%d:D%d" % (r, r), "合计", HT, 11, align=CTR)
    put(ws, "E%d" % r, "=SUM(E%d:E%d)" % (first_data, last), HT, 11, fmt="0.0", align=Alignment(horizontal="right", vertical="center"))
    put(ws, "F%d" % r, "=SUM(F%d:F%d)" % (first_data, last), HT, 11, fmt="0.0", align=Alignment(horizontal="right", vertical="center"))
    put(ws, "G%d" % r, "—", FS, 11, align=CTR)
    put(ws, "H%d" % r, "共15个基地，其中新认定9个、复核通过6个")
    total_row = r
    r += 1
    merge(ws, "A%d:H%d" % (r, r), HN_NOTE, FS, 10, border=False, align=Alignment(horizontal="left", vertical="center", wrap_text=True))
    ws.row_dimensions[r].height = 30
    ws.freeze_panes = "A6"
    landscape(ws, "4:5")
    ws.print_area = "A1:H%d" % r
    path = os.path.join(HERE, "blind210_hunan_mingdan.xlsx")
    wb.save(path)
    excelize(path, {("xl/worksheets/sheet1.xml", "E%d" % total_row): fmt1(totE), ("xl/worksheets/sheet1.xml", "F%d" % total_row): fmt1(totF)})
    return path, fmt1(totE), fmt1(totF)


def hunan_expected(totE, totF):
    cl = []
    spec = {}
    n = 0
    for g, rows in HN_GROUPS:
        city = g.split("、", 1)[1]
        for place, name, ind, e, f, kind, note in rows:
            n += 1
            s = "序号：%d；所在县市区（园区）：%s；基地名称：%s；主导产业：%s；2023年进出口额（万元）合计：%s；其中：共建“一带一路”国家：%s；认定类型：%s" % (n, place, name, ind, fmt1(e), fmt1(f), kind)
            if note:
                s += "；备注：%s" % note
            cl.append(s)
            spec["序号%d" % n] = city + place
    cl.append("合计；2023年进出口额（万元）合计：%s；其中：共建“一带一路”国家：%s；认定类型：—；备注：共15个基地，其中新认定9个、复核通过6个" % (totE, totF))
    cl.append(HN_NOTE)
    spec["序号4"] = "长沙市长沙县（长沙黄花综合保税区）; 备注 links it with 湖南自贸试验区长沙片区"
    spec["序号7"] = "岳阳市岳阳城陵矶综合保税区（湖南自贸试验区岳阳片区）"
    spec["序号10"] = "郴州市北湖区（郴州综合保税区，湖南自贸试验区郴州片区）"
    spec["序号13"] = "怀化市鹤城区（怀化国际陆港）— 东盟 / 西部陆海新通道 are not places of application"
    return [{
        "meta": {
            "title": HN_TITLE, "doc_number": None, "issuer": ["湖南省商务厅"],
            "date": "2024-12-16", "published": None, "level": "provincial", "region": "湖南省",
            "effective": None, "expires": None, "attachments": [], "doc_type": "名单（附件2）",
            "recipients": [], "publicity": None,
        },
        "clauses": cl,
        "applies_to": {
            "default": "湖南省",
            "specific": spec,
            "note": "Each row applies to the 市州 of the group row above it (一、长沙市 …) and the 县市区/园区 in column B. 合计 and 注 apply to 湖南省. 共建“一带一路”国家 (a column heading) places nothing abroad.",
        },
        "_note": (
            "Sheet 省级基地名单. Furniture: A1 附件2 (label); A2:H2 merged title (the document title); row 3 填报单位（盖章）：湖南省商务厅 (A3:D3) and 填报日期：2024年12月16日 (E3:H3, right) → issuer / date; "
            "rows 4–5 a TWO-ROW header: 序号, 所在县市区（园区）(with an Alt+Enter break), 基地名称, 主导产业, 认定类型, 备注 merged down over both rows; 2023年进出口额（万元） merged across E4:F4 over 合计 (E5) / 其中：共建“一带一路”国家 (F5). "
            "Header rows must not become clauses, and row 5's 合计 must not be read as the 合计 row. Group rows 一、长沙市 … 六、湘西土家族苗族自治州 merged A:H are headings (they give the place of the rows under them; as clauses tolerable low, glued onto a row medium). "
            "15 data rows (序号 1–15 continuous across groups), amounts formatted 0.0 (26719.4, 47326.0 shown with its .0 — 47326 is equally right). "
            "合计 row: 合计 merged A:D, E/F are =SUM formulas with cached results (%s / %s) as Excel saves them, G —, H 共15个基地… — a clause (dropping it low; reading the formula text instead of the value medium). "
            "Under the table one 注： line (a clause/note). Print titles rows 4:5, footer 第 &P 页，共 &N 页 (print furniture, not text). No 文号, no effective/expires; 2024-12-16 is the 填报日期 → date." % (totE, totF)
        ),
    }]


# ================================================================ (b) 广西 制度创新成果 清单
GX_TITLE = "中国（广西）自由贸易试验区第六批制度创新成果清单"
GX_ISSUER_LINE = "广西壮族自治区自由贸易试验区工作办公室　　2024年11月28日"
GX_HEAD = ["序号", "成果名称", "主要做法", "实践效果", "创新类别", "实施单位"]
GX_SHEETS = [
    ("南宁片区", [
        ("面向东盟的跨境数据流动“白名单”服务机制",
         ["一是在中国—东盟数字经济产业园设立跨境数据服务中心，为企业提供数据出境合规评估辅导；", "二是编制面向东盟的数据出境场景清单，首批纳入跨境电商、跨境物流等6类场景；", "三是建立“一对一”专员服务机制。"],
         "已为32家企业提供合规辅导，12家企业完成数据出境安全评估或标准合同备案，申报准备时间平均缩短约40%。",
         "数字贸易", "南宁片区管委会、自治区党委网信办"),
        ("跨境人民币结算“一站式”便利化服务",
         ["一是推动区内银行对优质企业跨境人民币结算实行“凭指令办理”；", "二是上线跨境人民币结算线上服务专区，实现资料一次提交、全程线上办理。"],
         "2024年1—10月，片区跨境人民币结算量同比增长27.6%，单笔业务办理时间由1天压缩至2小时。",
         "金融开放", "南宁片区管委会、人民银行广西壮族自治区分行"),
        ("南宁综合保税区“保税仓储+跨境电商”共享仓模式",
         ["一是在南宁综合保税区内划定共享仓库区域，保税货物与跨境电商货物同仓存储、分类监管；", "二是依托信息化系统实现账册自动核销。"],
         "仓储利用率提高35%，企业物流成本降低约15%。",
         "贸易便利化", "南宁海关、南宁片区管委会"),
        ("外籍人才工作许可和居留许可“一件事”联办",
         ["在南宁片区政务服务中心设立外籍人才服务专窗，工作许可和居留许可“一窗受理、并联审批”。"],
         "办理时限由20个工作日压缩至10个工作日。",
         "政府职能转变", "南宁片区管委会、南宁市公安局"),
        ("东盟商品跨境电商零售进口“合单申报”",
         ["对同一订单中多件东盟商品实行合并申报，海关一次审核放行。"],
         "申报单量减少约30%，通关效率提升20%以上。",
         "贸易便利化", "南宁海关"),
    ]),
    ("钦州港片区", [
        ("西部陆海新通道海铁联运“一单制”",
         ["一是推行海铁联运全程“一次委托、一单到底、一次收费”；", "二是海铁联运提单可作为物权凭证办理质押融资。"],
         "累计签发海铁联运“一单制”提单1.2万票，货物在港中转时间压缩约1.5天。",
         "贸易便利化", "钦州港片区管委会、中国铁路南宁局集团有限公司、钦州海关"),
        ("进口冷链食品“集中查验+预检预处理”模式",
         ["在钦州港东站和钦州保税港区设立集中查验点，对进口冷链食品实行预检、集中查验和预防性消毒一体化作业。"],
         "进口冷链食品平均通关时间压缩至1.8天。",
         "贸易便利化", "钦州海关、钦州港片区管委会"),
        ("集装箱“船边直提、抵港直装”全流程作业",
         ["推行进口货物“船边直提”、出口货物“抵港直装”，实现码头作业与海关监管无缝衔接。"],
         "进口集装箱平均提离时间由2天缩短至6小时以内。",
         "贸易便利化", "钦州海关、北部湾港钦州码头有限公司"),
        ("钦州保税港区“一企一账”保税监管",
         ["为区内企业设立电子账册，实行以企业为单元的保税监管和“自主核报、自主补缴”。"],
         "企业核销周期由1年缩短为按季核销。",
         "监管创新", "钦州海关"),
        ("海运提单“质押+监管”融资",
         ["银行、港口和物流企业三方共享提单和货物监管信息，企业以海运提单质押获得融资。"],
         "已为18家外贸企业提供提单质押融资4.3亿元。",
         "金融开放", "钦州港片区管委会、区内银行业金融机构"),
    ]),
    ("崇左片区", [
        ("友谊关口岸“智慧口岸”货车自助通关",
         ["一是在凭祥市友谊关口岸建设货车自助通关系统，实现车辆信息自动采集、电子闸口自动放行；", "二是推行中越跨境货车“不落地”直通。"],
         "货车通关时间由30分钟压缩至6分钟以内。",
         "贸易便利化", "崇左片区管委会、友谊关海关、凭祥市人民政府"),
        ("边民互市贸易商品“互市+加工”落地模式",
         ["组织边民互助组与区内加工企业对接，互市进口商品在凭祥综合保税区周边落地加工。", "经验已推广至龙州县水口口岸、宁明县爱店口岸。"],
         "2024年落地加工互市商品23万吨，带动边民增收约1.1亿元。",
         "沿边开放", "崇左片区管委会、崇左市商务局"),
        ("中越跨境劳务合作“一站式”管理服务",
         ["建立越南籍务工人员入境、体检、培训、用工备案“一站式”办理平台。"],
         "办理时间由7天缩短至2天，累计服务越南籍务工人员1.6万人次。",
         "沿边开放", "崇左片区管委会、凭祥市人力资源和社会保障局"),
        ("凭祥综合保税区进境水果“绿色通道”快速查验",
         ["对东盟进境水果实行预约查验、优先检疫、快速放行。"],
         "进境水果平均通关时间缩短至4小时以内。",
         "贸易便利化", "友谊关海关、凭祥综合保税区管理委员会"),
    ]),
]


def build_guangxi():
    wb = Workbook()
    props(wb, "gxzmb", GX_TITLE)
    first = True
    for sheet_name, rows in GX_SHEETS:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = sheet_name
        widths(ws, [6, 26, 56, 38, 12, 26])
        merge(ws, "A1:F1", GX_TITLE, XBZ, 18, align=CTR, border=False)
        ws.row_dimensions[1].height = 42
        merge(ws, "A2:F2", GX_ISSUER_LINE, FS, 12, border=False, align=RGT)
        for i, h in enumerate(GX_HEAD):
            put(ws, "%s3" % get_column_letter(i + 1), h, HT, 12, align=CTR)
        r = 4
        for n, (name, how, eff, cat, unit) in enumerate(rows, 1):
            put(ws, "A%d" % r, n, align=CTR)
            put(ws, "B%d" % r, name)
            put(ws, "C%d" % r, "\n".join(how))
            put(ws, "D%d" % r, eff)
            put(ws, "E%d" % r, cat, align=CTR)
            put(ws, "F%d" % r, unit)
            ws.row_dimensions[r].height = 20 * max(3, len(how) + 1)
            r += 1
        ws.freeze_panes = "A4"
        landscape(ws, "3:3", footer="&A　第 &P 页")
    # the fourth default sheet a clerk never deleted
    wb.create_sheet("Sheet1")
    path = os.path.join(HERE, "blind210_guangxi_chuangxin.xlsx")
    wb.save(path)
    excelize(path)
    return path


def guangxi_expected():
    cl = []
    spec = {}
    for sheet_name, rows in GX_SHEETS:
        for n, (name, how, eff, cat, unit) in enumerate(rows, 1):
            cl.append("序号：%d；成果名称：%s；主要做法：%s；实践效果：%s；创新类别：%s；实施单位：%s" % (n, name, "".join(how), eff, cat, unit))
        spec["sheet %s (all rows)" % sheet_name] = {"南宁片区": "南宁片区（南宁市）", "钦州港片区": "钦州港片区（钦州市）", "崇左片区": "崇左片区（崇左市凭祥市）"}[sheet_name]
    spec["南宁片区 序号3"] = "南宁综合保税区（南宁片区）"
    spec["钦州港片区 序号2"] = "钦州港东站、钦州保税港区（钦州港片区）"
    spec["钦州港片区 序号4"] = "钦州保税港区"
    spec["崇左片区 序号1"] = "凭祥市友谊关口岸（崇左片区）"
    spec["崇左片区 序号2"] = "凭祥综合保税区; also 龙州县（水口口岸）、宁明县（爱店口岸） where the practice was extended"
    spec["崇左片区 序号4"] = "凭祥综合保税区"
    return [{
        "meta": {
            "title": GX_TITLE, "doc_number": None, "issuer": ["广西壮族自治区自由贸易试验区工作办公室"],
            "date": "2024-11-28", "published": None, "level": "provincial", "region": "广西壮族自治区（中国（广西）自由贸易试验区）",
            "effective": None, "expires": None, "attachments": [], "doc_type": "清单（制度创新成果）",
            "recipients": [], "publicity": None,
        },
        "clauses": cl,
        "applies_to": {
            "default": "中国（广西）自由贸易试验区（广西壮族自治区）",
            "specific": spec,
            "note": "The 片区 of a row is given ONLY by its sheet's name (南宁片区 / 钦州港片区 / 崇左片区): the title row is the same on all three sheets and most rows do not name the 片区. Every row of a sheet applies to that 片区 (path should carry the sheet name). 东盟 / 越南 / 中越 place nothing abroad.",
        },
        "_note": (
            "Three sheets named 南宁片区 (5 rows), 钦州港片区 (5), 崇左片区 (4) + an EMPTY leftover sheet Sheet1 (nothing to read; must not produce anything). "
            "Each sheet repeats the same furniture: A1:F1 merged title, A2:F2 right-aligned 广西壮族自治区自由贸易试验区工作办公室　　2024年11月28日 (issuer + date), header row 3 序号/成果名称/主要做法/实践效果/创新类别/实施单位 — one document, not three, and the repeated title/header lines are not clauses. "
            "序号 restarts at 1 on each sheet, so 序号 alone does not identify a row: 14 row clauses in sheet order. "
            "主要做法 cells hold Alt+Enter line breaks between 一是…；/二是…；/三是… (and between two sentences in 崇左 序号2): they are soft breaks inside ONE cell — the parts belong to the same row clause (joined without a separator in expected; a newline or space kept is fine), and must not become separate clauses or items. "
            "Print footer &A　第 &P 页 (sheet name + page) is print furniture. No 文号, no effective/expires."
        ),
    }]


# ================================================================ (c) 青岛 任务分工表
QD_TITLE = "中国（山东）自由贸易试验区青岛片区2025年提升战略重点任务分工表"
QD_HEAD = ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限", "备注"]
# rows: (task or None=merged with previous, measure, lead or None=merged with previous, partners, deadline, note)
QD_GROUPS = [
    ("一、推进高水平制度型开放", [
        ("对接国际高标准经贸规则", "在青岛片区开展RCEP原产地规则“预裁定+信用担保”试点，经核准出口商数量增长20%以上", "片区管委会经济发展部", "青岛海关、市贸促会", "2025年12月底前", ""),
        (None, "探索数据跨境流动分类分级管理，在青岛片区国际数字贸易港设立数据跨境服务中心", None, "市委网信办、市大数据局", dt.date(2025, 9, 30), "需争取国家网信办支持"),
        ("深化服务业扩大开放", "支持外资在青岛片区设立独资医疗机构、职业技能培训机构", None, "市卫生健康委、市人力资源社会保障局", "2025年12月底前", ""),
    ]),
    ("二、提升贸易投资便利化水平", [
        ("推进通关模式创新", "在青岛港前湾港区推广“船边直提”“抵港直装”，进口集装箱平均通关时间压缩至30小时以内", "黄岛海关", "山东港口青岛港集团", dt.date(2025, 6, 30), ""),
        (None, "在青岛前湾综合保税区开展保税维修、再制造业务，新增业务企业5家以上", None, "片区管委会招商部", "2025年12月底前", ""),
        ("发展跨境电商新业态", "推动青岛西海岸新区跨境电商线上综合服务平台与上合示范区平台数据互通", None, "上合示范区管委会", "2025年10月底前", ""),
        ("建设上合组织国家经贸合作平台", "在中国—上海合作组织地方经贸合作示范区（胶州市）建设上合国家商品集散中心，开行中欧班列（齐鲁号）上合专列不少于100列", "上合示范区管委会", "胶州市人民政府、山东高速集团", "2025年12月底前", "非片区范围，联动推进"),
    ]),
    ("三、打造东北亚国际航运枢纽", [
        ("提升港口能级", "推进董家口港区原油码头二期工程，年内完成投资15亿元", "董家口经济区管委会", "山东港口青岛港集团", "2025年12月底前", "列入市重点项目"),
        (None, "在董家口港区开展大宗商品“期现结合”交割库试点", None, "市地方金融管理局", dt.date(2025, 8, 31), ""),
        ("发展现代航运服务", "支持国际船舶登记制度在青岛片区落地，引进航运金融、船舶管理企业10家以上", "市交通运输局", "青岛海事局", "2025年12月底前", "需争取交通运输部支持"),
        (None, "探索“即墨综合保税区+前湾港”多式联运“一单制”", None, "即墨区人民政府、青岛海关", "2025年11月底前", ""),
    ]),
    ("四、强化要素保障", [
        ("完善金融服务", "在青岛片区开展跨国公司本外币一体化资金池试点，新增试点企业3家以上", "人民银行青岛市分行", "国家外汇管理局青岛市分局", "2025年12月底前", ""),
        (None, "将跨境贸易投资高水平开放试点范围扩大至黄岛区全域", None, "片区管委会经济发展部", "持续推进", ""),
        ("强化人才支撑", "对在青岛片区工作的外籍高层次人才，工作许可和居留许可“一窗受理、并联审批”", "市人力资源社会保障局", "市公安局出入境管理支队", dt.date(2025, 6, 30), ""),
    ]),
]


def build_qingdao():
    wb = Workbook()
    ws = wb.active
    ws.title = "任务分工"
    props(wb, "user")
    widths(ws, [6, 18, 52, 18, 26, 15, 18])
    put(ws, "A1", "附件", HT, 14, border=False, align=Alignment(horizontal="left", vertical="center"))
    merge(ws, "A2:G2", QD_TITLE, XBZ, 18, align=CTR, border=False)
    ws.row_dimensions[2].height = 44
    for i, h in enumerate(QD_HEAD):
        put(ws, "%s3" % get_column_letter(i + 1), h, HT, 12, align=CTR)
    r = 4
    n = 0
    for g, rows in QD_GROUPS:
        merge(ws, "A%d:G%d" % (r, r), g, HT, 12, align=Alignment(horizontal="left", vertical="center"))
        r += 1
        task_start = lead_start = None
        spans = []
        for task, meas, lead, partners, dl, note in rows:
            n += 1
            put(ws, "A%d" % r, n, align=CTR)
            if task is not None:
                put(ws, "B%d" % r, task, align=CTR)
                task_start = r
            else:
                put(ws, "B%d" % r, None)
                spans.append(("B", task_start, r))
            put(ws, "C%d" % r, meas)
            if lead is not None:
                put(ws, "D%d" % r, lead, align=CTR)
                lead_start = r
            else:
                put(ws, "D%d" % r, None)
                spans.append(("D", lead_start, r))
            put(ws, "E%d" % r, partners)
            if isinstance(dl, dt.date):
                put(ws, "F%d" % r, dl, fmt=DATEFMT, align=CTR)
            else:
                put(ws, "F%d" % r, dl, align=CTR)
            put(ws, "G%d" % r, note or None)
            ws.row_dimensions[r].height = 45
            r += 1
        # merge the longest spans (B and D) per start
        ends = {}
        for col, s, e in spans:
            ends[(col, s)] = max(e, ends.get((col, s), s))
        for (col, s), e in ends.items():
            ws.merge_cells("%s%d:%s%d" % (col, s, col, e))
    ws.freeze_panes = "A4"
    landscape(ws, "3:3", footer="— &P —")
    path = os.path.join(HERE, "blind210_qingdao_fengong.xlsx")
    wb.save(path)
    excelize(path)
    return path


def qd_date(dl):
    if isinstance(dl, dt.date):
        return "%d年%d月%d日" % (dl.year, dl.month, dl.day)
    return dl


def qingdao_expected():
    cl = []
    n = 0
    for g, rows in QD_GROUPS:
        task = lead = None
        for t, meas, l, partners, dl, note in rows:
            n += 1
            task = t if t is not None else task
            lead = l if l is not None else lead
            s = "序号：%d；重点任务：%s；具体措施：%s；牵头单位：%s；配合单位：%s；完成时限：%s" % (n, task, meas, lead, partners, qd_date(dl))
            if note:
                s += "；备注：%s" % note
            cl.append(s)
    spec = {
        "序号1–3, 10, 12, 14": "青岛片区 (named in the measure)",
        "序号4": "青岛港前湾港区（黄岛区，青岛片区）",
        "序号5": "青岛前湾综合保税区",
        "序号6": "青岛西海岸新区（黄岛区）; 上合示范区 as partner platform",
        "序号7": "中国—上海合作组织地方经贸合作示范区（胶州市）— OUTSIDE the 片区 (备注 非片区范围，联动推进)",
        "序号8–9": "董家口港区（黄岛区）",
        "序号11": "即墨综合保税区（即墨区）、前湾港",
        "序号13": "黄岛区全域",
    }
    return [{
        "meta": {
            "title": QD_TITLE, "doc_number": None, "issuer": [],
            "date": None, "published": None, "level": "zone", "region": "山东省青岛市（中国（山东）自由贸易试验区青岛片区）",
            "effective": None, "expires": None, "attachments": [], "doc_type": "任务分工表（附件）",
            "recipients": [], "publicity": None,
        },
        "clauses": cl,
        "applies_to": {
            "default": "中国（山东）自由贸易试验区青岛片区（山东省青岛市黄岛区）",
            "specific": spec,
            "note": "牵头/配合单位 that are municipal bodies (市交通运输局 …) do not widen a row to all 青岛市. 上合组织国家 / 东北亚 place nothing abroad. 序号7 is explicitly outside the 片区 (胶州市).",
        },
        "_note": (
            "Sheet 任务分工. Furniture: A1 附件; A2:G2 merged title; header row 3 序号/重点任务/具体措施/牵头单位/配合单位/完成时限/备注 (print title). Four group rows 一、… 四、 merged A:G (headings — they belong in the path, not as clauses; glued to a row medium). "
            "14 task rows, 序号 1–14 continuous. VERTICAL MERGES: 重点任务 (B) merged over rows 序号1–2, 4–5, 8–9, 10–11, 12–13; 牵头单位 (D) merged over 序号1–3 (crossing a 重点任务 boundary: 序号3 has its own task 深化服务业扩大开放 but the lead 片区管委会经济发展部 comes from the merge), 4–6, 8–9, 10–11, 12–13. "
            "In the file only the top cell of a merge holds the value; a careful reader gives every row of the merge that value (losing it on the lower rows is medium; taking the value of the wrong merge high). "
            "完成时限 mixes text (2025年12月底前, 持续推进) and REAL DATE cells formatted yyyy\"年\"m\"月\"d\"日\" (序号2 2025年9月30日, 4 2025年6月30日, 9 2025年8月31日, 14 2025年6月30日) — read as displayed (2025-09-30 equally fine; 2025-09-30 00:00:00 low). These deadlines are not the document's date. "
            "备注 filled on 序号2, 7, 8, 10 only. No issuer, 文号 or date printed in the file: issuer [] (青岛片区管委会 guessed from the title: tolerable), date null. Footer — &P — is print furniture."
        ),
    }]


# ================================================================ (d) 负面清单
FM_TITLE = "自由贸易试验区外商投资准入特别管理措施（负面清单）（2025年版）"
FM_SUB = "（国家发展改革委　商务部令第31号，2025年9月26日公布，自2025年11月1日起施行）"
FM_HEAD = ["序号", "领域", "特别管理措施"]
FM_ROWS = [
    ("农、林、牧、渔业", [
        "禁止投资中国稀有和特有的珍贵优良品种的研发、养殖、种植以及相关繁殖材料的生产（包括种植业、畜牧业、水产业的优良基因）。",
        "禁止投资农作物、种畜禽、水产苗种转基因品种选育及其转基因种子（苗）生产。",
    ]),
    ("采矿业", ["禁止投资稀土、放射性矿产、钨勘查、开采及选矿。"]),
    ("制造业", ["出版物印刷须由中方控股。"]),
    ("电力、热力、燃气及水生产和供应业", ["核电站的建设、经营须由中方控股。"]),
    ("批发和零售业", ["禁止投资烟叶、卷烟、复烤烟叶及其他烟草制品的批发、零售。"]),
    ("交通运输、仓储和邮政业", [
        "国内水上运输公司须由中方控股。",
        "公共航空运输公司须由中方控股，且一家外国投资者及其关联企业投资比例不得超过25%，法定代表人须由中国籍公民担任。",
        "民用机场的建设、经营须由中方相对控股。外方不得参与建设、运营机场塔台。",
        "禁止投资邮政公司、信件的国内快递业务。",
    ]),
    ("信息传输、软件和信息技术服务业", [
        "电信公司：限于中国入世承诺开放的电信业务，增值电信业务的外资股比不超过50%（电子商务、国内多方通信、存储转发类、呼叫中心除外），基础电信业务须由中方控股。\n在中国（上海）自由贸易试验区临港新片区、中国（海南）自由贸易试验区内，应用商店、互联网接入服务业务的外资股比限制按照有关试点规定执行。",
        "禁止投资互联网新闻信息服务、网络出版服务、网络视听节目服务、互联网文化经营（音乐除外）、互联网公众发布信息服务（上述服务中，中国入世承诺中已开放的内容除外）。",
    ]),
    ("租赁和商务服务业", [
        "禁止投资中国法律事务（提供有关中国法律环境影响的信息除外），不得成为国内律师事务所合伙人。在中国（广东）自由贸易试验区南沙片区、前海蛇口片区、横琴片区，香港、澳门律师事务所与内地律师事务所合伙联营按照有关规定执行。",
        "市场调查限于合资，其中广播电视收听、收视调查须由中方控股。",
    ]),
    ("科学研究和技术服务业", [
        "禁止投资人体干细胞、基因诊断与治疗技术开发和应用。",
        "禁止投资大地测量、海洋测绘、测绘航空摄影、地面移动测量、行政区域界线测绘，地形图、世界政区地图、全国政区地图、省级及以下政区地图、全国性教学地图、地方性教学地图、真三维地图和导航电子地图编制，区域性的地质填图、矿产地质、地球物理、地球化学、水文地质、环境地质、地质灾害、遥感地质等调查。",
    ]),
    ("教育", ["学前、普通高中和高等教育机构限于中外合作办学，须由中方主导（校长或者主要行政负责人应当具有中国国籍，理事会、董事会或者联合管理委员会的中方组成人员不得少于1/2）。"]),
    ("卫生和社会工作", ["医疗机构限于合资。在北京、天津、上海、南京、苏州、福州、广州、深圳和海南全岛设立外商独资医院的，按照有关试点规定执行。"]),
    ("文化、体育和娱乐业", [
        "禁止投资新闻机构（包括但不限于通讯社）。",
        "禁止投资各级广播电台（站）、电视台（站）、广播电视频道（率）、广播电视传输覆盖网（发射台、转播台、广播电视卫星、卫星上行站、卫星收转站、微波站、监测台及有线广播电视传输覆盖网等），禁止从事广播电视视频点播业务和卫星电视广播地面接收设施安装服务。",
    ]),
]
FM_NOTES = [
    "1. 《自由贸易试验区外商投资准入特别管理措施（负面清单）（2025年版）》（以下简称《自贸试验区负面清单》）统一列出股权要求、高管要求等外商投资准入方面的特别管理措施，适用于各自由贸易试验区。",
    "2. 《自贸试验区负面清单》之外的领域，按照内外资一致原则实施管理。境外投资者不得作为个体工商户、个人独资企业投资人、农民专业合作社成员，从事投资经营活动。",
    "3. 有关主管部门在依法履行职责过程中，对境外投资者拟投资《自贸试验区负面清单》内领域，但不符合《自贸试验区负面清单》规定的，不予办理许可、企业登记注册等相关事项。",
    "4. 海南自由贸易港实施《海南自由贸易港外商投资准入特别管理措施（负面清单）》，该清单与本清单不一致的，在海南自由贸易港按照该清单执行。",
    "5. 《内地与香港关于建立更紧密经贸关系的安排》及其后续协议、《内地与澳门关于建立更紧密经贸关系的安排》及其后续协议、《海峡两岸经济合作框架协议》及其后续协议、我国缔结或者参加的国际条约和协定对符合条件的投资者有更优惠开放措施的，按照相关协议或协定的规定执行。",
    "6. 本清单自2025年11月1日起施行。《自由贸易试验区外商投资准入特别管理措施（负面清单）（2021年版）》同时废止。",
]


def build_fumian():
    wb = Workbook()
    ws = wb.active
    ws.title = "负面清单"
    props(wb, "swt")
    widths(ws, [7, 22, 92])
    merge(ws, "A1:C1", FM_TITLE, XBZ, 18, align=CTR, border=False)
    ws.row_dimensions[1].height = 40
    merge(ws, "A2:C2", FM_SUB, FS, 12, border=False, align=Alignment(horizontal="center", vertical="center"))
    for i, h in enumerate(FM_HEAD):
        put(ws, "%s3" % get_column_letter(i + 1), h, HT, 12, align=CTR)
    r = 4
    n = 0
    for field, ms in FM_ROWS:
        start = r
        for m in ms:
            n += 1
            put(ws, "A%d" % r, n, align=CTR)
            put(ws, "B%d" % r, field if r == start else None, align=CTR)
            put(ws, "C%d" % r, m)
            ws.row_dimensions[r].height = 18 * (1 + len(m) // 46 + m.count("\n"))
            r += 1
        if r - 1 > start:
            ws.merge_cells("B%d:B%d" % (start, r - 1))
    # 说明 block under the table (no borders), one merged row per note
    r += 1
    merge(ws, "A%d:C%d" % (r, r), "说明：", HT, 12, border=False)
    r += 1
    for note in FM_NOTES:
        merge(ws, "A%d:C%d" % (r, r), note, FS, 11, border=False, align=Alignment(horizontal="left", vertical="top", wrap_text=True))
        ws.row_dimensions[r].height = 18 * (1 + len(note) // 60)
        r += 1
    ws.freeze_panes = "A4"
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.print_title_rows = "3:3"
    ws.oddFooter.center.text = "第 &P 页"
    path = os.path.join(HERE, "blind210_fumian_qingdan.xlsx")
    wb.save(path)
    excelize(path)
    return path


def fumian_expected():
    cl = []
    n = 0
    for field, ms in FM_ROWS:
        for m in ms:
            n += 1
            cl.append("序号：%d；领域：%s；特别管理措施：%s" % (n, field, m.replace("\n", "")))
    cl += FM_NOTES
    return [{
        "meta": {
            "title": FM_TITLE, "doc_number": "国家发展改革委　商务部令第31号", "issuer": ["国家发展和改革委员会", "商务部"],
            "date": "2025-09-26", "published": "2025-09-26", "level": "national", "region": "全国（各自由贸易试验区）",
            "effective": "2025-11-01", "expires": None, "attachments": [], "doc_type": "负面清单（部门规章，令）",
            "recipients": [], "publicity": None,
            "repeals": ["自由贸易试验区外商投资准入特别管理措施（负面清单）（2021年版）"],
        },
        "clauses": cl,
        "applies_to": {
            "default": "全国各自由贸易试验区",
            "specific": {
                "序号11": "second sentence: 中国（上海）自由贸易试验区临港新片区、中国（海南）自由贸易试验区",
                "序号13": "second sentence: 中国（广东）自由贸易试验区南沙片区、前海蛇口片区、横琴片区",
                "序号18": "second sentence: 北京、天津、上海、南京、苏州、福州、广州、深圳、海南全岛 (外商独资医院 pilot)",
                "说明4": "海南自由贸易港",
                "说明5": "香港、澳门、台湾 (CEPA/ECFA investors) — the rule applies in the FTZs, to investors from there",
            },
            "note": "The first sentence of 序号11/13/18 applies in every FTZ; tagging those rows only with the named places is medium (both is right). 中国入世承诺 / 国际条约 place nothing abroad.",
        },
        "_note": (
            "Sheet 负面清单. Furniture: A1:C1 merged title; A2:C2 the centred line （国家发展改革委　商务部令第31号，2025年9月26日公布，自2025年11月1日起施行） → doc_number (令第31号; 国家发展改革委 商务部令第31号 equally good), issuers, date/published 2025-09-26, effective 2025-11-01; header row 3 序号/领域/特别管理措施. "
            "20 measure rows, 序号 1–20 continuous over 12 fields; 领域 (B) merged DOWN over the rows of each field with more than one measure (农、林、牧、渔业 1–2; 交通运输、仓储和邮政业 7–10; 信息传输、软件和信息技术服务业 11–12; 租赁和商务服务业 13–14; 科学研究和技术服务业 15–16; 文化、体育和娱乐业 19–20) — every row carries its field (losing it on the lower rows medium). "
            "Measure 序号11 (电信公司) holds an Alt+Enter line break between its two sentences (one clause). "
            "Under the table, after an empty row and WITHOUT borders: 说明： alone in a merged row (a label, not a clause), then notes 1.–6., one merged row each — 6 note clauses, not table rows and not glued onto 序号20. "
            "Note 6: 本清单自2025年11月1日起施行 (effective, confirms row 2) and repeals the 2021年版. No expires. Footer 第 &P 页 is print furniture."
        ),
    }]


# ================================================================ main
def main():
    p1, totE, totF = build_hunan()
    p2 = build_guangxi()
    p3 = build_qingdao()
    p4 = build_fumian()
    out = {
        "blind210_hunan_mingdan": hunan_expected(totE, totF),
        "blind210_guangxi_chuangxin": guangxi_expected(),
        "blind210_qingdao_fengong": qingdao_expected(),
        "blind210_fumian_qingdan": fumian_expected(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(p) for p in (p1, p2, p3, p4)], "expected.json")


if __name__ == "__main__":
    main()
