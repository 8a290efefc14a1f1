# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 335 blind test files: bilingual (中英文对照) FTZ / Belt-and-Road foreign-investor documents.

Writes next to itself:
  blind335_kunming_zhinan.docx/.pdf   自贸片区管委会 外商投资服务指南（中英文对照）
  blind335_ningbo_tongzhi.docx/.pdf   市商务局等三部门 外籍人才便利化 通知 + English version appended
  blind335_xiyong_wenda.html          综保区 政策问答 page, 问/答 then Q/A
  expected.json
Run:  . /work/venv/bin/activate && python make_blind335.py
"""
import json
import os
import shutil
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
RED = RGBColor(0xFF, 0x00, 0x00)

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
TNR = "Times New Roman"


# ----------------------------------------------------------------- docx helpers
def font(run, east=FS, size=16, bold=False, color=None, latin=TNR):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = latin
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), latin)
    rf.set(qn("w:hAnsi"), latin)
    rf.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color
    return run


def para(doc_or_cell, text="", east=FS, size=16, bold=False, color=None, align=None,
         indent=True, line=28.9, before=0, after=0, latin=TNR):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        font(p.add_run(text), east, size, bold, color, latin)
    return p


def border(p, side, sz=8, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def page_field(p, size=14):
    font(p.add_run("— "), FS, size, latin="宋体")
    r = p.add_run()
    font(r, FS, size, latin="宋体")
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText"); i.set(qn("xml:space"), "preserve"); i.text = " PAGE "
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    r._element.append(b); r._element.append(i); r._element.append(e)
    font(p.add_run(" —"), FS, size, latin="宋体")


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.footer_distance = Mm(20)
    doc.settings.odd_and_even_pages_header_footer = True
    fo = s.footer.paragraphs[0]
    fo.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fo.paragraph_format.right_indent = Pt(14)
    page_field(fo)
    fe = s.even_page_footer.paragraphs[0]
    fe.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fe.paragraph_format.left_indent = Pt(14)
    page_field(fe)
    st = doc.styles["Normal"]
    st.font.name = TNR
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}"); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)


def fix_widths(table, widths):
    tbl = table._tbl
    tblPr = tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for row in table.rows:
        for j, c in enumerate(row.cells):
            if j < len(widths):
                c.width = widths[j]


def cell_text(cell, lines, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, color=None):
    """Write text into a cell; lines joined with soft line breaks."""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(size + 6)
    for k, ln in enumerate(lines):
        r = p.add_run(ln)
        font(r, east if k == 0 else east, size, bold, color)
        if k < len(lines) - 1:
            r.add_break()


def banji(doc, chaosong, yinfa_org, yinfa_date, width=Mm(154)):
    p = para(doc, "", indent=False, size=14, line=26)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", 8, space=4)
    border(p, "bottom", 4, space=4)
    font(p.add_run(chaosong), FS, 14)
    p2 = para(doc, "", indent=False, size=14, line=26)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    border(p2, "bottom", 8, space=4)
    font(p2.add_run(yinfa_org), FS, 14)
    font(p2.add_run("\t" + yinfa_date), FS, 14)
    ts = p2.paragraph_format.tab_stops
    ts.add_tab_stop(width - Pt(28), alignment=2)  # right tab


def to_pdf(docx_path):
    prof = "file:///tmp/lo_335"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={prof}", "--convert-to", "pdf",
                    "--outdir", str(docx_path.parent), str(docx_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ============================================================ (a) 昆明片区 指南
A_ORG = "中国（云南）自由贸易试验区昆明片区管理委员会"
A_NO = "昆自贸片管发〔2024〕6号"
A_TITLE_LINES = ["中国（云南）自由贸易试验区昆明片区", "外商投资服务指南（中英文对照）"]
A_TITLE_EN = ("Guidelines on Services for Foreign Investment in Kunming Area of "
              "China (Yunnan) Pilot Free Trade Zone (Chinese-English Version)")

# chapters: (cn heading, en heading, [articles]); article = (cn paragraphs, en paragraphs, glued?)
A_CHAPTERS = [
    ("第一章　总　则", "Chapter I  General Provisions", [
        (["第一条　为贯彻落实《中华人民共和国外商投资法》及其实施条例，高标准建设中国（云南）自由贸易试验区昆明片区（以下简称“片区”），主动服务和融入“一带一路”建设，打造面向南亚东南亚辐射中心的开放前沿，持续优化外商投资环境，制定本指南。"],
         ["Article 1  These Guidelines are formulated in order to implement the Foreign Investment Law of the People's Republic of China and its implementing regulations, build the Kunming Area of China (Yunnan) Pilot Free Trade Zone (hereinafter referred to as \"the Area\") to a high standard, actively serve and integrate into the Belt and Road Initiative, develop an opening-up frontier of the radiation center facing South Asia and Southeast Asia, and continuously improve the environment for foreign investment."], False),
        (["第二条　本指南适用于在片区内依法设立的外商投资企业，以及拟在片区投资的外国投资者（含香港特别行政区、澳门特别行政区和台湾地区投资者）。"],
         ["Article 2  These Guidelines apply to foreign-invested enterprises lawfully established in the Area and to foreign investors intending to invest in the Area (including investors from the Hong Kong SAR, the Macao SAR and the Taiwan region)."], False),
        (["第三条　片区管理委员会（以下简称“管委会”）投资促进局是外商投资服务的牵头部门，负责统筹协调外商投资促进、服务和权益保护工作；政务服务局、经济发展局、市场监管分局等部门按照职责分工做好相关服务。"],
         ["Article 3  The Investment Promotion Bureau of the Administrative Committee of the Area (hereinafter referred to as \"the Committee\") is the leading department for foreign investment services and coordinates the promotion, services and protection of rights and interests of foreign investment. The Government Services Bureau, the Economic Development Bureau, the Market Regulation Branch and other departments provide related services according to their respective duties."], False),
    ]),
    ("第二章　准入与设立", "Chapter II  Market Access and Establishment", [
        (["第四条　片区对外商投资实行准入前国民待遇加负面清单管理制度。《自由贸易试验区外商投资准入特别管理措施（负面清单）》以外的领域，按照内外资一致的原则实施管理。"],
         ["Article 4  The Area applies the system of pre-establishment national treatment plus a negative list to foreign investment. Fields outside the Special Administrative Measures (Negative List) for Foreign Investment Access in Pilot Free Trade Zones are administered under the principle of equal treatment of domestic and foreign investment."], False),
        (["第五条　外国投资者在片区设立外商投资企业，可通过“一网通办”平台或片区政务服务中心“外商投资服务专窗”提交申请。材料齐全、符合法定形式的，市场监管部门当场办结企业登记，并将登记信息同步推送商务、税务、外汇、海关等部门。",
          "外国投资者的主体资格证明文件来自《取消外国公文书认证要求的公约》缔约国的，办理附加证明书（Apostille）后即可使用，无需再办理领事认证。"],
         ["Article 5  Foreign investors establishing foreign-invested enterprises in the Area may file applications via the \"One-Stop Online Service\" platform or the \"Foreign Investment Service Window\" of the Area's Government Service Center. Where the materials are complete and in the statutory form, the market regulation department completes the registration on the spot and shares the registration information with the commerce, taxation, foreign exchange and customs authorities.",
          "Where the certificates of subject qualification of a foreign investor come from a contracting state of the Convention Abolishing the Requirement of Legalisation for Foreign Public Documents, they may be used once an Apostille is obtained, without consular legalisation."], False),
        (["第六条　外商投资企业的投资信息报告，通过企业登记系统和国家企业信用信息公示系统报送，商务部门不再单独受理纸质材料。"],
         ["Article 6  Foreign-invested enterprises submit investment information reports through the enterprise registration system and the National Enterprise Credit Information Publicity System; commerce authorities no longer accept separate paper materials."], True),
    ]),
    ("第三章　服务与便利化", "Chapter III  Services and Facilitation", [
        (["第七条　管委会为重大外资项目配备“项目服务专员”，提供从洽谈、签约、落地到投产的全流程跟踪服务。对总投资1亿美元以上的外资项目，实行“一项目一专班”。"],
         ["Article 7  The Committee assigns a \"project service commissioner\" to each major foreign investment project and provides follow-up services throughout negotiation, signing, landing and commencement of production. A dedicated task force is set up for each foreign investment project with a total investment of USD 100 million or more."], False),
        (["第八条　符合条件的外商投资企业可按规定办理跨境人民币结算、资本项目收入支付便利化、外债便利化额度试点等业务，具体由相关银行按照国家外汇管理部门的规定办理。"],
         ["Article 8  Eligible foreign-invested enterprises may, in accordance with relevant provisions, conduct cross-border RMB settlement, facilitated payment of capital account income, pilot facilitated foreign debt quotas and other businesses, which are handled by the relevant banks under the rules of the State Administration of Foreign Exchange."], False),
        (["第九条　对在片区内的昆明综合保税区开展保税研发、保税维修、跨境电商零售进口等业务的外商投资企业，海关实行“分类监管、便捷通关”，支持其适用“批次进出、集中申报”模式。"],
         ["Article 9  For foreign-invested enterprises conducting bonded R&D, bonded maintenance, cross-border e-commerce retail import and other businesses in the Kunming Comprehensive Bonded Zone within the Area, the customs applies \"classified supervision and convenient clearance\" and supports the \"batch entry/exit and consolidated declaration\" model."], False),
        (["第十条　支持外商投资企业参与面向南亚东南亚的国际产能合作。企业经中老铁路运输进出口货物的，可适用“铁路快通”模式，货物在王家营铁路场站办理申报手续后直接运抵磨憨口岸出境。"],
         ["Article 10  Foreign-invested enterprises are supported in participating in international industrial capacity cooperation with South Asia and Southeast Asia. Enterprises transporting import and export goods via the China-Laos Railway may use the \"Railway Express Clearance\" model, under which goods declared at the Wangjiaying railway yard travel directly to the Mohan Port for exit."], False),
        (["第十一条　外籍人员来片区从事商务洽谈、投资考察的，管委会可协助出具邀请函件，并协调出入境管理部门依法为其办理口岸签证、多次往返签证等便利。"],
         ["Article 11  For foreign nationals coming to the Area for business negotiations or investment inspections, the Committee may assist in issuing invitation letters and coordinate with the exit-entry administration to facilitate port visas, multiple-entry visas and the like in accordance with the law."], False),
    ]),
    ("第四章　权益保护", "Chapter IV  Protection of Rights and Interests", [
        (["第十二条　管委会建立外商投资企业投诉工作机制，依法受理、协调处理外商投资企业及其投资者反映的行政机关及其工作人员行政行为侵犯其合法权益的投诉事项，一般投诉自受理之日起30个工作日内办结。"],
         ["Article 12  The Committee establishes a complaint mechanism for foreign-invested enterprises to accept and coordinate complaints that administrative acts of administrative organs or their staff infringe the lawful rights and interests of foreign-invested enterprises or their investors. General complaints are concluded within 30 working days from acceptance."], False),
        (["第十三条　外商投资企业可选择由商事调解组织调解商事纠纷，也可依法申请仲裁或者提起诉讼。"],
         ["Article 13  Foreign-invested enterprises may choose commercial mediation organizations to mediate commercial disputes, or apply for arbitration or file lawsuits according to law."], False),
    ]),
    ("第五章　附　则", "Chapter V  Supplementary Provisions", [
        (["第十四条　本指南中英文文本如有歧义，以中文文本为准。"],
         ["Article 14  In case of any discrepancy between the Chinese and English texts of these Guidelines, the Chinese text shall prevail."], False),
        (["第十五条　本指南由管委会投资促进局负责解释，自2024年6月1日起施行，有效期至2026年5月31日。2021年3月印发的《昆明片区外商投资服务手册》同时废止。"],
         ["Article 15  The Investment Promotion Bureau of the Committee is responsible for interpreting these Guidelines, which take effect on June 1, 2024 and remain valid until May 31, 2026. The Foreign Investment Service Handbook of Kunming Area issued in March 2021 is repealed simultaneously."], False),
    ]),
]

A_ANNEX = "昆明片区外商投资服务机构联系方式"
A_ANNEX_EN = "Contact Information of Foreign Investment Service Agencies in the Area"
A_COLS = [("序号", "No."), ("服务事项", "Service Item"), ("责任单位", "Responsible Agency"),
          ("联系电话", "Tel."), ("办公地址", "Address")]
A_ROWS = [
    ["1", "外资项目洽谈与落地服务", "投资促进局", "0871-67512301", "片区政务服务中心3楼"],
    ["2", "外商投资企业登记", "市场监管分局", "0871-67512316", "片区政务服务中心1楼A区"],
    ["3", "外国人工作许可", "政务服务局", "0871-67512288", "片区政务服务中心1楼B区"],
    ["4", "外国人居留许可", "政务服务局", "0871-67512290", "片区政务服务中心1楼B区"],
    ["5", "外商投资企业投诉", "投资促进局", "0871-67512399", "片区政务服务中心3楼"],
    ["6", "海关业务咨询", "昆明海关驻片区办事处", "0871-67512250", "昆明综合保税区综合服务楼"],
]


def make_a():
    doc = Document()
    setup(doc)
    # 版头: two-line red organ sign
    for k, ln in enumerate(["中国（云南）自由贸易试验区", "昆明片区管理委员会文件"]):
        p = para(doc, ln, XBS, 30, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                 line=40, before=(12 if k == 0 else 0))
    p = para(doc, A_NO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=12)
    border(p, "bottom", 18, "FF0000", space=8)
    # title: Chinese with a soft line break, then English title
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35, before=18)
    r = font(p.add_run(A_TITLE_LINES[0]), XBS, 22)
    r.add_break()
    font(p.add_run(A_TITLE_LINES[1]), XBS, 22)
    para(doc, A_TITLE_EN, TNR, 15, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
         line=20, before=6, after=12)
    for ch_cn, ch_en, arts in A_CHAPTERS:
        para(doc, ch_cn, HT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=4, line=26)
        para(doc, ch_en, TNR, 12, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=16)
        for cn, en, glued in arts:
            if glued:
                # Chinese article and its English translation in ONE paragraph, soft break between
                p = para(doc, "", indent=True, line=26)
                head, rest = cn[0].split("　", 1)
                font(p.add_run(head + "　"), HT, 16)
                r = font(p.add_run(rest), FS, 16)
                r.add_break()
                font(p.add_run(en[0]), FS, 11)
                continue
            for t in cn:
                p = para(doc, "", indent=True, line=26)
                if t.startswith("第") and "条　" in t[:7]:
                    head, rest = t.split("　", 1)
                    font(p.add_run(head + "　"), HT, 16)
                    font(p.add_run(rest), FS, 16)
                else:
                    font(p.add_run(t), FS, 16)
            for t in en:
                p = para(doc, "", TNR, 11, indent=True, line=14, after=2)
                if t.startswith("Article ") and "  " in t:
                    a, rest = t.split("  ", 1)
                    font(p.add_run(a + "  "), FS, 11, bold=True)
                    font(p.add_run(rest), FS, 11)
                else:
                    font(p.add_run(t), FS, 11)
    # 附件说明 (bilingual, hanging)
    p = para(doc, "附件：" + A_ANNEX, indent=True, line=26, before=12)
    p = para(doc, "Annex: " + A_ANNEX_EN, TNR, 11, indent=True, line=16)
    # 落款
    p = para(doc, A_ORG, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, before=24)
    p.paragraph_format.right_indent = Pt(16 * 2)
    p = para(doc, "2024年5月20日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(16 * 4)
    p = para(doc, "Administrative Committee of Kunming Area, China (Yunnan) Pilot Free Trade Zone",
             TNR, 11, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=15, before=2)
    p = para(doc, "May 20, 2024", TNR, 11, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=15)
    para(doc, "（此件公开发布）", indent=True, before=4)

    # 附件 on a new landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
    sec.left_margin, sec.right_margin = Mm(37), Mm(35)
    para(doc, "附件", HT, 16, indent=False)
    p = para(doc, A_ANNEX, XBS, 20, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, before=6)
    para(doc, A_ANNEX_EN, TNR, 14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=22, after=8)
    t = doc.add_table(rows=1 + len(A_ROWS), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(18), Mm(60), Mm(50), Mm(40), Mm(57)]
    for j, (cn, en) in enumerate(A_COLS):
        cell_text(t.cell(0, j), [cn, en], HT, 12)
    for i, row in enumerate(A_ROWS, start=1):
        for j, v in enumerate(row):
            if i == 4 and j in (2, 4):
                continue  # filled by the merge above
            cell_text(t.cell(i, j), [v], FS, 12,
                      align=WD_ALIGN_PARAGRAPH.CENTER if j in (0, 3) else WD_ALIGN_PARAGRAPH.LEFT)
    # merged cells: rows 3-4 share 责任单位 and 办公地址
    for j in (2, 4):
        m = t.cell(3, j).merge(t.cell(4, j))
        # remove the empty paragraph the merge leaves behind
        ps = m.paragraphs
        for extra in ps[1:]:
            if not extra.text:
                extra._element.getparent().remove(extra._element)
    fix_widths(t, widths)
    para(doc, "", indent=False, line=20)
    banji(doc, "抄送：云南省商务厅，昆明市人民政府办公室，昆明海关。",
          "中国（云南）自由贸易试验区昆明片区管理委员会办公室", "2024年5月22日印发", width=Mm(225))
    out = HERE / "blind335_kunming_zhinan.docx"
    doc.save(out)
    to_pdf(out)

    clauses = []
    for _, _, arts in A_CHAPTERS:
        for cn, _, _ in arts:
            clauses.append("\n".join(cn))
    for row in A_ROWS:
        clauses.append("；".join(f"{c[0]}：{v}" for c, v in zip(A_COLS, row)))
    meta = {
        "title": "".join(A_TITLE_LINES),
        "doc_number": A_NO,
        "issuer": [A_ORG],
        "date": "2024-05-20",
        "published": "2024-05-22",
        "level": "zone",
        "region": "中国（云南）自由贸易试验区昆明片区",
        "effective": "2024-06-01",
        "expires": "2026-05-31",
        "attachments": [A_ANNEX],
        "doc_type": "指南",
        "recipients": [],
        "publicity": "此件公开发布",
        "repeals": "《昆明片区外商投资服务手册》（2021年3月印发）",
    }
    specific = {"第九条　对在片区内的昆明综合保税区开展保税研发": ["昆明综合保税区"]}
    return {"blind335_kunming_zhinan": [{"meta": meta, "clauses": clauses,
                                        "applies_to": {"specific": specific}}]}


# ============================================================ (b) 宁波 通知 + English
B_ORGS = ["宁波市商务局", "宁波市人力资源和社会保障局", "宁波市公安局"]
B_NO = "甬商务外〔2024〕62号"
B_TITLE_LINES = ["宁波市商务局　宁波市人力资源和社会保障局", "宁波市公安局关于进一步便利外籍人才",
                 "来甬投资工作生活的通知"]
B_TITLE = "宁波市商务局 宁波市人力资源和社会保障局 宁波市公安局关于进一步便利外籍人才来甬投资工作生活的通知"
B_ZHUSONG = "各区（县、市）商务主管部门、人力资源和社会保障局、公安分局，市级有关单位："

# body: list of (kind, payload). kinds: 'p' plain paragraph, 'h1' heading 一、, 'h2' (run-in head, rest),
# 'n' 1. item, 'nn' （1） item
B_BODY = [
    ("p", "为深入贯彻落实党中央、国务院关于推进高水平对外开放的决策部署，更好服务“一带一路”建设和中国（浙江）自由贸易试验区宁波片区建设，进一步便利外籍人才来甬投资、工作和生活，经市政府同意，现就有关事项通知如下："),
    ("h1", "一、优化工作许可和居留服务"),
    ("h2", ("（一）推行工作许可“一窗通办”。", "在市、区（县、市）两级政务服务中心设立外籍人才服务专窗，外国人工作许可和工作类居留许可实行“一窗受理、并联审批”，办理时限由法定20个工作日压缩至7个工作日。")),
    ("h2", ("（二）放宽工作许可申请条件。", "对下列外籍人才，可适当放宽年龄、学历或者工作经历等限制：")),
    ("n", "1.在我市“一带一路”经贸合作重点项目中担任技术、管理骨干的外籍人才，年龄可放宽至65周岁。"),
    ("n", "2.在中国（浙江）自由贸易试验区宁波片区内注册的企业聘用的外籍专业人才，符合下列情形之一的，可不受2年以上相关工作经历限制："),
    ("nn", "（1）取得世界排名前200位高校学士及以上学位的；"),
    ("nn", "（2）取得国内高校硕士及以上学位的应届毕业生；"),
    ("nn", "（3）持有所在国家或者地区认可的职业资格证书的。"),
    ("n", "3.外籍人才在我市创办企业的，凭企业营业执照和投资证明材料可申请办理工作许可。"),
    ("h2", ("（三）延长居留许可有效期。", "对在我市工作的外国高端人才（A类），可根据工作合同期限签发有效期最长5年的工作类居留许可；其外籍配偶和未满18周岁子女可随同办理相应期限的居留许可。")),
    ("h1", "二、提升出入境便利化水平"),
    ("h2", ("（四）实施口岸签证便利。", "外籍人才因紧急商务活动来甬，来不及在境外办理签证的，可凭邀请单位出具的邀请函件，在宁波栎社国际机场口岸申请办理口岸签证。")),
    ("h2", ("（五）开展永久居留推荐试点。", "在北仑区、鄞州区开展外籍人才永久居留推荐试点，对经所在区人民政府推荐、在甬连续工作满4年的外籍人才，可直接申请在华永久居留。")),
    ("h2", ("（六）便利跨境资金使用。", "外籍人才在甬工作取得的合法薪酬收入，凭完税证明可直接在银行办理购汇汇出手续；支持在甬银行机构为外籍人士提供移动支付便利化服务。")),
    ("h1", "三、完善生活服务保障"),
    ("h2", ("（七）加强子女入学保障。", "外籍人才子女申请在甬就读的，由所在区（县、市）教育部门统筹安排入学，支持符合条件的学校扩大国际学生招生规模。")),
    ("h2", ("（八）提供多语种服务。", "依托“宁波外籍人才服务平台”，提供中、英、日、韩、俄、阿拉伯语等多语种政策咨询服务；在宁波国际人才港设立外籍人才综合服务中心，提供“一站式”服务。")),
    ("h2", ("（九）落实医疗保障待遇。", "在甬就业的外籍人才依法参加职工基本医疗保险，享受与本市职工同等待遇；支持有条件的医疗机构开设国际门诊，提供外语预约诊疗服务。")),
    ("h1", "四、工作要求"),
    ("p", "各区（县、市）要结合实际制定具体实施办法，加强部门协同，确保各项措施落地见效。执行中遇到的问题，请及时向市商务局（外国投资管理处）反馈。"),
    ("p", "本通知自印发之日起施行，有效期2年。"),
]

B_EN_TITLE = "Notice on Further Facilitating Foreign Talents to Invest, Work and Live in Ningbo"
B_EN = [
    "To the commerce authorities, human resources and social security bureaus and public security branches of all districts, counties and county-level cities, and relevant municipal units:",
    "In order to implement the decisions of the CPC Central Committee and the State Council on promoting high-level opening-up, better serve the Belt and Road Initiative and the development of Ningbo Area of China (Zhejiang) Pilot Free Trade Zone, and further facilitate foreign talents to invest, work and live in Ningbo, with the approval of the Municipal Government, the relevant matters are hereby notified as follows:",
    "1. Providing one-window services for work permits. Dedicated service windows for foreign talents are set up at the government service centers at municipal and district (county, county-level city) levels. Work permits and work-type residence permits are accepted at one window and approved in parallel, and the processing time is reduced from the statutory 20 working days to 7 working days.",
    "2. Relaxing the application conditions for work permits. Restrictions on age, educational background or work experience may be appropriately relaxed for: (a) foreign talents serving as technical or management backbones in key Belt and Road economic and trade cooperation projects of Ningbo, whose age limit may be relaxed to 65; (b) foreign professionals employed by enterprises registered in Ningbo Area of China (Zhejiang) Pilot Free Trade Zone who hold a bachelor's degree or above from a university ranked among the world's top 200, are fresh graduates with a master's degree or above from a Chinese university, or hold a professional qualification certificate recognized by their country or region, who are exempted from the requirement of more than 2 years of relevant work experience; (c) foreign talents who start businesses in Ningbo, who may apply for work permits with the business license and proof of investment.",
    "3. Extending the validity of residence permits. Foreign high-end talents (Category A) working in Ningbo may be issued work-type residence permits valid for up to 5 years according to the term of the employment contract; their foreign spouses and children under 18 may obtain residence permits for the corresponding period.",
    "4. Port visa facilitation. Foreign talents who come to Ningbo for urgent business activities and have no time to apply for visas abroad may apply for port visas at the Ningbo Lishe International Airport Port with an invitation letter issued by the inviting entity.",
    "5. Pilot recommendation for permanent residence. A pilot program for recommending foreign talents for permanent residence is carried out in Beilun District and Yinzhou District. Foreign talents recommended by the district people's government who have worked in Ningbo for 4 consecutive years may apply directly for permanent residence in China.",
    "6. Facilitating the use of cross-border funds. Foreign talents may purchase and remit foreign exchange for their lawful salary income earned in Ningbo directly at banks with tax payment certificates; banks in Ningbo are encouraged to provide facilitated mobile payment services for foreign nationals.",
    "7. Ensuring schooling for children. Applications of foreign talents' children to study in Ningbo are arranged by the education authorities of the district (county, county-level city) where they live, and eligible schools are supported in enrolling more international students.",
    "8. Multilingual services. The \"Ningbo Foreign Talent Service Platform\" provides policy consultation in Chinese, English, Japanese, Korean, Russian, Arabic and other languages; a comprehensive service center for foreign talents is set up at Ningbo International Talent Port to provide one-stop services.",
    "9. Medical insurance. Foreign talents employed in Ningbo participate in basic medical insurance for employees according to law and enjoy the same treatment as local employees; qualified medical institutions are supported in opening international clinics with appointment services in foreign languages.",
    "10. Work requirements. All districts, counties and county-level cities shall formulate specific implementation measures, strengthen coordination and ensure that the measures take effect. Problems encountered in implementation shall be reported to the Municipal Bureau of Commerce (Foreign Investment Administration Division) in a timely manner.",
    "11. This Notice shall come into force on the date of issuance and remain valid for two years.",
]
B_EN_SIGN = ["Ningbo Municipal Bureau of Commerce", "Ningbo Municipal Human Resources and Social Security Bureau",
             "Ningbo Municipal Public Security Bureau", "September 12, 2024"]


def make_b():
    doc = Document()
    setup(doc)
    # joint 版头: three organ names stacked, "文件" in a vertically merged cell at the right
    para(doc, "", indent=False, line=20)
    t = doc.add_table(rows=3, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, org in enumerate(B_ORGS):
        cell_text(t.cell(i, 0), [org], XBS, 24, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
        t.cell(i, 0).paragraphs[0].paragraph_format.line_spacing = Pt(38)
    m = t.cell(0, 1).merge(t.cell(2, 1))
    for extra in m.paragraphs[1:]:
        extra._element.getparent().remove(extra._element)
    cell_text(m, ["文件"], XBS, 40, color=RED)
    m.paragraphs[0].paragraph_format.line_spacing = Pt(50)
    m.vertical_alignment = 1  # center
    fix_widths(t, [Mm(118), Mm(38)])
    para(doc, "", indent=False)
    p = para(doc, B_NO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", 18, "FF0000", space=8)
    para(doc, "", indent=False)
    # title: three separate paragraphs
    for ln in B_TITLE_LINES:
        para(doc, ln, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    para(doc, "", indent=False)
    para(doc, B_ZHUSONG, indent=False)
    for kind, payload in B_BODY:
        if kind == "h1":
            para(doc, payload, HT, 16).paragraph_format.keep_with_next = True
        elif kind == "h2":
            p = para(doc, "")
            font(p.add_run(payload[0]), KT, 16, bold=True)
            font(p.add_run(payload[1]), FS, 16)
        else:
            para(doc, payload)
    # 落款 for three organs (no attachment)
    para(doc, "", indent=False); para(doc, "", indent=False)
    p = para(doc, "宁波市商务局　　　　宁波市人力资源和社会保障局", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16)
    para(doc, "", indent=False)
    p = para(doc, "宁波市公安局", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 6)
    p = para(doc, "2024年9月12日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 4)
    para(doc, "（此件公开发布）", before=8)
    # English version appended after the Chinese 落款, on a new page
    p = para(doc, "", indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "(Translation for reference only)", TNR, 12, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=18)
    para(doc, B_EN_TITLE, TNR, 16, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24,
         before=12, after=6)
    para(doc, "Ningbo Municipal Bureau of Commerce, Ningbo Municipal Human Resources and Social Security Bureau, Ningbo Municipal Public Security Bureau",
         TNR, 12, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=18)
    para(doc, "Yong Shang Wu Wai [2024] No. 62", TNR, 12, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
         line=18, after=10)
    for k, t_ in enumerate(B_EN):
        para(doc, t_, TNR, 11, indent=(k > 0), line=15, after=3,
             align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, "", indent=False, line=18)
    for k, ln in enumerate(B_EN_SIGN):
        para(doc, ln, TNR, 11, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=15)
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    banji(doc, "抄送：市委组织部，市科技局，市外办，市教育局，市卫生健康委，国家外汇管理局宁波市分局。",
          "宁波市商务局办公室", "2024年9月13日印发")
    out = HERE / "blind335_ningbo_tongzhi.docx"
    doc.save(out)
    to_pdf(out)

    clauses = []
    for kind, payload in B_BODY:
        if kind == "h1":
            continue
        clauses.append(payload[0] + payload[1] if kind == "h2" else payload)
    meta = {
        "title": B_TITLE,
        "doc_number": B_NO,
        "issuer": B_ORGS,
        "date": "2024-09-12",
        "published": "2024-09-13",
        "level": "municipal",
        "region": "宁波市",
        "effective": "2024-09-13",
        "expires": "2026-09-12",
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各区（县、市）商务主管部门", "人力资源和社会保障局", "公安分局", "市级有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    specific = {
        "2.在中国（浙江）自由贸易试验区宁波片区内注册的企业": ["中国（浙江）自由贸易试验区宁波片区"],
        "（1）取得世界排名前200位高校学士及以上学位的；": ["中国（浙江）自由贸易试验区宁波片区"],
        "（2）取得国内高校硕士及以上学位的应届毕业生；": ["中国（浙江）自由贸易试验区宁波片区"],
        "（3）持有所在国家或者地区认可的职业资格证书的。": ["中国（浙江）自由贸易试验区宁波片区"],
        "（五）开展永久居留推荐试点。在北仑区、鄞州区": ["北仑区", "鄞州区"],
    }
    return {"blind335_ningbo_tongzhi": [{"meta": meta, "clauses": clauses,
                                        "applies_to": {"specific": specific}}]}


# ============================================================ (c) 西永综保区 政策问答 html
C_ORG = "重庆西永综合保税区管理委员会"
C_TITLE = "重庆西永综合保税区跨境电商及保税业务政策问答"
C_TITLE_EN = "Q&A on Cross-border E-commerce and Bonded Business Policies of Chongqing Xiyong Comprehensive Bonded Zone"
C_INTRO = ("为帮助境内外投资者更好了解综合保税区政策，服务共建“一带一路”和西部陆海新通道建设，我委梳理了企业关注度较高的跨境电商及保税业务问题，现以中英文对照形式发布，供参考。",
           "To help domestic and foreign investors better understand the policies of the comprehensive bonded zone and to serve the joint construction of the Belt and Road and the New International Land-Sea Trade Corridor, we have compiled frequently asked questions on cross-border e-commerce and bonded business and publish them in Chinese and English for reference.")
C_QA = [
    ("问1：什么是综合保税区？西永综合保税区主要有哪些功能？",
     ["答：综合保税区是设立在我国境内、具有保税加工、保税物流、保税服务等功能的海关特殊监管区域。西永综合保税区是中国（重庆）自由贸易试验区的重要组成部分，主要开展保税加工、保税物流、保税研发、保税维修和跨境电商等业务。"],
     "Q1: What is a comprehensive bonded zone, and what are the main functions of Xiyong Comprehensive Bonded Zone?",
     ["A: A comprehensive bonded zone is a special customs supervision area in China with functions such as bonded processing, bonded logistics and bonded services. Xiyong Comprehensive Bonded Zone is an important part of China (Chongqing) Pilot Free Trade Zone, mainly engaged in bonded processing, bonded logistics, bonded R&D, bonded maintenance and cross-border e-commerce."]),
    ("问2：境外货物进入综保区可以享受哪些税收政策？",
     ["答：境外货物进入综保区实行保税管理；区内企业进口自用的机器、设备等免征进口关税和进口环节税；货物在区内企业之间流转，不征收增值税和消费税。",
      "符合条件的区内企业可申请增值税一般纳税人资格试点，试点企业适用国内增值税、消费税的相关规定。"],
     "Q2: What tax policies apply to overseas goods entering the zone?",
     ["A: Overseas goods entering the zone are placed under bonded administration; machinery and equipment imported by enterprises in the zone for their own use are exempt from import duties and import-stage taxes; goods transferred between enterprises within the zone are not subject to VAT or consumption tax.",
      "Eligible enterprises in the zone may apply for the pilot of general VAT taxpayer qualification, and pilot enterprises are subject to the domestic VAT and consumption tax rules."]),
    ("问3：综保区内可以开展哪些跨境电商业务模式？",
     ["答：区内企业可开展跨境电商网购保税进口（1210）、特殊区域出口、跨境电商B2B直接出口（9710）和跨境电商出口海外仓（9810）等业务，相关商品须符合《跨境电子商务零售进口商品清单》等规定。"],
     "Q3: Which cross-border e-commerce models can be carried out in the zone?",
     ["A: Enterprises in the zone may carry out bonded online-shopping imports (1210), special-area exports, cross-border e-commerce B2B direct exports (9710) and exports to overseas warehouses (9810); the goods concerned must comply with the List of Cross-border E-commerce Retail Import Commodities and other rules."]),
    ("问4：入驻跨境电商产业园可以享受哪些支持政策？",
     ["答：对入驻综保区B区跨境电商产业园的企业，管委会按其年度跨境电商进出口额给予物流费用补贴，单个企业年度补贴最高不超过200万元，具体标准以当年度申报通知为准。"],
     "Q4: What support is available for enterprises settling in the cross-border e-commerce industrial park?",
     ["A: Enterprises settling in the Cross-border E-commerce Industrial Park in Area B of the zone receive logistics subsidies from the Administrative Committee based on their annual cross-border e-commerce import and export value, capped at RMB 2 million per enterprise per year; the specific standards are subject to the application notice of the year."]),
    ("问5：企业通过中欧班列进出口货物，在综保区如何办理通关？",
     ["答：企业可选择“铁路快通”模式，出口货物在综保区内完成申报、查验后，经团结村站搭乘中欧班列（成渝），从阿拉山口、霍尔果斯等口岸直接出境，口岸海关不再重复查验；进口货物可在口岸海关办理转关手续后运抵综保区。"],
     "Q5: How do enterprises clear customs in the zone for goods imported or exported by China-Europe Railway Express?",
     ["A: Enterprises may choose the \"Railway Express Clearance\" model: export goods declared and inspected in the zone board the China-Europe Railway Express (Chengdu-Chongqing) at Tuanjiecun Station and exit directly through ports such as Alashankou and Khorgos without repeated inspection by port customs; import goods may be transferred to the zone after transit formalities at the port customs."]),
    ("问6：外商投资企业在综保区开展保税维修业务需要满足什么条件？",
     ["答：区内企业可开展全球保税维修业务，维修产品应为《综合保税区维修产品目录》所列产品，不得开展国家禁止进出口货物的维修业务；维修后的货物应按规定复运出境。",
      "企业应建立符合海关监管要求的信息化管理系统，并向主管海关提交业务申请，维修产生的坏件、废件原则上应复运出境。"],
     "Q6: What conditions must foreign-invested enterprises meet to carry out bonded maintenance in the zone?",
     ["A: Enterprises in the zone may carry out global bonded maintenance of products listed in the Catalogue of Maintenance Products of Comprehensive Bonded Zones, but may not repair goods whose import or export is prohibited by the State; repaired goods shall be re-exported as required.",
      "Enterprises shall establish an information management system meeting customs supervision requirements and submit an application to the competent customs; damaged and waste parts arising from maintenance shall in principle be re-exported."]),
    ("问7：外籍员工在综保区企业工作，可以享受哪些便利？",
     ["答：区内企业聘用的外籍人才，可通过外国人来华工作管理服务系统在线申办工作许可；管委会政务服务中心设有外籍人士服务窗口，提供中英文咨询和代办服务。"],
     "Q7: What facilitation is available to foreign employees working for enterprises in the zone?",
     ["A: Foreign talents employed by enterprises in the zone may apply for work permits online through the Service System for Foreigners Working in China; the Government Service Center of the Administrative Committee has a service window for foreigners offering consultation and agency services in Chinese and English."]),
    ("问8：企业可以通过哪些渠道咨询上述政策？",
     ["答：企业可拨打管委会企业服务热线023-65608800（工作日9:00—17:00），或前往西永综保区政务服务中心（重庆市沙坪坝区西永大道28号）现场咨询。"],
     "Q8: Through which channels can enterprises consult on the above policies?",
     ["A: Enterprises may call the enterprise service hotline of the Administrative Committee at 023-65608800 (9:00-17:00 on working days) or visit the Government Service Center of Xiyong Comprehensive Bonded Zone (No. 28 Xiyong Avenue, Shapingba District, Chongqing) in person."]),
]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_c():
    body = []
    body.append(f'<p style="text-indent:2em;">{esc(C_INTRO[0])}</p>')
    body.append(f'<p class="en" lang="en" style="text-indent:2em;">{esc(C_INTRO[1])}</p>')
    for q, a, qe, ae in C_QA:
        body.append(f'<p style="text-indent:2em;"><strong>{esc(q)}</strong></p>')
        for k, t in enumerate(a):
            body.append(f'<p style="text-indent:2em;">{esc(t)}</p>')
        body.append(f'<p class="en" lang="en" style="text-indent:2em;"><strong>{esc(qe)}</strong></p>')
        for t in ae:
            body.append(f'<p class="en" lang="en" style="text-indent:2em;">{esc(t)}</p>')
    content = "\n".join(body)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="重庆西永综合保税区管理委员会">
<meta name="SiteDomain" content="www.xyzb.example.gov.cn">
<meta name="ColumnName" content="政策解读">
<meta name="ColumnType" content="政策问答">
<meta name="ArticleTitle" content="{C_TITLE}">
<meta name="PubDate" content="2024-07-08 10:30">
<meta name="ContentSource" content="重庆西永综合保税区管理委员会">
<meta name="Keywords" content="综保区,跨境电商,保税维修,中欧班列,政策问答">
<title>{C_TITLE}_政策问答_重庆西永综合保税区管理委员会</title>
<style>
 body{{font-family:"Microsoft YaHei",SimSun,sans-serif;background:#f4f6f9;margin:0;color:#333}}
 .top{{background:#0b4a8b;color:#fff;padding:10px 40px}} .nav a{{color:#fff;margin-right:18px;text-decoration:none}}
 .wrap{{width:1100px;margin:0 auto;background:#fff;padding:20px 50px}}
 .crumb{{font-size:13px;color:#666}} table.xxgk{{width:100%;border-collapse:collapse;font-size:13px;margin:12px 0}}
 table.xxgk td{{border:1px solid #dde3ea;padding:6px 10px}} table.xxgk td.k{{background:#f1f5fa;width:12%}}
 h1{{font-size:24px;text-align:center;color:#0b4a8b;margin:18px 0 6px}} h2.en{{font-size:16px;text-align:center;font-weight:normal;color:#555}}
 .info{{text-align:center;font-size:13px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:8px}}
 .TRS_Editor p{{font-size:16px;line-height:2em;margin:0}} .TRS_Editor p.en{{font-family:"Times New Roman",serif;color:#444;font-size:15px;line-height:1.7em}}
 .foot{{background:#e9edf2;font-size:12px;color:#666;text-align:center;padding:16px}}
</style>
<script>function doZoom(s){{document.getElementById('zoom').style.fontSize=s+'px';}}</script>
</head>
<body>
<div class="top">
  <div class="logo">重庆西永综合保税区管理委员会 | Administrative Committee of Chongqing Xiyong Comprehensive Bonded Zone</div>
  <div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/tzfw/">投资服务</a><a href="/zcjd/">政策解读</a><a href="/hdjl/">互动交流</a><a href="/en/">English</a></div>
</div>
<div class="wrap">
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zcjd/">政策解读</a> &gt; <a href="/zcjd/zcwd/">政策问答</a></div>
  <table class="xxgk">
    <tr><td class="k">索 引 号：</td><td>11500000MB1A23456X/2024-00128</td><td class="k">主题分类：</td><td>商贸、海关、旅游/对外经贸合作</td></tr>
    <tr><td class="k">发布机构：</td><td>{C_ORG}</td><td class="k">成文日期：</td><td>2024-07-05</td></tr>
    <tr><td class="k">标　　题：</td><td colspan="3">{C_TITLE}</td></tr>
    <tr><td class="k">发文字号：</td><td></td><td class="k">发布日期：</td><td>2024-07-08</td></tr>
    <tr><td class="k">公开方式：</td><td>主动公开</td><td class="k">有 效 性：</td><td></td></tr>
  </table>
  <h1>{C_TITLE}</h1>
  <h2 class="en">{esc(C_TITLE_EN)}</h2>
  <div class="info">发布时间：2024-07-08 10:30　　来源：{C_ORG}　　浏览次数：<span id="views">1286</span>　　字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></div>
  <div class="TRS_Editor" id="zoom">
{content}
  </div>
  <div class="tools" style="text-align:right;font-size:13px;margin-top:20px">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
  <div class="related" style="font-size:13px">相关链接：<a href="/zcjd/zcwd/202406/t20240612_8811.html">综保区企业增值税一般纳税人资格试点政策问答</a>　<a href="/tzfw/">投资服务指南</a></div>
</div>
<div class="foot">主办单位：{C_ORG}　　地址：重庆市沙坪坝区西永大道28号　　邮编：401332<br>
网站标识码：5000000099　　渝ICP备12000000号-1　　渝公网安备 50010602500000号</div>
</body>
</html>
"""
    (HERE / "blind335_xiyong_wenda.html").write_text(html, encoding="utf-8")
    clauses = [C_INTRO[0]] + ["\n".join(a) for _, a, _, _ in C_QA]
    meta = {
        "title": C_TITLE,
        "doc_number": None,
        "issuer": [C_ORG],
        "date": "2024-07-05",
        "published": "2024-07-08",
        "level": "zone",
        "region": "重庆西永综合保税区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "政策问答",
        "recipients": [],
        "publicity": "主动公开",
        "repeals": None,
    }
    specific = {"答：对入驻综保区B区跨境电商产业园的企业": ["重庆西永综合保税区B区"]}
    return {"blind335_xiyong_wenda": [{"meta": meta, "clauses": clauses,
                                      "applies_to": {"specific": specific}}]}


def main():
    os.chdir(HERE)
    exp = {}
    exp.update(make_a())
    exp.update(make_b())
    exp.update(make_c())
    # sanity: every applies_to key is the start of a clause
    for stem, docs in exp.items():
        for d in docs:
            for k in d["applies_to"]["specific"]:
                assert len(k) >= 15 and any(c.startswith(k) for c in d["clauses"]), (stem, k)
    (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1), encoding="utf-8")
    print("written:", ", ".join(sorted(p.name for p in HERE.glob("blind335_*"))))


if __name__ == "__main__":
    main()
