# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test files, round 262: 办事指南, 政策问答, 一图读懂 and 申报指南
published for businesses by 自贸试验区, 商务 and 海关-related offices.

Writes next to itself:
  blind262_luzhou_banshi.html          四川政务服务网 办事指南 page for 企业境外投资备案
                                       (川南临港片区管委会), field table + tabs
  blind262_ningbo_wenda.docx / .pdf    宁波市商务局 印发 政策问答 的通知 (24 Q&A in 5 groups)
  blind262_anhui_yitu.html             安徽省商务厅 一图读懂 page (cards, short blocks)
  blind262_zhengzhou_shenbao.docx/.pdf 郑州市商务局 郑州市财政局 联合 申报指南 通知
  expected.json                        the answer key

Run:  . /work/venv/bin/activate && python make_blind262.py
All names, numbers, 文号, phone numbers and dates are fictional.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION, WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import (WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING,
                            WD_TAB_ALIGNMENT)
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED = {}


def out(name):
    return os.path.join(HERE, name)


FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
SONG = '宋体'
RED = 'FF0000'


# ------------------------------------------------------------------ docx helpers
def set_font(run, name, size, bold=False, color=None):
    run.font.name = 'Times New Roman'
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn('w:rFonts'))
    if rfonts is None:
        rfonts = OxmlElement('w:rFonts')
        rpr.insert(0, rfonts)
    rfonts.set(qn('w:ascii'), 'Times New Roman')
    rfonts.set(qn('w:hAnsi'), 'Times New Roman')
    rfonts.set(qn('w:eastAsia'), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def p_border(p, **sides):
    """sides: top=(sz, color), bottom=(sz, color)"""
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement('w:pBdr')
    for side in ('top', 'left', 'bottom', 'right'):
        if side in sides:
            sz, color = sides[side]
            el = OxmlElement('w:' + side)
            el.set(qn('w:val'), 'single')
            el.set(qn('w:sz'), str(sz))
            el.set(qn('w:space'), '1')
            el.set(qn('w:color'), color)
            bdr.append(el)
    ppr.insert_element_before(
        bdr, 'w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku',
        'w:wordWrap', 'w:overflowPunct', 'w:topLinePunct', 'w:autoSpaceDE',
        'w:autoSpaceDN', 'w:bidi', 'w:adjustRightInd', 'w:snapToGrid',
        'w:spacing', 'w:ind', 'w:contextualSpacing', 'w:mirrorIndents',
        'w:suppressOverlap', 'w:jc', 'w:textDirection', 'w:textAlignment',
        'w:textboxTightWrap', 'w:outlineLvl', 'w:divId', 'w:cnfStyle',
        'w:rPr', 'w:sectPr', 'w:pPrChange')


def no_table_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + side)
        el.set(qn('w:val'), 'nil')
        b.append(el)
    tblpr.append(b)


def set_widths(table, widths_mm):
    """Column widths that both Word and LibreOffice honour (grid + cells)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, wmm in zip(grid.findall(qn('w:gridCol')), widths_mm):
        gc.set(qn('w:w'), str(int(wmm * 56.7)))
    for row in table.rows:
        for j, c in enumerate(row.cells):
            c.width = Mm(widths_mm[j])


def add_field(p, instr, font=SONG, size=14):
    r = p.add_run()
    set_font(r, font, size)
    f1 = OxmlElement('w:fldChar')
    f1.set(qn('w:fldCharType'), 'begin')
    r._r.append(f1)
    r = p.add_run()
    set_font(r, font, size)
    it = OxmlElement('w:instrText')
    it.set(qn('xml:space'), 'preserve')
    it.text = instr
    r._r.append(it)
    r = p.add_run()
    set_font(r, font, size)
    f2 = OxmlElement('w:fldChar')
    f2.set(qn('w:fldCharType'), 'end')
    r._r.append(f2)


class Writer:
    def __init__(self, size=16, line=28):
        self.doc = Document()
        self.size = size
        self.line = line
        st = self.doc.styles['Normal']
        st.font.name = 'Times New Roman'
        st.font.size = Pt(size)
        st.element.rPr.rFonts.set(qn('w:eastAsia'), FS)
        sec = self.doc.sections[0]
        self.setup(sec)
        self.doc.settings.odd_and_even_pages_header_footer = True
        self.page_numbers(sec)

    @staticmethod
    def setup(sec, landscape=False):
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Mm(297), Mm(210)
            sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
            sec.left_margin, sec.right_margin = Mm(37), Mm(35)
        else:
            sec.orientation = WD_ORIENT.PORTRAIT
            sec.page_width, sec.page_height = Mm(210), Mm(297)
            sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
            sec.left_margin, sec.right_margin = Mm(28), Mm(26)
        sec.footer_distance = Mm(24)

    def page_numbers(self, sec):
        # “— N —”, 4号半角宋体, odd pages right, even pages left, 1 char in.
        for footer, align in ((sec.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                              (sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
            footer.is_linked_to_previous = False
            p = footer.paragraphs[0]
            p.alignment = align
            if align == WD_ALIGN_PARAGRAPH.RIGHT:
                p.paragraph_format.right_indent = Pt(14)
            else:
                p.paragraph_format.left_indent = Pt(14)
            r = p.add_run('— ')
            set_font(r, SONG, 14)
            add_field(p, 'PAGE')
            r = p.add_run(' —')
            set_font(r, SONG, 14)

    def p(self, parts, align=None, indent=2, size=None, font=FS, bold=False,
          color=None, before=0, after=0, line=None, left=0, right=0,
          container=None):
        """parts: str or list of (text, font, bold) / str; '\n' in text is a
        soft line break (Shift+Enter)."""
        size = size or self.size
        target = container if container is not None else self.doc
        para = target.add_paragraph()
        pf = para.paragraph_format
        if line is None:
            line = self.line
        if line:
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Pt(line)
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if indent:
            pf.first_line_indent = Pt(size * indent)
        if left:
            pf.left_indent = Pt(left)
        if right:
            pf.right_indent = Pt(right)
        if align is not None:
            para.alignment = align
        if isinstance(parts, str):
            parts = [(parts, font, bold)]
        for part in parts:
            if isinstance(part, str):
                part = (part, font, bold)
            text, f, b = part
            lines = text.split('\n')
            for i, ln in enumerate(lines):
                r = para.add_run(ln)
                set_font(r, f, size, b, color)
                if i < len(lines) - 1:
                    r.add_break(WD_BREAK.LINE)
        return para

    def blank(self, n=1):
        for _ in range(n):
            self.p('', indent=0)

    def page_break(self):
        para = self.doc.add_paragraph()
        para.add_run().add_break(WD_BREAK.PAGE)

    def save(self, path):
        self.doc.save(path)


def cell_text(cell, text, font=FS, size=12, bold=False, align=None,
              line=None):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    first = True
    for ln in text.split('\n'):
        para = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if align is not None:
            para.alignment = align
        pf = para.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        if line:
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Pt(line)
        r = para.add_run(ln)
        set_font(r, font, size, bold)


def to_pdf(docx_path):
    subprocess.run(['soffice', '--headless',
                    '-env:UserInstallation=file:///tmp/lo_262',
                    '--convert-to', 'pdf', '--outdir', HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)


def banji(w, cc, printer, date_text):
    """版记: 抄送 line and 印发 line between rules, at the end."""
    w.blank(2)
    p1 = w.p(cc, indent=0, size=14, left=14, right=14, line=26)
    p_border(p1, top=(8, '000000'), bottom=(4, '000000'))
    p2 = w.p(printer + '\t' + date_text, indent=0, size=14, left=14,
             right=14, line=26)
    p2.paragraph_format.tab_stops.add_tab_stop(Mm(156) - Pt(28),
                                               WD_TAB_ALIGNMENT.RIGHT)
    p_border(p2, bottom=(8, '000000'))


def row_clause(headers, values):
    return '；'.join('%s：%s' % (h, v) for h, v in zip(headers, values))


# =====================================================================
# 1. 泸州 (川南临港片区) 办事指南 page
# =====================================================================
def make_luzhou():
    name = 'blind262_luzhou_banshi'
    sxmc = '企业境外投资备案（地方企业、非敏感类项目）'
    # (th, value, th2, value2) — value may hold several lines
    rows = [
        ('事项名称', sxmc, None, None),
        ('事项类型', '其他行政权力', '实施编码',
         '11510500MB1X28934H4000117006'),
        ('实施主体', '中国（四川）自由贸易试验区川南临港片区管理委员会',
         '权力来源', '上级下放'),
        ('服务对象', '企业法人', '办理形式', '窗口办理、网上办理'),
        ('设定依据', [
            '1.《企业境外投资管理办法》（商务部令2014年第3号）第六条、第九条、第十条。',
            '2.《四川省人民政府关于向中国（四川）自由贸易试验区各片区赋予第三批省级管理权限的决定》（川府发〔2023〕27号）。'],
         None, None),
        ('受理条件', [
            '1.申请人为注册地在中国（四川）自由贸易试验区川南临港片区（含泸州综合保税区）范围内的企业；',
            '2.境外投资不涉及敏感国家和地区、敏感行业；',
            '3.申请人已在商务部业务系统统一平台（境外投资管理）完成注册，并如实、完整填报《境外投资备案表》；',
            '4.境外投资不存在《企业境外投资管理办法》第四条所列情形。'],
         None, None),
        ('申请材料', [
            '1.《境外投资备案表》（系统在线打印并加盖企业公章），原件1份；',
            '2.营业执照复印件（加盖企业公章），1份；',
            '3.境外投资相关合同或协议，或企业董事会、股东会决议，复印件1份；',
            '4.企业对外投资真实性承诺书，原件1份；',
            '5.两个以上企业共同开展境外投资的，提交各方签署的合作协议及牵头企业的授权委托书，原件1份。',
            '注：以上材料为外文的，须同时提交经企业签章确认的中文译本。'],
         None, None),
        ('办理流程', [
            '（1）网上申报：申请人登录商务部业务系统统一平台填报备案信息，并在四川政务服务网提交申请；',
            '（2）窗口受理：片区政务服务中心对申请材料进行形式审查，材料齐全的当场受理，不齐全的一次性告知需补正内容；',
            '（3）审核备案：片区管委会对境外投资是否属于敏感类项目进行审核，符合条件的予以备案；',
            '（4）办结发证：颁发《企业境外投资证书》，并通过系统报四川省商务厅、商务部备查。'],
         None, None),
        ('法定办结时限', '3个工作日', '承诺办结时限', '1个工作日'),
        ('收费标准', '不收费', None, None),
        ('办理结果', '《企业境外投资证书》', '结果送达', '窗口领取、邮政寄递'),
        ('办理地点', '四川省泸州市龙马潭区蜀泸大道一段188号川南临港片区政务服务中心二楼B区15号窗口',
         None, None),
        ('办理时间', '工作日上午9:00—12:00，下午13:30—17:30（法定节假日除外）',
         None, None),
        ('咨询电话', '0830-3106215', '监督投诉电话', '0830-12345'),
    ]
    faqs = [
        ('1.注册在片区外的企业能否在片区管委会办理境外投资备案？',
         ['答：不能。本事项仅受理注册地在川南临港片区范围内企业的申请。片区外企业按属地原则，经所在地商务主管部门向四川省商务厅申请备案。']),
        ('2.《企业境外投资证书》遗失了怎么办？',
         ['答：企业可通过商务部业务系统统一平台申请补发，并上传遗失情况说明，片区管委会在1个工作日内完成补发。']),
        ('3.取得《企业境外投资证书》后还需要办理哪些手续？',
         ['答：企业凭证书办理外汇登记、银行汇出、人员出入境等相关手续。',
          '境外企业设立后，企业应按规定通过系统报送对外直接投资统计数据；境外投资项目还须按规定向发展改革部门办理项目备案。']),
    ]
    tip = '温馨提示：本指南自发布之日起施行，原《企业境外投资备案办事指南》（2023年版）同时废止。申请人对申请材料实质内容的真实性负责。'

    def td_html(v):
        if isinstance(v, list):
            return ''.join('<p>%s</p>' % x for x in v)
        return v

    trs = []
    for th, v, th2, v2 in rows:
        if th2 is None:
            trs.append('<tr><th class="tit">%s</th><td colspan="3">%s</td></tr>'
                       % (th, td_html(v)))
        else:
            trs.append('<tr><th class="tit">%s</th><td>%s</td>'
                       '<th class="tit">%s</th><td>%s</td></tr>'
                       % (th, td_html(v), th2, td_html(v2)))
    faq_html = ''.join('<dl class="faq"><dt>%s</dt>%s</dl>' % (
        q, ''.join('<dd>%s</dd>' % a for a in ans)) for q, ans in faqs)

    page = '''<!DOCTYPE html>
<!-- saved from url=(0121)https://www.sczwfw.gov.cn/jiq/front/transition/ywTransToDetail?areaCode=510500&itemCode=511A0137800009-510500-031&taskType=7 -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="四川政务服务网">
<meta name="SiteIDCode" content="5100000062">
<meta name="ColumnName" content="办事指南">
<title>%(sxmc)s办事指南-四川政务服务网</title>
<link rel="stylesheet" href="./ywTransToDetail_files/common.css">
<link rel="stylesheet" href="./ywTransToDetail_files/guide.css">
<script src="./ywTransToDetail_files/jquery.min.js"></script>
<script>
var _hmt = _hmt || [];
function switchTab(i){ $(".tab-pane").hide(); $("#pane"+i).show(); $(".tabs li").removeClass("on"); $("#tab"+i).addClass("on"); }
</script>
<style>.tab-pane{padding:20px}.tit{width:140px;background:#f3f6fb;text-align:center}</style>
</head>
<body>
<div class="top-bar"><div class="w1200"><span>您好，欢迎来到四川政务服务网！</span>
<a href="https://www.sczwfw.gov.cn/login">登录</a> | <a href="https://www.sczwfw.gov.cn/register">注册</a> | <a href="#">无障碍</a> | <a href="#">长者模式</a></div></div>
<div class="header"><div class="w1200"><img src="./ywTransToDetail_files/logo.png" alt="四川政务服务网">
<div class="area-switch">当前站点：<b>泸州市</b> &gt; <b>川南临港片区</b> <a href="#">[切换]</a></div>
<div class="search"><input type="text" placeholder="请输入事项名称"><button>搜索</button></div></div></div>
<div class="nav"><ul><li><a href="#">首页</a></li><li><a href="#">个人服务</a></li><li class="cur"><a href="#">法人服务</a></li><li><a href="#">部门服务</a></li><li><a href="#">阳光政务</a></li><li><a href="#">好差评</a></li></ul></div>
<div class="w1200 crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">法人服务</a> &gt; <a href="#">商务贸易</a> &gt; <span>办事指南</span></div>
<div class="w1200 guide-head">
  <h1 class="sxmc">%(sxmc)s<span class="bszn">办事指南</span></h1>
  <div class="guide-meta"><span>实施主体：中国（四川）自由贸易试验区川南临港片区管理委员会</span>
  <span>发布日期：2025-03-18</span><span>浏览次数：1263</span></div>
  <div class="btns"><a class="btn-blue" href="#">在线办理</a><a class="btn-white" href="#">收藏</a><a class="btn-white" href="#" onclick="window.print()">打印</a></div>
</div>
<div class="w1200 guide-body">
  <ul class="tabs">
    <li id="tab1" class="on" onclick="switchTab(1)">基本信息</li>
    <li id="tab2" onclick="switchTab(2)">办理流程图</li>
    <li id="tab3" onclick="switchTab(3)">常见问题</li>
    <li id="tab4" onclick="switchTab(4)">表格下载</li>
  </ul>
  <div class="tab-pane" id="pane1">
    <table class="info-table" border="1" cellspacing="0" cellpadding="6" width="100%%">
      <colgroup><col width="14%%"><col width="36%%"><col width="14%%"><col width="36%%"></colgroup>
      <tbody>
      %(trs)s
      </tbody>
    </table>
    <div class="tips"><p>%(tip)s</p></div>
  </div>
  <div class="tab-pane" id="pane2" style="display:none">
    <img src="./ywTransToDetail_files/lct_0137800009.png" alt="办理流程图：网上申报—窗口受理—审核备案—办结发证">
    <p class="img-note">（点击图片查看大图）</p>
  </div>
  <div class="tab-pane" id="pane3" style="display:none">
    %(faq)s
  </div>
  <div class="tab-pane" id="pane4" style="display:none">
    <ul class="down-list">
      <li><a href="./ywTransToDetail_files/jwtzbab.docx">境外投资备案表（样表）.docx</a></li>
      <li><a href="./ywTransToDetail_files/zsxcns.docx">企业对外投资真实性承诺书（模板）.docx</a></li>
    </ul>
  </div>
</div>
<div class="pj-box w1200"><span>服务评价：</span><a href="#">非常满意</a><a href="#">满意</a><a href="#">基本满意</a><a href="#">不满意</a><a href="#">非常不满意</a></div>
<div class="footer"><div class="w1200">
<p>主办单位：四川省人民政府办公厅　承办单位：四川省大数据中心</p>
<p>网站标识码：5100000062　蜀ICP备05003828号-2　川公网安备51010402000507号</p>
<p>Copyright &copy; 2019-2025 四川政务服务网 版权所有</p>
</div></div>
<script src="./ywTransToDetail_files/guide.js"></script>
</body></html>
''' % dict(sxmc=sxmc, trs='\n      '.join(trs), tip=tip, faq=faq_html)
    with open(out(name + '.html'), 'w', encoding='utf-8') as f:
        f.write(page)

    clauses = []
    for th, v, th2, v2 in rows:
        val = '\n'.join(v) if isinstance(v, list) else v
        c = '%s：%s' % (th, val)
        if th2:
            c += '；%s：%s' % (th2, v2)
        clauses.append(c)
    clauses.append(tip)
    for q, ans in faqs:
        clauses.append(q + '\n' + '\n'.join(ans))
    EXPECTED[name] = [{
        'meta': {
            'title': sxmc + '办事指南',
            'doc_number': None,
            'issuer': ['中国（四川）自由贸易试验区川南临港片区管理委员会'],
            'date': '2025-03-18',
            'published': '2025-03-18',
            'level': 'zone',
            'region': '中国（四川）自由贸易试验区川南临港片区',
            'effective': '2025-03-18',
            'expires': None,
            'attachments': [],
            'doc_type': '办事指南',
            'recipients': [],
            'publicity': None,
            'repeals': '《企业境外投资备案办事指南》（2023年版）',
        },
        'clauses': clauses,
        'applies_to': {'specific': {}},
    }]


# =====================================================================
# 2. 宁波 政策问答 (印发通知 + 附件)
# =====================================================================
NINGBO_GROUPS = [
    ('一、跨境电商', [
        dict(q='什么是跨境电商综合试验区零售出口“无票免税”政策？',
             a=['对跨境电商综合试验区内的跨境电商企业，出口未取得有效进货凭证的货物，同时符合在综试区注册并在线上综合服务平台登记出口日期、货物名称、计量单位、数量、单价、金额，通过综试区所在地海关办理电子商务出口申报手续，且不属于财政部和税务总局根据国务院决定明确取消出口退（免）税的货物等条件的，试行增值税、消费税免税政策。']),
        dict(q='跨境电商企业能否采用核定方式征收企业所得税？',
             a=['可以。综试区内符合条件的跨境电商零售出口企业，可试行核定征收企业所得税办法，统一按照4%的应税所得率核定应纳税所得额。符合小型微利企业条件的，可按规定享受小型微利企业所得税优惠政策。']),
        dict(q='在宁波可以在哪些区域开展跨境电商网购保税进口（1210）业务？',
             a=['根据海关监管要求，网购保税进口业务应当在海关特殊监管区域或保税物流中心（B型）内开展。目前，我市可在宁波保税区、宁波梅山综合保税区、宁波北仑港综合保税区、宁波前湾综合保税区和宁波栎社保税物流中心（B型）开展该项业务。'],
             places=['宁波保税区', '宁波梅山综合保税区', '宁波北仑港综合保税区',
                     '宁波前湾综合保税区', '宁波栎社保税物流中心（B型）']),
        dict(q='跨境电商B2B出口有哪些通关便利？',
             a=['跨境电商B2B直接出口（9710）和跨境电商出口海外仓（9810）货物，适用“一次登记、一点对接、便利通关、简化申报、优先查验”等便利措施。单票金额在人民币5000元（含）以内且不涉证、不涉检、不涉税的，可通过“清单模式”申报。企业可选择在属地海关办理申报，也可选择在宁波舟山港穿山港区、大榭港区等口岸海关“直接出口”。']),
        dict(q='我市对跨境电商主体有哪些资金支持？',
             a=['根据《宁波市加快跨境电子商务高质量发展若干政策》（甬政办发〔2024〕52号），主要包括：',
                '（1）对年度跨境电商出口额首次突破1000万美元、5000万美元、1亿美元的企业，分别给予最高20万元、50万元、100万元奖励；',
                '（2）对新认定的市级跨境电商产业园区，给予运营主体一次性奖励50万元；',
                '（3）对企业入驻境外知名电商平台、开设品牌店铺的，按实际费用的50%给予支持，单个企业最高10万元。',
                '各区（县、市）可在市级政策基础上结合实际叠加支持，例如，余姚市、象山县已出台针对家电、渔具等特色产业带的配套措施。']),
        dict(q='跨境电商零售进口商品的交易限值是多少？',
             a=['跨境电商零售进口商品的单次交易限值为人民币5000元，个人年度交易限值为人民币26000元。在限值以内进口的，关税税率暂设为0%；进口环节增值税、消费税取消免征税额，暂按法定应纳税额的70%征收。']),
    ]),
    ('二、海外仓', [
        dict(q='市级公共海外仓如何认定？',
             a=['市级公共海外仓由企业自愿申报，经所在区（县、市）商务主管部门初审后，由市商务局组织专家评审认定，每年认定一次，认定结果向社会公布。']),
        dict(q='公共海外仓的支持标准是什么？',
             a=['对新认定的市级公共海外仓，按照仓储面积和服务企业数量分档给予支持，具体标准如下：'],
             table=dict(
                 headers=['档次', '仓储面积', '年度服务宁波企业数', '支持金额', '计算方式'],
                 rows=[['A档', '2万平方米以上', '100家以上', '最高200万元'],
                       ['B档', '1万平方米以上', '50家以上', '最高100万元'],
                       ['C档', '5000平方米以上', '30家以上', '最高50万元']],
                 merged='按当年仓储设施实际投入的20%计算，不超过所在档次上限')),
        dict(q='在“一带一路”共建国家布局的海外仓有额外支持吗？',
             a=['有。对在“一带一路”共建国家和地区新认定的市级公共海外仓，支持比例在上述标准基础上提高5个百分点，支持上限不变。企业在德国杜伊斯堡、波兰华沙、阿联酋迪拜等中欧班列和航线节点城市布局的海外仓，可优先推荐申报省级公共海外仓。']),
        dict(q='海外仓企业能否享受出口信用保险支持？',
             a=['可以。对海外仓企业投保短期出口信用保险的，按实际缴纳保费的50%给予补助，单个企业年度补助最高50万元。']),
        dict(q='跨境电商出口商品从海外仓退货回国，如何征税？',
             a=['跨境电商出口商品自海关放行之日起1年内，因滞销、退货原因原状退运进境的，免征进口关税和进口环节增值税、消费税；出口时已征收的出口关税准予退还。'],
             soft=True),
    ]),
    ('三、出口退税', [
        dict(q='跨境电商出口海外仓（9810）货物如何申报出口退税？',
             a=['企业以9810方式出口货物，在货物报关离境、收齐出口货物报关单等相关单证后，即可按现行规定向主管税务机关申报出口退（免）税。对一类出口企业，税务机关办理正常出口退（免）税的平均时间压缩至3个工作日以内。']),
        dict(q='出口退税可以通过哪些渠道申报？',
             a=['企业可通过电子税务局、国际贸易“单一窗口”标准版、离线版出口退税申报软件等渠道免费申报出口退（免）税，全程“非接触式”办理。']),
        dict(q='外贸综合服务企业能否为跨境电商中小企业代办退税？',
             a=['可以。外贸综合服务企业可按规定为跨境电商中小企业代办出口退（免）税，但应当在主管税务机关办理代办退税备案，并建立代办退税内部风险管控制度。']),
        dict(q='注册在宁波前湾新区的企业有没有特别的退税便利？',
             a=['有。对注册在宁波前湾新区并纳入“出口退税提速试点”的企业，实行“容缺办理、事后补正”，申报材料不齐全但不影响退税审核的，先行办理退税，企业应在30日内补齐材料。'],
             places=['宁波前湾新区']),
        dict(q='出口退（免）税备案单证有哪些要求？',
             a=['出口企业应在申报出口退（免）税后15日内，将购销合同、出口货物运输单据、委托出口协议等备案单证妥善留存，可采取纸质化、影像化或者数字化方式留存，以备税务机关核查。']),
    ]),
    ('四、外商投资', [
        dict(q='外商投资企业设立还需要到商务部门办理备案吗？',
             a=['不需要。自2020年1月1日《中华人民共和国外商投资法》施行起，商务部门不再办理外商投资企业设立及变更备案，外国投资者或者外商投资企业通过企业登记系统以及国家企业信用信息公示系统报送投资信息。']),
        dict(q='在中国（浙江）自由贸易试验区宁波片区投资有哪些准入便利？',
             a=['宁波片区内的外商投资适用《自由贸易试验区外商投资准入特别管理措施（负面清单）》，清单之外的领域按照内外资一致原则实施管理。片区内新设外商投资企业实行登记注册“一窗通办”，营业执照与外商投资信息报告同步办理，1个工作日内办结。'],
             places=['中国（浙江）自由贸易试验区宁波片区']),
        dict(q='外商投资企业如何申请利用外资奖励？',
             a=['对当年实际使用外资超过5000万美元（不含房地产业、金融业和类金融业）的新设外商投资项目，按实际到资额的1%给予奖励，单个项目最高1000万元。']),
        dict(q='外商投资企业的投诉如何受理？',
             a=['外商投资企业认为行政机关及其工作人员的行政行为侵犯其合法权益的，可以向设在市商务局的市外商投资企业投诉中心提出投诉。投诉中心自收到完整投诉材料之日起7个工作日内作出是否受理的决定，原则上自受理之日起60日内办结。']),
    ]),
    ('五、“一带一路”市场开拓', [
        dict(q='企业参加“一带一路”共建国家展会有哪些支持？',
             a=['对企业参加市商务局发布的重点境外展会目录内的“一带一路”共建国家展会，按展位费的70%给予补助，每个展会每家企业最高5万元；参加目录外展会的，补助比例为50%。']),
        dict(q='通过海铁联运和中欧班列开拓“一带一路”市场有什么支持？',
             a=['对经宁波舟山港中转、通过海铁联运通道或中欧班列运往“一带一路”共建国家的出口集装箱，按每标准箱最高300元给予运费补贴，单个企业年度最高100万元。']),
        dict(q='企业遇到境外贸易摩擦和合规风险怎么办？',
             a=['市商务局依托宁波市贸易摩擦应对和合规服务中心，为企业提供境外合规培训、风险预警和法律咨询等服务。企业遭遇反倾销、反补贴调查的，应在规定期限内向市商务局报告。']),
        dict(q='企业开展境外投资需要办理哪些手续？',
             a=['地方企业开展非敏感类境外投资，报省商务厅备案，通过商务部业务系统统一平台在线填报；涉及敏感国家和地区、敏感行业的，报商务部核准。企业还应按规定办理境外投资项目备案和外汇登记手续。']),
    ]),
]


def make_ningbo():
    name = 'blind262_ningbo_wenda'
    w = Writer()
    d = w.doc
    fj_title = '跨境电商、海外仓和出口退税政策问答（2025年版）'
    # 版头
    w.p('宁波市商务局文件', align=WD_ALIGN_PARAGRAPH.CENTER, indent=0,
        size=46, font=XBS, color=RED, line=50, before=0)
    p = w.p('甬商务〔2025〕41号', align=WD_ALIGN_PARAGRAPH.CENTER, indent=0,
            after=6, before=6)
    p_border(p, bottom=(18, RED))
    # 标题 — two paragraphs (Enter in the middle of the title)
    w.p('宁波市商务局关于印发《跨境电商、海外仓', font=XBS,
        size=22, indent=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=35,
        before=22)
    w.p('和出口退税政策问答（2025年版）》的通知', font=XBS, size=22, indent=0,
        align=WD_ALIGN_PARAGRAPH.CENTER, line=35, after=14)
    zs = '各区（县、市）商务主管部门，宁波前湾新区、宁波高新区、宁波保税区商务部门，各有关企业：'
    w.p(zs, indent=0)
    body1 = ('为帮助企业用足用好跨境电商、海外仓、出口退税等政策，我局会同宁波海关、国家税务总局宁波市税务局梳理了企业咨询较多的问题，形成《'
             + fj_title + '》，现印发给你们，请结合实际做好政策宣传解读工作。')
    body2 = '工作中遇到的新情况、新问题，请及时反馈市商务局对外贸易处。'
    w.p(body1)
    w.p(body2)
    w.blank(1)
    w.p('附件：' + fj_title, indent=2)
    w.p('宁波市商务局', align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, right=64,
        before=22)
    w.p('2025年4月21日', align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, right=48)
    p = w.p('（此件公开发布）', indent=2)
    # 附件 on a new page (Ctrl+Enter typed at the end of the line),
    # 四号 type, tighter line spacing (pasted in)
    p.add_run().add_break(WD_BREAK.PAGE)
    w.p('附件', font=HT, indent=0)
    w.blank(1)
    w.p(fj_title, font=XBS, size=20, indent=0,
        align=WD_ALIGN_PARAGRAPH.CENTER, line=32, after=10)
    S, L = 14, 21
    clauses = [body1, body2]
    specific = {}
    for gi, (head, items) in enumerate(NINGBO_GROUPS):
        w.p(head, font=HT, size=S, line=L, before=6)
        for n, it in enumerate(items, 1):      # numbering restarts per group
            qparts = [('%d.' % n, FS, True), ('问：', HT, False),
                      (it['q'], KT, True)]
            a = it['a']
            if it.get('soft'):
                # question and answer in one paragraph, Shift+Enter between
                w.p(qparts + [('\n', FS, False), ('答：', HT, False),
                              (a[0], FS, False)], size=S, line=L)
            else:
                w.p(qparts, size=S, line=L)
                w.p([('答：', HT, False), (a[0], FS, False)], size=S, line=L)
            for extra in a[1:]:
                w.p(extra, size=S, line=L)
            clause = '%d.问：%s\n答：%s' % (n, it['q'], '\n'.join(a))
            clauses.append(clause)
            if it.get('places'):
                specific[clause[:24]] = it['places']
            if it.get('table'):
                tb = it['table']
                hdr = tb['headers']
                t = d.add_table(rows=1 + len(tb['rows']), cols=len(hdr))
                t.style = 'Table Grid'
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                for j, h in enumerate(hdr):
                    cell_text(t.cell(0, j), h, font=HT, size=10.5,
                              align=WD_ALIGN_PARAGRAPH.CENTER)
                for i, r in enumerate(tb['rows'], 1):
                    for j, v in enumerate(r):
                        cell_text(t.cell(i, j), v, size=10.5,
                                  align=WD_ALIGN_PARAGRAPH.CENTER)
                m = t.cell(1, 4).merge(t.cell(len(tb['rows']), 4))
                cell_text(m, tb['merged'], size=10.5)
                m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                set_widths(t, (14, 32, 32, 28, 48))
                for r in tb['rows']:
                    clauses.append(row_clause(hdr, r + [tb['merged']]))
    note = '本问答仅供参考，政策如有调整，以最新发布的政策文件为准。'
    w.p(note, size=S, line=L, before=6)
    clauses.append(note)
    banji(w, '抄送：宁波海关，国家税务总局宁波市税务局，市财政局。',
          '宁波市商务局办公室', '2025年4月22日印发')
    w.save(out(name + '.docx'))
    to_pdf(out(name + '.docx'))
    EXPECTED[name] = [{
        'meta': {
            'title': '宁波市商务局关于印发《跨境电商、海外仓和出口退税政策问答（2025年版）》的通知',
            'doc_number': '甬商务〔2025〕41号',
            'issuer': ['宁波市商务局'],
            'date': '2025-04-21',
            'published': '2025-04-22',
            'level': 'municipal',
            'region': '宁波市',
            'effective': None,
            'expires': None,
            'attachments': [fj_title],
            'doc_type': '通知',
            'recipients': ['各区（县、市）商务主管部门',
                           '宁波前湾新区、宁波高新区、宁波保税区商务部门',
                           '各有关企业'],
            'publicity': '此件公开发布',
            'repeals': None,
        },
        'clauses': clauses,
        'applies_to': {'specific': specific},
    }]


# =====================================================================
# 3. 安徽 一图读懂 page
# =====================================================================
def make_anhui():
    name = 'blind262_anhui_yitu'
    title = '一图读懂｜安徽省推进跨境电商和海外仓高质量发展若干措施'
    intro = '为深入贯彻落实国家关于拓展跨境电商出口、推进海外仓建设的决策部署，加快打造内陆开放新高地，高质量共建“一带一路”，近日，省政府办公厅印发《安徽省推进跨境电商和海外仓高质量发展若干措施》（以下简称《若干措施》），从4个方面提出12条具体措施。'
    # cards: (label, before-number, number, unit)
    cards = [('全省跨境电商进出口额', '突破', '1000', '亿元'),
             ('年进出口额超亿元的跨境电商企业', '达到', '50', '家'),
             ('省级公共海外仓', '达到', '100', '个'),
             ('海外仓覆盖“一带一路”共建国家', '', '30', '个以上')]
    # measures: (lead, text with {n} placeholders for big numbers)
    blocks = [
        ('01', '培育壮大经营主体', [
            ('企业上规模奖励', '对年度跨境电商进出口额首次突破1亿元、5亿元、10亿元的企业，分别给予最高100万元、200万元、<b class="num">500</b>万元奖励。', None),
            ('品牌出海', '支持企业在境外注册商标、开展国际认证，按实际费用的50%给予补助，单个企业每年最高<b class="num">50</b>万元。', None),
            ('平台招引', '对新引进的全国性跨境电商平台区域总部，按“一事一议”给予支持。', None),
        ]),
        ('02', '加快海外仓布局', [
            ('海外仓建设', '对企业在“一带一路”共建国家（如匈牙利、波兰、阿联酋、马来西亚等）新建或租赁面积5000平方米以上的海外仓，按实际投入的30%给予支持，单个仓最高<b class="num">300</b>万元。', None),
            ('公共海外仓认定', '对新认定的省级公共海外仓，一次性奖励<b class="num">100</b>万元；获评国家级海外仓示范的，再奖励<b class="num">200</b>万元。', None),
            ('海外仓数字化', '支持海外仓企业建设智能仓储管理系统，按软硬件投入的20%给予补助，最高<b class="num">100</b>万元。', None),
        ]),
        ('03', '提升开放平台功能', [
            ('自贸片区先行先试', '支持中国（安徽）自由贸易试验区合肥片区、芜湖片区、蚌埠片区开展跨境电商“保税+直播”“保税展示交易”等新业态，对新开展网购保税进口（1210）业务的企业按每单<b class="num">2</b>元给予补贴，单个企业年度最高<b class="num">200</b>万元。',
             ['中国（安徽）自由贸易试验区合肥片区', '中国（安徽）自由贸易试验区芜湖片区',
              '中国（安徽）自由贸易试验区蚌埠片区']),
            ('综保区联动', '支持合肥经济技术开发区综合保税区、芜湖综合保税区建设跨境电商出口监管仓和退货中心仓，按建设投入的30%给予运营主体最高<b class="num">300</b>万元支持。',
             ['合肥经济技术开发区综合保税区', '芜湖综合保税区']),
            ('物流通道', '对经中欧班列（合肥）、合肥新桥国际机场全货机航线运输跨境电商货物的企业，按运费的20%给予补贴。', None),
        ]),
        ('04', '强化要素保障', [
            ('金融支持', '对跨境电商企业投保出口信用保险的，按实缴保费的<b class="num">50</b>%给予补助。', None),
            ('人才培养', '对开展跨境电商人才培训的高校和机构，每培训合格1名学员补助1000元，单个机构年度最高<b class="num">50</b>万元。', None),
            ('统计监测', '建立全省跨境电商统计监测制度，各市商务主管部门按季度报送跨境电商进出口数据。', None),
        ]),
    ]
    duixian = [('申报方式', '省商务厅会同省财政厅每年发布申报通知，企业通过“皖企通”平台在线申报。'),
               ('执行期限', '《若干措施》自2025年6月1日起施行，有效期至2027年12月31日。')]

    def strip(s):
        return s.replace('<b class="num">', '').replace('</b>', '')

    cards_html = ''.join(
        '<div class="card"><p class="t">%s</p><p class="n">%s<b>%s</b><small>%s</small></p></div>'
        % c for c in cards)
    blocks_html = ''
    for no, head, items in blocks:
        lis = ''.join('<li><span class="lead">%s：</span>%s</li>' % (l, t)
                      for l, t, _ in items)
        blocks_html += ('<div class="sec"><div class="sec-hd"><span class="no">%s</span>'
                        '<span class="hd">%s</span></div><ul class="cs">%s</ul></div>\n'
                        % (no, head, lis))
    dx_html = ''.join('<p><span class="lead">%s：</span>%s</p>' % x for x in duixian)

    page = '''<!DOCTYPE html>
<!-- saved from url=(0062)https://commerce.ah.gov.cn/public/21711/147925831.html -->
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="SiteName" content="安徽省商务厅">
<meta name="SiteDomain" content="commerce.ah.gov.cn">
<meta name="SiteIDCode" content="3400000071">
<meta name="ColumnName" content="政策解读">
<meta name="ArticleTitle" content="%(title)s">
<meta name="PubDate" content="2025-06-12 10:30">
<meta name="ContentSource" content="安徽省商务厅">
<title>%(title)s_政策解读_安徽省商务厅</title>
<link rel="stylesheet" href="./147925831_files/style.css">
<style>
.card{display:inline-block;width:23%%;text-align:center;background:#fff4e5;margin:4px}
.card .n b{font-size:40px;color:#d7000f}
.sec-hd .no{font-size:36px;color:#d7000f;margin-right:8px}
.num{color:#d7000f;font-size:22px}
</style>
<script src="./147925831_files/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="topbar"><a href="https://www.ah.gov.cn">安徽省人民政府</a> | <a href="#">无障碍</a> | <a href="#">关怀版</a></div>
<div class="header"><img src="./147925831_files/logo.png" alt="安徽省商务厅"></div>
<div class="navbar"><a href="#">首页</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">专题专栏</a></div>
<div class="wz">您当前的位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策解读</a></div>
<div class="xxgk-table">
<table>
<tr><th>索引号：</th><td>002986208/202506-00031</td><th>信息分类：</th><td>政策解读</td></tr>
<tr><th>发布机构：</th><td>安徽省商务厅</td><th>主题分类：</th><td>商贸、海关、旅游\\对外经贸合作</td></tr>
<tr><th>成文日期：</th><td>2025-06-11</td><th>发布日期：</th><td>2025-06-12</td></tr>
<tr><th>文号：</th><td></td><th>生效状态：</th><td></td></tr>
<tr><th>名称：</th><td colspan="3">%(title)s</td></tr>
</table>
</div>
<div class="article">
<h1 class="wztit">%(title)s</h1>
<div class="wzinfo"><span>发布时间：2025-06-12 10:30</span><span>来源：省商务厅电子商务处</span><span>阅读次数：<i id="hits">3416</i></span>
<span class="fontsize">字体：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</span></div>
<div class="wzcon j-fontContent">
<p style="text-align:center"><img src="./147925831_files/yitu_01.jpg" alt="一图读懂 安徽省推进跨境电商和海外仓高质量发展若干措施 安徽省商务厅制"></p>
<div class="blk"><h3>出台背景</h3><p>%(intro)s</p></div>
<div class="blk"><h3>发展目标<br><small>（到2027年）</small></h3>
%(cards)s
</div>
<div class="blk"><h3>4个方面　12条措施</h3>
%(blocks)s</div>
<div class="blk"><h3>政策兑现</h3>
%(dx)s
<p class="tel">咨询电话：0551-62999731（省商务厅电子商务处）</p>
</div>
<p style="text-align:center"><img src="./147925831_files/yitu_02.jpg" alt="安徽商务 微信公众号二维码"></p>
<div class="yw">原文链接：<a href="https://www.ah.gov.cn/public/1681/555012771.html" target="_blank">安徽省人民政府办公厅关于印发安徽省推进跨境电商和海外仓高质量发展若干措施的通知</a>（皖政办〔2025〕9号）</div>
<div class="xgjd">相关解读：<a href="#">【文字解读】《安徽省推进跨境电商和海外仓高质量发展若干措施》政策解读</a></div>
</div>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a>　<a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer">
<p>主办：安徽省商务厅　地址：安徽省合肥市包河区中山路1号　邮编：230071</p>
<p>网站标识码：3400000071　皖ICP备05002491号　皖公网安备34010402700593号</p>
</div>
</body></html>
''' % dict(title=title, intro=intro, cards=cards_html, blocks=blocks_html,
           dx=dx_html)
    with open(out(name + '.html'), 'w', encoding='utf-8') as f:
        f.write(page)

    clauses = [intro]
    for label, pre, num, unit in cards:
        clauses.append('%s\n%s%s%s' % (label, pre, num, unit))
    specific = {}
    for no, head, items in blocks:
        for lead, text, places in items:
            c = '%s：%s' % (lead, strip(text))
            clauses.append(c)
            if places:
                specific[c[:24]] = places
    for lead, text in duixian:
        clauses.append('%s：%s' % (lead, text))
    EXPECTED[name] = [{
        'meta': {
            'title': title,
            'doc_number': None,
            'issuer': ['安徽省商务厅'],
            'date': '2025-06-11',
            'published': '2025-06-12',
            'level': 'provincial',
            'region': '安徽省',
            'effective': None,
            'expires': None,
            'attachments': [],
            'doc_type': '图解',
            'recipients': [],
            'publicity': None,
            'repeals': None,
        },
        'clauses': clauses,
        'applies_to': {'specific': specific},
    }]


# =====================================================================
# 4. 郑州 申报指南 (联合行文)
# =====================================================================
def make_zhengzhou():
    name = 'blind262_zhengzhou_shenbao'
    w = Writer()
    d = w.doc
    clauses = []
    specific = {}

    def cl(text, places=None):
        clauses.append(text)
        if places:
            specific[text[:24]] = places

    # 联合行文 版头: a borderless table, “文件” in a vertically merged cell
    t = d.add_table(rows=2, cols=2)
    no_table_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.columns[0].width = Mm(110)
    t.columns[1].width = Mm(40)
    for i, organ in enumerate(('郑州市商务局', '郑州市财政局')):
        c = t.cell(i, 0)
        c.width = Mm(110)
        para = c.paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        para.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        para.paragraph_format.line_spacing = Pt(52)
        r = para.add_run(organ)
        set_font(r, XBS, 40, color=RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.width = Mm(40)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    para = m.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = para.add_run('文件')
    set_font(r, XBS, 40, color=RED)
    w.blank(1)
    p = w.p('郑商务〔2025〕23号', align=WD_ALIGN_PARAGRAPH.CENTER, indent=0,
            after=18)
    p_border(p, bottom=(18, RED))
    w.blank(1)
    # 标题: one paragraph, soft line breaks
    w.p('郑州市商务局 郑州市财政局\n关于发布2025年度郑州市跨境电商和海外仓\n发展专项资金申报指南的通知',
        font=XBS, size=22, indent=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    w.blank(1)
    w.p('各区县（市）商务主管部门、财政局，郑州航空港经济综合实验区、郑东新区、郑州经济技术开发区、郑州高新技术产业开发区经济发展部门、财政部门，中国（河南）自由贸易试验区郑州片区管委会：',
        indent=0)
    intro = '为贯彻落实《郑州市支持跨境电子商务和海外仓高质量发展若干政策》（郑政办〔2024〕31号），加快建设中国（郑州）跨境电子商务综合试验区，推动企业深度参与高质量共建“一带一路”，现将2025年度跨境电商和海外仓发展专项资金申报有关事项通知如下：'
    w.p(intro)
    cl(intro)

    def head1(text):
        w.p(text, font=HT)

    def runin(lead, text, places=None, font=KT):
        w.p([(lead, font, False), (text, FS, False)])
        cl(lead + text, places)

    def plain(text, places=None, **kw):
        w.p(text, **kw)
        cl(text, places)

    head1('一、申报条件')
    plain('（一）申报主体应同时具备以下条件：')
    plain('1.在郑州市行政区域内（含郑州航空港经济综合实验区）依法注册登记，具有独立法人资格；')
    plain('2.2024年度在郑州市开展跨境电商或海外仓业务，经营状况良好，财务管理制度健全；')
    plain('3.近三年内未发生重大安全生产、环境污染和产品质量事故。')
    plain('（二）有下列情形之一的，不予支持：')
    plain('（1）被列入严重失信主体名单或在商务、海关、税务、外汇等领域存在严重违法违规行为的；')
    plain('（2）同一项目已获得其他市级财政资金支持的；')
    plain('（3）申报材料弄虚作假的。')

    head1('二、支持内容和标准')
    runin('（一）跨境电商主体培育。', '对2024年度跨境电商进出口额首次达到1亿元、5亿元、10亿元的企业，分别给予最高30万元、80万元、150万元奖励。')
    runin('（二）海外仓建设。', '对在“一带一路”共建国家和地区自建或租赁海外仓，面积达到3000平方米以上且2024年度服务郑州市企业不少于20家的，按其仓储设施投入的20%给予支持，单个企业最高200万元。')
    runin('（三）跨境电商产业园区。', '对经认定的市级跨境电商产业园区运营主体，按园区年度新增入驻跨境电商企业数量给予奖励，每个园区最高100万元。')
    runin('（四）自贸片区创新试点。', '对在中国（河南）自由贸易试验区郑州片区开展跨境电商“网购保税+线下自提”、跨境电商零售进口药品等创新试点业务的企业，按业务量给予最高50万元支持。',
          ['中国（河南）自由贸易试验区郑州片区'])
    runin('（五）航空物流通道。', '对在郑州航空港经济综合实验区开展跨境电商航空货运包机业务、往返郑州新郑国际机场的企业，按每架次最高5万元给予支持。',
          ['郑州航空港经济综合实验区'])
    runin('（六）中欧班列集结。', '对通过中欧班列（郑州）运输跨境电商货物至匈牙利布达佩斯、德国汉堡等地的企业，按每标准箱最高3000元给予运费补贴。')
    plain('单个企业年度支持总额不超过300万元。')

    # 三、申报材料 in a landscape section (next-page section break)
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    Writer.setup(sec, landscape=True)
    head1('三、申报材料')
    plain('申报单位须按以下顺序将申报材料装订成册，并同步上传电子版：')
    hdr = ['序号', '材料名称', '份数', '备注']
    rows = [
        ['1', '专项资金申报表（附件1）', '3', '加盖公章'],
        ['2', '营业执照复印件', '3', '加盖公章'],
        ['3', '2024年度跨境电商进出口数据证明', '3', '由郑州海关或中国（郑州）跨境电子商务综合试验区线上综合服务平台出具'],
        ['4', '海外仓租赁合同或产权证明、仓储设施投入发票', '3', '仅申报第二项第（二）目的提供'],
        ['5', '园区入驻企业名单及入驻协议', '3', '仅申报第二项第（三）目的提供'],
        ['6', '信用承诺书（附件2）', '1', '法定代表人签字并加盖公章'],
        ['7', '其他需要提供的证明材料', '1', '视情提供'],
    ]
    t = d.add_table(rows=1 + len(rows), cols=4)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [18, 112, 18, 77]
    for j, h in enumerate(hdr):
        cell_text(t.cell(0, j), h, font=HT, size=14,
                  align=WD_ALIGN_PARAGRAPH.CENTER)
    for i, r in enumerate(rows, 1):
        for j, v in enumerate(r):
            if j == 2 and 1 <= i <= 5:
                continue
            if j == 3 and i in (1, 2):
                continue
            cell_text(t.cell(i, j), v, size=14,
                      align=None if j in (1, 3) else WD_ALIGN_PARAGRAPH.CENTER)
    m = t.cell(1, 2).merge(t.cell(5, 2))            # 份数 “3” merged
    cell_text(m, '3', size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    m = t.cell(1, 3).merge(t.cell(2, 3))            # 备注 “加盖公章” merged
    cell_text(m, '加盖公章', size=14)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    set_widths(t, widths)
    for r in rows:
        cl(row_clause(hdr, r))

    # back to portrait
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    Writer.setup(sec)
    head1('四、申报流程')
    w.p([('第一步：企业申报。', HT, False),
         ('符合条件的企业于2025年7月1日至7月31日登录“郑州市商务专项资金管理系统”填报申报信息、上传申报材料，并将纸质材料报送注册地商务主管部门。\n郑州航空港经济综合实验区、中国（河南）自由贸易试验区郑州片区内企业，纸质材料直接报送所在区管委会经济发展部门。', FS, False)])
    cl('第一步：企业申报。符合条件的企业于2025年7月1日至7月31日登录“郑州市商务专项资金管理系统”填报申报信息、上传申报材料，并将纸质材料报送注册地商务主管部门。\n郑州航空港经济综合实验区、中国（河南）自由贸易试验区郑州片区内企业，纸质材料直接报送所在区管委会经济发展部门。')
    runin('第二步：属地初审。', '各区县（市）商务主管部门会同财政部门对企业申报材料的真实性、完整性进行初审，于2025年8月15日前将初审意见和汇总表报市商务局。', font=HT)
    runin('第三步：专家评审。', '市商务局会同市财政局委托第三方机构开展审核评审，必要时进行实地核查。', font=HT)
    runin('第四步：结果公示。', '评审结果在市商务局门户网站公示5个工作日，公示无异议的，按程序拨付资金。', font=HT)

    head1('五、工作要求')
    runin('（一）严格审核把关。', '各区县（市）商务、财政部门要切实履行初审职责，对申报材料的真实性、合规性严格把关，不得擅自扩大支持范围。')
    runin('（二）强化资金监管。', '专项资金实行专款专用，任何单位不得截留、挤占、挪用。对弄虚作假骗取专项资金的，依法依规追回资金，并取消其三年内申报资格。')
    runin('（三）加强政策宣传。', '各地要通过多种渠道做好政策宣传和申报辅导，确保符合条件的企业应知尽知、应报尽报。')

    head1('六、联系方式')
    w.p('市商务局电子商务处：李晓东，0371-67181234')
    w.p('市财政局经济建设处：陈静，0371-67185678')
    w.p('系统技术支持：0371-55036688')
    w.blank(1)
    w.p('附件：1.2025年度郑州市跨境电商和海外仓发展专项资金申报表', indent=2)
    w.p('2.信用承诺书', indent=0, left=80)
    w.blank(3)
    # 联合落款: borderless one-row table
    t = d.add_table(rows=1, cols=2)
    no_table_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, organ in enumerate(('郑州市商务局', '郑州市财政局')):
        cell_text(t.cell(0, j), organ, size=16,
                  align=WD_ALIGN_PARAGRAPH.CENTER)
    w.blank(1)
    w.p('2025年6月16日', align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, right=64)
    w.blank(1)
    w.p('（此件公开发布）', indent=2)
    banji(w, '抄送：郑州海关，国家税务总局郑州市税务局，中国出口信用保险公司河南分公司。',
          '郑州市商务局办公室', '2025年6月17日印发')
    w.save(out(name + '.docx'))
    to_pdf(out(name + '.docx'))
    EXPECTED[name] = [{
        'meta': {
            'title': '郑州市商务局 郑州市财政局关于发布2025年度郑州市跨境电商和海外仓发展专项资金申报指南的通知',
            'doc_number': '郑商务〔2025〕23号',
            'issuer': ['郑州市商务局', '郑州市财政局'],
            'date': '2025-06-16',
            'published': '2025-06-17',
            'level': 'municipal',
            'region': '郑州市',
            'effective': None,
            'expires': None,
            'attachments': ['2025年度郑州市跨境电商和海外仓发展专项资金申报表',
                            '信用承诺书'],
            'doc_type': '通知',
            'recipients': ['各区县（市）商务主管部门、财政局',
                           '郑州航空港经济综合实验区、郑东新区、郑州经济技术开发区、郑州高新技术产业开发区经济发展部门、财政部门',
                           '中国（河南）自由贸易试验区郑州片区管委会'],
            'publicity': '此件公开发布',
            'repeals': None,
        },
        'clauses': clauses,
        'applies_to': {'specific': specific},
    }]


if __name__ == '__main__':
    make_luzhou()
    make_ningbo()
    make_anhui()
    make_zhengzhou()
    with open(out('expected.json'), 'w', encoding='utf-8') as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    for k, v in EXPECTED.items():
        print(k, len(v[0]['clauses']), 'clauses')
