# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 126: policies as they reach analysts through WeChat public accounts.

Writes, next to itself:
  blind126_fujian_wechat.html  - a 微信公众号 article (福建自贸发布, 原创, 2024-06-18 09:30 发表于福建)
                                  reproducing a joint 福建省商务厅/福建省财政厅 policy (闽商务自贸〔2024〕7号)
                                  inside a scroll box, with emoji lead-in, 划重点 box, image table + HTML table,
                                  ▼ markers, 图： captions, 来源/编辑/审核/阅读原文/在看/往期推荐 furniture,
                                  and the raw page's js_content `visibility: hidden` + data-src images.
  blind126_fujian_toutiao.html - the same article reposted on a 今日头条-like site (海西头条) a day later,
                                  with a rewritten headline, site nav, 展开全文, ad, 免责声明, comments,
                                  相关推荐, ICP/公安备案 footer.
  blind126_xiamen_tujie.html   - a short 公众号 图解 (一图读懂) of a 厦门片区 policy: bullets and images, no 文号.
  expected.json                - what a careful human would extract.
Run again to rebuild.
"""
import html
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
E = html.escape

# ---------------------------------------------------------------- the policy
POL_TITLE = "福建省商务厅 福建省财政厅关于支持自由贸易试验区高质量服务“丝路海运”建设的若干措施"
POL_TITLE_LINES = ["福建省商务厅 福建省财政厅", "关于支持自由贸易试验区高质量服务", "“丝路海运”建设的若干措施"]
POL_NO = "闽商务自贸〔2024〕7号"
POL_ZHUSONG = "各设区市商务局、财政局，平潭综合实验区经济发展局、财政金融局，中国（福建）自由贸易试验区福州、厦门、平潭片区管委会："
POL_PREAMBLE = "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，发挥中国（福建）自由贸易试验区制度创新优势，推动“丝路海运”“丝路飞翔”“丝路电商”融合发展，加快建设21世纪海上丝绸之路核心区，经研究，提出如下措施。"

FJ = "福建省（中国（福建）自由贸易试验区）"
FZ = "福建省福州市（福州片区）"
XM = "福建省厦门市（厦门片区）"
PT = "福建省平潭综合实验区（平潭片区）"

# (kind, text, applies_to); kind: h1 / h2 / item / sub / p
BODY = [
    ("h1", "一、拓展“丝路海运”航线网络", FJ),
    ("h2", "（一）支持新开航线。对在自贸试验区内港区新开通并连续运营6个月以上的“丝路海运”命名航线，按照航线类别给予航运企业一次性补助，补助标准见表1。每家企业每年补助总额不超过300万元。", FJ),
    ("IMGTABLE", "", None),
    ("h2", "（二）鼓励加密班次。对现有“丝路海运”航线年度航班数较上年增长20%以上的，按每新增1个航次1万元给予奖励，单条航线年度奖励不超过50万元。", FJ),
    ("h1", "二、提升通关便利化水平", FJ),
    ("h2split", "（三）推广“船边直提”“抵港直装”。|福州片区、厦门片区应于2024年9月底前实现“丝路海运”航线进出口货物“船边直提”“抵港直装”全覆盖；平潭片区结合对台海运快件业务同步推进。", [FZ, XM, PT]),
    ("h2", "（四）深化国际贸易“单一窗口”应用。依托福建国际贸易“单一窗口”，推动“丝路海运”电子信息平台与东盟国家港口数据互联互通，2024年底前实现与不少于5个共建“一带一路”国家港口的物流信息交换。", FJ),
    ("h1", "三、培育外贸新业态", FJ),
    ("h2", "（五）支持海外仓建设。对自贸试验区内企业在共建“一带一路”国家新建或租赁面积2000平方米以上的海外仓，按实际投入的30%给予补助，单个项目最高200万元。申报企业应同时符合以下条件：", FJ),
    ("item", "1.在自贸试验区内注册，具有独立法人资格；", FJ),
    ("item", "2.海外仓位于共建“一带一路”国家，且具备以下功能之一：", FJ),
    ("sub", "（1）提供头程物流、仓储、尾程配送一体化服务；", FJ),
    ("sub", "（2）提供退换货、维修等售后服务。", FJ),
    ("item", "3.上年度通过海外仓实现的进出口额不低于1000万元。", FJ),
    ("h2", "（六）发展跨境电商。支持厦门片区建设“丝路电商”合作先行区，对注册在厦门片区、年跨境电商交易额首次突破1亿元的企业给予50万元一次性奖励。", XM),
    ("h1", "四、强化保障措施", FJ),
    ("h2", "（七）加强资金保障。所需资金从省级商务发展专项资金中统筹安排，2024年度资金安排见表2。各设区市可按不低于1:1比例配套。", FJ),
    ("HTMLTABLE", "", None),
    ("h2", "（八）做好组织实施。各片区管委会要结合实际制定实施细则，于2024年7月31日前报省商务厅、省财政厅备案。", FJ),
    ("p", "本措施自印发之日起施行，有效期至2026年12月31日。此前有关规定与本措施不一致的，以本措施为准。", FJ),
]
TABLE2_TITLE = "表2　2024年度省级资金安排表"
TABLE2_HEAD = ["片区", "重点支持方向", "省级资金（万元）", "市级配套（万元）"]
TABLE2_ROWS = [
    (["福州片区", "新开航线、海外仓", "1500", "1500"], FZ),
    (["厦门片区", "航线加密、跨境电商", "2000", "2000"], XM),
    (["平潭片区", "对台海运快件、海外仓", "800", "400"], PT),
    (["合计", "—", "4300", "3900"], FJ),
]
TABLE1_ALT = "表1 “丝路海运”新开航线补助标准"
TABLE1_CAPTION = "图：“丝路海运”新开航线补助标准（表1）"
ATTACHMENTS = ["“丝路海运”航线补助申报表", "海外仓项目申报指南"]
SIGNERS = ["福建省商务厅", "福建省财政厅"]
POL_DATE_CN = "2024年6月12日"


def row_text(cells):
    return "；".join("%s：%s" % (h, c) for h, c in zip(TABLE2_HEAD, cells))


def expected_policy_clauses():
    cl, ap = [POL_PREAMBLE], [FJ]
    for kind, text, where in BODY:
        if kind == "IMGTABLE":
            continue
        if kind == "HTMLTABLE":
            for cells, w in TABLE2_ROWS:
                cl.append(row_text(cells)); ap.append(w)
            continue
        cl.append(text.replace("|", "")); ap.append(where if isinstance(where, str) else "、".join(where))
    return cl, ap


# ---------------------------------------------------------------- WeChat helpers
PSTYLE = "margin-bottom: 16px;line-height: 1.75em;text-align: justify;"
SSTYLE = "font-size: 15px;letter-spacing: 1px;color: rgb(62, 62, 62);font-family: mp-quote, -apple-system-font, BlinkMacSystemFont, Arial, sans-serif;"


def wp(inner, center=False, right=False, indent=True, raw=False):
    style = PSTYLE
    if center:
        style = style.replace("text-align: justify;", "text-align: center;")
    if right:
        style = style.replace("text-align: justify;", "text-align: right;")
    if indent and not center and not right:
        style += "text-indent: 2em;"
    body = inner if raw else E(inner)
    return '<p style="%s"><span style="%s" leaf="">%s</span></p>' % (style, SSTYLE, body)


def wimg(name, alt, w=1080, h=720, ratio="0.6666666666666666"):
    return ('<p style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="%s" data-s="300,640" '
            'data-src="https://mmbiz.qpic.cn/mmbiz_png/Xq8cE2vLk9%s/640?wx_fmt=png&amp;from=appmsg" data-type="png" '
            'data-w="%d" style="width: 100%%;height: auto;" alt="%s" src="data:image/gif;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVQImWNgYGBgAAAABQABh6FO1AAAAABJRU5ErkJggg=="></p>'
            % (ratio, name, w, E(alt)))


def wcaption(text):
    return '<p style="text-align: center;margin-bottom: 20px;"><span style="font-size: 12px;color: rgb(136, 136, 136);" leaf="">%s</span></p>' % E(text)


def wblank():
    return '<p style="margin-bottom: 0px;"><br></p>'


def h1_box(text):
    return ('<section style="margin: 20px 0px 12px;text-align: left;"><section style="display: inline-block;background-color: rgb(0, 82, 163);'
            'padding: 4px 14px;border-radius: 0px 16px 0px 16px;"><p style="margin: 0px;"><span style="font-size: 16px;color: rgb(255, 255, 255);'
            'letter-spacing: 1px;" leaf=""><strong>%s</strong></span></p></section></section>' % E(text))


def wechat_table_html():
    rows = ['<tr>' + "".join('<td style="border: 1px solid rgb(0, 82, 163);background-color: rgb(222, 235, 247);padding: 5px 8px;" align="center" valign="middle"><span style="font-size: 13px;" leaf=""><strong>%s</strong></span></td>' % E(h) for h in TABLE2_HEAD) + '</tr>']
    for cells, _ in TABLE2_ROWS:
        rows.append('<tr>' + "".join('<td style="border: 1px solid rgb(0, 82, 163);padding: 5px 8px;" align="center" valign="middle"><span style="font-size: 13px;" leaf="">%s</span></td>' % E(c) for c in cells) + '</tr>')
    return ('<p style="text-align: center;margin-bottom: 8px;"><span style="font-size: 14px;" leaf=""><strong>%s</strong></span></p>' % E(TABLE2_TITLE)
            + '<section style="overflow-x: auto;"><table style="width: 100%;border-collapse: collapse;" data-sort="sortDisabled"><tbody>'
            + "".join(rows) + '</tbody></table></section>')


def policy_wechat():
    """The policy reproduced inside a WeChat fixed-height scroll box."""
    out = []
    out.append('<p style="text-align: center;margin-bottom: 6px;"><span style="font-size: 18px;color: rgb(0, 0, 0);" leaf=""><strong>%s</strong></span></p>'
               % "<br>".join(E(x) for x in POL_TITLE_LINES))
    out.append(wp(POL_NO, center=True))
    out.append(wp(POL_ZHUSONG, indent=False))
    out.append(wp("&nbsp;&nbsp;&nbsp;&nbsp;" + E(POL_PREAMBLE), indent=False, raw=True))
    for kind, text, where in BODY:
        if kind == "h1":
            out.append('<p style="%s"><span style="%s" leaf=""><strong>%s</strong></span></p>' % (PSTYLE + "text-indent: 2em;", SSTYLE, E(text)))
        elif kind == "h2":
            lab, rest = text.split("。", 1)
            out.append('<p style="%s"><span style="%s" leaf=""><strong>%s。</strong>%s</span></p>' % (PSTYLE + "text-indent: 2em;", SSTYLE, E(lab), E(rest)))
        elif kind == "h2split":
            lab, rest = text.split("|")
            # editor's habit: bold sub-heading in its own paragraph, the text in the next
            out.append('<p style="%s"><span style="%s" leaf=""><strong>%s</strong></span></p>' % (PSTYLE + "text-indent: 2em;", SSTYLE, E(lab)))
            out.append(wp(rest))
        elif kind in ("item", "sub", "p"):
            out.append(wp(text))
        elif kind == "IMGTABLE":
            out.append(wimg("tbl1SiLuHaiYun", TABLE1_ALT, 1080, 620, "0.5740740740740741"))
            out.append(wcaption(TABLE1_CAPTION))
        elif kind == "HTMLTABLE":
            out.append(wechat_table_html())
            out.append(wblank())
    out.append(wblank())
    out.append('<p style="%s"><span style="%s" leaf="">附件：1.%s<br>&nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp;2.%s</span></p>' % (PSTYLE + "text-indent: 2em;", SSTYLE, E(ATTACHMENTS[0]), E(ATTACHMENTS[1])))
    out.append(wblank())
    out.append(wp("　　".join(SIGNERS), right=True))
    out.append(wp(POL_DATE_CN, right=True))
    out.append(wp("（此件主动公开）", indent=True))
    return "\n".join(out)


WECHAT_HEAD = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta name="referrer" content="origin-when-cross-origin">
<meta name="description" content="{desc}">
<meta name="author" content="{author}">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://mmbiz.qpic.cn/mmbiz_jpg/Xq8cE2vLk9cover/0?wx_fmt=jpeg">
<meta property="og:description" content="{desc}">
<meta property="og:site_name" content="微信公众平台">
<meta property="og:type" content="article">
<meta property="og:article:author" content="{author}">
<meta property="twitter:card" content="summary">
<meta property="twitter:title" content="{title}">
<title>{title}</title>
<style>
 html{{-ms-text-size-adjust:100%;-webkit-text-size-adjust:100%;line-height:1.6}}
 .rich_media_title{{font-size:22px;line-height:1.4;margin-bottom:14px}}
 .rich_media_meta{{display:inline-block;vertical-align:middle;margin:0 10px 10px 0;font-size:15px}}
 .rich_media_meta_text{{color:rgba(0,0,0,0.3)}}
 .icon_appmsg_tag{{color:rgba(0,0,0,0.3);background-color:rgba(0,0,0,0.05);padding:0 4px}}
 .wx_tap_link{{color:#576b95}}
 .qr_code_pc_outer{{display:none}}
</style>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page  mm_appmsg comment_feature discuss_tab appmsg_skin_default appmsg_style_default not_in_mm">
<div id="js_article" class="rich_media">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title " id="activity-name">
{title}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span id="copyright_logo" class="wx_tap_link js_wx_tap_highlight rich_media_meta icon_appmsg_tag appmsg_title_tag weui-wa-hotarea">原创</span>
<span class="rich_media_meta rich_media_meta_text">
{author}
</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt">
<a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">
{nickname}
</a>
<div id="js_profile_qrcode" aria-hidden="true" style="display:none;" class="profile_container">
<div class="profile_inner">
<strong class="profile_nickname">{nickname}</strong>
<img class="profile_avatar" id="js_profile_qrcode_img" src="" alt="">
<p class="profile_meta"><label class="profile_meta_label">微信号</label><span class="profile_meta_value">{wxid}</span></p>
<p class="profile_meta"><label class="profile_meta_label">功能介绍</label><span class="profile_meta_value">{intro}</span></p>
</div>
</div>
</span>
<span class="rich_media_meta rich_media_meta_text">
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{ptime}</em>
</span>
<span class="rich_media_meta rich_media_meta_text" id="js_ip_wording_wrp">发表于<span id="js_ip_wording">福建</span></span>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
"""

WECHAT_TAIL = """
</div>
<script type="text/javascript" nonce="1876312458" reportloaderror>var first_sceen__time = (+new Date()); if ("" == 1 && document.getElementById('js_content')) {{ document.getElementById('js_content').addEventListener("selectstart",function(e){{ e.preventDefault(); }}); }}</script>
<div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display:none;"></div>
<div class="reward_area tc reward_area_primary" id="js_preview_reward_author" style="display:none;">
<div class="reward-avatar"><img src="" alt=""></div>
<div class="reward_tips">喜欢作者</div>
</div>
<div class="rich_media_tool_area" id="js_toobar3">
<div class="rich_media_tool">
<a id="js_view_source" class="wx_tap_link js_wx_tap_highlight media_tool_meta meta_primary" href="{source_url}"><span>阅读原文</span></a>
<div id="js_read_area3" class="media_tool_meta tips_global_primary meta_primary" style="display:none;">阅读 <span id="readNum3">3521</span></div>
</div>
</div>
<div id="js_tags_preview_toast" class="article-tag__error-tips" style="display: none;">预览时标签不可点</div>
</div>
<div class="rich_media_area_primary_inner"><div id="js_pc_qr_code" class="qr_code_pc_outer" style="display:none;"><div class="qr_code_pc_inner"><div class="qr_code_pc"><img id="js_pc_qr_code_img" class="qr_code_pc_img" alt=""><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>
</div>
</div>
<div id="js_bottom_ad_area"></div>
<div class="rich_media_area_extra">
<div class="rich_media_area_extra_inner">
<div class="mpda_bottom_container" id="js_bottom_ad_area_2"></div>
<div id="js_iframetest" style="display:none;"></div>
</div>
</div>
<div id="unlogin_bottom_bar" class="wx_follow_context wx_follow_context_no_reward">
<div class="wx_follow_nickname">{nickname}</div>
<div class="wx_follow_tips">继续滑动看下一个</div>
<div class="wx_follow_btn_wrp"><span class="wx_follow_btn">轻触阅读原文</span></div>
</div>
<div class="wx_stream_article_slide_tip">
<div class="wx_stream_article_slide_tip_inner"><span>向上滑动看下一个</span></div>
</div>
<div class="weui-dialog__wrp" id="js_alert_panel" style="display:none;"><div class="weui-dialog"><div class="weui-dialog__bd">微信扫一扫可打开此内容，<br>使用完整服务</div><div class="weui-dialog__ft"><a class="weui-dialog__btn">知道了</a></div></div></div>
<div class="interaction_bar" id="js_interaction_bar"><span>：</span><span>，</span><span>。</span><span>视频</span><span>小程序</span><span>赞</span><span>，轻点两下取消赞</span><span>在看</span><span>，轻点两下取消在看</span><span>分享</span><span>留言</span><span>收藏</span><span>听过</span></div>
</div>
<script type="text/javascript" nonce="1876312458">
    var appuin = "MzA5NzQxMjM0Ng==" || "";
    var user_name = "{wxid_gh}";
    var nickname = htmlDecode("{nickname}");
    var msg_title = '{title}'.html(false);
    var msg_desc = htmlDecode("{desc}");
    var msg_link = "{url}";
    var ct = "{ct}";
    var publish_time = "{pdate}" || "";
    var round_head_img = "http://mmbiz.qpic.cn/mmbiz_png/Xq8cE2vLk9head/0?wx_fmt=png";
    var copyright_stat = "1";
    var ip_wording = {{ countryName: '中国', provinceName: '福建', cityName: '' }};
</script>
</body>
</html>
"""


def wechat_page(title, author, nickname, wxid, wxid_gh, intro, ptime, ct, desc, url, source_url, content):
    head = WECHAT_HEAD.format(title=E(title), author=E(author), nickname=E(nickname), wxid=wxid, intro=E(intro),
                              ptime=ptime, desc=E(desc), url=url)
    tail = WECHAT_TAIL.format(nickname=E(nickname), title=title.replace("'", "\\'"), desc=E(desc), url=url, ct=ct,
                              pdate=ptime[:10], wxid_gh=wxid_gh, source_url=source_url)
    return head + content + tail


def wechat_end(source, editor, reviewer, recs):
    out = [wblank(),
           '<p style="text-align: right;"><span style="font-size: 12px;color: rgb(136, 136, 136);" leaf="">来源：%s</span></p>' % E(source),
           '<p style="text-align: right;"><span style="font-size: 12px;color: rgb(136, 136, 136);" leaf="">编辑：%s</span></p>' % E(editor),
           '<p style="text-align: right;"><span style="font-size: 12px;color: rgb(136, 136, 136);" leaf="">审核：%s</span></p>' % E(reviewer),
           wblank(),
           '<section style="text-align: center;margin: 10px 0px;"><span style="font-size: 15px;color: rgb(0, 82, 163);" leaf=""><strong>▼往期推荐▼</strong></span></section>']
    for i, t in enumerate(recs):
        out.append('<p style="margin-bottom: 8px;"><a target="_blank" href="https://mp.weixin.qq.com/s?__biz=MzA5NzQxMjM0Ng==&amp;mid=26501%04d&amp;idx=1&amp;sn=ab%02dcd#rd" '
                   'textvalue="%s" linktype="text" imgurl="" imgdata="null" data-itemshowtype="0" tab="innerlink" data-linktype="2">'
                   '<span style="font-size: 14px;color: rgb(0, 82, 163);text-decoration: underline;" leaf="">%s</span></a></p>' % (i + 1, i, E(t), E(t)))
    out.append(wblank())
    out.append(wimg("qrcodeFooter", "图片", 1080, 400, "0.37"))
    out.append('<p style="text-align: center;"><span style="font-size: 14px;color: rgb(0, 82, 163);" leaf="">👇点击“在看”，让更多人看到👇<br>分享、点赞、在看，一键三连</span></p>')
    return "\n".join(out)


# ---------------------------------------------------------------- file (a): WeChat article
A_TITLE = "重磅！我省出台8条措施支持自贸试验区融入“丝路海运”建设"
A_DESC = "新开远洋航线最高补助100万元，海外仓最高补助200万元→"
A_RECS = ["政策｜我省印发《中国（福建）自由贸易试验区提升战略实施方案》",
          "数读｜1—5月福建自贸试验区新增企业1.2万户",
          "关注｜“丝路海运”联盟成员突破400家"]


def build_a():
    c = []
    c.append('<section style="margin-bottom: 0px;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_gif/Xq8cE2vLk9topGif/640?wx_fmt=gif" data-type="gif" alt="图片" style="width: 100%;"></section>')
    c.append(wp("📢好消息！近日，省商务厅、省财政厅联合印发《关于支持自由贸易试验区高质量服务“丝路海运”建设的若干措施》（以下简称《措施》），从拓展航线网络、提升通关便利、培育外贸新业态、强化保障4个方面提出8条具体举措，真金白银支持企业“扬帆出海”🚢", indent=False))
    c.append(wp("一起来看👉", indent=False))
    # 划重点 box
    c.append('<section style="margin: 16px 0px;padding: 12px 14px;border: 1px dashed rgb(0, 82, 163);border-radius: 8px;background-color: rgb(240, 246, 252);">'
             '<section style="margin-bottom: 8px;"><span style="font-size: 16px;color: rgb(0, 82, 163);" leaf=""><strong>📌划重点</strong></span></section>'
             + "".join('<p style="margin-bottom: 6px;line-height: 1.75em;"><span style="font-size: 14px;" leaf="">✅%s</span></p>' % E(t) for t in [
                 "新开远洋航线每条最高补助100万元",
                 "海外仓项目按投入30%补助，单个最高200万元",
                 "厦门片区跨境电商企业交易额首破1亿元奖励50万元",
                 "福州、厦门片区9月底前实现“船边直提”“抵港直装”全覆盖",
                 "政策有效期至2026年12月31日"])
             + '</section>')
    c.append(wimg("fileFrontPage", "文件首页", 1080, 1528, "1.4148148148148148"))
    c.append(wcaption("图：《措施》文件首页"))
    c.append('<p style="text-align: center;"><span style="font-size: 15px;color: rgb(0, 82, 163);" leaf=""><strong>▼</strong></span></p>')
    c.append(h1_box("政策原文"))
    c.append('<p style="text-align: center;"><span style="font-size: 12px;color: rgb(136, 136, 136);" leaf="">（上下滑动查看全文）</span></p>')
    c.append('<section style="height: 560px;overflow-x: hidden;overflow-y: auto;padding: 10px 12px;border: 1px solid rgb(220, 220, 220);box-sizing: border-box;" data-role="scroll-box">')
    c.append(policy_wechat())
    c.append('</section>')
    c.append('<p style="text-align: center;"><span style="font-size: 15px;color: rgb(0, 82, 163);" leaf=""><strong>▲</strong></span></p>')
    c.append(wp("企业可登录福建省商务厅门户网站“通知公告”栏目下载申报表格，或点击文末“阅读原文”查看。", indent=False))
    c.append(wechat_end("福建省商务厅", "林晓雯", "陈志明", A_RECS))
    page = wechat_page(A_TITLE, "福建商务", "福建自贸发布", "fjftz_fabu", "gh_3a5b7c9d1e2f", "发布中国（福建）自由贸易试验区权威政策资讯。",
                       "2024-06-18 09:30", "1718674200", A_DESC,
                       "http://mp.weixin.qq.com/s?__biz=MzA5NzQxMjM0Ng==&amp;mid=2650187654&amp;idx=1&amp;sn=5f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c",
                       "https://swt.fujian.gov.cn/xxgk/tzgg/202406/t20240618_6481234.htm", "\n".join(c))
    return page


# ---------------------------------------------------------------- file (b): toutiao-like repost
B_TITLE = "福建8条措施支持自贸区融入“丝路海运”：新开远洋航线最高补100万元"


def build_b():
    p = lambda t, **kw: "<p>%s</p>" % E(t)
    body = []
    body.append("<p>📢好消息！近日，省商务厅、省财政厅联合印发《关于支持自由贸易试验区高质量服务“丝路海运”建设的若干措施》（以下简称《措施》），从拓展航线网络、提升通关便利、培育外贸新业态、强化保障4个方面提出8条具体举措，真金白银支持企业“扬帆出海”🚢</p>")
    body.append("<p><strong>划重点</strong></p>")
    for t in ["✅新开远洋航线每条最高补助100万元", "✅海外仓项目按投入30%补助，单个最高200万元",
              "✅厦门片区跨境电商企业交易额首破1亿元奖励50万元", "✅福州、厦门片区9月底前实现“船边直提”“抵港直装”全覆盖",
              "✅政策有效期至2026年12月31日"]:
        body.append(p(t))
    body.append('<div class="pgc-img"><img src="https://p3-sign.toutiaoimg.com/tos-cn-i-6w9my0ksvp/9a8b7c6d5e4f~noop.image" img_width="1080" img_height="1528" alt="文件首页" inline="0"><p class="pgc-img-caption">图：《措施》文件首页</p></div>')
    body.append("<p><strong>政策原文</strong></p>")
    body.append("<p><strong>%s</strong></p>" % E(POL_TITLE))
    body.append(p(POL_NO))
    body.append(p(POL_ZHUSONG))
    body.append(p(POL_PREAMBLE))
    for kind, text, where in BODY:
        if kind == "h1":
            body.append("<p><strong>%s</strong></p>" % E(text))
        elif kind in ("h2", "h2split"):
            t = text.replace("|", "")
            lab, rest = t.split("。", 1)
            body.append("<p><strong>%s。</strong>%s</p>" % (E(lab), E(rest)))
        elif kind in ("item", "sub", "p"):
            body.append(p(text))
        elif kind == "IMGTABLE":
            body.append('<div class="pgc-img"><img src="https://p3-sign.toutiaoimg.com/tos-cn-i-6w9my0ksvp/1b2c3d4e5f6a~noop.image" img_width="1080" img_height="620" alt="%s" inline="0"><p class="pgc-img-caption">%s</p></div>' % (E(TABLE1_ALT), E(TABLE1_CAPTION)))
        elif kind == "HTMLTABLE":
            body.append("<p><strong>%s</strong></p>" % E(TABLE2_TITLE))
            t = ['<table><thead><tr>' + "".join("<th>%s</th>" % E(h) for h in TABLE2_HEAD) + "</tr></thead><tbody>"]
            for cells, _ in TABLE2_ROWS:
                t.append("<tr>" + "".join("<td>%s</td>" % E(x) for x in cells) + "</tr>")
            t.append("</tbody></table>")
            body.append("".join(t))
    body.append(p("附件：1.%s" % ATTACHMENTS[0]))
    body.append(p("2.%s" % ATTACHMENTS[1]))
    body.append(p("　　".join(SIGNERS)))
    body.append(p(POL_DATE_CN))
    body.append(p("（此件主动公开）"))
    body.append(p("来源：福建省商务厅　编辑：林晓雯　审核：陈志明"))
    body.append('<p class="ttdisclaimer" style="color:#999;font-size:13px">免责声明：本文转自微信公众号“福建自贸发布”（原作者：福建商务），仅供学习交流。文章版权归原作者所有，如有侵权请联系我们删除。文中内容不代表本平台立场，不构成任何投资建议。</p>')
    content = "\n".join(body)
    comments = [("厦门跨境人", "第五条海外仓补助30%，最高200万，我们公司在印尼的仓能申请吗？", "2024-06-19 10:21", "12"),
                ("闽江口老船长", "一、二条对船公司是真金白银，点赞！", "2024-06-19 11:05", "5"),
                ("平潭小吴", "平潭片区配套只有400万？", "2024-06-20 08:47", "2")]
    com_html = "\n".join(
        '<div class="comment-item"><div class="comment-user"><a href="/c/user/token/MS4wLjAB%03d/">%s</a></div><p class="comment-content">%s</p>'
        '<div class="comment-footer"><span class="time">%s</span><span class="digg">%s 赞</span><span class="reply">回复</span></div></div>' % (i, E(u), E(t), d, n)
        for i, (u, t, d, n) in enumerate(comments))
    recs = ["厦门出台支持跨境电商高质量发展十条措施，最高奖励100万元", "中欧班列（厦门）今年已开行超200列",
            "海关总署：前5个月我国对共建“一带一路”国家进出口增长6.8%", "福州新区发布2024年招商引资优惠政策汇编"]
    rec_html = "\n".join('<li class="feed-card"><a href="/article/73801%05d/" class="title">%s</a><div class="feed-card-footer"><span>海西头条</span><span>%d评论</span></div></li>' % (i, E(t), 30 - 7 * i) for i, t in enumerate(recs))
    return """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title} - 海西头条</title>
<meta name="keywords" content="丝路海运,自贸试验区,福建,一带一路,海外仓">
<meta name="description" content="省商务厅、省财政厅联合印发《关于支持自由贸易试验区高质量服务“丝路海运”建设的若干措施》……">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:release_date" content="2024-06-19 08:15:42">
<meta name="publisher" content="海西头条">
<link rel="canonical" href="https://www.haixitoutiao.com/article/7381234567890123456/">
<style>body{{font-family:"PingFang SC","Microsoft YaHei",sans-serif;margin:0}} .top-nav a{{margin:0 10px}} .article-content{{max-width:700px;margin:auto}} table,th,td{{border:1px solid #ccc;border-collapse:collapse;padding:4px}}</style>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}","datePublished":"2024-06-19T08:15:42+08:00","author":{{"@type":"Person","name":"闽商速递"}},"publisher":{{"@type":"Organization","name":"海西头条"}}}}</script>
</head>
<body>
<div id="root">
<div class="ttp-site-header">
<div class="top-nav"><a href="/">首页</a><a href="/ch/news_hot/">热点</a><a href="/ch/news_finance/">财经</a><a href="/ch/news_tech/">科技</a><a href="/ch/news_regimen/">本地·福州</a><a class="download" href="/download/">下载海西头条APP</a><a class="login" href="/auth/login/">登录</a></div>
<div class="search"><input placeholder="搜索站内资讯"><button>搜索</button></div>
</div>
<div class="main-content">
<div class="left-sidebar"><div class="detail-side-interaction"><span class="digg">点赞 128</span><span class="comment">评论 3</span><span class="collect">收藏</span><span class="share">分享到：微信 微博 QQ空间</span></div></div>
<div class="article-content">
<h1>{title}</h1>
<div class="article-meta"><span class="original-mark" style="display:none">原创</span><span class="name"><a href="/c/user/token/MS4wLjABminshang/">闽商速递</a></span><span class="time">2024-06-19 08:15</span><span class="dot">·</span><span>来自福建</span><span class="follow-btn">+ 关注</span></div>
<div class="ad-banner" data-ad="top"><span class="ad-label">广告</span><a href="https://ad.haixitoutiao.com/c?id=99812">厦门湖里自贸片区甲级写字楼招租，首年租金5折起，欢迎来电咨询！</a></div>
<article class="syl-article-base tt-article-content syl-page-article syl-device-pc">
{content}
</article>
<div class="article-expand"><button class="expand-btn">展开全文</button></div>
<div class="article-tags"><a>丝路海运</a><a>自贸试验区</a><a>外贸</a></div>
<div class="article-footer"><span class="report">举报/反馈</span></div>
<div class="follow-card"><p>关注“闽商速递”，第一时间获取福建涉企政策资讯</p><button>关注</button></div>
<div class="comment-area"><h3>评论 3</h3><div class="comment-input"><textarea placeholder="留下你的精彩评论吧"></textarea><button>发布</button></div>
{comments}
</div>
</div>
<div class="right-sidebar"><h3>相关推荐</h3><ul class="feed-list">
{recs}
</ul>
<div class="hot-board"><h3>海西热榜</h3><ol><li>台风“格美”路径最新预报</li><li>福州地铁6号线东调段开通在即</li><li>2024年福建高考分数线公布</li></ol></div>
</div>
</div>
<div class="footer"><p>© 2024 海西头条 haixitoutiao.com 版权所有</p><p><a href="https://beian.miit.gov.cn/">闽ICP备2023012345号-1</a>　<a href="http://www.beian.gov.cn/">闽公网安备 35020302001234号</a>　互联网新闻信息服务许可证：35120230017　违法和不良信息举报电话：0591-87654321</p></div>
</div>
</body>
</html>
""".format(title=E(B_TITLE), content=content, comments=com_html, recs=rec_html)


# ---------------------------------------------------------------- file (c): 图解
C_TITLE = "一图读懂丨厦门片区支持跨境电商高质量发展十条措施"
C_POLICY = "中国（福建）自由贸易试验区厦门片区支持跨境电商高质量发展若干措施"
C_GROUPS = [
    ("01", "培育市场主体", [
        "对新落户厦门片区、年交易额超5000万元的跨境电商平台企业，给予最高100万元落户奖励。",
        "对跨境电商卖家年出口额首次突破1000万元、5000万元的，分别奖励10万元、30万元。",
        "支持企业申报“丝路电商”示范企业，获评后给予一次性奖励20万元。"]),
    ("02", "完善物流体系", [
        "对开通厦门至共建“一带一路”国家跨境电商专线（海运、空运、中欧班列）的物流企业，每条专线给予最高50万元补助。",
        "对企业租用厦门片区内跨境电商监管仓的，按租金的50%给予补助，|每家企业每年最高30万元。",
        "支持“海外仓+”模式，对海外仓面积超过3000平方米的，给予最高100万元补助。"]),
    ("03", "强化金融服务", [
        "鼓励银行机构开展跨境电商出口信用保险保单融资，按实际融资利息的50%给予贴息。",
        "对企业投保出口信用保险的，按保费的60%给予补助，每家企业每年最高50万元。"]),
    ("04", "优化营商环境", [
        "推广跨境电商“9610”“9710”“9810”监管模式，实现申报、查验、放行全流程线上办理。",
        "设立跨境电商公共服务中心，提供政策咨询、人才培训、品牌出海等“一站式”服务。"]),
]
C_VALID = "📅有效期：自2024年7月1日起施行，有效期至2026年6月30日。"
C_CONTACT = "☎️政策咨询：厦门片区管委会经济发展局 0592-6012345（工作日8:00—12:00，14:30—17:30）"


def build_c():
    c = []
    c.append(wp("近日，厦门片区管委会印发《%s》，聚焦培育市场主体、完善物流体系、强化金融服务、优化营商环境等方面推出10条措施，助力跨境电商企业借“一带一路”扬帆出海。" % C_POLICY, indent=False))
    c.append(wp("一图读懂👇", indent=False, center=True))
    c.append('<p style="text-align: center;"><span style="font-size: 15px;color: rgb(230, 100, 20);" leaf=""><strong>▼</strong></span></p>')
    for i, (num, head, items) in enumerate(C_GROUPS):
        c.append(wimg("tujie%02d" % i, "图片", 1080, 1920, "1.7777777777777777"))
        c.append('<section style="margin: 16px 0px 8px;"><span style="font-size: 22px;color: rgb(230, 100, 20);" leaf=""><strong>%s</strong></span>'
                 '<span style="font-size: 16px;color: rgb(51, 51, 51);margin-left: 8px;" leaf=""><strong>%s</strong></span></section>' % (num, E(head)))
        for it in items:
            if "|" in it:
                a, b = it.split("|")
                c.append('<p style="%s"><span style="%s" leaf="">🔹%s<br>%s</span></p>' % (PSTYLE, SSTYLE, E(a), E(b)))
            else:
                c.append(wp("🔹" + it, indent=False))
    c.append(wimg("tujieEnd", "图片", 1080, 900, "0.8333333333333334"))
    c.append(wcaption("图：厦门片区跨境电商公共服务中心"))
    c.append(wp(C_VALID, indent=False))
    c.append(wp(C_CONTACT, indent=False))
    c.append(wechat_end("厦门片区管委会经济发展局", "黄婷婷", "许伟",
                        ["政策｜福建出台8条措施支持自贸试验区融入“丝路海运”建设", "厦门片区上半年新增跨境电商企业326家",
                         "关注｜“丝路电商”合作先行区建设再提速"]))
    return wechat_page(C_TITLE, "厦门自贸片区", "厦门自贸片区", "xmftz_gov", "gh_7e6d5c4b3a21", "中国（福建）自由贸易试验区厦门片区管委会官方公众号。",
                       "2024-07-02 17:45", "1719913500", "10条措施助力跨境电商借“一带一路”扬帆出海",
                       "http://mp.weixin.qq.com/s?__biz=MzI0NjExMjM0NQ==&amp;mid=2247512345&amp;idx=2&amp;sn=7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d",
                       "", "\n".join(c))


# ---------------------------------------------------------------- expected.json
def expected():
    cl, ap = expected_policy_clauses()
    meta = {
        "title": POL_TITLE,
        "doc_number": POL_NO,
        "issuer": SIGNERS,
        "date": "2024-06-12",
        "level": "provincial",
        "region": "福建省",
        "effective": "2024-06-12",
        "expires": "2026-12-31",
        "attachments": ATTACHMENTS,
        "addressees": POL_ZHUSONG.rstrip("："),
        "published": None,
        "source_account": None,
    }
    a_meta = dict(meta, published="2024-06-18 09:30", source_account="福建自贸发布（作者：福建商务）", article_title=A_TITLE)
    b_meta = dict(meta, published="2024-06-19 08:15", source_account="海西头条 / 闽商速递（转自微信公众号“福建自贸发布”）", article_title=B_TITLE)
    note_common = ("The document is the policy reproduced inside the article: its title is the bold policy title (not the article headline), "
                   "its 文号 闽商务自贸〔2024〕7号, issuers 福建省商务厅+福建省财政厅, 成文日期 2024-06-12 (NOT the article's publish date). "
                   "'自印发之日起施行' so effective = 2024-06-12; expires 2026-12-31. Headings 一、…四、 are listed as clauses but it is tolerable to fold them into labels/section paths. "
                   "Table 2 is listed as rows 'header：value；…'; its title line '表2　2024年度省级资金安排表' is a caption (tolerable as a heading, not a clause). "
                   "Table 1 is only an image: its content is not recoverable; the alt text '%s' or the caption '%s' must not be passed off as policy text (tolerable as a caption at most). "
                   "附件：1…2… is attachment metadata, 落款/日期/（此件主动公开） are furniture. ") % (TABLE1_ALT, TABLE1_CAPTION)
    exp = {
        "blind126_fujian_wechat": [{
            "meta": a_meta,
            "clauses": cl,
            "applies_to": ap,
            "_note": note_common + (
                "WeChat furniture (NOT clauses): account name 福建自贸发布, '原创', author 福建商务, '2024-06-18 09:30', '发表于福建', the profile card (微信号/功能介绍), "
                "top gif, '图：《措施》文件首页', '▼', '▲', '政策原文', '（上下滑动查看全文）', '来源：福建省商务厅', '编辑：林晓雯', '审核：陈志明', '▼往期推荐▼' and its 3 links, "
                "'👇点击“在看”…一键三连', '阅读原文', '喜欢作者', '预览时标签不可点', '微信扫一扫 关注该公众号', '继续滑动看下一个', '轻触阅读原文', '向上滑动看下一个', "
                "'微信扫一扫可打开此内容，使用完整服务', '知道了', the interaction bar '：，。视频小程序赞，轻点两下取消赞在看…听过', and the <script> vars. "
                "The lead-in ('📢好消息！近日…🚢', '一起来看👉'), the 📌划重点 box bullets and the closing '企业可登录…阅读原文”查看。' are the article's own words: tolerable as lead-in/notes, "
                "better kept out of the policy's numbered clauses. NB the raw page has js_content style='visibility: hidden;' (WeChat reveals it by JS): the body must NOT be dropped for that. "
                "(三)'s bold label is in its own <p>, the text in the next: should be one clause (label+heading+text), split is medium. "
                "The policy title is split by <br> over 3 lines: should be rejoined. 附件 2 is on a <br> line inside the same <p> as 附件 1."),
        }],
        "blind126_fujian_toutiao": [{
            "meta": b_meta,
            "clauses": cl,
            "applies_to": ap,
            "_note": note_common + (
                "Repost furniture (NOT clauses): site nav (首页/热点/财经/科技/本地·福州/下载海西头条APP/登录/搜索), 点赞/评论/收藏/分享到, the site headline "
                "(differs from the policy title), author 闽商速递 and '2024-06-19 08:15 · 来自福建', '+ 关注', the 广告 banner, '展开全文', tags, '举报/反馈', follow card, "
                "the comment box and 3 comments (one quotes '一、二条…', one '第五条…'), 相关推荐 list (which names another policy: '厦门出台支持跨境电商高质量发展十条措施'), 海西热榜, "
                "footer © / '闽ICP备2023012345号-1' / '闽公网安备 35020302001234号' / 许可证 / 举报电话 (these look like 文号 but are not), "
                "'来源：福建省商务厅　编辑：林晓雯　审核：陈志明' and the '免责声明：本文转自微信公众号…' paragraph. "
                "Lead-in and 划重点 bullets are the article's words (tolerable as lead-in). 附件 1 and 2 are separate <p>s here. Same policy as the WeChat file: "
                "a KB holding both should recognise or at least not contradict the duplicate (same 文号)."),
        }],
        "blind126_xiamen_tujie": [{
            "meta": {
                "title": C_POLICY,
                "doc_number": None,
                "issuer": ["中国（福建）自由贸易试验区厦门片区管理委员会"],
                "date": None,
                "level": "municipal",
                "region": "福建省厦门市（厦门片区）",
                "effective": "2024-07-01",
                "expires": "2026-06-30",
                "attachments": [],
                "published": "2024-07-02 17:45",
                "source_account": "厦门自贸片区",
                "article_title": C_TITLE,
                "genre": "图解/解读 (interpretation of a policy, not the policy itself)",
            },
            "clauses": [it.replace("|", "") for _, _, items in C_GROUPS for it in items] + [C_VALID.replace("📅", "")],
            "applies_to": [XM] * 11,
            "_note": ("A 图解 only: no 文号, no 成文日期, no 落款. The title may be the article title '%s' or the interpreted policy's name '%s' (either tolerable; the article title is the honest one). "
                      "doc_number must be empty (inventing one, or taking a '9610' / phone number, is high). issuer 厦门片区管委会 (named in the lead-in; '厦门自贸片区' account name tolerable). "
                      "date: none given for the policy; the article date 2024-07-02 is tolerable only if marked as publication date. effective 2024-07-01 / expires 2026-06-30 are stated. "
                      "Clauses: the 10 🔹 bullets (emoji tolerable either way) grouped under 01 培育市场主体 / 02 完善物流体系 / 03 强化金融服务 / 04 优化营商环境 (headings tolerable as section labels), "
                      "plus the validity line. Bullet 5 is split by a <br> inside one <p> ('…给予补助，' / '每家企业每年最高30万元。'): should be one clause. "
                      "Furniture: account/原创/date/发表于福建, '一图读懂👇', '▼', image alts '图片', '图：厦门片区跨境电商公共服务中心', the ☎️ 咨询 line (tolerable as a note), "
                      "来源/编辑/审核, '▼往期推荐▼' links (one names the 福建 8条措施), 在看/一键三连, all WeChat chrome. The lead-in '近日，厦门片区管委会印发…' is tolerable as lead-in. "
                      "Everything applies to 厦门片区 (福建省厦门市).") % (C_TITLE, C_POLICY),
        }],
    }
    return exp


def main():
    files = {
        "blind126_fujian_wechat.html": build_a(),
        "blind126_fujian_toutiao.html": build_b(),
        "blind126_xiamen_tujie.html": build_c(),
    }
    for name, text in files.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=2)
    print("wrote", ", ".join(files), "expected.json")


if __name__ == "__main__":
    main()
