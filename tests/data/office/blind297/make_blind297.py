# ruff: noqa
"""Blind round 297: two downloads of a notice with its attachments as separate files.

(A) 湖北省商务厅/湖北省财政厅 notice page saved as HTML, with 附件1 (.docx), 附件2 (.xlsx), 附件3 (.pdf).
(B) 郑州市人民政府办公室 印发通知 as a one-page PDF with a site-generated name, the 实施方案 it
    issues as "附件：….docx", and the 方案's own 附件 as a site-named .xlsx whose first sheet
    holds only a 填报说明.

Run:  . /work/venv/bin/activate && python make_blind297.py
Writes every file next to itself plus expected.json.  Needs soffice (private profile /tmp/lo_297).
"""
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
LO_PROFILE = "file:///tmp/lo_297"

FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

# ----------------------------------------------------------------------------------------------
# docx helpers
# ----------------------------------------------------------------------------------------------

def set_run_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)
    if color is not None:
        run.font.color.rgb = color


def fmt_par(p, align=None, first_indent=None, left=None, right=None, line=28.9, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    return p


def add_runs(p, parts):
    """parts: list of (text, font, size, bold[, color]); text may contain '\n' = soft line break."""
    for part in parts:
        text, font, size, bold = part[:4]
        color = part[4] if len(part) > 4 else None
        pieces = text.split("\n")
        for i, piece in enumerate(pieces):
            r = p.add_run(piece)
            set_run_font(r, font, size, bold, color)
            if i < len(pieces) - 1:
                r.add_break(WD_BREAK.LINE)
    return p


def par_border(p, side, color="000000", sz=8, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def add_page_field(p, font=SONG, size=14):
    def r(text=None):
        run = p.add_run(text or "")
        set_run_font(run, font, size)
        return run
    r("— ")
    run = r()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); run._r.append(b)
    run = r()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "; run._r.append(it)
    run = r()
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); run._r.append(s)
    r("1")
    run = r()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); run._r.append(e)
    r(" —")


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(26)
    sec.header_distance = Mm(15)
    doc.settings.odd_and_even_pages_header_footer = True
    fo = sec.footer.paragraphs[0]
    fmt_par(fo, WD_ALIGN_PARAGRAPH.RIGHT, right=14, line=20)
    add_page_field(fo)
    fe = sec.even_page_footer.paragraphs[0]
    fmt_par(fe, WD_ALIGN_PARAGRAPH.LEFT, left=14, line=20)
    add_page_field(fe)
    return doc


def body_par(doc, text, indent=True):
    p = doc.add_paragraph()
    fmt_par(p, WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=32 if indent else 0)
    add_runs(p, [(text, FS, 16, False)])
    return p


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt_par(p, align, line=20)
    add_runs(p, [(text, font, size, bold)])
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true"); trpr.append(el)


def set_col_widths(table, widths_mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_mm[i] / 25.4 * 1440)))
    for row in table.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


# ----------------------------------------------------------------------------------------------
# Content model.  Items:
#   ("label", text)            附件N mark (not a clause)
#   ("title", text)            title, '\n' = soft line break (not a clause)
#   ("h1", text) / ("h2", text) heading alone on its line (not a clause)
#   ("p", text)                content paragraph (clause); '\n' = soft line break, kept in clause
#   ("ri", label, rest, font)  run-in clause: label in bold/kai, rest plain (clause = label+rest)
#   ("caption", text)          table caption (not a clause)
#   ("table", header, rows, widths, merge_col)  rows are clauses "列名：值；…"
#   ("note", text)             note under a table (clause)
#   ("attach", [names])        附件说明 (not a clause)
#   ("pagebreak",) / ("landscape",) / ("portrait",)
# ----------------------------------------------------------------------------------------------

def row_clause(header, row):
    return "；".join(f"{h}：{v}" for h, v in zip(header, row) if str(v).strip())


def clauses_of(items):
    out = []
    for it in items:
        k = it[0]
        if k == "p" or k == "note":
            out.append(it[1])
        elif k == "ri":
            out.append(it[1] + it[2])
        elif k == "table":
            for row in it[2]:
                out.append(row_clause(it[1], row))
    return out


def render_items(doc, items):
    for it in items:
        k = it[0]
        if k == "label":
            p = doc.add_paragraph(); fmt_par(p, WD_ALIGN_PARAGRAPH.LEFT)
            add_runs(p, [(it[1], HEI, 16, False)])
        elif k == "title":
            p = doc.add_paragraph(); fmt_par(p, WD_ALIGN_PARAGRAPH.CENTER, line=35, before=14, after=14)
            add_runs(p, [(it[1], XBS, 22, False)])
        elif k == "h1":
            p = doc.add_paragraph(); fmt_par(p, WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=32)
            add_runs(p, [(it[1], HEI, 16, False)])
        elif k == "h2":
            p = doc.add_paragraph(); fmt_par(p, WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=32)
            add_runs(p, [(it[1], KAI, 16, False)])
        elif k == "p" or k == "note":
            body_par(doc, it[1])
        elif k == "ri":
            font = it[3] if len(it) > 3 else FS
            p = doc.add_paragraph(); fmt_par(p, WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=32)
            add_runs(p, [(it[1], font, 16, font == FS), (it[2], FS, 16, False)])
        elif k == "caption":
            p = doc.add_paragraph(); fmt_par(p, WD_ALIGN_PARAGRAPH.CENTER, before=6, after=4)
            add_runs(p, [(it[1], HEI, 14, False)])
        elif k == "table":
            _, header, rows, widths, merge_col = it
            t = doc.add_table(rows=1 + len(rows), cols=len(header))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, h in enumerate(header):
                cell_text(t.rows[0].cells[i], h, HEI, 12)
            repeat_header(t.rows[0])
            for r, row in enumerate(rows, start=1):
                for c, v in enumerate(row):
                    al = WD_ALIGN_PARAGRAPH.LEFT if len(str(v)) > 12 else WD_ALIGN_PARAGRAPH.CENTER
                    cell_text(t.rows[r].cells[c], str(v), FS, 12, align=al)
            set_col_widths(t, widths)
            if merge_col is not None:
                r = 1
                while r <= len(rows):
                    r2 = r
                    while r2 + 1 <= len(rows) and rows[r2][merge_col] == rows[r - 1][merge_col]:
                        r2 += 1
                    if r2 > r:
                        val = rows[r - 1][merge_col]
                        m = t.cell(r, merge_col).merge(t.cell(r2, merge_col))
                        cell_text(m, val, FS, 12)
                    r = r2 + 1
        elif k == "attach":
            names = it[1]
            p = doc.add_paragraph(); fmt_par(p, WD_ALIGN_PARAGRAPH.LEFT, first_indent=32, before=14)
            add_runs(p, [("附件：" + names[0], FS, 16, False)])
        elif k == "pagebreak":
            p = doc.add_paragraph(); fmt_par(p)
            p.add_run().add_break(WD_BREAK.PAGE)
        elif k in ("landscape", "portrait"):
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
            if k == "landscape":
                sec.orientation = WD_ORIENT.LANDSCAPE
                sec.page_width, sec.page_height = Mm(297), Mm(210)
                sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
                sec.left_margin, sec.right_margin = Mm(37), Mm(35)
                sec.footer_distance = Mm(16)
            else:
                sec.orientation = WD_ORIENT.PORTRAIT
                sec.page_width, sec.page_height = Mm(210), Mm(297)
                sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
                sec.left_margin, sec.right_margin = Mm(28), Mm(26)
                sec.footer_distance = Mm(26)


def to_pdf(docx_path, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", "pdf", "--outdir", str(outdir), str(docx_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return Path(outdir) / (Path(docx_path).stem + ".pdf")


# ================================================================================================
# (A) 湖北省商务厅 湖北省财政厅 — notice page + 3 attachments
# ================================================================================================

A_TITLE = "湖北省商务厅 湖北省财政厅关于组织申报2025年度跨境电商发展专项资金的通知"
A_DOCNO = "鄂商务发〔2025〕31号"
A_ISSUERS = ["湖北省商务厅", "湖北省财政厅"]
A_DATE, A_PUB = "2025-05-20", "2025-05-23"
A_ATT_NAMES = ["2025年度跨境电商发展专项资金申报指南", "申报汇总表", "申报企业信用承诺书"]
A_FILES = [
    "blind297_A_附件1：2025年度跨境电商发展专项资金申报指南.docx",
    "blind297_A_附件2：申报汇总表.xlsx",
    "blind297_A_附件3.pdf",
]

A_ITEMS = [
    ("p", "为贯彻落实《湖北省推进跨境电子商务高质量发展三年行动方案（2024—2026年）》，支持企业拓展共建“一带一路”"
          "国家和地区市场，加快中国（武汉）、中国（黄石）、中国（宜昌）、中国（襄阳）、中国（十堰）跨境电子商务综合试验区"
          "建设，根据《湖北省省级外经贸发展专项资金管理办法》有关规定，现就组织申报2025年度跨境电商发展专项资金有关事项通知如下："),
    ("h1", "一、支持方向"),
    ("p", "2025年度专项资金重点支持跨境电商海外仓建设、跨境电商产业园区建设、跨境电商品牌培育、跨境电商人才培训等4个方向。"
          "各方向的申报条件、支持标准和申报材料详见《湖北省2025年度跨境电商发展专项资金申报指南》（附件1）。"),
    ("h1", "二、申报程序"),
    ("ri", "（一）企业申报。", "申报企业于2025年6月20日前登录“湖北省商务厅业务系统统一平台”在线填报，上传申报材料扫描件，"
          "并将纸质材料一式三份报送注册地市级商务主管部门。", KAI),
    ("ri", "（二）市州审核。", "各市（州）商务主管部门会同同级财政部门对申报材料进行审核，重点审核企业申报资格、项目真实性和材料完整性，"
          "于2025年6月30日前将审核意见和《申报汇总表》（附件2）正式行文报送省商务厅、省财政厅。", KAI),
    ("ri", "（三）省级评审。", "省商务厅会同省财政厅委托第三方机构开展评审，根据评审结果提出资金分配方案，经公示无异议后按程序下达资金。", KAI),
    ("h1", "三、有关要求"),
    ("p", "（一）申报企业对申报材料的真实性、准确性负责，并签署《申报企业信用承诺书》（附件3）。对弄虚作假、骗取专项资金的，"
          "按照《财政违法行为处罚处分条例》等规定严肃处理，三年内不得申报省级商务专项资金。"),
    ("p", "（二）同一项目已获得其他省级财政资金支持的，不得重复申报；同一企业本年度申报项目不超过2个。"),
    ("p", "（三）在中国（湖北）自由贸易试验区武汉片区、襄阳片区、宜昌片区注册的企业，由所在片区管委会负责申报材料的受理和初审，"
          "初审意见抄送所在市商务主管部门。"),
    ("p", "（四）各地要加强政策宣传解读，指导企业规范申报，确保专项资金安全、规范、高效使用。"),
    ("h1", "四、联系方式"),
    ("p", "省商务厅电子商务处　曹磊，电话：027-87351628；省财政厅经济建设处　黄珊，电话：027-87328154。"),
]
A_SPECIFIC = {
    "（三）在中国（湖北）自由贸易试验区武汉片区": [
        "中国（湖北）自由贸易试验区武汉片区", "中国（湖北）自由贸易试验区襄阳片区", "中国（湖北）自由贸易试验区宜昌片区"],
}


def html_par(text):
    return f'<p style="text-indent:2em;">{text}</p>'


def write_A_page():
    body = []
    body.append('<p style="text-align:center;">鄂商务发〔2025〕31号</p>')
    body.append('<p>各市、州、直管市、神农架林区商务局、财政局：</p>')
    for it in A_ITEMS:
        k = it[0]
        if k == "h1":
            body.append(f'<p style="text-indent:2em;"><strong>{it[1]}</strong></p>')
        elif k == "p":
            body.append(html_par(it[1]))
        elif k == "ri":
            body.append(f'<p style="text-indent:2em;"><span style="font-family:楷体_GB2312;">{it[1]}</span>{it[2]}</p>')
    links = []
    for i, (name, fn) in enumerate(zip(A_ATT_NAMES, A_FILES), start=1):
        lead = "附件：" if i == 1 else "&emsp;&emsp;&emsp;"
        links.append(f'<p style="text-indent:2em;">{lead}{i}.<a href="./{fn}" target="_blank">{name}</a></p>')
    body.extend(links)
    body.append('<p style="text-align:right;padding-right:4em;margin-top:2em;">湖北省商务厅　　　湖北省财政厅</p>')
    body.append('<p style="text-align:right;padding-right:5em;">2025年5月20日</p>')
    body.append('<p style="text-indent:2em;">（此件公开发布）</p>')
    content = "\n".join(body)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="ArticleTitle" content="{A_TITLE}">
<meta name="PubDate" content="2025-05-23 10:15">
<meta name="ContentSource" content="湖北省商务厅">
<title>{A_TITLE}_通知公告_湖北省商务厅</title>
<link rel="stylesheet" href="../../css/xxgk.css">
<script src="../../js/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><span>欢迎访问湖北省商务厅门户网站</span><a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">English</a></div>
<div class="header"><div class="logo">湖北省商务厅</div>
<form class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></form></div>
<ul class="nav"><li><a href="#">首页</a></li><li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li><li><a href="#">商务数据</a></li><li><a href="#">专题专栏</a></li></ul>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">法定主动公开内容</a> &gt; <a href="#">通知公告</a></div>
<div class="main">
<table class="xxgk-table">
<tr><th>索引号：</th><td>011043064/2025-01327</td><th>主题分类：</th><td>商贸、海关、旅游\\对外经济合作</td></tr>
<tr><th>发布机构：</th><td>湖北省商务厅</td><th>发文字号：</th><td>{A_DOCNO}</td></tr>
<tr><th>成文日期：</th><td>2025-05-20</td><th>发布日期：</th><td>2025-05-23</td></tr>
<tr><th>名　　称：</th><td colspan="3">{A_TITLE}</td></tr>
</table>
<h1 class="article-title">{A_TITLE}</h1>
<div class="article-info">发布时间：2025-05-23 10:15　　来源：电子商务处　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　<a href="#">【打印】</a>　<a href="#">【关闭】</a></div>
<div class="article-content" id="zoom">
{content}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="related">
<h3>相关解读</h3>
<ul><li><a href="#">一图读懂：2025年度跨境电商发展专项资金申报要点</a></li></ul>
<h3>相关文件</h3>
<ul><li><a href="#">湖北省商务厅关于公布2024年度省级跨境电商产业园区名单的通知</a><span>2024-12-16</span></li>
<li><a href="#">湖北省商务厅 湖北省财政厅关于下达2024年度跨境电商发展专项资金的通知</a><span>2024-10-28</span></li></ul>
</div>
</div>
<div class="footer">
<p>主办单位：湖北省商务厅　　地址：武汉市武昌区中北路××号　　邮编：430071</p>
<p>网站标识码：4200000047　　鄂ICP备05011688号　　鄂公网安备 42010602000518号</p>
<p>您是本站第 <span id="count">38129567</span> 位访问者</p>
</div>
<script>var _hmt = _hmt || [];</script>
</body>
</html>
"""
    (HERE / "blind297_A_page.html").write_text(html, encoding="utf-8")


# --- 附件1 申报指南 ---------------------------------------------------------------------------
A1_TITLE = "湖北省2025年度跨境电商发展专项资金申报指南"
A1_TABLE_HEADER = ["支持方向", "项目类型", "支持标准", "支持上限"]
A1_TABLE_ROWS = [
    ["海外仓建设", "新建或改扩建海外仓（面积2000平方米以上）", "按实际投资额的20%给予补助", "300万元"],
    ["海外仓建设", "租赁海外仓（面积1000平方米以上，租期1年以上）", "按年度租金的30%给予补助", "100万元"],
    ["产业园区建设", "新认定的省级跨境电商产业园区", "给予园区运营主体一次性奖励", "100万元"],
    ["产业园区建设", "园区公共服务平台建设", "按实际投资额的30%给予补助", "200万元"],
    ["品牌培育", "海外商标注册、国际认证和独立站建设", "按实际支出的50%给予补助", "50万元"],
    ["人才培训", "年度培训人数100人次以上的实操培训", "按每人次1000元给予补助", "30万元"],
]
A1_ITEMS = [
    ("label", "附件1"),
    ("title", "湖北省2025年度跨境电商发展专项资金\n申报指南"),
    ("h1", "一、支持方向"),
    ("ri", "（一）跨境电商海外仓建设。", "支持企业在共建“一带一路”国家和地区新建、租赁或改扩建海外仓，为我省企业提供仓储、分拣、"
          "配送、退换货和售后维修等服务。海外仓所在地包括但不限于匈牙利布达佩斯、阿联酋迪拜、沙特利雅得、马来西亚吉隆坡等跨境电商重点市场。", KAI),
    ("ri", "（二）跨境电商产业园区建设。", "支持各地建设集企业孵化、直播选品、仓储物流、通关服务等功能于一体的跨境电商产业园区，"
          "完善公共服务平台和配套设施。", KAI),
    ("ri", "（三）跨境电商品牌培育。", "支持企业开展海外商标注册、国际认证、独立站建设和海外品牌推广，培育一批具有国际影响力的"
          "“鄂派”跨境电商品牌。", KAI),
    ("ri", "（四）跨境电商人才培训。", "支持高等院校、职业院校和培训机构开展跨境电商实操培训，为企业培养运营、营销、物流和合规等专业人才。", KAI),
    ("h1", "二、申报条件"),
    ("p", "申报单位应同时符合以下条件："),
    ("p", "1.在湖北省境内依法注册登记，具有独立法人资格，财务管理制度健全。"),
    ("p", "2.2024年度跨境电商进出口额不低于500万元（人才培训项目申报单位除外）。"),
    ("p", "3.项目于2024年1月1日至2024年12月31日期间实施完成，且投资或支出已实际发生。"),
    ("p", "4.近三年内未发生严重失信行为，未被列入严重失信主体名单。"),
    ("h1", "三、支持标准"),
    ("p", "专项资金采取事后奖补方式，按照项目实际投资额或实际支出的一定比例给予支持，具体标准见下表。"),
    ("landscape",),
    ("caption", "表1　2025年度跨境电商发展专项资金支持标准"),
    ("table", A1_TABLE_HEADER, A1_TABLE_ROWS, [40, 85, 70, 30], 0),
    ("note", "注：同一企业同一年度获得的专项资金支持总额不超过500万元。"),
    ("portrait",),
    ("h1", "四、特别支持事项"),
    ("p", "（一）对注册在武汉东湖综合保税区、武汉新港空港综合保税区内，开展跨境电商网购保税进口（1210）业务且2024年进口单量"
          "同比增长30%以上的企业，海外仓建设和品牌培育项目的补助比例上浮10个百分点。"),
    ("p", "（二）对注册在十堰市、恩施土家族苗族自治州的申报单位，人才培训项目年度培训人数要求由100人次降低至50人次。"),
    ("p", "（三）经武汉天河国际机场口岸、武汉阳逻港口岸出口的跨境电商B2B直接出口（9710）和出口海外仓（9810）货物，"
          "其报关数据可作为海外仓建设项目业务量的证明材料。"),
    ("h1", "五、申报材料"),
    ("p", "1.专项资金申请表（在线填报后打印并加盖公章）。"),
    ("p", "2.营业执照、法定代表人身份证复印件。"),
    ("p", "3.项目投资或支出证明材料，包括："),
    ("p", "（1）海外仓租赁合同、产权证明或建设合同；"),
    ("p", "（2）设备购置、软件开发、培训服务等合同及发票；"),
    ("p", "（3）银行付款凭证。"),
    ("p", "4.具有资质的会计师事务所出具的项目专项审计报告。"),
    ("p", "5.《申报企业信用承诺书》。"),
    ("p", "申报材料一式三份，按上述顺序装订成册，并在封面注明申报方向。"),
]
A1_SPECIFIC = {
    "（一）对注册在武汉东湖综合保税区、武汉新港空港综合保税区内": ["武汉东湖综合保税区", "武汉新港空港综合保税区"],
    "（二）对注册在十堰市、恩施土家族苗族自治州的申报单位": ["十堰市", "恩施土家族苗族自治州"],
}

# --- 附件2 申报汇总表 (xlsx) ----------------------------------------------------------------------
A2_TITLE = "2025年度跨境电商发展专项资金申报汇总表"
A2_NOTES = [
    "1.“支持方向”按海外仓建设、产业园区建设、品牌培育、人才培训填写，一个项目只能选择一个支持方向。",
    "2.“项目投资额”和“申请金额”以万元为单位，保留两位小数。",
    "3.本表由市（州）商务主管部门汇总填报，按申请金额由高到低排序，加盖市（州）商务主管部门和财政部门公章后报送。",
    "4.填报单位须同时报送Excel电子版，文件名为“市州名称+申报汇总表”。",
]

# --- 附件3 信用承诺书 ------------------------------------------------------------------------------
A3_TITLE = "申报企业信用承诺书"
A3_ITEMS = [
    ("label", "附件3"),
    ("title", A3_TITLE),
    ("p", "本单位自愿申报2025年度跨境电商发展专项资金，现郑重承诺如下："),
    ("p", "一、本单位提交的全部申报材料真实、准确、完整，所涉及的合同、发票、付款凭证等均由真实业务形成，不存在弄虚作假、虚报冒领等行为。"),
    ("p", "二、申报项目未获得其他省级财政资金支持，不存在以同一项目多头申报、重复申报的情况。"),
    ("p", "三、本单位近三年内未发生严重失信行为，未被列入严重失信主体名单。"),
    ("p", "四、获得专项资金支持后，严格按照规定使用资金，自觉接受商务、财政、审计等部门的监督检查和绩效评价。"),
    ("p", "五、如违反上述承诺，本单位自愿退回已获得的专项资金，承担相应法律责任，并同意将相关失信信息纳入全国信用信息共享平台。"),
]


def thin():
    s = Side(style="thin", color="000000")
    return Border(left=s, right=s, top=s, bottom=s)


def write_A2_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "申报汇总表"
    header = ["序号", "企业名称", "统一社会信用代码", "所在市（州）", "支持方向", "项目名称",
              "项目投资额（万元）", "申请金额（万元）", "联系人及电话"]
    widths = [6, 28, 22, 12, 14, 30, 14, 14, 18]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "附件2"
    ws["A1"].font = Font(name=HEI, size=12)
    ws.merge_cells("A2:I2")
    ws["A2"] = A2_TITLE
    ws["A2"].font = Font(name=XBS, size=18)
    ws["A2"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[2].height = 36
    ws.merge_cells("A3:E3")
    ws["A3"] = "填报单位（盖章）："
    ws.merge_cells("F3:I3")
    ws["F3"] = "填报日期：　　年　　月　　日"
    ws["F3"].alignment = Alignment(horizontal="right")
    for c in ("A3", "F3"):
        ws[c].font = Font(name=FS, size=12)
    for i, h in enumerate(header, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(name=HEI, size=11)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = thin()
    ws.row_dimensions[4].height = 32
    for r in range(5, 15):
        for i in range(1, 10):
            ws.cell(row=r, column=i).border = thin()
        ws.row_dimensions[r].height = 24
    ws.merge_cells("A15:F15")
    ws["A15"] = "合计"
    ws["A15"].font = Font(name=HEI, size=11)
    ws["A15"].alignment = Alignment(horizontal="center", vertical="center")
    for i in range(1, 10):
        ws.cell(row=15, column=i).border = thin()
    ws["A16"] = "填表说明："
    ws["A16"].font = Font(name=HEI, size=11)
    for j, note in enumerate(A2_NOTES):
        r = 17 + j
        ws.merge_cells(f"A{r}:I{r}")
        ws[f"A{r}"] = note
        ws[f"A{r}"].font = Font(name=FS, size=11)
        ws[f"A{r}"].alignment = Alignment(wrap_text=True, vertical="center")
        ws.row_dimensions[r].height = 20
    ws.print_title_rows = "4:4"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = "A1:I20"
    ws.freeze_panes = "A5"
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    wb.save(path)


# ================================================================================================
# (B) 郑州市人民政府办公室 — one-page 印发通知 PDF + 方案 docx + 统计表 xlsx
# ================================================================================================

B_TITLE = "郑州市人民政府办公室关于印发郑州市推进跨境电商高质量发展实施方案（2025—2027年）的通知"
B_DOCNO = "郑政办〔2025〕27号"
B_ISSUER = ["郑州市人民政府办公室"]
B_DATE, B_PUB = "2025-06-09", "2025-06-10"
B_FANGAN = "郑州市推进跨境电商高质量发展实施方案（2025—2027年）"
B_PDF = "blind297_B_P020250612381234567890.pdf"
B_DOCX = f"blind297_B_附件：{B_FANGAN}.docx"
B_XLSX = "blind297_B_P020250612381234567891.xlsx"
B_TJB = "郑州市跨境电商高质量发展重点任务推进情况季度统计表"
B_REPEALS = "《郑州市人民政府办公室关于促进跨境电子商务发展的若干意见》（郑政办〔2021〕36号）"

B_NOTICE_CLAUSES = [
    f"《{B_FANGAN}》已经市人民政府同意，现印发给你们，请结合实际认真贯彻落实。",
    "各开发区管委会、各区县（市）人民政府要于2025年7月15日前制定具体落实措施，报市商务局备案。",
]
B_RECIPIENTS = ["各开发区管委会", "各区县（市）人民政府", "市人民政府各部门", "各有关单位"]


def write_B_notice(tmpdir):
    # one page: 版头, title, 主送, two body paragraphs, 附件说明, 落款, （此件公开发布）, 版记
    doc = new_doc()
    L = 28
    p = doc.add_paragraph(); fmt_par(p, WD_ALIGN_PARAGRAPH.CENTER, line=46)
    add_runs(p, [("郑州市人民政府办公室文件", XBS, 34, False, RED)])
    p = doc.add_paragraph(); fmt_par(p, WD_ALIGN_PARAGRAPH.CENTER, line=L, before=18)
    add_runs(p, [(B_DOCNO, FS, 16, False)])
    par_border(p, "bottom", "FF0000", sz=12, space=8)
    p = doc.add_paragraph(); fmt_par(p, WD_ALIGN_PARAGRAPH.CENTER, line=33, before=14, after=6)
    add_runs(p, [("郑州市人民政府办公室\n关于印发郑州市推进跨境电商高质量发展\n实施方案（2025—2027年）的通知", XBS, 22, False)])
    p = doc.add_paragraph(); fmt_par(p, WD_ALIGN_PARAGRAPH.LEFT, line=L)
    add_runs(p, [("各开发区管委会，各区县（市）人民政府，市人民政府各部门，各有关单位：", FS, 16, False)])
    for c in B_NOTICE_CLAUSES:
        p = body_par(doc, c); p.paragraph_format.line_spacing = Pt(L)
    p = doc.add_paragraph(); fmt_par(p, WD_ALIGN_PARAGRAPH.LEFT, first_indent=32, before=6, line=L)
    add_runs(p, [("附件：" + B_FANGAN, FS, 16, False)])
    p = doc.add_paragraph(); fmt_par(p, WD_ALIGN_PARAGRAPH.RIGHT, right=64, before=4, line=L)
    add_runs(p, [("郑州市人民政府办公室", FS, 16, False)])
    p = doc.add_paragraph(); fmt_par(p, WD_ALIGN_PARAGRAPH.RIGHT, right=64, line=L)
    add_runs(p, [("2025年6月9日", FS, 16, False)])
    p = doc.add_paragraph(); fmt_par(p, WD_ALIGN_PARAGRAPH.LEFT, first_indent=32, line=L)
    add_runs(p, [("（此件公开发布）", FS, 16, False)])
    p = doc.add_paragraph(); fmt_par(p, WD_ALIGN_PARAGRAPH.LEFT, left=14, right=14, line=21, before=8)
    add_runs(p, [("抄送：市委办公厅，市人大常委会办公厅，市政协办公厅。", FS, 14, False)])
    par_border(p, "top", sz=8, space=3)
    p = doc.add_paragraph(); fmt_par(p, WD_ALIGN_PARAGRAPH.LEFT, left=14, right=14, line=21)
    add_runs(p, [("郑州市人民政府办公室　　　　　　　　　2025年6月10日印发", FS, 14, False)])
    par_border(p, "top", sz=4, space=3)
    par_border(p, "bottom", sz=8, space=3)
    src = Path(tmpdir) / "zzzb_notice.docx"
    doc.save(src)
    pdf = to_pdf(src, tmpdir)
    shutil.copy(pdf, HERE / B_PDF)


B_TABLE_HEADER = ["类别", "指标名称", "单位", "2024年基数", "2027年目标"]
B_TABLE_ROWS = [
    ["规模指标", "跨境电商进出口交易额", "亿元", "1186", "1600"],
    ["规模指标", "跨境电商B2B出口占比", "%", "42", "50"],
    ["主体指标", "年交易额超亿元的跨境电商企业", "家", "68", "100"],
    ["主体指标", "跨境电商独立站品牌企业", "家", "35", "80"],
    ["载体指标", "公共海外仓", "个", "52", "80"],
    ["载体指标", "省级以上跨境电商示范园区", "个", "9", "15"],
]

B_ITEMS = [
    ("label", "附件"),
    ("title", "郑州市推进跨境电商高质量发展实施方案\n（2025—2027年）"),
    ("p", "为深入贯彻党中央、国务院关于促进跨境电子商务健康持续创新发展的决策部署，高水平建设中国（郑州）跨境电子商务综合试验区，"
          "巩固提升跨境电商网购保税进口（1210）模式先发优势，推动“空中、陆上、网上、海上”四条丝绸之路协同发展，更好服务高质量共建"
          "“一带一路”，结合我市实际，制定本方案。"),
    ("h1", "一、总体要求"),
    ("p", "坚持以习近平新时代中国特色社会主义思想为指导，完整、准确、全面贯彻新发展理念，坚持政策引领、主体培育、载体支撑、通道带动，"
          "推动跨境电商与产业带、综合保税区、自贸试验区、国际物流通道深度融合，加快建设“买全球、卖全球”的跨境电商枢纽城市，"
          "为构建更高水平开放型经济新体制提供有力支撑。"),
    ("h1", "二、发展目标"),
    ("p", "到2027年，全市跨境电商进出口交易额突破1600亿元，年均增长10%以上；跨境电商B2B出口占比达到50%；年交易额超亿元的跨境电商企业"
          "达到100家，公共海外仓达到80个，省级以上跨境电商示范园区达到15个。主要指标见表1。"),
    ("caption", "表1　郑州市跨境电商高质量发展主要指标"),
    ("table", B_TABLE_HEADER, B_TABLE_ROWS, [28, 62, 18, 25, 25], 0),
    ("h1", "三、重点任务"),
    ("h2", "（一）培育壮大经营主体"),
    ("ri", "1.引育龙头企业。", "对新引进的跨境电商平台企业区域总部、年交易额超过10亿元的跨境电商企业，按照“一事一议”方式给予支持。"
          "到2027年，累计引进培育年交易额超亿元的跨境电商企业100家。"),
    ("ri", "2.推动传统外贸和制造企业转型。", "组织开展“跨境电商+产业带”对接活动，每年培训传统外贸和制造企业1000家次以上，"
          "支持企业通过跨境电商开拓共建“一带一路”国家和地区市场。"),
    ("ri", "3.培育自主品牌和独立站。", "支持企业建设独立站，开展海外商标注册和国际认证："),
    ("p", "（1）对企业新注册境外商标、取得国际认证的，按照实际发生费用的50%给予补助，单个企业每年最高20万元；"),
    ("p", "（2）对年销售额超过5000万元的独立站，给予运营企业一次性奖励30万元。"),
    ("h2", "（二）提升载体平台能级"),
    ("ri", "1.做强综合保税区功能。", "支持郑州经开综合保税区、新郑综合保税区创新发展跨境电商网购保税进口、保税维修和保税展示交易业务，"
          "推动保税备货业务单量年均增长10%以上。对综合保税区内新设立的跨境电商分拨中心，按照实际投资额的10%给予补助，单个项目最高300万元。"),
    ("ri", "2.深化自贸试验区制度创新。", "在中国（河南）自由贸易试验区郑州片区先行先试跨境电商零售进口药品、出口海外仓退货等监管创新，"
          "每年形成跨境电商领域制度创新成果不少于3项。"),
    ("ri", "3.建设县域跨境电商产业带。", "支持巩义市、新郑市、中牟县依托铝精深加工、食品、汽车零部件等特色产业建设县域跨境电商产业园，"
          "每个产业园培育跨境电商企业不少于50家。"),
    ("ri", "4.创建跨境电商示范园区。", "对新认定的国家级、省级跨境电商示范园区，分别给予园区运营主体一次性奖励200万元、100万元。"
          "到2027年，新认定省级以上示范园区6个。"),
    ("h2", "（三）畅通国际物流通道"),
    ("ri", "1.拓展“空中丝绸之路”。", "依托新郑国际机场口岸，加密郑州至卢森堡、列日、布达佩斯等跨境电商全货机航线，"
          "到2027年跨境电商航空货邮量达到30万吨。"),
    ("ri", "2.提升中欧班列跨境电商运力。", "常态化开行中欧班列（郑州）跨境电商专列，拓展至汉堡、米兰等线路，探索“跨境电商+班列”邮快件运输模式。"),
    ("ri", "3.完善海外仓网络。", "支持企业在共建“一带一路”国家和地区新建公共海外仓，对面积达到5000平方米以上的，按照实际投资额的10%给予补助，"
          "单个项目最高200万元。到2027年，公共海外仓累计达到80个。"),
    ("h2", "（四）优化发展生态"),
    ("ri", "1.创新金融服务。", "支持金融机构开展跨境电商出口信用保险“保单融资”，扩大跨境电商人民币结算规模，对符合条件的中小跨境电商企业，"
          "出口信用保险保费给予50%补贴。"),
    ("ri", "2.加强人才培养。", "支持高校、职业院校与企业共建跨境电商人才实训基地，每年培训跨境电商专业人才1万人次以上。"),
    ("ri", "3.强化统计监测。", "依托跨境电商线上综合服务平台，建立跨境电商统计监测体系，按季度发布全市跨境电商发展指数。"),
    ("h1", "四、保障措施"),
    ("ri", "（一）加强组织领导。", "发挥市跨境电商综试区建设工作领导小组统筹协调作用，市商务局负责日常工作，各牵头单位要制定年度工作计划，"
          "明确责任人和时间节点。", KAI),
    ("ri", "（二）强化资金保障。", "市级财政每年安排跨境电商发展专项资金不低于2亿元，各开发区、区县（市）按照不低于1∶1的比例安排配套资金。"
          "\n专项资金管理细则由市商务局会同市财政局另行制定。", KAI),
    ("ri", "（三）加强监测评估。", f"各开发区管委会、各区县（市）人民政府和市直有关部门要按季度填报《{B_TJB}》（见附件），"
          "于每季度结束后5个工作日内报送市商务局。市商务局每年对方案实施情况开展评估，评估结果报市人民政府。", KAI),
    ("p", f"本方案自印发之日起施行，有效期至2027年12月31日。{B_REPEALS}同时废止。"),
    ("attach", [B_TJB]),
]
B_SPECIFIC = {
    "1.做强综合保税区功能。支持郑州经开综合保税区": ["郑州经开综合保税区", "新郑综合保税区"],
    "2.深化自贸试验区制度创新。在中国（河南）自由贸易试验区郑州片区": ["中国（河南）自由贸易试验区郑州片区"],
    "3.建设县域跨境电商产业带。支持巩义市、新郑市、中牟县": ["巩义市", "新郑市", "中牟县"],
}


def write_B_fangan(path):
    doc = new_doc()
    items = []
    for it in B_ITEMS:
        # the drafter started 三、重点任务 on a fresh page with a manual page break (Ctrl+Enter)
        if it == ("h1", "三、重点任务"):
            items.append(("pagebreak",))
        items.append(it)
    render_items(doc, items)
    doc.save(path)


B_XLSX_NOTES = [
    "1.本表由各开发区管委会、各区县（市）人民政府和市直有关部门按季度填报，于每季度结束后5个工作日内通过全市跨境电商统计监测系统报送市商务局。",
    "2.“本季度进展情况”填写本季度完成的主要工作、实物量和投资额，字数控制在200字以内。",
    "3.“累计完成情况”按年度目标填写完成比例，已完成的填写“已完成”。",
    "4.“存在问题及建议”中需市级协调解决的事项，应写明具体诉求和建议协调单位。",
    "5.牵头单位对本表数据的真实性负责，配合单位应于每季度结束后3个工作日内向牵头单位提供相关材料。",
]
B_XLSX_HEADER = ["序号", "任务类别", "重点任务", "牵头单位", "配合单位", "完成时限",
                 "本季度进展情况", "累计完成情况", "存在问题及建议"]
B_XLSX_ROWS = [
    ["1", "主体培育", "引进培育年交易额超亿元的跨境电商企业，累计达到100家", "市商务局", "各开发区管委会、各区县（市）人民政府", "2027年12月"],
    ["2", "主体培育", "每年培训传统外贸和制造企业1000家次以上", "市商务局", "市工业和信息化局", "每年12月"],
    ["3", "主体培育", "支持企业注册境外商标、取得国际认证和建设独立站", "市商务局", "市市场监管局", "持续推进"],
    ["4", "载体建设", "推动郑州经开综合保税区、新郑综合保税区跨境电商保税备货业务单量年均增长10%以上", "郑州经开区管委会、航空港区管委会", "郑州海关、市商务局", "每年12月"],
    ["5", "载体建设", "在中国（河南）自由贸易试验区郑州片区开展跨境电商零售进口药品、出口海外仓退货监管创新", "郑州片区管委会", "郑州海关、市市场监管局", "2026年6月"],
    ["6", "载体建设", "支持巩义市、新郑市、中牟县建设县域跨境电商产业园", "巩义市、新郑市、中牟县人民政府", "市商务局", "2026年12月"],
    ["7", "载体建设", "新认定省级以上跨境电商示范园区6个", "市商务局", "各开发区管委会、各区县（市）人民政府", "2027年12月"],
    ["8", "通道建设", "加密郑州至卢森堡、列日、布达佩斯等跨境电商全货机航线，跨境电商航空货邮量达到30万吨", "航空港区管委会", "市交通运输局、郑州海关", "2027年12月"],
    ["9", "通道建设", "常态化开行中欧班列（郑州）跨境电商专列，拓展至汉堡、米兰等线路", "市发展改革委", "郑州国际陆港开发建设有限公司", "持续推进"],
    ["10", "通道建设", "在共建“一带一路”国家和地区新建公共海外仓，累计达到80个", "市商务局", "市财政局", "2027年12月"],
    ["11", "生态优化", "开展跨境电商出口信用保险“保单融资”，扩大跨境电商人民币结算规模", "市委金融办", "郑州金融监管分局、中国出口信用保险公司河南分公司", "持续推进"],
    ["12", "生态优化", "建设跨境电商人才实训基地，每年培训专业人才1万人次以上", "市人力资源社会保障局", "市教育局、市商务局", "每年12月"],
]
B_XLSX_SPECIFIC = {
    "序号：4；任务类别：载体建设；重点任务：推动郑州经开综合保税区": ["郑州经开综合保税区", "新郑综合保税区"],
    "序号：5；任务类别：载体建设；重点任务：在中国（河南）自由贸易试验区郑州片区": ["中国（河南）自由贸易试验区郑州片区"],
    "序号：6；任务类别：载体建设；重点任务：支持巩义市、新郑市、中牟县": ["巩义市", "新郑市", "中牟县"],
}


def write_B_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "填报说明"
    ws.column_dimensions["A"].width = 110
    ws["A1"] = "填报说明"
    ws["A1"].font = Font(name=HEI, size=16)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.row_dimensions[1].height = 30
    for j, n in enumerate(B_XLSX_NOTES):
        c = ws.cell(row=2 + j, column=1, value=n)
        c.font = Font(name=FS, size=12)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        ws.row_dimensions[2 + j].height = 36
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4

    ws2 = wb.create_sheet("统计表")
    widths = [6, 10, 40, 18, 24, 12, 26, 14, 22]
    for i, w in enumerate(widths):
        ws2.column_dimensions[chr(65 + i)].width = w
    ws2["A1"] = "附件"
    ws2["A1"].font = Font(name=HEI, size=12)
    ws2.merge_cells("A2:I2")
    ws2["A2"] = B_TJB
    ws2["A2"].font = Font(name=XBS, size=18)
    ws2["A2"].alignment = Alignment(horizontal="center", vertical="center")
    ws2.row_dimensions[2].height = 36
    ws2.merge_cells("A3:E3")
    ws2["A3"] = "填报单位（盖章）："
    ws2.merge_cells("F3:I3")
    ws2["F3"] = "填报时间：2025年第　季度"
    ws2["F3"].alignment = Alignment(horizontal="right")
    for i, h in enumerate(B_XLSX_HEADER, start=1):
        c = ws2.cell(row=4, column=i, value=h)
        c.font = Font(name=HEI, size=11)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = thin()
    for j, row in enumerate(B_XLSX_ROWS):
        r = 5 + j
        for i in range(1, 10):
            v = row[i - 1] if i - 1 < len(row) else None
            c = ws2.cell(row=r, column=i)
            if v is not None and not (i == 2 and j > 0 and B_XLSX_ROWS[j - 1][1] == v):
                c.value = int(v) if i == 1 else v
            c.font = Font(name=FS, size=11)
            c.alignment = Alignment(wrap_text=True, vertical="center",
                                    horizontal="center" if i in (1, 2, 6) else "left")
            c.border = thin()
        ws2.row_dimensions[r].height = 45
    # vertical merges of 任务类别
    r = 0
    while r < len(B_XLSX_ROWS):
        r2 = r
        while r2 + 1 < len(B_XLSX_ROWS) and B_XLSX_ROWS[r2 + 1][1] == B_XLSX_ROWS[r][1]:
            r2 += 1
        if r2 > r:
            ws2.merge_cells(f"B{5 + r}:B{5 + r2}")
        r = r2 + 1
    ws2.print_title_rows = "4:4"
    ws2.freeze_panes = "A5"
    ws2.page_setup.orientation = "landscape"
    ws2.page_setup.paperSize = ws2.PAPERSIZE_A4
    ws2.page_setup.fitToWidth = 1
    ws2.page_setup.fitToHeight = 0
    ws2.sheet_properties.pageSetUpPr.fitToPage = True
    ws2.oddFooter.center.text = "第 &P 页，共 &N 页"
    wb.save(path)


# ================================================================================================
# expected.json
# ================================================================================================

def meta(title, doc_number, issuer, date, published, level, region, attachments, doc_type,
         recipients=(), publicity=None, effective=None, expires=None, repeals=None):
    return {"title": title, "doc_number": doc_number, "issuer": list(issuer), "date": date,
            "published": published, "level": level, "region": region, "effective": effective,
            "expires": expires, "attachments": list(attachments), "doc_type": doc_type,
            "recipients": list(recipients), "publicity": publicity, "repeals": repeals}


def check_specific(clauses, specific):
    for k in specific:
        assert len(k) >= 15, k
        hits = [c for c in clauses if c.startswith(k)]
        assert len(hits) == 1, (k, len(hits))


def build_expected():
    exp = {}
    a_cl = clauses_of(A_ITEMS)
    check_specific(a_cl, A_SPECIFIC)
    exp["blind297_A_page"] = [{
        "meta": meta(A_TITLE, A_DOCNO, A_ISSUERS, A_DATE, A_PUB, "provincial", "湖北省", A_ATT_NAMES, "通知",
                     recipients=["各市、州、直管市、神农架林区商务局", "各市、州、直管市、神农架林区财政局"],
                     publicity="此件公开发布"),
        "clauses": a_cl, "applies_to": {"specific": A_SPECIFIC}}]
    a1 = clauses_of(A1_ITEMS)
    check_specific(a1, A1_SPECIFIC)
    exp[Path(A_FILES[0]).stem] = [{
        "meta": meta(A1_TITLE, None, A_ISSUERS, A_DATE, A_PUB, "provincial", "湖北省", [], "申报指南"),
        "clauses": a1, "applies_to": {"specific": A1_SPECIFIC}}]
    exp[Path(A_FILES[1]).stem] = [{
        "meta": meta(A2_TITLE, None, A_ISSUERS, A_DATE, A_PUB, "provincial", "湖北省", [], "汇总表"),
        "clauses": list(A2_NOTES), "applies_to": {"specific": {}}}]
    exp[Path(A_FILES[2]).stem] = [{
        "meta": meta(A3_TITLE, None, A_ISSUERS, A_DATE, A_PUB, "provincial", "湖北省", [], "承诺书"),
        "clauses": clauses_of(A3_ITEMS), "applies_to": {"specific": {}}}]

    exp[Path(B_PDF).stem] = [{
        "meta": meta(B_TITLE, B_DOCNO, B_ISSUER, B_DATE, B_PUB, "municipal", "郑州市", [B_FANGAN], "通知",
                     recipients=B_RECIPIENTS, publicity="此件公开发布"),
        "clauses": list(B_NOTICE_CLAUSES), "applies_to": {"specific": {}}}]
    b_cl = clauses_of(B_ITEMS)
    check_specific(b_cl, B_SPECIFIC)
    exp[Path(B_DOCX).stem] = [{
        "meta": meta(B_FANGAN, None, B_ISSUER, B_DATE, B_PUB, "municipal", "郑州市", [B_TJB], "实施方案",
                     effective=B_PUB, expires="2027-12-31", repeals=B_REPEALS),
        "clauses": b_cl, "applies_to": {"specific": B_SPECIFIC}}]
    x_cl = list(B_XLSX_NOTES) + [row_clause(B_XLSX_HEADER, r) for r in B_XLSX_ROWS]
    check_specific(x_cl, B_XLSX_SPECIFIC)
    exp[Path(B_XLSX).stem] = [{
        "meta": meta(B_TJB, None, B_ISSUER, B_DATE, B_PUB, "municipal", "郑州市", [], "统计表"),
        "clauses": x_cl, "applies_to": {"specific": B_XLSX_SPECIFIC}}]
    return exp


def main():
    tmp = Path(tempfile.mkdtemp(prefix="_build_", dir=HERE))
    try:
        # (A)
        write_A_page()
        doc = new_doc(); render_items(doc, A1_ITEMS); doc.save(HERE / A_FILES[0])
        write_A2_xlsx(HERE / A_FILES[1])
        doc = new_doc(); render_items(doc, A3_ITEMS)
        for line in ("承诺单位（盖章）：", "法定代表人（签字）：", "　　年　　月　　日"):
            p = doc.add_paragraph(); fmt_par(p, WD_ALIGN_PARAGRAPH.LEFT, left=224, before=14 if "承诺" in line else 0)
            add_runs(p, [(line, FS, 16, False)])
        src = tmp / "xycns.docx"; doc.save(src)
        shutil.copy(to_pdf(src, tmp), HERE / A_FILES[2])
        # (B)
        write_B_notice(tmp)
        write_B_fangan(HERE / B_DOCX)
        write_B_xlsx(HERE / B_XLSX)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    exp = build_expected()
    (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote", len(exp), "files' expectations")


if __name__ == "__main__":
    main()
