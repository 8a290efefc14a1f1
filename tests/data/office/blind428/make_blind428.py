# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 428: a Zhengzhou cross-border e-commerce fund notice, carried by a
WeChat 公众号 post (saved .html) and as a Word notice (+ PDF by LibreOffice)."""
import html
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- content
TITLE_PARTS = ["郑州市商务局 郑州市财政局", "关于组织申报2026年度郑州市跨境电子商务",
               "发展专项资金的通知"]
TITLE = "".join(TITLE_PARTS)
DOC_NO = "郑商务〔2026〕8号"
MAIN_SEND = "各开发区、区县（市）商务主管部门、财政部门，各有关企业："
ISSUERS = ["郑州市商务局", "郑州市财政局"]
DATE_CN = "2026年3月16日"
ATTACH = [
    "2026年度郑州市跨境电子商务发展专项资金申报汇总表",
    "申报材料清单",
    "企业信用承诺书",
]

TABLE_HEAD = ["序号", "支持项目", "支持标准", "单个主体年度上限"]
TABLE_ROWS = [
    ["1", "跨境电商进出口规模奖励",
     "首次超过1亿元奖励50万元，增量部分每1000万元奖励5万元，9710、9810出口额超过5000万元额外奖励20万元",
     "200万元"],
    ["2", "跨境电商平台培育",
     "新引进平台交易额超过10亿元奖励100万元，本土平台按投入的30%补助",
     "100万元"],
    ["3", "海外仓建设支持",
     "按实际投入的20%补助，单个海外仓最高100万元，中欧班列（中豫号）备货发运超过2000万元另奖10万元",
     "200万元"],
    ["4", "跨境电商产业园区建设", "符合条件的市级园区奖励50万元", "50万元"],
    ["5", "跨境电商人才培训", "每人1000元", "30万元"],
]

# block kinds:
#  p      : plain body paragraph (clause)
#  h      : heading on its own line (not a clause)
#  runin  : (head, rest) run-in heading + text (clause = head + rest)
#  item   : hand-typed numbered item (clause)
#  auto   : Word auto-numbered item （一）… (clause = number + text)
#  table  : the summary table
#  br     : (part1, part2) paragraph with a soft line break (clause = p1 + p2)
BODY = [
    ("p", "为贯彻落实《中国（郑州）跨境电子商务综合试验区建设实施方案》，加快推进跨境电商高质量发展，"
          "助力郑州建设国际消费中心城市和“空中丝绸之路”“陆上丝绸之路”核心枢纽，根据《郑州市支持跨境电子商务"
          "高质量发展若干措施》（郑政办〔2025〕21号）有关规定，现就组织申报2026年度郑州市跨境电子商务发展"
          "专项资金有关事项通知如下："),
    ("h", "一、支持对象"),
    ("p", "在郑州市行政区域内（含郑州航空港经济综合实验区）依法注册登记、纳税关系在郑州市的跨境电商企业、"
          "跨境电商平台企业、跨境电商综合服务企业、海外仓运营企业、跨境电商产业园区运营主体和跨境电商人才培训机构。"),
    ("h", "二、支持内容及标准"),
    ("runin", "（一）跨境电商进出口规模奖励。",
     "对2025年度跨境电商进出口额（以海关统计数据为准）达到一定规模的企业，按以下标准给予奖励："),
    ("item", "1.跨境电商进出口额首次超过1亿元的，一次性奖励50万元；"),
    ("item", "2.跨境电商进出口额在1亿元以上且同比增长20%以上的，按增量部分每1000万元奖励5万元，"
             "单个企业最高不超过200万元；"),
    ("item", "3.通过9710、9810监管方式实现出口额超过5000万元的，在上述奖励基础上额外奖励20万元。"),
    ("runin", "（二）跨境电商平台培育。",
     "对在郑州新注册或新设立区域总部的跨境电商平台企业，2025年度平台交易额超过10亿元的，给予100万元一次性奖励；"
     "对本土培育的跨境电商平台，年度交易额同比增长30%以上的，按平台当年技术研发和推广投入的30%给予补助，"
     "最高不超过100万元。"),
    ("runin", "（三）海外仓建设支持。",
     "对在“一带一路”共建国家和RCEP成员国新建或租赁、面积在3000平方米以上的公共海外仓，按实际投入"
     "（不含土地购置费用）的20%给予补助，单个海外仓最高不超过100万元，单个企业年度最高不超过200万元。"
     "对利用中欧班列（中豫号）开展海外仓备货业务、年度发运货值超过2000万元的企业，另给予10万元奖励。"),
    ("runin", "（四）跨境电商产业园区建设。",
     "对经市商务局认定的市级跨境电商产业园区，入驻跨境电商企业超过50家且年度园区跨境电商交易额超过5亿元的，"
     "给予园区运营主体50万元奖励。"),
    ("runin", "（五）跨境电商人才培训。",
     "对开展跨境电商实操培训的机构，按实际培训合格并在郑州跨境电商企业就业的人数给予每人1000元补助，"
     "单个机构年度最高不超过30万元。"),
    ("p", "各支持项目标准汇总如下："),
    ("table", None),
    ("h", "三、申报条件"),
    ("auto", "申报主体在郑州市依法注册，具有独立法人资格，财务管理制度健全，会计核算规范，并已在海关完成跨境电商企业信息登记。"),
    ("auto", "申报项目真实有效，实施期为2025年1月1日至2025年12月31日，同一项目不得重复申报市级其他财政专项资金。"),
    ("auto", "申报主体近三年内无海关、税务、外汇、市场监管等方面的重大违法违规行为，未被列入严重失信主体名单。"),
    ("h", "四、申报程序"),
    ("runin", "（一）企业申报。",
     "申报企业于2026年3月20日至2026年4月30日按以下方式申报，逾期不予受理："),
    ("item", "1.线上填报。登录“郑州市商务专项资金管理系统”（网址：https://zzsw.zhengzhou.gov.cn/zxzj）在线填报申报信息，"
             "上传申报材料扫描件。"),
    ("item", "2.纸质报送。按照申报材料清单（附件2）装订成册，一式两份，加盖企业公章后报送至注册地商务主管部门。"),
    ("runin", "（二）属地初审。",
     "各开发区、区县（市）商务主管部门会同同级财政部门对申报材料的真实性、完整性进行初审，于2026年5月15日前"
     "将初审意见、申报汇总表（附件1）及申报材料报送市商务局。"),
    ("runin", "（三）专家评审。",
     "市商务局会同市财政局委托第三方机构开展专项审计和专家评审，必要时进行实地核查。"),
    ("runin", "（四）公示下达。",
     "评审结果在郑州市商务局门户网站公示5个工作日。公示无异议的，由市财政局按程序拨付资金。"),
    ("h", "五、有关要求"),
    ("runin", "（一）加强组织实施。",
     "各开发区、区县（市）商务主管部门要高度重视，认真做好政策宣传和申报组织工作，确保符合条件的企业应报尽报。"),
    ("runin", "（二）严格信用管理。",
     "申报企业对申报材料的真实性负责，并签署企业信用承诺书（附件3）。对弄虚作假、骗取套取专项资金的，依法依规"
     "追回资金，五年内取消其申报市级专项资金资格，并纳入信用记录；涉嫌犯罪的，移送司法机关处理。"),
    ("runin", "（三）强化资金监管。",
     "专项资金实行“谁申报、谁负责，谁使用、谁负责”，获得资金支持的企业应自觉接受财政、审计和商务部门的监督检查。"),
    ("br", ("联系人：市商务局电子商务处 李晓峰，电话：0371-67181234；",
            "市财政局经济建设处 张雯，电话：0371-67185678。")),
]

CN_NUM = "一二三四五六七八九十"


def clauses():
    out = []
    auto_i = 0
    for kind, a, b in norm_body():
        if kind == "h":
            auto_i = 0
        elif kind in ("p", "item"):
            out.append(a)
        elif kind == "runin":
            out.append(a + b)
        elif kind == "auto":
            out.append("（%s）%s" % (CN_NUM[auto_i], a))
            auto_i += 1
        elif kind == "table":
            for row in TABLE_ROWS:
                out.append("；".join("%s：%s" % (h, v) for h, v in zip(TABLE_HEAD, row)))
        elif kind == "br":
            out.append(a[0] + a[1])
    return out


def norm_body():
    """BODY with run-in entries flattened to (kind, a, b)."""
    res = []
    for b in BODY:
        if b[0] == "runin":
            res.append(("runin", b[1], b[2]))
        else:
            res.append((b[0], b[1], None))
    return res


# ---------------------------------------------------------------- docx helpers
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)


def set_font(run, name, size=16, bold=False, color=None):
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
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first=None, before=0, after=0, line=Pt(28.9)):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = first
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing = line


def add_p(doc, text="", font=FS, size=16, bold=False, align=None, first=None,
          color=None, line=Pt(28.9)):
    p = doc.add_paragraph()
    fmt(p, align=align, first=first, line=line)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def table_borders(table, which, sz=8):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        if e in which:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        else:
            el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              color=None, line=None):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    if line is not None:
        p.paragraph_format.line_spacing = line
    set_font(p.add_run(text), font, size, bold, color)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return p


def add_page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
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
    r._r.append(f1)
    r._r.append(it)
    r._r.append(f2)
    r._r.append(t)
    r._r.append(f3)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def make_numbering(doc):
    """Word automatic numbering （一）（二）… for the 申报条件 list."""
    numbering = doc.part.numbering_part.element
    abstract_id = "4280"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), abstract_id)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                     ("w:suff", "nothing"), ("w:lvlText", "（%1）"), ("w:lvlJc", "left")):
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
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:hint"):
        rf.set(qn(a), FS if a != "w:hint" else "eastAsia")
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    an.append(lvl)
    # abstractNum must precede every w:num
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "428")
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), abstract_id)
    num.append(a)
    numbering.append(num)
    return "428"


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), num_id)
    numPr.append(il)
    numPr.append(ni)
    ppr.insert(0, numPr)


# ---------------------------------------------------------------- docx
def build_docx(path):
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
    add_page_number_footer(sec)
    num_id = make_numbering(doc)

    # joint red header done with a borderless layout table: organs left, 文件 right
    add_p(doc, "", line=Pt(20))
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.columns[0].width = Cm(11.5)
    t.columns[1].width = Cm(4.0)
    for i, org in enumerate(ISSUERS):
        c = t.cell(i, 0)
        c.width = Cm(11.5)
        p = cell_text(c, org, XBS, 36, False, WD_ALIGN_PARAGRAPH.DISTRIBUTE, RED, Pt(44))
    right = t.cell(0, 1).merge(t.cell(1, 1))
    right.width = Cm(4.0)
    cell_text(right, "文件", XBS, 48, False, WD_ALIGN_PARAGRAPH.CENTER, RED)
    add_p(doc, "")
    add_p(doc, "")
    p = add_p(doc, DOC_NO, align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p)
    add_p(doc, "")

    # title with a soft line break
    p = add_p(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(35))
    for k, part in enumerate(TITLE_PARTS):
        r = p.add_run(part)
        set_font(r, XBS, 22)
        if k < len(TITLE_PARTS) - 1:
            r.add_break(WD_BREAK.LINE)
    add_p(doc, "")
    add_p(doc, MAIN_SEND)

    auto_seen = False
    for idx, (kind, a, b) in enumerate(norm_body()):
        if kind == "h":
            add_p(doc, "　　" + a, HT)  # indented by typed full-width spaces
        elif kind == "p":
            # some paragraphs indented by typed spaces, some by paragraph indent
            if idx % 2:
                add_p(doc, "　　" + a)
            else:
                add_p(doc, a, first=Pt(32))
        elif kind == "item":
            add_p(doc, a, first=Pt(32))
        elif kind == "runin":
            p = add_p(doc, "", first=Pt(32))
            set_font(p.add_run(a), KT, 16, True)  # run-in heading as bold run
            set_font(p.add_run(b), FS, 16)
        elif kind == "auto":
            p = add_p(doc, a)
            set_num(p, num_id)
        elif kind == "table":
            tb = doc.add_table(rows=1 + len(TABLE_ROWS), cols=4)
            tb.style = doc.styles["Table Grid"]
            tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = [Cm(1.4), Cm(4.0), Cm(8.0), Cm(2.4)]
            for j, h in enumerate(TABLE_HEAD):
                cell_text(tb.cell(0, j), h, HT, 12)
            # repeat header row
            trPr = tb.rows[0]._tr.get_or_add_trPr()
            th = OxmlElement("w:tblHeader")
            th.set(qn("w:val"), "true")
            trPr.append(th)
            for i, row in enumerate(TABLE_ROWS, start=1):
                for j, v in enumerate(row):
                    al = WD_ALIGN_PARAGRAPH.LEFT if j == 2 else WD_ALIGN_PARAGRAPH.CENTER
                    cell_text(tb.cell(i, j), v, FS, 12, align=al)
            for row in tb.rows:
                for j, c in enumerate(row.cells):
                    c.width = widths[j]
            for j, gc in enumerate(tb._tbl.tblGrid.findall(qn("w:gridCol"))):
                gc.set(qn("w:w"), str(int(widths[j].twips)))
            tb.autofit = False
            add_p(doc, "", line=Pt(14))
        elif kind == "br":
            p = add_p(doc, "", first=Pt(32))
            r = p.add_run(a[0])
            set_font(r, FS, 16)
            r.add_break(WD_BREAK.LINE)
            r = p.add_run("　　　　" + a[1])  # aligned under the first line by hand
            set_font(r, FS, 16)

    add_p(doc, "")
    # 附件 list aligned by typed full-width spaces
    add_p(doc, "附件：1." + ATTACH[0], first=Pt(32))
    for i, t_ in enumerate(ATTACH[1:], start=2):
        add_p(doc, "　　　　　%d.%s" % (i, t_))
    add_p(doc, "")
    add_p(doc, "")
    add_p(doc, "")
    # 落款: two organs side by side, typed with spaces
    add_p(doc, "　　　　　郑州市商务局　　　　　　　　郑州市财政局")
    add_p(doc, "")
    add_p(doc, DATE_CN + "　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    add_p(doc, "")
    add_p(doc, "（此件公开发布）", first=Pt(32))

    # 版记 on a new page bottom-ish
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for _ in range(14):
        add_p(doc, "")
    bj = doc.add_table(rows=2, cols=1)
    table_borders(bj, ("top", "bottom", "insideH"), 8)
    c = bj.cell(0, 0)
    cell_text(c, "抄送：市人民政府办公厅，市审计局，郑州海关。", FS, 14,
              align=WD_ALIGN_PARAGRAPH.LEFT, line=Pt(28))
    c = bj.cell(1, 0)
    cell_text(c, "郑州市商务局办公室　　　　　　　　　　2026年3月16日印发", FS, 14,
              align=WD_ALIGN_PARAGRAPH.LEFT, line=Pt(28))
    doc.save(path)


# ---------------------------------------------------------------- html
def esc(s):
    return html.escape(s, quote=False)


def split_spans(text, n=3):
    """WeChat editors chop text into several styled spans."""
    if len(text) < 12:
        return '<span style="font-size: 15px;">%s</span>' % esc(text)
    k = len(text) // n
    parts = [text[i * k:(i + 1) * k] if i < n - 1 else text[i * k:] for i in range(n)]
    return "".join('<span style="font-size: 15px;letter-spacing: 1px;">%s</span>' % esc(p) for p in parts)


def build_html(path):
    P = '<p style="text-indent: 2em;margin-bottom: 0px;line-height: 1.75em;">%s</p>'
    body = []
    body.append('<p style="text-align: center;line-height: 1.75em;"><strong><span style="font-size: 17px;">'
                + '<br>'.join(esc(x) for x in TITLE_PARTS) + '</span></strong></p>')
    body.append('<p style="text-align: center;line-height: 1.75em;"><span style="font-size: 15px;">'
                + esc(DOC_NO) + '</span></p>')
    body.append('<p><br></p>')
    body.append('<p style="line-height: 1.75em;"><span style="font-size: 15px;">' + esc(MAIN_SEND) + '</span></p>')
    auto_i = 0
    for kind, a, b in norm_body():
        if kind == "h":
            auto_i = 0
            body.append('<p style="text-indent: 2em;line-height: 1.75em;"><strong><span style="font-size: 15px;">'
                        + esc(a) + '</span></strong></p>')
        elif kind in ("p", "item"):
            body.append(P % split_spans(a))
        elif kind == "runin":
            body.append(P % ('<strong><span style="font-size: 15px;">' + esc(a) + '</span></strong>'
                             + split_spans(b, 2)))
        elif kind == "auto":
            body.append(P % split_spans("（%s）%s" % (CN_NUM[auto_i], a)))
            auto_i += 1
        elif kind == "table":
            rows = ['<table style="border-collapse: collapse;width: 100%;" data-sort="sortDisabled"><tbody>']
            rows.append('<tr>' + "".join(
                '<td style="border: 1px solid #000;text-align: center;" valign="middle"><strong>'
                '<span style="font-size: 14px;">%s</span></strong></td>' % esc(h) for h in TABLE_HEAD) + '</tr>')
            for r in TABLE_ROWS:
                rows.append('<tr>' + "".join(
                    '<td style="border: 1px solid #000;" valign="middle"><span style="font-size: 14px;">%s</span></td>'
                    % esc(v) for v in r) + '</tr>')
            rows.append('</tbody></table>')
            body.append("".join(rows))
        elif kind == "br":
            body.append(P % ('<span style="font-size: 15px;">' + esc(a[0]) + '</span><br>'
                             '<span style="font-size: 15px;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
                             + esc(a[1]) + '</span>'))
    body.append('<p><br></p>')
    body.append('<p style="text-indent: 2em;line-height: 1.75em;"><span style="font-size: 15px;">附件：1.'
                + esc(ATTACH[0]) + '</span></p>')
    for i, t_ in enumerate(ATTACH[1:], start=2):
        body.append('<p style="line-height: 1.75em;"><span style="font-size: 15px;">'
                    '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;%d.%s</span></p>'
                    % (i, esc(t_)))
    body.append('<p><br></p>')
    body.append('<p style="text-align: right;line-height: 1.75em;"><span style="font-size: 15px;">'
                '郑州市商务局&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;郑州市财政局</span></p>')
    body.append('<p style="text-align: right;line-height: 1.75em;"><span style="font-size: 15px;">'
                + esc(DATE_CN) + '</span></p>')
    body.append('<p style="text-indent: 2em;line-height: 1.75em;"><span style="font-size: 15px;">（此件公开发布）</span></p>')
    policy_html = "\n".join(body)

    post_title = "📢重磅！2026年度跨境电商专项资金申报启动，单个企业最高奖励200万元！"
    page = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="{pt}">
<meta property="og:type" content="article">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzA5NjQyODQyOA==&amp;mid=2651428428&amp;idx=1&amp;sn=4f2a8c0d1e7b9a3c5d6e8f0a1b2c3d4e">
<meta property="og:description" content="2026年3月20日至4月30日，快来申报！">
<meta name="author" content="郑州商务">
<title>{pt}</title>
<link rel="stylesheet" href="./{stem}_files/appmsg.css">
<style>
.rich_media_title{{font-size:22px;line-height:1.4;margin-bottom:14px;}}
.rich_media_meta{{display:inline-block;vertical-align:middle;margin:0 10px 10px 0;font-size:15px;}}
.rich_media_meta_text{{color:rgba(0,0,0,0.3);}}
#js_original{{color:#576b95;}}
.qr_code_pc_inner{{text-align:center;font-size:14px;color:#888;}}
</style>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div id="js_article" class="rich_media">
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<h1 class="rich_media_title" id="activity-name">
{pt}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span id="copyright_logo" class="wx_tap_link js_wx_tap_highlight rich_media_meta icon_appmsg_tag appmsg_title_tag weui-wa-hotarea">原创</span>
<span class="rich_media_meta rich_media_meta_text">市商务局电商处</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">郑州商务</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2026年3月18日 17:30</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text"><span id="js_ip_wording">河南</span></em>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: visible;">
<section style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="0.4265" data-s="300,640" data-type="jpeg" data-w="1080" style="width: 100%;" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/zzsw428banner/640?wx_fmt=jpeg" src="./{stem}_files/640.jpeg" alt="图片"></section>
<p style="text-indent: 2em;line-height: 1.75em;"><span style="font-size: 15px;">跨境电商企业的小伙伴们注意啦！<strong>2026年度郑州市跨境电子商务发展专项资金</strong>申报正式启动，进出口规模、平台培育、海外仓、产业园区、人才培训都有支持，快来看看你的企业能不能申报吧👇</span></p>
<p><br></p>
<section style="margin: 10px 0;"><p style="line-height: 1.75em;"><strong><span style="font-size: 17px;color: rgb(0, 112, 192);">📌一、支持对象</span></strong></p></section>
<p style="text-indent: 2em;line-height: 1.75em;"><span style="font-size: 15px;">在郑州市（含航空港区）注册、纳税的<strong>跨境电商企业、平台企业、综合服务企业、海外仓运营企业、产业园区运营主体和人才培训机构</strong>。</span></p>
<section style="margin: 10px 0;"><p style="line-height: 1.75em;"><strong><span style="font-size: 17px;color: rgb(0, 112, 192);">📌二、支持内容</span></strong></p></section>
<p style="line-height: 1.75em;"><span style="font-size: 15px;">✅进出口规模奖励：首次超1亿元奖<strong>50万元</strong>，单个企业最高<strong><span style="color: rgb(255, 0, 0);">200万元</span></strong></span></p>
<p style="line-height: 1.75em;"><span style="font-size: 15px;">✅平台培育：新引进平台交易额超10亿元奖<strong>100万元</strong></span></p>
<p style="line-height: 1.75em;"><span style="font-size: 15px;">✅海外仓：按实际投入<strong>20%</strong>补助，用中欧班列（中豫号）备货另奖<strong>10万元</strong></span></p>
<p style="line-height: 1.75em;"><span style="font-size: 15px;">✅产业园区：符合条件奖<strong>50万元</strong></span></p>
<p style="line-height: 1.75em;"><span style="font-size: 15px;">✅人才培训：每人<strong>1000元</strong>，单个机构最高<strong>30万元</strong></span></p>
<section style="margin: 10px 0;"><p style="line-height: 1.75em;"><strong><span style="font-size: 17px;color: rgb(0, 112, 192);">📌三、申报时间</span></strong></p></section>
<p style="text-indent: 2em;line-height: 1.75em;"><span style="font-size: 15px;"><strong><span style="color: rgb(255, 0, 0);">2026年3月20日—4月30日</span></strong>，逾期不予受理哦！</span></p>
<section style="margin: 10px 0;"><p style="line-height: 1.75em;"><strong><span style="font-size: 17px;color: rgb(0, 112, 192);">📌四、申报方式</span></strong></p></section>
<p style="text-indent: 2em;line-height: 1.75em;"><span style="font-size: 15px;">登录<strong>“郑州市商务专项资金管理系统”</strong>线上填报，纸质材料报送注册地商务主管部门。</span></p>
<section style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="0.5625" data-type="png" data-w="1080" style="width: 100%;" data-src="https://mmbiz.qpic.cn/mmbiz_png/zzsw428flow/640?wx_fmt=png" src="./{stem}_files/640(1).png" alt="图片"></section>
<p style="text-align: center;"><span style="font-size: 12px;color: rgb(136, 136, 136);">▲申报流程图</span></p>
<p><br></p>
<p style="line-height: 1.75em;"><strong><span style="font-size: 16px;">政策原文如下：</span></strong></p>
<section style="border: 1px dashed rgb(0, 112, 192);padding: 10px;">
{policy}
</section>
<p><br></p>
<p style="line-height: 1.75em;"><span style="font-size: 14px;color: rgb(136, 136, 136);">（附件可点击文末“阅读原文”下载）</span></p>
<p><br></p>
<p style="line-height: 1.75em;"><span style="font-size: 12px;color: rgb(136, 136, 136);">来源：郑州市商务局</span></p>
<p style="line-height: 1.75em;"><span style="font-size: 12px;color: rgb(136, 136, 136);">编辑：王一鸣&nbsp; 审核：陈立&nbsp; 校对：刘佳</span></p>
<p><br></p>
<section style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="1" data-type="jpeg" data-w="430" style="width: 40%;" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/zzsw428qrcode/640?wx_fmt=jpeg" src="./{stem}_files/640(2).jpeg" alt="图片"></section>
<p style="text-align: center;"><span style="font-size: 13px;color: rgb(136, 136, 136);">长按识别二维码，关注“郑州商务”</span></p>
<p style="text-align: center;"><span style="font-size: 13px;color: rgb(255, 129, 36);">分享💬 点赞👍 在看❤️</span></p>
<p style="text-align: center;"><span style="font-size: 13px;color: rgb(136, 136, 136);">点个“在看”，让更多企业看到</span></p>
</div>
<div class="rich_media_tool" id="js_toobar3">
<div class="weui-flex">
<div class="weui-flex__item"><a id="js_view_source" class="media_tool_meta meta_primary" href="https://swj.zhengzhou.gov.cn/tzgg/2026031628.jhtml">阅读原文</a></div>
<div class="media_tool_meta meta_extra"><span id="readNum3">阅读 3862</span></div>
</div>
<div class="like_comment_wrp">
<button class="like_btn" id="like_old"><span class="like_btn_text">赞</span><span id="likeNum3">46</span></button>
<button class="like_btn" id="like3"><span class="like_btn_text">在看</span><span id="js_like_num">12</span></button>
</div>
</div>
<div class="qr_code_pc_outer" id="js_pc_qr_code"><div class="qr_code_pc_inner">
<img class="qr_code_pc_img" src="./{stem}_files/qrcode.png" alt="">
<p>微信扫一扫<br>关注该公众号</p>
</div></div>
</div></div></div></div>
<script type="text/javascript">
var biz = "MzA5NjQyODQyOA==";
var msg_title = '{pt}'.html(false);
var nickname = "郑州商务";
var ct = "1773826200";
var publish_time = "2026-03-18" || "";
</script>
</body>
</html>
"""
    stem = os.path.splitext(os.path.basename(path))[0]
    with open(path, "w", encoding="utf-8") as f:
        f.write(page.format(pt=esc(post_title), stem=stem, policy=policy_html))


# ---------------------------------------------------------------- main
def meta(published):
    return {
        "title": TITLE,
        "doc_number": DOC_NO,
        "issuer": list(ISSUERS),
        "date": "2026-03-16",
        "published": published,
        "level": "municipal",
        "region": "郑州市",
        "effective": None,
        "expires": None,
        "attachments": list(ATTACH),
        "doc_type": "通知",
        "recipients": ["各开发区、区县（市）商务主管部门、财政部门", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }


def main():
    html_stem = "blind428_zhengzhou_gongzhonghao"
    docx_stem = "blind428_zhengzhou_tongzhi"
    build_html(os.path.join(HERE, html_stem + ".html"))
    dpath = os.path.join(HERE, docx_stem + ".docx")
    build_docx(dpath)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_428", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, dpath],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    cl = clauses()
    expected = {
        html_stem: [{"meta": meta("2026-03-18"), "clauses": cl}],
        docx_stem: [{"meta": meta(None), "clauses": cl}],
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
