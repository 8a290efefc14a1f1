# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 603: bilingual (中英文对照) FTZ notices / service guides for foreign investors."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)
EN_FONT = "Times New Roman"


# ---------------------------------------------------------------- helpers
def set_font(run, cn="仿宋_GB2312", size=16, bold=False, italic=False, color=None, en=EN_FONT):
    run.font.name = en
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), cn)
    rfonts.set(qn("w:ascii"), en)
    rfonts.set(qn("w:hAnsi"), en)
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent_chars=0, size=16, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent_chars:
        pf.first_line_indent = Pt(size * indent_chars)
    return p


def para(doc, text="", cn="仿宋_GB2312", size=16, bold=False, italic=False, align=None,
         indent=2, line=28, color=None, en=EN_FONT, before=0, after=0):
    p = doc.add_paragraph()
    fmt(p, align, indent, size, line, before, after)
    if text:
        set_font(p.add_run(text), cn, size, bold, italic, color, en)
    return p


def red_rule(doc):
    p = doc.add_paragraph()
    fmt(p, line=12)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "18")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "FF0000")
    bdr.append(b)
    ppr.append(bdr)
    return p


def page_numbers(doc):
    for sec in doc.sections:
        sec.page_height = Cm(29.7)
        sec.page_width = Cm(21.0)
        sec.top_margin = Cm(3.7)
        sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(fp.add_run("— "), "宋体", 14)
        r = fp.add_run()
        set_font(r, "宋体", 14)
        for tag, txt in (("begin", None), (None, " PAGE "), ("end", None)):
            if tag:
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), tag)
                r._r.append(fc)
            else:
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = txt
                r._r.append(it)
        set_font(fp.add_run(" —"), "宋体", 14)


def cell_text(cell, lines, sizes, italics, bold=False, cn="仿宋_GB2312", soft_break=False):
    """lines: list of strings. soft_break=True puts them in one paragraph with <w:br/>."""
    cell.text = ""
    p = cell.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, sizes[0], 20)
    for i, (t, s, it) in enumerate(zip(lines, sizes, italics)):
        if i > 0:
            if soft_break:
                p.runs[-1].add_break()
            else:
                p = cell.add_paragraph()
                fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, s, 20)
        set_font(p.add_run(t), cn if i == 0 else "仿宋_GB2312", s, bold and i == 0, it)


def set_table_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblPr.append(borders)


class Doc:
    """Wraps a python-docx Document and collects the answer-key clauses."""

    def __init__(self):
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = EN_FONT
        st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
        st.font.size = Pt(16)
        self.clauses = []

    # Chinese clause paragraph (optionally run-in heading), followed by English
    def cn(self, text, head=None, head_font="黑体", clause=True, indent=2):
        p = para(self.d, "", indent=indent)
        if head:
            set_font(p.add_run(head), head_font, 16, bold=(head_font != "黑体"))
        set_font(p.add_run(text), "仿宋_GB2312", 16)
        if clause:
            self.clauses.append((head or "") + text)
        return p

    def en(self, text, size=14, italic=True, indent=2, head=None):
        p = para(self.d, "", size=size, indent=indent, line=22 if size >= 14 else (20 if size >= 12 else 18))
        if head:
            set_font(p.add_run(head), "仿宋_GB2312", size, bold=True, italic=italic)
        set_font(p.add_run(text), "仿宋_GB2312", size, italic=italic)
        return p

    def heading(self, cn_text, en_text, en_size=14, en_italic=True):
        para(self.d, cn_text, cn="黑体", indent=2)
        para(self.d, en_text, size=en_size, bold=True, italic=en_italic, indent=2,
             line=22 if en_size >= 14 else 20)

    def blank(self, n=1):
        for _ in range(n):
            para(self.d, "", indent=0)

    def table(self, header, rows, soft_break=False, header_two_line=False,
              en_size=10.5, en_italic=True):
        """header: [(cn,en)...]; rows: [[(cn,en or None)...]...]"""
        t = self.d.add_table(rows=1 + len(rows), cols=len(header))
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        set_table_borders(t)
        widths = [Cm(5.2), Cm(6.4), Cm(3.8)]
        for i, (c, e) in enumerate(header):
            cell = t.rows[0].cells[i]
            cell.width = widths[i]
            if header_two_line:
                cell_text(cell, [c, e], [12, 10.5], [False, False], bold=True, cn="黑体")
            else:
                cell_text(cell, [c + " " + e], [12], [False], bold=True, cn="黑体")
        for r, row in enumerate(rows, start=1):
            parts = []
            for i, (c, e) in enumerate(row):
                cell = t.rows[r].cells[i]
                cell.width = widths[i]
                if e:
                    cell_text(cell, [c, e], [12, en_size], [False, en_italic], soft_break=soft_break)
                else:
                    cell_text(cell, [c], [12], [False])
                parts.append(header[i][0] + "：" + c)
            self.clauses.append("；".join(parts))
        return t

    def save(self, path):
        page_numbers(self.d)
        self.d.save(path)


# ---------------------------------------------------------------- doc A: 南沙 公告
def doc_nansha():
    D = Doc()
    d = D.d
    para(d, "中国（广东）自由贸易试验区广州南沙新区片区管理委员会", cn="方正小标宋简体", size=18,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=36, color=RED)
    para(d, "Administrative Committee of Guangzhou Nansha New Area, China (Guangdong) Pilot Free Trade Zone",
         size=11, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=18, color=RED, bold=True)
    para(d, "", indent=0)
    para(d, "南沙自贸〔2025〕15号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    red_rule(d)
    para(d, "", indent=0)
    # title split over two paragraphs, then English title
    para(d, "中国（广东）自由贸易试验区广州南沙新区片区管理委员会", cn="方正小标宋简体", size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=36)
    para(d, "关于进一步优化外商投资企业服务的公告", cn="方正小标宋简体", size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=36)
    para(d, "Announcement of the Administrative Committee of Guangzhou Nansha New Area, "
            "China (Guangdong) Pilot Free Trade Zone on Further Optimizing Services for "
            "Foreign-Invested Enterprises", size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=0, line=22)
    para(d, "", indent=0)

    D.cn("为深入贯彻《中华人民共和国外商投资法》及其实施条例，落实《国务院关于进一步优化外商投资环境"
         "加大吸引外商投资力度的意见》（国发〔2023〕11号）要求，持续打造市场化、法治化、国际化一流营商环境，"
         "现就进一步优化中国（广东）自由贸易试验区广州南沙新区片区（以下简称南沙片区）外商投资企业服务"
         "有关事项公告如下：")
    D.en("In order to implement the Foreign Investment Law of the People's Republic of China and its "
         "Implementing Regulations, and the Opinions of the State Council on Further Optimizing the "
         "Foreign Investment Environment and Intensifying Efforts to Attract Foreign Investment "
         "(Guo Fa [2023] No. 11), and to continuously build a market-oriented, law-based and "
         "internationalized first-class business environment, the relevant matters concerning further "
         "optimizing services for foreign-invested enterprises in Guangzhou Nansha New Area of China "
         "(Guangdong) Pilot Free Trade Zone (hereinafter referred to as the \"Nansha Area\") are hereby "
         "announced as follows:")

    D.heading("一、适用范围", "I. Scope of Application")
    D.cn("本公告适用于在南沙片区依法设立的外商投资企业和拟在南沙片区投资的外国投资者。香港特别行政区、"
         "澳门特别行政区和台湾地区投资者在南沙片区投资的，参照本公告执行。")
    D.en("This Announcement applies to foreign-invested enterprises lawfully established in the Nansha "
         "Area and foreign investors intending to invest in the Nansha Area. Investments made in the "
         "Nansha Area by investors from the Hong Kong SAR, the Macao SAR and the Taiwan region shall be "
         "handled with reference to this Announcement.")

    D.heading("二、服务措施", "II. Service Measures")
    D.cn("在南沙区政务服务中心设立外商投资一站式服务专窗，集中受理外商投资企业设立、变更、注销登记及"
         "外汇登记、税务登记等事项，提供中英文双语咨询和帮办代办服务。",
         head="（一）设立外商投资一站式服务专窗。", head_font="楷体_GB2312")
    D.en("A one-stop service window for foreign investment will be set up at the Nansha District "
         "Government Service Center to handle, in a centralized manner, the establishment, change and "
         "deregistration of foreign-invested enterprises as well as foreign exchange registration and "
         "tax registration, and to provide bilingual (Chinese-English) consultation and assisted "
         "application services.", head="(1) Setting up a one-stop service window for foreign investment. ")
    D.cn("外国投资者可通过“南沙跨境通办”平台在线提交申请材料。境外形成的公文书属于《取消外国公文书"
         "认证要求的公约》适用范围的，可凭附加证明书办理，无需再办理领事认证。",
         head="（二）推行“跨境通办”。", head_font="楷体_GB2312")
    D.en("Foreign investors may submit application materials online through the \"Nansha Cross-Border "
         "Services\" platform. Public documents produced abroad that fall within the scope of the "
         "Convention Abolishing the Requirement of Legalisation for Foreign Public Documents may be "
         "used with an apostille, without consular legalisation.",
         head="(2) Promoting cross-border services. ")
    D.cn("对总投资额5000万美元以上的外资项目，由南沙片区管委会指定首席服务官，实行“一企一策、全程跟踪”服务。",
         head="（三）建立重点外资项目首席服务官制度。", head_font="楷体_GB2312")
    D.en("For foreign-invested projects with a total investment of USD 50 million or more, the "
         "Administrative Committee of the Nansha Area will designate a chief service officer and provide "
         "tailored, whole-process follow-up services.",
         head="(3) Establishing a chief service officer system for key foreign-invested projects. ")
    # quirk: English joined to the Chinese paragraph by a soft line break
    p = D.cn("为外商投资企业的外籍高管和技术人员办理工作许可、居留许可提供“一窗受理、并联审批”服务，"
             "符合条件的可申请最长5年有效期的居留许可。",
             head="（四）便利跨境人员往来。", head_font="楷体_GB2312")
    p.runs[-1].add_break()
    set_font(p.add_run("(4) Facilitating cross-border travel of personnel. "), "仿宋_GB2312", 14,
             bold=True, italic=True)
    set_font(p.add_run("Single-window acceptance and parallel approval will be provided for work permits "
                       "and residence permits of foreign executives and technical staff of foreign-invested "
                       "enterprises; eligible applicants may apply for residence permits valid for up to "
                       "5 years."), "仿宋_GB2312", 14, italic=True)
    D.cn("外商投资企业在广州南沙综合保税区开展跨境电商、保税维修、保税研发等业务的，可按规定享受相关"
         "支持政策。",
         head="（五）支持跨境电商和综合保税区业务发展。", head_font="楷体_GB2312")
    D.en("Foreign-invested enterprises carrying out cross-border e-commerce, bonded maintenance, bonded "
         "R&D and other businesses in Guangzhou Nansha Comprehensive Bonded Zone may enjoy relevant "
         "support policies in accordance with applicable provisions.",
         head="(5) Supporting cross-border e-commerce and comprehensive bonded zone businesses. ")

    D.heading("三、投诉受理", "III. Complaint Handling")
    D.cn("外商投资企业认为行政机关及其工作人员的行政行为侵犯其合法权益的，可向南沙片区外商投资企业投诉"
         "工作机构提出投诉，也可填写《外商投资企业投诉登记表（中英文）》（见附件）提交。投诉工作机构原则上"
         "自受理之日起30个工作日内办结。")
    D.en("A foreign-invested enterprise that considers that an administrative act of an administrative "
         "organ or its staff infringes upon its lawful rights and interests may file a complaint with the "
         "complaint handling agency for foreign-invested enterprises of the Nansha Area, or submit the "
         "Complaint Registration Form for Foreign-Invested Enterprises (Chinese-English) (see Annex). The "
         "complaint handling agency shall in principle conclude the complaint within 30 working days "
         "from the date of acceptance.")

    D.heading("四、办理地点及联系方式", "IV. Service Locations and Contacts")
    D.cn("各服务事项办理地点及联系电话如下：")
    D.en("The locations and telephone numbers of the services are as follows:")
    D.table(
        [("服务事项", "Service"), ("办理地点", "Location"), ("联系电话", "Tel")],
        [
            [("外商投资企业设立、变更登记", "Establishment and Change Registration of FIEs"),
             ("南沙区政务服务中心A区12号窗口", "Window 12, Zone A, Nansha District Government Service Center"),
             ("020-39079101", None)],
            [("外国人来华工作许可", "Work Permits for Foreigners"),
             ("南沙区政务服务中心B区5号窗口", "Window 5, Zone B, Nansha District Government Service Center"),
             ("020-39079102", None)],
            [("外商投资企业投诉受理", "FIE Complaints"),
             ("南沙区商务局外资科", "Foreign Investment Division, Nansha District Commerce Bureau"),
             ("020-39079103", None)],
            [("跨境电商及综合保税区业务咨询", "Cross-Border E-Commerce and Bonded Zone Enquiries"),
             ("广州南沙综合保税区企业服务中心", "Enterprise Service Center, Guangzhou Nansha Comprehensive Bonded Zone"),
             ("020-39079104", None)],
        ],
        header_two_line=False, en_size=10.5, en_italic=True)
    para(d, "", indent=0)

    D.heading("五、其他", "V. Miscellaneous")
    D.cn("本公告自2025年12月1日起施行，有效期至2028年11月30日。《广州南沙新区片区管理委员会关于外商投资企业"
         "“一站式”服务的公告》（南沙自贸〔2022〕9号）同时废止。")
    D.en("This Announcement shall come into force on 1 December 2025 and remain valid until 30 November "
         "2028. The Announcement of the Administrative Committee of Guangzhou Nansha New Area on "
         "\"One-Stop\" Services for Foreign-Invested Enterprises (Nansha Zimao [2022] No. 9) shall be "
         "repealed simultaneously.")
    D.cn("本公告中英文文本如有歧义，以中文文本为准。")
    D.en("In case of any discrepancy between the Chinese and English versions of this Announcement, the "
         "Chinese version shall prevail.")
    D.cn("特此公告。")
    D.en("Hereby announced.")
    para(d, "", indent=0)
    # 附件 list (not clauses)
    para(d, "附件：外商投资企业投诉登记表（中英文）", indent=2)
    para(d, "Annex: Complaint Registration Form for Foreign-Invested Enterprises (Chinese-English)",
         size=14, italic=True, indent=2, line=22)
    D.blank(2)
    # 落款 bilingual, right aligned
    para(d, "中国（广东）自由贸易试验区广州南沙新区片区管理委员会", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    para(d, "Administrative Committee of Guangzhou Nansha New Area,", size=12, italic=True,
         align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, line=20)
    para(d, "China (Guangdong) Pilot Free Trade Zone", size=12, italic=True,
         align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, line=20)
    para(d, "2025年11月18日          ", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    para(d, "18 November 2025          ", size=12, italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT,
         indent=0, line=20)
    para(d, "", indent=0)
    para(d, "（此件公开发布）", indent=2)
    para(d, "(This document is released to the public.)", size=12, italic=True, indent=2, line=20)

    meta = {
        "title": "中国（广东）自由贸易试验区广州南沙新区片区管理委员会关于进一步优化外商投资企业服务的公告",
        "doc_number": "南沙自贸〔2025〕15号",
        "issuer": ["中国（广东）自由贸易试验区广州南沙新区片区管理委员会"],
        "date": "2025-11-18",
        "published": None,
        "level": "zone",
        "region": "中国（广东）自由贸易试验区广州南沙新区片区",
        "effective": "2025-12-01",
        "expires": "2028-11-30",
        "attachments": ["外商投资企业投诉登记表（中英文）"],
        "doc_type": "公告",
        "recipients": [],
        "publicity": "此件公开发布",
        "repeals": "《广州南沙新区片区管理委员会关于外商投资企业“一站式”服务的公告》（南沙自贸〔2022〕9号）",
    }
    return D, meta


# ---------------------------------------------------------------- doc B: 前海蛇口 服务指南
def doc_qianhai():
    D = Doc()
    d = D.d
    para(d, "", indent=0)
    para(d, "前海蛇口自贸片区外商投资企业服务指南", cn="方正小标宋简体", size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=36)
    para(d, "（2026年版）", cn="楷体_GB2312", size=16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    para(d, "Service Guide for Foreign-Invested Enterprises in Qianhai & Shekou Area of",
         size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=22)
    para(d, "China (Guangdong) Pilot Free Trade Zone (2026 Edition)",
         size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=22)
    para(d, "", indent=0)

    def en(t):  # smaller, upright English
        D.en(t, size=12, italic=False)

    def h(c, e):
        D.heading(c, e, en_size=12, en_italic=False)

    D.cn("为便利外国投资者和外商投资企业（以下简称外资企业）在中国（广东）自由贸易试验区深圳前海蛇口片区"
         "（以下简称前海蛇口片区）投资兴业，前海蛇口片区管理委员会编制本指南，供参考使用。本指南所列事项"
         "如遇法律法规和政策调整，以最新规定为准。")
    en("To facilitate investment and business operations by foreign investors and foreign-invested "
       "enterprises (hereinafter referred to as \"FIEs\") in Qianhai & Shekou Area of China (Guangdong) "
       "Pilot Free Trade Zone (hereinafter referred to as the \"Qianhai & Shekou Area\"), the "
       "Administrative Committee of the Qianhai & Shekou Area has compiled this Guide for reference. "
       "Where laws, regulations or policies are adjusted, the latest provisions shall prevail.")

    h("一、企业设立", "I. Company Establishment")
    D.cn("外商投资准入实行准入前国民待遇加负面清单管理制度。外国投资者投资《外商投资准入特别管理措施"
         "（负面清单）》以外领域的，按照内外资一致原则办理。", head="1.准入管理。", head_font="仿宋_GB2312")
    en("1. Market access. Pre-establishment national treatment plus a negative list applies to foreign "
       "investment. Foreign investment in sectors outside the Special Administrative Measures (Negative "
       "List) for Foreign Investment Access is handled on the same basis as domestic investment.")
    D.cn("外国投资者可通过深圳市商事主体登记及备案信息系统在线申请企业设立登记，材料齐全、符合法定形式的，"
         "原则上1个工作日内办结。", head="2.登记办理。", head_font="仿宋_GB2312")
    en("2. Registration. Foreign investors may apply online for company registration through the "
       "Shenzhen Commercial Entity Registration and Filing Information System. Where the materials are "
       "complete and in the statutory form, registration is in principle completed within 1 working day.")
    D.cn("外资企业应按照《外商投资信息报告办法》通过国家企业信用信息公示系统报送投资信息，无需另行向商务"
         "主管部门报送。", head="3.信息报告。", head_font="仿宋_GB2312")
    en("3. Information reporting. FIEs shall submit investment information through the National "
       "Enterprise Credit Information Publicity System in accordance with the Measures for Foreign "
       "Investment Information Reporting, with no separate submission to the commerce authorities.")
    para(d, "", indent=0)

    h("二、跨境金融", "II. Cross-Border Finance")
    D.cn("符合条件的外资跨国公司可在前海蛇口片区开展本外币一体化资金池业务，集中管理境内外成员企业资金。",
         head="1.跨境资金池。", head_font="仿宋_GB2312")
    en("1. Cross-border cash pooling. Eligible foreign multinational companies may operate integrated "
       "RMB and foreign currency cash pools in the Qianhai & Shekou Area to centrally manage funds of "
       "domestic and overseas member companies.")
    D.cn("符合条件的高新技术企业可在不超过等值1000万美元额度内自主借用外债。",
         head="2.外债便利化。", head_font="仿宋_GB2312")
    en("2. Foreign debt facilitation. Eligible high-tech enterprises may independently borrow foreign "
       "debt within a quota equivalent to USD 10 million.")
    D.cn("外资企业办理跨境人民币结算可享受以下便利：", head="3.跨境人民币结算。", head_font="仿宋_GB2312")
    en("3. Cross-border RMB settlement. FIEs may enjoy the following facilitation measures for "
       "cross-border RMB settlement:")
    D.cn("（1）优质企业货物贸易项下可凭收付款指令直接办理资金收付；")
    en("(1) For trade in goods, high-quality enterprises may receive and make payments directly on the "
       "basis of their payment instructions;")
    D.cn("（2）服务贸易项下可凭交易电子信息办理，无需逐笔提交纸质单证。")
    en("(2) For trade in services, settlement may be handled on the basis of electronic transaction "
       "information without submitting paper documents for each transaction.")
    para(d, "", indent=0)

    h("三、人才服务", "III. Talent Services")
    D.cn("外资企业聘用的外籍人员可在前海国际人才服务中心办理工作许可和居留许可，实行“一窗受理、一次办结”。",
         head="1.工作和居留许可。", head_font="仿宋_GB2312")
    en("1. Work and residence permits. Foreign employees of FIEs may apply for work permits and "
       "residence permits at the Qianhai International Talent Service Center on a single-window, "
       "one-visit basis.")
    D.cn("符合条件的香港、澳门专业人士经备案后可在前海蛇口片区执业，涉及建筑、规划、会计、税务等领域。",
         head="2.港澳专业人士执业。", head_font="仿宋_GB2312")
    en("2. Practice by Hong Kong and Macao professionals. Eligible professionals from Hong Kong and Macao "
       "may practise in the Qianhai & Shekou Area after filing, in fields such as construction, planning, "
       "accounting and taxation.")
    para(d, "", indent=0)

    h("四、物流与贸易", "IV. Logistics and Trade")
    D.cn("外资企业可在深圳前海综合保税区开展保税物流、国际中转集拼、跨境电商等业务。",
         head="1.综合保税区业务。", head_font="仿宋_GB2312")
    en("1. Comprehensive bonded zone business. FIEs may carry out bonded logistics, international "
       "transshipment and consolidation, cross-border e-commerce and other businesses in Shenzhen "
       "Qianhai Comprehensive Bonded Zone.")
    D.cn("外资企业可通过中欧班列运输货物至欧洲及中亚地区，享受“铁路快通”模式通关便利。",
         head="2.中欧班列。", head_font="仿宋_GB2312")
    en("2. China-Europe Railway Express. FIEs may ship goods to Europe and Central Asia by the "
       "China-Europe Railway Express and enjoy customs clearance facilitation under the \"fast railway "
       "clearance\" model.")
    para(d, "", indent=0)

    h("五、咨询服务", "V. Enquiries")
    D.cn("外资企业可通过下列服务窗口咨询办理有关事项：")
    en("FIEs may consult or handle relevant matters at the following service windows:")
    D.table(
        [("服务事项", "Service"), ("办理地点", "Location"), ("联系电话", "Tel")],
        [
            [("企业登记注册", "Company Registration"),
             ("前海e站通服务中心一楼综合窗口", "General Window, 1/F, Qianhai E-Station Service Center"),
             ("0755-88986001", None)],
            [("跨境金融咨询", "Cross-Border Finance Enquiries"),
             ("前海蛇口片区金融服务中心", "Financial Service Center of the Qianhai & Shekou Area"),
             ("0755-88986002", None)],
            [("工作和居留许可", "Work and Residence Permits"),
             ("前海国际人才服务中心", "Qianhai International Talent Service Center"),
             ("0755-88986003", None)],
            [("外资企业投诉", "FIE Complaints"),
             ("前海蛇口片区管委会投资促进处", "Investment Promotion Division, Administrative Committee"),
             ("0755-88986004", None)],
        ],
        header_two_line=True, en_size=10.5, en_italic=False)
    para(d, "", indent=0)
    D.cn("本指南由前海蛇口片区管理委员会负责解释。")
    en("The Administrative Committee of the Qianhai & Shekou Area is responsible for the interpretation "
       "of this Guide.")
    D.blank(2)
    # 落款 aligned with manual spaces (no right alignment)
    para(d, "                        中国（广东）自由贸易试验区", indent=0)
    para(d, "                        深圳前海蛇口片区管理委员会", indent=0)
    para(d, "                  Administrative Committee of Qianhai & Shekou Area,", size=12, indent=0, line=20)
    para(d, "                  China (Guangdong) Pilot Free Trade Zone", size=12, indent=0, line=20)
    para(d, "                              2026年1月15日", indent=0)
    para(d, "                                         15 January 2026", size=12, indent=0, line=20)

    meta = {
        "title": "前海蛇口自贸片区外商投资企业服务指南（2026年版）",
        "doc_number": None,
        "issuer": ["中国（广东）自由贸易试验区深圳前海蛇口片区管理委员会"],
        "date": "2026-01-15",
        "published": None,
        "level": "zone",
        "region": "中国（广东）自由贸易试验区深圳前海蛇口片区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "指南",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return D, meta


# ---------------------------------------------------------------- doc C: 厦门 公告
def doc_xiamen():
    D = Doc()
    d = D.d
    para(d, "中国（福建）自由贸易试验区厦门片区管理委员会", cn="方正小标宋简体", size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=36, color=RED)
    para(d, "厦自贸委〔2026〕8号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, before=12)
    red_rule(d)
    para(d, "", indent=0)
    para(d, "中国（福建）自由贸易试验区厦门片区管理委员会关于做好2026年度外商投资企业跨境贸易便利化服务的公告",
         cn="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=36)
    p = para(d, "Announcement of the Administrative Committee of Xiamen Area of China (Fujian) Pilot Free "
                "Trade Zone on Providing Cross-Border Trade Facilitation Services", size=13, italic=True,
             bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=22)
    p.runs[-1].add_break()
    set_font(p.add_run("to Foreign-Invested Enterprises in 2026"), "仿宋_GB2312", 13, bold=True, italic=True)
    para(d, "", indent=0)

    def en_i(t, head=None):  # italic, normal size
        D.en(t, size=14, italic=True, head=head)

    def en_s(t, head=None):  # smaller, upright
        D.en(t, size=11, italic=False, head=head)

    D.cn("为支持外商投资企业用好中欧（厦门）班列、跨境电商和综合保税区等开放平台，进一步提升跨境贸易"
         "便利化水平，现将有关事项公告如下：")
    en_i("To support foreign-invested enterprises in making good use of opening-up platforms such as "
         "the China-Europe (Xiamen) Railway Express, cross-border e-commerce and comprehensive bonded "
         "zones, and to further facilitate cross-border trade, the relevant matters are hereby announced "
         "as follows:")
    D.cn("在中国（福建）自由贸易试验区厦门片区（以下简称厦门片区）依法登记注册、开展进出口业务的外商投资企业。",
         head="一、服务对象。", head_font="黑体")
    en_s("Foreign-invested enterprises lawfully registered in Xiamen Area of China (Fujian) Pilot Free "
         "Trade Zone (hereinafter referred to as the \"Xiamen Area\") and engaged in import and export "
         "business.", head="I. Eligible enterprises. ")
    D.cn("厦门片区管委会会同厦门海关、厦门市商务局等单位，为外商投资企业提供以下服务：",
         head="二、服务内容。", head_font="黑体")
    en_s("The Administrative Committee of the Xiamen Area, together with Xiamen Customs, Xiamen "
         "Municipal Bureau of Commerce and other entities, will provide the following services to "
         "foreign-invested enterprises:", head="II. Services. ")
    D.cn("依托中欧（厦门）班列，推行铁路运输单证“一单到底”，外商投资企业可凭铁路运单办理货物融资。",
         head="（一）中欧班列“一单制”服务。", head_font="楷体_GB2312")
    en_i("Relying on the China-Europe (Xiamen) Railway Express, a single through railway transport "
         "document will be promoted, and foreign-invested enterprises may obtain cargo financing on the "
         "basis of railway waybills.", head="(1) Single-document service for the China-Europe Railway Express. ")
    D.cn("指导外商投资企业办理跨境电商出口海外仓（9810）模式备案，对新设海外仓的企业提供政策咨询。",
         head="（二）跨境电商出口海外仓备案指导。", head_font="楷体_GB2312")
    en_i("Guidance will be given to foreign-invested enterprises on filing for the cross-border "
         "e-commerce export overseas warehouse (9810) model, and policy consultation will be provided to "
         "enterprises setting up new overseas warehouses.",
         head="(2) Guidance on overseas warehouse filing for cross-border e-commerce exports. ")
    D.cn("对在厦门象屿综合保税区、厦门海沧港综合保税区开展保税研发、保税维修和保税展示交易的外商投资企业，"
         "提供“一对一”业务辅导。", head="（三）综合保税区业务辅导。", head_font="楷体_GB2312")
    en_i("One-on-one business coaching will be provided to foreign-invested enterprises carrying out "
         "bonded R&D, bonded maintenance and bonded exhibition and trading in Xiamen Xiangyu "
         "Comprehensive Bonded Zone and Xiamen Haicang Port Comprehensive Bonded Zone.",
         head="(3) Business coaching in comprehensive bonded zones. ")
    D.cn("外商投资企业可通过国际贸易“单一窗口”申领RCEP原产地证书，实行智能审核、自助打印。",
         head="（四）RCEP原产地证书便利申领。", head_font="楷体_GB2312")
    en_i("Foreign-invested enterprises may apply for RCEP certificates of origin through the "
         "International Trade \"Single Window\", with intelligent review and self-service printing.",
         head="(4) Facilitated application for RCEP certificates of origin. ")
    D.cn("各项服务办理地点及联系电话见下表：")
    en_s("Locations and telephone numbers of the services are shown in the table below:")
    D.table(
        [("服务事项", "Service"), ("办理地点", "Location"), ("联系电话", "Tel")],
        [
            [("中欧班列“一单制”服务", "Single-Document Service for the China-Europe Railway Express"),
             ("厦门片区管委会经济发展局", "Economic Development Bureau of the Xiamen Area"),
             ("0592-6899011", None)],
            [("跨境电商出口海外仓备案", "Overseas Warehouse Filing"),
             ("厦门海关综合业务处", "Comprehensive Affairs Division, Xiamen Customs"),
             ("0592-6899012", None)],
            [("综合保税区业务辅导", "Bonded Zone Business Coaching"),
             ("厦门象屿综合保税区服务中心", "Service Center, Xiamen Xiangyu Comprehensive Bonded Zone"),
             ("0592-6899013", None)],
            [("RCEP原产地证书申领", "RCEP Certificates of Origin"),
             ("厦门市国际贸易单一窗口服务大厅", "Service Hall, Xiamen International Trade Single Window"),
             ("0592-6899014", None)],
        ],
        soft_break=True, en_size=9, en_italic=True)
    para(d, "", indent=0)
    D.cn("有服务需求的外商投资企业，请于2026年3月31日前填写《外商投资企业跨境贸易服务需求表》（附件1），"
         "通过厦门片区“一站式”政务服务平台在线提交。", head="三、申请方式。", head_font="黑体")
    en_s("Foreign-invested enterprises in need of the services are requested to fill in the Service "
         "Demand Form for Cross-Border Trade of Foreign-Invested Enterprises (Annex 1) and submit it "
         "online via the one-stop government service platform of the Xiamen Area before 31 March 2026.",
         head="III. Application. ")
    D.cn("本公告自2026年2月10日起施行，有效期至2026年12月31日。本公告由厦门片区管委会经济发展局负责解释。",
         head="四、其他事项。", head_font="黑体")
    en_s("This Announcement shall come into force on 10 February 2026 and remain valid until 31 December "
         "2026. The Economic Development Bureau of the Administrative Committee of the Xiamen Area is "
         "responsible for its interpretation.", head="IV. Other matters. ")
    D.cn("联系人：林先生，电话：0592-6899001；黄女士，电话：0592-6899002。")
    en_s("Contacts: Mr. Lin, Tel: 0592-6899001; Ms. Huang, Tel: 0592-6899002.")
    para(d, "", indent=0)
    # 附件 list, second item aligned by manual spaces
    para(d, "附件：1.外商投资企业跨境贸易服务需求表", indent=2)
    para(d, "      2.厦门片区跨境贸易服务政策汇编", indent=2)
    para(d, "Annexes: 1. Service Demand Form for Cross-Border Trade of Foreign-Invested Enterprises",
         size=11, indent=2, line=20)
    para(d, "         2. Compilation of Cross-Border Trade Service Policies of the Xiamen Area",
         size=11, indent=2, line=20)
    D.blank(2)
    para(d, "中国（福建）自由贸易试验区厦门片区管理委员会", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    p = para(d, "Administrative Committee of Xiamen Area,", size=11, align=WD_ALIGN_PARAGRAPH.RIGHT,
             indent=0, line=20)
    p.runs[-1].add_break()
    set_font(p.add_run("China (Fujian) Pilot Free Trade Zone"), "仿宋_GB2312", 11)
    para(d, "2026年2月10日        ", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    para(d, "10 February 2026        ", size=11, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, line=20)
    para(d, "（此件公开发布）", indent=2)
    para(d, "(This document is released to the public.)", size=11, italic=True, indent=2, line=20)
    D.blank(3)
    # 版记
    t = d.add_table(rows=2, cols=1)
    tbl_pr = t._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge, sz in (("top", "8"), ("bottom", "8"), ("insideH", "4")):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), sz)
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tbl_pr.append(borders)
    c0 = t.rows[0].cells[0]
    c0.text = ""
    fmt(c0.paragraphs[0], None, 0, 14, 24)
    set_font(c0.paragraphs[0].add_run("抄送：厦门海关，厦门市商务局，厦门市发展和改革委员会。"), "仿宋_GB2312", 14)
    c1 = t.rows[1].cells[0]
    c1.text = ""
    fmt(c1.paragraphs[0], None, 0, 14, 24)
    set_font(c1.paragraphs[0].add_run("厦门片区管委会办公室                2026年2月10日印发"), "仿宋_GB2312", 14)

    meta = {
        "title": "中国（福建）自由贸易试验区厦门片区管理委员会关于做好2026年度外商投资企业跨境贸易便利化服务的公告",
        "doc_number": "厦自贸委〔2026〕8号",
        "issuer": ["中国（福建）自由贸易试验区厦门片区管理委员会"],
        "date": "2026-02-10",
        "published": None,
        "level": "zone",
        "region": "中国（福建）自由贸易试验区厦门片区",
        "effective": "2026-02-10",
        "expires": "2026-12-31",
        "attachments": ["外商投资企业跨境贸易服务需求表", "厦门片区跨境贸易服务政策汇编"],
        "doc_type": "公告",
        "recipients": [],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return D, meta


def main():
    expected = {}
    lo_profile = "-env:UserInstallation=file:///tmp/lo_603"
    for stem, fn in (("blind603_nansha_gonggao", doc_nansha),
                     ("blind603_qianhai_zhinan", doc_qianhai),
                     ("blind603_xiamen_gonggao", doc_xiamen)):
        D, meta = fn()
        path = os.path.join(HERE, stem + ".docx")
        D.save(path)
        subprocess.run(["soffice", lo_profile, "--headless", "--convert-to", "pdf",
                        "--outdir", HERE, path], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        expected[stem] = [{"meta": meta, "clauses": D.clauses}]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
