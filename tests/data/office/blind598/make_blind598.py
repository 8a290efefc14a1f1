# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 598: 自贸区改革试点经验复制推广清单 (xlsx + Calc PDF) and the Word 通知 issuing it."""
import datetime
import json
import os
import subprocess

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.properties import PageSetupProperties

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
LO_ENV = "-env:UserInstallation=file:///tmp/lo_598"

QD_STEM = "blind598_hubei_qingdan"
TZ_STEM = "blind598_hubei_tongzhi"

QD_TITLE = "中国（湖北）自由贸易试验区第七批改革试点经验复制推广清单"
QD_ISSUER = "湖北省商务厅"
QD_DATE = datetime.date(2026, 3, 12)

# ---------------------------------------------------------------- data
CATS = [
    ("投资管理", [
        ("外商投资企业登记“一件事”集成办理", "整合外商投资企业设立登记、外汇登记、银行开户、社保登记等环节，实行“一表申请、一窗受理、并联审批、一次办结”，办理时限由平均8个工作日压缩至3个工作日以内。", "省市场监管局、省商务厅", "全省"),
        ("境外投资备案“云办理”", "依托湖北省企业境外投资服务平台，实现境外投资项目备案、企业境外投资备案网上申报、电子证书在线下载，申请材料由11项精简至6项。", "省发展改革委、省商务厅", "全省"),
        ("工业用地“标准地+承诺制”出让", "在土地出让前完成区域评估，明确亩均投资强度、亩均税收、容积率等控制性指标，企业签订承诺书后即可开工建设，实现“拿地即开工”。", "省自然资源厅", "全省"),
        ("外籍高层次人才工作许可与居留许可“一窗通办”", "在自贸试验区设立外籍人才服务窗口，外国人工作许可和居留许可实行一窗受理、信息共享、同步审批，办理时间由20个工作日压缩至7个工作日。", "省科技厅、省公安厅", "全省"),
        ("企业投资项目“区域评估+告知承诺”", "对片区内压覆矿产资源、地质灾害危险性、水土保持、文物保护等事项开展区域评估，评估结果由区域内企业共享，对符合条件的项目实行告知承诺制审批。", "省发展改革委、省自然资源厅", "全省各类开发区"),
        ("市场主体歇业备案“一网通办”", "依托湖北政务服务网开设歇业备案专区，市场主体可在线办理歇业备案、延期和恢复经营，相关信息同步推送税务、人社等部门。", "省市场监管局", "全省"),
        ("外资项目“全周期”服务专员制度", "为新签约外资项目配备服务专员，提供项目签约、注册登记、审批建设、投产运营全周期跟踪服务，建立问题清单、销号管理机制。", "省商务厅", "全省"),
        ("跨境并购“绿色通道”", "对外国投资者并购省内企业涉及的安全审查咨询、反垄断申报辅导、外汇登记等事项实行专人对接、限时办结。", "省商务厅、国家外汇管理局湖北省分局", "武汉市、襄阳市、宜昌市"),
    ]),
    ("贸易便利化", [
        ("中欧班列（武汉）“班列+跨境电商”集拼模式", "允许跨境电商出口商品与一般贸易货物在中欧班列同一集装箱内混拼运输，实行分类报关、集中查验，降低企业物流成本约15%。", "武汉海关、省发展改革委", "开行中欧班列的市州"),
        ("跨境电商零售进口退货中心仓模式", "在综合保税区内设立退货中心仓，跨境电商零售进口商品退货可在区内完成分拣、查验和复运出区，退货时间由原来的30天以上缩短至7天以内。", "武汉海关、省商务厅", "全省各综合保税区"),
        ("综合保税区仓储货物按状态分类监管", "允许综合保税区内企业在同一仓库存储保税货物与非保税货物，依托信息化系统实施分类标识、分账管理，满足企业“一仓多用”需求。", "武汉海关", "全省各综合保税区"),
        ("进口货物“船边直提”和出口货物“抵港直装”", "对符合条件的进出口货物，企业可提前申报，货物在码头船边直接提离或运抵后直接装船，压缩货物在港停留时间1至2天。", "武汉海关、省交通运输厅", "武汉、宜昌、荆州、黄石港区"),
        ("铁水联运“一单制”", "推行铁水联运全程“一次委托、一单到底、一次收费、一次保险”，统一多式联运单证格式，开展提单物权化试点。", "省交通运输厅、中国铁路武汉局集团有限公司", "全省"),
        ("出口退税“无纸化+容缺办理”", "出口企业申报退税实行全程网上办理，对资料暂不齐全但主要材料齐备的，允许先行受理审核、后续补正，正常退税办理时间压缩至3个工作日。", "国家税务总局湖北省税务局", "全省"),
        ("跨境电商B2B出口“9710”“9810”申报便利化", "对跨境电商B2B直接出口和出口海外仓业务，实行简化申报、优先查验、允许转关，支持企业通过国际贸易“单一窗口”一次性办理报关、退税手续。", "武汉海关、省商务厅", "全省"),
        ("农产品出口“检测前置+即报即放”", "在出口农产品种植养殖基地开展检测前置，出口时对已检测合格的产品实行即报即放，通关时间平均压缩70%。", "武汉海关、省农业农村厅", "全省"),
        ("航空物流“空铁水”多式联运模式", "依托鄂州花湖国际机场，推动航空货物与中欧班列、长江航运有机衔接，实行一次申报、一次查验、一次放行。", "省交通运输厅、武汉海关", "鄂州市、武汉市"),
        ("保税维修“负面清单”管理", "综合保税区内企业开展保税维修业务，除禁止类目录外，原则上不受产品范围限制，实行企业自主申报、海关事中事后监管。", "武汉海关、省商务厅", "全省各综合保税区"),
        ("国际贸易“单一窗口”融资服务", "依托国际贸易“单一窗口”归集企业通关、物流、结算数据，向银行机构推送企业信用画像，为中小外贸企业提供线上信用融资。", "省商务厅、省地方金融管理局", "全省"),
    ]),
    ("金融开放创新", [
        ("跨国公司本外币一体化资金池", "支持符合条件的跨国公司集团开展本外币一体化资金池业务，实现境内外成员企业本外币资金统一集中管理和跨境调拨。", "中国人民银行湖北省分行、国家外汇管理局湖北省分局", "全省"),
        ("贸易外汇收支便利化试点扩围", "将优质企业贸易外汇收支便利化试点扩大至中小外贸企业，银行可凭企业收付款指令直接办理经常项目资金收付。", "国家外汇管理局湖北省分局", "全省"),
        ("知识产权质押融资“风险补偿+保险”模式", "设立知识产权质押融资风险补偿资金池，引入保险机构提供履约保证保险，形成银行、保险、担保、政府多方分担风险机制。", "省知识产权局、省财政厅", "全省"),
        ("跨境人民币结算“首办户”拓展机制", "银行机构建立跨境人民币结算“首办户”名单，开展一对一辅导，为首次办理跨境人民币结算的企业提供便利化服务。", "中国人民银行湖北省分行", "全省"),
        ("科技型企业“投贷联动”", "支持商业银行与股权投资机构合作，对科技型中小企业采取“股权+债权”模式给予融资支持，探索认股选择权业务。", "省地方金融管理局、省科技厅", "武汉市、襄阳市、宜昌市"),
        ("航运保险“一站式”服务", "在武汉长江中游航运中心集聚航运保险机构，提供船舶险、货运险、保赔保险一站式承保和理赔服务。", "国家金融监督管理总局湖北监管局", "武汉市"),
        ("供应链金融“订单贷”模式", "依托核心企业供应链数据，向上下游中小企业提供基于订单的无抵押融资，放款时间缩短至1个工作日。", "省地方金融管理局、中国人民银行湖北省分行", "全省"),
    ]),
    ("事中事后监管", [
        ("涉企行政检查“综合查一次”", "将对同一市场主体的多个检查事项合并为一次综合检查，推行“进一次门、查多项事”，减少对企业正常经营的干扰。", "省司法厅、省市场监管局", "全省"),
        ("市场主体信用风险分类监管", "建立企业信用风险分类指标体系，将企业分为A、B、C、D四类，对不同风险类别企业实施差异化抽查比例和频次。", "省市场监管局", "全省"),
        ("轻微违法行为“首违不罚”清单", "在市场监管、生态环境、交通运输等领域制定首次轻微违法行为免予处罚清单，对首次轻微违法且及时改正的不予行政处罚。", "省司法厅", "全省"),
        ("进口冷链食品“智慧监管”", "运用物联网、区块链技术对进口冷链食品实施全链条追溯，实现入境、仓储、运输、销售各环节信息可查询、可追溯。", "省市场监管局、武汉海关", "全省"),
        ("跨境电商企业“信用+风险”监管", "根据跨境电商企业信用等级和风险评估结果，对高信用企业降低查验比例，对高风险企业实施重点监管。", "武汉海关", "全省"),
        ("综合保税区“智慧卡口”无感通关", "在综合保税区卡口应用车牌识别、电子关锁等技术，实现车辆自动核放、无感通关，平均过卡时间由5分钟缩短至30秒。", "武汉海关", "全省各综合保税区"),
        ("危险化学品全生命周期监管", "建立危险化学品生产、储存、运输、使用、废弃全流程信息化监管平台，实现风险动态监测和预警处置。", "省应急管理厅", "全省"),
        ("生态环境“非现场监管”", "对纳入监管的企业运用在线监控、视频监控、用电监控等手段开展非现场执法检查，减少现场检查频次。", "省生态环境厅", "全省"),
    ]),
    ("营商环境优化", [
        ("涉外商事纠纷“一站式”多元化解", "整合涉外审判、商事调解、仲裁等资源，建立诉讼与调解、仲裁有机衔接的涉外商事纠纷一站式化解平台。", "省高级人民法院、省司法厅", "武汉市、襄阳市、宜昌市"),
        ("不动产登记“带押过户”", "存量房交易中买卖双方可在不提前还贷的情况下，同步办理转移登记、抵押登记，实现交易、还贷、登记同步完成。", "省自然资源厅、省地方金融管理局", "全省"),
        ("工程建设项目“分段施工许可”", "对社会投资建设项目，可按照基坑支护和土方开挖、地下室、±0.000以上等阶段分段办理施工许可。", "省住房城乡建设厅", "全省"),
        ("水电气网联合报装", "实行供水、供电、供气、网络报装“一表申请、一窗受理、联合踏勘、同步接入”，小型项目接入时间压缩至5个工作日以内。", "省住房城乡建设厅、省能源局、省通信管理局", "全省"),
        ("企业开办“零成本”", "新开办企业免费刻制首套公章、免费邮寄营业执照和印章，首次申领税务UKey免费。", "省市场监管局、省公安厅、国家税务总局湖北省税务局", "全省"),
        ("外国人来华邀请函“网上办”", "外国人来华邀请函实行网上申请、网上审核、网上签发，企业无需往返窗口。", "省外办", "全省"),
        ("知识产权纠纷快速处理机制", "依托知识产权保护中心，对专利侵权纠纷实行快速立案、快速调查、快速处理，案件平均办理周期缩短至1个月以内。", "省知识产权局", "武汉市、襄阳市、宜昌市"),
        ("惠企政策“免申即享”", "依托“鄂企通”平台对惠企政策进行标签化管理，自动匹配符合条件的企业，实现政策资金直达快享。", "省发展改革委、省财政厅", "全省"),
    ]),
]
CN_NUM = "一二三四五六七八九十"
QD_COLS = ["序号", "改革事项", "主要内容", "牵头单位", "推广范围"]

BEIZHU = ("备注：推广范围为“全省”的，由各市、州、县人民政府和省直有关部门在全省范围内复制推广；"
          "推广范围为特定区域的，由相关市、州人民政府和省直有关部门在所列区域内复制推广，其他具备条件的地区可参照实施。")

SHUOMING = [
    "一、本清单根据湖北自贸试验区武汉、襄阳、宜昌三个片区报送的制度创新案例，经省直有关部门评估论证后编制，共5个领域42项。",
    "二、“牵头单位”栏所列第一个单位为主要牵头单位，负责统筹推进该项改革试点经验的复制推广工作；其他单位按照职责分工配合推进。",
    "三、“推广范围”栏中，“全省各综合保税区”指经国务院批准在我省设立的各综合保税区；“全省各类开发区”指省级以上开发区；“开行中欧班列的市州”指已常态化开行中欧班列的市、州。",
    "四、各牵头单位应于2026年4月30日前制定具体实施方案，并报省商务厅（省自贸办）备案。",
    "五、本清单由省商务厅（省自贸办）负责解释。",
]

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def qd_rows():
    """Yield ('cat', label) or ('row', [序号, 事项, 内容, 牵头, 范围])."""
    n = 0
    for ci, (cat, items) in enumerate(CATS):
        yield ("cat", "%s、%s领域（%d项）" % (CN_NUM[ci], cat, len(items)))
        for it in items:
            n += 1
            yield ("row", [n] + list(it))


def make_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "清单"
    widths = {"A": 6.5, "B": 26, "C": 64, "D": 24, "E": 17}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    # title row (merged)
    ws.merge_cells("A1:E1")
    c = ws["A1"]
    c.value = QD_TITLE
    c.font = Font(name="方正小标宋简体", size=18)
    c.alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 36

    # 填报单位 / 日期 row: date is a real Excel date with a Chinese number format
    ws.merge_cells("A2:C2")
    ws["A2"].value = "填报单位：湖北省商务厅（省自贸办）"
    ws["A2"].font = Font(name="仿宋_GB2312", size=11)
    ws["A2"].alignment = Alignment(horizontal="left", vertical="center")
    ws["D2"].value = "填报日期："
    ws["D2"].font = Font(name="仿宋_GB2312", size=11)
    ws["D2"].alignment = Alignment(horizontal="right", vertical="center")
    ws["E2"].value = QD_DATE
    ws["E2"].number_format = 'yyyy"年"m"月"d"日"'
    ws["E2"].font = Font(name="仿宋_GB2312", size=11)
    ws["E2"].alignment = Alignment(horizontal="left", vertical="center")
    ws.row_dimensions[2].height = 22

    # two-row header
    hfont = Font(name="黑体", size=11)
    hal = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.merge_cells("A3:A4")
    ws["A3"].value = "序号"
    ws.merge_cells("B3:C3")
    ws["B3"].value = "改革试点经验"
    ws.merge_cells("D3:E3")
    ws["D3"].value = "推广安排"
    ws["B4"].value = "改革事项"
    ws["C4"].value = "主要内容"
    ws["D4"].value = "牵头单位"
    ws["E4"].value = "推广范围"
    for r in (3, 4):
        ws.row_dimensions[r].height = 20
        for col in "ABCDE":
            cell = ws["%s%d" % (col, r)]
            cell.font = hfont
            cell.alignment = hal
            cell.border = BOX

    bfont = Font(name="仿宋_GB2312", size=11)
    r = 5
    for kind, val in qd_rows():
        if kind == "cat":
            ws.merge_cells("A%d:E%d" % (r, r))
            ws["A%d" % r].value = val
            ws["A%d" % r].font = Font(name="黑体", size=11, bold=True)
            ws["A%d" % r].alignment = Alignment(horizontal="left", vertical="center")
            for col in "ABCDE":
                ws["%s%d" % (col, r)].border = BOX
            ws.row_dimensions[r].height = 20
        else:
            for col, v in zip("ABCDE", val):
                cell = ws["%s%d" % (col, r)]
                cell.value = v
                cell.font = bfont
                cell.border = BOX
                if col == "A":
                    cell.alignment = Alignment(horizontal="center", vertical="center")
                elif col == "C":
                    cell.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
                else:
                    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            # rough manual row height (offices usually drag it by hand)
            lines = max(len(val[2]) // 30 + 1, len(val[1]) // 12 + 1, len(val[3]) // 11 + 1)
            ws.row_dimensions[r].height = max(30, 15 * lines + 6)
        r += 1

    # 备注 row, merged across the table
    ws.merge_cells("A%d:E%d" % (r, r))
    ws["A%d" % r].value = BEIZHU
    ws["A%d" % r].font = bfont
    ws["A%d" % r].alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
    for col in "ABCDE":
        ws["%s%d" % (col, r)].border = BOX
    ws.row_dimensions[r].height = 36
    last = r

    # printing: landscape A4, fit to width, repeat rows 3-4, page numbers
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = "3:4"
    ws.print_area = "A1:E%d" % last
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = 0.6
    ws.page_margins.right = 0.6
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.8
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    ws.oddFooter.center.size = 10
    ws.freeze_panes = "A5"

    # second sheet: 说明
    ws2 = wb.create_sheet("说明")
    ws2.column_dimensions["A"].width = 110
    ws2["A1"].value = "说明"
    ws2["A1"].font = Font(name="黑体", size=16)
    ws2["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws2.row_dimensions[1].height = 32
    rr = 3
    for p in SHUOMING:
        cell = ws2["A%d" % rr]
        cell.value = p
        cell.font = Font(name="仿宋_GB2312", size=12)
        cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        ws2.row_dimensions[rr].height = 34 if len(p) > 55 else 20
        rr += 1
    ws2.page_setup.orientation = "landscape"
    ws2.page_setup.paperSize = ws2.PAPERSIZE_A4
    ws2.oddFooter.center.text = "第 &P 页，共 &N 页"
    ws2.oddFooter.center.size = 10
    wb.save(path)


def qd_expected():
    clauses = []
    for kind, val in qd_rows():
        if kind == "row":
            clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(QD_COLS, val)))
    clauses.append(BEIZHU)
    clauses.extend(SHUOMING)
    return [{
        "meta": {
            "title": QD_TITLE,
            "doc_number": None,
            "issuer": [QD_ISSUER],
            "date": QD_DATE.isoformat(),
            "published": None,
            "level": "provincial",
            "region": "湖北省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "清单",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]


# ---------------------------------------------------------------- Word 通知
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc, align=None, indent=True, spacing=28):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(spacing)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    return p


def body(doc, text, runs=None):
    p = para(doc)
    if runs is None:
        runs = [(text, FS, False)]
    for t, f, b in runs:
        if t == "\n":
            p.add_run().add_break()
            continue
        set_font(p.add_run(t), f, 16, bold=b)
    return p


def bottom_border(p, color="FF0000", sz=12, side="bottom"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    el = OxmlElement("w:%s" % side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)
    ppr.append(bdr)


def add_numbering(doc):
    """Create a decimal list '%1.' with no tab after the number; return numId."""
    numbering = doc.part.numbering_part.element
    abs_id = "598"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), abs_id)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), FS)
    rpr.append(rf)
    szx = OxmlElement("w:sz")
    szx.set(qn("w:val"), "32")
    rpr.append(szx)
    lvl.append(rpr)
    an.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "598")
    ana = OxmlElement("w:abstractNumId")
    ana.set(qn("w:val"), abs_id)
    num.append(ana)
    numbering.append(num)
    return "598"


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), num_id)
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def page_number_footer(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("— "), "宋体", 14)
    r = fp.add_run()
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
    for e in (f1, it, f2, t, f3):
        r._element.append(e)
    set_font(fp.add_run(" —"), "宋体", 14)


def cell_text(cell, text, font=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    set_font(p.add_run(text), font, size, bold=bold)


TZ_TITLE = "湖北省人民政府办公厅关于复制推广中国（湖北）自由贸易试验区第七批改革试点经验的通知"
TZ_NO = "鄂政办发〔2026〕9号"
TZ_ISSUER = "湖北省人民政府办公厅"
TZ_DATE = datetime.date(2026, 3, 20)
TZ_RECIP = ["各市、州、县人民政府", "省政府各部门"]


def tz_stats():
    rows = []
    tot = [0, 0, 0]
    for cat, items in CATS:
        n = len(items)
        whole = sum(1 for it in items if it[3] == "全省")
        rows.append([cat, str(n), str(whole), str(n - whole)])
        tot[0] += n
        tot[1] += whole
        tot[2] += n - whole
    rows.append(["合计", str(tot[0]), str(tot[1]), str(tot[2])])
    return rows, tot


TZ_TABLE_HDR = ["领域", "事项数量（项）", "全省推广（项）", "特定区域推广（项）"]


def make_tongzhi(path):
    rows, tot = tz_stats()
    clauses = []
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    sec.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    num_id = add_numbering(doc)

    # 红头
    para(doc, indent=False)
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=60)
    set_font(p.add_run("湖北省人民政府办公厅文件"), XBS, 30, color="FF0000")
    para(doc, indent=False)
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    set_font(p.add_run(TZ_NO), FS, 16)
    bottom_border(p, "FF0000", 18)
    para(doc, indent=False)

    # title split by a soft line break
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=36)
    set_font(p.add_run("湖北省人民政府办公厅关于复制推广"), XBS, 22)
    p.add_run().add_break()
    set_font(p.add_run("中国（湖北）自由贸易试验区"), XBS, 22)
    p.add_run().add_break()
    set_font(p.add_run("第七批改革试点经验的通知"), XBS, 22)
    para(doc, indent=False)

    p = para(doc, indent=False)
    set_font(p.add_run("各市、州、县人民政府，省政府各部门："), FS, 16)

    t = ("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，进一步发挥中国（湖北）自由贸易试验区"
         "（以下简称湖北自贸试验区）改革开放“试验田”作用，经省人民政府同意，现将湖北自贸试验区第七批改革试点经验"
         "复制推广清单（见附件）印发给你们，请结合实际认真贯彻落实。现就有关事项通知如下：")
    body(doc, t)
    clauses.append(t)

    p = para(doc)
    set_font(p.add_run("一、复制推广的主要内容"), HT, 16)

    t = ("本批复制推广的改革试点经验共%d项，涵盖投资管理、贸易便利化、金融开放创新、事中事后监管和营商环境优化5个领域。"
         "其中，在全省范围内复制推广%d项，在特定区域复制推广%d项。具体分布如下：" % tuple(tot))
    body(doc, t)
    clauses.append(t)

    table = doc.add_table(rows=1 + len(rows), cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(TZ_TABLE_HDR):
        cell_text(table.rows[0].cells[j], h, HT, 14)
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            cell_text(table.rows[i].cells[j], v, FS, 14)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(TZ_TABLE_HDR, row)))

    t = ("推广范围为“全省”的改革事项，各地、各部门要全面复制推广；推广范围为特定区域的改革事项，"
         "相关地区要结合实际抓好落实，其他具备条件的地区可参照实施。")
    body(doc, t)
    clauses.append(t)

    p = para(doc)
    set_font(p.add_run("二、工作要求"), HT, 16)

    # run-in heading, 楷体 bold run
    h = "（一）加强组织领导。"
    t = ("各地、各部门要把复制推广湖北自贸试验区改革试点经验作为推进高水平对外开放、服务和融入“一带一路”建设的重要举措，"
         "主要负责同志要亲自研究部署，明确分管负责同志和具体责任处室，确保各项改革事项落地见效。")
    body(doc, None, [(h, KT, True), (t, FS, False)])
    clauses.append(h + t)

    # run-in heading split over several runs (typed and re-edited)
    t2 = ("各牵头单位要切实履行牵头责任，会同配合单位抓紧细化落实举措，于2026年4月30日前制定具体实施方案，"
          "并报省商务厅（省自贸办）备案。具体要求如下：")
    body(doc, None, [("（二）", KT, True), ("压实", KT, True), ("工作责任。", KT, True), (t2, FS, False)])
    clauses.append("（二）压实工作责任。" + t2)

    subs = [
        "1.细化实施路径。对涉及调整地方性法规、规章和规范性文件的改革事项，要及时按程序提出调整建议，确保改革于法有据。",
        "2.加强业务指导。省直有关部门要加强对市、州和县（市、区）对口部门的业务培训和工作指导，统一办事标准和操作规程。",
        "3.建立工作台账。对每项改革事项实行台账管理，明确时间表、路线图和责任人，按季度更新推进情况。",
    ]
    for s in subs:
        # Word automatic numbering: the "1." is generated, not typed
        p = para(doc, indent=False)
        set_num(p, num_id)
        set_font(p.add_run(s.split(".", 1)[1]), FS, 16)
        clauses.append(s)

    # paragraph with a soft line break in mid-sentence
    a = "（三）强化协同联动。"
    b1 = "各市、州要加强与武汉、襄阳、宜昌片区的对接交流，依托中欧班列（武汉）、综合保税区、跨境电商综合试验区等开放平台，"
    b2 = "推动改革试点经验与本地产业发展相结合；武汉海关等中央驻鄂单位要加强与地方政府的协作配合，形成工作合力。"
    body(doc, None, [(a, KT, True), (b1, FS, False), ("\n", None, None), (b2, FS, False)])
    clauses.append(a + b1 + b2)

    a = "（四）注重总结评估。"
    b = ("各市、州人民政府和省直有关部门要跟踪评估复制推广成效，及时总结推广过程中的新情况、新问题，"
         "于2026年11月30日前将年度工作进展情况书面报送省商务厅（省自贸办）。省商务厅（省自贸办）要会同有关部门开展督促检查，"
         "重大事项及时向省人民政府报告。")
    body(doc, None, [(a, KT, True), (b, FS, False)])
    clauses.append(a + b)

    a = "（五）加大宣传力度。"
    b = "要充分利用政府网站、政务新媒体等渠道，及时宣传解读改革举措，提高企业和群众的知晓度和获得感，营造良好改革氛围。"
    body(doc, None, [(a, KT, True), (b, FS, False)])
    clauses.append(a + b)

    t = "联系人：省商务厅（省自贸办）自贸试验区处王晓峰，联系电话：027-87235061。"
    body(doc, t)
    clauses.append(t)

    para(doc, indent=False)
    p = para(doc)
    set_font(p.add_run("附件：中国（湖北）自由贸易试验区第七批改革试点经验"), FS, 16)
    p.add_run().add_break()
    set_font(p.add_run("　　　复制推广清单"), FS, 16)

    para(doc, indent=False)
    para(doc, indent=False)
    para(doc, indent=False)
    # 落款 aligned with typed full-width spaces
    p = para(doc, indent=False)
    set_font(p.add_run("　" * 14 + TZ_ISSUER), FS, 16)
    p = para(doc, indent=False)
    set_font(p.add_run("　" * 15 + "2026年3月20日"), FS, 16)
    p = para(doc)
    set_font(p.add_run("（此件公开发布）"), FS, 16)

    for _ in range(4):
        para(doc, indent=False)

    # 版记 as a two-row borderless table with horizontal rules
    vt = doc.add_table(rows=2, cols=1)
    vt.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = vt._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side, sz in (("top", "12"), ("bottom", "12"), ("insideH", "6")):
        e = OxmlElement("w:%s" % side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), sz)
        e.set(qn("w:color"), "000000")
        borders.append(e)
    for side in ("left", "right", "insideV"):
        e = OxmlElement("w:%s" % side)
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblpr.append(borders)
    cell_text(vt.rows[0].cells[0],
              "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，武汉海关，中国人民银行湖北省分行。",
              FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(vt.rows[1].cells[0], "湖北省人民政府办公厅" + "　" * 9 + "2026年3月23日印发",
              FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)

    page_number_footer(sec)
    doc.save(path)

    return [{
        "meta": {
            "title": TZ_TITLE,
            "doc_number": TZ_NO,
            "issuer": [TZ_ISSUER],
            "date": TZ_DATE.isoformat(),
            "published": None,
            "level": "provincial",
            "region": "湖北省",
            "effective": None,
            "expires": None,
            "attachments": [QD_TITLE],
            "doc_type": "通知",
            "recipients": TZ_RECIP,
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]


def to_pdf(path):
    subprocess.run(["soffice", LO_ENV, "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    pdf = os.path.join(HERE, os.path.splitext(os.path.basename(path))[0] + ".pdf")
    if not os.path.exists(pdf):
        raise RuntimeError("LibreOffice did not produce %s (is libreoffice-calc installed?)" % pdf)


def main():
    expected = {}
    xlsx = os.path.join(HERE, QD_STEM + ".xlsx")
    make_xlsx(xlsx)
    expected[QD_STEM] = qd_expected()
    docx_path = os.path.join(HERE, TZ_STEM + ".docx")
    expected[TZ_STEM] = make_tongzhi(docx_path)
    for f in (xlsx, docx_path):
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
