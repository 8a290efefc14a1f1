# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Round 70 of the blind office-file test: four government web pages saved as .html.

Writes next to this script:
  blind70_dalian_tongzhi.html   (a) 大连市人民政府办公室 notice with support measures, UTF-8, <meta charset="utf-8">
  blind70_liaoning_yanchang.html (b) 辽宁省商务厅 notice extending (a), repealing / suspending / amending items, GBK bytes declared as gb2312
  blind70_dalian_jiedu.html     (c) 政策解读 of (a) by 大连市商务局, UTF-8 with no charset declaration at all
  blind70_dalian_xize.html      (d) 大连市商务局 大连市财政局 印发 notice + the attached 实施细则 (第X条, chapters, a table), GBK, <meta charset="gbk">
  expected.json
All content is fictional.
"""
import json
import os
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# shared titles
A_TITLE = "大连市人民政府办公室关于支持中国（辽宁）自由贸易试验区大连片区跨境电子商务和海外仓高质量发展的通知"
A_NO = "大政办发〔2023〕9号"
B_TITLE = "辽宁省商务厅关于延长《" + A_TITLE + "》有效期并调整部分措施的通知"
B_NO = "辽商发〔2024〕118号"
C_TITLE = "《" + A_TITLE + "》政策解读"
D_TITLE = "大连市商务局 大连市财政局关于印发《大连市跨境电子商务和海外仓发展专项资金管理实施细则》的通知"
D_NO = "大商发〔2023〕45号"
D2_TITLE = "大连市跨境电子商务和海外仓发展专项资金管理实施细则"

CSS = """body{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;background:#f5f5f5}
.top{background:#b60000;color:#fff;height:36px;line-height:36px}.w1200{width:1200px;margin:0 auto}
.nav a{color:#fff;margin:0 18px;text-decoration:none}.crumb{padding:10px 0;color:#666}
.xxgk td{border:1px solid #ddd;padding:6px 10px;font-size:14px}.xxgk th{background:#f0f0f0}
.article h1{text-align:center;font-size:24px;color:#c00}.TRS_Editor p{text-indent:2em;line-height:2;font-size:16px}
.footer{background:#333;color:#ccc;font-size:12px;padding:20px 0;text-align:center}"""

SCRIPT_HEAD = """<script type="text/javascript">
var _hmt = _hmt || [];
(function() { var hm = document.createElement("script"); hm.src = "https://hm.example.cn/hm.js?8f3d2a"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
</script>"""


def share_block(title):
    return f"""<div class="share-bar">
<script type="text/javascript">
var shareTitle = "{escape(title)}";
var shareDesc = "请在微信中打开本页面后点击右上角分享";
function printPage(){{ window.print(); }}
</script>
<span>分享到：</span><a href="javascript:;" class="wx">微信</a> <a href="javascript:;" class="wb">微博</a> <a href="javascript:;" class="qz">QQ空间</a>
<div class="qrcode"><img src="/images/qrcode_page.png" alt="二维码"><p>扫一扫在手机打开当前页</p></div>
<p class="tools">【<a href="javascript:printPage()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</p>
</div>"""


def p(text, cls=None, style=None):
    a = ""
    if cls: a += f' class="{cls}"'
    if style: a += f' style="{style}"'
    return f"<p{a}>{text}</p>"


def table_html(headers, rows, border=True):
    h = '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;margin:0 auto;width:90%">' if border else "<table>"
    h += "<tbody><tr>" + "".join(f'<td style="text-align:center"><strong>{escape(x)}</strong></td>' for x in headers) + "</tr>"
    for r in rows:
        h += "<tr>" + "".join(f"<td>{escape(x)}</td>" for x in r) + "</tr>"
    return h + "</tbody></table>"


def row_text(headers, r):
    return "；".join(f"{a}：{b}" for a, b in zip(headers, r))


# ---------------------------------------------------------------------------
# (a) 大连市人民政府办公室 notice — blind70_dalian_tongzhi.html (UTF-8)
A_ADDR = "各区市县人民政府，各先导区管委会，市政府各委办局、各直属机构："
A_TABLE_H = ["档次", "年度跨境电商进出口额", "奖励金额"]
A_TABLE_R = [["第一档", "1000万元（含）至5000万元", "20万元"],
             ["第二档", "5000万元（含）至1亿元", "50万元"],
             ["第三档", "1亿元（含）以上", "100万元"]]
# body items: (kind, text); kind h = heading clause, p = paragraph clause, t = the table
A_BODY = [
    ("p", "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展和实施自由贸易试验区提升战略的决策部署，充分发挥中国（辽宁）自由贸易试验区大连片区（以下简称大连片区）制度创新优势，加快发展跨境电子商务（以下简称跨境电商）和海外仓等外贸新业态新模式，经市政府同意，现就有关事项通知如下："),
    ("h", "一、培育跨境电商经营主体"),
    ("p", "（一）支持企业扩大跨境电商业务规模。对在大连片区注册、纳入海关跨境电商统计的企业，按年度跨境电商进出口额分档给予一次性奖励，同一企业按最高档次奖励，不重复享受。奖励标准如下："),
    ("t", None),
    ("p", "（二）支持引进跨境电商龙头企业。对新引进并在大连片区设立区域总部或结算中心的跨境电商平台企业，落户后首个完整年度跨境电商进出口额超过5亿元的，给予一次性落户奖励200万元。"),
    ("h", "二、完善海外仓布局"),
    ("p", "（三）支持建设公共海外仓。对企业在共建“一带一路”国家新建或租用、单仓面积在3000平方米以上、为10家以上本市外贸企业提供服务的公共海外仓，按实际投资额的20%给予补助，单个海外仓最高100万元。"),
    ("p", "（四）支持海外仓数字化改造。对海外仓企业建设仓储管理系统、与国内跨境电商综合服务平台实现数据对接的，按软硬件投入的30%给予补助，单家企业最高30万元。"),
    ("h", "三、提升跨境物流和通关便利化水平"),
    ("p", "（五）支持“跨境电商＋中欧班列”出口。对经大连口岸以中欧班列方式出口的跨境电商货物，按每40英尺标准箱2000元给予运费补贴，单家企业年度补贴最高150万元。"),
    ("p", "（六）优化跨境电商监管服务。支持大连海关在大连片区推广跨境电商B2B出口监管试点模式，实行“一次登记、一点对接、便利通关、简化申报”，出口退货商品可按规定在大连片区内集中退货。"),
    ("h", "四、强化要素保障"),
    ("p", "（七）加强人才培养。对在大连片区举办跨境电商专业人才培训、年度培训人数在500人次以上的培训机构，按实际培训人数每人次300元给予补助，单个机构年度最高50万元。"),
    ("p", "（八）加大金融支持。鼓励驻连金融机构开发“海外仓贷”“跨境电商订单贷”等产品，对跨境电商企业获得的流动资金贷款，按贷款市场报价利率（LPR）的50%给予贴息，单家企业年度最高50万元。"),
    ("h", "五、其他事项"),
    ("p", "（九）本通知所需资金由市、区两级按现行财政体制分担，具体申报程序由市商务局会同市财政局另行制定。同一事项符合本市其他同类政策的，按照“从高、不重复”原则给予支持。"),
    ("p", "（十）本通知自2023年5月1日起施行，有效期至2024年12月31日。"),
]


def page_a():
    body = []
    body.append(p(escape(A_ADDR), style="text-indent:0"))
    for k, t in A_BODY:
        if k == "h":
            body.append(p(f"<strong>{escape(t)}</strong>"))
        elif k == "p":
            body.append(p(escape(t)))
        else:
            body.append(table_html(A_TABLE_H, A_TABLE_R))
    body.append(p("大连市人民政府办公室", style="text-align:right"))
    body.append(p("2023年3月28日", style="text-align:right"))
    body.append(p("（此件公开发布）", style="text-indent:2em"))
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{escape(A_TITLE)}_市政府办公室文件_大连市人民政府</title>
<meta name="SiteName" content="大连市人民政府">
<meta name="SiteDomain" content="www.dl.gov.cn">
<meta name="SiteIDCode" content="2102000001">
<meta name="ColumnName" content="市政府办公室文件">
<meta name="ColumnType" content="政策文件">
<meta name="ArticleTitle" content="{escape(A_TITLE)}">
<meta name="PubDate" content="2023-03-31 16:20">
<meta name="ContentSource" content="大连市人民政府办公室">
<meta name="Keywords" content="跨境电商,海外仓,自贸试验区,大连片区">
<meta name="Description" content="大连市人民政府办公室关于支持大连片区跨境电子商务和海外仓高质量发展的通知">
<style>{CSS}</style>
{SCRIPT_HEAD}
</head>
<body>
<div class="top"><div class="w1200">您好，欢迎访问大连市人民政府网站！<span style="float:right"><a href="/wza">无障碍</a> | <a href="/lzb">长者版</a> | <a href="/en">English</a> | 繁体</span></div></div>
<div class="header w1200"><img src="/images/logo.png" alt="大连市人民政府"><form class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></form></div>
<div class="nav"><div class="w1200"><a href="/">首页</a><a href="/zjdl">走进大连</a><a href="/zwgk">政务公开</a><a href="/zwfw">政务服务</a><a href="/hdjl">互动交流</a><a href="/ztzl">专题专栏</a></div></div>
<div class="crumb w1200">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/zwgk/zcwj">政策文件</a> &gt; <a href="/zwgk/zcwj/szfbgswj">市政府办公室文件</a></div>
<div class="w1200 main">
<table class="xxgk" width="100%" cellspacing="0">
<tbody>
<tr><td><b>索引号：</b>11210200MB1D61234X/2023-00087</td><td><b>主题分类：</b>商贸、海关、旅游/对外经贸合作</td></tr>
<tr><td><b>发文机关：</b>大连市人民政府办公室</td><td><b>成文日期：</b>2023年03月28日</td></tr>
<tr><td colspan="2"><b>标　　题：</b>{escape(A_TITLE)}</td></tr>
<tr><td><b>发文字号：</b>{escape(A_NO)}</td><td><b>发布日期：</b>2023年03月31日</td></tr>
<tr><td><b>有 效 性：</b>有效</td><td><b>主 题 词：</b>跨境电商；海外仓</td></tr>
</tbody>
</table>
<div class="article">
<h1>{escape(A_TITLE)}</h1>
<p class="wh" style="text-align:center">{escape(A_NO)}</p>
<div class="TRS_Editor" id="zoom">
{chr(10).join(body)}
</div>
</div>
{share_block(A_TITLE)}
<div class="related"><h3>相关链接</h3><ul>
<li><a href="/zwgk/zcjd/202304/t20230403_2.html">{escape(C_TITLE)}</a><span>2023-04-03</span></li>
<li><a href="/zwgk/zcwj/bmwj/202306/t20230620_5.html">{escape(D_TITLE)}</a><span>2023-06-20</span></li>
<li><a href="/zwgk/zcwj/szfbgswj/202302/t20230215_1.html">大连市人民政府办公室关于印发大连市稳外贸稳外资若干措施的通知</a><span>2023-02-15</span></li>
</ul></div>
</div>
<div class="footer"><div class="w1200">
<p><a href="/lxwm">联系我们</a> | <a href="/wzdt">网站地图</a> | <a href="/yssm">隐私声明</a> | <a href="/jczx">纠错</a></p>
<p>主办：大连市人民政府办公室　承办：大连市大数据中心</p>
<p>网站标识码：2102000001　<a href="https://beian.miit.gov.cn">辽ICP备05004231号</a>　辽公网安备 21020302000123号</p>
<p>建议使用1920×1080分辨率浏览本网站</p>
</div></div>
</body>
</html>
"""
    clauses = []
    for k, t in A_BODY:
        if k == "t":
            clauses += [row_text(A_TABLE_H, r) for r in A_TABLE_R]
        else:
            clauses.append(t)
    return html.encode("utf-8"), clauses


# ---------------------------------------------------------------------------
# (b) 辽宁省商务厅 notice — blind70_liaoning_yanchang.html (GBK bytes, declared gb2312)
B_ADDR = "大连市商务局，中国（辽宁）自由贸易试验区大连片区管委会："
B_BODY = [
    "《" + A_TITLE + "》（大政办发〔2023〕9号，以下简称《通知》）将于2024年12月31日到期。根据省自由贸易试验区工作领导小组办公室对各片区支持政策的评估意见，经商大连市人民政府同意，现就有关事项通知如下：",
    "一、《通知》有效期延长至2026年12月31日。",
    "二、《通知》第（二）项“支持引进跨境电商龙头企业”自2025年1月1日起废止。",
    "三、《通知》第（五）项“支持‘跨境电商＋中欧班列’出口”自2025年1月1日起暂停执行，恢复执行时间另行通知。",
    "四、《通知》第（三）项中“按实际投资额的20%给予补助，单个海外仓最高100万元”调整为“按实际投资额的15%给予补助，单个海外仓最高80万元”，自2025年1月1日起执行。",
    "五、2024年12月31日前已受理的申报事项，仍按原规定执行。",
    "六、本通知自印发之日起施行。",
    "请大连市商务局会同有关部门做好政策衔接和宣传解读工作，执行中遇到的问题请及时报告省商务厅（省自贸办）。",
    "联系人：自由贸易试验区处　王堃；联系电话：024-86891234",
]


def page_b():
    lines = ["&emsp;&emsp;" + escape(t) for t in B_BODY]
    # the whole body is one div with <br> line breaks, the way older TRS sites store it
    body = escape(B_ADDR) + "<br>\n" + "<br>\n".join(lines) + "<br>\n<br>\n"
    body += '<div style="text-align:right">辽宁省商务厅&emsp;&emsp;&emsp;&emsp;<br>2024年12月20日&emsp;&emsp;&emsp;</div>'
    html = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{escape(B_TITLE)}-辽宁省商务厅</title>
<meta name="ArticleTitle" content="{escape(B_TITLE)}">
<meta name="PubDate" content="2024-12-24 09:12">
<meta name="ContentSource" content="自由贸易试验区处">
<style>{CSS}</style>
<script language="javascript">
function doZoom(size){{ document.getElementById('zoom').style.fontSize = size + 'px'; }}
var siteName = "辽宁省商务厅";
</script>
</head>
<body>
<div class="top"><div class="w1200">辽宁省商务厅&emsp;<a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍浏览</a></div></div>
<div class="nav"><div class="w1200"><a href="/">首页</a><a href="/jggk">机构概况</a><a href="/zwgk">政务公开</a><a href="/zwfw">政务服务</a><a href="/gzcy">公众参与</a><a href="/ztzl">专题专栏</a></div></div>
<div class="crumb w1200">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk">政务公开</a> &gt;&gt; <a href="/zwgk/fdzdgknr">法定主动公开内容</a> &gt;&gt; <a href="/zwgk/fdzdgknr/zcwj">政策文件</a></div>
<div class="w1200 main">
<div class="xxgk-info">
<ul>
<li><span>索 引 号：</span>11210000MB0123456Y/2024-01562</li>
<li><span>发布机构：</span>辽宁省商务厅</li>
<li><span>公开方式：</span>主动公开</li>
<li><span>成文日期：</span>2024-12-20</li>
<li><span>发布日期：</span>2024-12-24</li>
<li><span>文　　号：</span>{escape(B_NO)}</li>
<li><span>主题分类：</span>对外经济合作\\自由贸易试验区</li>
</ul>
</div>
<div class="article">
<div class="title" style="text-align:center;font-size:22px;font-weight:bold;color:#b60000">{escape(B_TITLE)}</div>
<div class="info" style="text-align:center;color:#999">发布时间：2024-12-24 09:12&emsp;来源：自由贸易试验区处&emsp;【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>
<div id="zoom" class="TRS_Editor" style="font-size:16px;line-height:2">
{body}
</div>
</div>
{share_block(B_TITLE)}
<div class="related"><h3>相关文件</h3><ul>
<li><a href="/zwgk/zcwj/202411/t20241108_1.html">辽宁省商务厅关于做好2025年度外经贸发展专项资金项目申报工作的通知</a> 2024-11-08</li>
<li><a href="/zwgk/zcwj/202409/t20240912_3.html">辽宁省商务厅关于印发中国（辽宁）自由贸易试验区提升战略实施方案的通知</a> 2024-09-12</li>
</ul></div>
</div>
<div class="footer"><div class="w1200">
<p>版权所有：辽宁省商务厅　地址：沈阳市和平区和平北大街45号　邮编：110001</p>
<p>网站标识码：2100000012　辽ICP备05012345号-1　辽公网安备 21010202000456号</p>
</div></div>
</body>
</html>
"""
    return html.encode("gbk"), list(B_BODY)


# ---------------------------------------------------------------------------
# (c) 政策解读 — blind70_dalian_jiedu.html (UTF-8, no charset declared anywhere)
C_BODY = [
    ("h", "一、出台背景"),
    ("p", "跨境电商和海外仓是发展速度快、潜力大、带动作用强的外贸新业态。2022年，大连片区跨境电商进出口额同比增长36%，但仍存在市场主体规模偏小、海外仓布局不足、跨境物流成本偏高等问题。为落实国家和省关于推动外贸保稳提质、高质量共建“一带一路”的部署，市商务局会同市财政局、大连海关等部门起草了《通知》，经市政府同意，由市政府办公室于2023年3月28日印发。"),
    ("h", "二、主要内容"),
    ("p", "《通知》共五个部分十条措施："),
    ("p", "一是培育跨境电商经营主体，按年度进出口额分三档给予20万元至100万元奖励，并对新引进的平台企业给予200万元落户奖励；"),
    ("p", "二是完善海外仓布局，对在共建“一带一路”国家的公共海外仓按实际投资额20%给予最高100万元补助，对海外仓数字化改造给予最高30万元补助；"),
    ("p", "三是提升跨境物流和通关便利化水平，对“跨境电商＋中欧班列”出口给予每标准箱2000元运费补贴；"),
    ("p", "四是强化人才和金融等要素保障；"),
    ("p", "五是明确资金分担和施行期限。"),
    ("h", "三、适用对象"),
    ("p", "在大连片区注册、具有独立法人资格、纳入海关跨境电商统计的企业，以及为其提供服务的海外仓运营企业、培训机构。"),
    ("h", "四、施行时间"),
    ("p", "《通知》自2023年5月1日起施行，有效期至2024年12月31日。"),
    ("h", "五、企业如何申报？"),
    ("p", "具体申报程序由市商务局会同市财政局另行制定并发布，请关注大连市商务局网站通知。咨询电话：0411-83631234。"),
]


def page_c():
    body = []
    for k, t in C_BODY:
        if k == "h":
            body.append(p(f"<strong>{escape(t)}</strong>"))
        else:
            body.append(p(escape(t)))
    html = f"""<!DOCTYPE html>
<html>
<head>
<title>{escape(C_TITLE)}_部门解读_大连市人民政府</title>
<meta name="ArticleTitle" content="{escape(C_TITLE)}">
<meta name="PubDate" content="2023-04-03 10:25">
<meta name="ContentSource" content="大连市商务局">
<meta name="ColumnName" content="部门解读">
<style>{CSS}</style>
{SCRIPT_HEAD}
</head>
<body>
<div class="top"><div class="w1200">您好，欢迎访问大连市人民政府网站！</div></div>
<div class="nav"><div class="w1200"><a href="/">首页</a><a href="/zjdl">走进大连</a><a href="/zwgk">政务公开</a><a href="/zwfw">政务服务</a><a href="/hdjl">互动交流</a></div></div>
<div class="crumb w1200">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/zwgk/zcjd">政策解读</a> &gt; <a href="/zwgk/zcjd/bmjd">部门解读</a></div>
<div class="w1200 main">
<div class="article">
<h1>{escape(C_TITLE)}</h1>
<div class="info" style="text-align:center;color:#999">发布日期：2023-04-03 10:25　　来源：大连市商务局　　浏览次数：2876　　字号：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>
<div class="TRS_Editor" id="zoom">
<p>近日，大连市人民政府办公室印发《{escape(A_TITLE)}》（{escape(A_NO)}，以下简称《通知》）。现就《通知》有关内容解读如下：</p>
{chr(10).join(body)}
</div>
<p class="jdwz" style="text-align:right">（解读机关：大连市商务局　解读人：对外贸易处）</p>
</div>
<div class="related"><h3>相关文件</h3><ul>
<li><a href="/zwgk/zcwj/szfbgswj/202303/t20230331_1.html">{escape(A_TITLE)}（{escape(A_NO)}）</a><span>2023-03-31</span></li>
</ul></div>
{share_block(C_TITLE)}
</div>
<div class="footer"><div class="w1200">
<p>主办：大连市人民政府办公室　承办：大连市大数据中心　网站标识码：2102000001</p>
<p>辽ICP备05004231号　辽公网安备 21020302000123号</p>
</div></div>
</body>
</html>
"""
    intro = "近日，大连市人民政府办公室印发《" + A_TITLE + "》（" + A_NO + "，以下简称《通知》）。现就《通知》有关内容解读如下："
    return html.encode("utf-8"), [intro] + [t for k, t in C_BODY]


# ---------------------------------------------------------------------------
# (d) 印发 notice + 实施细则 — blind70_dalian_xize.html (GBK, <meta charset="gbk">)
D_ADDR = "各区市县商务主管部门、财政局，各先导区经济发展部门、财政部门，中国（辽宁）自由贸易试验区大连片区管委会："
D_NOTICE = "为贯彻落实《" + A_TITLE + "》（大政办发〔2023〕9号），规范专项资金管理，市商务局、市财政局制定了《大连市跨境电子商务和海外仓发展专项资金管理实施细则》，现印发给你们，请认真遵照执行。"
D_TABLE_H = ["支持事项", "对应条款", "主要申报材料"]
D_TABLE_R = [["跨境电商进出口规模奖励", "大政办发〔2023〕9号第（一）项", "申报表、海关跨境电商统计数据证明"],
             ["公共海外仓建设补助", "大政办发〔2023〕9号第（三）项", "申报表、海外仓租赁或产权证明、投资凭证、服务企业名单"],
             ["“跨境电商＋中欧班列”运费补贴", "大政办发〔2023〕9号第（五）项", "申报表、铁路运单、出口报关单"]]
# (kind, text); kind c = chapter heading, a = article (may contain "<br>" = a stray break inside the sentence), t = table, s = sub-item
D_XIZE = [
    ("c", "第一章　总则"),
    ("a", "第一条　为规范大连市跨境电子商务和海外仓发展专项资金（以下简称专项资金）管理，提高资金使用效益，根据《" + A_TITLE + "》（大政办发〔2023〕9号）和本市财政专项资金管理有关规定，制定本细则。"),
    ("a", "第二条　本细则所称专项资金，是指市、区两级财政安排，用于落实大政办发〔2023〕9号文件所列支持措施的资金。"),
    ("a", "第三条　专项资金的管理和使用遵循公开透明、突出重点、绩效导向、规范管理的原则。市商务局负责项目申报受理、审核和绩效管理，市财政局负责资金预算安排和拨付。"),
    ("c", "第二章　申报和审核"),
    ("a", "第四条　申报单位应当同时符合下列条件："),
    ("s", "（一）在大连片区内依法注册，具有独立法人资格；"),
    ("s", "（二）纳入海关跨境电商统计或者商务部门海外仓名录；"),
    ("s", "（三）近三年内未发生严重失信行为，未被列入经营异常名录。"),
    ("a", "第五条　专项资金每年集中申报一次，申报时间由市商务局另行通知。申报单位应当按照下表提交申报材料："),
    ("t", None),
    ("a", "第六条　市商务局会同市财政局组织第三方机构对申报材料进行审核，必要时进行实地核查。审核结果在市商务局网站公示5个工作日，公示无异议的，按程序拨付资金。"),
    ("a", "第七条　同一项目已获得中央、省级财政资金支持的，市级专项资金不再重复支持。"),
    ("c", "第三章　监督管理"),
    ("a", "第八条　申报单位应当对申报材料的真实性负责。对弄虚作假、骗取专项资金的，依法追回已拨付资金，<br>五年内取消其申报资格，并纳入公共信用信息平台。"),
    ("a", "第九条　专项资金使用情况接受审计、财政部门的监督检查。"),
    ("c", "第四章　附则"),
    ("a", "第十条　本细则由市商务局、市财政局负责解释。"),
    ("a", "第十一条　本细则自2023年7月1日起施行，有效期至2024年12月31日。"),
]


def page_d():
    body = [p(escape(D_ADDR), style="text-indent:0"), p(escape(D_NOTICE)),
            p("大连市商务局　　　　大连市财政局", style="text-align:right"),
            p("2023年6月15日", style="text-align:right"),
            p("（此件主动公开）"),
            '<p style="text-align:center;text-indent:0;font-size:20px"><strong>' + escape(D2_TITLE) + "</strong></p>"]
    for k, t in D_XIZE:
        if k == "c":
            body.append(f'<p style="text-align:center;text-indent:0"><strong>{escape(t)}</strong></p>')
        elif k == "t":
            body.append(table_html(D_TABLE_H, D_TABLE_R))
        else:
            body.append(p(escape(t).replace("&lt;br&gt;", "<br>")))
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>{escape(D_TITLE)}-大连市商务局</title>
<meta name="ArticleTitle" content="{escape(D_TITLE)}">
<meta name="PubDate" content="2023-06-20 15:40">
<meta name="ContentSource" content="大连市商务局">
<style>{CSS}</style>
{SCRIPT_HEAD}
</head>
<body>
<div class="top"><div class="w1200">大连市商务局&emsp;<a href="#">无障碍</a></div></div>
<div class="nav"><div class="w1200"><a href="/">首页</a><a href="/xxgk">信息公开</a><a href="/zwfw">政务服务</a><a href="/hdjl">互动交流</a><a href="/ztzl">专题专栏</a></div></div>
<div class="crumb w1200">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk">信息公开</a> &gt; <a href="/xxgk/zcwj">政策文件</a> &gt; <a href="/xxgk/zcwj/gfxwj">规范性文件</a></div>
<div class="w1200 main">
<table class="xxgk" width="100%" cellspacing="0"><tbody>
<tr><th>索引号</th><td>11210200MB1D70123K/2023-00345</td><th>主题分类</th><td>商务/对外贸易</td></tr>
<tr><th>发文机关</th><td>大连市商务局　大连市财政局</td><th>成文日期</th><td>2023-06-15</td></tr>
<tr><th>标题</th><td colspan="3">{escape(D_TITLE)}</td></tr>
<tr><th>发文字号</th><td>{escape(D_NO)}</td><th>发布日期</th><td>2023-06-20</td></tr>
<tr><th>有效性</th><td>有效</td><th>统一编号</th><td>DLCR-2023-0060045</td></tr>
</tbody></table>
<div class="article">
<h1>{escape(D_TITLE)}</h1>
<p style="text-align:center">{escape(D_NO)}</p>
<div class="TRS_Editor" id="zoom">
{chr(10).join(body)}
</div>
<div class="fujian"><p>附件：</p><ul>
<li><a href="/xxgk/zcwj/gfxwj/202306/P020230620_1.docx">1.大连市跨境电子商务和海外仓发展专项资金申报表.docx</a></li>
<li><a href="/xxgk/zcwj/gfxwj/202306/P020230620_2.pdf">2.专项资金申报承诺书.pdf</a></li>
</ul></div>
</div>
{share_block(D_TITLE)}
<div class="related"><h3>相关链接</h3><ul>
<li><a href="/xxgk/zcjd/202306/t20230621_1.html">图解：大连市跨境电子商务和海外仓发展专项资金管理实施细则</a> 2023-06-21</li>
</ul></div>
</div>
<div class="footer"><div class="w1200">
<p>主办单位：大连市商务局　地址：大连市西岗区长江路123号　联系电话：0411-83630000</p>
<p>网站标识码：2102000045　辽ICP备05004231号-12</p>
</div></div>
</body>
</html>
"""
    notice_clauses = [D_NOTICE]
    xize = []
    for k, t in D_XIZE:
        if k == "t":
            xize += [row_text(D_TABLE_H, r) for r in D_TABLE_R]
        else:
            xize.append(t.replace("<br>", ""))
    return html.encode("gbk"), notice_clauses, xize


# ---------------------------------------------------------------------------
def main():
    a_bytes, a_cl = page_a()
    b_bytes, b_cl = page_b()
    c_bytes, c_cl = page_c()
    d_bytes, d_cl1, d_cl2 = page_d()
    for name, data in [("blind70_dalian_tongzhi.html", a_bytes), ("blind70_liaoning_yanchang.html", b_bytes),
                       ("blind70_dalian_jiedu.html", c_bytes), ("blind70_dalian_xize.html", d_bytes)]:
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)

    site_furniture = ("Web furniture, never clauses and never documents: <head> (the <title> with its site suffix, meta tags such as ArticleTitle/PubDate/ContentSource, <style>, <script> incl. the share script with shareTitle/shareDesc strings), "
                      "the top bar, logo, search box, navigation links, the breadcrumb (当前位置/您现在的位置：首页 > 政务公开 > …), the 信息公开 header block (索引号, 主题分类, 发文机关/发布机构, 成文日期, 标题, 发文字号/文号, 发布日期, 有效性, 公开方式, 主题词, 统一编号 — metadata sources, not clauses), "
                      "the title <h1>/div and the 文号 line under it, the 发布时间/来源/浏览次数/字号 大 中 小 line, the 主送 line, the 落款 and its date, （此件公开发布）/（此件主动公开）, "
                      "分享到 微信 微博 QQ空间, 扫一扫在手机打开当前页, 【打印本页】【关闭窗口】, 相关链接/相关文件 lists (other titles with dates), the footer (联系我们, 网站地图, 主办/承办, 网站标识码, ICP/公网安备, 地址, 分辨率 hint). ")
    expected = {
        "blind70_dalian_tongzhi": [{
            "meta": {
                "title": A_TITLE, "doc_number": A_NO, "issuer": "大连市人民政府办公室",
                "date": "2023-03-28", "published": "2023-03-31",
                "level": "municipal", "region": "辽宁省大连市",
                "applies_to": "大连市（中国（辽宁）自由贸易试验区大连片区）",
                "effective": "2023-05-01", "expires": "2026-12-31", "expires_as_printed": "2024-12-31",
                "changed_by": "辽商发〔2024〕118号 (2024-12-20): 有效期延长至2026-12-31; 第（二）项自2025-01-01起废止; 第（五）项自2025-01-01起暂停执行; 第（三）项补助比例/上限自2025-01-01起调整为15%/80万元; 2024-12-31前已受理的按原规定",
            },
            "clauses": a_cl,
            "_note": site_furniture + "The page has one document. The 成文日期 is 2023年03月28日 (zero-padded in the header block, 2023年3月28日 in the 落款); the 发布日期 2023-03-31 (header block and PubDate meta) is the publication date, not the document date. The <title> carries the suffix _市政府办公室文件_大连市人民政府 that is not part of the title. The header block's layout table must not become clause rows. Only the table inside the body (档次/年度跨境电商进出口额/奖励金额) gives row clauses. Tolerated: bare headings (一、培育跨境电商经营主体 …) folded into the next item; table rows as one clause under （一） if the row text is kept. As an analyst would record after reading all four pages: expires 2026-12-31 (printed 2024-12-31), with the repeal/suspension/amendment of items （二）（五）（三） from 2025-01-01. as-of 2025-06-01: （二） not in force (废止), （五） suspended, （三） in force as amended (15%, 80万元); the rest in force until 2026-12-31.",
        }],
        "blind70_liaoning_yanchang": [{
            "meta": {
                "title": B_TITLE, "doc_number": B_NO, "issuer": "辽宁省商务厅",
                "date": "2024-12-20", "published": "2024-12-24",
                "level": "provincial", "region": "辽宁省",
                "applies_to": "大连市（大连片区）: every numbered item concerns 大政办发〔2023〕9号",
                "effective": "2024-12-20", "expires": None,
                "changes": "大政办发〔2023〕9号: extends to 2026-12-31; repeals 第（二）项 from 2025-01-01; suspends 第（五）项 from 2025-01-01; amends 第（三）项 from 2025-01-01",
            },
            "clauses": b_cl,
            "_note": site_furniture + "The file is GBK bytes declared as charset=gb2312 (as many old TRS sites do); it contains 堃 (in 王堃), which is GBK but not GB2312, so a strict gb2312 decode fails; a reader must decode as GBK/GB18030. The body is one <div> with <br> line breaks and &emsp; indents, not <p>. The 落款 (辽宁省商务厅 / 2024年12月20日) sits in a right-aligned div. Effective 2024-12-20 from 六、本通知自印发之日起施行. Tolerated: the 联系人 line as furniture (not a clause), and the closing 请大连市商务局… paragraph folded into 六、 (medium if merged). The 2025-01-01 dates in 二、三、四、 are the dates the changes to (a) take effect, not this notice's effective date; 2026-12-31 is (a)'s new expiry, not this notice's.",
        }],
        "blind70_dalian_jiedu": [{
            "meta": {
                "title": C_TITLE, "doc_number": None, "issuer": "大连市商务局",
                "date": "2023-04-03", "published": "2023-04-03",
                "level": "municipal", "region": "辽宁省大连市",
                "effective": None, "expires": None,
                "interprets": A_NO,
            },
            "clauses": c_cl,
            "_note": site_furniture + "No charset is declared anywhere in this file (UTF-8 bytes, no BOM); the reader must detect it. The 解读 has no 文号 and no 成文日期; its only date is 发布日期：2023-04-03 10:25 in the info line; its issuer is 来源：大连市商务局 / 解读机关：大连市商务局 (the closing （解读机关：…　解读人：对外贸易处） line is furniture). Wrong: giving the 解读 (a)'s 文号 大政办发〔2023〕9号, (a)'s issuer 大连市人民政府办公室 or (a)'s date 2023-03-28 (the 解读 quotes them). (a)'s effective/expiry 2023-05-01 / 2024-12-31 quoted in 四、施行时间 are not the 解读's own; copying them is tolerated (low) but wrong once (b) extends (a). Level: municipal, 'other' tolerated (a 解读 is not a normative document). Tolerated: bare headings as their own clauses or folded into the next paragraph; the 一是…五是… paragraphs merged with 《通知》共五个部分十条措施：.",
        }],
        "blind70_dalian_xize": [
            {
                "meta": {
                    "title": D_TITLE, "doc_number": D_NO, "issuer": "大连市商务局、大连市财政局",
                    "date": "2023-06-15", "published": "2023-06-20",
                    "level": "municipal", "region": "辽宁省大连市",
                    "effective": None, "expires": None,
                },
                "clauses": d_cl1,
                "_note": site_furniture + "The file is GBK with <meta charset=\"gbk\">. Two documents on one page: the 印发 notice and the attached 实施细则. The notice has two issuers (发文机关 cell 大连市商务局　大连市财政局, separated by a full-width space). The 附件 list (1.…申报表.docx, 2.…承诺书.pdf) is a download list: attachments metadata, not clauses. Tolerated: a reader that files the 细则's articles under the notice (wrapper), provided the 细则's effective/expiry dates and title are kept and the notice's 落款/此件主动公开/细则 title are not clauses.",
            },
            {
                "meta": {
                    "title": D2_TITLE, "doc_number": None, "issuer": "大连市商务局、大连市财政局",
                    "date": "2023-06-15", "published": "2023-06-20",
                    "level": "municipal", "region": "辽宁省大连市",
                    "applies_to": "大连片区",
                    "effective": "2023-07-01", "expires": "2024-12-31",
                },
                "clauses": d_cl2,
                "_note": "The 细则 has no 文号 of its own (inheriting 大商发〔2023〕45号 is tolerated). Its title line is furniture. Chapter headings 第一章　总则 … are listed as clauses; tolerated folded into the next article. 第四条's （一）（二）（三） may be separate clauses or folded into 第四条. 第五条's table gives three row clauses (支持事项/对应条款/主要申报材料). 第八条 has a stray <br> in the middle of the sentence (…依法追回已拨付资金，<br>五年内取消…): it must be joined, not split into two clauses. Nothing on the four pages extends the 细则: expires stays 2024-12-31, although the third table row refers to (a)'s 第（五）项 which (b) suspends from 2025-01-01. The 2023-06-21 date in the 相关链接 list (图解：…) and the 附件 download links are furniture.",
            },
        ],
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
