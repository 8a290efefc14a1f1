# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821, W291, W293
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, UP031, UP032, E731
"""Blind round 220: government web pages saved from the browser (Chrome, "网页，全部").

Four HTML pages, each with its assets in a ``<stem>_files/`` folder, written next to itself:
  blind220_hubei_xize.html      湖北省商务厅 site: joint 印发通知 湖北省商务厅 武汉海关 (鄂商务发〔2024〕15号);
      the 附件 (实施细则, 第一章…第五章 / 第一条…第十八条 + 附表 with merged cells) is rendered on the
      same page from a Word file saved as HTML (MsoNormal paragraphs, mso- styles, o:p, list spans).
  blind220_qingdao_pdf.html     青岛市人民政府 site: 青政办字〔2024〕58号, the body says only 详见附件。,
      the 附件 is a link to a .pdf on the server that was NOT saved with the page.
  blind220_guangxi_zhuanti.html 广西壮族自治区商务厅 site: 专题 page (中国（广西）自由贸易试验区建设 → 政策文件)
      listing five notices: title, 文号, date, a two-line abstract, links.
  blind220_zhengzhou_news.html  郑州市人民政府 site: news item (郑州要闻) — two news paragraphs, then the whole
      郑政办〔2024〕47号 notice with its 若干措施 reprinted in a bordered box.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind220.py      (standard library only)
"""
import json
import os
import re
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


# ================================================================ helpers
def png(w, h, rgb, stripe=None):
    """A small solid (optionally striped) PNG, as a browser would have saved a logo or icon."""
    rows = []
    for y in range(h):
        c = stripe if (stripe and (y // 4) % 2) else rgb
        rows.append(b"\x00" + bytes(c) * w)
    raw = b"".join(rows)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def write_page(stem, html, assets):
    d = os.path.join(HERE, stem + "_files")
    os.makedirs(d, exist_ok=True)
    for name, data in assets.items():
        mode = "wb" if isinstance(data, bytes) else "w"
        with open(os.path.join(d, name), mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as fh:
            fh.write(data)
    with open(os.path.join(HERE, stem + ".html"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(html)
    return stem + ".html"


def saved_from(url):
    return "<!-- saved from url=(%04d)%s -->" % (len(url), url)


JQ = ("/*! jQuery v1.12.4 | (c) jQuery Foundation | jquery.org/license */\n"
      "!function(a,b){\"object\"==typeof module&&\"object\"==typeof module.exports?module.exports=a.document?b(a,!0):function(a){return b(a)}:b(a)}"
      "(\"undefined\"!=typeof window?window:this,function(a,b){var c=[],d=a.document;return a.jQuery=a.$=function(s){return d.querySelectorAll(s)},a.jQuery});\n")

SHARE_JS = ("window._bd_share_config={common:{bdSnsKey:{},bdText:document.title,bdMini:'2',bdPic:'',bdStyle:'0',bdSize:'16'},share:{}};\n"
            "function doZoom(size){var el=document.getElementById('zoom');if(el){el.style.fontSize=size+'px';}}\n"
            "function printPage(){window.print();}\n")

STAT_JS = "var _maq=_maq||[];_maq.push(['_setAccount','gov-site-stat']);(function(){var ma=document.createElement('script');ma.async=true;})();\n"


# ================================================================ (a) 湖北省商务厅: notice + Word-rendered 实施细则
HB_URL = "https://swt.hubei.gov.cn/fbjd/zc/zcwj/swt/202406/t20240620_5237716.shtml"
HB_ISSUERS = ["湖北省商务厅", "武汉海关"]
HB_XZ = "湖北省综合保税区保税维修业务实施细则"
HB_TITLE = "湖北省商务厅　武汉海关关于印发《%s》的通知" % HB_XZ
HB_NUM = "鄂商务发〔2024〕15号"
HB_RECIP = ["各市、州、直管市、神农架林区商务主管部门", "武汉海关各隶属海关", "各综合保税区管理机构"]
HB_NOTICE = [
    "为贯彻落实《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕3号），支持中国（湖北）自由贸易试验区武汉片区、襄阳片区、宜昌片区和全省综合保税区拓展保税维修业务，推动加工制造向研发、检测、维修等产业链两端延伸，省商务厅、武汉海关制定了《湖北省综合保税区保税维修业务实施细则》，现印发给你们，请结合实际认真贯彻执行。",
    "执行中遇到的问题，请及时向省商务厅（自由贸易试验区工作处）和武汉海关（自贸区和特殊区域发展处）反映。",
]
# (kind, label, text)   kind: ch = chapter heading, art = article, item = （一） under an article
HB_BODY = [
    ("ch", "第一章　总　则", None),
    ("art", "第一条", "为支持综合保税区内企业开展保税维修业务，推动加工制造和研发、检测、维修等生产性服务业融合发展，根据《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕3号）和海关总署、商务部、生态环境部有关规定，结合我省实际，制定本细则。"),
    ("art", "第二条", "本细则所称保税维修，是指以保税方式将存在部件损坏、功能失效、质量缺陷等问题的货物从境外运入综合保税区内进行检测、维修后复运出境，或者将待维修货物从境内（区外）运入综合保税区内进行检测、维修后复运回境内（区外）的业务。"),
    ("art", "第三条", "本细则适用于我省已封关运作的综合保税区，包括位于中国（湖北）自由贸易试验区武汉片区、襄阳片区、宜昌片区内的综合保税区和自由贸易试验区以外的综合保税区。"),
    ("art", "第四条", "各综合保税区重点支持开展保税维修业务的产品目录见附表。目录实行动态调整，由省商务厅会同武汉海关每年公布一次。"),
    ("ch", "第二章　业务范围", None),
    ("art", "第五条", "综合保税区内企业可以开展下列保税维修业务："),
    ("item", "（一）", "航空航天、船舶、轨道交通、工程机械、数控机床、通讯设备、精密电子等产品的全球维修；"),
    ("item", "（二）", "企业自产出口产品的保税返修；"),
    ("item", "（三）", "国内销售产品的保税维修（境内区外维修）。"),
    ("art", "第六条", "武汉东湖综合保税区可以在光电子信息领域开展全球维修业务试点，对列入《综合保税区维修产品目录》的光模块、激光器、光纤通信设备等产品，支持企业承接境外客户“一站式”检测维修订单。"),
    ("art", "第七条", "武汉经开综合保税区、襄阳综合保税区可以开展汽车零部件和新能源汽车动力电池保税维修。动力电池维修应当符合国家有关安全和环保标准，维修后的动力电池不得在境内销售。"),
    ("art", "第八条", "武汉新港空港综合保税区阳逻港园区可以依托长江航运开展船舶配套设备、工程机械保税维修；空港园区可以依托武汉天河国际机场开展航空器零部件保税维修。"),
    ("art", "第九条", "不得开展国家禁止进口的旧机电产品、固体废物以及国家禁止进出境货物的保税维修业务。"),
    ("ch", "第三章　监管要求", None),
    ("art", "第十条", "开展保税维修业务的企业应当建立符合海关监管要求的信息化管理系统，实现待维修货物、维修用料件、维修后货物和维修产生的旧件、坏件、边角料的全流程电子底账管理。"),
    ("art", "第十一条", "待维修货物从境外运入综合保税区的，企业按照“保税维修”监管方式（代码1371）向主管海关申报；维修后复运出境的，按照同一监管方式申报出境。"),
    ("art", "第十二条", "维修产生的旧件、坏件，原则上应当全部复运出境；确实无法复运出境的，应当按照固体废物管理有关规定处置，不得擅自销往境内（区外）。"),
    ("art", "第十三条", "主管海关可以根据企业信用状况实施差别化监管，对海关高级认证企业实行“先入区、后报关”，待维修货物的检测时限由30日延长至60日。"),
    ("ch", "第四章　支持措施", None),
    ("art", "第十四条", "对首次开展保税维修业务且年度维修货值达到1000万美元以上的综合保税区内企业，由所在地人民政府给予一次性奖励50万元；宜昌综合保税区、荆州综合保税区、黄石综合保税区内企业年度维修货值达到500万美元的，按照同等标准给予奖励。"),
    ("art", "第十五条", "支持襄阳片区、宜昌片区以“自贸试验区＋综合保税区”联动方式，在片区范围内海关特殊监管区域以外试点开展高附加值、高技术含量、无污染的“两头在外”保税维修业务，试点企业名单由省商务厅会同武汉海关确定。"),
    ("art", "第十六条", "各市（州）商务主管部门应当于每年1月31日前，将上一年度本地区保税维修业务开展情况报送省商务厅。"),
    ("ch", "第五章　附　则", None),
    ("art", "第十七条", "本细则由省商务厅、武汉海关负责解释。"),
    ("art", "第十八条", "本细则自2024年7月1日起施行，有效期3年。"),
]
HB_TABLE_TITLE = "湖北省综合保税区保税维修重点区域及产品目录"
HB_COLS = ["序号", "所在地", "综合保税区", "重点维修产品", "主管海关"]
# rows: (no, place or None if merged from above, zone, products, customs or None if merged from above)
HB_ROWS = [
    ("1", ("武汉市", 3), "武汉东湖综合保税区", "光模块、激光器、光纤通信设备、集成电路测试设备", ("武汉东湖新技术开发区海关", 1)),
    ("2", None, "武汉经开综合保税区", "汽车电子、新能源汽车动力电池", ("武汉经济技术开发区海关", 1)),
    ("3", None, "武汉新港空港综合保税区（阳逻港园区、空港园区）", "船舶配套设备、工程机械、航空器零部件", ("武汉新港海关、武汉天河机场海关", 1)),
    ("4", ("襄阳市", 1), "襄阳综合保税区", "汽车零部件、轨道交通装备", ("襄阳海关", 1)),
    ("5", ("宜昌市", 1), "宜昌综合保税区", "船舶配套设备、电子元器件", ("宜昌海关", 1)),
    ("6", ("黄石市", 1), "黄石综合保税区", "电子线路板、模具", ("黄石海关", 2)),
    ("7", ("荆州市", 1), "荆州综合保税区", "石化装备、汽车零部件", None),
]


def hb_row_values():
    vals, last_place, last_cus = [], None, None
    for no, place, zone, prod, cus in HB_ROWS:
        if place: last_place = place[0]
        if cus: last_cus = cus[0]
        vals.append([no, last_place, zone, prod, last_cus])
    return vals


def mso_runs(text, east="仿宋_GB2312", size="16.0pt"):
    """Split text the way Word's HTML export does: CJK runs in the East-Asian font, ASCII runs in lang=EN-US spans."""
    out = []
    for part in re.findall(r"[0-9A-Za-z.%]+|[^0-9A-Za-z.%]+", text):
        if re.match(r"[0-9A-Za-z.%]", part):
            out.append('<span lang="EN-US" style="font-size:%s;font-family:&quot;Times New Roman&quot;,serif;mso-fareast-font-family:%s">%s</span>' % (size, east, part))
        else:
            out.append('<span style="font-size:%s;font-family:%s;mso-hansi-font-family:&quot;Times New Roman&quot;">%s</span>' % (size, east, part))
    return "".join(out)


def hb_word_section():
    L = []
    L.append('<div class="WordSection1" style="layout-grid:15.6pt">')
    L.append('<p class="MsoNormal" style="line-height:28.0pt;mso-line-height-rule:exactly"><span style="font-size:16.0pt;font-family:黑体;mso-hansi-font-family:&quot;Times New Roman&quot;">附件</span><span lang="EN-US" style="font-size:16.0pt;font-family:黑体"><o:p></o:p></span></p>')
    L.append('<p class="MsoNormal" style="line-height:28.0pt;mso-line-height-rule:exactly"><span lang="EN-US" style="font-size:16.0pt;font-family:黑体"><o:p>&nbsp;</o:p></span></p>')
    # title with a Word soft line break inside
    L.append('<p class="MsoNormal" align="center" style="text-align:center;line-height:30.0pt;mso-line-height-rule:exactly"><span style="font-size:22.0pt;font-family:方正小标宋简体;mso-hansi-font-family:&quot;Times New Roman&quot;">湖北省综合保税区保税维修业务<span lang="EN-US"><br></span>实施细则</span><span lang="EN-US" style="font-size:22.0pt;font-family:方正小标宋简体"><o:p></o:p></span></p>')
    L.append('<p class="MsoNormal" align="center" style="text-align:center;line-height:28.0pt;mso-line-height-rule:exactly"><span lang="EN-US" style="font-size:16.0pt;font-family:仿宋_GB2312"><o:p>&nbsp;</o:p></span></p>')
    list_no = 0
    for kind, label, text in HB_BODY:
        if kind == "ch":
            # chapter heading: 第一章 + two &nbsp; + name, 总 则 spelled with a full-width space
            a, b = label.split("　", 1)
            L.append('<p class="MsoNormal" align="center" style="text-align:center;line-height:28.0pt;mso-line-height-rule:exactly;mso-outline-level:2"><span style="font-size:16.0pt;font-family:黑体;mso-hansi-font-family:&quot;Times New Roman&quot;">%s<span lang="EN-US">&nbsp;&nbsp;</span>%s</span><span lang="EN-US" style="font-size:16.0pt;font-family:黑体"><o:p></o:p></span></p>' % (a, b))
        elif kind == "art":
            body = mso_runs(text)
            if label == "第十三条":
                # a Word soft line break in the middle of the sentence
                body = mso_runs("主管海关可以根据企业信用状况实施差别化监管，对海关高级认证企业实行") + '<span lang="EN-US" style="font-size:16.0pt;font-family:仿宋_GB2312"><br></span>' + mso_runs("“先入区、后报关”，待维修货物的检测时限由30日延长至60日。")
            L.append('<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly"><b><span style="font-size:16.0pt;font-family:黑体;mso-hansi-font-family:&quot;Times New Roman&quot;">%s</span></b><span style="font-size:16.0pt;font-family:仿宋_GB2312"><span style="mso-spacerun:yes">　</span></span>%s<span lang="EN-US" style="font-size:16.0pt;font-family:仿宋_GB2312"><o:p></o:p></span></p>' % (label, body))
        elif kind == "item":
            list_no += 1
            # Word automatic list numbering as exported: the number sits between [if !supportLists] comments
            L.append('<p class="MsoListParagraph" style="margin-left:0cm;text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly;mso-list:l0 level1 lfo1"><!--[if !supportLists]--><span style="font-size:16.0pt;font-family:仿宋_GB2312;mso-bidi-font-family:仿宋_GB2312"><span style="mso-list:Ignore">%s</span></span><!--[endif]-->%s<span lang="EN-US" style="font-size:16.0pt;font-family:仿宋_GB2312"><o:p></o:p></span></p>' % (label, mso_runs(text)))
    # 附表
    L.append('<p class="MsoNormal" style="line-height:28.0pt;mso-line-height-rule:exactly"><span lang="EN-US" style="font-size:16.0pt;font-family:仿宋_GB2312"><o:p>&nbsp;</o:p></span></p>')
    L.append('<p class="MsoNormal" style="line-height:28.0pt;mso-line-height-rule:exactly"><span style="font-size:16.0pt;font-family:黑体;mso-hansi-font-family:&quot;Times New Roman&quot;">附表</span><span lang="EN-US" style="font-size:16.0pt;font-family:黑体"><o:p></o:p></span></p>')
    L.append('<p class="MsoNormal" align="center" style="text-align:center;line-height:28.0pt;mso-line-height-rule:exactly"><span style="font-size:18.0pt;font-family:方正小标宋简体;mso-hansi-font-family:&quot;Times New Roman&quot;">%s</span><span lang="EN-US" style="font-size:18.0pt;font-family:方正小标宋简体"><o:p></o:p></span></p>' % HB_TABLE_TITLE)
    L.append('<div align="center">')
    L.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" width="604" style="width:453.0pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt">')
    L.append("<tbody>")
    widths = [42, 70, 170, 200, 122]
    td_style = "border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt"

    def cell(text, w, head=False, rowspan=1, center=True):
        rs = ' rowspan="%d"' % rowspan if rowspan > 1 else ""
        al = ' align="center" style="text-align:center;line-height:20.0pt;mso-line-height-rule:exactly"' if center else ' style="line-height:20.0pt;mso-line-height-rule:exactly"'
        font = "黑体" if head else "仿宋_GB2312"
        inner = ('<span style="font-size:12.0pt;font-family:黑体">%s</span>' % text) if head else mso_runs(text, size="12.0pt")
        return ('<td width="%d"%s valign="middle" style="width:%.1fpt;%s"><p class="MsoNormal"%s>%s<span lang="EN-US" style="font-size:12.0pt;font-family:%s"><o:p></o:p></span></p></td>'
                % (w, rs, w * 0.75, td_style, al, inner, font))
    L.append('<tr style="mso-yfti-irow:0;mso-yfti-firstrow:yes;height:22.7pt">' + "".join(cell(c, w, head=True) for c, w in zip(HB_COLS, widths)) + "</tr>")
    for i, (no, place, zone, prod, cus) in enumerate(HB_ROWS, 1):
        tds = [cell(no, widths[0])]
        if place: tds.append(cell(place[0], widths[1], rowspan=place[1]))
        tds.append(cell(zone, widths[2], center=False))
        tds.append(cell(prod, widths[3], center=False))
        if cus: tds.append(cell(cus[0], widths[4], rowspan=cus[1]))
        last = ";mso-yfti-lastrow:yes" if i == len(HB_ROWS) else ""
        L.append('<tr style="mso-yfti-irow:%d%s;height:22.7pt">' % (i, last) + "".join(tds) + "</tr>")
    L.append("</tbody></table>")
    L.append("</div>")
    L.append('<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>')
    L.append("</div>")
    return "\n".join(L)


HB_CSS = """@charset "utf-8";
body{margin:0;padding:0;font:14px/1.8 "Microsoft YaHei",Arial,sans-serif;color:#333;background:#f4f4f4}
a{color:#333;text-decoration:none}
.w1200{width:1200px;margin:0 auto}
.topbar{background:#eee;height:34px;line-height:34px;font-size:12px}
.topbar .r{float:right}
.head{height:130px;background:url(head_bg.png) no-repeat center top}
.head .logo{float:left;margin-top:30px}
.nav{background:#b3121a;height:50px}
.nav li{float:left;list-style:none;width:150px;text-align:center;line-height:50px}
.nav li a{color:#fff;font-size:17px}
.position{padding:12px 0;color:#666}
.xxgk_table{width:100%;border-collapse:collapse;background:#fbfbfb;margin-bottom:20px}
.xxgk_table th,.xxgk_table td{border:1px solid #e2e2e2;padding:6px 10px;font-size:13px}
.xxgk_table th{width:90px;background:#f2f2f2;font-weight:normal;text-align:right}
.article{background:#fff;padding:30px 60px}
.article h2{font-size:24px;color:#b3121a;text-align:center;line-height:1.5}
.article .info{text-align:center;color:#888;border-bottom:1px dashed #ccc;padding-bottom:10px;font-size:13px}
.TRS_Editor{font-size:16px;line-height:2}
.share{margin-top:30px;border-top:1px solid #eee;padding-top:12px}
.xggj{background:#fff;margin-top:16px;padding:16px 60px}
.footer{background:#3b3b3b;color:#ccc;text-align:center;padding:20px 0;margin-top:30px;font-size:13px}
.footer a{color:#ccc}
"""


def build_hubei():
    stem = "blind220_hubei_xize"
    F = stem + "_files"
    notice = "\n".join('<p style="text-indent: 2em;">%s</p>' % t for t in HB_NOTICE)
    html = f"""<!DOCTYPE html>
{saved_from(HB_URL)}
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>湖北省商务厅 武汉海关关于印发《{HB_XZ}》的通知 - 湖北省商务厅</title>
<meta name="SiteName" content="湖北省商务厅">
<meta name="SiteDomain" content="swt.hubei.gov.cn">
<meta name="SiteIDCode" content="4200000064">
<meta name="ColumnName" content="政策文件">
<meta name="ColumnType" content="政策文件">
<meta name="ArticleTitle" content="湖北省商务厅 武汉海关关于印发《{HB_XZ}》的通知">
<meta name="PubDate" content="2024-06-20 10:15">
<meta name="ContentSource" content="湖北省商务厅">
<meta name="Keywords" content="保税维修,综合保税区,实施细则">
<link rel="stylesheet" type="text/css" href="./{F}/common.css">
<link rel="stylesheet" type="text/css" href="./{F}/article.css">
<script type="text/javascript" src="./{F}/jquery.min.js.下载"></script>
<script type="text/javascript" src="./{F}/share.js.下载"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span>欢迎访问湖北省商务厅门户网站！</span><span class="r"><a href="javascript:void(0)" id="wza">无障碍浏览</a>　|　<a href="javascript:void(0)">长者模式</a>　|　<a href="https://swt.hubei.gov.cn/hdjl/">我要留言</a>　|　<a href="https://swt.hubei.gov.cn/wzdt/">网站地图</a></span></div></div>
<div class="head"><div class="w1200">
<div class="logo"><a href="https://swt.hubei.gov.cn/"><img src="./{F}/logo.png" alt="湖北省商务厅"></a></div>
<div class="search"><form action="https://swt.hubei.gov.cn/search/" method="get" target="_blank"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div>
</div></div>
<div class="nav"><ul class="w1200">
<li><a href="https://swt.hubei.gov.cn/">首页</a></li>
<li><a href="https://swt.hubei.gov.cn/zfxxgk/">政府信息公开</a></li>
<li><a href="https://swt.hubei.gov.cn/fbjd/">发布解读</a></li>
<li><a href="https://swt.hubei.gov.cn/bsfw/">办事服务</a></li>
<li><a href="https://swt.hubei.gov.cn/hdjl/">互动交流</a></li>
<li><a href="https://swt.hubei.gov.cn/sjfb/">商务数据</a></li>
<li><a href="https://swt.hubei.gov.cn/ztzl/">专题专栏</a></li>
</ul></div>
<div class="w1200">
<div class="position">当前位置：<a href="https://swt.hubei.gov.cn/">首页</a> &gt; <a href="https://swt.hubei.gov.cn/fbjd/">发布解读</a> &gt; <a href="https://swt.hubei.gov.cn/fbjd/zc/">政策</a> &gt; <a href="https://swt.hubei.gov.cn/fbjd/zc/zcwj/">政策文件</a> &gt; <span>省商务厅文件</span></div>
<table class="xxgk_table">
<tbody>
<tr><th>索&nbsp;引&nbsp;号：</th><td>011043398/2024-05371</td><th>分&nbsp;&nbsp;&nbsp;&nbsp;类：</th><td>商贸、海关、旅游 ; 通知</td></tr>
<tr><th>发布机构：</th><td>湖北省商务厅</td><th>发文日期：</th><td>2024年06月18日</td></tr>
<tr><th>名&nbsp;&nbsp;&nbsp;&nbsp;称：</th><td colspan="3">湖北省商务厅 武汉海关关于印发《{HB_XZ}》的通知</td></tr>
<tr><th>文&nbsp;&nbsp;&nbsp;&nbsp;号：</th><td>{HB_NUM}</td><th>主&nbsp;题&nbsp;词：</th><td>保税维修 综合保税区</td></tr>
<tr><th>有&nbsp;效&nbsp;性：</th><td>有效</td><th>发布日期：</th><td>2024年06月20日</td></tr>
</tbody>
</table>
<div class="article">
<h2>湖北省商务厅　武汉海关关于印发《{HB_XZ}》的通知</h2>
<div class="info">发布时间：2024-06-20 10:15　　来源：自由贸易试验区工作处　　浏览次数：<span id="hits">2386</span>　　【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div class="TRS_Editor" id="zoom">
<style type="text/css">
.TRS_Editor P{{margin-top:0px;margin-bottom:0px;line-height:2;font-family:仿宋_GB2312;font-size:16pt;}}.TRS_Editor DIV{{margin-top:0px;margin-bottom:0px;line-height:2;font-family:仿宋_GB2312;font-size:16pt;}}.TRS_Editor TD{{margin-top:0px;margin-bottom:0px;line-height:2;font-family:仿宋_GB2312;font-size:12pt;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;text-align:justify;text-justify:inter-ideograph;font-size:10.5pt;font-family:"Times New Roman",serif;}}
p.MsoListParagraph {{margin:0cm;text-align:justify;text-indent:21.0pt;mso-char-indent-count:2.0;font-size:10.5pt;}}
@page WordSection1 {{size:595.3pt 841.9pt;margin:104.9pt 73.7pt 99.25pt 79.4pt;mso-header-margin:42.55pt;mso-footer-margin:49.6pt;mso-paper-source:0;layout-grid:15.6pt;}}
div.WordSection1 {{page:WordSection1;}}
</style>
<p style="text-align: center;">{HB_NUM}</p>
<p>&nbsp;</p>
<p>{"，".join(HB_RECIP)}：</p>
{notice}
<p>&nbsp;</p>
<p style="text-indent: 2em;">附件：{HB_XZ}</p>
<p>&nbsp;</p>
<p style="text-align: right;">湖北省商务厅　　　　　　武汉海关</p>
<p style="text-align: right;">2024年6月18日</p>
<p style="text-indent: 2em;">（此件公开发布）</p>
<p>&nbsp;</p>
{hb_word_section()}
</div>
<div class="share">
<div class="bdsharebuttonbox bdshare-button-style0-16" data-bd-bind="1718850921734"><span>分享到：</span><a href="https://swt.hubei.gov.cn/fbjd/zc/zcwj/swt/202406/t20240620_5237716.shtml#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="https://swt.hubei.gov.cn/fbjd/zc/zcwj/swt/202406/t20240620_5237716.shtml#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="https://swt.hubei.gov.cn/fbjd/zc/zcwj/swt/202406/t20240620_5237716.shtml#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>
<div class="print"><a href="javascript:printPage()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
<div class="xggj">
<h3>相关解读</h3>
<ul>
<li><a href="https://swt.hubei.gov.cn/fbjd/zcjd/202406/t20240621_5238810.shtml">一图读懂｜《湖北省综合保税区保税维修业务实施细则》</a><span>2024-06-21</span></li>
</ul>
<h3>相关文件</h3>
<ul>
<li><a href="https://swt.hubei.gov.cn/fbjd/zc/zcwj/swt/202403/t20240312_5112034.shtml">湖北省商务厅关于印发《2024年全省自由贸易试验区建设工作要点》的通知（鄂商务发〔2024〕6号）</a><span>2024-03-12</span></li>
<li><a href="https://swt.hubei.gov.cn/fbjd/zc/zcwj/swt/202311/t20231128_4980021.shtml">湖北省商务厅关于支持综合保税区发展跨境电商保税进口业务的通知（鄂商务函〔2023〕211号）</a><span>2023-11-28</span></li>
</ul>
</div>
</div>
<div class="footer">
<p><a href="https://swt.hubei.gov.cn/gywm/">关于我们</a> | <a href="https://swt.hubei.gov.cn/wzdt/">网站地图</a> | <a href="https://swt.hubei.gov.cn/lxwm/">联系我们</a></p>
<p>主办单位：湖北省商务厅　　地址：武汉市武昌区中北路? 号　　邮编：430071</p>
<p>网站标识码：4200000064　　<a href="https://beian.miit.gov.cn/" target="_blank">鄂ICP备05003311号-1</a>　　<img src="./{F}/gongan.png" alt="">鄂公网安备 42010602000412号</p>
<p><img src="./{F}/dzjg.png" alt="党政机关">　<img src="./{F}/jiucuo.png" alt="政府网站找错"></p>
</div>
<script type="text/javascript" src="./{F}/stat.js.下载"></script>
</body></html>
"""
    html = html.replace("武昌区中北路? 号", "武昌区中北路172号")
    assets = {
        "common.css": HB_CSS, "article.css": ".article p{margin:0}\n.bdsharebuttonbox a{display:inline-block;width:16px;height:16px;margin-right:6px}\n",
        "jquery.min.js.下载": JQ, "share.js.下载": SHARE_JS, "stat.js.下载": STAT_JS,
        "logo.png": png(420, 70, (179, 18, 26)), "head_bg.png": png(60, 130, (250, 236, 236), (245, 225, 225)),
        "gongan.png": png(18, 20, (200, 160, 60)), "dzjg.png": png(55, 64, (200, 20, 20)), "jiucuo.png": png(110, 55, (220, 40, 40)),
    }
    return write_page(stem, html, assets)


# ================================================================ (b) 青岛市人民政府: 详见附件 + unsaved PDF
QD_URL = "http://www.qingdao.gov.cn/zwgk/zdgk/fgwj/zcwj/szfgw/2024/202411/t20241112_8623519.shtml"
QD_CS = "青岛市推动中国（山东）自由贸易试验区青岛片区与中国—上海合作组织地方经贸合作示范区联动发展若干措施"
QD_TITLE = "青岛市人民政府办公厅关于印发%s的通知" % QD_CS
QD_NUM = "青政办字〔2024〕58号"
QD_PDF = "http://www.qingdao.gov.cn/zwgk/zdgk/fgwj/zcwj/szfgw/2024/202411/P020241112391846207553.pdf"

QD_CSS = """@charset "utf-8";
*{margin:0;padding:0}
body{font-family:"微软雅黑";font-size:14px;color:#222;background:#fff}
ul,li{list-style:none}
a{color:#222;text-decoration:none}
.header{height:160px;background:#0b5fa8 url(top_bg.png) repeat-x}
.header .inner{width:1200px;margin:0 auto;position:relative}
.header .logo{position:absolute;left:0;top:36px}
.header .tools{position:absolute;right:0;top:10px;color:#dbe8f5;font-size:12px}
.header .tools a{color:#dbe8f5;margin-left:12px}
.mainnav{background:#fff;border-bottom:3px solid #0b5fa8}
.mainnav ul{width:1200px;margin:0 auto;height:56px}
.mainnav li{float:left;width:171px;text-align:center;line-height:56px;font-size:18px}
.crumb{width:1200px;margin:16px auto;color:#777}
.crumb a{color:#777}
.detail{width:1200px;margin:0 auto;border:1px solid #e5e5e5;padding:30px 0 40px}
.xxgk-info{width:1100px;margin:0 auto 20px;background:#f7f9fc;border:1px solid #dde6f0;overflow:hidden;padding:8px 0}
.xxgk-info li{float:left;width:50%;line-height:32px;padding:0 20px;box-sizing:border-box}
.xxgk-info li.long{width:100%}
.xxgk-info li span.lab{color:#0b5fa8;display:inline-block;width:80px;text-align-last:justify;margin-right:8px}
.detail h1{font-size:26px;text-align:center;color:#0b5fa8;line-height:44px;padding:10px 80px}
.detail .sub{text-align:center;color:#999;font-size:13px;border-bottom:1px solid #eee;padding-bottom:12px;width:1100px;margin:0 auto}
#zoom{width:1000px;margin:28px auto;font-size:18px;line-height:36px}
.fujian{width:1000px;margin:0 auto;padding-top:10px}
.fujian a{color:#0b5fa8}
.fujian img{vertical-align:middle;margin-right:6px}
.tool-bar{width:1000px;margin:30px auto 0;text-align:right;color:#666}
.related{width:1200px;margin:24px auto;border-top:2px solid #0b5fa8}
.related h3{font-size:18px;line-height:46px;color:#0b5fa8}
.related li{line-height:32px;background:url(dot.png) no-repeat 0 14px;padding-left:14px}
.related li span{float:right;color:#999}
.footer{background:#f1f1f1;border-top:3px solid #0b5fa8;padding:24px 0;text-align:center;color:#666;font-size:13px;line-height:26px}
"""


def build_qingdao():
    stem = "blind220_qingdao_pdf"
    F = stem + "_files"
    html = f"""<!DOCTYPE html>
{saved_from(QD_URL)}
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{QD_TITLE}_市政府办公厅文件_青岛政务网</title>
<meta name="SiteName" content="青岛政务网">
<meta name="SiteDomain" content="www.qingdao.gov.cn">
<meta name="SiteIDCode" content="3702000015">
<meta name="ColumnName" content="市政府办公厅文件">
<meta name="ArticleTitle" content="{QD_TITLE}">
<meta name="PubDate" content="2024-11-12 16:40">
<meta name="ContentSource" content="青岛市人民政府办公厅">
<link href="./{F}/base.css" rel="stylesheet" type="text/css">
<link href="./{F}/xxgk.css" rel="stylesheet" type="text/css">
<script src="./{F}/jquery-1.12.4.min.js.下载"></script>
</head>
<body>
<div class="header"><div class="inner">
<div class="logo"><a href="http://www.qingdao.gov.cn/"><img src="./{F}/logo.png" alt="青岛政务网"></a></div>
<div class="tools"><a href="javascript:void(0);" id="jft">繁體</a><a href="javascript:void(0);" id="assist-open">无障碍</a><a href="http://www.qingdao.gov.cn/ywdt/">English</a><a href="http://www.qingdao.gov.cn/login/">登录</a><a href="http://www.qingdao.gov.cn/zwgk/ysqgk/">依申请公开</a></div>
</div></div>
<div class="mainnav"><ul>
<li><a href="http://www.qingdao.gov.cn/">首页</a></li>
<li><a href="http://www.qingdao.gov.cn/ywdt/">要闻动态</a></li>
<li class="on"><a href="http://www.qingdao.gov.cn/zwgk/">政务公开</a></li>
<li><a href="http://www.qingdao.gov.cn/zwfw/">政务服务</a></li>
<li><a href="http://www.qingdao.gov.cn/hdjl/">政民互动</a></li>
<li><a href="http://www.qingdao.gov.cn/zjqd/">走进青岛</a></li>
<li><a href="http://www.qingdao.gov.cn/ztzl/">专题专栏</a></li>
</ul></div>
<div class="crumb">您的位置：<a href="http://www.qingdao.gov.cn/">首页</a> &gt; <a href="http://www.qingdao.gov.cn/zwgk/">政务公开</a> &gt; <a href="http://www.qingdao.gov.cn/zwgk/zdgk/">重点领域信息公开</a> &gt; <a href="http://www.qingdao.gov.cn/zwgk/zdgk/fgwj/">法规文件</a> &gt; <a href="http://www.qingdao.gov.cn/zwgk/zdgk/fgwj/zcwj/szfgw/">市政府办公厅文件</a></div>
<div class="detail">
<ul class="xxgk-info">
<li><span class="lab">索引号</span>11370200004172048F/2024-03297</li>
<li><span class="lab">主题分类</span>商贸、海关、旅游/对外经贸合作</li>
<li><span class="lab">发布机构</span>青岛市人民政府办公厅</li>
<li><span class="lab">成文日期</span>2024-11-05</li>
<li><span class="lab">发文字号</span>{QD_NUM}</li>
<li><span class="lab">发布日期</span>2024-11-12</li>
<li><span class="lab">有效性</span>有效</li>
<li><span class="lab">有效期</span>2024年12月1日至2026年11月30日</li>
<li class="long"><span class="lab">标题</span>{QD_TITLE}</li>
</ul>
<h1>青岛市人民政府办公厅关于印发青岛市推动中国（山东）自由贸易试验区青岛片区与<br>中国—上海合作组织地方经贸合作示范区联动发展若干措施的通知</h1>
<div class="sub">发布日期：2024-11-12　　来源：青岛市人民政府办公厅　　<span>字号：<a href="javascript:void(0)" onclick="setFont(20)">大</a> <a href="javascript:void(0)" onclick="setFont(18)">中</a> <a href="javascript:void(0)" onclick="setFont(16)">小</a></span></div>
<div id="zoom">
<p>详见附件。</p>
</div>
<div class="fujian">
<p>附件：</p>
<p><img src="./{F}/icon_pdf.png" alt=""><a href="{QD_PDF}" target="_blank" title="{QD_TITLE}.pdf" oldsrc="/P020241112391846207553.pdf">{QD_TITLE}.pdf</a></p>
</div>
<div class="tool-bar">
<span class="share">分享到：<a href="javascript:void(0)" class="wx" title="微信">微信</a> <a href="javascript:void(0)" class="wb" title="微博">微博</a> <a href="javascript:void(0)" class="qq" title="QQ空间">QQ空间</a></span>　　
<a href="javascript:window.print();">【打印】</a> <a href="javascript:window.opener=null;window.close();">【关闭】</a>
</div>
</div>
<div class="related">
<h3>相关解读</h3>
<ul>
<li><a href="http://www.qingdao.gov.cn/zwgk/zdgk/fgwj/zcjd/202411/t20241113_8624470.shtml">《青岛市推动自贸试验区青岛片区与上合示范区联动发展若干措施》政策解读</a><span>2024-11-13</span></li>
<li><a href="http://www.qingdao.gov.cn/zwgk/zdgk/fgwj/zcjd/202411/t20241113_8624492.shtml">图解：自贸片区与上合示范区联动发展20条</a><span>2024-11-13</span></li>
</ul>
<h3>相关文件</h3>
<ul>
<li><a href="http://www.qingdao.gov.cn/zwgk/zdgk/fgwj/zcwj/szfgw/2024/202406/t20240618_8120345.shtml">青岛市人民政府办公厅关于印发青岛市加快推进跨境电商高质量发展行动方案的通知（青政办字〔2024〕31号）</a><span>2024-06-18</span></li>
<li><a href="http://www.qingdao.gov.cn/zwgk/zdgk/fgwj/zcwj/szfgw/2023/202309/t20230915_7480127.shtml">青岛市人民政府关于支持中国—上海合作组织地方经贸合作示范区高质量发展的意见（青政发〔2023〕12号）</a><span>2023-09-15</span></li>
</ul>
</div>
<div class="footer">
<p><a href="http://www.qingdao.gov.cn/gywm/">关于我们</a> | <a href="http://www.qingdao.gov.cn/wzdt/">网站地图</a> | <a href="http://www.qingdao.gov.cn/lxwm/">联系我们</a> | <a href="http://www.qingdao.gov.cn/sybz/">使用帮助</a></p>
<p>主办：青岛市人民政府办公厅　　承办：青岛市大数据发展管理局</p>
<p>网站标识码：3702000015　　<a href="https://beian.miit.gov.cn/">鲁ICP备05016364号</a>　　<img src="./{F}/gaba.png" alt="">鲁公网安备 37020202000512号</p>
<p><img src="./{F}/dzjg.png" alt="党政机关">　<img src="./{F}/jiucuo.png" alt="政府网站找错"></p>
</div>
<script>function setFont(s){{document.getElementById('zoom').style.fontSize=s+'px';}}</script>
<script src="./{F}/stat.js.下载"></script>
</body></html>
"""
    assets = {
        "base.css": QD_CSS, "xxgk.css": ".xxgk-info li{{white-space:normal}}\n".replace("{{", "{").replace("}}", "}"),
        "jquery-1.12.4.min.js.下载": JQ, "stat.js.下载": STAT_JS,
        "logo.png": png(460, 80, (11, 95, 168)), "top_bg.png": png(20, 160, (11, 95, 168), (20, 105, 178)),
        "icon_pdf.png": png(16, 16, (210, 40, 40)), "dot.png": png(4, 4, (11, 95, 168)),
        "gaba.png": png(18, 20, (200, 160, 60)), "dzjg.png": png(55, 64, (200, 20, 20)), "jiucuo.png": png(110, 55, (220, 40, 40)),
    }
    return write_page(stem, html, assets)


# ================================================================ (c) 广西壮族自治区商务厅: 专题 list of five notices
GX_URL = "http://swt.gxzf.gov.cn/ztzl/gxzmq/zcwj/"
# (title, 文号, 发布日期, abstract, issuers, href)
GX_LIST = [
    ("广西壮族自治区商务厅等7部门关于印发《中国（广西）自由贸易试验区提升战略行动实施方案（2025—2027年）》的通知",
     "桂商自贸发〔2025〕3号", "2025-01-16",
     "方案提出，到2027年，广西自贸试验区南宁、钦州港、崇左三个片区外贸进出口额占全区比重达到30%以上，累计形成制度创新成果200项以上，并从对接国际高标准经贸规则、提升面向东盟开放合作水平、打造西部陆海新通道国际门户港等方面部署6项重点任务……",
     ["广西壮族自治区商务厅"], "http://swt.gxzf.gov.cn/ztzl/gxzmq/zcwj/t19281734.shtml"),
    ("广西壮族自治区商务厅关于公布第四批中国（广西）自由贸易试验区制度创新成果的通知",
     "桂商自贸函〔2024〕42号", "2024-09-10",
     "经自治区自由贸易试验区工作领导小组办公室组织评估，“中越跨境货车直通”“边民互市贸易商品落地加工‘一键申报’”等26项成果入选第四批制度创新成果，其中在全区复制推广12项，在南宁、钦州港、崇左片区内推广14项……",
     ["广西壮族自治区商务厅"], "http://swt.gxzf.gov.cn/ztzl/gxzmq/zcwj/t18964520.shtml"),
    ("广西壮族自治区商务厅　南宁海关关于支持崇左片区凭祥综合保税区开展边民互市贸易进口商品落地加工的通知",
     "桂商自贸发〔2024〕15号", "2024-07-22",
     "通知明确，支持在凭祥综合保税区和崇左片区友谊关口岸、浦寨互市点周边设立边民互市贸易进口商品落地加工园区，对使用边民互市进口东盟农产品、水果、坚果等原料的加工企业，在原料检验检疫、落地加工备案等方面给予便利……",
     ["广西壮族自治区商务厅", "南宁海关"], "http://swt.gxzf.gov.cn/ztzl/gxzmq/zcwj/t18702217.shtml"),
    ("广西壮族自治区人民政府办公厅关于深化中国（广西）自由贸易试验区钦州港片区与西部陆海新通道协同发展的实施意见",
     "桂政办发〔2024〕37号", "2024-06-03",
     "实施意见围绕钦州港片区建设西部陆海新通道国际门户港，提出加快钦州港东航道扩建、推动钦州铁路集装箱中心站与钦州港保税港区“港站一体化”运营、发展海铁联运“一单制”等18条措施，力争到2026年钦州港集装箱吞吐量突破1000万标箱……",
     ["广西壮族自治区人民政府办公厅"], "http://swt.gxzf.gov.cn/ztzl/gxzmq/zcwj/t18388946.shtml"),
    ("广西壮族自治区商务厅关于印发《中国（广西）自由贸易试验区南宁片区跨境电商产业园提质增效若干措施》的通知",
     "桂商自贸发〔2024〕9号", "2024-04-18",
     "若干措施聚焦南宁片区跨境电商产业园和南宁综合保税区跨境电商监管中心，从培育跨境电商经营主体、建设面向东盟的海外仓、发展“跨境电商＋产业带”、完善跨境物流和支付结算等方面提出12条支持措施……",
     ["广西壮族自治区商务厅"], "http://swt.gxzf.gov.cn/ztzl/gxzmq/zcwj/t18107651.shtml"),
]

GX_CSS = """@charset "utf-8";
body{margin:0;font:14px/1.75 "Microsoft YaHei",SimSun,sans-serif;color:#333;background:#f3f6f9}
a{color:#333;text-decoration:none}a:hover{color:#c40000}
ul{margin:0;padding:0;list-style:none}
.gx-top{background:#fff;border-bottom:1px solid #e5e5e5;height:32px;line-height:32px;font-size:12px}
.gx-top .wrap span{float:right}
.wrap{width:1200px;margin:0 auto}
.gx-head{height:120px;background:#1565b3}
.gx-head img{margin-top:26px}
.gx-nav{background:#0e4f8f;height:48px}
.gx-nav a{display:inline-block;color:#fff;font-size:16px;line-height:48px;padding:0 26px}
.zt-banner{height:180px;background:url(zt_banner.png) center no-repeat}
.zt-body{overflow:hidden;margin:20px auto}
.zt-left{float:left;width:250px;background:#fff}
.zt-left h2{margin:0;background:#c40000;color:#fff;font-size:20px;line-height:56px;text-align:center}
.zt-left li{border-bottom:1px solid #eee;line-height:48px;text-align:center;font-size:16px}
.zt-left li.cur a{color:#c40000;font-weight:bold}
.zt-right{float:right;width:920px;background:#fff;padding:0 30px 30px;box-sizing:border-box}
.zt-right .crumb{line-height:50px;border-bottom:2px solid #c40000;color:#777}
.zt-list li{border-bottom:1px dashed #ddd;padding:18px 0}
.zt-list h3{margin:0;font-size:17px;line-height:28px}
.zt-list .meta{color:#999;font-size:13px;margin:4px 0}
.zt-list .zy{color:#555;font-size:14px;line-height:24px;height:48px;overflow:hidden;margin:0}
.zt-list .links a{color:#1565b3;font-size:13px;margin-right:18px}
.page{text-align:center;margin-top:24px;color:#666}
.page a{display:inline-block;border:1px solid #ddd;padding:0 10px;margin:0 3px;line-height:26px}
.gx-foot{background:#0e4f8f;color:#c9d8e8;text-align:center;padding:22px 0;font-size:13px;line-height:26px}
.gx-foot a{color:#c9d8e8}
"""


def build_guangxi():
    stem = "blind220_guangxi_zhuanti"
    F = stem + "_files"
    items = []
    for title, num, date, zy, _iss, href in GX_LIST:
        items.append(f"""<li>
<h3><a href="{href}" target="_blank" title="{title}">{title}</a></h3>
<p class="meta">文号：{num}<span style="margin-left:40px">发布日期：{date}</span></p>
<p class="zy">{zy}<a href="{href}" target="_blank" style="color:#c40000">[详细]</a></p>
<p class="links"><a href="{href}" target="_blank">查看原文</a><a href="{href.replace('/zcwj/', '/zcjd/')}" target="_blank">政策解读</a><a href="{href.replace('.shtml', '_fj.pdf')}" target="_blank">附件下载</a></p>
</li>""")
    html = f"""<!DOCTYPE html>
{saved_from(GX_URL)}
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>政策文件 - 中国（广西）自由贸易试验区建设 - 广西壮族自治区商务厅网站</title>
<meta name="SiteName" content="广西壮族自治区商务厅网站">
<meta name="SiteDomain" content="swt.gxzf.gov.cn">
<meta name="SiteIDCode" content="4500000039">
<meta name="ColumnName" content="政策文件">
<meta name="ColumnType" content="专题专栏">
<link rel="stylesheet" href="./{F}/gx_common.css">
<link rel="stylesheet" href="./{F}/zt.css">
<script src="./{F}/jquery.min.js.下载"></script>
</head>
<body>
<div class="gx-top"><div class="wrap">今天是：<span id="today">2025年2月18日 星期二</span><span><a href="http://swt.gxzf.gov.cn/">返回商务厅首页</a>　|　<a href="javascript:void(0)">无障碍</a>　|　<a href="javascript:void(0)">关怀版</a></span></div></div>
<div class="gx-head"><div class="wrap"><a href="http://swt.gxzf.gov.cn/"><img src="./{F}/gx_logo.png" alt="广西壮族自治区商务厅"></a></div></div>
<div class="gx-nav"><div class="wrap">
<a href="http://swt.gxzf.gov.cn/">首页</a><a href="http://swt.gxzf.gov.cn/zwgk/">政务公开</a><a href="http://swt.gxzf.gov.cn/zwdt/">政务动态</a><a href="http://swt.gxzf.gov.cn/zfxxgk/">政府信息公开</a><a href="http://swt.gxzf.gov.cn/bsfw/">办事服务</a><a href="http://swt.gxzf.gov.cn/hdjl/">互动交流</a><a href="http://swt.gxzf.gov.cn/ztzl/">专题专栏</a>
</div></div>
<div class="zt-banner"><img src="./{F}/zt_banner.png" alt="中国（广西）自由贸易试验区建设"></div>
<div class="wrap zt-body">
<div class="zt-left">
<h2>广西自贸试验区</h2>
<ul>
<li><a href="http://swt.gxzf.gov.cn/ztzl/gxzmq/gzdt/">工作动态</a></li>
<li class="cur"><a href="http://swt.gxzf.gov.cn/ztzl/gxzmq/zcwj/">政策文件</a></li>
<li><a href="http://swt.gxzf.gov.cn/ztzl/gxzmq/zcjd/">政策解读</a></li>
<li><a href="http://swt.gxzf.gov.cn/ztzl/gxzmq/zdcx/">制度创新</a></li>
<li><a href="http://swt.gxzf.gov.cn/ztzl/gxzmq/pqfc/">片区风采</a></li>
</ul>
</div>
<div class="zt-right">
<div class="crumb">当前位置：<a href="http://swt.gxzf.gov.cn/">首页</a> &gt; <a href="http://swt.gxzf.gov.cn/ztzl/">专题专栏</a> &gt; <a href="http://swt.gxzf.gov.cn/ztzl/gxzmq/">中国（广西）自由贸易试验区建设</a> &gt; <span>政策文件</span></div>
<ul class="zt-list">
{chr(10).join(items)}
</ul>
<div class="page">共5条记录　1/1页　<a href="javascript:void(0)">首页</a><a href="javascript:void(0)">上一页</a><a href="javascript:void(0)" style="background:#c40000;color:#fff">1</a><a href="javascript:void(0)">下一页</a><a href="javascript:void(0)">尾页</a></div>
<div class="share" style="margin-top:26px;text-align:right;color:#888">分享：<a href="javascript:void(0)">微信</a>　<a href="javascript:void(0)">微博</a>　<a href="javascript:void(0)">QQ空间</a>　　<a href="javascript:window.print()">【打印】</a>　<a href="javascript:window.close()">【关闭】</a></div>
</div>
</div>
<div class="wrap" style="background:#fff;padding:12px 30px;box-sizing:border-box;margin-bottom:20px">
<strong>相关链接：</strong>
<a href="http://www.mofcom.gov.cn/" target="_blank">商务部</a>　
<a href="http://www.gxzf.gov.cn/" target="_blank">广西壮族自治区人民政府</a>　
<a href="http://nnftz.nanning.gov.cn/" target="_blank">南宁片区</a>　
<a href="http://qzftz.qinzhou.gov.cn/" target="_blank">钦州港片区</a>　
<a href="http://czftz.chongzuo.gov.cn/" target="_blank">崇左片区</a>
</div>
<div class="gx-foot">
<p><a href="http://swt.gxzf.gov.cn/wzdt/">网站地图</a> | <a href="http://swt.gxzf.gov.cn/lxwm/">联系我们</a> | <a href="http://swt.gxzf.gov.cn/sm/">网站声明</a></p>
<p>主办单位：广西壮族自治区商务厅　　地址：南宁市青秀区民族大道137号</p>
<p>网站标识码：4500000039　　<a href="https://beian.miit.gov.cn/">桂ICP备05009624号</a>　　<img src="./{F}/gaba.png" alt="">桂公网安备 45010302000358号</p>
<p><img src="./{F}/dzjg.png" alt="党政机关">　<img src="./{F}/jiucuo.png" alt="政府网站找错"></p>
</div>
<iframe src="./{F}/saved_resource.html" style="display:none" width="0" height="0"></iframe>
</body></html>
"""
    stat_frame = ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>"
                  "<body><script>var _hmt=_hmt||[];</script></body></html>\n")
    assets = {
        "gx_common.css": GX_CSS, "zt.css": ".zt-list li:last-child{border-bottom:none}\n",
        "jquery.min.js.下载": JQ, "saved_resource.html": stat_frame,
        "gx_logo.png": png(480, 68, (21, 101, 179)), "zt_banner.png": png(600, 90, (196, 0, 0), (210, 30, 30)),
        "gaba.png": png(18, 20, (200, 160, 60)), "dzjg.png": png(55, 64, (200, 20, 20)), "jiucuo.png": png(110, 55, (220, 40, 40)),
    }
    return write_page(stem, html, assets)


# ================================================================ (d) 郑州市人民政府: news reprinting a notice in a box
ZZ_URL = "https://www.zhengzhou.gov.cn/news1/8841265.jhtml"
ZZ_CS = "郑州市推动综合保税区高质量发展若干措施"
ZZ_TITLE = "郑州市人民政府办公厅关于印发%s的通知" % ZZ_CS
ZZ_NUM = "郑政办〔2024〕47号"
ZZ_RECIP = ["各开发区管委会", "各区县（市）人民政府", "市人民政府各部门"]
ZZ_HEADLINE = "我市出台15条措施推动综合保税区高质量发展"
ZZ_NEWS = [
    "本报讯（记者 李雯 通讯员 郑商宣）近日，市政府办公厅印发《郑州市推动综合保税区高质量发展若干措施》（以下简称《措施》），从提升平台能级、壮大特色产业、畅通物流通道、优化政策环境4个方面提出15条具体措施，推动郑州新郑综合保税区、郑州经开综合保税区在全国综保区绩效评估中争先进位。",
    "据了解，我市现有郑州新郑综合保税区、郑州经开综合保税区2个综合保税区，2023年进出口总值占全市外贸进出口总值的六成以上。市商务局有关负责人表示，《措施》坚持“保税+”导向，将推动综保区由单一加工制造向研发、维修、跨境电商、保税展示交易等多元业态转型。",
]
ZZ_NOTICE = "《郑州市推动综合保税区高质量发展若干措施》已经市人民政府同意，现印发给你们，请认真贯彻落实。"
ZZ_INTRO = "为深入贯彻落实国务院关于促进综合保税区高水平开放高质量发展的部署要求，发挥综合保税区在我市建设国际综合枢纽、打造内陆开放高地中的平台作用，推动郑州新郑综合保税区、郑州经开综合保税区高质量发展，结合我市实际，制定如下措施。"
ZZ_SECTIONS = [
    ("一、提升平台能级", [
        "1.推动综保区优化提升。支持郑州新郑综合保税区结合郑州航空港经济综合实验区产业布局优化调整区域范围，2025年底前完成郑州新郑综合保税区四期规划论证；支持郑州经开综合保税区向郑州国际陆港方向拓展功能区。（责任单位：市商务局、市自然资源和规划局，航空港区管委会、经开区管委会）",
        "2.建设“保税＋”功能平台。在郑州经开综合保税区建设保税展示交易中心，在郑州新郑综合保税区建设全球维修检测中心，2025年6月底前投入运营。（责任单位：市商务局，航空港区管委会、经开区管委会）",
        "3.推进自贸试验区与综保区联动发展。支持中国（河南）自由贸易试验区郑州片区内企业在郑州经开综合保税区开展保税研发、保税检测业务，片区内先行先试的改革事项优先在两个综保区复制推广。（责任单位：市商务局、郑州片区管委会、经开区管委会）",
    ]),
    ("二、壮大特色产业", [
        "4.做强智能终端产业。支持郑州新郑综合保税区内智能终端龙头企业扩大产能，对年进出口额增长超过10%的智能终端配套企业，按新增进出口额每1美元奖励0.01元，单个企业每年最高500万元。（责任单位：市商务局、市财政局，航空港区管委会）",
        "5.发展保税维修和再制造。支持两个综保区内企业开展航空发动机、智能手机、工程机械等产品保税维修，对年维修货值首次突破5000万美元的企业给予一次性奖励100万元。（责任单位：市商务局、市财政局）",
        "6.扩大跨境电商规模。支持郑州新郑综合保税区、郑州经开综合保税区开展跨境电商网购保税进口（1210）和特殊区域出口（1210）业务，对在综保区内新设立的跨境电商区域分拨中心，按实际租赁面积给予每平方米每月10元补贴，期限不超过2年。（责任单位：市商务局、市财政局，航空港区管委会、经开区管委会）",
        "7.培育生物医药产业。在郑州新郑综合保税区设立进口药品、医疗器械保税仓储中心，支持开展生物医药研发用物品进口“白名单”试点。（责任单位：市市场监管局、市商务局，航空港区管委会）",
        "8.引导区外企业入区发展。鼓励中牟县、新郑市、荥阳市等县（市）的加工贸易企业将出口生产环节转入综保区，对整体迁入的企业按设备投资额的5%给予补助，单个企业最高300万元。（责任单位：市商务局，中牟县、新郑市、荥阳市人民政府）",
    ]),
    ("三、畅通物流通道", [
        "9.巩固“空中丝绸之路”。依托郑州—卢森堡“双枢纽”，支持郑州新郑国际机场新开至共建“一带一路”国家的全货运航线，实现航空货物与郑州新郑综合保税区“区港联动”一体化通关。（责任单位：市交通运输局、市商务局，航空港区管委会）",
        "10.拓展“陆上丝绸之路”。支持中欧班列（中豫号）在郑州国际陆港加密开行，推动郑州经开综合保税区与郑州国际陆港“区站联动”，2025年中欧班列（中豫号）开行量达到3000列以上。（责任单位：市发展改革委、市商务局，经开区管委会）",
        "11.发展多式联运。推动航空港区与经开区之间开行“空铁”“空陆”联运接驳专线，对经两个综保区中转的多式联运货物实行“一次申报、一次查验、一次放行”。（责任单位：市交通运输局，航空港区管委会、经开区管委会）",
    ]),
    ("四、优化政策环境", [
        "12.加大财政支持。市财政每年安排综合保税区发展专项资金2亿元，用于支持综保区基础设施建设、招商引资和新业态培育，区级财政按1∶1比例配套。（责任单位：市财政局、市商务局）",
        "13.强化金融服务。鼓励银行业金融机构为综保区内企业提供保税货物质押融资、跨境人民币结算等服务，对综保区内企业发生的出口信用保险保费给予50%补贴。（责任单位：市委金融办、市商务局）",
        "14.提升通关便利化水平。推广“两步申报”“提前申报”和“先入区、后报关”等模式，综保区内企业进出口货物整体通关时间比2023年压缩20%以上。（责任单位：市商务局、市口岸办）",
        "15.强化要素保障。对综保区内新建标准厂房、保税仓库项目优先保障用地指标，综保区内企业用电、用气价格执行全市最低标准。（责任单位：市自然资源和规划局、市发展改革委，航空港区管委会、经开区管委会）",
    ]),
]
ZZ_TAIL = "本措施自印发之日起施行，有效期至2026年12月31日。"

ZZ_CSS = """@charset "utf-8";
body{margin:0;background:#fff;font:15px/1.8 "PingFang SC","Microsoft YaHei",sans-serif;color:#2b2b2b}
a{color:#2b2b2b;text-decoration:none}
.container{width:1180px;margin:0 auto}
.zz-top{background:#f5f5f5;font-size:12px;line-height:30px;color:#888}
.zz-banner{background:#1e4fa1 url(banner_bg.png) no-repeat center;height:140px}
.zz-banner img{margin-top:30px}
.zz-menu{background:#173e80}
.zz-menu a{display:inline-block;color:#fff;line-height:52px;padding:0 30px;font-size:17px}
.bread{line-height:48px;color:#888;font-size:13px}
.news-main{width:960px;margin:0 auto}
.news-main h1{font-size:28px;text-align:center;line-height:1.5;margin:24px 0 12px}
.news-main .attr{text-align:center;color:#999;font-size:13px;padding-bottom:14px;border-bottom:1px solid #e6e6e6}
.news-content{padding:20px 0;font-size:17px;line-height:2}
.news-content p{text-indent:2em;margin:0 0 12px}
.wj-box{border:1px solid #b9c6db;background:#fafcff;padding:26px 40px;margin:20px 0}
.wj-box p{margin:0;text-indent:2em}
.wj-box p.tc{text-align:center;text-indent:0}
.wj-box p.tr{text-align:right;text-indent:0}
.wj-box p.h{font-weight:bold;text-indent:2em}
.wj-box .wjtitle{font-size:22px;font-weight:bold;color:#b5050d;text-align:center;text-indent:0;line-height:1.6}
.editor{text-align:right;color:#888;font-size:13px}
.share-bar{border-top:1px dashed #ddd;padding-top:10px;color:#666;font-size:13px}
.xgxw{margin-top:26px}
.xgxw h4{border-left:4px solid #1e4fa1;padding-left:10px;font-size:17px}
.xgxw li{line-height:32px;list-style:square inside}
.zz-foot{background:#173e80;color:#b8c7e0;font-size:13px;text-align:center;padding:20px 0;line-height:26px;margin-top:40px}
.zz-foot a{color:#b8c7e0}
"""


def build_zhengzhou():
    stem = "blind220_zhengzhou_news"
    F = stem + "_files"
    news = "\n".join("<p>%s</p>" % t for t in ZZ_NEWS)
    box = []
    box.append('<p class="wjtitle">郑州市人民政府办公厅</p>')
    box.append('<p class="wjtitle">关于印发郑州市推动综合保税区高质量发展<br>若干措施的通知</p>')
    box.append('<p class="tc">%s</p>' % ZZ_NUM)
    box.append('<p style="text-indent:0">%s：</p>' % "，".join(ZZ_RECIP))
    box.append("<p>%s</p>" % ZZ_NOTICE)
    box.append('<p class="tr">郑州市人民政府办公厅</p>')
    box.append('<p class="tr">2024年9月27日</p>')
    box.append("<p>（此件公开发布）</p>")
    box.append("<p>&nbsp;</p>")
    box.append('<p class="wjtitle">%s</p>' % ZZ_CS)
    box.append("<p>%s</p>" % ZZ_INTRO)
    for head, items in ZZ_SECTIONS:
        box.append('<p class="h">%s</p>' % head)
        for it in items:
            m = re.match(r"(\d+\.)(.+?。)(.*)", it)
            box.append("<p><strong>%s%s</strong>%s</p>" % (m.group(1), m.group(2), m.group(3)))
    box.append("<p>%s</p>" % ZZ_TAIL)
    html = f"""<!DOCTYPE html>
{saved_from(ZZ_URL)}
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{ZZ_HEADLINE}-郑州市人民政府</title>
<meta name="SiteName" content="郑州市人民政府">
<meta name="SiteDomain" content="www.zhengzhou.gov.cn">
<meta name="SiteIDCode" content="4101000035">
<meta name="ColumnName" content="郑州要闻">
<meta name="ColumnType" content="新闻">
<meta name="ArticleTitle" content="{ZZ_HEADLINE}">
<meta name="PubDate" content="2024-10-15 09:32">
<meta name="ContentSource" content="郑州日报">
<link rel="stylesheet" href="./{F}/zz_style.css">
<script src="./{F}/jquery.min.js.下载"></script>
<script src="./{F}/share.js.下载"></script>
</head>
<body>
<div class="zz-top"><div class="container">郑州市人民政府门户网站　欢迎您！<span style="float:right"><a href="javascript:void(0)">无障碍</a> | <a href="javascript:void(0)">长者版</a> | <a href="https://www.zhengzhou.gov.cn/english/">English</a> | <a href="https://www.zhengzhou.gov.cn/user/login">登录</a></span></div></div>
<div class="zz-banner"><div class="container"><a href="https://www.zhengzhou.gov.cn/"><img src="./{F}/zz_logo.png" alt="郑州市人民政府"></a></div></div>
<div class="zz-menu"><div class="container">
<a href="https://www.zhengzhou.gov.cn/">首页</a><a href="https://www.zhengzhou.gov.cn/news/">新闻中心</a><a href="https://www.zhengzhou.gov.cn/zwgk/">政务公开</a><a href="https://www.zhengzhou.gov.cn/zwfw/">政务服务</a><a href="https://www.zhengzhou.gov.cn/hdjl/">互动交流</a><a href="https://www.zhengzhou.gov.cn/zjzz/">走进郑州</a><a href="https://www.zhengzhou.gov.cn/ztzl/">专题专栏</a>
</div></div>
<div class="container">
<div class="bread">当前位置：<a href="https://www.zhengzhou.gov.cn/">首页</a> &gt; <a href="https://www.zhengzhou.gov.cn/news/">新闻中心</a> &gt; <a href="https://www.zhengzhou.gov.cn/news1/">郑州要闻</a></div>
<div class="news-main">
<h1>{ZZ_HEADLINE}</h1>
<div class="attr">发布时间：2024-10-15 09:32　　来源：郑州日报　　作者：李雯　　浏览量：<span id="views">5127</span>　　【字体：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>】</div>
<div class="news-content" id="zoom">
{news}
<div class="wj-box">
{chr(10).join(box)}
</div>
</div>
<p class="editor">责任编辑：王一鸣</p>
<div class="share-bar">分享到：<a href="javascript:void(0)" class="wx">微信</a>　<a href="javascript:void(0)" class="wb">微博</a>　<a href="javascript:void(0)" class="qz">QQ空间</a><span style="float:right"><a href="javascript:window.print()">【打印正文】</a>　<a href="javascript:window.close()">【关闭窗口】</a></span></div>
<div class="xgxw">
<h4>相关新闻</h4>
<ul>
<li><a href="https://www.zhengzhou.gov.cn/news1/8790412.jhtml">郑州新郑综合保税区前三季度进出口值同比增长8.6%</a>　2024-10-12</li>
<li><a href="https://www.zhengzhou.gov.cn/news1/8712093.jhtml">中欧班列（中豫号）今年开行突破2000列</a>　2024-09-20</li>
<li><a href="https://www.zhengzhou.gov.cn/zwgk/zcjd/8850177.jhtml">【政策解读】《郑州市推动综合保税区高质量发展若干措施》解读</a>　2024-10-16</li>
</ul>
</div>
</div>
</div>
<div class="zz-foot">
<p><a href="https://www.zhengzhou.gov.cn/wzdt/">网站地图</a> | <a href="https://www.zhengzhou.gov.cn/lxwm/">联系我们</a> | <a href="https://www.zhengzhou.gov.cn/wzsm/">网站声明</a></p>
<p>主办：郑州市人民政府办公厅　　承办：郑州市大数据管理局</p>
<p>网站标识码：4101000035　　<a href="https://beian.miit.gov.cn/">豫ICP备05002011号</a>　　<img src="./{F}/gaba.png" alt="">豫公网安备 41010202002271号</p>
<p><img src="./{F}/dzjg.png" alt="党政机关">　<img src="./{F}/jiucuo.png" alt="政府网站找错"></p>
</div>
<script src="./{F}/stat.js.下载"></script>
</body></html>
"""
    assets = {
        "zz_style.css": ZZ_CSS, "jquery.min.js.下载": JQ, "share.js.下载": SHARE_JS, "stat.js.下载": STAT_JS,
        "zz_logo.png": png(440, 76, (30, 79, 161)), "banner_bg.png": png(300, 140, (30, 79, 161), (40, 90, 170)),
        "gaba.png": png(18, 20, (200, 160, 60)), "dzjg.png": png(55, 64, (200, 20, 20)), "jiucuo.png": png(110, 55, (220, 40, 40)),
    }
    return write_page(stem, html, assets)


# ================================================================ expected.json
def expected():
    out = {}
    # ---- (a) 湖北
    hb_cl = list(HB_NOTICE) + [(lab + "　" + t) if k == "art" else (lab + t) for k, lab, t in HB_BODY if k != "ch"]
    hb_cl += ["；".join("%s：%s" % (c, v) for c, v in zip(HB_COLS, row)) for row in hb_row_values()]
    out["blind220_hubei_xize"] = [{
        "meta": {
            "title": HB_TITLE, "doc_number": HB_NUM, "issuer": HB_ISSUERS,
            "date": "2024-06-18", "published": "2024-06-20", "level": "provincial", "region": "湖北省",
            "effective": "2024-07-01", "expires": "2027-06-30", "attachments": [HB_XZ],
            "doc_type": "通知（印发实施细则）", "recipients": HB_RECIP, "publicity": "此件公开发布",
        },
        "clauses": hb_cl,
        "applies_to": {
            "default": "湖北省（全省已封关运作的综合保税区，含中国（湖北）自由贸易试验区武汉、襄阳、宜昌片区内的综保区）",
            "specific": {
                "第六条": "武汉东湖综合保税区（武汉市东湖新技术开发区，武汉片区）",
                "第七条": "武汉经开综合保税区（武汉经济技术开发区）、襄阳综合保税区（襄阳市）",
                "第八条": "武汉新港空港综合保税区阳逻港园区（新洲区阳逻）、空港园区（黄陂区，武汉天河国际机场）",
                "第十五条": "襄阳片区、宜昌片区（片区内海关特殊监管区域以外）",
                "附表 序号1": "武汉市 / 武汉东湖综合保税区", "附表 序号2": "武汉市 / 武汉经开综合保税区",
                "附表 序号3": "武汉市 / 武汉新港空港综合保税区", "附表 序号4": "襄阳市 / 襄阳综合保税区",
                "附表 序号5": "宜昌市 / 宜昌综合保税区", "附表 序号6": "黄石市 / 黄石综合保税区",
                "附表 序号7": "荆州市 / 荆州综合保税区",
            },
            "note": "第三条 and the first notice paragraph name the three 片区 but apply province-wide (default). 第十四条's first sentence is province-wide; its second names 宜昌/荆州/黄石综保区 (a lower threshold there) — default or those three both fine. Rows 2/3 inherit 武汉市 from the merged 所在地 cell; row 7 inherits 黄石海关 from the merged 主管海关 cell (the place stays 荆州市).",
        },
        "_note": (
            "Chrome-saved page (UTF-8, “saved from url” comment, assets in blind220_hubei_xize_files/ incl. *.js.下载). Furniture: top bar, logo, search, nav, breadcrumb (…> 政策文件 > 省商务厅文件), the 信息公开 metadata table (索引号 / 分类 / 发布机构 / 发文日期 2024年06月18日 / 名称 / 文号 / 主题词 / 有效性 / 发布日期 2024年06月20日), the h2 title, the info line (发布时间 2024-06-20 10:15, 来源, 浏览次数, 字体 大中小), share box, 【打印本页】【关闭窗口】, 相关解读 / 相关文件 lists (they carry other 文号 鄂商务发〔2024〕6号, 鄂商务函〔2023〕211号 — not this document's), footer (ICP/公安备案, 网站标识码). "
            "Title: page h2 has a full-width space between the joint issuers, the 名称 cell and <title> a half-width one (either is fine). "
            "The notice is plain HTML <p>s inside div.TRS_Editor: 文号 line centred, 主送 (3 recipients), 2 notice paragraphs (clauses), 附件：…实施细则 (附件说明), joint 落款 on one right-aligned line 湖北省商务厅　　　　　　武汉海关 + date 2024年6月18日 (furniture; two issuers, not one string), （此件公开发布）. "
            "Then the 附件 is a Word document saved as HTML and pasted into the same div (div.WordSection1, p.MsoNormal, mso- styles, <o:p>, digits in lang=EN-US spans, a <style> block with @page in the body): label 附件, the 细则 title split by a Word soft break <br> (湖北省综合保税区保税维修业务 / 实施细则 — join without a space; it is the attachment heading, not a clause), chapter headings 第一章  总　则 … 第五章  附　则 (centred, two &nbsp; between number and name, full-width space inside 总　则/附　则 — headings, not clauses), 第一条…第十八条 run-in (bold 黑体 number in its own span, then a mso-spacerun full-width space, then text — one clause each). "
            "第五条 has three items （一）（二）（三） typed as Word automatic list paragraphs (p.MsoListParagraph, mso-list, the number inside <!--[if !supportLists]--> … <!--[endif]--> comments — the number text is real content between the comments and must be kept); items separate (as expected) or merged into 第五条 both fine. "
            "第十三条 has a Word soft break <br> in mid-sentence (…实行 / “先入区、后报关”…) — one clause, joined with no space. "
            "After 第十八条: label 附表 + table title (headings), then a Word table (MsoTableGrid) 序号/所在地/综合保税区/重点维修产品/主管海关 with 7 rows: 所在地 武汉市 rowspan=3 (rows 1–3), 主管海关 黄石海关 rowspan=2 (rows 6–7) — merged values carry to every row they cover; header row not a clause; each row one clause written 序号：N；所在地：…；… . "
            "第十八条 自2024年7月1日起施行，有效期3年 → effective 2024-07-01, expires 2027-06-30 (computed). date 2024-06-18 (落款, = 发文日期), published 2024-06-20 (page 发布日期). "
            "A reader may split the 细则 into a second document (same issuers/date/effective/expires): tolerable; then the notice keeps 2 clauses. 30 clauses in all (2 + 18 articles + 3 items + 7 rows)."
        ),
    }]
    # ---- (b) 青岛
    out["blind220_qingdao_pdf"] = [{
        "meta": {
            "title": QD_TITLE, "doc_number": QD_NUM, "issuer": ["青岛市人民政府办公厅"],
            "date": "2024-11-05", "published": "2024-11-12", "level": "municipal", "region": "山东省青岛市",
            "effective": "2024-12-01", "expires": "2026-11-30", "attachments": [QD_CS],
            "doc_type": "通知（印发若干措施）", "recipients": None, "publicity": None,
        },
        "clauses": [],
        "applies_to": {
            "default": "山东省青岛市（中国（山东）自由贸易试验区青岛片区、中国—上海合作组织地方经贸合作示范区（胶州市））",
            "specific": {},
            "note": "No clause text is on the page, so nothing narrower can be said.",
        },
        "_missing": {
            "what": "the whole text of the notice and its 若干措施",
            "where": QD_PDF,
            "why": "the body says only 详见附件。; the 附件 is a link to a PDF on www.qingdao.gov.cn that the browser did not save (not in blind220_qingdao_pdf_files/)",
            "expected_report": "the reader must say it could not read the attachment (a warning naming the PDF link / file name) rather than report a clean, empty document",
        },
        "_note": (
            "Everything an analyst can know comes from the 信息公开 box (ul.xxgk-info, label spans with text-align-last:justify): 索引号 11370200004172048F/2024-03297, 主题分类, 发布机构 青岛市人民政府办公厅, 成文日期 2024-11-05, 发文字号 青政办字〔2024〕58号 (label 发文字号, not 文号), 发布日期 2024-11-12, 有效性 有效, 有效期 2024年12月1日至2026年11月30日 (→ effective 2024-12-01, expires 2026-11-30), 标题; and the h1 title with a <br> inside (…青岛片区与<br>中国—上海合作组织… — join with no space). "
            "Body: 详见附件。 only — not a clause (if a reader keeps it as one clause: low, but then it must not invent content). 附件： + a pdf icon + a link whose text is the notice title + .pdf (absolute http URL, file not saved). attachments: the 若干措施 named in the title (inferred); listing the link text (the .pdf) instead is tolerable. recipients and publicity unknown (null). "
            "Furniture: header tools (繁體/无障碍/English/登录/依申请公开), nav, breadcrumb (…> 法规文件 > 市政府办公厅文件), sub line (发布日期/来源/字号), share + 【打印】【关闭】, 相关解读 (two links) and 相关文件 (two other notices with their own 文号 青政办字〔2024〕31号, 青政发〔2023〕12号 — must not be taken for this one's), footer."
        ),
    }]
    # ---- (c) 广西 专题
    gx_types = ["通知（印发实施方案）", "通知", "通知", "实施意见", "通知（印发若干措施）"]
    gx_places = [
        "广西壮族自治区（中国（广西）自由贸易试验区南宁、钦州港、崇左片区）",
        "广西壮族自治区（中国（广西）自由贸易试验区）",
        "崇左片区：凭祥综合保税区、友谊关口岸、浦寨互市点（崇左市凭祥市）",
        "钦州港片区（钦州市）：钦州港、钦州铁路集装箱中心站、钦州港保税港区",
        "南宁片区：南宁片区跨境电商产业园、南宁综合保税区（南宁市）",
    ]
    docs = []
    for (title, num, date, zy, iss, href), dt, pl in zip(GX_LIST, gx_types, gx_places):
        docs.append({
            "meta": {
                "title": title, "doc_number": num, "issuer": iss, "date": None, "published": date,
                "level": "provincial", "region": "广西壮族自治区", "effective": None, "expires": None,
                "attachments": [], "doc_type": dt, "recipients": None, "publicity": None,
            },
            "clauses": [],
            "applies_to": {"default": pl, "specific": {}, "note": "from the title and abstract only"},
            "_abstract": zy,
            "_link": href,
        })
    docs[0]["_note"] = "issuer: 广西壮族自治区商务厅 leads “等7部门” — the other six are not named on the page."
    docs[2]["_note"] = "joint: 广西壮族自治区商务厅 and 南宁海关 (full-width space between them in the title)."
    out["blind220_guangxi_zhuanti"] = docs
    docs[0]["_page_note"] = (
        "blind220_guangxi_zhuanti holds no document text: it is a 专题 list page (中国（广西）自由贸易试验区建设 > 政策文件) with five entries, newest first, each h3 title link + “文号：… 发布日期：…” + an abstract clamped to two lines by CSS (height:48px;overflow:hidden — the full abstract text is in the HTML, ending in …… and a [详细] link) + links 查看原文 / 政策解读 / 附件下载. "
        "Expected: five document stubs (title, 文号, issuer from the title, published = the list date, no clauses) — OR no documents at all with a report saying it is a list page; both acceptable. Wrong: one document titled after the 专题/page (“政策文件 - 中国（广西）自由贸易试验区建设”), the five abstracts read as clauses of one document, a title glued to its 文号/date line, an abstract's figures (2027, 2026, 30%) read as dates, or 文号/dates shifted between entries. "
        "Furniture: date bar (今天是：2025年2月18日 星期二 — not a document date), logo, nav, banner, left 专题 menu, breadcrumb, pagination 共5条记录 1/1页, share/print, 相关链接 (商务部, 自治区政府, three 片区 sites), footer, a hidden iframe saved as saved_resource.html."
    )
    # ---- (d) 郑州 news
    zz_items = [it for _, items in ZZ_SECTIONS for it in items]
    out["blind220_zhengzhou_news"] = [{
        "meta": {
            "title": ZZ_TITLE, "doc_number": ZZ_NUM, "issuer": ["郑州市人民政府办公厅"],
            "date": "2024-09-27", "published": "2024-10-15", "level": "municipal", "region": "河南省郑州市",
            "effective": "2024-09-27", "expires": "2026-12-31", "attachments": [ZZ_CS],
            "doc_type": "通知（印发若干措施）", "recipients": ZZ_RECIP, "publicity": "此件公开发布",
        },
        "clauses": [ZZ_NOTICE, ZZ_INTRO] + zz_items + [ZZ_TAIL],
        "applies_to": {
            "default": "河南省郑州市（郑州新郑综合保税区、郑州经开综合保税区）",
            "specific": {
                "1.": "郑州新郑综合保税区（郑州航空港经济综合实验区）；郑州经开综合保税区（郑州经济技术开发区，向郑州国际陆港拓展）",
                "3.": "中国（河南）自由贸易试验区郑州片区；郑州经开综合保税区",
                "4.": "郑州新郑综合保税区（航空港区）",
                "7.": "郑州新郑综合保税区（航空港区）",
                "8.": "中牟县、新郑市、荥阳市（企业迁入综保区）",
                "9.": "郑州新郑国际机场 / 郑州新郑综合保税区（航空港区） — NOT 卢森堡 (the other hub of the air route)",
                "10.": "郑州国际陆港、郑州经开综合保税区（经开区）",
                "11.": "航空港区、经开区",
            },
            "note": "Items 2, 5, 6, 12–15 concern both 综保区 (default). 共建“一带一路”国家 (9.) does not move the item abroad.",
        },
        "_note": (
            "News page (郑州要闻): headline 我市出台15条措施推动综合保税区高质量发展 is the NEWS title, not the document's; info line 发布时间 2024-10-15 09:32 / 来源 郑州日报 / 作者 / 浏览量; two news paragraphs (本报讯… / 据了解…) are journalism — not clauses, and their facts (15条, 2个综保区, 六成) are not the document's. "
            "The notice is reprinted inside div.wj-box (1px border, own background): title in TWO centred paragraphs (郑州市人民政府办公厅 / 关于印发郑州市推动综合保税区高质量发展<br>若干措施的通知 — the organ name on its own line, then a <br> inside the second part; join all with no spaces), 文号 centred, 主送 (3), one notice paragraph (clause), 落款 郑州市人民政府办公厅 / 2024年9月27日 right-aligned, （此件公开发布）, an empty line, then the 若干措施 title (heading, no 附件 label), intro paragraph (clause), 一、…四、 bold headings on their own lines (headings, not clauses), items 1.–15. numbered continuously across the headings with a bold run-in title (number + bold title + text = one clause, responsible units in （责任单位：…） belong to the item), closing paragraph 本措施自印发之日起施行，有效期至2026年12月31日。 (clause) → effective 2024-09-27 (= 印发 date as printed in the 落款), expires 2026-12-31. "
            "published: the page date 2024-10-15 (the reprint's date; null tolerable). After the box: 责任编辑, share bar, 【打印正文】【关闭窗口】, 相关新闻 (3 links incl. a 政策解读 dated 2024-10-16), footer. "
            "Splitting the 若干措施 into a second document is tolerable (then the notice keeps 1 clause). 18 clauses."
        ),
    }]
    return out


README = """# Web pages written blind, 220th round

4 fictional government web pages saved from Chrome as “网页，全部” (one `.html` each plus its `<stem>_files/` folder with CSS, `*.js.下载`, PNG logos/icons and, once, a hidden iframe saved as `saved_resource.html`), written by someone who had not read the reader's code; `make_blind220.py` writes them next to itself together with `expected.json` (run `. /work/venv/bin/activate && python make_blind220.py`; standard library only, no LibreOffice needed, nothing pip-installed). The pages are serialized the way Chrome saves the DOM: UTF-8 with a `<!-- saved from url=(NNNN)… -->` comment, double-quoted attributes, Word conditional comments turned into ordinary comments, links to files that were not saved left as absolute URLs.
Theme: pages of provincial 商务厅 and city 政府 sites — a 湖北省商务厅 notice with its 实施细则 rendered on the page from a Word file saved as HTML (MsoNormal, list paragraphs, a table with merged cells), a 青岛市人民政府 page whose body is only 详见附件 with the 附件 an unsaved .pdf, a 广西商务厅 专题 page listing five notices, and a 郑州市人民政府 news item reprinting a notice in a bordered box after two news paragraphs — each with the site's header, navigation, breadcrumb, share/print links, related links and footer.

How documents are counted: a 印发通知 and the text it issues are ONE document (the notice's clauses followed by the attachment's); a reader that splits the attachment into a second document with the same metadata is tolerable. A list page holds no document text: its five entries are expected as five clause-less stubs (no documents plus a clear report is equally acceptable). A page whose text is only in an unsaved PDF is one document with metadata and no clauses, and the report must say what could not be read.

| file | what it holds |
|---|---|
| `blind220_hubei_xize.html` (+ `_files/`) | 湖北省商务厅　武汉海关关于印发《湖北省综合保税区保税维修业务实施细则》的通知, 鄂商务发〔2024〕15号, 发文日期 2024-06-18, 发布日期 2024-06-20, joint issuers (落款 one right-aligned line with both organs). 信息公开 metadata table above the title; the notice as plain `<p>`s in `div.TRS_Editor` (文号 line, 主送 of 3, 2 notice paragraphs, 附件说明, 落款, （此件公开发布）). The 附件 is a **Word document saved as HTML pasted into the same div**: `div.WordSection1`, `p.MsoNormal`, a `<style>` block with `@page` inside the body, digits in `lang=EN-US` spans, `<o:p>`; title split by a soft `<br>`; 第一章  总　则…第五章 (two `&nbsp;`, full-width space inside the name); 第一条…第十八条 run-in bold number + `mso-spacerun` full-width space; 第五条's （一）（二）（三） as **Word list paragraphs whose numbers sit between `<!--[if !supportLists]-->` comments**; a soft `<br>` mid-sentence in 第十三条; **附表 as a Word table with rowspan cells** (所在地 武汉市 over rows 1–3, 主管海关 黄石海关 over rows 6–7). 第十八条 施行 2024-07-01, 有效期3年 → expires 2027-06-30. Articles/rows name 武汉东湖/武汉经开/武汉新港空港(阳逻港园区、空港园区)/襄阳/宜昌/黄石/荆州综保区, 襄阳片区/宜昌片区. 30 clauses. |
| `blind220_qingdao_pdf.html` (+ `_files/`) | 青岛市人民政府办公厅关于印发青岛市推动中国（山东）自由贸易试验区青岛片区与中国—上海合作组织地方经贸合作示范区联动发展若干措施的通知, 青政办字〔2024〕58号 (box label **发文字号**), 成文日期 2024-11-05, 发布日期 2024-11-12, 有效期 2024年12月1日至2026年11月30日 (only in the box). h1 title with a `<br>`. **Body: 详见附件。 only; 附件 = link to a PDF on the server that was not saved** (`http://www.qingdao.gov.cn/…/P020241112391846207553.pdf`). No clauses can be read; the reader must say so in its report. 相关文件 carries two other 文号. 0 clauses. |
| `blind220_guangxi_zhuanti.html` (+ `_files/`) | 广西壮族自治区商务厅 专题 中国（广西）自由贸易试验区建设 › 政策文件: **a list of five notices** (newest first), each title link + “文号：… 发布日期：…” + a CSS-clamped two-line abstract ending in ……[详细] + 查看原文/政策解读/附件下载 links: 桂商自贸发〔2025〕3号 (商务厅等7部门, 提升战略行动实施方案), 桂商自贸函〔2024〕42号 (第四批制度创新成果), 桂商自贸发〔2024〕15号 (商务厅　南宁海关, 凭祥综合保税区 / 崇左片区 边民互市落地加工), 桂政办发〔2024〕37号 (钦州港片区 与西部陆海新通道), 桂商自贸发〔2024〕9号 (南宁片区 跨境电商产业园). Date bar “今天是：2025年2月18日” is furniture. Expected 5 clause-less stubs (or none + report); abstracts are not clauses. |
| `blind220_zhengzhou_news.html` (+ `_files/`) | News item 我市出台15条措施推动综合保税区高质量发展 (郑州日报, 2024-10-15) — **headline is not the document title; two news paragraphs are not clauses** — then the notice **in a bordered box**: 郑州市人民政府办公厅关于印发郑州市推动综合保税区高质量发展若干措施的通知 (title in two centred paragraphs, organ name alone on the first, a `<br>` in the second), 郑政办〔2024〕47号, 主送 3, notice paragraph, 落款 2024年9月27日, （此件公开发布）, then the 若干措施 (no 附件 label): intro, 一、…四、 bold headings, items 1.–15. numbered continuously with bold run-in titles and （责任单位：…）, closing 自印发之日起施行，有效期至2026年12月31日. Items name 郑州新郑/郑州经开综保区, 航空港区, 经开区, 郑州国际陆港, 郑州片区, 中牟县/新郑市/荥阳市, 新郑国际机场 (卢森堡 is not a place of application). 18 clauses. |

Places narrower than the document (details in `expected.json` → `applies_to`):
- hubei: 第六条 武汉东湖综合保税区 only; 第七条 武汉经开、襄阳综合保税区; 第八条 武汉新港空港综合保税区 (阳逻港园区 / 空港园区); 第十五条 襄阳片区、宜昌片区 only; 附表 rows each apply to their own 市 / 综保区 (rows 2–3 inherit 武汉市 from the merged cell).
- qingdao: nothing narrower can be read (no text).
- guangxi: entry 3 concerns 崇左片区 / 凭祥综合保税区 only; entry 4 钦州港片区; entry 5 南宁片区 / 南宁综合保税区.
- zhengzhou: item 3 郑州片区 + 郑州经开综保区; items 4 and 7 郑州新郑综合保税区 (航空港区) only; item 8 中牟县、新郑市、荥阳市; item 9 新郑国际机场 / 航空港区 (not 卢森堡); item 10 郑州国际陆港 / 经开区; item 11 航空港区、经开区.

What the reading found is in `findings.md`.
"""


def main():
    files = [build_hubei(), build_qingdao(), build_guangxi(), build_zhengzhou()]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README)
    print("wrote", *files)


if __name__ == "__main__":
    main()
