# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402
"""Blind round 174: four ordinary government web pages, saved from the browser as HTML.

Writes next to itself:
  blind174_hunan_yitu.html  (+ blind174_hunan_yitu_files/)
      湖南省人民政府门户网站, 政策解读 column: a 一图读懂 of a provincial 若干措施; the
      infographic's text is only in <img alt> and <figcaption> (the PNGs carry it in
      pixels), the 文字解读 sits under the pictures. Chrome "Webpage, Complete".
  blind174_urumqi_customs.html  (+ blind174_urumqi_customs_files/)
      乌鲁木齐海关 site (easysite CMS, layout tables), 公告 page: 乌鲁木齐海关公告〔2024〕3号
      with the 附件 名录 of 海关监管作业场所 as an HTML table (two header rows, 片区 and
      口岸 in rowspans). Chrome "Webpage, Complete".
  blind174_dehong_notice.html  (+ blind174_dehong_notice_files/)
      中国（云南）自由贸易试验区德宏片区管理委员会 site, 通知公告 page: 信息公开 index box,
      the 通知 pasted from Word (MsoNormal spans, source line breaks inside CJK text, a
      MsoTableGrid table), and the 申报表 only as a link to a .docx on the server.
  blind174_pingxiang_qa.html
      凭祥市人民政府门户网站 (county level), 政策解读: a 政策问答 in <dl><dt>问：<dd>答：,
      three groups under headings; other <dl> in the sidebar and footer. Saved as
      "Webpage, HTML only": the original bytes, charset=gb2312 declared, GBK bytes
      (the name 黄堃 is outside GB2312).
  expected.json

No Word/PDF this round: the HTML files are the deliverable. The .docx the Dehong page
links to is not here (the browser does not save linked documents).

Run:  . /work/venv/bin/activate && python make_blind174.py
"""
import html
import json
import os
import re
import shutil

from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FONT_SANS_B = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"

E = lambda s: html.escape(s, quote=True)


def font(path, size):
    try:
        return ImageFont.truetype(path, size, index=2)  # SC
    except OSError:
        return ImageFont.truetype(FONT_SANS, size, index=2)


def wrap(draw, text, fnt, width):
    lines, cur = [], ""
    for ch in text:
        if ch == "\n":
            lines.append(cur); cur = ""; continue
        if draw.textlength(cur + ch, font=fnt) > width:
            lines.append(cur); cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def panel_png(path, head, body, color=(0xB3, 0x1B, 0x1B), w=750):
    """An infographic panel: coloured head band + wrapped body text (pixels only)."""
    fh, fb = font(FONT_SANS_B, 34), font(FONT_SANS, 26)
    tmp = Image.new("RGB", (w, 10)); d = ImageDraw.Draw(tmp)
    lines = wrap(d, body, fb, w - 80)
    h = 110 + 42 * len(lines) + 50
    im = Image.new("RGB", (w, h), (0xFF, 0xF8, 0xEE))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, w, 80], fill=color)
    d.text((40, 18), head, font=fh, fill=(255, 255, 255))
    y = 110
    for ln in lines:
        d.text((40, y), ln, font=fb, fill=(0x33, 0x33, 0x33)); y += 42
    d.rectangle([20, h - 20, w - 20, h - 16], fill=color)
    im.save(path, optimize=True)


def banner_png(path, lines, w=750):
    im = Image.new("RGB", (w, 300), (0xB3, 0x1B, 0x1B))
    d = ImageDraw.Draw(im)
    d.text((40, 30), "一图读懂", font=font(FONT_SANS_B, 72), fill=(0xFF, 0xE0, 0x8A))
    y = 140
    for ln in lines:
        d.text((40, y), ln, font=font(FONT_SANS_B, 30), fill=(255, 255, 255)); y += 46
    im.save(path, optimize=True)


def chart_png(path, title, data, w=750, h=460):
    im = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.text((40, 20), title, font=font(FONT_SANS_B, 28), fill=(0x33, 0x33, 0x33))
    base, top = h - 60, 110
    mx = max(v for _, v in data)
    bw = 100
    for i, (k, v) in enumerate(data):
        x = 90 + i * 160
        y = base - (base - top) * v / mx
        d.rectangle([x, y, x + bw, base], fill=(0xC8, 0x32, 0x32))
        d.text((x + 10, y - 34), "%.1f" % v, font=font(FONT_SANS, 24), fill=(0x33, 0x33, 0x33))
        d.text((x + 22, base + 12), k, font=font(FONT_SANS, 24), fill=(0x33, 0x33, 0x33))
    d.line([60, base, w - 40, base], fill=(0x66, 0x66, 0x66), width=2)
    im.save(path, optimize=True)


def small_png(path, size, color, text=None):
    im = Image.new("RGB", size, color)
    if text:
        d = ImageDraw.Draw(im)
        d.text((10, 8), text, font=font(FONT_SANS_B, max(12, size[1] // 2)), fill=(255, 255, 255))
    im.save(path, optimize=True)


def qr_png(path):
    im = Image.new("1", (29, 29), 1)
    import random
    rnd = random.Random(174)
    for x in range(29):
        for y in range(29):
            if rnd.random() < 0.45:
                im.putpixel((x, y), 0)
    for ox, oy in ((0, 0), (22, 0), (0, 22)):
        for x in range(7):
            for y in range(7):
                edge = x in (0, 6) or y in (0, 6) or (2 <= x <= 4 and 2 <= y <= 4)
                im.putpixel((ox + x, oy + y), 0 if edge else 1)
    im.resize((116, 116), Image.NEAREST).save(path)


def fresh_dir(p):
    if os.path.isdir(p):
        shutil.rmtree(p)
    os.makedirs(p)


def saved_from(url):
    return "<!-- saved from url=(%04d)%s -->" % (len(url), url)


STUB_JQ = "/*! jQuery v1.11.3 | (c) 2005, 2015 jQuery Foundation, Inc. | jquery.org/license */\n!function(a,b){\"object\"==typeof module&&\"object\"==typeof module.exports?module.exports=a.document?b(a,!0):function(a){return b(a)}:b(a)}(\"undefined\"!=typeof window?window:this,function(a,b){var c=[];return a.jQuery=a.$=function(){return{ready:function(f){f&&f()},on:function(){return this},click:function(){return this}}}});\n"


# =====================================================================
# 1. 湖南省人民政府门户网站 — 政策解读 / 一图读懂
# =====================================================================
HN_URL = "https://www.hunan.gov.cn/hnszf/xxgk/jd/tjzc/202407/t20240712_33351827.html"
HN_TITLE = "一图读懂丨湖南省支持中国（湖南）自由贸易试验区打造中非经贸合作高地若干措施"
HN_POLICY = "湖南省人民政府办公厅关于支持中国（湖南）自由贸易试验区打造中非经贸合作高地的若干措施"

# (file, alt, caption, expected-clause?, png kind, png text)
HN_FIGS = [
    dict(png="W020240712353180812345.png", kind="banner",
         alt="一图读懂湖南省支持中国（湖南）自由贸易试验区打造中非经贸合作高地若干措施",
         lines=["湖南省支持中国（湖南）自由贸易试验区", "打造中非经贸合作高地若干措施"]),
    dict(png="W020240712353180846872.png", kind="panel", head="出台背景",
         alt="出台背景：湖南自贸试验区于2020年9月挂牌，实施范围119.76平方公里，涵盖长沙片区79.98平方公里、岳阳片区19.94平方公里、郴州片区19.84平方公里，是全国唯一以中非经贸合作为特色的自贸试验区。省人民政府办公厅印发《若干措施》（湘政办发〔2024〕21号），共5个方面18条。"),
    dict(png="W020240712353180871460.png", kind="panel", head="发展目标",
         alt="发展目标：到2026年，湖南自贸试验区对非进出口额突破1000亿元，年均增长15%以上；新增对非投资企业200家以上；建成非洲非资源性产品集散交易中心20个以上。"),
    dict(png="W020240712353180899215.png", kind="chart",
         alt="柱状图：2020—2023年湖南自贸试验区对非进出口额（亿元）",
         caption="2023年，湖南自贸试验区对非进出口额586.7亿元，是2020年的2.8倍，占全省对非进出口额的比重由19.6%提高到24.1%。",
         data=[("2020", 209.5), ("2021", 318.2), ("2022", 447.9), ("2023", 586.7)]),
    dict(png="W020240712353180921733.png", kind="panel", head="措施一　拓展对非贸易通道",
         alt="措施一：拓展对非贸易通道。对新开通的对非国际全货机航线，按每班次最高30万元给予补贴，单条航线年度补贴不超过1500万元。\n对经岳阳城陵矶港中转至非洲的集装箱，按每标准箱500元给予补贴。"),
    dict(png="W020240712353180950168.png", kind="panel", head="措施二　做强非洲非资源性产品集散交易",
         alt="措施二：做强非洲非资源性产品集散交易。对长沙片区内年交易额首次超过5亿元的非洲咖啡、坚果、可可等集散交易中心，给予一次性奖励100万元；支持郴州片区建设非洲矿产品检验检测和认证中心。"),
    dict(png="W020240712353180976524.png", kind="panel", head="措施三　便利中非贸易结算和融资",
         alt="措施三：便利中非贸易结算和融资。对企业办理对非跨境人民币结算的，按结算额的0.5‰给予奖励，单个企业年度最高50万元；设立规模20亿元的中非经贸合作产业基金。"),
    dict(png="W020240712353181003397.png", kind="panel", head="措施四　支持企业“走出去”",
         alt="措施四：支持企业“走出去”。对在共建“一带一路”非洲国家新设境外经贸合作区、海外仓的省内企业，按实际投资额的10%给予补助，单个项目最高500万元。"),
    dict(png="W020240712353181030851.png", kind="panel", head="措施五　强化会展和人才支撑",
         alt="措施五：强化会展和人才支撑。依托中国—非洲经贸博览会，每年在长沙举办对非经贸专场活动不少于10场；在三个片区各设立1个中非经贸人才培训基地。",
         caption="《若干措施》自2024年7月1日起施行，有效期至2026年12月31日。"),
]

HN_JD = [  # (kind, text): h = heading (not a clause), p = clause
    ("p", "近日，湖南省人民政府办公厅印发《关于支持中国（湖南）自由贸易试验区打造中非经贸合作高地的若干措施》（湘政办发〔2024〕21号，以下简称《若干措施》）。现将有关内容解读如下。"),
    ("h", "一、出台背景"),
    ("p", "中国（湖南）自由贸易试验区是全国唯一以中非经贸合作为鲜明特色的自贸试验区，实施范围119.76平方公里，涵盖长沙、岳阳、郴州三个片区。挂牌以来，湖南自贸试验区累计形成制度创新成果126项，2023年对非进出口额586.7亿元，是2020年的2.8倍。为进一步发挥中国—非洲经贸博览会永久落户湖南的平台优势，推动共建“一带一路”高质量发展，省商务厅会同省发展改革委、省财政厅等部门研究起草了《若干措施》，经省人民政府同意，由省人民政府办公厅印发实施。"),
    ("h", "二、主要内容"),
    ("p", "《若干措施》共5个方面18条，主要包括："),
    ("r", "（一）拓展对非贸易通道（第1—4条）。", "支持长沙片区加密至内罗毕、亚的斯亚贝巴、拉各斯的全货机航线，对新开通的对非国际全货机航线按每班次最高30万元给予补贴，单条航线年度补贴不超过1500万元；支持岳阳片区依托城陵矶港开行“江海联运+对非航线”，对经城陵矶港中转至非洲的集装箱按每标准箱500元给予补贴。"),
    ("r", "（二）做强非洲非资源性产品集散交易（第5—8条）。", "在长沙片区中非经贸深度合作先行区建设非洲咖啡、坚果、可可、干果等集散交易中心，对年交易额首次超过5亿元的交易中心给予一次性奖励100万元；支持郴州片区建设非洲矿产品检验检测和认证中心，对取得国家级资质的给予一次性奖励200万元。"),
    ("r", "（三）便利中非贸易结算和融资（第9—11条）。", "对企业在湖南自贸试验区内办理对非跨境人民币结算的，按结算额的0.5‰给予奖励，单个企业年度最高50万元；推动设立规模20亿元的中非经贸合作产业基金，重点投向对非贸易、物流和境外园区项目。"),
    ("r", "（四）支持企业“走出去”（第12—15条）。", "对省内企业在共建“一带一路”非洲国家新设境外经贸合作区、海外仓的，按实际投资额的10%给予补助，单个项目最高500万元；对投保中国出口信用保险公司对非短期出口信用保险的，按保费的50%给予补助。"),
    ("r", "（五）强化会展和人才支撑（第16—18条）。", "依托中国—非洲经贸博览会，每年在长沙举办对非经贸专场活动不少于10场；在长沙、岳阳、郴州三个片区各设立1个中非经贸人才培训基地，每年培训对非经贸人才1000人次以上。"),
    ("h", "三、适用范围和施行时间"),
    ("p", "《若干措施》适用于在湖南自贸试验区长沙、岳阳、郴州三个片区内依法注册、具有独立法人资格的企业；在湖南自贸试验区协同联动区内开展对非经贸合作的企业参照执行。所需资金由省级财政和片区所在市按1:1比例分担。"),
    ("p", "《若干措施》自2024年7月1日起施行，有效期至2026年12月31日。"),
]


def hunan_clauses():
    out = []
    for f in HN_FIGS:
        if f["kind"] == "panel":
            out.append(f["alt"].replace("\n", ""))
        if f.get("caption"):
            out.append(f["caption"])
    for it in HN_JD:
        if it[0] == "p":
            out.append(it[1])
        elif it[0] == "r":
            out.append(it[1] + it[2])
    return out


def make_hunan():
    stem = "blind174_hunan_yitu"
    fdir = os.path.join(HERE, stem + "_files")
    fresh_dir(fdir)
    rel = "./" + stem + "_files/"
    for f in HN_FIGS:
        p = os.path.join(fdir, f["png"])
        if f["kind"] == "banner":
            banner_png(p, f["lines"])
        elif f["kind"] == "chart":
            chart_png(p, "2020—2023年湖南自贸试验区对非进出口额（亿元）", f["data"])
        else:
            panel_png(p, f["head"], f["alt"].split("：", 1)[1])
    small_png(os.path.join(fdir, "logo.png"), (420, 70), (0xB3, 0x1B, 0x1B), "湖南省人民政府")
    small_png(os.path.join(fdir, "dzjg.png"), (48, 60), (0xCC, 0x00, 0x00))
    small_png(os.path.join(fdir, "jiucuo.png"), (110, 55), (0xCC, 0x00, 0x00), "政府网站找错")
    qr_png(os.path.join(fdir, "qrcode.png"))
    with open(os.path.join(fdir, "jquery.min.js"), "w", encoding="utf-8") as fh:
        fh.write(STUB_JQ)
    with open(os.path.join(fdir, "common.js"), "w", encoding="utf-8") as fh:
        fh.write("function doZoom(n){var e=document.getElementById('zoom');if(e){e.style.fontSize=n+'px';}}\nfunction printPage(){window.print();}\n")
    with open(os.path.join(fdir, "style.css"), "w", encoding="utf-8") as fh:
        fh.write(".header{background:#b31b1b}.nav li{float:left;padding:0 18px}.main{width:1200px;margin:0 auto}"
                 ".article h1{font-size:28px;text-align:center}.yt figure{margin:0 auto;text-align:center}"
                 ".yt figcaption{font-size:16px;color:#666;padding:8px 0 20px}.wzjd p{text-indent:2em;line-height:2}"
                 ".hide{display:none}.footer{background:#f2f2f2;font-size:13px}\n")

    figs = []
    for f in HN_FIGS:
        alt = E(f["alt"]).replace("\n", "&#10;")
        cap = ("\n<figcaption>%s</figcaption>" % E(f["caption"])) if f.get("caption") else ""
        figs.append('<figure class="yt-img"><img src="%s%s" alt="%s" width="750" border="0" oldsrc="%s">%s</figure>'
                    % (rel, f["png"], alt, f["png"], cap))
    jd = []
    for it in HN_JD:
        if it[0] == "h":
            jd.append('<p style="text-indent:2em;"><strong>%s</strong></p>' % E(it[1]))
        elif it[0] == "p":
            jd.append('<p style="text-indent:2em;">%s</p>' % E(it[1]))
        else:
            jd.append('<p style="text-indent:2em;"><strong>%s</strong>%s</p>' % (E(it[1]), E(it[2])))

    page = f"""<!DOCTYPE html>
{saved_from(HN_URL)}
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="湖南省人民政府门户网站">
<meta name="SiteDomain" content="www.hunan.gov.cn">
<meta name="SiteIDCode" content="4300000065">
<meta name="ColumnName" content="图解政策">
<meta name="ColumnDescription" content="湖南省人民政府门户网站政策解读栏目">
<meta name="ColumnKeywords" content="政策解读,图解,一图读懂">
<meta name="ColumnType" content="政策解读">
<meta name="ArticleTitle" content="{E(HN_TITLE)}">
<meta name="PubDate" content="2024-07-12 10:05">
<meta name="ContentSource" content="湖南省商务厅">
<meta name="Keywords" content="自贸试验区,中非经贸,若干措施,一图读懂">
<meta name="Author" content="湖南省商务厅">
<meta name="Description" content="湖南省人民政府办公厅印发《若干措施》，共5个方面18条，支持中国（湖南）自由贸易试验区打造中非经贸合作高地。">
<meta name="Url" content="{HN_URL}">
<title>{E(HN_TITLE)}_图解政策_湖南省人民政府门户网站</title>
<link rel="stylesheet" type="text/css" href="{rel}style.css">
<script type="text/javascript" src="{rel}jquery.min.js"></script>
<script type="text/javascript" src="{rel}common.js"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
var shareTitle = "{HN_TITLE}";
var shareDesc = "湖南出台18条措施支持自贸试验区打造中非经贸合作高地";
</script>
</head>
<body>
<div class="topbar"><div class="main"><span class="fl">欢迎访问湖南省人民政府门户网站！</span>
<span class="fr"><a href="https://www.hunan.gov.cn/wza/">无障碍</a> | <a href="javascript:void(0)" id="zzms">长者模式</a> | <a href="https://www.hunan.gov.cn/english/">English</a> | <a href="https://www.hunan.gov.cn/wap/">手机版</a></span></div></div>
<div class="header"><div class="main"><a href="https://www.hunan.gov.cn/"><img src="{rel}logo.png" alt="湖南省人民政府"></a>
<form class="search" action="https://searching.hunan.gov.cn/hunan/search" method="get"><input type="text" name="q" placeholder="请输入关键词"><input type="submit" value="搜索"></form></div></div>
<div class="nav"><ul class="main">
<li><a href="https://www.hunan.gov.cn/">首页</a></li><li><a href="https://www.hunan.gov.cn/hnyw/">要闻动态</a></li><li class="on"><a href="https://www.hunan.gov.cn/hnszf/xxgk/">政务公开</a></li><li><a href="https://www.hunan.gov.cn/hnszf/zwfw/">政务服务</a></li><li><a href="https://www.hunan.gov.cn/hnszf/hdjl/">互动交流</a></li><li><a href="https://www.hunan.gov.cn/hnszf/jxxx/">走进湖南</a></li>
</ul></div>
<div class="main">
<div class="crumb">当前位置：<a href="https://www.hunan.gov.cn/">首页</a> &gt; <a href="https://www.hunan.gov.cn/hnszf/xxgk/">政务公开</a> &gt; <a href="https://www.hunan.gov.cn/hnszf/xxgk/jd/">政策解读</a> &gt; <a href="https://www.hunan.gov.cn/hnszf/xxgk/jd/tjzc/">图解政策</a></div>
<div class="article">
<h1 id="title">{E(HN_TITLE)}</h1>
<div class="info"><span>发布时间：2024-07-12 10:05</span><span>来源：湖南省商务厅</span><span>【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span><span><a href="javascript:printPage()">【打印】</a></span><span class="share">分享到：<a href="javascript:void(0)" title="微信"><img src="{rel}dzjg.png" alt="微信" width="16"></a></span></div>
<div class="hide" id="mobileTitle">{E(HN_TITLE)}</div>
<div id="zoom" class="content">
<div class="TRS_Editor"><div class="yt">
{chr(10).join(figs)}
</div>
<div class="wzjd">
<p style="text-align:center;"><strong>【文字解读】</strong></p>
{chr(10).join(jd)}
<p style="text-align:right;">（解读机关：湖南省商务厅　解读人：省商务厅自贸试验区工作处负责人　咨询电话：0731-82295341）</p>
</div></div>
</div>
<div class="yuanwen">原文链接：<a href="https://www.hunan.gov.cn/hnszf/xxgk/wjk/szfbgt/202407/t20240705_33342016.html" target="_blank">{E(HN_POLICY)}</a></div>
<div class="xgjd"><h4>相关解读</h4><ul>
<li><a href="https://www.hunan.gov.cn/hnszf/xxgk/jd/bmjd/202407/t20240710_33348290.html">省商务厅负责人就《关于支持中国（湖南）自由贸易试验区打造中非经贸合作高地的若干措施》答记者问</a><span>2024-07-10</span></li>
<li><a href="https://www.hunan.gov.cn/hnszf/xxgk/jd/tjzc/202406/t20240621_33330112.html">一图读懂丨湖南省推进跨境电商高质量发展行动方案（2024—2026年）</a><span>2024-06-21</span></li>
</ul></div>
<div class="bjxx">责任编辑：周雯</div>
<div class="qr"><img src="{rel}qrcode.png" alt="扫一扫在手机打开当前页" width="116"><p>扫一扫在手机打开当前页</p></div>
<div class="tools"><a href="javascript:printPage()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
<div class="footer"><div class="main">
<p><a href="https://www.hunan.gov.cn/about/">关于我们</a> | <a href="https://www.hunan.gov.cn/sitemap/">网站地图</a> | <a href="https://www.hunan.gov.cn/contact/">联系我们</a></p>
<p>主办：湖南省人民政府办公厅　承办：湖南省人民政府门户网站管理中心</p>
<p>网站标识码：4300000065　<a href="https://beian.miit.gov.cn/">湘ICP备05004779号-1</a>　湘公网安备 43010502000112号</p>
<p><img src="{rel}dzjg.png" alt="党政机关"> <img src="{rel}jiucuo.png" alt="政府网站找错"></p>
</div></div>
<script type="text/javascript">
(function(){{var d=document.getElementById('zzms');if(d){{d.onclick=function(){{document.body.className+=' elder';alert('已切换到长者模式');}};}}}})();
</script>
</body></html>
"""
    with open(os.path.join(HERE, stem + ".html"), "w", encoding="utf-8") as fh:
        fh.write(page)
    return stem


# =====================================================================
# 2. 乌鲁木齐海关 — 公告
# =====================================================================
CU_URL = "http://urumqi.customs.gov.cn/urumqi_customs/556667/556669/556671/5790334/index.html"
CU_NUMBER = "乌鲁木齐海关公告〔2024〕3号"
CU_TITLE = "关于公布中国（新疆）自由贸易试验区海关监管作业场所（场地）名录的公告"
CU_ATT = "中国（新疆）自由贸易试验区海关监管作业场所（场地）名录"

CU_BODY = [
    "为落实《中国（新疆）自由贸易试验区总体方案》，服务丝绸之路经济带核心区建设，根据《中华人民共和国海关监管区管理暂行办法》（海关总署令第232号）和《海关监管作业场所（场地）设置规范》，乌鲁木齐海关对中国（新疆）自由贸易试验区内的海关监管作业场所（场地）进行了核查确认，现将有关事项公告如下：",
    "一、列入本次名录的海关监管作业场所（场地）共14个，其中乌鲁木齐片区6个、喀什片区3个、霍尔果斯片区5个（名录见附件）。",
    "二、名录内的监管作业场所（场地）经营企业应当按照海关监管要求，配备与业务规模相适应的视频监控、卡口、查验和信息化系统，并与海关实现联网，视频资料保存时间不少于90天。",
    "三、指定监管场地应当严格按照批准的商品类别开展作业。霍尔果斯公路口岸进境粮食指定监管场地仅限开展进境原粮的装卸、仓储、检疫处理作业，不得从事粮食加工。",
    "四、海关对名录实行动态管理。场所（场地）名称、经营企业、面积等事项发生变更的，经营企业应当在变更之日起10个工作日内向主管海关提出变更申请；连续12个月未开展业务的，由主管海关报乌鲁木齐海关注销。",
    "五、本公告自2024年4月1日起施行。《乌鲁木齐海关关于公布霍尔果斯口岸海关监管作业场所名录的公告》（乌鲁木齐海关公告〔2021〕5号）同时废止。",
]
CU_COLS = ["序号", "所属片区", "口岸（区域）", "监管作业场所（场地）名称", "监管作业场所（场地）类型", "经营企业", "主管海关", "备注"]
# 片区, 口岸, rows (name, type, operator, customs, remark)
CU_TABLE = [
    ("乌鲁木齐片区", [
        ("乌鲁木齐航空口岸", [
            ("乌鲁木齐国际机场国际货运区海关监管作业场所", "航空货运类监管作业场所", "新疆机场（集团）有限责任公司", "乌鲁木齐机场海关", ""),
            ("乌鲁木齐国际机场国际快件监管中心", "快件类监管作业场所", "新疆空港国际物流有限公司", "乌鲁木齐机场海关", ""),
            ("乌鲁木齐国际机场进境冰鲜水产品指定监管场地", "指定监管场地", "新疆机场（集团）有限责任公司", "乌鲁木齐机场海关", "2024年新设"),
        ]),
        ("乌鲁木齐国际陆港区", [
            ("中欧班列（乌鲁木齐）集结中心海关监管作业场所", "铁路集装箱类监管作业场所", "新疆国际陆港（集团）有限责任公司", "乌鲁木齐陆港海关", ""),
            ("乌鲁木齐综合保税区海关监管作业场所", "综合保税区监管作业场所", "乌鲁木齐综合保税区建设发展有限公司", "乌鲁木齐陆港海关", ""),
            ("乌鲁木齐国际陆港区进境肉类指定监管场地", "指定监管场地", "新疆国际陆港（集团）有限责任公司", "乌鲁木齐陆港海关", "2024年新设"),
        ]),
    ]),
    ("喀什片区", [
        ("喀什航空口岸", [
            ("喀什徕宁国际机场国际货运海关监管作业场所", "航空货运类监管作业场所", "新疆机场（集团）有限责任公司喀什机场分公司", "喀什海关", ""),
        ]),
        ("喀什综合保税区", [
            ("喀什综合保税区海关监管作业场所", "综合保税区监管作业场所", "喀什综合保税区开发建设有限公司", "喀什海关", ""),
            ("喀什跨境电子商务监管中心", "跨境电商类监管作业场所", "喀什丝路跨境电商产业园有限公司", "喀什海关", ""),
        ]),
    ]),
    ("霍尔果斯片区", [
        ("霍尔果斯公路口岸", [
            ("霍尔果斯公路口岸进出境货运车辆海关监管作业场所", "公路类监管作业场所", "霍尔果斯口岸投资开发有限公司", "霍尔果斯海关", ""),
            ("霍尔果斯公路口岸进境粮食指定监管场地", "指定监管场地", "霍尔果斯口岸投资开发有限公司", "霍尔果斯海关", "仅限进境原粮"),
        ]),
        ("霍尔果斯铁路口岸", [
            ("霍尔果斯铁路口岸换装库及集装箱海关监管作业场所", "铁路集装箱类监管作业场所", "中铁国际多式联运有限公司霍尔果斯分公司", "霍尔果斯海关", ""),
            ("霍尔果斯铁路口岸进境水果指定监管场地", "指定监管场地", "霍尔果斯国际陆港投资有限公司", "霍尔果斯海关", "2024年新设"),
        ]),
        ("中哈霍尔果斯国际边境合作中心", [
            ("中哈霍尔果斯国际边境合作中心中方区域海关监管作业场所", "其他类监管作业场所", "霍尔果斯国际边境合作中心开发建设有限公司", "霍尔果斯海关", ""),
        ]),
    ]),
]
CU_CITY = {"乌鲁木齐片区": "新疆维吾尔自治区乌鲁木齐市（乌鲁木齐片区）", "喀什片区": "新疆维吾尔自治区喀什地区喀什市（喀什片区）", "霍尔果斯片区": "新疆维吾尔自治区伊犁哈萨克自治州霍尔果斯市（霍尔果斯片区）"}


def cu_rows():
    n = 0
    for pq, ports in CU_TABLE:
        for port, rows in ports:
            for r in rows:
                n += 1
                yield n, pq, port, r


def customs_clauses():
    out = list(CU_BODY)
    for n, pq, port, r in cu_rows():
        vals = [str(n), pq, port, *r]
        out.append("；".join("%s：%s" % (c, v) for c, v in zip(CU_COLS, vals) if v))
    return out


def make_customs():
    stem = "blind174_urumqi_customs"
    fdir = os.path.join(HERE, stem + "_files")
    fresh_dir(fdir)
    rel = "./" + stem + "_files/"
    small_png(os.path.join(fdir, "logo_top.png"), (600, 90), (0x0B, 0x3C, 0x7D), "中华人民共和国乌鲁木齐海关")
    small_png(os.path.join(fdir, "hg_hui.png"), (80, 80), (0xC8, 0xA0, 0x32))
    small_png(os.path.join(fdir, "dot.gif"), (6, 6), (0x0B, 0x3C, 0x7D))
    with open(os.path.join(fdir, "jquery.min.js"), "w", encoding="utf-8") as fh:
        fh.write(STUB_JQ)
    with open(os.path.join(fdir, "easysite.css"), "w", encoding="utf-8") as fh:
        fh.write(".easysite-news-title{font-size:24px;font-weight:bold;text-align:center;color:#0b3c7d}"
                 ".easysite-news-describe{text-align:center;color:#888}.easysite-news-text p{line-height:2}"
                 ".fjtable td{border:1px solid #333;padding:4px}\n")

    # the attachment table
    trs = ['<tr style="font-weight:bold;background:#eef3fa;">'
           '<td rowspan="2" align="center">序号</td><td rowspan="2" align="center">所属片区</td><td rowspan="2" align="center">口岸（区域）</td>'
           '<td colspan="2" align="center">监管作业场所（场地）</td><td rowspan="2" align="center">经营企业</td>'
           '<td rowspan="2" align="center">主管海关</td><td rowspan="2" align="center">备注</td></tr>',
           '<tr style="font-weight:bold;background:#eef3fa;"><td align="center">名称</td><td align="center">类型</td></tr>']
    n = 0
    for pq, ports in CU_TABLE:
        pq_rows = sum(len(rows) for _, rows in ports)
        first_pq = True
        for port, rows in ports:
            first_port = True
            for r in rows:
                n += 1
                cells = ['<td align="center">%d</td>' % n]
                if first_pq:
                    cells.append('<td rowspan="%d" align="center" valign="middle">%s</td>' % (pq_rows, E(pq)))
                    first_pq = False
                if first_port:
                    cells.append('<td rowspan="%d" align="center" valign="middle">%s</td>' % (len(rows), E(port)))
                    first_port = False
                cells += ['<td>%s</td>' % E(r[0]), '<td align="center">%s</td>' % E(r[1]),
                          '<td>%s</td>' % E(r[2]), '<td align="center">%s</td>' % E(r[3]),
                          '<td align="center">%s</td>' % (E(r[4]) if r[4] else "&nbsp;")]
                trs.append("<tr>" + "".join(cells) + "</tr>")
    table = ('<table class="fjtable" width="100%" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:14px;">\n<tbody>\n'
             + "\n".join(trs) + "\n</tbody>\n</table>")

    body = "\n".join('<p style="text-indent:2em;">%s</p>' % E(t) for t in CU_BODY)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
{saved_from(CU_URL)}
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<meta name="SiteName" content="中华人民共和国乌鲁木齐海关">
<meta name="SiteDomain" content="urumqi.customs.gov.cn">
<meta name="SiteIDCode" content="bm28020022">
<meta name="ColumnName" content="公告">
<meta name="ColumnType" content="通知公告">
<meta name="ArticleTitle" content="{E(CU_NUMBER)}（{E(CU_TITLE)}）">
<meta name="PubDate" content="2024-03-20 16:41">
<meta name="ContentSource" content="乌鲁木齐海关">
<title>{E(CU_NUMBER)}（{E(CU_TITLE)}）</title>
<link href="{rel}easysite.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="{rel}jquery.min.js"></script>
<script language="javascript">
function doZoom(size){{document.getElementById('easysiteText').style.fontSize=size+'px';}}
var title = "{E(CU_NUMBER)}";
</script>
</head>
<body style="margin:0;background:#f4f6f9;">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tbody><tr>
    <td height="90" background="{rel}logo_top.png"><img src="{rel}hg_hui.png" width="80" height="80" alt="海关关徽"> <span style="font-size:30px;color:#fff;">中华人民共和国乌鲁木齐海关</span><br><span style="color:#dde;">Urumqi Customs District P.R.China</span></td>
  </tr>
  <tr>
    <td height="36" bgcolor="#0b3c7d">
      <table width="100%" border="0" cellspacing="0" cellpadding="0"><tbody><tr>
        <td align="center"><a href="http://urumqi.customs.gov.cn/" style="color:#fff;">首页</a></td>
        <td align="center"><a href="http://urumqi.customs.gov.cn/urumqi_customs/556667/index.html" style="color:#fff;">信息公开</a></td>
        <td align="center"><a href="http://urumqi.customs.gov.cn/urumqi_customs/556685/index.html" style="color:#fff;">关务公开</a></td>
        <td align="center"><a href="http://online.customs.gov.cn/" style="color:#fff;">在线服务</a></td>
        <td align="center"><a href="http://urumqi.customs.gov.cn/urumqi_customs/556699/index.html" style="color:#fff;">互动交流</a></td>
      </tr></tbody></table>
    </td>
  </tr>
</tbody></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tbody><tr>
    <td width="200" valign="top" style="border-right:1px solid #dde;">
      <table width="100%" border="0" cellspacing="0" cellpadding="6"><tbody>
        <tr><td bgcolor="#0b3c7d" style="color:#fff;font-weight:bold;">信息公开</td></tr>
        <tr><td><img src="{rel}dot.gif" alt=""> <a href="http://urumqi.customs.gov.cn/urumqi_customs/556667/556669/556671/index.html">公告</a></td></tr>
        <tr><td><img src="{rel}dot.gif" alt=""> <a href="http://urumqi.customs.gov.cn/urumqi_customs/556667/556669/556673/index.html">通知</a></td></tr>
        <tr><td><img src="{rel}dot.gif" alt=""> <a href="http://urumqi.customs.gov.cn/urumqi_customs/556667/556669/556675/index.html">统计数据</a></td></tr>
        <tr><td><img src="{rel}dot.gif" alt=""> <a href="http://urumqi.customs.gov.cn/urumqi_customs/556667/556669/556677/index.html">政策解读</a></td></tr>
      </tbody></table>
    </td>
    <td width="800" valign="top" style="padding:10px 20px;">
      <div class="easysite-location">您当前的位置：<a href="http://urumqi.customs.gov.cn/">首页</a> &gt; <a href="http://urumqi.customs.gov.cn/urumqi_customs/556667/index.html">信息公开</a> &gt; <a href="http://urumqi.customs.gov.cn/urumqi_customs/556667/556669/556671/index.html">公告</a></div>
      <div class="easysite-news-title"><h2>{E(CU_NUMBER)}（{E(CU_TITLE)}）</h2></div>
      <div class="easysite-news-describe">发布时间：2024-03-20　　来源：乌鲁木齐海关　　【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
      <div id="easysiteText" class="easysite-news-text">
<p style="text-align:center;"><strong>{E(CU_NUMBER)}</strong></p>
{body}
<p style="text-indent:2em;">特此公告。</p>
<p style="text-indent:2em;">&nbsp;</p>
<p style="text-indent:2em;">附件：{E(CU_ATT)}</p>
<p style="text-indent:2em;">&nbsp;</p>
<p style="text-align:right;">乌鲁木齐海关</p>
<p style="text-align:right;">2024年3月18日</p>
<p>&nbsp;</p>
<p><strong>附件</strong></p>
<p style="text-align:center;"><strong>{E(CU_ATT)}</strong></p>
{table}
<p>&nbsp;</p>
      </div>
      <div class="easysite-news-operation" style="text-align:right;"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
    </td>
  </tr>
</tbody></table>
<table width="1000" border="0" align="center" cellpadding="8" cellspacing="0" bgcolor="#0b3c7d">
  <tbody><tr><td align="center" style="color:#fff;font-size:13px;">
    版权所有：中华人民共和国乌鲁木齐海关　地址：乌鲁木齐市新市区北京南路388号　邮编：830011<br>
    网站标识码：bm28020022　<a href="https://beian.miit.gov.cn/" style="color:#fff;">京ICP备17015317号</a>　京公网安备 11040102700078号
  </td></tr>
</tbody></table>
</body></html>
"""
    with open(os.path.join(HERE, stem + ".html"), "w", encoding="utf-8") as fh:
        fh.write(page)
    return stem


# =====================================================================
# 3. 德宏片区管委会 — 通知公告 (通知 pasted from Word; 申报表 as a linked .docx)
# =====================================================================
DH_URL = "https://www.dhftz.gov.cn/tzgg/content_2024061317021156.html"
DH_ISSUER = "中国（云南）自由贸易试验区德宏片区管理委员会"
DH_SHORT = "关于组织申报2024年度德宏片区跨境产业链合作项目扶持资金的通知"
DH_TITLE = DH_ISSUER + DH_SHORT
DH_NUMBER = "德自贸管发〔2024〕11号"
DH_ATT = "2024年度德宏片区跨境产业链合作项目扶持资金申报表"
DH_DOCX = "https://www.dhftz.gov.cn/uploadfiles/2024/06/P020240613521078316094.docx"
DH_TO = "片区各部门，瑞丽市各有关部门，各有关企业："
DH_TAB_COLS = ["支持类别", "支持方式", "支持标准", "单个项目上限（万元）"]
DH_TAB = [
    ("跨境加工贸易项目", "事后奖补", "按年度进口原料价值的1%给予奖励", "200"),
    ("跨境物流项目", "事后奖补", "按每标准箱300元或每车次500元给予补贴", "100"),
    ("境外产能合作项目", "贷款贴息", "按实际贷款利息的50%给予贴息，贴息期不超过2年", "150"),
    ("跨境电商和服务贸易项目", "事后奖补", "按年度交易额的0.5%给予奖励", "50"),
]
DH_BODY = [
    ("p", "为深入贯彻落实《中国（云南）自由贸易试验区总体方案》和云南省建设面向南亚东南亚辐射中心的部署要求，推动德宏片区与缅甸等周边国家跨境产业链供应链深度融合，服务共建“一带一路”高质量发展，根据《中国（云南）自由贸易试验区德宏片区产业发展扶持资金管理办法》（德自贸管发〔2023〕6号），现就组织申报2024年度跨境产业链合作项目扶持资金有关事项通知如下。"),
    ("h", "一、支持范围"),
    ("r", "（一）跨境加工贸易项目。", "利用自缅甸进口的原料在片区内开展精深加工，年加工进口原料价值2000万元以上的项目。"),
    ("r", "（二）跨境物流项目。", "依托瑞丽口岸、畹町口岸开展中缅公铁联运、跨境冷链运输，年跨境运输货值5000万元以上的项目。"),
    ("r", "（三）境外产能合作项目。", "片区内企业在缅甸投资建设、带动国内设备和原材料出口的农业种植、加工制造项目。"),
    ("r", "（四）跨境电商和服务贸易项目。", "在姐告边境贸易区开展跨境电商直播、“互市+电商”等新业态的项目。"),
    ("h", "二、支持标准"),
    ("p", "项目扶持资金按以下标准给予支持（见表1），单个企业年度扶持总额不超过300万元。"),
    ("tcap", "表1　2024年度跨境产业链合作项目扶持标准"),
    ("table",),
    ("h", "三、申报条件"),
    ("p", "1.在德宏片区依法注册登记、具有独立法人资格，且在片区内实际经营1年以上的企业。"),
    ("p", "2.财务管理制度健全，2023年度营业收入不低于500万元。"),
    ("p", "3.近三年未发生重大安全生产、环境污染事故，未被列入严重失信主体名单。"),
    ("p", "4.同一项目已获得省级及以上财政资金支持的，不得重复申报。"),
    ("h", "四、申报材料"),
    ("p", "（一）《2024年度德宏片区跨境产业链合作项目扶持资金申报表》（见附件）。"),
    ("p", "（二）营业执照复印件、2023年度财务审计报告。"),
    ("p", "（三）项目相关合同、报关单、发票、银行结算凭证等证明材料。"),
    ("p", "申报材料一式三份，加盖企业公章，按上述顺序装订成册，同时提供电子版。"),
    ("h", "五、申报时间和方式"),
    ("p", "申报时间为2024年6月15日至7月15日。申报企业将纸质材料报送至德宏片区经济发展局（瑞丽市姐告大道88号德宏片区政务服务中心3楼312室），电子版发送至dhftzjfj@163.com。逾期不予受理。"),
    ("h", "六、联系方式"),
    ("p", "德宏片区经济发展局　李明蕊　0692-4158326。"),
]


def dehong_clauses():
    out = []
    for it in DH_BODY:
        if it[0] == "p":
            out.append(it[1])
        elif it[0] == "r":
            out.append(it[1] + it[2])
        elif it[0] == "table":
            for r in DH_TAB:
                out.append("；".join("%s：%s" % (c, v) for c, v in zip(DH_TAB_COLS, r)))
    return out


FS_STYLE = "font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:&quot;Times New Roman&quot;"
KT_STYLE = "font-size:16.0pt;font-family:楷体_GB2312;mso-hansi-font-family:&quot;Times New Roman&quot;"
HT_STYLE = "font-size:16.0pt;font-family:黑体;mso-hansi-font-family:&quot;Times New Roman&quot;"


def mso_runs(text, style, wrap_at=31, offset=0):
    """Word's HTML: ASCII runs in lang=EN-US spans; the CJK text wrapped in the *source*
    with bare newlines (Word wraps its HTML at ~76 bytes)."""
    parts = re.split(r"([0-9A-Za-z.@%:\-]+)", text)
    out, col = [], offset
    for seg in parts:
        if not seg:
            continue
        if re.fullmatch(r"[0-9A-Za-z.@%:\-]+", seg):
            out.append('<span lang="EN-US" style="font-size:16.0pt;font-family:&quot;Times New Roman&quot;,serif">%s</span>' % E(seg))
            col += len(seg) // 2
            continue
        buf = ""
        for ch in seg:
            buf += ch
            col += 1
            if col >= wrap_at and ch not in "“《（":
                buf += "\n"
                col = 0
        out.append('<span style="%s">%s</span>' % (style, E(buf)))
    return "".join(out)


def mso_p(inner, indent=True, align=None):
    st = "text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly" if indent else "line-height:28.0pt;mso-line-height-rule:exactly"
    al = (' align="%s" style="text-align:%s;%s"' % (align, align, st)) if align else (' style="%s"' % st)
    return '<p class="MsoNormal"%s>%s<span lang="EN-US" style="font-size:16.0pt"><o:p></o:p></span></p>' % (al, inner)


def make_dehong():
    stem = "blind174_dehong_notice"
    fdir = os.path.join(HERE, stem + "_files")
    fresh_dir(fdir)
    rel = "./" + stem + "_files/"
    small_png(os.path.join(fdir, "logo.png"), (640, 80), (0x00, 0x6E, 0x5A), "德宏片区管委会")
    small_png(os.path.join(fdir, "docx.gif"), (16, 16), (0x2B, 0x57, 0x9A))
    small_png(os.path.join(fdir, "gh.png"), (20, 20), (0x66, 0x99, 0x33))
    with open(os.path.join(fdir, "jquery.min.js"), "w", encoding="utf-8") as fh:
        fh.write(STUB_JQ)
    with open(os.path.join(fdir, "main.css"), "w", encoding="utf-8") as fh:
        fh.write(".w1200{width:1200px;margin:0 auto}.xxgk-box td{border:1px solid #ddd;padding:6px}.xl-title{font-size:26px;text-align:center}"
                 ".xl-content p.MsoNormal{margin:0}.fj-box{margin-top:20px;border-top:1px dashed #ccc}.gotop{position:fixed;right:20px;bottom:60px}\n")

    parts = []
    parts.append(mso_p('<span lang="EN-US" style="%s"><o:p>&nbsp;</o:p></span>' % FS_STYLE, indent=False, align="center"))
    parts.append(mso_p(mso_runs(DH_NUMBER, FS_STYLE, 99), indent=False, align="center"))
    parts.append(mso_p('<span lang="EN-US" style="%s"><o:p>&nbsp;</o:p></span>' % FS_STYLE, indent=False))
    tstyle = "font-size:22.0pt;font-family:方正小标宋简体;mso-hansi-font-family:&quot;Times New Roman&quot;"
    # title: Word wraps it in two centered lines with a <br> after 管理委员会
    parts.append('<p class="MsoNormal" align="center" style="text-align:center;line-height:33.0pt;mso-line-height-rule:exactly">'
                 '<span style="%s">%s<br>\n</span>%s</p>' % (tstyle, E(DH_ISSUER), mso_runs(DH_SHORT, tstyle, 99)))
    parts.append(mso_p('<span lang="EN-US" style="%s"><o:p>&nbsp;</o:p></span>' % FS_STYLE, indent=False))
    parts.append(mso_p(mso_runs(DH_TO, FS_STYLE, 99), indent=False))
    for it in DH_BODY:
        if it[0] == "p":
            parts.append(mso_p(mso_runs(it[1], FS_STYLE)))
        elif it[0] == "h":
            parts.append(mso_p(mso_runs(it[1], HT_STYLE, 99)))
        elif it[0] == "r":
            parts.append(mso_p('<b>' + mso_runs(it[1], KT_STYLE, 99) + '</b>' + mso_runs(it[2], FS_STYLE, offset=len(it[1]))))
        elif it[0] == "tcap":
            parts.append(mso_p(mso_runs(it[1], HT_STYLE.replace("16.0pt", "14.0pt"), 99), indent=False, align="center"))
        elif it[0] == "table":
            widths = [132, 96, 252, 110]
            rows = []
            def cell(txt, w, bold=False, center=True):
                t = mso_runs(txt, FS_STYLE.replace("16.0pt", "12.0pt"), 99).replace("16.0pt", "12.0pt")
                if bold:
                    t = "<b>" + t + "</b>"
                al = ' align="center" style="text-align:center"' if center else ""
                return ('<td width="%d" valign="middle" style="width:%d.0pt;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt">'
                        '<p class="MsoNormal"%s>%s</p></td>' % (w, w * 3 // 4, al, t))
            rows.append('<tr style="mso-yfti-irow:0;mso-yfti-firstrow:yes;height:28.35pt">' + "".join(cell(c, w, True) for c, w in zip(DH_TAB_COLS, widths)) + "</tr>")
            for i, r in enumerate(DH_TAB, 1):
                rows.append('<tr style="mso-yfti-irow:%d;height:28.35pt">' % i + "".join(cell(v, w, center=(j != 2)) for j, (v, w) in enumerate(zip(r, widths))) + "</tr>")
            parts.append('<div align="center"><table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
                         'style="border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt">\n<tbody>\n'
                         + "\n".join(rows) + "\n</tbody></table></div>")
    parts.append(mso_p('<span lang="EN-US" style="%s"><o:p>&nbsp;</o:p></span>' % FS_STYLE))
    parts.append(mso_p('<span style="%s">附件：</span><a href="%s"><span style="%s">%s</span></a>' % (FS_STYLE, DH_DOCX, FS_STYLE, E(DH_ATT))))
    parts.append(mso_p('<span lang="EN-US" style="%s"><o:p>&nbsp;</o:p></span>' % FS_STYLE))
    parts.append(mso_p('<span lang="EN-US" style="%s"><o:p>&nbsp;</o:p></span>' % FS_STYLE))
    parts.append('<p class="MsoNormal" align="right" style="text-align:right;line-height:28.0pt;mso-line-height-rule:exactly">%s<span lang="EN-US" style="font-size:16.0pt"><span style="mso-spacerun:yes">&nbsp;&nbsp;&nbsp; </span></span></p>' % mso_runs(DH_ISSUER, FS_STYLE, 99))
    parts.append('<p class="MsoNormal" align="right" style="text-align:right;margin-right:64.0pt;line-height:28.0pt;mso-line-height-rule:exactly">%s</p>' % mso_runs("2024年6月12日", FS_STYLE, 99))
    parts.append(mso_p(mso_runs("（此件公开发布）", FS_STYLE, 99)))

    xxgk = [("索引号", "11533102MB1L60482K/2024-00137"), ("主题分类", "综合政务\\通知公告"),
            ("发文机关", DH_ISSUER), ("成文日期", "2024年06月12日"),
            ("发文字号", DH_NUMBER), ("发布日期", "2024年06月13日"),
            ("名　　称", DH_TITLE)]
    xx_rows = []
    for i in range(0, 6, 2):
        (a, b), (c, d) = xxgk[i], xxgk[i + 1]
        xx_rows.append('<tr><td class="t1">%s：</td><td>%s</td><td class="t1">%s：</td><td>%s</td></tr>' % (E(a), E(b), E(c), E(d)))
    xx_rows.append('<tr><td class="t1">%s：</td><td colspan="3">%s</td></tr>' % (E(xxgk[6][0]), E(xxgk[6][1])))

    page = f"""<!DOCTYPE html>
{saved_from(DH_URL)}
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<meta name="SiteName" content="中国（云南）自由贸易试验区德宏片区">
<meta name="SiteDomain" content="www.dhftz.gov.cn">
<meta name="SiteIDCode" content="5331000031">
<meta name="ColumnName" content="通知公告">
<meta name="ColumnType" content="通知公告">
<meta name="ArticleTitle" content="{E(DH_SHORT)}">
<meta name="PubDate" content="2024-06-13 17:02">
<meta name="ContentSource" content="德宏片区经济发展局">
<title>{E(DH_SHORT)}-中国（云南）自由贸易试验区德宏片区</title>
<link rel="stylesheet" href="{rel}main.css">
<script src="{rel}jquery.min.js"></script>
</head>
<body>
<div class="top"><div class="w1200"><img src="{rel}logo.png" alt="中国（云南）自由贸易试验区德宏片区管理委员会"><div class="top-r"><a href="https://www.dhftz.gov.cn/">首页</a> | <a href="https://www.dhftz.gov.cn/en/">English</a> | <a href="https://www.dhftz.gov.cn/my/">မြန်မာ</a></div></div></div>
<div class="nav"><div class="w1200"><ul>
<li><a href="https://www.dhftz.gov.cn/">首页</a></li><li><a href="https://www.dhftz.gov.cn/pqgk/">片区概况</a></li><li><a href="https://www.dhftz.gov.cn/zcfg/">政策法规</a></li><li class="on"><a href="https://www.dhftz.gov.cn/tzgg/">通知公告</a></li><li><a href="https://www.dhftz.gov.cn/zdcx/">制度创新</a></li><li><a href="https://www.dhftz.gov.cn/tzdh/">投资德宏</a></li><li><a href="https://www.dhftz.gov.cn/zwfw/">政务服务</a></li>
</ul></div></div>
<div class="w1200">
<div class="position"><img src="{rel}gh.png" alt=""> 当前位置：<a href="https://www.dhftz.gov.cn/">首页</a> &gt;&gt; <a href="https://www.dhftz.gov.cn/tzgg/">通知公告</a> &gt;&gt; 正文</div>
<div class="xxgk-box"><table width="100%" cellspacing="0" cellpadding="0">
{chr(10).join(xx_rows)}
</table></div>
<div class="xl-title"><h1>{E(DH_SHORT)}</h1></div>
<div class="xl-info">发布时间：2024-06-13 17:02:11　　来源：德宏片区经济发展局　　浏览次数：<span id="hits"><script>document.write(Math.floor(1286));</script></span>　　<a href="javascript:window.print();">【打印】</a></div>
<div class="xl-content" id="zoom">
{chr(10).join(parts)}
</div>
<div class="fj-box"><p class="fj-t">附件下载：</p><ul>
<li><img src="{rel}docx.gif" alt=""> <a href="{DH_DOCX}" target="_blank">{E(DH_ATT)}.docx</a></li>
</ul></div>
<div class="sxp"><p>上一篇：<a href="https://www.dhftz.gov.cn/tzgg/content_2024060609211327.html">关于公布德宏片区第四批制度创新案例的公告</a></p>
<p>下一篇：<a href="https://www.dhftz.gov.cn/tzgg/content_2024061810150284.html">关于举办2024年中缅边境经济贸易交易会德宏片区招商推介会的通知</a></p></div>
<div class="xgyd"><h3>相关阅读</h3><ul>
<li><a href="https://www.dhftz.gov.cn/zcfg/content_2023042111002216.html">中国（云南）自由贸易试验区德宏片区产业发展扶持资金管理办法</a> <span>2023-04-21</span></li>
<li><a href="https://www.dhftz.gov.cn/tzgg/content_2024011510351149.html">关于拨付2023年度德宏片区跨境产业链合作项目扶持资金的公示</a> <span>2024-01-15</span></li>
</ul></div>
</div>
<div class="foot"><div class="w1200">
<p>主办单位：中国（云南）自由贸易试验区德宏片区管理委员会　地址：云南省瑞丽市姐告大道88号　电话：0692-4158300</p>
<p>网站标识码：5331000031　<a href="https://beian.miit.gov.cn/">滇ICP备2020008316号-1</a>　滇公网安备 53310202000128号</p>
</div></div>
<div class="gotop"><a href="#">返回顶部</a></div>
<script>$(function(){{$('.gotop').click(function(){{window.scrollTo(0,0);}});}});</script>
</body></html>
"""
    with open(os.path.join(HERE, stem + ".html"), "w", encoding="utf-8") as fh:
        fh.write(page)
    return stem


# =====================================================================
# 4. 凭祥市人民政府 — 政策问答 (<dl><dt>问：<dd>答：), saved "HTML only", GBK bytes
# =====================================================================
PX_URL = "http://www.pingxiang.gov.cn/zwgk/zcjd/t20240920_5821037.shtml"
PX_POLICY = "凭祥市支持边民互市贸易商品落地加工高质量发展若干措施"
PX_TITLE = "《%s》政策问答" % PX_POLICY
PX_INTRO = "近日，凭祥市人民政府办公室印发《凭祥市支持边民互市贸易商品落地加工高质量发展若干措施》（凭政办发〔2024〕19号，以下简称《若干措施》）。为便于企业和群众了解政策内容，现就有关问题解答如下。"
# groups: (heading, [(question, [answer parts])]); an answer part is a str (a <p>) or a list (an <ol>)
PX_QA = [
    ("一、政策背景和适用范围", [
        ("《若干措施》出台的背景是什么？",
         ["凭祥市是中国（广西）自由贸易试验区崇左片区的核心区域，拥有友谊关口岸、凭祥铁路口岸2个国家一类口岸和浦寨、弄尧、叫隘等5个边民互市点。2023年，全市边民互市贸易进出口额412.6亿元，但互市商品落地加工率不足30%。为推动边民互市贸易由“通道经济”向“口岸经济”转型，服务共建“一带一路”和中国—东盟自由贸易区3.0版建设，市人民政府办公室于2024年9月10日印发《若干措施》。"]),
        ("《若干措施》的适用对象有哪些？",
         ["在凭祥市依法登记注册、从事边民互市进口商品落地加工的企业，以及参与互市贸易的边民互助组和边民合作社。其中，落地加工企业须在凭祥综合保税区或凭祥边境经济合作区内设立生产线。"]),
    ]),
    ("二、主要支持内容", [
        ("边民互市进口商品落地加工企业可以享受哪些奖励？",
         ["对年收购边民互市进口商品货值在1000万元以上的落地加工企业，按收购货值的2%给予奖励，单个企业年度奖励最高不超过300万元。当年新投产的企业，奖励比例提高至3%。"]),
        ("对新建加工生产线有什么支持？",
         ["对新建或技术改造边民互市商品加工生产线的企业，按设备投资额给予补助：",
          "（一）设备投资额500万元以上（含）、不足2000万元的，按10%给予补助；",
          "（二）设备投资额2000万元以上（含）的，按12%给予补助，最高不超过500万元。",
          "设备须在2024年9月10日至2026年12月31日期间购置并投入使用。"]),
        ("边民互助组参与落地加工有什么政策？",
         ["边民互助组与落地加工企业签订年度收购协议、且协议履约率达到80%以上的，按互助组实际交易额的0.5%给予互助组工作经费补助，补助资金主要用于边民培训和交易组织。"]),
        ("物流运输方面有哪些支持？",
         ["对从友谊关口岸、浦寨互市点将互市商品运至凭祥综合保税区内加工的，按每车次200元给予运输补贴；经凭祥铁路口岸以中越跨境班列运输加工产品出口的，按每标准箱800元给予补贴。"]),
        ("落地加工产品可以销往哪些地方？",
         ["落地加工产品可在国内市场销售，也可出口至越南及其他东盟国家。经海关认定加工增值超过30%的产品，按规定免征进口关税和进口环节增值税。"]),
    ]),
    ("三、申报和兑现", [
        ("申请奖补需要提交哪些材料？",
         ["申请企业应提交以下材料：",
          ["《凭祥市边民互市商品落地加工奖补申请表》；", "营业执照、边民互市商品收购合同及结算凭证；",
           "凭祥海关出具的互市商品进口申报数据；", "税务部门出具的纳税证明。"]]),
        ("奖补资金什么时候申请、怎么兑现？",
         ["奖补资金按年度申报，每年1月1日至2月28日申报上一年度奖补。企业向凭祥市商务和口岸管理局提交申请，经市财政局、市市场监督管理局等部门联合审核并公示5个工作日无异议后，在30个工作日内拨付到位。2024年度奖补于2025年1月集中申报。"]),
        ("《若干措施》的有效期是多久？",
         ["《若干措施》自2024年10月1日起施行，有效期至2026年12月31日。此前我市出台的同类政策与本措施不一致的，以本措施为准。"]),
        ("企业在申报过程中遇到问题可以咨询哪个部门？",
         ["可咨询凭祥市商务和口岸管理局边贸服务股，联系人：黄堃，联系电话：0771-8521367；也可拨打12345政务服务便民热线。"]),
    ]),
]


def px_answer_text(parts):
    out = []
    for p in parts:
        if isinstance(p, list):
            out.append("".join(p))
        else:
            out.append(p)
    return "".join(out)


def pingxiang_clauses():
    out = [PX_INTRO]
    for _, qas in PX_QA:
        for q, a in qas:
            out.append("问：%s\n答：%s" % (q, px_answer_text(a)))
    return out


def make_pingxiang():
    stem = "blind174_pingxiang_qa"
    groups = []
    for head, qas in PX_QA:
        items = []
        for q, a in qas:
            dd = []
            for i, p in enumerate(a):
                if isinstance(p, list):
                    dd.append("<ol>" + "".join("<li>%s</li>" % E(x) for x in p) + "</ol>")
                elif i == 0:
                    dd.append('<p><span class="da">答：</span>%s</p>' % E(p))
                else:
                    dd.append("<p>%s</p>" % E(p))
            items.append('<dt><strong>问：%s</strong></dt>\n<dd>\n%s\n</dd>' % (E(q), "\n".join(dd)))
        groups.append('<h4 class="wd-fl">%s</h4>\n<dl class="wd-list">\n%s\n</dl>' % (E(head), "\n".join(items)))

    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<meta name="SiteName" content="凭祥市人民政府门户网站" />
<meta name="SiteDomain" content="www.pingxiang.gov.cn" />
<meta name="SiteIDCode" content="4514810001" />
<meta name="ColumnName" content="政策解读" />
<meta name="ColumnType" content="政策解读" />
<meta name="ArticleTitle" content="{E(PX_TITLE)}" />
<meta name="PubDate" content="2024-09-20 11:26" />
<meta name="ContentSource" content="凭祥市商务和口岸管理局" />
<title>{E(PX_TITLE)} - 凭祥市人民政府门户网站</title>
<link href="/images/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/images/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/images/font.js"></script>
<style type="text/css">
.wd-list dt{{font-weight:bold;color:#0a4d8c;margin-top:14px}} .wd-list dd{{margin:6px 0 0 0}} .wd-list dd p{{text-indent:2em;line-height:30px}}
</style>
</head>
<body>
<div class="top"><div class="w1000"><a href="/"><img src="/images/logo.png" alt="凭祥市人民政府门户网站" /></a>
<div class="toplink"><a href="/wza/">无障碍浏览</a> | <a href="javascript:;" onclick="AddFavorite()">加入收藏</a> | <a href="/m/">手机版</a></div></div></div>
<div class="nav"><ul class="w1000">
<li><a href="/">网站首页</a></li><li><a href="/zjpx/">走进凭祥</a></li><li class="on"><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/kaxx/">口岸边贸</a></li>
</ul></div>
<div class="w1000 clearfix">
<div class="left">
<div class="dqwz">当前位置：<a href="/">首页</a> &raquo; <a href="/zwgk/">政务公开</a> &raquo; <a href="/zwgk/zcjd/">政策解读</a></div>
<div class="article">
<h1>{E(PX_TITLE)}</h1>
<div class="info">发布时间：2024-09-20　　来源：凭祥市商务和口岸管理局　　字号：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]　　<a href="javascript:window.print()">[打印]</a></div>
<div class="content" id="zoom">
<p style="text-indent:2em;">{E(PX_INTRO)}</p>
{chr(10).join(groups)}
<p style="text-align:right;">凭祥市商务和口岸管理局</p>
<p style="text-align:right;">2024年9月20日</p>
</div>
<div class="ywlj">相关文件：<a href="/zwgk/zcwj/t20240912_5816620.shtml" target="_blank">凭祥市人民政府办公室关于印发凭祥市支持边民互市贸易商品落地加工高质量发展若干措施的通知</a></div>
</div>
</div>
<div class="right">
<dl class="rdwd">
<dt>热点问答</dt>
<dd><a href="/zwgk/zcjd/t20240815_5790121.shtml">问：边民互助组如何申请设立？</a></dd>
<dd><a href="/zwgk/zcjd/t20240702_5760318.shtml">问：凭祥市2024年稳岗返还政策如何申领？</a></dd>
<dd><a href="/zwgk/zcjd/t20240528_5731104.shtml">问：互市商品交易结算有哪些方式？</a></dd>
</dl>
<dl class="zxhd">
<dt>在线互动</dt>
<dd><a href="/hdjl/szxx/">市长信箱</a></dd><dd><a href="/hdjl/zxft/">在线访谈</a></dd><dd><a href="/hdjl/dczj/">调查征集</a></dd>
</dl>
</div>
</div>
<div class="footer"><div class="w1000">
<dl class="foot-lx">
<dt>联系我们</dt>
<dd>主办：凭祥市人民政府办公室　承办：凭祥市大数据发展中心</dd>
<dd>地址：广西凭祥市北环路32号　电话：0771-8522130</dd>
<dd>网站标识码：4514810001　<a href="https://beian.miit.gov.cn/">桂ICP备12004981号</a>　桂公网安备 45148102000011号</dd>
</dl>
</div></div>
<script type="text/javascript">
function AddFavorite(){{try{{window.external.addFavorite(location.href,document.title);}}catch(e){{alert("加入收藏失败，请使用Ctrl+D进行添加");}}}}
</script>
</body>
</html>
"""
    raw = page.encode("gbk")  # the page says gb2312; 黄堃 (U+5803) exists only in GBK
    with open(os.path.join(HERE, stem + ".html"), "wb") as fh:
        fh.write(raw.replace(b"\n", b"\r\n"))
    return stem


# =====================================================================
# expected.json
# =====================================================================
NO_PDF = {"note": "no PDF this round: the saved HTML page is the deliverable"}


def expected():
    hn = hunan_clauses()
    cu = customs_clauses()
    dh = dehong_clauses()
    px = pingxiang_clauses()
    assert 8 <= len(hn) <= 25 and 8 <= len(cu) <= 25 and 8 <= len(dh) <= 25 and 8 <= len(px) <= 25, (len(hn), len(cu), len(dh), len(px))
    cu_specific = {}
    for n, pq, port, r in cu_rows():
        cu_specific["附件 row %d" % n] = CU_CITY[pq] + "，" + port
    cu_specific["三、"] = CU_CITY["霍尔果斯片区"] + "，霍尔果斯公路口岸"
    return {
        "blind174_hunan_yitu": [{
            "meta": {
                "title": HN_TITLE,
                "doc_number": None,
                "issuer": ["湖南省商务厅"],
                "date": "2024-07-12",
                "published": "2024-07-12",
                "level": "provincial",
                "region": "湖南省",
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "政策解读（一图读懂）",
                "recipients": [],
                "publicity": None,
                "site": "湖南省人民政府门户网站（图解政策栏目）",
                "source_url": HN_URL,
                "interprets": {"title": HN_POLICY, "doc_number": "湘政办发〔2024〕21号", "issuer": "湖南省人民政府办公厅",
                               "effective": "2024-07-01", "expires": "2026-12-31"},
            },
            "clauses": hn,
            "applies_to": {
                "default": "湖南省（中国（湖南）自由贸易试验区：长沙、岳阳、郴州三个片区）",
                "specific": {
                    "图 措施一 (alt)": "岳阳片区（岳阳市城陵矶港）",
                    "图 措施二 (alt)": "长沙片区；郴州片区",
                    "图 措施五 (alt)": "长沙市（专场活动）；三个片区",
                    "（一）": "长沙片区；岳阳片区（城陵矶港）",
                    "（二）": "长沙片区（中非经贸深度合作先行区）；郴州片区",
                    "（五）": "长沙市；长沙、岳阳、郴州三个片区",
                },
                "note": "非洲 / 内罗毕 / 亚的斯亚贝巴 / 拉各斯 / 共建“一带一路”非洲国家 are destinations and partners, not places where a clause applies; 中国—非洲经贸博览会 is an event (held in 长沙). The 出台背景 clauses name all three 片区 with their areas: that is the whole zone (the default), not three specific places. 湖南省商务厅 / 省发展改革委 / 省财政厅 are organs.",
            },
            "_note": "A 政策解读 page in the 一图读懂 form, saved by Chrome as “Webpage, Complete” (<!-- saved from url=… --> comment; pictures in blind174_hunan_yitu_files/). The infographic's text exists ONLY in the <img alt> attributes and the <figcaption> elements (the PNGs carry it in pixels): a reader that drops <img>/<figure> loses 9 of the 19 clauses — HIGH (措施一…措施五 with their amounts exist in alt text only as a panel; the 文字解读 repeats them in other words, so the analyst would still find most figures, but the 发展目标 (1000亿元, 15%, 200家, 20个) and the chart caption (586.7亿元, 19.6%→24.1%) exist ONLY in the alt/caption). Figure 1 (banner) alt repeats the title: not a clause (tolerable as one, low). Figure 4 is a bar chart: its alt “柱状图：2020—2023年…（亿元）” is a description (tolerable as a clause, low; the yearly values are pixels only); its <figcaption> IS a clause. The 措施一 alt holds a &#10; newline between its two sentences: one clause, the newline dropped (keeping it as a line break inside the clause is taste). Figure 9's caption (施行/有效期 sentence) is a clause, not the figure's title. Under the images: 【文字解读】 (a label, not a clause); headings 一、出台背景 / 二、主要内容 / 三、适用范围和施行时间 carry no text (tolerable as heading clauses); （一）…（五） are run-in bold headings: heading + text = ONE clause. The closing （解读机关：…　解读人：…　咨询电话：…） line is furniture/meta (tolerable as a clause, low). Furniture: <title> with the “_图解政策_湖南省人民政府门户网站” suffix (the title is the <h1> / meta ArticleTitle, without suffix), top bar (无障碍/长者模式/English/手机版), logo alt 湖南省人民政府, search form, nav, breadcrumb 当前位置：…, info line (发布时间 → date/published 2024-07-12; 来源：湖南省商务厅 → issuer; 【字体：大 中 小】【打印】 分享到 微信), a display:none duplicate of the title (#mobileTitle), 原文链接 (→ interprets, not a clause), 相关解读 list (two other pages' titles: NOT documents, NOT clauses), 责任编辑, QR code alt 扫一扫在手机打开当前页, 【打印本页】【关闭窗口】, footer (主办/承办, 网站标识码, ICP/公安备案, image alts 党政机关 / 政府网站找错), <script> bodies (shareTitle string repeats the title). doc_number: a 解读 has none; 湘政办发〔2024〕21号 is the interpreted document's number (reporting it as the page's 文号 is low if the reader marks nothing else wrong; better as a link to the interpreted document). issuer 湖南省商务厅 (来源) — 湖南省人民政府 (the site owner) or 湖南省人民政府办公厅 (the interpreted document's issuer) is medium. effective/expires: the page itself has none; 2024-07-01 / 2026-12-31 belong to the interpreted 若干措施 (taking them as the page's is tolerable, low). level provincial, region 湖南省.",
            "_pdf": NO_PDF,
        }],
        "blind174_urumqi_customs": [{
            "meta": {
                "title": CU_TITLE,
                "doc_number": CU_NUMBER,
                "issuer": ["乌鲁木齐海关"],
                "date": "2024-03-18",
                "published": "2024-03-20",
                "level": "provincial",
                "region": "新疆维吾尔自治区",
                "effective": "2024-04-01",
                "expires": None,
                "repeals": ["乌鲁木齐海关公告〔2021〕5号"],
                "attachments": [CU_ATT],
                "doc_type": "公告",
                "recipients": [],
                "publicity": None,
                "site": "中华人民共和国乌鲁木齐海关（信息公开 > 公告）",
                "source_url": CU_URL,
            },
            "clauses": cu,
            "applies_to": {
                "default": "新疆维吾尔自治区（中国（新疆）自由贸易试验区：乌鲁木齐、喀什、霍尔果斯三个片区）",
                "specific": cu_specific,
                "note": "Each 附件 row applies to its 片区/口岸, which the HTML gives only in the rowspan cells of the first row of each group (rows 2–6 inherit 乌鲁木齐片区, rows 8–9 喀什片区, rows 11–14 霍尔果斯片区; the 口岸 likewise). 中哈霍尔果斯国际边境合作中心 straddles the border, but row 14 is its 中方区域 (霍尔果斯市), not Kazakhstan. 丝绸之路经济带核心区 is a slogan, not a place. 乌鲁木齐机场海关 / 乌鲁木齐陆港海关 / 喀什海关 / 霍尔果斯海关 are customs offices (organs), not places; the 经营企业 names (新疆机场（集团）…) are not places either. Item 一、 names all three 片区: the whole zone.",
            },
            "_note": "A 直属海关 公告 page (easysite CMS, class easysite-news-*), saved by Chrome as “Webpage, Complete”. The whole page is laid out with nested <table>s (banner, nav, a 200px left menu, footer): those are LAYOUT tables — their cells (首页 / 信息公开 / 公告 / 通知 / 统计数据 / 政策解读, 版权所有 …) are NOT table rows or clauses (HIGH if the menu or the footer becomes clauses or the reader treats the layout table as the data table). The only data table is the 附件 名录 inside #easysiteText. Title: the <h2>/<title>/ArticleTitle read “乌鲁木齐海关公告〔2024〕3号（关于公布…名录的公告）”: title = the part in the outer parentheses, doc_number = 乌鲁木齐海关公告〔2024〕3号 (the whole string as title is low; the number missing is medium). The body repeats the number as a bold centered line (furniture). issuer 乌鲁木齐海关 (来源 and 落款). date = 落款 2024-03-18; 发布时间 2024-03-20 = published. effective 2024-04-01 (五、); repeals 乌鲁木齐海关公告〔2021〕5号 — neither is the date. 公告 has no 主送. Clauses: the opening paragraph, 一、…五、 (each numbered paragraph one clause; here 一、 is a whole paragraph, not a heading), then the 14 table rows. “特此公告。” is closing furniture (tolerable as a clause, low). 附件说明 “附件：…名录” → attachments; the 落款 (乌鲁木齐海关 / 2024年3月18日), the label 附件 and the table title paragraph are furniture. Table: TWO header rows — 监管作业场所（场地） spans 名称 and 类型 (colspan=2) while 序号/所属片区/口岸（区域）/经营企业/主管海关/备注 span both rows (rowspan=2): the column names must come out right (名称/类型 with or without the 监管作业场所（场地） prefix are both fine; a header row read as a data row is medium). 所属片区 and 口岸（区域） are rowspan cells: EVERY row must carry its 片区 and 口岸 — a row without them (e.g. row 2 “乌鲁木齐国际机场国际快件监管中心” with no 乌鲁木齐片区/乌鲁木齐航空口岸, or row 14 shifted so that the name lands under 所属片区) is HIGH for this document: the question ‘which 监管场所 are at 霍尔果斯铁路口岸’ depends on it. Empty 备注 cells are &nbsp; and must not produce “备注： ”. Furniture: <!-- saved from url --> comment, 海关关徽 image alt, 您当前的位置 breadcrumb, 【字体：大 中 小】, 【打印本页】【关闭窗口】, the footer (版权所有…地址 乌鲁木齐市新市区北京南路388号… is the customs office's address, NOT an applies place), scripts. level: a 直属海关 acts for the whole autonomous region → provincial (national tolerable, low; municipal because the seat is 乌鲁木齐市 is medium).",
            "_pdf": NO_PDF,
        }],
        "blind174_dehong_notice": [{
            "meta": {
                "title": DH_TITLE,
                "doc_number": DH_NUMBER,
                "issuer": [DH_ISSUER],
                "date": "2024-06-12",
                "published": "2024-06-13",
                "level": "municipal",
                "region": "云南省德宏傣族景颇族自治州瑞丽市（中国（云南）自由贸易试验区德宏片区）",
                "effective": None,
                "expires": None,
                "deadline": "2024-07-15",
                "attachments": [DH_ATT],
                "attachment_links": [{"title": DH_ATT, "href": DH_DOCX, "note": "linked .docx on the server; not saved with the page"}],
                "doc_type": "通知",
                "recipients": ["片区各部门", "瑞丽市各有关部门", "各有关企业"],
                "publicity": "此件公开发布",
                "index_no": "11533102MB1L60482K/2024-00137",
                "site": "中国（云南）自由贸易试验区德宏片区（通知公告栏目）",
                "source_url": DH_URL,
            },
            "clauses": dh,
            "applies_to": {
                "default": "中国（云南）自由贸易试验区德宏片区（云南省德宏州瑞丽市）",
                "specific": {
                    "一、（二）": "瑞丽口岸、畹町口岸（瑞丽市）",
                    "一、（四）": "姐告边境贸易区（瑞丽市）",
                },
                "note": "缅甸 / 周边国家 / 中缅 / 南亚东南亚 are partners, not places of application: 一、（一）（三） stay in the 片区 (（三） is about 片区内企业 investing in 缅甸 — not a clause that applies in Myanmar; marking it 缅甸 is medium). The 姐告大道88号 in 五、 is the office's postal address, not where the clause applies (placing 五、 in 姐告 is low). 瑞丽市 in the 主送 is a recipient. The 信息公开 box and the footer address are furniture.",
            },
            "_note": "A 片区管委会 通知公告 page, saved by Chrome as “Webpage, Complete”. Metadata is given three times and must agree: the 信息公开 box at the top (a 4-column table: 索引号 / 主题分类 / 发文机关 / 成文日期 2024年06月12日 / 发文字号 / 发布日期 2024年06月13日 / 名称) — a metadata table, NOT table-row clauses (HIGH if its cells become clauses or the data table); the info line (发布时间：2024-06-13 17:02:11 来源：德宏片区经济发展局 — 来源 is the drafting bureau, not the issuer; 浏览次数 is a script); and the body pasted from Word (文号 line, two-line title with <br>, 主送, 落款, date). The <h1>/<title>/ArticleTitle hold the SHORT title without the issuer (关于组织申报…的通知); the full title is in the body (and in the box's 名称): the short title is low, a title with a stray space/newline at the <br> (after 管理委员会) is medium. The body is Word HTML: class=MsoNormal, every digit run in its own <span lang=EN-US>, and the CJK text broken by bare NEWLINES in the source every ~31 characters (as Word writes its HTML) — a reader that turns those source newlines into spaces or line breaks leaves stray spaces inside words in almost every clause (medium: searches for e.g. “精深加工” can fail; the figures survive). Empty <o:p>&nbsp;</o:p> paragraphs are spacing. Headings 一、…六、 (黑体, separate paragraphs) carry no text (tolerable as heading clauses); （一）…（四） under 一、 are run-in bold 楷体 headings: heading + text = ONE clause; 三、 items 1.–4. and 四、 items （一）–（三） are plain paragraphs, one clause each; the paragraph “申报材料一式三份…” belongs to 四、 (not to （三）). 表1 (MsoTableGrid; its caption paragraph “表1　…扶持标准” is a table title, not a clause) → 4 rows as 列名：值. 附件说明: “附件：” + a link whose text is the 申报表 title; the same attachment is linked again under 附件下载：, there with “.docx” in the link text — attachments = ONE title, without “.docx”, not duplicated (a duplicate is low; “.docx” in the title is low). The linked .docx itself is not part of the page (the browser does not save it): its content cannot be read, and the reader must not invent it; reporting the link (href) is a bonus. Furniture: header logo alt, English / မြန်မာ language links, nav, 当前位置 breadcrumb, 【打印】, 附件下载 box, 上一篇/下一篇 (titles of OTHER notices — not documents, not clauses), 相关阅读 list (idem, incl. the 扶持资金管理办法 title), footer (主办单位, 地址 瑞丽市姐告大道88号, 网站标识码, ICP/公安备案), 返回顶部, scripts; in the body the 落款 (管委会 name + 2024年6月12日) and （此件公开发布） (→ publicity). date = 2024-06-12 (落款 / 成文日期); published 2024-06-13; the 申报 window 2024-06-15 – 2024-07-15 is a deadline, not effective/expires. level municipal (片区管委会; county tolerable, low), region 德宏州瑞丽市 / 德宏片区.",
            "_pdf": NO_PDF,
        }],
        "blind174_pingxiang_qa": [{
            "meta": {
                "title": PX_TITLE,
                "doc_number": None,
                "issuer": ["凭祥市商务和口岸管理局"],
                "date": "2024-09-20",
                "published": "2024-09-20",
                "level": "county",
                "region": "广西壮族自治区崇左市凭祥市",
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "政策解读（政策问答）",
                "recipients": [],
                "publicity": None,
                "site": "凭祥市人民政府门户网站（政策解读栏目）",
                "source_url": PX_URL,
                "encoding": "declared charset=gb2312; bytes are GBK (黄堃: 堃 U+5803 is not in GB2312); CRLF line ends",
                "interprets": {"title": PX_POLICY, "doc_number": "凭政办发〔2024〕19号", "issuer": "凭祥市人民政府办公室",
                               "date": "2024-09-10", "effective": "2024-10-01", "expires": "2026-12-31"},
            },
            "clauses": px,
            "applies_to": {
                "default": "广西壮族自治区崇左市凭祥市（中国（广西）自由贸易试验区崇左片区）",
                "specific": {
                    "问2 适用对象": "凭祥综合保税区；凭祥边境经济合作区",
                    "问6 物流运输": "友谊关口岸；浦寨互市点；凭祥综合保税区；凭祥铁路口岸",
                },
                "note": "越南 / 东盟国家 (问7) are export markets, not places of application; 中国—东盟自由贸易区3.0版 is an agreement. 问1 lists the 口岸 and 互市点 as background (the whole city; placing 问1 in 友谊关 etc. is low). 凭祥海关 / 市财政局 / 市市场监督管理局 / 凭祥市商务和口岸管理局 are organs.",
            },
            "_note": "A county-level (凭祥市, a county-level city) 政策解读 page in the 政策问答 form, saved as “Webpage, HTML only”: the server's original bytes — no saved-from comment, site-relative links/scripts/stylesheet (/images/…) that do not resolve, CRLF line ends, <meta http-equiv=Content-Type content=“text/html; charset=gb2312”> but GBK bytes: 黄堃 in the last answer is outside GB2312 (a strict gb2312 decoder fails or yields a replacement character there; browsers decode gb2312 as GBK). Mojibake anywhere is HIGH; only the 堃 lost/replaced is low–medium (a contact name). Clauses: the intro paragraph, then 11 问/答 pairs in THREE <dl class=wd-list>, each under an <h4> group heading (一、政策背景和适用范围 / 二、主要支持内容 / 三、申报和兑现 — headings without text, tolerable as heading clauses; ideally the path of each pair). Each pair is <dt><strong>问：…</strong></dt><dd><p><span class=da>答：</span>…</p>…</dd>: ONE clause per pair, question and answer together (expected text “问：Q\\n答：A”; the separator is taste; the question as label/heading and the answer as its text is equally fine; a question separated from its answer so that the answer clause no longer says what it answers is medium; questions lost, answers lost or two pairs merged is HIGH). Answer 4 (新建加工生产线) has four <p> (lead sentence, （一）, （二）, 设备须在… sentence) — all in the one answer (splitting them into sub-clauses that keep the question as path is tolerable, low). Answer 8 (材料) has a lead <p> and an <ol> of four <li> with NO typed numbers (the numbers are the browser's): the items belong to that answer (keeping them as “1.…2.…” or without numbers is taste; losing the <ol> is HIGH for that answer). Other <dl> on the page are NOT 问答: the sidebar <dl class=rdwd> “热点问答” (three links whose text starts with 问： — other pages' questions!), <dl class=zxhd> 在线互动, and the footer <dl class=foot-lx> 联系我们 (主办/地址/网站标识码): any of them as clauses is HIGH (the 热点问答 ones especially, as they look exactly like questions without answers). Furniture: <title> suffix “ - 凭祥市人民政府门户网站”, top links, nav, breadcrumb, info line (发布时间 2024-09-20 → date; 来源 凭祥市商务和口岸管理局 → issuer; 字号 大中小; [打印]), the closing right-aligned 凭祥市商务和口岸管理局 / 2024年9月20日, 相关文件 link (→ interprets), footer, script. doc_number none (凭政办发〔2024〕19号 is the interpreted 若干措施's number; as the page's number, low). effective/expires none for the page (2024-10-01 / 2026-12-31 are the 若干措施's, tolerable). level county, region 广西崇左市凭祥市.",
            "_pdf": NO_PDF,
        }],
    }


def main():
    stems = [make_hunan(), make_customs(), make_dehong(), make_pingxiang()]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    for s in stems:
        print("wrote", s + ".html")


if __name__ == "__main__":
    main()
