# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 653 blind test documents: 致外贸企业的一封信 + 商会倡议书."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"


# ---------------------------------------------------------------- helpers
def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Mm(210)
    sec.page_height = Mm(297)
    sec.top_margin = Mm(37)
    sec.bottom_margin = Mm(35)
    sec.left_margin = Mm(28)
    sec.right_margin = Mm(26)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    add_page_number(sec)
    return doc


def set_font(run, east, size=16, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.name = ascii_font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:hint"), "eastAsia")
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def fmt(p, align=None, indent=True, exact=28.95, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc, text="", east=FS, size=16, bold=False, align=None, indent=True, color=None):
    p = doc.add_paragraph()
    fmt(p, align=align, indent=indent)
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def runin(doc, head, body, head_font=FS, head_bold=True):
    """Run-in heading typed as a bold run at the start of the paragraph."""
    p = doc.add_paragraph()
    fmt(p)
    set_font(p.add_run(head), head_font, 16, head_bold)
    set_font(p.add_run(body), FS, 16)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False)


def red_line(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), str(sz))
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), color)
    bdr.append(bottom)
    ppr.append(bdr)


def top_line(p, sz=8, color="000000"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    top = OxmlElement("w:top")
    top.set(qn("w:val"), "single")
    top.set(qn("w:sz"), str(sz))
    top.set(qn("w:space"), "1")
    top.set(qn("w:color"), color)
    bdr.insert(0, top)


def add_field(run, instr):
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = instr
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    v = OxmlElement("w:t")
    v.text = "1"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    for el in (b, t, s, v, e):
        run._r.append(el)


def add_page_number(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("— "), "宋体", 14, ascii_font="宋体")
    r = fp.add_run()
    set_font(r, "宋体", 14, ascii_font="宋体")
    add_field(r, " PAGE ")
    set_font(fp.add_run(" —"), "宋体", 14, ascii_font="宋体")


def make_numbering(doc, num_id, fmt_text="%1.", east=FS):
    """Word auto-numbering (single level, decimal, no suffix)."""
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(num_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                     ("w:lvlText", fmt_text), ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), east)
    rpr.append(rf)
    b = OxmlElement("w:b")
    rpr.append(b)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(num_id))
    num.append(an)
    numbering.append(num)
    return num_id


def numbered(doc, num_id, head, body):
    p = doc.add_paragraph()
    fmt(p)
    numpr = p._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id
    set_font(p.add_run(head), FS, 16, True)
    set_font(p.add_run(body), FS, 16)
    return p


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def cell_text(cell, text, east=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = None
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(22)
    set_font(p.add_run(text), east, size, bold)


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_653", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


EXPECTED = {}


# =================================================================== doc 1
def doc_qingdao_letter():
    stem = "blind653_qingdao_yifengxin"
    doc = new_doc()
    clauses = []

    empty(doc)
    # title: two lines in ONE paragraph, separated by a soft line break
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    r = set_font(p.add_run("青岛市商务局"), XBS, 22)
    r.add_break()
    set_font(p.add_run("致全市外贸企业的一封信"), XBS, 22)
    empty(doc)

    para(doc, "广大外贸企业朋友们：", indent=False)

    body1 = [
        "岁末年初，万象更新。值此新春佳节来临之际，青岛市商务局向长期以来奋战在外贸一线、为全市经济社会发展作出突出贡献的广大外贸企业和从业人员致以崇高的敬意和诚挚的问候！",
        "2025年，面对复杂严峻的外部环境，全市外贸企业迎难而上、拼搏进取，全年货物进出口总额达到9126.4亿元，同比增长5.8%，规模稳居全国副省级城市前列。其中，对共建“一带一路”国家进出口增长9.3%，跨境电商进出口额突破600亿元，中欧班列（齐鲁号）青岛方向开行量再创新高。成绩来之不易，凝结着每一位外贸人的心血和汗水。",
        "2026年是“十五五”规划开局之年。为帮助企业稳订单、拓市场、降成本、防风险，市商务局会同有关部门梳理形成了一批惠企政策，现向大家介绍如下：",
    ]
    for t in body1:
        para(doc, t)
        clauses.append(t)

    runins = [
        ("一是支持企业开拓国际市场。", "全年计划组织企业参加境外重点展会100场以上，对参加市级重点展会的企业给予展位费最高80%的补助；继续实施“千企百展”市场开拓计划，重点开拓东盟、中东、中亚、非洲、拉美等新兴市场。"),
        ("二是加大出口信用保险支持力度。", "对小微外贸企业实行出口信用保险统保全覆盖，保费由市级财政全额承担；对中型企业投保短期险给予保费50%的补贴，单家企业年度补贴最高100万元。"),
        ("三是推动跨境电商高质量发展。", "支持企业在共建“一带一路”国家和地区布局海外仓，对新认定的市级公共海外仓给予最高200万元一次性奖励；依托中国（青岛）跨境电子商务综合试验区，开展跨境电商品牌培育行动，年内培育跨境电商自主品牌50个以上。"),
        ("四是降低企业物流和融资成本。", "用好中欧班列运价优惠政策，对通过中欧班列（齐鲁号）出口的企业给予运费补贴；联合金融机构推出“外贸贷”“关税保证保险”等产品，扩大“信保+担保”融资规模，力争全年为外贸企业融资超过300亿元。"),
        ("五是提升通关便利化水平。", "会同青岛海关深化“提前申报”“两段准入”等改革，推广“船边直提”“抵港直装”模式，支持青岛前湾综合保税区、青岛胶州湾综合保税区内企业用足“一线放开、二线安全高效管住”的便利政策。"),
        ("六是强化贸易风险预警和合规服务。", "建立重点国别贸易政策动态监测机制，及时发布贸易摩擦预警信息；对企业应对反倾销、反补贴调查发生的律师费用给予最高50%的补助，帮助企业依法维权。"),
    ]
    for h, b in runins:
        runin(doc, h, b)
        clauses.append(h + b)

    empty(doc)  # stray empty paragraph

    body2 = [
        "政策好不好，企业说了算。我们将持续开展“政策进企业”“局长进企业”等服务活动，建立重点外贸企业“服务专员”制度，点对点帮助企业解决实际困难。各项政策的具体申报指南将陆续在青岛市商务局门户网站“政策服务”专栏发布，敬请关注。",
        "如在生产经营中遇到困难和问题，欢迎随时拨打以下服务热线，我们将第一时间回应您的关切：",
    ]
    for t in body2:
        para(doc, t)
        clauses.append(t)

    hotlines = [
        "外贸政策咨询：0532-85911201（对外贸易处）",
        "跨境电商及海外仓：0532-85911237（电子商务处）",
        "贸易摩擦应对：0532-85911258（公平贸易处）",
        "出口信用保险：0532-85912266（中国出口信用保险公司青岛分公司）",
        "政务服务便民热线：12345（24小时受理）",
    ]
    for t in hotlines:
        para(doc, t)
        clauses.append(t)

    t = "风雨同舟，共克时艰。青岛市商务局将始终与广大外贸企业站在一起，当好服务企业的“店小二”，与大家携手并进，共同书写青岛外贸高质量发展新篇章！"
    para(doc, t)
    clauses.append(t)

    # complimentary close on two lines
    para(doc, "祝")
    para(doc, "生意兴隆、阖家幸福！", indent=False)
    empty(doc, 2)
    # signature aligned by hand with full-width spaces
    para(doc, "\u3000" * 17 + "青岛市商务局", indent=False)
    para(doc, "\u3000" * 17 + "2026年1月", indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": "青岛市商务局致全市外贸企业的一封信",
            "doc_number": None,
            "issuer": ["青岛市商务局"],
            "date": "2026-01",
            "published": None,
            "level": "municipal",
            "region": "青岛市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公开信",
            "recipients": ["广大外贸企业朋友们"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== doc 2
def doc_qingdao_changyi():
    stem = "blind653_qingdao_changyishu"
    doc = new_doc()
    clauses = []
    num_id = make_numbering(doc, 653)

    # red letterhead
    p = para(doc, "中国（山东）自由贸易试验区青岛片区商会", east=XBS, size=22,
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, color="FF0000")
    p.paragraph_format.line_spacing = Pt(40)
    empty(doc)
    p = para(doc, "青自贸商会〔2026〕2号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    red_line(p, sz=18)
    empty(doc)

    # title spread over two paragraphs (hard return in the middle of a phrase)
    for line in ("关于坚守诚信合规经营共同维护", "良好外贸秩序的倡议书"):
        q = para(doc, line, east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        q.paragraph_format.line_spacing = Pt(36)
    empty(doc)

    para(doc, "全体会员企业：", indent=False)

    intro = [
        "当前，世界百年变局加速演进，国际贸易环境更趋复杂，贸易保护主义抬头，部分国家和地区对我国出口产品频繁发起贸易救济调查。与此同时，中国（山东）自由贸易试验区青岛片区制度型开放持续深化，《区域全面经济伙伴关系协定》（RCEP）经贸规则加快落地，中国—上海合作组织地方经贸合作示范区建设纵深推进，为广大会员企业拓展国际市场带来了新的机遇。",
        "诚信是企业立身之本，合规是企业行稳致远的基石。为引导会员企业坚持诚信经营、依法合规开展进出口业务，共同维护公平有序的市场环境，助力自贸试验区高质量发展，中国（山东）自由贸易试验区青岛片区商会向全体会员企业发出如下倡议：",
    ]
    for t in intro:
        para(doc, t)
        clauses.append(t)

    items = [
        ("坚守诚信经营底线。", "严格遵守《中华人民共和国对外贸易法》《中华人民共和国海关法》等法律法规，如实申报进出口货物的品名、数量、价格、原产地等信息，坚决杜绝低报瞒报、伪报品名、虚开发票、骗取出口退税等违法违规行为。"),
        ("强化合规管理体系建设。", "对标国际通行规则和自由贸易协定要求，健全出口管制、数据安全、知识产权、反商业贿赂等合规制度，主动开展合规风险自查，积极申请海关“经认证的经营者”（AEO）认证，争做守法守信的示范企业。"),
        ("维护公平竞争秩序。", "自觉抵制低价倾销、恶性竞争和“内卷式”竞争，不以不正当手段争抢订单和客户，不侵犯他人商标权、专利权等知识产权，共同维护“青岛制造”“青岛品牌”的良好国际形象。"),
        ("积极应对贸易摩擦。", "密切关注主要贸易伙伴政策变化，遇到反倾销、反补贴、保障措施等贸易救济调查时，及时向商会和商务主管部门报告，积极应诉，依法维护自身合法权益。"),
        ("用足用好开放平台和惠企政策。", "充分利用自贸试验区、青岛前湾综合保税区、中国（青岛）跨境电子商务综合试验区和中欧班列（齐鲁号）等开放平台，用好RCEP原产地累积规则和关税减让安排，不断提升企业国际竞争力。"),
        ("践行绿色低碳和社会责任。", "主动适应欧盟碳边境调节机制等国际绿色贸易规则，加快绿色低碳转型；关心关爱员工，按时足额支付劳动报酬，积极参与公益事业，树立负责任的企业形象。"),
        ("加强行业自律与互助。", "发挥商会桥梁纽带作用，会员企业之间加强信息共享、资源互补和经验交流，对发现的违法违规线索及时向有关部门反映，共同营造风清气正的营商环境。"),
    ]
    for i, (h, b) in enumerate(items, 1):
        numbered(doc, num_id, h, b)
        clauses.append("%d.%s%s" % (i, h, b))

    tail = [
        "诚信合规，利在当下，功在长远。让我们携起手来，从自身做起，从现在做起，以实际行动践行诚信合规承诺，为建设更高水平的自由贸易试验区、推动青岛外贸高质量发展贡献力量！",
        "商会秘书处联系人：王晓峰，联系电话：0532-86888712。",
    ]
    for t in tail:
        para(doc, t)
        clauses.append(t)

    empty(doc, 2)
    for t in ("中国（山东）自由贸易试验区青岛片区商会", "2026年1月12日"):
        q = para(doc, t, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        q.paragraph_format.right_indent = Pt(32)
    empty(doc, 2)

    # 版记
    q = para(doc, "抄送：青岛自贸片区管委会，青岛市商务局，青岛市工商业联合会。", size=14, indent=False)
    q.paragraph_format.left_indent = Pt(14)
    top_line(q)
    red_line(q, color="000000", sz=4)
    q = doc.add_paragraph()
    fmt(q, indent=False)
    q.paragraph_format.left_indent = Pt(14)
    set_font(q.add_run("青岛自贸片区商会秘书处" + "\u00a0" * 14 + "2026年1月12日印发"), FS, 14)
    red_line(q, color="000000", sz=8)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": "关于坚守诚信合规经营共同维护良好外贸秩序的倡议书",
            "doc_number": "青自贸商会〔2026〕2号",
            "issuer": ["中国（山东）自由贸易试验区青岛片区商会"],
            "date": "2026-01-12",
            "published": None,
            "level": "zone",
            "region": "中国（山东）自由贸易试验区青岛片区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "倡议书",
            "recipients": ["全体会员企业"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== doc 3
def doc_xiamen_letter():
    stem = "blind653_xiamen_gongkaixin"
    doc = new_doc()
    clauses = []

    empty(doc)
    para(doc, "厦门市商务局致全市外贸企业的一封信", east=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc)
    para(doc, "广大外贸企业朋友们：", indent=False)

    t = "新年伊始，万象更新。在此，厦门市商务局向一直以来关心支持厦门开放型经济发展的广大外贸企业和外贸从业者致以新春的祝福和衷心的感谢！"
    para(doc, t)
    clauses.append(t)

    # paragraph with a soft line break typed in the middle of a sentence
    a = "过去一年，全市外贸企业顶压前行、勇拓市场，"
    b = "全市货物贸易进出口总额达9386.7亿元，同比增长4.6%，其中对共建“一带一路”国家进出口占比提高至48.2%。中欧（厦门）班列全年开行420列，“丝路海运”命名航线增至140条，跨境电商进出口规模持续扩大。每一个订单、每一个集装箱，都凝聚着大家的智慧和汗水。"
    p = doc.add_paragraph()
    fmt(p)
    r = set_font(p.add_run(a), FS, 16)
    r.add_break()
    set_font(p.add_run(b), FS, 16)
    clauses.append(a + b)

    # 一是……二是…… all run together in ONE paragraph
    t = ("2026年，我们将围绕“稳规模、优结构、拓市场、强主体”，推出一揽子务实举措："
         "一是加大市场开拓支持，对企业参加境外重点展会给予展位费最高70%的补助，支持企业赴金砖国家、东盟、中东等市场开展经贸对接；"
         "二是扩大出口信用保险覆盖面，对上年度出口额500万美元以下的小微外贸企业实行统保，保费由市级财政承担；"
         "三是支持跨境电商和海外仓发展，对企业在共建“一带一路”国家新建海外仓的，按实际投资额的20%给予最高150万元补助；"
         "四是优化中欧（厦门）班列服务，对经班列出口的货物给予运费补贴，推动班列与“丝路海运”无缝衔接；"
         "五是深化中国（福建）自由贸易试验区厦门片区制度创新，支持厦门象屿综合保税区、厦门海沧港综合保税区发展保税维修、保税研发等新业态；"
         "六是强化外贸企业金融支持，推广“外贸贷”“出口退税贷”等产品，力争全年新增外贸企业贷款200亿元以上。")
    para(doc, t)
    clauses.append(t)

    t = "为更好服务企业，市商务局设立“外贸企业服务直通车”，组建由处室负责人和业务骨干组成的服务专班，实行“企业吹哨、部门报到”工作机制，对企业反映的问题做到“件件有回音、事事有着落”。具体政策申报指南请关注“厦门商务”微信公众号及厦门市商务局门户网站。"
    para(doc, t)
    clauses.append(t)

    t = "企业在经营过程中遇到困难和问题，可通过以下服务热线咨询反映："
    para(doc, t)
    clauses.append(t)

    header = ["序号", "服务事项", "责任单位", "咨询电话"]
    rows = [
        ["1", "外贸政策综合咨询", "市商务局对外贸易处", "0592-2858061"],
        ["2", "跨境电商与海外仓", "市商务局电子商务处", "0592-2858073"],
        ["3", "中欧（厦门）班列", "中欧（厦门）班列服务专班", "0592-6012580"],
        ["4", "出口信用保险", "中国出口信用保险公司厦门分公司", "0592-2262236"],
        ["5", "通关便利咨询", "厦门海关", "12360"],
        ["6", "企业诉求综合受理", "厦门市政务服务便民热线", "12345"],
    ]
    table = doc.add_table(rows=1 + len(rows), cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(14), Mm(40), Mm(62), Mm(38)]
    for j, h in enumerate(header):
        cell_text(table.rows[0].cells[j], h, east=HT, bold=False)
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row):
            cell_text(table.rows[i].cells[j], v)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    table.autofit = False
    for j, gc in enumerate(table._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j].twips)))
    for row in table.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]

    empty(doc)
    t = "海阔凭鱼跃，天高任鸟飞。让我们同心协力、乘势而上，在新的一年里共同开创厦门外贸高质量发展新局面！"
    para(doc, t)
    clauses.append(t)

    para(doc, "祝")
    para(doc, "生意兴隆、阖家幸福！", indent=False)
    empty(doc)

    # signature typed in a borderless layout table
    sig = doc.add_table(rows=2, cols=2)
    no_borders(sig)
    for i, v in enumerate(("厦门市商务局", "二〇二六年一月")):
        sig.rows[i].cells[0].width = Mm(90)
        sig.rows[i].cells[1].width = Mm(64)
        cell_text(sig.rows[i].cells[1], v, size=16)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": "厦门市商务局致全市外贸企业的一封信",
            "doc_number": None,
            "issuer": ["厦门市商务局"],
            "date": "2026-01",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公开信",
            "recipients": ["广大外贸企业朋友们"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_qingdao_letter(), doc_qingdao_changyi(), doc_xiamen_letter()]
    for pth in paths:
        convert(pth)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
