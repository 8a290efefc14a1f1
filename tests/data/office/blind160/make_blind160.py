# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402
"""Blind round 160: the most ordinary documents of northern and north-western offices.

Four Word files (python-docx), each printed to PDF by LibreOffice, written next to this script:
  blind160_liaoning_cuoshi.docx / .pdf    辽宁省人民政府办公厅 通知 印发 若干措施 (一、二、三、四、 headings,
                                          1.–20. measures numbered through, 责任单位 in brackets)
  blind160_neimenggu_banlie.docx / .pdf   内蒙古自治区商务厅 通知 on 满洲里 / 二连浩特 口岸 中欧班列, a body table
                                          of 口岸 targets (vertically merged cells) and an attached 分工表
  blind160_lanzhou_banfa.docx / .pdf      兰州市人民政府 印发 通知 + 办法 in 5 章 / 18 条 (effective, expiry, repeal)
  blind160_yinchuan_fuhan.docx / .pdf     银川市商务局 复函 to an enterprise's 咨询 (信函格式: no page number on
                                          page 1, 版记 with 抄送 only)
  expected.json

Run:  . /work/venv/bin/activate && python make_blind160.py
Needs: python-docx, LibreOffice (soffice) with Noto CJK fonts.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo_160"

XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)
SAN = 16      # 三号
ER = 22       # 二号
SI = 14       # 四号
LINE = Pt(28.9)
J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT


# ------------------------------------------------------------------ helpers
def set_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), ascii_font)
    rf.set(qn("w:hAnsi"), ascii_font)
    rf.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


def para(doc, text="", east=FS, size=SAN, align=J, indent=2, bold=False, color=None, line=LINE):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    p.alignment = align
    pf.first_line_indent = Pt(size * indent) if indent else None
    pf.line_spacing = line
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.widow_control = False
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def runs(doc, parts, indent=2, align=J):
    """One paragraph made of several (text, font, bold) runs."""
    p = para(doc, "", indent=indent, align=align)
    for t, f, b in parts:
        set_font(p.add_run(t), f, SAN, b)
    return p


def border(p, side, sz, color, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), val, sz, space, color)))


def page_break(doc):
    """An empty paragraph that starts a new page (page break before), so that a full page never
    pushes a lone break paragraph onto an otherwise blank page."""
    p = para(doc, "", indent=0)
    p.paragraph_format.page_break_before = True


def page_field(p, size=SI):
    def r(t):
        set_font(p.add_run(t), ST, size)
    r("— ")
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        rr = p.add_run()
        set_font(rr, ST, size)
        if kind == "instr":
            el = parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>' % (nsdecls("w"), txt))
        elif kind == "text":
            el = parse_xml('<w:t %s>%s</w:t>' % (nsdecls("w"), txt))
        else:
            el = parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind))
        rr._element.append(el)
    r(" —")


def setup(doc, first_page_blank=False):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(25)
    doc.settings.odd_and_even_pages_header_footer = True
    fp = s.footer.paragraphs[0]
    fp.alignment = R
    fp.paragraph_format.right_indent = Pt(SI)
    page_field(fp)
    ep = s.even_page_footer.paragraphs[0]
    ep.alignment = L
    ep.paragraph_format.left_indent = Pt(SI)
    page_field(ep)
    if first_page_blank:
        s.different_first_page_header_footer = True
        s.first_page_footer.paragraphs[0].text = ""
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    grid = s._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        s._sectPr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), "579")


def banhead(doc, text, size=40):
    p = para(doc, "", XBZ, size, C, 0, line=Pt(size * 1.2))
    r = p.add_run(text)
    set_font(r, XBZ, size, color=RED)
    r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="85"/>' % nsdecls("w")))


def wenhao_rule(doc, number):
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    p = para(doc, number, FS, SAN, C, 0)
    border(p, "bottom", 18, "E60012", 8)
    para(doc, "", indent=0)


def title_softbreak(doc, parts):
    p = para(doc, "", XBZ, ER, C, 0, line=Pt(33))
    for i, t in enumerate(parts):
        r = p.add_run(t)
        set_font(r, XBZ, ER)
        if i < len(parts) - 1:
            r.add_break()
    para(doc, "", indent=0)


def title_paras(doc, parts):
    for t in parts:
        para(doc, t, XBZ, ER, C, 0, line=Pt(33))
    para(doc, "", indent=0)


def signoff(doc, issuer, date, public, right_chars=4):
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    p = para(doc, issuer, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * right_chars)
    p = para(doc, date, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * (right_chars + 1))
    para(doc, "", indent=0)
    para(doc, public, FS, SAN, L, 2)


def banji(doc, chaosong, printer=None, printdate=None, blank_lines=0):
    for _ in range(blank_lines):
        para(doc, "", indent=0)
    p = para(doc, "", FS, SI, L, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI * 4)
    p.paragraph_format.first_line_indent = Pt(-SI * 3)
    p.paragraph_format.right_indent = Pt(SI)
    set_font(p.add_run("抄送：" + chaosong), FS, SI)
    border(p, "top", 12, "000000", 2)
    if printer:
        p = para(doc, "", FS, SI, L, 0, line=Pt(24))
        p.paragraph_format.left_indent = Pt(SI)
        p.paragraph_format.right_indent = Pt(SI)
        set_font(p.add_run(printer), FS, SI)
        set_font(p.add_run("\t" + printdate + "印发"), FS, SI)
        p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8560"/></w:tabs>' % nsdecls("w")))
        border(p, "top", 4, "000000", 2)
        border(p, "bottom", 12, "000000", 2)
    else:
        border(p, "bottom", 12, "000000", 2)


def cell_text(cell, text, east=FS, size=12, bold=False, align=C):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = None
    if text:
        set_font(p.add_run(text), east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def make_table(doc, header, rows, widths, aligns=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for ci, w in enumerate(widths):
        t.columns[ci].width = w
    for ci, h in enumerate(header):
        c = t.cell(0, ci)
        c.width = widths[ci]
        cell_text(c, h, HT, 12)
    # repeat header row on each page
    trpr = t.rows[0]._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
    for ri, row in enumerate(rows, start=1):
        for ci, v in enumerate(row):
            c = t.cell(ri, ci)
            c.width = widths[ci]
            cell_text(c, str(v), FS, 12, align=(aligns[ci] if aligns else C))
    return t


def vmerge(t, col, r0, r1):
    """Merge a column vertically the way offices do: the text stays in the top cell only."""
    for r in range(r0 + 1, r1 + 1):
        for run in t.cell(r, col).paragraphs[0].runs:
            run.text = ""
    t.cell(r0, col).merge(t.cell(r1, col))
    _drop_empty_paras(t)


def hmerge(t, row, c0, c1):
    for c in range(c0 + 1, c1 + 1):
        for run in t.cell(row, c).paragraphs[0].runs:
            run.text = ""
    t.cell(row, c0).merge(t.cell(row, c1))
    _drop_empty_paras(t)


def _drop_empty_paras(t):
    for row in t.rows:
        for c in row.cells:
            ps = c.paragraphs
            keep = [p for p in ps if p.text.strip()] or ps[:1]
            for p in ps:
                if p not in keep and len(c.paragraphs) > 1:
                    p._p.getparent().remove(p._p)


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


# =================================================================== A 辽宁
LN_NUM = "辽政办发〔2024〕9号"
LN_MEASURES = "辽宁省推进共建“一带一路”高质量发展若干措施"
LN_TITLE = "辽宁省人民政府办公厅关于印发" + LN_MEASURES + "的通知"
LN_TO = "各市人民政府，省政府各厅委、各直属机构："
LN_COVER = "《" + LN_MEASURES + "》已经省政府同意，现印发给你们，请认真贯彻落实。"
LN_DATE = "2024年3月18日"
LN_INTRO = "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，加快打造对外开放新前沿，推动辽宁更深融入共建“一带一路”，结合我省实际，制定如下措施。"
LN_SECTIONS = [
    ("一、畅通国际物流大通道", [
        ("1.提升中欧班列开行质效。", "支持沈阳、大连、营口整合中欧班列线路资源，加快建设沈阳中欧班列集结中心，力争2024年全省中欧班列开行1200列以上、2025年达到1500列。对新开通至共建“一带一路”国家的中欧班列线路，省级财政按每条线路给予一次性补助100万元。", "（责任单位：省交通运输厅、省发展改革委、省财政厅，沈阳、大连、营口市政府）"),
        ("2.拓展“辽满欧”“辽蒙欧”通道。", "依托大连港、营口港发展经满洲里、二连浩特口岸出境的海铁联运过境班列，2024年过境集装箱量达到12万标准箱，2025年达到15万标准箱。", "（责任单位：省交通运输厅、辽宁港口集团，大连、营口市政府）"),
        ("3.建设东北海陆大通道。", "推进大连港太平湾港区、营口港仙人岛港区建设，加密至日本、韩国及东南亚的外贸集装箱航线，2025年底前新增外贸航线10条以上。", ""),
        ("4.发展国际航空物流。", "支持沈阳桃仙国际机场、大连周水子国际机场开通至中亚、欧洲的全货机航线，对新开通国际全货机定期航线的，每条航线每年给予最高500万元补助，连续补助3年。", "（责任单位：省发展改革委、省财政厅，沈阳、大连市政府）"),
        ("5.提升口岸通关能力。", "加快丹东港和丹东铁路口岸基础设施改造，推进锦州港、盘锦港开放水域扩大，2024年底前全省口岸查验设施达标率达到100%。", ""),
    ]),
    ("二、拓展经贸合作空间", [
        ("6.稳定对共建国家外贸规模。", "对年度对共建“一带一路”国家进出口额超过1亿美元且同比增长10%以上的企业，按增量部分每美元0.01元人民币给予奖励，单个企业最高200万元。", "（责任单位：省商务厅、省财政厅）"),
        ("7.支持企业开拓国际市场。", "每年安排省级外经贸发展专项资金不少于2亿元，支持企业参加在共建“一带一路”国家举办的重点展会，展位费补助比例最高70%。", ""),
        ("8.发展跨境电子商务。", "支持沈阳、大连、抚顺、营口、盘锦等跨境电子商务综合试验区企业建设海外仓，对经认定的省级公共海外仓给予最高300万元一次性奖励。", "（责任单位：省商务厅，有关市政府）"),
        ("9.扩大对外投资合作。", "支持企业在俄罗斯、哈萨克斯坦、乌兹别克斯坦等国建设境外经贸合作区，对通过商务部确认考核的，给予一次性奖励500万元。", ""),
        ("10.推动对外承包工程转型升级。", "鼓励企业以EPC、投建营一体化等方式承揽共建“一带一路”国家基础设施项目，对新签合同额5000万美元以上的项目，给予前期费用补助最高100万元。", "（责任单位：省商务厅、省国资委）"),
    ]),
    ("三、提升开放平台能级", [
        ("11.深化自贸试验区改革创新。", "支持中国（辽宁）自由贸易试验区沈阳片区、大连片区、营口片区开展首创性、差别化改革探索，每年形成不少于15项制度创新成果并在全省复制推广。", "（责任单位：省自贸办，沈阳、大连、营口市政府）"),
        ("12.建设东北亚国际航运中心核心区。", "支持大连片区发展国际中转集拼、保税燃料油加注业务，2025年保税燃料油加注量达到50万吨。", ""),
        ("13.发挥营口片区枢纽作用。", "支持营口片区建设中欧班列营口集结中心和跨境电商物流分拨中心，对集结中心新增的集装箱堆场，按每平方米100元给予建设补助，最高1000万元。", "（责任单位：营口市政府、省商务厅）"),
        ("14.提升综合保税区发展水平。", "推动沈阳综合保税区、大连大窑湾综合保税区、营口综合保税区开展保税维修、保税研发等新业态，2024年全省综合保税区进出口额达到1200亿元。", ""),
        ("15.办好重大经贸活动。", "办好中国国际装备制造业博览会、夏季达沃斯论坛等重大活动，设立共建“一带一路”专题展区，每年组织省内企业赴共建国家开展经贸对接活动不少于20场。", ""),
    ]),
    ("四、强化支撑保障", [
        ("16.加大金融支持力度。", "引导金融机构扩大对共建“一带一路”项目的信贷投放，对小微企业出口信用保险保费给予最高50%的补贴。", "（责任单位：省地方金融管理局、省财政厅、中国出口信用保险公司辽宁分公司）"),
        ("17.优化通关服务。", "会同沈阳海关、大连海关推广“提前申报”“两步申报”等模式，2024年底前全省进口、出口整体通关时间分别压缩至30小时、1.5小时以内。", ""),
        ("18.强化人才支撑。", "支持大连海事大学、东北大学等高校开设共建国家语言和国际商务课程，每年培养复合型外经贸人才1000名以上。", ""),
        ("19.加强风险防控。", "建立境外企业和项目安全风险监测预警机制，每半年开展一次境外安全风险排查，指导企业完善应急预案。", "（责任单位：省商务厅、省外办、省公安厅）"),
        ("20.强化组织实施。", "省推进“一带一路”建设工作领导小组办公室（设在省发展改革委）负责统筹协调，各市、省直有关部门于每年1月15日前报送上一年度落实情况。", ""),
    ]),
]
LN_FINAL = "本措施自2024年4月1日起施行，有效期至2026年12月31日。各市可结合实际制定配套政策。"
LN_CHAOSONG = "省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，各人民团体，各民主党派。"
LN_PRINTER = "辽宁省人民政府办公厅秘书处"
LN_PRINTDATE = "2024年3月20日"


def build_liaoning():
    doc = Document()
    setup(doc)
    banhead(doc, "辽宁省人民政府办公厅文件", 38)
    wenhao_rule(doc, LN_NUM)
    title_softbreak(doc, ["辽宁省人民政府办公厅关于印发辽宁省", "推进共建“一带一路”高质量发展", "若干措施的通知"])
    para(doc, LN_TO, indent=0)
    para(doc, LN_COVER)
    signoff(doc, "辽宁省人民政府办公厅", LN_DATE, "（此件公开发布）")
    page_break(doc)
    para(doc, "", indent=0)
    title_softbreak(doc, ["辽宁省推进共建“一带一路”", "高质量发展若干措施"])
    para(doc, LN_INTRO)
    for head, items in LN_SECTIONS:
        para(doc, head, HT)
        for h, t, resp in items:
            parts = [(h, FS, True), (t, FS, False)]
            if resp:
                parts.append((resp, KT, False))
            runs(doc, parts)
    para(doc, LN_FINAL)
    page_break(doc)
    banji(doc, LN_CHAOSONG, LN_PRINTER, LN_PRINTDATE, blank_lines=17)
    out = os.path.join(HERE, "blind160_liaoning_cuoshi.docx")
    doc.save(out)
    return out


def expected_liaoning():
    clauses = [LN_COVER, LN_INTRO]
    for head, items in LN_SECTIONS:
        for h, t, resp in items:
            clauses.append(h + t + resp)
    clauses.append(LN_FINAL)
    return {
        "meta": {
            "title": LN_TITLE,
            "doc_number": LN_NUM,
            "issuer": ["辽宁省人民政府办公厅"],
            "date": "2024-03-18",
            "published": "2024-03-20",
            "level": "provincial",
            "region": "辽宁省",
            "effective": "2024-04-01",
            "expires": "2026-12-31",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各市人民政府", "省政府各厅委、各直属机构"],
            "publicity": "此件公开发布",
            "printed_document": LN_MEASURES,
        },
        "clauses": clauses,
        "applies_to": {
            "default": "辽宁省",
            "specific": {
                "1.": "沈阳市、大连市、营口市（沈阳中欧班列集结中心）",
                "2.": "大连市、营口市（大连港、营口港）— NOT 满洲里/二连浩特 (those are the exit 口岸 in 内蒙古, a route, not where the measure applies)",
                "3.": "大连市（太平湾港区）、营口市（仙人岛港区）",
                "4.": "沈阳市、大连市（两机场）",
                "5.": "丹东市、锦州市、盘锦市",
                "8.": "沈阳市、大连市、抚顺市、营口市、盘锦市",
                "11.": "中国（辽宁）自由贸易试验区沈阳片区、大连片区、营口片区",
                "12.": "中国（辽宁）自由贸易试验区大连片区（大连市）",
                "13.": "中国（辽宁）自由贸易试验区营口片区（营口市）",
                "14.": "沈阳综合保税区、大连大窑湾综合保税区、营口综合保税区",
            },
            "note": "9.（俄罗斯、哈萨克斯坦、乌兹别克斯坦）and 3.（日本、韩国、东南亚）name foreign destinations: the measure still applies in 辽宁省. 沈阳海关/大连海关 (17.) and 大连海事大学/东北大学 (18.) are organs, not places. The 责任单位 brackets name 市政府 as responsible organs; using them as places for 1./2./4./11./13. is acceptable since they coincide with the text.",
        },
        "_note": "Furniture, not clauses: red 版头 辽宁省人民政府办公厅文件 (with horizontal scale 85%), 文号 line 辽政办发〔2024〕9号 + red rule, the title (one paragraph with two soft line breaks — after 印发辽宁省 and after 高质量发展 — to be joined with nothing in between), 主送 line, 落款 辽宁省人民政府办公厅 / 2024年3月18日, （此件公开发布）, the repeated title of the measures (two soft-broken lines) on page 2, the 版记 (抄送… / 辽宁省人民政府办公厅秘书处 2024年3月20日印发) alone at the foot of the last page after blank paragraphs, footer page numbers “— N —” (odd pages right, even pages left). This is an 印发 notice: the measures are the printed document itself, not an 附件 (no 附件说明, no 附件 label) — attachments [] is right; listing the measures as the one attachment is tolerable (low). The measures being read as a second document is tolerable if its clauses are all there and it keeps 2024-03-18 / 辽宁省 / provincial. 一、二、三、四、 are 黑体 section headings without text of their own (heading clauses tolerable, but they must not swallow 1.). 1.–20. run straight through the four sections (5 under each); each measure is ONE paragraph: bold run-in heading (e.g. 1.提升中欧班列开行质效。) + body + sometimes a 楷体 bracket （责任单位：…）that belongs to that measure (must not become its own clause or be glued to the next measure). Labels: 1.–20. must be kept as numbered (10.–20. are two-digit, a reader that expects one digit may cut them). date = 成文日期 2024-03-18 (落款), not 2024-03-20 (印发, 版记); effective 2024-04-01 and expires 2026-12-31 come from the last unnumbered paragraph after 20. (本措施自2024年4月1日起施行，有效期至2026年12月31日。) which is itself a clause and must not be merged into 20. (tolerable, low, if merged). level provincial, region 辽宁省 (the 办公厅 issues for the provincial government).",
        "_pdf": {"note": "same expected metadata and clauses; 6 pages: cover notice on page 1, the measures on pages 2–5 (title at the top of page 2), the 版记 alone at the foot of page 6; page numbers “— N —” right/left alternating. Measures wrap over several lines and 9. runs over the page 3→4 break mid-sentence (…对通过商务部确认考 / 核的，给予一次性奖励500万元。): wrapped lines must be re-joined without spaces and without the page number in between. pdfplumber puts spaces around Latin digits (500 万元); the clause text should not keep them (tolerable, low)."},
    }


# =================================================================== B 内蒙古
NM_NUM = "内商口岸发〔2024〕21号"
NM_TITLE = "内蒙古自治区商务厅关于做好2024年满洲里、二连浩特口岸中欧班列扩量提质工作的通知"
NM_TO = "呼伦贝尔市、锡林郭勒盟商务局，满洲里市、二连浩特市商务局，各有关单位："
NM_DATE = "2024年4月22日"
NM_INTRO = "为贯彻落实自治区党委、政府关于建设我国向北开放重要桥头堡的部署要求，巩固满洲里、二连浩特口岸中欧班列通道优势，推动班列扩量提质、降本增效，经商自治区发展改革委、交通运输厅和满洲里海关、呼和浩特海关，现就做好2024年有关工作通知如下。"
NM_GOAL = "2024年，经满洲里、二连浩特口岸进出境中欧班列力争达到9800列，同比增长8.9%，其中回程（入境）班列占比不低于45%，货值达到1180亿元。各口岸具体目标见表1。"
NM_TAB_CAPTION = "表1　2024年满洲里、二连浩特口岸中欧班列开行目标"
NM_TAB_HEADER = ["口岸", "方向", "2023年实绩（列）", "2024年目标（列）", "货值目标（亿元）", "责任单位"]
NM_TAB_ROWS = [
    ["满洲里口岸", "出境", "2860", "3100", "420", "满洲里市商务局、满洲里海关"],
    ["满洲里口岸", "入境", "2190", "2400", "260", "满洲里市商务局、满洲里海关"],
    ["二连浩特口岸", "出境", "2010", "2200", "310", "二连浩特市商务局、二连浩特海关"],
    ["二连浩特口岸", "入境", "1940", "2100", "190", "二连浩特市商务局、二连浩特海关"],
]
NM_TAB_TOTAL = ["合计", "", "9000", "9800", "1180", "—"]
NM_TASKS = [
    ("（一）提升口岸换装能力。", "满洲里口岸要加快推进铁路换装库扩能改造，2024年9月底前新增宽准轨换装线2条；二连浩特口岸要推进集装箱场站智能化改造，2024年底前将换装作业时间压缩至每列3小时以内。"),
    ("（二）推进通关便利化。", "会同满洲里海关、呼和浩特海关全面推广“铁路快通”模式，对中欧班列实行“7×24小时”预约通关，入境班列口岸停留时间压缩20%以上。"),
    ("（三）培育回程货源。", "支持满洲里市、二连浩特市依托进口资源加工园区发展木材、粮食、矿产品落地加工，2024年回程班列货物落地加工货值达到80亿元。"),
    ("（四）发展“班列+”新业态。", "支持满洲里综合保税区、二连浩特边境经济合作区开展“中欧班列+跨境电商”“中欧班列+海外仓”业务，对经认定的班列集拼中心给予一次性奖励50万元，所需资金从自治区外经贸发展专项资金中列支。"),
]
NM_GUARD = [
    ("（一）加强统筹调度。", "自治区商务厅建立口岸中欧班列运行周调度机制，会同有关部门和铁路企业协调解决班列开行中的堵点难点问题。"),
    ("（二）强化信息报送。", "各有关盟市商务局要于每月5日前将上月中欧班列开行情况报送自治区商务厅口岸运行协调处（联系人：巴特尔，电话：0471-6945213）。"),
    ("（三）严格考核评价。", "自治区商务厅将目标任务完成情况纳入年度口岸工作考核，考核结果于2025年1月底前通报。"),
]
NM_ATT = "2024年满洲里、二连浩特口岸中欧班列扩量提质重点任务分工表"
NM_ATT_HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
NM_ATT_ROWS = [
    ["1", "满洲里铁路口岸换装库扩能改造，新增宽准轨换装线2条", "满洲里市人民政府", "中国铁路哈尔滨局集团有限公司、满洲里海关", "2024年9月30日"],
    ["2", "二连浩特口岸集装箱场站智能化改造", "二连浩特市人民政府", "中国铁路呼和浩特局集团有限公司、二连浩特海关", "2024年12月31日"],
    ["3", "推广“铁路快通”模式和“7×24小时”预约通关", "满洲里海关、呼和浩特海关", "自治区商务厅", "2024年6月30日"],
    ["4", "培育回程货源，发展进口资源落地加工", "满洲里市、二连浩特市人民政府", "自治区工业和信息化厅", "2024年12月31日"],
    ["5", "开展“中欧班列+跨境电商”“中欧班列+海外仓”业务", "满洲里综合保税区管委会、二连浩特边境经济合作区管委会", "自治区商务厅", "长期坚持"],
]
NM_CHAOSONG = "自治区人民政府办公厅，自治区发展改革委、交通运输厅、工业和信息化厅，满洲里海关，呼和浩特海关，中国铁路哈尔滨局集团有限公司，中国铁路呼和浩特局集团有限公司。"
NM_PRINTER = "内蒙古自治区商务厅办公室"
NM_PRINTDATE = "2024年4月23日"


def build_neimenggu():
    doc = Document()
    setup(doc)
    banhead(doc, "内蒙古自治区商务厅文件", 38)
    wenhao_rule(doc, NM_NUM)
    # title typed as three paragraphs
    title_paras(doc, ["内蒙古自治区商务厅关于做好2024年", "满洲里、二连浩特口岸中欧班列", "扩量提质工作的通知"])
    para(doc, NM_TO, indent=0)
    para(doc, NM_INTRO)
    para(doc, "一、工作目标", HT)
    para(doc, NM_GOAL)
    para(doc, NM_TAB_CAPTION, HT, SI, C, 0)
    mm = Mm
    t = make_table(doc, NM_TAB_HEADER, NM_TAB_ROWS + [NM_TAB_TOTAL], [mm(24), mm(14), mm(24), mm(24), mm(22), mm(46)])
    vmerge(t, 0, 1, 2)
    vmerge(t, 5, 1, 2)
    vmerge(t, 0, 3, 4)
    vmerge(t, 5, 3, 4)
    hmerge(t, 5, 0, 1)
    para(doc, "二、重点任务", HT)
    for h, b in NM_TASKS:
        runs(doc, [(h, KT, False), (b, FS, False)])
    para(doc, "三、保障措施", HT)
    for h, b in NM_GUARD:
        runs(doc, [(h, KT, False), (b, FS, False)])
    para(doc, "", indent=0)
    p = para(doc, "附件：" + NM_ATT, indent=2)
    p.paragraph_format.left_indent = Pt(SAN * 5)
    p.paragraph_format.first_line_indent = Pt(-SAN * 3)
    signoff(doc, "内蒙古自治区商务厅", NM_DATE, "（此件公开发布）")
    page_break(doc)
    para(doc, "附件", HT, SAN, L, 0)
    para(doc, "", indent=0)
    title_paras(doc, ["2024年满洲里、二连浩特口岸中欧班列", "扩量提质重点任务分工表"])
    make_table(doc, NM_ATT_HEADER, NM_ATT_ROWS, [Mm(12), Mm(52), Mm(34), Mm(36), Mm(22)], aligns=[C, L, L, L, C])
    page_break(doc)
    banji(doc, NM_CHAOSONG, NM_PRINTER, NM_PRINTDATE, blank_lines=16)
    out = os.path.join(HERE, "blind160_neimenggu_banlie.docx")
    doc.save(out)
    return out


def expected_neimenggu():
    rows = [row_clause(NM_TAB_HEADER, r) for r in NM_TAB_ROWS]
    total = row_clause(NM_TAB_HEADER, NM_TAB_TOTAL[:5])
    att = [row_clause(NM_ATT_HEADER, r) for r in NM_ATT_ROWS]
    clauses = [NM_INTRO, NM_GOAL] + rows + [total] + [h + b for h, b in NM_TASKS] + [h + b for h, b in NM_GUARD] + att
    return {
        "meta": {
            "title": NM_TITLE,
            "doc_number": NM_NUM,
            "issuer": ["内蒙古自治区商务厅"],
            "date": "2024-04-22",
            "published": "2024-04-23",
            "level": "provincial",
            "region": "内蒙古自治区",
            "effective": None,
            "expires": None,
            "attachments": [NM_ATT],
            "doc_type": "通知",
            "recipients": ["呼伦贝尔市、锡林郭勒盟商务局", "满洲里市、二连浩特市商务局", "各有关单位"],
            "publicity": "此件公开发布",
        },
        "clauses": clauses,
        "applies_to": {
            "default": "内蒙古自治区",
            "specific": {
                "表1 满洲里口岸 出境 / 入境 rows": "满洲里市（呼伦贝尔市）",
                "表1 二连浩特口岸 出境 / 入境 rows": "二连浩特市（锡林郭勒盟）",
                "表1 合计": "内蒙古自治区 (both 口岸)",
                "二、（一）": "满洲里市、二连浩特市 (two 口岸)",
                "二、（三）": "满洲里市、二连浩特市",
                "二、（四）": "满洲里综合保税区（满洲里市）、二连浩特边境经济合作区（二连浩特市）",
                "附件 row 1": "满洲里市",
                "附件 row 2": "二连浩特市",
                "附件 row 4": "满洲里市、二连浩特市",
                "附件 row 5": "满洲里综合保税区、二连浩特边境经济合作区",
            },
            "note": "满洲里海关 / 呼和浩特海关 / 二连浩特海关 and the 铁路局集团 are organs; naming 满洲里海关 (二、（二）, 附件 row 3) may give 满洲里市 — tolerable, low. 中欧班列 does not place clauses in Europe. The two 盟市 (呼伦贝尔市, 锡林郭勒盟) are the parents of 满洲里市 / 二连浩特市 (county-level cities with 计划单列-like status).",
        },
        "_note": "Furniture: red 版头 内蒙古自治区商务厅文件; 文号 内商口岸发〔2024〕21号 + red rule; the title typed as THREE centred paragraphs (…关于做好2024年 / 满洲里、二连浩特口岸中欧班列 / 扩量提质工作的通知) that must be joined into one title (not title = first line only; not the later lines read as clauses); 主送 (3 recipients, separated by ，); 附件说明 (附件：… one attachment); 落款 内蒙古自治区商务厅 2024年4月22日; （此件公开发布）; the label 附件 and the attachment title (two paragraphs) on page 3; 版记 (抄送… / 内蒙古自治区商务厅办公室 2024年4月23日印发) alone on the last page after blank paragraphs; footer “— N —”. 一、二、三、 are 黑体 headings with no text of their own. （一）…（四） and the three （一）…（三） under 三、 are run-in 楷体 headings: heading + body = ONE clause; the labels repeat (（一） occurs under 二、 and under 三、) — they must stay apart and keep their section. 表1 caption is a table title (tolerable as a clause, low). 表1 has vertically merged 口岸 and 责任单位 cells (满洲里口岸 over 出境/入境; 二连浩特口岸 likewise) and a 合计 row whose 口岸/方向 cells are merged horizontally: each row must still carry its 口岸 (a blank 口岸 on the 入境 row is MEDIUM: ‘how many inbound trains at 二连浩特’ loses its answer); the 合计 row as a clause or dropped is tolerable. The 附件 分工表 rows are clauses (5 rows). date 2024-04-22 (落款), published 2024-04-23 (版记). No effective/expires (a work notice). Deadlines 2024-09-30, 2024-12-31, 2024-06-30, 2025-01 are task deadlines, not expiry (expires set from them is MEDIUM). level provincial (自治区 department), region 内蒙古自治区.",
        "_pdf": {"note": "same expected metadata and clauses; 6 pages. 表1 (caption + table) is at the top of page 2; its merged 口岸/责任单位 cells print once, vertically centred across two rows (the text sits on the line between 出境 and 入境), and the 责任单位 cells wrap to two lines. The 附件 分工表 starts on page 4 and its row 5 is split across the page 4→5 break (page 5 repeats the header row and holds the rest of row 5's wrapped cells): row 5 must come out as one row, the repeated header must not become a row. The 版记 is alone at the foot of page 6."},
    }


# =================================================================== C 兰州
LZ_NUM = "兰政发〔2024〕23号"
LZ_BANFA = "兰州市国际陆港和中欧班列发展扶持办法"
LZ_TITLE = "兰州市人民政府关于印发" + LZ_BANFA + "的通知"
LZ_TO = "各县、区人民政府，兰州新区管委会，市政府各部门，市属各企事业单位："
LZ_COVER = "《" + LZ_BANFA + "》已经2024年6月17日市政府第31次常务会议审议通过，现印发给你们，请认真贯彻执行。"
LZ_DATE = "2024年6月24日"
# (chapter, [(article label, [paragraphs])])
LZ_CHAPTERS = [
    ("第一章　总　　则", [
        ("第一条", ["为加快兰州国际陆港建设，推动中欧班列和西部陆海新通道班列高质量发展，打造面向中亚、西亚、南亚和中东欧的国际物流枢纽，更好服务共建“一带一路”，根据国家和省有关规定，结合本市实际，制定本办法。"]),
        ("第二条", ["本办法适用于在本市行政区域内（含兰州新区）依法注册登记、具有独立法人资格，从事国际班列组织运营、国际货运代理或者多式联运的企业。"]),
        ("第三条", ["市级财政每年安排国际陆港和中欧班列发展专项资金1.5亿元，由市商务局（市政府口岸办）会同市财政局统筹管理。专项资金的使用遵循公开透明、绩效导向、总量控制、据实结算的原则。"]),
    ]),
    ("第二章　支持方向和标准", [
        ("第四条", ["对从兰州国际港务区始发的去程中欧班列，按照以下标准给予运营企业补贴：",
                  "（一）至中亚五国的班列，每列补贴3万元；",
                  "（二）至欧洲、西亚的班列，每列补贴6万元；",
                  "（三）至南亚的公铁联运班列，每列补贴4万元。",
                  "单列货值低于300万元或者装载率低于85%的，不予补贴。"]),
        ("第五条", ["对回程中欧班列，在第四条规定标准基础上上浮20%给予补贴；回程班列运输的进口货物在兰州新区综合保税区落地加工的，每标准箱另行给予500元奖励。"]),
        ("第六条", ["对从兰州国际港务区始发、经西部陆海新通道至广西钦州港的铁海联运班列，每标准箱补贴800元，单个企业年度补贴最高不超过1000万元。"]),
        ("第七条", ["对新开通的国际班列线路，开行满12个月且累计开行不少于24列的，给予线路开发企业一次性奖励100万元。同一线路不重复奖励。"]),
        ("第八条", ["对在兰州国际港务区新建或者改扩建集结分拨中心、投资额超过5000万元的项目，按照实际完成投资额的5%给予补助，单个项目最高500万元。"]),
        ("第九条", ["企业年度获得本办法各项补贴总额不超过其当年实际支付班列运费总额的20%，单个企业年度补贴总额最高不超过2000万元。"]),
    ]),
    ("第三章　申报和审核", [
        ("第十条", ["专项资金实行年度申报。符合条件的企业于每年3月31日前向注册地县区商务主管部门提出上一年度补贴申请；在兰州新区注册的企业，向兰州新区经济发展局提出申请。县区（兰州新区）初审后报市商务局。"]),
        ("第十一条", ["企业申请补贴应当提交下列材料：",
                    "（一）专项资金申请表；",
                    "（二）营业执照复印件；",
                    "（三）班列运单、报关单等开行证明材料；",
                    "（四）运费支付凭证和发票；",
                    "（五）对申报材料真实性负责的承诺书。"]),
        ("第十二条", ["市商务局会同市财政局委托第三方机构对申报材料进行审核，审核结果在市商务局门户网站公示5个工作日。公示无异议的，由市财政局于每年6月30日前拨付资金。"]),
    ]),
    ("第四章　监督管理", [
        ("第十三条", ["市财政局、市商务局对专项资金使用情况开展绩效评价和监督检查，必要时委托第三方机构开展专项审计。"]),
        ("第十四条", ["企业以虚报、伪造材料等方式骗取专项资金的，由市商务局追回已拨付资金，取消其3年内申报资格，并依法依规纳入信用记录；涉嫌犯罪的，依法移送司法机关处理。"]),
        ("第十五条", ["有关部门工作人员在专项资金管理中滥用职权、玩忽职守、徇私舞弊的，依法依规追究责任。"]),
    ]),
    ("第五章　附　　则", [
        ("第十六条", ["本办法与国家、省其他同类政策有重叠的，企业可按照“就高不重复”原则享受。兰州新区可参照本办法制定具体实施细则。"]),
        ("第十七条", ["本办法由市商务局负责解释。"]),
        ("第十八条", ["本办法自2024年8月1日起施行，有效期至2029年7月31日。《兰州市中欧班列运营补贴暂行办法》（兰政办发〔2019〕88号）同时废止。"]),
    ]),
]
LZ_CHAOSONG = "市委各部门，市人大常委会办公厅，市政协办公厅，市监委，市中级法院，市检察院，兰州海关。"
LZ_PRINTER = "兰州市人民政府办公室"
LZ_PRINTDATE = "2024年6月26日"


def build_lanzhou():
    doc = Document()
    setup(doc)
    banhead(doc, "兰州市人民政府文件", 40)
    wenhao_rule(doc, LZ_NUM)
    title_softbreak(doc, ["兰州市人民政府关于印发兰州市国际陆港", "和中欧班列发展扶持办法的通知"])
    para(doc, LZ_TO, indent=0)
    para(doc, LZ_COVER)
    signoff(doc, "兰州市人民政府", LZ_DATE, "（此件公开发布）")
    page_break(doc)
    para(doc, "", indent=0)
    title_paras(doc, [LZ_BANFA])
    for chap, arts in LZ_CHAPTERS:
        para(doc, chap, HT, SAN, C, 0)
        for lab, ps in arts:
            runs(doc, [(lab, HT, False), ("　" + ps[0], FS, False)])
            for x in ps[1:]:
                para(doc, x)
    para(doc, "", indent=0)
    banji(doc, LZ_CHAOSONG, LZ_PRINTER, LZ_PRINTDATE, blank_lines=3)
    out = os.path.join(HERE, "blind160_lanzhou_banfa.docx")
    doc.save(out)
    return out


def expected_lanzhou():
    clauses = [LZ_COVER]
    for chap, arts in LZ_CHAPTERS:
        for lab, ps in arts:
            clauses.append(lab + "　" + "\n".join(ps))
    return {
        "meta": {
            "title": LZ_TITLE,
            "doc_number": LZ_NUM,
            "issuer": ["兰州市人民政府"],
            "date": "2024-06-24",
            "published": "2024-06-26",
            "level": "municipal",
            "region": "甘肃省兰州市",
            "effective": "2024-08-01",
            "expires": "2029-07-31",
            "attachments": [],
            "doc_type": "通知（印发办法）",
            "recipients": ["各县、区人民政府", "兰州新区管委会", "市政府各部门", "市属各企事业单位"],
            "publicity": "此件公开发布",
            "printed_document": LZ_BANFA,
            "repeals": ["兰州市中欧班列运营补贴暂行办法（兰政办发〔2019〕88号）"],
        },
        "clauses": clauses,
        "applies_to": {
            "default": "甘肃省兰州市",
            "specific": {
                "第四条": "兰州国际港务区",
                "第五条": "兰州新区综合保税区（兰州新区）",
                "第六条": "兰州国际港务区 — NOT 广西钦州港 (the destination of the route)",
                "第八条": "兰州国际港务区",
                "第十条": "兰州新区 for its second half (新区 enterprises apply to 兰州新区经济发展局); the article as a whole is city-wide — 甘肃省兰州市 is fine",
                "第十六条": "兰州新区 for its second sentence; city-wide is fine",
            },
            "note": "第二条 (含兰州新区) widens, does not narrow: 兰州市 as a whole. Foreign destinations in 第一条/第四条 (中亚五国, 欧洲, 西亚, 南亚, 中东欧) are routes. 兰州海关 in the 抄送 is furniture. 市商务局/市财政局 are organs.",
        },
        "_note": "Furniture: red 版头 兰州市人民政府文件; 文号 兰政发〔2024〕23号 + red rule; title (one paragraph, soft line break after 国际陆港); 主送 (4 recipients); 落款 兰州市人民政府 2024年6月24日; （此件公开发布）; the title of the 办法 repeated on page 2; the five chapter headings 第一章　总　　则 … 第五章　附　　则 (centred 黑体, with full-width spaces inside 总　　则 / 附　　则 — headings, not clauses; as heading clauses tolerable, but the spaces must not be kept as part of a title or mangle the path); 版记 (抄送… / 兰州市人民政府办公室 2024年6月26日印发) right after the last article; footer “— N —”. Each article starts with its 黑体 label 第X条 followed by a full-width space. 第四条 has an intro paragraph, three items （一）（二）（三） as separate paragraphs and a closing 款 (单列货值低于300万元…不予补贴。) as another paragraph: all of it is 第四条 — splitting items into their own clauses is tolerable if they keep 第四条 in label/path, but the closing 款 must stay in 第四条 (it must not be glued to （三） only or become an unlabelled clause attached to nothing — low/medium); 第十一条 likewise has five items. Expected clause text joins an article's paragraphs with a newline. 第十一条–第十八条 must be labelled correctly (第十一条 etc., not 第十条 + 一). date = 2024-06-24 (落款); 2024-06-17 is the 常务会议 date; 2024-06-26 the 印发 date; effective 2024-08-01 and expires 2029-07-31 (第十八条) — with an 印发 cover, effective = 2024-06-24 would be WRONG (medium). The 办法 also repeals 兰政办发〔2019〕88号 — that 文号 must not become this document's doc_number. level municipal, region 甘肃省兰州市. attachments []: the 办法 is the printed document, not an 附件.",
        "_pdf": {"note": "same expected metadata and clauses; 5 pages; article labels 第X条 at the start of a line in 黑体 followed by a full-width space; the chapter headings are centred lines; 第四条's closing 款 (单列货值低于300万元或者装载率低于85%的，不予补贴。) is at the top of page 3, after the page break that follows （三）— it must stay in 第四条; the 版记 follows 第十八条 on page 5 (not at the page foot)."},
    }


# =================================================================== D 银川 复函
YC_NUM = "银商函〔2024〕47号"
YC_COMPANY = "宁夏塞上丝路供应链管理有限公司"
YC_TITLE = "银川市商务局关于" + YC_COMPANY + "咨询跨境电商和中欧班列支持政策有关问题的复函"
YC_TO = YC_COMPANY + "："
YC_DATE = "2024年9月12日"
YC_INTRO = "你公司《关于咨询跨境电商和中欧班列支持政策有关问题的函》（塞丝供应链函〔2024〕3号）收悉。经商市财政局、银川海关，现就你公司咨询的问题答复如下："
YC_SECTIONS = [
    ("一、关于中欧班列运费补贴的申请条件", [
        "根据《银川市促进中欧班列发展若干措施》（银政办发〔2023〕41号），在我市注册、通过银川国际公铁物流港发运“银川—中亚”“银川—欧洲”中欧班列货物的外贸企业，可按实际支付运费的30%申请补贴，单个企业年度补贴最高不超过200万元。",
        "你公司注册地在金凤区，应于2024年10月31日前向金凤区商务主管部门提交2024年1月至9月的运费补贴申请，由金凤区初审后报我局复核。",
    ]),
    ("二、关于跨境电商海外仓奖励", [
        "（一）对在共建“一带一路”国家新建或者租用面积1000平方米以上海外仓、且年度服务本市企业不少于10家的，经认定为市级公共海外仓后给予一次性奖励50万元。",
        "（二）你公司拟在哈萨克斯坦阿拉木图租用的海外仓面积为800平方米，暂不符合上述认定条件；待面积和服务企业数量达到要求后，可在下一年度认定申报时提出申请。",
    ]),
    ("三、关于在银川综合保税区开展保税业务", [
        "你公司咨询的在银川综合保税区开展保税仓储和跨境电商网购保税进口（1210）业务，属于海关监管事项，请直接与银川海关驻银川综合保税区办事处对接。我局将会同银川综合保税区管委会协助做好企业入区服务。",
    ]),
    ("四、关于政策叠加享受", [
        "同一事项已享受自治区级补贴的，市级按照“就高不重复”原则执行，不再重复支持；自治区级补贴低于市级标准的，可由市级补足差额。",
    ]),
    ("五、关于申报方式", [
        "上述补贴和奖励均通过宁夏政务服务网“银川市商务专项资金”模块在线申报，申报材料包括申请表、营业执照、班列运单或海外仓租赁合同、费用支付凭证等。",
    ]),
]
YC_CLOSE = "特此函复。"
YC_CONTACT = "联系人：市商务局对外贸易和口岸管理科　马晓燕，电话：0951-6888472。"
YC_CHAOSONG = "市财政局，银川海关，银川综合保税区管委会，金凤区人民政府。"


def build_yinchuan():
    doc = Document()
    setup(doc, first_page_blank=True)
    # 信函格式: organ name only (no 文件), red double rule, 文号 flush right under it
    p = para(doc, "", indent=0)
    p.paragraph_format.space_before = Pt(0)
    banhead(doc, "银川市商务局", 40)
    p = para(doc, "", indent=0, line=Pt(12))
    border(p, "bottom", 24, "E60012", 1, val="thickThinSmallGap")
    p = para(doc, YC_NUM, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(0)
    para(doc, "", indent=0)
    title_softbreak(doc, ["银川市商务局关于宁夏塞上丝路供应链", "管理有限公司咨询跨境电商和中欧班列", "支持政策有关问题的复函"])
    para(doc, YC_TO, indent=0)
    para(doc, YC_INTRO)
    for head, ps in YC_SECTIONS:
        para(doc, head, HT)
        for x in ps:
            para(doc, x)
    para(doc, YC_CLOSE)
    para(doc, "", indent=0)
    para(doc, YC_CONTACT)
    signoff(doc, "银川市商务局", YC_DATE, "（此件依申请公开）")
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    banji(doc, YC_CHAOSONG, None, None, blank_lines=2)
    out = os.path.join(HERE, "blind160_yinchuan_fuhan.docx")
    doc.save(out)
    return out


def expected_yinchuan():
    clauses = [YC_INTRO]
    for head, ps in YC_SECTIONS:
        clauses.extend(ps)
    clauses.append(YC_CONTACT)
    return {
        "meta": {
            "title": YC_TITLE,
            "doc_number": YC_NUM,
            "issuer": ["银川市商务局"],
            "date": "2024-09-12",
            "published": None,
            "level": "municipal",
            "region": "宁夏回族自治区银川市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "函（复函）",
            "recipients": [YC_COMPANY],
            "publicity": "此件依申请公开",
            "in_reply_to": "关于咨询跨境电商和中欧班列支持政策有关问题的函（塞丝供应链函〔2024〕3号）",
        },
        "clauses": clauses,
        "applies_to": {
            "default": "宁夏回族自治区银川市",
            "specific": {
                "一、 first paragraph": "银川市（银川国际公铁物流港）",
                "一、 second paragraph": "金凤区",
                "二、（二）": "银川市 — NOT 哈萨克斯坦阿拉木图 (where the warehouse would be)",
                "三、": "银川综合保税区",
            },
            "note": "The reply binds the enterprise; its place is 银川市. 银川海关, 市财政局, 银川综合保税区管委会 are organs. 宁夏政务服务网 is a website.",
        },
        "_note": "信函格式 furniture: red organ mark 银川市商务局 (no 文件), a red double rule (thick-thin) under it, the 文号 银商函〔2024〕47号 flush right under the rule (it is the doc_number, not a clause); title in one paragraph with two soft breaks; 主送 = the enterprise (one recipient); 特此函复。 (closing formula — tolerable as a clause, low); 落款 银川市商务局 2024年9月12日; （此件依申请公开） → publicity; 版记 for a 函 has 抄送 only (no 印发机关/印发日期 line) at the end — so published is unknown (None), and the 抄送 line must not become a clause; page 1 has NO page number (different first page footer), later pages “— N —”. 一、…五、 are standalone 黑体 question headings (关于…) with the answers as following paragraphs: the headings are not clauses of their own (tolerable as heading clauses), but each answer must sit under its heading (path/label) — 一、 has two answer paragraphs with no label; 二、 has （一）（二） paragraphs (not run-in headings; plain numbered answers). The 文号 of the enterprise's letter (塞丝供应链函〔2024〕3号) and of the cited 银政办发〔2023〕41号 must not become doc_number. date 2024-09-12; 2024-10-31 is a deadline. doc_type 函 (复函). level municipal, region 宁夏回族自治区银川市.",
        "_pdf": {"note": "same expected metadata and clauses; 3 pages; page 1 has NO page number and the second answer paragraph of 一、 runs over the page 1→2 break mid-sentence (…向金凤 / 区商务主管部门…); pages 2 and 3 show “— 2 —” (left) and “— 3 —” (right); the 文号 prints at the right margin directly under the double rule; the contact line wraps (…马晓燕，电 / 话：0951-6888472。)."},
    }


def main():
    os.makedirs("/tmp/lo_160", exist_ok=True)
    outs = [build_liaoning(), build_neimenggu(), build_lanzhou(), build_yinchuan()]
    for o in outs:
        to_pdf(o)
    exp = {
        "blind160_liaoning_cuoshi": [expected_liaoning()],
        "blind160_neimenggu_banlie": [expected_neimenggu()],
        "blind160_lanzhou_banfa": [expected_lanzhou()],
        "blind160_yinchuan_fuhan": [expected_yinchuan()],
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    print("\n".join(outs))


if __name__ == "__main__":
    main()
