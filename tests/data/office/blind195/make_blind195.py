# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 195: ordinary pages of 自贸试验区片区 / 综合保税区 sites, saved by the browser as
"网页，全部" (the .html plus a <stem>_files/ folder with css, js (“.js.下载”, as Chinese Chrome names them)
and images), written next to itself:

  blind195_changsha_bszn.html   长沙片区 site: 办事指南 of 长沙黄花综合保税区 (保税维修业务备案): 基本信息 table,
                                 设定依据 / 申请条件 / 办理流程 (<ol> auto-numbered) / 申请材料 (table with rowspans)
                                 / 办理时限 / 收费标准 / 办理结果 / 咨询监督 as labelled blocks.
  blind195_qinzhou_faq.html     钦州港片区 site: 常见问题 — 12 问/答 in a JS accordion (only the first open, the
                                 other answers saved with style="display: none;"), answers quoting 《若干措施》 articles,
                                 one quoted article as its own paragraph, a 有帮助/没帮助 bar inside each answer.
  blind195_xian_huibian.html    西安国际港务区 site, saved in GBK (charset=gb2312, with the GBK-only 浐): 政策汇编 table of
                                 ten measures (文号, 日期, links), then the full text of row 5 (印发通知 + 若干措施) pasted
                                 from Word (MsoNormal, words split across <span>s), with a 信息公开 metadata box.
  blind195_xiamen_news.html     厦门片区 site: news page announcing a 管委会 办法 — 引题, headline, 导语 and news paragraphs,
                                 photo with caption, then “《办法》全文如下” and 第一章…第五章 / 第一条…第二十二条 (one
                                 chapter typed as a single <p> with <br>), 上一篇/下一篇, related news.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind195.py      (standard library only)
"""
import html
import json
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def esc(s):
    return html.escape(s, quote=False)


# ================================================================ saved-page helpers
def png(w, h, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


JQ_STUB = """/*! jQuery v1.11.3 | (c) 2005, 2015 jQuery Foundation, Inc. | jquery.org/license */
!function(a,b){"object"==typeof module&&"object"==typeof module.exports?module.exports=a.document?b(a,!0):function(a){if(!a.document)throw new Error("jQuery requires a window with a document");return b(a)}:b(a)}("undefined"!=typeof window?window:this,function(a,b){var c=[],d=c.slice,e=c.concat,f=c.push,g=c.indexOf,h={},i=h.toString,j=h.hasOwnProperty,k={},l="1.11.3",m=function(a,b){return new m.fn.init(a,b)};m.fn=m.prototype={jquery:l,constructor:m,length:0};return m});
"""


def write_files(stem, files):
    d = os.path.join(HERE, stem + "_files")
    os.makedirs(d, exist_ok=True)
    for name, data in files.items():
        with open(os.path.join(d, name), "wb") as fh:
            fh.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def saved_header(url):
    return "<!DOCTYPE html>\n<!-- saved from url=(%04d)%s -->\n" % (len(url), url)


BASE_CSS = """@charset "utf-8";
*{margin:0;padding:0;box-sizing:border-box}
body{font-family:"Microsoft YaHei","微软雅黑",SimSun,Arial;font-size:14px;color:#333;background:#f4f6f9}
a{color:#333;text-decoration:none}a:hover{color:#c00}
ul,ol{list-style:none}
.w1200{width:1200px;margin:0 auto}
.topbar{height:36px;line-height:36px;background:#f0f0f0;font-size:12px;color:#666}
.topbar .fr a{margin-left:14px}
.header{height:130px;background:url(header_bg.png) no-repeat center}
.nav{height:52px;line-height:52px}
.nav li{float:left;padding:0 26px;font-size:17px}
.nav li a{color:#fff}
.location{height:46px;line-height:46px;font-size:14px;color:#666}
.footer{margin-top:30px;padding:26px 0;background:#1a3c6e;color:#dbe4f1;font-size:13px;line-height:28px;text-align:center}
.footer a{color:#dbe4f1}
.clearfix:after{content:"";display:block;clear:both}
.fl{float:left}.fr{float:right}
"""


# ================================================================ (a) 长沙 办事指南
CS_STEM = "blind195_changsha_bszn"
CS_URL = "http://www.cszmq.gov.cn/zwfw/bszn/zbqyw/202404/t20240422_11428763.html"
CS_TITLE = "长沙黄花综合保税区区内企业保税维修业务备案办事指南"
CS_ISSUER = "长沙黄花综合保税区管理委员会"

CS_BASIC = [  # th, td, th, td
    ("事项名称", "保税维修业务备案（长沙黄花综合保税区）", "事项编码", "430121-ZB-QT-0108-00"),
    ("事项类型", "其他行政权力", "办理对象", "企业法人"),
    ("实施主体", "长沙黄花综合保税区管理委员会", "承办机构", "长沙黄花综合保税区管理委员会经济发展部"),
    ("办理地点", "长沙县黄花镇综保大道8号综保区综合服务大楼一楼政务服务窗口", "办理时间", "工作日上午9:00—12:00，下午13:30—17:30（法定节假日除外）"),
    ("到现场次数", "0次", "网办深度", "全程网办"),
]
CS_YIJU = [
    "1．《中华人民共和国海关综合保税区管理办法》（海关总署令第256号）第二十一条：“综合保税区内企业可以依法开展以维修、翻新、再制造等为目的的保税维修业务。”",
    "2．《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕3号）第六项：“支持综合保税区内企业开展维修业务。”",
    "3．《商务部 生态环境部 海关总署关于支持综合保税区内企业开展维修业务的公告》（商务部 生态环境部 海关总署公告2020年第16号）。",
    "4．《湖南省综合保税区保税维修业务管理暂行办法》（湘商发〔2023〕18号）第六条、第七条。",
]
CS_TIAOJIAN = [
    "（一）在长沙黄花综合保税区内依法注册登记，具有独立法人资格，已在长沙海关办理报关单位备案；",
    "（二）维修产品属于《综合保税区维修产品目录》范围，不涉及国家禁止进出口货物；",
    "（三）具备与维修业务相适应的场所、设备和专业技术人员，建立符合海关监管要求的计算机管理系统（ERP），能够与海关辅助管理系统联网；",
    "（四）建立待维修货物、维修耗材、旧件和维修后货物台账，对维修过程中产生的固体废物按照环境保护有关规定处置；",
    "（五）近两年内未发生走私违法行为，海关信用等级不为失信企业。",
]
CS_LIUCHENG = [  # <ol> auto-numbered: the 1.–5. are drawn by the browser, not in the text
    "申请：申请人登录湖南省政务服务网（“湘易办”）或长沙片区政务服务平台，在“综合保税区业务”栏目在线提交申请材料。",
    "受理：综保区管委会政务服务窗口对申请材料进行形式审查，材料齐全、符合法定形式的，当场受理；材料不齐全的，一次性告知需要补正的全部内容。",
    "审核：经济发展部会同长沙黄花机场海关对申请企业的维修场所、设备和计算机管理系统进行核查，必要时进行现场勘验。",
    "决定：符合条件的，出具《保税维修业务备案确认书》；不符合条件的，书面告知申请人并说明理由。",
    "送达：通过电子证照方式送达，申请人也可选择邮寄送达或到政务服务窗口领取。",
]
CS_LC_NOTE = "注：位于长沙片区长沙经开区区块（星沙产业基地）的企业在综合保税区外开展“两头在外”保税维修业务的，不适用本指南，请到长沙经济技术开发区政务服务中心（长沙县星沙街道）窗口办理。"
# 申请材料: 序号, 材料名称, 材料类型, 材料形式 (rowspan over 3–7), 份数, 来源渠道, 备注
CS_CAILIAO = [
    ("1", "保税维修业务备案申请表", "原件", "纸质或电子", "1", "申请人自备", "加盖单位公章"),
    ("2", "营业执照", "复印件", "电子", "1", "政府部门核发", "可通过电子证照库调取，免于提交"),
    ("3", "维修业务可行性报告", "原件", "电子", "1", "申请人自备", "包括维修产品种类、来源地、年维修量、工艺流程及环保处置措施"),
    ("4", "维修场所产权证明或租赁合同", "复印件", "电子", "1", "申请人自备", "场所须位于长沙黄花综合保税区围网内"),
    ("5", "环境影响评价批复文件", "复印件", "电子", "1", "生态环境部门核发", "属于环评豁免情形的，提供书面说明"),
    ("6", "维修旧件及固体废物处置协议", "原件", "电子", "1", "申请人自备", "与具备相应资质的处置单位签订"),
    ("7", "海关计算机管理系统（ERP）联网说明", "原件", "电子", "1", "申请人自备", "无"),
]
CS_CL_HEAD = ["序号", "材料名称", "材料类型", "材料形式", "份数", "来源渠道", "备注"]
CS_SHIXIAN = "法定办结时限：20个工作日；承诺办结时限：5个工作日（不含现场核查时间）。"
CS_SHOUFEI = "不收费。"
CS_JIEGUO = "结果名称：《保税维修业务备案确认书》；结果送达：电子送达、邮寄送达或窗口领取。"
CS_ZIXUN = "咨询电话：0731-84581235（综保区管委会经济发展部）；0731-84581200（政务服务窗口）。"
CS_JIANDU = "监督投诉：0731-84581100；12345政务服务便民热线。"


def build_changsha():
    stem = CS_STEM
    F = "./%s_files/" % stem
    css = BASE_CSS + """
.header{background-color:#0b4a93}.nav{background:#0d5fb8}
.main{margin-top:10px}
.left{width:230px;background:#fff}.left h3{height:50px;line-height:50px;background:#0d5fb8;color:#fff;text-align:center;font-size:18px}
.left li{height:44px;line-height:44px;border-bottom:1px dashed #ddd;padding-left:30px}.left li.on a{color:#0d5fb8;font-weight:bold}
.right{width:950px;background:#fff;padding:30px 40px}
.bszn-title{font-size:24px;color:#0d5fb8;text-align:center;line-height:40px}
.bszn-info{text-align:center;color:#999;font-size:13px;margin:12px 0;border-bottom:1px solid #e5e5e5;padding-bottom:12px}
.bszn-info span{margin:0 10px}
.bszn-btns a{display:inline-block;padding:6px 18px;margin-right:10px;border-radius:3px;background:#f39800;color:#fff}
.bszn-anchor{margin:18px 0;background:#eef4fb;height:40px;line-height:40px}.bszn-anchor a{padding:0 14px}
.bszn-block{margin-bottom:24px}.block-tit{font-size:18px;font-weight:bold;color:#0d5fb8;border-left:4px solid #0d5fb8;padding-left:10px;margin-bottom:10px}
.block-con p,.block-con li{line-height:30px;font-size:15px}
ol.lc{list-style:decimal;padding-left:2em}ol.lc li{list-style:decimal}
table.jbxx,table.cl{width:100%;border-collapse:collapse}table.jbxx th,table.jbxx td,table.cl th,table.cl td{border:1px solid #d6dfea;padding:8px 10px;font-size:14px}
table.jbxx th{width:120px;background:#f3f7fc;color:#555}table.cl th{background:#0d5fb8;color:#fff}
.tips{color:#c00}
.share{margin-top:20px;border-top:1px solid #eee;padding-top:14px}.share a{margin-right:10px}
.related h3{font-size:16px;margin:20px 0 8px}.related li{line-height:30px}
"""
    files = {
        "style.css": css,
        "jquery-1.11.3.min.js.下载": JQ_STUB,
        "common.js.下载": "$(function(){$('.font a').click(function(){var s=$(this).data('size');$('.block-con').css('font-size',s)});});\nfunction printPage(){window.print();}\n",
        "logo.png": png(40, 12, (11, 74, 147)),
        "header_bg.png": png(30, 10, (13, 95, 184)),
        "flow.png": png(60, 8, (240, 240, 240)),
        "ewm.png": png(10, 10, (0, 0, 0)),
        "dzjg.png": png(8, 10, (200, 0, 0)),
        "zfzc.png": png(12, 5, (200, 0, 0)),
    }
    write_files(stem, files)
    basic = "".join(
        "<tr><th>%s</th><td>%s</td><th>%s</th><td>%s</td></tr>\n" % tuple(esc(x) for x in row) for row in CS_BASIC)
    yiju = "".join("<p>%s</p>\n" % esc(t) for t in CS_YIJU)
    tj = "".join("<li>%s</li>\n" % esc(t) for t in CS_TIAOJIAN)
    lc = "".join("<li>%s</li>\n" % esc(t) for t in CS_LIUCHENG)
    rows = []
    for i, r in enumerate(CS_CAILIAO):
        cells = ["<td align=\"center\">%s</td>" % r[0], "<td>%s</td>" % esc(r[1]), "<td align=\"center\">%s</td>" % r[2]]
        if i < 2:
            cells.append("<td align=\"center\">%s</td>" % esc(r[3]))
        elif i == 2:
            cells.append("<td align=\"center\" rowspan=\"5\" style=\"vertical-align:middle\">%s</td>" % esc(r[3]))
        cells.append("<td align=\"center\">%s</td>" % r[4])
        if i == 5:
            cells.append("<td align=\"center\" rowspan=\"2\" style=\"vertical-align:middle\">%s</td>" % esc(r[5]))
        elif i != 6:
            cells.append("<td align=\"center\">%s</td>" % esc(r[5]))
        note = esc(r[6])
        if i == 0:
            note += '<br><a href="http://www.cszmq.gov.cn/zwfw/bszn/zbqyw/202404/P020240422391857214650.docx" class="dl">【样表下载】</a><a href="http://www.cszmq.gov.cn/zwfw/bszn/zbqyw/202404/P020240422391857301128.docx" class="dl">【空表下载】</a>'
        cells.append("<td>%s</td>" % note)
        rows.append("<tr>" + "".join(cells) + "</tr>")
    cl = "<tr>" + "".join("<th>%s</th>" % h for h in CS_CL_HEAD) + "</tr>\n" + "\n".join(rows)
    nav = ["首页", "片区概况", "新闻动态", "政务公开", "政策法规", "政务服务", "投资促进", "互动交流"]
    navh = "".join('<li><a href="http://www.cszmq.gov.cn/%s/">%s</a></li>' % (s, n) for s, n in zip(
        ["index", "pqgk", "xwdt", "zwgk", "zcfg", "zwfw", "tzcj", "hdjl"], nav))
    page = saved_header(CS_URL) + """<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>%(title)s_办事指南_中国（湖南）自由贸易试验区长沙片区</title>
<meta name="SiteName" content="中国（湖南）自由贸易试验区长沙片区">
<meta name="SiteDomain" content="www.cszmq.gov.cn">
<meta name="SiteIDCode" content="4301000051">
<meta name="ColumnName" content="综合保税区业务">
<meta name="ColumnType" content="办事指南">
<meta name="ArticleTitle" content="%(title)s">
<meta name="PubDate" content="2024-04-22 09:15">
<meta name="ContentSource" content="长沙黄花综合保税区管理委员会">
<meta name="Keywords" content="保税维修,综合保税区,备案,办事指南">
<link rel="stylesheet" type="text/css" href="%(F)sstyle.css">
<script type="text/javascript" src="%(F)sjquery-1.11.3.min.js.下载"></script>
<script type="text/javascript" src="%(F)scommon.js.下载"></script>
</head>
<body>
<div class="topbar"><div class="w1200 clearfix"><span class="fl">您好，欢迎访问中国（湖南）自由贸易试验区长沙片区门户网站！</span><span class="fr"><a href="javascript:void(0);" id="wza">无障碍浏览</a><a href="javascript:void(0);">长者模式</a><a href="javascript:void(0);" id="jft">繁體</a><a href="http://www.cszmq.gov.cn/m/">手机版</a><a href="https://zwfw-new.hunan.gov.cn/">登录</a><a href="https://zwfw-new.hunan.gov.cn/">注册</a></span></div></div>
<div class="header"><div class="w1200 clearfix"><a href="http://www.cszmq.gov.cn/" class="fl"><img src="%(F)slogo.png" alt="中国（湖南）自由贸易试验区长沙片区"></a><div class="search fr"><form action="http://www.cszmq.gov.cn/search/" method="get" target="_blank"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div></div>
<div class="nav"><ul class="w1200 clearfix">%(nav)s</ul></div>
<div class="location w1200">当前位置：<a href="http://www.cszmq.gov.cn/">首页</a>&nbsp;&gt;&nbsp;<a href="http://www.cszmq.gov.cn/zwfw/">政务服务</a>&nbsp;&gt;&nbsp;<a href="http://www.cszmq.gov.cn/zwfw/bszn/">办事指南</a>&nbsp;&gt;&nbsp;<a href="http://www.cszmq.gov.cn/zwfw/bszn/zbqyw/">综合保税区业务</a></div>
<div class="main w1200 clearfix">
<div class="left fl"><h3>办事指南</h3><ul>
<li><a href="http://www.cszmq.gov.cn/zwfw/bszn/qykb/">企业开办</a></li>
<li><a href="http://www.cszmq.gov.cn/zwfw/bszn/tzjs/">投资建设</a></li>
<li class="on"><a href="http://www.cszmq.gov.cn/zwfw/bszn/zbqyw/">综合保税区业务</a></li>
<li><a href="http://www.cszmq.gov.cn/zwfw/bszn/kjmy/">跨境贸易</a></li>
<li><a href="http://www.cszmq.gov.cn/zwfw/bszn/rcfw/">人才服务</a></li>
</ul><div class="ewm"><img src="%(F)sewm.png" alt="扫码查看办事指南"><p>扫一扫，手机查看</p></div></div>
<div class="right fr">
<div class="bszn">
<h1 class="bszn-title">%(title)s</h1>
<div class="bszn-info"><span>发布日期：2024-04-22</span><span>来源：长沙黄花综合保税区管理委员会</span><span>浏览次数：<em id="hits">1086</em></span><span class="font">字号：<a href="javascript:void(0);" data-size="18px">大</a> <a href="javascript:void(0);" data-size="16px">中</a> <a href="javascript:void(0);" data-size="14px">小</a></span></div>
<div class="bszn-btns"><a class="btn-online" href="https://zwfw-new.hunan.gov.cn/onething/service/serviceguidedetail.do?id=430121ZBQT010800" target="_blank">在线办理</a><a class="btn-yy" href="http://www.cszmq.gov.cn/zwfw/yyfw/">预约办理</a><a class="btn-dl" href="http://www.cszmq.gov.cn/zwfw/bszn/zbqyw/202404/P020240422391856633020.pdf">下载办事指南</a><a class="btn-zx" href="http://www.cszmq.gov.cn/hdjl/wyzx/">我要咨询</a></div>
<div class="bszn-anchor"><a href="#jbxx">基本信息</a>|<a href="#sdyj">设定依据</a>|<a href="#sqtj">申请条件</a>|<a href="#bllc">办理流程</a>|<a href="#sqcl">申请材料</a>|<a href="#blsx">办理时限</a>|<a href="#sfbz">收费标准</a>|<a href="#zxjd">咨询监督</a></div>
<div class="bszn-block" id="jbxx"><div class="block-tit">基本信息</div>
<table class="jbxx"><tbody>
%(basic)s</tbody></table></div>
<div class="bszn-block" id="sdyj"><div class="block-tit">设定依据</div><div class="block-con">
%(yiju)s</div></div>
<div class="bszn-block" id="sqtj"><div class="block-tit">申请条件</div><div class="block-con"><p>申请人应当同时具备下列条件：</p><ul class="tj">
%(tj)s</ul></div></div>
<div class="bszn-block" id="bllc"><div class="block-tit">办理流程</div><div class="block-con"><div class="flow"><img src="%(F)sflow.png" alt="保税维修业务备案办理流程图" width="860"></div>
<ol class="lc">
%(lc)s</ol>
<p class="tips">%(note)s</p></div></div>
<div class="bszn-block" id="sqcl"><div class="block-tit">申请材料</div><div class="block-con">
<table class="cl"><tbody>
%(cl)s
</tbody></table></div></div>
<div class="bszn-block" id="blsx"><div class="block-tit">办理时限</div><div class="block-con"><p>%(sx)s</p></div></div>
<div class="bszn-block" id="sfbz"><div class="block-tit">收费标准</div><div class="block-con"><p>%(sf)s</p></div></div>
<div class="bszn-block" id="bljg"><div class="block-tit">办理结果</div><div class="block-con"><p>%(jg)s</p></div></div>
<div class="bszn-block" id="zxjd"><div class="block-tit">咨询监督</div><div class="block-con"><p>%(zx)s</p><p>%(jd)s</p></div></div>
</div>
<div class="share clearfix"><div class="fl">分享到：<a href="javascript:void(0);" class="bds_weixin" title="分享到微信">微信</a><a href="javascript:void(0);" class="bds_tsina" title="分享到新浪微博">微博</a><a href="javascript:void(0);" class="bds_qzone" title="分享到QQ空间">QQ空间</a></div><div class="fr"><a href="javascript:printPage();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div></div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="http://www.cszmq.gov.cn/zcfg/gjzc/202203/t20220401_10520114.html">《中华人民共和国海关综合保税区管理办法》</a></li>
<li><a href="http://www.cszmq.gov.cn/zwfw/bszn/zbqyw/202403/t20240315_11398210.html">长沙黄花综合保税区区内企业设立登记办事指南</a></li>
<li><a href="http://www.cszmq.gov.cn/zwfw/bszn/zbqyw/202402/t20240226_11377409.html">综合保税区内企业开展保税研发业务备案办事指南</a></li>
<li><a href="https://zwfw-new.hunan.gov.cn/">湖南省政务服务网</a></li>
</ul></div>
</div></div>
<div class="footer"><div class="w1200">
<p><a href="http://www.cszmq.gov.cn/gywm/">关于我们</a> | <a href="http://www.cszmq.gov.cn/wzdt/">网站地图</a> | <a href="http://www.cszmq.gov.cn/lxwm/">联系我们</a></p>
<p>主办单位：中国（湖南）自由贸易试验区长沙片区管理委员会办公室　承办单位：长沙片区政务服务中心</p>
<p>地址：湖南省长沙市长沙县黄花镇综保大道8号　邮编：410137　电话：0731-84581000</p>
<p>网站标识码：4301000051　<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备20013456号-1</a>　<img src="%(F)szfzc.png" alt="">湘公网安备 43012102000123号</p>
<p><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0A1B2C3D" target="_blank"><img src="%(F)sdzjg.png" alt="党政机关"></a> <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=4301000051" target="_blank">政府网站找错</a></p>
</div></div>
<script type="text/javascript">var _hmt = _hmt || [];(function() {var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?8d3f7c1a2b";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();
var shareTitle = "长沙黄花综合保税区区内企业保税维修业务备案办事指南";</script>

</body></html>""" % dict(title=CS_TITLE, F=F, nav=navh, basic=basic, yiju=yiju, tj=tj, lc=lc, note=esc(CS_LC_NOTE),
                        cl=cl, sx=CS_SHIXIAN, sf=CS_SHOUFEI, jg=esc(CS_JIEGUO), zx=CS_ZIXUN, jd=CS_JIANDU)
    with open(os.path.join(HERE, stem + ".html"), "w", encoding="utf-8") as fh:
        fh.write(page)
    return stem + ".html"


def cs_expected():
    rows = ["；".join("%s：%s" % (h, v) for h, v in zip(CS_CL_HEAD, r)) for r in CS_CAILIAO]
    clauses = (CS_YIJU + ["申请人应当同时具备下列条件："] + CS_TIAOJIAN + CS_LIUCHENG + [CS_LC_NOTE]
               + rows + [CS_SHIXIAN, CS_SHOUFEI, CS_JIEGUO, CS_ZIXUN, CS_JIANDU])
    return [{
        "meta": {
            "title": CS_TITLE, "doc_number": None, "issuer": [CS_ISSUER],
            "date": None, "published": "2024-04-22", "level": "zone", "region": "湖南省长沙市",
            "effective": None, "expires": None, "attachments": [], "doc_type": "办事指南",
            "recipients": [], "publicity": None,
        },
        "clauses": clauses,
        "applies_to": {
            "default": "长沙黄花综合保税区（湖南省长沙市长沙县，中国（湖南）自由贸易试验区长沙片区）",
            "specific": {
                "办理流程 注": "长沙片区长沙经开区区块（星沙产业基地，长沙县星沙街道） — the note sends those firms elsewhere; it is the only clause about a place outside the 综保区",
                "申请材料 序号4": "长沙黄花综合保税区围网内 (same as default)",
            },
            "note": "长沙海关 / 长沙黄花机场海关 are organs, not places. 湖南省政务服务网 is a website. 设定依据 items cite national/provincial instruments but do not move the guide to 全国 or 湖南省.",
        },
        "_note": (
            "A 办事指南 page saved as 网页，全部 (UTF-8, <stem>_files/ with style.css, jquery-1.11.3.min.js.下载, common.js.下载, PNGs). "
            "Furniture: topbar (无障碍浏览/长者模式/繁體/手机版/登录/注册), header logo + search box, 8-item nav, breadcrumb 当前位置：首页 > 政务服务 > 办事指南 > 综合保税区业务, left menu (企业开办/投资建设/综合保税区业务/跨境贸易/人才服务) + QR 扫一扫, the info line 发布日期：2024-04-22 来源：… 浏览次数：1086 字号：大 中 小, the buttons 在线办理/预约办理/下载办事指南/我要咨询, the anchor bar (基本信息|设定依据|…|咨询监督 — these are the block labels repeated as links), share (微信/微博/QQ空间), 【打印本页】【关闭窗口】, 相关链接 (4 titles), footer (主办/承办/地址/网站标识码/ICP/公网安备/党政机关/政府网站找错), scripts (the baidu script and var shareTitle = \"…\"). "
            "Metadata: title = the h1 (also ArticleTitle; <title> has the suffix _办事指南_中国（湖南）自由贸易试验区长沙片区); no 文号 — the 事项编码 430121-ZB-QT-0108-00 is NOT a doc_number (medium if taken as one); issuer = 长沙黄花综合保税区管理委员会 (来源 line, = 实施主体); published 2024-04-22 (发布日期 / PubDate); no 成文 date, no effective/expires. "
            "基本信息 is a 4-column th/td/th/td table (事项名称 | … | 事项编码 | …) — metadata of the guide, NOT clauses (as row clauses: low; but its pairs must not be glued into one row across th/td pairs, and it must not be read as a data table with 事项名称 as column header). "
            "Clauses in order: 设定依据 1．–4． (numbered in the text); the lead-in 申请人应当同时具备下列条件： (merging it into （一）, or dropping it, is taste) and 申请条件 （一）–（五） (<li>); 办理流程 five <li> in an <ol> — the numbers 1.–5. are drawn by the browser and are NOT in the text (labels 1–5 from the list are right; text with or without a typed number is fine); the 注 paragraph (class tips) after the list; 申请材料 table (header 序号/材料名称/材料类型/材料形式/份数/来源渠道/备注) — 7 rows, written here 序号：N；材料名称：…；…；备注：… ; the 材料形式 cell of rows 3–7 is ONE cell with rowspan=5 (电子) and the 来源渠道 cell of rows 6–7 is ONE cell with rowspan=2 (申请人自备): rows 4–7 must still carry those values in the right columns (a shift, e.g. 份数 read as 材料形式 or 备注 as 来源渠道, is medium); row 1's 备注 cell also holds the links 【样表下载】【空表下载】 after a <br> (in the row text: low); "
            "then the single-paragraph blocks 办理时限, 收费标准, 办理结果, and the two paragraphs of 咨询监督 (咨询电话 / 监督投诉). Each block's label (设定依据, 申请条件, …) is a heading: as path/heading right; label glued into the first clause of the block: low. 咨询电话/监督投诉 as furniture instead of clauses: low. "
            "Block labels come from <div class=\"block-tit\"> (no h2/h3)."
        ),
    }]


# ================================================================ (b) 钦州港片区 常见问题
QZ_STEM = "blind195_qinzhou_faq"
QZ_URL = "http://qzgpq.gxftz.gov.cn/hdjl/cjwt/202409/t20240905_3386127.html"
QZ_TITLE = "钦州港片区跨境贸易与通关便利政策常见问题解答"
QZ_ISSUER = "中国（广西）自由贸易试验区钦州港片区管理委员会商务和口岸局"
QZ_CITED = "《中国（广西）自由贸易试验区钦州港片区促进跨境贸易高质量发展若干措施》"
QZ_INTRO = ("为帮助企业更好理解和用好" + QZ_CITED + "（钦自贸管发〔2024〕6号，以下简称《若干措施》）等政策，"
            "钦州港片区管委会商务和口岸局梳理了近期企业咨询较多的12个问题，现解答如下，供参考。")
# (question, [answer paragraphs]); paragraphs are separate <p> inside the answer
QZ_FAQ = [
    ("《若干措施》适用于哪些企业？",
     ["答：《若干措施》适用于在钦州港片区（含钦州综合保税区、中马钦州产业园区片区范围）依法注册登记、具有独立法人资格，且统计关系在钦州港片区的外贸企业、物流企业和跨境电商企业。根据《若干措施》第二条，享受政策的企业在申报年度内须无重大违法违规记录。"]),
    ("经西部陆海新通道开展海铁联运的企业，可以申请哪些补贴？",
     ["答：根据《若干措施》第五条，对经钦州港东站办理海铁联运集装箱业务的企业，按照每标准箱200元给予补贴；其中，货源地在广西壮族自治区外的，每标准箱再增加100元。单个企业年度补贴总额不超过500万元。"]),
    ("新开通集装箱外贸航线有什么扶持？",
     ["答：《若干措施》第六条规定如下：",
      "第六条　对新开通钦州港至东盟国家港口、至共建“一带一路”国家港口的集装箱外贸班轮航线，且每月航班不少于4班、连续运营满6个月的船公司或其代理，每条航线给予一次性奖励100万元；新开通至欧美远洋航线的，每条航线奖励200万元。",
      "申报时须提供航线运营证明、船期表及钦州港大榄坪港区码头装卸作业记录。"]),
    ("在钦州综合保税区内生产的货物内销，关税怎么征收？",
     ["答：钦州综合保税区内企业生产、加工并经“二线”销往境内区外的货物，可以按照其对应进口料件申报纳税，也可以按照实际报验状态申报纳税，即“内销选择性征收关税”。企业应当在内销申报前向钦州港海关提出申请，并如实申报料件成本。"]),
    ("跨境电商企业在钦州港片区开展“1210”保税备货业务，有哪些支持？",
     ["答：根据《若干措施》第九条，对在钦州综合保税区开展跨境电商网购保税进口（1210）业务，年度进口额首次达到5000万元的企业，给予一次性奖励30万元；首次达到1亿元的，奖励50万元。同一企业按最高档次奖励，不重复享受。"]),
    ("企业申领RCEP原产地证书需要到哪里办理？",
     ["答：企业可以通过“中国国际贸易单一窗口”原产地证书申报系统在线申请，也可以到钦州港片区政务服务中心（钦州港区金海湾东大街1号）海关窗口或钦州市贸促会窗口办理。获得海关认定的经核准出口商，可以自主出具原产地声明，无需申领证书。"]),
    ("外商投资企业在片区设立，办理登记需要多长时间？",
     ["答：钦州港片区对外商投资企业登记实行“一窗通办”，材料齐全的，营业执照、公章刻制、税务登记、银行预约开户等事项1个工作日内办结。外国投资者还可以通过“跨境通办”远程提交材料，无需到现场办理。"]),
    ("东盟国家货物经钦州港转运至重庆、四川等地，在通关方面有什么便利？",
     ["答：对经钦州港进境、以海铁联运方式运往重庆、成都等西部陆海新通道沿线地区的货物，可以适用“一单制”和“铁路快速通关”模式，在钦州港口岸直接办理转关手续，货物到达目的地后再办理申报手续。根据《若干措施》第十二条，片区对采用“一单制”的企业给予每票单证200元补贴。"]),
    ("企业在片区开展大宗商品期货保税交割有什么政策？",
     ["答：片区支持在钦州综合保税区、大榄坪港区设立大宗商品期货保税交割库。根据《若干措施》第十四条，对经期货交易所批准新设的保税交割库，按照库容面积给予每平方米20元、最高不超过100万元的一次性补助。"]),
    ("《若干措施》的奖补资金如何申报？",
     ["答：《若干措施》的奖补资金实行年度集中申报，每年3月1日至3月31日受理上一年度的申报，流程如下：",
      "（1）企业通过钦州港片区惠企政策兑现平台在线填报申报材料；",
      "（2）片区商务和口岸局会同财政局进行审核，审核结果公示5个工作日；",
      "（3）公示无异议的，由财政局在30个工作日内拨付资金。"]),
    ("《若干措施》的有效期是多久？",
     ["答：根据《若干措施》第十八条，“本措施自2024年5月1日起施行，有效期至2026年12月31日。”执行期间如遇国家、自治区政策调整，按照新规定执行。"]),
    ("企业遇到政策问题可以向哪个部门咨询？",
     ["答：可以拨打钦州港片区管委会商务和口岸局咨询电话0777-3881526，或者通过本网站“互动交流—在线咨询”栏目留言，工作人员将在3个工作日内答复。"]),
]
QZ_HELP = [(37, 1), (52, 3), (18, 0), (26, 2), (14, 0), (31, 1), (22, 0), (40, 2), (9, 0), (45, 4), (28, 1), (11, 0)]


def build_qinzhou():
    stem = QZ_STEM
    F = "./%s_files/" % stem
    css = BASE_CSS + """
.header{background-color:#006a8e}.nav{background:#00809e}
.main{background:#fff;padding:30px 40px;margin-top:10px}
.faq-hd h1{font-size:26px;color:#00607f;text-align:center;line-height:42px}
.faq-hd .info{text-align:center;color:#888;font-size:13px;padding:10px 0 14px;border-bottom:2px solid #00809e}
.faq-hd .info span{margin:0 12px}
.faq-intro{text-indent:2em;line-height:30px;font-size:16px;margin:18px 0}
.faq-item{border:1px solid #e3eaee;margin-bottom:10px}
.faq-q{background:#f2f8fa;height:auto;line-height:28px;padding:10px 50px 10px 16px;cursor:pointer;position:relative;font-size:16px;font-weight:bold}
.faq-q .num{display:inline-block;width:32px;color:#00809e}
.faq-q .ico-q,.faq-a .ico-a{display:inline-block;width:24px;height:24px;line-height:24px;border-radius:50%;text-align:center;color:#fff;font-style:normal;margin-right:8px;font-size:13px}
.faq-q .ico-q{background:#00809e}.faq-a .ico-a{background:#f08300}
.faq-q .arrow{position:absolute;right:16px;top:16px;width:12px;height:12px;background:url(arrow.png)}
.faq-a{padding:14px 20px 10px 56px;line-height:30px;font-size:15px}
.faq-a .at p{margin-bottom:6px}
.faq-a .quote{background:#fafafa;border-left:3px solid #f08300;padding:6px 12px;font-family:KaiTi,楷体}
.faq-fb{text-align:right;color:#999;font-size:12px}.faq-fb a{margin-left:10px;color:#00809e}
.side{width:300px}.side h3{background:#00809e;color:#fff;padding:0 16px;height:42px;line-height:42px}
.side li{line-height:34px;border-bottom:1px dashed #ddd;padding:0 10px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.content{width:820px}
.tools{margin-top:20px;padding-top:12px;border-top:1px solid #eee;color:#666}
"""
    js = """$(function(){
  $(".faq-q").on("click",function(){var a=$(this).next(".faq-a");if(a.is(":visible")){a.slideUp(200);$(this).parent().removeClass("on");}else{$(".faq-a").slideUp(200);$(".faq-item").removeClass("on");a.slideDown(200);$(this).parent().addClass("on");}});
  $(".faq-fb a").on("click",function(){$.post("/interface/faqVote",{id:$(this).data("id"),v:$(this).data("v")});});
});
"""
    files = {
        "base.css": css,
        "jquery.min.js.下载": JQ_STUB,
        "faq.js.下载": js,
        "share.js.下载": "window._bd_share_config={common:{bdText:document.title,bdMini:\"2\",bdPic:\"\",bdStyle:\"0\",bdSize:\"16\"},share:{}};\n",
        "logo_qzg.png": png(40, 12, (0, 106, 142)),
        "header_bg.png": png(30, 10, (0, 128, 158)),
        "arrow.png": png(6, 6, (150, 150, 150)),
        "wx_code.png": png(10, 10, (0, 0, 0)),
        "conac.png": png(8, 10, (200, 0, 0)),
        "jiucuo.png": png(12, 5, (200, 0, 0)),
    }
    write_files(stem, files)
    items = []
    for n, ((q, ans), (up, down)) in enumerate(zip(QZ_FAQ, QZ_HELP), 1):
        ps = []
        for k, a in enumerate(ans):
            if a.startswith("第六条"):
                ps.append('<p class="quote">%s</p>' % esc(a))
            elif k == 0 and a.startswith("答："):
                ps.append("<p>%s</p>" % esc(a[2:]))
            else:
                ps.append("<p>%s</p>" % esc(a))
        first = (n == 1)
        items.append(
            '<div class="faq-item%s" id="faq%02d">\n<div class="faq-q"><span class="num">%02d</span><i class="ico-q">问</i><span class="qt">%s</span><em class="arrow"></em></div>\n'
            '<div class="faq-a" style="display: %s;"><i class="ico-a">答</i><div class="at">%s</div>\n'
            '<div class="faq-fb">这条回答对您有帮助吗？<a href="javascript:void(0);" data-id="%d" data-v="1">有帮助(%d)</a><a href="javascript:void(0);" data-id="%d" data-v="0">没帮助(%d)</a></div></div>\n</div>'
            % (" on" if first else "", n, n, esc(q), "block" if first else "none", "\n".join(ps), 3386127 + n, up, 3386127 + n, down))
    nav = ["首页", "片区概况", "新闻中心", "政务公开", "政策法规", "投资指南", "政务服务", "互动交流"]
    navh = "".join('<li><a href="http://qzgpq.gxftz.gov.cn/%s/">%s</a></li>' % (s, n) for s, n in zip(
        ["index", "pqgk", "xwzx", "zwgk", "zcfg", "tzzn", "zwfw", "hdjl"], nav))
    page = saved_header(QZ_URL) + """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>常见问题-中国（广西）自由贸易试验区钦州港片区</title>
<meta name="SiteName" content="中国（广西）自由贸易试验区钦州港片区">
<meta name="ColumnName" content="常见问题">
<meta name="ArticleTitle" content="%(title)s">
<meta name="PubDate" content="2024-09-05 16:40">
<meta name="ContentSource" content="钦州港片区商务和口岸局">
<meta name="description" content="钦州港片区跨境贸易与通关便利政策常见问题解答，共12问。">
<link href="%(F)sbase.css" rel="stylesheet" type="text/css">
<script src="%(F)sjquery.min.js.下载"></script>
</head>
<body>
<div class="topbar"><div class="w1200 clearfix"><span class="fl" id="today">2024年09月06日　星期五</span><span class="fr"><a href="http://qzgpq.gxftz.gov.cn/">设为首页</a><a href="http://qzgpq.gxftz.gov.cn/">加入收藏</a><a href="javascript:void(0);">无障碍</a><a href="http://qzgpq.gxftz.gov.cn/en/">English</a></span></div></div>
<div class="header"><div class="w1200"><a href="http://qzgpq.gxftz.gov.cn/"><img src="%(F)slogo_qzg.png" alt="中国（广西）自由贸易试验区钦州港片区 China (Guangxi) Pilot Free Trade Zone Qinzhou Port Area"></a></div></div>
<div class="nav"><ul class="w1200 clearfix">%(nav)s</ul></div>
<div class="location w1200">您现在的位置：<a href="http://qzgpq.gxftz.gov.cn/">首页</a> » <a href="http://qzgpq.gxftz.gov.cn/hdjl/">互动交流</a> » <a href="http://qzgpq.gxftz.gov.cn/hdjl/cjwt/">常见问题</a></div>
<div class="main w1200 clearfix">
<div class="content fl">
<div class="faq-hd"><h1>%(title)s</h1>
<div class="info"><span>发布时间：2024-09-05</span><span>来源：钦州港片区商务和口岸局</span><span>阅读量：<b id="readNum">2317</b></span><span>【字体：<a href="javascript:void(0);">大</a> <a href="javascript:void(0);">中</a> <a href="javascript:void(0);">小</a>】</span></div></div>
<div class="faq-intro">%(intro)s</div>
<div class="faq-list">
%(items)s
</div>
<div class="tools clearfix"><div class="fl bdsharebuttonbox">分享：<a href="javascript:void(0);" class="bds_weixin" data-cmd="weixin">微信</a> <a href="javascript:void(0);" class="bds_tsina" data-cmd="tsina">微博</a> <a href="javascript:void(0);" class="bds_qzone" data-cmd="qzone">QQ空间</a></div><div class="fr"><a href="javascript:window.print();">【打印】</a> <a href="javascript:window.close();">【关闭】</a></div></div>
</div>
<div class="side fr">
<div class="box"><h3>相关政策</h3><ul>
<li><a href="http://qzgpq.gxftz.gov.cn/zcfg/pqzc/202404/t20240426_3341176.html" title="中国（广西）自由贸易试验区钦州港片区促进跨境贸易高质量发展若干措施">中国（广西）自由贸易试验区钦州港片区促进跨境贸易高质量发展若干措施</a></li>
<li><a href="http://qzgpq.gxftz.gov.cn/zcfg/zcjd/202404/t20240428_3342015.html" title="一图读懂《钦州港片区促进跨境贸易高质量发展若干措施》">一图读懂《钦州港片区促进跨境贸易高质量发展若干措施》</a></li>
<li><a href="http://qzgpq.gxftz.gov.cn/zcfg/pqzc/202311/t20231120_3250419.html" title="钦州港片区支持西部陆海新通道海铁联运发展的实施办法">钦州港片区支持西部陆海新通道海铁联运发展的实施办法</a></li>
<li><a href="http://qzgpq.gxftz.gov.cn/zcfg/gjzc/202310/t20231009_3220517.html" title="海关总署关于支持综合保税区内销选择性征收关税的公告">海关总署关于支持综合保税区内销选择性征收关税的公告</a></li>
</ul></div>
<div class="box"><h3>热点问题</h3><ul>
<li><a href="http://qzgpq.gxftz.gov.cn/hdjl/cjwt/202407/t20240712_3370341.html">钦州综合保税区企业入区需要办理哪些手续？</a></li>
<li><a href="http://qzgpq.gxftz.gov.cn/hdjl/cjwt/202406/t20240618_3361258.html">如何申请跨境人民币结算便利化？</a></li>
<li><a href="http://qzgpq.gxftz.gov.cn/hdjl/cjwt/202405/t20240521_3350087.html">片区人才公寓如何申请？</a></li>
</ul></div>
<div class="box wx"><img src="%(F)swx_code.png" alt="钦州港片区微信公众号"><p>扫码关注“钦州港片区”微信公众号</p></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="http://qzgpq.gxftz.gov.cn/wzdt/">网站地图</a> | <a href="http://qzgpq.gxftz.gov.cn/lxwm/">联系我们</a> | <a href="http://qzgpq.gxftz.gov.cn/sysm/">使用声明</a></p>
<p>主办：中国（广西）自由贸易试验区钦州港片区管理委员会　地址：广西钦州港区金海湾东大街1号</p>
<p>网站标识码：4507000032　<a href="https://beian.miit.gov.cn/">桂ICP备19003612号-2</a>　桂公网安备 45070202000417号</p>
<p><img src="%(F)sconac.png" alt="党政机关"> <img src="%(F)sjiucuo.png" alt="政府网站找错"></p>
</div></div>
<script src="%(F)sfaq.js.下载"></script>
<script src="%(F)sshare.js.下载"></script>
<script>document.getElementById("today").innerHTML = "2024年09月06日　星期五";</script>
</body></html>""" % dict(title=QZ_TITLE, F=F, nav=navh, intro=esc(QZ_INTRO), items="\n".join(items))
    with open(os.path.join(HERE, stem + ".html"), "w", encoding="utf-8") as fh:
        fh.write(page)
    return stem + ".html"


def qz_expected():
    clauses = [QZ_INTRO] + [q + "\n" + "\n".join([a[0][2:]] + a[1:]) for q, a in QZ_FAQ]
    return [{
        "meta": {
            "title": QZ_TITLE, "doc_number": None, "issuer": [QZ_ISSUER],
            "date": None, "published": "2024-09-05", "level": "zone", "region": "广西壮族自治区钦州市",
            "effective": None, "expires": None, "attachments": [], "doc_type": "常见问题（政策问答）",
            "recipients": [], "publicity": None,
        },
        "clauses": clauses,
        "applies_to": {
            "default": "中国（广西）自由贸易试验区钦州港片区（广西壮族自治区钦州市）",
            "specific": {
                "问1": "钦州港片区, 钦州综合保税区, 中马钦州产业园区",
                "问2": "钦州港东站 (钦州港片区); “广西壮族自治区外” is where goods come from — not a place of application",
                "问3": "钦州港 / 大榄坪港区; 东盟国家 / 共建“一带一路”国家 / 欧美 are destinations",
                "问4": "钦州综合保税区",
                "问5": "钦州综合保税区",
                "问6": "钦州港片区政务服务中心 (钦州港区)",
                "问8": "钦州港口岸 — 重庆、成都、四川 are destinations, NOT places of application (medium if the answer is tagged 重庆/四川)",
                "问9": "钦州综合保税区、大榄坪港区",
            },
            "note": "东盟 / 一带一路 / RCEP do not move answers abroad.",
        },
        "_note": (
            "A 常见问题 page saved as 网页，全部 (UTF-8; _files/ with base.css, jquery.min.js.下载, faq.js.下载, share.js.下载, PNGs). "
            "The 12 问/答 are a JS accordion: only item 01 is open (style=\"display: block;\"); the answers of 02–12 were saved COLLAPSED with style=\"display: none;\" — they are still the page's content (a reader that drops hidden elements loses 11 answers: high). "
            "Each item: <div class=faq-q> with a number badge 01…12, an icon <i>问</i> and the question; <div class=faq-a> with an icon <i>答</i>, the answer paragraphs, and a vote bar 这条回答对您有帮助吗？有帮助(37) 没帮助(1) — the vote bar is furniture and must not end up in the answer (low-medium). "
            "Expected clause = question + answer, written here as question⏎answer paragraphs; the 问 and 答 are icons (<i> elements) before the question and the answer text — written here without them (问/答 kept as text: fine); the badge 01… may be the label. Question and answer as two clauses instead of one: low. "
            "Traps: answer 03 holds a quoted article as its own paragraph “第六条　对新开通钦州港至东盟国家港口…” (class quote) — it belongs to answer 03, it is NOT an article 第六条 of this page (a 第六条 clause/label: medium); answer 10 has a lead-in and three paragraphs （1）（2）（3） — they stay in answer 10 (separate item clauses under 问10: tolerable low); answer 11 quotes 自2024年5月1日起施行，有效期至2026年12月31日 — those are the dates of 《若干措施》, NOT of this page (effective/expires taken from it: medium); the intro cites 钦自贸管发〔2024〕6号 — the number of 《若干措施》, NOT a doc_number of this page (medium). "
            "Metadata: title = h1 = ArticleTitle (the <title> is just 常见问题-中国（广西）自由贸易试验区钦州港片区); issuer = 来源 钦州港片区商务和口岸局 = 中国（广西）自由贸易试验区钦州港片区管理委员会商务和口岸局 (片区管委会 alone: low); published 2024-09-05 (发布时间/PubDate); the topbar date 2024年09月06日 星期五 is the day the page was saved (a script wrote it) — not a document date. "
            "Intro paragraph (faq-intro) is expected as the first clause (as furniture: low). "
            "Furniture: topbar, header, nav, breadcrumb 您现在的位置：首页 » 互动交流 » 常见问题, info line (发布时间/来源/阅读量/字体), share + 【打印】【关闭】, right column (相关政策 4 titles, 热点问题 3 questions — these are links, NOT questions of this page: as clauses medium), WeChat QR, footer, scripts."
        ),
    }]


# ================================================================ (c) 西安国际港务区 政策汇编 (GBK)
XA_STEM = "blind195_xian_huibian"
XA_URL = "http://gwq.xa.gov.cn/zmzq/zchb/202405/t20240520_2291736.html"
XA_PAGE_TITLE = "西安国际港务区惠企政策汇编（2024年版）"
XA_CS_T = "西安国际港务区支持中欧班列（西安）集结中心建设若干措施"
XA_TITLE = "西安国际港务区管理委员会关于印发《" + XA_CS_T + "》的通知"
XA_NUM = "西港管发〔2024〕9号"
XA_LIST = [
    ("商务部等8部门关于支持中欧班列高质量发展的指导意见", "商合发〔2023〕112号", "2023-07-06"),
    ("陕西省人民政府关于印发《中国（陕西）自由贸易试验区提升战略行动方案（2024—2027年）》的通知", "陕政发〔2024〕6号", "2024-03-20"),
    ("陕西省人民政府办公厅关于支持中欧班列（西安）集结中心高质量发展的若干措施", "陕政办发〔2023〕19号", "2023-08-11"),
    ("西安市人民政府关于印发西安市促进外贸稳规模优结构若干措施的通知", "市政发〔2024〕4号", "2024-02-27"),
    (XA_TITLE, XA_NUM, "2024-04-16"),
    ("西安国际港务区管理委员会关于印发《西安国际港务区促进跨境电商产业发展实施办法》的通知", "西港管发〔2023〕31号", "2023-09-05"),
    ("西安国际港务区管理委员会关于印发《西安综合保税区高质量发展三年行动计划（2024—2026年）》的通知", "西港管发〔2024〕3号", "2024-01-22"),
    ("西安国际港务区管理委员会办公室关于印发《港务区外商投资企业服务专员制度》的通知", "西港管办发〔2024〕7号", "2024-05-08"),
    ("西安国际港务区管理委员会关于进一步优化营商环境支持市场主体发展的若干措施", "西港管发〔2023〕22号", "2023-06-30"),
    ("西安市商务局 西安海关关于印发《西安市跨境电子商务综合试验区发展扶持办法》的通知", "市商务发〔2023〕56号", "2023-11-15"),
]
XA_PAGE_INTRO = "为便于企业及时了解、精准享受各级惠企政策，港务区管委会商务局对国家、省、市及港务区出台的支持中欧班列、跨境贸易和外资企业发展的主要政策进行了梳理汇编，现予公布。其中，第5项为港务区今年新出台的政策，全文附后。"
XA_ZHUSONG = "区属各部门、各园区管理办公室，各有关企业："
XA_NOTICE = "《" + XA_CS_T + "》已经管委会2024年第5次主任办公会议审议通过，现印发给你们，请认真贯彻执行。"
XA_PREAMBLE = "为深入贯彻落实共建“一带一路”倡议和《中国（陕西）自由贸易试验区提升战略行动方案（2024—2027年）》，加快推进中欧班列（西安）集结中心建设，打造内陆地区效率高、成本低、服务优的国际贸易通道，结合港务区实际，制定以下措施。"
XA_ITEMS = [
    ("一、支持新开线路。", "对平台公司在中欧班列（西安）集结中心新开通至中亚、欧洲及其他共建“一带一路”国家的常态化线路（每月开行不少于2列），每条线路给予一次性奖励50万元。"),
    ("二、支持集结货源。", "对通过西安铁路集装箱中心站（新筑站）集结发运的港务区外货源，按照每标准箱300元给予货代企业奖励；货源地在陕西省外的，每标准箱增加100元。单个企业年度奖励最高不超过500万元。"),
    ("三、支持回程班列。", "对回程班列进口货物在港务区内分拨、加工的企业，按照进口货值的1%给予奖励，单个企业年度奖励最高不超过300万元。"),
    ("四、支持综合保税区加工贸易。", "对在西安综合保税区内新设立、年进出口额首次超过1亿美元的加工贸易企业，给予一次性奖励100万元；首次超过5亿美元的，给予一次性奖励300万元。"),
    ("五、支持保税物流业务。", "对在西安国际港务区保税物流中心（B型）开展保税仓储、国际分拨业务，年度货值超过5000万元的企业，按照货值的0.5%给予奖励，最高不超过100万元。"),
    ("六、推广多式联运“一单制”。", "对使用陆港多式联运提单、在西安国际陆港多式联运海关监管中心办理海关手续的企业，每单给予200元补贴，单个企业年度补贴最高不超过50万元。"),
    ("七、支持跨境电商班列。", "对利用中欧班列运输跨境电商出口货物的企业，按照每标准箱500元给予补贴，单个企业年度补贴最高不超过200万元。"),
    ("八、支持企业落户。", "对新落户港务区的国际货运代理、供应链管理企业，实缴注册资本5000万元以上的，按照实缴注册资本的1%给予落户奖励，最高不超过200万元；在陆港大厦、丝路国际总部港租赁办公用房的，三年内按照租金的50%给予补贴。"),
    ("九、加强要素保障。", "对位于港务区新筑街道、新合街道的集结中心配套仓储物流项目，以及港务区与浐灞生态区共建的临港产业园项目，优先保障用地指标，优先纳入市级重点项目。"),
    ("十、附则。", "本措施由港务区管委会商务局负责解释，自2024年5月1日起施行，有效期至2026年12月31日。同一企业同一项目符合港务区其他扶持政策的，按照“从高不重复”原则执行。"),
]


def mso_spans(text, cut=7, bold_head=None):
    """Text as Word pastes it: CJK runs in 仿宋_GB2312 spans, digits/Latin in lang=EN-US spans,
    and one extra cut inside the first long CJK run (a span break in the middle of a word)."""
    import re
    out = []
    if bold_head:
        out.append('<b><span style="font-size:16.0pt;font-family:黑体;mso-hansi-font-family:&quot;Times New Roman&quot;">%s</span></b>' % esc(bold_head))
    parts = re.split(r"([0-9A-Za-z%.]+)", text)
    done_cut = False
    for part in parts:
        if not part:
            continue
        if re.fullmatch(r"[0-9A-Za-z%.]+", part):
            out.append('<span lang="EN-US" style="font-size:16.0pt;font-family:&quot;Times New Roman&quot;,serif">%s</span>' % esc(part))
        elif not done_cut and len(part) > cut + 3:
            out.append('<span style="font-size:16.0pt;font-family:仿宋_GB2312">%s</span>' % esc(part[:cut]))
            out.append('<span style="font-size:16.0pt;font-family:仿宋_GB2312;mso-bidi-font-family:仿宋_GB2312">%s</span>' % esc(part[cut:]))
            done_cut = True
        else:
            out.append('<span style="font-size:16.0pt;font-family:仿宋_GB2312">%s</span>' % esc(part))
    return "".join(out)


def build_xian():
    stem = XA_STEM
    F = "./%s_files/" % stem
    css = BASE_CSS.replace('@charset "utf-8";', '@charset "gb2312";') + """
.header{background-color:#8a1c1c}.nav{background:#a52a2a}
.main{background:#fff;padding:30px 40px;margin-top:10px}
.hb-title{font-size:26px;color:#a52a2a;text-align:center;line-height:44px}
.hb-info{text-align:center;color:#888;font-size:13px;padding:8px 0 14px;border-bottom:1px solid #ddd}
.hb-intro{text-indent:2em;line-height:30px;font-size:16px;margin:18px 0}
table.hb{width:100%;border-collapse:collapse;margin-bottom:30px}table.hb th,table.hb td{border:1px solid #e0c9c9;padding:9px 8px;font-size:14px}
table.hb th{background:#a52a2a;color:#fff}table.hb tr:nth-child(even) td{background:#fbf6f6}
.zw-box{border-top:3px solid #a52a2a;padding-top:20px}
table.xxgk{width:100%;border-collapse:collapse;background:#f9f9f9;margin-bottom:24px}table.xxgk th,table.xxgk td{border:1px solid #e5e5e5;padding:7px 10px;font-size:13px}table.xxgk th{width:90px;color:#666;font-weight:normal;text-align:right}
.zw-title{font-size:22px;text-align:center;line-height:38px;color:#222;margin:20px 0 6px}
.zw-wh{text-align:center;color:#555;margin-bottom:20px}
.TRS_Editor p{line-height:30px}
.fj{margin-top:18px}.tools{margin-top:20px;border-top:1px solid #eee;padding-top:12px}
"""
    files = {
        "main.css": css,
        "jquery-1.8.3.min.js.下载": JQ_STUB.replace("1.11.3", "1.8.3"),
        "fontsize.js.下载": "function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}\n",
        "logo_gwq.png": png(40, 12, (138, 28, 28)),
        "ftz_logo.png": png(20, 12, (165, 42, 42)),
        "header_bg.png": png(30, 10, (165, 42, 42)),
        "conac.png": png(8, 10, (200, 0, 0)),
        "jiucuo.png": png(12, 5, (200, 0, 0)),
    }
    write_files(stem, files)
    rows = []
    for i, (t, n, d) in enumerate(XA_LIST, 1):
        link = ('<a href="#zw" class="ck">查看全文↓</a>' if i == 5 else
                '<a href="http://gwq.xa.gov.cn/zwgk/zcwj/%s/t%s_%d.html" target="_blank" class="ck">查看原文</a>' % (d[:7].replace("-", ""), d.replace("-", ""), 2200000 + i * 3719))
        rows.append('<tr><td align="center">%d</td><td><a href="%s" target="_blank" title="%s">%s</a></td><td align="center">%s</td><td align="center">%s</td><td align="center">%s</td></tr>'
                    % (i, "#zw" if i == 5 else "http://gwq.xa.gov.cn/zwgk/zcwj/", esc(t), esc(t), n, d, link))
    P = '<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly">'
    blank = '<p class="MsoNormal" style="line-height:28.0pt;mso-line-height-rule:exactly"><span lang="EN-US" style="font-size:16.0pt">&nbsp;</span></p>'
    body = [
        '<p class="MsoNormal" style="line-height:28.0pt;mso-line-height-rule:exactly"><span style="font-size:16.0pt;font-family:仿宋_GB2312">%s</span><span lang="EN-US" style="font-size:16.0pt"><o:p></o:p></span></p>' % esc(XA_ZHUSONG),
        P + mso_spans(XA_NOTICE) + '<span lang="EN-US"><o:p></o:p></span></p>',
        blank,
        '<p class="MsoNormal" align="right" style="text-align:right;margin-right:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly"><span style="font-size:16.0pt;font-family:仿宋_GB2312">西安国际港务区管理委员会</span></p>',
        '<p class="MsoNormal" align="right" style="text-align:right;margin-right:48.0pt;line-height:28.0pt;mso-line-height-rule:exactly"><span lang="EN-US" style="font-size:16.0pt">2024</span><span style="font-size:16.0pt;font-family:仿宋_GB2312">年</span><span lang="EN-US" style="font-size:16.0pt">4</span><span style="font-size:16.0pt;font-family:仿宋_GB2312">月</span><span lang="EN-US" style="font-size:16.0pt">12</span><span style="font-size:16.0pt;font-family:仿宋_GB2312">日</span></p>',
        P + '<span style="font-size:16.0pt;font-family:仿宋_GB2312">（此件公开发布）</span></p>',
        blank,
        '<p class="MsoNormal" align="center" style="text-align:center;line-height:36.0pt;mso-line-height-rule:exactly"><span style="font-size:22.0pt;font-family:方正小标宋简体">西安国际港务区支持中欧班列（西安）</span><span lang="EN-US" style="font-size:22.0pt;font-family:方正小标宋简体"><br></span><span style="font-size:22.0pt;font-family:方正小标宋简体">集结中心建设若干措施</span></p>',
        blank,
        P + mso_spans(XA_PREAMBLE, cut=4) + '</p>',
    ]
    for h, t in XA_ITEMS:
        body.append(P + mso_spans(t, cut=5, bold_head=h) + '<span lang="EN-US"><o:p></o:p></span></p>')
    nav = ["首页", "港务区概况", "新闻中心", "政务公开", "投资服务", "自贸专区", "政务服务", "互动交流"]
    navh = "".join('<li><a href="http://gwq.xa.gov.cn/%s/">%s</a></li>' % (s, n) for s, n in zip(
        ["index", "gwqgk", "xwzx", "zwgk", "tzfw", "zmzq", "zwfw", "hdjl"], nav))
    page = saved_header(XA_URL) + """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">

<title>%(ptitle)s - 西安国际港务区管理委员会</title>
<meta name="SiteName" content="西安国际港务区管理委员会">
<meta name="ColumnName" content="政策汇编">
<meta name="ArticleTitle" content="%(ptitle)s">
<meta name="PubDate" content="2024-05-20 10:02">
<meta name="ContentSource" content="港务区管委会商务局">
<link rel="stylesheet" href="%(F)smain.css" type="text/css">
<script type="text/javascript" src="%(F)sjquery-1.8.3.min.js.下载"></script>
<script type="text/javascript" src="%(F)sfontsize.js.下载"></script>
</head>
<body>
<div class="topbar"><div class="w1200 clearfix"><span class="fl">欢迎访问西安国际港务区管理委员会门户网站</span><span class="fr"><a href="http://gwq.xa.gov.cn/">首页</a><a href="javascript:void(0);">无障碍浏览</a><a href="http://gwq.xa.gov.cn/wap/">移动版</a></span></div></div>
<div class="header"><div class="w1200 clearfix"><img src="%(F)slogo_gwq.png" alt="西安国际港务区 Xi'an International Trade &amp; Logistics Park" class="fl"><img src="%(F)sftz_logo.png" alt="中国（陕西）自由贸易试验区" class="fr"></div></div>
<div class="nav"><ul class="w1200 clearfix">%(nav)s</ul></div>
<div class="location w1200">当前位置：<a href="http://gwq.xa.gov.cn/">首页</a> &gt; <a href="http://gwq.xa.gov.cn/zmzq/">自贸专区</a> &gt; <a href="http://gwq.xa.gov.cn/zmzq/zchb/">政策汇编</a></div>
<div class="main w1200">
<h1 class="hb-title">%(ptitle)s</h1>
<div class="hb-info">发布时间：2024-05-20　　来源：港务区管委会商务局　　【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div class="hb-intro">%(intro)s</div>
<table class="hb" cellspacing="0" cellpadding="0"><tbody>
<tr><th width="6%%">序号</th><th>政策名称</th><th width="17%%">发文字号</th><th width="11%%">发布日期</th><th width="9%%">原文</th></tr>
%(rows)s
</tbody></table>
<div class="zw-box" id="zw">
<table class="xxgk"><tbody>
<tr><th>索&nbsp;引&nbsp;号：</th><td>11610100MB1C49271L/2024-00156</td><th>主题分类：</th><td>商贸、海关、旅游</td></tr>
<tr><th>发文机关：</th><td>西安国际港务区管理委员会</td><th>成文日期：</th><td>2024年04月12日</td></tr>
<tr><th>标　　题：</th><td colspan="3">%(title)s</td></tr>
<tr><th>发文字号：</th><td>%(num)s</td><th>发布日期：</th><td>2024年04月16日</td></tr>
<tr><th>有&nbsp;效&nbsp;性：</th><td colspan="3">有效</td></tr>
</tbody></table>
<div class="zw-title">西安国际港务区管理委员会关于印发<br>《%(cst)s》的通知</div>
<div class="zw-wh">%(num)s</div>
<div class="TRS_Editor" id="zoom"><div class="WordSection1" style="layout-grid:15.6pt">
%(body)s
</div></div>
<div class="fj">相关附件：<a href="http://gwq.xa.gov.cn/zwgk/zcwj/202404/P020240416573210844906.pdf">西港管发〔2024〕9号.pdf</a></div>
<div class="related"><p>相关解读：<a href="http://gwq.xa.gov.cn/zwgk/zcjd/202404/t20240418_2279811.html">图解《西安国际港务区支持中欧班列（西安）集结中心建设若干措施》</a></p></div>
</div>
<div class="tools clearfix"><div class="fl">分享到：<a href="javascript:void(0);" class="bds_weixin">微信</a> <a href="javascript:void(0);" class="bds_tsina">新浪微博</a> <a href="javascript:void(0);" class="bds_qzone">QQ空间</a></div><div class="fr"><a href="javascript:window.print()">打印本页</a> | <a href="javascript:window.close()">关闭窗口</a> | <a href="#">返回顶部</a></div></div>
<div class="links"><h3>相关链接</h3><ul><li><a href="http://www.shaanxi.gov.cn/">陕西省人民政府</a></li><li><a href="http://www.xa.gov.cn/">西安市人民政府</a></li><li><a href="http://ftz.shaanxi.gov.cn/">中国（陕西）自由贸易试验区</a></li><li><a href="http://xian.customs.gov.cn/">西安海关</a></li></ul></div>
</div>
<div class="footer"><div class="w1200">
<p>主办单位：西安国际港务区管理委员会　承办单位：西安国际港务区管委会办公室</p>
<p>地址：西安市灞桥区港务大道6号　电话：029-83592000</p>
<p>网站标识码：6101000037　<a href="https://beian.miit.gov.cn/">陕ICP备12007681号-1</a>　陕公网安备 61011102000152号</p>
<p><img src="%(F)sconac.png" alt="党政机关"> <img src="%(F)sjiucuo.png" alt="政府网站找错"></p>
</div></div>
</body></html>""" % dict(ptitle=XA_PAGE_TITLE, F=F, nav=navh, intro=esc(XA_PAGE_INTRO), rows="\n".join(rows), title=esc(XA_TITLE),
                        num=XA_NUM, cst=esc(XA_CS_T), body="\n".join(body))
    with open(os.path.join(HERE, stem + ".html"), "w", encoding="gbk") as fh:
        fh.write(page)
    return stem + ".html"


def xa_expected():
    clauses = [XA_NOTICE, XA_PREAMBLE] + [h + t for h, t in XA_ITEMS]
    return [{
        "meta": {
            "title": XA_TITLE, "doc_number": XA_NUM, "issuer": ["西安国际港务区管理委员会"],
            "date": "2024-04-12", "published": "2024-04-16", "level": "zone", "region": "陕西省西安市",
            "effective": "2024-05-01", "expires": "2026-12-31", "attachments": [XA_CS_T], "doc_type": "通知（印发若干措施）",
            "recipients": ["区属各部门", "各园区管理办公室", "各有关企业"], "publicity": "此件公开发布",
        },
        "clauses": clauses,
        "applies_to": {
            "default": "西安国际港务区（陕西省西安市，中国（陕西）自由贸易试验区）",
            "specific": {
                "二、": "西安铁路集装箱中心站（新筑站）; “陕西省外” is where goods come from — not a place of application",
                "四、": "西安综合保税区",
                "五、": "西安国际港务区保税物流中心（B型）",
                "六、": "西安国际陆港多式联运海关监管中心",
                "八、": "陆港大厦、丝路国际总部港 (buildings in 港务区)",
                "九、": "新筑街道、新合街道（港务区）; 浐灞生态区 (the 临港产业园 built jointly with it)",
            },
            "note": "中亚、欧洲、共建“一带一路”国家 (一、) are destinations. The ten-row list names 陕西省/西安市/商务部 documents — those are other documents, not places of this one.",
        },
        "_note": (
            "A 政策汇编 page saved as 网页，全部 in GBK: <meta … charset=gb2312>, bytes in GBK (the text has 浐 — GBK-only, not in GB2312 — and — U+2014, which GB2312 codecs map to ―); "
            "a reader must decode it as GBK/GB18030 (mojibake or a decode error on 浐灞: high). _files/ has main.css, jquery-1.8.3.min.js.下载, fontsize.js.下载, PNGs. "
            "Page: h1 西安国际港务区惠企政策汇编（2024年版） (the compilation, also <title>/ArticleTitle), info line 发布时间：2024-05-20 来源：港务区管委会商务局, an intro paragraph, then a TABLE of ten measures "
            "(序号/政策名称/发文字号/发布日期/原文, links 查看原文 / 查看全文↓) — an index of OTHER documents: not clauses of the printed one (as rows of a separate listing document: tolerable low; glued into the printed document as clauses, or any of their 文号/titles/dates — 陕政发〔2024〕6号, 西港管发〔2024〕3号 … — taken as this document's: medium-high). "
            "Below (#zw): the 信息公开 box (索引号 / 主题分类 / 发文机关 / 成文日期 2024年04月12日 / 标题 / 发文字号 / 发布日期 2024年04月16日 / 有效性 有效) and the full text of row 5 — THE document. "
            "Its title is printed in a div with a <br> before 《 (join without space) and repeated in the box; 文号 line; then the body pasted from Word (class MsoNormal, <o:p>, words cut across <span>s in the middle — e.g. 为深入贯彻落实共建 / 一带一路…, digits in lang=EN-US spans: join without spaces): "
            "主送 区属各部门、各园区管理办公室，各有关企业：; the notice paragraph; 落款 西安国际港务区管理委员会 / 2024年4月12日 (right-aligned; the date typed as 7 spans 2024|年|4|月|12|日); （此件公开发布）; &nbsp; paragraphs; the 措施 title in two spans with a <br> (西安国际港务区支持中欧班列（西安）|集结中心建设若干措施 — join without space; heading, not a clause); the preamble; items 一、…十、 each one paragraph with a bold 黑体 run-in heading (一、支持新开线路。) + text = ONE clause. "
            "Metadata: title/doc_number/issuer/dates of the PRINTED document, not of the compilation page: date 2024-04-12 (成文, 落款), published 2024-04-16 (发布日期 in the box; 2024-05-20 is the compilation's date: medium if taken), effective 2024-05-01 and expires 2026-12-31 (十、); "
            "attachments: the 措施 (printed inline after the notice, no 附件说明 line; [] is tolerable low); 相关附件：西港管发〔2024〕9号.pdf is a download link, not an attachment title (low). level zone (开发区管委会; municipal tolerable). "
            "Furniture: topbar, header logos, nav, breadcrumb 当前位置：首页 > 自贸专区 > 政策汇编, 字号 大中小, 相关附件, 相关解读, share, 打印本页 | 关闭窗口 | 返回顶部, 相关链接 (4 sites), footer. "
            "Reading the compilation as the only document (title 惠企政策汇编, no 文号) loses the real document: high."
        ),
    }]


# ================================================================ (d) 厦门片区 新闻 + 办法全文
XM_STEM = "blind195_xiamen_news"
XM_URL = "http://www.xmftz.gov.cn/pqdt/pqyw/202406/t20240618_2871406.htm"
XM_HEADLINE = "厦门片区出台办法 支持企业建设跨境电商公共海外仓"
XM_YINTI = "新认定公共海外仓最高可获300万元扶持"
XM_TITLE = "中国（福建）自由贸易试验区厦门片区跨境电子商务公共海外仓认定和扶持管理办法"
XM_NUM = "厦自贸委〔2024〕23号"
XM_ISSUER = "中国（福建）自由贸易试验区厦门片区管理委员会"
XM_LEAD = ("6月12日，中国（福建）自由贸易试验区厦门片区管理委员会印发《" + XM_TITLE + "》（" + XM_NUM +
           "，以下简称《办法》），自2024年7月1日起施行。《办法》共五章二十二条，明确了公共海外仓的认定条件、扶持标准和监督管理要求，新认定的公共海外仓最高可获得300万元一次性扶持。")
XM_NEWS = [
    "据了解，截至今年5月底，厦门片区企业已在共建“一带一路”国家和地区布局海外仓46个，总面积超过52万平方米，服务国内跨境电商企业2300余家。",
    "厦门片区管委会贸易发展局有关负责人表示，《办法》将公共海外仓与象屿综合保税区、厦门海沧港综合保税区内的出口集货仓联动起来，打通“前店后仓”链条，进一步降低企业海外物流成本。下一步，片区将于7月发布首批认定申报通知。",
]
XM_CAPTION = "图为厦门片区企业在马来西亚吉隆坡建设的海外仓。（资料图）"
# ("chapter", title) or ("art", text) or ("item", text)
XM_BODY = [
    ("chapter", "第一章　总则"),
    ("art", "第一条　为贯彻落实《中国（福建）自由贸易试验区提升战略行动方案》，支持跨境电子商务企业建设公共海外仓，完善跨境电商海外物流服务体系，助力共建“一带一路”高质量发展，结合厦门片区实际，制定本办法。"),
    ("art", "第二条　本办法所称公共海外仓，是指在厦门片区注册登记的企业在境外自建或者租赁，为跨境电商企业提供仓储、分拣、配送、退换货等公共服务的仓储设施。"),
    ("art", "第三条　本办法适用于在厦门片区（含象屿综合保税区、厦门海沧港综合保税区）依法注册、具有独立法人资格并在片区纳税的企业。"),
    ("art", "第四条　片区管委会贸易发展局负责公共海外仓的认定和扶持资金的审核；财政金融局负责扶持资金的拨付和监督。"),
    ("chapter", "第二章　认定条件"),
    ("art", "第五条　申请认定公共海外仓的企业，应当同时符合下列条件："),
    ("item", "（一）上一年度跨境电商进出口额不低于5000万元人民币；"),
    ("item", "（二）海外仓面积不低于5000平方米，且已连续运营1年以上；"),
    ("item", "（三）为不少于20家国内跨境电商企业提供服务，其中厦门市企业不少于10家；"),
    ("item", "（四）具备与海关、税务等部门数据对接的信息管理系统。"),
    ("art", "第六条　位于共建“一带一路”国家和地区、《区域全面经济伙伴关系协定》（RCEP）成员国的海外仓，面积条件可以放宽至3000平方米。"),
    ("art", "第七条　企业申请认定，应当提交下列材料：（一）公共海外仓认定申请表；（二）海外仓产权证明或者租赁合同；（三）上一年度服务企业清单及业务数据；（四）其他需要提交的材料。"),
    ("art", "第八条　贸易发展局自受理申请之日起20个工作日内组织评审，评审结果在厦门片区门户网站公示5个工作日。公示无异议的，认定为“厦门片区公共海外仓”，认定有效期3年。"),
    ("chapter", "第三章　扶持措施"),
    ("art", "第九条　对新认定的公共海外仓，按照其海外仓建设投入的20%给予一次性扶持，单个企业最高不超过300万元。"),
    ("art", "第十条　对公共海外仓运营企业，按照其上一年度服务厦门市跨境电商企业出口货值的1%给予运营奖励，单个企业最高不超过100万元。"),
    ("art", "第十一条　对在象屿综合保税区、厦门海沧港综合保税区内设立跨境电商出口集货仓，与公共海外仓形成“前店后仓”联动的企业，按照集货仓年租金的30%给予补贴，单个企业最高不超过50万元。"),
    ("art", "第十二条　对经东渡港区、海沧港区开行至公共海外仓所在国家的跨境电商海运快船航线，每航次给予船公司1万元补贴，每家船公司年度最高不超过100万元。"),
    ("art", "第十三条　支持金融机构为公共海外仓企业提供“海外仓贷”等融资产品，对企业实际支付的贷款利息按照50%给予贴息，单个企业年度最高不超过50万元。"),
    ("art", "第十四条　同一企业同一事项符合厦门片区其他扶持政策的，按照“从高不重复”原则执行。"),
    ("chapter", "第四章　申报与监督管理"),
    ("art", "第十五条　扶持资金实行年度申报，申报时间以贸易发展局发布的申报通知为准。"),
    ("art", "第十六条　获得认定的公共海外仓运营企业应当于每年3月31日前向贸易发展局报送上一年度运营情况。"),
    ("art", "第十七条　贸易发展局对公共海外仓实行动态管理，有下列情形之一的，撤销认定："),
    ("item", "（一）连续两个年度服务企业数量不符合本办法第五条规定的；"),
    ("item", "（二）海外仓停止运营超过6个月的；"),
    ("item", "（三）以弄虚作假等手段骗取认定或者扶持资金的。"),
    ("art", "第十八条　企业以弄虚作假手段骗取扶持资金的，收回已拨付资金，并依法依规纳入失信记录。"),
    ("art", "第十九条　相关工作人员在扶持资金审核、拨付工作中滥用职权、玩忽职守、徇私舞弊的，依法依规追究责任。"),
    ("chapter", "第五章　附则"),
    ("art", "第二十条　本办法所称跨境电商进出口额，以海关统计数据为准。"),
    ("art", "第二十一条　本办法由厦门片区管委会贸易发展局负责解释。"),
    ("art", "第二十二条　本办法自2024年7月1日起施行，有效期三年。"),
]


def build_xiamen():
    stem = XM_STEM
    F = "./%s_files/" % stem
    css = BASE_CSS + """
.header{background-color:#0a5c8f}.nav{background:#0b6fae}
.main{background:#fff;padding:36px 60px;margin-top:10px}
.art-yt{text-align:center;color:#666;font-size:16px}
.art-title{font-size:28px;text-align:center;line-height:46px;color:#0a4a75;margin:4px 0 10px}
.art-info{text-align:center;color:#888;font-size:13px;padding-bottom:14px;border-bottom:1px dashed #ccc}
.art-info span{margin:0 10px}
.art-lead{background:#f3f8fc;border:1px solid #dbe8f3;padding:12px 18px;margin:20px 0;line-height:28px;color:#555}
.art-lead b{color:#0b6fae}
.TRS_Editor p{font-size:16px;line-height:32px;margin-bottom:8px}
.TRS_Editor .pic{text-align:center}.TRS_Editor .pic img{max-width:700px}
.TRS_Editor .caption{text-align:center;font-family:KaiTi,楷体;color:#555;font-size:14px}
.art-foot{margin-top:20px;color:#777;text-align:right}
.prenext{margin-top:16px;line-height:30px}
.rel h3{font-size:17px;border-bottom:2px solid #0b6fae;line-height:36px;margin-top:24px}.rel li{line-height:32px}.rel li span{float:right;color:#999}
.ewm-box{position:absolute;right:20px;top:300px;width:120px;text-align:center;font-size:12px}
"""
    files = {
        "index.css": css,
        "jquery.min.js.下载": JQ_STUB,
        "qrcode.min.js.下载": "var QRCode;!function(){function a(a){this.mode=c.MODE_8BIT_BYTE,this.data=a}}();\n",
        "article.js.下载": "$(function(){var t=$('.art-title').text();$('#shareTitle').val(t);new QRCode(document.getElementById('qrcode'),location.href);});\nfunction setFont(s){$('.TRS_Editor p').css('font-size',s+'px');}\n",
        "logo.png": png(40, 12, (10, 92, 143)),
        "header_bg.png": png(30, 10, (11, 111, 174)),
        "W020240618392716250418.jpg": png(64, 40, (120, 140, 160)),
        "qrcode.png": png(12, 12, (0, 0, 0)),
        "conac.png": png(8, 10, (200, 0, 0)),
        "jiucuo.png": png(12, 5, (200, 0, 0)),
    }
    write_files(stem, files)
    ps = []
    ps.append('<p style="text-indent: 2em;">%s</p>' % esc(XM_NEWS[0]))
    ps.append('<p class="pic" style="text-align: center;"><img src="%sW020240618392716250418.jpg" title="" alt="" oldsrc="W020240618392716250418.jpg" width="640"></p>' % F)
    ps.append('<p class="caption" style="text-align: center;">%s</p>' % esc(XM_CAPTION))
    ps.append('<p style="text-indent: 2em;">%s</p>' % esc(XM_NEWS[1]))
    ps.append('<p style="text-indent: 2em;"><strong>《办法》全文如下：</strong></p>')
    ps.append('<p style="text-align: center;"><strong><span style="font-size: 20px;">%s</span></strong></p>' % esc(XM_TITLE))
    # chapter 4 (申报与监督管理) is typed as ONE <p> with <br>s, as a CMS editor pastes it
    ch4 = None
    for kind, text in XM_BODY:
        if kind == "chapter":
            if ch4 is not None:
                ps.append('<p>' + "<br>".join(ch4) + '</p>')
                ch4 = None
            ps.append('<p style="text-align: center;"><strong>%s</strong></p>' % esc(text))
            if text.startswith("第四章"):
                ch4 = []
            continue
        if kind == "art":
            num, rest = text.split("　", 1)
            s = '　　<strong>%s</strong>　%s' % (num, esc(rest))
        else:
            s = '　　' + esc(text)
        if ch4 is not None:
            ch4.append(s)
        else:
            ps.append('<p>' + s + '</p>')
    body = "\n".join(ps)
    nav = ["首页", "走进片区", "片区动态", "政务公开", "政策服务", "投资厦门", "办事服务", "互动交流"]
    navh = "".join('<li><a href="http://www.xmftz.gov.cn/%s/">%s</a></li>' % (s, n) for s, n in zip(
        ["index", "zjpq", "pqdt", "zwgk", "zcfw", "tzxm", "bsfw", "hdjl"], nav))
    page = saved_header(XM_URL) + """<html lang="zh-cn"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<meta name="renderer" content="webkit">
<title>%(head)s - 中国（福建）自由贸易试验区厦门片区</title>
<meta name="SiteName" content="中国（福建）自由贸易试验区厦门片区">
<meta name="SiteDomain" content="www.xmftz.gov.cn">
<meta name="ColumnName" content="片区要闻">
<meta name="ArticleTitle" content="%(head)s">
<meta name="PubDate" content="2024-06-18 10:26">
<meta name="ContentSource" content="贸易发展局">
<meta name="Description" content="%(yt)s">
<link rel="stylesheet" href="%(F)sindex.css">
<script src="%(F)sjquery.min.js.下载"></script>
<script src="%(F)sqrcode.min.js.下载"></script>
</head>
<body>
<div class="topbar"><div class="w1200 clearfix"><span class="fl">今天是：2024年6月19日</span><span class="fr"><a href="http://www.xmftz.gov.cn/">简体版</a><a href="http://www.xmftz.gov.cn/big5/">繁體版</a><a href="http://www.xmftz.gov.cn/en/">English</a><a href="javascript:void(0);">无障碍</a></span></div></div>
<div class="header"><div class="w1200"><a href="http://www.xmftz.gov.cn/"><img src="%(F)slogo.png" alt="中国（福建）自由贸易试验区厦门片区"></a></div></div>
<div class="nav"><ul class="w1200 clearfix">%(nav)s</ul></div>
<div class="location w1200">当前位置：<a href="http://www.xmftz.gov.cn/">首页</a> &gt; <a href="http://www.xmftz.gov.cn/pqdt/">片区动态</a> &gt; <a href="http://www.xmftz.gov.cn/pqdt/pqyw/">片区要闻</a> &gt; 正文</div>
<div class="main w1200" style="position:relative">
<div class="art-yt">%(yt)s</div>
<h1 class="art-title">%(head)s</h1>
<div class="art-info"><span>发布时间：2024-06-18 10:26</span><span>来源：贸易发展局</span><span>浏览量：<i id="clickNum">1263</i></span><span>字体：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a></span></div>
<div class="art-lead"><b>【导语】</b>%(lead)s</div>
<div class="TRS_Editor">
%(body)s
</div>
<div class="art-foot">（责任编辑：林晓雯）</div>
<div class="tools"><input type="hidden" id="shareTitle" value="%(head)s">分享到：<a href="javascript:void(0);" class="share-wx">微信</a> <a href="javascript:void(0);" class="share-wb">微博</a> <a href="javascript:void(0);" class="share-qq">QQ</a>　　<a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
<div class="prenext"><p>上一篇：<a href="http://www.xmftz.gov.cn/pqdt/pqyw/202406/t20240614_2869052.htm">厦门片区发布《关于支持融资租赁业高质量发展的若干措施》</a></p><p>下一篇：<a href="http://www.xmftz.gov.cn/pqdt/pqyw/202406/t20240620_2872218.htm">象屿综合保税区前5个月进出口值同比增长12.6%%</a></p></div>
<div class="rel"><h3>相关新闻</h3><ul>
<li><a href="http://www.xmftz.gov.cn/pqdt/pqyw/202405/t20240528_2859903.htm">厦门片区跨境电商出口额一季度同比增长31%%</a><span>2024-05-28</span></li>
<li><a href="http://www.xmftz.gov.cn/zwgk/zcjd/202406/t20240619_2871977.htm">一图读懂｜厦门片区跨境电商公共海外仓认定和扶持管理办法</a><span>2024-06-19</span></li>
<li><a href="http://www.xmftz.gov.cn/pqdt/pqyw/202404/t20240416_2840112.htm">厦门片区与马来西亚企业签署海外仓合作协议</a><span>2024-04-16</span></li>
</ul></div>
<div class="ewm-box"><div id="qrcode"><img src="%(F)sqrcode.png" alt="二维码"></div><p>扫一扫在手机打开当前页</p></div>
</div>
<div class="footer"><div class="w1200">
<p><a href="http://www.xmftz.gov.cn/wzdt/">网站地图</a> | <a href="http://www.xmftz.gov.cn/lxwm/">联系我们</a> | <a href="http://www.xmftz.gov.cn/yssm/">隐私声明</a></p>
<p>主办单位：中国（福建）自由贸易试验区厦门片区管理委员会　地址：厦门市湖里区象屿路93号厦门国际航运中心C栋</p>
<p>网站标识码：3502000071　<a href="https://beian.miit.gov.cn/">闽ICP备15028721号-1</a>　闽公网安备 35020602000274号</p>
<p><img src="%(F)sconac.png" alt="党政机关"> <img src="%(F)sjiucuo.png" alt="政府网站找错"></p>
</div></div>
<script src="%(F)sarticle.js.下载"></script>
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?5c1d0e9f3a";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
</body></html>""" % dict(head=XM_HEADLINE, yt=XM_YINTI, F=F, nav=navh, lead=esc(XM_LEAD), body=body)
    with open(os.path.join(HERE, stem + ".html"), "w", encoding="utf-8") as fh:
        fh.write(page)
    return stem + ".html"


def xm_expected():
    clauses = [t for k, t in XM_BODY if k != "chapter"]
    return [{
        "meta": {
            "title": XM_TITLE, "doc_number": XM_NUM, "issuer": [XM_ISSUER],
            "date": "2024-06-12", "published": "2024-06-18", "level": "zone", "region": "福建省厦门市",
            "effective": "2024-07-01", "expires": "2027-06-30", "attachments": [], "doc_type": "办法（新闻发布，附全文）",
            "recipients": [], "publicity": None,
        },
        "clauses": clauses,
        "applies_to": {
            "default": "中国（福建）自由贸易试验区厦门片区（福建省厦门市）",
            "specific": {
                "第三条": "厦门片区，含象屿综合保税区、厦门海沧港综合保税区",
                "第十一条": "象屿综合保税区、厦门海沧港综合保税区",
                "第十二条": "东渡港区、海沧港区",
            },
            "note": "公共海外仓 are abroad (境外; 共建“一带一路”国家和地区 / RCEP成员国 in 第六条) but the measures apply to 厦门片区 firms — no clause is located abroad. 马来西亚吉隆坡 appears only in the photo caption (furniture).",
        },
        "_note": (
            "A news page saved as 网页，全部 (UTF-8; _files/ with index.css, jquery.min.js.下载, qrcode.min.js.下载, article.js.下载, a .jpg and PNGs). "
            "The news: 引题 新认定公共海外仓最高可获300万元扶持, headline h1 厦门片区出台办法 支持企业建设跨境电商公共海外仓 (= <title>/ArticleTitle), info line 发布时间：2024-06-18 10:26 来源：贸易发展局 浏览量 字体, a boxed 【导语】 (names the 办法, its 文号 厦自贸委〔2024〕23号, the 印发 date 6月12日 — without the year: 2024 from the page — and 自2024年7月1日起施行), two news paragraphs, a photo with a caption, then 《办法》全文如下： and the 办法 (its title as a bold centred <p>). "
            "What the analyst reads: ONE document = the 办法 (title = the 办法 title, NOT the news headline: medium; 文号 from the 导语; issuer 厦门片区管委会 — not 贸易发展局 (the 来源 of the news): low-medium; date 2024-06-12 (印发, from 6月12日 in the 导语), published 2024-06-18 (the page); effective 2024-07-01, 有效期三年 → expires 2027-06-30 (2027-07-01 tolerable low; null medium). "
            "Clauses: 第一条…第二十二条 (number in <strong> + full-width space + text = one clause) and the items （一）–（四） of 第五条 and （一）–（三） of 第十七条 as separate paragraphs (merged into their article: equally good); 第七条's items are inline (one clause). 第一章…第五章 are centred bold headings (not clauses; the path of 第X条 should carry its 章). "
            "Chapter 4 (第十五条–第十九条 with the three items of 第十七条) is ONE <p> whose lines are separated by <br> with full-width-space indents: each line must become its own clause (glued together: high — 第十五条…第十九条 lost as separate articles). "
            "The 导语, the two news paragraphs, the photo caption and “《办法》全文如下：” are news prose, not clauses of the 办法 (as clauses: low-medium; 导语 glued into 第一条: medium). "
            "Furniture: topbar 今天是：2024年6月19日 (the saving day), header, nav, breadcrumb 当前位置：首页 > 片区动态 > 片区要闻 > 正文, （责任编辑：林晓雯）, share + 【打印本页】【关闭窗口】, 上一篇/下一篇 (titles with 《…若干措施》 — other documents), 相关新闻 (with dates), QR 扫一扫在手机打开当前页, footer, hidden input shareTitle, scripts."
        ),
    }]


def main():
    files = [build_changsha(), build_qinzhou(), build_xian(), build_xiamen()]
    out = {
        CS_STEM: cs_expected(),
        QZ_STEM: qz_expected(),
        XA_STEM: xa_expected(),
        XM_STEM: xm_expected(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    print("wrote", *files)


if __name__ == "__main__":
    main()
