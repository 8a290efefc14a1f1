# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905
"""Blind generator: four fictional Chinese government documents (DOCX/PDF/HTML) + expected.json."""
import json
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

OUT = Path(__file__).resolve().parent
EXPECTED = {}
META = {}

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"


# ---------------------------------------------------------------- helpers
def new_doc():
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    st = d.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)
    st.paragraph_format.line_spacing = Pt(28)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    return d


def font(run, name=FS, size=16, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    return run


def para(d, text="", name=FS, size=16, align=None, indent=True, bold=False):
    p = d.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    if text:
        font(p.add_run(text), name, size, bold)
    return p


def runs(d, parts, indent=True, align=None):
    """parts: list of (text, fontname)."""
    p = d.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    for t, n in parts:
        font(p.add_run(t), n)
    return p


def title(d, text):
    p = para(d, text, XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p.paragraph_format.line_spacing = Pt(36)
    return p


def blank(d):
    return para(d, "", indent=False)


def page_field(p):
    """— PAGE — footer."""
    font(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    font(r, "宋体", 14)
    r._element.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    r2 = p.add_run()
    font(r2, "宋体", 14)
    r2._element.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> PAGE </w:instrText>'))
    r3 = p.add_run()
    font(r3, "宋体", 14)
    r3._element.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    r4 = p.add_run("1")
    font(r4, "宋体", 14)
    r5 = p.add_run()
    r5._element.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))
    font(p.add_run(" —"), "宋体", 14)


def footers(section):
    for f in (section.footer, section.first_page_footer):
        f.is_linked_to_previous = False
        p = f.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page_field(p)


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{b} w:val="nil"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def grid_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def cell_text(cell, text, name=FS, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False):
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._element.getparent().remove(r._element)
    p.alignment = align
    p.paragraph_format.first_line_indent = Pt(0)
    font(p.add_run(text), name, size, bold)


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(path)],
                   check=True, capture_output=True, timeout=180)


# ============================================================ a) joint 决定
def make_a():
    stem = "a_joint_decision"
    exp = []
    d = new_doc()
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    hp = sec.first_page_header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    font(hp.add_run("苏府发〔2025〕8号"), FS, 16)
    footers(sec)

    T = "江苏省人民政府 中国人民银行江苏省分行关于推进中国（江苏）自由贸易试验区跨境金融服务创新发展的决定"
    title(d, "江苏省人民政府　中国人民银行江苏省分行")
    title(d, "关于推进中国（江苏）自由贸易试验区跨境金融服务创新发展的决定")
    exp.append(T)
    blank(d)
    ms = "各设区市人民政府，省各委办厅局，省各直属单位，人民银行各市分行："
    para(d, ms, indent=False); exp.append(ms)

    def P(t):
        para(d, t); exp.append(t)

    def H1(t):
        para(d, t, HT); exp.append(t)

    def H2(lbl, rest):
        runs(d, [(lbl, KT), (rest, FS)]); exp.append(lbl + rest)

    P("为深入贯彻落实党中央、国务院关于高标准建设自由贸易试验区的决策部署，推动中国（江苏）自由贸易试验区（以下简称江苏自贸试验区）跨境金融服务创新发展，更好服务“一带一路”建设，现作出如下决定。")
    H1("一、总体目标")
    P("到2027年，江苏自贸试验区跨境人民币结算量年均增长15%以上，与“一带一路”共建国家跨境人民币结算占比提高到40%，基本形成与高水平开放相适应的跨境金融服务体系。")
    H1("二、重点任务")
    H2("（一）扩大跨境人民币使用。", "支持区内企业在对“一带一路”共建国家的货物贸易、服务贸易和直接投资中优先使用人民币计价结算。鼓励银行为优质企业提供跨境人民币结算便利化服务，单笔业务办理时间压缩至1个工作日以内。")
    H2("（二）便利跨境投融资。", "开展合格境外有限合伙人（QFLP）试点，试点规模不超过50亿元人民币。支持符合条件的区内企业在境外发行人民币债券，募集资金可按规定调回境内使用。")
    H2("（三）创新跨境金融产品。", "支持银行机构开发跨境供应链金融、出口信用保险保单融资等产品，为中欧班列、西部陆海新通道沿线企业提供全流程金融服务。")
    H1("三、保障措施")
    P("1.加强组织领导。省人民政府和人民银行江苏省分行建立联席会议制度，每半年召开一次会议，研究解决重大问题。")
    P("2.强化监测评估。建立跨境资金流动监测预警机制，对异常跨境资金流动及时开展核查，守住不发生系统性金融风险的底线。")
    P("本决定自2025年4月1日起施行。")
    blank(d); blank(d)
    # borderless 2-column layout table: organs side by side, date centered below
    tb = d.add_table(rows=2, cols=2)
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(tb)
    cell_text(tb.cell(0, 0), "江苏省人民政府")
    cell_text(tb.cell(0, 1), "中国人民银行江苏省分行")
    m = tb.cell(1, 0).merge(tb.cell(1, 1))
    cell_text(m, "2025年3月18日")
    exp += ["江苏省人民政府", "中国人民银行江苏省分行", "2025年3月18日"]
    blank(d)
    para(d, "（此件公开发布）"); exp.append("（此件公开发布）")
    path = OUT / f"{stem}.docx"
    d.save(path)
    to_pdf(path)
    EXPECTED[stem] = exp
    META[stem] = {"title": T, "doc_number": "苏府发〔2025〕8号",
                  "issuer": "江苏省人民政府、中国人民银行江苏省分行", "date": "2025-03-18"}


# ============================================================ b) HTML portal page
def make_b():
    stem = "b_portal_notice"
    exp = []
    T = "广西壮族自治区人民政府办公厅关于印发中国（广西）自由贸易试验区跨境服务贸易特别管理措施清单（2025年版）的通知"
    DN = "桂政办发〔2025〕17号"
    exp.append(T)
    body = []

    def P(t, center=False, right=False, indent=True):
        st = "text-indent:2em;" if indent else ""
        if center: st += "text-align:center;"
        if right: st += "text-align:right;"
        body.append(f'<p style="{st}">{t}</p>')
        exp.append(t)

    body.append(f'<p style="text-align:center;">{DN}</p>')
    P("各市、县人民政府，自治区人民政府各组成部门、各直属机构：", indent=False)
    P("《中国（广西）自由贸易试验区跨境服务贸易特别管理措施清单（2025年版）》已经自治区人民政府同意，现印发给你们，请认真贯彻执行。")
    P("各地各部门要对照清单，全面梳理本地区本领域涉及跨境服务贸易的管理措施，清单之外的领域，按照境内外服务及服务提供者待遇一致原则实施管理。执行中遇到的问题，请及时向自治区商务厅反映。")
    a1 = "附件：1.中国（广西）自由贸易试验区跨境服务贸易特别管理措施清单（2025年版）.docx"
    a2 = "2.中国（广西）自由贸易试验区跨境服务贸易特别管理措施清单编制说明.pdf"
    body.append(f'<p style="text-indent:2em;"><a href="/zwgk/zcwj/W020250616553102345678.docx" target="_blank">{a1}</a></p>')
    body.append(f'<p style="text-indent:5em;"><a href="/zwgk/zcwj/W020250616553102345679.pdf" target="_blank">{a2}</a></p>')
    exp += [a1, a2]
    P("广西壮族自治区人民政府办公厅", right=True, indent=False)
    P("2025年6月12日", right=True, indent=False)
    P("（此件公开发布）")
    body.append('<p style="text-align:center;"><br/></p>')
    P("中国（广西）自由贸易试验区跨境服务贸易特别管理措施清单（2025年版）", center=True, indent=False)
    P("一、本清单列明中国（广西）自由贸易试验区内对境外服务提供者以跨境方式提供服务（包括自境外向境内提供服务、在境外向境内消费者提供服务、作为自然人入境提供服务）的特别管理措施。")
    P("二、清单之外的领域，在中国（广西）自由贸易试验区内按照境内外服务及服务提供者待遇一致原则实施管理。")
    rows = [
        ("1", "金融业", "货币金融服务", "境外金融机构在境内提供跨境支付服务，须取得中国人民银行颁发的支付业务许可证。"),
        ("2", "金融业", "货币金融服务", "境外个人不得在境内开立人民币结算账户，国家另有规定的除外。"),
        ("3", "金融业", "资本市场服务", "境外证券经营机构不得直接从事境内证券经纪业务。"),
        ("4", "交通运输业", "水上运输业", "境外船舶不得经营境内港口之间的海上运输业务，经批准的除外。"),
        ("5", "交通运输业", "航空运输业", "境外航空公司不得经营境内航线运输业务。"),
    ]
    tr = ['<tr><th style="width:8%">序号</th><th style="width:14%">门类</th><th style="width:16%">大类</th><th>特别管理措施</th></tr>']
    exp.append("序号 | 门类 | 大类 | 特别管理措施")
    spans = {0: (3, 2), 3: (2, 1)}  # row index: (门类 rowspan, 大类 rowspan)
    for i, (n, mc, dl, tx) in enumerate(rows):
        cells = [f"<td>{n}</td>"]
        if i == 0: cells.append(f'<td rowspan="3">{mc}</td>')
        if i == 3: cells.append(f'<td rowspan="2">{mc}</td>')
        if i == 0: cells.append(f'<td rowspan="2">{dl}</td>')
        if i in (2, 3, 4): cells.append(f"<td>{dl}</td>")
        cells.append(f'<td style="text-align:left;">{tx}</td>')
        tr.append("<tr>" + "".join(cells) + "</tr>")
        exp.append(f"{n} | {mc} | {dl} | {tx}")
    body.append('<table border="1" cellspacing="0" cellpadding="4" style="width:100%;border-collapse:collapse;">' + "\n".join(tr) + "</table>")
    body_html = "\n".join(body)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{T}_政策文件_广西壮族自治区人民政府门户网站</title>
<meta name="SiteName" content="广西壮族自治区人民政府门户网站">
<meta name="ArticleTitle" content="{T}">
<meta name="PubDate" content="2025-06-16 10:32">
<meta name="ContentSource" content="自治区人民政府办公厅">
<link rel="stylesheet" href="/css/common.css">
<script src="/js/jquery.min.js"></script>
<script>var _hmt = _hmt || [];</script>
</head>
<body>
<div class="top-bar"><span>2025年6月16日 星期一</span><a href="/wza">无障碍</a> | <a href="/en">English</a> | <a href="/m">手机版</a></div>
<div class="header"><img src="/images/logo.png" alt="广西壮族自治区人民政府门户网站"></div>
<div class="nav"><ul>
<li><a href="/">首页</a></li><li><a href="/zjgx">走进广西</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/zwfw">政务服务</a></li><li><a href="/hdjl">互动交流</a></li><li><a href="/sjfb">数据发布</a></li>
</ul></div>
<div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/zwgk/zcwj">政策文件</a></div>
<div class="article">
<table class="xxgk-info" border="0" cellspacing="0">
<tr><td class="t">索引号：</td><td>000014349/2025-01573</td><td class="t">主题分类：</td><td>商贸、海关、旅游\\对外经贸合作</td></tr>
<tr><td class="t">发文机关：</td><td>自治区人民政府办公厅</td><td class="t">成文日期：</td><td>2025年06月12日</td></tr>
<tr><td class="t">标　　题：</td><td colspan="3">{T}</td></tr>
<tr><td class="t">发文字号：</td><td>{DN}</td><td class="t">发布日期：</td><td>2025年06月16日</td></tr>
</table>
<h1 class="article-title">{T}</h1>
<div class="article-tools">发布时间：2025-06-16 10:32　来源：自治区人民政府办公厅　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　浏览次数：<span id="hits">1386</span>　<a href="#">分享到：</a></div>
<div id="zoom" class="article-content">
{body_html}
</div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="/zwgk/jd/202506/t20250616_1.html">【解读】《中国（广西）自由贸易试验区跨境服务贸易特别管理措施清单（2025年版）》政策解读</a></li>
<li><a href="/zwgk/zcwj/202406/t20240611_2.html">广西壮族自治区人民政府办公厅关于印发中国（广西）自由贸易试验区跨境服务贸易特别管理措施清单（2024年版）的通知</a></li>
</ul></div>
<div class="article-foot"><a href="javascript:window.print();">打印本页</a>　<a href="javascript:window.close();">关闭窗口</a></div>
</div>
<div class="footer">
<p><a href="/wzdt">网站地图</a> | <a href="/lxwm">联系我们</a> | <a href="/sybz">使用帮助</a></p>
<p>主办：广西壮族自治区人民政府办公厅　承办：广西壮族自治区大数据发展局</p>
<p>网站标识码：4500000035　<a href="https://beian.miit.gov.cn">桂ICP备05006361号</a>　<img src="/images/ga.png">桂公网安备 45010302000012号</p>
</div>
<script>document.getElementById('hits').innerText = '1387';</script>
</body>
</html>
"""
    (OUT / f"{stem}.html").write_text(html, encoding="utf-8")
    EXPECTED[stem] = exp
    META[stem] = {"title": T, "doc_number": DN, "issuer": "广西壮族自治区人民政府办公厅", "date": "2025-06-12"}


# ============================================================ c) 办法 with numbering + landscape 附件2
NUMID = 0


def add_cn_numbering(d):
    """Add an abstractNum with （一） style chineseCounting; return a factory for restarting num ids."""
    numbering = d.part.numbering_part.element
    abs_id = 90
    absn = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abs_id}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="（%1）"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    ids = iter(range(91, 200))

    def new_num():
        nid = next(ids)
        numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{abs_id}"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
        return nid
    return new_num


def numbered(d, text, nid):
    p = para(d, text)
    pPr = p._p.get_or_add_pPr()
    pPr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{nid}"/></w:numPr>'))
    return p


CN = "一二三四五六七八九十"


def make_c():
    stem = "c_measures_articles"
    exp = []
    d = new_doc()
    sec = d.sections[0]
    footers(sec)
    new_num = add_cn_numbering(d)
    T = "中国（四川）自由贸易试验区企业“一带一路”境外投资备案管理办法"
    DN = "川商规〔2025〕3号"
    para(d, DN, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    blank(d)
    title(d, T); exp.append(T)
    blank(d)

    def CH(t):
        para(d, t, HT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False); exp.append(t.replace("　", " "))

    def ART(lbl, t):
        runs(d, [(lbl, HT), ("　" + t, FS)]); exp.append(lbl + " " + t)

    def P(t):
        para(d, t); exp.append(t)

    def ITEMS(items):
        nid = new_num()
        for i, t in enumerate(items):
            numbered(d, t, nid); exp.append(f"（{CN[i]}）{t}")

    CH("第一章　总则")
    ART("第一条", "为规范中国（四川）自由贸易试验区企业对“一带一路”共建国家（地区）的境外投资备案管理，促进境外投资持续健康发展，根据《境外投资管理办法》等有关规定，结合本省实际，制定本办法。")
    ART("第二条", "本办法所称境外投资，是指在中国（四川）自由贸易试验区（以下简称四川自贸试验区）内依法设立的企业通过新设、并购及其他方式在“一带一路”共建国家（地区）拥有非金融企业或者取得既有非金融企业所有权、控制权、经营管理权及其他权益的行为。")
    P("本办法所称备案机关，是指四川自贸试验区各片区管理委员会负责商务工作的部门。")
    ART("第三条", "四川省商务厅负责指导、协调和监督全省自贸试验区企业境外投资备案工作。各片区备案机关负责本片区企业境外投资的备案及事中事后监管。")
    CH("第二章　备案程序")
    ART("第四条", "企业申请境外投资备案，应当通过商务部业务系统统一平台提交下列材料：")
    ITEMS(["《境外投资备案表》；", "企业营业执照复印件；", "境外投资相关合同或者协议；", "投资资金来源情况说明。"])
    ART("第五条", "材料齐全、符合法定形式的，备案机关应当自收到备案表之日起3个工作日内予以备案，并颁发《企业境外投资证书》。")
    ART("第六条", "企业境外投资有下列情形之一的，备案机关不予备案：")
    ITEMS(["危害我国国家主权、安全和社会公共利益的；", "违反我国法律法规的；", "违反我国缔结或者参加的国际条约、协定的。"])
    ART("第七条", "《企业境外投资证书》有效期为2年。企业未在有效期内开展境外投资的，证书自动失效；需要继续开展投资的，应当重新办理备案。")
    CH("第三章　监督管理")
    ART("第八条", "企业应当在境外投资项目完成后20个工作日内，向备案机关报送项目完成情况，并按规定参加对外直接投资统计。")
    ART("第九条", "备案机关应当会同有关部门，采取“双随机、一公开”方式对企业境外投资情况进行抽查，抽查比例每年不低于10%。")
    ART("第十条", "企业以提供虚假材料等不正当手段办理备案的，依照本办法第十二条规定处理。")
    ART("第十一条", "企业境外投资遇到重大突发事件的，应当在事件发生后24小时内向备案机关和驻外使（领）馆报告。")
    ART("第十二条", "企业违反本办法规定的，由备案机关责令改正，并在3年内不再受理该企业的境外投资备案申请；构成犯罪的，依法追究刑事责任。")
    CH("第四章　附则")
    ART("第十三条", "本办法自2025年5月1日起施行，有效期5年。")
    blank(d)
    runs(d, [("附件：1.境外投资备案表填报说明", FS)])
    p = para(d, "2.境外投资项目备案申报汇总表")
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.left_indent = Pt(80)
    exp += ["附件：1.境外投资备案表填报说明", "2.境外投资项目备案申报汇总表"]
    blank(d); blank(d)
    para(d, "四川省商务厅", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(64)
    para(d, "2025年4月9日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(64)
    exp += ["四川省商务厅", "2025年4月9日"]
    # 附件1 portrait, new page
    p = para(d, "附件1", HT, indent=False)
    p.paragraph_format.page_break_before = True
    exp.append("附件1")
    blank(d)
    title(d, "境外投资备案表填报说明"); exp.append("境外投资备案表填报说明")
    blank(d)
    P("一、“境外投资主体”栏填写在四川自贸试验区内依法设立的企业全称，与营业执照保持一致。")
    P("二、“投资国别（地区）”栏应当填写“一带一路”共建国家（地区）的标准名称。")
    P("三、“中方投资额”以万美元为单位，保留两位小数。")
    # landscape section for 附件2
    s2 = d.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Mm(297), Mm(210)
    s2.top_margin, s2.bottom_margin, s2.left_margin, s2.right_margin = Mm(28), Mm(26), Mm(37), Mm(35)
    para(d, "附件2", HT, indent=False); exp.append("附件2")
    title(d, "境外投资项目备案申报汇总表"); exp.append("境外投资项目备案申报汇总表")
    fl = "填报单位（盖章）：　　　　　　　　　　　　　　　　　　填报日期：　　年　　月　　日"
    para(d, fl, size=14, indent=False); exp.append("填报单位（盖章）： 填报日期： 年 月 日")
    data = [
        ("1", "成都蓉欧跨境贸易有限公司", "91510100MA6C8X2K3Q", "哈萨克斯坦阿拉木图物流仓储中心项目", "哈萨克斯坦", "1200.00"),
        ("2", "四川天府新区丝路农业科技有限公司", "91510100MA6DQ5L71W", "老挝万象现代农业示范园项目", "老挝", "860.50"),
        ("3", "泸州川南临港国际供应链有限公司", "91510500MA68N3P29E", "越南海防冷链物流项目", "越南", "430.00"),
    ]
    tb = d.add_table(rows=2 + len(data), cols=6)
    grid_borders(tb)
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = tb.cell(0, 0).merge(tb.cell(1, 0)); cell_text(a, "序号", HT, 12)
    b = tb.cell(0, 1).merge(tb.cell(0, 2)); cell_text(b, "申报主体", HT, 12)
    cell_text(tb.cell(1, 1), "名称", HT, 12)
    cell_text(tb.cell(1, 2), "统一社会信用代码", HT, 12)
    c = tb.cell(0, 3).merge(tb.cell(1, 3)); cell_text(c, "项目名称", HT, 12)
    e = tb.cell(0, 4).merge(tb.cell(1, 4)); cell_text(e, "投资国别（地区）", HT, 12)
    f = tb.cell(0, 5).merge(tb.cell(1, 5)); cell_text(f, "中方投资额（万美元）", HT, 12)
    exp.append("序号 | 申报主体 名称 | 申报主体 统一社会信用代码 | 项目名称 | 投资国别（地区） | 中方投资额（万美元）")
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            cell_text(tb.cell(2 + i, j), v, FS, 12)
        exp.append(" | ".join(row))
    path = OUT / f"{stem}.docx"
    d.save(path)
    to_pdf(path)
    EXPECTED[stem] = exp
    META[stem] = {"title": T, "doc_number": DN, "issuer": "四川省商务厅", "date": "2025-04-09"}


# ============================================================ d) 转发 通知 with footnote, soft hyphen, nbsp, ideographic spaces
FOOTNOTES_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="24"/></w:rPr><w:t xml:space="preserve"> 中欧班列（赣州）是指以赣州国际陆港为始发站、经满洲里或霍尔果斯口岸出境的中欧班列线路。</w:t></w:r></w:p></w:footnote>
</w:footnotes>"""


def make_d():
    stem = "d_forwarding_notice"
    exp = []
    d = new_doc()
    fn_part = Part(PackURI("/word/footnotes.xml"),
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                   FOOTNOTES_XML.encode("utf-8"), d.part.package)
    d.part.relate_to(fn_part, RT.FOOTNOTES)
    footers(d.sections[0])
    IS = "　　"  # two ideographic spaces for indentation
    NB = "\u00a0\u00a0\u00a0\u00a0"  # nbsp indentation

    def P(t, lead=IS, clean=None):
        para(d, lead + t, indent=False); exp.append(clean or t)

    DN = "赣府厅字〔2025〕12号"
    para(d, DN, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    blank(d)
    T = "江西省人民政府办公厅转发省商务厅 省发展改革委关于深化与“一带一路”共建国家经贸合作若干措施的通知"
    title(d, "江西省人民政府办公厅转发省商务厅")
    title(d, "省发展改革委关于深化与“一带一路”共建国家")
    title(d, "经贸合作若干措施的通知")
    exp.append(T)
    blank(d)
    para(d, "各市、县（区）人民政府，省政府各部门：", indent=False)
    exp.append("各市、县（区）人民政府，省政府各部门：")
    P("省商务厅、省发展改革委《关于深化与“一带一路”共建国家经贸合作的若干措施》已经省人民政府同意，现转发给你们，请认真贯彻落实。")
    blank(d); blank(d)
    para(d, "　" * 14 + "江西省人民政府办公厅", indent=False); exp.append("江西省人民政府办公厅")
    para(d, "　" * 15 + "2025年5月6日", indent=False); exp.append("2025年5月6日")
    P("（此件公开发布）")
    # forwarded document
    p = para(d, "", indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    FT = "关于深化与“一带一路”共建国家经贸合作的若干措施"
    title(d, FT); exp.append(FT)
    para(d, "省商务厅\u00a0\u00a0省发展改革委", KT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    exp.append("省商务厅 省发展改革委")
    blank(d)
    P("为深入落实共建“一带一路”倡议，推动我省与共建国家经贸合作提质升级，提出如下措施。")
    p = para(d, IS + "一、拓展贸易合作", HT, indent=False); exp.append("一、拓展贸易合作")
    P("（一）支持跨境电\u00ad商发展。对在共建国家新设海外仓且面积达到5000平方米以上的企业，按实际投资额的10%给予一次性奖励，最高不超过200万元。",
      lead=NB, clean="（一）支持跨境电商发展。对在共建国家新设海外仓且面积达到5000平方米以上的企业，按实际投资额的10%给予一次性奖励，最高不超过200万元。")
    # footnote paragraph
    p = para(d, "", indent=False)
    font(p.add_run(IS + "（二）稳定开行中欧班列。推动中欧班列（赣州）"), FS)
    r = p.add_run()
    font(r, FS)
    r._element.get_or_add_rPr().append(parse_xml(f'<w:vertAlign {nsdecls("w")} w:val="superscript"/>'))
    r._element.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="1"/>'))
    font(p.add_run("常态化开行，对年度开行量超过300列的运营平台给予运营补贴。"), FS)
    exp.append("（二）稳定开行中欧班列。推动中欧班列（赣州）常态化开行，对年度开行量超过300列的运营平台给予运营补贴。")
    exp.append("中欧班列（赣州）是指以赣州国际陆港为始发站、经满洲里或霍尔果斯口岸出境的中欧班列线路。")
    para(d, IS + "二、深化投资合作", HT, indent=False); exp.append("二、深化投资合作")
    P("（三）引导企业有序“走出去”。支持有色金属、光伏、电子信息等优势产业企业在共建国家建设境外经贸合作区，对新认定的省级境外经贸合作区给予500万元奖励。")
    P("（四）加强境外投资风险防范。建立境外投资项目风险\u00a0预警机制，定期发布国别投资风险提示。",
      clean="（四）加强境外投资风险防范。建立境外投资项目风险预警机制，定期发布国别投资风险提示。")
    para(d, IS + "三、强化要素保障", HT, indent=False); exp.append("三、强化要素保障")
    P("（五）加大金融支持。引导金融机构扩大对共建国家项目的信贷投放，省级财政按贷款实际发生额的1%给予贴息，单个企业年度贴息不超过100万元。")
    P("本措施自印发之日起施行，有效期至2027年12月31日。")
    blank(d)
    para(d, "　" * 10 + "省商务厅\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0省发展改革委", indent=False); exp.append("省商务厅 省发展改革委")
    para(d, "　" * 15 + "2025年4月20日", indent=False); exp.append("2025年4月20日")
    path = OUT / f"{stem}.docx"
    d.save(path)
    EXPECTED[stem] = exp
    META[stem] = {"title": T, "doc_number": DN, "issuer": "江西省人民政府办公厅", "date": "2025-05-06"}


if __name__ == "__main__":
    make_a()
    make_b()
    make_c()
    make_d()
    EXPECTED["meta"] = META
    (OUT / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1), encoding="utf-8")
    print("ok", sorted(p.name for p in OUT.iterdir()))
