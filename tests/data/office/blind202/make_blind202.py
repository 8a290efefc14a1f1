# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, UP031, UP032, E731
"""Blind round 202: four government web pages saved from the browser as "网页，全部" (Webpage, Complete).

Each page is written as the browser saves it: <stem>.html (the serialised DOM, with the
"saved from url" mark, the charset meta the browser inserts and links rewritten to ./<stem>_files/)
plus the <stem>_files/ folder holding the style sheets, scripts and images.

  blind202_hunan_xize.html      湖南省商务厅 site: joint 通知 (湖南省商务厅 湖南省财政厅, 湘商发〔2024〕9号)
      印发 the 自贸试验区跨境电商专项资金管理实施细则; the 细则 (第一条…第十八条) is printed BELOW the
      落款 under a heading 附件 and a horizontal rule; items once as <p>, once as <br>-lines.
  blind202_xiamen_cuoshi.html   厦门市人民政府 site: 信息公开 record as a two-column <table> ABOVE the title
      (索引号 … 有效性 / 废止日期), 厦府规〔2024〕6号 印发 若干措施 (一、…十一、), repeals 厦府规〔2021〕4号.
  blind202_beilun_yijian.html   宁波市北仑区人民政府 site (GBK encoded): 实施意见 仑政发〔2024〕21号 whose
      text is a sequence of <section> elements each with its own <h2> (一、…五、) and items as <ol><li>
      (numbers drawn by the browser, not typed).
  blind202_harbin_chengguo.html 中国（黑龙江）自贸试验区哈尔滨片区 site: 通知 发布 第五批制度创新成果 with a
      Word-pasted table 序号/成果名称/主要内容/牵头单位/所属片区 (rowspans, <p> inside cells).
  expected.json

Run:  . /work/venv/bin/activate && python make_blind202.py
"""
import html
import json
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
E = html.escape


# ================================================================ helpers
def png(w, h, rgb):
    """A tiny valid PNG of one colour."""
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


JQ = "/*! jQuery v1.11.3 | (c) 2005, 2015 jQuery Foundation, Inc. | jquery.org/license */\n!function(a,b){\"object\"==typeof module&&\"object\"==typeof module.exports?module.exports=a.document?b(a,!0):function(a){return b(a)}:b(a)}(\"undefined\"!=typeof window?window:this,function(a,b){var c=[];return a});\n"
SHARE_JS = "/* share.js */\nfunction shareTo(t){var u=encodeURIComponent(location.href),ti=encodeURIComponent(document.title);var m={weibo:'https://service.weibo.com/share/share.php?url='+u+'&title='+ti,qzone:'https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url='+u};if(m[t])window.open(m[t]);}\nfunction doPrint(){window.print();}\nfunction doZoom(s){var e=document.getElementById('zoom');if(e)e.style.fontSize=s+'px';}\n"
STAT_JS = "var _hmt=_hmt||[];(function(){var hm=document.createElement('script');hm.src='https://hm.baidu.com/hm.js?4f1c2e0a9b7d';})();\n"


def write_files(stem, files, encoding="utf-8"):
    d = os.path.join(HERE, stem + "_files")
    os.makedirs(d, exist_ok=True)
    for name, data in files.items():
        mode = "wb" if isinstance(data, bytes) else "w"
        with open(os.path.join(d, name), mode, **({} if mode == "wb" else {"encoding": encoding})) as fh:
            fh.write(data)


def saved_mark(url):
    return "<!-- saved from url=(%04d)%s -->" % (len(url), url)


def write_html(stem, text, encoding="utf-8"):
    path = os.path.join(HERE, stem + ".html")
    with open(path, "w", encoding=encoding, newline="\n") as fh:
        fh.write(text)
    return path


# =====================================================================================
# (a) 湖南省商务厅 — 通知 + 附件 细则 printed below the 落款 under a heading and <hr>
# =====================================================================================
HN_STEM = "blind202_hunan_xize"
HN_URL = "https://swt.hunan.gov.cn/swt/hnswt/zwgk/zcfg/zcwj/202405/t20240524_33318726.html"
HN_XZ = "中国（湖南）自由贸易试验区跨境电子商务发展专项资金管理实施细则"
HN_TITLE = "湖南省商务厅　湖南省财政厅关于印发《%s》的通知" % HN_XZ
HN_NUM = "湘商发〔2024〕9号"
HN_RECIP = "各市州商务主管部门、财政局，中国（湖南）自由贸易试验区长沙片区、岳阳片区、郴州片区管委会："
HN_NOTICE = ("为加快中国（湖南）自由贸易试验区跨境电子商务高质量发展，规范专项资金管理，省商务厅、省财政厅研究制定了"
             "《%s》，现印发给你们，请认真遵照执行。执行中如有问题，请及时向省商务厅（自贸区处）、省财政厅（经济建设处）反映。" % HN_XZ)
HN_ARTS = [
    ("第一条", "为规范和加强中国（湖南）自由贸易试验区（以下简称湖南自贸试验区）跨境电子商务发展专项资金（以下简称专项资金）管理，提高资金使用效益，根据《中国（湖南）自由贸易试验区总体方案》《湖南省省级财政专项资金管理办法》等有关规定，结合实际，制定本细则。", None),
    ("第二条", "本细则所称专项资金，是指省级财政在商务发展专项资金中安排，用于支持湖南自贸试验区长沙片区、岳阳片区、郴州片区跨境电子商务发展的资金。", None),
    ("第三条", "专项资金的管理和使用遵循“公开透明、突出重点、绩效导向、专款专用”的原则。省商务厅负责提出资金分配建议、组织项目申报和绩效管理；省财政厅负责审核资金分配建议、下达资金和监督检查。", None),
    ("第四条", "专项资金重点支持以下方向：", ("p", ["（一）跨境电子商务综合试验区和跨境电商产业园区建设；",
                                           "（二）跨境电商海外仓建设和运营；",
                                           "（三）跨境电商公共服务平台和海关监管作业场所建设；",
                                           "（四）跨境电商人才培训和自主品牌培育。"])),
    ("第五条", "支持长沙片区依托长沙黄花综合保税区建设跨境电商“1210”保税进口和“9610”直购进口集聚区。对年度跨境电商进出口额首次突破10亿元的园区运营主体，给予一次性奖励200万元。", None),
    ("第六条", "支持岳阳片区依托城陵矶港和岳阳城陵矶综合保税区发展跨境电商出口海外仓模式。对经城陵矶港出口的跨境电商货物，按照每标准集装箱500元给予物流补贴，单个企业年度补贴最高不超过100万元。", None),
    ("第七条", "支持郴州片区依托郴州综合保税区发展面向粤港澳大湾区和东盟市场的跨境电商加工贸易。对在郴州综合保税区内新设立且年度跨境电商进出口额达到5000万元以上的企业，给予一次性奖励50万元。", None),
    ("第八条", "对在共建“一带一路”国家和地区新建或者租用海外仓，海外仓面积达到3000平方米以上且年度服务本省企业不少于20家的，按照实际投入的30%给予支持，单个海外仓最高不超过300万元。", None),
    ("第九条", "湖南自贸试验区协同联动区内开展跨境电商业务的企业，可以参照本细则第八条申请支持。", None),
    ("第十条", "专项资金采取因素法分配和项目法分配相结合的方式。因素法分配的资金，按照各片区跨境电商进出口额、增长率和绩效评价结果等因素测算；项目法分配的资金，通过竞争性评审择优确定支持项目。", None),
    ("第十一条", "申报专项资金的企业应当具备以下条件：", ("br", ["（一）在湖南自贸试验区内依法注册，具有独立法人资格；",
                                                  "（二）财务管理制度健全，近三年无重大违法违规记录；",
                                                  "（三）未被列入严重失信主体名单。"])),
    ("第十二条", "省商务厅每年发布专项资金申报通知，明确申报条件、申报材料和申报时限。各片区管委会负责组织本片区项目申报和初审，并于申报通知规定时间内将初审结果报送省商务厅。", None),
    ("第十三条", "省商务厅会同省财政厅组织专家或者委托第三方机构对申报项目进行评审，评审结果在省商务厅门户网站公示，公示期不少于5个工作日。", None),
    ("第十四条", "省财政厅根据省商务厅提出的资金分配建议，在省人民代表大会批准预算后60日内将专项资金下达至各片区所在地财政部门。", None),
    ("第十五条", "专项资金使用单位应当按照规定用途使用资金，不得截留、挪用。对虚报冒领、骗取套取专项资金的，依法收回资金，并按照《财政违法行为处罚处分条例》等规定处理。", None),
    ("第十六条", "省商务厅会同省财政厅建立专项资金绩效评价制度，绩效评价结果作为以后年度资金分配的重要依据。", None),
    ("第十七条", "本细则由省商务厅、省财政厅负责解释。", None),
    ("第十八条", "本细则自2024年7月1日起施行，有效期5年。", None),
]


def hn_clauses():
    out = [HN_NOTICE]
    for num, text, items in HN_ARTS:
        out.append(num + "\u3000" + text)
        if items:
            out.extend(items[1])
    return out


def build_hunan():
    P = '<p style="text-indent: 2em; text-align: justify;">%s</p>'
    body = []
    body.append('<p style="text-align: center;">%s</p>' % HN_NUM)
    body.append('<p>%s</p>' % HN_RECIP)
    body.append(P % E(HN_NOTICE))
    body.append(P % ("附件：" + HN_XZ))
    body.append('<p style="text-align: right;">湖南省商务厅　　　　湖南省财政厅</p>')
    body.append('<p style="text-align: right;">2024年5月20日　　　</p>')
    body.append(P % "（此件主动公开）")
    # the attachment, under a rule and a heading
    body.append('<hr style="border: none; border-top: 1px solid #999; margin: 30px 0 20px;">')
    body.append('<p style="font-family: 黑体, SimHei; font-size: 18px;"><strong>附件</strong></p>')
    body.append('<p style="text-align: center; font-size: 20px; line-height: 1.6;"><strong>中国（湖南）自由贸易试验区<br>跨境电子商务发展专项资金管理实施细则</strong></p>')
    for num, text, items in HN_ARTS:
        head = '<strong>%s</strong>\u3000%s' % (num, E(text))
        if items and items[0] == "br":
            body.append(P % (head + "".join("<br>\u3000\u3000" + E(i) for i in items[1])))
        else:
            body.append(P % head)
            if items:
                for i in items[1]:
                    body.append(P % E(i))
    content = "\n".join(body)
    page = f"""<!DOCTYPE html>
{saved_mark(HN_URL)}
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>湖南省商务厅　湖南省财政厅关于印发《中国（湖南）自由贸易试验区跨境电子商务发展专项资金管理实施细则》的通知 - 政策文件 - 湖南省商务厅</title>
<meta name="SiteName" content="湖南省商务厅">
<meta name="SiteDomain" content="swt.hunan.gov.cn">
<meta name="SiteIDCode" content="4300000045">
<meta name="ColumnName" content="政策文件">
<meta name="ColumnType" content="政策文件">
<meta name="ArticleTitle" content="{E(HN_TITLE)}">
<meta name="PubDate" content="2024-05-24 10:12">
<meta name="ContentSource" content="自贸区处">
<meta name="Keywords" content="自贸试验区,跨境电商,专项资金">
<meta name="Description" content="湖南省商务厅　湖南省财政厅关于印发《中国（湖南）自由贸易试验区跨境电子商务发展专项资金管理实施细则》的通知">
<link rel="stylesheet" href="./{HN_STEM}_files/base.css">
<link rel="stylesheet" href="./{HN_STEM}_files/article.css">
<script src="./{HN_STEM}_files/jquery.min.js"></script>
<script src="./{HN_STEM}_files/share.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span class="fl">欢迎访问湖南省商务厅门户网站！</span><span class="fr"><a href="https://swt.hunan.gov.cn/wza/">无障碍</a> | <a href="https://swt.hunan.gov.cn/swt/jtb/">繁体版</a> | <a href="https://swt.hunan.gov.cn/swt/ydb/">移动版</a></span></div></div>
<div class="header"><div class="w1200">
  <a href="https://swt.hunan.gov.cn/" class="logo"><img src="./{HN_STEM}_files/logo.png" alt="湖南省商务厅"></a>
  <div class="search"><form action="https://swt.hunan.gov.cn/search/" method="get"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div>
</div></div>
<div class="nav"><ul class="w1200">
  <li><a href="https://swt.hunan.gov.cn/">首页</a></li>
  <li><a href="https://swt.hunan.gov.cn/swt/hnswt/jggk/">机构概况</a></li>
  <li class="on"><a href="https://swt.hunan.gov.cn/swt/hnswt/zwgk/">政务公开</a></li>
  <li><a href="https://swt.hunan.gov.cn/swt/hnswt/zwfw/">政务服务</a></li>
  <li><a href="https://swt.hunan.gov.cn/swt/hnswt/hdjl/">互动交流</a></li>
  <li><a href="https://swt.hunan.gov.cn/swt/hnswt/zmq/">自贸试验区</a></li>
  <li><a href="https://swt.hunan.gov.cn/swt/hnswt/ztzl/">专题专栏</a></li>
</ul></div>
<div class="w1200 main">
  <div class="crumb">当前位置：<a href="https://swt.hunan.gov.cn/">首页</a> &gt; <a href="https://swt.hunan.gov.cn/swt/hnswt/zwgk/">政务公开</a> &gt; <a href="https://swt.hunan.gov.cn/swt/hnswt/zwgk/zcfg/">政策法规</a> &gt; <a href="https://swt.hunan.gov.cn/swt/hnswt/zwgk/zcfg/zcwj/">政策文件</a></div>
  <div class="article">
    <h1 class="art-title">湖南省商务厅　湖南省财政厅关于印发<br>《中国（湖南）自由贸易试验区跨境电子商务发展专项资金管理实施细则》的通知</h1>
    <div class="art-info">
      <span>发布时间：2024-05-24 10:12</span><span>来源：自贸区处</span><span>浏览次数：<em id="hits">2736</em></span>
      <span class="zoom">【字号：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
    </div>
    <div class="art-content" id="zoom"><div class="TRS_Editor">
{content}
    </div></div>
    <div class="art-fj"><p>附件下载：</p><ul><li><a href="https://swt.hunan.gov.cn/swt/hnswt/zwgk/zcfg/zcwj/202405/P020240524381276451023.pdf">湖南省商务厅 湖南省财政厅关于印发《中国（湖南）自由贸易试验区跨境电子商务发展专项资金管理实施细则》的通知.pdf</a></li></ul></div>
    <div class="art-tools">
      <div class="share">分享到：<a href="javascript:shareTo('wechat')" class="wx">微信</a><a href="javascript:shareTo('weibo')" class="wb">微博</a><a href="javascript:shareTo('qzone')" class="qz">QQ空间</a></div>
      <div class="tools"><a href="javascript:doPrint()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
    </div>
    <div class="related"><h3>相关链接</h3><ul>
      <li><a href="https://swt.hunan.gov.cn/swt/hnswt/zwgk/zcjd/202405/t20240524_33318801.html">《中国（湖南）自由贸易试验区跨境电子商务发展专项资金管理实施细则》政策解读</a><span>2024-05-24</span></li>
      <li><a href="https://swt.hunan.gov.cn/swt/hnswt/zwgk/zcfg/zcwj/202312/t20231215_32655410.html">湖南省商务厅关于做好2024年度外经贸发展专项资金项目申报工作的通知</a><span>2023-12-15</span></li>
      <li><a href="https://swt.hunan.gov.cn/swt/hnswt/zmq/202403/t20240308_33012214.html">中国（湖南）自由贸易试验区2024年工作要点</a><span>2024-03-08</span></li>
    </ul></div>
  </div>
</div>
<div class="footer"><div class="w1200">
  <p><a href="https://swt.hunan.gov.cn/swt/hnswt/wzdt/">网站地图</a> | <a href="https://swt.hunan.gov.cn/swt/hnswt/lxwm/">联系我们</a> | <a href="https://swt.hunan.gov.cn/swt/hnswt/sybz/">使用帮助</a></p>
  <p>主办单位：湖南省商务厅　承办单位：湖南省商务厅电子商务和信息化处　地址：长沙市天心区城南西路1号　邮编：410015</p>
  <p>网站标识码：4300000045　<a href="https://beian.miit.gov.cn/">湘ICP备05003817号</a>　<img src="./{HN_STEM}_files/ga.png" alt="">湘公网安备 43010302000312号</p>
  <p><img src="./{HN_STEM}_files/jiucuo.png" alt="政府网站找错"> <img src="./{HN_STEM}_files/dzjg.png" alt="党政机关"></p>
</div></div>
<script src="./{HN_STEM}_files/stat.js"></script>
</body></html>
"""
    write_files(HN_STEM, {
        "base.css": "*{margin:0;padding:0}body{font:14px/1.8 'Microsoft YaHei',SimSun;color:#333}ul,ol{list-style:none}a{color:#333;text-decoration:none}.w1200{width:1200px;margin:0 auto}.fl{float:left}.fr{float:right}.top-bar{background:#f3f3f3;height:32px;line-height:32px}.header{height:120px;background:#b40000}.nav{background:#8c0000}.nav li{display:inline-block;padding:0 28px;line-height:46px}.nav a{color:#fff;font-size:17px}.footer{background:#eee;padding:20px 0;text-align:center;font-size:13px}\n",
        "article.css": ".crumb{padding:12px 0;border-bottom:1px solid #ddd}.article{padding:30px 60px}.art-title{font-size:26px;text-align:center;color:#b40000;line-height:1.5}.art-info{text-align:center;color:#888;border-bottom:1px dashed #ccc;padding:10px 0}.art-info span{margin:0 10px}.art-content{font-size:16px;line-height:2;padding:20px 0}.art-fj{border-top:1px solid #eee;padding:10px 0}.share a{margin:0 6px}.related h3{font-size:16px;border-bottom:2px solid #b40000}\n",
        "jquery.min.js": JQ, "share.js": SHARE_JS, "stat.js": STAT_JS,
        "logo.png": png(8, 4, (180, 0, 0)), "ga.png": png(4, 4, (200, 160, 0)),
        "jiucuo.png": png(6, 3, (220, 40, 40)), "dzjg.png": png(6, 3, (200, 0, 0)),
    })
    return write_html(HN_STEM, page)


# =====================================================================================
# (b) 厦门市人民政府 — 信息公开 record table above the title; 印发 若干措施
# =====================================================================================
XM_STEM = "blind202_xiamen_cuoshi"
XM_URL = "https://www.xm.gov.cn/zwgk/flfg/sfwj/202408/t20240809_2871562.htm"
XM_TITLE = "厦门市人民政府关于印发促进中欧（厦门）班列高质量发展若干措施的通知"
XM_NUM = "厦府规〔2024〕6号"
XM_NOTICE = "现将《促进中欧（厦门）班列高质量发展若干措施》印发给你们，请认真组织实施。"
XM_INTRO = ("为深入贯彻落实党中央、国务院关于推进共建“一带一路”高质量发展的决策部署，发挥中国（福建）自由贸易试验区厦门片区和"
            "“海丝”“陆丝”无缝衔接枢纽作用，推动中欧（厦门）班列扩量提质、稳定运行，结合我市实际，制定以下措施。")
XM_ITEMS = [
    "一、支持班列稳定开行。对从海沧区东孚铁路物流场站始发、经阿拉山口、霍尔果斯、满洲里、二连浩特等口岸出境的中欧（厦门）班列，按照实际开行列数给予平台运营企业每列2万元补助；年度开行量超过300列的部分，每列补助提高至3万元。",
    "二、培育回程班列。对回程班列按照每标准箱1500元给予补助，对回程班列重箱率达到80%以上的，再按照每标准箱300元给予奖励，推动回程与去程开行比例逐年提高。",
    "三、拓展海铁联运。支持海沧港区、东渡港区开展中欧班列与国际航线“海铁联运”业务，对经厦门港海运进港并转中欧（厦门）班列出境的货物，按照每标准箱800元给予补助。",
    "四、建设集结中心。加快中欧班列（厦门）集结中心建设，在海沧区东孚片区规划建设多式联运物流园，2025年底前建成一期工程，新增铁路装卸线4条、堆场面积10万平方米。",
    "五、发展班列经济。支持厦门海沧港综合保税区、厦门象屿综合保税区企业利用中欧（厦门）班列开展保税加工、保税维修和跨境电商业务，对年度通过班列运输货值超过1亿元的区内企业，给予一次性奖励50万元。",
    "六、支持货源集聚。对集美区、同安区、翔安区范围内通过中欧（厦门）班列年度出口货值超过5000万元的生产型企业，按照出口货值的0.5%给予奖励，单个企业最高不超过100万元。",
    "七、推动省内联动。支持开行龙岩、三明至厦门的班列集结线，对集结线与中欧（厦门）班列衔接运输的货物，按照每标准箱500元给予平台运营企业补助。",
    "八、提升通关便利化水平。厦门海关在东孚铁路物流场站设立班列监管作业场所，推行“提前申报”“铁路快通”模式，实现班列货物“即到即查、即查即放”。",
    "九、创新班列金融服务。鼓励银行业金融机构在厦门片区开展以铁路运单为基础的“运单融资”业务，对开展该业务的金融机构，按照年度融资额的1%给予奖励，每家每年最高不超过200万元。",
    "十、加强海外网络建设。支持平台运营企业在波兰罗兹、德国杜伊斯堡、俄罗斯莫斯科等班列沿线节点城市建设或者租用海外仓和分拨中心，按照实际投入的20%给予补助，单个项目最高不超过300万元。",
    "十一、强化组织保障。市商务局会同市发展改革委、市财政局、厦门海关等部门建立中欧（厦门）班列发展联席会议制度，每半年研究一次班列发展重大事项。本措施所需资金由市、区两级财政按照现行财政体制分担。",
]
XM_CLOSE = ("本措施自2024年9月1日起施行，有效期3年。同一事项与本市其他政策重复的，按照从高不重复原则执行。"
            "《厦门市人民政府关于印发促进中欧（厦门）班列发展若干措施的通知》（厦府规〔2021〕4号）同时废止。")


def build_xiamen():
    rows = [("索引号", "XM00100-0200-2024-00157"), ("主题分类", "商贸、海关、旅游"), ("发文机关", "厦门市人民政府"),
            ("成文日期", "2024-08-05"), ("标题", XM_TITLE), ("发文字号", XM_NUM),
            ("发布日期", "2024-08-09"), ("有效性", "有效"), ("废止日期", "2027-08-31")]
    table = "\n".join('      <tr><td class="xxgk-l">%s：</td><td class="xxgk-r">%s</td></tr>' % (a, E(b)) for a, b in rows)
    P = '<p style="text-indent: 2em; margin-bottom: 8px;">%s</p>'
    body = [
        '<p style="text-align: center;">%s</p>' % XM_NUM,
        '<p>各区人民政府，市直各委、办、局，各开发区管委会：</p>',
        P % E(XM_NOTICE),
        '<p style="text-align: right; padding-right: 4em;">厦门市人民政府</p>',
        '<p style="text-align: right; padding-right: 4em;">2024年8月5日</p>',
        '<p style="text-indent: 2em;">（此件主动公开）</p>',
        '<p>&nbsp;</p>',
        '<p style="text-align: center; font-size: 20px;"><strong>促进中欧（厦门）班列高质量发展若干措施</strong></p>',
        P % E(XM_INTRO),
    ]
    for it in XM_ITEMS:
        num, rest = it.split("、", 1)
        lead, tail = rest.split("。", 1)
        body.append(P % ('<strong>%s、%s。</strong>%s' % (num, E(lead), E(tail))))
    body.append(P % E(XM_CLOSE))
    content = "\n".join(body)
    page = f"""<!DOCTYPE html>
{saved_mark(XM_URL)}
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>厦门市人民政府关于印发促进中欧（厦门）班列高质量发展若干措施的通知_市政府文件_厦门市人民政府</title>
<meta name="SiteName" content="厦门市人民政府">
<meta name="SiteDomain" content="www.xm.gov.cn">
<meta name="SiteIDCode" content="3502000001">
<meta name="ColumnName" content="市政府文件">
<meta name="ArticleTitle" content="{E(XM_TITLE)}">
<meta name="PubDate" content="2024-08-09 16:40">
<meta name="ContentSource" content="厦门市人民政府办公厅">
<link href="./{XM_STEM}_files/common.css" rel="stylesheet" type="text/css">
<link href="./{XM_STEM}_files/xxgk.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="./{XM_STEM}_files/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="./{XM_STEM}_files/share.js"></script>
</head>
<body>
<div id="header">
  <div class="head-top"><div class="wrap"><span>今天是：2024年8月9日 星期五</span><div class="head-links"><a href="https://www.xm.gov.cn/">首页</a><a href="https://www.xm.gov.cn/english/">English</a><a href="https://www.xm.gov.cn/zxfw/znwd/">智能问答</a><a href="https://www.xm.gov.cn/login/">登录</a></div></div></div>
  <div class="head-main"><div class="wrap"><img src="./{XM_STEM}_files/xm_logo.png" alt="厦门市人民政府 www.xm.gov.cn" class="logo"><div class="search-box"><input type="text" id="searchword" value="" placeholder="搜索"><a href="https://www.xm.gov.cn/search/" class="s-btn">搜索</a></div></div></div>
  <div class="head-nav"><div class="wrap"><ul>
    <li><a href="https://www.xm.gov.cn/">首页</a></li>
    <li class="cur"><a href="https://www.xm.gov.cn/zwgk/">政务公开</a></li>
    <li><a href="https://www.xm.gov.cn/zwfw/">政务服务</a></li>
    <li><a href="https://www.xm.gov.cn/hdjl/">互动交流</a></li>
    <li><a href="https://www.xm.gov.cn/zjxm/">走进厦门</a></li>
  </ul></div></div>
</div>
<div class="wrap">
  <div class="position"><span>您当前所在的位置：</span><a href="https://www.xm.gov.cn/">首页</a> &gt; <a href="https://www.xm.gov.cn/zwgk/">政务公开</a> &gt; <a href="https://www.xm.gov.cn/zwgk/xxgk/">政府信息公开</a> &gt; <a href="https://www.xm.gov.cn/zwgk/xxgk/fdzdgknr/">法定主动公开内容</a> &gt; <a href="https://www.xm.gov.cn/zwgk/flfg/">政策文件</a> &gt; <a href="https://www.xm.gov.cn/zwgk/flfg/sfwj/">市政府文件</a></div>
  <div class="xxgk-detail">
    <table class="xxgk-table" cellspacing="0" cellpadding="0" border="0">
      <tbody>
{table}
      </tbody>
    </table>
    <div class="xxgk-title"><h2>厦门市人民政府关于印发促进中欧（厦门）班列<br>高质量发展若干措施的通知</h2></div>
    <div class="xxgk-tools">
      <span>【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
      <span class="bdsharebuttonbox">分享：<a href="javascript:shareTo('wechat')" class="bds_weixin" title="分享到微信"></a><a href="javascript:shareTo('weibo')" class="bds_tsina" title="分享到新浪微博"></a><a href="javascript:shareTo('qzone')" class="bds_qzone" title="分享到QQ空间"></a></span>
    </div>
    <div class="xxgk-content" id="zoom">
      <div class="TRS_Editor">
{content}
      </div>
    </div>
    <div class="xxgk-bottom"><a href="javascript:doPrint();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
    <div class="xgjd">
      <div class="xgjd-t">相关解读</div>
      <ul>
        <li><a href="https://www.xm.gov.cn/zwgk/zcjd/bmjd/202408/t20240809_2871570.htm">【文字解读】《促进中欧（厦门）班列高质量发展若干措施》政策解读</a></li>
        <li><a href="https://www.xm.gov.cn/zwgk/zcjd/tjjd/202408/t20240812_2871934.htm">【图解】一图读懂促进中欧（厦门）班列高质量发展若干措施</a></li>
      </ul>
    </div>
    <div class="xgjd">
      <div class="xgjd-t">相关文件</div>
      <ul>
        <li><a href="https://www.xm.gov.cn/zwgk/flfg/sfwj/202106/t20210618_2556101.htm">厦门市人民政府关于印发促进中欧（厦门）班列发展若干措施的通知</a><span>（已废止）</span></li>
      </ul>
    </div>
  </div>
</div>
<div id="footer"><div class="wrap">
  <div class="foot-links"><a href="https://www.xm.gov.cn/wzdt/">网站地图</a> | <a href="https://www.xm.gov.cn/gywm/">关于我们</a> | <a href="https://www.xm.gov.cn/wzsm/">网站声明</a></div>
  <p>主办：厦门市人民政府办公厅　承办：厦门市信息中心　联系电话：0592-12345</p>
  <p>网站标识码：3502000001　<a href="https://beian.miit.gov.cn/">闽ICP备05003406号</a>　闽公网安备 35020302001231号</p>
  <p><img src="./{XM_STEM}_files/jiucuo.png" alt="政府网站找错"> <img src="./{XM_STEM}_files/red.png" alt="党政机关"> <img src="./{XM_STEM}_files/wza.png" alt="适老化无障碍服务"></p>
</div></div>
</body></html>
"""
    write_files(XM_STEM, {
        "common.css": "body{margin:0;font:14px/1.7 'Microsoft YaHei';color:#222}ul{list-style:none;margin:0;padding:0}.wrap{width:1180px;margin:0 auto}#header{background:#fff}.head-nav{background:#0d5aa7}.head-nav li{display:inline-block;padding:0 40px;line-height:50px}.head-nav a{color:#fff;font-size:18px}#footer{background:#0d5aa7;color:#dfe9f5;padding:24px 0;text-align:center}\n",
        "xxgk.css": ".xxgk-table{width:100%;border:1px solid #c9d7e8;background:#f5f9fd;margin:16px 0}.xxgk-table td{padding:6px 12px;border-bottom:1px dashed #c9d7e8}.xxgk-l{width:110px;color:#0d5aa7;text-align:right;font-weight:bold}.xxgk-title h2{text-align:center;font-size:24px;line-height:1.6;color:#c00}.xxgk-content{font-size:16px;line-height:2.1;padding:20px 40px}.xgjd-t{font-size:16px;font-weight:bold;border-left:4px solid #0d5aa7;padding-left:8px}\n",
        "jquery-1.11.3.min.js": JQ, "share.js": SHARE_JS,
        "xm_logo.png": png(10, 3, (13, 90, 167)), "jiucuo.png": png(6, 3, (220, 40, 40)),
        "red.png": png(6, 3, (200, 0, 0)), "wza.png": png(6, 3, (30, 120, 200)),
    })
    return write_html(XM_STEM, page)


# =====================================================================================
# (c) 宁波市北仑区人民政府 — <section> per 一、 with <h2>, items as <ol><li>; GBK encoded
# =====================================================================================
BL_STEM = "blind202_beilun_yijian"
BL_URL = "http://www.bl.gov.cn/art/2024/7/22/art_1229031528_4097236.html"
BL_TITLE = "宁波市北仑区人民政府关于加快建设港口型国家物流枢纽深度融入共建“一带一路”的实施意见"
BL_NUM = "仑政发〔2024〕21号"
BL_INTRO = ("为深入贯彻落实共建“一带一路”倡议和《中国（浙江）自由贸易试验区扩展区域方案》，发挥宁波舟山港北仑港区核心枢纽作用，"
            "加快建设宁波—舟山港口型国家物流枢纽，推动中国（浙江）自由贸易试验区宁波片区（以下简称宁波片区）北仑区块高水平开放，"
            "结合我区实际，提出如下实施意见。")
BL_SECTIONS = [
    ("一、总体目标", "p", ["到2027年，全区港口集装箱吞吐量突破2500万标准箱，海铁联运业务量达到200万标准箱；与共建“一带一路”国家和地区进出口额年均增长8%以上；宁波片区北仑区块累计形成制度创新成果30项以上，港口型国家物流枢纽综合服务能力进入全国前列。"]),
    ("二、提升港口集疏运能力", "ol", [
        "加快穿山港区、梅山港区集装箱码头扩建，2025年底前建成梅山港区6号至10号集装箱泊位，新增集装箱通过能力430万标准箱。",
        "推进北仑港区铁路支线和穿山港区铁路支线扩能改造，提升海铁联运班列开行密度，力争2027年海铁联运班列每周开行不少于200列。",
        "支持白峰街道建设宁波舟山港江海联运服务中心北仑基地，发展长江沿线江海联运中转业务。",
        "优化大碶街道、小港街道疏港公路交通组织，2024年底前完成疏港高速北仑段智慧化改造，集卡平均通行时间缩短20%。",
    ]),
    ("三、做强临港产业和贸易", "ol", [
        "支持宁波梅山综合保税区发展保税维修、保税研发、跨境电商“1210”等新业态，对新开展保税维修业务且年营业收入超过5000万元的企业，给予一次性奖励100万元。",
        "推动宁波北仑港综合保税区与春晓街道、柴桥街道临港产业园区联动发展，建设面向东盟和中东欧国家的大宗商品储运和加工基地。",
        "对在共建“一带一路”国家和地区新设境外营销网络、海外仓的本区外贸企业，按照实际投资额的10%给予补助，单个企业最高不超过200万元。",
        "支持霞浦街道建设进口商品集散中心，举办中国—中东欧国家博览会北仑分会场活动，每年组织区内企业参加境外展会不少于30场次。",
    ]),
    ("四、深化自贸试验区制度创新", "ol", [
        "在宁波片区北仑区块开展油气全产业链开放试点，推动保税燃料油加注“一船多供”“跨港区供油”常态化，2025年保税燃料油加注量突破300万吨。",
        "推进国际贸易“单一窗口”与港口物流信息平台数据互通，推广进口货物“船边直提”、出口货物“抵港直装”模式，实现整体通关时间压缩30%以上。",
        "探索建立跨境贸易投资高水平开放试点，支持区内符合条件的企业开展跨境资金池业务。",
    ]),
    ("五、强化要素保障", "ol", [
        "区财政每年安排不少于2亿元港航物流和开放型经济发展专项资金，统筹用于本意见明确的各项支持政策。",
        "对列入港口型国家物流枢纽建设的重点项目，优先保障用地指标，新增建设用地计划指标向梅山街道、白峰街道、春晓街道倾斜。",
        "建立由区政府主要领导牵头的港口型国家物流枢纽建设工作专班，区商务局、区发展改革局、区交通运输局、北仑海关等部门按照职责分工抓好落实。",
    ]),
]
BL_CLOSE = "本意见自2024年8月20日起施行，有效期至2027年8月19日。具体实施细则由区级有关部门另行制定。"


def bl_clauses():
    out = [BL_INTRO]
    for h, kind, items in BL_SECTIONS:
        out.extend(items)
    out.append(BL_CLOSE)
    return out


def build_beilun():
    secs = []
    for h, kind, items in BL_SECTIONS:
        if kind == "p":
            inner = "\n".join('        <p>%s</p>' % E(i) for i in items)
        else:
            inner = '        <ol>\n%s\n        </ol>' % "\n".join('          <li>%s</li>' % E(i) for i in items)
        secs.append('      <section class="zw-sec">\n        <h2>%s</h2>\n%s\n      </section>' % (h, inner))
    sections = "\n".join(secs)
    page = f"""<!DOCTYPE html>
{saved_mark(BL_URL)}
<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK">

<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>宁波市北仑区人民政府关于加快建设港口型国家物流枢纽深度融入共建“一带一路”的实施意见</title>
<meta name="SiteName" content="宁波市北仑区人民政府">
<meta name="SiteDomain" content="www.bl.gov.cn">
<meta name="SiteIDCode" content="3302060001">
<meta name="ColumnName" content="区政府文件">
<meta name="ArticleTitle" content="{E(BL_TITLE)}">
<meta name="PubDate" content="2024-07-22 09:05">
<meta name="ContentSource" content="区府办">
<link rel="stylesheet" type="text/css" href="./{BL_STEM}_files/reset.css">
<link rel="stylesheet" type="text/css" href="./{BL_STEM}_files/art.css">
<script type="text/javascript" src="./{BL_STEM}_files/jquery.js"></script>
<script type="text/javascript" src="./{BL_STEM}_files/share.js"></script>
</head>
<body>
<header class="site-head">
  <div class="inner">
    <a class="site-logo" href="http://www.bl.gov.cn/"><img src="./{BL_STEM}_files/bl_logo.png" alt="宁波市北仑区人民政府 宁波经济技术开发区管委会"></a>
    <div class="head-r"><a href="http://www.bl.gov.cn/col/col1229031499/index.html">长者模式</a> <a href="https://www.zjzwfw.gov.cn/">浙江政务服务网</a> <form action="http://www.bl.gov.cn/jsearchfront/search.do" method="get"><input name="q" type="text" placeholder="全站搜索"><input type="submit" value="搜索"></form></div>
  </div>
  <nav class="main-nav"><ul>
    <li><a href="http://www.bl.gov.cn/">首页</a></li>
    <li><a href="http://www.bl.gov.cn/col/col1229031480/index.html">走进北仑</a></li>
    <li class="active"><a href="http://www.bl.gov.cn/col/col1229031490/index.html">政务公开</a></li>
    <li><a href="http://www.bl.gov.cn/col/col1229031510/index.html">政务服务</a></li>
    <li><a href="http://www.bl.gov.cn/col/col1229031520/index.html">政民互动</a></li>
    <li><a href="http://www.bl.gov.cn/col/col1229031530/index.html">投资北仑</a></li>
  </ul></nav>
</header>
<div class="inner">
  <div class="bread">当前位置：<a href="http://www.bl.gov.cn/">首页</a> &gt; <a href="http://www.bl.gov.cn/col/col1229031490/index.html">政务公开</a> &gt; <a href="http://www.bl.gov.cn/col/col1229031525/index.html">政策文件</a> &gt; <a href="http://www.bl.gov.cn/col/col1229031528/index.html">区政府文件</a></div>
  <ul class="xxgk-meta">
    <li><span>索引号：</span>11330206002947211X/2024-79831</li>
    <li><span>发布机构：</span>区府办</li>
    <li><span>公开方式：</span>主动公开</li>
    <li><span>文号：</span>{BL_NUM}</li>
    <li><span>统一编号：</span>ZJBC01-2024-0007</li>
    <li><span>发布日期：</span>2024-07-22</li>
  </ul>
  <article class="zw">
    <h1 class="zw-title">宁波市北仑区人民政府关于加快建设港口型国家物流枢纽<br>深度融入共建“一带一路”的实施意见</h1>
    <div class="zw-sub">{BL_NUM}</div>
    <div class="zw-body" id="zoom">
      <p class="zs">各街道办事处，区政府各部门、各直属单位：</p>
      <p class="intro">{E(BL_INTRO)}</p>
{sections}
      <p class="closing">{E(BL_CLOSE)}</p>
      <div class="zw-sign"><p>宁波市北仑区人民政府</p><p>2024年7月16日</p></div>
      <p class="gk">（此件公开发布）</p>
    </div>
    <div class="zw-foot">
      <div class="share-box">分享：<a class="share-wx" href="javascript:void(0)" title="微信"></a><a class="share-wb" href="javascript:shareTo('weibo')" title="微博"></a></div>
      <div class="print-box"><a href="javascript:doPrint()">打印</a> <a href="javascript:window.close()">关闭</a></div>
    </div>
    <div class="zw-related">
      <h3>相关解读</h3>
      <p><a href="http://www.bl.gov.cn/art/2024/7/22/art_1229031534_4097240.html">《关于加快建设港口型国家物流枢纽深度融入共建“一带一路”的实施意见》政策解读</a></p>
      <h3>相关链接</h3>
      <p><a href="https://www.ningbo.gov.cn/">宁波市人民政府</a>　<a href="http://www.nbport.com.cn/">宁波舟山港集团</a>　<a href="http://ftz.ningbo.gov.cn/">中国（浙江）自由贸易试验区宁波片区</a></p>
    </div>
  </article>
</div>
<footer class="site-foot"><div class="inner">
  <p><a href="http://www.bl.gov.cn/col/col1229031540/index.html">关于我们</a> | <a href="http://www.bl.gov.cn/col/col1229031541/index.html">网站地图</a> | <a href="http://www.bl.gov.cn/col/col1229031542/index.html">联系我们</a></p>
  <p>主办单位：宁波市北仑区人民政府办公室　地址：宁波市北仑区新碶街道明州路700号</p>
  <p>网站标识码：3302060001　浙ICP备05005106号-1　浙公网安备 33020602000107号</p>
</div></footer>
</body></html>
"""
    write_files(BL_STEM, {
        "reset.css": "html,body,div,p,ul,ol,li,h1,h2,h3,section,article,header,footer,nav{margin:0;padding:0}ul,ol{list-style:none}body{font:14px/1.8 'Microsoft YaHei';color:#333}a{color:#333}\n",
        "art.css": ".inner{width:1200px;margin:0 auto}.main-nav{background:#1257a5}.main-nav li{display:inline-block;padding:0 36px;line-height:52px}.main-nav a{color:#fff}.xxgk-meta{display:flex;flex-wrap:wrap;border:1px solid #dbe4ef;background:#f7fafd;padding:10px 20px}.xxgk-meta li{width:33%}.zw-title{text-align:center;font-size:26px;line-height:1.6;padding-top:24px}.zw-sub{text-align:center;color:#666}.zw-body{font-size:16px;line-height:2;padding:20px 60px}.zw-body p.intro,.zw-body p.closing,.zw-sec p{text-indent:2em}.zw-sec h2{font-size:16px;font-family:黑体;text-indent:2em;font-weight:normal}.zw-sec ol{list-style:decimal;padding-left:4em}.zw-sign{text-align:right;padding-right:4em}.gk{text-indent:2em}.site-foot{background:#1257a5;color:#fff;text-align:center;padding:20px 0}\n",
        "jquery.js": JQ, "share.js": SHARE_JS,
        "bl_logo.png": png(10, 3, (18, 87, 165)),
    }, encoding="gbk")
    return write_html(BL_STEM, page, encoding="gbk")


# =====================================================================================
# (d) 哈尔滨片区 — 第五批制度创新成果 in a Word-pasted table
# =====================================================================================
HB_STEM = "blind202_harbin_chengguo"
HB_URL = "https://hrbftz.harbin.gov.cn/art/2024/11/21/art_24871_1419932.html"
HB_ISSUER = "中国（黑龙江）自由贸易试验区哈尔滨片区管理委员会"
HB_SHORT = "关于发布哈尔滨片区第五批制度创新成果的通知"
HB_TITLE = HB_ISSUER + HB_SHORT
HB_NUM = "哈自贸片管发〔2024〕14号"
HB_INTRO = ("为深入贯彻落实《中国（黑龙江）自由贸易试验区总体方案》，加快打造对俄罗斯及东北亚区域合作的中心枢纽，"
            "持续推进首创性、差异化改革探索，片区管委会组织开展了第五批制度创新成果评估工作。经各单位申报、专家评审和社会公示，"
            "共确定12项制度创新成果，现予以发布。")
HB_CLOSE = ("各部门、各有关单位要认真做好制度创新成果的总结提炼和复制推广工作，对涉及黑河片区、绥芬河片区的联动创新成果，"
            "要加强与相关片区的沟通协作，及时将推广过程中遇到的问题报送片区管委会制度创新局。")
HB_HEAD = ["序号", "成果名称", "主要内容", "牵头单位", "所属片区"]
# 主要内容 may be a list of paragraphs (several <p> in one cell)
HB_ROWS = [
    ("1", "对俄跨境电商“海外仓+边境仓”联动模式", ["依托哈尔滨综合保税区和绥芬河边境仓，对俄跨境电商出口货物实行“一次申报、分段运输、海外仓直发”。", "对俄跨境电商包裹平均物流时效缩短3天。"], "片区经济发展局", "哈尔滨片区、绥芬河片区"),
    ("2", "对俄进口农产品“预检验+通关一体化”模式", ["对经哈尔滨太平国际机场进口的俄罗斯冷鲜水产品、乳制品实施境外预检验，货物抵达后即验即放，口岸通关时间压缩至6小时以内。"], "哈尔滨海关", "哈尔滨片区"),
    ("3", "中欧班列（哈尔滨）“铁路快通”监管模式", ["在哈尔滨国际集装箱中心站推行中欧班列“铁路快通”，班列在出境口岸免于重复申报、换装查验，单列通关时间节约1天以上。"], None, "哈尔滨片区、绥芬河片区"),
    ("4", "对俄跨境人民币结算“白名单”便利化", ["对纳入“白名单”的对俄贸易企业，银行凭企业收付款指令直接办理跨境人民币结算，单笔业务办理时间由1天缩短至20分钟。"], "中国人民银行黑龙江省分行", "哈尔滨片区"),
    ("5", "深哈产业园不动产“带押过户”登记", ["在深圳（哈尔滨）产业园区推行存量不动产“带押过户”，无需提前还贷解押，登记办理时限压缩至1个工作日。"], "片区自然资源和规划局", "哈尔滨片区"),
    ("6", "企业开办“跨片区通办”", ["与黑河片区建立企业开办互认机制，两片区企业可在任一片区政务服务中心办理设立登记、印章刻制、涉税事项。"], "片区政务服务局", "哈尔滨片区、黑河片区"),
    ("7", "冰雪装备保税研发“一企一账”监管", ["对哈尔滨综合保税区内冰雪装备研发企业实行“一企一账”电子账册管理，研发用进口料件和样机可在区内外流转使用。"], "哈尔滨海关", "哈尔滨片区"),
    ("8", "知识产权质押融资风险“政银保”共担", ["片区设立5000万元知识产权质押融资风险补偿资金池，由片区、银行、保险机构按4∶3∶3比例分担风险。"], "片区金融服务局", None),
    ("9", "国际航空货运“货站前置”模式", ["在哈尔滨临空经济区设立航空货运前置货站，出口货物在前置货站完成安检、打板后直接装机，机坪等待时间缩短50%。"], "片区临空经济发展局", None),
    ("10", "生物医药研发用物品进口“白名单”", ["对利民开发区内纳入“白名单”的生物医药企业，进口研发用物品免于办理进口药品通关单，通关时间平均缩短5天。"], "片区经济发展局", "哈尔滨片区"),
    ("11", "对俄商事纠纷“一站式”多元化解平台", ["整合中国国际经济贸易仲裁委员会黑龙江分会、涉外法律服务机构和调解组织资源，为对俄贸易企业提供“诉讼、仲裁、调解”一站式服务。", "平台在黑河片区、绥芬河片区设立服务站。"], "片区综合执法局、哈尔滨仲裁委员会", "哈尔滨片区、黑河片区、绥芬河片区"),
    ("12", "对俄木材进口“区港联动”监管", ["对经绥芬河口岸入境、运至哈尔滨综合保税区加工的俄罗斯木材，实行“口岸直通、区内验放”，企业物流成本降低15%。"], "哈尔滨海关、片区经济发展局", "哈尔滨片区、绥芬河片区"),
]
# rowspans: 牵头单位 of row 2 spans rows 2–3; 所属片区 of row 7 spans rows 7–9
HB_SPAN = {(2, 3): 2, (7, 4): 3}


def hb_rows_full():
    rows = []
    last = [None] * 5
    for r in HB_ROWS:
        vals = list(r)
        for k in range(5):
            if vals[k] is None:
                vals[k] = last[k]
        last = vals
        rows.append(vals)
    return rows


def hb_clauses():
    out = [HB_INTRO]
    for v in hb_rows_full():
        out.append("；".join("%s：%s" % (h, "".join(x) if isinstance(x, list) else x) for h, x in zip(HB_HEAD, v)))
    out.append(HB_CLOSE)
    return out


def build_harbin():
    W = [40, 150, 330, 120, 110]
    SP = '<span style="font-size:12.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体">%s</span>'

    def cell(i, paras, head=False, rowspan=1):
        rs = ' rowspan="%d"' % rowspan if rowspan > 1 else ""
        al = ' align="center" style="text-align:center"' if (head or i in (0, 3, 4)) else ' style="text-align:justify;text-justify:inter-ideograph"'
        ps = []
        for t in paras:
            if head:
                inner = '<b><span style="font-size:12.0pt;font-family:黑体">%s</span></b>' % E(t)
            elif i == 0:
                inner = '<span lang="EN-US" style="font-size:12.0pt;font-family:&quot;Times New Roman&quot;,serif">%s</span>' % E(t)
            else:
                inner = SP % E(t)
            ps.append('<p class="MsoNormal"%s>%s<span lang="EN-US"><o:p></o:p></span></p>' % (al, inner))
        return ('<td width="%d" valign="center"%s style="width:%dpt;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt">%s</td>'
                % (W[i], rs, W[i], "".join(ps)))

    trs = ['<tr style="height:28.35pt">' + "".join(cell(i, [h], head=True) for i, h in enumerate(HB_HEAD)) + "</tr>"]
    for n, r in enumerate(HB_ROWS, start=1):
        tds = []
        for i, v in enumerate(r):
            if v is None:
                continue
            paras = v if isinstance(v, list) else [v]
            tds.append(cell(i, paras, rowspan=HB_SPAN.get((n, i), 1)))
        trs.append('<tr style="height:42.5pt">' + "".join(tds) + "</tr>")
    table = ('<div class="table-wrap" style="overflow-x:auto">\n<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="750" '
             'style="width:562.5pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184">\n<tbody>\n'
             + "\n".join(trs) + "\n</tbody>\n</table>\n</div>")

    def p(text, style="text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly"):
        return '<p class="MsoNormal" style="%s"><span style="font-size:16.0pt;font-family:仿宋_GB2312">%s</span><span lang="EN-US" style="font-size:16.0pt"><o:p></o:p></span></p>' % (style, text)

    content = "\n".join([
        p(HB_NUM, "text-align:center;line-height:28.0pt"),
        p("片区各部门、各有关单位：", "line-height:28.0pt"),
        p(E(HB_INTRO)),
        '<p class="MsoNormal" align="center" style="text-align:center;line-height:28.0pt"><b><span style="font-size:16.0pt;font-family:黑体">哈尔滨片区第五批制度创新成果</span></b></p>',
        table,
        '<p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>',
        p(E(HB_CLOSE)),
        '<p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>',
        p("中国（黑龙江）自由贸易试验区哈尔滨片区管理委员会", "text-align:right;line-height:28.0pt"),
        p("2024年11月18日", "text-align:right;line-height:28.0pt;margin-right:48.0pt"),
    ])
    page = f"""<!DOCTYPE html>
{saved_mark(HB_URL)}
<html xmlns:o="urn:schemas-microsoft-com:office:office" lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>关于发布哈尔滨片区第五批制度创新成果的通知-制度创新-中国（黑龙江）自由贸易试验区哈尔滨片区</title>
<meta name="SiteName" content="中国（黑龙江）自由贸易试验区哈尔滨片区">
<meta name="SiteDomain" content="hrbftz.harbin.gov.cn">
<meta name="ColumnName" content="创新成果">
<meta name="ArticleTitle" content="{E(HB_TITLE)}">
<meta name="PubDate" content="2024-11-21 15:27">
<meta name="ContentSource" content="制度创新局">
<link rel="stylesheet" href="./{HB_STEM}_files/swiper.min.css">
<link rel="stylesheet" href="./{HB_STEM}_files/ftz.css">
<script src="./{HB_STEM}_files/jquery.min.js"></script>
<script src="./{HB_STEM}_files/share.js"></script>
</head>
<body class="detail-page">
<div class="ftz-top">
  <div class="container">
    <img class="ftz-logo" src="./{HB_STEM}_files/ftz_logo.png" alt="中国（黑龙江）自由贸易试验区哈尔滨片区 China (Heilongjiang) Pilot Free Trade Zone Harbin Area">
    <div class="ftz-lang"><a href="https://hrbftz.harbin.gov.cn/">中文</a> | <a href="https://hrbftz.harbin.gov.cn/en/">EN</a> | <a href="https://hrbftz.harbin.gov.cn/ru/">РУС</a></div>
  </div>
  <div class="ftz-menu"><div class="container"><a href="https://hrbftz.harbin.gov.cn/">首页</a><a href="https://hrbftz.harbin.gov.cn/col/col24860/index.html">片区概况</a><a href="https://hrbftz.harbin.gov.cn/col/col24862/index.html">政务公开</a><a href="https://hrbftz.harbin.gov.cn/col/col24865/index.html">政策法规</a><a href="https://hrbftz.harbin.gov.cn/col/col24868/index.html">投资促进</a><a class="cur" href="https://hrbftz.harbin.gov.cn/col/col24870/index.html">制度创新</a><a href="https://hrbftz.harbin.gov.cn/col/col24875/index.html">服务指南</a></div></div>
</div>
<div class="container detail">
  <div class="loc"><img src="./{HB_STEM}_files/home.png" alt=""> <a href="https://hrbftz.harbin.gov.cn/">首页</a> / <a href="https://hrbftz.harbin.gov.cn/col/col24870/index.html">制度创新</a> / <a href="https://hrbftz.harbin.gov.cn/col/col24871/index.html">创新成果</a></div>
  <div class="detail-hd">
    <h1>关于发布哈尔滨片区第五批制度创新成果的通知</h1>
    <div class="detail-info"><span>发布时间：2024-11-21</span><span>来源：制度创新局</span><span>阅读量：<i id="read-count">5120</i></span>
      <span class="d-share"><a href="javascript:void(0)" class="i-wx">微信</a><a href="javascript:shareTo('weibo')" class="i-wb">微博</a><a href="javascript:doPrint()" class="i-print">打印</a></span></div>
  </div>
  <div class="detail-bd" id="zoom">
    <div class="WordSection1" style="layout-grid:15.6pt">
{content}
    </div>
  </div>
  <div class="detail-pn">
    <p>上一篇：<a href="https://hrbftz.harbin.gov.cn/art/2024/5/30/art_24871_1389211.html">关于发布哈尔滨片区第四批制度创新成果的通知</a></p>
    <p>下一篇：<a href="https://hrbftz.harbin.gov.cn/art/2024/11/26/art_24871_1420307.html">哈尔滨片区“铁路快通”模式入选全省自贸试验区第三批最佳实践案例</a></p>
  </div>
  <div class="detail-rel"><h4>相关阅读</h4><ul>
    <li><a href="https://hrbftz.harbin.gov.cn/art/2024/10/15/art_24866_1410025.html">黑龙江自贸试验区三片区联合发布跨片区协同创新事项清单</a><em>2024-10-15</em></li>
    <li><a href="https://hrbftz.harbin.gov.cn/art/2024/9/3/art_24866_1402218.html">哈尔滨片区召开制度创新成果评审会</a><em>2024-09-03</em></li>
  </ul></div>
</div>
<div class="ftz-foot"><div class="container">
  <div class="friend"><span>友情链接：</span><a href="https://www.hlj.gov.cn/">黑龙江省人民政府</a><a href="https://www.harbin.gov.cn/">哈尔滨市人民政府</a><a href="https://www.hrbxq.gov.cn/">哈尔滨新区</a></div>
  <p>主办：中国（黑龙江）自由贸易试验区哈尔滨片区管理委员会　地址：哈尔滨市松北区创新一路1688号</p>
  <p>黑ICP备19002517号-2　黑公网安备 23010902000418号　网站标识码：2301000071</p>
</div></div>
</body></html>
"""
    write_files(HB_STEM, {
        "swiper.min.css": "/* Swiper 4.5.0 */.swiper-container{margin:0 auto;position:relative;overflow:hidden}\n",
        "ftz.css": "body{margin:0;font:15px/1.8 'PingFang SC','Microsoft YaHei'}.container{max-width:1200px;margin:0 auto}.ftz-top{background:linear-gradient(#0a3d7a,#0c5bb5);color:#fff}.ftz-menu a{display:inline-block;color:#fff;padding:14px 28px}.detail-hd h1{font-size:24px;text-align:center}.detail-info{text-align:center;color:#999}.detail-info span{margin:0 12px}.detail-bd{padding:24px 40px}.table-wrap table{margin:0 auto}.ftz-foot{background:#0a3d7a;color:#cfe0f5;text-align:center;padding:20px}\n",
        "jquery.min.js": JQ, "share.js": SHARE_JS,
        "ftz_logo.png": png(12, 3, (10, 61, 122)), "home.png": png(2, 2, (120, 120, 120)),
    })
    return write_html(HB_STEM, page)


# ================================================================ expected
def expected():
    out = {}
    out[HN_STEM] = [{
        "meta": {
            "title": HN_TITLE, "doc_number": HN_NUM, "issuer": ["湖南省商务厅", "湖南省财政厅"],
            "date": "2024-05-20", "published": "2024-05-24", "level": "provincial", "region": "湖南省",
            "effective": "2024-07-01", "expires": "2029-06-30", "attachments": [HN_XZ],
            "doc_type": "通知（印发实施细则）",
            "recipients": ["各市州商务主管部门、财政局", "中国（湖南）自由贸易试验区长沙片区、岳阳片区、郴州片区管委会"],
            "publicity": "此件主动公开",
        },
        "clauses": hn_clauses(),
        "applies_to": {
            "default": "湖南省（中国（湖南）自由贸易试验区）",
            "specific": {
                "第二条": "长沙片区、岳阳片区、郴州片区",
                "第五条": "长沙片区（长沙黄花综合保税区）",
                "第六条": "岳阳片区（城陵矶港、岳阳城陵矶综合保税区）",
                "第七条": "郴州片区（郴州综合保税区） — NOT 粤港澳大湾区 / 东盟 (markets)",
                "第九条": "湖南自贸试验区协同联动区 (broader than the 自贸试验区; 湖南省 is fine)",
            },
            "note": "第八条 海外仓 in 共建“一带一路”国家 does not move the clause abroad (the supported firms are in 湖南). 长沙、岳阳、郴州片区 in the 主送 are recipients, not places of the notice clause.",
        },
        "_note": (
            "Web page saved as 网页，全部 (HTML + _files/). h1 title with a <br> after 关于印发 (joined with no space); the title shows a full-width space between the two organs. "
            "Content: 文号 centred, 主送, 1 notice paragraph (clause), 附件说明 附件：… (furniture → attachments), 落款 湖南省商务厅　　　　湖南省财政厅 on ONE right-aligned line + date line 2024年5月20日 (furniture; issuers = two organs), （此件主动公开）; "
            "then <hr>, a heading 附件, the 细则 title in one <p> with a <br>, 第一条…第十八条 each <p> with <strong>第X条</strong>　text. 第四条's items （一）…（四） are separate <p>; 第十一条's items （一）…（三） are <br>-separated lines INSIDE the article's <p> (led by two full-width spaces). Items separate or merged into their article — both fine; losing them or gluing 第十一条's items into one line without separation is low. "
            "第十八条 自2024年7月1日起施行，有效期5年 → effective 2024-07-01, expires 2029-06-30 (computed). date 2024-05-20 (落款), published 2024-05-24 (page 发布时间). "
            "Furniture: top bar, header, nav, breadcrumb, 发布时间/来源/浏览次数/字号 line, 附件下载 link (the notice's own PDF — not a second attachment), share/print/close, 相关链接 (a 政策解读 and two other titles — not attachments, not clauses), footer (ICP/公网安备/网站标识码)."
        ),
    }]
    out[XM_STEM] = [{
        "meta": {
            "title": XM_TITLE, "doc_number": XM_NUM, "issuer": ["厦门市人民政府"],
            "date": "2024-08-05", "published": "2024-08-09", "level": "municipal", "region": "福建省厦门市",
            "effective": "2024-09-01", "expires": "2027-08-31", "attachments": ["促进中欧（厦门）班列高质量发展若干措施"],
            "doc_type": "通知（印发若干措施）",
            "recipients": ["各区人民政府", "市直各委、办、局", "各开发区管委会"],
            "publicity": "此件主动公开",
            "repeals": ["厦门市人民政府关于印发促进中欧（厦门）班列发展若干措施的通知（厦府规〔2021〕4号）"],
            "validity": "有效",
        },
        "clauses": [XM_NOTICE, XM_INTRO] + XM_ITEMS + [XM_CLOSE],
        "applies_to": {
            "default": "福建省厦门市",
            "specific": {
                "一、": "海沧区（东孚铁路物流场站） — NOT 阿拉山口/霍尔果斯/满洲里/二连浩特 (exit ports in other provinces)",
                "三、": "海沧港区、东渡港区（厦门港）",
                "四、": "海沧区东孚片区",
                "五、": "厦门海沧港综合保税区、厦门象屿综合保税区",
                "六、": "集美区、同安区、翔安区",
                "七、": "厦门市 (collecting lines from 龙岩、三明 — the subsidy is paid in 厦门; 龙岩/三明 tolerable low, not wrong)",
                "九、": "中国（福建）自由贸易试验区厦门片区",
                "十、": "厦门市 — NOT 波兰罗兹/德国杜伊斯堡/俄罗斯莫斯科 (overseas nodes)",
            },
            "note": "The intro names the 厦门片区 as context; it does not narrow the whole document.",
        },
        "_note": (
            "信息公开 record: a two-column <table> (label cell with a trailing colon | value) ABOVE the title: 索引号, 主题分类, 发文机关 厦门市人民政府, 成文日期 2024-08-05, 标题, 发文字号 厦府规〔2024〕6号, 发布日期 2024-08-09, 有效性 有效, 废止日期 2027-08-31 — metadata, NOT table-row clauses; the 标题 cell must not become a clause nor a second title. "
            "Title h2 with a <br> inside 中欧（厦门）班列|高质量发展 (join with no space). Content: 文号 centred, 主送, one notice paragraph, 落款 厦门市人民政府 / 2024年8月5日 (right-aligned), （此件主动公开）, an empty <p>&nbsp;</p>, then the 若干措施 title in bold (the attachment, printed without any 附件 label), intro, 一、…十一、 each one <p> starting with a bold lead sentence, and a closing paragraph: 自2024年9月1日起施行，有效期3年 (→ expires 2027-08-31 = 废止日期 in the table) and repeal of 厦府规〔2021〕4号 (that number is not this document's). "
            "The notice is ONE document: its clauses are the notice paragraph + the 若干措施. A reader may split the 若干措施 off as a second document (same issuer/dates): tolerable. "
            "Furniture: date line 今天是：2024年8月9日 星期五 in the header (not a document date), nav, breadcrumb, 字体 大中小, share, 打印本页/关闭窗口, 相关解读 (2 links), 相关文件 (the repealed 2021 notice, marked （已废止） — must not become a clause/attachment), footer."
        ),
    }]
    out[BL_STEM] = [{
        "meta": {
            "title": BL_TITLE, "doc_number": BL_NUM, "issuer": ["宁波市北仑区人民政府"],
            "date": "2024-07-16", "published": "2024-07-22", "level": "county", "region": "浙江省宁波市北仑区",
            "effective": "2024-08-20", "expires": "2027-08-19", "attachments": [],
            "doc_type": "实施意见",
            "recipients": ["各街道办事处", "区政府各部门、各直属单位"],
            "publicity": "此件公开发布",
        },
        "clauses": bl_clauses(),
        "applies_to": {
            "default": "浙江省宁波市北仑区",
            "specific": {
                "二、1": "穿山港区、梅山港区",
                "二、2": "北仑港区、穿山港区",
                "二、3": "白峰街道",
                "二、4": "大碶街道、小港街道",
                "三、1": "宁波梅山综合保税区",
                "三、2": "宁波北仑港综合保税区、春晓街道、柴桥街道",
                "三、4": "霞浦街道",
                "四、1": "中国（浙江）自由贸易试验区宁波片区北仑区块",
                "五、2": "梅山街道、白峰街道、春晓街道",
            },
            "note": "三、3 overseas outlets in 共建“一带一路”国家 stay in 北仑区 (the firms are here); 东盟/中东欧 (三、2, 三、4) are markets; 长江沿线 (二、3) is a market; 总体目标 names the 宁波片区北仑区块 as a target, whole district fine.",
        },
        "_note": (
            "Page is GBK-encoded: the browser's inserted <meta ... charset=GBK> and the site's own <meta ... charset=gb2312> — a reader must decode it (mojibake = everything lost). "
            "Metadata list <ul class=xxgk-meta> (索引号 / 发布机构 区府办 — NOT the issuer / 文号 / 统一编号 ZJBC01-2024-0007 — not a 文号 / 发布日期 2024-07-22). h1 title with a <br> (…国家物流枢纽|深度融入…) joined with no space; 文号 under it. "
            "Body: 主送, intro <p>, then FIVE <section> elements each with its own <h2> 一、…五、 (headings, not clauses; path of the items should carry them). Section 一、 holds one <p> (clause). Sections 二、…五、 hold <ol><li>: the numbers 1. 2. 3. 4. are drawn by the browser (reset.css sets list-style:none, art.css restores decimal), the li text has no typed number; numbering restarts in each section. "
            "Expected clause text is the li text; a reader that prefixes 1./2. from the list is equally right (label 1.–4. restarting per section; the items must not be numbered 1…14 continuously nor all carry the same label with no path). "
            "Closing <p> after the sections: 自2024年8月20日起施行，有效期至2027年8月19日 → effective/expires. 落款 in <div class=zw-sign> (宁波市北仑区人民政府 / 2024年7月16日), （此件公开发布）. Level: county (a 区 government). "
            "Furniture: header, nav, breadcrumb, share/print, 相关解读 + 相关链接 (宁波市人民政府, 宁波舟山港集团, 宁波片区 site), footer."
        ),
    }]
    out[HB_STEM] = [{
        "meta": {
            "title": HB_SHORT, "doc_number": HB_NUM, "issuer": [HB_ISSUER],
            "date": "2024-11-18", "published": "2024-11-21", "level": "zone", "region": "黑龙江省哈尔滨市",
            "effective": None, "expires": None, "attachments": [],
            "doc_type": "通知（发布制度创新成果）",
            "recipients": ["片区各部门、各有关单位"],
            "publicity": None,
        },
        "clauses": hb_clauses(),
        "applies_to": {
            "default": "中国（黑龙江）自由贸易试验区哈尔滨片区（黑龙江省哈尔滨市）",
            "specific": {
                "序号1": "哈尔滨片区、绥芬河片区（哈尔滨综合保税区、绥芬河边境仓）",
                "序号2": "哈尔滨片区（哈尔滨太平国际机场）",
                "序号3": "哈尔滨片区、绥芬河片区（哈尔滨国际集装箱中心站）",
                "序号5": "哈尔滨片区（深圳（哈尔滨）产业园区） — NOT 深圳",
                "序号6": "哈尔滨片区、黑河片区",
                "序号7": "哈尔滨片区（哈尔滨综合保税区）",
                "序号9": "哈尔滨片区（哈尔滨临空经济区）",
                "序号10": "哈尔滨片区（利民开发区）",
                "序号11": "哈尔滨片区、黑河片区、绥芬河片区",
                "序号12": "哈尔滨片区、绥芬河片区（绥芬河口岸、哈尔滨综合保税区）",
            },
            "note": "The 所属片区 column IS the place of each row; rows 8 and 9 get 哈尔滨片区 from the rowspan started in row 7. 俄罗斯 / 东北亚 do not move rows abroad. 绥芬河片区 is in 牡丹江市, 黑河片区 in 黑河市 — rows naming them reach beyond 哈尔滨市.",
        },
        "_note": (
            "Body pasted from Word (class=MsoNormal, <o:p></o:p>, mso- styles, <span lang=EN-US>&nbsp;</span> empty paragraphs) inside <div class=WordSection1>. "
            "The page h1 is the SHORT title 关于发布哈尔滨片区第五批制度创新成果的通知 (no issuer) — expected title is that, as printed; the issuer-prefixed form (as in <meta name=ArticleTitle>, 中国（黑龙江）…管理委员会关于发布…) is equally good. "
            "Content: 文号 centred, 主送, intro (clause), a bold centred table title 哈尔滨片区第五批制度创新成果 (heading), a 5-column table whose header row is made of <td> (not <th>): 序号/成果名称/主要内容/牵头单位/所属片区; 12 rows, each one clause written 序号：N；成果名称：…；主要内容：…；牵头单位：…；所属片区：… . "
            "Row 2's 牵头单位 哈尔滨海关 has rowspan=2 (row 3 has only 4 cells); row 7's 所属片区 哈尔滨片区 has rowspan=3 (rows 8, 9 have 4 cells) — cells must not shift left. Rows 1 and 11 have TWO <p> in the 主要内容 cell (joined with no separator in expected; a space/newline is fine). "
            "Closing paragraph (clause), 落款 on two right-aligned paragraphs (furniture). No （此件公开发布）, no effective/expires (a 发布成果 notice has none; effective = 2024-11-18 tolerable low). "
            "Furniture: header with logo alt text in Chinese/English, 中文|EN|РУС switch, menu, breadcrumb with / separators, 发布时间/来源/阅读量, share/print, 上一篇 (第四批 notice — NOT this document) / 下一篇, 相关阅读, 友情链接, footer."
        ),
    }]
    return out


def main():
    files = [build_hunan(), build_xiamen(), build_beilun(), build_harbin()]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
