# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 701: two provincial 商务厅 portal pages saved from a browser as .html.

Writes next to itself:
  blind701_hunan_tongzhi.html   (湖南省商务厅 site, table-based grid, notice + inline 若干措施)
  blind701_guangxi_tongzhi.html (广西壮族自治区商务厅 site, li-based grid, single notice with table)
  expected.json
No PDF this round (theme: browser-saved html pages).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Page 1: 湖南省商务厅
# ---------------------------------------------------------------------------
HUNAN_TITLE = "湖南省商务厅 湖南省财政厅关于印发《湖南省支持跨境电商高质量发展若干措施》的通知"

HUNAN_HTML = r"""<!DOCTYPE html>
<!-- saved from url=(0071)http://swt.hunan.gov.cn/swt/hnswt/zwgk/zcwj/202511/t20251126_33856127.html -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="湖南省商务厅">
<meta name="SiteDomain" content="swt.hunan.gov.cn">
<meta name="SiteIDCode" content="4300000067">
<meta name="ColumnName" content="政策文件">
<meta name="ArticleTitle" content="湖南省商务厅 湖南省财政厅关于印发《湖南省支持跨境电商高质量发展若干措施》的通知">
<meta name="PubDate" content="2025-11-26 10:32">
<meta name="ContentSource" content="电子商务处">
<title>湖南省商务厅 湖南省财政厅关于印发《湖南省支持跨境电商高质量发展若干措施》的通知_政策文件_湖南省商务厅</title>
<link rel="stylesheet" href="./t20251126_33856127_files/common.css">
<style type="text/css">
body{margin:0;padding:0;font-family:"Microsoft YaHei",SimSun,sans-serif;background:#f3f3f3;}
.w1200{width:1200px;margin:0 auto;}
.top-bar{background:#b40000;height:36px;line-height:36px;color:#fff;font-size:13px;}
.top-bar a{color:#fff;text-decoration:none;margin-left:12px;}
.header{height:130px;background:url(./t20251126_33856127_files/head_bg.jpg) no-repeat center;}
.nav{background:#c81212;height:50px;}
.nav li{float:left;list-style:none;width:150px;text-align:center;line-height:50px;}
.nav li a{color:#fff;font-size:17px;text-decoration:none;}
.xxgk_table{width:100%;border-collapse:collapse;font-size:14px;background:#fbfbfb;}
.xxgk_table td{border:1px solid #e1e1e1;padding:6px 10px;}
.xxgk_table td.t{width:90px;font-weight:bold;background:#f2f2f2;}
.TRS_Editor p{font-size:16pt;line-height:1.9;margin:0;}
.fjxz li{list-style:none;line-height:30px;}
.share a{display:inline-block;width:24px;height:24px;margin-right:6px;}
.footer{background:#8b0000;color:#fff;font-size:13px;text-align:center;padding:18px 0;line-height:26px;}
.footer a{color:#fff;}
</style>
<script type="text/javascript" src="./t20251126_33856127_files/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200">
  <span>欢迎访问湖南省商务厅网站！</span>
  <span style="float:right"><a href="javascript:void(0)">无障碍浏览</a><a href="javascript:void(0)">长者模式</a><a href="http://swt.hunan.gov.cn/">简</a>|<a href="javascript:void(0)">繁</a><a href="http://swt.hunan.gov.cn/english/">English</a></span>
</div></div>
<div class="header"><div class="w1200">
  <a href="http://swt.hunan.gov.cn/"><img src="./t20251126_33856127_files/logo.png" alt="湖南省商务厅" width="520" height="90" style="margin-top:20px"></a>
  <div class="search" style="float:right;margin-top:45px"><input type="text" placeholder="请输入关键字" style="width:220px;height:30px">&nbsp;<input type="button" value="搜索" style="height:34px"></div>
</div></div>
<div class="nav"><ul class="w1200" style="margin:0 auto;padding:0">
  <li><a href="http://swt.hunan.gov.cn/">首页</a></li>
  <li><a href="http://swt.hunan.gov.cn/swt/hnswt/jggk/">机构概况</a></li>
  <li><a href="http://swt.hunan.gov.cn/swt/hnswt/zwgk/">政务公开</a></li>
  <li><a href="http://swt.hunan.gov.cn/swt/hnswt/zwfw/">政务服务</a></li>
  <li><a href="http://swt.hunan.gov.cn/swt/hnswt/hdjl/">互动交流</a></li>
  <li><a href="http://swt.hunan.gov.cn/swt/hnswt/ztzl/">专题专栏</a></li>
  <li><a href="http://swt.hunan.gov.cn/swt/hnswt/swsj/">商务数据</a></li>
  <li><a href="http://swt.hunan.gov.cn/swt/hnswt/xwzx/">新闻中心</a></li>
</ul></div>

<div class="w1200" style="background:#fff;margin-top:12px;padding:0 40px 40px 40px;box-sizing:border-box">
  <div class="crumb" style="height:46px;line-height:46px;border-bottom:1px solid #ddd;font-size:14px;color:#666">
    当前位置：<a href="http://swt.hunan.gov.cn/">首页</a>&nbsp;&gt;&nbsp;<a href="http://swt.hunan.gov.cn/swt/hnswt/zwgk/">政务公开</a>&nbsp;&gt;&nbsp;<a href="http://swt.hunan.gov.cn/swt/hnswt/zwgk/zcwj/">政策文件</a>
  </div>

  <table class="xxgk_table" style="margin-top:20px">
    <tbody>
    <tr><td class="t">索&nbsp;引&nbsp;号：</td><td>430000/2025-00218</td><td class="t">主题分类：</td><td>商贸、海关、旅游\电子商务</td></tr>
    <tr><td class="t">发文机关：</td><td>湖南省商务厅&nbsp;湖南省财政厅</td><td class="t">成文日期：</td><td>2025-11-20</td></tr>
    <tr><td class="t">标&nbsp;&nbsp;&nbsp;&nbsp;题：</td><td colspan="3">湖南省商务厅 湖南省财政厅关于印发《湖南省支持跨境电商高质量发展若干措施》的通知</td></tr>
    <tr><td class="t">发文字号：</td><td>湘商电商〔2025〕21号</td><td class="t">发布日期：</td><td>2025-11-26</td></tr>
    <tr><td class="t">有&nbsp;效&nbsp;性：</td><td>有效</td><td class="t">公开方式：</td><td>主动公开</td></tr>
    </tbody>
  </table>

  <div class="article-title" style="text-align:center;margin:36px 0 10px 0">
    <h1 style="font-size:26px;color:#b40000;line-height:40px;font-weight:bold">湖南省商务厅 湖南省财政厅<br>关于印发《湖南省支持跨境电商高质量发展若干措施》的通知</h1>
    <div class="info" style="font-size:13px;color:#888;margin-top:10px">
      发布时间：2025-11-26 10:32&nbsp;&nbsp;&nbsp;&nbsp;信息来源：电子商务处&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<span id="visitcount">3862</span>&nbsp;&nbsp;&nbsp;&nbsp;【字号：<a href="javascript:doZoom(18)">大</a>&nbsp;<a href="javascript:doZoom(16)">中</a>&nbsp;<a href="javascript:doZoom(14)">小</a>】
    </div>
  </div>

  <div id="zoom" class="TRS_Editor" style="font-family:仿宋_GB2312,仿宋;padding:10px 30px">
<div class="TRS_Editor"><p align="center" style="text-align:center;text-indent:0">湘商电商〔2025〕21号</p>
<p>&nbsp;</p>
<p class="MsoNormal" style="text-indent:0"><span style="font-family:仿宋_GB2312">各市州商务局、各市州财政局，中国（湖南）自由贸易试验区各片区管委会，省直有关单位：</span></p>
<p class="MsoNormal" style="text-indent:2em"><span style="font-family:仿宋_GB2312">为深入贯彻落实党中央、国务院关于促进跨境电商健康持续发展的决策部署，加快建设全省跨境电子商务综合试验区，推动我省跨境电商高质量发展，省商务厅、省财政厅研究制定了《湖南省支持跨境电商高质量发展若干措施》，现印发给你们，请结合实际认真贯彻落实。</span></p>
<p class="MsoNormal" style="text-indent:2em"><span style="font-family:仿宋_GB2312">各市州商务局要会同同级财政部门，于2025年12月31日前制定本地区具体实施细则，报省商务厅、省财政厅备案。执行中遇到的问题，请及时向省商务厅（电子商务处）、省财政厅（经济建设处）反馈。</span></p>
<p class="MsoNormal" style="text-indent:2em"><span style="font-family:仿宋_GB2312">联系人：省商务厅电子商务处&nbsp;刘芳，0731-82287316；省财政厅经济建设处&nbsp;陈志刚，0731-85165428。</span></p>
<p>&nbsp;</p>
<p class="MsoNormal" style="text-indent:2em"><span style="font-family:仿宋_GB2312">附件：1．湖南省支持跨境电商高质量发展若干措施</span></p>
<p class="MsoNormal" style="text-indent:2em"><span style="font-family:仿宋_GB2312">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;2．湖南省省级跨境电商公共海外仓认定条件</span></p>
<p>&nbsp;</p>
<p>&nbsp;</p>
<p class="MsoNormal" style="text-align:right"><span style="font-family:仿宋_GB2312">湖南省商务厅&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;湖南省财政厅</span></p>
<p class="MsoNormal" style="text-align:right;margin-right:3em"><span style="font-family:仿宋_GB2312">2025年11月20日</span></p>
<p class="MsoNormal" style="text-indent:2em"><span style="font-family:仿宋_GB2312">（此件公开发布）</span></p>
<p>&nbsp;</p>
<p class="MsoNormal" style="text-indent:0"><span style="font-family:黑体">附件1</span></p>
<p>&nbsp;</p>
<p align="center" style="text-align:center;text-indent:0"><strong><span style="font-family:方正小标宋简体;font-size:22pt">湖南省支持跨境电商高质量发展若干措施</span></strong></p>
<p>&nbsp;</p>
<p class="MsoNormal" style="text-indent:2em"><span style="font-family:仿宋_GB2312">为进一步激发跨境电商发展活力，打造内陆地区跨境电商发展高地，助力全省外贸稳规模、优结构，结合我省实际，制定以下措施。</span></p>
<p class="MsoNormal" style="text-indent:2em"><span style="font-family:黑体">一、培育壮大经营主体</span></p>
<p class="MsoNormal" style="text-indent:2em"><span style="font-family:仿宋_GB2312"><strong>1．引育龙头企业。</strong>对上一年度跨境电商进出口额首次突破1亿元、5亿元、10亿元的企业，分别给予最高50万元、100万元、200万元一次性奖励。支持各市州引进国内外知名跨境电商平台在湘设立区域总部、结算中心。</span></p>
<p class="MsoNormal" style="text-indent:2em"><span style="font-family:仿宋_GB2312"><strong>2．推动传统外贸和制造企业“触网”转型。</strong>支持传统外贸企业、生产制造企业通过跨境电商开拓国际市场，对首次开展跨境电商B2B出口（9710、9810监管方式）且年出口额达到200万元以上的企业，给予最高10万元奖励。</span></p>
<p class="MsoNormal" style="text-indent:2em"><span style="font-family:仿宋_GB2312"><strong>3．培育跨境电商服务商。</strong>对为省内中小企业提供跨境电商代运营、营销推广、人才培训等服务，且年服务企业数量超过50家的服务商，按其服务费用的20%给予补助，单家企业每年不超过30万元。</span></p>
<p class="MsoNormal" style="text-indent:2em"><strong><span style="font-family:黑体">二、完善跨境物流和海外仓体系</span></strong></p>
<p class="MsoNormal" style="text-indent:2em"><span style="font-family:仿宋_GB2312"><strong>4．支持公共海外仓建设。</strong>对经认定的省级跨境电商公共海外仓（认定条件见附件2），按照仓储面积、服务企业数量等给予最高200万元支持。鼓励企业在RCEP成员国、共建“一带一路”国家和地区布局海外仓。</span></p>
<p class="MsoNormal" style="text-indent:2em"><span style="font-family:仿宋_GB2312"><strong>5．发挥中欧班列运输优势。</strong>支持中欧班列（长沙）开行跨境电商专列，对通过中欧班列运输的跨境电商货物，按照集装箱数量给予运费补贴，每标准箱不超过3000元。</span><br>
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<span style="font-family:仿宋_GB2312"><strong>6．拓展航空物流通道。</strong>支持长沙黄花国际机场加密至东南亚、中亚、欧洲等地区的全货机航线，对开通跨境电商货运包机的企业，按照每架次实际运营成本的30%给予补助。</span></p>
<p class="MsoNormal" style="text-indent:2em"><span style="font-family:黑体">三、提升综合保税区和口岸功能</span></p>
<p class="MsoNormal" style="text-indent:2em"><span style="font-family:仿宋_GB2312"><strong>7．推动综合保税区发展跨境电商。</strong>支持长沙黄花综合保税区、岳阳城陵矶综合保税区、郴州综合保税区、湘潭综合保税区、衡阳综合保税区开展跨境电商网购保税进口（1210）业务，以及保税维修、保税</span><br>
<span style="font-family:仿宋_GB2312">展示交易等新业态。</span></p>
<p class="MsoNormal" style="text-indent:2em"><span style="font-family:仿宋_GB2312"><strong>8．优化通关监管服务。</strong>会同长沙海关推广跨境电商出口“清单申报、汇总统计”模式，推进跨境电商零售进口退货中心仓建设，进一步压缩整体通关时间。</span></p>
<p class="MsoNormal" style="text-indent:2em"><span style="font-family:仿宋_GB2312"><strong>9．便利跨境资金结算。</strong>支持金融机构、支付机构为跨境电商企业提供高效便捷的跨境人民币结算服务，鼓励依托中国（湖南）自由贸易试验区开展跨境电商外汇业务创新试点。</span></p>
<p class="MsoNormal" style="text-indent:2em"><span style="font-family:黑体">四、强化要素保障</span></p>
<p class="MsoNormal" style="text-indent:2em"><span style="font-family:仿宋_GB2312"><strong>10．加大金融支持。</strong>引导银行机构开发“跨境电商贷”“海外仓贷”等专属产品，对符合条件的跨境电商企业贷款给予不超过1个百分点的贴息，单家企业每年贴息不超过50万元。</span></p>
<p class="MsoNormal" style="text-indent:2em"><span style="font-family:仿宋_GB2312"><strong>11．加强人才</strong><strong>培养。</strong>支持高校、职业院校开设跨境电商相关专业，对经认定的省级跨境电商人才培训基地给予最高30万元支持。</span></p>
<p class="MsoNormal" style="text-indent:2em"><span style="font-family:仿宋_GB2312"><strong>12．强化统计监测。</strong>建立全省跨境电商统计监测体系，各市州商务部门按季度报送跨境电商进出口数据，省商务厅定期通报各地发展情况。</span></p>
<p class="MsoNormal" style="text-indent:2em"><span style="font-family:仿宋_GB2312">本措施所需资金在省级外贸发展专项资金中统筹安排。同一项目已获得省级其他财政资金支持的，不重复支持。</span></p>
<p class="MsoNormal" style="text-indent:2em"><span style="font-family:仿宋_GB2312">本措施由省商务厅、省财政厅负责解释，自2026年1月1日起施行，有效期至2028年12月31日。《湖南省促进跨境电子商务发展若干政策措施》（湘商电商〔2022〕8号）同时废止。</span></p>
<p>&nbsp;</p>
</div>
  </div>

  <div class="fjxz" style="margin:20px 30px;padding:12px 20px;border:1px dashed #d9a3a3;background:#fffaf8">
    <p style="font-weight:bold;color:#b40000;margin:0 0 6px 0">附件下载：</p>
    <ul style="margin:0;padding:0">
      <li><a href="./P020251126563318270417.pdf" target="_blank">附件1：湖南省支持跨境电商高质量发展若干措施.pdf</a></li>
      <li><a href="./P020251126563318274921.docx" target="_blank">附件2：湖南省省级跨境电商公共海外仓认定条件.docx</a></li>
    </ul>
  </div>

  <div class="xgjd" style="margin:20px 30px;font-size:15px">
    <p style="font-weight:bold;border-bottom:2px solid #b40000;padding-bottom:6px">相关解读</p>
    <ul style="padding-left:20px;line-height:30px">
      <li><a href="http://swt.hunan.gov.cn/swt/hnswt/zwgk/zcjd/202511/t20251126_33856140.html">【文字解读】《湖南省支持跨境电商高质量发展若干措施》政策解读</a></li>
      <li><a href="http://swt.hunan.gov.cn/swt/hnswt/zwgk/zcjd/202511/t20251127_33857002.html">【图片解读】一图读懂湖南支持跨境电商高质量发展12条措施</a></li>
    </ul>
  </div>

  <div class="bottom-tools" style="margin:20px 30px;overflow:hidden;border-top:1px solid #eee;padding-top:14px">
    <div class="share" style="float:left">分享到：<a href="javascript:void(0)" title="微信"><img src="./t20251126_33856127_files/wx.png" alt="微信"></a><a href="javascript:void(0)" title="新浪微博"><img src="./t20251126_33856127_files/wb.png" alt="微博"></a><a href="javascript:void(0)" title="QQ空间"><img src="./t20251126_33856127_files/qzone.png" alt="QQ空间"></a></div>
    <div style="float:right"><a href="javascript:window.print()">【打印】</a>&nbsp;<a href="javascript:window.close()">【关闭】</a></div>
  </div>
  <div class="prevnext" style="margin:10px 30px;font-size:14px;line-height:28px;color:#555">
    <p>上一篇：<a href="http://swt.hunan.gov.cn/swt/hnswt/zwgk/zcwj/202511/t20251118_33849011.html">湖南省商务厅关于组织开展2025年度省级外贸综合服务企业认定工作的通知</a></p>
    <p>下一篇：<a href="http://swt.hunan.gov.cn/swt/hnswt/zwgk/zcwj/202512/t20251203_33862245.html">湖南省商务厅 长沙海关关于推进中欧班列（长沙）高质量发展的实施意见</a></p>
  </div>
</div>

<div class="footer" style="margin-top:20px"><div class="w1200">
  <p style="margin:0"><a href="javascript:void(0)">网站地图</a>&nbsp;|&nbsp;<a href="javascript:void(0)">联系我们</a>&nbsp;|&nbsp;<a href="javascript:void(0)">隐私声明</a></p>
  <p style="margin:0">主办单位：湖南省商务厅&nbsp;&nbsp;&nbsp;&nbsp;承办：湖南省商务厅信息中心&nbsp;&nbsp;&nbsp;&nbsp;地址：长沙市天心区湘府西路8号</p>
  <p style="margin:0">网站标识码：4300000067&nbsp;&nbsp;&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备05006183号</a>&nbsp;&nbsp;&nbsp;&nbsp;<img src="./t20251126_33856127_files/ga.png" width="16">湘公网安备&nbsp;43010302000386号</p>
  <p style="margin:0"><img src="./t20251126_33856127_files/dzjg.png" alt="党政机关" width="40">&nbsp;<img src="./t20251126_33856127_files/jiucuo.png" alt="政府网站找错" width="90"></p>
</div></div>
<script type="text/javascript">
function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}
var _hmt=_hmt||[];
</script>
</body></html>
"""

HUNAN_NOTICE_CLAUSES = [
    "为深入贯彻落实党中央、国务院关于促进跨境电商健康持续发展的决策部署，加快建设全省跨境电子商务综合试验区，推动我省跨境电商高质量发展，省商务厅、省财政厅研究制定了《湖南省支持跨境电商高质量发展若干措施》，现印发给你们，请结合实际认真贯彻落实。",
    "各市州商务局要会同同级财政部门，于2025年12月31日前制定本地区具体实施细则，报省商务厅、省财政厅备案。执行中遇到的问题，请及时向省商务厅（电子商务处）、省财政厅（经济建设处）反馈。",
    "联系人：省商务厅电子商务处 刘芳，0731-82287316；省财政厅经济建设处 陈志刚，0731-85165428。",
]

HUNAN_MEASURES_CLAUSES = [
    "为进一步激发跨境电商发展活力，打造内陆地区跨境电商发展高地，助力全省外贸稳规模、优结构，结合我省实际，制定以下措施。",
    "1．引育龙头企业。对上一年度跨境电商进出口额首次突破1亿元、5亿元、10亿元的企业，分别给予最高50万元、100万元、200万元一次性奖励。支持各市州引进国内外知名跨境电商平台在湘设立区域总部、结算中心。",
    "2．推动传统外贸和制造企业“触网”转型。支持传统外贸企业、生产制造企业通过跨境电商开拓国际市场，对首次开展跨境电商B2B出口（9710、9810监管方式）且年出口额达到200万元以上的企业，给予最高10万元奖励。",
    "3．培育跨境电商服务商。对为省内中小企业提供跨境电商代运营、营销推广、人才培训等服务，且年服务企业数量超过50家的服务商，按其服务费用的20%给予补助，单家企业每年不超过30万元。",
    "4．支持公共海外仓建设。对经认定的省级跨境电商公共海外仓（认定条件见附件2），按照仓储面积、服务企业数量等给予最高200万元支持。鼓励企业在RCEP成员国、共建“一带一路”国家和地区布局海外仓。",
    "5．发挥中欧班列运输优势。支持中欧班列（长沙）开行跨境电商专列，对通过中欧班列运输的跨境电商货物，按照集装箱数量给予运费补贴，每标准箱不超过3000元。",
    "6．拓展航空物流通道。支持长沙黄花国际机场加密至东南亚、中亚、欧洲等地区的全货机航线，对开通跨境电商货运包机的企业，按照每架次实际运营成本的30%给予补助。",
    "7．推动综合保税区发展跨境电商。支持长沙黄花综合保税区、岳阳城陵矶综合保税区、郴州综合保税区、湘潭综合保税区、衡阳综合保税区开展跨境电商网购保税进口（1210）业务，以及保税维修、保税展示交易等新业态。",
    "8．优化通关监管服务。会同长沙海关推广跨境电商出口“清单申报、汇总统计”模式，推进跨境电商零售进口退货中心仓建设，进一步压缩整体通关时间。",
    "9．便利跨境资金结算。支持金融机构、支付机构为跨境电商企业提供高效便捷的跨境人民币结算服务，鼓励依托中国（湖南）自由贸易试验区开展跨境电商外汇业务创新试点。",
    "10．加大金融支持。引导银行机构开发“跨境电商贷”“海外仓贷”等专属产品，对符合条件的跨境电商企业贷款给予不超过1个百分点的贴息，单家企业每年贴息不超过50万元。",
    "11．加强人才培养。支持高校、职业院校开设跨境电商相关专业，对经认定的省级跨境电商人才培训基地给予最高30万元支持。",
    "12．强化统计监测。建立全省跨境电商统计监测体系，各市州商务部门按季度报送跨境电商进出口数据，省商务厅定期通报各地发展情况。",
    "本措施所需资金在省级外贸发展专项资金中统筹安排。同一项目已获得省级其他财政资金支持的，不重复支持。",
    "本措施由省商务厅、省财政厅负责解释，自2026年1月1日起施行，有效期至2028年12月31日。《湖南省促进跨境电子商务发展若干政策措施》（湘商电商〔2022〕8号）同时废止。",
]

HUNAN_EXPECTED = [
    {
        "meta": {
            "title": HUNAN_TITLE,
            "doc_number": "湘商电商〔2025〕21号",
            "issuer": ["湖南省商务厅", "湖南省财政厅"],
            "date": "2025-11-20",
            "published": "2025-11-26",
            "level": "provincial",
            "region": "湖南省",
            "effective": None,
            "expires": None,
            "attachments": [
                "湖南省支持跨境电商高质量发展若干措施",
                "湖南省省级跨境电商公共海外仓认定条件",
            ],
            "doc_type": "通知",
            "recipients": [
                "各市州商务局",
                "各市州财政局",
                "中国（湖南）自由贸易试验区各片区管委会",
                "省直有关单位",
            ],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": HUNAN_NOTICE_CLAUSES,
    },
    {
        "meta": {
            "title": "湖南省支持跨境电商高质量发展若干措施",
            "doc_number": None,
            "issuer": ["湖南省商务厅", "湖南省财政厅"],
            "date": "2025-11-20",
            "published": "2025-11-26",
            "level": "provincial",
            "region": "湖南省",
            "effective": "2026-01-01",
            "expires": "2028-12-31",
            "attachments": [],
            "doc_type": "措施",
            "recipients": [],
            "publicity": None,
            "repeals": "《湖南省促进跨境电子商务发展若干政策措施》（湘商电商〔2022〕8号）",
        },
        "clauses": HUNAN_MEASURES_CLAUSES,
    },
]

# ---------------------------------------------------------------------------
# Page 2: 广西壮族自治区商务厅
# ---------------------------------------------------------------------------
GUANGXI_TITLE = "广西壮族自治区商务厅 南宁海关关于做好2026年度综合保税区发展绩效评估和高质量发展工作的通知"

GUANGXI_HTML = r"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=(0066)http://swt.gxzf.gov.cn/zfxxgk/fdzdgknr/zcwj/t21783460.shtml -->
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="SiteName" content="广西壮族自治区商务厅" />
<meta name="SiteDomain" content="swt.gxzf.gov.cn" />
<meta name="SiteIDCode" content="4500000034" />
<meta name="ColumnName" content="政策文件" />
<meta name="ArticleTitle" content="广西壮族自治区商务厅 南宁海关关于做好2026年度综合保税区发展绩效评估和高质量发展工作的通知" />
<meta name="PubDate" content="2026-02-27 16:05" />
<meta name="Keywords" content="综合保税区,绩效评估,南宁海关" />
<title>广西壮族自治区商务厅 南宁海关关于做好2026年度综合保税区发展绩效评估和高质量发展工作的通知 - 广西壮族自治区商务厅网站</title>
<style type="text/css">
*{margin:0;padding:0;}
body{font:14px/1.6 "微软雅黑",Arial;color:#333;background:#eef3f8;}
a{color:#333;text-decoration:none;}
.container{width:1100px;margin:0 auto;}
#gx-head{background:linear-gradient(#1d5fa8,#0f4a8c);height:150px;}
#gx-head .logo{padding-top:30px;}
#gx-menu{background:#0b3d75;height:48px;}
#gx-menu a{float:left;display:block;padding:0 26px;line-height:48px;color:#fff;font-size:16px;}
.people-desc{border:1px solid #cfdff0;background:#f7fbff;margin:18px 0;padding:12px 18px;}
.people-desc ul li{float:left;width:50%;list-style:none;line-height:32px;}
.people-desc ul li.wide{width:100%;}
.people-desc ul li strong{color:#0f4a8c;display:inline-block;width:84px;}
.article-con{font-size:16px;line-height:2;font-family:仿宋_GB2312,仿宋,SimSun;}
.article-con p{margin:0;}
.article-con table{border-collapse:collapse;margin:10px auto;}
.article-con td{border:1px solid #000;padding:4px 8px;font-size:15px;}
.fj-list{margin-top:24px;border-top:1px dotted #9db7d6;padding-top:10px;}
.foot{background:#0b3d75;color:#cfe0f3;padding:20px 0;text-align:center;line-height:26px;font-size:13px;}
.foot a{color:#cfe0f3;}
.clearfix:after{content:"";display:block;clear:both;}
</style>
<script src="../../../images/jquery.min.js" type="text/javascript"></script>
</head>
<body>
<div id="gx-head"><div class="container">
  <div class="logo"><img src="./t21783460_files/logo_swt.png" alt="广西壮族自治区商务厅" /></div>
  <div class="head-links" style="float:right;margin-top:-40px;color:#fff">
    <a href="javascript:;" style="color:#fff">智能问答</a>&nbsp;|&nbsp;<a href="javascript:;" style="color:#fff">无障碍</a>&nbsp;|&nbsp;<a href="javascript:;" style="color:#fff">关怀版</a>&nbsp;|&nbsp;<a href="http://www.gxzf.gov.cn/" style="color:#fff">广西壮族自治区人民政府门户网站</a>
  </div>
</div></div>
<div id="gx-menu"><div class="container clearfix">
  <a href="http://swt.gxzf.gov.cn/">首页</a>
  <a href="http://swt.gxzf.gov.cn/zfxxgk/">政府信息公开</a>
  <a href="http://swt.gxzf.gov.cn/swdt/">商务动态</a>
  <a href="http://swt.gxzf.gov.cn/zwfw/">政务服务</a>
  <a href="http://swt.gxzf.gov.cn/hdjl/">互动交流</a>
  <a href="http://swt.gxzf.gov.cn/ztzl/">专题专栏</a>
  <a href="http://swt.gxzf.gov.cn/zmqgx/">中国—东盟</a>
</div></div>

<div class="container" style="background:#fff;padding:0 36px 30px;">
  <div class="position" style="line-height:44px;border-bottom:1px solid #e5e5e5;color:#777">
    <img src="./t21783460_files/home.png" alt="" />&nbsp;当前位置：<a href="http://swt.gxzf.gov.cn/">首页</a>&nbsp;&gt;&nbsp;<a href="http://swt.gxzf.gov.cn/zfxxgk/">政务公开</a>&nbsp;&gt;&nbsp;<a href="http://swt.gxzf.gov.cn/zfxxgk/fdzdgknr/zcwj/">政策文件</a>&nbsp;&gt;&nbsp;正文
  </div>

  <div class="people-desc">
    <ul class="clearfix">
      <li><strong>索&ensp;引&ensp;号：</strong>000014349/2026-00412</li>
      <li><strong>主题分类：</strong>对外贸易</li>
      <li><strong>发文机关：</strong>广西壮族自治区商务厅，南宁海关</li>
      <li><strong>成文日期：</strong>2026年02月13日</li>
      <li class="wide"><strong>标&emsp;&emsp;题：</strong>广西壮族自治区商务厅 南宁海关关于做好2026年度综合保税区发展绩效评估和高质量发展工作的通知</li>
      <li><strong>发文字号：</strong>桂商外贸发〔2026〕6号</li>
      <li><strong>发布日期：</strong>2026年02月27日</li>
    </ul>
  </div>

  <div class="article">
    <h1 style="text-align:center;font-size:24px;color:#0f4a8c;line-height:38px;padding:14px 60px 6px">广西壮族自治区商务厅&nbsp;南宁海关关于做好2026年度综合保税区发展绩效评估和高质量发展工作的通知</h1>
    <div class="pages-date" style="text-align:center;color:#999;font-size:13px;padding-bottom:14px;border-bottom:1px dashed #ccc">
      2026-02-27 16:05&emsp;来源：对外贸易处&emsp;<span class="font">【字体：<a href="javascript:;" onclick="fontsize(18)">大</a> <a href="javascript:;" onclick="fontsize(16)">中</a> <a href="javascript:;" onclick="fontsize(14)">小</a>】</span>
    </div>

    <div class="article-con" id="article-con">
<p style="text-align:center">桂商外贸发〔2026〕6号</p>
<p><br /></p>
<p>各设区市商务局，南宁海关各隶属海关，各综合保税区管理机构：</p>
<p>　　为贯彻落实《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕3号）和商务部、海关总署关于综合保税区发展绩效评估工作有关要求，推动我区综合保税区加快打造面向东盟的开放合作新高地，现就做好2026年度全区综合保税区发展绩效评估和高质量发展有关工作通知如下：</p>
<p>　　<strong><span style="font-family:黑体">一、评估范围</span></strong></p>
<p>　　（一）评估对象。南宁综合保税区、钦州综合保税区、北海综合保税区、凭祥综合保税区、梧州综合保税区、柳州综合保税区、防城港综合保税区等全区已封关运作满一个完整年度的综合保税区。</p>
<p>　　（二）评估期间。评估数据期间为2025年1月1日至2025年12月31日。</p>
<p>　　<strong><span style="font-family:黑体">二、工作安排</span></strong></p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; （一）开展自评。各综合保税区管理机构要对照《2026年度综合保税区发展绩效评估指标》（<a href="./P020260227390412556108.pdf">附件1</a>），如实填写《综合保税区发展绩效自评表》（<a href="./P020260227390412581362.docx">附件2</a>），于2026年3月20日前报送所在设区市商务局和主管海关。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; （二）初审汇总。各设区市商务局会同主管海关对自评材料进行初审，重点核实进出口额、企业数量、土地利用率等数据的真实性，于2026年3月31日前联合行文报送自治区商务厅和南宁海关。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; （三）综合评估。自治区商务厅、南宁海关组织开展综合评估，评估结果报送商务部、海关总署，并在全区范围内通报。</p>
<p>　　各环节具体时间安排见下表：</p>
<table width="92%" cellspacing="0" cellpadding="0" border="1" align="center">
  <tbody>
    <tr style="background:#f0f0f0">
      <td width="8%" align="center"><strong>序号</strong></td>
      <td width="26%" align="center"><strong>工作环节</strong></td>
      <td width="26%" align="center"><strong>完成时间</strong></td>
      <td width="40%" align="center"><strong>责任单位</strong></td>
    </tr>
    <tr><td align="center">1</td><td>综合保税区自评</td><td>2026年3月20日前</td><td>各综合保税区管理机构</td></tr>
    <tr><td align="center">2</td><td>设区市初审</td><td>2026年3月31日前</td><td>各设区市商务局、<br />主管海关</td></tr>
    <tr><td align="center">3</td><td>自治区综合评估</td><td>2026年4月30日前</td><td>自治区商务厅、南宁海关</td></tr>
    <tr><td align="center">4</td><td>结果通报</td><td>2026年5月底前</td><td>自治区商务厅</td></tr>
  </tbody>
</table>
<p>　　<strong><span style="font-family:黑体">三、推动综合保税区高质量发展</span></strong></p>
<p>　　<strong>（一）大力发展保税加工。</strong>支持综合保税区内企业承接电子信息、新能源汽车零部件等加工贸易梯度转移，推动“两头在外”的加工贸易向研发、检测、维修等产业链高端延伸。<br />
　　<strong>（二）培育跨境电商等新业态。</strong>支持有条件的综合保税区开展跨境电商1210、9610业务，建设面向东盟的跨境电商进出口商品集散中心。<br />
　　<strong>（三）强化与西部陆海新通道联动。</strong>依托钦州港和中欧（中亚）班列、中越跨境班列，推动“综合保税区+陆海新通道”多式联运，提升货物集散和中转效率。</p>
<p>　　<strong>（四）深化与自由贸易试验区协同。</strong>推动中国（广西）自由贸易试验区南宁片区、钦州港片区、崇左片区制度创新成果在综合保税区复制推广，探索保税研发、保税再制造等业务模式。</p>
<p>　　<strong><span style="font-family:黑体">四、工作要求</span></strong></p>
<p>　　<strong>（一）加强组织领导。</strong>各设区市要高度重视综合保税区绩效评估工作，明确分管领导和具体责任人，确保按时保质完成。</p>
<p>　　<strong>（二）确保数据真实。</strong>各综合保税区管理机构对报送数据的真实性、准确性负责，对弄虚作假的，一经查实予以通报批评。</p>
<p>　　<strong>（三）强化结果运用。</strong>评估结果将作为自治区安排外经贸发展专项资金、支持综合保税区扩区调区的重要参考。对连续两年评估结果排名靠后的综合保税区，由自治区商务厅、南宁海关联合约谈。</p>
<p>　　联系人：自治区商务厅对外贸易处&nbsp;韦明华，电话：0771-2216037；南宁海关自贸区和特殊区域发展处&nbsp;蒙丽萍，电话：0771-5536283。</p>
<p><br /></p>
<p>　　附件：1．2026年度综合保税区发展绩效评估指标<br />
　　　　　2．综合保税区发展绩效自评表</p>
<p><br /></p>
<p><br /></p>
<p style="text-align:right">广西壮族自治区商务厅　　　　　　南宁海关&nbsp;&nbsp;&nbsp;&nbsp;</p>
<p style="text-align:right">2026年2月13日&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</p>
<p>　　(此件公开发布)</p>
    </div>

    <div class="fj-list">
      <p style="color:#0f4a8c;font-weight:bold">相关附件：</p>
      <p><img src="./t21783460_files/icon_pdf.gif" alt="" />&nbsp;<a href="./P020260227390412556108.pdf" target="_blank">附件1.2026年度综合保税区发展绩效评估指标.pdf</a></p>
      <p><img src="./t21783460_files/icon_doc.gif" alt="" />&nbsp;<a href="./P020260227390412581362.docx" target="_blank">附件2.综合保税区发展绩效自评表.docx</a></p>
    </div>

    <div class="related" style="margin-top:22px">
      <h3 style="font-size:16px;color:#0f4a8c;border-left:4px solid #0f4a8c;padding-left:8px">相关解读</h3>
      <ul style="padding:8px 0 0 22px;line-height:30px">
        <li><a href="http://swt.gxzf.gov.cn/zfxxgk/fdzdgknr/zcjd/t21783519.shtml">《关于做好2026年度综合保税区发展绩效评估和高质量发展工作的通知》政策解读</a>&emsp;<span style="color:#999">2026-02-27</span></li>
        <li><a href="http://swt.gxzf.gov.cn/zfxxgk/fdzdgknr/zcjd/t21785004.shtml">【图解】广西综合保税区绩效评估“怎么评、评什么”</a>&emsp;<span style="color:#999">2026-03-02</span></li>
      </ul>
    </div>

    <div class="share-print clearfix" style="margin-top:24px;padding-top:12px;border-top:1px solid #e5e5e5">
      <div class="bdsharebuttonbox" style="float:left">分享到：<a href="#" class="bds_weixin" title="分享到微信">微信</a>&nbsp;<a href="#" class="bds_tsina" title="分享到新浪微博">微博</a>&nbsp;<a href="#" class="bds_qzone" title="分享到QQ空间">QQ空间</a></div>
      <div style="float:right"><a href="javascript:window.print();">【打印本页】</a>&nbsp;&nbsp;<a href="javascript:window.opener=null;window.close();">【关闭窗口】</a></div>
    </div>
  </div>
</div>

<div class="foot"><div class="container">
  <p>主办单位：广西壮族自治区商务厅&emsp;&emsp;地址：南宁市民族大道137号&emsp;&emsp;邮编：530022</p>
  <p><a href="https://beian.miit.gov.cn/" target="_blank">桂ICP备10200585号</a>&emsp;&emsp;桂公网安备&nbsp;45010302000521号&emsp;&emsp;网站标识码：4500000034</p>
  <p>建议使用1366×768分辨率浏览本网站&emsp;<span id="_ideConac"><img src="./t21783460_files/red.png" alt="党政机关" /></span></p>
</div></div>
<script type="text/javascript">
function fontsize(s){document.getElementById("article-con").style.fontSize=s+"px";}
window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"16"},"share":{}};
</script>
</body></html>
"""

GUANGXI_CLAUSES = [
    "为贯彻落实《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕3号）和商务部、海关总署关于综合保税区发展绩效评估工作有关要求，推动我区综合保税区加快打造面向东盟的开放合作新高地，现就做好2026年度全区综合保税区发展绩效评估和高质量发展有关工作通知如下：",
    "（一）评估对象。南宁综合保税区、钦州综合保税区、北海综合保税区、凭祥综合保税区、梧州综合保税区、柳州综合保税区、防城港综合保税区等全区已封关运作满一个完整年度的综合保税区。",
    "（二）评估期间。评估数据期间为2025年1月1日至2025年12月31日。",
    "（一）开展自评。各综合保税区管理机构要对照《2026年度综合保税区发展绩效评估指标》（附件1），如实填写《综合保税区发展绩效自评表》（附件2），于2026年3月20日前报送所在设区市商务局和主管海关。",
    "（二）初审汇总。各设区市商务局会同主管海关对自评材料进行初审，重点核实进出口额、企业数量、土地利用率等数据的真实性，于2026年3月31日前联合行文报送自治区商务厅和南宁海关。",
    "（三）综合评估。自治区商务厅、南宁海关组织开展综合评估，评估结果报送商务部、海关总署，并在全区范围内通报。",
    "各环节具体时间安排见下表：",
    "序号：1；工作环节：综合保税区自评；完成时间：2026年3月20日前；责任单位：各综合保税区管理机构",
    "序号：2；工作环节：设区市初审；完成时间：2026年3月31日前；责任单位：各设区市商务局、主管海关",
    "序号：3；工作环节：自治区综合评估；完成时间：2026年4月30日前；责任单位：自治区商务厅、南宁海关",
    "序号：4；工作环节：结果通报；完成时间：2026年5月底前；责任单位：自治区商务厅",
    "（一）大力发展保税加工。支持综合保税区内企业承接电子信息、新能源汽车零部件等加工贸易梯度转移，推动“两头在外”的加工贸易向研发、检测、维修等产业链高端延伸。",
    "（二）培育跨境电商等新业态。支持有条件的综合保税区开展跨境电商1210、9610业务，建设面向东盟的跨境电商进出口商品集散中心。",
    "（三）强化与西部陆海新通道联动。依托钦州港和中欧（中亚）班列、中越跨境班列，推动“综合保税区+陆海新通道”多式联运，提升货物集散和中转效率。",
    "（四）深化与自由贸易试验区协同。推动中国（广西）自由贸易试验区南宁片区、钦州港片区、崇左片区制度创新成果在综合保税区复制推广，探索保税研发、保税再制造等业务模式。",
    "（一）加强组织领导。各设区市要高度重视综合保税区绩效评估工作，明确分管领导和具体责任人，确保按时保质完成。",
    "（二）确保数据真实。各综合保税区管理机构对报送数据的真实性、准确性负责，对弄虚作假的，一经查实予以通报批评。",
    "（三）强化结果运用。评估结果将作为自治区安排外经贸发展专项资金、支持综合保税区扩区调区的重要参考。对连续两年评估结果排名靠后的综合保税区，由自治区商务厅、南宁海关联合约谈。",
    "联系人：自治区商务厅对外贸易处 韦明华，电话：0771-2216037；南宁海关自贸区和特殊区域发展处 蒙丽萍，电话：0771-5536283。",
]

GUANGXI_EXPECTED = [
    {
        "meta": {
            "title": GUANGXI_TITLE,
            "doc_number": "桂商外贸发〔2026〕6号",
            "issuer": ["广西壮族自治区商务厅", "南宁海关"],
            "date": "2026-02-13",
            "published": "2026-02-27",
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": [
                "2026年度综合保税区发展绩效评估指标",
                "综合保税区发展绩效自评表",
            ],
            "doc_type": "通知",
            "recipients": [
                "各设区市商务局",
                "南宁海关各隶属海关",
                "各综合保税区管理机构",
            ],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": GUANGXI_CLAUSES,
    }
]


def main():
    files = {
        "blind701_hunan_tongzhi.html": HUNAN_HTML,
        "blind701_guangxi_tongzhi.html": GUANGXI_HTML,
    }
    for name, text in files.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    expected = {
        "blind701_hunan_tongzhi": HUNAN_EXPECTED,
        "blind701_guangxi_tongzhi": GUANGXI_EXPECTED,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    print("wrote", ", ".join(list(files) + ["expected.json"]), "to", HERE)


if __name__ == "__main__":
    main()
