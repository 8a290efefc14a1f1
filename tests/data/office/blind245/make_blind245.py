# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test files, round 245: how offices explain policy to the public.

Writes next to itself:
  blind245_guangdong_jiedu.html   广东省商务厅 政策解读 page (saved from the browser)
  blind245_hainan_wenda.docx/.pdf 海南省商务厅 政策问答 (30 items, one with a merged-cell table)
  blind245_xiamen_faq.html        厦门市 12345 知识库 常见问题 page (<dl> list + accordion)
  blind245_yunnan_fabuhui.docx/.pdf 云南省政府新闻办 新闻发布会 文字实录
  expected.json                   the answer key

Run:  . /work/venv/bin/activate && python make_blind245.py
All names, numbers and 文号 are fictional.
"""
import html
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED = {}


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
SONG = '宋体'


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn('w:rFonts'))
    if rfonts is None:
        rfonts = OxmlElement('w:rFonts')
        rpr.insert(0, rfonts)
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs'):
        rfonts.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


class Writer:
    def __init__(self, size=16, line=28):
        self.doc = Document()
        self.size = size
        self.line = line
        st = self.doc.styles['Normal']
        st.font.name = FS
        st.font.size = Pt(size)
        st.element.rPr.rFonts.set(qn('w:eastAsia'), FS)
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
        sec.left_margin, sec.right_margin = Mm(28), Mm(26)
        sec.footer_distance = Mm(20)
        self.doc.settings.odd_and_even_pages_header_footer = True
        self.page_numbers(sec)

    def page_numbers(self, sec):
        # GB/T 9704: 4号半角宋体, “— N —”, odd pages right, even pages left,
        # one character in from the edge.
        for footer, align in ((sec.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                              (sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
            footer.is_linked_to_previous = False
            p = footer.paragraphs[0]
            p.alignment = align
            if align == WD_ALIGN_PARAGRAPH.RIGHT:
                p.paragraph_format.right_indent = Pt(14)
            else:
                p.paragraph_format.left_indent = Pt(14)
            set_font(p.add_run('— '), SONG, 14)
            fld = OxmlElement('w:fldSimple')
            fld.set(qn('w:instr'), 'PAGE')
            r = OxmlElement('w:r')
            rpr = OxmlElement('w:rPr')
            rf = OxmlElement('w:rFonts')
            rf.set(qn('w:ascii'), SONG)
            rf.set(qn('w:hAnsi'), SONG)
            rpr.append(rf)
            sz = OxmlElement('w:sz')
            sz.set(qn('w:val'), '28')
            rpr.append(sz)
            r.append(rpr)
            t = OxmlElement('w:t')
            t.text = '1'
            r.append(t)
            fld.append(r)
            p._p.append(fld)
            set_font(p.add_run(' —'), SONG, 14)

    def para(self, runs, align=None, indent=True, size=None, line=None,
             before=0, after=0, page_break_before=False, keep_next=False):
        """runs: list of (text, font, bold) or '\n' for a soft line break."""
        size = size or self.size
        p = self.doc.add_paragraph()
        pf = p.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line or self.line)
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if keep_next:
            pf.keep_with_next = True
        if indent:
            pf.first_line_indent = Pt(size * 2)
        if align is not None:
            p.alignment = align
        if page_break_before:
            r = p.add_run()
            r.add_break(WD_BREAK.PAGE)
        for item in runs:
            if item == '\n':
                p.add_run().add_break()
                continue
            text, font, bold = item
            set_font(p.add_run(text), font, size, bold)
        return p

    def blank(self, n=1):
        for _ in range(n):
            self.para([('', FS, False)], indent=False)

    def save(self, name):
        self.doc.save(out(name))


def to_pdf(docx_name):
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo_245',
                    '--convert-to', 'pdf', '--outdir', HERE, out(docx_name)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ====================================================================
# (1) 广东省商务厅 政策解读 page
# ====================================================================
GD_TITLE = '《广东省推动跨境电子商务高质量发展若干措施》政策解读'

# (heading, [paragraphs]); a paragraph is (bold run-in, rest, leading full-width spaces?)
GD_SECTIONS = [
    ('一、出台背景', [
        ('', '跨境电子商务是发展速度最快、潜力最大、带动作用最强的外贸新业态。近年来，我省跨境电商规模持续扩大、生态不断完善，全省21个地级以上市均已设立跨境电子商务综合试验区，跨境电商进出口规模连续多年位居全国前列，成为稳外贸、促消费、扩开放的重要力量。', True),
        ('', '当前，国际市场需求波动、海外合规要求趋严，我省跨境电商发展还存在品牌出海能力不强、海外仓布局不均衡、专业人才短缺等问题。为贯彻落实国务院办公厅关于推动外贸稳规模优结构的部署要求，高质量共建“一带一路”，巩固提升我省跨境电商竞争优势，省商务厅会同广州海关、深圳海关、省财政厅、省税务局等单位研究起草了《广东省推动跨境电子商务高质量发展若干措施》（以下简称《若干措施》），经省人民政府同意，由省政府办公厅于2024年8月30日以粤府办〔2024〕19号文印发。', True),
    ]),
    ('二、主要内容', [
        ('', '《若干措施》共6个方面20条，主要内容如下：', False),
        ('（一）培育壮大经营主体（第1—4条）。', '支持传统外贸企业、生产制造企业运用跨境电商开拓国际市场，培育一批年进出口额超10亿元的跨境电商龙头企业和具有国际影响力的自主品牌；对首次纳入跨境电商统计且年度进出口额达到一定规模的企业，由各地级以上市结合实际给予支持。', False),
        ('（二）完善海外仓和国际物流体系（第5—8条）。', '支持企业在“一带一路”共建国家和《区域全面经济伙伴关系协定》（RCEP）成员国布局建设公共海外仓，对经认定的省级公共海外仓，按不超过项目实际投资额30%的比例给予支持，单个项目最高不超过500万元；鼓励开行跨境电商专列、包机，稳定中欧班列（粤港澳大湾区）跨境电商运力。', False),
        ('（三）建设国际枢纽城市（第9条）。', '支持广州、深圳建设跨境电商国际枢纽城市，加快建设国际邮件、快件和跨境电商货物集散中心，对两市新开通的跨境电商全货机航线给予运营补助。', False),
        ('（四）发挥自贸试验区和综合保税区平台作用（第10—13条）。', '支持中国（广东）自由贸易试验区广州南沙新区片区、深圳前海蛇口片区、珠海横琴新区片区开展跨境电商零售进口退货中心仓模式试点，探索开展跨境电商零售进口药品和医疗器械业务；支持广州白云机场综合保税区、深圳前海综合保税区拓展“跨境电商+保税维修”“跨境电商+保税展示交易”业务。', False),
        ('（五）提升通关和税收便利化水平（第14—17条）。', '推广跨境电商B2B出口（9710、9810）监管模式，全面推行“提前申报”“两段准入”等便利措施；落实跨境电商综试区零售出口货物“无票免税”和企业所得税核定征收政策，优化出口退税办理流程，正常出口退税平均办理时间压缩至3个工作日以内。', False),
        ('（六）强化要素支撑（第18—20条）。', '加大省级促进外贸发展专项资金对跨境电商的支持力度，引导金融机构开发“跨境电商贷”等专属产品，支持高等院校和职业院校开设跨境电商相关专业，对符合条件的跨境电商人才按规定落实人才政策。', False),
    ]),
    ('三、政策亮点', [
        ('一是突出“一带一路”市场拓展。', '《若干措施》将“一带一路”共建国家和RCEP成员国作为海外仓布局和品牌出海的重点方向，引导企业从“卖货”向“建渠道、创品牌”转变。', True),
        ('二是突出全链条支持。', '围绕主体培育、物流仓储、通关退税、金融服务、人才保障等跨境电商全链条环节，系统提出支持措施，增强政策的集成性和可操作性。', True),
        ('三是突出平台载体作用。', '充分发挥自贸试验区、综合保税区、跨境电商综试区等开放平台先行先试作用，推动改革试点经验在全省复制推广。', True),
    ]),
    ('四、实施时间', [
        ('', '《若干措施》自2024年9月1日起施行，有效期至2026年12月31日。《广东省人民政府办公厅关于推进跨境电子商务健康发展的实施意见》（粤府办〔2018〕12号）同时废止。各地级以上市可结合实际制定具体实施细则。', False),
    ]),
    ('五、政策咨询', [
        # soft line break (<br>) inside one paragraph
        ('', '政策咨询单位：广东省商务厅电子商务处，联系电话：020-38819372，传真：020-38819380。<br>各地级以上市商务主管部门负责本地区的政策咨询和申报指导工作。', False),
    ]),
]

GD_SPECIFIC = {
    '（三）建设国际枢纽城市（第9条）。支持广州、深圳': ['广州市', '深圳市'],
    '（四）发挥自贸试验区和综合保税区平台作用': ['广州南沙新区片区', '深圳前海蛇口片区', '珠海横琴新区片区',
                                 '广州白云机场综合保税区', '深圳前海综合保税区'],
}


def make_guangdong():
    body = []
    clauses = []
    for head, paras in GD_SECTIONS:
        body.append('<p style="text-indent:2em;"><strong>%s</strong></p>' % head)
        for runin, rest, spaces in paras:
            lead = '\u3000\u3000' if spaces else ''
            if runin:
                body.append('<p style="text-indent:2em;">%s<strong>%s</strong>%s</p>'
                            % (lead, runin, rest))
            else:
                body.append('<p style="text-indent:2em;">%s%s</p>' % (lead, rest))
            clauses.append((runin + rest).replace('<br>', '\n'))
    page = '''<!DOCTYPE html>
<!-- saved from url=(0068)https://com.gd.gov.cn/zwgk/zcjd/content/post_4486127.html -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="广东省商务厅">
<meta name="SiteDomain" content="com.gd.gov.cn">
<meta name="SiteIDCode" content="4400000092">
<meta name="ColumnName" content="政策解读">
<meta name="ColumnType" content="政策解读">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2024-09-12 10:35">
<meta name="ContentSource" content="广东省商务厅">
<meta name="Keywords" content="跨境电商,若干措施,政策解读">
<title>{title}-广东省商务厅</title>
<link rel="stylesheet" href="./post_4486127_files/common.css">
<link rel="stylesheet" href="./post_4486127_files/article.css">
<script src="./post_4486127_files/jquery.min.js"></script>
<script>
var _hmt = _hmt || [];
var articleTitle = "{title}";
var shareDesc = "广东省商务厅政策解读";
function changeSize(s) {{ document.getElementById("zoom").style.fontSize = s + "px"; }}
</script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span>欢迎访问广东省商务厅网站！</span>
<a href="https://com.gd.gov.cn/">无障碍浏览</a> | <a href="https://com.gd.gov.cn/">长者模式</a> | <a href="https://com.gd.gov.cn/">English</a></div></div>
<div class="header"><div class="w1200">
<div class="logo"><img src="./post_4486127_files/logo.png" alt="广东省商务厅 Department of Commerce of Guangdong Province"></div>
<div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div>
</div></div>
<div class="nav"><ul>
<li><a href="https://com.gd.gov.cn/">首页</a></li>
<li><a href="https://com.gd.gov.cn/jggk/">机构概况</a></li>
<li class="on"><a href="https://com.gd.gov.cn/zwgk/">政务公开</a></li>
<li><a href="https://com.gd.gov.cn/zwfw/">政务服务</a></li>
<li><a href="https://com.gd.gov.cn/hdjl/">互动交流</a></li>
<li><a href="https://com.gd.gov.cn/ztzl/">专题专栏</a></li>
</ul></div>
<div class="w1200 main">
<div class="position">当前位置：<a href="https://com.gd.gov.cn/">首页</a> &gt; <a href="https://com.gd.gov.cn/zwgk/">政务公开</a> &gt; <a href="https://com.gd.gov.cn/zwgk/zcjd/">政策解读</a></div>
<div class="info-table">
<table class="xxgk" cellspacing="0" cellpadding="0">
<tbody>
<tr><td class="t1">索引号：</td><td>006939748/2024-00215</td><td class="t1">分类：</td><td>政策解读</td></tr>
<tr><td class="t1">发布机构：</td><td>广东省商务厅</td><td class="t1">成文日期：</td><td>2024-09-10</td></tr>
<tr><td class="t1">名称：</td><td colspan="3">{title}</td></tr>
<tr><td class="t1">文号：</td><td></td><td class="t1">发布日期：</td><td>2024-09-12</td></tr>
<tr><td class="t1">公开方式：</td><td>主动公开</td><td class="t1">主题词：</td><td>跨境电商；政策解读</td></tr>
</tbody></table>
</div>
<div class="article">
<h1 class="article-title">{title}</h1>
<div class="article-attr">发布时间：2024-09-12 10:35:21　来源：本网　<span class="font-size">【字体：<a href="javascript:changeSize(20)">大</a> <a href="javascript:changeSize(16)">中</a> <a href="javascript:changeSize(14)">小</a>】</span>　<a href="javascript:window.print()">【打印】</a></div>
<div class="share" style="display:none">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
<div class="article-content" id="zoom">
{body}
</div>
<div class="related">
<p><strong>相关链接：</strong></p>
<ul>
<li><a href="https://com.gd.gov.cn/zwgk/zcfg/content/post_4485019.html">广东省人民政府办公厅关于印发广东省推动跨境电子商务高质量发展若干措施的通知（粤府办〔2024〕19号）</a></li>
<li><a href="https://com.gd.gov.cn/zwgk/zcjd/content/post_4486130.html">图解：一图读懂《广东省推动跨境电子商务高质量发展若干措施》</a></li>
</ul>
</div>
<div class="article-foot"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="qrcode"><img src="./post_4486127_files/qrcode.png" alt=""><p>扫一扫在手机打开当前页</p></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="https://com.gd.gov.cn/">网站地图</a> | <a href="https://com.gd.gov.cn/">联系我们</a> | <a href="https://com.gd.gov.cn/">隐私声明</a></p>
<p>主办单位：广东省商务厅　地址：广州市天河区天河路351号　邮编：510620</p>
<p>网站标识码：4400000092　粤ICP备05070829号　粤公网安备 44010602000152号</p>
</div></div>
</body></html>
'''.format(title=GD_TITLE, body='\n'.join(body))
    with open(out('blind245_guangdong_jiedu.html'), 'w', encoding='utf-8') as f:
        f.write(page)
    EXPECTED['blind245_guangdong_jiedu'] = [{
        'meta': {
            'title': GD_TITLE,
            'doc_number': None,
            'issuer': ['广东省商务厅'],
            'date': '2024-09-10',
            'published': '2024-09-12',
            'level': 'provincial',
            'region': '广东省',
            'effective': None,
            'expires': None,
            'attachments': [],
            'doc_type': '政策解读',
            'recipients': [],
            'publicity': '主动公开',
            'repeals': None,
        },
        'clauses': clauses,
        'applies_to': {'specific': GD_SPECIFIC},
    }]


# ====================================================================
# (2) 海南省商务厅 政策问答 (.docx + .pdf)
# ====================================================================
HN_TITLE_LINES = ['海南自由贸易港跨境电子商务', '与口岸通关政策问答']
HN_INTRO = ('为帮助市场主体准确理解和用好海南自由贸易港跨境电子商务、口岸通关等相关政策，'
            '省商务厅会同海口海关、国家税务总局海南省税务局，梳理了企业和群众关注度较高的30个问题，'
            '形成本问答，供参考。')
HN_TABLE = {
    'after': 2,
    'header': ['类别', '项目', '标准'],
    'rows': [
        ['交易限值', '单次交易限值', '人民币5000元'],
        ['交易限值', '年度交易限值', '人民币26000元'],
        ['限值以内税收', '关税', '税率暂设为0%'],
        ['限值以内税收', '进口环节增值税、消费税', '取消免征税额，暂按法定应纳税额的70%征收'],
    ],
}
# item: (question, [answer paragraphs]); an answer paragraph that is a list is written
# as one Word paragraph with soft line breaks between its parts.
HN_SECTIONS = [
    ('一、跨境电商零售进出口', [
        ('什么是跨境电子商务零售进口？有哪些模式？',
         ['跨境电子商务零售进口是指中国境内消费者通过跨境电商第三方平台经营者自境外购买商品，并通过“网购保税进口”（海关监管方式代码1210）或“直购进口”（海关监管方式代码9610）运递进境的消费行为。']),
        ('个人购买跨境电商零售进口商品有什么限额？税款如何征收？',
         ['根据现行跨境电商零售进口税收政策，个人购买跨境电商零售进口商品的交易限值和税收标准如下：']),
        ('完税价格超过单次交易限值的商品还能通过跨境电商渠道购买吗？',
         ['完税价格超过5000元单次交易限值但低于26000元年度交易限值，且订单下仅一件商品时，可以自跨境电商零售渠道进口，按照货物税率全额征收关税和进口环节增值税、消费税，交易额计入年度交易总额。']),
        ('消费者如何查询本人的跨境电商年度交易额度？',
         ['消费者可登录“中国国际贸易单一窗口”网站或手机应用，进入“跨境电商个人年度额度查询”栏目，经身份验证后查询本人当年已使用额度和剩余额度。']),
        ('跨境电商零售进口商品能否再次销售？',
         ['不能。跨境电商零售进口商品仅限个人自用，已购买的商品不得进入国内市场再次销售。对违反规定再次销售的，由海关、市场监管等部门依法处理。']),
        ('跨境电商零售进口商品如何办理退货？',
         [['在跨境电商零售进口模式下，跨境电商企业境内代理人或其委托的报关企业可向海关申请开展退货业务。',
           '退货商品应当在跨境电商零售进口商品放行之日起30日内原状运抵原监管作业场所，相应税款不予征收，并调整个人年度交易累计金额。']]),
        ('跨境电商B2B出口有哪些海关监管方式？',
         ['目前主要有两种：一是“跨境电商B2B直接出口”，监管方式代码9710，适用于境内企业通过跨境电商平台与境外企业达成交易后直接出口的货物；二是“跨境电商出口海外仓”，监管方式代码9810，适用于境内企业将出口货物通过跨境物流送达海外仓，再通过跨境电商平台实现交易后从海外仓送达购买者的货物。']),
        ('开展跨境电商出口海外仓业务需要办理哪些手续？',
         ['开展9810业务的境内企业应当依法办理海关报关单位备案，并通过“中国国际贸易单一窗口”或“互联网+海关”提交海外仓业务模式备案，上传海外仓所有权或租赁文件等材料。']),
        ('跨境电商零售出口可以享受哪些税收政策？',
         ['主要有两项：',
          '（1）对跨境电商综试区内的电子商务出口企业出口未取得有效进货凭证的货物，符合规定条件的，试行增值税、消费税免税政策，即“无票免税”；',
          '（2）对综试区内符合条件的跨境电商零售出口企业，试行核定征收企业所得税办法，应税所得率统一按照4%确定。']),
    ]),
    ('二、海南自由贸易港特殊政策', [
        ('“零关税”原辅料政策适用于哪些企业？',
         ['在海南自由贸易港注册登记并具有独立法人资格的企业，进口用于生产自用、以“两头在外”模式进行生产加工活动或以“两头在外”模式进行服务贸易过程中所消耗的原辅料，按规定免征进口关税、进口环节增值税和消费税。具体商品范围以“零关税”原辅料正面清单为准。']),
        ('加工增值免征进口关税政策在哪些区域适用？',
         ['对鼓励类产业企业生产的不含进口料件或者含进口料件在海南自由贸易港加工增值达到或超过30%的货物，经“二线”进入内地免征进口关税，照章征收进口环节增值税、消费税。',
          '目前，该政策在洋浦保税港区、海口综合保税区、海口空港综合保税区内实施。']),
        ('加工增值比例如何计算？',
         ['加工增值比例＝（货物内销价格－境外进口料件价格－境内采购料件价格）÷境外进口料件价格×100%。其中，境内采购料件中含有的进口料件价格，应当计入境外进口料件价格。']),
        ('跨境电商企业能否享受海南自由贸易港15%企业所得税优惠？',
         ['对注册在海南自由贸易港并实质性运营的鼓励类产业企业，减按15%的税率征收企业所得税。跨境电商企业主营业务属于《海南自由贸易港鼓励类产业目录》范围、且主营业务收入占企业收入总额60%以上的，可以享受该项优惠。']),
        ('全岛封关运作后，货物进出岛将如何监管？',
         ['全岛封关运作后，海南自由贸易港将实行“一线放开、二线管住、岛内自由”的货物进出境管理制度。具体监管办法以海关总署届时发布的规定为准。']),
        ('离岛免税购物与跨境电商零售进口有什么区别？',
         ['离岛免税购物的对象是年满16周岁、乘飞机、火车、轮船离岛（不包括离境）的旅客，在离岛免税店购物，免征进口关税和进口环节增值税、消费税；跨境电商零售进口的对象是境内消费者，通过跨境电商平台购买境外商品，按照跨境电商零售进口税收政策纳税。两者适用的政策、额度和监管方式均不相同。']),
        ('离岛免税购物的额度是多少？',
         ['离岛旅客每年每人免税购物额度为10万元人民币，不限次数。']),
        ('离岛旅客有哪些提货方式？',
         ['离岛旅客可选择“离岛提货”“邮寄送达”“返岛提取”等方式提货；对单价超过一定金额的商品，可按规定选择“担保即提”或“即购即提”。']),
        ('三亚市对跨境电商企业有哪些支持政策？',
         ['根据《三亚市促进跨境电子商务发展扶持办法》，在三亚市注册并开展跨境电商业务的企业，年度跨境电商进出口额首次达到1亿元的，给予一次性奖励50万元；租用三亚市跨境电商产业园办公用房的，前三年按租金的50%给予补贴。']),
    ]),
    ('三、口岸通关便利', [
        ('海南有哪些对外开放口岸？',
         ['目前，海南已有海口、三亚、洋浦、八所、清澜等水运口岸和海口美兰、三亚凤凰、琼海博鳌等航空口岸对外开放，基本形成覆盖全岛、水空并举的口岸开放格局。']),
        ('什么是“提前申报”和“两步申报”？',
         ['“提前申报”是指企业在舱单电子数据传输后、货物运抵海关监管作业场所前向海关申报，货物运抵后即可办理查验、放行手续。',
          '“两步申报”是指企业先凭提单信息完成“概要申报”，经海关同意即可提离货物，再在规定时间内完成“完整申报”。']),
        ('企业如何办理“船边直提”和“抵港直装”？',
         ['企业可在货物抵港前通过“中国国际贸易单一窗口”提出申请，经海关同意后，进口货物在船边直接提离，出口货物运抵港区后直接装船。目前该模式已在洋浦港、海口港实施。']),
        ('国际航行船舶进出海南口岸可享受哪些便利？',
         ['国际航行船舶可通过“中国国际贸易单一窗口”一次性申报进出境手续，实行“一单多报、信息共享”；对符合条件的船舶，可申请“先放行后查验”。']),
        ('外国人入境海南可以免签吗？',
         ['来自59个国家的人员持普通护照，可经海南对外开放口岸免签入境，在海南停留时间不超过30天。具体国家名单和办理要求以国家移民管理局公布的规定为准。']),
        ('企业如何使用“中国国际贸易单一窗口”？',
         ['企业可登录“中国国际贸易单一窗口”海南地方平台注册账号，一次性办理报关、报检、船舶申报、许可证件申领、税费支付等业务，并可查询通关状态。']),
        ('口岸收费目录清单在哪里查询？',
         ['海南口岸收费目录清单在海南省商务厅门户网站和“中国国际贸易单一窗口”海南地方平台公示，企业可随时查询。清单之外不得收费。']),
    ]),
    ('四、资金支持与咨询服务', [
        ('省级对跨境电商企业有哪些资金支持？',
         ['根据《海南省促进跨境电子商务发展若干措施》（琼商务规〔2023〕5号），省级商务发展专项资金对跨境电商企业的支持主要包括：',
          '（1）对年度跨境电商进出口额首次超过1亿元、5亿元、10亿元的企业，分别给予一次性奖励50万元、100万元、200万元；',
          '（2）对经认定的公共海外仓，按不超过实际投资额的30%给予补助，单个项目最高300万元；',
          '（3）对跨境电商企业开行国际货运航线、海运航线，按规定给予运营补贴。']),
        ('公共海外仓认定需要满足哪些条件？',
         ['申请认定的公共海外仓应当同时满足以下条件：（1）申报主体在海南自由贸易港注册，且具有独立法人资格；（2）海外仓面积不少于3000平方米，且为不少于10家企业提供服务；（3）具备信息化管理系统，能与跨境电商平台、物流企业实现数据对接。']),
        ('如何申报省级跨境电商专项资金？',
         ['企业应按照省商务厅发布的年度申报通知要求，通过“海南省商务专项资金管理系统”在线申报，同时向注册地市县商务主管部门报送纸质材料。',
          '市县商务主管部门对申报材料进行初审后报省商务厅，省商务厅会同省财政厅组织专家评审，评审结果在省商务厅网站公示不少于5个工作日。']),
        ('对跨境电商人才有哪些支持政策？',
         ['符合条件的跨境电商人才可按规定申请认定海南自由贸易港高层次人才，享受住房、子女入学、医疗保障等服务；对在海南工作的跨境电商高端紧缺人才，其个人所得税实际税负超过15%的部分予以免征。']),
        ('遇到政策问题可以咨询哪些部门？',
         ['跨境电商扶持政策可咨询省商务厅电子商务和口岸处，联系电话：0898-65203167；通关政策可拨打海关12360服务热线；税收政策可拨打12366纳税服务热线。']),
    ]),
]
HN_NOTE = '本问答仅供参考。如有政策调整，以最新发布的政策文件为准。'
HN_SPECIFIC = {
    '11.问：加工增值免征进口关税政策在哪些区域适用？': ['洋浦保税港区', '海口综合保税区', '海口空港综合保税区'],
    '18.问：三亚市对跨境电商企业有哪些支持政策？': ['三亚市'],
}


def make_hainan():
    w = Writer(size=14, line=21)
    doc = w.doc
    for i, line in enumerate(HN_TITLE_LINES):
        w.para([(line, XBS, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
               size=22, line=33, before=0)
    w.blank()
    w.para([(HN_INTRO, FS, False)])
    clauses = [HN_INTRO]
    n = 0
    for s_i, (head, items) in enumerate(HN_SECTIONS):
        w.para([(head, HT, False)], keep_next=True, page_break_before=(s_i == 1))
        for q, answer in items:
            n += 1
            w.para([('%d.问：%s' % (n, q), KT, True)], keep_next=True)
            parts = []
            for j, a in enumerate(answer):
                runs = [('答：', HT, False)] if j == 0 else []
                if isinstance(a, list):
                    for k, seg in enumerate(a):
                        if k:
                            runs.append('\n')
                        runs.append((seg, FS, False))
                    parts.extend(a)
                else:
                    runs.append((a, FS, False))
                    parts.append(a)
                w.para(runs)
            parts[0] = '答：' + parts[0]
            clauses.append('%d.问：%s\n' % (n, q) + '\n'.join(parts))
            if n == HN_TABLE['after']:
                tbl = doc.add_table(rows=1 + len(HN_TABLE['rows']), cols=3)
                tbl.style = 'Table Grid'
                tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
                widths = [Mm(30), Mm(50), Mm(70)]
                for c, h in enumerate(HN_TABLE['header']):
                    cell = tbl.cell(0, c)
                    cell.width = widths[c]
                    cp = cell.paragraphs[0]
                    cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    set_font(cp.add_run(h), HT, 12)
                for r, row in enumerate(HN_TABLE['rows'], start=1):
                    for c, v in enumerate(row):
                        tbl.cell(r, c).width = widths[c]
                        if c == 0 and r % 2 == 0:
                            continue  # merged below
                        cp = tbl.cell(r, c).paragraphs[0]
                        cp.alignment = WD_ALIGN_PARAGRAPH.CENTER if c == 0 else WD_ALIGN_PARAGRAPH.LEFT
                        set_font(cp.add_run(v), FS, 12)
                tbl.cell(1, 0).merge(tbl.cell(2, 0))
                tbl.cell(3, 0).merge(tbl.cell(4, 0))
                for row in HN_TABLE['rows']:
                    clauses.append('；'.join('%s：%s' % (h, v) for h, v in zip(HN_TABLE['header'], row)))
    w.para([(HN_NOTE, KT, False)], before=6)
    clauses.append(HN_NOTE)
    w.blank(2)
    w.para([('海南省商务厅', FS, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(56)
    w.para([('2024年10月15日', FS, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(42)
    assert n == 30, n
    w.save('blind245_hainan_wenda.docx')
    to_pdf('blind245_hainan_wenda.docx')
    EXPECTED['blind245_hainan_wenda'] = [{
        'meta': {
            'title': ''.join(HN_TITLE_LINES),
            'doc_number': None,
            'issuer': ['海南省商务厅'],
            'date': '2024-10-15',
            'published': None,
            'level': 'provincial',
            'region': '海南省',
            'effective': None,
            'expires': None,
            'attachments': [],
            'doc_type': '问答',
            'recipients': [],
            'publicity': None,
            'repeals': None,
        },
        'clauses': clauses,
        'applies_to': {'specific': HN_SPECIFIC},
    }]


# ====================================================================
# (3) 厦门市 12345 知识库 常见问题 page
# ====================================================================
XM_TITLE = '跨境电商及口岸通关常见问题解答'
XM_LEAD = '以下问答根据企业和群众来电、来信中反映较多的问题整理，供参考。具体以相关政策文件规定为准。'
# answer: list of paragraphs; ('ul', [items]) for a bullet list
XM_GROUPS = [
    ('一、跨境电商', 'dl', [
        ('在厦门可以在哪些区域开展跨境电商网购保税进口（1210）业务？',
         ['根据海关监管要求，跨境电商网购保税进口（1210）业务应当在海关特殊监管区域或保税物流中心（B型）内开展。目前，我市可开展该业务的区域为厦门象屿综合保税区和厦门海沧港综合保税区，企业需在区内设立或租用符合海关监管要求的仓储设施。']),
        ('我市对跨境电商企业有哪些扶持政策？',
         ['根据《厦门市促进跨境电子商务高质量发展若干措施》（厦商务规〔2023〕4号），市级财政对跨境电商企业的扶持主要包括：',
          '（1）对年度跨境电商进出口额首次突破5000万元、1亿元、5亿元的企业，分别给予一次性奖励30万元、50万元、100万元；',
          '（2）对企业新建或租用的海外仓，经认定后按不超过实际投资额或年租金的20%给予补助，单个企业每年最高200万元；',
          '（3）对跨境电商企业参加市商务局组织的境外展会，按展位费的70%给予补助。']),
        ('扶持资金如何申报？',
         ['企业可登录“厦门市商务专项资金管理系统”在线申报，申报时间以市商务局每年发布的申报通知为准。申报材料主要包括：',
          ('ul', ['企业营业执照及法定代表人身份证明；',
                  '海关出具的跨境电商进出口数据或第三方平台交易数据；',
                  '相关费用支付凭证及专项审计报告。'])]),
        ('跨境电商B2B出口货物能否办理出口退税？',
         ['可以。以跨境电商B2B直接出口（9710）、跨境电商出口海外仓（9810）方式出口的货物，符合出口退（免）税条件的，企业可按规定向主管税务机关申报办理出口退（免）税。目前，我市正常出口退税平均办理时间已压缩至3个工作日以内。']),
        ('在厦门自贸片区注册的跨境电商企业可以享受哪些特别政策？',
         ['在中国（福建）自由贸易试验区厦门片区内注册的跨境电商企业，除享受全市普惠政策外，还可按规定享受片区产业扶持政策：对新引进的跨境电商平台企业，片区管委会按其年度平台交易额给予最高500万元的落户奖励；对入驻片区跨境电商产业园的企业，前两年给予办公用房租金全额补贴。']),
        ('台湾地区商品能否通过海运快件方式进口到厦门？',
         ['可以。厦门东渡港区已开通对台海运快件通道，台湾地区商品可通过海运快件方式经厦门口岸进口，适用快件通关监管规定。个人物品类快件按照进境物品有关规定办理。']),
    ]),
    ('二、口岸通关', 'accordion', [
        ('进口货物如何办理“提前申报”？',
         ['进口货物的收发货人、受委托的报关企业可以在舱单电子数据传输以后、货物运抵海关监管作业场所前3日内，向海关提前申报。提前申报的货物运抵后，经海关审核无需查验的，即可办理放行手续。']),
        ('货物被海关布控查验，企业能否预约查验时间？',
         ['可以。企业可通过“厦门国际贸易单一窗口”或“互联网+海关”一体化平台在线提交查验预约，选择查验时间段；对鲜活易腐商品，海关优先安排查验。']),
        ('旅客从境外携带个人物品入境，免税额度是多少？',
         ['进境居民旅客携带在境外获取的个人自用进境物品，总值在5000元人民币以内（含5000元）的；非居民旅客携带拟留在境内的个人自用进境物品，总值在2000元人民币以内（含2000元）的，海关予以免税放行，单一品种限自用、合理数量。',
          '超出上述额度的，海关仅对超出部分的个人自用进境物品征税；对不可分割的单件物品，全额征税。']),
        ('企业遇到通关问题或对政策有疑问，可以通过什么渠道咨询？',
         ['企业可拨打厦门市12345政务服务便民热线，或拨打海关12360服务热线咨询；也可通过“厦门国际贸易单一窗口”在线客服反映问题。涉及跨境电商扶持政策的，可咨询市商务局电子商务处，电话：0592-2851736。']),
    ]),
]
XM_SPECIFIC = {
    '1.问：在厦门可以在哪些区域开展跨境电商网购保税进口': ['厦门象屿综合保税区', '厦门海沧港综合保税区'],
    '5.问：在厦门自贸片区注册的跨境电商企业': ['中国（福建）自由贸易试验区厦门片区'],
}


def make_xiamen():
    blocks = []
    clauses = [XM_LEAD]
    n = 0
    for head, kind, items in XM_GROUPS:
        blocks.append('<h3 class="faq-group">%s</h3>' % head)
        if kind == 'dl':
            blocks.append('<dl class="faq-list">')
        else:
            blocks.append('<div class="accordion" id="faqAccordion">')
        for q, ans in items:
            n += 1
            qtext = '%d.问：%s' % (n, q)
            lines = [qtext]
            inner = []
            for j, a in enumerate(ans):
                if isinstance(a, tuple):
                    inner.append('<ul>' + ''.join('<li>%s</li>' % x for x in a[1]) + '</ul>')
                    lines.extend(a[1])
                else:
                    t = ('答：' + a) if j == 0 else a
                    inner.append('<p>%s</p>' % t)
                    lines.append(t)
            clauses.append('\n'.join(lines))
            if kind == 'dl':
                blocks.append('<dt id="q%d">%s</dt>' % (n, qtext))
                blocks.append('<dd>%s</dd>' % ''.join(inner))
            else:
                blocks.append('<div class="acc-item"><div class="acc-title" onclick="toggle(this)">'
                              '<span class="icon">+</span>%s</div>'
                              '<div class="acc-body" style="display:none;">%s</div></div>' % (qtext, ''.join(inner)))
        blocks.append('</dl>' if kind == 'dl' else '</div>')
    page = '''<!DOCTYPE html>
<!-- saved from url=(0072)https://www.xm.gov.cn/zwfw/12345zsk/cjwt/202407/t20240708_2871965.htm -->
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="厦门市人民政府">
<meta name="ColumnName" content="常见问题">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2024-07-08 16:20">
<title>{title}_常见问题_12345知识库_厦门市人民政府</title>
<link rel="stylesheet" href="./t20240708_2871965_files/style.css">
<style>.acc-title{{cursor:pointer;font-weight:bold;padding:8px 0;border-bottom:1px dashed #ccc}} dt{{font-weight:bold;margin-top:12px}} dd{{margin-left:0}}</style>
<script>
function toggle(el) {{ var b = el.nextElementSibling; b.style.display = (b.style.display === "none") ? "block" : "none"; }}
</script>
</head>
<body>
<div class="head"><div class="wrap"><img src="./t20240708_2871965_files/logo.png" alt="厦门市人民政府"><span class="sub">i厦门 · 12345政务服务便民热线</span>
<div class="tools"><a href="https://www.xm.gov.cn/">简体</a> | <a href="https://www.xm.gov.cn/">繁體</a> | <a href="https://www.xm.gov.cn/">无障碍</a></div></div></div>
<div class="menu"><a href="https://www.xm.gov.cn/">首页</a><a href="https://www.xm.gov.cn/zwgk/">政务公开</a><a class="cur" href="https://www.xm.gov.cn/zwfw/">政务服务</a><a href="https://www.xm.gov.cn/hdjl/">互动交流</a></div>
<div class="wrap crumbs">您当前的位置：<a href="https://www.xm.gov.cn/">首页</a> &gt; <a href="https://www.xm.gov.cn/zwfw/">政务服务</a> &gt; <a href="https://www.xm.gov.cn/zwfw/12345zsk/">12345知识库</a> &gt; 常见问题</div>
<div class="wrap cols">
<div class="col-main">
<h1 class="tit">{title}</h1>
<div class="meta"><span>发布机构：厦门市商务局</span>　<span>发布日期：2024-07-08</span>　<span>信息来源：12345知识库</span>　<span>浏览次数：1286</span></div>
<div class="faq">
<p class="lead">{lead}</p>
{blocks}
</div>
<div class="prevnext"><p>上一篇：<a href="https://www.xm.gov.cn/zwfw/12345zsk/cjwt/202407/t20240705_2871602.htm">外贸企业出口信用保险常见问题解答</a></p>
<p>下一篇：<a href="https://www.xm.gov.cn/zwfw/12345zsk/cjwt/202407/t20240710_2872218.htm">进口冷链食品通关常见问题解答</a></p></div>
<div class="btns"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
</div>
<div class="col-side">
<div class="box"><h4>热点问题</h4><ul>
<li><a href="https://www.xm.gov.cn/zwfw/12345zsk/">如何办理对外贸易经营者备案？</a></li>
<li><a href="https://www.xm.gov.cn/zwfw/12345zsk/">跨境电商企业如何办理海关注册登记？</a></li>
<li><a href="https://www.xm.gov.cn/zwfw/12345zsk/">外籍人员来厦工作许可如何申请？</a></li>
</ul></div>
<div class="box"><h4>相关服务</h4><ul><li><a href="https://www.xm.gov.cn/">厦门国际贸易单一窗口</a></li><li><a href="https://www.xm.gov.cn/">“互联网+海关”一体化平台</a></li></ul></div>
</div>
</div>
<div class="foot"><div class="wrap">
<p>主办：厦门市人民政府办公厅　承办：厦门市12345政务服务便民热线管理中心</p>
<p>网站标识码：3502000001　闽ICP备05004125号　闽公网安备 35020302000101号</p>
</div></div>
</body></html>
'''.format(title=XM_TITLE, lead=XM_LEAD, blocks='\n'.join(blocks))
    with open(out('blind245_xiamen_faq.html'), 'w', encoding='utf-8') as f:
        f.write(page)
    EXPECTED['blind245_xiamen_faq'] = [{
        'meta': {
            'title': XM_TITLE,
            'doc_number': None,
            'issuer': ['厦门市商务局'],
            'date': '2024-07-08',
            'published': '2024-07-08',
            'level': 'municipal',
            'region': '厦门市',
            'effective': None,
            'expires': None,
            'attachments': [],
            'doc_type': '问答',
            'recipients': [],
            'publicity': None,
            'repeals': None,
        },
        'clauses': clauses,
        'applies_to': {'specific': XM_SPECIFIC},
    }]


# ====================================================================
# (4) 云南省人民政府新闻办公室 新闻发布会 文字实录
# ====================================================================
YN_TITLE = ('云南省推进自贸试验区提升发展', '高质量共建“一带一路”新闻发布会')
HOST = '主持人　周晓岚'
# turns: (speaker, [paragraphs], kind) kind: host | speech | q | a
YN_TURNS = [
    (HOST, ['各位记者朋友，大家上午好！欢迎出席云南省人民政府新闻办公室新闻发布会。今年是中国（云南）自由贸易试验区挂牌成立5周年。近日，省人民政府印发了《关于推进中国（云南）自由贸易试验区提升发展更好服务和融入“一带一路”建设的若干措施》（云政发〔2024〕31号，以下简称《若干措施》），省商务厅印发了《云南省跨境电子商务高质量发展三年行动方案（2024—2026年）》（云商电〔2024〕8号）。为帮助社会各界更好了解相关政策，今天我们邀请到省商务厅党组书记、厅长段立群，昆明海关党委委员、副关长马振东，中国（云南）自由贸易试验区德宏片区管委会常务副主任岩罕，省商务厅副厅长赵雅琴出席发布会，介绍有关情况，并回答大家关心的问题。',
            '首先，请段立群厅长介绍有关情况。'], 'host'),
    ('段立群', ['各位记者朋友，大家上午好！首先，感谢新闻界朋友长期以来对云南商务工作的关心和支持。下面，我就《若干措施》有关情况作简要介绍。',
             '中国（云南）自由贸易试验区于2019年8月挂牌运行，实施范围119.86平方公里，涵盖昆明、红河、德宏3个片区。5年来，自贸试验区以制度创新为核心，累计形成制度创新成果90余项，其中6项在全国复制推广，以不到全省万分之三的面积贡献了全省约五分之一的外商投资和近四分之一的外贸进出口。',
             '为推动自贸试验区提升发展，更好服务和融入“一带一路”建设，省人民政府于2024年10月28日印发了《若干措施》，共5个方面22条，主要有以下几个特点：',
             ('一是突出制度型开放。', '对接《区域全面经济伙伴关系协定》（RCEP）等高标准国际经贸规则，在贸易便利化、投资自由化、跨境金融服务等领域推出一批首创性、差异化改革举措。'),
             ('二是突出面向南亚东南亚。', '依托中老铁路、中缅印度洋新通道等国际大通道，推动“通道经济”向“口岸经济”“枢纽经济”转变，支持建设面向南亚东南亚的区域性国际物流枢纽。'),
             ('三是突出产业培育。', '大力发展跨境电商、保税维修、数字贸易等新业态新模式，支持自贸试验区与综合保税区、边境经济合作区、跨境经济合作区联动发展，推动形成“前岸中区后产”的产业布局。'),
             ('四是突出复制推广。', '建立改革试点经验复制推广清单制度，对行之有效的经验做法，每年集中在全省各州（市）复制推广一批。'),
             '下一步，省商务厅将会同各有关部门和各州（市），抓好《若干措施》的贯彻落实，确保各项政策举措落地见效。谢谢大家！'], 'speech'),
    (HOST, ['谢谢段厅长。下面请马振东副关长介绍有关情况。'], 'host'),
    ('马振东', ['各位记者朋友，大家好！昆明海关认真贯彻落实海关总署和省委、省政府部署要求，制定出台了《昆明海关支持中国（云南）自由贸易试验区提升发展若干措施》，共12条，重点从三个方面发力：',
             ('一是提升口岸通关效率。', '在中老铁路沿线推广“铁路快通”“属地查检+口岸验放”等监管模式，推动国际货运列车“一次申报、一次查验、一次放行”，进一步压缩整体通关时间。'),
             ('二是支持新业态新模式发展。', '支持符合条件的综合保税区开展跨境电商网购保税进口、保税维修和保税研发业务，推动跨境电商B2B出口监管模式扩大应用。'),
             ('三是优化口岸营商环境。', '深化“智慧海关”建设，推行进出口货物“提前申报”“两步申报”，规范和降低口岸收费，持续提升跨境贸易便利化水平。'),
             '谢谢！'], 'speech'),
    ('SECTION', [], 'section'),
    (HOST, ['谢谢马副关长。下面进入提问环节，请记者朋友围绕今天的发布主题提问，提问前请通报所在的新闻机构。'], 'host'),
    ('云南日报记者', ['请问段厅长，《若干措施》在推动投资贸易便利化方面有哪些具体举措？'], 'q'),
    ('段立群', ['谢谢您的提问。投资贸易便利化是自贸试验区制度创新的重点。《若干措施》在这方面主要有三项举措：',
             '一是全面实施外商投资准入前国民待遇加负面清单管理制度，对负面清单之外的领域，按照内外资一致原则实施管理。',
             '二是推进国际贸易“单一窗口”功能向口岸物流、跨境金融等环节拓展，实现企业“一个窗口、一次提交”。',
             '三是开展跨境服务贸易负面清单管理试点，探索放宽服务业市场准入限制。谢谢！'], 'a'),
    (HOST, ['请继续提问。'], 'host'),
    ('中央广播电视总台记者', ['中老铁路开通运营以来，国际货运量持续增长。请问马副关长，海关在中老铁路沿线口岸通关方面还将推出哪些便利措施？'], 'q'),
    ('马振东', ['谢谢提问。中老铁路开通以来，昆明海关持续优化监管服务。下一步，我们将重点做好三方面工作：',
             '一是在磨憨铁路口岸全面推广“铁路快通”模式，对符合条件的进出口货物实行“口岸直通”，不再办理转关手续。',
             '二是在昆明王家营西站海关监管作业场所推行“集装箱+冷链”监管模式，支持东南亚水果、冷冻水产品通过中老铁路快速进境。',
             '三是与老挝海关深化“两国一检”合作，推动实现“一次查验、结果互认”。谢谢！'], 'a'),
    (HOST, ['请继续提问。'], 'host'),
    ('云南广播电视台记者', ['请问岩罕副主任，德宏片区在推进沿边金融开放方面有哪些新举措？'], 'q'),
    ('岩罕', ['谢谢您的提问。按照《若干措施》部署，德宏片区将在沿边金融开放方面重点推进以下工作：',
            '一是扩大跨境人民币结算，支持片区内银行为中缅边境贸易提供人民币与缅币直接汇兑服务，便利边民互市贸易结算。',
            '二是在片区内开展跨境投融资便利化试点，支持符合条件的片区企业从境外借入人民币资金。',
            '三是建设沿边金融综合服务平台，为边境贸易企业提供一站式结算、融资和保险服务。谢谢！'], 'a'),
    (HOST, ['请继续提问。'], 'host'),
    ('人民网记者', ['请问赵副厅长，在推动跨境电商发展方面，云南有哪些考虑？'], 'q'),
    ('赵雅琴', ['谢谢您的提问。省商务厅近期印发了《云南省跨境电子商务高质量发展三年行动方案（2024—2026年）》，提出力争到2026年全省跨境电商进出口额比2023年翻一番。主要举措包括：',
             '一是建设跨境电商公共海外仓，重点在老挝、越南、缅甸、泰国等周边国家布局，对经认定的省级公共海外仓给予最高300万元支持。',
             '二是培育跨境电商经营主体，推动“跨境电商+产业带”发展，支持咖啡、花卉、茶叶、果蔬等高原特色农产品通过跨境电商拓展国际市场。',
             '三是完善跨境物流体系，支持开行中老铁路跨境电商专列和昆明至南亚东南亚国家跨境电商货运包机。'], 'a'),
    ('段立群', ['我补充一点。跨境电商是我省外贸增长的重要引擎，我们将把跨境电商发展与自贸试验区、综合保税区建设结合起来，推动全省各跨境电商综合试验区加快发展。谢谢！'], 'a'),
    (HOST, ['最后一个问题。'], 'host'),
    ('红河日报记者', ['请问段厅长，红河片区在深化中越经贸合作方面有哪些新举措？'], 'q'),
    ('段立群', ['谢谢提问。红河片区是我省对越开放合作的前沿。《若干措施》明确支持红河片区：',
             '一是开展中越跨境物流“一站式”通关试点，推动与越南老街省实现跨境车辆“直通”运输。',
             '二是在片区内发展边民互市商品落地加工，对符合条件的落地加工企业，由片区管委会按规定给予用地、用电支持。',
             '三是建设面向越南的跨境产能合作园区，承接东部地区加工制造产业转移。谢谢！'], 'a'),
    (HOST, ['今天的发布会到此结束。谢谢各位发布人，谢谢各位记者朋友！'], 'host'),
]
YN_SPECIFIC = {
    '云南广播电视台记者：请问岩罕副主任，德宏片区': ['中国（云南）自由贸易试验区德宏片区'],
    '红河日报记者：请问段厅长，红河片区在深化中越经贸合作': ['中国（云南）自由贸易试验区红河片区'],
}


def make_yunnan():
    w = Writer(size=15, line=26)
    w.para([(YN_TITLE[0], XBS, False), '\n', (YN_TITLE[1], XBS, False)],
           align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, line=33)
    w.para([('（文字实录）', KT, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=6)
    w.para([('时间：', HT, False), ('2024年11月19日（星期二）上午10:00', FS, False)])
    w.para([('地点：', HT, False), ('云南省人民政府新闻办公室新闻发布厅', FS, False)])
    w.para([('发布人：', HT, False), '\n',
            ('云南省商务厅党组书记、厅长　段立群', FS, False), '\n',
            ('昆明海关党委委员、副关长　马振东', FS, False), '\n',
            ('中国（云南）自由贸易试验区德宏片区管委会常务副主任　岩罕', FS, False), '\n',
            ('云南省商务厅副厅长　赵雅琴', FS, False)])
    w.para([('主持人：', HT, False), ('云南省人民政府新闻办公室副主任　周晓岚', FS, False)], after=6)

    clauses = []
    current = None  # list of lines of the clause being built

    def flush():
        nonlocal current
        if current:
            clauses.append('\n'.join(current))
        current = None

    for speaker, paras, kind in YN_TURNS:
        if kind == 'section':
            w.doc.add_section(WD_SECTION.NEW_PAGE)
            continue
        lines = []
        for j, p in enumerate(paras):
            runs = [(speaker + '：', HT if kind != 'host' else KT, True)] if j == 0 else []
            if isinstance(p, tuple):
                runs += [(p[0], FS, True), (p[1], FS, False)]
                txt = p[0] + p[1]
            else:
                runs.append((p, FS, False))
                txt = p
            w.para(runs)
            lines.append((speaker + '：' + txt) if j == 0 else txt)
        if kind == 'host':
            flush()
        elif kind == 'speech':
            flush()
            current = lines
            flush()
        elif kind == 'q':
            flush()
            current = lines
        elif kind == 'a':
            current.extend(lines)
    flush()
    w.para([('（根据现场录音整理）', KT, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, before=12)
    w.save('blind245_yunnan_fabuhui.docx')
    to_pdf('blind245_yunnan_fabuhui.docx')
    EXPECTED['blind245_yunnan_fabuhui'] = [{
        'meta': {
            'title': ''.join(YN_TITLE),
            'doc_number': None,
            'issuer': ['云南省人民政府新闻办公室'],
            'date': '2024-11-19',
            'published': None,
            'level': 'provincial',
            'region': '云南省',
            'effective': None,
            'expires': None,
            'attachments': [],
            'doc_type': '新闻发布会实录',
            'recipients': [],
            'publicity': None,
            'repeals': None,
        },
        'clauses': clauses,
        'applies_to': {'specific': YN_SPECIFIC},
    }]


def check_specific():
    for stem, docs in EXPECTED.items():
        for d in docs:
            for key in d['applies_to']['specific']:
                assert len(key) >= 15, (stem, key)
                hits = [c for c in d['clauses'] if c.startswith(key)]
                assert len(hits) == 1, (stem, key, len(hits))


if __name__ == '__main__':
    make_guangdong()
    make_hainan()
    make_xiamen()
    make_yunnan()
    check_specific()
    with open(out('expected.json'), 'w', encoding='utf-8') as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    for stem, docs in EXPECTED.items():
        print(stem, len(docs[0]['clauses']), 'clauses')
