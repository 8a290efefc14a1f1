# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, C408, UP031, UP032
"""Blind round 208: 人大 and 司法厅 web pages saved from the browser as HTML ("网页，全部").

Four pages, each an .html with its assets in a blind208_<short>_files/ folder, written next to itself:
  blind208_shaanxi_luogang.html   陕西人大网: 陕西省人民代表大会常务委员会公告（第二十六号）carrying the
      地方性法规《陕西省“一带一路”国际陆港建设促进条例》: 题注 (…会议通过), 目录, 第一章…第六章,
      第一条…第二十八条, 款 as separate <p>, items （一）（二）（三） + a trailing 款. Chrome save (UTF-8).
  blind208_ningbo_jueding.html    宁波人大: 宁波市人民代表大会常务委员会关于修改《宁波市跨境贸易便利化条例》的决定;
      题注 with 通过 + 省人大常委会批准 dates; items 一、…十、 quoting new article text in “”,
      multi-paragraph quotes (each paragraph opens with “), quoted items “（一）…; old table layout,
      body one <td> with <br> line breaks and 　　 indents; GBK-encoded (charset=gb2312). Chrome save.
  blind208_sichuan_beian.html     四川省司法厅: 2024年第四季度行政规范性文件备案登记情况的公示; 信息公开
      metadata box (索引号/成文日期/发布日期), Word-pasted table 序号/文件名称/制定机关/文号/备案日期
      with a rowspan, <br> inside cells, rows naming 片区 and 综保区. Chrome save (UTF-8).
  blind208_yunnan_jiedu.html      云南人大网: 《云南省沿边开放口岸促进条例》解读, 问答 under <h4> questions,
      sidebar with <h4> boxes (相关阅读/热点专题), 上一篇/下一篇. Firefox save (no saved-from comment).
  expected.json

Run:  . /work/venv/bin/activate && python make_blind208.py     (needs only Pillow, which the venv has)
"""
import json
import os
import random

from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))
FS = "　"  # full-width space


# ================================================================ assets
def png(path, w, h, color, stripes=None, qr=False, seed=0):
    im = Image.new("RGB", (w, h), color)
    d = ImageDraw.Draw(im)
    if stripes:
        for i, c in enumerate(stripes):
            d.rectangle([0, i * h // len(stripes), w, (i + 1) * h // len(stripes)], fill=c)
    if qr:
        rnd = random.Random(seed)
        cell = max(2, w // 29)
        for y in range(0, h, cell):
            for x in range(0, w, cell):
                if rnd.random() < 0.45:
                    d.rectangle([x, y, x + cell - 1, y + cell - 1], fill=(0, 0, 0))
        for ox, oy in ((0, 0), (w - 7 * cell, 0), (0, h - 7 * cell)):
            d.rectangle([ox, oy, ox + 7 * cell - 1, oy + 7 * cell - 1], fill=(0, 0, 0))
            d.rectangle([ox + cell, oy + cell, ox + 6 * cell - 1, oy + 6 * cell - 1], fill=(255, 255, 255))
            d.rectangle([ox + 2 * cell, oy + 2 * cell, ox + 5 * cell - 1, oy + 5 * cell - 1], fill=(0, 0, 0))
    im.save(path)


def write_assets(stem, files):
    """files: {name: str | ('png', kwargs)}"""
    folder = os.path.join(HERE, stem + "_files")
    os.makedirs(folder, exist_ok=True)
    for name, content in files.items():
        p = os.path.join(folder, name)
        if isinstance(content, tuple):
            png(p, **content[1])
        else:
            with open(p, "w", encoding="utf-8") as fh:
                fh.write(content)
    return "./" + stem + "_files/"


def saved_from(url):
    return "<!-- saved from url=(%04d)%s -->" % (len(url), url)


JQ_STUB = "/*! jQuery v1.12.4 | (c) jQuery Foundation | jquery.org/license */\n!function(a,b){\"object\"==typeof module&&\"object\"==typeof module.exports?module.exports=a.document?b(a,!0):function(a){if(!a.document)throw new Error(\"jQuery requires a window with a document\");return b(a)}:b(a)}(\"undefined\"!=typeof window?window:this,function(a,b){var c=[],d=a.document;var n=function(a,b){return new n.fn.init(a,b)};n.fn=n.prototype={jquery:\"1.12.4\",constructor:n};a.jQuery=a.$=n;return n});\n"

SHARE_JS = "window._bd_share_config={\"common\":{\"bdSnsKey\":{},\"bdText\":\"\",\"bdMini\":\"2\",\"bdPic\":\"\",\"bdStyle\":\"0\",\"bdSize\":\"16\"},\"share\":{}};\n(function(){var s=document.createElement('script');s.src='http://bdimg.share.baidu.com/static/api/js/share.js?v=89860593.js';(document.getElementsByTagName('head')[0]||document.body).appendChild(s);})();\n"

FONT_JS = "function doZoom(size){var el=document.getElementById('zoom');if(!el)return;el.style.fontSize=size+'px';var ps=el.getElementsByTagName('p');for(var i=0;i<ps.length;i++){ps[i].style.fontSize=size+'px';}}\nfunction printPage(){window.print();}\n"


# ================================================================ (a) 陕西 公告 + 条例
SX_STEM = "blind208_shaanxi_luogang"
SX_URL = "http://www.sxrd.gov.cn/ggl/cwhgg/202411/t20241130_531274.html"
SX_LAW = "陕西省“一带一路”国际陆港建设促进条例"
SX_GG_TITLE = "陕西省人民代表大会常务委员会公告（第二十六号）"
SX_GG_TEXT = "《陕西省“一带一路”国际陆港建设促进条例》已于2024年11月28日经陕西省第十四届人民代表大会常务委员会第十三次会议通过，现予公布，自2025年3月1日起施行。"
SX_TIZHU = "（2024年11月28日陕西省第十四届人民代表大会常务委员会第十三次会议通过）"

# chapters: (heading as printed, [articles]); article = (number, sep, [paragraphs], style)
# paragraphs: str (款) or ("item", str)
SX_CHAPTERS = [
    ("第一章　总　　则", [
        ("第一条", ["为了推进“一带一路”国际陆港建设，构建内陆地区效率高、成本低、服务优的国际贸易通道，促进更高水平对外开放，根据有关法律、行政法规，结合本省实际，制定本条例。"]),
        ("第二条", ["本省行政区域内国际陆港的规划、建设、运营、服务保障及其相关活动，适用本条例。",
                  "本条例所称国际陆港，是指依托铁路、公路、航空等综合交通枢纽，具备口岸通关、多式联运、国际物流集散等功能的内陆开放平台，包括西安国际港务区、西咸新区空港新城以及经省人民政府认定的宝鸡、延安、汉中等区域性陆港。"]),
        ("第三条", ["国际陆港建设应当坚持统筹规划、错位发展、市场运作、开放共享的原则，服务共建“一带一路”和西部陆海新通道建设。"]),
        ("第四条", ["县级以上人民政府应当加强对国际陆港建设工作的领导，将其纳入国民经济和社会发展规划，建立协调机制，协调解决重大问题。",
                  "省发展改革部门负责国际陆港建设的统筹协调和综合指导。商务、交通运输、自然资源、财政、口岸管理等部门按照各自职责做好相关工作。",
                  "海关、海事、铁路监管等单位依照各自职责，做好国际陆港建设相关工作。"]),
        ("第五条", ["西安国际港务区管理委员会负责西安国际陆港的具体建设和运营服务工作，依照本条例和省人民政府授权行使相应管理职权。"]),
    ]),
    ("第二章　规划与建设", [
        ("第六条", ["省发展改革部门应当会同有关部门编制国际陆港建设专项规划，报省人民政府批准后组织实施。",
                  "国际陆港建设专项规划应当与国土空间规划、综合交通运输规划相衔接。"]),
        ("第七条", ["西安国际港务区应当重点建设中欧班列（西安）集结中心、西安铁路集装箱中心站和多式联运海关监管中心，完善铁路专用线、集装箱堆场和冷链查验设施。"]),
        ("第八条", ["西咸新区空港新城应当依托西安咸阳国际机场，建设航空物流枢纽和国际货运集散中心，推进空铁联运、陆空联运发展。"]),
        ("第九条", ["宝鸡、延安、汉中等设区的市人民政府可以依托本地铁路物流基地和综合保税区建设区域性陆港，与西安国际港务区实行功能互补、班列互通。",
                  "区域性陆港由设区的市人民政府提出申请，经省发展改革部门会同省商务、交通运输部门审核后，报省人民政府认定。"]),
        ("第十条", ["自然资源主管部门应当在国土空间规划中统筹安排国际陆港建设用地，对多式联运场站、集装箱堆场、冷链物流设施等项目用地予以优先保障。"]),
    ]),
    ("第三章　通道与物流", [
        ("第十一条", ["省人民政府应当推动中欧班列（西安）扩线加密，稳定开行至中亚、欧洲的干线线路，拓展至共建“一带一路”国家重要节点城市的线路。"]),
        ("第十二条", ["省人民政府及有关部门应当推进西部陆海新通道建设，加强与广西北部湾港、重庆果园港等沿海沿江港口的合作，常态化开行铁海联运班列。"]),
        ("第十三条", ["鼓励国际陆港运营主体发展多式联运“一单制”，推行铁路运单物权化试点，提供全程运输、仓储、配送和供应链金融服务。",
                    "开展前款规定的试点，应当遵守国家有关规定，防范金融风险。"]),
        ("第十四条", ["省交通运输部门应当会同有关部门，在西安国际港务区、西咸新区空港新城和宝鸡陆港建设公路货运枢纽，推进甩挂运输、集装箱多式联运发展。"]),
        ("第十五条", ["国际陆港运营主体应当建立班列运营信息平台，与海关、铁路、港口等单位实现数据共享，提升物流全程可视化水平。"]),
        ("第十六条", ["有关部门和单位应当加强国际陆港冷链物流体系建设，支持在西安国际港务区建设进口肉类、水果、粮食等指定监管场地。"]),
    ]),
    ("第四章　开放平台与贸易便利", [
        ("第十七条", ["支持中国（陕西）自由贸易试验区西安国际港务区片区与国际陆港联动发展，在多式联运、跨境电商、国际贸易结算等领域先行先试。"]),
        ("第十八条", ["海关等口岸查验单位应当在国际陆港推行“提前申报”“两步申报”“抵港直装”等便利化措施，对符合条件的中欧班列货物实行“一次申报、一次查验、一次放行”。"]),
        ("第十九条", ["西安综合保税区、西安高新综合保税区、西安航空基地综合保税区和宝鸡综合保税区应当发挥保税功能，发展保税物流、保税维修和保税研发等业务。"]),
        ("第二十条", ["支持国际陆港开展跨境电子商务进出口业务，建设跨境电商海外仓和公共服务平台。",
                    "对在共建“一带一路”国家设立海外仓的本省企业，县级以上人民政府可以给予支持。"]),
        ("第二十一条", ["国际陆港所在地人民政府应当优化外商投资服务，依法保护外国投资者和外商投资企业的合法权益。"]),
    ]),
    ("第五章　保障与监督", [
        ("第二十二条", ["省人民政府设立国际陆港发展专项资金，用于支持班列开行、通道建设、平台建设和公共服务等。具体办法由省财政部门会同省发展改革部门制定。"]),
        ("第二十三条", ["金融监督管理部门应当引导金融机构创新适应国际陆港发展的金融产品，开展跨境人民币结算、出口信用保险保单融资等业务。"]),
        ("第二十四条", ["国际陆港所在地人民政府应当每年向本级人民代表大会常务委员会报告国际陆港建设情况。"]),
        ("第二十五条", ["有下列情形之一的，省人民政府可以依照国家规定调整区域性陆港的功能定位或者撤销认定：",
                      ("item", "（一）连续两年未开行国际班列的；"),
                      ("item", "（二）未按照国际陆港建设专项规划组织建设的；"),
                      ("item", "（三）发生重大安全生产事故造成严重后果的。"),
                      "调整功能定位或者撤销认定前，省发展改革部门应当听取有关设区的市人民政府的意见。"]),
        ("第二十六条", ["县级以上人民政府及其有关部门的工作人员在国际陆港建设工作中滥用职权、玩忽职守、徇私舞弊的，依法给予处分；构成犯罪的，依法追究刑事责任。"]),
    ]),
    ("第六章　附　　则", [
        ("第二十七条", ["西安国际港务区以外的区域性陆港的具体管理办法，由所在地设区的市人民政府依照本条例制定。"]),
        ("第二十八条", ["本条例自2025年3月1日起施行。"]),
    ]),
]
# separator variants between the article number and its text, as the CMS editor left them
SX_SEP = {"第十一条": "&nbsp;&nbsp;", "第十二条": "&nbsp;&nbsp;", "第十九条": " ", "第二十三条": "　　"}
SX_PLAIN_NUMBER = {"第十九条"}      # number not in bold (editor lost the <strong>)


def sx_article_clause(num, paras):
    out = []
    for p in paras:
        t = p[1] if isinstance(p, tuple) else p
        out.append(t)
    return num + FS + "\n".join(out)


def build_shaanxi():
    a = write_assets(SX_STEM, {
        "common.css": "body{margin:0;font-family:\"Microsoft YaHei\",\"微软雅黑\",SimSun;background:#f4f4f4;color:#333}a{color:#333;text-decoration:none}.w1200{width:1200px;margin:0 auto}.top-bar{height:34px;line-height:34px;background:#fff;border-bottom:1px solid #e5e5e5;font-size:13px}.header{height:150px;background:url(head_bg.png) no-repeat center}.nav{background:#b40c0c}.nav li{float:left;list-style:none;width:150px;text-align:center;line-height:50px}.nav a{color:#fff;font-size:18px}.crumb{line-height:46px;font-size:14px}.detail{background:#fff;padding:30px 60px}.detail-title{text-align:center;font-size:28px;color:#b40c0c;line-height:44px}.detail-info{text-align:center;border-bottom:1px dashed #ccc;padding:10px 0;font-size:14px;color:#888}.detail-info span{margin:0 12px}.TRS_Editor p{font-size:18px;line-height:2em;margin:0}.footer{background:#8f0a0a;color:#fff;text-align:center;padding:20px 0;font-size:13px;line-height:26px}\n",
        "detail.css": ".detail-tools{overflow:hidden;margin-top:30px;border-top:1px solid #eee;padding-top:12px}.bdsharebuttonbox{float:left}.tool-r{float:right}.related{margin-top:24px}.related h3{font-size:18px;border-bottom:2px solid #b40c0c;padding-bottom:6px}.related li{line-height:34px;list-style:none}.related li span{float:right;color:#999}\n",
        "jquery.min.js.下载": JQ_STUB,
        "common.js.下载": FONT_JS + "$(function(){});\n",
        "share.js.下载": SHARE_JS,
        "logo.png": ("png", dict(w=520, h=90, color=(180, 12, 12), stripes=[(180, 12, 12), (200, 30, 30)])),
        "head_bg.png": ("png", dict(w=600, h=150, color=(214, 60, 50))),
        "dzjg.png": ("png", dict(w=52, h=64, color=(220, 20, 20))),
        "ewm.png": ("png", dict(w=116, h=116, color=(255, 255, 255), qr=True, seed=1)),
    })
    body = []
    add = body.append
    add('<p align="center" style="text-align:center;"><strong>陕西省人民代表大会常务委员会公告</strong></p>')
    add('<p align="center" style="text-align:center;">（第二十六号）</p>')
    add('<p style="text-indent:2em;">%s</p>' % SX_GG_TEXT)
    add('<p style="text-align:right;">陕西省人民代表大会常务委员会</p>')
    add('<p style="text-align:right;margin-right:2em;">2024年11月29日</p>')
    add('<p><br></p>')
    add('<p align="center" style="text-align:center;"><strong><span style="font-size:22px;font-family:方正小标宋简体,宋体;">%s</span></strong></p>' % SX_LAW)
    add('<p align="center" style="text-align:center;"><span style="font-family:楷体_GB2312,楷体;">%s</span></p>' % SX_TIZHU)
    add('<p><br></p>')
    add('<p align="center" style="text-align:center;"><span style="font-family:黑体;">目　　录</span></p>')
    for ch, _ in SX_CHAPTERS:
        add('<p style="text-indent:2em;"><span style="font-family:楷体_GB2312,楷体;">%s</span></p>' % ch)
    for ch, arts in SX_CHAPTERS:
        add('<p><br></p>')
        add('<p align="center" style="text-align:center;"><strong><span style="font-family:黑体;">%s</span></strong></p>' % ch)
        for num, paras in arts:
            sep = SX_SEP.get(num, FS)
            numhtml = num if num in SX_PLAIN_NUMBER else '<strong><span style="font-family:黑体;">%s</span></strong>' % num
            for i, p in enumerate(paras):
                t = p[1] if isinstance(p, tuple) else p
                if i == 0:
                    add('<p style="text-indent:2em;">%s%s%s</p>' % (numhtml, sep, t))
                else:
                    add('<p style="text-indent:2em;">%s</p>' % t)
    content = "\n".join(body)
    nav = ["首页", "人大概况", "新闻中心", "立法工作", "监督工作", "代表工作", "法规数据库", "公告公报"]
    navhtml = "".join('<li><a href="http://www.sxrd.gov.cn/%s">%s</a></li>' % (("" if i == 0 else "col%d/" % i), n) for i, n in enumerate(nav))
    html = f"""<!DOCTYPE html>
{saved_from(SX_URL)}
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{SX_GG_TITLE}_陕西人大网</title>
<meta name="SiteName" content="陕西人大网">
<meta name="SiteDomain" content="www.sxrd.gov.cn">
<meta name="ColumnName" content="常委会公告">
<meta name="ColumnType" content="公告公报">
<meta name="ArticleTitle" content="{SX_GG_TITLE}">
<meta name="PubDate" content="2024-11-30 10:12">
<meta name="ContentSource" content="陕西省人大常委会办公厅">
<meta name="Keywords" content="公告,国际陆港,条例">
<link rel="stylesheet" type="text/css" href="{a}common.css">
<link rel="stylesheet" type="text/css" href="{a}detail.css">
<script type="text/javascript" src="{a}jquery.min.js.下载"></script>
<script type="text/javascript" src="{a}common.js.下载"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span class="fl"><script>var d=new Date();</script>2025年2月10日 星期一</span><span class="fr"><a href="http://www.sxrd.gov.cn/wza/">无障碍浏览</a> | <a href="javascript:void(0)" id="oldmode">长者模式</a> | <a href="http://m.sxrd.gov.cn/">手机版</a></span></div></div>
<div class="header"><div class="w1200"><a href="http://www.sxrd.gov.cn/"><img src="{a}logo.png" alt="陕西人大网"></a>
<div class="search"><form action="http://search.sxrd.gov.cn/search" method="get" target="_blank"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div></div></div>
<div class="nav"><ul class="w1200">{navhtml}</ul></div>
<div class="mobile-nav" style="display:none"><ul>{navhtml}</ul></div>
<div class="w1200">
<div class="crumb">当前位置：<a href="http://www.sxrd.gov.cn/">首页</a>&nbsp;&gt;&nbsp;<a href="http://www.sxrd.gov.cn/ggl/">公告公报</a>&nbsp;&gt;&nbsp;<a href="http://www.sxrd.gov.cn/ggl/cwhgg/">常委会公告</a></div>
<div class="detail">
<h1 class="detail-title">{SX_GG_TITLE}</h1>
<div class="detail-info"><span>发布时间：2024-11-30 10:12</span><span>来源：陕西省人大常委会办公厅</span><span>浏览次数：<em id="hits">1286</em></span><span class="font">字号：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(18)">中</a> <a href="javascript:doZoom(16)">小</a></span></div>
<div class="detail-content TRS_Editor" id="zoom">
<div class="TRS_Editor"><style type="text/css">.TRS_Editor P{{margin-top:0px;margin-bottom:0px;line-height:2;font-family:宋体;font-size:12pt;}}</style>
{content}
</div>
</div>
<div class="detail-tools">
<div class="bdsharebuttonbox bdshare-button-style0-16" data-bd-bind="1739170000000">分享到：<a href="javascript:void(0)" class="bds_weixin" data-cmd="weixin" title="分享到微信">微信</a><a href="javascript:void(0)" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博">微博</a><a href="javascript:void(0)" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间">QQ空间</a></div>
<script type="text/javascript" src="{a}share.js.下载"></script>
<div class="tool-r"><a href="javascript:printPage()">【打印本页】</a>&nbsp;<a href="javascript:window.opener=null;window.close();">【关闭窗口】</a></div>
</div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="http://www.sxrd.gov.cn/ggl/cwhgg/202411/t20241130_531273.html">陕西省人民代表大会常务委员会公告（第二十五号）</a><span>2024-11-30</span></li>
<li><a href="http://www.sxrd.gov.cn/lfgz/lfdt/202409/t20240925_524410.html">关于《陕西省“一带一路”国际陆港建设促进条例（草案）》的说明</a><span>2024-09-25</span></li>
<li><a href="http://www.sxrd.gov.cn/xwzx/rdyw/202411/t20241128_531002.html">省十四届人大常委会第十三次会议闭幕</a><span>2024-11-28</span></li>
</ul></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="http://www.sxrd.gov.cn/gywm/">关于我们</a> | <a href="http://www.sxrd.gov.cn/lxwm/">联系我们</a> | <a href="http://www.sxrd.gov.cn/wzdt/">网站地图</a></p>
<p>主办：陕西省人民代表大会常务委员会办公厅　承办：陕西省人大常委会机关信息中心</p>
<p>地址：西安市新城区新城大院　邮编：710004　陕ICP备05001540号-1　<img src="{a}dzjg.png" alt="党政机关"></p>
<p>本网站由陕西人大网版权所有，未经许可不得转载　<img src="{a}ewm.png" alt="手机版" width="58"></p>
</div></div>
</body></html>"""
    path = os.path.join(HERE, SX_STEM + ".html")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(html)
    return path


# ================================================================ (b) 宁波 关于修改…条例的决定
NB_STEM = "blind208_ningbo_jueding"
NB_URL = "http://www.nbrd.gov.cn/art/2024/10/8/art_1229044853_58917735.html"
NB_TITLE = "宁波市人民代表大会常务委员会关于修改《宁波市跨境贸易便利化条例》的决定"
NB_TIZHU = "（2024年8月29日宁波市第十六届人民代表大会常务委员会第二十次会议通过　2024年9月26日浙江省第十四届人民代表大会常务委员会第十二次会议批准）"
NB_INTRO = "宁波市第十六届人民代表大会常务委员会第二十次会议决定对《宁波市跨境贸易便利化条例》作如下修改："
# items: list of paragraphs (first carries the number)
NB_ITEMS = [
    ["一、将第一条修改为：“为了推进跨境贸易便利化，优化口岸营商环境，高质量建设中国（浙江）自由贸易试验区宁波片区，服务共建‘一带一路’，根据有关法律、行政法规，结合本市实际，制定本条例。”"],
    ["二、将第三条第二款修改为：“市口岸管理部门负责跨境贸易便利化工作的组织协调和监督指导。北仑区、镇海区、象山县等口岸所在地区县（市）人民政府和宁波前湾新区、宁波保税区管理委员会按照职责做好本区域跨境贸易便利化相关工作。”"],
    ["三、增加一条，作为第八条：“市口岸管理部门应当会同宁波海关、宁波海事局、宁波出入境边防检查站等单位推进国际贸易‘单一窗口’功能拓展，推动与舟山江海联运服务中心和长三角区域港口的数据互联互通。",
     "“鼓励企业通过国际贸易‘单一窗口’办理货物申报、运输工具申报、出口退税、跨境结算等业务。”"],
    ["四、将第十条改为第十一条，修改为：“海关等口岸查验单位应当在宁波舟山港穿山港区、梅山港区推行进口货物‘船边直提’、出口货物‘抵港直装’模式，在宁波栎社国际机场推行航空货物‘空陆联程’通关模式。”"],
    ["五、增加一条，作为第十五条：“宁波梅山综合保税区、宁波北仑港综合保税区应当拓展保税维修、保税燃料油加注、跨境电子商务保税备货等新型业务。",
     "“宁波前湾综合保税区可以开展汽车及零部件保税研发、检测业务，具体办法由宁波前湾新区管理委员会会同宁波海关制定。”"],
    ["六、将第十六条改为第十八条，第一款修改为：“支持中国（浙江）自由贸易试验区宁波片区开展大宗商品跨境贸易人民币结算便利化试点，推动油气、铁矿石、粮食等大宗商品进口‘一船多证’‘先放后检’等监管创新。”"],
    ["七、将第二十条改为第二十二条，修改为：“市商务、口岸管理等部门应当支持外贸综合服务企业和跨境电子商务企业发展，为中小微企业提供下列服务：",
     "“（一）通关、物流、退税、结汇等一站式服务；",
     "“（二）海外仓布局和境外市场开拓；",
     "“（三）国际贸易风险预警和合规指导。”"],
    ["八、删去第二十四条。"],
    ["九、将第二十七条改为第二十九条，修改为：“违反本条例规定的行为，法律、行政法规已有法律责任规定的，从其规定。”"],
    ["十、将第四条、第十二条、第十九条中的“市口岸办”修改为“市口岸管理部门”；将第二十一条中的“宁波经济技术开发区”修改为“北仑区（宁波经济技术开发区）”。"],
]
NB_TAIL = ["此外，对条文顺序作相应调整。",
           "本决定自2024年11月1日起施行。",
           "《宁波市跨境贸易便利化条例》根据本决定作相应修改，重新公布。"]


def build_ningbo():
    a = write_assets(NB_STEM, {
        "style.css": "body{margin:0;font-size:12px;font-family:宋体;background:#fff}td{font-size:12px}a{color:#000;text-decoration:none}a:hover{color:#c00}.nav_bg{background:url(nav_bg.gif) repeat-x;height:36px}.nav a{color:#fff;font-size:14px;font-weight:bold;padding:0 14px}.bt_title{font-size:22px;font-weight:bold;color:#c00;line-height:36px}.bt_info{color:#666;border-bottom:1px solid #ddd;line-height:30px}.bt_content{font-size:16px;line-height:30px;padding:15px 30px}.footer{background:#eee;line-height:22px;color:#555}\n",
        "ajaxcommon.js.下载": "function setFontSize(s){document.getElementById('zoom').style.fontSize=s+'px';}\nfunction getHits(id){/* 点击数 */document.getElementById('hits').innerHTML='';}\n",
        "jquery.js.下载": JQ_STUB,
        "banner.jpg": ("png", dict(w=1000, h=120, color=(190, 20, 20), stripes=[(190, 20, 20), (170, 10, 10), (150, 0, 0)])),
        "nav_bg.gif": ("png", dict(w=4, h=36, color=(160, 0, 0))),
        "dzjg.png": ("png", dict(w=44, h=54, color=(220, 20, 20))),
        "jiucuo.png": ("png", dict(w=110, h=55, color=(230, 230, 230))),
    })
    lines = []
    lines.append('<p align="center"><b><font size="4">宁波市人民代表大会常务委员会<br>关于修改《宁波市跨境贸易便利化条例》的决定</font></b></p>')
    lines.append('<p align="center"><font face="楷体_GB2312">%s</font></p>' % NB_TIZHU)
    txt = ["　　" + NB_INTRO]
    for it in NB_ITEMS:
        for p in it:
            txt.append("　　" + p)
    for t in NB_TAIL:
        txt.append("　　" + t)
    # the old editor: one run of text, paragraphs separated by <br>; two places with a blank line (<br><br>)
    body = ""
    for i, t in enumerate(txt):
        body += t
        if i < len(txt) - 1:
            body += "<br>\n" if i not in (0, len(txt) - 4) else "<br>\n<br>\n"
    lines.append('<div style="text-align:justify">' + body + "</div>")
    content = "\n".join(lines)
    navs = ["首页", "人大概况", "常委会工作", "立法工作", "监督工作", "代表工作", "法规规章", "区县（市）人大"]
    navhtml = "&nbsp;|&nbsp;".join('<a href="http://www.nbrd.gov.cn/col/col%d/index.html">%s</a>' % (1229044800 + i, n) for i, n in enumerate(navs))
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
{saved_from(NB_URL)}
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>宁波人大--{NB_TITLE}</title>
<meta name="keywords" content="宁波人大,决定,跨境贸易便利化">
<meta name="description" content="{NB_TITLE}">
<link href="{a}style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="{a}jquery.js.下载"></script>
<script language="javascript" src="{a}ajaxcommon.js.下载"></script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tbody><tr><td><img src="{a}banner.jpg" width="1000" height="120" alt="宁波人大"></td></tr>
<tr><td class="nav_bg nav" align="center">{navhtml}</td></tr>
<tr><td height="30" style="padding-left:10px">您现在的位置：<a href="http://www.nbrd.gov.cn/">首页</a> &gt; <a href="http://www.nbrd.gov.cn/col/col1229044853/index.html">法规规章</a> &gt; <a href="http://www.nbrd.gov.cn/col/col1229044853/index.html">地方性法规</a></td></tr>
</tbody></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tbody><tr><td height="20"></td></tr>
<tr><td class="bt_title" align="center">{NB_TITLE}</td></tr>
<tr><td class="bt_info" align="center">发布日期：2024-10-08　　信息来源：市人大常委会法工委　　点击数：<span id="hits"></span><script>getHits('58917735');</script>　　【字体：<a href="javascript:setFontSize(18)">大</a> <a href="javascript:setFontSize(16)">中</a> <a href="javascript:setFontSize(14)">小</a>】</td></tr>
<tr><td class="bt_content" id="zoom">
{content}
</td></tr>
<tr><td align="right" style="padding:10px 30px">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td style="padding:10px 30px;border-top:1px dashed #ccc"><b>相关信息：</b><br>
·<a href="http://www.nbrd.gov.cn/art/2024/10/8/art_1229044853_58917736.html">宁波市跨境贸易便利化条例</a>（2024-10-08）<br>
·<a href="http://www.nbrd.gov.cn/art/2024/8/29/art_1229044850_58901122.html">关于《宁波市跨境贸易便利化条例修正案（草案）》的说明</a>（2024-08-29）<br>
·<a href="http://www.nbrd.gov.cn/art/2024/9/27/art_1229044850_58912208.html">省人大常委会批准我市两件法规</a>（2024-09-27）</td></tr>
</tbody></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="footer">
<tbody><tr><td align="center" height="90"><img src="{a}jiucuo.png" align="left" alt="政府网站找错"> 主办单位：宁波市人大常委会办公厅　地址：宁波市海曙区解放北路91号　邮编：315010<br>
版权所有：宁波人大　浙ICP备05012345号　浙公网安备 33020302000123号　网站标识码：3302000034<br>
建议使用IE9.0以上版本浏览器　1024*768分辨率浏览本站 <img src="{a}dzjg.png" alt="党政机关"></td></tr>
</tbody></table>
</body></html>"""
    path = os.path.join(HERE, NB_STEM + ".html")
    html.encode("gbk")  # browsers read the label gb2312 as GBK
    with open(path, "wb") as fh:
        fh.write(html.encode("gbk"))
    return path


# ================================================================ (c) 四川省司法厅 备案公示
SC_STEM = "blind208_sichuan_beian"
SC_URL = "https://sft.sc.gov.cn/sftzww/c100180/2025/1/16/0c1f7a8e2b4d4c6f9a3e51d2b7c8e901.shtml"
SC_TITLE = "四川省司法厅关于2024年第四季度行政规范性文件备案登记情况的公示"
SC_INTRO = [
    "根据《四川省行政规范性文件管理办法》有关规定，现将2024年10月1日至12月31日经我厅备案登记的行政规范性文件目录予以公示（共16件）。",
    "公示期为2025年1月16日至2025年1月25日。公民、法人和其他组织认为所列行政规范性文件与法律、法规、规章相抵触的，可在公示期内向我厅书面提出审查建议。",
]
# 序号, 文件名称 (with | where the editor put a <br>), 制定机关 (| = <br>), 文号 (| = <br>), 备案日期
SC_ROWS = [
    ("1", "关于支持中国（四川）自由贸易试验区成都天府新区片区跨境服务贸易创新发展的若干措施", "四川省商务厅", "川商规〔2024〕5号", "2024年10月12日"),
    ("2", "中国（四川）自由贸易试验区川南临港片区多式联运发展扶持办法", "四川省商务厅", "川商规〔2024〕6号", "2024年10月12日"),
    ("3", "四川省推进西部陆海新通道建设若干措施", "四川省发展和改革委员会", "川发改规〔2024〕412号", "2024年10月21日"),
    ("4", "四川省中欧班列（成渝）运营补贴资金管理办法", "四川省财政厅|四川省商务厅", "川财规〔2024〕9号", "2024年10月30日"),
    ("5", "四川省国际道路运输管理实施细则", "四川省交通运输厅", "川交规〔2024〕7号", "2024年11月4日"),
    ("6", "成都国际铁路港综合保税区管理办法", "成都市人民政府", "成府规〔2024〕4号", "2024年11月8日"),
    ("7", "关于支持中国（四川）自由贸易试验区成都青白江|铁路港片区建设国际班列枢纽的若干政策措施", "成都市人民政府办公厅", "成办规〔2024〕11号", "2024年11月8日"),
    ("8", "泸州综合保税区产业发展扶持办法", "泸州市人民政府", "泸市府规〔2024〕3号", "2024年11月19日"),
    ("9", "宜宾港志城作业区集装箱航线培育补贴办法", "宜宾市人民政府", "宜府规〔2024〕5号", "2024年11月26日"),
    ("10", "绵阳综合保税区招商引资优惠政策", "绵阳市人民政府", "绵府规〔2024〕|2号", "2024年12月3日"),
    ("11", "德阳国际铁路物流港外贸企业扶持办法", "德阳市人民政府办公室", "德办规〔2024〕6号", "2024年12月5日"),
    ("12", "中国（四川）自由贸易试验区成都天府新区片区外商投资企业投诉工作办法", "四川天府新区管理委员会", "天管规〔2024〕1号", "2024年12月10日"),
    ("13", "四川省跨境电子商务零售进口商品质量安全风险监测办法", "四川省市场监督管理局", "川市监规〔2024〕8号", "2024年12月16日"),
    ("14", "南充临江新区国际陆港建设扶持办法", "南充市人民政府", "南府规〔2024〕7号", "2024年12月20日"),
    ("15", "攀枝花市加快发展外向型经济若干措施", "攀枝花市人民政府", "攀府规〔2024〕6号", "2024年12月24日"),
    ("16", "四川省外商投资企业投诉工作办法", "四川省人民政府办公厅", "川办规〔2024〕10号", "2024年12月30日"),
]
SC_NOTE = "注：以上文件全文可通过“四川省行政规范性文件数据库”查询。"
SC_CONTACT = "联系电话：028-86730651；通讯地址：成都市锦江区红星路二段137号四川省司法厅行政复议与应诉处（备案审查处）；邮政编码：610012。"
SC_ATT = "2024年第四季度行政规范性文件备案登记目录"


def build_sichuan():
    a = write_assets(SC_STEM, {
        "index.css": "*{margin:0;padding:0}body{font-family:\"Microsoft YaHei\";background:#eef3f8;color:#222}ul{list-style:none}a{color:#222;text-decoration:none}.wrap{width:1200px;margin:0 auto}.head{height:140px;background:#0b57a4 url(head.png) no-repeat left center}.menu{background:#07468a;height:52px}.menu li{float:left;width:171px;text-align:center;line-height:52px}.menu a{color:#fff;font-size:18px}.position{line-height:50px;font-size:14px;color:#555}.main{background:#fff;padding:30px 50px}.xxgk-info{width:100%;border:1px solid #c9d9ea;background:#f6f9fd;margin-bottom:25px;font-size:14px}.xxgk-info td{padding:6px 10px;line-height:24px}.xxgk-info .t{color:#0b57a4;font-weight:bold;width:90px;text-align:right}.art-title{font-size:26px;text-align:center;color:#0b57a4;line-height:40px;padding:10px 0}.art-info{text-align:center;color:#888;font-size:14px;padding-bottom:14px;border-bottom:1px solid #e3e3e3}.art-con{font-size:16px;line-height:32px;padding-top:20px}.art-con table{border-collapse:collapse;margin:10px auto}.footer{background:#07468a;color:#cfe0f3;text-align:center;font-size:13px;line-height:26px;padding:18px 0}\n",
        "jquery-1.11.3.min.js.下载": JQ_STUB,
        "public.js.下载": FONT_JS,
        "share.js.下载": SHARE_JS,
        "head.png": ("png", dict(w=700, h=140, color=(11, 87, 164), stripes=[(11, 87, 164), (20, 100, 180)])),
        "ewm.jpg": ("png", dict(w=100, h=100, color=(255, 255, 255), qr=True, seed=3)),
        "red.png": ("png", dict(w=55, h=67, color=(220, 20, 20))),
        "jiucuo.png": ("png", dict(w=110, h=55, color=(240, 240, 240))),
        "xls.gif": ("png", dict(w=16, h=16, color=(30, 130, 60))),
    })

    def cell(text, width, align="center", rowspan=None):
        inner = "<br>".join('<span style="font-family:仿宋_GB2312;font-size:12pt">%s</span>' % x for x in text.split("|"))
        rs = ' rowspan="%d"' % rowspan if rowspan else ""
        return ('<td width="%d" valign="center"%s style="border:1px solid windowtext;padding:0 5.4pt">'
                '<p class="MsoNormal" align="%s" style="text-align:%s;line-height:20pt">%s</p></td>') % (width, rs, align, align, inner)

    rows = []
    hdr = "".join('<th width="%d" style="border:1px solid windowtext;background:#d9e2f3;padding:0 5.4pt"><p class="MsoNormal" align="center"><b><span style="font-family:黑体;font-size:12pt">%s</span></b></p></th>' % (w, h)
                  for w, h in ((48, "序号"), (330, "文件名称"), (150, "制定机关"), (140, "文号"), (110, "备案日期")))
    rows.append("<thead><tr>%s</tr></thead><tbody>" % hdr)
    for i, (n, name, org, num, date) in enumerate(SC_ROWS):
        tds = cell(n, 48) + cell(name, 330, "left")
        if n == "1":
            tds += cell(org, 150, rowspan=2)
        elif n == "2":
            pass
        else:
            tds += cell(org, 150)
        tds += cell(num, 140) + cell(date, 110)
        rows.append('<tr style="height:30pt">%s</tr>' % tds)
    rows.append("</tbody>")
    table = ('<div class="table-wrap" style="overflow-x:auto"><table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="778" style="width:583.5pt;border-collapse:collapse;border:none">'
             + "\n".join(rows) + "</table></div>")
    ps = ['<p style="text-indent:2em">%s</p>' % t for t in SC_INTRO]
    content = "\n".join(ps + [table,
                              '<p style="text-indent:2em"><span style="font-size:14px">%s</span></p>' % SC_NOTE,
                              '<p style="text-indent:2em">%s</p>' % SC_CONTACT,
                              '<p><br></p>',
                              '<p style="text-align:right;padding-right:2em">四川省司法厅</p>',
                              '<p style="text-align:right;padding-right:2em">2025年1月15日</p>',
                              ])
    nav = ["首页", "机构概况", "政务公开", "法治政府", "公共法律服务", "政务服务", "互动交流"]
    navhtml = "".join('<li><a href="https://sft.sc.gov.cn/sftzww/c1001%02d/list.shtml">%s</a></li>' % (i, n) for i, n in enumerate(nav))
    html = f"""<!DOCTYPE html>
{saved_from(SC_URL)}
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>{SC_TITLE}- 四川省司法厅</title>
<meta name="SiteName" content="四川省司法厅">
<meta name="SiteDomain" content="sft.sc.gov.cn">
<meta name="SiteIDCode" content="5100000033">
<meta name="ColumnName" content="备案公示">
<meta name="ColumnType" content="规范性文件备案审查">
<meta name="ArticleTitle" content="{SC_TITLE}">
<meta name="PubDate" content="2025-01-16 15:30">
<meta name="ContentSource" content="行政复议与应诉处">
<link rel="stylesheet" href="{a}index.css">
<script src="{a}jquery-1.11.3.min.js.下载"></script>
<script src="{a}public.js.下载"></script>
</head>
<body>
<div class="topbar"><div class="wrap"><span>欢迎访问四川省司法厅门户网站</span><span style="float:right"><a href="https://sft.sc.gov.cn/sftzww/wza/">无障碍</a>　<a href="https://sft.sc.gov.cn/sftzww/m/">移动版</a>　<a href="https://sft.sc.gov.cn/sftzww/en/">English</a></span></div></div>
<div class="head"><div class="wrap"><h2 style="display:none">四川省司法厅</h2><div class="search"><input type="text" id="keyword" value="" placeholder="请输入搜索内容"><a href="javascript:void(0)" class="sbtn">搜索</a></div></div></div>
<div class="menu"><ul class="wrap">{navhtml}</ul></div>
<div class="wrap">
<div class="position">您当前的位置：<a href="https://sft.sc.gov.cn/">首页</a> &gt; <a href="https://sft.sc.gov.cn/sftzww/c100102/list.shtml">政务公开</a> &gt; <a href="https://sft.sc.gov.cn/sftzww/c100170/list.shtml">规范性文件备案审查</a> &gt; <a href="https://sft.sc.gov.cn/sftzww/c100180/list.shtml">备案公示</a></div>
<div class="main">
<table class="xxgk-info" cellspacing="0" cellpadding="0"><tbody>
<tr><td class="t">索 引 号：</td><td>11510000MB1510537X/2025-00008</td><td class="t">主题分类：</td><td>政务公开/规范性文件备案</td></tr>
<tr><td class="t">发布机构：</td><td>四川省司法厅</td><td class="t">成文日期：</td><td>2025-01-15</td></tr>
<tr><td class="t">标　　题：</td><td colspan="3">{SC_TITLE}</td></tr>
<tr><td class="t">文　　号：</td><td></td><td class="t">发布日期：</td><td>2025-01-16</td></tr>
</tbody></table>
<h1 class="art-title">{SC_TITLE}</h1>
<div class="art-info">来源：行政复议与应诉处　　发布时间：2025-01-16 15:30　　【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】　<a href="javascript:window.print()">【打印】</a></div>
<div class="art-con" id="zoom">
{content}
</div>
<div class="fujian"><p>附件：<img src="{a}xls.gif" alt=""> <a href="https://sft.sc.gov.cn/sftzww/c100180/2025/1/16/files/{SC_ATT}.xlsx">{SC_ATT}.xlsx</a></p></div>
<div class="share">分享到：<a href="javascript:void(0)" class="bds_weixin" data-cmd="weixin">微信</a> <a href="javascript:void(0)" class="bds_tsina" data-cmd="tsina">微博</a><script src="{a}share.js.下载"></script><span style="float:right"><img src="{a}ewm.jpg" width="80" alt="">扫一扫在手机打开当前页</span></div>
<div class="xgwz"><h3>相关文章</h3><ul>
<li><a href="https://sft.sc.gov.cn/sftzww/c100180/2024/10/15/a9f1.shtml">四川省司法厅关于2024年第三季度行政规范性文件备案登记情况的公示</a><span>2024-10-15</span></li>
<li><a href="https://sft.sc.gov.cn/sftzww/c100180/2024/7/12/b3c2.shtml">四川省司法厅关于2024年第二季度行政规范性文件备案登记情况的公示</a><span>2024-07-12</span></li>
</ul></div>
</div>
</div>
<div class="footer"><div class="wrap">
<p><a href="https://sft.sc.gov.cn/sftzww/wzdt/">网站地图</a> | <a href="https://sft.sc.gov.cn/sftzww/lxwm/">联系我们</a> | <a href="https://sft.sc.gov.cn/sftzww/sm/">免责声明</a></p>
<p>主办单位：四川省司法厅　地址：成都市锦江区红星路二段137号　邮编：610012</p>
<p>网站标识码：5100000033　蜀ICP备05003652号　<img src="{a}red.png" alt="党政机关" height="40"> <img src="{a}jiucuo.png" alt="政府网站找错" height="40"></p>
</div></div>
</body></html>"""
    path = os.path.join(HERE, SC_STEM + ".html")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(html)
    return path


def sc_row_clause(r):
    n, name, org, num, date = r
    return "序号：%s；文件名称：%s；制定机关：%s；文号：%s；备案日期：%s" % (n, name.replace("|", ""), org.replace("|", "、"), num.replace("|", ""), date)


# ================================================================ (d) 云南 法规解读
YN_STEM = "blind208_yunnan_jiedu"
YN_TITLE = "《云南省沿边开放口岸促进条例》解读"
YN_INTRO = "2024年5月30日，云南省第十四届人民代表大会常务委员会第十次会议审议通过《云南省沿边开放口岸促进条例》（以下简称《条例》），自2024年7月1日起施行。为帮助社会各界准确理解和把握《条例》的主要内容，省人大常委会法制工作委员会对《条例》有关问题解读如下。"
YN_QA = [
    ("一、为什么要制定《条例》？", [
        "云南省与缅甸、老挝、越南三国接壤，边境线长4060公里，是我国面向南亚东南亚开放的前沿。制定《条例》，是服务和融入共建“一带一路”、建设面向南亚东南亚辐射中心的重要举措。",
        "近年来，我省口岸建设取得明显成效，但仍存在口岸基础设施不完善、通关效率不高、口岸经济带动作用不强等问题，需要通过立法予以规范和推动。"]),
    ("二、《条例》的适用范围是什么？", [
        "《条例》适用于本省行政区域内沿边开放口岸的规划、建设、运行、管理和口岸经济发展等活动。《条例》所称沿边开放口岸，包括经国务院批准对外开放的陆路（公路、铁路）口岸、经省人民政府批准开放的二类口岸，以及边民互市贸易区（点）。"]),
    ("三、《条例》对口岸规划布局作了哪些规定？", [
        "《条例》明确，省人民政府应当统筹编制沿边开放口岸发展规划，重点建设瑞丽、磨憨、河口三个枢纽口岸，提升腾冲猴桥、孟定清水河、天保、打洛等口岸的功能。",
        "其中，磨憨口岸依托中老铁路，重点发展国际铁路联运和跨境物流；河口口岸重点发展中越跨境公路、铁路运输和边境贸易；瑞丽口岸重点发展面向缅甸的跨境产能合作和进出口加工。"]),
    ("四、《条例》在通关便利化方面有哪些举措？", [
        "《条例》从以下三个方面推进通关便利化：",
        "（一）推行“智慧口岸”建设。在磨憨、河口、瑞丽口岸推广应用货运车辆自动识别、集装箱智能卡口、“无感通关”等设施设备。",
        "（二）优化通关模式。对中老铁路国际货物列车实行“一次申报、一次查验、一次放行”，在磨憨铁路口岸推行“铁路快通”模式。",
        "（三）实行口岸收费目录清单制度。口岸经营服务单位应当公示收费项目和标准，不得在清单外收费。"]),
    ("五、《条例》如何支持口岸经济发展？", [
        "《条例》规定，口岸所在地州、市人民政府应当依托口岸发展进出口加工、跨境物流、跨境电子商务和跨境旅游。支持红河综合保税区、昆明综合保税区与沿边口岸联动，发展保税加工和保税物流。",
        "同时，《条例》鼓励在磨憨—磨丁经济合作区中方区域、瑞丽国家重点开发开放试验区建设境外资源进口加工基地。"]),
    ("六、《条例》对中国（云南）自由贸易试验区有哪些规定？", [
        "《条例》明确，支持中国（云南）自由贸易试验区红河片区、德宏片区发挥沿边优势，在跨境人民币结算、跨境劳务合作、边境贸易创新等方面先行先试；昆明片区应当发挥区域枢纽功能，与沿边口岸开展物流、通关、产业协作。"]),
    ("七、《条例》对边民互市贸易作了哪些规定？", [
        "《条例》规定，边民互市贸易区（点）所在地县级人民政府负责边民互市贸易的组织管理。支持畹町、孟定、河口等边民互市贸易区（点）开展互市商品落地加工试点。",
        "边民可以依法组建互助组，参与互市商品的采购、运输和交易。边民每人每日从边民互市贸易区（点）带进的生活用品价值在8000元以下的，按照国家规定免征进口关税和进口环节税。"]),
    ("八、《条例》什么时候施行？", [
        "《条例》自2024年7月1日起施行。2010年7月29日云南省第十一届人民代表大会常务委员会第十八次会议通过的《云南省边境口岸管理条例》同时废止。"]),
]


def build_yunnan():
    a = write_assets(YN_STEM, {
        "base.css": "body{margin:0;background:#f7f3ee;font:14px/1.6 \"PingFang SC\",\"Microsoft YaHei\";color:#333}a{color:#333;text-decoration:none}.container{width:1180px;margin:0 auto}header .logo{height:120px;background:#a3000b url(logo.png) no-repeat 20px center}nav{background:#c1272d}nav a{display:inline-block;color:#fff;padding:0 22px;line-height:48px;font-size:17px}.crumbs{padding:14px 0;color:#777}.layout{display:flex;gap:24px}.article{flex:1;background:#fff;padding:32px 48px}.article h2{font-size:26px;text-align:center;color:#a3000b}.article-meta{text-align:center;color:#999;border-bottom:1px solid #eee;padding-bottom:12px}.article-body p{text-indent:2em;font-size:17px;line-height:2}.article-body h4{font-size:17px;margin:18px 0 6px;color:#222}aside{width:300px}aside .box{background:#fff;margin-bottom:18px;padding:14px}aside h4{margin:0 0 8px;border-left:4px solid #c1272d;padding-left:8px}footer{background:#4a0006;color:#e8c9c9;text-align:center;padding:20px 0;margin-top:30px;line-height:26px}\n",
        "jquery.min.js": JQ_STUB,
        "article.js": FONT_JS,
        "logo.png": ("png", dict(w=460, h=80, color=(163, 0, 11))),
        "qrcode.png": ("png", dict(w=100, h=100, color=(255, 255, 255), qr=True, seed=4)),
        "dzjg.png": ("png", dict(w=50, h=62, color=(220, 20, 20))),
    })
    body = ['<p>%s</p>' % YN_INTRO]
    for q, answers in YN_QA:
        body.append("<h4>%s</h4>" % q)
        for t in answers:
            body.append("<p>%s</p>" % t)
    content = "\n".join(body)
    nav = ["首页", "人大概况", "要闻动态", "立法工作", "法规解读", "监督工作", "代表工作", "地方人大"]
    navhtml = "".join('<a href="https://www.srd.yn.gov.cn/%s">%s</a>' % ("" if i == 0 else "col%d.html" % (60 + i), n) for i, n in enumerate(nav))
    html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{YN_TITLE} - 云南人大网</title>
<meta name="ArticleTitle" content="{YN_TITLE}">
<meta name="PubDate" content="2024-06-14 16:05">
<meta name="ColumnName" content="法规解读">
<meta name="ContentSource" content="省人大常委会法工委">
<link rel="stylesheet" href="{a}base.css">
<script src="{a}jquery.min.js"></script>
<script src="{a}article.js"></script>
</head>
<body>
<div class="topbar"><div class="container">云南省人民代表大会常务委员会主办　<span id="today">2025年3月4日 星期二</span><span style="float:right"><a href="https://www.srd.yn.gov.cn/wza.html">无障碍阅读</a> | <a href="https://www.srd.yn.gov.cn/m/">移动端</a></span></div></div>
<header><div class="container logo"><a href="https://www.srd.yn.gov.cn/" title="云南人大网"><img src="{a}logo.png" alt="云南人大网"></a></div></header>
<nav><div class="container">{navhtml}</div></nav>
<div class="container crumbs">您的位置：<a href="https://www.srd.yn.gov.cn/">首页</a> » <a href="https://www.srd.yn.gov.cn/col64.html">法规解读</a> » 正文</div>
<div class="container layout">
<main class="article">
<h2>{YN_TITLE}</h2>
<div class="article-meta">来源：省人大常委会法制工作委员会　　发布时间：2024-06-14 16:05　　【字体：<a href="javascript:doZoom(19)">大</a> <a href="javascript:doZoom(17)">中</a> <a href="javascript:doZoom(15)">小</a>】</div>
<div class="article-body" id="zoom">
{content}
</div>
<div class="article-foot">
<div class="share">分享：<a href="javascript:void(0)" class="wx">微信</a> <a href="javascript:void(0)" class="wb">微博</a> <a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
<div class="prev-next"><p>上一篇：<a href="https://www.srd.yn.gov.cn/html/2024/fgjd_0530/4412.html">《云南省中老铁路沿线开发保护条例》解读</a></p><p>下一篇：<a href="https://www.srd.yn.gov.cn/html/2024/fgjd_0628/4507.html">《昆明市跨境电子商务促进条例》审查批准情况说明</a></p></div>
</div>
</main>
<aside>
<div class="box"><h4>相关阅读</h4><ul>
<li><a href="https://www.srd.yn.gov.cn/html/2024/dfxfg_0530/4401.html">云南省沿边开放口岸促进条例</a></li>
<li><a href="https://www.srd.yn.gov.cn/html/2024/ywdt_0530/4398.html">省十四届人大常委会第十次会议闭幕</a></li>
<li><a href="https://www.srd.yn.gov.cn/html/2024/fgjd_0301/4100.html">如何理解口岸“一次申报、一次查验、一次放行”？</a></li>
</ul></div>
<div class="box"><h4>热点专题</h4><ul><li><a href="https://www.srd.yn.gov.cn/zt/ydyl/">服务和融入共建“一带一路”</a></li><li><a href="https://www.srd.yn.gov.cn/zt/lf/">立法工作专题</a></li></ul></div>
<div class="box"><h4>手机扫码阅读</h4><img src="{a}qrcode.png" width="100" alt=""></div>
</aside>
</div>
<footer><div class="container">
<p>主办：云南省人民代表大会常务委员会办公厅　地址：昆明市五华区翠湖北路2号　邮编：650031</p>
<p>滇ICP备05000796号　滇公网安备 53010202000287号　<img src="{a}dzjg.png" height="36" alt="党政机关"></p>
</div></footer>
</body></html>"""
    path = os.path.join(HERE, YN_STEM + ".html")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(html)
    return path


# ================================================================ expected.json
def expected():
    out = {}
    # ---- (a) 陕西
    sx_cl = [SX_GG_TEXT] + [sx_article_clause(n, p) for _, arts in SX_CHAPTERS for n, p in arts]
    out[SX_STEM] = [{
        "meta": {
            "title": SX_LAW, "doc_number": "第二十六号", "issuer": ["陕西省人民代表大会常务委员会"],
            "date": "2024-11-28", "published": "2024-11-29", "level": "provincial", "region": "陕西省",
            "effective": "2025-03-01", "expires": None, "attachments": [], "doc_type": "地方性法规（条例），以常委会公告公布",
            "recipients": [], "publicity": None,
            "promulgated_by": SX_GG_TITLE,
        },
        "clauses": sx_cl,
        "applies_to": {
            "default": "陕西省",
            "specific": {
                "第五条": "西安国际港务区",
                "第七条": "西安国际港务区",
                "第八条": "西咸新区空港新城（西安咸阳国际机场）",
                "第九条": "宝鸡、延安、汉中（区域性陆港）",
                "第十四条": "西安国际港务区、西咸新区空港新城、宝鸡陆港",
                "第十六条": "西安国际港务区",
                "第十七条": "中国（陕西）自由贸易试验区西安国际港务区片区",
                "第十九条": "西安综合保税区、西安高新综合保税区、西安航空基地综合保税区、宝鸡综合保税区",
                "第二十七条": "西安国际港务区以外的区域性陆港（宝鸡、延安、汉中等）",
            },
            "note": "第二条第二款 names 西安国际港务区/西咸新区空港新城/宝鸡/延安/汉中 only to DEFINE 国际陆港 — the article applies province-wide (tagging those places too is tolerable, low). 第十二条 广西北部湾港、重庆果园港 are partner ports in other provinces: they must not place the clause in 广西/重庆. 中亚、欧洲 / 共建“一带一路”国家 (第十一条, 第二十条) do not move clauses abroad.",
        },
        "_note": (
            "Count: ONE document — the 条例, published by the 常委会公告（第二十六号） that heads the page; the 公告 sentence is the first clause (like the notice paragraph of a 印发通知). Reading the 公告 as a separate small document (title 陕西省人民代表大会常务委员会公告（第二十六号）, 1 clause) is tolerable (low) provided the 条例 is a document of its own with the 条例 title; giving the whole page only the 公告 title is medium. "
            "doc_number: 第二十六号 (written （第二十六号） on the page; “陕西省人民代表大会常务委员会公告（第二十六号）” also fine); there is no 〔年〕号 文号. "
            "date = 2024-11-28 (通过, in the 题注 and the 公告); published = 2024-11-29 (公告落款 = 公布 date); the page date 2024-11-30 10:12 is the web date (as published: tolerable, low); the top bar date 2025年2月10日 星期一 is the day the page was saved (must not be any date of the document). effective 2025-03-01 (公告 and 第二十八条), no expiry. "
            "Furniture: site top bar, header/search, nav (twice: a hidden mobile copy with display:none), breadcrumb 当前位置：首页 > 公告公报 > 常委会公告, h1 page title, info line (发布时间/来源/浏览次数/字号), the centred 公告 heading and （第二十六号） inside the content, the 公告 落款 (陕西省人民代表大会常务委员会 / 2024年11月29日, right-aligned <p>), the 条例 title <p>, the 题注 （2024年11月28日…通过）, 目录 + its six chapter lines (must NOT become clauses or headings that swallow articles — the chapter names repeat later), chapter headings 第一章　总　　则 … 第六章　附　　则 (headings; articles' path should carry the chapter), share/print/close links, 相关链接 (3 titles with dates — one is a 公告（第二十五号）, one a 草案说明), footer. "
            "Articles: run-in bold 第X条 + separator + text; the separator is a full-width space except 第十一条/第十二条 (two &nbsp;), 第十九条 (plain number, not bold, half-width space) and 第二十三条 (two full-width spaces) — whitespace between number and text is not significant. "
            "款 are separate <p> WITHOUT any number (第二条, 第四条 ×3, 第六条, 第九条, 第十三条, 第二十条, 第二十五条): each must stay with its article (expected joins an article's 款 with a newline; a separate clause per 款 labelled 第X条第N款 / path under 第X条 is equally good). Losing a 款, gluing it to the next article, or reading it as a new top-level paragraph with no article is medium. "
            "第二十五条: lead-in ending with “：”, items （一）（二）（三） as separate <p>, then a TRAILING 款 (调整功能定位或者撤销认定前…) after the items — it belongs to 第二十五条, not to item （三）. Expected joins all of it into the article; items as child clauses equally good. 29 clauses (公告 sentence + 28 articles)."
        ),
    }]
    # ---- (b) 宁波
    nb_cl = [NB_INTRO] + ["\n".join(it) for it in NB_ITEMS] + NB_TAIL
    out[NB_STEM] = [{
        "meta": {
            "title": NB_TITLE, "doc_number": None, "issuer": ["宁波市人民代表大会常务委员会"],
            "date": "2024-08-29", "published": "2024-10-08", "level": "municipal", "region": "浙江省宁波市",
            "effective": "2024-11-01", "expires": None, "attachments": [], "doc_type": "决定（修改地方性法规）",
            "recipients": [], "publicity": None,
            "approved": "2024-09-26 (浙江省第十四届人民代表大会常务委员会第十二次会议批准)",
            "amends": "宁波市跨境贸易便利化条例",
        },
        "clauses": nb_cl,
        "applies_to": {
            "default": "浙江省宁波市",
            "specific": {
                "一、": "宁波市 (purpose clause; mentions 中国（浙江）自由贸易试验区宁波片区 — tagging 宁波片区 too is fine)",
                "二、": "北仑区、镇海区、象山县、宁波前湾新区、宁波保税区 (division of duties; 宁波市 alone tolerable, low)",
                "四、": "宁波舟山港穿山港区、梅山港区（北仑区）；宁波栎社国际机场（海曙区）",
                "五、": "宁波梅山综合保税区、宁波北仑港综合保税区、宁波前湾综合保税区（宁波前湾新区）",
                "六、": "中国（浙江）自由贸易试验区宁波片区",
                "十、": "北仑区（宁波经济技术开发区）",
            },
            "note": "三、 舟山江海联运服务中心 / 长三角区域港口 are partners (舟山 is another city): must not place item 三 in 舟山市. 浙江省 appears only as the approving 省人大常委会 — it is not the region.",
        },
        "_note": (
            "Page saved by Chrome from an old table-layout CMS, encoded GBK (meta charset=gb2312): the reader must decode it (mojibake = high). "
            "Furniture: banner image, nav row, 您现在的位置 breadcrumb, the bt_title cell (title), info cell (发布日期：2024-10-08 / 信息来源 / 点击数 / 字体 大中小), the title REPEATED at the top of the content as one centred bold <p> split by a <br> (宁波市人民代表大会常务委员会 / 关于修改《…》的决定 — joined with no space), the 题注 （2024年8月29日…通过　2024年9月26日…批准） with two dates, 打印本页/关闭窗口, 相关信息 (3 links with dates, one is the re-published 条例 itself), footer (address, ICP, 网站标识码). "
            "Body: ONE <div> of text with paragraphs separated by <br> (no <p>), indented with two full-width spaces; a blank line (<br><br>) after the intro sentence and before the last three sentences. "
            "Clauses: the intro (…作如下修改：), items 一、…十、, and the three closing sentences (此外…调整。 / 本决定自2024年11月1日起施行。 / 《…条例》根据本决定作相应修改，重新公布。). "
            "Items quote new article text in “…”; items 三、 and 五、 quote TWO paragraphs and 七、 quotes FOUR (lead-in + “（一）… “（二）… “（三）…): by convention each quoted paragraph opens with “ and only the last closes with ”. Those continuation lines are part of their item (expected joins them with a newline). Reading “（一）通关… as a new item （一） outside 七、, or as an item of the 决定, or starting a new clause not under 七、, is medium; losing the leading “ is low. "
            "Quoted text names articles (第八条, 第十五条, 第二十二条…) — these are not articles of the 决定 and must not become 第X条 clauses. 八、删去第二十四条。 is a full clause (short). "
            "Dates: date = 2024-08-29 (市人大常委会通过); 2024-09-26 is the 省人大常委会批准 date (as date: low); published = 2024-10-08 (page date; no 公告 on the page); effective 2024-11-01 (本决定自…起施行). No 文号 (a 决定 has none). 14 clauses."
        ),
    }]
    # ---- (c) 四川
    sc_cl = SC_INTRO + [sc_row_clause(r) for r in SC_ROWS] + [SC_NOTE, SC_CONTACT]
    spec = {
        "序号1": "中国（四川）自由贸易试验区成都天府新区片区",
        "序号2": "中国（四川）自由贸易试验区川南临港片区（泸州市）",
        "序号6": "成都国际铁路港综合保税区（成都市青白江区）",
        "序号7": "中国（四川）自由贸易试验区成都青白江铁路港片区",
        "序号8": "泸州综合保税区（泸州市）",
        "序号9": "宜宾港志城作业区（宜宾市）",
        "序号10": "绵阳综合保税区（绵阳市）",
        "序号11": "德阳国际铁路物流港（德阳市）",
        "序号12": "中国（四川）自由贸易试验区成都天府新区片区 / 四川天府新区",
        "序号14": "南充临江新区（南充市）",
        "序号15": "攀枝花市",
    }
    out[SC_STEM] = [{
        "meta": {
            "title": SC_TITLE, "doc_number": None, "issuer": ["四川省司法厅"],
            "date": "2025-01-15", "published": "2025-01-16", "level": "provincial", "region": "四川省",
            "effective": None, "expires": None, "attachments": [SC_ATT], "doc_type": "公示",
            "recipients": [], "publicity": None,
        },
        "clauses": sc_cl,
        "applies_to": {
            "default": "四川省",
            "specific": spec,
            "note": "Rows 3, 4, 5, 13, 16 are province-wide (省级部门/省政府办公厅). A row's place comes from the file it lists (the 片区/综保区/city in its name, or the city of its 制定机关); rows 6/8/10/11/14/15 by a 市人民政府 concern that city even where the name says only the park. 中欧班列（成渝） (row 4) does not place the row in 重庆; 西部陆海新通道 (row 3) is a corridor, not a place.",
        },
        "_note": (
            "Chrome save, UTF-8. Furniture: top bar, header, menu, breadcrumb 您当前的位置：首页 > 政务公开 > 规范性文件备案审查 > 备案公示, the 信息公开 metadata box (a layout <table> 索引号/主题分类/发布机构/成文日期/标题/文号(empty)/发布日期 — must NOT become table-row clauses; it is the best place to read date 2025-01-15 and published 2025-01-16), h1, art-info line, 附件 link (…目录.xlsx, an absolute URL not saved with the page), share + QR 扫一扫, 相关文章 (two earlier quarters’ 公示 with dates), footer. "
            "落款 四川省司法厅 / 2025年1月15日 (right-aligned <p>) is furniture. "
            "Clauses: 2 intro paragraphs; 16 table rows, each written 序号：N；文件名称：…；制定机关：…；文号：…；备案日期：… ; the 注 paragraph; the 联系电话 paragraph (contact details — as a clause or dropped, both fine). "
            "Table (pasted from Word: MsoNormalTable, <thead><th> header, each cell a <p class=MsoNormal> with <span>): header row 序号/文件名称/制定机关/文号/备案日期 is not a row clause. Row 1's 制定机关 cell has rowspan=2, so row 2 has only 4 <td>: row 2 must still get 制定机关 四川省商务厅 and its 文号/备案日期 must not shift left into 制定机关 (shifted columns = medium). "
            "Cells with <br>: row 4 制定机关 四川省财政厅<br>四川省商务厅 (two organs; any separator fine, run together without one is low); row 7 文件名称 breaks inside the place name 成都青白江<br>铁路港片区 (must join with NO space); row 10 文号 绵府规〔2024〕<br>2号 (join with no space). "
            "Dates in rows (备案日期) are not dates of the 公示. 公示期 2025-01-16 至 2025-01-25 is not a validity period (effective/expires from it: low). No 文号 (metadata 文号 field empty). 20 clauses."
        ),
    }]
    # ---- (d) 云南
    yn_cl = [YN_INTRO] + [t for _, ans in YN_QA for t in ans]
    out[YN_STEM] = [{
        "meta": {
            "title": YN_TITLE, "doc_number": None, "issuer": ["云南省人大常委会法制工作委员会"],
            "date": "2024-06-14", "published": "2024-06-14", "level": "provincial", "region": "云南省",
            "effective": None, "expires": None, "attachments": [], "doc_type": "法规解读",
            "recipients": [], "publicity": None,
            "interprets": "云南省沿边开放口岸促进条例（2024年5月30日通过，2024年7月1日起施行）",
        },
        "clauses": yn_cl,
        "applies_to": {
            "default": "云南省",
            "specific": {
                "三、 ¶1": "瑞丽、磨憨、河口（枢纽口岸）；腾冲猴桥、孟定清水河、天保、打洛",
                "三、 ¶2": "磨憨口岸（西双版纳州勐腊县）、河口口岸（红河州河口县）、瑞丽口岸（德宏州瑞丽市）",
                "四、（一）": "磨憨、河口、瑞丽口岸",
                "四、（二）": "磨憨铁路口岸（中老铁路）",
                "五、 ¶1": "红河综合保税区、昆明综合保税区",
                "五、 ¶2": "磨憨—磨丁经济合作区中方区域（勐腊县）、瑞丽国家重点开发开放试验区",
                "六、": "中国（云南）自由贸易试验区红河片区、德宏片区、昆明片区",
                "七、 ¶1": "畹町、孟定、河口（边民互市贸易区（点））",
            },
            "note": "缅甸、老挝、越南 / 南亚东南亚 / 磨丁 (老挝 side) do not move any clause abroad. 一、 ¶1 states the province's border and is province-wide.",
        },
        "_note": (
            "Firefox save (no saved-from comment; assets keep their names: jquery.min.js, article.js, base.css…). "
            "Count: ONE document (the 解读); it is not the 条例 itself: effective/expires null — 2024-07-01 is the 条例's 施行 date and 2024-05-30 its 通过 date (either as the 解读's effective/date: low); the repealed 《云南省边境口岸管理条例》(2010-07-29) is repealed by the 条例, not by this page (as repeals of the 解读: low). "
            "date = published = 2024-06-14 (article-meta 发布时间 / PubDate meta); the top bar 2025年3月4日 星期二 is the day of saving. issuer = 省人大常委会法制工作委员会 (来源 line; 云南省人大常委会法制工作委员会 in the intro) — 云南省人民代表大会常务委员会 is the site owner (as issuer: low). "
            "Structure: intro <p>, then 8 questions as <h4> (一、…八、 numbered, ending with ？), each followed by 1–4 answer <p>. Questions are headings (path); answers are the clauses (question + answer merged into one clause equally good; questions as heading clauses tolerable, low). Answer 四、 has a lead-in and three <p> beginning （一）（二）（三） — items under question 四、 (label 四、（一） etc.; not top-level items). "
            "The sidebar <aside> has its own <h4> boxes (相关阅读 / 热点专题 / 手机扫码阅读) and a link titled like a question (如何理解口岸“一次申报、一次查验、一次放行”？) — furniture, must not become questions or clauses; likewise 上一篇/下一篇 (titles of other 解读), share/print/close, breadcrumb 您的位置：首页 » 法规解读 » 正文, footer. 16 clauses."
        ),
    }]
    return out


def main():
    files = [build_shaanxi(), build_ningbo(), build_sichuan(), build_yunnan()]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
