# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 180: government web pages saved from the browser as "网页，全部".

Writes next to itself (each page = NAME.html + NAME_files/ with its css, js and pictures):
  blind180_chengdu_customs.html   成都海关 公告 page (EasySite CMS): body in <div class="easysite-news-text">;
      the 附件 商品清单 is a picture (short alt) and, below it, the same list as an HTML <table> with <th>.
  blind180_henan_commerce.html    河南省商务厅 通知 page (TRS CMS, 信息索引 table on top): 附件1 inline —
      title, long <table> with a header row, merged 合计 row, 填表说明 under it; 附件2 only a download link.
  blind180_qingdao_ndrc.html      青岛市发展改革委 政策解读 page: questions in bold <p><strong>一问：…？</strong></p>,
      answers in plain <p>s; one answer a "1.2.3." list in <p>s, one an <ol> (numbers only rendered).
  blind180_hekou_county.html      河口瑶族自治县人民政府 page from an old ASP CMS (GBK bytes, charset=gb2312):
      the whole body is ONE <p> with <br><br> between paragraphs and &emsp;&emsp; indents.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind180.py      (Pillow only; no Word/PDF this round)
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


def font(path, size):
    return ImageFont.truetype(path, size, index=2)


E = html.escape


def saved_from(url):
    return "<!-- saved from url=(%04d)%s -->" % (len(url), url)


def files_dir(stem):
    d = os.path.join(HERE, stem + "_files")
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    return d


def write_text(path, text, enc="utf-8"):
    with open(path, "w", encoding=enc, newline="\n") as fh:
        fh.write(text)


def banner(path, w, h, text, sub=None, bg=(18, 70, 140), fg=(255, 255, 255), fmt=None):
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    f = font(FONT_SERIF_B, int(h * 0.38))
    d.text((h * 0.35, h * 0.12), text, font=f, fill=fg)
    if sub:
        d.text((h * 0.4, h * 0.62), sub, font=font(FONT_SANS, int(h * 0.16)), fill=fg)
    im.save(path, fmt) if fmt else im.save(path)


def qrcode(path, n=120):
    rnd = random.Random(180)
    im = Image.new("RGB", (n, n), "white")
    d = ImageDraw.Draw(im)
    cell = n // 24
    for y in range(24):
        for x in range(24):
            if rnd.random() < 0.45:
                d.rectangle([x * cell, y * cell, x * cell + cell - 1, y * cell + cell - 1], fill="black")
    for ox, oy in ((0, 0), (17, 0), (0, 17)):
        d.rectangle([ox * cell, oy * cell, (ox + 7) * cell - 1, (oy + 7) * cell - 1], fill="black")
        d.rectangle([(ox + 1) * cell, (oy + 1) * cell, (ox + 6) * cell - 1, (oy + 6) * cell - 1], fill="white")
        d.rectangle([(ox + 2) * cell, (oy + 2) * cell, (ox + 5) * cell - 1, (oy + 5) * cell - 1], fill="black")
    im.save(path)


def small_icon(path, text, color=(200, 0, 0), w=110, h=55):
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    d.rectangle([1, 1, w - 2, h - 2], outline=color, width=3)
    d.text((10, 12), text, font=font(FONT_SANS_B, 22), fill=color)
    im.save(path)


def table_picture(path, title, header, rows, widths):
    """A picture of a table, as offices paste a scanned/rendered list into the CMS."""
    f = font(FONT_SANS, 22)
    fb = font(FONT_SANS_B, 22)
    ft = font(FONT_SERIF_B, 30)
    rh = 58
    W = sum(widths) + 40
    H = 90 + rh * (len(rows) + 1) + 30
    im = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(im)
    tw = d.textlength(title, font=ft)
    d.text(((W - tw) / 2, 22), title, font=ft, fill="black")
    y0 = 90
    def row(y, cells, fnt):
        x = 20
        for c, w in zip(cells, widths):
            d.rectangle([x, y, x + w, y + rh], outline="black", width=2)
            lines = [c]
            if d.textlength(c, font=fnt) > w - 12:
                # wrap into two lines
                cut = len(c) // 2
                lines = [c[:cut], c[cut:]]
            for i, ln in enumerate(lines):
                lw = d.textlength(ln, font=fnt)
                yy = y + (rh - 26 * len(lines)) / 2 + i * 26 - 3
                d.text((x + (w - lw) / 2, yy), ln, font=fnt, fill="black")
            x += w
    row(y0, header, fb)
    for i, r in enumerate(rows):
        row(y0 + rh * (i + 1), r, f)
    im.save(path)


def row_clause(header, cells):
    return "；".join("%s：%s" % (h, c) for h, c in zip(header, cells) if c not in ("", None))


# =====================================================================================
# 1. 成都海关 公告 (EasySite)
# =====================================================================================
CD_STEM = "blind180_chengdu_customs"
CD_URL = "http://chengdu.customs.gov.cn/chengdu_customs/519405/519407/519409/5834201/index.html"
CD_TITLE = "关于在中国（四川）自由贸易试验区开展中欧班列进口货物“抵站直提”和第三方检验结果采信试点的公告"
CD_NO = "成都海关公告2024年第4号"
CD_HEADLINE = "%s（%s）" % (CD_NO, CD_TITLE)
CD_ATT = "中欧班列进口货物“抵站直提”试点商品清单"
CD_HEADER = ["序号", "商品名称", "税则号列（前4位）", "主要来源国", "第三方检验结果", "备注"]
CD_ROWS = [
    ["1", "汽车整车", "8703", "德国、匈牙利、斯洛伐克", "不可采信", "须在汽车整车进口口岸作业区提离"],
    ["2", "汽车零部件", "8708", "德国、捷克、波兰", "可采信", ""],
    ["3", "金属加工机床", "8458、8459、8460", "德国、意大利、瑞士", "可采信", ""],
    ["4", "工业机器人", "8479", "德国、奥地利", "可采信", "限8479.50项下"],
    ["5", "医疗器械（非植入类）", "9018", "德国、瑞士、荷兰", "可采信", "不含体外诊断试剂"],
    ["6", "家具", "9403", "意大利、波兰、白俄罗斯", "可采信", ""],
    ["7", "纸浆", "4703", "俄罗斯、芬兰", "可采信", ""],
    ["8", "葡萄酒", "2204", "法国、意大利、格鲁吉亚", "不可采信", "须符合进口食品检验检疫要求"],
    ["9", "锯材", "4407", "俄罗斯、白俄罗斯", "不可采信", "需实施检疫处理的，不适用“抵站直提”"],
    ["10", "玻璃器皿", "7013", "德国、捷克", "可采信", ""],
]

# (kind, text): kind = p (clause paragraph), h (heading, no clause), ri (run-in: bold head + text, one clause)
CD_BODY = [
    ("p", "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，支持中国（四川）自由贸易试验区（以下简称四川自贸试验区）建设，进一步提升中欧班列（成渝）进口货物通关效率，根据《中华人民共和国海关法》《中华人民共和国进出口商品检验法》及其实施条例等有关规定，成都海关决定在四川自贸试验区开展中欧班列进口货物“抵站直提”和第三方检验结果采信试点（以下简称试点）。现将有关事项公告如下："),
    ("h", "一、试点范围"),
    ("ri", ("（一）试点区域。", "四川自贸试验区成都天府新区片区、成都青白江铁路港片区。四川自贸试验区川南临港片区具备条件后，由成都海关另行公告纳入试点。")),
    ("ri", ("（二）试点场所。", "成都国际铁路港铁路口岸作业区（海关监管作业场所代码：CDTL01）和成都国际铁路港综合保税区。")),
    ("ri", ("（三）试点商品。", "经中欧班列（成渝）从成都国际铁路港入境、列入《中欧班列进口货物“抵站直提”试点商品清单》（见附件，以下简称《清单》）的商品，共10类。")),
    ("ri", ("（四）试点企业。", "在成都海关关区办理报关单位备案、海关信用等级为一般信用及以上的进口货物收货人，以及其委托的报关企业。")),
    ("h", "二、试点内容"),
    ("ri", ("（一）“抵站直提”。", "试点企业可在中欧班列运抵成都国际铁路港前72小时内向海关提前申报；货物运抵后，海关经风险研判无需查验的，即时放行，企业可直接从铁路口岸作业区提离货物。需要查验的，海关优先安排查验，力争货物运抵后6小时内完成提离。")),
    ("ri", ("（二）第三方检验结果采信。", "对《清单》中标注“可采信”的商品，试点企业可委托经海关总署认可的第三方检验机构实施检验，海关依据第三方检验机构出具的检验报告作出合格评定，不再重复实施检验。")),
    ("ri", ("（三）不适用情形。", "涉及检疫处理、实施指定口岸管理或被海关列为高风险的商品，以及存在走私违规记录的企业，不适用“抵站直提”和第三方检验结果采信。")),
    ("h", "三、办理程序"),
    ("p", "（一）试点企业应在首次适用试点措施前，通过“互联网+海关”一体化网上办事平台向青白江海关或天府新区海关提交《试点企业适用申请表》，海关自受理之日起5个工作日内办结。"),
    ("p", "（二）试点企业在报关单“备注”栏填写“抵站直提”或“第三方采信”字样，并随附第三方检验机构出具的检验报告电子数据。"),
    ("p", "（三）货物提离后，试点企业应在10个工作日内将货物存放地点报海关备案，未经海关同意不得擅自销售、使用。"),
    ("h", "四、其他事项"),
    ("p", "（一）试点企业存在瞒报、伪报等情形或第三方检验机构出具虚假检验报告的，海关依法予以处理，并取消其试点资格。"),
    ("p", "（二）本公告自2024年6月1日起施行，试点期限至2025年12月31日。"),
    ("p", "（三）咨询电话：成都海关口岸监管处028-83531234，成都海关商品检验处028-83531256。"),
]

CD_CSS = """body{margin:0;font-family:"Microsoft YaHei",Arial;background:#f3f5f8;color:#333}
.top-bar{height:32px;line-height:32px;background:#0b3d7a;color:#fff;font-size:12px}
.top-bar a{color:#fff;margin:0 8px}.w1200{width:1200px;margin:0 auto}
.header{height:120px;background:#124a8c}.nav li{float:left;list-style:none;width:150px;text-align:center}
.position{height:40px;line-height:40px;font-size:14px}
.easysite-news-content{background:#fff;padding:30px 60px}
.easysite-news-title h2{text-align:center;font-size:24px;color:#0b3d7a;line-height:40px}
.easysite-news-describe{text-align:center;border-bottom:1px dashed #ccc;font-size:13px;color:#888;padding:10px 0}
.easysite-news-text{font-size:16px;line-height:32px;padding:20px 0}
.easysite-news-text table{border-collapse:collapse;margin:0 auto}.easysite-news-text td,.easysite-news-text th{border:1px solid #000;padding:4px 8px}
.footer{background:#0b3d7a;color:#fff;font-size:12px;text-align:center;padding:20px 0;line-height:24px}
"""
CD_JS = """/* easysite front */
function doZoom(size){var el=document.getElementById('easysiteText');if(!el)return;el.style.fontSize=size+'px';}
function doPrint(){window.print();}
var easysiteConf={siteId:'chengdu_customs',columnId:'519409',articleId:'5834201'};
"""
JQ = "/*! jQuery v1.12.4 | (c) jQuery Foundation | jquery.org/license */\n!function(a,b){\"object\"==typeof module&&\"object\"==typeof module.exports?module.exports=a.document?b(a,!0):function(a){return b(a)}:b(a)}(\"undefined\"!=typeof window?window:this,function(a,b){var c=[];return a.jQuery=a.$=function(){return c}});\n"


def make_chengdu():
    fd = files_dir(CD_STEM)
    rel = "./" + CD_STEM + "_files/"
    write_text(os.path.join(fd, "common.css"), CD_CSS)
    write_text(os.path.join(fd, "jquery-1.12.4.min.js.下载"), JQ)
    write_text(os.path.join(fd, "easysite.js.下载"), CD_JS)
    banner(os.path.join(fd, "logo.png"), 640, 110, "中华人民共和国成都海关", "CHENGDU CUSTOMS DISTRICT P.R.CHINA")
    small_icon(os.path.join(fd, "dzjg.png"), "党政机关")
    small_icon(os.path.join(fd, "jiucuo.png"), "我为政府", color=(200, 80, 0))
    pic = "2024052215274613946.png"
    table_picture(os.path.join(fd, pic), CD_ATT, CD_HEADER, CD_ROWS, [70, 260, 250, 290, 150, 420])

    clauses = []
    body = []
    for kind, t in CD_BODY:
        if kind == "h":
            body.append('<p style="text-indent:2em;"><span style="font-family:黑体;">%s</span></p>' % E(t))
        elif kind == "ri":
            head, rest = t
            body.append('<p style="text-indent:2em;"><span style="font-family:楷体_GB2312;"><strong>%s</strong></span><span style="font-family:仿宋_GB2312;">%s</span></p>' % (E(head), E(rest)))
            clauses.append(head + rest)
        else:
            # the CMS splits some paragraphs into several spans (editor artefact)
            if t.startswith("（"):
                body.append('<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;">%s</span><span style="font-family:仿宋_GB2312;">%s</span></p>' % (E(t[:3]), E(t[3:])))
            else:
                body.append('<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;">%s</span></p>' % E(t))
            clauses.append(t)
    body.append('<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;">特此公告。</span></p>')
    body.append('<p style="text-indent:2em;">&nbsp;</p>')
    body.append('<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;">附件：%s</span></p>' % E(CD_ATT))
    body.append('<p style="text-indent:2em;">&nbsp;</p>')
    body.append('<p style="text-align:right;"><span style="font-family:仿宋_GB2312;">成都海关&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></p>')
    body.append('<p style="text-align:right;"><span style="font-family:仿宋_GB2312;">2024年5月20日&nbsp;&nbsp;</span></p>')
    body.append('<p>&nbsp;</p>')
    body.append('<p><span style="font-family:黑体;">附件</span></p>')
    body.append('<p style="text-align:center;"><strong><span style="font-family:方正小标宋简体;font-size:20px;">%s</span></strong></p>' % E(CD_ATT))
    body.append('<p style="text-align:center;"><img src="%s%s" alt="商品清单" width="900" border="0"></p>' % (rel, pic))
    t = ['<table width="100%" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;">', "<tbody>"]
    t.append("<tr>" + "".join('<th style="text-align:center;">%s</th>' % E(h) for h in CD_HEADER) + "</tr>")
    for r in CD_ROWS:
        t.append("<tr>" + "".join('<td style="text-align:center;">%s</td>' % (E(c) if c else "&nbsp;") for c in r) + "</tr>")
    t.append("</tbody></table>")
    body.append("\n".join(t))
    for r in CD_ROWS:
        clauses.append(row_clause(CD_HEADER, r))

    related = [
        "海关总署公告2024年第35号（关于进一步优化中欧班列进出口货物通关监管的公告）",
        "成都海关公告2024年第3号（关于调整成都双流国际机场口岸进境水果指定监管场地作业时间的公告）",
        "关于公布2023年度成都海关关区高级认证企业名单的通知",
    ]
    page = """<!DOCTYPE html>
%(saved)s
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="中华人民共和国成都海关">
<meta name="SiteDomain" content="chengdu.customs.gov.cn">
<meta name="SiteIDCode" content="bm28020011">
<meta name="ColumnName" content="海关公告">
<meta name="ColumnType" content="通知公告">
<meta name="ArticleTitle" content="%(headline)s">
<meta name="PubDate" content="2024-05-22 15:30">
<meta name="ContentSource" content="成都海关">
<meta name="Keywords" content="中欧班列,抵站直提,第三方检验结果采信,自贸试验区">
<title>%(headline)s</title>
<link href="%(rel)scommon.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="%(rel)sjquery-1.12.4.min.js.下载"></script>
<script type="text/javascript" src="%(rel)seasysite.js.下载"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span class="fl">欢迎访问中华人民共和国成都海关网站</span><span class="fr"><a href="http://www.customs.gov.cn/" target="_blank">海关总署</a>|<a href="javascript:void(0)" id="wza">无障碍</a>|<a href="javascript:void(0)" id="jft">繁體</a>|<a href="http://english.customs.gov.cn/">English</a></span></div></div>
<div class="header"><div class="w1200"><a href="http://chengdu.customs.gov.cn/"><img src="%(rel)slogo.png" alt="中华人民共和国成都海关"></a>
<div class="search"><input type="text" id="searchText" placeholder="请输入关键字"><input type="button" value="搜索"></div></div></div>
<div class="nav"><ul class="w1200"><li><a href="http://chengdu.customs.gov.cn/">首页</a></li><li><a href="http://chengdu.customs.gov.cn/chengdu_customs/519399/index.html">关区概况</a></li><li><a href="http://chengdu.customs.gov.cn/chengdu_customs/519405/index.html">信息公开</a></li><li><a href="http://chengdu.customs.gov.cn/chengdu_customs/519411/index.html">在线服务</a></li><li><a href="http://chengdu.customs.gov.cn/chengdu_customs/519415/index.html">互动交流</a></li><li><a href="http://chengdu.customs.gov.cn/chengdu_customs/519421/index.html">专题专栏</a></li></ul></div>
<div class="w1200">
<div class="position">当前位置：<a href="http://chengdu.customs.gov.cn/">首页</a>&nbsp;&gt;&nbsp;<a href="http://chengdu.customs.gov.cn/chengdu_customs/519405/index.html">信息公开</a>&nbsp;&gt;&nbsp;<a href="http://chengdu.customs.gov.cn/chengdu_customs/519405/519407/index.html">法定主动公开内容</a>&nbsp;&gt;&nbsp;<a href="http://chengdu.customs.gov.cn/chengdu_customs/519405/519407/519409/index.html">海关公告</a></div>
<div class="easysite-news-content">
<div class="easysite-news-title"><h2>%(headline)s</h2></div>
<div class="easysite-news-describe">发布时间：2024-05-22&nbsp;&nbsp;&nbsp;&nbsp;信息来源：成都海关&nbsp;&nbsp;&nbsp;&nbsp;字号：<a href="javascript:doZoom(18)">大</a>&nbsp;<a href="javascript:doZoom(16)">中</a>&nbsp;<a href="javascript:doZoom(14)">小</a></div>
<div class="easysite-news-text" id="easysiteText">
%(body)s
</div>
<div class="easysite-news-operation"><a href="javascript:doPrint()">【打印本页】</a>&nbsp;&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></div>
<input type="hidden" id="easysiteArticleId" value="5834201">
</div>
<div class="related"><div class="related-title">相关链接</div><ul>
%(related)s
</ul></div>
</div>
<div class="footer"><div class="w1200">
<p><a href="http://chengdu.customs.gov.cn/chengdu_customs/519437/index.html">网站地图</a> | <a href="http://chengdu.customs.gov.cn/chengdu_customs/519439/index.html">联系我们</a> | <a href="http://chengdu.customs.gov.cn/chengdu_customs/519441/index.html">隐私声明</a></p>
<p>版权所有：中华人民共和国成都海关&nbsp;&nbsp;地址：四川省成都市锦江区东大街紫东楼段1号&nbsp;&nbsp;邮编：610061</p>
<p>蜀ICP备05004535号&nbsp;&nbsp;<img src="%(rel)sdzjg.png" alt="党政机关" width="36">&nbsp;川公网安备 51010402000123号&nbsp;&nbsp;网站标识码：bm28020011</p>
<p><img src="%(rel)sjiucuo.png" alt="政府网站找错" width="80"></p>
</div></div>
<script type="text/javascript">
var articleTitle = "%(headline)s";
var shareDesc = "成都海关公告2024年第4号：试点自2024年6月1日起施行。";
$(function(){ /* share buttons */ });
</script>
</body></html>
""" % {
        "saved": saved_from(CD_URL), "headline": E(CD_HEADLINE), "rel": rel, "body": "\n".join(body),
        "related": "\n".join('<li><a href="http://chengdu.customs.gov.cn/chengdu_customs/519405/519407/519409/58%05d/index.html">%s</a><span>2024-0%d-1%d</span></li>' % (30000 + i, E(r), 5 - i % 2, i) for i, r in enumerate(related)),
    }
    write_text(os.path.join(HERE, CD_STEM + ".html"), page)

    meta = {
        "title": CD_TITLE,
        "doc_number": CD_NO,
        "issuer": ["成都海关"],
        "date": "2024-05-20",
        "published": "2024-05-22",
        "level": "provincial",
        "region": "四川省（成都海关关区；中国（四川）自由贸易试验区）",
        "effective": "2024-06-01",
        "expires": "2025-12-31",
        "attachments": [CD_ATT],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "source_url": CD_URL,
        "site": "中华人民共和国成都海关（chengdu.customs.gov.cn）",
        "page_headline": CD_HEADLINE,
    }
    applies = {
        "default": "中国（四川）自由贸易试验区成都天府新区片区、成都青白江铁路港片区（四川省成都市）",
        "specific": {
            "一、（一）": "成都天府新区片区、成都青白江铁路港片区（川南临港片区 is named only as NOT yet included — tagging it 泸州/川南临港片区 is wrong-ish, low)",
            "一、（二）": "成都国际铁路港铁路口岸作业区、成都国际铁路港综合保税区（成都市青白江区）",
            "二、（一）": "成都国际铁路港（青白江区）",
            "清单 rows 1–10": "as the document (default); the 主要来源国 (德国、俄罗斯 …) do not place a row abroad",
        },
        "note": "成都海关 is a 直属海关 of the 海关总署 (a central vertical organ) whose 关区 is 四川省; level provincial is the nearest fit — national is tolerable (low), municipal (成都市) is tolerable (low). 青白江海关/天府新区海关 (三、（一）) are organs, not places. 中欧班列（成渝）/共建“一带一路” do not place clauses abroad or in 重庆.",
    }
    note = ("Saved with Chrome as “网页，全部”: NAME.html + NAME_files/ (css, “.js.下载” scripts, logo, the 清单 picture). "
            "Furniture, not clauses: the <!-- saved from url --> comment; <meta> tags (ArticleTitle/PubDate/ContentSource — good sources for title/published, not clauses); top bar (海关总署|无障碍|繁體|English), logo, search box, nav (首页 关区概况 信息公开 …), breadcrumb 当前位置：首页 > 信息公开 > 法定主动公开内容 > 海关公告; "
            "the headline <h2> (→ title/doc_number); 发布时间/信息来源/字号 line; 【打印本页】【关闭窗口】; the 相关链接 list (three OTHER notices, one with its own 文号 海关总署公告2024年第35号 — must not become this page's doc_number, clauses or attachments); footer (版权所有, address, ICP/公网安备, 网站标识码, 党政机关 and 找错 icons); the inline <script> at the end (repeats the headline and a sentence as JS strings — must not become a clause). "
            "Title: the headline is 成都海关公告2024年第4号（关于…的公告） — the real title is the part in the brackets and the 文号 is 成都海关公告2024年第4号 (customs 公告 have no 〔〕 文号); keeping the whole headline as title is tolerable (low) if doc_number is also right; a doc_number missing is medium. No 主送 (a 公告 has none) and no 版记. "
            "Body: 一、二、三、四、 are section headings (black, no text of their own: not clauses, tolerable as heading clauses). Under 一、二、 the （一）（二）… items have a run-in bold 楷体 head (<strong> in a separate <span>) — head + text = ONE clause, joined WITHOUT a space. Under 三、四、 the items are plain, but the CMS split “（一）” into its own <span> — must be joined without a space. "
            "特此公告。 is a closing formula (not a clause; tolerable, low). 附件：中欧班列进口货物“抵站直提”试点商品清单 is the 附件说明 (→ attachments, not a clause). 落款 成都海关 / 2024年5月20日 are right-aligned <p>s padded with &nbsp; (→ issuer/date; not clauses). "
            "附件: label 附件, the centred title (table title, not a clause), then the 清单 as a PICTURE (<img alt=\"商品清单\">, pixels only; the alt text is not a clause and the picture must not be OCR'd into duplicate rows) and directly below it the SAME list as an HTML <table> whose header row is <th> cells: the 10 rows are clauses (列名：值), read once; the header row is not a clause; empty 备注 cells hold &nbsp; (omit or blank both fine). "
            "date = 成文日期 2024-05-20 (落款); 2024-05-22 is 发布时间/PubDate (= published); 2024-06-01 effective; 2025-12-31 is the 试点期限 end (= expires). The related-list dates (2024-05-10 …) are noise.")
    return {"meta": meta, "clauses": clauses, "applies_to": applies, "_note": note,
            "_pdf": {"note": "no PDF this round: the saved HTML page is the deliverable"}}


# =====================================================================================
# 2. 河南省商务厅 通知 (TRS), 附件1 inline table
# =====================================================================================
HN_STEM = "blind180_henan_commerce"
HN_URL = "https://hnsswt.henan.gov.cn/2024/03-12/2957316.html"
HN_TITLE = "河南省商务厅关于印发2024年全省对共建“一带一路”国家经贸合作目标任务的通知"
HN_NO = "豫商外经〔2024〕6号"
HN_ATT1 = "2024年全省对共建“一带一路”国家经贸合作目标任务分解表"
HN_ATT2 = "2024年全省对共建“一带一路”国家经贸合作目标任务完成情况季报表"
HN_HEADER = ["序号", "地区", "进出口目标（亿元）", "增速目标（%）", "非金融类直接投资目标（亿美元）", "对外承包工程完成营业额目标（亿美元）"]
HN_DATA = [
    ("郑州市", 2170, 8, 4.2, 15.5), ("开封市", 60, 10, 0.4, 0.8), ("洛阳市", 210, 9, 1.6, 5.2),
    ("平顶山市", 45, 8, 0.3, 1.2), ("安阳市", 70, 7, 0.4, 1.0), ("鹤壁市", 30, 8, 0.2, 0.3),
    ("新乡市", 130, 9, 0.8, 1.5), ("焦作市", 120, 8, 0.6, 1.1), ("濮阳市", 55, 7, 0.3, 2.4),
    ("许昌市", 150, 9, 0.9, 0.9), ("漯河市", 40, 8, 0.3, 0.4), ("三门峡市", 70, 6, 0.5, 0.6),
    ("南阳市", 110, 10, 0.5, 1.8), ("商丘市", 45, 9, 0.2, 0.5), ("信阳市", 35, 8, 0.2, 0.6),
    ("周口市", 60, 10, 0.3, 0.4), ("驻马店市", 40, 8, 0.2, 0.5), ("济源示范区", 60, 7, 0.1, 0.3),
]
assert sum(r[1] for r in HN_DATA) == 3500
assert abs(sum(r[3] for r in HN_DATA) - 12.0) < 1e-9
assert abs(sum(r[4] for r in HN_DATA) - 35.0) < 1e-9
HN_TOTAL = ["合计", "3500", "8", "12.0", "35.0"]

HN_INTRO = "为深入贯彻落实省委、省政府关于高质量推进共建“一带一路”的部署要求，加快打造“空中、陆上、网上、海上”四条丝绸之路，推动全省对共建“一带一路”国家经贸合作提质增效，经研究，现将2024年全省对共建“一带一路”国家经贸合作目标任务（见附件1）印发给你们，并就有关事项通知如下："
HN_ITEMS = [
    ("一、明确年度目标。", "2024年，全省对共建“一带一路”国家进出口力争达到3500亿元、同比增长8%以上，非金融类直接投资达到12亿美元，对外承包工程完成营业额达到35亿美元。各地要将目标任务分解到县（市、区）和重点企业，建立工作台账，确保全年目标如期完成。"),
    ("二、发挥自贸试验区引领作用。", "郑州片区要依托中欧班列（中豫号）和郑州—卢森堡“空中丝绸之路”，深化多式联运“一单制”改革，2024年中欧班列（中豫号）开行量力争达到3000列；开封片区要推动国家文化出口基地与共建“一带一路”国家开展文化服务贸易合作，全年文化服务贸易额增长10%以上；洛阳片区要支持装备制造企业“抱团出海”，力争对共建“一带一路”国家成套设备出口增长12%以上。"),
    ("三、强化政策支持。", "省级外经贸发展专项资金对参加中国—东盟博览会、中国—中亚峰会配套展会等境内外重点展会的企业给予展位费最高80%的补助；对新认定的省级境外经贸合作区给予一次性奖励300万元，对新认定的省级公共海外仓给予最高100万元奖励。"),
    ("四、加强调度监测。", "各地商务主管部门要于每季度结束后10日内，按照附件2格式报送目标任务完成情况，全年完成情况于2025年1月15日前报送。省商务厅将按季度通报各地目标任务完成情况，并将完成情况纳入全省商务工作年度考核。"),
]
HN_NOTES = [
    "1.进出口数据以郑州海关统计数据为准；非金融类直接投资和对外承包工程完成营业额数据以商务部对外投资和经济合作业务统计系统数据为准。",
    "2.郑州市数据含郑州航空港经济综合实验区；各地可在本表基础上将目标任务分解至县（市、区），分解结果于2024年3月31日前报省商务厅备案。",
]
HN_CSS = """body{margin:0;font:14px/1.6 "Microsoft YaHei";color:#333;background:#fff}
.head{height:150px;background:url(bg_head.jpg) #b3140f}.wrap{width:1100px;margin:0 auto}
.xxgk-table{width:100%;border-collapse:collapse;background:#f7f7f7;margin:15px 0}.xxgk-table th,.xxgk-table td{border:1px solid #ddd;padding:6px 10px;font-size:13px}
.xxgk-table th{width:90px;text-align:right;font-weight:normal;color:#666}
h1.title{font-size:24px;text-align:center;color:#b3140f;line-height:40px}
.info{text-align:center;color:#999;border-bottom:1px solid #e5e5e5;padding-bottom:10px}
#zoom{font-size:16px;line-height:30px}.fujian{margin:20px 0;padding:10px;background:#f7f7f7}
.foot{background:#b3140f;color:#fff;text-align:center;padding:20px 0;font-size:13px}
"""


def fmt_num(x):
    return ("%.1f" % x) if isinstance(x, float) else str(x)


def make_henan():
    fd = files_dir(HN_STEM)
    rel = "./" + HN_STEM + "_files/"
    write_text(os.path.join(fd, "style.css"), HN_CSS)
    write_text(os.path.join(fd, "jquery.min.js.下载"), JQ)
    write_text(os.path.join(fd, "common.js.下载"), "function printme(){window.print();}\nfunction doZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}\n")
    banner(os.path.join(fd, "logo.png"), 560, 100, "河南省商务厅", "Department of Commerce of Henan Province", bg=(179, 20, 15))
    small_icon(os.path.join(fd, "dzjg.png"), "党政机关")
    qrcode(os.path.join(fd, "ewm.png"))
    xls = "https://hnsswt.henan.gov.cn/u/cms/www/202403/12102145rk3x.xls"

    clauses = [HN_INTRO]
    body = ['<p style="text-align:center;"><span style="font-family:仿宋_GB2312;">%s</span></p>' % E(HN_NO),
            '<p>&nbsp;</p>',
            '<p><span style="font-family:仿宋_GB2312;">各省辖市、济源示范区、航空港区商务主管部门，中国（河南）自由贸易试验区郑州、开封、洛阳片区管委会：</span></p>',
            '<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;">%s</span></p>' % E(HN_INTRO)]
    for head, rest in HN_ITEMS:
        body.append('<p style="text-indent:2em;"><span style="font-family:黑体;">%s</span><span style="font-family:仿宋_GB2312;">%s</span></p>' % (E(head), E(rest)))
        clauses.append(head + rest)
    body += ['<p>&nbsp;</p>',
             '<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;">附件：1.%s</span></p>' % E(HN_ATT1),
             '<p style="text-indent:5em;"><span style="font-family:仿宋_GB2312;">2.%s</span></p>' % E(HN_ATT2),
             '<p>&nbsp;</p>',
             '<p style="text-align:right;"><span style="font-family:仿宋_GB2312;">河南省商务厅</span></p>',
             '<p style="text-align:right;"><span style="font-family:仿宋_GB2312;">2024年3月8日</span></p>',
             '<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;">（此件公开发布）</span></p>',
             '<p>&nbsp;</p>',
             '<p><span style="font-family:黑体;">附件1</span></p>',
             '<p style="text-align:center;"><strong><span style="font-family:方正小标宋简体;font-size:20px;">%s</span></strong></p>' % E(HN_ATT1)]
    t = ['<table border="1" cellspacing="0" cellpadding="0" align="center" style="border-collapse:collapse;width:100%;">', "<tbody>"]
    t.append('<tr style="height:48px;">' + "".join('<td style="text-align:center;background:#f2f2f2;"><p style="text-align:center;"><strong><span style="font-family:黑体;font-size:14px;">%s</span></strong></p></td>' % E(h) for h in HN_HEADER) + "</tr>")
    for i, (city, trade, g, inv, eng) in enumerate(HN_DATA, 1):
        cells = [str(i), city, fmt_num(trade), fmt_num(g), fmt_num(inv), fmt_num(eng)]
        t.append("<tr>" + "".join('<td style="text-align:center;"><p style="text-align:center;"><span style="font-size:14px;">%s</span></p></td>' % E(c) for c in cells) + "</tr>")
        clauses.append(row_clause(HN_HEADER, cells))
    t.append('<tr><td colspan="2" style="text-align:center;"><p style="text-align:center;"><strong><span style="font-size:14px;">合计</span></strong></p></td>'
             + "".join('<td style="text-align:center;"><p style="text-align:center;"><strong><span style="font-size:14px;">%s</span></strong></p></td>' % c for c in HN_TOTAL[1:]) + "</tr>")
    clauses.append(row_clause(HN_HEADER, ["合计", ""] + HN_TOTAL[1:]))
    t.append("</tbody></table>")
    body.append("\n".join(t))
    body.append('<p style="text-align:left;"><span style="font-family:楷体_GB2312;font-size:14px;">填表说明：%s</span></p>' % E(HN_NOTES[0]))
    body.append('<p style="text-indent:5em;"><span style="font-family:楷体_GB2312;font-size:14px;">%s</span></p>' % E(HN_NOTES[1]))
    clauses += HN_NOTES

    style_inner = ".TRS_Editor P{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:仿宋_GB2312;font-size:16pt;}.TRS_Editor DIV{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:仿宋_GB2312;font-size:16pt;}.TRS_Editor TD{font-family:宋体;font-size:12pt;}"
    page = """<!DOCTYPE html>
%(saved)s
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="SiteName" content="河南省商务厅">
<meta name="SiteDomain" content="hnsswt.henan.gov.cn">
<meta name="SiteIDCode" content="4100000034">
<meta name="ColumnName" content="通知公告">
<meta name="ColumnType" content="通知公告">
<meta name="ArticleTitle" content="%(title)s">
<meta name="PubDate" content="2024-03-12 10:21">
<meta name="ContentSource" content="对外投资和经济合作处">
<meta name="Keywords" content="一带一路,目标任务,分解表">
<meta name="Description" content="各省辖市、济源示范区、航空港区商务主管部门，中国（河南）自由贸易试验区郑州、开封、洛阳片区管委会：为深入贯彻落实省委、省政府关于高质量推进共建“一带一路”的部署要求……">
<title>%(title)s_通知公告_河南省商务厅</title>
<link rel="stylesheet" type="text/css" href="%(rel)sstyle.css">
<script type="text/javascript" src="%(rel)sjquery.min.js.下载"></script>
<script type="text/javascript" src="%(rel)scommon.js.下载"></script>
</head>
<body>
<div class="topbar"><div class="wrap"><span>今天是：<script>document.write(new Date().toLocaleDateString());</script>2024/11/18</span><a href="https://www.henan.gov.cn/" target="_blank">河南省人民政府</a> <a href="https://hnsswt.henan.gov.cn/wza/">无障碍浏览</a> <a href="javascript:void(0)">长者模式</a></div></div>
<div class="head"><div class="wrap"><img src="%(rel)slogo.png" alt="河南省商务厅"></div></div>
<div class="menu"><div class="wrap"><a href="https://hnsswt.henan.gov.cn/">首页</a><a href="https://hnsswt.henan.gov.cn/jgzn/">机构职能</a><a href="https://hnsswt.henan.gov.cn/zwgk/">政务公开</a><a href="https://hnsswt.henan.gov.cn/tzgg/">通知公告</a><a href="https://hnsswt.henan.gov.cn/zcfg/">政策法规</a><a href="https://hnsswt.henan.gov.cn/hdjl/">互动交流</a></div></div>
<div class="wrap">
<div class="location">当前位置：<a href="https://hnsswt.henan.gov.cn/">首页</a> &gt; <a href="https://hnsswt.henan.gov.cn/zwgk/">政务公开</a> &gt; <a href="https://hnsswt.henan.gov.cn/tzgg/">通知公告</a></div>
<div class="xxgk-info"><table class="xxgk-table"><tbody>
<tr><th>索&nbsp;引&nbsp;号：</th><td>11410000005184449X/2024-00087</td><th>主题分类：</th><td>对外经济合作</td></tr>
<tr><th>发布机构：</th><td>河南省商务厅</td><th>成文日期：</th><td>2024年03月08日</td></tr>
<tr><th>标&emsp;&emsp;题：</th><td colspan="3">%(title)s</td></tr>
<tr><th>文&emsp;&emsp;号：</th><td>%(no)s</td><th>发布日期：</th><td>2024年03月12日</td></tr>
<tr><th>有&nbsp;效&nbsp;性：</th><td colspan="3">有效</td></tr>
</tbody></table></div>
<div class="article">
<h1 class="title">%(title)s</h1>
<div class="info">发布时间：2024-03-12 10:21&emsp;&emsp;来源：对外投资和经济合作处&emsp;&emsp;【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div class="content" id="zoom"><div class="TRS_Editor"><style type="text/css">%(style)s</style>
<div class="Custom_UnionStyle">
%(body)s
</div></div></div>
<div class="fujian"><p>附件下载：</p><ul><li><a href="%(xls)s" target="_blank">%(att2)s.xls</a></li></ul></div>
<div class="share">分享到：<a href="javascript:void(0)" class="wx">微信</a> <a href="javascript:void(0)" class="wb">微博</a>&emsp;<a href="javascript:printme()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
<div class="ewm"><img src="%(rel)sewm.png" alt="扫一扫在手机打开当前页" width="100"><p>扫一扫在手机打开当前页</p></div>
<div class="prevnext"><p>上一篇：<a href="https://hnsswt.henan.gov.cn/2024/03-11/2956870.html">河南省商务厅关于组织参加第135届中国进出口商品交易会的通知</a></p><p>下一篇：<a href="https://hnsswt.henan.gov.cn/2024/03-13/2957902.html">关于公布2023年度河南省省级公共海外仓名单的通知</a></p></div>
</div>
</div>
<div class="foot"><div class="wrap">
<p>主办单位：河南省商务厅&emsp;地址：郑州市郑东新区商务外环路8号&emsp;邮编：450018</p>
<p>豫ICP备05012345号-1&emsp;豫公网安备 41010502003210号&emsp;网站标识码：4100000034</p>
<p><img src="%(rel)sdzjg.png" alt="党政机关" width="40"></p>
</div></div>
</body></html>
""" % {"saved": saved_from(HN_URL), "title": E(HN_TITLE), "no": E(HN_NO), "rel": rel, "style": style_inner,
       "body": "\n".join(body), "xls": xls, "att2": E(HN_ATT2)}
    write_text(os.path.join(HERE, HN_STEM + ".html"), page)

    meta = {
        "title": HN_TITLE,
        "doc_number": HN_NO,
        "issuer": ["河南省商务厅"],
        "date": "2024-03-08",
        "published": "2024-03-12",
        "level": "provincial",
        "region": "河南省",
        "effective": None,
        "expires": None,
        "attachments": [HN_ATT1, HN_ATT2],
        "doc_type": "通知",
        "recipients": ["各省辖市、济源示范区、航空港区商务主管部门", "中国（河南）自由贸易试验区郑州、开封、洛阳片区管委会"],
        "publicity": "此件公开发布",
        "source_url": HN_URL,
        "index_number": "11410000005184449X/2024-00087",
        "attachment_links": {HN_ATT2: xls + " (a link only; not saved with the page)"},
    }
    specific = {"附件1 row %d" % i: (r[0] if r[0] != "济源示范区" else "济源市（济源产城融合示范区）") for i, r in enumerate(HN_DATA, 1)}
    specific["二、"] = "中国（河南）自由贸易试验区郑州片区、开封片区、洛阳片区（郑州市、开封市、洛阳市）"
    applies = {
        "default": "河南省",
        "specific": specific,
        "note": "附件1 row 1 (郑州市) includes 郑州航空港经济综合实验区 (填表说明 2.). The 合计 row applies province-wide. 郑州—卢森堡 / 中欧班列 / 东盟 / 中亚 do not place clauses abroad; 郑州海关 (填表说明 1.) and 商务部 are organs, not places — 填表说明 1. must NOT be placed in 郑州市.",
    }
    note = ("Saved with Chrome as “网页，全部” from a TRS CMS page. Furniture, not clauses: saved-from comment, <meta> tags (ArticleTitle, PubDate 2024-03-12, ContentSource, a Description that repeats the 主送 and the first sentence cut with ……), top bar with “今天是：2024/11/18” (the day the page was saved — never a document date), logo, menu, breadcrumb; "
            "the 信息索引 table (索引号, 主题分类, 发布机构, 成文日期 2024年03月08日, 标题, 文号, 发布日期 2024年03月12日, 有效性 — a good source for the fields, not clauses; 有效性：有效 is not an effective date); the <h1> title; 发布时间/来源/字体 line; "
            "inside <div class=\"TRS_Editor\"> a <style> element whose CSS text (.TRS_Editor P{…}) must not leak into any clause; the centred 文号 line 豫商外经〔2024〕6号 and the 主送 line (→ recipients, two organs split at the full-width comma “，” — not at the 、 inside each); "
            "the 附件说明 on two <p>s (附件：1.… / 2.… → attachments, no “1.”/“2.” prefix); 落款 河南省商务厅 / 2024年3月8日; （此件公开发布）; the label 附件1 and the centred table title; after the article: 附件下载 list with ONE link, the .xls of 附件2 (same title + “.xls” — must not create a 3rd attachment; the xls itself was not saved, it is only an https link); 分享/打印/关闭; QR code; 上一篇/下一篇 (two other notices); footer. "
            "Body: 一、…四、 are run-in headings (黑体 span) + text = ONE clause each. "
            "附件1: a long <table> whose header row is <td><strong> (not <th>), 18 data rows (17 省辖市 + 济源示范区) → 18 clauses 列名：值, then a 合计 row whose first cell spans 序号+地区 (colspan=2): as a clause (序号/地区：合计) or dropped both tolerable, low — but its 4 values must stay aligned with the right columns (3500 under 进出口, 8 under 增速, 12.0 under 投资, 35.0 under 承包工程); shifting them by one column is HIGH-ish (medium). Each cell wraps its text in a <p> — one row must stay one clause. "
            "The 填表说明 under the table: item 1. is in the same <p> as “填表说明：” (prefix kept or dropped both fine), item 2. in the next <p>; they are clauses (2. says 郑州市 includes 航空港区 and sets the 2024-03-31 备案 deadline). "
            "date = 成文日期 2024-03-08; published = 2024-03-12; deadlines 2024-03-31 and 2025-01-15 are not dates of the document; no effective/expires (a target-setting notice).")
    return {"meta": meta, "clauses": clauses, "applies_to": applies, "_note": note,
            "_pdf": {"note": "no PDF this round: the saved HTML page is the deliverable"}}


# =====================================================================================
# 3. 青岛市发展改革委 政策解读 (Q&A)
# =====================================================================================
QD_STEM = "blind180_qingdao_ndrc"
QD_URL = "http://dpc.qingdao.gov.cn/zcjd/202407/t20240703_8139265.shtml"
QD_POLICY = "青岛市深度融入共建“一带一路”高质量发展三年行动方案（2024—2026年）"
QD_TITLE = "《%s》政策解读" % QD_POLICY
QD_QA = [
    ("一问：《行动方案》出台的背景是什么？", "strong", [
        ("p", "2023年10月，第三届“一带一路”国际合作高峰论坛在北京成功举办，习近平主席宣布中国支持高质量共建“一带一路”的八项行动。青岛作为新亚欧大陆桥经济走廊主要节点城市和海上合作战略支点，具有陆海统筹、东西互济的独特优势。"),
        ("p", "为贯彻落实党中央、国务院和省委、省政府部署，市发展改革委会同市商务局、市交通运输局、青岛海关等28个部门和单位，在深入调研、广泛征求意见的基础上，起草了《行动方案》，经市政府第58次常务会议审议通过，于2024年6月28日由市政府办公厅印发实施。"),
    ]),
    ("二问：《行动方案》的主要目标是什么？", "strong", [
        ("p", "《行动方案》提出，到2026年，青岛深度融入共建“一带一路”的体制机制更加完善，在以下三个方面取得明显成效："),
        ("p", "1.通道枢纽能级显著提升。青岛港集装箱吞吐量达到3300万标准箱，中欧班列（齐鲁号）青岛方向年开行量稳定在900列以上，海铁联运箱量突破250万标准箱。"),
        ("p", "2.经贸合作规模持续扩大。全市对共建“一带一路”国家进出口额达到4500亿元，年均增长6%以上；对共建“一带一路”国家实际投资额累计达到30亿美元。"),
        ("p", "3.开放平台功能更加完善。上合示范区、自贸试验区青岛片区制度创新成果累计达到200项，培育形成可复制推广的经验案例30项以上。"),
    ]),
    ("三问：《行动方案》部署了哪些重点任务？", "split", [
        ("p", "《行动方案》围绕“通道、贸易、投资、平台、人文、机制”六个方面，部署了六项重点任务："),
        ("li", "畅通陆海联运大通道。加密至东盟、南亚、中东的外贸航线，2026年集装箱航线总数达到230条；拓展中欧班列“青岛—中亚”“青岛—欧洲”线路，推动上合示范区多式联运中心扩能。"),
        ("li", "扩大经贸往来规模。实施“千企百展”市场开拓计划，每年组织企业参加境外重点展会100场次以上；发展“丝路电商”，培育跨境电商产业园20个。"),
        ("li", "推动双向投资合作。支持企业在东南亚、中东等地建设境外经贸合作区和海外仓，对新认定的市级境外经贸合作区给予最高500万元支持。"),
        ("li", "提升开放平台能级。发挥上合示范区、自贸试验区青岛片区、青岛前湾综合保税区等平台作用，推动首创性、差异化改革探索。"),
        ("li", "深化人文交流合作。实施“留学青岛”计划，每年面向共建“一带一路”国家招收留学生1500人以上，国际友好城市和友好合作城市总数达到90个。"),
        ("li", "健全风险防控机制。建立境外项目风险预警和应急处置机制，推广出口信用保险“保单融资”，2026年出口信用保险短期险承保规模达到120亿美元。"),
    ]),
    ("四问：上合示范区和自贸试验区青岛片区在《行动方案》中承担哪些任务？", "span", [
        ("p", "中国—上海合作组织地方经贸合作示范区（胶州市）重点建设“一带一路”国际合作新平台，《行动方案》明确其打造上合组织国家商品集散中心，2026年上合示范区对上合组织国家进出口额达到600亿元，上合示范区多式联运中心年集装箱作业量突破100万标准箱。"),
        ("p", "中国（山东）自由贸易试验区青岛片区（西海岸新区）重点开展制度型开放探索，推进大宗商品期现结合交易、跨境贸易投资高水平开放等试点，三年内每年形成制度创新成果20项以上，并在全市复制推广。"),
    ]),
    ("五问：企业可以享受哪些支持政策？", "strong", [
        ("p", "对开辟至共建“一带一路”国家新航线的航运企业，按航线航次给予补助，单条航线年度补助最高300万元；对中欧班列（齐鲁号）青岛方向回程班列，每列给予最高3万元补助。"),
        ("p", "企业可通过“青岛政策通”平台在线申报，市级财政每年统筹安排专项资金不少于5亿元，具体申报指南由市商务局、市交通运输局等部门另行发布。"),
    ]),
    ("六问：《行动方案》如何组织实施？", "strong", [
        ("p", "市推进“一带一路”建设工作领导小组负责统筹协调，领导小组办公室设在市发展改革委，建立年度任务清单、季度调度、年度评估工作机制，评估结果纳入各区（市）和市直部门综合考核。"),
        ("p", "《行动方案》自2024年7月1日起施行，有效期至2026年12月31日。"),
    ]),
]
QD_CSS = """body{margin:0;font:14px/1.8 "Microsoft YaHei";background:#eef3f8}
.container{width:1200px;margin:0 auto;background:#fff}.banner{height:130px;background:#1d5fa8}
.article-title{font-size:26px;text-align:center;color:#1d5fa8;padding:30px 40px 10px;font-weight:bold}
.article-info{text-align:center;color:#888;border-bottom:1px solid #e3e3e3;padding-bottom:12px}
.jd-tab span{display:inline-block;padding:4px 18px;border:1px solid #1d5fa8;margin-right:6px}
.article-content{padding:20px 60px;font-size:16px;line-height:2}.article-content p{text-indent:2em;margin:0 0 8px}
.article-content ol{padding-left:4em}.footer{background:#1d5fa8;color:#fff;text-align:center;padding:18px;font-size:13px}
"""


def make_qingdao():
    fd = files_dir(QD_STEM)
    rel = "./" + QD_STEM + "_files/"
    write_text(os.path.join(fd, "article.css"), QD_CSS)
    write_text(os.path.join(fd, "jquery-3.6.0.min.js.下载"), JQ)
    write_text(os.path.join(fd, "zoom.js.下载"), "function setFont(s){document.getElementById('zoom').style.fontSize=s+'px';}\n")
    banner(os.path.join(fd, "banner.png"), 900, 120, "青岛市发展和改革委员会", "Qingdao Municipal Development and Reform Commission", bg=(29, 95, 168))
    qrcode(os.path.join(fd, "qrcode.png"))
    small_icon(os.path.join(fd, "dzjg.png"), "党政机关")

    clauses = []
    body = []
    for q, style, answers in QD_QA:
        if style == "strong":
            body.append("<p><strong>%s</strong></p>" % E(q))
        elif style == "split":
            lab, rest = q.split("：", 1)
            body.append('<p style="text-indent:2em;"><strong>%s：</strong><strong>%s</strong></p>' % (E(lab), E(rest)))
        else:
            body.append('<p><strong><span style="font-family:黑体;color:#1d5fa8;">%s</span></strong></p>' % E(q))
        in_ol = False
        for kind, text in answers:
            if kind == "li":
                if not in_ol:
                    body.append("<ol>")
                    in_ol = True
                body.append("<li>%s</li>" % E(text))
            else:
                if in_ol:
                    body.append("</ol>")
                    in_ol = False
                body.append("<p>%s</p>" % E(text))
            clauses.append(text)
        if in_ol:
            body.append("</ol>")

    related_title = "青岛市人民政府办公厅关于印发青岛市深度融入共建“一带一路”高质量发展三年行动方案（2024—2026年）的通知"
    page = """<!DOCTYPE html>
%(saved)s
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="SiteName" content="青岛市发展和改革委员会">
<meta name="SiteDomain" content="dpc.qingdao.gov.cn">
<meta name="SiteIDCode" content="3702000052">
<meta name="ColumnName" content="政策解读">
<meta name="ColumnType" content="政策解读">
<meta name="ArticleTitle" content="%(title)s">
<meta name="PubDate" content="2024-07-03 09:15">
<meta name="ContentSource" content="青岛市发展和改革委员会">
<title>%(title)s-青岛市发展和改革委员会</title>
<link rel="stylesheet" href="%(rel)sarticle.css">
<script src="%(rel)sjquery-3.6.0.min.js.下载"></script>
<script src="%(rel)szoom.js.下载"></script>
</head>
<body>
<div class="container">
<div class="banner"><img src="%(rel)sbanner.png" alt="青岛市发展和改革委员会"></div>
<div class="nav"><a href="http://dpc.qingdao.gov.cn/">首页</a> <a href="http://dpc.qingdao.gov.cn/zwgk/">政务公开</a> <a href="http://dpc.qingdao.gov.cn/zcwj/">政策文件</a> <a href="http://dpc.qingdao.gov.cn/zcjd/">政策解读</a> <a href="http://dpc.qingdao.gov.cn/hdjl/">互动交流</a></div>
<div class="crumb">您当前的位置：<a href="http://dpc.qingdao.gov.cn/">首页</a> &gt; <a href="http://dpc.qingdao.gov.cn/zwgk/">政务公开</a> &gt; <a href="http://dpc.qingdao.gov.cn/zcjd/">政策解读</a></div>
<div class="article">
<div class="article-title">%(title)s</div>
<div class="article-info"><span>发布时间：2024-07-03 09:15</span>&nbsp;&nbsp;&nbsp;<span>来源：市发展改革委</span>&nbsp;&nbsp;&nbsp;<span>字号：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a></span></div>
<div class="jd-tab"><span class="on">文字解读</span><span><a href="http://dpc.qingdao.gov.cn/zcjd/202407/t20240703_8139266.shtml">图片解读</a></span></div>
<div class="jd-source">解读文件：<a href="http://www.qingdao.gov.cn/zwgk/xxgk/bgt/gkml/gwfg/202407/t20240701_8132210.shtml" target="_blank">%(related)s</a>（青政办字〔2024〕31号）</div>
<div class="article-content" id="zoom">
%(body)s
</div>
<div class="tools"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
<div class="qr"><img src="%(rel)sqrcode.png" alt="扫一扫在手机打开当前页"><p>扫一扫在手机打开当前页</p></div>
<div class="prevnext"><p>上一篇：<a href="http://dpc.qingdao.gov.cn/zcjd/202406/t20240620_8101234.shtml">《青岛市2024年重点项目名单》解读</a></p><p>下一篇：<a href="http://dpc.qingdao.gov.cn/zcjd/202407/t20240710_8150876.shtml">《青岛市支持现代物流业高质量发展若干政策措施》政策解读</a></p></div>
</div>
<div class="footer"><p>主办：青岛市发展和改革委员会&emsp;地址：青岛市市南区香港中路11号&emsp;邮编：266071</p><p>鲁ICP备05012677号&emsp;鲁公网安备 37020202000345号&emsp;网站标识码：3702000052&emsp;<img src="%(rel)sdzjg.png" alt="党政机关" width="36"></p></div>
</div>
</body></html>
""" % {"saved": saved_from(QD_URL), "title": E(QD_TITLE), "rel": rel, "body": "\n".join(body), "related": E(related_title)}
    write_text(os.path.join(HERE, QD_STEM + ".html"), page)

    meta = {
        "title": QD_TITLE,
        "doc_number": None,
        "issuer": ["青岛市发展和改革委员会"],
        "date": "2024-07-03",
        "published": "2024-07-03",
        "level": "municipal",
        "region": "山东省青岛市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "政策解读",
        "recipients": [],
        "publicity": None,
        "source_url": QD_URL,
        "interprets": {"title": related_title, "doc_number": "青政办字〔2024〕31号", "issuer": "青岛市人民政府办公厅",
                       "date": "2024-06-28", "effective": "2024-07-01", "expires": "2026-12-31"},
    }
    applies = {
        "default": "山东省青岛市",
        "specific": {
            "四问 answer 1": "中国—上海合作组织地方经贸合作示范区（胶州市）",
            "四问 answer 2": "中国（山东）自由贸易试验区青岛片区（西海岸新区/黄岛区）",
            "三问 item 1 (…上合示范区多式联运中心扩能)": "青岛市 (上合示范区/胶州市 as a second place tolerable)",
        },
        "note": "东盟、南亚、中东、中亚、欧洲、上合组织国家 and 共建“一带一路”国家 do not place clauses abroad; 北京 (一问 answer 1: where the 高峰论坛 was held) must NOT become a place of that clause; 青岛海关 is an organ. 三问 item 4 names 上合示范区、自贸试验区青岛片区、青岛前湾综合保税区 together → 青岛市 (listing the three is fine).",
    }
    note = ("A 政策解读 page, saved with Chrome as “网页，全部”. Furniture, not clauses: saved-from comment, <meta>s, banner, nav, crumb (您当前的位置：首页 > 政务公开 > 政策解读), the title <div> (→ title), 发布时间/来源/字号 line, the tab 文字解读 | 图片解读, the 解读文件 line (a link to the interpreted policy + 青政办字〔2024〕31号 — that 文号 belongs to the POLICY, not to this 解读: doc_number of the 解读 is null; reporting 青政办字〔2024〕31号 as this page's doc_number is medium), 【打印】【关闭】, QR code, 上一篇/下一篇, footer. "
            "Body: six questions, each <p><strong>N问：…？</strong></p> (三问 is split over TWO <strong>s: “三问：” + the question — must be re-joined without a space; 四问 has a <span> inside the <strong>). A question is a heading for its answer: as a heading clause or as the path/label of the answer clauses both fine; what matters is that (a) every answer paragraph is a clause, (b) no question is glued to the previous answer's last paragraph or to the next answer's first, (c) each answer is attributed to its own question (path) — answers under the wrong question is medium. "
            "二问's answer has an intro paragraph and a numbered list typed as plain <p>s “1.…” “2.…” “3.…” — each its own clause, label 1/2/3. 三问's answer has an intro and an <ol> of six <li>s: the numbers 1–6 exist only as browser rendering (not in the text) — six separate clauses are needed (merged into one: medium); a label 1–6 is a plus (none: low); the text must not gain a made-up prefix inconsistent with the list. "
            "date: a 解读 has no 成文日期 — the publication date 2024-07-03 is its date. The policy's dates (印发 2024-06-28, 施行 2024-07-01, 有效期至 2026-12-31) are facts about the interpreted document: if the reader puts them as this page's effective/expires that is tolerable, low; taking 2024-06-28 as the 解读's date is low-medium. level municipal, issuer 青岛市发展和改革委员会 (来源 says 市发展改革委, the short form — fine). doc_type 政策解读 (or 解读).")
    return {"meta": meta, "clauses": clauses, "applies_to": applies, "_note": note,
            "_pdf": {"note": "no PDF this round: the saved HTML page is the deliverable"}}


# =====================================================================================
# 4. 河口瑶族自治县人民政府 (old ASP CMS, GBK, one <p> with <br><br>)
# =====================================================================================
HK_STEM = "blind180_hekou_county"
HK_URL = "http://www.hekou.gov.cn/Article/ShowArticle.asp?ArticleID=8721"
HK_MEASURES = "河口县支持中国（云南）自由贸易试验区红河片区边民互市贸易转型升级若干措施"
HK_TITLE = "河口瑶族自治县人民政府关于印发%s的通知" % HK_MEASURES
HK_NO = "河政发〔2024〕15号"
HK_COVER = [
    "《%s》已经县人民政府第26次常务会议研究同意，现印发给你们，请结合实际认真贯彻落实。" % HK_MEASURES,
    "各乡镇、各部门要于2024年12月20日前将贯彻落实情况报送县商务局（红河片区管委会经济发展局）。联系人：李堃，电话：0873-3421578。",
]
HK_ARTICLES = [
    ("第一条", "为深入贯彻落实《中国（云南）自由贸易试验区总体方案》和《边民互市贸易管理办法》，推动边民互市贸易由“通道经济”向“口岸经济”转型，助力面向南亚东南亚辐射中心和“一带一路”建设，结合河口县实际，制定本措施。", None),
    ("第二条", "本措施适用于在河口县依法登记注册、在中国（云南）自由贸易试验区红河片区（以下简称红河片区）从事边民互市进口商品落地加工的企业，以及依法设立的边民互助组、边民专业合作社。", None),
    ("第三条", "支持落地加工企业扩大规模。对使用边民互市进口商品进行落地加工且年加工货值达到1000万元以上的企业，按加工货值每万元给予100元奖励，单个企业年度奖励最高不超过200万元。", None),
    ("第四条", "支持边民互助组规范发展。对年度互市交易额达到500万元以上、运行规范的边民互助组，给予每个互助组3万元奖补；年度互市交易额达到1000万元以上的，给予5万元奖补。", None),
    ("第五条", "支持互市贸易平台建设。", [
        "（一）对在北山边民互市点新建或改造冷链仓储设施、库容达到5000立方米以上的企业，按设施实际投资额的20%给予补助，最高不超过300万元；",
        "（二）对建设边民互市贸易信息化结算平台并接入国际贸易“单一窗口”的企业，按实际投资额的30%给予补助，最高不超过100万元；",
        "（三）对在河口口岸设立进口商品检验检测实验室并取得CMA资质认定的机构，给予一次性奖励50万元。",
    ]),
    ("第六条", "支持跨境金融服务。鼓励辖区银行机构开展边民互市贸易人民币与越南盾直接结算，对年度跨境人民币结算量达到20亿元以上的银行机构，给予10万元奖励。", None),
    ("第七条", "支持跨境物流发展。对经中越红河公路大桥出入境、承运互市进口商品的运输企业，按每车次200元给予物流补贴，单个企业年度补贴最高不超过50万元。", None),
    ("第八条", "保障加工用地。落地加工项目优先纳入年度用地计划；在红河片区北山产业园内建设标准厂房，入驻企业前3年免收租金，第4年至第5年减半收取。", None),
    ("第九条", "本措施所需资金由县级财政和红河片区管委会按6∶4比例分担，纳入年度预算统筹安排。", None),
    ("第十条", "符合条件的企业和组织于每年1月、7月向县商务局（红河片区管委会经济发展局）集中申报，经县财政局、县市场监管局等部门联合审核并公示5个工作日无异议后兑现。", None),
    ("第十一条", "同一事项符合本措施和其他同类政策的，按照“就高、不重复”原则执行。对弄虚作假骗取奖补资金的，追回已拨付资金，3年内取消其申报资格；涉嫌犯罪的，移送司法机关处理。", None),
    ("第十二条", "本措施由县商务局（红河片区管委会经济发展局）负责解释。", None),
    ("第十三条", "本措施自2024年5月1日起施行，有效期3年。", None),
]
HK_CSS = """body{margin:0;font-size:12px;background:#e9e9e9}td{font-size:12px}
.main_title{font-size:20px;font-weight:bold;color:#c00;line-height:36px}.content{font-size:14px;line-height:28px}
a{color:#333;text-decoration:none}
"""


def make_hekou():
    fd = files_dir(HK_STEM)
    rel = "./" + HK_STEM + "_files/"
    write_text(os.path.join(fd, "Style.css"), HK_CSS, "gbk")
    write_text(os.path.join(fd, "menu.js.下载"), "function MM_swapImage(){}\nfunction ContentSize(size){var obj=document.getElementById('fontzoom');obj.style.fontSize=size+'px';}\n", "gbk")
    write_text(os.path.join(fd, "GetHits.asp"), "document.write('1286');\n", "gbk")
    banner(os.path.join(fd, "top_banner.gif"), 980, 150, "河口瑶族自治县人民政府", "www.hekou.gov.cn", bg=(160, 20, 20), fmt="GIF")
    small_icon(os.path.join(fd, "dzjg.png"), "党政机关")

    EM = "&emsp;&emsp;"
    parts = [E(HK_NO),
             "各乡镇人民政府，县直各部门，中国（云南）自由贸易试验区红河片区管委会各部门：",
             EM + E(HK_COVER[0]),
             EM + E(HK_COVER[1]),
             "&nbsp;" * 60 + "河口瑶族自治县人民政府<br>" + "&nbsp;" * 64 + "2024年4月10日",
             EM + "（此件公开发布）",
             "&emsp;" * 6 + "<strong>" + E(HK_MEASURES) + "</strong>"]
    clauses = list(HK_COVER)
    for num, text, items in HK_ARTICLES:
        s = EM + num + "　" + E(text)
        clauses.append(num + "　" + text)
        if items:
            for it in items:
                s += "<br>" + EM + E(it)
                clauses.append(it)
        parts.append(s)
    one_p = '<p>' + "<br><br>".join(parts) + "</p>"

    others = [("河口瑶族自治县人民政府关于2024年度县级预算执行情况的报告", "2024-4-12"),
              ("河口县2024年边民互市贸易进口商品落地加工企业名单公示", "2024-4-9"),
              ("河口瑶族自治县人民政府办公室关于做好2024年清明节期间有关工作的通知", "2024-3-29")]
    page = """%(saved)s
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>%(title)s - 河口瑶族自治县人民政府</title>
<meta name="keywords" content="河口县,红河片区,边民互市,自贸试验区">
<meta name="description" content="河口瑶族自治县人民政府门户网站">
<link href="%(rel)sStyle.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="%(rel)smenu.js.下载"></script>
</head>
<body leftmargin="0" topmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tbody><tr><td><img src="%(rel)stop_banner.gif" width="980" height="150" alt=""></td></tr>
  <tr><td height="30" bgcolor="#A01414"><font color="#FFFFFF">&nbsp;&nbsp;<a href="http://www.hekou.gov.cn/"><font color="#FFFFFF">网站首页</font></a> | <a href="http://www.hekou.gov.cn/Article/Index.asp?ClassID=2"><font color="#FFFFFF">政务公开</font></a> | <a href="http://www.hekou.gov.cn/Article/Index.asp?ClassID=5"><font color="#FFFFFF">县政府文件</font></a> | <a href="http://www.hekou.gov.cn/Article/Index.asp?ClassID=9"><font color="#FFFFFF">红河片区</font></a> | <a href="http://www.hekou.gov.cn/Article/Index.asp?ClassID=12"><font color="#FFFFFF">口岸经济</font></a> | <a href="http://www.hekou.gov.cn/GuestBook/"><font color="#FFFFFF">县长信箱</font></a></font></td></tr>
  <tr><td height="26">&nbsp;今天是：2024年11月18日 星期一&nbsp;&nbsp;&nbsp;&nbsp;您现在的位置：<a href="http://www.hekou.gov.cn/">河口瑶族自治县人民政府</a> &gt;&gt; <a href="http://www.hekou.gov.cn/Article/Index.asp?ClassID=2">政务公开</a> &gt;&gt; <a href="http://www.hekou.gov.cn/Article/Index.asp?ClassID=5">县政府文件</a> &gt;&gt; 正文</td></tr>
</tbody></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tbody><tr><td width="20">&nbsp;</td><td>
    <table width="100%%" border="0" cellspacing="0" cellpadding="0">
      <tbody><tr><td height="50" align="center" class="main_title">%(title)s</td></tr>
      <tr><td height="26" align="center" bgcolor="#F5F5F5">发布时间：2024-4-15 9:32:10&nbsp;&nbsp;&nbsp;来源：县政府办公室&nbsp;&nbsp;&nbsp;作者：admin&nbsp;&nbsp;&nbsp;点击：<script language="javascript" src="%(rel)sGetHits.asp"></script>1286&nbsp;次&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:ContentSize(16)">大</a> <a href="javascript:ContentSize(14)">中</a> <a href="javascript:ContentSize(12)">小</a>】</td></tr>
      <tr><td class="content" id="fontzoom" style="padding:20px 30px;">
%(one_p)s
      </td></tr>
      <tr><td height="30" align="right"><a href="javascript:window.print()">【打印此文】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a>&nbsp;&nbsp;</td></tr>
      <tr><td height="24">&nbsp;上一篇：<a href="http://www.hekou.gov.cn/Article/ShowArticle.asp?ArticleID=8716">%(o0)s</a></td></tr>
      <tr><td height="24">&nbsp;下一篇：<a href="http://www.hekou.gov.cn/Article/ShowArticle.asp?ArticleID=8730">没有了</a></td></tr>
      <tr><td height="24" bgcolor="#F5F5F5">&nbsp;<b>相关文章</b></td></tr>
      <tr><td>%(rel_list)s</td></tr>
    </tbody></table>
  </td><td width="20">&nbsp;</td></tr>
</tbody></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#A01414">
  <tbody><tr><td height="80" align="center"><font color="#FFFFFF">主办：河口瑶族自治县人民政府办公室&nbsp;&nbsp;承办：河口县融媒体中心<br>地址：云南省红河州河口县人民路123号&nbsp;&nbsp;电话：0873-3421001&nbsp;&nbsp;滇ICP备08100123号<br>网站标识码：5325300001&nbsp;&nbsp;滇公网安备 53253202000101号&nbsp;&nbsp;<img src="%(rel)sdzjg.png" width="36" alt="党政机关"></font></td></tr>
</tbody></table>
</body></html>
""" % {"saved": saved_from(HK_URL), "title": E(HK_TITLE), "rel": rel, "one_p": one_p, "o0": E(others[0][0]),
       "rel_list": "".join('&nbsp;·<a href="http://www.hekou.gov.cn/Article/ShowArticle.asp?ArticleID=%d">%s</a>&nbsp;&nbsp;<font color="#999999">%s</font><br>' % (8700 + i, E(t), d) for i, (t, d) in enumerate(others))}
    with open(os.path.join(HERE, HK_STEM + ".html"), "wb") as fh:
        fh.write(page.replace("\n", "\r\n").encode("gbk"))

    meta = {
        "title": HK_TITLE,
        "doc_number": HK_NO,
        "issuer": ["河口瑶族自治县人民政府"],
        "date": "2024-04-10",
        "published": "2024-04-15",
        "level": "county",
        "region": "云南省红河哈尼族彝族自治州河口瑶族自治县",
        "effective": "2024-05-01",
        "expires": "2027-04-30",
        "attachments": [HK_MEASURES],
        "doc_type": "通知",
        "recipients": ["各乡镇人民政府", "县直各部门", "中国（云南）自由贸易试验区红河片区管委会各部门"],
        "publicity": "此件公开发布",
        "source_url": HK_URL,
        "encoding": "GBK bytes, declared charset=gb2312 (contains 堃, which is GBK but not GB2312), CRLF line ends",
    }
    applies = {
        "default": "中国（云南）自由贸易试验区红河片区 / 云南省红河哈尼族彝族自治州河口瑶族自治县",
        "specific": {
            "第五条（一）": "北山边民互市点（河口县）",
            "第五条（三）": "河口口岸（河口县）",
            "第七条": "中越红河公路大桥（河口县）",
            "第八条": "红河片区北山产业园（河口县）",
        },
        "note": "越南盾 (第六条) / 中越 (第七条) / 南亚东南亚 (第一条) do not place clauses in 越南 or abroad; 红河 here is the 片区 / 州 name — the 红河片区 lies wholly in 河口县 (红河州 as region is too broad but tolerable, low; 红河哈尼族彝族自治州 without 河口县 for the whole document is medium). 县商务局/县财政局 are organs.",
    }
    note = ("An old ASP CMS page (动易-style ShowArticle.asp, layout tables, <font> tags), saved with Chrome as “网页，全部”: the .html is GBK bytes with CRLF and <meta charset=gb2312>; it holds 堃 (GBK-only) in the contact sentence — a strict gb2312 decode fails or mangles it (李堃 must come out right; mojibake anywhere is HIGH). No <!DOCTYPE>. "
            "Furniture, not clauses: saved-from comment, <title> (title + “ - 河口瑶族自治县人民政府”), banner gif, menu, the line “今天是：2024年11月18日 星期一 您现在的位置：…>> 正文” (the saving day — never the document date), the title <td class=\"main_title\">, the info row 发布时间：2024-4-15 9:32:10 (no zero padding; = published 2024-04-15) 来源/作者：admin/点击：<script>1286 次/字体, 【打印此文】【关闭窗口】, 上一篇/下一篇 (下一篇：没有了), 相关文章 list (3 other titles with dates), footer. "
            "The WHOLE body is ONE <p> in <td id=\"fontzoom\">, paragraphs separated by <br><br>, indents &emsp;&emsp;. Inside it, furniture: first line 河政发〔2024〕15号 (→ doc_number), the 主送 line (→ recipients: 3 organs split at “，”), the 落款 — 河口瑶族自治县人民政府<br>2024年4月10日 padded with 60+ &nbsp; (→ issuer/date; must not become a clause or be glued to a clause), （此件公开发布）, and the measures' title (<strong>, padded with &emsp;s — a heading, the attachment title; not a clause). "
            "Clauses: the 2 cover paragraphs, then 第一条…第十三条 (article number + full-width space + text, one clause each; 第五条 has only a lead sentence “支持互市贸易平台建设。”). Its items （一）（二）（三） are separated by a SINGLE <br> (not <br><br>) with their own &emsp;&emsp; indent — separate clauses under 第五条 are expected; merged into 第五条 with line breaks is tolerable (low); run together with no separator, or 第五条（三） glued to 第六条, is medium. "
            "date = 2024-04-10 (落款); published 2024-04-15; effective 2024-05-01 (第十三条); expires: 有效期3年 → 2027-04-30 (2027-05-01 tolerable, low; null medium). 2024-12-20 is a reporting deadline. The measures may alternatively be read as a second document (title = the measures title, issuer 河口瑶族自治县人民政府, same dates) — tolerable.")
    return {"meta": meta, "clauses": clauses, "applies_to": applies, "_note": note,
            "_pdf": {"note": "no PDF this round: the saved HTML page is the deliverable"}}


def main():
    exp = {
        CD_STEM: [make_chengdu()],
        HN_STEM: [make_henan()],
        QD_STEM: [make_qingdao()],
        HK_STEM: [make_hekou()],
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    for k, v in exp.items():
        print(k, len(v[0]["clauses"]), "clauses")


if __name__ == "__main__":
    main()
