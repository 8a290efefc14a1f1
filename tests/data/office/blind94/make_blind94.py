# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 94: party and government documents issued jointly, as Hunan offices print them.

Writes next to itself:
  blind94_hunan_shishiyijian.docx / .pdf  中共湖南省委 湖南省人民政府 湘发〔2024〕7号 实施意见 (份号, 秘密★1年, 特急, ★ rule, 此件发至县级)
  blind94_hunan_tongzhi.docx / .pdf       省委办公厅 省政府办公厅 湘办发〔2024〕12号 印发 工作方案 (牵头单位/责任单位 after each task)
  blind94_yueyang_cuoshi.docx / .pdf      中共岳阳市委 岳阳市人民政府 岳发〔2024〕4号 若干措施 + 奖补标准表, 市委办公室 印发
and expected.json.  All numbers, names of people and details are fictional.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
S2, S3, S4 = Pt(22), Pt(16), Pt(14)


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = size
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def para(doc, text="", font=FS, size=S3, align=None, indent=True, bold=False, color=None, before=0, after=0, line=Pt(28.9)):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    pf.line_spacing = line
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def mixed(doc, parts, indent=True):
    """parts: list of (text, font)."""
    p = para(doc, indent=indent)
    for t, f in parts:
        set_font(p.add_run(t), f, S3)
    return p


def rule(doc, color="E60012", sz=12, space_after=0):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.line_spacing = Pt(6)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single"); b.set(qn("w:sz"), str(sz)); b.set(qn("w:space"), "1"); b.set(qn("w:color"), color)
    bdr.append(b); ppr.append(bdr)
    return p


def top_border_para(doc, text, sz=8, bottom=False, tabs=None):
    p = doc.add_paragraph()
    p.paragraph_format.line_spacing = Pt(28)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in (["top", "bottom"] if bottom else ["top"]):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single"); b.set(qn("w:sz"), str(sz)); b.set(qn("w:space"), "1"); b.set(qn("w:color"), "000000")
        bdr.append(b)
    ppr.append(bdr)
    if tabs:
        p.paragraph_format.tab_stops.add_tab_stop(Mm(156), alignment=2)
    set_font(p.add_run(text), FS, S4)
    return p


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        run._r.append(e)


def setup(doc):
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(25)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("— "), "宋体", S4)
    r = fp.add_run(); set_font(r, "宋体", S4); add_field(r, "PAGE")
    set_font(fp.add_run(" —"), "宋体", S4)
    st = doc.styles["Normal"]
    st.font.name = FS; st.font.size = S3
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def banhead(doc, organ, number, signer=None, corner=None):
    if corner:
        para(doc, corner, font=HT, size=S3, indent=False)
    para(doc, "", indent=False, line=Pt(40))
    p = para(doc, organ, font=XBS, size=Pt(42 if len(organ) <= 8 else 30), align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, color=RED, line=Pt(60))
    para(doc, "", indent=False)
    if signer:
        p = para(doc, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(156), alignment=2)
        set_font(p.add_run(number), FS, S3)
        set_font(p.add_run("\t签发人："), FS, S3)
        set_font(p.add_run(signer), KT, S3)
    else:
        para(doc, number, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    rule(doc, sz=18, space_after=12)


def title(doc, lines):
    para(doc, "", indent=False)
    for l in lines:
        para(doc, l, font=XBS, size=S2, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(35))
    para(doc, "", indent=False)


def signoff(doc, organs, date):
    para(doc, "", indent=False); para(doc, "", indent=False)
    for o in organs:
        p = para(doc, o, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        p.paragraph_format.right_indent = Pt(64)
    p = para(doc, date, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(48)


def page_break(doc):
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)


def banji(doc, cc, printer, pdate):
    page_break(doc)
    for _ in range(14):
        para(doc, "", indent=False)
    top_border_para(doc, cc, sz=12)
    p = top_border_para(doc, "", sz=6, bottom=True, tabs=True)
    set_font(p.add_run(printer), FS, S4)
    set_font(p.add_run("\t" + pdate), FS, S4)


def body(doc, items):
    """items: strings; prefix markers '#H ' 黑体 heading, '#K ' 楷体 heading, '#C ' centered 黑体 (章), '#T ' 标题 line."""
    for s in items:
        if s.startswith("#H "):
            para(doc, s[3:], font=HT)
        elif s.startswith("#K "):
            para(doc, s[3:], font=KT)
        elif s.startswith("#C "):
            para(doc, s[3:], font=HT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=6)
        elif s.startswith("#A "):  # 第X条 with 黑体 label
            lab, rest = s[3:].split(" ", 1)
            mixed(doc, [(lab + "　", HT), (rest, FS)])
        elif s.startswith("#KB "):  # （一）heading run-in
            lab, rest = s[4:].split("|", 1)
            mixed(doc, [(lab, KT), (rest, FS)])
        else:
            para(doc, s)


def table(doc, header, rows, widths):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]; c.width = Mm(widths[i])
        p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(p.add_run(h), HT, S4)
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].width = Mm(widths[i])
            set_font(cells[i].paragraphs[0].add_run(v), FS, S4)
    return t


def attach_head(doc, n):
    para(doc, "附件" + n if n else "附件", font=HT, indent=False)
    para(doc, "", indent=False)


def save(doc, stem):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER


def corner_marks(doc, marks):
    """份号 / 密级★保密期限 / 紧急程度, 黑体三号, top-left."""
    for m in marks:
        para(doc, m, font=HT, size=S3, indent=False)


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)


def joint_banhead(doc, organs, number, size=Pt(30), star=True):
    """Joint 发文机关标志: organ names stacked (left cell), "文件" (right cell) vertically centred; red rule with ★."""
    para(doc, "", indent=False, line=Pt(20))
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    t.autofit = False
    l, r = t.rows[0].cells
    for c, w in ((l, Mm(114)), (r, Mm(42))):
        c.width = w
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), (Mm(114), Mm(42))):
        gc.set(qn("w:w"), str(int(w.twips)))
    for i, o in enumerate(organs):
        p = l.paragraphs[0] if i == 0 else l.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing = Pt(46)
        set_font(p.add_run(o), XBS, size, color=RED)
    r.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = r.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("文件"), XBS, Pt(42), color=RED)
    para(doc, "", indent=False)
    para(doc, number, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    if star:
        p = doc.add_paragraph()
        p.paragraph_format.line_spacing = Pt(20); p.paragraph_format.space_after = Pt(12)
        ts = p.paragraph_format.tab_stops
        ts.add_tab_stop(Mm(75), WD_TAB_ALIGNMENT.CENTER, WD_TAB_LEADER.HEAVY)
        ts.add_tab_stop(Mm(156), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.HEAVY)
        set_font(p.add_run("\t★\t"), "宋体", S3, color=RED)
    else:
        rule(doc, sz=18, space_after=12)


def joint_signoff(doc, organs, date):
    """党政联合落款: both organs on one line, one date centred beneath."""
    para(doc, "", indent=False); para(doc, "", indent=False)
    para(doc, "　　　　" + "　　　　　".join(organs), indent=False)
    p = para(doc, date, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(96)


EXPECTED = {}

# ---------------------------------------------------------------- (a) 湘发〔2024〕7号 实施意见
HN_TITLE = "中共湖南省委　湖南省人民政府关于高质量共建“一带一路”深入实施自由贸易试验区提升战略的实施意见"
hn_body = [
    "为深入贯彻习近平总书记关于共建“一带一路”的重要论述和考察湖南重要讲话精神，全面落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，推动中国（湖南）自由贸易试验区（以下简称湖南自贸试验区）更好服务和融入高质量共建“一带一路”，加快打造内陆地区改革开放高地，现提出如下实施意见。",
    "#H 一、总体要求",
    "坚持以制度型开放为主线，以中非经贸合作为特色，以长沙、岳阳、郴州三个片区为主要载体，统筹推进改革创新、通道建设、产业升级和风险防控。到2027年，湖南自贸试验区累计形成制度创新成果200项以上，其中全国首创或领先成果不少于25项；对“一带一路”共建国家进出口额年均增长10%以上，对非贸易额突破900亿元；实际使用外资占全省比重达到30%左右。",
    "#H 二、重点任务",
    "#K （一）打造中非经贸深度合作先行区",
    "1.提升中非经贸博览会平台能级。支持中国—非洲经贸博览会办成“永不落幕”的常态化合作平台，在长沙片区建设非洲非资源性产品集散交易中心，到2027年集散交易额达到150亿元。",
    "2.创新对非贸易结算和金融服务。支持在湘银行机构开展对非跨境人民币结算业务，探索建立非洲国家主要货币与人民币直接报价机制，将对非易货贸易试点扩大至全部片区。",
    "3.推动对非产能合作和工程承包转型升级。支持湘企以“工程承包+投资+运营”方式参与非洲基础设施建设，对在非洲新设境外经贸合作区的企业，按照有关规定给予资金支持。",
    "#K （二）畅通联通内外的国际物流大通道",
    "1.做强中欧班列（长沙）。优化至中亚、欧洲线路布局，加密至莫斯科、杜伊斯堡、布达佩斯等方向班列，力争年开行班列1200列以上，回程班列占比不低于45%。",
    "2.发展江海联运和铁海联运。依托岳阳城陵矶港，加密至上海洋山港、广州南沙港的直达航线，常态化开行湘粤非铁海联运班列，推动“一单制”全程物流服务。",
    "3.拓展国际航空货运网络。支持长沙黄花国际机场加密至内罗毕、亚的斯亚贝巴等非洲城市的全货机航线，到2027年国际及地区货邮吞吐量达到20万吨。",
    "#K （三）对接国际高标准经贸规则",
    "1.推进服务贸易制度型开放。在长沙片区开展跨境服务贸易负面清单管理模式试点，探索数据跨境流动“白名单”制度，支持建设湖南国际数据服务中心。",
    "2.提升通关便利化水平。深化“提前申报”“两步申报”改革，推广“湘非通”跨境贸易便利化服务平台，将进出口整体通关时间压缩至全国平均水平以下。",
    "#K （四）构建现代化开放型产业体系",
    "1.壮大先进制造业集群。依托三个片区发展工程机械、轨道交通装备、有色金属精深加工等产业，支持工程机械企业在共建“一带一路”国家建设海外仓和售后服务中心。",
    "2.培育外贸新业态新模式。大力发展跨境电商、市场采购贸易、保税维修和离岸贸易，支持郴州片区建设湘南湘西承接产业转移示范区开放平台。",
    "#H 三、保障措施",
    "#KB （一）加强组织领导。|省推进“一带一路”建设工作领导小组统筹推进本实施意见落实，省自贸试验区工作领导小组办公室负责日常协调，各片区所在市人民政府承担主体责任。",
    "#KB （二）强化政策支持。|省财政每年安排自贸试验区发展专项资金，支持制度创新、平台建设和重大项目；在用地、用能、人才等方面对片区予以倾斜。",
    "#KB （三）完善考核评估。|将本实施意见落实情况纳入市州绩效评估，每年开展一次第三方评估，评估结果向省委、省人民政府报告。",
    "#KB （四）守牢安全底线。|健全风险防控体系，加强对跨境资金流动、数据出境和境外投资的监测预警，坚决防范化解重大风险。",
]


def clean(items):
    out = []
    for s in items:
        if s.startswith("#KB "):
            out.append(s[4:].replace("|", ""))
        elif s.startswith("#"):
            out.append(s[3:])
        else:
            out.append(s.strip("　"))
    return out


def make_hunan_yijian():
    doc = Document(); setup(doc)
    corner_marks(doc, ["000127", "秘密★1年", "特急"])
    joint_banhead(doc, ["中共湖南省委", "湖南省人民政府"], "湘发〔2024〕7号")
    title(doc, ["中共湖南省委　湖南省人民政府", "关于高质量共建“一带一路”深入实施", "自由贸易试验区提升战略的实施意见"])
    para(doc, "各市州委、各市州人民政府，各县市区委、各县市区人民政府，省委各部委，省直机关各单位，省军区党委，各人民团体，中央在湘有关单位：", indent=False)
    body(doc, hn_body)
    joint_signoff(doc, ["中共湖南省委", "湖南省人民政府"], "2024年3月18日")
    para(doc, "（此件发至县级）")
    banji(doc, "抄送：湖南省军区党委，武警湖南省总队党委。", "中共湖南省委办公厅", "2024年3月20日印发")
    save(doc, "blind94_hunan_shishiyijian")


EXPECTED["blind94_hunan_shishiyijian"] = [
    {
        "meta": {
            "title": HN_TITLE.replace("　", " "),
            "doc_number": "湘发〔2024〕7号",
            "issuer": ["中共湖南省委", "湖南省人民政府"],
            "date": "2024-03-18",
            "printed": "2024-03-20",
            "level": "provincial",
            "region": "湖南省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "实施意见",
            "addressee": "各市州委、各市州人民政府，各县市区委、各县市区人民政府，省委各部委，省直机关各单位，省军区党委，各人民团体，中央在湘有关单位",
            "secrecy": "秘密★1年",
            "urgency": "特急",
            "copy_no": "000127",
            "distribution": "（此件发至县级）",
            "targets_year": "2027",
        },
        "clauses": clean(hn_body),
        "_note": "Furniture: 份号 000127, 秘密★1年, 特急 (top-left; useful as meta, never clauses), the joint 版头 built as a borderless 1x2 table (two organ names stacked in the left cell, '文件' in the right) — the table is layout, not data, and must not become a clause or a table row; 湘发〔2024〕7号; the party-style red rule drawn as a tab-leader line with a red ★ in the middle; 主送 line; 落款 '中共湖南省委　　湖南省人民政府' on one line + date; （此件发至县级）; 版记 (抄送 湖南省军区党委…; 中共湖南省委办公厅 2024年3月20日印发); footer page numbers. Title starts with both organs separated by a full-width space — issuer must be the TWO organs, not '中共湖南省委 湖南省人民政府' as one string and not 中共湖南省委办公厅 (that is only the 印发机关). 成文日期 2024-03-18, not the 印发 date. No effective/expiry clause: effective empty (or 成文 date marked as such); 'by 2027' targets are not an expiry. Note the (二) items restart at 1. under each (一)-heading: labels 1.,2.,3. repeat and must stay attached to the right parent. Headings (一、二、三、 and （一）…（四）under 二) may be heading-kind; 三、's （一）…（四） are run-in headings with body text — one clause each.",
    },
]

# ---------------------------------------------------------------- (b) 湘办发〔2024〕12号 印发工作方案的通知
FA_TITLE = "湖南自贸试验区对接“一带一路”提升行动工作方案（2024—2026年）"
hb_notice = [
    "《" + FA_TITLE + "》已经省委、省人民政府同意，现印发给你们，请结合实际认真贯彻落实。",
]
fa_body = [
    "为贯彻落实《中共湖南省委　湖南省人民政府关于高质量共建“一带一路”深入实施自由贸易试验区提升战略的实施意见》（湘发〔2024〕7号），推动中国（湖南）自由贸易试验区（以下简称湖南自贸试验区）在服务共建“一带一路”中走在内陆前列，制定本方案。本方案实施期限为2024年至2026年。",
    "#H 一、工作目标",
    "到2026年，湖南自贸试验区新增制度创新成果60项以上，对共建“一带一路”国家进出口额达到3800亿元，中欧班列（长沙）年开行量稳定在1100列以上，湘粤非铁海联运班列年开行量达到300列，引进共建国家外资项目80个以上。",
    "#H 二、重点任务",
    "#K （一）通道提质行动",
    "1.推动中欧班列（长沙）扩线增量。新开行至塔什干、阿拉木图等中亚城市线路2条以上，争取设立中欧班列集结中心示范工程。（牵头单位：省发展改革委；责任单位：省商务厅、长沙海关、中国铁路广州局集团有限公司长沙货运中心、长沙市人民政府）",
    "2.常态化开行湘粤非铁海联运班列。实行“一次委托、一口报价、一单到底”全程服务，2024年开行量不少于200列。（牵头单位：省商务厅；责任单位：省交通运输厅、长沙海关、怀化市人民政府）",
    "3.提升城陵矶港口能级。加密岳阳至上海洋山、广州南沙的“五定班轮”，支持城陵矶综合保税区开展保税燃料油加注业务。（牵头单位：岳阳市人民政府；责任单位：省交通运输厅、长沙海关、省港务集团）",
    "#K （二）贸易提升行动",
    "4.扩大对非贸易规模。组织“湘品出境·非洲行”经贸活动每年不少于8场，支持建设非洲咖啡、坚果、可可等特色产品分拨中心。（牵头单位：省商务厅；责任单位：省贸促会、长沙市人民政府）",
    "5.发展跨境电商和海外仓。支持企业在共建“一带一路”国家新建公共海外仓15个以上，对认定为省级公共海外仓的，按规定给予一次性奖励。（省商务厅牵头，省财政厅、长沙海关配合）",
    "6.推进易货贸易试点扩面。在长沙、岳阳、郴州三个片区全面推广对非易货贸易“湘易通”模式，完善易货贸易监管和结算流程。（牵头单位：省商务厅；责任单位：长沙海关、国家外汇管理局湖南省分局、国家税务总局湖南省税务局）",
    "#K （三）制度创新行动",
    "7.开展首创性改革探索。围绕跨境结算、知识产权保护、商事纠纷解决等领域，每年形成可复制推广的制度创新成果20项以上。（牵头单位：省自贸试验区工作领导小组办公室；责任单位：省直有关单位，各片区管委会）",
    "8.建设国际商事纠纷多元化解中心。在长沙片区设立中非经贸商事调解中心，探索“调解+仲裁+诉讼”衔接机制。（牵头单位：省司法厅；责任单位：省高级人民法院、长沙仲裁委员会、省贸促会）",
    "#K （四）主体培育行动",
    "9.引育外向型龙头企业。实施“湘企出海+”工程，每年遴选30家重点企业给予“一企一策”服务。（牵头单位：省商务厅；责任单位：省工业和信息化厅、省国资委，各市州人民政府）",
    "10.强化金融支撑。鼓励政策性银行设立共建“一带一路”专项信贷额度，扩大出口信用保险短期险覆盖面，小微外贸企业投保率达到35%以上。（牵头单位：省委金融办；责任单位：人民银行湖南省分行、国家金融监督管理总局湖南监管局、中国出口信用保险公司湖南分公司）",
    "#H 三、工作要求",
    "#KB （一）压实工作责任。|各牵头单位要制定具体实施计划，于每年6月底和12月底前将工作进展情况报送省自贸试验区工作领导小组办公室。",
    "#KB （二）加强督导评估。|省自贸试验区工作领导小组办公室对重点任务实行清单化管理，对推进不力的进行通报。",
]


def make_hunan_fangan():
    doc = Document(); setup(doc)
    corner_marks(doc, ["000315", "特急"])
    joint_banhead(doc, ["中共湖南省委办公厅", "湖南省人民政府办公厅"], "湘办发〔2024〕12号", size=Pt(24))
    title(doc, ["中共湖南省委办公厅　湖南省人民政府办公厅", "印发《湖南自贸试验区对接“一带一路”", "提升行动工作方案（2024—2026年）》", "的通知"])
    para(doc, "各市州委、各市州人民政府，省委各部委，省直机关各单位，各人民团体：", indent=False)
    body(doc, hb_notice)
    para(doc, "", indent=False)
    p = para(doc, "附件：湖南自贸试验区对接“一带一路”提升行动工作方案", indent=True)
    p = para(doc, "　　　（2024—2026年）", indent=True)
    joint_signoff(doc, ["中共湖南省委办公厅", "湖南省人民政府办公厅"], "2024年4月26日")
    para(doc, "（此件公开发布）")
    page_break(doc)
    attach_head(doc, "")
    title(doc, ["湖南自贸试验区对接“一带一路”", "提升行动工作方案（2024—2026年）"])
    body(doc, fa_body)
    banji(doc, "抄送：省纪委监委，省人大常委会办公厅，省政协办公厅，省高级人民法院，省人民检察院。", "中共湖南省委办公厅", "2024年4月28日印发")
    save(doc, "blind94_hunan_tongzhi")


EXPECTED["blind94_hunan_tongzhi"] = [
    {
        "meta": {
            "title": "中共湖南省委办公厅 湖南省人民政府办公厅印发《湖南自贸试验区对接“一带一路”提升行动工作方案（2024—2026年）》的通知",
            "doc_number": "湘办发〔2024〕12号",
            "issuer": ["中共湖南省委办公厅", "湖南省人民政府办公厅"],
            "date": "2024-04-26",
            "printed": "2024-04-28",
            "level": "provincial",
            "region": "湖南省",
            "effective": None,
            "expires": None,
            "attachments": [FA_TITLE],
            "doc_type": "通知（印发）",
            "urgency": "特急",
            "copy_no": "000315",
        },
        "clauses": clean(hb_notice),
        "_note": "The 通知 has one body sentence. Furniture: 000315, 特急, joint 版头 table (two 办公厅 names + '文件'), ★ rule, 主送, 附件说明 (two lines — the title wraps onto '　　　（2024—2026年）', which must be rejoined: attachment title = 湖南自贸试验区对接“一带一路”提升行动工作方案（2024—2026年）), 落款 with both 办公厅 on one line, （此件公开发布）, '附件' label, 版记 at the very end (after the 方案) with 中共湖南省委办公厅 2024年4月28日印发 — the 版记 belongs to the notice but sits physically after the attachment and must not become a 方案 clause. Splitting notice and 方案 into two documents is the ideal; keeping them as one document is tolerable if clauses are complete.",
    },
    {
        "meta": {
            "title": FA_TITLE,
            "doc_number": None,
            "issuer": ["中共湖南省委办公厅", "湖南省人民政府办公厅"],
            "date": "2024-04-26",
            "level": "provincial",
            "region": "湖南省",
            "effective": "2024-01-01 (实施期限为2024年至2026年; tolerable: 2024-04-26 or empty)",
            "expires": "2026-12-31",
            "attachments": [],
            "doc_type": "工作方案",
            "parent": "湘办发〔2024〕12号",
        },
        "clauses": clean(fa_body),
        "_note": "Tasks 1.–10. are numbered continuously across the （一）–（四） action headings. Each task ends with its division of labour in parentheses — '（牵头单位：…；责任单位：…）' and once the variant '（省商务厅牵头，省财政厅、长沙海关配合）' (task 5) — which is part of the clause and must NOT be split off as a separate clause or dropped. Where applies_to is concerned: task 3's 牵头单位 is 岳阳市人民政府 (applies to 岳阳市), task 1's 责任单位 include 长沙市人民政府, task 2 怀化市人民政府, task 4 长沙市人民政府, task 9 各市州人民政府 (all of 湖南省); all others apply to 湖南省 as a whole. The mention of 湘发〔2024〕7号 in the preamble is a citation, not this document's 文号. '附件' label and title are furniture.",
    },
]

# ---------------------------------------------------------------- (c) 岳发〔2024〕4号 若干措施
YY_TITLE = "中共岳阳市委　岳阳市人民政府关于支持中国（湖南）自由贸易试验区岳阳片区高质量发展服务共建“一带一路”的若干措施"
yy_body = [
    "为深入落实《中共湖南省委　湖南省人民政府关于高质量共建“一带一路”深入实施自由贸易试验区提升战略的实施意见》（湘发〔2024〕7号），支持中国（湖南）自由贸易试验区岳阳片区（以下简称岳阳片区）加快建设长江经济带开放门户，结合我市实际，制定以下措施。",
    "#H 一、提升港口通道能级",
    "1.对在城陵矶港新开通至共建“一带一路”国家和地区的国际直航航线，且年运营班次不少于24班的航运企业，给予每条航线一次性奖励100万元。",
    "2.对经城陵矶港中转的外贸集装箱，按每标箱100元给予物流企业补贴，单个企业年度补贴不超过500万元。",
    "3.支持城陵矶综合保税区建设进口粮食、肉类、水果等指定监管场地，对新获批的指定监管场地给予运营主体一次性奖励200万元。",
    "#H 二、壮大外向型产业",
    "4.对岳阳片区新引进的外资企业，实际到位外资（不含外方股东贷款）500万美元以上的，按实际到位外资的2%给予奖励，最高不超过1000万元。",
    "5.支持岳阳片区企业开展保税维修、保税研发业务，对年度进出口额首次突破1亿元的，给予一次性奖励50万元。",
    "6.对岳阳片区内企业在共建“一带一路”国家设立海外仓、展示中心的，按实际投入的20%给予补助，单个项目补助不超过100万元。",
    "#H 三、优化营商环境",
    "7.在岳阳片区推行“一业一证”“证照分离”改革全覆盖，外资企业设立登记实行“全程网办”，办理时限压缩至1个工作日。",
    "8.设立岳阳片区涉外法律服务中心，为企业提供境外投资合规、商事纠纷调解等“一站式”法律服务。",
    "#H 四、附则",
    "9.本措施所涉奖补资金由市、区两级按5：5比例分担，具体奖补标准见附件。同一项目符合本措施和市级其他政策的，按照“从高不重复”原则执行。",
    "10.本措施由市商务局负责解释，自2024年6月1日起施行，有效期至2026年12月31日。",
    "附件：岳阳片区开放平台奖补标准",
]
yy_table_h = ["奖补项目", "奖补条件", "奖补标准"]
yy_table_r = [
    ["国际直航航线", "新开通且年运营不少于24班", "每条航线一次性奖励100万元"],
    ["外贸集装箱中转", "经城陵矶港中转的外贸集装箱", "每标箱100元，单个企业年度不超过500万元"],
    ["指定监管场地", "新获批的进口粮食、肉类、水果等指定监管场地", "一次性奖励200万元"],
    ["海外仓、展示中心", "在共建“一带一路”国家设立", "按实际投入20%补助，单个项目不超过100万元"],
]


def make_yueyang():
    doc = Document(); setup(doc)
    corner_marks(doc, ["000046"])
    joint_banhead(doc, ["中共岳阳市委", "岳阳市人民政府"], "岳发〔2024〕4号")
    title(doc, ["中共岳阳市委　岳阳市人民政府", "关于支持中国（湖南）自由贸易试验区", "岳阳片区高质量发展服务共建", "“一带一路”的若干措施"])
    para(doc, "各县市区委、县市区人民政府，岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区党工委、管委会，市委各部委，市直机关各单位，各人民团体：", indent=False)
    body(doc, yy_body)
    joint_signoff(doc, ["中共岳阳市委", "岳阳市人民政府"], "2024年5月20日")
    para(doc, "（此件发至县市区）")
    page_break(doc)
    attach_head(doc, "")
    title(doc, ["岳阳片区开放平台奖补标准"])
    table(doc, yy_table_h, yy_table_r, [36, 66, 54])
    banji(doc, "抄送：省商务厅，省自贸试验区工作领导小组办公室。", "中共岳阳市委办公室", "2024年5月21日印发")
    save(doc, "blind94_yueyang_cuoshi")


EXPECTED["blind94_yueyang_cuoshi"] = [
    {
        "meta": {
            "title": YY_TITLE.replace("　", " "),
            "doc_number": "岳发〔2024〕4号",
            "issuer": ["中共岳阳市委", "岳阳市人民政府"],
            "date": "2024-05-20",
            "printed": "2024-05-21",
            "level": "municipal",
            "region": "湖南省岳阳市",
            "effective": "2024-06-01",
            "expires": "2026-12-31",
            "attachments": ["岳阳片区开放平台奖补标准"],
            "doc_type": "若干措施",
            "copy_no": "000046",
            "distribution": "（此件发至县市区）",
        },
        "clauses": clean([s for s in yy_body if not s.startswith("附件：")]) + ["；".join(h + "：" + v for h, v in zip(yy_table_h, r)) for r in yy_table_r],
        "_note": "Furniture: 000046, joint 版头 table, 岳发〔2024〕4号, ★ rule, 主送 (names 城陵矶新港区 etc. — not an applies_to signal), 附件说明, 落款 (both organs one line), （此件发至县市区）, '附件' label + table title, 版记 with 中共岳阳市委办公室 印发 (印发机关 is not an issuer). effective 2024-06-01 (from item 10), not 成文 2024-05-20 or 印发 2024-05-21; expires 2026-12-31. Items 1.–10. are numbered continuously across 一、–四、. applies_to: 岳阳市 / 岳阳片区 / 城陵矶港 / 城陵矶综合保税区 (all inside 岳阳市) — must not widen to 湖南省 just because 湘发〔2024〕7号 is cited. The 4-row 附件 table is data: rows as header：value.",
    },
]

if __name__ == "__main__":
    make_hunan_yijian(); make_hunan_fangan(); make_yueyang()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    print("ok")
