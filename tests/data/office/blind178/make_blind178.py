# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 178: government web pages saved from the browser as HTML ("网页，全部").

Writes next to itself (each .html with its <stem>_files/ folder of css/js/images,
as a browser's "save complete page" does; links to attachments stay absolute URLs):

  blind178_hlj_xxgk.html      黑龙江省人民政府 政府信息公开 page (TRS CMS): 4-column record table
      索引号/主题分类/发文机关/成文日期/标题/文号/发布日期 above the <h1>, body in
      <div class="view TRS_UEDITOR ...">, 附件 only in <ul class="fj"> (.pdf and .wps links).
  blind178_luxian_tongzhi.html 泸县人民政府 page (GBK bytes, meta charset=gb2312, with GBK-only
      characters) whose 通知 was pasted from WPS: every line a <p class="MsoNormal"> with &nbsp;
      indentation, words split over many <span style> runs, title in three <p>, one <br> soft
      break, a table with <colgroup>/<col> widths, <td><p><span> cells, a two-<p> header cell,
      a rowspan column and Word's trailing zero-height row.
  blind178_xiamen_fbh.html    厦门市人民政府新闻办 新闻发布会 图文实录: title, 时间/地点/主持人/发布人
      block, photos with captions between turns, 主持人/发布人/记者 turns with continuation
      paragraphs that carry no speaker label.
  blind178_yueyang_huibian.html 岳阳片区管委会 惠企政策汇编: three policies on one page, each under
      its own <h3> with its own 文号 and date (落款 / 印发 line), a 目录 of anchors, 编者按.
  expected.json

Only the standard library and Pillow are used.
Run:  . /work/venv/bin/activate && python make_blind178.py
"""
import html
import json
import os
import random
import re

from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

E = lambda s: html.escape(s, quote=False)
A = lambda s: html.escape(s, quote=True)


def font(size):
    try:
        return ImageFont.truetype(FONT_SANS, size, index=2)
    except OSError:
        return ImageFont.load_default()


def saved_from(url):
    return "<!-- saved from url=(%04d)%s -->" % (len(url), url)


def files_dir(stem):
    d = os.path.join(HERE, stem + "_files")
    os.makedirs(d, exist_ok=True)
    return d


def write_asset(stem, name, text):
    with open(os.path.join(files_dir(stem), name), "w", encoding="utf-8") as fh:
        fh.write(text)


def logo_png(stem, name, text, w=420, h=60, bg=(178, 0, 0), fg=(255, 255, 255)):
    im = Image.new("RGB", (w, h), bg)
    dr = ImageDraw.Draw(im)
    dr.text((14, 10), text, font=font(30), fill=fg)
    im.save(os.path.join(files_dir(stem), name))


def photo_jpg(stem, name, label, seed, w=640, h=400):
    rnd = random.Random(seed)
    im = Image.new("RGB", (w, h), (70, 80, 95))
    dr = ImageDraw.Draw(im)
    # a back wall with a blue banner, a long table, people as simple shapes
    dr.rectangle((0, 0, w, 170), fill=(32, 70, 140))
    dr.text((40, 50), label, font=font(34), fill=(255, 255, 255))
    dr.rectangle((0, 260, w, 300), fill=(120, 60, 40))
    for i in range(rnd.randint(3, 4)):
        x = 80 + i * 150
        dr.ellipse((x, 185, x + 40, 225), fill=(230, 200, 170))
        dr.rectangle((x - 10, 225, x + 50, 262), fill=(20, 20, 30))
    for i in range(12):
        x = rnd.randint(0, w - 30)
        dr.ellipse((x, 330 + rnd.randint(0, 30), x + 30, 360 + rnd.randint(0, 30)), fill=(25, 25, 25))
    im.save(os.path.join(files_dir(stem), name), quality=80)


BASE_JS = "/*! jQuery v1.12.4 | (c) jQuery Foundation | jquery.org/license */\n!function(a,b){\"object\"==typeof module}(window);\n"

EXPECTED = {}

# =====================================================================================
# 1. 黑龙江省人民政府 政府信息公开 (TRS CMS)
# =====================================================================================
HLJ = "blind178_hlj_xxgk"
HLJ_TITLE = "黑龙江省人民政府关于推进中国（黑龙江）自由贸易试验区深化对俄罗斯及东北亚经贸合作的实施意见"
HLJ_NO = "黑政发〔2024〕11号"
HLJ_URL = "https://www.hlj.gov.cn/hlj/c108376/202406/c00_31736482.shtml"
HLJ_RECIP = "各市（地）人民政府（行政公署），省政府各直属单位："

# (kind, head, text): kind p = plain paragraph, h = heading only, r = run-in heading + text
HLJ_BODY = [
    ("p", "", "为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，更好服务共建“一带一路”和中蒙俄经济走廊建设，推动中国（黑龙江）自由贸易试验区（以下简称黑龙江自贸试验区）在深化对俄罗斯及东北亚经贸合作中发挥示范引领作用，经省政府同意，现提出如下实施意见。"),
    ("h", "一、总体目标", ""),
    ("p", "", "到2026年，黑龙江自贸试验区对俄进出口额力争达到1200亿元，年均增长10%以上；新增对俄跨境人民币结算企业300家以上；累计形成制度创新成果150项以上，其中在全国复制推广10项以上。到2028年，基本建成面向俄罗斯及东北亚的跨境产业集聚区和高水平开放平台。"),
    ("h", "二、重点任务", ""),
    ("r", "（一）提升跨境物流通道能力。", "加快推进黑河—布拉戈维申斯克界河公路大桥配套口岸设施建设，推动绥芬河铁路口岸换装能力提升至年1500万吨。支持哈尔滨片区常态化开行“哈欧”“哈俄”班列，2024年开行量达到300列以上，对每列给予运营企业最高5万元补助。"),
    ("r", "（二）建设对俄进口商品集散中心。", "支持绥芬河片区建设木材、粮食、海产品进口加工基地，对年进口额超过1亿元的落地加工企业，按进口额的0.5%给予奖励，单个企业每年最高200万元。"),
    ("r", "（三）发展跨境电商和海外仓。", "支持哈尔滨片区建设对俄跨境电商物流枢纽，对在俄罗斯新建或租用面积2000平方米以上公共海外仓的企业，给予一次性补助100万元。"),
    ("r", "（四）深化跨境金融创新。", "支持黑河片区开展卢布现钞使用试点，推动银行机构为对俄贸易企业提供跨境人民币结算便利化服务，2026年对俄贸易人民币结算占比提高到90%以上。"),
    ("r", "（五）推动边民互市贸易转型升级。", "支持黑河片区、绥芬河片区建设边民互市贸易落地加工园区，对落地加工企业使用互市商品的，按每吨100元给予补贴。"),
    ("r", "（六）培育跨境产业集群。", "依托哈尔滨片区发展新一代信息技术、生物医药、高端装备等产业，每年组织对俄产业合作项目推介会不少于2场，对新签约投资额5亿元以上的对俄合作项目实行“一事一议”支持。"),
    ("r", "（七）提升通关便利化水平。", "推进“智慧口岸”建设，推广“提前申报”“两段准入”等措施，2024年底前实现三个片区进出口货物整体通关时间比2023年压缩10%以上。"),
    ("r", "（八）推进制度创新和复制推广。", "各片区每年形成制度创新案例不少于15项，省自贸办按年度组织评估，对入选全国最佳实践案例的予以通报表扬。"),
    ("h", "三、保障措施", ""),
    ("r", "（九）加强组织领导。", "省自由贸易试验区工作领导小组统筹推进实施工作，省商务厅（省自贸办）负责日常协调，哈尔滨市、黑河市、牡丹江市人民政府要落实属地责任，建立工作台账（重点任务分工见附件1）。"),
    ("r", "（十）强化资金保障。", "省财政2024—2026年每年安排自由贸易试验区发展专项资金3亿元，按照因素法切块下达三个片区，片区所在市应按不低于1∶1比例安排配套资金。"),
    ("r", "（十一）加强督查评估。", "省自贸办会同省政府督查室每半年对重点任务推进情况开展督查，督查结果纳入市（地）年度绩效考核。"),
    ("p", "", "本实施意见自2024年7月1日起施行，有效期至2028年12月31日。"),
]
HLJ_FJ = [
    ("附件1.中国（黑龙江）自由贸易试验区深化对俄经贸合作重点任务分工表.pdf", "https://www.hlj.gov.cn/hlj/c108376/202406/P020240603589631475218.pdf"),
    ("附件2.对俄合作重点项目“一事一议”申报表.wps", "https://www.hlj.gov.cn/hlj/c108376/202406/P020240603589631892644.wps"),
]


def make_hlj():
    stem = HLJ
    d = files_dir(stem)
    write_asset(stem, "base.css", "body{margin:0;font-family:'Microsoft YaHei';}.header{background:#b20000}.xxgk_table{width:100%;border-collapse:collapse}.xxgk_table th,.xxgk_table td{border:1px solid #e1e1e1;padding:6px 10px}.xxgk_table th{background:#f5f5f5;width:110px;text-align:right;font-weight:normal}\n")
    write_asset(stem, "xxgk.css", ".xxgk_title h1{font-size:26px;text-align:center;color:#333;line-height:42px}.TRS_UEDITOR p{font-size:18px;line-height:2em;margin:0}.fj li{list-style:none;line-height:30px}.fj a{color:#0056a8}\n")
    write_asset(stem, "jquery.min.js", BASE_JS)
    write_asset(stem, "share.js", "var shareTitle = document.title;\n")
    logo_png(stem, "logo.png", "黑龙江省人民政府")
    qr = Image.new("RGB", (110, 110), (255, 255, 255))
    dq = ImageDraw.Draw(qr)
    rnd = random.Random(1781)
    for x in range(0, 110, 10):
        for y in range(0, 110, 10):
            if rnd.random() < 0.5:
                dq.rectangle((x, y, x + 9, y + 9), fill=(0, 0, 0))
    qr.save(os.path.join(d, "ewm.png"))

    body = []
    body.append('<p style="text-align: center;">%s</p>' % E(HLJ_NO))
    body.append('<p><br/></p>')
    body.append('<p>%s</p>' % E(HLJ_RECIP))
    for kind, head, text in HLJ_BODY:
        if kind == "h":
            body.append('<p style="text-indent: 2em;"><span style="font-family: 黑体, SimHei;">%s</span></p>' % E(head))
        elif kind == "r":
            body.append('<p style="text-indent: 2em;"><span style="font-family: 楷体, 楷体_GB2312, SimKai;">%s</span>%s</p>' % (E(head), E(text)))
        else:
            body.append('<p style="text-indent: 2em;">%s</p>' % E(text))
    body.append('<p><br/></p>')
    body.append('<p style="text-align: right;">黑龙江省人民政府</p>')
    body.append('<p style="text-align: right;">2024年5月27日</p>')
    body.append('<p style="text-indent: 2em;">（此件公开发布）</p>')
    body_html = "\n".join(body)

    fj_html = "\n".join('<li><a href="%s" target="_blank" title="%s">%s</a></li>' % (A(u), A(t), E(t)) for t, u in HLJ_FJ)
    page = f"""<!DOCTYPE html>
{saved_from(HLJ_URL)}
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="黑龙江省人民政府">
<meta name="SiteDomain" content="www.hlj.gov.cn">
<meta name="SiteIDCode" content="2300000053">
<meta name="ColumnName" content="省政府文件">
<meta name="ColumnDescription" content="黑龙江省人民政府文件">
<meta name="ColumnKeywords" content="省政府文件,政府信息公开">
<meta name="ColumnType" content="政府信息公开">
<meta name="ArticleTitle" content="{A(HLJ_TITLE)}">
<meta name="PubDate" content="2024-06-03 16:21">
<meta name="ContentSource" content="黑龙江省人民政府办公厅">
<meta name="Keywords" content="自由贸易试验区,对俄合作,实施意见">
<meta name="Author" content="黑龙江省人民政府办公厅">
<meta name="Description" content="各市（地）人民政府（行政公署），省政府各直属单位：为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署……">
<meta name="Url" content="{A(HLJ_URL)}">
<title>{E(HLJ_TITLE)}_省政府文件_黑龙江省人民政府网</title>
<link rel="stylesheet" type="text/css" href="./{stem}_files/base.css">
<link rel="stylesheet" type="text/css" href="./{stem}_files/xxgk.css">
<script type="text/javascript" src="./{stem}_files/jquery.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span class="fl">欢迎访问黑龙江省人民政府网站！</span><span class="fr"><a href="https://www.hlj.gov.cn/">首页</a> | <a href="javascript:;">无障碍</a> | <a href="javascript:;">长者模式</a> | <a href="https://www.hlj.gov.cn/english/">English</a></span></div></div>
<div class="header"><div class="w1200"><a href="https://www.hlj.gov.cn/" class="logo"><img src="./{stem}_files/logo.png" alt="黑龙江省人民政府"></a>
<div class="search"><input type="text" placeholder="请输入关键字" id="searchword"><button type="button">搜索</button></div></div></div>
<div class="nav"><ul class="w1200">
<li><a href="https://www.hlj.gov.cn/">首页</a></li><li><a href="https://www.hlj.gov.cn/hlj/c107855/">要闻动态</a></li><li class="on"><a href="https://www.hlj.gov.cn/hlj/c107856/">政务公开</a></li><li><a href="https://www.hlj.gov.cn/hlj/c107857/">政务服务</a></li><li><a href="https://www.hlj.gov.cn/hlj/c107858/">互动交流</a></li><li><a href="https://www.hlj.gov.cn/hlj/c107859/">走进龙江</a></li>
</ul></div>
<div class="w1200 main">
<div class="position">当前位置：<a href="https://www.hlj.gov.cn/">首页</a> &gt; <a href="https://www.hlj.gov.cn/hlj/c107856/">政务公开</a> &gt; <a href="https://www.hlj.gov.cn/hlj/c108371/">政府信息公开</a> &gt; <a href="https://www.hlj.gov.cn/hlj/c108376/">省政府文件</a></div>
<div class="xxgk_box">
<table class="xxgk_table" cellspacing="0" cellpadding="0">
<tbody>
<tr><th>索 引 号：</th><td>11230000001230015X/2024-00157</td><th>主题分类：</th><td>商贸、海关、旅游\\对外经贸合作</td></tr>
<tr><th>发文机关：</th><td>黑龙江省人民政府</td><th>成文日期：</th><td>2024年05月27日</td></tr>
<tr><th>标　　题：</th><td colspan="3">{E(HLJ_TITLE)}</td></tr>
<tr><th>文　　号：</th><td>{E(HLJ_NO)}</td><th>发布日期：</th><td>2024年06月03日</td></tr>
</tbody>
</table>
<div class="xxgk_title"><h1>{E(HLJ_TITLE)}</h1></div>
<div class="xxgk_tools"><span>【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(18)">中</a> <a href="javascript:doZoom(16)">小</a>】</span><span><a href="javascript:window.print();">【打印本页】</a></span><span><a href="javascript:window.close();">【关闭窗口】</a></span></div>
<div class="xxgk_content" id="zoom">
<!--<$[信息内容]>begin-->
<div class="view TRS_UEDITOR trs_paper_default trs_web">
{body_html}
</div>
<!--<$[信息内容]>end-->
</div>
<div class="fjxz">
<p class="fj_tit">附件：</p>
<ul class="fj">
{fj_html}
</ul>
</div>
<div class="xgjd"><span>相关解读：</span><a href="https://www.hlj.gov.cn/hlj/c108377/202406/c00_31736519.shtml" target="_blank">一图读懂｜《关于推进中国（黑龙江）自由贸易试验区深化对俄罗斯及东北亚经贸合作的实施意见》</a></div>
<div class="ewm"><img src="./{stem}_files/ewm.png" alt=""><p>扫一扫在手机打开当前页</p></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="javascript:;">网站地图</a> | <a href="javascript:;">联系我们</a> | <a href="javascript:;">使用帮助</a></p>
<p>主办：黑龙江省人民政府办公厅　承办：黑龙江省政务大数据中心</p>
<p>网站标识码：2300000053　<a href="https://beian.miit.gov.cn/">黑ICP备05002135号</a>　黑公网安备 23010202000143号</p>
</div></div>
<script type="text/javascript">
var _articleTitle = "{HLJ_TITLE}";
var _pubDate = "2024-06-03";
function doZoom(size){{ $("#zoom .TRS_UEDITOR p").css("font-size", size + "px"); }}
</script>
<script type="text/javascript" src="./{stem}_files/share.js"></script>
</body></html>
"""
    with open(os.path.join(HERE, stem + ".html"), "w", encoding="utf-8") as fh:
        fh.write(page)

    clauses = []
    for kind, head, text in HLJ_BODY:
        if kind == "h":
            continue
        clauses.append(head + text)
    EXPECTED[stem] = [{
        "meta": {
            "title": HLJ_TITLE,
            "doc_number": HLJ_NO,
            "issuer": ["黑龙江省人民政府"],
            "date": "2024-05-27",
            "published": "2024-06-03",
            "level": "provincial",
            "region": "黑龙江省",
            "effective": "2024-07-01",
            "expires": "2028-12-31",
            "attachments": [
                "中国（黑龙江）自由贸易试验区深化对俄经贸合作重点任务分工表",
                "对俄合作重点项目“一事一议”申报表",
            ],
            "doc_type": "实施意见",
            "recipients": ["各市（地）人民政府（行政公署）", "省政府各直属单位"],
            "publicity": "此件公开发布",
            "index_no": "11230000001230015X/2024-00157",
            "subject": "商贸、海关、旅游\\对外经贸合作",
            "source_url": HLJ_URL,
        },
        "clauses": clauses,
        "applies_to": {
            "default": "黑龙江省（中国（黑龙江）自由贸易试验区）",
            "specific": {
                "（一）": "黑河片区 / 绥芬河片区 / 哈尔滨片区 (黑河口岸, 绥芬河铁路口岸, 哈尔滨 班列) — any of them, or the province, tolerable",
                "（二）": "绥芬河片区",
                "（三）": "哈尔滨片区",
                "（四）": "黑河片区",
                "（五）": "黑河片区 + 绥芬河片区",
                "（六）": "哈尔滨片区",
                "（九）": "哈尔滨市、黑河市、牡丹江市 (the three 片区 cities; 绥芬河 is under 牡丹江市)",
            },
            "note": "俄罗斯 / 布拉戈维申斯克 / 东北亚 / 中蒙俄经济走廊 never place a clause abroad. 省商务厅, 省自贸办, 省政府督查室 are organs, not places. （七）（八）（十） speak of the three 片区 together → the province/自贸试验区 default.",
        },
        "_note": (
            "Saved TRS CMS page (网页，全部): UTF-8, a saved-from-url comment, ./blind178_hlj_xxgk_files/ for css/js/logo/QR. "
            "Metadata sources: the record table above the title is a 4-column table of label/value pairs (索 引 号 / 主题分类; 发文机关 / 成文日期; 标　　题 (colspan 3); 文　　号 / 发布日期) — labels have internal spaces/full-width spaces; dates there are 2024年05月27日 (成文) and 2024年06月03日 (发布) with zero-padded months; the <meta> tags (ArticleTitle, PubDate 2024-06-03 16:21, ContentSource 黑龙江省人民政府办公厅) — ContentSource is the posting office, NOT the issuer; issuer is 发文机关 黑龙江省人民政府. "
            "The <title> has the suffix _省政府文件_黑龙江省人民政府网 (must not stay in the title). The title appears 3 times (table, <h1>, <title>) plus in the 相关解读 link (一图读懂｜《…》) and in a <script> variable — one document, one title. "
            "Furniture (not clauses): top bar, logo, search box, nav (首页/要闻动态/政务公开…), breadcrumb 当前位置, the record table, 【字体：大 中 小】【打印本页】【关闭窗口】, the 文号 line centred at the top of the body, 主送 line (→ recipients), the <p><br/></p> blanks, 落款 黑龙江省人民政府 / 2024年5月27日 (right-aligned), （此件公开发布） (→ publicity), the 附件： block (→ attachments), 相关解读 link, 扫一扫在手机打开当前页, footer (主办/承办/网站标识码/ICP/公网安备), scripts. "
            "Headings 一、总体目标 / 二、重点任务 / 三、保障措施 are heading-only paragraphs in 黑体 spans (tolerable as heading clauses; they must not be glued onto the next paragraph). （一）…（十一） are run-in 楷体 headings: heading span + text = ONE clause. "
            "Attachments exist ONLY as links in <ul class=\"fj\"> below the body (no 附件说明 in the body): link texts carry the prefix 附件1./附件2. and the file extensions .pdf/.wps — the attachment titles are without prefix and extension; the files themselves are not in the saved folder (absolute URLs), so their content is not available (not a finding). "
            "date = 成文日期 2024-05-27 (also the 落款); 2024-06-03 is 发布日期; effective 2024-07-01 and expires 2028-12-31 come from the last clause. Level provincial, region 黑龙江省."
        ),
        "_pdf": {"note": "no Word/PDF this round; the saved HTML page is the deliverable"},
    }]


# =====================================================================================
# 2. 泸县人民政府 通知 pasted from WPS (GBK page)
# =====================================================================================
LX = "blind178_luxian_tongzhi"
LX_TITLE_LINES = ["泸县人民政府办公室关于支持外贸企业融入", "中国（四川）自由贸易试验区川南临港片区", "开拓“一带一路”市场的通知"]
LX_TITLE = "".join(LX_TITLE_LINES)
LX_NO = "泸县府办发〔2024〕17号"
LX_URL = "http://www.luxian.gov.cn/zwgk/tzgg/content_82561.html"
LX_RECIP = "各镇人民政府、街道办事处，县级有关部门，各有关企业："
LX_ATT = "泸县2024年外贸企业开拓“一带一路”市场支持资金申报表"
LX_INTRO_A = "为深入贯彻落实省委、省政府关于推动中国（四川）自由贸易试验区协同改革先行区建设的部署和泸州市“港口+园区+自贸区”联动发展要求，"
LX_INTRO_B = "支持我县外贸企业借力川南临港片区开放平台，积极开拓共建“一带一路”国家市场，经县人民政府同意，现就有关事项通知如下。"
LX_TABLE_TITLE = "泸县2024年外贸企业开拓“一带一路”市场支持标准一览表"
LX_HEAD = ["序号", "支持事项", "支持标准", ["单个企业年度", "上限（万元）"], "受理单位"]
LX_ROWS = [
    ["1", "经泸州港集装箱码头进出口", "300元/标准箱", "50", "县商务经信局"],
    ["2", "参加境外重点展会", "展位费的70%", "5（单个展会）", "县商务经信局"],
    ["3", "设立境外营销网络", "实际投资额的20%", "30", "县商务经信局"],
    ["4", "取得国际市场准入认证", "认证费用的50%", "3（每项）", "县市场监管局"],
    ["5", "泸县经济开发区内纳入先行区范围的企业", "第1至4项标准上浮10%", "—", "泸县经济开发区管委会"],
]
# body after intro: (kind, head, text)
LX_BODY = [
    ("h", "一、支持内容", ""),
    ("r", "（一）支持企业经泸州港开展进出口。", "对我县外贸企业通过泸州港集装箱码头进出口的货物，按每标准箱（TEU）300元给予补助，单个企业年度补助最高不超过50万元。"),
    ("r", "（二）支持企业参加境外展会。", "对企业参加县商务经信局确定的共建“一带一路”国家境外重点展会的，按展位费的70%给予补助，单个展会补助最高不超过5万元。"),
    ("r", "（三）支持企业设立境外营销网络。", "对企业在共建“一带一路”国家设立营销中心、海外仓、展示中心的，按实际投资额的20%给予一次性补助，最高不超过30万元。"),
    ("r", "（四）支持企业开展国际认证。", "对企业取得欧盟CE、清真（HALAL）等国际市场准入认证的，按认证费用的50%给予补助，每项最高不超过3万元。"),
    ("r", "（五）支持园区企业协同发展。", "对四川泸县经济开发区内、纳入川南临港片区协同改革先行区范围的外贸企业，上述第（一）至（四）项补助标准再提高10%。"),
    ("table", "", ""),
    ("h", "二、申报条件", ""),
    ("p", "", "申报企业应同时具备以下条件："),
    ("n", "1.", "在泸县依法注册登记、具有独立法人资格，2023年度有进出口实绩的企业；"),
    ("n", "2.", "申报事项发生时间为2023年10月1日至2024年9月30日；"),
    ("n", "3.", "近三年内未发生重大安全生产、环境污染事故，无海关、税务、外汇等领域严重失信行为。"),
    ("h", "三、申报时间和方式", ""),
    ("r", "（一）申报时间。", "第一批为2024年5月6日至5月31日，第二批为2024年10月8日至10月31日，逾期不予受理。"),
    ("r", "（二）申报方式。", "企业填写《泸县2024年外贸企业开拓“一带一路”市场支持资金申报表》（见附件），连同相关证明材料一式三份，报所在镇（街道）初审后，报县商务经信局。"),
    ("h", "四、工作要求", ""),
    ("r", "（一）", "各镇（街道）要加强政策宣传，主动对接辖区外贸企业，于每批次申报截止后5个工作日内完成初审。"),
    ("r", "（二）", "县商务经信局会同县财政局组织专家评审，评审结果在县人民政府门户网站公示5个工作日无异议后拨付资金。"),
    ("r", "（三）", "企业弄虚作假骗取补助资金的，由县财政局追回资金，3年内取消其申报资格。"),
    ("p", "", "本通知自印发之日起执行，执行期至2024年12月31日。"),
    ("p", "", "联系人：县商务经信局对外贸易股　赵珺　电话：0830-8199613"),
]

WPS_FS = "font-family:仿宋_GB2312;font-size:16.0pt;mso-hansi-font-family:'Times New Roman'"
WPS_EN = "font-family:'Times New Roman';font-size:16.0pt;mso-fareast-font-family:仿宋_GB2312"


def wps_runs(text, rnd, style=WPS_FS, en_style=WPS_EN):
    """Split text into many <span> runs, as WPS/Word HTML does (ASCII in lang=EN-US spans)."""
    out = []
    for seg in re.findall(r"[A-Za-z0-9.%+/\-]+|[^A-Za-z0-9.%+/\-]+", text):
        if re.match(r"[A-Za-z0-9.%+/\-]", seg):
            out.append('<span lang="EN-US" style="%s">%s</span>' % (en_style, E(seg)))
            continue
        i = 0
        while i < len(seg):
            n = rnd.randint(1, 9)
            out.append('<span style="%s">%s</span>' % (style, E(seg[i:i + n])))
            i += n
    return "".join(out)


def wps_p(inner, align=None, lh="28.0pt", extra=""):
    st = "margin:0pt;line-height:%s;mso-line-height-rule:exactly%s" % (lh, extra)
    al = ""
    if align:
        al = ' align="%s"' % align
        st = "text-align:%s;" % align + st
    return '<p class="MsoNormal"%s style="%s">%s<span style="%s"><o:p></o:p></span></p>' % (al, st, inner, WPS_FS)


NB4 = "&nbsp;&nbsp;&nbsp;&nbsp;"


def make_luxian():
    stem = LX
    rnd = random.Random(178)
    files_dir(stem)
    write_asset(stem, "style.css", "body{font:12px/1.5 '宋体';margin:0}.art_title{font-size:22px;color:#c00;text-align:center}#Zoom p{font-size:16px}\n")
    write_asset(stem, "jquery-1.8.3.min.js", BASE_JS)
    write_asset(stem, "count.js", "document.getElementById('hits').innerHTML='1532';\n")
    logo_png(stem, "banner.png", "泸县人民政府", w=600, h=80, bg=(0, 82, 164))

    P = []
    P.append(wps_p('<span lang="EN-US" style="%s">&nbsp;</span>' % WPS_FS))
    # 文号 line
    P.append(wps_p(wps_runs(LX_NO, rnd), align="center"))
    P.append(wps_p('<span lang="EN-US" style="%s">&nbsp;</span>' % WPS_FS))
    tstyle = "font-family:方正小标宋简体;font-size:22.0pt;mso-hansi-font-family:'Times New Roman'"
    for line in LX_TITLE_LINES:
        P.append(wps_p(wps_runs(line, rnd, style=tstyle, en_style="font-family:'Times New Roman';font-size:22.0pt"), align="center", lh="35.0pt"))
    P.append(wps_p('<span lang="EN-US" style="%s">&nbsp;</span>' % WPS_FS))
    P.append(wps_p(wps_runs(LX_RECIP, rnd)))
    # intro with a soft line break (<br>) in the middle
    P.append(wps_p('<span style="%s">%s</span>' % (WPS_FS, NB4) + wps_runs(LX_INTRO_A, rnd) + '<span lang="EN-US" style="%s"><br></span>' % WPS_FS + wps_runs(LX_INTRO_B, rnd)))
    kt = "font-family:楷体_GB2312;font-size:16.0pt;mso-hansi-font-family:'Times New Roman'"
    ht = "font-family:黑体;font-size:16.0pt;mso-hansi-font-family:'Times New Roman'"
    for kind, head, text in LX_BODY:
        if kind == "h":
            P.append(wps_p('<span style="%s">%s</span>' % (ht, NB4) + wps_runs(head, rnd, style=ht)))
        elif kind == "r":
            P.append(wps_p('<span style="%s">%s</span>' % (kt, NB4) + '<b>' + wps_runs(head, rnd, style=kt) + '</b>' + wps_runs(text, rnd)))
        elif kind == "n":
            P.append(wps_p('<span style="%s">%s</span>' % (WPS_FS, NB4) + '<span lang="EN-US" style="%s">%s</span>' % (WPS_EN, head) + wps_runs(text, rnd)))
        elif kind == "p":
            P.append(wps_p('<span style="%s">%s</span>' % (WPS_FS, NB4) + wps_runs(text, rnd)))
        elif kind == "table":
            P.append(wps_p('<b>' + wps_runs(LX_TABLE_TITLE, rnd, style="font-family:黑体;font-size:14.0pt") + '</b>', align="center"))
            P.append(luxian_table(rnd))
    P.append(wps_p('<span lang="EN-US" style="%s">&nbsp;</span>' % WPS_FS))
    P.append(wps_p('<span style="%s">%s</span>' % (WPS_FS, NB4) + wps_runs("附件：" + LX_ATT, rnd)))
    P.append(wps_p('<span lang="EN-US" style="%s">&nbsp;</span>' % WPS_FS))
    P.append(wps_p('<span lang="EN-US" style="%s">&nbsp;</span>' % WPS_FS))
    P.append(wps_p(wps_runs("泸县人民政府办公室", rnd) + '<span lang="EN-US" style="%s">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span>' % WPS_FS, align="right"))
    P.append(wps_p('<span lang="EN-US" style="%s">2024</span><span style="%s">年</span><span lang="EN-US" style="%s">4</span><span style="%s">月</span><span lang="EN-US" style="%s">18</span><span style="%s">日</span><span lang="EN-US" style="%s">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span>' % (WPS_EN, WPS_FS, WPS_EN, WPS_FS, WPS_EN, WPS_FS, WPS_FS), align="right"))
    P.append(wps_p('<span style="%s">%s</span>' % (WPS_FS, NB4) + wps_runs("（此件公开发布）", rnd)))
    wps_html = "\n".join(P)

    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
{saved_from(LX_URL)}
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{E(LX_TITLE)}-泸县人民政府</title>
<meta name="keywords" content="泸县,外贸,一带一路,自贸试验区">
<meta name="description" content="{A(LX_TITLE)}">
<link href="./{stem}_files/style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="./{stem}_files/jquery-1.8.3.min.js"></script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top"><tbody><tr><td><img src="./{stem}_files/banner.png" width="1000" height="80" alt="泸县人民政府"></td></tr></tbody></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="nav"><tbody><tr>
<td><a href="http://www.luxian.gov.cn/">网站首页</a></td><td><a href="http://www.luxian.gov.cn/zjlx/">走进泸县</a></td><td><a href="http://www.luxian.gov.cn/zwgk/">政务公开</a></td><td><a href="http://www.luxian.gov.cn/zmhd/">政民互动</a></td><td><a href="http://www.luxian.gov.cn/bsfw/">办事服务</a></td>
</tr></tbody></table>
<div class="dqwz">您当前的位置：<a href="http://www.luxian.gov.cn/">首页</a> &gt; <a href="http://www.luxian.gov.cn/zwgk/">政务公开</a> &gt; <a href="http://www.luxian.gov.cn/zwgk/tzgg/">通知公告</a></div>
<div class="article">
<h1 class="art_title">{E(LX_TITLE)}</h1>
<div class="art_info">发布时间：2024-04-22 10:36&nbsp;&nbsp;&nbsp;信息来源：泸县人民政府办公室&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">1532</span>&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:fontZoom(18)">大</a> <a href="javascript:fontZoom(16)">中</a> <a href="javascript:fontZoom(14)">小</a>】</div>
<div class="art_con" id="Zoom">
<div class="Section0" style="layout-grid:15.6000pt;">
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>100</w:Zoom></w:WordDocument></xml><![endif]-->
{wps_html}
</div>
</div>
<div class="art_fj">附件下载：<a href="http://www.luxian.gov.cn/uploadfiles/202404/22/2024042210361853746.doc" target="_blank">{E(LX_ATT)}.doc</a></div>
<div class="art_tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="art_page"><p>上一篇：<a href="http://www.luxian.gov.cn/zwgk/tzgg/content_82544.html">泸县召开2024年一季度经济运行分析会</a></p><p>下一篇：<a href="http://www.luxian.gov.cn/zwgk/tzgg/content_82590.html">关于开展2024年“泸县制造”产品推介活动的通知</a></p></div>
</div>
<div class="footer"><p>主办：泸县人民政府办公室　承办：泸县大数据中心</p><p>网站标识码：5105210001　蜀ICP备12003891号-1　川公网安备 51052102000114号</p><p>地址：四川省泸州市泸县玉蟾街道玉蟾大道一段1号　电话：0830-8199000</p></div>
<script type="text/javascript" src="./{stem}_files/count.js"></script>
</body></html>
"""
    data = page.encode("gbk")  # GBK bytes under a charset=gb2312 declaration (珺 and — are not in GB2312)
    with open(os.path.join(HERE, stem + ".html"), "wb") as fh:
        fh.write(data)

    clauses = [LX_INTRO_A + LX_INTRO_B]
    head = [h if isinstance(h, str) else "".join(h) for h in LX_HEAD]
    for kind, h, text in LX_BODY:
        if kind == "h":
            continue
        if kind == "table":
            for row in LX_ROWS:
                clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(head, row)))
            continue
        clauses.append(h + text)
    EXPECTED[stem] = [{
        "meta": {
            "title": LX_TITLE,
            "doc_number": LX_NO,
            "issuer": ["泸县人民政府办公室"],
            "date": "2024-04-18",
            "published": "2024-04-22",
            "level": "county",
            "region": "四川省泸州市泸县",
            "effective": "2024-04-18",
            "expires": "2024-12-31",
            "attachments": [LX_ATT],
            "doc_type": "通知",
            "recipients": ["各镇人民政府、街道办事处", "县级有关部门", "各有关企业"],
            "publicity": "此件公开发布",
            "source_url": LX_URL,
            "encoding": "GBK bytes declared as charset=gb2312 (contains 珺 U+73FA and — U+2014, which strict GB2312 cannot decode / decodes as ―)",
        },
        "clauses": clauses,
        "applies_to": {
            "default": "四川省泸州市泸县",
            "specific": {
                "（五） and table row 5": "四川泸县经济开发区 (泸县经济开发区管委会)",
                "三、（二）": "the 镇（街道） of 泸县 — default",
            },
            "note": "泸州港 and 川南临港片区 (in 泸州市 城区) are the route/platform 泸县 firms use, NOT where the notice applies — tagging（一）/intro to 川南临港片区 or 泸州市 is low; moving the default to 中国（四川）自由贸易试验区 is medium. 共建“一带一路”国家, 欧盟 never place a clause. 县商务经信局/县市场监管局/县财政局 are organs.",
        },
        "_note": (
            "Saved county page, table layout, GBK bytes with <meta charset=gb2312>: a strict gb2312 decode fails on 珺 (联系人 赵珺) and turns — (U+2014, table row 5 上限) into ―; decode as GBK/GB18030. The 通知 in <div id=\"Zoom\"> was pasted from WPS: every line is <p class=\"MsoNormal\"> with <o:p></o:p>, indentation is a leading &nbsp;&nbsp;&nbsp;&nbsp; span (to be stripped, not kept as spaces), and text is cut into 1–9 character <span style> runs with ASCII in <span lang=\"EN-US\"> — runs must be concatenated with NO spaces (e.g. 泸县府办发〔 + 2024 + 〕 + 17 + 号). "
            "Title: the page <h1> and <title> (suffix -泸县人民政府) hold the full title; inside the pasted body the title is THREE centred <p> (…关于支持外贸企业融入 / 中国（四川）自由贸易试验区川南临港片区 / 开拓“一带一路”市场的通知) which must not become clauses or three titles. "
            "The intro paragraph holds a soft line break (<br>) after …联动发展要求， — one clause, joined without space/newline. "
            "Headings 一、支持内容 / 二、申报条件 / 三、申报时间和方式 / 四、工作要求 are heading-only (黑体; tolerable as heading clauses). （一）… are bold 楷体 run-in headings + text = one clause; under 四、 the items are bare （一）（二）（三） with no heading text. Numbering restarts (（一）（二） under 一、, 三、 and 四、) — labels must not be confused across sections (path should carry the section). 1. 2. 3. under 二、 are items (the lead-in 申报企业应同时具备以下条件： is its own clause; merging the items into it is tolerable, low). "
            "Table (after （五）, title paragraph 泸县2024年…支持标准一览表 = table title, not a row): pasted with <colgroup><col width>, each cell <td><p><span>…; the header cell 单个企业年度上限（万元） is two <p> in one cell (header = 单个企业年度上限（万元）, no space); 受理单位 县商务经信局 is rowspan=3 over rows 1–3 (each row must carry it; blank is medium); a zero-height trailing row of empty cells inside <![if !supportMisalignedColumns]> must not become a row. Rows as clauses 列名：值. "
            "Furniture: banner, nav, 您当前的位置, art_info line (发布时间 2024-04-22 10:36 → published; 信息来源; 浏览次数 1532), 【字体】, the 文号 line (→ doc_number), the &nbsp; spacer paragraphs, 主送 (→ recipients), 附件：… line (→ attachments, 1 title), 落款 泸县人民政府办公室 + 2024年4月18日 (split into 2024/年/4/月/18/日 runs, padded with &nbsp;), （此件公开发布）, 附件下载 link (…申报表.doc), 【打印本页】【关闭窗口】, 上一篇/下一篇 (other titles!), footer with address 玉蟾街道 (not a place of application). "
            "date = 2024-04-18 (落款); 2024-04-22 is the posting date; 2023-10-01/2024-09-30 and 2024-05-06…2024-10-31 are application windows, not document dates. effective 2024-04-18 (自印发之日起执行), expires 2024-12-31. The 联系人 line is a clause (contact; tolerable as furniture, low)."
        ),
        "_pdf": {"note": "no Word/PDF this round; the saved HTML page is the deliverable"},
    }]


def luxian_table(rnd):
    widths = [45, 170, 150, 110, 139]
    bst = "border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0pt 5.4pt 0pt 5.4pt"
    cst = "font-family:仿宋_GB2312;font-size:12.0pt;mso-hansi-font-family:'Times New Roman'"
    cen = "font-family:'Times New Roman';font-size:12.0pt;mso-fareast-font-family:仿宋_GB2312"
    hst = "font-family:黑体;font-size:12.0pt"

    def cellp(text, style, en):
        return '<p class="MsoNormal" align="center" style="text-align:center;line-height:20.0pt;mso-line-height-rule:exactly">%s<span style="%s"><o:p></o:p></span></p>' % (wps_runs(text, rnd, style=style, en_style=en), style)

    rows = []
    rows.append("<colgroup>" + "".join('<col width="%d">' % w for w in widths) + "</colgroup>")
    rows.append("<tbody>")
    tr = ['<tr style="height:30.0pt">']
    for w, h in zip(widths, LX_HEAD):
        parts = h if isinstance(h, list) else [h]
        tr.append('<td width="%d" valign="center" style="width:%.1fpt;%s">%s</td>' % (w, w * 0.75, bst, "".join(cellp(x, hst, hst) for x in parts)))
    tr.append("</tr>")
    rows.append("".join(tr))
    for i, row in enumerate(LX_ROWS):
        tr = ['<tr style="height:28.0pt">']
        for j, (w, v) in enumerate(zip(widths, row)):
            if j == 4 and i in (1, 2):
                continue  # covered by rowspan
            rs = ' rowspan="3"' if (j == 4 and i == 0) else ""
            tr.append('<td width="%d"%s valign="center" style="width:%.1fpt;%s">%s</td>' % (w, rs, w * 0.75, bst, cellp(v, cst, cen)))
        tr.append("</tr>")
        rows.append("".join(tr))
    rows.append('<![if !supportMisalignedColumns]><tr height="0">' + "".join('<td width="%d" style="border:none"></td>' % w for w in widths) + "</tr><![endif]>")
    rows.append("</tbody>")
    return '<div align="center"><table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="614" style="width:460.5pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-padding-alt:0pt 5.4pt 0pt 5.4pt">%s</table></div>' % "\n".join(rows)


# =====================================================================================
# 3. 厦门市人民政府新闻办 新闻发布会 图文实录
# =====================================================================================
XM = "blind178_xiamen_fbh"
XM_TITLE = "厦门市推进“丝路海运”高质量发展新闻发布会"
XM_URL = "https://www.xm.gov.cn/xwfbh/fbhzb/202407/t20240717_2871436.htm"
# (speaker label as printed or None for a continuation paragraph, text, photo-after (file, caption) or None)
XM_TURNS = [
    ("主持人 林志斌", "各位媒体朋友，大家上午好！欢迎出席厦门市人民政府新闻办公室举行的新闻发布会。今年是“丝路海运”品牌创立六周年。今天的发布会，我们邀请到市港口管理局局长张建国先生，中国（福建）自由贸易试验区厦门片区管委会副主任黄丽娟女士，厦门海关副关长吴海涛先生，请他们介绍我市推进“丝路海运”高质量发展有关情况，并回答大家关心的问题。首先，请张建国局长作介绍。", ("W020240717384216570321.jpg", "市港口管理局局长张建国介绍有关情况。（记者 陈晓 摄）")),
    ("市港口管理局局长 张建国", "各位记者朋友，大家上午好！“丝路海运”自2018年12月开行以来，已成为共建“一带一路”海上合作的重要品牌。截至2024年6月底，“丝路海运”命名航线达到125条，通达全球46个国家和地区的145座港口，累计开行3.2万个航次，完成集装箱吞吐量3600万标箱。", None),
    (None, "今年上半年，厦门港完成集装箱吞吐量615.8万标箱，同比增长6.3%，其中“丝路海运”命名航线完成量占比超过四成。下一步，我们将重点做好三方面工作：一是拓展航线网络，力争到2025年底命名航线突破150条，新增至中东、非洲航线10条以上；二是提升港口服务，全面推广“丝路海运”服务标准，重点航线船舶在港作业时间压缩至24小时以内；三是推动港产城融合，依托海沧港区、翔安港区建设大宗商品分拨中心。", None),
    ("主持人 林志斌", "谢谢张局长。下面请黄丽娟副主任介绍。", ("W020240717384216571045.jpg", "厦门片区管委会副主任黄丽娟介绍有关情况。（记者 陈晓 摄）")),
    ("厦门片区管委会副主任 黄丽娟", "厦门片区将“丝路海运”作为制度创新的重要载体。近年来，片区先后推出“丝路海运”电子信息化平台、国际航行船舶保税油加注等创新举措，累计形成“丝路海运”相关创新成果18项，其中5项在全国复制推广。", None),
    (None, "下一步，片区将出台《厦门片区支持“丝路海运”高质量发展若干措施》，对新开辟并纳入“丝路海运”命名的外贸集装箱航线，给予航线运营企业最高200万元奖励；对在片区新设立区域总部的国际航运企业，给予最高500万元落户奖励。措施将于今年8月1日起施行。", None),
    ("主持人 林志斌", "谢谢黄主任。下面请吴海涛副关长介绍。", None),
    ("厦门海关副关长 吴海涛", "厦门海关持续优化“丝路海运”通关服务，推广“船边直提”“抵港直装”模式，今年上半年厦门口岸进口、出口整体通关时间分别为28.6小时和0.9小时，较2023年同期分别压缩12.4%和10.1%。下一步，我们将在海沧港区试点“丝路海运”快速通关通道，实现命名航线货物优先查验、优先放行。", ("W020240717384216572298.jpg", "记者现场提问。（记者 陈晓 摄）")),
    ("主持人 林志斌", "谢谢。下面进入提问环节，请记者朋友提问，提问前请先通报所在的新闻机构。", None),
    ("厦门日报记者", "请问在支持企业“走出去”方面，“丝路海运”有哪些新的举措？", None),
    ("张建国", "谢谢你的提问。我们将联合港航企业，推出“丝路海运”全程物流产品，为企业提供“一单到底”的多式联运服务，并在中欧（厦门）班列与“丝路海运”之间建立海铁联运衔接机制，今年计划开行海铁联运班列200列以上。", None),
    ("海峡导报记者", "请问厦门片区对中小航运企业有哪些扶持政策？", None),
    ("黄丽娟", "我们将设立规模10亿元的航运产业基金，重点支持中小航运企业船舶购置和绿色化改造；对中小航运企业在片区开展船舶融资租赁的，按融资额的1%给予补贴，每家企业每年最高100万元。", None),
    ("主持人 林志斌", "谢谢各位发布人，谢谢各位记者朋友。今天的发布会到此结束。", None),
]


def make_xiamen():
    stem = XM
    files_dir(stem)
    write_asset(stem, "fbh.css", ".fbh_title{font-size:28px;text-align:center}.fbh_con p{text-indent:2em;line-height:2;font-size:16px}.fbh_con .pic{text-align:center}.pic_tit{text-indent:0!important;color:#666;font-size:14px}\n")
    write_asset(stem, "jquery.js", BASE_JS)
    logo_png(stem, "logo.png", "厦门市人民政府", bg=(0, 92, 170))
    photo_jpg(stem, "W020240717384216569884.jpg", "厦门市推进“丝路海运”高质量发展新闻发布会", 1)
    for (spk, text, pic) in XM_TURNS:
        if pic:
            photo_jpg(stem, pic[0], "丝路海运 新闻发布会", sum(map(ord, pic[0])) % 1000)

    con = []
    con.append('<div class="pic"><img src="./%s_files/W020240717384216569884.jpg" alt="" oldsrc="W020240717384216569884.jpg"><p class="pic_tit">7月16日，厦门市推进“丝路海运”高质量发展新闻发布会举行。（记者 陈晓 摄）</p></div>' % stem)
    for spk, text, pic in XM_TURNS:
        if spk:
            con.append('<p><strong>%s：</strong>%s</p>' % (E(spk), E(text)))
        else:
            con.append('<p>%s</p>' % E(text))
        if pic:
            con.append('<div class="pic"><img src="./%s_files/%s" alt="" oldsrc="%s"><p class="pic_tit">%s</p></div>' % (stem, pic[0], pic[0], E(pic[1])))
    con_html = "\n".join(con)

    page = f"""<!DOCTYPE html>
{saved_from(XM_URL)}
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="SiteName" content="厦门市人民政府">
<meta name="SiteDomain" content="www.xm.gov.cn">
<meta name="SiteIDCode" content="3502000003">
<meta name="ColumnName" content="发布会直播">
<meta name="ColumnType" content="新闻发布会">
<meta name="ArticleTitle" content="{A(XM_TITLE)}">
<meta name="PubDate" content="2024-07-17 09:20">
<meta name="ContentSource" content="厦门市人民政府新闻办公室">
<title>{E(XM_TITLE)}_发布会直播_厦门市人民政府</title>
<link rel="stylesheet" href="./{stem}_files/fbh.css">
<script src="./{stem}_files/jquery.js"></script>
</head>
<body>
<div class="header"><img src="./{stem}_files/logo.png" alt="厦门市人民政府"><ul class="nav"><li><a href="https://www.xm.gov.cn/">首页</a></li><li><a href="https://www.xm.gov.cn/zwgk/">政务公开</a></li><li><a href="https://www.xm.gov.cn/xwfbh/">新闻发布会</a></li><li><a href="https://www.xm.gov.cn/hdjl/">互动交流</a></li></ul></div>
<div class="crumb">当前位置：<a href="https://www.xm.gov.cn/">首页</a> &gt; <a href="https://www.xm.gov.cn/xwfbh/">新闻发布会</a> &gt; <a href="https://www.xm.gov.cn/xwfbh/fbhzb/">发布会直播</a></div>
<div class="fbh_main">
<div class="fbh_top">
<h1 class="fbh_title">{E(XM_TITLE)}</h1>
<div class="fbh_tab"><a href="javascript:;" class="on">图文实录</a><a href="javascript:;">文字实录</a><a href="javascript:;">视频回放</a><a href="javascript:;">相关图片</a></div>
</div>
<div class="fbh_info">
<p><span class="lb">时　间：</span>2024年7月16日（星期二）上午10:00</p>
<p><span class="lb">地　点：</span>厦门市人民政府新闻发布厅</p>
<p><span class="lb">主持人：</span>厦门市人民政府新闻办公室副主任 林志斌</p>
<p><span class="lb">发布人：</span>厦门市港口管理局局长 张建国<br>中国（福建）自由贸易试验区厦门片区管委会副主任 黄丽娟<br>厦门海关副关长 吴海涛</p>
</div>
<div class="fbh_meta"><span>来源：厦门市人民政府新闻办公室</span>　<span>发布时间：2024-07-17 09:20</span>　<span>浏览量：2,316</span></div>
<div class="fbh_con" id="Zoom">
{con_html}
</div>
<div class="xglj"><p>相关链接：</p><ul><li><a href="https://www.xm.gov.cn/xwfbh/fbhyg/202407/t20240712_2870983.htm">发布会预告：厦门市推进“丝路海运”高质量发展新闻发布会</a></li><li><a href="https://www.xm.gov.cn/zwgk/flfg/sfwj/202406/t20240628_2869512.htm">厦门市人民政府关于印发进一步支持“丝路海运”高质量发展若干措施的通知</a></li></ul></div>
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a></div>
</div>
<div class="footer"><p>主办单位：厦门市人民政府办公厅　承办单位：厦门市信息中心</p><p>网站标识码：3502000003　闽ICP备05004562号　闽公网安备 35020302000180号</p></div>
</body></html>
"""
    with open(os.path.join(HERE, stem + ".html"), "w", encoding="utf-8") as fh:
        fh.write(page)

    clauses = []
    for spk, text, pic in XM_TURNS:
        clauses.append("%s：%s" % (spk, text) if spk else text)
    EXPECTED[stem] = [{
        "meta": {
            "title": XM_TITLE,
            "doc_number": None,
            "issuer": ["厦门市人民政府新闻办公室"],
            "date": "2024-07-16",
            "published": "2024-07-17",
            "level": "municipal",
            "region": "福建省厦门市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "新闻发布会实录（图文实录）",
            "recipients": [],
            "publicity": None,
            "time": "2024年7月16日（星期二）上午10:00",
            "venue": "厦门市人民政府新闻发布厅",
            "host": "厦门市人民政府新闻办公室副主任 林志斌",
            "speakers": ["厦门市港口管理局局长 张建国", "中国（福建）自由贸易试验区厦门片区管委会副主任 黄丽娟", "厦门海关副关长 吴海涛"],
            "source_url": XM_URL,
        },
        "clauses": clauses,
        "applies_to": {
            "default": "福建省厦门市",
            "specific": {
                "turn 3 (张建国, continuation)": "海沧港区 / 翔安港区 (for 三是…; the rest is 厦门港 = default)",
                "turn 5–6 (黄丽娟 + continuation)": "中国（福建）自由贸易试验区厦门片区",
                "turn 8 (吴海涛)": "海沧港区 (试点通道; 厦门口岸 = default)",
                "turn 13 (黄丽娟 answer)": "中国（福建）自由贸易试验区厦门片区",
            },
            "note": "全球46个国家和地区, 中东、非洲, 中欧（厦门）班列 never place a turn abroad. 厦门海关 / 市港口管理局 / 新闻办 are organs. The continuation paragraphs (turns 3 and 6) must keep their speaker's place (and speaker).",
        },
        "_note": (
            "A 图文实录 page, not a 公文: no 文号, no 主送, no 落款. Title = the 发布会 title in <h1 class=fbh_title> (the <title> has the suffix _发布会直播_厦门市人民政府; 图文实录/文字实录/视频回放/相关图片 are tabs, not part of the title). date = the 发布会 date 2024-07-16 from the 时间 line (2024年7月16日（星期二）上午10:00); the page was posted 2024-07-17 09:20 (发布时间, meta PubDate) → published, not date. The 时间/地点/主持人/发布人 block is metadata (host, speakers, venue), not clauses; 发布人 holds three people separated by <br> (three speakers, not one string glued together). issuer = 厦门市人民政府新闻办公室 (来源/ContentSource); the 发布人's organs (市港口管理局, 厦门片区管委会, 厦门海关) are speakers' affiliations, not issuers (listing them as co-issuers is low). "
            "Clauses: each turn paragraph in order. A turn opens with <strong>speaker：</strong> — first time with the post (市港口管理局局长 张建国), later with the name only (张建国); the label and text may be kept together as printed or the speaker put in the label/path (both fine), but the speaker must not be lost. Turns 3 and 6 are continuation paragraphs with NO speaker label: they belong to 张建国 and 黄丽娟 respectively (attributing them to nobody is medium; to the previous photo caption or to 主持人 is high). 记者 questions (turns 10, 12) are clauses (or may be marked as questions). Procedural 主持人 turns (1, 4, 7, 9, 14) are low-value; dropping them is tolerable, low. "
            "Furniture: header/nav/crumb, tabs, the info block, 来源/发布时间/浏览量 line, the four photos (<div class=pic><img> + <p class=pic_tit> caption …（记者 陈晓 摄）) — captions are NOT clauses and must not be glued onto a speech (a caption sits between turn 1 and turn 2, between turn 4 and 5, and between 8 and 9); 相关链接 (a 发布会预告 title and another document's title — must not become this document's title or clauses); 分享到; footer. "
            "Dates inside speeches (2018年12月, 2024年6月底, 2025年底, 今年8月1日起施行) are facts, not document dates; effective/expires = null (the 8月1日 is the 片区 measures' start, not this record's). Level municipal, region 福建省厦门市."
        ),
        "_pdf": {"note": "no Word/PDF this round; the saved HTML page is the deliverable"},
    }]


# =====================================================================================
# 4. 岳阳片区管委会 惠企政策汇编 (three policies on one page)
# =====================================================================================
YY = "blind178_yueyang_huibian"
YY_PAGE_TITLE = "中国（湖南）自由贸易试验区岳阳片区惠企政策汇编（2024年第二期）"
YY_URL = "http://yyzmq.yueyang.gov.cn/zcwj/hqzc/content_2251784.html"
YY_ORG = "中国（湖南）自由贸易试验区岳阳片区管理委员会"
YY_POL = [
    {
        "id": "zc1",
        "title": "中国（湖南）自由贸易试验区岳阳片区支持城陵矶港外贸航线发展暂行办法",
        "no": "岳自贸管发〔2024〕5号",
        "date": "2024-03-08", "date_cn": "2024年3月8日",
        "issuer": [YY_ORG],
        "effective": "2024-04-01", "expires": "2026-03-31",
        "doc_type": "暂行办法",
        "style": "articles",
        "items": [
            ("第一条", "为加快建设城陵矶港长江中游区域性航运物流中心，推动中国（湖南）自由贸易试验区岳阳片区（以下简称片区）高水平开放，更好服务共建“一带一路”，制定本办法。"),
            ("第二条", "本办法适用于在片区注册、具有独立法人资格，从事外贸集装箱航线运营、国际货运代理的企业。"),
            ("第三条", "对开通城陵矶港至上海港、宁波舟山港等沿海港口外贸集装箱“江海直达”航线，且年度航次不少于52个的，按每航次3000元给予运营企业补助，单条航线年度补助最高不超过30万元。"),
            ("第四条", "对开通城陵矶港至东盟、日韩等国家（地区）近洋直航航线的，给予运营企业一次性开航奖励100万元；航线年度航次不少于24个的，另按每航次1万元给予补助。"),
            ("第五条", "对货运代理企业组织货物经城陵矶港外贸集装箱航线进出口的，按每标准箱（TEU）100元给予奖励，单个企业年度奖励最高不超过80万元。"),
            ("第六条", "对经城陵矶港开展“水铁联运”，货物经岳阳北站或城陵矶站中转的，按每标准箱150元给予补助。"),
            ("第七条", "同一事项符合片区其他扶持政策的，按照“就高不重复”原则执行。"),
            ("第八条", "申报企业应于每年1月31日前向片区管委会经济发展局提交上一年度补助申请，经审核公示后兑现。"),
            ("第九条", "企业以虚报、冒领等手段骗取补助资金的，追回已拨付资金，并取消其3年内申报资格。"),
            ("第十条", "本办法由片区管委会经济发展局负责解释，自2024年4月1日起施行，有效期2年。"),
        ],
    },
    {
        "id": "zc2",
        "title": "中国（湖南）自由贸易试验区岳阳片区促进跨境电商产业发展若干措施",
        "no": "岳自贸管发〔2024〕11号",
        "date": "2024-05-20", "date_cn": "2024年5月20日",
        "issuer": [YY_ORG],
        "effective": "2024-05-20", "expires": "2026-12-31",
        "doc_type": "若干措施",
        "style": "runin",
        "items": [
            ("一、支持主体落户。", "对新引进的跨境电商企业，年度跨境电商交易额达到1000万元、3000万元、5000万元以上的，分别给予10万元、30万元、50万元一次性落户奖励。"),
            ("二、支持保税备货业务。", "对在岳阳城陵矶综合保税区开展跨境电商“1210”保税备货业务的企业，按每单0.5元给予物流补贴，单个企业年度补贴最高不超过50万元。"),
            ("三、支持海外仓建设。", "对企业在共建“一带一路”国家自建或租赁海外仓，面积1000平方米以上的，按实际投入的20%给予补助，最高不超过100万元。"),
            ("四、支持品牌出海。", "对企业在第三方跨境电商平台开设店铺并实现年度出口额500万元以上的，给予一次性奖励5万元。"),
            ("五、支持人才引进。", "对跨境电商企业新引进的年薪20万元以上的专业人才，按年薪的10%给予补贴，连续补贴3年。"),
            ("六、支持公共服务平台建设。", "对经认定的跨境电商公共服务平台，按平台年度运营费用的30%给予补助，最高不超过50万元。"),
            ("七、申报与兑现。", "符合条件的企业于每年3月31日前向片区管委会商务局提出申请，由片区管委会商务局会同片区财政局审核后兑现。"),
            ("八、", "本措施自印发之日起施行，有效期至2026年12月31日。"),
        ],
    },
    {
        "id": "zc3",
        "title": "关于深化对非经贸合作推动岳阳片区开放型经济发展的若干措施",
        "no": "岳自贸管联〔2024〕2号",
        "date": "2024-06-28", "date_cn": "2024年6月28日",
        "issuer": [YY_ORG, "岳阳市商务局"],
        "effective": "2024-07-01", "expires": "2027-06-30",
        "doc_type": "若干措施",
        "style": "outline",
        "intro": "为贯彻落实中国—非洲经贸博览会成果，用好中非经贸深度合作先行区政策，推动岳阳片区企业深度参与共建“一带一路”对非经贸合作，制定以下措施。",
        "items": [
            ("H", "一、拓展对非贸易"),
            ("（一）", "对企业参加中国—非洲经贸博览会、非洲国家重点展会的，按展位费的80%给予补助，单个企业年度补助最高不超过20万元。"),
            ("（二）", "对年度对非进出口额首次突破1亿元的企业，给予一次性奖励20万元。"),
            ("（三）", "支持岳阳城陵矶综合保税区建设非洲非资源性产品集散交易中心，对年交易额超过5亿元的运营主体给予50万元奖励。"),
            ("H", "二、深化对非投资合作"),
            ("（四）", "对企业在非洲国家新建境外经贸合作区、农业合作园区的，按中方实际投资额的5%给予补助，最高不超过200万元。"),
            ("（五）", "对年度对非跨境人民币结算额5000万元以上的企业，按结算额的0.1%给予奖励，单个企业年度奖励最高不超过30万元。"),
            ("H", "三、优化服务保障"),
            ("（六）", "片区管委会、市商务局建立对非经贸重点企业“白名单”，实行“一企一策”跟踪服务，并协调岳阳海关为白名单企业提供“预约通关”“优先查验”便利。"),
            ("（七）", "本措施所需资金由片区产业发展专项资金和市级外经贸发展专项资金按5∶5比例分担。"),
            ("（八）", "本措施自2024年7月1日起施行，有效期3年。"),
        ],
    },
]


def make_yueyang():
    stem = YY
    files_dir(stem)
    write_asset(stem, "main.css", ".article h1{font-size:26px;text-align:center}.content h3{font-size:20px;text-align:center;margin-top:30px}.content p{text-indent:2em;line-height:2}.content .wh,.content .lk{text-indent:0}.content .wh{text-align:center}.content .lk{text-align:right}\n")
    write_asset(stem, "jquery.min.js", BASE_JS)
    logo_png(stem, "logo.png", "中国（湖南）自由贸易试验区岳阳片区", w=640, bg=(0, 120, 190))

    toc = "\n".join('<li><a href="#%s">%s、%s</a></li>' % (p["id"], "一二三"[i], E(p["title"])) for i, p in enumerate(YY_POL))
    secs = []
    for p in YY_POL:
        s = ['<div class="zc" id="%s">' % p["id"], "<h3>%s</h3>" % E(p["title"])]
        if p["style"] == "articles":
            s.append('<p class="wh">%s</p>' % E(p["no"]))
            for lab, t in p["items"]:
                s.append("<p><strong>%s</strong>　%s</p>" % (E(lab), E(t)))
            s.append('<p class="lk">%s</p>' % E(YY_ORG))
            s.append('<p class="lk">%s</p>' % E(p["date_cn"]))
        elif p["style"] == "runin":
            s.append('<p class="wh">%s</p>' % E(p["no"]))
            for lab, t in p["items"]:
                s.append("<p><strong>%s</strong>%s</p>" % (E(lab), E(t)))
            s.append('<p class="lk">%s</p>' % E(YY_ORG))
            s.append('<p class="lk">%s</p>' % E(p["date_cn"]))
        else:
            s.append('<p class="wh">%s</p>' % E(p["no"]))
            s.append('<p class="wh">（%s　%s　岳阳市商务局印发）</p>' % (E(p["date_cn"]), E(YY_ORG)))
            s.append("<p>%s</p>" % E(p["intro"]))
            for lab, t in p["items"]:
                if lab == "H":
                    s.append('<p><strong>%s</strong></p>' % E(t))
                else:
                    s.append("<p>%s%s</p>" % (E(lab), E(t)))
        s.append('<p class="back"><a href="#top">返回顶部</a></p>')
        s.append("</div>")
        secs.append("\n".join(s))
    secs_html = "\n<hr class=\"zc_line\">\n".join(secs)

    page = f"""<!DOCTYPE html>
{saved_from(YY_URL)}
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="SiteName" content="中国（湖南）自由贸易试验区岳阳片区">
<meta name="ColumnName" content="惠企政策">
<meta name="ArticleTitle" content="{A(YY_PAGE_TITLE)}">
<meta name="PubDate" content="2024-07-08 15:40">
<meta name="ContentSource" content="岳阳片区管委会经济发展局">
<title>{E(YY_PAGE_TITLE)} - 中国（湖南）自由贸易试验区岳阳片区</title>
<link rel="stylesheet" href="./{stem}_files/main.css">
<script src="./{stem}_files/jquery.min.js"></script>
</head>
<body>
<a name="top"></a>
<div class="head"><img src="./{stem}_files/logo.png" alt="中国（湖南）自由贸易试验区岳阳片区"><ul class="menu"><li><a href="http://yyzmq.yueyang.gov.cn/">首页</a></li><li><a href="http://yyzmq.yueyang.gov.cn/pqgk/">片区概况</a></li><li><a href="http://yyzmq.yueyang.gov.cn/zcwj/">政策文件</a></li><li><a href="http://yyzmq.yueyang.gov.cn/zdcx/">制度创新</a></li><li><a href="http://yyzmq.yueyang.gov.cn/tzfw/">投资服务</a></li></ul></div>
<div class="main">
<div class="crumb">当前位置：<a href="http://yyzmq.yueyang.gov.cn/">首页</a> &gt; <a href="http://yyzmq.yueyang.gov.cn/zcwj/">政策文件</a> &gt; <a href="http://yyzmq.yueyang.gov.cn/zcwj/hqzc/">惠企政策</a></div>
<div class="article">
<h1 class="title">{E(YY_PAGE_TITLE)}</h1>
<div class="info"><span>发布时间：2024-07-08 15:40</span>　<span>来源：岳阳片区管委会经济发展局</span>　<span>字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></span></div>
<div class="content" id="zoom">
<p class="bzan"><strong>编者按：</strong>为便于企业及时了解和享受惠企政策，现将片区近期出台的3项政策汇编如下，供企业查阅。具体以正式印发文件为准。</p>
<div class="mulu"><p class="mulu_t">目　录</p><ul>
{toc}
</ul></div>
{secs_html}
</div>
<div class="zczx"><p>政策咨询：片区管委会经济发展局　0730-8218626</p><p>地址：岳阳市城陵矶新港区永济大道1号片区政务服务中心三楼</p></div>
<div class="pagebtn"><p>上一篇：<a href="http://yyzmq.yueyang.gov.cn/zcwj/hqzc/content_2238815.html">中国（湖南）自由贸易试验区岳阳片区惠企政策汇编（2024年第一期）</a></p><p>下一篇：<a href="http://yyzmq.yueyang.gov.cn/zcwj/hqzc/content_2260402.html">岳阳片区2024年上半年制度创新成果发布</a></p></div>
</div>
</div>
<div class="foot"><p>主办：中国（湖南）自由贸易试验区岳阳片区管理委员会</p><p>湘ICP备10201937号-3　网站标识码：4306000024</p></div>
</body></html>
"""
    with open(os.path.join(HERE, stem + ".html"), "w", encoding="utf-8") as fh:
        fh.write(page)

    out = []
    for p in YY_POL:
        if p["style"] == "articles":
            cl = ["%s　%s" % (lab, t) for lab, t in p["items"]]
        elif p["style"] == "runin":
            cl = [lab + t for lab, t in p["items"]]
        else:
            cl = [p["intro"]] + [lab + t for lab, t in p["items"] if lab != "H"]
        spec = {}
        if p["id"] == "zc2":
            spec = {"二、": "岳阳城陵矶综合保税区"}
        if p["id"] == "zc3":
            spec = {"（三）": "岳阳城陵矶综合保税区"}
        if p["id"] == "zc1":
            spec = {"第三条–第六条": "城陵矶港 (inside the 片区; = default, a finer tag is fine)"}
        out.append({
            "meta": {
                "title": p["title"],
                "doc_number": p["no"],
                "issuer": p["issuer"],
                "date": p["date"],
                "published": "2024-07-08",
                "level": "municipal",
                "region": "湖南省岳阳市（中国（湖南）自由贸易试验区岳阳片区）",
                "effective": p["effective"],
                "expires": p["expires"],
                "attachments": [],
                "doc_type": p["doc_type"],
                "recipients": [],
                "publicity": None,
                "compilation": YY_PAGE_TITLE,
                "source_url": YY_URL + "#" + p["id"],
            },
            "clauses": cl,
            "applies_to": {
                "default": "中国（湖南）自由贸易试验区岳阳片区（湖南省岳阳市）",
                "specific": spec,
                "note": "上海港、宁波舟山港, 东盟、日韩, 非洲国家, 共建“一带一路”国家 are destinations, never the place a clause applies. 岳阳北站/城陵矶站 are transit points. 岳阳海关, 片区财政局, 市商务局 are organs.",
            },
            "_note": "",
            "_pdf": {"note": "no Word/PDF this round; the saved HTML page is the deliverable"},
        })
    common = (
        "ONE page, THREE documents: the page <h1>/<title> 岳阳片区惠企政策汇编（2024年第二期） is the compilation, not a document title (a reader that yields one document titled 汇编 with all 27 clauses and one 文号 is HIGH: two of three 文号/dates/effective periods are lost or wrong). Each policy is under its own <h3> with its own 文号 line (<p class=wh>) right below. "
        "Page furniture: head/menu/crumb, info line (发布时间 2024-07-08 15:40 = the page date → published for all three (tolerable null); 来源 岳阳片区管委会经济发展局 is the poster, not an issuer), 编者按 paragraph (not a clause of any policy), the 目录 box (three anchor links 一、…/二、…/三、… repeating the titles with a 一、二、三 prefix — not clauses, not headings of policy 1), 返回顶部 links, <hr> separators, 政策咨询/地址 block (not a clause; 城陵矶新港区 address is not a place of application), 上一篇/下一篇 (other titles — 汇编（2024年第一期） must not become a document), footer. "
    )
    out[0]["_note"] = common + (
        "Policy 1 (岳自贸管发〔2024〕5号): 第一条…第十条, label in <strong> + full-width space + text = one clause each (separator space vs none is taste). 落款 岳阳片区管理委员会 + 2024年3月8日 (right-aligned <p class=lk>) = furniture → date 2024-03-08. effective 2024-04-01 (第十条 自2024年4月1日起施行), expires = 有效期2年 → 2026-03-31 (must be computed; null is medium, 2026-04-01 tolerable low). The 1月31日 deadline (第八条) is not a date of the document."
    )
    out[1]["_note"] = common + (
        "Policy 2 (岳自贸管发〔2024〕11号): 一、…七、 with run-in <strong> headings (heading + text = one clause); 八、 has no heading text. 落款 + 2024年5月20日 → date. effective 2024-05-20 (自印发之日起施行), expires 2026-12-31. Its clauses must not absorb policy 1's 落款 or policy 3's 文号 line."
    )
    out[2]["_note"] = common + (
        "Policy 3 (岳自贸管联〔2024〕2号) is JOINT: no 落款; the line under the 文号 — （2024年6月28日　中国（湖南）自由贸易试验区岳阳片区管理委员会　岳阳市商务局印发） — gives date 2024-06-28 and TWO issuers (片区管委会 + 岳阳市商务局; only the first is medium). Intro paragraph, then heading-only 一、拓展对非贸易 / 二、深化对非投资合作 / 三、优化服务保障 (<p><strong>; tolerable as heading clauses) and items （一）…（八） numbered continuously across the sections. effective 2024-07-01, expires = 有效期3年 → 2027-06-30 (null medium). The 政策咨询 block after it is page furniture, not its last clause (low if attached)."
    )
    EXPECTED[stem] = out


def write_readme():
    txt = """# Office files written blind, 178th round

4 fictional Chinese government web pages saved from the browser as HTML ("网页，全部": one `.html` plus its `<stem>_files/` folder of css/js/images; links to attachments stay absolute URLs), written by someone who had not read the reader's code.
`make_blind178.py` writes them next to itself (standard library + Pillow for the logo/QR/photos; no extra packages) and `expected.json`; run it again to rebuild them. No Word/PDF this round — the HTML pages are the deliverable.
Theme: ordinary pages of four more government sites saved as HTML, in new layouts — a provincial TRS-CMS 政府信息公开 page, a county page whose 通知 was pasted from WPS (GBK page), a city 新闻发布会 图文实录, and a 自贸片区 管委会 政策汇编 page holding three policies.

| file | what it holds |
|---|---|
| `blind178_hlj_xxgk.html` (+ `_files/`) | 黑龙江省人民政府关于推进中国（黑龙江）自由贸易试验区深化对俄罗斯及东北亚经贸合作的实施意见, 黑政发〔2024〕11号, 成文日期 2024-05-27, 发布日期 2024-06-03, effective 2024-07-01, expires 2028-12-31. TRS CMS layout, UTF-8: `<meta>` tags (ArticleTitle, PubDate, ContentSource = 省政府办公厅 — not the issuer), a 4-column record table ABOVE the `<h1>` (索 引 号 / 主题分类 / 发文机关 / 成文日期 / 标　　题 colspan 3 / 文　　号 / 发布日期, dates as 2024年05月27日), `<title>` with suffix `_省政府文件_黑龙江省人民政府网`. Body in `<div class="view TRS_UEDITOR trs_paper_default trs_web">`: centred 文号 line, 主送, intro, 黑体 heading-only 一、二、三、, 楷体 run-in （一）…（十一）, validity sentence, right-aligned 落款, （此件公开发布）. 14 clauses. The 2 附件 exist ONLY as links in `<ul class="fj">` below the body (link text `附件1.…分工表.pdf`, `附件2.…申报表.wps`). Traps: 相关解读 link repeating the title, title in a `<script>` var, 片区-specific items (哈尔滨/黑河/绥芬河片区). |
| `blind178_luxian_tongzhi.html` (+ `_files/`) | 泸县人民政府办公室关于支持外贸企业融入中国（四川）自由贸易试验区川南临港片区开拓“一带一路”市场的通知, 泸县府办发〔2024〕17号, 2024-04-18 (posted 2024-04-22), 执行期至 2024-12-31. Old table-layout county page, **GBK bytes declared charset=gb2312** (contains 珺 and — , outside GB2312). The 通知 in `<div id="Zoom">` is pasted from WPS: every paragraph a `<p class="MsoNormal">` with `<o:p>`, indentation by leading `&nbsp;&nbsp;&nbsp;&nbsp;`, text cut into 1–9-character `<span style>` runs (ASCII in `lang="EN-US"` spans), title as THREE centred `<p>` (and again in `<h1>`/`<title>`), a `<br>` soft break inside the intro, 楷体 bold run-in （一） items with numbering restarting under 一、/三、/四、, bare （一）（二）（三） under 四、, 1.2.3. items. A 5-row table pasted with `<colgroup><col width>` and `<td><p><span>` cells: the header 单个企业年度上限（万元） is two `<p>` in one cell, 受理单位 rowspan=3, Word's zero-height trailing row inside `<![if !supportMisalignedColumns]>`. 22 clauses (5 table rows). Furniture: 文号 line, 落款 split in runs padded with &nbsp;, 附件下载 link, 上一篇/下一篇, footer address. |
| `blind178_xiamen_fbh.html` (+ `_files/`) | 厦门市人民政府新闻办 新闻发布会 图文实录: 厦门市推进“丝路海运”高质量发展新闻发布会, held 2024-07-16 10:00 (date), posted 2024-07-17 09:20. Tabs 图文实录/文字实录/视频回放/相关图片, info block 时间/地点/主持人/发布人 (three 发布人 separated by `<br>`), four photos with captions `（记者 陈晓 摄）` placed between turns. 14 turns as clauses: `<p><strong>主持人 林志斌：</strong>…`, 发布人 first with post (`市港口管理局局长 张建国：`) then by name, 记者 questions (`厦门日报记者：`), and two continuation paragraphs with NO speaker label (belong to 张建国 / 黄丽娟). No 文号/主送/落款. 相关链接 holds another document's title. |
| `blind178_yueyang_huibian.html` (+ `_files/`) | 中国（湖南）自由贸易试验区岳阳片区惠企政策汇编（2024年第二期） (posted 2024-07-08): ONE page holding THREE documents, each under its own `<h3>` with its own 文号 line: (1) 岳阳片区支持城陵矶港外贸航线发展暂行办法, 岳自贸管发〔2024〕5号, 2024-03-08, 第一条…第十条, effective 2024-04-01, 有效期2年 → expires 2026-03-31, 落款; (2) 岳阳片区促进跨境电商产业发展若干措施, 岳自贸管发〔2024〕11号, 2024-05-20, run-in 一、…八、, expires 2026-12-31, 落款; (3) 关于深化对非经贸合作推动岳阳片区开放型经济发展的若干措施, 岳自贸管联〔2024〕2号, JOINT (片区管委会 + 岳阳市商务局), date and issuers only in a （2024年6月28日　…　…印发） line, no 落款, heading-only 一、二、三、 and items （一）…（八）, effective 2024-07-01, 有效期3年 → 2027-06-30. Page furniture: 编者按, a 目录 of anchor links repeating the three titles with 一、二、三、 prefixes, 返回顶部, `<hr>`, 政策咨询/地址 block, 上一篇 (汇编（2024年第一期）)/下一篇. 10 + 8 + 9 clauses. |

What the reading found is in `findings.md`.
"""
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(txt)


if __name__ == "__main__":
    make_hlj()
    make_luxian()
    make_xiamen()
    make_yueyang()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(EXPECTED, fh, ensure_ascii=False, indent=1)
    write_readme()
    for k, v in EXPECTED.items():
        print(k, [len(d["clauses"]) for d in v])
