# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008
"""Blind generator round 17: four fictional Chinese policy files made the way offices/portals make them."""
import json
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
EXP = {}
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def row_str(header, cells):
    return "；".join(f"{h}：{c}" for h, c in zip(header, cells) if c != "")


# ---------------------------------------------------------------- a) HTML
A_TITLE = "国务院办公厅关于推动自由贸易试验区与共建“一带一路”国家深化经贸合作的意见"
A_NO = "国办发〔2025〕17号"
A_PARAS = [
    "为深入贯彻党中央、国务院决策部署，发挥自由贸易试验区改革开放综合试验平台作用，推动与共建“一带一路”国家经贸合作提质升级，经国务院同意，现提出以下意见。",
    "一、总体要求",
    # this one is split by <br/> mid-sentence in the HTML
    "坚持以制度创新为核心，以可复制可推广为基本要求，对接国际高标准经贸规则，加快构建与共建“一带一路”国家互利共赢的制度型开放体系。到2027年，自由贸易试验区与共建国家货物贸易额年均增长8%以上，累计形成100项以上合作领域制度创新成果。",
    "二、重点任务",
    "（一）提升贸易便利化水平。推进国际贸易“单一窗口”与共建国家互联互通，扩大“经认证的经营者”（AEO）互认范围，探索开展跨境电子提单、电子原产地证书互认试点。",
    "（二）扩大双向投资合作。支持自由贸易试验区企业赴共建国家建设境外经贸合作区，鼓励共建国家企业在自由贸易试验区设立区域总部、研发中心和结算中心。",
    "（三）深化金融服务创新。稳步扩大人民币跨境使用，支持符合条件的自由贸易试验区开展本外币合一银行结算账户体系试点，完善跨境投融资风险防控机制。",
    "三、保障措施",
    "各地区、各部门要按照以下要求抓好落实：",
]
A_LIST = [
    "加强组织领导，建立自由贸易试验区与“一带一路”建设联动工作机制。",
    "强化政策协同，及时清理与本意见不相适应的规章和规范性文件。",
    "做好总结评估，每年12月底前将工作进展情况报送商务部。",
]
A_AFTER_LIST = "重点任务分工如下："
A_TH = ["序号", "重点任务", "牵头单位", "完成时限"]
A_ROWS = [
    ["1", "建设“单一窗口”互联互通平台", "海关总署", "2025年12月"],
    ["2", "扩大AEO互认国家范围", "海关总署、商务部", "2026年6月"],
    ["3", "开展电子原产地证书互认试点", "海关总署、中国贸促会", "2026年12月"],
    ["4", "建设境外经贸合作区服务平台", "商务部", "2026年12月"],
    ["5", "开展本外币合一银行结算账户试点", "中国人民银行", "2027年6月"],
    ["6", "评估推广制度创新成果", "商务部、国家发展改革委", "持续推进"],
]
A_SIGN = "国务院办公厅"
A_DATE = "2025年2月18日"


def make_html():
    ps = []
    ps.append(f'<p style="text-indent:2em;">{A_PARAS[0]}</p>')
    ps.append(f'<p style="text-indent:2em;"><strong>{A_PARAS[1]}</strong></p>')
    s = A_PARAS[2]
    cut = s.index("加快构建")
    ps.append(f'<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;font-size:16pt;">{s[:cut]}<br/>{s[cut:]}</span></p>')
    ps.append(f'<p style="text-indent:2em;"><strong>{A_PARAS[3]}</strong></p>')
    for t in A_PARAS[4:7]:
        head, rest = t.split("。", 1)
        ps.append(f'<p style="text-indent:2em;"><span style="font-family:楷体_GB2312;font-weight:bold;">{head}。</span><span style="font-family:仿宋_GB2312;">{rest}</span></p>')
    ps.append(f'<p style="text-indent:2em;"><strong>{A_PARAS[7]}</strong></p>')
    ps.append(f'<p style="text-indent:2em;">{A_PARAS[8]}</p>')
    ps.append("<ol>" + "".join(f"<li>{t}</li>" for t in A_LIST) + "</ol>")
    ps.append(f'<p style="text-indent:2em;">{A_AFTER_LIST}</p>')
    trs = "<tr>" + "".join(f'<td style="font-weight:bold;text-align:center;">{h}</td>' for h in A_TH) + "</tr>\n"
    for r in A_ROWS:
        trs += "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>\n"
    ps.append(f'<table border="1" cellspacing="0" cellpadding="4" style="width:90%;margin:0 auto;border-collapse:collapse;"><tbody>\n{trs}</tbody></table>')
    ps.append(f'<p style="text-align:right">{A_SIGN}</p>')
    ps.append(f'<p style="text-align:right">{A_DATE}</p>')
    ps.append('<p style="text-indent:2em;">（此件公开发布）</p>')
    body = "\n".join(ps)
    html = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8"/>
<meta name="ArticleTitle" content="{A_TITLE}"/>
<meta name="PubDate" content="2025-02-21 17:30"/>
<meta name="ContentSource" content="中国政府网"/>
<title>{A_TITLE}_综合政务_中国政府网</title>
<link rel="stylesheet" href="/images/2025style.css"/>
</head>
<body>
<div class="header">
  <div class="logo"><a href="/"><img src="/images/logo.png" alt="中国政府网"/></a></div>
  <div class="topright"><a href="#">English</a> | <a href="#">繁体</a> | <a href="#">无障碍</a> | <a href="#">登录</a></div>
</div>
<div class="nav">
  <ul>
    <li><a href="/">首页</a></li><li><a href="#">要闻</a></li><li><a href="#">政策</a></li>
    <li><a href="#">互动</a></li><li><a href="#">服务</a></li><li><a href="#">数据</a></li><li><a href="#">国情</a></li>
  </ul>
</div>
<div class="BreadcrumbNav">首页 &gt; 政策 &gt; 国务院政策文件库 &gt; 国务院部门文件</div>
<div class="policyLibraryOverview_header">
<table class="bd1" cellpadding="0" cellspacing="1" border="0" width="100%">
<tbody>
<tr><td class="t1"><b>索&nbsp;&nbsp;引&nbsp;&nbsp;号：</b></td><td>000014349/2025-00031</td><td class="t1"><b>主题分类：</b></td><td>综合政务\\其他</td></tr>
<tr><td class="t1"><b>发文机关：</b></td><td>国务院办公厅</td><td class="t1"><b>成文日期：</b></td><td>2025年02月18日</td></tr>
<tr><td class="t1"><b>标&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;题：</b></td><td colspan="3">{A_TITLE}</td></tr>
<tr><td class="t1"><b>发文字号：</b></td><td>{A_NO}</td><td class="t1"><b>发布日期：</b></td><td>2025年02月21日</td></tr>
</tbody>
</table>
</div>
<div class="article oneColumn pub_border">
  <h1>{A_TITLE}</h1>
  <div class="pages-date">2025-02-21 17:30 <span class="font">来源： 中国政府网</span></div>
  <div class="pages_content" id="UCAP-CONTENT">
<p style="text-align:center"><span style="font-family:仿宋_GB2312;">{A_NO}</span></p>
<p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p>
{body}
  </div>
  <div class="editor">【我要纠错】 责任编辑：王小明</div>
  <div class="pages_print"><span class="font index_switchsize">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span> <a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
</div>
<div class="related">
  <div class="related_title">相关稿件</div>
  <ul>
    <li><a href="#">商务部有关负责人就推动自由贸易试验区与共建“一带一路”国家深化经贸合作答记者问</a></li>
    <li><a href="#">图解：自由贸易试验区“一带一路”合作十项重点任务</a></li>
  </ul>
</div>
<div class="footer">
  <p>主办单位：国务院办公厅　运行维护单位：中国政府网运行中心</p>
  <p>版权所有：中国政府网　中文域名：中国政府网.政务</p>
  <p>网站标识码bm01000001　京ICP备05070218号　京公网安备11010202000001号</p>
</div>
</body>
</html>
'''
    (HERE / "a_govportal.html").write_text(html, encoding="utf-8")
    clauses = list(A_PARAS)
    clauses += [f"{i}. {t}" for i, t in enumerate(A_LIST, 1)]  # number may come as label
    clauses.append(A_AFTER_LIST)
    clauses += [row_str(A_TH, r) for r in A_ROWS]
    clauses += [A_SIGN, A_DATE]
    EXP["a_govportal"] = [{"meta": {"title": A_TITLE, "doc_number": A_NO, "issuer": "国务院办公厅", "date": "2025-02-18"},
                           "clauses": clauses}]


# ---------------------------------------------------------------- helpers for DOCX
def set_run_font(run, size=16, east="仿宋_GB2312", bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = east
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), east)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc, text, size=16, east="仿宋_GB2312", align=None, indent=True, bold=False):
    p = doc.add_paragraph()
    if align == "center": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent: p.paragraph_format.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        set_run_font(r, size, east, bold)
    return p


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(f'<w:{b} w:val="nil"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def all_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def cell_text(cell, text, size=12, bold=False, east="仿宋_GB2312", center=True):
    p = cell.paragraphs[0]
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    set_run_font(r, size, east, bold)


# ---------------------------------------------------------------- b) DOCX 通知
B_ORG = "中国（浙江）自由贸易试验区工作领导小组办公室"
B_NO = "浙自贸办〔2025〕9号"
B_TITLE = "关于开展2025年度自由贸易试验区制度创新案例评选工作的通知"
B_TO = "各片区管委会，省级有关单位："
B_BODY = [
    "为深入实施自由贸易试验区提升战略，及时总结推广服务“一带一路”建设的改革经验，经研究，决定开展2025年度自由贸易试验区制度创新案例评选工作。现将有关事项通知如下。",
    "一、评选范围",
    "2024年1月1日以来，各片区在投资便利化、贸易便利化、金融开放创新和服务“一带一路”建设等领域形成的、已落地实施且取得明显成效的制度创新成果。",
    "二、申报方式",
    # hyperlink paragraph: display text of the field is the platform name
    "各单位请于2025年4月30日前登录浙江省自由贸易试验区综合服务平台在线填报，并同步报送加盖公章的纸质材料一式三份。",
    "三、评选程序",  # page break before
    "评选分为初审、专家评审和领导小组审定三个阶段，评选结果将在全省通报并择优向国务院自由贸易试验区工作部际联席会议办公室推荐。",
    "联系人：省商务厅自贸处 陈明，电话：0571-87050000。",
    "附件：2025年度自由贸易试验区制度创新案例申报汇总表",
]
B_SIGN = "中国（浙江）自由贸易试验区工作领导小组办公室"
B_DATE = "2025年3月6日"
B_ANNEX_TITLE = "2025年度自由贸易试验区制度创新案例申报汇总表"
B_HDR = ["序号", "案例名称", "申报单位", "创新类型-投资便利化", "创新类型-贸易便利化", "创新类型-金融开放", "联系人"]
B_ROWS = [
    ["1", "“一带一路”进口商品“直通港”模式", "宁波片区管委会", "", "√", "", "李华"],
    ["2", "跨境人民币结算“白名单”扩围", "杭州片区管委会", "", "", "√", "周敏"],
    ["3", "境外投资项目备案“一件事”集成办理", "金义片区管委会", "√", "", "", "吴强"],
]


def textbox_xml(text, bid=1):
    # Word 2010+ writes mc:AlternateContent: DrawingML wps text box + VML fallback
    run_in = (f'<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr><w:t>{text}</w:t></w:r></w:p>')
    return f'''<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml"
 xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:w10="urn:schemas-microsoft-com:office:word">
<mc:AlternateContent>
<mc:Choice Requires="wps">
<w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>50800</wp:posOffset></wp:positionV>
<wp:extent cx="5600000" cy="400000"/>
<wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapTopAndBottom/>
<wp:docPr id="{bid}" name="文本框 {bid}"/>
<wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5600000" cy="400000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{run_in}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>
</wps:wsp>
</a:graphicData></a:graphic>
</wp:anchor>
</w:drawing>
</mc:Choice>
<mc:Fallback>
<w:pict>
<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="文本框 {bid}" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:4pt;width:441pt;height:31.5pt;z-index:251659264" filled="f" stroked="f">
<v:textbox><w:txbxContent>{run_in}</w:txbxContent></v:textbox>
<w10:wrap type="topAndBottom"/>
</v:shape>
</w:pict>
</mc:Fallback>
</mc:AlternateContent>
</w:r>'''


def add_hyperlink_field(p, before, url, display, after):
    r = p.add_run(before); set_run_font(r)
    els = [
        f'<w:r {W_NS}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {W_NS}><w:instrText xml:space="preserve"> HYPERLINK "{url}" \\t "_blank" </w:instrText></w:r>',
        f'<w:r {W_NS}><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r {W_NS}><w:rPr><w:rStyle w:val="Hyperlink"/><w:rFonts w:eastAsia="仿宋_GB2312"/><w:color w:val="0563C1"/><w:sz w:val="32"/><w:u w:val="single"/></w:rPr><w:t>{display}</w:t></w:r>',
        f'<w:r {W_NS}><w:fldChar w:fldCharType="end"/></w:r>',
    ]
    for e in els:
        p._p.append(parse_xml(e))
    r = p.add_run(after); set_run_font(r)


def make_docx_b():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5), Cm(2.8), Cm(2.6)
    # masthead: one-row borderless table
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    c0, c1 = t.rows[0].cells
    c0.width, c1.width = Cm(12.5), Cm(3)
    p = c0.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    r = p.add_run(B_ORG); set_run_font(r, 22, "方正小标宋简体", False, "FF0000")
    p = c1.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("文件"); set_run_font(r, 36, "方正小标宋简体", False, "FF0000")
    # anchor paragraph with the 文号 text box, and a red rule (bottom border)
    p = doc.add_paragraph()
    p._p.append(parse_xml(textbox_xml(B_NO)))
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr>'))
    doc.add_paragraph()
    para(doc, B_TITLE, 22, "方正小标宋简体", "center", False)
    para(doc, B_TO, indent=False)
    for i, txt in enumerate(B_BODY):
        if i == 4:
            p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Pt(32)
            add_hyperlink_field(p, "各单位请于2025年4月30日前登录", "https://fta.zj.example.gov.cn/case2025", "浙江省自由贸易试验区综合服务平台", "在线填报，并同步报送加盖公章的纸质材料一式三份。")
            continue
        heading = txt in ("一、评选范围", "二、申报方式", "三、评选程序")
        p = para(doc, txt, 16, "黑体" if heading else "仿宋_GB2312")
        if i == 5:
            p.paragraph_format.page_break_before = True
    doc.add_paragraph()
    para(doc, B_SIGN, align="right", indent=False)
    para(doc, B_DATE, align="right", indent=False)
    para(doc, "（此件公开发布）", indent=True)
    # annex on a new landscape section
    ns = doc.add_section(WD_SECTION.NEW_PAGE)
    ns.orientation = WD_ORIENT.LANDSCAPE
    ns.page_width, ns.page_height = Cm(29.7), Cm(21)
    para(doc, "附件", 16, "黑体", None, False)
    para(doc, B_ANNEX_TITLE, 20, "方正小标宋简体", "center", False)
    t = doc.add_table(rows=2 + len(B_ROWS), cols=7)
    all_borders(t)
    # header row 1
    for j in (0, 1, 2, 6):
        m = t.cell(0, j).merge(t.cell(1, j))
        cell_text(m, ["序号", "案例名称", "申报单位", "", "", "", "联系人"][j], 12, True, "黑体")
    m = t.cell(0, 3).merge(t.cell(0, 5))
    cell_text(m, "创新类型", 12, True, "黑体")
    for j, h in zip((3, 4, 5), ("投资便利化", "贸易便利化", "金融开放")):
        cell_text(t.cell(1, j), h, 12, True, "黑体")
    for i, row in enumerate(B_ROWS):
        for j, c in enumerate(row):
            cell_text(t.cell(2 + i, j), c, 12)
    for tr in t.rows[:2]:
        trPr = tr._tr.get_or_add_trPr()
        trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
    doc.save(HERE / "b_tongzhi.docx")
    cl = list(B_BODY) + [B_SIGN, B_DATE, "附件", B_ANNEX_TITLE] + [row_str(B_HDR, r) for r in B_ROWS]
    EXP["b_tongzhi"] = [{"meta": {"title": B_TITLE, "doc_number": B_NO, "issuer": B_ORG, "date": "2025-03-06"}, "clauses": cl}]


# ---------------------------------------------------------------- c) DOCX 方案 with tracked changes
C_TITLE = "山东省推进“一带一路”经贸合作高质量发展实施方案（2025—2027年）"
C_NO = "鲁商字〔2025〕12号"
C_ISSUER = "山东省商务厅"
AUTHOR = 'w:author="张伟" w:date="2025-03-04T10:12:00Z"'
_rid = [100]


def rid():
    _rid[0] += 1
    return _rid[0]


def R(t):
    return f'<w:r><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r>'


def INS(t):
    return f'<w:ins w:id="{rid()}" {AUTHOR}><w:r><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r></w:ins>'


def DEL(t):
    return f'<w:del w:id="{rid()}" {AUTHOR}><w:r><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr><w:delText xml:space="preserve">{t}</w:delText></w:r></w:del>'


def raw_para(doc, inner, ppr_extra="", indent=True, jc=None):
    ppr = ""
    if jc: ppr += f'<w:jc w:val="{jc}"/>'
    if indent: ppr += '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
    p = parse_xml(f'<w:p {W_NS}><w:pPr>{ppr}{ppr_extra}</w:pPr>{inner}</w:p>')
    doc.element.body.insert(len(doc.element.body) - 1, p)  # before sectPr
    return p


def add_part_numbering(doc):
    numbering = doc.part.numbering_part.element
    absxml = f'''<w:abstractNum {W_NS} w:abstractNumId="90">
<w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="space"/><w:lvlText w:val="第%1部分"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:sz w:val="32"/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>
</w:abstractNum>'''
    first_num = numbering.find(qn("w:num"))
    a = parse_xml(absxml)
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    numbering.append(parse_xml(f'<w:num {W_NS} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return 90


def make_docx_c():
    doc = Document()
    numid = add_part_numbering(doc)
    para(doc, C_TITLE, 22, "方正小标宋简体", "center", False)
    para(doc, C_NO, 16, "仿宋_GB2312", "center", False)
    exp = []
    # intro with a deletion + insertion
    raw_para(doc, R("为贯彻落实共建“一带一路”高质量发展部署，") + DEL("进一步") + R("推动我省与共建国家经贸合作") + INS("提质增效、") + R("走深走实，结合我省实际，制定本方案。"))
    exp.append("为贯彻落实共建“一带一路”高质量发展部署，推动我省与共建国家经贸合作提质增效、走深走实，结合我省实际，制定本方案。")
    heading_ppr = f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{numid}"/></w:numPr>'
    def H(t):
        raw_para(doc, f'<w:r><w:rPr><w:rFonts w:eastAsia="黑体"/><w:sz w:val="32"/></w:rPr><w:t>{t}</w:t></w:r>', heading_ppr, indent=False)
    H("总体要求"); exp.append("第一部分 总体要求")
    # paragraph with a replaced target year and a comment (comment added via API below)
    p_goal = raw_para(doc, R("到") + DEL("2026年") + INS("2027年") + R("，全省与共建国家进出口总额突破2万亿元，对共建国家直接投资年均增长10%，建成20个省级境外经贸合作区。"))
    exp.append("到2027年，全省与共建国家进出口总额突破2万亿元，对共建国家直接投资年均增长10%，建成20个省级境外经贸合作区。")
    H("重点任务"); exp.append("第二部分 重点任务")
    raw_para(doc, R("（一）拓展贸易合作空间。") + R("支持企业在共建国家布局海外仓，") + DEL("力争每年新增海外仓10个以上，") + INS("到2027年海外仓总数达到100个，") + R("培育一批跨境电商综合试验区龙头企业。"))
    exp.append("（一）拓展贸易合作空间。支持企业在共建国家布局海外仓，到2027年海外仓总数达到100个，培育一批跨境电商综合试验区龙头企业。")
    # a whole paragraph deleted (runs and paragraph mark) -> must vanish after accepting
    raw_para(doc, DEL("（二）举办“齐鲁号”中欧班列推介周活动，每年组织企业赴共建国家开展经贸对接不少于5次。"),
             f'<w:rPr><w:del w:id="{rid()}" {AUTHOR}/></w:rPr>')
    # a whole paragraph inserted
    raw_para(doc, INS("（二）深化产能合作。引导化工、轻工、纺织等优势产业有序向共建国家转移，支持企业在中亚、东南亚建设生产基地。"),
             f'<w:rPr><w:ins w:id="{rid()}" {AUTHOR}/></w:rPr>')
    exp.append("（二）深化产能合作。引导化工、轻工、纺织等优势产业有序向共建国家转移，支持企业在中亚、东南亚建设生产基地。")
    raw_para(doc, R("（三）提升通道能级。发挥中国（山东）自由贸易试验区青岛、济南、烟台片区作用，推动“齐鲁号”欧亚班列与上合示范区多式联运中心联动发展。"))
    exp.append("（三）提升通道能级。发挥中国（山东）自由贸易试验区青岛、济南、烟台片区作用，推动“齐鲁号”欧亚班列与上合示范区多式联运中心联动发展。")
    H("保障措施"); exp.append("第三部分 保障措施")
    raw_para(doc, R("各市商务主管部门要会同有关部门细化工作措施，") + DEL("于每季度末") + INS("于每半年末") + R("向省商务厅报送工作进展情况。"))
    exp.append("各市商务主管部门要会同有关部门细化工作措施，于每半年末向省商务厅报送工作进展情况。")
    raw_para(doc, "", indent=False)
    raw_para(doc, R(C_ISSUER), indent=False, jc="right"); exp.append(C_ISSUER)
    # date changed in tracked change
    raw_para(doc, R("2025年3月") + DEL("5日") + INS("10日"), indent=False, jc="right"); exp.append("2025年3月10日")
    # comment on the goal paragraph (python-docx >= 1.2 API)
    from docx.text.paragraph import Paragraph
    P = Paragraph(p_goal, doc._body)
    runs = P.runs
    doc.add_comment(runs[-1], text="此处指标请与省统计局再次核实。", author="李娜", initials="LN")
    doc.save(HERE / "c_fangan.docx")
    EXP["c_fangan"] = [{"meta": {"title": C_TITLE, "doc_number": C_NO, "issuer": C_ISSUER, "date": "2025-03-10"}, "clauses": exp}]


# ---------------------------------------------------------------- d) TXT copy-paste
D_TITLE = "河南省商务厅关于支持企业深度参与共建“一带一路”的若干措施"
D_NO = "豫商外经〔2025〕5号"
D_BODY = [
    "各省辖市商务局，济源示范区、航空港区商务主管部门：",  # 主送 (metadata)
    "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，依托中国（河南）自由贸易试验区和郑州—卢森堡“空中丝绸之路”，支持我省企业深度参与共建“一带一路”，制定如下措施。",
    "一、支持企业开展境外投资。对在共建国家新设或并购生产型项目、中方实际投资额达到1000万美元以上的企业，按照不超过实际投资额的1%给予补助，单个企业最高不超过200万元。",
    "二、支持建设境外经贸合作区。对经认定的省级境外经贸合作区，其实施企业为入区企业提供的公共服务、基础设施建设等费用，按照不超过实际发生额的30%给予补助，单个合作区每年最高不超过500万元；对新认定为国家级境外经贸合作区的，一次性给予实施企业300万元奖励；对入区企业达到20家以上且年产值超过5亿元的合作区，在申报省级开放型经济发展专项资金时予以优先支持；鼓励自由贸易试验区郑州、开封、洛阳片区与境外经贸合作区开展“两国双园”合作，探索建立园区间产业协作、人才交流和信息共享机制，对合作成效明显的片区在年度考核中给予加分；支持金融机构为合作区实施企业和入区企业提供跨境融资、出口信用保险、汇率避险等综合金融服务，对当年新增对共建国家出口信用保险保费给予不超过50%的补助。",
    "三、支持企业开拓共建国家市场。对企业参加省商务厅确定的共建国家重点展会，按照展位费的70%给予补助。",
    "四、本措施自2025年4月1日起施行，有效期至2027年12月31日。",
]
D_ATTACH = ["1．2025年度河南省境外经贸合作区认定申报指南", "2．河南省共建“一带一路”重点展会目录"]
D_SIGN = "河南省商务厅"
D_DATE = "2025年3月10日"


def make_txt():
    L = []
    L.append("首页 > 政务公开 > 政策文件 > 厅发文件")
    L.append("")
    L.append(D_TITLE)
    L.append("")
    L.append("发布时间：2025-03-12 来源：河南省商务厅 浏览次数：1234")
    L.append("")
    L.append(D_NO)
    L.append("")
    L.append(D_BODY[0])
    L.append("")
    for t in D_BODY[1:]:
        L.append("\u3000\u3000" + t)
        L.append("")
    L.append("\u3000\u3000附件：" + D_ATTACH[0])
    L.append("\u3000\u3000\u3000\u3000\u3000" + D_ATTACH[1])
    L.append("")
    L.append("\u3000" * 20 + D_SIGN)
    L.append("\u3000" * 20 + D_DATE)
    L.append("")
    L.append("\u3000\u3000（此件公开发布）")
    L.append("")
    L.append("【打印本页】【关闭窗口】")
    L.append("")
    L.append("上一篇：河南省商务厅关于做好2025年外贸稳规模优结构工作的通知")
    L.append("下一篇：河南省商务厅关于印发《河南省跨境电商综合试验区建设考核办法》的通知")
    txt = "\r\n".join(L) + "\r\n"
    (HERE / "d_webcopy.txt").write_bytes(b"\xef\xbb\xbf" + txt.encode("utf-8"))
    cl = list(D_BODY[1:]) + ["附件：" + D_ATTACH[0] + " " + D_ATTACH[1], D_SIGN, D_DATE]
    EXP["d_webcopy"] = [{"meta": {"title": D_TITLE, "doc_number": D_NO, "issuer": D_SIGN, "date": "2025-03-10"}, "clauses": cl}]


if __name__ == "__main__":
    make_html(); make_docx_b(); make_docx_c(); make_txt()
    (HERE / "expected.json").write_text(json.dumps(EXP, ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote", sorted(p.name for p in HERE.iterdir()))
