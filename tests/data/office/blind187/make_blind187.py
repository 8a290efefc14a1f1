# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 187: the most ordinary documents of east-China county and city offices.

Writes next to itself (python-docx, then LibreOffice for the PDFs):
  blind187_kunshan_yijian.docx / .pdf   昆山市人民政府 实施意见, 昆政发〔2024〕11号; 一、（一）1.（1） four levels,
      一、 and （一） headings on their own lines, 1. run-in, （1） items; 有效期5年 (expires must be computed).
  blind187_wenzhou_tongzhi.docx / .pdf  温州市商务局 温州海关 joint 通知, 温商务〔2024〕48号; joint 版头 drawn as a
      borderless table (two organ names left, 文件 right); 附件 名单 table 序号/企业名称/所在县（市、区）/类别 with the
      类别 column vertically merged and the header row repeated on each page.
  blind187_wuhu_banfa.docx / .pdf       芜湖片区管委会 印发《…办法》的通知, 芜自贸片管〔2024〕15号; the 办法 follows the
      cover notice on a new page: 第一章…第四章, 第一条…第十六条, 施行 2024-08-01, 有效期至 2026-12-31.
  blind187_quanzhou_han.docx / .pdf     泉州市人民政府办公室 关于…的函 (信函格式) to 福建省商务厅, 泉政办函〔2024〕58号;
      title typed as three paragraphs, no page number on page 1, 妥否，请函复。
  expected.json

Run:  . /work/venv/bin/activate && python make_blind187.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)
SAN_HAO = 16
ER_HAO = 22
SI_HAO = 14
LINE = Pt(28.9)


# ------------------------------------------------------------------ docx helpers
def set_font(run, east, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")
    rfonts.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=2, size=SAN_HAO, line=LINE):
    pf = p.paragraph_format
    p.alignment = align
    pf.first_line_indent = Pt(size * indent) if indent else None
    pf.line_spacing = line
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)


def para(doc, text="", east=FS, size=SAN_HAO, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=2, bold=False, color=None, line=LINE):
    p = doc.add_paragraph()
    fmt(p, align, indent, size, line)
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def runin(doc, head, body, head_font=HT, head_bold=False):
    p = para(doc, "")
    set_font(p.add_run(head), head_font, SAN_HAO, head_bold)
    set_font(p.add_run(body), FS, SAN_HAO)
    return p


def blank(doc, n=1):
    for _ in range(n):
        para(doc, "", indent=0)


def border(p, side, val="single", sz=12, color="E60012", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), val, sz, space, color)))


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=0)
    p.add_run().add_break(WD_BREAK.PAGE)


def page_field(p, size=SI_HAO):
    set_font(p.add_run("— "), ST, size)
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
    set_font(p.add_run(" —"), ST, size)


def setup(doc, odd_even=True, first_page_blank=False):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(25)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN_HAO)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    if odd_even:
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp.paragraph_format.right_indent = Pt(SI_HAO)
        page_field(fp)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
        ep.paragraph_format.left_indent = Pt(SI_HAO)
        page_field(ep)
    else:
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page_field(fp)
    if first_page_blank:
        s.different_first_page_header_footer = True
        # 信函格式: red double line near the foot of page 1, no page number
        fp1 = s.first_page_footer.paragraphs[0]
        fp1.paragraph_format.space_after = Pt(0)
        border(fp1, "top", "thinThickSmallGap", 24, "E60012", 1)
    grid = s._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        s._sectPr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), "579")


def banhead(doc, lines, size=40):
    for ln in lines:
        p = para(doc, "", XBZ, size, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(size * 1.2))
        set_font(p.add_run(ln), XBZ, size, color=RED)


def docnum_rule(doc, number, align=WD_ALIGN_PARAGRAPH.CENTER):
    blank(doc, 2)
    p = para(doc, number, FS, SAN_HAO, align, 0)
    border(p, "bottom", "single", 18, "E60012", 8)
    blank(doc)


def title(doc, parts, mode="one"):
    """mode: one = one paragraph, wraps by itself; soft = one paragraph with soft breaks; paras = one paragraph per part."""
    if mode == "paras":
        for t in parts:
            para(doc, t, XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    else:
        p = para(doc, "", XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
        for i, t in enumerate(parts):
            r = p.add_run(t)
            set_font(r, XBZ, ER_HAO)
            if mode == "soft" and i < len(parts) - 1:
                r.add_break()
    blank(doc)


def attach_note(doc, items):
    if not items:
        return
    if len(items) == 1:
        p = para(doc, "附件：" + items[0])
        p.paragraph_format.left_indent = Pt(SAN_HAO * 5)
        p.paragraph_format.first_line_indent = Pt(-SAN_HAO * 3)
        return
    for i, t in enumerate(items):
        p = para(doc, ("附件：" if i == 0 else "") + "%d．%s" % (i + 1, t))
        p.paragraph_format.left_indent = Pt(SAN_HAO * 5)
        p.paragraph_format.first_line_indent = Pt(-SAN_HAO * 3) if i == 0 else Pt(0)


def signoff(doc, issuer_line, date, right_chars=4, publicity=None, blanks=2):
    blank(doc, blanks)
    p = para(doc, issuer_line, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * right_chars)
    p = para(doc, date, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * (right_chars + 0))
    if publicity:
        blank(doc)
        para(doc, "（%s）" % publicity)


def banji(doc, chaosong, printer=None, printdate=None, blank_lines=0):
    blank(doc, blank_lines)
    p = para(doc, "", FS, SI_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI_HAO * 4)
    p.paragraph_format.first_line_indent = Pt(-SI_HAO * 3)
    p.paragraph_format.right_indent = Pt(SI_HAO)
    set_font(p.add_run("抄送：" + chaosong), FS, SI_HAO)
    p.paragraph_format.keep_with_next = True
    if printer is None:
        return
    border(p, "top", "single", 12, "000000", 2)
    p = para(doc, "", FS, SI_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI_HAO)
    p.paragraph_format.right_indent = Pt(SI_HAO)
    set_font(p.add_run(printer), FS, SI_HAO)
    set_font(p.add_run("\t" + printdate + "印发"), FS, SI_HAO)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8560"/></w:tabs>' % nsdecls("w")))
    border(p, "top", "single", 4, "000000", 2)
    border(p, "bottom", "single", 12, "000000", 2)


def cell_text(cell, text, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, color=None):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = None
    p.paragraph_format.line_spacing = 1.0
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>'
        '<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w")))


def set_widths(tbl, widths):
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in tbl.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    tblPr = tbl._tbl.tblPr
    lay = parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w"))
    tblPr.append(lay)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


# ================================================================== A 昆山 实施意见
A_TITLE = "昆山市人民政府关于深度融入共建“一带一路”加快推进高水平对外开放的实施意见"
A_NUM = "昆政发〔2024〕11号"
A_TO = "各镇人民政府，各区管委会，各街道办事处，市各委办局，各直属单位："
A_INTRO = "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，全面落实《江苏省人民政府关于高质量推进“一带一路”交汇点建设的意见》（苏政发〔2023〕52号）和苏州市相关工作要求，进一步发挥我市开放型经济优势，加快建设具有国际竞争力的开放强市，结合我市实际，提出如下实施意见。"
A_GOAL = "坚持以习近平新时代中国特色社会主义思想为指导，坚持“引进来”和“走出去”并重，以开放平台为载体、以重点企业为主体、以国际物流通道为支撑，推动我市深度融入共建“一带一路”。到2026年，全市对共建“一带一路”国家进出口额突破2200亿元，年均增长8%以上；累计新增对共建“一带一路”国家投资项目120个以上、中方协议投资额12亿美元以上；培育跨境电商年进出口额超亿元企业30家。"
# (kind, head, body): kind h1 = 一、 heading alone; h2 = （一） heading alone; h2r = （一） run-in; n = 1. run-in; s = （1） item; p = plain paragraph
A_BODY = [
    ("h1", "一、总体要求", ""),
    ("p", "", A_GOAL),
    ("h1", "二、重点任务", ""),
    ("h2", "（一）拓展国际市场空间", ""),
    ("n", "1.巩固传统优势市场。", "支持电子信息、精密机械、光电显示等优势产业企业稳定对东盟、中东欧等共建“一带一路”国家和地区的出口份额。每年组织企业参加境外重点展会不少于40场次，对参展企业给予展位费最高70%的补助，单个企业年度补助不超过50万元。"),
    ("n", "2.开拓新兴市场。", "聚焦中亚、西亚、非洲和拉美等新兴市场，实施“昆山制造丝路行”市场开拓行动，重点做好以下工作："),
    ("s", "", "（1）每年在哈萨克斯坦、阿联酋、沙特阿拉伯等国家举办“昆山品牌展”不少于3场，组织企业200家次以上参展；"),
    ("s", "", "（2）支持千灯镇、张浦镇精密机械企业组团开拓中亚市场，对首次在新兴市场国家开展产品认证的企业，按认证费用的50%给予补助，单个企业最高20万元；"),
    ("s", "", "（3）依托周市镇、陆家镇现有产业园区，建设2个面向新兴市场的外贸公共服务平台，提供境外商标注册、法律咨询和信用风险评估等服务。"),
    ("n", "3.做大跨境电商规模。", "推进中国（苏州）跨境电子商务综合试验区昆山园区建设，支持企业在共建“一带一路”国家布局海外仓。对新认定的市级公共海外仓，一次性给予100万元奖励；到2026年，全市跨境电商进出口额达到300亿元。"),
    ("h2", "（二）提升双向投资水平", ""),
    ("n", "1.精准招引外资项目。", "围绕新一代电子信息、高端装备、生物医药等主导产业，聚焦新加坡、马来西亚、阿联酋等国家开展产业链招商，每年引进共建“一带一路”国家投资项目不少于15个。对实际使用外资金额超过3000万美元的新设项目，按实际到资额的1%给予奖励，最高1000万元。"),
    ("n", "2.有序引导企业“走出去”。", "支持有条件的企业在东南亚、中东等地区建设生产基地和研发中心，完善境外投资备案“一站式”服务。对在共建“一带一路”国家新设生产型项目且中方实际投资额超过1000万美元的企业，给予最高200万元的前期费用补助。"),
    ("h2", "（三）做强开放平台载体", ""),
    ("n", "1.推动昆山综合保税区提质增效。", "对标中国（江苏）自由贸易试验区苏州片区，复制推广保税研发、保税维修、“一企多址”等改革试点经验，到2025年底综合保税区外贸进出口额达到1500亿元，保税维修业务年产值突破30亿元。"),
    ("n", "2.提升花桥经济开发区服务贸易能级。", "支持花桥经济开发区建设国际商务城，发展数字贸易、服务外包和跨境金融服务，对年服务外包执行额超过5000万美元的企业给予最高100万元奖励。"),
    ("n", "3.加快昆山高新区国际科技合作。", "在昆山高新区建设“一带一路”国际技术转移中心，每年促成与共建“一带一路”国家科技合作项目不少于20项，对获批国家级国际科技合作基地的单位给予300万元奖励。"),
    ("h2", "（四）畅通国际物流通道", ""),
    ("n", "1.拓展中欧班列货源。", "加强与中欧班列（苏州）运营平台对接，在昆山开发区设立中欧班列货物集结点，对经集结点出口且货值超过500万元的企业，按实际运费的20%给予补贴。"),
    ("n", "2.优化港口和航空物流。", "推动“昆山—太仓港”江海联运和海关监管一体化，具体措施如下："),
    ("s", "", "（1）在昆山综合保税区设立太仓港集装箱“陆上码头”，实现“一次申报、一次查验、一次放行”，2024年底前通关时间压缩至12小时以内；"),
    ("s", "", "（2）开通昆山至上海浦东国际机场的跨境电商货物“卡车航班”，每周不少于10班。"),
    ("h1", "三、保障措施", ""),
    ("h2r", "（一）加强组织领导。", "成立市推进共建“一带一路”工作领导小组，由市政府主要领导担任组长，领导小组办公室设在市商务局，负责统筹协调、督促推进各项任务落实。"),
    ("h2r", "（二）强化资金保障。", "市财政每年安排不少于2亿元开放型经济发展专项资金，用于支持本意见确定的各项任务。各镇（区）应按照不低于1∶1的比例安排配套资金。"),
    ("h2r", "（三）严格考核评估。", "将各项任务落实情况纳入各镇（区）和市各部门高质量发展考核，市商务局每年12月底前牵头开展年度评估，评估结果报市政府。"),
    ("p", "", "本实施意见自2024年4月1日起施行，有效期5年。"),
]
A_CHAOSONG = "市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，市人武部，各人民团体。"


def build_a():
    doc = Document()
    setup(doc)
    banhead(doc, ["昆山市人民政府文件"], size=44)
    docnum_rule(doc, A_NUM)
    title(doc, [A_TITLE], "one")
    para(doc, A_TO, indent=0)
    para(doc, A_INTRO)
    for kind, head, body in A_BODY:
        if kind == "h1":
            para(doc, head, HT)
        elif kind == "h2":
            para(doc, head, KT)
        elif kind == "h2r":
            runin(doc, head, body, head_font=KT)
        elif kind == "n":
            runin(doc, head, body, head_font=FS, head_bold=True)
        else:
            para(doc, body)
    signoff(doc, "昆山市人民政府", "2024年3月18日", right_chars=4, publicity="此件公开发布")
    banji(doc, A_CHAOSONG, "昆山市人民政府办公室", "2024年3月20日", blank_lines=3)
    out = os.path.join(HERE, "blind187_kunshan_yijian.docx")
    doc.save(out)
    return out


def expected_a():
    clauses = [A_INTRO]
    for kind, head, body in A_BODY:
        if kind in ("h1", "h2"):
            continue
        clauses.append(head + body)
    return {
        "meta": {
            "title": A_TITLE,
            "doc_number": A_NUM,
            "issuer": ["昆山市人民政府"],
            "date": "2024-03-18",
            "published": "2024-03-20",
            "level": "county",
            "region": "江苏省苏州市昆山市",
            "effective": "2024-04-01",
            "expires": "2029-03-31",
            "attachments": [],
            "doc_type": "实施意见",
            "recipients": ["各镇人民政府", "各区管委会", "各街道办事处", "市各委办局", "各直属单位"],
            "publicity": "此件公开发布",
        },
        "clauses": clauses,
        "applies_to": {
            "default": "江苏省苏州市昆山市",
            "specific": {
                "二、（一）2.（2）": "千灯镇、张浦镇（昆山市）",
                "二、（一）2.（3）": "周市镇、陆家镇（昆山市）",
                "二、（三）1.": "昆山综合保税区（NOT 中国（江苏）自由贸易试验区苏州片区 — that is only the benchmark 对标）",
                "二、（三）2.": "花桥经济开发区",
                "二、（三）3.": "昆山高新区",
                "二、（四）1.": "昆山开发区",
                "二、（四）2.（1）": "昆山综合保税区（太仓港 is the partner port, in 太仓市; not a place this applies to）",
            },
            "note": "哈萨克斯坦/阿联酋/沙特/新加坡/马来西亚/东南亚/中东 (二、（一）2.（1）, 二、（二）) are target markets, not places the clause applies to; 上海浦东国际机场 (二、（四）2.（2）) is a destination; 苏州/江苏 appear only as upper levels. 中国（苏州）跨境电子商务综合试验区昆山园区 (二、（一）3.) = 昆山 as a whole (default).",
        },
        "_note": (
            "county-level city (县级市 昆山, under 苏州) → level county; 'municipal' is a wrong level (medium). "
            "Furniture: red 版头 昆山市人民政府文件; 文号 line 昆政发〔2024〕11号 + red rule; title (one paragraph, wraps to two lines by itself); 主送 line (→ recipients, 5 items); "
            "落款 昆山市人民政府 / 2024年3月18日; （此件公开发布）; 版记 (抄送：市委各部门，… / 昆山市人民政府办公室 2024年3月20日印发, after 3 blank paragraphs); footer '— N —' (odd pages right, even left). "
            "Four levels: 一、总体要求 / 二、重点任务 / 三、保障措施 (黑体, own lines, no text → headings, not clauses); （一）…（四） under 二、 are headings on their own lines (楷体, no full stop, no text → not clauses; tolerable as heading clauses, low); "
            "1.2.3. are run-in (bold 仿宋 heading + text in one paragraph) → heading and text are ONE clause; numbering 1. restarts under each （一）（二）（三）（四）, so labels must be qualified by their path (二、（三）1. vs 二、（四）1.); "
            "（1）（2）（3） are separate items under 二、（一）2. and 二、（四）2. (each its own clause; merged into the parent 1./2. is tolerable, low). "
            "Under 三、 the （一）（二）（三） are run-in (楷体 heading + text) → ONE clause each. The goal paragraph under 一、 has no label (path 一、总体要求). "
            "The last paragraph 本实施意见自2024年4月1日起施行，有效期5年。 → effective 2024-04-01, expires 2029-03-31 (computed: 5 years; 2029-04-01 tolerable, low; null = medium). "
            "date = 成文日期 2024-03-18 (落款); 2024-03-20 is the 印发 date; 苏政发〔2023〕52号 is a cited document, not this document's 文号; 2024年底/2025年底/2026年 are targets."
        ),
        "_pdf": {
            "note": "same expected metadata and clauses as the .docx; LibreOffice renders the 版记 rules and the page numbers '— N —' at alternating right/left positions; the title wraps after about 20 characters and must be rejoined without a space.",
        },
    }


# ================================================================== B 温州 joint 通知
B_ORG1, B_ORG2 = "温州市商务局", "温州海关"
B_TITLE = "温州市商务局　温州海关关于公布2024年度温州市“一带一路”市场开拓重点企业名单的通知"
B_TITLE_PARTS = ["温州市商务局　温州海关关于公布", "2024年度温州市“一带一路”市场开拓", "重点企业名单的通知"]
B_NUM = "温商务〔2024〕48号"
B_TO = "各县（市、区）商务主管部门，温州湾新区（经开区）经济发展局，温州海关各业务科室及驻各县（市、区）办事处，各有关企业："
B_ATT = "2024年度温州市“一带一路”市场开拓重点企业名单"
B_INTRO = "为贯彻落实《浙江省人民政府办公厅关于进一步推进外贸稳规模提质量的若干意见》（浙政办发〔2024〕8号）精神，深入实施“一带一路”市场开拓行动，支持我市企业深耕共建“一带一路”国家市场，经企业自愿申报、县（市、区）商务主管部门和海关初审、市商务局和温州海关联合评审并公示，确定温州瓯信电气有限公司等16家企业为2024年度温州市“一带一路”市场开拓重点企业（名单见附件），现予以公布。有关事项通知如下："
B_ITEMS = [
    ("一、强化政策支持。", "市商务局对名单内企业参加共建“一带一路”国家重点展会给予展位费补助，补助比例不超过实际发生费用的60%，单个企业年度补助最高30万元；优先推荐名单内企业申报省级外经贸发展专项资金项目。"),
    ("二、提升通关便利。", "温州海关对名单内企业实施“一企一策”精准帮扶，优先培育认证为海关高级认证企业（AEO），对其出口至共建“一带一路”国家的货物推行“提前申报”“两段准入”等便利措施；在温州综合保税区开展保税维修、跨境电商出口退货等业务的，实行“即报即审”，通关时间压缩至6小时以内。"),
    ("三、拓展物流通道。", "支持名单内企业使用温州港状元岙港区、乐清湾港区新开通的东南亚、中东集装箱航线，对使用上述航线出口且年度集装箱量超过200标箱的企业，由所在县（市、区）按每标箱200元给予运费补助，单个企业年度补助最高50万元。"),
    ("四、实施动态管理。", "名单有效期为2年，自2024年6月1日起至2026年5月31日止。名单内企业发生重大安全生产、质量事故或严重失信行为，以及被海关认定为失信企业的，取消其重点企业资格，2年内不得再次申报。"),
    ("五、做好跟踪服务。", "各县（市、区）商务主管部门要会同属地海关建立“一企一联络员”制度，及时协调解决企业在市场开拓中遇到的困难和问题，于每季度结束后10日内将名单内企业进出口情况报送市商务局对外贸易处。"),
]
B_CONTACT = "联系人：市商务局对外贸易处　郑晓东，电话0577-88968215；温州海关综合业务一科　叶佳，电话0577-88979626。"
B_HEADER = ["序号", "企业名称", "所在县（市、区）", "类别"]
B_GROUPS = [
    ("生产型出口企业", [
        ("温州瓯信电气有限公司", "乐清市"),
        ("浙江瑞丰汽车部件股份有限公司", "瑞安市"),
        ("温州鹿城鞋业进出口有限公司", "鹿城区"),
        ("浙江永嘉泵阀集团有限公司", "永嘉县"),
        ("温州龙湾阀门制造有限公司", "龙湾区"),
        ("平阳县宏达皮革有限公司", "平阳县"),
    ]),
    ("跨境电商企业", [
        ("温州海购网络科技有限公司", "瓯海区"),
        ("苍南县印艺跨境电商有限公司", "苍南县"),
        ("龙港市新盛包装科技有限公司", "龙港市"),
        ("温州云帆电子商务有限公司", "温州湾新区（经开区）"),
    ]),
    ("外贸综合服务企业", [
        ("温州市外贸综合服务有限公司", "鹿城区"),
        ("瑞安市汇通外贸服务有限公司", "瑞安市"),
        ("浙江南瓯供应链管理有限公司", "温州湾新区（经开区）"),
    ]),
    ("海外仓企业", [
        ("温州丝路通国际物流有限公司", "洞头区"),
        ("浙江东方海外仓储有限公司", "乐清市"),
        ("文成县侨乡国际贸易有限公司", "文成县"),
    ]),
]
B_CHAOSONG = "省商务厅，杭州海关，市人民政府办公室，市财政局，市市场监管局。"


def b_rows():
    rows = []
    n = 0
    for cat, ents in B_GROUPS:
        for name, county in ents:
            n += 1
            rows.append([str(n), name, county, cat])
    return rows


def build_b():
    doc = Document()
    setup(doc)
    # joint 版头: a borderless 2x2 table, the two organ names left, 文件 right (merged over both rows)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Mm(112), Mm(44)])
    right = t.cell(0, 1).merge(t.cell(1, 1))
    for i, org in enumerate((B_ORG1, B_ORG2)):
        c = t.cell(i, 0)
        cell_text(c, org, XBZ, 36, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, color=RED)
    cell_text(right, "文件", XBZ, 44, align=WD_ALIGN_PARAGRAPH.CENTER, color=RED)
    docnum_rule(doc, B_NUM)
    title(doc, B_TITLE_PARTS, "soft")
    para(doc, B_TO, indent=0)
    para(doc, B_INTRO)
    for h, t_ in B_ITEMS:
        runin(doc, h, t_, head_font=HT)
    para(doc, B_CONTACT)
    blank(doc)
    attach_note(doc, [B_ATT])
    # joint 落款: both organs on one line, one date below
    signoff(doc, B_ORG1 + "　　　　" + B_ORG2, "2024年5月27日", right_chars=4, publicity="此件主动公开", blanks=3)
    # 附件
    page_break(doc)
    para(doc, "附件", HT, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0)
    blank(doc)
    para(doc, B_ATT, XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, "（排名不分先后）", KT, SAN_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0)
    blank(doc)
    rows = b_rows()
    tbl = doc.add_table(rows=1 + len(rows), cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(14), Mm(72), Mm(40), Mm(30)]
    set_widths(tbl, widths)
    for ci, h in enumerate(B_HEADER):
        c = tbl.cell(0, ci)
        c.width = widths[ci]
        cell_text(c, h, HT, 14)
    repeat_header(tbl.rows[0])
    for ri, row in enumerate(rows, start=1):
        for ci in range(3):
            c = tbl.cell(ri, ci)
            c.width = widths[ci]
            cell_text(c, row[ci], FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        tbl.cell(ri, 3).width = widths[3]
        tbl.rows[ri].height = Mm(11)
    # 类别: vertically merged per group, text in the top cell only
    start = 1
    for cat, ents in B_GROUPS:
        end = start + len(ents) - 1
        m = tbl.cell(start, 3).merge(tbl.cell(end, 3))
        cell_text(m, cat, FS, 14)
        start = end + 1
    # 版记 on a page of its own, the way the last even page is filled
    page_break(doc)
    banji(doc, B_CHAOSONG, "温州市商务局办公室", "2024年5月28日", blank_lines=14)
    out = os.path.join(HERE, "blind187_wenzhou_tongzhi.docx")
    doc.save(out)
    return out


def expected_b():
    rows = b_rows()
    row_clauses = [row_clause(B_HEADER, r) for r in rows]
    specific = {}
    for r in rows:
        specific["附件 row %s (%s)" % (r[0], r[1])] = r[2]
    specific["二、"] = "the 温州综合保税区 sentence (second half) applies in 温州综合保税区; the first half to the listed enterprises citywide (default 温州市 tolerable)"
    specific["三、"] = "温州港状元岙港区（洞头区）、乐清湾港区（乐清市） (default 温州市 tolerable, low)"
    return {
        "meta": {
            "title": B_TITLE,
            "doc_number": B_NUM,
            "issuer": [B_ORG1, B_ORG2],
            "date": "2024-05-27",
            "published": "2024-05-28",
            "level": "municipal",
            "region": "浙江省温州市",
            "effective": "2024-06-01",
            "expires": "2026-05-31",
            "attachments": [B_ATT],
            "doc_type": "通知",
            "recipients": ["各县（市、区）商务主管部门", "温州湾新区（经开区）经济发展局", "温州海关各业务科室及驻各县（市、区）办事处", "各有关企业"],
            "publicity": "此件主动公开",
        },
        "clauses": [B_INTRO] + [h + t for h, t in B_ITEMS] + [B_CONTACT] + row_clauses,
        "applies_to": {
            "default": "浙江省温州市",
            "specific": specific,
            "note": "Each 名单 row applies to its 所在县（市、区）; 温州湾新区（经开区） is a 功能区 (in 龙湾区), not a county — keep it as written. 共建“一带一路”国家/东南亚/中东 are markets, not places. 杭州海关/省商务厅 (抄送) are organs.",
        },
        "_note": (
            "JOINT document: issuer = [温州市商务局, 温州海关] (both; only one = HIGH for a joint notice's authority). The joint 版头 is a borderless 2×2 table (温州市商务局 / 温州海关 left, 文件 right, merged over both rows, red, distributed) — furniture; it must not become a clause, the title, or an issuer string like '温州市商务局 文件 温州海关'. "
            "文号 温商务〔2024〕48号 (the lead organ's). Title is one paragraph with two soft line breaks (after 关于公布 and after 市场开拓; rejoin without a stray space); the full-width space between the two organ names in the title is part of the title (a half-width space or none is tolerable). "
            "主送 → recipients (4). Items 一、…五、 are run-in (黑体 heading + 仿宋 text in one paragraph) → heading + text = ONE clause each. The contact line is a clause. 附件说明 (附件：…名单) → attachments. "
            "落款: the two organs typed on ONE line separated by full-width spaces ('温州市商务局　　　　温州海关') and ONE date 2024年5月27日 → date; （此件主动公开） → publicity. "
            "附件: label 附件; the table title (= the attachment title) and （排名不分先后） are not clauses (tolerable as a clause, low). The 名单 table: header 序号/企业名称/所在县（市、区）/类别 (repeated on each page via w:tblHeader — in the PDF the header row is printed again at the top of page 2/3: it must not become a data row), "
            "16 rows; 类别 is vertically merged per group (rows 1–6 生产型出口企业, 7–10 跨境电商企业, 11–13 外贸综合服务企业, 14–16 海外仓企业): EVERY row must carry its 类别 (blank 类别 on rows 2–6, 8–10, 12–13, 15–16 = medium: 'which 跨境电商企业 are in the list' can't be answered). "
            "版记 on the last page (抄送：省商务厅，杭州海关，… / 温州市商务局办公室 2024年5月28日印发, after 14 blank paragraphs). Footer '— N —'. "
            "effective/expires: the 名单 validity in 四、 (2024-06-01 — 2026-05-31) is the only 有效期 in the document (effective = 2024-05-27 tolerable, low; null expires = low/medium). "
            "date = 2024-05-27; 2024-05-28 is the 印发 date; 浙政办发〔2024〕8号 is a cited document."
        ),
        "_pdf": {
            "note": "same metadata and clauses. In the PDF the joint 版头 is two lines '温州市商务局' / '温州海关' with '文件' to the right, vertically centred (text order in the PDF may be 温州市商务局 文件 温州海关 or interleaved); the 名单 table runs over two pages with the header row repeated; the merged 类别 text is printed once per group, in the middle of the merged cell — a PDF reader that does not carry it down will leave most rows without 类别 (medium). The 外贸综合服务企业 group (rows 11–13) is cut by the page break: the merged cell prints '外贸综合服' at the foot of page 4 (beside row 11) and '务企业' at the top of page 5 (beside rows 12–13) — the 类别 must still read 外贸综合服务企业 for rows 11–13, and '务企业' must not become a row. Text-layer quirk (all four PDFs): LibreOffice draws the curly quotes “ ” in another font and pdf text extraction can place them out of order (e.g. '共建 一带一路 “ ”'); a reader should keep 共建“一带一路” intact (a misplaced quote is low).",
        },
    }


# ================================================================== C 芜湖 办法
C_ISSUER = "中国（安徽）自由贸易试验区芜湖片区管理委员会"
C_MEASURES = "中国（安徽）自由贸易试验区芜湖片区外贸新业态发展扶持办法"
C_TITLE = C_ISSUER + "关于印发《" + C_MEASURES + "》的通知"
C_NUM = "芜自贸片管〔2024〕15号"
C_TO = "片区各部门、各直属单位，各有关企业："
C_COVER = "《" + C_MEASURES + "》已经片区管委会2024年第6次主任办公会议研究通过，现印发给你们，请认真贯彻执行。"
C_ARTS = [
    ("第一章　总则", None),
    ("第一条", "为加快发展跨境电子商务、海外仓、保税维修、离岸服务外包等外贸新业态，推动中国（安徽）自由贸易试验区芜湖片区（以下简称芜湖片区）深度融入共建“一带一路”，根据《中国（安徽）自由贸易试验区总体方案》和《安徽省人民政府关于促进外贸新业态新模式发展的实施意见》等文件精神，结合芜湖片区实际，制定本办法。"),
    ("第二条", "本办法适用于工商注册、税务登记和统计关系均在芜湖片区（含芜湖综合保税区），具有独立法人资格，且信用状况良好的企业。"),
    ("第三条", "芜湖片区管理委员会经济发展局（以下简称经发局）负责本办法的组织实施，片区财政局负责资金保障和监督管理。扶持资金从片区年度开放型经济发展专项资金中列支，每年安排总额不超过3000万元。"),
    ("第二章　扶持内容", None),
    ("第四条", "支持跨境电商主体培育。对年度跨境电商进出口额首次突破1000万美元、3000万美元、5000万美元的企业，分别给予20万元、50万元、80万元一次性奖励。同一企业按差额补足方式享受，不重复奖励。"),
    ("第五条", ["支持海外仓建设。对在共建“一带一路”国家新建或租赁海外仓的企业，按以下标准给予支持：",
              "（一）自建海外仓面积在2000平方米以上的，按建设投资额的10%给予补助，最高100万元；",
              "（二）租赁海外仓面积在1000平方米以上、租期1年以上的，按年租金的20%给予补助，最高30万元；",
              "（三）被认定为省级公共海外仓的，再给予一次性奖励50万元。"]),
    ("第六条", "支持保税维修业务发展。对在芜湖综合保税区内开展航空器材、工程机械、汽车零部件等保税维修业务的企业，按年度维修业务收入的3%给予奖励，单个企业每年最高200万元。"),
    ("第七条", "支持国际物流通道建设。对经芜湖港朱家桥外贸码头开展“芜湖—洋山”江海联运、且年度进出口集装箱量超过2000标箱的企业，按每标箱100元给予补贴；对经合肥中欧班列集结中心出口芜湖片区企业货物的，按实际运费的15%给予补贴，单个企业每年最高80万元。"),
    ("第八条", "支持服务外包和数字贸易。对年度离岸服务外包执行额超过500万美元的企业，按执行额每美元0.05元人民币给予奖励，单个企业每年最高100万元。"),
    ("第九条", "支持外贸人才引进。对企业引进的年薪50万元以上的国际贸易、跨境电商高端人才，按其个人所得税片区留成部分的80%给予奖励，连续奖励3年。"),
    ("第三章　申报和管理", None),
    ("第十条", "扶持资金实行年度申报制。经发局每年3月发布申报通知，企业按要求提交申报材料，经发局会同片区财政局审核并委托第三方机构评审后，在芜湖片区门户网站公示5个工作日，公示无异议的按程序拨付。"),
    ("第十一条", "同一项目同时符合本办法和芜湖市、芜湖片区其他扶持政策的，按照“从高、不重复”的原则给予支持；单个企业年度享受本办法扶持资金总额不超过500万元。"),
    ("第十二条", "企业应当对申报材料的真实性负责。以虚报、冒领、伪造等手段骗取扶持资金的，由片区财政局追回已拨付资金，取消其3年内申报资格，并依法依规追究相关责任。"),
    ("第十三条", "经发局应当于每年1月底前对上一年度政策实施情况开展绩效评价，评价结果作为调整完善政策的依据。"),
    ("第四章　附则", None),
    ("第十四条", "本办法所称共建“一带一路”国家，以中国一带一路网公布的名单为准；本办法涉及的美元金额，按照申报年度国家外汇管理局公布的人民币对美元年平均汇率折算。"),
    ("第十五条", "本办法由芜湖片区管理委员会经济发展局负责解释。"),
    ("第十六条", "本办法自2024年8月1日起施行，有效期至2026年12月31日。《中国（安徽）自由贸易试验区芜湖片区跨境电商扶持暂行办法》（芜自贸片管〔2022〕6号）同时废止。"),
]
C_CHAOSONG = "芜湖市商务局，芜湖市财政局，芜湖海关，芜湖经济技术开发区管委会。"


def build_c():
    doc = Document()
    setup(doc)
    banhead(doc, ["中国（安徽）自由贸易试验区", "芜湖片区管理委员会文件"], size=34)
    docnum_rule(doc, C_NUM)
    title(doc, [C_TITLE], "one")
    para(doc, C_TO, indent=0)
    para(doc, C_COVER)
    signoff(doc, C_ISSUER, "2024年7月15日", right_chars=2, publicity="此件公开发布", blanks=1)
    # the 办法 itself, as the body of the 印发 notice (no 附件 label), from a new page
    n0 = len(doc.paragraphs)
    title(doc, ["中国（安徽）自由贸易试验区芜湖片区", "外贸新业态发展扶持办法"], "paras")
    doc.paragraphs[n0].paragraph_format.page_break_before = True
    for head, body in C_ARTS:
        if body is None:
            para(doc, head, HT, SAN_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0)
            continue
        items = body if isinstance(body, list) else [body]
        p = para(doc, "")
        set_font(p.add_run(head), HT, SAN_HAO)
        set_font(p.add_run("　" + items[0]), FS, SAN_HAO)
        for it in items[1:]:
            para(doc, it)
    page_break(doc)
    banji(doc, C_CHAOSONG, "芜湖片区管委会综合办公室", "2024年7月16日", blank_lines=14)
    out = os.path.join(HERE, "blind187_wuhu_banfa.docx")
    doc.save(out)
    return out


def expected_c():
    clauses = [C_COVER]
    for head, body in C_ARTS:
        if body is None:
            continue
        items = body if isinstance(body, list) else [body]
        clauses.append(head + "　" + "\n".join(items))
    return {
        "meta": {
            "title": C_TITLE,
            "doc_number": C_NUM,
            "issuer": [C_ISSUER],
            "date": "2024-07-15",
            "published": "2024-07-16",
            "level": "municipal",
            "region": "安徽省芜湖市（中国（安徽）自由贸易试验区芜湖片区）",
            "effective": "2024-08-01",
            "expires": "2026-12-31",
            "attachments": [],
            "doc_type": "通知（印发办法）",
            "recipients": ["片区各部门、各直属单位", "各有关企业"],
            "publicity": "此件公开发布",
            "measures_title": C_MEASURES,
            "repeals": ["《中国（安徽）自由贸易试验区芜湖片区跨境电商扶持暂行办法》（芜自贸片管〔2022〕6号）"],
        },
        "clauses": clauses,
        "applies_to": {
            "default": "中国（安徽）自由贸易试验区芜湖片区（安徽省芜湖市）",
            "specific": {
                "第二条": "芜湖片区（含芜湖综合保税区）",
                "第六条": "芜湖综合保税区",
                "第七条": "芜湖港朱家桥外贸码头 / 芜湖片区 (NOT 合肥 — 合肥中欧班列集结中心 is only the route; NOT 洋山/上海)",
            },
            "note": "共建“一带一路”国家 (第五条 海外仓 abroad) does not place the clause abroad; 安徽省 as a whole is too broad (low).",
        },
        "_note": (
            "One file = the 印发 notice + the 办法 as its body (after a page break, no 附件 label — the normal way a 印发 notice carries its 办法); one document (title = the notice title; the 办法 title as title is tolerable, low) or two documents (notice + 办法) both tolerable; "
            "what matters: date 2024-07-15, effective 2024-08-01 (第十六条), expires 2026-12-31 (第十六条), and all 16 articles. "
            "doc_type: 通知 (or 办法) both tolerable. No attachments (the 办法 is the body, not a 附件; listing the 办法 title as an attachment is tolerable, low). "
            "Furniture: two-line red 版头 中国（安徽）自由贸易试验区 / 芜湖片区管理委员会文件 (must not become title/issuer with a line break); 文号 line + red rule; 主送; 落款 (issuer, 2024年7月15日); （此件公开发布）; "
            "the 办法 title typed as TWO paragraphs (中国（安徽）自由贸易试验区芜湖片区 / 外贸新业态发展扶持办法) — a heading, not a clause (must not be glued to 第一章 or 第一条); "
            "第一章…第四章 chapter headings (centred 黑体, no text) — headings/path, not clauses; 版记 on its own last page (抄送… / 芜湖片区管委会综合办公室 2024年7月16日印发); footer '— N —'. "
            "Articles: '第X条' in 黑体 then a full-width space then the text in the same paragraph → one clause per article (label 第X条). "
            "第五条 has three items （一）（二）（三） as separate paragraphs: they belong to 第五条 (one clause with the items, or 第五条 + three sub-clauses under it, both fine; items detached from 第五条 with no path = medium). "
            "The cover sentence (已经…主任办公会议研究通过，现印发给你们) is a clause (tolerable if dropped, low). "
            "The repealed 芜自贸片管〔2022〕6号 must not become the doc_number. 2024年第6次主任办公会议 is a meeting, no date."
        ),
        "_pdf": {
            "note": "same metadata and clauses; in the PDF the 办法 starts on page 2; the articles' 第X条 label is followed by a full-width space (U+3000) in the text layer; the 版记 is alone on the last page.",
        },
    }


# ================================================================== D 泉州 函
D_ISSUER = "泉州市人民政府办公室"
D_TITLE_PARTS = ["泉州市人民政府办公室关于商请支持", "泉州市建设21世纪海上丝绸之路先行区", "有关事项的函"]
D_TITLE = "".join(D_TITLE_PARTS)
D_NUM = "泉政办函〔2024〕58号"
D_TO = "福建省商务厅："
D_INTRO = "近年来，我市深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，全力推进21世纪海上丝绸之路先行区建设，开放型经济保持良好发展态势。2023年，全市对共建“一带一路”国家进出口额1286.5亿元，同比增长9.7%，占全市外贸总额的56.3%。为进一步发挥泉州“海丝起点”优势，恳请贵厅在以下方面给予支持："
D_ITEMS = [
    ("一、支持泉州综合保税区拓展业务功能。", "泉州综合保税区（位于石狮市）2023年进出口额达186亿元，现有保税仓储、加工制造等业务已基本饱和。恳请贵厅支持我市向商务部、海关总署争取在泉州综合保税区开展保税维修和再制造试点，并在省级开放平台专项资金中给予倾斜支持。"),
    ("二、支持晋江陆地港建设海丝国际物流枢纽。", "晋江陆地港已开通至厦门港、福州港的海铁联运通道，2023年完成集装箱量28.6万标箱。恳请贵厅协调推动："),
    ("", "（一）将晋江陆地港纳入全省“丝路海运”港口联盟，享受“丝路海运”命名航线相关支持政策；"),
    ("", "（二）支持晋江陆地港申报国家级跨境电商零售进口试点区域，省级商务发展专项资金按项目投资额的10%给予补助，最高不超过1000万元。"),
    ("三、支持特色产业开拓共建“一带一路”国家市场。", "恳请贵厅支持德化县陶瓷、安溪县茶叶申报国家外贸转型升级基地，2024年至2025年每年安排省级外贸发展资金不少于500万元，用于德化县、安溪县企业参加共建“一带一路”国家境外展会和建设海外营销网络。"),
    ("四、支持泉州台商投资区复制推广自贸试验区改革经验。", "恳请贵厅将泉州台商投资区纳入中国（福建）自由贸易试验区联动创新区，在投资便利化、贸易便利化、金融服务等领域优先复制推广福州、厦门、平潭三个片区的改革试点经验，2024年内首批复制推广不少于30项。"),
    ("五、支持我市企业建设境外经贸合作区。", "我市纺织服装、鞋业企业正在印度尼西亚中爪哇省筹建泉州—印尼纺织鞋服产业园，规划面积3.5平方公里，计划总投资2.8亿美元。恳请贵厅指导园区申报省级境外经贸合作区，并在对外投资合作专项资金中给予前期费用补助。"),
]
D_CLOSE = "妥否，请函复。"
D_CONTACT = "（联系人：泉州市商务局对外贸易科　林志强，联系电话：0595-22501236）"


def build_d():
    doc = Document()
    setup(doc, odd_even=False, first_page_blank=True)
    s = doc.sections[0]
    s.top_margin = Mm(30)
    # 信函格式: organ name only (no 文件), red double rule under it, 文号 right under the rule
    p = para(doc, "", XBZ, 36, WD_ALIGN_PARAGRAPH.DISTRIBUTE, 0, line=Pt(48))
    p.paragraph_format.left_indent = Pt(SAN_HAO * 1)
    p.paragraph_format.right_indent = Pt(SAN_HAO * 1)
    set_font(p.add_run(D_ISSUER), XBZ, 36, color=RED)
    border(p, "bottom", "thickThinSmallGap", 24, "E60012", 6)
    blank(doc)
    p = para(doc, D_NUM, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO)
    blank(doc)
    title(doc, D_TITLE_PARTS, "paras")
    para(doc, D_TO, indent=0)
    para(doc, D_INTRO)
    for h, t in D_ITEMS:
        if h:
            runin(doc, h, t, head_font=HT)
        else:
            para(doc, t)
    para(doc, D_CLOSE)
    para(doc, D_CONTACT)
    signoff(doc, D_ISSUER, "2024年9月12日", right_chars=4, publicity="此件依申请公开", blanks=3)
    # 信函格式 版记: 抄送 only, no 印发 line, no rules
    banji(doc, "泉州市商务局，泉州海关。", blank_lines=4)
    out = os.path.join(HERE, "blind187_quanzhou_han.docx")
    doc.save(out)
    return out


def expected_d():
    clauses = [D_INTRO] + [h + t for h, t in D_ITEMS] + [D_CONTACT]
    return {
        "meta": {
            "title": D_TITLE,
            "doc_number": D_NUM,
            "issuer": [D_ISSUER],
            "date": "2024-09-12",
            "published": None,
            "level": "municipal",
            "region": "福建省泉州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "函",
            "recipients": ["福建省商务厅"],
            "publicity": "此件依申请公开",
        },
        "clauses": clauses,
        "applies_to": {
            "default": "福建省泉州市",
            "specific": {
                "一、": "泉州综合保税区（石狮市）",
                "二、 and 二、（一）（二）": "晋江陆地港（晋江市）（NOT 厦门港/福州港 — those are the other ends of the 海铁联运）",
                "三、": "德化县、安溪县",
                "四、": "泉州台商投资区（NOT 福州/厦门/平潭 片区 — they are where the experience comes from）",
                "五、": "泉州市 (its enterprises; the 产业园 is in 印度尼西亚中爪哇省 — placing the clause in 印尼 is wrong, low/medium)",
            },
            "note": "A 函 to the province: the addressee 福建省商务厅 is provincial, but the document is a 泉州 municipal document (region 福建省泉州市, level municipal; 'provincial' would be wrong, medium). 商务部/海关总署 are organs.",
        },
        "_note": (
            "信函格式 (GB/T 9704 函): 版头 is the organ name only (泉州市人民政府办公室, red, no 文件) with a red double rule under it; 文号 泉政办函〔2024〕58号 right-aligned under the rule (not centred); "
            "page 1 has NO page number (different first page; its footer holds only a red double rule, no text); later pages '— N —' centred. "
            "Title typed as THREE paragraphs (泉州市人民政府办公室关于商请支持 / 泉州市建设21世纪海上丝绸之路先行区 / 有关事项的函) → must be joined into one title (a title cut after 商请支持, or its later lines read as clauses, = high/medium). "
            "主送 福建省商务厅： → recipients. doc_type 函 (商洽函). Items 一、…五、 are run-in (黑体 heading + text) → one clause each; 二、 ends with a colon and has （一）（二） items as separate paragraphs (separate clauses under 二、; merged into 二、 tolerable, low). "
            "'妥否，请函复。' is the closing formula of a 函 (not a clause; tolerable as one, low — but it must not be glued to 五、 or to the contact line). "
            "The contact line in parentheses is a clause (tolerable if dropped, low). 落款 泉州市人民政府办公室 / 2024年9月12日; （此件依申请公开） → publicity. "
            "版记 of a 函: one line 抄送：泉州市商务局，泉州海关。 with no rules and no 印发 line → furniture, not a clause. No 印发 date → published null. No effective/expires: a 函 has none (effective = date tolerable, low). "
            "2023年/2024年至2025年/2024年内 are data/targets, not dates of the document."
        ),
        "_pdf": {
            "note": "same metadata and clauses; in the PDF the 版头 is letter-spaced (distributed alignment) — '泉 州 市 人 民 政 府 办 公 室' may come out with spaces in the text layer; the 文号 sits at the right margin; page 1 has no page number; the title is three lines.",
        },
    }


# ------------------------------------------------------------------ PDFs / main
def to_pdf(path):
    prof = "/tmp/lo_187"
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    outs = [build_a(), build_b(), build_c(), build_d()]
    for f in outs:
        to_pdf(f)
    exp = {
        "blind187_kunshan_yijian": [expected_a()],
        "blind187_wenzhou_tongzhi": [expected_b()],
        "blind187_wuhu_banfa": [expected_c()],
        "blind187_quanzhou_han": [expected_d()],
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    for k, v in exp.items():
        print(k, len(v[0]["clauses"]), "clauses")


if __name__ == "__main__":
    main()
