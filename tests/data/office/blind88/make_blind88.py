# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 88: bilingual (Chinese/English) documents for foreign investors.

Writes next to itself:
  blind88_xiamen_guide.docx/.pdf   two-column borderless table, Chinese left / English right
  blind88_hainan_notice.docx/.pdf  alternating Chinese paragraph / English paragraph, bilingual title
  blind88_nansha_guide.docx/.pdf   two-column *section* (Chinese column, column break, English column)
  expected.json
All content is fictional.
"""
import json
import os
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
EN = "Times New Roman"
RED = RGBColor(0xE6, 0x00, 0x12)


def set_font(run, east=FS, size=16, bold=False, color=None, latin=EN):
    run.font.name = latin
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:ascii"), latin)
    rf.set(qn("w:hAnsi"), latin)
    if color is not None:
        run.font.color.rgb = color


def para(container, text="", east=FS, size=16, bold=False, align=None, indent=True, color=None,
         space_after=0, line=Pt(28), latin=EN, first_chars=2):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    if line is not None:
        pf.line_spacing = line
    if indent:
        pf.first_line_indent = Pt(size * first_chars)
    if align is not None:
        p.alignment = align
    if text:
        r = p.add_run(text)
        set_font(r, east=east, size=size, bold=bold, color=color, latin=latin)
    return p


def mixed(container, parts, size=16, indent=True, line=Pt(28)):
    """parts: list of (text, east_font, bold)"""
    p = para(container, "", size=size, indent=indent, line=line)
    for t, f, b in parts:
        r = p.add_run(t)
        set_font(r, east=f, size=size, bold=b)
    return p


def page_setup(section):
    section.page_height = Cm(29.7)
    section.page_width = Cm(21.0)
    section.top_margin = Cm(3.7)
    section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)


def add_page_number_footer(section):
    ft = section.footer
    ft.is_linked_to_previous = False
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, east="宋体", size=14, latin="宋体")
    r = p.add_run()
    set_font(r, east="宋体", size=14, latin="宋体")
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    r = p.add_run(" —")
    set_font(r, east="宋体", size=14, latin="宋体")


def red_rule(doc_or_cell, color="E60012", sz="12"):
    p = doc_or_cell.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    ppr = p._element.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single"); b.set(qn("w:sz"), sz); b.set(qn("w:space"), "1"); b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)
    return p


def black_rule_para(doc, text, top=False, bottom=True, size=14, indent_left=Pt(14)):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = Pt(26)
    p.paragraph_format.left_indent = indent_left
    ppr = p._element.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side, on in (("top", top), ("bottom", bottom)):
        if on:
            b = OxmlElement("w:" + side)
            b.set(qn("w:val"), "single"); b.set(qn("w:sz"), "6"); b.set(qn("w:space"), "1"); b.set(qn("w:color"), "000000")
            bdr.append(b)
    ppr.append(bdr)
    if text:
        r = p.add_run(text)
        set_font(r, east=FS, size=size)
    return p


def table_no_borders(tbl):
    tblPr = tbl._element.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def table_borders(tbl):
    tblPr = tbl._element.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "4"); e.set(qn("w:color"), "000000")
        borders.append(e)
    tblPr.append(borders)


def cell_text(cell, text, east=FS, size=14, bold=False, align=None, indent=True, latin=EN, line=Pt(24)):
    # first paragraph of a fresh cell is empty; reuse it
    if len(cell.paragraphs) == 1 and not cell.paragraphs[0].text:
        p = cell.paragraphs[0]
    else:
        p = cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(0)
    pf.space_before = Pt(0)
    pf.line_spacing = line
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    r = p.add_run(text)
    set_font(r, east=east, size=size, bold=bold, latin=latin)
    return p


def set_cols(section, num=2, space_twips=425, sep=False):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space_twips))
    if sep:
        cols.set(qn("w:sep"), "1")


def header_block(doc, mark, docno, red=True):
    p = para(doc, mark, east=XBS, size=30 if len(mark) > 18 else 36, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, line=None, space_after=18)
    p = para(doc, "", indent=False)
    p = para(doc, docno, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    red_rule(doc)
    para(doc, "", indent=False)


def banji(doc, cc, printer, pdate):
    para(doc, "", indent=False)
    black_rule_para(doc, cc, top=True, bottom=True)
    p = black_rule_para(doc, "", top=False, bottom=True)
    r = p.add_run(printer)
    set_font(r, east=FS, size=14)
    r = p.add_run("\u3000" * 6 + pdate + "印发")
    set_font(r, east=FS, size=14)


# ----------------------------------------------------------------------------------
# (a) Xiamen: two-column borderless table, Chinese left / English right
# ----------------------------------------------------------------------------------
XM_ROWS = [
    # (kind, zh, en)  kind: title / subtitle / body / h1 / h2 / item
    ("title", "中国（福建）自由贸易试验区厦门片区外商投资指引（2024年版）",
     "Foreign Investment Guide of Xiamen Area of China (Fujian) Pilot Free Trade Zone (2024 Edition)"),
    ("body", "为贯彻落实《中华人民共和国外商投资法》及其实施条例，服务“一带一路”建设，便利境外投资者在中国（福建）自由贸易试验区厦门片区（以下简称片区）投资兴业，制定本指引。",
     "This Guide is formulated to implement the Foreign Investment Law of the People's Republic of China and its implementing regulations, to serve the Belt and Road Initiative, and to facilitate investment by foreign investors in Xiamen Area of China (Fujian) Pilot Free Trade Zone (hereinafter referred to as the Area)."),
    ("h1", "一、适用范围", "I. Scope of Application"),
    ("body", "本指引适用于在片区内新设、增资、并购的外商投资企业，以及在片区设立代表机构的外国企业。",
     "This Guide applies to foreign-invested enterprises newly established, increasing capital or engaging in mergers and acquisitions within the Area, and to foreign enterprises setting up representative offices in the Area."),
    ("h1", "二、准入政策", "II. Market Access"),
    ("item", "（一）片区实行准入前国民待遇加负面清单管理制度。《自由贸易试验区外商投资准入特别管理措施（负面清单）（2021年版）》以外的领域，按照内外资一致原则实施管理。",
     "(1) The Area applies pre-establishment national treatment plus a negative list. Fields outside the Special Administrative Measures (Negative List) for Foreign Investment Access in Pilot Free Trade Zones (2021 Edition) are managed on the principle of equal treatment of domestic and foreign investment."),
    ("item", "（二）鼓励境外投资者投资航运物流、融资租赁、跨境电子商务、集成电路等产业，参与共建“一带一路”国际陆海贸易通道。",
     "(2) Foreign investors are encouraged to invest in shipping and logistics, financial leasing, cross-border e-commerce, integrated circuits and other industries, and to take part in building international land-sea trade corridors under the Belt and Road Initiative."),
    ("h1", "三、办理流程", "III. Procedures"),
    ("item", "（一）外商投资企业设立登记实行“一窗受理、一网通办”，材料齐全的，登记机关当场办结。",
     "(1) Registration of foreign-invested enterprises is handled through a single window and a single online portal; where the materials are complete, the registration authority completes registration on the spot."),
    ("item", "（二）外国投资者或者外商投资企业应当通过企业登记系统以及国家企业信用信息公示系统报送投资信息，无需另行报送。",
     "(2) Foreign investors or foreign-invested enterprises shall submit investment information through the enterprise registration system and the National Enterprise Credit Information Publicity System, and need not submit it separately."),
    ("h1", "四、服务保障", "IV. Services"),
    ("item", "（一）片区设立外商投资服务中心，提供中英文咨询服务，服务热线：0592-5550000（虚构号码）。",
     "(1) The Area has set up a Foreign Investment Service Center offering consultation in Chinese and English. Hotline: 0592-5550000 (fictional number)."),
    ("item", "（二）外商投资企业认为其合法权益受到侵害的，可以向片区外商投资企业投诉工作机构申请协调解决。",
     "(2) A foreign-invested enterprise that considers its lawful rights and interests infringed may apply to the complaint office for foreign-invested enterprises of the Area for coordination and resolution."),
    ("body", "本指引自2024年4月1日起施行，有效期至2026年3月31日。",
     "This Guide shall come into force on 1 April 2024 and remain valid until 31 March 2026."),
]


def make_xiamen(path):
    doc = Document()
    page_setup(doc.sections[0])
    add_page_number_footer(doc.sections[0])
    header_block(doc, "中国（福建）自由贸易试验区厦门片区管理委员会", "厦自贸委〔2024〕9号")
    tbl = doc.add_table(rows=0, cols=2)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_no_borders(tbl)
    for kind, zh, en in XM_ROWS:
        row = tbl.add_row()
        row.cells[0].width = Cm(7.8)
        row.cells[1].width = Cm(7.8)
        if kind == "title":
            cell_text(row.cells[0], zh, east=XBS, size=16, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(28))
            cell_text(row.cells[1], en, east=EN, size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(24))
        elif kind == "h1":
            cell_text(row.cells[0], zh, east=HT, size=14, indent=True)
            cell_text(row.cells[1], en, east=EN, size=12, bold=True, indent=False)
        else:
            cell_text(row.cells[0], zh, east=FS, size=14, indent=True)
            cell_text(row.cells[1], en, east=EN, size=12, indent=False, line=Pt(20))
            row.cells[1].paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    para(doc, "", indent=False)
    # signature, bilingual, two-column borderless again
    tbl2 = doc.add_table(rows=2, cols=2)
    table_no_borders(tbl2)
    cell_text(tbl2.rows[0].cells[0], "中国（福建）自由贸易试验区厦门片区管理委员会", size=14, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    cell_text(tbl2.rows[0].cells[1], "Administrative Committee of Xiamen Area of China (Fujian) Pilot Free Trade Zone", east=EN, size=12, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    cell_text(tbl2.rows[1].cells[0], "2024年3月15日", size=14, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    cell_text(tbl2.rows[1].cells[1], "15 March 2024", east=EN, size=12, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "（此件主动公开）", align=None, indent=True)
    banji(doc, "抄送：福建省商务厅，厦门市人民政府办公厅。",
          "厦门片区管委会综合办公室", "2024年3月18日")
    doc.save(path)


# ----------------------------------------------------------------------------------
# (b) Hainan: alternating Chinese / English paragraphs, bilingual title
# ----------------------------------------------------------------------------------
HN_TITLE_ZH = "海南省商务厅关于做好2024年度外商投资企业年度报告工作的通知"
HN_TITLE_EN = "Notice of the Department of Commerce of Hainan Province on Submitting the 2024 Annual Reports of Foreign-invested Enterprises"
HN_PARAS = [
    ("addr", "各市、县、自治县商务主管部门，洋浦经济开发区管委会，各重点园区管理机构：",
     "To the competent commerce departments of all cities, counties and autonomous counties, the Administrative Committee of Yangpu Economic Development Zone, and the administrative bodies of all key parks:"),
    ("body", "为落实《外商投资信息报告办法》，服务海南自由贸易港和“一带一路”重要开放门户建设，现就做好2024年度外商投资企业年度报告工作通知如下：",
     "To implement the Measures for Foreign Investment Information Reporting and to serve the building of Hainan Free Trade Port as an important gateway for the Belt and Road Initiative, matters concerning the 2024 annual reports of foreign-invested enterprises are hereby notified as follows:"),
    ("h1", "一、报送主体", "I. Reporting Entities"),
    ("body", "2024年12月31日前在我省登记设立的外商投资企业（含外商投资合伙企业）均应报送年度报告，当年设立的企业自下一年起报送。",
     "All foreign-invested enterprises (including foreign-invested partnerships) registered in Hainan Province before 31 December 2024 shall submit annual reports; enterprises established in the current year shall report from the following year."),
    ("h1", "二、报送时间和方式", "II. Time and Method of Submission"),
    ("body", "企业应于2025年1月1日至6月30日期间，登录国家企业信用信息公示系统（海南）报送上一年度报告，并对报告内容的真实性、准确性、完整性负责。",
     "Enterprises shall log in to the National Enterprise Credit Information Publicity System (Hainan) between 1 January and 30 June 2025 to submit their reports for the previous year, and shall be responsible for the truthfulness, accuracy and completeness of the contents."),
    ("h1", "三、工作要求", "III. Requirements"),
    ("body", "各市县商务主管部门要加强政策宣传，通过中英文双语指引、“海易办”平台等渠道提醒企业按时报送；对未按时报送的企业，依法责令限期改正。",
     "The competent commerce departments of all cities and counties shall strengthen publicity and remind enterprises to report on time through bilingual Chinese-English guides, the Hainan e-Service platform and other channels; enterprises failing to report on time shall be ordered to correct within a time limit in accordance with the law."),
    ("body", "本通知自印发之日起施行，有效期至2025年12月31日。",
     "This Notice shall come into force on the date of issue and remain valid until 31 December 2025."),
    ("body", "联系人：省商务厅外资处  王某某，电话：0898-65550000（虚构号码）。",
     "Contact: Mr. Wang, Foreign Investment Division, Department of Commerce of Hainan Province; Tel: 0898-65550000 (fictional number)."),
]


def make_hainan(path):
    doc = Document()
    page_setup(doc.sections[0])
    add_page_number_footer(doc.sections[0])
    header_block(doc, "海南省商务厅文件", "琼商务〔2024〕86号")
    para(doc, HN_TITLE_ZH, east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(33))
    para(doc, HN_TITLE_EN, east=EN, size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(22), space_after=12)
    for kind, zh, en in HN_PARAS:
        if kind == "addr":
            para(doc, zh, indent=False)
            para(doc, en, east=EN, size=12, indent=False, line=Pt(20), space_after=6)
        elif kind == "h1":
            para(doc, zh, east=HT)
            para(doc, en, east=EN, size=12, bold=True, line=Pt(20), space_after=6, first_chars=2)
        else:
            para(doc, zh)
            para(doc, en, east=EN, size=12, line=Pt(20), space_after=6)
    para(doc, "", indent=False)
    para(doc, "海南省商务厅", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "Department of Commerce of Hainan Province", east=EN, size=12, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "2024年5月20日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "20 May 2024", east=EN, size=12, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "（此件公开发布）", indent=True)
    banji(doc, "抄送：商务部外国投资管理司，省市场监督管理局。", "海南省商务厅办公室", "2024年5月21日")
    doc.save(path)


# ----------------------------------------------------------------------------------
# (c) Nansha: two-column section, Chinese column then column break then English column
# ----------------------------------------------------------------------------------
NS_TITLE_ZH = "广州南沙新区片区外商投资企业设立登记服务指引"
NS_TITLE_EN = "Service Guide for the Registration of Foreign-invested Enterprises in Guangzhou Nansha New Area"
NS_ARTS = [
    ("第一条", "为优化自由贸易试验区外商投资环境，推进粤港澳大湾区和“一带一路”国际合作，根据有关法律法规，制定本指引。",
     "Article 1", "This Guide is formulated in accordance with relevant laws and regulations to optimize the foreign investment environment of the pilot free trade zone and to advance cooperation in the Guangdong-Hong Kong-Macao Greater Bay Area and under the Belt and Road Initiative."),
    ("第二条", "港澳投资者在南沙片区设立企业的，可以使用经公证的港澳身份证明文件办理登记，无需另行认证。",
     "Article 2", "Hong Kong and Macao investors establishing enterprises in the Nansha Area may use notarized Hong Kong or Macao identity documents for registration without further authentication."),
    ("第三条", "外商投资企业设立登记应当提交下列材料：",
     "Article 3", "The following materials shall be submitted for the registration of a foreign-invested enterprise:"),
    ("", "（一）公司登记（备案）申请书；", "", "(1) an application form for company registration (filing);"),
    ("", "（二）公司章程；", "", "(2) the articles of association;"),
    ("", "（三）投资者主体资格证明或者自然人身份证明。", "", "(3) proof of the investor's subject qualification or the identity of the natural person."),
    ("第四条", "登记机关自受理之日起1个工作日内作出决定；申请材料不齐全的，一次性告知需要补正的全部内容。",
     "Article 4", "The registration authority shall make a decision within one working day from acceptance; where the application materials are incomplete, it shall notify the applicant at one time of everything to be supplemented."),
    ("第五条", "本指引由南沙片区管委会负责解释，自2024年7月1日起施行。",
     "Article 5", "The Administrative Committee of the Nansha Area is responsible for interpreting this Guide, which shall come into force on 1 July 2024."),
]


def make_nansha(path):
    doc = Document()
    s0 = doc.sections[0]
    page_setup(s0)
    add_page_number_footer(s0)
    header_block(doc, "中国（广东）自由贸易试验区广州南沙新区片区管理委员会", "穗南自贸委〔2024〕5号")
    para(doc, NS_TITLE_ZH, east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(33))
    para(doc, NS_TITLE_EN, east=EN, size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(22), space_after=12)
    # two-column section starts here (continuous)
    s1 = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(s1, 2, 567, sep=True)
    for lab, zh, _, _ in NS_ARTS:
        if lab:
            mixed(doc, [(lab + "\u3000", HT, False), (zh, FS, False)], size=10.5, line=Pt(15))
        else:
            para(doc, zh, size=10.5, line=Pt(15))
    # column break -> English column
    p = doc.paragraphs[-1]
    p.add_run().add_break(WD_BREAK.COLUMN)
    for _, _, lab, en in NS_ARTS:
        if lab:
            p = para(doc, "", size=10, indent=False, line=Pt(13), space_after=0)
            r = p.add_run(lab + " "); set_font(r, east=EN, size=10, bold=True)
            r = p.add_run(en); set_font(r, east=EN, size=10)
        else:
            para(doc, en, east=EN, size=10, indent=True, line=Pt(13), space_after=0, first_chars=1)
    # back to one column for the signature and 版记
    s2 = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(s2, 1, 425)
    para(doc, "", indent=False)
    para(doc, "中国（广东）自由贸易试验区广州南沙新区片区管理委员会", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "2024年6月12日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    banji(doc, "抄送：广东省商务厅，广州市市场监督管理局。", "南沙片区管委会综合办公室", "2024年6月13日")
    doc.save(path)


# ----------------------------------------------------------------------------------
def to_pdf(docx):
    try:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(docx)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    except (subprocess.SubprocessError, OSError) as e:
        print("PDF conversion failed for", docx, e)


def expected():
    xm_clauses = []
    for kind, zh, en in XM_ROWS:
        if kind == "title":
            continue
        xm_clauses.append(zh)
    hn_clauses = [zh for kind, zh, en in HN_PARAS if kind != "addr"]
    ns_clauses = []
    for lab, zh, _, _ in NS_ARTS:
        if lab:
            ns_clauses.append(lab + "\u3000" + zh)
        else:
            ns_clauses.append(zh)
    return {
        "blind88_xiamen_guide": [{
            "meta": {
                "title": "中国（福建）自由贸易试验区厦门片区外商投资指引（2024年版）",
                "title_en": "Foreign Investment Guide of Xiamen Area of China (Fujian) Pilot Free Trade Zone (2024 Edition)",
                "doc_number": "厦自贸委〔2024〕9号",
                "issuer": "中国（福建）自由贸易试验区厦门片区管理委员会",
                "date": "2024-03-15",
                "level": "municipal",
                "region": "福建省厦门市",
                "effective": "2024-04-01",
                "expires": "2026-03-31",
            },
            "clauses": xm_clauses,
            "_note": (
                "Layout: red issuing mark and 文号 as ordinary paragraphs, then a two-column borderless table: "
                "left cell Chinese, right cell English translation, one row per title/heading/item; signature block is "
                "a second borderless 2x2 table (Chinese name/date left, English right). "
                "Clauses = the Chinese text of each row after the title, in order. Headings 一、适用范围 / 二、准入政策 etc. "
                "may be separate heading clauses or folded into the label/path of the items under them (tolerable either way). "
                "English: tolerable if appended to, or kept as a parallel field of, the matching Chinese clause; "
                "a problem if the table is read as a data table (rows as 'header：value'), if the English becomes separate "
                "clauses interleaved or numbered as its own I./(1) series, or if Chinese and English rows get mis-paired. "
                "Furniture (must not be clauses): issuing mark, 文号, the bilingual title row, signature (Chinese and English issuer name, "
                "2024年3月15日 / 15 March 2024), （此件主动公开）, 抄送 line, 印发 line (厦门片区管委会综合办公室 2024年3月18日印发), "
                "page-number footer '— 1 —'. The signed date is 2024-03-15, not the 印发 date 2024-03-18. "
                "Level: a 片区管委会 sits under the municipality; municipal expected, county/other tolerable. "
                "Title: the Chinese title; English title appended tolerable. Region 福建省厦门市 (福建省 alone tolerable)."
            ),
        }],
        "blind88_hainan_notice": [{
            "meta": {
                "title": HN_TITLE_ZH,
                "title_en": HN_TITLE_EN,
                "doc_number": "琼商务〔2024〕86号",
                "issuer": "海南省商务厅",
                "date": "2024-05-20",
                "level": "provincial",
                "region": "海南省",
                "effective": "2024-05-20",
                "expires": "2025-12-31",
                "addressees": "各市、县、自治县商务主管部门，洋浦经济开发区管委会，各重点园区管理机构",
            },
            "clauses": hn_clauses,
            "_note": (
                "Layout: every Chinese paragraph (addressee line, body, headings) is followed by its English translation "
                "as a separate paragraph in Times New Roman. Title: Chinese title line then English title line. "
                "Clauses = the Chinese paragraphs after the addressee line, in order (headings 一、报送主体 etc. may be heading clauses "
                "or folded into the following paragraph/label: tolerable). English paragraphs: tolerable if attached to the preceding "
                "Chinese clause; a problem if an English paragraph ends up in the *next* Chinese clause, if English paragraphs are "
                "separate body clauses (medium), or if the English title becomes part of the Chinese title or a clause (title with "
                "English appended tolerable if clearly separated). The English addressee line must not be a clause. "
                "Furniture: 海南省商务厅文件 mark, 文号, titles, addressee line (Chinese and English), signature "
                "(海南省商务厅 / Department of Commerce of Hainan Province / 2024年5月20日 / 20 May 2024), （此件公开发布）, 抄送, "
                "印发 line (2024年5月21日印发), page-number footer. Signed date 2024-05-20; effective = date of issue (2024-05-20; "
                "2024-05-21 印发 date tolerable); expires 2025-12-31. The dates 2024年12月31日 (registration cut-off) and "
                "2025年1月1日至6月30日 (reporting window) inside clauses are not effective/expiry dates. "
                "Places: clauses apply to 海南省; 洋浦经济开发区 appears only in the addressee line. "
                "The 联系人 line is listed as the last clause; treating it as furniture is tolerable."
            ),
        }],
        "blind88_nansha_guide": [{
            "meta": {
                "title": NS_TITLE_ZH,
                "title_en": NS_TITLE_EN,
                "doc_number": "穗南自贸委〔2024〕5号",
                "issuer": "中国（广东）自由贸易试验区广州南沙新区片区管理委员会",
                "date": "2024-06-12",
                "level": "municipal",
                "region": "广东省广州市南沙区",
                "effective": "2024-07-01",
            },
            "clauses": ns_clauses,
            "_note": (
                "Layout: single-column header and bilingual title, then a continuous section with two text columns "
                "(w:cols num=2, separator line): the whole Chinese text in the left column, a column break, the whole English "
                "text in the right column; then a one-column section with signature and 版记. In the PDF page 1 has Chinese left and English right "
                "side by side on the same lines (a line-by-line reader risks interleaving them); the English overflows to page 2, where "
                "LibreOffice balances the rest of it into two short columns (end of Article 4 left, Article 5 right) above the signature. "
                "Clauses = 第一条..第五条 in Chinese; the items （一）（二）（三） under 第三条 may be separate sub-clauses "
                "or joined into 第三条 (tolerable either way). The label '第一条' may be split off into a label field. "
                "English 'Article N' paragraphs: tolerable if attached to the matching Chinese article or dropped; a problem if "
                "interleaved into Chinese clauses line by line (high), or made into separate clauses (medium). "
                "Furniture: issuing mark, 文号, titles, signature, 2024年6月12日, 抄送, 印发 line (2024年6月13日印发), page footer. "
                "Level municipal (county/other tolerable: 南沙 is a district-level area of 广州). Region 广东省广州市南沙区 "
                "(广州市 tolerable). No expiry printed. 港澳 in 第二条 is investor origin, not where the clause applies."
            ),
        }],
    }


if __name__ == "__main__":
    os.chdir(HERE)
    for name, fn in (("blind88_xiamen_guide", make_xiamen), ("blind88_hainan_notice", make_hainan),
                     ("blind88_nansha_guide", make_nansha)):
        p = HERE / (name + ".docx")
        fn(p)
        to_pdf(p)
    with open(HERE / "expected.json", "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=2)
    print("done")
