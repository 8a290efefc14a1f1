# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, UP031, UP032, E731
"""Blind round 218: 政府信息公开 pages saved from provincial and city portals ("网页，全部").

Four HTML pages, each with its assets folder blind218_<short>_files/, written next to this script:
  blind218_hunan.html      湖南省人民政府门户网站, 省政府办公厅文件: 湘政办发〔2024〕21号 印发
      《中国（湖南）自由贸易试验区跨境贸易投资便利化实施办法》 — 规范性文件, 有效性：有效, 登记号
      HNPR—2024—01009, a 解读 link; saved by Chrome (UTF-8).
  blind218_xiamen.html     厦门市人民政府, 市政府文件: 厦府规〔2023〕6号 印发《厦门市加快跨境电子商务
      高质量发展若干措施》 — 有效性：已废止, 废止日期 2025-03-01 in the box, a red 本文件已于…废止 note
      above the text; saved by Internet Explorer (gb2312 kept, upper-case tags).
  blind218_guangxi.html    广西壮族自治区商务厅: 桂商规〔2023〕4号 (商务厅 + 财政厅) 印发《中国（广西）
      自由贸易试验区对外开放平台建设支持政策实施细则》 with a 支持事项及标准一览表 table — 有效性：已修订,
      a link to the 2025 revised version; body pasted from Word (MsoNormal spans, rowspan cell).
  blind218_qingdao.html    青岛市人民政府, 市政府办公厅文件: 青政办字〔2023〕6号 印发 上合示范区与青岛片区
      联动发展若干政策措施 — 有效性：失效 (有效期至2024年12月31日); the measures are one <p> of <br> lines.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind218.py   (standard library only)
"""
import json
import os
import shutil
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


# ================================================================ assets
def png_bytes(w, h, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


GIF_1x1 = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")


def write_assets(short, files):
    d = os.path.join(HERE, "blind218_%s_files" % short)
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    for name, content in files.items():
        p = os.path.join(d, name)
        if isinstance(content, tuple):          # png spec
            with open(p, "wb") as fh:
                fh.write(png_bytes(*content))
        elif isinstance(content, bytes):
            with open(p, "wb") as fh:
                fh.write(content)
        else:
            enc = "gbk" if short == "xiamen" and name.endswith(".js") else "utf-8"
            with open(p, "w", encoding=enc, newline="\n") as fh:
                fh.write(content)


JQ_STUB = "/*! jQuery v1.12.4 | (c) jQuery Foundation | jquery.org/license */\n!function(a,b){\"object\"==typeof module?module.exports=b(a):b(a)}(window,function(a){var c=function(s){return document.querySelectorAll(s)};a.jQuery=a.$=c;return c});\n"


def saved_from(url):
    return "<!-- saved from url=(%04d)%s -->" % (len(url), url)


# ================================================================ 1. 湖南 (有效)
H_URL = "https://www.hunan.gov.cn/hnszf/xxgk/wjk/szfbgt/202405/t20240515_33312876.html"
H_TITLE = "湖南省人民政府办公厅关于印发《中国（湖南）自由贸易试验区跨境贸易投资便利化实施办法》的通知"
H_NUM = "湘政办发〔2024〕21号"
H_ATT = "中国（湖南）自由贸易试验区跨境贸易投资便利化实施办法"
H_RECIP = "各市州、县市区人民政府，省政府各厅委、各直属机构："
H_NOTICE = "《中国（湖南）自由贸易试验区跨境贸易投资便利化实施办法》已经省人民政府同意，现印发给你们，请认真组织实施。"
H_ARTS = [
    ("第一条", "为贯彻落实《中国（湖南）自由贸易试验区总体方案》，推进跨境贸易投资高水平开放，服务共建“一带一路”和中非经贸深度合作，根据有关法律、行政法规，结合本省实际，制定本办法。", []),
    ("第二条", "本办法适用于中国（湖南）自由贸易试验区长沙片区、岳阳片区、郴州片区（以下统称各片区）内开展的跨境贸易、跨境投资及相关金融服务活动。", []),
    ("第三条", "省商务厅（省自贸办）负责统筹协调本办法的实施；长沙海关、国家外汇管理局湖南省分局、中国人民银行湖南省分行按照职责分工做好监管和服务工作；各片区管理机构负责具体落实。", []),
    ("第四条", "在长沙片区长沙黄花综合保税区内开展保税研发、检测维修业务的企业，可以按照“保税+”模式申请开展全球维修业务，维修产品目录实行动态调整。", []),
    ("第五条", "支持岳阳片区依托城陵矶港开通至东盟国家港口的江海直达航线。对新开通并连续运营满6个月的外贸集装箱航线，按每航次2万元给予补助，单条航线每年补助最高不超过100万元。", []),
    ("第六条", "支持郴州片区郴州综合保税区开展有色金属、稀贵金属保税混矿和分拨业务。混矿加工产品可以按照“先入区、后报关”方式办理进出区手续。", []),
    ("第七条", "在长沙片区临空区块设立的非洲非资源性产品集散交易中心，可以按照规定开展非洲咖啡、坚果、干辣椒等农产品的保税展示交易。", []),
    ("第八条", "符合条件的各片区企业办理经常项目外汇收支，可以凭交易电子信息或者支付指令直接在银行办理，无需事前逐笔提交单证。", []),
    ("第九条", "支持各片区内跨国企业集团开展跨境双向人民币资金池业务。境内外成员企业上年度营业收入合计不低于5亿元人民币的，可以按照规定申请开展。", []),
    ("第十条", "外商投资企业在各片区内以资本金开展境内再投资的，按照国家规定享受外汇资本金意愿结汇便利，被投资企业无需办理接收境内再投资登记。", []),
    ("第十一条", "对各片区新设立的外商投资企业，实缴外资金额达到下列标准的，由所在地市州人民政府给予一次性奖励：", [
        "（一）实缴外资金额1000万美元以上、不足5000万美元的，奖励100万元；",
        "（二）实缴外资金额5000万美元以上、不足1亿美元的，奖励300万元；",
        "（三）实缴外资金额1亿美元以上的，奖励500万元。",
    ]),
    ("第十二条", "支持湘潭综合保税区、衡阳综合保税区与各片区联动发展，区内企业开展保税维修、保税混矿业务的，参照本办法第四条、第六条执行。", []),
    ("第十三条", "长沙海关对各片区内企业推行“两步申报”“提前申报”，对进口铁矿、有色金属矿等大宗资源商品实行“先放后检”。", []),
    ("第十四条", "申请本办法第五条、第十一条规定的资金支持的，按照下列程序办理：", [
        "（一）企业于每年3月31日前向所在片区管理机构提交申请材料；",
        "（二）片区管理机构会同市州商务主管部门初审后报省商务厅；",
        "（三）省商务厅会同省财政厅复核，在省商务厅门户网站公示5个工作日后拨付资金。",
    ]),
    ("第十五条", "同一事项符合本省其他支持政策的，按照就高不重复原则执行。", []),
    ("第十六条", "各片区管理机构应当于每年1月15日前将上一年度本办法实施情况报送省商务厅（省自贸办）。", []),
    ("第十七条", "本办法由省商务厅负责解释。", []),
    ("第十八条", "本办法自2024年6月1日起施行，有效期5年。", []),
]


def hunan_page():
    arts = []
    for lab, txt, items in H_ARTS:
        arts.append('<p style="text-indent: 2em; text-align: justify;"><span style="font-family: 黑体;">%s</span>　%s</p>' % (lab, txt))
        for it in items:
            arts.append('<p style="text-indent: 2em; text-align: justify;">%s</p>' % it)
    arts = "\n".join(arts)
    t1, t2 = H_TITLE.split("跨境贸易投资便利化")
    h1 = t1 + "<br>跨境贸易投资便利化" + t2
    return """<!DOCTYPE html>
%(saved)s
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>%(title)s - 省政府办公厅文件 - 湖南省人民政府门户网站</title>
<meta name="SiteName" content="湖南省人民政府门户网站">
<meta name="SiteDomain" content="www.hunan.gov.cn">
<meta name="SiteIDCode" content="4300000063">
<meta name="ColumnName" content="省政府办公厅文件">
<meta name="ColumnType" content="政策文件">
<meta name="ArticleTitle" content="%(title)s">
<meta name="PubDate" content="2024-05-15 16:20">
<meta name="ContentSource" content="湖南省人民政府办公厅">
<meta name="Keywords" content="自由贸易试验区,跨境贸易,投资便利化,长沙片区,岳阳片区,郴州片区">
<meta name="Description" content="《中国（湖南）自由贸易试验区跨境贸易投资便利化实施办法》已经省人民政府同意，现印发给你们，请认真组织实施。">
<link rel="stylesheet" type="text/css" href="./blind218_hunan_files/common.css">
<link rel="stylesheet" type="text/css" href="./blind218_hunan_files/xxgk_detail.css">
<script type="text/javascript" src="./blind218_hunan_files/jquery.min.js"></script>
<script type="text/javascript" src="./blind218_hunan_files/share.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200">
  <span class="fl">欢迎访问湖南省人民政府门户网站！今天是2024年5月16日 星期四</span>
  <span class="fr"><a href="https://www.hunan.gov.cn/wza/">无障碍浏览</a> | <a href="javascript:;" id="zhlx_jt">长者模式</a> | <a href="javascript:;" id="fanti">繁體</a> | <a href="https://www.hunan.gov.cn/english/">English</a> | <a href="https://sso.hunan.gov.cn/login">登录</a></span>
</div></div>
<div class="header"><div class="w1200">
  <a href="https://www.hunan.gov.cn/" class="logo"><img src="./blind218_hunan_files/logo.png" alt="湖南省人民政府门户网站"></a>
  <div class="search"><form action="https://searching.hunan.gov.cn/hunan/search" method="get" target="_blank"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form>
  <p class="hot">热词：<a href="#">自贸试验区</a> <a href="#">营商环境</a> <a href="#">中非经贸</a> <a href="#">政策解读</a></p></div>
</div></div>
<div class="nav"><ul class="w1200">
  <li><a href="https://www.hunan.gov.cn/">首页</a></li>
  <li><a href="https://www.hunan.gov.cn/hnszf/hnyw/">要闻动态</a></li>
  <li class="on"><a href="https://www.hunan.gov.cn/hnszf/xxgk/">政务公开</a></li>
  <li><a href="https://zwfw-new.hunan.gov.cn/">政务服务</a></li>
  <li><a href="https://www.hunan.gov.cn/hnszf/hdjl/">互动交流</a></li>
  <li><a href="https://www.hunan.gov.cn/hnszf/zjhn/">走进湖南</a></li>
  <li><a href="https://www.hunan.gov.cn/hnszf/ztzl/">专题专栏</a></li>
</ul></div>
<div class="w1200 location">当前位置：<a href="https://www.hunan.gov.cn/">首页</a> &gt; <a href="https://www.hunan.gov.cn/hnszf/xxgk/">政务公开</a> &gt; <a href="https://www.hunan.gov.cn/hnszf/xxgk/wjk/">政策文件</a> &gt; <a href="https://www.hunan.gov.cn/hnszf/xxgk/wjk/szfbgt/">省政府办公厅文件</a></div>
<div class="w1200 main clearfix">
<div class="left-side">
  <h3>政策文件</h3>
  <ul>
    <li><a href="https://www.hunan.gov.cn/hnszf/xxgk/wjk/szfwj/">省政府文件</a></li>
    <li class="cur"><a href="https://www.hunan.gov.cn/hnszf/xxgk/wjk/szfbgt/">省政府办公厅文件</a></li>
    <li><a href="https://www.hunan.gov.cn/hnszf/xxgk/wjk/gfxwj/">规范性文件</a></li>
    <li><a href="https://www.hunan.gov.cn/hnszf/xxgk/jd/">政策解读</a></li>
    <li><a href="https://www.hunan.gov.cn/hnszf/xxgk/wjk/fzwj/">已废止文件</a></li>
  </ul>
</div>
<div class="right-main">
<div class="xxgk-table">
<table cellspacing="0" cellpadding="0" border="0" width="100%%">
  <tbody>
  <tr><td class="t1">索&nbsp;引&nbsp;号：</td><td class="t2">000014349/2024-00087</td><td class="t1">分　　类：</td><td class="t2">商贸、海关、旅游\\对外经贸合作；通知</td></tr>
  <tr><td class="t1">发布机构：</td><td class="t2">湖南省人民政府办公厅</td><td class="t1">成文日期：</td><td class="t2">2024年05月08日</td></tr>
  <tr><td class="t1">标　　题：</td><td class="t2" colspan="3">%(title)s</td></tr>
  <tr><td class="t1">发文字号：</td><td class="t2">%(num)s</td><td class="t1">发布日期：</td><td class="t2">2024年05月15日</td></tr>
  <tr><td class="t1">登&nbsp;记&nbsp;号：</td><td class="t2">HNPR—2024—01009</td><td class="t1">有&nbsp;效&nbsp;性：</td><td class="t2"><span class="yx">有效</span></td></tr>
  <tr><td class="t1">政策解读：</td><td class="t2" colspan="3"><a href="https://www.hunan.gov.cn/hnszf/xxgk/jd/wjjd/202405/t20240516_33313502.html" target="_blank">《中国（湖南）自由贸易试验区跨境贸易投资便利化实施办法》政策解读</a></td></tr>
  </tbody>
</table>
</div>
<div class="article">
  <h1 class="sp_title">%(h1)s</h1>
  <div class="sp_time">
    <span>发布时间：2024-05-15 16:20</span>
    <span>信息来源：湖南省人民政府办公厅</span>
    <span>【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
    <span>浏览次数：<span id="hits">3218</span></span>
  </div>
  <div class="sp_content" id="zoom">
<div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{margin-top:0;margin-bottom:0;line-height:2;font-family:仿宋;font-size:12pt;}.TRS_Editor DIV{margin-top:0;margin-bottom:0;line-height:2;font-family:仿宋;font-size:12pt;}
</style>
<p style="text-align: center;">%(num)s</p>
<p>&nbsp;</p>
<p style="text-align: justify;">%(recip)s</p>
<p style="text-indent: 2em; text-align: justify;">%(notice)s</p>
<p>&nbsp;</p>
<p style="text-align: right;">湖南省人民政府办公厅</p>
<p style="text-align: right;">2024年5月8日　　</p>
<p style="text-indent: 2em;">（此件主动公开）</p>
<p>&nbsp;</p>
<p style="text-align: center;"><strong>%(att)s</strong></p>
<p>&nbsp;</p>
%(arts)s
</div>
  </div>
  <div class="sp_jd">
    <p><img src="./blind218_hunan_files/icon_jd.png" alt="">相关解读：<a href="https://www.hunan.gov.cn/hnszf/xxgk/jd/wjjd/202405/t20240516_33313502.html" target="_blank">《中国（湖南）自由贸易试验区跨境贸易投资便利化实施办法》政策解读</a></p>
    <p><img src="./blind218_hunan_files/icon_tj.png" alt="">图解：<a href="https://www.hunan.gov.cn/hnszf/xxgk/jd/tjzc/202405/t20240517_33314088.html" target="_blank">一图读懂｜湖南自贸试验区跨境贸易投资便利化18条</a></p>
  </div>
  <div class="sp_tool clearfix">
    <div class="share fl">分享到：<a href="javascript:;" class="wx" title="分享到微信"><img src="./blind218_hunan_files/wx.png" alt="微信"></a><a href="javascript:shareWb();" class="wb" title="分享到新浪微博"><img src="./blind218_hunan_files/wb.png" alt="微博"></a><a href="javascript:shareQzone();" class="qz" title="分享到QQ空间"><img src="./blind218_hunan_files/qz.png" alt="QQ空间"></a></div>
    <div class="print fr"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
  </div>
  <div class="ewm"><img src="./blind218_hunan_files/ewm.png" alt=""><p>扫一扫在手机打开当前页</p></div>
  <div class="related">
    <h3>相关文件</h3>
    <ul>
      <li><a href="https://www.hunan.gov.cn/hnszf/xxgk/wjk/szfwj/202311/t20231120_32571102.html">湖南省人民政府关于推进中国（湖南）自由贸易试验区提升发展的若干意见</a><span>2023-11-20</span></li>
      <li><a href="https://www.hunan.gov.cn/hnszf/xxgk/wjk/szfbgt/202402/t20240226_32674815.html">湖南省人民政府办公厅关于印发《湖南省深化中非经贸合作三年行动计划（2024—2026年）》的通知</a><span>2024-02-26</span></li>
      <li><a href="https://www.hunan.gov.cn/hnszf/xxgk/wjk/szfbgt/202309/t20230915_32490166.html">湖南省人民政府办公厅关于促进综合保税区高质量发展的实施意见（湘政办发〔2023〕31号）</a><span>2023-09-15</span></li>
    </ul>
  </div>
</div>
</div>
</div>
<div class="footer"><div class="w1200">
  <div class="links">政府网站：<a href="https://www.gov.cn/">中国政府网</a> <a href="https://www.hunan.gov.cn/">省直部门</a> <a href="https://www.hunan.gov.cn/">市州政府</a></div>
  <div class="dzjg fl"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0A2C3F" target="_blank"><img src="./blind218_hunan_files/red.png" alt="党政机关"></a>
  <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=4300000063" target="_blank"><img src="./blind218_hunan_files/jiucuo.png" alt="政府网站找错"></a></div>
  <p>主办单位：湖南省人民政府办公厅　承办：湖南省人民政府电子政务中心</p>
  <p>网站标识码：4300000063　<a href="https://beian.miit.gov.cn/">湘ICP备05000767号</a>　<img src="./blind218_hunan_files/ga.png" alt="">湘公网安备 43010502000119号</p>
  <p>联系电话：0731-82212345　<a href="https://www.hunan.gov.cn/wzdt/">网站地图</a>　<a href="https://www.hunan.gov.cn/lxwm/">联系我们</a></p>
</div></div>
<script type="text/javascript">
function doZoom(size){ document.getElementById('zoom').style.fontSize = size + 'px'; }
var _hmt = _hmt || [];
(function(){ var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?5e29a7c0f2b4cb0c84e53e1f8a9d1d35"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
</script>
</body></html>
""" % dict(saved=saved_from(H_URL), title=H_TITLE, num=H_NUM, h1=h1, recip=H_RECIP, notice=H_NOTICE, att=H_ATT, arts=arts)


def hunan_assets():
    return {
        "common.css": "body{margin:0;font-family:\"Microsoft YaHei\";font-size:14px;color:#333}.w1200{width:1200px;margin:0 auto}.fl{float:left}.fr{float:right}.clearfix:after{content:'';display:block;clear:both}\n.topbar{background:#f2f2f2;height:32px;line-height:32px}.header{height:120px;background:url(head_bg.gif) no-repeat}.nav{background:#b81c22}.nav li{display:inline-block;padding:0 30px}.nav a{color:#fff;font-size:18px}\n.footer{background:#eee;padding:20px 0;text-align:center;color:#666}\n",
        "xxgk_detail.css": ".xxgk-table table{border:1px solid #d9d9d9;background:#f8f8f8}.xxgk-table td{padding:6px 10px;border:1px solid #e5e5e5}.xxgk-table .t1{width:90px;font-weight:bold}.yx{color:#0a8c2c}\n.sp_title{font-size:24px;color:#b81c22;text-align:center;line-height:40px}.sp_time{text-align:center;color:#888}.sp_time span{margin:0 8px}\n.sp_content{font-size:16px;line-height:2}.left-side{float:left;width:220px}.right-main{float:right;width:950px}\n",
        "jquery.min.js": JQ_STUB,
        "share.js": "function shareWb(){window.open('https://service.weibo.com/share/share.php?url='+encodeURIComponent(location.href)+'&title='+encodeURIComponent(document.title));}\nfunction shareQzone(){window.open('https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url='+encodeURIComponent(location.href));}\n",
        "head_bg.gif": GIF_1x1,
        "logo.png": (120, 40, (184, 28, 34)),
        "icon_jd.png": (16, 16, (184, 28, 34)),
        "icon_tj.png": (16, 16, (30, 110, 200)),
        "wx.png": (24, 24, (40, 180, 80)),
        "wb.png": (24, 24, (220, 60, 40)),
        "qz.png": (24, 24, (250, 190, 20)),
        "ewm.png": (100, 100, (20, 20, 20)),
        "red.png": (50, 60, (200, 0, 0)),
        "jiucuo.png": (110, 55, (200, 30, 30)),
        "ga.png": (18, 18, (230, 200, 120)),
    }


# ================================================================ 2. 厦门 (已废止)
X_URL = "https://www.xm.gov.cn/zwgk/flfg/sfwj/202307/t20230720_2781526.htm"
X_TITLE = "厦门市人民政府关于印发厦门市加快跨境电子商务高质量发展若干措施的通知"
X_NUM = "厦府规〔2023〕6号"
X_ATT = "厦门市加快跨境电子商务高质量发展若干措施"
X_RECIP = "各区人民政府，市直各委、办、局，各开发区管委会，各有关单位："
X_NOTICE = "现将《厦门市加快跨境电子商务高质量发展若干措施》印发给你们，请认真组织实施。"
X_INTRO = "为深入贯彻落实国家关于推进跨境电子商务综合试验区建设的部署要求，发挥中国（福建）自由贸易试验区厦门片区和“丝路海运”平台优势，推动我市跨境电子商务高质量发展，助力“一带一路”重要枢纽城市建设，结合我市实际，制定以下措施。"
# (lead, text, soft-break position or None)
X_ITEMS = [
    ("一、支持跨境电商主体集聚。", "对新引进的跨境电商企业，年度跨境电商进出口额首次达到1亿元、5亿元、10亿元的，分别给予一次性奖励50万元、150万元、300万元。"),
    ("二、支持跨境电商产业园区建设。", "对经认定的市级跨境电商产业园区，按园区运营主体当年新增入驻跨境电商企业数量，每家给予5万元奖励，每个园区每年最高不超过200万元。位于集美区、同安区、翔安区的园区，奖励资金由市、区两级财政各承担50%。"),
    ("三、支持综合保税区跨境电商业务。", "对在象屿综合保税区、海沧港综合保税区开展跨境电商网购保税进口（“1210”）业务的企业，年度业务单量超过100万单的，按每单0.5元给予补助，单个企业每年最高不超过300万元。"),
    ("四、支持海外仓建设。", "支持厦门片区内企业在共建“一带一路”国家和地区新建或租用海外仓。海外仓面积达到3000平方米以上的，按实际投资额或年租金的20%给予补助，单个海外仓最高不超过100万元。"),
    ("五、支持跨境电商物流通道建设。", "对从厦门高崎国际机场出境的跨境电商全货机包机，按每架次3万元给予补助；对经海沧港区开行的跨境电商海运快船专线，按每航次1万元给予补助。"),
    ("六、支持中欧（厦门）班列运输跨境电商货物。", "对通过中欧（厦门）班列运输跨境电商出口货物的企业，按每标准箱1000元给予补助，单个企业每年最高不超过100万元。"),
    ("七、支持跨境电商品牌建设。", "对本市企业在境外主流电商平台注册并年销售额超过1000万元的自主品牌，每个品牌给予一次性奖励20万元，单个企业最高不超过60万元。"),
    ("八、支持跨境电商人才培养。", "对在我市高校、职业院校设立跨境电商专业或者开展跨境电商实训的机构，经市商务局认定后，按实际培训人数每人500元给予补助。"),
    ("九、优化跨境电商通关服务。", "厦门海关在象屿综合保税区、海沧港综合保税区和高崎机场跨境电商监管中心推行跨境电商出口“7×24小时”预约通关，对跨境电商退货商品实行“批量退货、分批入区”。"),
    ("十、加强跨境电商金融支持。", "鼓励银行机构为跨境电商企业提供出口信用保险保单融资，市财政按企业实际支付融资利息的30%给予贴息，单个企业每年最高不超过50万元。"),
    ("十一、", "本措施所需资金由市级财政和各区财政按现行财政体制分担。同一企业同一事项符合本市其他同类政策的，按照就高不重复原则执行。"),
    ("十二、", "本措施由市商务局负责解释，自2023年8月1日起施行，有效期3年。"),
]
X_ITEM3_P2 = "本条所称年度业务单量，以厦门海关跨境电商统一版信息化系统统计数据为准。"
X_REPEAL_BASIS = "《厦门市人民政府关于废止和修改部分市政府规范性文件的决定》（厦府规〔2025〕2号）"


def xiamen_page():
    items = []
    for i, (lead, txt) in enumerate(X_ITEMS):
        if lead.endswith("。"):
            body = "<STRONG>%s</STRONG>%s" % (lead, txt)
        else:
            body = lead + txt
        if i == 4:   # soft break in the middle of 全货机|包机 (pasted from a PDF)
            body = body.replace("全货机包机", "全货机<BR>包机")
        items.append("<P>　　%s</P>" % body)
        if i == 2:
            items.append("<P>　　%s</P>" % X_ITEM3_P2)
    items = "\n".join(items)
    t1, t2 = X_TITLE.split("高质量发展")
    h = t1 + "<BR>高质量发展" + t2
    html = """%(saved)s
<!DOCTYPE HTML PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<HTML xmlns="http://www.w3.org/1999/xhtml"><HEAD><TITLE>%(title)s_市政府文件_厦门市人民政府</TITLE>
<META content="text/html; charset=gb2312" http-equiv=Content-Type>
<META name=SiteName content=厦门市人民政府>
<META name=SiteDomain content=www.xm.gov.cn>
<META name=SiteIDCode content=3502000001>
<META name=ColumnName content=市政府文件>
<META name=ArticleTitle content=%(title)s>
<META name=PubDate content="2023-07-20 17:05">
<META name=ContentSource content=厦门市人民政府办公厅>
<LINK rel=stylesheet type=text/css href="blind218_xiamen_files/style.css">
<LINK rel=stylesheet type=text/css href="blind218_xiamen_files/xxgk.css">
<SCRIPT type=text/javascript src="blind218_xiamen_files/jquery-1.8.3.min.js"></SCRIPT>
<SCRIPT type=text/javascript src="blind218_xiamen_files/common.js"></SCRIPT>
<META name=GENERATOR content="MSHTML 11.00.10570.1001"></HEAD>
<BODY>
<DIV class=top>
<DIV class=w1100><SPAN class=date>2025年04月08日 星期二</SPAN>
<DIV class=top_r><A href="https://www.xm.gov.cn/wza/">无障碍</A> | <A href="javascript:void(0)" id=jft>繁体版</A> | <A href="https://www.xm.gov.cn/english/">English</A> | <A href="https://www.xm.gov.cn/zwgk/">手机版</A></DIV></DIV></DIV>
<DIV class=head>
<DIV class=w1100><A class=logo href="https://www.xm.gov.cn/"><IMG alt=厦门市人民政府 src="blind218_xiamen_files/logo.png"></A>
<DIV class=search><INPUT id=searchword value=请输入关键词 name=searchword> <A class=sbtn href="javascript:void(0)">搜索</A></DIV></DIV></DIV>
<DIV class=nav>
<UL class=w1100>
<LI><A href="https://www.xm.gov.cn/">首 页</A></LI>
<LI class=on><A href="https://www.xm.gov.cn/zwgk/">政务公开</A></LI>
<LI><A href="https://www.xm.gov.cn/zwfw/">政务服务</A></LI>
<LI><A href="https://www.xm.gov.cn/hdjl/">互动交流</A></LI>
<LI><A href="https://www.xm.gov.cn/sjkf/">数据开放</A></LI>
<LI><A href="https://www.xm.gov.cn/mlxm/">魅力厦门</A></LI></UL></DIV>
<DIV class="w1100 position">您当前的位置：<A href="https://www.xm.gov.cn/">首页</A> &gt; <A href="https://www.xm.gov.cn/zwgk/">政务公开</A> &gt; <A href="https://www.xm.gov.cn/zwgk/zfxxgk/">政府信息公开</A> &gt; <A href="https://www.xm.gov.cn/zwgk/flfg/">法定主动公开内容</A> &gt; <A href="https://www.xm.gov.cn/zwgk/flfg/sfwj/">市政府文件</A></DIV>
<DIV class="w1100 content">
<DIV class=xxgk_info>
<UL>
<LI class=li_l><SPAN>索 引 号：</SPAN>XM00100-0200-2023-00126</LI>
<LI class=li_r><SPAN>主题分类：</SPAN>商贸、海关、旅游/对外经贸合作</LI>
<LI class=li_l><SPAN>发布机构：</SPAN>厦门市人民政府</LI>
<LI class=li_r><SPAN>生成日期：</SPAN>2023-07-14</LI>
<LI class=li_all><SPAN>标　　题：</SPAN>%(title)s</LI>
<LI class=li_l><SPAN>文　　号：</SPAN>%(num)s</LI>
<LI class=li_r><SPAN>发布日期：</SPAN>2023-07-20</LI>
<LI class=li_l><SPAN>有 效 性：</SPAN><FONT color=#999999>已废止</FONT></LI>
<LI class=li_r><SPAN>废止日期：</SPAN>2025-03-01</LI></UL></DIV>
<DIV class=article>
<H2 class=tit>%(h)s</H2>
<DIV class=info><SPAN>发布时间：2023-07-20 17:05</SPAN><SPAN>来源：厦门市人民政府办公厅</SPAN><SPAN>字号：<A href="javascript:setFont(18)">大</A> <A href="javascript:setFont(16)">中</A> <A href="javascript:setFont(14)">小</A></SPAN><SPAN><A href="javascript:window.print()">打印</A></SPAN></DIV>
<P style="TEXT-ALIGN: center; COLOR: red"><STRONG>本文件已于2025年3月1日废止。</STRONG></P>
<P style="TEXT-ALIGN: center; COLOR: red">（依据%(basis)s）</P>
<DIV id=Zoom class=TRS_UEDITOR>
<P style="TEXT-ALIGN: center">%(num)s</P>
<P>%(recip)s</P>
<P>　　%(notice)s</P>
<P>&nbsp;</P>
<P style="TEXT-ALIGN: right">厦门市人民政府　　　　</P>
<P style="TEXT-ALIGN: right">2023年7月14日　　　　</P>
<P>　　（此件主动公开）</P>
<P>&nbsp;</P>
<P style="TEXT-ALIGN: center"><STRONG>%(att)s</STRONG></P>
<P>&nbsp;</P>
<P>　　%(intro)s</P>
%(items)s
</DIV>
<DIV class=tool><SPAN class=fx>分享到：<A class=bds_weixin title=分享到微信 href="javascript:void(0)">微信</A> <A class=bds_tsina title=分享到新浪微博 href="javascript:void(0)">微博</A></SPAN> <SPAN class=dy><A href="javascript:window.print()">【打印】</A> <A href="javascript:window.close()">【关闭】</A></SPAN></DIV>
<DIV class=xgwj>
<H3>相关链接</H3>
<UL>
<LI><A href="https://www.xm.gov.cn/zwgk/flfg/sfwj/202502/t20250214_2890217.htm">厦门市人民政府关于废止和修改部分市政府规范性文件的决定</A> <SPAN>2025-02-14</SPAN></LI>
<LI><A href="https://www.xm.gov.cn/zwgk/flfg/sfwj/202503/t20250305_2893311.htm">厦门市人民政府关于印发厦门市促进跨境电子商务高质量发展若干措施的通知（厦府规〔2025〕4号）</A> <SPAN>2025-03-05</SPAN></LI>
<LI><A href="https://www.xm.gov.cn/zcjd/202307/t20230721_2781694.htm">【解读】《厦门市加快跨境电子商务高质量发展若干措施》政策解读</A> <SPAN>2023-07-21</SPAN></LI></UL></DIV></DIV></DIV>
<DIV class=foot>
<DIV class=w1100>
<P><A href="https://www.xm.gov.cn/gywm/">关于我们</A> | <A href="https://www.xm.gov.cn/wzdt/">网站地图</A> | <A href="https://www.xm.gov.cn/lxwm/">联系我们</A></P>
<P>主办：厦门市人民政府办公厅　承办：厦门市大数据中心　网站标识码：3502000001</P>
<P>闽ICP备05023654号　<IMG src="blind218_xiamen_files/ga.png">闽公网安备 35020302000110号</P>
<P><A href="https://bszs.conac.cn/" target=_blank><IMG alt=党政机关 src="blind218_xiamen_files/dzjg.png"></A> <A href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3502000001" target=_blank><IMG alt=政府网站找错 src="blind218_xiamen_files/jiucuo.png"></A></P></DIV></DIV>
<SCRIPT type=text/javascript>
function setFont(s){document.getElementById("Zoom").style.fontSize=s+"px";}
</SCRIPT>
</BODY></HTML>
""" % dict(saved=saved_from(X_URL), title=X_TITLE, num=X_NUM, h=h, recip=X_RECIP, notice=X_NOTICE, att=X_ATT,
           intro=X_INTRO, items=items, basis=X_REPEAL_BASIS)
    return html.replace("\n", "\r\n")


def xiamen_assets():
    return {
        "style.css": "BODY{FONT:12px/1.5 宋体;MARGIN:0}.w1100{WIDTH:1100px;MARGIN:0 auto}.top{HEIGHT:30px;BACKGROUND:#f5f5f5}.nav{BACKGROUND:#1f5fa8}.nav LI{FLOAT:left;LIST-STYLE:none;PADDING:0 40px}.nav A{COLOR:#fff;FONT-SIZE:16px}.foot{BACKGROUND:#1f5fa8;COLOR:#fff;TEXT-ALIGN:center}\n",
        "xxgk.css": ".xxgk_info{BORDER:1px solid #cfdceb;BACKGROUND:#f3f8fd;PADDING:10px}.xxgk_info LI{FLOAT:left;WIDTH:48%;LIST-STYLE:none;LINE-HEIGHT:28px}.xxgk_info .li_all{WIDTH:100%}.tit{FONT-SIZE:22px;COLOR:#1f5fa8;TEXT-ALIGN:center}.info{TEXT-ALIGN:center;COLOR:#999}\n",
        "jquery-1.8.3.min.js": JQ_STUB,
        "common.js": "/* 厦门市人民政府 公共脚本 */\nfunction jft(){return false;}\n",
        "logo.png": (300, 60, (31, 95, 168)),
        "ga.png": (18, 18, (230, 200, 120)),
        "dzjg.png": (50, 60, (200, 0, 0)),
        "jiucuo.png": (110, 55, (200, 30, 30)),
    }


# ================================================================ 3. 广西 (已修订)
G_URL = "http://swt.gxzf.gov.cn/zfxxgk/fdzdgknr/zcwj/gfxwj/t17182236.shtml"
G_TITLE = "广西壮族自治区商务厅　广西壮族自治区财政厅关于印发《中国（广西）自由贸易试验区对外开放平台建设支持政策实施细则》的通知"
G_NUM = "桂商规〔2023〕4号"
G_ATT1 = "中国（广西）自由贸易试验区对外开放平台建设支持政策实施细则"
G_ATT2 = "中国（广西）自由贸易试验区对外开放平台建设支持事项及标准一览表"
G_RECIP = "各设区市商务局、财政局，中国（广西）自由贸易试验区南宁片区、钦州港片区、崇左片区管委会："
G_NOTICE = "为贯彻落实《中国（广西）自由贸易试验区总体方案》和自治区党委、自治区人民政府关于加快自贸试验区高质量发展的部署，进一步加大对外开放平台建设支持力度，自治区商务厅、财政厅制定了《中国（广西）自由贸易试验区对外开放平台建设支持政策实施细则》，现印发给你们，请结合实际认真贯彻执行。"
G_REV_TITLE = "广西壮族自治区商务厅　广西壮族自治区财政厅关于印发《中国（广西）自由贸易试验区对外开放平台建设支持政策实施细则（2025年修订）》的通知"
G_REV_NUM = "桂商规〔2025〕2号"
G_ARTS = [
    ("第一条", "为加快中国（广西）自由贸易试验区（以下简称广西自贸试验区）对外开放平台建设，服务构建面向东盟的国际大通道和共建“一带一路”，根据《中国（广西）自由贸易试验区总体方案》等有关规定，制定本细则。", []),
    ("第二条", "本细则适用于广西自贸试验区南宁片区、钦州港片区、崇左片区内依法登记注册、具有独立法人资格的企业和对外开放平台运营主体。", []),
    ("第三条", "自治区商务厅负责政策统筹、项目审核和绩效评价；自治区财政厅负责资金预算安排和监督管理；各片区管委会负责项目申报组织和初审。", []),
    ("第四条", "支持事项、适用范围和支持标准按照附件2执行。同一项目同一年度已获得自治区其他财政资金支持的，不再重复支持。", []),
    ("第五条", "申报企业应当符合下列条件：", [
        "（一）在片区内依法登记注册并实际经营满1年；",
        "（二）近3年内未发生重大安全生产、环境污染和海关失信等违法违规行为；",
        "（三）按时足额缴纳税款，纳税信用等级为B级以上。",
    ]),
    ("第六条", "南宁片区内的南宁综合保税区、钦州港片区内的钦州综合保税区开展保税维修、保税研发业务的，按照附件2第4项标准申报。", []),
    ("第七条", "崇左片区凭祥综合保税区与凭祥边境经济合作区联动开展边民互市商品落地加工的，加工企业按照附件2第2项标准申报。", []),
    ("第八条", "东兴国家重点开发开放试验区、凭祥国家重点开发开放试验区内企业开展与片区联动业务的，可以参照本细则申报，所需资金由所在设区市承担。", []),
    ("第九条", "资金申报每年集中开展一次，由自治区商务厅于每年4月发布申报通知。", []),
    ("第十条", "各片区管委会应当在收到申报材料后15个工作日内完成初审，并将初审结果报送自治区商务厅。", []),
    ("第十一条", "对弄虚作假骗取、套取资金的，收回已拨付资金，5年内取消申报资格，并依法依规追究责任。", []),
    ("第十二条", "自治区商务厅会同自治区财政厅对资金使用情况开展绩效评价，评价结果作为以后年度资金安排的重要依据。", []),
    ("第十三条", "本细则由自治区商务厅、财政厅负责解释。", []),
    ("第十四条", "本细则自2023年11月1日起施行，有效期至2025年10月31日。", []),
]
G_HEAD = ["序号", "支持事项", "适用范围", "支持标准", "牵头单位"]
G_ROWS = [
    ["1", "跨境电商产业园区建设", "南宁片区（中国—东盟跨境电商产业园）", "按园区当年新增入驻跨境电商企业每家3万元给予运营主体奖励，每年最高150万元", "南宁市商务局"],
    ["2", "边民互市商品落地加工", "崇左片区（凭祥综合保税区、凭祥边境经济合作区）", "按加工企业年度使用互市进口商品金额的1%给予奖励，单个企业每年最高200万元", "崇左市商务局"],
    ["3", "东盟集装箱班轮航线", "钦州港片区（钦州港区）", "新开通并连续运营满6个月的东盟航线，按每航次1.5万元给予补助，单条航线每年最高80万元", "钦州市商务局"],
    ["4", "保税维修和保税研发", "南宁综合保税区、钦州综合保税区", "按项目设备投资额的10%给予补助，单个项目最高300万元", "南宁市商务局、钦州市商务局"],
    ["5", "保税物流分拨中心", "南宁综合保税区、钦州综合保税区", "年度分拨货值超过10亿元的，给予运营主体一次性奖励100万元", "南宁市商务局、钦州市商务局"],
    ["6", "中国—东盟商品交易中心", "南宁片区", "按交易中心年度交易额的0.5‰给予运营主体奖励，每年最高200万元", "南宁市商务局"],
    ["7", "海外仓建设", "南宁片区、钦州港片区、崇左片区", "在东盟国家新建或租用海外仓面积2000平方米以上的，按实际投资额或年租金的15%给予补助，单个海外仓最高100万元", "各片区管委会"],
    ["8", "西部陆海新通道海铁联运班列", "钦州港片区（钦州铁路集装箱中心站）", "对组织开行至钦州港东站海铁联运班列的平台企业，按每标准箱300元给予补助", "钦州市商务局"],
]


def _mso_digits(s):
    """Word's HTML puts ASCII runs into their own lang=EN-US spans."""
    out, buf = [], ""
    for ch in s:
        if ch.isascii() and ch not in "<>&":
            buf += ch
        else:
            if buf:
                out.append("<span lang=EN-US style='font-family:\"Times New Roman\"'>%s</span>" % buf)
                buf = ""
            out.append(ch)
    if buf:
        out.append("<span lang=EN-US style='font-family:\"Times New Roman\"'>%s</span>" % buf)
    return "".join(out)


def _mso_p(text, indent=True, align=None, font="仿宋_GB2312"):
    st = "text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly" if indent else "line-height:28.0pt;mso-line-height-rule:exactly"
    al = " align=%s" % align if align else ""
    if align:
        st = "text-align:%s;" % align + st
    return "<p class=MsoNormal%s style='%s'><span style='font-size:16.0pt;font-family:%s'>%s<o:p></o:p></span></p>" % (al, st, font, _mso_digits(text))


def guangxi_page():
    body = []
    body.append(_mso_p(G_NUM, indent=False, align="center"))
    body.append("<p class=MsoNormal><span lang=EN-US style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>")
    body.append(_mso_p(G_RECIP, indent=False))
    body.append(_mso_p(G_NOTICE))
    body.append("<p class=MsoNormal><span lang=EN-US style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>")
    body.append("<p class=MsoNormal style='margin-left:80.0pt;text-indent:-48.0pt;line-height:28.0pt'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>附件：<span lang=EN-US>1</span>．%s<o:p></o:p></span></p>" % G_ATT1)
    body.append("<p class=MsoNormal style='margin-left:80.0pt;text-indent:-16.0pt;line-height:28.0pt'><span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'>2</span><span style='font-size:16.0pt;font-family:仿宋_GB2312'>．%s<o:p></o:p></span></p>" % G_ATT2)
    body.append("<p class=MsoNormal><span lang=EN-US style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>")
    body.append("<p class=MsoNormal align=right style='text-align:right;line-height:28.0pt'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>广西壮族自治区商务厅<span lang=EN-US>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>广西壮族自治区财政厅<o:p></o:p></span></p>")
    body.append("<p class=MsoNormal align=right style='text-align:right;margin-right:64.0pt;line-height:28.0pt'><span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'>2023</span><span style='font-size:16.0pt;font-family:仿宋_GB2312'>年<span lang=EN-US>9</span>月<span lang=EN-US>26</span>日<o:p></o:p></span></p>")
    body.append("<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>（此件公开发布）<o:p></o:p></span></p>")
    body.append("<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'><br clear=all style='page-break-before:always'></span>")
    body.append("<p class=MsoNormal><span style='font-size:16.0pt;font-family:黑体'>附件<span lang=EN-US>1</span><o:p></o:p></span></p>")
    body.append("<p class=MsoNormal><span lang=EN-US style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>")
    t1, t2 = G_ATT1.split("对外开放平台")
    body.append("<p class=MsoNormal align=center style='text-align:center;line-height:30.0pt'><span style='font-size:22.0pt;font-family:方正小标宋简体'>%s<span lang=EN-US><br></span>对外开放平台%s<o:p></o:p></span></p>" % (t1, t2))
    body.append("<p class=MsoNormal><span lang=EN-US style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>")
    for lab, txt, items in G_ARTS:
        body.append("<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly'><b><span style='font-size:16.0pt;font-family:黑体'>%s</span></b><span style='font-size:16.0pt;font-family:仿宋_GB2312'>　%s<o:p></o:p></span></p>" % (lab, _mso_digits(txt)))
        for it in items:
            body.append(_mso_p(it))
    body.append("<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'><br clear=all style='page-break-before:always;mso-break-type:section-break'></span>")
    body.append("<div class=WordSection2>")
    body.append("<p class=MsoNormal><span style='font-size:16.0pt;font-family:黑体'>附件<span lang=EN-US>2</span><o:p></o:p></span></p>")
    body.append("<p class=MsoNormal align=center style='text-align:center'><span style='font-size:20.0pt;font-family:方正小标宋简体'>%s<o:p></o:p></span></p>" % G_ATT2)
    rows = []
    widths = [40, 120, 160, 300, 110]
    hdr = "".join("<td width=%d style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:12.0pt;font-family:黑体'>%s</span></b></p></td>" % (w, h) for w, h in zip(widths, G_HEAD))
    rows.append("<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes;page-break-inside:avoid;height:28.0pt'>%s</tr>" % hdr)
    for i, r in enumerate(G_ROWS):
        cells = []
        for j, (w, v) in enumerate(zip(widths, r)):
            if j == 4 and r[0] == "5":      # merged into row 4's cell
                continue
            rs = " rowspan=2" if (j == 4 and r[0] == "4") else ""
            al = "center" if j in (0, 4) else "left"
            cells.append("<td width=%d%s valign=top style='border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt'><p class=MsoNormal align=%s style='text-align:%s;line-height:18.0pt'><span style='font-size:12.0pt;font-family:仿宋_GB2312'>%s<o:p></o:p></span></p></td>" % (w, rs, al, al, _mso_digits(v)))
        rows.append("<tr style='mso-yfti-irow:%d;page-break-inside:avoid'>%s</tr>" % (i + 1, "".join(cells)))
    body.append("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=730 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>\n%s\n</table>" % "\n".join(rows))
    body.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>")
    body.append("</div>")
    body = "\n".join(body)
    return """<!DOCTYPE html>
%(saved)s
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>%(title)s</title>
<meta name="SiteName" content="广西壮族自治区商务厅">
<meta name="SiteDomain" content="swt.gxzf.gov.cn">
<meta name="SiteIDCode" content="4500000021">
<meta name="ColumnName" content="规范性文件">
<meta name="ArticleTitle" content="%(title)s">
<meta name="PubDate" content="2023-10-09 11:42">
<meta name="ContentSource" content="广西壮族自治区商务厅">
<link href="./blind218_guangxi_files/base.css" rel="stylesheet" type="text/css">
<link href="./blind218_guangxi_files/article.css" rel="stylesheet" type="text/css">
<script src="./blind218_guangxi_files/jquery-3.5.1.min.js"></script>
<script src="./blind218_guangxi_files/gxzf_common.js"></script>
</head>
<body>
<div class="gx-topbar"><div class="container">
  <div class="gx-topbar-l"><a href="http://www.gxzf.gov.cn/" target="_blank">广西壮族自治区人民政府门户网站</a></div>
  <div class="gx-topbar-r"><a href="javascript:;" class="wza">无障碍</a><a href="javascript:;" class="zh_click">繁体</a><a href="http://swt.gxzf.gov.cn/wap/">手机版</a><a href="https://zhrz.gxzf.gov.cn/">用户登录</a></div>
</div></div>
<div class="gx-header"><div class="container">
  <a class="gx-logo" href="http://swt.gxzf.gov.cn/"><img src="./blind218_guangxi_files/logo_swt.png" alt="广西壮族自治区商务厅"></a>
  <div class="gx-search"><input type="text" placeholder="请输入搜索内容" id="searchKey"><button>搜 索</button></div>
</div></div>
<div class="gx-nav"><div class="container"><ul>
  <li><a href="http://swt.gxzf.gov.cn/">首页</a></li>
  <li><a href="http://swt.gxzf.gov.cn/xwzx/">新闻中心</a></li>
  <li class="active"><a href="http://swt.gxzf.gov.cn/zfxxgk/">政府信息公开</a></li>
  <li><a href="http://swt.gxzf.gov.cn/zwfw/">政务服务</a></li>
  <li><a href="http://swt.gxzf.gov.cn/hdjl/">互动交流</a></li>
  <li><a href="http://swt.gxzf.gov.cn/ztzl/">专题专栏</a></li>
</ul></div></div>
<div class="container">
<div class="gx-crumb"><span>您的位置：</span><a href="http://swt.gxzf.gov.cn/">首页</a> &gt; <a href="http://swt.gxzf.gov.cn/zfxxgk/">政府信息公开</a> &gt; <a href="http://swt.gxzf.gov.cn/zfxxgk/fdzdgknr/">法定主动公开内容</a> &gt; <a href="http://swt.gxzf.gov.cn/zfxxgk/fdzdgknr/zcwj/">政策文件</a> &gt; <a href="http://swt.gxzf.gov.cn/zfxxgk/fdzdgknr/zcwj/gfxwj/">规范性文件</a></div>
<div class="people-desc">
  <dl><dt>文　　号：</dt><dd>%(num)s</dd></dl>
  <dl><dt>发布机构：</dt><dd>广西壮族自治区商务厅　广西壮族自治区财政厅</dd></dl>
  <dl><dt>成文日期：</dt><dd>2023-09-26</dd></dl>
  <dl><dt>发布日期：</dt><dd>2023年10月09日</dd></dl>
  <dl><dt>主题分类：</dt><dd>商贸、海关、旅游</dd></dl>
  <dl><dt>有 效 性：</dt><dd class="yxx yxx-xd">已修订</dd></dl>
  <dl class="full"><dt>修订后文件：</dt><dd><a href="http://swt.gxzf.gov.cn/zfxxgk/fdzdgknr/zcwj/gfxwj/t21930417.shtml" target="_blank">%(rev)s（%(revnum)s）</a></dd></dl>
</div>
<div class="article">
  <h1>%(title)s</h1>
  <div class="article-inf">
    <div class="article-inf-left"><span>日期：2023-10-09 11:42</span><span>来源：自贸区处</span><span>浏览量：<i id="readCount">1,066</i></span></div>
    <div class="article-inf-right"><span class="fontsize">字号：<a href="javascript:;" data-size="18">大</a><a href="javascript:;" data-size="16">中</a><a href="javascript:;" data-size="14">小</a></span><a href="javascript:window.print();" class="print">打印</a></div>
  </div>
  <div class="xd-tip">温馨提示：本文件已修订，现行版本请查阅<a href="http://swt.gxzf.gov.cn/zfxxgk/fdzdgknr/zcwj/gfxwj/t21930417.shtml" target="_blank">《中国（广西）自由贸易试验区对外开放平台建设支持政策实施细则（2025年修订）》</a>。</div>
  <div class="article-con" id="articleContent">
<div class=WordSection1 style='layout-grid:15.6pt'>
%(body)s
</div>
  </div>
  <div class="article-attach">
    <p>附件下载：</p>
    <p><a href="http://swt.gxzf.gov.cn/zfxxgk/fdzdgknr/zcwj/gfxwj/P020231009562718301842.docx">附件1.中国（广西）自由贸易试验区对外开放平台建设支持政策实施细则.docx</a></p>
    <p><a href="http://swt.gxzf.gov.cn/zfxxgk/fdzdgknr/zcwj/gfxwj/P020231009562718319265.xlsx">附件2.中国（广西）自由贸易试验区对外开放平台建设支持事项及标准一览表.xlsx</a></p>
  </div>
  <div class="article-share"><span>分享：</span><a class="share-wx" href="javascript:;" title="微信"><img src="./blind218_guangxi_files/share_wx.png" alt=""></a><a class="share-wb" href="javascript:;" title="微博"><img src="./blind218_guangxi_files/share_wb.png" alt=""></a><a class="share-qq" href="javascript:;" title="QQ"><img src="./blind218_guangxi_files/share_qq.png" alt=""></a></div>
  <div class="article-related">
    <h4>相关阅读</h4>
    <ul>
      <li><a href="http://swt.gxzf.gov.cn/zfxxgk/fdzdgknr/zcwj/gfxwj/t21930417.shtml">%(rev)s</a><span>2025-04-10</span></li>
      <li><a href="http://swt.gxzf.gov.cn/zfxxgk/zcjd/t17190522.shtml">图解：中国（广西）自由贸易试验区对外开放平台建设支持政策实施细则</a><span>2023-10-12</span></li>
      <li><a href="http://swt.gxzf.gov.cn/xwzx/gzdt/t17301245.shtml">钦州港片区召开对外开放平台支持政策宣讲会</a><span>2023-11-03</span></li>
    </ul>
  </div>
</div>
</div>
<div class="gx-footer"><div class="container">
  <p><a href="http://swt.gxzf.gov.cn/wzgl/">网站管理</a> | <a href="http://swt.gxzf.gov.cn/wzdt/">网站地图</a> | <a href="http://swt.gxzf.gov.cn/lxwm/">联系我们</a></p>
  <p>主办单位：广西壮族自治区商务厅　地址：南宁市青秀区民族大道137号　邮编：530028</p>
  <p>网站标识码：4500000021　<a href="https://beian.miit.gov.cn/">桂ICP备12003425号-1</a>　<img src="./blind218_guangxi_files/gaba.png" alt="">桂公网安备 45010302000583号</p>
  <div class="gx-footer-icons"><a href="https://bszs.conac.cn/"><img src="./blind218_guangxi_files/dzjg.png" alt="党政机关"></a><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=4500000021"><img src="./blind218_guangxi_files/jiucuo.png" alt="政府网站找错"></a></div>
</div></div>
<script>
$(function(){ /* font size */ });
</script>
</body></html>
""" % dict(saved=saved_from(G_URL), title=G_TITLE, num=G_NUM, rev=G_REV_TITLE, revnum=G_REV_NUM, body=body)


def guangxi_assets():
    return {
        "base.css": "body{margin:0;font-family:\"Microsoft YaHei\",SimSun;font-size:14px}.container{width:1200px;margin:0 auto}.gx-topbar{height:36px;background:#f6f6f6}.gx-nav{background:#0d5ca8}.gx-nav li{display:inline-block;padding:0 34px}.gx-nav a{color:#fff}.gx-footer{background:#0d5ca8;color:#fff;text-align:center;padding:20px 0}\n",
        "article.css": ".people-desc{border:1px solid #dbe6f2;background:#f4f8fc;padding:12px 20px;overflow:hidden}.people-desc dl{float:left;width:50%;margin:4px 0}.people-desc dl.full{width:100%}.people-desc dt{float:left;font-weight:bold}.yxx-xd{color:#e67e00}\n.article h1{font-size:24px;text-align:center;color:#0d5ca8}.xd-tip{border:1px dashed #e67e00;background:#fff8ee;color:#e67e00;padding:8px 16px;margin:10px 0}.article-con{font-size:16px;line-height:2}\n",
        "jquery-3.5.1.min.js": JQ_STUB,
        "gxzf_common.js": "(function(){var r=document.getElementById('readCount');})();\n",
        "logo_swt.png": (360, 70, (13, 92, 168)),
        "share_wx.png": (24, 24, (40, 180, 80)),
        "share_wb.png": (24, 24, (220, 60, 40)),
        "share_qq.png": (24, 24, (30, 150, 230)),
        "gaba.png": (18, 18, (230, 200, 120)),
        "dzjg.png": (50, 60, (200, 0, 0)),
        "jiucuo.png": (110, 55, (200, 30, 30)),
    }


# ================================================================ 4. 青岛 (失效)
Q_URL = "http://www.qingdao.gov.cn/zwgk/xxgk/bgt/gkml/gwfg/bgtwj/202303/t20230316_7082265.shtml"
Q_TITLE = "青岛市人民政府办公厅关于印发青岛市支持中国—上海合作组织地方经贸合作示范区与中国（山东）自由贸易试验区青岛片区联动发展若干政策措施的通知"
Q_NUM = "青政办字〔2023〕6号"
Q_ATT = "青岛市支持中国—上海合作组织地方经贸合作示范区与中国（山东）自由贸易试验区青岛片区联动发展若干政策措施"
Q_RECIP = "各区、市人民政府，青岛西海岸新区管委，市政府各部门，市直各单位："
Q_NOTICE = "《青岛市支持中国—上海合作组织地方经贸合作示范区与中国（山东）自由贸易试验区青岛片区联动发展若干政策措施》已经市政府同意，现印发给你们，请认真贯彻执行。"
Q_INTRO = "为深入贯彻落实国家关于中国—上海合作组织地方经贸合作示范区（以下简称上合示范区）和中国（山东）自由贸易试验区青岛片区（以下简称青岛片区）建设的部署要求，推动两大平台政策叠加、功能互补、联动发展，打造“一带一路”国际合作新平台，制定如下政策措施。"
Q_SECTIONS = [
    ("一、推动物流通道联动", [
        "1．支持上合示范区多式联运中心与青岛片区前湾港区开展“港站一体化”运作。对经胶州铁路集装箱中心站中转的海铁联运集装箱，按每标准箱100元给予补助，单个企业每年最高不超过300万元。",
        "2．支持在胶州市始发开行至中亚、欧洲的中欧班列，对班列运营平台按每列2万元给予补助。",
        "3．支持青岛胶东国际机场开通至上海合作组织国家的国际全货机航线，按每班次5万元给予补助，每条航线每年最高不超过500万元。",
    ]),
    ("二、推动海关监管联动", [
        "4．推动青岛胶州湾综合保税区与青岛前湾综合保税区实行“一次申报、分批出区”和区间流转便利化措施，区间流转货物由企业自主选择运输方式。",
        "5．在即墨综合保税区、青岛胶州湾综合保税区开展“保税+跨境电商”业务的企业，年度跨境电商进出口额首次突破1亿元的，给予一次性奖励50万元。",
        "6．支持青岛海关在上合示范区设立上合组织国家农产品检测实验室，对上合组织国家进口农产品实行“合格假定+信用核查+验证检测”监管模式。",
    ]),
    ("三、推动产业联动", [
        "7．对在上合示范区新设立的上合组织国家商品进口分拨企业，年度进口额达到5000万元以上的，按进口额的0.5%给予奖励，单个企业每年最高不超过200万元。",
        "8．支持青岛片区与上合示范区在平度市、莱西市共建配套产业园区。配套产业园区承接上合示范区、青岛片区转移项目，项目投资额1亿元以上的，按设备投资额的5%给予补助，单个项目最高不超过1000万元。",
        "9．支持董家口港区建设面向上合组织国家的能源、矿产品储运基地，对新建30万吨级以上原油、铁矿石专用泊位的项目，在用海、用地指标上予以优先保障。",
    ]),
    ("四、推动金融服务联动", [
        "10．支持青岛片区内银行机构为上合示范区企业办理跨境人民币结算业务，对上合组织国家本币结算金额年度增长20%以上的银行机构，给予最高100万元奖励。",
        "11．鼓励保险机构为上合示范区、青岛片区企业开发中欧班列运输保险、出口信用保险产品，市财政按企业实际缴纳保费的50%给予补贴，单个企业每年最高不超过50万元。",
    ]),
    ("五、保障措施", [
        "12．建立上合示范区与青岛片区联动发展工作专班，由市商务局牵头，胶州市、黄岛区人民政府和青岛西海岸新区管委配合，每季度召开1次联席会议。",
        "13．本措施所需资金由市、区（市）两级财政按5∶5比例分担；资金申报和拨付程序由市商务局会同市财政局另行制定。",
        "14．本措施自2023年4月1日起施行，有效期至2024年12月31日。",
    ]),
]


def qingdao_page():
    lines = ["　　" + Q_INTRO]
    for head, items in Q_SECTIONS:
        lines.append("　　<strong>%s</strong>" % head)
        for it in items:
            lines.append("　　" + it)
    measures = "<br>\n".join(lines)
    a1, a2 = Q_ATT.split("中国（山东）")
    att_h = a1 + "<br>中国（山东）" + a2
    return """<!DOCTYPE html>
%(saved)s
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="renderer" content="webkit">
<title>%(title)s-青岛政务网</title>
<meta name="SiteName" content="青岛政务网">
<meta name="SiteDomain" content="www.qingdao.gov.cn">
<meta name="SiteIDCode" content="3702000059">
<meta name="ColumnName" content="市政府办公厅文件">
<meta name="ArticleTitle" content="%(title)s">
<meta name="PubDate" content="2023-03-16 09:30:12">
<meta name="ContentSource" content="青岛市人民政府办公厅">
<link rel="stylesheet" href="./blind218_qingdao_files/public.css">
<link rel="stylesheet" href="./blind218_qingdao_files/xxgk_xl.css">
<script src="./blind218_qingdao_files/jquery.min.js"></script>
</head>
<body>
<div class="qd-top"><div class="wrap">
  <span>青岛政务网</span><span class="qd-top-r"><a href="http://www.qingdao.gov.cn/wza/">无障碍</a> · <a href="javascript:;">关怀版</a> · <a href="http://www.qingdao.gov.cn/m/">移动版</a> · <a href="http://www.qingdao.gov.cn/english/">English</a></span>
</div></div>
<div class="qd-head"><div class="wrap"><a href="http://www.qingdao.gov.cn/"><img src="./blind218_qingdao_files/qd_logo.png" alt="青岛政务网"></a>
<div class="qd-sousuo"><input type="text" value="" placeholder="搜索"><a href="javascript:;" class="btn">搜索</a></div></div></div>
<div class="qd-nav"><div class="wrap"><ul>
  <li><a href="http://www.qingdao.gov.cn/">首页</a></li><li><a href="http://www.qingdao.gov.cn/zwgk/">政务公开</a></li><li><a href="http://www.qingdao.gov.cn/zwfw/">政务服务</a></li><li><a href="http://www.qingdao.gov.cn/hdjl/">政民互动</a></li><li><a href="http://www.qingdao.gov.cn/zjqd/">走进青岛</a></li>
</ul></div></div>
<div class="wrap">
<div class="qd-dqwz">当前位置：<a href="http://www.qingdao.gov.cn/">首页</a>&gt;<a href="http://www.qingdao.gov.cn/zwgk/">政务公开</a>&gt;<a href="http://www.qingdao.gov.cn/zwgk/xxgk/">政府信息公开</a>&gt;<a href="http://www.qingdao.gov.cn/zwgk/xxgk/bgt/">市政府办公厅</a>&gt;<a href="http://www.qingdao.gov.cn/zwgk/xxgk/bgt/gkml/gwfg/bgtwj/">市政府办公厅文件</a></div>
<div class="xxgk-xl">
<table class="xxgk-xl-tab" width="100%%" border="0" cellspacing="0" cellpadding="0">
  <tr><th>索引号</th><td>11370200004234113T/2023-0000319</td><th>主题分类</th><td>对外经贸合作</td></tr>
  <tr><th>发文机关</th><td>青岛市人民政府办公厅</td><th>成文日期</th><td>2023-03-10</td></tr>
  <tr><th>发文字号</th><td>%(num)s</td><th>发布日期</th><td>2023-03-16</td></tr>
  <tr><th>统一编号</th><td>QDCR-2023-0020006</td><th>有效性</th><td><span class="sx">失效</span></td></tr>
  <tr><th>标题</th><td colspan="3">%(title)s</td></tr>
</table>
<div class="sx-mark"><img src="./blind218_qingdao_files/shixiao.png" alt="失效"></div>
</div>
<div class="xl-article">
  <h2 class="xl-tit">%(title)s</h2>
  <div class="xl-info"><span>来源：青岛市人民政府办公厅</span><span>发布时间：2023-03-16 09:30:12</span><span>阅读：<em id="clicknum">5962</em></span><span class="zh">字号：<a href="javascript:fontZoom(18)">大</a><a href="javascript:fontZoom(16)">中</a><a href="javascript:fontZoom(14)">小</a></span></div>
  <div class="xl-con" id="zoom">
<p style="text-align:center">%(num)s</p>
<p>%(recip)s</p>
<p>　　%(notice)s</p>
<p style="text-align:right">青岛市人民政府办公厅<br>2023年3月10日</p>
<p>　　（此件公开发布）</p>
<p style="text-align:center"><strong>%(att_h)s</strong></p>
<p>%(measures)s</p>
  </div>
  <div class="xl-down"><span>原文下载：</span><a href="http://www.qingdao.gov.cn/zwgk/xxgk/bgt/gkml/gwfg/bgtwj/202303/P020230316565381529103.pdf">青政办字〔2023〕6号.pdf</a></div>
  <div class="xl-tool">
    <div class="bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>
    <div class="xl-print"><a href="javascript:window.print()">打印本页</a><a href="javascript:window.opener=null;window.close()">关闭窗口</a></div>
  </div>
  <div class="xl-code"><img src="./blind218_qingdao_files/code.png" alt=""><p>扫一扫在手机打开当前页</p></div>
  <div class="xl-xgwz">
    <div class="xgwz-tit">相关链接</div>
    <ul>
      <li><a href="http://www.qingdao.gov.cn/zwgk/zdgk/zcjd/202303/t20230317_7083014.shtml">【政策解读】上合示范区与青岛片区联动发展若干政策措施解读</a><span>2023-03-17</span></li>
      <li><a href="http://www.qingdao.gov.cn/zwgk/xxgk/bgt/gkml/gwfg/bgtwj/202502/t20250221_8851239.shtml">青岛市人民政府办公厅关于印发推动上合示范区与青岛片区联动发展三年行动方案（2025—2027年）的通知</a><span>2025-02-21</span></li>
      <li><a href="http://www.qingdao.gov.cn/zwgk/xxgk/bgt/gkml/gwfg/bgtwj/202212/t20221228_6937702.shtml">青岛市人民政府办公厅关于加快推进综合保税区高质量发展的实施意见（青政办发〔2022〕14号）</a><span>2022-12-28</span></li>
    </ul>
  </div>
</div>
</div>
<div class="qd-foot"><div class="wrap">
  <p><a href="http://www.qingdao.gov.cn/wzsm/">网站声明</a> | <a href="http://www.qingdao.gov.cn/wzdt/">网站地图</a> | <a href="http://www.qingdao.gov.cn/lxwm/">联系我们</a></p>
  <p>主办：青岛市人民政府办公厅　承办：青岛市大数据发展管理局　网站标识码：3702000059</p>
  <p><a href="https://beian.miit.gov.cn/">鲁ICP备05048813号</a>　<img src="./blind218_qingdao_files/beian.png">鲁公网安备 37020202000623号</p>
  <p><a href="https://bszs.conac.cn/"><img src="./blind218_qingdao_files/dzjg.png" alt="党政机关"></a> <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3702000059"><img src="./blind218_qingdao_files/jiucuo.png" alt="政府网站找错"></a></p>
</div></div>
<script>
function fontZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}
window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"24"},"share":{}};
</script>
</body></html>
""" % dict(saved=saved_from(Q_URL), title=Q_TITLE, num=Q_NUM, recip=Q_RECIP, notice=Q_NOTICE, att_h=att_h, measures=measures)


def qingdao_assets():
    return {
        "public.css": "body{margin:0;font:14px/1.6 \"Microsoft YaHei\"}.wrap{width:1200px;margin:0 auto}.qd-nav{background:#005bac}.qd-nav li{float:left;list-style:none;padding:0 50px}.qd-nav a{color:#fff}.qd-foot{background:#f2f2f2;text-align:center;padding:20px 0}\n",
        "xxgk_xl.css": ".xxgk-xl{position:relative}.xxgk-xl-tab th{background:#eef4fb;width:100px}.xxgk-xl-tab td,.xxgk-xl-tab th{border:1px solid #d6e2ef;padding:6px}.sx{color:#999}.sx-mark{position:absolute;right:20px;top:10px;opacity:.6}.xl-tit{text-align:center;font-size:22px}.xl-con{font-size:16px;line-height:2}\n",
        "jquery.min.js": JQ_STUB,
        "qd_logo.png": (320, 64, (0, 91, 172)),
        "shixiao.png": (96, 96, (150, 150, 150)),
        "code.png": (100, 100, (20, 20, 20)),
        "beian.png": (18, 18, (230, 200, 120)),
        "dzjg.png": (50, 60, (200, 0, 0)),
        "jiucuo.png": (110, 55, (200, 30, 30)),
    }


# ================================================================ expected
def art_clauses(arts):
    out = []
    for lab, txt, items in arts:
        out.append("%s　%s" % (lab, txt))
        out.extend(items)
    return out


def expected():
    out = {}
    out["blind218_hunan"] = [{
        "meta": {
            "title": H_TITLE, "doc_number": H_NUM, "issuer": ["湖南省人民政府办公厅"],
            "date": "2024-05-08", "published": "2024-05-15", "level": "provincial", "region": "湖南省",
            "effective": "2024-06-01", "expires": "2029-05-31", "attachments": [H_ATT],
            "doc_type": "通知（印发实施办法）", "recipients": ["各市州、县市区人民政府", "省政府各厅委、各直属机构"],
            "publicity": "此件主动公开",
            "status": {"state": "in force", "validity_label": "有效", "registration_number": "HNPR—2024—01009",
                       "interpretation": "《中国（湖南）自由贸易试验区跨境贸易投资便利化实施办法》政策解读"},
        },
        "clauses": [H_NOTICE] + art_clauses(H_ARTS),
        "applies_to": {
            "default": "湖南省（中国（湖南）自由贸易试验区：长沙片区、岳阳片区、郴州片区）",
            "specific": {
                "第二条": "长沙片区、岳阳片区、郴州片区",
                "第四条": "长沙片区（长沙黄花综合保税区，长沙县）",
                "第五条": "岳阳片区（城陵矶港，岳阳市）",
                "第六条": "郴州片区（郴州综合保税区，郴州市）",
                "第七条": "长沙片区临空区块",
                "第十二条": "湘潭综合保税区（湘潭市）、衡阳综合保税区（衡阳市）",
            },
            "note": "东盟国家 (第五条) and 非洲 (第七条) are markets/origins, not places of application. 第八条–第十一条, 第十三条 apply to 各片区 (the three 片区). 市州/县市区 appear only in 主送.",
        },
        "_note": (
            "Chrome “网页，全部” save (UTF-8, `<!-- saved from url=… -->`, assets in blind218_hunan_files/). Furniture to ignore: top bar (date 2024年5月16日 — not a document date), header/search with 热词, nav, breadcrumb 首页 > 政务公开 > 政策文件 > 省政府办公厅文件, left column of categories (incl. 已废止文件), the 信息公开 metadata table, the page title h1 (the title, with one <br> before 跨境贸易投资便利化 — joined with no space), the 发布时间/信息来源/字体/浏览次数 line, 相关解读 + 图解 links, share/print/close, QR code, 相关文件 list (three other titles, one with 湘政办发〔2023〕31号 — not this document's number), footer (网站标识码, ICP, 公网安备, phone). "
            "Metadata table: 索引号 000014349/2024-00087 (not a 文号); 发布机构 湖南省人民政府办公厅; 成文日期 2024年05月08日; 发文字号 湘政办发〔2024〕21号; 发布日期 2024年05月15日; 登记号 HNPR—2024—01009; 有效性 有效; 政策解读 link. "
            "Body: 文号 centred, 主送, 1 notice paragraph, right-aligned 落款 湖南省人民政府办公厅 / 2024年5月8日, （此件主动公开）; then (no 附件 label) the 办法 title in bold and 第一条…第十八条 (黑体 span + full-width space + text); 第十一条 and 第十四条 end in a colon and have （一）（二）（三） paragraphs (separate clauses here; merged into the article equally good). "
            "第十八条: 自2024年6月1日起施行，有效期5年 → effective 2024-06-01, expires 2029-05-31 (computed). Status: in force (有效), registration number HNPR—2024—01009. 2024-03-31-type dates in 第十四条 (每年3月31日) and 1月15日 are recurring deadlines, not document dates."
        ),
    }]
    x_clauses = [X_NOTICE, X_INTRO]
    for i, (lead, txt) in enumerate(X_ITEMS):
        x_clauses.append(lead + txt)
        if i == 2:
            x_clauses.append(X_ITEM3_P2)
    out["blind218_xiamen"] = [{
        "meta": {
            "title": X_TITLE, "doc_number": X_NUM, "issuer": ["厦门市人民政府"],
            "date": "2023-07-14", "published": "2023-07-20", "level": "municipal", "region": "福建省厦门市",
            "effective": "2023-08-01", "expires": "2026-07-31", "attachments": [X_ATT],
            "doc_type": "通知（印发若干措施）", "recipients": ["各区人民政府", "市直各委、办、局", "各开发区管委会", "各有关单位"],
            "publicity": "此件主动公开",
            "status": {"state": "repealed", "validity_label": "已废止", "date": "2025-03-01",
                       "by": "厦门市人民政府关于废止和修改部分市政府规范性文件的决定（厦府规〔2025〕2号）"},
        },
        "clauses": x_clauses,
        "applies_to": {
            "default": "福建省厦门市（中国（厦门）跨境电子商务综合试验区; 中国（福建）自由贸易试验区厦门片区）",
            "specific": {
                "二、": "市级跨境电商产业园区 (city-wide); the cost-sharing sentence names 集美区、同安区、翔安区",
                "三、 (and its second paragraph)": "象屿综合保税区（湖里区）、海沧港综合保税区（海沧区）",
                "四、": "厦门片区 (the enterprises are in 厦门片区; the 海外仓 are abroad in 共建“一带一路”国家 — not places of application)",
                "五、": "厦门高崎国际机场（湖里区）、海沧港区（海沧区）",
                "九、": "象屿综合保税区、海沧港综合保税区、高崎机场跨境电商监管中心",
            },
            "note": "All other items apply city-wide (厦门市). 中欧（厦门）班列 is a service, not a place beyond 厦门.",
        },
        "_note": (
            "Saved by Internet Explorer (“网页，全部(*.htm;*.html)”): the file stays in gb2312/GBK (META charset=gb2312), CRLF line ends, upper-case tags, unquoted attributes, `<META name=GENERATOR content=\"MSHTML 11.00…\">`, assets in blind218_xiamen_files/ referenced without ./ . "
            "Metadata box is a <UL> of <LI><SPAN>label：</SPAN>value</LI>: 索引号 XM00100-0200-2023-00126; 发布机构 厦门市人民政府; 生成日期 2023-07-14 (= 成文日期 in the old 目录 wording); 文号 厦府规〔2023〕6号; 发布日期 2023-07-20; 有效性 已废止 (grey FONT); 废止日期 2025-03-01. "
            "Above the text two red centred lines: 本文件已于2025年3月1日废止。 and （依据《厦门市人民政府关于废止和修改部分市政府规范性文件的决定》（厦府规〔2025〕2号）） — status notes, not clauses; 厦府规〔2025〕2号 is the repealing decision's number, NOT this document's. The top bar date 2025年04月08日 is the save date. "
            "Body: 文号 centred, 主送, notice paragraph, 落款 厦门市人民政府 / 2023年7月14日 right-aligned (padded with full-width spaces), （此件主动公开）, then the 措施 title in bold (no 附件 label), an intro paragraph and items 一、…十二、 as whole paragraphs indented with two U+3000 (not CSS): 一、…十、 have a bold run-in lead sentence (lead + text = one clause), 十一、 and 十二、 have none. "
            "Item 三、 has a second paragraph (本条所称年度业务单量…) with no number — listed as its own clause after 三、; merged into 三、 equally good, but it must not be glued to 四、. Item 五、 has a <BR> inside 全货机|包机 (pasted from a PDF) — must be joined with no space. "
            "十二、: 自2023年8月1日起施行，有效期3年 → effective 2023-08-01, printed expiry 2026-07-31 (computed). Status: REPEALED on 2025-03-01 (before the printed expiry), by 厦府规〔2025〕2号; a reader that reports this page as in force until 2026-07-31 is wrong. "
            "Related links: the repealing decision, the successor 厦府规〔2025〕4号, and a 解读 — furniture."
        ),
    }]
    g_rows = ["序号：%s；支持事项：%s；适用范围：%s；支持标准：%s；牵头单位：%s" % tuple(r) for r in G_ROWS]
    out["blind218_guangxi"] = [{
        "meta": {
            "title": G_TITLE, "doc_number": G_NUM, "issuer": ["广西壮族自治区商务厅", "广西壮族自治区财政厅"],
            "date": "2023-09-26", "published": "2023-10-09", "level": "provincial", "region": "广西壮族自治区",
            "effective": "2023-11-01", "expires": "2025-10-31", "attachments": [G_ATT1, G_ATT2],
            "doc_type": "通知（印发实施细则）",
            "recipients": ["各设区市商务局、财政局", "中国（广西）自由贸易试验区南宁片区、钦州港片区、崇左片区管委会"],
            "publicity": "此件公开发布",
            "status": {"state": "revised", "validity_label": "已修订",
                       "by": G_REV_TITLE + "（" + G_REV_NUM + "）", "revised_published": "2025-04-10"},
        },
        "clauses": [G_NOTICE] + art_clauses(G_ARTS) + g_rows,
        "applies_to": {
            "default": "广西壮族自治区（中国（广西）自由贸易试验区：南宁片区、钦州港片区、崇左片区）",
            "specific": {
                "第二条": "南宁片区、钦州港片区、崇左片区",
                "第六条": "南宁综合保税区（南宁片区）、钦州综合保税区（钦州港片区）",
                "第七条": "崇左片区：凭祥综合保税区、凭祥边境经济合作区（凭祥市）",
                "第八条": "东兴国家重点开发开放试验区（东兴市，防城港市）、凭祥国家重点开发开放试验区（凭祥市）",
                "附件2 序号1": "南宁片区（中国—东盟跨境电商产业园）",
                "附件2 序号2": "崇左片区（凭祥综合保税区、凭祥边境经济合作区）",
                "附件2 序号3": "钦州港片区（钦州港区）",
                "附件2 序号4、5": "南宁综合保税区、钦州综合保税区",
                "附件2 序号6": "南宁片区",
                "附件2 序号7": "南宁片区、钦州港片区、崇左片区 (海外仓 abroad in 东盟国家 — not a place of application)",
                "附件2 序号8": "钦州港片区（钦州铁路集装箱中心站）",
            },
            "note": "东盟 / 中国—东盟 in names (序号1, 6) do not place a clause abroad. 南宁市/钦州市/崇左市商务局 in 牵头单位 are consistent with the 片区 they lead.",
        },
        "_note": (
            "Chrome save (UTF-8) of a department portal; the article body was pasted from Word: <div class=WordSection1>, <p class=MsoNormal> with <span> per font, ASCII digits in separate <span lang=EN-US> (e.g. 2023年<span>9</span>月 — joined with no spaces), <o:p></o:p> and <o:p>&nbsp;</o:p> empty paragraphs, `<br clear=all style='page-break-before:always'>` page/section breaks. "
            "Metadata box as <dl><dt>…</dt><dd>…</dd></dl>: 文号 桂商规〔2023〕4号; 发布机构 two organs separated by a full-width space (issuer = 2 organs); 成文日期 2023-09-26; 发布日期 2023年10月09日; 有效性 已修订; 修订后文件 = link to the 2025 revised version (桂商规〔2025〕2号) — NOT this document's title or number. A dashed 温馨提示 box above the body repeats the revised version's title: status note, not a clause. "
            "Body: 文号 centred, 主送 (names the three 片区管委会), notice paragraph, 附件说明 in two paragraphs (附件：1．… / 2．… hanging indent) → attachments without 1．/2．, joint 落款 on one line (商务厅 + nbsp run + 财政厅) with date 2023年9月26日 under it, （此件公开发布）; page break; label 附件1, the 细则 title with a <br> before 对外开放平台 (a heading), 第一条…第十四条 (bold 黑体 number + full-width space); 第五条 has （一）（二）（三）. Section break; 附件2 label, table title, a 5-column table 序号/支持事项/适用范围/支持标准/牵头单位 with a header row and 8 rows; row 4's 牵头单位 cell has rowspan=2 and covers row 5 — row 5 must get 南宁市商务局、钦州市商务局 (or at least must not shift its cells left). "
            "第十四条: 自2023年11月1日起施行，有效期至2025年10月31日 → effective 2023-11-01, expires 2025-10-31 as printed. Status: REVISED — superseded by 桂商规〔2025〕2号 (published 2025-04-10 per 相关阅读), i.e. this text is no longer the current version. "
            "Below the body: 附件下载 links (.docx/.xlsx filenames with 附件1./附件2.) — furniture, not extra attachments or clauses; share icons; 相关阅读 list; footer with address 南宁市青秀区民族大道137号 (not a place of application)."
        ),
    }]
    q_clauses = [Q_NOTICE, Q_INTRO]
    for head, items in Q_SECTIONS:
        q_clauses.extend(items)
    out["blind218_qingdao"] = [{
        "meta": {
            "title": Q_TITLE, "doc_number": Q_NUM, "issuer": ["青岛市人民政府办公厅"],
            "date": "2023-03-10", "published": "2023-03-16", "level": "municipal", "region": "山东省青岛市",
            "effective": "2023-04-01", "expires": "2024-12-31", "attachments": [Q_ATT],
            "doc_type": "通知（印发若干政策措施）",
            "recipients": ["各区、市人民政府", "青岛西海岸新区管委", "市政府各部门", "市直各单位"],
            "publicity": "此件公开发布",
            "status": {"state": "expired", "validity_label": "失效", "date": "2024-12-31",
                       "registration_number": "QDCR-2023-0020006"},
        },
        "clauses": q_clauses,
        "applies_to": {
            "default": "山东省青岛市（上合示范区（胶州市）与中国（山东）自由贸易试验区青岛片区（黄岛区/青岛西海岸新区））",
            "specific": {
                "1．": "上合示范区多式联运中心、胶州铁路集装箱中心站（胶州市）；青岛片区前湾港区（黄岛区）",
                "2．": "胶州市",
                "3．": "青岛胶东国际机场（胶州市）",
                "4．": "青岛胶州湾综合保税区（胶州市）、青岛前湾综合保税区（黄岛区）",
                "5．": "即墨综合保税区（即墨区）、青岛胶州湾综合保税区（胶州市）",
                "6．": "上合示范区（胶州市）",
                "7．": "上合示范区（胶州市）",
                "8．": "平度市、莱西市 (配套产业园区)",
                "9．": "董家口港区（黄岛区）",
                "10．": "青岛片区、上合示范区",
                "11．": "上合示范区、青岛片区",
                "12．": "胶州市、黄岛区、青岛西海岸新区 (working mechanism)",
            },
            "note": "中亚、欧洲、上海合作组织国家 are destinations/partners, not places of application.",
        },
        "_note": (
            "Chrome save (UTF-8). Metadata table with <th> labels: 索引号 11370200004234113T/2023-0000319; 发文机关 青岛市人民政府办公厅; 成文日期 2023-03-10; 发文字号 青政办字〔2023〕6号; 发布日期 2023-03-16; 统一编号 QDCR-2023-0020006; 有效性 失效; 标题; plus a grey 失效 stamp image. "
            "Body: 文号 centred, 主送, notice paragraph, 落款 as ONE right-aligned <p> with a <br> (青岛市人民政府办公厅<br>2023年3月10日), （此件公开发布）, the 措施 title in bold with a <br> before 中国（山东） (joined with no space; a heading); then the whole 措施 is ONE <p> whose lines are separated by <br> + two U+3000: an intro line, headings 一、…五、 in <strong> (headings, not clauses) and items 1．…14． numbered continuously across the headings (1．–3． under 一、, 4．–6． under 二、 …). Each item is one clause; a reader that keeps the <p> as one clause loses everything. "
            "14．: 自2023年4月1日起施行，有效期至2024年12月31日 → effective 2023-04-01, expires 2024-12-31. Status: EXPIRED on 2024-12-31 (失效); no replacement named in the document (a 2025—2027 三年行动方案 appears only in 相关链接). "
            "Furniture: 原文下载 link (青政办字〔2023〕6号.pdf — not another attachment), share box, 打印本页/关闭窗口, QR, 相关链接 (a 解读, the 2025 方案, and another 通知 with 青政办发〔2022〕14号), footer."
        ),
    }]
    return out


def main():
    pages = [
        ("hunan", hunan_page(), hunan_assets(), "utf-8"),
        ("xiamen", xiamen_page(), xiamen_assets(), "gbk"),
        ("guangxi", guangxi_page(), guangxi_assets(), "utf-8"),
        ("qingdao", qingdao_page(), qingdao_assets(), "utf-8"),
    ]
    for short, html, assets, enc in pages:
        with open(os.path.join(HERE, "blind218_%s.html" % short), "wb") as fh:
            fh.write(html.encode(enc))
        write_assets(short, assets)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *["blind218_%s.html" % p[0] for p in pages])


if __name__ == "__main__":
    main()
