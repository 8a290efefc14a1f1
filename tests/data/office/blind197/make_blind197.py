# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, UP031, UP032, E731
"""Blind round 197: ordinary pages of four government sites, saved from the browser ("save page, complete").

Four HTML pages (each with its ``_files/`` folder), written next to this script:
  blind197_safe_gx.html      国家外汇管理局广西壮族自治区分局 通知 (桂汇发〔2024〕17号); 附件 as an <ol> of links
                             (numbers drawn by the browser, not in the text); 附件1 was saved into the _files folder
                             as a .docx and the link points at the local copy; 附件2/3 link to the site.
  blind197_tax_sc.html       国家税务总局四川省税务局 政策解读 page: intro, a two-column table 问题 | 解答
                             (cells with several <p>, one with <br> sub-items), closing paragraph; the page cites the
                             公告's number (国家税务总局四川省税务局公告2024年第5号) which is not the 解读's.
  blind197_swt_gongshi.html  湖南省商务厅 公示 page (GBK-encoded, charset=gb2312): 名单 of 22 rows split over two
                             HTML tables with the header repeated, a rowspan in the second table, 公示期 paragraph
                             and 联系人 after, 落款 right-aligned.
  blind197_xa_pre.html       西安市人民政府 文件 page: the 印发通知 + 若干措施 printed in ONE <pre> block — typed
                             full-width spaces for indents, paragraphs hard-wrapped at a fixed width, 落款 pushed
                             right with spaces, 版记 under a box-drawing rule.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind197.py
"""
import json
import os
import struct
import zlib

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))


# ================================================================ small helpers
def png(w, h, rgb):
    """A tiny solid-colour PNG (the site logos / banners the browser saved)."""
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def write(path, text, enc="utf-8"):
    with open(path, "w", encoding=enc, newline="\n") as fh:
        fh.write(text)


def files_dir(stem):
    d = os.path.join(HERE, stem + "_files")
    os.makedirs(d, exist_ok=True)
    return d


def saved_from(url):
    return "<!DOCTYPE html>\n<!-- saved from url=(%04d)%s -->\n" % (len(url), url)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ================================================================ (a) 国家外汇管理局广西壮族自治区分局 通知
SAFE_STEM = "blind197_safe_gx"
SAFE_URL = "https://www.safe.gov.cn/guangxi/2024/0620/2187.html"
SAFE_TITLE = "国家外汇管理局广西壮族自治区分局关于进一步便利中国（广西）自由贸易试验区和面向东盟跨境贸易投资外汇业务的通知"
SAFE_NUM = "桂汇发〔2024〕17号"
SAFE_ORG = "国家外汇管理局广西壮族自治区分局"
SAFE_RECIP = "区内各市外汇管理部门，各银行，各非银行支付机构："
SAFE_INTRO = ("为贯彻落实《中国（广西）自由贸易试验区总体方案》和《国家外汇管理局关于进一步深化改革 促进跨境贸易投资便利化的通知》（汇发〔2023〕28号）要求，"
              "服务广西打造面向东盟开放合作的国际陆海贸易新通道门户，经国家外汇管理局同意，现就有关事项通知如下：")
SAFE_SECTIONS = [
    ("一、优化跨境贸易收支结算", [
        "（一）支持中国（广西）自由贸易试验区南宁片区、钦州港片区、崇左片区内的银行，按照“展业三原则”为信用良好的企业办理货物贸易外汇收支便利化业务，企业可凭收付款指令直接办理，无需事前逐笔提交单证。",
        "（二）对通过凭祥、东兴等边境口岸开展边民互市贸易的，银行可凭互市贸易交易平台推送的电子信息，为互市商品落地加工企业办理跨境人民币和外汇结算。",
        "（三）支持银行为钦州港片区内从事西部陆海新通道海铁联运的物流企业，按照实际承运费用办理运费、港杂费等服务贸易对外支付，单笔等值5万美元以下的无需审核合同和发票。",
    ]),
    ("二、便利跨境投融资", [
        "（一）将南宁片区、钦州港片区、崇左片区内非金融企业外债便利化额度提高至等值1000万美元，符合条件的企业可在额度内自主借用外债。",
        "（二）支持南宁综合保税区、钦州综合保税区、凭祥综合保税区内的企业办理资本项目收入支付便利化业务，资本金、外债等资本项目收入在境内支付使用时，无需事前向银行逐笔提供真实性证明材料。",
        "（三）允许符合条件的合格境外有限合伙人（QFLP）试点企业在南宁片区开展跨境股权投资，以所投资企业为单位办理外汇登记。",
    ]),
    ("三、发展贸易新业态", [
        "（一）支持银行和支付机构为跨境电子商务、市场采购贸易、海外仓等新业态主体提供跨境收付服务。在中国（南宁）跨境电子商务综合试验区内，银行可凭交易电子信息为个人办理跨境电子商务项下结售汇。",
        "（二）支持开展新型离岸国际贸易的企业在南宁片区、钦州港片区内选择1至2家银行集中办理相关结算业务。",
    ]),
    ("四、加强风险防控与监测", [
        "（一）各银行应当建立健全便利化业务内控制度，加强对企业交易背景真实性、合理性的事后抽查，每季度首月15日前向所在地外汇管理部门报送上季度便利化业务办理情况（见附件3）。",
        "（二）各市外汇管理部门要加强非现场监测，对异常资金流动及时开展核查，依法查处违法违规行为。",
    ]),
    ("五、其他事项", [
        "（一）符合条件的优质企业名单由银行按照附件2格式报所在地外汇管理部门备案。",
        "（二）本通知自2024年7月1日起施行，有效期5年。此前规定与本通知不一致的，以本通知为准。执行中如遇问题，请及时向国家外汇管理局广西壮族自治区分局经常项目管理处反映。",
    ]),
]
SAFE_ATTS = [
    ("跨境贸易投资外汇业务便利化措施操作指引", "docx", "./blind197_safe_gx_files/P020240620391558214906.docx"),
    ("优质企业名单报备表", "xlsx", "https://www.safe.gov.cn/guangxi/file/file/20240620/P020240620391558267113.xlsx"),
    ("便利化业务办理情况统计表", "xls", "https://www.safe.gov.cn/guangxi/file/file/20240620/P020240620391558301275.xls"),
]
SAFE_GUIDE_TITLE = "跨境贸易投资外汇业务便利化措施操作指引"
SAFE_GUIDE = [
    "第一条　为规范中国（广西）自由贸易试验区和面向东盟跨境贸易投资外汇业务便利化措施的办理，根据《国家外汇管理局广西壮族自治区分局关于进一步便利中国（广西）自由贸易试验区和面向东盟跨境贸易投资外汇业务的通知》，制定本指引。",
    "第二条　本指引适用于中国（广西）自由贸易试验区南宁片区、钦州港片区、崇左片区内的银行及其服务的企业。南宁综合保税区、钦州综合保税区、凭祥综合保税区内企业办理资本项目收入支付便利化业务的，适用本指引第六条。",
    "第三条　银行将企业纳入货物贸易外汇收支便利化名单前，应当审核企业近两年无外汇违规记录，且上一年度货物贸易收支规模不低于等值200万美元。",
    "第四条　银行为互市商品落地加工企业办理结算的，应当与凭祥、东兴互市贸易交易平台建立数据直连，逐笔留存交易电子信息，留存期限不少于5年。",
    "第五条　非金融企业在外债便利化额度内借用外债的，应当在签约后15个工作日内通过银行办理外债签约登记。",
    "第六条　银行应当按照不低于5%的比例对所办理的资本项目收入支付便利化业务进行事后抽查；对南宁综合保税区、钦州综合保税区、凭祥综合保税区内企业办理的业务，抽查比例不低于10%。",
    "第七条　银行发现企业存在虚构交易背景、拆分规避监管等情形的，应当暂停为其办理便利化业务，并于3个工作日内报告所在地外汇管理部门。",
    "第八条　本指引由国家外汇管理局广西壮族自治区分局负责解释，自2024年7月1日起施行。",
]


def safe_guide_docx(path):
    """附件1, as the office put it on the site (a plain Word file; the analyst saved it with the page)."""
    doc = Document()
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    def para(text, east="仿宋_GB2312", size=16, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True):
        p = doc.add_paragraph()
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(28.95)
        p.paragraph_format.space_after = Pt(0)
        if indent:
            p.paragraph_format.first_line_indent = Pt(size * 2)
        r = p.add_run(text)
        r.font.size = Pt(size)
        rpr = r._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
            rpr.insert(0, rf)
        rf.set(qn("w:eastAsia"), east)
        return p
    para("附件1", "黑体", indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    para("", indent=False)
    para(SAFE_GUIDE_TITLE, "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER, False)
    para("", indent=False)
    for a in SAFE_GUIDE:
        num, body = a.split("　", 1)
        p = para("")
        p.runs[0].text = ""
        r1 = p.add_run(num + "　")
        r1.font.bold = True
        r1._element.get_or_add_rPr().insert(0, parse_xml('<w:rFonts %s w:eastAsia="黑体"/>' % nsdecls("w")))
        r2 = p.add_run(body)
    doc.save(path)


SAFE_CSS = """body{margin:0;font:14px/1.8 "Microsoft YaHei",SimSun,sans-serif;color:#333;background:#f4f6f9}
.top{background:#0b4ea2;color:#fff}.top .w{width:1200px;margin:0 auto;height:32px;line-height:32px;font-size:12px}
.top a{color:#fff;margin-left:12px}.logo{width:1200px;margin:0 auto;height:96px}
.nav{background:#0a3f86}.nav ul{width:1200px;margin:0 auto;padding:0;list-style:none;display:flex}
.nav li a{display:block;padding:0 26px;line-height:46px;color:#fff;font-size:16px}
.location{width:1200px;margin:12px auto;font-size:13px;color:#666}
.detail{width:1140px;margin:0 auto 20px;background:#fff;padding:30px}
.detail_title{text-align:center;font-size:24px;color:#0b4ea2;line-height:1.6;margin:10px 60px}
.detail_info{text-align:center;color:#888;font-size:13px;border-bottom:1px dashed #ccc;padding-bottom:10px}
.detail_content{font-size:16px;line-height:2;padding:20px 40px}.detail_content p{margin:0;text-indent:2em}
.detail_content p.wh{text-align:center;text-indent:0}.detail_content p.lk{text-align:right;text-indent:0;padding-right:4em}
.fj{padding:0 40px}.fj ol{margin:0 0 0 6em}.fj ol li a{color:#0b4ea2}
.tools{text-align:right;padding:10px 40px;font-size:13px}.bdsharebuttonbox{float:left}
.xglj{width:1140px;margin:0 auto 20px;background:#fff;padding:20px 30px}.xglj h3{font-size:16px;border-left:4px solid #0b4ea2;padding-left:8px}
.footer{background:#0b4ea2;color:#dfe8f5;text-align:center;font-size:12px;line-height:24px;padding:18px 0}.footer a{color:#dfe8f5}
"""


def build_safe():
    fd = files_dir(SAFE_STEM)
    write(os.path.join(fd, "safe_style.css"), SAFE_CSS)
    write(os.path.join(fd, "jquery.min.js"), "/*! jQuery v1.12.4 | (c) jQuery Foundation | jquery.org/license */\n!function(a,b){}(window);\n")
    write(os.path.join(fd, "share.js"), "window._bd_share_config={common:{bdText:document.title},share:{}};\n")
    write(os.path.join(fd, "tongji.js"), "var _hmt=_hmt||[];\n")
    with open(os.path.join(fd, "logo_gx.png"), "wb") as fh:
        fh.write(png(420, 80, (11, 78, 162)))
    with open(os.path.join(fd, "dzjg.png"), "wb") as fh:
        fh.write(png(48, 56, (200, 20, 20)))
    safe_guide_docx(os.path.join(fd, "P020240620391558214906.docx"))

    body = []
    body.append('<p class="wh">%s</p>' % SAFE_NUM)
    body.append('<p style="text-indent:0">%s</p>' % SAFE_RECIP)
    body.append("<p>%s</p>" % esc(SAFE_INTRO))
    for head, items in SAFE_SECTIONS:
        body.append('<p><strong>%s</strong></p>' % head)
        for it in items:
            body.append("<p>%s</p>" % esc(it))
    body_html = "\n".join(body)
    atts = "\n".join('<li><a href="%s" target="_blank" oldsrc="/guangxi/file/file/20240620/%s">%s.%s</a></li>'
                     % (href, href.rsplit("/", 1)[1], t, ext) for t, ext, href in SAFE_ATTS)
    html = saved_from(SAFE_URL) + """<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>%(title)s - 国家外汇管理局广西壮族自治区分局</title>
<meta name="SiteName" content="国家外汇管理局广西壮族自治区分局">
<meta name="ColumnName" content="政策法规">
<meta name="ArticleTitle" content="%(title)s">
<meta name="PubDate" content="2024-06-20 16:05">
<meta name="ContentSource" content="经常项目管理处">
<link rel="stylesheet" href="./blind197_safe_gx_files/safe_style.css">
<script src="./blind197_safe_gx_files/jquery.min.js"></script>
</head>
<body>
<div class="top"><div class="w">欢迎访问国家外汇管理局广西壮族自治区分局网站　<span id="today">2024年6月21日 星期五</span>
<span style="float:right"><a href="https://www.safe.gov.cn/">国家外汇管理局</a><a href="https://www.safe.gov.cn/guangxi/">无障碍</a><a href="https://www.safe.gov.cn/guangxi/">English</a></span></div></div>
<div class="logo"><a href="https://www.safe.gov.cn/guangxi/"><img src="./blind197_safe_gx_files/logo_gx.png" alt="国家外汇管理局广西壮族自治区分局"></a>
<form class="search" action="https://www.safe.gov.cn/guangxi/search/" style="float:right;margin-top:30px"><input type="text" name="q" placeholder="请输入关键字"><button>搜索</button></form></div>
<div class="nav"><ul>
<li><a href="https://www.safe.gov.cn/guangxi/">首页</a></li>
<li><a href="https://www.safe.gov.cn/guangxi/jggk/">机构概况</a></li>
<li><a href="https://www.safe.gov.cn/guangxi/zwxx/">政务信息</a></li>
<li><a href="https://www.safe.gov.cn/guangxi/zcfg/">政策法规</a></li>
<li><a href="https://www.safe.gov.cn/guangxi/bsfw/">办事服务</a></li>
<li><a href="https://www.safe.gov.cn/guangxi/tjsj/">统计数据</a></li>
<li><a href="https://www.safe.gov.cn/guangxi/hdjl/">互动交流</a></li>
<li><a href="https://www.safe.gov.cn/guangxi/zxgk/">政府信息公开</a></li>
</ul></div>
<div class="location">您的位置：<a href="https://www.safe.gov.cn/guangxi/">首页</a> &gt; <a href="https://www.safe.gov.cn/guangxi/zcfg/">政策法规</a> &gt; <a href="https://www.safe.gov.cn/guangxi/zcfg/bjgfxwj/">本局规范性文件</a></div>
<div class="detail">
<div class="detail_title">%(title)s</div>
<div class="detail_info">发布时间：2024-06-20　　文章来源：经常项目管理处　　字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></div>
<div class="detail_content" id="content">
%(body)s
</div>
<div class="fj">
<p style="margin:0 0 0 2em">附件：</p>
<ol>
%(atts)s
</ol>
</div>
<div class="detail_content">
<p class="lk">%(org)s</p>
<p class="lk">2024年6月14日</p>
<p>（此件公开发布）</p>
</div>
<div class="tools"><div class="bdsharebuttonbox">分享到：<a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信">微信</a> <a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博">微博</a> <a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间">QQ空间</a></div>
<a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="xglj"><h3>相关链接</h3><ul>
<li><a href="https://www.safe.gov.cn/safe/2023/1208/23601.html">国家外汇管理局关于进一步深化改革 促进跨境贸易投资便利化的通知（汇发〔2023〕28号）</a>　2023-12-08</li>
<li><a href="https://www.safe.gov.cn/guangxi/2024/0315/2101.html">国家外汇管理局广西壮族自治区分局关于做好2024年边民互市贸易外汇管理工作的通知（桂汇发〔2024〕6号）</a>　2024-03-15</li>
<li><a href="https://www.safe.gov.cn/guangxi/2024/0621/2190.html">图解：一图读懂面向东盟跨境贸易投资外汇便利化措施</a>　2024-06-21</li>
</ul></div>
<div class="footer">
<p><a href="https://www.safe.gov.cn/guangxi/wzdt/">网站地图</a> | <a href="https://www.safe.gov.cn/guangxi/lxwm/">联系我们</a> | <a href="https://www.safe.gov.cn/guangxi/mzsm/">免责声明</a></p>
<p>主办：国家外汇管理局广西壮族自治区分局　地址：广西南宁市青秀区民族大道133号　邮编：530028</p>
<p>桂ICP备05003196号-2　　<img src="./blind197_safe_gx_files/dzjg.png" alt="党政机关"> 桂公网安备 45010302000219号</p>
</div>
<script src="./blind197_safe_gx_files/share.js"></script>
<script src="./blind197_safe_gx_files/tongji.js"></script>
</body></html>
""" % dict(title=SAFE_TITLE, body=body_html, atts=atts, org=SAFE_ORG)
    path = os.path.join(HERE, SAFE_STEM + ".html")
    write(path, html)
    return path


# ================================================================ (b) 国家税务总局四川省税务局 政策解读
TAX_STEM = "blind197_tax_sc"
TAX_URL = "https://sichuan.chinatax.gov.cn/art/2024/9/5/art_7215_1389201.html"
TAX_GONGGAO = "国家税务总局四川省税务局关于优化中国（四川）自由贸易试验区出口退（免）税服务有关事项的公告"
TAX_TITLE = "关于《%s》的解读" % TAX_GONGGAO
TAX_INTRO = ("为进一步优化出口退（免）税服务，助力中国（四川）自由贸易试验区和西部陆海新通道建设，国家税务总局四川省税务局发布了《%s》（国家税务总局四川省税务局公告2024年第5号，以下简称《公告》）。现将有关问题解读如下：" % TAX_GONGGAO)
# (question, [answer paragraphs], answer joined with <br> instead of <p>?)
TAX_QA = [
    ("1．《公告》出台的背景是什么？",
     ["为贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展和实施自由贸易试验区提升战略的决策部署，进一步压缩出口退（免）税办理时间，降低企业资金占用成本，国家税务总局四川省税务局在总结前期试点经验的基础上，制定了《公告》。"], False),
    ("2．《公告》适用于哪些纳税人？",
     ["《公告》适用于在中国（四川）自由贸易试验区天府新区片区、青白江铁路港片区、川南临港片区内办理出口退（免）税的纳税人，以及在成都高新综合保税区、成都国际铁路港综合保税区、宜宾综合保税区、泸州综合保税区内从事保税加工、保税物流业务的纳税人。"], False),
    ("3．出口退（免）税的办理时间压缩到多长？",
     ["对管理类别为一类、二类的出口企业，正常出口退（免）税的平均办理时间压缩至3个工作日内；对管理类别为三类、四类的出口企业，平均办理时间压缩至6个工作日内。"], False),
    ("4．通过中欧班列出口的货物如何申报退税？",
     ["在青白江铁路港片区通过中欧班列（成渝）出口的货物，出口企业可凭铁路运单和出口货物报关单电子信息申报出口退（免）税，不再提供海运提单。",
      "对已报关离境但铁路运单尚未签发的，出口企业可先行申报，在税务机关审核时补充提供铁路运单。"], False),
    ("5．川南临港片区的企业可以享受哪些便利？",
     ["对经泸州港、宜宾港以“水铁联运”方式出口的货物，川南临港片区内的出口企业申报资料存在非关键性缺失的，税务机关实行“容缺办理”，企业在30日内补正即可。"], False),
    ("6．什么是“即买即退”？在哪些地方实施？",
     ["“即买即退”是指境外旅客在离境退税商店购物后，可在商店现场直接取得退税款。《公告》明确在天府新区片区和成都市锦江区春熙路商圈内的离境退税商店开展“即买即退”，境外旅客同一日在同一商店购物满500元的，均可申请办理。"], False),
    ("7．综合保税区增值税一般纳税人资格试点有什么变化？",
     ["成都高新综合保税区、宜宾综合保税区内符合条件的企业，可向主管税务机关申请增值税一般纳税人资格试点。试点企业内销货物按规定征收增值税，并可按规定开具增值税专用发票。",
      "试点企业应当分别核算保税货物和非保税货物，未分别核算的，不得享受保税政策。"], False),
    ("8．纳税人申请“容缺办理”需要提交哪些资料？",
     ["纳税人申请“容缺办理”，应当提交以下资料：", "（一）《出口退（免）税容缺办理承诺书》；",
      "（二）出口货物报关单电子信息；", "（三）“水铁联运”铁路运单或者水路运单复印件。"], True),
    ("9．《公告》何时施行？",
     ["《公告》自2024年10月1日起施行。2024年10月1日前已受理尚未办结的出口退（免）税申报，按照《公告》规定执行。"], False),
]
TAX_CLOSE = "纳税人在执行中如有问题，可拨打12366纳税缴费服务热线或者向主管税务机关咨询。"

TAX_CSS = """body{margin:0;font:14px/1.75 "微软雅黑",SimSun;background:#fff;color:#222}
#head{height:130px;background:#1b5fae url(banner_sc.png) no-repeat center}
#menu{background:#124a8d;height:44px}#menu a{color:#fff;font-size:16px;padding:0 20px;line-height:44px}
.bt_main{width:1100px;margin:0 auto}.dqwz{height:36px;line-height:36px;border-bottom:1px solid #ddd;font-size:13px}
.xxgk_box{margin:15px 0;border:1px solid #c9d7ea;background:#f5f9fe}.xxgk_box td{padding:4px 10px;font-size:13px}
h1.art_title{font-size:24px;text-align:center;color:#c00;line-height:1.6;margin:24px 80px 6px}
.art_info{text-align:center;font-size:13px;color:#777;margin-bottom:16px}
#zoom{font-size:16px;line-height:2}#zoom p{text-indent:2em;margin:0}
table.wdtable{border-collapse:collapse;width:100%;margin:12px 0}table.wdtable td{border:1px solid #333;padding:6px 8px;vertical-align:top}
table.wdtable td p{text-indent:0!important}
.share{margin:20px 0;font-size:13px}.xgwj{border-top:2px solid #124a8d;margin-top:20px;padding-top:8px}
#foot{background:#e9eef5;text-align:center;font-size:12px;padding:20px 0;margin-top:30px;color:#555}
"""


def build_tax():
    fd = files_dir(TAX_STEM)
    write(os.path.join(fd, "sc_common.css"), TAX_CSS)
    write(os.path.join(fd, "jquery-1.8.3.min.js"), "/*! jQuery v1.8.3 jquery.com | jquery.org/license */\n(function(e,t){})(window);\n")
    write(os.path.join(fd, "fontzoom.js"), "function doZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}\n")
    write(os.path.join(fd, "gov_jiucuo.js"), "/* 政府网站找错 */\n")
    with open(os.path.join(fd, "banner_sc.png"), "wb") as fh:
        fh.write(png(600, 60, (27, 95, 174)))
    with open(os.path.join(fd, "jiucuo.png"), "wb") as fh:
        fh.write(png(110, 55, (200, 30, 30)))
    with open(os.path.join(fd, "ewm.png"), "wb") as fh:
        fh.write(png(90, 90, (0, 0, 0)))

    rows = ['<tr style="background:#e8eef7">\n<td width="32%" style="text-align:center"><p style="text-align:center"><strong>问　题</strong></p></td>\n<td style="text-align:center"><p style="text-align:center"><strong>解　答</strong></p></td>\n</tr>']
    for q, ans, br in TAX_QA:
        if br:
            a_html = "<p>" + "<br>\n".join(esc(a) for a in ans) + "</p>"
        else:
            a_html = "\n".join("<p>%s</p>" % esc(a) for a in ans)
        rows.append('<tr>\n<td width="32%%" valign="top"><p><span style="font-family:黑体">%s</span></p></td>\n<td valign="top">%s</td>\n</tr>' % (esc(q), a_html))
    table = '<table class="wdtable" border="1" cellspacing="0" cellpadding="0">\n<tbody>\n' + "\n".join(rows) + "\n</tbody>\n</table>"
    html = saved_from(TAX_URL) + """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>%(title)s 国家税务总局四川省税务局</title>
<meta name="SiteName" content="国家税务总局四川省税务局">
<meta name="SiteDomain" content="sichuan.chinatax.gov.cn">
<meta name="ColumnName" content="政策解读">
<meta name="ColumnType" content="政策解读">
<meta name="ArticleTitle" content="%(title)s">
<meta name="PubDate" content="2024-09-05 17:42">
<meta name="ContentSource" content="货物和劳务税处">
<meta name="Keywords" content="出口退税,自由贸易试验区,解读">
<link rel="stylesheet" type="text/css" href="./blind197_tax_sc_files/sc_common.css">
<script type="text/javascript" src="./blind197_tax_sc_files/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="./blind197_tax_sc_files/fontzoom.js"></script>
</head>
<body>
<div id="head"><table width="1100" align="center"><tr><td height="130"><a href="https://sichuan.chinatax.gov.cn/"><span style="display:none">国家税务总局四川省税务局</span></a></td>
<td align="right" valign="top" style="color:#fff;font-size:12px;padding-top:8px"><a href="https://sichuan.chinatax.gov.cn/" style="color:#fff">设为首页</a> | <a href="https://etax.sichuan.chinatax.gov.cn/" style="color:#fff">四川省电子税务局</a> | <a href="https://sichuan.chinatax.gov.cn/col/col7300/" style="color:#fff">无障碍浏览</a></td></tr></table></div>
<div id="menu"><table width="1100" align="center" cellpadding="0" cellspacing="0"><tr>
<td><a href="https://sichuan.chinatax.gov.cn/">首页</a></td>
<td><a href="https://sichuan.chinatax.gov.cn/col/col7201/">税务信息</a></td>
<td><a href="https://sichuan.chinatax.gov.cn/col/col7209/">政策文件</a></td>
<td><a href="https://sichuan.chinatax.gov.cn/col/col7215/">政策解读</a></td>
<td><a href="https://sichuan.chinatax.gov.cn/col/col7220/">纳税服务</a></td>
<td><a href="https://sichuan.chinatax.gov.cn/col/col7231/">互动交流</a></td>
<td><a href="https://sichuan.chinatax.gov.cn/col/col7240/">政府信息公开</a></td>
</tr></table></div>
<div class="bt_main">
<div class="dqwz">当前位置：<a href="https://sichuan.chinatax.gov.cn/">首页</a> &gt;&gt; <a href="https://sichuan.chinatax.gov.cn/col/col7209/">政策文件</a> &gt;&gt; <a href="https://sichuan.chinatax.gov.cn/col/col7215/">政策解读</a></div>
<table class="xxgk_box" width="100%%" cellspacing="0" cellpadding="0">
<tr><td width="12%%"><b>索 引 号：</b></td><td width="38%%">11510000MB1529871Q/2024-0917</td><td width="12%%"><b>信息分类：</b></td><td>政策解读</td></tr>
<tr><td><b>发布机构：</b></td><td>国家税务总局四川省税务局</td><td><b>生成日期：</b></td><td>2024-09-05</td></tr>
<tr><td><b>文　　号：</b></td><td></td><td><b>主 题 词：</b></td><td>出口退（免）税　自贸试验区</td></tr>
</table>
<h1 class="art_title">%(title)s</h1>
<div class="art_info">发布时间：2024-09-05 17:42　　来源：货物和劳务税处　　浏览次数：<span id="hits">3127</span>　　【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div id="zoom">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
<p>%(intro)s</p>
%(table)s
<p>%(close)s</p>
<!--ZJEG_RSS.content.end--><meta name="ContentEnd">
</div>
<div class="share">分享到：<a href="#" title="微信">微信</a>　<a href="#" title="新浪微博">微博</a>　<a href="#" title="QQ空间">QQ空间</a>
<span style="float:right"><a href="javascript:window.print()">[打印本页]</a>　<a href="javascript:window.close()">[关闭窗口]</a></span></div>
<div class="xgwj"><b>相关文件：</b><br>
<a href="https://sichuan.chinatax.gov.cn/art/2024/9/5/art_7209_1389198.html">%(gonggao)s（国家税务总局四川省税务局公告2024年第5号）</a><br>
<a href="https://sichuan.chinatax.gov.cn/art/2024/8/22/art_7215_1387654.html">关于《国家税务总局四川省税务局关于进一步便利跨境电子商务出口退（免）税的公告》的解读</a></div>
</div>
<div id="foot">
<p><a href="https://sichuan.chinatax.gov.cn/col/col7299/">网站地图</a> | <a href="https://sichuan.chinatax.gov.cn/col/col7298/">联系我们</a></p>
<p>主办单位：国家税务总局四川省税务局　地址：成都市青羊区长顺上街126号　纳税服务热线：12366</p>
<p>网站标识码：bm29510001　蜀ICP备2021018755号　<img src="./blind197_tax_sc_files/jiucuo.png" alt="政府网站找错"> 川公网安备 51010502010362号</p>
<p><img src="./blind197_tax_sc_files/ewm.png" alt="微信公众号"> 扫一扫关注“四川税务”</p>
</div>
<script src="./blind197_tax_sc_files/gov_jiucuo.js"></script>
</body></html>
""" % dict(title=TAX_TITLE, intro=esc(TAX_INTRO), table=table, close=TAX_CLOSE, gonggao=TAX_GONGGAO)
    path = os.path.join(HERE, TAX_STEM + ".html")
    write(path, html)
    return path


# ================================================================ (c) 湖南省商务厅 公示
GS_STEM = "blind197_swt_gongshi"
GS_URL = "http://swt.hunan.gov.cn/swt/hnswt/tzgg/202503/t20250318_33612457.html"
GS_TITLE = "关于2025年度湖南省跨境电子商务产业园和公共海外仓拟认定名单的公示"
GS_INTRO = ("根据《湖南省商务厅关于开展2025年度湖南省跨境电子商务产业园和公共海外仓认定工作的通知》（湘商电商函〔2025〕6号）要求，"
            "经各市州商务主管部门推荐、专家评审和实地核查，拟认定长沙跨境电商产业园等12家园区为2025年度湖南省跨境电子商务产业园，"
            "拟认定越南胡志明市公共海外仓等10个海外仓为2025年度湖南省公共海外仓，现予以公示。")
YUAN, CANG = "跨境电商产业园", "公共海外仓"
GS_ROWS = [
    (YUAN, "长沙跨境电商综试区运营管理有限公司", "长沙跨境电商产业园（长沙黄花综合保税区）", "长沙市长沙县"),
    (YUAN, "湖南湘江新区跨境电商发展有限公司", "长沙高新区跨境电商产业园", "长沙市岳麓区"),
    (YUAN, "长沙市雨花区电子商务服务中心", "雨花跨境电商产业园", "长沙市雨花区"),
    (YUAN, "岳阳城陵矶新港区开发建设投资有限公司", "城陵矶综合保税区跨境电商产业园", "岳阳市城陵矶新港区"),
    (YUAN, "郴州综合保税区发展集团有限公司", "郴州综合保税区跨境电商产业园", "郴州市北湖区"),
    (YUAN, "衡阳综合保税区投资开发有限公司", "衡阳综合保税区跨境电商产业园", "衡阳市雁峰区"),
    (YUAN, "湘潭九华经开区产业发展有限公司", "湘潭综合保税区跨境电商产业园", "湘潭市岳塘区"),
    (YUAN, "株洲市芦淞区服饰产业发展中心", "芦淞服饰跨境电商产业园", "株洲市芦淞区"),
    (YUAN, "邵东市工业集中区管理委员会", "邵东箱包五金跨境电商产业园", "邵阳市邵东市"),
    (YUAN, "怀化国际陆港发展有限公司", "怀化国际陆港跨境电商产业园", "怀化市鹤城区"),
    (YUAN, "常德市武陵区商务局", "常德跨境电商产业园", "常德市武陵区"),
    (YUAN, "永州经济技术开发区管理委员会", "永州跨境电商产业园", "永州市冷水滩区"),
    (CANG, "湖南华辰供应链管理有限公司", "越南胡志明市公共海外仓", "长沙市开福区"),
    (CANG, "湖南湘非国际物流有限公司", "肯尼亚内罗毕公共海外仓", "长沙市天心区"),
    (CANG, "岳阳海港国际物流有限公司", "泰国曼谷公共海外仓", "岳阳市城陵矶新港区"),
    (CANG, "岳阳港通供应链有限公司", "马来西亚巴生港公共海外仓", "岳阳市城陵矶新港区"),
    (CANG, "郴州湘粤港国际贸易有限公司", "印度尼西亚雅加达公共海外仓", "郴州市北湖区"),
    (CANG, "株洲中车物流有限公司", "哈萨克斯坦阿拉木图公共海外仓", "株洲市石峰区"),
    (CANG, "怀化东盟国际物流有限公司", "老挝万象公共海外仓", "怀化市鹤城区"),
    (CANG, "湖南中南国际陆港有限公司", "德国杜伊斯堡公共海外仓", "长沙市开福区"),
    (CANG, "湖南邵商出海供应链有限公司", "尼日利亚拉各斯公共海外仓", "邵阳市邵东市"),
    (CANG, "常德鼎城国际贸易有限公司", "阿联酋迪拜公共海外仓", "常德市鼎城区"),
]
GS_SPLIT = 13            # table 1 holds rows 1..13, table 2 rows 14..22
GS_ROWSPAN = (15, 16)    # 所在地区 merged for rows 15 and 16 (same 区) in table 2
GS_PERIOD = ("公示期为2025年3月18日至2025年3月24日（5个工作日）。公示期间，如对公示名单有异议，请以书面形式实名向省商务厅电子商务处反映，"
             "单位须加盖公章，个人须签署真实姓名并注明联系方式。逾期不予受理。")
GS_CONTACT = "联系人：刘明，联系电话：0731-82280517，电子邮箱：hnswtdsc@163.com。"
GS_HEAD = ["序号", "类别", "申报单位", "项目名称", "所在地区"]

GS_CSS = """body{margin:0;font:14px/1.8 "宋体";color:#333}
.header{height:150px;background:#b40000}.header .w1200{width:1200px;margin:0 auto;position:relative}
.topbar{height:30px;background:#8f0000;color:#fff;font-size:12px;line-height:30px}
.mainnav{height:50px;background:#d70c0c}.mainnav a{color:#fff;font-size:17px;float:left;padding:0 28px;line-height:50px}
.crumb{width:1200px;margin:10px auto;font-size:13px}.crumb a{color:#333}
.article{width:1100px;margin:0 auto;border:1px solid #e5e5e5;padding:30px 50px}
.article h2{font-size:24px;color:#b40000;text-align:center;line-height:1.5;font-family:"微软雅黑"}
.article .date{text-align:center;color:#999;border-bottom:1px solid #eee;padding-bottom:10px;font-size:13px}
.TRS_Editor p{font-size:16px;line-height:2;text-indent:2em;margin:0}
.TRS_Editor table{border-collapse:collapse;margin:0 auto}.TRS_Editor td{border:1px solid #000;font-size:14px;padding:3px 6px}
.TRS_Editor td p{text-indent:0!important;text-align:center}
.pagebtm{margin-top:20px;font-size:13px}.pagebtm .fl{float:left}.pagebtm .fr{float:right}
.sxp{clear:both;border-top:1px dashed #ccc;margin-top:30px;padding-top:10px;font-size:13px}
.footer{background:#f1f1f1;border-top:3px solid #b40000;text-align:center;font-size:12px;padding:20px 0;margin-top:30px}
"""


def gs_table(rows, start):
    out = ['<table border="1" cellspacing="0" cellpadding="0" width="620" style="border-collapse:collapse;width:620px">', "<tbody>"]
    out.append('<tr style="height:28px">' + "".join(
        '<td width="%d" nowrap="nowrap"><p style="text-align:center"><b><span style="font-family:黑体;font-size:14px">%s</span></b></p></td>'
        % (w, h) for w, h in zip((44, 100, 186, 186, 104), GS_HEAD)) + "</tr>")
    for i, (cat, unit, proj, place) in enumerate(rows):
        n = start + i
        tds = ['<td><p>%d</p></td>' % n, '<td><p>%s</p></td>' % cat,
               '<td><p style="text-align:left">%s</p></td>' % unit, '<td><p style="text-align:left">%s</p></td>' % proj]
        if n == GS_ROWSPAN[0]:
            tds.append('<td rowspan="2" valign="middle"><p>%s</p></td>' % place)
        elif n == GS_ROWSPAN[1]:
            pass
        else:
            tds.append('<td><p>%s</p></td>' % place)
        out.append('<tr style="height:28px">' + "".join(tds) + "</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def build_gongshi():
    fd = files_dir(GS_STEM)
    write(os.path.join(fd, "swt_index.css"), GS_CSS, "gbk")
    write(os.path.join(fd, "jquery.js"), "/*! jQuery v1.11.3 */\n(function(a){})(window);\n")
    write(os.path.join(fd, "common.js"), "function printme(){window.print();}\n")
    with open(os.path.join(fd, "swt_logo.png"), "wb") as fh:
        fh.write(png(480, 90, (180, 0, 0)))
    with open(os.path.join(fd, "red.png"), "wb") as fh:
        fh.write(png(60, 60, (215, 12, 12)))
    t1 = gs_table(GS_ROWS[:GS_SPLIT], 1)
    t2 = gs_table(GS_ROWS[GS_SPLIT:], GS_SPLIT + 1)
    html = saved_from(GS_URL) + """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>%(title)s</title>
<meta name="SiteName" content="湖南省商务厅">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="%(title)s">
<meta name="PubDate" content="2025-03-18 10:32">
<meta name="ContentSource" content="电子商务处">
<link href="./blind197_swt_gongshi_files/swt_index.css" rel="stylesheet" type="text/css">
<script src="./blind197_swt_gongshi_files/jquery.js"></script>
<script src="./blind197_swt_gongshi_files/common.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200" style="width:1200px;margin:0 auto">今天是：2025年3月19日　<a href="http://www.hunan.gov.cn/" style="color:#fff">湖南省人民政府</a> | <a href="http://swt.hunan.gov.cn/" style="color:#fff">长者模式</a> | <a href="http://swt.hunan.gov.cn/" style="color:#fff">无障碍</a></div></div>
<div class="header"><div class="w1200"><a href="http://swt.hunan.gov.cn/"><img src="./blind197_swt_gongshi_files/swt_logo.png" alt="湖南省商务厅" style="margin-top:30px"></a>
<div class="search" style="position:absolute;right:0;top:50px"><input type="text" value="请输入搜索内容"><input type="button" value="搜索"></div></div></div>
<div class="mainnav"><div style="width:1200px;margin:0 auto">
<a href="http://swt.hunan.gov.cn/">首页</a><a href="http://swt.hunan.gov.cn/swt/hnswt/xxgk/">信息公开</a><a href="http://swt.hunan.gov.cn/swt/hnswt/tzgg/">通知公告</a><a href="http://swt.hunan.gov.cn/swt/hnswt/swdt/">商务动态</a><a href="http://swt.hunan.gov.cn/swt/hnswt/zwfw/">政务服务</a><a href="http://swt.hunan.gov.cn/swt/hnswt/hdjl/">互动交流</a><a href="http://swt.hunan.gov.cn/swt/hnswt/ztzl/">专题专栏</a>
</div></div>
<div class="crumb">当前位置：<a href="http://swt.hunan.gov.cn/">首页</a> &gt; <a href="http://swt.hunan.gov.cn/swt/hnswt/tzgg/">通知公告</a> &gt; 正文</div>
<div class="article">
<h2>%(title)s</h2>
<div class="date">发布时间：2025-03-18 10:32　　信息来源：电子商务处　　【字体：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>】</div>
<div class="TRS_Editor" id="zoom">
<p>%(intro)s</p>
<p style="text-align:center;text-indent:0"><b>2025年度湖南省跨境电子商务产业园和公共海外仓拟认定名单</b></p>
%(t1)s
<p style="text-indent:0">&nbsp;</p>
%(t2)s
<p>&nbsp;</p>
<p>%(period)s</p>
<p>%(contact)s</p>
<p>&nbsp;</p>
<p style="text-align:right;text-indent:0;padding-right:2em">湖南省商务厅</p>
<p style="text-align:right;text-indent:0;padding-right:1.5em">2025年3月18日</p>
</div>
<div class="pagebtm"><div class="fl">分享到：<a href="javascript:void(0)">微信</a> <a href="javascript:void(0)">微博</a> <a href="javascript:void(0)">QQ</a></div>
<div class="fr"><a href="javascript:printme()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div></div>
<div class="sxp">
<p>上一篇：<a href="http://swt.hunan.gov.cn/swt/hnswt/tzgg/202503/t20250314_33609871.html">关于2025年第一批湖南省外贸综合服务企业认定结果的公告</a></p>
<p>下一篇：<a href="http://swt.hunan.gov.cn/swt/hnswt/tzgg/202503/t20250320_33615520.html">关于组织参加第137届中国进出口商品交易会的通知（湘商贸函〔2025〕21号）</a></p>
<p>相关链接：<a href="http://swt.hunan.gov.cn/swt/hnswt/tzgg/202501/t20250110_33512004.html">湖南省商务厅关于开展2025年度湖南省跨境电子商务产业园和公共海外仓认定工作的通知</a></p>
</div>
</div>
<div class="footer">
<p><a href="http://swt.hunan.gov.cn/swt/wzdt/">网站地图</a> | <a href="http://swt.hunan.gov.cn/swt/lxwm/">联系我们</a> | <a href="http://swt.hunan.gov.cn/swt/wzsm/">网站声明</a></p>
<p>主办：湖南省商务厅　承办：湖南省商务厅办公室　地址：长沙市天心区湘府西路8号　邮编：410004</p>
<p>网站标识码：4300000034　湘ICP备05004986号　<img src="./blind197_swt_gongshi_files/red.png" alt="党政机关">湘公网安备 43010302000417号</p>
</div>
</body></html>
""" % dict(title=GS_TITLE, intro=GS_INTRO, t1=t1, t2=t2, period=GS_PERIOD, contact=GS_CONTACT)
    path = os.path.join(HERE, GS_STEM + ".html")
    write(path, html, "gbk")
    return path


# ================================================================ (d) 西安市人民政府 文件 in a <pre>
XA_STEM = "blind197_xa_pre"
XA_URL = "https://www.xa.gov.cn/gk/zcfg/szf/6651e3f2f8fd1c0bdc7a1b2e.html"
XA_NUM = "市政发〔2024〕9号"
XA_MEAS = "西安市深度融入共建“一带一路”大格局加快建设内陆开放高地若干措施"
XA_TITLE = "西安市人民政府关于印发%s的通知" % XA_MEAS
XA_RECIP = "各区、县人民政府，西咸新区、各开发区管委会，市人民政府各工作部门、各直属机构："
XA_NOTICE = "现将《%s》印发给你们，请认真贯彻执行。" % XA_MEAS
XA_INTRO = ("为深入贯彻落实习近平总书记关于推动共建“一带一路”高质量发展的重要论述和中国—中亚峰会成果，发挥我市“一带一路”重要节点城市作用，"
            "加快建设内陆开放高地，结合我市实际，制定以下措施。")
XA_SECTIONS = [
    ("一、提升国际物流枢纽能级", [
        "1．做强中欧班列（西安）集结中心。支持西安国际港务区建设中欧班列（西安）集结中心，2024年开行中欧班列5000列以上；对新开通至共建“一带一路”国家的班列线路，稳定运营满6个月的，每条线路给予最高300万元奖励。",
        "2．建设国际航空枢纽。支持西咸新区空港新城拓展至中亚、西亚、东南亚的国际全货机航线，对新开通并稳定运营1年以上的国际全货机航线，每条航线给予最高500万元奖励。",
        "3．发展多式联运。推动西安国际港站与西安咸阳国际机场开展“空铁联运”，支持在西安国际港务区、西咸新区空港新城开展多式联运“一单制”试点，对签发“一单制”提单的企业按每标箱200元给予补贴。",
        "4．完善海外仓布局。支持本市企业在中亚、欧洲等共建“一带一路”国家建设海外仓，对认定为市级公共海外仓的，一次性给予100万元奖励。",
    ]),
    ("二、扩大对外贸易", [
        "5．支持外贸企业拓市场。对参加市商务局组织的境外重点展会的企业，按展位费的80%给予补贴，单个企业每年最高不超过30万元。",
        "6．发展跨境电商。支持西安高新综合保税区、西安综合保税区开展跨境电商“1210”保税进口和“9610”“9710”“9810”出口业务，对年度跨境电商进出口额首次突破1亿元的企业，给予50万元奖励。",
        "7．培育二手车出口。支持在西安国际港务区、西安经济技术开发区开展二手车出口业务，对年出口额首次达到1000万美元的企业给予30万元奖励。",
        "8．承接加工贸易梯度转移。支持临潼区、鄠邑区、高陵区承接加工贸易产业转移，对新引进的加工贸易企业年进出口额首次超过5000万美元的，给予100万元奖励。",
    ]),
    ("三、提升自贸试验区能级", [
        "9．深化制度创新。支持中国（陕西）自由贸易试验区中心片区、西安国际港务区片区每年形成不少于10项制度创新成果，对获得国家层面复制推广的，每项给予所在片区管委会50万元奖励。",
        "10．推进服务业扩大开放。支持西安高新区建设服务贸易创新发展示范区，对新认定的国家级服务外包示范企业给予50万元奖励。",
        "11．建设中国—中亚经贸合作园。支持西咸新区沣东新城规划建设中国—中亚经贸合作园，对入驻园区的中亚国家企业，前3年按其实际租用办公用房面积给予每平方米每月30元租金补贴。",
    ]),
    ("四、深化双向投资合作", [
        "12．加大外资招引力度。对新设立的外商投资企业，当年实际使用外资金额超过1000万美元的，按实际使用外资金额的2%给予奖励，最高不超过1000万元。",
        "13．支持跨国公司地区总部落户。对经认定的跨国公司地区总部，给予一次性落户奖励500万元。",
        "14．支持航空企业“走出去”。支持阎良区、西安航空基地内的航空企业参与共建“一带一路”国家航空产业合作，对在境外设立维修、培训基地的，按实际投资额的5%给予支持，最高不超过300万元。",
        "15．加强境外投资服务。建立“走出去”企业服务联盟，为企业提供境外法律、税务、风险评估等公益性服务，每年举办专题培训不少于6场。",
    ]),
    ("五、强化保障措施", [
        "16．加强组织领导。市开放型经济工作领导小组统筹推进本措施落实，市商务局负责日常工作，各责任单位每半年报送一次工作进展情况。",
        "17．落实资金保障。本措施所需资金由市、区（县）财政按5∶5比例分担；西咸新区、高新区、经开区、曲江新区、浐灞生态区、国际港务区、航天基地、航空基地等开发区承担的资金，由开发区财政负担。",
        "18．本措施自2024年6月1日起施行，有效期至2026年12月31日。本措施与本市其他同类政策重复的，按照“从优、就高、不重复”原则执行。",
    ]),
]
XA_CC = "抄送：市委各部门，市人大常委会办公厅，市政协办公厅，西安警备区，市监委，市法院，市检察院，各人民团体，各民主党派市委。"
XA_PRINT = ("西安市人民政府办公厅", "2024年5月22日印发")
WRAP = 38   # the text was typed / exported with a fixed line width


def hard_wrap(text, indent="　　", width=WRAP):
    """A paragraph as the exported .txt has it: indented first line, then fixed-width lines, no indent."""
    s = indent + text
    lines, cur, w = [], "", 0
    for ch in s:
        cw = 1 if ord(ch) < 0x80 else 2      # display width: CJK and full-width = 2 columns
        if w + cw > width * 2:
            lines.append(cur)
            cur, w = "", 0
        cur += ch
        w += cw
    lines.append(cur)
    return "\n".join(lines)


def centre(text, width=WRAP):
    pad = max(0, (width - len(text)) // 2)
    return "　" * pad + text


def right(text, pad):
    return "　" * pad + text


def xa_pre_text():
    L = []
    L.append("")
    L.append(centre(XA_NUM, 30))
    L.append("")
    L.append(centre("西安市人民政府关于印发西安市深度融入共建", 34))
    L.append(centre("“一带一路”大格局加快建设内陆开放高地若干措施的通知", 34))
    L.append("")
    L.append(XA_RECIP)
    L.append(hard_wrap(XA_NOTICE))
    L.append("")
    L.append("")
    L.append(right("西安市人民政府", 24))
    L.append(right("2024年5月20日", 23) + "    ")
    L.append("")
    L.append("　　（此件公开发布）")
    L.append("")
    L.append("")
    L.append(centre("西安市深度融入共建“一带一路”大格局", 32))
    L.append(centre("加快建设内陆开放高地若干措施", 32))
    L.append("")
    L.append(hard_wrap(XA_INTRO))
    for head, items in XA_SECTIONS:
        L.append("　　" + head)
        for it in items:
            L.append(hard_wrap(it))
    L.append("")
    L.append("")
    L.append("─" * 34)
    L.append(hard_wrap(XA_CC, indent="　"))
    L.append("─" * 34)
    L.append("　" + XA_PRINT[0] + "　" * 11 + XA_PRINT[1])
    L.append("─" * 34)
    return "\n".join(L)


XA_CSS = """*{margin:0;padding:0}body{font:14px/1.8 "Microsoft YaHei";color:#333;background:#fff}
.gov-top{background:#c8161d;height:36px;color:#fff;font-size:13px;line-height:36px}
.gov-head{height:140px;background:#fff url(xa_banner.png) no-repeat}
.gov-nav{background:#c8161d}.gov-nav ul{list-style:none;width:1200px;margin:0 auto;overflow:hidden}
.gov-nav li{float:left}.gov-nav li a{display:block;padding:0 34px;color:#fff;font-size:18px;line-height:54px}
.position{width:1200px;margin:14px auto;font-size:14px;color:#666}
.xxgk-table{width:1200px;margin:0 auto;border:1px solid #e2e2e2;background:#fafafa}
.xxgk-table td{padding:6px 14px;font-size:14px}.xxgk-table td.t{color:#888;width:90px;text-align:right}
.content-box{width:1200px;margin:20px auto}.content-box h1{font-size:26px;color:#c8161d;text-align:center;line-height:1.6}
.content-box .info{text-align:center;color:#999;font-size:13px;margin:8px 0 20px}
.content-box pre{font-family:"仿宋_GB2312","FangSong",serif;font-size:18px;line-height:2;white-space:pre;padding:0 80px}
.fx{width:1200px;margin:10px auto;overflow:hidden;font-size:14px}.fx .r{float:right}
.related{width:1200px;margin:20px auto;border-top:2px solid #c8161d}.related h4{font-size:16px;margin:10px 0}
.footer{background:#8c0f14;color:#f3d7d8;text-align:center;padding:24px 0;font-size:13px;margin-top:40px}.footer a{color:#f3d7d8}
"""


def build_xa():
    fd = files_dir(XA_STEM)
    write(os.path.join(fd, "xa_public.css"), XA_CSS)
    write(os.path.join(fd, "jquery-3.5.1.min.js"), "/*! jQuery v3.5.1 | (c) JS Foundation and other contributors | jquery.org/license */\n!function(e,t){}(window);\n")
    write(os.path.join(fd, "share.min.js"), "/* social-share.js */\n")
    write(os.path.join(fd, "xa_gk.js"), "/* 政府信息公开 */\n")
    with open(os.path.join(fd, "xa_banner.png"), "wb") as fh:
        fh.write(png(1200, 140, (255, 244, 240)))
    with open(os.path.join(fd, "xa_logo.png"), "wb") as fh:
        fh.write(png(460, 84, (200, 22, 29)))
    with open(os.path.join(fd, "jiucuo.png"), "wb") as fh:
        fh.write(png(110, 55, (200, 22, 29)))
    pre = esc(xa_pre_text())
    html = saved_from(XA_URL) + """<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>%(title)s_市政府文件_西安市人民政府门户网站</title>
<meta name="SiteName" content="西安市人民政府">
<meta name="SiteDomain" content="www.xa.gov.cn">
<meta name="SiteIDCode" content="6101000036">
<meta name="ColumnName" content="市政府文件">
<meta name="ColumnType" content="政策文件">
<meta name="ArticleTitle" content="%(title)s">
<meta name="PubDate" content="2024-05-27 09:15">
<meta name="ContentSource" content="市政府办公厅">
<link rel="stylesheet" href="./blind197_xa_pre_files/xa_public.css">
<script src="./blind197_xa_pre_files/jquery-3.5.1.min.js"></script>
</head>
<body>
<div class="gov-top"><div style="width:1200px;margin:0 auto">西安市人民政府门户网站 <span style="float:right"><a href="https://www.xa.gov.cn/" style="color:#fff">简</a> | <a href="https://www.xa.gov.cn/" style="color:#fff">繁</a> | <a href="https://www.xa.gov.cn/" style="color:#fff">无障碍</a> | <a href="https://www.xa.gov.cn/" style="color:#fff">长者版</a> | <a href="https://www.xa.gov.cn/" style="color:#fff">English</a></span></div></div>
<div class="gov-head"><div style="width:1200px;margin:0 auto;padding-top:28px"><a href="https://www.xa.gov.cn/"><img src="./blind197_xa_pre_files/xa_logo.png" alt="西安市人民政府"></a></div></div>
<div class="gov-nav"><ul>
<li><a href="https://www.xa.gov.cn/">首页</a></li><li><a href="https://www.xa.gov.cn/xw/">要闻动态</a></li><li><a href="https://www.xa.gov.cn/gk/">政务公开</a></li>
<li><a href="https://www.xa.gov.cn/bs/">政务服务</a></li><li><a href="https://www.xa.gov.cn/hd/">互动交流</a></li><li><a href="https://www.xa.gov.cn/sq/">走进西安</a></li></ul></div>
<div class="position">当前位置：<a href="https://www.xa.gov.cn/">首页</a> &gt; <a href="https://www.xa.gov.cn/gk/">政务公开</a> &gt; <a href="https://www.xa.gov.cn/gk/zcfg/">政策文件</a> &gt; <a href="https://www.xa.gov.cn/gk/zcfg/szf/">市政府文件</a></div>
<table class="xxgk-table" cellspacing="0" cellpadding="0">
<tr><td class="t">索 引 号：</td><td>11610100016137143T/2024-00123</td><td class="t">主题分类：</td><td>商贸、海关、旅游\\对外经贸合作</td></tr>
<tr><td class="t">发文机关：</td><td>西安市人民政府</td><td class="t">成文日期：</td><td>2024年05月20日</td></tr>
<tr><td class="t">标　　题：</td><td colspan="3">%(title)s</td></tr>
<tr><td class="t">发文字号：</td><td>%(num)s</td><td class="t">发布日期：</td><td>2024年05月27日</td></tr>
<tr><td class="t">有 效 性：</td><td colspan="3">有效</td></tr>
</table>
<div class="content-box">
<h1>%(title)s</h1>
<div class="info">发布时间：2024-05-27 09:15　　来源：市政府办公厅　　<span>字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></span></div>
<div class="TRS_PreAppend" id="zoom">
<pre>%(pre)s
</pre>
</div>
</div>
<div class="fx"><div class="social-share" data-sites="wechat,weibo,qzone">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ空间</a></div>
<div class="r"><a href="javascript:window.print();">打印本页</a>　<a href="javascript:window.close();">关闭窗口</a></div></div>
<div class="related"><h4>相关解读</h4><ul>
<li><a href="https://www.xa.gov.cn/gk/zcfg/zcjd/6652a01bf8fd1c0bdc7a1f04.html">图解：《西安市深度融入共建“一带一路”大格局加快建设内陆开放高地若干措施》</a>　2024-05-28</li>
<li><a href="https://www.xa.gov.cn/gk/zcfg/zcjd/6652a0a3f8fd1c0bdc7a1f11.html">市商务局负责人解读《若干措施》</a>　2024-05-28</li>
</ul><h4>相关文件</h4><ul>
<li><a href="https://www.xa.gov.cn/gk/zcfg/szf/64f1c2e8f8fd1c0bdc6d9a10.html">西安市人民政府关于印发西安市推进中欧班列（西安）集结中心高质量发展实施方案的通知（市政发〔2023〕21号）</a>　2023-09-01</li>
</ul></div>
<div class="footer">
<p><a href="https://www.xa.gov.cn/wzdt.html">网站地图</a> | <a href="https://www.xa.gov.cn/lxwm.html">联系我们</a> | <a href="https://www.xa.gov.cn/wzsm.html">网站声明</a></p>
<p>主办：西安市人民政府办公厅　承办：西安市大数据资源管理局</p>
<p>网站标识码：6101000036　陕ICP备05002958号　<img src="./blind197_xa_pre_files/jiucuo.png" alt="找错">陕公网安备 61010402000122号</p>
</div>
<script src="./blind197_xa_pre_files/share.min.js"></script>
<script src="./blind197_xa_pre_files/xa_gk.js"></script>
</body></html>
""" % dict(title=XA_TITLE, num=XA_NUM, pre=pre)
    path = os.path.join(HERE, XA_STEM + ".html")
    write(path, html)
    return path


# ================================================================ expected
def tax_row(q, ans):
    return "问题：%s；解答：%s" % (q, "\n".join(ans))


def gs_row(n, r):
    return "序号：%d；类别：%s；申报单位：%s；项目名称：%s；所在地区：%s" % (n, r[0], r[1], r[2], r[3])


def expected():
    out = {}
    # ---- (a) SAFE
    safe_cl = [SAFE_INTRO] + [it for _, items in SAFE_SECTIONS for it in items] + SAFE_GUIDE
    out[SAFE_STEM] = [{
        "meta": {
            "title": SAFE_TITLE, "doc_number": SAFE_NUM, "issuer": [SAFE_ORG],
            "date": "2024-06-14", "published": "2024-06-20", "level": "provincial", "region": "广西壮族自治区",
            "effective": "2024-07-01", "expires": "2029-06-30",
            "attachments": [t for t, _, _ in SAFE_ATTS], "doc_type": "通知",
            "recipients": ["区内各市外汇管理部门", "各银行", "各非银行支付机构"], "publicity": "此件公开发布",
        },
        "clauses": safe_cl,
        "applies_to": {
            "default": "广西壮族自治区（中国（广西）自由贸易试验区及面向东盟业务）",
            "specific": {
                "一、（一）": "中国（广西）自由贸易试验区南宁片区、钦州港片区、崇左片区",
                "一、（二）": "凭祥市、东兴市（边境口岸 / 互市贸易区）",
                "一、（三）": "钦州港片区",
                "二、（一）": "南宁片区、钦州港片区、崇左片区",
                "二、（二）": "南宁综合保税区、钦州综合保税区、凭祥综合保税区",
                "二、（三）": "南宁片区",
                "三、（一）": "中国（南宁）跨境电子商务综合试验区 (first sentence is province-wide)",
                "三、（二）": "南宁片区、钦州港片区",
                "附件1 第二条": "南宁/钦州港/崇左片区; 南宁/钦州/凭祥综合保税区",
                "附件1 第四条": "凭祥、东兴",
                "附件1 第六条": "second half: 南宁/钦州/凭祥综合保税区",
            },
            "note": "东盟 in the title does not move anything abroad. 四、五、 and 附件1 第一/三/五/七/八条 apply province-wide.",
        },
        "_note": (
            "Page furniture: top bar, logo, search, nav, breadcrumb (首页 > 政策法规 > 本局规范性文件), detail_info line (发布时间：2024-06-20 来源 字号), share/print, 相关链接 with two OTHER 文号 (汇发〔2023〕28号, 桂汇发〔2024〕6号), footer (ICP/公网安备). "
            "Body: 文号 centred as its own <p>, 主送 line, intro, 一、…五、 headings as <p><strong> (headings, not clauses), （一）（二） items restarting under each heading (13 body clauses). "
            "附件 is a <p>附件：</p> followed by an <ol> of three links whose numbers 1. 2. 3. are drawn by the browser (not in the text); the link texts end in .docx/.xlsx/.xls — attachments are the titles without extension. "
            "附件1 was saved into blind197_safe_gx_files/ (P020240620391558214906.docx) and its link points at the local copy: its 8 articles 第一条…第八条 are counted as clauses of THIS document (an analyst opens it); if the reader does not follow local links these 8 are missing (report it). "
            "落款 (right-aligned) 国家外汇管理局广西壮族自治区分局 / 2024年6月14日 comes AFTER the attachment list; （此件公开发布）. date = 2024-06-14 (落款), published = 2024-06-20 (page date). "
            "effective = 2024-07-01 (五、（二）), 有效期5年 → expires 2029-06-30. 每季度首月15日 is a deadline."
        ),
    }]
    # ---- (b) tax 解读
    tax_cl = [TAX_INTRO] + [tax_row(q, a) for q, a, _ in TAX_QA] + [TAX_CLOSE]
    out[TAX_STEM] = [{
        "meta": {
            "title": TAX_TITLE, "doc_number": None, "issuer": ["国家税务总局四川省税务局"],
            "date": "2024-09-05", "published": "2024-09-05", "level": "provincial", "region": "四川省",
            "effective": None, "expires": None, "attachments": [], "doc_type": "政策解读",
            "recipients": [], "publicity": None,
            "interprets": "%s（国家税务总局四川省税务局公告2024年第5号）" % TAX_GONGGAO,
        },
        "clauses": tax_cl,
        "applies_to": {
            "default": "四川省（中国（四川）自由贸易试验区）",
            "specific": {
                "row 2": "天府新区片区、青白江铁路港片区、川南临港片区；成都高新综合保税区、成都国际铁路港综合保税区、宜宾综合保税区、泸州综合保税区",
                "row 4": "青白江铁路港片区（成都市青白江区）",
                "row 5": "川南临港片区（泸州市）；泸州港、宜宾港",
                "row 6": "天府新区片区；成都市锦江区春熙路商圈",
                "row 7": "成都高新综合保税区、宜宾综合保税区",
                "row 8": "川南临港片区 (容缺办理 of row 5; 水铁联运)",
            },
            "note": "中欧班列（成渝） names 重庆 only as a route name — no 重庆 tag.",
        },
        "_note": (
            "Site furniture: banner, menu table, breadcrumb (首页 >> 政策文件 >> 政策解读), an 信息公开 box (索引号, 信息分类, 发布机构, 生成日期 2024-09-05, 文号 EMPTY, 主题词), art_info line, share/print, 相关文件 links (the 公告 with its number; another 解读), footer. "
            "doc_number must be null: 国家税务总局四川省税务局公告2024年第5号 is the number of the interpreted 公告 (cited in the intro and in 相关文件), not of this 解读. "
            "Body: intro paragraph; a 2-column <table> 问题 | 解答 — the first row is the header (not a clause), 9 question rows each one clause written 问题：…；解答：… (answers of rows 4 and 7 hold two <p>, row 8 one <p> with <br> sub-items （一）（二）（三） — all inside the same row clause, joined by a line break / nothing, whitespace not significant); closing 12366 paragraph. "
            "2024-10-01 (row 9) is the 公告's effective date, not the 解读's: effective = null (2024-10-01 tolerable low). No 落款 on the page: issuer from the site / 发布机构, date = page date."
        ),
    }]
    # ---- (c) 公示
    gs_cl = [GS_INTRO] + [gs_row(i + 1, r) for i, r in enumerate(GS_ROWS)] + [GS_PERIOD, GS_CONTACT]
    out[GS_STEM] = [{
        "meta": {
            "title": GS_TITLE, "doc_number": None, "issuer": ["湖南省商务厅"],
            "date": "2025-03-18", "published": "2025-03-18", "level": "provincial", "region": "湖南省",
            "effective": None, "expires": None, "attachments": [], "doc_type": "公示",
            "recipients": [], "publicity": None,
        },
        "clauses": gs_cl,
        "applies_to": {
            "default": "湖南省",
            "specific": {"序号%d" % (i + 1): r[3] + ("（长沙黄花综合保税区）" if i == 0 else "") for i, r in enumerate(GS_ROWS)},
            "note": "Each row applies in its 所在地区 (the enterprise's 市/区). The 公共海外仓 rows name a FOREIGN city in 项目名称 (越南胡志明市, 肯尼亚内罗毕, …) — the warehouse is abroad but the 认定 concerns the Hunan enterprise: tagging the foreign place alone is wrong, tagging it in addition tolerable. Row 16's 所在地区 comes from the rowspan cell of row 15 (岳阳市城陵矶新港区).",
        },
        "_note": (
            "Page is GBK-encoded (meta charset=gb2312). Furniture: top bar (今天是：2025年3月19日 — not a document date), logo, search, nav, breadcrumb, date line (发布时间：2025-03-18 10:32 信息来源：电子商务处), share/print, 上一篇/下一篇/相关链接 (other titles, one with 湘商贸函〔2025〕21号), footer. "
            "No 文号: 湘商电商函〔2025〕6号 in the intro is the number of the earlier 认定 notice. "
            "The 名单 caption <p> (2025年度…拟认定名单) is a heading, not a clause. The list is split into TWO <table>s (rows 1–13 and 14–22), the second repeating the header row 序号/类别/申报单位/项目名称/所在地区 — the repeated header must not become a row clause, numbering continues 14…22. In table 2 the 所在地区 cell of row 15 has rowspan=2 (row 16 has only 4 cells): row 16 must keep 所在地区 = 岳阳市城陵矶新港区 and must not shift its columns. "
            "After the tables: 公示期 paragraph (2025-03-18…2025-03-24 is the 公示期, not effective/expires) and 联系人 line (a clause; as furniture tolerable low), then right-aligned 落款 湖南省商务厅 / 2025年3月18日."
        ),
    }]
    # ---- (d) 西安 <pre>
    xa_cl = [XA_NOTICE, XA_INTRO] + [it for _, items in XA_SECTIONS for it in items]
    out[XA_STEM] = [{
        "meta": {
            "title": XA_TITLE, "doc_number": XA_NUM, "issuer": ["西安市人民政府"],
            "date": "2024-05-20", "published": "2024-05-22", "level": "municipal", "region": "陕西省西安市",
            "effective": "2024-06-01", "expires": "2026-12-31", "attachments": [XA_MEAS],
            "doc_type": "通知（印发若干措施）",
            "recipients": ["各区、县人民政府", "西咸新区、各开发区管委会", "市人民政府各工作部门、各直属机构"],
            "publicity": "此件公开发布",
        },
        "clauses": xa_cl,
        "applies_to": {
            "default": "陕西省西安市",
            "specific": {
                "1．": "西安国际港务区",
                "2．": "西咸新区空港新城",
                "3．": "西安国际港务区、西咸新区空港新城",
                "6．": "西安高新综合保税区、西安综合保税区",
                "7．": "西安国际港务区、西安经济技术开发区",
                "8．": "临潼区、鄠邑区、高陵区",
                "9．": "中国（陕西）自由贸易试验区中心片区、西安国际港务区片区",
                "10．": "西安高新区",
                "11．": "西咸新区沣东新城",
                "14．": "阎良区、西安航空基地",
            },
            "note": "中亚/西亚/东南亚/欧洲/共建“一带一路”国家 (1, 2, 4, 11, 14) do not move a clause abroad. 17． lists the 开发区 only for who pays — city-wide (tagging them tolerable low). 西安咸阳国际机场 (3．) is physically in 西咸新区 — fine either way.",
        },
        "_note": (
            "Page furniture: top bar, logo, nav, breadcrumb (首页 > 政务公开 > 政策文件 > 市政府文件), 信息公开 table (索引号, 主题分类, 发文机关, 成文日期 2024年05月20日, 标题, 发文字号 市政发〔2024〕9号, 发布日期 2024年05月27日, 有效性), <h1> title, info line, share/print, 相关解读 / 相关文件 (another 文号 市政发〔2023〕21号), footer. "
            "The whole document is ONE <pre> (plain text): 文号 and the 2-line title centred with typed full-width spaces (title joins with no space: …共建 / “一带一路”…), 主送, the notice paragraph, 落款 西安市人民政府 / 2024年5月20日 pushed right with full-width spaces (not a clause), （此件公开发布）, the 若干措施 title in 2 centred lines (heading; also the attachment title), intro, headings 一、…五、 on their own lines (headings, not clauses), measures 1．…18．numbered continuously across headings, each one clause. "
            "Every paragraph is HARD-WRAPPED at 38 characters: the first line starts with two full-width spaces, the continuation lines start at column 0 and may begin with anything (digits, “, 、). Lines must be re-joined without spaces; a continuation line must not start a new clause. "
            "版记 between box-drawing rules (────): 抄送 line (itself wrapped) and 西安市人民政府办公厅 … 2024年5月22日印发 → published = 2024-05-22 (印发; the page date 2024-05-27 tolerable). date = 2024-05-20. effective 2024-06-01, expires 2026-12-31 (18．). No 附件说明 (the 若干措施 is named in the title)."
        ),
    }]
    return out


def main():
    files = [build_safe(), build_tax(), build_gongshi(), build_xa()]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
