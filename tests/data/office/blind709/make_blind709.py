# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 709: 海关行政处罚案件信息公示 + 行政处罚决定书 (Word + PDF + expected.json)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"


# ---------------------------------------------------------------- helpers
def set_font(run, east, size, bold=False, color=None):
    run.font.name = "Times New Roman"
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent_chars=0, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)
    if indent_chars:
        ind = p._p.get_or_add_pPr().get_or_add_ind()
        ind.set(qn("w:firstLineChars"), str(indent_chars * 100))
        ind.set(qn("w:firstLine"), str(int(indent_chars * 320)))


def para(doc_or_cell, text="", east=FS, size=16, bold=False, **kw):
    p = doc_or_cell.add_paragraph()
    fmt(p, **kw)
    if text:
        r = p.add_run(text)
        set_font(r, east, size, bold)
    return p


def add_run(p, text, east=FS, size=16, bold=False):
    r = p.add_run(text)
    set_font(r, east, size, bold)
    return r


def soft_break(p, east=FS, size=16):
    r = p.add_run()
    set_font(r, east, size)
    r.add_break(WD_BREAK.LINE)


def add_page_number(section, size=14):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(p, "— ", "宋体", size)
    r = p.add_run()
    set_font(r, "宋体", size)
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
    add_run(p, " —", "宋体", size)


def make_numbering(doc, abs_id, num_id, lvl_text, jc="left", indent_first=640):
    """Create a simple one-level decimal list; returns numId."""
    numbering = doc.part.numbering_part.element
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"),
                     ("w:suff", "nothing"), ("w:lvlText", lvl_text),
                     ("w:lvlJc", jc)):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), str(indent_first))
    ppr.append(ind)
    lvl.append(ppr)
    an.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ani = OxmlElement("w:abstractNumId")
    ani.set(qn("w:val"), str(abs_id))
    num.append(ani)
    numbering.append(num)
    return num_id


def set_num(p, num_id, ilvl=0):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def set_cell_width(cell, cm):
    cell.width = Cm(cm)
    tcpr = cell._tc.get_or_add_tcPr()
    w = tcpr.find(qn("w:tcW"))
    if w is None:
        w = OxmlElement("w:tcW")
        tcpr.append(w)
    w.set(qn("w:w"), str(int(cm * 567)))
    w.set(qn("w:type"), "dxa")


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trpr.append(th)


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    cs = OxmlElement("w:cantSplit")
    cs.set(qn("w:val"), "true")
    trpr.append(cs)


def bottom_border(p, color="000000", sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def to_pdf(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_709", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=240)


# ---------------------------------------------------------------- data
LAW_HG = "《中华人民共和国海关法》"
LAW_TL = "《中华人民共和国海关行政处罚实施条例》"

COLS = ["序号", "行政处罚决定书文号", "案件名称", "当事人名称", "统一社会信用代码",
        "主要违法事实", "处罚依据", "处罚内容", "处罚日期"]
# header as typed in the document (soft line breaks inside the cell)
COLS_TYPED = ["序号", "行政处罚决定书\n文号", "案件名称", "当事人名称", "统一社会\n信用代码",
              "主要违法事实", "处罚依据", "处罚内容", "处罚日期"]
WIDTHS = [1.0, 2.6, 3.0, 2.5, 2.5, 6.6, 3.4, 2.3, 2.0]

NONE = "——"

# each row: 文号, 案件名称, 当事人, 代码, 事实, 依据, 内容, 日期
# a cell given as a list is typed as several paragraphs inside the cell
ROWS = [
    ("甬关缉违字〔2026〕3号", "宁波恒裕进出口有限公司申报不实案", "宁波恒裕进出口有限公司",
     "91330201MA2J6R4N0B",
     "2025年10月14日，当事人以一般贸易方式向海关申报进口聚丙烯粒子一批，申报商品编号为3902100090。"
     "经海关归类认定，该批货物应归入税则号列3902300000，当事人申报不实，造成漏缴税款人民币8.36万元。",
     LAW_HG + "第八十六条第（三）项、" + LAW_TL + "第十五条第（四）项",
     "罚款人民币3.4万元", "2026年1月8日"),
    ("甬关缉违字〔2026〕5号", "张某某走私普通货物案", "张某某", NONE,
     "2025年11月2日，当事人搭乘航班自首尔抵达宁波栎社国际机场，选择无申报通道入境，未向海关申报，"
     "携带化妆品、手表等应税物品共计42件。经海关计核，偷逃税款人民币1.27万元。",
     LAW_HG + "第八十二条第一款第（一）项、" + LAW_TL + "第七条第（二）项、第九条第一款第（三）项",
     "没收走私物品，并处罚款人民币0.6万元", "2026年1月9日"),
    ("甬关缉违字〔2026〕6号", "宁波港城国际物流有限公司擅自处置海关监管货物案", "宁波港城国际物流有限公司",
     "91330206MA2AH7TQ3K",
     "当事人作为海关监管作业场所经营企业，于2025年9月22日未经海关许可，擅自将尚未办结海关手续的进口冻牛肉"
     "2个集装箱提离监管作业场所并交付收货人，货物价值人民币96.4万元。",
     LAW_HG + "第八十六条第（十）项、" + LAW_TL + "第十八条第一款第（一）项",
     "罚款人民币5.8万元", "2026年1月12日"),
    ("甬关知字〔2026〕1号", "慈溪市瑞丰电器有限公司出口侵犯商标专用权货物案", "慈溪市瑞丰电器有限公司",
     "91330282MA2GXB5C1W",
     "2025年11月18日，当事人以一般贸易方式向海关申报出口蓝牙耳机一批。经查验，其中1200个耳机及其包装上"
     "标有“BRAVOLUX”商标，经权利人确认并经海关认定，上述货物侵犯了已在海关总署备案的“BRAVOLUX”商标专用权。",
     LAW_HG + "第九十一条、" + LAW_TL + "第二十五条第一款",
     "没收侵权货物，并处罚款人民币1.8万元", "2026年1月14日"),
    ("甬关缉违字〔2026〕8号", "宁波跨境优选电子商务有限公司申报不实案", "宁波跨境优选电子商务有限公司",
     "91330201MA7B8N2X6P",
     "2025年8月至9月，当事人作为跨境电子商务企业境内代理人，在宁波保税区以网购保税进口（监管方式代码1210）"
     "方式申报进口保健食品共计3162票，申报价格低于实际交易价格，造成漏缴税款人民币4.73万元。",
     LAW_HG + "第八十六条第（三）项、" + LAW_TL + "第十五条第（四）项",
     "罚款人民币2.4万元", "2026年1月15日"),
    ("甬关缉违字〔2026〕12号", "宁波甬泰供应链管理有限公司擅自处置海关监管货物案", "宁波甬泰供应链管理有限公司",
     "91330206MA7C2K8E3R",
     "2025年7月3日至10月28日，当事人未经海关许可，分11批次将存放于宁波北仑港综合保税区内仓库的保税铜杆"
     "共计61.75吨运出综合保税区，交付区外企业使用，货物价值人民币412.6万元，涉及税款人民币56.38万元。",
     LAW_HG + "第八十六条第（十）项、" + LAW_TL + "第十八条第一款第（一）项",
     ["罚款人民币28.9万元；", "没收违法所得人民币3.65万元"], "2026年1月16日"),
    ("甬关缉违字〔2026〕11号", "李某走私普通货物案", "李某", NONE,
     "2025年9月至11月，当事人通过国际邮件渠道，采取化整为零、伪报个人自用的方式，分15次从境外邮寄进境婴幼儿奶粉、"
     "保健品等物品，经海关计核，偷逃税款人民币2.05万元。",
     LAW_HG + "第八十二条第一款第（一）项、" + LAW_TL + "第九条第一款第（三）项",
     "没收走私物品，并处罚款人民币1万元", "2026年1月20日"),
    ("甬关缉违字〔2026〕15号", "宁波市鄞州禾盛贸易有限公司申报不实案", "宁波市鄞州禾盛贸易有限公司",
     "91330212MA2H0P9D4Y",
     "2025年12月3日，当事人以一般贸易方式向海关申报出口不锈钢保温杯一批，申报数量为24000个，"
     "经查验实际数量为31200个，当事人申报不实，影响海关统计准确性。",
     LAW_HG + "第八十六条第（三）项、" + LAW_TL + "第十五条第（一）项",
     "警告", "2026年1月22日"),
    ("甬关缉违字〔2026〕17号", "余姚市明辉塑业有限公司擅自使用未经检验的法定检验进口商品案", "余姚市明辉塑业有限公司",
     "91330281MA2CL4W85U",
     "2025年10月，当事人进口注塑机2台，属于必须实施检验的进出口商品，当事人在未报经海关检验的情况下，"
     "擅自将上述设备安装投入使用，货值金额人民币27.8万元。",
     "《中华人民共和国进出口商品检验法》第三十三条、《中华人民共和国进出口商品检验法实施条例》第四十二条",
     "罚款人民币1.5万元", "2026年2月3日"),
    ("甬关缉违字〔2026〕20号", "王某某走私普通货物案", "王某某", NONE,
     "2025年12月6日，当事人作为“海丰18”轮船员，在北仑港区随船入境时未向海关申报，藏匿携带香烟、"
     "洋酒等物品，经海关计核，偷逃税款人民币0.89万元。",
     LAW_HG + "第八十二条第一款第（一）项、" + LAW_TL + "第九条第一款第（三）项",
     "没收走私物品，并处罚款人民币0.3万元", "2026年2月5日"),
    ("甬关缉违字〔2026〕23号", "宁波北仑东方汽配有限公司申报不实案", "宁波北仑东方汽配有限公司",
     "91330206MA2KQ1F37N",
     "2025年6月至8月，当事人以一般贸易方式向海关申报出口汽车制动盘共计6票，申报总价高于实际成交价格，"
     "高报出口货值人民币41.6万元，影响国家出口退税管理。",
     LAW_HG + "第八十六条第（三）项、" + LAW_TL + "第十五条第（五）项",
     "罚款人民币5.2万元", "2026年2月10日"),
    ("甬关知字〔2026〕3号", "宁波海曙锦程服饰有限公司出口侵犯商标专用权货物案", "宁波海曙锦程服饰有限公司",
     "91330203MA2D6TR90E",
     "2026年1月7日，当事人以一般贸易方式向海关申报出口针织运动服一批。经查验，其中860件服装上标有"
     "“AURENTIS”商标，经海关认定，上述货物侵犯了已在海关总署备案的“AURENTIS”商标专用权。",
     LAW_HG + "第九十一条、" + LAW_TL + "第二十五条第一款",
     "没收侵权货物，并处罚款人民币0.9万元", "2026年2月12日"),
    ("甬关缉违字〔2026〕26号", "舟山定海海联进出口有限公司申报不实案", "舟山定海海联进出口有限公司",
     "91330902MA28L3UJ5G",
     "2025年11月25日，当事人以一般贸易方式向海关申报出口“石墨制品”一批，经海关查验及化验鉴定，"
     "该批货物实为列入《两用物项出口管制清单》的高纯度石墨，当事人未向海关提交两用物项出口许可证，"
     "货物价值人民币58.2万元。",
     LAW_HG + "第八十六条第（三）项、" + LAW_TL + "第十五条第（三）项",
     "罚款人民币6.1万元", "2026年2月26日"),
    ("甬关缉违字〔2026〕28号", "陈某某走私普通货物案", "陈某某", NONE,
     "2025年5月至10月，当事人利用他人身份信息，通过跨境电商平台以个人自用名义购买跨境电商零售进口奶粉、"
     "护肤品共计286单，并在境内二次销售牟利，经海关计核，偷逃税款人民币3.12万元。",
     LAW_HG + "第八十二条第一款第（三）项、" + LAW_TL + "第七条第（七）项、第九条第一款第（三）项",
     "没收违法所得人民币4.6万元，并处罚款人民币1.5万元", "2026年3月3日"),
    ("甬关缉违字〔2026〕31号", "宁波梅山鑫源国际贸易有限公司保税货物短少案", "宁波梅山鑫源国际贸易有限公司",
     "91330206MA2J9WKC8A",
     "当事人在宁波梅山综合保税区内从事保税仓储业务。2026年1月，海关在库存盘点中发现其保税仓储账册项下"
     "进口红酒短少1860瓶，当事人不能提供正当理由，货物价值人民币18.7万元。",
     LAW_HG + "第八十六条第（十）项、" + LAW_TL + "第十八条第一款第（三）项",
     "罚款人民币2.2万元", "2026年3月6日"),
    ("甬关缉违字〔2026〕33号", "宁波甬欧通达国际物流有限公司申报不实案", "宁波甬欧通达国际物流有限公司",
     "91330206MA2GF6B14T",
     "2025年12月，当事人作为中欧班列出口集拼货物的代理报关企业，向海关申报出口机电产品一批，"
     "申报的集装箱号与实际装载货物的集装箱号不符，影响海关监管秩序。",
     LAW_HG + "第八十六条第（三）项、" + LAW_TL + "第十五条第（二）项",
     "罚款人民币0.5万元", "2026年3月11日"),
    ("甬关缉违字〔2026〕35号", "刘某未申报携带超量外币现钞出境案", "刘某", NONE,
     "2026年1月21日，当事人经宁波栎社国际机场出境时，选择无申报通道，未向海关申报，携带美元现钞2.8万元"
     "（折合人民币约19.9万元）出境，超出规定限额。",
     LAW_HG + "第八十六条第（三）项、" + LAW_TL + "第十九条第（四）项",
     "罚款人民币1.9万元", "2026年3月13日"),
    ("甬关缉违字〔2026〕38号", "宁波奉化兴达机械有限公司擅自处置加工贸易保税料件案", "宁波奉化兴达机械有限公司",
     "91330283MA2CXR7L9H",
     "2025年4月至9月，当事人未经海关许可，擅自将加工贸易手册项下进口的保税轴承钢材34.6吨在境内销售，"
     "货物价值人民币62.3万元。案发后当事人已补缴税款。",
     LAW_HG + "第八十六条第（十）项、" + LAW_TL + "第十八条第一款第（一）项",
     "罚款人民币7.5万元", "2026年3月19日"),
    ("甬关知字〔2026〕5号", "宁波江北优品进出口有限公司出口侵犯商标专用权货物案", "宁波江北优品进出口有限公司",
     "91330205MA2H5E6M2R",
     "2026年2月9日，当事人以一般贸易方式向海关申报出口运动鞋一批。经查验，其中2400双运动鞋上标有"
     "“VELMONT”商标，经海关认定，上述货物侵犯了已在海关总署备案的“VELMONT”商标专用权。",
     LAW_HG + "第九十一条、" + LAW_TL + "第二十五条第一款",
     "没收侵权货物，并处罚款人民币2.6万元", "2026年3月24日"),
    ("甬关缉违字〔2026〕41号", "孙某某走私普通货物案", "孙某某", NONE,
     "2026年1月30日，当事人搭乘航班自曼谷抵达宁波栎社国际机场，选择无申报通道入境，未向海关申报，"
     "携带金饰品及手提包等应税物品共计17件，经海关计核，偷逃税款人民币1.63万元。",
     LAW_HG + "第八十二条第一款第（一）项、" + LAW_TL + "第七条第（二）项、第九条第一款第（三）项",
     "没收走私物品，并处罚款人民币0.8万元", "2026年3月27日"),
]
assert len(ROWS) == 20


def cell_text(v):
    return "".join(v) if isinstance(v, list) else v


# ---------------------------------------------------------------- document 1: 公示
def build_gongshi():
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(2.5)
    sec.bottom_margin = Cm(2.2)
    add_page_number(sec, 12)

    table_num = make_numbering(doc, 91, 91, "%1", jc="center", indent_first=0)
    note_num = make_numbering(doc, 92, 92, "%1.", indent_first=640)

    # title typed over two lines with a soft break
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=36, after=6)
    add_run(p, "宁波海关2026年第一季度", XBS, 22)
    soft_break(p, XBS, 22)
    add_run(p, "行政处罚案件信息公示", XBS, 22)
    para(doc, "", line=20)  # empty paragraph

    intro1 = ("根据《中华人民共和国政府信息公开条例》《中华人民共和国行政处罚法》及海关行政执法公示有关规定，"
              "现将宁波海关（含所属隶属海关）2026年第一季度依照一般程序作出的行政处罚案件信息予以公示，"
              "接受社会监督。")
    intro2 = ("本季度共公示行政处罚案件20宗，其中走私行为案件5宗，违反海关监管规定行为案件12宗，"
              "侵犯知识产权案件3宗。具体信息如下：")
    # first intro paragraph: indentation typed by hand with full-width spaces
    para(doc, "\u3000\u3000" + intro1, FS, 16, line=28)
    para(doc, intro2, FS, 16, indent_chars=2, line=28)

    table = doc.add_table(rows=1, cols=len(COLS))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), WIDTHS):
        gc.set(qn("w:w"), str(int(w * 567)))
    tblpr = table._tbl.tblPr
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblpr.append(tw)
    tw.set(qn("w:w"), str(int(sum(WIDTHS) * 567)))
    tw.set(qn("w:type"), "dxa")
    hdr = table.rows[0]
    repeat_header(hdr)
    for i, name in enumerate(COLS_TYPED):
        c = hdr.cells[i]
        set_cell_width(c, WIDTHS[i])
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        p = c.paragraphs[0]
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=14)
        parts = name.split("\n")
        for k, part in enumerate(parts):
            if k:
                soft_break(p, HT, 10.5)
            add_run(p, part, HT, 10.5)

    for idx, row in enumerate(ROWS):
        r = table.add_row()
        values = [None] + list(row)
        for i, v in enumerate(values):
            c = r.cells[i]
            set_cell_width(c, WIDTHS[i])
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            p = c.paragraphs[0]
            if i == 0:
                # 序号 by Word's automatic numbering (cell has no typed text)
                fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=14)
                set_num(p, table_num)
                add_run(p, "", FS, 10.5)
                continue
            align = WD_ALIGN_PARAGRAPH.JUSTIFY if i in (5, 6) else WD_ALIGN_PARAGRAPH.CENTER
            chunks = v if isinstance(v, list) else [v]
            for k, chunk in enumerate(chunks):
                pp = p if k == 0 else c.add_paragraph()
                fmt(pp, align=align, line=14)
                add_run(pp, chunk, FS, 10.5)

    para(doc, "", line=14)
    para(doc, "注：", HT, 14, line=26)
    notes = [
        "本表所列案件为宁波海关及所属隶属海关于2026年1月1日至2026年3月31日期间依照一般程序作出行政处罚决定的案件，适用简易程序作出的行政处罚案件不在本表公示范围内。",
        "当事人为自然人的，其姓名作部分隐去处理，身份证件号码、住址等个人信息不予公示。",
        "“处罚内容”栏所列罚款金额均以人民币万元计，具体以行政处罚决定书载明的金额为准。",
    ]
    for n in notes:
        p = para(doc, n, FS, 14, line=26)
        set_num(p, note_num)
    note4 = ("4.当事人认为公示信息不准确的，可自公示之日起向宁波海关法规处提出书面更正申请，"
             "联系电话：0574-89095731。")
    para(doc, note4, FS, 14, indent_chars=2, line=26)

    para(doc, "", line=26)
    para(doc, "", line=26)
    # 落款 pushed right with typed spaces
    para(doc, "\u3000" * 30 + "宁波海关", FS, 16, line=28)
    para(doc, "\u3000" * 29 + "2026年4月10日", FS, 16, line=28)

    stem = "blind709_ningbo_gongshi"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)

    clauses = [intro1, intro2]
    for idx, row in enumerate(ROWS):
        vals = [str(idx + 1)] + [cell_text(v) for v in row]
        clauses.append("；".join("%s：%s" % (c, v) for c, v in zip(COLS, vals)))
    for k, n in enumerate(notes):
        clauses.append("%d.%s" % (k + 1, n))
    clauses.append(note4)

    meta = {
        "title": "宁波海关2026年第一季度行政处罚案件信息公示",
        "doc_number": None,
        "issuer": ["宁波海关"],
        "date": "2026-04-10",
        "published": None,
        "level": "municipal",
        "region": "宁波市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "公示",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


# ---------------------------------------------------------------- document 2: 决定书
def build_juedingshu():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    add_page_number(sec, 14)

    para(doc, "中华人民共和国宁波海关", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    # doc type spread out with typed spaces, as offices often do
    para(doc, "行 政 处 罚 决 定 书", XBS, 26, align=WD_ALIGN_PARAGRAPH.CENTER, line=40, after=6)
    p = para(doc, "甬关缉违字〔2026〕12号", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, line=28, after=6)
    bottom_border(p)
    para(doc, "", line=20)

    party = [
        "当事人：宁波甬泰供应链管理有限公司",
        "统一社会信用代码：91330206MA7C2K8E3R",
        "住所：浙江省宁波市北仑区新碶街道港东大道18号1幢501室",
        "法定代表人：周某某",
        "委托代理人：吴某某，浙江甬港律师事务所律师",
    ]
    for t in party:
        para(doc, t, FS, 16, line=28)

    body = []
    body.append("当事人擅自处置海关监管货物一案，本关于2025年11月20日依法立案调查，现已调查终结。")

    f1a = ("经查，当事人系注册于宁波北仑港综合保税区内的仓储物流企业（海关注册编码：330296K01B）。"
           "2025年7月3日至10月28日期间，当事人在未向海关办理出区核放及报关手续的情况下，分11批次将存放于其区内仓库的")
    f1b = ("保税铜杆共计61.75吨运出综合保税区，交付区外宁波某某电工材料有限公司使用。上述货物属于海关监管货物，"
           "经计核，货物价值共计人民币412.6万元，涉及税款人民币56.38万元。")
    f2 = ("2025年11月，海关在对当事人开展库存核查时发现其电子账册底账数据与实际库存不符，经进一步调查，"
          "查实上述违法事实。案发后，当事人于2025年12月12日补办了相关货物的内销征税手续，足额补缴了税款及缓税利息。")
    f3 = "另查明，当事人就上述货物向区外企业收取仓储、装卸及配送费用共计人民币3.65万元，系其违法所得。"
    ev = ("以上事实，有当事人的询问笔录、保税核注清单、仓库出入库记录、卡口过卡记录、车辆运输单据、"
          "银行转账凭证、海关计核资料及相关书证等证据为证。")
    proc = ("本关于2026年1月5日依法向当事人送达了《行政处罚告知单》（甬关缉告字〔2026〕9号），"
            "告知当事人拟作出行政处罚的事实、理由、依据以及依法享有的陈述、申辩和要求听证的权利。"
            "当事人在法定期限内未提出陈述、申辩意见，亦未要求举行听证。")
    reason = ("本关认为，当事人未经海关许可，擅自将海关监管货物运出综合保税区并交付区外企业使用的行为，"
              "违反了《中华人民共和国海关法》第三十七条第一款的规定，已构成《中华人民共和国海关法》第八十六条第（十）项"
              "所列违反海关监管规定的行为。鉴于当事人案发后主动补缴税款，积极配合海关调查，具有《中华人民共和国行政处罚法》"
              "第三十二条第（一）项规定的主动减轻违法行为危害后果的情形，依法可予从轻处罚。")
    decide = ("根据《中华人民共和国海关法》第八十六条第（十）项、《中华人民共和国海关行政处罚实施条例》"
              "第十八条第一款第（一）项及《中华人民共和国行政处罚法》第三十二条第（一）项之规定，"
              "本关决定对当事人作出如下行政处罚：")
    item1 = "（一）科处罚款人民币贰拾捌万玖仟元整（￥289,000.00）；"
    item2 = "（二）没收违法所得人民币叁万陆仟伍佰元整（￥36,500.00）。"
    pay = ("当事人应当自本决定书送达之日起十五日内，将上述罚款及没收的违法所得缴至指定账户"
           "（开户银行：中国银行宁波市分行营业部；户名：宁波海关；账号以缴款通知书载明为准），"
           "并将缴款凭证复印件送交本关缉私局法制处。到期不缴纳罚款的，本关可以依据《中华人民共和国行政处罚法》"
           "第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款，并可依法申请人民法院强制执行。")
    remedy = ("当事人如不服本决定，可以自收到本决定书之日起六十日内向中华人民共和国海关总署申请行政复议，"
              "也可以自收到本决定书之日起六个月内直接向浙江省宁波市中级人民法院提起行政诉讼。"
              "在申请行政复议或者提起行政诉讼期间，本处罚决定不停止执行，但法律另有规定的除外。")

    para(doc, body[0], FS, 16, indent_chars=2, line=28)
    # 经查 paragraph: run-in bold "经查，" and a manual line break in mid-sentence
    p = para(doc, "", indent_chars=2, line=28)
    add_run(p, "经查，", FS, 16, bold=True)
    add_run(p, f1a[len("经查，"):], FS, 16)
    soft_break(p)
    add_run(p, f1b, FS, 16)
    # hand-typed indentation on the next paragraph
    para(doc, "\u3000\u3000" + f2, FS, 16, line=28)
    para(doc, f3, FS, 16, indent_chars=2, line=28)
    para(doc, ev, FS, 16, indent_chars=2, line=28)
    para(doc, proc, FS, 16, indent_chars=2, line=28)
    p = para(doc, "", indent_chars=2, line=28)
    add_run(p, "本关认为，", FS, 16, bold=True)
    add_run(p, reason[len("本关认为，"):], FS, 16)
    para(doc, decide, FS, 16, indent_chars=2, line=28)
    para(doc, "\u3000\u3000" + item1, FS, 16, line=28)
    para(doc, "\u3000\u3000" + item2, FS, 16, line=28)
    para(doc, pay, FS, 16, indent_chars=2, line=28)
    para(doc, remedy, FS, 16, indent_chars=2, line=28)

    para(doc, "", line=12)
    para(doc, "\u3000" * 13 + "中华人民共和国宁波海关", FS, 16, line=28)
    p = para(doc, "\u3000" * 14 + "（行政处罚专用章）", FS, 16, line=28)
    soft_break(p)
    add_run(p, "\u3000" * 15 + "2026年1月16日", FS, 16)

    stem = "blind709_ningbo_juedingshu"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)

    clauses = party + [body[0], f1a + f1b, f2, f3, ev, proc, reason, decide, item1, item2, pay, remedy]
    meta = {
        "title": "中华人民共和国宁波海关行政处罚决定书",
        "doc_number": "甬关缉违字〔2026〕12号",
        "issuer": ["中华人民共和国宁波海关"],
        "date": "2026-01-16",
        "published": None,
        "level": "municipal",
        "region": "宁波市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "决定书",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for builder in (build_gongshi, build_juedingshu):
        stem, path, docs = builder()
        to_pdf(path)
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
