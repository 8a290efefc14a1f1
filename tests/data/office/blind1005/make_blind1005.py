# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1005: 自贸片区管委会 中英对照 公告/服务指南/通知 (Word + PDF + expected.json).

Key decision (applies to all three files): the Chinese text is the authoritative
text (each document says so).  An English paragraph (or the English cell of a
中文 | English parallel-text table, or an English note under a table) is a
translation of the Chinese unit just before/beside it, so it is NOT a separate
clause.  Rows of real data tables (contact tables, service lists) are clauses in
full, including their English cells, because the row itself is the unit.
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
TNR = "Times New Roman"
RED = RGBColor(0xFF, 0x00, 0x00)
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY
IND = "\u3000\u3000"

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, latin=None):
    run.font.name = latin or name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    lat = latin or name
    rf.set(qn("w:ascii"), lat)
    rf.set(qn("w:hAnsi"), lat)
    rf.set(qn("w:cs"), lat)
    rf.set(qn("w:eastAsia"), name if name != TNR else FS)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.first_line_indent = Pt(32) if indent else Pt(0)
    return p


def add_par(doc, runs, **kw):
    """runs: str or list of tuples (text, font, size, bold[, color[, latin]]).
    A text equal to "\\n" inserts a manual line break (Shift+Enter)."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        latin = r[5] if len(r) > 5 else None
        if text == "\n":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        font(p.add_run(text), name, size, bold, color, latin)
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


def setup(doc, left=2.8, right=2.6, top=3.7, bottom=3.5):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(top), Cm(bottom)
    s.left_margin, s.right_margin = Cm(left), Cm(right)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    # footer "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, SONG, 14)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, latin=None, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, latin=latin)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    return p


def shade(cell, fill="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>'
                          % (nsdecls("w"), fill)))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    """Fixed layout + tblGrid + cell widths, so LibreOffice keeps the widths."""
    tbl = table._tbl
    tblpr = tbl.tblPr
    for tag in ("w:tblW", "w:tblLayout"):
        el = tblpr.find(qn(tag))
        if el is not None:
            tblpr.remove(el)
    total = int(sum(widths_cm) * 567)
    tblpr.append(parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>' % (nsdecls("w"), total)))
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        seen = set()
        for i, w in enumerate(widths_cm):
            c = row.cells[i]
            if id(c._tc) in seen:
                continue
            seen.add(id(c._tc))
            c.width = Cm(w)


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def banji(doc, cc, printer, date_txt, gap=2):
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * 4, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1005", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC 1
def doc_qinzhou():
    """公告, Chinese paragraph then English paragraph."""
    stem = "blind1005_qinzhou_gonggao"
    doc = Document()
    setup(doc, left=2.7, right=2.6, top=2.8, bottom=2.5)
    clauses = []

    # 红头: organ name on two lines + English line, all red
    add_par(doc, [("中国（广西）自由贸易试验区", XBS, 28, False, RED)],
            align=C, indent=False, line=36)
    add_par(doc, [("钦州港片区管理委员会", XBS, 28, False, RED)],
            align=C, indent=False, line=36)
    add_par(doc, [("Administrative Committee of Qinzhou Port Area, China (Guangxi) Pilot Free Trade Zone",
                   TNR, 10.5, False, RED)], align=C, indent=False, line=14, before=4, after=8)
    p = add_par(doc, "钦港片区管公告〔2026〕2号", align=C, indent=False)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)

    # title: Chinese on 3 lines (manual breaks, odd wrap), then English
    add_par(doc, [("中国（广西）自由贸易试验区钦州港片区", XBS, 22, False), ("\n", 0, 0, 0),
                  ("管理委员会关于进一步便利外国投资者", XBS, 22, False), ("\n", 0, 0, 0),
                  ("投资兴业的公告", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("Announcement of the Administrative Committee of Qinzhou Port Area of "
                   "China (Guangxi) Pilot Free Trade Zone on Further Facilitating Investment "
                   "and Business Operations of Foreign Investors", TNR, 12, True)],
            align=C, indent=False, line=16, before=6, after=10)

    def zh(t, spaces=False):
        clauses.append(t)
        if spaces:  # clerk indented with full-width spaces instead of first-line indent
            add_par(doc, IND + t, indent=False, align=J, line=26)
        else:
            add_par(doc, t, align=J, line=26)

    def en(t):
        add_par(doc, [(t, TNR, 10.5, False)], indent=False, align=J, line=13, after=4)

    def head2(zh_t, en_t):  # heading as two paragraphs
        add_par(doc, [(zh_t, HT, 16, False)], line=26)
        add_par(doc, [(en_t, TNR, 12, True)], indent=False, line=16)

    def head_br(zh_t, en_t):  # heading with Shift+Enter between the languages
        add_par(doc, [(zh_t, HT, 16, False), ("\n", 0, 0, 0), (en_t, TNR, 12, True)],
                line=26)

    zh("为贯彻落实《中华人民共和国外商投资法》及其实施条例，深入推进中国（广西）自由贸易试验区钦州港片区（以下简称“片区”）高水平对外开放，更好服务西部陆海新通道建设和中国—东盟合作，持续优化外商投资环境，现就进一步便利外国投资者在片区投资兴业有关事项公告如下：")
    en("In order to implement the Foreign Investment Law of the People's Republic of China and its Implementing Regulations, further promote high-level opening-up of Qinzhou Port Area of China (Guangxi) Pilot Free Trade Zone (hereinafter referred to as \"the Area\"), better serve the construction of the New International Land-Sea Trade Corridor and China-ASEAN cooperation, and continuously improve the foreign investment environment, matters concerning further facilitating foreign investors in investing and doing business in the Area are hereby announced as follows:")

    head2("一、适用范围", "I. Scope of Application")
    zh("本公告适用于在片区内依法设立的外商投资企业、拟在片区投资的外国投资者，以及在片区工作的外籍人员。香港特别行政区、澳门特别行政区和台湾地区投资者参照执行。")
    en("This Announcement applies to foreign-invested enterprises legally established in the Area, foreign investors intending to invest in the Area, and foreign nationals working in the Area. Investors from the Hong Kong Special Administrative Region, the Macao Special Administrative Region and the Taiwan region may refer to this Announcement.")

    head2("二、企业开办便利化", "II. Facilitation of Business Start-up")
    zh("（一）实行“一窗通办”。片区政务服务中心设立外商投资企业服务专窗，外商投资企业设立登记、印章刻制、涉税事项、社保登记、银行开户预约等事项一窗受理、并联办理，材料齐全、符合法定形式的，1个工作日内办结。")
    en("(1) \"One-window\" service. A dedicated window for foreign-invested enterprises is set up at the Government Service Center of the Area. Establishment registration, seal engraving, tax matters, social insurance registration and appointments for bank account opening are accepted at one window and handled in parallel. Where the materials are complete and in the statutory form, the procedures will be completed within 1 working day.")
    zh("（二）简化主体资格证明。外国投资者为企业的，其主体资格证明文件经所在国公证机关公证并办理附加证明书（Apostille）后即可使用;来自非《取消外国公文书认证要求的公约》缔约国的，按原规定办理认证手续。", spaces=True)
    en("(2) Simplified certification of subject qualification. Where a foreign investor is an enterprise, its certificate of subject qualification may be used once it has been notarized by a notary authority of its home country and an Apostille has been obtained. Investors from countries that are not contracting parties to the Convention Abolishing the Requirement of Legalisation for Foreign Public Documents shall complete legalization procedures in accordance with the original provisions.")
    zh("（三）推行外文材料免全文翻译。外国投资者提交的英文版公司章程、董事会决议等材料，可附中文摘要，不再要求提供全文中文译本。")
    en("(3) Exemption from full translation of foreign language materials. English versions of articles of association, board resolutions and other materials submitted by foreign investors may be accompanied by a Chinese summary, and a full Chinese translation is no longer required.")

    head_br("三、跨境贸易和资金便利", "III. Facilitation of Cross-border Trade and Funds")
    zh("（一）对符合条件的外商投资企业，推行资本项目收入支付便利化，企业凭《资本项目账户资金支付命令函》直接在银行办理，无需事前逐笔提供真实性证明材料。")
    en("(1) Qualified foreign-invested enterprises may enjoy facilitated payment of capital account income. Enterprises may handle such payments directly at banks with the Payment Order for Capital Account Funds, without providing authenticity proof for each transaction in advance.")
    zh("（二）依托钦州铁路集装箱中心站，对经西部陆海新通道进出口的货物实行“铁海联运一单制”，海运提单与铁路运单一次签发、全程有效,企业可凭多式联运单证办理结汇和融资。")
    en("(2) Relying on the Qinzhou Railway Container Center Station, the \"single document for rail-sea intermodal transport\" is applied to goods imported and exported via the New International Land-Sea Trade Corridor. Bills of lading and railway waybills are issued at one time and are valid for the whole journey, and enterprises may use multimodal transport documents for foreign exchange settlement and financing.")

    head_br("四、外籍人员工作生活便利", "IV. Facilitation of Work and Life for Foreign Nationals")
    zh("外籍高层次人才及其配偶、子女申请工作许可和居留许可的，实行“一窗受理、同步审批”，办理时限压缩至7个工作日。")
    en("Applications for work permits and residence permits by high-level foreign talents and their spouses and children are \"accepted at one window and approved simultaneously\", and the processing time is reduced to 7 working days.")

    head2("五、咨询服务", "V. Consultation Services")
    zh("外国投资者和外商投资企业可通过下列方式咨询，工作时间为周一至周五（法定节假日除外）上午9:00—12:00，下午14:30—17:30。")
    en("Foreign investors and foreign-invested enterprises may make inquiries through the following channels. Office hours: Monday to Friday (except statutory holidays), 9:00-12:00 and 14:30-17:30.")

    add_par(doc, [("片区外商投资服务联系方式", HT, 14, False), ("\n", 0, 0, 0),
                  ("Contacts for Foreign Investment Services in the Area", TNR, 12, True)],
            align=C, indent=False, line=22, before=6, after=4)
    h_zh = ["序号", "服务事项", "联系部门", "咨询电话", "电子邮箱"]
    h_en = ["No.", "Service", "Department", "Tel", "E-mail"]
    rows = [
        ["1", "企业开办 Business Start-up", "片区政务服务中心 Government Service Center",
         "0777-5681026", "zwfw@qzgpq.gov.cn"],
        ["2", "投资咨询与项目落地 Investment Consultation and Project Landing",
         "投资促进局 Investment Promotion Bureau", "0777-5681188", "invest@qzgpq.gov.cn"],
        ["3", "跨境资金与外汇 Cross-border Funds and Foreign Exchange",
         "金融服务中心 Financial Service Center", "0777-5681320", "finance@qzgpq.gov.cn"],
        ["4", "外籍人员工作居留 Work and Residence of Foreign Nationals",
         "人才服务中心 Talent Service Center", "0777-5681466", "talent@qzgpq.gov.cn"],
        ["5", "投诉受理 Complaints", "营商环境监督局 Business Environment Supervision Bureau",
         "0777-5681500", "tousu@qzgpq.gov.cn"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i in range(5):
        set_cell(t.rows[0].cells[i], h_zh[i], HT, 11)
        set_cell(t.rows[1].cells[i], h_en[i], TNR, 10.5, True)
        shade(t.rows[0].cells[i])
        shade(t.rows[1].cells[i])
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    headers = ["%s／%s" % (a, b) for a, b in zip(h_zh, h_en)]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, latin=TNR,
                     align=C if ci in (0, 3) else WD_ALIGN_PARAGRAPH.LEFT, line=16)
        clauses.append(row_clause(headers, row))
    col_widths(t, [1.2, 4.2, 4.4, 2.6, 3.2])
    empty(doc, 1, 14)

    head2("六、其他", "VI. Miscellaneous")
    zh("本公告自2026年4月1日起施行，有效期至2028年3月31日。2023年8月10日发布的《中国（广西）自由贸易试验区钦州港片区管理委员会关于外商投资企业登记服务有关事项的公告》（钦港片区管公告〔2023〕5号）同时废止。")
    en("This Announcement shall come into force on April 1, 2026 and remain valid until March 31, 2028. The Announcement of the Administrative Committee of Qinzhou Port Area of China (Guangxi) Pilot Free Trade Zone on Matters Concerning Registration Services for Foreign-invested Enterprises (QGPQGGG [2023] No. 5) issued on August 10, 2023 is repealed simultaneously.")
    zh("本公告中英文文本如有不一致，以中文文本为准。本公告由片区投资促进局负责解释。")
    en("In case of any discrepancy between the Chinese and English versions, the Chinese version shall prevail. The Investment Promotion Bureau of the Area is responsible for the interpretation of this Announcement.")

    add_par(doc, "特此公告。")
    add_par(doc, [("It is hereby announced.", TNR, 12, False)], indent=False, line=16)
    p = add_par(doc, "中国（广西）自由贸易试验区钦州港片区管理委员会", align=R, indent=False,
                before=14)
    p = add_par(doc, "2026年3月16日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, [("Administrative Committee of Qinzhou Port Area, China (Guangxi) Pilot Free Trade Zone",
                       TNR, 10.5, False), ("\n", 0, 0, 0), ("March 16, 2026", TNR, 10.5, False)],
                align=R, indent=False, line=14, before=4)
    add_par(doc, "（此件公开发布）", before=8)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区钦州港片区管理委员会关于进一步便利外国投资者投资兴业的公告",
            "doc_number": "钦港片区管公告〔2026〕2号",
            "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会"],
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": "2026-04-01",
            "expires": "2028-03-31",
            "attachments": [],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": "《中国（广西）自由贸易试验区钦州港片区管理委员会关于外商投资企业登记服务有关事项的公告》（钦港片区管公告〔2023〕5号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC 2
def doc_ningbo():
    """服务指南 typeset as a two-column 中文 | English table."""
    stem = "blind1005_ningbo_zhinan"
    doc = Document()
    setup(doc, left=2.5, right=2.5, top=3.0, bottom=2.8)
    clauses = []

    add_par(doc, [("中国（浙江）自由贸易试验区宁波片区", XBS, 22, False)],
            align=C, indent=False, line=34, before=12)
    add_par(doc, [("外商投资企业服务指南（2026年版）", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("Service Guide for Foreign-invested Enterprises in Ningbo Area of", TNR, 14, True),
                  ("\n", 0, 0, 0),
                  ("China (Zhejiang) Pilot Free Trade Zone (2026 Edition)", TNR, 14, True)],
            align=C, indent=False, line=20, before=8)
    add_par(doc, [("中国（浙江）自由贸易试验区宁波片区管理委员会　编", KT, 14, False)],
                align=C, indent=False, line=24, before=10, after=12)

    rows = [
        ("H", "一、总体说明", "I. General Information"),
        ("P", "为便利外国投资者全面了解中国（浙江）自由贸易试验区宁波片区（以下简称“宁波片区”）投资政策和办事流程，宁波片区管理委员会编制本指南。",
         "This Guide is compiled by the Administrative Committee of Ningbo Area of China (Zhejiang) Pilot Free Trade Zone (hereinafter referred to as \"Ningbo Area\") to help foreign investors fully understand the investment policies and procedures of Ningbo Area."),
        ("P", "宁波片区实施范围46平方公里，依托宁波舟山港和宁波梅山综合保税区、宁波北仑港综合保税区，重点发展油气全产业链、新型国际贸易、国际航运物流等产业，是浙江自贸试验区联动共建“一带一路”和长江经济带的重要节点。",
         "Ningbo Area covers 46 square kilometers. Relying on Ningbo-Zhoushan Port, Ningbo Meishan Comprehensive Bonded Zone and Ningbo Beilun Port Comprehensive Bonded Zone, it focuses on the whole oil and gas industry chain, new types of international trade, and international shipping and logistics. It is an important node linking the Zhejiang Pilot Free Trade Zone with the Belt and Road Initiative and the Yangtze River Economic Belt."),
        ("P", "本指南所列政策以现行有效的法律法规和政策文件为准，政策调整的，以最新规定为准。本指南中英文文本如有差异，以中文文本为准。",
         "The policies listed in this Guide are subject to the laws, regulations and policy documents currently in force. Where policies are adjusted, the latest provisions shall prevail. In case of any difference between the Chinese and English texts of this Guide, the Chinese text shall prevail."),
        ("H", "二、投资准入", "II. Market Access"),
        ("P", "（一）外商投资实行准入前国民待遇加负面清单管理制度。《外商投资准入特别管理措施（负面清单）》和《自由贸易试验区外商投资准入特别管理措施（负面清单）》以外的领域，按照内外资一致的原则实施管理。",
         "(1) Foreign investment is subject to pre-establishment national treatment plus a negative list. Fields outside the Special Administrative Measures (Negative List) for Foreign Investment Access and the Special Administrative Measures (Negative List) for Foreign Investment Access in Pilot Free Trade Zones are administered under the principle of equal treatment for domestic and foreign investment."),
        ("P", "（二）外国投资者可以依法以人民币或者外汇出资，可以将在中国境内依法取得的利润用于境内再投资；以利润再投资设立企业的，享受与新设外商投资企业同等的服务。",
         "(2) Foreign investors may contribute capital in RMB or foreign currencies in accordance with the law, and may reinvest profits legally obtained in China. Enterprises established with reinvested profits enjoy the same services as newly established foreign-invested enterprises."),
        ("H", "三、办事流程", "III. Procedures"),
        ("P", "（一）企业设立。外国投资者可通过“浙江政务服务网”或宁波片区政务服务中心国际服务窗口申请设立登记，申请材料齐全、符合法定形式的，当场或1个工作日内办结，营业执照可选择邮寄送达。",
         "(1) Establishment. Foreign investors may apply for establishment registration via the Zhejiang Government Service Network or the International Service Window of the Government Service Center of Ningbo Area. Where the application materials are complete and in the statutory form, registration will be completed on the spot or within 1 working day, and the business license may be delivered by post."),
        ("P", "（二）外汇登记。外商投资企业设立后，可直接到银行办理外汇登记，无需前往外汇管理部门。",
         "(2) Foreign exchange registration. After establishment, a foreign-invested enterprise may register foreign exchange directly at a bank without visiting the foreign exchange administration."),
        ("P", "（三）海关备案。企业申请营业执照时可同步勾选海关进出口货物收发货人备案，实现“一次申报、同步办理”。",
         "(3) Customs filing. When applying for a business license, an enterprise may simultaneously select customs filing as a consignor or consignee of import and export goods, so that both are \"declared once and handled simultaneously\"."),
        ("H", "四、支持政策", "IV. Support Policies"),
        ("P", "（一）对新设立且当年实际使用外资金额超过1000万美元的制造业项目，按其当年实际使用外资金额的2%给予奖励，单个项目最高不超过1000万元人民币。",
         "(1) For newly established manufacturing projects whose actual use of foreign capital exceeds USD 10 million in the year, a reward of 2% of the foreign capital actually used in that year will be granted, up to RMB 10 million per project."),
        ("P", "（二）外商投资企业设立地区总部、研发中心等功能性机构的，经认定后按照《宁波市鼓励跨国公司设立地区总部和功能性机构若干规定》给予支持。",
         "(2) Foreign-invested enterprises that establish regional headquarters, R&D centers or other functional institutions will, upon recognition, be supported in accordance with the Several Provisions of Ningbo Municipality on Encouraging Multinational Companies to Establish Regional Headquarters and Functional Institutions."),
        ("P", "（三）经宁波舟山港开展转口贸易、离岸贸易的企业，按规定享受宁波片区贸易便利化支持政策。",
         "(3) Enterprises engaged in entrepot trade or offshore trade via Ningbo-Zhoushan Port enjoy the trade facilitation support policies of Ningbo Area in accordance with the relevant provisions."),
        ("H", "五、权益保护", "V. Protection of Rights and Interests"),
        ("P", "宁波片区设立外商投资企业投诉工作站，依法受理外商投资企业投诉，自受理之日起30个工作日内办结并书面告知投诉人。外商投资企业也可通过“12345”政务服务便民热线反映诉求。",
         "Ningbo Area has set up a complaint workstation for foreign-invested enterprises, which accepts complaints in accordance with the law, handles them within 30 working days from the date of acceptance and notifies the complainant in writing. Foreign-invested enterprises may also raise their concerns through the \"12345\" government service hotline."),
        ("H", "六、附则", "VI. Supplementary Provisions"),
        ("P", "本指南自2026年2月1日起施行，由宁波片区管理委员会投资促进局负责解释。",
         "This Guide shall come into force on February 1, 2026, and shall be interpreted by the Investment Promotion Bureau of the Administrative Committee of Ningbo Area."),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.rows[0].cells[0], "中文", HT, 12)
    set_cell(t.rows[0].cells[1], "English", TNR, 12, True)
    shade(t.rows[0].cells[0], "BDD7EE")
    shade(t.rows[0].cells[1], "BDD7EE")
    repeat_header(t.rows[0])
    for ri, (kind, z, e) in enumerate(rows, 1):
        c0, c1 = t.rows[ri].cells
        if kind == "H":
            set_cell(c0, z, HT, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
            set_cell(c1, e, TNR, 11, True, align=WD_ALIGN_PARAGRAPH.LEFT)
            shade(c0, "F2F2F2")
            shade(c1, "F2F2F2")
        else:
            p = set_cell(c0, z, FS, 11, align=J, line=17)
            p.paragraph_format.first_line_indent = Pt(22)
            set_cell(c1, e, TNR, 10.5, align=J, latin=TNR, line=14)
            clauses.append(z)
    col_widths(t, [7.6, 8.4])

    empty(doc, 1)
    add_par(doc, [("联系方式", HT, 16, False), ("  ", FS, 16, False),
                  ("Contact Information", TNR, 14, True)], indent=False, after=4)
    hdr = ["序号 No.", "部门", "Department", "电话 Tel", "电子邮箱 E-mail"]
    crow = [
        ["1", "宁波片区管理委员会投资促进局", "Investment Promotion Bureau",
         "0574-86781201", "ipb@nbftz.gov.cn"],
        ["2", "宁波片区政务服务中心国际服务窗口",
         "International Service Window, Government Service Center", "0574-86781235",
         "intlservice@nbftz.gov.cn"],
        ["3", "宁波片区外商投资企业投诉工作站",
         "Complaint Workstation for Foreign-invested Enterprises", "0574-86781299",
         "complaint@nbftz.gov.cn"],
        ["4", "宁波片区国际人才服务站", "International Talent Service Station",
         "0574-86781366", "talent@nbftz.gov.cn"],
    ]
    t2 = doc.add_table(rows=1 + len(crow), cols=5)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t2.rows[0].cells[i], h, HT, 11, latin=TNR)
        shade(t2.rows[0].cells[i], "BDD7EE")
    for ri, row in enumerate(crow, 1):
        for ci, v in enumerate(row):
            set_cell(t2.rows[ri].cells[ci], v, FS, 10.5, latin=TNR, line=16)
        clauses.append(row_clause(hdr, row))
    col_widths(t2, [1.4, 4.0, 4.6, 2.8, 3.2])
    note = "注：以上电话工作时间为工作日8:30—12:00、13:30—17:30；境外来电请拨+86-574转分机号码。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)
    add_par(doc, [("Note: The above telephone lines are available on working days from 8:30 to 12:00 "
                   "and from 13:30 to 17:30. Callers from outside China please dial +86-574 "
                   "before the number.", TNR, 10.5, False)], indent=False, line=14)

    empty(doc, 2)
    add_par(doc, "中国（浙江）自由贸易试验区宁波片区管理委员会", align=R, indent=False)
    p = add_par(doc, "二〇二六年一月二十日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, [("Administrative Committee of Ningbo Area, China (Zhejiang) Pilot Free Trade Zone",
                   TNR, 11, False), ("\n", 0, 0, 0), ("January 20, 2026", TNR, 11, False)],
            align=R, indent=False, line=16, before=6)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（浙江）自由贸易试验区宁波片区外商投资企业服务指南（2026年版）",
            "doc_number": None,
            "issuer": ["中国（浙江）自由贸易试验区宁波片区管理委员会"],
            "date": "2026-01-20",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": "2026-02-01",
            "expires": None,
            "attachments": [],
            "doc_type": "指南",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC 3
def doc_xian():
    """红头文件 通知 印发 bilingual 清单 (附件, table split with 续表 + contact table)."""
    stem = "blind1005_xian_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("西安国际港务区片区管委会文件", XBS, 30, False, RED)],
            align=C, indent=False, line=48, before=24)
    empty(doc, 1)
    p = add_par(doc, "西港片管发〔2025〕47号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    for ln in ("关于印发《西安国际港务区片区外商投资",
               "企业和外籍人士服务事项清单",
               "（中英文对照版）》的通知"):
        add_par(doc, [(ln, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "片区各部门，各园区管理办公室，各驻区单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=J)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)], align=J)

    body("为深入贯彻落实国务院关于进一步优化外商投资环境、加大吸引外商投资力度的部署要求，依托中欧班列（西安）集结中心、西安综合保税区和西安铁路港，持续提升片区外商投资服务国际化、便利化水平，片区管委会梳理编制了《西安国际港务区片区外商投资企业和外籍人士服务事项清单（中英文对照版）》（以下简称《清单》），现印发给你们，并就有关事项通知如下：")
    runin("一、压实服务责任。", "各责任部门要对照《清单》逐项明确经办人员和办理时限，确保外国投资者“找得到人、办得成事”。《清单》所列事项实行首问负责制，不得以语言不通、材料非中文等理由推诿。")
    runin("二、规范双语服务。", "各窗口单位要统一使用《清单》确定的中英文事项名称，对外发布的办事指南、申请表格应同步提供英文版本。英文版本仅供参考，中英文内容不一致的，以中文版本为准。")
    runin("三、建立动态调整机制。", "片区投资合作局负责《清单》的日常维护，每年3月底前根据法律法规和上级政策变化组织更新，并在片区门户网站英文版同步发布。")
    runin("四、加强监督评价。", "将《清单》落实情况纳入片区年度营商环境考核，外商投资企业可通过《清单》所列服务专员联系方式反映问题。")
    body("《清单》自2026年1月1日起执行。")
    empty(doc, 1)
    # 附件 line, hanging indent done with typed full-width spaces + manual line break
    add_par(doc, [("附件：西安国际港务区片区外商投资企业和外籍人士服务", FS, 16, False),
                  ("\n", 0, 0, 0),
                  ("\u3000" * 5 + "事项清单（中英文对照版）", FS, 16, False)], align=J)
    empty(doc, 2)
    p = add_par(doc, [("中国（陕西）自由贸易试验区", FS, 16, False), ("\n", 0, 0, 0),
                      ("西安国际港务区片区管理委员会", FS, 16, False)], align=R, indent=False)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "2025年12月18日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件主动公开）")

    # ---------------------------------------------------- 附件
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("西安国际港务区片区外商投资企业和外籍人士", XBS, 20, False), ("\n", 0, 0, 0),
                  ("服务事项清单（中英文对照版）", XBS, 20, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("List of Services for Foreign-invested Enterprises and Foreign Nationals in "
                   "Xi'an International Trade & Logistics Park Area (Chinese-English Version)",
                   TNR, 12, True)], align=C, indent=False, line=18, before=4, after=6)
    add_par(doc, [("一、服务事项", HT, 14, False), ("  ", FS, 14, False),
                  ("I. Service Items", TNR, 12, True)], line=24, after=4)
    hdr = ["序号 No.", "类别 Category", "服务事项", "Service Item",
           "承诺时限（工作日） Time Limit (Working Days)", "责任部门 Responsible Department"]
    cat1 = "企业开办 Business Start-up"
    cat2 = "贸易通关 Trade and Customs"
    cat3 = "外籍人士服务 Services for Foreign Nationals"
    items = [
        ["1", cat1, "外商投资企业设立登记★", "Establishment Registration of Foreign-invested Enterprises★",
         "1", "片区行政审批服务局"],
        ["2", cat1, "外商投资企业变更、注销登记★",
         "Alteration and Deregistration of Foreign-invested Enterprises★", "1", "片区行政审批服务局"],
        ["3", cat1, "外商投资信息报告", "Foreign Investment Information Reporting",
         "即时办结 Immediate", "片区投资合作局"],
        ["4", cat1, "印章刻制备案★", "Filing of Seal Engraving★", "0.5",
         "西安市公安局国际港务区分局"],
        ["5", cat2, "进出口货物收发货人备案★",
         "Filing of Consignors and Consignees of Import and Export Goods★", "1", "西安铁路港海关"],
        ["6", cat2, "中欧班列（长安号）舱位预订咨询",
         "Slot Booking Consultation for China-Europe Railway Express (Chang'an)",
         "即时办结 Immediate", "陆港集团班列运营中心"],
        ["7", cat2, "出口退税备案★", "Export Tax Refund Filing★", "1",
         "国家税务总局西安国际港务区税务局"],
        ["8", cat2, "原产地证书签发", "Issuance of Certificates of Origin", "1", "西安铁路港海关"],
        ["9", cat3, "外国人来华工作许可★", "Work Permit for Foreigners in China★", "5",
         "西安市科学技术局（外国专家服务窗口）"],
        ["10", cat3, "外国人居留许可", "Residence Permit for Foreigners", "5",
         "西安市公安局出入境管理局国际港务区服务站"],
        ["11", cat3, "外籍人员社会保险登记★", "Social Insurance Registration for Foreign Employees★",
         "即时办结 Immediate", "片区社会保障服务中心"],
        ["12", cat3, "外籍人员子女入学咨询", "Schooling Consultation for Children of Foreign Nationals",
         "3", "片区教育局"],
    ]
    widths = [1.1, 2.2, 3.2, 3.8, 2.5, 3.1]

    def list_table(part):
        tb = doc.add_table(rows=1 + len(part), cols=6)
        tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(hdr):
            set_cell(tb.rows[0].cells[i], h, HT, 10.5, latin=TNR, line=14)
            shade(tb.rows[0].cells[i])
        repeat_header(tb.rows[0])
        for ri, row in enumerate(part, 1):
            for ci, v in enumerate(row):
                if ci == 1:
                    continue
                set_cell(tb.rows[ri].cells[ci], v,
                         TNR if ci == 3 else FS, 10.5, latin=TNR, line=14,
                         align=C if ci in (0, 4) else WD_ALIGN_PARAGRAPH.LEFT)
            clauses.append(row_clause(hdr, row))
        # vertically merged category cells
        start = 1
        for ri in range(2, len(part) + 2):
            if ri == len(part) + 1 or part[ri - 1][1] != part[start - 1][1]:
                cell = tb.cell(start, 1)
                if ri - 1 > start:
                    cell = cell.merge(tb.cell(ri - 1, 1))
                set_cell(cell, part[start - 1][1], KT, 10.5, latin=TNR, line=14)
                start = ri
        col_widths(tb, widths)
        return tb

    list_table(items[:8])
    page_break(doc)
    add_par(doc, [("续表", KT, 14, False)], indent=False, line=20)
    list_table(items[8:])
    note = "注：1.标注“★”的事项可通过陕西政务服务网全程网上办理。2.承诺时限不含申请人补正材料、现场核查及专家评审时间。3.本清单英文译文仅供参考，以中文为准。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)
    add_par(doc, [("Notes: 1. Items marked with \"★\" can be handled fully online via Shaanxi "
                   "Government Service Network. 2. The time limit does not include the time for "
                   "applicants to supplement materials, on-site verification or expert review. "
                   "3. The English translation of this List is for reference only; the Chinese "
                   "version shall prevail.", TNR, 9.5, False)], indent=False, line=12)

    add_par(doc, [("二、服务专员联系方式", HT, 14, False), ("  ", FS, 14, False),
                  ("II. Contacts of Service Specialists", TNR, 12, True)], line=24, before=6,
            after=2)
    hdr2 = ["序号 No.", "服务领域 Service Area", "服务专员 Specialist", "联系电话 Tel",
            "电子邮箱 E-mail"]
    crow = [
        ["1", "企业开办 Business Start-up", "张蕾 Zhang Lei", "029-83368101",
         "zhanglei@xaitlp.gov.cn"],
        ["2", "贸易通关 Trade and Customs", "马俊峰 Ma Junfeng", "029-83368127",
         "majunfeng@xaitlp.gov.cn"],
        ["3", "外籍人士服务 Services for Foreign Nationals", "李娜 Li Na", "029-83368155",
         "lina@xaitlp.gov.cn"],
        ["4", "投诉受理 Complaints", "杜文博 Du Wenbo", "029-83368199",
         "duwenbo@xaitlp.gov.cn"],
    ]
    t2 = doc.add_table(rows=1 + len(crow), cols=5)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr2):
        set_cell(t2.rows[0].cells[i], h, HT, 11, latin=TNR)
        shade(t2.rows[0].cells[i])
    for ri, row in enumerate(crow, 1):
        for ci, v in enumerate(row):
            set_cell(t2.rows[ri].cells[ci], v, FS, 10.5, latin=TNR, line=15)
        clauses.append(row_clause(hdr2, row))
    col_widths(t2, [1.2, 4.4, 2.8, 2.7, 4.8])

    banji(doc, "抄送：陕西省自贸办，西安市商务局，西安海关。",
          "西安国际港务区片区管委会办公室", "2025年12月18日印发", gap=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于印发《西安国际港务区片区外商投资企业和外籍人士服务事项清单（中英文对照版）》的通知",
            "doc_number": "西港片管发〔2025〕47号",
            "issuer": ["中国（陕西）自由贸易试验区西安国际港务区片区管理委员会"],
            "date": "2025-12-18",
            "published": None,
            "level": "municipal",
            "region": "西安市",
            "effective": "2026-01-01",
            "expires": None,
            "attachments": ["西安国际港务区片区外商投资企业和外籍人士服务事项清单（中英文对照版）"],
            "doc_type": "通知",
            "recipients": ["片区各部门", "各园区管理办公室", "各驻区单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_qinzhou(), doc_ningbo(), doc_xian()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
