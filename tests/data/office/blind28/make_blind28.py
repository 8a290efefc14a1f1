# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write three fictional Chinese government files (twenty-eighth blind round) and expected.json.

All documents, 文号, names, phone numbers and e-mail addresses are invented.
Files are written next to this script:
  blind28_zoom_page.html     GBK-encoded provincial 商务厅 web page (declared gb2312)
  blind28_meeting_notice.docx  吉林省商务厅 会议通知 with 参会回执 form on its own page
  blind28_xinjiang_plan.pdf  新疆 印发通知 + 行动计划, Word -> PDF via LibreOffice
"""

import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED = {}

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


# ---------------------------------------------------------------- docx helpers
def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rFonts.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", font=FS, size=16, bold=False, indent=True, align=None, color=None, space_before=0, line=28):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    if getattr(doc_or_cell, "_next_page", False):
        pf.page_break_before = True
        doc_or_cell._next_page = False
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(0)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def runs(p, parts, size=16):
    """parts: list of (text, font, bold)."""
    for t, f, b in parts:
        r = p.add_run(t)
        set_font(r, f, size, b)
    return p


def red_rule(p):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "18")
    bottom.set(qn("w:space"), "6")
    bottom.set(qn("w:color"), "FF0000")
    bdr.append(bottom)
    pPr.append(bdr)


def page_number_footer(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def add(t):
        r = fp.add_run(t)
        set_font(r, "宋体", 14)
        return r

    add("— ")
    r = fp.add_run()
    set_font(r, "宋体", 14)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    tx = OxmlElement("w:t"); tx.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for el in (b, it, s, tx, e):
        r._element.append(el)
    add(" —")


def gov_page(doc):
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    page_number_footer(sec)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def page_break(doc):
    """next paragraph starts a new page (no empty paragraph left behind)."""
    doc._next_page = True


def set_cell_text(cell, text, font=FS, size=14, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold)


# =========================================================== 1. zoom page HTML
def make_html():
    title = "江西省商务厅关于做好2024年度支持企业开拓共建“一带一路”市场政策兑现工作的通知"
    docno = "赣商务外贸字〔2024〕112号"
    SP = '<span style="font-family:仿宋_GB2312;font-size:16pt">'
    SH = '<span style="font-family:黑体;font-size:16pt">'
    SK = '<span style="font-family:楷体_GB2312;font-size:16pt">'
    E = "</span>"

    def p(*spans, style="text-indent:0;line-height:28pt"):
        return '<p style="%s">%s</p>' % (style, "".join(spans))

    body = [
        p(SP + "各设区市商务局，赣江新区经济发展局，省直管试点县（市）商务主管部门：" + E),
        # paragraph split into several spans; one boundary inside 一带|一路 and one inside 政策|兑现
        p(SP + "&emsp;&emsp;为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，根据《江西省人民政府办公厅关于进一步稳外贸稳外资促进开放型经济高质量发展的若干措施》（赣府厅字〔2023〕45号）精神，" + E,
          SP + "现就做好2024年度支持企业开拓共建“一带" + E,
          SP + "一路”市场政策" + E,
          '<span style="font-family:仿宋_GB2312;font-size:16pt;color:#000000">兑现工作有关事项通知如下：' + E),
        p(SH + "&emsp;&emsp;一、兑现范围" + E),
        p(SP + "&emsp;&emsp;2023年1月1日至2023年12月31日期间，在我省注册、具有独立法人资格的外贸企业和对外投资合作企业，为开拓共建“一带一路”国家市场实际发生并已支付的相关费用。" + E),
        p(SH + "&emsp;&emsp;二、申报条件" + E),
        p(SP + "&emsp;&emsp;（一）在江西省内依法注册登记，近三年内无重大违法违规记录，未被列入严重失信主体名单；" + E),
        p(SP + "&emsp;&emsp;（二）2023年对共建“一带一路”国家进出口额不低于100万美元，或当年新增对外直接投资额不低于50万美元；" + E),
        p(SP + "&emsp;&emsp;（三）按规定及时、准确填报商务部业务系统统一平台统计数据。" + E),
        '<p style="text-align:center"><img src="/picture/0/2406201632417890123.jpg" alt="政策图解" width="600" border="0"></p>',
        p(SH + "&emsp;&emsp;三、兑现标准" + E),
        p(SP + "&emsp;&emsp;具体兑现标准见下表。同一事项已获得其他省级财政资金支持的，不得重复申报。" + E),
    ]
    table = """<table border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse;font-family:仿宋_GB2312;font-size:12pt">
<tbody>
<tr><td colspan="5" align="center"><b>2024年度支持企业开拓共建“一带一路”市场政策兑现标准</b></td></tr>
<tr><td rowspan="2" align="center"><b>序号</b></td><td rowspan="2" align="center"><b>支持事项</b></td><td colspan="2" align="center"><b>支持标准</b></td><td rowspan="2" align="center"><b>单家企业年度上限（万元）</b></td></tr>
<tr><td align="center"><b>一般企业</b></td><td align="center"><b>重点企业</b></td></tr>
<tr><td align="center">1</td><td>境外专业展会参展</td><td>展位费的50%</td><td>展位费的70%</td><td align="center">30</td></tr>
<tr><td align="center">2</td><td>境外商标注册及国际认证</td><td>实际费用的50%</td><td>实际费用的60%</td><td align="center">20</td></tr>
<tr><td align="center">3</td><td>境外营销网络建设</td><td>实际投资额的10%</td><td>实际投资额的15%</td><td align="center">100</td></tr>
<tr><td align="center">4</td><td>赣欧（亚）班列货物运输</td><td>每标箱1000元</td><td>每标箱1500元</td><td align="center">200</td></tr>
</tbody>
</table>"""
    body.append(table)
    body += [
        p(SH + "&emsp;&emsp;四、申报材料" + E),
        p(SP + "&emsp;&emsp;（一）政策兑现申报表（附件1）；" + E),
        p(SP + "&emsp;&emsp;（二）企业营业执照复印件；" + E),
        p(SP + "&emsp;&emsp;（三）相关费用支付凭证及发票复印件。" + E),
        p(SH + "&emsp;&emsp;五、工作要求" + E),
        p(SP + "&emsp;&emsp;各设区市商务主管部门要认真做好审核把关，于2024年7月31日前将审核汇总材料报送省商务厅对外贸易处，逾期不予受理。" + E),
        p(SP + "&emsp;&emsp;联系人：刘喆，电话：0791-86246153。" + E),
        p(SP + "&emsp;&emsp;附件：1.<a href=\"/module/download/downfile.jsp?classid=0&filename=2406201632.xls\">政策兑现申报表</a>" + E),
        p(SP + "&emsp;&emsp;&emsp;&emsp;&emsp;2.<a href=\"/module/download/downfile.jsp?classid=0&filename=2406201633.xls\">重点企业名单</a>" + E),
        p(SP + "江西省商务厅" + E, style="text-align:right;line-height:28pt"),
        p(SP + "2024年6月18日" + E, style="text-align:right;line-height:28pt"),
    ]
    html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>%(title)s_通知公告_江西省商务厅</title>
<meta name="SiteName" content="江西省商务厅" />
<meta name="ColumnName" content="通知公告" />
<meta name="ArticleTitle" content="%(title)s" />
<meta name="PubDate" content="2024-06-20 16:32" />
<meta name="ContentSource" content="对外贸易处" />
<link rel="stylesheet" type="text/css" href="/images/2019style.css" />
<script type="text/javascript" src="/script/jquery.min.js"></script>
</head>
<body>
<div class="top"><div class="logo"><img src="/images/logo.png" alt="江西省商务厅" /></div>
<div class="nav"><a href="/">首页</a> | <a href="/col/col1/">机构概况</a> | <a href="/col/col2/">政务公开</a> | <a href="/col/col3/">政务服务</a> | <a href="/col/col4/">互动交流</a></div></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col2/">政务公开</a> &gt; <a href="/col/col25/">通知公告</a></div>
<div class="xxgk">
<table width="100%%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="bt">索&nbsp;引&nbsp;号：</td><td>014500526/2024-01276</td><td class="bt">主题分类：</td><td>商贸、海关、旅游\\对外经贸合作</td></tr>
<tr><td class="bt">发布机构：</td><td>江西省商务厅</td><td class="bt">成文日期：</td><td>2024-06-18</td></tr>
<tr><td class="bt">文&emsp;&emsp;号：</td><td>%(docno)s</td><td class="bt">发布日期：</td><td>2024-06-20</td></tr>
<tr><td class="bt">名&emsp;&emsp;称：</td><td colspan="3">%(title)s</td></tr>
</table>
</div>
<div class="article">
<div class="title">%(title)s</div>
<div class="info">发布时间：2024-06-20 16:32&emsp;来源：对外贸易处&emsp;浏览次数：<span id="hits">1236</span>&emsp;字号：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</div>
<div id="zoom">
%(body)s
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="links">相关链接：<a href="http://www.mofcom.gov.cn">商务部</a> <a href="http://www.jiangxi.gov.cn">江西省人民政府</a></div>
<div class="footer">主办单位：江西省商务厅&emsp;地址：南昌市红谷滩区卧龙路999号<br />赣ICP备05004108号&emsp;赣公网安备36010902000123号&emsp;网站标识码：3600000018</div>
</body>
</html>
""" % dict(title=title, docno=docno, body="\n".join(body))
    with open(os.path.join(HERE, "blind28_zoom_page.html"), "wb") as f:
        f.write(html.encode("gbk"))

    EXPECTED["blind28_zoom_page"] = [{
        "meta": {"title": title, "doc_number": docno, "issuer": "江西省商务厅", "date": "2024-06-18"},
        "clauses": [
            "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，根据《江西省人民政府办公厅关于进一步稳外贸稳外资促进开放型经济高质量发展的若干措施》（赣府厅字〔2023〕45号）精神，现就做好2024年度支持企业开拓共建“一带一路”市场政策兑现工作有关事项通知如下：",
            "一、兑现范围 2023年1月1日至2023年12月31日期间，在我省注册、具有独立法人资格的外贸企业和对外投资合作企业，为开拓共建“一带一路”国家市场实际发生并已支付的相关费用。",
            "（一）在江西省内依法注册登记，近三年内无重大违法违规记录，未被列入严重失信主体名单；",
            "（二）2023年对共建“一带一路”国家进出口额不低于100万美元，或当年新增对外直接投资额不低于50万美元；",
            "（三）按规定及时、准确填报商务部业务系统统一平台统计数据。",
            "三、兑现标准 具体兑现标准见下表。同一事项已获得其他省级财政资金支持的，不得重复申报。",
            "序号：1；支持事项：境外专业展会参展；支持标准（一般企业）：展位费的50%；支持标准（重点企业）：展位费的70%；单家企业年度上限（万元）：30",
            "序号：2；支持事项：境外商标注册及国际认证；支持标准（一般企业）：实际费用的50%；支持标准（重点企业）：实际费用的60%；单家企业年度上限（万元）：20",
            "序号：3；支持事项：境外营销网络建设；支持标准（一般企业）：实际投资额的10%；支持标准（重点企业）：实际投资额的15%；单家企业年度上限（万元）：100",
            "序号：4；支持事项：赣欧（亚）班列货物运输；支持标准（一般企业）：每标箱1000元；支持标准（重点企业）：每标箱1500元；单家企业年度上限（万元）：200",
            "（一）政策兑现申报表（附件1）；",
            "（二）企业营业执照复印件；",
            "（三）相关费用支付凭证及发票复印件。",
            "五、工作要求 各设区市商务主管部门要认真做好审核把关，于2024年7月31日前将审核汇总材料报送省商务厅对外贸易处，逾期不予受理。",
            "联系人：刘喆，电话：0791-86246153。",
            "附件：1.政策兑现申报表 2.重点企业名单",
            "江西省商务厅 2024年6月18日",
        ],
        "_note": "Page is declared gb2312 but encoded GBK: the contact name 刘喆 uses 喆, which is not in GB2312 (must not become mojibake or ?). "
                 "Spans split 一带|一路 and 政策|兑现 inside words: the intro must read as one unbroken paragraph with no inserted space/newline. "
                 "&emsp; indents must not survive as leading whitespace. The 主送 line (各设区市商务局…：) is not a clause. "
                 "The table has a caption row (…政策兑现标准) and a two-row header (支持标准 spans 一般企业/重点企业): each of the 4 data rows is one clause whose cells are labelled by the combined header; "
                 "the caption and header rows are not clauses. <img alt=政策图解> is not text. Nav, breadcrumb, xxgk info table, 发布时间/浏览次数/字号 line, 分享/打印本页/关闭窗口, 相关链接 and footer (ICP) are noise. "
                 "文号 only appears in the xxgk table. Date: 成文日期 2024-06-18 (signature); 发布日期 2024-06-20 is the web publication date (using it is a minor slip). "
                 "Headings 二、申报条件 / 四、申报材料 have no text of their own; they may be carried as context of their items but should not be merged into one item.",
    }]


# ==================================================== 2. meeting notice (docx)
def make_meeting():
    doc = Document()
    gov_page(doc)
    title = "关于召开全省对接共建“一带一路”暨向北开放经贸合作推进会的通知"
    docno = "吉商外经函〔2024〕45号"

    p = para(doc, "吉林省商务厅", font=XBS, size=36, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, color="FF0000", line=50)
    p = para(doc, docno, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, space_before=12)
    red_rule(p)
    para(doc, "", indent=False)
    para(doc, title, font=XBS, size=22, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "", indent=False)
    para(doc, "各市（州）、长白山管委会、梅河口市商务主管部门，省内有关企业：", indent=False)
    intro = "为深入贯彻落实省委、省政府关于高质量共建“一带一路”和推进向北开放的工作部署，总结交流我省企业开拓共建“一带一路”国家市场工作经验，研究部署下一阶段重点工作，经研究，定于2024年9月12日在长春市召开全省对接共建“一带一路”暨向北开放经贸合作推进会。现将有关事项通知如下："
    para(doc, intro)
    para(doc, "一、会议时间", font=HT)
    t1 = "2024年9月12日（星期四）上午9:00，会期半天。参会人员请于8:30前到会场报到。"
    para(doc, t1)
    para(doc, "二、会议地点", font=HT)
    t2 = "吉林省商务厅五楼第一会议室（长春市朝阳区工农大路1188号）。"
    para(doc, t2)
    para(doc, "三、参会人员", font=HT)
    c3 = [
        "（一）各市（州）、长白山管委会、梅河口市商务主管部门分管负责同志和对外经济合作科负责同志各1人；",
        "（二）省直有关部门（单位）处级负责同志1人；",
        "（三）省内重点外贸企业、对外投资合作企业负责同志各1人（名单由各市〔州〕商务主管部门推荐）。",
    ]
    for c in c3:
        para(doc, c)
    para(doc, "四、有关要求", font=HT)
    c4 = [
        "（一）请各单位于2024年9月6日（星期五）17:00前将参会回执（见附件）发送至电子邮箱jlswtwjc@163.com，逾期视为不参会。",
        "（二）请参会人员准时参会，会议期间将手机调至静音状态。",
        "（三）会议不安排住宿，交通费用由参会单位自理。",
    ]
    for c in c4:
        para(doc, c)
    contact = "联系人：省商务厅对外投资和经济合作处 王宁，电话：0431-88981234，传真：0431-88981235。"
    para(doc, contact)
    para(doc, "", indent=False)
    para(doc, "附件：参会回执")
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, "吉林省商务厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2024年8月30日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    para(doc, "（此件公开发布）")

    # attachment on its own page
    page_break(doc)
    para(doc, "附件", font=HT, indent=False)
    para(doc, "", indent=False)
    para(doc, "参会回执", font=XBS, size=22, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "", indent=False)
    tbl = doc.add_table(rows=4, cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(["单位名称", "姓名", "职务", "联系电话"]):
        set_cell_text(tbl.cell(0, i), h, font=HT, size=14)
    for r in range(1, 4):
        for c in range(4):
            set_cell_text(tbl.cell(r, c), "")
        tbl.rows[r].height = Cm(1.2)
    para(doc, "", indent=False)
    para(doc, "注：请于2024年9月6日17:00前将回执发送至jlswtwjc@163.com。", size=14, indent=False)
    doc.save(os.path.join(HERE, "blind28_meeting_notice.docx"))

    EXPECTED["blind28_meeting_notice"] = [{
        "meta": {"title": title, "doc_number": docno, "issuer": "吉林省商务厅", "date": "2024-08-30"},
        "clauses": [intro,
                    "一、会议时间 " + t1,
                    "二、会议地点 " + t2] + c3 + c4 + [
                    contact,
                    "附件：参会回执",
                    "吉林省商务厅 2024年8月30日",
                    ],
        "_note": "Red header 吉林省商务厅 and the 文号 line (right-aligned, red rule under it) are metadata, not clauses; the title carries no issuer so issuer comes from the red header / signature. "
                 "主送 line is not a clause. Heading 三、参会人员 and 四、有关要求 have no own text: their （一）-（三） items are separate clauses. "
                 "（此件公开发布） is a release note, not a clause (tolerable if dropped or kept as a note). "
                 "The 附件 page (附件 / 参会回执 / form table 单位名称|姓名|职务|联系电话 with three EMPTY rows / 注 line) is a blank form: empty rows must not yield clauses, and the header row alone is at most one form clause; "
                 "the 注 line under the form repeats the deadline and may be kept as a clause of the attachment. Footer page numbers (— 1 —) are noise. "
                 "Date is the signature date 2024-08-30 (not the meeting date 2024-09-12 or deadline 2024-09-06).",
    }]


# ======================================================= 3. xinjiang plan (pdf)
def make_xinjiang():
    doc = Document()
    gov_page(doc)
    issuer = "新疆维吾尔自治区人民政府办公厅"
    plan = "新疆维吾尔自治区推进丝绸之路经济带核心区建设行动计划（2024—2026年）"
    title = "新疆维吾尔自治区人民政府办公厅关于印发《%s》的通知" % plan
    docno = "新政办发〔2024〕37号"

    para(doc, issuer + "文件", font=XBS, size=24, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, color="FF0000", line=40)
    para(doc, "", indent=False)
    p = para(doc, docno, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    red_rule(p)
    para(doc, "", indent=False)
    para(doc, title, font=XBS, size=22, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "", indent=False)
    para(doc, "伊犁哈萨克自治州，各地、州、市人民政府（行政公署），自治区人民政府各组成部门、各直属机构：", indent=False)
    notice = "《%s》已经自治区人民政府同意，现印发给你们，请结合实际认真贯彻落实。" % plan
    para(doc, notice)
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, issuer, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(32)
    p = para(doc, "2024年3月15日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    para(doc, "（此件公开发布）")

    page_break(doc)
    para(doc, "新疆维吾尔自治区推进丝绸之路经济带核心区建设行动计划", font=XBS, size=22, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "（2024—2026年）", font=KT, size=16, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "", indent=False)

    pre = "为深入贯彻落实习近平总书记关于新疆工作和共建“一带一路”的重要指示精神，完整准确全面贯彻新时代党的治疆方略，加快推进丝绸之路经济带核心区建设，结合自治区实际，制定本行动计划。"
    para(doc, pre)

    C = []  # expected clauses of the plan

    def part(t):
        para(doc, t, font=HT, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, space_before=8)

    def h1(t):
        para(doc, t, font=HT)

    def body(t):
        para(doc, t)
        C.append(t)

    def lead(lbl, rest):
        p = para(doc)
        runs(p, [(lbl, KT, False), (rest, FS, False)])
        C.append(lbl + rest)

    part("第一部分　总体要求")
    h1("一、指导思想")
    t = "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，立足新疆在国家向西开放总体布局中的战略定位，坚持以开放促发展、以合作促共赢，把核心区建设作为推动新疆高质量发展的重要抓手，努力打造内陆开放和沿边开放的高地。"
    para(doc, t)
    C.append("一、指导思想 " + t)
    h1("二、主要目标")
    t = "到2026年，核心区交通枢纽、商贸物流、文化科教、区域金融、医疗服务“五大中心”建设取得重大进展。全区公路总里程新增1.2万公里，中欧（中亚）班列年开行量突破1.5万列，累计完成综合交通运输投资3000亿元以上，与共建“一带一路”国家进出口额占全区外贸进出口总额的比重稳定在40%以上，中国（新疆）自由贸易试验区形成一批可复制可推广的制度创新成果。"
    para(doc, t)
    C.append("二、主要目标 " + t)

    part("第二部分　重点任务")
    h1("一、加快建设交通枢纽中心")
    lead("（一）完善对外开放通道。", "推进中吉乌铁路、新藏铁路和田至日喀则段等重大项目前期工作，加快G219、G331沿边公路建设，提升霍尔果斯、阿拉山口、巴克图、吐尔尕特等口岸通关能力，构建“东联西出、南北贯通”的综合运输通道。")
    lead("（二）提升中欧班列集结能力。", "支持乌鲁木齐国际陆港区建设中欧班列集结中心，推动班列线路向中亚、西亚和欧洲延伸，到2026年集结中心班列开行量占全区比重达到60%。")

    # ---- 专栏: one-cell bordered table in the middle of part two
    para(doc, "", indent=False)
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    box.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell = box.cell(0, 0)
    cell.text = ""
    hp = cell.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run("专栏1　核心区建设重点项目")
    set_font(r, HT, 14)
    projects = [
        "1.乌鲁木齐国际陆港区多式联运集结中心项目。新建铁路专用线12公里、集装箱堆场20万平方米，总投资约45亿元。",
        "2.霍尔果斯口岸铁路换装能力提升项目。新增宽准轨换装线4条，年换装能力提升至3000万吨。",
        "3.喀什综合保税区二期项目。建设保税仓储、跨境电商监管中心等设施，总投资约28亿元。",
        "4.阿拉山口智慧口岸建设项目。推进口岸查验设施智能化改造，实现货物通关时间压缩30%以上。",
        "5.中国（新疆）自由贸易试验区乌鲁木齐片区国际商贸城项目。建设面向中亚的商品展示交易和进出口集散平台，总建筑面积约80万平方米。",
    ]
    for pr in projects:
        q = cell.add_paragraph()
        q.paragraph_format.first_line_indent = Pt(28)
        q.paragraph_format.line_spacing = Pt(24)
        q.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        r = q.add_run(pr)
        set_font(r, FS, 14)
    C.append("专栏1　核心区建设重点项目")
    C.extend(projects)
    para(doc, "", indent=False)

    h1("二、加快建设商贸物流中心")
    lead("（一）做强口岸经济。", "推动霍尔果斯、喀什、阿拉山口等口岸从“通道经济”向“口岸经济”转变，支持在口岸城市布局落地加工产业，力争到2026年落地加工贸易额年均增长15%。")
    lead("（二）发展跨境电子商务。", "支持乌鲁木齐、喀什、霍尔果斯跨境电子商务综合试验区建设，培育一批海外仓和跨境电商产业园，推动“新疆产品”借助跨境电商拓展中亚、西亚市场。")
    h1("三、加快建设区域金融中心")
    lead("（一）扩大跨境人民币业务。", "鼓励金融机构在中国（新疆）自由贸易试验区开展跨境人民币结算、投融资等业务创新，推动与周边国家本币结算规模稳步扩大。")

    part("第三部分　保障措施")
    h1("一、加强组织领导")
    t = "自治区推进丝绸之路经济带核心区建设工作领导小组统筹推进本行动计划实施，领导小组办公室负责日常协调调度，各地、各有关部门要细化工作举措，明确责任分工，确保各项任务落地见效。"
    para(doc, t)
    C.append("一、加强组织领导 " + t)
    h1("二、强化要素保障")
    t = "统筹用好中央预算内投资、地方政府专项债券等资金，对列入专栏的重点项目优先保障用地、用能指标。自治区发展改革委会同有关部门每年对行动计划实施情况进行评估，并向自治区人民政府报告。"
    para(doc, t)
    C.append("二、强化要素保障 " + t)

    tmp_docx = os.path.join(HERE, "blind28_xinjiang_plan.docx")
    doc.save(tmp_docx)
    profile = tempfile.mkdtemp(prefix="lo_blind28_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, tmp_docx],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    os.remove(tmp_docx)

    EXPECTED["blind28_xinjiang_plan"] = [{
        "meta": {"title": title, "doc_number": docno, "issuer": issuer, "date": "2024-03-15"},
        "clauses": [notice, issuer + " 2024年3月15日", pre] + C,
        "_note": "One file = 印发通知 (red header ‘…办公厅文件’, 文号 centered under it, red rule) + the plan it issues on the next page. "
                 "A reader may also split the plan out as a second document titled ‘%s’ (same 文号/issuer/date) - acceptable; "
                 "but 第一部分/第二部分/第三部分 part headings must not start new documents and are not clauses. "
                 "The plan title is broken over two lines (name + （2024—2026年）) and should be read as one title. "
                 "Headings 一、加快建设交通枢纽中心 etc. without own text are context, not clauses. "
                 "专栏1 box is a one-cell table in the middle of 第二部分 (between 一、（二） and 二、): its 5 numbered projects are 5 separate clauses and must not be glued onto （二）提升中欧班列集结能力 or onto 二、加快建设商贸物流中心; the box title may stand alone or prefix item 1. "
                 "Numbers 1.2万公里, 3000亿元以上, 40%%, 60%%, 30%% must survive intact; ‘1.2万公里’ must not be taken as a numbered item ‘1.’. "
                 "Repeated items (一)(二) under different 一、二、三、 headings are distinct clauses. Footer page numbers (— 2 —) are noise; （此件公开发布） is a release note." % plan,
    }]


if __name__ == "__main__":
    make_html()
    make_meeting()
    make_xinjiang()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    print("wrote", sorted(n for n in os.listdir(HERE) if n.startswith("blind28_")))
