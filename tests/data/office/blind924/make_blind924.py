# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 924: 省人大常委会关于批准某市自贸片区条例的决定与条例文本（批准决定+条例，公告号）.

Writes three Word files, their PDFs (LibreOffice) and expected.json into this directory.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
SP = "\u3000"  # full-width space

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, scale=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    if scale is not None:  # character scaling (字符缩放), used to squeeze long 版头
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(32)
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, size=16, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or a plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, size, False)]
    for r in runs:
        text, name, sz, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, sz, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def setup(doc, margins=(3.7, 3.5, 2.8, 2.6), size=16):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(margins[0]), Cm(margins[1])
    s.left_margin, s.right_margin = Cm(margins[2]), Cm(margins[3])
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(size)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    return s


def page_field(p, left, right, name=SONG, size=14):
    font(p.add_run(left), name, size)
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = p.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = p.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), name, size)
    r5 = p.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(p.add_run(right), name, size)


def footer_pages(section, left="— ", right=" —", align=C, name=SONG, size=14):
    fp = section.footer.paragraphs[0]
    fp.alignment = align
    page_field(fp, left, right, name, size)


def banji(doc, cc, printer, date_txt, size=14):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, size, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, size, False), ("\t", FS, size, False),
                       (date_txt, FS, size, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_924", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [700]


def make_numbering(doc, lvl_text, first_twips=560):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text, first_twips))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, aid)))
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), nid)))


CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
      "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
      "二十一", "二十二", "二十三", "二十四", "二十五"]


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
# 宁波市人大常委会公告（第16号）+ 条例全文（章、目录、题注）
NB_REG = "宁波市中国（浙江）自由贸易试验区宁波片区条例"
NB_CHAPTERS = [
    ("第一章", "总　　则", [
        "为了推进中国（浙江）自由贸易试验区宁波片区（以下简称宁波片区）建设，以制度创新为核心，打造高水平对外开放门户枢纽，根据有关法律、行政法规和《中国（浙江）自由贸易试验区条例》，结合本市实际，制定本条例。",
        "本条例适用于经国务院批准设立的宁波片区。宁波片区的实施范围为46平方公里，包括宁波梅山综合保税区、宁波北仑港综合保税区、宁波保税区等区块，具体四至范围以国务院批准的方案为准。",
        "宁波片区建设应当对接国际高标准经贸规则，聚焦油气资源配置、国际航运物流、新型国际贸易、智能制造等领域，服务共建“一带一路”和长江经济带发展，建设国际航运和物流枢纽、国际油气资源配置中心、国际供应链创新中心、全球新材料科创中心和智能制造高质量发展示范区。",
        "本市鼓励宁波片区开展差别化探索和首创性改革。改革创新未能实现预期目标，但符合国家和省、市确定的改革方向，决策程序符合法律、法规规定，且勤勉尽责、未牟取私利的，对有关单位和个人依法予以免责或者减轻责任。",
    ]),
    ("第二章", "管理体制", [
        "市人民政府应当加强对宁波片区建设工作的领导，建立健全统筹协调机制，研究决定宁波片区发展规划、重大政策和重大事项。",
        ["中国（浙江）自由贸易试验区宁波片区管理委员会（以下简称片区管委会）负责宁波片区改革试点任务的组织实施，履行下列职责：",
         "（一）拟订宁波片区发展规划和改革创新方案，并组织实施；",
         "（二）统筹推进投资、贸易、金融、航运等领域改革事项；",
         "（三）承接省、市依法下放或者委托的行政管理事项；",
         "（四）组织开展制度创新成果评估和复制推广；",
         "（五）市人民政府规定的其他职责。"],
        "市发展改革、商务、财政、自然资源规划、交通运输、市场监管、金融等部门应当按照各自职责，支持宁波片区建设。海关、海事、边检、税务、金融管理等驻甬单位依法在宁波片区履行职责，支持片区改革创新。",
        "市人民政府可以依法将市级行政管理事项交由片区管委会实施。除法律、行政法规规定不得下放的事项外，按照“能放尽放”的原则确定下放清单，并向社会公布。",
    ]),
    ("第三章", "投资贸易便利", [
        "宁波片区实行外商投资准入前国民待遇加负面清单管理制度。负面清单之外的领域，按照内外资一致的原则实施管理。",
        "宁波片区推行企业登记注册便利化，实行经营范围规范化登记、住所（经营场所）申报承诺制，推进“证照分离”改革全覆盖。",
        "海关等部门应当在宁波片区推进国际贸易“单一窗口”建设，推行“两步申报”“提前申报”“船边直提”“抵港直装”等通关模式，压缩货物整体通关时间。",
        "支持宁波片区发展离岸贸易、转口贸易、数字贸易、跨境电子商务等新型国际贸易，推动宁波舟山港与共建“一带一路”国家和地区港口合作，拓展海铁联运、江海联运业务。",
    ]),
    ("第四章", "油气全产业链与航运服务", [
        "支持宁波片区建设国际油气资源配置中心，依法开展原油、成品油、液化天然气等大宗商品进出口、储运、加工和交易业务，探索保税燃料油供应、调和、混兑等业务创新。",
        "宁波片区应当完善国际航运服务功能，发展船舶交易、船舶管理、航运经纪、海事仲裁、航运保险等现代航运服务业，依法推进国际船舶登记制度创新。",
        "支持宁波片区开展大宗商品期现结合交易，依托宁波大宗商品交易所等平台开展仓单质押融资、人民币计价结算等业务。",
    ]),
    ("第五章", "金融服务与风险防控", [
        "支持宁波片区在国家金融管理部门指导下开展跨境贸易投资高水平开放试点，推进本外币合一银行结算账户体系试点，便利跨境资金结算。",
        "宁波片区应当建立健全金融风险监测预警机制，加强对跨境资金流动、大宗商品交易等领域的风险监测，防范系统性、区域性金融风险。",
        "片区管委会应当会同有关部门建立以信用为基础的监管机制，推行“双随机、一公开”监管和包容审慎监管，对新技术、新产业、新业态、新模式实行分类监管。",
        "宁波片区应当建立健全知识产权保护协作机制，支持设立知识产权快速维权中心。鼓励当事人选择商事调解、仲裁等方式解决商事纠纷。",
    ]),
    ("第六章", "附　　则", [
        "本条例所称驻甬单位，是指国家和省在本市设立的海关、海事、边检、税务、金融管理等单位。",
        "本条例自2026年1月1日起施行。",
    ]),
]


def doc_ningbo():
    stem = "blind924_ningbo_gonggao"
    doc = Document()
    sec = setup(doc, margins=(3.5, 3.0, 2.8, 2.6))
    footer_pages(sec)
    clauses = []

    # 公告 in red, no 文件 head, 公告号 in Arabic numerals on its own line
    add_par(doc, [("宁波市人民代表大会常务委员会", XBS, 26, False, RED)],
            align=C, indent=False, line=40)
    add_par(doc, [("公　　告", XBS, 26, False, RED)], align=C, indent=False, line=40)
    add_par(doc, "第16号", align=C, indent=False, line=32, before=6, after=12)

    t = ("《宁波市中国（浙江）自由贸易试验区宁波片区条例》已于2025年10月29日经宁波市第十六届"
         "人民代表大会常务委员会第二十八次会议通过，2025年11月27日浙江省第十四届人民代表大会"
         "常务委员会第十九次会议批准，现予公布，自2026年1月1日起施行。")
    clauses.append(t)
    add_par(doc, t)
    empty(doc, 1)
    p = add_par(doc, "宁波市人民代表大会常务委员会", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "2025年12月3日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    empty(doc, 2)

    # ---- 条例 text: title on two lines, 题注 with manual break, 目录, 章, 条
    add_par(doc, [("宁波市中国（浙江）自由贸易试验区", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("宁波片区条例", XBS, 22, False)], align=C, indent=False, line=34, after=6)
    p = doc.add_paragraph()
    font(p.add_run("（2025年10月29日宁波市第十六届人民代表大会常务委员会第二十八次会议通过"),
         KT, 14)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("2025年11月27日浙江省第十四届人民代表大会常务委员会第十九次会议批准）"),
         KT, 14)
    fmt(p, align=C, indent=False, line=24, after=8)
    p.paragraph_format.left_indent = Pt(28)
    p.paragraph_format.right_indent = Pt(28)

    add_par(doc, [("目　　录", KT, 14, False)], align=C, indent=False, line=24)
    for ch, name, _ in NB_CHAPTERS:
        add_par(doc, [(ch + SP + name, KT, 14, False)], indent=False, line=22,
                first=Pt(28))
    empty(doc, 1, line=16)

    n = 0
    for ch, name, arts in NB_CHAPTERS:
        add_par(doc, [(ch + SP + name, HT, 14, False)], align=C, indent=False, line=24,
                before=6, after=4)
        for a in arts:
            num = "第%s条" % CN[n]
            n += 1
            if isinstance(a, list):
                head, items = a[0], a[1:]
                add_par(doc, [(num, HT, 14, False), (SP + head, FS, 14, False)],
                        line=24, first=Pt(28))
                for it in items:
                    add_par(doc, [(it, FS, 14, False)], line=24, first=Pt(28))
                clauses.append(num + SP + head + "".join(items))
            else:
                add_par(doc, [(num, HT, 14, False), (SP + a, FS, 14, False)],
                        line=24, first=Pt(28))
                clauses.append(num + SP + a)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="宁波市人民代表大会常务委员会公告",
            doc_number="第16号",
            issuer=["宁波市人民代表大会常务委员会"],
            date="2025-12-03",
            level="municipal",
            region="宁波市",
            effective="2026-01-01",
            doc_type="公告",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 宜昌市人大常委会公报版面：省人大常委会批准决定 + 市人大常委会公告（第二十一号）+ 条例
YC_REG = "宜昌市中国（湖北）自由贸易试验区宜昌片区条例"
YC_ARTS = [
    "为了推进中国（湖北）自由贸易试验区宜昌片区（以下简称宜昌片区）建设，发挥长江黄金水道和三峡枢纽区位优势，促进高水平对外开放，根据有关法律、法规，结合本市实际，制定本条例。",
    "本条例适用于国务院批准的宜昌片区实施范围。宜昌片区实施范围为27.97平方公里，具体四至范围按照国务院批准的方案执行。",
    "宜昌片区建设应当以制度创新为核心，重点发展先进制造、生物医药、电子信息、新材料、现代物流、文化旅游等产业，打造长江中上游综合性港口物流中心和内陆开放型经济新高地。",
    "市人民政府统筹领导宜昌片区建设工作，协调解决宜昌片区改革发展中的重大问题。中国（湖北）自由贸易试验区宜昌片区管理委员会（以下简称片区管委会）具体负责宜昌片区改革试点任务的组织实施。",
    "片区管委会依法集中行使市人民政府及其部门下放或者委托的行政审批和行政处罚权。下放或者委托事项清单由市人民政府确定并向社会公布。",
    "宜昌片区推行“一网通办”、“一窗受理”，实行行政审批告知承诺制，对符合条件的企业投资项目实行“拿地即开工”。",
    "支持宜昌片区依托三峡枢纽港、白洋港等港口发展江海联运、铁水联运，推动三峡翻坝物流体系建设，提升长江航运通过能力。",
    "宜昌片区应当推进国际贸易“单一窗口”建设，支持开展跨境电子商务、保税物流、保税维修等业务，推动中欧班列(宜昌)与长江航运有机衔接，服务共建“一带一路”。",
    "支持宜昌片区围绕磷化工、生物医药、电子信息等产业开展产业链供应链协同创新，推动绿色化工产业转型升级，建设精细化工和新材料产业集群。",
    "宜昌片区应当坚持生态优先、绿色发展，落实长江保护有关法律法规，严格执行长江岸线保护和化工企业准入等规定。",
    "金融机构可以在宜昌片区依法开展跨境人民币业务创新，为区内企业提供跨境投融资、贸易结算等金融服务。",
    "宜昌片区建立健全商事纠纷多元化解机制，支持设立商事调解组织，依法开展涉外商事纠纷调解。",
    "对宜昌片区内探索性改革创新出现失误或者偏差，符合规定条件的，可以予以免责或者从轻、减轻追究责任。",
    "市人民政府应当每年向市人民代表大会常务委员会报告宜昌片区建设情况。",
    "本条例自2025年12月1日起施行。《宜昌市人民代表大会常务委员会关于促进中国（湖北）自由贸易试验区宜昌片区改革创新的决定》同时废止。",
]


def doc_yichang():
    stem = "blind924_yichang_gongbao"
    doc = Document()
    sec = setup(doc, margins=(3.2, 2.8, 2.8, 2.6), size=15)
    # running header of the 公报, left title / right issue number via tab
    hp = sec.header.paragraphs[0]
    font(hp.add_run("宜昌市人民代表大会常务委员会公报"), SONG, 10.5)
    font(hp.add_run("\t\t"), SONG, 10.5)
    font(hp.add_run("2025年第5号"), SONG, 10.5)
    border(hp, "bottom", "000000", 6, 1)
    footer_pages(sec, "-", "-", align=C, name="Times New Roman", size=10.5)

    IND = SP * 2  # indentation typed with full-width spaces

    # ---------------- document 1: 省人大常委会批准决定
    c1 = []
    p = doc.add_paragraph()
    font(p.add_run("湖北省人民代表大会常务委员会关于批准《宜昌市"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("中国（湖北）自由贸易试验区宜昌片区条例》"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("的决定"), XBS, 20)
    fmt(p, align=C, indent=False, line=32, after=6)
    add_par(doc, [("（2025年9月25日湖北省第十四届人民代表大会常务委员会第十八次会议通过）",
                   KT, 14, False)], align=C, indent=False, line=24, after=8)
    t = ("根据《中华人民共和国立法法》第八十一条的规定，湖北省第十四届人民代表大会常务委员会"
         "第十八次会议对宜昌市第七届人民代表大会常务委员会第二十四次会议通过的《宜昌市中国（湖北）"
         "自由贸易试验区宜昌片区条例》进行了审查，决定予以批准，由宜昌市人民代表大会常务委员会公布施行。")
    c1.append(t)
    add_par(doc, IND + t, size=15, indent=False, line=26)
    # separator line typed as a row of dashes (公报排版)
    add_par(doc, [("—" * 6, SONG, 12, False)], align=C, indent=False, line=30, before=6,
            after=6)

    # ---------------- document 2: 市人大常委会公告 + 条例
    c2 = []
    add_par(doc, [("宜昌市人民代表大会常务委员会公告", XBS, 20, False)], align=C,
            indent=False, line=32)
    add_par(doc, [("第二十一号", FS, 15, False)], align=C, indent=False, line=26, after=6)
    t = ("《宜昌市中国（湖北）自由贸易试验区宜昌片区条例》已经宜昌市第七届人民代表大会常务委员会"
         "第二十四次会议于2025年8月28日通过，湖北省第十四届人民代表大会常务委员会第十八次会议于"
         "2025年9月25日批准，现予公布，自2025年12月1日起施行。")
    c2.append(t)
    add_par(doc, IND + t, size=15, indent=False, line=26)
    # 落款 pushed right with a tab stop; date typed on a manual line break
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(7.4))
    font(p.add_run("\t宜昌市人民代表大会常务委员会"), FS, 15)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\t" + SP * 3 + "2025年10月10日"), FS, 15)
    fmt(p, indent=False, line=26, before=8, after=14)

    p = add_par(doc, [(YC_REG, XBS, 20, False)], align=C, indent=False, line=32, after=4)
    p.paragraph_format.keep_with_next = True
    p = doc.add_paragraph()
    font(p.add_run("（2025年8月28日宜昌市第七届人民代表大会常务委员会第二十四次会议通过"
                   "　2025年9月25日湖北省第十四届人民代表大会常务委员会第十八次会议批准）"),
         KT, 14)
    fmt(p, align=C, indent=False, line=22, after=8)
    p.paragraph_format.left_indent = Pt(28)
    p.paragraph_format.right_indent = Pt(28)

    k = 0
    while k < len(YC_ARTS):
        num = "第%s条" % CN[k]
        text = YC_ARTS[k]
        if k == 13:
            # the clerk typed the last two articles in one paragraph with Shift+Enter
            num2 = "第%s条" % CN[k + 1]
            p = doc.add_paragraph()
            font(p.add_run(IND), FS, 15)
            font(p.add_run(num), HT, 15)
            font(p.add_run(SP + text), FS, 15)
            p.add_run().add_break(WD_BREAK.LINE)
            font(p.add_run(IND), FS, 15)
            font(p.add_run(num2), HT, 15)
            font(p.add_run(SP + YC_ARTS[k + 1]), FS, 15)
            fmt(p, indent=False, line=26)
            c2.append(num + SP + text)
            c2.append(num2 + SP + YC_ARTS[k + 1])
            k += 2
            continue
        add_par(doc, [(IND, FS, 15, False), (num, HT, 15, False), (SP + text, FS, 15, False)],
                indent=False, line=26)
        c2.append(num + SP + text)
        k += 1

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [
        {"meta": meta(
            title="湖北省人民代表大会常务委员会关于批准《宜昌市中国（湖北）自由贸易试验区宜昌片区条例》的决定",
            issuer=["湖北省人民代表大会常务委员会"],
            date="2025-09-25",
            level="provincial",
            region="湖北省",
            doc_type="决定",
        ), "clauses": c1},
        {"meta": meta(
            title="宜昌市人民代表大会常务委员会公告",
            doc_number="第二十一号",
            issuer=["宜昌市人民代表大会常务委员会"],
            date="2025-10-10",
            level="municipal",
            region="宜昌市",
            effective="2025-12-01",
            doc_type="公告",
            repeals="宜昌市人民代表大会常务委员会关于促进中国（湖北）自由贸易试验区宜昌片区改革创新的决定",
        ), "clauses": c2},
    ]
    return path


# =================================================================== DOC C
# 河南省人大常委会红头文件：批准决定（主送洛阳市人大常委会），附件为条例文本
LY_REG = "洛阳市中国（河南）自由贸易试验区洛阳片区条例"
LY_ITEMS = [
    "组织实施洛阳片区改革试点任务和发展规划；",
    "统筹推进洛阳片区投资、贸易、金融、文化等领域的制度创新；",
    "依法集中行使市人民政府及其部门下放或者委托的行政管理事项；",
    "组织开展改革创新成果的总结评估和复制推广；",
    "市人民政府赋予的其他职责。",
]
LY_CHAPTERS = [
    ("第一章", "总则", [
        "为了推进中国（河南）自由贸易试验区洛阳片区（以下简称洛阳片区）建设，打造国际智能制造合作示范区和“一带一路”文化交流合作重要平台，根据有关法律、法规，结合本市实际，制定本条例。",
        "本条例适用于洛阳片区。洛阳片区实施范围为19.32平方公里，具体四至范围以国务院批准的方案为准。",
        "洛阳片区建设应当坚持以制度创新为核心，以可复制可推广为基本要求，重点发展装备制造、机器人、新材料等高端制造业以及研发设计、电子商务、服务外包、国际文化旅游、文化创意、文化贸易、文化展示等现代服务业。",
    ]),
    ("第二章", "管理体制", [
        "市人民政府应当加强对洛阳片区工作的领导，建立统筹协调机制，研究解决洛阳片区改革发展中的重大问题。",
        "ITEMS",
    ]),
    ("第三章", "产业发展与开放合作", [
        "支持洛阳片区建设国际智能制造合作示范区，推动装备制造、机器人、新材料等产业开展国际产能合作，鼓励企业参与共建“一带一路”国家和地区的基础设施和产业园区建设。",
        "支持洛阳片区发展文化贸易，建设国家文化出口基地，开展文物艺术品保税展示交易，推动隋唐洛阳城、龙门石窟等文化资源与国际文化旅游融合发展。",
        "洛阳片区应当依托中欧班列（中豫号）、郑州航空港等通道，发展多式联运，推动洛阳综合保税区与洛阳片区联动发展。",
    ]),
    ("第四章", "营商环境", [
        "洛阳片区实行外商投资准入前国民待遇加负面清单管理制度，落实外商投资信息报告制度，保障外商投资企业依法平等参与政府采购、标准制定等活动。",
        "洛阳片区应当推行“证照分离”改革，实施涉企经营许可事项清单管理，推进政务服务“一网通办”“跨省通办”。",
        "洛阳片区应当建立健全知识产权保护、商事纠纷多元化解和涉外法律服务机制，为市场主体提供便利化、国际化的法治保障。",
    ]),
    ("第五章", "附则", [
        "本条例自2026年5月1日起施行。",
    ]),
]


def doc_henan():
    stem = "blind924_henan_pizhun"
    doc = Document()
    sec = setup(doc, margins=(3.6, 3.3, 2.8, 2.6))
    footer_pages(sec)
    clauses = []
    n_item = make_numbering(doc, "（%1）")

    # red 版头, squeezed with character scaling
    p = doc.add_paragraph()
    font(p.add_run("河南省人民代表大会常务委员会文件"), XBS, 30, False, RED, scale=82)
    fmt(p, align=C, indent=False, line=46, before=6, after=14)
    p = add_par(doc, "豫人常〔2026〕7号", align=C, indent=False, line=28)
    border(p, "bottom", "FF0000", 24, 8)
    # title typed as three separate paragraphs, broken at odd places
    for i, line in enumerate(("河南省人民代表大会常务委员会关于批准",
                              "《洛阳市中国（河南）自由贸易试验区", "洛阳片区条例》的决定")):
        add_par(doc, [(line, XBS, 22, False)], align=C, indent=False, line=32,
                before=22 if i == 0 else 0, after=12 if i == 2 else 0)
    add_par(doc, "洛阳市人民代表大会常务委员会：", indent=False)

    body = [
        "根据《中华人民共和国立法法》第八十一条的规定，河南省第十四届人民代表大会常务委员会第二十一次会议对洛阳市第十六届人民代表大会常务委员会第二十次会议通过的《洛阳市中国（河南）自由贸易试验区洛阳片区条例》进行了审查，认为该条例同宪法、法律、行政法规和本省的地方性法规不抵触，决定予以批准，由洛阳市人民代表大会常务委员会公布，自2026年5月1日起施行。",
        "请你会按照有关规定做好条例的公布和实施工作。",
    ]
    for t in body:
        clauses.append(t)
        add_par(doc, t)
    # 附件 list with a half-width colon typed by the clerk
    add_par(doc, "附件:洛阳市中国（河南）自由贸易试验区洛阳片区条例", indent=True, before=14)
    p = add_par(doc, "河南省人民代表大会常务委员会", indent=False, align=R, before=26)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "二〇二六年三月二十七日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（此件公开发布）")

    # ---------------- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [(LY_REG, XBS, 20, False)], align=C, indent=False, line=34, after=6)
    p = add_par(doc, [("（2026年2月26日洛阳市第十六届人民代表大会常务委员会第二十次会议通过　"
                       "2026年3月27日河南省第十四届人民代表大会常务委员会第二十一次会议批准）",
                       KT, 14, False)], align=C, indent=False, line=24, after=8)
    p.paragraph_format.left_indent = Pt(24)
    p.paragraph_format.right_indent = Pt(24)

    n = 0
    for ch, name, arts in LY_CHAPTERS:
        add_par(doc, [(ch + SP + SP + name, HT, 16, False)], align=C, indent=False,
                before=6, after=6)
        for a in arts:
            num = "第%s条" % CN[n]
            n += 1
            if a == "ITEMS":
                head = ("中国（河南）自由贸易试验区洛阳片区管理委员会（以下简称片区管委会）"
                        "履行下列职责：")
                add_par(doc, [(num, HT, 16, False), (SP + head, FS, 16, False)])
                parts = [num + SP + head]
                for i, it in enumerate(LY_ITEMS):
                    # （一）…（五） produced by Word auto-numbering, not typed
                    q = add_par(doc, [(it, FS, 16, False)], first=Pt(32))
                    apply_num(q, n_item)
                    parts.append("（%s）%s" % (CN[i], it))
                clauses.append("".join(parts))
            else:
                add_par(doc, [(num, HT, 16, False), (SP + a, FS, 16, False)])
                clauses.append(num + SP + a)

    banji(doc, "抄送：省人民政府办公厅，省高级人民法院，省人民检察院，中国（河南）自由贸易试验区工作领导小组办公室。",
          "河南省人大常委会办公厅", "2026年3月30日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="河南省人民代表大会常务委员会关于批准《洛阳市中国（河南）自由贸易试验区洛阳片区条例》的决定",
            doc_number="豫人常〔2026〕7号",
            issuer=["河南省人民代表大会常务委员会"],
            date="2026-03-27",
            level="provincial",
            region="河南省",
            effective="2026-05-01",
            attachments=["洛阳市中国（河南）自由贸易试验区洛阳片区条例"],
            doc_type="决定",
            recipients=["洛阳市人民代表大会常务委员会"],
            publicity="此件公开发布",
        ),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_ningbo(), doc_yichang(), doc_henan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
