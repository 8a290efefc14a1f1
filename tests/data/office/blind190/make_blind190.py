# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 190: ordinary pages of four government sites, saved from the browser.

Four HTML pages, written next to this script (no Word / PDF this round):
  blind190_gazette.html + blind190_gazette_files/   云南省人民政府门户网站, 政府公报 2024年第16期 issue page
      ("网页，全部", UTF-8) holding TWO documents one after another: a 省政府 批复 (云政复〔2024〕27号)
      and a 省政府办公厅 印发通知 (云政办发〔2024〕41号) with its 若干政策措施; 目录 with anchors first.
  blind190_jiedu.html                               厦门市商务局 政策问答 page ("网页，仅HTML", GBK bytes,
      <meta charset=gbk>, old table-layout TRS template); bold questions, answers quoting 第X条 of the policy.
  blind190_vue.html + blind190_vue_files/           广州市南沙区人民政府 政务公开 page from a Vue 3 site
      ("网页，全部": rendered DOM serialised, data-v-* attributes, generated class names, <!--[--> fragments,
      a hidden mobile copy of the whole text, window.__INITIAL_STATE__ with the content again).
  blind190_pianqu.html + blind190_pianqu_files/     川南临港片区管委会 page ("网页，全部"), <meta charset=gb2312>
      but GBK bytes (a GBK-only character 喆), notice pasted from WPS as a table layout (MsoNormal,
      split <span> runs, &nbsp; indents), 附件 as download links (.docx/.xlsx/.pdf, files NOT saved).
  expected.json

Run:  . /work/venv/bin/activate && python make_blind190.py
"""
import base64
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))

# a 1x1 transparent PNG and GIF for the saved assets
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
GIF = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_assets(folder, files):
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    for name, data in files.items():
        mode = "wb" if isinstance(data, bytes) else "w"
        with open(os.path.join(folder, name), mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as fh:
            fh.write(data)


# ================================================================ (a) 云南 政府公报 issue page
GZ_ISSUE = "云南省人民政府公报2024年第16期"
GZ_A_TITLE = "云南省人民政府关于同意设立中国（云南）自由贸易试验区红河片区蒙自联动创新区的批复"
GZ_A_TITLE_BR = "云南省人民政府关于同意设立中国（云南）<br>自由贸易试验区红河片区蒙自联动创新区的批复"
GZ_A_NUM = "云政复〔2024〕27号"
GZ_A_TO = "红河州人民政府，省商务厅："
GZ_A_OPEN = "你们《关于申请设立中国（云南）自由贸易试验区红河片区蒙自联动创新区的请示》（红政请〔2024〕19号）收悉。经研究，现批复如下："
GZ_A_ITEMS = [
    "一、同意设立中国（云南）自由贸易试验区红河片区蒙自联动创新区（以下简称联动创新区）。联动创新区规划面积12.58平方公里，主要包括蒙自经济技术开发区雨过铺片区和红河综合保税区周边区域，具体四至范围以省商务厅会同省自然资源厅核定的范围为准。",
    "二、联动创新区要立足面向东盟的区位优势，重点发展跨境物流、进出口加工、高原特色农产品精深加工和数字贸易，与红河片区在通关监管、物流组织、产业配套等方面协同联动，共同打造中越跨境产业合作示范平台。",
    "三、支持联动创新区复制推广自贸试验区改革试点经验。省级有关部门下放给红河片区的省级管理权限，经评估后可同步在联动创新区实施；红河综合保税区开展的保税维修、保税研发等新业态，可在联动创新区先行先试。",
    "四、红河州人民政府要切实履行主体责任，建立健全联动创新区管理机制，于2024年12月31日前制定联动创新区建设实施方案并报省商务厅备案。蒙自市人民政府要做好要素保障和日常管理工作。",
    "五、省商务厅要会同省级有关部门加强指导服务，将联动创新区建设情况纳入自贸试验区年度评估，重大事项及时向省人民政府报告。",
    "六、联动创新区建设要严格落实国土空间规划，不得突破生态保护红线、永久基本农田和城镇开发边界，不得以联动创新区名义新增地方政府隐性债务。",
]
GZ_B_TITLE = "云南省人民政府办公厅关于印发支持磨憨国际口岸城市建设若干政策措施的通知"
GZ_B_TITLE_BR = "云南省人民政府办公厅关于印发支持磨憨国际<br>口岸城市建设若干政策措施的通知"
GZ_B_NUM = "云政办发〔2024〕41号"
GZ_B_TO = "各州、市人民政府，省直各委、办、厅、局："
GZ_B_NOTICE = "《支持磨憨国际口岸城市建设若干政策措施》已经省人民政府同意，现印发给你们，请认真贯彻执行。"
GZ_B_ATT = "支持磨憨国际口岸城市建设若干政策措施"
GZ_B_INTRO = "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，加快推进磨憨国际口岸城市建设，把磨憨打造成为面向南亚东南亚辐射中心的重要节点和中老铁路沿线开放合作的示范窗口，制定以下政策措施。"
GZ_B_ITEMS = [
    ("一、支持口岸基础设施建设。", "省级财政2024—2026年每年安排磨憨口岸基础设施建设补助资金2亿元，重点支持磨憨公路口岸货运专用通道、中老铁路磨憨站国际货场扩能和智慧口岸项目建设。"),
    ("二、提升通关便利化水平。", "推进磨憨—磨丁口岸“一站式”通关和“两国一检”试点，昆明海关在磨憨口岸对鲜活农产品开通“绿色通道”，进口水果、冰鲜水产品查验时间压缩至2小时以内。"),
    ("三、支持国际物流枢纽建设。", "对在磨憨镇新建或改扩建冷链仓储、保税仓储设施，单体仓储面积1万平方米以上的项目，按设备和建设投资额的10%给予补助，单个项目最高不超过2000万元。"),
    ("四、培育口岸经济产业。", "对在磨憨—磨丁经济合作区中方区域内落地的进口资源加工项目，实际投资额在1亿元以上的，由省级产业发展资金按实际投资额的3%给予奖励，单个项目最高不超过3000万元。"),
    ("五、发展边民互市落地加工。", "支持磨憨边民互市贸易区开展互市商品落地加工试点，对使用互市进口商品在勐腊县、磨憨镇范围内加工的企业，按加工量给予每吨100元补助。"),
    ("六、支持跨境金融创新。", "支持在磨憨开展人民币与老挝基普直接汇率挂牌交易，鼓励金融机构在磨憨镇设立分支机构，对新设立的银行业金融机构一级分行给予一次性奖励500万元。"),
    ("七、加强人才和要素保障。", "对在磨憨工作的各类人才，由昆明市统筹给予住房保障；磨憨国际口岸城市建设用地计划指标由省级单列，年度新增建设用地计划指标不少于2000亩。"),
    ("八、深化托管体制改革。", "昆明市全面托管磨憨镇后，西双版纳州、勐腊县按职责分工做好尚勇镇等周边区域的配套服务；赋予磨憨镇的县级经济社会管理权限清单由省委编办另行制定。"),
    ("九、强化组织实施。", "省商务厅牵头建立支持磨憨国际口岸城市建设工作协调机制，昆明市人民政府履行建设主体责任，每半年向省人民政府报告政策落实情况。"),
    ("十、明确执行期限。", "本措施自2024年7月1日起施行，有效期至2026年12月31日。此前有关政策与本措施不一致的，以本措施为准。"),
]


def gz_page():
    a_body = "\n".join(f'<p style="text-indent:2em;">{t}</p>' for t in [GZ_A_OPEN] + GZ_A_ITEMS)
    b_items = "\n".join(f'<p style="text-indent:2em;"><strong>{h}</strong>{t}</p>' for h, t in GZ_B_ITEMS)
    return f'''<!DOCTYPE html>
<!-- saved from url=(0075)https://www.yn.gov.cn/zwgk/zfgb/2024/2024d16q/202409/t20240902_299871.html -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>云南省人民政府公报2024年第16期_云南省人民政府门户网站</title>
<meta name="SiteName" content="云南省人民政府门户网站">
<meta name="SiteDomain" content="www.yn.gov.cn">
<meta name="SiteIDCode" content="5300000027">
<meta name="ColumnName" content="政府公报">
<meta name="ColumnType" content="政府公报">
<meta name="ArticleTitle" content="云南省人民政府公报2024年第16期">
<meta name="PubDate" content="2024-08-30 17:26">
<meta name="ContentSource" content="云南省人民政府办公厅">
<meta name="Keywords" content="政府公报,2024年第16期">
<link rel="stylesheet" type="text/css" href="./blind190_gazette_files/common.css">
<link rel="stylesheet" type="text/css" href="./blind190_gazette_files/gb_detail.css">
<script type="text/javascript" src="./blind190_gazette_files/jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="./blind190_gazette_files/share.js"></script>
<script type="text/javascript" src="./blind190_gazette_files/ga.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span class="date">2024年9月3日 星期二</span>
<span class="fr"><a href="https://www.yn.gov.cn/wza/">无障碍</a> | <a href="javascript:void(0)" id="zhang">长者模式</a> | <a href="javascript:void(0)" id="StranLink">繁體</a> | <a href="https://english.yn.gov.cn/">English</a> | <a href="https://www.yn.gov.cn/wzdt/">网站地图</a></span></div></div>
<div class="header"><div class="w1200">
<a class="logo" href="https://www.yn.gov.cn/"><img src="./blind190_gazette_files/logo.png" alt="云南省人民政府"></a>
<div class="search"><form action="https://sousuo.yn.gov.cn/s" method="get" target="_blank"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div>
</div></div>
<div class="nav"><ul class="w1200">
<li><a href="https://www.yn.gov.cn/">首页</a></li>
<li><a href="https://www.yn.gov.cn/ywdt/">要闻动态</a></li>
<li class="on"><a href="https://www.yn.gov.cn/zwgk/">政务公开</a></li>
<li><a href="https://www.yn.gov.cn/zwfw/">政务服务</a></li>
<li><a href="https://www.yn.gov.cn/hdjl/">互动交流</a></li>
<li><a href="https://www.yn.gov.cn/zjyn/">走进云南</a></li>
</ul></div>
<div class="w1200 main">
<div class="crumb">您当前的位置：<a href="https://www.yn.gov.cn/">首页</a> &gt; <a href="https://www.yn.gov.cn/zwgk/">政务公开</a> &gt; <a href="https://www.yn.gov.cn/zwgk/zfgb/">政府公报</a> &gt; <a href="https://www.yn.gov.cn/zwgk/zfgb/2024/">2024年</a> &gt; <a href="https://www.yn.gov.cn/zwgk/zfgb/2024/2024d16q/">第16期</a></div>
<table class="xxgk-table" cellspacing="0" cellpadding="0">
<tbody>
<tr><td class="t1">索 引 号：</td><td class="t2">000014349/2024-00892</td><td class="t1">主题分类：</td><td class="t2">政府公报</td></tr>
<tr><td class="t1">发文机关：</td><td class="t2">云南省人民政府办公厅</td><td class="t1">成文日期：</td><td class="t2"></td></tr>
<tr><td class="t1">标　　题：</td><td class="t2" colspan="3">云南省人民政府公报2024年第16期</td></tr>
<tr><td class="t1">发文字号：</td><td class="t2"></td><td class="t1">发布日期：</td><td class="t2">2024-08-30</td></tr>
<tr><td class="t1">有 效 性：</td><td class="t2"></td><td class="t1">期　　号：</td><td class="t2">2024年第16期（总第856期）</td></tr>
</tbody></table>
<div class="gb-head">
<h1>云南省人民政府公报</h1>
<p class="gb-qh">2024年第16期（总第856期）</p>
<p class="gb-zb">云南省人民政府办公厅主办　　　　2024年8月30日出版</p>
<p class="gb-pdf"><a href="https://www.yn.gov.cn/zwgk/zfgb/2024/2024d16q/P020240902612345678901.pdf" target="_blank"><img src="./blind190_gazette_files/pdf.gif" alt="">下载本期PDF版</a></p>
</div>
<div class="gb-mulu" id="mulu">
<p class="mulu-t">目　　录</p>
<p class="mulu-lm">【省人民政府文件】</p>
<p class="mulu-item"><a href="#art1">云南省人民政府关于同意设立中国（云南）自由贸易试验区红河片区蒙自联动创新区的批复（云政复〔2024〕27号）</a><span class="dots">……………………</span><span class="pg">2</span></p>
<p class="mulu-lm">【省人民政府办公厅文件】</p>
<p class="mulu-item"><a href="#art2">云南省人民政府办公厅关于印发支持磨憨国际口岸城市建设若干政策措施的通知（云政办发〔2024〕41号）</a><span class="dots">……………………</span><span class="pg">4</span></p>
</div>
<div class="gb-content" id="zoom">
<div class="gb-lm">【省人民政府文件】</div>
<div class="gb-article" id="art1">
<h2 class="gb-title">{GZ_A_TITLE_BR}</h2>
<p class="gb-wh">{GZ_A_NUM}</p>
<p>{GZ_A_TO}</p>
{a_body}
<p style="text-indent:2em;">此复。</p>
<p style="text-align:right;padding-right:4em;">云南省人民政府</p>
<p style="text-align:right;padding-right:4em;">2024年6月14日</p>
<p style="text-indent:2em;">（此件公开发布）</p>
<p class="back"><a href="#mulu">返回目录</a></p>
</div>
<hr class="gb-sep">
<div class="gb-lm">【省人民政府办公厅文件】</div>
<div class="gb-article" id="art2">
<h2 class="gb-title">{GZ_B_TITLE_BR}</h2>
<p class="gb-wh">{GZ_B_NUM}</p>
<p>{GZ_B_TO}</p>
<p style="text-indent:2em;">{GZ_B_NOTICE}</p>
<p style="text-align:right;padding-right:4em;">云南省人民政府办公厅</p>
<p style="text-align:right;padding-right:4em;">2024年6月20日</p>
<p style="text-indent:2em;">（此件公开发布）</p>
<p>&nbsp;</p>
<p class="gb-fjt" style="text-align:center;"><strong>{GZ_B_ATT}</strong></p>
<p style="text-indent:2em;">{GZ_B_INTRO}</p>
{b_items}
<p class="back"><a href="#mulu">返回目录</a></p>
</div>
</div>
<div class="gb-tools">
<span class="share">分享到：<a href="javascript:void(0)" class="wx" title="微信"><img src="./blind190_gazette_files/wx.png" alt="微信"></a><a href="javascript:void(0)" class="wb" title="微博"><img src="./blind190_gazette_files/wb.png" alt="微博"></a><a href="javascript:void(0)" class="qz" title="QQ空间"><img src="./blind190_gazette_files/qz.png" alt="QQ空间"></a></span>
<span class="fr">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】　<a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></span>
</div>
<div class="related">
<div class="related-t">往期公报</div>
<ul>
<li><a href="https://www.yn.gov.cn/zwgk/zfgb/2024/2024d15q/">云南省人民政府公报2024年第15期</a><span>2024-08-15</span></li>
<li><a href="https://www.yn.gov.cn/zwgk/zfgb/2024/2024d14q/">云南省人民政府公报2024年第14期</a><span>2024-07-31</span></li>
<li><a href="https://www.yn.gov.cn/zwgk/zfgb/2024/2024d13q/">云南省人民政府公报2024年第13期</a><span>2024-07-15</span></li>
</ul>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="https://www.yn.gov.cn/wzsm/">网站声明</a> | <a href="https://www.yn.gov.cn/lxwm/">联系我们</a> | <a href="https://www.yn.gov.cn/wzdt/">网站地图</a></p>
<p>主办：云南省人民政府办公厅　承办：云南省数字经济局</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">滇ICP备05000431号</a>　<img src="./blind190_gazette_files/ga.png" alt="">滇公网安备 53010202000014号　网站标识码：5300000027</p>
<p><a href="https://bszs.conac.cn/" target="_blank"><img src="./blind190_gazette_files/red.png" alt="党政机关"></a><a href="https://zfwzgl.www.gov.cn/" target="_blank"><img src="./blind190_gazette_files/jiucuo.png" alt="政府网站找错"></a></p>
</div></div>
<script type="text/javascript">var _hmt = _hmt || []; $(function(){{ $(".gb-mulu a").click(function(){{ $("html,body").animate({{scrollTop:$($(this).attr("href")).offset().top}},300); return false; }}); }});</script>
</body></html>'''


def gz_assets():
    return {
        "common.css": "body{margin:0;font-family:\"Microsoft YaHei\",SimSun;font-size:14px;color:#333}.w1200{width:1200px;margin:0 auto}.fr{float:right}.nav{background:#0b5fa5}.nav li{display:inline-block;padding:0 26px;line-height:48px}.nav a{color:#fff}.footer{background:#f2f2f2;text-align:center;padding:20px 0;color:#666}\n",
        "gb_detail.css": ".xxgk-table{width:100%;border:1px solid #ddd;margin:14px 0}.xxgk-table td{padding:6px 10px;border:1px solid #e5e5e5}.xxgk-table .t1{width:90px;background:#f6f8fb;color:#1b4f93}.gb-head{text-align:center}.gb-head h1{color:#d00;font-size:36px;font-family:\"FZXiaoBiaoSong-B05S\"}.gb-mulu{border:1px dashed #ccc;padding:10px 40px}.gb-title{text-align:center;font-size:22px;line-height:38px}.gb-wh{text-align:center;font-family:KaiTi}.gb-content p{font-size:17px;line-height:2}.back{text-align:right;font-size:12px}\n",
        "jquery-1.12.4.min.js": "/*! jQuery v1.12.4 | (c) jQuery Foundation | jquery.org/license */\n!function(a,b){\"object\"==typeof module&&\"object\"==typeof module.exports?module.exports=a.document?b(a,!0):function(a){return b(a)}:b(a)}(\"undefined\"!=typeof window?window:this,function(a,b){return a});\n",
        "share.js": "function doZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}\n",
        "ga.js": "var _hmt=_hmt||[];\n",
        "logo.png": PNG, "pdf.gif": GIF, "wx.png": PNG, "wb.png": PNG, "qz.png": PNG, "ga.png": PNG, "red.png": PNG, "jiucuo.png": PNG,
    }


# ================================================================ (b) 厦门市商务局 政策问答 (GBK, HTML only)
JD_TITLE = "《厦门市进一步促进跨境电子商务高质量发展若干措施》政策问答"
JD_INTRO = "近日，市商务局、厦门海关、市财政局联合印发《厦门市进一步促进跨境电子商务高质量发展若干措施》（厦商务规〔2024〕3号，以下简称《若干措施》）。为便于企业和社会公众准确理解政策内容，现就有关问题解答如下。"
JD_QA = [
    ("一、《若干措施》出台的背景是什么？", [
        "答：跨境电子商务是发展速度最快、潜力最大、带动作用最强的外贸新业态。2023年，我市跨境电商进出口额突破500亿元。为进一步发挥中国（厦门）跨境电子商务综合试验区和中国（福建）自由贸易试验区厦门片区的政策叠加优势，推动我市跨境电商与共建“一带一路”国家和地区市场深度融合，市商务局会同有关部门研究制定了《若干措施》。",
    ]),
    ("二、《若干措施》的适用范围和有效期是怎样的？", [
        "答：《若干措施》适用于在我市注册、具有独立法人资格、依法开展跨境电商业务的企业。根据《若干措施》第十五条规定：“本措施自2024年6月1日起施行，有效期至2026年12月31日。”同一项目符合本市其他同类政策的，按照“从高、不重复”原则予以支持。",
    ]),
    ("三、对跨境电商企业做大规模有哪些支持？", [
        "答：《若干措施》第二条规定：",
        "“第二条　对年度跨境电商进出口额首次突破1亿元、5亿元、10亿元的企业，分别给予一次性奖励50万元、100万元、200万元。”",
        "奖励按照“就高”原则兑现，同一企业同一档次只奖励一次，已获得低档次奖励的，晋档后补足差额。",
    ]),
    ("四、在综合保税区开展跨境电商业务能享受哪些政策？", [
        "答：《若干措施》第五条、第六条对综合保税区内开展的业务作了专门规定：",
        "“第五条　对在厦门象屿综合保税区、厦门海沧港综合保税区开展跨境电商网购保税进口（1210）业务的企业，按年度进口额的0.5%给予奖励，单个企业每年最高不超过300万元。",
        "第六条　对在厦门海沧港综合保税区开展跨境电商出口海外仓（9810）退货业务的企业，按退货货值的1%给予物流费用补助，单个企业每年最高不超过100万元。”",
    ]),
    ("五、支持企业建设海外仓的条件是什么？", [
        "答：根据《若干措施》第八条，企业在共建“一带一路”国家和地区自建或租用海外仓，仓储面积达到5000平方米以上且年度服务本市跨境电商企业不少于20家的，按实际投资额或租金的20%给予补助，单个企业每年最高不超过200万元。海外仓所在地不限于东南亚，中东欧、中东等地区的海外仓同样可以申报。",
    ]),
    ("六、跨境电商产业园区如何申报认定？", [
        "答：《若干措施》第十条明确，对经认定的市级跨境电商产业园给予最高300万元的运营补助。目前，市商务局重点支持翔安区跨境电商产业园、同安区轻工食品跨境电商产业园和集美区软件园三期跨境电商集聚区建设，其他各区符合条件的园区也可以申报。",
    ]),
    ("七、对跨境电商航空物流有哪些支持？", [
        "答：《若干措施》第十二条规定，对从厦门高崎国际机场出境、运往共建“一带一路”国家的跨境电商包机或全货机航班，按每班次5万元给予补助，单个企业每年最高不超过500万元。该项政策由湖里区商务局负责受理初审。",
    ]),
    ("八、企业如何申报？", [
        "答：《若干措施》实行“免申即享”与“依申请兑现”相结合。第二条、第五条奖励由市商务局根据海关统计数据主动核定兑现；其余条款由企业通过“i厦门”惠企政策兑现平台提交申请，每年3月、9月集中受理。政策咨询电话：0592-2853166。",
    ]),
]


def jd_page():
    qa = []
    for q, ans in JD_QA:
        qa.append(f'<p style="text-indent:2em"><strong>{q}</strong></p>')
        for a in ans:
            if a.startswith("“第") or a.startswith("第六条"):
                qa.append(f'<p style="text-indent:2em"><font face="楷体_GB2312">{a}</font></p>')
            else:
                qa.append(f'<p style="text-indent:2em">{a}</p>')
    qa = "\n".join(qa)
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>《厦门市进一步促进跨境电子商务高质量发展若干措施》政策问答 - 厦门市商务局</title>
<meta name="SiteName" content="厦门市商务局" />
<meta name="SiteDomain" content="swj.xm.gov.cn" />
<meta name="SiteIDCode" content="3502000039" />
<meta name="ColumnName" content="政策解读" />
<meta name="ArticleTitle" content="《厦门市进一步促进跨境电子商务高质量发展若干措施》政策问答" />
<meta name="PubDate" content="2024-05-30 16:05" />
<meta name="ContentSource" content="厦门市商务局" />
<link href="../../../images/swj_style.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="../../../images/jquery.js"></script>
<script language="javascript" src="../../../images/common.js"></script>
<style type="text/css">
.xxgk_tab td {{ border:1px solid #cfdcea; padding:5px 8px; font-size:12px; }}
.TRS_Editor p {{ font-size:16px; line-height:30px; margin:0 0 10px 0; }}
</style>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top">
  <tr>
    <td width="600"><a href="../../../"><img src="../../../images/swj_logo.png" width="560" height="90" alt="厦门市商务局" /></a></td>
    <td align="right" valign="top"><a href="javascript:SetHome(this,window.location)">设为首页</a> | <a href="javascript:AddFavorite()">加入收藏</a> | <a href="http://www.xm.gov.cn/">厦门市人民政府</a><br />
      <form name="searchform" action="http://www.xm.gov.cn/search/" method="get" target="_blank"><input name="searchword" type="text" size="20" value="请输入搜索内容" /> <input type="image" src="../../../images/search_btn.gif" /></form></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#0A5AA8" class="nav">
  <tr>
    <td height="42" align="center"><a href="../../../">首页</a></td>
    <td align="center"><a href="../../../jgzn/">机构职能</a></td>
    <td align="center"><a href="../../../zwgk/">政务公开</a></td>
    <td align="center"><a href="../../../zcfg/">政策法规</a></td>
    <td align="center"><a href="../../../zcjd/">政策解读</a></td>
    <td align="center"><a href="../../../bsfw/">办事服务</a></td>
    <td align="center"><a href="../../../hdjl/">互动交流</a></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="36" class="dqwz">当前位置：<a href="../../../">首页</a>&nbsp;&gt;&nbsp;<a href="../../../zwgk/">政务公开</a>&nbsp;&gt;&nbsp;<a href="../../">政策解读</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td style="padding:20px 40px">
      <table width="100%" border="0" cellspacing="0" cellpadding="0" class="xxgk_tab">
        <tr><td width="12%" bgcolor="#EEF3F9">索 引 号：</td><td width="38%">XM00111-0600-2024-00087</td><td width="12%" bgcolor="#EEF3F9">主题分类：</td><td width="38%">商贸、海关、旅游\\商业、贸易</td></tr>
        <tr><td bgcolor="#EEF3F9">发文机关：</td><td>厦门市商务局</td><td bgcolor="#EEF3F9">成文日期：</td><td>2024-05-28</td></tr>
        <tr><td bgcolor="#EEF3F9">标　　题：</td><td colspan="3">《厦门市进一步促进跨境电子商务高质量发展若干措施》政策问答</td></tr>
        <tr><td bgcolor="#EEF3F9">文　　号：</td><td></td><td bgcolor="#EEF3F9">发布日期：</td><td>2024-05-30</td></tr>
        <tr><td bgcolor="#EEF3F9">有 效 性：</td><td></td><td bgcolor="#EEF3F9">解读类型：</td><td>文字解读</td></tr>
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="60" align="center" style="font-size:24px;font-weight:bold;color:#0A5AA8;padding-top:20px">{JD_TITLE}</td></tr>
        <tr><td align="center" style="color:#888;font-size:12px;border-bottom:1px solid #ddd;padding-bottom:8px">发布时间：2024-05-30 16:05　　来源：厦门市商务局　　浏览次数：<span id="hits">1286</span>　　字号：[ <a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a> ]</td></tr>
        <tr>
          <td id="zoom" style="padding-top:16px"><div class="TRS_Editor">
<p style="text-indent:2em">{JD_INTRO}</p>
{qa}
</div></td>
        </tr>
        <tr><td align="right" style="padding-top:16px;color:#666">（来源：厦门市商务局　责任编辑：林晓芸）</td></tr>
        <tr><td style="padding-top:10px"><strong>相关文件：</strong><a href="../../../zcfg/gfxwj/202405/t20240528_2869931.htm" target="_blank">厦门市商务局 厦门海关 厦门市财政局关于印发厦门市进一步促进跨境电子商务高质量发展若干措施的通知</a></td></tr>
        <tr><td align="right" style="padding:16px 0">分享到：<a href="javascript:shareTo('weixin')">微信</a> <a href="javascript:shareTo('weibo')">微博</a>　　<a href="javascript:window.print()">[打印本页]</a>　<a href="javascript:window.close()">[关闭窗口]</a></td></tr>
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="0" class="xgxx">
        <tr><td class="xgxx_t"><strong>相关信息</strong></td></tr>
        <tr><td>· <a href="../../202404/t20240412_2861203.htm">《厦门市支持外贸稳规模优结构若干措施》政策解读</a>　2024-04-12</td></tr>
        <tr><td>· <a href="../../202403/t20240308_2855410.htm">一图读懂：厦门自贸片区2024年制度创新重点任务</a>　2024-03-08</td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot" bgcolor="#E9EEF4">
  <tr><td align="center" height="90" style="line-height:24px;color:#555">
    <a href="../../../wzdt/">网站地图</a> | <a href="../../../lxwm/">联系我们</a> | <a href="../../../mzsm/">免责声明</a><br />
    主办单位：厦门市商务局　地址：厦门市思明区湖滨北路61号　邮编：361012<br />
    <a href="https://beian.miit.gov.cn" target="_blank">闽ICP备05016658号</a>　闽公网安备 35020302001234号　网站标识码：3502000039<br />
    <script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/14/000/0000/60429971/CA140000000604299710001.js' type='text/javascript'%3E%3C/script%3E"));</script>
  </td></tr>
</table>
</body>
</html>
'''


# ================================================================ (c) 广州市南沙区 Vue page
NS_TITLE = "广州市南沙区人民政府办公室关于印发广州南沙新区（自贸片区）促进跨境贸易高质量发展若干措施的通知"
NS_NUM = "穗南府办规〔2024〕4号"
NS_TO = "各镇人民政府、街道办事处，区各有关单位："
NS_NOTICE = "《广州南沙新区（自贸片区）促进跨境贸易高质量发展若干措施》业经区人民政府同意，现印发给你们，请认真组织实施。实施中遇到的问题，请径向区商务局反映。"
NS_ATT = "广州南沙新区（自贸片区）促进跨境贸易高质量发展若干措施"
NS_ARTS = [
    ("第一条", "为深入贯彻落实《广州南沙深化面向世界的粤港澳全面合作总体方案》，高质量共建“一带一路”，加快建设国际航运枢纽和跨境贸易高地，结合南沙实际，制定本措施。"),
    ("第二条", "本措施适用于工商注册、税务登记和统计关系均在广州市南沙区，具有独立法人资格的企业。本措施所称进出口额以海关统计数据为准。"),
    ("第三条", "支持外贸主体做大做强。对年度进出口额首次达到下列标准的企业，给予一次性奖励（同一企业按最高档次奖励，差额补足）："),
    ("第四条", "支持南沙港区航线拓展。对在南沙港区四期自动化码头新开通至共建“一带一路”国家港口的国际集装箱班轮航线，连续运营满6个月的，每条航线给予航运企业一次性奖励200万元。"),
    ("第五条", "支持南沙综合保税区发展新业态。对在南沙综合保税区内开展保税维修、保税研发、融资租赁等业务的企业，按年度业务收入的2%给予奖励，单个企业每年最高不超过500万元。"),
    ("第六条", "支持龙穴岛港航物流发展。对在龙穴岛范围内新建冷链查验、冷链仓储设施的企业，按设备投资额的15%给予补助，单个项目最高不超过1000万元。"),
    ("第七条", "支持跨境电商集聚发展。对在万顷沙镇、横沥镇跨境电商产业集聚区租用办公及仓储用房的跨境电商企业，前三年按实际租金的50%给予补贴，单个企业每年最高不超过100万元。"),
    ("第八条", "支持海铁联运发展。对经南沙港铁路开展海铁联运业务的货主或货代企业，按每标准箱200元给予补贴，单个企业每年最高不超过300万元。"),
    ("第九条", "支持国际贸易服务平台建设。支持在明珠湾起步区建设粤港澳大湾区国际贸易服务中心，对入驻的贸易结算、国际商事仲裁等专业服务机构，给予最高200万元的开办补助。"),
    ("第十条", "支持企业开拓国际市场。对企业参加区商务局组织的境外展会，按展位费的80%给予补贴；在共建“一带一路”国家举办的展会，按展位费全额给予补贴，单个企业每年最高不超过50万元。"),
    ("第十一条", "支持庆盛枢纽区块建设港澳跨境贸易服务平台。对在庆盛枢纽区块新设立的港澳资跨境贸易企业，年度进出口额达到5000万元的，给予一次性奖励50万元。"),
    ("第十二条", "优化通关服务。南沙海关在南沙港区、南沙综合保税区推行“两段准入”“提前申报”等便利措施，区商务局会同南沙海关建立重点企业服务清单，每季度召开一次通关服务协调会。"),
    ("第十三条", "本措施奖补资金由区财政统筹安排。企业同一项目符合本措施和本区其他同类政策的，按照“就高、不重复”原则执行。有下列情形之一的，不予支持："),
    ("第十四条", "本措施由区商务局负责解释，自2024年8月1日起施行，有效期5年。"),
]
NS_TABLE = [("档次", "年度进出口额", "奖励金额"),
            ("第一档", "10亿元（含）至50亿元", "100万元"),
            ("第二档", "50亿元（含）至100亿元", "300万元"),
            ("第三档", "100亿元（含）以上", "500万元")]
NS_ITEMS13 = ["（一）申报材料弄虚作假的；", "（二）近三年内存在海关、税务严重失信行为的；", "（三）发生重大安全生产、生态环境事故的。"]


def ns_content_html():
    """the CMS body (what v-html puts in), used for desktop, and (re-marked) for mobile + the state JSON"""
    out = [f'<p style="text-align: justify;">{NS_TO}</p>',
           f'<p style="text-indent: 2em; text-align: justify;">{NS_NOTICE}</p>',
           '<p style="text-align: right;">广州市南沙区人民政府办公室</p>',
           '<p style="text-align: right;">2024年7月8日</p>',
           '<p style="text-indent: 2em;">（此件公开发布）</p>',
           '<p><br></p>',
           f'<p style="text-align: center;"><strong><span style="font-size: 20px;">{NS_ATT}</span></strong></p>']
    for num, text in NS_ARTS:
        out.append(f'<p style="text-indent: 2em; text-align: justify;"><strong>{num}</strong>　{text}</p>')
        if num == "第三条":
            rows = []
            for i, r in enumerate(NS_TABLE):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f'<{tag} style="border: 1px solid #000; text-align: center;">{c}</{tag}>' for c in r) + "</tr>")
            out.append('<table border="1" cellspacing="0" cellpadding="0" style="border-collapse: collapse; width: 90%; margin: 0 auto;"><tbody>' + "".join(rows) + "</tbody></table>")
        if num == "第十三条":
            for it in NS_ITEMS13:
                out.append(f'<p style="text-indent: 2em; text-align: justify;">{it}</p>')
    return "\n".join(out)


def ns_mobile_html():
    out = [f'<div class="m-p">{NS_TO}</div>', f'<div class="m-p">{NS_NOTICE}</div>',
           '<div class="m-p m-r">广州市南沙区人民政府办公室<br>2024年7月8日</div>',
           '<div class="m-p">（此件公开发布）</div>', f'<div class="m-p m-c"><b>{NS_ATT}</b></div>']
    for num, text in NS_ARTS:
        out.append(f'<div class="m-p"><b>{num}</b>　{text}</div>')
        if num == "第三条":
            for r in NS_TABLE[1:]:
                out.append(f'<div class="m-p m-tr">{r[0]}：年度进出口额{r[1]}，奖励{r[2]}</div>')
        if num == "第十三条":
            for it in NS_ITEMS13:
                out.append(f'<div class="m-p">{it}</div>')
    return "\n".join(out)


def ns_page():
    content = ns_content_html()
    state = {"detail": {"id": 8841207, "title": NS_TITLE, "docNo": NS_NUM, "publisher": "广州市南沙区人民政府办公室",
                        "writtenDate": "2024-07-08", "pubDate": "2024-07-12 10:32:15", "validity": "有效", "content": content,
                        "attachments": []}, "route": {"path": "/zwgk/zcwj/qzfwj/content/post_8841207.html"}}
    state_js = json.dumps(state, ensure_ascii=False).replace("</", "<\\/")
    return f'''<!DOCTYPE html>
<!-- saved from url=(0067)https://www.gzns.gov.cn/zwgk/zcwj/qzfwj/content/post_8841207.html -->
<html lang="zh-CN" class="css-vars-ready"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<meta name="SiteName" content="广州市南沙区人民政府网站">
<meta name="SiteDomain" content="www.gzns.gov.cn">
<meta name="SiteIDCode" content="4401150015">
<meta name="ColumnName" content="区政府办文件">
<meta name="ArticleTitle" content="{NS_TITLE}">
<meta name="PubDate" content="2024-07-12 10:32">
<meta name="ContentSource" content="广州市南沙区人民政府办公室">
<title>{NS_TITLE} - 广州市南沙区人民政府网站</title>
<link rel="icon" href="https://www.gzns.gov.cn/favicon.ico">
<script type="module" crossorigin="" src="./blind190_vue_files/index-8f3c2a1e.js"></script>
<link rel="modulepreload" crossorigin="" href="./blind190_vue_files/vendor-vue-4b1d9e07.js">
<link rel="stylesheet" href="./blind190_vue_files/index-d41a7c55.css">
<style type="text/css" data-vite-dev-id="detail">
.detail-wrap[data-v-3c1f0d2a]{{max-width:1200px;margin:0 auto}}.css-k8d2fa[data-v-3c1f0d2a]{{display:flex}}.m-detail_1xYz[data-v-5e9a7b11]{{font-size:16px}}
@media (max-width:768px){{.pc-only[data-v-7ba5bd90]{{display:none!important}}}}
</style>
</head>
<body class="theme-blue">
<noscript><strong>本网站需要启用JavaScript才能正常浏览，请开启浏览器的JavaScript功能。</strong></noscript>
<div id="app" data-v-app=""><div class="layout_wrap__2aXcd" data-v-7ba5bd90=""><!--[--><header class="css-1q2w3e4 pc-only" data-v-7ba5bd90=""><div class="css-1n4ckq2" data-v-7ba5bd90=""><div class="topbar_inner__Zk1d" data-v-7ba5bd90=""><span data-v-7ba5bd90="">欢迎访问广州市南沙区人民政府网站</span><div class="css-9xk2a1" data-v-7ba5bd90=""><a href="https://www.gzns.gov.cn/wza/" data-v-7ba5bd90="">无障碍浏览</a><a href="javascript:;" data-v-7ba5bd90="">关怀版</a><a href="https://www.gzns.gov.cn/en/" data-v-7ba5bd90="">English</a></div></div></div>
<div class="css-b3c9r0" data-v-7ba5bd90=""><div class="css-ml2v0q" data-v-7ba5bd90=""><a href="https://www.gzns.gov.cn/" class="logo_box__p2D7x" data-v-7ba5bd90=""><img src="./blind190_vue_files/logo-ns.png" alt="广州市南沙区人民政府" data-v-7ba5bd90=""></a><div class="css-s3a8c1" data-v-7ba5bd90=""><div class="el-input el-input--large el-input-group el-input-group--append" data-v-7ba5bd90=""><div class="el-input__wrapper"><input class="el-input__inner" type="text" autocomplete="off" placeholder="请输入搜索关键词"></div><div class="el-input-group__append"><button class="el-button" type="button"><span>搜索</span></button></div></div></div></div></div>
<nav class="css-h7y6t5" data-v-7ba5bd90=""><ul class="nav_list__3Qe1f" data-v-7ba5bd90=""><!--[--><li class="nav_item__t1Y9a" data-v-7ba5bd90=""><a href="https://www.gzns.gov.cn/" data-v-7ba5bd90="">首页</a></li><li class="nav_item__t1Y9a" data-v-7ba5bd90=""><a href="https://www.gzns.gov.cn/zjns/" data-v-7ba5bd90="">走进南沙</a></li><li class="nav_item__t1Y9a is-active" data-v-7ba5bd90=""><a href="https://www.gzns.gov.cn/zwgk/" data-v-7ba5bd90="">政务公开</a></li><li class="nav_item__t1Y9a" data-v-7ba5bd90=""><a href="https://www.gzns.gov.cn/zwfw/" data-v-7ba5bd90="">政务服务</a></li><li class="nav_item__t1Y9a" data-v-7ba5bd90=""><a href="https://www.gzns.gov.cn/hdjl/" data-v-7ba5bd90="">互动交流</a></li><li class="nav_item__t1Y9a" data-v-7ba5bd90=""><a href="https://www.gzns.gov.cn/tzns/" data-v-7ba5bd90="">投资南沙</a></li><!--]--></ul></nav></header>
<main class="css-k8d2fa detail-wrap" data-v-3c1f0d2a=""><div class="css-0" data-v-3c1f0d2a=""><div class="el-breadcrumb css-x1r8qp pc-only" aria-label="Breadcrumb" role="navigation" data-v-3c1f0d2a=""><span class="el-breadcrumb__item"><span class="el-breadcrumb__inner is-link" role="link">首页</span><span class="el-breadcrumb__separator" role="presentation">/</span></span><span class="el-breadcrumb__item"><span class="el-breadcrumb__inner is-link" role="link">政务公开</span><span class="el-breadcrumb__separator" role="presentation">/</span></span><span class="el-breadcrumb__item"><span class="el-breadcrumb__inner is-link" role="link">政策文件</span><span class="el-breadcrumb__separator" role="presentation">/</span></span><span class="el-breadcrumb__item" aria-current="page"><span class="el-breadcrumb__inner" role="link">区政府办文件</span><span class="el-breadcrumb__separator" role="presentation">/</span></span></div>
<div class="css-p0w9zz" data-v-3c1f0d2a=""><div class="xxgk-info_2Hc9k" data-v-a81e44f0=""><!--[--><div class="css-r1c0" data-v-a81e44f0=""><div class="css-lbl" data-v-a81e44f0="">索引号：</div><div class="css-val" data-v-a81e44f0="">007482911/2024-00213</div></div><div class="css-r1c0" data-v-a81e44f0=""><div class="css-lbl" data-v-a81e44f0="">分类：</div><div class="css-val" data-v-a81e44f0="">商贸、海关、旅游</div></div><div class="css-r1c0" data-v-a81e44f0=""><div class="css-lbl" data-v-a81e44f0="">发文机关：</div><div class="css-val" data-v-a81e44f0="">广州市南沙区人民政府办公室</div></div><div class="css-r1c0" data-v-a81e44f0=""><div class="css-lbl" data-v-a81e44f0="">成文日期：</div><div class="css-val" data-v-a81e44f0="">2024-07-08</div></div><div class="css-r1c0 css-full" data-v-a81e44f0=""><div class="css-lbl" data-v-a81e44f0="">标题：</div><div class="css-val" data-v-a81e44f0="">{NS_TITLE}</div></div><div class="css-r1c0" data-v-a81e44f0=""><div class="css-lbl" data-v-a81e44f0="">文号：</div><div class="css-val" data-v-a81e44f0="">{NS_NUM}</div></div><div class="css-r1c0" data-v-a81e44f0=""><div class="css-lbl" data-v-a81e44f0="">发布日期：</div><div class="css-val" data-v-a81e44f0="">2024-07-12</div></div><div class="css-r1c0" data-v-a81e44f0=""><div class="css-lbl" data-v-a81e44f0="">有效性：</div><div class="css-val" data-v-a81e44f0=""><span class="el-tag el-tag--success el-tag--light"><span class="el-tag__content">有效</span></span></div></div><!--]--></div>
<article class="css-art9q1 pc-only" data-v-3c1f0d2a=""><h1 class="detail-title_3kPqZ" data-v-3c1f0d2a="">{NS_TITLE}</h1><div class="css-meta7" data-v-3c1f0d2a=""><span data-v-3c1f0d2a="">发布时间：2024-07-12 10:32</span><span data-v-3c1f0d2a="">来源：广州市南沙区人民政府办公室</span><span class="css-font" data-v-3c1f0d2a="">字号：<a data-v-3c1f0d2a="">大</a><a class="on" data-v-3c1f0d2a="">中</a><a data-v-3c1f0d2a="">小</a></span><!--v-if--></div>
<div class="article-content css-zx8b2c" data-v-3c1f0d2a=""><div class="TRS_UEDITOR trs_paper_default">{content}</div></div>
<!--v-if--><div class="css-tools4" data-v-3c1f0d2a=""><div class="share_box__Pq3s" data-v-e6c1a2b9=""><span data-v-e6c1a2b9="">分享：</span><a class="icon-wechat" title="分享到微信" data-v-e6c1a2b9=""></a><a class="icon-weibo" title="分享到微博" data-v-e6c1a2b9=""></a><a class="icon-qq" title="分享到QQ" data-v-e6c1a2b9=""></a></div><div class="css-pc8" data-v-3c1f0d2a=""><a href="javascript:;" data-v-3c1f0d2a="">【打印】</a><a href="javascript:;" data-v-3c1f0d2a="">【关闭】</a></div></div></article>
<div class="m-detail_1xYz" style="display: none;" data-v-5e9a7b11=""><div class="m-title" data-v-5e9a7b11="">{NS_TITLE}</div><div class="m-sub" data-v-5e9a7b11="">{NS_NUM}　2024-07-12</div><div class="m-body" data-v-5e9a7b11="">{ns_mobile_html()}</div></div>
<div class="el-overlay" style="z-index: 2003; display: none;"><div class="el-overlay-dialog"><div class="el-dialog" role="dialog" aria-modal="true" aria-label="扫一扫在手机打开当前页"><div class="el-dialog__body"><img src="./blind190_vue_files/qrcode.png" alt=""><p>扫一扫在手机打开当前页</p></div></div></div></div>
<section class="css-rel0" data-v-2f7c9e3d=""><div class="css-rel-h" data-v-2f7c9e3d="">相关链接</div><ul data-v-2f7c9e3d=""><!--[--><li data-v-2f7c9e3d=""><a href="https://www.gzns.gov.cn/zwgk/zcjd/content/post_8841310.html" data-v-2f7c9e3d="">【图解】一图读懂南沙促进跨境贸易高质量发展若干措施</a></li><li data-v-2f7c9e3d=""><a href="https://www.gzns.gov.cn/zwgk/zcwj/qzfwj/content/post_8790021.html" data-v-2f7c9e3d="">广州市南沙区人民政府办公室关于印发南沙区促进港航物流业高质量发展若干措施的通知</a></li><!--]--></ul></section>
</div></div></main>
<footer class="css-f00t3r pc-only" data-v-7ba5bd90=""><div class="css-ft-in" data-v-7ba5bd90=""><p data-v-7ba5bd90=""><a data-v-7ba5bd90="">网站地图</a> | <a data-v-7ba5bd90="">联系我们</a> | <a data-v-7ba5bd90="">隐私声明</a></p><p data-v-7ba5bd90="">主办单位：广州市南沙区人民政府办公室　承办单位：广州市南沙区政务服务数据管理局</p><p data-v-7ba5bd90=""><a href="https://beian.miit.gov.cn/" target="_blank" data-v-7ba5bd90="">粤ICP备05062451号</a>　<img src="./blind190_vue_files/beian.png" alt="" data-v-7ba5bd90="">粤公网安备 44011502000123号　网站标识码：4401150015</p></div></footer><!--]--></div></div>
<script>window.__INITIAL_STATE__={state_js};</script>
<div class="el-popper is-dark" style="z-index: 2001; position: absolute; inset: 0px auto auto 0px; display: none;" role="tooltip"><span>返回顶部</span></div>
</body></html>'''


def ns_assets():
    return {
        "index-8f3c2a1e.js": "import{c as e,a as t}from\"./vendor-vue-4b1d9e07.js\";const o=e({setup(){return{}}});o.mount(\"#app\");\n",
        "vendor-vue-4b1d9e07.js": "/**\n* @vue/runtime-dom v3.4.21\n* (c) 2018-present Yuxi (Evan) You and Vue contributors\n* @license MIT\n**/\nexport const c=()=>({mount(){}}),a=1;\n",
        "index-d41a7c55.css": ":root{--el-color-primary:#1d5bab}.pc-only{display:block}.css-k8d2fa{padding:20px 0}.article-content p{font-size:16px;line-height:2;margin:0 0 8px}\n",
        "logo-ns.png": PNG, "qrcode.png": PNG, "beian.png": PNG,
    }


# ================================================================ (d) 川南临港片区 管委会 page, WPS table layout, gb2312/gbk
PQ_ORG = "中国（四川）自由贸易试验区川南临港片区管理委员会"
PQ_TITLE = "中国（四川）自由贸易试验区川南临港片区管理委员会关于印发《川南临港片区支持综合保税区和港口物流高质量发展若干措施》的通知"
PQ_TITLE_LINES = ["中国（四川）自由贸易试验区川南临港片区管理委员会", "关于印发《川南临港片区支持综合保税区和港口物流", "高质量发展若干措施》的通知"]
PQ_NUM = "泸自贸管发〔2024〕11号"
PQ_TO = "管委会各部门（局），各驻区单位，有关企业："
PQ_NOTICE = "现将《川南临港片区支持综合保税区和港口物流高质量发展若干措施》印发给你们，请结合实际认真贯彻落实。"
PQ_ATTS = ["川南临港片区支持综合保税区和港口物流高质量发展若干措施", "川南临港片区港口物流发展专项资金申报表"]
PQ_INTRO = "为贯彻落实《中国（四川）自由贸易试验区提升战略行动方案》，加快建设川南临港片区长江上游港口型国家物流枢纽，推动泸州综合保税区提质增效，深度融入西部陆海新通道和“一带一路”建设，结合片区实际，制定本措施。"
PQ_SECTIONS = [
    ("一、支持综合保税区提质增效", [
        ("（一）支持加工贸易扩量。", "对在泸州综合保税区内新设立的加工贸易企业，年度进出口额首次突破1亿元的，给予一次性奖励50万元；突破5亿元的，给予一次性奖励150万元。"),
        ("（二）支持保税物流发展。", "对在泸州综合保税区开展保税仓储、国际分拨业务的企业，按年度实际使用仓储面积给予每平方米30元的租金补贴，单个企业每年最高不超过100万元。"),
        ("（三）支持新业态落地。", "对在泸州综合保税区首单开展保税维修、跨境电商网购保税进口（1210）、期货保税交割业务的企业，分别给予一次性奖励30万元。"),
    ]),
    ("二、支持港口物流枢纽建设", [
        ("（一）支持航线班列开行。", "对经泸州港多用途码头开行至上海港、宁波舟山港的江海联运外贸集装箱航线，按每标准箱150元给予补贴；对经泸州港开行西部陆海新通道铁海联运班列至广西北部湾港的，按每标准箱300元给予补贴。"),
        ("（二）支持物流企业集聚。", "对新入驻泸州临港产业物流园区（龙马潭区）的国家5A级物流企业，给予一次性落户奖励100万元；4A级物流企业给予一次性落户奖励50万元。"),
        ("（三）支持航空物流发展。", "对经泸州云龙机场（泸县）开展国际货运代理业务的企业，按货运量给予每吨500元补贴，单个企业每年最高不超过80万元。"),
    ]),
    ("三、支持开放平台协同联动", [
        ("（一）推动“多区联动”。", "推动片区与泸州综合保税区、泸州港保税物流中心（B型）联动发展，在江阳区、纳溪区设立的协同改革先行区内注册的企业，可以参照适用本措施第一部分、第二部分规定。"),
        ("（二）支持企业拓展共建“一带一路”市场。", "对片区企业在共建“一带一路”国家设立境外分支机构、营销网络的，按实际投资额的10%给予补助，单个企业最高不超过100万元。"),
    ]),
    ("四、附则", [
        ("（一）", "本措施由片区管委会经济发展局负责解释（联系人：张喆，联系电话：0830-3196128）。同一企业同一项目符合多项支持政策的，按“就高不重复”原则执行。"),
        ("（二）", "本措施自2024年10月1日起施行，有效期3年。"),
    ]),
]


def _wps_runs(text, east="仿宋_GB2312"):
    """split text as WPS does: digits / latin in lang=EN-US runs"""
    import re
    out = []
    for part in re.split(r"([0-9A-Za-z.%]+)", text):
        if not part:
            continue
        if re.fullmatch(r"[0-9A-Za-z.%]+", part):
            out.append(f"<span lang=EN-US style='font-size:16.0pt;font-family:\"Times New Roman\",serif;mso-fareast-font-family:{east}'>{part}</span>")
        else:
            out.append(f"<span style='font-size:16.0pt;font-family:{east};mso-hansi-font-family:\"Times New Roman\"'>{part}</span>")
    return "".join(out)


def _mp(inner, indent=True, align=None):
    st = "line-height:28.0pt;mso-line-height-rule:exactly"
    if indent:
        st = "text-indent:32.0pt;mso-char-indent-count:2.0;" + st
    al = f" align={align}" if align else ""
    if align == "center":
        st = "text-align:center;" + st
    if align == "right":
        st = "text-align:right;" + st
    return f"<p class=MsoNormal{al} style='{st}'>{inner}<span lang=EN-US style='font-size:16.0pt'><o:p></o:p></span></p>"


def pq_table():
    rows = []
    # row 1: 文号, title, 主送, body
    c1 = [
        _mp(_wps_runs(PQ_NUM), indent=False, align="center"),
        _mp("<span lang=EN-US style='font-size:16.0pt'>&nbsp;</span>", indent=False),
        "<p class=MsoNormal align=center style='text-align:center;line-height:35.0pt;mso-line-height-rule:exactly'>"
        + "<br>".join(f"<span style='font-size:22.0pt;font-family:方正小标宋简体'>{ln}</span>" for ln in PQ_TITLE_LINES)
        + "<span lang=EN-US style='font-size:22.0pt'><o:p></o:p></span></p>",
        _mp("<span lang=EN-US style='font-size:16.0pt'>&nbsp;</span>", indent=False),
        _mp(_wps_runs(PQ_TO), indent=False),
        _mp(_wps_runs(PQ_NOTICE)),
        _mp("<span lang=EN-US style='font-size:16.0pt'>&nbsp;</span>", indent=False),
    ]
    rows.append("<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'><td width=568 colspan=2 valign=top style='width:426.1pt;padding:0cm 5.4pt 0cm 5.4pt'>" + "\n".join(c1) + "</td></tr>")
    # row 2: 附件说明 as two cells
    left = _mp(_wps_runs("附件："), indent=False, align="right")
    right = _mp(_wps_runs("1." + PQ_ATTS[0]), indent=False) + "\n" + _mp(_wps_runs("2." + PQ_ATTS[1]), indent=False)
    rows.append("<tr style='mso-yfti-irow:1'><td width=112 valign=top style='width:84.0pt;padding:0cm 5.4pt 0cm 5.4pt'>" + left + "</td><td width=456 valign=top style='width:342.1pt;padding:0cm 5.4pt 0cm 5.4pt'>" + right + "</td></tr>")
    # row 3: 落款 right-aligned with &nbsp; padding
    nb = "&nbsp;" * 8
    c3 = [
        _mp("<span lang=EN-US style='font-size:16.0pt'>&nbsp;</span>", indent=False),
        _mp(_wps_runs(PQ_ORG) + f"<span lang=EN-US style='font-size:16.0pt'>{nb}</span>", indent=False, align="right"),
        _mp(_wps_runs("2024年9月3日") + f"<span lang=EN-US style='font-size:16.0pt'>{nb}{nb}</span>", indent=False, align="right"),
        _mp(_wps_runs("（此件公开发布）")),
    ]
    rows.append("<tr style='mso-yfti-irow:2'><td width=568 colspan=2 valign=top style='width:426.1pt;padding:0cm 5.4pt 0cm 5.4pt'>" + "\n".join(c3) + "</td></tr>")
    # row 4: 附件1 text
    c4 = [
        "<p class=MsoNormal style='line-height:28.0pt;mso-line-height-rule:exactly;page-break-before:always'><span style='font-size:16.0pt;font-family:黑体'>附件</span><span lang=EN-US style='font-size:16.0pt;font-family:\"Times New Roman\",serif;mso-fareast-font-family:黑体'>1</span><span lang=EN-US style='font-size:16.0pt'><o:p></o:p></span></p>",
        _mp("<span lang=EN-US style='font-size:16.0pt'>&nbsp;</span>", indent=False),
        "<p class=MsoNormal align=center style='text-align:center;line-height:35.0pt;mso-line-height-rule:exactly'><span style='font-size:22.0pt;font-family:方正小标宋简体'>川南临港片区支持综合保税区和港口物流</span><span lang=EN-US style='font-size:22.0pt;font-family:方正小标宋简体'><br></span><span style='font-size:22.0pt;font-family:方正小标宋简体'>高质量发展若干措施</span><span lang=EN-US style='font-size:22.0pt'><o:p></o:p></span></p>",
        _mp("<span lang=EN-US style='font-size:16.0pt'>&nbsp;</span>", indent=False),
        _mp(_wps_runs(PQ_INTRO)),
    ]
    for head, items in PQ_SECTIONS:
        c4.append(_mp(_wps_runs(head, "黑体")))
        for h, t in items:
            if h.startswith("（") and len(h) > 3:
                c4.append(_mp(_wps_runs(h, "楷体_GB2312") + _wps_runs(t)))
            else:
                c4.append(_mp(_wps_runs(h + t)))
    rows.append("<tr style='mso-yfti-irow:3;mso-yfti-lastrow:yes'><td width=568 colspan=2 valign=top style='width:426.1pt;padding:0cm 5.4pt 0cm 5.4pt'>" + "\n".join(c4) + "</td></tr>")
    return ("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=568 style='width:426.1pt;border-collapse:collapse;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n"
            + "\n".join(rows) + "\n</table>")


def pq_page():
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=(0058)http://zmq.luzhou.gov.cn/xxgk/tzgg/202409/t20240906_53127.html -->
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">

<meta name="SiteName" content="中国（四川）自由贸易试验区川南临港片区">
<meta name="SiteDomain" content="zmq.luzhou.gov.cn">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="{PQ_TITLE}">
<meta name="PubDate" content="2024-09-06 15:47">
<meta name="ContentSource" content="片区管委会办公室">
<title>{PQ_TITLE}</title>
<link href="./blind190_pianqu_files/style.css" rel="stylesheet" type="text/css">
<link href="./blind190_pianqu_files/xxgk.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="./blind190_pianqu_files/jquery.min.js"></script>
<script type="text/javascript" src="./blind190_pianqu_files/jquery.SuperSlide.2.1.1.js"></script>
</head>
<body>
<div class="header"><div class="head_top"><div class="wrap"><span>今天是：<script type="text/javascript">document.write(new Date().toLocaleDateString())</script>2024/9/9</span><div class="fr"><a href="http://www.luzhou.gov.cn/" target="_blank">泸州市人民政府</a> | <a href="http://www.scftz.gov.cn/" target="_blank">四川自贸试验区</a></div></div></div>
<div class="banner"><div class="wrap"><img src="./blind190_pianqu_files/banner_logo.png" alt="中国（四川）自由贸易试验区川南临港片区"><div class="search"><input type="text" id="searchword" value="站内搜索"><a href="javascript:search()"><img src="./blind190_pianqu_files/ss.gif"></a></div></div></div>
<div class="nav"><div class="wrap"><ul>
<li><a href="http://zmq.luzhou.gov.cn/">首页</a></li>
<li><a href="http://zmq.luzhou.gov.cn/pqgk/">片区概况</a></li>
<li><a href="http://zmq.luzhou.gov.cn/zcfg/">政策法规</a></li>
<li class="cur"><a href="http://zmq.luzhou.gov.cn/xxgk/">信息公开</a></li>
<li><a href="http://zmq.luzhou.gov.cn/zdcx/">制度创新</a></li>
<li><a href="http://zmq.luzhou.gov.cn/tzcj/">投资促进</a></li>
<li><a href="http://zmq.luzhou.gov.cn/zwfw/">政务服务</a></li>
</ul></div></div></div>
<div class="wrap main">
<div class="position">当前位置：<a href="http://zmq.luzhou.gov.cn/" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="http://zmq.luzhou.gov.cn/xxgk/" title="信息公开" class="CurrChnlCls">信息公开</a>&nbsp;&gt;&nbsp;<a href="http://zmq.luzhou.gov.cn/xxgk/tzgg/" title="通知公告" class="CurrChnlCls">通知公告</a></div>
<div class="xxgk_info">
<ul>
<li><b>索引号：</b>11510500MB1A71234X/2024-00158</li>
<li><b>发文机关：</b>川南临港片区管委会</li>
<li><b>成文日期：</b>2024年09月03日</li>
<li><b>发布日期：</b>2024年09月06日</li>
<li class="long"><b>名　称：</b>{PQ_TITLE}</li>
<li><b>文　号：</b>{PQ_NUM}</li>
<li><b>有效性：</b>有效</li>
</ul>
</div>
<div class="article">
<h1 class="art_title">{PQ_TITLE}</h1>
<div class="art_info">发布时间：2024-09-06 15:47　　来源：片区管委会办公室　　【字号：<a href="javascript:fontZoom(18)">大</a> <a href="javascript:fontZoom(16)">中</a> <a href="javascript:fontZoom(14)">小</a>】</div>
<div class="art_con" id="zoom"><div class="TRS_Editor"><div class=WordSection1 style='layout-grid:15.6pt'>
{pq_table()}
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
</div></div></div>
<div class="fujian">
<p class="fj_t">附件下载：</p>
<ul>
<li><img src="./blind190_pianqu_files/icon_doc.gif"><a href="http://zmq.luzhou.gov.cn/xxgk/tzgg/202409/P020240906584312207815.docx" oldsrc="W020240906584312207815.docx">附件1：川南临港片区支持综合保税区和港口物流高质量发展若干措施.docx</a></li>
<li><img src="./blind190_pianqu_files/icon_xls.gif"><a href="http://zmq.luzhou.gov.cn/xxgk/tzgg/202409/P020240906584312951163.xlsx" oldsrc="W020240906584312951163.xlsx">附件2：川南临港片区港口物流发展专项资金申报表.xlsx</a></li>
<li><img src="./blind190_pianqu_files/icon_pdf.gif"><a href="http://zmq.luzhou.gov.cn/xxgk/tzgg/202409/P020240906585101384420.pdf" oldsrc="W020240906585101384420.pdf">一图读懂川南临港片区支持综合保税区和港口物流高质量发展若干措施.pdf</a></li>
</ul>
</div>
<div class="art_tool"><div class="bdsharebuttonbox fl"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>
<div class="fr"><a href="javascript:window.print()">打印本页</a> | <a href="javascript:window.close()">关闭窗口</a></div></div>
<div class="xgxx"><h3>相关信息</h3><ul>
<li><a href="http://zmq.luzhou.gov.cn/xxgk/tzgg/202408/t20240819_52877.html">关于组织申报2024年度川南临港片区外贸发展专项资金的通知</a><span>2024-08-19</span></li>
<li><a href="http://zmq.luzhou.gov.cn/xxgk/tzgg/202407/t20240725_52601.html">川南临港片区2024年上半年制度创新成果发布</a><span>2024-07-25</span></li>
</ul></div>
</div>
</div>
<div class="footer"><div class="wrap">
<p><a href="http://zmq.luzhou.gov.cn/wzdt/">网站地图</a> | <a href="http://zmq.luzhou.gov.cn/lxwm/">联系我们</a></p>
<p>主办：中国（四川）自由贸易试验区川南临港片区管理委员会　地址：四川省泸州市龙马潭区蜀泸大道三段</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">蜀ICP备19031542号-1</a>　<img src="./blind190_pianqu_files/gongan.png">川公网安备 51050402000087号　网站标识码：5105000041</p>
<p><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0F2C37C8A1D14D5FE053022819AC4F61" target="_blank"><img id="imgConac" src="./blind190_pianqu_files/red.png" border="0"></a></span></p>
</div></div>
<script type="text/javascript">window._bd_share_config={{"common":{{"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"16"}},"share":{{}}}};</script>
</body></html>'''


def pq_assets():
    return {
        "style.css": "body{margin:0;font:12px/1.6 \"宋体\"}.wrap{width:1100px;margin:0 auto}.nav{background:#004a9f}.nav li{float:left;width:157px;text-align:center}.footer{clear:both;background:#004a9f;color:#fff;text-align:center;padding:18px 0}\n",
        "xxgk.css": ".xxgk_info{border:1px solid #d5e2f3;background:#f7fafd;padding:10px}.xxgk_info li{float:left;width:50%;line-height:28px}.xxgk_info li.long{width:100%}.art_title{text-align:center;font-size:22px;color:#004a9f}.fujian li{line-height:26px}\n",
        "jquery.min.js": "/*! jQuery v1.8.3 jquery.com | jquery.org/license */\n(function(e,t){})(window);\n",
        "jquery.SuperSlide.2.1.1.js": "/*! SuperSlide v2.1.1 */\n(function($){$.fn.slide=function(){return this}})(jQuery);\n",
        "banner_logo.png": PNG, "ss.gif": GIF, "gongan.png": PNG, "red.png": PNG,
        "icon_doc.gif": GIF, "icon_xls.gif": GIF, "icon_pdf.gif": GIF,
    }


# ================================================================ expected.json
def expected():
    out = {}
    gz_b_clauses = [GZ_B_NOTICE, GZ_B_INTRO] + [h + t for h, t in GZ_B_ITEMS]
    out["blind190_gazette"] = [
        {
            "meta": {
                "title": GZ_A_TITLE, "doc_number": GZ_A_NUM, "issuer": ["云南省人民政府"],
                "date": "2024-06-14", "published": "2024-08-30", "level": "provincial", "region": "云南省",
                "effective": None, "expires": None, "attachments": [], "doc_type": "批复",
                "recipients": ["红河州人民政府", "省商务厅"], "publicity": "此件公开发布",
                "replies_to": "关于申请设立中国（云南）自由贸易试验区红河片区蒙自联动创新区的请示（红政请〔2024〕19号）",
            },
            "clauses": [GZ_A_OPEN] + GZ_A_ITEMS,
            "applies_to": {
                "default": "云南省红河哈尼族彝族自治州蒙自市（蒙自联动创新区）",
                "specific": {
                    "一、": "蒙自经济技术开发区雨过铺片区；红河综合保税区周边区域（蒙自市）",
                    "三、": "红河片区（权限来源）/ 红河综合保税区 → 联动创新区",
                    "四、": "红河州；蒙自市",
                },
                "note": "A provincial 批复 about one place: default place 蒙自市/联动创新区 (云南省 alone is too broad, low). 东盟 / 中越 do not place a clause abroad. 五、六、 are about the 联动创新区 generally.",
            },
            "_note": "FIRST of two documents on one gazette issue page. The page's own title (<title>, meta ArticleTitle, info box 标题 = 云南省人民政府公报2024年第16期), the info box 发文机关 云南省人民政府办公厅 (the gazette's publisher) and 发布日期 2024-08-30 describe the ISSUE, not this document: issuer = 云南省人民政府 (落款), date = 2024-06-14 (落款); published = 2024-08-30 (the page/issue date; null tolerable low). The 目录 (two <a> links with the titles + 文号 + dotted leaders + page numbers) is furniture — must not yield documents, titles or clauses. Title in <h2> with a <br> (…中国（云南）| 自由贸易试验区…) joined without space. 文号 on its own centred line under the title. 主送 红河州人民政府，省商务厅. Clauses: the 收悉 paragraph + 一、…六、 whole paragraphs. 此复。 closing formula (as a clause: low). 落款 + （此件公开发布） + 返回目录 link are furniture. The 请示 number 红政请〔2024〕19号 is not this document's. 2024-12-31 (四、) is a deadline.",
        },
        {
            "meta": {
                "title": GZ_B_TITLE, "doc_number": GZ_B_NUM, "issuer": ["云南省人民政府办公厅"],
                "date": "2024-06-20", "published": "2024-08-30", "level": "provincial", "region": "云南省",
                "effective": "2024-07-01", "expires": "2026-12-31", "attachments": [GZ_B_ATT], "doc_type": "通知",
                "recipients": ["各州、市人民政府", "省直各委、办、厅、局"], "publicity": "此件公开发布",
            },
            "clauses": gz_b_clauses,
            "applies_to": {
                "default": "云南省昆明市磨憨镇（磨憨国际口岸城市；西双版纳州勐腊县境内，由昆明市托管）",
                "specific": {
                    "二、": "磨憨口岸（磨憨—磨丁口岸，中方）",
                    "三、": "磨憨镇",
                    "四、": "磨憨—磨丁经济合作区中方区域",
                    "五、": "磨憨边民互市贸易区；勐腊县、磨憨镇",
                    "七、": "昆明市（住房保障）/ 磨憨",
                    "八、": "磨憨镇；西双版纳州、勐腊县（尚勇镇等周边区域）",
                },
                "note": "老挝 / 磨丁 / 南亚东南亚 / 中老铁路 are not places of application. The notice paragraph has the document's default (云南省 acceptable there).",
            },
            "_note": "SECOND document on the gazette page, after an <hr> and the section label 【省人民政府办公厅文件】 (furniture). Title in <h2> with a <br> inside the word 磨憨国际|口岸城市 — joined without space. 文号 line, 主送 (2 parts), ONE notice paragraph (clause), 落款 云南省人民政府办公厅 / 2024年6月20日, （此件公开发布）, an empty <p>&nbsp;</p>, then the 措施 printed WITHOUT an 附件 label and without an 附件说明 line (省级 印发通知 style): centred bold title (heading, not a clause) → attachments = [措施 title] as an analyst reads it (empty tolerable low). Intro paragraph + 一、…十、 with run-in <strong> headings (heading + text = one clause). 十、 gives effective 2024-07-01, expires 2026-12-31 (the reader must take them from the clause, not from the page). date 2024-06-20 (落款); published 2024-08-30 (issue). Must NOT be glued onto the first document, and the first document's clauses must not run into this one. Share links, 字体 大中小, 打印/关闭, 往期公报 list (with their own dates) and footer (滇ICP备05000431号) are furniture.",
        },
    ]
    jd_clauses = [JD_INTRO] + [q + "\n" + "\n".join(a) for q, a in JD_QA]
    out["blind190_jiedu"] = [{
        "meta": {
            "title": JD_TITLE, "doc_number": None, "issuer": ["厦门市商务局"],
            "date": "2024-05-28", "published": "2024-05-30", "level": "municipal", "region": "福建省厦门市",
            "effective": None, "expires": None, "attachments": [], "doc_type": "政策解读（问答）",
            "recipients": [], "publicity": None,
            "interprets": "厦门市进一步促进跨境电子商务高质量发展若干措施（厦商务规〔2024〕3号）",
        },
        "clauses": jd_clauses,
        "applies_to": {
            "default": "福建省厦门市",
            "specific": {
                "一、": "中国（福建）自由贸易试验区厦门片区 (named as a platform; 厦门市 fine)",
                "四、": "厦门象屿综合保税区、厦门海沧港综合保税区（第五条）；厦门海沧港综合保税区（第六条）",
                "六、": "翔安区、同安区、集美区（软件园三期）",
                "七、": "厦门高崎国际机场（湖里区）",
            },
            "note": "共建“一带一路”国家 / 东南亚 / 中东欧 / 中东 (五、七、) are where 海外仓 or flights go — not places of application.",
        },
        "_note": "GBK page (<meta http-equiv=Content-Type content=\"text/html; charset=gbk\">, bytes GBK), saved as 网页，仅HTML: relative links to ../../../images/… that were not saved. Old table layout (width=1000 tables, <font face>). The document is a 政策问答: no 文号 (the info box 文号 cell is EMPTY; 厦商务规〔2024〕3号 in the intro is the number of the policy interpreted — reading it as this page's doc_number is medium), issuer 厦门市商务局 (info box 发文机关; the policy itself is a joint document of 市商务局/厦门海关/市财政局 — those are not the issuers of the 问答), 成文日期 2024-05-28, 发布日期 2024-05-30. effective/expires null: the 2024-06-01 / 2026-12-31 in 二、 are the policy's (taking them for the 问答 is tolerable, low). Clauses: the intro paragraph + 8 Q&A: each question is a bold <p><strong>一、…？</strong></p> and its answer one or more <p> (答：…). Expected writes each Q&A as ONE clause: question + answer paragraphs (joined here with \\n). Question as heading with answer paragraph(s) as clause(s) under it is equally good (taste); losing the questions entirely is low. Trap: the answers QUOTE articles of the policy as separate paragraphs in 楷体 starting “第二条　… / “第五条　… / 第六条　… — these are quotations inside the answer and must stay in 三、/四、; making them top-level 第二条/第五条/第六条 clauses of this document (labels from the quoted policy) is medium; losing them is high. Furniture: header table (logo, 设为首页/加入收藏), nav, 当前位置 breadcrumb, info box, the red-less centred title row, 发布时间/来源/浏览次数/字号 line, （来源…责任编辑…）, 相关文件 link (the policy's own title — not this page's title), share/print, 相关信息 list, footer (闽ICP备05016658号).",
    }]
    ns_clauses = [NS_NOTICE]
    for num, text in NS_ARTS:
        ns_clauses.append(num + "　" + text)
        if num == "第三条":
            for r in NS_TABLE[1:]:
                ns_clauses.append("；".join(f"{h}：{v}" for h, v in zip(NS_TABLE[0], r)))
        if num == "第十三条":
            ns_clauses.extend(NS_ITEMS13)
    out["blind190_vue"] = [{
        "meta": {
            "title": NS_TITLE, "doc_number": NS_NUM, "issuer": ["广州市南沙区人民政府办公室"],
            "date": "2024-07-08", "published": "2024-07-12", "level": "county", "region": "广东省广州市南沙区",
            "effective": "2024-08-01", "expires": "2029-07-31", "attachments": [NS_ATT], "doc_type": "通知",
            "recipients": ["各镇人民政府、街道办事处", "区各有关单位"], "publicity": "此件公开发布",
        },
        "clauses": ns_clauses,
        "applies_to": {
            "default": "广东省广州市南沙区（广州南沙新区，中国（广东）自由贸易试验区南沙片区）",
            "specific": {
                "第四条": "南沙港区四期自动化码头",
                "第五条": "南沙综合保税区",
                "第六条": "龙穴岛",
                "第七条": "万顷沙镇、横沥镇",
                "第八条": "南沙港铁路",
                "第九条": "明珠湾起步区",
                "第十一条": "庆盛枢纽区块",
                "第十二条": "南沙港区、南沙综合保税区",
            },
            "note": "粤港澳 / 港澳 / 共建“一带一路”国家 / 境外 do not move a clause to 香港、澳门 or abroad.",
        },
        "_note": "Vue 3 page saved as 网页，全部 (rendered DOM serialised; saved-from comment; assets in blind190_vue_files/). Everything is nested <div>/<section>/<article> with data-v-xxxx attributes and generated class names (css-k8d2fa …), Vue fragment comments <!--[--> <!--]--> <!--v-if-->, Element-Plus breadcrumb built of <span>s (首页/政务公开/政策文件/区政府办文件 with '/' separators), and an info box of <div> label/value pairs (索引号, 分类, 发文机关, 成文日期, 标题, 文号, 发布日期, 有效性 as an el-tag). The desktop <article class=\"… pc-only\"> holds <h1> title + meta line + the CMS body (<p>s). A HIDDEN mobile copy <div class=\"m-detail_1xYz\" style=\"display: none;\"> repeats title, 文号 and the whole text in <div class=m-p> blocks (with the table flattened into sentences) — must not be read again (duplicate clauses = high); a hidden el-overlay dialog (扫一扫在手机打开当前页) and a hidden tooltip are furniture; <script>window.__INITIAL_STATE__=…</script> carries the content a third time as JSON (must be ignored). Body: 主送, ONE notice paragraph, 落款 (right-aligned <p>s) 广州市南沙区人民政府办公室 / 2024年7月8日, （此件公开发布）, <p><br></p>, the 措施 title centred bold (heading; no 附件 label, no 附件说明 → attachments [措施 title], [] tolerable low), 第一条…第十四条 with run-in <strong>第X条</strong> + full-width space (number + text = one clause). 第三条 is followed by a 4×3 HTML table (档次/年度进出口额/奖励金额, <th> header row): each data row one clause written 档次：…；年度进出口额：…；奖励金额：… (merged into 第三条 equally good); 第十三条 is followed by items （一）（二）（三） (separate clauses; merged into 第十三条 equally good; labelled top-level without 第十三条 is medium). 第十四条: 自2024年8月1日起施行，有效期5年 → effective 2024-08-01, expires 2029-07-31 (computed; 2029-08-01 tolerable low; null medium). date 2024-07-08, published 2024-07-12 (info box / 发布时间). level county (区). Footer 粤ICP备05062451号, 相关链接 (a 图解 and another 通知 title) are furniture.",
    }]
    pq_clauses = [PQ_NOTICE, PQ_INTRO]
    for head, items in PQ_SECTIONS:
        for h, t in items:
            pq_clauses.append(h + t)
    out["blind190_pianqu"] = [{
        "meta": {
            "title": PQ_TITLE, "doc_number": PQ_NUM, "issuer": [PQ_ORG],
            "date": "2024-09-03", "published": "2024-09-06", "level": "zone", "region": "四川省泸州市（中国（四川）自由贸易试验区川南临港片区）",
            "effective": "2024-10-01", "expires": "2027-09-30", "attachments": PQ_ATTS, "doc_type": "通知",
            "recipients": ["管委会各部门（局）", "各驻区单位", "有关企业"], "publicity": "此件公开发布",
        },
        "clauses": pq_clauses,
        "applies_to": {
            "default": "中国（四川）自由贸易试验区川南临港片区（四川省泸州市）",
            "specific": {
                "一、（一）": "泸州综合保税区", "一、（二）": "泸州综合保税区", "一、（三）": "泸州综合保税区",
                "二、（一）": "泸州港多用途码头 — NOT 上海港 / 宁波舟山港 / 广西北部湾港 (destinations)",
                "二、（二）": "泸州临港产业物流园区（龙马潭区）",
                "二、（三）": "泸州云龙机场（泸县）",
                "三、（一）": "泸州综合保税区、泸州港保税物流中心（B型）；江阳区、纳溪区协同改革先行区",
            },
            "note": "西部陆海新通道 is a corridor; 共建“一带一路”国家 (三、（二）) is where branches are set up — not places of application.",
        },
        "_note": "Page saved as 网页，全部 with <meta http-equiv=Content-Type content=\"text/html; charset=gb2312\"> but the bytes are GBK (as browsers treat gb2312): 四、（一） contains 张喆 — 喆 is NOT in GB2312 (GBK 0x86B4); decoding strictly as GB2312 loses or garbles it (medium). The whole notice is a WPS paste inside a borderless MsoNormalTable: row 1 (colspan 2) 文号 泸自贸管发〔2024〕11号 centred, title as ONE <p> with two <br> (…管理委员会 | 关于印发《…港口物流 | 高质量发展若干措施》的通知) joined without space, 主送, the notice paragraph; row 2 has TWO cells: 附件： | 1.…若干措施 / 2.…申报表 (附件说明 — not a table row clause; attachments without the 1./2. prefixes); row 3 落款 padded with &nbsp; (organ + 2024年9月3日) and （此件公开发布）; row 4 the 附件1 label (page-break-before), the 措施 title split by a <br> (heading), intro paragraph, 一、…四、 黑体 headings on their own <p>s, （一）（二）（三） run-in 楷体 headings restarting under each 一、 (heading + text = one clause; labels unique with the parent). 四、附则 items （一）（二） have no run-in heading. Every paragraph is split into many <span>s (digits/latin in lang=EN-US runs: 1亿元, 5A, 1210, 0830-3196128) and ends with <o:p></o:p>; spaces must not be inserted at span boundaries. The 附件下载 list has THREE links: 附件1 .docx, 附件2 .xlsx, and an 一图读懂….pdf that is a related graphic, not an 附件 (files not saved; hrefs absolute). Info box: 发文机关 川南临港片区管委会 (short form; issuer = the full 落款 name), 成文日期 2024年09月03日, 发布日期 2024年09月06日, 文号, 有效性 有效. 四、（二）: 自2024年10月1日起施行，有效期3年 → effective 2024-10-01, expires 2027-09-30. Level zone (片区管委会). Share/print, 相关信息 (with their dates), footer (蜀ICP备19031542号-1) are furniture.",
    }]
    return out


def main():
    pages = []
    # (a) gazette — UTF-8, complete
    write_assets(os.path.join(HERE, "blind190_gazette_files"), gz_assets())
    with open(os.path.join(HERE, "blind190_gazette.html"), "w", encoding="utf-8") as fh:
        fh.write(gz_page())
    pages.append("blind190_gazette.html")
    # (b) jiedu — GBK bytes, HTML only (CRLF as the server sent it)
    with open(os.path.join(HERE, "blind190_jiedu.html"), "wb") as fh:
        fh.write(jd_page().replace("\n", "\r\n").encode("gbk"))
    pages.append("blind190_jiedu.html")
    # (c) vue — UTF-8, complete
    write_assets(os.path.join(HERE, "blind190_vue_files"), ns_assets())
    with open(os.path.join(HERE, "blind190_vue.html"), "w", encoding="utf-8") as fh:
        fh.write(ns_page())
    pages.append("blind190_vue.html")
    # (d) pianqu — meta says gb2312, bytes GBK, complete
    write_assets(os.path.join(HERE, "blind190_pianqu_files"), pq_assets())
    with open(os.path.join(HERE, "blind190_pianqu.html"), "wb") as fh:
        fh.write(pq_page().encode("gbk"))
    pages.append("blind190_pianqu.html")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *pages)


if __name__ == "__main__":
    main()
