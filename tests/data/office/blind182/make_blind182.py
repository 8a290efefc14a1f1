# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 182: government web pages saved from the browser as 网页，全部.

Writes next to itself (each page = NAME.html + NAME_files/ with the stylesheets,
scripts and pictures the browser saved):
  blind182_hubei.html         湖北省人民政府 portal page, tabs 正文 / 政策解读 / 图解; the
      inactive tabs are hidden only by the class "tab-pane" (display:none in the
      linked ./blind182_hubei_files/bootstrap.min.css), no inline style.
  blind182_lianyungang.html   连云港市人民政府 page (declared charset gb2312, bytes GBK):
      a 印发 notice whose 实施细则 (own title, 第X章 / 第X条) is printed after the 落款
      inside the same TRS_Editor body.
  blind182_qingbaijiang.html  成都市青白江区人民政府 page: a notice pasted from WPS
      (MsoNormal paragraphs, split spans) with a two-column table 政策事项 | 兑现标准
      (category rows with colspan, one rowspan, one cell with two paragraphs).
  blind182_kunming.html       中国（云南）自贸试验区昆明片区 site, bilingual page: each
      Chinese paragraph is followed by its English translation.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind182.py
Needs only Pillow (and the Noto CJK fonts) besides the standard library.
"""
import html
import json
import os
import random
import shutil

from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FONT_SANS_B = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
FONT_SERIF_B = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"

E = html.escape


def font(path, size, index=2):
    try:
        return ImageFont.truetype(path, size, index=index)
    except OSError:
        return ImageFont.truetype(FONT_SANS, size, index=2)


def saved_from(url):
    return "<!-- saved from url=(%04d)%s -->" % (len(url), url)


# ------------------------------------------------------------------ pictures
def logo_png(path, text, sub, color, w=520, h=86, bg=None):
    im = Image.new("RGBA", (w, h), bg or (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((6, 8, 76, 78), outline=color, width=5)
    d.text((24, 22), "徽", font=font(FONT_SERIF_B, 32), fill=color)
    d.text((92, 6), text, font=font(FONT_SERIF_B, 36), fill=color)
    if sub:
        d.text((94, 54), sub, font=font(FONT_SANS, 16), fill=color)
    im.save(path)


def qr_png(path, seed):
    rnd = random.Random(seed)
    n, s = 25, 5
    im = Image.new("RGB", (n * s + 20, n * s + 20), "white")
    d = ImageDraw.Draw(im)
    for y in range(n):
        for x in range(n):
            if rnd.random() < 0.45:
                d.rectangle((10 + x * s, 10 + y * s, 14 + x * s, 14 + y * s), fill="black")
    for ox, oy in ((0, 0), (n - 7, 0), (0, n - 7)):
        d.rectangle((10 + ox * s, 10 + oy * s, 10 + (ox + 7) * s - 1, 10 + (oy + 7) * s - 1), fill="white", outline="black", width=5)
        d.rectangle((10 + (ox + 2) * s, 10 + (oy + 2) * s, 10 + (ox + 5) * s - 1, 10 + (oy + 5) * s - 1), fill="black")
    im.save(path)


def banner_png(path, lines, w=1200, h=160, bg=(178, 18, 24), fg=(255, 236, 180)):
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    y = 26
    for i, t in enumerate(lines):
        f = font(FONT_SERIF_B, 44 if i == 0 else 20)
        d.text((60, y), t, font=f, fill=fg)
        y += 64 if i == 0 else 30
    im.save(path)


def tujie_png(path, head, items, color):
    w = 750
    h = 180 + 120 * len(items)
    im = Image.new("RGB", (w, h), (250, 246, 238))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, w, 120), fill=color)
    d.text((40, 30), head, font=font(FONT_SERIF_B, 34), fill="white")
    y = 150
    for big, small in items:
        d.rounded_rectangle((40, y, w - 40, y + 100), radius=16, outline=color, width=3)
        d.text((64, y + 10), big, font=font(FONT_SANS_B, 30), fill=color)
        d.text((64, y + 56), small, font=font(FONT_SANS, 20), fill=(60, 60, 60))
        y += 120
    im.save(path)


# ======================================================================
# 1. 湖北省人民政府 — tabs 正文 / 政策解读 / 图解
# ======================================================================
HB_TITLE = "湖北省人民政府关于深入实施中国（湖北）自由贸易试验区提升战略的意见"
HB_NO = "鄂政发〔2024〕14号"
HB_ATT = "湖北自贸试验区提升战略首批重点改革试点任务清单"
HB_RECIP = "各市、州、县人民政府，省政府各部门："

# (kind, head, text): kind h = heading without text, p = paragraph, r = run-in heading + text
HB_BODY = [
    ("p", "", "为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，推动中国（湖北）自由贸易试验区（以下简称湖北自贸试验区）在服务共建“一带一路”和长江经济带高质量发展中发挥更大作用，加快建设内陆开放新高地，现提出如下意见。"),
    ("h", "一、总体目标", ""),
    ("p", "", "到2027年，湖北自贸试验区进出口总额突破3200亿元，实际使用外资年均增长8%以上，累计形成制度创新成果260项以上，其中在全国复制推广20项以上；武汉、襄阳、宜昌三个片区以占全省千分之一的面积贡献全省25%以上的外贸进出口额。"),
    ("h", "二、重点任务", ""),
    ("r", "（一）提升贸易便利化水平。", "深化国际贸易“单一窗口”建设，推广“两段准入”“提前申报”“两步申报”等通关模式，到2025年底，全省进口、出口整体通关时间分别压缩至30小时和1.2小时以内。"),
    ("r", "（二）拓展中欧班列（武汉）通道功能。", "支持武汉片区联动汉欧国际物流园，加密至中亚、欧洲共建“一带一路”国家的班列线路，打造中欧班列（武汉）集结中心，2027年年开行量达到1500列以上，回程班列占比不低于45%。"),
    ("r", "（三）建设长江中游航运枢纽。", "推进武汉阳逻港江海直航和宜昌片区三峡翻坝物流体系建设，支持宜昌片区开展“长江—铁路”多式联运“一单制”改革试点，力争2027年全省港口集装箱吞吐量达到500万标准箱。"),
    ("r", "（四）推动跨境服务贸易创新。", "在武汉片区试行跨境服务贸易负面清单管理模式，支持光谷科技创新大走廊内研发机构开展跨境研发数据流动试点，对符合条件的跨境技术贸易项目给予不超过合同金额5%、最高200万元的奖励。"),
    ("r", "（五）培育数字贸易新业态。", "建设湖北数字贸易公共服务平台，支持跨境电商企业在共建“一带一路”国家布局海外仓，对经认定的省级公共海外仓给予最高300万元一次性支持。"),
    ("r", "（六）扩大襄阳片区汽车产业开放。", "支持襄阳片区开展汽车平行进口试点和二手车出口业务，建设新能源汽车国际合作产业园，对年出口额首次超过1亿美元的整车企业给予500万元奖励。"),
    ("r", "（七）做强宜昌片区特色产业。", "支持宜昌片区建设生物医药进口通关专区，开展医药研发用物品进口“白名单”制度试点，推动精细磷化工企业与共建“一带一路”国家开展产能合作。"),
    ("h", "三、保障措施", ""),
    ("r", "（一）加强组织领导。", "省推进自贸试验区建设工作领导小组统筹推进本意见实施，领导小组办公室设在省商务厅，每半年对重点任务推进情况进行一次调度。"),
    ("r", "（二）强化要素保障。", "省级财政每年安排自贸试验区发展专项资金3亿元，统筹用于制度创新、平台建设和企业奖励；各片区所在市要按照不低于1:1的比例安排配套资金。"),
    ("r", "（三）完善评估机制。", "建立自贸试验区制度创新成果第三方评估制度，各片区于每年12月15日前将年度工作总结和制度创新成果报省商务厅。"),
]

HB_JD_TITLE = "《湖北省人民政府关于深入实施中国（湖北）自由贸易试验区提升战略的意见》政策解读"
HB_JD = [
    ("h", "一、出台背景", ""),
    ("p", "", "2023年12月，国务院印发《关于实施自由贸易试验区提升战略的意见》。湖北自贸试验区挂牌七年来，武汉、襄阳、宜昌三个片区累计形成制度创新成果218项，在全国复制推广14项。为贯彻国家部署、推动湖北自贸试验区实现更高水平开放，省商务厅牵头起草了《意见》，经省政府常务会议审议通过后印发实施。"),
    ("h", "二、主要目标", ""),
    ("p", "", "《意见》提出，到2027年湖北自贸试验区进出口总额突破3200亿元，实际使用外资年均增长8%以上，累计形成制度创新成果260项以上。"),
    ("h", "三、重点任务", ""),
    ("p", "", "《意见》围绕贸易便利化、中欧班列（武汉）、长江中游航运枢纽、跨境服务贸易、数字贸易以及襄阳、宜昌两个片区特色产业，提出7项重点任务，并从组织领导、要素保障、评估机制三个方面提出保障措施。"),
    ("h", "四、政策亮点", ""),
    ("p", "", "一是突出片区差异化发展，武汉片区侧重跨境服务贸易和中欧班列，襄阳片区侧重汽车产业开放，宜昌片区侧重生物医药和磷化工；二是强化资金保障，省级财政每年安排专项资金3亿元，并要求片区所在市按不低于1:1比例配套；三是建立第三方评估制度，以评估结果引导制度创新。"),
    ("p", "", "解读机关：湖北省商务厅　　解读人：省商务厅自贸区工作处　　联系电话：027-87235061"),
]


def hb_build(out):
    stem = "blind182_hubei"
    fdir = os.path.join(out, stem + "_files")
    os.makedirs(fdir, exist_ok=True)
    url = "https://www.hubei.gov.cn/zfwj/ezf/202406/t20240611_5219437.shtml"
    with open(os.path.join(fdir, "bootstrap.min.css"), "w", encoding="utf-8") as fh:
        fh.write("/*!\n * Bootstrap v3.3.7 (http://getbootstrap.com)\n * Copyright 2011-2016 Twitter, Inc.\n * Licensed under MIT\n */"
                 "html{font-family:sans-serif;-webkit-text-size-adjust:100%}body{margin:0}article,aside,footer,header,nav,section{display:block}"
                 "a{background-color:transparent}img{border:0;vertical-align:middle}table{border-spacing:0;border-collapse:collapse}td,th{padding:0}"
                 ".hidden{display:none!important}.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);border:0}"
                 ".nav{padding-left:0;margin-bottom:0;list-style:none}.nav>li{position:relative;display:block}.nav>li>a{position:relative;display:block;padding:10px 15px}"
                 ".nav-tabs{border-bottom:1px solid #ddd}.nav-tabs>li{float:left;margin-bottom:-1px}.nav-tabs>li>a{margin-right:2px;line-height:1.42857143;border:1px solid transparent;border-radius:4px 4px 0 0}"
                 ".nav-tabs>li.active>a,.nav-tabs>li.active>a:focus,.nav-tabs>li.active>a:hover{color:#555;cursor:default;background-color:#fff;border:1px solid #ddd;border-bottom-color:transparent}"
                 ".tab-content>.tab-pane{display:none}.tab-content>.active{display:block}"
                 ".fade{opacity:0;-webkit-transition:opacity .15s linear;transition:opacity .15s linear}.fade.in{opacity:1}"
                 ".clearfix:after,.clearfix:before{display:table;content:\" \"}.clearfix:after{clear:both}.pull-right{float:right!important}.pull-left{float:left!important}\n"
                 "/*# sourceMappingURL=bootstrap.min.css.map */\n")
    with open(os.path.join(fdir, "hb_article.css"), "w", encoding="utf-8") as fh:
        fh.write("@charset \"utf-8\";\n.hb-top{background:#b5121b;height:36px;color:#fff;font-size:13px}\n.hb-header{height:150px;background:url(banner.png) no-repeat center}\n"
                 ".hb-nav li{float:left;width:150px;text-align:center;font-size:18px}\n.position{font-size:14px;color:#666;padding:12px 0}\n"
                 ".xxgk-table{width:100%;border:1px solid #d9d9d9;background:#f8f8f8;margin:10px 0 20px}\n.xxgk-table td{padding:6px 10px;font-size:14px;border:1px solid #e5e5e5}\n"
                 ".xxgk-table .tit{color:#333;font-weight:bold;width:90px;text-align:right}\n.article-title{font-size:26px;text-align:center;color:#222;line-height:40px;margin:20px 60px}\n"
                 ".article-content p{font-size:18px;line-height:36px;text-indent:2em;margin:0}\n.article-content .fwzh{text-align:center;text-indent:0}\n"
                 ".article-content .lk{text-align:right;padding-right:4em}\n.tj-box{text-align:center}\n.tj-box img{max-width:750px}\n"
                 ".article-tools{text-align:right;font-size:14px;color:#666}\n.related li{line-height:30px;font-size:15px}\n.footer{background:#f2f2f2;font-size:13px;color:#666;text-align:center;padding:20px 0}\n"
                 "@media print{.hb-top,.hb-header,.hb-nav,.footer,.article-tools{display:none}}\n")
    with open(os.path.join(fdir, "jquery.min.js"), "w", encoding="utf-8") as fh:
        fh.write("/*! jQuery v1.12.4 | (c) jQuery Foundation | jquery.org/license */\n!function(a,b){\"object\"==typeof module&&\"object\"==typeof module.exports?module.exports=a.document?b(a,!0):function(a){return b(a)}:b(a)}(\"undefined\"!=typeof window?window:this,function(a,b){var c=[];return a.jQuery=a.$=function(s){return document.querySelectorAll(s)},a.jQuery});\n")
    with open(os.path.join(fdir, "bootstrap.min.js"), "w", encoding="utf-8") as fh:
        fh.write("/*!\n * Bootstrap v3.3.7 (http://getbootstrap.com)\n */\n+function(a){\"use strict\";var b=function(b){this.element=a(b)};b.VERSION=\"3.3.7\";b.prototype.show=function(){/* tab */}}(jQuery);\n")
    with open(os.path.join(fdir, "hb_article.js"), "w", encoding="utf-8") as fh:
        fh.write("$(function(){\n  $('#docTab a').click(function(e){e.preventDefault();$(this).tab('show');});\n  var fs=18;\n  window.doZoom=function(s){$('.article-content p').css('font-size',s+'px');};\n});\n")
    logo_png(os.path.join(fdir, "logo.png"), "湖北省人民政府", "www.hubei.gov.cn", (255, 255, 255))
    banner_png(os.path.join(fdir, "banner.png"), ["湖北省人民政府门户网站", "HUBEI PROVINCIAL PEOPLE'S GOVERNMENT"])
    qr_png(os.path.join(fdir, "qrcode.png"), 182001)
    tujie_png(os.path.join(fdir, "tj_01.png"), "一图读懂｜湖北自贸试验区提升战略", [("3200亿元", "2027年进出口总额突破3200亿元"), ("8%以上", "实际使用外资年均增长"), ("260项以上", "累计形成制度创新成果")], (181, 18, 27))
    tujie_png(os.path.join(fdir, "tj_02.png"), "七项重点任务", [("贸易便利化", "进口30小时、出口1.2小时"), ("中欧班列（武汉）", "2027年开行1500列以上"), ("航运枢纽", "集装箱吞吐量500万标准箱"), ("襄阳·宜昌", "汽车开放、生物医药、磷化工")], (20, 88, 160))
    tujie_png(os.path.join(fdir, "tj_03.png"), "保障措施", [("3亿元/年", "省级自贸试验区发展专项资金"), ("1:1配套", "片区所在市配套资金"), ("12月15日前", "片区报送年度总结")], (0, 120, 80))
    with open(os.path.join(fdir, "saved_resource.html"), "w", encoding="utf-8") as fh:
        fh.write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body></body></html>")

    def body_html(items, cls):
        o = []
        for kind, head, text in items:
            if kind == "h":
                o.append('<p><strong>%s</strong></p>' % E(head))
            elif kind == "r":
                o.append('<p><strong>%s</strong>%s</p>' % (E(head), E(text)))
            else:
                o.append('<p>%s</p>' % E(text))
        return "\n".join(o)

    zw = "\n".join([
        '<p style="text-indent:0">%s</p>' % E(HB_RECIP),
        body_html(HB_BODY, "zw"),
        '<p>附件：<a href="https://www.hubei.gov.cn/zfwj/ezf/202406/P020240611593318562104.pdf" target="_blank">%s</a></p>' % E(HB_ATT),
        '<p>&nbsp;</p>',
        '<p class="lk">湖北省人民政府</p>',
        '<p class="lk">2024年6月3日</p>',
        '<p>（此件公开发布）</p>',
    ])
    jd = "\n".join([
        '<h3 style="text-align:center;font-size:22px">%s</h3>' % E(HB_JD_TITLE),
        '<p style="text-align:center;text-indent:0;font-size:14px;color:#888">来源：湖北省商务厅　　发布时间：2024-06-12 09:30</p>',
        body_html(HB_JD, "jd"),
    ])
    tj = "\n".join([
        '<h3 style="text-align:center;font-size:22px">一图读懂｜%s</h3>' % E(HB_TITLE),
        '<div class="tj-box"><img src="./blind182_hubei_files/tj_01.png" alt=""></div>',
        '<div class="tj-box"><img src="./blind182_hubei_files/tj_02.png" alt=""></div>',
        '<div class="tj-box"><img src="./blind182_hubei_files/tj_03.png" alt=""></div>',
        '<p style="text-align:center;text-indent:0;font-size:14px;color:#888">制图：湖北省人民政府门户网站</p>',
    ])
    page = f"""<!DOCTYPE html>
{saved_from(url)}
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="湖北省人民政府门户网站">
<meta name="SiteDomain" content="www.hubei.gov.cn">
<meta name="SiteIDCode" content="4200000083">
<meta name="ColumnName" content="省政府文件">
<meta name="ColumnType" content="政府文件">
<meta name="ArticleTitle" content="{E(HB_TITLE)}">
<meta name="PubDate" content="2024-06-11 17:20">
<meta name="ContentSource" content="省政府办公厅">
<meta name="Keywords" content="自贸试验区,提升战略,一带一路">
<meta name="Author" content="省政府办公厅">
<meta name="Description" content="{E(HB_TITLE)}">
<meta name="Url" content="{url}">
<title>{E(HB_TITLE)}_省政府文件_湖北省人民政府门户网站</title>
<link rel="stylesheet" href="./blind182_hubei_files/bootstrap.min.css">
<link rel="stylesheet" href="./blind182_hubei_files/hb_article.css">
<script src="./blind182_hubei_files/jquery.min.js"></script>
<script src="./blind182_hubei_files/bootstrap.min.js"></script>
<script src="./blind182_hubei_files/hb_article.js"></script>
</head>
<body>
<div class="hb-top"><div class="container"><span class="pull-left">今天是：2024年6月14日 星期五</span><span class="pull-right"><a href="https://www.hubei.gov.cn/wza/">无障碍</a> | <a href="https://www.hubei.gov.cn/">简体</a> | <a href="https://www.hubei.gov.cn/big5/">繁體</a> | <a href="https://www.hubei.gov.cn/en/">English</a> | <a href="https://www.hubei.gov.cn/m/">手机版</a></span></div></div>
<div class="hb-header"><div class="container"><a href="https://www.hubei.gov.cn/"><img src="./blind182_hubei_files/logo.png" alt="湖北省人民政府门户网站"></a>
<form class="search" action="https://www.hubei.gov.cn/site/search/"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div></div>
<div class="hb-nav"><ul class="container clearfix">
<li><a href="https://www.hubei.gov.cn/">首页</a></li><li><a href="https://www.hubei.gov.cn/zwgk/">政务公开</a></li><li><a href="https://www.hubei.gov.cn/zfwj/">政策文件</a></li><li><a href="https://www.hubei.gov.cn/bsfw/">政务服务</a></li><li><a href="https://www.hubei.gov.cn/hdjl/">互动交流</a></li><li><a href="https://www.hubei.gov.cn/jchb/">荆楚概况</a></li>
</ul></div>
<div class="container">
<div class="position">当前位置：<a href="https://www.hubei.gov.cn/">首页</a> &gt; <a href="https://www.hubei.gov.cn/zfwj/">政策文件</a> &gt; <a href="https://www.hubei.gov.cn/zfwj/ezf/">省政府文件</a></div>
<div class="article">
<h1 class="article-title">{E(HB_TITLE)}</h1>
<table class="xxgk-table">
<tbody>
<tr><td class="tit">索 引 号：</td><td>011043386/2024-01437</td><td class="tit">主题分类：</td><td>商贸、海关、旅游/对外经贸合作</td></tr>
<tr><td class="tit">发文机关：</td><td>湖北省人民政府</td><td class="tit">发文字号：</td><td>{HB_NO}</td></tr>
<tr><td class="tit">成文日期：</td><td>2024年06月03日</td><td class="tit">发布日期：</td><td>2024年06月11日</td></tr>
<tr><td class="tit">标　　题：</td><td colspan="3">{E(HB_TITLE)}</td></tr>
<tr><td class="tit">有 效 性：</td><td colspan="3">有效</td></tr>
</tbody>
</table>
<div class="article-tools">【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(18)">中</a> <a href="javascript:doZoom(16)">小</a>】 <a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
<ul class="nav nav-tabs" id="docTab">
<li class="active"><a href="#zw" data-toggle="tab">正文</a></li>
<li><a href="#jd" data-toggle="tab">政策解读</a></li>
<li><a href="#tj" data-toggle="tab">图解</a></li>
</ul>
<div class="tab-content article-content">
<div class="tab-pane active" id="zw">
{zw}
</div>
<div class="tab-pane" id="jd">
{jd}
</div>
<div class="tab-pane" id="tj">
{tj}
</div>
</div>
<div class="share clearfix"><span class="pull-left">分享到：</span><a class="share-wx" href="javascript:;">微信</a><a class="share-wb" href="javascript:;">微博</a><div class="pull-right"><img src="./blind182_hubei_files/qrcode.png" alt="">扫一扫在手机打开当前页</div></div>
<div class="prev-next">
<p>上一篇：<a href="https://www.hubei.gov.cn/zfwj/ezf/202406/t20240605_5211020.shtml">湖北省人民政府关于加快发展外贸新业态新模式的实施意见</a></p>
<p>下一篇：<a href="https://www.hubei.gov.cn/zfwj/ezf/202406/t20240617_5226518.shtml">湖北省人民政府关于印发湖北省推进长江中游航运中心建设行动方案的通知</a></p>
</div>
<div class="related"><h4>相关文件</h4><ul>
<li><a href="https://www.gov.cn/zhengce/content/202312/content_6919009.htm">国务院印发《关于实施自由贸易试验区提升战略的意见》</a><span>2023-12-07</span></li>
<li><a href="https://www.hubei.gov.cn/zfwj/ezf/202203/t20220318_4047551.shtml">湖北省人民政府关于推进中国（湖北）自由贸易试验区深化改革创新的若干措施</a><span>2022-03-18</span></li>
</ul></div>
</div>
</div>
<div class="footer">
<p><a href="https://www.hubei.gov.cn/wzdt/">网站地图</a> | <a href="https://www.hubei.gov.cn/lxwm/">联系我们</a> | <a href="https://www.hubei.gov.cn/wzsm/">网站声明</a></p>
<p>主办：湖北省人民政府办公厅　承办：湖北省政务管理办公室　网站标识码：4200000083</p>
<p><a href="https://beian.miit.gov.cn/">鄂ICP备05003305号</a>　鄂公网安备 42010602000240号</p>
<p><a href="https://bszs.conac.cn/"><img src="./blind182_hubei_files/logo.png" width="60" alt="党政机关"></a></p>
</div>
<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?5f04a93b4d6c3a91e7e9d2e4b7e5a1c8";}})();</script>
<iframe src="./blind182_hubei_files/saved_resource.html" style="display:none" width="0" height="0"></iframe>
</body></html>
"""
    with open(os.path.join(out, stem + ".html"), "w", encoding="utf-8") as fh:
        fh.write(page)


def clauses_of(items):
    o = []
    for kind, head, text in items:
        if kind == "h":
            continue
        o.append(head + text)
    return o


# ======================================================================
# 2. 连云港市人民政府 — 通知 + 实施细则 after the 落款, same body; gb2312/GBK
# ======================================================================
LYG_TITLE = "市政府关于印发连云港市促进国际班列和海铁联运高质量发展实施细则的通知"
LYG_NO = "连政规发〔2024〕3号"
LYG_RECIP = "各县、区人民政府，市各委、办、局，市各直属单位："
LYG_COVER = "现将《连云港市促进国际班列和海铁联运高质量发展实施细则》印发给你们，请认真组织实施。"
LYG_XZ_TITLE = "连云港市促进国际班列和海铁联运高质量发展实施细则"
# (chapter, [(label, text)])  text after label; items (一)… are separate entries with label None
LYG_XZ = [
    ("第一章　总则", [
        ("第一条", "为深入落实共建“一带一路”倡议，加快建设中哈（连云港）物流合作基地和上合组织（连云港）国际物流园，推动国际班列和海铁联运高质量发展，根据《江苏省人民政府关于加快推进新亚欧大陆桥经济走廊建设的意见》等有关规定，结合本市实际，制定本细则。"),
        ("第二条", "本细则适用于在本市依法注册登记、具有独立法人资格，从事国际班列运营、海铁联运、国际货运代理等业务的企业。"),
        ("第三条", "市财政每年安排国际班列和海铁联运发展专项资金8000万元，由市财政局、市交通运输局（市港口管理局）按照本细则共同管理。中国（江苏）自由贸易试验区连云港片区、连云港经济技术开发区按照1:1比例安排配套资金。"),
    ]),
    ("第二章　扶持内容和标准", [
        ("第四条", "对从连云港始发、经霍尔果斯或阿拉山口口岸出境的中亚班列，按实际发运重箱给予运营平台企业每标准箱600元补助；对回程重箱每标准箱补助800元。"),
        ("第五条", "对经连云港港中转、以海铁联运方式往返日韩与中亚、欧洲的过境集装箱，每标准箱给予货运代理企业300元补助，单个企业年度补助最高不超过600万元。"),
        ("第六条", "对新开通至共建“一带一路”国家且年度开行不少于24列的国际班列新线路，给予运营平台企业一次性奖励200万元。"),
        ("第七条", "对在上合组织（连云港）国际物流园内新建或改扩建集装箱堆场、冷链仓储设施，且固定资产投资额达到2000万元以上的项目，按照设备和设施投资额的10%给予补助，单个项目最高不超过1000万元。"),
        ("第八条", "对在中哈（连云港）物流合作基地开展拼箱、集拼业务的企业，按年度集拼量每标准箱给予100元补助，单个企业年度补助最高不超过200万元。"),
        ("第九条", "对首次获评国家级多式联运示范工程的企业给予一次性奖励300万元；首次获评省级多式联运示范工程的企业给予一次性奖励100万元。"),
        ("第十条", "同一企业同一事项符合本细则和本市其他政策扶持条件的，按照“就高不重复”原则执行。单个企业年度各项补助合计不超过1500万元。"),
    ]),
    ("第三章　申报和审核", [
        ("第十一条", "扶持资金按年度申报，每年3月1日至3月31日集中受理上一年度事项。企业通过“连云港市惠企政策一站式服务平台”提交申报材料。申报咨询电话：0518-85822307（市交通运输局综合运输处，联系人：王赟）。"),
        ("第十二条", "企业申报应当提交以下材料："),
        (None, "（一）专项资金申请表；"),
        (None, "（二）营业执照复印件；"),
        (None, "（三）班列运单、集装箱货运单据及运费结算凭证；"),
        (None, "（四）市交通运输局要求提供的其他材料。"),
        ("第十三条", "市交通运输局会同市财政局委托第三方机构对申报材料进行审核，审核结果在市政府门户网站公示5个工作日。公示无异议的，按程序拨付资金。"),
    ]),
    ("第四章　监督管理", [
        ("第十四条", "获得扶持资金的企业应当对资金实行专账核算。市财政局、市交通运输局对资金使用情况开展绩效评价，评价结果作为下一年度资金安排的重要依据。"),
        ("第十五条", "企业以虚构业务、重复申报等方式骗取扶持资金的，由市财政局追回已拨付资金，5年内取消其申报资格，并纳入公共信用信息系统。"),
    ]),
    ("第五章　附则", [
        ("第十六条", "本细则由市交通运输局会同市财政局负责解释。"),
        ("第十七条", "本细则自2024年8月1日起施行，有效期至2026年12月31日。《连云港市国际班列扶持资金管理办法》（连政规发〔2021〕5号）同时废止。"),
    ]),
]


def lyg_clauses():
    o = []
    for ch, arts in LYG_XZ:
        for lab, text in arts:
            o.append((lab + "　" + text) if lab else text)
    return o


def lyg_build(out):
    stem = "blind182_lianyungang"
    fdir = os.path.join(out, stem + "_files")
    os.makedirs(fdir, exist_ok=True)
    url = "http://www.lyg.gov.cn/zglygzfmhwz/szfwj/content/43f1d6b2-7c1e-4d7c-9a86-2b0e1e6f5c31.html"
    with open(os.path.join(fdir, "style.css"), "w", encoding="gbk") as fh:
        fh.write("/* 连云港市人民政府门户网站 公共样式 */\nbody{margin:0;font:12px/1.8 \"宋体\",Arial;color:#333}\n.top_bg{background:#0b5aa2;height:32px;color:#fff}\n"
                 ".main{width:1000px;margin:0 auto}\n.dqwz{height:36px;line-height:36px;border-bottom:1px solid #ddd}\n.xxgk_table{width:96%;margin:10px auto;border:1px solid #c8d8ea;background:#f4f9ff}\n"
                 ".xxgk_table td{height:28px;padding-left:6px;border:1px solid #c8d8ea}\n.bt{font-size:22px;font-weight:bold;color:#0b3c78;text-align:center;line-height:36px;padding:16px 40px}\n"
                 "#zoom{font-size:16px;line-height:2;padding:10px 40px}\n.fbxx{text-align:center;color:#999;border-bottom:1px dashed #ccc}\n.foot{background:#0b5aa2;color:#fff;text-align:center;padding:16px 0}\n")
    with open(os.path.join(fdir, "common.js"), "w", encoding="gbk") as fh:
        fh.write("function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}\nfunction printit(){window.print();}\n")
    logo_png(os.path.join(fdir, "logo.png"), "连云港市人民政府", "中国·连云港", (255, 255, 255))
    qr_png(os.path.join(fdir, "ewm.png"), 182002)
    with open(os.path.join(fdir, "bgimage.gif"), "wb") as fh:
        fh.write(bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b"))

    P = '<p style="text-indent: 2em;">%s</p>'
    body = []
    body.append('<p style="text-align: center;"><span style="font-family: 仿宋_GB2312;">%s</span></p>' % LYG_NO)
    body.append('<p>%s</p>' % E(LYG_RECIP))
    body.append(P % E(LYG_COVER))
    body.append('<p style="text-align: right;">连云港市人民政府</p>')
    body.append('<p style="text-align: right;">2024年7月8日</p>')
    body.append(P % "（此件公开发布）")
    body.append('<p>&nbsp;</p>')
    body.append('<p style="text-align: center;"><strong><span style="font-family: 方正小标宋_GBK; font-size: 22px;">%s</span></strong></p>' % E(LYG_XZ_TITLE))
    body.append('<p>&nbsp;</p>')
    for ch, arts in LYG_XZ:
        body.append('<p style="text-align: center;"><span style="font-family: 黑体;">%s</span></p>' % E(ch))
        for lab, text in arts:
            if lab:
                body.append(P % ('<span style="font-family: 黑体;">%s</span>　%s' % (lab, E(text))))
            else:
                body.append(P % E(text))
    content = "\n".join(body)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
{saved_from(url)}
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>连云港市人民政府</title>
<meta name="SiteName" content="连云港市人民政府">
<meta name="SiteDomain" content="www.lyg.gov.cn">
<meta name="SiteIDCode" content="3207000002">
<meta name="ColumnName" content="市政府文件">
<meta name="ArticleTitle" content="{E(LYG_TITLE)}">
<meta name="PubDate" content="2024-07-12 16:05:37">
<meta name="ContentSource" content="市政府办公室">
<link href="./blind182_lianyungang_files/style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="./blind182_lianyungang_files/common.js"></script>
</head>
<body>
<div class="top_bg"><div class="main">欢迎访问连云港市人民政府门户网站！　<a href="http://www.lyg.gov.cn/">设为首页</a> | <a href="http://www.lyg.gov.cn/">加入收藏</a> | <a href="http://www.lyg.gov.cn/wza/">无障碍浏览</a></div></div>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tbody><tr><td height="120" background="./blind182_lianyungang_files/bgimage.gif"><img src="./blind182_lianyungang_files/logo.png" width="520" height="86" alt="连云港市人民政府"></td></tr>
<tr><td height="40" bgcolor="#0b5aa2"><a href="http://www.lyg.gov.cn/">首页</a>　<a href="http://www.lyg.gov.cn/zglygzfmhwz/zwgk/">政务公开</a>　<a href="http://www.lyg.gov.cn/zglygzfmhwz/zwfw/">政务服务</a>　<a href="http://www.lyg.gov.cn/zglygzfmhwz/hdjl/">互动交流</a>　<a href="http://www.lyg.gov.cn/zglygzfmhwz/zjgy/">走进港城</a></td></tr>
</tbody></table>
<div class="main">
<div class="dqwz">您当前的位置：<a href="http://www.lyg.gov.cn/">首页</a> &gt;&gt; <a href="http://www.lyg.gov.cn/zglygzfmhwz/zfxxgk/">政府信息公开</a> &gt;&gt; <a href="http://www.lyg.gov.cn/zglygzfmhwz/szfwj/">市政府文件</a></div>
<table class="xxgk_table" cellspacing="0" cellpadding="0">
<tbody>
<tr><td width="12%"><b>索引号：</b></td><td width="38%">014202851/2024-00318</td><td width="12%"><b>分类：</b></td><td width="38%">交通运输 \\ 通知</td></tr>
<tr><td><b>发布机构：</b></td><td>连云港市人民政府办公室</td><td><b>发文日期：</b></td><td>2024-07-12</td></tr>
<tr><td><b>文号：</b></td><td>{LYG_NO}</td><td><b>是否有效：</b></td><td>有效</td></tr>
<tr><td><b>名称：</b></td><td colspan="3">{E(LYG_TITLE)}</td></tr>
</tbody>
</table>
<div class="bt">{E(LYG_TITLE)}</div>
<div class="fbxx">发布日期：2024-07-12　　来源：市政府办公室　　浏览次数：<span id="hits">2176</span>　　字体：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</div>
<div id="zoom">
<div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{{margin-top:0px;margin-bottom:0px;line-height:2;font-family:仿宋_GB2312;font-size:16pt;}}.TRS_Editor DIV{{margin-top:0px;margin-bottom:0px;line-height:2;font-family:仿宋_GB2312;font-size:16pt;}}.TRS_Editor TD{{margin-top:0px;margin-bottom:0px;line-height:2;font-family:仿宋_GB2312;font-size:16pt;}}.TRS_Editor TH{{margin-top:0px;margin-bottom:0px;line-height:2;font-family:仿宋_GB2312;font-size:16pt;}}.TRS_Editor SPAN{{margin-top:0px;margin-bottom:0px;line-height:2;font-family:仿宋_GB2312;font-size:16pt;}}.TRS_Editor FONT{{margin-top:0px;margin-bottom:0px;line-height:2;font-family:仿宋_GB2312;font-size:16pt;}}</style>
{content}
</div>
</div>
<div class="xgjd">相关解读：<a href="http://www.lyg.gov.cn/zglygzfmhwz/zcjd/content/8d0c1b7e-2f44-4a0e-b9e1-0a3d2e8f7b15.html">《连云港市促进国际班列和海铁联运高质量发展实施细则》政策解读</a></div>
<div style="text-align:right"><a href="javascript:printit()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>
<div style="text-align:center"><img src="./blind182_lianyungang_files/ewm.png" alt="">扫一扫在手机打开当前页</div>
</div>
<div class="foot">
<p>主办单位：连云港市人民政府办公室　承办单位：连云港市大数据管理局</p>
<p>网站标识码：3207000002　<a href="https://beian.miit.gov.cn/">苏ICP备05007214号</a>　苏公网安备 32070302010155号</p>
<p>建议使用1366×768分辨率　IE9以上版本浏览器</p>
</div>
</body></html>
"""
    data = page.encode("gbk")  # strict: every character must exist in GBK (赟 is GBK-only, not GB2312)
    with open(os.path.join(out, stem + ".html"), "wb") as fh:
        fh.write(data)


# ======================================================================
# 3. 成都市青白江区人民政府 — 通知 pasted from WPS with a 2-column table
# ======================================================================
QBJ_TITLE = "成都市青白江区人民政府办公室关于做好2024年度国际铁路港开放型经济发展政策兑现工作的通知"
QBJ_NO = "青白江府办发〔2024〕11号"
QBJ_RECIP = "区级各部门，各镇（街道），成都国际铁路港经开区管委会各部门："
QBJ_INTRO = "为贯彻落实《成都市青白江区支持国际铁路港开放型经济高质量发展若干政策》（青白江府发〔2023〕6号，以下简称《若干政策》），加快中国（四川）自由贸易试验区成都青白江铁路港片区建设，更好服务共建“一带一路”，经区政府同意，现就做好2024年度政策兑现工作通知如下。"
QBJ_S1 = "2023年1月1日至2023年12月31日期间在青白江区（含成都国际铁路港经开区）依法注册、纳税，且符合《若干政策》条件的企业和机构，可申报本年度政策兑现。本年度兑现资金总额不超过1.2亿元。"
QBJ_S2 = "本年度兑现的政策事项和兑现标准如下："
# table: ("cat", text) | ("row", 事项, [paras]) | ("rowspan2", 事项, [paras1], [paras2])
QBJ_TABLE = [
    ("cat", "一、国际班列和物流通道"),
    ("row", "中欧班列（成都）回程货源组织", ["对组织回程重箱经成都国际铁路港入境的企业，按每标准箱300元给予奖励，单个企业年度奖励最高不超过300万元。"]),
    ("rowspan2", "西部陆海新通道班列运营", ["1.对从青白江铁路港始发的西部陆海新通道班列，按每列2万元给予运营企业奖励。"], ["2.对新开通至东盟国家线路且年度开行不少于12列的，给予运营企业一次性奖励50万元。"]),
    ("row", "国际多式联运“一单制”", ["对在片区签发国际多式联运提单的企业，按每单50元给予补贴，单个企业年度补贴最高不超过50万元。"]),
    ("cat", "二、开放平台和市场主体"),
    ("row", "进口商品展示交易", ["对在成都国际铁路港进口商品展示交易中心设立展销厅、面积500平方米以上的企业，按实际租金的50%给予补贴，最长3年，每年最高不超过100万元。"]),
    ("row", "外贸企业新落户", ["对新落户青白江区、年度进出口额首次达到1000万美元的外贸企业，给予一次性奖励30万元；", "达到5000万美元的，给予一次性奖励100万元。"]),
    ("row", "跨境电商海外仓", ["对在共建“一带一路”国家自建或租赁海外仓、面积2000平方米以上的企业，按实际投资额的20%给予补助，最高不超过200万元。"]),
    ("cat", "三、人才和服务"),
    ("row", "国际物流人才引进", ["对企业新引进的具有5年以上国际物流从业经历的中高级管理人才，按每人每年2万元给予企业补贴，连续补贴3年。"]),
    ("row", "国际贸易专业服务", ["对在片区新设立的国际货代、报关报检、涉外法律等专业服务机构，年营业收入首次超过500万元的，给予一次性奖励20万元。"]),
]
QBJ_AFTER = "同一企业同一事项符合区级多项政策的，按“就高不重复”原则兑现，不得重复申报。"
QBJ_S3 = [
    ("（一）企业申报。", "2024年5月6日至5月31日，企业登录“青白江区惠企政策兑现平台”在线填报并上传证明材料，纸质材料一式两份报送区投资促进局（区口岸物流办）。"),
    ("（二）部门审核。", "区级主管部门于2024年6月30日前完成初审，会同区财政局委托第三方机构开展专项审计。"),
    ("（三）公示兑现。", "审核结果在区政府门户网站公示7日，公示无异议的，于2024年9月30日前拨付资金。"),
]
QBJ_S4 = [
    ("（一）", "企业对申报材料的真实性负责。对弄虚作假骗取兑现资金的，追回资金并取消其3年内申报资格。"),
    ("（二）", "各部门要严格审核标准，加强政策宣传，主动上门服务重点企业，确保政策应享尽享。"),
]
QBJ_CONTACT = "联系人：区投资促进局　李晓燕　028-83666172"


def qbj_rows():
    o = []
    for r in QBJ_TABLE:
        if r[0] == "row":
            o.append("政策事项：%s；兑现标准：%s" % (r[1], "".join(r[2])))
        elif r[0] == "rowspan2":
            o.append("政策事项：%s；兑现标准：%s" % (r[1], "".join(r[2])))
            o.append("政策事项：%s；兑现标准：%s" % (r[1], "".join(r[3])))
    return o


def qbj_clauses():
    c = [QBJ_INTRO, QBJ_S1, QBJ_S2] + qbj_rows() + [QBJ_AFTER]
    c += [h + t for h, t in QBJ_S3]
    c += [h + t for h, t in QBJ_S4]
    c.append(QBJ_CONTACT)
    return c


FS_SPAN = "mso-spacerun:'yes';font-family:仿宋_GB2312;mso-hansi-font-family:'Times New Roman';font-size:16.0000pt;mso-font-kerning:1.0000pt;"
HT_SPAN = "mso-spacerun:'yes';font-family:黑体;mso-hansi-font-family:'Times New Roman';font-size:16.0000pt;mso-font-kerning:1.0000pt;"
KT_SPAN = "mso-spacerun:'yes';font-family:楷体_GB2312;mso-hansi-font-family:'Times New Roman';font-size:16.0000pt;mso-font-kerning:1.0000pt;"
TNR_SPAN = "mso-spacerun:'yes';font-family:'Times New Roman';mso-fareast-font-family:仿宋_GB2312;font-size:16.0000pt;mso-font-kerning:1.0000pt;"
P_STYLE = "margin-left:0.0000pt;text-indent:32.0000pt;mso-char-indent-count:2.0000;line-height:28.0000pt;mso-line-height-rule:exactly;"


def wps_runs(text, style=FS_SPAN):
    """split a paragraph into WPS-like runs: digits/Latin in their own Times New Roman spans,
    plus one arbitrary split inside a word (as WPS does after an edit)."""
    import re
    parts = re.split(r"([0-9A-Za-z.%]+)", text)
    o = []
    for i, p in enumerate(parts):
        if not p:
            continue
        if re.fullmatch(r"[0-9A-Za-z.%]+", p):
            o.append('<span style="%s">%s</span>' % (TNR_SPAN, E(p)))
        else:
            if len(p) > 12 and i % 2 == 0:
                k = len(p) // 2
                o.append('<span style="%s">%s</span><span style="%s">%s</span>' % (style, E(p[:k]), style, E(p[k:])))
            else:
                o.append('<span style="%s">%s</span>' % (style, E(p)))
    return "".join(o)


def wps_p(text, style=FS_SPAN, head=None, head_style=KT_SPAN, pstyle=P_STYLE):
    inner = ""
    if head:
        inner += '<span style="%s">%s</span>' % (head_style, E(head))
    inner += wps_runs(text, style) if text else ""
    return '<p class="MsoNormal" style="%s">%s<span style="%s"><o:p></o:p></span></p>' % (pstyle, inner, style)


def wps_cell_p(text, bold=False, center=False):
    st = "font-family:%s;mso-hansi-font-family:'Times New Roman';font-size:12.0000pt;mso-font-kerning:1.0000pt;" % ("黑体" if bold else "仿宋_GB2312")
    al = ' align="center" style="text-align:center;line-height:20.0000pt;mso-line-height-rule:exactly;"' if center else ' style="line-height:20.0000pt;mso-line-height-rule:exactly;"'
    t = '<span style="%s">%s</span>' % (st, E(text))
    if bold:
        t = "<b>" + t + "</b>"
    return '<p class="MsoNormal"%s>%s<span style="%s"><o:p></o:p></span></p>' % (al, t, st)


TD_L = 'width="170" valign="center" style="width:127.6000pt;padding:0.0000pt 5.4000pt 0.0000pt 5.4000pt ;border-left:1.0000pt solid windowtext;mso-border-left-alt:0.5000pt solid windowtext;border-right:1.0000pt solid windowtext;mso-border-right-alt:0.5000pt solid windowtext;border-top:1.0000pt solid windowtext;mso-border-top-alt:0.5000pt solid windowtext;border-bottom:1.0000pt solid windowtext;mso-border-bottom-alt:0.5000pt solid windowtext;"'
TD_R = 'width="420" valign="center" style="width:315.3000pt;padding:0.0000pt 5.4000pt 0.0000pt 5.4000pt ;border-left:none;mso-border-left-alt:none;border-right:1.0000pt solid windowtext;mso-border-right-alt:0.5000pt solid windowtext;border-top:1.0000pt solid windowtext;mso-border-top-alt:0.5000pt solid windowtext;border-bottom:1.0000pt solid windowtext;mso-border-bottom-alt:0.5000pt solid windowtext;"'
TD_ALL = 'width="590" colspan="2" valign="center" style="width:442.9000pt;padding:0.0000pt 5.4000pt 0.0000pt 5.4000pt ;border-left:1.0000pt solid windowtext;mso-border-left-alt:0.5000pt solid windowtext;border-right:1.0000pt solid windowtext;mso-border-right-alt:0.5000pt solid windowtext;border-top:none;mso-border-top-alt:0.5000pt solid windowtext;border-bottom:1.0000pt solid windowtext;mso-border-bottom-alt:0.5000pt solid windowtext;background:rgb(242,242,242);"'


def qbj_table_html():
    rows = ['<tr style="height:28.3500pt;"><td %s>%s</td><td %s>%s</td></tr>' % (TD_L, wps_cell_p("政策事项", True, True), TD_R, wps_cell_p("兑现标准", True, True))]
    for r in QBJ_TABLE:
        if r[0] == "cat":
            rows.append('<tr style="height:24.0000pt;"><td %s>%s</td></tr>' % (TD_ALL, wps_cell_p(r[1], True)))
        elif r[0] == "row":
            rows.append('<tr><td %s>%s</td><td %s>%s</td></tr>' % (TD_L, wps_cell_p(r[1], False, True), TD_R, "".join(wps_cell_p(x) for x in r[2])))
        else:
            rows.append('<tr><td %s rowspan="2">%s</td><td %s>%s</td></tr>' % (TD_L.replace('valign="center"', 'valign="center"'), wps_cell_p(r[1], False, True), TD_R, "".join(wps_cell_p(x) for x in r[2])))
            rows.append('<tr><td %s>%s</td></tr>' % (TD_R, "".join(wps_cell_p(x) for x in r[3])))
    return ('<div align="center"><table class="MsoNormalTable" border="1" cellspacing="0" style="border-collapse:collapse;width:442.9000pt;mso-table-layout-alt:fixed;border:none;mso-border-left-alt:0.5000pt solid windowtext;mso-border-top-alt:0.5000pt solid windowtext;mso-border-right-alt:0.5000pt solid windowtext;mso-border-bottom-alt:0.5000pt solid windowtext;mso-border-insideh:0.5000pt solid windowtext;mso-border-insidev:0.5000pt solid windowtext;mso-padding-alt:0.0000pt 5.4000pt 0.0000pt 5.4000pt ;"><tbody>'
            + "\n".join(rows) + "</tbody></table></div>")


def qbj_build(out):
    stem = "blind182_qingbaijiang"
    fdir = os.path.join(out, stem + "_files")
    os.makedirs(fdir, exist_ok=True)
    url = "https://www.qbj.gov.cn/qbjq/c143037/2024-04/25/content_7b3e0c5d9a6f4e51a2c8d1f0e6b4a9c2.shtml"
    with open(os.path.join(fdir, "index.css"), "w", encoding="utf-8") as fh:
        fh.write(".head{height:180px;background:#1f5fa8 url(head_bg.png) no-repeat}\n.menu a{color:#fff;font-size:17px;padding:0 22px}\n.wrap{width:1200px;margin:0 auto}\n"
                 ".crumb{font-size:14px;color:#777;line-height:44px}\n.detail-title{font-size:26px;text-align:center;font-weight:bold;color:#1f3c6e;padding:24px 50px 10px}\n"
                 ".detail-info{text-align:center;font-size:14px;color:#999;padding-bottom:14px;border-bottom:1px solid #e3e3e3}\n#NewsContent{padding:26px 60px;font-size:16px}\n"
                 "#NewsContent table{margin:0 auto}\n.attach{padding:0 60px}\n.foot{background:#2b2b2b;color:#aaa;text-align:center;line-height:30px;padding:20px}\n")
    with open(os.path.join(fdir, "detail.js"), "w", encoding="utf-8") as fh:
        fh.write("function setFont(s){document.getElementById('NewsContent').style.fontSize=s+'px';}\n$.get('/hits?id=7b3e0c5d',function(n){$('#hits').text(n);});\n")
    with open(os.path.join(fdir, "jquery-1.11.3.min.js"), "w", encoding="utf-8") as fh:
        fh.write("/*! jQuery v1.11.3 | (c) 2005, 2015 jQuery Foundation, Inc. | jquery.org/license */\n!function(a,b){a.jQuery=a.$=function(){return{text:function(){},get:function(){}}};a.$.get=function(){}}(window);\n")
    im = Image.new("RGB", (1200, 180), (31, 95, 168))
    d = ImageDraw.Draw(im)
    d.text((60, 50), "成都市青白江区人民政府", font=font(FONT_SERIF_B, 48), fill="white")
    d.text((64, 118), "www.qbj.gov.cn", font=font(FONT_SANS, 20), fill=(220, 230, 255))
    im.save(os.path.join(fdir, "head_bg.png"))
    qr_png(os.path.join(fdir, "qr.png"), 182003)

    B = []
    B.append(wps_p("", pstyle="text-align:center;line-height:28.0000pt;mso-line-height-rule:exactly;", head=QBJ_NO, head_style=FS_SPAN))
    B.append('<p class="MsoNormal" style="line-height:28.0000pt;mso-line-height-rule:exactly;"><span style="%s">&nbsp;</span></p>' % FS_SPAN)
    B.append(wps_p(QBJ_RECIP, pstyle="line-height:28.0000pt;mso-line-height-rule:exactly;"))
    B.append(wps_p(QBJ_INTRO))
    B.append(wps_p("", head="一、兑现范围", head_style=HT_SPAN))
    B.append(wps_p(QBJ_S1))
    B.append(wps_p("", head="二、政策事项和兑现标准", head_style=HT_SPAN))
    B.append(wps_p(QBJ_S2))
    B.append(qbj_table_html())
    B.append('<p class="MsoNormal" style="%s"><span style="%s"><o:p>&nbsp;</o:p></span></p>' % (P_STYLE, FS_SPAN))
    B.append(wps_p(QBJ_AFTER))
    B.append(wps_p("", head="三、申报程序", head_style=HT_SPAN))
    for h, t in QBJ_S3:
        B.append(wps_p(t, head=h))
    B.append(wps_p("", head="四、有关要求", head_style=HT_SPAN))
    for h, t in QBJ_S4:
        B.append(wps_p(t, head=h, head_style=FS_SPAN))
    B.append(wps_p(QBJ_CONTACT))
    B.append('<p class="MsoNormal" style="%s"><span style="%s"><o:p>&nbsp;</o:p></span></p>' % (P_STYLE, FS_SPAN))
    rs = "text-align:right;line-height:28.0000pt;mso-line-height-rule:exactly;margin-right:32.0000pt;"
    B.append(wps_p("成都市青白江区人民政府办公室", pstyle=rs))
    B.append(wps_p("2024年4月22日", pstyle=rs))
    content = "\n".join(B)
    page = f"""<!DOCTYPE html>
{saved_from(url)}
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="SiteName" content="成都市青白江区人民政府">
<meta name="SiteDomain" content="www.qbj.gov.cn">
<meta name="SiteIDCode" content="5101130002">
<meta name="ColumnName" content="区政府办公室文件">
<meta name="ArticleTitle" content="{E(QBJ_TITLE)}">
<meta name="PubDate" content="2024-04-25 10:32">
<meta name="ContentSource" content="区政府办公室">
<title>{E(QBJ_TITLE)}-成都市青白江区人民政府</title>
<link rel="stylesheet" type="text/css" href="./blind182_qingbaijiang_files/index.css">
<script type="text/javascript" src="./blind182_qingbaijiang_files/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="./blind182_qingbaijiang_files/detail.js"></script>
</head>
<body>
<div class="head"><div class="wrap"><div class="search"><input type="text" value="请输入关键词"><a href="https://www.qbj.gov.cn/search/">搜索</a></div></div></div>
<div class="menu"><div class="wrap"><a href="https://www.qbj.gov.cn/">首页</a><a href="https://www.qbj.gov.cn/qbjq/c143001/">走进青白江</a><a href="https://www.qbj.gov.cn/qbjq/c143002/">政务公开</a><a href="https://www.qbj.gov.cn/qbjq/c143003/">政务服务</a><a href="https://www.qbj.gov.cn/qbjq/c143004/">互动交流</a><a href="https://www.qbj.gov.cn/qbjq/c143005/">国际铁路港</a></div></div>
<div class="wrap">
<div class="crumb">您现在的位置：<a href="https://www.qbj.gov.cn/">首页</a> &gt; <a href="https://www.qbj.gov.cn/qbjq/c143002/">政务公开</a> &gt; <a href="https://www.qbj.gov.cn/qbjq/c143037/">区政府办公室文件</a></div>
<div class="detail">
<div class="detail-title">{E(QBJ_TITLE)}</div>
<div class="detail-info">来源：区政府办公室　　发布时间：2024-04-25 10:32　　浏览次数：<span id="hits">864</span>　　【字号：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a>】</div>
<div id="NewsContent">
{content}
</div>
<div class="attach">附件：<a href="https://www.qbj.gov.cn/uploadfiles/2024/04/25/2024042510315627.docx">青白江区2024年度国际铁路港开放型经济发展政策兑现申报表.docx</a></div>
<div class="detail-share"><span>分享到：</span><a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ空间</a>　<img src="./blind182_qingbaijiang_files/qr.png" width="80" alt="">手机扫码阅读</div>
<div class="detail-page"><p>上一篇：<a href="https://www.qbj.gov.cn/qbjq/c143037/2024-04/12/content_1.shtml">成都市青白江区人民政府办公室关于印发青白江区2024年稳外贸稳外资工作要点的通知</a></p><p>下一篇：<a href="https://www.qbj.gov.cn/qbjq/c143037/2024-05/08/content_2.shtml">成都市青白江区人民政府办公室关于进一步做好中欧班列（成都）集结中心建设工作的通知</a></p></div>
</div>
</div>
<div class="foot"><p>主办：成都市青白江区人民政府办公室　　承办：成都市青白江区网络理政办公室</p><p>网站标识码：5101130002　<a href="https://beian.miit.gov.cn/">蜀ICP备05021734号</a>　川公网安备 51011302000123号</p></div>
</body></html>
"""
    with open(os.path.join(out, stem + ".html"), "w", encoding="utf-8") as fh:
        fh.write(page)


# ======================================================================
# 4. 昆明片区 — bilingual page, each Chinese paragraph followed by its English
# ======================================================================
KM_TITLE = "中国（云南）自由贸易试验区昆明片区支持中老铁路国际货运高质量发展若干措施"
KM_TITLE_EN = "Several Measures of China (Yunnan) Pilot Free Trade Zone Kunming Area on Supporting the High-quality Development of International Freight Transport on the China-Laos Railway"
KM_NO = "昆自贸片管发〔2024〕11号"
KM_ISSUER = "中国（云南）自由贸易试验区昆明片区管理委员会"
KM_ISSUER_EN = "Administrative Committee of China (Yunnan) Pilot Free Trade Zone Kunming Area"
KM_BODY = [
    ("为深入贯彻落实共建“一带一路”倡议，充分发挥中老铁路国际物流大通道作用，推动中国（云南）自由贸易试验区昆明片区（以下简称昆明片区）建设面向南亚东南亚的国际物流枢纽，结合片区实际，制定以下措施。",
     "In order to thoroughly implement the Belt and Road Initiative, give full play to the role of the China-Laos Railway as an international logistics corridor, and promote the building of China (Yunnan) Pilot Free Trade Zone Kunming Area (hereinafter referred to as the Kunming Area) into an international logistics hub facing South Asia and Southeast Asia, the following measures are formulated in light of the actual conditions of the Kunming Area."),
    ("一、支持国际货物列车稳定开行。对从昆明王家营西站始发、经磨憨铁路口岸出境的中老铁路国际货物列车，按每列1.5万元给予班列平台公司补助；对回程重载列车按每列2万元给予补助，年度补助总额不超过3000万元。",
     "I. Supporting the regular operation of international freight trains. For China-Laos Railway international freight trains departing from Kunming Wangjiaying West Station and exiting via Mohan Railway Port, a subsidy of RMB 15,000 per train shall be granted to the train platform company; for fully loaded return trains, a subsidy of RMB 20,000 per train shall be granted, with the total annual subsidy not exceeding RMB 30 million."),
    ("二、培育跨境冷链物流。对经中老铁路进口东南亚水果、冷冻水产品等冷链货物的企业，按每个冷链集装箱2000元给予补助，单个企业年度补助最高不超过100万元。",
     "II. Developing cross-border cold chain logistics. Enterprises importing cold chain goods such as Southeast Asian fruits and frozen aquatic products via the China-Laos Railway shall be granted a subsidy of RMB 2,000 per refrigerated container, with the annual subsidy for a single enterprise not exceeding RMB 1 million."),
    ("三、发展“铁路+公路”跨境联运。对依托腾俊国际陆港组织中老铁路与昆曼国际公路联运、年度联运量达到500标准箱以上的物流企业，给予一次性奖励50万元。",
     "III. Developing \"railway + highway\" cross-border combined transport. Logistics enterprises that rely on Tengjun International Land Port to organize combined transport between the China-Laos Railway and the Kunming-Bangkok International Highway, with an annual volume of 500 TEUs or more, shall be granted a one-off reward of RMB 500,000."),
    ("四、建设进口商品集散分拨中心。支持在腾俊国际陆港建设中老铁路进口商品集散分拨中心，对新建冷库、保税仓库面积达到1万平方米以上的项目，按固定资产投资额的8%给予补助，单个项目最高不超过800万元。",
     "IV. Building a distribution center for imported goods. The construction of a distribution center for goods imported via the China-Laos Railway at Tengjun International Land Port shall be supported. Projects that newly build cold storage or bonded warehouses of 10,000 square meters or more shall be granted a subsidy of 8% of the investment in fixed assets, up to RMB 8 million per project."),
    ("五、提升口岸通关效率。会同昆明海关在王家营西站推行“铁路快速通关”模式，实现进口货物“抵站直提”、出口货物“抵站直装”，推动中老铁路进出口货物整体通关时间较2023年压缩30%以上。",
     "V. Improving customs clearance efficiency. Together with Kunming Customs, the \"rapid railway customs clearance\" model shall be implemented at Wangjiaying West Station, enabling \"direct pick-up upon arrival\" of imported goods and \"direct loading upon arrival\" of exported goods, so as to reduce the overall customs clearance time of goods on the China-Laos Railway by more than 30% compared with 2023."),
    ("六、创新跨境金融服务。鼓励片区内银行机构开展人民币与老挝基普直接汇率报价和跨境人民币结算业务，对年度跨境人民币结算量首次超过10亿元的银行机构给予20万元奖励。",
     "VI. Innovating cross-border financial services. Banking institutions in the Kunming Area are encouraged to offer direct exchange rate quotations between RMB and Lao kip and cross-border RMB settlement services. Banking institutions whose annual cross-border RMB settlement volume exceeds RMB 1 billion for the first time shall be granted a reward of RMB 200,000."),
    ("七、支持企业拓展老挝市场。对片区企业在老挝万象赛色塔综合开发区投资建设仓储物流项目、中方实际投资额达到500万美元以上的，按实际投资额的3%给予奖励，最高不超过300万元。",
     "VII. Supporting enterprises in expanding into the Lao market. Enterprises of the Kunming Area that invest in warehousing and logistics projects in the Vientiane Saysettha Development Zone in Laos, with an actual Chinese investment of USD 5 million or more, shall be granted a reward of 3% of the actual investment, up to RMB 3 million."),
    ("八、加强物流人才支撑。对片区物流企业新引进的具有老挝语、泰语等小语种能力的国际物流专业人才，按每人每年1.2万元给予企业补贴，连续补贴2年。",
     "VIII. Strengthening logistics talent support. Logistics enterprises of the Kunming Area that newly recruit international logistics professionals proficient in Lao, Thai or other less commonly taught languages shall be granted a subsidy of RMB 12,000 per person per year for two consecutive years."),
    ("九、本措施与昆明片区其他同类政策有重叠的，按照“就高不重复”原则执行；企业以弄虚作假手段骗取补助资金的，追回已拨付资金并纳入信用记录。",
     "IX. Where these measures overlap with other similar policies of the Kunming Area, the principle of \"applying the higher standard without duplication\" shall apply. Where an enterprise obtains subsidies by fraud, the funds already disbursed shall be recovered and the case shall be entered into its credit record."),
    ("十、本措施由昆明片区管委会经济发展局负责解释，自2024年8月1日起施行，有效期至2027年7月31日。",
     "X. The Economic Development Bureau of the Kunming Area Administrative Committee shall be responsible for the interpretation of these measures, which shall come into force on August 1, 2024 and remain valid until July 31, 2027."),
]
KM_NOTE = ("注：英文译文仅供参考，如有歧义，以中文文本为准。", "Note: The English translation is for reference only. In case of any discrepancy, the Chinese version shall prevail.")


def km_build(out):
    stem = "blind182_kunming"
    fdir = os.path.join(out, stem + "_files")
    os.makedirs(fdir, exist_ok=True)
    url = "http://ftz.km.gov.cn/c/2024-07-18/4862215.shtml"
    with open(os.path.join(fdir, "ftz.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:\"Microsoft YaHei\",Arial;margin:0;background:#f5f7fa}\n.ftz-head{background:#005a9c;height:110px}\n.ftz-head .lang a{color:#fff;margin-left:10px}\n"
                 ".ftz-nav li{display:inline-block;padding:0 20px;line-height:48px}\n.ftz-nav li span{display:block;font-size:11px;line-height:12px;color:#9cc3e6}\n"
                 ".con{width:1100px;margin:0 auto;background:#fff;padding:30px 60px}\n.con h1{font-size:26px;text-align:center;color:#003d6b}\n.con h2{font-size:17px;text-align:center;color:#666;font-weight:normal;font-family:\"Times New Roman\"}\n"
                 ".con .info{text-align:center;color:#999;font-size:13px;border-bottom:1px solid #e5e5e5;padding-bottom:12px}\n.TRS_UEDITOR p{font-size:16px;line-height:30px;margin:0 0 12px}\n.footer{background:#00365e;color:#bcd;text-align:center;padding:20px;font-size:13px}\n")
    with open(os.path.join(fdir, "ftz.js"), "w", encoding="utf-8") as fh:
        fh.write("function switchLang(l){location.href=l=='en'?'/en/':'/';}\n")
    logo_png(os.path.join(fdir, "ftz_logo.png"), "中国（云南）自由贸易试验区昆明片区", "China (Yunnan) Pilot Free Trade Zone Kunming Area", (255, 255, 255), w=760)
    qr_png(os.path.join(fdir, "wx.png"), 182004)

    P_CN = '<p style="text-indent: 2em; text-align: justify;">%s</p>'
    P_EN = '<p style="text-indent: 2em; text-align: justify;"><span style="font-family: &quot;Times New Roman&quot;;">%s</span></p>'
    B = [P_CN % E(cn) + "\n" + P_EN % E(en) for cn, en in KM_BODY]
    B.append('<p style="text-align: right;">%s</p>' % E(KM_ISSUER))
    B.append('<p style="text-align: right;"><span style="font-family: &quot;Times New Roman&quot;;">%s</span></p>' % E(KM_ISSUER_EN))
    B.append('<p style="text-align: right;">2024年7月15日</p>')
    B.append('<p style="text-align: right;"><span style="font-family: &quot;Times New Roman&quot;;">July 15, 2024</span></p>')
    B.append('<p><br></p>')
    B.append('<p style="text-indent: 2em;"><span style="color: rgb(127, 127, 127); font-size: 14px;">%s</span></p>' % E(KM_NOTE[0]))
    B.append('<p style="text-indent: 2em;"><span style="color: rgb(127, 127, 127); font-size: 14px; font-family: &quot;Times New Roman&quot;;">%s</span></p>' % E(KM_NOTE[1]))
    content = "\n".join(B)
    page = f"""<!DOCTYPE html>
{saved_from(url)}
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="SiteName" content="中国（云南）自由贸易试验区昆明片区">
<meta name="ColumnName" content="政策法规 Policies">
<meta name="ArticleTitle" content="{E(KM_TITLE)}">
<meta name="PubDate" content="2024-07-18 15:46">
<meta name="ContentSource" content="经济发展局">
<title>{E(KM_TITLE)} Several Measures on Supporting International Freight on the China-Laos Railway</title>
<link rel="stylesheet" href="./blind182_kunming_files/ftz.css">
<script src="./blind182_kunming_files/ftz.js"></script>
</head>
<body>
<div class="ftz-head"><div class="con-head"><img src="./blind182_kunming_files/ftz_logo.png" alt="中国（云南）自由贸易试验区昆明片区"><span class="lang"><a href="http://ftz.km.gov.cn/">中文</a>|<a href="http://ftz.km.gov.cn/en/">English</a></span></div></div>
<ul class="ftz-nav">
<li><a href="http://ftz.km.gov.cn/">首页<span>Home</span></a></li>
<li><a href="http://ftz.km.gov.cn/pqgk/">片区概况<span>About</span></a></li>
<li><a href="http://ftz.km.gov.cn/zcfg/">政策法规<span>Policies</span></a></li>
<li><a href="http://ftz.km.gov.cn/zdcx/">制度创新<span>Innovation</span></a></li>
<li><a href="http://ftz.km.gov.cn/tzcj/">投资促进<span>Investment</span></a></li>
<li><a href="http://ftz.km.gov.cn/qyfw/">企业服务<span>Services</span></a></li>
</ul>
<div class="con">
<div class="crumb">当前位置 Location：<a href="http://ftz.km.gov.cn/">首页 Home</a> &gt; <a href="http://ftz.km.gov.cn/zcfg/">政策法规 Policies</a> &gt; <a href="http://ftz.km.gov.cn/zcfg/pqzc/">片区政策 Area Policies</a></div>
<h1>{E(KM_TITLE)}</h1>
<h2>{E(KM_TITLE_EN)}</h2>
<div class="info">文号 Document No.：{KM_NO}　　发布时间 Release Date：2024-07-18　　来源 Source：经济发展局 Economic Development Bureau　　阅读 Views：<span id="views">1389</span></div>
<div class="TRS_UEDITOR trs_paper_default trs_web">
{content}
</div>
<div class="tools">【<a href="javascript:window.print()">打印 Print</a>】【<a href="javascript:window.close()">关闭 Close</a>】</div>
<div class="prev-next"><p>上一篇 Previous：<a href="http://ftz.km.gov.cn/c/2024-07-02/4851077.shtml">昆明片区2024年上半年制度创新成果发布 Kunming Area Releases Institutional Innovation Achievements for the First Half of 2024</a></p>
<p>下一篇 Next：<a href="http://ftz.km.gov.cn/c/2024-07-25/4870033.shtml">昆明片区关于开展2024年度跨境电商主体培育申报工作的通知</a></p></div>
</div>
<div class="footer"><p>主办：中国（云南）自由贸易试验区昆明片区管理委员会 Sponsored by the Administrative Committee of China (Yunnan) Pilot Free Trade Zone Kunming Area</p>
<p>地址：云南省昆明市官渡区经开区信息产业基地林溪路188号　<a href="https://beian.miit.gov.cn/">滇ICP备08002418号-3</a></p>
<p><img src="./blind182_kunming_files/wx.png" width="80" alt="">官方微信 WeChat</p></div>
</body></html>
"""
    with open(os.path.join(out, stem + ".html"), "w", encoding="utf-8") as fh:
        fh.write(page)


# ============================================================ expected.json
def expected():
    hb_specific = {
        "二、（二）": "武汉片区（湖北自贸试验区武汉片区；汉欧国际物流园，武汉市）",
        "二、（三）": "武汉市（阳逻港，新洲区）+ 宜昌片区（宜昌市）",
        "二、（四）": "武汉片区（光谷科技创新大走廊，武汉市东湖高新区）",
        "二、（六）": "襄阳片区（襄阳市）",
        "二、（七）": "宜昌片区（宜昌市）",
    }
    ex = {}
    ex["blind182_hubei"] = [
        {
            "meta": {
                "title": HB_TITLE, "doc_number": HB_NO, "issuer": ["湖北省人民政府"],
                "date": "2024-06-03", "published": "2024-06-11", "level": "provincial", "region": "湖北省",
                "effective": None, "expires": None, "attachments": [HB_ATT], "doc_type": "意见",
                "recipients": ["各市、州、县人民政府", "省政府各部门"], "publicity": "此件公开发布",
                "index_number": "011043386/2024-01437", "validity": "有效",
                "source_url": "https://www.hubei.gov.cn/zfwj/ezf/202406/t20240611_5219437.shtml",
            },
            "clauses": clauses_of(HB_BODY),
            "applies_to": {"default": "湖北省", "specific": hb_specific,
                           "note": "共建“一带一路”国家 / 中亚、欧洲 (（二）（五）（七）) do not place a clause abroad; 省商务厅 is an organ. 武汉、襄阳、宜昌 named together in the 总体目标 paragraph = the three 片区, default 湖北省 is fine there."},
            "_note": ("The page holds three tab panes inside div.tab-content: #zw (class=\"tab-pane active\") = the 意见 itself; #jd (class=\"tab-pane\") = the 政策解读 written by 省商务厅; #tj (class=\"tab-pane\") = 图解 (three PNG pictures, text only in pixels). "
                      "The inactive panes are hidden ONLY by `.tab-content>.tab-pane{display:none}` in the linked ./blind182_hubei_files/bootstrap.min.css — no inline style, no hidden attribute. "
                      "What an analyst needs: the 12 clauses of the 意见 from #zw; the 解读 is a different text by a different organ — ideally a second document (see the second object), dropping it is tolerable (low), but MIXING its paragraphs into the 意见's clauses is HIGH (an analyst would cite the 解读's paraphrases — e.g. “218项”, “14项” — as the State text; duplicate 目标 figures). "
                      "The 图解 h3 “一图读懂｜…” and the caption 制图：… are not clauses. The tab labels 正文 / 政策解读 / 图解 are navigation. "
                      "Metadata: title from h1 / meta ArticleTitle / 信息公开 table (the <title> has the suffix “_省政府文件_湖北省人民政府门户网站” which must be stripped). "
                      "文号 鄂政发〔2024〕14号 appears ONLY in the 信息公开 table (发文字号), not in the body. 发文机关 湖北省人民政府 (meta ContentSource/Author = 省政府办公厅 is the web editor, not the issuer). "
                      "date = 成文日期 2024-06-03 (table + 落款); published = 发布日期 2024-06-11 (table, meta PubDate); 2024-06-12 is the 解读's date; 2024-06-14 is the browser's “今天是” line; 2023-12-07 / 2022-03-18 belong to 相关文件. "
                      "Headings 一、总体目标 / 二、重点任务 / 三、保障措施 carry no text (tolerable as heading clauses). （一）…（七） and 三、（一）…（三） are run-in bold headings: heading + text = one clause; note that 三、 restarts （一）（二）（三） — the path must tell 二、（一） from 三、（一）. "
                      "附件 line: the attachment is a link to a PDF on the server that the browser did not save (网页，全部 saves page resources only) → attachments = [its title], its content is not available (a note/warning is a bonus; silence is fine). "
                      "Furniture: top bar (今天是…, 无障碍/繁體/English), logo, search, nav, breadcrumb 当前位置, 信息公开 table (→ metadata), 字体 大中小 / 打印 / 关闭, tab labels, 分享到, 扫一扫, 上一篇/下一篇 (titles of OTHER documents — must not become title or clauses), 相关文件 list, footer (主办/承办/网站标识码/ICP/公网安备), 落款 湖北省人民政府 2024年6月3日, （此件公开发布）, scripts, the hidden iframe."),
            "_pdf": {"note": "no PDF this round: the HTML page (+ its _files folder) is the deliverable"},
        },
        {
            "meta": {
                "title": HB_JD_TITLE, "doc_number": None, "issuer": ["湖北省商务厅"], "date": "2024-06-12",
                "published": "2024-06-12", "level": "provincial", "region": "湖北省", "effective": None, "expires": None,
                "attachments": [], "doc_type": "解读", "recipients": [], "publicity": None,
                "interprets": HB_TITLE,
            },
            "clauses": clauses_of(HB_JD),
            "applies_to": {"default": "湖北省", "specific": {}},
            "_note": ("OPTIONAL second document: the 政策解读 tab (div#jd class=\"tab-pane\", hidden by the linked stylesheet only). Reading it as its own document (doc_type 解读, issuer 湖北省商务厅, date 2024-06-12) is ideal; dropping it is tolerable (low — it is an interpretation, not policy); "
                      "merging it into the 意见 is HIGH (see the first object). The 解读's headings 一、出台背景 … 四、政策亮点 carry no text. The last paragraph (解读机关/解读人/联系电话) is a contact line (tolerable as a clause)."),
            "_pdf": {"note": "no PDF this round"},
        },
    ]
    lyg_specific = {
        "第三条": "连云港片区（中国（江苏）自由贸易试验区连云港片区）+ 连云港经济技术开发区 (配套资金 — the article itself is city-wide; naming them is tolerable either way)",
        "第七条": "上合组织（连云港）国际物流园（连云港市连云区）",
        "第八条": "中哈（连云港）物流合作基地（连云港市连云区）",
    }
    ex["blind182_lianyungang"] = [
        {
            "meta": {
                "title": LYG_TITLE, "doc_number": LYG_NO, "issuer": ["连云港市人民政府"], "date": "2024-07-08",
                "published": "2024-07-12", "level": "municipal", "region": "江苏省连云港市",
                "effective": None, "expires": None, "attachments": [LYG_XZ_TITLE], "doc_type": "通知",
                "recipients": ["各县、区人民政府", "市各委、办、局", "市各直属单位"], "publicity": "此件公开发布",
                "index_number": "014202851/2024-00318", "validity": "有效", "encoding": "declared gb2312, bytes GBK (赟 in 第十一条 is not in GB2312)",
            },
            "clauses": [LYG_COVER],
            "applies_to": {"default": "江苏省连云港市", "specific": {}},
            "_note": ("The 印发 notice holds ONE clause (the 现将…印发 sentence). The 实施细则 follows the 落款 (连云港市人民政府 / 2024年7月8日, right-aligned) and （此件公开发布） inside the same div.TRS_Editor, with NO “附件” label: a centred bold title paragraph, then 第一章…第五章 centred chapter headings and 第一条…第十七条 paragraphs (第X条 in a 黑体 span + full-width space). "
                      "Ideal: two documents (this notice + the 细则, second object); one document holding the notice sentence followed by the 细则 articles is tolerable (low) provided the title/文号/date are the notice's and effective/expires come from 第十七条. "
                      "HIGH: stopping at the 落款 (all 17 articles lost), or reading the 细则 title as a clause glued to the 落款 / （此件公开发布）. "
                      "Title: printed “市政府关于印发…的通知” (Jiangsu 市政府 short form; expanding it to 连云港市人民政府关于印发… is fine). The page <title> is just “连云港市人民政府” (site name — must not become the title). "
                      "文号 连政规发〔2024〕3号 is in the 信息公开 table AND as the first centred body line. date = 2024-07-08 (落款); published 2024-07-12 (发文日期 in the table is the web date — a trap: the table calls it 发文日期 but it is not the 成文日期). "
                      "issuer 连云港市人民政府 (发布机构 in the table = 市政府办公室, the web publisher, and ContentSource 市政府办公室 are not the issuer). "
                      "Encoding: the page declares charset=gb2312 but is GBK; 赟 (GBK-only) in 第十一条 must decode (a reader decoding strict GB2312 gets mojibake or U+FFFD). "
                      "Furniture: the TRS_Editor <style> block inside the body (CSS text — must not become a clause), top bar, banner table, nav, 您当前的位置, 信息公开 table, 发布日期/来源/浏览次数/字体 line, 相关解读 link (title of another page), 打印本页/关闭窗口, 扫一扫, footer, 主送 line (→ recipients), 落款."),
            "_pdf": {"note": "no PDF this round"},
        },
        {
            "meta": {
                "title": LYG_XZ_TITLE, "doc_number": None, "issuer": ["连云港市人民政府"], "date": "2024-07-08",
                "published": "2024-07-12", "level": "municipal", "region": "江苏省连云港市",
                "effective": "2024-08-01", "expires": "2026-12-31", "attachments": [], "doc_type": "实施细则",
                "recipients": [], "publicity": "此件公开发布", "issued_by": LYG_TITLE + "（" + LYG_NO + "）",
                "repeals": ["《连云港市国际班列扶持资金管理办法》（连政规发〔2021〕5号）"],
            },
            "clauses": lyg_clauses(),
            "applies_to": {"default": "江苏省连云港市", "specific": lyg_specific,
                           "note": "霍尔果斯 / 阿拉山口 (新疆 exit ports, 第四条), 日韩、中亚、欧洲 (第五条), 共建“一带一路”国家 (第六条) do not place clauses there; 市财政局 / 市交通运输局 are organs."},
            "_note": ("The 实施细则 printed after the notice's 落款. 第一章…第五章 are chapter headings (no text; path, or tolerable heading clauses). 第十二条 has four 项 （一）…（四）: listed here as separate clauses; merging them into 第十二条 is tolerable (low), losing them is medium. "
                      "第十七条: effective 2024-08-01, expires 2026-12-31 (and it repeals the 2021 办法 — 2021 is not a date of this document). No 文号 of its own (it is issued by the notice; carrying the notice's 文号 is tolerable). "
                      "第十一条 holds the GBK-only character 赟 (联系人：王赟)."),
            "_pdf": {"note": "no PDF this round"},
        },
    ]
    qbj_specific = {}
    for r in QBJ_TABLE:
        if r[0] == "row" and r[1] == "进口商品展示交易":
            qbj_specific["table row 进口商品展示交易"] = "成都国际铁路港（进口商品展示交易中心，青白江区）"
    qbj_specific["table row 国际多式联运“一单制”"] = "中国（四川）自由贸易试验区成都青白江铁路港片区 (在片区签发)"
    qbj_specific["table row 国际贸易专业服务"] = "成都青白江铁路港片区 (在片区新设立)"
    ex["blind182_qingbaijiang"] = [
        {
            "meta": {
                "title": QBJ_TITLE, "doc_number": QBJ_NO, "issuer": ["成都市青白江区人民政府办公室"], "date": "2024-04-22",
                "published": "2024-04-25", "level": "county", "region": "四川省成都市青白江区",
                "effective": None, "expires": None,
                "attachments": ["青白江区2024年度国际铁路港开放型经济发展政策兑现申报表"], "doc_type": "通知",
                "recipients": ["区级各部门", "各镇（街道）", "成都国际铁路港经开区管委会各部门"], "publicity": None,
            },
            "clauses": qbj_clauses(),
            "applies_to": {"default": "四川省成都市青白江区", "specific": qbj_specific,
                           "note": "共建“一带一路”国家 (海外仓 row) / 东盟国家 (rowspan row 2) do not place clauses abroad; 成都国际铁路港经开区 is inside 青白江区 (fine either way); 区投资促进局 / 区财政局 are organs. 中欧班列（成都） does not move a clause to 成都市 as a whole (成都市 is too broad, low)."},
            "_note": ("The whole body in div#NewsContent was pasted from WPS: every paragraph is <p class=\"MsoNormal\"> with mso-* styles, text split into several <span>s (digits/Latin in their own Times New Roman spans, and one arbitrary split inside a word) and a trailing <o:p></o:p> — the spans must be joined WITHOUT spaces (a stray space or line break inside “中欧班列”, “2024年” etc. is medium). "
                      "The table (table.MsoNormalTable inside <div align=\"center\">) sits between 二、's lead-in sentence and the sentence 同一企业同一事项… : header row 政策事项 | 兑现标准 (bold, → column names, not a clause); three category rows (一、国际班列和物流通道 / 二、开放平台和市场主体 / 三、人才和服务, one cell colspan=2, grey) are headings inside the table — not rows (as path or heading clause tolerable; as a row “政策事项：一、国际班列…” low); "
                      "西部陆海新通道班列运营 spans TWO rows (rowspan=2) — each of its two 兑现标准 rows must carry 政策事项 西部陆海新通道班列运营 (blank 政策事项 on the 2nd row is medium); the 外贸企业新落户 cell holds TWO paragraphs (…30万元； / 达到5000万美元的…) which are ONE row (splitting into two rows or losing the 2nd paragraph is medium — the 100万元 tier). "
                      "Rows must keep their order and must not be glued to 二、's lead-in or the following paragraph. The empty <o:p>&nbsp;</o:p> paragraphs are spacing. "
                      "Headings 一、兑现范围 / 二、政策事项和兑现标准 / 三、申报程序 / 四、有关要求 carry no text (tolerable as heading clauses). 三、（一）（二）（三） are run-in (楷体) headings: heading + text = one clause; 四、（一）（二） have no heading text. The contact line is a clause (tolerable either way). "
                      "Metadata: 文号 青白江府办发〔2024〕11号 is the first centred body line (and nowhere else); title from the .detail-title / meta ArticleTitle (the <title> has the suffix “-成都市青白江区人民政府”); issuer 成都市青白江区人民政府办公室 (落款); date 2024-04-22 (落款); published 2024-04-25 (发布时间); 2024-05-06/05-31/06-30/09-30 are deadlines; 2023-01-01…12-31 is the eligibility period. "
                      "The 附件 申报表 is a .docx link below the body (not saved by the browser) → attachments title only. No 此件公开发布 on this page. "
                      "Furniture: head banner, search, menu, 您现在的位置, 来源/发布时间/浏览次数/字号 line, 分享到, 手机扫码阅读, 上一篇/下一篇 (other documents' titles), footer, 落款."),
            "_pdf": {"note": "no PDF this round"},
        }
    ]
    km_specific = {
        "一、": "昆明王家营西站（昆明市官渡区，昆明片区）+ 磨憨铁路口岸（西双版纳州勐腊县磨憨镇，由昆明市托管）",
        "三、": "腾俊国际陆港（昆明经开区，昆明片区）",
        "四、": "腾俊国际陆港（昆明经开区，昆明片区）",
        "五、": "王家营西站（昆明市官渡区）",
    }
    ex["blind182_kunming"] = [
        {
            "meta": {
                "title": KM_TITLE, "title_en": KM_TITLE_EN, "doc_number": KM_NO, "issuer": [KM_ISSUER],
                "date": "2024-07-15", "published": "2024-07-18", "level": "municipal",
                "region": "云南省昆明市（中国（云南）自由贸易试验区昆明片区）",
                "effective": "2024-08-01", "expires": "2027-07-31", "attachments": [], "doc_type": "若干措施",
                "recipients": [], "publicity": None, "language": "zh (with an English translation after each paragraph)",
            },
            "clauses": [cn for cn, en in KM_BODY],
            "applies_to": {"default": "中国（云南）自由贸易试验区昆明片区（云南省昆明市）", "specific": km_specific,
                           "note": "中老铁路 / 老挝 / 东南亚 / 昆曼国际公路 / 万象赛色塔综合开发区 (七、) do not place a clause abroad — 七、 applies to 片区企业 (default). 昆明海关 is an organ. 云南省 as a whole is too broad (low)."},
            "_note": ("Bilingual body (div.TRS_UEDITOR): each Chinese <p> is followed by its English translation <p><span style=\"font-family: Times New Roman\">. "
                      "The clauses are the 11 Chinese paragraphs (intro + 一、…十、, each 一、 heading is run-in: heading + text = one clause). The English paragraphs are translations: attached to their Chinese clause (as a translation field, or appended to its text) is fine; dropped is tolerable (low — but a note that an English version exists is better); "
                      "read as SEPARATE clauses interleaved with the Chinese (22 clauses, each provision twice, ‘I.’ ‘II.’ labels) is MEDIUM; an English paragraph glued to the NEXT Chinese clause (wrong pairing) is medium; English read as a separate document is tolerable. "
                      "Title: the Chinese h1 (meta ArticleTitle); the English h2 is title_en (must not replace or be glued to the title); the <title> holds Chinese + an English short title. "
                      "文号 昆自贸片管发〔2024〕11号 appears only in the bilingual info line (“文号 Document No.：”). issuer = the 管委会 (落款; 来源 经济发展局 is the publishing bureau, not the issuer). date = 2024-07-15 (落款 2024年7月15日 / July 15, 2024); published 2024-07-18; effective 2024-08-01, expires 2027-07-31 (十、). "
                      "There is no 主送 and no 此件公开发布. The 注：英文译文仅供参考… line (+ its English) is a page note (tolerable as a clause, low). "
                      "Furniture: bilingual header/nav (首页 Home …), 当前位置 Location, info line, 打印 Print / 关闭 Close, 上一篇 Previous / 下一篇 Next (other titles), footer (主办/地址/ICP/官方微信), the English 落款 (Administrative Committee of … / July 15, 2024)."),
            "_pdf": {"note": "no PDF this round"},
        }
    ]
    return ex


def main():
    for stem in ("blind182_hubei", "blind182_lianyungang", "blind182_qingbaijiang", "blind182_kunming"):
        d = os.path.join(HERE, stem + "_files")
        if os.path.isdir(d):
            shutil.rmtree(d)
    hb_build(HERE)
    lyg_build(HERE)
    qbj_build(HERE)
    km_build(HERE)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("written to", HERE)


if __name__ == "__main__":
    main()
