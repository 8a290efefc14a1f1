# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 124: one provincial notice published as several files.

(a) 湖南省商务厅关于印发《中国（湖南）自由贸易试验区中非经贸合作支持措施》的通知
    posted as a PDF (blind124_hunan_notice.pdf, made from blind124_hunan_notice.docx),
    with its three attachments posted beside it as separately downloadable files named
    the way government sites name them:
      附件1：中国（湖南）自由贸易试验区中非经贸合作支持措施.docx   (colon)
      附件2.申报指南.docx                                         (dot)
      附件3 申报汇总表.xlsx                                       (space)
(b) the same notice as one .docx (blind124_hunan_combined.docx + .pdf) holding all
    three attachments after the 版记 page.

Everything is fictional (numbers, companies, phone numbers); organ and place names are real.
Run: python make_blind124.py   (needs python-docx, openpyxl, PIL, soffice)
"""
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
RED = RGBColor(0xE6, 0x00, 0x12)
XBS, FS, HT, KT, ST = "方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312", "宋体"
SAN = Pt(16)   # 三号
ER = Pt(22)    # 二号
SI = Pt(14)    # 四号

# ---------------------------------------------------------------- content
ISSUER = "湖南省商务厅"
DOCNO = "湘商自贸〔2024〕12号"
MEASURE = "中国（湖南）自由贸易试验区中非经贸合作支持措施"
GUIDE = "中国（湖南）自由贸易试验区中非经贸合作支持措施申报指南"
SHEET_TITLE = "2024年度中国（湖南）自由贸易试验区中非经贸合作支持项目申报汇总表"
NOTICE_TITLE = f"湖南省商务厅关于印发《{MEASURE}》的通知"
ZHUSONG = "长沙市、岳阳市、郴州市商务局，中国（湖南）自由贸易试验区长沙片区、岳阳片区、郴州片区管委会，省直有关单位："

# notice body: (kind, text); kinds: p=body para, h1=黑体 heading, h2k=楷体 lead + text, h3=1. lead bold, item=(1)
NOTICE_BODY = [
    ("p", "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，推动中国（湖南）自由贸易试验区（以下简称湖南自贸试验区）更好发挥中非经贸深度合作先行区作用，经省人民政府同意，现将《中国（湖南）自由贸易试验区中非经贸合作支持措施》（以下简称《支持措施》）印发给你们，并就有关事项通知如下，请认真贯彻落实。"),
    ("h1", "一、提高思想认识"),
    ("p", "各片区要把落实《支持措施》作为服务和融入高质量共建“一带一路”的重要抓手，主要负责同志亲自研究部署，明确责任部门和工作专班，于2024年6月15日前将实施细则报省商务厅备案。"),
    ("h1", "二、做好组织申报"),
    ("h2k", "（一）申报时间。", "2024年度项目申报自2024年6月1日起至2024年7月15日止，逾期不予受理。"),
    ("h2k", "（二）申报方式。", "申报单位按照《申报指南》要求，通过湖南省商务厅政务服务平台在线填报，同时将纸质材料一式三份报送所在片区管委会。"),
    ("h2k", "（三）审核要求。", ""),
    ("h3", "1.片区初审。", "各片区管委会应于2024年7月31日前完成初审，填写《申报汇总表》并加盖公章后，报送省商务厅（自由贸易试验区工作处）。"),
    ("h3", "2.专家评审。", "省商务厅会同省财政厅组织专家评审，主要审核以下内容："),
    ("item", "（1）申报主体资格及申报材料的真实性、完整性；"),
    ("item", "（2）项目与中非经贸合作的关联程度；"),
    ("item", "（3）申请支持金额测算是否合理。"),
    ("h3", "3.结果公示。", "评审结果在省商务厅门户网站公示5个工作日，公示无异议后按程序下达资金。"),
    ("h1", "三、强化资金监管"),
    ("p", "支持资金实行专款专用，任何单位和个人不得截留、挪用。对弄虚作假、骗取支持资金的，追回已拨付资金，并按照有关规定纳入信用记录；涉嫌犯罪的，依法移送司法机关处理。"),
    ("h1", "四、加强跟踪评估"),
    ("p", "各片区管委会每半年向省商务厅报送《支持措施》落实情况，分别于当年7月10日、次年1月10日前报送。省商务厅将适时委托第三方机构开展实施效果评估。"),
    ("p", "联系人：省商务厅自由贸易试验区工作处　刘　洋，电话：0731-82287615。"),
]
ATTACH_LIST = [MEASURE, GUIDE, SHEET_TITLE]
SIGN_DATE = "2024年5月20日"
CHAOSONG = "抄送：商务部自由贸易试验区港建设协调司，省人民政府办公厅，省财政厅，长沙海关。"
YINFA_ORG, YINFA_DATE = "湖南省商务厅办公室", "2024年5月21日印发"

# attachment 1: numbered 条; each entry (number, text, [extra paragraphs])
ARTICLES = [
    ("第一条", "为深入贯彻落实高质量共建“一带一路”和中非合作论坛有关部署，支持中国（湖南）自由贸易试验区（以下简称湖南自贸试验区）建设中非经贸深度合作先行区，根据《国务院关于印发北京、湖南、安徽自由贸易试验区总体方案及浙江自由贸易试验区扩展区域方案的通知》（国发〔2020〕10号）等文件精神，结合我省实际，制定本措施。", []),
    ("第二条", "本措施适用于在湖南自贸试验区长沙片区、岳阳片区、郴州片区（以下统称各片区）依法登记注册、具有独立法人资格、开展对非经贸合作的企业和机构。", []),
    ("第三条", "支持对非跨境人民币结算。对年度内对非贸易以人民币结算金额达到5000万元以上的企业，按结算金额的0.1%给予奖励，单个企业每年最高不超过50万元。", ["对首次开展对非跨境人民币结算且年度结算金额达到1000万元以上的企业，另给予一次性奖励10万元。"]),
    ("第四条", "支持建设非洲非资源性产品集散交易中心。对在长沙片区新设立并经省商务厅认定的非洲咖啡、坚果、可可、干辣椒等非资源性产品集散交易平台，年度交易额首次突破1亿元的，一次性给予100万元奖励。", []),
    ("第五条", "支持拓展对非物流通道。对依托岳阳片区城陵矶港开行对非江海联运航线或海铁联运班列的物流企业，按实际开行班次给予每航次（列）2万元补助，单个企业每年最高不超过200万元。", []),
    ("第六条", "支持对非有色金属产能合作。对郴州片区内企业赴非洲国家投资设立有色金属精深加工项目、中方实际投资额达到1000万美元以上的，按中方实际投资额的1%给予一次性补助，最高不超过300万元。", []),
    ("第七条", "支持中非经贸博览会成果落地。对在中国—非洲经贸博览会期间签约、在各片区落地且签约后12个月内实际到位资金达到5000万元以上的项目，给予项目单位50万元一次性奖励。", []),
    ("第八条", "支持对非经贸人才培养。对各片区内企业开展以下活动的，按实际发生费用的50%给予补助，单个企业每年最高不超过30万元：", ["（一）组织员工参加对非语言、法律、税务等专业培训；", "（二）与省内高校联合开设对非经贸订单班；", "（三）引进具有3年以上对非贸易经验的专业人才。"]),
    ("第九条", "同一企业同一项目符合本措施和省内其他同类政策的，按照“就高不重复”原则给予支持，不得重复申报。", []),
    ("第十条", "本措施所需资金从省级外经贸发展专项资金中统筹安排。各片区所在市人民政府可按照不低于1:1的比例给予配套支持。", []),
    ("第十一条", "本措施由省商务厅会同省财政厅负责解释。", []),
    ("第十二条", "本措施自2024年6月1日起施行，有效期至2026年12月31日。", []),
]

# attachment 2: guide; ("h1", text) / ("p", text) / ("table", rows)
GUIDE_BODY = [
    ("h1", "一、申报主体"),
    ("p", "在湖南自贸试验区长沙片区、岳阳片区、郴州片区依法登记注册、具有独立法人资格，且2023年以来开展对非经贸合作业务的企业和机构。"),
    ("h1", "二、申报条件"),
    ("p", "（一）申报单位生产经营正常，近三年内未被列入严重失信主体名单；"),
    ("p", "（二）申报项目应于2023年1月1日至2024年5月31日期间实施或发生；"),
    ("p", "（三）同一项目已获得省级其他财政资金支持的，不得重复申报。"),
    ("h1", "三、申报材料"),
    ("p", "1.项目申报书（含申报汇总表电子版）；"),
    ("p", "2.营业执照复印件；"),
    ("p", "3.项目相关合同、发票、结算凭证、报关单、提单等证明材料；"),
    ("p", "4.申报单位对所报材料真实性、合法性负责的承诺书。"),
    ("p", "以上材料须加盖申报单位公章，按顺序装订成册。"),
    ("h1", "四、申报程序"),
    ("k", "（一）企业申报。", "申报单位于2024年6月1日至7月15日，通过湖南省商务厅政务服务平台在线填报，并向所在片区管委会报送纸质材料一式三份。"),
    ("k", "（二）片区初审。", "各片区管委会对申报材料进行初审，于2024年7月31日前将初审意见和《申报汇总表》报送省商务厅。"),
    ("k", "（三）省级评审。", "省商务厅会同省财政厅组织专家评审，评审结果公示无异议后下达资金。"),
    ("h1", "五、受理单位及联系方式"),
    ("table", [["片区", "受理单位", "联系电话"],
               ["长沙片区", "长沙片区管委会经济发展局", "0731-84016632"],
               ["岳阳片区", "岳阳片区管委会产业发展局", "0730-8315207"],
               ["郴州片区", "郴州片区管委会招商合作局", "0735-2287419"]]),
]

# attachment 3: the sheet
SHEET_HEAD = ["序号", "申报单位", "统一社会信用代码", "项目名称", "申报条款", "项目金额（万元）", "申请支持金额（万元）", "备注"]
SHEET_ROWS = [
    [1, "湖南湘非国际供应链有限公司", "91430100MA4Q7R2K3X", "对非跨境人民币结算奖励", "第三条第一款", 12500.00, 12.50, ""],
    [2, "长沙非洲咖啡交易中心有限公司", "91430100MA7B5D8E1N", "非洲非资源性产品集散交易平台", "第四条", 10860.00, 100.00, "交易额含线上交易"],
    [3, "湖南中非经贸人才发展有限公司", "91430100MA4R2H6W8C", "对非经贸订单班及专业培训", "第八条", 48.60, 24.30, ""],
    [4, "长沙星城非洲干辣椒进出口有限公司", "91430100MA7C3L9P5G", "中非经贸博览会签约项目落地", "第七条", 6200.00, 50.00, "2023年6月博览会签约"],
    [5, "湖南融非跨境结算服务有限公司", "91430100MA4T1N7J2Y", "首次开展对非跨境人民币结算", "第三条第二款", 1350.00, 10.00, ""],
]
SHEET_FILLER = "填报单位（盖章）：中国（湖南）自由贸易试验区长沙片区管理委员会"
SHEET_FDATE = "填报日期：2024年7月25日"

NAME_A1 = f"附件1：{MEASURE}"
NAME_A2 = "附件2.申报指南"
NAME_A3 = "附件3 申报汇总表"
STEM_NOTICE = "blind124_hunan_notice"
STEM_COMB = "blind124_hunan_combined"


# ---------------------------------------------------------------- docx helpers
def set_font(run, name, size=SAN, bold=False, color=None):
    run.font.name = name
    run.font.size = size
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name if a == "w:eastAsia" or name != FS else "Times New Roman")
    rf.set(qn("w:eastAsia"), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first=0, line=Pt(28.95), before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None: pf.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = line
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    if first: pf.first_line_indent = Pt(16 * first)
    if left is not None: pf.left_indent = left
    return p


def para(doc, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=2, line=Pt(28.95), left=None):
    p = doc.add_paragraph()
    fmt(p, align, first, line, left=left)
    for text, font, *rest in runs:
        size = rest[0] if len(rest) > 0 else SAN
        bold = rest[1] if len(rest) > 1 else False
        color = rest[2] if len(rest) > 2 else None
        set_font(p.add_run(text), font, size, bold, color)
    return p


def blank(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph(); fmt(p)
        set_font(p.add_run(""), FS)


def border(p, side, color="000000", sz=8, space=1):
    ppr = p._p.get_or_add_pPr()
    bd = ppr.find(qn("w:pBdr"))
    if bd is None:
        bd = OxmlElement("w:pBdr"); ppr.append(bd)
    e = OxmlElement(f"w:{side}")
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), str(space)); e.set(qn("w:color"), color)
    bd.append(e)


def page_field(p, font=ST, size=SI):
    set_font(p.add_run("— "), font, size)
    r = p.add_run(); set_font(r, font, size)
    for t, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if t:
            fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), t); r._element.append(fc)
        elif txt.strip() == "PAGE":
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = txt; r._element.append(it)
        else:
            tt = OxmlElement("w:t"); tt.text = txt; r._element.append(tt)
    set_font(p.add_run(" —"), font, size)


def setup_section(sec, landscape=False):
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
        sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(28), Mm(26), Mm(37), Mm(35)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    sec.header_distance, sec.footer_distance = Mm(15), Mm(28) if not landscape else Mm(15)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS; st.font.size = SAN
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    setup_section(sec)
    doc.settings.odd_and_even_pages_header_footer = True
    fo = sec.footer.paragraphs[0]; fo.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fo.paragraph_format.right_indent = Pt(14); page_field(fo)
    fe = sec.even_page_footer.paragraphs[0]; fe.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fe.paragraph_format.left_indent = Pt(14); page_field(fe)
    return doc


def page_break(doc):
    p = doc.add_paragraph(); fmt(p); p.add_run().add_break(WD_BREAK.PAGE)


def make_seal(path):
    W = 600
    im = Image.new("RGBA", (W, W), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    red = (230, 0, 18, 210)
    d.ellipse((12, 12, W - 12, W - 12), outline=red, width=16)
    f = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 70)
    import math
    txt = "湖南省商务厅"
    n = len(txt)
    for i, ch in enumerate(txt):
        ang = math.radians(-150 + i * (120 / (n - 1)))
        cx, cy = W / 2 + 215 * math.cos(ang), W / 2 + 215 * math.sin(ang)
        ci = Image.new("RGBA", (90, 90), (0, 0, 0, 0))
        ImageDraw.Draw(ci).text((10, -8), ch, font=f, fill=red)
        ci = ci.rotate(-math.degrees(ang) - 90, expand=True)
        im.alpha_composite(ci, (int(cx - ci.width / 2), int(cy - ci.height / 2)))
    # star
    pts = []
    for k in range(10):
        r = 95 if k % 2 == 0 else 38
        a = math.radians(-90 + k * 36)
        pts.append((W / 2 + r * math.cos(a), W / 2 + 10 + r * math.sin(a)))
    d.polygon(pts, fill=red)
    im.save(path)


# ---------------------------------------------------------------- notice
def write_notice(doc, seal_png):
    # 版头
    blank(doc, 1)
    p = para(doc, [("湖南省商务厅文件", XBS, Pt(52), False, RED)], WD_ALIGN_PARAGRAPH.CENTER, 0, Pt(66))
    for r in p.runs:
        r._element.get_or_add_rPr().append(_scale(72))
    blank(doc, 2)
    p = para(doc, [(DOCNO, FS)], WD_ALIGN_PARAGRAPH.CENTER, 0)
    border(p, "bottom", "E60012", 18, 6)
    blank(doc, 2)
    # title in two lines (manual line break, as typesetters do)
    p = para(doc, [("湖南省商务厅关于印发《中国（湖南）自由", XBS, ER)], WD_ALIGN_PARAGRAPH.CENTER, 0, Pt(35))
    p.add_run().add_break()
    set_font(p.add_run("贸易试验区中非经贸合作支持措施》的通知"), XBS, ER)
    blank(doc)
    para(doc, [(ZHUSONG, FS)], WD_ALIGN_PARAGRAPH.JUSTIFY, 0)
    for item in NOTICE_BODY:
        k = item[0]
        if k == "p":
            para(doc, [(item[1], FS)])
        elif k == "h1":
            para(doc, [(item[1], HT)])
        elif k == "h2k":
            para(doc, [(item[1], KT)] + ([(item[2], FS)] if item[2] else []))
        elif k == "h3":
            para(doc, [(item[1], FS, SAN, True), (item[2], FS)])
        elif k == "item":
            para(doc, [(item[1], FS)])
    blank(doc)
    # 附件说明
    para(doc, [("附件：1．" + ATTACH_LIST[0], FS)], WD_ALIGN_PARAGRAPH.LEFT, 2)
    for i, t in enumerate(ATTACH_LIST[1:], 2):
        para(doc, [(f"{i}．{t}", FS)], WD_ALIGN_PARAGRAPH.LEFT, 0, left=Pt(16 * 5))
    blank(doc, 2)
    # seal + 落款
    p = doc.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, 0, Pt(28.95)); p.paragraph_format.right_indent = Pt(16 * 3)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    p.add_run().add_picture(str(seal_png), width=Mm(42))
    p = para(doc, [(ISSUER, FS)], WD_ALIGN_PARAGRAPH.RIGHT, 0); p.paragraph_format.right_indent = Pt(16 * 4)
    p = para(doc, [(SIGN_DATE, FS)], WD_ALIGN_PARAGRAPH.RIGHT, 0); p.paragraph_format.right_indent = Pt(16 * 4)
    blank(doc)
    para(doc, [("（此件公开发布）", FS)], WD_ALIGN_PARAGRAPH.LEFT, 2)
    # 版记 on its own page, at the bottom
    page_break(doc)
    blank(doc, 18)
    p = para(doc, [(CHAOSONG, FS, SI)], WD_ALIGN_PARAGRAPH.LEFT, 0, Pt(24)); p.paragraph_format.left_indent = Pt(14); p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(0)
    border(p, "top", "000000", 8, 4); border(p, "bottom", "000000", 4, 4)
    p = para(doc, [(YINFA_ORG, FS, SI), ("\u3000" * 9, FS, SI), (YINFA_DATE, FS, SI)], WD_ALIGN_PARAGRAPH.LEFT, 0, Pt(24))
    p.paragraph_format.left_indent = Pt(14)
    border(p, "bottom", "000000", 8, 4)


def _scale(pct):
    w = OxmlElement("w:w"); w.set(qn("w:val"), str(pct)); return w


def write_attach1(doc, marker=True):
    if marker:
        para(doc, [("附件1", HT)], WD_ALIGN_PARAGRAPH.LEFT, 0)
        blank(doc)
    para(doc, [(MEASURE, XBS, ER)], WD_ALIGN_PARAGRAPH.CENTER, 0, Pt(35))
    blank(doc)
    for num, text, extra in ARTICLES:
        para(doc, [(num, HT), ("\u3000" + text, FS)])
        for e in extra:
            para(doc, [(e, FS)])


def write_attach2(doc, marker=False):
    if marker:
        para(doc, [("附件2", HT)], WD_ALIGN_PARAGRAPH.LEFT, 0)
        blank(doc)
    para(doc, [(GUIDE, XBS, ER)], WD_ALIGN_PARAGRAPH.CENTER, 0, Pt(35))
    blank(doc)
    for item in GUIDE_BODY:
        k = item[0]
        if k == "h1":
            para(doc, [(item[1], HT)])
        elif k == "p":
            para(doc, [(item[1], FS)])
        elif k == "k":
            para(doc, [(item[1], KT), (item[2], FS)])
        elif k == "table":
            rows = item[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    c = t.cell(i, j); c.text = ""
                    pp = c.paragraphs[0]; fmt(pp, WD_ALIGN_PARAGRAPH.CENTER, 0, Pt(22))
                    set_font(pp.add_run(v), HT if i == 0 else FS, Pt(14))


def write_attach3_docx(doc):
    """Attachment 3 inside the combined docx: a landscape section with the table."""
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(sec, landscape=True)
    para(doc, [("附件3", HT)], WD_ALIGN_PARAGRAPH.LEFT, 0)
    para(doc, [(SHEET_TITLE, XBS, Pt(18))], WD_ALIGN_PARAGRAPH.CENTER, 0, Pt(32))
    rows = [SHEET_HEAD] + [[str(v) if not isinstance(v, float) else f"{v:,.2f}" for v in r] for r in SHEET_ROWS]
    tot1 = sum(r[5] for r in SHEET_ROWS); tot2 = sum(r[6] for r in SHEET_ROWS)
    rows.append(["合计", "", "", "", "", f"{tot1:,.2f}", f"{tot2:,.2f}", ""])
    t = doc.add_table(rows=len(rows), cols=len(SHEET_HEAD))
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j); c.text = ""
            pp = c.paragraphs[0]; fmt(pp, WD_ALIGN_PARAGRAPH.CENTER, 0, Pt(18))
            set_font(pp.add_run(v), HT if i == 0 else FS, Pt(10.5))
    last = len(rows) - 1
    m = t.cell(last, 0).merge(t.cell(last, 4))
    m.text = ""; pp = m.paragraphs[0]; fmt(pp, WD_ALIGN_PARAGRAPH.CENTER, 0, Pt(18)); set_font(pp.add_run("合计"), HT, Pt(10.5))
    p = para(doc, [(SHEET_FILLER, FS, Pt(12)), ("\u3000" * 8, FS, Pt(12)), (SHEET_FDATE, FS, Pt(12))], WD_ALIGN_PARAGRAPH.LEFT, 0, Pt(24))


def convert_pdf(docx_path):
    outdir = docx_path.parent
    prof = tempfile.mkdtemp(prefix="lo124_")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(docx_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(prof, ignore_errors=True)


def write_xlsx(path):
    wb = Workbook(); ws = wb.active; ws.title = "汇总表"
    thin = Side(style="thin", color="000000"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ncol = len(SHEET_HEAD)
    ws["A1"] = "附件3"; ws["A1"].font = Font(name="黑体", size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = SHEET_TITLE; ws["A2"].font = Font(name="方正小标宋简体", size=18)
    ws["A2"].alignment = Alignment(horizontal="center", vertical="center"); ws.row_dimensions[2].height = 36
    for j, h in enumerate(SHEET_HEAD, 1):
        c = ws.cell(row=3, column=j, value=h); c.font = Font(name="黑体", size=11); c.border = box
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, row in enumerate(SHEET_ROWS, 4):
        for j, v in enumerate(row, 1):
            c = ws.cell(row=i, column=j, value=v if v != "" else None); c.font = Font(name="仿宋_GB2312", size=11); c.border = box
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            if j in (6, 7): c.number_format = "#,##0.00"
    tr = 4 + len(SHEET_ROWS)
    ws.merge_cells(start_row=tr, start_column=1, end_row=tr, end_column=5)
    ws.cell(row=tr, column=1, value="合计").font = Font(name="黑体", size=11)
    ws.cell(row=tr, column=1).alignment = Alignment(horizontal="center")
    ws.cell(row=tr, column=6, value=f"=SUM(F4:F{tr-1})").number_format = "#,##0.00"
    ws.cell(row=tr, column=7, value=f"=SUM(G4:G{tr-1})").number_format = "#,##0.00"
    for j in range(1, ncol + 1): ws.cell(row=tr, column=j).border = box
    fr = tr + 1
    ws.merge_cells(start_row=fr, start_column=1, end_row=fr, end_column=4)
    ws.cell(row=fr, column=1, value=SHEET_FILLER).font = Font(name="仿宋_GB2312", size=11)
    ws.merge_cells(start_row=fr, start_column=6, end_row=fr, end_column=8)
    ws.cell(row=fr, column=6, value=SHEET_FDATE).font = Font(name="仿宋_GB2312", size=11)
    for col, w in zip("ABCDEFGH", (6, 30, 22, 30, 14, 16, 18, 20)): ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.print_title_rows = "3:3"
    tmp = Path(tempfile.mkdtemp(prefix="x124_"))
    raw = tmp / "raw.xlsx"; wb.save(raw)
    # round-trip through LibreOffice so the SUM cells carry cached values, as a saved office file does
    prof = tempfile.mkdtemp(prefix="lo124_")
    out = tmp / "out"; out.mkdir()
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(raw)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(out / "raw.xlsx", path)
    shutil.rmtree(tmp, ignore_errors=True); shutil.rmtree(prof, ignore_errors=True)


# ---------------------------------------------------------------- expected
def notice_clauses():
    out = []
    for item in NOTICE_BODY:
        if item[0] in ("p", "h1", "item"):
            out.append(item[1])
        else:
            out.append(item[1] + item[2])
    return out


def attach1_clauses():
    out = []
    for num, text, extra in ARTICLES:
        out.append(num + "\u3000" + text)
        out.extend(extra)
    return out


def attach2_clauses():
    out = []
    for item in GUIDE_BODY:
        if item[0] in ("h1", "p"):
            out.append(item[1])
        elif item[0] == "k":
            out.append(item[1] + item[2])
        else:
            head = item[1][0]
            for r in item[1][1:]:
                out.append("；".join(f"{h}：{v}" for h, v in zip(head, r)))
    return out


def attach3_clauses():
    out = []
    for r in SHEET_ROWS:
        out.append("；".join(f"{h}：{(f'{v:.2f}' if isinstance(v, float) else v)}" for h, v in zip(SHEET_HEAD, r) if v != ""))
    tot1 = sum(r[5] for r in SHEET_ROWS); tot2 = sum(r[6] for r in SHEET_ROWS)
    out.append(f"序号：合计；项目金额（万元）：{tot1:.2f}；申请支持金额（万元）：{tot2:.2f}")
    return out


ALL_FTZ = ["中国（湖南）自由贸易试验区（长沙片区、岳阳片区、郴州片区）"]
A1_APPLIES = {
    "第四条": ["中国（湖南）自由贸易试验区长沙片区"],
    "第五条": ["中国（湖南）自由贸易试验区岳阳片区（城陵矶港）"],
    "第六条": ["中国（湖南）自由贸易试验区郴州片区"],
    "第十条": ["长沙市", "岳阳市", "郴州市"],
}


def expected():
    notice_meta = {
        "title": NOTICE_TITLE, "doc_number": DOCNO, "issuer": [ISSUER], "date": "2024-05-20",
        "level": "provincial", "region": "湖南省", "effective": None, "expires": None,
        "attachments": ATTACH_LIST, "main_recipients": ZHUSONG.rstrip("："), "publish": "此件公开发布",
        "cc": CHAOSONG[3:].rstrip("。"), "printed_by": YINFA_ORG, "printed_date": "2024-05-21",
        "applies_to": "湖南省 / 中国（湖南）自由贸易试验区（三个片区）; no clause is片区-specific",
    }
    a1_meta = {
        "title": MEASURE, "doc_number": None, "issuer": [ISSUER], "date": None, "level": "provincial",
        "region": "湖南省（中国（湖南）自由贸易试验区）", "effective": "2024-06-01", "expires": "2026-12-31", "attachments": [],
        "parent": {"title": NOTICE_TITLE, "doc_number": DOCNO, "date": "2024-05-20", "attachment_no": 1},
    }
    a2_meta = {
        "title": GUIDE, "doc_number": None, "issuer": [ISSUER], "date": None, "level": "provincial",
        "region": "湖南省（中国（湖南）自由贸易试验区）", "effective": None, "expires": None, "attachments": [],
        "parent": {"title": NOTICE_TITLE, "doc_number": DOCNO, "date": "2024-05-20", "attachment_no": 2},
    }
    a3_meta = {
        "title": SHEET_TITLE, "doc_number": None, "issuer": [ISSUER], "date": None, "level": "provincial",
        "region": "湖南省（中国（湖南）自由贸易试验区长沙片区）", "effective": None, "expires": None, "attachments": [],
        "filled_by": SHEET_FILLER.split("：")[1], "filled_date": "2024-07-25",
        "parent": {"title": NOTICE_TITLE, "doc_number": DOCNO, "date": "2024-05-20", "attachment_no": 3},
    }
    tol_att = ("An attachment has no 文号 of its own: doc_number null is right; the parent's 湘商自贸〔2024〕12号 is tolerable only if clearly a reference (e.g. parent_doc_number), "
               "not as this document's own number. Issuer/date: from a standalone file the reader cannot know them — empty is tolerable, 湖南省商务厅 / 2024-05-20 (inherited from the parent) is better; "
               "anything else (e.g. an issuer taken from a body mention such as 省财政厅 or 国务院) is wrong. ")
    a1_applies = []
    for num, text, extra in ARTICLES:
        a1_applies.append({"clause": num, "applies_to": A1_APPLIES.get(num, ALL_FTZ)})
        for e in extra:
            a1_applies.append({"clause": num + "（续）" + e[:6], "applies_to": A1_APPLIES.get(num, ALL_FTZ)})
    a1 = {"meta": a1_meta, "clauses": attach1_clauses(), "applies_to": a1_applies,
          "_note": tol_att + "Furniture: the '附件1' marker line, the footer page numbers '— N —'. The title must be the rule title, not '附件1' and not the file name with '附件1：'. "
                   "第三条 has a second 款 and 第八条 three items (一)(二)(三): these may be kept as separate clauses (labelled 第三条第二款, 第八条（一）…) or folded into their 条 — both tolerable; "
                   "losing them or attaching them to the next 条 is not. effective 2024-06-01 / expires 2026-12-31 from 第十二条. "
                   "applies_to: 第四条 长沙片区, 第五条 岳阳片区 (城陵矶港), 第六条 郴州片区, 第十条 the three cities; all others the whole 湖南自贸试验区 (湖南省 tolerable). "
                   "第一条 cites 国发〔2020〕10号: that is a cited basis, not this document's 文号 or issuer."}
    a2 = {"meta": a2_meta, "clauses": attach2_clauses(),
          "applies_to": [{"clause": "all", "applies_to": ALL_FTZ},
                         {"clause": "五、table rows", "applies_to": ["长沙片区", "岳阳片区", "郴州片区 (one per row)"]}],
          "_note": tol_att + "The file has no '附件2' marker: its first line is the title. Heading-only lines (一、申报主体 …) may be separate heading clauses or merged into what follows; "
                   "the (一)(二)(三) and 1.2.3.4. items must stay one clause each; '以上材料须加盖…' is its own paragraph (tolerable folded into item 4 only if labelled under 三). "
                   "The contact table: 3 rows as 'header：value；…'; header row itself is not a clause. Phone numbers are content here, not furniture. Footer page numbers are furniture. "
                   "Dates in the body (2024年6月1日至7月15日, 2024年7月31日) are deadlines, not the document date/effective date."}
    a3 = {"meta": a3_meta, "clauses": attach3_clauses(),
          "applies_to": [{"clause": "all rows", "applies_to": ["中国（湖南）自由贸易试验区长沙片区"]}],
          "_note": tol_att + "Furniture: 'A1 附件3' marker, the merged title row (=title, not a clause), the header row. The 合计 row may be a clause or dropped (tolerable either way), "
                   "but its SUM values (30,958.60 / 196.80) must be read as cached numbers, not '=SUM(…)'. The 填报单位/填报日期 line under the table is sign-off furniture "
                   "(tolerable as metadata or a clause; not as part of the 合计 row). Amounts may appear as 12500 or 12500.00 or 12,500.00 — all tolerable. "
                   "Empty 备注 cells should not produce '备注：' with nothing (cosmetic). Title must not be '附件3' or '附件3 申报汇总表'."}
    notice = {"meta": notice_meta, "clauses": notice_clauses(),
              "applies_to": [{"clause": "all", "applies_to": ["湖南省", "中国（湖南）自由贸易试验区（三个片区）"]}],
              "_note": "Furniture: red 版头 '湖南省商务厅文件', 文号 line, red rule, title (two lines joined), 主送 line, 附件说明 (→ attachments metadata), seal image, 落款 湖南省商务厅 + 2024年5月20日 (→ issuer/date), "
                       "（此件公开发布）, the 版记 page (抄送… / 湖南省商务厅办公室 2024年5月21日印发 — printing date, NOT the 成文日期), footer page numbers '— N —'. "
                       "Heading-only lines (一、提高思想认识 …, （三）审核要求。) may be separate heading clauses or merged with their children — tolerable. "
                       "（1）（2）（3） items must each be a clause or folded into '2.专家评审' — not lost. The 联系人 line is tolerable as a clause or as furniture. "
                       "effective/expires: the notice states none; null, or the 支持措施's 2024-06-01 / 2026-12-31 inherited from 附件1, is tolerable; 2024-06-15/07-15/07-31 (deadlines) are wrong. "
                       "attachments must be the three titles from 附件说明 without '1．' numbering. level provincial, region 湖南省."}
    # The 3 attachments as they appear inside the combined docx (with '附件N' markers)
    a1c = dict(a1); a2c = dict(a2); a3c = dict(a3)
    a2c = {**a2, "_note": a2["_note"].replace("The file has no '附件2' marker: its first line is the title.", "Inside the combined file it is preceded by an '附件2' marker line (furniture).")}
    a3c = {**a3, "_note": a3["_note"].replace("'A1 附件3' marker", "'附件3' marker line").replace("must be read as cached numbers, not '=SUM(…)'", "are plain text in the docx table")}
    comb_note = ("Combined file: notice + 版记 page + 附件1 + 附件2 + 附件3 (landscape section). Ideal: 4 documents (the notice with its attachments metadata, and one document per attachment, "
                 "each titled by its own title and linked to the notice); tolerable: one document whose clauses include the attachments' clauses, provided the attachment clauses are labelled as "
                 "attachment clauses (附件1 第三条 …) and the notice's metadata is not overwritten by the attachments (e.g. effective 2024-06-01 may be inherited, but title/文号/date must stay the notice's). "
                 "The 版记 text must not leak into the last notice clause nor into 附件1's first clause. Per-document notes as in the separate files.")
    return {
        STEM_NOTICE: [notice],
        NAME_A1: [a1],
        NAME_A2: [a2],
        NAME_A3: [a3],
        STEM_COMB: [{**notice, "_note": comb_note + " NOTICE: " + notice["_note"]}, a1c, a2c, a3c],
        "_files": {
            STEM_NOTICE: "the notice alone; .pdf is what the site posts (made from the .docx); both carry the same single document",
            NAME_A1: "附件1 alone, posted as .docx (colon in the file name)",
            NAME_A2: "附件2 alone, posted as .docx (dot in the file name)",
            NAME_A3: "附件3 alone, posted as .xlsx (space in the file name)",
            STEM_COMB: "all in one .docx (and its .pdf): notice, 版记 page, then 附件1-3",
        },
    }


def main():
    seal = HERE / "_seal124.png"; make_seal(seal)
    # (a) notice alone
    d = new_doc(); write_notice(d, seal)
    p = HERE / f"{STEM_NOTICE}.docx"; d.save(p); convert_pdf(p)
    # (a) attachments as separate downloads
    d = new_doc(); write_attach1(d, marker=True); d.save(HERE / f"{NAME_A1}.docx")
    d = new_doc(); write_attach2(d, marker=False); d.save(HERE / f"{NAME_A2}.docx")
    write_xlsx(HERE / f"{NAME_A3}.xlsx")
    # (b) combined
    d = new_doc(); write_notice(d, seal)
    page_break(d); write_attach1(d, marker=True)
    page_break(d); write_attach2(d, marker=True)
    write_attach3_docx(d)
    p = HERE / f"{STEM_COMB}.docx"; d.save(p); convert_pdf(p)
    seal.unlink()
    (HERE / "expected.json").write_text(json.dumps(expected(), ensure_ascii=False, indent=1), encoding="utf-8")
    print("written:", sorted(x.name for x in HERE.iterdir() if x.suffix in (".docx", ".pdf", ".xlsx", ".json")))


if __name__ == "__main__":
    main()
