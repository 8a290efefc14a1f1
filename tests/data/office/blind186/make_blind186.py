# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 186: ordinary government web pages saved from the browser as
"网页，全部" (Chrome "Webpage, Complete": NAME.html + NAME_files/).

Writes next to itself:
  blind186_hunan_page1.html (+ _files/)   湖南省人民政府 政策文件 page; the text runs over two
      pages of the site (TRS pagination 1 2 下一页 尾页); only page 1 was saved, it stops in
      the middle of 三、（三） of the 方案.
  blind186_xiamen_ling.html (+ _files/)   厦门市人民政府 规章 page: 厦门市人民政府令 第219号, the
      令 with the mayor's name and date, then the 办法 with 第X章 / 第X条 and a 题注.
  blind186_binhai_shenbao.html (+ _files/) 天津市滨海新区商务局 申报通知, saved in GBK (declared
      charset=gb2312, but one contact name needs GBK); 附件 = three linked .xlsx/.docx files
      (not saved, links point to the site); contacts in a <table> 区/单位/联系人/电话 with a
      rowspan.
  blind186_kunming_jiedu.html (+ _files/) 云南自贸试验区昆明片区 政策解读: policy items quoted in
      <blockquote>s, each followed by its 解读.
  expected.json

No Word / PDF this round: the HTML files are the deliverable.
Run:  . /work/venv/bin/activate && python make_blind186.py   (standard library only)
"""
import html
import json
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def esc(s):
    return html.escape(s, quote=False)


def saved_from(url):
    return "<!-- saved from url=(%04d)%s -->" % (len(url), url)


def tiny_png(w=4, h=4, rgb=(200, 30, 30)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def write_files_dir(stem, files):
    d = os.path.join(HERE, stem + "_files")
    os.makedirs(d, exist_ok=True)
    for name, data in files.items():
        mode = "wb" if isinstance(data, bytes) else "w"
        with open(os.path.join(d, name), mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as fh:
            fh.write(data)


def split_spans(text, style, cuts=(7, 19)):
    """Word-pasted text: one paragraph split over several <span>s (no spaces added)."""
    parts, last = [], 0
    for c in cuts:
        if c < len(text):
            parts.append(text[last:c]); last = c
    parts.append(text[last:])
    return "".join('<span style="%s">%s</span>' % (style, esc(p)) for p in parts if p)


# =================================================================== 1. 湖南 page 1 of 2
HN_URL = "https://www.hunan.gov.cn/hnszf/xxgk/wjk/szfwj/202403/t20240314_33247815.html"
HN_URL2 = "https://www.hunan.gov.cn/hnszf/xxgk/wjk/szfwj/202403/t20240314_33247815_1.html"
HN_TITLE = "湖南省人民政府关于印发《中国（湖南）自由贸易试验区深化对非经贸合作三年行动方案（2024—2026年）》的通知"
HN_PLAN = "中国（湖南）自由贸易试验区深化对非经贸合作三年行动方案（2024—2026年）"

HN_NOTICE = [
    "现将《中国（湖南）自由贸易试验区深化对非经贸合作三年行动方案（2024—2026年）》印发给你们，请认真组织实施。",
    "各地各部门要把深化对非经贸合作作为服务共建“一带一路”、推进高水平对外开放的重要抓手，压实工作责任，强化要素保障。省商务厅（省自贸办）要加强统筹协调和跟踪督促，每半年向省人民政府报告一次工作进展情况。",
]
HN_INTRO = "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展和深化中非经贸合作的决策部署，落实《中国（湖南）自由贸易试验区总体方案》关于打造中非经贸深度合作先行区的要求，依托中国—非洲经贸博览会长期落户湖南的平台优势，进一步扩大对非贸易投资规模、提升合作层次，制定本方案。"
# (heading, [clauses]) ; heading None = no heading
HN_SECTIONS = [
    ("一、总体要求", [
        "坚持以制度创新为核心，以对非经贸合作为特色，以长沙片区为主引擎、岳阳片区和郴州片区为两翼，聚焦贸易畅通、投资合作、物流通道、金融服务和规则对接五个方面，每年形成一批可复制可推广的对非经贸合作制度创新成果，推动自贸试验区成为全国对非经贸合作的重要枢纽。"]),
    ("二、主要目标", [
        "到2026年，自贸试验区对非进出口额达到800亿元，年均增长15%以上；对非直接投资备案额累计达到30亿美元；非洲非资源性产品集散交易规模突破300亿元；对非海铁联运班列累计开行超过600列；形成对非经贸合作制度创新成果30项以上。"]),
    ("三、重点任务", []),
    ("（一）扩大对非贸易规模。", [
        "1.建设非洲非资源性产品集散交易中心。在长沙片区高桥大市场建设非洲咖啡、可可、坚果、干辣椒等非资源性产品集散交易中心，到2026年入驻贸易商达到500家以上，年交易额突破300亿元。（责任单位：省商务厅、长沙市人民政府）",
        "2.拓展对非工程机械和汽车出口。支持工程机械、汽车及零部件企业在非洲设立区域配件中心和维修服务网点，对在非洲新设海外仓且面积达到5000平方米以上的企业，按照实际投资额的10%给予一次性支持，最高不超过300万元。（责任单位：省商务厅、省财政厅）",
        "3.发展对非跨境电商。依托中国（长沙）跨境电子商务综合试验区，建设非洲商品线上展销平台，支持企业开展“海外仓+直播”业务，2024年至2026年每年培育对非跨境电商重点企业20家。（责任单位：省商务厅、长沙海关）"]),
    ("（二）深化对非投资合作。", [
        "1.支持企业在非洲建设境外经贸合作区。鼓励有实力的企业在埃塞俄比亚、坦桑尼亚、尼日利亚等国建设境外经贸合作区，对经认定的省级境外经贸合作区，给予实施企业最高500万元奖励。（责任单位：省商务厅、省财政厅）",
        "2.建设对非投资服务中心。在长沙片区设立中非经贸合作促进服务中心，为企业提供政策咨询、法律、税务、风险预警等“一站式”服务，2024年6月底前建成运营。（责任单位：省商务厅、长沙市人民政府）"]),
    ("（三）畅通对非物流通道。", [
        "1.加密城陵矶港至非洲航线。支持岳阳片区城陵矶港开通经上海、广州南沙中转至蒙巴萨、拉各斯等非洲主要港口的江海联运航线，对每标准箱给予200元运费补贴，单个企业年度补贴不超过200万元。（责任单位：岳阳市人民政府、省交通运输厅）",
        "2.开行对非海铁联运班列。支持郴州片区依托郴州国际陆港开行“湘粤非”海铁联运班列，经广州南沙港、深圳盐田港出海，2024年开行班列150列以上。（责任单位：郴州市人民政府、中国铁路广州局集团有限公司长沙货运中心）",
        "3.提升对非航空货运能力。支持长沙黄花国际机场开通至亚的斯亚贝巴、内罗毕等非洲城市的全货机航线，对执飞航空公司每班次给予最高30万元补贴。（责任单位：省发展改革委、长沙市人民政府、湖南机场集团）"]),
]

HN_CSS = """body{margin:0;font-family:"Microsoft YaHei",sans-serif;background:#f5f5f5}
.top{background:#b5121b;color:#fff}.w1200{width:1200px;margin:0 auto}
.xxgk-table{width:100%;border-collapse:collapse}.xxgk-table td{border:1px solid #ddd;padding:6px}
.main-txt p{font-size:16px;line-height:2}.page_div{text-align:center;margin:20px 0}
.page_div a,.page_div span{margin:0 4px}.ewm{display:none}
"""
HN_JS = """function createPageHTML(n, cur, name, ext){ if(n<=1) return; /* TRS pager */
  var s='<span class="total">共'+n+'页</span>';
  s += cur==0 ? '<span>首页</span><span>上一页</span>' : '';
  for(var i=0;i<n;i++){ s+='<a href="'+name+(i?'_'+i:'')+'.'+ext+'"'+(i==cur?' class="on"':'')+'>'+(i+1)+'</a>'; }
  s += '<a href="'+name+'_'+(cur+1)+'.'+ext+'">下一页</a><a href="'+name+'_'+(n-1)+'.'+ext+'">尾页</a>';
  document.write(s);}
function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}
"""


def page_hunan():
    stem = "blind186_hunan_page1"
    F = "./%s_files/" % stem
    out = []
    a = out.append
    a("<!DOCTYPE html>")
    a(saved_from(HN_URL))
    a('<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    a('<meta http-equiv="X-UA-Compatible" content="IE=edge">')
    a('<meta name="SiteName" content="湖南省人民政府">')
    a('<meta name="SiteDomain" content="www.hunan.gov.cn">')
    a('<meta name="SiteIDCode" content="4300000063">')
    a('<meta name="ColumnName" content="省政府文件">')
    a('<meta name="ColumnType" content="政策文件">')
    a('<meta name="ArticleTitle" content="%s">' % html.escape(HN_TITLE))
    a('<meta name="PubDate" content="2024-03-14 17:05">')
    a('<meta name="ContentSource" content="湖南省人民政府办公厅">')
    a('<meta name="Keywords" content="自贸试验区,对非经贸合作,行动方案">')
    a('<meta name="Description" content="湖南省人民政府关于印发中国（湖南）自由贸易试验区深化对非经贸合作三年行动方案的通知">')
    a("<title>%s - 湖南省人民政府门户网站</title>" % esc(HN_TITLE))
    a('<link rel="stylesheet" href="%scommon.css">' % F)
    a('<script src="%sjquery-1.11.3.min.js"></script>' % F)
    a('<script src="%strs_page.js"></script>' % F)
    a("</head><body>")
    a('<div class="top"><div class="w1200"><span class="date">2024年3月15日 星期五</span>'
      '<a href="https://www.hunan.gov.cn/">首页</a> | <a href="https://www.hunan.gov.cn/wza/">无障碍</a> | '
      '<a href="https://www.hunan.gov.cn/english/">English</a> | <a href="https://www.hunan.gov.cn/zt/">长者模式</a></div></div>')
    a('<div class="header w1200"><a href="https://www.hunan.gov.cn/"><img src="%slogo.png" alt="湖南省人民政府门户网站"></a>'
      '<form class="search"><input type="text" placeholder="请输入关键字" name="q"><button type="button">搜索</button></form></div>' % F)
    a('<div class="nav"><ul class="w1200"><li><a href="https://www.hunan.gov.cn/">首页</a></li><li><a href="https://www.hunan.gov.cn/hnszf/szf/">省政府</a></li>'
      '<li class="on"><a href="https://www.hunan.gov.cn/hnszf/xxgk/">政务公开</a></li><li><a href="https://www.hunan.gov.cn/hnszf/zwfw/">政务服务</a></li>'
      '<li><a href="https://www.hunan.gov.cn/hnszf/hdjl/">互动交流</a></li><li><a href="https://www.hunan.gov.cn/hnszf/zjhn/">走进湖南</a></li></ul></div>')
    a('<div class="w1200 crumb">当前位置：<a href="https://www.hunan.gov.cn/">首页</a> &gt; <a href="https://www.hunan.gov.cn/hnszf/xxgk/">政务公开</a> &gt; '
      '<a href="https://www.hunan.gov.cn/hnszf/xxgk/wjk/">政策文件</a> &gt; <a href="https://www.hunan.gov.cn/hnszf/xxgk/wjk/szfwj/">省政府文件</a></div>')
    a('<div class="w1200 con">')
    # info table (信息公开 metadata box)
    a('<table class="xxgk-table"><tbody>'
      '<tr><td class="t">索引号：</td><td>000014349/2024-00021</td><td class="t">分类：</td><td>商贸、海关、旅游\\对外经贸合作</td></tr>'
      '<tr><td class="t">发布机构：</td><td>湖南省人民政府</td><td class="t">成文日期：</td><td>2024年03月08日</td></tr>'
      '<tr><td class="t">名　　称：</td><td colspan="3">%s</td></tr>'
      '<tr><td class="t">文　　号：</td><td>湘政发〔2024〕6号</td><td class="t">发布日期：</td><td>2024年03月14日</td></tr>'
      '<tr><td class="t">主 题 词：</td><td colspan="3">自贸试验区　对非经贸合作　方案</td></tr>'
      '</tbody></table>' % esc(HN_TITLE))
    a('<div class="main-tit"><h1>%s</h1>' % esc(HN_TITLE))
    a('<div class="info"><span>发布时间：2024-03-14 17:05</span><span>来源：湖南省人民政府办公厅</span>'
      '<span>【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>'
      '<span><a href="javascript:window.print()">打印</a></span>'
      '<span class="share">分享到：<a class="wx" href="javascript:void(0)">微信</a><a class="wb" href="javascript:void(0)">微博</a></span></div></div>')
    a('<div class="ewm" style="display:none"><img src="%sewm.png" alt="">扫一扫在手机打开当前页</div>' % F)
    a('<div class="main-txt" id="zoom"><div class="TRS_Editor">')
    st = "font-family: 仿宋_GB2312; font-size: 16pt;"
    a('<p style="text-align: center;"><strong>湘政发〔2024〕6号</strong></p>')
    a('<p style="text-align: left;">各市州、县市区人民政府，省政府各厅委、各直属机构：</p>')
    for t in HN_NOTICE:
        a('<p style="text-indent: 2em;">%s</p>' % split_spans(t, st))
    a('<p style="text-align: right;">湖南省人民政府</p>')
    a('<p style="text-align: right;">2024年3月8日</p>')
    a('<p style="text-indent: 2em;">（此件主动公开）</p>')
    a('<p style="text-align: center;"><br></p>')
    a('<p style="text-align: center;"><strong><span style="font-family: 方正小标宋简体; font-size: 22pt;">中国（湖南）自由贸易试验区<br>深化对非经贸合作三年行动方案（2024—2026年）</span></strong></p>')
    a('<p style="text-indent: 2em;">%s</p>' % esc(HN_INTRO))
    for head, items in HN_SECTIONS:
        if head.startswith("（"):
            a('<p style="text-indent: 2em;"><span style="font-family: 楷体_GB2312;"><strong>%s</strong></span></p>' % esc(head))
        else:
            a('<p style="text-indent: 2em;"><span style="font-family: 黑体;">%s</span></p>' % esc(head))
        for t in items:
            a('<p style="text-indent: 2em;">%s</p>' % split_spans(t, st, cuts=(2, 40)))
    a("</div></div>")
    # TRS pager: script still in the DOM, its document.write output right after it
    a('<div class="page_div" id="page_div"><script type="text/javascript">createPageHTML(2, 0, "t20240314_33247815", "html");</script>'
      '<span class="total">共2页</span><span>首页</span><span>上一页</span>'
      '<a href="%s" class="on">1</a><a href="%s">2</a><a href="%s">下一页</a><a href="%s">尾页</a></div>' % (HN_URL, HN_URL2, HN_URL2, HN_URL2))
    a('<div class="xgjd"><h3>相关解读</h3><ul>'
      '<li><a href="https://www.hunan.gov.cn/hnszf/xxgk/jd/wjjd/202403/t20240315_33248102.html">《中国（湖南）自由贸易试验区深化对非经贸合作三年行动方案（2024—2026年）》政策解读</a><span>2024-03-15</span></li>'
      '<li><a href="https://www.hunan.gov.cn/hnszf/xxgk/jd/tjjd/202403/t20240315_33248117.html">图解：一图读懂湖南自贸试验区对非经贸合作三年行动</a><span>2024-03-15</span></li></ul></div>')
    a('<div class="btns"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>')
    a("</div>")
    a('<div class="footer"><div class="w1200"><p>主办：湖南省人民政府办公厅　承办：湖南省人民政府电子政务中心</p>'
      '<p>网站标识码：4300000063　<a href="https://beian.miit.gov.cn/">湘ICP备05006587号</a>　湘公网安备 43010502000186号</p>'
      '<p><img src="%sdzjg.png" alt="党政机关"> <img src="%sjiucuo.png" alt="政府网站找错"></p></div></div>' % (F, F))
    a('<script type="text/javascript">var _hmt = _hmt || [];</script>')
    a("</body></html>")
    with open(os.path.join(HERE, stem + ".html"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    write_files_dir(stem, {"common.css": HN_CSS, "trs_page.js": HN_JS,
                           "jquery-1.11.3.min.js": "/*! jQuery v1.11.3 (stub saved by browser) */\n",
                           "logo.png": tiny_png(8, 4), "ewm.png": tiny_png(4, 4, (0, 0, 0)),
                           "dzjg.png": tiny_png(4, 4), "jiucuo.png": tiny_png(4, 4, (30, 30, 200))})
    return stem


# =================================================================== 2. 厦门 政府令
XM_URL = "https://www.xm.gov.cn/zwgk/flfg/zfgz/202406/t20240603_2856321.htm"
XM_BANFA = "厦门市促进中国（福建）自由贸易试验区厦门片区跨境服务贸易发展办法"
XM_LING = "《厦门市促进中国（福建）自由贸易试验区厦门片区跨境服务贸易发展办法》已经2024年5月17日市人民政府第58次常务会议通过，现予公布，自2024年7月1日起施行。"
# chapters: (heading, [(label, [paragraphs])])
XM_CHAPTERS = [
    ("第一章　总则", [
        ("第一条", ["为了促进中国（福建）自由贸易试验区厦门片区跨境服务贸易高质量发展，推动服务业扩大开放，更好服务共建“一带一路”和海峡两岸融合发展，根据《中华人民共和国对外贸易法》《中国（福建）自由贸易试验区条例》等法律、法规，结合本市实际，制定本办法。"]),
        ("第二条", ["本办法适用于中国（福建）自由贸易试验区厦门片区（以下简称厦门片区）内跨境服务贸易的促进、便利化和监督管理活动。",
                  "本办法所称跨境服务贸易，是指境外服务提供者通过跨境交付、境外消费、自然人移动等方式向厦门片区内消费者提供服务，以及厦门片区内服务提供者向境外提供服务的活动。"]),
        ("第三条", ["市人民政府应当加强对厦门片区跨境服务贸易工作的领导，建立跨部门协调机制，研究解决重大问题。",
                  "厦门片区管理委员会（以下简称片区管委会）负责跨境服务贸易的具体推进工作。市商务、发展改革、财政、金融监管、交通运输、文化旅游等部门和厦门海关、国家外汇管理局厦门市分局等单位按照各自职责做好相关工作。"]),
        ("第四条", ["厦门片区跨境服务贸易实行负面清单管理。负面清单之外的领域，按照境内外服务及服务提供者待遇一致原则实施管理。"]),
    ]),
    ("第二章　便利化措施", [
        ("第五条", ["片区管委会应当依托国际贸易“单一窗口”建设跨境服务贸易综合服务平台，于2024年12月31日前实现服务贸易合同登记、收付汇、税收备案等事项“一网通办”。"]),
        ("第六条", ["支持厦门片区内银行为真实合规的跨境服务贸易提供便利化结算服务。对信用良好的企业，银行可以凭交易电子信息办理服务贸易外汇收支，单笔等值5万美元以下的无需审核交易单证。"]),
        ("第七条", ["对在厦门片区内从事国际船舶管理、国际船舶代理、航运经纪等业务的境外专业人员，按照规定为其办理工作许可、居留许可提供便利，工作许可审批时限压缩至5个工作日。"]),
        ("第八条", ["支持在象屿综合保税区、海沧港区开展保税维修、保税研发、国际分拨等新业态，海关对符合条件的企业实施“一企一策”监管。"]),
        ("第九条", ["推动与共建“一带一路”国家和地区在检验检测、认证认可、职业资格等领域开展互认合作。具有台湾地区相关职业资格的专业人员，经备案后可以在厦门片区内依法执业。"]),
    ]),
    ("第三章　支持措施", [
        ("第十条", ["市人民政府设立跨境服务贸易发展专项资金，每年安排不少于1亿元，用于支持厦门片区跨境服务贸易平台建设、主体培育和市场开拓。专项资金管理办法由市财政部门会同市商务部门另行制定。"]),
        ("第十一条", ["对年度跨境服务贸易进出口额首次突破1000万美元、5000万美元、1亿美元的企业，分别给予30万元、80万元、150万元一次性奖励。"]),
        ("第十二条", ["对在厦门片区新设立的区域性国际航运服务、国际结算、数字服务贸易总部企业，按照其实缴注册资本的5%给予落户奖励，最高不超过1000万元。"]),
        ("第十三条", ["支持企业承接共建“一带一路”国家和地区的服务外包业务，对离岸服务外包执行额给予每美元0.05元人民币的奖励，单个企业年度奖励最高不超过200万元。"]),
        ("第十四条", ["支持厦门片区内企业参加中国国际投资贸易洽谈会、中国国际服务贸易交易会等重点展会，按照展位费的70%给予补助。"]),
        ("第十五条", ["鼓励金融机构开发跨境服务贸易信用保险、出口信用融资等产品。对企业投保短期出口信用保险中服务贸易部分的保费，给予50%的补助。"]),
    ]),
    ("第四章　监督管理", [
        ("第十六条", ["片区管委会应当会同有关部门建立跨境服务贸易统计监测制度，按季度向市人民政府报送跨境服务贸易发展情况。"]),
        ("第十七条", ["有关部门应当依托公共信用信息平台，对跨境服务贸易企业实施信用分级分类监管。以虚假材料骗取奖励、补助的，由原给予部门追回已拨付资金，5年内不再受理其申请；构成犯罪的，依法追究刑事责任。"]),
        ("第十八条", ["对在跨境服务贸易创新中出现失误、偏差，但符合国家确定的改革方向，决策程序符合规定，且勤勉尽责、未谋取私利的，对有关单位和个人依法予以免责或者减轻责任。"]),
    ]),
    ("第五章　附则", [
        ("第十九条", ["本办法规定的奖励、补助与本市其他同类政策重复的，按照从高不重复原则执行。"]),
        ("第二十条", ["本办法自2024年7月1日起施行。"]),
    ]),
]

XM_CSS = """body{font:14px/1.8 SimSun,serif;margin:0}table.layout{width:1000px;margin:0 auto}
.ling-head{color:#d00;font-size:30px;text-align:center;letter-spacing:4px}.bt_content p{text-indent:2em}
.gzxx td{border:1px solid #ccc;padding:4px 8px}
"""


def page_xiamen():
    stem = "blind186_xiamen_ling"
    F = "./%s_files/" % stem
    out = []
    a = out.append
    a("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">")
    a(saved_from(XM_URL))
    a('<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    a('<meta name="SiteName" content="厦门市人民政府">')
    a('<meta name="ColumnName" content="政府规章">')
    a('<meta name="ArticleTitle" content="厦门市人民政府令第219号">')
    a('<meta name="PubDate" content="2024-06-03 09:12">')
    a('<meta name="ContentSource" content="市司法局">')
    a("<title>厦门市人民政府令第219号_政府规章_厦门市人民政府</title>")
    a('<link href="%sstyle.css" rel="stylesheet" type="text/css">' % F)
    a('<script type="text/javascript" src="%sjquery.min.js"></script>' % F)
    a("</head><body>")
    a('<table class="layout" cellspacing="0" cellpadding="0" border="0"><tbody>')
    a('<tr><td colspan="2" class="banner"><img src="%sbanner.png" width="1000" height="120" alt="厦门市人民政府"></td></tr>' % F)
    a('<tr><td colspan="2" class="menu"><a href="https://www.xm.gov.cn/">首页</a>　<a href="https://www.xm.gov.cn/zwgk/">政务公开</a>　'
      '<a href="https://www.xm.gov.cn/zwgk/flfg/">法规规章</a>　<a href="https://www.xm.gov.cn/bsfw/">办事服务</a>　<a href="https://www.xm.gov.cn/hdjl/">互动交流</a></td></tr>')
    a('<tr><td class="left" valign="top" width="220">'
      '<div class="lm"><h3>法规规章</h3><ul><li><a href="https://www.xm.gov.cn/zwgk/flfg/sfg/">地方性法规</a></li>'
      '<li class="cur"><a href="https://www.xm.gov.cn/zwgk/flfg/zfgz/">政府规章</a></li><li><a href="https://www.xm.gov.cn/zwgk/flfg/gfxwj/">规范性文件</a></li></ul></div>'
      '<div class="lm"><h3>最新规章</h3><ul><li><a href="https://www.xm.gov.cn/zwgk/flfg/zfgz/202404/t20240412_2851107.htm">厦门市人民政府令第218号</a></li>'
      '<li><a href="https://www.xm.gov.cn/zwgk/flfg/zfgz/202401/t20240119_2839920.htm">厦门市人民政府令第217号</a></li></ul></div></td>')
    a('<td class="right" valign="top">')
    a('<div class="position">您现在的位置：<a href="https://www.xm.gov.cn/">首页</a> &gt;&gt; <a href="https://www.xm.gov.cn/zwgk/">政务公开</a> &gt;&gt; '
      '<a href="https://www.xm.gov.cn/zwgk/flfg/">法规规章</a> &gt;&gt; 政府规章</div>')
    a('<table class="gzxx" width="100%" cellspacing="0"><tbody>'
      '<tr><td>规章名称</td><td>厦门市人民政府令第219号</td><td>制定机关</td><td>厦门市人民政府</td></tr>'
      '<tr><td>公布日期</td><td>2024-05-28</td><td>施行日期</td><td>2024-07-01</td></tr>'
      '<tr><td>时效性</td><td>尚未生效</td><td>来源</td><td>市司法局</td></tr></tbody></table>')
    a('<h1 class="article_title">厦门市人民政府令第219号</h1>')
    a('<div class="article_info">发布日期：2024-06-03　　来源：市司法局　　<span id="hits">浏览量：<script>document.write("1386");</script>1386</span>'
      '　　<a href="javascript:window.print();">打印</a></div>')
    a('<div class="bt_content" id="Zoom">')
    a('<p class="ling-head" style="text-indent:0;text-align:center"><font color="#ff0000" size="6"><b>厦门市人民政府令</b></font></p>')
    a('<p style="text-indent:0;text-align:center">第219号</p>')
    a('<p>%s</p>' % esc(XM_LING))
    a('<p style="text-align:right">市长　陈立新</p>')
    a('<p style="text-align:right">2024年5月28日</p>')
    a('<hr size="1" color="#cccccc">')
    a('<p style="text-indent:0;text-align:center"><b>%s</b></p>' % esc(XM_BANFA))
    a('<p style="text-indent:0;text-align:center"><font face="楷体_GB2312">（2024年5月28日厦门市人民政府令第219号公布　自2024年7月1日起施行）</font></p>')
    n = 0
    for chap, arts in XM_CHAPTERS:
        a('<p style="text-indent:0;text-align:center"><b>%s</b></p>' % esc(chap))
        for label, paras in arts:
            n += 1
            first = paras[0]
            if label == "第六条":
                # article whose text was broken with a <br> by the editor
                cut = first.index("对信用良好")
                body = esc(first[:cut]) + "<br>" + esc(first[cut:])
            else:
                body = esc(first)
            if n % 2:
                a('<p><font face="黑体">%s</font>　%s</p>' % (label, body))
            else:
                a('<p><b>%s</b>&nbsp;&nbsp;%s</p>' % (label, body))
            for extra in paras[1:]:
                a('<p>%s</p>' % esc(extra))
    a('</div>')
    a('<div class="xgwj">相关链接：<a href="https://www.xm.gov.cn/zwgk/zcjd/202406/t20240604_2856402.htm">《厦门市促进中国（福建）自由贸易试验区厦门片区跨境服务贸易发展办法》解读</a></div>')
    a('<div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>')
    a("</td></tr>")
    a('<tr><td colspan="2" class="foot">主办单位：厦门市人民政府办公厅　运维单位：厦门市信息中心<br>'
      '网站标识码：3502000001　闽ICP备05023563号　闽公网安备 35020302000219号<br>建议使用1024×768分辨率浏览本网站</td></tr>')
    a("</tbody></table></body></html>")
    with open(os.path.join(HERE, stem + ".html"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    write_files_dir(stem, {"style.css": XM_CSS, "jquery.min.js": "/*! jQuery v1.8.3 (stub saved by browser) */\n",
                           "banner.png": tiny_png(10, 3, (20, 80, 160))})
    return stem


# =================================================================== 3. 滨海新区 申报通知 (GBK)
BH_URL = "http://bhxq.tj.gov.cn/bhswj/zwgk/tzgg/202404/t20240424_6603518.html"
BH_TITLE = "天津市滨海新区商务局关于组织申报2024年度滨海新区服务共建“一带一路”外经贸发展专项资金项目的通知"
BH_INTRO = "为贯彻落实《天津市滨海新区推动共建“一带一路”高质量发展三年行动计划（2023—2025年）》，支持企业开拓共建“一带一路”国家市场，根据《滨海新区外经贸发展专项资金管理办法》（津滨商务〔2022〕15号），现就组织申报2024年度专项资金项目有关事项通知如下："
BH_SECTIONS = [
    ("一、支持范围", [
        "（一）境外经贸合作区和海外仓建设。对企业在共建“一带一路”国家建设境外经贸合作区、公共海外仓发生的租赁、建设、信息系统等费用，按照实际发生额的30%给予支持，单个项目最高不超过200万元。",
        "（二）对外承包工程和劳务合作。对企业在共建“一带一路”国家新签合同额达到5000万美元以上的对外承包工程项目，按照新签合同额的0.2%给予支持，单个企业最高不超过150万元。",
        "（三）国际物流通道。对经天津港开行中欧（中亚）班列并在东疆综合保税区集结的企业，按照每标准箱300元给予支持，单个企业最高不超过100万元。",
        "（四）融资租赁出口。对在东疆综合保税区注册的融资租赁企业向共建“一带一路”国家出口飞机、船舶、大型设备的租赁业务，按照租赁合同额的0.1%给予支持，单个企业最高不超过100万元。"]),
    ("二、申报条件", [
        "1.在滨海新区依法注册、具有独立法人资格，财务管理制度健全。",
        "2.项目实施时间为2023年1月1日至2023年12月31日。",
        "3.近三年未被列入严重失信主体名单，未发生重大安全生产、环保事故。",
        "4.同一项目已获得市级以上财政资金支持的，不得重复申报。"]),
    ("三、申报材料", [
        "申报单位须提交以下材料（一式两份，加盖公章）：专项资金项目申报表（附件1）、信用承诺书（附件2）、营业执照复印件、项目合同及支付凭证、会计师事务所出具的专项审计报告。"]),
    ("四、申报时间和方式", [
        "申报时间为2024年5月6日至2024年5月31日。申报单位登录“滨海新区惠企政策服务平台”在线填报，并将纸质材料报送注册地所属功能区或街镇经济主管部门。各功能区、街镇于2024年6月14日前完成初审，将项目汇总表（附件3）报送区商务局。逾期不予受理。"]),
    ("五、工作要求", [
        "各功能区、街镇要认真做好政策宣传和项目初审工作，对申报材料的真实性、完整性进行审核。区商务局将会同区财政局组织第三方机构开展评审，评审结果在区政府网站公示5个工作日。"]),
]
BH_CONTACT_HEAD = ["区", "单位", "联系人", "电话"]
BH_CONTACTS = [  # 区 cell None = covered by the rowspan above
    ["滨海新区", "区商务局对外经济合作科", "王喆", "022-65305512"],
    [None, "区商务局外贸发展科", "刘倩", "022-65305536"],
    ["天津港保税区", "经济发展局", "赵明远", "022-84906218"],
    ["天津经济技术开发区", "商务和投资促进局", "孙婧", "022-25201637"],
    ["天津滨海高新区", "经济发展局", "周航", "022-84806721"],
    ["中新天津生态城", "经济发展局", "吴磊", "022-66328815"],
    ["东疆综合保税区", "经济发展局", "钱晓峰", "022-25605318"],
]
BH_ATTACH = [
    ("2024年度滨海新区服务共建“一带一路”外经贸发展专项资金项目申报表", "xlsx", "P020240424583219461733.xlsx"),
    ("申报单位信用承诺书", "docx", "P020240424583219574106.docx"),
    ("2024年度专项资金项目汇总表（功能区、街镇填报）", "xlsx", "P020240424583219685520.xlsx"),
]

BH_CSS = """.wrap{width:1100px;margin:0 auto}.article-con{font-size:16px;line-height:30px}
.lxfs{border-collapse:collapse;margin:0 auto}.lxfs td{border:1px solid #000;padding:2px 10px;text-align:center}
.fj a{color:#06c}
"""


def page_binhai():
    stem = "blind186_binhai_shenbao"
    F = "./%s_files/" % stem
    base = BH_URL.rsplit("/", 1)[0] + "/"
    out = []
    a = out.append
    a("<!DOCTYPE html>")
    a(saved_from(BH_URL))
    a('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    a('<meta name="ArticleTitle" content="%s">' % html.escape(BH_TITLE))
    a('<meta name="PubDate" content="2024-04-24 16:38">')
    a('<meta name="ContentSource" content="滨海新区商务局">')
    a('<meta name="ColumnName" content="通知公告">')
    a("<title>%s-天津市滨海新区人民政府</title>" % esc(BH_TITLE))
    a('<link rel="stylesheet" type="text/css" href="%sbase.css">' % F)
    a('<script type="text/javascript" src="%sjquery-1.8.3.min.js"></script>' % F)
    a("</head><body>")
    a('<div class="head"><div class="wrap"><img src="%stop_logo.png" alt="天津市滨海新区人民政府"><div class="weather">天津 晴 12℃～24℃</div></div></div>' % F)
    a('<div class="menu wrap"><a href="http://bhxq.tj.gov.cn/">首页</a><a href="http://bhxq.tj.gov.cn/zwgk/">政务公开</a>'
      '<a href="http://bhxq.tj.gov.cn/zwfw/">政务服务</a><a href="http://bhxq.tj.gov.cn/hdjl/">政民互动</a><a href="http://bhxq.tj.gov.cn/zjbh/">走进滨海</a></div>')
    a('<div class="wrap location">您所在的位置：<a href="http://bhxq.tj.gov.cn/">首页</a> &gt; <a href="http://bhxq.tj.gov.cn/bhswj/">区商务局</a> &gt; '
      '<a href="http://bhxq.tj.gov.cn/bhswj/zwgk/">政务公开</a> &gt; <a href="http://bhxq.tj.gov.cn/bhswj/zwgk/tzgg/">通知公告</a></div>')
    a('<div class="wrap article">')
    a('<div class="article-title"><h2>%s</h2></div>' % esc(BH_TITLE))
    a('<div class="article-info"><span>发布时间：2024-04-24</span><span>来源：滨海新区商务局</span>'
      '<span class="fontsize">字号：[<a href="javascript:void(0)">大</a>] [<a href="javascript:void(0)">中</a>] [<a href="javascript:void(0)">小</a>]</span></div>')
    a('<div class="article-con" id="zoom"><div class="view TRS_UEDITOR trs_paper_default trs_web">')
    a('<p style="text-align: center;">津滨商务〔2024〕21号</p>')
    a('<p>各功能区经济主管部门，各街镇，各有关企业：</p>')
    a('<p style="text-indent: 2em;">%s</p>' % esc(BH_INTRO))
    for head, items in BH_SECTIONS:
        a('<p style="text-indent: 2em;"><strong>%s</strong></p>' % esc(head))
        for t in items:
            a('<p style="text-indent: 2em;">%s</p>' % esc(t))
    a('<p style="text-indent: 2em;"><strong>六、联系方式</strong></p>')
    a('<table class="lxfs" border="1" cellspacing="0" cellpadding="0" width="600"><tbody>')
    a("<tr>" + "".join('<td width="150"><p style="text-align:center"><strong>%s</strong></p></td>' % h for h in BH_CONTACT_HEAD) + "</tr>")
    for row in BH_CONTACTS:
        cells = []
        if row[0] is not None:
            rs = ' rowspan="2"' if row[0] == "滨海新区" else ""
            cells.append('<td%s valign="middle"><p style="text-align:center">%s</p></td>' % (rs, esc(row[0])))
        for v in row[1:]:
            cells.append('<td><p style="text-align:center">%s</p></td>' % esc(v))
        a("<tr>" + "".join(cells) + "</tr>")
    a("</tbody></table>")
    a('<p style="text-indent: 2em;"><br></p>')
    a('<div class="fj"><p style="text-indent: 2em;">附件：<a href="%s%s" oldsrc="/protect/%s" appendix="true">1.%s.%s</a></p>'
      % (base, BH_ATTACH[0][2], BH_ATTACH[0][2], esc(BH_ATTACH[0][0]), BH_ATTACH[0][1]))
    for i, (t, ext, fn) in enumerate(BH_ATTACH[1:], start=2):
        a('<p style="text-indent: 5em;"><a href="%s%s" oldsrc="/protect/%s" appendix="true">%d.%s.%s</a></p>' % (base, fn, fn, i, esc(t), ext))
    a("</div>")
    a('<p style="text-indent: 2em;"><br></p>')
    a('<p style="text-align: right;">天津市滨海新区商务局</p>')
    a('<p style="text-align: right;">2024年4月22日</p>')
    a('<p style="text-indent: 2em;">（此件主动公开）</p>')
    a("</div></div>")
    a('<div class="share" style="display:none"><span id="shareTitle">%s</span></div>' % esc(BH_TITLE))
    a('<div class="article-bottom"><a href="javascript:window.print();">打印本页</a> <a href="javascript:window.close();">关闭窗口</a></div>')
    a("</div>")
    a('<div class="foot"><div class="wrap"><p>主办：天津市滨海新区人民政府办公室　承办：天津市滨海新区商务局</p>'
      '<p>网站标识码：1200000037　津ICP备12003210号-1　津公网安备12011602000133号</p></div></div>')
    a("</body></html>")
    text = "\n".join(out)
    with open(os.path.join(HERE, stem + ".html"), "wb") as fh:
        fh.write(text.encode("gbk"))   # declared gb2312; 喆 exists only in GBK
    write_files_dir(stem, {"base.css": BH_CSS, "jquery-1.8.3.min.js": "/*! jQuery v1.8.3 (stub saved by browser) */\n",
                           "top_logo.png": tiny_png(8, 3, (0, 90, 170))})
    return stem


# =================================================================== 4. 昆明片区 政策解读
KM_URL = "https://kmftz.km.gov.cn/c/2024-07-10/6812345.shtml"
KM_POLICY = "中国（云南）自由贸易试验区昆明片区支持面向南亚东南亚跨境物流高质量发展若干措施"
KM_TITLE = "《%s》政策解读" % KM_POLICY
KM_ISSUER = "中国（云南）自由贸易试验区昆明片区管理委员会"
# sequence of ("h", heading) / ("p", text) / ("q", [paragraphs]) / ("e", [paragraphs])
KM_BODY = [
    ("h", "一、出台背景"),
    ("p", "昆明片区是我国面向南亚东南亚开放的前沿。2023年，中老铁路累计发送跨境货物420万吨，经昆明片区王家营西站集结发运的国际货运班列达到1860列。为进一步发挥中老铁路、中缅陆水联运等国际通道作用，推动昆明片区建设面向南亚东南亚的国际物流枢纽，片区管委会研究制定了《若干措施》。"),
    ("h", "二、制定依据"),
    ("p", "《若干措施》依据《中国（云南）自由贸易试验区总体方案》《云南省建设面向南亚东南亚辐射中心规划》以及省、市关于推动共建“一带一路”高质量发展的有关部署制定，经2024年6月28日片区管委会主任办公会审议通过，于2024年7月3日以昆自贸片管发〔2024〕7号印发。"),
    ("h", "三、主要内容"),
    ("p", "《若干措施》共10条，重点支持国际班列集结、跨境公路运输、航空物流、冷链物流和供应链服务等5个方面。现将主要条款解读如下："),
    ("q", ["第一条　支持中老铁路国际货运班列集结。对在王家营西站集结发运、经片区认定的中老铁路国际货运班列，按每标准箱500元给予平台运营企业补贴，单个企业年度补贴最高不超过800万元。"]),
    ("e", ["解读：该条款旨在引导货源向昆明片区集聚，提升王家营西站的国际班列集结能力。“经片区认定”是指班列运营企业须在每季度结束后15日内向片区管委会经济发展局提交班列开行计划和实际发运清单，经核验后按季度兑现补贴。"]),
    ("q", ["第二条　支持跨境公路运输。对经磨憨口岸、河口口岸开展国际道路运输且车辆登记地在昆明片区的企业，按每车次1000元给予补贴，单个企业年度补贴最高不超过200万元。"]),
    ("e", ["解读：本条支持的是从昆明片区出发的国际道路运输。企业须同时满足两个条件：一是车辆行驶证登记地在昆明片区；二是运输线路经磨憨口岸或河口口岸出境。仅在口岸短驳、未实际出境的运输不在支持范围内。"]),
    ("q", ["第三条　支持航空物流发展。对在昆明长水国际机场新开通至南亚东南亚国家的国际全货机航线的航空公司，给予以下支持：",
           "（一）每周执飞1班以上、全年执飞不少于40班的，按每班次15万元给予补贴；",
           "（二）同一航线连续运营满2年的，第3年起补贴标准降为每班次8万元。"]),
    ("e", ["解读：补贴对象为实际承运的航空公司，以民航管理部门批复的航线经营许可为准。同一航线由多家航空公司执飞的，按各自实际执飞班次分别计算。"]),
    ("q", ["第四条　支持冷链物流设施建设。对在昆明片区新建、改扩建国际冷链仓储设施且库容达到1万立方米以上的企业，按设备投资额的20%给予一次性补助，最高不超过500万元。"]),
    ("e", ["解读：“设备投资额”仅包括制冷、温控、分拣等设备购置费用，不含土地、厂房土建费用。项目须在2024年8月1日以后竣工验收。"]),
    ("q", ["第六条　培育供应链服务企业。对年度对南亚东南亚国家进出口额首次突破5亿元、10亿元的供应链服务企业，分别给予50万元、100万元一次性奖励。"]),
    ("e", ["解读：奖励按“首次突破”的档次一次性兑现，同一企业跨档的，补足差额。",
           "例如，某企业2024年进出口额首次突破5亿元，获得50万元奖励；2025年首次突破10亿元的，再获得50万元差额奖励。"]),
    ("q", ["第九条　本措施与昆明片区其他同类政策有重叠的，按照“从高、不重复”原则执行。"]),
    ("e", ["解读：企业同一事项同时符合本措施和片区其他政策的，由企业自主选择其中支持标准最高的一项申报，不得重复享受。"]),
    ("q", ["第十条　本措施自2024年8月1日起施行，有效期3年。"]),
    ("e", ["解读：本措施施行前已开行的班列、已开通的航线，自2024年8月1日起按本措施执行；2024年8月1日前发生的费用不予追溯。"]),
    ("h", "四、申报兑现"),
    ("p", "符合条件的企业可于每季度结束后15日内通过“昆明片区惠企政策兑现平台”提交申报材料。片区管委会经济发展局会同财政金融局在受理后30个工作日内完成审核并兑现资金。"),
    ("p", "咨询电话：0871-67458236（片区管委会经济发展局物流发展科）"),
]

KM_CSS = """body{margin:0;font-family:"PingFang SC","Microsoft YaHei"}.container{max-width:1180px;margin:0 auto}
.detail blockquote{margin:12px 0 6px 2em;padding:8px 16px;border-left:4px solid #0a7cc1;background:#eef6fc;font-family:楷体}
.detail .jd{text-indent:2em}.jdxx{background:#f7f7f7;padding:10px;font-size:14px}
"""


def page_kunming():
    stem = "blind186_kunming_jiedu"
    F = "./%s_files/" % stem
    out = []
    a = out.append
    a("<!DOCTYPE html>")
    a(saved_from(KM_URL))
    a('<html lang="zh-cmn-Hans"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    a('<meta name="viewport" content="width=device-width, initial-scale=1">')
    a('<meta name="ArticleTitle" content="%s">' % html.escape(KM_TITLE))
    a('<meta name="PubDate" content="2024-07-10 15:20">')
    a('<meta name="ContentSource" content="昆明片区管委会经济发展局">')
    a('<meta name="ColumnName" content="政策解读">')
    a("<title>%s_政策解读_中国（云南）自由贸易试验区昆明片区</title>" % esc(KM_TITLE))
    a('<link rel="stylesheet" href="%sbootstrap.min.css">' % F)
    a('<link rel="stylesheet" href="%sdetail.css">' % F)
    a("</head><body>")
    a('<header class="site-head"><div class="container"><a href="https://kmftz.km.gov.cn/"><img src="%slogo-ftz.png" alt="中国（云南）自由贸易试验区昆明片区"></a>'
      '<nav><a href="https://kmftz.km.gov.cn/">首页</a><a href="https://kmftz.km.gov.cn/pqgk/">片区概况</a><a href="https://kmftz.km.gov.cn/zcfg/">政策法规</a>'
      '<a class="active" href="https://kmftz.km.gov.cn/zcjd/">政策解读</a><a href="https://kmftz.km.gov.cn/zdcx/">制度创新</a><a href="https://kmftz.km.gov.cn/tzcj/">投资促进</a></nav></div></header>')
    a('<div class="container"><ol class="breadcrumb"><li><a href="https://kmftz.km.gov.cn/">首页</a></li><li><a href="https://kmftz.km.gov.cn/zcfg/">政策法规</a></li>'
      '<li class="active">政策解读</li></ol>')
    a('<article class="detail">')
    a('<h1 class="detail-title">%s</h1>' % esc(KM_TITLE))
    a('<div class="detail-meta"><span>发布时间：2024-07-10 15:20</span><span>来源：昆明片区管委会经济发展局</span><span>阅读：<em id="readNum">2,147</em></span></div>')
    a('<div class="jdxx"><p>文件名称：<a href="https://kmftz.km.gov.cn/c/2024-07-05/6810277.shtml">%s</a>（昆自贸片管发〔2024〕7号）</p>'
      '<p>解读机构：%s经济发展局</p><p>解读人：杨帆　　联系电话：0871-67458236</p></div>' % (esc(KM_POLICY), KM_ISSUER))
    a('<div class="detail-content" id="NewsContent">')
    for kind, v in KM_BODY:
        if kind == "h":
            a('<h3 class="jd-h">%s</h3>' % esc(v))
        elif kind == "p":
            a('<p class="jd">%s</p>' % esc(v))
        elif kind == "q":
            a("<blockquote>" + "".join("<p>%s</p>" % esc(x) for x in v) + "</blockquote>")
        elif kind == "e":
            for x in v:
                if x.startswith("解读："):
                    a('<p class="jd"><strong>解读：</strong>%s</p>' % esc(x[3:]))
                else:
                    a('<p class="jd">%s</p>' % esc(x))
    a("</div>")
    a('<div class="detail-links"><p>原文链接：<a href="https://kmftz.km.gov.cn/c/2024-07-05/6810277.shtml">%s</a></p>'
      '<p>图文解读：<a href="https://kmftz.km.gov.cn/c/2024-07-11/6812511.shtml">一图读懂｜昆明片区跨境物流“十条”来了</a></p></div>' % esc(KM_POLICY))
    a('<div class="detail-tools"><a href="javascript:window.print()">打印</a><a href="javascript:window.close()">关闭</a>'
      '<div class="qrcode" hidden><img src="%sqrcode.png" alt="">手机扫码阅读</div></div>' % F)
    a("</article></div>")
    a('<footer><div class="container"><p>主办：中国（云南）自由贸易试验区昆明片区管理委员会　地址：昆明经济技术开发区信息产业基地林溪路188号</p>'
      '<p>网站标识码：5301000071　滇ICP备2020007456号-1</p></div></footer>')
    a('<script src="%sjquery-3.6.0.min.js"></script><script src="%sdetail.js"></script>' % (F, F))
    a("</body></html>")
    with open(os.path.join(HERE, stem + ".html"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    write_files_dir(stem, {"detail.css": KM_CSS, "bootstrap.min.css": "/*! Bootstrap v3.4.1 (stub saved by browser) */\n",
                           "jquery-3.6.0.min.js": "/*! jQuery v3.6.0 (stub saved by browser) */\n",
                           "detail.js": "$(function(){ $('#readNum').text('2,147'); });\n",
                           "logo-ftz.png": tiny_png(8, 3, (10, 124, 193)), "qrcode.png": tiny_png(4, 4, (0, 0, 0))})
    return stem


# =================================================================== expected.json
def expected():
    E = {}
    # ---- 湖南
    hn_clauses = list(HN_NOTICE) + [HN_INTRO]
    for head, items in HN_SECTIONS:
        hn_clauses += items
    E["blind186_hunan_page1"] = [{
        "meta": {
            "title": HN_TITLE,
            "doc_number": "湘政发〔2024〕6号",
            "issuer": ["湖南省人民政府"],
            "date": "2024-03-08",
            "published": "2024-03-14",
            "level": "provincial",
            "region": "湖南省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各市州、县市区人民政府", "省政府各厅委、各直属机构"],
            "publicity": "此件主动公开",
            "source": "湖南省人民政府办公厅",
            "url": HN_URL,
            "index_no": "000014349/2024-00021",
            "incomplete": "page 1 of 2 only; the rest of the 方案 is on %s, which was not saved" % HN_URL2,
        },
        "clauses": hn_clauses,
        "applies_to": {
            "default": "湖南省（中国（湖南）自由贸易试验区）",
            "specific": {
                "（一）1.": "长沙片区（高桥大市场，长沙市）",
                "（二）2.": "长沙片区（长沙市）",
                "（三）1.": "岳阳片区（城陵矶港，岳阳市）",
                "（三）2.": "郴州片区（郴州国际陆港，郴州市）",
                "（三）3.": "长沙（长沙黄花国际机场，长沙片区临空区）",
            },
            "note": "上海、广州南沙、深圳盐田港 are transit ports; 蒙巴萨、拉各斯、亚的斯亚贝巴、内罗毕、埃塞俄比亚、坦桑尼亚、尼日利亚 are destinations abroad: none of them is where a clause applies. 一、总体要求 names all three 片区 (the whole FTZ = default). (一)3. 中国（长沙）跨境电子商务综合试验区 → 长沙 acceptable, default acceptable.",
        },
        "_note": "HTML saved as 网页，全部 (Chrome: `<!-- saved from url=(0076)… -->`, resources rewritten to ./blind186_hunan_page1_files/). Furniture: top bar (date, 无障碍, English, 长者模式), logo, search box, nav, breadcrumb 当前位置：…; the 信息公开 metadata table (索引号/分类/发布机构/成文日期/名称/文号/发布日期/主题词) — source of meta, NOT clauses; h1 title; 发布时间/来源/字体 大中小/打印/分享 line; hidden QR block 扫一扫在手机打开当前页; inside the text: the 文号 line 湘政发〔2024〕6号, the 主送 line (→ recipients), 落款 湖南省人民政府 / 2024年3月8日 (right-aligned), （此件主动公开） (→ publicity), the 方案 title (two lines with <br>, must be re-joined without a stray newline if used as a title/heading); headings 一、总体要求 / 二、主要目标 / 三、重点任务 and the run-in-looking but text-less headings （一）扩大对非贸易规模。（二）深化对非投资合作。（三）畅通对非物流通道。 (they carry no text of their own: headings / path, not clauses; as heading clauses tolerable, low). Each paragraph is split into several <span>s (Word paste) — no spaces may appear at the seams. The TRS pager at the end: <script>createPageHTML(2, 0, …)</script> followed by its rendered output 共2页 首页 上一页 1 2 下一页 尾页 — furniture; none of it may become a clause or be glued to （三）3. The 相关解读 box (two links to a 政策解读 and an 图解), 【打印本页】【关闭窗口】, footer (主办/承办, 网站标识码, ICP, 公安备案, pictures) are furniture. What a careful reader must get right: (1) the page is PAGE 1 OF 2 — the 方案 stops after 三、（三）3. with （三）4., （四）, （五）, 四、保障措施 and any effective/expiry sentence on page 2 (t20240314_33247815_1.html), which was not saved. A reader that reports a clean, complete ingest of 13 clauses (no warning that the document continues on another page) misleads the analyst into thinking the 方案 has only these tasks: HIGH if silent; fine if it warns (incomplete / continued at URL). (2) date = 成文日期 2024-03-08 (in the metadata table and the 落款); 2024-03-14 is the 发布日期 (PubDate meta, 发布时间) = published, not date. (3) title = the notice title (h1 / ArticleTitle / 名称), not the 方案 title; a second document for the 方案 (title = 方案 title, issuer 湖南省人民政府, date 2024-03-08) is tolerable. (4) the 方案 is the notice's own text here (printed inline) — attachments [] (listing the 方案 as an attachment is tolerable, low). (5) effective/expires unknown from page 1: null (2026 is the plan period, not an expiry; expires 2026-12-31 is tolerable, low). (6) 长沙海关、省商务厅 etc. in （责任单位：…） are organs, not places; the （责任单位：…） tail belongs to its item.",
        "_pdf": {"note": "no PDF this round; HTML only"},
    }]
    # ---- 厦门
    xm_clauses = [XM_LING]
    for chap, arts in XM_CHAPTERS:
        for label, paras in arts:
            xm_clauses.append(label + "　" + "\n".join(paras))
    E["blind186_xiamen_ling"] = [{
        "meta": {
            "title": XM_BANFA,
            "doc_number": "厦门市人民政府令第219号",
            "issuer": ["厦门市人民政府"],
            "signer": "市长　陈立新",
            "date": "2024-05-28",
            "published": "2024-06-03",
            "level": "municipal",
            "region": "福建省厦门市",
            "effective": "2024-07-01",
            "expires": None,
            "attachments": [],
            "doc_type": "政府令（规章：办法）",
            "recipients": [],
            "publicity": None,
            "source": "市司法局",
            "url": XM_URL,
            "adopted": "2024-05-17 市人民政府第58次常务会议",
        },
        "clauses": xm_clauses,
        "applies_to": {
            "default": "中国（福建）自由贸易试验区厦门片区（福建省厦门市）",
            "specific": {
                "第八条": "象屿综合保税区、海沧港区（厦门片区内）",
            },
            "note": "第二条 defines the scope as 厦门片区, so 福建省厦门市 as default is acceptable (low if the 片区 is not named). 台湾地区 (第九条) and 共建“一带一路”国家和地区 (第九条、第十三条) do not place a clause elsewhere. 厦门海关、国家外汇管理局厦门市分局 (第三条) are organs. 中国国际投资贸易洽谈会 (第十四条) is an event in 厦门 — default.",
        },
        "_note": "A 规章 page: the 令 and the 办法 in one article. Furniture: XHTML table layout (banner picture, menu, left column 法规规章 / 最新规章 with links to 第218号 and 第217号 — those must NOT become documents or clauses), 您现在的位置 crumb; the 规章信息 table (规章名称 厦门市人民政府令第219号 / 制定机关 / 公布日期 2024-05-28 / 施行日期 2024-07-01 / 时效性 尚未生效 / 来源) — meta, not clauses; h1 厦门市人民政府令第219号; 发布日期 2024-06-03 / 来源 / 浏览量 (script + its output 1386) / 打印; the 令 header 厦门市人民政府令 (red <font>) and 第219号; 市长　陈立新 (right-aligned: the signer, not a clause, not an issuer organ) and 2024年5月28日 (the 令 date = date); the <hr>; the 办法 title (bold, centered); the 题注 （2024年5月28日厦门市人民政府令第219号公布　自2024年7月1日起施行） — metadata, not a clause (tolerable as a clause, low); chapter headings 第一章　总则 … 第五章　附则 (headings: path, not clauses); 相关链接 (解读 link), 【打印本页】【关闭窗口】, footer. Clauses: the 令 sentence (the 公布令; tolerable to drop it if date/effective/adopted are in meta, low) then 第一条…第二十条, each article ONE clause; labels alternate <font face=黑体>第X条</font>+全角空格 and <b>第X条</b>+&nbsp;&nbsp; — both must give label 第X条 and the same text. 第二条 and 第三条 each have a SECOND paragraph in its own <p> without a label: it belongs to the article (a separate clause is tolerable, low, if it keeps the article's label; a second paragraph glued to nothing / labelled as its own article / lost is medium). 第六条 contains a <br> in mid-article: still one clause (a stray newline is cosmetic). What a careful reader must get right: title = the 办法 (厦门市人民政府令第219号 as the title is medium — the analyst searches by the 办法 name; it is the doc_number); doc_number = 厦门市人民政府令第219号 (the page writes it as h1/规章名称 and as 令 + 第219号 on two lines); issuer 厦门市人民政府 (not 市司法局, the source; not 陈立新); date 2024-05-28 (令 date; 2024-05-17 is the 常务会议, 2024-06-03 is the web 发布日期); effective 2024-07-01 (令 sentence, 题注, 第二十条, 施行日期); level municipal, region 福建省厦门市; no expiry. 第1–20条 must keep chapter path (第一章 总则 … 第五章 附则).",
        "_pdf": {"note": "no PDF this round; HTML only"},
    }]
    # ---- 滨海
    bh_clauses = [BH_INTRO]
    for head, items in BH_SECTIONS:
        bh_clauses += items
    last = None
    for row in BH_CONTACTS:
        q = row[0] if row[0] is not None else last
        last = q
        vals = [q] + row[1:]
        bh_clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(BH_CONTACT_HEAD, vals)))
    E["blind186_binhai_shenbao"] = [{
        "meta": {
            "title": BH_TITLE,
            "doc_number": "津滨商务〔2024〕21号",
            "issuer": ["天津市滨海新区商务局"],
            "date": "2024-04-22",
            "published": "2024-04-24",
            "level": "county",
            "region": "天津市滨海新区",
            "effective": None,
            "expires": None,
            "attachments": [t for t, ext, fn in BH_ATTACH],
            "attachment_files": ["%s%s (%s, linked, not saved with the page)" % (BH_URL.rsplit("/", 1)[0] + "/", fn, ext) for t, ext, fn in BH_ATTACH],
            "doc_type": "通知",
            "recipients": ["各功能区经济主管部门", "各街镇", "各有关企业"],
            "publicity": "此件主动公开",
            "source": "滨海新区商务局",
            "url": BH_URL,
            "deadline": "2024-05-31",
            "encoding": "GBK (declared charset=gb2312)",
        },
        "clauses": bh_clauses,
        "applies_to": {
            "default": "天津市滨海新区",
            "specific": {
                "一、（三）": "东疆综合保税区（天津港）",
                "一、（四）": "东疆综合保税区",
                "联系方式 row 1": "滨海新区",
                "联系方式 row 2": "滨海新区",
                "联系方式 row 3": "天津港保税区",
                "联系方式 row 4": "天津经济技术开发区",
                "联系方式 row 5": "天津滨海高新区",
                "联系方式 row 6": "中新天津生态城",
                "联系方式 row 7": "东疆综合保税区",
            },
            "note": "共建“一带一路”国家 do not place a clause abroad; 中欧（中亚）班列 no place. 区商务局/区财政局 are organs. Rows 1–2 (滨海新区) = default.",
        },
        "_note": "The page is encoded in GBK and declares <meta http-equiv=Content-Type content='text/html; charset=gb2312'>; the first contact's name 王喆 uses 喆, which is in GBK but not in GB2312 — a strict gb2312 decoder fails or mangles it (must read 王喆; mojibake anywhere is HIGH, a replacement character in the name is medium). Furniture: head (logo, 天津 晴 12℃～24℃ weather), menu, 您所在的位置 crumb, h2 title, 发布时间/来源/字号 大中小, the 文号 line 津滨商务〔2024〕21号 (centered in the text → doc_number), 主送 line (→ recipients), headings 一、支持范围 … 六、联系方式 (bold <strong>, no own text: headings), the 附件 block (附件：1.….xlsx / 2.….docx / 3.….xlsx as <a> links with oldsrc/appendix attributes → attachments, titles without the “1.” and the “.xlsx/.docx” extension; extension kept is tolerable, low; the files themselves were NOT saved — they are links to bhxq.tj.gov.cn; a reader should list them as attachments and may say it did not read them; it must not treat them as clauses), 落款 天津市滨海新区商务局 / 2024年4月22日, （此件主动公开）, hidden share span (display:none, repeats the title), 打印本页/关闭窗口, footer. Clauses: intro; 一、（一）…（四） (run-in, heading+text = one clause); 二、1.…4.; 三、 and 四、 and 五、 one paragraph each; the 联系方式 table: header row 区/单位/联系人/电话 is in <td><strong> cells (no <th>), 7 data rows; 区 = 滨海新区 has rowspan=2, so row 2 must still carry 区：滨海新区 (blank → medium; shifted columns, i.e. 单位 read as 区 → HIGH: wrong phone for a 功能区). What a careful reader must get right: date 2024-04-22 (落款), published 2024-04-24 (PubDate/发布时间); 2024-05-06…05-31 is the 申报 window, 2024-06-14 the 初审 deadline — neither is date nor effective/expires (expires = 2024-05-31 tolerable, low); level county (district), region 天津市滨海新区; issuer 天津市滨海新区商务局 (not 天津市滨海新区人民政府, the site owner).",
        "_pdf": {"note": "no PDF this round; HTML only"},
    }]
    # ---- 昆明
    km_clauses = []
    for kind, v in KM_BODY:
        if kind == "p":
            km_clauses.append(v)
        elif kind in ("q", "e"):
            km_clauses += v
    E["blind186_kunming_jiedu"] = [{
        "meta": {
            "title": KM_TITLE,
            "doc_number": None,
            "issuer": [KM_ISSUER],
            "date": "2024-07-10",
            "published": "2024-07-10",
            "level": "municipal",
            "region": "云南省昆明市（中国（云南）自由贸易试验区昆明片区）",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "政策解读",
            "recipients": [],
            "publicity": None,
            "source": "昆明片区管委会经济发展局",
            "url": KM_URL,
            "interprets": {"title": KM_POLICY, "doc_number": "昆自贸片管发〔2024〕7号", "date": "2024-07-03",
                           "effective": "2024-08-01", "expires": "2027-07-31"},
            "interpreter": "昆明片区管委会经济发展局　杨帆　0871-67458236",
        },
        "clauses": km_clauses,
        "applies_to": {
            "default": "中国（云南）自由贸易试验区昆明片区（云南省昆明市）",
            "specific": {
                "第一条 quote + 解读": "王家营西站（昆明片区）",
                "第三条 quote": "昆明长水国际机场（昆明市）",
            },
            "note": "第二条: 磨憨口岸 (西双版纳州勐腊县) and 河口口岸 (红河州河口县) are exit ports on the route; the measure applies to enterprises whose vehicles are registered in 昆明片区 — placing the clause at 磨憨/河口 is wrong (medium). 中老铁路、中缅陆水联运、南亚东南亚国家 do not place clauses abroad. level: a 片区管委会 is municipal-level here (county tolerable).",
        },
        "_note": "A 政策解读 page whose body alternates <blockquote> (the policy's own articles, quoted) and <p class=jd><strong>解读：</strong>… (the explanation). Furniture: site header/nav, breadcrumb, h1, 发布时间/来源/阅读 line, the 解读信息 box (文件名称 link + 昆自贸片管发〔2024〕7号, 解读机构, 解读人 杨帆, 联系电话 — meta, not clauses), headings 一、出台背景 / 二、制定依据 / 三、主要内容 / 四、申报兑现 (<h3>: headings), 原文链接 / 图文解读 links, 打印/关闭, hidden qrcode (hidden attribute), footer, scripts. Clauses: the background, basis and 三、 intro paragraphs; then, in order, each quote and its 解读: 第一条 quote, 解读; 第二条 quote, 解读; 第三条 quote = three <p>s in ONE blockquote (lead-in + （一）+（二）: three clauses here; one merged quote clause is tolerable, low), 解读; 第四条, 解读; 第六条, 解读 in TWO <p>s (解读 + 例如… example: two clauses; merged tolerable, low); 第九条, 解读; 第十条, 解读; then 四、 paragraph and the 咨询电话 line. Only 7 of the 10 articles are quoted (第五、七、八条 are not on the page): a reader must not number the quotes 1–7 as if they were the policy's articles 1–7 — a quote labelled 第六条 must keep label 第六条 (relabelling/renumbering: medium). What a careful reader must get right: the quotes are the POLICY's text, the 解读 paragraphs are the interpretation: ideally the quote clauses are marked as quotations (kind/label) so an analyst does not cite a 解读 as policy text; merging each quote with its own 解读 into one clause is tolerable (low–medium); gluing a 解读 to the NEXT quote (quote n+1 inside clause n) is HIGH (the analyst cites the wrong article); dropping blockquote text entirely is HIGH (the policy figures — 500元/标准箱, 800万元, 15万元/班次 — are only in the quotes). Meta: title = the 解读 title (with 《》 and 政策解读); doc_type 政策解读; date = 2024-07-10 (the 解读's 发布时间); the interpreted policy's number 昆自贸片管发〔2024〕7号, date 2024-07-03 and effective 2024-08-01 / 3 years → 2027-07-31 belong to the policy, not to the 解读 (doc_number = 昆自贸片管发〔2024〕7号 on the 解读 is medium: it makes the 解读 look like the policy; effective 2024-08-01 on the 解读 is tolerable, low, if doc_type says 解读). 2024-06-28 is the 主任办公会 date — not a date of anything here.",
        "_pdf": {"note": "no PDF this round; HTML only"},
    }]
    return E


if __name__ == "__main__":
    page_hunan()
    page_xiamen()
    page_binhai()
    page_kunming()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("written to", HERE)
