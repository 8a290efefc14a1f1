# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 390: letter-format (信函格式) test documents + answer key."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None, ascii_name=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml("<w:rFonts %s/>" % nsdecls("w"))
        rpr.insert(0, rfonts)
    a = ascii_name or name
    rfonts.set(qn("w:ascii"), a)
    rfonts.set(qn("w:hAnsi"), a)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:cs"), a)


def fmt(p, align=None, indent=True, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if exact:
        pf.line_spacing = Pt(exact)
    return p


def para(container, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True,
         exact=28, before=0, after=0):
    """runs: list of (text, font, size, bold) or plain string (仿宋 16pt)."""
    p = container.add_paragraph()
    fmt(p, align, indent, exact, before, after)
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for item in runs:
        if item == "BR":
            r = p.add_run()
            r.add_break()
            continue
        text, font, size, bold = item[:4]
        color = item[4] if len(item) > 4 else None
        r = p.add_run(text)
        set_font(r, font, size, bold, color,
                 ascii_name="Times New Roman" if font == FS else None)
    return p


def empty(container, n=1, exact=28):
    for _ in range(n):
        p = container.add_paragraph()
        fmt(p, None, False, exact)


def border(p, side, val, sz, color="FF0000", space=1):
    ppr = p._element.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml("<w:pBdr %s/>" % nsdecls("w"))
        ppr.append(bdr)
    el = parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), val, sz, space, color))
    bdr.append(el)


def red_header(doc, names, size=26, distribute=False):
    """Organ name(s) in red, double red line underneath (上粗下细)."""
    last = None
    for n in names:
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE if distribute else
            WD_ALIGN_PARAGRAPH.CENTER, False, None)
        p.paragraph_format.line_spacing = 1.0
        r = p.add_run(n)
        set_font(r, XBS, size, False, RED)
        last = p
    border(last, "bottom", "thickThinSmallGap", 24, space=6)
    return last


def setup_page(doc, footer_line=True):
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.0)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    sec.footer_distance = Cm(2.0)
    sec.different_first_page_header_footer = True
    # first page: no page number, red double line near the bottom (上细下粗)
    fp = sec.first_page_footer.paragraphs[0]
    if footer_line:
        border(fp, "top", "thinThickSmallGap", 24, space=1)
    # other pages: — N — page number, outer alignment
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    r._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r = p.add_run()
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r = p.add_run("2")
    set_font(r, "宋体", 14)
    r = p.add_run()
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    r = p.add_run(" —")
    set_font(r, "宋体", 14)
    st = doc.styles["Normal"]
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    set_style_font(st, FS)


def set_style_font(style, name):
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml("<w:rFonts %s/>" % nsdecls("w"))
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name)


def no_borders(table):
    tblPr = table._element.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/>'
        '<w:bottom w:val="nil"/><w:right w:val="nil"/>'
        '<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def cell_text(cell, text, font=FS, size=14, bold=False,
              align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = 1.0
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold,
                 ascii_name="Times New Roman" if font == FS else None)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def banji(doc, text):
    """版记 (letter format: 抄送 only, no 印发 line)."""
    empty(doc, 2)
    t = doc.add_table(rows=1, cols=1)
    no_borders(t)
    c = t.cell(0, 0)
    p = c.paragraphs[0]
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(-0)
    r = p.add_run(text)
    set_font(r, FS, 14, ascii_name="Times New Roman")
    tcPr = c._element.get_or_add_tcPr()
    tcPr.append(parse_xml(
        '<w:tcBorders %s><w:top w:val="single" w:sz="4" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="4" w:color="000000"/></w:tcBorders>'
        % nsdecls("w")))


def save(doc, stem):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path


# ------------------------------------------------------------- document 1
def doc_fuzhou():
    """福州市商务局 函, letter format, 份号 + 文号 via right tab stop."""
    stem = "blind390_fuzhou_han"
    doc = Document()
    setup_page(doc)
    red_header(doc, ["福州市商务局"], size=30)
    # 份号 left, 文号 right, one line, right-aligned tab stop
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, False, 28, before=4)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run("000125\t榕商务函〔2025〕87号")
    set_font(r, FS, 16, ascii_name="Times New Roman")
    empty(doc, 2)
    title = "福州市商务局关于商请协同推进中欧（福州）班列扩量提质有关工作的函"
    # title typed on two lines with a soft line break
    para(doc, [("福州市商务局关于商请协同推进中欧（福州）", XBS, 22, False), "BR",
               ("班列扩量提质有关工作的函", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    empty(doc)
    para(doc, "福州海关，福州市交通运输局，福州市财政局，中国铁路南昌局集团有限公司福州货运中心：",
         WD_ALIGN_PARAGRAPH.JUSTIFY, False)
    clauses = []

    def body(text, runs=None):
        para(doc, runs or text)
        clauses.append(text)

    def head(text, font=HT):
        para(doc, [(text, font, 16, False)])

    body("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，加快推动中欧（福州）班列常态化、规模化运营，根据《福建省推动中欧班列高质量发展三年行动方案（2024—2026年）》有关要求，我局拟于2025年第四季度组织开展中欧（福州）班列扩量提质专项行动。为形成工作合力，现就有关事项商请如下：")
    head("一、关于通关便利化支持")
    t = "（一）商请福州海关对中欧（福州）班列出口货物继续实施“铁路快通”模式，支持在福州江阴港综合保税区开展“班列+保税”集拼业务，对符合条件的跨境电商出口货物实行“7×24小时”预约通关。"
    body(t)
    t = "（二）商请福州海关在福州铁路货场、江阴港区等监管作业场所设立班列货物查验绿色通道，对班列运输的鲜活农产品、高新技术产品实行优先查验、优先放行。"
    body(t)
    head("二、关于运力和线路保障")
    t = "（一）商请中国铁路南昌局集团有限公司福州货运中心在2025年第四季度每月安排不少于8列的计划运力，其中去程不少于6列、回程不少于2列。"
    body(t)
    t = "（二）支持开行福州至匈牙利布达佩斯、福州至哈萨克斯坦阿拉木图两条线路，对回程班列在运价下浮、车皮调配方面给予倾斜。"
    body(t)
    # run-in headings typed in bold 黑体 runs
    h = "三、关于集疏运体系建设。"
    rest = "商请福州市交通运输局统筹做好福州铁路货场至江阴港区的短驳运输组织，推动“海铁联运”“公铁联运”无缝衔接，协调解决集装箱卡车夜间通行和临时停靠问题。"
    body(h + rest, [(h, HT, 16, False), (rest, FS, 16, False)])
    h = "四、关于资金支持。"
    rest = "商请福州市财政局按照《福州市促进中欧班列发展若干措施》，在2025年市级商务发展专项资金中统筹安排班列运营补助，对2025年1月1日至12月31日期间开行的班列按实际发运标准箱给予补助，每标准箱最高不超过3000元。"
    body(h + rest, [(h, HT, 16, True), (rest, FS, 16, False)])
    head("五、工作要求")
    body("1.请各单位于2025年9月30日前明确一名处级联系人，并将联系方式报送我局对外贸易处。")
    body("2.请各单位结合职能，于每月5日前将上月班列支持工作进展情况反馈我局，我局汇总后报市政府。")
    body("3.工作推进中遇到的重大问题，请及时与我局沟通，必要时由我局提请市政府召开专题协调会研究解决。")
    body("感谢贵单位对我市中欧班列发展工作的大力支持！")
    body("联系人：林晓峰，电话：0591-87112345，电子邮箱：fzswjwmc@163.com。")
    empty(doc)
    para(doc, "附件：中欧（福州）班列2025年第四季度开行计划表")
    empty(doc, 3)
    # 落款 + date in one paragraph, right part pushed with spaces, soft break
    p = para(doc, [("福州市商务局", FS, 16, False), "BR",
                   ("2025年9月16日", FS, 16, False)],
             WD_ALIGN_PARAGRAPH.RIGHT, False)
    p.paragraph_format.right_indent = Pt(64)
    # attachment on new page
    page_break(doc)
    para(doc, [("附件", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, False)
    empty(doc)
    para(doc, [("中欧（福州）班列2025年第四季度开行计划表", XBS, 20, False)],
         WD_ALIGN_PARAGRAPH.CENTER, False, 32)
    empty(doc)
    cols = ["月份", "线路", "计划列数", "计划标准箱（TEU）", "备注"]
    rows = [
        ["10月", "福州—布达佩斯", "4", "400", "去程"],
        ["10月", "福州—阿拉木图", "3", "300", "去程"],
        ["10月", "阿拉木图—福州", "1", "100", "回程"],
        ["11月", "福州—布达佩斯", "4", "400", "去程"],
        ["11月", "福州—阿拉木图", "3", "310", "去程"],
        ["11月", "布达佩斯—福州", "2", "200", "回程"],
        ["12月", "福州—布达佩斯", "5", "500", "去程，含跨境电商专列1列"],
        ["12月", "福州—阿拉木图", "3", "300", "去程"],
        ["12月", "阿拉木图—福州", "2", "190", "回程"],
        ["合计", "—", "27", "2700", "—"],
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=5)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, c in enumerate(cols):
        cell_text(tb.cell(0, j), c, HT, 14)
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            if j == 0 and row[0] != "合计" and (i - 1) % 3 != 0:
                continue  # merged month cell, text only in the first row
            cell_text(tb.cell(i, j), v)
        clauses.append("；".join("%s：%s" % (c, v) for c, v in zip(cols, row)))
    for start in (1, 4, 7):  # vertical merge of the 月份 column
        tb.cell(start, 0).merge(tb.cell(start + 2, 0))
    banji(doc, "抄送：福建省商务厅，福州市人民政府办公厅。")
    save(doc, stem)
    meta = {
        "title": title,
        "doc_number": "榕商务函〔2025〕87号",
        "issuer": ["福州市商务局"],
        "date": "2025-09-16",
        "published": None,
        "level": "municipal",
        "region": "福州市",
        "effective": None,
        "expires": None,
        "attachments": ["中欧（福州）班列2025年第四季度开行计划表"],
        "doc_type": "函",
        "recipients": ["福州海关", "福州市交通运输局", "福州市财政局",
                       "中国铁路南昌局集团有限公司福州货运中心"],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": clauses}]


# ------------------------------------------------------------- document 2
def doc_nanning():
    """便函: red organ name, no 份号 / 文号, manual full-width space indents,
    several items in one paragraph split by soft line breaks, 〇-style date."""
    stem = "blind390_nanning_bianhan"
    doc = Document()
    setup_page(doc)
    red_header(doc, ["中国（广西）自由贸易试验区南宁片区", "管理委员会办公室"], size=22)
    empty(doc, 3)
    title = "关于商请提供2025年度跨境电商发展有关数据的函"
    para(doc, [("关于商请提供2025年度跨境电商", XBS, 22, False), "BR",
               ("发展有关数据的函", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    empty(doc)
    para(doc, "南宁海关、南宁市商务局、南宁市统计局：", WD_ALIGN_PARAGRAPH.LEFT, False)
    clauses = []
    SP = "\u3000\u3000"

    def body(text):
        para(doc, SP + text, WD_ALIGN_PARAGRAPH.JUSTIFY, False)
        clauses.append(text)

    body("为做好中国（广西）自由贸易试验区南宁片区制度创新成果评估总结工作，系统梳理片区跨境电商和面向东盟的跨境贸易发展成效，我办拟编制《南宁片区跨境电商发展报告（2025）》。根据工作需要，现商请贵单位协助提供以下数据和材料：")
    para(doc, [(SP + "一、数据需求", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, False)
    items = [
        "（一）2025年1—10月南宁片区跨境电商进出口额（分9610、9710、9810、1210监管方式），以及与东盟国家跨境电商进出口额及占比；",
        "（二）2025年1—10月南宁片区跨境电商企业备案数量、新增海外仓数量及仓储面积；",
        "（三）中国—东盟跨境电商产业园入驻企业年度交易额、纳税额和带动就业人数；",
        "（四）贵单位支持跨境电商发展出台的政策措施及典型案例（每个案例不超过1000字）。",
    ]
    runs = []
    for k, it in enumerate(items):
        if k:
            runs.append("BR")
        runs.append((SP + it, FS, 16, False))
    para(doc, runs, WD_ALIGN_PARAGRAPH.JUSTIFY, False)
    clauses.extend(items)
    para(doc, [(SP + "二、报送要求", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, False)
    body("（一）数据统计截止时间为2025年10月31日，请于2025年11月20日前将电子版材料（Excel格式及加盖公章的PDF扫描件）反馈我办。")
    body("（二）数据涉及国家秘密或商业秘密的，请按照有关规定进行脱密处理后提供，我办仅将相关数据用于报告编制，不对外公开。")
    body("（三）如部分数据暂无法统计，请在反馈材料中予以说明，并提供可获取的最近时点数据。")
    body("感谢支持！")
    body("联系人：韦海燕，电话：0771-5712345，传真：0771-5712346，电子邮箱：nnpqswj@126.com。")
    empty(doc, 3)
    # 落款 typed with full-width spaces instead of alignment
    para(doc, "\u3000" * 4 + "中国（广西）自由贸易试验区南宁片区", WD_ALIGN_PARAGRAPH.LEFT, False)
    para(doc, "\u3000" * 4 + "\u3000\u3000管理委员会办公室", WD_ALIGN_PARAGRAPH.LEFT, False)
    para(doc, "\u3000" * 4 + "\u3000\u3000二〇二五年十一月六日", WD_ALIGN_PARAGRAPH.LEFT, False)
    save(doc, stem)
    meta = {
        "title": title,
        "doc_number": None,
        "issuer": ["中国（广西）自由贸易试验区南宁片区管理委员会办公室"],
        "date": "2025-11-06",
        "published": None,
        "level": "zone",
        "region": "中国（广西）自由贸易试验区南宁片区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "函",
        "recipients": ["南宁海关", "南宁市商务局", "南宁市统计局"],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": clauses}]


# ------------------------------------------------------------- document 3
def doc_chongqing():
    """会议通知 in letter format with a 参会回执 form table."""
    stem = "blind390_chongqing_huiyi"
    doc = Document()
    setup_page(doc)
    red_header(doc, ["重庆市商务委员会"], size=30)
    # 份号 / 文号 aligned with typed spaces
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, False, 28, before=4)
    r = p.add_run("00036" + " " * 52 + "渝商务函〔2026〕19号")
    set_font(r, FS, 16, ascii_name="Times New Roman")
    empty(doc, 2)
    title = "重庆市商务委员会关于召开2026年全市跨境电子商务综合试验区建设推进会的通知"
    # title broken into two separate paragraphs
    para(doc, [("重庆市商务委员会关于召开2026年全市跨境", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    para(doc, [("电子商务综合试验区建设推进会的通知", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    empty(doc)
    para(doc, "各区县（自治县）商务主管部门，中国（重庆）自由贸易试验区各片区管委会，有关跨境电商企业：",
         WD_ALIGN_PARAGRAPH.JUSTIFY, False)
    clauses = []

    def body(text, runs=None):
        para(doc, runs or text)
        clauses.append(text)

    def labelled(label, value):
        body(label + value, [(label, HT, 16, False), (value, FS, 16, False)])

    body("为深入贯彻落实国务院关于促进跨境电子商务高质量发展的决策部署，总结2025年我市跨境电子商务综合试验区建设成效，部署2026年重点工作，经研究，定于2026年3月12日召开全市跨境电子商务综合试验区建设推进会。现将有关事项通知如下：")
    labelled("一、会议时间：", "2026年3月12日（星期四）上午9:30，会期半天，8:50开始签到。")
    labelled("二、会议地点：", "重庆悦来国际会议中心二楼第3会议室（两江新区悦来大道66号）。")
    para(doc, [("三、参会人员：", HT, 16, False)])
    body("（一）市商务委分管负责同志，电子商务和信息化处、对外贸易处、自贸区和开放平台处主要负责同志；")
    body("（二）重庆海关、市财政局、国家税务总局重庆市税务局、市邮政管理局有关处室负责同志；")
    body("（三）各区县（自治县）商务主管部门分管负责同志及业务科室负责同志各1名；")
    body("（四）中国（重庆）自由贸易试验区各片区管委会分管负责同志1名；")
    body("（五）有关跨境电商企业代表（由各区县推荐，每个区县不超过2名）。")
    para(doc, [("四、会议议程", HT, 16, False)])
    body("1.通报2025年全市跨境电子商务综合试验区建设情况；")
    body("2.两江新区、西部科学城重庆高新区、渝中区作交流发言；")
    body("3.跨境电商重点企业代表发言；")
    body("4.解读《重庆市推动跨境电商与产业带融合发展行动方案（2026—2027年）》；")
    body("5.市商务委负责同志讲话。")
    para(doc, [("五、其他事项", HT, 16, False)])
    body("（一）请各参会单位于3月9日（星期一）17:00前将参会回执（见附件）报送至市商务委电子商务和信息化处，电子邮箱：cqswwdsc@163.com。逾期未报送的，视为不参会。")
    body("（二）请两江新区、西部科学城重庆高新区、渝中区各准备8分钟交流发言，并于3月10日（星期二）前将书面材料报送我委。")
    body("（三）请参会人员提前20分钟到场签到，会议期间请将手机调至静音状态。会场停车位有限，请尽量乘坐公共交通工具前往。")
    body("（四）联系人：市商务委电子商务和信息化处张磊，电话：023-63891234，13908301234。")
    empty(doc)
    para(doc, "附件：参会回执")
    empty(doc, 3)
    para(doc, "重庆市商务委员会", WD_ALIGN_PARAGRAPH.RIGHT, False).paragraph_format.right_indent = Pt(48)
    para(doc, "2026年3月2日", WD_ALIGN_PARAGRAPH.RIGHT, False).paragraph_format.right_indent = Pt(64)
    # attachment: receipt form to be filled in (blank rows)
    page_break(doc)
    para(doc, [("附件", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, False)
    empty(doc)
    para(doc, [("参会回执", XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    empty(doc)
    cols = ["单位", "姓名", "职务", "联系电话"]
    tb = doc.add_table(rows=7, cols=4)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, c in enumerate(cols):
        cell_text(tb.cell(0, j), c, HT, 16)
    for i in range(1, 7):
        tb.rows[i].height = Cm(1.2)
        for j in range(4):
            cell_text(tb.cell(i, j), "")
    banji(doc, "抄送：重庆海关，市财政局，国家税务总局重庆市税务局。")
    save(doc, stem)
    meta = {
        "title": title,
        "doc_number": "渝商务函〔2026〕19号",
        "issuer": ["重庆市商务委员会"],
        "date": "2026-03-02",
        "published": None,
        "level": "provincial",
        "region": "重庆市",
        "effective": None,
        "expires": None,
        "attachments": ["参会回执"],
        "doc_type": "通知",
        "recipients": ["各区县（自治县）商务主管部门",
                       "中国（重庆）自由贸易试验区各片区管委会",
                       "有关跨境电商企业"],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": clauses}]


# ------------------------------------------------------------- document 4
NUM_ABS = """
<w:abstractNum %s w:abstractNumId="39">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
    <w:suff w:val="nothing"/><w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
    <w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/></w:rPr>
  </w:lvl>
  <w:lvl w:ilvl="1">
    <w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
    <w:suff w:val="nothing"/><w:lvlText w:val="（%%2）"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
    <w:rPr><w:rFonts w:ascii="楷体_GB2312" w:eastAsia="楷体_GB2312" w:hAnsi="楷体_GB2312"/></w:rPr>
  </w:lvl>
</w:abstractNum>
"""


def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(NUM_ABS % nsdecls("w"))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml('<w:num %s w:numId="39"><w:abstractNumId w:val="39"/></w:num>'
                    % nsdecls("w"))
    numbering.append(num)
    return 39


def set_num(p, num_id, ilvl):
    ppr = p._element.get_or_add_pPr()
    ppr.insert(0, parse_xml(
        '<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
        % (nsdecls("w"), ilvl, num_id)))
    p.paragraph_format.first_line_indent = None


CN = "一二三四五六七八九十"


def doc_shandong():
    """Joint letter (two organs), 份号/文号 in a layout table, Word auto numbering."""
    stem = "blind390_shandong_han"
    doc = Document()
    setup_page(doc)
    num_id = add_numbering(doc)
    red_header(doc, ["山东省商务厅", "山东省财政厅"], size=26)
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    cell_text(t.cell(0, 0), "000218", FS, 16, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(t.cell(0, 1), "鲁商函〔2025〕58号", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc, 2)
    title = "山东省商务厅 山东省财政厅关于组织申报2025年度跨境电商公共海外仓支持项目的函"
    para(doc, [("山东省商务厅  山东省财政厅", XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    para(doc, [("关于组织申报2025年度跨境电商公共海外仓", XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    para(doc, [("支持项目的函", XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    empty(doc)
    para(doc, "各市商务局、财政局：", WD_ALIGN_PARAGRAPH.LEFT, False)
    clauses = []
    state = {"h": 0, "s": 0}

    def body(text):
        para(doc, text)
        clauses.append(text)

    def head(text, run_in=None):
        """auto-numbered level-0 item; run_in = rest of the paragraph."""
        state["h"] += 1
        state["s"] = 0
        runs = [(text, HT, 16, False)]
        if run_in:
            runs.append((run_in, FS, 16, False))
        p = para(doc, runs)
        set_num(p, num_id, 0)
        if run_in:
            clauses.append(CN[state["h"] - 1] + "、" + text + run_in)

    def sub(text, lead=None):
        state["s"] += 1
        runs = []
        if lead:
            runs.append((lead, KT, 16, False))
        runs.append((text, FS, 16, False))
        p = para(doc, runs)
        set_num(p, num_id, 1)
        clauses.append("（%s）" % CN[state["s"] - 1] + (lead or "") + text)

    body("为贯彻落实《国务院办公厅关于加快发展外贸新业态新模式的意见》和省委、省政府关于稳外贸稳外资的工作部署，支持企业加快布局公共海外仓，完善跨境电商海外服务网络，根据《山东省省级外经贸发展专项资金管理办法》有关规定，现就组织申报2025年度跨境电商公共海外仓支持项目有关事项函告如下：")
    head("支持对象。", "在我省依法注册、具有独立法人资格的外贸企业、跨境电商企业和物流企业，在境外自建或者租赁并运营的公共海外仓，仓储面积不低于2000平方米，2024年度服务省内企业不少于20家。")
    head("支持标准")
    sub("对新建或者扩建的公共海外仓，按照2025年1月1日至2025年10月31日期间实际发生的租赁费、装修费和信息系统建设费用的30%给予支持，单个项目最高不超过200万元。")
    sub("对运营规范、信息化水平较高并纳入商务部公共海外仓服务名录的项目，在前款基础上提高支持比例5个百分点。")
    sub("同一企业同一海外仓项目已获得其他省级财政资金支持的，不得重复申报。")
    head("申报材料")
    sub("项目申报书（附件1）；")
    sub("企业营业执照、海外仓境外注册证明或者租赁合同复印件；")
    sub("费用支出凭证及会计师事务所出具的专项审计报告；")
    sub("企业信用承诺书（附件2）。")
    head("工作程序")
    sub("符合条件的企业于2025年11月25日前向所在市商务局提交申报材料。", "企业申报。")
    sub("各市商务局会同财政局对申报材料进行初审，于2025年12月5日前将审核意见和项目汇总表（附件3）正式行文报送省商务厅、省财政厅。", "市级审核。")
    sub("省商务厅会同省财政厅委托第三方机构组织专家评审，评审结果在省商务厅网站公示5个工作日，公示无异议后下达资金。", "省级评审。")
    head("有关要求")
    sub("各市要严格审核把关，对申报材料的真实性、完整性负责，严禁弄虚作假、套取骗取财政资金。")
    sub("对经查实存在弄虚作假行为的企业，取消其三年内申报省级外经贸发展专项资金资格，并按照《财政违法行为处罚处分条例》有关规定处理。")
    sub("本函自印发之日起施行，有效期至2026年6月30日。《山东省商务厅 山东省财政厅关于组织申报2024年度跨境电商公共海外仓支持项目的函》（鲁商函〔2024〕41号）同时废止。")
    body("联系人：省商务厅对外贸易发展处王健，电话：0531-89013456；省财政厅经济建设处刘洋，电话：0531-82669876。")
    empty(doc)
    # 附件 list with hanging alignment typed by spaces
    para(doc, "附件：1.2025年度跨境电商公共海外仓支持项目申报书")
    para(doc, "\u3000\u3000\u30002.企业信用承诺书")
    para(doc, "\u3000\u3000\u30003.2025年度跨境电商公共海外仓支持项目汇总表")
    empty(doc, 2)
    # 落款: two organs side by side in a borderless layout table
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    cell_text(t.cell(0, 0), "山东省商务厅", FS, 16)
    cell_text(t.cell(0, 1), "山东省财政厅", FS, 16)
    p = para(doc, "2025年11月3日", WD_ALIGN_PARAGRAPH.RIGHT, False)
    p.paragraph_format.right_indent = Pt(64)
    empty(doc)
    para(doc, "（此件公开发布）")
    banji(doc, "抄送：商务部对外贸易司，财政部山东监管局。")
    save(doc, stem)
    meta = {
        "title": title,
        "doc_number": "鲁商函〔2025〕58号",
        "issuer": ["山东省商务厅", "山东省财政厅"],
        "date": "2025-11-03",
        "published": None,
        "level": "provincial",
        "region": "山东省",
        "effective": "2025-11-03",
        "expires": "2026-06-30",
        "attachments": ["2025年度跨境电商公共海外仓支持项目申报书",
                        "企业信用承诺书",
                        "2025年度跨境电商公共海外仓支持项目汇总表"],
        "doc_type": "函",
        "recipients": ["各市商务局", "各市财政局"],
        "publicity": "此件公开发布",
        "repeals": "《山东省商务厅 山东省财政厅关于组织申报2024年度跨境电商公共海外仓支持项目的函》（鲁商函〔2024〕41号）",
    }
    return stem, [{"meta": meta, "clauses": clauses}]


# ------------------------------------------------------------------ main
def main():
    expected = {}
    paths = []
    for fn in (doc_fuzhou, doc_nanning, doc_chongqing, doc_shandong):
        stem, docs = fn()
        expected[stem] = docs
        paths.append(os.path.join(HERE, stem + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    for pth in paths:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_390",
                        "--headless", "--convert-to", "pdf", "--outdir", HERE, pth],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
