# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 199: four more government pages saved from the browser ("网页，全部" / Webpage, Complete).

Written next to itself:
  blind199_xiamen_iframe.html + blind199_xiamen_iframe_files/
      厦门市商务局 page whose article sits in an <iframe>: the outer page holds the site furniture, the
      title (h1 with a <br>) and the frame; the frame's own page (the 文号, 主送, notice, 落款 and the
      attached 若干措施 一、… / 1．…12．) is a separate .html inside the _files folder. A second, hidden
      iframe (statistics) points to saved_resource.html.
  blind199_yunnan_gazette.html + blind199_yunnan_gazette_files/
      云南省人民政府公报 2024年第15期 page (GBK, charset=gb2312): 本期目录 as a left sidebar placed first in
      the DOM (other documents' titles and 文号), the document in a <table> of one <td> per paragraph
      (title split over two cells, 第一章…第六章, 第一条…第十八条, items （一）（二）（三）).
  blind199_qingdao_jiedu.html + blind199_qingdao_jiedu_files/
      青岛市人民政府 page: 信息公开 metadata box, then 政策解读 (一、二、三、四、 headings of its own) FIRST,
      then the 原文 under a heading 政策原文 (若干措施 （一）…（十） numbered straight through, a closing
      paragraph, 附件 table 青岛片区联动创新区名单).
  blind199_mofcom_bilingual.html + blind199_mofcom_bilingual_files/
      商务部 page: 商务部 海关总署公告2024年第47号, Chinese and English side by side in the two columns of a
      table (header row 中文 | English), attachment as a download link.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind199.py
"""
import json
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


# ================================================================ helpers
def png(w=4, h=4, rgb=(200, 20, 20)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def saved_from(url):
    return "<!-- saved from url=(%04d)%s -->" % (len(url), url)


def write(path, text, enc="utf-8"):
    with open(path, "wb") as fh:
        fh.write(text.encode(enc))


def write_files(stem, files, enc="utf-8"):
    d = os.path.join(HERE, stem + "_files")
    os.makedirs(d, exist_ok=True)
    for name, data in files.items():
        p = os.path.join(d, name)
        if isinstance(data, bytes):
            with open(p, "wb") as fh:
                fh.write(data)
        else:
            write(p, data, enc)


JQ = "/*! jQuery v1.11.3 | (c) 2005, 2015 jQuery Foundation, Inc. | jquery.org/license */\n!function(a,b){\"object\"==typeof module&&\"object\"==typeof module.exports?module.exports=a.document?b(a,!0):function(a){return b(a)}:b(a)}(\"undefined\"!=typeof window?window:this,function(a,b){var c=[];return a.jQuery=a.$=function(){return{ready:function(f){f()}}},a.jQuery});\n"


# ================================================================ (a) 厦门 — iframe page
XM = "blind199_xiamen_iframe"
XM_URL = "https://swj.xm.gov.cn/zwgk/tzgg/202406/t20240614_2851937.htm"
XM_FRAME_URL = "https://swj.xm.gov.cn/zwgk/tzgg/202406/W020240614_2851937_content.htm"
XM_FRAME = "W020240614_2851937_content.html"
XM_TITLE_A = "厦门市商务局 厦门市财政局关于印发厦门市进一步支持“丝路海运”和"
XM_TITLE_B = "跨境电商高质量发展若干措施的通知"
XM_TITLE = XM_TITLE_A + XM_TITLE_B
XM_NUM = "厦商务规〔2024〕4号"
XM_ATT = "厦门市进一步支持“丝路海运”和跨境电商高质量发展若干措施"
XM_MAIN = "各区人民政府，市直有关单位，各有关企业："
XM_NOTICE = [
    "为深入贯彻落实《福建省人民政府关于进一步推动“丝路海运”高质量发展的若干意见》，加快建设“一带一路”重要枢纽城市，促进港口物流与跨境电子商务融合发展，市商务局、市财政局研究制定了《厦门市进一步支持“丝路海运”和跨境电商高质量发展若干措施》，现印发给你们，请认真组织实施。",
    "各区人民政府要结合本区实际，做好政策宣传和企业服务工作。执行中遇到的问题，请及时向市商务局、市财政局反映。",
]
XM_INTRO = "为进一步擦亮“丝路海运”品牌，推动厦门港与跨境电子商务、临空物流联动发展，巩固提升我市作为共建“一带一路”重要枢纽城市的地位，结合我市实际，制定以下措施。"
XM_SECTIONS = [
    ("一、支持“丝路海运”航线拓展", [
        "1．支持新开“丝路海运”命名航线。对新开通以厦门港海沧港区、东渡港区为始发港或目的港的“丝路海运”命名航线，且连续运营满6个月的航运企业，每条航线给予一次性奖励50万元；航线挂靠共建“一带一路”国家港口不少于3个的，奖励提高至80万元。",
        "2．支持国际集装箱中转。对经厦门港中转的“丝路海运”国际集装箱，按每标箱30元给予航运企业补贴，单家企业每年最高不超过300万元。",
        "3．支持码头智慧化改造。支持海沧港区远海集装箱码头、海润集装箱码头开展自动化、智能化改造，按设备投资额的10%给予补助，单个项目最高不超过1000万元。",
    ]),
    ("二、推动跨境电商集聚发展", [
        "4．支持保税进口业务做大。对在厦门象屿综合保税区、厦门海沧港综合保税区开展跨境电商“网购保税进口”（1210）业务的企业，年度进口额首次突破1亿元的，给予一次性奖励100万元。",
        "5．建设跨境电商产业园。支持集美区、同安区建设跨境电商产业园。对经市商务局认定的市级跨境电商产业园，按园区运营主体当年公共服务投入的50%给予补助，每个园区每年最高不超过200万元。",
        "6．支持建设海外仓。对在共建“一带一路”国家新设或租用海外仓且单仓面积不少于3000平方米的本市企业，按仓储租金的30%给予补助，单个企业每年最高不超过150万元。",
        "7．拓展跨境电商航空物流。支持航空公司依托厦门高崎国际机场开通跨境电商全货机航线。对每周执飞不少于2班且连续运营满3个月的全货机航线，按每班次5万元给予补贴，每条航线每年最高不超过200万元。",
    ]),
    ("三、优化通关与金融服务", [
        "8．提升通关效率。积极争取厦门海关支持，在东渡港区、海沧港区推行跨境电商出口“清单核放、汇总申报”模式，对“丝路海运”航线承运的跨境电商B2B出口货物实行优先查验、优先放行。",
        "9．强化金融支持。鼓励银行业金融机构为“丝路海运”航运企业和跨境电商企业提供跨境人民币结算、出口信用保险保单融资等服务。对企业当年投保短期出口信用保险的，按实际缴纳保费的50%给予补助，单个企业每年最高不超过50万元。",
    ]),
    ("四、附则", [
        "10．本措施所需资金由市、区两级财政按现行财政体制分担，其中第4条、第5条所需资金由企业所在区（综合保税区管理机构）承担50%。",
        "11．同一企业同一项目符合本市其他同类政策的，按照“从优、就高、不重复”原则予以支持。",
        "12．本措施由市商务局、市财政局负责解释，自2024年7月1日起施行，有效期至2026年12月31日。",
    ]),
]

XM_CSS = """@charset "utf-8";
body{margin:0;padding:0;font:14px/1.8 "Microsoft YaHei",Arial;color:#333;background:#f3f3f3}
a{color:#333;text-decoration:none}.w1200{width:1200px;margin:0 auto}
.topbar{height:36px;line-height:36px;background:#f7f7f7;border-bottom:1px solid #e5e5e5}
.header{height:130px;background:url(banner.jpg) no-repeat center}
.nav{background:#b81c22;height:50px}.nav li{float:left;width:150px;text-align:center;line-height:50px}.nav a{color:#fff;font-size:18px}
.position{padding:12px 0;color:#666}.article{background:#fff;padding:30px 60px}
.article h1{font-size:26px;color:#b81c22;text-align:center;line-height:1.6;font-weight:bold}
.info{text-align:center;color:#888;border-bottom:1px dashed #ccc;padding-bottom:12px}
.footer{background:#333;color:#ccc;text-align:center;padding:20px 0;line-height:2}
"""
XM_FRAME_CSS = """@charset "utf-8";
body{margin:0;padding:0 10px;font-family:"仿宋_GB2312","FangSong";font-size:18px;line-height:2;color:#000}
.TRS_Editor p{margin:0;padding:0}.TRS_Editor table{border-collapse:collapse}
"""


def build_xiamen():
    stem = XM
    f = stem + "_files"
    # ---- the frame's own page (inside _files)
    body = []
    body.append('<p align="center" style="text-align:center;font-family:仿宋_GB2312">%s</p>' % XM_NUM)
    body.append('<p>&nbsp;</p>')
    body.append('<p style="font-family:仿宋_GB2312">%s</p>' % XM_MAIN)
    for t in XM_NOTICE:
        body.append('<p style="text-indent:2em;font-family:仿宋_GB2312">%s</p>' % t)
    body.append('<p>&nbsp;</p>')
    body.append('<p style="text-indent:2em;font-family:仿宋_GB2312">附件：%s</p>' % XM_ATT)
    body.append('<p>&nbsp;</p>')
    body.append('<p align="right" style="text-align:right;font-family:仿宋_GB2312">厦门市商务局&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;厦门市财政局&nbsp;&nbsp;&nbsp;&nbsp;</p>')
    body.append('<p align="right" style="text-align:right;font-family:仿宋_GB2312">2024年6月11日&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</p>')
    body.append('<p style="text-indent:2em;font-family:仿宋_GB2312">（此件主动公开）</p>')
    body.append('<p>&nbsp;</p>')
    body.append('<p style="font-family:黑体">附件</p>')
    body.append('<p align="center" style="text-align:center"><strong><span style="font-family:方正小标宋简体;font-size:24px">厦门市进一步支持“丝路海运”和跨境电商<br>高质量发展若干措施</span></strong></p>')
    body.append('<p>&nbsp;</p>')
    body.append('<p style="text-indent:2em">%s</p>' % XM_INTRO)
    for i, (head, items) in enumerate(XM_SECTIONS):
        body.append('<p style="text-indent:2em"><span style="font-family:黑体">%s</span></p>' % head)
        for j, t in enumerate(items):
            if i == 1:   # section pasted from Word: MsoNormal, spans, &nbsp; indentation
                n, rest = t.split("．", 1)
                body.append('<p class="MsoNormal" style="line-height:28.0pt"><span style="font-size:16.0pt;font-family:仿宋_GB2312">&nbsp;&nbsp;&nbsp;&nbsp;%s．</span><span style="font-size:16.0pt;font-family:仿宋_GB2312">%s</span></p>' % (n, rest))
            else:
                body.append('<p style="text-indent:2em">%s</p>' % t)
    frame = """<!DOCTYPE html>
%s
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>正文</title>
<link rel="stylesheet" type="text/css" href="./content.css">
</head>
<body>
<div class="TRS_Editor"><div class="Custom_UnionStyle">
%s
</div></div>
<p style="margin-top:20px;font-size:14px;font-family:Microsoft YaHei">附件下载：<a href="https://swj.xm.gov.cn/zwgk/tzgg/202406/P020240614389125461032.pdf">厦门市进一步支持“丝路海运”和跨境电商高质量发展若干措施.pdf</a></p>
<script type="text/javascript">
  // 通知父页面调整iframe高度
  try{ parent.document.getElementById("contentFrame").height = document.body.scrollHeight + 40; }catch(e){}
</script>
</body></html>
""" % (saved_from(XM_FRAME_URL), "\n".join(body))
    stat = """<!DOCTYPE html>
%s
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body><script type="text/javascript">var _trsPageId="2851937";var _trsSite="swj";</script><img src="./count.gif" width="1" height="1"></body></html>
""" % saved_from("https://swj.xm.gov.cn/tj/count.jsp?id=2851937")
    write_files(stem, {
        XM_FRAME: frame,
        "saved_resource.html": stat,
        "common.css": XM_CSS,
        "content.css": XM_FRAME_CSS,
        "jquery-1.11.3.min.js.下载": JQ,
        "share.js.下载": "/* share */\nfunction shareTo(t){var u=encodeURIComponent(location.href);window.open('https://service.weibo.com/share/share.php?url='+u);}\n",
        "logo.png": png(8, 4, (184, 28, 34)),
        "banner.jpg": png(8, 2, (240, 240, 240)),
        "count.gif": png(1, 1, (255, 255, 255)),
        "jiucuo.png": png(4, 4, (200, 0, 0)),
        "dzjg.png": png(4, 4, (200, 0, 0)),
    })
    outer = """<!DOCTYPE html>
{sf}
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>{t}_通知公告_厦门市商务局</title>
<meta name="SiteName" content="厦门市商务局">
<meta name="SiteDomain" content="swj.xm.gov.cn">
<meta name="SiteIDCode" content="3502000041">
<meta name="ColumnName" content="通知公告">
<meta name="ColumnType" content="通知公告">
<meta name="ArticleTitle" content="{t}">
<meta name="PubDate" content="2024-06-14 10:30">
<meta name="ContentSource" content="厦门市商务局">
<meta name="Keywords" content="丝路海运 跨境电商">
<link rel="stylesheet" type="text/css" href="./{f}/common.css">
<script type="text/javascript" src="./{f}/jquery-1.11.3.min.js.下载"></script>
<script type="text/javascript" src="./{f}/share.js.下载"></script>
</head>
<body>
<div class="topbar"><div class="w1200">
  <span class="fl">您好，欢迎访问厦门市商务局网站！今天是2024年6月14日 星期五</span>
  <span class="fr"><a href="https://swj.xm.gov.cn/wza/">无障碍浏览</a> | <a href="javascript:void(0)">长者模式</a> | <a href="https://www.xm.gov.cn/">厦门市人民政府</a></span>
</div></div>
<div class="header"><div class="w1200">
  <a href="https://swj.xm.gov.cn/"><img src="./{f}/logo.png" alt="厦门市商务局"></a>
  <form class="search" action="https://swj.xm.gov.cn/search/"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form>
</div></div>
<div class="nav"><ul class="w1200">
  <li><a href="https://swj.xm.gov.cn/">首页</a></li>
  <li><a href="https://swj.xm.gov.cn/jggk/">机构概况</a></li>
  <li><a href="https://swj.xm.gov.cn/zwgk/">政务公开</a></li>
  <li><a href="https://swj.xm.gov.cn/zwfw/">政务服务</a></li>
  <li><a href="https://swj.xm.gov.cn/hdjl/">互动交流</a></li>
  <li><a href="https://swj.xm.gov.cn/ztzl/">专题专栏</a></li>
</ul></div>
<div class="w1200">
  <div class="position">当前位置：<a href="https://swj.xm.gov.cn/">首页</a> &gt; <a href="https://swj.xm.gov.cn/zwgk/">政务公开</a> &gt; <a href="https://swj.xm.gov.cn/zwgk/tzgg/">通知公告</a></div>
  <div class="article">
    <h1>{ta}<br>{tb}</h1>
    <div class="info">发布时间：2024-06-14 10:30&nbsp;&nbsp;&nbsp;&nbsp;来源：厦门市商务局&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
    <div class="content">
      <iframe id="contentFrame" name="contentFrame" src="./{f}/{fr}" width="100%" height="3260" frameborder="0" scrolling="no" marginwidth="0" marginheight="0"></iframe>
    </div>
    <div class="tools">
      <div class="share">分享到：<a href="javascript:shareTo('weixin')" class="wx">微信</a> <a href="javascript:shareTo('weibo')" class="wb">微博</a> <a href="javascript:shareTo('qzone')" class="qz">QQ空间</a></div>
      <div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
    </div>
    <div class="prevnext">
      <p>上一篇：<a href="https://swj.xm.gov.cn/zwgk/tzgg/202406/t20240612_2851204.htm">厦门市商务局关于组织企业参加第八届中国—南亚博览会的通知</a></p>
      <p>下一篇：<a href="https://swj.xm.gov.cn/zwgk/tzgg/202406/t20240617_2852210.htm">关于开展2024年度厦门市跨境电商产业园认定工作的通知</a></p>
    </div>
    <div class="related">
      <h3>相关链接</h3>
      <ul>
        <li><a href="https://swj.xm.gov.cn/zwgk/zcjd/202406/t20240614_2851940.htm">【图解】《厦门市进一步支持“丝路海运”和跨境电商高质量发展若干措施》</a><span>2024-06-14</span></li>
        <li><a href="https://swj.xm.gov.cn/zwgk/zcjd/202406/t20240615_2852011.htm">【政策解读】市商务局有关负责人解读“丝路海运”和跨境电商新政</a><span>2024-06-15</span></li>
        <li><a href="https://swj.xm.gov.cn/zwgk/tzgg/202311/t20231120_2790012.htm">厦门市商务局关于印发厦门市促进外贸稳规模优结构若干措施的通知</a><span>2023-11-20</span></li>
      </ul>
    </div>
  </div>
</div>
<iframe src="./{f}/saved_resource.html" width="0" height="0" frameborder="0" style="display:none"></iframe>
<div class="footer">
  <p><a href="https://swj.xm.gov.cn/gywm/">关于我们</a> | <a href="https://swj.xm.gov.cn/wzdt/">网站地图</a> | <a href="https://swj.xm.gov.cn/lxwm/">联系我们</a></p>
  <p>主办单位：厦门市商务局&nbsp;&nbsp;&nbsp;地址：厦门市思明区湖滨北路61号市政服务中心&nbsp;&nbsp;&nbsp;邮编：361012</p>
  <p>网站标识码：3502000041&nbsp;&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/">闽ICP备05023147号</a>&nbsp;&nbsp;&nbsp;<img src="./{f}/jiucuo.png" alt="">闽公网安备 35020302000861号</p>
  <p><img src="./{f}/dzjg.png" alt="党政机关">&nbsp;建议使用1280×1024分辨率、IE9以上版本浏览器访问本站</p>
</div>
</body></html>
""".format(sf=saved_from(XM_URL), t=XM_TITLE, ta=XM_TITLE_A, tb=XM_TITLE_B, f=f, fr=XM_FRAME)
    write(os.path.join(HERE, stem + ".html"), outer)


# ================================================================ (b) 云南 — 公报, table of one cell per paragraph
YN = "blind199_yunnan_gazette"
YN_URL = "https://www.yn.gov.cn/zwgk/zfgb/2024/2024d15q/szfbgtwj/202408/t20240812_301245.html"
YN_TITLE_A = "云南省人民政府办公厅关于印发中国（云南）自由贸易试验区"
YN_TITLE_B = "联动创新区建设管理办法的通知"
YN_TITLE = YN_TITLE_A + YN_TITLE_B
YN_NUM = "云政办发〔2024〕36号"
YN_ATT = "中国（云南）自由贸易试验区联动创新区建设管理办法"
YN_MAIN = "各州、市人民政府，省直各委、办、厅、局："
YN_NOTICE = "《中国（云南）自由贸易试验区联动创新区建设管理办法》已经省人民政府同意，现印发给你们，请认真贯彻执行。"
# (chapter, [(article, [items])])
YN_CHAPTERS = [
    ("第一章　总　　则", [
        ("第一条　为充分发挥中国（云南）自由贸易试验区（以下简称云南自贸试验区）改革开放试验田作用，推动自贸试验区与省内其他重点开放平台联动发展，服务和融入共建“一带一路”，建设面向南亚东南亚辐射中心，根据《中国（云南）自由贸易试验区总体方案》《中国（云南）自由贸易试验区条例》等有关规定，结合本省实际，制定本办法。", []),
        ("第二条　本办法所称联动创新区，是指经省人民政府同意，在云南自贸试验区昆明片区、红河片区、德宏片区实施范围以外设立，复制推广自贸试验区改革试点经验、与片区开展联动创新和协同发展的特定区域。", []),
        ("第三条　联动创新区的申报认定、建设管理、评估退出等活动，适用本办法。", []),
        ("第四条　省商务厅（省自贸办）负责联动创新区的统筹协调、认定评估和日常管理工作。联动创新区所在州（市）人民政府是建设主体，负责组织实施。", []),
    ]),
    ("第二章　申报与认定", [
        ("第五条　申报联动创新区，应当具备下列条件：", [
            "（一）为国家级或者省级开发区、边境经济合作区、跨境经济合作区或者海关特殊监管区域；",
            "（二）主导产业明确，开放型经济基础较好，上一年度实际使用外资或者进出口额在全省同类园区中位居前列；",
            "（三）已复制推广云南自贸试验区改革试点经验不少于20项。",
        ]),
        ("第六条　州（市）人民政府向省商务厅（省自贸办）提出申请，省商务厅（省自贸办）组织专家评审后，报省人民政府同意后认定公布。", []),
        ("第七条　首批联动创新区为：中老磨憨—磨丁经济合作区中方区域（西双版纳傣族自治州勐腊县）、临沧边境经济合作区、曲靖经济技术开发区、玉溪高新技术产业开发区。", []),
    ]),
    ("第三章　建设任务", [
        ("第八条　联动创新区应当与对口片区建立结对联动机制。中老磨憨—磨丁经济合作区中方区域、曲靖经济技术开发区、玉溪高新技术产业开发区与昆明片区结对，临沧边境经济合作区与德宏片区结对，共同开展制度创新、产业协作和人才交流。", []),
        ("第九条　中老磨憨—磨丁经济合作区中方区域应当依托中老铁路和磨憨铁路口岸，推广“铁路快通”“一单制”等通关模式，2025年底前实现中老铁路国际货物列车在磨憨铁路口岸平均通关时间压缩至5小时以内。", []),
        ("第十条　临沧边境经济合作区应当依托孟定清水河口岸，探索边民互市商品落地加工模式，推动边民互市贸易与跨境产业合作协同发展。", []),
        ("第十一条　曲靖经济技术开发区、玉溪高新技术产业开发区应当重点复制推广云南自贸试验区在投资便利化、要素市场化配置等领域的改革经验，承接昆明片区产业转移。", []),
    ]),
    ("第四章　支持政策", [
        ("第十二条　省级财政统筹现有专项资金，对评估结果为优秀的联动创新区给予一次性奖励，每个联动创新区最高不超过2000万元。", []),
        ("第十三条　省人民政府下放给云南自贸试验区各片区的省级行政权力事项，联动创新区可以按程序申请承接。", []),
        ("第十四条　联动创新区新增建设用地指标由省自然资源厅统筹保障，对重大项目用地实行“应保尽保”。", []),
    ]),
    ("第五章　评估与退出", [
        ("第十五条　省商务厅（省自贸办）每两年组织一次联动创新区建设情况评估，评估结果报省人民政府并向社会公布。", []),
        ("第十六条　联动创新区有下列情形之一的，由省商务厅（省自贸办）报省人民政府同意后撤销其认定：", [
            "（一）连续两次评估结果为不合格的；",
            "（二）发生重大安全生产事故、重大环境污染事件或者严重违法违规行为的；",
            "（三）申报过程中弄虚作假的。",
        ]),
    ]),
    ("第六章　附　　则", [
        ("第十七条　本办法由省商务厅负责解释。", []),
        ("第十八条　本办法自2024年8月1日起施行，有效期5年。", []),
    ]),
]
YN_TOC = [
    ("【省人民政府文件】", [
        ("云南省人民政府关于命名第三批省级特色小镇的通知", "云政发〔2024〕19号", False),
        ("云南省人民政府关于同意设立云南红河综合保税区蒙自功能区的批复", "云政复〔2024〕33号", False),
    ]),
    ("【省人民政府办公厅文件】", [
        (YN_TITLE, YN_NUM, True),
        ("云南省人民政府办公厅关于进一步推动外贸稳规模优结构的若干措施", "云政办发〔2024〕37号", False),
        ("云南省人民政府办公厅关于印发云南省口岸高质量发展三年行动方案（2024—2026年）的通知", "云政办发〔2024〕39号", False),
    ]),
    ("【省政府部门文件】", [
        ("云南省商务厅　昆明海关关于做好边民互市进口商品落地加工有关工作的通知", "云商贸〔2024〕58号", False),
    ]),
    ("【人事任免】", [
        ("省人民政府任免名单", "", False),
    ]),
]
YN_CSS = """@charset "gb2312";
body{margin:0;font:12px/1.8 宋体,Arial;background:#fff}
#head{height:150px;background:url(head_bg.jpg) repeat-x}
#nav{height:42px;background:#0b5aa2}#nav a{color:#fff;font-size:16px;padding:0 24px;line-height:42px}
.dqwz{width:1100px;margin:10px auto;color:#555}
.gb_box{width:1100px;margin:0 auto;overflow:hidden}
.gb_ml{float:left;width:300px;background:#f4f8fc;border:1px solid #d6e3f0}
.gb_ml h3{background:#0b5aa2;color:#fff;margin:0;padding:6px 10px;font-size:16px}
.gb_ml li{padding:4px 0;border-bottom:1px dotted #ccc}.gb_ml li.on a{color:#c00;font-weight:bold}
.gb_main{float:right;width:770px}
.gb_content td{font-family:仿宋_GB2312;font-size:16pt;line-height:28pt}
#foot{border-top:3px solid #0b5aa2;text-align:center;padding:15px 0;color:#666}
"""


def build_yunnan():
    stem = YN
    f = stem + "_files"
    td = lambda html, style="": '<tr><td%s>%s</td></tr>' % ((' style="%s"' % style) if style else "", html)
    rows = []
    rows.append(td('<font face="方正小标宋简体" size="5"><b>%s</b></font>' % YN_TITLE_A, "text-align:center"))
    rows.append(td('<font face="方正小标宋简体" size="5"><b>%s</b></font>' % YN_TITLE_B, "text-align:center"))
    rows.append(td('&nbsp;'))
    rows.append(td(YN_NUM, "text-align:center"))
    rows.append(td('&nbsp;'))
    rows.append(td(YN_MAIN))
    rows.append(td('　　' + YN_NOTICE))
    rows.append(td('&nbsp;'))
    rows.append(td('云南省人民政府办公厅&nbsp;&nbsp;&nbsp;&nbsp;', "text-align:right"))
    rows.append(td('2024年7月8日&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;', "text-align:right"))
    rows.append(td('（此件公开发布）'))
    rows.append(td('&nbsp;'))
    rows.append(td('<font face="方正小标宋简体" size="5"><b>%s</b></font>' % YN_ATT, "text-align:center"))
    rows.append(td('&nbsp;'))
    for ci, (ch, arts) in enumerate(YN_CHAPTERS):
        rows.append(td('<font face="黑体">%s</font>' % ch, "text-align:center"))
        for a, items in arts:
            num, rest = a.split("　", 1)
            rows.append(td('　　<font face="黑体">%s</font>　%s' % (num, rest)))
            for it in items:
                rows.append(td('　　' + it))
    toc = []
    for sec, lst in YN_TOC:
        toc.append('<li class="lm">%s</li>' % sec)
        for t, n, cur in lst:
            toc.append('<li%s><a href="%s" title="%s">%s</a>%s</li>' % (
                ' class="on"' if cur else "", "./" + stem + ".html" if cur else "https://www.yn.gov.cn/zwgk/zfgb/2024/2024d15q/", t, t,
                ('<br><span class="wh">%s</span>' % n) if n else ""))
    page = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
{sf}
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{t} - 云南省人民政府门户网站</title>
<meta name="SiteName" content="云南省人民政府门户网站">
<meta name="SiteDomain" content="www.yn.gov.cn">
<meta name="SiteIDCode" content="5300000062">
<meta name="ColumnName" content="省政府公报">
<meta name="ArticleTitle" content="{t}">
<meta name="PubDate" content="2024-08-12 09:00">
<meta name="ContentSource" content="云南省人民政府办公厅">
<link href="./{f}/gb_style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="./{f}/jquery.min.js.下载"></script>
</head>
<body>
<div id="head"><div class="logo"><a href="https://www.yn.gov.cn/"><img src="./{f}/logo.png" alt="云南省人民政府"></a></div>
<div class="topsearch"><input type="text" value="请输入搜索内容"><a href="https://www.yn.gov.cn/search/">搜索</a></div></div>
<div id="nav"><a href="https://www.yn.gov.cn/">首页</a><a href="https://www.yn.gov.cn/ywdt/">要闻动态</a><a href="https://www.yn.gov.cn/zwgk/">政务公开</a><a href="https://www.yn.gov.cn/zwfw/">政务服务</a><a href="https://www.yn.gov.cn/hdjl/">互动交流</a><a href="https://www.yn.gov.cn/yngk/">走进云南</a></div>
<div class="dqwz">您现在的位置：<a href="https://www.yn.gov.cn/">首页</a> &gt;&gt; <a href="https://www.yn.gov.cn/zwgk/">政务公开</a> &gt;&gt; <a href="https://www.yn.gov.cn/zwgk/zfgb/">省政府公报</a> &gt;&gt; <a href="https://www.yn.gov.cn/zwgk/zfgb/2024/">2024年</a> &gt;&gt; <a href="https://www.yn.gov.cn/zwgk/zfgb/2024/2024d15q/">第15期</a></div>
<div class="gb_box">
  <div class="gb_ml">
    <h3>云南省人民政府公报</h3>
    <p class="qh">2024年第15期（总第1021期）<br>2024年8月10日出版</p>
    <img src="./{f}/gb_cover.jpg" alt="公报封面" width="120">
    <h4>本期目录</h4>
    <ul>
{toc}
    </ul>
    <div class="wqgb">往期公报：<select onchange="location.href=this.value"><option>2024年第15期</option><option value="https://www.yn.gov.cn/zwgk/zfgb/2024/2024d14q/">2024年第14期</option><option value="https://www.yn.gov.cn/zwgk/zfgb/2024/2024d13q/">2024年第13期</option></select></div>
  </div>
  <div class="gb_main">
    <div class="lb">省人民政府办公厅文件</div>
    <div class="xx">发布时间：2024-08-12&nbsp;&nbsp;&nbsp;&nbsp;来源：云南省人民政府公报2024年第15期&nbsp;&nbsp;&nbsp;&nbsp;【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
    <table class="gb_content" width="100%" border="0" cellspacing="0" cellpadding="0">
    <tbody>
{rows}
    </tbody>
    </table>
    <div class="fx">分享到：<a href="javascript:void(0)">微信</a>&nbsp;<a href="javascript:void(0)">微博</a>&nbsp;<a href="javascript:void(0)">QQ空间</a></div>
    <div class="xgwz"><h4>相关文章</h4>
      <ul><li><a href="https://www.yn.gov.cn/zwgk/zcjd/202408/t20240813_301290.html">《中国（云南）自由贸易试验区联动创新区建设管理办法》政策解读</a></li>
      <li><a href="https://www.yn.gov.cn/zwgk/zcwj/202311/t20231106_289812.html">云南省人民政府关于印发中国（云南）自由贸易试验区提升行动方案的通知</a></li></ul></div>
  </div>
</div>
<div id="foot">
  <p><a href="https://www.yn.gov.cn/wzdt/">网站地图</a> | <a href="https://www.yn.gov.cn/lxwm/">联系我们</a> | <a href="https://www.yn.gov.cn/sybz/">使用帮助</a></p>
  <p>主办：云南省人民政府办公厅&nbsp;&nbsp;承办：云南省人民政府办公厅信息中心</p>
  <p>网站标识码：5300000062&nbsp;&nbsp;滇ICP备05001478号&nbsp;&nbsp;滇公网安备 53010202000417号</p>
</div>
</body></html>
""".format(sf=saved_from(YN_URL), t=YN_TITLE, f=f, toc="\n".join("      " + x for x in toc), rows="\n".join("    " + r for r in rows))
    write(os.path.join(HERE, stem + ".html"), page, "gbk")
    write_files(stem, {
        "gb_style.css": YN_CSS,
        "jquery.min.js.下载": JQ,
        "logo.png": png(8, 4, (11, 90, 162)),
        "head_bg.jpg": png(2, 8, (11, 90, 162)),
        "gb_cover.jpg": png(6, 8, (230, 230, 240)),
    }, "gbk")


# ================================================================ (c) 青岛 — 政策解读 first, then 政策原文
QD = "blind199_qingdao_jiedu"
QD_URL = "http://www.qingdao.gov.cn/zwgk/xxgk/szf/gkml/gwfg/202404/t20240423_7912345.shtml"
QD_TITLE_A = "青岛市人民政府关于支持中国（山东）自由贸易试验区"
QD_TITLE_B = "青岛片区深化改革创新的若干措施"
QD_TITLE = QD_TITLE_A + QD_TITLE_B
QD_NUM = "青政发〔2024〕6号"
QD_ATT = "青岛片区联动创新区名单"
QD_MAIN = "各区、市人民政府，青岛西海岸新区管委，市政府各部门，市直各单位："
QD_INTRO = "为深入实施自由贸易试验区提升战略，支持中国（山东）自由贸易试验区青岛片区（以下简称青岛片区）深化改革创新，推动青岛片区与全市重点功能区联动发展，更好服务共建“一带一路”和中国—上海合作组织地方经贸合作，结合我市实际，制定以下措施。"
QD_SECTIONS = [
    ("一、提升贸易便利化水平", [
        ("（一）支持港口通关模式创新。", "支持青岛港前湾港区、董家口港区扩大“船边直提”“抵港直装”业务规模，2024年底前两港区进出口集装箱“船边直提”“抵港直装”比例均达到30%以上。对年度采用“抵港直装”模式出口集装箱超过5000标箱的企业，按每标箱20元给予奖励，单个企业每年最高不超过100万元。"),
        ("（二）发展保税维修和再制造。", "对在青岛前湾综合保税区新设立并开展全球保税维修、再制造业务的企业，年度维修业务收入首次超过5000万元的，给予一次性奖励200万元。"),
        ("（三）提升空港物流功能。", "支持青岛胶东国际机场开通至日韩、东南亚的国际货运航线。对在青岛空港综合保税区开展跨境电商出口业务的企业，按实际出口额的0.5%给予补助，单个企业每年最高不超过100万元。"),
    ]),
    ("二、扩大高水平对外开放", [
        ("（四）深化与上合示范区联动。", "支持青岛片区与中国—上海合作组织地方经贸合作示范区共建“上合国际物流园”，对经上合示范区多式联运中心开行的中欧班列、中亚班列，每列给予运营平台企业补贴3万元。"),
        ("（五）吸引外资总部落户。", "对在青岛片区新设立的跨国公司地区总部，实缴注册资本1亿元以上的，给予一次性落户奖励500万元；经认定为功能性机构的，给予一次性奖励200万元。"),
        ("（六）推动服务业扩大开放。", "支持在青岛片区设立外商独资医疗机构、外商投资职业技能培训机构，对首家落地的项目，由黄岛区给予一次性开办补助100万元。"),
    ]),
    ("三、强化要素保障", [
        ("（七）建设联动创新区。", "在青岛片区以外设立联动创新区（名单见附件），复制推广青岛片区改革试点经验。对年度评估结果为优秀的联动创新区，市财政给予一次性奖励300万元。"),
        ("（八）强化人才支撑。", "对在青岛片区工作的外籍高层次人才，按其上一年度缴纳个人所得税地方留成部分的80%给予奖励。"),
        ("（九）加强用地保障。", "青岛片区内的重大外资项目用地，由市自然资源和规划局优先纳入年度供地计划。"),
        ("（十）压实工作责任。", "青岛片区管委会、各联动创新区所在区（市）人民政府负责本措施的具体实施，市商务局负责统筹协调和跟踪评估。"),
    ]),
]
QD_CLOSING = "本措施自2024年5月1日起施行，有效期至2026年12月31日。"
QD_TABLE_HEAD = ["序号", "联动创新区", "所在区（市）", "联动方向"]
QD_TABLE = [
    ["1", "中国—上海合作组织地方经贸合作示范区", "胶州市", "国际物流、跨境贸易"],
    ["2", "青岛高新技术产业开发区", "城阳区", "科技创新、数字贸易"],
    ["3", "青岛蓝谷", "即墨区", "海洋科技、生物医药"],
    ["4", "平度经济开发区", "平度市", "先进制造、现代农业"],
    ["5", "莱西经济开发区", "莱西市", "食品加工、冷链物流"],
]
QD_JIEDU_TITLE = "《青岛市人民政府关于支持中国（山东）自由贸易试验区青岛片区深化改革创新的若干措施》政策解读"
QD_JIEDU = [
    ("p", "近日，市政府印发《青岛市人民政府关于支持中国（山东）自由贸易试验区青岛片区深化改革创新的若干措施》（青政发〔2024〕6号，以下简称《若干措施》）。现就有关内容解读如下："),
    ("h", "一、出台背景"),
    ("p", "中国（山东）自由贸易试验区青岛片区自2019年8月挂牌以来，累计形成制度创新成果300余项，其中37项在全国、全省复制推广。为深入实施自由贸易试验区提升战略，推动青岛片区与全市重点功能区联动发展，市商务局会同有关部门起草了《若干措施》，经市政府常务会议研究通过。"),
    ("h", "二、主要内容"),
    ("p", "《若干措施》共3个方面10条，主要包括："),
    ("p", "（一）提升贸易便利化水平。支持前湾港区、董家口港区扩大“船边直提”“抵港直装”业务规模，对在青岛前湾综合保税区新设立的保税维修企业给予奖励，支持胶东国际机场拓展国际货运航线。"),
    ("p", "（二）扩大高水平对外开放。支持青岛片区与上合示范区共建“上合国际物流园”，对新设立的跨国公司地区总部给予最高500万元落户奖励。"),
    ("p", "（三）强化要素保障。在胶州市、城阳区、即墨区、平度市、莱西市设立5个联动创新区，对评估优秀的给予300万元奖励。"),
    ("h", "三、施行时间"),
    ("p", "《若干措施》自2024年5月1日起施行，有效期至2026年12月31日。"),
    ("h", "四、解读机关及联系方式"),
    ("p", "解读机关：青岛市商务局（中国（山东）自由贸易试验区青岛片区管委会）"),
    ("p", "联系电话：0532-85912367"),
]
QD_CSS = """@charset "utf-8";
body{margin:0;font:16px/1.8 "Microsoft YaHei";color:#222}
.top{background:#1559a8;color:#fff;height:40px}.banner{height:160px;background:url(top_bg.png)}
.menu a{display:inline-block;padding:0 26px;line-height:54px;font-size:18px}
.crumbs{width:1200px;margin:14px auto;color:#666}
.xxgk-table{width:100%;border-collapse:collapse;background:#f8fbff}.xxgk-table th,.xxgk-table td{border:1px solid #d3e2f3;padding:6px 10px}
.jd-box{border:1px solid #e1e8f0;background:#fbfdff;padding:20px 40px;margin:24px 0}
.sec-title{font-size:20px;border-left:5px solid #1559a8;padding-left:10px;color:#1559a8}
.view p{text-indent:2em;margin:8px 0}.view table{border-collapse:collapse;margin:0 auto}.view td{border:1px solid #000;padding:4px 8px;text-indent:0}
.footer{background:#1b3a63;color:#c9d6e8;text-align:center;padding:24px 0}
"""


def build_qingdao():
    stem = QD
    f = stem + "_files"
    jd = []
    for kind, t in QD_JIEDU:
        if kind == "h":
            jd.append('<p style="text-indent:2em"><strong>%s</strong></p>' % t)
        else:
            jd.append('<p style="text-indent:2em">%s</p>' % t)
    yw = []
    yw.append('<p style="text-align:center;text-indent:0"><span style="font-size:22px;font-family:方正小标宋简体">%s<br>%s</span></p>' % (QD_TITLE_A, QD_TITLE_B))
    yw.append('<p style="text-align:center;text-indent:0">%s</p>' % QD_NUM)
    yw.append('<p style="text-indent:0">%s</p>' % QD_MAIN)
    yw.append('<p>%s</p>' % QD_INTRO)
    for head, items in QD_SECTIONS:
        yw.append('<p><span style="font-family:黑体">%s</span></p>' % head)
        for h, t in items:
            yw.append('<p><span style="font-family:楷体_GB2312">%s</span>%s</p>' % (h, t))
    yw.append('<p>%s</p>' % QD_CLOSING)
    yw.append('<p>&nbsp;</p>')
    yw.append('<p>附件：%s</p>' % QD_ATT)
    yw.append('<p>&nbsp;</p>')
    yw.append('<p style="text-align:right">青岛市人民政府&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</p>')
    yw.append('<p style="text-align:right">2024年4月18日&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</p>')
    yw.append('<p>（此件公开发布）</p>')
    yw.append('<p style="text-indent:0"><span style="font-family:黑体">附件</span></p>')
    yw.append('<p style="text-align:center;text-indent:0"><span style="font-size:20px;font-family:方正小标宋简体">%s</span></p>' % QD_ATT)
    tb = ['<table border="1" cellspacing="0" cellpadding="0" width="640">', '<tbody>']
    tb.append('<tr>' + "".join('<td style="text-align:center"><strong>%s</strong></td>' % h for h in QD_TABLE_HEAD) + '</tr>')
    for r in QD_TABLE:
        tb.append('<tr>' + "".join('<td style="text-align:%s">%s</td>' % ("center" if i in (0, 2) else "left", c) for i, c in enumerate(r)) + '</tr>')
    tb += ['</tbody>', '</table>']
    yw += tb
    page = """<!DOCTYPE html>
{sf}
<html lang="zh-cn"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{t}</title>
<meta name="SiteName" content="青岛政务网">
<meta name="SiteDomain" content="www.qingdao.gov.cn">
<meta name="SiteIDCode" content="3702000016">
<meta name="ColumnName" content="市政府文件">
<meta name="ArticleTitle" content="{t}">
<meta name="PubDate" content="2024-04-23 17:05">
<meta name="ContentSource" content="青岛市人民政府办公厅">
<link rel="stylesheet" href="./{f}/style.css">
<script src="./{f}/jquery.min.js.下载"></script>
<script src="./{f}/common.js.下载"></script>
</head>
<body>
<div class="top"><div class="w">青岛政务网　<a href="http://www.qingdao.gov.cn/">青岛市人民政府门户网站</a>　<span><a href="javascript:void(0)">无障碍</a> | <a href="javascript:void(0)">关怀版</a> | <a href="http://english.qingdao.gov.cn/">English</a></span></div></div>
<div class="banner"><img src="./{f}/logo.png" alt="青岛政务网"></div>
<div class="menu"><a href="http://www.qingdao.gov.cn/">首页</a><a href="http://www.qingdao.gov.cn/zwgk/">政务公开</a><a href="http://www.qingdao.gov.cn/zwfw/">政务服务</a><a href="http://www.qingdao.gov.cn/hdjl/">互动交流</a><a href="http://www.qingdao.gov.cn/zjqd/">走进青岛</a></div>
<div class="crumbs">当前位置：<a href="http://www.qingdao.gov.cn/">首页</a> &gt; <a href="http://www.qingdao.gov.cn/zwgk/">政务公开</a> &gt; <a href="http://www.qingdao.gov.cn/zwgk/xxgk/">政府信息公开目录</a> &gt; <a href="http://www.qingdao.gov.cn/zwgk/xxgk/szf/gkml/gwfg/">市政府文件</a></div>
<div class="main w">
  <table class="xxgk-table">
    <tr><th>索&nbsp;引&nbsp;号</th><td>11370200004268127N/2024-00087</td><th>主题分类</th><td>商贸、海关、旅游</td></tr>
    <tr><th>发布机构</th><td>青岛市人民政府</td><th>成文日期</th><td>2024-04-18</td></tr>
    <tr><th>名&nbsp;&nbsp;&nbsp;&nbsp;称</th><td colspan="3">{t}</td></tr>
    <tr><th>文&nbsp;&nbsp;&nbsp;&nbsp;号</th><td>{n}</td><th>发布日期</th><td>2024-04-23</td></tr>
    <tr><th>有&nbsp;效&nbsp;性</th><td>有效</td><th>主&nbsp;题&nbsp;词</th><td>自由贸易试验区</td></tr>
  </table>
  <h1 class="art-title">{t}</h1>
  <div class="art-info">发布日期：2024-04-23　　来源：青岛市人民政府办公厅　　浏览次数：<span id="hits">3821</span>　　<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></div>
  <div class="jd-box">
    <div class="sec-title">政策解读</div>
    <h2 class="jd-title">{jt}</h2>
    <div class="jd-info">发布日期：2024-04-25　　来源：青岛市商务局</div>
    <div class="view">
{jd}
    </div>
  </div>
  <div class="sec-title">政策原文</div>
  <div class="view TRS_UEDITOR">
{yw}
  </div>
  <div class="art-tools">
    <span class="share">分享：<a href="javascript:void(0)" class="wechat">微信</a><a href="javascript:void(0)" class="weibo">微博</a></span>
    <span class="print"><a href="javascript:window.print()">[打印本页]</a> <a href="javascript:window.close()">[关闭窗口]</a></span>
  </div>
  <div class="related"><h3>相关文件</h3>
    <ul>
      <li><a href="http://www.qingdao.gov.cn/zwgk/xxgk/szf/gkml/gwfg/202302/t20230215_7021536.shtml">青岛市人民政府关于印发中国（山东）自由贸易试验区青岛片区深化改革创新三年行动方案的通知</a><span>2023-02-15</span></li>
      <li><a href="http://www.qingdao.gov.cn/zwgk/xxgk/bgt/gkml/gwfg/202312/t20231208_7699381.shtml">青岛市人民政府办公厅关于支持中国—上海合作组织地方经贸合作示范区高质量发展的若干措施</a><span>2023-12-08</span></li>
    </ul>
  </div>
</div>
<div class="footer">
  <p>主办：青岛市人民政府办公厅　承办：青岛市大数据发展管理局</p>
  <p>网站标识码：3702000016　鲁ICP备05038812号　鲁公网安备 37020202000125号</p>
  <p>地址：青岛市市南区香港中路11号　邮编：266071</p>
</div>
<script>var _hmt = _hmt || [];</script>
</body></html>
""".format(sf=saved_from(QD_URL), t=QD_TITLE, n=QD_NUM, f=f, jt=QD_JIEDU_TITLE,
           jd="\n".join("      " + x for x in jd), yw="\n".join("    " + x for x in yw))
    write(os.path.join(HERE, stem + ".html"), page)
    write_files(stem, {
        "style.css": QD_CSS,
        "jquery.min.js.下载": JQ,
        "common.js.下载": "function doZoom(s){var v=document.querySelectorAll('.view');for(var i=0;i<v.length;i++)v[i].style.fontSize=s+'px';}\n",
        "logo.png": png(8, 4, (21, 89, 168)),
        "top_bg.png": png(2, 8, (21, 89, 168)),
    })


# ================================================================ (d) 商务部 — bilingual table
MC = "blind199_mofcom_bilingual"
MC_URL = "http://www.mofcom.gov.cn/article/zwgk/gkzcfb/202411/20241103549210.shtml"
MC_NUM = "商务部 海关总署公告2024年第47号"
MC_TITLE = "关于扩大自由贸易试验区综合保税区外保税维修试点范围的公告"
MC_ATT = "综合保税区外保税维修试点产品目录（2024年版）"
MC_INTRO = ("为贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，推动加工贸易创新发展，更好服务共建“一带一路”国际合作，商务部、海关总署决定扩大自由贸易试验区综合保税区外保税维修试点范围。现将有关事项公告如下：",
            "To implement the decisions and arrangements of the CPC Central Committee and the State Council on implementing the strategy of upgrading pilot free trade zones, promote the innovative development of processing trade and better serve international cooperation under the Belt and Road Initiative, the Ministry of Commerce and the General Administration of Customs have decided to expand the scope of the pilot program for bonded maintenance outside comprehensive bonded zones in pilot free trade zones. Relevant matters are hereby announced as follows:")
MC_ITEMS = [
    ("一、将中国（四川）自由贸易试验区成都天府新区片区、中国（湖北）自由贸易试验区武汉片区、中国（陕西）自由贸易试验区中心片区、中国（重庆）自由贸易试验区两江片区纳入综合保税区外保税维修试点范围（以下简称新增试点地区）。",
     "I. The Chengdu Tianfu New Area Section of China (Sichuan) Pilot Free Trade Zone, the Wuhan Section of China (Hubei) Pilot Free Trade Zone, the Central Section of China (Shaanxi) Pilot Free Trade Zone and the Liangjiang Section of China (Chongqing) Pilot Free Trade Zone are included in the scope of the pilot program for bonded maintenance outside comprehensive bonded zones (hereinafter referred to as the new pilot areas)."),
    ("二、新增试点地区内符合条件的企业，可以对《综合保税区外保税维修试点产品目录（2024年版）》（见附件）所列航空发动机、工程机械、医疗设备、数控机床等产品开展保税维修业务。",
     "II. Eligible enterprises in the new pilot areas may carry out bonded maintenance of aero-engines, construction machinery, medical equipment, CNC machine tools and other products listed in the Catalogue of Products for the Pilot Program of Bonded Maintenance outside Comprehensive Bonded Zones (2024 Edition) (see Annex)."),
    ("三、开展保税维修业务的企业应当为海关高级认证企业，具备完善的维修业务管理制度和信息化管理系统，并与所在地海关实现数据联网。",
     "III. Enterprises carrying out bonded maintenance shall be Customs Advanced Certified Enterprises, have sound maintenance management rules and information management systems, and connect their data with the local customs."),
    ("四、维修所需进口料件予以保税；维修后的货物应当复运出境或者按照规定办理进口手续。",
     "IV. Imported materials and parts required for maintenance shall be bonded; maintained goods shall be re-exported or go through import formalities in accordance with relevant provisions."),
    ("五、维修过程中产生的旧件、坏件和边角料，原则上应当全部复运出境；确实无法复运出境的，按照固体废物管理有关规定处置，不得擅自在境内销售、使用。",
     "V. Used parts, damaged parts and scraps generated in the maintenance process shall in principle all be re-exported; where re-export is truly impossible, they shall be disposed of in accordance with relevant provisions on solid waste management and shall not be sold or used within China without authorization."),
    ("六、四川省、湖北省、陕西省、重庆市商务主管部门会同成都海关、武汉海关、西安海关、重庆海关，制定本地区试点实施方案，明确试点企业认定程序和监管措施，于2025年3月31日前报商务部、海关总署备案。",
     "VI. The commerce authorities of Sichuan Province, Hubei Province, Shaanxi Province and Chongqing Municipality shall, together with Chengdu Customs, Wuhan Customs, Xi'an Customs and Chongqing Customs, formulate local pilot implementation plans specifying the procedures for recognizing pilot enterprises and the regulatory measures, and file them with the Ministry of Commerce and the General Administration of Customs before March 31, 2025."),
    ("七、已开展综合保税区外保税维修试点的上海、广东、天津、福建、海南等地区，继续按照原有规定执行，并可以参照本公告附件扩大维修产品范围。",
     "VII. Shanghai, Guangdong, Tianjin, Fujian, Hainan and other regions that are already carrying out the pilot program for bonded maintenance outside comprehensive bonded zones shall continue to implement the original provisions, and may expand the scope of maintenance products with reference to the Annex to this Announcement."),
    ("八、各试点地区应当加强风险防控，建立维修业务全流程监管和动态评估机制。对发生走私违法行为或者严重环境违法行为的企业，取消其试点资格。",
     "VIII. The pilot areas shall strengthen risk prevention and control, and establish whole-process supervision and dynamic evaluation mechanisms for maintenance business. Enterprises that commit smuggling or serious environmental violations shall be disqualified from the pilot program."),
    ("九、本公告自2024年12月1日起施行。",
     "IX. This Announcement shall come into force as of December 1, 2024."),
]
MC_CSS = """@charset "utf-8";
body{margin:0;font:14px/1.8 "Microsoft YaHei",Arial;color:#333}
.header{background:url(head_bg.jpg) no-repeat;height:120px}
.nav{background:#a40000}.nav a{color:#fff;font-size:17px;padding:0 22px;line-height:48px}
.breadcrumb{width:1200px;margin:12px auto;color:#777}
.art-con h1{font-size:24px;text-align:center;color:#000}
.art-info{text-align:center;color:#999;border-bottom:1px solid #eee}
table.sbs{width:100%;border-collapse:collapse;table-layout:fixed}table.sbs td,table.sbs th{vertical-align:top;padding:6px 12px;border-bottom:1px dotted #ddd}
table.sbs td.zh{font-family:宋体;font-size:16px}table.sbs td.en{font-family:"Times New Roman";font-size:15px;color:#333}
.footer{background:#f2f2f2;border-top:4px solid #a40000;text-align:center;color:#666;padding:20px 0}
"""


def build_mofcom():
    stem = MC
    f = stem + "_files"
    rows = []
    row = lambda zh, en, zs="", es="": '<tr><td class="zh"%s>%s</td><td class="en"%s>%s</td></tr>' % (
        (' style="%s"' % zs) if zs else "", zh, (' style="%s"' % es) if es else "", en)
    rows.append('<tr><th width="50%">中文</th><th width="50%">English</th></tr>')
    rows.append(row("<strong>%s</strong>" % MC_NUM, "<strong>Announcement No. 47 [2024] of the Ministry of Commerce and<br>the General Administration of Customs</strong>", "text-align:center", "text-align:center"))
    rows.append(row("<strong>%s</strong>" % MC_TITLE, "<strong>Announcement on Expanding the Scope of the Pilot Program for Bonded Maintenance outside Comprehensive Bonded Zones in Pilot Free Trade Zones</strong>", "text-align:center", "text-align:center"))
    rows.append(row("&nbsp;&nbsp;&nbsp;&nbsp;" + MC_INTRO[0], MC_INTRO[1]))
    for zh, en in MC_ITEMS:
        rows.append(row("&nbsp;&nbsp;&nbsp;&nbsp;" + zh, en))
    rows.append(row("&nbsp;&nbsp;&nbsp;&nbsp;附件：" + MC_ATT, "Annex: Catalogue of Products for the Pilot Program of Bonded Maintenance outside Comprehensive Bonded Zones (2024 Edition)"))
    rows.append(row("商务部　　海关总署", "Ministry of Commerce<br>General Administration of Customs", "text-align:right", "text-align:right"))
    rows.append(row("2024年11月6日", "November 6, 2024", "text-align:right", "text-align:right"))
    page = """<!DOCTYPE html>
{sf}
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{num} {t}</title>
<meta name="SiteName" content="中华人民共和国商务部">
<meta name="SiteDomain" content="www.mofcom.gov.cn">
<meta name="SiteIDCode" content="bm22000001">
<meta name="ColumnName" content="公告">
<meta name="ArticleTitle" content="{num} {t}">
<meta name="PubDate" content="2024-11-08 16:30">
<meta name="ContentSource" content="对外贸易司">
<link rel="stylesheet" href="./{f}/mofcom.css">
<script src="./{f}/jquery.min.js.下载"></script>
</head>
<body>
<div class="topbar"><span>中华人民共和国商务部</span> <a href="http://english.mofcom.gov.cn/">English</a> | <a href="javascript:void(0)">无障碍</a> | <a href="javascript:void(0)">长者版</a></div>
<div class="header"><a href="http://www.mofcom.gov.cn/"><img src="./{f}/logo.png" alt="中华人民共和国商务部 Ministry of Commerce of the People's Republic of China"></a>
<div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div></div>
<div class="nav"><a href="http://www.mofcom.gov.cn/">首页</a><a href="http://www.mofcom.gov.cn/jg/">机构</a><a href="http://www.mofcom.gov.cn/xw/">新闻</a><a href="http://www.mofcom.gov.cn/zwgk/">政务公开</a><a href="http://www.mofcom.gov.cn/zwfw/">政务服务</a><a href="http://data.mofcom.gov.cn/">商务数据</a><a href="http://www.mofcom.gov.cn/hdjl/">互动交流</a></div>
<div class="breadcrumb">当前位置：<a href="http://www.mofcom.gov.cn/">首页</a> &gt; <a href="http://www.mofcom.gov.cn/zwgk/">政务公开</a> &gt; <a href="http://www.mofcom.gov.cn/zwgk/zcfb/">政策发布</a> &gt; <a href="http://www.mofcom.gov.cn/zwgk/gkzcfb/">公告</a></div>
<div class="art-con w1200">
  <h1>{num}&nbsp;{t}</h1>
  <div class="art-info">发布时间：2024-11-08 16:30　　来源：对外贸易司　　<a href="javascript:void(0)" onclick="fontZoom(18)">大</a> <a href="javascript:void(0)" onclick="fontZoom(16)">中</a> <a href="javascript:void(0)" onclick="fontZoom(14)">小</a>　　<a href="javascript:window.print()">打印</a></div>
  <div class="art-con-bottom" id="zoom">
    <p style="text-align:center;color:#a40000">【中英文对照】</p>
    <table class="sbs" border="0" cellspacing="0" cellpadding="0">
      <tbody>
{rows}
      </tbody>
    </table>
    <p class="fujian">附件下载：<a href="http://images.mofcom.gov.cn/www/202411/20241108163012478.pdf">综合保税区外保税维修试点产品目录（2024年版）.pdf</a></p>
  </div>
  <div class="art-share">分享到：<a href="javascript:void(0)">微信</a> <a href="javascript:void(0)">微博</a> <a href="javascript:void(0)">QQ</a>　　<a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
  <div class="related"><h3>相关稿件</h3><ul>
    <li><a href="http://www.mofcom.gov.cn/article/zwgk/zcjd/202411/20241103549321.shtml">商务部 海关总署有关负责人就扩大自由贸易试验区综合保税区外保税维修试点范围答记者问</a></li>
    <li><a href="http://www.mofcom.gov.cn/article/zwgk/gkzcfb/202304/20230403402417.shtml">商务部 生态环境部 海关总署公告2023年第19号 关于公布第二批自贸试验区综合保税区外保税维修试点产品目录的公告</a></li>
  </ul></div>
</div>
<div class="footer">
  <p><a href="http://www.mofcom.gov.cn/gywm/">关于我们</a> | <a href="http://www.mofcom.gov.cn/wzdt/">网站地图</a> | <a href="http://www.mofcom.gov.cn/lxwm/">联系我们</a></p>
  <p>主办单位：中华人民共和国商务部　　版权所有：商务部网站</p>
  <p>网站标识码：bm22000001　　京ICP备05004187号　　京公网安备 11040102700065号</p>
  <p>地址：北京市东城区东长安街2号　邮编：100731</p>
</div>
</body></html>
""".format(sf=saved_from(MC_URL), num=MC_NUM, t=MC_TITLE, f=f, rows="\n".join("        " + r for r in rows))
    write(os.path.join(HERE, stem + ".html"), page)
    write_files(stem, {
        "mofcom.css": MC_CSS,
        "jquery.min.js.下载": JQ,
        "logo.png": png(8, 4, (164, 0, 0)),
        "head_bg.jpg": png(8, 2, (250, 240, 240)),
    })


# ================================================================ expected.json
def expected():
    out = {}
    # ---- (a) 厦门
    xm_cl = XM_NOTICE + [XM_INTRO] + [t for _, items in XM_SECTIONS for t in items]
    out[XM] = [{
        "meta": {
            "title": XM_TITLE, "doc_number": XM_NUM, "issuer": ["厦门市商务局", "厦门市财政局"],
            "date": "2024-06-11", "published": "2024-06-14", "level": "municipal", "region": "福建省厦门市",
            "effective": "2024-07-01", "expires": "2026-12-31", "attachments": [XM_ATT], "doc_type": "通知（印发若干措施）",
            "recipients": ["各区人民政府", "市直有关单位", "各有关企业"], "publicity": "此件主动公开",
        },
        "clauses": xm_cl,
        "applies_to": {
            "default": "福建省厦门市",
            "specific": {
                "附件 1．": "厦门港海沧港区（海沧区）、东渡港区（湖里区）",
                "附件 3．": "海沧港区远海集装箱码头、海润集装箱码头（海沧区）",
                "附件 4．": "厦门象屿综合保税区（湖里区）、厦门海沧港综合保税区（海沧区）",
                "附件 5．": "集美区、同安区",
                "附件 7．": "厦门高崎国际机场（湖里区）",
                "附件 8．": "东渡港区、海沧港区",
                "附件 10．": "厦门市 (the 50% share for 第4条/第5条 falls on the 区 / 综保区 of 4．/5．)",
            },
            "note": "共建“一带一路”国家 (1．, 6．) and 海外仓 do not place a clause abroad; 福建省 in the cited 意见 is not the document's region.",
        },
        "_note": (
            "Saved as 网页，全部: the outer page holds the site furniture (topbar, logo, search, nav 首页/机构概况/政务公开/…, breadcrumb 首页 > 政务公开 > 通知公告), "
            "the title as an h1 with a <br> inside it (…“丝路海运”和<br>跨境电商… — joined with no space; the space between the two organ names is the page's own, ‘厦门市商务局 厦门市财政局关于…’; none or a full-width space is fine), "
            "the info line 发布时间：2024-06-14 10:30 来源：厦门市商务局 (published = 2024-06-14, also in <meta name=PubDate>), and <iframe id=contentFrame src=./blind199_xiamen_iframe_files/W020240614_2851937_content.html>. "
            "EVERYTHING ELSE of the document is in that frame file: 文号 厦商务规〔2024〕4号 (centred), 主送, two notice paragraphs, 附件：… line, joint 落款 on one line (厦门市商务局 + &nbsp; run + 厦门市财政局), 2024年6月11日 (date), （此件主动公开）, then the label 附件, the 措施 title (two lines with <br>), the 措施 preamble, four 黑体 headings 一、…四、 (headings, not clauses) and items 1．…12． numbered straight through the headings; items 4．–7． are Word-pasted <p class=MsoNormal> with &nbsp;&nbsp;&nbsp;&nbsp; indentation and the number in its own <span> (number + text = one clause, no leading spaces). "
            "The frame file ends with 附件下载：…pdf (a link; furniture) and a script. A second, hidden iframe (display:none, 0×0) points to _files/saved_resource.html, a statistics page with no text — it must add nothing. "
            "Not clauses: share 微信/微博/QQ空间, 【打印本页】【关闭窗口】, 上一篇/下一篇 (other notices' titles — not the title, not related documents of this one), 相关链接 (图解/政策解读 titles), footer (主办单位, 网站标识码, 闽ICP备, 闽公网安备, address 湖滨北路61号). "
            "effective 2024-07-01 and expires 2026-12-31 come from item 12．; date 2024-06-11 (落款); published 2024-06-14 (page). attachments = the 措施 (its text is inline after the label 附件 and is read as the clauses of this one document). "
            "15 clauses: 2 notice paragraphs + 措施 preamble + 12 items. A reader that only reads the outer page gets a title and NO clauses — serious."
        ),
        "_html": {"note": "Open blind199_xiamen_iframe.html; the clauses live in blind199_xiamen_iframe_files/W020240614_2851937_content.html (UTF-8). Resources are named as Chrome (zh-CN) names them: *.js.下载, saved_resource.html."},
    }]
    # ---- (b) 云南
    yn_cl = [YN_NOTICE]
    for ch, arts in YN_CHAPTERS:
        for a, items in arts:
            yn_cl.append(a)
            yn_cl += items
    out[YN] = [{
        "meta": {
            "title": YN_TITLE, "doc_number": YN_NUM, "issuer": ["云南省人民政府办公厅"],
            "date": "2024-07-08", "published": "2024-08-12", "level": "provincial", "region": "云南省",
            "effective": "2024-08-01", "expires": "2029-07-31", "attachments": [YN_ATT], "doc_type": "通知（印发管理办法）",
            "recipients": ["各州、市人民政府", "省直各委、办、厅、局"], "publicity": "此件公开发布",
            "gazette": "云南省人民政府公报2024年第15期",
        },
        "clauses": yn_cl,
        "applies_to": {
            "default": "云南省",
            "specific": {
                "第二条": "云南自贸试验区昆明片区、红河片区、德宏片区 (the 联动创新区 lie OUTSIDE them — tagging 昆明/红河/德宏 is acceptable, it is the reference area)",
                "第七条": "中老磨憨—磨丁经济合作区中方区域（西双版纳傣族自治州勐腊县）、临沧边境经济合作区（临沧市）、曲靖经济技术开发区（曲靖市）、玉溪高新技术产业开发区（玉溪市）",
                "第八条": "the four 联动创新区 + 昆明片区、德宏片区",
                "第九条": "中老磨憨—磨丁经济合作区中方区域 / 磨憨铁路口岸（西双版纳州勐腊县）",
                "第十条": "临沧边境经济合作区 / 孟定清水河口岸（临沧市耿马县）",
                "第十一条": "曲靖经济技术开发区（曲靖市）、玉溪高新技术产业开发区（玉溪市）；昆明片区 (source of transfer)",
            },
            "note": "磨丁 (老挝) in 中老磨憨—磨丁经济合作区 and 南亚东南亚 do not place any clause abroad; only the 中方区域 is meant. 中老铁路 is a corridor.",
        },
        "_note": (
            "GBK bytes under <meta charset=gb2312>: the dash in 中老磨憨—磨丁 is A1AA, which a strict GB2312 decoder maps to ― (U+2015) or rejects; browsers (and the analyst) read — (U+2014). "
            "The left sidebar comes FIRST in the DOM: 云南省人民政府公报 / 2024年第15期（总第1021期） 2024年8月10日出版 / 本期目录 with section labels 【省人民政府文件】【省人民政府办公厅文件】【省政府部门文件】【人事任免】 and 7 titles, each with its 文号 under it (云政发〔2024〕19号, 云政复〔2024〕33号, our own 云政办发〔2024〕36号 marked class=on, 云政办发〔2024〕37号, 39号, 云商贸〔2024〕58号) and a 往期公报 <select>. None of that is this document: the first title and the first 文号 on the page are NOT ours. "
            "Main column: label 省人民政府办公厅文件, info line 发布时间：2024-08-12 来源：云南省人民政府公报2024年第15期 【打印】【关闭】, then the document as a <table> with ONE <td> PER PARAGRAPH: the title in TWO cells (…自由贸易试验区 / 联动创新区建设管理办法的通知 — one title, joined with no space), spacer cells &nbsp;, 文号 cell, 主送 cell, the notice cell (gazette style: no 附件说明 line), 落款 cells 云南省人民政府办公厅 / 2024年7月8日 (right-aligned), （此件公开发布）, the 办法 title cell, chapter cells 第一章　总　　则 … 第六章　附　　则 (headings, not clauses; the article's path should carry its 章), article cells 　　<font 黑体>第一条</font>　text (leading ideographic spaces are indentation, not text), item cells （一）（二）（三） under 第五条 and 第十六条. "
            "Cells are not table rows of a data table: no 序号/header row; a reader that turns them into row clauses with keys, or glues the 36 cells into one clause, is wrong. "
            "effective 2024-08-01 (第十八条) and 有效期5年 → expires 2029-07-31 (computed); date 2024-07-08; published 2024-08-12 (page) — 2024-08-10 is the issue's 出版 date (tolerable). 2025年底 (第九条) is a target. "
            "25 clauses: 1 notice + 18 articles + 6 items (items merged into 第五条/第十六条 equally good). Footer / 相关文章 / 分享 not clauses. attachments: the 办法 (there is no 附件： line in the gazette text; [] tolerable, low)."
        ),
        "_html": {"note": "File is GBK-encoded; everything else is plain HTML 4 with <font> tags."},
    }]
    # ---- (c) 青岛
    qd_cl = [QD_INTRO] + [h + t for _, items in QD_SECTIONS for h, t in items] + [QD_CLOSING]
    for r in QD_TABLE:
        qd_cl.append("；".join("%s：%s" % (k, v) for k, v in zip(QD_TABLE_HEAD, r)))
    out[QD] = [{
        "meta": {
            "title": QD_TITLE, "doc_number": QD_NUM, "issuer": ["青岛市人民政府"],
            "date": "2024-04-18", "published": "2024-04-23", "level": "municipal", "region": "山东省青岛市",
            "effective": "2024-05-01", "expires": "2026-12-31", "attachments": [QD_ATT], "doc_type": "若干措施",
            "recipients": ["各区、市人民政府", "青岛西海岸新区管委", "市政府各部门", "市直各单位"], "publicity": "此件公开发布",
        },
        "clauses": qd_cl,
        "applies_to": {
            "default": "山东省青岛市（中国（山东）自由贸易试验区青岛片区，黄岛区）",
            "specific": {
                "（一）": "青岛港前湾港区、董家口港区（黄岛区）",
                "（二）": "青岛前湾综合保税区（黄岛区）",
                "（三）": "青岛胶东国际机场、青岛空港综合保税区（胶州市）",
                "（四）": "中国—上海合作组织地方经贸合作示范区（胶州市）+ 青岛片区",
                "（五）": "青岛片区",
                "（六）": "青岛片区（黄岛区）",
                "（七）": "联动创新区（附件: 胶州市、城阳区、即墨区、平度市、莱西市） — outside 青岛片区",
                "（八）": "青岛片区",
                "（九）": "青岛片区",
                "（十）": "青岛片区 + 联动创新区所在区（市）",
                "附件 序号1": "中国—上海合作组织地方经贸合作示范区（胶州市）",
                "附件 序号2": "青岛高新技术产业开发区（城阳区）",
                "附件 序号3": "青岛蓝谷（即墨区）",
                "附件 序号4": "平度经济开发区（平度市）",
                "附件 序号5": "莱西经济开发区（莱西市）",
            },
            "note": "日韩、东南亚 (（三）) and 中欧班列/中亚班列 (（四）) do not move clauses abroad; 上海合作组织 is an organisation, not 上海市.",
        },
        "_note": (
            "One page, two texts: after the 信息公开 metadata table (索引号 11370200004268127N/2024-00087, 主题分类, 发布机构 青岛市人民政府, 成文日期 2024-04-18, 名称, 文号 青政发〔2024〕6号, 发布日期 2024-04-23, 有效性 有效, 主题词) and the h1 title + info line, "
            "a box 政策解读 comes FIRST: its own title 《…若干措施》政策解读, its own date 2024-04-25 and 来源 青岛市商务局, and a text with its own 一、出台背景 / 二、主要内容 / 三、施行时间 / 四、解读机关及联系方式 headings, items （一）（二）（三） that summarise the measures (same numbering as the policy's first three items!), the same 施行/有效期 sentence, and 解读机关 / 联系电话. "
            "NONE of the 解读 is a clause of the policy: a reader that starts the clause list with the 解读's （一）（二）（三） or mixes them with the policy's （一）…（三）, or takes 2024-04-25 as a date of the policy, is wrong (serious: content in the wrong document). Treating the 解读 as a second document (doc_type 政策解读, no 文号) is acceptable; expected counts ONE document. "
            "Then heading 政策原文 and the original: title again (two lines with <br>, joined no space), 文号, 主送 (4 parts), intro, 3 黑体 headings 一、二、三、 (headings, not clauses), items （一）…（十） numbered straight through (楷体 run-in head + text = one clause), closing paragraph 本措施自2024年5月1日起施行，有效期至2026年12月31日。 (a clause without a number), 附件：青岛片区联动创新区名单, 落款 青岛市人民政府 / 2024年4月18日, （此件公开发布）, label 附件, table title, and a bordered 4-column table 序号/联动创新区/所在区（市）/联动方向 with 5 rows (row clause written 序号：1；联动创新区：…；所在区（市）：…；联动方向：…). "
            "date 2024-04-18, published 2024-04-23, effective 2024-05-01, expires 2026-12-31. 2024年底 in （一） is a target. 17 clauses. Not clauses: share/print, 相关文件 (two other documents' titles), footer (网站标识码 3702000016, 鲁ICP备…, address 香港中路11号)."
        ),
        "_html": {"note": "UTF-8; the 解读 and 原文 both sit in div.view blocks; only the section headings 政策解读 / 政策原文 (div.sec-title) separate them."},
    }]
    # ---- (d) 商务部
    mc_cl = [MC_INTRO[0]] + [zh for zh, _ in MC_ITEMS]
    out[MC] = [{
        "meta": {
            "title": MC_TITLE, "doc_number": MC_NUM, "issuer": ["商务部", "海关总署"],
            "date": "2024-11-06", "published": "2024-11-08", "level": "national", "region": "全国",
            "effective": "2024-12-01", "expires": None, "attachments": [MC_ATT], "doc_type": "公告",
            "recipients": [], "publicity": None,
        },
        "clauses": mc_cl,
        "applies_to": {
            "default": "全国（自由贸易试验区综合保税区外保税维修试点地区）",
            "specific": {
                "一、": "中国（四川）自贸试验区成都天府新区片区（四川省成都市）、中国（湖北）自贸试验区武汉片区（湖北省武汉市）、中国（陕西）自贸试验区中心片区（陕西省西安市）、中国（重庆）自贸试验区两江片区（重庆市）",
                "二、": "新增试点地区 (the four 片区 of 一、)",
                "六、": "四川省、湖北省、陕西省、重庆市 (成都/武汉/西安/重庆海关)",
                "七、": "上海、广东、天津、福建、海南 (existing pilot areas)",
            },
            "note": "三、四、五、八、 apply to all pilot areas (new and existing) — national default fine. 共建“一带一路” in the intro is not a place.",
        },
        "_note": (
            "商务部 page (UTF-8) with header, nav 首页/机构/新闻/政务公开/政务服务/商务数据/互动交流, breadcrumb …> 政策发布 > 公告, h1 ‘商务部 海关总署公告2024年第47号 关于扩大…的公告’ (文号 + title on one line: title = 关于扩大…的公告; ‘商务部 海关总署关于扩大…的公告’ equally good; the 文号 must not stay glued to the title), info line 发布时间：2024-11-08 16:30 来源：对外贸易司 (a department of 商务部 — not an issuer), the marker 【中英文对照】, "
            "then a 2-column table: header row 中文 | English, then one row per paragraph, Chinese left (td.zh) and English right (td.en): 文号 | Announcement No. 47 [2024] … (with a <br>), title | English title, intro, 一、…九、 | I.…IX., 附件：… | Annex: …, 落款 商务部　　海关总署 | Ministry of Commerce<br>General Administration of Customs, 2024年11月6日 | November 6, 2024. "
            "The Chinese column is the text: 10 clauses (intro + 一、…九、), each exactly the Chinese cell. The English cells are a translation: as separate parallel clauses or a translation field is tolerable (low); English glued onto the Chinese clause (zh + en in one text) is medium; English rows read as extra clauses mixed into the order, or the table read as data rows ‘中文：…；English：…’, is medium; the header row 中文/English as a clause is wrong. "
            "issuer 商务部 + 海关总署 (joint 公告; 落款 on one line with full-width spaces). date 2024-11-06, published 2024-11-08, effective 2024-12-01 (九、), no expiry; 2025-03-31 (六、) is a filing deadline. attachments: the 目录 (only a download link 附件下载：….pdf at the end, and the 附件： line in the table). No 主送, no publicity line. "
            "Not clauses: share/print/close, 相关稿件 (答记者问 and 2023年第19号公告 — another document's 文号 on the page), footer (网站标识码 bm22000001, 京ICP备…, address 东长安街2号)."
        ),
        "_html": {"note": "Chinese/English side by side; the English title row and 落款 row contain <br>."},
    }]
    return out


def main():
    build_xiamen()
    build_yunnan()
    build_qingdao()
    build_mofcom()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", XM, YN, QD, MC, "expected.json")


if __name__ == "__main__":
    main()
