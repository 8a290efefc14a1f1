# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 512: bilingual foreign-investment promotion leaflets."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
TNR = "Times New Roman"


# ---------------------------------------------------------------- helpers
def font(run, east=FS, size=16, bold=False, color=None, west=TNR):
    run.font.name = west
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:ascii"), west)
    rf.set(qn("w:hAnsi"), west)
    run.font.size = Pt(size)
    run.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, first=0, left=0, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(first) if first else None
    if left:
        pf.left_indent = Pt(left)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def border(p, side="bottom", color="E60012", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    bdr.append(e)


def page_setup(doc):
    for s in doc.sections:
        s.page_width, s.page_height = Cm(21), Cm(29.7)
        s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
        s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
        s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = TNR
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)


def page_numbers(doc):
    for s in doc.sections:
        p = s.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        font(p.add_run("— "), east="宋体", size=14)
        r = p.add_run()
        font(r, east="宋体", size=14)
        b = OxmlElement("w:fldChar")
        b.set(qn("w:fldCharType"), "begin")
        r._r.append(b)
        r2 = p.add_run()
        font(r2, east="宋体", size=14)
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = " PAGE "
        r2._r.append(it)
        r3 = p.add_run()
        font(r3, east="宋体", size=14)
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), "separate")
        r3._r.append(e)
        font(p.add_run("1"), east="宋体", size=14)
        r4 = p.add_run()
        e2 = OxmlElement("w:fldChar")
        e2.set(qn("w:fldCharType"), "end")
        r4._r.append(e2)
        font(p.add_run(" —"), east="宋体", size=14)


def cell_borders_none(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def fix_widths(table, widths):
    table.autofit = False
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


class Builder:
    def __init__(self):
        self.doc = Document()
        page_setup(self.doc)
        self.clauses = []

    # body paragraph (a clause unless told otherwise)
    def p(self, text, east=FS, size=16, clause=True, first=32, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
          bold=False, left=0, west=TNR):
        para = fmt(self.doc.add_paragraph(), align=align, first=first, left=left)
        font(para.add_run(text), east=east, size=size, bold=bold, west=west)
        if clause:
            self.clauses.append(text)
        return para

    def runin(self, head, rest, head_east=KT, bold=True):
        para = fmt(self.doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32)
        font(para.add_run(head), east=head_east, bold=bold)
        font(para.add_run(rest))
        self.clauses.append(head + rest)
        return para

    def blank(self, n=1):
        for _ in range(n):
            fmt(self.doc.add_paragraph(), line=28)

    def heading_zh_en(self, zh, en, soft=False):
        """Chinese heading with English subheading on the next line."""
        para = fmt(self.doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.LEFT, first=32, before=6)
        font(para.add_run(zh), east=HT, size=16)
        if soft:
            br = para.add_run()
            br.add_break(WD_BREAK.LINE)
            font(para.add_run(en), east=HT, size=13, bold=True)
        else:
            p2 = fmt(self.doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.LEFT, first=32, line=22, after=4)
            font(p2.add_run(en), east=HT, size=13, bold=True)

    def table(self, headers, rows, widths, merge_col0=None, style="Table Grid", size=12):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(headers))
        t.style = self.doc.styles[style]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(headers):
            c = t.rows[0].cells[i]
            c.width = Cm(widths[i])
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            para = fmt(c.paragraphs[0], align=WD_ALIGN_PARAGRAPH.CENTER, line=20)
            font(para.add_run(h), east=HT, size=size)
        for r, row in enumerate(rows, start=1):
            for i, v in enumerate(row):
                c = t.rows[r].cells[i]
                c.width = Cm(widths[i])
                c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                para = fmt(c.paragraphs[0], align=WD_ALIGN_PARAGRAPH.LEFT if i else WD_ALIGN_PARAGRAPH.CENTER,
                           line=20)
                if merge_col0 and i == 0 and r in merge_col0["skip"]:
                    continue  # text written only in the first cell of the merged block
                font(para.add_run(v), east=FS, size=size)
            self.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
        fix_widths(t, widths)
        if merge_col0:
            for a, b in merge_col0["blocks"]:
                t.cell(a, 0).merge(t.cell(b, 0))
                # merge keeps an empty paragraph from the lower cell; drop it
                c = t.cell(a, 0)
                ps = c.paragraphs
                for extra in ps[1:]:
                    if not extra.text.strip():
                        extra._p.getparent().remove(extra._p)
        return t

    def red_header_single(self, organ_line, docno):
        self.blank(1)
        para = fmt(self.doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, line=50)
        font(para.add_run(organ_line), east=XBS, size=18 if len(organ_line) > 16 else 26, color=RED)
        self.blank(1)
        para = fmt(self.doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER)
        font(para.add_run(docno))
        border(para, "bottom", sz=18)
        self.blank(1)

    def title(self, lines, soft=True, size=22):
        para = fmt(self.doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
        for i, ln in enumerate(lines):
            if i and soft:
                para.add_run().add_break(WD_BREAK.LINE)
            elif i:
                para = fmt(self.doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
            font(para.add_run(ln), east=XBS, size=size)
        return para

    def en_title(self, text, size=14):
        para = fmt(self.doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, line=22, after=6)
        font(para.add_run(text), east=XBS, size=size, bold=True)

    def signoff(self, organs, date, spaces=8):
        self.blank(1)
        for o in organs:
            para = fmt(self.doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.RIGHT)
            font(para.add_run(o + "　" * 2))
        para = fmt(self.doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.LEFT)
        font(para.add_run(" " * spaces * 4 + "　" * spaces + date))

    def banji(self, cc, printer, pdate):
        self.blank(1)
        para = fmt(self.doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.LEFT, left=14)
        border(para, "top", color="000000", sz=8)
        border(para, "bottom", color="000000", sz=4)
        font(para.add_run("抄送：" + cc), size=14)
        para = fmt(self.doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.LEFT, left=14)
        border(para, "bottom", color="000000", sz=8)
        font(para.add_run(printer + "　　　　　　" + pdate + "印发"), size=14)

    def save(self, stem):
        page_numbers(self.doc)
        path = os.path.join(HERE, stem + ".docx")
        self.doc.save(path)
        return path


def bullet_numbering(doc):
    """Create a Word bullet list whose symbol is ●; returns numId."""
    numbering = doc.part.numbering_part.element
    absid = "512"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), absid)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "bullet"), ("w:lvlText", "●"), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "1060")
    ind.set(qn("w:hanging"), "420")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), "宋体")
    rf.set(qn("w:hAnsi"), "宋体")
    rf.set(qn("w:eastAsia"), "宋体")
    rf.set(qn("w:hint"), "eastAsia")
    rpr.append(rf)
    lvl.append(rpr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = numbering.add_num(int(absid))
    return num.numId


def numbered(para, numid):
    ppr = para._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(numid))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def meta(title, doc_number, issuer, date, level, region, doc_type, recipients=None,
         attachments=None, publicity=None, effective=None, expires=None, repeals=None, published=None):
    return {
        "title": title, "doc_number": doc_number, "issuer": issuer, "date": date,
        "published": published, "level": level, "region": region, "effective": effective,
        "expires": expires, "attachments": attachments or [], "doc_type": doc_type,
        "recipients": recipients or [], "publicity": publicity, "repeals": repeals,
    }


EXPECTED = {}


# ================================================================ Doc A: Qingdao notice + leaflet
def doc_qingdao():
    stem = "blind512_qingdao_tongzhi"
    b = Builder()
    organ = "中国（山东）自由贸易试验区青岛片区管理委员会"
    b.red_header_single("中国（山东）自由贸易试验区青岛片区管理委员会文件".replace("管理委员会文件", "管委会文件"),
                        "青自贸管发〔2025〕7号")
    title = organ + "关于印发《青岛片区外商投资促进政策要点（中英文对照）》的通知"
    b.title([organ + "关于印发", "《青岛片区外商投资促进政策要点（中英文对照）》的通知"], soft=True)
    b.blank(1)
    b.p("片区各部门，西海岸新区有关单位，各驻区企业：", first=0, clause=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    b.p("为贯彻落实《国务院关于进一步优化外商投资环境加大吸引外商投资力度的意见》（国发〔2023〕11号）和省、市稳外资工作部署，"
        "更好向境外投资者宣介青岛片区投资环境和支持政策，片区管委会组织编制了《青岛片区外商投资促进政策要点（中英文对照）》，"
        "现印发给你们，并就有关事项通知如下。")
    b.runin("一、加强宣传推介。", "各部门要将《政策要点》纳入招商推介材料，在境外招商活动、投资洽谈会和外资企业座谈会上发放使用，"
            "并通过片区门户网站、微信公众号同步发布中英文电子版。", head_east=HT, bold=False)
    b.runin("二、做好政策兑现。", "各责任部门要按照《政策要点》明确的支持内容和标准，完善申报指南，优化兑现流程，"
            "原则上自受理之日起30个工作日内完成审核拨付。", head_east=HT, bold=False)
    b.runin("三、强化跟踪服务。", "对有意向落户的外资项目，实行“一企一专班”服务，及时协调解决企业在注册登记、用地用工、"
            "通关物流等方面遇到的困难和问题。", head_east=HT, bold=False)
    b.runin("四、规范对外表述。", "《政策要点》英文译文仅供参考，对外解释以中文文本为准；各部门不得自行增减支持内容，"
            "不得作出超出政策范围的承诺。", head_east=HT, bold=False)
    b.runin("五、动态更新完善。", "片区管委会将根据国家、省、市政策调整情况，每年对《政策要点》进行评估更新，"
            "原则上于每年第一季度发布新版。", head_east=HT, bold=False)
    b.runin("六、及时反馈意见。", "使用中如有意见建议，请及时反馈片区管委会投资促进部。", head_east=HT, bold=False)
    b.p("联系人：王晓琳，电话：0532-86889517，电子邮箱：qdftz_invest@126.com。")
    b.blank(1)
    b.p("附件：青岛片区外商投资促进政策要点（中英文对照）", clause=False)
    b.signoff([organ], "2025年4月18日", spaces=6)
    b.p("（此件公开发布）", clause=False)
    b.banji("青岛市商务局，青岛西海岸新区管委。", "中国（山东）自由贸易试验区青岛片区管理委员会办公室", "2025年4月18日")
    notice_clauses = list(b.clauses)
    b.clauses = []

    # ---- attachment (own document in the same file)
    b.doc.add_page_break()
    b.p("附件", east=HT, first=0, clause=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    b.blank(1)
    att_title = "青岛片区外商投资促进政策要点（中英文对照）"
    b.title([att_title])
    b.en_title("Key Policies for Foreign Investment in Qingdao Area, China (Shandong) Pilot Free Trade Zone")

    b.heading_zh_en("一、片区概况", "Overview")
    b.p("中国（山东）自由贸易试验区青岛片区于2019年8月挂牌，实施范围52平方公里，位于青岛西海岸新区，"
        "重点发展现代海洋、国际贸易、航运物流、现代金融、先进制造等产业。")
    b.p("Launched in August 2019, the Qingdao Area of China (Shandong) Pilot Free Trade Zone covers 52 square "
        "kilometers in Qingdao West Coast New Area, focusing on modern marine industry, international trade, "
        "shipping and logistics, modern finance and advanced manufacturing.", size=14)

    b.heading_zh_en("二、投资便利", "Investment Facilitation")
    for t in [
        "●外商投资准入前国民待遇加负面清单管理，清单之外内外资一致（Pre-establishment national treatment plus "
        "negative list; equal treatment for domestic and foreign investment beyond the list）",
        "●企业开办“一网通办”，1个工作日内办结（Business start-up via one-stop online service within 1 working day）",
        "●外籍人才工作许可和居留许可“一窗受理、并联审批”（Single-window application for work and residence permits "
        "of foreign talents）",
        "●开展跨国公司本外币一体化资金池试点（Pilot integrated RMB and foreign currency cash pooling for "
        "multinational companies）",
    ]:
        b.p(t, first=0, left=32)

    b.heading_zh_en("三、支持政策", "Incentives")
    b.table(["支持内容 Support", "标准 Standard"], [
        ["新设外资企业落户奖励（Settlement award for new FIEs）",
         "实际使用外资金额1000万美元以上的，按实际到资额的2%给予奖励，最高1000万元（2% of actual FDI for projects "
         "of USD 10 million or above, capped at RMB 10 million）"],
        ["增资扩股奖励（Capital increase award）",
         "现有外资企业增资1000万美元以上的，按增资到位额的1%给予奖励，最高500万元（1% of paid-in capital increase "
         "of USD 10 million or above, capped at RMB 5 million）"],
        ["跨国公司地区总部（Regional headquarters of multinationals）",
         "经认定的，一次性给予500万元落户奖励（One-off award of RMB 5 million upon recognition）"],
        ["办公用房补贴（Office rental subsidy）",
         "租用自用办公用房的，3年内按每月每平方米30元给予补贴，每年最高200万元（RMB 30 per sq.m. per month for "
         "3 years, up to RMB 2 million a year）"],
        ["外籍高层次人才奖励（Award for foreign high-level talents）",
         "按其个人贡献给予奖励，每人每年最高50万元（Up to RMB 500,000 per person per year based on contribution）"],
    ], widths=[5.5, 10.0])

    b.heading_zh_en("四、配套服务", "Supporting Services")
    for t in [
        "●设立外商投资服务中心，提供政策咨询、项目落地、证照办理“全链条”服务（Foreign Investment Service Center "
        "offering end-to-end services）",
        "●建立外资企业圆桌会议制度，每季度听取企业诉求（Quarterly roundtable meetings with foreign-invested enterprises）",
        "●开设外籍人士“国际服务窗口”，提供中、英、日、韩多语种服务（International service window in Chinese, English, "
        "Japanese and Korean）",
    ]:
        b.p(t, first=0, left=32)

    b.heading_zh_en("五、联系我们", "Contact Us")
    for t in [
        "地址 Address：山东省青岛市黄岛区庐山路57号",
        "电话 Tel：+86-532-86889517",
        "电子邮箱 E-mail：invest@qdftz.gov.cn",
        "网址 Website：http://www.qdftz.gov.cn",
    ]:
        b.p(t, first=32)
    b.blank(1)
    b.p("本要点仅供参考，具体以相关政策文件为准。（This leaflet is for reference only. Please refer to the official "
        "policy documents for details.）", east=KT, size=14)
    att_clauses = list(b.clauses)
    b.save(stem)

    EXPECTED[stem] = [
        {"meta": meta(title, "青自贸管发〔2025〕7号", [organ], "2025-04-18", "zone",
                      "中国（山东）自由贸易试验区青岛片区", "通知",
                      recipients=["片区各部门", "西海岸新区有关单位", "各驻区企业"],
                      attachments=[att_title], publicity="此件公开发布"),
         "clauses": notice_clauses},
        {"meta": meta(att_title, None, [organ], "2025-04-18", "zone",
                      "中国（山东）自由贸易试验区青岛片区", "政策要点"),
         "clauses": att_clauses},
    ]
    return stem


# ================================================================ Doc B: Nansha leaflet (standalone)
def doc_nansha():
    stem = "blind512_nansha_zhiyin"
    b = Builder()
    numid = bullet_numbering(b.doc)
    # slogan banner in a one-cell layout table (not the title)
    t = b.doc.add_table(rows=1, cols=1)
    cell_borders_none(t)
    c = t.cell(0, 0)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), "C00000")
    c._tc.get_or_add_tcPr().append(shd)
    para = fmt(c.paragraphs[0], align=WD_ALIGN_PARAGRAPH.CENTER, line=40)
    font(para.add_run("投资南沙·共赢湾区"), east=XBS, size=28, color=RGBColor(0xFF, 0xFF, 0xFF))
    para = fmt(c.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, line=26)
    font(para.add_run("INVEST IN NANSHA"), east=HT, size=16, bold=True, color=RGBColor(0xFF, 0xFF, 0xFF))
    b.blank(1)

    title = "中国（广东）自由贸易试验区广州南沙新区片区外商投资促进政策指引（2026年版）"
    b.title(["中国（广东）自由贸易试验区广州南沙新区片区", "外商投资促进政策指引（2026年版）"], soft=False, size=20)
    b.en_title("Guide to Foreign Investment Promotion Policies of Nansha Area of Guangzhou, "
               "China (Guangdong) Pilot Free Trade Zone (2026 Edition)", size=13)

    b.heading_zh_en("一、区位优势", "Location Advantages", soft=True)
    b.p("南沙地处粤港澳大湾区地理几何中心，方圆100公里内汇聚了大湾区11座城市，距香港38海里、距澳门41海里，"
        "拥有南沙港区国际集装箱码头和海铁联运通道，是国家级新区、自由贸易试验区和粤港澳全面合作示范区。")
    b.p("Located at the geographic center of the Guangdong-Hong Kong-Macao Greater Bay Area, Nansha has all 11 "
        "cities of the Bay Area within a radius of 100 km, lying 38 nautical miles from Hong Kong and 41 nautical "
        "miles from Macao. It is a state-level new area, a pilot free trade zone and a demonstration zone for "
        "comprehensive cooperation among Guangdong, Hong Kong and Macao.", size=14)

    b.heading_zh_en("二、重点产业", "Key Industries", soft=True)
    for t_ in [
        "●人工智能与数字经济（Artificial Intelligence and Digital Economy）",
        "●航运物流与国际贸易（Shipping, Logistics and International Trade）",
        "●高端装备与智能网联汽车（High-end Equipment and Intelligent Connected Vehicles）",
        "●生物医药与健康（Biomedicine and Health）",
        "●跨境金融与融资租赁（Cross-border Finance and Financial Leasing）",
    ]:
        b.p(t_, first=0, left=32)

    b.heading_zh_en("三、支持政策", "Incentives", soft=True)
    b.table(["类别 Category", "支持内容 Support", "标准 Standard"], [
        ["落户支持（Settlement）", "新设外资企业（New FIEs）",
         "年度实际使用外资2000万美元以上的，按实际使用外资金额的3%给予奖励，最高2000万元（3% of annual actual FDI "
         "of USD 20 million or above, up to RMB 20 million）"],
        ["落户支持（Settlement）", "外资总部企业（Foreign-funded headquarters）",
         "经认定的，给予最高3000万元落户奖励（Settlement award of up to RMB 30 million upon recognition）"],
        ["经营支持（Operation）", "外资研发中心（Foreign-funded R&D centers）",
         "按上年度研发投入的10%给予补助，每年最高500万元（10% of R&D expenditure of the previous year, up to RMB 5 "
         "million a year）"],
        ["经营支持（Operation）", "港澳青年创业项目（Start-ups by Hong Kong and Macao youth）",
         "提供最长3年免租办公场地和最高30万元创业资助（Rent-free office space for up to 3 years and start-up funding "
         "of up to RMB 300,000）"],
        ["人才支持（Talents）", "境外高端和紧缺人才（Overseas high-end and urgently needed talents）",
         "对其个人所得税已缴税额超过其按应纳税所得额的15%计算的税额部分给予补贴（Subsidy for the portion of individual "
         "income tax paid exceeding 15% of taxable income）"],
    ], widths=[3.3, 4.8, 7.4], merge_col0={"skip": {2, 4}, "blocks": [(1, 2), (3, 4)]}, size=11)
    b.p("注：同一企业同一事项符合本区多项政策的，按照“就高不重复”原则给予支持。（Note: Where an enterprise is eligible "
        "for more than one policy for the same item, only the most favorable one applies.）", size=12, first=0)

    b.heading_zh_en("四、服务保障", "Services", soft=True)
    for t_ in [
        "外资项目落地实行“首席服务官”制度，全程跟踪服务（Chief service officer for each foreign-funded project）",
        "南沙国际化人才特区提供人才认定、住房保障、子女入学“一站式”服务（One-stop services for talent recognition, "
        "housing and children's schooling）",
        "南沙国际仲裁中心提供涉外商事纠纷仲裁、调解服务（International arbitration and mediation for foreign-related "
        "commercial disputes）",
    ]:
        para = fmt(b.doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        numbered(para, numid)
        font(para.add_run(t_))
        b.clauses.append("●" + t_)

    b.heading_zh_en("五、联系我们", "Contact Us", soft=True)
    for t_ in [
        "服务热线 Hotline：020-39078866",
        "电子邮箱 E-mail：nsinvest@gzns.gov.cn",
        "网址 Website：www.gzns.gov.cn",
        "地址 Address：广州市南沙区海滨路171号南沙金融大厦9楼",
    ]:
        b.p(t_, first=32)

    b.blank(2)
    organs = ["中国（广东）自由贸易试验区广州南沙新区片区管理委员会", "广州市南沙区商务局"]
    for o in organs:
        para = fmt(b.doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.RIGHT)
        font(para.add_run(o))
    para = fmt(b.doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.RIGHT)
    font(para.add_run("二〇二六年一月二十日" + "　" * 4))
    b.save(stem)
    EXPECTED[stem] = [
        {"meta": meta(title, None, organs, "2026-01-20", "zone",
                      "中国（广东）自由贸易试验区广州南沙新区片区", "指引"),
         "clauses": b.clauses},
    ]
    return stem


# ================================================================ Doc C: Hefei measures
def doc_hefei():
    stem = "blind512_hefei_cuoshi"
    b = Builder()
    organs = ["中国（安徽）自由贸易试验区合肥片区管理委员会", "合肥市商务局"]
    # joint red header: layout table, organs stacked left, "文件" on the right
    b.blank(1)
    t = b.doc.add_table(rows=2, cols=2)
    cell_borders_none(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, o in enumerate(organs):
        c = t.cell(r, 0)
        c.width = Cm(12.6)
        para = fmt(c.paragraphs[0], align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=32)
        font(para.add_run(o), east=XBS, size=15, color=RED)
    fix_widths(t, [12.6, 2.9])
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.width = Cm(2.9)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for extra in m.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    para = fmt(m.paragraphs[0], align=WD_ALIGN_PARAGRAPH.CENTER, line=50)
    font(para.add_run("文件"), east=XBS, size=36, color=RED)
    b.blank(1)
    para = fmt(b.doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER)
    font(para.add_run("合自贸管〔2025〕9号"))
    border(para, "bottom", sz=18)
    b.blank(1)

    title = "中国（安徽）自由贸易试验区合肥片区促进外商投资若干措施"
    b.title(["中国（安徽）自由贸易试验区合肥片区", "促进外商投资若干措施"], soft=False)
    b.en_title("Measures of Hefei Area of China (Anhui) Pilot Free Trade Zone on Promoting Foreign Investment")
    b.blank(1)

    def en(text):
        b.p(text, east=KT, size=14, west=TNR)

    b.p("为进一步稳外资、促发展，打造市场化、法治化、国际化一流营商环境，吸引更多境外投资者来合肥片区投资兴业，"
        "结合片区实际，制定以下措施。")
    en("These Measures are formulated in light of the actual conditions of the Area to further stabilize foreign "
       "investment, build a first-class market-oriented, law-based and internationalized business environment, and "
       "attract more overseas investors to invest in the Hefei Area.")

    b.heading_zh_en("一、支持外资项目落地", "Supporting the Landing of Foreign-funded Projects")
    b.runin("（一）新设项目奖励。", "对新设立且当年实际使用外资金额1000万美元以上的外资企业，按实际使用外资金额的2%给予奖励，"
            "单个企业最高1000万元。")
    en("Award for new projects. A newly established foreign-invested enterprise with actual use of foreign capital of "
       "USD 10 million or above in the year will be awarded 2% of the amount, up to RMB 10 million per enterprise.")
    b.runin("（二）利润再投资奖励。", "外资企业以分配利润在片区再投资且实际到位500万美元以上的，按再投资额的1%给予奖励，"
            "最高300万元。")
    en("Award for profit reinvestment. Where a foreign-invested enterprise reinvests its distributed profits in the Area "
       "with paid-in amount of USD 5 million or above, it will be awarded 1% of the reinvestment, up to RMB 3 million.")
    b.runin("（三）总部企业认定奖励。", "对新认定的跨国公司地区总部和功能性机构，分别给予500万元、200万元一次性奖励。")
    en("Award for headquarters. Newly recognized regional headquarters and functional institutions of multinational "
       "companies will receive a one-off award of RMB 5 million and RMB 2 million respectively.")

    b.heading_zh_en("二、支持外资企业发展", "Supporting the Development of Foreign-invested Enterprises")
    b.runin("（四）研发创新支持。", "外资企业设立的研发中心，经认定为省级以上研发机构的，给予最高300万元资助。")
    en("R&D support. An R&D center set up by a foreign-invested enterprise and recognized as a provincial-level or "
       "higher R&D institution will be granted up to RMB 3 million.")
    b.runin("（五）人才服务支持。", "具体标准见下表。")
    en("Talent support. See the table below for details.")
    b.table(["序号 No.", "支持内容 Support", "标准 Standard"], [
        ["1", "外籍高层次人才安家补贴（Housing subsidy for foreign high-level talents）",
         "按A、B、C类分别给予最高100万元、60万元、30万元（Up to RMB 1 million, 600,000 and 300,000 for Class A, B "
         "and C respectively）"],
        ["2", "子女入学（Children’s education）",
         "统筹安排在片区内公办学校或国际学校就读（Placement in public or international schools in the Area）"],
        ["3", "出入境便利（Entry and exit facilitation）",
         "符合条件的可申办有效期最长5年的居留许可（Residence permits valid for up to 5 years for eligible applicants）"],
    ], widths=[2.0, 6.0, 7.5], size=11)

    b.heading_zh_en("三、优化外资服务", "Improving Services for Foreign Investors")
    for t_ in [
        "●外资企业设立登记“一件事一次办”（One-stop registration for foreign-invested enterprises）",
        "●重点外资项目“专员+专班”全程代办（Dedicated officers for key foreign-funded projects）",
        "●涉外商事纠纷“一站式”多元化解（One-stop resolution of foreign-related commercial disputes）",
        "●外汇收支便利化试点优先覆盖优质外资企业（Priority access to foreign exchange facilitation pilots for "
        "quality foreign-invested enterprises）",
    ]:
        b.p(t_, first=0, left=32)

    b.heading_zh_en("四、附则", "Supplementary Provisions")
    b.runin("（六）", "本措施与片区其他同类政策有重叠的，按照“就高不重复”原则执行。所需资金由片区财政和项目所在功能区按现行财政体制分担。",
            head_east=FS, bold=False)
    en("Where these Measures overlap with other similar policies of the Area, only the most favorable one applies. "
       "The funds required shall be shared by the Area and the functional zones where the projects are located under "
       "the current fiscal system.")
    b.runin("（七）", "本措施自2025年11月1日起施行，有效期至2027年10月31日。《中国（安徽）自由贸易试验区合肥片区鼓励外商投资暂行办法》"
            "（合自贸管〔2022〕15号）同时废止。", head_east=FS, bold=False)
    en("These Measures shall come into force on November 1, 2025 and remain valid until October 31, 2027.")
    b.runin("（八）", "本措施由片区管委会经济发展局会同合肥市商务局负责解释。", head_east=FS, bold=False)
    en("The Economic Development Bureau of the Area shall, together with Hefei Municipal Bureau of Commerce, be "
       "responsible for the interpretation of these Measures.")

    b.heading_zh_en("咨询方式", "Contact")
    for t_ in [
        "咨询电话 Tel：0551-65376128",
        "电子邮箱 E-mail：hfftz_tzcj@163.com",
        "网址 Website：https://www.hfftz.gov.cn",
    ]:
        b.p(t_, first=32)

    b.signoff(organs, "2025年9月26日", spaces=6)
    b.p("（此件公开发布）", clause=False)
    b.banji("安徽省商务厅，合肥市人民政府办公室。", "合肥片区管委会办公室", "2025年9月28日")
    b.save(stem)
    EXPECTED[stem] = [
        {"meta": meta(title, "合自贸管〔2025〕9号", organs, "2025-09-26", "zone",
                      "中国（安徽）自由贸易试验区合肥片区", "措施", publicity="此件公开发布",
                      effective="2025-11-01", expires="2027-10-31",
                      repeals="《中国（安徽）自由贸易试验区合肥片区鼓励外商投资暂行办法》（合自贸管〔2022〕15号）"),
         "clauses": b.clauses},
    ]
    return stem


def to_pdf(stem):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_512", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, os.path.join(HERE, stem + ".docx")],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


if __name__ == "__main__":
    stems = [doc_qingdao(), doc_nansha(), doc_hefei()]
    for s in stems:
        to_pdf(s)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    print("wrote", ", ".join(stems))
