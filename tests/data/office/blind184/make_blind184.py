# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 184: ordinary government web pages saved from Firefox as "网页，全部".

Writes next to itself (each page = one .html plus the <name>_files/ folder Firefox makes):
  blind184_govcn_guohan.html    中国政府网-style 国务院文件 page: record table (pc + hidden mobile copy)
      索引号/主题分类/发文机关/成文日期/标题/发文字号/发布日期 above the text, body in
      <div id="UCAP-CONTENT"> (title split by <br>, 一、（一）1. outline, 附件 table with colspan
      group rows), 相关解读 box, 扫一扫 QR (an empty <canvas>), footer.
  blind184_yunnan_swt.html      云南省商务厅 page: a short cover notice; the 附件 (the 行动方案) is
      only in a PDF shown by <object data>/<embed src> (saved by Firefox into _files/) with a
      download link to the live site.
  blind184_qingdao_swj.html     青岛市商务局 page, GB2312 (GBK bytes), body pasted from Word
      (MsoNormal spans, lang=EN-US digit runs, <o:p>); 附件 table whose 运营企业 cells hold
      several companies separated by <br>.
  blind184_kashi_gongshi.html   喀什片区管委会 公示 page: the list of projects is a <ul> of <li>
      rows with one <span> per column and a header <li> (no <table>); a sidebar of other
      notices built the same way.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind184.py
(needs LibreOffice for the one PDF: soffice with a private profile /tmp/lo_184)
"""
import html
import json
import os
import random
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_SANS_B = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
FONT_SERIF_B = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
E = html.escape


def font(path, size):
    return ImageFont.truetype(path, size, index=2)


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


def files_dir(stem):
    d = os.path.join(HERE, stem + "_files")
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    return d


def banner_png(path, text, sub, w=1000, h=110, bg=(178, 16, 16), fg=(255, 255, 255)):
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    d.text((30, 14), text, font=font(FONT_SERIF_B, 44), fill=fg)
    if sub:
        d.text((32, 74), sub, font=font(FONT_SANS_B, 18), fill=fg)
    im.save(path)


def fake_qr_png(path, seed, size=116):
    rnd = random.Random(seed)
    n = 29
    cell = size // n
    im = Image.new("RGB", (n * cell, n * cell), "white")
    d = ImageDraw.Draw(im)
    for y in range(n):
        for x in range(n):
            if rnd.random() < 0.45:
                d.rectangle([x * cell, y * cell, x * cell + cell - 1, y * cell + cell - 1], fill="black")
    for ox, oy in ((0, 0), (n - 7, 0), (0, n - 7)):
        d.rectangle([ox * cell, oy * cell, (ox + 7) * cell - 1, (oy + 7) * cell - 1], fill="white")
        d.rectangle([ox * cell, oy * cell, (ox + 7) * cell - 1, (oy + 7) * cell - 1], outline="black", width=cell)
        d.rectangle([(ox + 2) * cell, (oy + 2) * cell, (ox + 5) * cell - 1, (oy + 5) * cell - 1], fill="black")
    im.save(path)


def small_png(path, w, h, color):
    Image.new("RGB", (w, h), color).save(path)


def write_text(path, text, enc="utf-8"):
    with open(path, "w", encoding=enc, newline="\n") as fh:
        fh.write(text)


JQ_STUB = "/*! jQuery v1.12.4 | (c) jQuery Foundation | jquery.org/license */\n!function(a,b){\"object\"==typeof module&&\"object\"==typeof module.exports?module.exports=a.document?b(a,!0):function(a){return b(a)}:b(a)}(\"undefined\"!=typeof window?window:this,function(a,b){var c=[];return a.jQuery=a.$=function(){return{ready:function(f){f()}}},a.jQuery});\n"


# =====================================================================================
# 1. 中国政府网 国务院文件 page
# =====================================================================================
G_STEM = "blind184_govcn_guohan"
G_TITLE = "国务院关于做好自由贸易试验区第八批改革试点经验复制推广工作的通知"
G_TITLE_HTML = "国务院关于做好自由贸易试验区第八批<br>改革试点经验复制推广工作的通知"
G_NUM = "国函〔2024〕73号"
G_INDEX = "000014349/2024-00061"
G_SUBJECT = "商贸、海关、旅游\\对外经贸合作"
G_URL = "https://www.gov.cn/zhengce/content/202407/content_6961837.htm"
G_RECIP = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
G_ATT = "自由贸易试验区第八批改革试点经验复制推广工作任务分工表"
G_P1 = "设立自由贸易试验区（以下简称自贸试验区）是党中央、国务院在新时代推进改革开放的重要战略举措。近年来，各自贸试验区紧扣制度创新这一核心任务，主动服务共建“一带一路”高质量发展，在投资管理、贸易便利化、金融开放、人力资源等领域形成了一批可复制可推广的改革试点经验。经国务院同意，现将自贸试验区第八批改革试点经验（共10项）复制推广工作有关事项通知如下："
G_BODY = [  # (kind, text) kind: h = heading (no clause), c = clause
    ("h", "一、复制推广的主要内容"),
    ("h", "（一）在全国范围内复制推广的改革事项。"),
    ("c", "1.投资管理领域：“外商投资企业登记‘跨境通办’”“境外投资备案‘一窗受理、并联办理’”等2项。"),
    ("c", "2.贸易便利化领域：“进口货物‘预约通关+提前申报’联动”“出口退税备案单证无纸化管理”等2项。"),
    ("c", "3.金融开放领域：“跨境人民币结算优质企业‘白名单’便利化”1项。"),
    ("c", "4.人力资源领域：“外籍高层次人才工作许可和居留许可‘一件事’联办”1项。"),
    ("h", "（二）在特定区域复制推广的改革事项。"),
    ("c", "1.在各自贸试验区复制推广“海关特殊监管区域‘保税维修+再制造’分类监管”。"),
    ("c", "2.在西安、重庆、成都、郑州、乌鲁木齐等中欧班列集结中心所在城市复制推广“中欧班列运输单证物权化融资”。"),
    ("c", "3.在广西、云南自贸试验区复制推广“边民互市贸易进口商品落地加工‘一站式’监管”。"),
    ("c", "4.在上海、浙江、广东自贸试验区和海南自由贸易港复制推广“国际航行船舶保税液化天然气加注‘一船多供’”。"),
    ("h", "二、高度重视复制推广工作"),
    ("c", "各省（自治区、直辖市）人民政府要将自贸试验区改革试点经验复制推广工作列为本地区重点工作，加强组织领导，结合本地区实际研究制定具体实施方案，于2024年12月31日前完成复制推广工作。涉及在特定区域复制推广的事项，有关省（自治区、直辖市）人民政府要明确牵头部门和完成时限。"),
    ("c", "国务院各有关部门要按照附件所列任务分工，加强对地方的工作指导。需要出台相应规章、规范性文件或者调整完善相关管理制度的，应于2024年10月31日前完成；涉及调整行政法规、国务院文件和经国务院批准的部门规章的，按规定程序办理。"),
    ("h", "三、做好督促落实"),
    ("c", "商务部要会同有关部门加强对复制推广工作的跟踪督促和效果评估，及时总结推广效果好、企业和群众获得感强的改革经验，并于2025年3月底前将复制推广工作总体情况报国务院。复制推广工作中遇到的重大问题，要及时向国务院请示报告。"),
]
G_TABLE_HEADER = ["序号", "改革事项", "主要内容", "负责单位", "推广范围"]
G_GROUPS = [
    ("一、在全国范围内复制推广的改革事项（6项）", [
        ["1", "外商投资企业登记“跨境通办”", "境外投资者通过我国驻外使领馆或境外合作机构远程完成身份认证和文件签署，在线办理外商投资企业设立、变更登记，无需来华现场办理。", "市场监管总局、外交部、商务部", "全国"],
        ["2", "境外投资备案“一窗受理、并联办理”", "企业通过“一窗”提交境外投资项目备案和境外投资企业备案材料，发展改革、商务、外汇管理部门同步审核，备案时限由10个工作日压缩至5个工作日。", "国家发展改革委、商务部、外汇局", "全国"],
        ["3", "进口货物“预约通关+提前申报”联动", "企业在货物运抵前提前申报并预约查验时间，海关根据船舶抵港计划统筹安排查验力量，实现“货到即查、查完即放”。", "海关总署", "全国"],
        ["4", "出口退税备案单证无纸化管理", "出口企业以电子化方式留存备查出口退税备案单证，税务机关通过电子税务局在线调阅，不再要求报送纸质资料。", "税务总局", "全国"],
        ["5", "跨境人民币结算优质企业“白名单”便利化", "银行为纳入“白名单”的优质企业办理货物贸易、服务贸易跨境人民币结算时，可凭企业收付款指令直接办理，事后抽查交易背景真实性。", "人民银行", "全国"],
        ["6", "外籍高层次人才工作许可和居留许可“一件事”联办", "外籍高层次人才一次提交材料，同步申办外国人工作许可和工作类居留许可，办理时限压缩至10个工作日以内。", "科技部、国家移民局", "全国"],
    ]),
    ("二、在特定区域复制推广的改革事项（4项）", [
        ["7", "海关特殊监管区域“保税维修+再制造”分类监管", "对区内企业开展的航空发动机、工程机械等产品保税维修和再制造业务，按照风险等级实施分类监管，维修后产品可复运出境或者按规定内销。", "海关总署、商务部、生态环境部", "各自贸试验区"],
        ["8", "中欧班列运输单证物权化融资", "以中欧班列铁路运单（多式联运提单）作为物权凭证，银行据此为进出口企业提供押汇、质押融资等服务。", "人民银行、金融监管总局、国铁集团", "西安、重庆、成都、郑州、乌鲁木齐等中欧班列集结中心所在城市"],
        ["9", "边民互市贸易进口商品落地加工“一站式”监管", "边民互市进口商品经一级市场交易后，由落地加工企业统一申报、集中查验，海关、税务、市场监管部门数据共享、联合监管。", "海关总署、商务部、税务总局", "广西、云南自贸试验区"],
        ["10", "国际航行船舶保税液化天然气加注“一船多供”", "同一艘加注船舶可在一个航次内为多艘国际航行船舶提供保税液化天然气加注服务，海关实施“一次申报、分批核销”。", "交通运输部、海关总署", "上海、浙江、广东自贸试验区和海南自由贸易港"],
    ]),
]
G_RELATED = [
    ("https://www.gov.cn/zhengce/202407/content_6961901.htm", "商务部有关负责人就自贸试验区第八批改革试点经验复制推广工作答记者问"),
    ("https://www.gov.cn/zhengce/202407/content_6961925.htm", "【图解】自贸试验区第八批10项改革试点经验向全国或特定区域复制推广"),
    ("https://www.gov.cn/zhengce/202407/content_6961948.htm", "自贸试验区第八批改革试点经验：中欧班列运单可作为物权凭证融资"),
]


def govcn_page():
    fd = files_dir(G_STEM)
    F = "./" + G_STEM + "_files/"
    banner_png(os.path.join(fd, "logo2023.png"), "中国政府网", "www.gov.cn", w=420, h=90)
    small_png(os.path.join(fd, "icon_print.png"), 16, 16, (120, 120, 120))
    write_text(os.path.join(fd, "jquery-1.12.4.min.js"), JQ_STUB)
    write_text(os.path.join(fd, "qrcode.min.js"), "/* qrcode.js */ var QRCode=function(e,t){this._el=e;};\n")
    write_text(os.path.join(fd, "common.css"), ".pcOnly{display:table}.mobileOnly{display:none}\n#UCAP-CONTENT{font-size:16px;line-height:2}\n.related_box{border:1px solid #ddd}\n")
    write_text(os.path.join(fd, "policy.css"), ".policyLibraryOverview_header td{border:1px solid #d5d5d5;padding:6px 10px}\n")

    rec = []
    rec.append('<table class="border-table noneBorder pcOnly" width="100%" cellspacing="0" cellpadding="0">\n<tbody>')
    rec.append('<tr><td class="first" width="90"><b>索&nbsp;引&nbsp;号：</b></td><td width="300">%s</td><td width="90"><b>主题分类：</b></td><td>%s</td></tr>' % (G_INDEX, E(G_SUBJECT)))
    rec.append('<tr><td><b>发文机关：</b></td><td>国务院</td><td><b>成文日期：</b></td><td>2024年06月28日</td></tr>')
    rec.append('<tr><td><b>标&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;题：</b></td><td colspan="3">%s</td></tr>' % G_TITLE)
    rec.append('<tr><td><b>发文字号：</b></td><td>%s</td><td><b>发布日期：</b></td><td>2024年07月09日</td></tr>' % G_NUM)
    rec.append('</tbody>\n</table>')
    rec.append('<table class="border-table noneBorder mobileOnly" width="100%" cellspacing="0" cellpadding="0" style="display: none;">\n<tbody>')
    for k, v in (("标　　题：", G_TITLE), ("发文机关：", "国务院"), ("发文字号：", G_NUM), ("来　　源：", "国务院办公厅"),
                 ("主题分类：", G_SUBJECT), ("公文种类：", "通知"), ("成文日期：", "2024年06月28日"), ("发布日期：", "2024年07月09日")):
        rec.append('<tr><td class="first"><b>%s</b></td><td>%s</td></tr>' % (k, E(v)))
    rec.append('</tbody>\n</table>')

    B = []
    P = lambda t, st="text-indent: 2em;": B.append('<p style="%s">%s</p>' % (st, t))
    P('<strong>%s</strong>' % G_TITLE_HTML, "text-align: center;")
    P(G_NUM, "text-align: center;")
    P(G_RECIP, "")
    P(G_P1)
    for kind, t in G_BODY:
        P(t)
    P("附件：" + G_ATT)
    P("国务院", "text-align: right;")
    P("2024年6月28日", "text-align: right;")
    P("（此件公开发布）")
    P("<br>", "")
    P("附件", "")
    P('<strong>%s</strong>' % G_ATT, "text-align: center;")
    T = ['<table border="1" cellspacing="0" cellpadding="0" align="center" width="100%" style="border-collapse: collapse;">', "<tbody>"]
    T.append("<tr>" + "".join('<td style="text-align: center;"><p style="text-align: center;"><strong>%s</strong></p></td>' % h for h in G_TABLE_HEADER) + "</tr>")
    for g, rows in G_GROUPS:
        T.append('<tr><td colspan="5"><p><strong>%s</strong></p></td></tr>' % g)
        for r in rows:
            cells = []
            for i, c in enumerate(r):
                st = ' style="text-align: center;"' if i in (0, 4) else ""
                cells.append('<td%s><p%s>%s</p></td>' % (st, st, E(c, quote=False)))
            T.append("<tr>" + "".join(cells) + "</tr>")
    T += ["</tbody>", "</table>"]
    B.append("\n".join(T))
    P("<br>", "")

    rel = "\n".join('<li><a href="%s" target="_blank">%s</a></li>' % (u, E(t)) for u, t in G_RELATED)
    doc = f"""<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=no">
<meta name="SiteName" content="中国政府网">
<meta name="SiteDomain" content="www.gov.cn">
<meta name="SiteIDCode" content="bm01000001">
<meta name="ColumnName" content="国务院文件">
<meta name="ColumnType" content="国务院文件">
<meta name="ArticleTitle" content="{G_TITLE}">
<meta name="PubDate" content="2024-07-09 17:00">
<meta name="ContentSource" content="中国政府网">
<meta name="Keywords" content="自由贸易试验区;改革试点经验;复制推广;国函">
<meta name="Author" content="中国政府网">
<meta name="Description" content="国务院关于做好自由贸易试验区第八批改革试点经验复制推广工作的通知 国函〔2024〕73号">
<meta name="Url" content="{G_URL}">
<title>{G_TITLE}_国务院文件_中国政府网</title>
<link rel="stylesheet" href="{F}common.css">
<link rel="stylesheet" href="{F}policy.css">
<script type="text/javascript" src="{F}jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="{F}qrcode.min.js"></script>
</head>
<body>
<div class="header">
  <div class="header_top"><div class="w1100">
    <div class="logo"><a href="https://www.gov.cn/" target="_blank"><img src="{F}logo2023.png" alt="中国政府网"></a></div>
    <div class="header_right"><a href="https://www.gov.cn/">简</a> | <a href="https://big5.www.gov.cn/">繁</a> | <a href="https://english.www.gov.cn/">EN</a> | <a href="https://www.gov.cn/login/">登录</a> | <a href="https://www.gov.cn/wza/">无障碍</a></div>
  </div></div>
  <div class="nav"><div class="w1100"><ul>
    <li><a href="https://www.gov.cn/">首页</a></li><li><a href="https://www.gov.cn/xinwen/">新闻</a></li><li class="active"><a href="https://www.gov.cn/zhengce/">政策</a></li><li><a href="https://www.gov.cn/hudong/">互动</a></li><li><a href="https://www.gov.cn/fuwu/">服务</a></li><li><a href="https://www.gov.cn/shuju/">数据</a></li><li><a href="https://www.gov.cn/guoqing/">国情</a></li>
  </ul></div></div>
</div>
<div class="w1100">
<div class="BreadcrumbNav"><a href="https://www.gov.cn/">首页</a>&nbsp;&gt;&nbsp;<a href="https://www.gov.cn/zhengce/">政策</a>&nbsp;&gt;&nbsp;<a href="https://www.gov.cn/zhengce/xxgk/">国务院政策文件库</a>&nbsp;&gt;&nbsp;<a href="https://www.gov.cn/zhengce/zhengceku/gwywj/">国务院文件</a></div>
<div class="policyLibraryOverview_header">
{chr(10).join(rec)}
</div>
<div class="pages_content mhide" id="UCAP-CONTENT">
{chr(10).join(B)}
</div>
<div class="pages_print mhide"><span class="font">【字体：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>】</span><span class="print"><img src="{F}icon_print.png" alt=""><a href="javascript:window.print()">打印</a></span></div>
<div class="editor mhide">【我要纠错】<span>责任编辑：李晓明</span></div>
<div class="related_box mhide">
  <div class="related_title">相关解读</div>
  <ul class="related_list">
{rel}
  </ul>
</div>
<div class="share-code mhide">
  <div id="qrcode" title="{G_URL}"><canvas width="100" height="100"></canvas></div>
  <p>扫一扫在手机打开当前页</p>
</div>
</div>
<div class="footer"><div class="w1100">
  <p><a href="https://www.gov.cn/guoqing/">链接</a> | <a href="https://www.gov.cn/home/2014-06/11/content_2697890.htm">网站说明</a> | <a href="https://www.gov.cn/home/2014-06/11/content_2697891.htm">网站地图</a> | <a href="https://www.gov.cn/home/2014-06/11/content_2697892.htm">联系我们</a></p>
  <p>主办单位：国务院办公厅　运行维护单位：中国政府网运行中心</p>
  <p>版权所有：中国政府网　中文域名：中国政府网.政务</p>
  <p>网站标识码bm01000001　京ICP备05070218号　京公网安备11010202000001号</p>
</div></div>
<script type="text/javascript">$(function(){{ new QRCode(document.getElementById("qrcode"), location.href); }});</script>
</body></html>
"""
    write_text(os.path.join(HERE, G_STEM + ".html"), doc)


def govcn_expected():
    rows = [r for _, rs in G_GROUPS for r in rs]
    clauses = [G_P1] + [t for k, t in G_BODY if k == "c"] + [row_clause(G_TABLE_HEADER, r) for r in rows]
    spec = {
        "（二）1.": "各自贸试验区（全部自贸试验区）",
        "（二）2.": "西安、重庆、成都、郑州、乌鲁木齐",
        "（二）3.": "广西、云南自贸试验区",
        "（二）4.": "上海、浙江、广东自贸试验区；海南自由贸易港",
        "附件 row 7": "各自贸试验区",
        "附件 row 8": "西安、重庆、成都、郑州、乌鲁木齐",
        "附件 row 9": "广西、云南自贸试验区",
        "附件 row 10": "上海、浙江、广东自贸试验区；海南自由贸易港",
    }
    return {
        "meta": {
            "title": G_TITLE,
            "doc_number": G_NUM,
            "issuer": ["国务院"],
            "date": "2024-06-28",
            "published": "2024-07-09",
            "level": "national",
            "region": "全国",
            "effective": None,
            "expires": None,
            "attachments": [G_ATT],
            "doc_type": "通知",
            "recipients": ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"],
            "publicity": "此件公开发布",
            "index_no": G_INDEX,
            "subject": G_SUBJECT,
            "source_url": G_URL,
            "encoding": "utf-8",
        },
        "clauses": clauses,
        "applies_to": {
            "default": "全国",
            "specific": spec,
            "note": "Rows 1–6 of the 附件 table say 推广范围：全国 (= default). 共建“一带一路” and 中欧班列 do not place a clause abroad; 驻外使领馆/境外合作机构 (row 1) are not places of application. The 相关解读 titles are not clauses and place nothing.",
        },
        "_note": (
            "Saved by Firefox (网页，全部): the .html plus blind184_govcn_guohan_files/ (logo, css, js stubs). Furniture, not clauses: <title> (…_国务院文件_中国政府网) and the <meta> tags (ArticleTitle, PubDate 2024-07-09 17:00 = publication, not 成文日期); header/nav, 简/繁/EN/登录; breadcrumb 首页 > 政策 > 国务院政策文件库 > 国务院文件; "
            "the record table above the text (索引号/主题分类/发文机关/成文日期/标题/发文字号/发布日期) — it is the best source of the metadata, but it is NOT a clause and must not be read as table rows; it appears TWICE (class pcOnly, and class mobileOnly with style display:none, which also adds 来源：国务院办公厅 and 公文种类：通知) — neither copy may become clauses or a second document. "
            "In #UCAP-CONTENT: the bold centered title split by a <br> after 第八批 (must be re-joined without a space/newline); the centered 文号 line; 主送 (→ recipients); 附件说明 附件：… (→ attachments); 落款 国务院 and 2024年6月28日 (→ date, right-aligned); （此件公开发布） (→ publicity); the label 附件 and the centered bold table title (= attachment title). "
            "After the content: 【字体：大 中 小】打印, 【我要纠错】责任编辑, the 相关解读 box (3 links whose titles mention 自贸试验区/中欧班列 — not clauses), the 扫一扫在手机打开当前页 QR (an empty <canvas>, the QR was drawn by script), footer (主办单位/版权所有/网站标识码/京ICP备…). "
            "Outline: 一、二、三、 are heading lines with no text (styled exactly like body paragraphs, text-indent 2em, no bold) — headings, tolerable as heading clauses; （一）/（二） end with 。 but carry no text of their own (headings; tolerable as heading clauses, but they must not swallow the 1.–4. items). 1.–4. under （一） and 1.–4. under （二） are separate clauses; the labels 1.…4. repeat under （一） and （二）, so a reader keying clauses only by label would collide (path must differ). "
            "Under 二、 there are two unnumbered paragraphs (two clauses). 附件 table: header row + two colspan=5 group rows (一、在全国范围内…（6项） / 二、在特定区域…（4项）) which are group headings, not rows (tolerable as heading clauses or in the path; they must not be glued into row 1 / row 7). 10 data rows → 10 clauses `列名：值；…`. "
            "date = 成文日期 2024-06-28 (落款 and record table ‘2024年06月28日’); published = 2024-07-09 (发布日期); 2024-12-31, 2024-10-31 and 2025年3月底 are deadlines. No effective/expires. level national; region 全国."
        ),
        "_pdf": {"note": "no PDF this round: the saved .html is the deliverable"},
    }


# =====================================================================================
# 2. 云南省商务厅 page — short notice, 附件 in an embedded PDF viewer
# =====================================================================================
Y_STEM = "blind184_yunnan_swt"
Y_PLAN = "中国（云南）自由贸易试验区跨境贸易便利化提升行动方案（2024—2026年）"
Y_TITLE = "云南省商务厅关于印发《%s》的通知" % Y_PLAN
Y_NUM = "云商自贸〔2024〕6号"
Y_PDF = "P020240522563214789012.pdf"
Y_PDF_URL = "https://swt.yn.gov.cn/uploadfile/2024/0522/" + Y_PDF
Y_PAGE_URL = "https://swt.yn.gov.cn/articles/view/tzgg/202405/t20240522_1124587.html"
Y_RECIP = "各州、市商务局，中国（云南）自由贸易试验区昆明片区、红河片区、德宏片区管理委员会："
Y_NOTICE = "为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，加快建设面向南亚东南亚辐射中心，经省人民政府同意，现将《%s》印发给你们，请结合实际认真抓好贯彻落实。执行中遇到的问题，请及时向省商务厅（自由贸易试验区工作处）反馈。" % Y_PLAN
Y_INTRO = "为推动中国（云南）自由贸易试验区（以下简称云南自贸试验区）跨境贸易便利化水平再上新台阶，更好服务共建“一带一路”和面向南亚东南亚辐射中心建设，结合实际，制定本方案。"
Y_GOAL = "到2026年，云南自贸试验区进出口整体通关时间较2023年压缩20%以上，国际贸易“单一窗口”主要业务应用率达到100%，与共建“一带一路”国家贸易额年均增长8%以上，形成10项以上跨境贸易便利化制度创新成果。主要指标见下表。"
Y_TAB_TITLE = "表　云南自贸试验区跨境贸易便利化主要指标"
Y_TAB_HEADER = ["指标", "2023年基数", "2026年目标"]
Y_TAB = [
    ["进口整体通关时间（小时）", "28.6", "22.0"],
    ["出口整体通关时间（小时）", "1.2", "0.9"],
    ["中老铁路国际货物列车年开行量（列）", "4200", "6000"],
]
Y_TASKS = [
    ("（一）提升口岸通关效率。", "在昆明片区推广“提前申报+两段准入”监管模式，在红河片区河口口岸、德宏片区瑞丽口岸实施货运车辆“预约通关+车辆智能识别”，河口、瑞丽口岸货运通道日均通关能力分别提升至2000辆次、1500辆次。"),
    ("（二）做强中老铁路国际物流通道。", "支持昆明片区王家营西站打造中老铁路国际货运集结中心，推行“铁路快通”模式，推动中老铁路与中欧班列、西部陆海新通道班列衔接，2026年中老铁路国际货物列车年开行量达到6000列。"),
    ("（三）创新边民互市贸易监管。", "在红河片区、德宏片区开展边民互市贸易进口商品落地加工试点，建设互市商品交易结算中心，2025年底前实现互市贸易申报、结算、落地加工全流程线上办理。"),
    ("（四）推进跨境人民币结算便利化。", "支持片区内银行为优质企业提供跨境人民币结算“白名单”服务，扩大人民币与老挝基普、越南盾、缅甸元直接汇兑交易规模。"),
    ("（五）发展跨境电商新业态。", "支持昆明片区建设跨境电商线上综合服务平台，在德宏片区建设面向缅甸的跨境电商公共海外仓，对新认定的省级公共海外仓给予最高100万元一次性奖励。"),
    ("（六）深化国际贸易“单一窗口”建设。", "拓展“单一窗口”跨境物流、出口信保、跨境金融等特色功能，推动与老挝、越南、缅甸等周边国家“单一窗口”互联互通和数据交换。"),
]
Y_GUARD = [
    ("（一）加强组织领导。", "省商务厅会同昆明海关、人民银行云南省分行等部门建立跨境贸易便利化工作专班，每季度召开一次调度会议，协调解决重大问题。"),
    ("（二）强化资金保障。", "省级商务发展专项资金每年安排不少于3000万元支持跨境贸易便利化项目建设，各片区按照不低于1∶1的比例安排配套资金。"),
    ("（三）开展评估督导。", "省商务厅每年对各片区行动方案落实情况开展评估，评估结果纳入自贸试验区建设考核。"),
]
Y_END = "本方案自印发之日起实施，有效期至2026年12月31日。"


def yunnan_pdf(out_pdf):
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)

    def run_font(run, east, size, bold=False):
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.name = "Times New Roman"
        rpr = run._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = parse_xml("<w:rFonts %s/>" % nsdecls("w"))
            rpr.insert(0, rf)
        rf.set(qn("w:eastAsia"), east)

    def para(parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, size=16):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.alignment = align
        pf.line_spacing = Pt(28.9)
        pf.space_before = pf.space_after = Pt(0)
        if indent:
            pf.first_line_indent = Pt(size * 2)
        for text, east, bold in parts:
            run_font(p.add_run(text), east, size, bold)
        return p

    para([("附件", "黑体", False)], WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    para([("中国（云南）自由贸易试验区跨境贸易便利化", "方正小标宋简体", False)], WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22)
    para([("提升行动方案（2024—2026年）", "方正小标宋简体", False)], WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22)
    para([("", "仿宋_GB2312", False)])
    para([(Y_INTRO, "仿宋_GB2312", False)])
    para([("一、总体目标", "黑体", False)])
    para([(Y_GOAL, "仿宋_GB2312", False)])
    para([(Y_TAB_TITLE, "黑体", False)], WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=14)
    t = doc.add_table(rows=1 + len(Y_TAB), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ri, row in enumerate([Y_TAB_HEADER] + Y_TAB):
        for ci, v in enumerate(row):
            cell = t.cell(ri, ci)
            cell.text = ""
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run_font(p.add_run(v), "黑体" if ri == 0 else "仿宋_GB2312", 14)
    para([("二、重点任务", "黑体", False)])
    for h, b in Y_TASKS:
        para([(h, "楷体_GB2312", True), (b, "仿宋_GB2312", False)])
    para([("三、保障措施", "黑体", False)])
    for h, b in Y_GUARD:
        para([(h, "楷体_GB2312", True), (b, "仿宋_GB2312", False)])
    para([(Y_END, "仿宋_GB2312", False)])

    # footer page number "— N —"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    run_font(r, "宋体", 14)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>', '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>', '<w:fldChar %s w:fldCharType="end"/>'):
        rr = fp.add_run()
        run_font(rr, "宋体", 14)
        rr._element.append(parse_xml(xml % nsdecls("w")))
    r = fp.add_run(" —")
    run_font(r, "宋体", 14)

    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "P020240522563214789012.docx")
        doc.save(src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_184", "--headless", "--convert-to", "pdf", "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(tmp, "P020240522563214789012.pdf"), out_pdf)


def yunnan_page():
    fd = files_dir(Y_STEM)
    F = "./" + Y_STEM + "_files/"
    banner_png(os.path.join(fd, "logo.png"), "云南省商务厅", "Department of Commerce of Yunnan Province", w=760, h=100, bg=(13, 84, 160))
    fake_qr_png(os.path.join(fd, "wx_qr.jpg"), 7)
    small_png(os.path.join(fd, "pdf.gif"), 16, 16, (200, 30, 30))
    write_text(os.path.join(fd, "jquery.min.js"), JQ_STUB)
    write_text(os.path.join(fd, "style.css"), ".detail-title{font-size:24px;text-align:center}.pdf-view{border:1px solid #ccc;margin-top:10px}\n")
    write_text(os.path.join(fd, "hits.js"), "document.getElementById('hits')&&(document.getElementById('hits').innerHTML='1386');\n")
    yunnan_pdf(os.path.join(fd, Y_PDF))
    IP = "text-indent: 2em; line-height: 2em;"
    body = "\n".join([
        '<p style="text-align: center; line-height: 2em;">%s</p>' % Y_NUM,
        '<p style="line-height: 2em;">%s</p>' % Y_RECIP,
        '<p style="%s">%s</p>' % (IP, Y_NOTICE),
        '<p style="%s">附件：<a href="%s" target="_blank" title="%s.pdf">%s.pdf</a></p>' % (IP, Y_PDF_URL, Y_PLAN, Y_PLAN),
        '<p style="line-height: 2em;"><br></p>',
        '<p style="text-align: right; line-height: 2em;">云南省商务厅</p>',
        '<p style="text-align: right; line-height: 2em;">2024年5月17日</p>',
        '<p style="%s">（此件公开发布）</p>' % IP,
    ])
    doc = f"""<!DOCTYPE html>
<html><head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="SiteName" content="云南省商务厅">
<meta name="SiteDomain" content="swt.yn.gov.cn">
<meta name="SiteIDCode" content="5300000041">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="{Y_TITLE}">
<meta name="PubDate" content="2024-05-22 16:08">
<meta name="ContentSource" content="自由贸易试验区工作处">
<title>{Y_TITLE}-云南省商务厅</title>
<link rel="stylesheet" type="text/css" href="{F}style.css">
<script type="text/javascript" src="{F}jquery.min.js"></script>
</head>
<body>
<div class="topbar"><div class="wrap"><span>欢迎访问云南省商务厅网站！</span><span class="fr"><a href="https://www.yn.gov.cn/">云南省人民政府</a> | <a href="javascript:void(0)">无障碍浏览</a> | <a href="javascript:void(0)">长者模式</a></span></div></div>
<div class="head"><div class="wrap"><a href="https://swt.yn.gov.cn/"><img src="{F}logo.png" alt="云南省商务厅"></a>
<div class="search"><input type="text" name="keyword" placeholder="请输入关键字"><button>搜索</button></div></div></div>
<div class="nav"><div class="wrap"><ul>
<li><a href="https://swt.yn.gov.cn/">首页</a></li><li><a href="https://swt.yn.gov.cn/jggk/">机构概况</a></li><li><a href="https://swt.yn.gov.cn/xwdt/">新闻动态</a></li><li class="on"><a href="https://swt.yn.gov.cn/zwgk/">政务公开</a></li><li><a href="https://swt.yn.gov.cn/zwfw/">政务服务</a></li><li><a href="https://swt.yn.gov.cn/hdjl/">互动交流</a></li><li><a href="https://swt.yn.gov.cn/ztzl/">专题专栏</a></li>
</ul></div></div>
<div class="wrap">
<div class="position">当前位置：<a href="https://swt.yn.gov.cn/">首页</a> &gt; <a href="https://swt.yn.gov.cn/zwgk/">政务公开</a> &gt; <a href="https://swt.yn.gov.cn/zwgk/tzgg/">通知公告</a></div>
<div class="detail">
  <h1 class="detail-title">{Y_TITLE}</h1>
  <div class="detail-info">
    <span>发布时间：2024-05-22 16:08</span>
    <span>来源：自由贸易试验区工作处</span>
    <span>浏览次数：<em id="hits">1386</em></span>
    <span class="font">字号：[<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>]</span>
  </div>
  <div class="detail-content" id="zoom">
{body}
  </div>
  <div class="detail-attach">
    <div class="attach-title">附件下载：</div>
    <ul><li><img src="{F}pdf.gif" alt=""><a href="{Y_PDF_URL}" download="">{Y_PLAN}.pdf</a><span class="size">（412KB）</span></li></ul>
    <div class="attach-title">附件预览：</div>
    <div class="pdf-view">
      <object data="{F}{Y_PDF}" type="application/pdf" width="100%" height="900">
        <embed src="{F}{Y_PDF}" type="application/pdf" width="100%" height="900">
        <p>您的浏览器暂不支持在线预览PDF文件，请<a href="{Y_PDF_URL}">点击此处下载</a>后查看。</p>
      </object>
    </div>
  </div>
  <div class="detail-tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
  <div class="detail-page">
    <p>上一篇：<a href="https://swt.yn.gov.cn/articles/view/tzgg/202405/t20240520_1124301.html">云南省商务厅关于组织参加第8届中国—南亚博览会暨第28届中国昆明进出口商品交易会的通知</a></p>
    <p>下一篇：<a href="https://swt.yn.gov.cn/articles/view/tzgg/202405/t20240527_1124790.html">关于公布2024年度云南省外贸综合服务企业名单的公告</a></p>
  </div>
</div>
</div>
<div class="footer"><div class="wrap">
  <div class="qr"><img src="{F}wx_qr.jpg" alt=""><p>微信公众号</p></div>
  <p>主办：云南省商务厅　地址：云南省昆明市西山区日新中路516号　邮编：650228</p>
  <p>滇ICP备05003589号-1　滇公网安备53010202000513号　网站标识码：5300000041</p>
</div></div>
<script type="text/javascript" src="{F}hits.js"></script>
</body></html>
"""
    write_text(os.path.join(HERE, Y_STEM + ".html"), doc)


def yunnan_expected():
    plan = ([Y_INTRO, Y_GOAL] + [row_clause(Y_TAB_HEADER, r) for r in Y_TAB] + [h + b for h, b in Y_TASKS]
            + [h + b for h, b in Y_GUARD] + [Y_END])
    return {
        "meta": {
            "title": Y_TITLE,
            "doc_number": Y_NUM,
            "issuer": ["云南省商务厅"],
            "date": "2024-05-17",
            "published": "2024-05-22",
            "level": "provincial",
            "region": "云南省",
            "effective": "2024-05-17",
            "expires": "2026-12-31",
            "attachments": [Y_PLAN],
            "doc_type": "通知",
            "recipients": ["各州、市商务局", "中国（云南）自由贸易试验区昆明片区、红河片区、德宏片区管理委员会"],
            "publicity": "此件公开发布",
            "source_url": Y_PAGE_URL,
            "encoding": "utf-8",
            "embedded_objects": ["%s_files/%s via <object data> and <embed src> (saved locally by Firefox) = 附件 (the 行动方案); the 附件 link and 附件下载 link point to %s (not saved)" % (Y_STEM, Y_PDF, Y_PDF_URL)],
        },
        "clauses": [Y_NOTICE] + plan,
        "applies_to": {
            "default": "云南省（中国（云南）自由贸易试验区）",
            "specific": {
                "（一）提升口岸通关效率": "昆明片区；红河片区河口口岸；德宏片区瑞丽口岸",
                "（二）做强中老铁路国际物流通道": "昆明片区（王家营西站）",
                "（三）创新边民互市贸易监管": "红河片区；德宏片区",
                "（五）发展跨境电商新业态": "昆明片区；德宏片区",
            },
            "note": "老挝/越南/缅甸, 中老铁路, 共建“一带一路”国家 do not place a clause abroad; 昆明海关 and 人民银行云南省分行 (保障措施（一）) are organs, not places (昆明 for that clause is wrong but low). 昆明市/红河州/德宏州 for the 片区 items are fine.",
        },
        "_note": (
            "The page holds only a SHORT cover notice: 文号 line (centered, 云商自贸〔2024〕6号), 主送, ONE paragraph (the only clause of the notice), 附件：<a>…（2024—2026年）.pdf</a> (→ attachments, WITHOUT the “.pdf”), blank line, 落款 云南省商务厅 / 2024年5月17日 (right), （此件公开发布）. "
            "The policy content — the 行动方案 — exists ONLY in the attached PDF, which the page shows through <object data=\"./blind184_yunnan_swt_files/P020240522563214789012.pdf\"> with a nested <embed src=…> (Firefox 网页，全部 saves object/embed sources into _files/; the <a href> download links keep the remote URL and are not saved). "
            "What an analyst needs: the plan's 15 clauses (intro, 一、总体目标 paragraph, 3 指标 table rows, 6 重点任务 （一）–（六）, 3 保障措施 （一）–（三）, the 有效期 sentence), read from the local PDF — appended after the notice clause, or as a second document (title = the plan title, issuer 云南省商务厅, date 2024-05-17) — both tolerable. "
            "If the reader does not follow <object>/<embed>, it must at least say so (report/warning that the page embeds a PDF it did not read); a clean ingest yielding only the 1-clause notice is HIGH (everything about 河口/瑞丽 通关能力, 中老铁路 6000列, 3000万元 is lost) and effective/expires then cannot be known (a consequence, not a separate finding). "
            "Page furniture: <title> (…-云南省商务厅), meta PubDate 2024-05-22 16:08 (= published), topbar/nav/search, 当前位置, h1 title (= the title), detail-info (发布时间 / 来源 / 浏览次数 1386 / 字号), the 附件下载 list (file name + （412KB）), 附件预览 label, the <object> fallback sentence 您的浏览器暂不支持在线预览PDF文件…, 【打印本页】【关闭窗口】, 上一篇/下一篇 links (titles of two other notices — not clauses, not attachments), footer (主办/地址/ICP/网站标识码, 微信公众号 QR). "
            "Inside the PDF (made by LibreOffice from Word): label 附件, the plan title on two lines (…便利化 / 提升行动方案（2024—2026年）), page numbers “— N —”; 一、二、三、 are 黑体 heading lines without text (headings); （一）… are run-in 楷体 headings: heading + text = ONE clause; the table title 表　云南自贸试验区跨境贸易便利化主要指标 is a caption (not a clause); the 3 table rows → `指标：…；2023年基数：…；2026年目标：…`. "
            "date = 成文日期 2024-05-17 (落款); published 2024-05-22 (发布时间); effective 2024-05-17 (自印发之日起实施) and expires 2026-12-31 appear ONLY in the PDF. 2025年底 is a deadline. level provincial, region 云南省."
        ),
        "_pdf": {
            "file": "%s_files/%s" % (Y_STEM, Y_PDF),
            "note": "the embedded PDF on its own holds only the 附件 (label 附件 + plan title + 15 clauses, no 文号/落款/date): read alone, title = the plan title, issuer/date unknown from the text (None tolerable), effective = 印发之日 (date unknown), expires 2026-12-31. In the PDF the 指标 cells wrap (进口整体通关时间 / （小时）; 中老铁路国际货物列 / 车年开行量（列）) and must be re-joined; the plan title is on two lines; “— N —” page numbers are furniture; （二）–（三） of 二、 and 三、 and （一）.. repeat labels, so paths must differ.",
            "clauses": plan,
        },
    }


# =====================================================================================
# 3. 青岛市商务局 page — GB2312, Word-pasted body, 附件 table with <br>-separated companies
# =====================================================================================
Q_STEM = "blind184_qingdao_swj"
Q_LIST = "2024年度青岛市“一带一路”公共海外仓名单"
Q_TITLE = "青岛市商务局关于公布2024年度青岛市“一带一路”公共海外仓名单的通知"
Q_NUM = "青商发〔2024〕41号"
Q_URL = "http://commerce.qingdao.gov.cn/zwgk_45/tzgg_45/202408/t20240821_8126543.shtml"
Q_RECIP = "各区、市商务主管部门，各有关企业："
Q_P1 = "为深入贯彻落实共建“一带一路”倡议，支持外贸企业拓展国际市场，根据《青岛市公共海外仓认定管理办法》（青商规〔2022〕3号），经企业申报、区（市）商务主管部门初审、专家评审和社会公示（公示期为2024年8月5日至8月9日），现确定青岛海丝通国际物流有限公司等18家企业运营的24个海外仓为2024年度青岛市“一带一路”公共海外仓（名单见附件）。现将有关事项通知如下："
Q_ITEMS = [
    ("一、认定有效期。", "本次公布的公共海外仓认定有效期3年，自2024年9月1日起至2027年8月31日止。有效期内，企业名称、海外仓地址等重要信息发生变更的，应于变更之日起30日内向所在区（市）商务主管部门报告。"),
    ("二、支持政策。", "对本次公布的公共海外仓，按照仓储面积给予一次性奖励：面积在1万平方米（含）以上的，每个奖励100万元；面积在5000平方米（含）至1万平方米的，每个奖励50万元；同一企业奖励总额不超过200万元。奖励资金从2024年度市级外经贸发展专项资金中列支。"),
    ("三、服务要求。", "各公共海外仓应面向我市外贸企业开放服务，公开服务价格和服务标准，每年为我市企业提供服务不少于30家次，并按季度通过“青岛市海外仓服务平台”报送运营数据。"),
    ("四、动态管理。", "市商务局每年对公共海外仓开展绩效评价，评价结果分为优秀、合格、不合格三个等次；评价不合格或者存在弄虚作假、骗取财政资金等行为的，取消其认定资格，3年内不得再次申报。"),
    ("五、", "各区（市）商务主管部门要加强对辖区内公共海外仓的指导服务，组织开展海外仓供需对接活动，推动公共海外仓与我市跨境电商企业、中欧班列（齐鲁号）和“海上丝路”集装箱航线融合发展。"),
]
Q_HEADER = ["序号", "所在区（市）", "运营企业", "海外仓所在国家", "海外仓数量（个）"]
Q_ROWS = [
    ["1", "黄岛区（青岛西海岸新区）", ["青岛海丝通国际物流有限公司", "青岛远澜国际货运代理有限公司", "青岛陆海达供应链管理有限公司", "青岛金港湾跨境电商有限公司"], "俄罗斯、哈萨克斯坦、阿联酋、马来西亚", "6"],
    ["2", "胶州市（中国—上海合作组织地方经贸合作示范区）", ["青岛上合海联物流有限公司", "青岛欧亚桥国际供应链有限公司", "青岛丝路驿站跨境物流有限公司"], "乌兹别克斯坦、吉尔吉斯斯坦、俄罗斯", "4"],
    ["3", "市南区", ["青岛东方汇海贸易有限公司", "青岛环球优选供应链管理有限公司"], "泰国、越南", "3"],
    ["4", "市北区", ["青岛新港湾国际物流有限公司"], "沙特阿拉伯", "1"],
    ["5", "李沧区", ["青岛鲁欧通国际贸易有限公司", "青岛瑞佳达供应链管理有限公司"], "波兰、匈牙利", "2"],
    ["6", "城阳区", ["青岛橡链国际供应链有限公司", "青岛北岸跨境电子商务有限公司"], "智利、秘鲁", "2"],
    ["7", "即墨区", ["青岛纺港国际贸易有限公司", "青岛蓝海即发物流有限公司"], "埃及、肯尼亚", "3"],
    ["8", "崂山区", ["青岛海创跨境物流科技有限公司"], "新加坡", "1"],
    ["9", "平度市", ["青岛平东农产品国际贸易有限公司"], "印度尼西亚", "2"],
]
Q_TOTAL = ["合计", "18家", "24"]


def mso_p(segments, indent=True, align=None):
    """A paragraph as Word pastes it into a TRS editor: MsoNormal, spans per font, digit runs lang=EN-US."""
    import re
    out = []
    for text, face in segments:
        for piece in re.split(r"([0-9.%]+)", text):
            if not piece:
                continue
            if re.fullmatch(r"[0-9.%]+", piece):
                out.append('<span lang="EN-US" style="font-size: 16pt; font-family: &quot;Times New Roman&quot;, serif;">%s</span>' % piece)
            else:
                out.append('<span style="font-size: 16pt; font-family: %s;">%s</span>' % (face, E(piece, quote=False)))
    st = "line-height: 28pt;"
    if indent:
        st = "text-indent: 32pt; " + st
    al = ' align="%s"' % align if align else ""
    return '<p class="MsoNormal"%s style="%s">%s<span lang="EN-US" style="font-size: 16pt;"><o:p></o:p></span></p>' % (al, st, "".join(out))


def qingdao_page():
    fd = files_dir(Q_STEM)
    F = "./" + Q_STEM + "_files/"
    banner_png(os.path.join(fd, "banner.jpg"), "青岛市商务局", "Qingdao Municipal Bureau of Commerce", w=1000, h=120, bg=(0, 92, 170))
    small_png(os.path.join(fd, "red.gif"), 40, 20, (204, 0, 0))
    write_text(os.path.join(fd, "jquery.js"), JQ_STUB, "gbk")
    write_text(os.path.join(fd, "qd_style.css"), ".content_text{font-size:16px}.MsoNormal{margin:0}\n", "gbk")
    FS, HT = "仿宋_GB2312", "黑体"
    B = []
    B.append(mso_p([(Q_NUM, FS)], indent=False, align="center"))
    B.append('<p class="MsoNormal" style="line-height: 28pt;"><span lang="EN-US" style="font-size: 16pt;"><o:p>&nbsp;</o:p></span></p>')
    B.append(mso_p([(Q_RECIP, FS)], indent=False))
    B.append(mso_p([(Q_P1, FS)]))
    for h, b in Q_ITEMS:
        B.append(mso_p([(h, HT if h != "五、" else FS), (b, FS)]))
    B.append(mso_p([("附件：" + Q_LIST, FS)]))
    B.append('<p class="MsoNormal" style="line-height: 28pt;"><span lang="EN-US" style="font-size: 16pt;"><o:p>&nbsp;</o:p></span></p>')
    B.append(mso_p([("青岛市商务局", FS)], indent=False, align="right"))
    B.append(mso_p([("2024年8月16日", FS)], indent=False, align="right"))
    B.append(mso_p([("（此件公开发布）", FS)]))
    B.append('<p class="MsoNormal" style="line-height: 28pt;"><span lang="EN-US" style="font-size: 16pt;"><o:p>&nbsp;</o:p></span></p>')
    B.append(mso_p([("附件", HT)], indent=False))
    B.append('<p style="text-align: center;"><strong><span style="font-size: 20px; font-family: 方正小标宋简体;">%s</span></strong></p>' % Q_LIST)
    T = ['<table width="100%" border="1" cellspacing="0" cellpadding="4" style="border-collapse: collapse; font-size: 14px;">', "<tbody>"]
    T.append("<tr>" + "".join('<td align="center" style="font-family: 黑体;"><strong>%s</strong></td>' % h for h in Q_HEADER) + "</tr>")
    for r in Q_ROWS:
        T.append('<tr><td align="center">%s</td><td align="center">%s</td><td>%s</td><td align="center">%s</td><td align="center">%s</td></tr>'
                 % (r[0], r[1], "<br>".join(r[2]), r[3], r[4]))
    T.append('<tr><td colspan="2" align="center"><strong>合计</strong></td><td align="center">18家</td><td align="center">—</td><td align="center">24</td></tr>')
    T += ["</tbody>", "</table>"]
    B.append("\n".join(T))

    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta name="SiteName" content="青岛市商务局">
<meta name="SiteDomain" content="commerce.qingdao.gov.cn">
<meta name="SiteIDCode" content="3702000028">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="{Q_TITLE}">
<meta name="PubDate" content="2024-08-21 09:35">
<meta name="ContentSource" content="对外贸易处">
<title>{Q_TITLE}</title>
<link href="{F}qd_style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="{F}jquery.js"></script>
</head>
<body>
<div class="top"><img src="{F}banner.jpg" alt="青岛市商务局" width="1000" height="120"></div>
<div class="menu"><a href="http://commerce.qingdao.gov.cn/">首页</a> | <a href="http://commerce.qingdao.gov.cn/jgjj_45/">机构简介</a> | <a href="http://commerce.qingdao.gov.cn/zwgk_45/">政务公开</a> | <a href="http://commerce.qingdao.gov.cn/ztzl_45/">专题专栏</a> | <a href="http://commerce.qingdao.gov.cn/hdjl_45/">互动交流</a></div>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="layout">
<tbody><tr><td valign="top">
<div class="weizhi">您现在的位置：<a href="http://commerce.qingdao.gov.cn/">首页</a> &gt;&gt; <a href="http://commerce.qingdao.gov.cn/zwgk_45/">政务公开</a> &gt;&gt; <a href="http://commerce.qingdao.gov.cn/zwgk_45/tzgg_45/">通知公告</a></div>
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
<tbody>
<tr><td class="title" align="center" height="60"><strong>{Q_TITLE}</strong></td></tr>
<tr><td align="center" class="info">发布日期：2024-08-21&nbsp;&nbsp;&nbsp;&nbsp;信息来源：对外贸易处&nbsp;&nbsp;&nbsp;&nbsp;【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
<tr><td><img src="{F}red.gif" width="100%" height="2" alt=""></td></tr>
<tr><td class="content_text">
<div class="TRS_Editor">
{chr(10).join(B)}
</div>
</td></tr>
<tr><td class="fujian">附件下载：<a href="http://commerce.qingdao.gov.cn/zwgk_45/tzgg_45/202408/P020240821356712894561.xls">{Q_LIST}.xls</a></td></tr>
<tr><td class="prevnext">上一篇：<a href="http://commerce.qingdao.gov.cn/zwgk_45/tzgg_45/202408/t20240815_8119872.shtml">青岛市商务局关于开展2024年度外贸综合服务企业认定工作的通知</a><br>下一篇：<a href="http://commerce.qingdao.gov.cn/zwgk_45/tzgg_45/202408/t20240826_8131204.shtml">关于2024年度青岛市跨境电商产业园拟认定名单的公示</a></td></tr>
</tbody></table>
</td></tr></tbody></table>
<div class="foot">主办单位：青岛市商务局&nbsp;&nbsp;地址：青岛市市南区香港中路7号&nbsp;&nbsp;电话：0532-85911234<br>鲁ICP备05019632号&nbsp;&nbsp;鲁公网安备37020202000671号&nbsp;&nbsp;网站标识码：3702000028</div>
</body></html>
"""
    write_text(os.path.join(HERE, Q_STEM + ".html"), doc, "gbk")


def qingdao_expected():
    rows = [row_clause(Q_HEADER, [r[0], r[1], "、".join(r[2]), r[3], r[4]]) for r in Q_ROWS]
    total = "序号：合计；运营企业：18家；海外仓所在国家：—；海外仓数量（个）：24"
    clauses = [Q_P1] + [h + b for h, b in Q_ITEMS] + rows + [total]
    spec = {"附件 row %s" % r[0]: r[1] for r in Q_ROWS}
    return {
        "meta": {
            "title": Q_TITLE,
            "doc_number": Q_NUM,
            "issuer": ["青岛市商务局"],
            "date": "2024-08-16",
            "published": "2024-08-21",
            "level": "municipal",
            "region": "山东省青岛市",
            "effective": "2024-09-01",
            "expires": "2027-08-31",
            "attachments": [Q_LIST],
            "doc_type": "通知",
            "recipients": ["各区、市商务主管部门", "各有关企业"],
            "publicity": "此件公开发布",
            "source_url": Q_URL,
            "encoding": "gb2312 (bytes are GBK; <meta http-equiv=Content-Type … charset=gb2312>)",
        },
        "clauses": clauses,
        "applies_to": {
            "default": "山东省青岛市",
            "specific": spec,
            "note": "Each 附件 row applies to its 所在区（市）; row 2 = 胶州市 / 上合示范区 (either or both). The 海外仓所在国家 column (俄罗斯, 哈萨克斯坦, …) is where the warehouses are, NOT where the Qingdao measure applies — placing a row in 俄罗斯 etc. is wrong (medium). 中欧班列（齐鲁号）/“海上丝路” (五、) place nothing. 一、 mentions 所在区（市） generically — still the default.",
        },
        "_note": (
            "Encoding: the file is GB2312/GBK bytes declared by <meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"> (XHTML 1.0 Transitional doctype; no BOM) — reading it as UTF-8 gives mojibake (HIGH). "
            "The body was pasted from Word into the TRS editor: every paragraph is <p class=\"MsoNormal\"> made of several <span>s (仿宋_GB2312 / 黑体 runs; every digit run such as 2024, 8, 30, 1, 5000 is its own <span lang=\"EN-US\"> in Times New Roman) closed by <o:p></o:p>; spans must be joined with NO added space (“2024 年”, “5000 平方米” = low–medium; a break inside a clause = medium). Empty paragraphs are <o:p>&nbsp;</o:p>. "
            "Furniture: banner, menu, 您现在的位置, the title cell (= title, bold), 发布日期：2024-08-21 / 信息来源：对外贸易处 / 【打印】【关闭】, the red rule, the centered 文号 line 青商发〔2024〕41号 (→ doc_number), 主送 (→ recipients), 附件：… (→ attachments), 落款 青岛市商务局 / 2024年8月16日 (→ date), （此件公开发布）, the label 附件 and the table title, 附件下载：…xls (a link to the same list, not saved), 上一篇/下一篇 (titles of other notices), footer. "
            "The reference 青商规〔2022〕3号 in the first paragraph is a cited document, not this document's number. "
            "Clauses: the opening paragraph; 一、–四、 are run-in headings (黑体 heading span + 仿宋 text in ONE <p>): heading + text = ONE clause; 五、 has no heading text. "
            "附件 table: 9 rows; the 运营企业 cell lists several companies separated by <br> (4 in row 1, 3 in row 2, 2 in rows 3/5/6/7): the expected text joins them with “、”, but any visible separator (newline, space, ；, /) is fine — companies run together (…有限公司青岛…) is MEDIUM-HIGH (the company names are exactly what an analyst searches for, and a glued name matches nothing); one company per clause/row split is medium (the row then loses 序号/区/数量). "
            "The 合计 row (colspan=2 合计 | 18家 | — | 24) is a total row — as a clause or dropped both tolerable. "
            "date = 成文日期 2024-08-16 (落款); published 2024-08-21; 2024-08-05…08-09 is the earlier 公示期; effective 2024-09-01 / expires 2027-08-31 are the 认定有效期 of the list (null tolerable, low)."
        ),
        "_pdf": {"note": "no PDF: the saved .html is the deliverable"},
    }


# =====================================================================================
# 4. 喀什片区管委会 公示 page — the list is <ul><li><span>…</span></li></ul>, not a <table>
# =====================================================================================
K_STEM = "blind184_kashi_gongshi"
K_TITLE = "关于2024年度中国（新疆）自由贸易试验区喀什片区国际物流发展扶持资金拟支持项目的公示"
K_ISSUER = "中国（新疆）自由贸易试验区喀什片区管理委员会"
K_URL = "https://kszmq.xjks.gov.cn/tzgg/gsgg/202409/t20240909_65412.html"
K_P1 = "根据《中国（新疆）自由贸易试验区喀什片区支持国际物流高质量发展若干措施》（喀自贸片管发〔2023〕15号）和《关于组织申报2024年度喀什片区国际物流发展扶持资金的通知》要求，经企业申报、经济发展局初审、第三方机构专项审计和片区管委会主任办公会议研究，拟对以下12个项目给予扶持，拟扶持资金共计1286万元。现将有关情况公示如下："
K_HEADER = ["序号", "申报企业", "项目名称", "扶持类别", "所在区域", "拟扶持金额（万元）"]
K_ROWS = [
    ["1", "喀什丝路港国际物流有限公司", "喀什—奥什国际道路运输集装箱专线", "国际道路运输", "喀什经济开发区", "186"],
    ["2", "新疆帕米尔陆港供应链有限公司", "喀什—伊尔克什坦口岸—塔什干公铁联运班列", "公铁联运", "喀什综合保税区", "210"],
    ["3", "喀什中亚南亚国际物流园有限公司", "国际物流园冷链仓储设施（二期）", "物流基础设施", "喀什经济开发区", "165"],
    ["4", "喀什远航跨境电子商务有限公司", "面向中亚的跨境电商海外仓（阿拉木图）", "海外仓", "喀什综合保税区", "120"],
    ["5", "新疆红其拉甫国际运输有限公司", "红其拉甫口岸至巴基斯坦苏斯特国际道路运输", "国际道路运输", "喀什经济开发区", "98"],
    ["6", "喀什天山南路货运代理有限公司", "中吉乌公路货运TIR运输", "国际道路运输", "喀什经济开发区", "75"],
    ["7", "喀什综保区保税物流有限公司", "保税仓储信息化改造", "物流信息化", "喀什综合保税区", "68"],
    ["8", "新疆西极跨境供应链管理有限公司", "喀什—安集延国际冷链专线", "冷链物流", "喀什综合保税区", "92"],
    ["9", "喀什深喀物流有限公司", "深喀“一带一路”公铁海联运通道", "公铁联运", "喀什经济开发区（深喀产业园）", "110"],
    ["10", "喀什明珠国际货运有限公司", "中欧（中亚）班列喀什始发线路培育", "国际班列", "喀什经济开发区", "80"],
    ["11", "喀什丝绸之路数字物流科技有限公司", "国际物流“单一窗口”数据服务平台", "物流信息化", "喀什经济开发区", "42"],
    ["12", "新疆卡拉苏口岸物流有限公司", "卡拉苏口岸至塔吉克斯坦杜尚别公路运输", "国际道路运输", "喀什综合保税区", "40"],
]
K_PERIOD = "公示期：2024年9月9日至2024年9月13日（5个工作日）。"
K_OBJ = "公示期间，任何单位或个人对公示项目有异议的，可通过书面、电话等方式向片区管委会经济发展局反映。以单位名义反映的，须加盖单位公章；以个人名义反映的，须署真实姓名并提供有效联系方式。匿名或逾期反映的不予受理。"
K_CONTACT = "联系电话：0998-2856137；监督电话：0998-2856102（片区纪检监察工作室）；电子邮箱：ksftz_jfj@163.com。"
K_SIDEBAR = [
    ("关于2024年度喀什片区外贸稳规模优结构奖励资金拟支持企业的公示", "2024-09-05"),
    ("喀什片区关于开展2024年第三季度“四上”企业入统培育工作的通知", "2024-08-28"),
    ("关于第二批喀什片区制度创新案例评选结果的公示", "2024-08-16"),
    ("中国（新疆）自由贸易试验区喀什片区招商引资项目推介（第4期）", "2024-08-02"),
    ("关于征集喀什片区2025年度重大项目的通知", "2024-07-19"),
]


def kashi_page():
    fd = files_dir(K_STEM)
    F = "./" + K_STEM + "_files/"
    banner_png(os.path.join(fd, "top_banner.png"), "中国（新疆）自由贸易试验区喀什片区", "China (Xinjiang) Pilot Free Trade Zone · Kashgar Area", w=1200, h=120, bg=(0, 110, 160))
    fake_qr_png(os.path.join(fd, "ewm.png"), 11)
    small_png(os.path.join(fd, "dot.png"), 6, 6, (0, 110, 160))
    write_text(os.path.join(fd, "jquery.min.js"), JQ_STUB)
    write_text(os.path.join(fd, "index.css"), ".gs-list li{display:flex;border-bottom:1px solid #ddd}.gs-list li span{padding:6px 4px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}.gs-list .gs-head{background:#1170a0;color:#fff;font-weight:bold}.w1{width:6%}.w2{width:22%}.w3{width:30%}.w4{width:12%}.w5{width:18%}.w6{width:12%;text-align:right}\n")
    widths = ["w1", "w2", "w3", "w4", "w5", "w6"]
    L = ['<ul class="gs-list">']
    L.append('  <li class="gs-head">' + "".join('<span class="%s">%s</span>' % (w, h) for w, h in zip(widths, K_HEADER)) + "</li>")
    for r in K_ROWS:
        L.append("  <li>" + "".join('<span class="%s" title="%s">%s</span>' % (w, E(v), E(v, quote=False)) for w, v in zip(widths, r)) + "</li>")
    L.append('  <li class="gs-total"><span class="w1">合计</span><span class="w2"></span><span class="w3"></span><span class="w4"></span><span class="w5"></span><span class="w6">1286</span></li>')
    L.append("</ul>")
    side = "\n".join('      <li><img src="%sdot.png" alt=""><a href="https://kszmq.xjks.gov.cn/tzgg/gsgg/2024%s/t%s_%d.html" title="%s"><span class="tit">%s</span><span class="date">%s</span></a></li>'
                     % (F, d[5:7], d.replace("-", ""), 65300 + i, t, t, d) for i, (t, d) in enumerate(K_SIDEBAR))
    IP = "text-indent: 2em;"
    doc = f"""<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8">
<meta name="renderer" content="webkit">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="中国（新疆）自由贸易试验区喀什片区">
<meta name="ColumnName" content="公示公告">
<meta name="ArticleTitle" content="{K_TITLE}">
<meta name="PubDate" content="2024-09-09 11:20">
<meta name="ContentSource" content="经济发展局">
<title>{K_TITLE}_公示公告_中国（新疆）自由贸易试验区喀什片区</title>
<link rel="stylesheet" href="{F}index.css">
<script src="{F}jquery.min.js"></script>
</head>
<body>
<header class="header">
  <div class="top-banner"><img src="{F}top_banner.png" alt="中国（新疆）自由贸易试验区喀什片区"></div>
  <nav class="main-nav"><ul>
    <li><a href="https://kszmq.xjks.gov.cn/">首页</a></li><li><a href="https://kszmq.xjks.gov.cn/pqgk/">片区概况</a></li><li><a href="https://kszmq.xjks.gov.cn/zwdt/">政务动态</a></li><li class="active"><a href="https://kszmq.xjks.gov.cn/tzgg/">通知公告</a></li><li><a href="https://kszmq.xjks.gov.cn/zdcx/">制度创新</a></li><li><a href="https://kszmq.xjks.gov.cn/tzcj/">投资促进</a></li><li><a href="https://kszmq.xjks.gov.cn/zcfg/">政策法规</a></li>
  </ul></nav>
</header>
<main class="container">
  <div class="crumbs">当前位置：<a href="https://kszmq.xjks.gov.cn/">首页</a> &gt; <a href="https://kszmq.xjks.gov.cn/tzgg/">通知公告</a> &gt; <a href="https://kszmq.xjks.gov.cn/tzgg/gsgg/">公示公告</a></div>
  <aside class="side">
    <div class="side-title">公示公告</div>
    <ul class="side-list">
{side}
    </ul>
  </aside>
  <article class="article">
    <h2 class="art-title">{K_TITLE}</h2>
    <div class="art-info"><span>发布时间：2024-09-09 11:20</span><span>来源：经济发展局</span><span>阅读量：<i id="readNum">562</i></span></div>
    <div class="art-content">
      <p style="{IP}">{K_P1}</p>
{chr(10).join('      ' + x for x in L)}
      <p style="{IP}">{K_PERIOD}</p>
      <p style="{IP}">{K_OBJ}</p>
      <p style="{IP}">{K_CONTACT}</p>
      <p><br></p>
      <p style="text-align: right;">{K_ISSUER}</p>
      <p style="text-align: right;">2024年9月6日</p>
    </div>
    <div class="art-share">分享到：<a href="javascript:void(0)" class="wx">微信</a><a href="javascript:void(0)" class="wb">微博</a></div>
  </article>
</main>
<footer class="footer">
  <div class="ewm"><img src="{F}ewm.png" alt=""><p>扫一扫关注喀什片区</p></div>
  <p>主办：中国（新疆）自由贸易试验区喀什片区管理委员会　承办：喀什片区党政办公室</p>
  <p>地址：新疆喀什经济开发区深喀大道北侧总部经济区　电话：0998-2856000</p>
  <p>新ICP备2023004517号-1　新公网安备65310102000218号</p>
</footer>
</body></html>
"""
    write_text(os.path.join(HERE, K_STEM + ".html"), doc)


def kashi_expected():
    rows = [row_clause(K_HEADER, r) for r in K_ROWS]
    total = "序号：合计；拟扶持金额（万元）：1286"
    spec = {"list row %s" % r[0]: r[4] for r in K_ROWS}
    return {
        "meta": {
            "title": K_TITLE,
            "doc_number": None,
            "issuer": [K_ISSUER],
            "date": "2024-09-06",
            "published": "2024-09-09",
            "level": "municipal",
            "region": "新疆维吾尔自治区喀什地区（中国（新疆）自由贸易试验区喀什片区）",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公示",
            "recipients": [],
            "publicity": None,
            "publicity_period": ["2024-09-09", "2024-09-13"],
            "source_url": K_URL,
            "encoding": "utf-8",
        },
        "clauses": [K_P1] + rows + [total, K_PERIOD, K_OBJ, K_CONTACT],
        "applies_to": {
            "default": "中国（新疆）自由贸易试验区喀什片区（新疆维吾尔自治区喀什地区/喀什市）",
            "specific": spec,
            "note": "Each list row applies to its 所在区域 (喀什经济开发区 / 喀什综合保税区 / 深喀产业园); the default for them is also fine (low). The 项目名称 name foreign places (奥什, 塔什干, 阿拉木图, 苏斯特, 安集延, 杜尚别) and ports (伊尔克什坦, 红其拉甫, 卡拉苏) — routes, not places of application: a row placed in 吉尔吉斯斯坦/塔吉克斯坦 etc. is wrong (medium). 深喀 (row 9) must not become 深圳.",
        },
        "_note": (
            "The 公示 list is NOT a <table>: it is <ul class=\"gs-list\"> of <li> rows, each with one <span> per column (class w1…w6, CSS text-overflow ellipsis; each span also has a title= attribute with the same full text); the first <li class=\"gs-head\"> is the header (序号/申报企业/项目名称/扶持类别/所在区域/拟扶持金额（万元）), the last <li class=\"gs-total\"> is 合计 with four empty spans and 1286. "
            "What an analyst needs: 12 rows as 12 clauses, each carrying its column names (`序号：1；申报企业：…；…；拟扶持金额（万元）：186`) or at least the cells with visible separators. Spans run together into one string (“1喀什丝路港国际物流有限公司喀什—奥什…186”) = HIGH-ish (amount glued to the name/area; 序号 glued to the company); the whole list as one clause = HIGH; header <li> read as a row/clause = low. The title= attribute duplicates the text: a reader must not double it. 合计 row as clause or dropped: both tolerable. "
            "Furniture: <title>, meta PubDate (= published 2024-09-09 11:20), banner/nav, 当前位置, the SIDEBAR <ul class=\"side-list\"> (five <li><a><span class=tit>…</span><span class=date>…</span></a></li> of OTHER notices — same <li>/<span> pattern as the 公示 list; must NOT become clauses or documents), h2 title (= title), art-info (发布时间 / 来源：经济发展局 / 阅读量 562), 分享到, footer (主办/承办/地址/ICP, 扫一扫关注喀什片区 QR). "
            "Issuer = 中国（新疆）自由贸易试验区喀什片区管理委员会 from the 落款 (来源：经济发展局 is the publishing office; 经济发展局 as issuer is medium). No 文号: 喀自贸片管发〔2023〕15号 in the first paragraph is a CITED document — as doc_number it is HIGH-ish (medium). No 主送, no 附件, no 此件公开发布. "
            "date = 成文日期 2024-09-06 (落款); published 2024-09-09; 公示期 2024-09-09…2024-09-13 is not effective/expires (reading it as effective/expires = low-medium). The contact line is a clause (or tolerable furniture, low). doc_type 公示; level municipal (片区 in 喀什地区)."
        ),
        "_pdf": {"note": "no PDF: the saved .html is the deliverable"},
    }


def main():
    govcn_page()
    yunnan_page()
    qingdao_page()
    kashi_page()
    exp = {
        G_STEM: [govcn_expected()],
        Y_STEM: [yunnan_expected()],
        Q_STEM: [qingdao_expected()],
        K_STEM: [kashi_expected()],
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    for k, v in exp.items():
        print(k, len(v[0]["clauses"]), "clauses")


if __name__ == "__main__":
    main()
