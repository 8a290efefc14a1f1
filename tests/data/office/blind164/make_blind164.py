# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402
"""Blind round 164: the most ordinary documents of 片区 / 开发区 committees.

Writes next to itself (python-docx for the Word files, LibreOffice for the PDFs):
  blind164_jinan_notice.docx / .pdf     济南片区管委会 申报通知; 支持事项 table in the body
      (序号/事项/支持标准/申报时间/受理部门; 受理部门 merged over two rows; header row repeats).
  blind164_zhoushan_measures.docx / .pdf  舟山片区管委会 管理办法 (规范性文件 with 统一编号, 文号,
      题注, 第X章 / 第X条 with 款 and （一）项, 施行 and 有效期, 落款, 版记).
  blind164_yangpu_notice.docx / .pdf    洋浦经济开发区管理委员会公告 2024年第6号 (一、… items,
      特此公告, 附件 企业名单 table, no 版记).
  blind164_gangwu_plan.docx / .pdf      西安国际港务区管委会 印发 工作方案 的通知; 方案 is the 附件,
      its 任务分工 table sits in a landscape section, 重点任务 merged vertically.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind164.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
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
SAN = 16     # 三号
ER = 22      # 二号
SI = 14      # 四号
XIAOSI = 12  # 小四
LINE = Pt(28.9)
J = WD_ALIGN_PARAGRAPH


# ---------------------------------------------------------------- docx helpers
def set_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    rfonts.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


def para(doc, text="", east=FS, size=SAN, align=J.JUSTIFY, indent=2, bold=False, color=None, line=LINE, left=None, right=None, before=0, after=0):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.first_line_indent = Pt(size * indent) if indent else None
    if left is not None:
        pf.left_indent = left
    if right is not None:
        pf.right_indent = right
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.widow_control = False
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def runin(doc, head, body, head_font=KT, indent=2):
    p = para(doc, "", indent=indent)
    set_font(p.add_run(head), head_font, SAN)
    set_font(p.add_run(body), FS, SAN)
    return p


def border(p, side="bottom", sz=12, color="E60012", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), sz, space, color)))


def page_break(doc):
    p = para(doc, "", indent=0)
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def add_page_field(p, size=SI, left="— ", right=" —"):
    def r(text):
        set_font(p.add_run(text), ST, size)
    r(left)
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
    r(right)


def setup_page(doc, footer="oddeven"):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(25)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    if footer == "oddeven":
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = J.RIGHT
        fp.paragraph_format.right_indent = Pt(SI)
        add_page_field(fp)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = J.LEFT
        ep.paragraph_format.left_indent = Pt(SI)
        add_page_field(ep)
    else:  # centred "- N -"
        fp = s.footer.paragraphs[0]
        fp.alignment = J.CENTER
        add_page_field(fp, size=SI, left="- ", right=" -")
    grid = s._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        s._sectPr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), "579")


def scaled_run(p, text, east, size, color=None, scale=None, spacing=None):
    r = p.add_run(text)
    set_font(r, east, size, color=color)
    rpr = r._element.get_or_add_rPr()
    if scale:
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
    if spacing is not None:
        rpr.append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), spacing)))
    return r


def red_head(doc, lines, size=36, scale=None):
    for ln in lines:
        p = para(doc, "", XBZ, size, J.CENTER, 0, line=Pt(size * 1.2))
        scaled_run(p, ln, XBZ, size, RED, scale, -8)


def docnum_rule(doc, number, blank_before=2):
    for _ in range(blank_before):
        para(doc, "", indent=0)
    p = para(doc, number, FS, SAN, J.CENTER, 0)
    border(p, "bottom", 18, "E60012", 8)
    para(doc, "", indent=0)


def title_para(doc, parts, mode="soft"):
    """mode: soft = one paragraph with soft breaks, wrap = one paragraph no breaks, paras = one paragraph per part"""
    if mode == "paras":
        for t in parts:
            para(doc, t, XBZ, ER, J.CENTER, 0, line=Pt(33))
    else:
        p = para(doc, "", XBZ, ER, J.CENTER, 0, line=Pt(33))
        for i, t in enumerate(parts):
            r = p.add_run(t)
            set_font(r, XBZ, ER)
            if mode == "soft" and i < len(parts) - 1:
                r.add_break()


def signoff(doc, issuer, date, right_chars=4, publicity=True, blanks=2):
    for _ in range(blanks):
        para(doc, "", indent=0)
    para(doc, issuer, FS, SAN, J.RIGHT, 0, right=Pt(SAN * right_chars))
    para(doc, date, FS, SAN, J.RIGHT, 0, right=Pt(SAN * (right_chars + 1)))
    if publicity:
        para(doc, "", indent=0)
        para(doc, "（此件公开发布）", FS, SAN, J.LEFT, 2)


def banji(doc, chaosong, printer, printdate, blank_lines=0):
    for _ in range(blank_lines):
        para(doc, "", indent=0)
    p = para(doc, "", FS, SI, J.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI * 4)
    p.paragraph_format.right_indent = Pt(SI)
    p.paragraph_format.first_line_indent = Pt(-SI * 3)
    set_font(p.add_run("抄送：" + chaosong), FS, SI)
    border(p, "top", 12, "000000", 2)
    p = para(doc, "", FS, SI, J.LEFT, 0, line=Pt(24), left=Pt(SI), right=Pt(SI))
    set_font(p.add_run(printer), FS, SI)
    set_font(p.add_run("\t" + printdate + "印发"), FS, SI)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8560"/></w:tabs>' % nsdecls("w")))
    border(p, "top", 4, "000000", 2)
    border(p, "bottom", 12, "000000", 2)


def cell_text(cell, text, east=FS, size=XIAOSI, align=J.CENTER, bold=False):
    """text may be a list: several paragraphs in one cell."""
    parts = text if isinstance(text, list) else [text]
    for i, t in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(size * 1.5)
        p.paragraph_format.first_line_indent = None
        if t:
            set_font(p.add_run(t), east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(tbl, widths_mm):
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(Mm(w).twips)))
    for row in tbl.rows:
        for c, w in zip(row.cells, widths_mm):
            c.width = Mm(w)


def row_clause(header, row):
    out = []
    for h, v in zip(header, row):
        if isinstance(v, list):
            v = "".join(v)
        v = str(v).strip()
        if v:
            out.append("%s：%s" % (h, v))
    return "；".join(out)


def attach_note(doc, items):
    """附件：1．… / 2．… with the numbers hanging."""
    if len(items) == 1:
        p = para(doc, "附件：" + items[0], indent=2, left=None)
        p.paragraph_format.left_indent = Pt(SAN * 5)
        p.paragraph_format.first_line_indent = Pt(-SAN * 3)
        return
    for i, t in enumerate(items):
        lead = "附件：" if i == 0 else ""
        p = para(doc, "", indent=0)
        p.paragraph_format.left_indent = Pt(SAN * 6)
        p.paragraph_format.first_line_indent = Pt(-SAN * (4 if i == 0 else 1))
        if i:
            p.paragraph_format.left_indent = Pt(SAN * 6)
        set_font(p.add_run(lead + "%d．%s" % (i + 1, t)), FS, SAN)


# ============================================================ 1. 济南片区 申报通知
JN_ISSUER = "中国（山东）自由贸易试验区济南片区管理委员会"
JN_NUM = "鲁自贸济管发〔2024〕7号"
JN_TITLE = JN_ISSUER + "关于组织申报2024年度片区开放型经济发展支持资金的通知"
JN_MAIN_TO = "片区各部门、各街道办事处，各有关企业："
JN_INTRO = "为贯彻落实《中国（山东）自由贸易试验区提升战略实施方案》和《济南片区推动高水平对外开放若干措施》（鲁自贸济管发〔2023〕12号），支持片区企业深度参与共建“一带一路”，加快培育外贸新业态新模式，经管委会研究，决定组织开展2024年度片区开放型经济发展支持资金申报工作。现将有关事项通知如下。"
JN_S1 = [
    ("（一）注册条件。", "申报单位应为在中国（山东）自由贸易试验区济南片区（含济南综合保税区）依法注册登记、具有独立法人资格的企业，纳税关系和统计关系均在片区，且于2023年1月1日前完成注册。"),
    ("（二）信用条件。", "申报单位近三年未被列入严重失信主体名单，未发生重大安全生产、生态环境和产品质量事故。"),
    ("（三）限额要求。", "同一项目已获得省、市同类资金支持的，片区不重复支持；同一企业年度获得本通知所列支持资金总额原则上不超过300万元。"),
]
JN_S2_LEAD = "2024年度片区重点支持以下6类事项，具体支持标准、申报时间和受理部门见下表。"
JN_TABLE_TITLE = "2024年度济南片区开放型经济发展支持事项一览表"
JN_HEADER = ["序号", "事项", "支持标准", "申报时间", "受理部门"]
JN_ROWS = [
    ["1", "中欧班列（齐鲁号）货源组织", "对通过中欧班列（齐鲁号）从济南国际内陆港始发出口货物的片区企业，按每标准箱（40英尺）1500元给予补助，单个企业年度补助最高100万元。", "2024年4月1日—4月30日", "经济发展部"],
    ["2", "跨境电商海外仓建设", "对在共建“一带一路”国家新建或者租赁面积2000平方米以上公共海外仓的企业，按实际投资额的20%给予一次性补助，最高200万元。", "2024年4月1日—4月30日", "经济发展部"],
    ["3", "境外展会参展", "对参加片区重点展会目录内境外展会的企业，按展位费的70%给予补助；在共建“一带一路”国家参展的，补助比例提高至80%。单个企业年度补助最高30万元。", "2024年5月6日—5月31日", "投资促进部"],
    ["4", "保税维修和保税研发", "对在济南综合保税区内开展保税维修、保税研发业务，且年度业务收入首次突破5000万元的企业，一次性奖励50万元。", "2024年5月6日—5月31日", "综合保税区管理办公室"],
    ["5", "国际认证和境外商标注册", "对企业取得国际产品认证、办理境外商标注册的，按实际发生费用的50%给予补助，单个企业年度补助最高20万元。", "全年受理，每季度末月集中审核", "市场监管部"],
    ["6", "制度创新案例", ["形成的贸易投资便利化制度创新案例被国务院有关部门复制推广的，给予牵头单位奖励30万元；", "被省人民政府复制推广的，给予牵头单位奖励10万元。"], "2024年9月2日—9月30日", "自贸试验区工作办公室"],
]
JN_TABLE_NOTE = "注：“申报时间”为济南片区惠企政策直达平台开放时间，逾期不予受理。同一事项同时符合本表和市级政策的，按照“就高不重复”原则执行。"
JN_S3_LEAD = "申报单位应当通过济南片区惠企政策直达平台提交以下材料，并对材料的真实性、完整性负责："
JN_S3 = [
    "1．《2024年度济南片区开放型经济发展支持资金申报书》（附件1）；",
    "2．营业执照副本、2023年度财务审计报告及纳税证明复印件；",
    "3．项目实施的相关证明材料（合同、发票、银行付款凭证、出口报关单、中欧班列运单等）；",
    "4．《申报单位信用承诺书》（附件2）。",
]
JN_S4 = [
    ("（一）企业申报。", "申报单位在规定时间内登录济南片区惠企政策直达平台在线填报，并将纸质材料一式两份（加盖公章）报送对应受理部门。"),
    ("（二）部门初审。", "受理部门自申报截止之日起15个工作日内完成初审，必要时会同财政金融部开展现场核查。"),
    ("（三）审核公示。", "初审通过的项目经管委会主任办公会议研究后，在片区门户网站公示5个工作日。公示无异议的，于2024年12月31日前拨付资金。"),
]
JN_S5 = [
    "各街道办事处要做好辖区企业政策宣传和申报辅导工作，舜华路街道、孙村街道要重点做好济南综合保税区周边企业的组织发动。",
    "申报单位提供虚假材料骗取支持资金的，由管委会收回已拨付资金，5年内取消其申报资格，并按规定纳入公共信用信息平台；涉嫌犯罪的，依法移送司法机关处理。",
]
JN_CONTACT = "联系人：经济发展部　王倩，电话：0531-88871263；投资促进部　李振华，电话：0531-88871358。"
JN_ATTS = ["2024年度济南片区开放型经济发展支持资金申报书", "申报单位信用承诺书"]
JN_CHAOSONG = "省商务厅（省自贸办），济南市商务局，济南市财政局。"
JN_PRINTER = "济南片区管理委员会办公室"
JN_PRINTDATE = "2024年3月11日"


def build_jinan():
    doc = Document()
    setup_page(doc, "oddeven")
    red_head(doc, ["中国（山东）自由贸易试验区", "济南片区管理委员会文件"], size=34)
    docnum_rule(doc, JN_NUM)
    title_para(doc, [JN_TITLE], mode="wrap")
    para(doc, "", indent=0)
    para(doc, JN_MAIN_TO, indent=0)
    para(doc, JN_INTRO)
    para(doc, "一、申报主体", HT)
    for h, t in JN_S1:
        runin(doc, h, t)
    para(doc, "二、支持事项和标准", HT)
    para(doc, JN_S2_LEAD)
    para(doc, JN_TABLE_TITLE, HT, SI, J.CENTER, 0, line=Pt(24), before=6)
    tbl = doc.add_table(rows=1 + len(JN_ROWS), cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(JN_HEADER):
        cell_text(tbl.cell(0, ci), h, HT, XIAOSI)
    repeat_header(tbl.rows[0])
    for ri, row in enumerate(JN_ROWS, start=1):
        for ci, v in enumerate(row):
            if ri == 2 and ci == 4:
                continue  # merged with the row above
            cell_text(tbl.cell(ri, ci), v, FS, XIAOSI, J.JUSTIFY if ci == 2 else J.CENTER)
    tbl.cell(1, 4).merge(tbl.cell(2, 4))
    col_widths(tbl, [12, 30, 72, 22, 20])
    para(doc, JN_TABLE_NOTE, FS, XIAOSI, J.JUSTIFY, 2, line=Pt(22))
    para(doc, "三、申报材料", HT)
    para(doc, JN_S3_LEAD)
    for t in JN_S3:
        para(doc, t)
    para(doc, "四、申报程序", HT)
    for h, t in JN_S4:
        runin(doc, h, t)
    para(doc, "五、有关要求", HT)
    for t in JN_S5:
        para(doc, t)
    para(doc, JN_CONTACT)
    para(doc, "", indent=0)
    attach_note(doc, JN_ATTS)
    signoff(doc, JN_ISSUER, "2024年3月8日", right_chars=2)
    page_break(doc)
    banji(doc, JN_CHAOSONG, JN_PRINTER, JN_PRINTDATE, blank_lines=18)
    out = os.path.join(HERE, "blind164_jinan_notice.docx")
    doc.save(out)
    return out


def jinan_expected():
    clauses = ([JN_INTRO] + [h + t for h, t in JN_S1] + [JN_S2_LEAD]
               + [row_clause(JN_HEADER, r) for r in JN_ROWS] + [JN_TABLE_NOTE]
               + [JN_S3_LEAD] + JN_S3 + [h + t for h, t in JN_S4] + JN_S5 + [JN_CONTACT])
    return {
        "meta": {
            "title": JN_TITLE,
            "doc_number": JN_NUM,
            "issuer": [JN_ISSUER],
            "date": "2024-03-08",
            "published": "2024-03-11",
            "level": "county",
            "region": "山东省济南市（中国（山东）自由贸易试验区济南片区）",
            "effective": None,
            "expires": None,
            "attachments": JN_ATTS,
            "doc_type": "通知",
            "recipients": ["片区各部门、各街道办事处", "各有关企业"],
            "publicity": "此件公开发布",
            "deadlines": {"事项1-2": "2024-04-01..2024-04-30", "事项3-4": "2024-05-06..2024-05-31", "事项6": "2024-09-02..2024-09-30", "资金拨付": "2024-12-31"},
        },
        "clauses": clauses,
        "applies_to": {
            "default": "中国（山东）自由贸易试验区济南片区（山东省济南市）",
            "specific": {
                "（一）注册条件": "济南片区（含济南综合保税区）",
                "table row 1": "济南国际内陆港",
                "table row 4": "济南综合保税区",
                "五、 first paragraph": "舜华路街道、孙村街道（济南综合保税区周边）",
            },
            "note": "共建“一带一路”国家 (rows 2, 3) do not place the clause abroad; 山东省商务厅/济南市商务局 (抄送) are organs, not places. 山东省 alone is too broad (low).",
        },
        "_note": (
            "Furniture, not clauses: two-line red 版头 (中国（山东）自由贸易试验区 / 济南片区管理委员会文件 — must not become title/issuer with a line break, and “文件” is not part of the issuer); 文号 line 鲁自贸济管发〔2024〕7号 over the red rule; "
            "the title (one paragraph, wraps naturally over 2-3 lines); 主送 line (→ recipients); the headings 一、申报主体 … 五、有关要求 carry no text (tolerable as heading clauses, but they are the path of the clauses under them); "
            "the table title 2024年度济南片区开放型经济发展支持事项一览表 (a caption, not a clause); 附件说明 (附件：1．… / 2．… two paragraphs → attachments, without the “1．” numbers); 落款 organ + 2024年3月8日; （此件公开发布）; "
            "版记 (抄送… / 济南片区管理委员会办公室 2024年3月11日印发) on its own last page after blank paragraphs; footer page numbers “— N —” (odd right, even left). "
            "（一）（二）（三） in 一、 and 四、 are run-in 楷体 headings: heading + text = one clause. The 4 numbered 材料 items 1．–4． are separate clauses after their lead sentence (merging them into the lead is tolerable, low). "
            "The 支持事项 table: 5 columns 序号/事项/支持标准/申报时间/受理部门; each of the 6 rows is a clause `列名：值；…`. 受理部门 经济发展部 is ONE cell vertically merged over rows 1-2: row 2 must still say 受理部门：经济发展部 (blank = medium). "
            "Row 6 支持标准 is two paragraphs inside one cell (the two reward levels) — both must stay in row 6 (joined with or without a separator). The header row is marked to repeat (tblHeader); in the PDF it is printed again if the table crosses a page: a repeated header is not a data row. "
            "The note 注：… under the table is a clause (or a table note). The attachments (申报书, 承诺书) are listed but NOT in the file — the reader must not invent them. "
            "date = 成文日期 2024-03-08 (落款). 2024-03-11 is the 印发 date (版记). Application windows (April/May/September 2024) and 2024-12-31 (拨付) are deadlines, not effective/expires; a 申报 notice has no effective/expires (effective = 2024-03-08 tolerable, low). "
            "level: the 片区管委会 is a county-level office (municipal tolerable, low; provincial because of “中国（山东）” is wrong, medium)."
        ),
        "_pdf": {
            "note": "Same expected metadata and clauses. PDF furniture: footer “— N —” alternating right/left; the table may cross a page with its header row repeated; 版记 alone on the last page. In the PDF, cell lines of 支持标准 wrap: the reader must not split a row into several rows or glue the 注 to the last row.",
        },
    }


# ============================================================ 2. 舟山片区 管理办法
ZS_ISSUER = "中国（浙江）自由贸易试验区舟山片区管理委员会"
ZS_REGNO = "ZJLC15-2024-0002"
ZS_NUM = "舟自贸管规〔2024〕2号"
ZS_TITLE_PARTS = ["中国（浙江）自由贸易试验区舟山片区", "国际航行船舶保税燃料油加注管理办法"]
ZS_TITLE = "".join(ZS_TITLE_PARTS)
ZS_ADOPT = "（2024年4月12日舟山片区管理委员会2024年第3次主任办公会议审议通过）"
# (chapter, [(label, [paragraphs of the article: first is the 款 with the label, then 项/款 paragraphs])])
ZS = [
    ("第一章　总　　则", [
        ("第一条", ["为规范中国（浙江）自由贸易试验区舟山片区（以下简称舟山片区）国际航行船舶保税燃料油加注经营活动，保障加注作业安全，提升东北亚保税燃料油加注中心能级，服务共建“一带一路”国际航运，根据《中华人民共和国港口法》《中国（浙江）自由贸易试验区条例》等法律法规和有关规定，结合舟山片区实际，制定本办法。"]),
        ("第二条", ["本办法适用于在舟山片区范围内从事国际航行船舶保税燃料油加注（以下简称保税加注）经营及其监督管理活动。",
                   "本办法所称保税燃料油，是指海关对国际航行船舶加注的燃料油实行保税监管的低硫燃料油、船用馏分油和液化天然气（LNG）等船用燃料。"]),
        ("第三条", ["舟山片区管理委员会（以下简称片区管委会）负责保税加注的统筹协调和综合管理，具体工作由片区油气产业发展局承担。",
                   "片区港航、海事、海关、市场监管、应急管理等部门按照各自职责，做好保税加注相关监督管理工作。"]),
    ]),
    ("第二章　经营主体", [
        ("第四条", ["在舟山片区从事保税加注经营的企业（以下简称加注企业），应当具备下列条件：",
                   "（一）在舟山片区注册，注册资本不低于5000万元人民币；",
                   "（二）拥有或者以光租方式经营不少于2艘加注船舶，其中至少1艘载重吨不低于3000吨；",
                   "（三）配备专职安全管理人员不少于3名，建立安全生产和油品质量管理制度；",
                   "（四）近三年未发生较大及以上安全生产责任事故。"]),
        ("第五条", ["加注企业申请经营备案的，应当向片区油气产业发展局提交申请材料。片区油气产业发展局应当自受理之日起20个工作日内作出决定；符合条件的，予以备案并向社会公布名单。",
                   "加注企业名称、加注船舶等事项发生变更的，应当自变更之日起10个工作日内办理变更备案。"]),
        ("第六条", ["鼓励加注企业与共建“一带一路”国家港口开展保税燃料油供应合作，在新加坡、富查伊拉等国际加注港设立分支机构或者开展联合采购。"]),
    ]),
    ("第三章　加注作业", [
        ("第七条", ["保税加注作业应当在下列水域进行：",
                   "（一）岙山港区、马峙锚地等港区内锚地；",
                   "（二）虾峙门口外锚地、条帚门锚地等经海事管理机构公布的锚地；",
                   "（三）黄泽山、鼠浪湖等经批准开展油品储运的码头泊位。",
                   "在前款规定以外水域开展加注作业的，应当事先报经舟山海事局同意。"]),
        ("第八条", ["加注企业应当在作业前24小时通过舟山江海联运服务中心“保税燃料油加注一件事”平台申报作业计划，海关、海事等部门实行“一次申报、并联审批”。"]),
        ("第九条", ["加注企业应当使用符合国际标准化组织ISO 8217标准的燃料油，每次加注应当留存样品，留存期限不少于12个月。"]),
        ("第十条", ["推行“一船多供”“跨关区直供”模式。在宁波舟山港其他港区完成报关的保税燃料油，可以由加注船舶在舟山片区直接供应国际航行船舶。"]),
        ("第十一条", ["对年度保税加注量超过100万吨的加注企业，片区管委会按照每吨3元给予奖励，单个企业年度奖励最高500万元；年度加注量首次突破200万吨的，另给予一次性奖励200万元。",
                     "液化天然气（LNG）加注量按照1吨折算1.5吨燃料油计算。"]),
    ]),
    ("第四章　监督管理", [
        ("第十二条", ["片区油气产业发展局应当会同有关部门建立加注企业信用评价制度，评价结果分为A、B、C三级，每年3月底前向社会公布上年度评价结果。"]),
        ("第十三条", ["加注企业有下列情形之一的，由片区管委会责令限期整改；逾期未整改的，取消其保税加注经营备案，2年内不再受理其备案申请：",
                     "（一）未按规定申报作业计划的；",
                     "（二）连续两年信用评价为C级的；",
                     "（三）以欺骗等不正当手段取得奖励资金的。",
                     "有前款第（三）项情形的，同时追回已发放的奖励资金。"]),
        ("第十四条", ["加注作业发生溢油等事故的，加注企业应当立即启动应急预案，并报告舟山海事局和片区应急管理部门。定海区、普陀区、岱山县人民政府应当按照属地责任做好岸线清污配合工作。"]),
    ]),
    ("第五章　附　　则", [
        ("第十五条", ["本办法由片区管委会负责解释，具体解释工作由片区油气产业发展局承担。"]),
        ("第十六条", ["本办法自2024年5月20日起施行，有效期至2029年5月19日。2021年6月1日起施行的《舟山片区保税燃料油加注经营管理暂行办法》（舟自贸管规〔2021〕1号）同时废止。"]),
    ]),
]
ZS_CHAOSONG = "省商务厅（省自贸办），舟山市人民政府，舟山海关，舟山海事局，定海区、普陀区、岱山县人民政府。"
ZS_PRINTER = "舟山片区管理委员会综合办公室"
ZS_PRINTDATE = "2024年4月19日"


def build_zhoushan():
    doc = Document()
    setup_page(doc, "oddeven")
    p = para(doc, ZS_REGNO, FS, SAN, J.LEFT, 0)
    red_head(doc, [ZS_ISSUER + "文件"], size=30, scale=58)
    docnum_rule(doc, ZS_NUM, blank_before=1)
    title_para(doc, ZS_TITLE_PARTS, mode="soft")
    para(doc, ZS_ADOPT, KT, SAN, J.CENTER, 0)
    para(doc, "", indent=0)
    for chap, arts in ZS:
        para(doc, chap, HT, SAN, J.CENTER, 0)
        for label, paras in arts:
            p = para(doc, "")
            set_font(p.add_run(label + "　"), HT, SAN)
            set_font(p.add_run(paras[0]), FS, SAN)
            for t in paras[1:]:
                para(doc, t)
    signoff(doc, ZS_ISSUER, "2024年4月18日", right_chars=2, blanks=2)
    page_break(doc)
    banji(doc, ZS_CHAOSONG, ZS_PRINTER, ZS_PRINTDATE, blank_lines=17)
    out = os.path.join(HERE, "blind164_zhoushan_measures.docx")
    doc.save(out)
    return out


def zhoushan_expected():
    clauses = []
    for chap, arts in ZS:
        for label, paras in arts:
            clauses.append(label + "　" + "\n".join(paras))
    return {
        "meta": {
            "title": ZS_TITLE,
            "doc_number": ZS_NUM,
            "normative_doc_reg_no": ZS_REGNO,
            "issuer": [ZS_ISSUER],
            "date": "2024-04-18",
            "published": "2024-04-19",
            "adopted": "2024-04-12 (管委会2024年第3次主任办公会议)",
            "level": "county",
            "region": "浙江省舟山市（中国（浙江）自由贸易试验区舟山片区）",
            "effective": "2024-05-20",
            "expires": "2029-05-19",
            "attachments": [],
            "doc_type": "办法",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": "《舟山片区保税燃料油加注经营管理暂行办法》（舟自贸管规〔2021〕1号）",
        },
        "clauses": clauses,
        "applies_to": {
            "default": "中国（浙江）自由贸易试验区舟山片区（浙江省舟山市）",
            "specific": {
                "第七条": "岙山港区、马峙锚地、虾峙门口外锚地、条帚门锚地、黄泽山、鼠浪湖（舟山片区内的港区/锚地/码头）",
                "第十四条": "定海区、普陀区、岱山县（岸线清污属地责任）",
            },
            "note": "第六条 新加坡、富查伊拉 and 共建“一带一路”国家 are places abroad the clause mentions, not where it applies (placing 第六条 in 新加坡 is wrong, medium). 第十条 宁波舟山港其他港区 is where the oil was cleared, the supply happens in 舟山片区. 舟山海事局/舟山海关 are organs.",
        },
        "_note": (
            "A stand-alone 规范性文件 (no 印发 notice, no 主送): top-left 统一编号 ZJLC15-2024-0002 (NOT the 文号); red 版头 in ONE line squeezed to 58% width (中国（浙江）自由贸易试验区舟山片区管理委员会文件); 文号 舟自贸管规〔2024〕2号 over the red rule; "
            "title in one paragraph with a soft line break after 舟山片区 (join without a stray space/newline); the 题注 line （2024年4月12日…审议通过） in 楷体 under the title is metadata (adopted date), not a clause, and 2024-04-12 is NOT the 成文日期. "
            "Chapter headings 第一章 总则 … 第五章 附则 (with full-width spaces inside 总　　则 / 附　　则) are headings → path, not clauses. "
            "16 articles 第一条…第十六条: label in 黑体 run-in, text in 仿宋. Each article is ONE clause; its further 款 (第二、三、五、七、十一、十三条) and （一）（二）… 项 (第四、七、十三条) are separate Word paragraphs that belong to the article — "
            "expected text joins them with a newline. Splitting 款/项 into sub-clauses is tolerable (low) ONLY if each keeps the article as label/path (第七条 第二款 “在前款规定以外水域…” and 第十三条 第二款 “有前款第（三）项情形的…” read alone are meaningless); "
            "a 款 or 项 appended to the wrong article, or shown without its article, is medium. "
            "落款 organ + 2024年4月18日 (成文日期), （此件公开发布）, 版记 on its own last page (抄送… / …综合办公室 2024年4月19日印发), footer “— N —” odd right / even left are furniture. "
            "effective 2024-05-20 and expires 2029-05-19 are both in 第十六条 (有效期至…); 2021-06-01 is the old measure's date; 2024-04-12 the meeting. level county (municipal tolerable, low; provincial wrong)."
        ),
        "_pdf": {
            "note": "Same metadata and clauses. In the PDF the squeezed one-line 版头 is plain text; the 统一编号 is the first line of page 1; article 款/项 lines look like any other line, only the 第X条 label at line start marks a new article.",
        },
    }


# ============================================================ 3. 洋浦 公告
YP_ISSUER = "洋浦经济开发区管理委员会"
YP_HEAD = "洋浦经济开发区管理委员会公告"
YP_NUM = "2024年第6号"
YP_TITLE_PARTS = ["洋浦经济开发区管理委员会关于实施", "加工增值内销免征关税政策有关事项的公告"]
YP_TITLE = "".join(YP_TITLE_PARTS)
YP_INTRO = "为落实《中华人民共和国海南自由贸易港法》和海关总署、财政部、税务总局关于鼓励类产业企业生产的含进口料件在海南自由贸易港加工增值达到或者超过30%的货物内销免征进口关税政策，进一步发挥洋浦经济开发区先行先试作用，服务共建“一带一路”和西部陆海新通道建设，现将有关事项公告如下："
YP_ITEMS = [
    "一、适用范围。本公告适用于在洋浦经济开发区注册登记并实质性运营的鼓励类产业企业，其生产加工场所应当位于洋浦保税港区、石化功能区、新都区或者三都区内。",
    "二、企业备案。符合条件的企业可以向洋浦经济开发区管理委员会经济发展局提出备案申请，经济发展局会同洋浦海关在10个工作日内完成联合审核，备案结果在洋浦经济开发区门户网站公布。",
    "三、增值计算。加工增值率=（内销价格-境外进口料件价格-境外进口料件相关运费和保险费）÷境外进口料件价格×100%。境外进口料件价格以海关审定的完税价格为准。",
    "四、内销通关。货物经洋浦港小铲滩码头“二线口岸”货运通道出岛内销的，企业应当在申报时如实填报加工增值率；经海口新海港、秀英港出岛的，按照海关有关规定办理。",
    "五、产业导向。优先支持油气化工新材料、高端食品加工、生物医药和新能源汽车零部件等产业。上述产业企业首次完成备案的，管委会给予一次性奖励20万元。",
    "六、服务保障。管委会在洋浦政务服务中心（洋浦经济开发区滨海新区吉浦路1号）设立加工增值政策服务专窗，为企业提供政策咨询、备案辅导和通关协调“一站式”服务。咨询电话：0898-28826530。",
    "七、监督管理。企业以虚报加工增值率等方式违规享受政策的，由海关依法处理，管委会取消其备案资格，并将有关信息纳入海南自由贸易港信用信息共享平台。",
    "八、信息报送。备案企业应当于每季度结束后15日内，通过洋浦经济开发区企业服务平台报送上季度内销货物品名、数量、货值及加工增值率等情况；经济发展局每半年汇总后报送海南省商务厅和海口海关。",
    "九、施行日期。本公告自2024年8月26日起施行，有效期至2025年12月31日。洋浦经济开发区此前有关规定与本公告不一致的，以本公告为准。",
]
YP_ATT = "2024年第一批加工增值内销免征关税政策备案企业名单"
YP_HEADER = ["序号", "企业名称", "所在区域", "主要产品", "备案编号"]
YP_ROWS = [
    ["1", "海南洋浦恒晟新材料科技有限公司", "石化功能区", "聚酯切片、PET瓶片", "YPJZ-2024-001"],
    ["2", "海南洋浦澳椰食品有限公司", "洋浦保税港区", "燕窝、乳制品精深加工", "YPJZ-2024-002"],
    ["3", "洋浦宏川生物医药有限公司", "新都区", "原料药、医用敷料", "YPJZ-2024-003"],
    ["4", "海南洋浦驰远新能源汽车部件有限公司", "三都区", "动力电池壳体、铝合金轮毂", "YPJZ-2024-004"],
    ["5", "海南洋浦润海粮油加工有限公司", "洋浦保税港区", "大豆油、菜籽油", "YPJZ-2024-005"],
]


def build_yangpu():
    doc = Document()
    setup_page(doc, "center")
    para(doc, "", indent=0)
    p = para(doc, "", XBZ, 36, J.CENTER, 0, line=Pt(44))
    scaled_run(p, YP_HEAD, XBZ, 36, RED, 80, 0)
    para(doc, YP_NUM, FS, SAN, J.CENTER, 0, before=6)
    p = para(doc, "", indent=0)
    border(p, "bottom", 12, "E60012", 4)
    para(doc, "", indent=0)
    title_para(doc, YP_TITLE_PARTS, mode="paras")
    para(doc, "", indent=0)
    para(doc, YP_INTRO)
    for t in YP_ITEMS:
        para(doc, t)
    para(doc, "特此公告。")
    para(doc, "", indent=0)
    attach_note(doc, [YP_ATT])
    signoff(doc, YP_ISSUER, "2024年8月26日", right_chars=3, publicity=False, blanks=2)
    page_break(doc)
    para(doc, "附件", HT, SAN, J.LEFT, 0)
    para(doc, "", indent=0)
    para(doc, YP_ATT, XBZ, 20, J.CENTER, 0, line=Pt(30))
    para(doc, "", indent=0)
    tbl = doc.add_table(rows=1 + len(YP_ROWS), cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(YP_HEADER):
        cell_text(tbl.cell(0, ci), h, HT, SI)
    for ri, row in enumerate(YP_ROWS, start=1):
        for ci, v in enumerate(row):
            cell_text(tbl.cell(ri, ci), v, FS, SI, J.LEFT if ci == 1 else J.CENTER)
    col_widths(tbl, [14, 56, 30, 36, 30])
    out = os.path.join(HERE, "blind164_yangpu_notice.docx")
    doc.save(out)
    return out


def yangpu_expected():
    rows = [row_clause(YP_HEADER, r) for r in YP_ROWS]
    clauses = [YP_INTRO] + YP_ITEMS + rows
    return {
        "meta": {
            "title": YP_TITLE,
            "doc_number": YP_NUM,
            "issuer": [YP_ISSUER],
            "date": "2024-08-26",
            "published": None,
            "level": "county",
            "region": "海南省儋州市（洋浦经济开发区）",
            "effective": "2024-08-26",
            "expires": "2025-12-31",
            "attachments": [YP_ATT],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
        },
        "clauses": clauses,
        "applies_to": {
            "default": "洋浦经济开发区（海南省儋州市）",
            "specific": {
                "一、": "洋浦保税港区、石化功能区、新都区、三都区",
                "四、": "洋浦港小铲滩码头（二线口岸）；海口新海港、秀英港（海口市）",
                "六、": "洋浦经济开发区滨海新区（政务服务中心地址）",
                "附件 row 1": "石化功能区", "附件 row 2": "洋浦保税港区", "附件 row 3": "新都区",
                "附件 row 4": "三都区", "附件 row 5": "洋浦保税港区",
            },
            "note": "海南自由贸易港 (whole island) is the legal frame, not where this 公告 applies (tolerable, low). 西部陆海新通道 / 共建“一带一路” are not places. 洋浦海关, 海南省商务厅 and 海口海关 (八、) are organs, not places (八、 placed in 海口市 or 海南省 is wrong, low). 海口 in 四、 is where goods may leave the island, not the place the 公告 governs (placing 四、 in 海口市 too is tolerable).",
        },
        "_note": (
            "A 公告 in the 国家税务总局公告 pattern: a red 版头 line 洋浦经济开发区管理委员会公告 (squeezed to 80%), under it the number 2024年第6号 (→ doc_number; “洋浦经济开发区管理委员会公告2024年第6号” tolerable), a red rule, then the full title typed as TWO paragraphs "
            "(…关于实施 / 加工增值内销免征关税政策有关事项的公告) that must be joined into one title. The 版头 line (…管理委员会公告) is NOT the title. No 主送, no 版记, no （此件公开发布） — a 公告 has none; recipients [] and publicity null. "
            "Items 一、…九、 each have a run-in heading (适用范围。 etc.) typed in the same font as the text: each item = one clause with its heading. The intro “为落实…现将有关事项公告如下：” is a clause. "
            "“特此公告。” is furniture (closing formula), not a clause (as a clause: low). 附件说明 “附件：2024年第一批…名单” → attachments. 落款 洋浦经济开发区管理委员会 / 2024年8月26日 (= 成文日期 = effective, per 九、). "
            "The 附件 page (label 附件, table title, 5-column table) holds 5 enterprise rows, each a clause `序号：1；企业名称：…；所在区域：…；主要产品：…；备案编号：…`. "
            "Footer page numbers are centred “- N -”. expires 2025-12-31 (九、). The formula in 三、 contains “=”, “-”, “÷”, “×” and “%”: it must survive intact. "
            "level: 洋浦经济开发区管委会 is a county-level body (派出机构 of the 海南省 government; provincial tolerable, low; national wrong, medium). region 海南省儋州市 / 洋浦经济开发区; 海南省 alone is too broad (low)."
        ),
        "_pdf": {
            "note": "Same metadata and clauses. In the PDF the red 版头 line and the number line sit above the title; page 2 (附件) starts with “附件” and the table title.",
        },
    }


# ============================================================ 4. 西安国际港务区 工作方案 印发通知
GW_ISSUER = "西安国际港务区管理委员会"
GW_NUM = "西港管发〔2024〕18号"
GW_PLAN = "中国（陕西）自由贸易试验区西安国际港务区2024年贸易投资便利化改革创新工作方案"
GW_TITLE = GW_ISSUER + "关于印发《" + GW_PLAN + "》的通知"
GW_MAIN_TO = "区属各部门、各街道办事处、各直属单位，驻区各有关单位："
GW_P = [
    "《" + GW_PLAN + "》已经管委会2024年第4次主任办公会议研究同意，现印发给你们，请结合实际认真贯彻落实。",
    "各牵头单位要按照任务分工制定具体推进措施，于每季度结束后5个工作日内将工作进展情况报送区自贸办（联系人：赵敏，电话：029-83363517），区自贸办将定期通报推进情况。",
    "各街道办事处要主动对接驻区企业和重点项目，新筑街道、新合街道、席王街道要分别做好西安铁路集装箱中心站扩能改造、陆港跨境电商产业园建设和国际投资“单一窗口”服务专区设立的属地服务保障工作。",
]
GW_PLAN_TITLE_PARTS = ["中国（陕西）自由贸易试验区西安国际港务区", "2024年贸易投资便利化改革创新工作方案"]
GW_INTRO = "为深入落实《中国（陕西）自由贸易试验区提升行动方案》，发挥中欧班列（西安）集结中心和西安综合保税区开放平台作用，推动西安国际港务区（以下简称港务区）更好服务和融入共建“一带一路”大格局，制定本方案。"
GW_GOAL = "到2024年底，港务区新形成制度创新案例8项以上，其中在全省复制推广2项以上；中欧班列（西安）开行量稳定在5000列以上，进出口货值突破600亿元；跨境电商交易额同比增长15%以上；新引进外资企业20家以上。"
GW_TASKS = [
    ("（一）提升国际物流通道能级。", "优化“长安号”线路布局，加密西安至中亚、欧洲的稳定运行线路，新开行跨里海国际运输走廊班列不少于300列。推进西安铁路集装箱中心站扩能改造，年底前完成新筑街道段6条装卸线建设。"),
    ("（二）深化通关模式改革。", "全面推广“铁路快通”“中欧班列+进境属地查验”模式，实现海关、铁路作业数据自动比对；在西安综合保税区试点“跨境电商+保税维修”新模式，进出口整体通关时间压缩10%以上。"),
    ("（三）发展跨境贸易新业态。", "支持新合街道陆港跨境电商产业园建设，引进跨境电商头部企业和海外仓运营企业10家以上；做好市场采购贸易方式试点申报工作。"),
    ("（四）强化金融服务支撑。", "推广“长安号”铁路运单物权化融资，全年办理运单融资业务不少于30亿元；推动设立港务区跨境人民币结算服务中心。"),
    ("（五）持续优化营商环境。", "推行外商投资企业登记“一网通办”，在席王街道港务大厦政务服务中心设立国际投资“单一窗口”服务专区，企业开办时间压减至1个工作日以内。"),
]
GW_GUARD = [
    ("（一）加强组织领导。", "成立由管委会主要负责同志任组长的工作专班，专班办公室设在区自贸办，统筹推进各项任务。"),
    ("（二）强化考核评估。", "将重点任务完成情况纳入各部门年度目标责任考核，区自贸办每季度开展一次评估，对推进不力的单位予以通报。"),
]
GW_TABLE_TITLE = "重点任务分工表"
GW_HEADER = ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"]
GW_ROWS = [
    ["1", "提升国际物流通道能级", "新开行跨里海国际运输走廊班列不少于300列", "区物流发展局", "西安国际陆港集团有限公司", "2024年12月底"],
    ["2", "提升国际物流通道能级", "完成西安铁路集装箱中心站新筑街道段6条装卸线建设", "区建设管理局", "新筑街道办事处、中铁联集西安分公司", "2024年11月底"],
    ["3", "深化通关模式改革", "推广“铁路快通”“中欧班列+进境属地查验”模式", "区自贸办", "西安海关驻港务区办事处", "2024年6月底"],
    ["4", "深化通关模式改革", "在西安综合保税区试点“跨境电商+保税维修”新模式", "综合保税区管理办公室", "区商务局", "2024年9月底"],
    ["5", "发展跨境贸易新业态", "建设新合街道陆港跨境电商产业园，引进头部企业和海外仓运营企业10家以上", "区商务局", "新合街道办事处", "2024年12月底"],
    ["6", "发展跨境贸易新业态", "开展市场采购贸易方式试点申报", "区商务局", "区自贸办", "2024年10月底"],
    ["7", "强化金融服务支撑", "办理“长安号”铁路运单融资业务不少于30亿元", "区金融服务局", "西安国际陆港集团有限公司", "2024年12月底"],
    ["8", "持续优化营商环境", "在席王街道港务大厦设立国际投资“单一窗口”服务专区，企业开办时间压减至1个工作日以内", "区行政审批服务局", "席王街道办事处", "2024年7月底"],
]
GW_CHAOSONG = "省自贸办，市商务局（市自贸办），西安海关。"
GW_PRINTER = "西安国际港务区管理委员会办公室"
GW_PRINTDATE = "2024年4月3日"


def new_section(doc, landscape):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Mm(297), Mm(210)
        s.top_margin, s.bottom_margin = Mm(28), Mm(26)
        s.left_margin, s.right_margin = Mm(37), Mm(35)
    else:
        s.orientation = WD_ORIENT.PORTRAIT
        s.page_width, s.page_height = Mm(210), Mm(297)
        s.top_margin, s.bottom_margin = Mm(37), Mm(35)
        s.left_margin, s.right_margin = Mm(28), Mm(26)
    return s


def build_gangwu():
    doc = Document()
    setup_page(doc, "oddeven")
    red_head(doc, [GW_ISSUER + "文件"], size=36, scale=78)
    docnum_rule(doc, GW_NUM)
    title_para(doc, [GW_TITLE], mode="wrap")
    para(doc, "", indent=0)
    para(doc, GW_MAIN_TO, indent=0)
    for t in GW_P:
        para(doc, t)
    para(doc, "", indent=0)
    attach_note(doc, [GW_PLAN])
    signoff(doc, GW_ISSUER, "2024年4月2日", right_chars=3)
    page_break(doc)
    para(doc, "附件", HT, SAN, J.LEFT, 0)
    para(doc, "", indent=0)
    title_para(doc, GW_PLAN_TITLE_PARTS, mode="paras")
    para(doc, "", indent=0)
    para(doc, GW_INTRO)
    para(doc, "一、总体目标", HT)
    para(doc, GW_GOAL)
    para(doc, "二、重点任务", HT)
    for h, t in GW_TASKS:
        runin(doc, h, t)
    para(doc, "三、保障措施", HT)
    for h, t in GW_GUARD:
        runin(doc, h, t)
    new_section(doc, landscape=True)
    para(doc, "附表", HT, SAN, J.LEFT, 0)
    para(doc, GW_TABLE_TITLE, XBZ, 20, J.CENTER, 0, line=Pt(30))
    para(doc, "", indent=0, line=Pt(12))
    tbl = doc.add_table(rows=1 + len(GW_ROWS), cols=6)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(GW_HEADER):
        cell_text(tbl.cell(0, ci), h, HT, XIAOSI)
    repeat_header(tbl.rows[0])
    for ri, row in enumerate(GW_ROWS, start=1):
        for ci, v in enumerate(row):
            if ci == 1 and ri % 2 == 0 and ri <= 6:
                continue  # merged into the cell above
            cell_text(tbl.cell(ri, ci), v, FS, XIAOSI, J.JUSTIFY if ci == 2 else J.CENTER)
    for top in (1, 3, 5):
        tbl.cell(top, 1).merge(tbl.cell(top + 1, 1))
    col_widths(tbl, [12, 36, 82, 32, 42, 22])
    new_section(doc, landscape=False)
    banji(doc, GW_CHAOSONG, GW_PRINTER, GW_PRINTDATE, blank_lines=18)
    out = os.path.join(HERE, "blind164_gangwu_plan.docx")
    doc.save(out)
    return out


def gangwu_expected():
    rows = [row_clause(GW_HEADER, r) for r in GW_ROWS]
    plan = [GW_INTRO, GW_GOAL] + [h + t for h, t in GW_TASKS] + [h + t for h, t in GW_GUARD] + rows
    return {
        "meta": {
            "title": GW_TITLE,
            "doc_number": GW_NUM,
            "issuer": [GW_ISSUER],
            "date": "2024-04-02",
            "published": "2024-04-03",
            "level": "county",
            "region": "陕西省西安市（中国（陕西）自由贸易试验区西安国际港务区）",
            "effective": None,
            "expires": None,
            "attachments": [GW_PLAN],
            "doc_type": "通知",
            "recipients": ["区属各部门、各街道办事处、各直属单位", "驻区各有关单位"],
            "publicity": "此件公开发布",
        },
        "clauses": GW_P + plan,
        "applies_to": {
            "default": "西安国际港务区（陕西省西安市，中国（陕西）自由贸易试验区）",
            "specific": {
                "cover paragraph 3": "新筑街道、新合街道、席王街道 (each for its own project)",
                "二、（一）": "西安铁路集装箱中心站 / 新筑街道",
                "二、（二）": "西安综合保税区",
                "二、（三）": "新合街道（陆港跨境电商产业园）",
                "二、（五）": "席王街道（港务大厦政务服务中心）",
                "附表 row 2": "新筑街道", "附表 row 4": "西安综合保税区", "附表 row 5": "新合街道", "附表 row 8": "席王街道",
            },
            "note": "中亚、欧洲、跨里海国际运输走廊 (二、（一）, row 1) are destinations, not where the clause applies (placing it abroad is wrong, medium). 西安海关/西安国际陆港集团 are organs/companies.",
        },
        "_note": (
            "Cover notice: red one-line 版头 西安国际港务区管理委员会文件 (squeezed 78%), 文号 西港管发〔2024〕18号 over the red rule, title in one paragraph (wraps), 主送 (→ recipients), 3 clause paragraphs (印发 sentence; 牵头单位/报送 sentence with contact; 街道 属地保障 sentence naming 新筑/新合/席王街道), "
            "附件说明 附件：《方案》title (→ attachments), 落款 + 2024年4月2日, （此件公开发布）. Then page break, label 附件, the 方案 title typed as TWO paragraphs (…西安国际港务区 / 2024年…工作方案) — a heading of the attachment, not a clause and not the document title. "
            "方案: intro paragraph; 一、总体目标 (heading) + 1 paragraph; 二、重点任务 (heading) + （一）…（五） run-in 楷体 headings (heading + text = one clause); 三、保障措施 + （一）（二）. "
            "The 附表 重点任务分工表 sits in a LANDSCAPE section (its own page), header row repeated, 6 columns 序号/重点任务/具体措施/牵头单位/配合单位/完成时限; 重点任务 is vertically merged over rows 1-2, 3-4, 5-6: rows 2, 4, 6 must still carry 重点任务 (blank = medium). "
            "Each of the 8 rows is a clause. The labels 附件 / 附表 and the table title 重点任务分工表 are furniture. The 版记 (抄送… / …办公室 2024年4月3日印发) is in a final PORTRAIT section after blank paragraphs. Footer “— N —” odd right / even left in all sections. "
            "Reporting the 方案 as a second document (title = 方案 title, issuer = 管委会, date 2024-04-02) is tolerable; then the notice keeps the 3 cover clauses. "
            "date = 2024-04-02 (落款); 2024-04-03 is 印发 (版记). The 完成时限 (2024年6月底…12月底) and 到2024年底 are targets, not expires. No effective/expires (a 工作方案 has none; expires 2024-12-31 is wrong, low). "
            "level county (西安国际港务区 管委会 is a 开发区 body at county level; municipal tolerable, low)."
        ),
        "_pdf": {
            "note": "Same metadata and clauses. The landscape 附表 page is a rotated page size (297×210) in the PDF; the merged 重点任务 cells print once, centred across two rows — rows 2/4/6 lose their 重点任务 in the text layer unless the reader infers the merge (blank there is medium in the PDF as well, but less surprising).",
        },
    }


# ------------------------------------------------------------ PDFs and expected.json
def to_pdf(docx_path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_164", "--headless", "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    outs = [build_jinan(), build_zhoushan(), build_yangpu(), build_gangwu()]
    for f in outs:
        to_pdf(f)
    exp = {
        "blind164_jinan_notice": [jinan_expected()],
        "blind164_zhoushan_measures": [zhoushan_expected()],
        "blind164_yangpu_notice": [yangpu_expected()],
        "blind164_gangwu_plan": [gangwu_expected()],
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    print("wrote", *outs)


if __name__ == "__main__":
    main()
