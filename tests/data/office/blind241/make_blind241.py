# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 241 (blind): four national-level government web pages saved from the
browser (2025-2026 layouts), one saved attachment (.xlsx) in a _files folder,
and expected.json.

Run:  . /work/venv/bin/activate && python make_blind241.py
Everything is written next to this script.  All documents, numbers, names,
companies and phone numbers are fictional.
"""
import html
import json
import os
import re
import shutil
import struct
import zlib

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
E = html.escape
EXPECTED = {}


# ---------------------------------------------------------------- helpers
def tiny_png(w=4, h=4, rgb=(180, 20, 20)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def write(path, data, enc="utf-8"):
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    if isinstance(data, str):
        data = data.encode(enc)
    with open(full, "wb") as f:
        f.write(data)


def fresh_dir(name):
    full = os.path.join(HERE, name)
    if os.path.isdir(full):
        shutil.rmtree(full)
    os.makedirs(full)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": "national", "region": "全国", "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None, "repeals": None}
    base.update(kw)
    return base


def spec_key(clause):
    return clause[:22]


JQ_STUB = "/*! jQuery v3.6.0 | (c) OpenJS Foundation and other contributors | jquery.org/license */\n" \
          "!function(e,t){\"use strict\";\"object\"==typeof module&&\"object\"==typeof module.exports?" \
          "module.exports=e.document?t(e,!0):function(e){return t(e)}:t(e)}(\"undefined\"!=typeof window?window:this," \
          "function(C,e){var jQuery=function(s){return new jQuery.fn.init(s)};C.jQuery=C.$=jQuery;return jQuery});\n"


# ======================================================================
# (1) 商务部 政策发布 page: 商务部公告 with 附件 links
# ======================================================================
MOF_XLSX = "P020251219587463291054"


def make_mofcom():
    stem = "blind241_shangwubu_gonggao"
    files = stem + "_files"
    fresh_dir(files)
    title = "关于开展自由贸易试验区“丝路电商”海外仓服务网络建设试点的公告"
    no = "商务部公告2025年第76号"
    clauses = []
    body = []

    def p(text, clause=True, style="text-indent:2em;"):
        body.append(f'<p style="{style}">{E(text)}</p>')
        if clause:
            clauses.append(text)

    def runin(head, rest):
        body.append(f'<p style="text-indent:2em;"><strong>{E(head)}</strong>{E(rest)}</p>')
        clauses.append(head + rest)

    def heading(text):
        body.append(f'<p style="text-indent:2em;"><strong>{E(text)}</strong></p>')

    body.append('<p>【发布单位】电子商务和信息化司</p>')
    body.append(f'<p>【发布文号】{no}</p>')
    body.append('<p>【发文日期】2025年12月18日</p>')
    body.append('<p>&nbsp;</p>')
    body.append(f'<p style="text-align:center;"><strong>{E(no)}</strong></p>')
    p("为贯彻落实党中央、国务院关于高质量共建“一带一路”和实施自由贸易试验区提升战略的决策部署，"
      "发挥“丝路电商”国际合作机制作用，支持跨境电子商务企业在共建“一带一路”国家布局海外仓服务网络，"
      "商务部决定在自由贸易试验区开展“丝路电商”海外仓服务网络建设试点（以下简称试点）。现就有关事项公告如下：")
    runin("一、试点范围和期限。", "试点在各自由贸易试验区（含海南自由贸易港，下同）开展，试点期限为2026年1月1日至2027年12月31日。"
          "首批试点企业共12家，名单见附件2。")
    heading("二、试点任务")
    runin("（一）建设区域性海外仓服务枢纽。", "支持试点企业在共建“一带一路”国家重要节点城市建设或者租用公共海外仓，"
          "提供仓储、分拨、退换货、售后维修等综合服务。对仓储面积在5000平方米以上、服务国内跨境电子商务企业30家以上的公共海外仓，"
          "商务部会同有关部门在信息对接、出口信用保险、融资服务等方面予以支持。")
    runin("（二）推动海外仓数字化发展。", "鼓励试点企业应用物联网、大数据等技术建设智能仓储管理系统，"
          "与国际贸易“单一窗口”跨境电子商务海外仓服务模块对接，实现订单、物流、仓储等数据实时交互。")
    runin("（三）开展保税仓与海外仓联动创新。", "在中国（上海）自由贸易试验区临港新片区、中国（广东）自由贸易试验区广州南沙新区片区"
          "和海南自由贸易港洋浦经济开发区，支持试点企业开展“保税仓＋海外仓”联动业务，探索出口货物在区内集拼后直送海外仓、"
          "海外仓退货经区内保税维修后复出口等模式。")
    runin("（四）拓展“丝路电商”伙伴国合作。", "支持试点企业依托“丝路电商”双边合作机制，在匈牙利、阿联酋、哈萨克斯坦、"
          "印度尼西亚等伙伴国布局海外仓，参与当地电子商务标准和规则对接，为伙伴国优质产品进入中国市场提供展示、仓储和配送服务。")
    runin("（五）强化合规经营。", "试点企业应当遵守所在国家（地区）法律法规，依法履行数据安全、知识产权保护和消费者权益保护义务，"
          "不得利用海外仓从事违反出口管制和制裁规定的活动。")
    heading("三、组织实施")
    p("（一）各省级商务主管部门负责本地区试点工作的组织推动，于每年1月31日前将上一年度试点工作总结报送商务部（电子商务和信息化司）。")
    p("（二）试点企业应当于每季度结束后15日内，通过商务部业务系统统一平台“海外仓信息服务”模块报送海外仓运营数据。"
          "报送格式要求见附件1。")
    p("（三）商务部将对试点工作开展评估，对成效显著的经验做法予以复制推广；对连续两个季度未报送数据或者存在弄虚作假行为的企业，"
          "取消其试点资格。")
    p("四、本公告自2026年1月1日起施行，有效期至2027年12月31日。《商务部关于开展跨境电子商务海外仓示范企业认定工作的公告》"
          "（商务部公告2021年第35号）同时废止。")
    p("特此公告。", clause=False)
    body.append('<p style="text-indent:2em;">附件：<a href="https://www.mofcom.gov.cn/cms_files/filemanager/1941613652/attach/'
                '202512/P020251219587463290731.pdf" target="_blank">1.海外仓运营数据报送格式要求.pdf</a></p>')
    body.append(f'<p style="text-indent:5em;"><a href="./{files}/{MOF_XLSX}.xlsx" target="_blank">2.首批试点企业名单.xls</a></p>')
    body.append('<p>&nbsp;</p>')
    body.append('<p style="text-align:right;">商务部</p>')
    body.append('<p style="text-align:right;">2025年12月18日</p>')

    page = f"""<!DOCTYPE html>
<!-- saved from url=(0071)https://www.mofcom.gov.cn/zcfb/blgg/art/2025/art_8f3c21d6a4b54e0c9d1f2e7a6b5c4d3e.html -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="中华人民共和国商务部">
<meta name="SiteDomain" content="www.mofcom.gov.cn">
<meta name="ColumnName" content="商务部公告">
<meta name="ArticleTitle" content="{E(no)} {E(title)}">
<meta name="PubDate" content="2025-12-19 16:30">
<meta name="ContentSource" content="电子商务和信息化司">
<meta name="Keywords" content="丝路电商,海外仓,自由贸易试验区">
<title>{E(no)} {E(title)}_中华人民共和国商务部</title>
<link rel="stylesheet" href="./{files}/common.css">
<link rel="stylesheet" href="./{files}/article.css">
<script src="./{files}/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span class="date" id="today"></span>
<a href="https://www.mofcom.gov.cn/">繁体</a> | <a href="https://english.mofcom.gov.cn/">English</a> | <a href="#">无障碍</a> | <a href="#">长者模式</a></div></div>
<div class="header"><div class="w1200"><a class="logo" href="https://www.mofcom.gov.cn/"><img src="./{files}/logo.png" alt="中华人民共和国商务部"></a>
<div class="search"><form action="https://search.mofcom.gov.cn/" method="get"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div></div>
<div class="nav"><ul class="w1200">
<li><a href="https://www.mofcom.gov.cn/">首页</a></li><li><a href="#">机构</a></li><li><a href="#">新闻</a></li>
<li class="on"><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">商务数据</a></li>
<li><a href="#">互动交流</a></li><li><a href="#">专题专栏</a></li></ul></div>
<div class="w1200 main">
<div class="crumbs">当前位置：<a href="https://www.mofcom.gov.cn/">首页</a> &gt; <a href="#">政策发布</a> &gt; <a href="#">商务部公告</a></div>
<div class="art-box">
<h1 class="art-title">{E(no)} {E(title)}</h1>
<div class="art-info"><span>发布时间：2025-12-19 16:30</span><span>来源：电子商务和信息化司</span>
<span class="fontsize">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span></div>
<div class="art-con art-con-bottonmLine" id="zoom">
{chr(10).join(body)}
</div>
<div class="art-tools"><div class="share">分享到：<a class="wx" href="javascript:void(0)">微信</a><a class="wb" href="javascript:void(0)">微博</a></div>
<div class="tool"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div></div>
</div>
<div class="related"><h3>相关稿件</h3><ul>
<li><a href="#">商务部电子商务和信息化司负责人解读“丝路电商”海外仓服务网络建设试点有关政策</a><span>2025-12-19</span></li>
<li><a href="#">商务部公告2025年第31号 关于跨境电子商务出口海外仓统计监测有关事项的公告</a><span>2025-06-06</span></li>
</ul></div>
</div>
<div class="footer"><div class="w1200">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a> | <a href="#">隐私声明</a></p>
<p>主办单位：中华人民共和国商务部　技术支持：商务部电子商务和信息化司</p>
<p>京ICP备05004093号-1　京公网安备11040102700068号　网站标识码：bm22000001</p>
<p><img src="./{files}/dzjg.png" alt="党政机关"></p></div></div>
<script>
function doZoom(size){{document.getElementById('zoom').style.fontSize=size+'px';}}
(function(){{var d=new Date();document.getElementById('today').innerHTML=d.getFullYear()+'年'+(d.getMonth()+1)+'月'+d.getDate()+'日';}})();
</script>
<script src="./{files}/stat.js"></script>
</body></html>
"""
    write(stem + ".html", page)
    write(f"{files}/common.css", "body{margin:0;font-family:'Microsoft YaHei',sans-serif}.w1200{width:1200px;margin:0 auto}"
          ".nav{background:#b5121b}.nav li{display:inline-block;padding:0 22px}.nav a{color:#fff}\n")
    write(f"{files}/article.css", ".art-title{font-size:26px;text-align:center;color:#333}.art-info{text-align:center;color:#888}"
          "#zoom p{line-height:2;font-size:16px}\n")
    write(f"{files}/jquery.min.js", JQ_STUB)
    write(f"{files}/stat.js", "var _hmt=_hmt||[];(function(){var hm=document.createElement('script');hm.src='';})();\n")
    write(f"{files}/logo.png", tiny_png(8, 4))
    write(f"{files}/dzjg.png", tiny_png(4, 4, (220, 30, 30)))

    spec = {
        spec_key(clauses[4]): ["中国（上海）自由贸易试验区临港新片区", "中国（广东）自由贸易试验区广州南沙新区片区",
                               "洋浦经济开发区"],
    }
    assert clauses[4].startswith("（三）开展保税仓")
    EXPECTED[stem] = [{
        "meta": meta(title=title, doc_number=no, issuer=["商务部"], date="2025-12-18", published="2025-12-19",
                     effective="2026-01-01", expires="2027-12-31",
                     attachments=["海外仓运营数据报送格式要求", "首批试点企业名单"], doc_type="公告",
                     repeals="《商务部关于开展跨境电子商务海外仓示范企业认定工作的公告》（商务部公告2021年第35号）"),
        "clauses": clauses,
        "applies_to": {"specific": spec},
    }]

    # ---- the attachment saved in _files (link says .xls, file is .xlsx)
    wb = Workbook()
    ws = wb.active
    ws.title = "附件2"
    thin = Side(style="thin", color="000000")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "附件2"
    ws["A1"].font = Font(name="黑体", size=14)
    ws.merge_cells("A2:D2")
    ws["A2"] = "首批自由贸易试验区“丝路电商”海外仓服务网络建设试点企业名单"
    ws["A2"].font = Font(name="方正小标宋简体", size=18)
    ws["A2"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[2].height = 48
    header = ["序号", "所在自由贸易试验区", "企业名称", "海外仓布局国家"]
    for i, h in enumerate(header, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(name="黑体", size=12)
        c.alignment = Alignment(horizontal="center", vertical="center")
        c.border = bd
    rows = [
        ("中国（上海）自由贸易试验区", [("上海远帆跨境供应链管理有限公司", "匈牙利、波兰"),
                                     ("上海临港鸿途国际物流有限公司", "阿联酋")]),
        ("中国（浙江）自由贸易试验区", [("杭州丝路云仓科技有限公司", "哈萨克斯坦、乌兹别克斯坦"),
                                     ("宁波海曙环球易达供应链有限公司", "马来西亚"),
                                     ("义乌市联商跨境仓储有限公司", "阿联酋、沙特阿拉伯")]),
        ("中国（广东）自由贸易试验区", [("广州南沙启航国际货运代理有限公司", "泰国、越南"),
                                     ("深圳前海万邦云仓科技有限公司", "印度尼西亚")]),
        ("中国（河南）自由贸易试验区", [("郑州中原陆港国际物流有限公司", "德国、波兰")]),
        ("中国（陕西）自由贸易试验区", [("西安长安号跨境供应链有限公司", "哈萨克斯坦")]),
        ("中国（新疆）自由贸易试验区", [("新疆亚欧通达国际物流有限公司", "吉尔吉斯斯坦、塔吉克斯坦")]),
        ("中国（广西）自由贸易试验区", [("广西北部湾东盟云仓有限公司", "越南、柬埔寨")]),
        ("海南自由贸易港", [("海南洋浦丝路链通供应链有限公司", "新加坡")]),
    ]
    r = 4
    n = 1
    xclauses = []
    for zone, items in rows:
        start = r
        for comp, cty in items:
            ws.cell(row=r, column=1, value=n)
            if r == start:
                ws.cell(row=r, column=2, value=zone)
            ws.cell(row=r, column=3, value=comp)
            ws.cell(row=r, column=4, value=cty)
            for col in range(1, 5):
                c = ws.cell(row=r, column=col)
                c.font = Font(name="仿宋_GB2312", size=12)
                c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                c.border = bd
            xclauses.append(f"序号：{n}；所在自由贸易试验区：{zone}；企业名称：{comp}；海外仓布局国家：{cty}")
            r += 1
            n += 1
        if len(items) > 1:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(row=r, column=1, value="注：排名不分先后。").font = Font(name="仿宋_GB2312", size=11)
    for col, w in zip("ABCD", (8, 30, 38, 28)):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "portrait"
    ws.print_title_rows = "3:3"
    wb.save(os.path.join(HERE, files, MOF_XLSX + ".xlsx"))
    EXPECTED[MOF_XLSX] = [{
        "meta": meta(title="首批自由贸易试验区“丝路电商”海外仓服务网络建设试点企业名单",
                     doc_type="名单（商务部公告2025年第76号附件2）"),
        "clauses": xclauses,
        "applies_to": {"specific": {}},
    }]


# ======================================================================
# (2) 海关总署 公告 page with a 监管场所 table (rowspan/colspan)
# ======================================================================
def make_customs():
    stem = "blind241_haiguan_gonggao"
    title = "关于进一步优化中欧班列进出境监管措施的公告"
    no = "海关总署公告2025年第198号"
    clauses = []
    body = []

    def p(text, clause=True, style="text-indent:2em;"):
        body.append(f'<p style="{style}">{E(text)}</p>')
        if clause:
            clauses.append(text)

    p("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，进一步提升中欧班列通关便利化水平，支持国际物流通道建设，"
      "海关总署决定进一步优化中欧班列进出境监管措施。现将有关事项公告如下：")
    p("一、全面推广“铁路快通”模式。中欧班列进出境货物可以选择“铁路快通”模式办理转关手续，收发货人或者其代理人在境内指运地或者启运地海关"
      "办理申报手续，口岸海关凭铁路运输舱单电子数据办理进出境验放手续，不再办理转关申报。")
    p("二、推行“一单到底”集拼监管。在海关监管作业场所内开展中欧班列集拼作业的，海关允许不同收发货人、不同目的国家（地区）的货物"
      "在同一场所内集拼装箱，以一份铁路运单办理进出境手续。集拼货物涉及检疫处理的，应当在集拼前完成。")
    p("三、规范舱单电子数据传输。中欧班列运营企业应当在列车抵达阿拉山口、霍尔果斯、二连浩特、满洲里等出境口岸前2小时，"
      "向海关传输出境铁路列车原始舱单电子数据；进境列车应当在抵达境内第一口岸前2小时传输进境原始舱单电子数据。")
    p("四、开展回程货物“先放行、后改单”试点。在中国（新疆）自由贸易试验区霍尔果斯片区和中哈霍尔果斯国际边境合作中心中方配套区内，"
      "对中欧班列回程进口货物，经海关风险评估符合条件的，可以先予放行，企业应当在货物放行之日起10个工作日内办理申报数据修改手续。")
    p("五、中欧班列进出境监管作业场所名单及咨询电话见下表，企业可以向场所所在地海关咨询办理有关业务。")
    # table ------------------------------------------------------------
    data = [
        ("乌鲁木齐海关", [
            ("阿拉山口海关", [("阿拉山口铁路口岸监管作业场所", "6508R001", "铁路口岸", "0909-6995118")]),
            ("霍尔果斯海关", [("霍尔果斯铁路口岸监管作业场所", "6512R001", "铁路口岸", "0999-8798126")]),
            ("乌鲁木齐国际陆港区海关", [("乌鲁木齐集装箱中心站监管作业场所", "6501R003", "内陆集结中心", "0991-5563207")]),
        ]),
        ("西安海关", [
            ("西安港海关", [("西安国际港站监管作业场所", "6123R001", "内陆集结中心", "029-83651420"),
                           ("西安综合保税区铁路专用线监管作业场所", "6123R004", "综合保税区", "029-83651466")]),
        ]),
        ("郑州海关", [("郑州圃田海关", [("郑州圃田站监管作业场所", "4608R001", "内陆集结中心", "0371-56832119")])]),
        ("重庆海关", [("西永海关", [("重庆团结村集装箱中心站监管作业场所", "8013R001", "内陆集结中心", "023-65791206")])]),
        ("成都海关", [("青白江海关", [("成都国际铁路港监管作业场所", "7921R001", "内陆集结中心", "028-83962075")])]),
        ("呼和浩特海关", [("二连海关", [("二连浩特铁路口岸监管作业场所", "0702R001", "铁路口岸", "0479-7522361")])]),
        ("满洲里海关", [("满洲里车站海关", [("满洲里铁路口岸监管作业场所", "0601R001", "铁路口岸", "0470-6216053")])]),
    ]
    t = ['<table border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse;text-align:center;">',
         '<tbody>',
         '<tr><td colspan="7" style="border:none;"><strong>中欧班列进出境监管作业场所名单</strong></td></tr>',
         '<tr><td rowspan="2"><strong>序号</strong></td><td rowspan="2"><strong>直属海关</strong></td>'
         '<td rowspan="2"><strong>隶属海关</strong></td><td colspan="3"><strong>监管作业场所</strong></td>'
         '<td rowspan="2"><strong>咨询电话</strong></td></tr>',
         '<tr><td><strong>场所名称</strong></td><td><strong>场所代码</strong></td><td><strong>场所类型</strong></td></tr>']
    n = 1
    for zs, subs in data:
        zs_rows = sum(len(x[1]) for x in subs)
        first_zs = True
        for ls, sites in subs:
            first_ls = True
            for name, code, kind, tel in sites:
                cells = [f"<td>{n}</td>"]
                if first_zs:
                    cells.append(f'<td rowspan="{zs_rows}">{E(zs)}</td>' if zs_rows > 1 else f"<td>{E(zs)}</td>")
                if first_ls:
                    cells.append(f'<td rowspan="{len(sites)}">{E(ls)}</td>' if len(sites) > 1 else f"<td>{E(ls)}</td>")
                cells += [f"<td>{E(name)}</td>", f"<td>{code}</td>", f"<td>{E(kind)}</td>", f"<td>{tel}</td>"]
                t.append("<tr>" + "".join(cells) + "</tr>")
                clauses.append(f"序号：{n}；直属海关：{zs}；隶属海关：{ls}；场所名称：{name}；场所代码：{code}；"
                               f"场所类型：{kind}；咨询电话：{tel}")
                n += 1
                first_zs = first_ls = False
    t.append("</tbody></table>")
    body.append("\n".join(t))
    p("六、本公告自2025年12月1日起施行。海关总署公告2020年第66号（关于中欧班列进出境货物监管有关事项的公告）同时废止。")
    p("特此公告。", clause=False)
    body.append('<p>&nbsp;</p>')
    body.append('<p style="text-align:right;">海关总署</p>')
    body.append('<p style="text-align:right;">2025年11月26日</p>')
    body.append('<div class="zcjd-box"><div class="zcjd-hd">政策解读</div><ul>'
                '<li><a href="http://www.customs.gov.cn/customs/302249/302270/302272/6693157/index.html" target="_blank">'
                '《关于进一步优化中欧班列进出境监管措施的公告》解读</a></li>'
                '<li><a href="http://www.customs.gov.cn/customs/xwfb34/302330/6693210/index.html" target="_blank">'
                '图解：中欧班列“铁路快通”“一单到底”怎么办？</a></li></ul></div>')

    page = f"""<!DOCTYPE html>
<!-- saved from url=(0066)http://www.customs.gov.cn/customs/302249/302266/302267/6693120/index.html -->
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="SiteName" content="中华人民共和国海关总署">
<meta name="ColumnName" content="海关总署公告">
<meta name="ArticleTitle" content="{E(no)}（{E(title)}）">
<meta name="PubDate" content="2025-11-28 18:05">
<meta name="ContentSource" content="口岸监管司">
<title>{E(no)}（{E(title)}）</title>
<link rel="stylesheet" type="text/css" href="http://www.customs.gov.cn/customs/resource/cms/2024/01/2024011809372412345.css">
<script type="text/javascript" src="http://www.customs.gov.cn/customs/resource/cms/jquery.min.js"></script>
<style>.zcjd-box{{border:1px solid #d7e3f0;background:#f4f8fc;margin:20px 0;padding:10px 16px}}.zcjd-hd{{font-weight:bold;color:#0b4a8b}}</style>
</head>
<body>
<div class="topbar"><div class="wrap"><a href="#">无障碍浏览</a> | <a href="#">English</a> | <a href="#">移动版</a> | <a href="#">邮箱</a></div></div>
<div class="header"><div class="wrap"><div class="logo"><a href="http://www.customs.gov.cn/"><img src="http://www.customs.gov.cn/customs/resource/cms/2024/01/logo.png" alt="中华人民共和国海关总署 General Administration of Customs of the People's Republic of China"></a></div>
<div class="search"><input type="text" id="searchKey" value="请输入关键字"><a href="javascript:void(0)" onclick="doSearch()">搜索</a></div></div></div>
<div class="navBar"><ul class="wrap">
<li><a href="#">首页</a></li><li><a href="#">机构概况</a></li><li class="active"><a href="#">信息公开</a></li><li><a href="#">新闻发布</a></li>
<li><a href="#">在线服务</a></li><li><a href="#">互动交流</a></li><li><a href="#">数据统计</a></li><li><a href="#">专题专栏</a></li></ul></div>
<div class="wrap">
<div class="position">您当前的位置：<a href="#">首页</a>&nbsp;&gt;&nbsp;<a href="#">信息公开</a>&nbsp;&gt;&nbsp;<a href="#">海关总署文告</a>&nbsp;&gt;&nbsp;<a href="#">海关总署公告</a></div>
<div class="conBox">
<div class="atcl-ttl">{E(no)}（{E(title)}）</div>
<div class="atcl-info">信息来源：口岸监管司&nbsp;&nbsp;&nbsp;发布时间：2025-11-28&nbsp;&nbsp;&nbsp;
【字体：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a>】</div>
<div id="easysiteText" class="easysite-news-text">
{chr(10).join(body)}
</div>
<div class="atcl-tools"><a href="javascript:window.print()">【打印】</a>&nbsp;<a href="javascript:window.close()">【关闭】</a></div>
</div>
</div>
<div class="footer"><div class="wrap">
<p><a href="#">关于我们</a> | <a href="#">网站声明</a> | <a href="#">网站地图</a> | <a href="#">联系我们</a></p>
<p>版权所有：中华人民共和国海关总署　主办单位：海关总署办公厅</p>
<p>地址：北京市东城区建国门内大街6号　邮编：100730　京ICP备05066252号　京公网安备11010102002019号　网站标识码：bm28000001</p></div></div>
<script type="text/javascript">
function setFont(s){{var el=document.getElementById('easysiteText');if(el){{el.style.fontSize=s+'px';}}}}
function doSearch(){{var k=document.getElementById('searchKey').value;window.open('http://www.customs.gov.cn/search?q='+encodeURIComponent(k));}}
</script>
<script type="text/javascript" src="http://www.customs.gov.cn/customs/resource/cms/wza/aria.js?appid=a1b2c3" async></script>
</body></html>
"""
    write(stem + ".html", page)
    assert clauses[4].startswith("四、开展回程货物")
    EXPECTED[stem] = [{
        "meta": meta(title=title, doc_number=no, issuer=["海关总署"], date="2025-11-26", published="2025-11-28",
                     effective="2025-12-01", doc_type="公告",
                     repeals="海关总署公告2020年第66号（关于中欧班列进出境货物监管有关事项的公告）"),
        "clauses": clauses,
        "applies_to": {"specific": {spec_key(clauses[4]): ["中国（新疆）自由贸易试验区霍尔果斯片区",
                                                          "中哈霍尔果斯国际边境合作中心中方配套区"]}},
    }]


# ======================================================================
# (3) 国家发展改革委 通知 page, article inside TRS_Editor, pasted from Word
# ======================================================================
FS = "font-size:16.0pt;"
FANG = "font-family:仿宋_GB2312;mso-hansi-font-family:'Times New Roman'"
HEI = "font-family:黑体;mso-hansi-font-family:'Times New Roman'"
KAI = "font-family:楷体_GB2312;mso-hansi-font-family:'Times New Roman'"
XBS = "font-family:方正小标宋简体;mso-hansi-font-family:'Times New Roman'"
PSTY = "text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly"


def word_spans(text, font, size="16.0pt", bold=False):
    """Split text the way Word does when it saves HTML: runs of ASCII digits / Latin go
    into their own <span lang=EN-US> with Times New Roman."""
    out = []
    for part in re.split(r"([0-9A-Za-z.%]+)", text):
        if not part:
            continue
        if re.fullmatch(r"[0-9A-Za-z.%]+", part):
            out.append(f'<span lang="EN-US" style="font-size:{size};font-family:\'Times New Roman\';'
                       f'mso-fareast-{font.split(";")[0]}">{E(part)}</span>')
        else:
            out.append(f'<span style="font-size:{size};{font}">{E(part)}</span>')
    s = "".join(out)
    return f"<b>{s}</b>" if bold else s


def make_ndrc():
    stem = "blind241_ndrc_tongzhi"
    files = stem + "_files"
    fresh_dir(files)
    title = "国家发展改革委关于推进中欧班列集结中心高质量建设的通知"
    no = "发改基础〔2025〕1562号"
    clauses = []
    body = []

    def mp(inner, style=PSTY, align=None):
        a = f' align="{align}"' if align else ""
        body.append(f'<p class="MsoNormal"{a} style="{style}">{inner}<span lang="EN-US" style="{FS}{FANG}"><o:p></o:p></span></p>')

    def para(text, clause=True):
        parts = text if isinstance(text, list) else [text]
        inner = '<span lang="EN-US" style="font-size:16.0pt"><br></span>'.join(word_spans(x, FANG) for x in parts)
        mp(inner)
        if clause:
            clauses.append("\n".join(parts))

    def runin(head, rest, head_font=KAI, bold=False):
        mp(word_spans(head, head_font, bold=bold) + word_spans(rest, FANG))
        clauses.append(head + rest)

    def h1(label, text):
        # Word split the label and the words into two runs
        mp(f'<span style="{FS}{HEI}">{E(label)}</span><span style="{FS}{HEI}">{E(text)}</span>')

    def h2(text):
        mp(word_spans(text, KAI))

    def blank():
        body.append(f'<p class="MsoNormal" style="line-height:28.0pt;mso-line-height-rule:exactly">'
                    f'<span lang="EN-US" style="{FS}{FANG}"><o:p>&nbsp;</o:p></span></p>')

    body.append('<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom>'
                '<w:PunctuationKerning/><w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>'
                '</w:WordDocument></xml><![endif]-->')
    mp(word_spans(no, FANG), style="text-align:center;line-height:28.0pt;mso-line-height-rule:exactly", align="center")
    blank()
    # the title pasted from Word in two centred paragraphs
    mp(f'<span style="font-size:22.0pt;{XBS}">国家发展改革委关于推进中欧班列集结中心</span>',
       style="text-align:center;line-height:33.0pt;mso-line-height-rule:exactly", align="center")
    mp(f'<span style="font-size:22.0pt;{XBS}">高质量建设的通知</span>',
       style="text-align:center;line-height:33.0pt;mso-line-height-rule:exactly", align="center")
    blank()
    mp(word_spans("各省、自治区、直辖市及新疆生产建设兵团发展改革委，中国国家铁路集团有限公司：", FANG),
       style="line-height:28.0pt;mso-line-height-rule:exactly")
    para("中欧班列是共建“一带一路”的旗舰项目和标志性品牌。为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，"
         "推进中欧班列集结中心高质量建设，进一步提升中欧班列运行质量和综合效益，现就有关事项通知如下。")
    h1("一、", "总体要求")
    para("以习近平新时代中国特色社会主义思想为指导，完整准确全面贯彻新发展理念，坚持市场主导、政府引导，坚持统筹布局、错位发展，"
         "以集结中心建设为牵引，推动中欧班列由“点对点”运输向“枢纽对枢纽”运输转变。到2027年，集结中心开行班列占全国开行总量的"
         "比重达到75%以上，重箱率保持在98%以上，“班列＋”产业生态基本形成。")
    h1("二、", "重点任务")
    runin("（一）完善集结中心示范工程功能。", "支持重庆、成都、西安、郑州、乌鲁木齐中欧班列集结中心示范工程加快完善功能，"
          "建设集装箱场站、海关监管作业场所和多式联运设施。示范工程所在城市人民政府要统筹用地、用能等要素，"
          "在国土空间规划中预留集结中心发展空间。")
    h2("（二）提升集结组织能力")
    para("1.推进干支结合。依托集结中心开行国内集结班列，鼓励周边城市通过铁路、公路、水运将货源向集结中心集结，"
         "推动形成“干支结合、枢纽集散”的运输组织模式。")
    para("2.发展保税集拼业务。支持西安综合保税区、重庆西永综合保税区、成都国际铁路港综合保税区开展中欧班列保税集拼、"
         "保税维修和分拨业务，允许区内企业将境内货物与保税货物同箱集拼出口。")
    para("3.加强与沿边口岸运输衔接。集结中心所在地发展改革委要会同铁路部门，做好与阿拉山口、霍尔果斯、二连浩特、满洲里等"
         "沿边口岸的运输组织衔接，提高口岸站换装效率，压缩班列在口岸站停留时间。")
    runin("（三）拓展“班列＋”业态。", "鼓励集结中心依托班列通道发展以下业态：")
    para("（1）班列＋跨境电商。支持跨境电子商务企业利用中欧班列开展出口海外仓备货、跨境电子商务零售进口等业务，推广跨境电商专列。")
    para("（2）班列＋产业。引导汽车整车及零部件、电子信息、装备制造等产业沿通道布局，在集结中心周边建设承接产业转移园区。")
    para("（3）班列＋贸易。支持集结中心所在城市开展中欧班列运贸一体化试点，发展进口商品分拨和大宗商品贸易。")
    runin("（四）强化要素保障。", "有条件的地方可以统筹现有资金渠道，对集结中心公共设施建设给予支持，但不得以任何形式对班列开行"
          "给予运费补贴。地方政府专项债券可以按规定支持符合条件的集结中心基础设施项目。")
    h1("三、", "保障措施")
    runin("（一）加强组织协调。", "各省级发展改革委要会同有关部门建立集结中心建设工作协调机制。中国国家铁路集团有限公司要优化班列"
          "运行图，保障集结中心开行班列的运力需求。")
    runin("（二）加强监测评估。", "各省级发展改革委于每年6月30日、12月31日前，按照附件1格式报送本地区集结中心建设情况。"
          "我委将会同有关部门对示范工程开展评估（示范工程名单见附件2），评估结果作为后续支持的重要依据。")
    runin("（三）", "本通知自2026年1月1日起施行，有效期至2030年12月31日。")
    para(["联系人及电话：国家发展改革委基础司　李晓航　010-68501562",
          "中国国家铁路集团有限公司货运部　周立新　010-51843276"])
    blank()
    mp(word_spans("附件：1.中欧班列集结中心建设情况监测表", FANG))
    mp(word_spans("2.中欧班列集结中心示范工程名单", FANG),
       style="margin-left:80.0pt;text-indent:0pt;line-height:28.0pt;mso-line-height-rule:exactly")
    blank()
    blank()
    mp(word_spans("国家发展改革委", FANG), style="text-align:right;margin-right:64.0pt;line-height:28.0pt", align="right")
    mp(word_spans("2025年11月28日", FANG), style="text-align:right;margin-right:48.0pt;line-height:28.0pt", align="right")
    blank()
    # 版记 as a borderless Word table
    body.append(
        '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="100%" '
        'style="width:100.0%;border-collapse:collapse;border:none;mso-border-alt:none;mso-yfti-tbllook:1184;'
        'mso-padding-alt:0cm 5.4pt 0cm 5.4pt">'
        '<tbody><tr style="mso-yfti-irow:0;mso-yfti-firstrow:yes">'
        '<td width="100%" valign="top" style="width:100.0%;border:none;padding:0cm 5.4pt 0cm 5.4pt">'
        f'<p class="MsoNormal" style="margin-left:14.0pt;text-indent:-14.0pt;line-height:20.0pt">'
        f'{word_spans("抄送：交通运输部、商务部、海关总署，国家铁路局，中国国家铁路集团有限公司。", FANG, size="14.0pt")}</p></td></tr>'
        '<tr style="mso-yfti-irow:1;mso-yfti-lastrow:yes">'
        '<td width="100%" valign="top" style="width:100.0%;border:none;padding:0cm 5.4pt 0cm 5.4pt">'
        '<p class="MsoNormal" style="margin-left:14.0pt;line-height:20.0pt">'
        f'{word_spans("国家发展改革委办公厅", FANG, size="14.0pt")}'
        '<span lang="EN-US" style="font-size:14.0pt"><span style="mso-spacerun:yes">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></span>'
        f'{word_spans("2025年12月2日印发", FANG, size="14.0pt")}</p></td></tr>'
        '</tbody></table>')

    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=(0064)https://www.ndrc.gov.cn/xxgk/zcfb/tz/202512/t20251205_1402718.html -->
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="SiteName" content="中华人民共和国国家发展和改革委员会">
<meta name="SiteDomain" content="www.ndrc.gov.cn">
<meta name="SiteIDCode" content="bm04000007">
<meta name="ColumnName" content="通知">
<meta name="ColumnType" content="政策">
<meta name="ArticleTitle" content="{E(title)}">
<meta name="PubDate" content="2025-12-05 17:00">
<meta name="ContentSource" content="基础司">
<title>{E(title)}_国家发展和改革委员会</title>
<link href="./{files}/base.css" rel="stylesheet" type="text/css">
<link href="./{files}/article.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="./{files}/jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="./{files}/common.js"></script>
</head>
<body>
<div class="top"><div class="container"><span class="left">今天是 <span id="time"></span></span>
<span class="right"><a href="https://www.ndrc.gov.cn/">首页</a> | <a href="https://en.ndrc.gov.cn/">ENGLISH</a> | <a href="#">无障碍</a></span></div></div>
<div class="header"><div class="container"><a class="logo" href="https://www.ndrc.gov.cn/"><img src="./{files}/logo.png" alt="中华人民共和国国家发展和改革委员会 National Development and Reform Commission"></a></div></div>
<div class="nav"><div class="container"><ul>
<li><a href="#">首页</a></li><li><a href="#">机构设置</a></li><li><a href="#">新闻动态</a></li><li class="on"><a href="#">政务公开</a></li>
<li><a href="#">政务服务</a></li><li><a href="#">发展改革工作</a></li><li><a href="#">互动交流</a></li><li><a href="#">专题</a></li></ul></div></div>
<div class="container">
<div class="path">当前位置：<a href="../../../../">首页</a> &gt; <a href="../../../">政务公开</a> &gt; <a href="../../">政策</a> &gt; <a href="../">通知</a></div>
<div class="article">
<div class="article_title">{E(title)}</div>
<div class="article_l">
<span class="time">发布时间：2025/12/05</span>&nbsp;&nbsp;<span class="source">来源：基础司</span>
<span class="article_r"><a href="javascript:window.print()">[打印]</a> <a href="javascript:window.close()">[关闭窗口]</a> <a class="share" href="javascript:void(0)">[分享]</a></span></div>
<div class="article_con article_con_title">
<div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}
.TRS_Editor TD{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}
</style>
<div class="Section0" style="layout-grid:15.6pt">
{chr(10).join(body)}
</div></div>
</div>
<div class="attachment"><div class="attachment_l">附件：</div><div class="attachment_r">
<p><a href="./P020251205573821905672.docx" OLDSRC="/xxgk/zcfb/tz/202512/W020251205573821905672.docx" target="_blank">1.中欧班列集结中心建设情况监测表.docx</a></p>
<p><a href="./P020251205573821916493.pdf" OLDSRC="/xxgk/zcfb/tz/202512/W020251205573821916493.pdf" target="_blank">2.中欧班列集结中心示范工程名单.pdf</a></p>
</div></div>
</div>
</div>
<div class="footer"><div class="container">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">网站声明</a></p>
<p>版权所有：国家发展和改革委员会　地址：北京市西城区月坛南街38号　邮编：100824</p>
<p>网站标识码：bm04000007　京ICP备05052393号　<img src="./{files}/gongan.png" alt="">京公网安备11010202008406号</p>
</div></div>
<script type="text/javascript">
$(function(){{var d=new Date();$('#time').text(d.getFullYear()+'年'+(d.getMonth()+1)+'月'+d.getDate()+'日');}});
</script>
</body></html>
"""
    write(stem + ".html", page)
    write(f"{files}/base.css", "body{margin:0;font:14px/1.6 'Microsoft YaHei'}.container{width:1200px;margin:0 auto}"
          ".nav{background:#0b4ea2}.nav li{float:left;padding:0 24px}.nav a{color:#fff}\n")
    write(f"{files}/article.css", ".article_title{font-size:26px;text-align:center;font-weight:bold;margin:20px 0}"
          ".article_l{text-align:center;color:#666;border-bottom:1px solid #ddd}\n")
    write(f"{files}/jquery-1.12.4.min.js", JQ_STUB)
    write(f"{files}/common.js", "function share(){return false;}\n")
    write(f"{files}/logo.png", tiny_png(8, 4, (11, 78, 162)))
    write(f"{files}/gongan.png", tiny_png(4, 4, (200, 160, 40)))

    k_cities = [c for c in clauses if c.startswith("（一）完善集结中心示范工程功能")][0]
    k_zones = [c for c in clauses if c.startswith("2.发展保税集拼业务")][0]
    EXPECTED[stem] = [{
        "meta": meta(title=title, doc_number=no, issuer=["国家发展改革委"], date="2025-11-28", published="2025-12-02",
                     effective="2026-01-01", expires="2030-12-31",
                     attachments=["中欧班列集结中心建设情况监测表", "中欧班列集结中心示范工程名单"], doc_type="通知",
                     recipients=["各省、自治区、直辖市及新疆生产建设兵团发展改革委", "中国国家铁路集团有限公司"]),
        "clauses": clauses,
        "applies_to": {"specific": {
            spec_key(k_cities): ["重庆市", "成都市", "西安市", "郑州市", "乌鲁木齐市"],
            spec_key(k_zones): ["西安综合保税区", "重庆西永综合保税区", "成都国际铁路港综合保税区"],
        }},
    }]


# ======================================================================
# (4) 中国政府网 国务院办公厅 函 page, GBK
# ======================================================================
def make_gov():
    stem = "blind241_guoban_han"
    title = "国务院办公厅关于同意在中国（广西）自由贸易试验区开展面向东盟跨境贸易投资高水平开放试点的函"
    no = "国办函〔2026〕7号"
    clauses = []
    body = []

    def p(text, clause=True, style="text-indent: 2em; font-family: 宋体;"):
        body.append(f'<p style="{style}">{E(text)}</p>')
        if clause:
            clauses.append(text)

    body.append(f'<p style="text-align: center; font-family: 宋体;">{E(no)}</p>')
    p("广西壮族自治区人民政府，商务部、国家发展改革委、财政部、中国人民银行、海关总署、国家外汇局：", clause=False,
      style="font-family: 宋体;")
    p("你们关于在中国（广西）自由贸易试验区开展面向东盟跨境贸易投资高水平开放试点的请示收悉。经国务院同意，现函复如下：")
    p("一、同意在中国（广西）自由贸易试验区开展面向东盟跨境贸易投资高水平开放试点（以下简称试点），试点期限自2026年2月1日至"
      "2028年12月31日。试点实施方案由商务部会同有关部门和广西壮族自治区人民政府印发。")
    p("二、试点工作要以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，统筹发展和安全，"
      "对接《区域全面经济伙伴关系协定》（RCEP）和中国—东盟自由贸易区3.0版升级议定书等高标准经贸规则，在贸易、投资、金融、物流等"
      "领域开展先行先试，打造面向东盟的开放合作高地。")
    p("三、支持试点在以下方面先行先试：")
    p("（一）在中国（广西）自由贸易试验区钦州港片区，开展国际航行船舶保税液化天然气加注业务试点，支持开展面向东盟的跨境集装箱调拨"
      "和空箱调运业务。")
    p("（二）在中国（广西）自由贸易试验区崇左片区和凭祥综合保税区，试点边民互市贸易进口商品落地加工新模式，对符合条件的落地加工企业"
      "实行便利化监管。")
    p("（三）在中国（广西）自由贸易试验区南宁片区，支持银行为面向东盟的跨境贸易投资提供人民币结算便利化服务，开展跨境人民币贸易融资"
      "资产转让业务。")
    p("（四）推动经友谊关口岸、东兴口岸进出境的东盟水果、冻品等货物实施“提前申报、货到验放”，优化口岸查验作业流程。")
    p("四、广西壮族自治区人民政府要切实加强对试点工作的组织领导，完善工作机制，落实主体责任，在风险可控前提下大胆探索，及时总结评估"
      "试点经验。涉及调整实施有关法律、行政法规的，按程序办理。")
    p("五、商务部要会同有关部门加强统筹协调和指导评估，对试点中形成的可复制可推广经验，及时总结并按程序推广。各有关部门要按照职责分工"
      "给予积极支持。")
    p("六、试点中的重大问题，广西壮族自治区人民政府和商务部要及时向国务院请示报告。")
    body.append('<p style="text-align: right; font-family: 宋体;">国务院办公厅</p>')
    body.append('<p style="text-align: right; font-family: 宋体;">2026年1月16日</p>')
    body.append('<p style="text-indent: 2em; font-family: 宋体;">（此件公开发布）</p>')

    page = f"""<!DOCTYPE html>
<!-- saved from url=(0062)https://www.gov.cn/zhengce/content/202601/content_7061854.htm -->
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0">
<meta name="keywords" content="国务院办公厅,自由贸易试验区,东盟,试点">
<meta name="description" content="{E(title)}">
<meta name="firstpublishedtime" content="2026-01-22-17:30:00">
<meta name="lastmodifiedtime" content="2026-01-22-17:42:16">
<meta name="catalog" content="国务院文件">
<meta name="contentid" content="7061854">
<title>{E(title)}_国务院文件_中国政府网</title>
<link rel="stylesheet" href="https://www.gov.cn/images/gtml/2023/css/common.css">
<link rel="stylesheet" href="https://www.gov.cn/images/gtml/2023/css/zhengce.css">
<script src="https://www.gov.cn/images/gtml/2023/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="header"><div class="w1100">
<div class="logo"><a href="https://www.gov.cn/"><img src="https://www.gov.cn/images/gtml/2023/images/logo.png" alt="中国政府网 www.gov.cn"></a></div>
<div class="header_r"><a href="https://www.gov.cn/">首页</a>|<a href="#">简</a>|<a href="#">繁</a>|<a href="https://english.www.gov.cn/">EN</a>|<a href="#">登录</a>|<a href="#">个人中心</a>|<a href="#">邮箱</a>|<a href="#">无障碍</a></div>
</div>
<div class="nav"><ul class="w1100">
<li><a href="#">首页</a></li><li><a href="#">总理</a></li><li><a href="#">新闻</a></li><li><a href="#">联动</a></li>
<li class="active"><a href="#">政策</a></li><li><a href="#">服务</a></li><li><a href="#">数据</a></li><li><a href="#">国情</a></li>
<li><a href="#">国务院部门网站</a></li><li><a href="#">地方政府网站</a></li></ul></div></div>
<div class="w1100 main">
<div class="BreadcrumbNav"><a href="https://www.gov.cn/">首页</a> &gt; <a href="https://www.gov.cn/zhengce/">政策</a> &gt; <a href="https://sousuo.www.gov.cn/zcwjk/">国务院政策文件库</a> &gt; <a href="https://www.gov.cn/zhengce/zhengceku/">国务院文件</a></div>
<div class="policyLibraryOverview_header">
<table class="bd1" cellpadding="0" cellspacing="1" border="0" width="100%" style="background:#d3d3d3">
<tbody>
<tr><td width="92" class="tdname"><b>索<span style="padding-left:2em"></span>引<span style="padding-left:2em"></span>号：</b></td><td width="390">000014349/2026-00009</td>
<td width="92" class="tdname"><b>主题分类：</b></td><td width="379">商贸、海关、旅游\\对外经贸合作</td></tr>
<tr><td class="tdname"><b>发文机关：</b></td><td>国务院办公厅</td><td class="tdname"><b>成文日期：</b></td><td>2026年01月16日</td></tr>
<tr><td class="tdname"><b>标<span style="padding-left:4em"></span>题：</b></td><td colspan="3">{E(title)}</td></tr>
<tr><td class="tdname"><b>发文字号：</b></td><td>{E(no)}</td><td class="tdname"><b>发布日期：</b></td><td>2026年01月22日</td></tr>
</tbody></table></div>
<div class="pages_print"><span class="font">【字体：<a href="javascript:void(0)" class="bigger">大</a> <a href="javascript:void(0)" class="medium">中</a> <a href="javascript:void(0)" class="smaller">小</a>】</span>
<a href="javascript:window.print()" class="print">打印</a>
<div class="share"><span>分享：</span><a class="share-weixin" href="javascript:void(0)" title="微信">微信</a><a class="share-weibo" href="javascript:void(0)" title="微博">微博</a><a class="share-qzone" href="javascript:void(0)" title="QQ空间">QQ空间</a></div></div>
<div class="article oneColumn pub_border">
<h1>{E(title)}</h1>
<div class="pages_content" id="UCAP-CONTENT">
{chr(10).join(body)}
</div>
<div class="editor">【我要纠错】 责任编辑：李堃</div>
</div>
<div class="related"><div class="related_title">相关稿件</div><ul>
<li><a href="#">商务部有关负责人就中国（广西）自由贸易试验区开展面向东盟跨境贸易投资高水平开放试点答记者问</a></li>
<li><a href="#">国务院关于印发中国（广西）、（河北）、（云南）、（黑龙江）自由贸易试验区总体方案的通知</a></li></ul></div>
</div>
<div class="footer"><div class="w1100">
<p><a href="#">中国政府网</a>　|　<a href="#">关于本网</a>　|　<a href="#">网站声明</a>　|　<a href="#">联系我们</a>　|　<a href="#">网站纠错</a></p>
<p>主办单位：国务院办公厅　运行维护单位：中国政府网运行中心</p>
<p>版权所有：中国政府网　中文域名：中国政府网.政务</p>
<p>网站标识码bm01000001　京ICP备05070218号　京公网安备11010202000001号</p></div></div>
<script type="text/javascript">
$(function(){{$('.bigger').click(function(){{$('#UCAP-CONTENT').css('font-size','20px');}});
$('.medium').click(function(){{$('#UCAP-CONTENT').css('font-size','18px');}});
$('.smaller').click(function(){{$('#UCAP-CONTENT').css('font-size','16px');}});}});
</script>
<script src="https://www.gov.cn/images/gtml/2023/js/share.js"></script>
</body></html>
"""
    write(stem + ".html", page, enc="gbk")
    spec = {}
    for c in clauses:
        if c.startswith("（一）在中国（广西）"):
            spec[spec_key(c)] = ["中国（广西）自由贸易试验区钦州港片区"]
        elif c.startswith("（二）在中国（广西）"):
            spec[spec_key(c)] = ["中国（广西）自由贸易试验区崇左片区", "凭祥综合保税区"]
        elif c.startswith("（三）在中国（广西）"):
            spec[spec_key(c)] = ["中国（广西）自由贸易试验区南宁片区"]
    assert len(spec) == 3
    EXPECTED[stem] = [{
        "meta": meta(title=title, doc_number=no, issuer=["国务院办公厅"], date="2026-01-16", published="2026-01-22",
                     region="中国（广西）自由贸易试验区", effective="2026-02-01", expires="2028-12-31", doc_type="函",
                     recipients=["广西壮族自治区人民政府",
                                 "商务部、国家发展改革委、财政部、中国人民银行、海关总署、国家外汇局"],
                     publicity="此件公开发布"),
        "clauses": clauses,
        "applies_to": {"specific": spec},
    }]


if __name__ == "__main__":
    make_mofcom()
    make_customs()
    make_ndrc()
    make_gov()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    for k, v in EXPECTED.items():
        print(k, sum(len(d["clauses"]) for d in v), "clauses")
