# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402
"""Blind round 176: ordinary government web pages saved from the browser as
"网页，全部" (Save as... Webpage, Complete): one .html file plus a <stem>_files/
folder with the page's css / js / pictures.

Writes next to itself:
  blind176_hunan_swt.html (+ _files/)    湖南省商务厅 政务公开 page, old ASP.NET layout:
      nested <table>s, __VIEWSTATE, GBK bytes with charset=gb2312, the
      索引号/主题分类/发布机构 record in a small table above the title, the body as
      <p><font><b> with &nbsp; indentation, items 1.2.3. separated by <br> inside one
      <p>, a content table (with its title as the first row) nested inside the layout
      tables, 附件 as links, "相关信息" list of other notices.
  blind176_chengdu_gfxwj.html (+ _files/) 成都市人民政府 规范性文件库 page: 有效性 badge
      "现行有效", <ul><li><span>label</span><span>value</span> attribute list
      (登记编号 / 文号 / 成文日期 / 发布日期 / 施行日期 ...), body in <div class="TRS_Editor">
      with an inline <style>, cover notice + 落款 + the 办法 with 第一章… headings and
      第一条…第十七条 articles (one article of two paragraphs, one with （一）（二）（三）).
  blind176_honghe_wechat.html (+ _files/) 自贸试验区红河片区 official WeChat article:
      <section> blocks, numbered items "01"…"12" in styled <span>s with the item
      heading as <strong> in a separate <p>, section headings as <strong>, editor's
      intro/outro, 原文链接 + 阅读原文, 阅读/赞/在看 bar, 精选留言.
  blind176_urumqi_customs.html (+ _files/) 乌鲁木齐海关 公告 page (easysite CMS): 公告 body
      with 一、…八、, the 附件 table in <div class="table-wrap"> that replaced an <iframe>,
      header row in <thead>, rowspan cells (片区 / 所在地 / 主管海关), a note under it.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind176.py
Needs only Pillow (for the small pictures in the _files folders).
"""
import json
import os
import shutil

from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
NB4 = "&nbsp;" * 4
NB8 = "&nbsp;" * 8


def font(size):
    try:
        return ImageFont.truetype(FONT_SANS, size, index=2)
    except OSError:
        return ImageFont.load_default()


def picture(path, size, color, text=None, fg="white", fsize=28):
    img = Image.new("RGB", size, color)
    if text:
        d = ImageDraw.Draw(img)
        y = 10
        for line in text.split("\n"):
            d.text((16, y), line, fill=fg, font=font(fsize))
            y += fsize + 12
    img.save(path)


def qr(path):
    img = Image.new("RGB", (172, 172), "white")
    d = ImageDraw.Draw(img)
    import random
    rnd = random.Random(176)
    for i in range(0, 172, 8):
        for j in range(0, 172, 8):
            if rnd.random() < 0.45:
                d.rectangle([i, j, i + 7, j + 7], fill="black")
    for x, y in ((0, 0), (116, 0), (0, 116)):
        d.rectangle([x, y, x + 55, y + 55], outline="black", width=8)
        d.rectangle([x + 16, y + 16, x + 39, y + 39], fill="black")
    img.save(path)


def files_dir(stem):
    d = os.path.join(HERE, stem + "_files")
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    return d


def write(path, text, encoding="utf-8"):
    with open(path, "wb") as f:
        f.write(text.encode(encoding, errors="xmlcharrefreplace"))


def rowclause(header, row):
    return "；".join(f"{h}：{v}" for h, v in zip(header, row) if v not in ("", None))


EXPECTED = {}

# =====================================================================================
# A. 湖南省商务厅 — old ASP.NET 政务公开 page (GBK)
# =====================================================================================
A_STEM = "blind176_hunan_swt"
A_TITLE = "湖南省商务厅关于做好2024年中国（湖南）自由贸易试验区对非经贸合作重点工作的通知"
A_NO = "湘商合〔2024〕21号"
A_RECIP = "各市州商务主管部门，中国（湖南）自由贸易试验区长沙、岳阳、郴州片区管委会，各有关单位："
A_PRE = "为贯彻落实《中国（湖南）自由贸易试验区总体方案》关于“打造中非经贸深度合作先行区”的部署，推动中非经贸博览会成果落地转化，扩大对非贸易和投资合作，现就做好2024年自贸试验区对非经贸合作重点工作通知如下："
A_S1 = "一、扩大对非贸易规模"
A_1 = [
    ("（一）做大对非进出口。", "2024年全省对非进出口力争达到560亿元、同比增长8%以上，其中自贸试验区长沙、岳阳、郴州三个片区对非进出口占全省比重不低于45%。各市州要建立对非贸易重点企业联系制度，每月跟踪前50家重点企业进出口情况。"),
    ("（二）扩大非洲非资源性产品进口。", "依托长沙片区非洲非资源性产品集散交易加工中心，全年新增非洲咖啡、坚果、辣椒、可可等进口品类20个以上，非资源性产品进口额突破40亿元。"),
    ("（三）推动对非易货贸易试点。", "支持岳阳片区依托城陵矶港开展对非易货贸易，年内完成易货贸易业务不少于30单、金额不低于2亿元；支持郴州片区探索“小额易货＋跨境电商”模式。"),
]
A_S2 = "二、深化对非投资合作"
A_2a = ("（一）建设境外经贸合作园区。", "支持省内企业在坦桑尼亚、赞比亚、肯尼亚等国建设境外经贸合作区和海外仓，对新认定的省级境外经贸合作区给予最高300万元支持。")
A_2b = ("（二）推进“湘企出海”综合服务。", "依托长沙片区“湘企出海＋”综合服务平台，重点做好以下工作：")
A_2b_items = [
    "1.组织出海政策专题培训不少于12场，覆盖企业600家次；",
    "2.建立对非投资风险预警机制，每季度发布非洲重点国别投资风险提示；",
    "3.引导金融机构推出“对非投资贷”等专属产品，全年对非投资贷款投放不低于15亿元。",
]
A_S3 = "三、办好中非经贸博览会配套活动"
A_3a = ("（一）常态化开展“非洲好物网购节”。", "2024年5月至6月在长沙片区举办第三届“非洲好物网购节”，组织线上线下销售非洲商品不少于3亿元。")
A_3b = ("（二）组织重点展会。", "全年组织对非重点展会4场，具体安排如下：")
A_TAB_TITLE = "2024年对非经贸重点展会安排表"
A_TAB_HEAD = ["序号", "展会名称", "时间", "地点", "牵头单位"]
A_TAB = [
    ["1", "第三届“非洲好物网购节”", "5月—6月", "长沙片区", "省商务厅、长沙市商务局"],
    ["2", "中国（湖南）—南非经贸合作对接会", "7月", "南非约翰内斯堡", "省商务厅"],
    ["3", "中非易货贸易洽谈会", "9月", "岳阳片区", "岳阳市商务局"],
    ["4", "湘南湘西承接产业转移暨对非合作推介会", "10月", "郴州片区", "郴州市商务局"],
]
A_S4 = "四、强化工作保障"
A_4 = [
    ("（一）加强资金支持。", "省级外经贸发展专项资金安排不少于5000万元支持对非经贸合作，重点支持非洲非资源性产品进口、境外经贸合作区建设和对非物流通道建设。"),
    ("（二）加强统计监测。", "各市州商务主管部门和各片区管委会于每季度结束后10日内，将对非经贸合作工作进展报送省商务厅对外投资和经济合作处（联系人：周宁，电话：0731－82288765，邮箱：dfhz@hunancom.gov.cn）。"),
]
A_ATT = ["2024年对非经贸合作重点任务分工表", "湖南省对非经贸合作重点企业名单（第一批）"]

A_CLAUSES = [A_PRE] + [h + t for h, t in A_1] + [A_2a[0] + A_2a[1], A_2b[0] + A_2b[1]] + A_2b_items + \
    [A_3a[0] + A_3a[1], A_3b[0] + A_3b[1]] + [rowclause(A_TAB_HEAD, r) for r in A_TAB] + [h + t for h, t in A_4]


def p_font(inner, face="仿宋_GB2312", indent=True):
    return f'<p style="line-height:150%"><font face="{face}" size="4">{NB8 if indent else ""}{inner}</font></p>'


def make_a():
    fd = files_dir(A_STEM)
    F = f"./{A_STEM}_files"
    picture(os.path.join(fd, "banner.jpg"), (1000, 110), (176, 20, 24), "湖南省商务厅\nDepartment of Commerce of Hunan Province", fsize=30)
    picture(os.path.join(fd, "left_title.gif"), (220, 36), (30, 90, 160), "政务公开", fsize=20)
    picture(os.path.join(fd, "dot.gif"), (6, 6), (180, 20, 20))
    picture(os.path.join(fd, "jiucuo.png"), (110, 55), (200, 30, 30), "政府网站\n找错", fsize=14)
    with open(os.path.join(fd, "style.css"), "w") as f:
        f.write("body{margin:0;font-size:12px;font-family:宋体}\n.title{font-size:22px;font-weight:bold;color:#c00;line-height:36px}\n"
                ".xxgk_table td{border:1px solid #c8d8ea;padding:3px 6px;font-size:12px}\n.bt{background:#eef4fb;font-weight:bold}\n"
                ".content{font-size:16px;line-height:30px;padding:10px 20px}\n.nav a{color:#fff;font-size:14px;font-weight:bold}\n")
    with open(os.path.join(fd, "jquery-1.4.2.min.js"), "w") as f:
        f.write("/*! jQuery v1.4.2 (stub saved by the browser) */\nwindow.jQuery=window.$=function(){return{ready:function(f){f()}}};\n")
    with open(os.path.join(fd, "WebResource.axd"), "w") as f:
        f.write("function WebForm_PostBackOptions(){}\nfunction __doPostBack(eventTarget, eventArgument){var theForm=document.forms['form1'];theForm.__EVENTTARGET.value=eventTarget;theForm.submit();}\n")

    body = []
    body.append(f'<p align="center"><font face="仿宋_GB2312" size="4">{A_NO}</font></p>')
    body.append(f'<p style="line-height:150%"><font face="仿宋_GB2312" size="4">{A_RECIP}</font></p>')
    body.append(p_font(A_PRE))
    body.append(p_font(A_S1, face="黑体"))
    # item 1: <b> inside <font>; item 2: <font> inside <b>; item 3: heading split over two <b> (Word paste)
    h, t = A_1[0]
    body.append(p_font(f"<b>{h}</b>{t}"))
    h, t = A_1[1]
    body.append(f'<p style="line-height:150%">{NB8}<b><font face="楷体_GB2312" size="4">{h}</font></b><font face="仿宋_GB2312" size="4">{t}</font></p>')
    h, t = A_1[2]
    body.append(p_font(f"<b>{h[:6]}</b><b>{h[6:]}</b>{t}"))
    body.append(p_font(A_S2, face="黑体"))
    body.append(p_font(f"<b>{A_2a[0]}</b>{A_2a[1]}"))
    # （二） and its 1.2.3. in ONE <p>, separated by <br>
    items = "".join(f"<br>{NB8}{it}" for it in A_2b_items)
    body.append(p_font(f"<b>{A_2b[0]}</b>{A_2b[1]}{items}"))
    body.append(p_font(A_S3, face="黑体"))
    body.append(p_font(f"<b>{A_3a[0]}</b>{A_3a[1]}"))
    body.append(p_font(f"<b>{A_3b[0]}</b>{A_3b[1]}"))
    tab = ['<table border="1" cellspacing="0" cellpadding="0" width="640" align="center" style="border-collapse:collapse;border:1px solid #000">',
           f'<tr><td colspan="5" align="center" height="36"><font face="黑体" size="3">{A_TAB_TITLE}</font></td></tr>',
           '<tr>' + "".join(f'<td align="center" bgcolor="#f2f2f2"><b><font size="2">{x}</font></b></td>' for x in A_TAB_HEAD) + '</tr>']
    for r in A_TAB:
        tab.append('<tr>' + "".join(f'<td align="center"><font face="仿宋_GB2312" size="2">{x}</font></td>' for x in r) + '</tr>')
    tab.append('</table>')
    body.append("\n".join(tab))
    body.append(p_font(A_S4, face="黑体"))
    # 四、's two items inside ONE <font> that wraps two <p> (invalid nesting, as old editors make it)
    body.append('<font face="仿宋_GB2312" size="4">' + "".join(f'<p style="line-height:150%">{NB8}<b>{h}</b>{t}</p>' for h, t in A_4) + '</font>')
    body.append(p_font(f"附件：1.{A_ATT[0]}"))
    body.append(f'<p style="line-height:150%"><font face="仿宋_GB2312" size="4">{NB8}{NB8}&nbsp;&nbsp;&nbsp;2.{A_ATT[1]}</font></p>')
    body.append('<p>&nbsp;</p>')
    body.append(f'<p align="right"><font face="仿宋_GB2312" size="4">湖南省商务厅{NB8}</font></p>')
    body.append(f'<p align="right"><font face="仿宋_GB2312" size="4">2024年4月10日{NB8}</font></p>')
    body.append(p_font("（此件主动公开）"))
    body_html = "\n".join(body)

    left_menu = "\n".join(
        f'<tr><td height="28" style="border-bottom:1px dashed #ccc">&nbsp;<img src="{F}/dot.gif" width="6" height="6">&nbsp;<a href="http://swt.hunan.gov.cn/zwgk/List.aspx?ClassID={i}">{x}</a></td></tr>'
        for i, x in enumerate(["机构职能", "政策法规", "规划计划", "通知公告", "人事信息", "财政资金", "统计数据", "政府信息公开年报"], start=11))
    related = "\n".join(
        f'<tr><td width="82%">·<a href="http://swt.hunan.gov.cn/zwgk/tzgg/ShowArticle.aspx?ArticleID={48213 - i}" target="_blank">{t}</a></td><td align="right">{d}</td></tr>'
        for i, (t, d) in enumerate([
            ("湖南省商务厅关于组织参加第135届中国进出口商品交易会的通知", "2024-03-28"),
            ("湖南省商务厅关于申报2024年度外经贸发展专项资金项目的通知", "2024-03-15"),
            ("关于公布2023年度湖南省境外经贸合作区考核结果的通知", "2024-02-26"),
        ], start=3))

    html = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=(0066)http://swt.hunan.gov.cn/zwgk/tzgg/ShowArticle.aspx?ArticleID=48213 -->
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{A_TITLE}-湖南省商务厅</title>
<meta name="keywords" content="湖南省商务厅,政务公开,通知公告">
<link href="{F}/style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="{F}/jquery-1.4.2.min.js"></script>
<script type="text/javascript">
function doZoom(size){{document.getElementById('lblContent').style.fontSize=size+'px';}}
</script>
</head>
<body>
<form name="form1" method="post" action="http://swt.hunan.gov.cn/zwgk/tzgg/ShowArticle.aspx?ArticleID=48213" id="form1">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTk4NzY1NDMyMQ9kFgICAw9kFgYCAQ8PFgIeBFRleHQFXea5luWNl+ecgeWVhuWKoeWOheWFs+S6juWBmuWlvTIwMjTlubTkuK3lm73vvIjmuZbljZfvvInoh6rnlLHotLjmmJPor5XpqozljLrlr7npnZ7nu4/otLjlkIjkvZzph43ngrnlt6XkvZznmoTpgJrnn6VkZAIDDw8WAh8ABQoyMDI0LTA0LTEyZGQCBQ8PFgIfAAUEMjMxNmRkZA==">
</div>
<script type="text/javascript" src="{F}/WebResource.axd"></script>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="{F}/banner.jpg" width="1000" height="110" alt="湖南省商务厅"></td></tr>
  <tr><td height="36" bgcolor="#b01418" class="nav" align="center">
    <a href="http://swt.hunan.gov.cn/">首页</a>&nbsp;|&nbsp;<a href="http://swt.hunan.gov.cn/jggk/">机构概况</a>&nbsp;|&nbsp;<a href="http://swt.hunan.gov.cn/zwgk/">政务公开</a>&nbsp;|&nbsp;<a href="http://swt.hunan.gov.cn/bsfw/">办事服务</a>&nbsp;|&nbsp;<a href="http://swt.hunan.gov.cn/hdjl/">互动交流</a>&nbsp;|&nbsp;<a href="http://swt.hunan.gov.cn/ztzl/">专题专栏</a>
  </td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="220" valign="top" bgcolor="#f4f8fc">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td><img src="{F}/left_title.gif" width="220" height="36" alt="政务公开"></td></tr>
        {left_menu}
        <tr><td height="60" align="center"><img src="{F}/jiucuo.png" width="110" height="55" alt="政府网站找错"></td></tr>
      </table>
    </td>
    <td width="10">&nbsp;</td>
    <td width="770" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="32" style="border-bottom:2px solid #b01418">&nbsp;当前位置：<a href="http://swt.hunan.gov.cn/">首页</a>&nbsp;&gt;&gt;&nbsp;<a href="http://swt.hunan.gov.cn/zwgk/">政务公开</a>&nbsp;&gt;&gt;&nbsp;<a href="http://swt.hunan.gov.cn/zwgk/tzgg/">通知公告</a></td></tr>
        <tr><td height="10"></td></tr>
        <tr><td align="center">
          <table width="96%" border="0" cellspacing="0" cellpadding="0" class="xxgk_table">
            <tr><td width="14%" class="bt">索&nbsp;引&nbsp;号：</td><td width="36%">4300000000-SWT-2024-00087</td><td width="14%" class="bt">主题分类：</td><td width="36%">商贸、海关、旅游\\对外经贸合作</td></tr>
            <tr><td class="bt">发布机构：</td><td>湖南省商务厅</td><td class="bt">发文日期：</td><td>2024-04-10</td></tr>
            <tr><td class="bt">文&nbsp;&nbsp;&nbsp;&nbsp;号：</td><td>{A_NO}</td><td class="bt">有&nbsp;效&nbsp;性：</td><td>有效</td></tr>
            <tr><td class="bt">名&nbsp;&nbsp;&nbsp;&nbsp;称：</td><td colspan="3">{A_TITLE}</td></tr>
          </table>
        </td></tr>
        <tr><td height="16"></td></tr>
        <tr><td align="center" class="title"><span id="lblTitle">{A_TITLE}</span></td></tr>
        <tr><td align="center" height="30" style="color:#666;border-bottom:1px solid #ddd">发布时间：<span id="lblDate">2024-04-12 09:31:27</span>&nbsp;&nbsp;&nbsp;&nbsp;来源：<span id="lblSource">对外投资和经济合作处</span>&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<span id="lblHits">2316</span>&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:doZoom(18)">大</a>&nbsp;<a href="javascript:doZoom(16)">中</a>&nbsp;<a href="javascript:doZoom(14)">小</a>】</td></tr>
        <tr><td class="content" valign="top"><span id="lblContent">
{body_html}
</span></td></tr>
        <tr><td style="padding:8px 20px">
          <table width="100%" border="0" cellspacing="0" cellpadding="0">
            <tr><td style="color:#b01418;font-weight:bold">相关附件：</td></tr>
            <tr><td><a href="http://swt.hunan.gov.cn/UploadFiles/2024/04/20240412093127451.xls">附件1：{A_ATT[0]}.xls</a></td></tr>
            <tr><td><a href="http://swt.hunan.gov.cn/UploadFiles/2024/04/20240412093127452.doc">附件2：{A_ATT[1]}.doc</a></td></tr>
          </table>
        </td></tr>
        <tr><td align="right" height="30">【<a href="javascript:window.print()">打印本页</a>】&nbsp;【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
        <tr><td height="28">上一篇：<a href="http://swt.hunan.gov.cn/zwgk/tzgg/ShowArticle.aspx?ArticleID=48214">湖南省商务厅关于开展2024年“湘品出海”系列活动的通知</a><br>下一篇：<a href="http://swt.hunan.gov.cn/zwgk/tzgg/ShowArticle.aspx?ArticleID=48212">湖南省商务厅办公室关于报送一季度外资统计数据的通知</a></td></tr>
        <tr><td>
          <table width="100%" border="0" cellspacing="0" cellpadding="0">
            <tr><td colspan="2" height="30" style="border-bottom:1px solid #b01418;font-weight:bold">相关信息</td></tr>
            {related}
          </table>
        </td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#eeeeee">
  <tr><td align="center" height="70" style="line-height:22px">主办：湖南省商务厅&nbsp;&nbsp;地址：长沙市天心区湘府西路8号&nbsp;&nbsp;邮编：410004<br>湘ICP备05001958号&nbsp;&nbsp;湘公网安备43010302000512号&nbsp;&nbsp;网站标识码：4300000037<br>建议使用1024×768分辨率 IE8.0以上版本浏览</td></tr>
</table>
<div>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAgKR5ZS1CQLs0bLrBgc8dXhQfBXZ8u4l2zCPVAxA3Lk=">
</div>
</form>
<script type="text/javascript">
var _hmt = _hmt || [];
document.write("<span style='display:none'>访问统计</span>");
</script>
</body></html>
'''
    write(os.path.join(HERE, A_STEM + ".html"), html, encoding="gbk")

    EXPECTED[A_STEM] = [{
        "meta": {
            "title": A_TITLE,
            "doc_number": A_NO,
            "issuer": ["湖南省商务厅"],
            "date": "2024-04-10",
            "published": "2024-04-12",
            "level": "provincial",
            "region": "湖南省",
            "effective": None,
            "expires": None,
            "attachments": A_ATT,
            "doc_type": "通知",
            "recipients": ["各市州商务主管部门", "中国（湖南）自由贸易试验区长沙、岳阳、郴州片区管委会", "各有关单位"],
            "publicity": "此件主动公开",
            "index_no": "4300000000-SWT-2024-00087",
            "topic": "商贸、海关、旅游\\对外经贸合作",
            "source_department": "对外投资和经济合作处",
            "encoding": "GBK bytes, <meta charset=gb2312>",
        },
        "clauses": A_CLAUSES,
        "applies_to": {
            "default": "湖南省",
            "specific": {
                "一、（一）": "湖南省（全省）; 长沙、岳阳、郴州片区 named as a share target",
                "一、（二）": "长沙片区（湖南省长沙市）",
                "一、（三）": "岳阳片区（城陵矶港, 湖南省岳阳市）; 郴州片区（湖南省郴州市）",
                "二、（二） and its 1.–3.": "长沙片区（湖南省长沙市）",
                "三、（一）": "长沙片区（湖南省长沙市）",
                "table row 1": "长沙片区",
                "table row 2": "湖南省 (event held in 南非约翰内斯堡; placing the row abroad is low)",
                "table row 3": "岳阳片区",
                "table row 4": "郴州片区",
            },
            "note": "坦桑尼亚、赞比亚、肯尼亚 (二、（一）) are where enterprises invest; they do not move the clause abroad (low if they do). 省商务厅/长沙市商务局 are organs, not places.",
        },
        "_note": (
            "Saved 网页，全部: .html + blind176_hunan_swt_files/ (css, js stub, WebResource.axd, gifs). The bytes are GBK, declared by "
            "<meta http-equiv=Content-Type content='text/html; charset=gb2312'> — a reader decoding as UTF-8 produces mojibake (HIGH). "
            "Furniture, not clauses: the saved-from comment, __VIEWSTATE/__EVENTVALIDATION hidden inputs (base64), banner, top nav, the left "
            "政务公开 menu table (机构职能…政府信息公开年报), 当前位置 breadcrumb, the 索引号 record table (→ meta: index_no, topic, issuer, date "
            "2024-04-10, doc_number, 有效性 有效 — NOT clauses), the title span, the 发布时间/来源/浏览次数/【字体】 line (published 2024-04-12; "
            "浏览次数 2316 is noise), the centred 文号 line at the top of the body, the 主送 paragraph (→ recipients), 附件说明 (附件：1.… / 2.… → "
            "attachments, 2 titles without 1./2.), 落款 湖南省商务厅 / 2024年4月10日 (right-aligned, padded with &nbsp;), （此件主动公开）, the "
            "相关附件 link list (same 2 attachments, with .xls/.doc; must not add attachments or become clauses), 【打印本页】【关闭窗口】, "
            "上一篇/下一篇 and 相关信息 (titles of OTHER notices — must never become the title or clauses), the footer (主办/地址/ICP), "
            "document.write script. Headings 一、…四、 (黑体, no text) are section headings (tolerable as heading clauses, not as text). "
            "（一）（二）… are run-in bold headings: heading + text = one clause; in 一、（二） the heading is in <b><font 楷体> and the text in a sibling "
            "<font>; in 一、（三） the heading is split over two <b> (（三）推动对 | 非易货贸易试点。) and must be re-joined without a space. "
            "二、（二）'s three items 1.2.3. sit in the SAME <p> separated by <br> + &nbsp;: each should be its own clause (merged into （二） is low; "
            "glued without a line break is medium). 四、's two items are <p>s inside one <font> (invalid nesting) — must not be merged. "
            "The content table (展会安排表) is nested inside the layout tables: its first row is the table TITLE (colspan=5, not a data row), "
            "the second row the header; 4 data rows as clauses. Layout tables (nav, menu, record, footer) must not become table rows. "
            "&nbsp; indentation must be stripped (no leading spaces/NBSP in clause texts). date = 成文日期 2024-04-10 (record table and 落款); "
            "published 2024-04-12 (发布时间). No effective/expires (a work notice)."
        ),
    }]


# =====================================================================================
# B. 成都市人民政府 — 规范性文件库 page, TRS_Editor body with 第X条
# =====================================================================================
B_STEM = "blind176_chengdu_gfxwj"
B_BANFA = "成都国际铁路港“一带一路”多式联运发展促进办法"
B_TITLE = f"成都市人民政府关于印发《{B_BANFA}》的通知"
B_NO = "成府规〔2024〕3号"
B_REG = "CDGK-2024-00031"
B_RECIP = "各区（市）县政府，市政府各部门，有关单位："
B_COVER = f"现将《{B_BANFA}》印发给你们，请认真贯彻执行。"
B_CHAPTERS = [
    ("第一章　总　则", [
        ("第一条", "为加快建设成都国际铁路港经济开发区，推动中欧班列（成渝）高质量发展，构建服务共建“一带一路”的多式联运体系，根据《中国（四川）自由贸易试验区总体方案》《四川省推进多式联运发展优化调整运输结构实施方案》等规定，结合本市实际，制定本办法。"),
        ("第二条", "本办法适用于在本市行政区域内依法登记注册，从事中欧班列（成渝）、西部陆海新通道班列及铁公水空多式联运业务的平台公司、物流企业和货主企业。"),
        ("第三条", "市口岸物流办负责多式联运发展的统筹协调和政策兑现；市发展改革委、市经信局、市商务局、市交通运输局、市财政局按照职责分工做好相关工作。青白江区、双流区、四川天府新区成都直管区等区（市）县政府（管委会）负责本辖区多式联运项目的组织实施。"),
    ]),
    ("第二章　通道建设", [
        ("第四条", "对新开行至中亚、欧洲、东盟方向且全年开行不少于12列的中欧班列（成渝）、西部陆海新通道班列线路，给予平台公司每条线路一次性奖励200万元。"),
        ("第五条", "对回程班列重箱率达到90%以上的平台公司，按照每标准箱300元给予奖励，单个平台公司年度奖励不超过2000万元。"),
        ("第六条", "对经成都国际铁路港与泸州港、宜宾港开展铁水联运的集装箱货物，按照每标准箱150元给予物流企业补贴，单个企业年度补贴不超过300万元。"),
    ]),
    ("第三章　主体培育", [
        ("第七条", "对新落户青白江区且年度多式联运营业收入首次超过1亿元、5亿元、10亿元的企业，分别给予一次性奖励50万元、150万元、300万元。"),
        ("第八条", "对在共建“一带一路”国家新建或者租用面积不低于2000平方米海外仓的本市企业，按照实际投资额的20%给予补助，单个项目最高不超过500万元。"),
        ("第九条", "推进多式联运“一单制”改革。对签发多式联运“一单制”提单的企业，按照以下标准给予支持："),
    ]),
    ("第四章　平台建设", [
        ("第十条", "支持建设成都国际铁路港多式联运综合信息平台，推动铁路、海关、港口、航空数据互联共享，2025年12月31日前实现中欧班列（成渝）全程物流信息“一站式”查询。"),
        ("第十一条", "支持中国（四川）自由贸易试验区成都青白江铁路港片区开展铁路运输单证金融化创新试点，对试点银行以铁路提单为质押开展的融资业务，按照融资额的0.5%给予风险补偿，单家银行年度最高200万元。"),
    ]),
    ("第五章　保障措施", [
        ("第十二条", "市级财政每年安排不少于3亿元的多式联运发展专项资金，由市级财政和青白江区财政按照5∶5比例分担。"),
        ("第十三条", "符合本办法规定的企业，应当于每年3月31日前向注册地区（市）县口岸物流主管部门提出上一年度奖补申请。"),
        ("第十四条", "同一项目同时符合本办法和本市其他同类政策规定的，按照“从高、不重复”原则执行。"),
        ("第十五条", "企业通过弄虚作假等方式骗取奖补资金的，由市口岸物流办会同有关部门追回已拨付资金，取消其3年内申报资格，并依法依规纳入信用记录。"),
    ]),
    ("第六章　附　则", [
        ("第十六条", "本办法由市口岸物流办负责解释。"),
        ("第十七条", "本办法自2024年8月1日起施行，有效期5年。《成都市支持中欧班列（成都）发展若干政策措施》（成府发〔2019〕15号）同时废止。"),
    ]),
]
B_ART9_ITEMS = [
    "（一）年度签发“一单制”提单500单以上的，给予20万元奖励；",
    "（二）年度签发“一单制”提单2000单以上的，给予50万元奖励；",
    "（三）以多式联运提单为凭证获得银行融资的，按照融资金额的1%给予贴息，单个企业年度贴息最高100万元。",
]
B_ART13_P2 = "区（市）县口岸物流主管部门应当在收到申请之日起20个工作日内完成初审，报市口岸物流办复审；市口岸物流办会同市财政局在30个工作日内完成复审并公示，公示期满无异议的，按程序拨付资金。"

B_CLAUSES = [B_COVER]
for _ch, arts in B_CHAPTERS:
    for lab, txt in arts:
        if lab == "第十三条":
            B_CLAUSES.append(f"{lab}　{txt}\n{B_ART13_P2}")
        else:
            B_CLAUSES.append(f"{lab}　{txt}")
        if lab == "第九条":
            B_CLAUSES.extend(B_ART9_ITEMS)


def make_b():
    fd = files_dir(B_STEM)
    F = f"./{B_STEM}_files"
    picture(os.path.join(fd, "logo.png"), (420, 70), (200, 16, 46), "成都市人民政府", fsize=34)
    qr(os.path.join(fd, "qrcode.png"))
    picture(os.path.join(fd, "jiucuo.png"), (110, 55), (200, 30, 30), "政府网站\n找错", fsize=14)
    with open(os.path.join(fd, "common.css"), "w") as f:
        f.write(".gfxwj-title{font-size:26px;text-align:center;color:#1a1a1a}.badge{display:inline-block;padding:2px 8px;border-radius:3px;"
                "font-size:13px;color:#fff;background:#2f9e44;margin-left:8px;vertical-align:middle}.badge-fz{background:#999}\n"
                ".gfxwj-attrs{list-style:none;display:flex;flex-wrap:wrap;padding:12px;background:#f6f8fb;border:1px solid #e2e8f0}\n"
                ".gfxwj-attrs li{width:33%;line-height:30px}.gfxwj-attrs .label{color:#888;margin-right:6px}.gfxwj-attrs .label:after{content:'：'}\n")
    with open(os.path.join(fd, "jquery.min.js"), "w") as f:
        f.write("/*! jQuery v3.6.0 (stub) */\n")
    with open(os.path.join(fd, "share.js"), "w") as f:
        f.write("var shareConfig={title:document.title,url:location.href};\n")

    trs = ['<style type="text/css">.TRS_Editor P{margin-top:0px;margin-bottom:12px;line-height:2;font-family:仿宋_GB2312;font-size:16pt;}'
           '.TRS_Editor DIV{margin-top:0px;margin-bottom:12px;line-height:2;font-family:仿宋_GB2312;font-size:16pt;}'
           '.TRS_Editor TD{font-family:宋体;font-size:12pt;}.TRS_Editor TH{font-family:宋体;font-size:12pt;}</style>',
           f'<p style="text-align: justify;">{B_RECIP}</p>',
           f'<p style="text-indent: 2em; text-align: justify;">{B_COVER}</p>',
           '<p style="text-align: right;">成都市人民政府</p>',
           '<p style="text-align: right;">2024年6月20日</p>',
           '<p style="text-indent: 2em;">（此件公开发布）</p>',
           '<p><br></p>',
           f'<p style="text-align: center;"><strong><span style="font-family: 方正小标宋简体; font-size: 22pt;">{B_BANFA}</span></strong></p>']
    for ch, arts in B_CHAPTERS:
        trs.append(f'<p style="text-align: center;"><span style="font-family: 黑体;">{ch}</span></p>')
        for lab, txt in arts:
            trs.append(f'<p style="text-indent: 2em; text-align: justify;"><span style="font-family: 黑体;">{lab}</span>　{txt}</p>')
            if lab == "第九条":
                for it in B_ART9_ITEMS:
                    trs.append(f'<p style="text-indent: 2em; text-align: justify;">{it}</p>')
            if lab == "第十三条":
                trs.append(f'<p style="text-indent: 2em; text-align: justify;">{B_ART13_P2}</p>')
    trs_html = "\n".join(trs)

    def li(label, value, cls=""):
        return f'<li{cls}><span class="label">{label}</span><span class="value">{value}</span></li>'

    attrs = "\n".join([
        li("登记编号", B_REG), li("发文机关", "成都市人民政府"), li("文　　号", B_NO),
        li("成文日期", "2024年06月20日"), li("发布日期", "2024年06月26日"), li("施行日期", "2024年08月01日"),
        li("有&nbsp;效&nbsp;性", '<i class="badge badge-xxyx">现行有效</i>'), li("主题分类", "综合政务\\口岸物流"),
        li("体裁分类", "规范性文件"),
    ])
    html = f'''<!DOCTYPE html>
<!-- saved from url=(0077)https://www.chengdu.gov.cn/cdsrmzf/c169623/2024-06/26/content_8f3c2a71e0.shtml -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="成都市人民政府门户网站">
<meta name="ColumnName" content="规范性文件库">
<meta name="ArticleTitle" content="{B_TITLE}">
<meta name="PubDate" content="2024-06-26 17:30">
<meta name="ContentSource" content="成都市人民政府办公厅">
<meta name="Keywords" content="多式联运,中欧班列,国际铁路港">
<title>{B_TITLE}_规范性文件库_成都市人民政府门户网站</title>
<link rel="stylesheet" href="{F}/common.css">
<script src="{F}/jquery.min.js"></script>
</head>
<body>
<header class="site-head">
  <div class="wrap"><a href="https://www.chengdu.gov.cn/"><img src="{F}/logo.png" alt="成都市人民政府"></a>
  <div class="head-links"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">English</a></div></div>
  <nav class="main-nav"><ul><li><a href="#">首页</a></li><li><a href="#">市政府</a></li><li class="on"><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li><li><a href="#">走进成都</a></li></ul></nav>
</header>
<div class="wrap">
  <div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">规范性文件库</a> &gt; <a href="#">市政府规范性文件</a></div>
  <div class="gfxwj-detail">
    <div class="gfxwj-head">
      <h1 class="gfxwj-title">{B_TITLE}<span class="badge badge-xxyx" title="有效性">现行有效</span></h1>
      <ul class="gfxwj-attrs">
{attrs}
      </ul>
    </div>
    <div class="gfxwj-tools">【字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】【<a href="javascript:window.print();">打印</a>】【<a href="javascript:;">收藏</a>】【<a href="javascript:window.close();">关闭</a>】</div>
    <div class="gfxwj-body" id="NewsContent">
<div class="TRS_Editor">
{trs_html}
</div>
    </div>
    <div class="gfxwj-related">
      <div class="related-title">相关解读</div>
      <ul>
        <li><a href="#">【文字解读】《{B_BANFA}》政策解读</a></li>
        <li><a href="#">【图片解读】一图读懂｜成都国际铁路港多式联运发展促进办法</a></li>
      </ul>
    </div>
    <div class="prev-next">
      <p>上一篇：<a href="#">成都市人民政府关于印发《成都市促进外贸稳规模优结构若干政策措施》的通知</a></p>
      <p>下一篇：<a href="#">成都市人民政府办公厅关于印发《成都市加快发展航空物流若干措施》的通知</a></p>
    </div>
    <div class="qr-box"><img src="{F}/qrcode.png" alt="二维码"><p>扫一扫在手机打开当前页</p></div>
  </div>
</div>
<footer class="site-foot">
  <p><a href="#">关于我们</a> | <a href="#">网站地图</a> | <a href="#">联系我们</a></p>
  <p>主办：成都市人民政府办公厅　承办：成都市大数据中心　网站标识码：5101000035</p>
  <p>蜀ICP备05003313号　川公网安备51019002000123号</p>
  <img src="{F}/jiucuo.png" alt="政府网站找错">
</footer>
<script src="{F}/share.js"></script>
</body></html>
'''
    write(os.path.join(HERE, B_STEM + ".html"), html)

    EXPECTED[B_STEM] = [{
        "meta": {
            "title": B_TITLE,
            "doc_number": B_NO,
            "issuer": ["成都市人民政府"],
            "date": "2024-06-20",
            "published": "2024-06-26",
            "level": "municipal",
            "region": "四川省成都市",
            "effective": "2024-08-01",
            "expires": "2029-07-31",
            "attachments": [],
            "doc_type": "通知（印发规范性文件：办法）",
            "recipients": ["各区（市）县政府", "市政府各部门", "有关单位"],
            "publicity": "此件公开发布",
            "validity": "现行有效",
            "registration_no": B_REG,
            "repeals": ["《成都市支持中欧班列（成都）发展若干政策措施》（成府发〔2019〕15号）"],
        },
        "clauses": B_CLAUSES,
        "applies_to": {
            "default": "四川省成都市",
            "specific": {
                "第三条": "成都市 (青白江区、双流区、四川天府新区成都直管区 are named as implementing governments; tagging them is fine)",
                "第六条": "成都市（成都国际铁路港, 青白江区）; 泸州港、宜宾港 are the other ends of the 铁水联运 route (tagging 泸州/宜宾 is low)",
                "第七条": "成都市青白江区",
                "第十条": "成都国际铁路港（成都市青白江区）",
                "第十一条": "中国（四川）自由贸易试验区成都青白江铁路港片区",
                "第十二条": "成都市 (the 青白江区 share of funding)",
            },
            "note": "中亚、欧洲、东盟 (第四条) and 共建“一带一路”国家 (第八条) are destinations; they do not move the clause abroad. 市口岸物流办 etc. are organs.",
        },
        "_note": (
            "Saved 网页，全部 (UTF-8): .html + blind176_chengdu_gfxwj_files/. Furniture: header/nav, 当前位置 crumb, the h1 title (whose <span "
            "class=badge>现行有效</span> must NOT be glued to the title — a title ending in 现行有效 is HIGH for citing), the <ul> attribute list "
            "(登记编号 CDGK-2024-00031 is the 规范性文件 registration number, NOT the 文号; 文号 成府规〔2024〕3号; 成文日期 2024年06月20日 → date; "
            "发布日期 2024年06月26日 → published; 施行日期 2024年08月01日 → effective; 有效性 现行有效 → validity; 主题分类/体裁分类 — none are "
            "clauses), 【字号】【打印】 tools, the <style> element INSIDE div.TRS_Editor (CSS text must not become a clause), 主送 (→ recipients), "
            "落款 成都市人民政府 / 2024年6月20日, （此件公开发布）, the 办法 title line inside the body (the title of the printed 办法, not a clause; "
            "reading the 办法 as a second document is tolerable), chapter headings 第一章　总　则 … 第六章　附　则 (headings without text; as "
            "heading clauses tolerable; their letter-spaced 总　则/附　则 should read 总则/附则 in a path), 相关解读 links, 上一篇/下一篇 (titles "
            "of other documents), 扫一扫 QR, footer. Clauses: the cover sentence + 第一条…第十七条 (17 articles; the article number is in a "
            "黑体 <span> followed by a full-width space — label 第X条, text with or without the number both fine). 第九条 has three items "
            "（一）（二）（三） in separate <p>s: either separate clauses under 第九条 or inside 第九条 (both fine); losing them or attaching them "
            "to 第十条 is high. 第十三条 has TWO paragraphs: the second (区（市）县口岸物流主管部门应当…) belongs to 第十三条 (a separate unlabeled "
            "clause under 第十三条 is low; attached to 第十二条/第十四条 or lost is medium). effective 2024-08-01 (施行日期 and 第十七条); expires "
            "2029-07-31 (有效期5年 from 2024-08-01; only derivable, not printed — None is low). 第十七条 repeals 成府发〔2019〕15号 — that 文号 "
            "must not become the doc_number. No 附件."
        ),
    }]


# =====================================================================================
# C. 红河片区 official WeChat article
# =====================================================================================
C_STEM = "blind176_honghe_wechat"
C_HEADLINE = "重磅｜红河片区出台12条措施支持跨境贸易高质量发展"
C_TITLE = "中国（云南）自由贸易试验区红河片区支持跨境贸易高质量发展若干措施"
C_NO = "红自贸片管发〔2024〕6号"
C_ORG = "中国（云南）自由贸易试验区红河片区管理委员会"
C_PRE = "为深入贯彻落实《中国（云南）自由贸易试验区总体方案》，发挥红河片区沿边开放区位优势，加快建设面向东盟的加工制造基地、商贸物流中心和中越经济走廊创新合作示范区，更好服务和融入共建“一带一路”，结合片区实际，制定以下措施。"
C_SECTIONS = [
    ("一、做强边民互市贸易", [
        ("01", "支持互市商品落地加工", "对在红河片区内落地加工边民互市进口商品、年加工量达到1000吨以上的企业，按照每吨50元给予奖励，单个企业年度奖励最高200万元。"),
        ("02", "推进互市贸易数字化", "2024年12月31日前实现河口口岸边民互市“申报—通关—结算”全流程线上办理，单笔互市申报时间压缩至5分钟以内。"),
        ("03", "培育互市贸易主体", "对新组建并正常开展互市业务满6个月的边民互助组，按照每个1万元给予一次性开办补助，全年新增边民互助组不少于30个。"),
    ]),
    ("二、畅通跨境物流通道", [
        ("04", "支持中越跨境班列", "对经河口北站出境的昆明—河内方向中越跨境货运班列，按照每标准箱500元给予班列运营企业补贴。"),
        ("05", "支持国际道路运输", "对经河口公路口岸开展中越国际道路运输、年运输量达到2000车次以上的企业，按照每车次100元给予补贴，单个企业年度补贴最高100万元。"),
        ("06", "建设边境仓", "对在河口瑶族自治县建设面积5000平方米以上边境仓的企业，按照建设投资额的15%给予一次性补助，最高不超过300万元。"),
    ]),
    ("三、提升跨境金融服务", [
        ("07", "扩大跨境人民币结算", "对以人民币结算的跨境货物贸易，按照结算金额的0.2%给予企业奖励，单个企业年度奖励最高50万元。"),
        ("08", "开展越南盾现钞跨境调运", "支持片区内银行开展越南盾现钞跨境调运业务，2024年调运量不低于1000亿越南盾。"),
        ("09", "降低跨境贸易风险", "对购买出口信用保险的片区企业，按照实缴保费的50%给予补贴，单个企业年度补贴最高30万元。"),
    ]),
    ("四、强化要素保障", [
        ("10", "引育跨境贸易人才", "对片区企业新引进的熟悉越南语和国际贸易规则的全日制本科以上人才，给予每人每月1000元生活补贴，期限3年。"),
        ("11", "加大资金保障", "片区每年安排跨境贸易发展专项资金不低于2000万元，用于兑现本措施。同一事项符合片区其他同类政策的，按照“从高、不重复”原则执行。"),
        ("12", "明确实施期限", "本措施由红河片区管委会经济发展局负责解释，自印发之日起施行，有效期至2026年12月31日。"),
    ]),
]
C_CLAUSES = [C_PRE] + [f"{n} {h}。{t}" for _s, its in C_SECTIONS for n, h, t in its]


def make_c():
    fd = files_dir(C_STEM)
    F = f"./{C_STEM}_files"
    picture(os.path.join(fd, "640.png"), (1080, 460), (16, 96, 200), "红河片区\n支持跨境贸易高质量发展若干措施", fsize=56)
    picture(os.path.join(fd, "640(1).png"), (1080, 120), (235, 243, 255), "—— 政策原文 ——", fg=(16, 96, 200), fsize=48)
    picture(os.path.join(fd, "640(2).png"), (1080, 540), (16, 96, 200), "一图读懂\n边民互市 · 跨境物流 · 跨境金融 · 要素保障", fsize=52)
    qr(os.path.join(fd, "640(3).png"))
    picture(os.path.join(fd, "0.png"), (132, 132), (16, 96, 200), "红河\n片区", fsize=34)
    with open(os.path.join(fd, "appmsg.css"), "w") as f:
        f.write(".rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px}.rich_media_meta{margin-right:8px;color:rgba(0,0,0,.3)}\n"
                ".rich_media_content{font-size:17px;overflow:hidden;text-align:justify}\n")
    with open(os.path.join(fd, "appmsg.js"), "w") as f:
        f.write("/* wx appmsg runtime (stub) */\nwindow.__appmsg_loaded__=true;\n")

    sec = []
    sec.append('<section style="margin:0 8px;"><section style="text-align:center;"><img class="rich_pages wxw-img" data-ratio="0.426" '
               'data-src="https://mmbiz.qpic.cn/mmbiz_png/Hh3pQ0kZ1bS/640?wx_fmt=png" data-type="png" data-w="1080" '
               f'src="{F}/640.png" style="width:100%;height:auto;"></section></section>')
    sec.append('<section style="margin:16px 8px;"><p style="text-indent:2em;"><span style="font-size:15px;color:#3e3e3e;letter-spacing:1px;">'
               f'近日，红河片区管委会印发《{C_TITLE}》（{C_NO}），从做强边民互市贸易、畅通跨境物流通道、提升跨境金融服务、强化要素保障4个方面推出12条支持措施。'
               '一起来看↓↓↓</span></p></section>')
    sec.append(f'<section style="text-align:center;margin:20px 0 8px;"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/Hh3pQ0kZ1bS/641?wx_fmt=png" src="{F}/640(1).png" style="width:100%;"></section>')
    sec.append(f'<section style="text-align:center;margin:10px 8px;"><p><strong><span style="font-size:18px;color:#1060c8;">{C_TITLE}</span></strong></p></section>')
    sec.append(f'<section style="margin:10px 8px;"><p style="text-indent:2em;"><span style="font-size:15px;color:#3e3e3e;" leaf="">{C_PRE}</span></p></section>')
    for stitle, items in C_SECTIONS:
        sec.append('<section style="margin:24px 8px 12px;text-align:center;"><section style="display:inline-block;border-bottom:2px solid #1060c8;padding:0 10px 4px;">'
                   f'<p><strong><span style="font-size:17px;color:#1060c8;">{stitle}</span></strong></p></section></section>')
        for n, h, t in items:
            sec.append(
                '<section style="margin:14px 8px;display:flex;flex-flow:row nowrap;align-items:flex-start;">'
                '<section style="flex:0 0 auto;width:auto;margin-right:8px;">'
                f'<span style="display:inline-block;background-color:#1060c8;color:#ffffff;font-size:14px;padding:1px 6px;border-radius:4px;"><strong>{n}</strong></span>'
                '</section>'
                '<section style="flex:1 1 auto;">'
                f'<p><strong><span style="font-size:16px;color:#1060c8;">{h}</span></strong></p>'
                f'<p><span style="font-size:15px;color:#3e3e3e;letter-spacing:1px;" leaf="">{t}</span></p>'
                '</section></section>')
    sec.append(f'<section style="margin:20px 8px 0;text-align:right;"><p><span style="font-size:15px;color:#3e3e3e;">{C_ORG}</span></p>'
               '<p><span style="font-size:15px;color:#3e3e3e;">2024年5月24日</span></p></section>')
    sec.append(f'<section style="text-align:center;margin:20px 0;"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/Hh3pQ0kZ1bS/642?wx_fmt=png" src="{F}/640(2).png" style="width:100%;"></section>')
    sec.append('<section style="margin:16px 8px;font-size:13px;color:#888;"><p>来源：红河片区经济发展局</p><p>编辑：杨帆　|　审核：陈立</p>'
               '<p>原文链接：http://hhpq.hh.gov.cn/zcwj/2024/0524/26311.html</p></section>')
    sec.append('<section style="margin:16px 8px;"><p><strong><span style="color:#1060c8;">往期推荐</span></strong></p>'
               '<p><a href="https://mp.weixin.qq.com/s/aaa" target="_blank">红河片区1—4月进出口同比增长21.3%</a></p>'
               '<p><a href="https://mp.weixin.qq.com/s/bbb" target="_blank">河口口岸“两段准入”监管试点落地见效</a></p>'
               '<p><a href="https://mp.weixin.qq.com/s/ccc" target="_blank">红河片区管委会关于2024年第一批跨境贸易奖补资金的公示</a></p></section>')
    sec.append(f'<section style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/Hh3pQ0kZ1bS/643?wx_fmt=png" src="{F}/640(3).png" style="width:140px;">'
               '<p><span style="font-size:12px;color:#888;">长按识别二维码　关注我们</span></p></section>')
    content = "\n".join(sec)

    html = f'''<!DOCTYPE html>
<!-- saved from url=(0047)https://mp.weixin.qq.com/s/Kx3fQm9aR2bT7cY1dPz0Lw -->
<html class=""><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta name="description" content="从边民互市、跨境物流、跨境金融、要素保障4个方面推出12条措施">
<meta property="og:title" content="{C_HEADLINE}">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzI0NzQ2OTc1Mg==&amp;mid=2247512345&amp;idx=1&amp;sn=7f3a2c">
<meta property="og:image" content="https://mmbiz.qpic.cn/mmbiz_jpg/Hh3pQ0kZ1bS/0?wx_fmt=jpeg">
<meta property="og:description" content="从边民互市、跨境物流、跨境金融、要素保障4个方面推出12条措施">
<meta property="og:site_name" content="微信公众平台">
<meta property="og:type" content="article">
<meta property="twitter:card" content="summary">
<title>{C_HEADLINE}</title>
<link rel="stylesheet" href="{F}/appmsg.css">
<script type="text/javascript">
var biz = "MzI0NzQ2OTc1Mg==" || "";
var mid = "2247512345" || "";
var idx = "1" || "";
var nickname = htmlDecode("中国（云南）自贸试验区红河片区");
var user_name = "gh_3a8c2d1e5f60";
var msg_title = '{C_HEADLINE}'.html(false);
var msg_desc = htmlDecode("从边民互市、跨境物流、跨境金融、要素保障4个方面推出12条措施");
var ct = "1716890760";
var publish_time = "2024-05-28" || "";
var msg_source_url = 'http://hhpq.hh.gov.cn/zcwj/2024/0524/26311.html';
var ip_wording = {{countryName: '中国', provinceName: '云南'}};
</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page wx_wap_desktop_fontsize_2 mm_appmsg comment_feature discuss_tab appmsg_skin_default appmsg_style_default pages_skin_pc">
<div id="js_article" class="rich_media">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title " id="activity-name">
{C_HEADLINE}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">红河片区经发局</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">中国（云南）自贸试验区红河片区</a></span>
<span class="rich_media_meta_primary_text"><em id="publish_time" class="rich_media_meta rich_media_meta_text">2024年5月28日 18:06</em></span>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text" style="display: inline-block;"><span id="js_ip_wording">云南</span></em>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: visible;">
{content}
</div>
<div class="original_area_primary" id="js_tags_preview_toast"></div>
<div class="article-tag__list" id="js_tags"><span class="article-tag__item">#自贸试验区</span> <span class="article-tag__item">#一带一路</span> <span class="article-tag__item">#跨境贸易</span></div>
<div class="rich_media_tool_area" id="js_toobar3">
  <div class="rich_media_tool">
    <a id="js_view_source" class="media_tool_meta meta_primary" href="http://hhpq.hh.gov.cn/zcwj/2024/0524/26311.html">阅读原文</a>
    <div class="media_tool_meta tips_global_primary meta_primary"><span>阅读</span> <span id="readNum3">4216</span></div>
    <span class="media_tool_meta meta_extra meta_praise"><span class="praise_num" id="js_like_num">赞 58</span></span>
    <span class="media_tool_meta meta_extra"><span id="js_share_num">分享</span></span>
    <span class="media_tool_meta meta_extra"><span id="js_looking_num">在看 21</span></span>
  </div>
</div>
<div class="discuss_container" id="js_cmt_area">
  <div class="discuss_title"><span>精选留言</span></div>
  <ul class="discuss_list">
    <li class="discuss_item"><div class="discuss_nickname">河口小李</div><div class="discuss_message">互市商品落地加工的奖励在哪里申请？</div>
      <div class="reply_result"><span class="reply_tag">作者</span>请咨询红河片区经济发展局，电话0873-3421568。</div></li>
    <li class="discuss_item"><div class="discuss_nickname">阿明</div><div class="discuss_message">边境仓补助300万元，力度很大👍</div></li>
  </ul>
  <div class="discuss_more">写留言</div>
</div>
</div>
</div>
</div>
<div class="qr_code_pc"><img class="qr_code_pc_img" src="{F}/0.png"><p>微信扫一扫<br>关注该公众号</p></div>
</div>
</div>
<script src="{F}/appmsg.js"></script>
</body></html>
'''
    write(os.path.join(HERE, C_STEM + ".html"), html)

    specific = {
        "01": "红河片区",
        "02": "河口口岸（红河州河口瑶族自治县）",
        "04": "河口北站（河口瑶族自治县）",
        "05": "河口公路口岸（河口瑶族自治县）",
        "06": "河口瑶族自治县",
    }
    EXPECTED[C_STEM] = [{
        "meta": {
            "title": C_TITLE,
            "doc_number": C_NO,
            "issuer": [C_ORG],
            "date": "2024-05-24",
            "published": "2024-05-28",
            "level": "municipal",
            "region": "中国（云南）自由贸易试验区红河片区（云南省红河哈尼族彝族自治州河口瑶族自治县）",
            "effective": "2024-05-24",
            "expires": "2026-12-31",
            "attachments": [],
            "doc_type": "措施",
            "recipients": [],
            "publicity": None,
            "source_url": "http://hhpq.hh.gov.cn/zcwj/2024/0524/26311.html",
            "wechat_account": "中国（云南）自贸试验区红河片区",
            "level_note": "片区管委会 (dispatched by 红河州, sits in 河口县): municipal expected, county tolerable",
            "article_headline": C_HEADLINE,
        },
        "clauses": C_CLAUSES,
        "applies_to": {
            "default": "中国（云南）自由贸易试验区红河片区（云南省红河州河口瑶族自治县）",
            "specific": specific,
            "note": "昆明—河内 (04) names the train route, 越南盾 (08) a currency: neither moves a clause to 昆明 or abroad (昆明 on 04 is low). 云南省 alone is too broad (low).",
        },
        "_note": (
            "Saved WeChat article (mp.weixin.qq.com), UTF-8, + _files/ (png pictures, css, js). The article headline (h1 #activity-name, "
            "og:title, <title>) is 重磅｜红河片区出台12条措施…: it is the post's headline, NOT the policy title; the policy title is the bold centred "
            "line in #js_content (中国（云南）自由贸易试验区红河片区支持跨境贸易高质量发展若干措施). Using the headline as title is medium (an analyst cites "
            "the policy); article_headline is a bonus field. doc_number 红自贸片管发〔2024〕6号 appears ONLY in the editor's intro sentence "
            "(近日，红河片区管委会印发《…》（红自贸片管发〔2024〕6号），…) — missing is medium. issuer = the 管委会 (from the 落款 inside the article); the "
            "WeChat account name (#js_name) and author (红河片区经发局) are not the issuer. date = 2024-05-24 (落款); 2024-05-28 18:06 is the WeChat "
            "publish time (#publish_time, ct=1716890760) → published. effective 2024-05-24 (自印发之日起施行), expires 2026-12-31 (12). Furniture: "
            "meta/og tags, the JS block (msg_title, msg_desc, ct, msg_source_url), the meta line (author, account, time, IP属地 云南), the banner "
            "and 一图读懂 pictures (text only in pixels), the editor's intro (近日…一起来看↓↓↓ — not a policy clause; tolerable as a clause, low, "
            "but it must not swallow the preamble), the 640(1) 政策原文 divider picture, the section headings 一、…四、 (<strong> in a centred "
            "<section>, no text of their own — tolerable as headings), the 落款 (管委会 / 2024年5月24日), 来源/编辑/审核, 原文链接, 往期推荐 (titles "
            "of OTHER posts), QR 长按识别二维码, #tags, the tool bar (阅读原文 / 阅读 4216 / 赞 58 / 分享 / 在看 21), 精选留言 (readers' comments "
            "and the author's reply with a phone number — must never become clauses), 写留言, 微信扫一扫关注. Clauses: the preamble + 12 "
            "items. Each item is a flex <section>: the number 01…12 in a coloured <span><strong> in its own <section>, the heading as "
            "<strong> in one <p>, the text in the next <p>. Number + heading + text = ONE clause with label 01…12 (how number/heading/text are "
            "joined — space, 。 or newline — is taste). The number split off as its own clause (a clause \"01\") is high; heading and text as two "
            "clauses is medium; items numbered by the reader (1., 2.) instead of 01… is low."
        ),
    }]


# =====================================================================================
# D. 乌鲁木齐海关 公告 page (easysite) with 附件 table in div.table-wrap
# =====================================================================================
D_STEM = "blind176_urumqi_customs"
D_NO = "乌鲁木齐海关公告2024年第5号"
D_SUBJ = "关于在中国（新疆）自由贸易试验区开展中欧班列“铁路快通”和“集拼集运”监管试点的公告"
D_TITLE = f"{D_NO}（{D_SUBJ}）"
D_PRE = "为贯彻落实《中国（新疆）自由贸易试验区总体方案》，支持中欧班列高质量发展，提升霍尔果斯、阿拉山口铁路口岸通关效率，乌鲁木齐海关决定在中国（新疆）自由贸易试验区乌鲁木齐片区、喀什片区、霍尔果斯片区开展中欧班列“铁路快通”和“集拼集运”监管试点。现将有关事项公告如下："
D_ITEMS = [
    "一、试点范围。试点在附件所列8个海关监管作业场所开展。试点企业为上述场所经营单位，以及在上述场所办理中欧班列货物申报手续的进出口货物收发货人。",
    "二、“铁路快通”模式。对经霍尔果斯、阿拉山口铁路口岸进出境的中欧班列货物，企业可以在试点场所所在地海关办理申报、查验和放行手续，口岸海关凭铁路舱单电子数据办理核销，企业无需另行办理转关手续。",
    "三、“集拼集运”模式。在试点场所内，不同收发货人的出口货物可以在同一集装箱内集拼运输。海关按照“先查验、后装箱、施封运输”方式实施监管，集拼货物的报关单应当在“关联报关单”栏目相互填报。",
    "四、申报要求。试点企业应当在货物运抵试点场所前24小时向海关传输舱单电子数据，舱单数据与报关单数据应当一致。舱单数据需要修改的，应当在班列出境前2小时办理变更手续。",
    "五、查验配合。海关在试点场所实施查验的，场所经营单位应当提供符合要求的查验场地、设备和人员，并配合海关做好查验货物的搬移、开拆和重封。",
    "六、通关时限。试点期间，乌鲁木齐海关对中欧班列货物实行“7×24小时”预约通关，力争中欧班列出境整体通关时间压缩至2小时以内。",
    "七、违规处理。试点企业违反本公告规定的，海关依照《中华人民共和国海关法》《中华人民共和国海关行政处罚实施条例》等规定处理，并可以暂停其试点资格。",
    "八、施行日期。本公告自2024年9月1日起施行，试点期限2年。",
]
D_ATT = "中国（新疆）自由贸易试验区中欧班列监管试点场所名单"
D_HEAD = ["序号", "片区", "所在地", "监管作业场所名称", "场所代码", "主管海关", "试点业务"]
D_ROWS = [
    ["1", "乌鲁木齐片区", "乌鲁木齐市", "新疆国际陆港中欧班列集结中心监管作业场所", "7711A", "乌昌海关", "铁路快通、集拼集运"],
    ["2", "乌鲁木齐片区", "乌鲁木齐市", "乌鲁木齐综合保税区监管作业场所", "7712B", "乌昌海关", "集拼集运"],
    ["3", "乌鲁木齐片区", "乌鲁木齐市", "乌鲁木齐国际陆港区铁路集装箱中心站监管作业场所", "7713C", "乌昌海关", "铁路快通"],
    ["4", "喀什片区", "喀什市", "喀什综合保税区监管作业场所", "7731A", "喀什海关", "集拼集运"],
    ["5", "喀什片区", "喀什市", "喀什铁路物流基地监管作业场所", "7732B", "喀什海关", "铁路快通"],
    ["6", "霍尔果斯片区", "霍尔果斯市", "霍尔果斯铁路口岸监管作业场所", "7741A", "霍尔果斯海关", "铁路快通、集拼集运"],
    ["7", "霍尔果斯片区", "霍尔果斯市", "霍尔果斯综合保税区监管作业场所", "7742B", "霍尔果斯海关", "集拼集运"],
    ["8", "霍尔果斯片区", "霍尔果斯市", "中哈霍尔果斯国际边境合作中心中方配套区监管作业场所", "7743C", "霍尔果斯海关", "铁路快通"],
]
D_NOTE = "注：场所代码为海关监管作业场所注册登记代码；试点业务为“铁路快通、集拼集运”的场所同时开展两种模式。"
D_CLAUSES = [D_PRE] + D_ITEMS + [rowclause(D_HEAD, r) for r in D_ROWS] + [D_NOTE]


def make_d():
    fd = files_dir(D_STEM)
    F = f"./{D_STEM}_files"
    picture(os.path.join(fd, "head_bg.jpg"), (1200, 120), (0, 59, 119), "中华人民共和国乌鲁木齐海关\nUrumqi Customs District P.R.China", fsize=30)
    qr(os.path.join(fd, "ewm.png"))
    picture(os.path.join(fd, "jiucuo.png"), (110, 55), (200, 30, 30), "政府网站\n找错", fsize=14)
    with open(os.path.join(fd, "easysite.css"), "w") as f:
        f.write(".easysite-news-title h2{font-size:24px;text-align:center;color:#003b77;line-height:1.5}\n.easysite-news-describe{text-align:center;color:#777;border-bottom:1px dashed #ccc}\n"
                ".table-wrap{overflow-x:auto;width:100%}.table-wrap table{border-collapse:collapse;width:100%}.table-wrap td,.table-wrap th{border:1px solid #333;padding:4px;font-size:14px;text-align:center}\n")
    with open(os.path.join(fd, "easysite.js"), "w") as f:
        f.write("/* easysite 5.0 runtime (stub) */\nfunction doZoom(s){document.getElementById('easysiteText').style.fontSize=s+'px';}\n")

    # build tbody with rowspans on 片区(1), 所在地(2), 主管海关(5)
    groups = [(0, 3), (3, 5), (5, 8)]
    trs = []
    for i, r in enumerate(D_ROWS):
        cells = []
        for c, v in enumerate(r):
            if c in (1, 2, 5):
                g = next(g for g in groups if g[0] <= i < g[1])
                if i == g[0]:
                    cells.append(f'<td rowspan="{g[1] - g[0]}" style="vertical-align:middle;">{v}</td>')
                continue
            cells.append(f'<td>{v}</td>')
        trs.append("<tr>" + "".join(cells) + "</tr>")
    table = ('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%">\n<thead>\n<tr>'
             + "".join(f'<th style="background:#dde7f3;">{h}</th>' for h in D_HEAD) + '</tr>\n</thead>\n<tbody>\n' + "\n".join(trs) + '\n</tbody>\n</table>')

    body = [f'<p style="text-align:center;">{D_NO}</p>',
            f'<p style="text-align:justify;">　　{D_PRE}</p>']
    for it in D_ITEMS:
        body.append(f'<p style="text-align:justify;">　　{it}</p>')
    body += [
        '<p style="text-align:justify;">　　特此公告。</p>',
        '<p>&nbsp;</p>',
        f'<p style="text-align:justify;">　　附件：<a href="http://urumqi.customs.gov.cn/urumqi_customs/556651/556653/5987214/2024081610201893.xlsx" target="_blank">{D_ATT}</a></p>',
        '<p>&nbsp;</p>',
        '<p style="text-align:right;">乌鲁木齐海关　　　　</p>',
        '<p style="text-align:right;">2024年8月15日　　　</p>',
        '<p>&nbsp;</p>',
        '<p style="text-align:left;"><strong>附件</strong></p>',
        f'<p style="text-align:center;"><strong>{D_ATT}</strong></p>',
        '<!-- the attachment was published as <iframe src="/urumqi_customs/556651/556653/5987214/fj1.html">; the CMS replaced it by div.table-wrap -->',
        f'<div class="table-wrap" data-iframe-src="/urumqi_customs/556651/556653/5987214/fj1.html" data-replaced="iframe" style="overflow-x:auto;">\n{table}\n</div>',
        f'<p style="text-align:justify;font-size:14px;">{D_NOTE}</p>',
    ]
    body_html = "\n".join(body)
    html = f'''<!DOCTYPE html>
<!-- saved from url=(0079)http://urumqi.customs.gov.cn/urumqi_customs/556651/556653/5987214/index.html -->
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="中华人民共和国乌鲁木齐海关">
<meta name="SiteDomain" content="urumqi.customs.gov.cn">
<meta name="SiteIDCode" content="bm28260001">
<meta name="ColumnName" content="海关公告">
<meta name="ColumnType" content="公告">
<meta name="ArticleTitle" content="{D_TITLE}">
<meta name="PubDate" content="2024-08-16 10:20">
<meta name="ContentSource" content="乌鲁木齐海关">
<title>{D_TITLE}</title>
<link rel="stylesheet" type="text/css" href="{F}/easysite.css">
<script type="text/javascript" src="{F}/easysite.js"></script>
</head>
<body>
<div class="customs-top"><div class="w1200"><span>欢迎访问中华人民共和国乌鲁木齐海关网站</span><span class="fr"><a href="#">无障碍浏览</a> | <a href="#">繁体</a> | <a href="#">English</a></span></div></div>
<div class="customs-head"><img src="{F}/head_bg.jpg" alt="中华人民共和国乌鲁木齐海关"></div>
<div class="customs-nav"><ul><li><a href="#">首页</a></li><li><a href="#">关区概况</a></li><li class="cur"><a href="#">信息公开</a></li><li><a href="#">在线服务</a></li><li><a href="#">互动交流</a></li></ul></div>
<div class="w1200 position">您所在的位置：<a href="#">首页</a> &gt; <a href="#">信息公开</a> &gt; <a href="#">海关公告</a> &gt; 正文</div>
<div class="w1200 easysite-article-content">
  <div class="easysite-news-title"><h2>{D_TITLE}</h2></div>
  <div class="easysite-news-describe">发布时间：2024-08-16　　　信息来源：乌鲁木齐海关　　　字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></div>
  <div class="easysite-news-text" id="easysiteText">
{body_html}
  </div>
  <div class="easysite-attach"><span>附件下载：</span><a href="http://urumqi.customs.gov.cn/urumqi_customs/556651/556653/5987214/2024081610201893.xlsx" target="_blank">附件.xlsx</a></div>
  <div class="easysite-share">【<a href="javascript:window.print();">打印本页</a>】　【<a href="javascript:window.close();">关闭窗口</a>】　<span>分享到：</span><a class="share-wx" href="#">微信</a><a class="share-wb" href="#">微博</a></div>
</div>
<div class="customs-foot">
  <p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a></p>
  <p>版权所有：中华人民共和国乌鲁木齐海关　　地址：乌鲁木齐市新市区北京南路368号　　邮编：830011</p>
  <p>新ICP备05003041号　　网站标识码：bm28260001</p>
  <img src="{F}/ewm.png" alt="微信公众号"><img src="{F}/jiucuo.png" alt="政府网站找错">
</div>
</body></html>
'''
    write(os.path.join(HERE, D_STEM + ".html"), html)

    EXPECTED[D_STEM] = [{
        "meta": {
            "title": D_TITLE,
            "doc_number": D_NO,
            "issuer": ["乌鲁木齐海关"],
            "date": "2024-08-15",
            "published": "2024-08-16",
            "level": "provincial",
            "region": "新疆维吾尔自治区",
            "effective": "2024-09-01",
            "expires": "2026-08-31",
            "attachments": [D_ATT],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
        },
        "clauses": D_CLAUSES,
        "applies_to": {
            "default": "中国（新疆）自由贸易试验区乌鲁木齐、喀什、霍尔果斯片区（新疆维吾尔自治区）",
            "specific": {
                "二、": "霍尔果斯、阿拉山口铁路口岸 (阿拉山口 is outside the FTZ; tagging 霍尔果斯市/阿拉山口市 is right, low if missed)",
                "row 1": "乌鲁木齐片区（乌鲁木齐市）",
                "row 2": "乌鲁木齐片区（乌鲁木齐市）",
                "row 3": "乌鲁木齐片区（乌鲁木齐市）",
                "row 4": "喀什片区（喀什市）",
                "row 5": "喀什片区（喀什市）",
                "row 6": "霍尔果斯片区（霍尔果斯市）",
                "row 7": "霍尔果斯片区（霍尔果斯市）",
                "row 8": "霍尔果斯片区（霍尔果斯市）",
            },
            "note": "乌昌海关/喀什海关/霍尔果斯海关 are organs (主管海关), not places. 中哈 in row 8 does not move the row to 哈萨克斯坦.",
        },
        "_note": (
            "Saved 网页，全部 (easysite CMS), UTF-8, + _files/. title = the h2 (公告 number + （关于…的公告）, as customs publishes it; the subject "
            "alone 关于…的公告 is tolerable, low). doc_number = 乌鲁木齐海关公告2024年第5号 (no 〔〕 — a 公告 number, as printed; a reader that only "
            "knows X发〔YYYY〕N号 may miss it: medium). issuer 乌鲁木齐海关 (落款; 信息来源). level: 直属海关 is a central vertical organ whose "
            "jurisdiction is the autonomous region — provincial expected, national tolerable (low). date 2024-08-15 (落款); published 2024-08-16 "
            "(发布时间, PubDate). effective 2024-09-01, expires 2026-08-31 (试点期限2年 — derived, None is low). No 主送 (a 公告). Furniture: top bar, "
            "head picture, nav, 您所在的位置, the h2 title, 发布时间/信息来源/字号 line, the centred number line at the top of the body, 特此公告。 "
            "(tolerable as a clause, low), 附件说明 (附件：<a>…</a> → attachments), 落款 乌鲁木齐海关 / 2024年8月15日 (padded with full-width "
            "spaces), the label 附件 and the attachment title (table title), the HTML comment about the iframe, 附件下载 附件.xlsx (the file is "
            "not in the save), 打印/关闭/分享, footer. Body indentation is two full-width spaces 　　 (strip them). Clauses: preamble + 一、…八、 "
            "(run-in headings: number + heading + text = one clause) + 8 table rows + the 注 line. The 附件 table is in <div class=table-wrap> "
            "(the iframe replacement): header row in <thead> with <th> cells; 片区 (3/2/3 rows), 所在地 (3/2/3) and 主管海关 (3/2/3) are rowspan "
            "cells — every row must carry its 片区, 所在地 and 主管海关 (rows 2,3,5,7,8 left without them, or their cells shifted one column "
            "left so that 场所名称 lands under 片区, is HIGH: the answer to ‘which 片区 is 喀什铁路物流基地 in’ is lost). The header must not be "
            "read as a data row. The 注 line under the table is a clause (or table note)."
        ),
    }]


if __name__ == "__main__":
    make_a()
    make_b()
    make_c()
    make_d()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    for k, v in EXPECTED.items():
        print(k, len(v[0]["clauses"]), "clauses")
