# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402
"""Blind round 169: ordinary 公文 as four government portals publish them, saved from the
browser as "网页，全部" (Webpage, Complete): one .html/.htm page each plus its *_files folder.

Writes next to itself:
  blind169_henan_opinion.html    河南省人民政府门户网站: old table-based layout (nested layout
      tables); 信息公开 table; title split by <br>; 一、（一） body; an indicator table nested
      inside the layout tables; 附件说明 + download link; 相关文件/相关解读 boxes.  UTF-8.
  blind169_xiamen_measures.htm   厦门市人民政府: div layout with CSS classes; 信息公开 block made
      of divs; the body is Word-pasted HTML inside div.TRS_Editor (MsoNormal, <o:p>, spans
      splitting numbers, hard line wraps in the middle of Chinese text); the cover notice,
      its 落款, then the measures (一、…十、 run-in) and a table with a <br> in a header cell. UTF-8.
  blind169_guangxi_notice.html   广西壮族自治区商务厅: left-sidebar layout, encoded GBK but
      declared charset=gb2312 (the text holds 赟 喆 · — which are not in GB2312); joint
      issuers; a rowspan table; 1.2.3. items; three attachment links.
  blind169_ruili_measures.html   瑞丽市人民政府: body in an "iframe-like" nested div with
      inline styles only; no <p>: paragraphs are lines separated by <br> with &emsp; indents;
      第X条 articles under 第X章 headings; 文号 and 成文日期 only in the metadata table; one
      article broken by a stray <br> mid-sentence; a real <iframe> (share bar).
  expected.json

Run:  . /work/venv/bin/activate && python make_blind169.py
"""
import datetime as dt
import html
import json
import os

from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
WEEK = "一二三四五六日"


def esc(s):
    return html.escape(s, quote=False)


def saved_from(url):
    return "<!-- saved from url=(%04d)%s -->" % (len(url), url)


def cn_date(d):
    d = dt.date.fromisoformat(d)
    return "%d年%d月%d日 星期%s" % (d.year, d.month, d.day, WEEK[d.weekday()])


def write_files_dir(stem, site_name, color, css, js=""):
    """The *_files folder Chrome writes next to a page saved as 网页，全部."""
    d = os.path.join(HERE, stem + "_files")
    os.makedirs(d, exist_ok=True)
    img = Image.new("RGB", (600, 90), color)
    dr = ImageDraw.Draw(img)
    try:
        f = ImageFont.truetype(FONT, 40, index=2)
    except OSError:
        f = ImageFont.load_default()
    dr.text((20, 18), site_name, fill="white", font=f)
    img.save(os.path.join(d, "logo.png"))
    Image.new("RGB", (110, 55), (200, 0, 0)).save(os.path.join(d, "dzjg.png"))   # 党政机关 badge
    Image.new("RGB", (110, 55), (230, 80, 0)).save(os.path.join(d, "jiucuo.png"))  # 政府网站找错
    with open(os.path.join(d, "style.css"), "w", encoding="utf-8") as fh:
        fh.write(css)
    with open(os.path.join(d, "common.js"), "w", encoding="utf-8") as fh:
        fh.write(js or "/* site common script */\nfunction doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}\n")
    return os.path.basename(d)


# =====================================================================================
# A. 河南省人民政府 — table-based layout, UTF-8
# =====================================================================================
HN_STEM = "blind169_henan_opinion"
HN_URL = "https://www.henan.gov.cn/2024/04-25/2961057.html"
HN_TITLE_1 = "河南省人民政府办公厅"
HN_TITLE_2 = "关于支持郑州航空港经济综合实验区高水平建设“空中丝绸之路”的若干意见"
HN_TITLE = HN_TITLE_1 + HN_TITLE_2
HN_NUM = "豫政办〔2024〕27号"
HN_DATE = "2024-04-18"
HN_PUB = "2024-04-25"
HN_RECIP = "各省辖市人民政府，济源示范区管委会，航空港区管委会，省人民政府各部门："
HN_ATTACH = "郑州航空港经济综合实验区“空中丝绸之路”建设重点任务分工表"
HN_P0 = "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，加快建设郑州—卢森堡“空中丝绸之路”，支持郑州航空港经济综合实验区（以下简称航空港区）打造国际航空货运枢纽，经省政府同意，现提出以下意见。"
HN_P1 = "坚持枢纽带动、通道支撑、产业协同，以郑州新郑国际机场为核心，以中国（河南）自由贸易试验区郑州片区为改革试验平台，推动航空货运网络、口岸功能和临空产业协同发展。到2026年，郑州新郑国际机场货邮吞吐量达到100万吨，国际地区全货机航线达到50条，通航共建“一带一路”国家城市达到30个，航空港区外贸进出口总额突破6500亿元。主要指标见下表。"
HN_TABLE_CAPTION = "航空港区“空中丝绸之路”建设主要指标"
HN_TABLE_HEAD = ["指标", "单位", "2023年", "2024年", "2026年"]
HN_TABLE_ROWS = [
    ["货邮吞吐量", "万吨", "60.8", "70", "100"],
    ["国际地区全货机航线", "条", "41", "44", "50"],
    ["通航共建“一带一路”国家城市", "个", "22", "25", "30"],
    ["跨境电商进出口单量", "亿单", "1.6", "2.0", "3.0"],
    ["外贸进出口总额", "亿元", "4985", "5500", "6500"],
]
HN_TABLE_NOTE = "注：2023年为实际完成值，2024年、2026年为预期目标值。"
HN_BODY = [
    ("h", "一、总体要求"),
    ("p", HN_P1),
    ("table",),
    ("h", "二、加密拓展国际航线网络"),
    ("i", "（一）巩固提升郑州—卢森堡“双枢纽”航线。", "支持卢森堡国际货运航空公司在郑州增加运力投放，每周往返航班稳定在35班以上；对在郑州新郑国际机场新增执飞洲际全货机航线的航空公司，按照每班次10万元给予补助，单条航线年度补助最高不超过1000万元。"),
    ("i", "（二）开辟共建“一带一路”国家新航点。", "重点开辟至中亚、西亚、东南亚和中东欧地区的全货机航线，对首次开通至共建“一带一路”国家城市、且年度执飞不少于52班的全货机航线，给予航空公司一次性奖励300万元。"),
    ("i", "（三）发展“空空中转”和“空陆联运”。", "支持郑州新郑国际机场开展国际中转集拼业务，推动“卡车航班”覆盖周边800公里范围内主要城市，2025年底前建成郑州航空港国际中转集拼中心。"),
    ("h", "三、提升航空口岸开放功能"),
    ("i", "（四）完善指定监管场地功能。", "支持郑州新郑国际机场在现有进口肉类、冰鲜水产品、水果等指定监管场地基础上，申建进口药品、医疗器械口岸，2024年底前完成进口药品口岸申报。"),
    ("i", "（五）深化通关便利化改革。", "会同郑州海关在航空港区全面推广“提前申报”“两步申报”“货站前置”等模式，2024年进口货物整体通关时间压缩至36小时以内，出口货物整体通关时间压缩至1.5小时以内。"),
    ("h", "四、培育壮大临空产业"),
    ("i", "（六）发展跨境电商和海外仓。", "支持企业在共建“一带一路”国家布局海外仓，对经认定的省级公共海外仓，按照实际投资额的20%给予一次性补助，最高不超过200万元。"),
    ("i", "（七）壮大航空物流市场主体。", "对新引进的全球排名前20位的航空物流企业在航空港区设立区域总部或分拨中心的，由航空港区管委会给予最高500万元落户奖励。"),
    ("i", "（八）推动全省协同发展。", "支持中国（河南）自由贸易试验区洛阳片区与航空港区共建“飞地”产业园，支持南阳姜营机场开通至郑州新郑国际机场的“卡车航班”，形成全省航空货运协同网络。"),
    ("h", "五、强化保障措施"),
    ("i", "（九）加大资金支持。", "2024—2026年，省财政每年统筹安排“空中丝绸之路”建设专项资金5亿元，由省商务厅、省财政厅会同航空港区管委会制定具体管理办法。"),
    ("i", "（十）加强组织协调。", "省推进“空中丝绸之路”建设工作领导小组办公室（设在省发展改革委）负责统筹协调，每半年开展一次督导评估，重大事项及时报告省政府。"),
]


def table_row_clause(head, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(head, row) if v not in ("",))


def hn_clauses():
    out = [HN_P0]
    for b in HN_BODY:
        if b[0] == "p":
            out.append(b[1])
        elif b[0] == "i":
            out.append(b[1] + b[2])
        elif b[0] == "table":
            out += [table_row_clause(HN_TABLE_HEAD, r) for r in HN_TABLE_ROWS]
            out.append(HN_TABLE_NOTE)
    return out


def build_henan():
    files = write_files_dir(HN_STEM, "河南省人民政府门户网站", (180, 20, 20), """
body{margin:0;font:12px/1.8 "宋体",SimSun;background:#fff}
.top{background:#b41414}.nav td{background:#8c0f0f;color:#fff;font-size:15px;text-align:center}
.weizhi{height:36px;border-bottom:1px solid #ddd}.xxgk_table td{font-size:13px}.xxgk_table .t1{background:#f4f4f4;font-weight:bold}
#zoom{font-size:16px;line-height:2;padding:20px 40px}#zoom p{margin:0}
.xgwj td{font-size:13px}.foot td{color:#666;text-align:center}
""")
    title = HN_TITLE
    body = []
    body.append('<p style="text-align: justify;">%s</p>' % esc(HN_RECIP))
    body.append('<p style="text-indent: 2em; text-align: justify;">%s</p>' % esc(HN_P0))
    for b in HN_BODY:
        if b[0] == "h":
            body.append('<p style="text-indent: 2em; text-align: justify;"><strong><span style="font-family: 黑体, SimHei;">%s</span></strong></p>' % esc(b[1]))
        elif b[0] == "p":
            body.append('<p style="text-indent: 2em; text-align: justify;">%s</p>' % esc(b[1]))
        elif b[0] == "i":
            body.append('<p style="text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312, KaiTi;">%s</span>%s</p>' % (esc(b[1]), esc(b[2])))
        elif b[0] == "table":
            body.append('<p style="text-align: center;"><strong>%s</strong></p>' % esc(HN_TABLE_CAPTION))
            t = ['<table width="90%" border="1" cellspacing="0" cellpadding="0" align="center" style="border-collapse: collapse; border-color: #000000;">', "<tbody>"]
            t.append("<tr>" + "".join('<td style="text-align: center;" height="32"><p style="text-align: center;"><strong>%s</strong></p></td>' % esc(h) for h in HN_TABLE_HEAD) + "</tr>")
            for r in HN_TABLE_ROWS:
                t.append("<tr>" + "".join('<td style="text-align: center;" height="30"><p style="text-align: center;">%s</p></td>' % esc(v) for v in r) + "</tr>")
            t.append("</tbody></table>")
            body.append("\n".join(t))
            body.append('<p style="text-indent: 2em; text-align: justify;">%s</p>' % esc(HN_TABLE_NOTE))
    body.append('<p style="text-indent: 2em;">&nbsp;</p>')
    body.append('<p style="text-indent: 2em; text-align: justify;">附件：%s</p>' % esc(HN_ATTACH))
    body.append('<p style="text-indent: 2em;">&nbsp;</p>')
    body.append('<p style="text-align: right;">河南省人民政府办公厅&nbsp;&nbsp;&nbsp;&nbsp;</p>')
    body.append('<p style="text-align: right;">2024年4月18日&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</p>')
    body.append('<p style="text-indent: 2em;">（此件公开发布）</p>')
    body_html = "\n".join(body)

    related_files = [
        ("河南省人民政府关于印发中国（河南）自由贸易试验区提升发展行动方案（2023—2025年）的通知", "豫政〔2023〕15号", "2023-06-30"),
        ("河南省人民政府办公厅关于印发河南省“十四五”航空物流发展规划的通知", "豫政办〔2022〕41号", "2022-05-12"),
        ("河南省人民政府办公厅关于加快郑州—卢森堡“空中丝绸之路”建设的实施意见", "豫政办〔2021〕8号", "2021-02-26"),
    ]
    related_jd = [
        ("【图解】一图读懂《关于支持郑州航空港经济综合实验区高水平建设“空中丝绸之路”的若干意见》", "2024-04-26"),
        ("省商务厅负责同志就《若干意见》答记者问：十条措施打造国际航空货运枢纽", "2024-04-26"),
    ]
    nav = ["首页", "要闻动态", "政务公开", "政务服务", "互动交流", "数据开放", "走进河南", "专题专栏"]
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
{saved_from(HN_URL)}
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<title>{esc(title)}_省政府办公厅文件_河南省人民政府门户网站</title>
<meta name="SiteName" content="河南省人民政府门户网站">
<meta name="SiteDomain" content="www.henan.gov.cn">
<meta name="SiteIDCode" content="4100000002">
<meta name="ColumnName" content="省政府办公厅文件">
<meta name="ColumnType" content="政策文件">
<meta name="ArticleTitle" content="{esc(title)}">
<meta name="PubDate" content="2024-04-25 17:05">
<meta name="ContentSource" content="河南省人民政府办公厅">
<meta name="Keywords" content="空中丝绸之路,航空港区,若干意见">
<link href="./{files}/style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="./{files}/common.js"></script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top">
  <tbody><tr>
    <td width="620" height="110"><a href="https://www.henan.gov.cn/"><img src="./{files}/logo.png" width="600" height="90" alt="河南省人民政府门户网站" border="0"></a></td>
    <td align="right" valign="top" style="color:#fff;padding-top:10px"><a href="https://www.henan.gov.cn/wza/" style="color:#fff">无障碍</a> | <a href="https://www.henan.gov.cn/zzlnb/" style="color:#fff">长者模式</a> | <a href="https://english.henan.gov.cn/" style="color:#fff">English</a><br>{cn_date(HN_PUB)}</td>
  </tr>
</tbody></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="nav">
  <tbody><tr height="42">
    {"".join('<td><a href="https://www.henan.gov.cn/#" style="color:#fff">%s</a></td>' % n for n in nav)}
  </tr>
</tbody></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tbody><tr>
    <td class="weizhi">当前位置：<a href="https://www.henan.gov.cn/">首页</a> &gt; <a href="https://www.henan.gov.cn/zwgk/">政务公开</a> &gt; <a href="https://www.henan.gov.cn/zwgk/zcwj/">政策文件</a> &gt; <a href="https://www.henan.gov.cn/zwgk/zcwj/szfbgtwj/">省政府办公厅文件</a></td>
    <td class="weizhi" align="right"><form action="https://www.henan.gov.cn/search/"><input type="text" name="q" value="请输入关键字"><input type="submit" value="搜索"></form></td>
  </tr>
</tbody></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #e3e3e3;margin-top:10px">
  <tbody><tr>
    <td align="center" style="padding:15px 0">
      <table width="96%" border="1" bordercolor="#d9d9d9" cellpadding="6" cellspacing="0" class="xxgk_table" style="border-collapse:collapse">
        <tbody><tr>
          <td width="12%" class="t1">索&nbsp;引&nbsp;号：</td><td width="38%">005184343/2024-00087</td>
          <td width="12%" class="t1">主题分类：</td><td width="38%">商贸、海关、旅游\\对外经贸合作</td>
        </tr>
        <tr>
          <td class="t1">发文机关：</td><td>河南省人民政府办公厅</td>
          <td class="t1">成文日期：</td><td>2024年04月18日</td>
        </tr>
        <tr>
          <td class="t1">标　　题：</td><td colspan="3">{esc(title)}</td>
        </tr>
        <tr>
          <td class="t1">文　　号：</td><td>{HN_NUM}</td>
          <td class="t1">发布日期：</td><td>2024年04月25日</td>
        </tr>
        <tr>
          <td class="t1">有&nbsp;效&nbsp;性：</td><td>有效</td>
          <td class="t1">主&nbsp;题&nbsp;词：</td><td></td>
        </tr>
      </tbody></table>
    </td>
  </tr>
  <tr>
    <td align="center" style="padding:20px 40px 6px 40px"><h1 style="font-size:26px;color:#b41414;font-family:'微软雅黑';line-height:1.6;margin:0">{HN_TITLE_1}<br>{esc(HN_TITLE_2)}</h1></td>
  </tr>
  <tr>
    <td align="center" style="font-size:16px;color:#333;padding-bottom:8px">{HN_NUM}</td>
  </tr>
  <tr>
    <td align="right" style="border-bottom:1px dashed #ccc;padding:0 40px 6px 0">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】&nbsp;&nbsp;<a href="javascript:window.print()">打印本页</a>&nbsp;&nbsp;<a href="javascript:window.close()">关闭窗口</a></td>
  </tr>
  <tr>
    <td id="zoom" class="content" valign="top">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
{body_html}
<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
    </td>
  </tr>
  <tr>
    <td style="padding:10px 40px">
      <table width="100%" border="0" cellspacing="0" cellpadding="4" class="fujian">
        <tbody><tr><td style="font-weight:bold">附件下载：</td></tr>
        <tr><td><img src="./{files}/dzjg.png" width="16" height="16" alt="">&nbsp;<a href="https://www.henan.gov.cn/attach/2024/04/25/P020240425599123456789.xls">{esc(HN_ATTACH)}.xls</a></td></tr>
      </tbody></table>
    </td>
  </tr>
  <tr>
    <td style="padding:10px 40px 20px 40px">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tbody><tr>
          <td width="49%" valign="top">
            <table width="100%" border="0" cellspacing="0" cellpadding="4" class="xgwj">
              <tbody><tr><td colspan="2" style="background:#f4f4f4;font-weight:bold;font-size:14px">相关文件</td></tr>
              {"".join('<tr><td>· <a href="https://www.henan.gov.cn/#">%s</a>（%s）</td><td width="80" align="right">%s</td></tr>' % (esc(t), n, d) for t, n, d in related_files)}
            </tbody></table>
          </td>
          <td width="2%"></td>
          <td width="49%" valign="top">
            <table width="100%" border="0" cellspacing="0" cellpadding="4" class="xgwj">
              <tbody><tr><td colspan="2" style="background:#f4f4f4;font-weight:bold;font-size:14px">相关解读</td></tr>
              {"".join('<tr><td>· <a href="https://www.henan.gov.cn/#">%s</a></td><td width="80" align="right">%s</td></tr>' % (esc(t), d) for t, d in related_jd)}
            </tbody></table>
          </td>
        </tr>
      </tbody></table>
    </td>
  </tr>
</tbody></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot" style="margin-top:12px;border-top:3px solid #b41414">
  <tbody><tr>
    <td width="130" rowspan="3" align="center"><img src="./{files}/dzjg.png" width="55" height="60" alt="党政机关"></td>
    <td height="28"><a href="https://www.henan.gov.cn/lxwm/">联系我们</a> | <a href="https://www.henan.gov.cn/wzdt/">网站地图</a> | <a href="https://www.henan.gov.cn/syb/">使用帮助</a> | <a href="https://www.henan.gov.cn/bqsm/">版权声明</a></td>
    <td width="130" rowspan="3" align="center"><img src="./{files}/jiucuo.png" width="110" height="55" alt="政府网站找错"></td>
  </tr>
  <tr><td height="24">主办：河南省人民政府办公厅　　承办：河南省人民政府网络数据中心　　网站标识码：4100000002</td></tr>
  <tr><td height="24"><a href="https://beian.miit.gov.cn/">豫ICP备05000412号</a>　　<img src="./{files}/dzjg.png" width="16" height="16" alt="">豫公网安备 41010502003026号　　建议使用1366×768分辨率浏览</td></tr>
</tbody></table>
<script id="_jiucuo_" sitecode="4100000002" src="./{files}/common.js"></script>
</body></html>
"""
    path = os.path.join(HERE, HN_STEM + ".html")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(page)
    return path


# =====================================================================================
# B. 厦门市人民政府 — div layout with CSS classes, Word-pasted TRS_Editor body, UTF-8, .htm
# =====================================================================================
XM_STEM = "blind169_xiamen_measures"
XM_URL = "https://www.xm.gov.cn/zwgk/flfg/sfbwj/202406/t20240607_2861234.htm"
XM_TITLE = "厦门市人民政府办公厅关于印发厦门市支持“丝路海运”高质量发展若干措施的通知"
XM_MEASURES = "厦门市支持“丝路海运”高质量发展若干措施"
XM_NUM = "厦府办规〔2024〕9号"
XM_DATE = "2024-06-03"
XM_PUB = "2024-06-07"
XM_RECIP = "各区人民政府，市直各委、办、局，各开发区管委会，各有关单位："
XM_COVER = "《厦门市支持“丝路海运”高质量发展若干措施》已经市政府同意，现印发给你们，请认真组织实施。"
XM_INTRO = "为加快建设“丝路海运”国际航运枢纽，推动中国（福建）自由贸易试验区厦门片区高水平开放，更好服务共建“一带一路”高质量发展，结合我市实际，制定以下措施。"
XM_ITEMS = [
    ("一、支持开辟“丝路海运”命名航线。", "对在厦门港新开辟并经“丝路海运”联盟命名的集装箱航线，开通后12个月内完成航次不少于40个的，给予航线经营人一次性奖励80万元；其中通达共建“一带一路”国家港口的，奖励提高至120万元。"),
    ("二、支持海铁联运发展。", "对经厦门港进出的海铁联运集装箱，按照每标准箱150元给予货运代理企业补助，单个企业年度补助最高不超过300万元。"),
    ("三、支持港口集装箱吞吐量增长。", "对年度在厦门港新增外贸集装箱吞吐量5000标准箱以上的船公司，按照新增量每标准箱20元给予奖励，单家企业年度奖励最高不超过500万元。"),
    ("四、支持智慧港口建设。", "支持海沧港区、翔安港区实施自动化码头改造，按照设备投资额的10%给予补助，单个项目补助最高不超过2000万元。"),
    ("五、支持航运企业落户。", "对新落户厦门片区、注册资本5000万元以上的国际船舶运输、船舶管理企业，给予一次性落户奖励100万元；年度营业收入首次突破10亿元的，再给予奖励200万元。"),
    ("六、支持国际船舶登记。", "对在厦门片区办理国际船舶登记、船籍港为“中国厦门”的国际航行船舶，按照每艘每总吨10元给予船舶所有人一次性奖励，单艘船舶最高不超过50万元。"),
    ("七、提升通关效率。", "会同厦门海关、厦门海事局推广“船边直提”“抵港直装”“离港确认”模式，2024年底前实现进口集装箱“船边直提”比例达到30%以上。"),
    ("八、奖励标准汇总。", "本措施第一条至第六条奖励标准汇总如下："),
    ("TABLE", ""),
    ("九、资金申报与兑现。", "本措施所需资金由市、区两级财政按照现行财政体制分担。符合条件的企业于每年3月31日前向市港口管理局或厦门片区管委会提出申请，经审核公示后兑现。"),
    ("十、其他事项。", "本措施与我市其他同类政策有重叠的，按照“从高、不重复”原则执行。本措施由市港口管理局会同厦门片区管委会负责解释，自2024年7月1日起施行，有效期至2027年6月30日。"),
]
XM_TABLE_HEAD = ["序号", "支持事项", "奖励标准", "年度上限", "责任单位"]
XM_TABLE_HEAD_HTML = ["序号", "支持事项", "奖励标准", "年度<br>上限", "责任单位"]
XM_TABLE_ROWS = [
    ["1", "新开“丝路海运”命名航线", "80万元/条（通达共建“一带一路”国家港口的120万元/条）", "—", "市港口管理局"],
    ["2", "海铁联运集装箱", "150元/标准箱", "300万元/企业", "市港口管理局"],
    ["3", "外贸集装箱吞吐量增长", "新增量20元/标准箱", "500万元/企业", "市港口管理局"],
    ["4", "自动化码头改造", "设备投资额的10%", "2000万元/项目", "市交通运输局"],
    ["5", "航运企业落户", "100万元（营业收入首次突破10亿元的再奖励200万元）", "—", "厦门片区管委会"],
    ["6", "国际船舶登记", "10元/总吨", "50万元/艘", "厦门片区管委会"],
]


def xm_clauses():
    out = [XM_COVER, XM_INTRO]
    for h, t in XM_ITEMS:
        if h == "TABLE":
            out += [table_row_clause(XM_TABLE_HEAD, r) for r in XM_TABLE_ROWS]
        else:
            out.append(h + t)
    return out


def _is_cjk(ch):
    return "\u2e80" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" or "\u3000" <= ch <= "\u303f" or ch in "“”"


def word_wrap(s, width=76):
    """Hard-wrap HTML the way Word's "save as web page" does: break at spaces inside tags and
    between two CJK characters inside text, so that newlines fall in the middle of sentences."""
    out, line, in_tag = [], "", False
    for i, ch in enumerate(s):
        if ch == "<":
            in_tag = True
        if len(line) >= width:
            if in_tag and ch == " ":
                out.append(line)
                line = ""
                continue
            if not in_tag and i > 0 and _is_cjk(s[i - 1]) and _is_cjk(ch):
                out.append(line)
                line = ""
        line += ch
        if ch == ">":
            in_tag = False
    out.append(line)
    return "\n".join(out)


def en_spans(text, font="仿宋_GB2312"):
    """Word puts ASCII runs (digits, %, /) in <span lang=EN-US>."""
    import re
    parts = re.split(r"([0-9A-Za-z.%/]+)", text)
    out = []
    for k, p in enumerate(parts):
        if not p:
            continue
        if k % 2 == 1:
            out.append("<span lang=EN-US style='font-family:\"Times New Roman\",serif'>%s</span>" % esc(p))
        else:
            out.append(esc(p))
    return "<span style='font-size:16.0pt;font-family:%s'>%s</span>" % (font, "".join(out))


def mso_p(inner, indent=True, align=None):
    style = "text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly" if indent else "line-height:28.0pt;mso-line-height-rule:exactly"
    al = ""
    if align:
        al = " align=%s" % align
        style = "text-align:%s;" % align + style
    return word_wrap("<p class=MsoNormal%s style='%s'>%s<span lang=EN-US><o:p></o:p></span></p>" % (al, style, inner))


def build_xiamen():
    files = write_files_dir(XM_STEM, "厦门市人民政府", (0, 84, 166), """
body{margin:0;font:14px/1.8 "Microsoft YaHei";background:#f5f7fa}.w1200{width:1200px;margin:0 auto}
.topbar{background:#eef2f7;height:32px}.header{background:#0054a6;height:120px}.nav{background:#00468c}.nav li{display:inline-block;padding:0 22px;color:#fff}
.location{padding:12px 0;color:#666}.xxgk-info{background:#fff;border:1px solid #dde3ea;padding:12px 20px}.xxgk-row{display:flex}.xxgk-cell{flex:1;padding:4px 0}.xxgk-cell.full{flex:2}
.xxgk-name{color:#0054a6;font-weight:bold;display:inline-block;width:90px}.article{background:#fff;margin-top:16px;padding:30px 60px}
.article-title{font-size:26px;text-align:center;color:#0d3c74}.article-info{text-align:center;color:#999;border-bottom:1px solid #eee;padding-bottom:10px}
.article-info span{margin:0 10px}.article-body{font-size:16px;line-height:2;padding:20px 0}.article-attach{border-top:1px dashed #ccc;padding-top:10px}
.related{background:#fff;margin-top:16px;padding:16px 60px}.related h3{border-left:4px solid #0054a6;padding-left:8px}.related .summary{color:#888;font-size:13px}
.footer{background:#0b2a4a;color:#bcd;text-align:center;padding:24px 0;margin-top:30px}
""")
    # ---- Word-pasted body
    B = []
    B.append('<div class="TRS_PreAppend" style="overflow-x: hidden; word-break: break-all">')
    B.append('<style type="text/css">.TRS_Editor P{margin-top:0px;margin-bottom:0px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor TD,.TRS_Editor TH{font-size:12pt;}</style>')
    B.append("<!--[if gte mso 9]><xml>\n <w:WordDocument>\n  <w:View>Normal</w:View>\n  <w:Zoom>0</w:Zoom>\n  <w:PunctuationKerning/>\n  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>\n  <w:Compatibility><w:SpaceForUL/></w:Compatibility>\n </w:WordDocument>\n</xml><![endif]-->")
    B.append(mso_p(en_spans(XM_NUM), indent=False, align="center"))
    B.append(mso_p("<span lang=EN-US style='font-size:16.0pt'><o:p>&nbsp;</o:p></span>", indent=False))
    B.append(mso_p(en_spans(XM_RECIP), indent=False))
    B.append(mso_p(en_spans(XM_COVER)))
    B.append(mso_p("<span lang=EN-US style='font-size:16.0pt'><o:p>&nbsp;</o:p></span>"))
    B.append(mso_p(en_spans("厦门市人民政府办公厅") + "<span lang=EN-US style='font-size:16.0pt'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span>", indent=False, align="right"))
    B.append(mso_p(en_spans("2024年6月3日") + "<span lang=EN-US style='font-size:16.0pt'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span>", indent=False, align="right"))
    B.append(mso_p(en_spans("（此件主动公开）")))
    B.append(mso_p("<span lang=EN-US style='font-size:16.0pt'><o:p>&nbsp;</o:p></span>"))
    B.append(mso_p("<span style='font-size:22.0pt;font-family:方正小标宋简体'>%s</span>" % esc(XM_MEASURES), indent=False, align="center"))
    B.append(mso_p("<span lang=EN-US style='font-size:16.0pt'><o:p>&nbsp;</o:p></span>"))
    B.append(mso_p(en_spans(XM_INTRO)))
    for h, t in XM_ITEMS:
        if h == "TABLE":
            rows = []
            rows.append("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=604\n style='width:453.0pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;\n mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>")
            widths = [40, 130, 230, 100, 104]
            rows.append(" <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>")
            for w, hh in zip(widths, XM_TABLE_HEAD_HTML):
                rows.append(word_wrap("  <td width=%d valign=top style='width:%d.0pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>\n  <p class=MsoNormal align=center style='text-align:center'><b><span style='font-family:黑体'>%s</span></b><span lang=EN-US><o:p></o:p></span></p>\n  </td>" % (w, w * 3 // 4, hh)))
            rows.append(" </tr>")
            for ri, r in enumerate(XM_TABLE_ROWS):
                rows.append(" <tr style='mso-yfti-irow:%d'>" % (ri + 1))
                for w, v in zip(widths, r):
                    rows.append(word_wrap("  <td width=%d valign=top style='width:%d.0pt;border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt'>\n  <p class=MsoNormal align=center style='text-align:center'>%s<span lang=EN-US><o:p></o:p></span></p>\n  </td>" % (w, w * 3 // 4, en_spans(v).replace("font-size:16.0pt;", "font-size:12.0pt;"))))
                rows.append(" </tr>")
            rows.append("</table>")
            B.append("\n".join(rows))
            continue
        B.append(mso_p("<b><span style='font-size:16.0pt;font-family:黑体'>%s</span></b>%s" % (esc(h), en_spans(t))))
    B.append("</div>")
    body_html = "\n\n".join(B)

    meta_rows = [
        [("索 引 号：", "XM00105-0200-2024-00031"), ("发文机关：", "厦门市人民政府办公厅")],
        [("主题分类：", "交通运输\\水运"), ("成文日期：", "2024-06-03")],
        [("名　　称：", XM_TITLE)],
        [("文　　号：", XM_NUM), ("发布日期：", "2024-06-07")],
        [("有 效 性：", "有效"), ("主 题 词：", "丝路海运 航线 奖励")],
    ]
    meta_html = "\n".join(
        '    <div class="xxgk-row">%s</div>' % "".join(
            '<div class="xxgk-cell%s"><span class="xxgk-name">%s</span><span class="xxgk-value">%s</span></div>' % (" full" if len(row) == 1 else "", esc(n), esc(v)) for n, v in row)
        for row in meta_rows)
    nav = ["首页", "新闻资讯", "政务公开", "政务服务", "互动交流", "数据发布", "走进厦门"]
    desc = XM_RECIP + XM_COVER
    page = f"""<!DOCTYPE html>
{saved_from(XM_URL)}
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(XM_TITLE)}</title>
<meta name="SiteName" content="厦门市人民政府">
<meta name="SiteDomain" content="www.xm.gov.cn">
<meta name="SiteIDCode" content="3502000001">
<meta name="ColumnName" content="市政府办公厅文件">
<meta name="ColumnType" content="规范性文件">
<meta name="ArticleTitle" content="{esc(XM_TITLE)}">
<meta name="PubDate" content="2024-06-07 16:30">
<meta name="ContentSource" content="市政府办公厅">
<meta name="Keywords" content="丝路海运,海铁联运,航线,奖励">
<meta name="Description" content="{esc(desc)}">
<meta name="Url" content="{XM_URL}">
<link rel="stylesheet" href="./{files}/style.css">
<script src="./{files}/common.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span class="today">{cn_date(XM_PUB)}</span><span class="links"><a href="https://www.xm.gov.cn/wza/">无障碍浏览</a><a href="https://www.xm.gov.cn/?care=1">关怀版</a><a href="javascript:;">繁體</a><a href="https://www.xm.gov.cn/login">登录</a></span></div></div>
<div class="header"><div class="w1200"><a class="logo" href="https://www.xm.gov.cn/"><img src="./{files}/logo.png" alt="厦门市人民政府"></a>
  <div class="search"><input type="text" placeholder="请输入关键词"><button type="button">搜索</button></div></div></div>
<div class="nav"><ul class="w1200">{"".join('<li><a href="https://www.xm.gov.cn/#">%s</a></li>' % n for n in nav)}</ul></div>
<div class="w1200 main">
  <div class="location">您当前所在位置：<a href="https://www.xm.gov.cn/">首页</a><span>&gt;</span><a href="https://www.xm.gov.cn/zwgk/">政务公开</a><span>&gt;</span><a href="https://www.xm.gov.cn/zwgk/flfg/">政策文件</a><span>&gt;</span><a href="https://www.xm.gov.cn/zwgk/flfg/sfbwj/">市政府办公厅文件</a></div>
  <div class="xxgk-info">
{meta_html}
  </div>
  <div class="article">
    <h1 class="article-title">{esc(XM_TITLE)}</h1>
    <div class="article-info"><span>发布时间：2024-06-07 16:30</span><span>来源：市政府办公厅</span><span>浏览次数：<em id="hits">2381</em></span><span class="fontsize">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span></div>
    <div class="article-body TRS_Editor" id="zoom">
{body_html}
    </div>
    <div class="article-attach"><p>附件下载：</p><ul><li><a href="https://www.xm.gov.cn/zwgk/flfg/sfbwj/202406/P020240607573310845122.pdf">厦府办规〔2024〕9号（原文）.pdf</a></li></ul></div>
    <div class="article-tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a><div class="share">分享到：<a class="wx" title="微信">微信</a><a class="wb" title="微博">微博</a></div></div>
  </div>
  <div class="related">
    <h3>相关解读</h3>
    <ul>
      <li><a href="https://www.xm.gov.cn/zwgk/zcjd/202406/t20240607_2861240.htm">《厦门市支持“丝路海运”高质量发展若干措施》政策解读</a><span class="date">2024-06-07</span>
        <p class="summary">近日，市政府办公厅印发《厦门市支持“丝路海运”高质量发展若干措施》，从航线拓展、海铁联运、智慧港口、航运企业落户、国际船舶登记等方面提出10条措施，新开命名航线最高可获奖励120万元……</p></li>
      <li><a href="https://www.xm.gov.cn/zwgk/zcjd/202406/t20240608_2861377.htm">图解：一图读懂厦门支持“丝路海运”十条措施</a><span class="date">2024-06-08</span></li>
    </ul>
  </div>
  <div class="related">
    <h3>相关文件</h3>
    <ul>
      <li><a href="https://www.xm.gov.cn/#">厦门市人民政府办公厅关于印发厦门市加快国际航运中心建设若干措施的通知（厦府办规〔2022〕6号）</a><span class="date">2022-04-15</span></li>
      <li><a href="https://www.xm.gov.cn/#">中国（福建）自由贸易试验区厦门片区管理委员会关于进一步支持国际船舶登记的通知（厦自贸委〔2023〕21号）</a><span class="date">2023-09-08</span></li>
    </ul>
  </div>
</div>
<div class="footer">
  <p><a href="https://www.xm.gov.cn/lxwm/">联系我们</a> | <a href="https://www.xm.gov.cn/wzdt/">网站地图</a> | <a href="https://www.xm.gov.cn/yssm/">隐私声明</a></p>
  <p>主办单位：厦门市人民政府办公厅　　承办单位：厦门市信息中心　　网站标识码：3502000001</p>
  <p><a href="https://beian.miit.gov.cn/">闽ICP备05001234号</a>　　闽公网安备 35020302000456号　　<img src="./{files}/dzjg.png" alt="党政机关"><img src="./{files}/jiucuo.png" alt="政府网站找错"></p>
</div>
<script>var _hmt = _hmt || []; (function(){{ var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?0a1b2c3d"; }})(); var articleTitle = "{esc(XM_TITLE)}";</script>
</body></html>
"""
    path = os.path.join(HERE, XM_STEM + ".htm")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(page)
    return path


# =====================================================================================
# C. 广西壮族自治区商务厅 — left-sidebar layout, GBK bytes declared as gb2312
# =====================================================================================
GX_STEM = "blind169_guangxi_notice"
GX_URL = "http://swt.gxzf.gov.cn/zfxxgk/fdzdgknr/tzgg_58179/t18345678.shtml"
GX_ISSUERS = ["广西壮族自治区商务厅", "广西壮族自治区财政厅"]
GX_TITLE_1 = "广西壮族自治区商务厅 广西壮族自治区财政厅关于组织申报2024年度自治区外经贸发展专项资金"
GX_TITLE_2 = "（“一带一路”经贸合作方向）项目的通知"
GX_TITLE = GX_TITLE_1 + GX_TITLE_2
GX_NUM = "桂商财发〔2024〕15号"
GX_DATE = "2024-03-22"
GX_PUB = "2024-03-26"
GX_RECIP = "各市商务局、财政局，中国（广西）自由贸易试验区南宁、钦州港、崇左片区管委会，有关企业："
GX_ATTACH = [
    "2024年度自治区外经贸发展专项资金（“一带一路”经贸合作方向）申报指南",
    "项目申报表",
    "企业信用承诺书",
]
GX_ATTACH_FILES = ["申报指南.doc", "项目申报表.xls", "企业信用承诺书.doc"]
GX_P0 = "为贯彻落实自治区党委、自治区人民政府关于深度融入共建“一带一路”、加快构建面向东盟的国际大通道的部署要求，根据《广西壮族自治区外经贸发展专项资金管理办法》（桂财企〔2022〕31号），现就组织申报2024年度自治区外经贸发展专项资金（“一带一路”经贸合作方向）项目有关事项通知如下："
GX_TABLE_HEAD = ["支持方向", "支持内容", "支持标准", "单个企业上限（万元）"]
GX_TABLE_ROWS = [  # first cell None = covered by the rowspan above
    ["境外经贸合作区建设", "基础设施建设投入", "按实际投资额的5%", "500"],
    [None, "入区企业公共服务", "按实际支出的30%", "100"],
    ["跨境物流通道建设", "跨境班列（车）开行", "每标准箱（车）500元", "300"],
    [None, "跨境物流集散中心建设", "按设备投资额的10%", "200"],
    ["对外承包工程和劳务合作", "项目前期费用及保险费", "按实际支出的50%", "150"],
]
GX_BODY = [
    ("h", "一、支持方向"),
    ("i", "（一）境外经贸合作区建设。", "支持我区企业在东盟国家及其他共建“一带一路”国家建设经国家或自治区确认的境外经贸合作区，重点支持中国·印尼经贸合作区和中马钦州产业园区“两国双园”联动配套项目。"),
    ("i", "（二）跨境物流通道建设。", "支持企业开行经凭祥、东兴口岸至越南及东盟其他国家的跨境公路、铁路运输班列（车），支持在中国（广西）自由贸易试验区崇左片区建设跨境物流集散中心。"),
    ("i", "（三）对外承包工程和劳务合作。", "支持企业承揽共建“一带一路”国家交通、能源、通信等基础设施项目，带动国产设备、材料和技术标准“走出去”。"),
    ("h", "二、支持标准"),
    ("p", "同一企业同一项目只能申报一个支持方向，不得重复申报。具体支持标准如下："),
    ("table",),
    ("h", "三、申报条件"),
    ("p", "申报企业应当同时符合以下条件："),
    ("p", "1.在广西壮族自治区境内注册、具有独立法人资格的企业，其对外投资、对外承包工程或跨境物流业务已按规定在商务部业务系统统一平台备案或报送统计数据；"),
    ("p", "2.申报项目于2023年1月1日至2023年12月31日期间实施并发生实际支出；"),
    ("p", "3.近3年内无严重违法失信记录，未被列入严重失信主体名单；"),
    ("p", "4.同一项目已获得2023年度中央外经贸发展专项资金支持的，不得重复申报。"),
    ("h", "四、申报程序"),
    ("i", "（一）企业申报。", "企业通过“广西外经贸发展专项资金管理系统”在线填报申报信息，并将纸质申报材料（一式两份）于2024年4月20日前报送注册地所在市商务局。"),
    ("i", "（二）市级审核。", "各市商务局会同同级财政局对申报材料进行初审，于2024年4月30日前将初审意见和项目汇总表（加盖公章）报送自治区商务厅、财政厅。中国（广西）自由贸易试验区南宁、钦州港、崇左片区内企业由片区管委会受理并审核后直接报送。"),
    ("i", "（三）评审公示。", "自治区商务厅会同财政厅委托第三方机构开展评审，评审结果在自治区商务厅门户网站公示5个工作日，公示无异议后下达资金。"),
    ("h", "五、其他事项"),
    ("p", "各市商务局、财政局要严格审核申报材料的真实性，对弄虚作假骗取专项资金的，依照《财政违法行为处罚处分条例》等规定严肃处理，并纳入信用记录。"),
    ("p", "联系人及电话：自治区商务厅对外投资和经济合作处　覃赟　0771-2226151；自治区财政厅企业处　韦喆　0771-5331063。"),
]


def gx_rows_full():
    out, carry = [], None
    for r in GX_TABLE_ROWS:
        if r[0] is None:
            r = [carry] + r[1:]
        carry = r[0]
        out.append(r)
    return out


def gx_clauses():
    out = [GX_P0]
    for b in GX_BODY:
        if b[0] == "p":
            out.append(b[1])
        elif b[0] == "i":
            out.append(b[1] + b[2])
        elif b[0] == "table":
            out += [table_row_clause(GX_TABLE_HEAD, r) for r in gx_rows_full()]
    return out


def build_guangxi():
    files = write_files_dir(GX_STEM, "广西壮族自治区商务厅", (0, 110, 60), """
body{margin:0;font-size:12px;font-family:宋体}#header{width:1000px;margin:0 auto;height:130px;background:#006e3c}
#menu{width:1000px;margin:0 auto;background:#00542e}#menu li{float:left;list-style:none;padding:0 24px;line-height:40px;color:#fff}
#position{width:1000px;margin:8px auto;color:#555}#container{width:1000px;margin:0 auto;overflow:hidden}
#left{float:left;width:220px;background:#f1f7f3}#right{float:right;width:760px}.lm_title{background:#006e3c;color:#fff;font-size:15px;padding:6px 10px}
.xxgk td{background:#fff;padding:4px 6px}.xxgk .xxgk_l{background:#f5f5f5;width:90px;text-align:right;font-weight:bold}
.con_title h2{text-align:center;font-size:22px;color:#c00;line-height:36px}.con_info{text-align:center;color:#888;border-bottom:1px solid #ddd}
#zoom{font-size:16px;line-height:30px;padding:15px 20px}.fj,.xgwj,.xgjd{padding:8px 20px;border-top:1px dashed #ccc}
#footer{width:1000px;margin:20px auto 0;text-align:center;background:#eee;padding:12px 0;line-height:24px}
""")
    Z = []
    Z.append('<p style="text-align: justify;">%s</p>' % esc(GX_RECIP))
    Z.append('<p style="text-indent: 2em; text-align: justify;">%s</p>' % esc(GX_P0))
    for k, b in enumerate(GX_BODY):
        if b[0] == "h":
            Z.append('<p style="text-indent: 2em;"><strong>%s</strong></p>' % esc(b[1]))
        elif b[0] == "p":
            if b[1][:2] in ("1.", "2.", "3.", "4."):
                # these items came in from another editor: &nbsp; indentation, no text-indent
                Z.append('<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;%s</p>' % esc(b[1]))
            else:
                Z.append('<p style="text-indent: 2em; text-align: justify;">%s</p>' % esc(b[1]))
        elif b[0] == "i":
            Z.append('<p style="text-indent: 2em; text-align: justify;"><span style="font-family: 楷体_GB2312;">%s</span>%s</p>' % (esc(b[1]), esc(b[2])))
        elif b[0] == "table":
            t = ['<table border="1" cellspacing="0" cellpadding="4" align="center" style="border-collapse: collapse; width: 95%;">', "<tbody>"]
            t.append("<tr>" + "".join('<td align="center" bgcolor="#f2f2f2"><b>%s</b></td>' % esc(h) for h in GX_TABLE_HEAD) + "</tr>")
            for i, r in enumerate(GX_TABLE_ROWS):
                cells = []
                for j, v in enumerate(r):
                    if v is None:
                        continue
                    span = ""
                    if j == 0 and i + 1 < len(GX_TABLE_ROWS) and GX_TABLE_ROWS[i + 1][0] is None:
                        span = ' rowspan="2" valign="middle"'
                    cells.append('<td align="center"%s>%s</td>' % (span, esc(v)))
                t.append("<tr>" + "".join(cells) + "</tr>")
            t.append("</tbody></table>")
            Z.append("\n".join(t))
    Z.append("<p>&nbsp;</p>")
    Z.append('<p style="text-indent: 2em;">附件：1.%s<br>　　　　　2.%s<br>　　　　　3.%s</p>' % tuple(esc(a) for a in GX_ATTACH))
    Z.append("<p>&nbsp;</p>")
    Z.append('<p style="text-align: right;">广西壮族自治区商务厅　　　　广西壮族自治区财政厅</p>')
    Z.append('<p style="text-align: right;">2024年3月22日　　　　　　</p>')
    Z.append('<p style="text-indent: 2em;">（此件主动公开）</p>')
    zoom = "\n".join(Z)
    left = ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "通知公告", "政策文件", "政策解读", "规划计划", "政府信息公开年报"]
    hot = ["中国—东盟博览会", "RCEP专题", "中国（广西）自由贸易试验区", "西部陆海新通道"]
    nav = ["首页", "机构概况", "政府信息公开", "政务服务", "商务数据", "互动交流", "专题专栏"]
    fj = "<br>\n".join('<a href="http://swt.gxzf.gov.cn/zfxxgk/fdzdgknr/tzgg_58179/P0202403263971451268%02d.%s">附件%d：%s</a>' % (i + 1, f.rsplit(".", 1)[1], i + 1, esc(f)) for i, f in enumerate(GX_ATTACH_FILES))
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
{saved_from(GX_URL)}
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(GX_TITLE)} - 通知公告 - 广西壮族自治区商务厅</title>
<meta name="SiteName" content="广西壮族自治区商务厅">
<meta name="SiteDomain" content="swt.gxzf.gov.cn">
<meta name="SiteIDCode" content="4500000036">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="{esc(GX_TITLE)}">
<meta name="PubDate" content="2024-03-26 10:12">
<meta name="ContentSource" content="对外投资和经济合作处">
<link href="./{files}/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="./{files}/common.js"></script>
</head>
<body>
<div id="header"><img src="./{files}/logo.png" alt="广西壮族自治区商务厅" width="600" height="90"><div class="en">Department of Commerce of Guangxi Zhuang Autonomous Region</div><div class="today">{cn_date(GX_PUB)}</div></div>
<div id="menu"><ul>{"".join('<li><a href="http://swt.gxzf.gov.cn/#">%s</a></li>' % n for n in nav)}</ul></div>
<div id="position">您所在的位置：<a href="http://swt.gxzf.gov.cn/">首页</a> &gt;&gt; <a href="http://swt.gxzf.gov.cn/zfxxgk/">政府信息公开</a> &gt;&gt; <a href="http://swt.gxzf.gov.cn/zfxxgk/fdzdgknr/">法定主动公开内容</a> &gt;&gt; <a href="http://swt.gxzf.gov.cn/zfxxgk/fdzdgknr/tzgg_58179/">通知公告</a></div>
<div id="container">
  <div id="left">
    <div class="lm_title">政府信息公开</div>
    <ul class="lm_list">{"".join('<li><a href="http://swt.gxzf.gov.cn/#">%s</a></li>' % n for n in left)}</ul>
    <div class="lm_title">热点专题</div>
    <ul class="lm_list">{"".join('<li><a href="http://swt.gxzf.gov.cn/#">%s</a></li>' % n for n in hot)}</ul>
  </div>
  <div id="right">
    <table class="xxgk" width="100%" border="0" cellspacing="1" cellpadding="0" bgcolor="#cccccc">
      <tr><td class="xxgk_l">索引号：</td><td>000000-04-2024-000213</td><td class="xxgk_l">文号：</td><td>{GX_NUM}</td></tr>
      <tr><td class="xxgk_l">发文单位：</td><td>自治区商务厅、自治区财政厅</td><td class="xxgk_l">成文日期：</td><td>2024-03-22</td></tr>
      <tr><td class="xxgk_l">标题：</td><td colspan="3">{esc(GX_TITLE)}</td></tr>
      <tr><td class="xxgk_l">主题分类：</td><td>商贸、海关、旅游/对外经贸合作</td><td class="xxgk_l">发布日期：</td><td>2024-03-26</td></tr>
      <tr><td class="xxgk_l">有效性：</td><td>有效</td><td class="xxgk_l">体裁分类：</td><td>通知</td></tr>
    </table>
    <div class="con_title"><h2>{esc(GX_TITLE_1)}<br>{esc(GX_TITLE_2)}</h2></div>
    <div class="con_info">发布时间：2024-03-26 10:12　　来源：对外投资和经济合作处　　【<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】　【<a href="javascript:window.print()">打印</a>】</div>
    <div id="zoom" class="con_text">
{zoom}
    </div>
    <div class="fj"><b>附件：</b><br>
{fj}
    </div>
    <div class="xgwj"><b>相关文件：</b>
      <ul><li><a href="http://swt.gxzf.gov.cn/#">广西壮族自治区财政厅 广西壮族自治区商务厅关于印发《广西壮族自治区外经贸发展专项资金管理办法》的通知（桂财企〔2022〕31号）</a></li>
      <li><a href="http://swt.gxzf.gov.cn/#">广西壮族自治区商务厅关于公布2023年度自治区外经贸发展专项资金（“一带一路”经贸合作方向）项目评审结果的公示</a></li></ul>
    </div>
    <div class="xgjd"><b>相关解读：</b><a href="http://swt.gxzf.gov.cn/#">一图读懂2024年度外经贸发展专项资金（“一带一路”经贸合作方向）申报要点</a></div>
  </div>
</div>
<div id="footer">
  <a href="http://swt.gxzf.gov.cn/#">关于我们</a> | <a href="http://swt.gxzf.gov.cn/#">网站地图</a> | <a href="http://swt.gxzf.gov.cn/#">联系我们</a><br>
  主办单位：广西壮族自治区商务厅　　地址：南宁市青秀区民族大道137号　　邮编：530022<br>
  网站标识码：4500000036　　<a href="https://beian.miit.gov.cn/">桂ICP备05008756号</a>　　桂公网安备 45010302000123号<br>
  <img src="./{files}/dzjg.png" alt="党政机关"> <img src="./{files}/jiucuo.png" alt="政府网站找错">
</div>
</body></html>
"""
    path = os.path.join(HERE, GX_STEM + ".html")
    with open(path, "wb") as fh:
        fh.write(page.encode("gbk"))
    # sanity: not GB2312-clean (Python's strict gb2312 codec must fail on this file)
    try:
        page.encode("gb2312")
        raise SystemExit("guangxi page unexpectedly GB2312-clean")
    except UnicodeEncodeError:
        pass
    return path


# =====================================================================================
# D. 瑞丽市人民政府 — nested inline-style divs, <br>-separated lines, 第X条, county level
# =====================================================================================
RL_STEM = "blind169_ruili_measures"
RL_URL = "http://www.rl.gov.cn/Web/_F0_0_28D07UNA0F5A0F8F1D2C2F7A.htm"
RL_TITLE = "瑞丽市边民互市商品落地加工奖励办法（试行）"
RL_NUM = "瑞政规〔2024〕3号"
RL_DATE = "2024-08-12"
RL_PUB = "2024-08-19"
RL_ATTACH = "瑞丽市边民互市商品落地加工奖励申请表"
S = "　"
RL_BODY = [
    ("ch", "第一章　总　则"),
    ("a", "第一条", "为促进边民互市贸易转型升级，推动边民互市进口商品落地加工，助力中国（云南）自由贸易试验区德宏片区建设，更好服务和融入共建“一带一路”，根据《边民互市贸易管理办法》和《云南省边民互市贸易管理办法》等有关规定，结合瑞丽市实际，制定本办法。"),
    ("a", "第二条", "本办法适用于在瑞丽市行政区域内依法登记注册、具有独立法人资格，使用边民互市进口商品从事加工生产的企业（以下简称落地加工企业）。"),
    ("a", "第三条", "本办法所称边民互市进口商品，是指边民通过姐告、畹町、弄岛边民互市点进口，并经加工后进入国内市场销售的商品。"),
    ("ch", "第二章　奖励标准"),
    ("a", "第四条", "落地加工企业年度使用边民互市进口商品货值达到500万元以上的，按照货值的1%给予奖励，单个企业年度奖励最高不超过100万元。"),
    ("a", "第五条", "对新建落地加工项目，固定资产投资达到2000万元以上并于2024年至2025年期间建成投产的，按照设备投资额的8%给予一次性补助，最高不超过300万元；项目位于姐告边境贸易区或畹町经济开发区的，补助比例提高至10%。"),
    ("a", "第六条", "对吸纳边民就业的落地加工企业，按照下列标准给予稳岗补贴："),
    ("n", "（一）吸纳本市户籍边民就业10人以上，签订1年以上劳动合同并依法缴纳社会保险的，按照每人每月300元给予补贴；"),
    ("n", "（二）吸纳边民互助组成员就业的，按照每人每月200元给予补贴；"),
    ("n", "（三）同一人员不得重复享受补贴，单个企业年度补贴最高不超过50万元。"),
    ("a", "第七条", "落地加工企业经瑞丽口岸、畹町口岸向缅甸出口加工产品的，按照出口额的0.5%给予物流补助，单个企业年度补助最高不超过80万元。"),
    ("ch", "第三章　申报与兑现"),
    ("a", "第八条", "奖励资金每年申报一次。符合条件的企业于每年1月1日至2月28日期间向瑞丽市商务局提出申请，填写《瑞丽市边民互市商品落地加工奖励申请表》（见附件），并提交营业执照、加工货值核算材料、海关报关数据等证明材料。"),
    ("a", "第九条", "市商务局会同市财政局、瑞丽海关等部门对申报材料进行审核，审核结果在瑞丽市人民政府门户网站公示7个工作日，公示无异议的按程序兑现。"),
    ("a", "第十条", "本办法所需资金由市财政统筹上级边境贸易专项资金予以保障，年度奖励总额不超过3000万元；申报奖励总额超过年度预算的，按比例核减。"),
    ("ch", "第四章　监督管理"),
    ("a", "第十一条", "企业以虚报货值、伪造单据等方式骗取奖励资金的，由市商务局追回已兑现资金，取消其3年内申报资格，并依法依规纳入信用记录；涉嫌犯罪的，移送司法机关依法处理。"),
    ("a", "第十二条", "享受本办法奖励的企业，应当自资金兑现之日起3年内不迁离瑞丽市注册地和经营地。"),
    ("ch", "第五章　附　则"),
    ("a", "第十三条", "本办法与瑞丽市其他同类政策有重叠的，按照“就高不重复”原则执行。"),
    ("a", "第十四条", "本办法由瑞丽市商务局负责解释。"),
    ("a", "第十五条", "本办法自2024年9月1日起施行，有效期2年。"),
]
RL_BREAK_IN = ("第十一条", "取消其3年内申报资格，")  # a stray <br> after this fragment


def rl_clauses():
    out = []
    for b in RL_BODY:
        if b[0] == "a":
            out.append(b[1] + S + b[2])
        elif b[0] == "n":
            out.append(b[1])
    return out


def build_ruili():
    files = write_files_dir(RL_STEM, "瑞丽市人民政府", (196, 0, 0), "body{margin:0}\n")
    with open(os.path.join(HERE, RL_STEM + "_files", "share.html"), "w", encoding="utf-8") as fh:
        fh.write('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>分享</title></head><body style="margin:0;font-size:12px">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></body></html>\n')
    lines = []
    for b in RL_BODY:
        if b[0] == "ch":
            lines.append('<div style="text-align:center;font-weight:bold;font-family:黑体,SimHei;margin:8px 0">%s</div>' % esc(b[1]))
        elif b[0] == "a":
            text = esc(b[2])
            if b[1] == RL_BREAK_IN[0]:
                frag = esc(RL_BREAK_IN[1])
                text = text.replace(frag, frag + "<br>\n", 1)
            lines.append("&emsp;&emsp;<strong>%s</strong>&emsp;%s<br>" % (b[1], text))
        elif b[0] == "n":
            lines.append("&emsp;&emsp;%s<br>" % esc(b[1]))
    # group consecutive article lines into one div between chapter headings
    blocks, cur = [], []
    for ln in lines:
        if ln.startswith("<div"):
            if cur:
                blocks.append('<div style="text-align:justify">\n' + "\n".join(cur) + "\n</div>")
                cur = []
            blocks.append(ln)
        else:
            cur.append(ln)
    cur.append("&emsp;&emsp;<br>")
    cur.append("&emsp;&emsp;附件：%s<br>" % esc(RL_ATTACH))
    blocks.append('<div style="text-align:justify">\n' + "\n".join(cur) + "\n</div>")
    body = "\n".join(blocks)
    td_l = 'style="width:12%;background:#f7f0f0;border:1px solid #e5d5d5;padding:6px 8px;color:#8a1010;font-weight:bold;white-space:nowrap"'
    td_r = 'style="width:38%;border:1px solid #e5d5d5;padding:6px 8px"'
    nav = ["首页", "走进瑞丽", "政务公开", "政务服务", "互动交流", "自贸试验区德宏片区", "专题专栏"]
    page = f"""<!DOCTYPE html>
{saved_from(RL_URL)}
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>瑞丽市人民政府</title>
<meta name="SiteName" content="瑞丽市人民政府">
<meta name="SiteDomain" content="www.rl.gov.cn">
<meta name="SiteIDCode" content="5331020001">
<script type="text/javascript" src="./{files}/common.js"></script>
</head>
<body style="margin:0;background:#f2f2f2;font-family:'Microsoft YaHei';font-size:14px">
<noscript>您的浏览器不支持JavaScript，部分功能将无法使用。</noscript>
<div style="background:#c40000;height:150px">
  <div style="width:1100px;margin:0 auto;position:relative">
    <img src="./{files}/logo.png" alt="瑞丽市人民政府" style="position:absolute;left:0;top:30px">
    <div style="position:absolute;right:0;top:10px;color:#fff;font-size:12px">{cn_date(RL_PUB)}　<a href="http://www.rl.gov.cn/wza/" style="color:#fff">无障碍</a>　<a href="http://www.rl.gov.cn/en/" style="color:#fff">English</a>　<a href="http://www.rl.gov.cn/mm/" style="color:#fff">မြန်မာ</a></div>
  </div>
</div>
<div style="background:#9e0000;height:44px"><div style="width:1100px;margin:0 auto">{"".join('<a href="http://www.rl.gov.cn/#" style="display:inline-block;padding:0 24px;line-height:44px;color:#fff;font-size:16px;text-decoration:none">%s</a>' % n for n in nav)}</div></div>
<div style="width:1100px;margin:0 auto;background:#fff;min-height:600px">
  <div style="padding:10px 20px;border-bottom:1px dashed #ccc;color:#666;font-size:13px">您现在的位置：<a href="http://www.rl.gov.cn/">首页</a> &gt; <a href="http://www.rl.gov.cn/zfxxgk/">政府信息公开</a> &gt; <a href="http://www.rl.gov.cn/zfxxgk/fdzdgk/">法定主动公开内容</a> &gt; <a href="http://www.rl.gov.cn/zfxxgk/fdzdgk/gfxwj/">规范性文件</a></div>
  <div style="padding:16px 20px">
    <table style="width:100%;border-collapse:collapse;font-size:13px" cellspacing="0" cellpadding="0">
      <tr><td {td_l}>索引号</td><td {td_r}>11533102015512345X/2024-00042</td><td {td_l}>发文机关</td><td {td_r}>瑞丽市人民政府</td></tr>
      <tr><td {td_l}>主题分类</td><td {td_r}>商贸、海关、旅游</td><td {td_l}>成文日期</td><td {td_r}>2024年08月12日</td></tr>
      <tr><td {td_l}>名　　称</td><td colspan="3" style="border:1px solid #e5d5d5;padding:6px 8px">{esc(RL_TITLE)}</td></tr>
      <tr><td {td_l}>文　　号</td><td {td_r}>{RL_NUM}</td><td {td_l}>发布日期</td><td {td_r}>2024年08月19日</td></tr>
      <tr><td {td_l}>有 效 性</td><td {td_r}>有效</td><td {td_l}>公开方式</td><td {td_r}>主动公开</td></tr>
    </table>
  </div>
  <div id="ifr_wrap" style="position:relative;width:100%;overflow:hidden">
    <div id="ifr_doc" data-src="/Web/Content/2024/08/19/ContentDetail_1823.html" style="width:100%;min-height:900px;border:0;overflow-y:auto">
      <div style="margin:0 auto;width:88%;padding:20px 0">
        <div style="text-align:center;font-size:24px;font-weight:bold;color:#c40000;line-height:40px;font-family:'方正小标宋简体','Microsoft YaHei'">{esc(RL_TITLE)}</div>
        <div style="text-align:center;color:#999;font-size:12px;line-height:30px;border-bottom:1px solid #eee;margin-bottom:16px">发布时间：2024-08-19　来源：瑞丽市商务局　阅读次数：<span id="ReadCount">1127</span>　【字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</div>
        <div id="zoom" style="font-size:16px;line-height:32px;font-family:仿宋,FangSong,仿宋_GB2312;color:#333">
{body}
        </div>
      </div>
    </div>
  </div>
  <div style="padding:10px 60px;border-top:1px dashed #ccc;font-size:13px">附件：<a href="http://www.rl.gov.cn/Upload/File/2024/08/19/20240819103312457.docx">{esc(RL_ATTACH)}.docx</a></div>
  <div style="padding:10px 60px;font-size:13px"><span style="font-weight:bold;color:#c40000">相关解读：</span><a href="http://www.rl.gov.cn/Web/_F0_0_28D07UNA0F5A0F8F1D2C2F7B.htm">图解《瑞丽市边民互市商品落地加工奖励办法（试行）》</a>　<a href="http://www.rl.gov.cn/Web/_F0_0_28D07UNA0F5A0F8F1D2C2F7C.htm">市商务局解读：落地加工企业最高可获300万元补助</a></div>
  <div style="padding:0 60px 20px 60px"><iframe src="./{files}/share.html" style="width:320px;height:30px;border:0" scrolling="no" title="分享"></iframe><a href="javascript:window.print()" style="margin-left:20px">【打印】</a><a href="javascript:window.close()" style="margin-left:10px">【关闭】</a></div>
</div>
<div style="background:#333;color:#ccc;text-align:center;font-size:12px;line-height:26px;padding:16px 0;margin-top:20px">
  <div>主办单位：瑞丽市人民政府办公室　　承办单位：瑞丽市融媒体中心　　联系电话：0692-4141234</div>
  <div>网站标识码：5331020001　　<a href="https://beian.miit.gov.cn/" style="color:#ccc">滇ICP备12004567号-1</a>　　滇公网安备 53310202000012号</div>
  <div><img src="./{files}/dzjg.png" alt="党政机关" style="height:40px"> <img src="./{files}/jiucuo.png" alt="政府网站找错" style="height:40px"></div>
</div>
</body></html>
"""
    path = os.path.join(HERE, RL_STEM + ".html")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(page)
    return path


# =====================================================================================
# expected.json
# =====================================================================================
FURNITURE_COMMON = (
    "Page furniture, none of it a clause or a field source unless said: the '<!-- saved from url=… -->' comment; <head> (<title> with the site suffix, SiteName/ColumnName/ArticleTitle/PubDate/ContentSource meta tags); "
    "site header (logo, date line, 无障碍/长者/English links), navigation bar, search box, breadcrumb (当前位置：首页 > 政务公开 > …); the 信息公开 metadata table (索引号, 主题分类, 发文机关, 成文日期, 文号, 发布日期, 有效性 — the right SOURCE for fields, never clauses); "
    "the font-size/print/close toolbar, 发布时间/来源/浏览次数 line; 附件 download links (→ attachments); 相关文件/相关解读 boxes (titles of OTHER documents, with their own 文号 and dates, and in one page a summary excerpt — never clauses, never this document's 文号/date); "
    "footer (主办/承办单位, 网站标识码, ICP备案, 公网安备, 党政机关/找错 badges); scripts, styles, comments. "
)


def expected():
    hn = {
        "meta": {
            "title": HN_TITLE,
            "doc_number": HN_NUM,
            "issuer": ["河南省人民政府办公厅"],
            "date": HN_DATE,
            "published": HN_PUB,
            "level": "provincial",
            "region": "河南省",
            "effective": None,
            "expires": None,
            "attachments": [HN_ATTACH],
            "doc_type": "意见",
            "recipients": ["各省辖市人民政府", "济源示范区管委会", "航空港区管委会", "省人民政府各部门"],
            "publicity": "此件公开发布",
            "index_no": "005184343/2024-00087",
            "topic": "商贸、海关、旅游\\对外经贸合作",
            "validity": "有效",
            "source_url": HN_URL,
            "encoding": "UTF-8",
        },
        "clauses": hn_clauses(),
        "applies_to": {
            "default": "河南省",
            "specific": {
                "一、 paragraph (到2026年…) and the 5 指标 rows": "郑州航空港经济综合实验区 / 郑州新郑国际机场（郑州市）",
                "（一）": "郑州新郑国际机场（郑州市）",
                "（三）": "郑州新郑国际机场 / 郑州航空港（郑州市）",
                "（四）": "郑州新郑国际机场（郑州市）",
                "（五）": "航空港区（郑州市）",
                "（七）": "航空港区（郑州市）",
                "（八）": "中国（河南）自由贸易试验区洛阳片区（洛阳市）、南阳市（南阳姜营机场）, and 航空港区",
            },
            "note": "卢森堡, 中亚/西亚/东南亚/中东欧 and 共建“一带一路”国家 are destinations abroad, not places the clauses apply; 郑州海关, 省商务厅, 省财政厅, 省发展改革委 are organs. The 郑州片区 named in the 一、 paragraph is fine too. Placing the whole document in 郑州市 only is too narrow (medium): the recipients are all 省辖市 and 省政府各部门.",
        },
        "_note": FURNITURE_COMMON + (
            "Layout: the whole page is nested layout <table>s (header, nav, breadcrumb, the 信息公开 table, title row, 文号 row, toolbar row, body cell td#zoom, 附件下载, two side-by-side 相关 tables, footer). "
            "Only ONE table is content: the 5-row indicator table (caption 航空港区“空中丝绸之路”建设主要指标 in a <p> above it; header 指标/单位/2023年/2024年/2026年) nested inside td#zoom — its 5 rows are clauses (as 列名：值), the header row and the caption are not; the 注： line under it is a clause (table note). "
            "None of the layout tables' cells (索引号 row, 相关文件 rows with 豫政〔2023〕15号 etc., footer rows) may become clauses or rows. "
            "The title is in <h1> split by <br> after 河南省人民政府办公厅 — join with nothing in between (no space, no newline). It also appears in <title> (with _省政府办公厅文件_河南省人民政府门户网站), meta ArticleTitle and the 标题 row. "
            "date = 成文日期 2024-04-18 (信息公开 table “2024年04月18日” and 落款 “2024年4月18日”); published = 发布日期 2024-04-25 (also meta PubDate 2024-04-25 17:05); 2026/2025/2024年底 in the text are targets, not dates of the document. "
            "Body: 主送 line (→ recipients, not a clause); intro; 一、…五、 are headings with no text of their own (tolerable as heading clauses); 一、 is followed by a separate paragraph (a clause) — 二、…五、 are followed by run-in items （一）…（十） numbered continuously across sections (heading + text in one <p>: ONE clause each, the 楷体 span is only the run-in heading; the path of （四） is 三、提升航空口岸开放功能). "
            "附件说明 “附件：郑州航空港经济综合实验区“空中丝绸之路”建设重点任务分工表” (→ attachments, not a clause); the 附件下载 link below the body gives the same title + .xls (do not list it twice; the .xls extension is not part of the title). "
            "落款 河南省人民政府办公厅 / 2024年4月18日 (right-aligned, trailing &nbsp;) and （此件公开发布） are furniture. No effective/expires (an 意见 with no 施行 clause; effective = 2024-04-18 tolerable, low)."
        ),
        "_pdf": {"note": "no PDF this round: the saved HTML page is the deliverable"},
    }
    xm = {
        "meta": {
            "title": XM_TITLE,
            "doc_number": XM_NUM,
            "issuer": ["厦门市人民政府办公厅"],
            "date": XM_DATE,
            "published": XM_PUB,
            "level": "municipal",
            "region": "福建省厦门市",
            "effective": "2024-07-01",
            "expires": "2027-06-30",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各区人民政府", "市直各委、办、局", "各开发区管委会", "各有关单位"],
            "publicity": "此件主动公开",
            "index_no": "XM00105-0200-2024-00031",
            "topic": "交通运输\\水运",
            "validity": "有效",
            "source_url": XM_URL,
            "encoding": "UTF-8",
            "file_extension": ".htm",
        },
        "clauses": xm_clauses(),
        "applies_to": {
            "default": "福建省厦门市",
            "specific": {
                "四、 and 附件 row 4 (自动化码头改造)": "海沧港区、翔安港区（厦门市）",
                "五、, 六、 and rows 5, 6": "中国（福建）自由贸易试验区厦门片区",
                "intro": "中国（福建）自由贸易试验区厦门片区 / 厦门市 (both fine)",
            },
            "note": "共建“一带一路”国家港口 (一、, row 1) is abroad; 船籍港“中国厦门” is fine (厦门); 厦门海关/厦门海事局/市港口管理局/市交通运输局 are organs. 厦门港 = 厦门市.",
        },
        "_note": FURNITURE_COMMON + (
            "Layout: divs with CSS classes (.topbar .header .nav .location .xxgk-info .article .article-title .article-info .article-body.TRS_Editor .article-attach .related .footer). The 信息公开 block is NOT a table: rows of div.xxgk-cell with span.xxgk-name / span.xxgk-value. "
            "File is saved as .htm (URL ends .htm) — a reader that accepts only .html and silently skips it is HIGH. "
            "The body is Word-pasted HTML (class=MsoNormal, <o:p>, mso- styles, a <!--[if gte mso 9]><xml>…</xml><![endif]--> comment, an inline <style> block): "
            "(1) Word hard-wraps its HTML at ~76 characters, so raw NEWLINES sit in the middle of Chinese sentences and inside tags — the clause text must have no stray spaces/newlines (e.g. “…给予航线经营人一次性奖励80万元；…” must read exactly as in expected); "
            "(2) every ASCII run (digits, %, /) is in its own <span lang=EN-US>, so “80万元”, “10%”, “150元/标准箱” are split across spans — no spaces may be inserted around numbers; "
            "(3) the run-in headings 一、…十、 are <b><span style='font-family:黑体'> inside the same <p> as their text: heading + text = ONE clause; "
            "(4) empty paragraphs are <o:p>&nbsp;</o:p>. "
            "Structure: 文号 line 厦府办规〔2024〕9号 at the top of the body (furniture; it IS the doc_number); 主送 (→ recipients); ONE cover sentence (a clause); 落款 厦门市人民政府办公厅 / 2024年6月3日 and （此件主动公开） in the MIDDLE of the page (furniture — the body does not end there); "
            "then the measures' title 厦门市支持“丝路海运”高质量发展若干措施 (a heading, not a clause and not the document title; a second document for the measures is tolerable, low, if the text is not duplicated or lost), its intro (clause), 一、…十、 (10 clauses) and, inside 八、, a 6-row Word table (MsoNormalTable) whose header cell 年度<br>上限 must be read as “年度上限” (a space or newline in the column name: low). "
            "Rows are clauses (列名：值); the — in 年度上限 means none (keeping “—” or dropping the pair both fine). "
            "date = 2024-06-03 (信息公开 table + 落款); published = 2024-06-07 (发布日期, PubDate, 发布时间); effective 2024-07-01 and expires 2027-06-30 come from 十、 (自2024年7月1日起施行，有效期至2027年6月30日) — effective = 2024-06-03 is WRONG (medium). "
            "attachments = [] : the 附件下载 link “厦府办规〔2024〕9号（原文）.pdf” is the scanned original, not a 公文 附件 (listing it: low). "
            "The 相关解读 box holds a summary paragraph (p.summary, “近日，市政府办公厅印发…”) — not a clause. meta Description repeats 主送 + cover sentence — not a clause source to duplicate."
        ),
        "_pdf": {"note": "no PDF this round: the saved HTML page is the deliverable"},
    }
    gx = {
        "meta": {
            "title": GX_TITLE,
            "doc_number": GX_NUM,
            "issuer": GX_ISSUERS,
            "date": GX_DATE,
            "published": GX_PUB,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "deadline": "2024-04-30 (市级报送; 企业 to 市商务局 by 2024-04-20)",
            "attachments": GX_ATTACH,
            "doc_type": "通知",
            "recipients": ["各市商务局、财政局", "中国（广西）自由贸易试验区南宁、钦州港、崇左片区管委会", "有关企业"],
            "publicity": "此件主动公开",
            "index_no": "000000-04-2024-000213",
            "topic": "商贸、海关、旅游/对外经贸合作",
            "validity": "有效",
            "source_url": GX_URL,
            "encoding": "GBK bytes, declared <meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">",
        },
        "clauses": gx_clauses(),
        "applies_to": {
            "default": "广西壮族自治区",
            "specific": {
                "（一） 境外经贸合作区建设": "钦州市（中马钦州产业园区）; 印尼 is abroad",
                "（二） 跨境物流通道建设 and 支持标准 rows 3–4": "凭祥市、东兴市（口岸）; 中国（广西）自由贸易试验区崇左片区",
                "四、（二） 市级审核": "中国（广西）自由贸易试验区南宁、钦州港、崇左片区 (second sentence)",
            },
            "note": "越南, 东盟国家, 印尼, 共建“一带一路”国家 are abroad, not places of application. 南宁 in the footer address (南宁市青秀区民族大道137号) is furniture, not a place for any clause. 商务部 (业务系统统一平台) is an organ.",
        },
        "_note": FURNITURE_COMMON + (
            "Encoding: the file is GBK bytes but declares charset=gb2312 (common on older sites). It holds characters that are in GBK but NOT in GB2312 as Python's codec sees it: 赟 (覃赟), 喆 (韦喆), the middle dot · (中国·印尼经贸合作区) and the em dash — (中国—东盟博览会 in the sidebar). "
            "Decoding strictly as gb2312 fails or garbles these (the contact names and the 中国·印尼 clause are the test); decoding as GBK/GB18030 is right. Mojibake anywhere (title, clauses) is HIGH; a lost or replaced character (�) in one clause is medium. "
            "Layout: float divs — a LEFT SIDEBAR (#left: 政府信息公开指南 … 政府信息公开年报, 热点专题: 中国—东盟博览会, RCEP专题, …) before the article; sidebar entries are navigation, never clauses or titles. "
            "信息公开 table: 发文单位 is abbreviated “自治区商务厅、自治区财政厅” — issuer should be the two full names (abbreviated names: low; only one issuer: medium). "
            "Title: in <h2> split by <br> before （“一带一路”…; the two organ names are separated by one space (ASCII space, full-width space or none all tolerable; a newline is not). "
            "Body (div#zoom): 主送 (→ recipients); intro (a clause; 桂财企〔2022〕31号 inside it is a cited document, NOT this document's 文号); 一、…五、 headings with no text; （一）（二）（三） run-in items under 一、 and again under 四、 (numbering restarts: labels repeat, paths differ); "
            "under 二、 a lead-in sentence (clause) and a 5-row table with rowspan=2 on 支持方向 (rows 2 and 4 must still carry 支持方向 境外经贸合作区建设 / 跨境物流通道建设 — blank: medium); under 三、 a lead-in (clause) and items 1.–4. written with &nbsp;&nbsp;… indentation instead of text-indent (the leading nbsp must not appear in the text; the items must not be glued to one another). "
            "五、 has two plain paragraphs, the second the contact line (a clause; keep 覃赟/韦喆 intact). "
            "附件说明 is ONE <p> with <br> lines (附件：1.… / 2.项目申报表 / 3.企业信用承诺书) → 3 attachment titles without the “1.” prefix; the download box below repeats them as 附件1：申报指南.doc etc. (shorter names + extensions; do not add them as 3 more attachments). "
            "Joint 落款 on one line (广西壮族自治区商务厅　　　　广西壮族自治区财政厅) + 2024年3月22日 + （此件主动公开）: furniture. "
            "date = 2024-03-22; published = 2024-03-26; 2024-04-20 / 2024-04-30 are deadlines; 2023-01-01…2023-12-31 is the project period. No effective/expires (a 申报 notice)."
        ),
        "_pdf": {"note": "no PDF this round: the saved HTML page is the deliverable"},
    }
    rl = {
        "meta": {
            "title": RL_TITLE,
            "doc_number": RL_NUM,
            "issuer": ["瑞丽市人民政府"],
            "date": RL_DATE,
            "published": RL_PUB,
            "level": "county",
            "region": "云南省德宏傣族景颇族自治州瑞丽市",
            "effective": "2024-09-01",
            "expires": "2026-08-31",
            "attachments": [RL_ATTACH],
            "doc_type": "办法",
            "recipients": [],
            "publicity": "主动公开 (公开方式 row of the metadata table; no （此件…） line in the text)",
            "index_no": "11533102015512345X/2024-00042",
            "topic": "商贸、海关、旅游",
            "validity": "有效",
            "source_url": RL_URL,
            "encoding": "UTF-8",
        },
        "clauses": rl_clauses(),
        "applies_to": {
            "default": "云南省德宏傣族景颇族自治州瑞丽市",
            "specific": {
                "第三条": "姐告、畹町、弄岛边民互市点（瑞丽市）",
                "第五条": "姐告边境贸易区、畹町经济开发区（瑞丽市）",
                "第七条": "瑞丽口岸、畹町口岸（瑞丽市）; 缅甸 is the export destination, abroad",
                "第一条": "中国（云南）自由贸易试验区德宏片区 (瑞丽 is in it) — fine",
            },
            "note": "This is a COUNTY-level document (县级市 瑞丽, under 德宏州): level county; placing it in 云南省 only, or level municipal because of the word 市, is wrong (medium). 缅甸 does not place any clause abroad. 瑞丽海关 is an organ.",
        },
        "_note": FURNITURE_COMMON + (
            "<title> is just “瑞丽市人民政府” (no document title there) and there is no ArticleTitle meta: the title must come from the red centred div inside the body wrapper (or the 名称 row). "
            "Layout: every element styled inline (no classes). The body sits in an iframe-like wrapper div#ifr_wrap > div#ifr_doc (data-src=…ContentDetail_1823.html) > div > div#zoom. A real <iframe> (share bar, src=*_files/share.html, “分享到：微信 微博 QQ空间”) and a <noscript> line are furniture. "
            "The 办法 is published WITHOUT its 印发 notice: no 主送, no 落款, no 文号 line in the text — 文号 瑞政规〔2024〕3号 and 成文日期 2024年08月12日 are ONLY in the 信息公开 table (missing doc_number/date: HIGH for 文号, medium for date). published = 2024-08-19 (发布日期/发布时间). "
            "Body: NO <p> elements. Chapter headings 第一章　总　则 … 第五章　附　则 are centred divs (headings, not clauses; the spaced 总　则 / 附　则 should read as 总则/附则 in paths — spaces there: low). Between them, one div per chapter whose articles are LINES separated by <br>, each line starting with &emsp;&emsp; and a <strong>第X条</strong>&emsp; run-in label: "
            "each article is ONE clause (label 第X条; the text may start with or without 第X条 — both fine). 第六条 has a lead-in line plus three lines （一）（二）（三）: separate clauses under 第六条 (or merged into 第六条: tolerable, low); they must not be glued to 第七条. "
            "Trap: 第十一条 is broken by a stray <br> in the middle of the sentence (after “取消其3年内申报资格，”, as when text is pasted from a PDF); the continuation line has no &emsp; indent and no label — it belongs to 第十一条 (split into two clauses, or the tail becoming an unlabeled clause: medium). "
            "The last div also holds an empty &emsp;&emsp;<br> line and “附件：瑞丽市边民互市商品落地加工奖励申请表” (→ attachments, not a clause); the download link below repeats the name with .docx. "
            "effective 2024-09-01 (第十五条 自2024年9月1日起施行); expires 2026-08-31 (有效期2年 from 2024-09-01; 2026-09-01 tolerable, low; null: medium). 2024年至2025年 (第五条) and 1月1日至2月28日 (第八条) are not document dates."
        ),
        "_pdf": {"note": "no PDF this round: the saved HTML page is the deliverable"},
    }
    return {
        HN_STEM: [hn],
        XM_STEM: [xm],
        GX_STEM: [gx],
        RL_STEM: [rl],
    }


def main():
    paths = [build_henan(), build_xiamen(), build_guangxi(), build_ruili()]
    exp = expected()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    for p in paths:
        print("wrote", os.path.basename(p), os.path.getsize(p))
    for k, v in exp.items():
        print(k, "clauses:", len(v[0]["clauses"]))


if __name__ == "__main__":
    main()
