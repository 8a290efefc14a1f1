# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, UP031, UP032, E731
"""Blind round 226: ordinary pages of city and county government sites in 华东 and 华中,
saved from the browser as "网页，全部" (HTML + a <stem>_files/ folder of assets).

Four pages, written next to this script:
  blind226_yueyang.html (+ blind226_yueyang_files/)  岳阳市人民政府 规范性文件 page (湖南): a metadata box
      (索引号/发布机构/成文日期/发布日期/文号/有效性/统一登记号) above the 印发通知 (岳政发〔2024〕7号) and the
      《…开放发展促进办法》 of 第一章…第五章 / 第一条…第十七条; Chrome save, UTF-8, TRS_Editor content.
  blind226_nanchang.html (+ _files/)  南昌县人民政府 实施意见 page (江西), GBK-encoded, old table layout, content
      pasted from Word (MsoNormal, spans, <o:p>), 一、（一）…（十） items and the 附件 扶持政策明细表 printed on the
      page (序号/支持事项/申报条件/支持标准/受理单位, cells of several <p> lines, one rowspan, one colspan 注 row).
  blind226_beilun.html (+ _files/)  宁波市北仑区商务局 page (浙江): a 政策解读 and, under the heading 政策原文, the
      joint 印发通知 (仑商务〔2024〕31号) with its 若干措施 (一、…四、 headings, （一）…（十一） running on).
  blind226_lyg.html (+ _files/)  连云港市发展和改革委员会 page (江苏), Firefox save: the text is one <div> of <p>
      paragraphs indented with &emsp;&emsp;, 文号 as the first <p>, and a trailing 附件 list of links — 附件1 saved
      in the _files folder as .docx (a blank 申报表), 附件2 an .xlsx left on the server.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind226.py
"""
import json
import os
import shutil
import struct
import zlib

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


# ================================================================ assets
def png(w, h, rgb, stripe=None):
    rows = []
    for y in range(h):
        c = stripe if (stripe and (y // 4) % 2) else rgb
        rows.append(b"\x00" + bytes(c) * w)
    raw = b"".join(rows)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


JQ = "/*! jQuery v1.12.4 | (c) jQuery Foundation | jquery.org/license */\n!function(a,b){\"object\"==typeof module&&\"object\"==typeof module.exports?module.exports=a.document?b(a,!0):function(a){return b(a)}:b(a)}(\"undefined\"!=typeof window?window:this,function(a,b){var c=[],d=a.document;return a.jQuery=a.$=function(s){return d.querySelectorAll(s)},a.jQuery});\n"


def files_dir(stem, assets):
    d = os.path.join(HERE, stem + "_files")
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    for name, data in assets.items():
        mode = "wb" if isinstance(data, bytes) else "w"
        with open(os.path.join(d, name), mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as fh:
            fh.write(data)
    return d


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ================================================================ (a) 岳阳 — 规范性文件 page with metadata box
YY_TITLE = "岳阳市人民政府关于印发《岳阳市城陵矶港口岸和综合保税区开放发展促进办法》的通知"
YY_TITLE_HTML = "岳阳市人民政府关于印发《岳阳市城陵矶港口岸和综合保税区<br>开放发展促进办法》的通知"
YY_NUM = "岳政发〔2024〕7号"
YY_BANFA = "岳阳市城陵矶港口岸和综合保税区开放发展促进办法"
YY_TO = "各县市区人民政府，岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区管委会，市直各单位："
YY_NOTICE = "现将《岳阳市城陵矶港口岸和综合保税区开放发展促进办法》印发给你们，请认真贯彻执行。"
# (kind, text)  kind: ch = chapter heading, art = article (label, text), it = item
YY_BODY = [
    ("ch", "第一章　总则"),
    ("art", "第一条", "为深入落实共建“一带一路”倡议和长江经济带发展战略，充分发挥城陵矶港口岸、岳阳城陵矶综合保税区（以下简称综保区）和中国（湖南）自由贸易试验区岳阳片区（以下简称岳阳片区）开放平台作用，推动全市开放型经济高质量发展，根据《中华人民共和国海关法》《中国（湖南）自由贸易试验区条例》等有关规定，结合本市实际，制定本办法。"),
    ("art", "第二条", "本办法适用于在本市行政区域内从事口岸通关、国际物流、保税加工、跨境电商等开放型经济活动的企业和单位。"),
    ("art", "第三条", "市人民政府建立城陵矶港口岸和综保区开放发展联席会议制度，统筹协调重大事项。市商务局负责本办法的组织实施，市财政局、市交通运输局、岳阳海关等部门按照职责分工做好相关工作。"),
    ("ch", "第二章　通道建设"),
    ("art", "第四条", "支持开行城陵矶港至上海洋山港、宁波舟山港的江海联运航线。对在城陵矶港新开通并稳定运营满1年的国际中转航线，每条给予航运企业一次性奖励50万元。"),
    ("art", "第五条", "支持发展铁海联运和中欧班列。对经城陵矶港铁路专用线集结、开行至东盟国家的铁海联运班列，按每标准箱500元给予物流企业补贴，单家企业年度补贴最高不超过300万元。"),
    ("art", "第六条", "推进临湘港区、华容港区与城陵矶港一体化运营。临湘市、华容县人民政府负责所辖港区集疏运道路建设，2025年12月31日前建成临湘滨江产业示范区至城陵矶港的疏港公路。"),
    ("ch", "第三章　产业发展"),
    ("art", "第七条", "支持企业在综保区内开展保税加工、保税维修和保税研发业务，对下列项目给予支持："),
    ("it", "（一）新引进加工贸易企业当年进出口额达到1亿元以上的，给予一次性奖励100万元；"),
    ("it", "（二）开展全球维修业务且年维修货值达到5000万元以上的，按维修货值的1%给予奖励，最高不超过200万元；"),
    ("it", "（三）在综保区内设立研发中心并经认定为省级以上研发机构的，给予一次性奖励50万元。"),
    ("art", "第八条", "支持岳阳片区建设跨境电商产业园。对在岳阳片区城陵矶新港区块内新设立的跨境电商企业，年度跨境电商交易额达到2000万元以上的，按交易额的0.5%给予奖励，最高不超过100万元。"),
    ("art", "第九条", "支持汨罗市依托汨罗循环经济产业园开展再生资源进口加工业务，支持岳阳经济技术开发区建设国家进口贸易促进创新示范区。"),
    ("art", "第十条", "鼓励企业参与共建“一带一路”国家和地区的国际产能合作。对企业赴境外参加市商务局认定的重点展会的，按展位费的70%给予补助，每家企业年度补助最高不超过20万元。"),
    ("ch", "第四章　服务保障"),
    ("art", "第十一条", "岳阳海关、城陵矶海关应当推行“提前申报”“两步申报”“船边直提”等通关便利化措施，将城陵矶港口岸进口、出口整体通关时间分别压缩在24小时和1小时以内。"),
    ("art", "第十二条", "市财政每年安排开放型经济发展专项资金不少于1亿元，用于本办法规定的各项支持。同一项目符合本办法和本市其他政策规定的，按照就高不重复的原则给予支持。"),
    ("art", "第十三条", "申请本办法支持的企业，应当于每年3月31日前向所在县市区商务主管部门提出申请，经审核后报市商务局、市财政局审定。"),
    ("art", "第十四条", "企业通过弄虚作假等手段骗取支持资金的，由市财政局追回已拨付资金，取消其3年内申请本市各类财政支持资金的资格；构成犯罪的，依法追究刑事责任。"),
    ("ch", "第五章　附则"),
    ("art", "第十五条", "本办法所称县市区，包括岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区。"),
    ("art", "第十六条", "本办法由市商务局负责解释。"),
    ("art", "第十七条", "本办法自2024年8月1日起施行，有效期5年。|BR|《岳阳市人民政府关于促进城陵矶综合保税区发展的若干意见》（岳政发〔2019〕12号）同时废止。"),
]


def yy_clauses():
    out = [YY_NOTICE]
    for e in YY_BODY:
        if e[0] == "art":
            out.append(e[1] + "\u3000" + e[2].replace("|BR|", ""))
        elif e[0] == "it":
            out.append(e[1])
    return out


def build_yueyang():
    stem = "blind226_yueyang"
    files_dir(stem, {
        "base.css": "body{margin:0;font:14px/1.8 \"Microsoft YaHei\",SimSun}.w1200{width:1200px;margin:0 auto}.xxgk-table{width:100%;border-collapse:collapse;background:#f7f9fc}.xxgk-table td{border:1px solid #d8e1ee;padding:6px 10px}.xxgk-table .lab{width:110px;color:#666;text-align:right}.art-title{font-size:26px;color:#b40000;text-align:center;line-height:40px}.TRS_Editor p{font-size:16px;line-height:2}\n",
        "jquery.min.js": JQ,
        "share.js": "function shareTo(t){var u=encodeURIComponent(location.href),ti=encodeURIComponent(document.title);if(t=='weibo')window.open('https://service.weibo.com/share/share.php?url='+u+'&title='+ti);}\nfunction doZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}\n",
        "logo.png": png(420, 60, (180, 0, 0)),
        "ewm.png": png(100, 100, (0, 0, 0), (255, 255, 255)),
        "jiucuo.png": png(110, 55, (200, 30, 30)),
        "dzjg.png": png(60, 70, (200, 0, 0)),
    })
    F = "./" + stem + "_files/"
    body = []
    body.append('<p style="text-indent: 0em;">%s</p>' % YY_TO)
    body.append('<p style="text-indent: 2em;">%s</p>' % YY_NOTICE)
    body.append('<p style="text-align: right;">岳阳市人民政府</p>')
    body.append('<p style="text-align: right;">2024年6月18日</p>')
    body.append('<p style="text-indent: 2em;">（此件主动公开）</p>')
    body.append('<p style="text-align: center;"><br></p>')
    body.append('<p style="text-align: center;"><strong><span style="font-size: 20px;">%s</span></strong></p>' % YY_BANFA)
    body.append('<p style="text-align: center;"><br></p>')
    for e in YY_BODY:
        if e[0] == "ch":
            body.append('<p style="text-align: center;"><strong>%s</strong></p>' % e[1])
        elif e[0] == "art":
            body.append('<p style="text-indent: 2em;"><strong>%s</strong>\u3000%s</p>' % (e[1], e[2].replace("|BR|", "<br>")))
        else:
            body.append('<p style="text-indent: 2em;">%s</p>' % e[1])
    content = "\n".join(body)
    html = f'''<!DOCTYPE html>
<!-- saved from url=(0081)https://www.yueyang.gov.cn/yyszf/c100940/202406/6e1f3a2b9c4d4e8f8a7b6c5d4e3f2a10.shtml -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=1200">
<meta name="SiteName" content="岳阳市人民政府">
<meta name="SiteDomain" content="www.yueyang.gov.cn">
<meta name="SiteIDCode" content="4306000001">
<meta name="ColumnName" content="市政府文件">
<meta name="ColumnDescription" content="规范性文件">
<meta name="ColumnKeywords" content="市政府文件,规范性文件">
<meta name="ColumnType" content="政策文件">
<meta name="ArticleTitle" content="{YY_TITLE}">
<meta name="PubDate" content="2024-06-24 16:30">
<meta name="ContentSource" content="岳阳市人民政府办公室">
<meta name="Keywords" content="城陵矶港,综合保税区,岳阳片区,开放发展">
<meta name="Description" content="{YY_TITLE}">
<title>{YY_TITLE}_市政府文件_岳阳市人民政府</title>
<link rel="stylesheet" type="text/css" href="{F}base.css">
<script type="text/javascript" src="{F}jquery.min.js"></script>
<script type="text/javascript" src="{F}share.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span class="today">今天是：2024年6月24日 星期一</span>
<span class="links"><a href="javascript:void(0);" id="wza">无障碍</a> | <a href="javascript:void(0);" id="zzms">长者模式</a> | <a href="https://www.yueyang.gov.cn/yyszf/m/">手机版</a> | <a href="javascript:void(0);">繁體</a> | <a href="https://zwfw-new.hunan.gov.cn/">登录</a></span></div></div>
<div class="header"><div class="w1200"><a href="https://www.yueyang.gov.cn/"><img src="{F}logo.png" alt="岳阳市人民政府 www.yueyang.gov.cn"></a>
<div class="search"><form action="https://www.yueyang.gov.cn/search/" target="_blank"><input type="text" name="q" placeholder="请输入关键字"><input type="submit" value="搜索"></form>
<p class="hot">热搜：<a href="#">营商环境</a> <a href="#">城陵矶港</a> <a href="#">招聘公告</a></p></div></div></div>
<div class="nav"><div class="w1200"><ul>
<li><a href="https://www.yueyang.gov.cn/">首页</a></li><li><a href="#">新闻中心</a></li><li class="on"><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li><li><a href="#">走进岳阳</a></li><li><a href="#">专题专栏</a></li></ul></div></div>
<div class="w1200">
<div class="position">当前位置：<a href="https://www.yueyang.gov.cn/">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策文件</a> &gt; <a href="#">市政府文件</a></div>
<div class="xxgk-box">
<table class="xxgk-table" cellspacing="0" cellpadding="0">
<tbody>
<tr><td class="lab">索　引　号：</td><td>114306000063390574/2024-00057</td><td class="lab">分　　类：</td><td>商贸、海关、旅游\\通知</td></tr>
<tr><td class="lab">发布机构：</td><td>岳阳市人民政府</td><td class="lab">成文日期：</td><td>2024-06-18</td></tr>
<tr><td class="lab">名　　称：</td><td colspan="3">{YY_TITLE}</td></tr>
<tr><td class="lab">文　　号：</td><td>{YY_NUM}</td><td class="lab">发布日期：</td><td>2024-06-24</td></tr>
<tr><td class="lab">有  效  性：</td><td><span class="yxx">有效</span></td><td class="lab">统一登记号：</td><td>YYCR-2024-00007</td></tr>
</tbody></table>
</div>
<div class="article">
<h1 class="art-title">{YY_TITLE_HTML}</h1>
<div class="art-info"><span>发布时间：2024-06-24 16:30</span>　<span>来源：岳阳市人民政府办公室</span>　<span>浏览次数：<em id="hits">3568</em></span>　<span class="zh">【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>
<input type="hidden" id="wzbt" value="{YY_TITLE}">
<div class="art-con" id="zoom">
<div class="TRS_Editor"><div class="Custom_UnionStyle">
{content}
</div></div>
</div>
<div class="fj" style="display:none"><p>附件：</p><ul></ul></div>
<div class="art-tools"><span class="share">分享到：<a href="javascript:shareTo('weixin')" class="wx">微信</a> <a href="javascript:shareTo('weibo')" class="wb">微博</a> <a href="javascript:shareTo('qzone')" class="qz">QQ空间</a></span>
<span class="print"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.opener=null;window.close();">【关闭窗口】</a></span>
<div class="ewm"><img src="{F}ewm.png" alt="">扫一扫在手机打开当前页</div></div>
<div class="xgjd"><h3>相关解读</h3><ul>
<li><a href="https://www.yueyang.gov.cn/yyszf/c100941/202406/zcjd_0626.shtml">《岳阳市城陵矶港口岸和综合保税区开放发展促进办法》政策解读</a><span>2024-06-26</span></li>
<li><a href="https://www.yueyang.gov.cn/yyszf/c100941/202406/tj_0626.shtml">图解：一图读懂城陵矶港口岸和综合保税区开放发展“17条”</a><span>2024-06-26</span></li></ul></div>
<div class="prenext"><p>上一篇：<a href="#">岳阳市人民政府关于公布2024年市级重点建设项目名单的通知</a></p><p>下一篇：<a href="#">岳阳市人民政府关于调整岳阳市城区土地级别与基准地价的通知</a></p></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
<p>主办：岳阳市人民政府办公室　承办：岳阳市政务服务和大数据中心　联系电话：0730-8883180</p>
<p>网站标识码：4306000001　<a href="https://beian.miit.gov.cn/">湘ICP备05000765号</a>　<img src="{F}jiucuo.png" alt="政府网站找错"> <img src="{F}dzjg.png" alt="党政机关"></p>
<p>湘公网安备 43060202000218号</p></div></div>
</body></html>'''
    with open(os.path.join(HERE, stem + ".html"), "w", encoding="utf-8") as fh:
        fh.write(html)
    return stem


# ================================================================ (b) 南昌县 — GBK page, Word-pasted, 附件 table on the page
NC_TITLE = "南昌县人民政府关于加快向塘国际陆港开放型经济发展的实施意见"
NC_NUM = "南县府发〔2024〕9号"
NC_TO = "各乡镇人民政府，小蓝经济技术开发区、向塘开发区管委会，县政府各部门，县直各单位："
NC_INTRO = "为深入贯彻落实共建“一带一路”倡议和《江西内陆开放型经济试验区建设总体方案》，充分发挥向塘国际陆港（南昌向塘铁路口岸）开放平台作用，加快培育开放型经济新优势，结合我县实际，现提出如下实施意见。"
NC_SECTIONS = [
    ("一、提升陆港通道能级", [
        ("（一）做大中欧班列规模。", "支持向塘国际陆港常态化开行至莫斯科、明斯克、阿拉木图等方向的中欧（亚）班列，|2024|年开行班列不少于|300|列，|2025|年不少于|400|列。"),
        ("（二）拓展铁海联运通道。", "推动开行向塘国际陆港至厦门港、宁波舟山港、深圳盐田港的铁海联运“五定班列”，打造连接东盟、|RCEP|国家的出海通道。"),
        ("（三）完善多式联运设施。", "支持向塘镇建设多式联运海关监管中心和公共保税仓库，|2024|年|12|月|31|日前完成向塘铁路口岸二期查验场地建设。"),
    ]),
    ("二、培育开放型产业", [
        ("（四）引育外贸经营主体。", "实施外贸主体“破零倍增”行动，每年新增有进出口实绩企业|50|家以上，支持生产型企业在向塘开发区设立进出口贸易公司。"),
        ("（五）发展跨境电子商务。", "支持莲塘镇建设跨境电商产业园，引进跨境电商平台、服务商和卖家企业，|2025|年跨境电商交易额达到|10|亿元。"),
        ("（六）扩大汽车及零部件出口。", "支持小蓝经济技术开发区汽车整车、零部件企业开拓共建“一带一路”国家市场，支持区内企业开展二手车出口业务。"),
    ]),
    ("三、优化口岸营商环境", [
        ("（七）提升通关便利化水平。", "推动南昌海关驻向塘办事处推广“提前申报”“两步申报”等通关模式，压缩整体通关时间，进出口环节合规成本较|2023|年下降|10%|以上。"),
        ("（八）强化要素服务保障。", "对列入县级重点项目的陆港物流、外贸加工项目，优先保障用地指标，实行“标准地”供应。"),
    ]),
    ("四、加强组织保障", [
        ("（九）健全工作机制。", "成立县加快向塘国际陆港开放型经济发展工作领导小组，办公室设在县商务局，统筹推进各项工作。"),
        ("（十）加大资金扶持。", "县财政每年安排开放型经济发展专项资金|5000|万元，具体扶持政策见附件。各乡镇、开发区可结合实际制定配套政策。"),
    ]),
]
NC_CLOSE = "本实施意见自印发之日起施行，有效期至2026年12月31日。"
NC_ATT = "南昌县开放型经济发展扶持政策明细表"
NC_HEAD = ["序号", "支持事项", "申报条件", "支持标准", "受理单位"]
NC_ROWS = [
    ["1", "中欧班列运费补贴", ["1.在本县注册并具有独立法人资格的企业；", "2.通过向塘国际陆港发运中欧（亚）班列货物；", "3.年度发运量达到20标准箱以上。"], ["1.按每标准箱3000元给予补贴；", "2.单家企业年度补贴最高不超过200万元。"], "县商务局、向塘开发区管委会"],
    ["2", "铁海联运运费补贴", ["1.在本县注册并具有独立法人资格的企业；", "2.通过向塘国际陆港发运铁海联运班列货物。"], ["按每标准箱500元给予补贴，单家企业年度补贴最高不超过100万元。"], None],  # 受理单位 merged from row 1 (rowspan)
    ["3", "外贸主体引育奖励", ["1.2024年1月1日以后新设立或新迁入本县的企业；", "2.当年进出口额达到1000万美元以上。"], ["1.进出口额1000万美元以上的，奖励20万元；", "2.进出口额5000万美元以上的，奖励50万元。"], "县商务局"],
    ["4", "跨境电商园区入驻补助", ["1.入驻莲塘镇跨境电商产业园；", "2.年度跨境电商交易额达到500万元以上。"], ["1.前两年按实际租金的100%给予补助；", "2.第三年按实际租金的50%给予补助。"], "莲塘镇人民政府"],
    ["5", "汽车出口奖励", ["1.注册在小蓝经济技术开发区的汽车整车及零部件企业；", "2.当年出口额同比增长10%以上。"], ["按出口增量每1美元奖励0.02元，单家企业最高不超过300万元。"], "小蓝经开区管委会"],
    ["6", "境外展会补助", ["参加县商务局认定的共建“一带一路”国家重点展会。"], ["按展位费的70%给予补助，每家企业年度最高不超过15万元。"], "县商务局"],
    ["7", "海外仓建设奖励", ["1.在境外新建或租赁海外仓，面积达到1000平方米以上；", "2.服务本县企业5家以上。"], ["按每平方米20元给予一次性奖励，最高不超过50万元。"], "县商务局"],
    ["8", "通关服务费用补贴", ["在向塘铁路口岸办理进出口通关的本县企业。"], ["按查验、吊装、移位等费用的50%给予补贴，单家企业年度最高不超过30万元。"], "县商务局、向塘开发区管委会"],
]
NC_NOTE = "注：同一企业同一事项符合本县多项扶持政策的，按照就高不重复原则执行。"


def nc_row_text(r, prev_unit):
    unit = r[4] if r[4] is not None else prev_unit
    return "序号：%s；支持事项：%s；申报条件：%s；支持标准：%s；受理单位：%s" % (r[0], r[1], "".join(r[2]), "".join(r[3]), unit)


def nc_clauses():
    out = [NC_INTRO]
    for h, items in NC_SECTIONS:
        for lab, txt in items:
            out.append(lab + txt.replace("|", ""))
    out.append(NC_CLOSE)
    prev = None
    for r in NC_ROWS:
        out.append(nc_row_text(r, prev))
        prev = r[4] if r[4] is not None else prev
    out.append(NC_NOTE)
    return out


def mso(text, font="仿宋_GB2312", size="16.0pt"):
    """Word-pasted runs: CJK text in one span, digits/latin in separate lang=EN-US spans."""
    parts = text.split("|")
    out = []
    for i, p in enumerate(parts):
        if not p:
            continue
        if i % 2:
            out.append('<span lang="EN-US" style="font-size:%s;font-family:&quot;Times New Roman&quot;,serif">%s</span>' % (size, esc(p)))
        else:
            out.append('<span style="font-size:%s;font-family:%s">%s</span>' % (size, font, esc(p)))
    return "".join(out)


def build_nanchang():
    stem = "blind226_nanchang"
    files_dir(stem, {
        "style.css": "body{margin:0;background:#eef3f8;font-size:12px;font-family:宋体}table.main{background:#fff}#zoom p{margin:0}.MsoNormalTable td{border:solid windowtext 1.0pt}\n",
        "gov.js": "function setFontSize(s){var z=document.getElementById('zoom');z.style.fontSize=s+'px';}\nvar _hmt=_hmt||[];\n",
        "top_banner.png": png(1000, 120, (16, 88, 160)),
        "navbg.png": png(10, 40, (12, 70, 140)),
        "ewm.png": png(90, 90, (0, 0, 0), (255, 255, 255)),
        "jgbs.png": png(55, 64, (200, 0, 0)),
    })
    F = "./" + stem + "_files/"
    P = []
    P.append('<p class="MsoNormal" align="center" style="text-align:center;line-height:28.0pt"><span lang="EN-US" style="font-size:16.0pt;font-family:仿宋_GB2312">%s</span></p>' % NC_NUM)
    P.append('<p class="MsoNormal" align="center" style="text-align:center;line-height:28.0pt"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>')
    P.append('<p class="MsoNormal" style="line-height:28.0pt">%s<span lang="EN-US"><o:p></o:p></span></p>' % mso(NC_TO))
    P.append('<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt">%s<span lang="EN-US"><o:p></o:p></span></p>' % mso(NC_INTRO))
    for h, items in NC_SECTIONS:
        P.append('<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"><span style="font-size:16.0pt;font-family:黑体">%s</span><span lang="EN-US" style="font-size:16.0pt;font-family:黑体"><o:p></o:p></span></p>' % h)
        for lab, txt in items:
            P.append('<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"><b><span style="font-size:16.0pt;font-family:楷体_GB2312">%s</span></b>%s<span lang="EN-US"><o:p></o:p></span></p>' % (lab, mso(txt)))
    P.append('<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt">%s<span lang="EN-US"><o:p></o:p></span></p>' % mso(NC_CLOSE.replace("2026", "|2026|").replace("12月31", "|12|月|31|")))
    P.append('<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>')
    P.append('<p class="MsoNormal" style="margin-left:80.0pt;text-indent:-48.0pt;line-height:28.0pt">%s<span lang="EN-US"><o:p></o:p></span></p>' % mso("附件：" + NC_ATT))
    P.append('<p class="MsoNormal" style="line-height:28.0pt"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>')
    P.append('<p class="MsoNormal" align="right" style="text-align:right;margin-right:32.0pt;line-height:28.0pt">%s<span lang="EN-US"><o:p></o:p></span></p>' % mso("南昌县人民政府"))
    P.append('<p class="MsoNormal" align="right" style="text-align:right;margin-right:16.0pt;line-height:28.0pt">%s<span lang="EN-US"><o:p></o:p></span></p>' % mso("|2024|年|4|月|26|日"))
    P.append('<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt">%s<span lang="EN-US"><o:p></o:p></span></p>' % mso("（此件主动公开）"))
    P.append('<p class="MsoNormal" style="line-height:28.0pt"><span lang="EN-US"><br clear="all" style="page-break-before:always"></span></p>')
    P.append('<p class="MsoNormal" style="line-height:28.0pt"><span style="font-size:16.0pt;font-family:黑体">附件</span><span lang="EN-US"><o:p></o:p></span></p>')
    P.append('<p class="MsoNormal" align="center" style="text-align:center;line-height:36.0pt"><span style="font-size:22.0pt;font-family:方正小标宋简体">%s</span><span lang="EN-US"><o:p></o:p></span></p>' % NC_ATT)

    def cell(lines, w, align="left", bold=False, extra=""):
        ps = []
        for ln in lines:
            t = esc(ln)
            if bold:
                t = "<b>%s</b>" % t
            ps.append('<p class="MsoNormal" align="%s" style="text-align:%s;line-height:18.0pt"><span style="font-size:12.0pt;font-family:仿宋_GB2312">%s</span></p>' % (align, align, t))
        return '<td width="%d" valign="middle" style="width:%dpt;padding:0cm 5.4pt 0cm 5.4pt"%s>%s</td>' % (w, w, extra, "".join(ps))
    W = [40, 90, 200, 170, 90]
    T = ['<div align="center"><table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="590" style="width:442.5pt;border-collapse:collapse;border:none">']
    T.append("<tr style=\"height:30.0pt\">" + "".join(cell([h], W[i], "center", True) for i, h in enumerate(NC_HEAD)) + "</tr>")
    for k, r in enumerate(NC_ROWS):
        cells = [cell([r[0]], W[0], "center"), cell([r[1]], W[1], "center"), cell(r[2], W[2]), cell(r[3], W[3])]
        if k == 0:
            cells.append(cell([r[4]], W[4], "center", extra=' rowspan="2"'))
        elif r[4] is not None:
            cells.append(cell([r[4]], W[4], "center"))
        T.append("<tr>" + "".join(cells) + "</tr>")
    T.append('<tr>' + cell([NC_NOTE], sum(W), extra=' colspan="5"') + '</tr>')
    T.append("</table></div>")
    P.append("\n".join(T))
    P.append('<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>')
    content = "\n".join(P)
    html = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=(0062)http://www.ncx.gov.cn/art/2024/5/8/art_13579_4123456.html -->
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=GBK">

<title>{NC_TITLE}</title>
<meta name="SiteName" content="南昌县人民政府">
<meta name="SiteDomain" content="www.ncx.gov.cn">
<meta name="SiteIDCode" content="3601210001">
<meta name="ColumnName" content="县政府文件">
<meta name="ColumnType" content="政策文件">
<meta name="ArticleTitle" content="{NC_TITLE}">
<meta name="PubDate" content="2024-05-08 09:42">
<meta name="ContentSource" content="南昌县人民政府办公室">
<link href="{F}style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="{F}gov.js"></script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="main">
<tr><td><img src="{F}top_banner.png" width="1000" height="120" alt="南昌县人民政府"></td></tr>
<tr><td background="{F}navbg.png" height="40">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td align="center"><a href="http://www.ncx.gov.cn/"><font color="#FFFFFF">首页</font></a></td>
<td align="center"><a href="http://www.ncx.gov.cn/col/col13500/"><font color="#FFFFFF">走进南昌县</font></a></td>
<td align="center"><a href="http://www.ncx.gov.cn/col/col13501/"><font color="#FFFFFF">新闻动态</font></a></td>
<td align="center"><a href="http://www.ncx.gov.cn/col/col13502/"><font color="#FFFFFF">信息公开</font></a></td>
<td align="center"><a href="http://www.ncx.gov.cn/col/col13503/"><font color="#FFFFFF">政务服务</font></a></td>
<td align="center"><a href="http://www.ncx.gov.cn/col/col13504/"><font color="#FFFFFF">政民互动</font></a></td>
<td align="center"><a href="http://www.ncx.gov.cn/col/col13505/"><font color="#FFFFFF">招商引资</font></a></td>
</tr></table></td></tr>
<tr><td height="32" style="padding-left:12px">您当前所在位置：<a href="http://www.ncx.gov.cn/">首页</a> &gt;&gt; <a href="http://www.ncx.gov.cn/col/col13502/">信息公开</a> &gt;&gt; <a href="http://www.ncx.gov.cn/col/col13579/">县政府文件</a></td></tr>
<tr><td>
<table width="960" border="0" align="center" cellpadding="4" cellspacing="1" bgcolor="#C9D7E6">
<tr bgcolor="#F5F8FC"><td width="90" align="right">信息索引：</td><td width="380">K22010-0301-2024-0009</td><td width="90" align="right">生成日期：</td><td>2024-04-26</td></tr>
<tr bgcolor="#F5F8FC"><td align="right">发文机关：</td><td>南昌县人民政府</td><td align="right">发文字号：</td><td>{NC_NUM}</td></tr>
<tr bgcolor="#F5F8FC"><td align="right">主题分类：</td><td>商贸、海关\\其他</td><td align="right">公开方式：</td><td>主动公开</td></tr>
</table>
</td></tr>
<tr><td align="center" style="padding:24px 40px 8px 40px"><font style="font-size:22px;font-weight:bold;color:#0b3d91">{NC_TITLE}</font></td></tr>
<tr><td align="center" style="color:#777;border-bottom:1px dashed #ccc;padding-bottom:8px">发布时间：2024-05-08　　信息来源：县政府办　　访问次数：<script language="javascript">document.write(1024);</script>1024　　字体：[<a href="javascript:setFontSize(16)">大</a> <a href="javascript:setFontSize(14)">中</a> <a href="javascript:setFontSize(12)">小</a>]</td></tr>
<tr><td style="padding:20px 50px">
<div id="zoom">
<div class="WordSection1" style="layout-grid:15.6pt">
{content}
</div>
</div>
</td></tr>
<tr><td align="right" style="padding:10px 50px">【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td style="padding:10px 50px"><b>相关文件：</b><br>
<a href="http://www.ncx.gov.cn/art/2023/3/10/art_13579_4011111.html">南昌县人民政府关于印发南昌县招商引资优惠政策（试行）的通知</a>（2023-03-10）<br>
<a href="http://www.ncx.gov.cn/art/2024/5/9/art_13580_4123501.html">《南昌县人民政府关于加快向塘国际陆港开放型经济发展的实施意见》解读</a>（2024-05-09）</td></tr>
<tr><td bgcolor="#0C468C" align="center" style="color:#fff;padding:12px;line-height:24px">
主办单位：南昌县人民政府办公室　　承办单位：南昌县融媒体中心<br>
地址：南昌县莲塘镇澄湖北大道　　联系电话：0791-85711234<br>
网站标识码：3601210001　　<a href="https://beian.miit.gov.cn/"><font color="#FFFFFF">赣ICP备05004321号</font></a>　　赣公网安备 36012102000123号<br>
<img src="{F}jgbs.png" alt="党政机关"> <img src="{F}ewm.png" width="60" alt="南昌县发布微信">
</td></tr>
</table>
</body></html>'''
    with open(os.path.join(HERE, stem + ".html"), "wb") as fh:
        fh.write(html.encode("gbk"))
    return stem


# ================================================================ (c) 北仑区商务局 — 政策解读 + 政策原文
BL_JD_TITLE = "《北仑区支持跨境电商和海外仓高质量发展若干措施》政策解读"
BL_JD = [
    ("h", "一、出台背景"),
    ("p", "跨境电商和海外仓是发展外贸新业态、新模式的重要载体。近年来，我区依托宁波舟山港和梅山综合保税区、北仑港综合保税区两个海关特殊监管区域，跨境电商进出口规模持续扩大，2023年全区跨境电商进出口额达到186亿元。为进一步巩固提升我区跨境电商发展优势，助力外贸企业深度融入共建“一带一路”，区商务局会同区财政局研究制定了《北仑区支持跨境电商和海外仓高质量发展若干措施》（以下简称《若干措施》）。"),
    ("h", "二、制定依据"),
    ("p", "主要依据《国务院办公厅关于推动外贸稳规模优结构的意见》（国办发〔2023〕10号）、《浙江省人民政府办公厅关于加快内外贸一体化发展的实施意见》和《宁波市跨境电子商务高质量发展行动方案》等文件。"),
    ("h", "三、主要内容"),
    ("p", "《若干措施》共4个方面11条，主要内容如下："),
    ("p", "（一）支持跨境电商主体培育。对新引进的跨境电商企业给予落户奖励，对年度跨境电商交易额增长较快的企业给予增量奖励，对在梅山综合保税区开展网购保税进口业务的企业给予奖励。"),
    ("p", "（二）支持海外仓建设。对在共建“一带一路”国家和地区新建或租赁海外仓的企业给予补助，对获评省级、国家级公共海外仓的企业给予奖励。"),
    ("p", "（三）支持跨境电商园区发展。重点支持小港街道、春晓街道跨境电商产业园和大榭开发区大宗商品跨境数字贸易服务平台建设。"),
    ("p", "（四）支持人才培养和品牌建设。对企业引进跨境电商高级运营人才、注册境外自主商标给予奖励和补助。"),
    ("h", "四、适用对象"),
    ("p", "《若干措施》适用于工商注册、税务登记和统计关系均在北仑区（含梅山、大榭区域）的跨境电商企业、海外仓企业和相关服务机构。"),
    ("h", "五、施行时间"),
    ("p", "《若干措施》自2024年10月15日起施行，有效期至2026年12月31日。"),
    ("h", "六、解读机关及联系方式"),
    ("p", "解读机关：宁波市北仑区商务局；解读人：外贸科负责人；联系电话：0574-86781234。"),
]
BL_TITLE = "宁波市北仑区商务局　宁波市北仑区财政局关于印发《北仑区支持跨境电商和海外仓高质量发展若干措施》的通知"
BL_TITLE_HTML = "宁波市北仑区商务局　宁波市北仑区财政局<br>关于印发《北仑区支持跨境电商和海外仓<br>高质量发展若干措施》的通知"
BL_NUM = "仑商务〔2024〕31号"
BL_TO = "各街道办事处，梅山街道、大榭开发区管委会，区级有关单位，各有关企业："
BL_NOTICE = "为推动我区跨境电商和海外仓高质量发展，经区政府同意，现将《北仑区支持跨境电商和海外仓高质量发展若干措施》印发给你们，请认真贯彻执行。"
BL_CS = "北仑区支持跨境电商和海外仓高质量发展若干措施"
BL_SECTIONS = [
    ("一、支持跨境电商主体培育", [
        "（一）对新引进并在北仑区注册的跨境电商企业，自注册之日起12个月内跨境电商交易额达到1000万元以上的，给予一次性落户奖励30万元。",
        "（二）对年度跨境电商交易额达到5000万元以上且同比增长20%以上的企业，按增量部分的1%给予奖励，单家企业最高不超过100万元。",
        "（三）对在梅山综合保税区开展跨境电商网购保税进口（1210）业务且年进口额达到1亿元以上的企业，给予一次性奖励50万元。",
    ]),
    ("二、支持海外仓建设", [
        "（四）对企业在共建“一带一路”国家和地区新建或租赁面积达到2000平方米以上的海外仓，按照每平方米30元给予补助，单个海外仓最高不超过60万元。",
        "（五）对被评为省级公共海外仓的企业，给予一次性奖励50万元；被评为国家级公共海外仓的，给予一次性奖励100万元。",
        "（六）支持北仑港综合保税区开展跨境电商出口海外仓（9810）业务，对通过北仑港综合保税区出口海外仓的货物，按申报货值的0.3%给予物流补助，单家企业年度最高不超过50万元。",
    ]),
    ("三、支持跨境电商园区发展", [
        "（七）对小港街道、春晓街道经认定的区级跨境电商产业园，按照园区年度跨境电商交易额增量给予运营主体奖励，最高不超过100万元。",
        "（八）支持大榭开发区建设大宗商品跨境数字贸易服务平台，对平台建设投入给予30%补助，最高不超过200万元。",
        "（九）对在中国（浙江）自由贸易试验区宁波片区北仑区块内租用办公用房的跨境电商企业，按照实际租金的50%给予补助，补助期限不超过2年。",
    ]),
    ("四、支持人才培养和品牌建设", [
        "（十）对企业引进的跨境电商高级运营人才，年薪在50万元以上的，按年薪的10%给予奖励，每人每年最高不超过10万元。",
        "（十一）对企业注册境外自主商标并在跨境电商平台销售的，按注册费用的50%给予补助，每家企业年度最高不超过20万元。",
    ]),
]
BL_CLOSE = "本措施与区内其他同类政策有重叠的，按照就高不重复原则执行。本措施自2024年10月15日起施行，有效期至2026年12月31日，由区商务局、区财政局负责解释。"


def bl_clauses():
    jd = [t for k, t in BL_JD if k == "p"]
    pol = [BL_NOTICE] + [it for _, its in BL_SECTIONS for it in its] + [BL_CLOSE]
    return jd, pol


def build_beilun():
    stem = "blind226_beilun"
    files_dir(stem, {
        "index.css": ".container{width:1200px;margin:0 auto}.article-title{font-size:28px;text-align:center;color:#222}.article-content p{text-indent:2em;font-size:16px;line-height:32px;margin:0}.yw-title{margin:30px 0 10px;border-bottom:2px solid #1a5fb4}.yw-title h3{display:inline-block;background:#1a5fb4;color:#fff;padding:4px 18px}\n",
        "main.js": "$(function(){$('.font-size a').click(function(){$('.article-content').css('font-size',$(this).data('s'));});});\n",
        "jquery-3.6.0.min.js": JQ,
        "logo.png": png(480, 70, (26, 95, 180)),
        "tujie.png": png(600, 340, (230, 240, 250), (26, 95, 180)),
        "qr.png": png(100, 100, (0, 0, 0), (255, 255, 255)),
        "red.png": png(55, 64, (200, 0, 0)),
    })
    F = "./" + stem + "_files/"
    jd = []
    for k, t in BL_JD:
        if k == "h":
            jd.append("<p><strong>%s</strong></p>" % t)
        else:
            jd.append("<p>%s</p>" % t)
        if t == "一、出台背景":
            pass
    jd.insert(6, '<p style="text-align:center;text-indent:0"><img src="%stujie.png" alt="一图读懂北仑区支持跨境电商和海外仓高质量发展若干措施" width="600"></p>' % F)
    pol = []
    pol.append('<p style="text-align:center;text-indent:0"><strong style="font-size:20px">%s</strong></p>' % BL_TITLE_HTML)
    pol.append('<p style="text-align:center;text-indent:0">%s</p>' % BL_NUM)
    pol.append('<p style="text-indent:0">%s</p>' % BL_TO)
    pol.append("<p>%s</p>" % BL_NOTICE)
    pol.append('<p style="text-align:right">宁波市北仑区商务局　　宁波市北仑区财政局</p>')
    pol.append('<p style="text-align:right">2024年9月12日</p>')
    pol.append("<p>（此件公开发布）</p>")
    pol.append('<p style="text-align:center;text-indent:0"><strong style="font-size:20px">%s</strong></p>' % BL_CS)
    for h, its in BL_SECTIONS:
        pol.append('<p style="font-family:黑体">%s</p>' % h)
        for it in its:
            pol.append("<p>%s</p>" % it)
    pol.append("<p>%s</p>" % BL_CLOSE)
    html = f'''<!DOCTYPE html>
<!-- saved from url=(0067)http://www.bl.gov.cn/art/2024/9/20/art_1229128893_59046118.html -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="宁波市北仑区人民政府（宁波经济技术开发区管委会）">
<meta name="SiteDomain" content="www.bl.gov.cn">
<meta name="SiteIDCode" content="3302060001">
<meta name="ColumnName" content="政策解读">
<meta name="ColumnType" content="政策解读">
<meta name="ArticleTitle" content="{BL_JD_TITLE}">
<meta name="PubDate" content="2024-09-20 15:08">
<meta name="ContentSource" content="区商务局">
<title>{BL_JD_TITLE}</title>
<link rel="stylesheet" href="{F}index.css">
<script src="{F}jquery-3.6.0.min.js"></script>
<script src="{F}main.js"></script>
</head>
<body>
<div class="top-links"><div class="container"><a href="http://www.zj.gov.cn/">浙江政务服务网</a> <a href="http://www.ningbo.gov.cn/">宁波市人民政府</a> <span class="r"><a href="javascript:;" class="wza">无障碍浏览</a> <a href="javascript:;" class="lnms">长者模式</a> <a href="http://www.bl.gov.cn/col/col1229128800/index.html">English</a></span></div></div>
<header class="header"><div class="container"><a href="http://www.bl.gov.cn/" class="logo"><img src="{F}logo.png" alt="宁波市北仑区人民政府（宁波经济技术开发区管委会）"></a>
<div class="search-box"><input type="text" id="kw" placeholder="搜索本站"><button type="button">搜索</button></div></div></header>
<nav class="main-nav"><div class="container"><ul>
<li><a href="http://www.bl.gov.cn/">首页</a></li><li><a href="http://www.bl.gov.cn/col/col1229128801/">要闻动态</a></li><li class="active"><a href="http://www.bl.gov.cn/col/col1229128802/">政务公开</a></li><li><a href="http://www.bl.gov.cn/col/col1229128803/">政务服务</a></li><li><a href="http://www.bl.gov.cn/col/col1229128804/">政民互动</a></li><li><a href="http://www.bl.gov.cn/col/col1229128805/">投资北仑</a></li></ul></div></nav>
<div class="container">
<div class="crumb"><span>当前位置：</span><a href="http://www.bl.gov.cn/">首页</a> &gt; <a href="http://www.bl.gov.cn/col/col1229128802/">政务公开</a> &gt; <a href="http://www.bl.gov.cn/col/col1229128850/">部门信息公开</a> &gt; <a href="http://www.bl.gov.cn/col/col1229128893/">区商务局</a> &gt; <a href="http://www.bl.gov.cn/col/col1229128897/">政策解读</a></div>
<div class="article">
<h2 class="article-title">{BL_JD_TITLE}</h2>
<div class="article-info"><span>发布日期：2024-09-20 15:08</span><span>信息来源：区商务局</span><span>浏览次数：<span id="hits">1286</span></span><span class="font-size">字号：<a href="javascript:;" data-s="18px">大</a> <a href="javascript:;" data-s="16px">中</a> <a href="javascript:;" data-s="14px">小</a></span></div>
<div class="article-content" id="jd">
{chr(10).join(jd)}
</div>
<div class="yw-title"><h3>政策原文</h3></div>
<div class="article-content" id="yw">
{chr(10).join(pol)}
</div>
<div class="article-tools"><div class="share">分享：<a href="javascript:;" class="icon-wx" title="微信">微信</a><a href="javascript:;" class="icon-wb" title="微博">微博</a><a href="javascript:;" class="icon-qq" title="QQ">QQ</a></div>
<div class="tools"><a href="javascript:window.print();">打印</a> | <a href="javascript:window.close();">关闭</a> | <a href="javascript:;" onclick="window.scrollTo(0,0)">返回顶部</a></div></div>
<div class="related"><h4>相关链接</h4><ul>
<li><a href="http://www.bl.gov.cn/art/2024/9/20/art_1229128894_59046117.html">宁波市北仑区商务局　宁波市北仑区财政局关于印发《北仑区支持跨境电商和海外仓高质量发展若干措施》的通知</a><span>2024-09-20</span></li>
<li><a href="http://www.bl.gov.cn/art/2023/6/5/art_1229128894_58011245.html">北仑区商务局关于组织开展2023年度外贸专项资金申报工作的通知</a><span>2023-06-05</span></li>
<li><a href="http://www.ningbo.gov.cn/art/2024/3/1/art_1229099769_59000001.html">宁波市跨境电子商务高质量发展行动方案</a><span>2024-03-01</span></li></ul></div>
</div></div>
<footer class="footer"><div class="container">
<p><a href="#">关于我们</a> | <a href="#">网站地图</a> | <a href="#">使用帮助</a></p>
<p>主办单位：宁波市北仑区人民政府办公室　　承办单位：宁波市北仑区大数据中心</p>
<p>网站标识码：3302060001　　<a href="https://beian.miit.gov.cn/">浙ICP备05002345号-1</a>　　浙公网安备 33020602000101号</p>
<p><img src="{F}red.png" alt="党政机关"> <img src="{F}qr.png" width="70" alt="北仑发布"></p></div></footer>
</body></html>'''
    with open(os.path.join(HERE, stem + ".html"), "w", encoding="utf-8") as fh:
        fh.write(html)
    return stem


# ================================================================ (d) 连云港市发改委 — one <div> of &emsp; paragraphs + 附件 links
LYG_TITLE = "连云港市发展和改革委员会关于组织申报2025年度“一带一路”强支点建设重点项目的通知"
LYG_NUM = "连发改发〔2025〕28号"
LYG_TO = "各县区发展改革局，徐圩新区、连云港经济技术开发区、连云港高新区经济发展部门，市各有关单位："
LYG_INTRO = "为深入贯彻落实国家和省关于推进“一带一路”交汇点建设的决策部署，加快建设“一带一路”强支点，发挥重大项目对全市开放型经济发展的支撑带动作用，我委决定组织开展2025年度“一带一路”强支点建设重点项目申报工作。现将有关事项通知如下："
LYG_SECTIONS = [
    ("一、申报范围", [
        "（一）国际物流通道类。主要包括中哈（连云港）物流合作基地、上合组织（连云港）国际物流园内的堆场、仓储、多式联运设施项目，以及连云港港30万吨级航道二期配套工程、新亚欧大陆桥集装箱多式联运示范工程延伸项目。",
        "（二）临港产业类。主要包括连云港石化产业基地（徐圩新区）内的高端化工、新材料项目，以及赣榆区柘汪临港产业区内的精品钢、高端装备制造项目。",
        "（三）开放平台类。主要包括中国（江苏）自由贸易试验区连云港片区、连云港综合保税区内的保税物流、保税维修、跨境电商等功能性项目。",
        "（四）国际合作类。主要包括我市企业在哈萨克斯坦、乌兹别克斯坦等共建“一带一路”国家投资建设的境外园区、物流场站和产能合作项目。",
    ]),
    ("二、申报条件", [
        "1.项目单位在本市依法注册登记，具有独立法人资格，信用记录良好，未被列入严重失信主体名单。",
        "2.项目符合国家产业政策和国土空间规划，已完成审批、核准或备案手续，计划于2025年12月31日前开工建设或已在建。",
        "3.项目总投资原则上不低于1亿元，其中东海县、灌云县、灌南县申报的项目总投资不低于5000万元；国际合作类项目中方投资额不低于1000万美元。",
    ]),
    ("三、申报程序", [
        "（一）各县区发展改革局、各功能板块经济发展部门负责组织本地区项目申报，对申报材料进行初审，于2025年3月31日前将申报表、汇总表（加盖公章）及电子版报送市发展改革委对外开放处。",
        "（二）市属国有企业可直接向市发展改革委申报。",
        "（三）市发展改革委会同市商务局、市交通运输局等部门组织专家评审，择优确定2025年度重点项目名单并向社会公示。",
    ]),
    ("四、支持政策", [
        "入选项目纳入市重大项目库，实行市领导挂钩联系、专班推进，在用地、用能、环境容量等要素配置上予以优先保障，并优先推荐申报中央预算内投资、地方政府专项债券和省级“一带一路”交汇点建设专项资金。",
    ]),
    ("五、联系方式", [
        "市发展改革委对外开放处，联系人：刘工，联系电话：0518-85822316。",
    ]),
]
LYG_ATT = ["2025年度“一带一路”强支点建设重点项目申报表", "2025年度“一带一路”强支点建设重点项目汇总表"]
LYG_DOCX = "P020250227384512673921.docx"


def lyg_clauses():
    return [LYG_INTRO] + [it for _, its in LYG_SECTIONS for it in its]


def lyg_docx(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    st.font.size = Pt(14)
    p = d.add_paragraph()
    r = p.add_run("附件1")
    r.font.name = "黑体"
    r._element.rPr.rFonts.set(qn("w:eastAsia"), "黑体")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(LYG_ATT[0])
    r.font.size = Pt(20)
    r.font.name = "方正小标宋简体"
    r._element.rPr.rFonts.set(qn("w:eastAsia"), "方正小标宋简体")
    d.add_paragraph("申报单位（盖章）：　　　　　　　　　　　　　填报日期：　　年　　月　　日")
    rows = [("项目名称", ""), ("项目单位", ""), ("项目类别", "□国际物流通道类　□临港产业类　□开放平台类　□国际合作类"),
            ("建设地点", ""), ("总投资（万元）", ""), ("其中：2025年计划投资（万元）", ""), ("建设内容及规模", ""),
            ("审批（核准、备案）文号", ""), ("计划开工时间", ""), ("项目联系人及电话", ""),
            ("县区发展改革部门初审意见", "\n\n（盖章）\n　　　　年　　月　　日")]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(rows):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
    d.save(path)


def build_lyg():
    stem = "blind226_lyg"
    fd = files_dir(stem, {
        "style.css": "body{margin:0;font-family:'Microsoft YaHei'}.wrap{width:1100px;margin:0 auto}.con_title{font-size:24px;text-align:center;font-weight:bold;line-height:38px}.TRS_UEDITOR p{font-size:16px;line-height:30px;margin:6px 0}\n",
        "common.js": "function printPage(){window.print();}\nfunction addFav(){alert('请使用Ctrl+D收藏本页');}\n",
        "logo.png": png(520, 80, (0, 98, 170)),
        "banner.png": png(1100, 140, (0, 120, 200), (20, 140, 215)),
        "gh.png": png(20, 20, (200, 0, 0)),
        "jiucuo.png": png(110, 55, (200, 30, 30)),
    })
    lyg_docx(os.path.join(fd, LYG_DOCX))
    F = stem + "_files/"
    E = "&emsp;&emsp;"
    ps = ['<p style="text-align: center;">%s</p>' % LYG_NUM, "<p>%s</p>" % LYG_TO, "<p>%s%s</p>" % (E, LYG_INTRO)]
    for h, its in LYG_SECTIONS:
        ps.append("<p>%s%s</p>" % (E, h))
        for it in its:
            ps.append("<p>%s%s</p>" % (E, it))
    ps.append("<p><br></p>")
    ps.append('<p style="text-align: right;">连云港市发展和改革委员会</p>')
    ps.append('<p style="text-align: right;">2025年2月26日%s</p>' % E)
    ps.append("<p><br></p>")
    ps.append('<p>附件：</p>')
    ps.append('<p>%s<a href="%s%s" target="_blank" title="%s.docx">1.%s.docx</a></p>' % (E, F, LYG_DOCX, LYG_ATT[0], LYG_ATT[0]))
    ps.append('<p>%s<a href="https://fgw.lyg.gov.cn/lygfgw/tzgg/202502/P020250227384512679480.xlsx" target="_blank" title="%s.xlsx">2.%s.xlsx</a></p>' % (E, LYG_ATT[1], LYG_ATT[1]))
    html = f'''<!DOCTYPE html>
<html><head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8">
<meta name="SiteName" content="连云港市发展和改革委员会">
<meta name="SiteDomain" content="fgw.lyg.gov.cn">
<meta name="SiteIDCode" content="3207000014">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="{LYG_TITLE}">
<meta name="PubDate" content="2025-02-27 10:12">
<meta name="ContentSource" content="对外开放处">
<title>{LYG_TITLE}</title>
<link href="{F}style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="{F}common.js"></script>
</head>
<body>
<div class="top"><div class="wrap"><span>欢迎访问连云港市发展和改革委员会网站！</span><span class="fr"><a href="javascript:addFav();">加入收藏</a> | <a href="https://www.lyg.gov.cn/">连云港市人民政府</a> | <a href="javascript:;">无障碍</a></span></div></div>
<div class="head"><div class="wrap"><img src="{F}logo.png" alt="连云港市发展和改革委员会"><img src="{F}gh.png" alt="国徽"></div></div>
<div class="menu"><div class="wrap"><a href="https://fgw.lyg.gov.cn/">首页</a><a href="https://fgw.lyg.gov.cn/lygfgw/jgzn/">机构概况</a><a href="https://fgw.lyg.gov.cn/lygfgw/fgdt/">发改动态</a><a href="https://fgw.lyg.gov.cn/lygfgw/xxgk/">信息公开</a><a href="https://fgw.lyg.gov.cn/lygfgw/tzgg/" class="cur">通知公告</a><a href="https://fgw.lyg.gov.cn/lygfgw/zcwj/">政策文件</a><a href="https://fgw.lyg.gov.cn/lygfgw/hdjl/">互动交流</a></div></div>
<div class="wrap"><img src="{F}banner.png" alt="一带一路强支点" width="1100"></div>
<div class="wrap">
<div class="location">您现在的位置：<a href="https://fgw.lyg.gov.cn/">首页</a> &gt; <a href="https://fgw.lyg.gov.cn/lygfgw/tzgg/">通知公告</a> &gt; 正文</div>
<div class="con_box">
<div class="con_title">{LYG_TITLE}</div>
<div class="con_info">发布日期：2025-02-27 10:12　　来源：对外开放处　　浏览次数：<span id="readNum">762</span></div>
<div class="TRS_UEDITOR TRS_WEB">{"".join(ps)}</div>
<div class="con_bottom"><span><a href="javascript:printPage();">[打印本页]</a></span> <span><a href="javascript:window.close();">[关闭窗口]</a></span>
<span class="bdsharebuttonbox">分享到：<a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></span></div>
<div class="xglj"><div class="xglj_t">相关信息</div><ul>
<li><a href="https://fgw.lyg.gov.cn/lygfgw/tzgg/202402/t20240301_123456.html">连云港市发展和改革委员会关于组织申报2024年度“一带一路”强支点建设重点项目的通知</a> 2024-03-01</li>
<li><a href="https://fgw.lyg.gov.cn/lygfgw/tzgg/202501/t20250115_234567.html">关于公布2024年度“一带一路”强支点建设重点项目名单的公示</a> 2025-01-15</li></ul></div>
</div></div>
<div class="foot"><div class="wrap">
<p>版权所有：连云港市发展和改革委员会　　地址：连云港市海州区朝阳东路66号　　邮编：222006</p>
<p>网站标识码：3207000014　　<a href="https://beian.miit.gov.cn/">苏ICP备05012345号</a>　　苏公网安备 32070602010123号</p>
<p><img src="{F}jiucuo.png" alt="政府网站找错"></p></div></div>
</body></html>'''
    with open(os.path.join(HERE, stem + ".html"), "w", encoding="utf-8") as fh:
        fh.write(html)
    return stem


# ================================================================ expected
def expected():
    out = {}
    out["blind226_yueyang"] = [{
        "meta": {
            "title": YY_TITLE, "doc_number": YY_NUM, "issuer": ["岳阳市人民政府"],
            "date": "2024-06-18", "published": "2024-06-24", "level": "municipal", "region": "湖南省岳阳市",
            "effective": "2024-08-01", "expires": "2029-07-31", "attachments": [],
            "doc_type": "通知（印发办法）",
            "recipients": ["各县市区人民政府", "岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区管委会", "市直各单位"],
            "publicity": "此件主动公开",
            "repeals": ["岳阳市人民政府关于促进城陵矶综合保税区发展的若干意见（岳政发〔2019〕12号）"],
            "validity": "有效", "index_no": "114306000063390574/2024-00057", "registration_no": "YYCR-2024-00007",
        },
        "clauses": yy_clauses(),
        "applies_to": {
            "default": "湖南省岳阳市",
            "specific": {
                "第四条": "城陵矶港（城陵矶新港区）",
                "第五条": "城陵矶港（铁路专用线）；东盟 is the destination, not a place of application",
                "第六条": "临湘市（临湘港区、临湘滨江产业示范区）、华容县（华容港区）",
                "第七条 and its （一）（二）（三）": "岳阳城陵矶综合保税区",
                "第八条": "中国（湖南）自由贸易试验区岳阳片区 — 城陵矶新港区块",
                "第九条": "汨罗市（汨罗循环经济产业园）、岳阳经济技术开发区",
                "第十一条": "城陵矶港口岸",
            },
            "note": "第十五条 only defines 县市区 (lists the four 功能区) — it is not a narrower place. 上海洋山港/宁波舟山港 (第四条) are the far ends of routes, not places of application. 第十条 concerns exhibitions abroad: 岳阳市.",
        },
        "_note": (
            "Chrome 网页，全部 save (UTF-8, ‘saved from url’ comment, assets in blind226_yueyang_files/). Furniture: top bar, header/search, nav, breadcrumb (首页 > 政务公开 > 政策文件 > 市政府文件), "
            "the METADATA BOX — a 4-column <table> (索引号 / 分类 / 发布机构 / 成文日期 / 名称 / 文号 / 发布日期 / 有效性 / 统一登记号) — which gives 文号, 成文日期 2024-06-18, 发布日期 2024-06-24 and 有效性 有效, and must NOT become table-row clauses; "
            "h1 title with a <br> inside the book title (…综合保税区<br>开放发展促进办法》的通知) — joined without a space; info line (发布时间 2024-06-24 16:30 / 来源 / 浏览次数 / 字号 大中小); share / 打印本页 / 关闭窗口 / 扫一扫; 相关解读 links (titles of other pages, not attachments); 上一篇/下一篇; footer (主办/承办/网站标识码/ICP/公安备案). "
            "Body (div.TRS_Editor): 主送 line, 1 notice paragraph, 落款 岳阳市人民政府 / 2024年6月18日 (right-aligned <p>s), （此件主动公开）, then the 办法 title (centred bold, a heading) and 第一章…第五章 (centred bold headings; not clauses; the path of 第X条 should carry the 章), "
            "第一条…第十七条 as <p> with <strong>第X条</strong> + U+3000 + text (label + text = one clause). 第七条 ends in a colon and is followed by （一）（二）（三） as separate <p>s: separate clauses expected, merged into 第七条 equally good. "
            "第十七条 has a <br> between its two sentences (本办法自2024年8月1日起施行，有效期5年。<br>《…若干意见》（岳政发〔2019〕12号）同时废止。) — one clause, joined; splitting the second sentence off into an unlabelled clause is low, losing it medium. "
            "effective 2024-08-01; 有效期5年 → expires 2029-07-31 (computed). 岳政发〔2019〕12号 is the repealed document's number, not this one's. Deadlines 2025-12-31 (第六条) and 3月31日 (第十三条) are not document dates. "
            "The 办法 is the thing 印发ed; with no 附件 label, attachments = [] (listing the 办法 title there is tolerable). A reader may split the 办法 off as a second document (same issuer/date/effective/expires): tolerable; then the notice keeps 1 clause. 21 clauses."
        ),
    }]
    prev = None
    out["blind226_nanchang"] = [{
        "meta": {
            "title": NC_TITLE, "doc_number": NC_NUM, "issuer": ["南昌县人民政府"],
            "date": "2024-04-26", "published": "2024-05-08", "level": "county", "region": "江西省南昌市南昌县",
            "effective": "2024-04-26", "expires": "2026-12-31", "attachments": [NC_ATT],
            "doc_type": "实施意见",
            "recipients": ["各乡镇人民政府", "小蓝经济技术开发区、向塘开发区管委会", "县政府各部门", "县直各单位"],
            "publicity": "此件主动公开",
        },
        "clauses": nc_clauses(),
        "applies_to": {
            "default": "江西省南昌市南昌县",
            "specific": {
                "（一）（二）": "向塘国际陆港（向塘开发区 / 向塘镇）; 莫斯科、明斯克、阿拉木图 / 厦门港、宁波舟山港、深圳盐田港 are route ends, not places of application",
                "（三）": "向塘镇（向塘铁路口岸）",
                "（四）": "南昌县 (the second half: 向塘开发区)",
                "（五）": "莲塘镇",
                "（六）": "小蓝经济技术开发区",
                "（七）": "向塘（南昌海关驻向塘办事处 / 向塘铁路口岸）— 南昌县 acceptable",
                "row 1, row 2": "向塘国际陆港（向塘开发区）",
                "row 4": "莲塘镇（跨境电商产业园）",
                "row 5": "小蓝经济技术开发区",
                "row 8": "向塘铁路口岸",
            },
            "note": "南昌海关 is an organ, not a place. 江西内陆开放型经济试验区 in the intro names the province-wide plan, not the place of this document.",
        },
        "_note": (
            "Page saved by Chrome from an old table-layout site; the file is GBK-encoded (<meta charset=GBK>) — the text must come out as proper Chinese. Furniture: banner image, nav table, breadcrumb (您当前所在位置：首页 >> 信息公开 >> 县政府文件), "
            "a small metadata table (信息索引 / 生成日期 2024-04-26 / 发文机关 / 发文字号 / 主题分类 / 公开方式) — not clauses; title in a <font>; info line (发布时间 2024-05-08 / 信息来源 / 访问次数 written by document.write + the saved number / 字体 大中小); 打印本页 / 关闭窗口; 相关文件 links; footer. "
            "Content is WORD-PASTED HTML (div.WordSection1, p.MsoNormal, <o:p>, every digit run in its own <span lang=EN-US>): spans must be joined with no spaces (2024年开行班列不少于300列). "
            "First <p> is the 文号 南县府发〔2024〕9号 (furniture), then 主送, intro, 一、…四、 黑体 heading paragraphs (headings, not clauses), （一）…（十） items numbered straight through (not restarting) with a bold 楷体 run-in label (label + text = one clause), closing paragraph 本实施意见自印发之日起施行，有效期至2026年12月31日。 (a clause), "
            "附件说明 (附件：南昌县开放型经济发展扶持政策明细表), 落款 南昌县人民政府 / 2024年4月26日, （此件主动公开）, a Word page break (<br style=page-break-before>), label 附件, the table title (heading), then the TABLE: header 序号/支持事项/申报条件/支持标准/受理单位; 8 rows whose 申报条件/支持标准 cells hold several <p> lines (1.… 2.… 3.…) — one clause per row, lines joined in order (no separator, a space or ⏎ equally good; the format 列：值；列：值 is taste); "
            "the 受理单位 cell of row 1 has rowspan=2 — row 2 (铁海联运运费补贴) has no cell of its own and must get 县商务局、向塘开发区管委会 too (and its columns must not shift); the last row is one cell colspan=5 holding 注：… — its own clause (not glued onto row 8, not a header). "
            "effective: 自印发之日起 — no 印发 date is printed, so 成文日期 2024-04-26 (the page date 2024-05-08 tolerable low); expires 2026-12-31. Deadline 2024-12-31 in （三） is not a document date. 21 clauses."
        ),
    }]
    jd, pol = bl_clauses()
    out["blind226_beilun"] = [
        {
            "meta": {
                "title": BL_JD_TITLE, "doc_number": None, "issuer": ["宁波市北仑区商务局"],
                "date": "2024-09-20", "published": "2024-09-20", "level": "county", "region": "浙江省宁波市北仑区",
                "effective": None, "expires": None, "attachments": [], "doc_type": "政策解读",
                "recipients": [], "publicity": None,
                "interprets": BL_TITLE,
            },
            "clauses": jd,
            "applies_to": {"default": "浙江省宁波市北仑区", "specific": {}, "note": "解读 paragraphs paraphrase the policy; place names in them (梅山综保区, 小港/春晓街道, 大榭开发区) may be tagged but need not be."},
            "_note": "The page's own subject (h2, ArticleTitle meta, 发布日期 2024-09-20 15:08, 信息来源 区商务局). Six <strong> headings 一、…六、 (headings, not clauses) and 10 paragraphs; an <img> 图解 with alt text between 三、主要内容's first paragraph and （一） — furniture (alt text is not a clause). The 解读 has no 文号 and no 落款; issuer from 信息来源 / 解读机关. 解读 text mentions 自2024年10月15日起施行，有效期至2026年12月31日 — the POLICY's dates; giving them to the 解读 is tolerable low. Dropping the 解读 entirely is low if said in the report; gluing its paragraphs into the policy document (duplicating （一）…（四） with different text) is serious.",
        },
        {
            "meta": {
                "title": BL_TITLE, "doc_number": BL_NUM, "issuer": ["宁波市北仑区商务局", "宁波市北仑区财政局"],
                "date": "2024-09-12", "published": "2024-09-20", "level": "county", "region": "浙江省宁波市北仑区",
                "effective": "2024-10-15", "expires": "2026-12-31", "attachments": [],
                "doc_type": "通知（印发若干措施）",
                "recipients": ["各街道办事处", "梅山街道、大榭开发区管委会", "区级有关单位", "各有关企业"],
                "publicity": "此件公开发布",
            },
            "clauses": pol,
            "applies_to": {
                "default": "浙江省宁波市北仑区",
                "specific": {
                    "（三）": "梅山综合保税区",
                    "（四）": "北仑区 (共建“一带一路”国家 is where the 海外仓 stands, not a place of application)",
                    "（六）": "北仑港综合保税区",
                    "（七）": "小港街道、春晓街道（区级跨境电商产业园）",
                    "（八）": "大榭开发区",
                    "（九）": "中国（浙江）自由贸易试验区宁波片区北仑区块",
                },
                "note": "梅山街道 / 大榭开发区 in 主送 are addressees, not places of the clauses.",
            },
            "_note": "After the heading 政策原文 (an <h3> in a div.yw-title bar): centred bold title with two <br> (宁波市北仑区商务局　宁波市北仑区财政局<br>关于印发《…海外仓<br>高质量发展若干措施》的通知 — joined without spaces; the full-width space between the two organs is as printed, none or half-width is taste), centred 文号 仑商务〔2024〕31号, 主送, 1 notice paragraph, joint 落款 on ONE line (宁波市北仑区商务局　　宁波市北仑区财政局 → two issuers) / 2024年9月12日, （此件公开发布）, the 措施 title (heading), 一、…四、 headings (a <p> in 黑体, not clauses) with items （一）…（十一） numbered straight through across the headings, and an unnumbered closing paragraph (就高不重复 + 施行/有效期 + 解释) — a clause. effective 2024-10-15, expires 2026-12-31; date 2024-09-12 (落款); published = page date 2024-09-20 (no 版记). Meta of this document must not come from the 解读 (title/issuer) and vice versa. 13 clauses.",
        },
    ]
    out["blind226_lyg"] = [{
        "meta": {
            "title": LYG_TITLE, "doc_number": LYG_NUM, "issuer": ["连云港市发展和改革委员会"],
            "date": "2025-02-26", "published": "2025-02-27", "level": "municipal", "region": "江苏省连云港市",
            "effective": None, "expires": None, "attachments": LYG_ATT,
            "doc_type": "通知",
            "recipients": ["各县区发展改革局", "徐圩新区、连云港经济技术开发区、连云港高新区经济发展部门", "市各有关单位"],
            "publicity": None,
        },
        "clauses": lyg_clauses(),
        "applies_to": {
            "default": "江苏省连云港市",
            "specific": {
                "一、（一）": "中哈（连云港）物流合作基地、上合组织（连云港）国际物流园（连云区 / 连云港港）",
                "一、（二）": "徐圩新区（连云港石化产业基地）、赣榆区（柘汪临港产业区）",
                "一、（三）": "中国（江苏）自由贸易试验区连云港片区、连云港综合保税区",
                "一、（四）": "abroad: 哈萨克斯坦、乌兹别克斯坦 (projects of 连云港 firms abroad) — 连云港市 + the foreign countries, or 连云港市 alone",
                "二、3.": "the whole city, with a lower threshold for 东海县、灌云县、灌南县 — tagging the three 县 is right, tagging ONLY them is wrong-ish (low)",
            },
            "note": "徐圩新区 / 经开区 / 高新区 in 主送 are addressees.",
        },
        "_note": (
            "Firefox 网页，全部 save (no ‘saved from’ comment; links rewritten to blind226_lyg_files/…). Furniture: top bar (加入收藏…), logo + 国徽 images, menu, banner image, location (您现在的位置：首页 > 通知公告 > 正文), "
            "div.con_title title, con_info (发布日期 2025-02-27 10:12 / 来源 对外开放处 / 浏览次数), 打印本页/关闭窗口, 分享到 (empty share anchors with titles), 相关信息 links (last year's notice and a 公示 — not attachments), footer. "
            "The text is ONE div (TRS_UEDITOR) of <p> paragraphs all written on one line of source with no newlines between them, each indented by &emsp;&emsp; (U+2003, to be stripped): first <p> is the 文号 连发改发〔2025〕28号 (centred; furniture), then 主送, intro, "
            "section headings 一、申报范围 … 五、联系方式 that look exactly like the item paragraphs (same &emsp; indent, no bold) — headings, not clauses; items （一）…（四）, 1.…3., （一）…（三） (（一） restarts under 三、); 四、 and 五、 each have one plain paragraph (clauses; 五、联系方式 as a clause is taste). "
            "落款 连云港市发展和改革委员会 / 2025年2月26日 (right-aligned), then the trailing 附件 list: ‘附件：’ and two <p> links — 1.…申报表.docx saved at blind226_lyg_files/P020250227384512673921.docx, 2.…汇总表.xlsx pointing at the server (not saved). "
            "attachments = the two titles (without 1./2. and without .docx/.xlsx); the link lines are not clauses. The saved .docx is a blank 申报表 form (label 附件1, title, a 2-column table of field names) — if the reader follows it, its field names must not become policy clauses (tolerable: read it as the attachment's text; no rows expected). "
            "No effective/expires (a 申报通知); 2025-03-31 and 2025-12-31 are deadlines. date 2025-02-26 (落款), published 2025-02-27 (page). No 公开 remark. 13 clauses."
        ),
    }]
    return out


def main():
    stems = [build_yueyang(), build_nanchang(), build_beilun(), build_lyg()]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *stems)


if __name__ == "__main__":
    main()
