# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402
"""Blind round 170: government web pages saved from the browser as HTML.

Writes next to itself:
  blind170_zhengzhou_notice.html (+ blind170_zhengzhou_notice_files/)
      郑州市人民政府 portal page of a 通知 (郑政文〔2024〕58号), saved as 网页，全部
      (DOM serialised by the browser, UTF-8): site header/nav/breadcrumb, 信息索引
      metadata table, title h1 with a <br>, body with run-in 楷体 headings, 附件说明,
      right-aligned 落款, the 附件 分工表 as a real HTML table inside the page
      (two-row header with colspan 责任单位 → 牵头单位/配合单位, rowspan 重点领域,
      one data row whose 牵头/配合 cells are merged with colspan=2), a 注 line,
      then a 相关解读 link box, 上一篇/下一篇, footer.
  blind170_xiamen_jiedu.html (+ blind170_xiamen_jiedu_files/)
      厦门市商务局 site page of a 图文解读 (no 文号), saved as 网页，全部: headings in
      bold coloured spans, sub-headings in bold spans, numbered points 01–08 (01–04:
      the number alone in its own <p>, the text in the next <p>; 05–08 inline),
      big-number spans, a <br> inside one point, pictures with text in pixels only,
      来源/发布时间 line, 相关链接 to the policy text.
  blind170_qingbaijiang_gonggao.html
      成都市青白江区人民政府 page of a 公告 (青白江府告〔2024〕2号), saved as 网页，仅HTML
      (the server's bytes: GBK while the page declares charset=gb2312, with one
      GBK-only character 堃), body pasted from Word: class=MsoNormal, inline
      spans splitting numbers (lang=EN-US), <o:p>, a stray <w:WordDocument> XML
      island whose text shows on the page ("Normal 0 7.8 磅 0 2 false …"),
      Word auto-numbered list items whose labels exist only inside
      <!--[if !supportLists]--> … <!--[endif]--> mso-list:Ignore spans, the
      落款 right-aligned, the 附件 as a pasted MsoNormalTable with rowspans.
  blind170_shandong_wechat.html
      微信公众号 “山东商务” article saved as 网页，仅HTML (the raw server HTML:
      #js_content still style="visibility: hidden;", pictures only data-src,
      #publish_time empty — the date exists only in the script variables ct /
      createTime), a 编者按 box, then the quoted 通知 of 山东省商务厅 山东省财政厅
      (鲁商字〔2024〕87号, title on two centred lines), 落款 right-aligned, then
      来源/编辑/审核, 往期推荐, 阅读原文/点赞/在看/分享/留言 furniture.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind170.py
Only the standard library and Pillow are used (no extra pip installs).
"""
import html
import json
import os
import re

from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FONT_SANS_B = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"

E = html.escape


def font(path, size):
    try:
        return ImageFont.truetype(path, size, index=2)
    except OSError:
        return ImageFont.truetype(FONT_SANS, size, index=2)


def saved_from(url):
    return "<!-- saved from url=(%04d)%s -->" % (len(url), url)


def png(path, w, h, lines, bg=(255, 255, 255), fg=(0, 0, 0), size=28, bold=False):
    img = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(img)
    f = font(FONT_SANS_B if bold else FONT_SANS, size)
    y = 12
    for ln in lines:
        d.text((16, y), ln, font=f, fill=fg)
        y += int(size * 1.5)
    img.save(path)


def write(path, text, encoding="utf-8"):
    with open(path, "wb") as fh:
        fh.write(text.encode(encoding))


def gov_meta(site, domain, sitecode, column, title, pubdate, source, url):
    return f"""<meta name="SiteName" content="{E(site)}">
<meta name="SiteDomain" content="{domain}">
<meta name="SiteIDCode" content="{sitecode}">
<meta name="ColumnName" content="{E(column)}">
<meta name="ColumnType" content="{E(column)}">
<meta name="ArticleTitle" content="{E(title)}">
<meta name="PubDate" content="{pubdate}">
<meta name="ContentSource" content="{E(source)}">
<meta name="Url" content="{url}">"""


# =====================================================================
# 1. 郑州市人民政府 portal page (网页，全部)
# =====================================================================
ZZ_TITLE = "郑州市人民政府关于加快推进郑州—卢森堡“空中丝绸之路”建设的通知"
ZZ_NO = "郑政文〔2024〕58号"
ZZ_ATT = "2024年郑州—卢森堡“空中丝绸之路”建设重点任务分工表"
ZZ_INTRO = "为深入贯彻落实习近平总书记关于支持建设郑州—卢森堡“空中丝绸之路”的重要指示精神，高质量推进中国（河南）自由贸易试验区郑州片区和郑州航空港经济综合实验区建设，打造服务共建“一带一路”的国际航空物流枢纽，经市政府研究同意，现就2024年重点工作通知如下。"
ZZ_BODY = [
    # (section heading or None, run-in head, text)
    ("一、总体目标", "", "到2024年底，郑州新郑国际机场货邮吞吐量达到80万吨，其中国际地区货邮吞吐量达到55万吨；全货机国际航线达到45条，通航城市达到58个；全市跨境电商进出口额达到1350亿元，“空中丝绸之路”辐射带动作用进一步增强。"),
    ("二、重点任务", "（一）拓展国际航线网络。", "稳定运营郑州至卢森堡每周18班全货机航线，新开辟至中亚、东南亚及中东欧共建“一带一路”国家全货机航线6条以上。对新开通国际全货机航线的航空公司，按照《郑州市支持航空物流发展若干政策》给予每班次最高30万元补贴，单条航线年度补贴不超过1500万元。"),
    (None, "（二）提升枢纽保障能力。", "加快郑州新郑国际机场三期北货运区建设，2024年9月30日前建成投用西货运区二期冷链库，新增冷库库容1.2万立方米。"),
    (None, "（三）深化“双枢纽”协同。", "推动卢森堡国际货运航空公司在郑州航空港区设立亚太分拨中心，支持中卢合资货运航空公司新增运力，全年执飞郑州—卢森堡航线不少于900班。"),
    (None, "（四）推进制度创新。", "依托中国（河南）自由贸易试验区郑州片区，复制推广“空空中转”“空陆联运”“一单到底”等监管模式，力争在郑州片区形成航空物流领域制度创新成果10项以上。"),
    (None, "（五）发展“空中丝路+跨境电商”。", "支持郑州经开区、郑州航空港区建设跨境电商海外仓和集货仓，对年度跨境电商进出口额首次突破10亿元的企业一次性奖励100万元。"),
    ("三、保障措施", "（一）加强组织领导。", "市“空中丝绸之路”建设工作领导小组办公室（设在市商务局）负责统筹协调，每季度召开一次调度会议，协调解决重大问题。"),
    (None, "（二）强化资金支持。", "2024年市级财政安排“空中丝绸之路”建设专项资金5亿元，由市财政局会同市商务局、市发展改革委按照项目进度拨付。"),
    (None, "（三）严格督导考核。", "各牵头单位要于每季度首月10日前将上季度任务进展情况报送市“空中丝绸之路”建设工作领导小组办公室，年度完成情况纳入市政府目标考核。"),
]
# 分工表: 序号, 重点领域 (rowspan), 重点任务, 牵头单位, 配合单位 (or merged 责任单位), 完成时限
ZZ_ROWS = [
    ("1", "航线网络", "稳定运营郑州至卢森堡每周18班全货机航线", "郑州航空港区管委会", "市交通运输局、河南机场集团", "2024年12月底"),
    ("2", "航线网络", "新开辟共建“一带一路”国家全货机航线6条以上", "郑州航空港区管委会", "市商务局、市财政局", "2024年12月底"),
    ("3", "航线网络", "兑现新开通国际全货机航线补贴", "市财政局", "郑州航空港区管委会", "2024年每季度"),
    ("4", "枢纽设施", "建成投用西货运区二期冷链库，新增库容1.2万立方米", "河南机场集团", "郑州航空港区管委会", "2024年9月30日"),
    ("5", "枢纽设施", "推进机场三期北货运区建设", "郑州航空港区管委会", "市发展改革委、市自然资源和规划局", "2024年12月底"),
    ("6", "制度创新", "复制推广“空空中转”“空陆联运”“一单到底”监管模式", "郑州片区管委会", "郑州海关、郑州新郑机场海关", "2024年10月底"),
    ("7", "制度创新", "形成航空物流领域制度创新成果10项以上", "郑州片区管委会", "市商务局、市司法局", "2024年12月底"),
    ("8", "跨境电商", "建设跨境电商海外仓和集货仓", "郑州经开区管委会", "郑州航空港区管委会、市商务局", "2024年11月底"),
    ("9", "跨境电商", "兑现跨境电商企业一次性奖励", "市商务局", "市财政局", "2025年3月底"),
    ("10", "资金保障", "安排“空中丝绸之路”建设专项资金5亿元并按进度拨付", "市财政局会同市商务局、市发展改革委", None, "2024年全年"),
]
ZZ_NOTE = "注：完成时限为“2024年每季度”的，牵头单位应于每季度末前完成当季任务。"


def zz_page():
    stem = "blind170_zhengzhou_notice"
    fdir = stem + "_files"
    os.makedirs(os.path.join(HERE, fdir), exist_ok=True)
    png(os.path.join(HERE, fdir, "logo.png"), 420, 80, ["郑州市人民政府"], bg=(178, 20, 30), fg=(255, 255, 255), size=40, bold=True)
    png(os.path.join(HERE, fdir, "qrcode.png"), 120, 120, ["扫码"], size=20)
    png(os.path.join(HERE, fdir, "jiucuo.png"), 110, 50, ["政府网站", "找错"], size=16)
    write(os.path.join(HERE, fdir, "style.css"), "body{font-family:'Microsoft YaHei';margin:0}.w1200{width:1200px;margin:0 auto}.article-title{font-size:26px;text-align:center;line-height:40px}#zoom p{font-size:16px;line-height:32px;margin:0}.xxgk-table td{border:1px solid #ddd;padding:4px 8px}.jd-box{border:1px solid #e5e5e5;margin-top:20px}.jd-box h3{background:#f4f4f4;color:#b2141e;margin:0;padding:6px 12px}\n")
    write(os.path.join(HERE, fdir, "jquery.min.js"), "/*! jQuery v1.12.4 | (c) jQuery Foundation | jquery.org/license */\n")
    write(os.path.join(HERE, fdir, "common.js"), "function doZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}\n")

    url = "https://www.zhengzhou.gov.cn/zfwj/8021963.jhtml"
    body = []
    body.append(f'<p style="text-align: center;">{ZZ_NO}</p>')
    body.append('<p><br></p>')
    body.append('<p>各区县（市）人民政府，市人民政府各部门，各有关单位：</p>')
    body.append(f'<p style="text-indent: 2em;">{ZZ_INTRO}</p>')
    for sec, head, text in ZZ_BODY:
        if sec:
            body.append(f'<p style="text-indent: 2em;"><span style="font-family: 黑体, SimHei;">{sec}</span></p>')
        if head:
            body.append(f'<p style="text-indent: 2em;"><span style="font-family: 楷体, 楷体_GB2312, KaiTi;">{head}</span>{text}</p>')
        else:
            body.append(f'<p style="text-indent: 2em;">{text}</p>')
    body.append('<p><br></p>')
    body.append(f'<p style="text-indent: 2em;">附件：{ZZ_ATT}</p>')
    body.append('<p><br></p><p><br></p>')
    body.append('<p style="text-align: right;">郑州市人民政府&nbsp;&nbsp;&nbsp;&nbsp;</p>')
    body.append('<p style="text-align: right;">2024年4月18日&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</p>')
    body.append('<p style="text-indent: 2em;">（此件公开发布）</p>')
    body.append('<p><br></p>')
    body.append('<p><span style="font-family: 黑体, SimHei;">附件</span></p>')
    body.append(f'<p style="text-align: center;"><strong><span style="font-size: 20px;">{ZZ_ATT}</span></strong></p>')
    t = ['<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse: collapse; font-size: 14px;">', '<tbody>']
    t.append('<tr><td rowspan="2" style="text-align:center;"><strong>序号</strong></td><td rowspan="2" style="text-align:center;"><strong>重点领域</strong></td><td rowspan="2" style="text-align:center;"><strong>重点任务</strong></td><td colspan="2" style="text-align:center;"><strong>责任单位</strong></td><td rowspan="2" style="text-align:center;"><strong>完成时限</strong></td></tr>')
    t.append('<tr><td style="text-align:center;"><strong>牵头单位</strong></td><td style="text-align:center;"><strong>配合单位</strong></td></tr>')
    spans = {}
    for r in ZZ_ROWS:
        spans[r[1]] = spans.get(r[1], 0) + 1
    seen = set()
    for no, area, task, lead, coop, due in ZZ_ROWS:
        cells = [f'<td style="text-align:center;">{no}</td>']
        if area not in seen:
            seen.add(area)
            rs = spans[area]
            rsa = f' rowspan="{rs}"' if rs > 1 else ""
            cells.append(f'<td{rsa} style="text-align:center;">{area}</td>')
        cells.append(f'<td>{task}</td>')
        if coop is None:
            cells.append(f'<td colspan="2">{lead}</td>')
        else:
            cells.append(f'<td>{lead}</td><td>{coop}</td>')
        cells.append(f'<td style="text-align:center;">{due}</td>')
        t.append('<tr>' + ''.join(cells) + '</tr>')
    t += ['</tbody>', '</table>']
    body.append('\n'.join(t))
    body.append(f'<p style="text-align: left;"><span style="font-size: 14px;">{ZZ_NOTE}</span></p>')

    page = f"""<!DOCTYPE html>
{saved_from(url)}
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{ZZ_TITLE}_市政府文件_郑州市人民政府</title>
{gov_meta("郑州市人民政府", "www.zhengzhou.gov.cn", "4101000040", "市政府文件", ZZ_TITLE, "2024-04-23 17:02", "市政府办公厅", url)}
<meta name="Keywords" content="空中丝绸之路,郑州—卢森堡,自贸试验区">
<meta name="Description" content="{E(ZZ_TITLE)}">
<link rel="stylesheet" href="./{fdir}/style.css">
<script src="./{fdir}/jquery.min.js"></script>
<script src="./{fdir}/common.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span>欢迎访问郑州市人民政府门户网站</span><span class="fr"><a href="https://www.zhengzhou.gov.cn/">无障碍浏览</a> | <a href="https://www.zhengzhou.gov.cn/">长者模式</a> | <a href="https://www.zhengzhou.gov.cn/">English</a></span></div></div>
<div class="header"><div class="w1200"><a href="https://www.zhengzhou.gov.cn/"><img src="./{fdir}/logo.png" alt="郑州市人民政府"></a>
<div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div></div>
<div class="nav"><div class="w1200"><ul><li><a href="https://www.zhengzhou.gov.cn/">首页</a></li><li><a href="https://www.zhengzhou.gov.cn/zwgk/">政务公开</a></li><li><a href="https://www.zhengzhou.gov.cn/zwfw/">政务服务</a></li><li><a href="https://www.zhengzhou.gov.cn/hdjl/">互动交流</a></li><li><a href="https://www.zhengzhou.gov.cn/zjzz/">走进郑州</a></li></ul></div></div>
<div class="w1200">
<div class="position">当前位置：<a href="https://www.zhengzhou.gov.cn/">首页</a> &gt; <a href="https://www.zhengzhou.gov.cn/zwgk/">政务公开</a> &gt; <a href="https://www.zhengzhou.gov.cn/zcwj/">政策文件</a> &gt; <a href="https://www.zhengzhou.gov.cn/zfwj/">市政府文件</a></div>
<table class="xxgk-table" width="100%" cellspacing="0" cellpadding="0">
<tbody>
<tr><td class="t1">索&nbsp;&nbsp;引&nbsp;&nbsp;号：</td><td>11410100005252411D/2024-00123</td><td class="t1">主题分类：</td><td>商贸、海关、旅游\\对外经贸合作</td></tr>
<tr><td class="t1">发文机关：</td><td>郑州市人民政府</td><td class="t1">成文日期：</td><td>2024年04月18日</td></tr>
<tr><td class="t1">标&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;题：</td><td colspan="3">{ZZ_TITLE}</td></tr>
<tr><td class="t1">发文字号：</td><td>{ZZ_NO}</td><td class="t1">发布日期：</td><td>2024年04月23日</td></tr>
<tr><td class="t1">有&nbsp;&nbsp;效&nbsp;&nbsp;性：</td><td>有效</td><td class="t1">&nbsp;</td><td>&nbsp;</td></tr>
</tbody>
</table>
<div class="article">
<h1 class="article-title">郑州市人民政府关于加快推进郑州—卢森堡<br>“空中丝绸之路”建设的通知</h1>
<div class="article-info"><span>发布时间：2024-04-23 17:02</span>&nbsp;&nbsp;<span>来源：市政府办公厅</span>&nbsp;&nbsp;<span class="zh">【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>&nbsp;&nbsp;<a href="javascript:window.print()">【打印】</a></div>
<div class="article-content" id="zoom">
{chr(10).join(body)}
</div>
<div class="jd-box">
<h3>相关解读</h3>
<ul>
<li><a href="https://www.zhengzhou.gov.cn/zcjd/8022107.jhtml" target="_blank">【文字解读】《郑州市人民政府关于加快推进郑州—卢森堡“空中丝绸之路”建设的通知》政策解读</a><span class="date">2024-04-23</span></li>
<li><a href="https://www.zhengzhou.gov.cn/zcjd/8022315.jhtml" target="_blank">【图片解读】一图读懂2024年郑州“空中丝绸之路”建设重点任务</a><span class="date">2024-04-24</span></li>
<li><a href="https://www.zhengzhou.gov.cn/zcjd/8022498.jhtml" target="_blank">【媒体解读】郑州：“空中丝绸之路”越飞越广 今年新开国际货运航线6条以上</a><span class="date">2024-04-25</span></li>
</ul>
</div>
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ空间</a></div>
<div class="prev-next">
<p>上一篇：<a href="https://www.zhengzhou.gov.cn/zfwj/8019874.jhtml">郑州市人民政府关于公布第六批市级非物质文化遗产代表性项目名录的通知</a></p>
<p>下一篇：<a href="https://www.zhengzhou.gov.cn/zfwj/8023551.jhtml">郑州市人民政府关于调整郑州市城乡居民基本养老保险基础养老金标准的通知</a></p>
</div>
<div class="page-ops"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="https://www.zhengzhou.gov.cn/">网站地图</a> | <a href="https://www.zhengzhou.gov.cn/">联系我们</a> | <a href="https://www.zhengzhou.gov.cn/">使用帮助</a></p>
<p>主办：郑州市人民政府办公厅&nbsp;&nbsp;承办：郑州市大数据管理局&nbsp;&nbsp;网站标识码：4101000040</p>
<p>豫ICP备05010938号-1&nbsp;&nbsp;豫公网安备 41010502002868号</p>
<img src="./{fdir}/jiucuo.png" alt="政府网站找错"> <img src="./{fdir}/qrcode.png" alt="扫一扫在手机打开当前页">
</div></div>
</body></html>
"""
    write(os.path.join(HERE, stem + ".html"), page)

    clauses = [ZZ_INTRO]
    for sec, head, text in ZZ_BODY:
        clauses.append(head + text)
    for no, area, task, lead, coop, due in ZZ_ROWS:
        if coop is None:
            clauses.append(f"序号：{no}；重点领域：{area}；重点任务：{task}；责任单位：{lead}；完成时限：{due}")
        else:
            clauses.append(f"序号：{no}；重点领域：{area}；重点任务：{task}；牵头单位：{lead}；配合单位：{coop}；完成时限：{due}")
    clauses.append(ZZ_NOTE)
    exp = {
        "meta": {
            "title": ZZ_TITLE,
            "doc_number": ZZ_NO,
            "issuer": ["郑州市人民政府"],
            "date": "2024-04-18",
            "published": "2024-04-23",
            "level": "municipal",
            "region": "河南省郑州市",
            "effective": None,
            "expires": None,
            "attachments": [ZZ_ATT],
            "doc_type": "通知",
            "recipients": ["各区县（市）人民政府", "市人民政府各部门", "各有关单位"],
            "publicity": "此件公开发布",
            "source_url": url,
            "saved_as": "网页，全部 (Chrome 'Webpage, Complete': DOM serialised, UTF-8, assets in blind170_zhengzhou_notice_files/)",
            "index_no": "11410100005252411D/2024-00123",
            "related_interpretations": [
                "《郑州市人民政府关于加快推进郑州—卢森堡“空中丝绸之路”建设的通知》政策解读 (2024-04-23)",
                "一图读懂2024年郑州“空中丝绸之路”建设重点任务 (2024-04-24)",
                "郑州：“空中丝绸之路”越飞越广 今年新开国际货运航线6条以上 (2024-04-25)",
            ],
        },
        "clauses": clauses,
        "applies_to": {
            "default": "河南省郑州市",
            "specific": {
                "二、（三）": "郑州航空港区（郑州航空港经济综合实验区）",
                "二、（四）": "中国（河南）自由贸易试验区郑州片区",
                "二、（五）": "郑州经开区；郑州航空港区",
            },
            "note": "卢森堡 / 中亚、东南亚及中东欧共建“一带一路”国家 are route destinations and do not place a clause abroad. 郑州新郑国际机场 sits in 郑州航空港区: placing 二、（二） there is fine, default 郑州市 also fine. The 分工表 columns 牵头单位/配合单位 name organs (郑州航空港区管委会, 郑州片区管委会, 郑州经开区管委会): placing a row by its 牵头单位 is tolerable (low), not required. 市政府办公厅 (来源) and 郑州海关 are organs. The intro names both 郑州片区 and 航空港区 as context; the whole notice is 郑州市.",
        },
        "_note": "Saved as 网页，全部: the file is the DOM the browser serialised (UTF-8, '<!-- saved from url=… -->' mark, scripts/css/images rewritten to ./blind170_zhengzhou_notice_files/). Furniture, not clauses: <title> (title + '_市政府文件_郑州市人民政府'), the gov-site <meta> tags (ArticleTitle, PubDate 2024-04-23 17:02, ContentSource 市政府办公厅), top bar (无障碍浏览/长者模式/English), logo, search box, nav (首页 政务公开 …), breadcrumb 当前位置：…, the 信息索引 table (索引号, 主题分类, 发文机关, 成文日期 2024年04月18日, 标题, 发文字号, 发布日期 2024年04月23日, 有效性 — it is metadata, a good source for the fields, not clauses), the h1 (title typed with a <br> after 卢森堡: must be joined with no space/newline), 发布时间/来源/字体 大中小/打印 line, the 文号 line at the top of the body, 主送 line (→ recipients), 附件说明 (→ attachments), 落款 (郑州市人民政府 / 2024年4月18日, right-aligned with &nbsp; padding), （此件公开发布） (→ publicity), the label 附件, the 附件 title (table title), the 相关解读 box (three links with dates — titles of OTHER pages; must not become clauses or the title), 分享到, 上一篇/下一篇 (titles of two unrelated 通知 — must not become clauses or documents), 打印本页/关闭窗口, footer (主办/承办/网站标识码/ICP/公网安备). Section headings 一、总体目标 / 二、重点任务 / 三、保障措施 carry no text of their own (tolerable as heading clauses; 一、's text is the next paragraph). （一）…（五） and 三、（一）…（三） are run-in 楷体 headings: heading + text = ONE clause; note the two sections both number from （一）, so labels must be qualified by their section (path) — 二、（一） and 三、（一） are different clauses. The 分工表: two header rows (序号/重点领域/重点任务/完成时限 rowspan=2, 责任单位 colspan=2 over 牵头单位/配合单位): the header must not become a data row; column names 牵头单位/配合单位 (or 责任单位/牵头单位, 责任单位-牵头单位 — tolerable). 重点领域 is rowspan (航线网络 ×3, 枢纽设施 ×2, 制度创新 ×2, 跨境电商 ×2): every row must carry its 重点领域 (blank = medium). Row 10 has 牵头单位 and 配合单位 merged (colspan=2) into one cell “市财政局会同市商务局、市发展改革委”: it must appear once (as 责任单位 or 牵头单位), not duplicated into 配合单位 (duplication low) and not shift 完成时限 into the wrong column (medium). 注：… under the table is a table note (clause, or note attached to the table — both fine). date = 成文日期 2024-04-18 (落款 and 信息索引); published = 2024-04-23 (发布日期/发布时间/PubDate) — not the date. No effective/expires stated.",
        "_pdf": None,
        "_html": "No Word/PDF this round. Files in blind170_zhengzhou_notice_files/ (style.css, jquery.min.js, common.js, logo.png, qrcode.png, jiucuo.png) are page assets, not documents.",
    }
    return stem, [exp]


# =====================================================================
# 2. 厦门市商务局 图文解读 (网页，全部)
# =====================================================================
XM_TITLE = "《厦门市进一步促进跨境电商高质量发展若干措施》图文解读"
XM_POLICY = "厦门市进一步促进跨境电商高质量发展若干措施"
XM_BG = "跨境电商是发展速度最快、潜力最大、带动作用最强的外贸新业态。2023年，厦门市跨境电商进出口额达到412.6亿元，同比增长23.5%。为进一步发挥中国（福建）自由贸易试验区厦门片区和中国（厦门）跨境电子商务综合试验区政策叠加优势，深度融入共建“一带一路”，市商务局会同市财政局制定了《厦门市进一步促进跨境电商高质量发展若干措施》（以下简称《若干措施》）。"
XM_MAIN = "《若干措施》共12条，从培育市场主体、完善基础设施、拓展国际市场、优化发展环境四个方面提出支持举措，其中重点支持政策如下。"
# (sub-heading or None, number, bold lead, text, split-style)
XM_POINTS = [
    ("（一）培育市场主体", "01", "支持跨境电商企业做大规模。", "对年度跨境电商进出口额首次达到1亿元、5亿元、10亿元的企业，|分别给予30万元、80万元、150万元一次性奖励。", "sep"),
    (None, "02", "引进跨境电商头部企业。", "对新落户厦门片区、年度跨境电商进出口额达到5亿元以上的平台企业，给予最高{500}万元落户奖励。", "sep"),
    ("（二）完善基础设施", "03", "支持海外仓建设。", "对在共建“一带一路”国家新建或租赁、面积达到3000平方米以上的公共海外仓，按实际投资额的20%给予补助，单个海外仓最高{200}万元。", "sep"),
    (None, "04", "支持跨境电商产业园建设。", "对经认定的市级跨境电商产业园区，给予运营主体最高100万元一次性奖励，其中位于象屿综合保税区、海沧港综合保税区内的园区最高150万元。", "sep"),
    ("（三）拓展国际市场", "05", "支持开通“丝路海运”跨境电商专线。", "对经“丝路海运”命名航线运输的跨境电商出口货物，按每标准箱500元给予物流企业补助，单个企业年度最高{300}万元。", "inline"),
    (None, "06", "支持参加境外展会。", "对企业参加市商务局确定的境外重点跨境电商展会，按展位费的70%给予补助，每个展会最高10万元。", "inline"),
    ("（四）优化发展环境", "07", "推进跨境电商B2B出口监管创新。", "依托厦门片区，推广“9710”“9810”监管模式，跨境电商B2B出口申报时效压缩至2小时以内。", "inline"),
    (None, "08", "加强人才培育。", "对经认定的跨境电商人才培训基地，按年度培训人数给予每人1000元补助，单个基地年度最高50万元。", "inline"),
]
XM_TAIL = [
    ("三、支持对象", "在厦门市依法注册登记、具有独立法人资格、从事跨境电商进出口业务的企业，且近三年内未被列入严重失信主体名单。"),
    ("四、申报方式", "各项奖励资金原则上每年集中申报一次，企业通过“厦门市商务资金管理系统”在线提交申报材料，由市商务局会同市财政局审核后拨付。同一企业同一事项符合本市其他同类政策的，按照“就高不重复”原则执行。政策咨询电话：0592-2856203。"),
    ("五、施行时间", "《若干措施》自2024年6月1日起施行，有效期至2027年5月31日。2021年印发的《厦门市促进跨境电商发展若干措施》同时废止。"),
]


def xm_page():
    stem = "blind170_xiamen_jiedu"
    fdir = stem + "_files"
    os.makedirs(os.path.join(HERE, fdir), exist_ok=True)
    png(os.path.join(HERE, fdir, "W020240530612345678901.png"), 900, 260, ["图文解读", "厦门市进一步促进跨境电商", "高质量发展若干措施"], bg=(192, 0, 0), fg=(255, 255, 255), size=44, bold=True)
    png(os.path.join(HERE, fdir, "W020240530612345678902.png"), 900, 360, ["2023年跨境电商进出口额 412.6亿元", "同比增长 23.5%", "12条措施 · 4个方面"], bg=(250, 240, 230), fg=(160, 0, 0), size=36, bold=True)
    png(os.path.join(HERE, fdir, "logo.png"), 380, 70, ["厦门市商务局"], bg=(0, 82, 155), fg=(255, 255, 255), size=36, bold=True)
    png(os.path.join(HERE, fdir, "ewm.png"), 110, 110, ["二维码"], size=18)
    write(os.path.join(HERE, fdir, "common.css"), ".main{width:1100px;margin:0 auto}.TRS_Editor p{font-size:16px;line-height:30px}.info span{margin-right:20px;color:#666}\n")
    write(os.path.join(HERE, fdir, "jquery-1.11.3.min.js"), "/*! jQuery v1.11.3 */\n")

    url = "https://swj.xm.gov.cn/zwgk/zcjd/202405/t20240530_2856203.htm"

    def point_html(num, lead, text, style):
        parts = re.split(r"(\{[^}]+\}|\|)", text)
        out = []
        for p in parts:
            if p == "|":
                out.append("<br>")
            elif p.startswith("{"):
                out.append(f'<span style="font-size: 28px; color: rgb(192, 0, 0); font-weight: bold;">{p[1:-1]}</span>')
            else:
                out.append(p)
        txt = "".join(out)
        if style == "sep":
            return (f'<p style="text-align: left;"><span style="display: inline-block; width: 36px; height: 36px; line-height: 36px; border-radius: 50%; background-color: rgb(192, 0, 0); color: rgb(255, 255, 255); text-align: center; font-weight: bold;">{num}</span></p>\n'
                    f'<p style="text-indent: 2em;"><span style="font-weight: bold;">{lead}</span>{txt}</p>')
        return f'<p style="text-indent: 2em;"><span style="color: rgb(192, 0, 0); font-weight: bold;">{num}</span>&nbsp;<span style="font-weight: bold;">{lead}</span>{txt}</p>'

    def head(t):
        return f'<p style="text-align: center;"><span style="font-weight: bold; color: rgb(255, 255, 255); background-color: rgb(192, 0, 0); padding: 4px 16px;">{t}</span></p>'

    b = []
    b.append(f'<p style="text-align: center;"><img src="./{fdir}/W020240530612345678901.png" alt="" width="900" height="260"></p>')
    b.append(head("一、出台背景"))
    b.append(f'<p style="text-indent: 2em;">{XM_BG}</p>')
    b.append(f'<p style="text-align: center;"><img src="./{fdir}/W020240530612345678902.png" alt="" width="900" height="360"></p>')
    b.append('<p style="text-align: center;"><span style="font-size: 12px; color: rgb(127, 127, 127);">（图片来源：厦门市商务局）</span></p>')
    b.append(head("二、主要内容"))
    b.append(f'<p style="text-indent: 2em;">{XM_MAIN}</p>')
    for sub, num, lead, text, style in XM_POINTS:
        if sub:
            b.append(f'<p style="text-indent: 2em;"><span style="font-weight: bold; color: rgb(192, 0, 0);">{sub}</span></p>')
        b.append(point_html(num, lead, text, style))
    for h, t in XM_TAIL:
        b.append(head(h))
        b.append(f'<p style="text-indent: 2em;">{t}</p>')

    page = f"""<!DOCTYPE html>
{saved_from(url)}
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{XM_TITLE}</title>
{gov_meta("厦门市商务局", "swj.xm.gov.cn", "3502000019", "政策解读", XM_TITLE, "2024-05-30 16:20", "厦门市商务局", url)}
<meta name="Keywords" content="跨境电商,自贸试验区,厦门片区,政策解读">
<link href="./{fdir}/common.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="./{fdir}/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="head"><div class="main"><img src="./{fdir}/logo.png" alt="厦门市商务局"><div class="head-r"><a href="https://www.xm.gov.cn/">厦门市人民政府</a> | <a href="https://swj.xm.gov.cn/">无障碍</a> | <a href="https://swj.xm.gov.cn/">关怀版</a></div></div></div>
<div class="nav"><div class="main"><a href="https://swj.xm.gov.cn/">首页</a><a href="https://swj.xm.gov.cn/jgzn/">机构职能</a><a href="https://swj.xm.gov.cn/zwgk/">政务公开</a><a href="https://swj.xm.gov.cn/zwfw/">政务服务</a><a href="https://swj.xm.gov.cn/hdjl/">互动交流</a></div></div>
<div class="main">
<div class="crumb">您当前所在位置：<a href="https://swj.xm.gov.cn/">首页</a> &gt; <a href="https://swj.xm.gov.cn/zwgk/">政务公开</a> &gt; <a href="https://swj.xm.gov.cn/zwgk/zcjd/">政策解读</a></div>
<div class="detail">
<h2 class="tit">{XM_TITLE}</h2>
<div class="info"><span>来源：厦门市商务局</span><span>发布时间：2024-05-30 16:20</span><span>浏览次数：<em id="hits">2386</em></span><span class="font">字号：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a></span></div>
<div class="TRS_Editor">
{chr(10).join(b)}
</div>
<div class="xglj">
<p><strong>相关链接：</strong></p>
<p><a href="https://swj.xm.gov.cn/zwgk/zcfg/202405/t20240529_2856114.htm" target="_blank">政策原文：《{XM_POLICY}》</a></p>
<p><a href="https://swj.xm.gov.cn/zwgk/zcjd/202405/t20240530_2856210.htm" target="_blank">一图读懂｜厦门跨境电商新政12条</a></p>
</div>
<div class="ops"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div>
<div class="ewm"><img src="./{fdir}/ewm.png" alt=""><p>扫一扫在手机上查看当前页面</p></div>
</div>
</div>
<div class="foot"><div class="main">
<p>主办单位：厦门市商务局　地址：厦门市思明区湖滨北路61号　邮编：361012</p>
<p>网站标识码：3502000019　闽ICP备05003318号-2　闽公网安备 35020302035512号</p>
</div></div>
</body></html>
"""
    write(os.path.join(HERE, stem + ".html"), page)

    clauses = [XM_BG, XM_MAIN]
    for sub, num, lead, text, style in XM_POINTS:
        plain = re.sub(r"[{}|]", "", text)
        clauses.append(f"{num} {lead}{plain}")
    for h, t in XM_TAIL:
        clauses.append(t)
    exp = {
        "meta": {
            "title": XM_TITLE,
            "doc_number": None,
            "issuer": ["厦门市商务局"],
            "date": "2024-05-30",
            "published": "2024-05-30",
            "level": "municipal",
            "region": "福建省厦门市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "政策解读",
            "recipients": [],
            "publicity": None,
            "interprets": XM_POLICY,
            "source_url": url,
            "saved_as": "网页，全部 (DOM serialised, UTF-8, assets in blind170_xiamen_jiedu_files/)",
        },
        "clauses": clauses,
        "applies_to": {
            "default": "福建省厦门市",
            "specific": {
                "02": "中国（福建）自由贸易试验区厦门片区",
                "04": "厦门市 (the higher cap: 象屿综合保税区、海沧港综合保税区)",
                "07": "中国（福建）自由贸易试验区厦门片区",
            },
            "note": "The background paragraph names 厦门片区 and the 跨境电子商务综合试验区 as context, not as the place it applies (default 厦门市 right; 厦门片区 tolerable, low). 03 “共建一带一路国家” (overseas warehouses abroad) and 05 丝路海运 do not place a clause abroad. 04: 厦门市 with 象屿/海沧港综保区 as a sub-place is ideal; 厦门市 alone is fine.",
        },
        "_note": "A 政策解读 page, not the policy itself: NO 文号 anywhere (doc_number must be null — not the 网站标识码 3502000019, not 闽ICP备05003318号-2, not the URL's t20240530_2856203, not 0592-2856203). issuer = 来源 厦门市商务局; date = 发布时间 2024-05-30 (there is no 成文日期). The interpreted policy's effective 2024-06-01 / expires 2027-05-31 are stated in 五、: leaving effective/expires null is right for the 解读; taking them is tolerable (low), but then they must be exactly those dates. doc_type 解读/政策解读 (通知 or 若干措施 would be wrong, medium). Furniture: <title>, gov <meta> tags, header (厦门市人民政府/无障碍/关怀版), nav, crumb 您当前所在位置, the h2 title, the info line (来源/发布时间/浏览次数 2386/字号 大中小), banner and infographic pictures (text only in pixels — no alt text), the caption （图片来源：厦门市商务局）, 相关链接 (政策原文 link, 一图读懂 link), 打印本页/关闭窗口, 扫一扫…, footer (主办单位/地址/邮编/网站标识码/ICP). Headings 一、出台背景 … 五、施行时间 are bold white-on-red spans in their own <p> (no text of their own: headings, tolerable as heading clauses; their text is the next paragraph, which must NOT be glued onto the heading's predecessor). Sub-headings （一）培育市场主体 … （四）优化发展环境 are bold spans in their own <p> (headings, not clauses). Points 01–04: the number is alone in its own <p> (a red circle) and the text follows in the NEXT <p> — the number must label the following text, not be a clause by itself nor be glued to the end of the previous clause (medium). Points 05–08: number inline before the bold lead. Point 01 has a <br> in the middle (one clause; a newline inside it is fine, a split into two clauses is medium). Big-number spans (500, 200, 300) must stay inline with no added spaces (最高500万元, not 最高 500 万元 — low).",
        "_pdf": None,
        "_html": "No Word/PDF this round. blind170_xiamen_jiedu_files/ holds the css/js and four PNGs (banner, infographic, logo, QR) — assets, not documents.",
    }
    return stem, [exp]


# =====================================================================
# 3. 成都市青白江区人民政府 公告, body pasted from Word (网页，仅HTML, GBK)
# =====================================================================
QBJ_TITLE = "成都市青白江区人民政府关于委托成都国际铁路港管理委员会实施第二批区级行政权力事项的公告"
QBJ_NO = "青白江府告〔2024〕2号"
QBJ_ATT = "成都市青白江区委托成都国际铁路港管理委员会实施的第二批区级行政权力事项目录"
QBJ_INTRO = "为深入推进中国（四川）自由贸易试验区成都青白江铁路港片区（以下简称铁路港片区）建设，落实《中国（四川）自由贸易试验区条例》关于赋予自贸试验区更大改革自主权的要求，进一步优化共建“一带一路”国际物流枢纽营商环境，经2024年7月2日区政府第37次常务会议审议通过，决定将8项区级行政权力事项委托成都国际铁路港管理委员会（以下简称铁路港管委会）实施。现将有关事项公告如下："
# (run-in head, text, list items)
QBJ_BODY = [
    ("一、委托事项。", "本次委托的区级行政权力事项共8项，其中行政许可5项、行政备案2项、其他行政权力1项，具体见附件。", []),
    ("二、实施范围。", "委托事项在铁路港片区9.68平方公里范围内实施，包括成都国际铁路港综合保税区、铁路港片区物流园区和城厢镇部分区域。铁路港片区范围以外的相关事项，仍由原实施部门办理。", []),
    ("三、实施方式。", "铁路港管委会以区级原实施部门名义实施委托事项，并承担相应法律责任。具体按照以下方式办理：", [
        ("（1）", "原实施部门应当于2024年7月31日前与铁路港管委会签订委托协议，明确委托权限、期限和双方权利义务；"),
        ("（2）", "原实施部门应当做好业务培训、档案移交和审批系统授权等工作，确保委托事项“接得住、管得好”；"),
        ("（3）", "委托事项的收费标准、办理时限和申请材料不得高于原实施部门的标准和要求。"),
    ]),
    ("四、监督管理。", "原实施部门负责对委托事项实施情况进行指导和监督，每年至少开展1次评估；铁路港管委会应当于每年1月31日前将上一年度委托事项办理情况报区政府，抄送区司法局。", []),
    ("五、过渡安排。", "本公告施行前已受理但尚未办结的事项，由原实施部门继续办理完毕。", []),
    ("", "六、本公告自2024年8月1日起施行。《成都市青白江区人民政府关于委托成都国际铁路港管理委员会实施第一批区级行政权力事项的公告》（青白江府告〔2022〕4号）所列事项继续由铁路港管委会实施。", []),
]
QBJ_CONTACT = "政策咨询：区司法局行政执法协调监督科，联系人：刘堃，联系电话：028-83692570。"
QBJ_ROWS = [
    ("1", "单用途商业预付卡发卡企业备案", "行政备案", "区商务局"),
    ("2", "再生资源回收经营者备案", "行政备案", "区商务局"),
    ("3", "外商投资信息报告情况的监督检查", "其他行政权力", "区商务局"),
    ("4", "建筑工程施工许可证核发", "行政许可", "区住房建设和交通局"),
    ("5", "城镇污水排入排水管网许可", "行政许可", "区住房建设和交通局"),
    ("6", "公共场所卫生许可", "行政许可", "区卫生健康局"),
    ("7", "食品经营许可", "行政许可", "区市场监督管理局"),
    ("8", "特种设备使用登记", "行政许可", "区市场监督管理局"),
]

WORD_XML_ISLAND = "\n".join([
    "<xml><w:WordDocument>", "  <w:View>Normal</w:View>", "  <w:Zoom>0</w:Zoom>", "  <w:SpellingState>Clean</w:SpellingState>",
    "  <w:GrammarState>Clean</w:GrammarState>", "  <w:TrackMoves/>", "  <w:TrackFormatting/>", "  <w:PunctuationKerning/>",
    "  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>",
    "  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>",
    "  <w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery>",
    "  <w:ValidateAgainstSchemas/>", "  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>",
    "  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>", "  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>",
    "  <w:DoNotPromoteQF/>", "  <w:LidThemeOther>EN-US</w:LidThemeOther>", "  <w:LidThemeAsian>ZH-CN</w:LidThemeAsian>",
    "  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>", "  <w:Compatibility>", "   <w:SpaceForUL/>",
    "   <w:BalanceSingleByteDoubleByteWidth/>", "   <w:DoNotLeaveBackslashAlone/>", "   <w:ULTrailSpace/>",
    "   <w:UseFELayout/>", "  </w:Compatibility>", "  <w:BrowserLevel>MicrosoftInternetExplorer4</w:BrowserLevel>",
    " </w:WordDocument>", "</xml>"])

FS_SPAN = "font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体"
EN_SPAN = "font-size:16.0pt;font-family:\"Times New Roman\",\"serif\";mso-fareast-font-family:仿宋_GB2312"


def w_runs(text, style=FS_SPAN, split_at=()):
    """Word-like runs: ASCII in lang=EN-US spans, and arbitrary run splits."""
    out = []
    for m in re.finditer(r"[0-9A-Za-z.\-:/%]+|[^0-9A-Za-z.\-:/%]+", text):
        seg = m.group(0)
        if re.match(r"[0-9A-Za-z]", seg):
            out.append(f"<span lang=EN-US style='{EN_SPAN}'>{seg}</span>")
        else:
            pieces = [seg]
            for s in split_at:
                new = []
                for p in pieces:
                    if s in p and not p.startswith(s):
                        i = p.index(s)
                        new += [p[:i], p[i:]]
                    else:
                        new.append(p)
                pieces = new
            for p in pieces:
                out.append(f"<span style='{style}'>{p}</span>")
    return "".join(out)


def qbj_page():
    stem = "blind170_qingbaijiang_gonggao"
    url = "http://www.qbj.gov.cn/qbjqrmzf/c134178/2024-07/19/content_5f2e8a1c90b44c6b.shtml"
    P = "<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly'>"
    b = []
    b.append(WORD_XML_ISLAND)
    b.append("<!--[if gte mso 9]><xml><w:LatentStyles DefLockedState=\"false\" DefUnhideWhenUsed=\"true\" DefSemiHidden=\"true\" DefQFormat=\"false\" DefPriority=\"99\" LatentStyleCount=\"267\"></w:LatentStyles></xml><![endif]--><!--[if gte mso 10]><style>\n /* Style Definitions */\n table.MsoNormalTable\n\t{mso-style-name:普通表格;mso-tstyle-rowband-size:0;mso-tstyle-colband-size:0;mso-style-noshow:yes;mso-style-priority:99;mso-style-qformat:yes;mso-style-parent:\"\";mso-padding-alt:0cm 5.4pt 0cm 5.4pt;mso-para-margin:0cm;mso-para-margin-bottom:.0001pt;mso-pagination:widow-orphan;font-size:10.5pt;mso-bidi-font-size:11.0pt;font-family:\"Calibri\",\"sans-serif\";mso-ascii-font-family:Calibri;mso-hansi-font-family:Calibri;mso-font-kerning:1.0pt;}\n</style><![endif]-->")
    b.append(f"<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;mso-line-height-rule:exactly'>{w_runs(QBJ_NO)}<span lang=EN-US style='{EN_SPAN}'><o:p></o:p></span></p>")
    b.append(f"<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;mso-line-height-rule:exactly'><span lang=EN-US style='{EN_SPAN}'><o:p>&nbsp;</o:p></span></p>")
    XBZ = "font-size:22.0pt;font-family:方正小标宋简体;mso-hansi-font-family:宋体"
    b.append(f"<p class=MsoNormal align=center style='text-align:center;line-height:36.0pt;mso-line-height-rule:exactly'><span style='{XBZ}'>成都市青白江区人民政府<span lang=EN-US><o:p></o:p></span></span></p>")
    b.append(f"<p class=MsoNormal align=center style='text-align:center;line-height:36.0pt;mso-line-height-rule:exactly'><span style='{XBZ}'>关于委托成都国际铁路港管理委员会实施</span><span style='{XBZ}'>第二批区级行政权力事项的公告<span lang=EN-US><o:p></o:p></span></span></p>")
    b.append(f"<p class=MsoNormal style='line-height:28.0pt;mso-line-height-rule:exactly'><span lang=EN-US style='{EN_SPAN}'><o:p>&nbsp;</o:p></span></p>")
    b.append(P + w_runs(QBJ_INTRO, split_at=("铁路港片区（", "营商环境", "常务会议")) + f"<span lang=EN-US style='{EN_SPAN}'><o:p></o:p></span></p>")
    HT = "font-size:16.0pt;font-family:黑体;mso-hansi-font-family:宋体"
    for head, text, items in QBJ_BODY:
        if head:
            hh = f"<b style='mso-bidi-font-weight:normal'><span style='{HT}'>{head}</span></b>"
        else:
            hh = ""
        b.append(P + hh + w_runs(text, split_at=("原实施部门", "铁路港管委会")) + f"<span lang=EN-US style='{EN_SPAN}'><o:p></o:p></span></p>")
        for lab, it in items:
            b.append("<p class=MsoListParagraph style='margin-left:0cm;text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly;mso-list:l0 level1 lfo1'>"
                     f"<!--[if !supportLists]--><span style='{FS_SPAN};mso-bidi-font-family:仿宋_GB2312'><span style='mso-list:Ignore'>{lab}</span></span><!--[endif]-->"
                     + w_runs(it) + f"<span lang=EN-US style='{EN_SPAN}'><o:p></o:p></span></p>")
    b.append(P + w_runs(QBJ_CONTACT) + f"<span lang=EN-US style='{EN_SPAN}'><o:p></o:p></span></p>")
    b.append(P + f"<span style='{FS_SPAN}'>特此公告。</span><span lang=EN-US style='{EN_SPAN}'><o:p></o:p></span></p>")
    b.append(f"<p class=MsoNormal style='line-height:28.0pt;mso-line-height-rule:exactly'><span lang=EN-US style='{EN_SPAN}'><o:p>&nbsp;</o:p></span></p>")
    b.append(P + f"<span style='{FS_SPAN}'>附件：</span>" + w_runs(QBJ_ATT) + f"<span lang=EN-US style='{EN_SPAN}'><o:p></o:p></span></p>")
    b.append(f"<p class=MsoNormal style='line-height:28.0pt;mso-line-height-rule:exactly'><span lang=EN-US style='{EN_SPAN}'><o:p>&nbsp;</o:p></span></p>")
    b.append(f"<p class=MsoNormal style='line-height:28.0pt;mso-line-height-rule:exactly'><span lang=EN-US style='{EN_SPAN}'><o:p>&nbsp;</o:p></span></p>")
    b.append(f"<p class=MsoNormal align=right style='text-align:right;line-height:28.0pt;mso-line-height-rule:exactly'><span style='{FS_SPAN}'>成都市青白江区人民政府</span><span lang=EN-US style='{EN_SPAN}'><span style='mso-spacerun:yes'>&nbsp;&nbsp;&nbsp; </span><o:p></o:p></span></p>")
    b.append(f"<p class=MsoNormal align=right style='text-align:right;line-height:28.0pt;mso-line-height-rule:exactly'><span lang=EN-US style='{EN_SPAN}'>2024</span><span style='{FS_SPAN}'>年</span><span lang=EN-US style='{EN_SPAN}'>7</span><span style='{FS_SPAN}'>月</span><span lang=EN-US style='{EN_SPAN}'>15</span><span style='{FS_SPAN}'>日</span><span lang=EN-US style='{EN_SPAN}'><span style='mso-spacerun:yes'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span><o:p></o:p></span></p>")
    b.append("<span lang=EN-US style='font-size:16.0pt;font-family:\"Times New Roman\",\"serif\";mso-fareast-font-family:仿宋_GB2312;mso-font-kerning:1.0pt;mso-ansi-language:EN-US;mso-fareast-language:ZH-CN;mso-bidi-language:AR-SA'><br clear=all style='page-break-before:always'></span>")
    b.append(f"<p class=MsoNormal style='line-height:28.0pt;mso-line-height-rule:exactly'><span style='{HT}'>附件</span><span lang=EN-US style='{HT}'><o:p></o:p></span></p>")
    b.append(f"<p class=MsoNormal align=center style='text-align:center;line-height:32.0pt;mso-line-height-rule:exactly'><span style='font-size:18.0pt;font-family:方正小标宋简体'>{QBJ_ATT}</span><span lang=EN-US style='font-size:18.0pt;font-family:方正小标宋简体'><o:p></o:p></span></p>")
    TD = "border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt"
    CP = "<p class=MsoNormal align=center style='text-align:center;line-height:20.0pt;mso-line-height-rule:exactly'>"
    LP = "<p class=MsoNormal style='line-height:20.0pt;mso-line-height-rule:exactly'>"
    S12 = "font-size:12.0pt;font-family:仿宋_GB2312"
    H12 = "font-size:12.0pt;font-family:黑体"
    t = ["<div align=center>", "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>"]
    t.append(f"<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>"
             f"<td width=57 style='width:42.5pt;{TD}'>{CP}<span style='{H12}'>序号</span></p></td>"
             f"<td width=283 style='width:212.6pt;{TD}'>{CP}<span style='{H12}'>事项名称</span></p></td>"
             f"<td width=113 style='width:85.05pt;{TD}'>{CP}<span style='{H12}'>事项类型</span></p></td>"
             f"<td width=142 style='width:106.3pt;{TD}'>{CP}<span style='{H12}'>原实施部门</span></p></td></tr>")
    counts = {}
    for r in QBJ_ROWS:
        counts[r[3]] = counts.get(r[3], 0) + 1
    seen = set()
    for i, (no, name, kind, dept) in enumerate(QBJ_ROWS, 1):
        last = ";mso-yfti-lastrow:yes" if i == len(QBJ_ROWS) else ""
        cells = (f"<td width=57 style='width:42.5pt;{TD}'>{CP}<span lang=EN-US style='font-size:12.0pt;font-family:\"Times New Roman\",\"serif\"'>{no}</span></p></td>"
                 f"<td width=283 style='width:212.6pt;{TD}'>{LP}<span style='{S12}'>{name}</span></p></td>"
                 f"<td width=113 style='width:85.05pt;{TD}'>{CP}<span style='{S12}'>{kind}</span></p></td>")
        if dept not in seen:
            seen.add(dept)
            rs = counts[dept]
            rsa = f" rowspan={rs}" if rs > 1 else ""
            cells += f"<td width=142{rsa} style='width:106.3pt;{TD}'>{CP}<span style='{S12}'>{dept}</span></p></td>"
        t.append(f"<tr style='mso-yfti-irow:{i}{last}'>" + cells + "</tr>")
    t += ["</table>", "</div>"]
    b.append("\n".join(t))
    b.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>")

    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>成都市青白江区人民政府关于委托成都国际铁路港管理委员会实施第二批区级行政权力事项的公告 - 通知公告 - 青白江区人民政府</title>
{gov_meta("成都市青白江区人民政府", "www.qbj.gov.cn", "5101130001", "通知公告", QBJ_TITLE, "2024-07-19 09:30:12", "区司法局", url)}
<link href="/qbjqrmzf/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/qbjqrmzf/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">var _hmt = _hmt || [];</script>
</head>
<body>
<div class="top"><div class="wrap"><span>今天是：<script type="text/javascript">document.write(new Date().toLocaleDateString());</script></span><a href="/">设为首页</a> | <a href="/">加入收藏</a> | <a href="/">无障碍浏览</a></div></div>
<div class="banner"><div class="wrap"><img src="/qbjqrmzf/images/logo.png" alt="成都市青白江区人民政府" /></div></div>
<div class="menu"><div class="wrap"><a href="/">首页</a><a href="/qbjqrmzf/c134170/">走进青白江</a><a href="/qbjqrmzf/c134171/">政务公开</a><a href="/qbjqrmzf/c134172/">政务服务</a><a href="/qbjqrmzf/c134173/">互动交流</a><a href="/qbjqrmzf/c134174/">铁路港片区</a></div></div>
<div class="wrap">
<div class="local">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/qbjqrmzf/c134171/">政务公开</a> &gt;&gt; <a href="/qbjqrmzf/c134178/">通知公告</a></div>
<div class="article">
<h2 class="art-title">{QBJ_TITLE}</h2>
<div class="art-info">发布时间：2024-07-19 09:30:12&nbsp;&nbsp;&nbsp;&nbsp;信息来源：区司法局&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">1263</span>&nbsp;&nbsp;&nbsp;&nbsp;【<a href="javascript:void(0);" onclick="doZoom(18)">大</a> <a href="javascript:void(0);" onclick="doZoom(16)">中</a> <a href="javascript:void(0);" onclick="doZoom(14)">小</a>】</div>
<div class="art-con" id="zoom">
{chr(10).join(b)}
</div>
<div class="art-bottom"><a href="javascript:window.print();">【打印本页】</a>&nbsp;&nbsp;<a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
</div>
<div class="footer"><div class="wrap">
<p>版权所有：成都市青白江区人民政府&nbsp;&nbsp;主办：成都市青白江区人民政府办公室&nbsp;&nbsp;承办：成都市青白江区政务服务管理和网络理政办公室</p>
<p>网站标识码：5101130001&nbsp;&nbsp;蜀ICP备12002743号&nbsp;&nbsp;川公网安备 51011302000110号&nbsp;&nbsp;联系电话：028-83692500</p>
</div></div>
</body>
</html>
"""
    page = page.replace("\n", "\r\n")  # the server sends CRLF
    write(os.path.join(HERE, stem + ".html"), page, encoding="gbk")

    clauses = [QBJ_INTRO]
    for head, text, items in QBJ_BODY:
        clauses.append(head + text)
        for lab, it in items:
            clauses.append(lab + it)
    clauses.append(QBJ_CONTACT)
    for no, name, kind, dept in QBJ_ROWS:
        clauses.append(f"序号：{no}；事项名称：{name}；事项类型：{kind}；原实施部门：{dept}")
    exp = {
        "meta": {
            "title": QBJ_TITLE,
            "doc_number": QBJ_NO,
            "issuer": ["成都市青白江区人民政府"],
            "date": "2024-07-15",
            "published": "2024-07-19",
            "level": "county",
            "region": "四川省成都市青白江区",
            "effective": "2024-08-01",
            "expires": None,
            "attachments": [QBJ_ATT],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "source": "区司法局 (信息来源 — the web publisher, NOT the issuer)",
            "source_url": url,
            "saved_as": "网页，仅HTML (server bytes: GBK, declared charset=gb2312, CRLF)",
        },
        "clauses": clauses,
        "applies_to": {
            "default": "四川省成都市青白江区",
            "specific": {
                "二、": "中国（四川）自由贸易试验区成都青白江铁路港片区 (成都国际铁路港综合保税区、铁路港片区物流园区、城厢镇部分区域)",
            },
            "note": "The delegated powers are exercised inside 铁路港片区 (二、); placing 一、, 三、(1)-(3) and the 附件 rows in 铁路港片区 as well is fine, 青白江区 also fine. 成都国际铁路港管理委员会 and the 原实施部门 (区商务局 …) are organs, not places. 共建“一带一路” does not place anything abroad. 四川省/成都市 (too broad) is low.",
        },
        "_note": "Saved as 网页，仅HTML: the raw bytes the server sent — GBK-encoded while the page declares charset=gb2312; the contact name 刘堃 uses 堃 (GBK 0x88D2, not in GB2312) and the title/附件 use — (GBK only in Python's gb2312 table): decoding strictly as gb2312 fails or garbles — must decode as GBK/GB18030 (mojibake anywhere = high). Body pasted from Word: class=MsoNormal paragraphs, text split across many inline spans (lang=EN-US spans for every figure: 2024, 7, 2, 37, 8, 9.68 …, and arbitrary run splits inside words) — text must be re-joined with NO inserted spaces (e.g. “2024年7月2日区政府第37次常务会议” not “2024 年 7 月 2 日”), <o:p></o:p> and <o:p>&nbsp;</o:p> empty paragraphs are nothing. The stray Word XML island <xml><w:WordDocument>… at the top of the body renders as visible text “Normal 0 Clean Clean 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE MicrosoftInternetExplorer4”: it is junk, never a clause nor a title (a clause = medium). The conditional-comment <style> block is invisible. Furniture: <title> (title + ' - 通知公告 - 青白江区人民政府'), gov <meta> tags, top bar (今天是/设为首页/加入收藏/无障碍浏览), banner, menu, 您现在的位置, the page h2 title, info line (发布时间 2024-07-19 09:30:12, 信息来源 区司法局, 浏览次数 1263, 大中小), the 文号 line at the top of the pasted body (→ doc_number), the Word title typed as TWO centred paragraphs (成都市青白江区人民政府 / 关于委托…实施 + 第二批…公告 in two spans) — it duplicates the h2; it must not become a clause or a second title, and the title must not be truncated to “成都市青白江区人民政府”; 特此公告。 (closing formula, tolerable as a clause, low); 附件说明 (→ attachments); the RIGHT-ALIGNED 落款 (成都市青白江区人民政府 + &nbsp; padding / 2024年7月15日 built from six spans) — not clauses; the label 附件 and the 附件 title (table title) after a Word page break <br clear=all style='page-break-before:always'>; 打印本页/关闭窗口; footer (版权所有/主办/承办/网站标识码/ICP/公安备案/联系电话 028-83692500). A 公告 has no 主送 (recipients empty). 一、…五、 are run-in 黑体 bold headings: heading + text = ONE clause. 六、 has no heading (the number starts the sentence). 三、 is followed by three Word auto-numbered list items whose labels （1）（2）（3） exist only inside <!--[if !supportLists]--> … <!--[endif]--> with mso-list:Ignore spans: each item is its own clause WITH its label (merging into 三、 is low; losing the label is low; items lost = high). The 附件 is a pasted MsoNormalTable: header row 序号/事项名称/事项类型/原实施部门 (the header must not be a data row); 原实施部门 is rowspan (区商务局 ×3, 区住房建设和交通局 ×2, 区市场监督管理局 ×2): every row must carry its 原实施部门 (blank = medium: the analyst's question is which 部门's power was delegated). issuer = 成都市青白江区人民政府 — NOT 区司法局 (信息来源, ContentSource) — issuer = 区司法局 is high. date = 落款 2024-07-15; 2024-07-19 is the web 发布时间; 2024-07-02 is the 常务会议 date; 2024-07-31 a deadline; effective 2024-08-01 (六、). The 2022 公告 cited in 六、 (青白江府告〔2022〕4号) is another document — its 文号 must not become this doc_number.",
        "_pdf": None,
        "_html": "No Word/PDF this round. 仅HTML save: no _files folder; css/js/logo links point to the server (/qbjqrmzf/…) and are absent.",
    }
    return stem, [exp]


# =====================================================================
# 4. 微信公众号 article (网页，仅HTML — raw server HTML)
# =====================================================================
WX_ACCOUNT = "山东商务"
WX_HEADLINE = "@外贸企业：2024年“一带一路”市场开拓资金申报启动，单个项目最高支持100万元"
WX_TITLE = "山东省商务厅 山东省财政厅关于做好2024年度外经贸发展专项资金（“一带一路”市场开拓方向）申报工作的通知"
WX_NO = "鲁商字〔2024〕87号"
WX_EDNOTE = "近日，省商务厅、省财政厅联合印发《关于做好2024年度外经贸发展专项资金（“一带一路”市场开拓方向）申报工作的通知》，对企业参加境外展会、建设海外仓、建设境外经贸合作区、组织中欧班列回程货源等给予支持，单个项目最高支持100万元，申报截止时间为2024年10月15日。请有需要的企业抓紧准备，现将通知全文转发如下。"
WX_INTRO = "为贯彻落实省委、省政府关于高质量参与共建“一带一路”的部署要求，支持企业开拓共建“一带一路”国家市场，根据《山东省省级外经贸发展专项资金管理办法》（鲁财工〔2023〕12号），现就2024年度外经贸发展专项资金（“一带一路”市场开拓方向）申报工作通知如下。"
WX_BODY = [
    ("一、支持方向和标准", "（一）境外展会。", "支持企业参加省商务厅发布的2024年度共建“一带一路”国家重点展会目录内的展会，按展位费、特装费的80%给予支持，每个展会每家企业最高10万元。"),
    (None, "（二）海外仓建设。", "支持企业在共建“一带一路”国家新建或租赁公共海外仓，面积5000平方米以上的，按实际投资额的30%给予支持，单个项目最高100万元。"),
    (None, "（三）境外经贸合作区。", "对经商务部确认考核的境外经贸合作区，按当年新增入区企业数量给予实施企业支持，每新增1家企业支持5万元，单个合作区最高80万元。"),
    (None, "（四）中欧班列（齐鲁号）回程货。", "对组织“齐鲁号”欧亚班列回程货源的企业，按每标准箱1000元给予支持，单个企业最高50万元。"),
    ("二、申报条件", "", "申报企业应在山东省内依法注册，具有独立法人资格，2023年1月1日以来未发生重大安全生产、环境污染事故，未被列入严重失信主体名单。同一项目已获得中央财政资金支持的，不得重复申报。"),
    ("三、申报程序", "（一）企业申报。", "企业于2024年9月20日至10月15日登录“山东省商务专项资金管理平台”填报申报材料，逾期不予受理。"),
    (None, "（二）市级审核。", "各市商务局会同财政局于2024年10月31日前完成初审，将审核意见和汇总表报送省商务厅、省财政厅。中国（山东）自由贸易试验区济南、青岛、烟台片区内企业由所在片区管委会初审。"),
    (None, "（三）省级评审。", "省商务厅会同省财政厅委托第三方机构开展评审，评审结果在省商务厅网站公示5个工作日。"),
    ("四、工作要求", "", "各市要加强政策宣传解读，严格审核把关，确保申报材料真实完整。对弄虚作假、骗取专项资金的企业，依法追回资金，3年内取消其申报资格。"),
]
WX_CONTACT = "联系人及电话：省商务厅对外投资和经济合作处 赵晨，0531-89013367；省财政厅经济建设处 钱立，0531-82669021。"


def wx_page():
    stem = "blind170_shandong_wechat"
    url = "https://mp.weixin.qq.com/s/Qx7mB2Lr0aTzK9uVw3YpHg"
    SP = 'style="font-size: 15px; letter-spacing: 1px; line-height: 1.75em;"'

    def p(text, indent=True, extra=""):
        st = 'style="text-indent: 2em; line-height: 1.75em; margin-bottom: 8px;"' if indent else 'style="line-height: 1.75em;"'
        return f'<p {st}><span {SP}>{text}</span></p>'

    c = []
    c.append('<section style="text-align: center;margin-bottom: 10px;"><img class="rich_pages wxw-img" data-ratio="0.4255" data-s="300,640" data-src="https://mmbiz.qpic.cn/mmbiz_png/7sKd0aQyTfJ1m2b3c4d5e6f7g8h9i0jKl/640?wx_fmt=png&amp;from=appmsg" data-type="png" data-w="1080" style="width: 100%;height: auto;"></section>')
    c.append('<section style="margin: 10px 0px;padding: 12px 15px;border: 1px dashed rgb(0, 112, 192);background-color: rgb(240, 247, 255);">'
             f'<p style="line-height: 1.75em;"><strong><span style="font-size: 15px;color: rgb(0, 112, 192);">编者按</span></strong></p>'
             f'<p style="line-height: 1.75em;"><span style="font-size: 14px;color: rgb(89, 89, 89);letter-spacing: 1px;">{WX_EDNOTE}</span></p></section>')
    c.append('<p><br></p>')
    c.append('<p style="text-align: center;line-height: 1.75em;"><strong><span style="font-size: 17px;color: rgb(192, 0, 0);">山东省商务厅 山东省财政厅</span></strong></p>')
    c.append('<p style="text-align: center;line-height: 1.75em;"><strong><span style="font-size: 17px;color: rgb(192, 0, 0);">关于做好2024年度外经贸发展专项资金（“一带一路”市场开拓方向）申报工作的通知</span></strong></p>')
    c.append(f'<p style="text-align: center;line-height: 1.75em;"><span style="font-size: 14px;color: rgb(127, 127, 127);">{WX_NO}</span></p>')
    c.append('<p><br></p>')
    c.append(p("各市商务局、财政局，中国（山东）自由贸易试验区济南、青岛、烟台片区管委会：", indent=False))
    c.append(p(WX_INTRO))
    for sec, head, text in WX_BODY:
        if sec:
            c.append(f'<p style="text-indent: 2em;line-height: 1.75em;"><strong><span {SP}>{sec}</span></strong></p>')
        if head:
            c.append(f'<p style="text-indent: 2em;line-height: 1.75em;margin-bottom: 8px;"><strong><span {SP}>{head}</span></strong><span {SP}>{text}</span></p>')
        else:
            c.append(p(text))
    c.append(p(WX_CONTACT))
    c.append('<p><br></p>')
    c.append(f'<p style="text-align: right;line-height: 1.75em;"><span {SP}>山东省商务厅&nbsp;&nbsp;&nbsp;&nbsp;山东省财政厅</span></p>')
    c.append(f'<p style="text-align: right;line-height: 1.75em;"><span {SP}>2024年9月6日</span></p>')
    c.append('<p><br></p>')
    c.append('<section style="margin-top: 20px;border-top: 1px solid rgb(217, 217, 217);padding-top: 10px;">'
             '<p style="line-height: 1.75em;"><span style="font-size: 13px;color: rgb(136, 136, 136);">来源：山东省商务厅</span></p>'
             '<p style="line-height: 1.75em;"><span style="font-size: 13px;color: rgb(136, 136, 136);">编辑：孙悦&nbsp;|&nbsp;审核：李明</span></p></section>')
    c.append('<section style="margin-top: 16px;"><p style="line-height: 1.75em;"><strong><span style="font-size: 15px;color: rgb(0, 112, 192);">往期推荐</span></strong></p>'
             '<p style="line-height: 1.75em;"><a target="_blank" href="https://mp.weixin.qq.com/s?__biz=MzA5NjQ3MTIwMQ==&amp;mid=2651234567&amp;idx=1&amp;sn=3f2a" textvalue="山东自贸试验区青岛片区发布第六批20项制度创新成果" linktype="text" data-linktype="2">山东自贸试验区青岛片区发布第六批20项制度创新成果</a></p>'
             '<p style="line-height: 1.75em;"><a target="_blank" href="https://mp.weixin.qq.com/s?__biz=MzA5NjQ3MTIwMQ==&amp;mid=2651234512&amp;idx=1&amp;sn=9b1c" textvalue="1—8月全省对共建“一带一路”国家进出口增长6.8%" linktype="text" data-linktype="2">1—8月全省对共建“一带一路”国家进出口增长6.8%</a></p></section>')
    c.append('<section style="text-align: center;margin-top: 16px;"><img class="rich_pages wxw-img" data-ratio="0.3" data-src="https://mmbiz.qpic.cn/mmbiz_gif/7sKd0aQyTfJ1m2b3c4d5e6f7g8h9i0jKm/640?wx_fmt=gif" data-type="gif" data-w="640" style="width: 100%;"></section>')
    c.append('<p style="text-align: center;"><span style="font-size: 12px;color: rgb(136, 136, 136);">点击“阅读原文”查看通知原文</span></p>')
    content = "\n".join(c)

    page = f"""<!DOCTYPE html>
<html class="">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<link rel="dns-prefetch" href="//res.wx.qq.com">
<link rel="dns-prefetch" href="//mmbiz.qpic.cn">
<link rel="shortcut icon" type="image/x-icon" href="//res.wx.qq.com/a/wx_fed/assets/res/NTI4MWU5.ico">
<script nonce="1402587723" type="text/javascript">
window.logs = {{ pagetime: {{}} }};
window.logs.pagetime['html_begin'] = (+new Date());
</script>
<meta name="description" content="{E(WX_EDNOTE[:54])}">
<meta name="author" content="山东省商务厅">
<meta property="og:title" content="{E(WX_HEADLINE)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://mmbiz.qpic.cn/mmbiz_jpg/7sKd0aQyTfJ1m2b3c4d5e6f7g8h9i0jKn/0?wx_fmt=jpeg">
<meta property="og:description" content="{E(WX_EDNOTE[:54])}">
<meta property="og:site_name" content="微信公众平台">
<meta property="og:type" content="article">
<meta property="og:article:author" content="山东省商务厅">
<meta property="twitter:card" content="summary">
<meta property="twitter:image" content="https://mmbiz.qpic.cn/mmbiz_jpg/7sKd0aQyTfJ1m2b3c4d5e6f7g8h9i0jKn/0?wx_fmt=jpeg">
<meta property="twitter:title" content="{E(WX_HEADLINE)}">
<meta property="twitter:creator" content="山东商务">
<meta property="twitter:site" content="微信公众平台">
<meta property="twitter:description" content="{E(WX_EDNOTE[:54])}">
<title>{E(WX_HEADLINE)}</title>
<link rel="stylesheet" href="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.m7e2f8a1.css">
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg appmsg_skin_default appmsg_style_default">
<div id="js_article" class="rich_media">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title " id="activity-name">
            {E(WX_HEADLINE)}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">
                山东省商务厅
            </span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt">
<a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">
                  {WX_ACCOUNT}
              </a>
<div id="js_profile_qrcode" aria-hidden="true" class="profile_container" style="display:none;">
<div class="profile_inner">
<strong class="profile_nickname">{WX_ACCOUNT}</strong>
<img class="profile_avatar" id="js_profile_qrcode_img" src="" alt="">
<p class="profile_meta"><label class="profile_meta_label">微信号</label><span class="profile_meta_value">sdswt_gov</span></p>
<p class="profile_meta"><label class="profile_meta_label">功能介绍</label><span class="profile_meta_value">山东省商务厅官方公众号，发布全省商务工作动态、政策信息和办事指南。</span></p>
</div>
<span class="profile_arrow_wrp" id="js_profile_arrow_wrp"><i class="profile_arrow arrow_out"></i><i class="profile_arrow arrow_in"></i></span>
</div>
</span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text" style="display: none;"><span id="js_ip_wording"></span></em>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
{content}
</div>
<div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display:none;"></div>
<div id="js_tags_preview_toast" class="article-tag__error-tips" style="display: none;">预览时标签不可点</div>
<div class="rich_media_tool_area">
<div class="rich_media_tool_meta" id="js_read_area3">
<a class="wx_tap_link js_wx_tap_highlight media_tool_meta meta_primary" id="js_view_source" href="javascript:void(0);">阅读原文</a>
</div>
</div>
</div>
</div>
</div>
<div id="js_pc_qr_code" class="qr_code_pc_outer" style="display:none;">
<div class="qr_code_pc_inner"><div class="qr_code_pc"><img id="js_pc_qr_code_img" class="qr_code_pc_img" alt=""><p>微信扫一扫<br>关注该公众号</p></div></div>
</div>
</div>
<div class="wx_stream_article_slide_tip">继续滑动看下一个</div>
<div class="wx_follow_context"><div class="wx_follow_avatar"><img alt=""></div><div class="wx_follow_info"><div class="wx_follow_nickname">{WX_ACCOUNT}</div><div class="wx_follow_tips">向上滑动看下一个</div></div></div>
</div>
<div id="unlogin_bottom_bar" class="interaction_bar__wrap">
<div class="interaction_bar"><span class="sns_opr_btn sns_praise_btn" id="js_like_btn"><span class="sns_opr_gap"></span><span id="js_like_wording">赞</span></span>
<span class="sns_opr_btn sns_like_btn" id="js_looking_btn"><span id="js_looking_wording">在看</span></span>
<span class="sns_opr_btn sns_share_btn" id="js_share_btn">分享</span>
<span class="sns_opr_btn sns_comment_btn" id="js_comment_btn">留言</span>
<span class="sns_opr_btn sns_collect_btn" id="js_collect_btn">收藏</span></div>
</div>
<div id="js_alert_panel" class="weui-desktop-popover" style="display:none"><p>知道了</p></div>
<div id="js_pc_weapp_code" style="display:none"><p>微信扫一扫<br>使用小程序</p><p><a>取消</a> <a>允许</a></p></div>
<div class="weui-desktop-dialog" id="js_unlogin_dialog" style="display:none"><p>微信扫一扫可打开此内容，<br>使用完整服务</p></div>
<div style="display:none;" id="js_a11y_label">：，，，，，，，，，，，，。视频小程序赞，轻点两下取消赞在看，轻点两下取消在看分享留言收藏听过</div>
<script type="text/javascript" nonce="1402587723">
    var biz = "MzA5NjQ3MTIwMQ==" || "";
    var sn = "c0d2e8f1a9b34d5e6f7a8b9c0d1e2f3a" || "";
    var mid = "2651238890" || "";
    var idx = "1" || "";
    var nickname = htmlDecode("{WX_ACCOUNT}");
    var ori_head_img_url = "http://wx.qlogo.cn/mmhead/Q3auHgzwzM4Dq1/132";
    var msg_title = '{WX_HEADLINE}'.html(false);
    var msg_desc = htmlDecode("{WX_EDNOTE[:54]}");
    var msg_link = "http://mp.weixin.qq.com/s?__biz=MzA5NjQ3MTIwMQ==&amp;mid=2651238890&amp;idx=1&amp;sn=c0d2e8f1a9b34d5e6f7a8b9c0d1e2f3a#rd";
    var msg_source_url = 'http://commerce.shandong.gov.cn/art/2024/9/10/art_16467_10345678.html';
    var ct = "1726135800";
    var publish_time = "2024-09-12" || "";
    var createTime = '2024-09-12 18:10';
    var user_name = "gh_5e3f2a1b9c8d";
    var ip_wording = {{ countryName: '中国', countryId: '156', provinceName: '山东', provinceId: '', cityName: '', cityId: '' }};
    var copyright_stat = "0";
    var hd_head_img = "http://wx.qlogo.cn/mmhead/Q3auHgzwzM4Dq1/0" || "";
</script>
<script type="text/javascript" nonce="1402587723" src="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/appmsg/index.m7e2f8a1.js"></script>
</body>
</html>
"""
    write(os.path.join(HERE, stem + ".html"), page)

    clauses = [WX_INTRO]
    for sec, head, text in WX_BODY:
        clauses.append(head + text)
    clauses.append(WX_CONTACT)
    exp = {
        "meta": {
            "title": WX_TITLE,
            "doc_number": WX_NO,
            "issuer": ["山东省商务厅", "山东省财政厅"],
            "date": "2024-09-06",
            "published": "2024-09-12",
            "level": "provincial",
            "region": "山东省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各市商务局、财政局", "中国（山东）自由贸易试验区济南、青岛、烟台片区管委会"],
            "publicity": None,
            "wechat_account": WX_ACCOUNT,
            "article_title": WX_HEADLINE,
            "article_published": "2024-09-12 18:10 (only in the script: ct = 1726135800, createTime)",
            "original_url": "http://commerce.shandong.gov.cn/art/2024/9/10/art_16467_10345678.html (msg_source_url = 阅读原文)",
            "saved_as": "网页，仅HTML (raw server HTML, UTF-8)",
        },
        "clauses": clauses,
        "applies_to": {
            "default": "山东省",
            "specific": {
                "三、（二）": "山东省 (its second sentence: 中国（山东）自由贸易试验区济南、青岛、烟台片区 — the 片区 first-review rule)",
            },
            "note": "共建“一带一路”国家 (海外仓, 展会, 境外经贸合作区) and 欧亚班列 do not place clauses abroad. The 片区 in the 主送 are recipients, not the place of the document. 山东 in ip_wording (IP属地) is page furniture.",
        },
        "_note": "A WeChat article that QUOTES a 通知: the policy document is the 通知 (title from the two centred red lines, joined: “山东省商务厅 山东省财政厅关于做好…的通知”; a space between the two joint issuers is normal and may be kept or dropped, a line break inside the title is low). The article headline (h1 #activity-name, <title>, og:title, msg_title) “@外贸企业：…最高支持100万元” is NOT the document title — keeping it only as the title (losing the 通知 title) is medium-high; it may be kept as an extra field. Saved as 网页，仅HTML = raw server HTML: #js_content carries style=\"visibility: hidden;\" (shown by script) — its text must still be read (all clauses lost = high); pictures carry only data-src. The publication date is NOT in the visible page: <em id=\"publish_time\"> is empty; it exists only in script variables (ct = \"1726135800\" = 2024-09-12 18:10 +08:00, publish_time, createTime). date = 落款 2024-09-06 (right-aligned, after the contact line); published 2024-09-12 is the repost date (null tolerable, low). issuer = the two joint issuers in the 落款/title (山东省商务厅, 山东省财政厅) — NOT the account 山东商务, NOT the author line 山东省商务厅 alone (one of two = medium), NOT 来源：山东省商务厅. Furniture, not clauses: head <meta>/og:/twitter: tags, the h1 headline, author line 山东省商务厅, account name 山东商务 (#js_name), the hidden profile card (微信号 sdswt_gov, 功能介绍 …), the banner picture, the 编者按 box (an editor's note — commentary, not policy text; as a clause of the 通知 it is medium, since an analyst would cite an editor's paraphrase as the 通知), the 文号 line (→ doc_number), 主送 (→ recipients), the 落款 (山东省商务厅&nbsp;×4山东省财政厅 / 2024年9月6日, right-aligned), 来源：山东省商务厅 / 编辑：孙悦 | 审核：李明, 往期推荐 with two other article titles (not clauses, not documents), the closing GIF, 点击“阅读原文”查看通知原文, 预览时标签不可点, 阅读原文, 微信扫一扫关注该公众号, 继续滑动看下一个, 向上滑动看下一个, 赞/在看/分享/留言/收藏, 知道了, 微信扫一扫使用小程序 取消 允许, 微信扫一扫可打开此内容，使用完整服务, the a11y string “：，，，，…视频小程序赞，轻点两下取消赞在看…”, the script block. 一、三、 are headings (bold, own paragraph) with （一）… run-in bold items (heading + text = ONE clause; 一、（一） and 三、（一） are different clauses); 二、 and 四、 are headings whose text is the following paragraph. The contact line is a clause (tolerable as furniture, low). The document cites 鲁财工〔2023〕12号 (another document): not this doc_number. Deadlines 2024-09-20…10-15, 10-31 are not dates of the document.",
        "_pdf": None,
        "_html": "No Word/PDF this round. 仅HTML save: no _files folder; images are remote data-src URLs.",
    }
    return stem, [exp]


def main():
    expected = {}
    for fn in (zz_page, xm_page, qbj_page, wx_page):
        stem, docs = fn()
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=1)
    for stem, docs in expected.items():
        print(stem, len(docs[0]["clauses"]), "clauses")


if __name__ == "__main__":
    main()
