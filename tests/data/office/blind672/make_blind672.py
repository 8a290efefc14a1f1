# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 672: notices / guides whose body is a borderless two-column layout table."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


# ---------------------------------------------------------------- helpers
def font(run, east=FS, size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.name = "Times New Roman"
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=False, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def add_text(p, text, east=FS, size=16, bold=False, color=None):
    """text may contain '\n' -> soft line break (w:br)."""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        font(r, east, size, bold, color)
        if i < len(parts) - 1:
            r.add_break()
    return p


def border(p, side, color="E60012", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)


def table_borders(table, val="nil"):
    tblPr = table._tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), "4")
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)


def set_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths):
                c.width = widths[i]


def page_setup(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run("— ")
        font(r, "宋体", 14)
        r = fp.add_run()
        font(r, "宋体", 14)
        f1 = OxmlElement("w:fldChar")
        f1.set(qn("w:fldCharType"), "begin")
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = " PAGE "
        f2 = OxmlElement("w:fldChar")
        f2.set(qn("w:fldCharType"), "end")
        r._r.append(f1)
        r._r.append(it)
        r._r.append(f2)
        r = fp.add_run(" —")
        font(r, "宋体", 14)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def blank(doc_or_cell, n=1):
    for _ in range(n):
        p = doc_or_cell.add_paragraph()
        fmt(p)


def cell_para(cell, text, first=False, east=FS, size=16, bold=False, typed_indent=False,
              indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    if typed_indent:
        text = "\u3000\u3000" + text
        fmt(p, align, indent=False, line=26)
    else:
        fmt(p, align, indent=indent, line=26)
    add_text(p, text, east, size, bold)
    return p


def add_numbering(doc, num_id=90):
    numbering = doc.part.numbering_part.element
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(num_id))
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
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    aid = OxmlElement("w:abstractNumId")
    aid.set(qn("w:val"), str(num_id))
    num.append(aid)
    numbering.append(num)
    return num_id


def numbered(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)
    p.paragraph_format.first_line_indent = None


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_672", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def clean(t):
    return t.replace("\n", "").strip("\u3000 ")


# ---------------------------------------------------------------- doc 1: Xi'an notice
def make_xian():
    stem = "blind672_xian_tongzhi"
    doc = Document()
    page_setup(doc)
    clauses = []

    # 版头 (lead organ only, joint notice)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=60, before=30)
    add_text(p, "西安市商务局文件", XBS, 48, color=RED)
    blank(doc, 2)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER)
    add_text(p, "市商发〔2026〕15号")
    border(p, "bottom", sz=18)
    blank(doc, 1)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=36)
    add_text(p, "关于做好2026年跨境电商与\n中欧班列融合发展工作的通知", XBS, 22)
    blank(doc, 1)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY)
    add_text(p, "各区县商务主管部门，各开发区管委会，西咸新区管委会，市级有关单位：")

    intro = ("为贯彻落实《国务院办公厅关于加快发展外贸新业态新模式的意见》和省委、省政府关于高质量共建“一带一路”的部署要求，"
             "发挥中欧班列（西安）集结中心和中国（西安）跨境电子商务综合试验区叠加优势，推动跨境电商与中欧班列深度融合，"
             "经研究，现将2026年有关工作通知如下。")

    # rows: (left heading, [paragraph specs]) ; paragraph spec = str or (str, opts)
    rows = [
        ("一、总体要求", [
            "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，主动融入共建“一带一路”大格局，"
            "以“班列+跨境电商”为牵引，统筹通道、平台、主体、服务四方面建设，推动跨境电商规模和质量同步提升，"
            "加快建设内陆地区效率高、成本低、服务优的国际贸易大通道。",
            "工作目标：到2026年底，全市跨境电商进出口额力争突破600亿元，中欧班列（西安）跨境电商专列开行数量达到300列以上，"
            "新增公共海外仓10个以上，培育跨境电商年进出口额超亿元企业15家以上。",
        ]),
        ("二、重点任务", []),
        ("（一）拓展“班列+\n跨境电商”通道", [
            "1.加密跨境电商专列。支持西安国际港务区会同中欧班列运营平台公司，加密至汉堡、杜伊斯堡、马拉舍维奇、布达佩斯等方向的跨境电商专列，"
            "推行“定点、定线、定车次、定时、定价”运行模式。（责任单位：西安国际港务区管委会、市发展改革委）",
            "2.开展跨境电商集拼业务。在西安综合保税区、西安国际港务区内设立跨境电商集拼中心，支持9610、9710、9810模式货物与一般贸易货物混拼运输，"
            "降低中小企业物流成本。（责任单位：市商务局、西安海关）",
            "3.推动“班列+海外仓”联动。鼓励企业在班列沿线节点城市布局海外仓，开展“班列运输+海外仓储+本地配送”一体化服务。"
            "（责任单位：市商务局、西安国际港务区管委会）",
        ]),
        ("（二）提升通关\n便利化水平", [
            ("4.深化跨境电商出口海关监管改革，推广“提前申报”“两步申报”“转关作业无纸化”等措施，\n压缩跨境电商班列货物整体通关时间。", {"typed": True}),
            ("5.支持在西安综合保税区开展跨境电商退货中心仓业务，完善出口商品退换货渠道。", {"typed": True}),
        ]),
        ("（三）培育壮大\n经营主体", [
            "6.实施跨境电商主体倍增行动，引进培育一批跨境电商平台企业、品牌企业和综合服务企业。",
            "7.支持传统外贸企业和制造企业“触网上线”，利用跨境电商拓展共建“一带一路”国家市场。",
            "8.发挥跨境电商产业园区集聚作用，对认定的市级跨境电商产业园区实施动态管理，年度考核不合格的限期整改。",
        ]),
        ("", [  # continuation row of （三） (row split by hand across page)
            "9.加强跨境电商人才培养，支持高校、职业院校与企业共建跨境电商实训基地，每年培训跨境电商从业人员5000人次以上。",
        ]),
        ("（四）强化数据和\n金融服务", [
            "10.依托中国（西安）跨境电子商务综合试验区线上综合服务平台，归集班列运输、通关、结汇、退税等数据，为企业提供“一站式”服务。",
            "11.鼓励金融机构开发“班列运单融资”“海外仓仓单质押”等产品，支持保险机构扩大出口信用保险覆盖面。",
        ]),
        ("三、支持政策", [
            "（一）班列运费补助。对通过中欧班列（西安）运输跨境电商出口货物的企业，按实际支付运费的10%给予补助，单个企业年度补助最高不超过200万元。",
            "（二）海外仓建设奖励。对新认定的市级公共海外仓，按照仓储面积和年度服务企业数量给予一次性奖励，最高不超过100万元。",
            "（三）主体培育奖励。对年度跨境电商进出口额首次突破1亿元、5亿元的企业，分别给予50万元、100万元奖励。",
            "同一企业同一事项已获得市级其他财政资金支持的，不得重复申报。",
        ]),
        ("四、申报要求", [
            "（一）申报主体应为在西安市依法注册、具有独立法人资格的企业，近三年内无重大违法违规记录，未被列入严重失信主体名单。",
            "（二）请各区县商务主管部门、各开发区管委会于2026年4月30日前组织辖区企业完成申报，审核后将项目汇总表（附件2）报送市商务局。逾期不予受理。",
            "（三）申报企业对申报材料的真实性负责。对弄虚作假、骗取财政资金的，依法追回资金，并按规定纳入信用记录。",
        ]),
        ("五、保障措施", [
            "（一）加强统筹协调。市商务局牵头建立跨境电商与中欧班列融合发展工作专班，定期调度重点任务推进情况。",
            "（二）强化资金保障。市财政局统筹安排市级外经贸发展专项资金，按规定及时拨付补助资金。",
            "（三）做好跟踪评估。各责任单位于每季度结束后5个工作日内将工作进展情况报送市商务局，市商务局会同市发展改革委适时开展评估。",
        ]),
        ("六、其他事项", [
            "本通知自2026年4月1日起施行，有效期至2026年12月31日。",
            "联系人：市商务局对外贸易处张晓东，电话：029-86785316；市财政局经济建设处刘敏，电话：029-86787452。",
        ]),
    ]

    table = doc.add_table(rows=1 + len(rows), cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(table)
    set_widths(table, [Cm(4.4), Cm(11.2)])
    # merged intro row
    m = table.cell(0, 0).merge(table.cell(0, 1))
    cell_para(m, intro, first=True)
    clauses.append(clean(intro))
    for i, (head, paras) in enumerate(rows, start=1):
        lc, rc = table.cell(i, 0), table.cell(i, 1)
        lp = lc.paragraphs[0]
        fmt(lp, WD_ALIGN_PARAGRAPH.LEFT)
        if head.startswith("（"):
            add_text(lp, head, KT, 16, bold=True)
        elif head:
            add_text(lp, head, HT, 16)
        first = True
        for spec in paras:
            opts = {}
            if isinstance(spec, tuple):
                spec, opts = spec
            cell_para(rc, spec, first=first, typed_indent=opts.get("typed", False))
            first = False
            clauses.append(clean(spec))
        if head.startswith("一") or head.startswith("六"):
            blank(rc)  # stray empty paragraph at the end of the cell
    set_widths(table, [Cm(4.4), Cm(11.2)])

    blank(doc, 1)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent=True)
    add_text(p, "附件：1.2026年跨境电商与中欧班列融合发展重点任务清单")
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT)
    add_text(p, "\u3000\u3000\u3000\u3000\u30002.跨境电商与中欧班列融合发展支持项目汇总表")
    blank(doc, 3)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT)
    add_text(p, "\u3000\u3000\u3000西安市商务局　　　　　西安市发展和改革委员会")
    blank(doc, 2)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT)
    add_text(p, "\u3000\u3000\u3000西安市财政局　　　　　　　2026年3月16日")
    blank(doc, 1)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent=True)
    add_text(p, "（此件公开发布）")
    blank(doc, 4)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT)
    add_text(p, "抄送：市委办公厅，市人大常委会办公厅，市政府办公厅，市政协办公厅。", size=14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT)
    add_text(p, "\u3000西安市商务局办公室　　　　　　　　　　2026年3月17日印发", size=14)
    border(p, "bottom", "000000", 8)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "关于做好2026年跨境电商与中欧班列融合发展工作的通知",
        "doc_number": "市商发〔2026〕15号",
        "issuer": ["西安市商务局", "西安市发展和改革委员会", "西安市财政局"],
        "date": "2026-03-16",
        "published": None,
        "level": "municipal",
        "region": "西安市",
        "effective": "2026-04-01",
        "expires": "2026-12-31",
        "attachments": ["2026年跨境电商与中欧班列融合发展重点任务清单",
                        "跨境电商与中欧班列融合发展支持项目汇总表"],
        "doc_type": "通知",
        "recipients": ["各区县商务主管部门", "各开发区管委会", "西咸新区管委会", "市级有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


# ---------------------------------------------------------------- doc 2: Xiamen guide
def make_xiamen():
    stem = "blind672_xiamen_zhinan"
    doc = Document()
    page_setup(doc)
    num_id = add_numbering(doc)
    clauses = []
    zone = "中国（福建）自由贸易试验区厦门片区"
    title = zone + "外商投资企业落地奖励申报办事指南"

    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=36)
    add_text(p, zone + "\n外商投资企业落地奖励申报办事指南", XBS, 22)
    blank(doc, 1)

    materials = [
        ("1", "外商投资企业落地奖励申请表", "原件", "1份"),
        ("2", "营业执照复印件（加盖公章）", "复印件", "1份"),
        ("3", "外商投资信息报告回执", "复印件", "1份"),
        ("4", "外资到账银行进账单及外汇登记凭证", "复印件", "1份"),
        ("5", "信用承诺书", "原件", "1份"),
    ]
    mat_head = ("序号", "材料名称", "材料形式", "份数")

    # (label, list of items); item = str | ("auto", str) | ("table",) ; label None -> vmerge continuation
    rows = [
        ("办理事项", ["外商投资企业落地奖励申报"]),
        ("事项类型", ["公共服务"]),
        ("办理依据", [
            "1.《中华人民共和国外商投资法》；",
            "2.《中华人民共和国外商投资法实施条例》；",
            "3.《中国（福建）自由贸易试验区条例》；",
            "4.《厦门自贸片区促进外商投资若干措施》（厦自贸委〔2025〕38号）。",
        ]),
        ("实施主体", ["中国（福建）自由贸易试验区厦门片区管理委员会经济发展局"]),
        ("办理对象", ["在厦门自贸片区（含海沧港综合保税区、象屿综合保税区）新设立或新增外资到位的外商投资企业。"]),
        ("办理条件", [
            "申请企业应同时符合下列条件：",
            ("auto", "工商注册地、税务征管关系和统计关系均在厦门自贸片区；"),
            ("auto", "已按规定通过外商投资信息报告系统报送初始报告或变更报告；"),
            ("auto", "当年度实际到位外资金额不低于500万美元（以外汇管理部门登记的外资实际到位数据为准）；"),
            ("auto", "申报前三年内未发生重大安全生产、环境污染事故，未被列入严重失信主体名单。"),
        ]),
        ("奖励标准", [
            "（一）新设外商投资企业，按当年度实际到位外资金额的2%给予奖励，单个企业最高不超过1000万元。",
            "（二）已设立外商投资企业增资扩股的，按当年度新增实际到位外资金额的1.5%给予奖励，最高不超过800万元。",
            "（三）世界500强企业或行业龙头企业在片区设立地区总部、研发中心的，奖励额度上浮20%。",
        ]),
        ("申请材料", [
            "申请材料清单如下：",
            ("table",),
            "以上材料须加盖企业公章，复印件应注明“与原件一致”。",
        ]),
        ("办理流程", [
            "（一）网上申报：企业登录厦门市“i厦门”政务服务平台，在线填报申请表并上传申请材料。",
            "（二）受理审核：经济发展局在5个工作日内完成材料受理审核，材料不齐全的，一次性告知需补正的全部内容。",
        ]),
        (None, [
            "（三）联合审查：会同片区财政金融局、外汇管理等部门对申报数据进行联审。",
            "（四）公示拨付：审核结果在片区门户网站公示5个工作日，公示无异议的，按程序拨付奖励资金。",
        ]),
        ("办理时限", ["自受理之日起20个工作日（公示时间不计算在内）。"]),
        ("收费标准", ["不收费。"]),
        ("办理地点", ["厦门自贸片区政务服务中心综合受理窗口（厦门市湖里区象屿路97号）"]),
        ("办理时间", ["工作日上午8:30—12:00，下午14:30—17:30（法定节假日除外）。"]),
        ("咨询电话", ["0592-5683216"]),
        ("监督投诉", ["0592-5683299；12345政务服务便民热线。"]),
        ("其他说明", [
            "1.本指南自2025年12月1日起施行，《中国（福建）自由贸易试验区厦门片区外商投资企业落地奖励申报办事指南（2023年版）》同时废止。",
            "2.本指南由中国（福建）自由贸易试验区厦门片区管理委员会经济发展局负责解释。",
        ]),
    ]

    table = doc.add_table(rows=len(rows), cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(table)
    widths = [Cm(3.2), Cm(12.4)]
    set_widths(table, widths)
    # vertical merge of the 办理流程 label over its two rows
    for i, (label, _) in enumerate(rows):
        if label is None:
            table.cell(i - 1, 0).merge(table.cell(i, 0))
    for i, (label, items) in enumerate(rows):
        rc = table.cell(i, 1)
        if label is not None:
            lc = table.cell(i, 0)
            lp = lc.paragraphs[0]
            fmt(lp, WD_ALIGN_PARAGRAPH.DISTRIBUTE)
            add_text(lp, label, HT, 16)
        first = True
        for it in items:
            if isinstance(it, tuple) and it[0] == "table":
                nt = rc.add_table(rows=1 + len(materials), cols=4)
                table_borders(nt, "single")
                nw = [Cm(1.3), Cm(6.3), Cm(2.2), Cm(1.6)]
                set_widths(nt, nw)
                for r_i, rowvals in enumerate([mat_head] + materials):
                    for c_i, v in enumerate(rowvals):
                        c = nt.cell(r_i, c_i)
                        c.width = nw[c_i]
                        cp = c.paragraphs[0]
                        fmt(cp, WD_ALIGN_PARAGRAPH.CENTER if c_i != 1 else WD_ALIGN_PARAGRAPH.LEFT, line=22)
                        add_text(cp, v, HT if r_i == 0 else FS, 12)
                    if r_i > 0:
                        clauses.append("；".join(f"{h}：{v}" for h, v in zip(mat_head, rowvals)))
                # python-docx leaves an empty paragraph after a nested table; reuse it
                first = "reuse"
                continue
            if first == "reuse":
                p = rc.paragraphs[-1]
                fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True)
                add_text(p, it)
                clauses.append(clean(it))
                first = False
                continue
            if isinstance(it, tuple) and it[0] == "auto":
                p = rc.add_paragraph()
                fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY)
                numbered(p, num_id)
                add_text(p, it[1])
                n = sum(1 for x in items[:items.index(it) + 1] if isinstance(x, tuple) and x[0] == "auto")
                clauses.append(f"{n}.{it[1]}")
                first = False
                continue
            single = len(items) == 1
            cell_para(rc, it, first=first, indent=not single,
                      align=WD_ALIGN_PARAGRAPH.LEFT if single else WD_ALIGN_PARAGRAPH.JUSTIFY)
            clauses.append(clean(it))
            first = False
    set_widths(table, widths)

    blank(doc, 2)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.RIGHT)
    add_text(p, "中国（福建）自由贸易试验区厦门片区管理委员会")
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.RIGHT)
    add_text(p, "2025年11月20日\u3000\u3000\u3000\u3000")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": title,
        "doc_number": None,
        "issuer": ["中国（福建）自由贸易试验区厦门片区管理委员会"],
        "date": "2025-11-20",
        "published": None,
        "level": "zone",
        "region": zone,
        "effective": "2025-12-01",
        "expires": None,
        "attachments": [],
        "doc_type": "办事指南",
        "recipients": [],
        "publicity": None,
        "repeals": "中国（福建）自由贸易试验区厦门片区外商投资企业落地奖励申报办事指南（2023年版）",
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for maker in (make_xian, make_xiamen):
        stem, path, docs = maker()
        to_pdf(path)
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
