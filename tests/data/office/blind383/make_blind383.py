# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 383: a municipal policy compilation booklet (政策汇编)."""
import copy, json, os, subprocess
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "blind383_ningbo_huibian"

XBS = "方正小标宋简体"; FS = "仿宋_GB2312"; HT = "黑体"; KT = "楷体_GB2312"


def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(doc, text="", font=FS, size=16, bold=False, align=None, indent=True,
         line=28, keep=None):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0); pf.space_after = Pt(0)
    pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), font, size, bold)
    return p


def runin(doc, head, body, head_font=KT, bold=True):
    """Run-in heading: 'heading' in its own (bold) run, then body text."""
    p = para(doc, "")
    set_font(p.add_run(head), head_font, 16, bold)
    set_font(p.add_run(body), FS, 16)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        run._element.append(e)


def setup_numbering(doc):
    """Word auto numbering '（一）' (chineseCounting) – one abstractNum, several nums."""
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum"); absn.set(qn("w:abstractNumId"), "383")
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "singleLevel"); absn.append(mlt)
    lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                     ("w:suff", "nothing"), ("w:lvlText", "（%1）"), ("w:lvlJc", "left")):
        e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
    ppr = OxmlElement("w:pPr"); ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0"); ind.set(qn("w:firstLine"), "640"); ppr.append(ind); lvl.append(ppr)
    rpr = OxmlElement("w:rPr"); rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), KT)
    rpr.append(rf); b = OxmlElement("w:b"); rpr.append(b)
    sz = OxmlElement("w:sz"); sz.set(qn("w:val"), "32"); rpr.append(sz); lvl.append(rpr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    ids = []
    for i in range(3):
        nid = str(3830 + i)
        num = OxmlElement("w:num"); num.set(qn("w:numId"), nid)
        a = OxmlElement("w:abstractNumId"); a.set(qn("w:val"), "383"); num.append(a)
        ov = OxmlElement("w:lvlOverride"); ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride"); so.set(qn("w:val"), "1"); ov.append(so); num.append(ov)
        numbering.append(num)
        ids.append(nid)
    return ids


def numbered(doc, num_id, head, body):
    p = para(doc, "", indent=False)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), num_id)
    numpr.append(il); numpr.append(ni); ppr.append(numpr)
    p.paragraph_format.first_line_indent = Pt(32)
    if head:
        set_font(p.add_run(head), KT, 16, True)
    set_font(p.add_run(body), FS, 16)
    return p


def doc_title(doc, lines):
    p = para(doc, "", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    for i, l in enumerate(lines):
        r = p.add_run(l); set_font(r, XBS, 22)
        if i < len(lines) - 1:
            r.add_break()  # soft line break inside the title
    return p


def center(doc, text, font=FS, size=16):
    return para(doc, text, font=font, size=size, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)


def signoff(doc, lines):
    for l in lines:
        p = para(doc, l, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(64)


def build(toc_pages):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = FS; st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    sec.page_width = Cm(21); sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7); sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8); sec.right_margin = Cm(2.6)
    num_ids = setup_numbering(doc)
    meta_all = []

    # ---------------- cover ----------------
    for _ in range(4):
        para(doc, "", indent=False)
    para(doc, "宁波市开放型经济政策汇编", font=XBS, size=30, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=48)
    center(doc, "（2026年版）", KT, 18)
    for _ in range(8):
        para(doc, "", indent=False)
    center(doc, "宁波市商务局　编印", HT, 16)
    center(doc, "二〇二六年三月", FS, 16)
    for _ in range(2):
        para(doc, "", indent=False)
    center(doc, "内部资料　免费交流", KT, 14)
    page_break(doc)

    # ---------------- 目录 ----------------
    center(doc, "目　　录", HT, 22)
    para(doc, "", indent=False)
    text_w = sec.page_width - sec.left_margin - sec.right_margin
    toc = [
        ("第一部分　综合政策", None),
        ("宁波市人民政府办公厅关于推进中欧班列（宁波）高质量发展的实施意见", "d1"),
        ("第二部分　跨境电商", None),
        ("宁波市促进跨境电子商务高质量发展若干措施", "d2"),
        ("第三部分　保税物流", None),
        ("中国（浙江）自由贸易试验区宁波片区保税维修业务管理办法", "d3"),
        ("第四部分　外商投资", None),
        ("宁波市商务局关于做好2026年外商投资促进工作的通知", "d4"),
    ]
    for text, key in toc:
        if key is None:
            p = para(doc, text, font=HT, size=16, indent=False)
            p.paragraph_format.space_before = Pt(8)
            continue
        pg = toc_pages.get(key, "")
        if key == "d2":
            # quirk: dot leader typed by hand instead of a tab leader
            p = para(doc, "", indent=False)
            p.paragraph_format.left_indent = Pt(32)
            set_font(p.add_run(text + "……………………………" + str(pg)), FS, 16)
            continue
        p = para(doc, "", indent=False)
        p.paragraph_format.left_indent = Pt(32)
        p.paragraph_format.tab_stops.add_tab_stop(text_w, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        set_font(p.add_run(text + "\t" + str(pg)), FS, 16)

    # ---------------- body section, page numbers restart ----------------
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    pg = OxmlElement("w:pgNumType"); pg.set(qn("w:start"), "1")
    sec2._sectPr.find(qn("w:cols")).addprevious(pg)
    sec2.header.is_linked_to_previous = False
    sec2.footer.is_linked_to_previous = False
    hp = sec2.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("宁波市开放型经济政策汇编（2026年版）"), KT, 10.5)
    fp = sec2.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— "); set_font(r, "宋体", 14)
    r = fp.add_run(); set_font(r, "宋体", 14); add_field(r, "PAGE")
    r = fp.add_run(" —"); set_font(r, "宋体", 14)
    # first section (cover + 目录) keeps no header/footer reference at all

    def divider(text, first=False):
        if not first:
            page_break(doc)
        for _ in range(9):
            para(doc, "", indent=False)
        center(doc, text, HT, 26)
        page_break(doc)

    # =============== Part 1 / Document 1 ===============
    divider("第一部分　综合政策", first=True)
    C = []
    doc_title(doc, ["宁波市人民政府办公厅关于推进", "中欧班列（宁波）高质量发展的实施意见"])
    center(doc, "（甬政办发〔2025〕31号）", FS, 16)
    para(doc, "", indent=False)
    para(doc, "各区（县、市）人民政府，市直及部省属驻甬各单位：", indent=False)
    t = ("为深入贯彻落实国家关于推进共建“一带一路”高质量发展的决策部署，加快打造国际开放枢纽，"
         "推动中欧班列（宁波）提质扩量、增效降本，经市政府同意，现提出如下实施意见。")
    para(doc, t); C.append(t)
    para(doc, "一、总体要求", font=HT)
    t = ("以服务“一带一路”建设为引领，坚持市场主导、政府引导、海铁联动、港城协同，充分发挥宁波舟山港和宁波国际陆港优势，"
         "构建“海铁公多式联运+中欧班列”一体化通道体系。到2027年，中欧班列（宁波）年开行量突破1200列，回程班列占比提高到40%以上，"
         "培育集货服务平台5个以上，基本建成长三角南翼中欧班列重要集结中心。")
    para(doc, t); C.append(t)
    para(doc, "二、重点任务", font=HT)
    items = [
        ("（一）拓展国际线路网络。", "稳定运行宁波至杜伊斯堡、马拉舍维奇、阿拉木图、塔什干等常态化线路，积极开辟至中东欧、中亚、西亚新线路。"
         "支持班列运营企业在沿线重要节点城市布局海外仓、分拨中心，2026年底前新增境外合作站点8个以上。"),
        ("（二）深化海铁联运衔接。", "依托宁波舟山港穿山港区、北仑港区铁路场站，推进“一单制”多式联运，推广铁路运单物权化试点。"
         "对经宁波舟山港转运的中欧班列货物，实行“船边直提、抵港直装”，压缩中转时间至48小时以内。"),
        ("（三）提升通关便利化水平。", "深化“关铁通”项目合作，推广“铁路快通”“提前申报”“两步申报”等通关模式，"
         "实现班列货物口岸查验“随到随检”。支持在宁波国际陆港设立中欧班列集装箱监管作业场所。"),
        ("（四）培育班列货源体系。", "引导本地汽车及零部件、家电、文具、光伏等优势产业利用中欧班列开拓欧洲及中亚市场，"
         "鼓励跨境电商、邮政快件搭乘班列出口。加强与义乌、金华等地班列平台合作，推进货源共享、运力互补。"),
        ("（五）做强班列产业链。", "推动“班列+园区”“班列+贸易”“班列+金融”联动发展，支持在宁波保税区、宁波梅山综合保税区"
         "开展班列进口商品分拨、展示交易业务。鼓励金融机构开发基于铁路运单的供应链融资产品。"),
    ]
    for h, b in items:
        runin(doc, h, b); C.append(h + b)
        if h.startswith("（三）"):
            para(doc, "", indent=False)  # stray empty paragraph
    para(doc, "三、保障措施", font=HT)
    items = [
        ("（一）加强组织领导。", "建立由市政府分管副市长牵头，市发展改革委、市商务局、市交通运输局、宁波海关、"
         "中国铁路上海局集团有限公司宁波货运中心等单位参与的中欧班列工作协调机制，统筹推进重大事项。"),
        ("（二）加大政策支持。", "市级财政对中欧班列（宁波）开行给予阶段性运费补贴，补贴标准逐年退坡，"
         "具体办法由市商务局会同市财政局另行制定。各区（县、市）可结合实际出台配套支持政策。"),
    ]
    for h, b in items:
        runin(doc, h, b); C.append(h + b)
    # quirk: soft line break typed in the middle of a sentence
    h = "（三）强化安全保障。"
    b1 = "班列运营企业要落实安全生产主体责任，健全货物安检、"
    b2 = "危险品查验和应急处置制度，确保班列运行安全平稳。"
    p = runin(doc, h, b1)
    r = p.add_run(); r.add_break(); set_font(p.add_run(b2), FS, 16)
    C.append(h + b1 + b2)
    h = "（四）做好监测评估。"
    b = ("市商务局要会同有关部门建立班列开行统计监测制度，按季度通报开行量、回程比例、运行时效等指标，"
         "每年对本意见落实情况开展评估。")
    runin(doc, h, b); C.append(h + b)
    t = "本意见自印发之日起施行，有效期至2028年6月30日。"
    para(doc, t); C.append(t)
    para(doc, "", indent=False); para(doc, "", indent=False)
    signoff(doc, ["宁波市人民政府办公厅", "2025年6月18日"])
    para(doc, "（此件公开发布）")
    meta_all.append(({
        "title": "宁波市人民政府办公厅关于推进中欧班列（宁波）高质量发展的实施意见",
        "doc_number": "甬政办发〔2025〕31号",
        "issuer": ["宁波市人民政府办公厅"],
        "date": "2025-06-18", "published": None, "level": "municipal", "region": "宁波市",
        "effective": "2025-06-18", "expires": "2028-06-30", "attachments": [],
        "doc_type": "意见",
        "recipients": ["各区（县、市）人民政府", "市直及部省属驻甬各单位"],
        "publicity": "此件公开发布", "repeals": None}, C))

    # =============== Part 2 / Document 2 ===============
    divider("第二部分　跨境电商")
    C = []
    doc_title(doc, ["宁波市促进跨境电子商务高质量发展若干措施"])
    center(doc, "（甬商务联〔2025〕58号）", FS, 16)
    para(doc, "", indent=False)
    t = ("为加快建设中国（宁波）跨境电子商务综合试验区，推动跨境电商与本地产业深度融合，"
         "打造跨境电商创新发展高地，制定以下措施。")
    para(doc, t); C.append(t)
    groups = [
        ("一、培育壮大经营主体", [
            ("支持企业做大规模。", "对年度跨境电商出口额首次超过1亿元、5亿元、10亿元的企业，分别给予一次性奖励20万元、50万元、100万元。"
             "同一企业按差额晋档奖励。"),
            ("引进头部平台企业。", "对新引进的跨境电商平台企业区域总部、全球或全国性供应链服务企业，经认定后按其实际到位注册资本的2%给予落户奖励，"
             "最高不超过500万元。"),
            ("培育跨境电商品牌。", "支持企业在境外注册商标、开展品牌推广，按实际发生费用的50%给予补助，每家企业每年最高不超过30万元。"),
        ]),
        ("二、完善跨境物流和海外仓布局", [
            ("支持公共海外仓建设。", "对经认定的市级公共海外仓，按其当年海外仓租金、设备投入的30%给予补助，单个海外仓最高不超过200万元。"),
            ("推动跨境电商搭乘中欧班列。", "对利用中欧班列（宁波）运输跨境电商出口货物的企业，按每标准箱1000元给予物流补贴。"),
            ("优化国际寄递服务。", "支持邮政、快递企业在宁波栎社国际机场开通跨境电商国际货运航线，对新开通的全货机航线按有关规定给予航线补贴。"),
        ]),
        ("三、优化监管服务", [
            ("", "深化跨境电商B2B出口监管改革，全面推广“9710”“9810”监管方式，落实跨境电商零售出口“无票免税”政策。"),
            ("", "支持宁波保税区、宁波梅山综合保税区开展跨境电商网购保税进口业务创新，探索保税进口商品“线上下单、线下自提”模式。"),
            ("", "建立跨境电商企业服务专员制度，对重点企业实行“一企一策”服务。"),
        ]),
    ]
    cn = "一二三四五"
    for gi, (gh, its) in enumerate(groups):
        para(doc, gh, font=HT)
        for i, (h, b) in enumerate(its):
            numbered(doc, num_ids[gi], h, b)
            C.append("（%s）" % cn[i] + h + b)
    t = ("本措施所需资金由市、区两级财政按现行财政体制分担。同一项目符合本市其他同类政策的，"
         "按照“就高、不重复”原则执行。")
    para(doc, t); C.append(t)
    t = "本措施自2025年10月1日起施行，有效期至2028年9月30日，由宁波市商务局负责解释。"
    para(doc, t); C.append(t)
    # joint 落款 typed on one line with full-width spaces
    p = para(doc, "宁波市商务局　　　宁波市财政局　　　宁波市邮政管理局", indent=False,
             align=WD_ALIGN_PARAGRAPH.CENTER)
    signoff(doc, ["2025年9月12日"])
    meta_all.append(({
        "title": "宁波市促进跨境电子商务高质量发展若干措施",
        "doc_number": "甬商务联〔2025〕58号",
        "issuer": ["宁波市商务局", "宁波市财政局", "宁波市邮政管理局"],
        "date": "2025-09-12", "published": None, "level": "municipal", "region": "宁波市",
        "effective": "2025-10-01", "expires": "2028-09-30", "attachments": [],
        "doc_type": "措施", "recipients": [], "publicity": None, "repeals": None}, C))

    # =============== Part 3 / Document 3 ===============
    divider("第三部分　保税物流")
    C = []
    doc_title(doc, ["中国（浙江）自由贸易试验区宁波片区", "保税维修业务管理办法"])
    center(doc, "（甬自贸发〔2025〕9号）", FS, 16)
    p = para(doc, "（2025年10月15日中国（浙江）自由贸易试验区宁波片区管理委员会第5次主任办公会议审议通过）",
             font=KT, size=14, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    p.paragraph_format.left_indent = Pt(28); p.paragraph_format.right_indent = Pt(28)
    para(doc, "", indent=False)

    def chapter(t):
        para(doc, t, font=HT, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)

    def article(no, body):
        p = para(doc, "")
        set_font(p.add_run(no), HT, 16)
        set_font(p.add_run("　" + body), FS, 16)
        C.append(no + "　" + body)

    def item(t):
        para(doc, t); C.append(t)

    chapter("第一章　总　　则")
    article("第一条", "为规范中国（浙江）自由贸易试验区宁波片区（以下简称片区）保税维修业务管理，促进维修产业高质量发展，"
            "根据《中华人民共和国海关综合保税区管理办法》和国家关于支持综合保税区内企业开展维修业务的有关规定，结合片区实际，制定本办法。")
    article("第二条", "本办法所称保税维修，是指片区内海关特殊监管区域企业以保税方式将存在部件损坏、功能失效、质量缺陷等问题的货物"
            "从境外或境内区外运入区内进行检测、维修后复运出境或复运回境内区外的业务。")
    article("第三条", "片区管理委员会（以下简称管委会）负责保税维修业务的统筹协调和产业促进工作。"
            "宁波海关所属有关隶属海关依法对保税维修业务实施监管。")
    chapter("第二章　业务申请")
    article("第四条", "开展保税维修业务的企业应当符合下列条件：")
    item("（一）在片区内海关特殊监管区域注册登记，具有独立法人资格；")
    item("（二）海关信用等级为一般信用及以上；")
    item("（三）建立符合海关监管要求的计算机管理系统，能够与海关联网；")
    item("（四）具备开展维修业务所需的场所、设备、技术人员和环保条件。")
    article("第五条", "企业申请开展保税维修业务，应当向管委会提交下列材料：")
    item("（一）保税维修业务申请书；")
    item("（二）维修产品目录及工艺流程说明；")
    item("（三）环境影响评价文件及批复；")
    item("（四）管委会要求提交的其他材料。")
    article("第六条", "管委会自收到齐全材料之日起10个工作日内完成审核，会同宁波海关对符合条件的企业出具意见。")
    chapter("第三章　业务管理")
    article("第七条", "企业应当建立保税维修专用账册，如实记录维修货物进出、维修耗用、替换旧件等情况，做到账货相符。")
    article("第八条", "维修过程中替换下的坏件、旧件，原则上应当全部复运出境；确需在境内处置的，应当按照固体废物管理有关规定办理。")
    article("第九条", "企业不得利用保税维修业务开展拆解、翻新或者以维修名义进口旧机电产品。")
    article("第十条", "管委会建立保税维修企业年度评估制度，对评估不合格的企业责令限期整改；整改不到位的，暂停其新增维修产品目录申请。")
    chapter("第四章　附　　则")
    article("第十一条", "本办法由管委会负责解释。")
    article("第十二条", "本办法自2025年11月1日起施行。《中国（浙江）自由贸易试验区宁波片区保税维修业务管理暂行办法》"
            "（甬自贸发〔2022〕14号）同时废止。")
    meta_all.append(({
        "title": "中国（浙江）自由贸易试验区宁波片区保税维修业务管理办法",
        "doc_number": "甬自贸发〔2025〕9号",
        "issuer": ["中国（浙江）自由贸易试验区宁波片区管理委员会"],
        "date": "2025-10-15", "published": None, "level": "zone",
        "region": "中国（浙江）自由贸易试验区宁波片区",
        "effective": "2025-11-01", "expires": None, "attachments": [],
        "doc_type": "办法", "recipients": [], "publicity": None,
        "repeals": "《中国（浙江）自由贸易试验区宁波片区保税维修业务管理暂行办法》（甬自贸发〔2022〕14号）"}, C))

    # =============== Part 4 / Document 4 ===============
    divider("第四部分　外商投资")
    C = []
    doc_title(doc, ["宁波市商务局关于做好2026年", "外商投资促进工作的通知"])
    center(doc, "（甬商务〔2026〕6号）", FS, 16)
    para(doc, "", indent=False)
    para(doc, "各区（县、市）商务主管部门，市级有关单位：", indent=False)
    t = ("为贯彻落实国务院关于进一步优化外商投资环境、加大吸引外商投资力度的部署要求，稳住外资基本盘，"
         "提升利用外资质量，现就做好2026年全市外商投资促进工作通知如下。")
    para(doc, t); C.append(t)
    para(doc, "一、工作目标", font=HT)
    t = ("2026年，全市力争实际使用外资45亿美元以上，新设外商投资企业600家以上，新引进总投资1亿美元以上外资项目15个以上，"
         "制造业实际使用外资占比保持在50%以上。")
    para(doc, t); C.append(t)
    para(doc, "二、重点工作", font=HT)
    items = [
        ("1．开展“投资宁波”全球推介。", "全年组织赴欧洲、日韩、东盟、中东等地开展投资促进活动不少于10场，"
         "办好中国—中东欧国家博览会暨国际消费品博览会投资合作专场。"),
        ("2．落实外资企业国民待遇。", "全面落实外商投资准入前国民待遇加负面清单管理制度，保障外商投资企业依法平等参与政府采购、"
         "招标投标和标准制定。"),
        ("3．鼓励外资企业利润再投资。", "对外商投资企业以境内分配利润在本市再投资的，按实际到位金额的1%给予奖励，"
         "单个企业最高不超过300万元。申报流程按附件2执行。"),
    ]
    for h, b in items:
        p = para(doc, "")
        set_font(p.add_run(h), FS, 16, True)  # bold run-in heading in 仿宋
        set_font(p.add_run(b), FS, 16)
        C.append(h + b)
    # quirk: a hard return typed in the middle of a sentence
    h = "4．强化外资项目服务保障。"
    b1 = "建立重大外资项目“专班+专员”服务机制，对列入"
    b2 = "清单的重点项目实行全流程跟踪服务。"
    p = para(doc, ""); set_font(p.add_run(h), FS, 16, True); set_font(p.add_run(b1), FS, 16)
    para(doc, b2, indent=False)
    C.append(h + b1 + b2)
    para(doc, "三、支持事项", font=HT)
    t = "2026年市级外商投资促进支持事项如下表："
    para(doc, t); C.append(t)
    header = ["序号", "支持事项", "支持标准", "责任单位"]
    rows = [
        ["1", "新设外资企业奖励", "实际到位外资500万美元以上的，按到位金额的1%给予奖励，最高1000万元", "市商务局"],
        ["2", "跨国公司地区总部认定奖励", "经认定的地区总部一次性奖励500万元", "市商务局"],
        ["3", "外资研发中心支持", "按研发设备投入的20%给予补助，最高300万元", "市科技局"],
        ["4", "利润再投资奖励", "按实际到位金额的1%给予奖励，最高300万元", "市商务局、市财政局"],
        ["5", "外籍人才服务", "为外资企业高管及技术人才办理工作许可“一窗通办”", "市人力社保局"],
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=4)
    tb.style = "Table Grid"
    tb.autofit = False
    for gc, w in zip(tb._tbl.tblGrid.findall(qn("w:gridCol")), [850, 2381, 3969, 1701]):
        gc.set(qn("w:w"), str(w))
    widths = [Cm(1.5), Cm(4.2), Cm(7.0), Cm(3.0)]
    for ri, row in enumerate([header] + rows):
        for ci, val in enumerate(row):
            cell = tb.rows[ri].cells[ci]; cell.width = widths[ci]
            cp = cell.paragraphs[0]
            cp.alignment = WD_ALIGN_PARAGRAPH.CENTER if (ri == 0 or ci in (0, 3)) else WD_ALIGN_PARAGRAPH.LEFT
            set_font(cp.add_run(val), HT if ri == 0 else FS, 12)
        if ri > 0:
            C.append("；".join("%s：%s" % (header[i], row[i]) for i in range(4)))
    para(doc, "", indent=False)
    para(doc, "四、工作要求", font=HT)
    t = ("各区（县、市）商务主管部门要按月报送外资项目进展情况，于每月5日前将上月数据报送市商务局外资处。"
         "市级有关单位要按照职责分工抓好落实。")
    para(doc, t); C.append(t)
    t = "本通知自印发之日起执行。《宁波市外商投资企业利润再投资奖励申报指南》（甬商务〔2024〕37号）同时废止。"
    para(doc, t); C.append(t)
    t = "联系人：陈晓峰，电话：0574-89186532。"
    para(doc, t); C.append(t)
    para(doc, "", indent=False)
    para(doc, "附件：1．2026年宁波市重点外资项目清单（略）")
    para(doc, "　　　2．外商投资企业利润再投资奖励申报流程（略）")  # aligned with manual spaces
    para(doc, "", indent=False); para(doc, "", indent=False)
    signoff(doc, ["宁波市商务局", "2026年1月20日"])
    meta_all.append(({
        "title": "宁波市商务局关于做好2026年外商投资促进工作的通知",
        "doc_number": "甬商务〔2026〕6号",
        "issuer": ["宁波市商务局"],
        "date": "2026-01-20", "published": None, "level": "municipal", "region": "宁波市",
        "effective": "2026-01-20", "expires": None,
        "attachments": ["2026年宁波市重点外资项目清单", "外商投资企业利润再投资奖励申报流程"],
        "doc_type": "通知",
        "recipients": ["各区（县、市）商务主管部门", "市级有关单位"],
        "publicity": None,
        "repeals": "《宁波市外商投资企业利润再投资奖励申报指南》（甬商务〔2024〕37号）"}, C))
    return doc, meta_all


TITLE_PROBES = {"d1": "中欧班列（宁波）高质量发展的实施意见",
                "d2": "促进跨境电子商务高质量发展若干措施",
                "d3": "保税维修业务管理办法",
                "d4": "外商投资促进工作的通知"}


def convert(docx_path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_383", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def find_pages(pdf_path):
    """Printed page number (restarting at the first divider) of each document title."""
    try:
        import pdfplumber
    except Exception:
        return None
    res = {}
    with pdfplumber.open(pdf_path) as pdf:
        texts = ["".join((pg.extract_text() or "").split()) for pg in pdf.pages]
    start = next((i for i, t in enumerate(texts) if "第一部分综合政策" in t and "目录" not in t), None)
    if start is None:
        return None
    for k, probe in TITLE_PROBES.items():
        for i in range(start, len(texts)):
            if probe in texts[i]:
                res[k] = i - start + 1
                break
    return res


def main():
    docx_path = os.path.join(HERE, STEM + ".docx")
    pages = {"d1": 2, "d2": 6, "d3": 9, "d4": 13}
    for _ in range(3):
        doc, meta_all = build(pages)
        doc.save(docx_path)
        convert(docx_path)
        found = find_pages(os.path.join(HERE, STEM + ".pdf"))
        if not found or found == pages or len(found) < 4:
            break
        pages = found
    expected = {STEM: [{"meta": m, "clauses": c} for m, c in meta_all]}
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
