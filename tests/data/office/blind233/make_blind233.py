# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 233 (blind): four government web pages saved from the browser, plus one
attachment .docx saved in a _files folder, and expected.json.

Run:  . /work/venv/bin/activate && python make_blind233.py
Everything is written next to this script.  All documents, numbers, names and
phone numbers are fictional.
"""
import html
import json
import os
import shutil
import struct
import zlib

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
E = html.escape
EXPECTED = {}


# ---------------------------------------------------------------- helpers
class Body:
    """Collects the HTML of a page body and, in parallel, the clause texts."""

    def __init__(self):
        self.html = []
        self.clauses = []

    def raw(self, s):
        self.html.append(s)

    def heading(self, text, cls="bt1"):
        self.html.append(f'<p class="{cls}" style="text-indent:2em;"><strong>{E(text)}</strong></p>')

    def para(self, text, clause=True, indent=True, style=""):
        """text may be a list: the parts are joined by <br> (soft line break)."""
        parts = text if isinstance(text, list) else [text]
        st = ("text-indent:2em;" if indent else "") + style
        self.html.append(f'<p style="{st}">' + "<br>".join(E(x) for x in parts) + "</p>")
        if clause:
            self.clauses.append("".join(parts))

    def runin(self, head, rest, clause=True):
        """Run-in heading: bold lead words in the same paragraph as the text."""
        parts = rest if isinstance(rest, list) else [rest]
        self.html.append(
            f'<p style="text-indent:2em;"><strong>{E(head)}</strong>' + "<br>".join(E(x) for x in parts) + "</p>"
        )
        if clause:
            self.clauses.append(head + "".join(parts))

    def text(self):
        return "\n".join(self.html)


def tiny_png(w=4, h=4, rgb=(200, 30, 30)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def write(path, data, enc="utf-8"):
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    if isinstance(data, str):
        data = data.encode(enc)
    with open(full, "wb") as f:
        f.write(data)


def fresh_dir(name):
    p = os.path.join(HERE, name)
    if os.path.isdir(p):
        shutil.rmtree(p)
    os.makedirs(p)
    return p


# ---------------------------------------------------------------- docx helpers
def set_font(run, east="仿宋_GB2312", size=16, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:ascii"), ascii_font)
    rf.set(qn("w:hAnsi"), ascii_font)
    if color:
        run.font.color.rgb = RGBColor(*color)


def fmt_par(p, first_indent=True, align=None, line=28.9, before=0, after=0):
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first_indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align


def add_page_number(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def cell_text(cell, text, east="仿宋_GB2312", size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    r = p.add_run(text)
    set_font(r, east, size, bold)


def set_table_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "6")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tblPr.append(borders)


# ======================================================================
# (1) 广东省商务厅 政策文件 page, saved as "网页，全部" with a _files folder
# ======================================================================
GD_STEM = "blind233_guangdong_tongzhi"
GD_FILES = GD_STEM + "_files"
GD_ATT_NAME = "P020250613596738145720.docx"
GD_TITLE = ("广东省商务厅 广东省财政厅关于做好2025年度中国（广东）自由贸易试验区"
            "“一带一路”市场开拓项目申报工作的通知")
GD_ATT1 = "2025年度中国（广东）自由贸易试验区“一带一路”市场开拓项目申报指南"
GD_ATT2 = "2025年度项目申报汇总表"


def make_guangdong():
    fresh_dir(GD_FILES)
    b = Body()
    b.para("各地级以上市商务主管部门、财政局，横琴粤澳深度合作区经济发展局、财务局，"
           "中国（广东）自由贸易试验区广州南沙新区片区、深圳前海蛇口片区、珠海横琴新区片区管委会（办公室）：",
           clause=False, indent=False)
    b.para("为深入贯彻党中央、国务院关于高质量共建“一带一路”的决策部署，落实省委、省政府实施自由贸易试验区"
           "提升战略有关要求，支持企业依托自贸试验区平台开拓共建“一带一路”国家和地区市场，根据《广东省外经贸"
           "发展专项资金管理实施细则》（粤商务规字〔2024〕7号），现就做好2025年度项目申报工作通知如下：")
    b.heading("一、支持方向")
    b.runin("（一）境外市场开拓。", "支持企业赴共建“一带一路”国家和地区参加境外展会、开展境外商标注册和国际认证、"
            "设立境外营销网络。对符合条件的项目，按实际发生费用的50%予以支持，单个企业支持金额最高不超过200万元。")
    b.runin("（二）跨境电商海外仓建设。", "支持企业在共建“一带一路”国家和地区新建或租用海外仓，对仓储面积达到2000"
            "平方米以上、年度服务本省企业不少于30家的海外仓项目，按项目实际投入的30%予以支持，单个项目最高不超过300万元。")
    b.runin("（三）自贸试验区制度创新成果转化。", "支持在中国（广东）自由贸易试验区广州南沙新区片区、深圳前海蛇口片区、"
            "珠海横琴新区片区内注册的企业，率先应用自贸试验区制度创新成果开展面向共建“一带一路”国家和地区的贸易投资业务，"
            "对首单业务按实际发生费用的40%予以支持，单个企业最高不超过100万元。")
    b.runin("（四）国际物流通道建设。", "支持企业通过中欧班列、西部陆海新通道组织本省货源出口，对年度组织集装箱发运量"
            "达到200标箱以上的企业，按每标箱500元给予支持，单个企业最高不超过150万元。经霍尔果斯、满洲里、二连浩特、"
            "凭祥等口岸出境的班列均可纳入统计。")
    b.heading("二、申报条件")
    b.runin("（一）", "申报单位应为在广东省内依法注册、具有独立法人资格的企业，2024年度进出口额不低于500万美元。")
    b.runin("（二）", "申报单位近三年内未被列入严重失信主体名单，无重大违法违规行为。")
    b.runin("（三）", "申报项目应于2024年1月1日至2024年12月31日期间实施完成，并已取得相关费用支付凭证。")
    b.runin("（四）", "同一项目已获得中央或省级其他财政资金支持的，不得重复申报。")
    b.heading("三、申报程序")
    b.runin("（一）企业申报。", "申报企业登录“广东省商务资金项目管理系统”填报项目信息、上传申报材料，"
            "并将纸质材料一式两份报送注册地商务主管部门。申报材料要求详见附件1。")
    b.runin("（二）地市审核。", "各地级以上市商务主管部门会同同级财政部门对申报材料进行审核，于2025年7月15日前"
            "将审核意见和项目汇总表（附件2）正式行文报送省商务厅，抄送省财政厅。")
    b.runin("（三）", "横琴粤澳深度合作区内企业申报材料由合作区经济发展局会同财务局审核后，直接报送省商务厅，"
            "不再经珠海市商务局转报。")
    b.runin("（四）专家评审。", "省商务厅委托第三方机构组织专家评审，提出项目支持建议，评审结果在省商务厅门户网站公示"
            "5个工作日。公示无异议的，由省财政厅按程序下达资金。")
    b.heading("四、有关要求")
    b.runin("（一）", "各地要切实履行审核主体责任，对申报项目的真实性、合规性进行严格把关，不得将不符合条件的项目上报。")
    b.runin("（二）", "申报企业对申报材料的真实性负责。对弄虚作假、骗取财政资金的，依法依规严肃处理，"
            "并取消其三年内申报省级专项资金资格。")
    b.runin("（三）联系方式。", ["省商务厅对外贸易处：陈工，020-38819265；", "省财政厅经济建设处：李工，020-83170437。"])
    att1_href = f"./{GD_FILES}/{GD_ATT_NAME}"
    att2_href = "https://com.gd.gov.cn/attachment/0/571/571902/4712386.xlsx"
    b.raw('<p style="text-indent:2em;">&nbsp;</p>')
    b.raw(f'<p style="text-indent:2em;">附件：<a href="{att1_href}" target="_blank" '
          f'appendix="true" oldsrc="/attachment/0/571/571901/4712386.docx">1.{E(GD_ATT1)}</a></p>')
    b.raw(f'<p style="padding-left:5em;"><a href="{att2_href}" target="_blank" appendix="true">2.{E(GD_ATT2)}</a></p>')
    b.raw('<p style="text-indent:2em;">&nbsp;</p>')
    b.raw('<p style="text-align:right;padding-right:2em;">广东省商务厅　　　　广东省财政厅</p>')
    b.raw('<p style="text-align:right;padding-right:3em;">2025年6月10日</p>')
    b.raw('<p style="text-indent:2em;">（此件主动公开）</p>')

    page = f"""<!DOCTYPE html>
<!-- saved from url=(0059)https://com.gd.gov.cn/zwgk/zcwj/content/post_4712386.html -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{E(GD_TITLE)}_政策文件_广东省商务厅</title>
<meta name="SiteName" content="广东省商务厅">
<meta name="SiteDomain" content="com.gd.gov.cn">
<meta name="SiteIDCode" content="4400000075">
<meta name="ColumnName" content="政策文件">
<meta name="ColumnType" content="政务公开">
<meta name="ArticleTitle" content="{E(GD_TITLE)}">
<meta name="PubDate" content="2025-06-13 17:05">
<meta name="ContentSource" content="广东省商务厅">
<meta name="Keywords" content="一带一路,自贸试验区,市场开拓,专项资金">
<meta name="Description" content="广东省商务厅 广东省财政厅关于做好2025年度项目申报工作的通知">
<link rel="stylesheet" type="text/css" href="./{GD_FILES}/common.css">
<link rel="stylesheet" type="text/css" href="./{GD_FILES}/article.css">
<script type="text/javascript" src="./{GD_FILES}/jquery-3.6.0.min.js"></script>
<script type="text/javascript" src="./{GD_FILES}/gdwz_common.js"></script>
<script>var _hmt = _hmt || [];var siteId="4400000075";var catalogName="政策文件";</script>
</head>
<body>
<div class="topbar"><div class="w1200">
  <span class="welcome">欢迎访问广东省商务厅网站！今天是<span id="today"></span></span>
  <span class="right"><a href="https://com.gd.gov.cn/wza/">无障碍</a> | <a href="javascript:void(0)">长者模式</a> | <a href="javascript:void(0)" id="StranLink">繁體</a> | <a href="https://www.gdzwfw.gov.cn/">广东政务服务网</a></span>
</div></div>
<div class="header"><div class="w1200">
  <a href="https://com.gd.gov.cn/" class="logo"><img src="./{GD_FILES}/logo.png" alt="广东省商务厅 Department of Commerce of Guangdong Province"></a>
  <div class="search"><form action="https://search.gd.gov.cn/search/local/" target="_blank"><input type="text" name="keywords" placeholder="请输入关键词"><button type="submit">搜索</button></form></div>
</div></div>
<div class="nav"><ul class="w1200">
  <li><a href="https://com.gd.gov.cn/">首页</a></li>
  <li><a href="https://com.gd.gov.cn/zwgk/">政务公开</a></li>
  <li><a href="https://com.gd.gov.cn/zwfw/">政务服务</a></li>
  <li><a href="https://com.gd.gov.cn/hdjl/">互动交流</a></li>
  <li><a href="https://com.gd.gov.cn/swdt/">商务动态</a></li>
  <li><a href="https://com.gd.gov.cn/ztzl/">专题专栏</a></li>
</ul></div>
<div class="main w1200">
  <div class="position">当前位置：<a href="https://com.gd.gov.cn/">首页</a> &gt; <a href="https://com.gd.gov.cn/zwgk/">政务公开</a> &gt; <a href="https://com.gd.gov.cn/zwgk/zcwj/">政策文件</a></div>
  <div class="classify">
    <table class="xxgk-table" cellspacing="0" cellpadding="0">
      <tbody>
      <tr><td class="td-lab">索引号：</td><td class="td-value">006939756/2025-00231</td><td class="td-lab">分类：</td><td class="td-value">政策文件</td></tr>
      <tr><td class="td-lab">发布机构：</td><td class="td-value">广东省商务厅</td><td class="td-lab">成文日期：</td><td class="td-value">2025-06-10</td></tr>
      <tr><td class="td-lab">名称：</td><td class="td-value" colspan="3">{E(GD_TITLE)}</td></tr>
      <tr><td class="td-lab">文号：</td><td class="td-value">粤商务贸字〔2025〕19号</td><td class="td-lab">发布日期：</td><td class="td-value">2025-06-13</td></tr>
      <tr><td class="td-lab">主题分类：</td><td class="td-value" colspan="3">商贸、海关、旅游\\对外经贸合作</td></tr>
      </tbody>
    </table>
  </div>
  <div class="article">
    <h3 class="zw-title">广东省商务厅 广东省财政厅关于做好2025年度中国（广东）<br>自由贸易试验区“一带一路”市场开拓项目<br>申报工作的通知</h3>
    <div class="zw-info">
      <span class="source">来源：广东省商务厅</span>
      <span class="time">发布时间：2025-06-13 17:05:32</span>
      <span class="font">【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
    </div>
    <div class="zw" id="zoomcon">
{b.text()}
    </div>
    <div class="zw-share">分享到：<a class="wx" href="javascript:void(0)">微信</a><a class="wb" href="javascript:void(0)">微博</a><a class="qq" href="javascript:void(0)">QQ空间</a></div>
    <div class="zw-print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
  </div>
  <div class="related">
    <div class="hd">相关链接</div>
    <ul>
      <li><a href="https://com.gd.gov.cn/zwgk/zcjd/content/post_4712401.html">图解：2025年度自贸试验区“一带一路”市场开拓项目申报要点</a><span>2025-06-14</span></li>
      <li><a href="https://com.gd.gov.cn/zwgk/tzgg/content/post_4699012.html">广东省商务厅关于公布2024年度外经贸发展专项资金项目评审结果的通知</a><span>2025-03-28</span></li>
    </ul>
  </div>
</div>
<div class="footer"><div class="w1200">
  <p><a href="https://com.gd.gov.cn/wzdt/">网站地图</a> | <a href="https://com.gd.gov.cn/lxwm/">联系我们</a> | <a href="https://com.gd.gov.cn/sm/">网站声明</a></p>
  <p>主办单位：广东省商务厅　地址：广州市越秀区天河路351号　邮编：510620</p>
  <p>网站标识码：4400000075　<a href="https://beian.miit.gov.cn/">粤ICP备05070829号</a>　粤公网安备 44010402001873号</p>
  <p><img src="./{GD_FILES}/dzjg.png" alt="党政机关"> <img src="./{GD_FILES}/jiucuo.png" alt="政府网站找错"></p>
</div></div>
<script type="text/javascript">
  $(function(){{ var d=new Date(); $("#today").text(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日"); }});
  function doZoom(size){{ document.getElementById("zoomcon").style.fontSize=size+"px"; }}
</script>
<script type="text/javascript" src="./{GD_FILES}/stat.js"></script>
</body></html>
"""
    write(GD_STEM + ".html", page)
    write(f"{GD_FILES}/common.css", "body{margin:0;font-family:'Microsoft YaHei';}.w1200{width:1200px;margin:0 auto;}"
          ".nav{background:#c4151c}.nav li{display:inline-block;padding:0 30px;color:#fff}"
          ".xxgk-table{width:100%;border:1px solid #ddd}.footer{background:#eee;text-align:center}")
    write(f"{GD_FILES}/article.css", ".zw-title{font-size:26px;text-align:center;color:#c4151c;line-height:40px}"
          ".zw p{font-size:16px;line-height:2;margin:0}.zw-info{text-align:center;color:#999}")
    write(f"{GD_FILES}/jquery-3.6.0.min.js", "/*! jQuery v3.6.0 | (c) OpenJS Foundation (stub saved by browser) */\n"
          "!function(e,t){window.$=window.jQuery=function(f){if(typeof f==='function'){document.addEventListener('DOMContentLoaded',f);}return {text:function(){}};};}();\n")
    write(f"{GD_FILES}/gdwz_common.js", "var gdwz={ver:'2.3.1'};function StranBody(){}\n")
    write(f"{GD_FILES}/stat.js", "(function(){var s=document.createElement('img');s.src='https://stat.gd.gov.cn/s.gif?id=4400000075';})();\n")
    write(f"{GD_FILES}/logo.png", tiny_png(rgb=(196, 21, 28)))
    write(f"{GD_FILES}/dzjg.png", tiny_png(rgb=(200, 0, 0)))
    write(f"{GD_FILES}/jiucuo.png", tiny_png(rgb=(0, 80, 160)))
    att_clauses = make_gd_attachment(os.path.join(HERE, GD_FILES, GD_ATT_NAME))

    EXPECTED[GD_STEM] = [{
        "meta": {
            "title": GD_TITLE,
            "doc_number": "粤商务贸字〔2025〕19号",
            "issuer": ["广东省商务厅", "广东省财政厅"],
            "date": "2025-06-10",
            "published": "2025-06-13",
            "level": "provincial",
            "region": "广东省",
            "effective": None,
            "expires": None,
            "attachments": [GD_ATT1, GD_ATT2],
            "doc_type": "通知",
            "recipients": ["各地级以上市商务主管部门、财政局", "横琴粤澳深度合作区经济发展局、财务局",
                           "中国（广东）自由贸易试验区广州南沙新区片区、深圳前海蛇口片区、珠海横琴新区片区管委会（办公室）"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": b.clauses,
        "applies_to": {"specific": {
            "（三）自贸试验区制度创新成果转化。支持在中国（广东）自由贸易试验区": [
                "中国（广东）自由贸易试验区广州南沙新区片区", "深圳前海蛇口片区", "珠海横琴新区片区"],
            "（三）横琴粤澳深度合作区内企业申报材料": ["横琴粤澳深度合作区"],
        }},
    }]
    EXPECTED[os.path.splitext(GD_ATT_NAME)[0]] = [{
        "meta": {
            "title": GD_ATT1,
            "doc_number": None,
            "issuer": [],
            "date": None,
            "published": None,
            "level": "provincial",
            "region": "广东省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "申报指南（通知附件1）",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": att_clauses,
        "applies_to": {"specific": {}},
    }]


def make_gd_attachment(path):
    """附件1 申报指南 as an ordinary office Word file (saved into the _files folder)."""
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(28)
    add_page_number(sec)
    clauses = []

    p = doc.add_paragraph()
    fmt_par(p, first_indent=False)
    set_font(p.add_run("附件1"), "黑体", 16)
    p = doc.add_paragraph()
    fmt_par(p, first_indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=35, before=12, after=12)
    r = p.add_run("2025年度中国（广东）自由贸易试验区")
    set_font(r, "方正小标宋简体", 22)
    r.add_break()  # title broken over two lines with a soft break
    r = p.add_run("“一带一路”市场开拓项目申报指南")
    set_font(r, "方正小标宋简体", 22)

    def body(text, head=None, east_head="楷体_GB2312", clause=True):
        p = doc.add_paragraph()
        fmt_par(p)
        if head:
            set_font(p.add_run(head), east_head, 16)
        set_font(p.add_run(text), "仿宋_GB2312", 16)
        if clause:
            clauses.append((head or "") + text)

    def h1(text):
        p = doc.add_paragraph()
        fmt_par(p)
        set_font(p.add_run(text), "黑体", 16)

    h1("一、支持标准")
    rows = [
        ("境外市场开拓", "参加境外展会", "实际发生费用的50%", "每家企业200万元"),
        ("境外市场开拓", "境外商标注册和国际认证", "实际发生费用的50%", "每家企业200万元"),
        ("境外市场开拓", "设立境外营销网络", "实际发生费用的50%", "每家企业200万元"),
        ("跨境电商海外仓建设", "新建或租用海外仓", "项目实际投入的30%", "每个项目300万元"),
        ("自贸试验区制度创新成果转化", "首单贸易投资业务", "实际发生费用的40%", "每家企业100万元"),
        ("国际物流通道建设", "中欧班列、西部陆海新通道货源组织", "每标箱500元", "每家企业150万元"),
    ]
    hdr = ("支持方向", "支持内容", "支持标准", "支持上限")
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(t)
    for j, h in enumerate(hdr):
        cell_text(t.cell(0, j), h, "黑体", 12)
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v)
    # merged cells: 支持方向 / 支持标准 / 支持上限 over the three 境外市场开拓 rows
    for j in (0, 2, 3):
        m = t.cell(1, j).merge(t.cell(3, j))
        cell_text(m, rows[0][j])
    for row in rows:
        clauses.append("；".join(f"{h}：{v}" for h, v in zip(hdr, row)))
    p = doc.add_paragraph()
    fmt_par(p, first_indent=False)

    h1("二、申报材料")
    body("《项目申报表》，须由法定代表人签字并加盖企业公章。", "（一）")
    body("企业营业执照复印件。", "（二）")
    body("项目合同、费用支付凭证及发票复印件；涉及外币支付的，须提供银行付汇凭证。", "（三）")
    body("申报海外仓项目的，须提供海外仓租赁合同或产权证明、仓储面积证明及服务本省企业清单。", "（四）")
    body("申报制度创新成果转化项目的，须提供所在片区管委会出具的首单业务确认意见。", "（五）")
    # page break before the last part (realistic: the writer forced a new page)
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    h1("三、费用认定口径")
    body("境外展会费用包括展位费、展品运输费和特装费，不含人员差旅费。", "1.", east_head="仿宋_GB2312")
    body("外币费用按支付当日中国人民银行公布的人民币汇率中间价折算。", "2.", east_head="仿宋_GB2312")
    body("同一费用凭证不得在不同支持方向中重复使用。", "3.", east_head="仿宋_GB2312")
    doc.save(path)
    return clauses


# ======================================================================
# (2) 厦门市人民政府 规范性文件 page, "网页，仅HTML", GBK
# ======================================================================
XM_STEM = "blind233_xiamen_guifan"
XM_TITLE = "厦门市人民政府办公厅关于印发厦门市进一步支持跨境电子商务高质量发展若干措施的通知"
XM_REPEAL = "《厦门市人民政府办公厅关于印发厦门市促进跨境电子商务发展若干措施的通知》（厦府办规〔2022〕6号）"


def make_xiamen():
    b = Body()
    b.para("各区人民政府，市直各委、办、局，各开发区管委会，有关单位：", clause=False, indent=False)
    b.para("《厦门市进一步支持跨境电子商务高质量发展若干措施》已经市政府研究同意，现印发给你们，请认真组织实施。")
    b.raw('<p style="text-align:right;padding-right:2em;">厦门市人民政府办公厅</p>')
    b.raw('<p style="text-align:right;padding-right:3em;">2025年7月18日</p>')
    b.raw('<p style="text-indent:2em;">（此件主动公开）</p>')
    b.raw('<p>&nbsp;</p>')
    b.raw('<p style="text-align:center;"><strong><span style="font-size:20px;font-family:方正小标宋简体;">'
          '厦门市进一步支持跨境电子商务高质量发展若干措施</span></strong></p>')
    b.para("为贯彻落实国家关于加快发展外贸新业态新模式的部署，发挥中国（厦门）跨境电子商务综合试验区和中国（福建）"
           "自由贸易试验区厦门片区叠加优势，深度融入共建“一带一路”，推动我市跨境电商高质量发展，制定以下措施。")
    b.heading("一、培育壮大经营主体")
    b.runin("（一）支持企业做大规模。", "对年度跨境电商进出口额首次突破1亿元、5亿元、10亿元的企业，分别给予20万元、"
            "50万元、100万元一次性奖励。企业跨档晋级的，按最高档次补足差额。")
    b.runin("（二）引进龙头企业。", "对新引进的跨境电商平台企业、全国性头部卖家在我市设立区域总部或结算中心，且落户"
            "当年跨境电商进出口额达到3亿元以上的，给予200万元落户奖励。")
    b.runin("（三）支持自贸片区先行先试。", "对注册在中国（福建）自由贸易试验区厦门片区内的跨境电商企业开展“跨境电商+"
            "市场采购”等融合试点业务的，按业务实际发生物流费用的20%给予补助，每家企业每年最高50万元。")
    b.heading("二、完善跨境电商基础设施")
    b.runin("（四）支持海外仓建设。", "对企业在共建“一带一路”国家和地区自建或租赁、面积达5000平方米以上的海外仓，"
            "经认定为市级公共海外仓的，按年度仓储租金或建设投入的30%给予补助，最高200万元。")
    b.runin("（五）提升综保区功能。", "支持厦门海沧综合保税区、厦门象屿综合保税区开展跨境电商保税备货、退货中心仓和"
            "“保税+直播”业务，对区内企业新建跨境电商分拨中心的，按设备投入的30%给予补助，最高100万元。")
    b.runin("（六）发展跨境物流。", "鼓励航空公司、物流企业开通至共建“一带一路”国家和地区的跨境电商全货机航线和"
            "海运快线。对经厦门高崎国际机场出境的跨境电商全货机航线，按每班次3万元给予补助，每条航线每年最高300万元。")
    b.runin("（七）建设产业园区。", "对经市商务局认定的市级跨境电商产业园，给予运营主体最高100万元一次性奖励。")
    b.runin("（八）支持岛外区域发展。", "对在同安区、翔安区新设立的跨境电商产业园，除享受第（七）条支持外，由所在区按"
            "园区年度运营费用的20%另行给予补助，最高50万元，所需资金由区级财政承担。")
    b.heading("三、强化要素保障")
    b.runin("（九）加大金融支持。", "鼓励银行机构开发“跨境电商贷”等信用产品，对企业获得的跨境电商流动资金贷款，"
            "按实际支付利息的50%给予贴息，单个企业每年最高30万元。")
    b.runin("（十）加强人才培育。", ["对在我市高校开设跨境电商相关专业、或与企业共建实训基地且年培训人数达到300人次以上的，",
            "给予一次性补助20万元。"])
    b.runin("（十一）优化通关服务。", "推行跨境电商出口“一次申报、一次查验、一次放行”，商务、海关、税务等部门建立"
            "跨境电商企业服务专员制度，协调解决企业通关、退税、结汇中的问题。")
    b.heading("四、附则")
    b.runin("（十二）", "本措施与我市其他同类政策有重叠的，按照“从优、就高、不重复”原则执行。除另有规定外，所需资金由"
            "市、区两级财政按现行财政体制分担。")
    b.runin("（十三）", "本措施由市商务局负责解释，自2025年8月1日起施行，有效期至2030年7月31日。"
            + XM_REPEAL + "同时废止。")

    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="gbk">
<meta http-equiv="X-UA-Compatible" content="IE=Edge">
<title>{E(XM_TITLE)}-厦门市人民政府</title>
<meta name="SiteName" content="厦门市人民政府">
<meta name="SiteDomain" content="www.xm.gov.cn">
<meta name="SiteIDCode" content="3502000043">
<meta name="ColumnName" content="规范性文件">
<meta name="ArticleTitle" content="{E(XM_TITLE)}">
<meta name="PubDate" content="2025-07-25 16:48">
<meta name="ContentSource" content="厦门市人民政府办公厅">
<link href="/images/xxgk2023.css" rel="stylesheet" type="text/css">
<script src="/images/jquery-1.12.4.min.js"></script>
<script src="/images/xxgk_common.js"></script>
<style type="text/css">
 .xxgk_main{{width:1200px;margin:0 auto;overflow:hidden}}
 .zw_left{{float:left;width:860px}} .zw_right{{float:right;width:310px}}
 .xxgk_table td{{border:1px solid #dcdcdc;padding:6px 10px;font-size:14px}}
 .hide{{display:none}}
</style>
</head>
<body>
<div class="xm_top">
 <div class="w1200"><span>厦门市人民政府</span> <a href="http://www.xm.gov.cn/wza/">无障碍浏览</a> <a href="javascript:void(0)">关怀版</a> <a href="http://www.xm.gov.cn/english/">English</a></div>
</div>
<div class="xm_head"><div class="w1200"><img src="/images/xm_logo2023.png" alt="厦门市人民政府 www.xm.gov.cn"></div></div>
<div class="xm_nav"><ul>
 <li><a href="http://www.xm.gov.cn/">首页</a></li><li><a href="http://www.xm.gov.cn/zwgk/">政务公开</a></li>
 <li><a href="http://www.xm.gov.cn/zwfw/">政务服务</a></li><li><a href="http://www.xm.gov.cn/hdjl/">互动交流</a></li>
 <li><a href="http://www.xm.gov.cn/zjxm/">走进厦门</a></li></ul></div>
<div class="xxgk_main">
 <div class="dqwz">您当前所在位置：<a href="http://www.xm.gov.cn/">首页</a> &gt; <a href="http://www.xm.gov.cn/zwgk/">政务公开</a> &gt; <a href="http://www.xm.gov.cn/zwgk/flfg/">政策文件</a> &gt; <a href="http://www.xm.gov.cn/zwgk/flfg/sfbwj/">规范性文件</a></div>
 <table class="xxgk_table" width="100%" cellspacing="0" cellpadding="0">
  <tr><td class="lab" width="12%">索 引 号：</td><td width="38%">XM00100-0200-2025-00046</td><td class="lab" width="12%">发布机构：</td><td>厦门市人民政府办公厅</td></tr>
  <tr><td class="lab">文　　号：</td><td>厦府办规〔2025〕9号</td><td class="lab">统一编号：</td><td>XMGF-2025-0009</td></tr>
  <tr><td class="lab">成文日期：</td><td>2025-07-18</td><td class="lab">发布日期：</td><td>2025-07-25</td></tr>
  <tr><td class="lab">有 效 期：</td><td>2025-08-01至2030-07-31</td><td class="lab">有 效 性：</td><td>有效</td></tr>
  <tr><td class="lab">主题分类：</td><td colspan="3">商贸、海关、旅游/对外经贸合作</td></tr>
  <tr><td class="lab">标　　题：</td><td colspan="3">{E(XM_TITLE)}</td></tr>
 </table>
 <div class="zw_box">
  <div class="zw_left">
   <h1 class="zw_title">{E(XM_TITLE)}</h1>
   <div class="zw_info"><span>来源：市政府办公厅</span><span>发布时间：2025-07-25 16:48</span><span>浏览次数：<script>document.write(Math.floor(Math.random()*900)+1200);</script></span>
     <span class="zh">字号：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a></span></div>
   <div class="TRS_Editor" id="Zoom">
{b.text()}
   </div>
   <div class="hide" id="wzfxcode">扫一扫在手机打开当前页</div>
   <div class="zw_tool"><a href="javascript:window.print();">[打印本页]</a> <a href="javascript:window.close();">[关闭窗口]</a></div>
  </div>
  <div class="zw_right">
   <div class="side_box zcjd">
    <div class="side_hd"><h4>政策解读</h4></div>
    <ul>
     <li><a href="http://www.xm.gov.cn/zwgk/zcjd/202507/t20250725_2876120.htm">《厦门市进一步支持跨境电子商务高质量发展若干措施》政策解读</a></li>
     <li><a href="http://www.xm.gov.cn/zwgk/zcjd/202507/t20250726_2876344.htm">一图读懂：厦门跨境电商新政13条</a></li>
     <li><a href="http://www.xm.gov.cn/zwgk/zcjd/202507/t20250728_2876551.htm">市商务局负责人就跨境电商若干措施答记者问</a></li>
    </ul>
   </div>
   <div class="side_box xgwj">
    <div class="side_hd"><h4>相关文件</h4></div>
    <ul>
     <li><a href="http://www.xm.gov.cn/zwgk/flfg/sfbwj/202208/t20220812_2671022.htm">{E(XM_REPEAL[1:XM_REPEAL.index("》")])}</a><span>厦府办规〔2022〕6号</span></li>
     <li><a href="http://www.xm.gov.cn/zwgk/flfg/sfbwj/202503/t20250314_2850017.htm">厦门市人民政府关于印发厦门市推进高水平对外开放行动方案（2025—2027年）的通知</a><span>厦府〔2025〕41号</span></li>
     <li><a href="http://swj.xm.gov.cn/zwgk/tzgg/202508/t20250806_2878003.htm">厦门市商务局关于组织申报2025年度跨境电商扶持资金的通知</a></li>
    </ul>
   </div>
  </div>
 </div>
</div>
<div class="xm_foot">
 <p><a href="http://www.xm.gov.cn/gywm/">关于我们</a> | <a href="http://www.xm.gov.cn/wzdt/">网站地图</a> | <a href="http://www.xm.gov.cn/lxwm/">联系我们</a></p>
 <p>主办：厦门市人民政府办公厅　承办：厦门市大数据管理局　网站标识码：3502000043</p>
 <p><a href="https://beian.miit.gov.cn/">闽ICP备05022908号</a>　闽公网安备 35020302001132号</p>
</div>
<script type="text/javascript">
 function setFont(s){{document.getElementById("Zoom").style.fontSize=s+"px";}}
 var _trs_uv = "xm_" + new Date().getTime(); /* 访问统计 */
</script>
</body>
</html>
"""
    write(XM_STEM + ".html", page, enc="gbk")
    EXPECTED[XM_STEM] = [{
        "meta": {
            "title": XM_TITLE,
            "doc_number": "厦府办规〔2025〕9号",
            "issuer": ["厦门市人民政府办公厅"],
            "date": "2025-07-18",
            "published": "2025-07-25",
            "level": "municipal",
            "region": "厦门市",
            "effective": "2025-08-01",
            "expires": "2030-07-31",
            "attachments": [],
            "doc_type": "通知（印发若干措施，规范性文件）",
            "recipients": ["各区人民政府", "市直各委、办、局", "各开发区管委会", "有关单位"],
            "publicity": "此件主动公开",
            "repeals": XM_REPEAL,
        },
        "clauses": b.clauses,
        "applies_to": {"specific": {
            "（三）支持自贸片区先行先试。对注册在": ["中国（福建）自由贸易试验区厦门片区"],
            "（五）提升综保区功能。支持厦门海沧": ["厦门海沧综合保税区", "厦门象屿综合保税区"],
            "（八）支持岛外区域发展。对在同安区": ["同安区", "翔安区"],
        }},
    }]


# ======================================================================
# (3) 海南省人民政府 (海南自由贸易港) 规章 page, "网页，全部"
# ======================================================================
HN_STEM = "blind233_hainan_guiding"
HN_FILES = HN_STEM + "_files"
HN_TITLE = "海南自由贸易港促进国际航运发展若干规定"

HN_ARTICLES = [
    ("第一条", ["为了推进海南自由贸易港建设，促进国际航运业发展，建设西部陆海新通道国际航运枢纽，服务高质量共建“一带一路”，"
               "根据《中华人民共和国海南自由贸易港法》等有关法律、法规，结合本省实际，制定本规定。"]),
    ("第二条", ["本规定适用于海南自由贸易港范围内国际航行船舶登记、国际航运经营、港口航运服务及其监督管理活动。"]),
    ("第三条", ["省人民政府交通运输主管部门负责全省国际航运发展的统筹协调和监督管理工作。",
               "省发展改革、商务、财政、市场监督管理等部门和海南海事局、海口海关等单位，按照各自职责做好国际航运发展相关工作。",
               "市、县、自治县人民政府应当将国际航运发展纳入本行政区域国民经济和社会发展规划，保障港口、航道和航运服务设施建设用地用海。"]),
    ("第四条", ["洋浦经济开发区管理机构按照省人民政府授权，在洋浦经济开发区范围内实施国际船舶登记、船员服务等管理事项，"
               "会同海南海事局推行船舶登记“一站式”办理，实现材料一次提交、证书一次发放。"]),
    ("第五条", ["在海南自由贸易港登记的国际航行船舶，可以按照国家规定开展外贸集装箱沿海捎带业务。",
               "在海南自由贸易港登记并从事国际运输的境内建造船舶，按照国家规定享受出口退税政策。"]),
    ("第六条", ["鼓励国际航运企业开辟海南自由贸易港至共建“一带一路”国家和地区港口的国际集装箱班轮航线。",
               "对新开辟并连续稳定运营满一年的国际集装箱班轮航线，省人民政府给予奖励。具体奖励办法由省人民政府交通运输主管部门"
               "会同省人民政府财政部门制定，报省人民政府批准后公布。"]),
    ("第七条", ["支持在洋浦保税港区、海口综合保税区内开展国际航行船舶保税维修、保税燃料油加注和船舶供应业务。",
               "前款规定区域内的船舶保税维修企业，可以按照海关监管要求开展“两头在外”的维修业务，维修所需的进口料件按规定予以保税。"]),
    ("第八条", ["国际航行船舶保税燃料油加注实行经营主体备案管理。符合条件的企业向省人民政府商务主管部门备案后，"
               "可以在海南自由贸易港港口水域开展保税燃料油直供业务。"]),
    ("第九条", ["支持三亚市发展国际邮轮和游艇产业。在三亚市登记的中资邮轮，可以按照国家规定开展五星红旗邮轮公海游航线试点；"
               "三亚市人民政府应当优化邮轮通关、补给和岸上游览服务。"]),
    ("第十条", ["鼓励金融机构在海南自由贸易港依法开展下列航运金融业务：",
               "（一）船舶融资租赁和经营性租赁；",
               "（二）航运保险、海上保险及再保险；",
               "（三）以船舶、运费收入等为担保的跨境融资；",
               "（四）航运衍生品等其他航运金融创新业务。"]),
    ("第十一条", ["对在海南自由贸易港工作的国际航运高端人才和紧缺人才，其个人所得税实际税负超过15%的部分，按照国家规定予以免征。",
                "国际航运企业引进的外籍船员和专业技术人员，可以按照规定办理工作许可和居留证件。"]),
    ("第十二条", ["违反本规定的行为，法律、行政法规已有法律责任规定的，从其规定。"]),
    ("第十三条", ["本规定自2026年1月1日起施行。"]),
]


def make_hainan():
    fresh_dir(HN_FILES)
    ps, clauses = [], []
    for lab, paras in HN_ARTICLES:
        ps.append(f'<p style="text-indent:2em;"><strong>{lab}</strong>　{E(paras[0])}</p>')
        for x in paras[1:]:
            ps.append(f'<p style="text-indent:2em;">{E(x)}</p>')
        clauses.append("\n".join([lab + "　" + paras[0]] + paras[1:]))
    body = "\n".join(ps)
    tizhu = "（2025年11月12日海南省人民政府令第326号公布　自2026年1月1日起施行）"
    page = f"""<!DOCTYPE html>
<!-- saved from url=(0070)https://www.hainan.gov.cn/hainan/szfgz/202511/3f0e9a7c51d24b0d9c1a6e2f.shtml -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>海南省人民政府网 {E(HN_TITLE)}</title>
<meta name="SiteName" content="海南省人民政府网">
<meta name="SiteDomain" content="www.hainan.gov.cn">
<meta name="SiteIDCode" content="4600000001">
<meta name="ColumnName" content="省政府规章">
<meta name="ArticleTitle" content="{E(HN_TITLE)}">
<meta name="PubDate" content="2025-11-17 09:30">
<meta name="ContentSource" content="海南省人民政府">
<link rel="stylesheet" href="./{HN_FILES}/hn_style.css">
<link rel="stylesheet" href="./{HN_FILES}/zw.css">
<script src="./{HN_FILES}/jquery.min.js"></script>
<script src="./{HN_FILES}/share.js"></script>
</head>
<body>
<div class="hn-top"><div class="w1200">
  <span>海南省人民政府网</span><span class="ftp">海南自由贸易港</span>
  <span class="r"><a href="https://www.hainan.gov.cn/wza/">无障碍</a> <a href="javascript:void(0)">长者版</a> <a href="https://en.hainan.gov.cn/">English</a> <a href="javascript:void(0)">登录</a></span>
</div></div>
<div class="hn-header"><div class="w1200"><img src="./{HN_FILES}/hn_logo.png" alt="海南省人民政府 海南自由贸易港"></div></div>
<div class="hn-nav"><ul class="w1200">
  <li><a href="https://www.hainan.gov.cn/">首页</a></li><li><a href="https://www.hainan.gov.cn/hainan/zymygw/">自贸港</a></li>
  <li><a href="https://www.hainan.gov.cn/hainan/zwgk/">政务公开</a></li><li><a href="https://www.hainan.gov.cn/hainan/zwfw/">政务服务</a></li>
  <li><a href="https://www.hainan.gov.cn/hainan/hdjl/">互动交流</a></li><li><a href="https://www.hainan.gov.cn/hainan/zjhn/">走进海南</a></li>
</ul></div>
<div class="w1200 hn-main">
  <div class="crumb">当前位置：<a href="https://www.hainan.gov.cn/">首页</a> &gt; <a href="https://www.hainan.gov.cn/hainan/zwgk/">政务公开</a> &gt; <a href="https://www.hainan.gov.cn/hainan/szfgz/">省政府规章</a></div>
  <div class="zwgk-info">
    <table>
      <tr><th>索引号：</th><td>00819853-8/2025-0032187</td><th>主题分类：</th><td>交通、运输/水运</td></tr>
      <tr><th>发文机关：</th><td>海南省人民政府</td><th>成文日期：</th><td>2025年11月12日</td></tr>
      <tr><th>标　　题：</th><td colspan="3">{E(HN_TITLE)}</td></tr>
      <tr><th>发文字号：</th><td>海南省人民政府令第326号</td><th>发布日期：</th><td>2025年11月17日</td></tr>
      <tr><th>有 效 性：</th><td colspan="3">有效</td></tr>
    </table>
  </div>
  <div class="zw-con">
    <h1 class="zw-tit">{E(HN_TITLE)}</h1>
    <div class="zw-tizhu">{tizhu}</div>
    <div class="zw-bar">
      <span class="zh">字号：<a href="javascript:fontZoom(20)">大</a> <a href="javascript:fontZoom(16)">中</a> <a href="javascript:fontZoom(14)">小</a></span>
      <span class="tool"><a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a>
      <span class="share">分享：<a class="wx" href="javascript:void(0)">微信</a> <a class="wb" href="javascript:void(0)">微博</a></span></span>
    </div>
    <div class="zw-text" id="font">
{body}
    </div>
    <div class="zw-bar zw-bar-bottom"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a> <a href="javascript:void(0)" class="fx">【分享】</a></div>
    <div class="xgjd"><span>相关解读：</span><a href="https://www.hainan.gov.cn/hainan/zcjd/202511/a81c3e.shtml">《海南自由贸易港促进国际航运发展若干规定》解读</a></div>
  </div>
</div>
<div class="hn-footer">
  <div class="w1200">
    <p><a href="https://www.hainan.gov.cn/hainan/wzdt/">网站地图</a> | <a href="https://www.hainan.gov.cn/hainan/lxwm/">联系我们</a> | <a href="https://www.hainan.gov.cn/hainan/sybz/">使用帮助</a></p>
    <p>主办：海南省人民政府办公厅　承办：海南省大数据管理局　版权所有：海南省人民政府</p>
    <p>网站标识码：4600000001　<a href="https://beian.miit.gov.cn/">琼ICP备05000012号</a>　琼公网安备 46010802000168号</p>
    <p><img src="./{HN_FILES}/ewm.png" alt="海南省人民政府网微信公众号"></p>
  </div>
  <iframe src="./{HN_FILES}/saved_resource.html" width="0" height="0" frameborder="0" style="display:none"></iframe>
</div>
<script>function fontZoom(s){{document.getElementById("font").style.fontSize=s+"px";}}</script>
</body></html>
"""
    write(HN_STEM + ".html", page)
    write(f"{HN_FILES}/hn_style.css", ".w1200{width:1200px;margin:0 auto}.hn-nav{background:#0a5ea8}.hn-footer{background:#f2f2f2}")
    write(f"{HN_FILES}/zw.css", ".zw-tit{text-align:center;font-size:28px}.zw-tizhu{text-align:center;font-family:楷体}.zw-text p{line-height:2}")
    write(f"{HN_FILES}/jquery.min.js", "/* jQuery stub saved by the browser */ window.$=function(){return{};};\n")
    write(f"{HN_FILES}/share.js", "var shareTitle=document.title;function shareTo(t){return false;}\n")
    write(f"{HN_FILES}/hn_logo.png", tiny_png(rgb=(10, 94, 168)))
    write(f"{HN_FILES}/ewm.png", tiny_png(rgb=(0, 0, 0)))
    write(f"{HN_FILES}/saved_resource.html",
          '<html><head><meta charset="utf-8"></head><body><div id="tj">统计代码</div>'
          '<script>var _czc=_czc||[];</script></body></html>')
    EXPECTED[HN_STEM] = [{
        "meta": {
            "title": HN_TITLE,
            "doc_number": "海南省人民政府令第326号",
            "issuer": ["海南省人民政府"],
            "date": "2025-11-12",
            "published": "2025-11-17",
            "level": "provincial",
            "region": "海南省（海南自由贸易港）",
            "effective": "2026-01-01",
            "expires": None,
            "attachments": [],
            "doc_type": "规定（省政府规章）",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": {
            "第四条　洋浦经济开发区管理机构按照省人民政府授权": ["洋浦经济开发区"],
            "第七条　支持在洋浦保税港区、海口综合保税区": ["洋浦保税港区", "海口综合保税区"],
            "第九条　支持三亚市发展国际邮轮和游艇产业": ["三亚市"],
        }},
    }]


# ======================================================================
# (4) 成都市 政务服务 page of a 申报通知, "网页，仅HTML", UTF-8
# ======================================================================
CD_STEM = "blind233_chengdu_shenbao"
CD_TITLE = "成都市商务局 成都市财政局关于组织申报2026年度外贸新业态新模式发展专项资金项目的通知"
CD_ATT = "2026年度成都市外贸新业态新模式发展专项资金项目申报表"


def make_chengdu():
    b = Body()
    b.para("各区（市）县商务主管部门、财政局，四川天府新区、成都东部新区、成都高新区商务主管部门、财政金融局，有关企业：",
           clause=False, indent=False)
    b.para("为深度融入共建“一带一路”，推进中国（四川）自由贸易试验区成都区域和中国（成都）跨境电子商务综合试验区建设，"
           "加快培育外贸新业态新模式，根据《成都市外贸发展专项资金管理办法》（成商务规〔2024〕2号），现将2026年度项目申报"
           "有关事项通知如下。")
    b.heading("一、支持方向")
    b.runin("（一）跨境电商主体培育。", "对2025年度跨境电商进出口额达到1000万美元以上且同比增长15%以上的企业，按增量部分"
            "每美元0.02元给予支持，单个企业最高200万元。")
    b.runin("（二）海外仓布局。", "对企业在共建“一带一路”国家和地区新建或租赁、面积在3000平方米以上的海外仓，按年度租金或"
            "建设投入的20%给予支持，单个企业最高150万元。")
    b.runin("（三）中欧班列（成渝）货源培育。", "对通过中欧班列（成渝）从成都国际铁路港发运、年度发运量达到100标箱以上的外贸"
            "企业，按每标箱800元给予支持，单个企业最高100万元。")
    b.runin("（四）综保区保税业务。", "对在成都高新综合保税区、成都国际铁路港综合保税区、成都双流综合保税区内开展跨境电商"
            "网购保税进口（1210）业务、年度业务量达到50万单以上的企业，按每单0.5元给予支持，单个企业最高100万元。")
    b.runin("（五）铁路港片区制度创新试点。", "对注册在中国（四川）自由贸易试验区成都青白江铁路港片区的企业，开展铁路运单"
            "物权化、“中欧班列+跨境电商”等创新业务首单落地的，给予一次性支持20万元。")
    b.heading("二、申报条件")
    b.para("申报单位须同时符合以下条件：")
    conds = [
        "在成都市行政区域内依法注册登记、具有独立法人资格，并已依法办理对外贸易经营者备案或登记；",
        "2025年度有进出口实绩，进出口数据以海关统计为准；",
        "财务管理制度健全，近三年无严重失信记录，无重大安全生产事故和重大违法违规行为；",
        "同一项目未获得其他市级财政资金支持。",
    ]
    b.raw('<ol class="sbtj">' + "".join(f"<li>{E(c)}</li>" for c in conds) + "</ol>")
    for i, c in enumerate(conds, 1):
        b.clauses.append(f"{i}.{c}")
    b.heading("三、申报材料")
    b.para("申报单位须按以下清单准备材料，一式两份，按顺序装订成册并加盖骑缝章：")
    hdr = ("序号", "材料类别", "材料名称", "要求")
    rows = [
        ("1", "基础材料", "项目申报表", "加盖单位公章"),
        ("2", "基础材料", "营业执照复印件", "加盖单位公章"),
        ("3", "基础材料", "信用承诺书", "法定代表人签字并加盖单位公章"),
        ("4", "项目材料", "跨境电商进出口额证明", "由海关或跨境电商公共服务平台出具，申报第（一）项提供"),
        ("5", "项目材料", "班列发运明细及运单", "申报第（三）项提供"),
        ("6", "项目材料", "保税进口业务清单", "申报第（四）项提供，需经所在综合保税区管理机构确认"),
        ("7", "其他材料", "其他佐证材料", "根据项目情况提供"),
    ]
    t = ['<table class="clqd" border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse;">',
         "<thead><tr>" + "".join(f"<th>{h}</th>" for h in hdr) + "</tr></thead><tbody>"]
    for i, r in enumerate(rows):
        cells = [f"<td align=\"center\">{r[0]}</td>"]
        if i in (0, 3):
            cells.append(f'<td rowspan="3" align="center" valign="middle">{r[1]}</td>')
        elif i == 6:
            cells.append(f'<td align="center">{r[1]}</td>')
        cells.append(f"<td>{E(r[2])}</td><td>{E(r[3])}</td>")
        t.append("<tr>" + "".join(cells) + "</tr>")
    t.append("</tbody></table>")
    b.raw("\n".join(t))
    for r in rows:
        b.clauses.append("；".join(f"{h}：{v}" for h, v in zip(hdr, r)))
    b.heading("四、申报程序和时间")
    b.runin("（一）网上申报。", "申报单位于2026年2月25日至3月25日登录“天府蓉易办”平台，在“成都市外贸发展专项资金申报”"
            "事项中在线填报，并上传申报材料扫描件。")
    b.runin("（二）区级初审。", "各区（市）县商务主管部门会同同级财政部门于2026年4月10日前完成初审，将初审意见及汇总表"
            "报送市商务局。")
    b.runin("（三）市级审核。", "市商务局会同市财政局委托第三方机构开展专项审计和专家评审，拟支持项目在市商务局网站公示"
            "5个工作日。")
    b.heading("五、工作要求")
    b.runin("（一）", "申报单位对申报材料的真实性、准确性负责。对弄虚作假、骗取套取财政资金的，依法依规处理，"
            "并纳入公共信用信息系统。")
    b.runin("（二）", ["政策咨询：市商务局对外贸易处，028-61881523；", "系统技术支持：028-61881588。"])
    att_href = "https://swj.chengdu.gov.cn/uploadfiles/02/2026/02/20260212162115231.docx"
    b.raw(f'<p style="text-indent:2em;">附件：<a href="{att_href}" target="_blank">{E(CD_ATT)}</a></p>')
    b.raw('<p>&nbsp;</p>')
    b.raw('<p style="text-align:right;padding-right:2em;">成都市商务局　　　　成都市财政局</p>')
    b.raw('<p style="text-align:right;padding-right:3em;">2026年2月6日</p>')
    b.raw('<p style="text-indent:2em;">（此件公开发布）</p>')
    b.raw('<table class="banji" width="100%" style="border-top:1px solid #000;border-bottom:1px solid #000;margin-top:30px;">'
          '<tr><td style="border-bottom:1px solid #000;">抄送：市发展改革委，成都海关，国家金融监督管理总局四川监管局。</td></tr>'
          '<tr><td>成都市商务局办公室<span style="float:right;">2026年2月10日印发</span></td></tr></table>')

    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{E(CD_TITLE)}-成都市人民政府门户网站</title>
<meta name="SiteName" content="成都市人民政府门户网站">
<meta name="SiteDomain" content="www.chengdu.gov.cn">
<meta name="SiteIDCode" content="5101000058">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="{E(CD_TITLE)}">
<meta name="PubDate" content="2026-02-12 16:20">
<meta name="ContentSource" content="市商务局">
<link rel="stylesheet" href="/gkml/css/zwfw2024.css">
<script src="/gkml/js/jquery-3.5.1.min.js"></script>
<script src="/gkml/js/zwfw_common.js"></script>
</head>
<body>
<div id="cd-top"><div class="wrap"><span>成都市人民政府门户网站</span>
  <a href="https://www.chengdu.gov.cn/wza/">无障碍</a> <a href="javascript:void(0)">关怀版</a> <a href="https://tfryb.cdzwfw.gov.cn/">天府蓉易办</a></div></div>
<div id="cd-head"><div class="wrap"><img src="/gkml/images/cd_logo.png" alt="成都市人民政府"></div></div>
<div id="cd-nav"><div class="wrap"><ul>
  <li><a href="https://www.chengdu.gov.cn/">首页</a></li><li><a href="https://www.chengdu.gov.cn/zwgk/">政务公开</a></li>
  <li class="on"><a href="https://www.chengdu.gov.cn/zwfw/">政务服务</a></li><li><a href="https://www.chengdu.gov.cn/hdjl/">互动交流</a></li>
  <li><a href="https://www.chengdu.gov.cn/zjcd/">走进成都</a></li></ul></div></div>
<div class="wrap main">
  <div class="location">当前位置：<a href="https://www.chengdu.gov.cn/">首页</a> &gt; <a href="https://www.chengdu.gov.cn/zwfw/">政务服务</a> &gt; <a href="https://www.chengdu.gov.cn/zwfw/tzgg/">通知公告</a></div>
  <div class="detail">
    <div class="detail-title">{E(CD_TITLE)}</div>
    <div class="detail-info">
      <span>来源：市商务局</span><span>发布时间：2026-02-12 16:20</span>
      <span>浏览次数：<em id="viewCount"></em></span>
      <span class="font">字体：<a href="javascript:setSize(18)">大</a> <a href="javascript:setSize(16)">中</a> <a href="javascript:setSize(14)">小</a></span>
    </div>
    <div class="detail-doc-no" style="text-align:center;">成商务发〔2026〕6号</div>
    <div class="detail-content" id="NewsContent">
{b.text()}
    </div>
    <div class="detail-tool"><a href="javascript:window.print()">打印</a> | <a href="javascript:window.close()">关闭</a> | <a href="javascript:void(0)">收藏</a></div>
  </div>
  <div class="service-box">
    <h4>办事入口</h4>
    <ul><li><a href="https://tfryb.cdzwfw.gov.cn/">在线申报（天府蓉易办）</a></li><li><a href="https://www.chengdu.gov.cn/zwfw/bszn/">办事指南</a></li></ul>
  </div>
</div>
<div id="cd-foot"><div class="wrap">
  <p>主办：成都市人民政府办公厅　承办：成都市网络理政办公室</p>
  <p>网站标识码：5101000058　<a href="https://beian.miit.gov.cn/">蜀ICP备05031498号</a>　川公网安备 51010402000507号</p>
</div></div>
<script>
  function setSize(s){{ document.getElementById("NewsContent").style.fontSize = s + "px"; }}
  $.get("/api/count?id=3319887", function(r){{ $("#viewCount").text(r.count); }});
</script>
</body>
</html>
"""
    write(CD_STEM + ".html", page)
    EXPECTED[CD_STEM] = [{
        "meta": {
            "title": CD_TITLE,
            "doc_number": "成商务发〔2026〕6号",
            "issuer": ["成都市商务局", "成都市财政局"],
            "date": "2026-02-06",
            "published": "2026-02-10",
            "level": "municipal",
            "region": "成都市",
            "effective": None,
            "expires": None,
            "attachments": [CD_ATT],
            "doc_type": "通知（申报通知）",
            "recipients": ["各区（市）县商务主管部门、财政局",
                           "四川天府新区、成都东部新区、成都高新区商务主管部门、财政金融局", "有关企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": b.clauses,
        "applies_to": {"specific": {
            "（四）综保区保税业务。对在成都高新综合保税区": [
                "成都高新综合保税区", "成都国际铁路港综合保税区", "成都双流综合保税区"],
            "（五）铁路港片区制度创新试点。对注册在": ["中国（四川）自由贸易试验区成都青白江铁路港片区"],
        }},
    }]


if __name__ == "__main__":
    make_guangdong()
    make_xiamen()
    make_hainan()
    make_chengdu()
    # sanity: every applies_to key must start exactly one clause
    for stem, docs in EXPECTED.items():
        for d in docs:
            for k in d["applies_to"]["specific"]:
                n = sum(c.startswith(k) for c in d["clauses"])
                assert n == 1, (stem, k, n)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    for stem, docs in EXPECTED.items():
        print(stem, [len(d["clauses"]) for d in docs])
