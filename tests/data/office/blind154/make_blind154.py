# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402
"""Blind round 154: 政策解读 published beside the policy, as government sites publish them.

Writes next to itself:
  blind154_jiedu.docx / .pdf     安徽省商务厅 “《中国（安徽）自由贸易试验区跨境电商和海外仓高质量发展
      支持办法》政策解读” — no 版头, no 文号 of its own; title in two paragraphs; a line
      发布时间：2024-05-20　来源：安徽省商务厅; sections 一、起草背景 … 五、施行时间 with
      （一）… run-in headings quoting the policy's articles (“《办法》第五条明确……”);
      other documents' 文号 (国发〔2020〕10号 …) cited in 二、主要依据; a 解读机关/联系电话 line at the end.
  blind154_yitu.html              the same office's “一图读懂” posted as text on the site: short emoji lines
      (🔹 支持对象 / 💰 支持标准 …), one <table>, two <p> holding two items joined by <br/>,
      site furniture (nav, search, breadcrumb 首页 > 政策解读, 【字体：大 中 小】, 打印本页, 关闭窗口,
      相关链接 to the policy with its 文号, 上一篇/下一篇, footer with the office's address in 合肥市).
  blind154_dawen.docx / .pdf     省发展改革委负责同志就《安徽省推动共建“一带一路”高质量发展三年行动方案
      （2024—2026年）》答记者问 — date in parentheses under the title, intro, six 问：/答： pairs,
      multi-paragraph answers (一是…二是…; one paragraph per 片区).
  expected.json

Run:  . /work/venv/bin/activate && python make_blind154.py
Only python-docx and LibreOffice are needed (no extra PyPI package).
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
SAN_HAO = 16
ER_HAO = 22
SI_HAO = 14
LINE = Pt(28.9)


# ---------------------------------------------------------------- docx helpers
def set_font(run, east, size, bold=False, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    rfonts.set(qn("w:eastAsia"), east)


def para(doc, text="", east=FS, size=SAN_HAO, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=2, bold=False, line=LINE):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    p.alignment = align
    pf.first_line_indent = Pt(size * indent) if indent else None
    pf.line_spacing = line
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if text:
        r = p.add_run(text)
        set_font(r, east, size, bold)
    return p


def runin(doc, head, body, head_font=KT, head_bold=False):
    p = para(doc, "")
    r = p.add_run(head)
    set_font(r, head_font, SAN_HAO, head_bold)
    r = p.add_run(body)
    set_font(r, FS, SAN_HAO)
    return p


def add_page_field(p, size=SI_HAO, left="- ", right=" -"):
    def r(text):
        rr = p.add_run(text)
        set_font(rr, ST, size)
    r(left)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        rr = p.add_run()
        set_font(rr, ST, size)
        if kind == "instr":
            el = parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>' % (nsdecls("w"), txt))
        elif kind == "text":
            el = parse_xml('<w:t %s>%s</w:t>' % (nsdecls("w"), txt))
        else:
            el = parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind))
        rr._element.append(el)
    r(right)


def setup_page(doc, footer_style="dash"):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.footer_distance = Mm(25)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer_style == "dash":
        add_page_field(fp)
    else:  # 第 N 页
        add_page_field(fp, left="第 ", right=" 页")
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN_HAO)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    cp = doc.core_properties
    cp.author = "Administrator"
    cp.title = ""
    cp.comments = ""


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_154", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


# ====================================================================== the policy
POLICY_TITLE = "中国（安徽）自由贸易试验区跨境电商和海外仓高质量发展支持办法"
POLICY_NUM = "皖商规〔2024〕3号"

# ====================================================================== (a) 政策解读
JD_TITLE_PARTS = ["《中国（安徽）自由贸易试验区跨境电商和", "海外仓高质量发展支持办法》政策解读"]
JD_TITLE = "".join(JD_TITLE_PARTS)
JD_SOURCE = "发布时间：2024-05-20\u3000来源：安徽省商务厅"

JD_BG = [
    "跨境电商和海外仓是发展速度快、潜力大、带动作用强的外贸新业态。2023年，中国（安徽）自由贸易试验区实现跨境电商进出口额236.8亿元，同比增长31.2%，占全省跨境电商进出口额的46.5%；片区企业在共建“一带一路”国家和地区布局海外仓47个，总面积68万平方米。同时也存在海外仓布局分散、公共服务能力不足、跨境物流成本偏高等问题，亟需出台针对性支持政策。",
    "为此，省商务厅会同省财政厅在深入调研合肥、芜湖、蚌埠3个片区和42家重点企业，借鉴上海、浙江等自贸试验区经验做法的基础上，研究起草了《办法》。经公开征求意见、合法性审核和公平竞争审查，2024年5月14日，省商务厅、省财政厅联合印发了《中国（安徽）自由贸易试验区跨境电商和海外仓高质量发展支持办法》（皖商规〔2024〕3号，以下简称《办法》）。",
]
JD_BASIS_INTRO = "《办法》主要依据以下文件制定："
JD_BASIS = [
    "1.《国务院关于印发北京、湖南、安徽自由贸易试验区总体方案及浙江自由贸易试验区扩展区域方案的通知》（国发〔2020〕10号）；",
    "2.《国务院办公厅关于加快发展外贸新业态新模式的意见》（国办发〔2021〕24号）；",
    "3.《安徽省人民政府办公厅关于推动外贸稳规模优结构的若干措施》（皖政办秘〔2023〕41号）和《安徽省省级外贸发展专项资金管理办法》（皖财企〔2023〕512号）。",
]
JD_MAIN_INTRO = "《办法》共五章十八条，分为总则、支持内容、申报程序、监督管理和附则五个部分，主要内容如下："
JD_MAIN = [
    ("（一）明确支持对象和范围。", "《办法》第二条、第三条明确，支持对象为在合肥片区、芜湖片区、蚌埠片区内依法注册、具有独立法人资格且信用状况良好的跨境电商企业、海外仓运营企业和跨境电商产业园运营主体。"),
    ("（二）支持公共海外仓建设。", "《办法》第五条明确，对片区企业在共建“一带一路”国家和地区新建或租赁、单仓面积5000平方米以上的公共海外仓，按实际投资额或首年租金的20%给予一次性支持，单个企业最高300万元；新认定为省级公共海外仓的，再给予50万元奖励。"),
    ("（三）支持跨境电商主体做大做强。", "《办法》第六条明确，对年度跨境电商B2B出口额首次突破1亿元、5亿元、10亿元的片区企业，分别给予30万元、80万元、150万元的阶梯奖励。第七条明确，对新认定的省级跨境电商产业园，给予运营主体最高200万元支持。"),
    ("（四）降低跨境物流成本。", "《办法》第八条明确，对在合肥片区通过中欧班列（合肥）运输跨境电商出口货物的企业，按每标准箱1500元给予补贴；第九条明确，对依托芜湖港开通至东盟国家“跨境电商+江海联运”新航线的芜湖片区企业，每条航线给予50万元支持。上述两项物流补贴单个企业年度合计最高200万元。"),
    ("（五）强化人才支撑。", "《办法》第十条明确，支持蚌埠片区建设跨境电商人才实训基地，对年培训300人次以上的实训基地按每人次500元给予培训补贴，每个基地年度最高50万元。"),
    ("（六）规范申报和资金管理。", "《办法》第十二条至第十四条明确，项目每年3月、9月集中申报，由片区管委会初审、省商务厅会同省财政厅复核后下达资金；第十六条明确，同一项目已获其他省级财政资金支持的，不重复支持。"),
]
JD_SCOPE = "《办法》适用于中国（安徽）自由贸易试验区合肥片区、芜湖片区、蚌埠片区。经省政府批准设立的省级自贸试验区联动创新区内企业参照《办法》执行，所需资金由所在市承担。"
JD_TIME = "《办法》自2024年6月1日起施行，有效期至2026年12月31日。2024年6月1日前已开工建设、尚未享受相关支持的海外仓项目，可按《办法》规定申报。"
JD_END = "解读机关：安徽省商务厅\u3000\u3000联系电话：0551-62999615"


def build_jiedu():
    doc = Document()
    setup_page(doc, "dash")
    for t in JD_TITLE_PARTS:
        para(doc, t, XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, "", indent=0)
    para(doc, JD_SOURCE, FS, SI_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0)
    para(doc, "", indent=0)
    para(doc, "一、起草背景", HT)
    for t in JD_BG:
        para(doc, t)
    para(doc, "二、主要依据", HT)
    para(doc, JD_BASIS_INTRO)
    for t in JD_BASIS:
        para(doc, t)
    para(doc, "三、主要内容", HT)
    para(doc, JD_MAIN_INTRO)
    for h, b in JD_MAIN:
        runin(doc, h, b, KT)
    para(doc, "四、适用范围", HT)
    para(doc, JD_SCOPE)
    para(doc, "五、施行时间", HT)
    para(doc, JD_TIME)
    para(doc, "", indent=0)
    para(doc, JD_END)
    path = os.path.join(HERE, "blind154_jiedu.docx")
    doc.save(path)
    return path


# ====================================================================== (b) 一图读懂 (HTML)
YT_TITLE = "一图读懂《中国（安徽）自由贸易试验区跨境电商和海外仓高质量发展支持办法》"
YT_TABLE_HEADER = ["年度跨境电商B2B出口额首次突破", "奖励金额"]
YT_TABLE = [["1亿元", "30万元"], ["5亿元", "80万元"], ["10亿元", "150万元"]]

# (kind, text) ; kind: h = section heading line, p = paragraph line, br = paragraph with <br/> parts, table
YT_BODY = [
    ("h", "🔹 为什么出台"),
    ("p", "2023年，安徽自贸试验区跨境电商进出口额236.8亿元，同比增长31.2%"),
    ("p", "片区企业在共建“一带一路”国家和地区布局海外仓47个，总面积68万平方米"),
    ("h", "🔹 支持对象"),
    ("br", ["在合肥片区、芜湖片区、蚌埠片区注册、信用状况良好的：", "✅ 跨境电商企业", "✅ 海外仓运营企业", "✅ 跨境电商产业园运营主体"]),
    ("p", "📌 省级自贸试验区联动创新区内企业参照执行，资金由所在市承担"),
    ("h", "💰 支持标准"),
    ("p", "▶ 公共海外仓：在共建“一带一路”国家和地区新建或租赁、单仓面积≥5000平方米的，按实际投资额或首年租金的20%支持，最高300万元"),
    ("p", "▶ 省级公共海外仓：新认定的，再奖励50万元"),
    ("p", "▶ B2B出口阶梯奖励："),
    ("table", None),
    ("p", "▶ 跨境电商产业园：新认定的省级产业园，给予运营主体最高200万元"),
    ("p", "▶ “跨境电商+中欧班列”（合肥片区）：每标准箱补贴1500元"),
    ("p", "▶ “跨境电商+江海联运”（芜湖片区）：依托芜湖港新开至东盟国家航线，每条50万元"),
    ("p", "⚠️ 以上两项物流补贴，单个企业年度合计最高200万元"),
    ("p", "▶ 人才实训（蚌埠片区）：年培训≥300人次的实训基地，每人次500元，每个基地年度最高50万元"),
    ("h", "📅 怎么申报"),
    ("br", ["申报时间：每年3月、9月集中申报", "申报流程：企业申报 → 片区管委会初审 → 省商务厅、省财政厅复核 → 下达资金"]),
    ("p", "⛔ 同一项目已获其他省级财政资金支持的，不重复支持"),
    ("h", "⏰ 施行时间"),
    ("p", "2024年6月1日起施行，有效期至2026年12月31日"),
    ("h", "📞 咨询电话"),
    ("br", ["省商务厅自贸试验区建设处\u30000551-62999615", "合肥片区\u30000551-63536120\u3000芜湖片区\u30000553-5843271\u3000蚌埠片区\u30000552-3171018"]),
]

YT_HTML_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>一图读懂《中国（安徽）自由贸易试验区跨境电商和海外仓高质量发展支持办法》_政策解读_安徽省商务厅</title>
<meta name="SiteName" content="安徽省商务厅">
<meta name="SiteDomain" content="commerce.ah.gov.cn">
<meta name="SiteIDCode" content="3400000031">
<meta name="ColumnName" content="政策解读">
<meta name="ColumnType" content="政策解读">
<meta name="ArticleTitle" content="一图读懂《中国（安徽）自由贸易试验区跨境电商和海外仓高质量发展支持办法》">
<meta name="PubDate" content="2024-05-21 09:30">
<meta name="ContentSource" content="安徽省商务厅">
<meta name="Keywords" content="自贸试验区,跨境电商,海外仓,一图读懂">
<meta name="Description" content="一图读懂《中国（安徽）自由贸易试验区跨境电商和海外仓高质量发展支持办法》">
<link rel="stylesheet" href="/static/css/common.css">
<link rel="stylesheet" href="/static/css/article.css">
<script src="/static/js/jquery-1.12.4.min.js"></script>
<style>
.TRS_Editor p{margin:0 0 8px;line-height:1.9;font-size:16px}
.TRS_Editor table{border-collapse:collapse;margin:0 auto}
.TRS_Editor td,.TRS_Editor th{border:1px solid #999;padding:4px 12px}
</style>
</head>
<body>
<div class="top-bar"><div class="wrap"><span class="date">2024年5月21日 星期二</span><a href="/">无障碍</a> | <a href="/">长者模式</a> | <a href="/">English</a></div></div>
<div class="header"><div class="wrap">
  <a class="logo" href="/"><img src="/static/images/logo.png" alt="安徽省商务厅"></a>
  <div class="search"><form action="/site/search/3400000031" method="get"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div>
</div></div>
<div class="nav"><div class="wrap"><ul>
  <li><a href="/">首页</a></li>
  <li><a href="/jggk/">机构概况</a></li>
  <li><a href="/zwgk/">政务公开</a></li>
  <li><a href="/zcjd/">政策解读</a></li>
  <li><a href="/zmsyq/">自贸试验区</a></li>
  <li><a href="/hdjl/">互动交流</a></li>
  <li><a href="/bsfw/">办事服务</a></li>
</ul></div></div>
<div class="wrap main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zcjd/">政策解读</a></div>
<div class="article">
<h1 class="article-title">一图读懂《中国（安徽）自由贸易试验区跨境电商和海外仓高质量发展支持办法》</h1>
<div class="article-info">
  <span>发布时间：2024-05-21 09:30</span>
  <span>来源：安徽省商务厅</span>
  <span>浏览次数：<i id="hits">2367</i></span>
  <span class="fontsize">【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
  <span class="share">分享到：<a class="wx" href="javascript:;">微信</a> <a class="wb" href="javascript:;">微博</a></span>
</div>
<div class="article-content TRS_Editor" id="zoom">
<p style="text-align:center"><img src="/group1/M00/0A/3F/rBQCYWZL2kGAfQx2AAH0oQ.png" alt="" style="width:100%"></p>
"""

YT_HTML_TAIL = """</div>
<div class="article-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="related">
  <h3>相关链接：</h3>
  <ul>
    <li><a href="/zwgk/zcwj/202405/t20240514_7123456.html">《中国（安徽）自由贸易试验区跨境电商和海外仓高质量发展支持办法》（皖商规〔2024〕3号）</a></li>
    <li><a href="/zcjd/202405/t20240520_7125610.html">《中国（安徽）自由贸易试验区跨境电商和海外仓高质量发展支持办法》政策解读</a></li>
  </ul>
</div>
<div class="prev-next">
  <p>上一篇：<a href="/zcjd/202405/t20240516_7124102.html">《安徽省推动外贸稳规模优结构若干措施》政策解读</a></p>
  <p>下一篇：<a href="/zcjd/202405/t20240524_7126877.html">一图读懂｜2024年安徽省进口贴息申报指南</a></p>
</div>
</div>
</div>
<div class="footer"><div class="wrap">
  <p><a href="/">网站地图</a> | <a href="/">联系我们</a> | <a href="/">隐私声明</a></p>
  <p>主办单位：安徽省商务厅\u3000地址：安徽省合肥市包河区徽州大道1366号\u3000邮编：230051</p>
  <p>网站标识码：3400000031\u3000<a href="https://beian.miit.gov.cn/">皖ICP备05001542号</a>\u3000皖公网安备 34011102000123号</p>
  <p>技术支持：安徽省信息产业投资控股有限公司\u3000建议使用1366×768分辨率</p>
  <p><img src="/static/images/jiucuo.png" alt="政府网站找错"><img src="/static/images/dzjg.png" alt="党政机关"></p>
</div></div>
<script>function doZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}</script>
</body>
</html>
"""


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_yitu():
    out = [YT_HTML_HEAD]
    for kind, t in YT_BODY:
        if kind == "h":
            out.append('<p style="text-align:center"><strong><span style="color:#c00000;font-size:20px">%s</span></strong></p>\n' % esc(t))
        elif kind == "p":
            out.append('<p style="text-indent:2em">%s</p>\n' % esc(t))
        elif kind == "br":
            out.append('<p style="text-indent:2em">%s</p>\n' % "<br/>".join(esc(x) for x in t))
        elif kind == "table":
            rows = ['<tr><th>%s</th><th>%s</th></tr>' % tuple(YT_TABLE_HEADER)]
            rows += ['<tr><td>%s</td><td>%s</td></tr>' % tuple(r) for r in YT_TABLE]
            out.append('<table border="1" cellspacing="0" cellpadding="0">\n<tbody>\n%s\n</tbody>\n</table>\n' % "\n".join(rows))
    out.append(YT_HTML_TAIL)
    path = os.path.join(HERE, "blind154_yitu.html")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("".join(out))
    return path


def yitu_clauses():
    cl = []
    for kind, t in YT_BODY:
        if kind == "p":
            cl.append(t)
        elif kind == "br":
            if t[0].startswith("在合肥片区"):
                cl.append("".join([t[0]] + ["\n" + x for x in t[1:]]))
            else:
                cl.extend(t)
        elif kind == "table":
            cl.extend(row_clause(YT_TABLE_HEADER, r) for r in YT_TABLE)
    return cl


# ====================================================================== (c) 答记者问
DW_POLICY = "安徽省推动共建“一带一路”高质量发展三年行动方案（2024—2026年）"
DW_POLICY_NUM = "皖政办〔2024〕9号"
DW_TITLE = "省发展改革委负责同志就《安徽省推动共建“一带一路”高质量发展三年行动方案（2024—2026年）》答记者问"
DW_TITLE_PARTS = ["省发展改革委负责同志就《安徽省推动共建", "“一带一路”高质量发展三年行动方案", "（2024—2026年）》答记者问"]
DW_DATE_LINE = "（2024年6月12日）"
DW_INTRO = "近日，省政府办公厅印发《安徽省推动共建“一带一路”高质量发展三年行动方案（2024—2026年）》（皖政办〔2024〕9号，以下简称《行动方案》）。为便于社会各界更好地理解和落实《行动方案》，省发展改革委负责同志接受记者采访，回答了记者提问。"
# (question, [answer paragraphs]) ; first answer paragraph starts with 答：
DW_QA = [
    ("问：《行动方案》出台的背景是什么？", [
        "答：共建“一带一路”倡议提出以来，我省主动融入、积极作为，对外开放水平不断提升。2023年，全省对共建“一带一路”国家进出口3260.5亿元，同比增长9.8%，占全省进出口总额的40.3%；中欧班列（合肥）累计开行突破3000列，通达欧亚18个国家110多个城市。",
        "为推动共建“一带一路”高质量发展再上新台阶，省发展改革委会同省商务厅、省交通运输厅等18个部门研究起草了《行动方案》，经2024年5月28日省政府第31次常务会议审议通过后，由省政府办公厅印发实施。",
    ]),
    ("问：《行动方案》提出了哪些主要目标？", [
        "答：《行动方案》提出，到2026年，全省与共建“一带一路”国家货物贸易额突破4000亿元，年均增长8%以上；对共建国家直接投资累计达到60亿美元；中欧班列（合肥）年开行量稳定在1000列以上，其中回程班列占比不低于40%；在共建国家新建省级境外经贸合作区2个以上。",
    ]),
    ("问：《行动方案》部署了哪些重点任务？", [
        "答：《行动方案》围绕“四大行动”部署了16项重点任务。",
        "一是设施联通提升行动。加快建设合肥国际陆港和中欧班列（合肥）集结中心，支持芜湖港、马鞍山港扩能升级，推动江海联运航线向东盟国家延伸；联合上海、江苏、浙江推进长三角中欧班列协同发展。",
        "二是经贸合作拓展行动。支持企业在匈牙利、泰国、埃及等国建设境外经贸合作区和海外仓，每年组织企业参加共建国家重点展会50场次以上。",
        "三是产业链供应链协同行动。支持汽车、光伏、工程机械等优势产业企业在共建国家布局生产基地和营销网络，带动装备、技术、标准和服务“走出去”。",
        "四是自贸试验区开放引领行动。支持中国（安徽）自由贸易试验区开展首创性、差别化改革探索，每年形成面向共建“一带一路”国家的制度创新成果10项以上。",
    ]),
    ("问：在发挥自贸试验区引领作用方面，《行动方案》有哪些具体举措？", [
        "答：《行动方案》对三个片区分别提出了任务要求。",
        "支持合肥片区建设中欧班列跨境电商专列运营中心，开展数据跨境流动安全管理试点，到2026年跨境电商专列年开行量达到200列。",
        "支持芜湖片区依托芜湖港建设江海联运枢纽，开展汽车及零部件、二手车出口便利化改革，到2026年汽车出口量突破50万辆。",
        "支持蚌埠片区建设硅基新材料国际合作园，面向共建国家开展检验检测结果互认，到2026年引进外资项目20个以上。",
    ]),
    ("问：《行动方案》在要素保障方面有哪些安排？", [
        "答：资金方面，省级财政每年统筹安排“一带一路”相关专项资金不少于5亿元，设立规模50亿元的安徽省“一带一路”产业合作基金；金融方面，鼓励政策性金融机构对共建国家重点项目给予中长期信贷支持，扩大出口信用保险覆盖面，力争2026年短期险承保规模达到300亿美元。",
    ]),
    ("问：如何确保《行动方案》落地见效？", [
        "答：省推进“一带一路”建设工作领导小组办公室（设在省发展改革委）将建立任务台账，实行清单化管理。各市、各有关部门于每年12月底前报送年度进展情况，2025年下半年开展中期评估。",
        "《行动方案》自印发之日起施行，有效期至2026年12月31日。",
    ]),
]


def build_dawen():
    doc = Document()
    setup_page(doc, "page")
    for t in DW_TITLE_PARTS:
        para(doc, t, XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, DW_DATE_LINE, KT, SAN_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0)
    para(doc, "", indent=0)
    para(doc, DW_INTRO)
    for q, answers in DW_QA:
        para(doc, q, HT)  # the whole question in 黑体
        for i, a in enumerate(answers):
            if i == 0:
                runin(doc, "答：", a[2:], HT, True)
            else:
                para(doc, a)
    path = os.path.join(HERE, "blind154_dawen.docx")
    doc.save(path)
    return path


def dawen_clauses():
    cl = [DW_INTRO]
    for q, answers in DW_QA:
        cl.append(q)
        cl.extend(answers)
    return cl


# ====================================================================== expected.json
def expected():
    jd_clauses = JD_BG + [JD_BASIS_INTRO] + JD_BASIS + [JD_MAIN_INTRO] + [h + b for h, b in JD_MAIN] + [JD_SCOPE, JD_TIME]
    policy_ref = {
        "title": POLICY_TITLE,
        "doc_number": POLICY_NUM,
        "issuer": ["安徽省商务厅", "安徽省财政厅"],
        "date": "2024-05-14",
        "effective": "2024-06-01",
        "expires": "2026-12-31",
    }
    jiedu = {
        "meta": {
            "title": JD_TITLE,
            "doc_number": None,
            "issuer": ["安徽省商务厅"],
            "date": "2024-05-20",
            "published": "2024-05-20",
            "level": "provincial",
            "region": "安徽省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "解读",
            "recipients": [],
            "publicity": None,
            "interprets": policy_ref,
            "interpreting_organ": "安徽省商务厅",
            "contact": "0551-62999615",
            "source_line": JD_SOURCE,
        },
        "clauses": jd_clauses,
        "applies_to": {
            "default": "中国（安徽）自由贸易试验区（安徽省）",
            "specific": {
                "三、（一）": "合肥片区、芜湖片区、蚌埠片区",
                "三、（四）": "合肥片区（中欧班列（合肥））、芜湖片区（芜湖港）",
                "三、（五）": "蚌埠片区",
                "四、": "合肥片区、芜湖片区、蚌埠片区（+ 省级联动创新区，参照执行）",
            },
            "note": "一、 2nd paragraph names 合肥、芜湖、蚌埠3个片区 as where the drafters did research and 上海、浙江 as sources of experience: it does NOT apply to 上海/浙江 (placing it there is medium). 共建“一带一路”国家和地区 / 东盟国家 are destinations, not places of application. 安徽省 for the whole document is correct; 合肥市 (where the 商务厅 sits) is wrong.",
        },
        "_note": (
            "A 政策解读, not the policy: doc_type 解读 (政策解读); it has NO 文号 of its own — 皖商规〔2024〕3号 is the 文号 of the policy it interprets (a reference, must not become doc_number), and 国发〔2020〕10号 / 国办发〔2021〕24号 / 皖政办秘〔2023〕41号 / 皖财企〔2023〕512号 in 二、主要依据 are cited documents (taking any as doc_number is HIGH: the 解读 would be filed as another document). "
            "No 版头, no 主送, no 落款, no 版记. The title is typed as TWO centered paragraphs (《中国（安徽）自由贸易试验区跨境电商和 / 海外仓高质量发展支持办法》政策解读) and must be joined; the title is the 解读's (ending 政策解读), not the bare policy name (title = policy name without 政策解读 is high: the 解读 would be confused with the policy). "
            "The line 发布时间：2024-05-20　来源：安徽省商务厅 is furniture → date/published 2024-05-20 and issuer 安徽省商务厅 (not a clause). 2024-05-14 is the policy's 印发 date, 2024-06-01 / 2026-12-31 are the policy's 施行/有效期 — none of them is the 解读's date; the 解读 itself has no effective/expires (copying the policy's 2024-06-01/2026-12-31 into effective/expires is low, if the reader has nowhere else to put them; date = 2024-05-14 or 2024-06-01 is high). "
            "issuer is 安徽省商务厅 only (the policy was issued jointly with 省财政厅; adding 省财政厅 as issuer of the 解读 is medium). "
            "Headings 一、起草背景 / 二、主要依据 / 三、主要内容 / 四、适用范围 / 五、施行时间 carry no text of their own (tolerable as heading clauses). （一）…（六） are run-in 楷体 headings: heading + text = ONE clause. The paragraphs of 三 begin “《办法》第五条明确……”: they are the 解读's paragraphs ABOUT the policy's articles — labelling them 第五条 / 第二条 etc. as if they were this document's articles is medium (an analyst citing ‘第五条’ would cite the 解读). "
            "二、主要依据: intro + three numbered items 1. 2. 3. (separate clauses; merged is low). "
            "The last line 解读机关：安徽省商务厅　　联系电话：0551-62999615 is the 解读's signature/contact → meta (interpreting_organ, contact); as a clause tolerable (low), glued to 五、 施行时间 paragraph is medium. Footer page numbers “- N -” are furniture."
        ),
        "_pdf": {
            "note": "same expected metadata and clauses as the .docx; text layer is complete (no pictures). PDF furniture: footer “- 1 -”, “- 2 -” centered. The title's two lines and the 发布时间/来源 line must not become clauses; the 五、 paragraph and the 解读机关 line must stay apart.",
        },
    }

    yitu = {
        "meta": {
            "title": YT_TITLE,
            "doc_number": None,
            "issuer": ["安徽省商务厅"],
            "date": "2024-05-21",
            "published": "2024-05-21",
            "level": "provincial",
            "region": "安徽省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "图解",
            "recipients": [],
            "publicity": None,
            "interprets": policy_ref,
            "related_links": [
                "《中国（安徽）自由贸易试验区跨境电商和海外仓高质量发展支持办法》（皖商规〔2024〕3号）",
                "《中国（安徽）自由贸易试验区跨境电商和海外仓高质量发展支持办法》政策解读",
            ],
        },
        "clauses": yitu_clauses(),
        "applies_to": {
            "default": "中国（安徽）自由贸易试验区（安徽省）",
            "specific": {
                "支持对象 (在合肥片区、芜湖片区、蚌埠片区注册…)": "合肥片区、芜湖片区、蚌埠片区",
                "▶ “跨境电商+中欧班列”（合肥片区）": "合肥片区",
                "▶ “跨境电商+江海联运”（芜湖片区）": "芜湖片区（芜湖港）",
                "▶ 人才实训（蚌埠片区）": "蚌埠片区",
                "📞 咨询电话 second line": "合肥片区、芜湖片区、蚌埠片区 (contact numbers; tolerable either way)",
            },
            "note": "The footer address 安徽省合肥市包河区徽州大道1366号 is the office's address, not a place of application: region 合肥市 or 包河区 is high-ish (medium). 东盟国家 / 共建“一带一路”国家和地区 are destinations.",
        },
        "_note": (
            "An HTML page (TRS-style government site). doc_type 图解 (一图读懂), not the policy. Furniture, not clauses: <title> (carries the suffix _政策解读_安徽省商务厅 — title must be the <h1>/ArticleTitle without it), the top bar (date 2024年5月21日 星期二, 无障碍/长者模式/English), logo, search box (请输入关键字 搜索), nav (首页 机构概况 政务公开 政策解读 自贸试验区 互动交流 办事服务), breadcrumb 当前位置：首页 > 政策解读, the info line (发布时间：2024-05-21 09:30 → date; 来源：安徽省商务厅 → issuer; 浏览次数：2367; 【字体：大 中 小】; 分享到：微信 微博), the banner <img> (no alt text), 【打印本页】【关闭窗口】, 相关链接 (→ meta related_links / interprets; the policy's 文号 皖商规〔2024〕3号 is there only: NOT this page's doc_number), 上一篇/下一篇 (titles of OTHER 解读 — as clauses or as title is high), the footer (网站地图…, 主办单位, address, 网站标识码, 皖ICP备, 皖公网安备, 技术支持, 1366×768). "
            "The <meta> tags (ArticleTitle, PubDate 2024-05-21 09:30, ContentSource 安徽省商务厅, ColumnName 政策解读) agree with the visible page. "
            "Section lines 🔹 为什么出台 / 🔹 支持对象 / 💰 支持标准 / 📅 怎么申报 / ⏰ 施行时间 / 📞 咨询电话 are headings (centered, bold, red) with no text of their own (tolerable as heading clauses; glued to the following line is low). "
            "Emoji and ▶/✅/📌/⚠️/⛔ markers are decoration: kept or stripped, both fine (taste). "
            "The 支持对象 <p> holds four lines joined by <br/> (intro + 3 ✅ items): one clause expected; three/four clauses tolerable; but the intro and items must not be glued without a separator into one run-on string (low). "
            "The 怎么申报 <p> holds TWO distinct items joined by <br/> (申报时间… / 申报流程…): expected two clauses (one clause is low). The 咨询电话 <p> likewise holds two lines (省商务厅 / 三片区 numbers): two clauses expected; as furniture tolerable. "
            "The <table> (年度跨境电商B2B出口额首次突破 | 奖励金额) has 3 data rows → 3 clauses `列名：值；列名：值`; the header row is not a clause. "
            "date 2024-05-21 (not 2024-05-20 of the 文字解读, not 2024-06-01 施行). effective/expires belong to the policy (copying them is low). "
            "region 安徽省 (the footer address 合肥市包河区 must not make it municipal/合肥)."
        ),
        "_pdf": None,
    }

    dawen = {
        "meta": {
            "title": DW_TITLE,
            "doc_number": None,
            "issuer": ["安徽省发展和改革委员会"],
            "date": "2024-06-12",
            "published": "2024-06-12",
            "level": "provincial",
            "region": "安徽省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "答记者问",
            "recipients": [],
            "publicity": None,
            "interprets": {
                "title": DW_POLICY,
                "doc_number": DW_POLICY_NUM,
                "issuer": ["安徽省人民政府办公厅"],
                "date": None,
                "effective": "自印发之日起施行",
                "expires": "2026-12-31",
            },
            "speaker": "省发展改革委负责同志",
        },
        "clauses": dawen_clauses(),
        "applies_to": {
            "default": "安徽省",
            "specific": {
                "问4 答 paragraph 2 (支持合肥片区…)": "合肥片区",
                "问4 答 paragraph 3 (支持芜湖片区…)": "芜湖片区（芜湖港）",
                "问4 答 paragraph 4 (支持蚌埠片区…)": "蚌埠片区",
                "问3 一是": "合肥（合肥国际陆港）、芜湖港、马鞍山港 — within 安徽省; 安徽省 alone is fine",
                "问3 四是": "中国（安徽）自由贸易试验区",
            },
            "note": "问3 一是 names 上海、江苏、浙江 (partners in 长三角) — the clause does not apply there (placing it in 上海/江苏/浙江 is medium). 问3 二是 names 匈牙利、泰国、埃及 (where enterprises build zones) and 中欧班列 通达欧亚18个国家 — destinations, not places of application (a foreign place is medium). 问4 答 intro “对三个片区分别提出了任务要求” is 自贸试验区-wide.",
        },
        "_note": (
            "A 答记者问, not the policy: doc_type 答记者问 (or 解读 with 答记者问 form; 通知/方案 is high). No 文号 of its own: 皖政办〔2024〕9号 is the interpreted policy's (→ interprets.doc_number; as doc_number is HIGH). "
            "Issuer is named only as “省发展改革委负责同志” (title and intro): issuer = 安徽省发展和改革委员会 (the province comes from the policy's title 安徽省…); “省发展改革委” without 安徽 is medium (which province?); 省政府办公厅 (the policy's issuer) as issuer is high. "
            "The title is typed as THREE centered paragraphs (省发展改革委负责同志就《安徽省推动共建 / “一带一路”高质量发展三年行动方案 / （2024—2026年）》答记者问) → one title. The date is only in the centered line （2024年6月12日） under the title (furniture → date 2024-06-12, not a clause). 2024-05-28 (省政府常务会议) is a meeting date, not the date. "
            "effective/expires: “自印发之日起施行，有效期至2026年12月31日” is said of the POLICY in the last answer — the 答记者问 has none of its own (expires 2026-12-31 on this document is low). "
            "Clauses: the intro paragraph; each 问：… (a whole 黑体 paragraph) and each answer paragraph. The first answer paragraph starts with a run-in bold 答： (keep with its text). Answers 1, 3, 4 and 6 run over several paragraphs (一是…四是…, 支持合肥片区/芜湖片区/蚌埠片区…, 《行动方案》自印发之日起施行…): each paragraph one clause; a question merged with its own first answer paragraph is taste (low at most); an answer paragraph merged into the NEXT question, or a question lost, is medium; a question taken as a heading/path for its answers is fine. "
            "No 落款, no 版记. Footer “第 N 页” is furniture."
        ),
        "_pdf": {
            "note": "same expected metadata and clauses as the .docx; PDF footer “第 1 页” … centered is furniture; bold 问：/答： lose their formatting only in style (text remains).",
        },
    }
    return {"blind154_jiedu": [jiedu], "blind154_yitu": [yitu], "blind154_dawen": [dawen]}


def main():
    a = build_jiedu()
    b = build_yitu()
    c = build_dawen()
    for f in (a, c):
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", a, b, c)


if __name__ == "__main__":
    main()
