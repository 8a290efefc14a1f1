# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, UP031, UP032, E731
"""Blind round 213: pages of central government sites saved from the browser ("网页，全部").

Four HTML pages, each with its ``<stem>_files/`` folder (css, scripts saved as ``*.js.下载`` the way a
Chinese-locale Chrome saves them, images, an iframe), written next to this script:
  blind213_gwy_yunnan.html      中国政府网 政策文件库 page: metadata table (索引号/主题分类/发文机关/成文日期/
      标题/发文字号/发布日期) above 国务院关于印发《中国（云南）自由贸易试验区提升面向南亚东南亚开放水平方案》
      的通知 (国发〔2024〕31号) and the 方案 itself on the same page.
  blind213_mofcom_gonggao.html  商务部网站 page, saved in GBK (charset=gb2312): 商务部 海关总署公告2024年第47号
      关于在部分综合保税区开展保税再制造业务试点的公告; 附件 only as links to .pdf/.xlsx that were not saved.
  blind213_ndrc_jijie.html      国家发展改革委 page: 发改经贸〔2024〕1387号 通知 whose text names 附件1/附件2,
      then 附件1 (建设要点, 一、（一）) and 附件2 (名单 table) on the same page.
  blind213_scio_chuifenghui.html 国务院新闻办 图文实录 of a 国务院政策例行吹风会 (主持人/发布人 turns,
      reporters of named outlets ask), with photos and captions.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind213.py
"""
import json
import os
import shutil

from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))


# ================================================================ assets
def files_dir(stem):
    d = os.path.join(HERE, stem + "_files")
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    return d


def png(path, w, h, color, stripes=None):
    im = Image.new("RGB", (w, h), color)
    if stripes:
        dr = ImageDraw.Draw(im)
        for i, c in enumerate(stripes):
            dr.rectangle([0, int(h * i / len(stripes)), w, int(h * (i + 1) / len(stripes)) - 1], fill=c)
    im.save(path)


def photo(path, w, h, seed):
    im = Image.new("RGB", (w, h), (120 + seed * 7 % 60, 110, 100 + seed * 13 % 80))
    dr = ImageDraw.Draw(im)
    for i in range(6):
        x = (seed * 37 + i * 91) % w
        dr.rectangle([x, h // 3, x + 60, h - 20], fill=(40 + i * 20, 50, 70))
    im.save(path, "JPEG", quality=70)


def text_file(path, s, enc="utf-8"):
    with open(path, "w", encoding=enc, newline="\n") as fh:
        fh.write(s)


JQ = "/*! jQuery v1.12.4 | (c) jQuery Foundation | jquery.org/license */\n!function(a,b){\"object\"==typeof module&&\"object\"==typeof module.exports?module.exports=a.document?b(a,!0):function(a){return b(a)}:b(a)}(\"undefined\"!=typeof window?window:this,function(a,b){var c=[],d=a.document;function n(e){return new n.fn.init(e)}n.fn=n.prototype={jquery:\"1.12.4\",init:function(e){this.sel=e;return this},ready:function(f){d.addEventListener(\"DOMContentLoaded\",f);return this}};n.fn.init.prototype=n.fn;a.jQuery=a.$=n;return n});\n"


def saved_head(url):
    """Chrome's mark of the web: the URL length in four digits."""
    return "<!DOCTYPE html>\n<!-- saved from url=(%04d)%s -->\n" % (len(url), url)


def P(text, style="text-indent: 2em;", cls=None):
    c = ' class="%s"' % cls if cls else ""
    s = ' style="%s"' % style if style else ""
    return "<p%s%s>%s</p>\n" % (c, s, text)


# ================================================================ (a) 中国政府网 政策文件库
A_URL = "https://www.gov.cn/zhengce/content/202411/content_6989764.htm"
A_FA = "中国（云南）自由贸易试验区提升面向南亚东南亚开放水平方案"
A_TITLE = "国务院关于印发《" + A_FA + "》的通知"
A_NUM = "国发〔2024〕31号"
A_TO = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
A_N = [
    "现将《" + A_FA + "》印发给你们，请认真贯彻执行。",
    "云南省人民政府要切实履行主体责任，加强组织领导，细化工作分工，完善配套政策，确保各项措施落地见效。国务院有关部门要按照职责分工，加强对自贸试验区建设的指导和支持。商务部要会同有关部门加强统筹协调和跟踪评估，重大事项及时向党中央、国务院请示报告。",
]
A_INTRO = "中国（云南）自由贸易试验区（以下简称自贸试验区）设立以来，在沿边开放、跨境合作等方面取得积极成效。为深入贯彻落实党中央、国务院决策部署，实施自由贸易试验区提升战略，推动自贸试验区加快建设面向南亚东南亚辐射中心的重要支撑平台，服务高质量共建“一带一路”，制定本方案。"
A_SECTIONS = [
    ("一、总体要求", [
        "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，坚持以制度创新为核心，充分发挥昆明片区、红河片区、德宏片区沿边跨境优势，聚焦贸易投资自由便利、跨境产业协同、跨境金融合作和要素便捷流动，大胆试、大胆闯、自主改。到2027年，自贸试验区外贸进出口总额力争突破2000亿元，实际使用外资占全省比重提高到35%以上，形成一批具有沿边特色的制度创新成果。",
    ]),
    ("二、提升沿边跨境贸易便利化水平", [
        ("（一）深化口岸通关模式改革。", "在德宏片区瑞丽口岸、红河片区河口口岸推行“两段准入”“提前申报”“抵港直装”等通关模式，推动中缅、中越陆路口岸与对方口岸实现查验结果互认。2025年底前，河口口岸进出口货物整体通关时间较2023年压缩30%以上。"),
        ("（二）创新边民互市贸易方式。", "支持红河片区、德宏片区开展边民互市贸易进口商品落地加工试点，完善“互市+加工”“互市+电商”监管模式，探索将边民互市进口商品目录动态调整权限下放至云南省人民政府。"),
        ("（三）发展跨境电子商务和数字贸易。", "支持昆明片区建设面向南亚东南亚的跨境电商综合服务平台和海外仓，在昆明综合保税区开展跨境电商零售进口退货中心仓模式，推动数字贸易企业集聚发展。"),
    ]),
    ("三、推进跨境产业链供应链合作", [
        ("（四）建设跨境产业合作园区。", "支持德宏片区依托中缅边境经济合作区瑞丽园区，发展电子信息、纺织服装、农产品加工等产业，探索“境内研发+境外加工+境内组装”的跨境产业链合作模式。"),
        ("（五）提升昆明片区开放型产业能级。", "支持昆明综合保税区开展保税研发、保税维修和保税再制造业务，对在昆明片区新设立的面向南亚东南亚的区域总部企业，按照有关规定给予支持。"),
        ("（六）推动中老铁路沿线产业合作。", "依托昆明片区王家营西站和中国老挝磨憨—磨丁经济合作区，发展冷链物流、跨境加工和国际中转集拼业务，支持自贸试验区与磨憨—磨丁经济合作区建立联动发展机制。"),
    ]),
    ("四、深化跨境金融合作", [
        ("（七）扩大人民币跨境使用。", "支持德宏片区、红河片区银行业金融机构开展人民币与缅甸元、越南盾直接兑换和跨境结算业务，便利边民互市贸易以人民币计价结算。"),
        ("（八）创新跨境投融资服务。", "支持符合条件的自贸试验区企业赴境外发行人民币债券，在昆明片区开展合格境外有限合伙人（QFLP）试点，单家试点企业规模上限按照有关规定确定。"),
    ]),
    ("五、促进人员往来和要素流动便利", [
        ("（九）便利跨境人员往来。", "对在德宏片区、红河片区从事跨境生产经营活动的境外人员，简化出入境证件办理程序，探索实行跨境务工人员“一站式”服务管理。"),
        ("（十）推动数据跨境安全有序流动。", "支持云南省在自贸试验区内制定数据出境负面清单，在昆明片区探索建设面向南亚东南亚的国际数据服务平台。"),
    ]),
    ("六、保障措施", [
        ("（十一）加强组织实施。", "在国务院自由贸易试验区工作部际联席会议统筹协调下，云南省人民政府要完善工作机制，制定年度工作计划并抓好落实，将落实本方案情况纳入自贸试验区建设评估考核。"),
        ("（十二）强化风险防控。", "云南省要加强跨境人员、资金、货物流动的风险监测，依法严厉打击走私、跨境赌博、电信网络诈骗等违法犯罪活动。本方案实施中需调整现行法律、行政法规的，按程序办理。"),
    ]),
]


def a_clauses():
    out = list(A_N) + [A_INTRO]
    for head, items in A_SECTIONS:
        for it in items:
            out.append(it if isinstance(it, str) else it[0] + it[1])
    return out


GOV_CSS = """@charset "utf-8";
body{margin:0;font-family:"Microsoft YaHei","微软雅黑",Arial;color:#333;background:#fff}
.header{height:120px;background:#fff;border-bottom:3px solid #c00}.header .logo img{margin:20px 0 0 60px}
.topbar{background:#f5f5f5;font-size:12px;text-align:right;padding:4px 40px}
.nav{background:#c00;height:44px}.nav a{color:#fff;font-size:18px;line-height:44px;padding:0 26px;text-decoration:none}
.BreadcrumbNav{width:1100px;margin:14px auto;font-size:14px}
.policyLibraryOverview_header{width:1100px;margin:0 auto}
table.bd1{width:100%;border-collapse:collapse;border:1px solid #d8d8d8;font-size:14px}
table.bd1 td{border:1px solid #d8d8d8;padding:8px 10px;line-height:22px}
table.bd1 td.t1{background:#f5f8fc;font-weight:bold;width:100px;color:#333}
.pages_content{width:900px;margin:30px auto;font-size:18px;line-height:36px;font-family:"宋体"}
.pages_content p{margin:0 0 10px}
.editor{text-align:right;font-size:14px;color:#666;width:900px;margin:0 auto}
.pages-print{width:900px;margin:10px auto;text-align:right;font-size:14px}
.share{width:900px;margin:10px auto;font-size:14px}
.related{width:1100px;margin:30px auto;border-top:2px solid #c00}
.related li{font-size:15px;line-height:32px}
.footer{background:#2c2c2c;color:#ccc;text-align:center;font-size:13px;padding:24px 0;line-height:26px}
.footer a{color:#ccc}
"""


def build_gwy():
    stem = "blind213_gwy_yunnan"
    fd = files_dir(stem)
    F = "./" + stem + "_files/"
    text_file(os.path.join(fd, "common.css"), GOV_CSS)
    text_file(os.path.join(fd, "policyLibrary.css"), "/* 政策文件库 */\n.policyLibraryOverview_header{margin-top:10px}\n.pages_content strong{font-weight:bold}\n")
    text_file(os.path.join(fd, "jquery-1.12.4.min.js.下载"), JQ)
    text_file(os.path.join(fd, "share.js.下载"), "/* share */\nfunction shareTo(t){var u=encodeURIComponent(location.href);var s=encodeURIComponent(document.title);if(t=='weibo'){window.open('https://service.weibo.com/share/share.php?url='+u+'&title='+s)}}\n")
    text_file(os.path.join(fd, "ucap.js.下载"), "var _maq=_maq||[];_maq.push(['_setAccount','gov_cn']);\n")
    text_file(os.path.join(fd, "saved_resource.html"), "<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body><div class=\"weather\">北京 晴 -2~8℃</div></body></html>\n")
    png(os.path.join(fd, "logo.png"), 360, 80, (255, 255, 255), [(204, 0, 0), (255, 255, 255)])
    png(os.path.join(fd, "qrcode.png"), 110, 110, (0, 0, 0), [(0, 0, 0), (255, 255, 255), (0, 0, 0), (255, 255, 255), (0, 0, 0)])
    png(os.path.join(fd, "wechat.png"), 24, 24, (26, 173, 25))
    png(os.path.join(fd, "weibo.png"), 24, 24, (230, 22, 45))
    png(os.path.join(fd, "qzone.png"), 24, 24, (255, 196, 0))
    png(os.path.join(fd, "share_logo.jpg"), 300, 300, (204, 0, 0))

    h = saved_head(A_URL)
    h += '<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
    h += '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
    h += '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
    h += '<title>%s_国务院文件_中国政府网</title>\n' % A_TITLE
    h += '<meta name="keywords" content="自由贸易试验区;云南;南亚东南亚;方案">\n'
    h += '<meta name="description" content="%s">\n' % A_TITLE
    h += '<meta name="firstpublishedtime" content="2024-11-26-17:00:08">\n'
    h += '<meta name="lastmodifiedtime" content="2024-11-27-09:12:44">\n'
    h += '<meta name="catalog" content="国务院文件">\n<meta name="contentid" content="6989764">\n'
    h += '<meta name="publishdate" content="2024-11-26">\n<meta name="author" content="">\n<meta name="source" content="">\n'
    h += '<link rel="stylesheet" href="%scommon.css">\n<link rel="stylesheet" href="%spolicyLibrary.css">\n' % (F, F)
    h += '<script src="%sjquery-1.12.4.min.js.下载"></script>\n<script src="%sucap.js.下载"></script>\n' % (F, F)
    h += '</head>\n<body>\n'
    h += '<div style="display:none"><img src="%sshare_logo.jpg" alt=""></div>\n' % F
    # site header
    h += '<div class="topbar"><a href="https://www.gov.cn/">首页</a> | <a href="javascript:void(0)">简</a> | <a href="https://big5.www.gov.cn/">繁</a> | <a href="https://english.www.gov.cn/">EN</a> | <a href="https://user.www.gov.cn/">登录</a> | <a href="https://mail.gov.cn/">邮箱</a> | <a href="javascript:void(0)">无障碍</a> <iframe src="%ssaved_resource.html" width="120" height="20" frameborder="0" scrolling="no"></iframe></div>\n' % F
    h += '<div class="header"><div class="logo"><a href="https://www.gov.cn/"><img src="%slogo.png" alt="中国政府网 www.gov.cn"></a></div>\n' % F
    h += '<div class="search"><form action="https://sousuo.www.gov.cn/sousuo/search.shtml" target="_blank"><input type="text" name="searchWord" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div>\n'
    h += '<div class="nav"><a href="https://www.gov.cn/">首页</a><a href="https://www.gov.cn/xinwen/">新闻</a><a href="https://www.gov.cn/zhuanti/">专题</a><a href="https://www.gov.cn/zhengce/" class="on">政策</a><a href="https://www.gov.cn/hudong/">互动</a><a href="https://www.gov.cn/fuwu/">服务</a><a href="https://www.gov.cn/shuju/">数据</a><a href="https://www.gov.cn/guoqing/">国情</a><a href="https://www.gov.cn/guowuyuan/">国务院</a></div>\n'
    h += '<div class="BreadcrumbNav"><a href="https://www.gov.cn/">首页</a> &gt; <a href="https://www.gov.cn/zhengce/">政策</a> &gt; <a href="https://www.gov.cn/zhengce/zhengceku/">政策文件库</a> &gt; <a href="https://www.gov.cn/zhengce/xxgk/gjgzk/gjgzk_list.htm">国务院文件</a></div>\n'
    # metadata table
    h += '<div class="policyLibraryOverview_header">\n<table class="bd1" cellspacing="0" cellpadding="0" border="0"><tbody>\n'
    h += '<tr><td class="t1">索 引 号：</td><td width="300">000014349/2024-00141</td><td class="t1">主题分类：</td><td>商贸、海关、旅游\\对外经贸合作</td></tr>\n'
    h += '<tr><td class="t1">发文机关：</td><td>国务院</td><td class="t1">成文日期：</td><td>2024年11月18日</td></tr>\n'
    h += '<tr><td class="t1">标　　题：</td><td colspan="3">%s</td></tr>\n' % A_TITLE
    h += '<tr><td class="t1">发文字号：</td><td>%s</td><td class="t1">发布日期：</td><td>2024年11月26日</td></tr>\n' % A_NUM
    h += '</tbody></table>\n</div>\n'
    # body
    h += '<div class="pages_content mhide" id="UCAP-CONTENT">\n'
    h += P('<strong>国务院关于印发<br>《中国（云南）自由贸易试验区提升面向南亚<br>东南亚开放水平方案》的通知</strong>', "text-align: center;")
    h += P(A_NUM, "text-align: center;")
    h += P(A_TO, "")
    for t in A_N:
        h += P("　　" + t, "")
    h += P("国务院<br>2024年11月18日", "text-align: right;")
    h += P("　　（此件公开发布）", "")
    h += P('<strong>' + A_FA + '</strong>', "text-align: center;")
    h += P("　　" + A_INTRO, "")
    for head, items in A_SECTIONS:
        h += P("　　<strong>" + head + "</strong>", "")
        for it in items:
            if isinstance(it, str):
                h += P("　　" + it, "")
            else:
                h += P("　　" + it[0] + it[1], "")
    h += '</div>\n'
    h += '<div class="editor">【我要纠错】 责任编辑：张　楠</div>\n'
    h += '<div class="pages-print"><div class="erweima"><img src="%sqrcode.png" alt=""><p>扫一扫在手机打开当前页</p></div><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>\n' % F
    h += '<div class="share">分享到：<a href="javascript:void(0)" onclick="shareTo(\'wechat\')"><img src="%swechat.png" alt="微信"></a> <a href="javascript:void(0)" onclick="shareTo(\'weibo\')"><img src="%sweibo.png" alt="微博"></a> <a href="javascript:void(0)" onclick="shareTo(\'qzone\')"><img src="%sqzone.png" alt="QQ空间"></a></div>\n' % (F, F, F)
    h += '<div class="related"><h3>相关稿件</h3><ul>\n'
    for t, u in [
        ("商务部有关负责人解读《中国（云南）自由贸易试验区提升面向南亚东南亚开放水平方案》", "https://www.gov.cn/zhengce/202411/content_6989801.htm"),
        ("图解：云南自贸试验区提升方案“十二条”", "https://www.gov.cn/zhengce/202411/content_6989835.htm"),
        ("国务院关于印发《中国（云南）自由贸易试验区总体方案》的通知", "https://www.gov.cn/zhengce/content/2019-08/26/content_5424522.htm"),
        ("云南自贸试验区：五年建设成效综述", "https://www.gov.cn/lianbo/difang/202410/content_6981122.htm"),
    ]:
        h += '<li><a href="%s" target="_blank">%s</a></li>\n' % (u, t)
    h += '</ul></div>\n'
    h += '<div class="footer"><p><a href="https://www.gov.cn/home/2014-02/18/content_2610463.htm">网站说明</a> | <a href="https://www.gov.cn/home/2014-02/18/content_2610465.htm">网站标识</a> | <a href="https://www.gov.cn/home/2014-02/18/content_2610467.htm">联系我们</a></p>\n'
    h += '<p>主办单位：国务院办公厅　运行维护单位：中国政府网运行中心</p>\n<p>版权所有：中国政府网　中文域名：中国政府网.政务</p>\n'
    h += '<p>网站标识码bm01000001　京ICP备05070218号　京公网安备11010202000001号</p></div>\n'
    h += '<script src="%sshare.js.下载"></script>\n' % F
    h += '<script>$(function(){var t=document.title;});</script>\n'
    h += '</body></html>\n'
    text_file(os.path.join(HERE, stem + ".html"), h)
    return stem


# ================================================================ (b) 商务部 公告 (GBK)
B_URL = "https://www.mofcom.gov.cn/zwgk/zcfb/art/2024/art_3f8c2e61b7a94d0c9e1f5a2b6c7d8e90.html"
B_NUM = "商务部 海关总署公告2024年第47号"
B_TITLE = "关于在部分综合保税区开展保税再制造业务试点的公告"
B_INTRO = "为贯彻落实党中央、国务院关于推动综合保税区高质量发展的决策部署，支持综合保税区内企业发展高技术含量、高附加值、符合环保要求的保税再制造业务，助力制造业绿色低碳转型和共建“一带一路”产业链供应链合作，根据《中华人民共和国海关综合保税区管理办法》等有关规定，现就有关事项公告如下："
B_ITEMS = [
    "一、试点范围。在以下综合保税区开展保税再制造业务试点：",
    "（一）上海市：上海外高桥港综合保税区、洋山特殊综合保税区（芦潮港区域）；",
    "（二）江苏省：苏州工业园综合保税区、昆山综合保税区；",
    "（三）广东省：广州黄埔综合保税区、深圳前海综合保税区；",
    "（四）重庆市：重庆西永综合保税区；",
    "（五）四川省：成都高新综合保税区；",
    "（六）广西壮族自治区：钦州综合保税区。",
    "二、试点产品范围。试点企业可对附件1《保税再制造产品目录》所列航空航天、船舶海工、轨道交通、工程机械、数控机床、通信设备、医疗设备等7大类62项产品开展保税再制造业务。目录外产品不得开展保税再制造业务。",
    "三、试点企业条件。开展试点的企业应当同时符合下列条件：在试点综合保税区内依法注册登记并具备独立法人资格；海关信用等级为高级认证企业；具备与再制造业务相适应的生产场所、检测设备和技术能力；建立符合海关监管要求的计算机管理系统，能够实现对再制造旧件、再制造产品、零部件和废弃物的全流程电子台账管理。",
    "四、监管要求。试点企业进境的再制造旧件，以及再制造过程中使用的进口零部件、原材料予以保税；再制造产品原则上复运出境，确需内销的，按照海关有关规定办理手续并照章征税。再制造旧件不得在境内销售。海关对试点企业实施重点监管，必要时开展实地核查。",
    "五、环境保护要求。试点企业应当严格遵守生态环境保护法律法规，对再制造过程中产生的固体废物、危险废物依法贮存、利用和处置，不得擅自在境内倾倒、堆放、处置。属于禁止进口固体废物的，应当全部复运出境。",
    "六、试点企业名单管理。首批试点企业名单见附件2。其他符合条件的企业申请开展试点的，由所在地省级商务主管部门会同直属海关审核后，报商务部、海关总署备案。试点企业发生重大违法违规行为的，取消其试点资格。",
    "七、职责分工。试点综合保税区所在地省级人民政府要落实主体责任，建立由商务、海关、生态环境等部门参加的工作机制，每年1月31日前将上一年度试点情况报送商务部、海关总署。",
    "八、本公告自2024年11月1日起施行，试点期限3年。",
]
B_ATT = ["保税再制造产品目录", "首批保税再制造试点企业名单"]

MOF_CSS = """@charset "gb2312";
body{margin:0;font:14px/1.6 "微软雅黑",SimSun;color:#222}
.mof-top{background:#0b4d9c;color:#fff;font-size:12px;padding:4px 0}.mof-top a{color:#fff;margin:0 6px}
.mof-head{height:110px;background:#fff}.mof-head .logo{float:left;margin:18px 0 0 40px}
.mof-nav{background:#0b4d9c;clear:both}.mof-nav li{display:inline-block}.mof-nav a{color:#fff;display:block;padding:0 22px;line-height:46px;font-size:17px}
.crumb{width:1200px;margin:12px auto;color:#666}
.art-title{text-align:center;font-size:26px;color:#0b4d9c;line-height:40px;margin:26px 0 10px}
.art-info{text-align:center;color:#888;border-bottom:1px dashed #ccc;padding-bottom:10px}
.art-con{width:1000px;margin:20px auto;font-size:17px;line-height:34px}
.art-fujian{width:1000px;margin:0 auto;background:#f6f9fd;padding:10px 20px}
.art-share{width:1000px;margin:10px auto;text-align:right}
.related-news{width:1000px;margin:20px auto}
.mof-foot{background:#e9eef5;text-align:center;color:#555;padding:20px 0;font-size:12px}
"""


def build_mofcom():
    stem = "blind213_mofcom_gonggao"
    fd = files_dir(stem)
    F = "./" + stem + "_files/"
    text_file(os.path.join(fd, "base.css"), MOF_CSS, "gbk")
    text_file(os.path.join(fd, "article.css"), "@charset \"gb2312\";\n.art-con p{text-indent:2em}\n#zoom.big{font-size:20px}\n", "gbk")
    text_file(os.path.join(fd, "jquery.min.js.下载"), JQ)
    text_file(os.path.join(fd, "article.js.下载"), "function doZoom(s){document.getElementById('zoom').style.fontSize=s+'px'}\nfunction doPrint(){window.print()}\n")
    png(os.path.join(fd, "logo_mofcom.png"), 420, 74, (11, 77, 156), [(11, 77, 156), (255, 255, 255), (11, 77, 156)])
    png(os.path.join(fd, "gh.png"), 20, 20, (200, 30, 30))
    png(os.path.join(fd, "wx.png"), 26, 26, (26, 173, 25))
    png(os.path.join(fd, "wb.png"), 26, 26, (230, 22, 45))
    png(os.path.join(fd, "pdf.gif"), 16, 16, (210, 40, 40))
    png(os.path.join(fd, "xls.gif"), 16, 16, (30, 130, 60))

    h = saved_head(B_URL)
    h += '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n'
    h += '<title>%s %s_中华人民共和国商务部</title>\n' % (B_NUM, B_TITLE)
    h += '<meta name="ArticleTitle" content="%s %s">\n<meta name="PubDate" content="2024-10-18 15:42">\n<meta name="ContentSource" content="对外贸易司">\n' % (B_NUM, B_TITLE)
    h += '<meta name="ColumnName" content="公告">\n<meta name="SiteName" content="中华人民共和国商务部">\n'
    h += '<link href="%sbase.css" rel="stylesheet" type="text/css">\n<link href="%sarticle.css" rel="stylesheet" type="text/css">\n' % (F, F)
    h += '<script type="text/javascript" src="%sjquery.min.js.下载"></script>\n<script type="text/javascript" src="%sarticle.js.下载"></script>\n' % (F, F)
    h += '</head>\n<body>\n'
    h += '<div class="mof-top"><div class="w1200"><span>2024年10月18日 星期五</span><a href="https://english.mofcom.gov.cn/">English</a>|<a href="http://big5.mofcom.gov.cn/">繁體</a>|<a href="javascript:;">无障碍</a>|<a href="https://www.mofcom.gov.cn/login">登录</a></div></div>\n'
    h += '<div class="mof-head"><div class="logo"><a href="https://www.mofcom.gov.cn/"><img src="%slogo_mofcom.png" alt="中华人民共和国商务部 Ministry of Commerce of the People\'s Republic of China"></a></div>\n' % F
    h += '<div class="search"><input type="text" value="请输入关键字" onfocus="this.value=\'\'"><a href="javascript:;">搜索</a></div></div>\n'
    h += '<div class="mof-nav"><ul><li><a href="https://www.mofcom.gov.cn/">首页</a></li><li><a href="https://www.mofcom.gov.cn/zwgk/">政务公开</a></li><li><a href="https://www.mofcom.gov.cn/zwfw/">政务服务</a></li><li><a href="https://www.mofcom.gov.cn/hdjl/">互动交流</a></li><li><a href="https://data.mofcom.gov.cn/">商务数据</a></li><li><a href="https://www.mofcom.gov.cn/xwfb/">新闻发布</a></li><li><a href="https://www.mofcom.gov.cn/ztzl/">专题专栏</a></li></ul></div>\n'
    h += '<div class="crumb">当前位置：<a href="https://www.mofcom.gov.cn/">首页</a> &gt; <a href="https://www.mofcom.gov.cn/zwgk/">政务公开</a> &gt; <a href="https://www.mofcom.gov.cn/zwgk/zcfb/">政策发布</a> &gt; <a href="https://www.mofcom.gov.cn/zwgk/zcfb/gg/">公告</a></div>\n'
    h += '<div class="art-box">\n'
    h += '<h1 class="art-title">%s<br>%s</h1>\n' % (B_NUM, B_TITLE)
    h += '<div class="art-info"><span>发布时间：2024-10-18 15:42</span>　<span>来源：对外贸易司</span>　<span>【字号：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(17)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>　<a href="javascript:doPrint()">打印本页</a>　<a href="javascript:window.close()">关闭</a></div>\n'
    h += '<div class="art-con art-con-bottonmLine" id="zoom">\n'
    h += '<p style="text-align:center;text-indent:0"><span style="font-family:黑体">%s</span></p>\n' % B_NUM
    h += '<p style="text-align:center;text-indent:0"><strong>%s</strong></p>\n' % B_TITLE
    h += '<p>%s</p>\n' % B_INTRO
    for t in B_ITEMS:
        h += '<p>%s</p>\n' % t
    h += '<p>附件：1．%s<br>　　　2．%s</p>\n' % tuple(B_ATT)
    h += '<p>&nbsp;</p>\n'
    h += '<p style="text-align:right">商务部　海关总署</p>\n<p style="text-align:right">2024年10月15日</p>\n'
    h += '</div>\n'
    h += '<div class="art-fujian"><p>附件下载：</p><ul>\n'
    h += '<li><img src="%spdf.gif" alt=""> <a href="https://www.mofcom.gov.cn/cms_files/filemanager/1964224469/attach/202410/ab12cd34ef56a78b90c1d2e3f4a5b6c7.pdf" target="_blank">1．保税再制造产品目录.pdf</a></li>\n' % F
    h += '<li><img src="%sxls.gif" alt=""> <a href="https://www.mofcom.gov.cn/cms_files/filemanager/1964224469/attach/202410/0f9e8d7c6b5a49382716e5d4c3b2a190.xlsx" target="_blank">2．首批保税再制造试点企业名单.xlsx</a></li>\n' % F
    h += '</ul></div>\n'
    h += '<div class="art-share">分享到：<a href="javascript:;"><img src="%swx.png" alt="微信"></a> <a href="javascript:;"><img src="%swb.png" alt="微博"></a></div>\n' % (F, F)
    h += '</div>\n'
    h += '<div class="related-news"><h3>相关新闻</h3><ul>\n'
    for t, u in [
        ("商务部 海关总署有关负责人就开展综合保税区保税再制造业务试点答记者问", "https://www.mofcom.gov.cn/xwfb/art/2024/art_77ab01.html"),
        ("商务部 生态环境部 海关总署公告2023年第59号 关于支持综合保税区内企业开展维修业务的公告", "https://www.mofcom.gov.cn/zwgk/zcfb/art/2023/art_5c2d10.html"),
        ("商务部召开例行新闻发布会（2024年10月17日）", "https://www.mofcom.gov.cn/xwfb/xwfbh/art/2024/art_a2e911.html"),
    ]:
        h += '<li><a href="%s" target="_blank">%s</a></li>\n' % (u, t)
    h += '</ul></div>\n'
    h += '<div class="mof-foot"><p><a href="https://www.mofcom.gov.cn/about/">关于我们</a> | <a href="https://www.mofcom.gov.cn/map/">网站地图</a> | <a href="https://www.mofcom.gov.cn/contact/">联系我们</a></p>\n'
    h += '<p>主办单位：中华人民共和国商务部　　承办单位：商务部电子商务和信息化司</p>\n'
    h += '<p>地址：北京市东长安街2号　邮编：100731</p>\n'
    h += '<p><img src="%sgh.png" alt="">京公网安备11040102700091号　京ICP备05004093号-1　网站标识码：bm22000001</p></div>\n' % F
    h += '</body></html>\n'
    with open(os.path.join(HERE, stem + ".html"), "w", encoding="gbk", newline="\r\n") as fh:
        fh.write(h)
    return stem


# ================================================================ (c) 国家发展改革委 通知 with 附件 on the page
C_URL = "https://www.ndrc.gov.cn/xxgk/zcfb/tz/202409/t20240927_1392415.html"
C_TITLE = "国家发展改革委关于推进第二批中欧班列集结中心示范工程建设的通知"
C_NUM = "发改经贸〔2024〕1387号"
C_TO = "江苏省、浙江省、安徽省、山东省、湖北省、湖南省、新疆维吾尔自治区发展改革委，中国国家铁路集团有限公司："
C_INTRO = "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，推动中欧班列由“点对点”向“枢纽对枢纽”集结转变，进一步提升中欧班列运行质量效益，在第一批中欧班列集结中心示范工程建设取得积极成效的基础上，经综合评估，我委确定将连云港、义乌、合肥、济南、武汉、长沙、霍尔果斯等7个中欧班列集结中心纳入第二批示范工程（名单见附件2）。现就有关事项通知如下："
C_ITEMS = [
    ("一、明确建设重点。", "各有关地方要按照《中欧班列集结中心示范工程建设要点》（见附件1），聚焦干支结合枢纽设施、多式联运衔接、数字化运营平台和口岸通关能力等短板弱项，科学编制示范工程实施方案，于2024年11月30日前报送我委。"),
    ("二、加大资金支持。", "我委将通过中央预算内投资对符合条件的示范工程项目给予支持，单个集结中心中央预算内投资支持额度原则上不超过项目总投资的30%，且最高不超过3亿元。各地要统筹用好地方政府专项债券等资金，不得新增地方政府隐性债务。"),
    ("三、优化线路网络。", "中国国家铁路集团有限公司要将示范工程集结中心纳入中欧班列开行方案统筹安排，优先保障集结中心至阿拉山口、霍尔果斯、满洲里、二连浩特等口岸的图定线路，推动集结中心之间开行“点对点”直达班列。"),
    ("四、强化协同联动。", "各集结中心所在地要加强与周边城市的合作，规范中欧班列补贴行为，严禁以低于成本价格恶性竞争揽货，逐步构建“干支结合、枢纽集散”的高效集疏运体系。"),
    ("五、做好跟踪评估。", "各省级发展改革委要加强对示范工程建设的指导，每年1月31日前将上一年度建设进展情况报送我委。我委将适时组织开展评估，对建设进展滞后、运营效益不佳的，予以调整退出。"),
]
C_ATT = ["中欧班列集结中心示范工程建设要点", "第二批中欧班列集结中心示范工程名单"]
C_A1 = [
    ("一、功能定位", [
        ("（一）区域集散枢纽。", "集结中心应当具备辐射周边省份的货源集结能力，年集结开行中欧班列原则上不少于500列，其中集结中心所在省份以外的货源占比不低于30%。"),
        ("（二）多式联运节点。", "集结中心应当实现铁路与公路、水运、航空的高效衔接，具备集装箱“一单制”多式联运服务能力。"),
    ]),
    ("二、建设内容", [
        ("（三）枢纽场站设施。", "新建或改扩建铁路集装箱办理站、编组站和集装箱堆场，到发线有效长度原则上满足1050米要求。"),
        ("（四）海关监管设施。", "按照海关监管要求建设海关监管作业场所，具备开展“铁路快通”和多式联运一体化监管的条件；有条件的，可与所在地综合保税区联动建设。"),
        ("（五）数字化服务平台。", "建设集订舱、报关、物流跟踪、金融结算于一体的中欧班列数字化服务平台，实现与国铁集团95306系统、国际贸易“单一窗口”数据互联互通。"),
        ("（六）配套产业园区。", "依托集结中心布局建设国际物流园区和外向型产业园区，培育“班列+贸易”“班列+产业”发展模式。"),
    ]),
    ("三、运营要求", [
        ("（七）规范市场运营。", "集结中心运营主体应当坚持市场化运作，建立公开透明的运价形成机制，自2026年起不再依赖地方财政对班列运营的直接补贴。"),
        ("（八）保障运输安全。", "严格执行危险货物运输和国际铁路联运有关规定，建立货物安全检查、应急处置和境外风险预警机制。"),
    ]),
]
C_HEAD = ["序号", "集结中心", "所在省份", "项目主体（实施单位）"]
C_ROWS = [
    ("1", "连云港中欧班列集结中心", "江苏省", "连云港市人民政府（上合组织（连云港）国际物流园）"),
    ("2", "义乌中欧班列集结中心", "浙江省", "义乌市人民政府（义乌铁路口岸）"),
    ("3", "合肥中欧班列集结中心", "安徽省", "合肥市人民政府（合肥北站物流基地）"),
    ("4", "济南中欧班列集结中心", "山东省", "济南市人民政府（济南国际内陆港）"),
    ("5", "武汉中欧班列集结中心", "湖北省", "武汉市人民政府（吴家山铁路集装箱中心站）"),
    ("6", "长沙中欧班列集结中心", "湖南省", "长沙市人民政府（长沙金霞经济开发区）"),
    ("7", "霍尔果斯中欧班列集结中心", "新疆维吾尔自治区", "伊犁哈萨克自治州人民政府（霍尔果斯铁路口岸）"),
]


def wordy(text, cuts):
    """A paragraph pasted from Word: the text broken into <span> runs at given character positions."""
    out, last = [], 0
    for c in list(cuts) + [len(text)]:
        if c <= last:
            continue
        out.append('<span style="font-family: 仿宋_GB2312; font-size: 16pt;">%s</span>' % text[last:c])
        last = c
    return "".join(out)


NDRC_CSS = """body{margin:0;font-family:"Microsoft YaHei";background:#f2f2f2}
.top{background:#fff;height:100px}.top .logo{padding:16px 0 0 50px}
.navbox{background:#1a5fb4}.navbox a{color:#fff;font-size:17px;line-height:50px;padding:0 24px;display:inline-block}
.container{width:1200px;margin:0 auto;background:#fff;padding:20px 50px}
.sub-crumb{font-size:14px;color:#666;border-bottom:1px solid #e5e5e5;padding-bottom:8px}
.article_title{text-align:center;font-size:26px;color:#222;line-height:42px;margin:30px 0 12px}
.time{text-align:center;font-size:14px;color:#888}.time span{margin:0 14px}
.article_con{font-size:18px;line-height:36px;margin-top:24px}
.article_con table{border-collapse:collapse;margin:0 auto}.article_con td{border:1px solid #000;padding:4px 8px}
.attachment_r{margin-top:20px;font-size:15px}
.share-print{text-align:right;font-size:14px;margin-top:18px}
.xggj{margin-top:26px;border-top:1px solid #1a5fb4}
.footer{background:#1a5fb4;color:#fff;text-align:center;font-size:13px;line-height:26px;padding:18px 0}
"""


def build_ndrc():
    stem = "blind213_ndrc_jijie"
    fd = files_dir(stem)
    F = "./" + stem + "_files/"
    text_file(os.path.join(fd, "style.css"), NDRC_CSS)
    text_file(os.path.join(fd, "jquery-3.6.0.min.js.下载"), JQ.replace("1.12.4", "3.6.0"))
    text_file(os.path.join(fd, "common.js.下载"), "function printme(){window.print()}\n")
    text_file(os.path.join(fd, "saved_resource(1).html"), "<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body><a href=\"https://www.ndrc.gov.cn/fzggw/\">机构设置</a></body></html>\n")
    png(os.path.join(fd, "logo.png"), 500, 70, (26, 95, 180), [(26, 95, 180), (255, 255, 255)])
    png(os.path.join(fd, "icon_print.png"), 16, 16, (90, 90, 90))
    png(os.path.join(fd, "jiucuo.png"), 110, 50, (200, 0, 0))

    h = saved_head(C_URL)
    h += '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
    h += '<meta name="SiteName" content="国家发展和改革委员会">\n<meta name="ColumnName" content="通知">\n'
    h += '<meta name="ArticleTitle" content="%s">\n<meta name="PubDate" content="2024-09-27 10:30">\n<meta name="ContentSource" content="经贸司">\n' % C_TITLE
    h += '<title>%s_国家发展和改革委员会</title>\n' % C_TITLE
    h += '<link rel="stylesheet" href="%sstyle.css">\n<script src="%sjquery-3.6.0.min.js.下载"></script>\n<script src="%scommon.js.下载"></script>\n' % (F, F, F)
    h += '</head>\n<body>\n'
    h += '<div class="top"><div class="logo"><a href="https://www.ndrc.gov.cn/"><img src="%slogo.png" alt="中华人民共和国国家发展和改革委员会"></a></div><div class="toplink"><a href="https://en.ndrc.gov.cn/">ENGLISH</a> | <a href="javascript:;">无障碍浏览</a> | <a href="https://www.ndrc.gov.cn/wzdt/">网站地图</a></div></div>\n' % F
    h += '<div class="navbox"><a href="https://www.ndrc.gov.cn/">首页</a><a href="https://www.ndrc.gov.cn/fzggw/">机构设置</a><a href="https://www.ndrc.gov.cn/xwdt/">新闻动态</a><a href="https://www.ndrc.gov.cn/xxgk/" class="on">政务公开</a><a href="https://www.ndrc.gov.cn/fggz/">发展改革工作</a><a href="https://www.ndrc.gov.cn/fwdt/">服务大厅</a><a href="https://www.ndrc.gov.cn/hdjl/">互动交流</a></div>\n'
    h += '<iframe src="%ssaved_resource(1).html" style="display:none"></iframe>\n' % F
    h += '<div class="container">\n'
    h += '<div class="sub-crumb">当前位置：<a href="https://www.ndrc.gov.cn/">首页</a> &gt; <a href="https://www.ndrc.gov.cn/xxgk/">政务公开</a> &gt; <a href="https://www.ndrc.gov.cn/xxgk/zcfb/">政策</a> &gt; <a href="https://www.ndrc.gov.cn/xxgk/zcfb/tz/">通知</a></div>\n'
    h += '<div class="article">\n<div class="article_title">%s</div>\n' % C_TITLE
    h += '<div class="time"><span>发布时间：2024/09/27</span><span>来源：经贸司</span><span><a href="javascript:printme()"><img src="%sicon_print.png" alt="">[打印本页]</a></span><span><a href="javascript:window.close()">[关闭窗口]</a></span></div>\n' % F
    h += '<div class="article_con article_con_title"><div class="TRS_Editor">\n'
    h += '<p style="text-align: center;">%s</p>\n' % wordy(C_NUM, [4])
    h += '<p style="text-align: left;">%s</p>\n' % wordy(C_TO, [38])
    h += '<p style="text-indent: 2em;">%s</p>\n' % wordy(C_INTRO, [31, 33, 120, 171])
    for i, (a, b) in enumerate(C_ITEMS):
        h += '<p style="text-indent: 2em;"><span style="font-family: 黑体; font-size: 16pt;">%s</span>%s</p>\n' % (a, wordy(b, [9 + i * 7, 40 + i * 3]))
    h += '<p style="text-indent: 2em;">%s</p>\n' % wordy("附件：1．" + C_ATT[0], [3])
    h += '<p style="text-indent: 5em;">%s</p>\n' % wordy("2．" + C_ATT[1], [])
    h += '<p>&nbsp;</p>\n'
    h += '<p style="text-align: right;">%s</p>\n' % wordy("国家发展改革委", [])
    h += '<p style="text-align: right;">%s</p>\n' % wordy("2024年9月20日", [5])
    h += '<p>&nbsp;</p>\n<p>&nbsp;</p>\n'
    # 附件1
    h += '<p style="text-align: left;"><span style="font-family: 黑体; font-size: 16pt;">附件1</span></p>\n'
    h += '<p style="text-align: center;"><span style="font-family: 方正小标宋简体; font-size: 22pt;">%s</span></p>\n' % C_ATT[0]
    for head, items in C_A1:
        h += '<p style="text-indent: 2em;"><span style="font-family: 黑体; font-size: 16pt;">%s</span></p>\n' % head
        for a, b in items:
            h += '<p style="text-indent: 2em;"><span style="font-family: 楷体_GB2312; font-size: 16pt;">%s</span>%s</p>\n' % (a, wordy(b, [12]))
    h += '<p>&nbsp;</p>\n'
    # 附件2
    h += '<p style="text-align: left;"><span style="font-family: 黑体; font-size: 16pt;">附件2</span></p>\n'
    h += '<p style="text-align: center;"><span style="font-family: 方正小标宋简体; font-size: 22pt;">%s</span></p>\n' % C_ATT[1]
    h += '<table border="1" cellspacing="0" cellpadding="0" width="640" align="center" style="border-collapse: collapse;"><tbody>\n'
    widths = [60, 200, 130, 250]
    h += '<tr>' + "".join('<td width="%d" valign="center" style="border: 1px solid windowtext;"><p style="text-align: center;"><strong><span style="font-family: 黑体; font-size: 12pt;">%s</span></strong></p></td>' % (w, t) for w, t in zip(widths, C_HEAD)) + '</tr>\n'
    for r in C_ROWS:
        cells = []
        for k, (w, t) in enumerate(zip(widths, r)):
            al = "center" if k in (0, 2) else "left"
            if k == 3 and "（" in t:
                a, b = t.split("（", 1)
                inner = '<span style="font-family: 仿宋_GB2312; font-size: 12pt;">%s</span><br><span style="font-family: 仿宋_GB2312; font-size: 12pt;">（%s</span>' % (a, b)
            else:
                inner = '<span style="font-family: 仿宋_GB2312; font-size: 12pt;">%s</span>' % t
            cells.append('<td width="%d" valign="center" style="border: 1px solid windowtext;"><p style="text-align: %s;">%s</p></td>' % (w, al, inner))
        h += '<tr>' + "".join(cells) + '</tr>\n'
    h += '</tbody></table>\n'
    h += '</div></div>\n'
    h += '<div class="attachment_r">附件：<a href="https://www.ndrc.gov.cn/xxgk/zcfb/tz/202409/P020240927601234567890.pdf" target="_blank">发改经贸〔2024〕1387号.pdf</a></div>\n'
    h += '<div class="share-print"><span class="bdsharebuttonbox">分享到：<a href="javascript:;" class="bds_weixin" title="分享到微信">微信</a> <a href="javascript:;" class="bds_tsina" title="分享到新浪微博">微博</a></span>　<a href="javascript:printme()">[打印]</a>　<a href="javascript:window.close()">[关闭]</a></div>\n'
    h += '</div>\n'
    h += '<div class="xggj"><h4>相关稿件</h4><ul>\n'
    for t, u in [
        ("国家发展改革委有关负责同志就第二批中欧班列集结中心示范工程建设答记者问", "https://www.ndrc.gov.cn/xxgk/jd/jd/202409/t20240927_1392420.html"),
        ("国家发展改革委关于下达中欧班列集结中心示范工程2020年中央预算内投资计划的通知", "https://www.ndrc.gov.cn/xxgk/zcfb/tz/202007/t20200730_1235081.html"),
        ("2024年1—8月中欧班列开行情况", "https://www.ndrc.gov.cn/fggz/lywzjw/jwtz/202409/t20240912_1391101.html"),
    ]:
        h += '<li><a href="%s" target="_blank">%s</a></li>\n' % (u, t)
    h += '</ul></div>\n'
    h += '</div>\n'
    h += '<div class="footer"><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=bm04000007" target="_blank"><img src="%sjiucuo.png" alt="政府网站找错"></a>\n' % F
    h += '<p>主办单位：国家发展和改革委员会　地址：北京市西城区月坛南街38号　邮编：100824</p>\n<p>网站标识码：bm04000007　京ICP备05052393号　京公网安备11010202007012号</p></div>\n'
    h += '</body></html>\n'
    text_file(os.path.join(HERE, stem + ".html"), h)
    return stem


def c_clauses():
    out = [C_INTRO] + [a + b for a, b in C_ITEMS]
    for head, items in C_A1:
        out += [a + b for a, b in items]
    for r in C_ROWS:
        out.append("；".join("%s：%s" % (k, v) for k, v in zip(C_HEAD, r)))
    return out


# ================================================================ (d) 国务院新闻办 政策例行吹风会 图文实录
D_URL = "http://www.scio.gov.cn/live/2024/35219/tw/"
D_SUB = "介绍《关于进一步扩大边境贸易促进沿边地区开放发展的若干措施》有关情况"
D_TITLE = "国务院政策例行吹风会：" + D_SUB
# (speaker, text, continuation?) — a continuation paragraph has no speaker of its own
D_TURNS = [
    ("林晓岚", "女士们、先生们，大家下午好。欢迎出席国务院政策例行吹风会。近日，国务院办公厅印发了《关于进一步扩大边境贸易促进沿边地区开放发展的若干措施》（以下简称《若干措施》）。为帮助大家更好地了解有关情况，今天我们邀请到商务部副部长赵明远先生，海关总署副署长孙立群先生，国家发展改革委区域开放司司长周海川先生，国家移民管理局边防检查管理司司长何静女士，请他们为大家介绍《若干措施》有关情况，并回答大家关心的问题。首先，请赵明远先生作介绍。"),
    ("赵明远", "各位记者朋友，大家下午好。感谢大家长期以来对商务工作的关心和支持。边境贸易是沿边地区对外开放的重要形式，也是兴边富民的重要途径。2023年，我国边境小额贸易和边民互市贸易进出口总额达到5300亿元，同比增长12.4%。为进一步扩大边境贸易，商务部会同有关部门研究起草了《若干措施》，经国务院同意，由国务院办公厅印发实施。《若干措施》共包括5个方面18条政策措施，主要有以下几个特点："),
    (None, "第一，聚焦边民互市贸易创新发展。支持内蒙古、辽宁、吉林、黑龙江、广西、云南、西藏、新疆等8个沿边省区开展边民互市贸易进口商品落地加工，将落地加工企业使用互市进口商品的范围扩大到互市商品清单内的全部商品。"),
    (None, "第二，聚焦沿边开放平台提质升级。支持广西凭祥、东兴，云南瑞丽、河口，新疆霍尔果斯，内蒙古满洲里、二连浩特，黑龙江绥芬河等重点开发开放试验区和边境经济合作区开展边境贸易创新发展试点，在通关、金融、用地等方面给予政策支持。"),
    (None, "第三，聚焦通关便利和要素保障。推进边境口岸“智慧口岸”建设，支持沿边地区开展跨境人民币结算，便利边民和跨境务工人员出入境。我就先介绍这些，谢谢大家。"),
    ("林晓岚", "谢谢赵明远先生的介绍。下面进入提问环节，提问前请通报一下所在的新闻机构。"),
    ("中央广播电视总台央视记者", "我们注意到，《若干措施》提出支持边民互市贸易进口商品落地加工。请问目前落地加工发展情况如何？下一步有哪些具体举措？谢谢。"),
    ("赵明远", "谢谢你的提问。近年来，边民互市贸易进口商品落地加工发展较快，广西、云南两省区已建成落地加工园区37个，带动就业超过5万人。下一步，我们将重点做好三方面工作：一是扩大商品范围，将东盟国家的坚果、水果、水产品等纳入落地加工重点支持品类；二是完善利益联结机制，推动边民互助组与加工企业签订长期购销协议；三是支持广西东兴、云南河口建设互市商品集散和加工基地，打造一批年加工量超过10万吨的龙头企业。谢谢。"),
    ("新华社记者", "请问海关在便利边境贸易通关方面将采取哪些措施？"),
    ("孙立群", "谢谢你的提问。海关总署将重点推进以下工作：一是在广西友谊关、东兴，云南磨憨、瑞丽等边境口岸推广“智慧口岸”建设，推行“卡口自动核放”“车辆免停”等便利化措施；二是扩大边民互市贸易申报系统应用范围，实现“一次申报、一站通关”。到2025年底，边境陆路口岸进口货物整体通关时间力争再压缩20%。"),
    (None, "同时，我们将支持新疆霍尔果斯、阿拉山口和内蒙古满洲里、二连浩特等铁路口岸提升中欧班列通关效率，推广“铁路快通”模式，对符合条件的班列货物实行“先放行、后检查”。"),
    ("凤凰卫视记者", "《若干措施》提到沿边地区要服务高质量共建“一带一路”。请问国家发展改革委在支持沿边开放平台建设方面有何考虑？"),
    ("周海川", "谢谢你的提问。国家发展改革委将从三个方面支持沿边开放平台建设：一是支持满洲里、二连浩特、瑞丽、勐腊（磨憨）等重点开发开放试验区完善基础设施，2025年安排中央预算内投资不少于20亿元；二是推动中老铁路、中越跨境铁路沿线口岸城市发展跨境物流和加工产业；三是指导沿边省区编制边境经济合作区提质升级方案，对考核评价排名靠前的给予用地指标倾斜。谢谢。"),
    ("中国日报记者", "我的问题是关于人员往来。边民和跨境务工人员出入境便利化方面有什么新举措？"),
    ("何静", "谢谢你的提问。国家移民管理局将在中越、中老、中缅边境口岸推行边民出入境通行证“一次签发、多次有效”，有效期由1年延长至3年；在广西凭祥、云南瑞丽开展跨境务工人员集中管理服务试点，为合法入境务工人员办理居留证件提供“一站式”服务。谢谢。"),
    ("第一财经记者", "请问《若干措施》在金融支持方面有哪些安排？"),
    ("赵明远", "谢谢你的提问。《若干措施》提出，支持在广西、云南开展人民币与周边国家货币直接兑换，扩大边境贸易跨境人民币结算规模；鼓励金融机构为边民互助组和落地加工企业提供专项信贷产品，对符合条件的给予贷款贴息。我们将会同人民银行等部门抓好落实。谢谢。"),
    ("林晓岚", "谢谢各位发布人，谢谢各位记者朋友。今天的吹风会就到这里，大家再见。"),
]
D_PHOTOS = {  # after which turn index a photo + caption appears
    1: ("fbh01.jpg", "2024年12月6日，国务院新闻办公室举行国务院政策例行吹风会。图为商务部副部长赵明远介绍有关情况。　中国网　陈　晨/摄"),
    9: ("fbh02.jpg", "图为海关总署副署长孙立群答记者问。　中国网　陈　晨/摄"),
}


def d_clauses():
    return [(s + "：" + t) if s else t for s, t in D_TURNS]


SCIO_CSS = """body{margin:0;font-family:"Microsoft YaHei";background:#fff}
.scio-top{background:#9e0b0f;height:130px}.scio-top img{margin:28px 0 0 60px}
.scio-nav{background:#7d0a0d}.scio-nav a{color:#fff;line-height:48px;padding:0 20px;font-size:16px;display:inline-block}
.position{width:1100px;margin:14px auto;font-size:14px;color:#666}
.fbh-title h1{text-align:center;font-size:28px;color:#9e0b0f;margin:20px 0 4px}
.fbh-title h2{text-align:center;font-size:20px;color:#333;font-weight:normal;margin:0 0 14px}
.fbh-info{width:1000px;margin:0 auto;background:#f7f3ee;padding:14px 24px;font-size:15px;line-height:28px}
.fbh-info dt{float:left;width:70px;color:#9e0b0f}
.article-tools{width:1000px;margin:10px auto;text-align:right;font-size:13px;color:#888}
.tw-content{width:1000px;margin:20px auto;font-size:17px;line-height:34px}
.tw-content p{text-indent:2em;margin:0 0 12px}
.tw-content .pic{text-align:center;text-indent:0}
.tw-content .pic-desc{text-align:center;text-indent:0;color:#555;font-size:14px}
.bjbox{width:1000px;margin:0 auto;text-align:right;font-size:14px;color:#666}
.xgzt{width:1100px;margin:24px auto;border-top:2px solid #9e0b0f}
.scio-foot{background:#333;color:#bbb;text-align:center;font-size:13px;line-height:26px;padding:20px 0}
"""


def build_scio():
    stem = "blind213_scio_chuifenghui"
    fd = files_dir(stem)
    F = "./" + stem + "_files/"
    text_file(os.path.join(fd, "scio.css"), SCIO_CSS)
    text_file(os.path.join(fd, "jquery.js.下载"), JQ)
    text_file(os.path.join(fd, "fontsize.js.下载"), "function setFont(n){$('.tw-content').css('font-size',n+'px')}\n")
    png(os.path.join(fd, "scio_logo.png"), 520, 70, (158, 11, 15), [(158, 11, 15), (255, 230, 200)])
    photo(os.path.join(fd, "fbh01.jpg"), 640, 400, 3)
    photo(os.path.join(fd, "fbh02.jpg"), 640, 400, 8)
    png(os.path.join(fd, "wx_ico.png"), 24, 24, (26, 173, 25))
    png(os.path.join(fd, "wb_ico.png"), 24, 24, (230, 22, 45))

    h = saved_head(D_URL)
    h += '<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
    h += '<title>国务院政策例行吹风会（2024年12月6日）_图文实录_中华人民共和国国务院新闻办公室</title>\n'
    h += '<meta name="description" content="国务院新闻办公室于2024年12月6日下午举行国务院政策例行吹风会，%s，并答记者问。">\n' % D_SUB
    h += '<meta name="keywords" content="边境贸易;沿边地区;吹风会">\n'
    h += '<link rel="stylesheet" href="%sscio.css">\n<script src="%sjquery.js.下载"></script>\n<script src="%sfontsize.js.下载"></script>\n' % (F, F, F)
    h += '</head>\n<body>\n'
    h += '<div class="scio-top"><a href="http://www.scio.gov.cn/"><img src="%sscio_logo.png" alt="中华人民共和国国务院新闻办公室 The State Council Information Office of the People\'s Republic of China"></a><div class="toplinks"><a href="http://english.scio.gov.cn/">English</a> | <a href="http://french.scio.gov.cn/">Français</a> | <a href="javascript:;">无障碍</a></div></div>\n' % F
    h += '<div class="scio-nav"><a href="http://www.scio.gov.cn/">首页</a><a href="http://www.scio.gov.cn/xwfb/">新闻发布</a><a href="http://www.scio.gov.cn/live/">发布会直播</a><a href="http://www.scio.gov.cn/zfbps/">白皮书</a><a href="http://www.scio.gov.cn/gxzl/">各地新闻办</a><a href="http://www.scio.gov.cn/zxbd/">最新报道</a></div>\n'
    h += '<div class="position">您现在的位置：<a href="http://www.scio.gov.cn/">首页</a> &gt; <a href="http://www.scio.gov.cn/xwfb/">新闻发布</a> &gt; <a href="http://www.scio.gov.cn/xwfb/gwyzclxchfh/">国务院政策例行吹风会</a> &gt; 图文实录</div>\n'
    h += '<div class="fbh-title"><h1>国务院政策例行吹风会</h1><h2>%s</h2></div>\n' % D_SUB
    h += '<div class="fbh-info"><dl>\n'
    h += '<dt>时　间：</dt><dd>2024年12月6日（星期五）下午3时</dd>\n'
    h += '<dt>地　点：</dt><dd>国务院新闻办新闻发布厅</dd>\n'
    h += '<dt>主　题：</dt><dd>%s</dd>\n' % D_SUB
    h += '<dt>发布人：</dt><dd>商务部副部长　赵明远<br>海关总署副署长　孙立群<br>国家发展改革委区域开放司司长　周海川<br>国家移民管理局边防检查管理司司长　何　静</dd>\n'
    h += '<dt>主持人：</dt><dd>国务院新闻办公室新闻局副局长、新闻发言人　林晓岚</dd>\n'
    h += '</dl></div>\n'
    h += '<div class="article-tools"><span>2024-12-06 18:26</span>　<span>来源：国务院新闻办公室网站</span>　<span>字号：<a href="javascript:setFont(20)">大</a> <a href="javascript:setFont(17)">中</a> <a href="javascript:setFont(14)">小</a></span>　<a href="javascript:window.print()">打印</a>　<span>分享到：<a href="javascript:;"><img src="%swx_ico.png" alt="微信"></a><a href="javascript:;"><img src="%swb_ico.png" alt="微博"></a></span></div>\n' % (F, F)
    h += '<div class="tw-content" id="content">\n'
    h += '<p><strong>文字实录</strong></p>\n'
    for i, (s, t) in enumerate(D_TURNS):
        if s:
            h += '<p><strong>%s：</strong>%s</p>\n' % (s, t)
        else:
            h += '<p>%s</p>\n' % t
        if i in D_PHOTOS:
            img, cap = D_PHOTOS[i]
            h += '<p class="pic"><img src="%s%s" width="640" height="400" alt=""></p>\n<p class="pic-desc">%s</p>\n' % (F, img, cap)
    h += '</div>\n'
    h += '<div class="bjbox">责任编辑：刘　畅</div>\n'
    h += '<div class="xgzt"><h3>相关阅读</h3><ul>\n'
    for t, u in [
        ("国务院办公厅关于进一步扩大边境贸易促进沿边地区开放发展的若干措施", "https://www.gov.cn/zhengce/content/202412/content_6991002.htm"),
        ("国务院政策例行吹风会（2024年11月29日）", "http://www.scio.gov.cn/live/2024/35201/tw/"),
        ("商务部：前10个月边境贸易进出口同比增长9.6%", "http://www.scio.gov.cn/zxbd/nd/202411/t20241120_868231.html"),
    ]:
        h += '<li><a href="%s" target="_blank">%s</a></li>\n' % (u, t)
    h += '</ul></div>\n'
    h += '<div class="scio-foot"><p><a href="http://www.scio.gov.cn/gywm/">关于我们</a> | <a href="http://www.scio.gov.cn/lxwm/">联系我们</a> | <a href="http://www.scio.gov.cn/wzdt/">网站地图</a></p>\n'
    h += '<p>版权所有：中华人民共和国国务院新闻办公室　地址：北京市西城区西长安街5号</p>\n<p>网站标识码：bm46000001　京ICP备19001234号　京公网安备11010202000123号</p></div>\n'
    h += '</body></html>\n'
    text_file(os.path.join(HERE, stem + ".html"), h)
    return stem


# ================================================================ expected
def expected():
    out = {}
    out["blind213_gwy_yunnan"] = [{
        "meta": {
            "title": A_TITLE, "doc_number": A_NUM, "issuer": ["国务院"],
            "date": "2024-11-18", "published": "2024-11-26", "level": "national", "region": "全国",
            "effective": None, "expires": None, "attachments": [A_FA], "doc_type": "通知（印发方案）",
            "recipients": ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"], "publicity": "此件公开发布",
        },
        "clauses": a_clauses(),
        "applies_to": {
            "default": "云南省 — 中国（云南）自由贸易试验区（昆明、红河、德宏片区）",
            "specific": {
                "方案 一、": "昆明片区、红河片区、德宏片区 (whole 自贸试验区)",
                "方案 （一）": "德宏片区（瑞丽口岸）、红河片区（河口口岸）",
                "方案 （二）": "红河片区、德宏片区",
                "方案 （三）": "昆明片区；昆明综合保税区",
                "方案 （四）": "德宏片区；中缅边境经济合作区瑞丽园区（瑞丽市）",
                "方案 （五）": "昆明片区；昆明综合保税区",
                "方案 （六）": "昆明片区（王家营西站）；中国老挝磨憨—磨丁经济合作区（西双版纳州勐腊县磨憨镇 — outside the 自贸试验区）",
                "方案 （七）": "德宏片区、红河片区",
                "方案 （八）": "自贸试验区（bond issuing）; QFLP 试点 in 昆明片区 only",
                "方案 （九）": "德宏片区、红河片区",
                "方案 （十）": "自贸试验区（负面清单）; platform in 昆明片区",
            },
            "note": "A national document whose measures apply in one province: 全国 as the only place is too broad (medium); 云南省 / 自贸试验区 is the default. 南亚东南亚, 缅甸, 越南, 老挝 (and 中缅/中越) are counterpart countries, not places of application. The 通知 paragraphs (N1, N2) apply to 云南省 as well.",
        },
        "_note": (
            "Saved from Chrome (网页，全部): <!-- saved from url=(NNNN)… -->, scripts saved as *.js.下载, an iframe (saved_resource.html, weather widget), a hidden share image. "
            "Page furniture: topbar (首页|简|繁|EN|登录|邮箱|无障碍), logo, search box, nav (首页 新闻 专题 政策 互动 服务 数据 国情 国务院), breadcrumb 首页 > 政策 > 政策文件库 > 国务院文件, "
            "【我要纠错】 责任编辑, QR code (扫一扫在手机打开当前页), 【打印】【关闭】, 分享到 (images), 相关稿件 (4 links — one is the 2019 总体方案 通知: a link, not a document on this page), footer (主办单位/ICP/公网安备). "
            "The METADATA TABLE (table.bd1, 2×4 cells + colspan 标题 row) gives 索引号 000014349/2024-00141 (not a 文号), 主题分类, 发文机关 国务院, 成文日期 2024年11月18日, 标题, 发文字号 国发〔2024〕31号, 发布日期 2024年11月26日 — none of its rows is a clause. "
            "<meta name=firstpublishedtime 2024-11-26-17:00:08> agrees with 发布日期. "
            "Body: title repeated in bold with TWO <br> (…关于印发 / 《…面向南亚 / 东南亚开放水平方案》的通知 — the second break splits 南亚|东南亚) → joined with no space; 文号 line; 主送; 2 notice paragraphs (clauses); 落款 国务院<br>2024年11月18日 in ONE right-aligned <p>; （此件公开发布）; "
            "then the 方案 with NO 附件 label: its title in bold (a heading → attachments), an intro paragraph (clause), 一、…六、 headings in <strong> on their own <p> (not clauses), items （一）…（十二） numbered CONTINUOUSLY across sections (they do not restart), each a whole paragraph. "
            "一、总体要求 has no （N） item: its paragraph is a clause. 16 clauses counted as ONE document (通知 + 方案). No effective/expires stated (effective = 2024-11-18 or -26 tolerable low). Target year 2027 / deadline 2025年底 are not document dates."
        ),
    }]
    b_spec = {
        "一、（一）": "上海外高桥港综合保税区、洋山特殊综合保税区（芦潮港区域）（上海市浦东新区）",
        "一、（二）": "苏州工业园综合保税区、昆山综合保税区（江苏省苏州市）",
        "一、（三）": "广州黄埔综合保税区（广州市黄埔区）、深圳前海综合保税区（深圳市南山区）",
        "一、（四）": "重庆西永综合保税区（重庆市沙坪坝区）",
        "一、（五）": "成都高新综合保税区（四川省成都市）",
        "一、（六）": "钦州综合保税区（广西壮族自治区钦州市）",
        "一、": "the ten 综保区 listed in （一）—（六）",
        "七、": "上海市、江苏省、广东省、重庆市、四川省、广西壮族自治区（试点综保区所在省级）",
    }
    out["blind213_mofcom_gonggao"] = [{
        "meta": {
            "title": B_TITLE, "doc_number": B_NUM, "issuer": ["商务部", "海关总署"],
            "date": "2024-10-15", "published": "2024-10-18", "level": "national", "region": "全国",
            "effective": "2024-11-01", "expires": "2027-10-31", "attachments": list(B_ATT), "doc_type": "公告",
            "recipients": [], "publicity": None,
        },
        "clauses": [B_INTRO] + list(B_ITEMS),
        "applies_to": {
            "default": "the ten 综合保税区 of item 一、 (in 上海、江苏、广东、重庆、四川、广西)",
            "specific": b_spec,
            "note": "全国 as the only place for the whole 公告 is too broad (medium): the 试点 runs only in the listed 综保区. 共建“一带一路” in the preamble is no place. Items 二、—六、 apply to the 试点企业 in those 综保区 (default).",
        },
        "_note": (
            "The page is saved in GBK (<meta … charset=gb2312>, CRLF line ends; linked css also GBK with @charset \"gb2312\") — must be decoded, not read as UTF-8/latin-1 mojibake. "
            "Page furniture: top bar (date 2024年10月18日 星期五, English|繁體|无障碍|登录), logo, search, nav, breadcrumb 当前位置：首页 > 政务公开 > 政策发布 > 公告, "
            "h1 title in TWO lines (商务部 海关总署公告2024年第47号<br>关于…的公告), info line 发布时间：2024-10-18 15:42 / 来源：对外贸易司 / 字号 大中小 / 打印本页 / 关闭, "
            "the 附件下载 box AFTER the 落款 with two links (1．保税再制造产品目录.pdf, 2．首批保税再制造试点企业名单.xlsx → absolute URLs to files that were NOT saved; nothing to read, and they are the same two 附件 as the body's 附件说明 — do not count them twice), 分享到 (images), 相关新闻 (3 links — one is another 公告 2023年第59号: a link only), footer. "
            "Body: number line 商务部 海关总署公告2024年第47号 (doc_number; the issuers are the two organs, joint), title line, intro paragraph ending 公告如下：(clause), 一、 lead-in + （一）—（六） one 综保区 line each (separate <p>; merged into 一、 equally good), 二、—八、 run-in items (number + caption + text = one clause). "
            "附件说明 附件：1．…<br>　　　2．… (one <p>, soft break) → attachments without the 1．/2． prefixes; an empty &nbsp; paragraph; 落款 商务部　海关总署 / 2024年10月15日 (no 主送, no 此件公开发布, no 版记). "
            "八、 本公告自2024年11月1日起施行，试点期限3年 → effective 2024-11-01, expires 2027-10-31 (to compute). date 2024-10-15 (落款), published 2024-10-18 (page). Title: 关于在部分综合保税区开展保税再制造业务试点的公告 (with the 公告号 prefix or 商务部 海关总署 prefix equally good). 15 clauses. "
            "Deadline 每年1月31日 (七、) is no document date."
        ),
    }]
    c_spec = {
        "intro": "连云港、义乌、合肥、济南、武汉、长沙、霍尔果斯 (the 7 集结中心)",
        "三、": "集结中心 cities; 阿拉山口、霍尔果斯、满洲里、二连浩特 are the exit ports of the lines (霍尔果斯 is also a 集结中心)",
        "附件2 序号1": "江苏省连云港市（上合组织（连云港）国际物流园）",
        "附件2 序号2": "浙江省义乌市（义乌铁路口岸）",
        "附件2 序号3": "安徽省合肥市（合肥北站物流基地）",
        "附件2 序号4": "山东省济南市（济南国际内陆港）",
        "附件2 序号5": "湖北省武汉市（吴家山铁路集装箱中心站，东西湖区）",
        "附件2 序号6": "湖南省长沙市（长沙金霞经济开发区，开福区）",
        "附件2 序号7": "新疆维吾尔自治区伊犁哈萨克自治州霍尔果斯市（霍尔果斯铁路口岸）",
    }
    out["blind213_ndrc_jijie"] = [{
        "meta": {
            "title": C_TITLE, "doc_number": C_NUM, "issuer": ["国家发展改革委"],
            "date": "2024-09-20", "published": "2024-09-27", "level": "national", "region": "全国",
            "effective": None, "expires": None, "attachments": list(C_ATT), "doc_type": "通知",
            "recipients": ["江苏省、浙江省、安徽省、山东省、湖北省、湖南省、新疆维吾尔自治区发展改革委", "中国国家铁路集团有限公司"],
            "publicity": None,
        },
        "clauses": c_clauses(),
        "applies_to": {
            "default": "the 7 集结中心: 江苏连云港、浙江义乌、安徽合肥、山东济南、湖北武汉、湖南长沙、新疆霍尔果斯 (their 7 provinces)",
            "specific": c_spec,
            "note": "全国 alone is too broad (medium). 附件1 (建设要点) items apply to every 集结中心 (default). 中欧 / 欧洲 / 上合组织 are no places of application; 上合组织（连云港）国际物流园 is a place in 连云港.",
        },
        "_note": (
            "Chrome save of an NDRC page: <!-- saved from url=(NNNN)… -->, scripts *.js.下载, a hidden iframe saved_resource(1).html. Furniture: logo, ENGLISH|无障碍浏览|网站地图, nav, breadcrumb 当前位置：首页 > 政务公开 > 政策 > 通知, "
            "div.article_title with the title (body has NO title line — the title comes only from the page header / <title> …_国家发展和改革委员会), time line 发布时间：2024/09/27 来源：经贸司 [打印本页] [关闭窗口], "
            "a link 附件：发改经贸〔2024〕1387号.pdf (a PDF of the same document, not saved — not an attachment of the document), 分享到 微信 微博 [打印] [关闭], 相关稿件 (3 links, one an older 通知), footer with 找错 image. "
            "Body (TRS_Editor) pasted from Word: every paragraph broken into <span> runs, some mid-word (中欧|班列 etc.) — must be joined with no space; 文号 line 发改经贸〔2024〕1387号 (span split after 发改经贸); 主送 (two recipients: the 7 provincial 发展改革委 as one group, and 国铁集团); intro ending 通知如下：(clause); 一、…五、 run-in items (黑体 caption span + text); "
            "附件说明 on two <p> (附件：1．… / 2．…, the second indented 5em); 落款 国家发展改革委 / 2024年9月20日 after an &nbsp; paragraph; then ON THE SAME PAGE: 附件1 label, title 中欧班列集结中心示范工程建设要点, 一、二、三、 heading paragraphs (not clauses), （一）…（八） items numbered continuously (楷体 caption + text); "
            "附件2 label, title, a 4-column table (header row of <td><strong>, no <th>) 序号/集结中心/所在省份/项目主体（实施单位） with 7 rows; the 项目主体 cell has a <br> before （…） (joined with no space). Each row one clause written 序号：N；集结中心：…；所在省份：…；项目主体（实施单位）：… . "
            "ONE document (通知 + 2 attachments), 21 clauses. No effective/expires (effective = 2024-09-20 tolerable low); 2024年11月30日, 每年1月31日, 2026年 are deadlines, not document dates. No 此件公开发布 on the page."
        ),
    }]
    d_spec = {
        "turn 3 (第一，…)": "内蒙古、辽宁、吉林、黑龙江、广西、云南、西藏、新疆 (8 沿边省区)",
        "turn 4 (第二，…)": "广西凭祥、东兴，云南瑞丽、河口，新疆霍尔果斯，内蒙古满洲里、二连浩特，黑龙江绥芬河",
        "turn 8 (赵明远 落地加工)": "广西、云南；广西东兴、云南河口",
        "turn 10 (孙立群)": "广西友谊关（凭祥）、东兴，云南磨憨、瑞丽 (边境口岸)",
        "turn 11 (孙立群 continued)": "新疆霍尔果斯、阿拉山口，内蒙古满洲里、二连浩特 (铁路口岸)",
        "turn 13 (周海川)": "满洲里、二连浩特、瑞丽、勐腊（磨憨）",
        "turn 15 (何静)": "中越、中老、中缅边境口岸; 广西凭祥、云南瑞丽 (试点)",
        "turn 17 (赵明远 金融)": "广西、云南",
    }
    out["blind213_scio_chuifenghui"] = [{
        "meta": {
            "title": D_TITLE, "doc_number": None, "issuer": ["国务院新闻办公室"],
            "date": "2024-12-06", "published": "2024-12-06", "level": "national", "region": "全国",
            "effective": None, "expires": None, "attachments": [], "doc_type": "文字实录（国务院政策例行吹风会）",
            "recipients": [], "publicity": None,
            "speakers": ["林晓岚（主持人，国务院新闻办公室新闻局副局长、新闻发言人）", "赵明远（商务部副部长）", "孙立群（海关总署副署长）", "周海川（国家发展改革委区域开放司司长）", "何静（国家移民管理局边防检查管理司司长）"],
        },
        "clauses": d_clauses(),
        "applies_to": {
            "default": "全国 (沿边地区)",
            "specific": d_spec,
            "note": "A transcript, not a 公文: no 文号, no 主送, no 落款; the policy it presents (国务院办公厅《若干措施》) is not on the page (only a 相关阅读 link). 东盟, 中越/中老/中缅, 中欧班列 are no places of application.",
        },
        "_note": (
            "Chrome save of a SCIO 图文实录 page. Furniture: logo, English|Français|无障碍, nav, breadcrumb 您现在的位置：首页 > 新闻发布 > 国务院政策例行吹风会 > 图文实录, "
            "h1 国务院政策例行吹风会 + h2 介绍《…》有关情况 (title = the two joined; 国务院政策例行吹风会（2024年12月6日） from <title> equally good), an info box (<dl>: 时间 2024年12月6日（星期五）下午3时, 地点, 主题, 发布人 with <br>, 主持人 — metadata, not clauses), "
            "tool line 2024-12-06 18:26 来源：国务院新闻办公室网站 字号 大中小 打印 分享到, a bold 文字实录 label (heading, not a clause), two photos each followed by a centred caption <p class=pic-desc> (图为…　中国网　陈　晨/摄 — furniture, not clauses, and must not be glued to the turn before or after), 责任编辑, 相关阅读 (3 links), footer. "
            "Clauses: one per <p> of speech, 18 in all; a turn starts with the speaker in <strong>（林晓岚：, 赵明远：, 中央广播电视总台央视记者：…）and the speaker stays with the text; "
            "4 continuation paragraphs (第一，/第二，/第三， under 赵明远's opening and 同时，… under 孙立群) have no speaker of their own — merging them into the speaker's turn is equally good, but a reporter's question must never be glued to the answer before it. "
            "date 2024-12-06 (the briefing), published 2024-12-06 18:26; 2023年, 2025年底 are data/targets, not document dates. No 文号 — 若干措施 is a 国务院办公厅 document cited, not this page's."
        ),
    }]
    return out


def main():
    stems = [build_gwy(), build_mofcom(), build_ndrc(), build_scio()]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[s + ".html" for s in stems])


if __name__ == "__main__":
    main()
