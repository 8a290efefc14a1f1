# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 616: 上行文 with 密级 marks — a 请示 (市政府→省政府) and a 报告 (商务局→市政府)."""
import json
import os
import subprocess
import copy

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

SAN = Pt(16)      # 三号
SIHAO = Pt(14)    # 四号
ERHAO = Pt(22)    # 二号


# ---------------------------------------------------------------- helpers
def font(run, east=FS, size=SAN, bold=False, color=None, ascii_font=None):
    run.font.size = size
    run.font.bold = bold
    run.font.name = ascii_font or ("Times New Roman" if east in (FS, KT) else east)
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, first=None, left=None, right=None, exact=Pt(28.9),
        before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = first
    if left is not None:
        pf.left_indent = left
    if right is not None:
        pf.right_indent = right
    if exact is not None:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = exact
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc, runs, **kw):
    """runs: list of (text, east_font, bold) or a plain string (仿宋 body)."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, False)]
    for r in runs:
        text, east, bold = r[0], r[1], r[2]
        size = r[3] if len(r) > 3 else SAN
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), east, size, bold, color)
    fmt(p, **kw)
    return p


def body(doc, runs):
    return para(doc, runs, first=Pt(32))


def empty(doc, n=1, exact=Pt(28.9)):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, exact=exact)


def border_bottom(p, color="FF0000", sz="12"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def border_tb(p, top=True, bottom=True, sz="8"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side, on in (("top", top), ("bottom", bottom)):
        if not on:
            continue
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), sz)
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        bdr.append(b)
    ppr.append(bdr)


def setup(doc):
    sec = doc.sections[0]
    sec.page_width = Mm(210)
    sec.page_height = Mm(297)
    sec.top_margin = Mm(37)
    sec.bottom_margin = Mm(35)
    sec.left_margin = Mm(28)
    sec.right_margin = Mm(26)
    sec.footer_distance = Mm(25)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = SAN
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)


def page_field(p, size=SIHAO):
    font(p.add_run("— "), SONG, size)
    r = p.add_run()
    font(r, SONG, size)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r = p.add_run()
    font(r, SONG, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._r.append(it)
    r = p.add_run()
    font(r, SONG, size)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r._r.append(f2)
    r = p.add_run("1")
    font(r, SONG, size)
    r = p.add_run()
    font(r, SONG, size)
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._r.append(f3)
    font(p.add_run(" —"), SONG, size)


def footers(doc, odd_even=False):
    sec = doc.sections[0]
    if odd_even:
        doc.settings.odd_and_even_pages_header_footer = True
        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.right_indent = Pt(14)
        page_field(p)
        p = sec.even_page_footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.left_indent = Pt(14)
        page_field(p)
    else:
        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page_field(p)


def cell_text(cell, text, east=FS, size=SIHAO, bold=False,
              align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), east, size, bold)
    fmt(p, align=align, exact=Pt(22))


def table_borders(tbl, spec):
    """spec: dict side->size (e.g. {'top':'12','bottom':'12','insideH':'4'})."""
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        if side in spec:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), spec[side])
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def add_decimal_numbering(doc, abs_id, num_id):
    """A Word numbering list '%1.' with no tab after the number."""
    numbering = doc.part.numbering_part.element
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    a.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"),
                     ("w:suff", "nothing"), ("w:lvlText", "%1."),
                     ("w:lvlJc", "left")):
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
    a.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    n = OxmlElement("w:num")
    n.set(qn("w:numId"), str(num_id))
    aid = OxmlElement("w:abstractNumId")
    aid.set(qn("w:val"), str(abs_id))
    n.append(aid)
    numbering.append(n)
    return num_id


def numbered(doc, text, num_id):
    p = body(doc, text)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)
    return p


# ================================================================ 请示
QS_TITLE = "连云港市人民政府关于支持连云港中欧班列集结中心建设的请示"
QS_NO = "连政发〔2025〕36号"

QS_CLAUSES = [
    "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，加快推进中欧班列集结中心和国家物流枢纽建设，进一步发挥连云港作为新亚欧大陆桥经济走廊东方起点的区位优势，现就支持连云港中欧班列集结中心建设有关事项请示如下：",
    "近年来，我市依托中哈（连云港）物流合作基地和上合组织（连云港）国际物流园，持续拓展中欧（亚）班列线路。2024年，我市累计开行中欧（亚）班列812列，同比增长14.2%，线路覆盖哈萨克斯坦、乌兹别克斯坦、土耳其等23个国家和地区；2025年1—10月，已开行班列735列，完成海铁联运集装箱86.4万标箱。但对照国家中欧班列集结中心建设要求，我市仍存在集结能力不足、回程货源偏少、口岸功能不完善等短板，亟需省级层面给予支持。",
    "一、支持将连云港中欧班列集结中心纳入省重大项目清单。恳请省政府将连云港中欧班列集结中心（一期）项目列入2026年省重大项目清单，在用地指标、能耗指标、环评审批等方面给予优先保障。项目总投资约38.6亿元，规划建设铁路装卸线6条、集装箱堆场42万平方米，建成后年集结能力可达1500列。",
    "二、给予中欧班列运营资金支持。恳请省财政在2026—2028年对我市中欧班列运营给予阶段性支持，具体建议如下：",
    "（一）对我市开行的去程班列，按照全省统一标准给予运费补贴，补贴比例逐年退坡，2028年后不再补贴。",
    "（二）对回程班列和“班列+跨境电商”专列给予适当倾斜，每列补助标准在去程基础上上浮20%。",
    "（三）支持我市设立中欧班列发展基金，省级政府投资基金按照不超过基金规模30%的比例参股。",
    "三、支持扩大铁路口岸开放。恳请省政府协调海关总署、国家口岸管理办公室，支持连云港铁路口岸扩大开放至上合组织（连云港）国际物流园，同步申报进境粮食、肉类、水果等指定监管场地，推动实现“一次申报、一次查验、一次放行”。",
    "四、支持连云港综合保税区拓展保税功能。恳请省政府支持连云港综合保税区与中欧班列集结中心联动发展，在综合保税区开展保税维修、保税展示交易、跨境电商网购保税进口等业务，并将相关事项纳入中国（江苏）自由贸易试验区连云港片区改革试点任务。",
    "五、建立省市协同推进工作机制。恳请省政府建立由省发展改革委牵头，省交通运输厅、省商务厅、省财政厅、南京海关、中国铁路上海局集团有限公司等单位参加的工作专班，定期研究解决集结中心建设中的重大问题。",
    "我市将切实履行主体责任，加强组织领导，细化工作方案，落实建设资金，确保集结中心于2027年底前建成投运。",
    "妥否，请批示。",
]

QS_ATTACH = [
    "连云港中欧班列集结中心建设实施方案",
    "连云港中欧班列集结中心项目资金测算表",
]


def make_qingshi(path):
    doc = Document()
    setup(doc)
    footers(doc, odd_even=True)

    # 份号 / 密级和保密期限 / 紧急程度 — top left, each its own paragraph
    para(doc, [("000012", HT, False)], align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, [("秘密", HT, False), ("★", SONG, False), ("1年", HT, False)],
         align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, [("特急", HT, False)], align=WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc)

    # 版头
    para(doc, [("连云港市人民政府文件", XBS, False, Pt(36), RED)],
         align=WD_ALIGN_PARAGRAPH.CENTER, exact=Pt(60))
    empty(doc, 2)

    # 文号 left, 签发人 right — aligned by hand with half-width spaces
    para(doc, [("　" + QS_NO, FS, False), (" " * 13, FS, False),
               ("签发人：", FS, False), ("张三　李四", KT, False)],
         align=WD_ALIGN_PARAGRAPH.LEFT)
    # red line = bottom border on an empty paragraph
    p = doc.add_paragraph()
    fmt(p, exact=Pt(8))
    border_bottom(p)
    empty(doc)

    # 标题: two lines via a soft line break
    p = doc.add_paragraph()
    font(p.add_run("连云港市人民政府关于支持连云港中欧班列"), XBS, ERHAO)
    p.add_run().add_break()
    font(p.add_run("集结中心建设的请示"), XBS, ERHAO)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, exact=Pt(36))
    empty(doc)

    para(doc, [("江苏省人民政府：", FS, False)], align=WD_ALIGN_PARAGRAPH.LEFT)

    c = QS_CLAUSES
    body(doc, c[0])
    body(doc, c[1])
    # items: 一、 run-in heading in 黑体 (first sentence), rest 仿宋
    for txt in (c[2], c[3]):
        head, rest = txt.split("。", 1)
        body(doc, [(head + "。", HT, False), (rest, FS, False)])
    # sub-items: （一） typed by hand
    for txt in c[4:7]:
        body(doc, txt)
    for txt in c[7:10]:
        head, rest = txt.split("。", 1)
        # "五、" item: number and heading in separate runs, heading bold
        if txt.startswith("五、"):
            body(doc, [("五、", HT, False), (head[2:] + "。", HT, True),
                       (rest, FS, False)])
        else:
            body(doc, [(head + "。", HT, False), (rest, FS, False)])
    body(doc, c[10])
    body(doc, c[11])
    empty(doc)

    # 附件 list: first line "附件：1．…", second aligned with full-width spaces
    para(doc, [("附件：1．" + QS_ATTACH[0], FS, False)], first=Pt(32))
    para(doc, [("　　　　　2．" + QS_ATTACH[1], FS, False)])
    empty(doc, 3)

    # 落款 by manual spaces; date right aligned with trailing spaces
    para(doc, [("　" * 14 + "连云港市人民政府", FS, False)],
         align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, [("2025年11月18日" + "　" * 4, FS, False)],
         align=WD_ALIGN_PARAGRAPH.RIGHT)
    # 附注: 联系人 under the date
    para(doc, [("（联系人：刘晓东；联系电话：0518-85821234）", FS, False)],
         first=Pt(32))
    empty(doc, 4)

    # 版记 as a 2-row layout table
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, {"top": "12", "bottom": "12", "insideH": "4"})
    a = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(a, "抄送：省发展改革委、省交通运输厅、省商务厅、省财政厅，南京海关。",
              FS, SIHAO, align=WD_ALIGN_PARAGRAPH.LEFT)
    a.paragraphs[0].paragraph_format.left_indent = Pt(14)
    cell_text(t.cell(1, 0), "连云港市人民政府办公室", FS, SIHAO,
              align=WD_ALIGN_PARAGRAPH.LEFT)
    t.cell(1, 0).paragraphs[0].paragraph_format.left_indent = Pt(14)
    cell_text(t.cell(1, 1), "2025年11月18日印发", FS, SIHAO,
              align=WD_ALIGN_PARAGRAPH.RIGHT)
    t.cell(1, 1).paragraphs[0].paragraph_format.right_indent = Pt(14)

    doc.save(path)


# ================================================================ 报告
BG_TITLE = ("连云港市商务局关于2025年中国（连云港）跨境电子商务综合试验区"
            "建设工作情况的报告")
BG_NO = "连商务〔2026〕5号"

BG_TABLE_HEAD = ["指标", "2025年", "2024年", "同比增长（%）"]
BG_TABLE = [
    ["跨境电商进出口额（亿元）", "128.6", "102.3", "25.7"],
    ["其中：出口（亿元）", "96.2", "75.0", "28.3"],
    ["进口（亿元）", "32.4", "27.3", "18.7"],
    ["跨境电商市场主体（家）", "1326", "1058", "25.3"],
    ["公共海外仓（个）", "27", "19", "42.1"],
]

BG_P = {
    "intro": "2025年，在市委、市政府的坚强领导下，市商务局会同综试区建设领导小组各成员单位，认真落实《中国（连云港）跨境电子商务综合试验区实施方案》，围绕“两平台六体系”建设，加快推动跨境电商与本地产业带、中欧班列、综合保税区融合发展，各项工作取得积极成效。现将有关情况报告如下：",
    "s1": ("（一）跨境电商规模持续扩大。", "2025年，全市跨境电商进出口额达128.6亿元，同比增长25.7%，占全市外贸进出口总额的比重提升至9.8%。其中，出口96.2亿元，增长28.3%；进口32.4亿元，增长18.7%。主要指标完成情况如下："),
    "s2": ("（二）平台载体功能不断完善。", "线上线下“两平台”加快提档升级，综试区承载能力明显增强。"),
    "s2_items": [
        "线上综合服务平台累计备案企业1862家，实现与海关、税务、外汇管理等部门数据交换，全年处理申报单量2150万票。",
        "新增连云港综合保税区跨境电商产业园、赣榆区跨境电商产业园2个省级跨境电商产业园，园区入驻企业达416家。",
        "新建公共海外仓8个，重点布局哈萨克斯坦阿拉木图、乌兹别克斯坦塔什干和德国杜伊斯堡等中欧班列沿线节点城市。",
    ],
    "s3": ("（三）“跨境电商+中欧班列”模式实现突破。", "全年开行“跨境电商+中欧班列”专列46列，运送跨境电商货物货值8.7亿元，实现9610、9710、9810、1210等跨境电商监管方式全覆盖。在全省率先开展跨境电商出口退货“中欧班列回程”试点，平均退货时效缩短至12天。"),
    "s4": ("（四）营商环境持续优化。", "会同连云港海关推行跨境电商出口“提前申报、抵港直装”模式，出口通关时间压缩至0.8小时；联合市税务局落实跨境电商零售出口“无票免税”和核定征收政策，惠及企业312家；举办跨境电商专题培训班24期，培训从业人员3600余人次。"),
    "problems": "一是产业带支撑不够强，本地传统制造企业“上线触网”比例偏低，具有较强竞争力的跨境电商自主品牌较少。二是龙头企业数量偏少，年交易额超过10亿元的跨境电商企业仅有3家。三是专业人才短缺，跨境电商运营、海外营销等复合型人才供给不足。",
    "p1": ("（一）实施产业带“跨境出海”行动。", "聚焦东海硅材料及水晶、赣榆海产品、灌云服装等特色产业带，每年培育跨境电商应用企业200家以上，打造跨境电商自主品牌20个。"),
    "p2": ("（二）深化综合保税区与中欧班列联动。", "支持连云港综合保税区开展跨境电商网购保税进口业务，常态化开行“跨境电商+中欧班列”专列，力争全年开行60列以上。"),
    "p3": ("（三）加强人才和服务保障。", "推动市内高校、职业院校开设跨境电商相关专业，建设跨境电商人才实训基地3个；完善综试区统计监测制度，按季度向市政府报送建设进展情况。"),
    "end": "特此报告。",
}

BG_ATTACH = ["2026年中国（连云港）跨境电子商务综合试验区重点项目清单"]


def make_baogao(path):
    doc = Document()
    setup(doc)
    footers(doc, odd_even=False)
    num_id = add_decimal_numbering(doc, 616, 616)

    para(doc, [("连云港市商务局文件", XBS, False, Pt(40), RED)],
         align=WD_ALIGN_PARAGRAPH.CENTER, exact=Pt(60), before=40)
    empty(doc, 2)
    # 文号 + 签发人, separated by a tab to a right tab stop
    p = para(doc, [("　" + BG_NO, FS, False), ("\t", FS, False),
                   ("签发人：", FS, False), ("陈立新", KT, False)],
             align=WD_ALIGN_PARAGRAPH.LEFT)
    from docx.enum.text import WD_TAB_ALIGNMENT
    p.paragraph_format.tab_stops.add_tab_stop(Mm(150), WD_TAB_ALIGNMENT.RIGHT)
    border_bottom(p)  # red line directly under the 文号 paragraph
    empty(doc, 1)

    # 标题 split into two paragraphs (typed as two lines)
    for line in ("连云港市商务局关于2025年中国（连云港）",
                 "跨境电子商务综合试验区建设", "工作情况的报告"):
        para(doc, [(line, XBS, False, ERHAO)],
             align=WD_ALIGN_PARAGRAPH.CENTER, exact=Pt(36))
    empty(doc)

    para(doc, [("连云港市人民政府：", FS, False)])
    body(doc, BG_P["intro"])

    # 一级标题 own line, typed in 黑体 and also bold
    body(doc, [("一、主要成效", HT, True)])
    h, t = BG_P["s1"]
    body(doc, [(h, KT, True), (t, FS, False)])

    # table
    tbl = doc.add_table(rows=1 + len(BG_TABLE), cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, hd in enumerate(BG_TABLE_HEAD):
        cell_text(tbl.cell(0, j), hd, HT, SIHAO)
    for i, row in enumerate(BG_TABLE, 1):
        for j, v in enumerate(row):
            cell_text(tbl.cell(i, j), v, FS, SIHAO,
                      align=WD_ALIGN_PARAGRAPH.LEFT if j == 0
                      else WD_ALIGN_PARAGRAPH.CENTER)
    widths = [Mm(64), Mm(27), Mm(27), Mm(34)]
    tbl.autofit = False
    for j, gc in enumerate(tbl._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j].twips)))
    for row in tbl.rows:
        for j, cell in enumerate(row.cells):
            cell.width = widths[j]

    h, t = BG_P["s2"]
    # run-in heading split over several runs
    body(doc, [(h[:4], KT, True), (h[4:], KT, True), (t, FS, False)])
    for it in BG_P["s2_items"]:
        numbered(doc, it, num_id)
    for k in ("s3", "s4"):
        h, t = BG_P[k]
        body(doc, [(h, KT, True), (t, FS, False)])
    empty(doc)

    body(doc, [("二、存在的问题", HT, False)])
    body(doc, BG_P["problems"])
    empty(doc)

    body(doc, [("三、2026年工作打算", HT, False)])
    for k in ("p1", "p2", "p3"):
        h, t = BG_P[k]
        body(doc, [(h, KT, True), (t, FS, False)])
    body(doc, BG_P["end"])
    empty(doc)

    para(doc, [("附件：" + BG_ATTACH[0], FS, False)], left=Pt(32),
         first=Pt(0))
    # hanging continuation handled by Word wrapping
    empty(doc, 3)

    para(doc, [("连云港市商务局", FS, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
         right=Pt(64))
    # 成文日期 typed in Chinese numerals
    para(doc, [("二〇二六年一月二十日", FS, False)],
         align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(48))
    para(doc, [("（此件依申请公开）", FS, False)], first=Pt(32))
    empty(doc, 2)

    # 版记 as bordered paragraphs
    p = para(doc, [("抄送：省商务厅，市跨境电商综试区建设领导小组各成员单位。",
                    FS, False, SIHAO)], left=Pt(14), exact=Pt(26))
    border_tb(p, top=True, bottom=True, sz="8")
    p.paragraph_format.keep_with_next = True
    p = para(doc, [("连云港市商务局办公室", FS, False, SIHAO),
                   ("　" * 9, FS, False, SIHAO),
                   ("2026年1月20日印发", FS, False, SIHAO)],
             left=Pt(14), exact=Pt(26))
    border_tb(p, top=False, bottom=True, sz="12")

    doc.save(path)


# ================================================================ key
def table_clauses(head, rows):
    return ["；".join(f"{h}：{v}" for h, v in zip(head, r)) for r in rows]


def expected():
    bg = BG_P
    bg_clauses = [bg["intro"], bg["s1"][0] + bg["s1"][1]]
    bg_clauses += table_clauses(BG_TABLE_HEAD, BG_TABLE)
    bg_clauses.append(bg["s2"][0] + bg["s2"][1])
    bg_clauses += [f"{i}.{t}" for i, t in enumerate(bg["s2_items"], 1)]
    bg_clauses += [bg["s3"][0] + bg["s3"][1], bg["s4"][0] + bg["s4"][1]]
    bg_clauses.append(bg["problems"])
    bg_clauses += [bg[k][0] + bg[k][1] for k in ("p1", "p2", "p3")]
    bg_clauses.append(bg["end"])

    return {
        "blind616_lianyungang_qingshi": [{
            "meta": {
                "title": QS_TITLE,
                "doc_number": QS_NO,
                "issuer": ["连云港市人民政府"],
                "date": "2025-11-18",
                "published": None,
                "level": "municipal",
                "region": "连云港市",
                "effective": None,
                "expires": None,
                "attachments": QS_ATTACH,
                "doc_type": "请示",
                "recipients": ["江苏省人民政府"],
                "publicity": None,
                "repeals": None,
            },
            "clauses": QS_CLAUSES,
        }],
        "blind616_lianyungang_baogao": [{
            "meta": {
                "title": BG_TITLE,
                "doc_number": BG_NO,
                "issuer": ["连云港市商务局"],
                "date": "2026-01-20",
                "published": None,
                "level": "municipal",
                "region": "连云港市",
                "effective": None,
                "expires": None,
                "attachments": BG_ATTACH,
                "doc_type": "报告",
                "recipients": ["连云港市人民政府"],
                "publicity": "此件依申请公开",
                "repeals": None,
            },
            "clauses": bg_clauses,
        }],
    }


def to_pdf(docx_path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_616", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=300)


def main():
    files = []
    p = os.path.join(HERE, "blind616_lianyungang_qingshi.docx")
    make_qingshi(p)
    files.append(p)
    p = os.path.join(HERE, "blind616_lianyungang_baogao.docx")
    make_baogao(p)
    files.append(p)
    for f in files:
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
