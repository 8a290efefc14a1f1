# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 79: Chinese government web pages saved as PDF by printing from a browser.

Writes next to itself:
  blind79_zhejiang_notice.html / .pdf   provincial 商务厅 notice page with 信息公开 table
  blind79_xiamen_jiedu.html / .pdf      municipal government 政策解读 page with images and a table
  blind79_qinzhou_attach.html / .pdf    自贸试验区片区管委会 notice with attachment link list
  expected.json
The PDFs are made by headless Chromium (which adds its own header: date + page title,
and footer: URL + page x/y). If no browser is found the PDF step is skipped.
"""
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# a small shapes-only SVG picture (no text inside, so nothing leaks into the PDF text layer)
IMG = ("data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='480' height='120'>"
       "<rect width='480' height='120' fill='%23e8f0fa'/><circle cx='60' cy='60' r='40' fill='%23c00'/>"
       "<rect x='130' y='30' width='300' height='16' fill='%23369'/><rect x='130' y='60' width='240' height='16' fill='%23369'/>"
       "<rect x='130' y='90' width='180' height='16' fill='%23369'/></svg>")
QR = ("data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='80' height='80'>"
      "<rect width='80' height='80' fill='white'/><rect x='5' y='5' width='20' height='20'/><rect x='55' y='5' width='20' height='20'/>"
      "<rect x='5' y='55' width='20' height='20'/><rect x='35' y='35' width='10' height='10'/></svg>")

CSS = """
body{font-family:'Microsoft YaHei','微软雅黑','Noto Sans CJK SC',sans-serif;margin:0;color:#333;font-size:14px}
.top{background:#b40000;color:#fff;padding:10px 30px}
.top .logo{font-size:24px;font-weight:bold}
.top .sub{font-size:12px}
.nav{background:#8c0000;padding:6px 30px}
.nav a{color:#fff;margin-right:22px;text-decoration:none}
.wrap{width:900px;margin:0 auto}
.crumb{font-size:12px;color:#666;padding:10px 0;border-bottom:1px solid #ddd}
table.xxgk{width:100%;border-collapse:collapse;margin:12px 0;font-size:13px;background:#f7f7f7}
table.xxgk td{border:1px solid #ddd;padding:5px 8px}
table.xxgk td.k{width:90px;color:#555;font-weight:bold}
h1{font-size:22px;text-align:center;color:#b40000;line-height:1.5;margin:18px 40px 8px}
.info{text-align:center;font-size:12px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:8px}
.content{font-family:'FangSong_GB2312','仿宋_GB2312','Noto Serif CJK SC',serif;font-size:16px;line-height:1.9}
.content p{text-indent:2em;margin:0}
.content p.noind{text-indent:0}
.content p.right{text-align:right;padding-right:2em}
.content p.center{text-align:center;text-indent:0}
.content table{border-collapse:collapse;margin:8px auto;font-size:14px}
.content table td,.content table th{border:1px solid #333;padding:4px 8px}
.tools{font-size:12px;color:#666;text-align:right;margin:12px 0}
.share{font-size:12px;color:#666}
.related{margin-top:16px;border-top:2px solid #b40000}
.related h3{font-size:15px;color:#b40000;margin:6px 0}
.related li{font-size:13px;line-height:1.8}
.related span{float:right;color:#999}
.prevnext{font-size:13px;line-height:1.8;margin-top:12px}
.foot{background:#eee;font-size:12px;color:#666;text-align:center;padding:12px;margin-top:24px;line-height:1.8}
.att a{color:#1a55a5}
.fig{text-align:center;text-indent:0}
.figcap{text-align:center;font-size:13px;color:#555;text-indent:0}
"""


def page(title_tag, body):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="">
<title>{title_tag}</title>
<style>{CSS}</style>
</head>
<body>
{body}
</body>
</html>
"""


# ---------------------------------------------------------------- file 1: 浙江省商务厅
ZJ_TITLE = "浙江省商务厅关于支持中国（浙江）自由贸易试验区深度融入高质量共建“一带一路”的通知"
ZJ_BODY_PARAS = [
    ("noind", "各市、县（市、区）商务主管部门，中国（浙江）自由贸易试验区各片区管委会："),
    ("", "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，充分发挥中国（浙江）自由贸易试验区（以下简称自贸试验区）改革开放试验田作用，推动自贸试验区建设与共建“一带一路”联动发展，现就有关事项通知如下："),
    ("", "一、拓展与共建“一带一路”国家经贸合作"),
    ("", "（一）支持企业开拓共建国家市场。对自贸试验区内企业参加省商务厅确定的共建“一带一路”国家重点境外展会的，按展位费的50%给予补助，单个企业每年补助金额最高不超过30万元。"),
    ("", "（二）推进境外经贸合作区建设。支持自贸试验区企业在共建国家建设境外经贸合作区，对新认定的省级境外经贸合作区给予一次性奖励200万元；对升级为国家级境外经贸合作区的，再给予一次性奖励300万元。"),
    ("", "二、提升贸易投资便利化水平"),
    ("", "（三）深化国际贸易“单一窗口”建设。推动与共建“一带一路”国家和地区口岸数据互联互通，2024年底前实现与5个以上共建国家的电子原产地证书数据交换。"),
    ("", "（四）优化跨境资金结算。支持舟山片区、宁波片区、杭州片区开展跨境贸易投资高水平开放试点，具体包括："),
    ("", "1.符合条件的企业可凭支付指令直接办理经常项目外汇收支；"),
    ("", "2.对优质企业跨境人民币结算实行“白名单”管理，简化单证审核。"),
    ("", "三、强化组织保障"),
    ("", "（五）各片区管委会要建立工作台账，于每季度结束后10个工作日内将工作进展报送省商务厅（自贸试验区工作处）。"),
    ("", "（六）本通知自2024年6月1日起施行，有效期至2026年5月31日。"),
]


def make_zhejiang():
    body_html = "\n".join(f'<p class="{c}">{t}</p>' if c else f"<p>{t}</p>" for c, t in ZJ_BODY_PARAS)
    body = f"""
<div class="top"><div class="logo">浙江省商务厅</div><div class="sub">Department of Commerce of Zhejiang Province</div></div>
<div class="nav"><a href="#">首页</a><a href="#">机构概况</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">专题专栏</a><a href="#">无障碍</a></div>
<div class="wrap">
<div class="crumb">您当前的位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">通知公告</a></div>
<table class="xxgk">
<tr><td class="k">索引号</td><td>002482031/2024-00156</td><td class="k">主题分类</td><td>商贸、海关、旅游/对外经贸合作</td></tr>
<tr><td class="k">发文机关</td><td>浙江省商务厅</td><td class="k">成文日期</td><td>2024-05-20</td></tr>
<tr><td class="k">文号</td><td>浙商务发〔2024〕37号</td><td class="k">发布日期</td><td>2024-05-24</td></tr>
<tr><td class="k">有效性</td><td>有效</td><td class="k">统一编号</td><td>ZJSP00-2024-0012</td></tr>
</table>
<h1>{ZJ_TITLE}</h1>
<div class="info">发布时间：2024-05-24 16:05 &nbsp; 信息来源：自贸试验区工作处 &nbsp; 浏览次数：2108 &nbsp; 【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】 &nbsp;【<a href="#">打印</a>】 【<a href="#">关闭</a>】</div>
<div class="content">
{body_html}
<p class="right">浙江省商务厅</p>
<p class="right">2024年5月20日</p>
<p>（此件公开发布）</p>
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a> &nbsp;&nbsp; <img src="{QR}" width="60" height="60" alt="扫一扫在手机打开当前页"> 扫一扫在手机打开当前页</div>
<div class="tools">【<a href="#">打印本页</a>】 【<a href="#">关闭窗口</a>】</div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="#">浙江省人民政府关于印发中国（浙江）自由贸易试验区扩展区域方案实施方案的通知</a><span>2020-10-16</span></li>
<li><a href="#">商务部关于印发《自由贸易试验区重点工作清单（2023—2025年）》的通知</a><span>2023-07-10</span></li>
<li><a href="#">关于公布第二批浙江省级境外经贸合作区名单的公告</a><span>2023-12-29</span></li>
</ul></div>
</div>
<div class="foot">
<div><a href="#">联系我们</a> | <a href="#">网站地图</a> | <a href="#">隐私声明</a></div>
<div>主办：浙江省商务厅 &nbsp; 承办：浙江省商务厅电子商务处 &nbsp; 地址：杭州市省府路8号省府大楼6号楼 &nbsp; 邮编：310025</div>
<div>网站标识码：3300000055 &nbsp; 浙ICP备05076011号-1 &nbsp; 浙公网安备 33010602009999号 &nbsp; 建议使用1280×800以上分辨率浏览</div>
</div>
"""
    return page(ZJ_TITLE + "_通知公告_浙江省商务厅", body)


def zj_expected():
    clauses = [t for c, t in ZJ_BODY_PARAS if c != "noind"]
    return [{
        "meta": {"title": ZJ_TITLE, "doc_number": "浙商务发〔2024〕37号", "issuer": "浙江省商务厅",
                 "date": "2024-05-20", "published": "2024-05-24", "level": "provincial", "region": "浙江省",
                 "effective": "2024-06-01", "expires": "2026-05-31",
                 "addressees": "各市、县（市、区）商务主管部门，中国（浙江）自由贸易试验区各片区管委会"},
        "clauses": clauses,
        "_note": ("Furniture (never clauses, never in a clause, never the title): site banner 浙江省商务厅/Department of Commerce of Zhejiang Province, nav menu, breadcrumb 您当前的位置：首页 > …, "
                  "the 信息公开 table (索引号 … 统一编号; it is metadata: 发文机关/成文日期/文号/发布日期 should feed meta, not clauses), the 发布时间/信息来源/浏览次数/【字体：大 中 小】【打印】【关闭】 line, "
                  "the signature 浙江省商务厅 and date line, （此件公开发布）, 分享到：微信 微博 QQ空间, QR alt text 扫一扫在手机打开当前页, 【打印本页】【关闭窗口】, the 相关链接 list (other documents' titles and dates), "
                  "the site footer (联系我们/网站地图/主办/承办/地址/邮编/网站标识码/ICP/公网安备/分辨率), and in the PDF Chromium's header (print date + the <title> with _通知公告_浙江省商务厅 suffix) and footer (file:// URL + page x/y). "
                  "The addressee line is metadata, not a clause. Tolerable: heading-only items 一、二、三、 as their own clauses or folded as headings into the following items; the number/label split off from the text; "
                  "published 2024-05-24 in addition to signed 2024-05-20; items 1./2. kept inside （四） or as child clauses.")
    }]


# ---------------------------------------------------------------- file 2: 厦门市人民政府 政策解读
XM_TITLE = "《厦门市推进“丝路海运”高质量发展若干措施》政策解读"
XM_PARAS_1 = [
    "近日，厦门市人民政府办公厅印发《厦门市推进“丝路海运”高质量发展若干措施》（以下简称《若干措施》）。为便于社会各界准确理解，现就有关内容解读如下。",
    "一、制定背景",
    "“丝路海运”是福建省融入共建“一带一路”的重要品牌。截至2023年底，“丝路海运”命名航线已达120条，通达全球43个国家和地区的117个港口。为进一步巩固厦门港作为“丝路海运”发起港的地位，服务中国（福建）自由贸易试验区厦门片区建设，市港口管理局会同市商务局、市财政局等部门研究制定了《若干措施》。",
    "二、主要内容",
    "《若干措施》共十条，围绕航线拓展、多式联运、口岸通关、主体培育四个方面提出具体支持措施。",
]
XM_FIG1_ALT = "一图读懂《厦门市推进“丝路海运”高质量发展若干措施》"
XM_FIG1_CAP = "图1 一图读懂《若干措施》"
XM_PARAS_2 = [
    "（一）航线拓展方面。鼓励航运企业在厦门港新开通往共建“一带一路”国家和地区的“丝路海运”命名航线。",
    "（二）多式联运方面。支持开展集装箱海铁联运、跨境电商海运专线业务，提升厦门港辐射中西部腹地能力。",
    "主要支持标准如下表：",
]
XM_TABLE_HEAD = ["支持事项", "支持标准", "单个企业年度上限"]
XM_TABLE_ROWS = [
    ["新开“丝路海运”命名航线", "每条航线一次性奖励50万元", "200万元"],
    ["集装箱海铁联运", "每标箱补助300元", "500万元"],
    ["跨境电商海运专线", "按实际运量每标箱补助200元", "100万元"],
]
XM_FIG2_ALT = "厦门港海天码头集装箱作业现场"
XM_FIG2_CAP = "图2 厦门港海天码头（资料图）"
XM_PARAS_3 = [
    "三、适用对象",
    "在厦门市依法注册登记、具有独立法人资格，且在厦门港开展“丝路海运”相关业务的航运、物流、外贸企业。",
    "四、施行时间",
    "《若干措施》自2024年4月1日起施行，有效期3年。",
]


def make_xiamen():
    ps = lambda L: "\n".join(f"<p>{t}</p>" for t in L)
    rows = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in XM_TABLE_ROWS)
    body = f"""
<div class="top" style="background:#1f5fa8"><div class="logo">厦门市人民政府</div><div class="sub">www.xm.gov.cn</div></div>
<div class="nav" style="background:#164a85"><a href="#">首页</a><a href="#">要闻动态</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">走进厦门</a></div>
<div class="wrap">
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策解读</a> &gt; <a href="#">部门解读</a></div>
<h1 style="color:#1f5fa8">{XM_TITLE}</h1>
<div class="info">来源：厦门市港口管理局 &nbsp; 发布日期：2024-03-18 &nbsp; 字号：[ <a href="#">大</a> <a href="#">中</a> <a href="#">小</a> ] &nbsp; <a href="#">打印</a></div>
<div class="info" style="border:none">相关文件：<a href="#">《厦门市推进“丝路海运”高质量发展若干措施》（厦府办规〔2024〕5号）</a></div>
<div class="content">
{ps(XM_PARAS_1)}
<p class="fig"><img src="{IMG}" width="480" height="120" alt="{XM_FIG1_ALT}"></p>
<p class="figcap">{XM_FIG1_CAP}</p>
{ps(XM_PARAS_2)}
<table>
<tr>{''.join(f'<th>{h}</th>' for h in XM_TABLE_HEAD)}</tr>
{rows}
</table>
<p class="fig"><img src="{IMG}" width="480" height="120" alt="{XM_FIG2_ALT}"></p>
<p class="figcap">{XM_FIG2_CAP}</p>
{ps(XM_PARAS_3)}
</div>
<div class="tools">责任编辑：陈晓琳 &nbsp;&nbsp; 【<a href="#">打印本页</a>】 【<a href="#">关闭窗口</a>】</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="related"><h3>相关解读</h3><ul>
<li><a href="#">《厦门市促进港口物流降本增效若干措施》政策解读</a><span>2023-11-02</span></li>
<li><a href="#">图解：中国（福建）自由贸易试验区厦门片区2023年建设成效</a><span>2024-01-15</span></li>
</ul></div>
</div>
<div class="foot">
<div>主办：厦门市人民政府办公厅 &nbsp; 承办：厦门市大数据有限公司 &nbsp; 联系电话：0592-12345</div>
<div>网站标识码：3502000001 &nbsp; 闽ICP备05018226号 &nbsp; 闽公网安备 35020302000123号</div>
</div>
"""
    return page(XM_TITLE + "_政策解读_厦门市人民政府", body)


def xm_expected():
    clauses = XM_PARAS_1 + XM_PARAS_2 + ["；".join(f"{h}：{v}" for h, v in zip(XM_TABLE_HEAD, r)) for r in XM_TABLE_ROWS] + XM_PARAS_3
    return [{
        "meta": {"title": XM_TITLE, "doc_number": None, "issuer": "厦门市港口管理局",
                 "date": "2024-03-18", "published": "2024-03-18", "level": "municipal", "region": "福建省厦门市",
                 "effective": None, "expires": None},
        "clauses": clauses,
        "_note": ("A 政策解读 has no 文号: 厦府办规〔2024〕5号 in the 相关文件 line belongs to the interpreted measures and must NOT be this document's doc_number (high if it is). "
                  "Issuer is the 来源 厦门市港口管理局 (tolerate 厦门市人民政府 as the site owner at medium). The only date is 发布日期 2024-03-18 (signed may be empty; published must be 2024-03-18). "
                  "effective/expires: the page prints the measures' dates (自2024年4月1日起施行，有效期3年); reading effective 2024-04-01 / expires 2027-03-31 from them is tolerable, any other date is wrong. "
                  "Furniture: banner 厦门市人民政府/www.xm.gov.cn, nav, breadcrumb 当前位置：…, the 来源/发布日期/字号：[ 大 中 小 ]/打印 line, the 相关文件 line, image alt texts and captions 图1…/图2…, "
                  "责任编辑, 【打印本页】【关闭窗口】, 分享到, the 相关解读 list, the footer (主办/承办/联系电话/网站标识码/ICP/公网安备), and Chromium's header/footer in the PDF. "
                  "Tolerable: figure captions as separate low-value clauses (low); heading-only items 一、… as own clauses or folded; the table header row as its own clause is wrong (medium).")
    }]


# ---------------------------------------------------------------- file 3: 钦州港片区 with attachments
QZ_TITLE = "中国（广西）自由贸易试验区钦州港片区管理委员会关于组织申报2024年度中国—东盟跨境贸易便利化专项资金的通知"
QZ_PARAS = [
    ("noind", "各有关企业："),
    ("", "为贯彻落实《中国（广西）自由贸易试验区总体方案》，加快建设面向东盟的国际陆海贸易新通道门户港，服务高质量共建“一带一路”，根据《钦州港片区跨境贸易便利化专项资金管理办法》（钦自贸管规〔2023〕2号），现就组织申报2024年度专项资金有关事项通知如下："),
    ("", "一、申报范围"),
    ("", "2023年1月1日至2023年12月31日期间，在钦州港片区开展对东盟国家进出口贸易、跨境电商、国际中转集拼等业务的企业。"),
    ("", "二、申报条件"),
    ("", "（一）在钦州港片区内依法注册，具有独立法人资格；"),
    ("", "（二）近三年内无重大违法违规记录，未被列入严重失信主体名单；"),
    ("", "（三）2023年度对东盟进出口额达到500万美元以上。"),
    ("", "三、申报材料"),
    ("", "1.专项资金申报表（附件2）；"),
    ("", "2.企业营业执照复印件；"),
    ("", "3.海关进出口数据证明及信用承诺书（附件3）。"),
    ("", "四、申报时间"),
    ("", "2024年7月1日至2024年7月31日，逾期不予受理。"),
    ("", "五、联系方式"),
    ("", "钦州港片区管委会经济发展局，联系人：黄工，电话：0777-3881234。"),
]
QZ_ATTS = [("2024年度中国—东盟跨境贸易便利化专项资金申报指南.docx", "36.5 KB"),
           ("专项资金申报表.pdf", "128.0 KB"),
           ("信用承诺书.wps", "18.2 KB")]


def make_qinzhou():
    body_html = "\n".join(f'<p class="{c}">{t}</p>' if c else f"<p>{t}</p>" for c, t in QZ_PARAS)
    atts = "\n".join(f'<p class="noind att">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{i}.<a href="/uploadfiles/2024/06/{i}.{n.rsplit(".", 1)[1]}">{n}</a></p>' for i, (n, s) in enumerate(QZ_ATTS, 1))
    atts = atts.replace("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;1.", "附件：1.", 1)
    dl = "\n".join(f'<li><a href="#">{n}</a>（{s}）</li>' for n, s in QZ_ATTS)
    body = f"""
<div class="top" style="background:#005b9a"><div class="logo">中国（广西）自由贸易试验区钦州港片区</div><div class="sub">China (Guangxi) Pilot Free Trade Zone Qinzhou Port Area</div></div>
<div class="nav" style="background:#004577"><a href="#">首页</a><a href="#">片区概况</a><a href="#">新闻中心</a><a href="#">政务公开</a><a href="#">投资促进</a><a href="#">企业服务</a></div>
<div class="wrap">
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">通知公告</a></div>
<h1 style="color:#005b9a">{QZ_TITLE}</h1>
<div class="info">文章来源：经济发展局 &nbsp; 发布时间：2024-06-17 09:12 &nbsp; 【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】 &nbsp; 【<a href="#">打印</a>】</div>
<div class="content">
<p class="center">钦自贸管发〔2024〕12号</p>
{body_html}
<p class="noind">&nbsp;</p>
{atts}
<p class="noind">&nbsp;</p>
<p class="right">中国（广西）自由贸易试验区钦州港片区管理委员会</p>
<p class="right">2024年6月14日</p>
</div>
<div class="att" style="margin-top:12px;font-size:13px">附件下载：<ul>
{dl}
</ul></div>
<div class="tools">【<a href="#">打印本页</a>】 【<a href="#">关闭窗口</a>】</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="prevnext">
<div>上一篇：<a href="#">关于公布2024年第一批钦州港片区制度创新案例的通知</a></div>
<div>下一篇：<a href="#">钦州港片区管理委员会关于开展2024年度外贸企业安全生产检查的通知</a></div>
</div>
</div>
<div class="foot">
<div>版权所有：中国（广西）自由贸易试验区钦州港片区管理委员会 &nbsp; 地址：广西钦州市钦州港区金海湾东大街1号</div>
<div>桂ICP备19004567号-1 &nbsp; 桂公网安备 45070202000456号 &nbsp; 网站标识码：4507000033</div>
</div>
"""
    return page(QZ_TITLE + "-钦州港片区", body)


def qz_expected():
    clauses = [t for c, t in QZ_PARAS if c != "noind"]
    return [{
        "meta": {"title": QZ_TITLE, "doc_number": "钦自贸管发〔2024〕12号",
                 "issuer": "中国（广西）自由贸易试验区钦州港片区管理委员会",
                 "date": "2024-06-14", "published": "2024-06-17", "level": "municipal", "region": "广西壮族自治区钦州市",
                 "effective": None, "expires": None,
                 "addressees": "各有关企业",
                 "attachments": [n for n, s in QZ_ATTS]},
        "clauses": clauses,
        "_note": ("Level: a 自贸试验区片区管委会 sits at prefecture level (tolerate other; provincial is wrong). Region 广西壮族自治区钦州市 (钦州港片区); tolerate 广西壮族自治区 alone at low. "
                  "钦自贸管规〔2023〕2号 in the preamble is a cited document, not this notice's doc_number. "
                  "The 附件：1.… 2.… 3.… list (file names with .docx/.pdf/.wps) is the attachment list (meta attachments), not clauses; tolerate the extensions being kept or dropped. "
                  "The 申报时间 2024-07-01..2024-07-31 is an application window, not effective/expires (tolerate it being read as such only at low). "
                  "Furniture: banner and English name, nav, breadcrumb, 文章来源/发布时间/【字体：大 中 小】/【打印】 line, signature and date lines, the 附件下载 list with sizes, 【打印本页】【关闭窗口】, 分享到, "
                  "上一篇/下一篇 (other notices' titles: must not become titles or documents), footer (版权所有/地址/ICP/公网安备/网站标识码), and Chromium's header/footer in the PDF. "
                  "Tolerable: heading-only items 一、… as own clauses or folded; the contact item 五、 kept as a clause (it is printed as body).")
    }]


def find_browser():
    for b in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        p = shutil.which(b)
        if p:
            return p
    return None


def to_pdf(browser, html, pdf):
    with tempfile.TemporaryDirectory() as prof:
        cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               f"--user-data-dir={prof}", f"--print-to-pdf={pdf}", html.as_uri()]
        subprocess.run(cmd, check=True, timeout=180, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    files = {
        "blind79_zhejiang_notice": (make_zhejiang, zj_expected),
        "blind79_xiamen_jiedu": (make_xiamen, xm_expected),
        "blind79_qinzhou_attach": (make_qinzhou, qz_expected),
    }
    browser = find_browser()
    if not browser:
        print("no Chromium/Chrome found: writing HTML only, skipping the PDF step", file=sys.stderr)
    expected = {}
    for stem, (mk, ex) in files.items():
        html = HERE / f"{stem}.html"
        html.write_text(mk(), encoding="utf-8")
        expected[stem] = ex()
        if browser:
            to_pdf(browser, html, HERE / f"{stem}.pdf")
        print("wrote", html.name, "and PDF" if browser else "")
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote expected.json")


if __name__ == "__main__":
    main()
