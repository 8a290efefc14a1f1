# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 379: bilingual (Chinese-English) zone documents for investors.

Writes next to itself:
  blind379_nansha_zhinan.docx / .pdf   two-column investment guide (layout tables)
  blind379_qianhai_wenda.docx / .pdf   policy Q&A, Chinese paragraph then English paragraph
  blind379_xiamen_tongzhi.docx / .pdf  red-header notice + bilingual measures it issues
  expected.json
"""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
SB = "\x0b"  # marker for a soft line break (Shift+Enter) inside a paragraph

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
TNR = "Times New Roman"
RED = RGBColor(0xFF, 0x00, 0x00)


# ----------------------------------------------------------------- helpers
def set_font(run, cn=FS, en=TNR, size=16, bold=False, italic=False, color=None):
    run.font.name = en
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic
    if color is not None:
        run.font.color.rgb = color
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml("<w:rFonts %s/>" % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), en)
    rfonts.set(qn("w:hAnsi"), en)
    rfonts.set(qn("w:eastAsia"), cn)


def fmt(p, align=None, first=None, left=None, before=0, after=0, line=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line is not None:
        pf.line_spacing = Pt(line)


def write(p, text, **kw):
    """Write text into paragraph p; SB splits it with soft line breaks."""
    parts = text.split(SB)
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, **kw)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def runs(p, pieces):
    """pieces: list of (text, kw) -> several runs in one paragraph."""
    for text, kw in pieces:
        write(p, text, **kw)
    return p


def clause_text(text):
    return text.replace(SB, "")


def border_bottom(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), sz, color)))


def border_tb(p, top=True, bottom=True, sz=6):
    ppr = p._p.get_or_add_pPr()
    inner = ""
    if top:
        inner += '<w:top w:val="single" w:sz="%d" w:space="1" w:color="000000"/>' % sz
    if bottom:
        inner += '<w:bottom w:val="single" w:sz="%d" w:space="1" w:color="000000"/>' % sz
    ppr.append(parse_xml("<w:pBdr %s>%s</w:pBdr>" % (nsdecls("w"), inner)))


def page_setup(doc, top=3.7, bottom=3.5, left=2.8, right=2.6):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(top)
        s.bottom_margin = Cm(bottom)
        s.left_margin = Cm(left)
        s.right_margin = Cm(right)


def page_numbers(doc, left="— ", right=" —", size=14):
    for s in doc.sections:
        p = s.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(left)
        set_font(r, cn="宋体", en="宋体", size=size)
        r = p.add_run()
        set_font(r, cn="宋体", en="宋体", size=size)
        r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
        r = p.add_run()
        set_font(r, cn="宋体", en="宋体", size=size)
        it = parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w"))
        r._r.append(it)
        r = p.add_run()
        set_font(r, cn="宋体", en="宋体", size=size)
        r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
        r = p.add_run("1")
        set_font(r, cn="宋体", en="宋体", size=size)
        r = p.add_run()
        set_font(r, cn="宋体", en="宋体", size=size)
        r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
        r = p.add_run(right)
        set_font(r, cn="宋体", en="宋体", size=size)


def set_cell_width(cell, cm):
    cell.width = Cm(cm)
    tcpr = cell._tc.get_or_add_tcPr()
    w = tcpr.find(qn("w:tcW"))
    if w is None:
        w = parse_xml('<w:tcW %s/>' % nsdecls("w"))
        tcpr.append(w)
    w.set(qn("w:w"), str(int(cm * 567)))
    w.set(qn("w:type"), "dxa")


def cell_para(cell, first_used):
    """Return a paragraph in the cell: the built-in empty one first, then new ones."""
    if not first_used[0]:
        first_used[0] = True
        return cell.paragraphs[0]
    return cell.add_paragraph()


def chinese_num(n):
    d = "零一二三四五六七八九十"
    if n <= 10:
        return d[n]
    if n < 20:
        return "十" + d[n - 10]
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


class Numbering:
    """Word automatic numbering '（一）' (chineseCounting) with restart per list."""

    def __init__(self, doc):
        self.numbering = doc.part.numbering_part.element
        self.abs_id = 379
        absn = parse_xml(
            '<w:abstractNum %s w:abstractNumId="%d">'
            '<w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
            '<w:suff w:val="nothing"/><w:lvlText w:val="（%%1）"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:hint="eastAsia"/>'
            '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>'
            '</w:lvl></w:abstractNum>' % (nsdecls("w"), self.abs_id, FS, FS, FS))
        first_num = self.numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            self.numbering.append(absn)
        self.next_id = 3790

    def new_list(self):
        nid = self.next_id
        self.next_id += 1
        self.numbering.append(parse_xml(
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            % (nsdecls("w"), nid, self.abs_id)))
        return nid

    @staticmethod
    def apply(p, nid):
        ppr = p._p.get_or_add_pPr()
        ppr.insert(0, parse_xml(
            '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), nid)))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def convert_pdf(docx_path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_379", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None,
                level=None, region=None, effective=None, expires=None, attachments=[],
                doc_type=None, recipients=[], publicity=None, repeals=None)
    base.update(kw)
    return base


# ============================================================ document 1
# 南沙 foreign investment guide, two-column layout table (left Chinese, right English)
def make_nansha():
    doc = Document()
    page_setup(doc, top=3.0, bottom=2.8, left=2.5, right=2.5)
    clauses = []

    title_cn = "中国（广东）自由贸易试验区广州南沙新区片区外商投资指南（2025年版）"
    title_en = ("Guide to Foreign Investment in Nansha Area of Guangzhou, "
                "China (Guangdong) Pilot Free Trade Zone (2025 Edition)")

    # title typed as two lines with a soft break (office quirk)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, after=6, line=30)
    write(p, "中国（广东）自由贸易试验区广州南沙新区片区" + SB + "外商投资指南（2025年版）",
          cn=XBS, size=20)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)
    write(p, title_en, cn=TNR, size=13, bold=True)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)
    write(p, "广州南沙开发区管理委员会　编印", cn=KT, size=14)
    doc.add_paragraph()  # empty paragraph quirk

    def layout_table(rows):
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for row in rows:
            kind = row[0]
            c = t.add_row().cells
            set_cell_width(c[0], 7.6)
            set_cell_width(c[1], 8.4)
            if kind == "H":
                _, cn, en = row
                p = c[0].paragraphs[0]
                fmt(p, before=3, after=3)
                write(p, cn, cn=HT, size=14)
                p = c[1].paragraphs[0]
                fmt(p, before=3, after=3)
                write(p, en, cn=TNR, size=12, bold=True)
            else:
                _, pairs = row[0], row[1]
                used_l, used_r = [False], [False]
                for cn, en in pairs:
                    if cn is None:  # empty paragraph typed in the cell
                        cell_para(c[0], used_l)
                        continue
                    p = cell_para(c[0], used_l)
                    fmt(p, first=28, line=24, after=3)
                    # run-in heading in bold
                    if cn.startswith("（") and "。" in cn[:16]:
                        head, rest = cn.split("。", 1)
                        runs(p, [(head + "。", dict(cn=KT, size=14, bold=True)),
                                 (rest, dict(cn=FS, size=14))])
                    else:
                        write(p, cn, cn=FS, size=14)
                    clauses.append(clause_text(cn))
                    p = cell_para(c[1], used_r)
                    fmt(p, line=18, after=3, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
                    write(p, en, cn=TNR, size=11)
        return t

    rows1 = [
        ("H", "一、南沙概况", "I. About Nansha"),
        ("P", [
            ("南沙位于广州市最南端、珠江出海口和粤港澳大湾区地理几何中心，陆地面积约803平方公里，方圆100公里范围内汇集了大湾区11座城市。2022年6月，国务院印发《广州南沙深化面向世界的粤港澳全面合作总体方案》，明确将南沙打造成为立足湾区、协同港澳、面向世界的重大战略性平台。",
             "Located at the southernmost tip of Guangzhou, at the mouth of the Pearl River and at the geographic center of the Guangdong-Hong Kong-Macao Greater Bay Area, Nansha covers a land area of about 803 square kilometers, with all 11 cities of the Greater Bay Area within a radius of 100 kilometers. In June 2022, the State Council issued the Overall Plan for Promoting Comprehensive Cooperation among Guangdong, Hong Kong and Macao by Deepening Opening-up in Nansha of Guangzhou, positioning Nansha as a major strategic platform based in the Bay Area, coordinated with Hong Kong and Macao and open to the world."),
            ("中国（广东）自由贸易试验区广州南沙新区片区于2015年4月正式挂牌，实施范围60平方公里。截至2024年底，片区累计形成制度创新成果900余项，其中40余项在全国复制推广。",
             "The Nansha Area of China (Guangdong) Pilot Free Trade Zone was officially inaugurated in April 2015 and covers 60 square kilometers. By the end of 2024, the Area had produced more than 900 institutional innovation outcomes, over 40 of which have been replicated nationwide."),
        ]),
        ("H", "二、市场准入", "II. Market Access"),
        ("P", [
            ("（一）准入前国民待遇加负面清单管理。国家对外商投资实行准入前国民待遇加负面清单管理制度。在自由贸易试验区外商投资准入负面清单以外的领域，按照内外资一致的原则实施管理，外国投资者享有与境内投资者同等的市场准入待遇。",
             "(1) Pre-establishment national treatment plus negative list. China applies pre-establishment national treatment plus a negative list to foreign investment. In fields outside the negative list for foreign investment access in pilot free trade zones, domestic and foreign investment are managed under the same rules, and foreign investors enjoy the same market access treatment as domestic investors."),
        ]),
        ("P", [
            ("（二）企业设立登记。外国投资者可通过“广东政务服务网”或南沙区政务服务中心外商投资综合服务窗口申请设立企业，营业执照、公章刻制、涉税事项、银行预约开户等实行“一表申报、一窗通办”，材料齐全的1个工作日内办结。",
             "(2) Company registration. Foreign investors may apply to establish a company through the Guangdong Government Service Portal or at the foreign investment service window of the Nansha Government Service Center. Business licensing, seal engraving, tax matters and bank account appointments are handled with \"one form and one window\", and complete applications are processed within one working day."),
        ]),
        ("P", [
            ("（三）外商投资信息报告。外国投资者或者外商投资企业通过企业登记系统、国家企业信用信息公示系统报送初始报告、变更报告和年度报告，商务主管部门不再另行办理设立备案。",
             "(3) Foreign investment information reporting. Foreign investors or foreign-invested enterprises submit initial, change and annual reports through the enterprise registration system and the National Enterprise Credit Information Publicity System. No separate establishment filing with the commerce authorities is required."),
            (None, None),  # stray empty paragraph at the end of the cell
        ]),
        ("H", "三、重点产业", "III. Key Industries"),
        ("P", [
            ("（一）先进制造业。重点发展智能网联与新能源汽车、集成电路、高端装备、生物医药等产业，打造具有全球竞争力的先进制造业集群。",
             "(1) Advanced manufacturing. Nansha focuses on intelligent connected and new energy vehicles, integrated circuits, high-end equipment and biomedicine, building advanced manufacturing clusters with global competitiveness."),
            ("（二）航运物流。依托南沙港区和广州南沙综合保税区，大力发展国际中转集拼、冷链物流、跨境电商、飞机船舶融资租赁等业态，支持企业开展“保税+”新业态。",
             "(2) Shipping and logistics. Relying on Nansha Port and Guangzhou Nansha Comprehensive Bonded Zone, Nansha develops international transshipment and consolidation, cold-chain logistics, cross-border e-commerce and aircraft and vessel financial leasing, and supports new \"bonded-plus\" business models."),
        ]),
        ("P", [
            ("（三）科技创新与专业服务。支持外资设立研发中心、开放实验室和检验检测机构，鼓励港澳律师事务所、会计师事务所等专业服务机构在南沙设立" + SB + "分支机构，为企业提供跨境专业服务。",
             "(3) Technological innovation and professional services. Foreign investors are supported in setting up R&D centers, open laboratories and testing institutions, and Hong Kong and Macao law firms, accounting firms and other professional service providers are encouraged to set up branches in Nansha to provide cross-border professional services."),
        ]),
    ]
    layout_table(rows1)

    # data table, Chinese, then the same table in English
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=12, after=6)
    write(p, "表1　南沙区重点产业主要扶持政策", cn=HT, size=14)
    head_cn = ["序号", "产业领域", "主要扶持内容", "最高扶持额度"]
    body_cn = [
        ["1", "先进制造业", "按新引进项目当年实际固定资产投资额给予奖励", "5000万元"],
        ["2", "航运物流", "对新落户的国际航运企业给予落户奖励和经营贡献奖励", "1000万元"],
        ["3", "科技创新", "对新认定的国家级研发机构给予一次性资助", "500万元"],
        ["4", "总部经济", "对新引进的跨国公司地区总部按实缴注册资本给予奖励", "3000万元"],
    ]
    widths = [1.4, 3.0, 8.6, 3.0]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(head_cn):
        c = t.rows[0].cells[i]
        set_cell_width(c, widths[i])
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        write(c.paragraphs[0], h, cn=HT, size=12)
    for row in body_cn:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell_width(cells[i], widths[i])
            if i in (0, 3):
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            write(cells[i].paragraphs[0], v, cn=FS, size=12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(head_cn, row)))

    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=12, after=6)
    write(p, "Table 1  Major Support Policies for Key Industries in Nansha", cn=TNR, size=12, bold=True)
    head_en = ["No.", "Industry", "Main Support", "Maximum Amount"]
    body_en = [
        ["1", "Advanced manufacturing", "Rewards based on the actual fixed-asset investment of newly introduced projects in the year", "RMB 50 million"],
        ["2", "Shipping and logistics", "Settlement rewards and operating contribution rewards for newly registered international shipping companies", "RMB 10 million"],
        ["3", "Technological innovation", "One-off funding for newly recognized national R&D institutions", "RMB 5 million"],
        ["4", "Headquarters economy", "Rewards based on the paid-in registered capital of newly introduced regional headquarters of multinational companies", "RMB 30 million"],
    ]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(head_en):
        c = t.rows[0].cells[i]
        set_cell_width(c, widths[i])
        write(c.paragraphs[0], h, cn=TNR, size=10.5, bold=True)
    for row in body_en:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell_width(cells[i], widths[i])
            write(cells[i].paragraphs[0], v, cn=TNR, size=10.5)

    doc.add_paragraph()

    rows2 = [
        ("H", "四、财税金融", "IV. Taxation and Finance"),
        ("P", [
            ("（一）企业所得税。对设在南沙先行启动区、符合条件的鼓励类产业企业，减按15%的税率征收企业所得税。",
             "(1) Corporate income tax. Eligible enterprises in encouraged industries located in the Nansha Pilot Launch Zone pay corporate income tax at a reduced rate of 15%."),
        ]),
        ("P", [
            ("（二）个人所得税。对在南沙工作的香港、澳门居民，其个人所得税税负超过港澳税负的部分予以免征。",
             "(2) Individual income tax. For Hong Kong and Macao residents working in Nansha, the portion of individual income tax burden exceeding that in Hong Kong or Macao is exempted."),
        ]),
        ("P", [
            ("（三）跨境金融。支持外商投资企业开展跨境人民币结算、本外币一体化资金池、合格境外有限合伙人（QFLP）等业务，便利企业跨境投融资。",
             "(3) Cross-border finance. Foreign-invested enterprises are supported in conducting cross-border RMB settlement, integrated domestic and foreign currency cash pooling and Qualified Foreign Limited Partner (QFLP) business, facilitating cross-border investment and financing."),
        ]),
        ("H", "五、投资服务", "V. Investment Services"),
        ("P", [
            ("（一）专员服务。南沙区对重点外资项目实行“一项目一专班”服务机制，从项目洽谈、落地建设到投产运营提供全流程跟踪服务。",
             "(1) Dedicated service. Nansha assigns a dedicated task force to each key foreign-invested project, providing follow-up services throughout negotiation, construction and operation."),
            ("（二）外商投诉。外商投资企业认为行政机关及其工作人员的行政行为侵犯其合法权益的，可以向南沙区外商投资企业投诉工作机构申请协调解决。",
             "(2) Complaints. A foreign-invested enterprise that believes an administrative act of an administrative organ or its staff infringes its lawful rights and interests may apply to the Nansha complaint center for foreign-invested enterprises for coordination."),
        ]),
        ("P", [
            ("（三）咨询方式。广州市南沙区投资促进局，地址：广州市南沙区凤凰大道1号；" + SB + "咨询电话：020-39098800。",
             "(3) Contact. Investment Promotion Bureau of Nansha District, Guangzhou; Address: No. 1 Fenghuang Avenue, Nansha District, Guangzhou; Tel: +86-20-39098800."),
        ]),
        ("P", [
            ("本指南内容仅供参考，具体以相关法律法规和政策文件规定为准。",
             "This Guide is for reference only. In case of any discrepancy, relevant laws, regulations and policy documents shall prevail."),
        ]),
    ]
    layout_table(rows2)

    # 落款, bilingual, aligned with typed spaces
    doc.add_paragraph()
    for text, kw in [
        ("广州南沙开发区管理委员会", dict(cn=FS, size=15)),
        ("Administrative Committee of Guangzhou Nansha Development Zone", dict(cn=TNR, size=11)),
        ("2025年3月18日", dict(cn=FS, size=15)),
        ("18 March 2025", dict(cn=TNR, size=11)),
    ]:
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT)
        write(p, text + "　　", **kw)

    page_numbers(doc, left="- ", right=" -", size=11)
    stem = "blind379_nansha_zhinan"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    m = meta(title=title_cn, doc_number=None, issuer=["广州南沙开发区管理委员会"],
             date="2025-03-18", level="zone",
             region="中国（广东）自由贸易试验区广州南沙新区片区", doc_type="指南")
    return stem, path, [dict(meta=m, clauses=clauses)]


# ============================================================ document 2
# 前海 policy Q&A, each Chinese paragraph followed by its English paragraph
def make_qianhai():
    doc = Document()
    page_setup(doc)
    clauses = []

    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, after=6)
    write(p, "发布日期：2025年8月15日　　　来源：前海管理局", cn=FS, size=12, color=RGBColor(0x59, 0x59, 0x59))
    doc.add_paragraph()

    title_cn = "前海合作区支持外商投资企业高质量发展若干措施政策问答"
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=30)
    write(p, "前海合作区支持外商投资企业高质量发展" + SB + "若干措施政策问答", cn=XBS, size=22)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=18)
    write(p, "Q&A on the Several Measures of Qianhai Cooperation Zone for Supporting "
             "High-Quality Development of Foreign-Invested Enterprises", cn=TNR, size=14, bold=True)

    def cn_para(text, bold_prefix=None, font=FS, clause=True):
        p = doc.add_paragraph()
        fmt(p, first=32, line=28)
        if bold_prefix and text.startswith(bold_prefix):
            runs(p, [(bold_prefix, dict(cn=HT, size=16)), (text[len(bold_prefix):], dict(cn=font, size=16))])
        else:
            write(p, text, cn=font, size=16)
        if clause:
            clauses.append(clause_text(text))
        return p

    def en_para(text, italic=False):
        p = doc.add_paragraph()
        fmt(p, line=20, after=8, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        write(p, text, cn=TNR, size=12, italic=italic)
        return p

    def heading(cn, en):
        p = doc.add_paragraph()
        fmt(p, first=32, before=6, after=6, line=28)
        runs(p, [(cn + SB, dict(cn=HT, size=16)), (en, dict(cn=TNR, size=13, bold=True))])

    def q(cn, en):
        p = doc.add_paragraph()
        fmt(p, first=32, line=28, before=6)
        write(p, cn, cn=KT, size=16, bold=True)
        clauses.append(clause_text(cn))
        en_para(en, italic=True)

    def a(cn, en):
        cn_para(cn, bold_prefix="答：")
        en_para(en)

    a_intro = ("为帮助外商投资企业准确理解和用好《前海深港现代服务业合作区支持外商投资企业高质量发展若干措施》（以下简称《若干措施》），前海管理局对企业关注的主要问题进行了梳理解答，具体如下。",
               "To help foreign-invested enterprises accurately understand and make good use of the Several Measures of Qianhai Shenzhen-Hong Kong Modern Service Industry Cooperation Zone for Supporting High-Quality Development of Foreign-Invested Enterprises (hereinafter the \"Measures\"), the Qianhai Authority has compiled answers to the main questions raised by enterprises as follows.")
    cn_para(a_intro[0])
    en_para(a_intro[1])

    heading("一、适用范围", "I. Scope of Application")
    q("问1：哪些企业可以申请《若干措施》规定的支持？",
      "Q1: Which enterprises may apply for support under the Measures?")
    a("答：在前海合作区依法登记注册、具有独立法人资格，且实际在前海合作区经营的外商投资企业，均可按照《若干措施》规定申请相关支持。港澳投资企业参照外商投资企业适用。",
      "A: Foreign-invested enterprises that are legally registered in the Qianhai Cooperation Zone, have independent legal person status and actually operate in the Zone may apply for support in accordance with the Measures. Enterprises invested by Hong Kong or Macao investors are treated in the same way as foreign-invested enterprises.")
    q("问2：前海合作区扩区后，新纳入区域的企业是否适用？",
      "Q2: After the expansion of the Qianhai Cooperation Zone, do the Measures apply to enterprises in the newly included areas?")
    a("答：适用。根据2021年9月中共中央、国务院印发的《全面深化前海深港现代服务业合作区改革开放方案》，前海合作区总面积由14.92平方公里扩展至120.56平方公里。在扩区范围内登记注册并实际经营的企业，同样适用《若干措施》。",
      "A: Yes. Under the Plan for Comprehensively Deepening Reform and Opening-up of the Qianhai Shenzhen-Hong Kong Modern Service Industry Cooperation Zone issued in September 2021, the Zone was expanded from 14.92 to 120.56 square kilometers. Enterprises registered and actually operating within the expanded area are also covered by the Measures.")

    heading("二、支持内容", "II. Support Measures")
    q("问3：新设立的外商投资企业可以获得哪些落户支持？",
      "Q3: What settlement support is available to newly established foreign-invested enterprises?")
    cn_para("答：对新设立或新迁入前海合作区的外商投资企业，按照实际到位外资金额分档给予落户奖励，具体标准如下：", bold_prefix="答：")
    # Chinese table
    head_cn = ["档次", "实际到位外资金额", "奖励标准"]
    body_cn = [
        ["第一档", "1000万美元（含）至5000万美元", "按实际到位外资金额的1%给予奖励，最高300万元人民币"],
        ["第二档", "5000万美元（含）至1亿美元", "按实际到位外资金额的1.5%给予奖励，最高800万元人民币"],
        ["第三档", "1亿美元（含）以上", "按实际到位外资金额的2%给予奖励，最高2000万元人民币"],
    ]
    widths = [2.2, 5.4, 8.0]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(head_cn):
        c = t.rows[0].cells[i]
        set_cell_width(c, widths[i])
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        write(c.paragraphs[0], h, cn=HT, size=14)
    for row in body_cn:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell_width(cells[i], widths[i])
            write(cells[i].paragraphs[0], v, cn=FS, size=14)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(head_cn, row)))
    en_para("A: Foreign-invested enterprises newly established in or relocated to the Qianhai Cooperation Zone receive a tiered settlement reward based on the amount of foreign capital actually received, according to the following standards:")
    head_en = ["Tier", "Foreign Capital Actually Received", "Reward"]
    body_en = [
        ["Tier 1", "USD 10 million (inclusive) to USD 50 million", "1% of the foreign capital actually received, up to RMB 3 million"],
        ["Tier 2", "USD 50 million (inclusive) to USD 100 million", "1.5% of the foreign capital actually received, up to RMB 8 million"],
        ["Tier 3", "USD 100 million (inclusive) or more", "2% of the foreign capital actually received, up to RMB 20 million"],
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(head_en):
        c = t.rows[0].cells[i]
        set_cell_width(c, widths[i])
        write(c.paragraphs[0], h, cn=TNR, size=11, bold=True)
    for row in body_en:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell_width(cells[i], widths[i])
            write(cells[i].paragraphs[0], v, cn=TNR, size=11)
    doc.add_paragraph()

    q("问4：外商投资企业增资扩股能否享受支持？",
      "Q4: Can foreign-invested enterprises receive support for capital increases?")
    # soft line break in the middle of a sentence (pasted from a PDF)
    a("答：可以。现有外商投资企业以利润再投资或增资方式在前海合作区扩大投资，年度实际到位外资金额达到1000万美元以上的，按照增资部分实际到位外资金额的1%给予奖励，" + SB + "单个企业每年最高500万元人民币。",
      "A: Yes. Where an existing foreign-invested enterprise expands investment in the Qianhai Cooperation Zone through reinvestment of profits or capital increase, and the foreign capital actually received in the year reaches USD 10 million or more, a reward of 1% of the foreign capital actually received from the capital increase is granted, up to RMB 5 million per enterprise per year.")
    q("问5：对跨国公司地区总部有什么支持政策？",
      "Q5: What support is available to regional headquarters of multinational companies?")
    a("答：对经认定的跨国公司地区总部和功能性机构，给予以下支持：",
      "A: Recognized regional headquarters and functional institutions of multinational companies receive the following support:")
    cn_para("（1）落户奖励。按照实缴注册资本分档给予一次性落户奖励，最高2000万元人民币。", bold_prefix="（1）落户奖励。")
    en_para("(1) Settlement reward. A one-off tiered settlement reward is granted based on paid-in registered capital, up to RMB 20 million.")
    cn_para("（2）办公用房支持。租用自用办公用房的，按照实际租金的50%给予补贴，连续补贴3年，每年最高300万元人民币。", bold_prefix="（2）办公用房支持。")
    en_para("(2) Office space support. For office space leased for own use, a subsidy of 50% of the actual rent is granted for three consecutive years, up to RMB 3 million per year.")
    cn_para("（3）人才支持。对总部企业引进的境外高端人才，按规定在工作许可、出入境、子女入学等方面提供便利。", bold_prefix="（3）人才支持。")
    en_para("(3) Talent support. Overseas high-end talents introduced by headquarters enterprises are provided with facilitation in work permits, entry and exit, and schooling for their children in accordance with relevant provisions.")
    q("问6：外商投资企业开展跨境资金业务有哪些便利措施？",
      "Q6: What facilitation measures are available for cross-border fund operations of foreign-invested enterprises?")
    a("答：前海合作区支持外商投资企业开展跨境双向人民币资金池、本外币一体化资金池和合格境外有限合伙人（QFLP）试点业务。符合条件的企业可凭支付指令直接办理资本项目收入支付，无需事前逐笔提供真实性证明材料。",
      "A: The Qianhai Cooperation Zone supports foreign-invested enterprises in conducting two-way cross-border RMB cash pooling, integrated domestic and foreign currency cash pooling and Qualified Foreign Limited Partner (QFLP) pilot business. Eligible enterprises may make payments of capital account income directly upon payment instructions, without providing authenticity documents for each transaction in advance.")

    heading("三、申报程序", "III. Application Procedures")
    q("问7：如何申报？申报时间是什么时候？",
      "Q7: How and when should applications be submitted?")
    a("答：《若干措施》支持事项原则上每年集中申报一次，申报通知在前海管理局官方网站发布。企业通过“前海e站通”服务平台在线提交申请材料，无需提交纸质材料。",
      "A: Applications for support under the Measures are in principle accepted once a year, and the application notice is published on the official website of the Qianhai Authority. Enterprises submit application materials online through the Qianhai E-Station service platform, and no paper materials are required.")
    q("问8：政策咨询渠道有哪些？",
      "Q8: How can enterprises consult on the policies?")
    a("答：企业可拨打前海管理局投资促进部门咨询电话0755-88988800，或前往前海e站通服务中心现场咨询。",
      "A: Enterprises may call the investment promotion department of the Qianhai Authority (前海管理局) at +86-755-88988800, or visit the Qianhai E-Station Service Center (前海e站通服务中心) for on-site consultation.")

    cn_para("本问答仅作为理解《若干措施》的参考，具体以《若干措施》正式文本为准。", font=KT)
    en_para("This Q&A is provided for reference in understanding the Measures only. The official text of the Measures shall prevail.", italic=True)

    doc.add_paragraph()
    for text, kw in [
        ("深圳市前海深港现代服务业合作区管理局", dict(cn=FS, size=16)),
        ("2025年8月12日", dict(cn=FS, size=16)),
    ]:
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
        write(p, text + "　　", **kw)

    page_numbers(doc)
    stem = "blind379_qianhai_wenda"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    m = meta(title=title_cn, doc_number=None, issuer=["深圳市前海深港现代服务业合作区管理局"],
             date="2025-08-12", published="2025-08-15", level="zone",
             region="深圳市前海深港现代服务业合作区", doc_type="问答")
    return stem, path, [dict(meta=m, clauses=clauses)]


# ============================================================ document 3
# 厦门片区 red-header notice issuing bilingual measures (Word auto-numbering for （一）)
def make_xiamen():
    doc = Document()
    page_setup(doc)
    numbering = Numbering(doc)
    n_clauses, m_clauses = [], []

    organ = "中国（福建）自由贸易试验区厦门片区管理委员会"
    measures_cn = "中国（福建）自由贸易试验区厦门片区支持跨境电子商务与综合保税区联动发展若干措施"
    measures_en = ("Several Measures of Xiamen Area of China (Fujian) Pilot Free Trade Zone for Supporting "
                   "the Integrated Development of Cross-border E-commerce and Comprehensive Bonded Zones")
    notice_title = organ + "关于印发《" + measures_cn + "》的通知"
    docno = "厦自贸委〔2025〕12号"

    # red header
    for _ in range(2):
        doc.add_paragraph()
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER)
    write(p, "中国（福建）自由贸易试验区" + SB + "厦门片区管理委员会文件", cn=XBS, size=30, color=RED)
    doc.add_paragraph()
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER)
    write(p, docno, cn=FS, size=16)
    border_bottom(p)
    doc.add_paragraph()

    # title broken into two paragraphs with Enter (office quirk)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=30)
    write(p, "中国（福建）自由贸易试验区厦门片区管理委员会关于印发", cn=XBS, size=22)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=30)
    write(p, "《中国（福建）自由贸易试验区厦门片区支持跨境电子商务与综合保税区联动发展若干措施》的通知", cn=XBS, size=22)
    doc.add_paragraph()

    p = doc.add_paragraph()
    fmt(p, line=28)
    write(p, "片区管委会各部门，各功能区管理机构，各有关单位：", cn=FS, size=16)

    body = [
        "为贯彻落实《国务院办公厅关于加快发展外贸新业态新模式的意见》和福建省关于推进跨境电商高质量发展的部署要求，发挥象屿综合保税区、海沧港综合保税区政策优势，推动跨境电商与综合保税区联动发展，经片区管委会主任办公会议研究同意，现将《" + measures_cn + "》印发给你们，请认真组织实施。",
        "为便于境外投资者和外商投资企业了解政策，本措施同步发布英文译本。中英文文本如有不一致，以中文文本为准。",
        "各部门、各功能区管理机构要加强协同配合，做好政策宣传解读和兑现服务，执行中遇到的问题请及时反馈片区管委会经济发展局。",
    ]
    for t_ in body:
        p = doc.add_paragraph()
        fmt(p, first=32, line=28)
        write(p, t_, cn=FS, size=16)
        n_clauses.append(t_)

    doc.add_paragraph()
    p = doc.add_paragraph()
    fmt(p, first=32, line=28)
    # hanging attachment line typed with spaces
    fmt(p, left=80, first=-48, line=28)
    write(p, "附件：" + measures_cn, cn=FS, size=16)
    doc.add_paragraph()
    doc.add_paragraph()
    for text in [organ, "2025年5月20日"]:
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
        write(p, text + "　　　　", cn=FS, size=16)
    p = doc.add_paragraph()
    fmt(p, first=32, line=28)
    write(p, "（此件公开发布）", cn=FS, size=16)

    # ---- attachment: bilingual measures
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p = doc.add_paragraph()
    fmt(p, line=28)
    write(p, "附件", cn=HT, size=16)
    doc.add_paragraph()
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=30)
    write(p, "中国（福建）自由贸易试验区厦门片区支持" + SB + "跨境电子商务与综合保税区联动发展若干措施", cn=XBS, size=22)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=12)
    write(p, measures_en, cn=TNR, size=13, bold=True)

    def cn_p(text, nid=None, head=None):
        p = doc.add_paragraph()
        fmt(p, first=32, line=28)
        if nid is not None:
            Numbering.apply(p, nid)
        if head:
            runs(p, [(head, dict(cn=KT, size=16, bold=True)), (text[len(head):], dict(cn=FS, size=16))])
        else:
            write(p, text, cn=FS, size=16)
        return p

    def en_p(text):
        p = doc.add_paragraph()
        fmt(p, line=20, after=6, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        write(p, text, cn=TNR, size=12)

    intro = ("为加快跨境电子商务与综合保税区联动发展，培育外贸新动能，打造面向“一带一路”沿线国家和地区的跨境电商枢纽，结合厦门片区实际，制定以下措施。",
             "These Measures are formulated in light of the actual conditions of the Xiamen Area in order to accelerate the integrated development of cross-border e-commerce and comprehensive bonded zones, foster new drivers of foreign trade, and build a cross-border e-commerce hub serving countries and regions along the Belt and Road.")
    cn_p(intro[0])
    m_clauses.append(intro[0])
    en_p(intro[1])

    sections = [
        ("一、支持市场主体集聚", "I. Attracting Market Players", [
            ("支持跨境电商企业落户。", "对新注册落户厦门片区、年度跨境电商进出口额首次达到5000万元的企业，给予一次性奖励50万元；首次达到1亿元的，给予一次性奖励100万元。",
             "(1) Supporting cross-border e-commerce enterprises to settle in the Area. An enterprise newly registered in the Xiamen Area whose annual cross-border e-commerce imports and exports reach RMB 50 million for the first time receives a one-off reward of RMB 500,000; where they reach RMB 100 million for the first time, the one-off reward is RMB 1 million."),
            ("支持外资跨境电商企业设立区域总部。", "对外国投资者在厦门片区新设立的跨境电商区域总部或结算中心，实际到位外资金额达到1000万美元以上的，按照实际到位外资金额的2%给予奖励，最高不超过500万元。",
             "(2) Supporting foreign-invested cross-border e-commerce enterprises in setting up regional headquarters. For a cross-border e-commerce regional headquarters or settlement center newly established by foreign investors in the Xiamen Area with foreign capital actually received of USD 10 million or more, a reward of 2% of the foreign capital actually received is granted, up to RMB 5 million."),
            ("支持公共海外仓建设。", "对片区企业在“一带一路”沿线国家和地区建设或租赁、面积超过5000平方米的公共海外仓，经认定后按照年度实际投入的20%给予补助，最高不超过200万元。",
             "(3) Supporting public overseas warehouses. For public overseas warehouses of more than 5,000 square meters built or leased by enterprises of the Area in Belt and Road countries and regions, a subsidy of 20% of the actual annual input is granted upon recognition, up to RMB 2 million."),
        ]),
        ("二、推动综合保税区业态创新", "II. Promoting New Business Models in Comprehensive Bonded Zones", [
            ("支持开展保税备货业务。", "对在象屿综合保税区、海沧港综合保税区开展跨境电商网购保税进口（1210）业务的企业，按照年度进口申报单量给予每单0.5元的补助，单个企业每年最高不超过300万元。",
             "(1) Supporting bonded stocking business. Enterprises conducting cross-border e-commerce bonded import (customs code 1210) business in Xiangyu Comprehensive Bonded Zone or Haicang Port Comprehensive Bonded Zone receive a subsidy of RMB 0.5 per declared import order, up to RMB 3 million per enterprise per year."),
            ("支持“保税+跨境电商出口”模式。", "鼓励企业利用综合保税区开展跨境电商出口海外仓（9810）和企业对企业出口（9710）业务，对年度出口额增量超过2000万元的企业，按照增量部分的1%给予奖励，最高不超过100万元。",
             "(2) Supporting the \"bonded plus cross-border e-commerce export\" model. Enterprises are encouraged to use comprehensive bonded zones for cross-border e-commerce export to overseas warehouses (9810) and business-to-business export (9710). Enterprises whose annual export increment exceeds RMB 20 million receive a reward of 1% of the increment, up to RMB 1 million."),
            ("支持退货中心仓建设。", "支持企业在综合保税区内设立跨境电商退货中心仓，对经海关备案运营的退货中心仓，给予一次性建设补助30万元。",
             "(3) Supporting return center warehouses. Enterprises are supported in setting up cross-border e-commerce return center warehouses in comprehensive bonded zones. A one-off construction subsidy of RMB 300,000 is granted for each return center warehouse operating with customs filing."),
        ]),
        ("三、强化物流通道支撑", "III. Strengthening Logistics Corridors", [
            ("支持中欧班列运输跨境电商货物。", "对通过中欧（厦门）班列运输跨境电商出口货物的企业，按照每标准箱1000元给予运费补助，单个企业每年最高不超过200万元。",
             "(1) Supporting the carriage of cross-border e-commerce goods by China-Europe Railway Express. Enterprises shipping cross-border e-commerce export goods by China-Europe Railway Express (Xiamen) receive a freight subsidy of RMB 1,000 per TEU, up to RMB 2 million per enterprise per year."),
            ("支持开通跨境电商空运专线。", "对在厦门高崎国际机场新开通跨境电商全货机航线的企业，按照实际执飞班次给予补助，具体标准另行制定。",
             "(2) Supporting dedicated cross-border e-commerce air routes. Enterprises opening new all-cargo cross-border e-commerce routes at Xiamen Gaoqi International Airport receive subsidies based on flights actually operated; specific standards will be formulated separately."),
            ("推进多式联运。", "支持企业利用综合保税区开展跨境电商货物集拼分拨，对符合条件的货物实施“先入区、后报关”等便利措施。",
             "(3) Promoting multimodal transport. Enterprises are supported in using comprehensive bonded zones for consolidation and distribution of cross-border e-commerce goods, and facilitation measures such as \"entry into the zone first, customs declaration later\" apply to eligible goods."),
        ]),
        ("四、附则", "IV. Supplementary Provisions", [
            (None, "本措施与片区其他同类政策有重叠的，企业按照“从优、就高、不重复”的原则申请支持。同一项目已获得国家、省、市财政资金支持的，片区不再重复支持。",
             "(1) Where these Measures overlap with other similar policies of the Area, enterprises may apply for support on the principle of \"the most favorable, the highest and no duplication\". Projects that have received national, provincial or municipal fiscal support will not receive duplicate support from the Area."),
            (None, "本措施由厦门片区管委会经济发展局负责解释，自2025年6月1日起施行，有效期至2027年5月31日。《中国（福建）自由贸易试验区厦门片区促进跨境电子商务发展若干措施》（厦自贸委〔2022〕8号）同时废止。",
             "(2) These Measures shall be interpreted by the Economic Development Bureau of the Xiamen Area Administrative Committee, take effect on 1 June 2025 and remain valid until 31 May 2027. The Several Measures of Xiamen Area of China (Fujian) Pilot Free Trade Zone for Promoting Cross-border E-commerce (Xia Zi Mao Wei [2022] No. 8) are repealed at the same time."),
        ]),
    ]
    for sec_cn, sec_en, items in sections:
        p = doc.add_paragraph()
        fmt(p, first=32, line=28, before=6)
        write(p, sec_cn, cn=HT, size=16)
        p = doc.add_paragraph()
        fmt(p, after=6)
        write(p, sec_en, cn=TNR, size=12, bold=True)
        nid = numbering.new_list()
        for i, (head, rest, en) in enumerate(items, 1):
            text = (head or "") + rest
            cn_p(text, nid=nid, head=head)
            m_clauses.append("（" + chinese_num(i) + "）" + text)
            en_p(en)

    # 版记
    doc.add_paragraph()
    doc.add_paragraph()
    p = doc.add_paragraph()
    fmt(p, left=14, line=28)
    write(p, "抄送：福建省商务厅，厦门市商务局，厦门海关，象屿海关，海沧海关。", cn=FS, size=14)
    border_tb(p, top=True, bottom=True)
    p = doc.add_paragraph()
    fmt(p, left=14, line=28)
    write(p, "中国（福建）自由贸易试验区厦门片区管理委员会综合办公室　　2025年5月20日印发", cn=FS, size=14)
    border_tb(p, top=False, bottom=True)

    page_numbers(doc)
    stem = "blind379_xiamen_tongzhi"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    m1 = meta(title=notice_title, doc_number=docno, issuer=[organ], date="2025-05-20",
              level="zone", region="中国（福建）自由贸易试验区厦门片区",
              attachments=[measures_cn], doc_type="通知",
              recipients=["片区管委会各部门", "各功能区管理机构", "各有关单位"],
              publicity="此件公开发布")
    m2 = meta(title=measures_cn, doc_number=None, issuer=[organ], date="2025-05-20",
              level="zone", region="中国（福建）自由贸易试验区厦门片区",
              effective="2025-06-01", expires="2027-05-31", doc_type="措施",
              repeals="《中国（福建）自由贸易试验区厦门片区促进跨境电子商务发展若干措施》（厦自贸委〔2022〕8号）")
    return stem, path, [dict(meta=m1, clauses=n_clauses), dict(meta=m2, clauses=m_clauses)]


def main():
    expected = {}
    for maker in (make_nansha, make_qianhai, make_xiamen):
        stem, path, docs = maker()
        expected[stem] = docs
        convert_pdf(path)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
