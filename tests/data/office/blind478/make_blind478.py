# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 478: letters to the public (倡议书 / 公开信 / 感谢信)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=True, exact=28):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    return p


def para(doc, parts, align=None, indent=True, exact=28):
    """parts: list of (text, font, size, bold) or a plain str (仿宋 16)."""
    p = doc.add_paragraph()
    fmt(p, align, indent, exact)
    if isinstance(parts, str):
        parts = [(parts, FS, 16, False)]
    for text, font, size, bold in parts:
        r = p.add_run(text)
        set_font(r, font, size, bold)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False)


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    # footer page number "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
    r = fp.add_run(" —")
    set_font(r, "宋体", 14)


def title(doc, lines, size=22):
    """Title lines joined by soft line breaks (Shift+Enter) in one paragraph."""
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=35)
    for i, t in enumerate(lines):
        r = p.add_run(t)
        set_font(r, XBS, size)
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def cell_text(cell, text, font=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    fmt(p, align, indent=False, exact=20)
    r = p.add_run(text)
    set_font(r, font, size, bold)


def borders(table, on=True, only=None, color="000000", sz=4):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        show = on if only is None else (edge in only)
        e.set(qn("w:val"), "single" if show else "nil")
        if show:
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:color"), color)
        b.append(e)
    tblPr.append(b)


def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)


def bottom_rule(p, color="FF0000", sz=18):
    pPr = p._p.get_or_add_pPr()
    pb = OxmlElement("w:pBdr")
    bt = OxmlElement("w:bottom")
    bt.set(qn("w:val"), "single")
    bt.set(qn("w:sz"), str(sz))
    bt.set(qn("w:space"), "1")
    bt.set(qn("w:color"), color)
    pb.append(bt)
    pPr.append(pb)


def add_decimal_numbering(doc):
    """Word auto-numbering '1.' with no tab after the number."""
    numbering = doc.part.numbering_part.element
    abs_id = "47801"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), abs_id)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"),
                     ("w:suff", "nothing"), ("w:lvlText", "%1."),
                     ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    an.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "478")
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), abs_id)
    num.append(a)
    numbering.append(num)
    return "478"


def numbered(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), num_id)
    numPr.append(il)
    numPr.append(ni)
    pPr.append(numPr)


def to_pdf(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_478", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


EXPECTED = {}


# ================================================================ doc 1
def doc_fujian():
    stem = "blind478_fujian_changyishu"
    doc = Document()
    setup(doc)
    clauses = []

    empty(doc)
    # title typed over two lines with a soft line break
    title(doc, ["致全省外贸企业的", "倡议书"])
    empty(doc)
    para(doc, "全省广大外贸企业：", indent=False)

    p1 = ("外贸是福建开放型经济的重要支柱。2025年，面对复杂严峻的外部环境，全省外贸企业迎难而上、"
          "奋力拼搏，全年进出口总值达2.07万亿元，对共建“一带一路”国家进出口占比提升至48.6%，"
          "跨境电商、市场采购贸易等新业态保持两位数增长，为全省经济稳中向好作出了重要贡献。"
          "在此，我们向全省广大外贸企业和从业人员致以崇高的敬意和衷心的感谢！")
    p2 = ("当前，世界经济复苏乏力，单边主义、贸易保护主义抬头，外贸发展面临的不确定性因素明显增多，"
          "但我国超大规模市场优势、完备产业体系优势和制度型开放红利持续释放，《区域全面经济伙伴关系协定》"
          "（RCEP）深入实施，中国（福建）自由贸易试验区、福州新区、海峡两岸融合发展示范区等平台叠加效应不断显现，"
          "外贸发展仍然大有可为。为贯彻落实省委、省政府关于推动外贸稳规模优结构的决策部署，福建省国际商会、"
          "福建省进出口商会、福建省跨境电子商务协会、福建省国际货运代理协会联合向全省外贸企业发出如下倡议：")
    for t in (p1, p2):
        para(doc, t)
        clauses.append(t)

    items = [
        ("一是坚定发展信心，稳住订单稳住市场。",
         "广大外贸企业要正确看待外部环境变化，保持战略定力，做到“订单不减、客户不丢、人员不散”。"
         "要巩固欧美日韩等传统市场，主动对接老客户、跟踪新需求，积极参加广交会、进博会、海丝博览会、"
         "厦门投洽会等重点展会，力争在稳存量中扩增量；"),
        ("二是深耕共建“一带一路”市场，拓展多元化布局。",
         "要抢抓共建“一带一路”高质量发展机遇，加大对东盟、中东、中亚、非洲、拉美等新兴市场的开拓力度，"
         "用好“丝路海运”“丝路飞翔”等品牌通道，有序推进境外营销网络、售后服务体系和生产基地建设，"
         "以“抱团出海”方式降低市场开拓成本；"),
        ("三是拥抱新业态新模式，培育外贸新动能。",
         "要积极发展跨境电商、市场采购贸易、海外仓、保税维修等新业态，用好跨境电商B2C直邮（9610）、"
         "B2B直接出口（9710）、出口海外仓（9810）等监管模式，加快推进品牌化、数字化转型，"
         "鼓励有条件的企业在共建“一带一路”国家布局公共海外仓；"),
        ("四是用足用好政策红利，提升贸易便利化水平。",
         "要主动学习掌握RCEP、中国—东盟自贸协定3.0版等经贸规则，规范申领原产地证书，充分享受关税减让优惠；"
         "积极申请海关AEO高级认证，用好“两步申报”“提前申报”等便利化措施；"
         "善用出口信用保险、汇率避险工具和中国（福建）自由贸易试验区、综合保税区各项支持政策，"
         "有效防范收汇风险和汇率风险；"),
        ("五是畅通国际物流通道，降低综合物流成本。",
         "要用好中欧（厦门）班列、海铁联运、“丝路海运”航线等国际物流通道，"
         "合理安排货源集结和运输方式，加强与货代、船公司、班列平台的协同对接，"
         "共同维护国际供应链稳定畅通；"),
        ("六是坚守合规经营底线，维护公平竞争秩序。",
         "要严格遵守出口管制、反洗钱、数据出境、知识产权保护等法律法规，诚信经营、依法纳税，"
         "坚决抵制低价倾销、恶意竞争、骗取出口退税等行为，积极应对国外贸易救济调查，"
         "共同维护“福建制造”良好国际形象；"),
        ("七是加强协同互助，携手共渡难关。",
         "大型外贸企业要发挥“链主”作用，带动上下游中小微企业共同开拓市场；"
         "各商协会将及时收集反映企业困难诉求，加强政策宣讲和信息服务，搭建产需对接、银企对接平台，"
         "当好企业与政府之间的桥梁纽带。"),
    ]
    for i, (head, body) in enumerate(items):
        p = para(doc, [(head, FS, 16, True), (body, FS, 16, False)])
        if i == 3:
            # office quirk: a soft line break (Shift+Enter) in the middle of the item
            p = doc.paragraphs[-1]
            p._p.remove(p.runs[-1]._element)
            parts = body.split("积极申请海关AEO高级认证")
            r = p.add_run(parts[0])
            set_font(r, FS, 16)
            r.add_break(WD_BREAK.LINE)
            r = p.add_run("积极申请海关AEO高级认证" + parts[1])
            set_font(r, FS, 16)
        clauses.append(head + body)
        if i in (1, 4):
            empty(doc)  # stray empty paragraphs

    closing = ("外贸企业朋友们，潮平两岸阔，风正一帆悬。让我们坚定信心、同心协力，以更加开放的姿态、"
               "更加务实的作风，勇闯国际市场，奋力拼抢订单，为推动全省外贸高质量发展、"
               "加快建设新时代新福建作出新的更大贡献！")
    para(doc, closing)
    clauses.append(closing)

    # 落款 in a borderless layout table, two associations per row
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.RIGHT
    borders(t, on=False)
    names = [["福建省国际商会", "福建省进出口商会"],
             ["福建省跨境电子商务协会", "福建省国际货运代理协会"]]
    for ri in range(2):
        for ci in range(2):
            cell_text(t.cell(ri, ci), names[ri][ci], FS, 16)
    widths(t, [7.3, 7.3])
    # date aligned with typed spaces
    para(doc, "\u3000" * 17 + "2026年3月18日", indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": "致全省外贸企业的倡议书",
            "doc_number": None,
            "issuer": ["福建省国际商会", "福建省进出口商会",
                       "福建省跨境电子商务协会", "福建省国际货运代理协会"],
            "date": "2026-03-18",
            "published": None,
            "level": "provincial",
            "region": "福建省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "倡议书",
            "recipients": ["全省广大外贸企业"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ================================================================ doc 2
def doc_xiamen():
    stem = "blind478_xiamen_gongkaixin"
    doc = Document()
    setup(doc)
    num_id = add_decimal_numbering(doc)
    clauses = []

    title(doc, ["致厦门自贸片区广大投资者的一封信"]).paragraph_format.space_after = Pt(14)
    para(doc, "尊敬的投资者朋友们：", indent=False)

    def body(t):
        para(doc, t)
        clauses.append(t)

    def heading(t):
        para(doc, [(t, HT, 16, False)])

    body("岁末年初，万象更新。值此新年到来之际，中国（福建）自由贸易试验区厦门片区管理委员会"
         "向长期以来关心、支持和参与厦门自贸片区建设的广大投资者朋友们致以新年的美好祝福和诚挚的谢意！")
    heading("一、感谢您与片区共同成长")
    body("2025年是厦门自贸片区挂牌运行十周年。十年来，片区累计推出创新举措620余项，其中全国首创128项，"
         "新增市场主体超过4.1万户，实际使用外资年均增长11.3%。过去一年，片区围绕航运物流、国际贸易、"
         "融资租赁、数字经济等重点产业持续发力，厦门象屿综合保税区、海沧港综合保税区进出口值稳步增长，"
         "跨境电商进出口值突破260亿元，中欧（厦门）班列全年开行312列。每一项成绩的取得，"
         "都凝聚着投资者朋友们的信任与付出。")
    body("我们深知，企业是市场的主体，投资者是片区发展最宝贵的财富。一年来，很多企业克服国际市场波动、"
         "订单不足等困难，坚持扎根片区、追加投资、扩大生产；很多企业家积极建言献策，参与制度创新试点，"
         "为片区改革探索提供了鲜活实践。对此，我们铭记于心。")
    heading("二、我们向您郑重承诺")
    body("新的一年，片区将坚持以制度创新为核心，以投资者满意为标准，对标国际高标准经贸规则，"
         "全力打造市场化、法治化、国际化一流营商环境。我们郑重承诺：")
    promises = [
        ("审批更快捷。", "深化“一照多址”“证照联办”改革，企业开办全流程压缩至1个工作日内，"
         "社会投资简易低风险项目实行“拿地即开工”，外商投资企业设立登记实行“一口受理、同步办结”。"),
        ("通关更便利。", "推广“两步申报”“提前申报”“船边直提”“抵港直装”等便利化措施，"
         "深化综合保税区“一企一策”服务，支持企业开展保税研发、保税维修、保税展示交易等新业态。"),
        ("要素更有保障。", "设立总规模50亿元的片区产业发展基金，扩大跨境人民币结算和本外币合一银行结算账户试点范围，"
         "支持符合条件的跨国公司开展跨境资金集中运营。"),
        ("服务更贴心。", "全面推行“企业服务专员”制度，对重点外资企业实行“一对一”跟踪服务，"
         "建立企业诉求“接诉即办、限时办结、结果回访”闭环机制。"),
        ("权益更有保护。", "严格落实外商投资法及其实施条例，全面落实外商投资准入前国民待遇加负面清单管理制度，"
         "依法保护外国投资者和外商投资企业的知识产权和商业秘密，畅通外商投资企业投诉渠道。"),
    ]
    for n, (h, b) in enumerate(promises, 1):
        p = para(doc, [(h, FS, 16, True), (b, FS, 16, False)], indent=False)
        p.paragraph_format.first_line_indent = None
        numbered(p, num_id)  # Word auto numbering: "1." is not in the text
        clauses.append("%d.%s%s" % (n, h, b))
    heading("三、我们期待您的声音")
    body("片区营商环境的每一点改进，都离不开您的监督和建议。为方便投资者朋友们咨询办事、反映诉求，"
         "现将片区主要服务渠道公布如下：")

    hdr = ["服务事项", "责任部门", "联系电话"]
    rows = [
        ["企业开办和外资登记", "片区行政审批服务中心", "0592-5689001"],
        ["通关和综合保税区业务", "片区口岸物流处", "0592-5689002"],
        ["金融和跨境资金业务", "片区金融服务处", "0592-5689003"],
        ["投资促进和项目落地", "片区招商服务中心", "0592-5689004"],
        ["营商环境投诉", "片区营商环境监督办公室", "0592-5689005"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(t, on=True)
    for ci, h in enumerate(hdr):
        cell_text(t.cell(0, ci), h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            cell_text(t.cell(ri, ci), v, FS, 12)
        clauses.append("；".join("%s：%s" % (hdr[i], row[i]) for i in range(3)))
    widths(t, [5.2, 6.0, 4.4])

    body("您也可以登录厦门自贸片区门户网站或关注“厦门自贸片区”微信公众号，在“企业诉求直通车”栏目留言，"
         "我们将在3个工作日内予以回复。")
    body("投资者朋友们，风正潮涌，奋楫者先。厦门自贸片区将始终与您同心同向、同行同进，用心用情做好每一项服务。"
         "我们诚挚欢迎更多海内外投资者来片区投资兴业，共享发展机遇，共创美好未来！")
    body("衷心祝愿投资者朋友们新年快乐、事业兴旺、阖家幸福！")
    para(doc, "此致")
    para(doc, "敬礼！", indent=False)
    # 落款 pushed right with typed full-width spaces, Chinese-numeral date
    para(doc, "\u3000" * 4 + "中国（福建）自由贸易试验区厦门片区管理委员会", indent=False)
    para(doc, "\u3000" * 14 + "二〇二五年十二月三十日", indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": "致厦门自贸片区广大投资者的一封信",
            "doc_number": None,
            "issuer": ["中国（福建）自由贸易试验区厦门片区管理委员会"],
            "date": "2025-12-30",
            "published": None,
            "level": "zone",
            "region": "中国（福建）自由贸易试验区厦门片区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公开信",
            "recipients": ["投资者朋友们"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ================================================================ doc 3
def doc_zhengzhou():
    stem = "blind478_zhengzhou_ganxiexin"
    doc = Document()
    setup(doc)
    clauses = []

    # company red letterhead
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=50)
    r = p.add_run("河南豫欧国际班列运营有限公司")
    set_font(r, XBS, 30, color=RED)
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    r = p.add_run("豫欧班列〔2026〕8号")
    set_font(r, FS, 16)
    bottom_rule(p)
    empty(doc)
    # letter-spaced title
    title(doc, ["感\u3000谢\u3000信"])
    empty(doc)
    para(doc, "郑州海关：", indent=False)

    def body(t, parts=None):
        # office quirk: indentation typed as two full-width spaces
        if parts is None:
            parts = [(t, FS, 16, False)]
        parts = [("\u3000\u3000", FS, 16, False)] + parts
        para(doc, parts, indent=False)
        clauses.append(t)

    body("值此新春佳节即将到来之际，河南豫欧国际班列运营有限公司全体员工向郑州海关全体干部职工"
         "致以诚挚的问候和衷心的感谢！")
    body("2025年，在郑州海关的大力支持和悉心指导下，中欧班列（郑州）克服国际运输通道波动、境外口岸拥堵等多重困难，"
         "实现了开行规模和运行质量“双提升”，境外网络覆盖欧洲、中亚、东盟等40多个国家的140多个城市。"
         "全年主要运行指标如下：")

    hdr = ["指标", "2025年", "同比增长"]
    rows = [
        ["开行班列（列）", "3216", "12.4%"],
        ["其中：去程班列（列）", "1745", "10.8%"],
        ["回程班列（列）", "1471", "14.3%"],
        ["运送货物（标箱）", "286540", "13.1%"],
        ["货值（亿美元）", "168.7", "15.2%"],
        ["跨境电商专列（列）", "286", "31.2%"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(t, on=True)
    for ci, h in enumerate(hdr):
        cell_text(t.cell(0, ci), h, HT, 14)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            cell_text(t.cell(ri, ci), v, FS, 14,
                      align=WD_ALIGN_PARAGRAPH.LEFT if ci == 0 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (hdr[i], row[i]) for i in range(3)))
    widths(t, [6.4, 4.6, 4.6])

    body("这些成绩的取得，离不开郑州海关一以贯之的关心和支持。一年来，郑州海关坚持“监管到位、服务到家”，"
         "主动靠前服务，在以下几个方面给予我公司有力帮助：")
    items = [
        ("一是创新监管模式，通关效率显著提升。",
         "郑州海关全面推广“铁路快速通关”和“关铁通”项目合作，实现与境外海关监管互认、信息互换，"
         "班列在口岸站停留时间由原来的平均36小时压缩至12小时以内，去程班列实现“一次申报、一次查验、一次放行”。"),
        ("二是支持业态创新，服务链条持续延伸。",
         "郑州海关支持我公司开行跨境电商专列、冷链专列和邮件专列，指导开展“中欧班列+跨境电商”“中欧班列+海外仓”业务，"
         "推动郑州航空港经济综合实验区、郑州经开综合保税区与班列场站联动发展，"
         "助力“空中丝绸之路”与“陆上丝绸之路”无缝衔接。"),
        ("三是推进多式联运，通道辐射能力不断增强。",
         "郑州海关积极推动海铁联运、铁空联运“一单制”改革，支持班列与青岛、连云港等沿海港口开展“班列+港口”联动，"
         "在郑州国际陆港设立多式联运海关监管中心，实现货物“一次转关、全程监管”。"),
        ("四是坚持急企所需，保障服务温暖贴心。",
         "面对境外通道临时管控、集装箱周转紧张等突发情况，郑州海关第一时间成立专班，开辟“绿色通道”，"
         "实行“7×24小时”预约通关，帮助我公司协调解决了一批急难愁盼问题，确保了班列“不停运、不断链”。"),
    ]
    for h, b in items:
        body(h + b, [(h, FS, 16, True), (b, FS, 16, False)])

    body("新的一年，我公司将以更高标准、更严要求，严格遵守海关各项法律法规，持续加强企业内部管控和信用管理，"
         "积极申请海关AEO高级认证，加快建设中欧班列（郑州）集结中心，努力把中欧班列（郑州）打造成为"
         "服务共建“一带一路”的黄金通道。我们真诚期待与郑州海关进一步深化合作，共同为河南打造内陆开放高地、"
         "推动高水平对外开放作出新的更大贡献。")
    body("再次衷心感谢郑州海关对中欧班列（郑州）发展的大力支持！恭祝郑州海关全体干部职工新春愉快、"
         "工作顺利、阖家幸福！")
    para(doc, "\u3000\u3000此致", indent=False)
    para(doc, "敬礼！", indent=False)
    empty(doc, 2)
    para(doc, "河南豫欧国际班列运营有限公司", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p = para(doc, "2026年1月20日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    empty(doc, 3)

    # 版记 typed in a table with top/bottom rules
    vt = doc.add_table(rows=2, cols=1)
    borders(vt, on=True, only=("top", "bottom", "insideH"), sz=8)
    c = vt.cell(0, 0)
    cell_text(c, "抄送：郑州市人民政府口岸物流办公室，河南省商务厅。", FS, 14,
              align=WD_ALIGN_PARAGRAPH.LEFT)
    c = vt.cell(1, 0)
    cell_text(c, "河南豫欧国际班列运营有限公司综合办公室\u30002026年1月20日印发",
              FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    widths(vt, [15.6])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": "感谢信",
            "doc_number": "豫欧班列〔2026〕8号",
            "issuer": ["河南豫欧国际班列运营有限公司"],
            "date": "2026-01-20",
            "published": None,
            "level": "municipal",
            "region": "郑州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "感谢信",
            "recipients": ["郑州海关"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_fujian(), doc_xiamen(), doc_zhengzhou()]
    for p in paths:
        to_pdf(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
