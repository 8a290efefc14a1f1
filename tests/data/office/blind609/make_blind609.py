# ruff: noqa
#!/usr/bin/env python
# -*- coding: utf-8 -*-
"""Round 609: 办事指南 pages saved from government websites (HTML), one printed to PDF."""
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# shared chrome
# ---------------------------------------------------------------------------
STYLE = """<style type="text/css">
body{margin:0;padding:0;font-family:"Microsoft YaHei","微软雅黑",SimSun,"宋体",sans-serif;font-size:14px;color:#333;background:#f2f2f2;}
a{color:#333;text-decoration:none;}
.top{height:32px;line-height:32px;background:#0b4a8b;color:#fff;font-size:12px;padding:0 20px;}
.top a{color:#fff;margin-left:12px;}
.header{height:110px;background:#1360b0 url(../images/banner.jpg) no-repeat center;}
.header .logo{font-size:30px;color:#fff;font-weight:bold;padding:30px 40px;}
.nav{background:#0b4a8b;height:44px;}
.nav ul{margin:0;padding:0;list-style:none;}
.nav li{float:left;width:140px;text-align:center;line-height:44px;}
.nav li a{color:#fff;font-size:16px;}
.nav li.on{background:#e6a23c;}
.main{width:1100px;margin:12px auto;background:#fff;padding:20px 40px;}
.position{font-size:13px;color:#666;border-bottom:1px solid #ddd;padding-bottom:8px;}
.article-title{font-size:24px;color:#c00;text-align:center;font-weight:bold;margin:24px 0 12px;line-height:36px;}
.article-info{text-align:center;color:#888;font-size:12px;border-bottom:1px dashed #ccc;padding-bottom:10px;}
.article-content{font-size:16px;line-height:30px;padding:20px 0;}
.article-content p{margin:6px 0;text-indent:2em;}
.article-content table{border-collapse:collapse;width:100%;margin:10px 0;}
.article-content td,.article-content th{border:1px solid #999;padding:6px 8px;font-size:14px;line-height:22px;}
.article-content th{background:#eef3fa;}
.share{text-align:right;font-size:12px;color:#666;margin-top:20px;}
.share a{margin:0 4px;}
.tools{text-align:right;font-size:12px;}
.footer{background:#0b4a8b;color:#dfe8f3;text-align:center;font-size:12px;line-height:24px;padding:16px 0;}
.footer a{color:#dfe8f3;}
.hide{display:none;}
</style>"""


def write(name, text):
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


# ---------------------------------------------------------------------------
# 1. 青岛片区  外商投资企业（公司）设立登记办事指南
# ---------------------------------------------------------------------------
QINGDAO_HTML = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="SiteName" content="中国（山东）自由贸易试验区青岛片区" />
<meta name="SiteDomain" content="qdftz.qingdao.gov.cn" />
<meta name="SiteIDCode" content="3702000086" />
<meta name="ColumnName" content="办事指南" />
<meta name="ArticleTitle" content="外商投资企业（公司）设立登记办事指南" />
<meta name="PubDate" content="2025-04-16 10:32" />
<meta name="ContentSource" content="青岛片区管委会" />
<meta name="Keywords" content="外商投资,设立登记,办事指南,自贸片区" />
<title>外商投资企业（公司）设立登记办事指南_办事指南_中国（山东）自由贸易试验区青岛片区</title>
""" + STYLE + """
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">
  // 字号切换
  function doZoom(size){ document.getElementById('zoom').style.fontSize = size + 'px'; }
  var _hmt = _hmt || [];
  var shareTitle = "外商投资企业（公司）设立登记办事指南";
  var shareDesc = "青岛片区政务服务 一网通办 外商投资服务专窗";
</script>
</head>
<body>
<div class="top">
  <span>今天是：<span id="today">2025年4月16日 星期三</span></span>
  <a href="#">无障碍浏览</a><a href="#">长者模式</a><a href="#">English</a><a href="#">网站地图</a>
</div>
<div class="header"><div class="logo">中国（山东）自由贸易试验区青岛片区</div></div>
<div class="nav">
  <ul>
    <li><a href="/">首页</a></li>
    <li><a href="/xwzx/">新闻中心</a></li>
    <li><a href="/zwgk/">政务公开</a></li>
    <li class="on"><a href="/zwfw/">政务服务</a></li>
    <li><a href="/tzcj/">投资促进</a></li>
    <li><a href="/zdcx/">制度创新</a></li>
    <li><a href="/hdjl/">互动交流</a></li>
  </ul>
</div>
<div class="main">
  <div class="position">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zwfw/">政务服务</a>&nbsp;&gt;&nbsp;<a href="/zwfw/bszn/">办事指南</a></div>
  <div class="article-title">外商投资企业（公司）设立登记办事指南</div>
  <div class="article-info">发布时间：2025-04-16 10:32&nbsp;&nbsp;&nbsp;&nbsp;来源：青岛片区管委会&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">2317</span>&nbsp;&nbsp;&nbsp;&nbsp;【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
  <div class="article-content" id="zoom">
<p><strong>一、事项名称：</strong>外商投资企业（公司）设立登记</p>
<p><strong>二、实施主体：</strong>中国（山东）自由贸易试验区青岛片区管理委员会（受青岛市市场监督管理局委托实施）</p>
<p><strong>三、办理依据</strong></p>
<p>1.《中华人民共和国外商投资法》第三十一条。<br />2.《中华人民共和国市场主体登记管理条例》（国务院令第746号）第三条、第十五条。<br />3.《中华人民共和国市场主体登记管理条例实施细则》（国家市场监督管理总局令第52号）第二十七条。<br />4.《山东省人民政府关于向中国（山东）自由贸易试验区下放第一批省级行政权力事项的决定》（鲁政字〔2019〕241号）。</p>
<p><strong>四、受理条件</strong></p>
<p>（一）外国投资者单独投资，或者外国投资者与中国的自然人、法人或者其他组织共同投资，在片区范围内设立有限责任公司或者股份有限公司；</p>
<p>（二）拟设立企业不属于《外商投资准入特别管理措施（负面清单）（2024年版）》禁止投资的领域；属于限制投资领域的，符合负面清单规定的股权要求、高级管理人员要求等特别管理措施；</p>
<p>（三）企业名称、住所、经营范围等登记事项符合法律、行政法规的规定；</p>
<p>（四）申请材料齐全、符合法定形式。</p>
<p><strong>五、申请材料</strong></p>
<table cellspacing="0" cellpadding="0" border="1">
<tbody>
<tr><th width="50">序号</th><th width="260">材料名称</th><th width="80">材料形式</th><th width="50">份数</th><th>备注</th></tr>
<tr><td align="center">1</td><td>公司登记（备案）申请书</td><td align="center">原件</td><td align="center" rowspan="7">1</td><td>由法定代表人签署；通过“全程网办”提交的，以电子签名方式签署</td></tr>
<tr><td align="center">2</td><td>公司章程</td><td align="center">原件</td><td>由全体股东（发起人）签署</td></tr>
<tr><td align="center">3</td><td>外国投资者主体资格证明或者身份证明</td><td align="center">原件</td><td>应当经所在国公证机关公证并经中国驻该国使（领）馆认证；所在国为《取消外国公文书认证要求的公约》缔约国的，提交附加证明书</td></tr>
<tr><td align="center">4</td><td>住所（经营场所）使用证明</td><td align="center">复印件</td><td>实行住所申报承诺制的，可提交《住所（经营场所）申报承诺书》</td></tr>
<tr><td align="center">5</td><td>法定代表人、董事、监事和高级管理人员的任职文件及身份证明</td><td align="center">复印件</td><td>外籍人员提交护照复印件</td></tr>
<tr><td align="center">6</td><td>外国投资者法律文件送达授权委托书</td><td align="center">原件</td><td>委托境内法律文件送达接受人的提交</td></tr>
<tr><td align="center">7</td><td>外文材料的中文译本</td><td align="center">原件</td><td>由翻译单位加盖公章</td></tr>
</tbody>
</table>
<p>注：境外形成的申请材料应当提交原件；通过山东省企业开办“一网通办”平台提交的，原件扫描上传，窗口不再收取纸质材料。</p>
<p><strong>六、办理流程</strong></p>
<p>1.申请：申请人通过山东省企业开办“一网通办”平台或者片区政务服务中心“外商投资服务专窗”提交申请材料。</p>
<p>2.受理：窗口工作人员对申请材料进行形式审查，材料齐全、符合法定形式的，予以受理；材料不齐全或者不符合法定形式的，一次性告知需要补正的全部内容。</p>
<p>3.审核：审核人员对申请材料进行审查，符合条件的，作出准予登记决定；不符合条件的，作出不予登记决定并说明理由。</p>
<p>4．发照：准予登记的，核发营业执照；申请人可以选择窗口领取或者免费邮寄纸质营业执照，同步发放电子营业执照。</p>
<p>5.信息报告：企业设立登记后，外商投资信息报告初始报告由市场监管部门通过企业登记系统推送至商务主管部门，企业无需另行报送。</p>
<p><strong>七、承诺时限：</strong>1个工作日（法定时限：15个工作日）</p>
<p><strong>八、收费标准：</strong>不收费</p>
<p><strong>九、办理地点：</strong>青岛市黄岛区长江中路216号片区政务服务中心一楼B区“外商投资服务专窗”</p>
<p><strong>十、办理时间：</strong>周一至周五上午9:00—12:00，下午13:30—17:00（法定节假日除外）</p>
<p><strong>十一、咨询电话：</strong>0532-86988123&nbsp;&nbsp;&nbsp;&nbsp;监督投诉电话：0532-12345</p>
<p>&nbsp;</p>
<p>附件：<a href="/attach/2025/04/16/wstzqysldjsqs.docx">1.外商投资企业（公司）设立登记申请书（样表）</a></p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<a href="/attach/2025/04/16/zscns.docx">2.住所（经营场所）申报承诺书</a></p>
  </div>
  <div class="share">分享到：<a href="#" class="wx">微信</a><a href="#" class="wb">微博</a><a href="#" class="qq">QQ空间</a></div>
  <div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
  <div class="related">
    <h4>相关链接</h4>
    <ul>
      <li><a href="#">外商投资企业（公司）变更登记办事指南</a></li>
      <li><a href="#">外商投资企业（公司）注销登记办事指南</a></li>
    </ul>
  </div>
</div>
<div class="footer">
  <p><a href="#">关于我们</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
  <p>主办单位：中国（山东）自由贸易试验区青岛片区管理委员会&nbsp;&nbsp;承办单位：青岛片区管委会综合办公室</p>
  <p>网站标识码：3702000086&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/">鲁ICP备05011340号-6</a>&nbsp;&nbsp;鲁公网安备 37021102000391号</p>
  <p>地址：青岛市黄岛区长江中路216号&nbsp;&nbsp;邮编：266555</p>
</div>
<noscript>您的浏览器不支持JavaScript，部分功能无法使用。</noscript>
<script type="text/javascript">
  document.getElementById('hits').innerHTML = '2318';
</script>
</body>
</html>
"""

QINGDAO_EXP = [{
    "meta": {
        "title": "外商投资企业（公司）设立登记办事指南",
        "doc_number": None,
        "issuer": ["中国（山东）自由贸易试验区青岛片区管理委员会"],
        "date": "2025-04-16",
        "published": "2025-04-16",
        "level": "zone",
        "region": "中国（山东）自由贸易试验区青岛片区",
        "effective": None,
        "expires": None,
        "attachments": [
            "外商投资企业（公司）设立登记申请书（样表）",
            "住所（经营场所）申报承诺书",
        ],
        "doc_type": "办事指南",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    },
    "clauses": [
        "一、事项名称：外商投资企业（公司）设立登记",
        "二、实施主体：中国（山东）自由贸易试验区青岛片区管理委员会（受青岛市市场监督管理局委托实施）",
        "1.《中华人民共和国外商投资法》第三十一条。",
        "2.《中华人民共和国市场主体登记管理条例》（国务院令第746号）第三条、第十五条。",
        "3.《中华人民共和国市场主体登记管理条例实施细则》（国家市场监督管理总局令第52号）第二十七条。",
        "4.《山东省人民政府关于向中国（山东）自由贸易试验区下放第一批省级行政权力事项的决定》（鲁政字〔2019〕241号）。",
        "（一）外国投资者单独投资，或者外国投资者与中国的自然人、法人或者其他组织共同投资，在片区范围内设立有限责任公司或者股份有限公司；",
        "（二）拟设立企业不属于《外商投资准入特别管理措施（负面清单）（2024年版）》禁止投资的领域；属于限制投资领域的，符合负面清单规定的股权要求、高级管理人员要求等特别管理措施；",
        "（三）企业名称、住所、经营范围等登记事项符合法律、行政法规的规定；",
        "（四）申请材料齐全、符合法定形式。",
        "序号：1；材料名称：公司登记（备案）申请书；材料形式：原件；份数：1；备注：由法定代表人签署；通过“全程网办”提交的，以电子签名方式签署",
        "序号：2；材料名称：公司章程；材料形式：原件；份数：1；备注：由全体股东（发起人）签署",
        "序号：3；材料名称：外国投资者主体资格证明或者身份证明；材料形式：原件；份数：1；备注：应当经所在国公证机关公证并经中国驻该国使（领）馆认证；所在国为《取消外国公文书认证要求的公约》缔约国的，提交附加证明书",
        "序号：4；材料名称：住所（经营场所）使用证明；材料形式：复印件；份数：1；备注：实行住所申报承诺制的，可提交《住所（经营场所）申报承诺书》",
        "序号：5；材料名称：法定代表人、董事、监事和高级管理人员的任职文件及身份证明；材料形式：复印件；份数：1；备注：外籍人员提交护照复印件",
        "序号：6；材料名称：外国投资者法律文件送达授权委托书；材料形式：原件；份数：1；备注：委托境内法律文件送达接受人的提交",
        "序号：7；材料名称：外文材料的中文译本；材料形式：原件；份数：1；备注：由翻译单位加盖公章",
        "注：境外形成的申请材料应当提交原件；通过山东省企业开办“一网通办”平台提交的，原件扫描上传，窗口不再收取纸质材料。",
        "1.申请：申请人通过山东省企业开办“一网通办”平台或者片区政务服务中心“外商投资服务专窗”提交申请材料。",
        "2.受理：窗口工作人员对申请材料进行形式审查，材料齐全、符合法定形式的，予以受理；材料不齐全或者不符合法定形式的，一次性告知需要补正的全部内容。",
        "3.审核：审核人员对申请材料进行审查，符合条件的，作出准予登记决定；不符合条件的，作出不予登记决定并说明理由。",
        "4．发照：准予登记的，核发营业执照；申请人可以选择窗口领取或者免费邮寄纸质营业执照，同步发放电子营业执照。",
        "5.信息报告：企业设立登记后，外商投资信息报告初始报告由市场监管部门通过企业登记系统推送至商务主管部门，企业无需另行报送。",
        "七、承诺时限：1个工作日（法定时限：15个工作日）",
        "八、收费标准：不收费",
        "九、办理地点：青岛市黄岛区长江中路216号片区政务服务中心一楼B区“外商投资服务专窗”",
        "十、办理时间：周一至周五上午9:00—12:00，下午13:30—17:00（法定节假日除外）",
        "十一、咨询电话：0532-86988123    监督投诉电话：0532-12345",
    ],
}]

# ---------------------------------------------------------------------------
# 2. 郑州市商务局  跨境电子商务企业备案办事指南
# ---------------------------------------------------------------------------
ZHENGZHOU_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="郑州市商务局">
<meta name="SiteIDCode" content="4101000039">
<meta name="ColumnName" content="办事指南">
<meta name="ArticleTitle" content="跨境电子商务企业备案办事指南">
<meta name="PubDate" content="2025-09-08 16:05">
<title>跨境电子商务企业备案办事指南 - 郑州市商务局</title>
""" + STYLE + """
<style>
.basic-info th{width:15%;text-align:right;}
.basic-info td{width:35%;}
.article-content h4{font-size:17px;color:#0b4a8b;border-left:4px solid #0b4a8b;padding-left:10px;margin:22px 0 8px;}
.article-content ol{margin:4px 0 4px 2em;padding-left:1.5em;}
.sign{text-align:right;padding-right:4em;}
</style>
<script>
  var pageConfig = {siteId: 41, channel: "办事指南", title: "跨境电子商务企业备案办事指南"};
  // 统计代码
  (function(){ var hm = document.createElement("script"); hm.src = "https://tj.example.gov.cn/tj.js?zzsw"; })();
</script>
</head>
<body>
<div class="top">郑州市人民政府门户网站 | 郑州市商务局<a href="#">登录</a><a href="#">注册</a><a href="#">无障碍</a></div>
<div class="header"><div class="logo">郑州市商务局</div></div>
<div class="nav">
  <ul>
    <li><a href="/">首页</a></li>
    <li><a href="/jgzn/">机构职能</a></li>
    <li><a href="/zwgk/">政务公开</a></li>
    <li class="on"><a href="/zwfw/">政务服务</a></li>
    <li><a href="/kjds/">跨境电商</a></li>
    <li><a href="/hdjl/">互动交流</a></li>
  </ul>
</div>
<div class="hide" id="mobile-menu">首页 机构职能 政务公开 政务服务 跨境电商 互动交流</div>
<div class="main">
  <div class="position">您所在的位置：<a href="/">首页</a> &gt; <a href="/zwfw/">政务服务</a> &gt; <a href="/zwfw/bszn/">办事指南</a></div>
  <h1 class="article-title">跨境电子商务企业备案办事指南</h1>
  <div class="article-info">发布日期：2025-09-08&nbsp;&nbsp;&nbsp;信息来源：郑州市商务局&nbsp;&nbsp;&nbsp;阅读量：<span>986</span>&nbsp;&nbsp;&nbsp;<a href="javascript:window.print();">打印</a></div>
  <div class="article-content" id="zoom">
<table class="basic-info">
<tr><th>事项名称</th><td>跨境电子商务企业备案</td><th>事项类型</th><td>公共服务</td></tr>
<tr><th>实施主体</th><td>郑州市商务局</td><th>服务对象</th><td>企业法人</td></tr>
<tr><th>承诺时限</th><td>3个工作日</td><th>到现场次数</th><td>0次</td></tr>
<tr><th>收费标准</th><td>不收费</td><th>办件类型</th><td>承诺件</td></tr>
<tr><th>咨询电话</th><td colspan="3">0371-67186552（工作日上午8:30—12:00，下午14:30—17:30）</td></tr>
<tr><th>办理地点</th><td colspan="3">郑州市郑东新区商务外环路20号郑州市政务服务中心三楼商务综合窗口</td></tr>
</table>
<h4>办理依据</h4>
<p>《国务院关于同意在天津等12个城市设立跨境电子商务综合试验区的批复》（国函〔2016〕17号）</p>
<p>《中国（郑州）跨境电子商务综合试验区建设实施方案》</p>
<p>《郑州市跨境电子商务企业备案管理办法》（郑商务〔2024〕27号）</p>
<h4>受理条件</h4>
<p>（一）在郑州市行政区域内依法登记注册，具有独立法人资格；</p>
<p>（二）从事跨境电子商务进出口业务，或者为跨境电子商务提供平台、物流、支付、海外仓等配套服务；</p>
<p>（三）企业信用状况良好，未被列入严重失信主体名单；</p>
<p>（四）近两年内未发生走私、重大质量安全等违法违规行为。</p>
<h4>申请材料</h4>
<table class="cl">
<thead>
<tr><th>序号</th><th>材料名称</th><th>材料形式</th><th>份数</th><th>备注</th></tr>
</thead>
<tbody>
<tr><td>1</td><td>跨境电子商务企业备案表</td><td>原件</td><td>1</td><td>加盖企业公章（见附件1）</td></tr>
<tr><td>2</td><td>营业执照</td><td>复印件</td><td>1</td><td>加盖企业公章；通过数据共享可获取的，免于提交</td></tr>
<tr><td>3</td><td>法定代表人身份证明</td><td>复印件</td><td>1</td><td>外籍人员提交护照复印件</td></tr>
<tr><td>4</td><td>跨境电子商务业务情况说明</td><td>原件</td><td>1</td><td>包括业务模式、合作平台、上年度进出口额等（见附件2）</td></tr>
<tr><td>5</td><td>海关跨境电子商务企业注册登记证明</td><td>电子证照</td><td>1</td><td>已在海关办理注册登记的提供</td></tr>
<tr><td>6</td><td>信用承诺书</td><td>原件</td><td>1</td><td>法定代表人签字并加盖企业公章（见附件3）</td></tr>
</tbody>
</table>
<h4>办理流程</h4>
<ol>
<li>网上申请：企业登录“郑州跨境电商综合服务平台”注册账号，在线填写备案信息并上传申请材料。</li>
<li>受理审核：市商务局自收到申请之日起2个工作日内完成审核；材料不齐全的，通过平台一次性告知需要补正的内容。</li>
<li>办结：审核通过的，系统自动生成备案编号，企业可在平台下载电子备案回执；审核不通过的，说明理由。</li>
<li>变更注销：备案信息发生变化的，企业应当自变化之日起30日内通过平台办理变更；企业终止跨境电子商务业务的，应当申请注销备案。</li>
</ol>
<p><strong>温馨提示：</strong>备案为免费服务，郑州市商务局未委托任何中介机构代为办理，请企业谨防上当受骗。已备案企业可按规定申报跨境电商相关扶持资金。</p>
<p>&nbsp;</p>
<p class="sign">郑州市商务局</p>
<p class="sign">2025年9月5日</p>
<p>&nbsp;</p>
<p>附件下载：</p>
<p><a href="/u/cms/zzsw/202509/08160512abcd.docx">附件1.跨境电子商务企业备案表.docx</a></p>
<p><a href="/u/cms/zzsw/202509/08160513bcde.docx">附件2.跨境电子商务业务情况说明（模板）.docx</a></p>
<p><a href="/u/cms/zzsw/202509/08160514cdef.docx">附件3.信用承诺书.docx</a></p>
  </div>
  <div class="share">分享：<a href="#">微信</a> <a href="#">微博</a> <a href="#">复制链接</a></div>
</div>
<div class="footer">
  <p>主办单位：郑州市商务局&nbsp;&nbsp;&nbsp;技术支持：郑州市大数据管理局</p>
  <p>网站标识码：4101000039&nbsp;&nbsp;&nbsp;豫ICP备10023541号-2&nbsp;&nbsp;&nbsp;豫公网安备 41010502003176号</p>
  <p>地址：郑州市郑东新区商务外环路20号&nbsp;&nbsp;&nbsp;建议使用1366*768以上分辨率浏览</p>
</div>
</body>
</html>
"""

ZHENGZHOU_EXP = [{
    "meta": {
        "title": "跨境电子商务企业备案办事指南",
        "doc_number": None,
        "issuer": ["郑州市商务局"],
        "date": "2025-09-05",
        "published": "2025-09-08",
        "level": "municipal",
        "region": "郑州市",
        "effective": None,
        "expires": None,
        "attachments": [
            "跨境电子商务企业备案表",
            "跨境电子商务业务情况说明（模板）",
            "信用承诺书",
        ],
        "doc_type": "办事指南",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    },
    "clauses": [
        "事项名称：跨境电子商务企业备案；事项类型：公共服务",
        "实施主体：郑州市商务局；服务对象：企业法人",
        "承诺时限：3个工作日；到现场次数：0次",
        "收费标准：不收费；办件类型：承诺件",
        "咨询电话：0371-67186552（工作日上午8:30—12:00，下午14:30—17:30）",
        "办理地点：郑州市郑东新区商务外环路20号郑州市政务服务中心三楼商务综合窗口",
        "《国务院关于同意在天津等12个城市设立跨境电子商务综合试验区的批复》（国函〔2016〕17号）",
        "《中国（郑州）跨境电子商务综合试验区建设实施方案》",
        "《郑州市跨境电子商务企业备案管理办法》（郑商务〔2024〕27号）",
        "（一）在郑州市行政区域内依法登记注册，具有独立法人资格；",
        "（二）从事跨境电子商务进出口业务，或者为跨境电子商务提供平台、物流、支付、海外仓等配套服务；",
        "（三）企业信用状况良好，未被列入严重失信主体名单；",
        "（四）近两年内未发生走私、重大质量安全等违法违规行为。",
        "序号：1；材料名称：跨境电子商务企业备案表；材料形式：原件；份数：1；备注：加盖企业公章（见附件1）",
        "序号：2；材料名称：营业执照；材料形式：复印件；份数：1；备注：加盖企业公章；通过数据共享可获取的，免于提交",
        "序号：3；材料名称：法定代表人身份证明；材料形式：复印件；份数：1；备注：外籍人员提交护照复印件",
        "序号：4；材料名称：跨境电子商务业务情况说明；材料形式：原件；份数：1；备注：包括业务模式、合作平台、上年度进出口额等（见附件2）",
        "序号：5；材料名称：海关跨境电子商务企业注册登记证明；材料形式：电子证照；份数：1；备注：已在海关办理注册登记的提供",
        "序号：6；材料名称：信用承诺书；材料形式：原件；份数：1；备注：法定代表人签字并加盖企业公章（见附件3）",
        "1.网上申请：企业登录“郑州跨境电商综合服务平台”注册账号，在线填写备案信息并上传申请材料。",
        "2.受理审核：市商务局自收到申请之日起2个工作日内完成审核；材料不齐全的，通过平台一次性告知需要补正的内容。",
        "3.办结：审核通过的，系统自动生成备案编号，企业可在平台下载电子备案回执；审核不通过的，说明理由。",
        "4.变更注销：备案信息发生变化的，企业应当自变化之日起30日内通过平台办理变更；企业终止跨境电子商务业务的，应当申请注销备案。",
        "温馨提示：备案为免费服务，郑州市商务局未委托任何中介机构代为办理，请企业谨防上当受骗。已备案企业可按规定申报跨境电商相关扶持资金。",
    ],
}]

# ---------------------------------------------------------------------------
# 3. 厦门市市场监督管理局  外商投资合伙企业设立登记办事指南（2026年版）  (+ PDF)
# ---------------------------------------------------------------------------
XIAMEN_HTML = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="SiteName" content="厦门市市场监督管理局">
<meta name="SiteIDCode" content="3502000051">
<meta name="ColumnName" content="办事指南">
<meta name="ArticleTitle" content="外商投资合伙企业设立登记办事指南（2026年版）">
<meta name="PubDate" content="2026-01-12 09:00">
<title>厦门市市场监督管理局-外商投资合伙企业设立登记办事指南（2026年版）</title>
""" + STYLE + """
<style>
.bszn-row{border-bottom:1px dotted #ccc;padding:6px 0;font-size:16px;}
.bszn-row .label{display:inline-block;width:120px;font-weight:bold;color:#0b4a8b;}
.bszn-sec{font-size:17px;font-weight:bold;color:#0b4a8b;margin:18px 0 6px;}
.group td{background:#f7f7f7;font-weight:bold;}
</style>
<script type="text/javascript">
var gwdsConfig = { sitecode: "3502000051", title: "外商投资合伙企业设立登记办事指南" };
function setFont(s){ var el=document.getElementById("zoom"); if(el){ el.style.fontSize=s+"px"; } }
</script>
</head>
<body>
<div class="top">欢迎访问厦门市市场监督管理局网站<a href="#">简</a><a href="#">繁</a><a href="#">关怀版</a><a href="#">RSS</a></div>
<div class="header"><div class="logo">厦门市市场监督管理局</div></div>
<div class="nav">
  <ul>
    <li><a href="/">首页</a></li>
    <li><a href="/zwgk/">政务公开</a></li>
    <li class="on"><a href="/zwfw/">政务服务</a></li>
    <li><a href="/hdjl/">互动交流</a></li>
    <li><a href="/ztzl/">专题专栏</a></li>
  </ul>
</div>
<div class="main">
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwfw/">政务服务</a> &gt; <a href="/zwfw/bszn/">办事指南</a> &gt; 正文</div>
  <div class="article-title">外商投资合伙企业设立登记<br>办事指南（2026年版）</div>
  <div class="article-info">发布时间：2026-01-12&nbsp;&nbsp;&nbsp;&nbsp;来源：厦门市市场监督管理局登记注册处&nbsp;&nbsp;&nbsp;&nbsp;字体：[<a href="javascript:setFont(18)">大</a>][<a href="javascript:setFont(16)">中</a>][<a href="javascript:setFont(14)">小</a>]</div>
  <div class="article-content" id="zoom">
<div class="bszn-row"><span class="label">事项名称：</span><span class="value">外商投资合伙企业设立登记</span></div>
<div class="bszn-row"><span class="label">事项类型：</span><span class="value">行政许可</span></div>
<div class="bszn-row"><span class="label">实施主体：</span><span class="value">厦门市市场监督管理局</span></div>
<div class="bszn-row"><span class="label">服务对象：</span><span class="value">外国企业或者个人；外国企业、个人与中国的自然人、法人和其他组织</span></div>
<div class="bszn-sec">【办理依据】</div>
<p>（1）《中华人民共和国外商投资法》；</p>
<p>（2）《中华人民共和国合伙企业法》；</p>
<p>（3）《中华人民共和国市场主体登记管理条例》（国务院令第746号）；</p>
<p>（4）《中华人民共和国市场主体登记管理条例实施细则》（国家市场监督管理总局令第52号）。</p>
<div class="bszn-sec">【受理条件】</div>
<p>1.外国企业或者个人在厦门市行政区域内设立合伙企业，或者外国企业、个人与中国的自然人、法人和其他组织在厦门市行政区域内设立合伙企业；</p>
<p>2.有2个以上合伙人；设立有限合伙企业的，合伙人为2个以上50个以下，且至少有1个普通合伙人；</p>
<p>3.从事的经营活动不属于《外商投资准入特别管理措施（负面清单）》禁止外商投资的领域，属于限制外商投资领域的，符合相关特别管理措施要求；</p>
<p>4.有书面合伙协议、合伙企业名称和主要经营场所，以及法律、行政法规规定的其他条件。</p>
<div class="bszn-sec">【申请材料】</div>
<table border="1" cellspacing="0">
<tr><th>序号</th><th>材料名称</th><th>材料形式</th><th>份数</th><th>备注</th></tr>
<tr class="group"><td colspan="5">一、基本材料</td></tr>
<tr><td>1</td><td>合伙企业登记（备案）申请书</td><td>原件</td><td>1</td><td>全体合伙人签署</td></tr>
<tr><td>2</td><td>合伙协议</td><td>原件</td><td>1</td><td>全体合伙人签署；外文协议应同时提交中文译本</td></tr>
<tr><td>3</td><td>全体合伙人的主体资格证明或者自然人身份证明</td><td>原件</td><td>1</td><td>境外合伙人的主体资格证明应当经公证认证或者附有附加证明书</td></tr>
<tr><td>4</td><td>主要经营场所使用证明</td><td>复印件</td><td>1</td><td>可提交住所（经营场所）申报承诺书</td></tr>
<tr><td>5</td><td>全体合伙人对各合伙人认缴或者实际缴付出资的确认书</td><td>原件</td><td>1</td><td>全体合伙人签署</td></tr>
<tr><td>6</td><td>法律文件送达授权委托书</td><td>原件</td><td>1</td><td>境外合伙人指定境内法律文件送达接受人</td></tr>
<tr class="group"><td colspan="5">二、特定情形材料</td></tr>
<tr><td>7</td><td>执行事务合伙人委派代表的委托书</td><td>原件</td><td>1</td><td>执行事务合伙人为法人或者其他组织的提交</td></tr>
<tr><td>8</td><td>前置审批文件或者许可证件</td><td>复印件</td><td>1</td><td>经营范围涉及法律、行政法规规定须经批准的项目的提交</td></tr>
<tr><td>9</td><td>非货币财产出资的评估作价证明</td><td>原件</td><td>1</td><td>以实物、知识产权、土地使用权等作价出资且全体合伙人委托法定评估机构评估的提交</td></tr>
</table>
<div class="bszn-sec">【办理流程】</div>
<p>1.申请：申请人通过“厦门市市场主体e登记”平台或者市政务服务中心市场监管窗口提交申请。</p>
<p>2.受理：材料齐全、符合法定形式的，当场受理；不予受理的，出具不予受理通知书。</p>
<p>3.审查：对申请材料进行审查；需要核实有关情况的，依法进行核实。</p>
<p>4.决定：符合登记条件的，作出准予登记决定，核发营业执照。</p>
<p>5.送达：营业执照可以窗口领取或者免费邮寄送达，同步发放电子营业执照。</p>
<div class="bszn-row"><span class="label">承诺时限：</span><span class="value">申请材料齐全、符合法定形式的，当场办结；需要核实的，3个工作日内办结（法定时限：15个工作日）</span></div>
<div class="bszn-row"><span class="label">收费标准：</span><span class="value">不收费</span></div>
<div class="bszn-row"><span class="label">办理地点：</span><span class="value">厦门市政务服务中心（湖里区云顶北路842号）B2区市场监管窗口</span></div>
<div class="bszn-row"><span class="label">咨询电话：</span><span class="value">0592-5396125；投诉电话：0592-12345</span></div>
<p>本指南自发布之日起施行，《外商投资合伙企业设立登记办事指南（2023年版）》同时废止。</p>
<p>&nbsp;</p>
<div class="attach">相关附件：<br>
<a href="/xmsscjgj/uploadfile/202601/hhqydjsqs.doc">合伙企业登记（备案）申请书.doc</a><br>
<a href="/xmsscjgj/uploadfile/202601/flwjsdsqwts.doc">法律文件送达授权委托书（中英文）.doc</a>
</div>
  </div>
  <div class="share">分享至：<a href="#">微信</a>|<a href="#">微博</a>|<a href="#">QQ</a>&nbsp;&nbsp;【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
</div>
<div class="footer">
  <p>主办单位：厦门市市场监督管理局&nbsp;&nbsp;&nbsp;&nbsp;网站标识码：3502000051</p>
  <p><a href="https://beian.miit.gov.cn/">闽ICP备12007836号-1</a>&nbsp;&nbsp;&nbsp;&nbsp;闽公网安备 35020302001458号</p>
  <p>地址：厦门市思明区湖滨北路61号&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0592-5396000</p>
</div>
<script type="text/javascript">
  // 访问量统计
  try { gwdsCount(gwdsConfig); } catch (e) {}
</script>
</body>
</html>
"""

XIAMEN_EXP = [{
    "meta": {
        "title": "外商投资合伙企业设立登记办事指南（2026年版）",
        "doc_number": None,
        "issuer": ["厦门市市场监督管理局"],
        "date": "2026-01-12",
        "published": "2026-01-12",
        "level": "municipal",
        "region": "厦门市",
        "effective": "2026-01-12",
        "expires": None,
        "attachments": [
            "合伙企业登记（备案）申请书",
            "法律文件送达授权委托书（中英文）",
        ],
        "doc_type": "办事指南",
        "recipients": [],
        "publicity": None,
        "repeals": "外商投资合伙企业设立登记办事指南（2023年版）",
    },
    "clauses": [
        "事项名称：外商投资合伙企业设立登记",
        "事项类型：行政许可",
        "实施主体：厦门市市场监督管理局",
        "服务对象：外国企业或者个人；外国企业、个人与中国的自然人、法人和其他组织",
        "（1）《中华人民共和国外商投资法》；",
        "（2）《中华人民共和国合伙企业法》；",
        "（3）《中华人民共和国市场主体登记管理条例》（国务院令第746号）；",
        "（4）《中华人民共和国市场主体登记管理条例实施细则》（国家市场监督管理总局令第52号）。",
        "1.外国企业或者个人在厦门市行政区域内设立合伙企业，或者外国企业、个人与中国的自然人、法人和其他组织在厦门市行政区域内设立合伙企业；",
        "2.有2个以上合伙人；设立有限合伙企业的，合伙人为2个以上50个以下，且至少有1个普通合伙人；",
        "3.从事的经营活动不属于《外商投资准入特别管理措施（负面清单）》禁止外商投资的领域，属于限制外商投资领域的，符合相关特别管理措施要求；",
        "4.有书面合伙协议、合伙企业名称和主要经营场所，以及法律、行政法规规定的其他条件。",
        "序号：1；材料名称：合伙企业登记（备案）申请书；材料形式：原件；份数：1；备注：全体合伙人签署",
        "序号：2；材料名称：合伙协议；材料形式：原件；份数：1；备注：全体合伙人签署；外文协议应同时提交中文译本",
        "序号：3；材料名称：全体合伙人的主体资格证明或者自然人身份证明；材料形式：原件；份数：1；备注：境外合伙人的主体资格证明应当经公证认证或者附有附加证明书",
        "序号：4；材料名称：主要经营场所使用证明；材料形式：复印件；份数：1；备注：可提交住所（经营场所）申报承诺书",
        "序号：5；材料名称：全体合伙人对各合伙人认缴或者实际缴付出资的确认书；材料形式：原件；份数：1；备注：全体合伙人签署",
        "序号：6；材料名称：法律文件送达授权委托书；材料形式：原件；份数：1；备注：境外合伙人指定境内法律文件送达接受人",
        "序号：7；材料名称：执行事务合伙人委派代表的委托书；材料形式：原件；份数：1；备注：执行事务合伙人为法人或者其他组织的提交",
        "序号：8；材料名称：前置审批文件或者许可证件；材料形式：复印件；份数：1；备注：经营范围涉及法律、行政法规规定须经批准的项目的提交",
        "序号：9；材料名称：非货币财产出资的评估作价证明；材料形式：原件；份数：1；备注：以实物、知识产权、土地使用权等作价出资且全体合伙人委托法定评估机构评估的提交",
        "1.申请：申请人通过“厦门市市场主体e登记”平台或者市政务服务中心市场监管窗口提交申请。",
        "2.受理：材料齐全、符合法定形式的，当场受理；不予受理的，出具不予受理通知书。",
        "3.审查：对申请材料进行审查；需要核实有关情况的，依法进行核实。",
        "4.决定：符合登记条件的，作出准予登记决定，核发营业执照。",
        "5.送达：营业执照可以窗口领取或者免费邮寄送达，同步发放电子营业执照。",
        "承诺时限：申请材料齐全、符合法定形式的，当场办结；需要核实的，3个工作日内办结（法定时限：15个工作日）",
        "收费标准：不收费",
        "办理地点：厦门市政务服务中心（湖里区云顶北路842号）B2区市场监管窗口",
        "咨询电话：0592-5396125；投诉电话：0592-12345",
        "本指南自发布之日起施行，《外商投资合伙企业设立登记办事指南（2023年版）》同时废止。",
    ],
}]


def to_pdf(path):
    """Print an .html page to PDF with LibreOffice (Writer/Web export)."""
    cmd = [
        "soffice", "-env:UserInstallation=file:///tmp/lo_609", "--headless",
        "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", HERE, path,
    ]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def main():
    write("blind609_qingdao_zhinan.html", QINGDAO_HTML)
    write("blind609_zhengzhou_zhinan.html", ZHENGZHOU_HTML)
    xm = write("blind609_xiamen_zhinan.html", XIAMEN_HTML)
    to_pdf(xm)
    expected = {
        "blind609_qingdao_zhinan": QINGDAO_EXP,
        "blind609_zhengzhou_zhinan": ZHENGZHOU_EXP,
        "blind609_xiamen_zhinan": XIAMEN_EXP,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
