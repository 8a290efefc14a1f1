# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, UP031, UP032, E731
"""Blind round 224: ordinary pages of autonomous-region and border-province government sites,
saved from the browser as "网页，全部" (an .html file plus a blind224_<short>_files/ folder).

  blind224_guangxi_fangan.html    广西壮族自治区人民政府门户网站: 政府信息公开 metadata table above
      a 自治区人民政府办公厅 印发通知 (桂政办发〔2024〕41号) with the 实施方案 printed on the same page.
  blind224_yili_banfa.html        伊犁哈萨克自治州商务局 page (GB2312, old CMS): the whole text sits in a
      layout <table>, one <tr><td> per paragraph; 印发通知 + 管理办法 (第一章…第五章, 第一条…第十八条).
  blind224_heilongjiang_kouan.html 黑龙江省人民政府口岸办公室 page: 通知 一、…六、 + 附件 table rendered
      on the page (rows naming 口岸 and 县/市, a rowspan cell, category rows) + 版记.
  blind224_lincang_cuoshi.html    临沧边境经济合作区管理委员会 page: body pasted from Word (MsoNormal
      spans with inline styles, &nbsp; indents, <!--[if !supportLists]--> list numbers, soft <br>).
  expected.json

Run:  . /work/venv/bin/activate && python make_blind224.py
"""
import json
import os
import shutil
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


# ================================================================ helpers
def png(w, h, rgb=(200, 30, 30)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


GIF1 = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")


def saved_from(url):
    return "<!-- saved from url=(%04d)%s -->" % (len(url), url)


def assets(stem, files):
    d = os.path.join(HERE, stem + "_files")
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    for name, data in files.items():
        mode = "wb" if isinstance(data, bytes) else "w"
        with open(os.path.join(d, name), mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as fh:
            fh.write(data)
    return "./" + stem + "_files/"


def write(stem, html, enc="utf-8"):
    p = os.path.join(HERE, stem + ".html")
    with open(p, "wb") as fh:
        fh.write(html.encode(enc))
    return p


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


JQ_STUB = "/*! jQuery v1.12.4 | (c) jQuery Foundation | jquery.org/license */\n!function(a,b){\"object\"==typeof module?module.exports=b(a):b(a)}(window,function(a){var c=function(s){return document.querySelectorAll(s)};a.jQuery=a.$=c;return c});\n"


# ================================================================ (a) 广西 portal page
GX_STEM = "blind224_guangxi_fangan"
GX_FANGAN = "中国（广西）自由贸易试验区与沿边临港产业园区联动发展实施方案（2024—2026年）"
GX_TITLE = "广西壮族自治区人民政府办公厅关于印发" + GX_FANGAN + "的通知"
GX_NUM = "桂政办发〔2024〕41号"
GX_URL = "http://www.gxzf.gov.cn/html/zfwj/zzqrmzfbgtwj_34828/t18653210.shtml"
GX_MAIN = "各市、县人民政府，自治区人民政府各组成部门、各直属机构："
GX_NOTICE = [
    "《" + GX_FANGAN + "》已经自治区人民政府同意，现印发给你们，请认真组织实施。",
    "各有关市人民政府和自治区有关部门要按照职责分工，细化工作措施，于每年12月10日前将当年贯彻落实情况报送自治区商务厅（自贸区工作办），由自治区商务厅汇总后报自治区人民政府。",
]
GX_INTRO = "为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，推动中国（广西）自由贸易试验区（以下简称广西自贸试验区）南宁、钦州港、崇左片区与全区沿边临港产业园区联动发展，更好服务共建“一带一路”和西部陆海新通道建设，制定本方案。"
GX_SECTIONS = [
    ("一、总体目标", [
        ("", "到2026年，广西自贸试验区与联动园区之间形成产业链协同、制度创新共享、要素高效流动的联动发展格局，建设联动创新区不少于8个，复制推广自贸试验区制度创新成果不少于100项，联动园区外贸进出口额年均增长10%以上。"),
    ]),
    ("二、重点任务", [
        ("（一）建设南宁片区—南宁临空经济示范区联动创新区。", "支持南宁片区与南宁临空经济示范区共建跨境电商和航空物流产业链，推动南宁吴圩国际机场新开或加密至东盟国家全货运航线，到2026年航空货邮吞吐量达到25万吨。"),
        ("（二）建设钦州港片区—北海、防城港临港产业园联动创新区。", "依托北部湾港钦州港区、北海铁山港区和防城港企沙工业区，推动石化、新材料、绿色冶金产业上下游配套，实行港口作业区与钦州港片区“同港同策”。"),
        ("（三）建设崇左片区—凭祥综合保税区联动创新区。", "发挥凭祥综合保税区和友谊关口岸功能，在凭祥市、龙州县推广“边民互市+落地加工”模式，到2026年边民互市商品落地加工率达到60%以上。"),
        ("（四）推动东兴国家重点开发开放试验区联动发展。", "支持东兴市复制崇左片区“跨境人民币结算便利化”等制度创新成果，在东兴口岸、峒中口岸推行“两国一检”通关模式试点。"),
        ("（五）推动百色重点开发开放试验区联动发展。", "支持百色市靖西市、那坡县依托龙邦口岸、平孟口岸，承接广西自贸试验区加工贸易产业转移，建设面向东盟的铝产业、农产品加工基地。"),
        ("（六）推动梧州、玉林、贵港等市联动园区承接产业转移。", "支持梧州粤桂合作特别试验区、玉林龙潭产业园区、贵港国家生态工业（制糖）示范园区与钦州港片区建立“总部+基地”“研发+生产”协作模式。"),
    ]),
    ("三、支持政策", [
        ("（一）制度创新成果同步复制。", "广西自贸试验区形成的制度创新成果，经自治区自贸区工作领导小组办公室评估后，在联动创新区同步复制推广，原则上不再另行报批。"),
        ("（二）用地保障。", "对联动创新区内符合条件的重大产业项目，优先纳入自治区层面统筹推进重大项目，所需新增建设用地计划指标由自治区统筹安排。"),
        ("（三）资金支持。", "自治区财政在2024—2026年每年安排联动发展专项资金2亿元，对联动创新区基础设施建设和公共服务平台建设项目，按照不超过项目总投资30%的比例给予补助，单个项目最高不超过3000万元。"),
    ]),
    ("四、保障措施", [
        ("（一）加强组织领导。", "自治区自贸区工作领导小组统筹推进联动发展工作，领导小组办公室（设在自治区商务厅）负责日常协调，每半年召开1次联动发展工作推进会。"),
        ("（二）强化考核评估。", "将联动发展工作纳入自治区对设区市绩效考评内容，自治区商务厅每年委托第三方机构开展评估，评估结果向社会公开。"),
        ("（三）明确实施期限。", "本方案自2024年7月1日起施行，有效期至2026年12月31日。"),
    ]),
]

GX_CSS = """@charset "utf-8";
body{margin:0;font-family:"Microsoft YaHei",Arial;background:#f5f5f5;color:#333}
.top-bar{background:#b20000;height:36px;color:#fff;font-size:13px}.w1200{width:1200px;margin:0 auto}
.header{height:140px;background:url(banner.png) no-repeat center}.nav ul li{float:left;width:150px;text-align:center}
.people-desc table{border-collapse:collapse;width:100%}.people-desc td{border:1px solid #e1e1e1;padding:8px 12px;font-size:14px}
.people-desc .td-name{background:#f7f7f7;color:#666;width:110px}.article h1{font-size:26px;text-align:center;line-height:1.5;color:#1a1a1a}
.article-con p{font-size:16px;line-height:2;margin:0}.share-box{margin-top:30px;border-top:1px dashed #ccc}
.footer{background:#8e0000;color:#fff;font-size:13px;text-align:center;padding:20px 0}
"""


def build_guangxi():
    A = assets(GX_STEM, {
        "common.css": GX_CSS,
        "article.css": ".article-con{padding:20px 60px}.article-con p{text-indent:2em}\n.xgwj li{line-height:32px}\n",
        "jquery.min.js.下载": JQ_STUB,
        "common.js.下载": "$(function(){/* 字号切换、打印、关闭 */});\nfunction doZoom(s){document.getElementById('zoom').style.fontSize=s+'px'}\n",
        "share.js.下载": "window._bd_share_config={common:{bdText:document.title},share:[{bdSize:16}]};\n",
        "logo.png": png(420, 60, (178, 0, 0)),
        "banner.png": png(120, 14, (200, 20, 20)),
        "guohui.png": png(48, 52, (220, 180, 40)),
        "ewm.png": png(110, 110, (30, 30, 30)),
        "wx.png": png(24, 24, (40, 170, 60)),
        "wb.png": png(24, 24, (230, 60, 40)),
        "jiucuo.png": png(110, 55, (200, 20, 20)),
        "dzjg.png": png(48, 60, (200, 20, 20)),
        "hm.gif": GIF1,
    })
    body = []
    body.append('<p style="text-align: center; text-indent: 0em;">%s</p>' % GX_NUM)
    body.append('<p style="text-indent: 0em;">%s</p>' % GX_MAIN)
    for t in GX_NOTICE:
        body.append('<p>%s</p>' % t)
    body.append('<p style="text-align: right;">广西壮族自治区人民政府办公厅</p>')
    body.append('<p style="text-align: right;">2024年6月28日</p>')
    body.append('<p>（此件公开发布）</p>')
    body.append('<p><br></p>')
    body.append('<p style="text-align: center; text-indent: 0em;"><strong>中国（广西）自由贸易试验区与沿边临港产业园区<br>联动发展实施方案（2024—2026年）</strong></p>')
    body.append('<p><br></p>')
    body.append('<p>%s</p>' % GX_INTRO)
    for head, items in GX_SECTIONS:
        body.append('<p><strong>%s</strong></p>' % head)
        for h, t in items:
            body.append('<p>%s%s</p>' % (h, t))
    content = "\n".join(body)
    related = [
        ("http://www.gxzf.gov.cn/html/zcjd/t18653377.shtml", "【政策解读】《中国（广西）自由贸易试验区与沿边临港产业园区联动发展实施方案（2024—2026年）》政策解读"),
        ("http://www.gxzf.gov.cn/html/zcjd/t18653402.shtml", "【图解】一图读懂广西自贸试验区与沿边临港产业园区联动发展"),
        ("http://www.gxzf.gov.cn/html/zfwj/t1985764.shtml", "广西壮族自治区人民政府关于印发中国（广西）自由贸易试验区建设实施方案的通知（桂政发〔2019〕38号）"),
        ("http://www.gxzf.gov.cn/html/zfwj/t17788921.shtml", "广西壮族自治区人民政府办公厅关于印发中国（广西）自由贸易试验区制度创新成果复制推广工作机制的通知（桂政办发〔2023〕62号）"),
    ]
    rel = "\n".join('<li><a href="%s" target="_blank" title="%s">%s</a></li>' % (u, t, t) for u, t in related)
    html = """<!DOCTYPE html>
%s
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="广西壮族自治区人民政府门户网站">
<meta name="SiteDomain" content="www.gxzf.gov.cn">
<meta name="SiteIDCode" content="4500000001">
<meta name="ColumnName" content="自治区人民政府办公厅文件">
<meta name="ColumnDescription" content="自治区人民政府办公厅文件">
<meta name="ColumnKeywords" content="政府文件,桂政办发">
<meta name="ColumnType" content="政府文件">
<meta name="ArticleTitle" content="%s">
<meta name="PubDate" content="2024-07-03 10:15">
<meta name="ContentSource" content="自治区人民政府办公厅">
<meta name="Keywords" content="自由贸易试验区,联动发展,沿边临港产业园区">
<meta name="Description" content="%s">
<title>%s_自治区人民政府办公厅文件_广西壮族自治区人民政府门户网站</title>
<link rel="stylesheet" type="text/css" href="%scommon.css">
<link rel="stylesheet" type="text/css" href="%sarticle.css">
<script type="text/javascript" src="%sjquery.min.js.下载"></script>
<script type="text/javascript" src="%scommon.js.下载"></script>
<style type="text/css">.bdshare-button-style0-16 a{float:left;margin:6px 6px 6px 0}</style>
</head>
<body>
<div class="top-bar"><div class="w1200">
  <div class="fl">欢迎访问广西壮族自治区人民政府门户网站！　今天是：<span id="today">2024年7月4日 星期四</span></div>
  <div class="fr"><a href="http://www.gxzf.gov.cn/wza/">无障碍</a> | <a href="javascript:void(0)">长者模式</a> | <a href="http://english.gxzf.gov.cn/">English</a> | <a href="javascript:void(0)" id="StranLink">繁體</a> | <a href="https://zwfw.gxzf.gov.cn/">个人登录</a></div>
</div></div>
<div class="header"><div class="w1200">
  <a href="http://www.gxzf.gov.cn/" class="logo"><img src="%slogo.png" alt="广西壮族自治区人民政府门户网站"></a>
  <div class="search"><form action="http://www.gxzf.gov.cn/search/" method="get" target="_blank"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div>
</div></div>
<div class="nav"><div class="w1200"><ul>
  <li><a href="http://www.gxzf.gov.cn/">首页</a></li>
  <li><a href="http://www.gxzf.gov.cn/gxyw/">要闻动态</a></li>
  <li class="on"><a href="http://www.gxzf.gov.cn/zwgk/">政务公开</a></li>
  <li><a href="https://zwfw.gxzf.gov.cn/">政务服务</a></li>
  <li><a href="http://www.gxzf.gov.cn/hdjl/">互动交流</a></li>
  <li><a href="http://www.gxzf.gov.cn/zjgx/">走进广西</a></li>
  <li><a href="http://www.gxzf.gov.cn/sjfb/">数据发布</a></li>
  <li><a href="http://www.gxzf.gov.cn/ztzl/">专题专栏</a></li>
</ul></div></div>
<div class="w1200">
<div class="crumb">当前位置：<a href="http://www.gxzf.gov.cn/">首页</a> &gt; <a href="http://www.gxzf.gov.cn/zwgk/">政务公开</a> &gt; <a href="http://www.gxzf.gov.cn/zfwj/">政府文件</a> &gt; <a href="http://www.gxzf.gov.cn/html/zfwj/zzqrmzfbgtwj_34828/">自治区人民政府办公厅文件</a></div>
<div class="people-desc">
<table class="table" cellspacing="0" cellpadding="0">
<tbody>
<tr><td class="td-name">索\u2002引\u2002号：</td><td class="td-value">000014349/2024-05217</td><td class="td-name">主题分类：</td><td class="td-value">商贸、海关、旅游\\对外经贸合作</td></tr>
<tr><td class="td-name">发文机关：</td><td class="td-value">广西壮族自治区人民政府办公厅</td><td class="td-name">成文日期：</td><td class="td-value">2024年06月28日</td></tr>
<tr><td class="td-name">标\u3000\u3000题：</td><td class="td-value" colspan="3">%s</td></tr>
<tr><td class="td-name">发文字号：</td><td class="td-value">%s</td><td class="td-name">发布日期：</td><td class="td-value">2024年07月03日</td></tr>
<tr><td class="td-name">有\u2002效\u2002性：</td><td class="td-value">有效</td><td class="td-name">主\u2002题\u2002词：</td><td class="td-value"></td></tr>
</tbody></table>
</div>
<div class="article">
<h1>%s</h1>
<div class="article-inf">
  <span>发布时间：2024-07-03 10:15</span>　<span>来源：自治区人民政府办公厅</span>
  <span class="zh">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span>
  <span><a href="javascript:window.print()">打印</a></span>
</div>
<div class="article-con" id="zoom">
%s
</div>
<div class="share-box">
  <div class="fl bdsharebuttonbox bdshare-button-style0-16" data-bd-bind="1720000000000">分享到：<a href="javascript:void(0)" class="bds_weixin" title="分享到微信"><img src="%swx.png"></a><a href="javascript:void(0)" class="bds_tsina" title="分享到新浪微博"><img src="%swb.png"></a></div>
  <div class="fr">【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</div>
  <div class="ewm"><img src="%sewm.png"><p>扫一扫在手机打开当前页</p></div>
</div>
<div class="xgwj"><h3>相关链接</h3><ul>
%s
</ul></div>
</div>
</div>
<div class="footer">
  <p><a href="http://www.gxzf.gov.cn/wzdt/">网站地图</a> | <a href="http://www.gxzf.gov.cn/lxwm/">联系我们</a> | <a href="http://www.gxzf.gov.cn/sybz/">使用帮助</a> | <a href="http://www.gxzf.gov.cn/yssm/">隐私声明</a></p>
  <p>主办：广西壮族自治区人民政府办公厅　承办：广西壮族自治区大数据发展局</p>
  <p>版权所有：广西壮族自治区人民政府办公厅　<a href="https://beian.miit.gov.cn/">桂ICP备05009547号-1</a>　网站标识码：4500000001　<img src="%sdzjg.png">桂公网安备 45010302000214号</p>
  <p><img src="%sjiucuo.png" alt="政府网站找错"> <img src="%sguohui.png"></p>
</div>
<script type="text/javascript" src="%sshare.js.下载"></script>
<img src="%shm.gif" width="0" height="0" style="display:none">
</body></html>""" % (saved_from(GX_URL), GX_TITLE, GX_TITLE, GX_TITLE, A, A, A, A, A, GX_TITLE, GX_NUM, GX_TITLE,
                     content, A, A, A, rel, A, A, A, A, A)
    return write(GX_STEM, html)


# ================================================================ (b) 伊犁州商务局, GB2312, layout table
YL_STEM = "blind224_yili_banfa"
YL_BANFA = "伊犁州外贸企业开拓中亚市场扶持资金管理办法"
YL_TITLE = "伊犁哈萨克自治州商务局关于印发《" + YL_BANFA + "》的通知"
YL_NUM = "伊州商发〔2024〕23号"
YL_URL = "http://swj.xjyl.gov.cn/info/1187/24610.htm"
YL_MAIN = "各县（市）商务主管部门，霍尔果斯经济开发区管委会、伊宁边境经济合作区管委会经济发展部门，各有关企业："
YL_NOTICE = [
    "为支持外贸企业开拓中亚市场，推动丝绸之路经济带核心区建设，州商务局会同州财政局制定了《" + YL_BANFA + "》，现印发给你们，请遵照执行。",
    "执行中遇到的问题，请及时反馈州商务局对外贸易科（联系电话：0999-8023617）。",
]
YL_CHAPTERS = [
    ("第一章　总则", [
        ("第一条", "为支持伊犁州外贸企业开拓中亚市场，推动中国（新疆）自由贸易试验区霍尔果斯片区和沿边口岸高质量发展，服务丝绸之路经济带核心区建设，根据《新疆维吾尔自治区外经贸发展专项资金管理办法》等有关规定，结合伊犁州实际，制定本办法。", []),
        ("第二条", "本办法所称扶持资金，是指州本级财政预算安排的，用于支持州直外贸企业开拓哈萨克斯坦、吉尔吉斯斯坦、乌兹别克斯坦、塔吉克斯坦、土库曼斯坦等中亚国家市场的专项资金。", []),
        ("第三条", "本办法适用于在伊宁市、奎屯市、霍尔果斯市及伊宁县、霍城县、察布查尔锡伯自治县、巩留县、新源县、昭苏县、特克斯县、尼勒克县注册登记，具有独立法人资格且依法办理对外贸易经营者备案的企业。", []),
        ("第四条", "扶持资金的使用遵循公开透明、突出重点、绩效导向的原则，由州商务局会同州财政局共同管理。", []),
    ]),
    ("第二章　支持内容和标准", [
        ("第五条", "对企业在中亚国家参加州商务局认定的重点展会的，按照展位费的70%给予支持，单个企业每年最高不超过20万元。", []),
        ("第六条", "对企业在中亚国家新设立海外仓、展示中心的，按照实际投资额的10%给予一次性支持，单个项目最高不超过100万元。", []),
        ("第七条", "对在中国（新疆）自由贸易试验区霍尔果斯片区内注册的外贸综合服务企业，年度服务中小外贸企业超过50家且服务进出口额超过1亿元的，给予一次性奖励30万元。", []),
        ("第八条", "对经霍尔果斯公路口岸、都拉塔口岸、木扎尔特口岸出口的机电产品和农副产品，按照出口额的1%给予物流费用补贴，单个企业每年最高不超过50万元。", []),
        ("第九条", "对在中哈霍尔果斯国际边境合作中心中方配套区内开展跨境电商业务的企业，按照上年度跨境电商出口额的2%给予支持，单个企业最高不超过80万元。", []),
        ("第十条", "同一企业同一项目已获得自治区或国家同类资金支持的，本办法不再重复支持。", []),
    ]),
    ("第三章　申报和审核", [
        ("第十一条", "扶持资金每年集中申报一次。企业应当于每年4月30日前向注册地县（市）商务主管部门提交上一年度申报材料；霍尔果斯经济开发区、伊宁边境经济合作区内企业向所在园区管委会提交。", []),
        ("第十二条", "申报材料包括：", ["（一）扶持资金申请表；", "（二）营业执照、对外贸易经营者备案登记表复印件；", "（三）展位费、投资额、物流费用等支出的合同、发票和付款凭证；", "（四）企业对申报材料真实性的承诺书。"]),
        ("第十三条", "县（市）商务主管部门和园区管委会应当于每年5月31日前完成初审，并将初审意见报州商务局。州商务局会同州财政局组织复审，复审结果在州商务局门户网站公示7个工作日。", []),
    ]),
    ("第四章　监督管理", [
        ("第十四条", "扶持资金实行绩效评价制度。州商务局每年对上年度扶持资金使用情况开展绩效评价，评价结果作为下一年度资金安排的重要依据。", []),
        ("第十五条", "企业以虚报、冒领等手段骗取扶持资金的，由州商务局追回已拨付资金，并取消其3年内申报资格；涉嫌犯罪的，依法移送司法机关处理。", []),
    ]),
    ("第五章　附则", [
        ("第十六条", "塔城地区、阿勒泰地区所属县（市）外贸企业参照本办法执行，所需资金由所在地区自行安排。", []),
        ("第十七条", "本办法由州商务局、州财政局负责解释。", []),
        ("第十八条", "本办法自2024年6月1日起施行，有效期至2027年5月31日。", []),
    ]),
]
# articles printed two to a cell (joined with <br>) — sloppy CMS paste
YL_JOIN = {"第十四条": "第十五条", "第十七条": "第十八条"}

YL_CSS = """body{margin:0;font-size:12px;font-family:宋体;background:#e8f0f8}
td{font-size:12px}.nav td a{color:#fff;font-weight:bold;font-size:14px}
.title{font-size:22px;font-weight:bold;color:#c00;line-height:36px;padding-top:20px}
.info{color:#888;border-bottom:1px dashed #ccc;line-height:30px}
.zw td{font-size:16px;line-height:32px;font-family:仿宋_GB2312,仿宋}
.foot{color:#fff;line-height:24px;background:#1b5fa8}
"""


def build_yili():
    A = assets(YL_STEM, {
        "style.css": YL_CSS,
        "jquery.js": JQ_STUB,
        "dynclicks.js": "function _getBatchClickTimes(){}\nfunction _showDynClicks(t,o,i){document.getElementById('dynclicks_wbnews_'+i).innerHTML='1263'}\n",
        "top.jpg": png(980, 30, (27, 95, 168)),
        "banner.jpg": png(980, 120, (60, 130, 200)),
        "dot.gif": GIF1,
        "line.gif": GIF1,
        "jiucuo.png": png(110, 55, (200, 20, 20)),
        "dzjg.png": png(48, 60, (200, 20, 20)),
    })
    rows = []
    tr = lambda inner, attrs="": rows.append('<tr><td%s>%s</td></tr>' % (attrs, inner))
    tr("&nbsp;")
    tr(YL_NUM, ' align="center"')
    tr("&nbsp;")
    tr(YL_MAIN)
    for t in YL_NOTICE:
        tr("\u3000\u3000" + t)
    tr("&nbsp;")
    tr("\u3000\u3000附件：" + YL_BANFA)
    tr("&nbsp;")
    tr("伊犁哈萨克自治州商务局\u3000\u3000", ' align="right"')
    tr("2024年5月20日\u3000\u3000\u3000", ' align="right"')
    tr("\u3000\u3000（此件主动公开）")
    tr("&nbsp;")
    tr('<span style="font-family:黑体">附件</span>')
    tr('<b style="font-size:20px">' + YL_BANFA + '</b>', ' align="center"')
    tr("&nbsp;")
    skip = set(YL_JOIN.values())
    arts = {num: (txt, items) for _, a in YL_CHAPTERS for num, txt, items in a}
    for chap, a in YL_CHAPTERS:
        tr('<b>' + chap + '</b>', ' align="center" height="40"')
        for num, txt, items in a:
            if num in skip:
                continue
            cell = "\u3000\u3000<b>" + num + "</b>\u3000" + txt
            if num in YL_JOIN:
                n2 = YL_JOIN[num]
                cell += "<br>\u3000\u3000<b>" + n2 + "</b>\u3000" + arts[n2][0]
            tr(cell)
            for it in items:
                tr("\u3000\u3000" + it)
    content = "\n".join(rows)
    nav = ["首页", "机构概况", "政务公开", "商务动态", "对外贸易", "口岸经济", "招商引资", "政策法规", "办事指南", "互动交流"]
    navs = "".join('<td align="center"><a href="http://swj.xjyl.gov.cn/%s.htm">%s</a></td>' % (i, n) for i, n in enumerate(nav))
    rel = [
        "伊犁州商务局关于组织企业参加第八届中国—亚欧博览会的通知",
        "关于开展2024年度伊犁州外经贸发展专项资金项目申报工作的通知",
        "伊犁州2024年1—4月对外贸易运行情况",
        "伊犁州商务局关于印发《伊犁州边民互市贸易管理暂行办法》的通知（伊州商发〔2023〕41号）",
    ]
    rels = "\n".join('<tr><td height="26"><img src="%sdot.gif" width="8" height="8"> <a href="http://swj.xjyl.gov.cn/info/1187/%d.htm" target="_blank">%s</a></td></tr>' % (A, 24500 + i * 13, t) for i, t in enumerate(rel))
    title_html = "伊犁哈萨克自治州商务局关于印发《伊犁州外贸企业开拓中亚市场<br>扶持资金管理办法》的通知"
    html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
%s
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>%s-伊犁哈萨克自治州商务局</title>
<meta name="keywords" content="伊犁州商务局,外贸,中亚市场">
<meta name="description" content="%s">
<link rel="stylesheet" type="text/css" href="%sstyle.css">
<script type="text/javascript" src="%sjquery.js"></script>
<script language="javascript" src="%sdynclicks.js"></script>
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tbody>
<tr><td background="%stop.jpg" height="30" style="color:#fff">　　今天是：2024年5月28日　星期二　　　<a href="http://swj.xjyl.gov.cn/" style="color:#fff">设为首页</a> | <a href="javascript:void(0)" style="color:#fff">加入收藏</a> | <a href="http://www.xjyl.gov.cn/" style="color:#fff">伊犁州人民政府</a></td></tr>
<tr><td><img src="%sbanner.jpg" width="980" height="120" alt="伊犁哈萨克自治州商务局"></td></tr>
<tr><td bgcolor="#1B5FA8" height="38"><table class="nav" width="100%%" border="0" cellspacing="0" cellpadding="0"><tbody><tr>%s</tr></tbody></table></td></tr>
</tbody></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF"><tbody>
<tr><td height="32" style="padding-left:15px;border-bottom:1px solid #d5e2f0">您现在的位置： <a href="http://swj.xjyl.gov.cn/index.htm">首页</a> &gt;&gt; <a href="http://swj.xjyl.gov.cn/zwgk.htm">政务公开</a> &gt;&gt; <a href="http://swj.xjyl.gov.cn/zwgk/tzgg.htm">通知公告</a> &gt;&gt; 正文</td></tr>
<tr><td valign="top" style="padding:10px 40px">
<form name="_newscontent_fromname"><script language="javascript" src="%sjquery.js"></script>
<table width="100%%" border="0" cellpadding="0" cellspacing="0"><tbody>
<tr><td class="title" align="center">%s</td></tr>
<tr><td class="info" align="center">发布时间：2024-05-27　　来源：伊犁州商务局　　作者：对外贸易科　　点击数：<span id="dynclicks_wbnews_24610_1187">1263</span>　　【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
<tr><td><div id="vsb_content">
<table class="zw" width="100%%" border="0" cellpadding="0" cellspacing="0"><tbody>
%s
</tbody></table>
</div></td></tr>
<tr><td height="40" align="right">分享到：<a href="javascript:void(0)">微信</a> <a href="javascript:void(0)">微博</a> <a href="javascript:void(0)">QQ空间</a>　【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td style="border-top:1px dashed #ccc;padding-top:10px"><b>相关文章：</b></td></tr>
<tr><td><table width="100%%" border="0" cellspacing="0" cellpadding="0"><tbody>
%s
</tbody></table></td></tr>
</tbody></table>
</form>
</td></tr>
</tbody></table>
<table class="foot" width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tbody>
<tr><td align="center" height="90">主办：伊犁哈萨克自治州商务局　　地址：伊宁市斯大林街127号　　邮编：835000　　电话：0999-8023600<br>
<a href="https://beian.miit.gov.cn/" style="color:#fff">新ICP备12001873号-2</a>　　网站标识码：6540000023　　<img src="%sdzjg.png" width="20">新公网安备 65400202000117号<br>
<img src="%sjiucuo.png" width="80"></td></tr>
</tbody></table>
<script>_showDynClicks("wbnews", 1187, 24610)</script>
</body></html>""" % (saved_from(YL_URL), YL_TITLE, YL_TITLE, A, A, A, A, A, navs, A, title_html, content, rels, A, A)
    return write(YL_STEM, html, "gbk")


# ================================================================ (c) 黑龙江省口岸办, 附件 table on the page
HL_STEM = "blind224_heilongjiang_kouan"
HL_TITLE = "黑龙江省人民政府口岸办公室关于做好2024—2025年冬季界江口岸通关保障工作的通知"
HL_NUM = "黑口办发〔2024〕15号"
HL_URL = "https://kab.hlj.gov.cn/kab/c108472/202411/c00_31786245.shtml"
HL_ATT = "2024—2025年冬季界江口岸通关保障任务表"
HL_MAIN = "有关市（地）人民政府（行署）口岸主管部门，哈尔滨海关、黑龙江出入境边防检查总站，省直有关部门："
HL_INTRO = "为确保今冬明春我省界江口岸冰封期通关顺畅，更好服务对俄经贸合作和共建“一带一路”，根据国家口岸管理办公室有关工作要求，经省政府同意，现就做好2024—2025年冬季界江口岸通关保障工作通知如下："
HL_ITEMS = [
    "一、压实属地保障责任。有关市（地）政府要落实口岸属地管理责任，于2024年11月30日前将冬季通关保障方案报省口岸办备案，明确冰上通道开通、运营和应急处置的责任单位和责任人。",
    "二、加快冰上通道建设。黑河、萝北、同江、饶河等口岸所在地政府要根据江面封冻情况，适时组织建设浮箱固冰通道或冰上汽车运输通道，经安全评估合格后及时开通，力争冰封期通关天数不少于90天。",
    "三、优化查验通关服务。哈尔滨海关、黑龙江出入境边防检查总站要在冰上通道开通期间实行预约通关、“7×24小时”预约加班，对鲜活农产品、急需生产物资开辟“绿色通道”，做到即到即验即放。",
    "四、强化流冰期过渡运输保障。流冰期内，黑河口岸要保障黑龙江（阿穆尔河）公路大桥货运通道畅通，同江口岸要保障同江中俄铁路大桥通行，确保对俄跨境运输不中断。",
    "五、做好安全和应急处置。各口岸所在地政府要会同海事、应急管理等部门，每日监测冰层厚度，冰层厚度低于安全标准时立即停止通行；制定极端天气应急预案，2024年12月15日前至少组织1次应急演练。",
    "六、加强信息报送。有关市（地）口岸主管部门要于每周一12时前将上周冬季通关运行情况报省口岸办，遇有重大情况随时报告。",
]
HL_HEADER = ["序号", "口岸", "所在县（市）", "冬季运输方式", "计划开通时间", "责任单位"]
HL_GROUPS = [
    ("一、黑龙江段", [
        ["1", "呼玛口岸", "呼玛县", "冰上汽车运输", "2025年1月中旬", "大兴安岭地区行政公署"],
        ["2", "黑河口岸", "黑河市爱辉区", "浮箱固冰通道", "2024年12月下旬", "黑河市人民政府"],
        ["3", "逊克口岸", "逊克县", "冰上汽车运输", "2025年1月上旬", "黑河市人民政府"],
        ["4", "嘉荫口岸", "嘉荫县", "冰上汽车运输", "2025年1月上旬", "伊春市人民政府"],
        ["5", "萝北口岸", "萝北县", "浮箱固冰通道", "2024年12月下旬", "鹤岗市人民政府"],
        ["6", "同江口岸", "同江市", "浮箱固冰通道", "2024年12月中旬", "佳木斯市人民政府"],
    ]),
    ("二、乌苏里江段", [
        ["7", "抚远口岸", "抚远市", "冰上汽车运输", "2025年1月上旬", "佳木斯市人民政府"],
        ["8", "饶河口岸", "饶河县", "浮箱固冰通道", "2024年12月下旬", "双鸭山市人民政府"],
    ]),
]
HL_NOTE = "注：计划开通时间根据江面封冻和冰层厚度情况适时调整，以口岸所在地政府公告为准。"
HL_CSS = """body{margin:0;font-family:"Microsoft YaHei";color:#333}.top{background:#0a4f9c;height:34px;color:#fff}
.head{height:130px;background:#1667c1}.menu li{display:inline-block;padding:0 26px;line-height:46px}
.position{line-height:40px;border-bottom:1px solid #ddd}.detail-title{font-size:24px;text-align:center;color:#0a4f9c}
.detail-info{text-align:center;color:#999;font-size:13px}.TRS_Editor p{font-size:16px;line-height:2;text-indent:2em}
.TRS_Editor table{border-collapse:collapse;margin:0 auto}.TRS_Editor td{border:1px solid #000;padding:4px}
.foot{background:#0a4f9c;color:#cfe0f5;text-align:center;font-size:13px;padding:18px 0}
"""


def build_heilongjiang():
    A = assets(HL_STEM, {
        "index.css": HL_CSS,
        "jquery-1.12.4.min.js": JQ_STUB,
        "fontzoom.js": "function fontZoom(s){$('.TRS_Editor p').css('font-size',s+'px')}\n",
        "saved_resource.html": '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div class="search"><input type="text" value="请输入关键字"><a href="#">搜索</a></div></body></html>',
        "logo.png": png(460, 70, (10, 79, 156)),
        "ewm.jpg": png(100, 100, (20, 20, 20)),
        "jiucuo.png": png(110, 55, (200, 20, 20)),
        "dzjg.png": png(48, 60, (200, 20, 20)),
    })
    b = []
    b.append('<p style="text-align: center; text-indent: 0;"><span style="font-family: 仿宋_GB2312;">%s</span></p>' % HL_NUM)
    b.append('<p style="text-indent: 0;"><span style="font-family: 仿宋_GB2312;">%s</span></p>' % HL_MAIN)
    b.append('<p><span style="font-family: 仿宋_GB2312;">%s</span></p>' % HL_INTRO)
    for it in HL_ITEMS:
        k = it.index("。") + 1
        b.append('<p><span style="font-family: 黑体;">%s</span><span style="font-family: 仿宋_GB2312;">%s</span></p>' % (it[:k], it[k:]))
    b.append('<p>&nbsp;</p>')
    b.append('<p><span style="font-family: 仿宋_GB2312;">附件：<a href="#fj">%s</a></span></p>' % HL_ATT)
    b.append('<p>&nbsp;</p>')
    b.append('<p style="text-align: right;"><span style="font-family: 仿宋_GB2312;">黑龙江省人民政府口岸办公室</span></p>')
    b.append('<p style="text-align: right;"><span style="font-family: 仿宋_GB2312;">2024年11月8日　　　</span></p>')
    b.append('<p><span style="font-family: 仿宋_GB2312;">（此件公开发布）</span></p>')
    b.append('<p>&nbsp;</p>')
    b.append('<p style="text-indent: 0;" id="fj"><span style="font-family: 黑体;">附件</span></p>')
    b.append('<p style="text-align: center; text-indent: 0;"><strong><span style="font-size: 20px;">%s</span></strong></p>' % HL_ATT)
    t = ['<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse: collapse; border: none;"><tbody>']
    heads = ["序号", "口岸", "所在县<br>（市）", "冬季运输<br>方式", "计划开通<br>时间", "责任单位"]
    t.append("<tr>" + "".join('<td style="background: #d9d9d9;" valign="middle"><p style="text-align: center; text-indent: 0;"><strong><span style="font-family: 黑体;">%s</span></strong></p></td>' % h for h in heads) + "</tr>")
    for g, rows in HL_GROUPS:
        t.append('<tr><td colspan="6"><p style="text-indent: 0;"><strong><span style="font-family: 黑体;">%s</span></strong></p></td></tr>' % g)
        for r in rows:
            cells = []
            for i, v in enumerate(r):
                if i == 5 and r[1] == "逊克口岸":
                    continue  # covered by the rowspan of 黑河口岸
                span = ' rowspan="2"' if (i == 5 and r[1] == "黑河口岸") else ""
                al = "center" if i != 5 else "left"
                cells.append('<td%s valign="middle"><p style="text-align: %s; text-indent: 0;"><span style="font-family: 仿宋_GB2312;">%s</span></p></td>' % (span, al, v))
            t.append("<tr>" + "".join(cells) + "</tr>")
    t.append("</tbody></table>")
    b.append("\n".join(t))
    b.append('<p style="text-indent: 0;"><span style="font-family: 仿宋_GB2312; font-size: 14px;">%s</span></p>' % HL_NOTE)
    b.append('<p>&nbsp;</p>')
    b.append('<div style="border-top: 1px solid #000; border-bottom: 1px solid #000; margin: 20px 0;">'
             '<p style="text-indent: 0;"><span style="font-family: 仿宋_GB2312; font-size: 14px;">抄送：国家口岸管理办公室，省政府办公厅，黑龙江海事局。</span></p>'
             '<p style="text-indent: 0; border-top: 1px solid #000;"><span style="font-family: 仿宋_GB2312; font-size: 14px;">黑龙江省人民政府口岸办公室综合处　　　　　　　　2024年11月11日印发</span></p></div>')
    content = "\n".join(b)
    rel = [
        ("2024-10-29", "黑龙江省人民政府口岸办公室关于印发《黑龙江省口岸通关时效提升行动方案》的通知"),
        ("2024-09-18", "我省界江口岸明水期客货运输平稳有序"),
        ("2023-11-20", "黑龙江省人民政府口岸办公室关于做好2023—2024年冬季界江口岸通关保障工作的通知（黑口办发〔2023〕19号）"),
        ("2024-11-06", "同江中俄铁路大桥前10个月过货量同比增长37%"),
    ]
    rels = "\n".join('<li><span class="date">%s</span><a href="https://kab.hlj.gov.cn/kab/c108472/%s/c00_%d.shtml" target="_blank">%s</a></li>' % (d, d[:7].replace("-", ""), 31786000 + i * 37, t) for i, (d, t) in enumerate(rel))
    html = """<!DOCTYPE html>
%s
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="SiteName" content="黑龙江省人民政府口岸办公室">
<meta name="SiteDomain" content="kab.hlj.gov.cn">
<meta name="SiteIDCode" content="2300000041">
<meta name="ColumnName" content="通知公告">
<meta name="ColumnType" content="通知公告">
<meta name="ArticleTitle" content="%s">
<meta name="PubDate" content="2024-11-12 16:40:05">
<meta name="ContentSource" content="综合处">
<title>%s</title>
<link rel="stylesheet" href="%sindex.css">
<script src="%sjquery-1.12.4.min.js"></script>
<script src="%sfontzoom.js"></script>
</head>
<body>
<div class="top"><div class="wrap"><span>黑龙江省人民政府口岸办公室欢迎您！</span><span class="fr"><a href="https://www.hlj.gov.cn/">黑龙江省人民政府</a>｜<a href="javascript:;">无障碍浏览</a>｜<a href="javascript:;">关怀版</a></span></div></div>
<div class="head"><div class="wrap"><img src="%slogo.png" alt="黑龙江省人民政府口岸办公室"><iframe src="%ssaved_resource.html" width="300" height="40" frameborder="0" scrolling="no"></iframe></div></div>
<div class="menu"><div class="wrap"><ul>
<li><a href="https://kab.hlj.gov.cn/kab/index.shtml">首页</a></li><li><a href="https://kab.hlj.gov.cn/kab/c108470/list.shtml">机构概况</a></li><li class="active"><a href="https://kab.hlj.gov.cn/kab/c108472/list.shtml">通知公告</a></li><li><a href="https://kab.hlj.gov.cn/kab/c108473/list.shtml">口岸动态</a></li><li><a href="https://kab.hlj.gov.cn/kab/c108474/list.shtml">口岸概况</a></li><li><a href="https://kab.hlj.gov.cn/kab/c108475/list.shtml">政策文件</a></li><li><a href="https://kab.hlj.gov.cn/kab/c108476/list.shtml">通关服务</a></li><li><a href="https://kab.hlj.gov.cn/kab/c108477/list.shtml">政务公开</a></li>
</ul></div></div>
<div class="wrap">
<div class="position">您当前的位置：<a href="https://kab.hlj.gov.cn/kab/index.shtml">首页</a> &gt; <a href="https://kab.hlj.gov.cn/kab/c108472/list.shtml">通知公告</a></div>
<div class="detail">
<div class="detail-title">%s</div>
<div class="detail-info">发布时间：2024-11-12　　来源：综合处　　字体：【<a href="javascript:fontZoom(18)">大</a> <a href="javascript:fontZoom(16)">中</a> <a href="javascript:fontZoom(14)">小</a>】　　浏览次数：<span id="views">2186</span></div>
<div class="detail-con">
<div class="TRS_Editor"><style type="text/css">.TRS_Editor P{margin-top:0;margin-bottom:0;line-height:2;font-family:仿宋_GB2312;font-size:16pt}.TRS_Editor TD{font-size:12pt}</style><div class="Custom_UnionStyle">
%s
</div></div>
</div>
<div class="detail-tool">
<div class="share">分享：<a href="javascript:;" class="wx" title="微信">微信</a><a href="javascript:;" class="wb" title="微博">微博</a><a href="javascript:;" class="qq" title="QQ">QQ</a></div>
<div class="print"><a href="javascript:window.print();">【打印】</a><a href="javascript:window.close();">【关闭】</a><a href="javascript:window.scrollTo(0,0)">【返回顶部】</a></div>
<div class="ewm"><img src="%sewm.jpg"><span>手机扫码阅读</span></div>
</div>
<div class="relate"><h4>相关文章</h4><ul>
%s
</ul></div>
</div>
</div>
<div class="foot">
<p>主办单位：黑龙江省人民政府口岸办公室　　地址：哈尔滨市南岗区中山路202号　　邮编：150001</p>
<p>网站标识码：2300000041　　<a href="https://beian.miit.gov.cn/">黑ICP备05002316号</a>　　<img src="%sdzjg.png" width="18">黑公网安备 23010302000412号</p>
<p><img src="%sjiucuo.png" width="90"></p>
</div>
</body></html>""" % (saved_from(HL_URL), HL_TITLE, HL_TITLE, A, A, A, A, A, HL_TITLE, content, A, rels, A, A)
    return write(HL_STEM, html)


# ================================================================ (d) 临沧边合区管委会, Word-pasted body
LC_STEM = "blind224_lincang_cuoshi"
LC_CUOSHI = "临沧边境经济合作区支持边民互市贸易落地加工若干措施"
LC_TITLE = "临沧边境经济合作区管理委员会关于印发" + LC_CUOSHI + "的通知"
LC_NUM = "临边合管发〔2024〕9号"
LC_URL = "http://bhq.lincang.gov.cn/bhq/zwgk/tzgg/202403/t20240320_1234567.html"
LC_MAIN = "孟定清水河片区、南伞片区、永和片区管理局，管委会各部门，各有关企业："
LC_NOTICE = "《" + LC_CUOSHI + "》已经管委会2024年第3次主任办公会议研究通过，现印发给你们，请认真贯彻执行。"
LC_INTRO = "为贯彻落实《国务院关于支持沿边重点地区开发开放若干政策措施的意见》和云南省推进边民互市进口商品落地加工有关要求，推动临沧边境经济合作区（以下简称边合区）孟定清水河、南伞、永和片区边民互市贸易转型升级，助力面向南亚东南亚辐射中心建设，制定以下措施。"
LC_SECTIONS = [
    ("一、培育落地加工主体", [
        ("（一）", "对在边合区新注册并使用边民互市进口商品开展落地加工的企业，年度使用互市商品货值达到1000万元以上的，按照货值的2%给予奖励，单个企业每年最高不超过100万元。"),
        ("（二）", "支持孟定清水河片区建设互市商品落地加工产业园，对入驻产业园的加工企业，前3年免收标准厂房租金，第4至5年租金减半收取。"),
        ("（三）", "支持南伞片区依托南伞口岸发展坚果、咖啡、茶叶精深加工，对新建加工生产线投资额超过500万元的，按投资额的10%给予补助，最高不超过200万元。"),
    ]),
    ("二、提升互市贸易便利化水平", [
        ("（一）", "推行“互市+落地加工”一体化申报，互市商品在清水河口岸、南伞口岸、永和口岸通关后，可直接运抵片区内加工企业，实行“一次申报、分批提离”。"),
        ("（二）", "支持边民互助组、边民合作社与加工企业签订长期采购协议，对年度交易额超过500万元的边民合作社给予5万元奖励。"),
        ("（三）", "对在永和片区开展互市商品二次交易试点的企业，按照交易额的0.5%给予交易服务费补贴，单个企业每年最高不超过30万元。"),
    ]),
    ("三、强化要素保障", [
        ("（一）", "金融支持。对为落地加工企业提供流动资金贷款的银行业金融机构，按照年度新增贷款额的1%给予风险补偿，单家机构每年最高不超过50万元。"),
        ("（二）", "用工保障。支持落地加工企业依法招用缅甸籍务工人员，边合区人力资源服务中心为企业办理跨境劳务手续，办理时限不超过5个工作日。"),
        ("（三）", "物流支持。对经清水河口岸出口至缅甸或经缅甸皎漂港中转出口的落地加工产品，按照每标准集装箱1000元给予物流补贴，单个企业每年最高不超过80万元。"),
    ]),
    ("四、附则", [
        ("", "本措施所需资金由边合区管委会和各片区管理局按照6∶4比例承担。"),
        ("", "本措施由边合区管委会经济发展局负责解释。"),
        ("", "本措施自2024年4月1日起施行，有效期2年。"),
    ]),
]
# Word-pasted furniture
FS16 = "font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:&quot;Times New Roman&quot;"
LC_CSS = """body{margin:0;font-family:"Microsoft YaHei";background:#fff}.header{background:#0b7a55;height:150px}
.nav{background:#086144}.nav a{color:#fff;padding:0 22px;line-height:48px;font-size:16px}
.bread{line-height:42px;color:#666}.art-title{font-size:26px;font-weight:bold;text-align:center;color:#222;line-height:40px}
.art-info{text-align:center;color:#888;border-bottom:1px solid #e5e5e5;padding:10px 0}.art-body{padding:20px 50px}
.footer{background:#f2f2f2;border-top:3px solid #0b7a55;text-align:center;font-size:13px;color:#666;padding:20px 0}
"""


def _wrun(text, style=FS16, lang=None):
    la = ' lang="EN-US"' if lang else ""
    return '<span%s style="%s">%s</span>' % (la, style, text)


def _digits_en(text):
    """Word gives digits their own EN-US runs in Times New Roman."""
    import re
    en = "font-size:16.0pt;font-family:&quot;Times New Roman&quot;,serif;mso-fareast-font-family:仿宋_GB2312"
    out = []
    for part in re.split(r"([0-9][0-9.%]*)", text):
        if not part:
            continue
        out.append(_wrun(part, en, True) if part[0].isdigit() else _wrun(part))
    return "".join(out)


def build_lincang():
    A = assets(LC_STEM, {
        "base.css": LC_CSS,
        "jquery.min.js.下载": JQ_STUB,
        "common.js.下载": "function setFont(s){document.getElementById('zoomcon').style.fontSize=s}\n",
        "share.min.js.下载": "/* share */\n",
        "logo.png": png(520, 80, (11, 122, 85)),
        "qr.png": png(100, 100, (10, 10, 10)),
        "jiucuo.png": png(110, 55, (200, 20, 20)),
        "dzjg.png": png(48, 60, (200, 20, 20)),
        "print.gif": GIF1,
    })
    P = '<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0;\nline-height:28.0pt;mso-line-height-rule:exactly">%s<span lang="EN-US" style="font-size:16.0pt;font-family:仿宋_GB2312"><o:p></o:p></span></p>'
    P0 = '<p class="MsoNormal" style="line-height:28.0pt;mso-line-height-rule:exactly">%s<span lang="EN-US" style="font-size:16.0pt;font-family:仿宋_GB2312"><o:p></o:p></span></p>'
    EMPTY = '<p class="MsoNormal" style="line-height:28.0pt;mso-line-height-rule:exactly"><span lang="EN-US" style="font-size:16.0pt;font-family:仿宋_GB2312"><o:p>&nbsp;</o:p></span></p>'
    NB = "&nbsp;" * 8
    b = ['<div class="WordSection1" style="layout-grid:15.6pt">']
    b.append('<p class="MsoNormal" align="center" style="text-align:center;line-height:28.0pt;mso-line-height-rule:exactly">%s</p>' % _wrun("临边合管发〔<span lang=\"EN-US\">2024</span>〕<span lang=\"EN-US\">9</span>号"))
    b.append(EMPTY)
    b.append(P0 % _wrun(LC_MAIN))
    b.append(P % _digits_en(LC_NOTICE))
    b.append(EMPTY)
    b.append(P % _wrun("附件：" + LC_CUOSHI))
    b.append(EMPTY)
    b.append('<p class="MsoNormal" align="right" style="text-align:right;line-height:28.0pt;mso-line-height-rule:exactly">%s</p>' % _wrun("临沧边境经济合作区管理委员会" + "&nbsp;" * 4))
    b.append('<p class="MsoNormal" align="right" style="text-align:right;line-height:28.0pt;mso-line-height-rule:exactly">%s</p>' % (_wrun("2024", "font-size:16.0pt;font-family:&quot;Times New Roman&quot;,serif", True) + _wrun("年") + _wrun("3", "font-size:16.0pt;font-family:&quot;Times New Roman&quot;,serif", True) + _wrun("月") + _wrun("15", "font-size:16.0pt;font-family:&quot;Times New Roman&quot;,serif", True) + _wrun("日" + "&nbsp;" * 8)))
    b.append(P % _wrun("（此件公开发布）"))
    b.append('<span lang="EN-US" style="font-size:16.0pt;font-family:仿宋_GB2312;mso-fareast-font-family:仿宋_GB2312"><br clear="all" style="page-break-before:always"></span>')
    b.append(P0 % _wrun("附件", "font-size:16.0pt;font-family:黑体;mso-hansi-font-family:&quot;Times New Roman&quot;"))
    b.append(EMPTY)
    b.append('<p class="MsoNormal" align="center" style="text-align:center;line-height:36.0pt;mso-line-height-rule:exactly"><b>%s</b></p>'
             % _wrun("临沧边境经济合作区支持边民互市<br>贸易落地加工若干措施", "font-size:22.0pt;font-family:方正小标宋简体;mso-hansi-font-family:&quot;Times New Roman&quot;"))
    b.append(EMPTY)
    # intro: split spans mid-word, soft <br> inside the paragraph
    k = LC_INTRO.index("孟定清水河") + 4
    k2 = LC_INTRO.index("助力")
    b.append(P % (_wrun(LC_INTRO[:k]) + _wrun(LC_INTRO[k:k2]) + '<span lang="EN-US" style="%s"><br></span>' % FS16 + _wrun(LC_INTRO[k2:])))
    for si, (head, items) in enumerate(LC_SECTIONS):
        b.append(P % ('<b>' + _wrun(head, "font-size:16.0pt;font-family:黑体;mso-hansi-font-family:&quot;Times New Roman&quot;") + '</b>'))
        for ii, (num, txt) in enumerate(items):
            if si == 0:
                # Word auto-numbered list pasted: number lives in an mso-list:Ignore span
                b.append('<p class="MsoListParagraph" style="margin-left:0cm;text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly;mso-list:l0 level1 lfo1">'
                         '<!--[if !supportLists]--><span lang="EN-US" style="%s"><span style="mso-list:Ignore">%s<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp; </span></span></span><!--[endif]-->%s'
                         '<span lang="EN-US" style="font-size:16.0pt;font-family:仿宋_GB2312"><o:p></o:p></span></p>' % (FS16, num, _digits_en(txt)))
            elif si == 1:
                # &nbsp; indents typed by hand instead of a first-line indent; the number in its own span
                if ii == 1:
                    # the paragraph was broken by a soft line break (Shift+Enter) in the middle of a sentence
                    k = txt.index("签订")
                    inner = _wrun(num) + _wrun(txt[:k]) + '<span lang="EN-US" style="%s"><br></span>' % FS16 + _digits_en(txt[k:])
                else:
                    inner = _wrun(num) + _digits_en(txt)
                b.append(P0 % ('<span lang="EN-US" style="%s">%s</span>' % (FS16, NB) + inner))
            elif si == 2:
                lead, rest = txt.split("。", 1)
                b.append(P % ('<b>' + _wrun(num + lead + "。", "font-size:16.0pt;font-family:楷体_GB2312;mso-hansi-font-family:&quot;Times New Roman&quot;") + '</b>' + _digits_en(rest)))
            else:
                b.append(P % _digits_en(txt))
    b.append(EMPTY)
    b.append('</div>')
    content = "\n".join(b)
    nav = [("首页", "index.html"), ("走进边合区", "zjbhq/"), ("政务公开", "zwgk/"), ("招商引资", "zsyz/"), ("口岸通关", "katg/"), ("片区建设", "pqjs/"), ("政务服务", "zwfw/"), ("互动交流", "hdjl/")]
    navs = "".join('<a href="http://bhq.lincang.gov.cn/bhq/%s">%s</a>' % (u, n) for n, u in nav)
    rel = [
        "临沧边境经济合作区2023年边民互市贸易额突破60亿元",
        "《临沧边境经济合作区支持边民互市贸易落地加工若干措施》政策解读",
        "临沧边境经济合作区管理委员会关于开展边民互市进口商品落地加工企业认定工作的通知",
        "孟定清水河片区互市商品落地加工产业园首批企业签约入驻",
    ]
    rels = "\n".join('<li><a href="http://bhq.lincang.gov.cn/bhq/zwgk/tzgg/202403/t202403%02d_12345%02d.html" target="_blank">%s</a><span>2024-03-%02d</span></li>' % (i + 5, i, t, i + 5) for i, t in enumerate(rel))
    html = """<!DOCTYPE html>
%s
<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="SiteName" content="临沧边境经济合作区管理委员会">
<meta name="SiteDomain" content="bhq.lincang.gov.cn">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="%s">
<meta name="PubDate" content="2024-03-20 09:30">
<meta name="ContentSource" content="临沧边境经济合作区管委会办公室">
<title>%s</title>
<link href="%sbase.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="%sjquery.min.js.下载"></script>
<script type="text/javascript" src="%scommon.js.下载"></script>
</head>
<body>
<div class="topbar"><div class="w">今天是2024年3月21日　　<a href="http://www.lincang.gov.cn/">临沧市人民政府</a> | <a href="javascript:;">无障碍</a> | <a href="javascript:;">适老模式</a></div></div>
<div class="header"><div class="w"><img src="%slogo.png" alt="临沧边境经济合作区管理委员会"><div class="sch"><input type="text" placeholder="全站搜索"><button>搜索</button></div></div></div>
<div class="nav"><div class="w">%s</div></div>
<div class="w">
<div class="bread">当前位置：<a href="http://bhq.lincang.gov.cn/bhq/index.html">首页</a> &gt; <a href="http://bhq.lincang.gov.cn/bhq/zwgk/">政务公开</a> &gt; <a href="http://bhq.lincang.gov.cn/bhq/zwgk/tzgg/">通知公告</a></div>
<div class="art">
<div class="art-title">%s</div>
<div class="art-info"><span>发布时间：2024-03-20 09:30</span>　<span>来源：临沧边境经济合作区管委会办公室</span>　<span>字号：<a href="javascript:setFont('18px')">大</a> <a href="javascript:setFont('16px')">中</a> <a href="javascript:setFont('14px')">小</a></span></div>
<div class="art-body" id="zoomcon">
<div class="TRS_UEDITOR TRS_WEB">
%s
</div>
</div>
<div class="art-tool">
<div class="bdsharebuttonbox">分享到：<a href="javascript:;" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="javascript:;" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="javascript:;" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>
<div class="fr"><a href="javascript:window.print()"><img src="%sprint.gif"> 打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div>
<div class="qr"><img src="%sqr.png"><p>扫一扫在手机上查看当前页面</p></div>
</div>
<div class="related"><div class="tt">相关信息</div><ul>
%s
</ul></div>
</div>
</div>
<div class="footer">
<p><a href="javascript:;">关于我们</a> | <a href="javascript:;">网站地图</a> | <a href="javascript:;">联系我们</a></p>
<p>主办：临沧边境经济合作区管理委员会　　地址：云南省临沧市耿马傣族佤族自治县孟定镇清水河大道8号</p>
<p><a href="https://beian.miit.gov.cn/">滇ICP备2021003476号-1</a>　　网站标识码：5309000028　　<img src="%sdzjg.png" width="18">滇公网安备 53092602000103号</p>
<p><img src="%sjiucuo.png" width="90"></p>
</div>
<script type="text/javascript" src="%sshare.min.js.下载"></script>
</body></html>""" % (saved_from(LC_URL), LC_TITLE, LC_TITLE, A, A, A, A, navs, LC_TITLE, content, A, A, rels, A, A, A)
    return write(LC_STEM, html)


# ================================================================ expected.json
def expected():
    out = {}
    # ---- (a) 广西
    gx_cl = GX_NOTICE + [GX_INTRO] + [h + t for _, items in GX_SECTIONS for h, t in items]
    out[GX_STEM] = [{
        "meta": {
            "title": GX_TITLE, "doc_number": GX_NUM, "issuer": ["广西壮族自治区人民政府办公厅"],
            "date": "2024-06-28", "published": "2024-07-03", "level": "provincial", "region": "广西壮族自治区",
            "effective": "2024-07-01", "expires": "2026-12-31", "attachments": [GX_FANGAN], "doc_type": "通知（印发实施方案）",
            "recipients": ["各市、县人民政府", "自治区人民政府各组成部门、各直属机构"], "publicity": "此件公开发布",
        },
        "clauses": gx_cl,
        "applies_to": {
            "default": "广西壮族自治区（广西自贸试验区南宁、钦州港、崇左片区与联动园区）",
            "specific": {
                "二、（一）": "南宁片区、南宁临空经济示范区（南宁吴圩国际机场）— 南宁市",
                "二、（二）": "钦州港片区；北海铁山港区；防城港企沙工业区 — 钦州市、北海市、防城港市",
                "二、（三）": "崇左片区、凭祥综合保税区、友谊关口岸；凭祥市、龙州县",
                "二、（四）": "东兴市（东兴国家重点开发开放试验区；东兴口岸、峒中口岸 — 峒中在防城港市防城区）",
                "二、（五）": "百色市靖西市、那坡县（龙邦口岸、平孟口岸）",
                "二、（六）": "梧州市（粤桂合作特别试验区）、玉林市（龙潭产业园区）、贵港市；钦州港片区 as partner",
            },
            "note": "东盟 / 共建“一带一路” / 西部陆海新通道 do not move a clause abroad or into a corridor. The 通知 paragraphs and 一、三、四、 apply to the whole 自治区.",
        },
        "_note": (
            "Browser save (网页，全部): .html + blind224_guangxi_fangan_files/ (css, *.js.下载 scripts as Chinese Chrome names them, png/gif). "
            "Page furniture: top bar, header/logo/search, nav (首页 要闻动态 政务公开 …), breadcrumb 当前位置：首页 > 政务公开 > 政府文件 > 自治区人民政府办公厅文件, "
            "then the 政府信息公开 metadata table (索引号 000014349/2024-05217, 主题分类, 发文机关, 成文日期 2024年06月28日, 标题, 发文字号 桂政办发〔2024〕41号, 发布日期 2024年07月03日, 有效性 有效), "
            "h1 title, info line 发布时间：2024-07-03 10:15 来源：… 字号 大 中 小 打印, share bar, 【打印本页】【关闭窗口】, QR code, 相关链接 (4 items; two of them are OTHER documents with their own 文号 桂政发〔2019〕38号 / 桂政办发〔2023〕62号 — not this one's), footer (ICP, 网站标识码, 公网安备). "
            "Body (#zoom): 文号 line centred; 主送; 2 notice paragraphs (clauses); 落款 right (广西壮族自治区人民政府办公厅 / 2024年6月28日); （此件公开发布）; an empty <p><br></p>; the 方案 title in <strong> with a <br> splitting 联动园区|联动发展 (a heading, no 附件 label before it); the 方案: intro paragraph, 一、…四、 <strong> headings (no text of their own), "
            "（一）… run-in items (heading sentence + text = ONE clause; （一） restarts under each 一、). 一、总体目标 holds one un-numbered paragraph (a clause). "
            "The title has NO 书名号 around the 方案 name (…关于印发中国（广西）…（2024—2026年）的通知) — attachment = the 方案 name, including （2024—2026年）. "
            "date = 2024-06-28 (成文日期 / 落款), published = 2024-07-03 (发布日期). 四、（三）: 自2024年7月1日起施行，有效期至2026年12月31日. "
            "A reader may split the 方案 into a second document (title = the 方案 name, same issuer/dates): tolerable; then the notice keeps 2 clauses."
        ),
    }]
    # ---- (b) 伊犁
    yl_cl = list(YL_NOTICE)
    for chap, arts in YL_CHAPTERS:
        for num, txt, items in arts:
            yl_cl.append(num + "　" + txt)
            yl_cl.extend(items)
    out[YL_STEM] = [{
        "meta": {
            "title": YL_TITLE, "doc_number": YL_NUM, "issuer": ["伊犁哈萨克自治州商务局"],
            "date": "2024-05-20", "published": "2024-05-27", "level": "municipal", "region": "新疆维吾尔自治区伊犁哈萨克自治州",
            "effective": "2024-06-01", "expires": "2027-05-31", "attachments": [YL_BANFA], "doc_type": "通知（印发管理办法）",
            "recipients": ["各县（市）商务主管部门", "霍尔果斯经济开发区管委会、伊宁边境经济合作区管委会经济发展部门", "各有关企业"],
            "publicity": "此件主动公开",
        },
        "clauses": yl_cl,
        "applies_to": {
            "default": "伊犁哈萨克自治州（州直）",
            "specific": {
                "第三条": "伊宁市、奎屯市、霍尔果斯市及伊宁县、霍城县、察布查尔锡伯自治县、巩留县、新源县、昭苏县、特克斯县、尼勒克县 (= 州直; the list is the scope)",
                "第七条": "中国（新疆）自由贸易试验区霍尔果斯片区（霍尔果斯市）",
                "第八条": "霍尔果斯公路口岸（霍尔果斯市）、都拉塔口岸（察布查尔锡伯自治县）、木扎尔特口岸（昭苏县）",
                "第九条": "中哈霍尔果斯国际边境合作中心中方配套区（霍尔果斯市）",
                "第十一条": "the second half names 霍尔果斯经济开发区、伊宁边境经济合作区 (where their firms file)",
                "第十六条": "塔城地区、阿勒泰地区所属县（市） (extension beyond 州直)",
            },
            "note": "哈萨克斯坦、吉尔吉斯斯坦、乌兹别克斯坦、塔吉克斯坦、土库曼斯坦 / 中亚 (第二条, 第五条, 第六条) are markets abroad, not places of application.",
        },
        "_note": (
            "Old CMS page saved by the browser, encoded GB2312 (meta charset=gb2312; bytes are GBK). Every line of text — 文号, 主送, paragraphs, 附件说明, 落款, chapter headings, articles, items — is a <tr><td> of a layout table (table.zw inside #vsb_content, inside the page's layout tables); spacer rows <td>&nbsp;</td>. "
            "Indents are typed full-width spaces （　　）; article numbers in <b> followed by a full-width space (number + text = one clause). "
            "TWO cells hold two articles each, joined by <br>　　 (第十四条<br>第十五条, 第十七条<br>第十八条): they are separate clauses. "
            "Title in td.title has a <br> in the middle of the book title (…开拓中亚市场<br>扶持资金管理办法》的通知) — joined with no space. Info row 发布时间：2024-05-27 来源 作者 点击数 【打印】【关闭】 is furniture. "
            "Body: 文号 伊州商发〔2024〕23号 centred; 主送; 2 notice paragraphs; 附件：伊犁州外贸企业开拓中亚市场扶持资金管理办法; 落款 right (伊犁哈萨克自治州商务局 / 2024年5月20日); （此件主动公开）; label 附件; 办法 title; 第一章…第五章 centred bold (headings; the path of 第X条 should carry the 章); 第一条…第十八条; 第十二条 lead-in + items （一）…（四） in their own rows (separate clauses; merged into 第十二条 equally good). "
            "第十八条: 自2024年6月1日起施行，有效期至2027年5月31日. 相关文章 list holds another 通知 with 伊州商发〔2023〕41号 — not this one's. "
            "伊犁州 is a 自治州 (prefecture level → municipal); its region is 新疆维吾尔自治区伊犁哈萨克自治州."
        ),
    }]
    # ---- (c) 黑龙江
    hl_rows = [row_clause(HL_HEADER, r) for _, rows in HL_GROUPS for r in rows]
    out[HL_STEM] = [{
        "meta": {
            "title": HL_TITLE, "doc_number": HL_NUM, "issuer": ["黑龙江省人民政府口岸办公室"],
            "date": "2024-11-08", "published": "2024-11-11", "level": "provincial", "region": "黑龙江省",
            "effective": None, "expires": None, "attachments": [HL_ATT], "doc_type": "通知",
            "recipients": ["有关市（地）人民政府（行署）口岸主管部门", "哈尔滨海关、黑龙江出入境边防检查总站", "省直有关部门"],
            "publicity": "此件公开发布",
        },
        "clauses": [HL_INTRO] + HL_ITEMS + hl_rows + [HL_NOTE],
        "applies_to": {
            "default": "黑龙江省（界江口岸所在市、县）",
            "specific": {
                "二、": "黑河、萝北、同江、饶河等口岸所在地 (黑河市爱辉区、萝北县、同江市、饶河县 and the other 界江口岸)",
                "四、": "黑河口岸（黑河市爱辉区）、同江口岸（同江市）",
                "序号1": "呼玛县（大兴安岭地区）", "序号2": "黑河市爱辉区", "序号3": "逊克县（黑河市）", "序号4": "嘉荫县（伊春市）",
                "序号5": "萝北县（鹤岗市）", "序号6": "同江市（佳木斯市）", "序号7": "抚远市（佳木斯市）", "序号8": "饶河县（双鸭山市）",
            },
            "note": "俄罗斯 / 布拉戈维申斯克 are across the river; 黑龙江（阿穆尔河）公路大桥 names the river, not the province. 黑龙江段 / 乌苏里江段 are river sections (group rows), not places.",
        },
        "_note": (
            "Modern CMS page (TRS_Editor / Custom_UnionStyle) saved by the browser; a <style> block sits inside the body container; the header holds an <iframe> saved as saved_resource.html (a search box — furniture). "
            "Page furniture: top bar, header, menu, breadcrumb 您当前的位置：首页 > 通知公告, detail-title (the title, one line), detail-info 发布时间：2024-11-12 来源 字体 大中小 浏览次数, share/打印/关闭/返回顶部, QR, 相关文章 (one of them is last year's 通知 with 黑口办发〔2023〕19号 — not this one's), footer. "
            "Body: 文号 centred; 主送; intro paragraph (clause, ends with 通知如下：); items 一、…六、 as whole paragraphs, the lead sentence in a 黑体 span (number + lead + text = ONE clause); 附件说明 (附件：<a>…任务表</a>); 落款 right; （此件公开发布）; label 附件; table title; "
            "the 附件 table rendered on the page: header row with <br> inside three header cells (所在县<br>（市） → 所在县（市）, 冬季运输<br>方式, 计划开通<br>时间), two category rows spanning 6 columns (一、黑龙江段 / 二、乌苏里江段 — group headings, not rows and NOT items 一、二、 of the notice), 8 data rows; "
            "the 责任单位 cell 黑河市人民政府 has rowspan=2 and covers 逊克口岸's row too (row 3 must still read 责任单位：黑河市人民政府, and its cells must not shift). "
            "Under the table a 注： paragraph (kept as a clause; as table note equally good). Then the 版记 in a bordered div: 抄送：国家口岸管理办公室，省政府办公厅，黑龙江海事局。 / 黑龙江省人民政府口岸办公室综合处　2024年11月11日印发 — furniture; published = 2024-11-11 (印发; the page date 2024-11-12 is tolerable, low). "
            "date = 2024-11-08. No effective/expires (deadlines 2024-11-30, 2024-12-15 and 计划开通时间 values are not document dates)."
        ),
    }]
    # ---- (d) 临沧
    lc_cl = [LC_NOTICE, LC_INTRO] + [n + t for _, items in LC_SECTIONS for n, t in items]
    out[LC_STEM] = [{
        "meta": {
            "title": LC_TITLE, "doc_number": LC_NUM, "issuer": ["临沧边境经济合作区管理委员会"],
            "date": "2024-03-15", "published": "2024-03-20", "level": "zone", "region": "云南省临沧市",
            "effective": "2024-04-01", "expires": "2026-03-31", "attachments": [LC_CUOSHI], "doc_type": "通知（印发若干措施）",
            "recipients": ["孟定清水河片区、南伞片区、永和片区管理局", "管委会各部门", "各有关企业"], "publicity": "此件公开发布",
        },
        "clauses": lc_cl,
        "applies_to": {
            "default": "临沧边境经济合作区（孟定清水河片区—耿马傣族佤族自治县，南伞片区—镇康县，永和片区—沧源佤族自治县）",
            "specific": {
                "一、（二）": "孟定清水河片区 only（耿马县孟定镇）",
                "一、（三）": "南伞片区 only（镇康县南伞镇，南伞口岸）",
                "二、（一）": "清水河口岸、南伞口岸、永和口岸 (all three 片区)",
                "二、（三）": "永和片区 only（沧源县）",
                "三、（三）": "清水河口岸（孟定清水河片区）",
            },
            "note": "缅甸 / 皎漂港 / 南亚东南亚 are abroad (destinations), not places of application.",
        },
        "_note": (
            "Page whose body was pasted from Word into the CMS editor (div.TRS_UEDITOR > div.WordSection1): p.MsoNormal / p.MsoListParagraph with inline mso-* styles (one style attribute has a line break inside it), text cut into many <span>s (digits in their own lang=EN-US Times New Roman spans; the intro split mid-word 孟定清水|河), empty <o:p></o:p> / <o:p>&nbsp;</o:p> paragraphs, and a <br clear=all style=page-break-before:always> between notice and 附件. "
            "一、 section: Word auto-numbered list pasted with <!--[if !supportLists]--><span style=mso-list:Ignore>（一）<span>&nbsp;&nbsp; </span></span><!--[endif]-->: the number is part of the clause (expected “（一）对在…”, the list gap dropped; keeping a space after （一） is taste). "
            "二、 section: indents typed as 8 &nbsp; (no text-indent), the number （一） in its own span; 二、（二） has a soft line break <br> in the middle of a sentence (…加工企业<br>签订长期采购协议…) — one clause, joined with no space. "
            "三、 section: run-in 楷体 bold lead (（一）金融支持。) + text = one clause. 四、附则 has 3 un-numbered paragraphs (clauses). 一、…四、 are bold 黑体 headings. "
            "Furniture: 文号 centred (临边合管发〔2024〕9号 cut into spans), 主送, 附件说明, 落款 right with &nbsp; padding (临沧边境经济合作区管理委员会 / 2024年3月15日 cut into digit spans), （此件公开发布）, label 附件, the 措施 title (22pt, <br> inside: 支持边民互市|贸易落地加工). "
            "Page: top bar, header, nav, breadcrumb, art-title, art-info 发布时间：2024-03-20 09:30, share, 打印本页/关闭窗口, QR, 相关信息, footer. "
            "有效期2年 from 2024-04-01 → expires 2026-03-31 (to be computed; 2026-04-01 tolerable low). Level zone (边境经济合作区管委会), region 云南省临沧市."
        ),
    }]
    return out


def main():
    files = [build_guangxi(), build_yili(), build_heilongjiang(), build_lincang()]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
