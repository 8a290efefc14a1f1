# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 309 (blind): policies as analysts find them *reported* rather than issued.

Writes, next to itself:
  blind309_linyi_gongzhonghao.html   微信公众号 article saved from the browser, quoting a
                                     临沂市商务局/临沂市财政局 joint notice (临商务发〔2025〕17号) in full
  blind309_shaanxi_shilu.docx / .pdf 新闻发布会文字实录 posted by 陕西省人民政府新闻办公室
                                     (the 18 items of 陕政办发〔2025〕18号 summarised, not quoted)
  blind309_guowuyuan_xinwen.html     政府网站 新闻 item on a 国务院常务会议 (自贸试验区提升战略),
                                     with a 相关文件 link block and a 解读 part
  blind309_guoban_tonggao.txt        新华社 通稿 (plain text) quoting 国办发〔2025〕27号 in full
  expected.json
Run: . /work/venv/bin/activate && python make_blind309.py
"""
import html
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo_309"

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)

EXPECTED = {}


def out(name):
    return os.path.join(HERE, name)


# ============================================================================
# (a) 微信公众号 article (HTML) quoting the 临沂 notice in full
# ============================================================================

LY_TITLE = "临沂市商务局 临沂市财政局关于推进跨境电商与市场采购贸易融合发展的通知"
LY_NO = "临商务发〔2025〕17号"
LY_MAIN = ("各县区商务局、财政局，临沂经济技术开发区、临沂高新技术产业开发区、临沂临港经济开发区"
           "经济发展局、财政局，临沂综合保税区管理委员会：")
LY_PREAMBLE = ("为深入贯彻落实党中央、国务院关于加快发展外贸新业态新模式的决策部署，发挥我市市场采购贸易方式试点"
               "和中国（临沂）跨境电子商务综合试验区叠加优势，推动跨境电商与市场采购贸易融合发展，打造“买全球、"
               "卖全球”的国际商贸名城，经市政府同意，现就有关事项通知如下。")
# (heading, [(label, head, body, [extra paragraphs])])
LY_PARTS = [
    ("一、培育融合发展经营主体", [
        ("（一）", "支持商城经营户“触网出海”。",
         "对首次通过跨境电商方式实现年出口额50万美元以上的商城经营户，一次性给予1万元奖励；年出口额超过100万美元的，"
         "一次性给予2万元奖励。同一经营户不重复享受。", []),
        ("（二）", "引进培育龙头企业。",
         "对新落户我市、上年度跨境电商交易额超过5000万元的平台企业和跨境电商卖家，按其落户后首个完整年度交易额的0.5%给予"
         "奖励，单个企业最高不超过100万元。", []),
        ("（三）", "鼓励“市场采购+跨境电商”组货出口。",
         "支持市场采购贸易经营主体以9710、9810方式开展跨境电商出口，对在临沂市场采购贸易联网信息平台备案并以跨境电商方式"
         "申报出口的，按实际出口额每美元0.02元给予补贴，单个企业年度补贴最高不超过50万元。", []),
    ]),
    ("二、建设融合发展载体平台", [
        ("（四）", "建设融合发展产业园。",
         "在兰山区、河东区和临沂经济技术开发区规划建设市场采购贸易与跨境电商融合发展产业园，对上述区域内经认定的市级融合"
         "发展产业园，给予园区运营主体一次性50万元奖励。认定标准和申报材料见附件。", []),
        ("（五）", "发展综保区保税新业态。",
         "支持临沂综合保税区开展跨境电商1210保税备货、保税展示交易和跨境电商出口退货中心仓业务，对在区内新开展上述业务的"
         "企业，按实际使用仓储面积每平方米每年20元给予租金补贴，补贴期限不超过2年。", []),
        ("（六）", "布局建设公共海外仓。",
         "鼓励企业在共建“一带一路”国家和RCEP成员国建设、租赁公共海外仓，对新认定的市级公共海外仓，按实际投资额的20%给予"
         "一次性补助，单个海外仓最高不超过200万元。",
         ["已获得省级公共海外仓认定的，按照“从高不重复”原则给予差额补足。"]),
        ("（七）", "打造线上综合服务平台。",
         "升级临沂跨境电商线上综合服务平台，整合商务、海关、税务、外汇、市场监管等部门数据，为企业提供通关、物流、金融、"
         "退税“一站式”服务。", []),
    ]),
    ("三、完善融合发展服务体系", [
        ("（八）", "优化通关监管服务。",
         "会同临沂海关推动市场采购贸易联网信息平台与跨境电商线上综合服务平台数据互联互通，推行“一次申报、分类查验、集中"
         "放行”，压缩货物通关时间。", []),
        ("（九）", "畅通国际物流通道。",
         "支持企业利用中欧班列（齐鲁号）、日照港、青岛港开展跨境电商出口，对由临沂始发、以跨境电商货物为主的中欧班列专列，"
         "每列给予5万元运费补贴。", []),
        ("（十）", "强化人才支撑。",
         "支持驻临高校、职业院校开设跨境电商专业课程，对经认定的市级跨境电商人才培训基地，每年给予最高20万元培训补助。", []),
        ("（十一）", "加大金融支持。",
         "鼓励银行机构开发“跨境电商贷”“海外仓贷”等产品，对为中小跨境电商企业提供出口信用保险的保险机构，按保费的30%给予"
         "补助。", []),
    ]),
    ("四、强化要素保障", [
        ("（十二）", "加强资金保障。",
         "本通知所需资金从市级外经贸发展专项资金中列支，市、县区按照现行财政体制分级负担。", []),
        ("（十三）", "推行“免申即享”。",
         "依托“爱山东·临沂”政务服务平台，对可通过数据比对直接认定的奖补事项实行“免申即享”，资金原则上在每年6月底前拨付"
         "到位。", []),
        ("（十四）", "加强统计监测。",
         "各县区商务部门要建立跨境电商与市场采购贸易融合发展企业名录，按季度报送出口数据和重点项目进展情况。", []),
        ("（十五）", "强化风险防控。",
         "企业通过虚报、伪造材料等方式骗取奖补资金的，由财政部门依法追回，并依法依规纳入信用记录。", []),
    ]),
]
LY_CLOSING = ("本通知自2025年5月1日起施行，有效期至2027年12月31日。执行期间如遇国家、省政策调整的，按照调整后的规定执行。")
LY_ATT = "临沂市市场采购贸易与跨境电商融合发展产业园认定标准及申报材料"


def ly_clauses():
    cl = [LY_PREAMBLE]
    for _, items in LY_PARTS:
        for lab, head, body, extra in items:
            cl.append("\n".join([lab + head + body] + extra))
    cl.append(LY_CLOSING)
    return cl


def make_linyi_html():
    art_title = "重磅！我市出台15条措施，推动跨境电商与市场采购贸易融合发展"
    acct = "临沂商务发布"
    S = 'style="margin:0px 8px;line-height:1.75em;text-align:justify;"'
    SP = 'style="font-size:15px;color:rgb(62,62,62);letter-spacing:1px;"'

    body = []
    # -- the wrapper: 来源 line, lead, a picture, then "政策原文如下："
    body.append('<section style="margin:0px 8px;"><p style="text-align:left;"><span style="font-size:12px;color:rgb(136,136,136);">'
                '来源：临沂市商务局 外贸发展科</span></p></section>')
    body.append('<section style="margin:10px 8px;padding:10px;border-left:4px solid rgb(0,112,192);background-color:rgb(242,248,253);">'
                '<p style="line-height:1.75em;"><span style="font-size:15px;color:rgb(62,62,62);">'
                '近日，临沂市商务局、临沂市财政局联合印发《关于推进跨境电商与市场采购贸易融合发展的通知》'
                '（临商务发〔2025〕17号，以下简称《通知》），从培育经营主体、建设载体平台、完善服务体系、强化要素保障4个方面'
                '提出15条具体措施，对商城经营户“触网出海”、公共海外仓建设、中欧班列跨境电商专列等给予真金白银支持。'
                '《通知》自2025年5月1日起施行。</span></p></section>')
    body.append('<p style="text-align:center;"><img class="rich_pages wxw-img" data-ratio="0.5625" data-type="jpeg" data-w="1080" '
                'data-src="https://mmbiz.qpic.cn/mmbiz_jpg/Lx7r2bQk0fGx4ZpWv9RfXcQ/640?wx_fmt=jpeg" style="width:100%;"></p>')
    body.append('<p style="text-align:center;"><span style="font-size:12px;color:rgb(136,136,136);">'
                '▲临沂商城国际采购中心（资料图）</span></p>')
    body.append('<p><br></p>')
    body.append('<section style="margin:0px 8px;"><p><strong><span style="font-size:16px;color:rgb(0,112,192);">'
                '政策原文如下：</span></strong></p></section>')
    body.append('<p><br></p>')
    # -- the notice
    body.append('<section data-role="paragraph" class="_135editor">')
    body.append('<p style="text-align:center;line-height:1.75em;"><strong><span style="font-size:18px;color:rgb(0,0,0);">'
                '临沂市商务局　临沂市财政局<br>关于推进跨境电商与市场采购贸易融合发展的通知</span></strong></p>')
    body.append('<p style="text-align:center;"><span style="font-size:15px;">%s</span></p>' % LY_NO)
    body.append('<p><br></p>')
    body.append('<p %s><span %s>%s</span></p>' % (S, SP, LY_MAIN))
    body.append('<p %s><span %s>&nbsp;&nbsp;&nbsp;&nbsp;%s</span></p>' % (S, SP, LY_PREAMBLE))
    for heading, items in LY_PARTS:
        body.append('<p %s><strong><span style="font-size:15px;color:rgb(0,112,192);">&nbsp;&nbsp;&nbsp;&nbsp;%s</span></strong></p>'
                    % (S, heading))
        for lab, head, text, extra in items:
            # run-in: 黑体-like bold head, then the body in the same <p>; a zero-width space sometimes sneaks in
            zw = "\u200b" if lab in ("（三）", "（九）") else ""
            body.append('<p %s><span %s>&nbsp;&nbsp;&nbsp;&nbsp;<strong>%s%s</strong>%s%s</span></p>'
                        % (S, SP, lab, head, zw, text))
            for e in extra:
                body.append('<p %s><span %s>&nbsp;&nbsp;&nbsp;&nbsp;%s</span></p>' % (S, SP, e))
    body.append('<p %s><span %s>&nbsp;&nbsp;&nbsp;&nbsp;%s</span></p>' % (S, SP, LY_CLOSING))
    body.append('<p %s><span %s>&nbsp;&nbsp;&nbsp;&nbsp;特此通知。</span></p>' % (S, SP))
    body.append('<p><br></p>')
    body.append('<p %s><span %s>&nbsp;&nbsp;&nbsp;&nbsp;附件：%s</span></p>' % (S, SP, LY_ATT))
    body.append('<p><br></p>')
    body.append('<p style="text-align:right;margin:0px 8px;"><span %s>临沂市商务局　　　　临沂市财政局</span></p>' % SP)
    body.append('<p style="text-align:right;margin:0px 8px;"><span %s>2025年4月18日</span></p>' % SP)
    body.append('<p %s><span %s>&nbsp;&nbsp;&nbsp;&nbsp;（此件公开发布）</span></p>' % (S, SP))
    body.append('<p><br></p>')
    body.append('<p style="margin:0px 8px;border-top:1px solid #000;border-bottom:1px solid #000;"><span style="font-size:13px;">'
                '抄送：市委办公室，市人大常委会办公室，市政府办公室，市政协办公室，临沂海关。</span></p>')
    body.append('<p style="margin:0px 8px;border-bottom:1px solid #000;"><span style="font-size:13px;">'
                '临沂市商务局办公室　　　　　　　　2025年4月21日印发</span></p>')
    body.append('</section>')
    body.append('<p><br></p>')
    # -- pictures with ▲ captions
    for src, cap in (("Lx7r2bQk0fGx4ZpWv9RfXcR", "▲2024年临沂跨境电商选品对接会现场"),
                     ("Lx7r2bQk0fGx4ZpWv9RfXcS", "▲中欧班列（齐鲁号）临沂跨境电商专列首发（资料图）")):
        body.append('<p style="text-align:center;"><img class="rich_pages wxw-img" data-ratio="0.6667" data-type="jpeg" '
                    'data-src="https://mmbiz.qpic.cn/mmbiz_jpg/%s/640?wx_fmt=jpeg" style="width:100%%;"></p>' % src)
        body.append('<p style="text-align:center;"><span style="font-size:12px;color:rgb(136,136,136);">%s</span></p>' % cap)
    body.append('<p><br></p>')
    body.append('<section style="margin:0px 8px;font-size:13px;color:rgb(136,136,136);">'
                '<p>编辑：王晓彤</p><p>审核：刘振东</p><p>责任编辑：孙　丽</p></section>')
    body.append('<p><br></p>')
    body.append('<p style="text-align:center;"><span style="font-size:14px;color:rgb(0,112,192);">'
                '点击“阅读原文”下载附件</span></p>')
    body.append('<p style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/Lx7r2bQk0fQR/640?wx_fmt=png" '
                'data-type="png" style="width:40%;"></p>')
    body.append('<p style="text-align:center;"><span style="font-size:13px;">扫码关注 临沂商务发布</span></p>')
    body.append('<p style="text-align:center;"><span style="font-size:13px;">获取更多商务政策资讯</span></p>')
    body.append('<p><br></p>')
    body.append('<section style="margin:0px 8px;"><p><strong><span style="font-size:15px;">往期推荐</span></strong></p>')
    for i, t in enumerate(("临沂跨境电商综试区考核评估再进位", "一图读懂｜2025年临沂市稳外贸政策清单",
                           "全市外贸稳增长工作推进会召开", "关于开展2025年度市级公共海外仓认定工作的通知")):
        body.append('<p><a target="_blank" href="http://mp.weixin.qq.com/s?__biz=MzA5NzE0ODg1Mw==&amp;mid=26510%02d&amp;idx=1" '
                    'textvalue="%s" data-itemshowtype="0" linktype="text">%s</a></p>' % (i + 11, t, t))
    body.append('</section>')

    page = """<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="{t}">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzA5NzE0ODg1Mw==&amp;mid=2651097734&amp;idx=1&amp;sn=3f2e0c1d7a">
<meta property="og:description" content="4个方面15条，自2025年5月1日起施行">
<meta name="description" content="4个方面15条，自2025年5月1日起施行">
<meta property="twitter:title" content="{t}">
<title>{t}</title>
<link rel="stylesheet" href="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.css">
<script type="text/javascript">
  var biz = "MzA5NzE0ODg1Mw==" || "";
  var msg_title = '{t}'.html(false);
  var msg_desc = htmlDecode("4个方面15条，自2025年5月1日起施行");
  var ct = "1745402520";
  var nickname = htmlDecode("{a}");
  var user_name = "gh_5b1a2e0f9c3d";
  var copyright_stat = "1";
</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg appmsg_skin_default appmsg_style_default">
<div id="js_article" class="rich_media">
<div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title " id="activity-name">
 {t}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span id="copyright_logo" class="rich_media_meta icon_appmsg_tag appmsg_title_tag weui-flex__item">原创</span>
<span class="rich_media_meta rich_media_meta_text">临沂市商务局</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">{a}</a></span>
<span id="meta_content_hide_info"><em id="publish_time" class="rich_media_meta rich_media_meta_text">2025年04月23日 18:02</em>
<em id="js_ip_wording_wrp" class="rich_media_meta_area_wrp"><span id="js_ip_wording">山东</span></em></span>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: visible;">
{body}
</div>
<div id="js_tags" class="article-tag__list"><span class="article-tag__item">#跨境电商</span><span class="article-tag__item">#稳外贸</span><span class="article-tag__item">#政策</span></div>
<div class="rich_media_tool" id="js_toobar3">
<a class="media_tool_meta meta_primary" id="js_view_source" href="https://swj.linyi.gov.cn/info/1032/84215.htm">阅读原文</a>
<span class="media_tool_meta">阅读&nbsp;<span id="readNum3">3285</span></span>
<span class="media_tool_meta">赞&nbsp;<span id="likeNum3">46</span></span>
<span class="media_tool_meta">在看&nbsp;<span>12</span></span>
</div>
</div></div></div></div>
<div class="qr_code_pc_outer"><div class="qr_code_pc"><img class="qr_code_pc_img" src="/mp/qrcode?scene=10000004&amp;size=102&amp;__biz=MzA5NzE0ODg1Mw=="><p>微信扫一扫<br>关注该公众号</p></div></div>
<div class="rich_media_extra"><div class="weui-loadmore"><span class="weui-loadmore__tips">喜欢此内容的人还喜欢</span></div></div>
</div>
<script type="text/javascript">window.__second_open__ = false; var __appmsgCgiData = {{"title":"{t}"}};</script>
</body></html>
""".format(t=art_title, a=acct, body="\n".join(body))
    with open(out("blind309_linyi_gongzhonghao.html"), "w", encoding="utf-8") as f:
        f.write(page)

    EXPECTED["blind309_linyi_gongzhonghao"] = [{
        "meta": {
            "title": LY_TITLE,
            "doc_number": LY_NO,
            "issuer": ["临沂市商务局", "临沂市财政局"],
            "date": "2025-04-18",
            "published": "2025-04-21",
            "level": "municipal",
            "region": "临沂市",
            "effective": "2025-05-01",
            "expires": "2027-12-31",
            "attachments": [LY_ATT],
            "doc_type": "通知",
            "recipients": ["各县区商务局、财政局",
                           "临沂经济技术开发区、临沂高新技术产业开发区、临沂临港经济开发区经济发展局、财政局",
                           "临沂综合保税区管理委员会"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": ly_clauses(),
        "applies_to": {"specific": {
            "（四）建设融合发展产业园。在兰山区、河东区": ["兰山区", "河东区", "临沂经济技术开发区"],
            "（五）发展综保区保税新业态。支持临沂综合保税区": ["临沂综合保税区"],
        }},
        "not_clauses": [
            "重磅！我市出台15条措施，推动跨境电商与市场采购贸易融合发展（<title>、og:title and the article's h1）",
            "原创 / 临沂市商务局 / 临沂商务发布 / 2025年04月23日 18:02 / 山东 (article byline)",
            "来源：临沂市商务局 外贸发展科",
            "近日，临沂市商务局、临沂市财政局联合印发…《通知》自2025年5月1日起施行。 (the lead: a report, not the notice)",
            "▲临沂商城国际采购中心（资料图）", "▲2024年临沂跨境电商选品对接会现场",
            "▲中欧班列（齐鲁号）临沂跨境电商专列首发（资料图）",
            "政策原文如下：",
            "the notice's title (two lines), 文号, 主送, 一、…四、 headings, 特此通知。, 附件：…, 落款 and date, （此件公开发布）",
            "抄送：… / 临沂市商务局办公室　2025年4月21日印发 (版记)",
            "编辑：王晓彤", "审核：刘振东", "责任编辑：孙　丽",
            "点击“阅读原文”下载附件", "扫码关注 临沂商务发布", "获取更多商务政策资讯",
            "往期推荐 and its four links", "#跨境电商 #稳外贸 #政策 tags", "阅读原文 / 阅读 3285 / 赞 46 / 在看 12",
            "微信扫一扫 关注该公众号", "喜欢此内容的人还喜欢", "script text",
        ],
    }]


# ============================================================================
# docx helpers
# ============================================================================


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), "Times New Roman" if name in (FS, KT) else name)
    rf.set(qn("w:hAnsi"), "Times New Roman" if name in (FS, KT) else name)
    rf.set(qn("w:eastAsia"), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, first=None, line=28, before=0, after=0):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    pf.widow_control = False
    return p


def border(p, side, sz, color="000000", space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), val)
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    bdr.append(e)


def add_page_field(p, size=14):
    def r_with(tag, **attrs):
        r = p.add_run()
        set_font(r, SONG, size)
        e = OxmlElement(tag)
        for k, v in attrs.items():
            e.set(qn(k), v)
        r._element.append(e)
        return e
    set_font(p.add_run("— "), SONG, size)
    r_with("w:fldChar", **{"w:fldCharType": "begin"})
    t = r_with("w:instrText", **{"xml:space": "preserve"})
    t.text = " PAGE "
    r_with("w:fldChar", **{"w:fldCharType": "separate"})
    set_font(p.add_run("1"), SONG, size)
    r_with("w:fldChar", **{"w:fldCharType": "end"})
    set_font(p.add_run(" —"), SONG, size)


def page_numbers(doc, section):
    # GB/T 9704: odd pages right, even pages left, 4号 半角 with dashes
    settings = doc.settings.element
    eo = OxmlElement("w:evenAndOddHeaders")
    settings.append(eo)
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_field(fp)
    ep = section.even_page_footer.paragraphs[0]
    ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
    add_page_field(ep)


def a4(section):
    section.page_height = Mm(297)
    section.page_width = Mm(210)
    section.top_margin = Mm(37)
    section.bottom_margin = Mm(35)
    section.left_margin = Mm(28)
    section.right_margin = Mm(26)
    section.footer_distance = Mm(25)


def cell_text(cell, text, font=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = cell.paragraphs[0]
    fmt(p, align=align, line=22)
    set_font(p.add_run(text), font, size, bold=bold)


def soffice(docx):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE, "--convert-to", "pdf",
                    "--outdir", HERE, docx], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ============================================================================
# (b) 新闻发布会 文字实录 (docx + pdf)
# ============================================================================

SX_MEASURE = "陕西省关于深化自由贸易试验区改革创新服务共建“一带一路”的若干措施"
SX_TITLE = "《%s》新闻发布会文字实录" % SX_MEASURE

HOST = "主持人　周晓岚"
LIU = "省商务厅党组成员、副厅长　刘卫东"
HAN = "省发展改革委二级巡视员　韩立新"
MENG = "西安海关副关长　孟庆华"

# (speaker tag, [paragraphs], is_clause)
SX_TURNS = [
    (HOST, ["各位记者朋友，大家上午好！欢迎出席省政府新闻办新闻发布会。近日，经省政府同意，省政府办公厅印发了《%s》"
            "（陕政办发〔2025〕18号，以下简称《措施》）。今天，我们邀请到省商务厅党组成员、副厅长刘卫东先生，省发展改革委"
            "二级巡视员韩立新先生，西安海关副关长孟庆华女士，请他们介绍《措施》有关情况，并回答大家关心的问题。首先，请刘卫东"
            "先生介绍情况。" % SX_MEASURE], False),
    (LIU, [
        "各位记者朋友，大家上午好！首先，感谢大家长期以来对全省商务和开放工作的关心支持。中国（陕西）自由贸易试验区挂牌运行"
        "八年来，累计形成制度创新成果1100余项，其中37项在全国复制推广；中欧班列长安号累计开行超过2.8万列，通达亚欧大陆45个"
        "国家和地区。为进一步发挥自贸试验区改革开放“试验田”作用，更好服务和融入共建“一带一路”，省商务厅会同省发展改革委、"
        "西安海关等部门研究起草了《措施》，经省政府同意，由省政府办公厅于5月30日印发实施。",
        "《措施》共5个方面18条，主要内容可以概括为以下五个方面。",
        "一是聚焦制度创新，提升自贸试验区发展能级（第一条至第四条）。提出实施自贸试验区提升行动，每年滚动推出一批首创性、"
        "差异化改革试点任务；对入选国家级最佳实践案例的改革成果，给予牵头单位每项50万元奖励；建立自贸试验区与省级以上开发区、"
        "综合保税区联动创新机制，推动改革试点经验在全省复制推广。",
        "二是聚焦贸易投资便利化，打造一流营商环境（第五条至第九条）。提出深化国际贸易“单一窗口”建设，推广“提前申报”“两步申报”"
        "等便利化措施，整体通关时间较2024年压缩10%以上；支持跨境电商、市场采购、保税维修等新业态发展，对新认定的省级公共海外仓"
        "给予最高300万元支持；落实外商投资准入前国民待遇加负面清单管理制度，对新设外资研发中心给予奖励。",
        "三是聚焦通道枢纽建设，畅通“一带一路”物流大通道（第十条至第十三条）。提出推动中欧班列长安号提质增效，拓展“中欧班列+"
        "跨境电商”“中欧班列+海铁联运”等新模式；加快西安咸阳国际机场航空枢纽建设，新开和加密“一带一路”国际全货机航线；推进"
        "陆港、空港“双港”联动和多式联运“一单制”改革。",
        "四是聚焦产业开放合作，深化与共建国家务实合作（第十四条至第十六条）。提出支持杨凌示范区片区建设上海合作组织农业技术"
        "交流培训示范基地，推动农业技术、标准、装备“走出去”；支持企业在中亚、东南亚等地区建设境外经贸合作区；打造“一带一路”"
        "服务贸易合作平台。",
        "五是聚焦要素保障，强化政策落地见效（第十七条、第十八条）。提出省级财政每年安排自贸试验区发展专项资金，统筹用于改革"
        "创新、平台建设和人才引进；建立自贸试验区建设考核评估机制，将评估结果纳入省级有关考核。",
        "《措施》自2025年7月1日起施行，有效期至2028年6月30日。下一步，省商务厅将会同有关部门加强政策宣传解读，抓紧制定配套"
        "实施细则，确保各项措施落地见效。我就介绍这些，谢谢大家！",
    ], True),
    (HOST, ["感谢刘卫东先生的介绍。下面进入提问环节，请记者朋友提问前先通报所在的新闻机构。"], False),
    ("陕西日报记者", ["《措施》提出推动中欧班列长安号提质增效，请问具体有哪些支持举措？"], False),
    (LIU, [
        "谢谢您的提问。《措施》第十条明确，对新开行、常态化运行的中欧班列长安号“一带一路”国际线路，按照开行列数给予运营平台"
        "每列最高3万元补贴；对“中欧班列+跨境电商”专列，每列额外给予1万元补贴。第十一条提出，支持开行“长安号+海铁联运”班列，"
        "推动中欧班列与中亚班列、西部陆海新通道班列有效衔接。",
        "同时，第十二条专门对西安国际港务区片区作出部署：支持西安国际港务区片区建设中欧班列集结中心，开展国际铁路运单物权化"
        "试点，探索铁路提单质押融资，对在片区内开展铁路提单融资业务的银行机构，按融资额的1%给予风险补偿。",
    ], True),
    ("陕西广播电视台记者", ["请问西安海关在支持自贸试验区建设和跨境电商发展方面有哪些新举措？"], False),
    (MENG, [
        "谢谢您的提问。围绕《措施》第六条、第七条，西安海关将推出12项配套措施。一是深化“智慧海关”建设，在全关区推广跨境电商"
        "零售出口“清单核放、汇总申报”模式；二是支持企业开展保税维修和再制造业务，扩大“两头在外”保税维修产品目录。",
        "此外，我们将在西安综合保税区试点跨境电商出口退货“一站式”监管，对区内跨境电商企业的出口退货商品实行集中查验、分类"
        "处置，退货通关时间压缩至24小时以内。",
    ], True),
    ("华商报记者", ["杨凌是全国唯一以农业为特色的自贸片区，请问《措施》对杨凌示范区片区有哪些支持？"], False),
    (LIU, [
        "谢谢。《措施》第十四条对杨凌示范区片区提出了三方面支持：一是支持杨凌示范区片区建设上海合作组织农业技术交流培训示范"
        "基地，每年面向共建国家举办农业技术培训班不少于20期；二是支持片区内企业在哈萨克斯坦、吉尔吉斯斯坦等国建设农业科技"
        "示范园；三是在片区开展进口种质资源检疫审批便利化试点。",
    ], True),
    ("中国新闻社陕西分社记者", ["《措施》在推动“一带一路”项目合作和资金保障方面有哪些安排？"], False),
    (HAN, [
        "谢谢您的提问。《措施》第十五条提出，建立全省共建“一带一路”重点项目库，对入库项目在用地、用能、融资等方面给予优先"
        "保障；支持企业参与共建国家基础设施、新能源和矿产资源开发项目，对经认定的省级境外经贸合作区，给予最高500万元支持。",
        "在资金保障方面，《措施》第十七条明确，省级财政2025年至2027年每年安排自贸试验区发展专项资金2亿元，各设区市和片区所在地"
        "政府要按照不低于1∶1的比例安排配套资金。第十八条提出，由省商务厅会同有关部门每年对自贸试验区各片区进行评估，评估结果"
        "向社会公布。",
    ], True),
    (HOST, ["今天的发布会到此结束。谢谢各位发布人，谢谢各位记者朋友！"], False),
]


def make_shaanxi_docx():
    doc = Document()
    sec = doc.sections[0]
    a4(sec)
    page_numbers(doc, sec)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    # masthead of the 新闻办 (red, with a red rule) — not a 发文机关标志, but laid out like one
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=40)
    set_font(p.add_run("陕西省人民政府新闻办公室"), XBS, 30, color=RED)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=24)
    set_font(p.add_run("新 闻 发 布 会 材 料"), HT, 14, color=RED)
    border(p, "bottom", 18, "E60012", space=4)
    p = doc.add_paragraph()
    fmt(p, line=16)

    # title, broken over two lines with a soft line break
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=34, before=6, after=12)
    r = set_font(p.add_run("《陕西省关于深化自由贸易试验区"), XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = set_font(p.add_run("改革创新服务共建“一带一路”的若干措施》"), XBS, 22)
    r.add_break(WD_BREAK.LINE)
    set_font(p.add_run("新闻发布会文字实录"), XBS, 22)

    # info table: 发布人 merged over three rows
    rows = [("时　间", "2025年6月12日（星期四）上午10:00"),
            ("地　点", "陕西省人民政府新闻发布厅"),
            ("主持人", "省政府新闻办公室副主任　周晓岚"),
            ("发布人", "省商务厅党组成员、副厅长　刘卫东"),
            ("", "省发展改革委二级巡视员　韩立新"),
            ("", "西安海关副关长　孟庆华")]
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (a, b) in enumerate(rows):
        if a:
            cell_text(t.cell(i, 0), a, font=HT, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(t.cell(i, 1), b, font=FS, size=14)
    m = t.cell(3, 0).merge(t.cell(5, 0))
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    t.autofit = False
    t.columns[0].width = Mm(32)
    t.columns[1].width = Mm(124)
    for row in t.rows:
        row.cells[0].width = Mm(32)
        row.cells[1].width = Mm(124)
    p = doc.add_paragraph()
    fmt(p, line=20)

    for tag, paras, _ in SX_TURNS:
        for i, text in enumerate(paras):
            p = doc.add_paragraph()
            fmt(p, first=32, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            if i == 0:
                set_font(p.add_run("【%s】" % tag), HT, 16)
            set_font(p.add_run(text), FS, 16)

    p = doc.add_paragraph()
    fmt(p, line=28)
    p = doc.add_paragraph()
    fmt(p, first=32)
    set_font(p.add_run("（本实录根据现场录音整理，未经发言人审阅）"), KT, 14)
    p = doc.add_paragraph()
    fmt(p, line=28)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT)
    set_font(p.add_run("陕西省人民政府新闻办公室　　"), FS, 16)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT)
    set_font(p.add_run("2025年6月12日　　　　"), FS, 16)

    path = out("blind309_shaanxi_shilu.docx")
    doc.save(path)
    soffice(path)

    clauses = []
    for tag, paras, is_cl in SX_TURNS:
        if is_cl:
            clauses.extend(paras)
    EXPECTED["blind309_shaanxi_shilu"] = [{
        "meta": {
            "title": SX_TITLE,
            "doc_number": None,
            "issuer": ["陕西省人民政府新闻办公室"],
            "date": "2025-06-12",
            "published": None,
            "level": "provincial",
            "region": "陕西省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "新闻发布会文字实录",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": {
            "同时，第十二条专门对西安国际港务区片区作出部署": ["中国（陕西）自由贸易试验区西安国际港务区片区"],
            "此外，我们将在西安综合保税区试点跨境电商出口退货": ["西安综合保税区"],
            "谢谢。《措施》第十四条对杨凌示范区片区提出了三方面支持": ["中国（陕西）自由贸易试验区杨凌示范区片区"],
        }},
        "not_clauses": [
            "陕西省人民政府新闻办公室 / 新 闻 发 布 会 材 料 (masthead)",
            "the title (two lines)",
            "the info table (时间, 地点, 主持人, 发布人 merged over three rows)",
            "the 【…】 speaker tags (stripped from the clause texts)",
            "every 【主持人　周晓岚】 turn (opening, 下面进入提问环节, closing)",
            "every 【…记者】 question",
            "（本实录根据现场录音整理，未经发言人审阅）",
            "陕西省人民政府新闻办公室 / 2025年6月12日 (closing lines)",
            "page numbers",
        ],
        "referenced_not_kept": {"title": SX_MEASURE, "doc_number": "陕政办发〔2025〕18号",
                                "issuer": ["陕西省人民政府办公厅"], "date": "2025-05-30",
                                "why": "summarised by the 发布人, never quoted in full"},
    }]


# ============================================================================
# (c) 政府网站 新闻 item (HTML): 国务院常务会议 on 自贸试验区
# ============================================================================

GW_HEADLINE = "国务院常务会议部署深入实施自由贸易试验区提升战略 研究加快跨境电商海外仓发展政策措施"
GW_NEWS = [
    "新华社北京4月25日电　国务院4月25日召开常务会议，听取关于自由贸易试验区建设情况的汇报，部署深入实施自由贸易试验区"
    "提升战略有关工作；研究加快跨境电商海外仓发展的政策措施；讨论并原则通过《中华人民共和国口岸法（草案）》。",
    "会议指出，自由贸易试验区是我国改革开放的重要试验田。设立十多年来，各自由贸易试验区累计向全国复制推广制度创新成果"
    "400余项，在推进高水平对外开放、服务构建新发展格局中发挥了重要作用。要深入实施自由贸易试验区提升战略，赋予自由贸易"
    "试验区更大改革自主权，在更广领域、更深层次开展首创性、集成式探索，加快形成更多可复制可推广的制度创新成果。",
    "会议审议通过《国务院关于推进自由贸易试验区高水平制度型开放的若干措施》。会议强调，要主动对接国际高标准经贸规则，"
    "在货物贸易、服务贸易、数字贸易、知识产权保护、政府采购等领域稳步扩大规则、规制、管理、标准等制度型开放，完善与之"
    "相适应的风险防控体系，统筹好发展和安全。",
    "会议决定，在上海、广东、天津、福建、北京自由贸易试验区和海南自由贸易港率先开展跨境数据流动便利化、服务业扩大开放"
    "综合试点，试点期为3年，成熟一项、推广一项。",
    "会议指出，跨境电商是发展速度最快、潜力最大、带动作用最强的外贸新业态，海外仓是跨境电商重要的境外节点。要加强政策"
    "支持和服务保障，引导企业优化海外仓布局，提升海外仓数字化、智能化水平，支持海外仓企业在共建“一带一路”国家拓展服务"
    "网络，更好助力外贸稳规模优结构。",
    "会议讨论并原则通过《中华人民共和国口岸法（草案）》，决定将草案提请全国人大常委会审议。",
    "会议还研究了其他事项。",
]
GW_JD_TITLE = "商务部有关负责人解读自由贸易试验区提升战略新部署"
GW_JD = [
    "商务部自贸区港建设协调司负责人表示，此次国务院常务会议审议通过的若干措施，聚焦制度型开放，共提出5个方面22项举措，"
    "是深入实施自由贸易试验区提升战略的重要制度安排。",
    "这位负责人介绍，在货物贸易领域，措施提出支持自由贸易试验区开展保税维修、再制造、离岸贸易等新业态；在服务贸易领域，"
    "将进一步压减自由贸易试验区跨境服务贸易负面清单；在数字贸易领域，将探索建立数据出境“白名单”制度，便利企业数据跨境流动。",
    "下一步，商务部将会同有关部门加强政策协同和督促指导，及时总结评估试点成效，推动更多制度创新成果在全国复制推广。",
]


def make_gov_html():
    news = "\n".join('<p style="text-indent: 2em; font-family: 宋体;">%s</p>' % html.escape(t, quote=False)
                     for t in GW_NEWS)
    jd = "\n".join('<p style="text-indent: 2em;">%s</p>' % html.escape(t, quote=False) for t in GW_JD)
    page = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="中国政府网">
<meta name="ColumnName" content="要闻">
<meta name="ArticleTitle" content="{h}">
<meta name="PubDate" content="2025-04-25 20:16">
<meta name="ContentSource" content="新华社">
<meta name="Keywords" content="国务院常务会议;自由贸易试验区;跨境电商;海外仓">
<title>{h}_要闻_中国政府网</title>
<link rel="stylesheet" href="/govweb/xhtml/2023/css/common.css">
<script src="/govweb/xhtml/2023/js/jquery.min.js"></script>
</head>
<body>
<div class="header">
  <div class="top_bar"><a href="/">首页</a> | <a href="/english/">English</a> | <a href="#">简</a>/<a href="#">繁</a> | <a href="#">无障碍</a></div>
  <div class="logo"><img src="/govweb/xhtml/2023/images/logo.png" alt="中国政府网"></div>
  <ul class="nav">
    <li><a href="/">首页</a></li><li><a href="/xinwen/">新闻</a></li><li><a href="/zhengce/">政策</a></li>
    <li><a href="/hudong/">互动</a></li><li><a href="/fuwu/">服务</a></li><li><a href="/shuju/">数据</a></li>
  </ul>
</div>
<div class="main">
  <div class="BreadcrumbNav"><a href="/">首页</a> &gt; <a href="/xinwen/">新闻</a> &gt; <a href="/yaowen/">要闻</a></div>
  <div class="article oneColumn pub_border">
    <h1 id="ti">{h}</h1>
    <div class="pages-date">2025-04-25 20:16　<span class="font">来源： 新华社</span>
      <div class="pages_print"><span class="font">字号：<a href="#">默认</a> <a href="#">大</a> <a href="#">超大</a></span>
      <span class="font">|</span> <a href="javascript:window.print()">打印</a> <span class="font">|</span>
      <a href="javascript:window.close()">关闭</a></div>
    </div>
    <div class="pages_content" id="UCAP-CONTENT">
<p style="text-align: center;"><img src="./W020250425789012345678.jpg" alt="" width="600"></p>
<p style="text-align: center; font-family: 楷体;">4月25日，国务院召开常务会议。新华社记者 李　明 摄</p>
{news}
<div class="related-files">
<p><strong>相关文件：</strong></p>
<p><a href="/zhengce/content/202505/content_7019231.htm" target="_blank">《国务院关于推进自由贸易试验区高水平制度型开放的若干措施》（国发〔2025〕11号）</a></p>
<p><a href="/zhengce/content/202506/content_7024470.htm" target="_blank">《国务院办公厅关于印发加快跨境电商海外仓高质量发展若干措施的通知》（国办发〔2025〕27号）</a></p>
</div>
<div class="jiedu">
<p><strong>【解读】</strong></p>
<p style="text-align: center;"><strong>{jt}</strong></p>
{jd}
<p><a href="/zhengce/202504/content_7018865.htm" target="_blank">一图读懂｜自由贸易试验区提升战略新举措</a></p>
</div>
    </div>
    <div class="editor">【我要纠错】　责任编辑：陈　悦</div>
    <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a>
      <div class="ewm"><img src="/govweb/xhtml/2023/images/ewm.png" alt=""><p>扫一扫在手机打开当前页</p></div></div>
  </div>
  <div class="related_news"><h3>相关稿件</h3><ul>
    <li><a href="/yaowen/202504/content_7018790.htm">商务部：今年一季度自由贸易试验区实际使用外资保持稳定</a><span>2025-04-22</span></li>
    <li><a href="/yaowen/202504/content_7018512.htm">海关总署：跨境电商进出口规模持续扩大</a><span>2025-04-18</span></li>
  </ul></div>
</div>
<div class="footer">
  <p><a href="#">关于本网</a> | <a href="#">网站声明</a> | <a href="#">联系我们</a> | <a href="#">网站纠错</a></p>
  <p>主办单位：国务院办公厅　运行维护单位：中国政府网运行中心</p>
  <p>版权所有：中国政府网　中文域名：中国政府网.政务　网站标识码bm01000001　京ICP备05000000号</p>
</div>
<script>var pubdate = "2025-04-25 20:16"; $(function(){{ $(".font a").click(function(){{}}); }});</script>
</body>
</html>
""".format(h=GW_HEADLINE, news=news, jt=GW_JD_TITLE, jd=jd)
    with open(out("blind309_guowuyuan_xinwen.html"), "w", encoding="utf-8") as f:
        f.write(page)

    EXPECTED["blind309_guowuyuan_xinwen"] = [{
        "meta": {
            "title": GW_HEADLINE,
            "doc_number": None,
            "issuer": ["国务院"],
            "date": "2025-04-25",
            "published": "2025-04-25",
            "level": "national",
            "region": "全国",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "新闻报道（国务院常务会议）",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": GW_NEWS + GW_JD,
        "applies_to": {"specific": {
            "会议决定，在上海、广东、天津、福建、北京自由贸易试验区": [
                "中国（上海）自由贸易试验区", "中国（广东）自由贸易试验区", "中国（天津）自由贸易试验区",
                "中国（福建）自由贸易试验区", "中国（北京）自由贸易试验区", "海南自由贸易港"],
        }},
        "not_clauses": [
            "<title> (…_要闻_中国政府网), meta tags, navigation, breadcrumb 首页 > 新闻 > 要闻",
            "the headline h1", "2025-04-25 20:16 来源： 新华社 / 字号 / 打印 / 关闭",
            "4月25日，国务院召开常务会议。新华社记者 李　明 摄 (picture caption)",
            "相关文件： and its two links (the linked documents' texts are not in the file)",
            "【解读】 and the 解读 subtitle", "一图读懂｜自由贸易试验区提升战略新举措 (link)",
            "【我要纠错】　责任编辑：陈　悦", "分享到 / 扫一扫在手机打开当前页", "相关稿件 list", "footer", "script text",
        ],
        "referenced_not_kept": [
            {"title": "国务院关于推进自由贸易试验区高水平制度型开放的若干措施", "doc_number": "国发〔2025〕11号",
             "why": "only a link in the 相关文件 block"},
            {"title": "国务院办公厅关于印发加快跨境电商海外仓高质量发展若干措施的通知", "doc_number": "国办发〔2025〕27号",
             "why": "only a link in the 相关文件 block"},
        ],
    }]


# ============================================================================
# (d) 新华社 通稿 (.txt) quoting 国办发〔2025〕27号 in full
# ============================================================================

GB_TITLE = "国务院办公厅关于印发加快跨境电商海外仓高质量发展若干措施的通知"
GB_NO = "国办发〔2025〕27号"
GB_MEASURE = "关于加快跨境电商海外仓高质量发展的若干措施"
GB_NOTICE_BODY = "《%s》已经国务院同意，现印发给你们，请结合实际认真贯彻落实。" % GB_MEASURE
GB_PREAMBLE = ("海外仓是跨境电商重要的境外节点和新型外贸基础设施。为贯彻落实党中央、国务院决策部署，推动跨境电商海外仓"
               "高质量发展，助力外贸稳规模优结构，现提出以下措施。")
# (heading, [lines]) — every line is one clause
GB_PARTS = [
    ("一、完善海外仓全球布局", [
        "（一）优化海外仓区域布局。引导企业在共建“一带一路”国家、RCEP成员国以及欧美等主要市场合理布局海外仓，避免同质化"
        "竞争和无序扩张。支持海外仓企业与境外物流枢纽、港口、铁路场站合作，建设区域性海外仓分拨中心。",
        "（二）依托国际物流通道建设海外仓。鼓励企业依托中欧班列、西部陆海新通道、国际航空货运航线等国际物流通道，建设面向"
        "共建国家的海外仓，带动更多特色产品出口。",
        "（三）推动海外仓数字化智能化发展。主要包括：",
        "1.支持海外仓企业应用自动化分拣、智能仓储管理系统，提升仓储作业效率。",
        "2.推动海外仓信息系统与跨境电商平台、国际物流企业、境外海关等数据对接。",
        "3.鼓励有条件的企业建设海外智慧物流平台，提供全球物流实时追踪服务。",
    ]),
    ("二、提升海外仓服务能力", [
        "（四）拓展海外仓服务功能。支持海外仓企业拓展售后维修、退换货、产品展示、本地化配送等增值服务，推动海外仓由单一仓储"
        "向综合服务枢纽转型。",
        "（五）培育海外仓领军企业。到2027年，培育100家左右服务能力强、信息化水平高、辐射带动作用大的海外仓领军企业。",
        "（六）推动海外仓与国内产业带对接。支持跨境电商综合试验区组织产业带企业与海外仓企业开展供需对接，帮助中小企业"
        "“借仓出海”。",
    ]),
    ("三、加强政策支持", [
        "（七）加大财政金融支持。中央财政通过现有资金渠道对符合条件的海外仓项目给予支持。鼓励金融机构在依法合规、风险可控"
        "前提下，创新海外仓融资产品，开展海外仓资产抵押融资业务。",
        "（八）发挥出口信用保险作用。扩大出口信用保险对海外仓的承保规模和覆盖面，对海外仓租赁、运营等环节提供风险保障。",
        "（九）开展海外仓数据跨境流动试点。在中国（浙江）自由贸易试验区、中国（广东）自由贸易试验区、中国（福建）自由贸易"
        "试验区开展海外仓数据跨境流动便利化试点，探索建立海外仓数据出境“白名单”制度。",
    ]),
    ("四、优化监管服务", [
        "（十）完善海外仓出口监管。全面推广跨境电商出口海外仓（9810）监管模式，简化海外仓企业备案手续，实行“一地备案、全国"
        "通用”。",
        "（十一）便利退货商品回流。支持在综合保税区内设立跨境电商出口退货集中仓，对海外仓退运回流商品优化检验检疫和通关流程。",
        "（十二）优化出口退税服务。对通过海外仓出口的货物，在货物实际销售前可按规定申报出口退税，税务部门加快退税办理进度。",
    ]),
    ("五、强化风险防范", [
        "（十三）加强境外合规经营指导。商务部会同有关部门编制重点国别海外仓合规经营指引，引导企业遵守当地法律法规和税收制度。",
        "（十四）健全风险预警机制。建立海外仓风险监测预警和应急处置机制，及时发布重点国家和地区贸易摩擦、政策变化等风险提示。",
    ]),
]
GB_CLOSING = ("各地区、各有关部门要高度重视跨境电商海外仓发展工作，加强组织领导和协同配合，结合实际抓好贯彻落实。商务部要会同"
              "有关部门加强统筹协调和跟踪评估，重大情况及时向国务院报告。本措施自印发之日起施行。")


def make_xinhua_txt():
    L = []
    L.append("【新华社】国内新闻　财经")
    L.append("稿件编号：XHW2025060317300512")
    L.append("发稿时间：2025-06-03 17:30")
    L.append("")
    L.append("国务院办公厅印发《关于加快跨境电商海外仓高质量发展的若干措施》")
    L.append("")
    L.append("　　新华社北京6月3日电　经国务院同意，国务院办公厅日前印发《%s》（以下简称《措施》）。" % GB_MEASURE)
    L.append("　　《措施》从完善海外仓全球布局、提升海外仓服务能力、加强政策支持、优化监管服务、强化风险防范5个方面提出14条"
             "具体举措。《措施》提出，到2027年培育100家左右海外仓领军企业，并在浙江、广东、福建3个自由贸易试验区开展海外仓"
             "数据跨境流动便利化试点。")
    L.append("　　通知全文如下：")
    L.append("")
    L.append("国务院办公厅关于印发")
    L.append("加快跨境电商海外仓高质量发展若干措施的通知")
    L.append(GB_NO)
    L.append("")
    L.append("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：")
    L.append("　　" + GB_NOTICE_BODY)
    L.append("")
    L.append("　　　　　　　　　　　　　　　　　　　　　　　　国务院办公厅")
    L.append("　　　　　　　　　　　　　　　　　　　　　　　2025年5月28日")
    L.append("")
    L.append(GB_MEASURE)
    L.append("")
    L.append("　　" + GB_PREAMBLE)
    for heading, lines in GB_PARTS:
        L.append("　　" + heading)
        for ln in lines:
            L.append("　　" + ln)
    L.append("　　" + GB_CLOSING)
    L.append("")
    L.append("（完）")
    L.append("")
    L.append("【纠错】　【责任编辑：王　珂】")
    L.append("新华社客户端　新华网　中国政府网同步发布")
    with open(out("blind309_guoban_tonggao.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")

    clauses = [GB_NOTICE_BODY, GB_PREAMBLE]
    for _, lines in GB_PARTS:
        clauses.extend(lines)
    clauses.append(GB_CLOSING)
    EXPECTED["blind309_guoban_tonggao"] = [{
        "meta": {
            "title": GB_TITLE,
            "doc_number": GB_NO,
            "issuer": ["国务院办公厅"],
            "date": "2025-05-28",
            "published": "2025-06-03",
            "level": "national",
            "region": "全国",
            "effective": "2025-05-28",
            "expires": None,
            "attachments": [],
            "doc_type": "通知（印发措施）",
            "recipients": ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": {
            "（九）开展海外仓数据跨境流动试点。在中国（浙江）自由贸易试验区": [
                "中国（浙江）自由贸易试验区", "中国（广东）自由贸易试验区", "中国（福建）自由贸易试验区"],
        }},
        "not_clauses": [
            "【新华社】国内新闻　财经 / 稿件编号 / 发稿时间 (wire header)",
            "国务院办公厅印发《关于加快跨境电商海外仓高质量发展的若干措施》 (the 通稿 headline)",
            "新华社北京6月3日电　经国务院同意，… (the dateline lead: a report)",
            "《措施》从…5个方面提出14条具体举措。… (the 通稿's own summary)",
            "通知全文如下：",
            "the notice title (two lines), 国办发〔2025〕27号, 主送, 落款 国务院办公厅 / 2025年5月28日",
            "关于加快跨境电商海外仓高质量发展的若干措施 (the 措施's title) and the 一、…五、 headings",
            "（完）", "【纠错】　【责任编辑：王　珂】", "新华社客户端　新华网　中国政府网同步发布",
        ],
    }]


# ============================================================================

def main():
    make_linyi_html()
    make_shaanxi_docx()
    make_gov_html()
    make_xinhua_txt()
    with open(out("expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    try:
        import pdfplumber
        with pdfplumber.open(out("blind309_shaanxi_shilu.pdf")) as pdf:
            print("blind309_shaanxi_shilu.pdf pages:", len(pdf.pages))
    except Exception as e:  # pragma: no cover
        print("pdf check failed:", e)
    for k, v in EXPECTED.items():
        for d in v:
            print(k, "clauses:", len(d["clauses"]), "placed:", len(d["applies_to"]["specific"]))


if __name__ == "__main__":
    main()
