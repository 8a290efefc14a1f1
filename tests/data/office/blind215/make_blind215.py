# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 215: 公众号 articles and mobile government pages saved as HTML ("网页，全部").

Four pages, each written as a browser saves it (the .html plus a blind215_<short>_files/ folder
holding the images, CSS and scripts the page refers to), next to this script:
  blind215_wx_qingdao.html      mp.weixin.qq.com article of 公众号「青岛商务」: 小编 lead-in, 划重点 summary,
      then a 政策原文 block reprinting 青岛市人民政府办公厅 通知 青政办发〔2024〕9号 in full
      (一、…五、 headings, （一）…（十四） numbered continuously), 阅读原文 / 赞 / 在看, 精选留言, 往期推荐.
  blind215_m_zhengzhou.html     m.zhengzhou.gov.cn mobile page: 郑州市人民政府办公厅 通知 郑政办〔2024〕18号
      in <div class="article"> of <p> and <br> (several items in one <p>), 文件信息 box, 附件 as links,
      share bar, sticky bottom bar.
  blind215_tujie_chengdu.html   公众号「成都商务」 一图读懂 post: the measures in image alt texts (some only a
      headline in the alt, the detail in a short caption under the image) and a closing 政策依据 line
      naming 成办发〔2024〕15号.
  blind215_wenda_nansha.html    公众号「广州南沙发布」 政策问答: 问：/答： in alternating coloured <section>s
      (badge section + text section), answers with numbered sub-items.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind215.py   (needs only Pillow for the placeholder images)
"""
import json
import os
import shutil
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = "¦"   # span split marker inside source strings (never printed)


def clean(t):
    return t.replace(MARK, "").replace("\u200b", "")


def files_dir(stem):
    d = os.path.join(HERE, stem + "_files")
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    return d


def write(path, text):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)


# ---------------------------------------------------------------- images
def make_png(path, w, h, color, text=None, text_color=(255, 255, 255), size=28):
    from PIL import Image, ImageDraw, ImageFont
    im = Image.new("RGB", (w, h), color)
    if text:
        d = ImageDraw.Draw(im)
        font = None
        for f in ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
                  "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"):
            if os.path.exists(f):
                font = ImageFont.truetype(f, size)
                break
        if font is None:
            font = ImageFont.load_default()
        # wrap
        lines, cur = [], ""
        maxc = max(4, (w - 40) // size)
        for ch in text:
            if ch == "\n" or len(cur) >= maxc:
                lines.append(cur)
                cur = "" if ch == "\n" else ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        y = 20
        for ln in lines[: max(1, (h - 20) // (size + 8))]:
            d.text((20, y), ln, fill=text_color, font=font)
            y += size + 8
    im.save(path, "PNG")


# ---------------------------------------------------------------- wechat furniture
WX_CSS = """/* weui.min.css (excerpt, saved by the browser) */
body{line-height:1.6;font-family:system-ui,-apple-system,BlinkMacSystemFont,"Helvetica Neue","PingFang SC","Hiragino Sans GB","Microsoft YaHei UI","Microsoft YaHei",Arial,sans-serif}
.weui-btn{position:relative;display:block;width:184px;margin-left:auto;margin-right:auto;padding:12px 24px;box-sizing:border-box;font-weight:700;font-size:17px;text-align:center;text-decoration:none;color:#fff;line-height:1.41176471;border-radius:8px}
"""
APPMSG_CSS = """/* appmsg.css (excerpt) */
.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px;font-weight:500}
.rich_media_meta_list{margin-bottom:22px;line-height:20px;font-size:0;word-wrap:break-word;word-break:break-all}
.rich_media_meta{display:inline-block;vertical-align:middle;margin:0 10px 10px 0;font-size:15px;-webkit-tap-highlight-color:rgba(0,0,0,0)}
.rich_media_content{overflow:hidden;color:rgba(0,0,0,0.9);font-size:17px;word-wrap:break-word;-webkit-hyphens:auto;hyphens:auto;text-align:justify;position:relative;z-index:0}
.rich_media_tool{overflow:hidden;padding-top:15px;line-height:32px}
#js_pc_qr_code{display:none}
"""
APPMSG_JS = """/* appmsg.js (excerpt, saved by the browser) */
!function(){"use strict";var e=window.__appmsgCgiData||{};function t(){try{document.getElementById("js_content").style.visibility="visible"}catch(n){}}t()}();
"""


def wx_page(stem, *, url, title, nickname, desc, publish_text, ct, ip, content_html, source_url=None,
            read_num=0, like_num=0, looking=0, comments=(), recommends=(), original=False, author=None,
            extra_head="", biz="MzA4NjE2MDQ4Mw=="):
    F = stem + "_files"
    meta_orig = ('<span id="copyright_logo" class="wx_tap_link js_wx_tap_highlight rich_media_meta icon_appmsg_tag appmsg_tag_original">原创</span>\n'
                 if original else "")
    meta_author = ('<span class="rich_media_meta rich_media_meta_text">%s</span>\n' % escape(author)) if author else ""
    src = ""
    if source_url:
        src = ('<div id="js_read_area3" class="media_tool_meta tips_global_primary meta_primary">'
               '<a id="js_view_source" class="wx_tap_link js_wx_tap_highlight media_tool_meta meta_extra" href="%s">'
               '<span>阅读原文</span></a></div>\n' % escape(source_url))
    cm = ""
    if comments:
        items = []
        for who, when, text, likes in comments:
            items.append(
                '<li class="discuss_item"><div class="user_info"><strong class="nickname">%s</strong>'
                '<span class="discuss_extra_info">%s</span><span class="like_num">%d</span></div>'
                '<div class="discuss_message"><div class="discuss_message_content">%s</div></div></li>'
                % (escape(who), escape(when), likes, escape(text)))
        cm = ('<div class="discuss_container" id="js_cmt_area"><div class="rich_tips with_line title_tips discuss_title_line">'
              '<span class="tips">精选留言</span></div>\n<ul class="discuss_list" id="js_cmt_list">\n%s\n</ul>'
              '<p class="discuss_tips">以上留言由公众号筛选后显示</p></div>\n' % "\n".join(items))
    rec = ""
    if recommends:
        lis = "\n".join('<li class="related_article__item"><a class="related_article__link" href="%s">%s</a></li>'
                        % (escape(u), escape(t)) for t, u in recommends)
        rec = ('<div class="related_article_area" id="js_related_area"><div class="related_article__title">喜欢此内容的人还喜欢</div>'
               '<ul class="related_article__list">\n%s\n</ul></div>\n' % lis)
    return f"""<!DOCTYPE html>
<!-- saved from url=({len(url):04d}){url} -->
<html class=""><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<link rel="dns-prefetch" href="https://res.wx.qq.com/">
<link rel="dns-prefetch" href="https://mmbiz.qpic.cn/">
<link rel="shortcut icon" type="image/x-icon" href="https://res.wx.qq.com/a/wx_fed/assets/res/NTI4MWU5.ico">
<meta name="referrer" content="origin-when-cross-origin">
<meta name="referrer" content="strict-origin-when-cross-origin">
<meta name="apple-mobile-web-app-capable" content="yes">
<meta name="apple-mobile-web-app-status-bar-style" content="black">
<meta name="format-detection" content="telephone=no">
<meta name="description" content="{escape(desc)}">
<meta name="author" content="{escape(nickname)}">
<meta property="og:title" content="{escape(title)}">
<meta property="og:url" content="{escape(url)}">
<meta property="og:image" content="https://mmbiz.qpic.cn/mmbiz_jpg/placeholder/0?wx_fmt=jpeg">
<meta property="og:description" content="{escape(desc)}">
<meta property="og:site_name" content="微信公众平台">
<meta property="og:type" content="article">
<meta property="og:article:author" content="{escape(nickname)}">
<meta property="twitter:card" content="summary">
<meta property="twitter:image" content="https://mmbiz.qpic.cn/mmbiz_jpg/placeholder/0?wx_fmt=jpeg">
<meta property="twitter:title" content="{escape(title)}">
<meta property="twitter:creator" content="{escape(nickname)}">
<meta property="twitter:site" content="微信公众平台">
<meta property="twitter:description" content="{escape(desc)}">
<title>{escape(title)}</title>
<link rel="stylesheet" href="./{F}/weui.min.css">
<link rel="stylesheet" href="./{F}/appmsg.css">
{extra_head}<script nonce="" type="text/javascript">
var biz = "{biz}" || "";
var ct = "{ct}";
var publish_time = "{publish_text}" || "";
var msg_title = '{title}'.html(false);
var msg_desc = htmlDecode("{desc}");
var nickname = htmlDecode("{nickname}");
var msg_source_url = '{source_url or ""}';
var ip_wording = {{countryName: '中国', provinceName: '{ip}'}};
</script>
<script src="./{F}/appmsg.js"></script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg discuss_tab appmsg_skin_default appmsg_style_default not_in_mm">
<div id="js_article" class="rich_media">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title " id="activity-name">
            {escape(title)}
          </h1>
<div id="meta_content" class="rich_media_meta_list">
{meta_orig}{meta_author}<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">{escape(nickname)}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{publish_text}</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text" style="display: inline-block;"><span id="js_ip_wording">{ip}</span></em>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: visible;">
{content_html}
</div>
<div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display:none;"></div>
<div class="reward_area tc reward_area_primary" id="js_preview_reward_author" style="display:none;"></div>
</div>
<div class="rich_media_tool_area">
{src}<div class="rich_media_tool" id="js_toobar3">
<div class="weui-flex">
<div class="media_tool_meta meta_primary"><span class="read_num">阅读 <span id="readNum3">{read_num}</span></span></div>
<div class="media_tool_meta meta_extra"><a id="like3" class="like_btn" href="javascript:void(0);"><span class="like_text">赞</span> <span id="likeNum3">{like_num}</span></a></div>
<div class="media_tool_meta meta_extra"><a id="js_share" href="javascript:void(0);">分享</a></div>
<div class="media_tool_meta meta_extra"><a id="js_looking" href="javascript:void(0);"><span>在看</span> <span>{looking}</span></a></div>
</div>
</div>
</div>
{cm}{rec}<div id="js_pc_qr_code" class="qr_code_pc_outer"><div class="qr_code_pc_inner"><div class="qr_code_pc">
<img id="js_pc_qr_code_img" class="qr_code_pc_img" src="./{F}/qrcode.png" alt="">
<p>微信扫一扫<br>关注该公众号</p></div></div></div>
</div>
</div>
</div>
</div>
<div class="weui-dialog__wrp" id="js_dialog" style="display:none"><div class="weui-dialog"><div class="weui-dialog__bd">微信扫一扫<br>使用小程序</div></div></div>
</body></html>
"""


def wx_files(stem):
    d = files_dir(stem)
    write(os.path.join(d, "weui.min.css"), WX_CSS)
    write(os.path.join(d, "appmsg.css"), APPMSG_CSS)
    write(os.path.join(d, "appmsg.js"), APPMSG_JS)
    make_png(os.path.join(d, "qrcode.png"), 120, 120, (30, 30, 30))
    return d


S_BODY = "font-size: 15px;letter-spacing: 1px;color: rgb(62, 62, 62);"
S_BODY2 = "font-size: 15px;letter-spacing: 1px;color: rgb(62, 62, 62);font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"


def spans(text, styles=(S_BODY, S_BODY2), bold_first=False):
    parts = text.split(MARK)
    out = []
    for i, t in enumerate(parts):
        if not t:
            continue
        st = styles[i % len(styles)]
        h = escape(t).replace("\u200b", "&#8203;")
        if i == 0 and bold_first:
            out.append('<strong><span style="%s">%s</span></strong>' % (st, h))
        else:
            out.append('<span style="%s">%s</span>' % (st, h))
    return "".join(out)


def wx_p(text, indent=True, align="justify", bold_first=False, extra=""):
    st = "margin-bottom: 8px;line-height: 1.75em;text-align: %s;%s%s" % (align, "text-indent: 2em;" if indent else "", extra)
    return '<p style="%s">%s</p>' % (st, spans(text, bold_first=bold_first))


def wx_blank():
    return '<section style="margin-bottom: 0px;"><span style="font-size: 15px;"><br></span></section>'


# ================================================================ (a) 青岛 公众号 article with 政策原文
QD_STEM = "blind215_wx_qingdao"
QD_TITLE = "青岛市人民政府办公厅关于推进中国—上海合作组织地方经贸合作示范区与中国（山东）自由贸易试验区青岛片区联动发展的通知"
QD_NUM = "青政办发〔2024〕9号"
QD_MAIN = "各区、市人民政府，青岛西海岸新区管委，市政府各部门，市直各单位："
QD_INTRO = ("为贯彻落实《中国—上海合作组织地方经贸合作示范区建设总体方案》和《中国（山东）自由贸易试验区总体方案》，推动中国—上海合作组织地方经贸合作示范区（以下简称上合示范区）与中国（山东）自由贸易试验区青岛片区（以下简称青岛片区）在更大范围、更宽领域、更深层次联动发展，更好服务共建“一带一路”，经市政府同意，现就有关事项通知如下：")
# (heading, [(label+lead, body)])
QD_BODY = [
    ("一、推进平台联动", [
        ("（一）共建联动创新区。", "支持上合示范区与青岛片区在胶州市、黄岛区共建联动创新区，2024年底前在上合示范区复制推广青岛片区制度创新成果不少于30项。胶州市人民政府、青岛西海岸新区管委牵头，市商务局配合。"),
        ("（二）推动综合保税区协同发展。", "支持青岛胶州湾综合保税区与青岛前湾¦综合保税区开展保税研发、保税维修、保税检测业务合作，探索“一次备案、两区通用”监管模式。青岛海关、市商务局按职责分工负责。"),
        ("（三）建设上合经贸综合服务平台。", "依托上合示范区国际客厅，设立青岛片区上合服务专窗，为上海合作组织国家企业提供投资咨询、商事登记、法律服务等“一站式”服务。"),
    ]),
    ("二、推进通道联动", [
        ("（四）加密中欧班列和中亚班列。", "支持上合示范区多式联运中心加密开行至中亚、俄罗斯、白俄罗斯等方向班列，年开行量稳定在800列以上；对经青岛港前湾港区、董家口港区海铁联运中转的班列，按每标准箱200元给予补助。"),
        ("（五）构建“空海铁”多式联运体系。", "依托青岛胶东国际机场和青岛港，推动航空货运与海运、铁路运输“一单制”联运，2025年6月30日前开通胶东国际机场至中亚、西亚全货机航线不少于3条。"),
        ("（六）推进“港站一体化”通关。", "在上合示范区多式联运中心设立青岛港“内陆港”，实行“船边直提、抵港直装”，海关监管作业场所与青岛前湾综合保税区实现数据共享。"),
    ]),
    ("三、推进产业联动", [
        ("（七）共建能源资源进口加工基地。", "支持在董家口港区建设面向上海合作组织国家的能源资源储运加工基地，对年进口额首次超过10亿元的企业给予一次性奖励100万元。"),
        ("（八）发展跨境电商和海外仓。", "支持即墨区、城阳区跨境电商企业在上海合作组织国家建设公共海外仓，对经认定的公共海外仓按实际投资额的10%给予补助，单个企业最高不超过200万元。"),
        ("（九）培育特色农产品贸易。", "在上合示范区建设上合国家农产品交易中心，支持平度市、莱西市农业企业开展对上海合作组织国家农产品进出口业务。"),
    ]),
    ("四、推进制度联动", [
        ("（十）开展联动集成改革。", "聚焦投资、贸易、金融、人才等领域，每年联合开展不少于10项集成改革试点，由市自贸办会同胶州市、黄岛区建立试点任务清单。"),
        ("（十一）推进金融服务联动。", "支持银行机构在上合示范区、青岛片区开展本外币合一银行结算账户体系试点和跨境人民币“首办户”拓展行动，2024年内新增跨境人民币“首办户”不少于300户。"),
        ("（十二）推进人才互认共享。", "对在上合示范区和青岛片区工作的外籍高层次人才，实行工作许可、居留许可“一窗受理、并联审批”。"),
    ]),
    ("五、强化保障措施", [
        ("（十三）加强组织协调。", "建立上合示范区与青岛片区联动发展工作专班，由市商务局牵头，每季度召开一次联席会议，协调解决联动发展中的重大问题。"),
        ("（十四）落实资金保障。", "本通知所涉奖励、补助资金由市级财政与所在区（市）财政按1∶1比例分担。本通知自2024年7月1日起施行，有效期至2026年12月31日。"),
    ]),
]
QD_SUMMARY = [
    ("平台联动：", "支持两区共建联动创新区，青岛胶州湾综合保税区与青岛前湾综合保税区探索“一次备案、两区通用”。"),
    ("通道联动：", "班列年开行量稳定在800列以上，海铁联运中转每标准箱补助200元。"),
    ("产业联动：", "在董家口港区建设能源资源储运加工基地，公共海外仓按投资额10%补助。"),
    ("制度联动：", "每年联合开展不少于10项集成改革试点。"),
]


def wx_heading_bar(text, icon_src=None, emoji=None, color="rgb(0, 82, 155)"):
    """A styled heading: a flex <section> with an optional icon image or emoji before the words."""
    icon = ""
    if icon_src:
        icon = ('<section style="display: inline-block;vertical-align: middle;width: 28px;margin-right: 6px;">'
                '<img class="rich_pages wxw-img" data-ratio="1" data-type="png" data-w="64" data-src="https://mmbiz.qpic.cn/mmbiz_png/icon/640?wx_fmt=png" '
                'src="%s" style="width: 28px !important;height: auto !important;visibility: visible !important;" alt="图片"></section>' % icon_src)
    em = (emoji or "")
    return ('<section style="margin: 20px 0px 10px;display: flex;justify-content: flex-start;align-items: center;">'
            '%s<section style="display: inline-block;vertical-align: middle;padding: 4px 14px;background-color: %s;border-radius: 0px 16px 16px 0px;">'
            '<p style="text-align: left;"><strong><span style="font-size: 16px;color: rgb(255, 255, 255);letter-spacing: 1px;">%s%s</span></strong></p>'
            '</section></section>' % (icon, color, em, escape(text)))


def build_qingdao():
    d = wx_files(QD_STEM)
    F = QD_STEM + "_files"
    make_png(os.path.join(d, "640.png"), 900, 383, (0, 82, 155), "上合示范区 × 青岛片区\n联动发展14条", size=44)
    make_png(os.path.join(d, "640(1).png"), 64, 64, (230, 120, 0))
    make_png(os.path.join(d, "640(2).png"), 900, 120, (240, 240, 240), "青岛商务", (0, 82, 155), 36)
    c = []
    c.append('<section style="text-align: center;margin-bottom: 10px;"><img class="rich_pages wxw-img" data-ratio="0.425" data-s="300,640" data-type="png" data-w="900" '
             'data-src="https://mmbiz.qpic.cn/mmbiz_png/qd/640?wx_fmt=png" src="./%s/640.png" style="width: 100%% !important;height: auto !important;visibility: visible !important;" alt="图片"></section>' % F)
    c.append(wx_p("\u200b近日，青岛市人民政府办公厅印发《关于推进中国—上海合作组织地方经贸合作示范区与中国（山东）自由贸易试验区青岛片区联动发展的通知》（以下简称《通知》），从平台联动、通道联动、产业联动、制度联动、保障措施五个方面提出14条具体举措。一起来看👇"))
    c.append(wx_blank())
    c.append(wx_heading_bar("划重点", emoji="📌 "))
    for h, t in QD_SUMMARY:
        c.append('<section style="margin: 6px 0px;padding: 8px 12px;background-color: rgb(239, 245, 251);border-left: 4px solid rgb(0, 82, 155);">'
                 '<p style="line-height: 1.75em;"><span style="font-size: 15px;color: rgb(0, 82, 155);"><strong>%s</strong></span>%s</p></section>'
                 % (escape(h), spans(t)))
    c.append(wx_blank())
    c.append(wx_heading_bar("政策原文", icon_src="./%s/640(1).png" % F, color="rgb(230, 120, 0)"))
    # ---- the reprinted 通知
    blk = []
    blk.append('<p style="text-align: center;line-height: 1.75em;margin-bottom: 12px;"><strong><span style="font-size: 18px;color: rgb(0, 0, 0);">'
               '青岛市人民政府办公厅关于推进中国—上海合作组织地方经贸合作</span></strong><br><strong><span style="font-size: 18px;color: rgb(0, 0, 0);">'
               '示范区与中国（山东）自由贸易试验区青岛片区联动发展的通知</span></strong></p>')
    blk.append('<p style="text-align: center;line-height: 1.75em;"><span style="font-size: 15px;color: rgb(62, 62, 62);">%s</span></p>' % QD_NUM)
    blk.append(wx_blank())
    blk.append(wx_p(QD_MAIN, indent=False))
    blk.append(wx_p("\u200b" + QD_INTRO))
    for h, items in QD_BODY:
        # heading 一、… in bold as its own paragraph; the number sits in its own span
        blk.append('<p style="margin-bottom: 8px;line-height: 1.75em;text-indent: 2em;"><strong><span style="font-size: 15px;letter-spacing: 1px;color: rgb(0, 0, 0);">%s</span>'
                   '<span style="font-size: 15px;letter-spacing: 1px;color: rgb(0, 0, 0);">%s</span></strong></p>' % (escape(h[:2]), escape(h[2:])))
        for lead, body in items:
            blk.append(wx_p(lead + MARK + body, bold_first=True))
    blk.append(wx_blank())
    blk.append('<p style="text-align: right;line-height: 1.75em;margin-right: 2em;"><span style="%s">青岛市人民政府办公厅</span></p>' % S_BODY)
    blk.append('<p style="text-align: right;line-height: 1.75em;margin-right: 3em;"><span style="%s">2024年6月7日</span></p>' % S_BODY)
    blk.append('<p style="text-align: left;line-height: 1.75em;text-indent: 2em;"><span style="%s">（此件公开发布）</span></p>' % S_BODY)
    c.append('<section style="margin: 10px 0px;padding: 16px 14px;border: 1px dashed rgb(0, 82, 155);border-radius: 6px;background-color: rgb(255, 255, 255);" data-role="outer" data-tools="135编辑器" data-id="97652">\n'
             + "\n".join(blk) + "\n</section>")
    c.append(wx_blank())
    c.append('<p style="text-align: left;line-height: 1.75em;"><span style="font-size: 12px;color: rgb(136, 136, 136);">来源：青岛市人民政府网站</span></p>')
    c.append('<p style="text-align: left;line-height: 1.75em;"><span style="font-size: 12px;color: rgb(136, 136, 136);">编辑：王晓丹　审核：刘建军</span></p>')
    c.append(wx_blank())
    c.append(wx_heading_bar("往期推荐", emoji="🔎 ", color="rgb(120, 120, 120)"))
    for t, u in [("青岛市商务局关于组织开展2024年“青岛企业出海拓市场”系列活动的通知", "https://mp.weixin.qq.com/s/aB1"),
                 ("一图读懂｜中国（山东）自由贸易试验区青岛片区第五批制度创新成果", "https://mp.weixin.qq.com/s/aB2"),
                 ("2024年青岛市外贸稳规模优结构政策问答（一）", "https://mp.weixin.qq.com/s/aB3")]:
        c.append('<p style="line-height: 1.75em;"><a target="_blank" href="%s" textvalue="%s" data-itemshowtype="0" linktype="text" data-linktype="2">'
                 '<span style="font-size: 14px;color: rgb(0, 82, 155);text-decoration: underline;">%s</span></a></p>' % (u, escape(t), escape(t)))
    c.append('<section style="text-align: center;margin-top: 16px;"><img class="rich_pages wxw-img" data-type="png" data-w="900" src="./%s/640(2).png" style="width: 100%% !important;" alt="图片"></section>' % F)
    html = wx_page(QD_STEM, url="https://mp.weixin.qq.com/s/Qd3kLm9VxZp2tRfYw8aHnB",
                   title="重磅！上合示范区与青岛自贸片区联动发展14条举措发布", nickname="青岛商务",
                   desc="平台、通道、产业、制度四方面联动", publish_text="2024年6月14日 18:05", ct="1718359500", ip="山东",
                   content_html="\n".join(c),
                   source_url="http://www.qingdao.gov.cn/zwgk/zdgk/fgwj/zcwj/szfbgtwj/2024n_46018/202406/t20240614_8123456.shtml",
                   read_num=3856, like_num=41, looking=27,
                   comments=[("胶州小李", "山东 06-14", "期待胶州湾综保区尽快落地“一次备案、两区通用”！", 12),
                             ("黄岛外贸人", "山东 06-15", "海铁联运每箱200元的补助怎么申请？", 5)],
                   recommends=[("青岛港前湾港区新开通至中亚班列线路", "https://mp.weixin.qq.com/s/r1"),
                               ("上合示范区2024年一季度进出口增长18.6%", "https://mp.weixin.qq.com/s/r2")])
    write(os.path.join(HERE, QD_STEM + ".html"), html)
    return QD_STEM


def qd_clauses():
    out = [QD_INTRO]
    for h, items in QD_BODY:
        for lead, body in items:
            out.append(clean(lead + body))
    return out


# ================================================================ (b) 郑州 mobile government page
ZZ_STEM = "blind215_m_zhengzhou"
ZZ_TITLE = "郑州市人民政府办公厅关于推进“四条丝绸之路”协同发展进一步扩大对外开放的通知"
ZZ_NUM = "郑政办〔2024〕18号"
ZZ_MAIN = "各开发区管委会，各区县（市）人民政府，市人民政府各部门，各有关单位："
ZZ_INTRO = "为深入落实河南省“四条丝绸之路”协同发展部署，加快郑州国家中心城市对外开放门户建设，更好服务和融入共建“一带一路”，经市政府同意，现就有关事项通知如下："
ZZ_BODY = [
    ("一、提升“空中丝绸之路”能级", [
        "（一）做强郑州—卢森堡“双枢纽”。支持郑州航空港经济综合实验区加密郑州—卢森堡全货机航线，2024年全货机航线通航城市达到45个以上；对新开通洲际全货机定期航线的航空公司，每条航线给予最高500万元奖励。",
        "（二）建设航空物流园区。支持郑州航空港经济综合实验区建设国际航空物流园和冷链物流中心，推动新郑综合保税区开展航空器材保税维修、融资租赁业务。",
    ]),
    ("二、拓展“陆上丝绸之路”通道", [
        "（一）提升中欧班列（中豫号）运营质效。支持郑州国际陆港加密至中亚、欧洲方向班列，2024年开行班列不少于3000列；推动郑州经开综合保税区与郑州国际陆港“区港联动”。",
        "（二）建设国际陆港第二节点。加快中牟县国际陆港第二节点建设，2025年底前建成投用汽车整车进口口岸配套查验场地。",
    ]),
    ("三、做大“网上丝绸之路”规模", [
        "（一）推进跨境电商综试区建设。支持中国（河南）自由贸易试验区郑州片区开展跨境电商零售进口药品试点，推动“网购保税+实体新零售”模式在金水区、郑东新区商圈落地。",
        "（二）培育跨境电商主体。对年跨境电商进出口额首次超过1亿元的企业，给予一次性奖励50万元；对在共建“一带一路”国家新设海外仓的企业，按实际投资额的10%给予补助，最高不超过300万元。",
    ]),
    ("四、畅通“海上丝绸之路”连接", [
        "（一）发展铁海联运。推进郑州国际陆港至青岛港、连云港港、宁波舟山港铁海联运班列常态化开行，在郑州国际陆港设立“无水港”，实现“一次申报、一次查验、一次放行”。",
        "（二）拓展内河航运。支持周口港与郑州国际陆港开展“陆港+河港”联动，对经周口港中转出海的郑州企业集装箱，按每标准箱150元给予物流补贴。",
    ]),
    ("五、强化组织保障", [
        "（一）加强统筹协调。市商务局、市发展改革委会同郑州航空港经济综合实验区管委会建立协同发展联席会议制度，每半年向市政府报告一次工作进展。",
        "（二）明确执行期限。本通知自发布之日起施行，有效期至2026年12月31日。各开发区、区县（市）每年12月10日前将年度工作总结报送市商务局。",
    ]),
]
ZZ_ATT = ["郑州市“四条丝绸之路”协同发展2024年重点项目清单", "郑州市“四条丝绸之路”协同发展专项资金申报指南"]

ZZ_CSS = """/* m.css (saved) */
*{margin:0;padding:0;box-sizing:border-box}body{font-family:"PingFang SC","Microsoft YaHei",sans-serif;background:#f5f5f5;padding-bottom:56px}
.m-header{position:sticky;top:0;height:48px;background:#c4161c;color:#fff;display:flex;align-items:center;justify-content:space-between;padding:0 12px;z-index:9}
.m-nav{background:#fff;overflow-x:auto;white-space:nowrap}.m-nav a{display:inline-block;padding:10px 12px;color:#333}
.crumb{font-size:13px;color:#888;padding:8px 12px}.detail{background:#fff;padding:14px}
.detail h1{font-size:20px;line-height:1.5;color:#222}.detail .info{font-size:12px;color:#999;margin:8px 0}
.fileinfo{background:#f7f7f7;border:1px solid #eee;font-size:13px;padding:8px;margin:10px 0}.fileinfo li{list-style:none;line-height:1.8}
.article{font-size:17px;line-height:1.9;color:#333}.article p{margin:0 0 10px}
.attach a{display:block;color:#1a5fb4;font-size:15px;line-height:2}
.share{margin:16px 0;font-size:13px;color:#666}.bottom-bar{position:fixed;bottom:0;left:0;right:0;height:52px;background:#fff;border-top:1px solid #ddd;display:flex}
.bottom-bar a{flex:1;text-align:center;font-size:12px;color:#555;padding-top:6px}.m-footer{font-size:12px;color:#999;text-align:center;padding:16px}
"""


def build_zhengzhou():
    d = files_dir(ZZ_STEM)
    F = ZZ_STEM + "_files"
    write(os.path.join(d, "m.css"), ZZ_CSS)
    write(os.path.join(d, "jquery.min.js"), "/*! jQuery v3.6.0 | (c) OpenJS Foundation and other contributors | jquery.org/license */\n")
    write(os.path.join(d, "m.js"), "/* m.js */\n$(function(){$('.font-size a').on('click',function(){$('.article').css('font-size',$(this).data('s'))});$('#gotop').on('click',function(){window.scrollTo(0,0)});});\n")
    make_png(os.path.join(d, "logo.png"), 220, 40, (196, 22, 28), "郑州市人民政府", size=24)
    make_png(os.path.join(d, "jiucuo.png"), 110, 55, (255, 255, 255), "政府网站找错", (196, 22, 28), 14)
    make_png(os.path.join(d, "dzjg.png"), 60, 70, (200, 30, 30))
    I = "　　"   # full-width indent
    art = []
    art.append('<p style="text-align: center;">%s</p>' % ZZ_NUM)
    art.append('<p>%s</p>' % escape(ZZ_MAIN))
    art.append('<p>%s%s</p>' % (I, escape(ZZ_INTRO)))
    # the first heading and its first item share a <p> separated by <br>; others vary
    b = ZZ_BODY
    art.append('<p>%s<strong>%s</strong><br>%s%s<br>%s%s</p>' % (I, escape(b[0][0]), I, escape(b[0][1][0]), I, escape(b[0][1][1])))
    art.append('<p>%s<strong>%s</strong></p>' % (I, escape(b[1][0])))
    art.append('<p>%s%s<br>%s%s</p>' % (I, escape(b[1][1][0]), I, escape(b[1][1][1])))
    art.append('<p>%s<strong>%s</strong><br>%s%s</p>' % (I, escape(b[2][0]), I, escape(b[2][1][0])))
    art.append('<p>%s%s</p>' % (I, escape(b[2][1][1])))
    art.append('<p>%s<strong>%s</strong></p>' % (I, escape(b[3][0])))
    art.append('<p>%s%s</p>' % (I, escape(b[3][1][0])))
    art.append('<p>%s%s<br>%s<strong>%s</strong><br>%s%s</p>' % (I, escape(b[3][1][1]), I, escape(b[4][0]), I, escape(b[4][1][0])))
    art.append('<p>%s%s</p>' % (I, escape(b[4][1][1])))
    art.append('<p><br></p>')
    art.append('<p>%s附件：1.%s<br>%s　　　2.%s</p>' % (I, escape(ZZ_ATT[0]), I, escape(ZZ_ATT[1])))
    art.append('<p><br></p>')
    art.append('<p style="text-align: right;">郑州市人民政府办公厅<br>2024年5月16日&nbsp;&nbsp;&nbsp;&nbsp;</p>')
    art.append('<p>%s（此件公开发布）</p>' % I)
    html = f"""<!DOCTYPE html>
<!-- saved from url=(0053)https://m.zhengzhou.gov.cn/zfwj/zzbwj/8213457.jhtml -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta name="SiteName" content="郑州市人民政府">
<meta name="SiteDomain" content="www.zhengzhou.gov.cn">
<meta name="SiteIDCode" content="4101000053">
<meta name="ColumnName" content="市政府办公厅文件">
<meta name="ColumnType" content="政策文件">
<meta name="ArticleTitle" content="{escape(ZZ_TITLE)}">
<meta name="PubDate" content="2024-05-20 10:30">
<meta name="ContentSource" content="郑州市人民政府办公厅">
<meta name="Keywords" content="四条丝绸之路,对外开放,郑州航空港">
<meta name="Description" content="{escape(ZZ_TITLE)}">
<title>{escape(ZZ_TITLE)}-郑州市人民政府</title>
<link rel="stylesheet" href="./{F}/m.css">
<script src="./{F}/jquery.min.js"></script>
<script src="./{F}/m.js"></script>
</head>
<body>
<header class="m-header">
  <a class="back" href="javascript:history.back();">‹ 返回</a>
  <a class="logo" href="https://m.zhengzhou.gov.cn/"><img src="./{F}/logo.png" alt="郑州市人民政府"></a>
  <a class="search" href="https://m.zhengzhou.gov.cn/search.jhtml">搜索</a>
</header>
<nav class="m-nav">
  <a href="https://m.zhengzhou.gov.cn/">首页</a><a href="https://m.zhengzhou.gov.cn/news1/">郑州要闻</a><a class="on" href="https://m.zhengzhou.gov.cn/zwgk/">政务公开</a><a href="https://m.zhengzhou.gov.cn/zwfw/">政务服务</a><a href="https://m.zhengzhou.gov.cn/hdjl/">互动交流</a><a href="https://m.zhengzhou.gov.cn/zjzz/">走进郑州</a>
</nav>
<div class="crumb">当前位置：<a href="https://m.zhengzhou.gov.cn/">首页</a> &gt; <a href="https://m.zhengzhou.gov.cn/zwgk/">政务公开</a> &gt; <a href="https://m.zhengzhou.gov.cn/zfwj/">政策文件</a> &gt; <a href="https://m.zhengzhou.gov.cn/zfwj/zzbwj/">市政府办公厅文件</a></div>
<div class="detail">
  <h1 class="title">{escape(ZZ_TITLE)}</h1>
  <div class="info"><span>来源：郑州市人民政府办公厅</span>　<span>发布时间：2024-05-20 10:30</span>　<span>浏览次数：<em id="hits">2317</em></span></div>
  <div class="font-size">字号：<a href="javascript:;" data-s="20px">大</a> <a href="javascript:;" data-s="17px">中</a> <a href="javascript:;" data-s="15px">小</a></div>
  <details class="fileinfo" open="">
    <summary>文件信息</summary>
    <ul>
      <li>索引号：11410100MB1C37215X/2024-00312</li>
      <li>发文机关：郑州市人民政府办公厅</li>
      <li>文　　号：{ZZ_NUM}</li>
      <li>成文日期：2024-05-16</li>
      <li>发布日期：2024-05-20</li>
      <li>主题分类：商贸、海关、旅游\\对外经贸合作</li>
      <li>有 效 性：有效</li>
    </ul>
  </details>
  <div class="article" id="zoom">
{chr(10).join(art)}
  </div>
  <div class="attach">
    <p>附件下载：</p>
    <a href="https://www.zhengzhou.gov.cn/u/cms/www/202405/20103015abcd.xlsx" target="_blank">{escape(ZZ_ATT[0])}.xlsx</a>
    <a href="https://www.zhengzhou.gov.cn/u/cms/www/202405/20103016efgh.docx" target="_blank">{escape(ZZ_ATT[1])}.docx</a>
  </div>
  <div class="related">
    <p>相关解读：<a href="https://m.zhengzhou.gov.cn/zcjd/8213460.jhtml">一图读懂｜郑州推进“四条丝绸之路”协同发展进一步扩大对外开放</a></p>
  </div>
  <div class="share">分享到：<a href="javascript:;" class="wx">微信</a> <a href="javascript:;" class="wb">微博</a> <a href="javascript:;" class="qq">QQ空间</a>　|　<a href="javascript:window.print();">打印本页</a>　<a href="javascript:window.close();">关闭窗口</a></div>
</div>
<footer class="m-footer">
  <p><a href="https://www.zhengzhou.gov.cn/?pc=1">电脑版</a> | <a href="https://m.zhengzhou.gov.cn/">手机版</a></p>
  <p>主办：郑州市人民政府办公厅　承办：郑州市大数据管理局</p>
  <p>网站标识码：4101000053　<a href="https://beian.miit.gov.cn/">豫ICP备05001463号</a></p>
  <p>豫公网安备 41010502000123号</p>
  <p><img src="./{F}/jiucuo.png" alt="政府网站找错"> <img src="./{F}/dzjg.png" alt="党政机关"></p>
</footer>
<div class="bottom-bar">
  <a href="https://m.zhengzhou.gov.cn/">首页</a><a href="javascript:history.back();">返回</a><a href="javascript:;" class="font-size-btn">字号</a><a href="javascript:;" id="share-btn">分享</a><a href="javascript:;" id="gotop">顶部</a>
</div>
</body></html>
"""
    write(os.path.join(HERE, ZZ_STEM + ".html"), html)
    return ZZ_STEM


def zz_clauses():
    out = [ZZ_INTRO]
    for h, items in ZZ_BODY:
        out.extend(items)
    return out


# ================================================================ (c) 成都 一图读懂 (图解)
CD_STEM = "blind215_tujie_chengdu"
CD_POST_TITLE = "一图读懂丨成都支持自贸试验区高质量发展若干政策措施"
CD_BASIS_DOC = "成都市人民政府办公厅关于印发《成都市进一步支持中国（四川）自由贸易试验区成都区域高质量发展若干政策措施》的通知"
CD_BASIS_NUM = "成办发〔2024〕15号"
# each image: (kind, alt, caption)   kind: banner / clause / head / split (alt headline + caption detail) / furn
CD_IMGS = [
    ("banner", "一图读懂", None),
    ("clause", "出台背景：为深入实施自由贸易试验区提升战略，推动中国（四川）自由贸易试验区成都区域（以下简称成都自贸试验区）高质量发展，更好服务共建“一带一路”和西部陆海新通道建设，制定本政策措施。", None),
    ("clause", "适用范围：成都天府新区片区、成都青白江铁路港片区，以及成都高新区、双流区、简阳市等成都自贸试验区协同改革先行区。", None),
    ("head", "一、支持制度创新", None),
    ("clause", "1.制度创新成果奖励 对天府新区片区、青白江铁路港片区形成并经国务院或国家部委复制推广的制度创新成果，每项给予牵头单位50万元奖励；在全省复制推广的，每项给予20万元奖励。", None),
    ("clause", "2.首创性改革容错 对在成都自贸试验区开展的首创性、差异化改革探索，未达到预期效果但符合规定条件的，依法依规予以免责或减责。", None),
    ("head", "二、提升平台能级", None),
    ("split", "3.综合保税区提档升级", "支持成都高新综合保税区、成都国际铁路港综合保税区、双流综合保税区开展保税研发、保税维修、保税展示交易，新获批保税维修项目一次性奖励30万元。"),
    ("clause", "4.临空经济区建设 支持简阳市依托成都天府国际机场建设临空经济区，对新开通国际全货机航线的航空公司，每条航线每年最高给予800万元补贴。", "▲成都天府国际机场（资料图）"),
    ("head", "三、拓展开放通道", None),
    ("clause", "5.中欧班列（成渝）扩能 支持青白江铁路港片区加密中欧班列（成渝）开行，对经成都国际铁路港集结的回程班列按每标准箱最高1000元给予补助。", None),
    ("clause", "6.西部陆海新通道 推动成都国际铁路港至钦州港铁海联运班列公交化开行，对年发运量超过5000标准箱的企业给予最高100万元奖励。", None),
    ("split", "7.“跨境电商+班列”融合", "支持双流区、成都高新区跨境电商企业利用中欧班列（成渝）开展“跨境电商+班列”出口，按出口货值的1%给予运费补贴。"),
    ("head", "四、促进产业发展", None),
    ("clause", "8.生物医药进口便利化 支持天府新区片区（天府国际生物城）开展生物医药研发用物品进口“白名单”试点，白名单企业进口研发用物品免于提交进口药品通关单。", None),
    ("clause", "9.服务贸易创新 支持成都高新区、锦江区建设数字服务出口基地，对新认定的国家级服务贸易特色基地给予一次性奖励200万元。", None),
    ("clause", "10.外资总部集聚 对在成都自贸试验区新设立的跨国公司地区总部，按实缴注册资本的2%给予最高1000万元奖励。", None),
    ("clause", "实施期限：本政策措施自2024年4月1日起施行，有效期3年。", "（图片来源：成都市商务局）"),
]
CD_LEAD = "近日，成都市人民政府办公厅印发《成都市进一步支持中国（四川）自由贸易试验区成都区域高质量发展若干政策措施》，从制度创新、平台能级、开放通道、产业发展四个方面提出10条措施。一图带你读懂↓↓↓"
CD_BASIS = "政策依据：《%s》（%s）" % (CD_BASIS_DOC.replace("《", "〈").replace("》", "〉"), CD_BASIS_NUM)


def build_chengdu():
    d = wx_files(CD_STEM)
    F = CD_STEM + "_files"
    c = []
    colors = {"banner": (200, 30, 45), "head": (230, 90, 30), "clause": (250, 244, 232), "split": (250, 244, 232)}
    c.append(wx_p(CD_LEAD))
    for i, (kind, alt, cap) in enumerate(CD_IMGS):
        name = "640" if i == 0 else "640(%d)" % i
        fn = name + ".png"
        h = {"banner": 420, "head": 120}.get(kind, 520)
        tc = (255, 255, 255) if kind in ("banner", "head") else (90, 40, 20)
        make_png(os.path.join(d, fn), 900, h, colors[kind], alt.replace(" ", "\n", 1), tc, 34 if kind != "clause" else 30)
        ratio = "%.4f" % (h / 900)
        c.append('<section style="text-align: center;margin: 0px;line-height: 0;"><img class="rich_pages wxw-img" data-ratio="%s" data-s="300,640" data-type="png" data-w="900" '
                 'data-src="https://mmbiz.qpic.cn/mmbiz_png/cd%02d/640?wx_fmt=png&amp;from=appmsg" src="./%s/%s" '
                 'style="width: 100%% !important;height: auto !important;visibility: visible !important;" alt="%s" data-index="%d"></section>'
                 % (ratio, i, F, fn, escape(alt), i + 1))
        if cap:
            if kind == "split":
                c.append('<section style="margin: 4px 16px 14px;padding: 6px 10px;background-color: rgb(255, 247, 236);border-radius: 4px;">'
                         '<p style="text-align: justify;line-height: 1.6em;"><span style="font-size: 13px;color: rgb(120, 70, 30);">%s</span></p></section>' % escape(cap))
            else:
                c.append('<p style="text-align: center;line-height: 1.6em;margin-bottom: 12px;"><span style="font-size: 12px;color: rgb(160, 160, 160);">%s</span></p>' % escape(cap))
    c.append(wx_blank())
    c.append('<p style="text-align: left;line-height: 1.75em;"><span style="font-size: 14px;color: rgb(100, 100, 100);"><strong>%s</strong>%s</span></p>'
             % ("政策依据：", escape(CD_BASIS[len("政策依据："):])))
    c.append(wx_blank())
    c.append('<p style="text-align: left;line-height: 1.75em;"><span style="font-size: 12px;color: rgb(136, 136, 136);">来源：成都市商务局　制图：成都商务　编辑：李想　审核：陈立</span></p>')
    make_png(os.path.join(d, "640(99).png"), 300, 300, (20, 20, 20))
    c.append('<section style="text-align: center;"><img class="rich_pages wxw-img" data-type="png" src="./%s/640(99).png" style="width: 40%% !important;" alt="二维码"></section>' % F)
    c.append('<p style="text-align: center;"><span style="font-size: 12px;color: rgb(136, 136, 136);">长按识别二维码　关注成都商务</span></p>')
    html = wx_page(CD_STEM, url="https://mp.weixin.qq.com/s/Cd7TujieQ2xFv9mLs0Pk4w", title=CD_POST_TITLE, nickname="成都商务",
                   desc="10条措施支持成都自贸试验区高质量发展", publish_text="2024年4月18日 17:30", ct="1713432600", ip="四川",
                   content_html="\n".join(c),
                   source_url="https://www.chengdu.gov.cn/cdsrmzf/c147336/2024-04/16/content_7d1e5f2a.shtml",
                   read_num=2104, like_num=18, looking=9, biz="MzI1NzQ4NTk5Mg==")
    write(os.path.join(HERE, CD_STEM + ".html"), html)
    return CD_STEM


def cd_clauses():
    out = []
    for kind, alt, cap in CD_IMGS:
        if kind == "clause":
            out.append(alt)
        elif kind == "split":
            out.append(alt + " " + cap)
    return out


# ================================================================ (d) 南沙 政策问答
NS_STEM = "blind215_wenda_nansha"
NS_POST_TITLE = "政策问答｜南沙跨境电商高质量发展若干措施，热点问题解答来了"
NS_BANNER = "《广州南沙新区（自贸片区）促进跨境电商高质量发展若干措施》政策问答"
NS_POLICY = "广州南沙新区（自贸片区）促进跨境电商高质量发展若干措施"
NS_POLICY_NUM = "穗南开管〔2024〕3号"
NS_LEAD = "近日，广州南沙经济技术开发区管理委员会、广州市南沙区人民政府印发《广州南沙新区（自贸片区）促进跨境电商高质量发展若干措施》（穗南开管〔2024〕3号，以下简称《若干措施》）。针对企业关心的热点问题，区商务局进行了梳理解答，一起来看↓"
# (question, [answer paragraphs]); the first answer paragraph begins after 答：
NS_QA = [
    ("《若干措施》出台的背景是什么？", [
        "南沙是广东自贸试验区面积最大的片区，也是国家跨境电商零售进口试点区域。为贯彻落实《广州南沙深化面向世界的粤港澳全面合作总体方案》，进一步发挥南沙综合保税区、南沙港区的政策和区位优势，推动跨境电商与共建“一带一路”国家和地区贸易往来，制定《若干措施》。"]),
    ("《若干措施》的适用对象有哪些？", [
        "在南沙区（含广东自贸试验区南沙片区）依法登记注册、具有独立法人资格、从事跨境电商业务的企业，以及跨境电商产业园区运营主体。",
        "注册在南沙区以外、但在南沙综合保税区内租赁仓储设施开展跨境电商业务的企业，可申请第三条、第五条支持。"]),
    ("新落户的跨境电商企业可以获得哪些支持？", [
        "对新落户南沙区、年跨境电商进出口额首次达到5000万元的企业，给予一次性落户奖励50万元；达到1亿元的，给予100万元。奖励分两期兑现，首期在企业达标次年兑现60%。"]),
    ("对开展“1210”网购保税进口业务的企业有什么支持？", [
        "对在南沙综合保税区开展“1210”网购保税进口业务、年进口额同比增长20%以上的企业，按增量部分的1%给予奖励，单个企业每年最高300万元。"]),
    ("建设海外仓能申请什么支持？", [
        "分两种情形：",
        "1.对在共建“一带一路”国家和地区新建或租赁公共海外仓、面积达到5000平方米以上的企业，按实际投资额或租金的20%给予补助，最高200万元；",
        "2.对被认定为省级以上公共海外仓的企业，给予一次性奖励100万元。",
        "同一海外仓不重复享受。"]),
    ("跨境电商出口物流有哪些支持？", [
        "对经南沙港区以“9810”跨境电商出口海外仓模式出口的企业，按每标准箱500元给予物流补贴；经龙穴岛码头出口至东盟国家的，每标准箱再增加200元。单个企业每年最高200万元。"]),
    ("对跨境电商产业园区有什么支持？", [
        "对经认定的区级跨境电商产业园区，按其上一年度新增入驻企业数量给予运营主体每家2万元奖励，每年最高100万元。优先支持在庆盛枢纽、南沙湾区域建设跨境电商直播基地。"]),
    ("港澳青年在南沙从事跨境电商创业有什么支持？", [
        "对港澳青年在粤港澳（国际）青年创新工场内新设跨境电商企业的，给予最长3年、每年最高5万元的场地租金补贴。"]),
    ("如何申报？", [
        "《若干措施》实行年度集中申报，流程如下：",
        "1.区商务局每年第一季度发布申报通知；",
        "2.企业通过“南沙政策兑现”平台在线提交申请材料；",
        "3.区商务局会同区财政局审核后公示5个工作日，无异议的拨付资金。"]),
    ("《若干措施》什么时候开始实施？", [
        "《若干措施》自2024年4月1日起施行，有效期3年。同一项目同时符合本措施和南沙区其他同类政策的，按就高原则给予支持，不重复享受。"]),
]
NS_Q_BG = "rgb(0, 112, 192)"
NS_A_BG = "rgb(242, 247, 252)"


def build_nansha():
    d = wx_files(NS_STEM)
    F = NS_STEM + "_files"
    make_png(os.path.join(d, "640.png"), 900, 500, (0, 112, 192), "政策问答\n南沙跨境电商十问十答", size=48)
    make_png(os.path.join(d, "640(1).png"), 900, 300, (245, 245, 245), "南沙发布", (0, 112, 192), 40)
    c = []
    c.append('<section style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="0.5556" data-type="png" data-w="900" src="./%s/640.png" '
             'data-src="https://mmbiz.qpic.cn/mmbiz_png/ns/640?wx_fmt=png" style="width: 100%% !important;height: auto !important;" alt="图片"></section>' % F)
    c.append(wx_p(NS_LEAD))
    c.append(wx_blank())
    c.append('<section style="margin: 10px 0px;text-align: center;"><section style="display: inline-block;padding: 6px 16px;border-top: 2px solid %s;border-bottom: 2px solid %s;">'
             '<p style="text-align: center;line-height: 1.6em;"><strong><span style="font-size: 17px;color: %s;">%s</span></strong></p></section></section>'
             % (NS_Q_BG, NS_Q_BG, NS_Q_BG, escape(NS_BANNER)))
    for n, (q, answers) in enumerate(NS_QA, 1):
        # question: badge section + text section (flex), white text on blue
        badge_words = "问：" if n % 3 else "问"     # every third badge has no colon (typed without it)
        c.append('<section style="margin: 18px 0px 0px;display: flex;align-items: flex-start;background-color: %s;padding: 8px 10px;border-radius: 6px 6px 0px 0px;" data-role="paragraph">'
                 '<section style="flex: 0 0 auto;margin-right: 6px;"><p><strong><span style="font-size: 16px;color: rgb(255, 214, 0);">%s</span></strong></p></section>'
                 '<section style="flex: 1 1 auto;"><p style="text-align: justify;line-height: 1.6em;"><strong><span style="font-size: 15px;color: rgb(255, 255, 255);">%s</span></strong></p></section>'
                 '</section>' % (NS_Q_BG, badge_words, escape(q)))
        ps = []
        for k, a in enumerate(answers):
            if k == 0:
                ps.append('<p style="text-align: justify;line-height: 1.75em;margin-bottom: 6px;"><strong><span style="font-size: 15px;color: %s;">答：</span></strong>'
                          '<span style="%s">%s</span></p>' % (NS_Q_BG, S_BODY, escape(a)))
            else:
                ind = "padding-left: 1em;" if a[:2] in ("1.", "2.", "3.") else "text-indent: 2em;"
                ps.append('<p style="text-align: justify;line-height: 1.75em;margin-bottom: 6px;%s"><span style="%s">%s</span></p>' % (ind, S_BODY, escape(a)))
        c.append('<section style="margin: 0px 0px 8px;padding: 10px 12px;background-color: %s;border-radius: 0px 0px 6px 6px;">%s</section>' % (NS_A_BG, "".join(ps)))
    c.append(wx_blank())
    c.append('<p style="text-align: left;line-height: 1.75em;"><span style="font-size: 14px;color: rgb(62, 62, 62);">政策咨询电话：020-39078321（区商务局对外贸易科）</span></p>')
    c.append('<p style="text-align: left;line-height: 1.75em;"><span style="font-size: 14px;color: rgb(62, 62, 62);">点击文末“阅读原文”查看《若干措施》全文。</span></p>')
    c.append(wx_blank())
    c.append('<p style="text-align: left;line-height: 1.75em;"><span style="font-size: 12px;color: rgb(136, 136, 136);">来源：南沙区商务局</span></p>')
    c.append('<p style="text-align: left;line-height: 1.75em;"><span style="font-size: 12px;color: rgb(136, 136, 136);">编辑：黄嘉琪　校对：梁敏　审核：何志强</span></p>')
    c.append('<section style="text-align: center;"><img class="rich_pages wxw-img" data-type="png" src="./%s/640(1).png" style="width: 100%% !important;" alt="图片"></section>' % F)
    html = wx_page(NS_STEM, url="https://mp.weixin.qq.com/s/Ns2WendaKq8ZpR4cVt1yHg", title=NS_POST_TITLE, nickname="广州南沙发布",
                   desc="企业关心的10个热点问题", publish_text="2024年3月22日 20:00", ct="1711108800", ip="广东",
                   content_html="\n".join(c),
                   source_url="http://www.gzns.gov.cn/zwgk/zcwj/qzfwj/content/post_9561234.html",
                   read_num=5120, like_num=63, looking=35,
                   recommends=[("南沙综合保税区2023年跨境电商进出口突破600亿元", "https://mp.weixin.qq.com/s/n1"),
                               ("问答｜广州南沙支持港澳青年创新创业若干措施", "https://mp.weixin.qq.com/s/n2")],
                   biz="MzA5MzE0NjUxMA==")
    write(os.path.join(HERE, NS_STEM + ".html"), html)
    return NS_STEM


def ns_clauses():
    out = []
    for n, (q, answers) in enumerate(NS_QA, 1):
        out.append(("问：" if n % 3 else "问") + q)
        for k, a in enumerate(answers):
            out.append(("答：" + a) if k == 0 else a)
    return out


# ================================================================ expected
def expected():
    out = {}
    out[QD_STEM] = [{
        "meta": {
            "title": QD_TITLE, "doc_number": QD_NUM, "issuer": ["青岛市人民政府办公厅"],
            "date": "2024-06-07", "published": "2024-06-14", "level": "municipal", "region": "山东省青岛市",
            "effective": "2024-07-01", "expires": "2026-12-31", "attachments": [], "doc_type": "通知",
            "recipients": ["各区、市人民政府", "青岛西海岸新区管委", "市政府各部门", "市直各单位"],
            "publicity": "此件公开发布",
        },
        "clauses": qd_clauses(),
        "applies_to": {
            "default": "山东省青岛市（上合示范区 = 胶州市；青岛片区 = 黄岛区/青岛西海岸新区）",
            "specific": {
                "（一）": "胶州市、黄岛区（上合示范区、青岛片区）",
                "（二）": "青岛胶州湾综合保税区（胶州市）、青岛前湾综合保税区（黄岛区）",
                "（三）": "上合示范区（胶州市）",
                "（四）": "上合示范区多式联运中心（胶州市）；青岛港前湾港区、董家口港区（黄岛区）",
                "（五）": "青岛胶东国际机场（胶州市）",
                "（六）": "上合示范区多式联运中心（胶州市）、青岛前湾综合保税区（黄岛区）",
                "（七）": "董家口港区（黄岛区）",
                "（八）": "即墨区、城阳区",
                "（九）": "上合示范区（胶州市）；平度市、莱西市",
                "（十）": "胶州市、黄岛区",
                "（十一）": "上合示范区、青岛片区",
                "（十二）": "上合示范区、青岛片区",
            },
            "note": "中亚、俄罗斯、白俄罗斯、西亚、上海合作组织国家 are destinations/partners, not places of application. 山东 (IP属地) is not the region.",
        },
        "_note": (
            "mp.weixin.qq.com article saved as 网页，全部. Post headline 重磅！上合示范区与青岛自贸片区联动发展14条举措发布 (h1#activity-name, og:title, <title>) is the 公众号's headline, NOT the title of the document (as title: medium); "
            "公众号 青岛商务 is the publisher, not an issuer. The document is the 通知 reprinted in the 政策原文 block (dashed-border <section>): title in ONE <p> split by <br> in the middle of the name (…地方经贸合作<br>示范区与…) — joined without a space; 文号 centred under it; 主送; intro; headings 一、…五、 (bold, own <p>, the number 一、 in its own <span>) — headings, not clauses; items （一）…（十四） numbered CONTINUOUSLY across the five headings (labels unique without the parent), each a <p> whose bold lead （一）共建联动创新区。 is one <span> and the text another (青岛前湾|综合保税区 split across two spans in （二）) — lead + text = ONE clause; 落款 青岛市人民政府办公厅 / 2024年6月7日 as two right-aligned <p>; （此件公开发布）. "
            "Before the block: a banner image (alt 图片), the 小编 lead-in (近日，…一起来看👇, a \\u200b at its start) and a 📌划重点 box of 4 summary lines (平台联动：… etc.) — commentary that paraphrases the 通知: NOT clauses (as clauses: medium — they duplicate the measures and carry no label of the document); a 政策原文 heading bar with a small icon <img> before it. "
            "After the block: 来源/编辑/审核 lines, 🔎往期推荐 with three links naming OTHER documents (must not become documents, titles or clauses), a closing image; outside #js_content: 阅读原文 (link to qingdao.gov.cn), 阅读 3856, 赞, 分享, 在看, 精选留言 (two reader comments — furniture), 喜欢此内容的人还喜欢 links, QR box. "
            "date = 2024-06-07 (落款 of the 通知); published = 2024-06-14 (post date #publish_time / var ct; the reprint has no 版记 so 印发 is unknown — null tolerable low); effective 2024-07-01, expires 2026-12-31 (both in （十四）). 2024年底, 2025年6月30日 are deadlines."
        ),
        "_html": {"count": "1 document; 15 clauses (intro + 14 items)."},
    }]
    out[ZZ_STEM] = [{
        "meta": {
            "title": ZZ_TITLE, "doc_number": ZZ_NUM, "issuer": ["郑州市人民政府办公厅"],
            "date": "2024-05-16", "published": "2024-05-20", "level": "municipal", "region": "河南省郑州市",
            "effective": "2024-05-20", "expires": "2026-12-31", "attachments": ZZ_ATT, "doc_type": "通知",
            "recipients": ["各开发区管委会", "各区县（市）人民政府", "市人民政府各部门", "各有关单位"],
            "publicity": "此件公开发布",
        },
        "clauses": zz_clauses(),
        "applies_to": {
            "default": "河南省郑州市",
            "specific": {
                "一、（一）": "郑州航空港经济综合实验区",
                "一、（二）": "郑州航空港经济综合实验区、新郑综合保税区",
                "二、（一）": "郑州国际陆港、郑州经开综合保税区",
                "二、（二）": "中牟县",
                "三、（一）": "中国（河南）自由贸易试验区郑州片区；金水区、郑东新区",
                "四、（一）": "郑州国际陆港 (NOT 青岛港/连云港港/宁波舟山港 — ports of exit in other provinces)",
                "四、（二）": "郑州国际陆港 + 周口港 (周口市, a partner port outside 郑州 — tagging 周口 as well is right, ONLY 周口 is wrong)",
                "五、（一）": "郑州航空港经济综合实验区 (organ) — 郑州市 is fine",
            },
            "note": "卢森堡 / 中亚 / 欧洲 are partners, not places of application. 河南省 in the intro is the province's policy, not the region.",
        },
        "_note": (
            "Mobile page m.zhengzhou.gov.cn saved as 网页，全部: sticky red header (‹ 返回 / logo img / 搜索), horizontal nav, breadcrumb 当前位置：首页 > 政务公开 > 政策文件 > 市政府办公厅文件, h1 title, info line 来源/发布时间 2024-05-20 10:30/浏览次数, 字号 大中小, a <details> 文件信息 box (索引号, 发文机关, 文　　号 with full-width spaces, 成文日期 2024-05-16, 发布日期 2024-05-20, 主题分类, 有 效 性：有效), then <div class=\"article\" id=\"zoom\">, then 附件下载 links (file names WITH .xlsx/.docx), 相关解读 link (a 图解 — furniture), share bar (微信/微博/QQ空间/打印本页/关闭窗口), footer (主办/承办/网站标识码/ICP/公网安备/找错 image), and a fixed bottom bar (首页/返回/字号/分享/顶部). "
            "In the article: 文号 centred first, 主送 <p>, intro, then items in <p>s with full-width-space indents and <br> joins that do NOT follow the structure: <p> 一、heading<br>（一）…<br>（二）…</p>; <p> 二、heading</p>; <p>（一）…<br>（二）…</p>; <p>三、heading<br>（一）…</p>; …; <p> 四、（二） text<br>五、heading<br>（一）…</p> (the last item of 四、 and the 五、 heading share a <p>). Each <br> line is its own clause; headings (bold <strong>) are headings, not clauses. （一）（二） RESTART under each 一、…五、 → labels must carry the parent (二、（一） ≠ 一、（一）). "
            "附件说明 附件：1.…<br>2.… (hanging with full-width spaces) → attachments = the two titles without 1./2. and without .xlsx/.docx; the download links are the same two attachments (not extra ones, not clauses). 落款 in ONE <p> with <br> (郑州市人民政府办公厅<br>2024年5月16日&nbsp;…); （此件公开发布）. "
            "date = 2024-05-16 (成文 / 落款); published = 2024-05-20 (发布日期); effective: 本通知自发布之日起施行 → 2024-05-20 (2024-05-16 tolerable low; null medium); expires 2026-12-31. 2024年, 2025年底, 每年12月10日 are targets/deadlines."
        ),
        "_html": {"count": "1 document; 11 clauses (intro + 10 items)."},
    }]
    out[CD_STEM] = [{
        "meta": {
            "title": CD_POST_TITLE, "doc_number": None, "issuer": ["成都市商务局"],
            "date": "2024-04-18", "published": "2024-04-18", "level": "municipal", "region": "四川省成都市",
            "effective": "2024-04-01", "expires": "2027-03-31", "attachments": [], "doc_type": "图解（政策解读）",
            "recipients": [], "publicity": None,
            "interprets": {"title": CD_BASIS_DOC, "doc_number": CD_BASIS_NUM, "issuer": "成都市人民政府办公厅"},
        },
        "clauses": cd_clauses(),
        "applies_to": {
            "default": "四川省成都市（中国（四川）自由贸易试验区成都区域）",
            "specific": {
                "适用范围": "成都天府新区片区、成都青白江铁路港片区；成都高新区、双流区、简阳市",
                "1.": "天府新区片区、青白江铁路港片区",
                "3.": "成都高新综合保税区、成都国际铁路港综合保税区（青白江区）、双流综合保税区（双流区）",
                "4.": "简阳市（成都天府国际机场）",
                "5.": "青白江铁路港片区（成都国际铁路港，青白江区）",
                "6.": "成都国际铁路港（青白江区） — NOT 钦州港 (广西, destination)",
                "7.": "双流区、成都高新区",
                "8.": "天府新区片区（天府国际生物城）",
                "9.": "成都高新区、锦江区",
                "10.": "成都自贸试验区",
            },
            "note": "共建“一带一路” / 西部陆海新通道 / 中欧班列（成渝） are corridors or programmes, not places; 钦州港 is a destination.",
        },
        "_note": (
            "公众号「成都商务」 一图读懂 post: almost all the text is in image alt attributes. #js_content: a lead-in <p> (近日…一图带你读懂↓↓↓ — commentary, as a clause tolerable low), then 18 <img>s (each in its own <section>, src ./…_files/640(N).png, data-src to mmbiz): "
            "alt 一图读懂 (banner — furniture), alt 出台背景：… and alt 适用范围：… (clauses), four heading images alt 一、支持制度创新 / 二、提升平台能级 / 三、拓展开放通道 / 四、促进产业发展 (headings, not clauses), ten measure images 1.…10. whose alt = headline + space + text (one clause each; the space may be dropped), "
            "and for 3. and 7. the alt holds ONLY the headline (3.综合保税区提档升级 / 7.“跨境电商+班列”融合) while the detail is in a short caption <section> right under the image — alt + caption = ONE clause (two consecutive clauses equally good; losing the caption text is serious); alt 实施期限：本政策措施自2024年4月1日起施行，有效期3年。 (clause). "
            "Photo captions ▲成都天府国际机场（资料图） and （图片来源：成都市商务局） are furniture (as clauses low; glued onto the measure: medium). After the images: the 政策依据 line naming the policy explained, 《成都市人民政府办公厅关于印发〈…若干政策措施〉的通知》（成办发〔2024〕15号）; 来源/制图/编辑/审核 line; QR image alt 二维码 + 长按识别二维码 (furniture). "
            "Meta: this page is a 图解 published by 成都市商务局 (公众号 成都商务; 来源：成都市商务局) on 2024-04-18; it carries no 文号 of its own. A reader that records it AS the policy (title = the 印发通知 title, doc_number 成办发〔2024〕15号, issuer 成都市人民政府办公厅) while marking it a 解读/图解: tolerable low; taking 成办发〔2024〕15号 as the doc_number of a page titled 一图读懂… without any mark: medium. "
            "effective 2024-04-01 / expires 2027-03-31 are those of the policy (有效期3年, to be computed); null tolerable low. The 政策依据 line itself is meta, not a clause (as a clause low)."
        ),
        "_html": {"count": "1 document; 14 clauses (出台背景, 适用范围, 10 measures, 实施期限 = 13 + 0 …) — see clauses list; headings and furniture excluded."},
    }]
    out[NS_STEM] = [{
        "meta": {
            "title": NS_BANNER, "doc_number": None, "issuer": ["广州市南沙区商务局"],
            "date": "2024-03-22", "published": "2024-03-22", "level": "county", "region": "广东省广州市南沙区",
            "effective": "2024-04-01", "expires": "2027-03-31", "attachments": [], "doc_type": "政策问答（政策解读）",
            "recipients": [], "publicity": None,
            "interprets": {"title": NS_POLICY, "doc_number": NS_POLICY_NUM,
                           "issuer": "广州南沙经济技术开发区管理委员会、广州市南沙区人民政府"},
        },
        "clauses": ns_clauses(),
        "applies_to": {
            "default": "广东省广州市南沙区（广东自贸试验区南沙片区）",
            "specific": {
                "Q1 答": "南沙综合保税区、南沙港区 (background)",
                "Q2 答 second paragraph": "南沙综合保税区 (firms registered outside 南沙区)",
                "Q4 答": "南沙综合保税区",
                "Q6 答": "南沙港区；龙穴岛码头 (东盟 is a destination)",
                "Q7 答": "庆盛枢纽、南沙湾区域",
                "Q8 答": "粤港澳（国际）青年创新工场",
            },
            "note": "港澳 (Q8) names the beneficiaries, not a place of application; 东盟 / 共建“一带一路”国家和地区 are destinations.",
        },
        "_note": (
            "公众号「广州南沙发布」 post; h1 政策问答｜南沙跨境电商高质量发展若干措施，热点问题解答来了 is the headline; the content's own title is the banner <section> 《广州南沙新区（自贸片区）促进跨境电商高质量发展若干措施》政策问答 (expected title; the h1 tolerable low). "
            "Source organ 来源：南沙区商务局 (= 广州市南沙区商务局; the lead-in says 区商务局进行了梳理解答) — issuer; 公众号 广州南沙发布 is the publisher (as issuer: low). The lead-in (近日…一起来看↓) names the policy 穗南开管〔2024〕3号 — that 文号 is the policy's, not this page's (as doc_number without marking the page as a 解读: medium). "
            "Ten Q/A pairs: each question is a blue flex <section> of a badge <section> (问： — on Q3, Q6, Q9 typed 问 without the colon) and a text <section>; each answer a light-blue <section> whose first <p> starts with a bold 答： span; answers 2, 5 and 9 have further <p>s (a second paragraph; lead-in 分两种情形： / 流程如下： + 1. 2. (3.) sub-items + a closing line). "
            "Expected: each 问 and each answer paragraph as its own clause, in order, badge joined to the question text (问 + question, space or none; with or without the colon as printed); a reader that makes one clause per Q/A pair (question + whole answer) is equally good; a question glued onto the PREVIOUS answer, an answer paragraph lost, or sub-items 1./2. read as top-level items detached from their 问 is medium. "
            "Furniture: banner images (alt 图片), 政策咨询电话 line, 点击文末“阅读原文”… line, 来源/编辑/校对/审核 lines, closing image, 阅读原文 link, 阅读/赞/分享/在看, 喜欢此内容的人还喜欢 links. "
            "date/published 2024-03-22 (post). effective 2024-04-01, expires 2027-03-31 (Q10 有效期3年, computed) — the policy's; null tolerable low. level county (区); zone tolerable."
        ),
        "_html": {"count": "1 document; 35 clauses listed (10 questions + 25 answer paragraphs / sub-items)."},
    }]
    for k, v in out.items():
        v[0]["_html"]["count"] = "1 document; %d clauses." % len(v[0]["clauses"])
    return out


def main():
    stems = [build_qingdao(), build_zhengzhou(), build_chengdu(), build_nansha()]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[s + ".html" for s in stems])


if __name__ == "__main__":
    main()
