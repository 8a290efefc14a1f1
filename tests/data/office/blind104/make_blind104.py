# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Round 104: three government portal pages saved with 网页另存为 (.html).

(a) 湖南省人民政府 政策文件库 article page (UTF-8), full 通知 with 信息公开 grid, embedded table,
    附件 links, 相关解读 box, 【打印】【关闭】, footer with 网站标识码/ICP.
(b) 厦门市商务局 政策解读 page (UTF-8): 图文解读 with <img> captions, 问：/答： Q&A, link to the original.
(c) 上海市浦东新区人民政府 互动交流 留言回复 page, GBK-encoded.
All names of organs and places are real; numbers, 文号 and details are fictional.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------- (a)
A_TITLE = "湖南省人民政府关于深化中国（湖南）自由贸易试验区改革创新 打造对非经贸合作新高地的通知"
A_NO = "湘政发〔2024〕17号"
A_BODY = [
    ("intro", "为贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，推动中国（湖南）自由贸易试验区（以下简称湖南自贸试验区）在深化对非经贸合作、服务共建“一带一路”中发挥更大作用，经省人民政府同意，现就有关事项通知如下。"),
    ("h1", "一、总体要求"),
    ("p", "坚持以制度创新为核心，以中非经贸深度合作先行区建设为牵引，到2026年，湖南自贸试验区累计形成制度创新成果150项以上，对非进出口额年均增长15%以上，基本建成对非经贸合作的重要枢纽。"),
    ("h1", "二、重点任务"),
    ("h2", "（一）畅通对非物流通道。"),
    ("p", "加密长沙至约翰内斯堡、内罗毕等全货机航线，2025年底前对非国际货运航线达到8条。支持中欧班列（长沙）拓展经东南亚至非洲的海铁联运线路，对新开通线路按每标箱300元给予运费补贴，单条线路年度补贴不超过500万元。"),
    ("h2", "（二）扩大非洲非资源性产品进口。"),
    ("p", "支持中非经贸博览会常设展馆扩容，对年进口非洲咖啡、坚果、干辣椒等非资源性产品超过1000万美元的企业，按进口额的1%给予奖励，单个企业年度奖励最高200万元。"),
    ("h2", "（三）创新跨境金融服务。"),
    ("p", "推进对非跨境人民币结算便利化试点，鼓励银行机构开展“出口信保+融资”业务。对在自贸试验区新设立的对非贸易结算中心，给予一次性奖励100万元。"),
    ("p", "2024—2026年重点任务指标见下表。"),
    ("table", None),
    ("h1", "三、保障措施"),
    ("h2", "（一）加强组织领导。"),
    ("p", "省自贸试验区工作领导小组统筹推进各项任务落实，省商务厅承担领导小组办公室日常工作，每半年调度一次任务进展。"),
    ("h2", "（二）强化资金保障。"),
    ("p", "省财政统筹现有专项资金予以支持，长沙、岳阳、郴州片区所在市按1:1比例配套。"),
    ("p", "本通知自2024年10月1日起施行，有效期至2027年9月30日。"),
]
A_TABLE_HEAD = ["序号", "指标名称", "2023年基数", "2026年目标", "牵头单位"]
A_TABLE = [
    ["1", "对非进出口额（亿元）", "680", "1000", "省商务厅"],
    ["2", "对非国际货运航线（条）", "4", "8", "省机场管理集团"],
    ["3", "非洲非资源性产品进口额（亿元）", "52", "90", "长沙海关"],
    ["4", "对非跨境人民币结算量（亿元）", "36", "80", "人民银行湖南省分行"],
]
A_ATT = [
    ("湖南自贸试验区对非经贸合作重点任务分工表", "P020240919563821470315.docx"),
    ("非洲非资源性产品进口奖励申报表", "P020240919563821470316.xlsx"),
    ("中国（湖南）自由贸易试验区对非经贸合作项目清单（第一批）", "P020240919563821470317.pdf"),
]


def page_a():
    rows = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in r)}</tr>\n" for r in A_TABLE)
    head = "".join(f"<th>{h}</th>" for h in A_TABLE_HEAD)
    body = []
    for kind, t in A_BODY:
        if kind == "table":
            body.append(f'<p style="text-align:center;"><strong>2024—2026年重点任务指标</strong></p>\n<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse;">\n<tbody><tr>{head}</tr>\n{rows}</tbody></table>')
        elif kind == "h1":
            body.append(f'<p style="text-indent:2em;"><strong><span style="font-family:黑体;">{t}</span></strong></p>')
        elif kind == "h2":
            body.append(f'<p style="text-indent:2em;"><span style="font-family:楷体_GB2312;">{t}</span></p>')
        else:
            body.append(f'<p style="text-indent:2em;">{t}</p>')
    body = "\n".join(body)
    atts = "\n".join(f'<li><a href="http://www.hunan.gov.cn/hnszf/xxgk/wjk/szfwj/202409/{f}" target="_blank" appendix="true" otheroperation="false">附件{i}：{t}.{f.rsplit(".", 1)[1]}</a></li>' for i, (t, f) in enumerate(A_ATT, 1))
    return f"""<!DOCTYPE html>
<!-- saved from url=(0078)http://www.hunan.gov.cn/hnszf/xxgk/wjk/szfwj/202409/t20240919_33461872.html -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{A_TITLE}_省政府文件_湖南省人民政府门户网站</title>
<meta name="SiteName" content="湖南省人民政府门户网站">
<meta name="SiteDomain" content="www.hunan.gov.cn">
<meta name="SiteIDCode" content="4300000063">
<meta name="ColumnName" content="省政府文件">
<meta name="ColumnType" content="政策文件库">
<meta name="ArticleTitle" content="{A_TITLE}">
<meta name="PubDate" content="2024-09-19 10:32">
<meta name="ContentSource" content="湖南省人民政府">
<meta name="Keywords" content="自由贸易试验区,对非经贸合作,一带一路">
<link rel="stylesheet" href="./{A_TITLE}_files/common.css">
<link rel="stylesheet" href="./{A_TITLE}_files/article.css">
<script src="./{A_TITLE}_files/jquery.min.js"></script>
<style>.xxgk-table td{{border:1px solid #ddd;padding:6px;}} .print-close a{{margin:0 8px;}}</style>
</head>
<body>
<div class="top-bar"><div class="w1200"><span>欢迎访问湖南省人民政府门户网站</span> <a href="javascript:void(0)">无障碍浏览</a> | <a href="javascript:void(0)">长辈版</a> | <a href="http://www.hunan.gov.cn/english/">English</a> | <a href="javascript:void(0)">智能问答</a></div></div>
<div class="header"><div class="w1200"><a class="logo" href="http://www.hunan.gov.cn/"><img src="./{A_TITLE}_files/logo.png" alt="湖南省人民政府门户网站"></a>
<form class="search" action="http://searching.hunan.gov.cn/hunan/s"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div>
<ul class="nav"><li><a href="http://www.hunan.gov.cn/">首页</a></li><li><a href="http://www.hunan.gov.cn/hnszf/szf/szf.html">省政府</a></li><li class="on"><a href="http://www.hunan.gov.cn/hnszf/xxgk/xxgk.html">政务公开</a></li><li><a href="http://www.hunan.gov.cn/hnszf/zwfw/zwfw.html">政务服务</a></li><li><a href="http://www.hunan.gov.cn/hnszf/hdjl/hdjl.html">互动交流</a></li><li><a href="http://www.hunan.gov.cn/hnszf/zjhn/zjhn.html">走进湖南</a></li></ul></div>
<div class="w1200 main">
<div class="crumb">当前位置：<a href="http://www.hunan.gov.cn/">首页</a> &gt; <a href="http://www.hunan.gov.cn/hnszf/xxgk/xxgk.html">政务公开</a> &gt; <a href="http://www.hunan.gov.cn/hnszf/xxgk/wjk/wjk.html">政策文件库</a> &gt; <a href="http://www.hunan.gov.cn/hnszf/xxgk/wjk/szfwj/szfwj.html">省政府文件</a></div>
<div class="xxgk-box">
<table class="xxgk-table" width="100%" cellspacing="0" cellpadding="0">
<tbody>
<tr><td class="td-t">索&nbsp;引&nbsp;号：</td><td>000014349/2024-00287</td><td class="td-t">主题分类：</td><td>商贸、海关、旅游\\对外经贸合作</td></tr>
<tr><td class="td-t">发文机关：</td><td>湖南省人民政府</td><td class="td-t">成文日期：</td><td>2024年09月12日</td></tr>
<tr><td class="td-t">标　　题：</td><td colspan="3">{A_TITLE}</td></tr>
<tr><td class="td-t">发文字号：</td><td>{A_NO}</td><td class="td-t">发布日期：</td><td>2024年09月19日</td></tr>
<tr><td class="td-t">有&nbsp;效&nbsp;性：</td><td colspan="3">有效</td></tr>
</tbody></table></div>
<div class="article">
<h1 class="main_title">{A_TITLE}</h1>
<div class="sub-info"><span>发布日期：2024-09-19 10:32</span><span>来源：湖南省人民政府</span><span>浏览次数：<em id="visitCount">3862</em></span><span class="font-size">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span><span class="share">分享到：<a class="wx" href="javascript:void(0)">微信</a><a class="wb" href="javascript:void(0)">微博</a></span></div>
<div class="main_content" id="zoom">
<div class="TRS_Editor">
<p style="text-align:center;">{A_NO}</p>
<p>各市州人民政府，省政府各厅委、各直属机构：</p>
{body}
<p style="text-align:right;">湖南省人民政府</p>
<p style="text-align:right;">2024年9月12日</p>
<p style="text-indent:2em;">（此件主动公开）</p>
</div>
</div>
<div class="fujian"><p class="fj-title">附件：</p><ul>
{atts}
</ul></div>
<div class="xgjd"><h3>相关解读</h3><ul>
<li><a href="http://www.hunan.gov.cn/hnszf/xxgk/jd/zcjd/202409/t20240920_33462109.html">【文字解读】《关于深化中国（湖南）自由贸易试验区改革创新 打造对非经贸合作新高地的通知》政策解读</a></li>
<li><a href="http://www.hunan.gov.cn/hnszf/xxgk/jd/tjjd/202409/t20240921_33462510.html">【图解】一图读懂湖南自贸试验区对非经贸合作新政</a></li>
</ul></div>
<div class="print-close" style="text-align:right;"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
</div>
<div class="xgwj"><h3>相关文件</h3><ul><li><a href="http://www.hunan.gov.cn/hnszf/xxgk/wjk/szfwj/202306/t20230615_29380211.html">湖南省人民政府关于印发《中国（湖南）自由贸易试验区制度创新三年行动方案》的通知</a><span>2023-06-15</span></li></ul></div>
</div>
<div class="footer"><div class="w1200">
<p><a href="http://www.hunan.gov.cn/hnszf/wzdt/wzdt.html">网站地图</a> | <a href="javascript:void(0)">联系我们</a> | <a href="javascript:void(0)">使用帮助</a> | <a href="javascript:void(0)">隐私声明</a></p>
<p>主办：湖南省人民政府办公厅　承办：湖南省人民政府发展研究中心（湖南省大数据中心）</p>
<p>网站标识码：4300000063　<a href="https://beian.miit.gov.cn/">湘ICP备05003021号</a>　<img src="./{A_TITLE}_files/ga.png" alt="">湘公网安备 43010502000311号</p>
<p><img src="./{A_TITLE}_files/jiucuo.png" alt="政府网站找错"> <img src="./{A_TITLE}_files/dzjg.png" alt="党政机关"></p>
</div></div>
<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src="./{A_TITLE}_files/hm.js";}})();function doZoom(s){{document.getElementById('zoom').style.fontSize=s+'px';}}</script>
</body></html>
"""


def a_expected():
    clauses = [A_BODY[0][1]]
    for kind, t in A_BODY[1:]:
        if kind == "table":
            for r in A_TABLE:
                clauses.append("；".join(f"{h}：{v}" for h, v in zip(A_TABLE_HEAD, r)))
        elif kind == "p":
            clauses.append(t)
    return [{
        "meta": {
            "title": A_TITLE, "doc_number": A_NO, "issuer": ["湖南省人民政府"],
            "date": "2024-09-12", "published": "2024-09-19", "level": "provincial", "region": "湖南省",
            "effective": "2024-10-01", "expires": "2027-09-30",
            "attachments": [t for t, _ in A_ATT],
            "addressees": ["各市州人民政府", "省政府各厅委、各直属机构"],
            "index_no": "000014349/2024-00287", "topic": "商贸、海关、旅游\\对外经贸合作",
            "validity": "有效",
        },
        "clauses": clauses,
        "_note": "Furniture, not clauses: top bar (无障碍浏览/长辈版/English), logo, search box, nav (首页 省政府 政务公开 …), breadcrumb 当前位置…, the 信息公开 grid (索引号…有效性: metadata only), sub-info line (发布日期/来源/浏览次数/字号 大中小/分享到), the centred 文号 line, 主送, 落款 湖南省人民政府 + date, （此件主动公开）, 附件 link list (→ meta.attachments; the .docx/.xlsx/.pdf extensions and P0202… file names are not part of titles), 相关解读 box and 相关文件 box (links to other pages, not clauses of this doc, not attachments), 【打印】【关闭】, footer (网站地图…, 主办/承办, 网站标识码, 湘ICP备, 湘公网安备), script text. Headings 一、（一） are labels/headings; a heading merged into its paragraph as one clause is tolerable. The table caption '2024—2026年重点任务指标' may be a heading. 序号 column in the row text is tolerable. Exactly one document expected; the 相关文件 link is not a second document. Meta description: 'published' 2024-09-19 is the 发布日期, not the 成文日期.",
    }]


# ---------------------------------------------------------------- (b)
B_TITLE = "《厦门市促进跨境电子商务高质量发展若干措施》政策解读"
B_ORIG_TITLE = "厦门市商务局 厦门市财政局关于印发《厦门市促进跨境电子商务高质量发展若干措施》的通知"
B_ORIG_NO = "厦商务规〔2025〕2号"
B_SECTIONS = [
    ("h", "一、出台背景"),
    ("p", "为贯彻落实《中国（福建）自由贸易试验区提升战略实施方案》，发挥厦门片区和跨境电子商务综合试验区叠加优势，深化与共建“一带一路”国家和地区的数字贸易合作，市商务局会同市财政局研究制定了《厦门市促进跨境电子商务高质量发展若干措施》（以下简称《若干措施》）。"),
    ("h", "二、主要内容"),
    ("p", "《若干措施》共四个方面12条，聚焦主体培育、海外仓布局、物流通道和人才服务，有效期三年。"),
    ("img", ("tu1.png", "图1 《若干措施》框架一览")),
    ("p", "在主体培育方面，对年跨境电商进出口额首次突破1亿元、5亿元、10亿元的企业，分别给予30万元、80万元、150万元的一次性奖励。"),
    ("img", ("tu2.png", "图2 跨境电商主体培育奖励标准")),
    ("p", "在海外仓布局方面，支持企业在东盟、中东、中东欧等共建“一带一路”国家和地区新建或租用公共海外仓，按实际投入的20%给予补助，单个项目最高300万元。"),
    ("p", "在物流通道方面，对经厦门口岸开通跨境电商货运包机或专线的企业，按每班次2万元给予补助，每家企业年度补助不超过200万元。"),
    ("h", "三、热点问答"),
    ("qa", ("问：《若干措施》中的奖励资金如何申报？", "答：由市商务局每年发布申报通知，企业通过“厦门市商务专项资金管理系统”在线申报，经区级初审、市级复核和第三方审计后拨付。")),
    ("qa", ("问：已享受市级其他同类政策的企业能否重复申报？", "答：同一项目已获得市级其他财政资金支持的，按照“从高不重复”原则执行，不得重复享受。")),
    ("qa", ("问：《若干措施》从何时开始执行？", "答：《若干措施》自2025年4月1日起施行，有效期至2028年3月31日。2025年1月1日以后发生的符合条件的事项可参照执行。")),
]


def page_b():
    parts = []
    for kind, v in B_SECTIONS:
        if kind == "h":
            parts.append(f'<p class="jd-h"><strong>{v}</strong></p>')
        elif kind == "p":
            parts.append(f'<p style="text-indent:2em;">{v}</p>')
        elif kind == "img":
            f, cap = v
            parts.append(f'<p style="text-align:center;"><img src="./{B_TITLE}_files/{f}" alt="{cap}" title="{cap}" width="640" oldsrc="W020250408{f}"></p>\n<p class="img-caption" style="text-align:center;font-size:14px;color:#666;">{cap}</p>')
        else:
            q, a = v
            parts.append(f'<p style="text-indent:2em;"><strong>{q}</strong></p>\n<p style="text-indent:2em;">{a}</p>')
    body = "\n".join(parts)
    return f"""<!DOCTYPE html>
<!-- saved from url=(0066)https://sswj.xm.gov.cn/zcfg/zcjd/202504/t20250408_2894415.htm -->
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{B_TITLE}_政策解读_厦门市商务局</title>
<meta name="SiteName" content="厦门市商务局">
<meta name="ColumnName" content="政策解读">
<meta name="ArticleTitle" content="{B_TITLE}">
<meta name="PubDate" content="2025-04-08 16:05">
<meta name="ContentSource" content="厦门市商务局">
<link rel="stylesheet" href="./{B_TITLE}_files/style.css">
</head><body>
<div class="head"><img src="./{B_TITLE}_files/banner.jpg" alt="厦门市商务局"><div class="nav"><a href="https://sswj.xm.gov.cn/">首页</a><a href="https://sswj.xm.gov.cn/jgzn/">机构概况</a><a href="https://sswj.xm.gov.cn/zwgk/">政务公开</a><a href="https://sswj.xm.gov.cn/zcfg/">政策法规</a><a href="https://sswj.xm.gov.cn/hdjl/">互动交流</a></div></div>
<div class="position">您当前所在位置：<a href="https://sswj.xm.gov.cn/">首页</a> &gt; <a href="https://sswj.xm.gov.cn/zcfg/">政策法规</a> &gt; <a href="https://sswj.xm.gov.cn/zcfg/zcjd/">政策解读</a></div>
<div class="content">
<h2 class="title">{B_TITLE}</h2>
<div class="info">来源：厦门市商务局　　发布时间：2025-04-08 16:05　　<a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a>　字体：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>
<div class="jd-type"><span class="on">图文解读</span></div>
<div class="TRS_Editor" id="Zoom">
{body}
</div>
<div class="yw">原文链接：<a href="https://sswj.xm.gov.cn/zcfg/gfxwj/202503/t20250321_2893106.htm" target="_blank">{B_ORIG_TITLE}（{B_ORIG_NO}）</a></div>
<div class="jd-contact"><p>解读机关：厦门市商务局</p><p>解读人：市商务局电子商务处　联系电话：0592-2855123</p></div>
</div>
<div class="foot"><p>主办单位：厦门市商务局　地址：厦门市思明区湖滨北路61号　邮编：361012</p><p>网站标识码：3502000036　闽ICP备05035129号-2　闽公网安备 35020302000157号</p><p>建议使用1366×768分辨率浏览本网站</p></div>
</body></html>
"""


def b_expected():
    clauses = []
    for kind, v in B_SECTIONS:
        if kind == "p":
            clauses.append(v)
        elif kind == "qa":
            clauses.append(v[0] + v[1])
    return [{
        "meta": {
            "title": B_TITLE, "doc_number": None, "issuer": ["厦门市商务局"],
            "date": "2025-04-08", "level": "municipal", "region": "厦门市",
            "effective": None, "expires": None, "attachments": [],
            "doc_type": "政策解读",
            "interprets": {"title": B_ORIG_TITLE, "doc_number": B_ORIG_NO,
                            "issuer": ["厦门市商务局", "厦门市财政局"],
                            "effective": "2025-04-01", "expires": "2028-03-31"},
        },
        "clauses": clauses,
        "_note": "A 解读 is not the policy itself: it has no 文号 of its own; giving it 厦商务规〔2025〕2号 as its own doc_number is wrong (as 'related'/'interprets' it is fine). effective/expires of the 解读 should be empty (they belong to the original, stated in the Q&A); taking 2025-04-01/2028-03-31 is tolerable-but-wrong, low. Furniture: banner, nav, 您当前所在位置 breadcrumb, info line (来源/发布时间/打印本页/关闭窗口/字体 大中小), '图文解读' tab, image alt/title text and the img-caption lines (图1 …, 图2 …: tolerable as captions/kind=caption but not as policy clauses), 原文链接 line (metadata, not a clause), 解读机关/解读人/联系电话 box, footer (主办单位/地址/邮编/网站标识码/ICP/公网安备/分辨率). Q&A: one clause per 问+答 pair is ideal; 问 and 答 as two clauses is tolerable; losing the 答 or the 问 is not. Headings 一、二、三、 are headings. Region 厦门市 (福建省) municipal.",
    }]


# ---------------------------------------------------------------- (c)
C_TITLE = "关于临港新片区外的浦东企业能否享受跨境数据流动便利措施的咨询"
C_Q = [
    "您好！我公司注册在浦东新区张江科学城，属于中国（上海）自由贸易试验区张江片区范围，主要从事面向东南亚和中东地区的跨境电商SaaS服务，需要将部分境内客户订单数据传输至新加坡服务器。",
    "听说临港新片区发布了数据跨境流动一般数据清单，请问我们这种不在临港新片区、但在自贸试验区其他片区的企业能否适用？如果不能适用，应当通过什么途径办理数据出境手续？谢谢！",
]
C_REPLY = [
    "您好！来信收悉。经研究，现答复如下：",
    "一、关于适用范围。中国（上海）自由贸易试验区临港新片区发布的数据跨境流动一般数据清单，目前适用于在临港新片区内注册并实际经营的数据处理者。贵公司注册地位于张江片区，暂不能直接适用该清单。",
    "二、关于办理途径。根据《促进和规范数据跨境流动规定》，贵公司可先行对照豁免情形进行自评估；不属于豁免情形的，可通过上海市数据出境“一件事”服务窗口申报数据出境安全评估或办理个人信息出境标准合同备案。浦东新区网信办在张江科学城设立了数据出境服务站（地址：浦东新区科苑路399号1幢2楼），可提供免费预审辅导。",
    "三、关于后续政策。浦东新区正在研究制定自贸试验区其他片区数据跨境便利化配套措施，预计2025年下半年出台，届时将通过“浦东发布”及区政府门户网站公开。",
    "如有疑问，可拨打浦东新区网信办咨询电话021-28282828（工作日9:00—17:00）。感谢您对浦东新区工作的关心和支持！",
]


def page_c():
    q = "".join(f"<p>{t}</p>" for t in C_Q)
    r = "".join(f"<p>{t}</p>" for t in C_REPLY)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=(0070)https://www.pudong.gov.cn/zwhd/qzxx/lyhf/20250318/msg_0000472391.html -->
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>留言详情_区长信箱_互动交流_上海市浦东新区人民政府</title>
<meta name="SiteName" content="上海市浦东新区人民政府">
<meta name="ColumnName" content="区长信箱">
<link rel="stylesheet" type="text/css" href="./留言详情_区长信箱_files/hdjl.css">
</head><body>
<div class="header"><a href="https://www.pudong.gov.cn/"><img src="./留言详情_区长信箱_files/logo.png" alt="上海市浦东新区人民政府"></a>
<ul class="menu"><li><a href="https://www.pudong.gov.cn/">首页</a></li><li><a href="https://www.pudong.gov.cn/zwgk/">政务公开</a></li><li><a href="https://www.pudong.gov.cn/zwfw/">政务服务</a></li><li class="cur"><a href="https://www.pudong.gov.cn/zwhd/">互动交流</a></li><li><a href="https://www.pudong.gov.cn/zjpd/">走进浦东</a></li></ul></div>
<div class="location">您现在的位置：<a href="https://www.pudong.gov.cn/">首页</a> &gt;&gt; <a href="https://www.pudong.gov.cn/zwhd/">互动交流</a> &gt;&gt; <a href="https://www.pudong.gov.cn/zwhd/qzxx/">区长信箱</a> &gt;&gt; 留言详情</div>
<div class="msg-detail">
<table class="msg-table" width="100%" border="0" cellspacing="1" cellpadding="6">
<tr><th width="15%">留言标题</th><td colspan="3">{C_TITLE}</td></tr>
<tr><th>留言编号</th><td>PD20250307000586</td><th>留言类型</th><td>咨询</td></tr>
<tr><th>留言人</th><td>王**</td><th>留言时间</th><td>2025-03-07 14:26:51</td></tr>
<tr><th>留言内容</th><td colspan="3" class="msg-content">{q}</td></tr>
</table>
<div class="reply">
<table class="reply-table" width="100%" border="0" cellspacing="1" cellpadding="6">
<tr><th width="15%">回复单位</th><td>浦东新区网络安全和信息化委员会办公室</td><th width="15%">回复时间</th><td>2025-03-18 10:05:12</td></tr>
<tr><th>回复内容</th><td colspan="3" class="reply-content">{r}</td></tr>
</table></div>
<div class="pj">满意度评价：<label><input type="radio" name="pj" value="1">满意</label> <label><input type="radio" name="pj" value="2">基本满意</label> <label><input type="radio" name="pj" value="3">不满意</label> <button>提交评价</button></div>
<div class="btns"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办：上海市浦东新区人民政府办公室　版权所有：上海市浦东新区人民政府</p><p>网站标识码：3101150001　沪ICP备10018958号-1　沪公网安备 31011502002001号</p><p>地址：上海市浦东新区世纪大道2001号　邮编：200135</p></div>
</body></html>
"""


def c_expected():
    return [{
        "meta": {
            "title": C_TITLE, "doc_number": None,
            "issuer": ["浦东新区网络安全和信息化委员会办公室"],
            "date": "2025-03-18", "asked": "2025-03-07", "level": "county",
            "region": "上海市浦东新区", "effective": None, "expires": None, "attachments": [],
            "doc_type": "留言回复",
        },
        "question": C_Q,
        "clauses": C_REPLY,
        "_note": "GBK-encoded (meta charset=gbk): any mojibake is high. The document is the reply; issuer is the 回复单位 (not 浦东新区人民政府 the site owner, not the citizen 王**); date is 回复时间 2025-03-18 (留言时间 2025-03-07 is the question's). Clauses are the reply paragraphs; the citizen's question paragraphs may be kept as context clauses (kind question) — tolerable — but must not be presented as the office's policy text. The opening '您好！来信收悉…' and the closing 咨询电话/感谢 are boilerplate, tolerable either way. Furniture: logo, menu, 您现在的位置 breadcrumb, the grid labels (留言标题/留言编号/留言类型/留言人/留言时间/回复单位/回复时间/回复内容/留言内容), 满意度评价 radio buttons and 提交评价, 【打印本页】【关闭窗口】, footer (主办, 版权所有, 网站标识码, ICP, 公网安备, 地址, 邮编). applies_to: 上海市浦东新区 / 张江片区 / 临港新片区 mentions — the reply's first item is about 临港新片区's list NOT applying to 张江; applies_to 临港新片区 for that item would be a wrong answer. No effective/expires. Level county (区).",
    }]


def main():
    files = {
        "blind104_湖南_政策文件库": (page_a(), "utf-8"),
        "blind104_厦门_政策解读": (page_b(), "utf-8"),
        "blind104_浦东_留言回复": (page_c(), "gbk"),
    }
    for stem, (html, enc) in files.items():
        (HERE / f"{stem}.html").write_bytes(html.encode(enc))
    exp = {
        "blind104_湖南_政策文件库": a_expected(),
        "blind104_厦门_政策解读": b_expected(),
        "blind104_浦东_留言回复": c_expected(),
    }
    (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
