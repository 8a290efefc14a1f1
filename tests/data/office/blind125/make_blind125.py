# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 125: policy web pages saved by an analyst and printed to PDF from Chromium.

Writes next to itself:
  blind125_mofcom_notice.html            商务部 政策发布 page: 商务部 海关总署 joint 通知（商自贸发〔2024〕217号）
  blind125_mofcom_notice.pdf             the same page printed by headless Chromium with --print-to-pdf-no-header
  blind125_mofcom_notice_browser.pdf     printed WITH the browser's header/footer (date time, <title>, URL, page x/y)
  blind125_sichuan_jiedu.html            四川省人民政府 政策解读 page (图文解读 of 川办发〔2025〕4号)
  blind125_sichuan_jiedu.pdf             printed with --print-to-pdf-no-header
  blind125_sichuan_jiedu_browser.pdf     printed with the browser's header/footer
  blind125_sichuan_jiedu_files/yitu.png  the 一图读懂 picture the 解读 page shows (text in pixels only)
  expected.json

The pages are served from a throw-away local HTTPS server while Chromium is told that
www.mofcom.gov.cn / www.sc.gov.cn resolve to it, so the URL in the printed footer is the
fictional real-looking one and not file:///.
Run:  python make_blind125.py   (needs Pillow, openssl and chromium on PATH)
"""
import html as H
import json
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
FONT_DIR = "/usr/share/fonts/opentype/noto/"
E = H.escape

# =====================================================================================
# (a) 商务部 政策发布 page
# =====================================================================================
A_URL = "https://www.mofcom.gov.cn/zwgk/zcfb/art/2024/art_5d3e8a1c7b2f4e6a9c0d1b2e3f4a5b6c.html"
A_TITLE = "商务部 海关总署关于支持自由贸易试验区深化“一带一路”经贸合作若干措施的通知"
A_DOCNO = "商自贸发〔2024〕217号"
A_ADDR = "各自由贸易试验区所在省（自治区、直辖市）商务主管部门，海关总署广东分署、各直属海关："
A_BODY = [
    ("p", "为贯彻落实党中央、国务院关于实施自由贸易试验区提升战略和推动共建“一带一路”高质量发展的决策部署，更好发挥自由贸易试验区改革开放综合试验平台作用，经商国家发展改革委、国家铁路局同意，现就支持自由贸易试验区深化与共建“一带一路”国家经贸合作有关事项通知如下："),
    ("h1", "一、拓展贸易合作新空间"),
    ("h2", "（一）支持跨境电商海外仓建设。", "支持自由贸易试验区内跨境电商企业在共建“一带一路”国家布局建设海外仓，对年度出口额达到5000万元以上的海外仓项目，各地可统筹现有资金渠道予以支持。鼓励有条件的自由贸易试验区开展跨境电商零售进口退货中心仓模式试点。"),
    ("h2", "（二）便利中欧班列货物通关。", "在具备条件的自由贸易试验区推广“铁路快通”模式，中欧班列进出境货物在口岸海关与属地海关之间实行“一次申报、一次查验、一次放行”。具体措施如下："),
    ("h3", "1.", "对中欧班列运输的出口货物，允许在自由贸易试验区内的铁路场站办理出口申报、查验和放行手续，口岸海关不再重复查验。"),
    ("h3", "2.", "对符合条件的进口拼箱货物，试点实施“先放行、后分拨”，分拨时限不超过48小时。"),
    ("h3", "3.", "对中欧班列回程运输的共建“一带一路”国家农产品，符合检疫准入要求的，实行“即到即检”。"),
    ("h2", "（三）发展新型离岸国际贸易。", "支持自由贸易试验区内企业开展新型离岸国际贸易，指导银行按照展业原则为真实合规的离岸转手买卖提供跨境资金结算便利。"),
    ("h1", "二、深化双向投资合作"),
    ("h2", "（四）简化境外投资备案。", "自由贸易试验区内企业在共建“一带一路”国家开展的境外投资项目，中方投资额3亿美元以下且不涉及敏感国家和地区、敏感行业的，由省级商务主管部门在3个工作日内完成备案。"),
    ("h2", "（五）推动境外经贸合作区与自由贸易试验区联动。", "鼓励自由贸易试验区与我国企业在共建“一带一路”国家建设的境外经贸合作区建立结对合作机制，共同开展招商推介、人才培训和标准对接。"),
    ("h1", "三、创新服务贸易合作"),
    ("h2", "（六）扩大专业服务跨境提供。", "支持自由贸易试验区内的法律、会计、检验检测、知识产权等专业服务机构为共建“一带一路”国家企业提供跨境服务，对外籍专业人才办理工作许可实行“容缺受理”。"),
    ("h2", "（七）推进数字贸易规则对接。", "支持上海、广东自由贸易试验区和海南自由贸易港在数据跨境流动、电子发票、电子认证等领域与共建“一带一路”国家开展规则衔接试点。"),
    ("h1", "四、抓好组织实施"),
    ("h2", "（八）明确试点分工。", "各地商务主管部门、各直属海关要加强协作，按照下表明确的试点任务、牵头单位和完成时限抓好落实："),
    ("table",),
    ("h2", "（九）加强评估总结。", "各自由贸易试验区所在省（自治区、直辖市）商务主管部门于每年1月15日前将上一年度工作进展报送商务部（自贸区港建设协调司），海关总署同步汇总海关领域措施落实情况。"),
    ("p", "本通知自印发之日起施行，有效期至2027年12月31日。执行中遇到的问题，请及时报告商务部和海关总署。"),
    ("p", "联系人及电话：商务部自贸区港建设协调司　010-8509××××；海关总署自由贸易区和特殊区域发展司　010-6519××××。"),
]
A_THEAD = ["序号", "试点任务", "牵头单位", "试点区域", "完成时限"]
A_ROWS = [
    ["1", "中欧班列“铁路快通”模式", "海关总署", "重庆、四川、陕西自由贸易试验区", "2024年12月底前"],
    ["2", "跨境电商零售进口退货中心仓", "海关总署、商务部", "广东、浙江自由贸易试验区", "2025年6月底前"],
    ["3", "境外投资备案3个工作日办结", "商务部", "各自由贸易试验区", "2025年3月底前"],
    ["4", "境外经贸合作区结对合作", "商务部", "江苏、湖北、广西自由贸易试验区", "2025年12月底前"],
    ["5", "数字贸易规则衔接试点", "商务部、国家网信办", "上海、广东自由贸易试验区，海南自由贸易港", "2026年6月底前"],
]
A_ATTS = ["自由贸易试验区深化“一带一路”经贸合作试点任务清单", "中欧班列“铁路快通”模式海关作业指引"]
A_SIGN = ["商务部", "海关总署"]
A_DATE = "2024年9月12日"
A_READINGS = [
    "商务部自贸区港建设协调司负责人就《关于支持自由贸易试验区深化“一带一路”经贸合作若干措施的通知》答记者问",
    "一图读懂｜自由贸易试验区深化“一带一路”经贸合作九条措施",
    "海关总署自贸司有关负责人解读中欧班列“铁路快通”模式推广工作",
]

CSS_A = """
*{margin:0;padding:0;box-sizing:border-box}
body{font-family:"Microsoft YaHei","微软雅黑","Noto Sans CJK SC",sans-serif;font-size:14px;color:#333;background:#f4f4f4}
a{color:#333;text-decoration:none}
.topbar{background:#eee;height:32px;line-height:32px;font-size:12px;color:#666}
.w1200{width:1000px;margin:0 auto}
.topbar .r{float:right}.topbar .r a{margin-left:14px;color:#666}
.head{background:#b40000 linear-gradient(#c8161d,#a30d12);height:110px;color:#fff}
.head .logo{float:left;padding-top:22px}
.head .logo .cn{font-size:34px;letter-spacing:6px;font-family:"Noto Serif CJK SC",serif;font-weight:bold}
.head .logo .en{font-size:11px;letter-spacing:1px;opacity:.85}
.head .search{float:right;padding-top:40px}
.head .search input{width:220px;height:30px;border:0;padding:0 8px}
.head .search button{height:30px;width:60px;border:0;background:#f5c242;color:#8a0000}
.nav{background:#8a0a0e;height:44px}
.nav a{display:inline-block;color:#fff;font-size:16px;line-height:44px;padding:0 22px}
.crumb{font-size:13px;color:#666;padding:14px 0}
.crumb a{color:#666}
.main{background:#fff;padding:24px 40px 40px;border-top:3px solid #c8161d}
table.xxgk{width:100%;border-collapse:collapse;background:#f8f8f8;font-size:13px;margin-bottom:26px}
table.xxgk td{border:1px solid #ddd;padding:7px 10px}
table.xxgk td.k{width:12%;color:#8a0a0e;font-weight:bold;text-align:right;background:#f1e9e9}
h1.art-title{font-size:24px;color:#222;text-align:center;line-height:1.6;margin:10px 40px 6px;font-family:"Noto Serif CJK SC",serif}
.docno{text-align:center;font-size:15px;color:#555;margin-bottom:8px}
.tools{text-align:right;font-size:12px;color:#999;border-bottom:1px dashed #ccc;padding-bottom:8px;margin-bottom:18px}
.tools a{color:#999;margin-left:6px}
.TRS_Editor p{font-family:"FangSong","仿宋","Noto Serif CJK SC",serif;font-size:16px;line-height:2;text-indent:2em;margin:0 0 4px}
.TRS_Editor p.noind{text-indent:0}
.TRS_Editor p.r{text-align:right;padding-right:3em}
.TRS_Editor p.h1{font-family:"SimHei","黑体","Noto Sans CJK SC",sans-serif;font-weight:bold}
.TRS_Editor table.data{border-collapse:collapse;margin:8px auto 12px;width:94%}
.TRS_Editor table.data td,.TRS_Editor table.data th{border:1px solid #000;padding:5px 6px;font-size:14px;font-family:"FangSong","Noto Serif CJK SC",serif;text-align:center}
.TRS_Editor table.data th{font-family:"SimHei","Noto Sans CJK SC",sans-serif}
.fujian{margin-top:20px;border-top:1px solid #eee;padding-top:10px;font-size:14px}
.fujian a{color:#0a4ea0;display:block;margin:4px 0 4px 3em}
.related{margin-top:24px;border:1px solid #e5e5e5}
.related .t{background:#f3f3f3;font-weight:bold;padding:8px 12px;border-left:4px solid #c8161d}
.related ul{list-style:none;padding:8px 12px}.related li{line-height:28px}
.related li a{color:#0a4ea0}
.share{margin-top:16px;font-size:12px;color:#999;text-align:right}
.bottomtools{text-align:center;margin-top:20px;font-size:13px}
.bottomtools a{margin:0 10px;color:#666}
.foot{background:#3a3a3a;color:#bbb;font-size:12px;text-align:center;line-height:24px;padding:18px 0;margin-top:30px}
.foot a{color:#bbb}
.foot .lnk a{margin:0 8px}
@page{size:A4}
"""


def a_body_html():
    out = []
    for it in A_BODY:
        if it[0] == "p":
            out.append(f"<p>{E(it[1])}</p>")
        elif it[0] == "h1":
            out.append(f'<p class="h1">{E(it[1])}</p>')
        elif it[0] == "h2":
            out.append(f'<p><span style="font-family:楷体,KaiTi,\'Noto Serif CJK SC\';font-weight:bold">{E(it[1])}</span>{E(it[2])}</p>')
        elif it[0] == "h3":
            out.append(f"<p>{E(it[1])}{E(it[2])}</p>")
        elif it[0] == "table":
            rows = ["<tr>" + "".join(f"<th>{E(h)}</th>" for h in A_THEAD) + "</tr>"]
            for i, r in enumerate(A_ROWS):
                cells = []
                for j, c in enumerate(r):
                    if j == 2 and i == 2:  # 商务部 leads rows 3 and 4: one merged cell
                        cells.append(f'<td rowspan="2">{E(c)}</td>')
                    elif j == 2 and i == 3:
                        continue
                    else:
                        cells.append(f"<td>{E(c)}</td>")
                rows.append("<tr>" + "".join(cells) + "</tr>")
            out.append('<p class="noind" style="text-align:center;font-family:SimHei,\'Noto Sans CJK SC\'">自由贸易试验区深化“一带一路”经贸合作试点分工表</p>')
            out.append('<table class="data"><tbody>' + "".join(rows) + "</tbody></table>")
    return "\n".join(out)


def build_mofcom():
    att_inline = ['<p>附件：1.' + E(A_ATTS[0]) + "</p>"] + [
        f'<p style="padding-left:3em">{i + 1}.{E(t)}</p>' for i, t in enumerate(A_ATTS) if i > 0]
    fj = "".join(
        f'<a href="./P020240920{i}83519270031.{ext}" target="_blank">附件{i + 1}：{E(t)}.{ext}</a>'
        for i, (t, ext) in enumerate(zip(A_ATTS, ["xlsx", "pdf"])))
    rel = "".join(f'<li>· <a href="https://www.mofcom.gov.cn/zwgk/zcjd/art/2024/art_{k}e9f0a1b2c3d4.html">{E(t)}</a></li>' for k, t in enumerate(A_READINGS))
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="中华人民共和国商务部">
<meta name="SiteDomain" content="www.mofcom.gov.cn">
<meta name="SiteIDCode" content="bm22000001">
<meta name="ColumnName" content="政策发布">
<meta name="ArticleTitle" content="{E(A_TITLE)}">
<meta name="PubDate" content="2024-09-20 17:30">
<meta name="ContentSource" content="自贸区港建设协调司">
<meta name="Keywords" content="自由贸易试验区,一带一路,中欧班列,海外仓">
<title>{E(A_TITLE)}_政策发布_中华人民共和国商务部</title>
<style>{CSS_A}</style>
</head>
<body>
<div class="topbar"><div class="w1200">今天是2025年3月6日 星期四<span class="r"><a href="#">无障碍</a><a href="#">English</a><a href="#">繁體</a><a href="#">手机版</a><a href="#">登录</a></span></div></div>
<div class="head"><div class="w1200">
  <div class="logo"><div class="cn">中华人民共和国商务部</div><div class="en">MINISTRY OF COMMERCE OF THE PEOPLE'S REPUBLIC OF CHINA</div></div>
  <div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div>
</div></div>
<div class="nav"><div class="w1200"><a href="#">首页</a><a href="#">机构设置</a><a href="#">新闻发布</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">商务数据</a><a href="#">互动交流</a><a href="#">专题专栏</a></div></div>
<div class="w1200">
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策发布</a> &gt; <a href="#">自贸区港建设</a></div>
<div class="main">
<table class="xxgk"><tbody>
<tr><td class="k">索 引 号：</td><td>000013305/2024-00217</td><td class="k">主题分类：</td><td>对外贸易；自由贸易试验区</td></tr>
<tr><td class="k">发布机构：</td><td>商务部　海关总署</td><td class="k">成文日期：</td><td>2024年09月12日</td></tr>
<tr><td class="k">名　　称：</td><td colspan="3">{E(A_TITLE)}</td></tr>
<tr><td class="k">文　　号：</td><td>{E(A_DOCNO)}</td><td class="k">发布日期：</td><td>2024年09月20日</td></tr>
<tr><td class="k">有 效 性：</td><td>有效</td><td class="k">公开方式：</td><td>主动公开</td></tr>
</tbody></table>
<h1 class="art-title">{E(A_TITLE)}</h1>
<div class="docno">{E(A_DOCNO)}</div>
<div class="tools">发布时间：2024-09-20 17:30　来源：自贸区港建设协调司　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　<a href="#">打印本页</a></div>
<div class="TRS_Editor">
<p class="noind">{E(A_ADDR)}</p>
{a_body_html()}
<p>&nbsp;</p>
{''.join(att_inline)}
<p>&nbsp;</p>
<p class="r">{'　　'.join(A_SIGN)}</p>
<p class="r">{A_DATE}</p>
<p>（此件公开发布）</p>
</div>
<div class="fujian"><b>附件下载：</b>{fj}</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a>　扫一扫在手机打开当前页</div>
<div class="related"><div class="t">相关解读</div><ul>{rel}</ul></div>
<div class="bottomtools"><a href="#">【打印本页】</a><a href="#">【关闭窗口】</a><a href="#">【返回顶部】</a></div>
</div>
</div>
<div class="foot">
<div class="lnk"><a href="#">网站声明</a>|<a href="#">网站地图</a>|<a href="#">联系我们</a>|<a href="#">网站纠错</a></div>
<div>主办单位：中华人民共和国商务部　　版权所有：中华人民共和国商务部　　技术支持：商务部电子商务和信息化司</div>
<div>网站标识码：bm22000001　　<a href="https://beian.miit.gov.cn/">京ICP备05004003号</a>　　京公网安备 11040102700091号</div>
<div>地址：北京市东长安街2号　邮编：100731　建议使用1280×800分辨率浏览</div>
</div>
</body>
</html>
"""
    (HERE / "blind125_mofcom_notice.html").write_text(html, encoding="utf-8")
    return html


# =====================================================================================
# (b) 四川省人民政府 政策解读 page
# =====================================================================================
B_URL = "https://www.sc.gov.cn/10462/10464/13298/13299/2025/1/20/8c2f1d7a4b6e4d0f9a3e5b7c1d2e6f80.shtml"
B_TITLE = "《中国（四川）自由贸易试验区提升行动方案（2025—2027年）》政策解读"
B_SOURCE = "四川省商务厅"
B_BODY = [
    ("p", "近日，四川省人民政府办公厅印发《中国（四川）自由贸易试验区提升行动方案（2025—2027年）》（川办发〔2025〕4号，以下简称《行动方案》）。为便于社会各界更好理解和执行，现就《行动方案》有关内容解读如下。"),
    ("h1", "一、出台背景"),
    ("p", "2017年4月中国（四川）自由贸易试验区挂牌以来，累计形成制度创新成果810余项，其中27项在全国复制推广。为贯彻落实国务院关于实施自由贸易试验区提升战略的部署要求，推动四川自由贸易试验区在服务共建“一带一路”和西部陆海新通道建设中发挥更大作用，省商务厅会同省级有关部门在深入调研、广泛征求意见的基础上，起草了《行动方案》，经省政府同意，由省政府办公厅印发实施。"),
    ("h1", "二、主要内容"),
    ("p", "《行动方案》共5个部分、26条具体措施，主要内容如下。"),
    ("h2", "（一）明确发展目标。", "到2027年，四川自由贸易试验区外商投资和进出口规模稳步扩大，对全省开放型经济的贡献进一步提升，主要指标见下表。"),
    ("table",),
    ("h2", "（二）部署五大任务。", "《行动方案》围绕以下五个方面部署重点任务："),
    ("h3", "1.", "提升国际物流枢纽能级。支持成都青白江铁路港片区建设中欧班列集结中心，推动铁路运单物权化试点扩面，到2027年铁路提单融资规模累计达到50亿元。"),
    ("h3", "2.", "推进贸易投资自由便利。在成都天府新区片区开展跨境服务贸易负面清单管理试点，对清单之外的领域按照境内外服务提供者待遇一致原则实施管理。"),
    ("h3", "3.", "建设川南临港片区港口型物流枢纽。支持泸州港与西部陆海新通道沿线港口开展“一单制”联运，集装箱铁水联运量年均增长10%以上。"),
    ("h3", "4.", "推动协同改革先行区联动发展。对德阳、绵阳、宜宾、内江等协同改革先行区，省级层面每年集中复制推广不少于20项自由贸易试验区改革试点经验。"),
    ("h3", "5.", "强化要素保障。省级财政每年安排自由贸易试验区发展专项资金2亿元，对制度创新成果获国务院复制推广的片区给予每项100万元奖励。"),
    ("img",),
    ("h1", "三、政策亮点"),
    ("h2", "（一）突出开放通道引领。", "《行动方案》把中欧班列（成渝）和西部陆海新通道作为四川自由贸易试验区服务共建“一带一路”的主要载体，首次提出“班列+片区+先行区”联动模式。"),
    ("h2", "（二）突出差异化探索。", "三个片区分别围绕服务贸易、陆港经济和临港经济开展首创性探索，避免同质化竞争。"),
    ("h2", "（三）突出激励约束并重。", "对片区实行年度评估，连续两年评估排名末位的协同改革先行区，调整出先行区名单。"),
    ("h1", "四、适用范围和施行时间"),
    ("p", "《行动方案》适用于中国（四川）自由贸易试验区成都天府新区片区、成都青白江铁路港片区、川南临港片区以及全省自由贸易试验区协同改革先行区。《行动方案》自2025年2月1日起施行，有效期至2027年12月31日。"),
]
B_THEAD = ["指标", "2024年基数", "2027年目标"]
B_ROWS = [
    ["实际使用外资（亿美元）", "8.6", "12"],
    ["货物进出口总额（亿元）", "1150", "1600"],
    ["中欧班列（成渝）四川方向开行量（列/年）", "2100", "2500"],
    ["新增制度创新成果（项）", "—", "120"],
]
B_TAIL = "（解读机关：四川省商务厅　解读人：省自贸办综合处负责人　咨询电话：028-8322××××）"

CSS_B = """
*{margin:0;padding:0;box-sizing:border-box}
body{font-family:"Microsoft YaHei","Noto Sans CJK SC",sans-serif;font-size:14px;color:#333;background:#fff}
a{color:#333;text-decoration:none}
.w{width:1000px;margin:0 auto}
.top{background:#f2f2f2;font-size:12px;color:#666;height:30px;line-height:30px}
.top .r{float:right}.top .r a{margin-left:12px;color:#666}
.banner{height:120px;background:#1559a8 linear-gradient(90deg,#0d4b94,#2a7bd0);color:#fff}
.banner .t1{font-size:36px;font-weight:bold;padding-top:26px;letter-spacing:4px;font-family:"Noto Serif CJK SC",serif}
.banner .t2{font-size:12px;opacity:.8}
.nav{background:#0b3f7d}.nav a{display:inline-block;color:#fff;font-size:16px;padding:0 24px;line-height:46px}
.crumb{padding:12px 0;font-size:13px;color:#555;border-bottom:1px solid #ddd}
.art{padding:20px 50px}
.art h1{font-size:24px;text-align:center;line-height:1.6;color:#0b3f7d;margin:12px 0}
.info{text-align:center;font-size:13px;color:#888;border-bottom:1px solid #e2e2e2;padding-bottom:10px;margin-bottom:18px}
.info span{margin:0 10px}
.biaoqian{font-size:13px;color:#0b3f7d;margin-bottom:10px}
.content p{font-size:16px;line-height:2;text-indent:2em;margin-bottom:6px;font-family:"FangSong","Noto Serif CJK SC",serif}
.content p.h1{font-family:"SimHei","Noto Sans CJK SC",sans-serif;font-weight:bold;color:#0b3f7d}
.content p.pic{text-indent:0;text-align:center}
.content p.tail{text-indent:0;text-align:right;font-size:14px;color:#666}
.content table{border-collapse:collapse;margin:6px auto 14px;width:80%}
.content td{border:1px solid #7a9cc6;padding:6px 8px;font-size:14px;text-align:center}
.content tr.hd td{background:#e7eef8;font-weight:bold}
.links{margin-top:24px;border-top:2px solid #0b3f7d;padding-top:10px;font-size:14px}
.links p{line-height:28px}.links a{color:#1559a8}
.editor{text-align:right;color:#999;font-size:12px;margin-top:10px}
.shr{margin-top:10px;font-size:12px;color:#999}
.foot{background:#0b3f7d;color:#d0ddef;font-size:12px;text-align:center;line-height:24px;padding:16px 0;margin-top:30px}
.foot a{color:#d0ddef;margin:0 6px}
@page{size:A4}
"""


def make_yitu(path):
    W, Hh = 760, 430
    im = Image.new("RGB", (W, Hh), (232, 240, 250))
    d = ImageDraw.Draw(im)
    fb = ImageFont.truetype(FONT_DIR + "NotoSansCJK-Bold.ttc", 34)
    fm = ImageFont.truetype(FONT_DIR + "NotoSansCJK-Regular.ttc", 22)
    fs = ImageFont.truetype(FONT_DIR + "NotoSansCJK-Bold.ttc", 48)
    d.rectangle([0, 0, W, 70], fill=(11, 63, 125))
    d.text((W // 2, 35), "一图读懂《行动方案》", font=fb, fill="white", anchor="mm")
    boxes = [("26条", "具体措施"), ("5大", "重点任务"), ("3+N", "片区+先行区"), ("2亿元/年", "专项资金")]
    for i, (a, b) in enumerate(boxes):
        x0 = 20 + i * 185
        d.rounded_rectangle([x0, 100, x0 + 170, 260], 14, fill="white", outline=(21, 89, 168), width=3)
        d.text((x0 + 85, 160), a, font=fs if len(a) < 5 else fb, fill=(200, 30, 30), anchor="mm")
        d.text((x0 + 85, 225), b, font=fm, fill=(40, 40, 40), anchor="mm")
    d.text((W // 2, 310), "到2027年 实际使用外资12亿美元 · 进出口1600亿元", font=fm, fill=(11, 63, 125), anchor="mm")
    d.text((W // 2, 350), "中欧班列（成渝）四川方向开行2500列/年", font=fm, fill=(11, 63, 125), anchor="mm")
    d.text((W - 12, Hh - 14), "四川省商务厅制图", font=ImageFont.truetype(FONT_DIR + "NotoSansCJK-Regular.ttc", 14), fill=(120, 120, 120), anchor="rm")
    im.save(path)


def b_body_html():
    out = []
    for it in B_BODY:
        if it[0] == "p":
            out.append(f"<p>{E(it[1])}</p>")
        elif it[0] == "h1":
            out.append(f'<p class="h1">{E(it[1])}</p>')
        elif it[0] == "h2":
            out.append(f"<p><strong>{E(it[1])}</strong>{E(it[2])}</p>")
        elif it[0] == "h3":
            out.append(f"<p>{E(it[1])}{E(it[2])}</p>")
        elif it[0] == "table":
            rows = ['<tr class="hd">' + "".join(f"<td>{E(h)}</td>" for h in B_THEAD) + "</tr>"]
            rows += ["<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in B_ROWS]
            out.append('<table border="1" cellspacing="0" cellpadding="0"><tbody>' + "".join(rows) + "</tbody></table>")
        elif it[0] == "img":
            out.append('<p class="pic"><img src="blind125_sichuan_jiedu_files/yitu.png" alt="一图读懂《行动方案》" width="640"></p>')
    return "\n".join(out)


def build_sichuan():
    d = HERE / "blind125_sichuan_jiedu_files"; d.mkdir(exist_ok=True)
    make_yitu(d / "yitu.png")
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="SiteName" content="四川省人民政府">
<meta name="SiteDomain" content="www.sc.gov.cn">
<meta name="SiteIDCode" content="5100000062">
<meta name="ColumnName" content="图文解读">
<meta name="ColumnType" content="政策解读">
<meta name="ArticleTitle" content="{E(B_TITLE)}">
<meta name="PubDate" content="2025-01-20 16:45">
<meta name="ContentSource" content="四川省商务厅">
<title>{E(B_TITLE)}- 四川省人民政府网站</title>
<style>{CSS_B}</style>
</head>
<body>
<div class="top"><div class="w">欢迎访问四川省人民政府门户网站<span class="r"><a href="#">无障碍浏览</a><a href="#">长者模式</a><a href="#">English</a><a href="#">政务微博</a><a href="#">政务微信</a></span></div></div>
<div class="banner"><div class="w"><div class="t1">四川省人民政府</div><div class="t2">The People's Government of Sichuan Province　www.sc.gov.cn</div></div></div>
<div class="nav"><div class="w"><a href="#">首页</a><a href="#">要闻动态</a><a href="#">信息公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">数据发布</a><a href="#">走进四川</a></div></div>
<div class="w">
<div class="crumb">您当前的位置：<a href="#">首页</a> &gt; <a href="#">信息公开</a> &gt; <a href="#">政策解读</a> &gt; <a href="#">图文解读</a></div>
<div class="art">
<h1>{E(B_TITLE)}</h1>
<div class="info"><span>来源：{E(B_SOURCE)}</span><span>发布时间：2025-01-20 16:45</span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span><span><a href="#">【打印】</a></span></div>
<div class="biaoqian">解读文件：<a href="https://www.sc.gov.cn/10462/c103046/2025/1/17/3a9e7c2b51d04f6c8e2d7b9a0c4f1e35.shtml">四川省人民政府办公厅关于印发《中国（四川）自由贸易试验区提升行动方案（2025—2027年）》的通知</a></div>
<div class="content">
{b_body_html()}
<p class="tail">{E(B_TAIL)}</p>
</div>
<div class="links">
<p><b>相关链接：</b></p>
<p>政策原文：<a href="https://www.sc.gov.cn/10462/c103046/2025/1/17/3a9e7c2b51d04f6c8e2d7b9a0c4f1e35.shtml">四川省人民政府办公厅关于印发《中国（四川）自由贸易试验区提升行动方案（2025—2027年）》的通知</a></p>
<p>专家解读：<a href="#">打造内陆开放新高地——解读《中国（四川）自由贸易试验区提升行动方案（2025—2027年）》</a></p>
<p>视频解读：<a href="#">【视频】三分钟看懂四川自贸试验区提升行动</a></p>
</div>
<div class="editor">责任编辑：刘某某</div>
<div class="shr">分享到：微信　微博　QQ　　<a href="#">【打印本页】</a>　<a href="#">【关闭窗口】</a></div>
</div>
</div>
<div class="foot">
<div><a href="#">网站地图</a>|<a href="#">联系我们</a>|<a href="#">使用帮助</a>|<a href="#">隐私声明</a></div>
<div>主办：四川省人民政府办公厅　承办：四川省大数据中心　版权所有：四川省人民政府</div>
<div>网站标识码：5100000062　<a href="#">蜀ICP备05003304号</a>　川公网安备 51010402000543号</div>
</div>
</body>
</html>
"""
    (HERE / "blind125_sichuan_jiedu.html").write_text(html, encoding="utf-8")
    return html


# =====================================================================================
# print to PDF through a local HTTPS server that pretends to be the two sites
# =====================================================================================
def free_port():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); p = s.getsockname()[1]; s.close(); return p


def print_pdfs():
    tmp = Path(tempfile.mkdtemp())
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-keyout", str(tmp / "k.pem"), "-out", str(tmp / "c.pem"),
                    "-subj", "/CN=www.mofcom.gov.cn"], check=True, capture_output=True)
    routes = {
        ("www.mofcom.gov.cn", A_URL.split("www.mofcom.gov.cn", 1)[1]): HERE / "blind125_mofcom_notice.html",
        ("www.sc.gov.cn", B_URL.split("www.sc.gov.cn", 1)[1]): HERE / "blind125_sichuan_jiedu.html",
    }

    class Hd(BaseHTTPRequestHandler):
        def do_GET(self):
            host = (self.headers.get("Host") or "").split(":")[0]
            f = routes.get((host, self.path))
            if f is None and self.path.endswith("yitu.png"):
                f = HERE / "blind125_sichuan_jiedu_files" / "yitu.png"
            if f is None:
                self.send_response(404); self.end_headers(); return
            data = f.read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "image/png" if f.suffix == ".png" else "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data))); self.end_headers(); self.wfile.write(data)

        def log_message(self, *a):
            pass

    port = free_port()
    srv = ThreadingHTTPServer(("127.0.0.1", port), Hd)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER); ctx.load_cert_chain(tmp / "c.pem", tmp / "k.pem")
    srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
    th = threading.Thread(target=srv.serve_forever, daemon=True); th.start()
    try:
        rules = f"MAP www.mofcom.gov.cn 127.0.0.1:{port}, MAP www.sc.gov.cn 127.0.0.1:{port}"
        for url, stem in [(A_URL, "blind125_mofcom_notice"), (B_URL, "blind125_sichuan_jiedu")]:
            for suffix, extra in [("", ["--print-to-pdf-no-header", "--no-pdf-header-footer"]), ("_browser", [])]:
                out = HERE / f"{stem}{suffix}.pdf"
                cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--ignore-certificate-errors",
                       f"--host-resolver-rules={rules}", f"--user-data-dir={tmp / 'prof'}",
                       "--lang=zh-CN", "--virtual-time-budget=3000",
                       f"--print-to-pdf={out}", *extra, url]
                subprocess.run(cmd, check=True, capture_output=True, timeout=120)
                print("wrote", out.name, out.stat().st_size)
    finally:
        srv.shutdown(); shutil.rmtree(tmp, ignore_errors=True)


# =====================================================================================
# expected.json
# =====================================================================================
def clauses_from(body, thead, rows, addr=None, tail=()):
    cl = []
    for it in body:
        if it[0] == "p":
            cl.append(it[1])
        elif it[0] in ("h2", "h3"):
            cl.append(it[1] + it[2])
        elif it[0] == "table":
            for r in rows:
                cl.append("；".join(f"{h}：{v}" for h, v in zip(thead, r)))
    cl.extend(tail)
    return cl


def expected():
    a_meta = {
        "title": A_TITLE,
        "doc_number": A_DOCNO,
        "issuer": A_SIGN,
        "date": "2024-09-12",
        "published": "2024-09-20",
        "level": "national",
        "region": "全国",
        "effective": "2024-09-12",
        "expires": "2027-12-31",
        "attachments": A_ATTS,
        "doc_type": "通知",
        "recipients": ["各自由贸易试验区所在省（自治区、直辖市）商务主管部门", "海关总署广东分署", "各直属海关"],
        "publicity": "此件公开发布",
        "source_url": A_URL,
    }
    a_cl = clauses_from(A_BODY, A_THEAD, A_ROWS)
    a_note = ("Furniture that must not become clauses or pollute clauses: top bar (今天是2025年3月6日 星期四, 无障碍/English/繁體/手机版/登录), "
              "logo 中华人民共和国商务部 / MINISTRY OF COMMERCE…, search box (请输入关键词 搜索), nav (首页 机构设置 新闻发布 政务公开 政务服务 商务数据 互动交流 专题专栏), "
              "breadcrumb 当前位置：首页 > 政务公开 > 政策发布 > 自贸区港建设, the 信息公开 grid (索引号 000013305/2024-00217, 主题分类, 发布机构, 成文日期, 名称, 文号, 发布日期, 有效性, 公开方式) — "
              "its values should feed metadata, not clauses; the title and the 文号 line under it; 发布时间/来源/【字体：大 中 小】/打印本页; 主送 line (metadata recipients); "
              "附件说明 (附件：1.… 2.…) → attachments; 落款 商务部　海关总署 and 2024年9月12日; （此件公开发布）; the table caption 自由贸易试验区深化“一带一路”经贸合作试点分工表 (may be kept as a table title); "
              "附件下载 links (附件1：….xlsx, 附件2：….pdf) — they repeat the attachments and must not become extra attachments with .xlsx/.pdf suffixes or clauses; "
              "分享到 微信 微博 QQ空间 扫一扫…; 相关解读 links (three headlines — NOT attachments, NOT clauses); 【打印本页】【关闭窗口】【返回顶部】; footer (网站声明|网站地图…, 主办单位…, 网站标识码 bm22000001, 京ICP备05004003号, 京公网安备, 地址 邮编, 建议使用1280×800分辨率浏览). "
              "In the _browser PDF additionally: every page's browser header (print date and time, e.g. '12/3/25, 11:15 PM', and the <title> '…的通知_政策发布_中华人民共和国商务部') and footer (the URL https://www.mofcom.gov.cn/zwgk/zcfb/art/2024/art_5d3e…html and 'N/M'). "
              "Standalone headings 一、… 四、 are section titles, not clauses (tolerable as heading clauses). The table's 牵头单位 cell 商务部 is merged across rows 3 and 4: row 4 must still read 牵头单位：商务部. "
              "date = 成文日期 2024-09-12 (the 落款 date); 发布日期 2024-09-20 is the publication date and must not replace it. Effective 2024-09-12 (自印发之日起施行 — 印发 = 成文日期 is the usual reading; 2024-09-20 tolerable, low). "
              "The 联系人及电话 paragraph may be dropped or kept (tolerable). Splitting (二) from its 1.–3. or keeping them together are both acceptable; (八) should stay before the table rows.")
    a_app = {"default": "全国各自由贸易试验区（national document; no single province）",
             "specific": {
                 "（七）": "上海、广东自由贸易试验区；海南自由贸易港",
                 "row 1": "重庆、四川、陕西自由贸易试验区",
                 "row 2": "广东、浙江自由贸易试验区",
                 "row 3": "各自由贸易试验区",
                 "row 4": "江苏、湖北、广西自由贸易试验区",
                 "row 5": "上海、广东自由贸易试验区，海南自由贸易港"},
             "note": "clauses that only name 共建“一带一路”国家 must NOT be placed abroad or in any one province; 商务部/海关总署 are issuers, not places."}
    b_meta = {
        "title": B_TITLE,
        "doc_number": None,
        "issuer": [B_SOURCE],
        "date": "2025-01-20",
        "published": "2025-01-20",
        "level": "provincial",
        "region": "四川省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "政策解读",
        "interprets": "四川省人民政府办公厅关于印发《中国（四川）自由贸易试验区提升行动方案（2025—2027年）》的通知（川办发〔2025〕4号）",
        "source_url": B_URL,
    }
    b_cl = clauses_from(B_BODY, B_THEAD, B_ROWS)
    b_note = ("A 政策解读 page, not the policy itself. Its doc_number is NONE: 川办发〔2025〕4号 is the number of the interpreted 行动方案 (a reader that sets doc_number=川办发〔2025〕4号 on the 解读 makes a 文号 query return commentary as if it were the document — medium). "
              "effective/expires: the 解读 has none; 2025-02-01 / 2027-12-31 belong to the 行动方案 (carrying them over is tolerable, low, if the document is marked as an interpretation). "
              "Issuer: the 解读机关 / 来源 四川省商务厅 (四川省人民政府 as the site owner is tolerable, low; 四川省人民政府办公厅 is wrong — it issued the interpreted document). "
              "Furniture: top bar (欢迎访问…, 无障碍浏览, 长者模式, English, 政务微博, 政务微信), banner 四川省人民政府 / The People's Government of Sichuan Province www.sc.gov.cn, nav (首页 要闻动态 信息公开 政务服务 互动交流 数据发布 走进四川), "
              "breadcrumb 您当前的位置：首页 > 信息公开 > 政策解读 > 图文解读, title, info line (来源：四川省商务厅 发布时间：2025-01-20 16:45 【字体：大 中 小】【打印】), "
              "解读文件：… link line, the 一图读懂 picture (text in pixels; OCR text from it is tolerable only if not mixed into other clauses), "
              "相关链接 block (政策原文/专家解读/视频解读 links — not attachments, not clauses), 责任编辑：刘某某, 分享到…【打印本页】【关闭窗口】, footer (网站地图…, 主办：四川省人民政府办公厅 承办：四川省大数据中心, 网站标识码 5100000062, 蜀ICP备05003304号, 川公网安备…). "
              "The closing line （解读机关：四川省商务厅　解读人：省自贸办综合处负责人　咨询电话：028-8322××××） is furniture/metadata (tolerable as a clause, low). "
              "In the _browser PDF additionally the browser header/footer on each page (print date time, <title> '…政策解读- 四川省人民政府网站', URL https://www.sc.gov.cn/10462/…shtml, N/M). "
              "Headings 一、出台背景 二、主要内容 三、政策亮点 四、适用范围和施行时间 are section titles (tolerable as heading clauses).")
    b_app = {"default": "四川省 / 中国（四川）自由贸易试验区",
             "specific": {
                 "二（二）1.": "成都青白江铁路港片区（成都市青白江区）",
                 "二（二）2.": "成都天府新区片区",
                 "二（二）3.": "川南临港片区（泸州市）",
                 "二（二）4.": "德阳、绵阳、宜宾、内江等协同改革先行区",
                 "四": "三个片区及全省协同改革先行区"},
             "note": "西部陆海新通道沿线港口 and 共建“一带一路” do not make a clause apply outside 四川省."}
    kx = (" PDF text layer trap: Chromium's PDFs map many characters to Kangxi/CJK-radical code points (⽀ U+2F40 for 支, ⾃ U+2F83 for 自, ⼀ U+2F00 for 一, ⺠ U+2EA0 for 民, ⻔ for 门 …); "
          "clauses and metadata must come out in ordinary CJK characters (un-normalised radicals = medium: text looks right but search for 自由贸易试验区 misses).")
    a_note += kx; b_note += kx
    exp = {}
    for suffix in ("", "_browser"):
        exp["blind125_mofcom_notice" + suffix] = [{"meta": a_meta, "clauses": a_cl, "applies_to": a_app,
                                                   "_note": a_note if suffix else a_note.split(" In the _browser PDF")[0] + " Printed without browser header/footer."}]
        exp["blind125_sichuan_jiedu" + suffix] = [{"meta": b_meta, "clauses": b_cl, "applies_to": b_app,
                                                   "_note": b_note if suffix else b_note.replace(" In the _browser PDF additionally the browser header/footer on each page (print date time, <title> '…政策解读- 四川省人民政府网站', URL https://www.sc.gov.cn/10462/…shtml, N/M).", " Printed without browser header/footer.")}]
    exp["_html_note"] = "The .html files (blind125_mofcom_notice.html, blind125_sichuan_jiedu.html) carry the same expectations as the PDFs without browser header/footer; the html also has <meta> tags (SiteName, PubDate, ContentSource, ArticleTitle) a reader may use."
    (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    build_mofcom()
    build_sichuan()
    print_pdfs()
    expected()
