# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, UP031, UP032, E731
"""Blind round 193: ordinary pages of four government sites saved from the browser as HTML.

Four web pages, each written as a browser saves it ("Webpage, Complete": the .html plus a
<stem>_files/ folder with the stylesheet, scripts and images), next to this script:
  blind193_hlj_tabs.html          黑龙江省商务厅 通知 page (黑商发〔2024〕41号); body split into two tabs
      正文 / 附件, the 附件 (重点任务清单, a 6-column table with category rows and rowspans) sits
      inline in the second tab, which the saved DOM keeps hidden (style="display: none;").
  blind193_customs_gonggao.html   海关总署公告2024年第156号 page (GBK-encoded, as the site serves it);
      the 公告, 特此公告, 落款, then the 附件 目录 inline: a table of 商品编码 with a 说明 under it.
  blind193_xian_zhengce.html      西安市人民政府 政策文件 page (市政发〔2024〕6号): 信息公开 metadata as
      <dl><dt><dd>, a left side box with the 政策解读 / 图解 links and 相关文件, the 通知 and the
      若干措施 that follow it (one subsidy table inside item 3).
  blind193_yiwu_news.html         义乌市融媒体中心 news article (义乌新闻网) that reprints in full the
      金华市人民政府 通知 金政发〔2024〕21号 inside a news story: headline, 导语, photo + caption,
      “以下为《通知》全文：”, the 通知, a closing news paragraph, 责任编辑/审核, 相关新闻.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind193.py
Needs only the standard library and Pillow (for the little images in the _files folders).
"""
import json
import os

from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))


def saved_from(url):
    return "<!-- saved from url=(%04d)%s -->" % (len(url), url)


def img(path, size, color, text_color=None):
    im = Image.new("RGB", size, color)
    d = ImageDraw.Draw(im)
    if text_color:
        for i in range(0, size[0], 12):
            d.line([(i, 0), (i + size[1], size[1])], fill=text_color, width=2)
    im.save(path)


def write_files_dir(stem, css, images, js_names=("jquery-1.12.4.min.js", "common.js")):
    d = os.path.join(HERE, stem + "_files")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "common.css"), "w", encoding="utf-8") as fh:
        fh.write(css)
    for js in js_names:
        with open(os.path.join(d, js), "w", encoding="utf-8") as fh:
            if "jquery" in js:
                fh.write("/*! jQuery v1.12.4 | (c) jQuery Foundation | jquery.org/license */\n"
                         "!function(a,b){\"object\"==typeof module&&\"object\"==typeof module.exports?module.exports=a.document?b(a,!0):function(a){return b(a)}:b(a)}(\"undefined\"!=typeof window?window:this,function(a,b){var c=[];return a.jQuery=a.$=function(s){return document.querySelectorAll(s)},a.jQuery});\n")
            else:
                fh.write("function changeFont(s){var z=document.getElementById('zoom');if(z){z.style.fontSize=s+'px';}}\n"
                         "function doPrint(){window.print();}\n")
    for name, size, color in images:
        img(os.path.join(d, name), size, color, (255, 255, 255))
    return d


# ====================================================================== A  黑龙江省商务厅 (tabs)
A_STEM = "blind193_hlj_tabs"
A_URL = "https://swt.hlj.gov.cn/swt/c111528/202405/c00_31739027.shtml"
A_TITLE = "黑龙江省商务厅关于印发《2024年黑龙江省对俄经贸合作重点任务清单》的通知"
A_NUM = "黑商发〔2024〕41号"
A_ATT = "2024年黑龙江省对俄经贸合作重点任务清单"
A_MAIN = "各市（地）商务主管部门，中国（黑龙江）自由贸易试验区哈尔滨片区、黑河片区、绥芬河片区管委会，省直有关单位："
A_OPEN = "为深入贯彻落实党中央、国务院关于推动高质量共建“一带一路”的决策部署，进一步巩固扩大对俄经贸合作，加快打造我国向北开放新高地，省商务厅研究制定了《2024年黑龙江省对俄经贸合作重点任务清单》（以下简称《任务清单》），现印发给你们，并就有关事项通知如下。"
A_ITEMS = [
    ("一、提高站位，细化落实举措。", "各市（地）要把对俄经贸合作作为推进高水平对外开放的重要抓手，对照《任务清单》逐项制定本地区落实方案，于2024年6月15日前报送省商务厅。"),
    ("二、压实责任，建立任务台账。", "各牵头单位要明确责任处室和责任人，建立“一项任务、一张台账”工作机制，配合单位要主动对接、形成合力，确保各项任务按时保质完成。"),
    ("三、聚焦口岸，补齐设施短板。", "绥芬河市、东宁市、黑河市、同江市、抚远市商务主管部门要会同当地口岸管理部门，加快推进口岸查验设施改造和智慧口岸建设，2024年10月31日前完成年度建设任务，口岸过货能力较上年提升10%以上。"),
    ("四、创新业态，扩大互市贸易。", "支持黑河、绥芬河、东宁边民互市贸易区扩大互市商品落地加工规模，推动互市贸易与跨境电商、市场采购贸易融合发展。哈尔滨片区要加快建设对俄跨境电商综合服务平台，年内新增对俄跨境电商企业50家以上。"),
    ("五、加强调度，按时报送进展。", "各牵头单位于每月5日前将上月任务进展情况报送省商务厅对外经济合作处，2024年12月15日前报送全年工作总结。省商务厅将适时对任务落实情况开展调度督导，并将结果纳入年度商务工作考核。"),
]
A_HEAD = ["序号", "重点任务", "主要内容", "牵头单位", "配合单位", "完成时限"]
# rows: (no, task, content, lead, partner, deadline); partner/deadline None = covered by the rowspan above
A_ROWS = [
    ("cat", "一、畅通对俄物流通道"),
    ("1", "提升中欧班列开行质效", "推动哈尔滨国际集装箱中心站扩能改造，全年开行“哈欧”“哈俄”中欧班列不少于600列", "哈尔滨市商务局", "省交通运输厅、|中国铁路哈尔滨局集团有限公司", "2024年12月"),
    ("2", "提升黑河公路大桥通关效率", "推行“提前申报+口岸直提”模式，黑河公路口岸货运通关时间压缩至2小时以内", "黑河市人民政府", "省商务厅、黑河海关", "2024年9月"),
    ("3", "扩大同江铁路大桥过货量", "同江中俄铁路大桥全年过货量达到300万吨以上", "同江市人民政府", "佳木斯海关、|中国铁路哈尔滨局集团有限公司", "2024年12月"),
    ("cat", "二、做大对俄贸易规模"),
    ("4", "壮大绥芬河综合保税区加工贸易", "引进俄罗斯进口木材、粮油精深加工项目5个以上，综合保税区进出口额增长15%", "绥芬河市人民政府", "牡丹江海关", "2024年12月"),
    ("5", "发展东宁进口资源落地加工", "依托东宁边民互市贸易区建设进口木材、水产品落地加工园区，新增落地加工企业10家", "东宁市人民政府", None, None),
    ("6", "扩大对俄机电产品出口", "组织机电、汽车及零部件企业参加对俄专业展会，全省对俄机电产品出口增长10%以上", "省商务厅", "各市（地）商务主管部门", "2024年12月"),
    ("7", "发展抚远对俄水产品贸易", "支持抚远市建设对俄水产品进口集散中心，全年进口水产品5000吨以上", "抚远市人民政府", "佳木斯海关", "2024年11月"),
    ("cat", "三、提升开放平台能级"),
    ("8", "推进哈尔滨片区制度创新", "在哈尔滨片区开展对俄跨境贸易人民币结算便利化试点，形成制度创新成果3项以上", "哈尔滨新区管委会", "人民银行黑龙江省分行", "2024年12月"),
    ("9", "建设黑河片区跨境金融服务中心", "在黑河片区设立对俄跨境金融服务中心，开展卢布现钞跨境调运业务", "黑河市人民政府", "人民银行黑河市分行", "2024年10月"),
    ("10", "参加东方经济论坛", "组织企业参加在符拉迪沃斯托克（海参崴）举办的第九届东方经济论坛及配套展会，签约对俄合作项目不少于20个", "省商务厅", "各市（地）商务主管部门", "2024年9月"),
    ("11", "推进境外经贸合作区建设", "支持企业在俄罗斯滨海边疆区、哈巴罗夫斯克边疆区建设境外经贸合作区，新增入区企业8家", "省商务厅", "牡丹江市人民政府、黑河市人民政府", "2024年12月"),
]


def a_row_clauses():
    out = []
    carry = {}
    for r in A_ROWS:
        if r[0] == "cat":
            continue
        vals = list(r)
        for i in (4, 5):
            if vals[i] is None:
                vals[i] = carry[i]
            carry[i] = vals[i]
        vals = [v.replace("|", "") for v in vals]
        out.append("；".join("%s：%s" % (h, v) for h, v in zip(A_HEAD, vals)))
    return out


A_CSS = """body{margin:0;font-family:"Microsoft YaHei",Arial;font-size:14px;color:#333}
.w1200{width:1200px;margin:0 auto}.top-bar{background:#f5f5f5;height:34px;line-height:34px}
.header{background:#b80f0f;height:120px}.nav{background:#9e0b0b}.nav li{float:left;list-style:none;padding:0 26px;line-height:48px}
.nav li a{color:#fff}.position{line-height:46px;border-bottom:1px solid #ddd}
.art-title{text-align:center;font-size:26px;color:#b80f0f;padding:30px 60px 10px}
.art-info{text-align:center;color:#888;border-bottom:1px dashed #ccc;padding-bottom:12px}.art-info span{margin:0 10px}
.tab-title ul{margin:20px 0 0;padding:0;border-bottom:2px solid #b80f0f;height:40px}
.tab-title li{float:left;list-style:none;width:120px;text-align:center;line-height:40px;background:#eee;margin-right:4px;cursor:pointer}
.tab-title li.on{background:#b80f0f;color:#fff}
.tab-con{padding:20px 40px;font-size:16px;line-height:2}.tab-con table td{border:1px solid #000;padding:4px}
.art-tools{text-align:right;padding:10px 40px}.related{border-top:2px solid #b80f0f;margin-top:20px}
.footer{background:#333;color:#ccc;text-align:center;line-height:26px;padding:20px 0}
"""


def build_hlj():
    S = A_STEM + "_files"
    write_files_dir(A_STEM, A_CSS, [("logo.png", (600, 90), (184, 15, 15)), ("qrcode.png", (120, 120), (40, 40, 40)),
                                     ("jiucuo.png", (110, 55), (200, 30, 30)), ("dzjg.png", (46, 55), (200, 0, 0))])
    body = []
    body.append('<p style="text-align: right;">%s</p>' % A_NUM)
    body.append('<p>%s</p>' % A_MAIN)
    body.append('<p style="text-indent: 2em;">%s</p>' % A_OPEN)
    for h, t in A_ITEMS:
        body.append('<p style="text-indent: 2em;"><strong>%s</strong>%s</p>' % (h, t))
    body.append('<p style="text-indent: 2em;">联系人：赵立新，联系电话：0451-82627314。</p>')
    body.append('<p><br></p>')
    body.append('<p style="text-indent: 2em;">附件：<a href="javascript:changeTab(1);">%s</a></p>' % A_ATT)
    body.append('<p><br></p>')
    body.append('<p style="text-align: right; padding-right: 4em;">黑龙江省商务厅</p>')
    body.append('<p style="text-align: right; padding-right: 4em;">2024年5月20日</p>')
    body.append('<p style="text-indent: 2em;">（此件公开发布）</p>')

    def td(text, extra="", bold=False):
        t = text.replace("|", "<br>")
        if bold:
            t = "<strong>%s</strong>" % t
        return '<td%s style="border: 1px solid windowtext; padding: 0px 7px;" valign="middle"><p style="text-align: center; line-height: 22px;"><span style="font-family: 仿宋_GB2312; font-size: 14px;">%s</span></p></td>' % (extra, t)

    rows = ['<tr style="height: 36px;">' + "".join(td(h, bold=True) for h in A_HEAD) + "</tr>"]
    for i, r in enumerate(A_ROWS):
        if r[0] == "cat":
            rows.append('<tr>' + td(r[1], ' colspan="6"', bold=True).replace("text-align: center", "text-align: left") + '</tr>')
            continue
        no, task, cont, lead, partner, dl = r
        nxt = A_ROWS[i + 1] if i + 1 < len(A_ROWS) else None
        span = ' rowspan="2"' if (nxt and nxt[0] != "cat" and nxt[4] is None) else ""
        cells = [td(no), td(task), td(cont).replace("text-align: center", "text-align: justify"), td(lead)]
        if partner is not None:
            cells.append(td(partner, span))
        if dl is not None:
            cells.append(td(dl, span))
        rows.append("<tr>" + "".join(cells) + "</tr>")
    table = ('<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse: collapse; border: none;">'
             '<colgroup><col width="50"><col width="160"><col width="330"><col width="130"><col width="170"><col width="90"></colgroup><tbody>'
             + "\n".join(rows) + "</tbody></table>")
    tab2 = [
        '<p><span style="font-family: 黑体;">附件</span></p>',
        '<p style="text-align: center;"><strong><span style="font-size: 22px;">%s</span></strong></p>' % A_ATT,
        table,
        '<p><br></p>',
        '<p class="fujian">附件下载：<a href="https://swt.hlj.gov.cn/swt/c111528/202405/31739027/files/ed2b41a7c5f64a0c9a3cf8e7a1d0b215.xlsx" target="_blank">%s.xlsx</a></p>' % A_ATT,
    ]
    html = """<!DOCTYPE html>
%(saved)s
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="黑龙江省商务厅">
<meta name="SiteDomain" content="swt.hlj.gov.cn">
<meta name="SiteIDCode" content="2300000047">
<meta name="ColumnName" content="通知公告">
<meta name="ColumnType" content="通知公告">
<meta name="ArticleTitle" content="%(title)s">
<meta name="PubDate" content="2024-05-23 15:06">
<meta name="ContentSource" content="对外经济合作处">
<meta name="Keywords" content="对俄经贸合作 重点任务清单">
<meta name="Description" content="黑龙江省商务厅关于印发2024年对俄经贸合作重点任务清单的通知">
<title>%(title)s_通知公告_黑龙江省商务厅</title>
<link rel="stylesheet" type="text/css" href="./%(S)s/common.css">
<script type="text/javascript" src="./%(S)s/jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="./%(S)s/common.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span class="welcome">您好，欢迎访问黑龙江省商务厅网站！</span><span class="top-links" style="float:right"><a href="https://www.hlj.gov.cn/" target="_blank">黑龙江省人民政府</a> | <a href="javascript:void(0);" id="wza">无障碍浏览</a> | <a href="javascript:void(0);" id="olderMode">长者模式</a> | <a href="https://swt.hlj.gov.cn/eng/">English</a></span></div></div>
<div class="header"><div class="w1200"><a href="https://swt.hlj.gov.cn/" class="logo"><img src="./%(S)s/logo.png" alt="黑龙江省商务厅"></a>
<div class="search"><form action="https://swt.hlj.gov.cn/search/" method="get"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div></div></div>
<div class="nav"><ul class="w1200">
<li><a href="https://swt.hlj.gov.cn/">首页</a></li><li><a href="https://swt.hlj.gov.cn/swt/c111500/">机构职能</a></li><li><a href="https://swt.hlj.gov.cn/swt/c111510/">商务要闻</a></li><li class="on"><a href="https://swt.hlj.gov.cn/swt/c111520/">政务公开</a></li><li><a href="https://swt.hlj.gov.cn/swt/c111540/">政务服务</a></li><li><a href="https://swt.hlj.gov.cn/swt/c111550/">互动交流</a></li><li><a href="https://swt.hlj.gov.cn/swt/c111560/">对俄合作</a></li><li><a href="https://swt.hlj.gov.cn/swt/c111570/">专题专栏</a></li><li><a href="https://swt.hlj.gov.cn/swt/c111580/">数据发布</a></li>
</ul></div>
<div class="w1200 position">当前位置：<a href="https://swt.hlj.gov.cn/">首页</a> &gt; <a href="https://swt.hlj.gov.cn/swt/c111520/">政务公开</a> &gt; <a href="https://swt.hlj.gov.cn/swt/c111528/">通知公告</a></div>
<div class="w1200 article">
<h1 class="art-title">%(title)s</h1>
<div class="art-info"><span>发布时间：2024-05-23 15:06</span><span>来源：对外经济合作处</span><span>浏览次数：<em id="views">1386</em></span><span class="font">【字体：<a href="javascript:changeFont(18)">大</a> <a href="javascript:changeFont(16)">中</a> <a href="javascript:changeFont(14)">小</a>】</span></div>
<div class="tab-title"><ul><li class="on" id="tab0" onclick="changeTab(0)">正文</li><li id="tab1" onclick="changeTab(1)">附件</li></ul></div>
<div class="tab-con" id="tabCon0" style="display: block;">
<div class="TRS_UEDITOR TRS_WEB" id="zoom">
%(body)s
</div>
</div>
<div class="tab-con" id="tabCon1" style="display: none;">
%(tab2)s
</div>
<div class="art-tools"><span class="share">分享到：<a href="javascript:void(0);" class="wx" title="分享到微信">微信</a> <a href="javascript:void(0);" class="wb" title="分享到新浪微博">微博</a> <a href="javascript:void(0);" class="qq" title="分享到QQ空间">QQ空间</a></span>　【<a href="javascript:doPrint();">打印本页</a>】【<a href="javascript:window.opener=null;window.close();">关闭窗口</a>】</div>
<div class="ewm"><img src="./%(S)s/qrcode.png" alt=""><p>扫一扫在手机打开当前页</p></div>
<div class="related"><h3>相关文章</h3><ul>
<li><a href="https://swt.hlj.gov.cn/swt/c111528/202404/c00_31702218.shtml">黑龙江省商务厅关于组织企业参加第八届中国—俄罗斯博览会的通知</a><span>2024-04-12</span></li>
<li><a href="https://swt.hlj.gov.cn/swt/c111528/202403/c00_31688510.shtml">黑龙江省商务厅关于做好2024年边民互市贸易落地加工工作的通知</a><span>2024-03-28</span></li>
<li><a href="https://swt.hlj.gov.cn/swt/c111528/202402/c00_31650377.shtml">关于印发《黑龙江省2024年稳外贸稳外资工作要点》的通知</a><span>2024-02-21</span></li>
</ul></div>
</div>
<div class="footer"><div class="w1200">
<p><a href="https://swt.hlj.gov.cn/swt/c111590/">网站地图</a> | <a href="https://swt.hlj.gov.cn/swt/c111591/">联系我们</a> | <a href="https://swt.hlj.gov.cn/swt/c111592/">隐私声明</a></p>
<p>主办单位：黑龙江省商务厅　地址：哈尔滨市南岗区中山路202号　邮编：150001　电话：0451-82621018</p>
<p>黑ICP备05002835号　<img src="./%(S)s/dzjg.png" alt="">黑公网安备 23010302000108号　网站标识码：2300000047</p>
<p><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=2300000047" target="_blank"><img src="./%(S)s/jiucuo.png" alt="政府网站找错"></a></p>
</div></div>
<script type="text/javascript">
function changeTab(n){for(var i=0;i<2;i++){document.getElementById('tabCon'+i).style.display=(i==n)?'block':'none';document.getElementById('tab'+i).className=(i==n)?'on':'';}}
var _hmt = _hmt || [];
</script>
</body></html>
""" % dict(saved=saved_from(A_URL), title=A_TITLE, S=S, body="\n".join(body), tab2="\n".join(tab2))
    path = os.path.join(HERE, A_STEM + ".html")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(html)
    return path


# ====================================================================== B  海关总署公告 (GBK page)
B_STEM = "blind193_customs_gonggao"
B_URL = "http://www.customs.gov.cn/customs/302249/2480148/6107642/index.html"
B_NUM = "海关总署公告2024年第156号"
B_TITLE = "关于发布《边民互市贸易进口商品落地加工试点商品目录（2024年版）》的公告"
B_ATT = "边民互市贸易进口商品落地加工试点商品目录（2024年版）"
B_CLAUSES = [
    "为推动边民互市贸易转型升级，支持沿边地区发展进口商品落地加工产业，海关总署会同商务部、财政部制定了《边民互市贸易进口商品落地加工试点商品目录（2024年版）》（以下简称《目录》，见附件）。现将有关事项公告如下：",
    "一、《目录》所列商品由边民通过互市贸易进口后，可以按照规定交售给试点地区内符合条件的落地加工企业进行加工。试点地区为：广西壮族自治区东兴市、凭祥市、龙州县、宁明县、靖西市、那坡县，云南省瑞丽市、河口瑶族自治县、勐腊县、耿马傣族佤族自治县。",
    "二、落地加工企业应当设立在边境经济合作区、综合保税区或者经省级人民政府认定的落地加工园区内，并在加工前向所在地海关办理备案手续。",
    "三、《目录》“适用试点地区”栏列明地区的商品，仅限在所列地区内开展落地加工；该栏为空的商品，适用本公告第一条所列全部试点地区。",
    "四、南宁海关、昆明海关应当加强对试点地区落地加工企业的信用管理和后续核查，发现企业将互市进口商品转售或者未按照规定加工的，依法予以处理。",
    "五、本公告自2024年11月1日起施行。海关总署公告2022年第46号同时废止。",
]
B_HEAD = ["序号", "商品编码", "商品名称", "适用试点地区"]
B_ROWS = [
    ("1", "0714101000", "鲜木薯", ""),
    ("2", "0714102000", "干木薯", ""),
    ("3", "0801320000", "鲜或干的去壳腰果", ""),
    ("4", "0803901000", "鲜香蕉", "河口瑶族自治县"),
    ("5", "0810906000", "鲜火龙果", "东兴市、凭祥市"),
    ("6", "0901110000", "未焙炒、未浸除咖啡碱的咖啡", "瑞丽市、耿马傣族佤族自治县"),
    ("7", "0904110000", "未磨的胡椒", ""),
    ("8", "1207409000", "其他芝麻", ""),
    ("9", "0306179000", "其他冻虾及对虾", "东兴市"),
    ("10", "4001220000", "技术分类天然橡胶（TSNR）", "勐腊县"),
    ("11", "4403499000", "其他热带原木", "凭祥市、龙州县"),
]
B_NOTES = [
    "1．本目录商品编码以《中华人民共和国进出口税则（2024）》及《中华人民共和国海关统计商品目录（2024年版）》为准，商品名称仅供参考。",
    "2．“适用试点地区”栏为空的，适用本公告第一条所列全部试点地区。",
    "3．列入《边民互市贸易进口商品负面清单》的商品，不得按照落地加工方式进口。",
]


def b_row_clauses():
    out = []
    for r in B_ROWS:
        out.append("；".join("%s：%s" % (h, v) for h, v in zip(B_HEAD, r) if v))
    return out


B_CSS = """body{margin:0;font:12px/1.8 "宋体",SimSun;color:#333;background:#fff}
.topbar{height:30px;background:#f0f0f0}.head{height:130px;background:url(banner.png) no-repeat}
.menu{background:#1b4f93;height:40px}.menu a{color:#fff;font-size:15px;padding:0 22px;line-height:40px}
.curr_pos{line-height:36px;border-bottom:1px solid #d5d5d5}.easysite-news-title{text-align:center;font-size:22px;font-weight:bold;color:#1b4f93;padding:24px 40px 6px}
.easysite-news-describe{text-align:center;color:#666}#easysiteText{padding:20px 50px;font-size:16px}
#easysiteText table td,#easysiteText table th{border:1px solid #000;padding:3px 6px}
.footer{background:#1b4f93;color:#fff;text-align:center;padding:16px 0}
"""


def build_customs():
    S = B_STEM + "_files"
    write_files_dir(B_STEM, B_CSS, [("banner.png", (1000, 130), (27, 79, 147)), ("guohui.png", (90, 90), (200, 20, 20)),
                                     ("jiucuo.png", (110, 55), (200, 30, 30))], js_names=("jquery.min.js", "common.js"))
    body = []
    body.append('<p style="text-align: center;"><strong>%s</strong></p>' % B_NUM)
    body.append('<p style="text-align: center;"><strong>%s</strong></p>' % B_TITLE)
    body.append('<p style="text-indent: 2em;">%s</p>' % B_CLAUSES[0])
    for c in B_CLAUSES[1:]:
        body.append('<p style="text-indent: 2em;">%s</p>' % c)
    body.append('<p style="text-indent: 2em;">特此公告。</p>')
    body.append('<p>&nbsp;</p>')
    body.append('<p style="text-indent: 2em;">附件：%s</p>' % B_ATT)
    body.append('<p>&nbsp;</p>')
    body.append('<p style="text-align: right;">海关总署</p>')
    body.append('<p style="text-align: right;">2024年10月12日</p>')
    body.append('<p>&nbsp;</p>')
    body.append('<p>附件</p>')
    body.append('<p style="text-align: center;"><strong>%s</strong></p>' % B_ATT)
    t = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" align="center" style="border-collapse: collapse; width: 92%;">',
         '<thead><tr>' + "".join('<th style="background: #d9d9d9;">%s</th>' % h for h in B_HEAD) + '</tr></thead><tbody>']
    for r in B_ROWS:
        cells = []
        for j, v in enumerate(r):
            cells.append('<td style="text-align: %s;">%s</td>' % ("left" if j == 2 else "center", v if v else "&nbsp;"))
        t.append("<tr>" + "".join(cells) + "</tr>")
    t.append("</tbody></table>")
    body.append("\n".join(t))
    body.append('<p style="text-indent: 2em;">说明：%s</p>' % B_NOTES[0])
    for n in B_NOTES[1:]:
        body.append('<p style="text-indent: 5em;">%s</p>' % n)
    html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
%(saved)s
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta name="SiteName" content="中华人民共和国海关总署">
<meta name="SiteDomain" content="www.customs.gov.cn">
<meta name="ColumnName" content="海关总署公告">
<meta name="ArticleTitle" content="%(num)s（%(title)s）">
<meta name="PubDate" content="2024-10-15 16:20">
<meta name="ContentSource" content="口岸监管司">
<title>%(num)s（%(title)s）</title>
<link href="./%(S)s/common.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="./%(S)s/jquery.min.js"></script>
<script type="text/javascript" src="./%(S)s/common.js"></script>
</head>
<body>
<div class="topbar"><div class="w1000"><span class="fl">今天是：<span id="today">2024年10月16日 星期三</span></span><span class="fr"><a href="http://www.customs.gov.cn/">首页</a> | <a href="http://english.customs.gov.cn/">English</a> | <a href="javascript:void(0);" onclick="aria.start()">无障碍</a> | <a href="http://www.customs.gov.cn/customs/wzdt/index.html">网站地图</a></span></div></div>
<div class="head"><div class="w1000"><img src="./%(S)s/guohui.png" alt="国徽"><span class="sitename">中华人民共和国海关总署</span><span class="sitename-en">General Administration of Customs of the People's Republic of China</span>
<div class="search"><input type="text" id="searchword" value="请输入搜索内容"><input type="button" value="搜索"></div></div></div>
<div class="menu"><div class="w1000"><a href="http://www.customs.gov.cn/">首页</a><a href="http://www.customs.gov.cn/customs/jggk59/index.html">机构概况</a><a href="http://www.customs.gov.cn/customs/302249/index.html">信息公开</a><a href="http://online.customs.gov.cn/">互联网+海关</a><a href="http://www.customs.gov.cn/customs/hdjl/index.html">互动交流</a><a href="http://www.customs.gov.cn/customs/ztzl86/index.html">专题专栏</a><a href="http://www.customs.gov.cn/customs/302249/zfxxgk/2799825/302274/index.html">统计数据</a></div></div>
<div class="w1000">
<div class="curr_pos">您现在的位置：<a href="http://www.customs.gov.cn/">首页</a>&nbsp;&gt;&nbsp;<a href="http://www.customs.gov.cn/customs/302249/index.html">信息公开</a>&nbsp;&gt;&nbsp;<a href="http://www.customs.gov.cn/customs/302249/302266/index.html">海关法规</a>&nbsp;&gt;&nbsp;<a href="http://www.customs.gov.cn/customs/302249/2480148/index.html">海关总署公告</a></div>
<div class="easysite-news-title"><h2>%(num)s（%(title)s）</h2></div>
<div class="easysite-news-describe">发布时间：2024-10-15　　信息来源：口岸监管司　　【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div class="easysite-news-text" id="easysiteText">
<div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor DIV{line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor TD{line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor TH{line-height:2;font-family:宋体;font-size:12pt;}</style>
%(body)s
</div>
</div>
<div class="easysite-news-fj"><p>附件下载：</p><ul><li><a href="http://www.customs.gov.cn/customs/302249/2480148/6107642/2024101516201358274.docx" target="_blank">%(att)s.docx</a></li></ul></div>
<div class="easysite-news-tools"><a href="javascript:window.print();">【打印本页】</a>　<a href="javascript:window.close();">【关闭窗口】</a>　<span class="share">分享到：<a href="javascript:void(0);" class="share-wx">微信</a> <a href="javascript:void(0);" class="share-wb">微博</a></span></div>
<div class="easysite-news-related"><div class="title">相关链接</div><ul>
<li><a href="http://www.customs.gov.cn/customs/302249/2480148/5861170/index.html">海关总署公告2024年第98号（关于进一步规范边民互市贸易进口商品管理的公告）</a></li>
<li><a href="http://www.customs.gov.cn/customs/302249/302270/302272/index.html">《边民互市贸易进口商品负面清单》政策问答</a></li>
<li><a href="http://www.customs.gov.cn/customs/302249/2480148/4213096/index.html">海关总署公告2022年第46号（关于边民互市贸易进口商品落地加工有关事项的公告）</a></li>
</ul></div>
</div>
<div class="footer"><p><a href="http://www.customs.gov.cn/customs/gywm/index.html">关于我们</a> | <a href="http://www.customs.gov.cn/customs/lxwm/index.html">联系我们</a> | <a href="http://www.customs.gov.cn/customs/wzsm/index.html">网站声明</a></p>
<p>版权所有：中华人民共和国海关总署　地址：北京市东城区建国门内大街6号　邮编：100730</p>
<p>京ICP备17015317号　京公网安备11010102001089号　网站标识码：bm28000002</p>
<p><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=bm28000002" target="_blank"><img src="./%(S)s/jiucuo.png" alt="政府网站找错"></a></p></div>
<script type="text/javascript">
function doZoom(size){var el=document.getElementById('easysiteText');if(el){el.style.fontSize=size+'px';}}
</script>
</body></html>
""" % dict(saved=saved_from(B_URL), num=B_NUM, title=B_TITLE, S=S, body="\n".join(body), att=B_ATT)
    path = os.path.join(HERE, B_STEM + ".html")
    with open(path, "w", encoding="gbk") as fh:
        fh.write(html)
    return path


# ====================================================================== C  西安市人民政府 政策文件 (dl metadata, side box)
C_STEM = "blind193_xian_zhengce"
C_URL = "https://www.xa.gov.cn/gk/zcfg/szfwj/65e13a07f8fd1c1a3f0d2b6e.html"
C_TITLE = "西安市人民政府关于印发加快建设中欧班列（西安）集结中心若干措施的通知"
C_TITLE_HTML = "西安市人民政府关于印发加快建设中欧<br>班列（西安）集结中心若干措施的通知"
C_NUM = "市政发〔2024〕6号"
C_MAIN = "各区、县人民政府，西咸新区、各开发区管委会，市人民政府各工作部门、各直属机构："
C_OPEN = "《西安市加快建设中欧班列（西安）集结中心若干措施》已经市政府同意，现印发给你们，请认真贯彻落实。"
C_MTITLE = "西安市加快建设中欧班列（西安）集结中心若干措施"
C_INTRO = "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，加快建设中欧班列（西安）集结中心，打造内陆地区效率高、成本低、服务优的国际贸易通道，结合我市实际，制定如下措施。"
C_SECTIONS = [
    ("一、提升集结中心通道能级", [
        "1．支持西安国际港务区加快西安铁路集装箱中心站（新筑站）扩能改造，2024年底前新增到发线4条，年作业能力提升至500万标箱。",
        "2．对新开通并常态化运行（每月至少开行4列）的中欧班列（西安）国际线路，给予线路开发企业一次性奖励100万元；对新开通的国内集结线路，给予一次性奖励30万元。",
        "3．对通过中欧班列（西安）运输的进出口货物，按照下表标准给予运费补贴，单个企业年度补贴最高不超过500万元：",
    ]),
    ("二、拓展多元货源", [
        "4．支持西安综合保税区、西安高新综合保税区、西安航空基地综合保税区和西安关中综合保税区开展“班列+保税”业务，对通过中欧班列运输的保税货物年货值首次突破10亿元的综合保税区运营主体，给予奖励200万元。",
        "5．在西咸新区空港新城建设“空铁联运”集疏中心，推动航空货运与中欧班列无缝衔接，2024年6月30日前实现“空铁联运”业务常态化运营。",
        "6．支持高陵区、临潼区依托装备制造、新能源汽车产业，组织本地企业通过中欧班列出口整车及零部件，对年出口整车1000辆以上的企业给予50万元奖励。",
        "7．对在西安国际港务区新设立的跨境电商海外仓运营企业，在欧洲、中亚国家自建或者租用海外仓面积达到5000平方米以上的，按照实际投资额的10%给予补助，最高不超过300万元。",
    ]),
    ("三、优化通关服务", [
        "8．推行中欧班列（西安）“一次申报、一次查验、一次放行”通关模式，西安海关对班列运输货物实施“7×24小时”预约通关。",
        "9．在中国（陕西）自由贸易试验区西安国际港务区片区复制推广中欧班列运费分段结算估价管理改革，企业可以按照境内段、境外段运费分段申报完税价格。",
        "10．支持鄠邑区、蓝田县布局农产品出口集货点，对经中欧班列出口的本地特色农产品，每标箱额外给予运费补贴500元。",
    ]),
    ("四、强化要素保障", [
        "11．市财政每年统筹安排中欧班列（西安）集结中心发展专项资金不低于5亿元，由市商务局会同市财政局制定具体实施细则。",
        "12．各区县、开发区要将集结中心配套项目优先纳入年度重点项目，优先保障建设用地指标。",
        "13．本措施与本市其他同类政策有重叠的，按照“就高不重复”原则执行。本措施由市商务局负责解释，自2024年3月1日起施行，有效期至2026年12月31日。",
    ]),
]
C_HEAD = ["线路方向", "主要到发站点", "补贴标准（元/标箱）"]
C_ROWS = [
    ("中亚方向", "阿拉木图、塔什干、比什凯克", "1500"),
    ("欧洲方向", "杜伊斯堡、汉堡、马拉舍维奇", "3000"),
    ("跨里海方向", "巴库、第比利斯、康斯坦察", "4000"),
]


def c_clauses():
    out = [C_OPEN, C_INTRO]
    for h, items in C_SECTIONS:
        for it in items:
            out.append(it)
            if it.startswith("3．"):
                for r in C_ROWS:
                    out.append("；".join("%s：%s" % (a, b) for a, b in zip(C_HEAD, r)))
    return out


C_CSS = """*{margin:0;padding:0}body{font:14px/1.8 "Microsoft YaHei";color:#222;background:#f3f3f3}
.container{width:1200px;margin:0 auto;background:#fff}.gov-header{height:150px;background:#c1121f url(header_bg.png)}
.gov-nav a{display:inline-block;padding:0 30px;line-height:50px;color:#fff}.gov-nav{background:#a30d18}
.crumbs{padding:12px 20px;color:#666}.layout{overflow:hidden}.aside{float:left;width:260px;padding:20px}
.main{float:right;width:860px;padding:20px}.aside .box{border:1px solid #e5e5e5;margin-bottom:16px}
.aside .box h3{background:#c1121f;color:#fff;padding:6px 12px;font-size:15px}.aside .box li{list-style:none;padding:6px 12px;border-bottom:1px dashed #ddd}
dl.xxgk{border:1px solid #ccc;background:#fafafa;padding:10px 20px;overflow:hidden}dl.xxgk dt{float:left;width:90px;clear:left;color:#555}dl.xxgk dd{float:left;width:300px}
.doc-title{text-align:center;font-size:24px;color:#c1121f;margin:24px 0 8px;line-height:1.5}.zwcontent{font-size:16px;line-height:2.1}
.zwcontent table{margin:10px auto;border-collapse:collapse}.zwcontent td{border:1px solid #333;padding:4px 10px}
.tools{text-align:right;color:#999;padding:16px 0}.footer{background:#333;color:#bbb;text-align:center;padding:20px 0;line-height:2}
"""


def build_xian():
    S = C_STEM + "_files"
    write_files_dir(C_STEM, C_CSS, [("header_bg.png", (1200, 150), (193, 18, 31)), ("tujie_thumb.png", (220, 124), (240, 180, 60)),
                                     ("qrcode.png", (110, 110), (30, 30, 30)), ("jiucuo.png", (110, 55), (200, 30, 30))],
                    js_names=("jquery-3.6.0.min.js", "common.js"))
    body = []
    body.append('<p style="text-align: center;">%s</p>' % C_NUM)
    body.append('<p>&nbsp;</p>')
    body.append('<p>%s</p>' % C_MAIN)
    body.append('<p style="text-indent: 2em;">%s</p>' % C_OPEN)
    body.append('<p>&nbsp;</p>')
    body.append('<p style="text-align: right; padding-right: 3em;">西安市人民政府</p>')
    body.append('<p style="text-align: right; padding-right: 3em;">2024年2月26日</p>')
    body.append('<p style="text-indent: 2em;">（此件公开发布）</p>')
    body.append('<p>&nbsp;</p>')
    body.append('<p style="text-align: center;"><strong><span style="font-size: 22px;">%s</span></strong></p>' % C_MTITLE)
    body.append('<p>&nbsp;</p>')
    body.append('<p style="text-indent: 2em;">%s</p>' % C_INTRO)
    for h, items in C_SECTIONS:
        body.append('<p style="text-indent: 2em;"><span style="font-family: 黑体;">%s</span></p>' % h)
        for it in items:
            body.append('<p style="text-indent: 2em;">%s</p>' % it)
            if it.startswith("3．"):
                t = ['<table border="1" cellspacing="0" cellpadding="0" width="80%"><tbody>',
                     "<tr>" + "".join('<td style="text-align: center;"><strong>%s</strong></td>' % h2 for h2 in C_HEAD) + "</tr>"]
                for r in C_ROWS:
                    t.append("<tr>" + "".join('<td style="text-align: center;">%s</td>' % v for v in r) + "</tr>")
                t.append("</tbody></table>")
                body.append("\n".join(t))
    html = """<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="西安市人民政府">
<meta name="SiteDomain" content="www.xa.gov.cn">
<meta name="SiteIDCode" content="6101000033">
<meta name="ColumnName" content="市政府文件">
<meta name="ColumnType" content="政策文件">
<meta name="ArticleTitle" content="%(title)s">
<meta name="PubDate" content="2024-03-01 09:30">
<meta name="ContentSource" content="西安市人民政府办公厅">
<title>%(title)s - 西安市人民政府</title>
<link rel="stylesheet" href="%(S)s/common.css">
<script src="%(S)s/jquery-3.6.0.min.js"></script>
<script src="%(S)s/common.js"></script>
</head>
<body>
<div class="container">
<div class="gov-top"><a href="https://www.xa.gov.cn/">西安市人民政府</a>　<a href="https://www.shaanxi.gov.cn/" target="_blank">陕西省人民政府</a>　<a href="javascript:void(0);" id="toolbarBtn">无障碍</a>　<a href="javascript:void(0);" id="careBtn">关怀版</a>　<a href="https://www.xa.gov.cn/m/">移动版</a></div>
<div class="gov-header"><a href="https://www.xa.gov.cn/" class="logo" title="西安市人民政府"><span>西安市人民政府</span><span>www.xa.gov.cn</span></a>
<form class="search" action="https://www.xa.gov.cn/search/" method="get"><input name="q" placeholder="搜索本站内容"><button type="submit">搜索</button></form></div>
<div class="gov-nav"><a href="https://www.xa.gov.cn/">首页</a><a href="https://www.xa.gov.cn/xw/">要闻动态</a><a href="https://www.xa.gov.cn/gk/" class="active">政务公开</a><a href="https://www.xa.gov.cn/bs/">政务服务</a><a href="https://www.xa.gov.cn/hd/">互动交流</a><a href="https://www.xa.gov.cn/sq/">走进西安</a></div>
<div class="crumbs">您当前的位置：<a href="https://www.xa.gov.cn/">首页</a> &gt; <a href="https://www.xa.gov.cn/gk/">政务公开</a> &gt; <a href="https://www.xa.gov.cn/gk/zcfg/">政策文件</a> &gt; <a href="https://www.xa.gov.cn/gk/zcfg/szfwj/">市政府文件</a></div>
<div class="layout">
<div class="aside">
<div class="box jiedu"><h3>政策解读</h3><ul>
<li><a href="https://www.xa.gov.cn/gk/zcfg/zcjd/65e1406bf8fd1c1a3f0d2c01.html" target="_blank">《西安市加快建设中欧班列（西安）集结中心若干措施》政策解读</a><span class="date">2024-03-01</span></li>
<li><a href="https://www.xa.gov.cn/gk/zcfg/zcjd/65e1412ff8fd1c1a3f0d2c07.html" target="_blank"><img src="%(S)s/tujie_thumb.png" alt=""><br>一图读懂｜西安市加快建设中欧班列（西安）集结中心若干措施</a><span class="date">2024-03-01</span></li>
</ul></div>
<div class="box xgwj"><h3>相关文件</h3><ul>
<li><a href="https://www.shaanxi.gov.cn/zfxxgk/zcwjk/202311/t20231120_2307789.html" target="_blank">陕西省人民政府关于印发中国（陕西）自由贸易试验区提升战略行动方案的通知</a></li>
<li><a href="https://www.xa.gov.cn/gk/zcfg/szfbgtwj/63f7154bf8fd1c4c21d8e3a4.html" target="_blank">西安市人民政府办公厅关于印发2023年中欧班列（西安）集结中心建设工作要点的通知</a></li>
<li><a href="https://www.xa.gov.cn/gk/zcfg/szfwj/64a3c0e5f8fd1c4c21da71b2.html" target="_blank">西安市人民政府关于支持西安国际港务区高质量发展的若干意见</a></li>
</ul></div>
<div class="box"><h3>扫码阅读</h3><img src="%(S)s/qrcode.png" alt="手机扫码阅读"></div>
</div>
<div class="main">
<dl class="xxgk">
<dt>索&nbsp;引&nbsp;号：</dt><dd>11610100MB2960745P/2024-00031</dd>
<dt>主题分类：</dt><dd>商贸、海关、旅游\\对外经贸合作</dd>
<dt>发文机关：</dt><dd>西安市人民政府</dd>
<dt>成文日期：</dt><dd>2024年02月26日</dd>
<dt>发文字号：</dt><dd>%(num)s</dd>
<dt>发布日期：</dt><dd>2024年03月01日</dd>
<dt>有&nbsp;效&nbsp;性：</dt><dd class="yxx">有效</dd>
<dt>标　　题：</dt><dd class="bt">%(title)s</dd>
</dl>
<h1 class="doc-title">%(title_html)s</h1>
<div class="zwcontent" id="zoom">
%(body)s
</div>
<div class="tools">【字号 <a href="javascript:changeFont(18)">大</a> <a href="javascript:changeFont(16)">中</a> <a href="javascript:changeFont(14)">小</a>】　<a href="javascript:doPrint();">【打印】</a>　<a href="javascript:window.close();">【关闭】</a>
<div class="share">分享：<a href="javascript:void(0);" class="wechat">微信</a><a href="javascript:void(0);" class="weibo">微博</a><a href="javascript:void(0);" class="qzone">QQ空间</a></div></div>
</div>
</div>
<div class="footer">
<p><a href="https://www.xa.gov.cn/wzdt/">网站地图</a> | <a href="https://www.xa.gov.cn/lxwm/">联系我们</a> | <a href="https://www.xa.gov.cn/wzsm/">网站声明</a></p>
<p>主办：西安市人民政府办公厅　承办：西安市大数据资源管理局　地址：西安市未央区凤城八路109号</p>
<p>网站标识码：6101000033　<a href="https://beian.miit.gov.cn/" target="_blank">陕ICP备05004618号-1</a>　陕公网安备 61011202000136号</p>
<p><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=6101000033" target="_blank"><img src="%(S)s/jiucuo.png" alt="政府网站找错"></a></p>
</div>
</div>
</body></html>
""" % dict(title=C_TITLE, title_html=C_TITLE_HTML, num=C_NUM, S=S, body="\n".join(body))
    path = os.path.join(HERE, C_STEM + ".html")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(html)
    return path


# ====================================================================== D  义乌 融媒体 news reprint of 金华市人民政府 通知
D_STEM = "blind193_yiwu_news"
D_URL = "https://www.yiwunews.cn/news/202408/t20240809_5318426.shtml"
D_HEADLINE = "权威发布丨金华市政府发文支持“义新欧”班列高质量发展，事关义乌综保区、小商品出口"
D_TITLE = "金华市人民政府关于进一步支持“义新欧”中欧班列高质量发展的通知"
D_NUM = "金政发〔2024〕21号"
D_MAIN = "各县（市、区）人民政府，金华开发区管委会，市政府各部门："
D_OPEN = "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，进一步巩固提升“义新欧”中欧班列（以下简称班列）运营质效，加快建设“一带一路”重要枢纽，经市政府同意，现就有关事项通知如下："
D_SECTIONS = [
    ("一、稳定班列开行规模", [
        ("（一）支持常态化开行。", "以义乌西站、金华南站为核心站点，2024年全市班列开行数量保持在2500列以上，其中回程班列占比不低于30%。对年开行量比上年增长10%以上的平台公司，由市财政给予100万元奖励。"),
        ("（二）拓展线路网络。", "支持新开通至中亚、中东欧及跨里海方向的线路，对新线路首年开行满24列的，给予平台公司一次性奖励50万元。"),
    ]),
    ("二、拓展双向货源", [
        ("（一）做强义乌出口货源。", "支持义乌市依托中国小商品城和市场采购贸易方式试点，组织小商品经班列出口，对年度经班列出口货值超过1亿元的外贸企业给予20万元奖励，所需资金由市与义乌市按1∶1比例分担。"),
        ("（二）扩大进口商品落地。", "支持义乌综合保税区、金义综合保税区开展班列进口商品保税仓储、保税展示交易业务，|对经班列进口并在综合保税区内落地加工的企业，按进口额的1%给予补助，单个企业最高50万元。"),
        ("（三）联动县域特色产业。", "推动永康市五金工具、东阳市磁性材料、武义县休闲用品、浦江县水晶制品等县域特色产品“抱团”集拼出口，各县（市、区）可以结合实际给予集拼补贴。"),
    ]),
    ("三、提升枢纽服务能级", [
        ("（一）深化自贸试验区改革。", "在中国（浙江）自由贸易试验区金义片区试行“班列+海关监管仓”一体化监管模式，探索班列运单物权化改革，2024年底前形成可复制推广案例2项以上。"),
        ("（二）完善集疏运体系。", "加快义乌铁路口岸（苏溪）扩能、兰溪港区铁水联运码头建设，推动“义甬舟”开放大通道与班列有效衔接。"),
    ]),
    ("四、强化组织保障", [
        ("（一）加强统筹协调。", "市商务局牵头建立班列发展工作专班，会同金华海关、市财政局等部门每季度召开工作例会，协调解决班列运营中的重大问题。"),
        ("（二）明确政策期限。", "本通知自2024年9月1日起施行，有效期至2027年8月31日。各县（市、区）已出台的同类政策与本通知不一致的，按照“从优不重复”原则执行。"),
    ]),
]


def d_clauses():
    out = [D_OPEN]
    for h, items in D_SECTIONS:
        for a, b in items:
            out.append(a + b.replace("|", ""))
    return out


D_CSS = """body{margin:0;font:16px/1.9 "PingFang SC","Microsoft YaHei";color:#222}
.wrap{width:1100px;margin:0 auto}.site-top{background:#0a58a6;color:#fff;height:36px;line-height:36px}
.site-head{height:110px;background:#fff url(logo.png) no-repeat 0 20px}.site-nav{background:#0a58a6}
.site-nav a{color:#fff;display:inline-block;padding:0 22px;line-height:46px}.bread{color:#777;padding:12px 0}
.article h1{font-size:28px;line-height:1.5;margin:10px 0}.article .info{color:#888;font-size:14px;border-bottom:1px solid #eee;padding-bottom:10px}
.article .content p{margin:0 0 14px}.article .content img{display:block;margin:0 auto;max-width:800px}
.editor{color:#888;text-align:right}.share-bar{margin:20px 0}.news-rel li{line-height:34px}
.site-foot{background:#f2f2f2;color:#666;text-align:center;font-size:13px;padding:20px 0}
"""


def build_yiwu():
    S = D_STEM + "_files"
    write_files_dir(D_STEM, D_CSS, [("logo.png", (420, 70), (10, 88, 166)), ("2024080917452201.jpg", (800, 450), (90, 110, 130)),
                                     ("wx_qr.png", (100, 100), (20, 20, 20)), ("app_qr.png", (100, 100), (20, 20, 20))],
                    js_names=("jquery.min.js", "article.js"))
    ind = "　　"
    body = []
    body.append('<p>%s近日，金华市人民政府印发《关于进一步支持“义新欧”中欧班列高质量发展的通知》（以下简称《通知》），从稳定班列开行规模、拓展双向货源、提升枢纽服务能级、强化组织保障等4个方面提出9条具体举措，其中多条举措直接惠及我市外贸企业。</p>' % ind)
    body.append('<p>%s记者从市商务局获悉，今年1—7月，“义新欧”班列（义乌平台）累计开行1420列，同比增长8.6%%。《通知》明确对经班列进口并在义乌综合保税区内落地加工的企业给予补助，将进一步巩固我市作为“一带一路”重要节点城市的地位。</p>' % ind)
    body.append('<p style="text-align: center;"><img src="./%s/2024080917452201.jpg" alt="" width="800" height="450"></p>' % S)
    body.append('<p style="text-align: center;"><span style="font-size: 14px; color: #666;">“义新欧”中欧班列从义乌西站驶出。（资料图）　记者 吴峰 摄</span></p>')
    body.append('<p>%s以下为《通知》全文：</p>' % ind)
    body.append('<p>&nbsp;</p>')
    body.append('<p style="text-align: center;"><strong>金华市人民政府<br>关于进一步支持“义新欧”中欧班列高质量发展的通知</strong></p>')
    body.append('<p style="text-align: center;">%s</p>' % D_NUM)
    body.append('<p>%s</p>' % D_MAIN)
    body.append('<p>%s%s</p>' % (ind, D_OPEN))
    for h, items in D_SECTIONS:
        body.append('<p>%s<strong>%s</strong></p>' % (ind, h))
        for a, b in items:
            body.append('<p>%s<strong>%s</strong>%s</p>' % (ind, a, b.replace("|", "<br>")))
    body.append('<p>&nbsp;</p>')
    body.append('<p>' + "&nbsp;" * 60 + '金华市人民政府</p>')
    body.append('<p>' + "&nbsp;" * 58 + '2024年8月2日</p>')
    body.append('<p>%s（此件公开发布）</p>' % ind)
    body.append('<p>&nbsp;</p>')
    body.append('<p>%s据悉，市商务局将于近期出台配套实施细则，进一步明确奖励申报流程和资金拨付方式。企业如有疑问，可拨打咨询电话0579-85522306。</p>' % ind)
    html = """<!DOCTYPE html>
%(saved)s
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="keywords" content="义新欧,中欧班列,金华,义乌综合保税区">
<meta name="description" content="近日，金华市人民政府印发《关于进一步支持“义新欧”中欧班列高质量发展的通知》……">
<meta property="og:title" content="%(headline)s">
<title>%(headline)s-义乌新闻网</title>
<link rel="stylesheet" href="./%(S)s/common.css">
<script src="./%(S)s/jquery.min.js"></script>
</head>
<body>
<div class="site-top"><div class="wrap">义乌市融媒体中心主办　<a href="https://www.yiwunews.cn/epaper/" style="color:#fff">义乌商报电子版</a>　<a href="https://www.yiwunews.cn/app/" style="color:#fff">下载“爱义乌”APP</a><span style="float:right">2024年8月9日 星期五</span></div></div>
<div class="site-head"><div class="wrap"><a href="https://www.yiwunews.cn/" title="义乌新闻网"><img src="./%(S)s/logo.png" alt="义乌新闻网"></a></div></div>
<div class="site-nav"><div class="wrap"><a href="https://www.yiwunews.cn/">首页</a><a href="https://www.yiwunews.cn/news/">义乌新闻</a><a href="https://www.yiwunews.cn/zj/">镇街</a><a href="https://www.yiwunews.cn/sm/">商贸</a><a href="https://www.yiwunews.cn/ms/">民生</a><a href="https://www.yiwunews.cn/st/">视听</a><a href="https://www.yiwunews.cn/zt/">专题</a><a href="https://www.yiwunews.cn/pl/">评论</a></div></div>
<div class="wrap">
<div class="bread">当前位置：<a href="https://www.yiwunews.cn/">首页</a> &gt; <a href="https://www.yiwunews.cn/news/">义乌新闻</a> &gt; <a href="https://www.yiwunews.cn/news/yw/">要闻</a></div>
<div class="article">
<h1>%(headline)s</h1>
<div class="info"><span>2024-08-09 17:45:22</span>　<span>来源：义乌商报</span>　<span>记者 楼晓丹　通讯员 金商宣</span>　<span>阅读：<em id="hits">5236</em></span></div>
<div class="content" id="article-content">
%(body)s
</div>
<p class="editor">责任编辑：陈佳怡　　审核：楼军</p>
<div class="share-bar">分享到：<a href="javascript:void(0);" class="wx">微信</a> <a href="javascript:void(0);" class="wb">微博</a> <a href="javascript:void(0);" class="qq">QQ</a>　<a href="javascript:window.print();">打印</a>　<a href="javascript:window.close();">关闭</a></div>
<div class="news-rel"><h3>相关新闻</h3><ul>
<li><a href="https://www.yiwunews.cn/news/202407/t20240726_5309130.shtml">义乌市人民政府办公室关于印发义乌市推进跨境电商高质量发展若干措施的通知</a><span>2024-07-26</span></li>
<li><a href="https://www.yiwunews.cn/news/202408/t20240802_5313377.shtml">“义新欧”班列今年开行突破1400列</a><span>2024-08-02</span></li>
<li><a href="https://www.yiwunews.cn/news/202406/t20240618_5287645.shtml">义乌综合保税区首单“班列+保税”业务落地</a><span>2024-06-18</span></li>
</ul></div>
</div>
</div>
<div class="site-foot"><div class="wrap">
<p><img src="./%(S)s/wx_qr.png" alt="微信公众号"> <img src="./%(S)s/app_qr.png" alt="爱义乌APP"></p>
<p>义乌市融媒体中心版权所有，未经书面授权禁止使用　地址：浙江省义乌市稠城街道宾王路158号</p>
<p>浙ICP备05035602号-1　浙公网安备 33078202000166号　互联网新闻信息服务许可证：33120190011</p>
<p>违法和不良信息举报电话：0579-85333110</p>
</div></div>
<script src="./%(S)s/article.js"></script>
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?5c1a9b7e";})();</script>
</body></html>
""" % dict(saved=saved_from(D_URL), headline=D_HEADLINE, S=S, body="\n".join(body))
    path = os.path.join(HERE, D_STEM + ".html")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(html)
    return path


# ====================================================================== expected.json
def expected():
    out = {}
    a_clauses = [A_OPEN] + [h + t for h, t in A_ITEMS] + a_row_clauses()
    out[A_STEM] = [{
        "meta": {
            "title": A_TITLE, "doc_number": A_NUM, "issuer": ["黑龙江省商务厅"],
            "date": "2024-05-20", "published": "2024-05-23", "level": "provincial", "region": "黑龙江省",
            "effective": None, "expires": None, "attachments": [A_ATT], "doc_type": "通知（印发任务清单）",
            "recipients": ["各市（地）商务主管部门", "中国（黑龙江）自由贸易试验区哈尔滨片区、黑河片区、绥芬河片区管委会", "省直有关单位"],
            "publicity": "此件公开发布",
        },
        "clauses": a_clauses,
        "applies_to": {
            "default": "黑龙江省",
            "specific": {
                "三、": "绥芬河市、东宁市（牡丹江市）、黑河市、同江市（佳木斯市）、抚远市（佳木斯市）",
                "四、": "黑河、绥芬河、东宁边民互市贸易区；哈尔滨片区（second sentence）",
                "序号1": "哈尔滨市（哈尔滨国际集装箱中心站）",
                "序号2": "黑河市（黑河公路口岸）",
                "序号3": "同江市",
                "序号4": "绥芬河综合保税区（绥芬河市）",
                "序号5": "东宁市（东宁边民互市贸易区）",
                "序号7": "抚远市",
                "序号8": "哈尔滨片区（哈尔滨新区）",
                "序号9": "黑河片区（黑河市）",
            },
            "note": "俄罗斯 / 符拉迪沃斯托克（海参崴）/ 滨海边疆区 / 哈巴罗夫斯克边疆区 (序号10, 11, 4) are foreign: they must not place a clause abroad — rows 6, 10, 11 apply to 黑龙江省 as a whole (牡丹江市/黑河市 in row 11's 配合单位 tolerable). 哈尔滨市南岗区 in the footer address is furniture.",
        },
        "_note": (
            "Browser-saved page (Chrome “Webpage, Complete”: saved-from comment, _files folder). Furniture: top bar, header/logo, search, nav, breadcrumb 首页 > 政务公开 > 通知公告, h1 title (same as the document title), info line 发布时间 2024-05-23 15:06 / 来源 / 浏览次数 / 字体, the tab bar <li>正文</li><li>附件</li> (not clauses, not headings), share + 打印本页/关闭窗口, QR, 相关文章 list (three titles of other 通知 — not documents, not attachments), footer (address, ICP, 网站标识码). "
            "Tab 1 (正文, display:block): 文号 right-aligned at the top, 主送, 1 opening paragraph, items 一、…五、 each a whole paragraph with a bold run-in heading (heading + text = one clause), 联系人 line (furniture; as a clause tolerable low), 附件说明 附件：<a>…</a> (a link that switches tab), 落款 黑龙江省商务厅 / 2024年5月20日 right-aligned, （此件公开发布）. "
            "Tab 2 (附件) is HIDDEN in the saved DOM (style=\"display: none;\") but is the document's attachment: label 附件, title 2024年黑龙江省对俄经贸合作重点任务清单 (heading), a 6-column table 序号/重点任务/主要内容/牵头单位/配合单位/完成时限 whose header row is made of <td><strong> (not <th>), 3 category rows (一、畅通对俄物流通道 / 二、… / 三、…, colspan=6: group headings, not rows, must not shift columns), 11 task rows; rows 4–5 share 配合单位 牡丹江海关 and 完成时限 2024年12月 via rowspan=2 (row 5 must still get both values); cells of rows 1 and 3 contain <br> inside 配合单位 (joined with no space). Then 附件下载：….xlsx (furniture). "
            "Dropping the hidden tab is HIGH (11 clauses lost). The attachment must not become a second document; its rows belong to this 通知. date 2024-05-20 (落款); published 2024-05-23 (page date). No effective/expires (a 任务清单 notice has none; effective = 2024-05-20 tolerable low). Deadlines (2024-06-15, 2024-10-31, 2024-12-15, 完成时限) are not document dates. 17 clauses."
        ),
    }]
    b_clauses = list(B_CLAUSES) + b_row_clauses() + list(B_NOTES)
    out[B_STEM] = [{
        "meta": {
            "title": B_TITLE, "doc_number": B_NUM, "issuer": ["海关总署"],
            "date": "2024-10-12", "published": "2024-10-15", "level": "national", "region": "全国",
            "effective": "2024-11-01", "expires": None, "attachments": [B_ATT], "doc_type": "公告",
            "recipients": [], "publicity": None,
            "repeals": ["海关总署公告2022年第46号"],
        },
        "clauses": b_clauses,
        "applies_to": {
            "default": "全国 (operative only in the 10 试点地区 listed in 一、: 广西东兴市、凭祥市、龙州县、宁明县、靖西市、那坡县；云南瑞丽市、河口瑶族自治县、勐腊县、耿马傣族佤族自治县)",
            "specific": {
                "一、": "广西壮族自治区东兴市、凭祥市、龙州县、宁明县、靖西市、那坡县；云南省瑞丽市、河口瑶族自治县、勐腊县、耿马傣族佤族自治县",
                "四、": "南宁海关、昆明海关 → 广西壮族自治区、云南省 (the 试点地区)",
                "序号4": "河口瑶族自治县（云南）",
                "序号5": "东兴市、凭祥市（广西）",
                "序号6": "瑞丽市、耿马傣族佤族自治县（云南）",
                "序号9": "东兴市（广西）",
                "序号10": "勐腊县（云南）",
                "序号11": "凭祥市、龙州县（广西）",
            },
            "note": "Rows with an empty 适用试点地区 apply in all 10 试点地区 (说明2 / 三、) — tagging them with the whole list or with 全国 both fine. 北京市东城区 in the footer is furniture. Tagging 一、 only with 广西/云南 (province level) is low.",
        },
        "_note": (
            "Browser-saved page (Chrome, saved-from comment) served and saved in GB2312/GBK (<meta … charset=gb2312>): the reader must decode it, not mojibake. XHTML 1.0 doctype. Furniture: top bar (date 今天是：2024年10月16日 — not a document date), header with 国徽 and 中华人民共和国海关总署 / English name, nav, breadcrumb 首页 > 信息公开 > 海关法规 > 海关总署公告, the h2 page title “海关总署公告2024年第156号（关于发布《…》的公告）” which combines 文号 and title (must be split: doc_number 海关总署公告2024年第156号, title 关于发布…的公告 — “海关总署关于发布…的公告” equally good), 发布时间 2024-10-15 / 信息来源 口岸监管司 / 字体, a <style> block INSIDE the content div (TRS_Editor CSS text — must not become a clause), 附件下载 .docx link, 打印本页/关闭窗口/分享, 相关链接 (three other 公告 titles, one of them the repealed 2022年第46号 — not documents), footer. "
            "Body: 文号 and title repeated as two centred bold lines (headings, not clauses), opening paragraph ending 公告如下： (a clause), 一、…五、 whole-paragraph items, 特此公告。 (closing formula; as a clause low), 附件说明, 落款 海关总署 / 2024年10月12日 right-aligned. Then the attachment INLINE after the 落款: label 附件, the 目录 title (heading), a 4-column table 序号/商品编码/商品名称/适用试点地区 with a real <thead><th> header row, 11 rows, 商品编码 as 10-digit strings with a leading 0 (0714101000 — must stay text, not 714101000), empty 适用试点地区 cells holding &nbsp; (the expected row text omits the empty column; ‘适用试点地区：’ with nothing after it is fine). "
            "Then the 说明 under the table: “说明：1．…” in one paragraph and 2．/3． in their own paragraphs — three note clauses (expected text without the 说明： prefix; keeping it on the first is fine); they must not be glued to row 11 or become table rows. "
            "公告 has no 主送 (recipients empty) and no （此件公开发布）. effective 2024-11-01 (五、); expires null; repeals 海关总署公告2022年第46号. date 2024-10-12 (落款); published 2024-10-15 (page). 20 clauses."
        ),
    }]
    out[C_STEM] = [{
        "meta": {
            "title": C_TITLE, "doc_number": C_NUM, "issuer": ["西安市人民政府"],
            "date": "2024-02-26", "published": "2024-03-01", "level": "municipal", "region": "陕西省西安市",
            "effective": "2024-03-01", "expires": "2026-12-31", "attachments": [], "doc_type": "通知（印发若干措施）",
            "recipients": ["各区、县人民政府", "西咸新区、各开发区管委会", "市人民政府各工作部门、各直属机构"],
            "publicity": "此件公开发布",
            "index_no": "11610100MB2960745P/2024-00031", "validity": "有效",
        },
        "clauses": c_clauses(),
        "applies_to": {
            "default": "陕西省西安市",
            "specific": {
                "一、1．": "西安国际港务区（西安铁路集装箱中心站/新筑站）",
                "二、4．": "西安综合保税区、西安高新综合保税区、西安航空基地综合保税区、西安关中综合保税区",
                "二、5．": "西咸新区空港新城",
                "二、6．": "高陵区、临潼区",
                "二、7．": "西安国际港务区",
                "三、9．": "中国（陕西）自由贸易试验区西安国际港务区片区",
                "三、10．": "鄠邑区、蓝田县",
            },
            "note": "The table rows under item 3 name foreign stations (阿拉木图、塔什干、比什凯克、杜伊斯堡、汉堡、马拉舍维奇、巴库、第比利斯、康斯坦察) — destinations, not places of application: rows apply in 西安市. 欧洲、中亚国家 in 7． likewise. 西安市未央区 in the footer is furniture; the 相关文件 side box names 陕西省 / 西安国际港务区 only in link titles (furniture).",
        },
        "_note": (
            "Browser-saved page (Firefox-style: no saved-from comment, relative href=\"<stem>_files/…\"). Furniture: top links, header, search, nav, breadcrumb 首页 > 政务公开 > 政策文件 > 市政府文件; a LEFT side box placed BEFORE the main column in the DOM: 政策解读 (link “《…若干措施》政策解读”, an 一图读懂 link with a thumbnail, dates 2024-03-01) + 相关文件 (three titles of other documents) + 扫码阅读 — none of these are attachments, clauses or documents. "
            "信息公开 metadata as <dl class=\"xxgk\"><dt>…：</dt><dd>…</dd>: 索 引 号 (dt written with &nbsp; between characters), 主题分类, 发文机关 西安市人民政府, 成文日期 2024年02月26日, 发文字号 市政发〔2024〕6号, 发布日期 2024年03月01日, 有 效 性 有效, 标　　题 — consistent with the body; the metadata values are not clauses. h1 title with a <br> splitting the word 中欧|班列 — joined with no space. "
            "Body: 文号 centred, 主送 (3 parts), 1 notice paragraph, 落款 西安市人民政府 / 2024年2月26日 right-aligned, （此件公开发布）, then the 措施 with NO 附件 label (the 印发 object follows the 通知 directly; attachments = [] — listing the 措施 title as an attachment is fine, taste): its centred title (heading), intro paragraph, headings 一、…四、 (own paragraphs, 黑体, no text of their own), items 1．…13． numbered CONTINUOUSLY across the headings (label 一、3． vs 3． both fine, but 二、4． must not restart at 1), and a 3-column table (线路方向/主要到发站点/补贴标准（元/标箱）, header row as <td><strong>, 3 rows) right after item 3 (rows in order after item 3, before item 4). "
            "effective 2024-03-01, expires 2026-12-31 (13．). date 2024-02-26; published 2024-03-01. 2024-06-30 (5．) is a deadline. 18 clauses."
        ),
    }]
    out[D_STEM] = [{
        "meta": {
            "title": D_TITLE, "doc_number": D_NUM, "issuer": ["金华市人民政府"],
            "date": "2024-08-02", "published": None, "level": "municipal", "region": "浙江省金华市",
            "effective": "2024-09-01", "expires": "2027-08-31", "attachments": [], "doc_type": "通知",
            "recipients": ["各县（市、区）人民政府", "金华开发区管委会", "市政府各部门"],
            "publicity": "此件公开发布",
        },
        "clauses": d_clauses(),
        "applies_to": {
            "default": "浙江省金华市",
            "specific": {
                "一、（一）": "义乌市（义乌西站）、金东区（金华南站）",
                "二、（一）": "义乌市",
                "二、（二）": "义乌综合保税区（义乌市）、金义综合保税区（金东区）",
                "二、（三）": "永康市、东阳市、武义县、浦江县",
                "三、（一）": "中国（浙江）自由贸易试验区金义片区",
                "三、（二）": "义乌市（苏溪，义乌铁路口岸）、兰溪市（兰溪港区）",
            },
            "note": "中亚、中东欧、跨里海 (一、（二）) are destinations, not places. The page is a 义乌 (county-level) news site: that must not make the document county-level or place it in 义乌市 — the 通知 is 金华市's. 义乌市稠城街道 in the footer is furniture.",
        },
        "_note": (
            "Browser-saved news article (Chrome, saved-from comment) of a 县级 融媒体中心. The page's h1 is a NEWS HEADLINE (权威发布丨金华市政府发文支持…，事关义乌综保区、小商品出口) — not the document title; the info line (2024-08-09 17:45:22, 来源：义乌商报, 记者/通讯员, 阅读) is the article's, not the document's. "
            "Around the reprint: 2 导语 paragraphs (news: 近日，金华市人民政府印发《…》…提出9条具体举措 / 记者从市商务局获悉…1—7月…1420列), a photo and its caption (“义新欧”中欧班列从义乌西站驶出。（资料图） 记者 吴峰 摄), “以下为《通知》全文：”, and AFTER the document a closing news paragraph (据悉，市商务局将于近期出台配套实施细则…咨询电话…), then 责任编辑/审核, share/打印/关闭, 相关新闻 (one link titled like a document: 义乌市人民政府办公室关于印发…的通知 — not a document). None of these are clauses of the 通知; the document is only the reprinted text. "
            "The reprint: title as one centred bold paragraph with a <br> after the organ name (金华市人民政府⏎关于进一步…的通知 — joined with no space), 文号 金政发〔2024〕21号 centred, 主送 (3 parts), paragraphs indented with two full-width spaces “　　” typed into the text (not CSS — strip them), opening paragraph, headings 一、…四、 (bold, own paragraphs), run-in bold （一）（二）（三） items restarting under each heading (heading + text = one clause; 一、（一） ≠ 二、（一）); item 二、（二） contains a <br> in mid-sentence (joined with no space). 落款 pushed right with &nbsp; runs (金华市人民政府 / 2024年8月2日), （此件公开发布）. "
            "date 2024-08-02; published unknown (the 2024-08-09 news date is the reprint's — taking it is low); effective 2024-09-01, expires 2027-08-31 (四、（二）). 10 clauses."
        ),
    }]
    return out


def main():
    files = [build_hlj(), build_customs(), build_xian(), build_yiwu()]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
