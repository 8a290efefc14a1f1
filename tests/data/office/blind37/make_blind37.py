# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the thirty-seventh round of blind office files and expected.json.

Theme: government portal pages as their CMSs print them (gov.cn policy page
with an info table, a GBK ministry page with a layout table and a rowspan/
colspan project table, a provincial 图文解读 page in <section> blocks).
All documents are fictional; provinces, cities and organs are real,
文号, numbers and wording are invented.  Run again to rebuild everything.
"""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- (a) gov.cn
A_TITLE = "国务院办公厅关于自由贸易试验区高质量服务共建“一带一路”的意见"
A_NO = "国办发〔2024〕41号"
A_ADDR = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
A_P = [
    "建设自由贸易试验区是党中央、国务院在新时代推进改革开放的重要战略举措。为推动自由贸易试验区更好服务高质量共建“一带一路”，经国务院同意，现提出以下意见。",
    "一、总体要求",
    "以习近平新时代中国特色社会主义思想为指导，坚持以制度创新为核心，发挥自由贸易试验区改革开放试验田作用。到2027年，自由贸易试验区对共建“一带一路”国家进出口额年均增长8%以上，形成一批标志性合作项目和可复制推广的制度创新成果。",
    "二、重点任务",
    ("（一）深化贸易投资合作。", "支持上海、广东、福建、海南等自由贸易试验区与共建“一带一路”国家开展经认证的经营者（AEO）互认合作，扩大跨境电子商务、市场采购贸易规模，鼓励企业在共建国家建设境外经贸合作区。"),
    ("（二）畅通国际物流通道。", "支持重庆、四川、陕西自由贸易试验区优化中欧班列开行组织，推动广西、云南自由贸易试验区建设西部陆海新通道和中老铁路沿线物流枢纽，提升国际多式联运“一单制”服务水平。"),
]
A_BR = [
    "（三）拓展服务贸易合作。在有条件的自由贸易试验区开展跨境服务贸易负面清单管理，支持发展国际工程咨询、检验检测、数字贸易等服务，培育一批面向共建国家的服务贸易企业。",
    "（四）加强规则标准对接。推动自由贸易试验区率先对接高标准国际经贸规则，在知识产权保护、环境标准、政府采购等领域开展先行先试，参与共建国家标准互认合作。",
    "（五）推进金融服务创新。支持自由贸易试验区内银行为共建国家项目提供跨境人民币结算和融资服务，稳妥开展跨境资产转让业务，完善出口信用保险支持政策。",
]
A_P2 = [
    "三、保障措施",
    "各地区、各有关部门要高度重视，结合实际抓好贯彻落实。商务部要会同有关部门加强统筹协调和跟踪评估，重大事项及时向国务院报告。",
]
A_ATT = "自由贸易试验区服务共建“一带一路”重点任务分工"


def page_a():
    meta = f"""<meta name="SiteName" content="中国政府网">
<meta name="SiteDomain" content="www.gov.cn">
<meta name="ColumnName" content="国务院文件">
<meta name="ArticleTitle" content="{A_TITLE}">
<meta name="PubDate" content="2024-09-25 17:00">
<meta name="ContentSource" content="中国政府网">
<meta name="keywords" content="自由贸易试验区;一带一路">"""
    head = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{A_TITLE}_国务院文件_中国政府网</title>
{meta}
<link rel="stylesheet" href="/images/policy/css/policy.css">
<script src="/govweb/xhtml/2016/js/jquery.min.js"></script>
</head>
<body>
<div class="header"><div class="logo"><a href="/"><img src="/images/gov_logo.png" alt="中国政府网"></a></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zhengce/">政策</a></li><li><a href="/hudong/">互动</a></li><li><a href="/fuwu/">服务</a></li><li><a href="/shuju/">数据</a></li></ul></div>
<div class="BreadcrumbNav"><a href="/">首页</a> &gt; <a href="/zhengce/">政策</a> &gt; <a href="/zhengce/zhengceku/">国务院政策文件库</a> &gt; <a href="/zhengce/xxgk/">国务院文件</a></div>
<div class="policyLibraryOverview_header">
<table class="bd1" border="0" cellspacing="1" cellpadding="0" width="100%">
<tbody>
<tr><td width="92"><b>索 引 号：</b></td><td width="340">000014349/2024-00087</td><td width="92"><b>主题分类：</b></td><td>商贸、海关、旅游\\对外经贸合作</td></tr>
<tr><td><b>发文机关：</b></td><td>国务院办公厅</td><td><b>成文日期：</b></td><td>2024年09月18日</td></tr>
<tr><td><b>标　　题：</b></td><td colspan="3">{A_TITLE}</td></tr>
<tr><td><b>发文字号：</b></td><td>{A_NO}</td><td><b>发布日期：</b></td><td>2024年09月25日</td></tr>
</tbody></table>
</div>
<div class="article oneColumn pub_border">
<h1>{A_TITLE}</h1>
<div class="pages-date">2024-09-25 17:00 &nbsp; 来源：<span class="font">中国政府网</span>
<div class="pages_print"><span class="font">字号：<a href="javascript:void(0)">默认</a> <a href="javascript:void(0)">大</a> <a href="javascript:void(0)">超大</a></span> | <a href="javascript:window.print()">打印</a> | <a href="javascript:window.close()">关闭</a></div></div>
<div class="pages_content" id="UCAP-CONTENT">
<p style="text-align:center">{A_NO}</p>
<p>{A_ADDR}</p>
"""
    body = [f'<p style="text-indent:2em">{A_P[0]}</p>',
            f'<p style="text-indent:2em"><span style="font-weight:bold;font-family:黑体">{A_P[1]}</span></p>',
            f'<p>&nbsp;&nbsp;&nbsp;&nbsp;{A_P[2]}</p>',
            f'<p style="text-indent:2em"><span style="font-family:黑体">{A_P[3]}</span></p>']
    for h, t in A_P[4:]:
        body.append(f'<p style="text-indent:2em"><span style="font-weight:bold">{h}</span>{t}</p>')
    body.append("<p>" + "<br>\n".join("&#12288;&#12288;" + x for x in A_BR) + "<br></p>")
    body.append(f'<p style="text-indent:2em"><span style="font-family:黑体">{A_P2[0]}</span></p>')
    body.append(f'<p style="text-indent:2em">{A_P2[1]}</p>')
    body.append('<p style="text-indent:2em">&nbsp;</p>')
    body.append(f'<p style="text-indent:2em">附件：<a href="/zhengce/content/202409/P020240925368114207351.pdf" target="_blank">{A_ATT}</a></p>')
    body.append('<p style="text-indent:2em">&nbsp;</p>')
    body.append('<p style="text-align:right">国务院办公厅&nbsp;&nbsp;&nbsp;&nbsp;</p>')
    body.append('<p style="text-align:right">2024年9月18日&nbsp;&nbsp;&nbsp;&nbsp;</p>')
    body.append('<p style="text-indent:2em">（此件公开发布）</p>')
    tail = """
</div>
<div class="editor">【<a href="javascript:void(0)" class="jiucuo">我要纠错</a>】 责任编辑：李晓丹</div>
<div class="mobile_qr"><img src="/images/qr.png" alt="二维码"><p>扫一扫在手机打开当前页</p></div>
<div class="related"><h3>相关稿件</h3>
<ul>
<li><a href="/zhengce/202409/content_6976102.htm">商务部有关负责人就《关于自由贸易试验区高质量服务共建“一带一路”的意见》答记者问</a><span>2024-09-25</span></li>
<li><a href="/zhengce/202409/content_6976110.htm">图解：自由贸易试验区服务共建“一带一路”这样干</a><span>2024-09-25</span></li>
<li><a href="/zhengce/content/202310/content_6908871.htm">国务院关于印发《全面对接国际高标准经贸规则推进中国（上海）自由贸易试验区高水平制度型开放总体方案》的通知</a><span>2023-12-07</span></li>
</ul></div>
</div>
<div class="footer"><p><a href="/guanyu/">关于本网</a> | <a href="/wzdt/">网站声明</a> | <a href="/lianxi/">联系我们</a> | <a href="/jiucuo/">网站纠错</a></p>
<p>主办单位：国务院办公厅　运行维护单位：中国政府网运行中心</p>
<p>版权所有：中国政府网　中文域名：中国政府网.政务</p>
<p>网站标识码bm01000001　京ICP备05070218号　京公网安备11010202000001号</p></div>
</body>
</html>
"""
    return head + "\n".join(body) + tail


A_EXPECTED = [{
    "meta": {"title": A_TITLE, "doc_number": A_NO, "issuer": ["国务院办公厅"], "date": "2024-09-18",
             "published": "2024-09-25", "addressees": A_ADDR.rstrip("："), "attachments": [A_ATT]},
    "clauses": [A_P[0], A_P[1], A_P[2], A_P[3]] + [h + t for h, t in A_P[4:]] + A_BR + A_P2,
    "_note": "date = 成文日期 2024-09-18 (published 2024-09-25 also acceptable if signed holds 09-18). The info table, breadcrumb, 字号/打印/关闭, 【我要纠错】 责任编辑, 扫一扫, 相关稿件 titles and the footer must not be clauses or titles. （一）（二） headings are run-in bold spans: one clause each with their text. The three <br>-separated items （三）–（五） must be three clauses. 附件 line → attachments, not a clause. Signature, date and （此件公开发布） not clauses (tolerable as tail lines).",
}]

# ---------------------------------------------------------------- (b) ministry GBK
B_TITLE = "商务部办公厅关于印发《自由贸易试验区服务共建“一带一路”重点项目清单（2024年）》的通知"
B_NO = "商办自贸函〔2024〕156号"
B_ADDR = "各有关省、自治区、直辖市及新疆生产建设兵团商务主管部门："
B_P = [
    "为贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，发挥自由贸易试验区开放平台作用，我部会同有关部门梳理形成了《自由贸易试验区服务共建“一带一路”重点项目清单（2024年）》，现印发给你们，请结合实际认真组织实施。",
    "一、各地商务主管部门要会同自由贸易试验区工作办公室建立项目台账，明确责任单位和时间节点，实行清单化管理、项目化推进。",
    "二、请于每季度结束后10日内将项目进展情况报送商务部（自贸区港建设协调司），遇有重大问题及时报告。",
    "联系人及电话：王喆　010-85093771",
]
B_ATT = "自由贸易试验区服务共建“一带一路”重点项目清单（2024年）"
B_ROWS = [
    ("1", "中国（广西）自由贸易试验区", "中国—东盟跨境数据中心", "建设面向东盟的国际互联网数据专用通道和数据中心集群", "35.0", "2024", "2026"),
    ("2", "中国（广西）自由贸易试验区", "钦州港东航道扩建工程", "扩建30万吨级双向航道，配套建设锚地和导助航设施", "48.6", "2024", "2027"),
    ("3", "中国（云南）自由贸易试验区", "中老铁路磨憨站国际物流园", "建设国际货运集散、冷链仓储和海关监管作业场所", "22.3", "2023", "2025"),
    ("4", "中国（云南）自由贸易试验区", "昆明跨境人民币结算服务中心", "面向南亚东南亚提供跨境人民币结算、清算和融资服务", "6.8", "2024", "2025"),
    ("5", "中国（新疆）自由贸易试验区", "喀什中欧班列集结中心", "建设班列集结编组场、海关监管场站和多式联运信息平台", "18.5", "2024", "2026"),
]
B_HEAD = ["序号", "自由贸易试验区", "项目名称", "主要建设内容", "总投资（亿元）", "建设周期（开工年份）", "建设周期（完工年份）"]


def page_b():
    font = lambda s: f'<font face="仿宋_GB2312" size="4">{s}</font>'
    rows = []
    i = 0
    while i < len(B_ROWS):
        r = B_ROWS[i]
        span = sum(1 for x in B_ROWS if x[1] == r[1])
        first = i == 0 or B_ROWS[i - 1][1] != r[1]
        cells = [f'<td align="center">{r[0]}</td>']
        if first:
            cells.append(f'<td align="center" rowspan="{span}" valign="middle">{r[1]}</td>')
        cells += [f"<td>{r[2]}</td>", f"<td>{r[3]}</td>", f'<td align="center">{r[4]}</td>', f'<td align="center">{r[5]}</td>', f'<td align="center">{r[6]}</td>']
        rows.append("<tr>" + "".join(cells) + "</tr>")
        i += 1
    table = f"""<table border="1" cellspacing="0" cellpadding="4" width="96%" align="center" style="border-collapse:collapse">
<tr><td rowspan="2" align="center"><b>序号</b></td><td rowspan="2" align="center"><b>自由贸易试验区</b></td><td rowspan="2" align="center"><b>项目名称</b></td><td rowspan="2" align="center"><b>主要建设内容</b></td><td rowspan="2" align="center"><b>总投资（亿元）</b></td><td colspan="2" align="center"><b>建设周期</b></td></tr>
<tr><td align="center"><b>开工年份</b></td><td align="center"><b>完工年份</b></td></tr>
{chr(10).join(rows)}
<tr><td colspan="4" align="center"><b>合计</b></td><td align="center">131.2</td><td colspan="2" align="center">—</td></tr>
</table>"""
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="gb2312">
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{B_TITLE}_商务部政策发布</title>
<meta name="ArticleTitle" content="{B_TITLE}">
<meta name="PubDate" content="2024-06-14 09:30">
<meta name="ContentSource" content="自贸区港建设协调司">
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/mofcom_top.jpg" width="1000" height="120" alt="中华人民共和国商务部"></td></tr>
<tr><td class="nav"><a href="/">首页</a> | <a href="/zcfb/">政策发布</a> | <a href="/bldhd/">部领导</a> | <a href="/xwfb/">新闻发布</a> | <a href="/zwgk/">政务公开</a></td></tr>
<tr><td class="position">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/zcfb/">政策发布</a> &gt;&gt; 自贸区港建设</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="220" valign="top" class="leftnav"><ul><li><a href="/zcfb/bl/">部令公告</a></li><li><a href="/zcfb/gfxwj/">规范性文件</a></li><li><a href="/zcfb/zcjd/">政策解读</a></li></ul></td>
<td width="780" valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td width="100%" align="center" class="artTitle"><font size="5" color="#C00000"><b>{B_TITLE}</b></font></td></tr>
<tr><td width="100%" align="center"><font size="2" color="#666666">【发布单位】自贸区港建设协调司&nbsp;&nbsp;【发布文号】{B_NO}&nbsp;&nbsp;【发文日期】2024-06-12</font></td></tr>
<tr><td width="100%" height="10"></td></tr>
<tr><td width="100%" id="zoom" class="artCon">
<p>{font(B_ADDR)}</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;{font(B_P[0])}</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;{font(B_P[1])}</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;{font(B_P[2])}</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;{font(B_P[3])}</p>
<p>&nbsp;</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;{font("附件：" + B_ATT)}</p>
<p>&nbsp;</p>
<p align="right">{font("商务部办公厅")}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</p>
<p align="right">{font("2024年6月12日")}&nbsp;&nbsp;&nbsp;&nbsp;</p>
<p>&nbsp;</p>
<p><font face="黑体" size="4">附件</font></p>
<p align="center"><font face="方正小标宋简体" size="5">{B_ATT}</font></p>
{table}
<p>&nbsp;</p>
</td></tr>
<tr><td width="100%" align="right"><font size="2">【<a href="javascript:window.print()">打印本页</a>】&nbsp;【<a href="javascript:window.close()">关闭窗口</a>】</font></td></tr>
</table>
</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="footer">
<tr><td align="center"><font size="2">中华人民共和国商务部 版权所有&nbsp;&nbsp;地址：北京市东长安街2号&nbsp;&nbsp;邮编：100731<br>网站标识码bm22000001&nbsp;&nbsp;京ICP备05004093号&nbsp;&nbsp;京公网安备11040102700091号</font></td></tr>
</table>
</body>
</html>
"""
    return html


def b_row_clause(r):
    return "；".join(f"{h}：{v}" for h, v in zip(B_HEAD, r))


B_EXPECTED = [{
    "meta": {"title": B_TITLE, "doc_number": B_NO, "issuer": ["商务部办公厅"], "date": "2024-06-12",
             "published": "2024-06-14", "addressees": B_ADDR.rstrip("："), "attachments": [B_ATT]},
    "clauses": B_P + ["附件", B_ATT] + [b_row_clause(r) for r in B_ROWS] + ["合计；总投资（亿元）：131.2"],
    "_note": "File is GBK bytes under <meta charset=gb2312>; 王喆 (喆 is GBK, not GB2312) must survive. Table rows one clause each with header names; the 自由贸易试验区 value must be carried into rows 2 and 4 (rowspan), 建设周期 split into 开工/完工 (colspan header). Exact joiner format free. 附件 heading / attachment title may be headings or omitted (tolerable), the 附件 table may also be a second document. 合计 row tolerable either way. 【发布单位】 line, nav, left menu, 打印本页/关闭窗口 and footer must not be clauses. 联系人 line as a clause or as a tail is tolerable.",
}]

# ---------------------------------------------------------------- (c) provincial 解读
C_DOC = "山东省人民政府关于推进中国（山东）自由贸易试验区提升战略高质量服务共建“一带一路”的实施意见"
C_TITLE = f"图文解读：《{C_DOC}》"
C_SEC = [
    ("一、出台背景", ["中国（山东）自由贸易试验区设立以来，济南、青岛、烟台三个片区累计形成制度创新成果230余项，对共建“一带一路”国家进出口额年均增长12.6%。为落实自由贸易试验区提升战略，省政府出台《实施意见》。"]),
    ("二、主要目标", ["到2027年，山东自贸试验区对共建“一带一路”国家进出口额突破3000亿元，新增中欧班列（齐鲁号）线路10条以上，形成30项以上具有山东特色的制度创新成果。"]),
    ("三、重点任务", ["《实施意见》从四个方面提出14项重点任务："]),
]
C_OL = [
    "提升贸易便利化水平。推广“智慧海关”和“两步申报”模式，压缩进出口整体通关时间。",
    "扩大双向投资合作。支持企业在共建国家建设境外园区，吸引共建国家企业在自贸试验区设立区域总部。",
    "畅通陆海联运通道。做强青岛港国际枢纽海港，加密中欧班列（齐鲁号）和上合示范区班列线路。",
    "深化制度型开放。对标高标准经贸规则，在数字贸易、海洋经济、绿色低碳等领域开展压力测试。",
]
C_SEC2 = ("四、保障措施", ["省自贸试验区工作领导小组统筹推进，省商务厅牵头建立重点任务台账，每年开展评估，评估结果纳入高质量发展综合绩效考核。"])


def page_c():
    def sec(h, paras):
        s = f'<section style="margin:10px 0;"><section style="text-align:left;"><p><strong><span style="color:#b8181e;font-size:18px;">{h}</span></strong></p></section>'
        for p in paras:
            s += f'<section style="line-height:1.75;font-size:16px;"><p style="text-indent:2em;">{p}</p></section>'
        return s + "</section>"
    ol = "<ol>" + "".join(f'<li><p>{x}</p></li>' for x in C_OL) + "</ol>"
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{C_TITLE} - 政策解读 - 山东省人民政府</title>
<meta name="SiteName" content="山东省人民政府">
<meta name="ColumnName" content="政策解读">
<meta name="ColumnType" content="图文解读">
<meta name="ArticleTitle" content="{C_TITLE}">
<meta name="PubDate" content="2024-07-05 10:12">
<meta name="ContentSource" content="山东省商务厅">
</head>
<body>
<div class="top"><a href="http://www.shandong.gov.cn/"><img src="/images/logo.png" alt="山东省人民政府"></a>
<div class="topnav"><a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">English</a></div></div>
<div class="navbar"><a href="/">首页</a><a href="/col/col94237/">政务公开</a><a href="/col/col94093/">政策文件</a><a href="/col/col94094/">政策解读</a><a href="/col/col94095/">政务服务</a></div>
<div class="location">您的位置：<a href="/">首页</a> &gt; <a href="/col/col94237/">政务公开</a> &gt; <a href="/col/col94094/">政策解读</a></div>
<div class="main">
<div class="art-title"><h1>{C_TITLE}</h1></div>
<div class="art-info"><span>发布日期：2024-07-05 10:12</span><span>来源：山东省商务厅</span><span>浏览次数：<script>document.write(3871)</script></span><span>字体：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</span></div>
<div class="art-con" id="zoom">
<section style="text-align:center;"><p><img src="/art/2024/7/5/art_94094_612877_banner.jpg" alt="图文解读" style="width:100%;"></p></section>
{sec(*C_SEC[0])}
{sec(*C_SEC[1])}
{sec(*C_SEC[2])[:-len("</section>")]}
<section>{ol}</section>
<section style="text-align:center;"><p><img src="/art/2024/7/5/art_94094_612877_1.png" alt="图解：山东自贸试验区服务共建“一带一路”14项重点任务一览"></p></section>
</section>
{sec(*C_SEC2)}
<section><p>原文链接：<a href="http://www.shandong.gov.cn/art/2024/7/3/art_107851_126120.html" target="_blank">{C_DOC}（鲁政发〔2024〕9号）</a></p></section>
</div>
<div class="art-tool"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a> 分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="qr"><img src="/images/qr.png" alt="手机扫码"><p>扫一扫在手机打开当前页</p></div>
</div>
<div class="footer">
<p><a href="#">网站地图</a> | <a href="#">关于本网</a> | <a href="#">联系我们</a></p>
<p>主办：山东省人民政府办公厅　承办：山东省大数据中心</p>
<p>网站标识码：3700000063　<a href="https://beian.miit.gov.cn/">鲁ICP备05045186号</a>　<img src="/images/gongan.png" alt="">鲁公网安备 37010202000001号</p>
<p>政务服务便民热线：12345</p>
</div>
</body>
</html>
"""
    return html


C_EXPECTED = [{
    "meta": {"title": C_TITLE, "doc_number": None, "issuer": ["山东省商务厅"], "date": "2024-07-05"},
    "clauses": [C_SEC[0][0]] + C_SEC[0][1] + [C_SEC[1][0]] + C_SEC[1][1] + [C_SEC[2][0]] + C_SEC[2][1]
               + [f"{i}.{x}" for i, x in enumerate(C_OL, 1)] + [C_SEC2[0]] + C_SEC2[1],
    "_note": "A 解读 has no 文号 of its own: 鲁政发〔2024〕9号 belongs to the interpreted document (in 原文链接); taking it as doc_number is wrong (medium). Title with or without the 图文解读： prefix is tolerable. <ol> items: number labels 1.–4. expected (the browser shows them), but items without labels in the right order are tolerable. img alt texts, 原文链接 line, art-info line (发布日期/来源/浏览次数/字体), nav, 打印/关闭/分享, 扫一扫 and the footer (主办/承办/网站标识码/ICP备/公网安备/12345) must not be clauses. 原文链接 as a reference/attachment is tolerable.",
}]


def main():
    with open(os.path.join(HERE, "blind37_govcn_yijian.html"), "w", encoding="utf-8") as f:
        f.write(page_a())
    with open(os.path.join(HERE, "blind37_bumen_gbk.html"), "wb") as f:
        f.write(page_b().encode("gbk"))
    with open(os.path.join(HERE, "blind37_jiedu_tuwen.html"), "w", encoding="utf-8") as f:
        f.write(page_c())
    exp = {"blind37_govcn_yijian": A_EXPECTED, "blind37_bumen_gbk": B_EXPECTED, "blind37_jiedu_tuwen": C_EXPECTED}
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
