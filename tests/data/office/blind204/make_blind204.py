# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, UP031, UP032, E731
"""Blind round 204: four ordinary pages of government sites, saved from the browser ("Webpage, Complete").

Written next to itself (each .html with its _files/ folder of css/js/images, as Chrome saves it):
  blind204_yunnan_guizhang.html   云南省人民政府 site: 省政府规章 page — 云南省人民政府令第231号 with the
      《云南省边民互市贸易管理办法》: 令 text + 省长 signature, 规章 title, 题注, 目录, 第一章…第七章,
      第一节/第二节 inside 第三章, 第一条…第二十四条, each 款 and each item a separate <p>.
  blind204_qingdao_shenbao.html   青岛市商务局 site (GBK page): 申报通知 青商发〔2025〕9号 whose body is ONE <div>
      with <br><br> between paragraphs (no <p> at all), 文号 and 落款 typed inside the div with &nbsp; padding,
      the 附件 as a table of download links under the body.
  blind204_wulumuqi_gonggao.html  乌鲁木齐海关 site: one page listing three short 公告 (2025年第1号、第2号、第3号)
      one after another, each with its own title, number, body, 特此公告, 落款 and date; the first holds
      a table of 口岸 closing times, the third a linked 附件.
  blind204_qinzhou_wenda.html     中国（广西）自由贸易试验区钦州港片区 site: 政策问答 on the 片区's 若干措施 —
      questions in <dt>, answers in <dd> (some with several <p>, an <ol> or a <ul>).
  expected.json

Run:  . /work/venv/bin/activate && python make_blind204.py   (standard library only)
"""
import json
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


# ================================================================ helpers
def png(w, h, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def write_files_dir(stem, files):
    d = os.path.join(HERE, stem + "_files")
    os.makedirs(d, exist_ok=True)
    for name, data in files.items():
        mode = "wb" if isinstance(data, bytes) else "w"
        with open(os.path.join(d, name), mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as fh:
            fh.write(data)


def write_html(stem, html, encoding="utf-8"):
    path = os.path.join(HERE, stem + ".html")
    with open(path, "wb") as fh:
        fh.write(html.encode(encoding))
    return path


JQ = "/*! jQuery v1.12.4 | (c) jQuery Foundation | jquery.org/license */\n!function(a,b){\"object\"==typeof module&&\"object\"==typeof module.exports?module.exports=a.document?b(a,!0):function(a){return b(a)}:b(a)}(\"undefined\"!=typeof window?window:this,function(a,b){var c=[];return a.jQuery=a.$=function(){return{ready:function(f){f()},click:function(){},on:function(){}}}});\n"
SHARE_JS = "// share.js\nfunction shareTo(t){var u=encodeURIComponent(location.href),ti=encodeURIComponent(document.title);var m={weibo:'https://service.weibo.com/share/share.php?url='+u+'&title='+ti,qzone:'https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url='+u};if(m[t])window.open(m[t]);}\nfunction doZoom(s){var z=document.getElementById('zoom');if(z){z.style.fontSize=s+'px';}}\n"


# ================================================================ (a) 云南 规章
YN_STEM = "blind204_yunnan_guizhang"
YN_TITLE = "云南省边民互市贸易管理办法"
YN_NUM = "云南省人民政府令第231号"
YN_LING = "《云南省边民互市贸易管理办法》已经2024年9月27日云南省人民政府第48次常务会议通过，现予公布，自2024年12月1日起施行。"
YN_TIZHU = "（2024年10月18日云南省人民政府令第231号公布　自2024年12月1日起施行）"

# chapters: (chapter heading, [ (section heading or None, [ (art_no, [款...], [items]) ]) ])
YN = [
    ("第一章　总则", [(None, [
        ("第一条", ["为了规范边民互市贸易，促进沿边地区开发开放，保障边民合法权益，服务和融入共建“一带一路”和面向南亚东南亚辐射中心建设，根据《中华人民共和国海关法》和国家有关边民互市贸易的规定，结合本省实际，制定本办法。"], []),
        ("第二条", ["本省行政区域内边民互市贸易及其相关管理和服务活动，适用本办法。",
                   "本办法所称边民互市贸易，是指边境地区边民在我国陆路边境20公里以内，经政府批准的开放点或者指定的集市上，在不超过规定的金额或者数量范围内进行的商品交换活动。"], []),
        ("第三条", ["县级以上人民政府应当加强对边民互市贸易工作的领导，将其纳入国民经济和社会发展规划，建立协调机制，研究解决重大问题。",
                   "省商务主管部门负责全省边民互市贸易的统筹协调和指导；边境州（市）、县（市）商务主管部门负责本行政区域内边民互市贸易的组织实施。",
                   "海关、公安、财政、税务、市场监管、外事等部门按照各自职责做好边民互市贸易相关工作。"], []),
        ("第四条", ["支持瑞丽、磨憨、河口等重点开发开放试验区和边境经济合作区创新边民互市贸易发展模式，在中国（云南）自由贸易试验区德宏片区、红河片区先行先试边民互市贸易改革举措。"], []),
    ])]),
    ("第二章　互市贸易区（点）", [(None, [
        ("第五条", ["边民互市贸易区（点）的设立、调整和撤销，由所在地州（市）人民政府向省人民政府提出申请，经省人民政府审核同意后，按照国家规定报批。"], []),
        ("第六条", ["设立边民互市贸易区（点），应当具备下列条件："],
         ["（一）位于陆路边境20公里以内，且与开放口岸或者边民通道相连；",
          "（二）具有符合海关监管要求的隔离设施、查验场地和视频监控系统；",
          "（三）具有满足交易需要的交易场所、仓储设施和信息化管理系统；",
          "（四）法律、法规规定的其他条件。"]),
        ("第七条", ["瑞丽市姐告、畹町，河口瑶族自治县河口，勐腊县磨憨，麻栗坡县天保，腾冲市猴桥，耿马傣族佤族自治县孟定清水河等边民互市贸易区（点）应当按照“一区一策”要求编制发展规划，报所在地州（市）人民政府批准后实施。"], []),
        ("第八条", ["边民互市贸易区（点）经营管理单位应当建立健全交易、仓储、结算、安全等管理制度，配合有关部门开展监督检查。"], []),
    ])]),
    ("第三章　交易管理", [
        ("第一节　交易主体", [
            ("第九条", ["参与边民互市贸易的边民，应当持有边境地区居民身份证明，并通过全省边民互市贸易信息化管理平台进行备案。"], []),
            ("第十条", ["边民可以自愿组建边民互助组或者边民合作社，以组织化方式参与边民互市贸易。",
                       "边民合作社应当依法登记，并向所在地县（市）商务主管部门备案。"], []),
            ("第十一条", ["任何单位和个人不得冒用、借用边民身份从事边民互市贸易，不得组织、诱导边民从事虚假交易。"], []),
        ]),
        ("第二节　申报与监管", [
            ("第十二条", ["边民每人每日通过边民互市贸易进口的生活用品，在人民币8000元以内的，免征进口关税和进口环节税；超过限额的部分，照章征税。"], []),
            ("第十三条", ["边民互市进口商品应当通过边民互市贸易信息化管理平台向海关申报，实行“一次申报、一次查验、一次放行”。",
                         "在瑞丽、河口、磨憨口岸，海关可以对符合条件的边民互市进口商品实施“先放后检”。"], []),
            ("第十四条", ["边民互市进口商品不得擅自转售。确需转售或者用于落地加工的，应当依法办理相关手续。"], []),
        ]),
    ]),
    ("第四章　落地加工", [(None, [
        ("第十五条", ["鼓励在边境经济合作区、跨境经济合作区和综合保税区发展边民互市进口商品落地加工产业。",
                     "在红河综合保税区、瑞丽边境经济合作区、临沧边境经济合作区开展落地加工的企业，按照国家规定享受相关税收政策。"], []),
        ("第十六条", ["落地加工企业收购边民互市进口商品，应当与边民合作社或者边民互助组签订收购合同，并通过银行结算交易资金。"], []),
        ("第十七条", ["边境州（市）、县（市）人民政府应当统筹安排土地、用电、用工等要素，支持落地加工企业发展。"], []),
    ])]),
    ("第五章　服务保障", [(None, [
        ("第十八条", ["省商务主管部门应当会同有关部门建设全省统一的边民互市贸易信息化管理平台，实现交易、申报、结算、收购等数据互联共享。"], []),
        ("第十九条", ["鼓励金融机构为边民互市贸易提供跨境人民币结算服务，在德宏傣族景颇族自治州、西双版纳傣族自治州、红河哈尼族彝族自治州开展边贸结算便利化试点。"], []),
        ("第二十条", ["有关部门应当优化边民通行、车辆往来、商品查验等服务，按照国家规定延长磨憨、瑞丽口岸的通关时间。"], []),
    ])]),
    ("第六章　法律责任", [(None, [
        ("第二十一条", ["违反本办法第十一条规定，冒用、借用边民身份从事边民互市贸易的，由有关部门依法处理；构成犯罪的，依法追究刑事责任。"], []),
        ("第二十二条", ["边民互市贸易区（点）经营管理单位违反本办法第八条规定，未建立管理制度或者不配合监督检查的，由所在地县（市）商务主管部门责令限期改正；逾期不改正的，处5000元以上3万元以下罚款。"], []),
        ("第二十三条", ["有关部门及其工作人员在边民互市贸易管理工作中滥用职权、玩忽职守、徇私舞弊的，依法给予处分。"], []),
    ])]),
    ("第七章　附则", [(None, [
        ("第二十四条", ["本办法自2024年12月1日起施行。2012年6月1日起施行的《云南省边民互市管理规定》同时废止。"], []),
    ])]),
]


def yn_clauses():
    out = [YN_LING]
    for _, secs in YN:
        for _, arts in secs:
            for no, kuan, items in arts:
                out.append(no + "　" + "\n".join(kuan))
                out.extend(items)
    return out


def build_yunnan():
    # body html — varied CMS styles: <strong> article numbers, Word-pasted spans, &nbsp; separators
    b = []
    b.append('<p style="text-align: center;"><span style="color: rgb(255, 0, 0); font-size: 28px;"><strong>云南省人民政府令</strong></span></p>')
    b.append('<p style="text-align: center;"><span style="font-family: 仿宋_GB2312; font-size: 18px;">第231号</span></p>')
    b.append('<p style="text-indent: 2em;"><span style="font-family: 仿宋_GB2312; font-size: 18px;">%s</span></p>' % YN_LING)
    b.append('<p style="text-align: right;"><span style="font-family: 仿宋_GB2312; font-size: 18px;">省长　张国华</span></p>')
    b.append('<p style="text-align: right;"><span style="font-family: 仿宋_GB2312; font-size: 18px;">2024年10月18日</span></p>')
    b.append('<p><br></p>')
    b.append('<p style="text-align: center;"><span style="font-family: 方正小标宋简体; font-size: 24px;"><strong>%s</strong></span></p>' % YN_TITLE)
    b.append('<p style="text-align: center;"><span style="font-family: 楷体_GB2312; font-size: 18px;">%s</span></p>' % YN_TIZHU)
    # 目录
    b.append('<p style="text-align: center;"><span style="font-family: 黑体; font-size: 18px;">目　　录</span></p>')
    for chap, secs in YN:
        b.append('<p style="text-indent: 2em;"><span style="font-family: 楷体_GB2312; font-size: 18px;">%s</span></p>' % chap)
        for sec, _ in secs:
            if sec:
                b.append('<p style="text-indent: 4em;"><span style="font-family: 楷体_GB2312; font-size: 18px;">%s</span></p>' % sec)
    b.append('<p><br></p>')
    n = 0
    for chap, secs in YN:
        b.append('<p style="text-align: center;"><span style="font-family: 黑体; font-size: 18px;">%s</span></p>' % chap)
        for sec, arts in secs:
            if sec:
                b.append('<p style="text-align: center;"><span style="font-family: 楷体_GB2312; font-size: 18px;"><strong>%s</strong></span></p>' % sec)
            for no, kuan, items in arts:
                n += 1
                if n % 3 == 1:      # <strong> number + full-width space
                    first = '<p style="text-indent: 2em;"><strong><span style="font-family: 黑体;">%s</span></strong>　%s</p>' % (no, kuan[0])
                elif n % 3 == 2:    # Word-pasted: two spans, the space inside the second
                    first = ('<p class="MsoNormal" style="text-indent: 32pt; line-height: 28pt;"><span style="font-size: 16pt; font-family: 黑体;">%s</span>'
                             '<span style="font-size: 16pt; font-family: 仿宋_GB2312;">　%s</span></p>') % (no, kuan[0])
                else:               # two &nbsp; instead of the full-width space
                    first = '<p style="text-indent: 2em;"><strong>%s</strong>&nbsp;&nbsp;%s</p>' % (no, kuan[0])
                b.append(first)
                for k in kuan[1:]:
                    b.append('<p style="text-indent: 2em;">%s</p>' % k)
                for it in items:
                    b.append('<p style="text-indent: 2em;">%s</p>' % it)
    body = "\n".join(b)

    html = f"""<!DOCTYPE html>
<!-- saved from url=(0066)https://www.yn.gov.cn/zwgk/zcwj/szfgz/202410/t20241025_301876.html -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>云南省边民互市贸易管理办法_省政府规章_云南省人民政府门户网站</title>
<meta name="SiteName" content="云南省人民政府门户网站">
<meta name="SiteDomain" content="www.yn.gov.cn">
<meta name="SiteIDCode" content="5300000044">
<meta name="ColumnName" content="省政府规章">
<meta name="ColumnType" content="政策文件">
<meta name="ArticleTitle" content="云南省边民互市贸易管理办法">
<meta name="PubDate" content="2024-10-25 17:06">
<meta name="ContentSource" content="云南省人民政府办公厅">
<meta name="Keywords" content="边民互市,边境贸易,落地加工">
<meta name="Description" content="《云南省边民互市贸易管理办法》已经2024年9月27日云南省人民政府第48次常务会议通过，现予公布，自2024年12月1日起施行。">
<link rel="stylesheet" href="./{YN_STEM}_files/common.css">
<link rel="stylesheet" href="./{YN_STEM}_files/xxgk_detail.css">
<script src="./{YN_STEM}_files/jquery.min.js"></script>
<script src="./{YN_STEM}_files/share.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span class="fl">今天是：2024年10月28日　星期一</span><span class="fr"><a href="https://www.yn.gov.cn/wza/" target="_blank">无障碍</a> | <a href="https://www.yn.gov.cn/mobile/">移动版</a> | <a href="https://english.yn.gov.cn/" target="_blank">English</a> | <a href="https://www.yn.gov.cn/login.html">登录</a></span></div></div>
<div class="header"><div class="w1200">
  <a class="logo" href="https://www.yn.gov.cn/"><img src="./{YN_STEM}_files/logo.png" alt="云南省人民政府门户网站"></a>
  <div class="search"><form action="https://www.yn.gov.cn/search/" method="get"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div>
</div></div>
<div class="nav"><ul class="w1200">
  <li><a href="https://www.yn.gov.cn/">首页</a></li>
  <li><a href="https://www.yn.gov.cn/sjdt/">要闻动态</a></li>
  <li class="on"><a href="https://www.yn.gov.cn/zwgk/">政务公开</a></li>
  <li><a href="https://www.yn.gov.cn/ztgg/">专题专栏</a></li>
  <li><a href="https://www.yn.gov.cn/zwfw/">政务服务</a></li>
  <li><a href="https://www.yn.gov.cn/hdjl/">互动交流</a></li>
  <li><a href="https://www.yn.gov.cn/yngk/">走进云南</a></li>
</ul></div>
<div class="w1200 main">
<div class="crumb">当前位置：<a href="https://www.yn.gov.cn/">首页</a> &gt; <a href="https://www.yn.gov.cn/zwgk/">政务公开</a> &gt; <a href="https://www.yn.gov.cn/zwgk/zcwj/">政策文件</a> &gt; <a href="https://www.yn.gov.cn/zwgk/zcwj/szfgz/">省政府规章</a></div>
<div class="xxgk-table">
<table cellspacing="0" cellpadding="0" border="0">
<tbody>
<tr><th>索&nbsp;引&nbsp;号：</th><td>000014349/2024-01876</td><th>主题分类：</th><td>商贸、海关、旅游\\国内贸易（含供销）</td></tr>
<tr><th>发布机构：</th><td>云南省人民政府</td><th>成文日期：</th><td>2024年10月18日</td></tr>
<tr><th>名　　称：</th><td colspan="3">云南省边民互市贸易管理办法</td></tr>
<tr><th>文　　号：</th><td>云南省人民政府令第231号</td><th>发布日期：</th><td>2024年10月25日</td></tr>
<tr><th>有&nbsp;效&nbsp;性：</th><td>有效</td><th>主&nbsp;题&nbsp;词：</th><td>边民互市　规章</td></tr>
</tbody>
</table>
</div>
<div class="article">
<h1 class="title">云南省人民政府令（第231号）</h1>
<div class="info"><span>发布时间：2024-10-25 17:06</span><span>来源：云南省人民政府办公厅</span><span class="zh">字号：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span><span><a href="javascript:window.print()">打印</a></span></div>
<div class="view TRS_UEDITOR trs_paper_default trs_web" id="zoom">
{body}
</div>
<div class="xgjd">相关解读：<a href="https://www.yn.gov.cn/zwgk/zcjd/bmjd/202410/t20241026_301901.html" target="_blank">《云南省边民互市贸易管理办法》政策解读</a>　<a href="https://www.yn.gov.cn/zwgk/zcjd/tjjd/202410/t20241026_301902.html" target="_blank">图解：一图读懂《云南省边民互市贸易管理办法》</a></div>
<div class="share-print">
  <div class="bdsharebuttonbox">分享到：<a href="javascript:shareTo('weixin')" class="bds_weixin" title="分享到微信">微信</a><a href="javascript:shareTo('weibo')" class="bds_tsina" title="分享到新浪微博">微博</a><a href="javascript:shareTo('qzone')" class="bds_qzone" title="分享到QQ空间">QQ空间</a></div>
  <div class="print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="related">
  <h3>相关文件</h3>
  <ul>
    <li><a href="https://www.yn.gov.cn/zwgk/zcwj/szfgz/202409/t20240930_300411.html">云南省人民政府令（第230号）　云南省口岸管理办法</a><span>2024-09-30</span></li>
    <li><a href="https://www.yn.gov.cn/zwgk/zcwj/yzf/202406/t20240612_297725.html">云南省人民政府关于加快边境经济合作区高质量发展的意见</a><span>2024-06-12</span></li>
    <li><a href="https://www.yn.gov.cn/zwgk/zcwj/yzfb/202403/t20240318_294460.html">云南省人民政府办公厅关于印发云南省沿边产业园区建设三年行动方案（2024—2026年）的通知</a><span>2024-03-18</span></li>
  </ul>
</div>
</div>
</div>
<div class="footer"><div class="w1200">
  <div class="flinks"><a href="https://www.yn.gov.cn/wzdt/">网站地图</a> | <a href="https://www.yn.gov.cn/lxwm/">联系我们</a> | <a href="https://www.yn.gov.cn/sybz/">使用帮助</a> | <a href="https://www.yn.gov.cn/wzsm/">网站声明</a></div>
  <p>主办：云南省人民政府办公厅　承办：云南省数字经济局　网站标识码：5300000044</p>
  <p><a href="https://beian.miit.gov.cn/" target="_blank">滇ICP备05000532号</a>　<img src="./{YN_STEM}_files/ga.png" alt="">滇公网安备 53010202000112号</p>
  <div class="jiucuo"><img src="./{YN_STEM}_files/jiucuo.png" alt="政府网站找错"></div>
</div></div>
<script>$(function(){{$('.nav li').on('mouseover',function(){{}});}});</script>
</body></html>
"""
    write_files_dir(YN_STEM, {
        "common.css": "body{margin:0;font-family:'Microsoft YaHei';}.w1200{width:1200px;margin:0 auto;}.nav{background:#1a5fb4}.nav li{display:inline-block;}.nav a{color:#fff;padding:0 24px;line-height:48px}.footer{background:#f2f2f2;color:#666;text-align:center}\n",
        "xxgk_detail.css": ".xxgk-table table{width:100%;border:1px solid #ddd}.xxgk-table th{width:110px;text-align:right;background:#f6f6f6}.article .title{text-align:center;font-size:26px;color:#c00}.article .info{text-align:center;color:#999}.view p{font-size:18px;line-height:2}\n",
        "jquery.min.js": JQ, "share.js": SHARE_JS,
        "logo.png": png(60, 12, (26, 95, 180)), "ga.png": png(8, 8, (200, 160, 40)), "jiucuo.png": png(20, 10, (200, 0, 0)),
    })
    return write_html(YN_STEM, html)


# ================================================================ (b) 青岛市商务局 (GBK, one <div>, <br><br>)
QD_STEM = "blind204_qingdao_shenbao"
QD_TITLE = "青岛市商务局关于组织申报2025年度青岛市“一带一路”国际经贸合作专项资金项目的通知"
QD_NUM = "青商发〔2025〕9号"
QD_MAIN = "各区、市商务主管部门，中国（山东）自由贸易试验区青岛片区管委，中国—上海合作组织地方经贸合作示范区管委，各有关企业："
QD_INTRO = "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，支持我市企业深度参与国际经贸合作，根据《青岛市商务发展专项资金管理办法》（青财企〔2023〕15号）有关规定，现就组织申报2025年度青岛市“一带一路”国际经贸合作专项资金项目有关事项通知如下："
QD_SECTIONS = [
    ("一、支持方向", [
        "（一）境外经贸合作区建设。对在共建“一带一路”国家建设境外经贸合作区的本市企业，按照上年度实际投资额的5%给予支持，单个企业最高不超过300万元。",
        "（二）海外仓建设。对在共建“一带一路”国家自建或者租赁面积5000平方米以上公共海外仓的跨境电商企业，按照上年度仓储租金或者建设投入的10%给予支持，最高不超过100万元；注册在中国（山东）自由贸易试验区青岛片区、青岛前湾综合保税区的企业，支持比例提高2个百分点。",
        "（三）国际物流通道建设。对在中国—上海合作组织地方经贸合作示范区开行中欧班列、“上合快线”的平台企业，按照每标准箱300元给予补贴，单个企业年度补贴最高不超过500万元。",
        "（四）境外重点展会。对企业参加市商务局统一组织的共建“一带一路”国家重点展会，按照展位费的70%给予补助，单个企业每个展会最多补助2个标准展位。",
        "（五）综保区新业态。在即墨综合保税区、青岛空港综合保税区内新设立的保税维修、保税研发企业，上年度进出口额首次突破1亿元的，一次性奖励50万元。",
    ]),
    ("二、申报条件", [
        "（一）在青岛市行政区域内依法注册、具有独立法人资格；",
        "（二）近三年内无重大违法违规行为，未被列入严重失信主体名单；",
        "（三）申报项目实施期为2024年1月1日至2024年12月31日，且未获得其他市级财政资金支持。",
    ]),
    ("三、申报程序", [
        "（一）企业申报。符合条件的企业于2025年3月10日至4月10日登录“青岛市商务专项资金管理系统”在线填报，并将纸质申报材料一式两份报送注册地所在区（市）商务主管部门。",
        "（二）区（市）初审。各区（市）商务主管部门于2025年4月25日前完成初审，出具初审意见并报送市商务局；青岛片区、上合示范区内企业由其管委初审。",
        "（三）市级审核。市商务局会同市财政局组织专家评审，评审结果在市商务局网站公示5个工作日，公示无异议后下达资金。",
    ]),
    ("四、有关要求", [
        "（一）企业对申报材料的真实性、合法性负责。对弄虚作假骗取专项资金的，依法追回已拨付资金，3年内取消申报资格。",
        "（二）各区（市）商务主管部门要加强政策宣传和服务指导，确保符合条件的企业应报尽报。",
    ]),
]
QD_CONTACT = "联系人：市商务局对外投资和经济合作处　王晓琳　电话：0532-85911236"
QD_ATTS = [
    ("2025年度青岛市“一带一路”国际经贸合作专项资金申报指南", "docx", "P020250310386512094517.docx"),
    ("2025年度青岛市“一带一路”国际经贸合作专项资金项目申报表", "xlsx", "P020250310386512098863.xlsx"),
    ("企业信用承诺书", "doc", "P020250310386512101729.doc"),
]


def qd_clauses():
    out = [QD_INTRO]
    for _, items in QD_SECTIONS:
        out.extend(items)
    return out


def build_qingdao():
    ind = "&nbsp;&nbsp;&nbsp;&nbsp;"
    pad = "&nbsp;" * 56
    parts = []
    parts.append(pad[:len("&nbsp;") * 40] + QD_NUM)
    parts.append(QD_MAIN)
    parts.append(ind + QD_INTRO)
    for h, items in QD_SECTIONS:
        if h.startswith("二"):
            # heading and its items separated by SINGLE <br> (editor's quirk); the items too
            parts.append(ind + "<strong>" + h + "</strong><br>" + "<br>".join(ind + it for it in items))
        elif h.startswith("三"):
            parts.append(ind + "<b>" + h + "</b>")
            parts.extend(ind + it for it in items)
        else:
            parts.append(ind + '<font face="黑体">' + h + "</font>")
            parts.extend(ind + it for it in items)
    parts.append(ind + QD_CONTACT)
    parts.append(pad + "青岛市商务局<br>" + pad + "2025年3月6日")
    parts.append(ind + "（此件主动公开）")
    body = "<br><br>".join(parts)
    att_rows = "\n".join(
        '<tr><td class="xh">%d</td><td class="fjmc"><a href="https://commerce.qingdao.gov.cn/zwgk_68/tzgg_68/202503/%s" target="_blank" title="%s.%s">附件%d：%s.%s</a></td><td class="dx"><img src="./%s_files/%s.gif" alt="%s"></td></tr>'
        % (i + 1, f, t, e, i + 1, t, e, QD_STEM, "doc" if e.startswith("doc") else "xls", e, ) for i, (t, e, f) in enumerate(QD_ATTS))

    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=(0075)https://commerce.qingdao.gov.cn/zwgk_68/tzgg_68/202503/t20250310_8812364.shtml -->
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>青岛市商务局关于组织申报2025年度青岛市“一带一路”国际经贸合作专项资金项目的通知 - 通知公告 - 青岛市商务局</title>
<meta name="SiteName" content="青岛市商务局">
<meta name="SiteDomain" content="commerce.qingdao.gov.cn">
<meta name="SiteIDCode" content="3702000049">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="青岛市商务局关于组织申报2025年度青岛市“一带一路”国际经贸合作专项资金项目的通知">
<meta name="PubDate" content="2025-03-10 09:12">
<meta name="ContentSource" content="对外投资和经济合作处">
<link href="./{QD_STEM}_files/style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="./{QD_STEM}_files/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="./{QD_STEM}_files/share.js"></script>
</head>
<body>
<div id="top"><div class="top_c"><a href="https://www.qingdao.gov.cn/" target="_blank">青岛政务网</a>　<a href="javascript:void(0)" onclick="AddFavorite()">加入收藏</a>　<a href="https://commerce.qingdao.gov.cn/wza/">无障碍浏览</a></div></div>
<div id="banner"><img src="./{QD_STEM}_files/banner.png" width="1100" height="150" alt="青岛市商务局"></div>
<div id="menu"><a href="https://commerce.qingdao.gov.cn/">首　页</a><a href="https://commerce.qingdao.gov.cn/jgzn/">机构职能</a><a href="https://commerce.qingdao.gov.cn/zwgk_68/" class="cur">政务公开</a><a href="https://commerce.qingdao.gov.cn/swdt/">商务动态</a><a href="https://commerce.qingdao.gov.cn/bsfw/">办事服务</a><a href="https://commerce.qingdao.gov.cn/hdjl/">互动交流</a><a href="https://commerce.qingdao.gov.cn/ztzl/">专题专栏</a></div>
<div id="main">
<div class="left">
  <div class="lm_title">政务公开</div>
  <ul class="lm_list"><li><a href="https://commerce.qingdao.gov.cn/zwgk_68/zcwj/">政策文件</a></li><li class="on"><a href="https://commerce.qingdao.gov.cn/zwgk_68/tzgg_68/">通知公告</a></li><li><a href="https://commerce.qingdao.gov.cn/zwgk_68/zcjd/">政策解读</a></li><li><a href="https://commerce.qingdao.gov.cn/zwgk_68/zjxx/">资金信息</a></li></ul>
</div>
<div class="right">
<div class="position">您现在的位置：<a href="https://commerce.qingdao.gov.cn/">首页</a> &gt;&gt; <a href="https://commerce.qingdao.gov.cn/zwgk_68/">政务公开</a> &gt;&gt; <a href="https://commerce.qingdao.gov.cn/zwgk_68/tzgg_68/">通知公告</a></div>
<div class="wz_title">青岛市商务局关于组织申报2025年度青岛市“一带一路”国际经贸合作专项资金项目的通知</div>
<div class="wz_info">发布日期：2025-03-10　　信息来源：对外投资和经济合作处　　浏览次数：<span id="clicks">1862</span>　　【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div class="wz_content" id="zoom" style="font-size:16px;line-height:32px;">{body}</div>
<div class="fj_box">
<div class="fj_title">附件下载：</div>
<table class="fj_table" width="100%" border="0" cellspacing="0" cellpadding="0">
<tbody>
{att_rows}
</tbody>
</table>
</div>
<div class="wz_tools"><div class="share">分享到：<a href="javascript:shareTo('weixin')">微信</a> <a href="javascript:shareTo('weibo')">新浪微博</a> <a href="javascript:shareTo('qzone')">QQ空间</a></div><div class="dy">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】【<a href="javascript:scroll(0,0)">顶部</a>】</div></div>
<div class="xgxx"><div class="xgxx_t">相关信息</div>
<ul>
<li><a href="https://commerce.qingdao.gov.cn/zwgk_68/tzgg_68/202502/t20250221_8791102.shtml">关于公示2024年度青岛市跨境电商海外仓专项资金拟支持项目的通知</a>　2025-02-21</li>
<li><a href="https://commerce.qingdao.gov.cn/zwgk_68/tzgg_68/202501/t20250115_8760330.shtml">青岛市商务局关于组织企业参加2025年上合组织国家商品博览会的通知</a>　2025-01-15</li>
<li><a href="https://commerce.qingdao.gov.cn/zwgk_68/zcjd/202503/t20250311_8813005.shtml">【解读】2025年度“一带一路”国际经贸合作专项资金申报政策问答</a>　2025-03-11</li>
</ul></div>
</div>
</div>
<div id="footer">
<p><a href="https://commerce.qingdao.gov.cn/wzdt/">网站地图</a> | <a href="https://commerce.qingdao.gov.cn/lxwm/">联系我们</a> | <a href="https://commerce.qingdao.gov.cn/yssm/">隐私声明</a></p>
<p>主办单位：青岛市商务局　地址：青岛市市南区香港中路7号　邮编：266071　电话：0532-85911000</p>
<p>网站标识码：3702000049　<a href="https://beian.miit.gov.cn/" target="_blank">鲁ICP备05005530号-1</a>　鲁公网安备 37020202000627号</p>
<p><script type="text/javascript">document.write('<span id="_ideConac"></span>');</script><span id="_ideConac"></span><img src="./{QD_STEM}_files/dzjg.png" alt="党政机关"></p>
</div>
</body></html>
"""
    write_files_dir(QD_STEM, {
        "style.css": "body{margin:0;font:12px/1.8 '宋体';}#menu a{display:inline-block;width:120px;color:#fff;background:#0d4d8c;text-align:center}.wz_title{font:bold 22px '微软雅黑';text-align:center;color:#0d4d8c}.wz_info{text-align:center;color:#888;border-bottom:1px dashed #ccc}.fj_table td{border-bottom:1px dotted #ccc;height:30px}#footer{text-align:center;background:#0d4d8c;color:#fff}\n",
        "jquery-1.8.3.min.js": JQ, "share.js": SHARE_JS + "function AddFavorite(){try{window.external.addFavorite(location.href,document.title)}catch(e){alert('请使用Ctrl+D收藏');}}\n",
        "banner.png": png(110, 15, (13, 77, 140)), "doc.gif": png(16, 16, (40, 90, 200)), "xls.gif": png(16, 16, (30, 140, 60)), "dzjg.png": png(20, 24, (200, 0, 0)),
    })
    return write_html(QD_STEM, html, encoding="gbk")


# ================================================================ (c) 乌鲁木齐海关: three 公告 on one page
WL_STEM = "blind204_wulumuqi_gonggao"
WL_PAGE_TITLE = "乌鲁木齐海关2025年第1—3号公告"
WL1_TITLE = "乌鲁木齐海关关于2025年春节期间关区陆路口岸通关安排的公告"
WL1_NUM = "乌鲁木齐海关公告2025年第1号"
WL1_INTRO = "根据新疆维吾尔自治区人民政府口岸管理办公室关于2025年春节期间陆路口岸闭关安排的通知，经与邻国口岸管理部门协商一致，现将乌鲁木齐海关关区陆路口岸春节期间通关安排公告如下："
WL1_ITEM1 = "一、下列公路口岸春节期间闭关休息，具体时间见下表："
WL1_HEADER = ["口岸名称", "所在地", "闭关时间", "恢复通关时间"]
WL1_ROWS = [
    ["霍尔果斯公路口岸", "伊犁哈萨克自治州霍尔果斯市", "1月28日至2月4日", "2月5日"],
    ["都拉塔口岸", "伊犁哈萨克自治州察布查尔锡伯自治县", "1月28日至2月4日", "2月5日"],
    ["巴克图口岸", "塔城地区塔城市", "1月28日至2月2日", "2月3日"],
    ["吉木乃口岸", "阿勒泰地区吉木乃县", "1月28日至2月2日", "2月3日"],
    ["伊尔克什坦口岸", "克孜勒苏柯尔克孜自治州乌恰县", "1月29日至2月4日", "2月5日"],
]
WL1_ITEMS = [
    "二、阿拉山口铁路口岸、霍尔果斯铁路口岸春节期间正常通关，中欧（中亚）班列实行7×24小时预约通关。",
    "三、闭关期间如遇鲜活农副产品、救灾物资等特殊情况需要通关的，企业可以提前1个工作日向口岸所在地海关申请临时通关。",
]
WL2_TITLE = "乌鲁木齐海关关于在阿拉山口综合保税区开展保税维修业务的公告"
WL2_NUM = "乌鲁木齐海关公告2025年第2号"
WL2_INTRO = "为贯彻落实《国务院关于促进综合保税区高水平开放高质量发展的若干意见》，支持阿拉山口综合保税区发展保税维修业务，现将有关事项公告如下："
WL2_ITEMS = [
    "一、阿拉山口综合保税区内企业可以开展工程机械、矿山设备、轨道交通装备等产品的保税维修业务，维修产品范围以商务部等部门公布的目录为准。",
    "二、开展保税维修业务的企业，应当向阿拉山口海关办理海关特殊监管区域账册备案，维修货物实行“一账管理、分段核销”。",
    "三、待维修货物从境外入区、维修后复运出境的，免于提交许可证件；维修过程中产生的边角料、旧件、坏件，按照海关有关规定处置。",
    "四、本公告自2025年3月1日起施行。",
]
WL3_TITLE = "乌鲁木齐海关关于扩大中欧班列“铁路快通”业务模式适用范围的公告"
WL3_NUM = "乌鲁木齐海关公告2025年第3号"
WL3_INTRO = "为进一步提升中欧班列通关效率，服务丝绸之路经济带核心区建设，乌鲁木齐海关决定扩大“铁路快通”业务模式适用范围。现将有关事项公告如下："
WL3_ITEMS = [
    "一、“铁路快通”业务模式适用范围由乌鲁木齐国际陆港区扩大至霍尔果斯铁路口岸、阿拉山口铁路口岸进出境的中欧班列。",
    "二、在“铁路快通”业务模式下，企业在乌鲁木齐海关所属内陆海关办理申报手续，货物在口岸海关直接验放，无需办理转关手续。",
    "三、口岸海关对铁路运输工具及集装箱实施“一次查验、全程放行”，因布控查验需要开箱的，由内陆海关与口岸海关协同办理。",
    "四、本公告自2025年4月1日起实施，有效期至2026年3月31日。",
]
WL3_ATT = "中欧班列“铁路快通”业务模式作业流程"


def wl_row(r):
    return "；".join(h + "：" + v for h, v in zip(WL1_HEADER, r))


def build_wulumuqi():
    def gg(idx, title, num, intro, inner, date_cn, att=None):
        s = ['<div class="gg-item" id="gg%d">' % idx]
        s.append('<h3 class="gg-title">%s</h3>' % title)
        s.append('<p class="gg-wh" style="text-align:center;">%s</p>' % num)
        s.append('<p style="text-indent:2em;">%s</p>' % intro)
        s.append(inner)
        s.append('<p style="text-indent:2em;">特此公告。</p>')
        if att:
            s.append('<p style="text-indent:2em;">附件：<a href="https://urumqi.customs.gov.cn/urumqi_customs/556651/556653/6398712/2025032416405213841.pdf" target="_blank">%s.pdf</a></p>' % att)
        s.append('<p style="text-align:right;">乌鲁木齐海关</p>')
        s.append('<p style="text-align:right;">%s</p>' % date_cn)
        s.append('</div>')
        return "\n".join(s)

    t1 = ['<p style="text-indent:2em;">%s</p>' % WL1_ITEM1,
          '<table class="gg-table" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;margin:0 auto;width:90%;">',
          '<thead><tr>' + "".join('<th style="background:#eef3f8;">%s</th>' % h for h in WL1_HEADER) + '</tr></thead>', '<tbody>']
    t1 += ['<tr>' + "".join('<td style="text-align:center;">%s</td>' % v for v in r) + '</tr>' for r in WL1_ROWS]
    t1 += ['</tbody></table>']
    t1 += ['<p style="text-indent:2em;">%s</p>' % it for it in WL1_ITEMS]
    a = gg(1, WL1_TITLE, WL1_NUM, WL1_INTRO, "\n".join(t1), "2025年1月15日")
    b = gg(2, WL2_TITLE, WL2_NUM, WL2_INTRO, "\n".join('<p style="text-indent:2em;">%s</p>' % it for it in WL2_ITEMS), "2025年2月20日")
    c = gg(3, WL3_TITLE, WL3_NUM, WL3_INTRO, "\n".join('<p style="text-indent:2em;">%s</p>' % it for it in WL3_ITEMS), "2025年3月21日", att=WL3_ATT)
    body = a + '\n<hr class="gg-sep">\n' + b + '\n<hr class="gg-sep">\n' + c

    html = f"""<!DOCTYPE html>
<!-- saved from url=(0083)https://urumqi.customs.gov.cn/urumqi_customs/556651/556653/6398712/index.html -->
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>乌鲁木齐海关2025年第1—3号公告</title>
<meta name="SiteName" content="中华人民共和国乌鲁木齐海关">
<meta name="SiteDomain" content="urumqi.customs.gov.cn">
<meta name="SiteIDCode" content="bm28170003">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="乌鲁木齐海关2025年第1—3号公告">
<meta name="PubDate" content="2025-03-24 16:40">
<meta name="ContentSource" content="乌鲁木齐海关办公室">
<link rel="stylesheet" type="text/css" href="./{WL_STEM}_files/customs.css">
<link rel="stylesheet" type="text/css" href="./{WL_STEM}_files/article.css">
<script type="text/javascript" src="./{WL_STEM}_files/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="./{WL_STEM}_files/share.js"></script>
</head>
<body>
<div class="customs-top"><div class="wrap"><span>欢迎访问中华人民共和国乌鲁木齐海关网站</span><span class="r"><a href="http://www.customs.gov.cn/" target="_blank">海关总署</a> | <a href="https://online.customs.gov.cn/" target="_blank">互联网+海关</a> | <a href="https://urumqi.customs.gov.cn/urumqi_customs/wza/">无障碍</a></span></div></div>
<div class="customs-header"><div class="wrap">
<img class="hg-logo" src="./{WL_STEM}_files/hgs_logo.png" alt="海关关徽">
<div class="hg-name"><div class="cn">中华人民共和国乌鲁木齐海关</div><div class="en">Urumqi Customs District P.R.China</div></div>
<div class="hg-search"><input type="text" id="searchword" value="" placeholder="站内搜索"><a href="javascript:void(0)" class="btn">搜索</a></div>
</div></div>
<div class="customs-nav"><ul class="wrap">
<li><a href="https://urumqi.customs.gov.cn/">首页</a></li>
<li><a href="https://urumqi.customs.gov.cn/urumqi_customs/556651/556652/">关区概况</a></li>
<li><a href="https://urumqi.customs.gov.cn/urumqi_customs/556651/556655/">新闻动态</a></li>
<li class="active"><a href="https://urumqi.customs.gov.cn/urumqi_customs/556651/556653/">信息公开</a></li>
<li><a href="https://urumqi.customs.gov.cn/urumqi_customs/556651/556656/">政策法规</a></li>
<li><a href="https://urumqi.customs.gov.cn/urumqi_customs/556651/556657/">办事服务</a></li>
<li><a href="https://urumqi.customs.gov.cn/urumqi_customs/556651/556658/">互动交流</a></li>
</ul></div>
<div class="wrap">
<div class="location">当前位置：<a href="https://urumqi.customs.gov.cn/">首页</a>&nbsp;&gt;&nbsp;<a href="https://urumqi.customs.gov.cn/urumqi_customs/556651/556653/">信息公开</a>&nbsp;&gt;&nbsp;<a href="https://urumqi.customs.gov.cn/urumqi_customs/556651/556653/556654/">通知公告</a></div>
<div class="easysite-news-page">
<div class="easysite-news-title"><h2>乌鲁木齐海关2025年第1—3号公告</h2></div>
<div class="easysite-news-describe">发布时间：2025-03-24 16:40:52　　信息来源：乌鲁木齐海关办公室　　<span class="zh">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>　<a href="javascript:window.print()">【打印】</a></div>
<div class="easysite-news-text" id="zoom">
{body}
</div>
<div class="easysite-news-operation"><div class="share">分享：<a href="javascript:shareTo('weixin')" title="微信"><img src="./{WL_STEM}_files/wx.png" alt="微信"></a><a href="javascript:shareTo('weibo')" title="微博"><img src="./{WL_STEM}_files/wb.png" alt="微博"></a></div><a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div>
<div class="easysite-related"><h4>相关公告</h4>
<ul>
<li><a href="https://urumqi.customs.gov.cn/urumqi_customs/556651/556653/6301187/index.html">乌鲁木齐海关公告2024年第6号（关于霍尔果斯公路口岸实行货运车辆“预约通关”的公告）</a><span>2024-11-08</span></li>
<li><a href="http://www.customs.gov.cn/customs/302249/302266/302267/6127730/index.html">海关总署公告2024年第86号（关于综合保税区保税维修产品目录的公告）</a><span>2024-06-28</span></li>
</ul></div>
</div>
</div>
<div class="customs-footer"><div class="wrap">
<p><a href="https://urumqi.customs.gov.cn/urumqi_customs/wzdt/">网站地图</a> | <a href="https://urumqi.customs.gov.cn/urumqi_customs/lxwm/">联系我们</a> | <a href="https://urumqi.customs.gov.cn/urumqi_customs/bqsm/">版权声明</a></p>
<p>版权所有：中华人民共和国乌鲁木齐海关　地址：新疆乌鲁木齐市新市区长春中路588号　邮编：830011</p>
<p>网站标识码：bm28170003　<a href="https://beian.miit.gov.cn/" target="_blank">京ICP备17015317号</a>　<img src="./{WL_STEM}_files/gongan.png" alt="">新公网安备 65010502000221号</p>
</div></div>
</body></html>
"""
    write_files_dir(WL_STEM, {
        "customs.css": "body{margin:0;font-family:'Microsoft YaHei'}.wrap{width:1200px;margin:0 auto}.customs-nav{background:#10528c}.customs-nav li{display:inline-block}.customs-nav a{color:#fff;padding:0 30px;line-height:46px}.customs-footer{background:#0c3e6b;color:#cfdcea;text-align:center}\n",
        "article.css": ".easysite-news-title h2{text-align:center;font-size:24px}.easysite-news-describe{text-align:center;color:#888}.gg-title{text-align:center;font-size:20px;margin-top:30px}.gg-sep{border:0;border-top:1px dashed #aaa;margin:30px 0}.easysite-news-text p{font-size:16px;line-height:2}\n",
        "jquery-1.11.3.min.js": JQ, "share.js": SHARE_JS,
        "hgs_logo.png": png(48, 48, (180, 140, 30)), "wx.png": png(16, 16, (30, 180, 60)), "wb.png": png(16, 16, (220, 40, 40)), "gongan.png": png(12, 12, (200, 160, 40)),
    })
    return write_html(WL_STEM, html)


# ================================================================ (d) 钦州港片区 政策问答 (<dl>)
QZ_STEM = "blind204_qinzhou_wenda"
QZ_MEASURES = "中国（广西）自由贸易试验区钦州港片区支持西部陆海新通道集装箱物流高质量发展若干措施"
QZ_TITLE = "《%s》政策问答" % QZ_MEASURES
QZ_INTRO = "近日，中国（广西）自由贸易试验区钦州港片区管理委员会印发《%s》（钦港片管发〔2024〕21号，以下简称《若干措施》）。为便于企业和社会公众准确理解和用好政策，现就有关问题解答如下。" % QZ_MEASURES
# (question, [answer blocks]); a block is a str (a <p>) or ("ol"|"ul", [li...])
QZ_QA = [
    ("1.《若干措施》的适用对象是哪些企业？",
     ["答：在中国（广西）自由贸易试验区钦州港片区（含钦州保税港区、中马钦州产业园区启动区）依法注册登记、具有独立法人资格，从事集装箱航运、港口装卸、多式联运、冷链物流、货运代理等业务的企业。",
      "片区范围外的企业在片区内设立分支机构并在片区独立核算、依法纳税的，其分支机构可以按照《若干措施》申报。"]),
    ("2.《若干措施》什么时候开始执行？",
     ["答：《若干措施》自2024年11月1日起施行，有效期至2026年12月31日。2024年1月1日以后发生、符合条件的业务量可以一并申报。"]),
    ("3.新开集装箱班轮航线可以享受哪些支持？",
     ["答：对在钦州港新开通至共建“一带一路”国家和地区的外贸集装箱班轮航线，每周一班且连续稳定运营满6个月的，给予航线运营企业一次性奖励50万元；开通至东盟国家主要港口的直航航线，奖励标准提高至80万元。每条航线只奖励一次，单个企业年度奖励最高不超过200万元。"]),
    ("4.海铁联运集装箱的补贴标准是多少？",
     ["答：对经钦州港东站、钦州铁路集装箱中心站组织的西部陆海新通道海铁联运集装箱，按照20英尺箱每标准箱150元、40英尺箱每箱250元的标准给予平台企业补贴。",
      "其中，始发地为重庆、四川、贵州、云南等西部省份的班列集装箱，每标准箱再增加50元。"]),
    ("5.对冷链物流设施建设有什么支持？",
     ["答：对在钦州保税港区内新建或者改扩建冷库、且库容达到1万吨以上的企业，按照设施设备实际投资额的10%给予补助，单个项目最高不超过300万元。"]),
    ("6.中马钦州产业园区内的企业有没有特别支持？",
     ["答：有。中马钦州产业园区内的加工制造企业，使用钦州港集装箱航线进出口原材料和产成品的，在享受第3问、第4问所述支持的基础上，按照年度进出口集装箱量再给予每标准箱50元的物流费用补贴。"]),
    ("7.企业如何申报？",
     ["答：申报按以下步骤进行：",
      ("ol", ["每年1月、7月，企业登录“钦州港片区惠企政策服务平台”填报上半年度或者下半年度业务量并上传证明材料；",
              "片区管委会经济发展局会同钦州港海关、钦州港口集团对业务量进行核验；",
              "核验结果在片区门户网站公示5个工作日，公示无异议的，由片区财政局拨付资金。"])]),
    ("8.申报时需要提交哪些材料？",
     ["答：主要包括：",
      ("ul", ["申报表及承诺书；", "营业执照复印件；", "航线运营证明、集装箱运单或者铁路运输票据等业务量证明；", "冷库项目的竣工验收资料和投资凭证。"])]),
    ("9.同一业务能否同时享受多项政策？",
     ["答：同一业务符合《若干措施》多项条款或者同时符合片区其他政策的，按照“就高不重复”原则执行，企业可以自主选择其中一项申报。"]),
    ("10.政策咨询和受理部门是哪里？",
     ["答：钦州港片区管委会经济发展局，地址：钦州港片区综合服务中心3楼，咨询电话：0777-3880123。"]),
]


def qz_answer_text(blocks):
    lines = []
    for bl in blocks:
        if isinstance(bl, str):
            lines.append(bl)
        else:
            kind, lis = bl
            for i, li in enumerate(lis):
                lines.append(("%d." % (i + 1) if kind == "ol" else "") + li)
    return "\n".join(lines)


def qz_clauses():
    return [QZ_INTRO] + [q + "\n" + qz_answer_text(a) for q, a in QZ_QA]


def build_qinzhou():
    dl = []
    for i, (q, a) in enumerate(QZ_QA):
        dl.append('<dt><i class="icon-q"></i>%s</dt>' % q)
        inner = []
        for bl in a:
            if isinstance(bl, str):
                inner.append("<p>%s</p>" % bl)
            else:
                kind, lis = bl
                inner.append("<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % li for li in lis), kind))
        if len(inner) == 1 and i % 2 == 0:
            # some answers are bare text in the <dd>, no <p>
            dd = '<dd><i class="icon-a"></i>%s</dd>' % a[0]
        else:
            dd = '<dd><i class="icon-a"></i>%s</dd>' % "".join(inner)
        dl.append(dd)
    dl_html = "\n".join(dl)

    html = f"""<!DOCTYPE html>
<!-- saved from url=(0070)http://www.qzgpq.gov.cn/zcjd/zcwd/202411/t20241118_2290471.html -->
<html lang="zh"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">
<title>《中国（广西）自由贸易试验区钦州港片区支持西部陆海新通道集装箱物流高质量发展若干措施》政策问答 - 政策问答 - 中国（广西）自由贸易试验区钦州港片区</title>
<meta name="SiteName" content="中国（广西）自由贸易试验区钦州港片区">
<meta name="SiteDomain" content="www.qzgpq.gov.cn">
<meta name="ColumnName" content="政策问答">
<meta name="ColumnType" content="政策解读">
<meta name="ArticleTitle" content="《中国（广西）自由贸易试验区钦州港片区支持西部陆海新通道集装箱物流高质量发展若干措施》政策问答">
<meta name="PubDate" content="2024-11-18 10:30">
<meta name="ContentSource" content="钦州港片区管委会经济发展局">
<link rel="stylesheet" href="./{QZ_STEM}_files/base.css">
<link rel="stylesheet" href="./{QZ_STEM}_files/zcjd.css">
<script src="./{QZ_STEM}_files/jquery-3.5.1.min.js"></script>
<script src="./{QZ_STEM}_files/share.js"></script>
</head>
<body>
<header class="site-header">
 <div class="container">
  <a href="http://www.qzgpq.gov.cn/" class="site-logo"><img src="./{QZ_STEM}_files/logo.png" alt="中国（广西）自由贸易试验区钦州港片区"><span>中国（广西）自由贸易试验区钦州港片区</span></a>
  <div class="header-links"><a href="http://www.qzgpq.gov.cn/wza/">无障碍</a><a href="http://www.qzgpq.gov.cn/en/">EN</a><a href="http://www.qzgpq.gov.cn/search/">搜索</a></div>
 </div>
 <nav class="main-nav"><ul class="container">
  <li><a href="http://www.qzgpq.gov.cn/">首页</a></li>
  <li><a href="http://www.qzgpq.gov.cn/pqgk/">片区概况</a></li>
  <li><a href="http://www.qzgpq.gov.cn/xwzx/">新闻中心</a></li>
  <li><a href="http://www.qzgpq.gov.cn/zdcx/">制度创新</a></li>
  <li class="active"><a href="http://www.qzgpq.gov.cn/zcjd/">政策解读</a></li>
  <li><a href="http://www.qzgpq.gov.cn/tzcj/">投资促进</a></li>
  <li><a href="http://www.qzgpq.gov.cn/zwfw/">政务服务</a></li>
 </ul></nav>
</header>
<main class="container page-detail">
 <div class="breadcrumb"><span>您当前的位置：</span><a href="http://www.qzgpq.gov.cn/">首页</a><em>/</em><a href="http://www.qzgpq.gov.cn/zcjd/">政策解读</a><em>/</em><a href="http://www.qzgpq.gov.cn/zcjd/zcwd/">政策问答</a></div>
 <article class="detail">
  <h1 class="detail-title">《中国（广西）自由贸易试验区钦州港片区支持西部陆海新通道<br>集装箱物流高质量发展若干措施》政策问答</h1>
  <div class="detail-meta"><span>发布时间：2024-11-18 10:30</span><span>来源：钦州港片区管委会经济发展局</span><span>阅读量：<b id="readNum">967</b></span><span class="font-size">字号：<a href="javascript:doZoom(18)">A+</a><a href="javascript:doZoom(16)">A</a><a href="javascript:doZoom(14)">A-</a></span></div>
  <div class="detail-content" id="zoom">
   <p class="lead">{QZ_INTRO}</p>
   <dl class="qa-list">
{dl_html}
   </dl>
   <div class="yuanwen">原文链接：<a href="http://www.qzgpq.gov.cn/zwgk/zcwj/202411/t20241105_2287730.html" target="_blank">关于印发《{QZ_MEASURES}》的通知</a></div>
  </div>
  <div class="detail-tools">
   <div class="share-box">分享到：<a class="i-wx" href="javascript:shareTo('weixin')" title="微信"></a><a class="i-wb" href="javascript:shareTo('weibo')" title="微博"></a><a class="i-qq" href="javascript:shareTo('qzone')" title="QQ空间"></a></div>
   <div class="print-box"><a href="javascript:window.print()">[打印]</a><a href="javascript:window.close()">[关闭]</a></div>
  </div>
  <section class="related">
   <h3>相关阅读</h3>
   <ul>
    <li><a href="http://www.qzgpq.gov.cn/zcjd/tjjd/202411/t20241108_2288815.html">一图读懂｜钦州港片区支持集装箱物流高质量发展“十条措施”</a><time>2024-11-08</time></li>
    <li><a href="http://www.qzgpq.gov.cn/zcjd/zcwd/202409/t20240920_2271106.html">《钦州港片区促进跨境电子商务发展若干措施》政策问答</a><time>2024-09-20</time></li>
    <li><a href="http://www.qzgpq.gov.cn/xwzx/pqdt/202411/t20241112_2289410.html">钦州港片区召开集装箱物流扶持政策宣讲会</a><time>2024-11-12</time></li>
   </ul>
  </section>
 </article>
</main>
<footer class="site-footer">
 <div class="container">
  <p><a href="http://www.qzgpq.gov.cn/gywm/">关于我们</a> | <a href="http://www.qzgpq.gov.cn/wzdt/">网站地图</a> | <a href="http://www.qzgpq.gov.cn/lxwm/">联系我们</a></p>
  <p>主办：中国（广西）自由贸易试验区钦州港片区管理委员会　地址：广西钦州市钦州港片区滨海大道88号</p>
  <p>网站标识码：4507000031　<a href="https://beian.miit.gov.cn/" target="_blank">桂ICP备19002836号-1</a>　桂公网安备 45070202000318号</p>
 </div>
</footer>
<script>$(function(){{ $('.qa-list dt').on('click', function(){{ $(this).next('dd').toggle(); }}); }});</script>
</body></html>
"""
    write_files_dir(QZ_STEM, {
        "base.css": "body{margin:0;font-family:'PingFang SC','Microsoft YaHei'}.container{max-width:1200px;margin:0 auto}.main-nav{background:#0a6ebd}.main-nav li{display:inline-block}.main-nav a{color:#fff;padding:0 26px;line-height:50px}.site-footer{background:#083c66;color:#dde;text-align:center}\n",
        "zcjd.css": ".detail-title{text-align:center;font-size:24px;line-height:1.5}.detail-meta span{margin:0 10px;color:#999}.qa-list dt{font-weight:bold;margin-top:18px;color:#0a6ebd}.qa-list dd{margin:8px 0 0 0;line-height:2}.icon-q,.icon-a{display:inline-block;width:20px;height:20px;background:url(q.png) no-repeat}.icon-a{background-image:url(a.png)}\n",
        "jquery-3.5.1.min.js": JQ, "share.js": SHARE_JS,
        "logo.png": png(40, 40, (10, 110, 189)), "q.png": png(20, 20, (10, 110, 189)), "a.png": png(20, 20, (230, 120, 20)),
    })
    return write_html(QZ_STEM, html)


# ================================================================ expected.json
def expected():
    out = {}
    out[YN_STEM] = [{
        "meta": {
            "title": YN_TITLE, "doc_number": YN_NUM, "issuer": ["云南省人民政府"],
            "date": "2024-10-18", "published": "2024-10-25", "level": "provincial", "region": "云南省",
            "effective": "2024-12-01", "expires": None, "attachments": [], "doc_type": "政府规章（政府令）",
            "recipients": [], "publicity": None,
            "passed": "2024-09-27（云南省人民政府第48次常务会议）",
            "repeals": ["云南省边民互市管理规定（2012年6月1日起施行）"],
        },
        "clauses": yn_clauses(),
        "applies_to": {
            "default": "云南省（边境州（市）、县（市），陆路边境20公里以内）",
            "specific": {
                "第四条": "瑞丽（德宏州瑞丽市）、磨憨（西双版纳州勐腊县）、河口（红河州河口瑶族自治县）；中国（云南）自由贸易试验区德宏片区、红河片区",
                "第七条": "瑞丽市姐告、畹町；河口瑶族自治县河口；勐腊县磨憨；麻栗坡县天保；腾冲市猴桥；耿马傣族佤族自治县孟定清水河",
                "第十三条 第二款": "瑞丽、河口、磨憨口岸",
                "第十五条 第二款": "红河综合保税区（蒙自市）、瑞丽边境经济合作区、临沧边境经济合作区",
                "第十九条": "德宏傣族景颇族自治州、西双版纳傣族自治州、红河哈尼族彝族自治州",
                "第二十条": "磨憨口岸、瑞丽口岸",
            },
            "note": "南亚东南亚 (第一条) and 邻国 do not move a clause abroad. The 款 with the places (第十三条/第十五条 第二款) is narrower than its first 款: if 款 are merged into one clause, tagging the whole article with those places is fine.",
        },
        "_note": (
            "A 省政府规章 page (TRS CMS) on www.yn.gov.cn. Page furniture: topbar (date 2024年10月28日 = day the page was saved, not a document date), header/search, nav, breadcrumb 首页 > 政务公开 > 政策文件 > 省政府规章, "
            "信息公开 metadata table (索引号 / 主题分类 / 发布机构 云南省人民政府 / 成文日期 2024年10月18日 / 名称 云南省边民互市贸易管理办法 / 文号 云南省人民政府令第231号 / 发布日期 2024年10月25日 / 有效性 有效), "
            "page h1 “云南省人民政府令（第231号）” (the 令's heading — title = the 规章's name 云南省边民互市贸易管理办法; taking the h1 as title is medium), info line (发布时间 / 来源 / 字号 / 打印), "
            "相关解读 links, share/print/close, 相关文件 list (another 政府令第230号, an 意见, a 通知 — titles of OTHER documents, not attachments/clauses/title), footer (主办 / ICP / 公网安备). "
            "Body: red “云南省人民政府令” / “第231号” (文号 of the 令), the 令 text (one clause — the only operative sentence of the 令; dropping it is low), signature 省长　张国华 + 2024年10月18日 (落款 → date; furniture), "
            "the 规章 title, the 题注 （2024年10月18日…令第231号公布　自2024年12月1日起施行） (furniture; confirms date/effective), a 目录 listing the 7 chapters and the 2 节 (indented, not centred — furniture: it must NOT produce chapter/section headings, empty clauses, or shift the paths), "
            "第一章…第七章 centred headings, 第一节/第二节 inside 第三章 (path 第三章/第一节/第九条), 第一条…第二十四条. Article numbers are typed three ways in turn: <strong>第X条</strong> + full-width space; Word-pasted MsoNormal with number and text in two spans (the full-width space at the start of the second); <strong>第X条</strong> + two &nbsp;. "
            "Every 款 is a separate <p> (第二条, 第三条 ×3, 第十条, 第十三条, 第十五条): expected joins the 款 of an article with a newline into one clause; one clause per 款 labelled under its article (第X条 第二款) is equally good; a 款 glued to the NEXT article, or read as an article/item of its own without its article, is medium. "
            "第六条's items （一）…（四） are separate <p> → listed as separate clauses (merged into 第六条 equally good). "
            "Dates: 2024-09-27 = 常务会议 passed; date = 2024-10-18 (公布, 省长 signature, 成文日期); published = 2024-10-25 (page 发布日期); effective 2024-12-01; no expiry. 第二十四条 repeals 《云南省边民互市管理规定》 (2012-06-01 is that old rule's date, not this document's). "
            "No 主送, no 附件, no （此件公开发布）."
        ),
    }]
    out[QD_STEM] = [{
        "meta": {
            "title": QD_TITLE, "doc_number": QD_NUM, "issuer": ["青岛市商务局"],
            "date": "2025-03-06", "published": "2025-03-10", "level": "municipal", "region": "山东省青岛市",
            "effective": None, "expires": None, "attachments": [t for t, _, _ in QD_ATTS], "doc_type": "通知（申报通知）",
            "recipients": ["各区、市商务主管部门", "中国（山东）自由贸易试验区青岛片区管委", "中国—上海合作组织地方经贸合作示范区管委", "各有关企业"],
            "publicity": "此件主动公开",
        },
        "clauses": qd_clauses(),
        "applies_to": {
            "default": "山东省青岛市",
            "specific": {
                "一、（二）": "中国（山东）自由贸易试验区青岛片区、青岛前湾综合保税区 (the +2 points; the rest of the item is city-wide)",
                "一、（三）": "中国—上海合作组织地方经贸合作示范区（胶州市）",
                "一、（五）": "即墨综合保税区（即墨区）、青岛空港综合保税区（胶东国际机场，胶州市）",
                "三、（二）": "青岛片区、上合示范区 (their 管委 do the 初审)",
            },
            "note": "共建“一带一路”国家 (一、（一）（二）（四）) do not move a clause abroad; 上合 in “上合快线” is a train brand.",
        },
        "_note": (
            "A 市商务局 page encoded GBK (meta charset=gb2312) — must be decoded right. The body is ONE <div id=zoom> with NO <p>: paragraphs are separated by <br><br>, indents are &nbsp;×4. "
            "Inside the div: the 文号 青商发〔2025〕9号 typed as the first line after 40 &nbsp; (furniture → doc_number, not a clause), the 主送 line, the intro (clause), headings 一、…四、 in <font face=黑体> / <strong> / <b> (headings, not clauses; as heading clauses low), "
            "items （一）… each after <br><br> — EXCEPT under 二、申报条件 where the heading and its three items are separated by SINGLE <br> (still 3 separate items; gluing them into one clause or onto the heading is medium), "
            "the 联系人 line (furniture-ish; as a clause low), the 落款 青岛市商务局<br>2025年3月6日 pushed right by 56 &nbsp; (→ date; not a clause), （此件主动公开） (publicity). "
            "Under the body the 附件 are a table of download links (序号 | 附件N：title.ext | icon): attachments = the three titles without 附件N： and without .docx/.xlsx/.doc; the rows are not clauses. "
            "Page furniture: top links, banner image, menu, left column 政务公开 list, position bar, wz_title (= the title, one line), info line 发布日期：2025-03-10 / 信息来源 / 浏览次数 / 字体, share/print/close/顶部, 相关信息 list (3 other documents with dates — not attachments, not clauses), footer (address 市南区香港中路7号 is not a place of application). "
            "date = 2025-03-06 (落款); published = 2025-03-10 (page). Deadlines 2025-04-10 / 2025-04-25 and the project period 2024-01-01…2024-12-31 are not document dates; no effective/expires (a 申报通知 has none; effective = 2025-03-06 tolerable low). "
            "青财企〔2023〕15号 in the intro is the 管理办法's number, not this document's."
        ),
    }]
    wl_common = {"issuer": ["乌鲁木齐海关"], "level": "provincial", "region": "新疆维吾尔自治区", "attachments": [],
                 "doc_type": "公告", "recipients": [], "publicity": None}
    out[WL_STEM] = [
        {"meta": dict(title=WL1_TITLE, doc_number=WL1_NUM, date="2025-01-15", published="2025-01-15", effective="2025-01-15", expires=None, **wl_common),
         "clauses": [WL1_INTRO, WL1_ITEM1] + [wl_row(r) for r in WL1_ROWS] + WL1_ITEMS,
         "applies_to": {"default": "新疆维吾尔自治区（乌鲁木齐海关关区陆路口岸）",
                        "specific": {"row 霍尔果斯公路口岸": "伊犁哈萨克自治州霍尔果斯市", "row 都拉塔口岸": "察布查尔锡伯自治县",
                                     "row 巴克图口岸": "塔城地区塔城市", "row 吉木乃口岸": "阿勒泰地区吉木乃县", "row 伊尔克什坦口岸": "克孜勒苏柯尔克孜自治州乌恰县",
                                     "二、": "阿拉山口铁路口岸（阿拉山口市）、霍尔果斯铁路口岸（霍尔果斯市）"}}},
        {"meta": dict(title=WL2_TITLE, doc_number=WL2_NUM, date="2025-02-20", published="2025-02-20", effective="2025-03-01", expires=None, **wl_common),
         "clauses": [WL2_INTRO] + WL2_ITEMS,
         "applies_to": {"default": "阿拉山口综合保税区（博尔塔拉蒙古自治州阿拉山口市）", "specific": {}}},
        {"meta": dict(title=WL3_TITLE, doc_number=WL3_NUM, date="2025-03-21", published="2025-03-21", effective="2025-04-01", expires="2026-03-31",
                      **{**wl_common, "attachments": [WL3_ATT]}),
         "clauses": [WL3_INTRO] + WL3_ITEMS,
         "applies_to": {"default": "新疆维吾尔自治区（乌鲁木齐海关关区）",
                        "specific": {"一、": "乌鲁木齐国际陆港区、霍尔果斯铁路口岸、阿拉山口铁路口岸", "三、": "口岸海关 (霍尔果斯/阿拉山口)"}}},
    ]
    out[WL_STEM][0]["_note"] = (
        "ONE page, THREE documents. Page title h2 “乌鲁木齐海关2025年第1—3号公告” (and <title>/ArticleTitle) is the page's, not any 公告's: each 公告 has its own <h3> title, its own centred number line 乌鲁木齐海关公告2025年第N号, body, 特此公告。 (closing formula — furniture; as a clause low), 落款 乌鲁木齐海关 + its own date (right-aligned <p>); the three are separated by <hr>. "
        "Reading them as one document titled with the page title, or gluing 公告2's title/number onto 公告1's last clause, is high. "
        "公告1 has a table (口岸名称 | 所在地 | 闭关时间 | 恢复通关时间, 5 rows, <thead>) after item 一、's lead-in: each row is one clause written header：value；…; the 所在地 column names the place each row applies to. 闭关时间 (1月28日…) are dates of the closing, not of the document. "
        "公告1 has no 施行 sentence: effective = its date 2025-01-15 (null tolerable low). 公告2: effective 2025-03-01 (item 四、). 公告3: effective 2025-04-01, expires 2026-03-31 (item 四、); it has a linked 附件 (…作业流程.pdf → attachment title without .pdf) placed after 特此公告。 "
        "published: each 公告's own date; the page date 2025-03-24 (发布时间) for all three is tolerable low. level: 乌鲁木齐海关 is a 直属海关 — provincial (新疆); national tolerable low. "
        "Page furniture: top bar, header 中华人民共和国乌鲁木齐海关 / Urumqi Customs District P.R.China, search, nav, breadcrumb 首页 > 信息公开 > 通知公告, info line, share icons, 打印本页/关闭窗口, 相关公告 list (海关总署公告2024年第86号 etc. — other documents), footer with the customs address (乌鲁木齐市新市区 is not a place of application)."
    )
    out[QZ_STEM] = [{
        "meta": {
            "title": QZ_TITLE, "doc_number": None, "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会"],
            "date": "2024-11-18", "published": "2024-11-18", "level": "zone", "region": "广西壮族自治区钦州市（中国（广西）自由贸易试验区钦州港片区）",
            "effective": None, "expires": None, "attachments": [], "doc_type": "政策解读（政策问答）",
            "recipients": [], "publicity": None,
            "interprets": QZ_MEASURES + "（钦港片管发〔2024〕21号）",
        },
        "clauses": qz_clauses(),
        "applies_to": {
            "default": "中国（广西）自由贸易试验区钦州港片区（广西壮族自治区钦州市）",
            "specific": {
                "1.": "钦州港片区（含钦州保税港区、中马钦州产业园区启动区）",
                "3.": "钦州港",
                "4.": "钦州港东站、钦州铁路集装箱中心站; 重庆、四川、贵州、云南 are the origins of the trains, not places of application",
                "5.": "钦州保税港区",
                "6.": "中马钦州产业园区",
            },
            "note": "共建“一带一路”国家和地区 / 东盟国家 (3.) do not move a clause abroad; 重庆/四川/贵州/云南 (4.) are origins only.",
        },
        "_note": (
            "A 政策问答 page of the 片区 site. Title = the h1, typed with a <br> after 西部陆海新通道 (join with no space); <title> adds “ - 政策问答 - 中国（广西）自由贸易试验区钦州港片区”. "
            "No 文号 of its own: 钦港片管发〔2024〕21号 in the lead paragraph and the 原文链接 is the number of the interpreted 若干措施 — doc_number null (taking 钦港片管发〔2024〕21号 is medium). "
            "issuer: the 片区管委会 (来源 says 钦州港片区管委会经济发展局 — that is fine too). date/published = page date 2024-11-18. effective/expires null: 2024-11-01 / 2026-12-31 in answer 2 are the 若干措施's (taking them is low). "
            "Body: a lead paragraph (clause), then <dl class=qa-list> with 10 <dt> questions (numbered 1.…10., each preceded by an empty <i class=icon-q>) and <dd> answers beginning 答： (an empty <i class=icon-a> first). "
            "Answers 3, 5 and 9 are bare text in the <dd> (no <p>); the others are in <p> — 1 and 4 have two <p>, 7 a <p> lead-in + an <ol> (3 steps), 8 a <p> lead-in + a <ul> (4 materials). "
            "Expected: ONE clause per question+answer (question, newline, answer; <ol> items numbered 1./2./3. as the browser shows them, <ul> items unnumbered). A question as heading with its answer as a clause (path carrying the question) is equally good; "
            "losing the questions, gluing an answer onto the next question, or dropping the list items is medium. "
            "Page furniture: header/logo, nav, breadcrumb 首页 / 政策解读 / 政策问答, meta line (发布时间 / 来源 / 阅读量 / 字号), 原文链接 (a link to the 通知 — not an attachment, not a clause), share/print/close, 相关阅读 list (other pages), footer (address 滨海大道88号)."
        ),
    }]
    return out


def main():
    files = [build_yunnan(), build_qingdao(), build_wulumuqi(), build_qinzhou()]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
