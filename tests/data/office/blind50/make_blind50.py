# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the fiftieth round of blind office files and expected.json.

Theme: the many ways offices write dates, numbers and foreign terms.

  (a) blind50_nanning_cuoshi.txt — plain-text 南宁片区管委会 若干措施, 文号 with
      ASCII square brackets (南自贸管规[2024]2号), a two-line title, 第一条–第十二条
      with a "第12条" cross reference inside 第十一条, full-width digits
      (１００万元, １０００万元, signature date ２０２４年５月２０日), 『一带一路』,
      RCEP / AEO / QFLP, 1,000万元, 3.5%, 百分之十五, 10—20%, and
      "自发布之日起30日后施行，有效期2年".
  (b) blind50_chongqing_yijian.html — 重庆市人民政府 实施意见 as a portal page:
      metadata table (成文日期 2024-06-03, 发布日期 2024-06-05, 发文字号 with
      ASCII parentheses 渝府发(2024)12号), title split by <br/>, CPTPP / DEPA,
      "Silk Road <span>E-commerce</span>", numbers inside <span>s, &ldquo;一带一路&rdquo;
      and "一带一路" in ASCII quotes, signature date 二〇二四年六月三日,
      "自2024年7月1日起施行，有效期三年".
  (c) blind50_xian_banfa.docx — python-docx 陕西自贸试验区工作办公室 办法（试行）
      with red 版头, 文号 with small-form brackets 陕自贸办发﹝2024﹞8号, Latin
      words and numbers split across runs, a 第六条 "有效期为三年" that is NOT
      the document's expiry, signature date 2024/7/15, "自印发之日起试行，试行期一年".
      The same file is also converted to blind50_xian_banfa.pdf (LibreOffice);
      expected.json lists it under "blind50_xian_banfa.pdf" with the same answer.
  (d) blind50_suzhou_cuoshi.pdf — python-docx → LibreOffice PDF, 苏州工业园区
      管委会 若干措施（2024—2026年）, 文号 苏园管规〔2024〕3号, a quoted older
      文号 in ASCII parentheses in the preamble, signature date 2024.9.30,
      "自2024年10月1日起施行，有效期至2026年12月31日".
Fictional content; real places and organs.  Run again to rebuild.
"""

import html
import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FS = "仿宋_GB2312"; XBS = "方正小标宋简体"; HEI = "黑体"; KAI = "楷体_GB2312"; SONG = "宋体"
FW = "\u3000"
AL = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY, None: None}
expected = {}


# ------------------------------------------------------------------ helpers
def set_run(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    run.font.size = Pt(size); run.font.bold = bold
    if color: run.font.color.rgb = RGBColor(*color)
    return run


def para(where, text="", font=FS, size=16, align="j", indent=True, before=0, after=0, exact=None, color=None):
    p = where.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    pf.line_spacing = Pt(exact or 28)
    if indent: pf.first_line_indent = Pt(size * 2)
    if AL[align] is not None: p.alignment = AL[align]
    if text: set_run(p.add_run(text), font, size, color=color)
    return p


def para_runs(where, parts, size=16, indent=True):
    """parts: list of (text, font) — used to split Latin words / numbers across runs."""
    p = para(where, "", FS, size, indent=indent)
    for t, f in parts: set_run(p.add_run(t), f, size)
    return p


def rule_below(p, sz=12, color="FF0000"):
    ppr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr"); e = OxmlElement("w:bottom")
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "4"); e.set(qn("w:color"), color)
    b.append(e); ppr.append(b)


def rule_above(p, sz=6):
    ppr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr"); e = OxmlElement("w:top")
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "1"); e.set(qn("w:color"), "000000")
    b.append(e); ppr.append(b)


def add_page_field(p, size=14):
    r = p.add_run(); set_run(r, SONG, size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3): r._element.append(e)


def gw_page(doc):
    """GB/T 9704 page: A4, 3.7/3.5/2.8/2.6 cm, '— 1 —' footer."""
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.top_margin = Cm(3.7); s.bottom_margin = Cm(3.5); s.left_margin = Cm(2.8); s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]; st.font.name = FS; st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
    if rf is None: rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"): rf.set(qn(a), FS)
    fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run(fp.add_run("— "), SONG, 14); add_page_field(fp); set_run(fp.add_run(" —"), SONG, 14)


def red_head(doc, org_file, no):
    para(doc, org_file, XBS, 26, align="c", indent=False, before=0, after=12, exact=40, color=(0xFF, 0, 0))
    p = para(doc, no, FS, 16, align="c", indent=False, after=18)
    rule_below(p)


def signature(doc, org, date, right_cm=2.0):
    para(doc, "", indent=False)
    for t in (org, date):
        p = para(doc, t, FS, 16, align="r", indent=False); p.paragraph_format.right_indent = Cm(right_cm)


def banji(doc, cc, printer, printed):
    para(doc, "", indent=False); para(doc, "", indent=False)
    p = para(doc, "抄送：" + cc, FS, 14, align=None, indent=False); rule_above(p)
    p = para(doc, printer + FW * 3 + printed, FS, 14, align=None, indent=False); rule_above(p); rule_below(p, 6, "000000")


def to_pdf(docx_path, out_pdf):
    prof = tempfile.mkdtemp(prefix="lo50p_"); tmp = tempfile.mkdtemp(prefix="lo50o_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"), out_pdf)
    finally:
        shutil.rmtree(prof, ignore_errors=True); shutil.rmtree(tmp, ignore_errors=True)


# ==================================================================== (a) txt
A_HEADFILE = "中国（广西）自由贸易试验区南宁片区管理委员会文件"
A_NO = "南自贸管规[2024]2号"
A_TITLE_L = ["中国（广西）自由贸易试验区南宁片区管理委员会", "关于深化面向东盟RCEP经贸合作的若干措施"]
A_TITLE = "".join(A_TITLE_L)
A_ADDR = "片区各部门，各驻区单位，各有关企业："
A_ITEMS = [
    "第一条　为高质量实施《区域全面经济伙伴关系协定》（RCEP），推动共建『一带一路』向东盟方向走深走实，根据《中国（广西）自由贸易试验区南宁片区促进开放型经济发展办法》（南自贸管规〔2023〕5号），结合片区实际，制定本措施。",
    "第二条　对首次获得海关AEO高级认证的企业，给予一次性奖励50万元；对通过AEO高级认证重新认证的企业，给予一次性奖励20万元。",
    "第三条　对上年度凭RCEP原产地证书出口额超过1,000万元的企业，按照出口额的3.5%给予奖励，单个企业年度奖励最高不超过１００万元。",
    "第四条　对新落户片区、实缴出资额不低于1000万元的合格境外有限合伙人（QFLP）基金管理企业，按照实缴出资额的1%给予落户奖励，最高不超过300万元。",
    "第五条　对经认定的面向东盟的跨境电商综合服务平台，按照平台年度实际投入的百分之十五给予补助，最高不超过１０００万元。",
    "第六条　支持企业开拓RCEP成员国市场，对参加境外展会发生的展位费按照10—20%给予补助，其中在东盟国家举办的展会按照20%给予补助。",
    "第七条　鼓励金融机构为企业提供RCEP项下跨境人民币结算服务，对年度跨境人民币结算量首次突破5亿元的企业给予10万元奖励。",
    "第八条　同一企业同一项目符合本措施和片区其他政策规定的，按照从高不重复原则予以支持，不得重复申报。",
    "第九条　申报企业应当于每年3月31日前通过南宁片区企业服务平台提交申请材料，逾期不予受理。",
    "第十条　企业通过弄虚作假等方式骗取奖补资金的，由片区管委会依法追回已拨付资金，三年内取消其申报资格。",
    "第十一条　本措施第二条至第七条规定的奖补资金，在第12条规定的有效期内按年度兑现，由片区产业发展专项资金列支。",
    "第十二条　本措施由片区管委会经济发展局负责解释，自发布之日起30日后施行，有效期2年。",
]
A_ORG = "中国（广西）自由贸易试验区南宁片区管理委员会"
A_DATE = "２０２４年５月２０日"


def make_a():
    lines = [A_HEADFILE, "", A_NO, "", *A_TITLE_L, "", A_ADDR, ""]
    lines += A_ITEMS
    lines += ["", "", FW * 6 + A_ORG, FW * 14 + A_DATE, "", "（此件公开发布）", ""]
    with open(os.path.join(HERE, "blind50_nanning_cuoshi.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


expected["blind50_nanning_cuoshi"] = [
    {"meta": {"title": A_TITLE, "doc_number": A_NO, "issuer": A_ORG, "date": "2024-05-20",
              "effective": "2024-06-19", "expires": "2026-06-18"},
     "clauses": A_ITEMS,
     "_note": "Plain text, no markup. The 版头 '…管理委员会文件' is not the title; the title is on two lines and must be joined. 文号 expected as printed with ASCII [ ]; a normalised 南自贸管规〔2024〕2号 is tolerable (same digits), but the 〔2023〕5号 quoted in 第一条 is wrong (high). Signature date is in full-width digits ２０２４年５月２０日 = 2024-05-20. 自发布之日起30日后施行 → 2024-06-19 (2024-06-20 tolerable, counting-rule), 有效期2年 → 2026-06-18 (or the day before/after the tolerable effective date + 2y). Full-width digits inside clauses (１００万元, １０００万元) may be kept or normalised to ASCII but never dropped; 1,000万元 must keep its comma or be 1000; '第12条' inside 第十一条 must NOT start a new clause."},
]


# ==================================================================== (b) html
B_TITLE_L = ["重庆市人民政府", "关于支持中国（重庆）自由贸易试验区深度融入共建“一带一路”加快发展数字贸易的实施意见"]
B_TITLE = "".join(B_TITLE_L)
B_NO = "渝府发(2024)12号"
B_ADDR = "各区县（自治县）人民政府，市政府各部门，有关单位："
# clause text as the reader should see it; html versions below carry markup
B_PARAS = [
    "为全面对接《全面与进步跨太平洋伙伴关系协定》（CPTPP）、《数字经济伙伴关系协定》（DEPA）等高标准经贸规则，支持中国（重庆）自由贸易试验区（以下简称重庆自贸试验区）深度融入共建“一带一路”，加快发展数字贸易，经市政府同意，提出如下实施意见。",
    "一、对接高标准经贸规则。主动对接CPTPP、DEPA在数据跨境流动、电子支付、数字身份等领域的规则条款，在重庆自贸试验区开展压力测试，2024年底前形成首批10项以上制度创新成果。",
    "二、发展“丝路电商”。支持企业与共建\"一带一路\"国家开展“丝路电商”（Silk Road E-commerce）合作，建设“丝路电商”国别商品馆。对年度跨境电商进出口额超过1,000万元的企业，按照进出口额的0.5%给予奖励，最高不超过200万元。",
    "三、提升数字贸易便利化水平。推进国际贸易“单一窗口”数字化升级，推广无纸化报关和电子提单，对获得AEO认证的企业实施通关便利措施，力争跨境贸易单证电子化率达到百分之九十五以上。",
    "四、加大财政金融支持。市财政每年安排数字贸易发展专项资金3亿元，对符合条件的数字贸易项目按照投资额的10—20%给予补助；对首批纳入DEPA规则相关试点的项目，补助比例可提高至百分之二十五。",
    "五、强化组织保障。市商务委要会同市委网信办、重庆海关等部门建立工作专班，每季度调度一次工作进展，重大事项及时报告市政府。",
    "本意见自2024年7月1日起施行，有效期三年。",
]
B_HTML_PARAS = [
    html.escape(B_PARAS[0], quote=False).replace("共建“一带一路”", "共建&ldquo;一带一路&rdquo;"),
    "<strong>一、对接高标准经贸规则。</strong>主动对接<span lang=\"en\">CPTPP</span>、<span lang=\"en\">DEPA</span>在数据跨境流动、电子支付、数字身份等领域的规则条款，在重庆自贸试验区开展压力测试，2024年底前形成首批<span>10</span>项以上制度创新成果。",
    "<strong>二、发展“丝路电商”。</strong>支持企业与共建&quot;一带一路&quot;国家开展“丝路电商”（<em>Silk Road <span class=\"en\">E-commerce</span></em>）合作，建设“丝路电商”国别商品馆。对年度跨境电商进出口额超过<span>1,</span><span>000</span>万元的企业，按照进出口额的<span>0.5</span>%给予奖励，最高不超过200万元。",
    "<strong>三、提升数字贸易便利化水平。</strong>推进国际贸易“单一窗口”数字化升级，推广无纸化报关和电子提单，对获得<span>AEO</span>认证的企业实施通关便利措施，力争跨境贸易单证电子化率达到百分之九十五以上。",
    "<strong>四、加大财政金融支持。</strong>市财政每年安排数字贸易发展专项资金3亿元，对符合条件的数字贸易项目按照投资额的10&mdash;20%给予补助；对首批纳入DEPA规则相关试点的项目，补助比例可提高至百分之二十五。",
    "<strong>五、强化组织保障。</strong>市商务委要会同市委网信办、重庆海关等部门建立工作专班，每季度调度一次工作进展，重大事项及时报告市政府。",
    "本意见自2024年7月1日起施行，有效期三年。",
]
B_ORG = "重庆市人民政府"
B_DATE = "二〇二四年六月三日"


def make_b():
    rows = [("索&nbsp;引&nbsp;号：", "11500000009275780L/2024-00231", "主题分类：", "商贸、海关、旅游"),
            ("发文机关：", B_ORG, "成文日期：", "2024-06-03"),
            ("发文字号：", B_NO, "发布日期：", "2024-06-05")]
    trs = "\n".join("<tr><th>%s</th><td>%s</td><th>%s</th><td>%s</td></tr>" % r for r in rows)
    trs += "\n<tr><th>标&emsp;&emsp;题：</th><td colspan=\"3\">%s</td></tr>" % B_TITLE
    body = "\n".join("<p style=\"text-indent:2em\">%s</p>" % p for p in B_HTML_PARAS)
    page = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>%(t)s_市政府文件_重庆市人民政府网</title>
<meta name="ArticleTitle" content="%(t)s">
<meta name="PubDate" content="2024-06-05 16:30">
</head>
<body>
<div class="header"><a href="/">重庆市人民政府</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政策文件库 &gt; 市政府文件</div>
<table class="zwxl-table">
%(trs)s
</table>
<div class="zwxl-article">
<p style="text-align:center"><strong>%(t1)s<br/>%(t2)s</strong></p>
<p style="text-align:center">%(no)s</p>
<p>%(addr)s</p>
%(body)s
<p style="text-align:right">%(org)s</p>
<p style="text-align:right">%(date)s</p>
<p style="text-indent:2em">（此件公开发布）</p>
</div>
<div class="share">【字体：大 中 小】 【打印本页】 【关闭窗口】</div>
<div class="footer">主办：重庆市人民政府办公厅　渝ICP备05003300号</div>
</body>
</html>
""" % dict(t=B_TITLE, trs=trs, t1=B_TITLE_L[0], t2=B_TITLE_L[1], no=B_NO, addr=B_ADDR, body=body, org=B_ORG, date=B_DATE)
    with open(os.path.join(HERE, "blind50_chongqing_yijian.html"), "w", encoding="utf-8") as f:
        f.write(page)


expected["blind50_chongqing_yijian"] = [
    {"meta": {"title": B_TITLE, "doc_number": B_NO, "issuer": B_ORG, "date": "2024-06-03", "published": "2024-06-05",
              "effective": "2024-07-01", "expires": "2027-06-30"},
     "clauses": B_PARAS,
     "_note": "Portal page. Metadata table: 成文日期 2024-06-03 (= signature 二〇二四年六月三日) and 发布日期 2024-06-05; signed should be 06-03, published 06-05 (06-03 tolerable). 文号 printed with ASCII parentheses 渝府发(2024)12号 — kept as printed expected, 〔2024〕 normalisation tolerable. Title split by <br/> must be joined without a space. 'Silk Road <span>E-commerce</span>' must read 'Silk Road E-commerce' (no extra/lost spaces); '1,</span><span>000' must read 1,000. &quot;一带一路&quot; becomes ASCII quotes, &ldquo;…&rdquo; curly quotes; &mdash; in 10—20% is U+2014. 有效期三年 from 2024-07-01 → 2027-06-30 (2027-07-01 tolerable). Nav, crumb, share and footer are not clauses."},
]


# ==================================================================== (c) docx
C_HEADFILE = "中国（陕西）自由贸易试验区工作办公室文件"
C_NO = "陕自贸办发﹝2024﹞8号"
C_TITLE = "中国（陕西）自由贸易试验区“丝路电商”合作示范企业认定管理办法（试行）"
# each item: list of (text, font) runs; joined text is the expected clause
C_ITEMS = [
    [("第一条", HEI), ("　为推动“丝路电商”（Silk Road ", FS), ("E-", FS), ("commerce）合作走深走实，支持中国（陕西）自由贸易试验区（以下简称陕西自贸试验区）企业拓展共建“一带一路”国家市场，根据《“十四五”电子商务发展规划》等有关规定，制定本办法。", FS)],
    [("第二条", HEI), ("　本办法所称“丝路电商”合作示范企业，是指在陕西自贸试验区注册登记、与共建\"一带一路\"国家开展跨境电子商务合作并具有示范带动作用的企业。", FS)],
    [("第三条", HEI), ("　申请认定的企业应当具备下列条件：上年度跨境电商交易额不低于1,", FS), ("000万元，或者对共建“一带一路”国家跨境电商交易额占比不低于百分之十五；近三年未发生严重失信行为。已取得海关", FS), ("A", FS), ("EO", FS), ("认证的企业优先认定。", FS)],
    [("第四条", HEI), ("　认定工作每年开展一次。企业应当于每年9月30日前向所在片区管委会提出申请，由陕西自贸试验区工作办公室组织评审，评审结果在陕西自贸试验区门户网站公示5个工作日。", FS)],
    [("第五条", HEI), ("　对认定为示范企业的，按照其上年度平台建设和海外仓投入的10—20%给予一次性奖励，单个企业最高不超过1000万元。", FS)],
    [("第六条", HEI), ("　示范企业称号有效期为三年。有效期内发生严重失信行为或者不再符合认定条件的，撤销其示范企业称号。", FS)],
    [("第七条", HEI), ("　本办法由陕西自贸试验区工作办公室负责解释，自印发之日起试行，试行期一年。", FS)],
]
C_ORG = "中国（陕西）自由贸易试验区工作办公室"
C_DATE = "2024/7/15"


def make_c():
    doc = Document(); gw_page(doc)
    red_head(doc, C_HEADFILE, C_NO)
    para(doc, C_TITLE, XBS, 22, align="c", indent=False, before=12, after=18, exact=36)
    for parts in C_ITEMS: para_runs(doc, parts)
    signature(doc, C_ORG, C_DATE)
    para(doc, "（此件公开发布）")
    banji(doc, "商务部自由贸易区港建设协调司，省商务厅。", "中国（陕西）自由贸易试验区工作办公室", "2024年7月15日印发")
    dx = os.path.join(HERE, "blind50_xian_banfa.docx"); doc.save(dx)
    to_pdf(dx, os.path.join(HERE, "blind50_xian_banfa.pdf"))


expected["blind50_xian_banfa"] = [
    {"meta": {"title": C_TITLE, "doc_number": C_NO, "issuer": C_ORG, "date": "2024-07-15",
              "effective": "2024-07-15", "expires": "2025-07-14"},
     "clauses": ["".join(t for t, f in parts) for parts in C_ITEMS],
     "_note": "python-docx with red 版头 (not the title), 文号 with small-form brackets ﹝2024﹞ (U+FE5D/FE5E) — kept as printed expected, 〔2024〕 normalisation tolerable. Signature date written 2024/7/15. 自印发之日起试行，试行期一年 → effective 2024-07-15, expires 2025-07-14 (2025-07-15 tolerable). 第六条 '称号有效期为三年' is about the title, not the document: expires 2027-… is high. 'Silk Road E-'+'commerce', '1,'+'000', 'A'+'EO' are split across runs and must read unchanged. 版记 (抄送, 印发) not clauses."},
]


# ==================================================================== (d) pdf
D_NO = "苏园管规〔2024〕3号"
D_TITLE = "苏州工业园区管理委员会关于支持中国（江苏）自由贸易试验区苏州片区跨境投融资便利化的若干措施（2024—2026年）"
D_ADDR = "园区各部门、各直属单位，各功能区，各有关企业："
D_PARAS = [
    "为深入落实共建“一带一路”倡议和自由贸易试验区提升战略，推进中国（江苏）自由贸易试验区苏州片区（以下简称苏州片区）跨境投融资便利化，根据《苏州工业园区促进跨境投融资发展办法》（苏园管规(2023)7号），制定以下措施。",
    "一、扩大QFLP试点。支持符合条件的境外投资者在苏州片区设立合格境外有限合伙人（QFLP）基金，单只基金认缴规模不低于1,000万美元；对新设立的QFLP基金管理企业，按照实缴注册资本的2%给予最高500万元落户奖励。",
    "二、便利跨境资金结算。支持区内银行为AEO高级认证企业、RCEP项下进出口企业提供优质企业跨境人民币结算便利化服务，对年度跨境人民币结算量增长超过百分之十五的企业给予最高20万元奖励。",
    "三、支持企业“走出去”。对企业在共建“一带一路”国家投资的项目，按照中方实际投资额的1%给予最高300万元补助；对投保海外投资保险的，按照实缴保费的10—20%给予补贴。",
    "四、降低跨境融资成本。对苏州片区中小微企业获得的境外融资，按照实际融资额给予年化3.5%的贴息，贴息期限不超过1年，单个企业年度贴息不超过100万元。",
    "五、本措施自2024年10月1日起施行，有效期至2026年12月31日。园区此前发布的相关政策与本措施不一致的，以本措施为准。",
]
D_ORG = "苏州工业园区管理委员会"
D_DATE = "2024.9.30"


def make_d():
    doc = Document(); gw_page(doc)
    para(doc, D_NO, FS, 16, align="r", indent=False, before=24, after=12)
    para(doc, D_TITLE, XBS, 22, align="c", indent=False, after=18, exact=36)
    para(doc, D_ADDR, FS, 16, align=None, indent=False)
    for t in D_PARAS: para(doc, t)
    signature(doc, D_ORG, D_DATE)
    para(doc, "（此件公开发布）")
    d = tempfile.mkdtemp(prefix="ob50_")
    try:
        dx = os.path.join(d, "blind50_suzhou_cuoshi.docx"); doc.save(dx)
        to_pdf(dx, os.path.join(HERE, "blind50_suzhou_cuoshi.pdf"))
    finally:
        shutil.rmtree(d, ignore_errors=True)


expected["blind50_xian_banfa.pdf"] = expected["blind50_xian_banfa"]

expected["blind50_suzhou_cuoshi"] = [
    {"meta": {"title": D_TITLE, "doc_number": D_NO, "issuer": D_ORG, "date": "2024-09-30",
              "effective": "2024-10-01", "expires": "2026-12-31"},
     "clauses": D_PARAS,
     "_note": "LibreOffice PDF of a python-docx file, 文号 right-aligned above the title (no 版头). Title contains the range （2024—2026年）, which is not a date of the document and must stay in the title (wraps over two lines). The older 文号 苏园管规(2023)7号 quoted in the preamble must not become the doc_number. Signature date written 2024.9.30. Lines wrap inside 1,000 and Latin words: no space may be inserted."},
]


if __name__ == "__main__":
    make_a(); make_b(); make_c(); make_d()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    print("ok")
