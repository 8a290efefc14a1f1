# ruff: noqa
#!/usr/bin/env python3
"""Round 311: bilingual (Chinese + minority-script) office files from 民族自治地方
with 一带一路 ports and 自贸片区.  Writes every file next to itself plus expected.json.

Run:  . /work/venv/bin/activate && python make_blind311.py
"""
import json
import os
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
RED = RGBColor(0xE6, 0x00, 0x12)

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
UG_FONT = "UKIJ Tuz Tom"          # Uyghur (Arabic script)
MN_FONT = "Mongolian Baiti"       # traditional Mongolian
BO_FONT = "Microsoft Himalaya"    # Tibetan


# ---------------------------------------------------------------- helpers
def _rfonts(run, east, other=None, cs=None):
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    other = other or "Times New Roman"
    rf.set(qn("w:ascii"), other)
    rf.set(qn("w:hAnsi"), other)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:cs"), cs or other)


def _rtl_run(run):
    rpr = run._element.get_or_add_rPr()
    el = OxmlElement("w:rtl")
    rpr.append(el)


def _lang(run, bidi=None, val=None):
    rpr = run._element.get_or_add_rPr()
    el = OxmlElement("w:lang")
    if val:
        el.set(qn("w:val"), val)
    if bidi:
        el.set(qn("w:bidi"), bidi)
    rpr.append(el)


def _szcs(run, size):
    rpr = run._element.get_or_add_rPr()
    el = OxmlElement("w:szCs")
    el.set(qn("w:val"), str(int(size * 2)))
    rpr.append(el)


def _bidi_par(p):
    ppr = p._p.get_or_add_pPr()
    el = OxmlElement("w:bidi")
    ppr.insert(0, el)


def _border(p, side="bottom", color="E60012", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def par(container, text="", east=FS, size=16, align="justify", indent=True,
        bold=False, color=None, line=28.9, script=None, before=0, after=0,
        right_indent=None, left_indent=None, keep_next=False):
    """Add a paragraph.  '\n' in text becomes a soft line break (Shift+Enter).
    script: None (Chinese), 'ug' (Uyghur, RTL), 'mn' (Mongolian), 'bo' (Tibetan)."""
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if keep_next:
        pf.keep_with_next = True
    if indent is True:
        pf.first_line_indent = Pt(size * 2)
    elif indent:
        pf.first_line_indent = Pt(indent)
    if right_indent is not None:
        pf.right_indent = Pt(right_indent)
    if left_indent is not None:
        pf.left_indent = Pt(left_indent)
    p.alignment = {
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
    }[align]
    if script == "ug":
        _bidi_par(p)
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        r.font.size = Pt(size)
        _szcs(r, size)
        r.bold = bold
        if color is not None:
            r.font.color.rgb = color
        if script == "ug":
            _rfonts(r, east, UG_FONT, UG_FONT)
            _rtl_run(r)
            _lang(r, bidi="ug-CN")
        elif script == "mn":
            _rfonts(r, east, MN_FONT, MN_FONT)
            _lang(r, val="mn-Mong-CN")
        elif script == "bo":
            _rfonts(r, east, BO_FONT, BO_FONT)
            _lang(r, val="bo-CN")
        else:
            _rfonts(r, east)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def _field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._element.append(el)


def _page_footer(footer, align):
    p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    p.alignment = align
    p.paragraph_format.right_indent = Pt(14) if align == WD_ALIGN_PARAGRAPH.RIGHT else None
    p.paragraph_format.left_indent = Pt(14) if align == WD_ALIGN_PARAGRAPH.LEFT else None
    for txt, fld in (("— ", None), (None, "PAGE"), (" —", None)):
        r = p.add_run(txt or "")
        r.font.size = Pt(14)
        _rfonts(r, "宋体")
        if fld:
            _field(r, fld)


def setup_section(sec, landscape=False):
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
        sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
        sec.left_margin, sec.right_margin = Mm(37), Mm(35)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
        sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(25)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.size = Pt(16)
    _rfonts_style = st.element.get_or_add_rPr()
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), FS)
    _rfonts_style.append(rf)
    sec = doc.sections[0]
    setup_section(sec)
    doc.settings.odd_and_even_pages_header_footer = True
    _page_footer(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    _page_footer(sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)
    return doc


def cell_text(cell, text, east=FS, size=12, align="left", bold=False, script=None, line=20):
    cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
    for chunk in text.split("\n\n"):
        par(cell, chunk, east=east, size=size, align=align, indent=False, bold=bold,
            script=script, line=line)


def table_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "6")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    trPr.append(el)


def set_widths(table, widths_mm):
    for row in table.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


def banji(doc, chaosong, yinfa_org, yinfa_date):
    """版记: 抄送 line and 印发 line between thin rules."""
    p = par(doc, chaosong, size=14, indent=False, align="left", line=26,
            left_indent=14, right_indent=14, keep_next=True)
    _border(p, "top", "000000", 8, 4)
    _border(p, "bottom", "000000", 4, 4)
    p = doc.add_paragraph()
    p.paragraph_format.line_spacing = Pt(26)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(152), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(f"{yinfa_org}\t{yinfa_date}印发")
    r.font.size = Pt(14)
    _rfonts(r, FS)
    _border(p, "bottom", "000000", 8, 4)


def to_pdf(docx_path):
    subprocess.run(
        ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_311",
         "--convert-to", "pdf", "--outdir", str(HERE), str(docx_path)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


EXPECTED = {}


# ====================================================================
# (a) 霍尔果斯市人民政府 通知 — Uyghur paragraph after each Chinese one
# ====================================================================
A_TITLE = "霍尔果斯市人民政府关于进一步优化口岸通关服务规范边民互市贸易的通知"
A_ATT = "霍尔果斯市边民互市贸易区商品准入清单"
A_RECIP = ["各乡（场）人民政府、街道办事处", "市直各部门", "霍尔果斯经济开发区管委会",
           "中哈霍尔果斯国际边境合作中心管委会"]

# (kind, chinese, uyghur) ; kind: 'c' clause, 'h1' heading 一、, 'h2' heading （二）
A_BODY = [
    ("c",
     "为深入贯彻落实共建“一带一路”倡议和自治区关于加快丝绸之路经济带核心区建设的决策部署，依托中国（新疆）自由贸易试验区霍尔果斯片区建设，进一步提升口岸通关便利化水平，规范边民互市贸易秩序，推动沿边开放高质量发展，经市人民政府研究同意，现就有关事项通知如下：",
     "«بىر بەلباغ، بىر يول» تەشەببۇسىنى ئەستايىدىل ئەمەلىيلەشتۈرۈش، جۇڭگو (شىنجاڭ) ئەركىن سودا سىناق رايونى قورغاس رايونچىسى قۇرۇلۇشىغا تايىنىپ، پورت ئۆتكەل قولايلىقىنى ئۆستۈرۈش ۋە چېگرا ئاھالىلىرى ئۆز-ئارا سودا تەرتىپىنى قېلىپلاشتۇرۇش ئۈچۈن، شەھەرلىك خەلق ھۆكۈمىتىنىڭ تەتقىق قىلىشى ۋە ماقۇللىشى بىلەن، مۇناسىۋەتلىك ئىشلار مۇنداق ئۇقتۇرۇلىدۇ:"),
    ("h1", "一、优化口岸通关服务", "بىر، پورت ئۆتكەل مۇلازىمىتىنى ئەلالاشتۇرۇش"),
    ("c",
     "（一）推行货运预约通关。霍尔果斯公路口岸在正常工作时间以外，对鲜活农产品、跨境电商包裹、中欧班列集拼货物等时效性强的货物实行预约通关。企业应提前24小时通过国际贸易“单一窗口”提交预约申请，口岸查验单位原则上在2小时内予以答复。",
     "(1) يۈك ئۆتكۈزۈشتە ئالدىن ۋاقىت بەلگىلەش تۈزۈمىنى يولغا قويۇش. قورغاس تاشيول پورتىدا نورمال خىزمەت ۋاقتىدىن سىرت، يېڭى يېزا ئىگىلىك مەھسۇلاتلىرى ۋە چېگرا ھالقىغان توربەت سودا ئورامىلىرىغا ئالدىن ۋاقىت بەلگىلەپ ئۆتكۈزۈش يولغا قويۇلىدۇ. كارخانىلار 24 سائەت ئىلگىرى «يەككە كۆزنەك» ئارقىلىق ئىلتىماس سۇنىدۇ."),
    ("c",
     "（二）提升铁路口岸作业效率。市口岸办会同霍尔果斯海关、霍尔果斯站，推行中欧（中亚）班列“快速通关”模式，铁路口岸换装作业时间压缩至6小时以内。\n对回程班列进口货物推行“到站直提”，企业可在货物运抵霍尔果斯站并办结海关手续后直接提离。",
     "(2) تۆمۈر يول پورتىنىڭ ئىشلەش ئۈنۈمىنى ئۆستۈرۈش. جۇڭگو-ياۋروپا (جۇڭگو-ئوتتۇرا ئاسىيا) پويىزلىرىنىڭ ۋاگون ئالماشتۇرۇش ۋاقتى 6 سائەت ئىچىگە قىسقارتىلىدۇ، قايتىش پويىزلىرىدىكى ئىمپورت يۈكلىرى بېكەتكە يەتكەندىن كېيىن بىۋاسىتە ئېلىپ كېتىلىدۇ."),
    ("c",
     "（三）推广“提前申报”“两步申报”。支持企业在货物运抵口岸前办理申报手续，对符合条件的进口货物实行“先放后税”。市财政对首次使用“两步申报”模式的企业，按每票200元给予一次性奖励，单个企业年度最高不超过5万元。",
     "(3) «ئالدىن مەلۇم قىلىش» ۋە «ئىككى باسقۇچلۇق مەلۇم قىلىش»نى ئومۇملاشتۇرۇش. تۇنجى قېتىم ئىككى باسقۇچلۇق مەلۇم قىلىش ئۇسۇلىنى قوللانغان كارخانىلارغا ھەر بىر تالونغا 200 يۈەن مۇكاپات بېرىلىدۇ، يىللىق ئەڭ يۇقىرى چېكى 50 مىڭ يۈەن."),
    ("h1", "二、规范边民互市贸易", "ئىككى، چېگرا ئاھالىلىرى ئۆز-ئارا سودىسىنى قېلىپلاشتۇرۇش"),
    ("c",
     "（一）交易场所和时间。边民互市贸易区（位于中哈霍尔果斯国际边境合作中心中方区域，以下简称“互市贸易区”）实行封闭管理，每日开放时间为北京时间10:00至19:30，国家法定节假日照常开放。",
     "(1) سودا ئورنى ۋە ۋاقتى. چېگرا ئاھالىلىرى ئۆز-ئارا سودا رايونى تاقاق باشقۇرۇلىدۇ، ھەر كۈنى بېيجىڭ ۋاقتى 10:00 دىن 19:30 غىچە ئوچۇق بولىدۇ."),
    ("h2", "（二）边民资格和免税额度",
     "(2) چېگرا ئاھالىلىرىنىڭ سالاھىيىتى ۋە باجدىن كەچۈرۈم قىلىنىدىغان سوممىسى"),
    ("c",
     "1.参与互市贸易的边民须持有本市户籍且居住在边境线20公里以内，凭本人身份证和边民证在互市贸易区登记备案，边民证不得转借、出租。",
     "1. ئۆز-ئارا سودىغا قاتناشقان چېگرا ئاھالىلىرى مۇشۇ شەھەرنىڭ نوپۇسىدا بولۇشى ۋە چېگرا سىزىقىدىن 20 كىلومېتىر ئىچىدە ئولتۇراقلاشقان بولۇشى كېرەك."),
    ("c",
     "2.边民通过互市贸易进口的生活用品，每人每日价值在人民币8000元以下的，免征进口关税和进口环节税；超出部分按规定照章征税。",
     "2. ھەر بىر كىشى ھەر كۈنى 8000 يۈەندىن تۆۋەن قىممەتتىكى تۇرمۇش بۇيۇملىرى ئىمپورت بېجىدىن كەچۈرۈم قىلىنىدۇ."),
    ("c",
     "3.边民有下列情形之一的，由市商务和工业信息化局暂停其互市贸易资格6个月：",
     "3. تۆۋەندىكى ئەھۋاللارنىڭ بىرى بولسا، ئۆز-ئارا سودا سالاھىيىتى 6 ئاي توختىتىلىدۇ:"),
    ("c",
     "（1）转借、出租边民证或者冒用他人边民证的；",
     "(1) چېگرا ئاھالىسى كىنىشكىسىنى باشقىلارغا ئارىيەت بەرگەن ياكى ئىجارىگە بەرگەنلەر؛"),
    ("c",
     "（2）为他人代购代办、拆分交易逃避监管的。",
     "(2) باشقىلارغا ۋاكالىتەن سېتىۋالغان ياكى سودىنى پارچىلىغانلار."),
    ("c",
     "（三）互市商品落地加工。支持在霍尔果斯经济开发区建设互市商品落地加工基地，对入驻基地、使用互市进口商品开展加工的企业，按当年加工使用互市商品货值的3%给予补助，单个企业年度最高不超过80万元。",
     "(3) يەرلىكتە پىششىقلاپ ئىشلەش. قورغاس ئىقتىسادىي تەرەققىيات رايونىدا ئۆز-ئارا سودا تاۋارلىرىنى يەرلىكتە پىششىقلاپ ئىشلەش بازىسى قۇرۇش قوللىنىدۇ، كارخانىلارغا تاۋار قىممىتىنىڭ 3% ى بويىچە ياردەم پۇلى بېرىلىدۇ."),
    ("c",
     "三、强化组织保障。市商务和工业信息化局牵头，会同霍尔果斯海关、霍尔果斯边境管理大队、市市场监督管理局等部门建立口岸和互市贸易联席会议制度，每季度召开一次会议，协调解决通关和互市贸易中的重大问题。",
     "ئۈچ، تەشكىلىي كاپالەتنى كۈچەيتىش. شەھەرلىك سودا ۋە سانائەت ئۇچۇر ئىدارىسى مەسئۇل بولۇپ، بىرلەشمە يىغىن تۈزۈمى ئورنىتىلىدۇ، ھەر پەسىلدە بىر قېتىم يىغىن ئېچىلىدۇ."),
    ("c",
     "四、本通知自2025年6月1日起施行，有效期2年。此前我市有关规定与本通知不一致的，以本通知为准。",
     "تۆت، بۇ ئۇقتۇرۇش 2025-يىل 1-ئىيۇندىن باشلاپ ئىجرا قىلىنىدۇ، ئىناۋەتلىك مۇددىتى 2 يىل."),
]

A_TABLE_HEAD = ["序号", "商品类别", "商品名称", "主要来源国", "备注"]
A_TABLE = [
    ["1", "粮油食品", "面粉、植物油", "哈萨克斯坦", "—"],
    ["2", "粮油食品", "糖果、饼干、巧克力", "哈萨克斯坦、俄罗斯", "须附中文标签"],
    ["3", "农副产品", "蜂蜜、干果、坚果", "哈萨克斯坦、吉尔吉斯斯坦", "—"],
    ["4", "农副产品", "冷冻牛羊肉", "哈萨克斯坦", "须在指定监管场地查验"],
    ["5", "日用品", "洗护用品、服装鞋帽", "哈萨克斯坦、俄罗斯、土耳其", "—"],
]

UG_BANNER = "قورغاس شەھەرلىك خەلق ھۆكۈمىتىنىڭ ھۆججىتى"
UG_TITLE = "قورغاس شەھەرلىك خەلق ھۆكۈمىتىنىڭ پورت ئۆتكەل مۇلازىمىتىنى تېخىمۇ ئەلالاشتۇرۇش ۋە چېگرا ئاھالىلىرى ئۆز-ئارا سودىسىنى قېلىپلاشتۇرۇش توغرىسىدىكى ئۇقتۇرۇشى"
UG_RECIP = "ھەرقايسى يېزا (مەيدان) خەلق ھۆكۈمەتلىرى، كوچا ئىشخانىلىرى، شەھەر قارمىقىدىكى ھەرقايسى تارماقلار، قورغاس ئىقتىسادىي تەرەققىيات رايونى باشقۇرۇش كومىتېتى، جۇڭگو-قازاقىستان قورغاس خەلقئارا چېگرا ھەمكارلىق مەركىزى باشقۇرۇش كومىتېتى:"
UG_ATT = "قوشۇمچە: قورغاس شەھەرلىك چېگرا ئاھالىلىرى ئۆز-ئارا سودا رايونىغا كىرگۈزۈشكە رۇخسەت قىلىنغان تاۋارلار تىزىملىكى"
UG_SIGN = "قورغاس شەھەرلىك خەلق ھۆكۈمىتى"
UG_DATE = "2025-يىل 12-ماي"
UG_ATT_TITLE = "قورغاس شەھەرلىك چېگرا ئاھالىلىرى ئۆز-ئارا سودا رايونىغا كىرگۈزۈشكە رۇخسەت قىلىنغان تاۋارلار تىزىملىكى"


def make_a():
    doc = new_doc()
    par(doc, "霍尔果斯市人民政府文件", east=XBS, size=36, align="center", indent=False,
        color=RED, line=54, before=20)
    par(doc, UG_BANNER, size=20, align="center", indent=False, color=RED, line=32,
        script="ug")
    par(doc, "", line=20)
    p = par(doc, "霍市政发〔2025〕21号", align="center", indent=False, after=4)
    _border(p, "bottom", "E60012", 18, 6)
    par(doc, "", line=20)
    # title broken over two lines with a soft line break
    par(doc, "霍尔果斯市人民政府关于进一步优化\n口岸通关服务规范边民互市贸易的通知",
        east=XBS, size=22, align="center", indent=False, line=35)
    par(doc, UG_TITLE, size=14, align="center", indent=False, line=26, script="ug")
    par(doc, "", line=20)
    par(doc, "各乡（场）人民政府、街道办事处，市直各部门，霍尔果斯经济开发区管委会，中哈霍尔果斯国际边境合作中心管委会：",
        indent=False)
    par(doc, UG_RECIP, size=14, indent=False, line=26, script="ug")
    for kind, zh, ug in A_BODY:
        if kind == "h1":
            par(doc, zh, east=HT, keep_next=True)
        elif kind == "h2":
            par(doc, zh, east=KT, keep_next=True)
        else:
            par(doc, zh)
        par(doc, ug, size=13, line=24, script="ug")
    par(doc, "附件：" + A_ATT, left_indent=32, indent=False)
    par(doc, UG_ATT, size=13, line=24, script="ug", indent=False)
    par(doc, "", line=20)
    par(doc, "霍尔果斯市人民政府", align="right", indent=False, right_indent=64)
    par(doc, "2025年5月12日", align="right", indent=False, right_indent=64)
    par(doc, UG_SIGN, size=13, align="left", indent=False, line=24, script="ug",
        left_indent=64)
    par(doc, UG_DATE, size=13, align="left", indent=False, line=24, script="ug",
        left_indent=64)
    par(doc, "（此件公开发布）")
    # attachment
    page_break(doc)
    par(doc, "附件", east=HT, indent=False, align="left")
    par(doc, "", line=20)
    par(doc, A_ATT, east=XBS, size=22, align="center", indent=False, line=35)
    par(doc, UG_ATT_TITLE, size=12, align="center", indent=False, line=22, script="ug",
        after=6)
    t = doc.add_table(rows=1 + len(A_TABLE), cols=5)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    for i, h in enumerate(A_TABLE_HEAD):
        cell_text(t.rows[0].cells[i], h, east=HT, size=12, align="center")
    repeat_header(t.rows[0])
    for r, row in enumerate(A_TABLE, start=1):
        for c, v in enumerate(row):
            if c == 1 and r > 1 and A_TABLE[r - 2][1] == v:
                continue
            cell_text(t.rows[r].cells[c], v, size=12,
                      align="center" if c in (0, 1) else "left")
    # vertical merges of 商品类别
    r = 1
    while r <= len(A_TABLE):
        s = r
        while r + 1 <= len(A_TABLE) and A_TABLE[r][1] == A_TABLE[s - 1][1]:
            r += 1
        if r > s:
            t.cell(s, 1).merge(t.cell(r, 1))
            # merge keeps empty paragraphs of the lower cells; tidy them up
            cell = t.cell(s, 1)
            for p in cell.paragraphs[1:]:
                if not p.text.strip():
                    p._p.getparent().remove(p._p)
        r += 1
    set_widths(t, [14, 26, 46, 44, 26])
    for _ in range(4):
        par(doc, "", line=24)
    banji(doc,
          "抄送：伊犁哈萨克自治州人民政府办公室，市委办公室，市人大常委会办公室，市政协办公室，霍尔果斯海关。",
          "霍尔果斯市人民政府办公室", "2025年5月13日")
    out = HERE / "blind311_huoerguosi_tongzhi.docx"
    doc.save(out)
    to_pdf(out)

    clauses = [zh for k, zh, _ in A_BODY if k == "c"]
    table_clauses = ["；".join(f"{h}：{v}" for h, v in zip(A_TABLE_HEAD, row)) for row in A_TABLE]
    meta = {
        "title": A_TITLE,
        "doc_number": "霍市政发〔2025〕21号",
        "issuer": ["霍尔果斯市人民政府"],
        "date": "2025-05-12",
        "published": "2025-05-13",
        "level": "county",
        "region": "霍尔果斯市",
        "effective": "2025-06-01",
        "expires": "2027-05-31",
        "attachments": [A_ATT],
        "doc_type": "通知",
        "recipients": A_RECIP,
        "publicity": "此件公开发布",
        "repeals": None,
    }
    specific = {
        "（一）交易场所和时间。边民互市贸易区（位于中哈霍尔果斯国际边境合作中心中方区域": ["边民互市贸易区"],
        "（三）互市商品落地加工。支持在霍尔果斯经济开发区建设": ["霍尔果斯经济开发区"],
    }
    EXPECTED["blind311_huoerguosi_tongzhi"] = [
        {"meta": meta, "clauses": clauses + table_clauses, "applies_to": {"specific": specific}}]
    # the web page (html) of the same notice: no 版记, attachment is a download link
    meta_web = dict(meta)
    meta_web["published"] = "2025-05-16"
    EXPECTED["blind311_huoerguosi_wangye"] = [
        {"meta": meta_web, "clauses": list(clauses), "applies_to": {"specific": dict(specific)}}]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_a_html():
    body = []
    for kind, zh, ug in A_BODY:
        if kind == "h1":
            body.append(f'<p style="text-indent:2em;font-family:黑体">{esc(zh)}</p>')
        elif kind == "h2":
            body.append(f'<p style="text-indent:2em;font-family:楷体_GB2312">{esc(zh)}</p>')
        else:
            zh_html = esc(zh).replace("\n", "<br/>")
            body.append(f'<p style="text-indent:2em">{zh_html}</p>')
        body.append(f'<p class="ug" dir="rtl" lang="ug">{esc(ug)}</p>')
    body_html = "\n".join(body)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8"/>
<title>{A_TITLE}_政策文件_霍尔果斯市人民政府网</title>
<meta name="ArticleTitle" content="{A_TITLE}"/>
<meta name="PubDate" content="2025-05-16 10:32"/>
<meta name="ContentSource" content="霍尔果斯市人民政府办公室"/>
<style>
body {{ font-family: "Microsoft YaHei", sans-serif; margin: 0; background: #f3f3f3; }}
.top {{ background: #b3191f; color: #fff; padding: 10px 40px; }}
.nav a {{ color: #fff; margin-right: 18px; text-decoration: none; }}
.main {{ width: 1000px; margin: 16px auto; background: #fff; padding: 24px 60px; }}
.info td {{ border: 1px solid #ddd; padding: 4px 8px; font-size: 14px; }}
.article p {{ font-size: 18px; line-height: 1.9; margin: 0; }}
.article p.ug {{ font-family: "UKIJ Tuz Tom", "Microsoft Uighur", serif; font-size: 16px; color: #333; text-align: justify; }}
h1 {{ text-align: center; font-size: 26px; color: #b3191f; }}
.ugt {{ text-align: center; font-family: "UKIJ Tuz Tom", serif; font-size: 18px; }}
.foot {{ background: #333; color: #bbb; font-size: 12px; padding: 16px 40px; }}
</style>
</head>
<body>
<div class="top">
  <div class="logo">霍尔果斯市人民政府 <span dir="rtl">قورغاس شەھەرلىك خەلق ھۆكۈمىتى</span></div>
  <div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjhg/">走进霍尔果斯</a></div>
</div>
<div class="main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a> &gt; 市政府文件</div>
<table class="info">
<tr><td>索 引 号：</td><td>011001843-2025-000167</td><td>主题分类：</td><td>商贸、海关、旅游</td></tr>
<tr><td>发布机构：</td><td>霍尔果斯市人民政府</td><td>成文日期：</td><td>2025年05月12日</td></tr>
<tr><td>标　　题：</td><td colspan="3">{A_TITLE}</td></tr>
<tr><td>文　　号：</td><td>霍市政发〔2025〕21号</td><td>发布日期：</td><td>2025年05月16日</td></tr>
</table>
<div class="article">
<h1>霍尔果斯市人民政府关于进一步优化口岸通关服务<br/>规范边民互市贸易的通知</h1>
<p class="ugt" dir="rtl" lang="ug">{esc(UG_TITLE)}</p>
<p style="text-align:center">霍市政发〔2025〕21号</p>
<p>各乡（场）人民政府、街道办事处，市直各部门，霍尔果斯经济开发区管委会，中哈霍尔果斯国际边境合作中心管委会：</p>
<p class="ug" dir="rtl" lang="ug">{esc(UG_RECIP)}</p>
{body_html}
<p>&nbsp;</p>
<p style="text-indent:2em">附件：<a href="/uploadfiles/2025/05/20250516103215871.docx">{A_ATT}</a></p>
<p>&nbsp;</p>
<p style="text-align:right;padding-right:4em">霍尔果斯市人民政府</p>
<p style="text-align:right;padding-right:4em">2025年5月12日</p>
<p class="ug" dir="rtl" lang="ug">{esc(UG_SIGN)}<br/>{esc(UG_DATE)}</p>
<p style="text-indent:2em">（此件公开发布）</p>
</div>
<div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】 分享到：微信 微博</div>
<div class="related"><h3>相关文件</h3>
<ul>
<li><a href="/zwgk/zcwj/2025/0408/163.html">霍尔果斯市2025年优化口岸营商环境工作要点</a> 2025-04-08</li>
<li><a href="/zwgk/zcwj/2024/1120/151.html">关于做好中欧班列霍尔果斯口岸运输保障工作的通知</a> 2024-11-20</li>
</ul></div>
</div>
<div class="foot">主办：霍尔果斯市人民政府办公室　承办：霍尔果斯市融媒体中心　网站标识码：6540040001　新ICP备2025000000号-1<br/>
地址：霍尔果斯市亚欧南路　联系电话：0999-8799000</div>
</body>
</html>
"""
    (HERE / "blind311_huoerguosi_wangye.html").write_text(html, encoding="utf-8")


# ====================================================================
# (b) 二连浩特片区管委会 公告 — two-column table Chinese｜Mongolian
# ====================================================================
B_ORG = "中国（内蒙古）自由贸易试验区二连浩特片区管理委员会"
B_TITLE = B_ORG + "关于支持跨境电商和国际物流发展若干措施的公告"
B_ATT = "二连浩特片区跨境电商和国际物流支持政策兑现一览表"
MN_BANNER = "ᠳᠤᠮᠳᠠᠳᠤ ᠤᠯᠤᠰ ᠤᠨ (ᠦᠪᠦᠷ ᠮᠣᠩᠭᠣᠯ) ᠴᠢᠯᠦᠭᠡᠲᠦ ᠬᠤᠳᠠᠯᠳᠤᠭ᠎ᠠ ᠶᠢᠨ ᠲᠤᠷᠰᠢᠯᠲᠠ ᠶᠢᠨ ᠪᠦᠰᠡ ᠶᠢᠨ ᠡᠷᠢᠶᠡᠨ ᠬᠣᠲᠠ ᠶᠢᠨ ᠬᠡᠰᠡᠭ ᠦᠨ ᠵᠠᠬᠢᠷᠤᠨ ᠪᠠᠶᠢᠭᠤᠯᠬᠤ ᠬᠣᠷᠢᠶ᠎ᠠ"
MN_TITLE = "ᠬᠢᠯᠢ ᠳᠠᠮᠨᠠᠯᠲᠠ ᠶᠢᠨ ᠴᠠᠬᠢᠮ ᠬᠤᠳᠠᠯᠳᠤᠭ᠎ᠠ ᠪᠣᠯᠤᠨ ᠣᠯᠠᠨ ᠤᠯᠤᠰ ᠤᠨ ᠲᠡᠭᠡᠪᠦᠷᠢ ᠶᠢ ᠬᠦᠭᠵᠢᠭᠦᠯᠬᠦ ᠶᠢ ᠳᠡᠮᠵᠢᠬᠦ ᠠᠷᠭ᠎ᠠ ᠬᠡᠮᠵᠢᠶ᠎ᠡ ᠶᠢᠨ ᠲᠤᠬᠠᠢ ᠵᠠᠷ"

# (kind, chinese, mongolian); kind 'c' clause, 'h' heading row
B_ROWS = [
    ("c",
     "为深入落实共建“一带一路”倡议，服务中蒙俄经济走廊建设，加快发展跨境电商、国际物流等外贸新业态新模式，根据有关法律法规和自治区支持自由贸易试验区建设的政策规定，结合片区实际，管委会制定以下措施，现予公告。",
     "ᠨᠢᠭᠡ ᠪᠦᠰᠡ ᠨᠢᠭᠡ ᠵᠠᠮ ᠤᠨ ᠰᠠᠨᠠᠭᠠᠴᠢᠯᠭ᠎ᠠ ᠶᠢ ᠬᠡᠷᠡᠭᠵᠢᠭᠦᠯᠵᠦ᠂ ᠬᠢᠯᠢ ᠳᠠᠮᠨᠠᠯᠲᠠ ᠶᠢᠨ ᠴᠠᠬᠢᠮ ᠬᠤᠳᠠᠯᠳᠤᠭ᠎ᠠ ᠪᠣᠯᠤᠨ ᠣᠯᠠᠨ ᠤᠯᠤᠰ ᠤᠨ ᠲᠡᠭᠡᠪᠦᠷᠢ ᠶᠢ ᠬᠦᠭᠵᠢᠭᠦᠯᠬᠦ ᠶᠢᠨ ᠲᠥᠯᠥᠭᠡ ᠳᠣᠣᠷᠠᠬᠢ ᠠᠷᠭ᠎ᠠ ᠬᠡᠮᠵᠢᠶ᠎ᠡ ᠶᠢ ᠵᠠᠷᠯᠠᠨ᠎ᠠ᠃"),
    ("h", "一、支持跨境电商发展",
     "ᠨᠢᠭᠡ᠂ ᠬᠢᠯᠢ ᠳᠠᠮᠨᠠᠯᠲᠠ ᠶᠢᠨ ᠴᠠᠬᠢᠮ ᠬᠤᠳᠠᠯᠳᠤᠭ᠎ᠠ ᠶᠢ ᠳᠡᠮᠵᠢᠬᠦ"),
    ("c",
     "（一）对在片区内注册、纳税并开展跨境电商B2C直购出口（9610）、B2B直接出口（9710）和出口海外仓（9810）业务的企业，按年度出口申报单量给予每单0.5元补贴，单个企业年度补贴最高不超过50万元。",
     "(1) ᠬᠡᠰᠡᠭ ᠲᠦ ᠪᠦᠷᠢᠳᠬᠡᠭᠰᠡᠨ ᠴᠠᠬᠢᠮ ᠬᠤᠳᠠᠯᠳᠤᠭ᠎ᠠ ᠶᠢᠨ ᠠᠵᠢᠯ ᠠᠬᠤᠢ ᠶᠢᠨ ᠨᠢᠭᠡᠴᠡ ᠳᠦ ᠨᠢᠭᠡ ᠪᠠᠭᠯᠠᠭ᠎ᠠ ᠲᠤᠲᠠᠮ 0.5 ᠶᠤᠸᠠᠨ ᠤ ᠲᠡᠳᠬᠦᠯᠡᠭ ᠣᠯᠭᠣᠨ᠎ᠠ᠂ ᠵᠢᠯ ᠳᠦ 50 ᠲᠦᠮᠡᠨ ᠶᠤᠸᠠᠨ ᠡᠴᠡ ᠬᠡᠲᠦᠷᠡᠬᠦ ᠦᠭᠡᠢ᠃"),
    ("c",
     "（二）支持企业在蒙古国、俄罗斯等共建“一带一路”国家建设或租用海外仓，对经认定的海外仓，按实际建设或租赁投入的20%给予一次性补助，单个海外仓补助最高不超过100万元。\n海外仓认定条件和申报程序由片区经济发展局另行制定并公布。",
     "(2) ᠮᠣᠩᠭᠣᠯ ᠤᠯᠤᠰ᠂ ᠣᠷᠣᠰ ᠵᠡᠷᠭᠡ ᠤᠯᠤᠰ ᠲᠤ ᠭᠠᠳᠠᠭᠠᠳᠤ ᠰᠠᠩ ᠪᠠᠢᠭᠤᠯᠬᠤ ᠶᠢ ᠳᠡᠮᠵᠢᠨ᠎ᠡ᠂ ᠬᠥᠷᠥᠩᠭᠡ ᠣᠷᠣᠭᠤᠯᠤᠯᠲᠠ ᠶᠢᠨ 20% ᠢᠶᠠᠷ ᠲᠡᠳᠬᠦᠯᠡᠭ ᠣᠯᠭᠣᠨ᠎ᠠ᠃"),
    ("c",
     "（三）在二连浩特综合保税区内开展跨境电商网购保税进口（1210）业务的企业，自首单业务发生之日起1年内，按实际发生仓储费用的50%给予补贴，单个企业年度补贴最高不超过30万元。",
     "(3) ᠡᠷᠢᠶᠡᠨ ᠬᠣᠲᠠ ᠶᠢᠨ ᠶᠡᠷᠦᠩᠬᠡᠢ ᠪᠠᠲᠠᠯᠠᠭᠠᠲᠤ ᠪᠦᠰᠡ ᠳᠦ 1210 ᠠᠵᠢᠯ ᠬᠡᠷᠡᠭ ᠶᠠᠪᠤᠭᠤᠯᠬᠤ ᠠᠵᠢᠯ ᠠᠬᠤᠢ ᠳᠤ ᠰᠠᠩ ᠤᠨ ᠵᠠᠷᠤᠳᠠᠯ ᠤᠨ 50% ᠢᠶᠠᠷ ᠲᠡᠳᠬᠦᠯᠡᠭ ᠣᠯᠭᠣᠨ᠎ᠠ᠃"),
    ("h", "二、支持国际物流发展",
     "ᠬᠣᠶᠠᠷ᠂ ᠣᠯᠠᠨ ᠤᠯᠤᠰ ᠤᠨ ᠲᠡᠭᠡᠪᠦᠷᠢ ᠶᠢ ᠳᠡᠮᠵᠢᠬᠦ"),
    ("c",
     "（一）对在片区注册的物流企业组织货源、经二连浩特铁路口岸出境的中欧班列，按每标准集装箱（TEU）300元给予运费补贴；回程班列按每标准集装箱500元给予补贴。",
     "(1) ᠡᠷᠢᠶᠡᠨ ᠬᠣᠲᠠ ᠶᠢᠨ ᠲᠡᠮᠦᠷ ᠵᠠᠮ ᠤᠨ ᠬᠤᠷᠢᠶ᠎ᠠ ᠪᠠᠷ ᠭᠠᠷᠬᠤ ᠳᠤᠮᠳᠠᠳᠤ ᠡᠸᠣᠢᠷᠤᠫᠠ ᠶᠢᠨ ᠭᠠᠯᠲᠤ ᠲᠡᠷᠭᠡ ᠳᠦ ᠨᠢᠭᠡ ᠰᠠᠪ ᠲᠤᠲᠠᠮ 300 ᠶᠤᠸᠠᠨ ᠤ ᠲᠡᠳᠬᠦᠯᠡᠭ ᠣᠯᠭᠣᠨ᠎ᠠ᠃"),
    ("c",
     "（二）对在二连浩特国际物流园区新建冷链仓储设施、库容达到5000立方米以上的企业，按设施设备投资额的10%给予一次性补助，最高不超过200万元。",
     "(2) ᠣᠯᠠᠨ ᠤᠯᠤᠰ ᠤᠨ ᠲᠡᠭᠡᠪᠦᠷᠢ ᠶᠢᠨ ᠴᠡᠴᠡᠷᠯᠢᠭ ᠲᠦ ᠬᠥᠭᠡᠷᠡᠭᠦᠯᠦᠭᠰᠡᠨ ᠰᠠᠩ ᠪᠠᠢᠭᠤᠯᠬᠤ ᠠᠵᠢᠯ ᠠᠬᠤᠢ ᠳᠤ ᠬᠥᠷᠥᠩᠭᠡ ᠣᠷᠣᠭᠤᠯᠤᠯᠲᠠ ᠶᠢᠨ 10% ᠢᠶᠠᠷ ᠲᠡᠳᠬᠦᠯᠡᠭ ᠣᠯᠭᠣᠨ᠎ᠠ᠃"),
    ("c",
     "（三）支持企业开展中蒙跨境公路运输和国际道路运输（TIR）业务，对年度TIR运输量达到100车次以上的企业，给予一次性奖励10万元。",
     "(3) ᠬᠢᠲᠠᠳ ᠮᠣᠩᠭᠣᠯ ᠤᠨ ᠬᠢᠯᠢ ᠳᠠᠮᠨᠠᠯᠲᠠ ᠶᠢᠨ ᠵᠢᠮ ᠤᠨ ᠲᠡᠭᠡᠪᠦᠷᠢ ᠶᠢ ᠳᠡᠮᠵᠢᠨ᠎ᠡ᠂ 100 ᠤᠳᠠᠭ᠎ᠠ ᠡᠴᠡ ᠳᠡᠭᠡᠭᠰᠢ ᠪᠣᠯ 10 ᠲᠦᠮᠡᠨ ᠶᠤᠸᠠᠨ ᠤ ᠱᠠᠩᠨᠠᠯ ᠣᠯᠭᠣᠨ᠎ᠠ᠃"),
    ("h", "三、优化营商环境",
     "ᠭᠤᠷᠪᠠ᠂ ᠠᠵᠢᠯ ᠠᠬᠤᠢ ᠶᠢᠨ ᠣᠷᠴᠢᠨ ᠢ ᠰᠠᠢᠵᠢᠷᠠᠭᠤᠯᠬᠤ"),
    ("c",
     "（一）片区政务服务中心设立跨境电商和国际物流“一站式”服务专窗，为企业提供注册登记、备案申报、政策兑现等集成服务，实行“一窗受理、限时办结”。",
     "(1) ᠵᠠᠰᠠᠭ ᠤᠨ ᠠᠵᠢᠯ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ ᠳᠦ ᠨᠢᠭᠡ ᠴᠣᠩᠬᠣ ᠪᠠᠷ ᠦᠢᠯᠡᠴᠢᠯᠡᠬᠦ ᠲᠤᠰᠬᠠᠢ ᠴᠣᠩᠬᠣ ᠪᠠᠢᠭᠤᠯᠤᠨ᠎ᠠ᠃"),
    ("c",
     "（二）本公告所列补贴资金每半年申报、兑现一次。同一项目符合本公告和片区其他支持政策的，按照“从高不重复”原则给予支持。",
     "(2) ᠲᠡᠳᠬᠦᠯᠡᠭ ᠦᠨ ᠮᠥᠩᠭᠥ ᠶᠢ ᠬᠠᠭᠠᠰ ᠵᠢᠯ ᠲᠤᠲᠠᠮ ᠨᠢᠭᠡ ᠤᠳᠠᠭ᠎ᠠ ᠣᠯᠭᠣᠨ᠎ᠠ᠃"),
    ("c",
     "四、本公告自2025年7月1日起施行，有效期至2027年12月31日。《二连浩特片区支持跨境电商发展暂行办法》（二自贸管发〔2023〕5号）同时废止。",
     "ᠳᠥᠷᠪᠡ᠂ ᠡᠨᠡ ᠵᠠᠷ ᠢ 2025 ᠣᠨ ᠤ 7 ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ 1 ᠡᠴᠡ ᠡᠬᠢᠯᠡᠨ ᠬᠡᠷᠡᠭᠵᠢᠭᠦᠯᠦᠨ᠎ᠡ᠂ 2027 ᠣᠨ ᠤ 12 ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ 31 ᠬᠦᠷᠲᠡᠯ᠎ᠡ ᠬᠦᠴᠦᠨ ᠲᠡᠢ᠃"),
]

B_ATT_HEAD = ["类别", "支持事项", "支持标准", "受理部门"]
B_ATT_ROWS = [
    ["跨境电商", "出口申报单量补贴", "每单0.5元，单个企业年度最高50万元", "片区经济发展局"],
    ["跨境电商", "海外仓建设或租赁补助", "投入的20%，单个海外仓最高100万元", "片区经济发展局"],
    ["跨境电商", "综保区保税仓储费用补贴", "仓储费用的50%，期限1年，年度最高30万元", "综合保税区管理办公室"],
    ["国际物流", "中欧班列运费补贴", "去程每标箱300元，回程每标箱500元", "片区口岸物流局"],
    ["国际物流", "物流园区冷链仓储设施补助", "投资额的10%，最高200万元", "片区口岸物流局"],
    ["国际物流", "TIR运输奖励", "年度100车次以上，一次性奖励10万元", "片区口岸物流局"],
]


def make_b():
    doc = new_doc()
    par(doc, MN_BANNER, size=14, align="center", indent=False, color=RED, line=26,
        script="mn", before=10)
    par(doc, "中国（内蒙古）自由贸易试验区\n二连浩特片区管理委员会", east=XBS, size=30,
        align="center", indent=False, color=RED, line=44, after=6)
    p = par(doc, "", line=8)
    _border(p, "bottom", "E60012", 18, 2)
    par(doc, "", line=20)
    par(doc, B_ORG + "\n关于支持跨境电商和国际物流发展若干措施的公告", east=XBS, size=22,
        align="center", indent=False, line=35)
    par(doc, MN_TITLE, size=13, align="center", indent=False, line=24, script="mn")
    par(doc, "2025年第3号", east=KT, align="center", indent=False, after=8)

    t = doc.add_table(rows=1 + len(B_ROWS), cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    cell_text(t.rows[0].cells[0], "汉　文", east=HT, size=14, align="center")
    cell_text(t.rows[0].cells[1], "ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ᠌", size=14, align="center", script="mn")
    repeat_header(t.rows[0])
    for i, (kind, zh, mn) in enumerate(B_ROWS, start=1):
        east = HT if kind == "h" else FS
        # a cell with two paragraphs is written with a real paragraph break (Enter)
        cell_text(t.rows[i].cells[0], zh.replace("\n", "\n\n"), east=east, size=14,
                  line=24)
        cell_text(t.rows[i].cells[1], mn, size=13, script="mn", line=24)
    set_widths(t, [84, 72])
    par(doc, "特此公告。", before=8)
    par(doc, "ᠡᠨᠡ ᠬᠦ ᠵᠠᠷᠯᠠᠪᠠ᠃", size=13, script="mn", line=24)
    par(doc, "", line=20)
    par(doc, "附件：" + B_ATT, indent=False, left_indent=32)
    par(doc, "", line=20)
    par(doc, "", line=20)
    par(doc, "中国（内蒙古）自由贸易试验区\n二连浩特片区管理委员会", align="right", indent=False,
        right_indent=32)
    par(doc, "2025年6月18日", align="right", indent=False, right_indent=64)
    par(doc, "ᠡᠷᠢᠶᠡᠨ ᠬᠣᠲᠠ ᠶᠢᠨ ᠬᠡᠰᠡᠭ ᠦᠨ ᠵᠠᠬᠢᠷᠤᠨ ᠪᠠᠶᠢᠭᠤᠯᠬᠤ ᠬᠣᠷᠢᠶ᠎ᠠ\n2025 ᠣᠨ ᠤ 6 ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ 18",
        size=13, align="right", indent=False, right_indent=32, script="mn", line=24)
    par(doc, "（此件公开发布）")

    # attachment in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(sec, landscape=True)
    par(doc, "附件", east=HT, indent=False, align="left")
    par(doc, B_ATT, east=XBS, size=22, align="center", indent=False, line=35, after=8)
    t = doc.add_table(rows=1 + len(B_ATT_ROWS), cols=4)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    for i, h in enumerate(B_ATT_HEAD):
        cell_text(t.rows[0].cells[i], h, east=HT, size=14, align="center")
    repeat_header(t.rows[0])
    for r, row in enumerate(B_ATT_ROWS, start=1):
        for c, v in enumerate(row):
            if c in (0, 3) and r > 1 and B_ATT_ROWS[r - 2][c] == v:
                continue
            cell_text(t.rows[r].cells[c], v, size=14, align="center" if c in (0, 3) else "left")
    for col in (0, 3):
        r = 1
        while r <= len(B_ATT_ROWS):
            s = r
            while r + 1 <= len(B_ATT_ROWS) and B_ATT_ROWS[r][col] == B_ATT_ROWS[s - 1][col]:
                r += 1
            if r > s:
                t.cell(s, col).merge(t.cell(r, col))
                cell = t.cell(s, col)
                for p in cell.paragraphs[1:]:
                    if not p.text.strip():
                        p._p.getparent().remove(p._p)
            r += 1
    set_widths(t, [30, 70, 80, 45])
    out = HERE / "blind311_erlianhaote_gonggao.docx"
    doc.save(out)
    to_pdf(out)

    clauses = [zh for k, zh, _ in B_ROWS if k == "c"]
    clauses += ["；".join(f"{h}：{v}" for h, v in zip(B_ATT_HEAD, row)) for row in B_ATT_ROWS]
    meta = {
        "title": B_TITLE,
        "doc_number": "2025年第3号",
        "issuer": [B_ORG],
        "date": "2025-06-18",
        "published": None,
        "level": "zone",
        "region": "中国（内蒙古）自由贸易试验区二连浩特片区",
        "effective": "2025-07-01",
        "expires": "2027-12-31",
        "attachments": [B_ATT],
        "doc_type": "公告",
        "recipients": [],
        "publicity": "此件公开发布",
        "repeals": "《二连浩特片区支持跨境电商发展暂行办法》（二自贸管发〔2023〕5号）",
    }
    specific = {
        "（三）在二连浩特综合保税区内开展跨境电商网购保税进口": ["二连浩特综合保税区"],
        "（二）对在二连浩特国际物流园区新建冷链仓储设施": ["二连浩特国际物流园区"],
        "类别：跨境电商；支持事项：综保区保税仓储费用补贴": ["二连浩特综合保税区"],
        "类别：国际物流；支持事项：物流园区冷链仓储设施补助": ["二连浩特国际物流园区"],
    }
    EXPECTED["blind311_erlianhaote_gonggao"] = [
        {"meta": meta, "clauses": clauses, "applies_to": {"specific": specific}}]


# ====================================================================
# (c) 吉隆县人民政府 通告 — Tibetan title above, Tibetan body after
# ====================================================================
C_TITLE = "吉隆县人民政府关于加强吉隆口岸通关秩序和边境贸易市场管理的通告"
BO_BANNER = "སྐྱིད་གྲོང་རྫོང་མི་དམངས་སྲིད་གཞུང་གི་ཡིག་ཆ།"
BO_TITLE = "སྐྱིད་གྲོང་རྫོང་མི་དམངས་སྲིད་གཞུང་གིས་སྐྱིད་གྲོང་སྒོ་ཁའི་ཐོན་འཛུལ་གོ་རིམ་དང་ས་མཚམས་ཚོང་རའི་དོ་དམ་ནན་སྣོན་བྱ་རྒྱུའི་སྐོར་གྱི་བསྒྲགས་གཏམ།"
C_BODY = [
    "为深入贯彻落实共建“一带一路”倡议，加快建设面向南亚开放的重大通道，维护吉隆口岸正常通关秩序，规范边境贸易市场经营行为，保障边民合法权益，根据《中华人民共和国海关法》《中华人民共和国出境入境管理法》《边民互市贸易管理办法》等法律法规和规章，结合我县实际，现就有关事项通告如下：",
    "一、吉隆口岸（含热索桥通道）旅客和货物通关时间为每日北京时间10:00至18:00；每年11月1日至次年3月31日为10:30至17:30。因天气、道路等原因需临时调整的，由县口岸管理部门提前发布公告。",
    "二、吉隆镇边境贸易市场（以下简称“边贸市场”）实行统一规划、统一管理、统一结算，具体要求如下：",
    "（一）在边贸市场内从事经营活动的，应当依法办理市场主体登记，亮照经营、明码标价，不得出售假冒伪劣商品。",
    "（二）边贸市场内禁止经营国家禁止进出境的物品以及野生动植物及其制品。",
    "（三）边贸市场经营户应当建立进货台账，如实记录商品来源、数量和价格，台账保存期限不少于2年。",
    "三、参与边民互市贸易的边民，应当持有我县户籍并居住在边境管理区内，凭边民证进入互市点交易。边民通过互市贸易进口的生活用品，每人每日价值在人民币8000元以下的，免征进口关税和进口环节税。",
    "四、县人民政府在宗嘎镇设立互市商品集散仓储中心，经查验放行的互市商品可在集散仓储中心集中存放、分拨，入驻之日起前6个月的仓储费用由县财政全额承担。",
    "五、有下列行为之一的，由有关部门依法予以处理；构成犯罪的，依法追究刑事责任：",
    "（一）冒用、转借边民证进行互市贸易的；",
    "（二）在边贸市场以外私设摊点从事互市交易的；",
    "（三）以互市贸易名义为他人代购、拆分交易的。",
    "六、本通告自2025年5月1日起施行，有效期3年。",
]
BO_BODY = [
    "ཕན་ཚུན་མཉམ་འབྲེལ་གྱིས་「ཞབས་ལམ་གཅིག་དང་ལམ་གཅིག」གི་འདུན་བསྐུལ་ལག་བསྟར་ཞིབ་ཕྲ་བྱས་ཏེ། ལྷོ་ཨེ་ཤི་ཡར་ཁ་ཕྱེ་བའི་ལམ་ཕྲན་གལ་ཆེན་འཛུགས་སྐྲུན་མགྱོགས་སུ་གཏོང་ཆེད། སྐྱིད་གྲོང་སྒོ་ཁའི་ཐོན་འཛུལ་གོ་རིམ་སྲུང་སྐྱོང་དང་ས་མཚམས་ཚོང་རའི་ཚོང་ལས་ཚད་ལྡན་ཡོང་ཆེད། འབྲེལ་ཡོད་དོན་དག་གཤམ་གསལ་ལྟར་བསྒྲགས་རྒྱུ་ཡིན།",
    "༡ སྐྱིད་གྲོང་སྒོ་ཁའི་འགྲུལ་པ་དང་དངོས་ཟོག་ཐོན་འཛུལ་གྱི་དུས་ཚོད་ནི་ཉིན་རེར་པེ་ཅིང་དུས་ཚོད་ ༡༠:༠༠ ནས་ ༡༨:༠༠ བར་ཡིན། ཟླ་ ༡༡ ཚེས་ ༡ ནས་ཕྱི་ལོའི་ཟླ་ ༣ ཚེས་ ༣༡ བར་ ༡༠:༣༠ ནས་ ༡༧:༣༠ བར་ཡིན།",
    "༢ སྐྱིད་གྲོང་གྲོང་རྡལ་གྱི་ས་མཚམས་ཚོང་རར་འཆར་གཞི་གཅིག་གྱུར་དང་དོ་དམ་གཅིག་གྱུར་ལག་བསྟར་བྱེད།",
    "(༡) ཚོང་རའི་ནང་ཚོང་ལས་བྱེད་མཁན་གྱིས་ཁྲིམས་ལྟར་ཐོ་འགོད་བྱ་དགོས།",
    "(༢) ཚོང་རའི་ནང་རྒྱལ་ཁབ་ཀྱིས་བཀག་འགོག་བྱས་པའི་དངོས་ཟོག་ཚོང་མི་ཆོག",
    "(༣) ཚོང་པས་ཉོ་ཟོག་གི་ཐོ་དེབ་འཛུགས་དགོས་ཤིང་ལོ་ ༢ ལས་མི་ཉུང་བ་ཉར་དགོས།",
    "༣ ས་མཚམས་མི་དམངས་རེ་རེས་ཉིན་རེར་མི་དམངས་སྒོར་ ༨༠༠༠ མན་གྱི་འཚོ་བའི་དངོས་ཟོག་ནང་འདྲེན་བྱས་ན་ཁྲལ་ཡང་ཆག་གནང་།",
    "༤ རྫོང་མི་དམངས་སྲིད་གཞུང་གིས་རྫོང་དཀར་གྲོང་རྡལ་དུ་ཚོང་ཟོག་བསྡུ་གསོག་མཛོད་ཁང་ལྟེ་གནས་འཛུགས།",
    "༥ གཤམ་གསལ་བྱ་སྤྱོད་གང་རུང་ཡོད་ཚེ་ཁྲིམས་ལྟར་ཐག་གཅོད་བྱ།",
    "(༡) ས་མཚམས་མི་དམངས་ལག་ཁྱེར་གཡར་སྤྲོད་བྱས་པ།",
    "(༢) ཚོང་ར་ལས་ཕྱི་རོལ་དུ་སྒེར་གྱིས་ཚོང་ཁྲོམ་བཙུགས་པ།",
    "(༣) གཞན་གྱི་ཚབ་ཏུ་ཉོ་སྒྲུབ་བྱས་པ།",
    "༦ བསྒྲགས་གཏམ་འདི་ ༢༠༢༥ ལོའི་ཟླ་ ༥ ཚེས་ ༡ ནས་ལག་བསྟར་བྱེད་ཅིང་། ནུས་ཡོད་དུས་ཡུན་ལོ་ ༣ ཡིན།",
]


def make_c():
    doc = new_doc()
    par(doc, BO_BANNER, size=22, align="center", indent=False, color=RED, line=40,
        script="bo", before=10)
    par(doc, "吉隆县人民政府文件", east=XBS, size=40, align="center", indent=False,
        color=RED, line=56)
    par(doc, "", line=20)
    p = par(doc, "吉政通〔2025〕2号", align="center", indent=False, after=4)
    _border(p, "bottom", "E60012", 18, 6)
    par(doc, "", line=20)
    par(doc, BO_TITLE, size=16, align="center", indent=False, line=30, script="bo")
    par(doc, "吉隆县人民政府关于加强吉隆口岸通关秩序\n和边境贸易市场管理的通告", east=XBS,
        size=22, align="center", indent=False, line=35)
    par(doc, "", line=20)
    for i, zh in enumerate(C_BODY):
        par(doc, zh)
    par(doc, "特此通告。")
    par(doc, "", line=20)
    par(doc, "", line=20)
    par(doc, "吉隆县人民政府", align="right", indent=False, right_indent=72)
    par(doc, "2025年4月20日", align="right", indent=False, right_indent=64)
    par(doc, "（此件公开发布）")
    # Tibetan body after the Chinese body, on a new page
    page_break(doc)
    for bo in BO_BODY:
        par(doc, bo, size=15, line=30, script="bo")
    par(doc, "དམིགས་བསལ་བསྒྲགས་གཏམ།", size=15, line=30, script="bo")
    par(doc, "", line=20)
    par(doc, "སྐྱིད་གྲོང་རྫོང་མི་དམངས་སྲིད་གཞུང་།", size=15, align="right", indent=False,
        right_indent=48, line=30, script="bo")
    par(doc, "༢༠༢༥ ལོའི་ཟླ་ ༤ ཚེས་ ༢༠", size=15, align="right", indent=False,
        right_indent=64, line=30, script="bo")
    par(doc, "", line=24, keep_next=True)
    banji(doc,
          "抄送：日喀则市人民政府办公室，吉隆海关，吉隆出入境边防检查站，县委各部门，县人大常委会办公室，县政协办公室。",
          "吉隆县人民政府办公室", "2025年4月22日")
    out = HERE / "blind311_jilong_tonggao.docx"
    doc.save(out)
    to_pdf(out)

    meta = {
        "title": C_TITLE,
        "doc_number": "吉政通〔2025〕2号",
        "issuer": ["吉隆县人民政府"],
        "date": "2025-04-20",
        "published": "2025-04-22",
        "level": "county",
        "region": "吉隆县",
        "effective": "2025-05-01",
        "expires": "2028-04-30",
        "attachments": [],
        "doc_type": "通告",
        "recipients": [],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    market = ["吉隆镇边境贸易市场"]
    specific = {
        "二、吉隆镇边境贸易市场（以下简称“边贸市场”）": market,
        "（一）在边贸市场内从事经营活动的，应当依法办理": market,
        "（二）边贸市场内禁止经营国家禁止进出境的物品": market,
        "（三）边贸市场经营户应当建立进货台账": market,
        "四、县人民政府在宗嘎镇设立互市商品集散仓储中心": ["宗嘎镇"],
    }
    EXPECTED["blind311_jilong_tonggao"] = [
        {"meta": meta, "clauses": list(C_BODY), "applies_to": {"specific": specific}}]


def main():
    os.chdir(HERE)
    make_a()
    make_a_html()
    make_b()
    make_c()
    # sanity: every applies_to key must start exactly one clause
    for stem, docs in EXPECTED.items():
        for d in docs:
            for k in d["applies_to"]["specific"]:
                assert len(k) >= 15, (stem, k)
                hits = [c for c in d["clauses"] if c.startswith(k)]
                assert len(hits) == 1, (stem, k, len(hits))
    (HERE / "expected.json").write_text(
        json.dumps(EXPECTED, ensure_ascii=False, indent=1), encoding="utf-8")
    print("ok:", ", ".join(sorted(p.name for p in HERE.glob("blind311_*"))))


if __name__ == "__main__":
    main()
