# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 229: Word tables cut by page breaks, printed to PDF by LibreOffice.

Four Word files (python-docx), each printed to PDF by LibreOffice, written next to itself:
  blind229_zhejiang_zhinan.docx / .pdf   浙江省商务厅 浙江省财政厅 joint 印发通知 (浙商务联发〔2024〕41号)
      with the 自贸试验区提升发展专项资金 申报指南; its 支持标准表 has a TWO-ROW header (支持标准 spanning
      支持方式/支持比例/单个项目最高) repeated on every page and a 类别 column merged down over 3–4 rows;
      a page break falls between two rows of a merged 类别 (no row cut), splitting the category's text.
  blind229_tianjin_mingdan.docx / .pdf   天津市商务局 公布 跨境电子商务示范企业名单 (津商务电商〔2024〕9号);
      the 名单 table has its 所在区 column merged over 5–8 rows and is cut by TWO page breaks, each inside
      a merged 所在区.
  blind229_sichuan_fenpei.docx / .pdf    四川省财政厅 四川省商务厅 下达专项资金 (川财建〔2024〕112号);
      资金分配表 in a landscape section, 片区 merged down over its projects and its 小计 row, and the
      合计 row alone at the top of the last page under the repeated header.
  blind229_nanning_qingdan.docx / .pdf   南宁片区管委会 印发 制度创新重点任务清单 (南自贸管发〔2025〕3号);
      rows may split: a page break cuts a row in the middle of its 主要内容 cell; after row 7 the author
      ends the table and starts a 续表 by hand (label 续表, header typed again, 功能区 repeated).
  expected.json

Run:  . /work/venv/bin/activate && python make_blind229.py
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
RED = RGBColor(0xFF, 0x00, 0x00)
SAN = 16   # 三号
ER = 22    # 二号
SI = 14    # 四号
XSI = 12   # 小四
LINE = Pt(28.95)
J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
DIST = WD_ALIGN_PARAGRAPH.DISTRIBUTE
VC = WD_CELL_VERTICAL_ALIGNMENT.CENTER


# ================================================================ helpers
def fnt(run, east=FS, size=SAN, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color
    return run


def P(container, text="", east=FS, size=SAN, align=J, indent=2, bold=False, color=None, line=LINE, before=0, after=0):
    p = container.add_paragraph()
    p.alignment = align
    pf = p.paragraph_format
    pf.first_line_indent = Pt(size * indent) if indent else None
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if text:
        fnt(p.add_run(text), east, size, bold, color)
    return p


def runin(doc, head, body, head_font=KT, bold=False):
    p = P(doc)
    fnt(p.add_run(head), head_font, SAN, bold)
    fnt(p.add_run(body), FS, SAN)
    return p


def pborder(p, side, sz, color, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    b = ppr.find(qn("w:pBdr"))
    if b is None:
        b = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(b)
    b.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), val, sz, space, color)))


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def page_field(p, size=SI):
    fnt(p.add_run("— "), ST, size)
    for kind in ("begin", "instr", "separate", "text", "end"):
        r = fnt(p.add_run(), ST, size)
        if kind == "instr":
            r._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
        elif kind == "text":
            r._element.append(parse_xml('<w:t %s>1</w:t>' % nsdecls("w")))
        else:
            r._element.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    fnt(p.add_run(" —"), ST, size)


def grid(section, kind="lines"):
    sp = section._sectPr
    g = sp.find(qn("w:docGrid"))
    if g is None:
        g = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        sp.append(g)
    g.set(qn("w:type"), kind)
    g.set(qn("w:linePitch"), "579")


def new_doc(odd_even=True, centered_numbers=False, normal_font=FS):
    doc = Document()
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(28)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), normal_font)
    st.paragraph_format.space_after = Pt(0)
    grid(s)
    if centered_numbers:
        fp = s.footer.paragraphs[0]
        fp.alignment = C
        page_field(fp)
    else:
        doc.settings.odd_and_even_pages_header_footer = odd_even
        fp = s.footer.paragraphs[0]
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(SI)
        page_field(fp)
        if odd_even:
            ep = s.even_page_footer.paragraphs[0]
            ep.alignment = L
            ep.paragraph_format.left_indent = Pt(SI)
            page_field(ep)
    return doc


def banhead(doc, text, size=48, width_scale=None):
    p = P(doc, "", XBZ, size, C, 0, line=Pt(size * 1.2))
    r = fnt(p.add_run(text), XBZ, size, color=RED)
    if width_scale:
        r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), width_scale)))
    return p


def docnum_rule(doc, num, blank_before=2):
    for _ in range(blank_before):
        P(doc, indent=0)
    p = P(doc, num, FS, SAN, C, 0)
    pborder(p, "bottom", 18, "FF0000", 10)
    P(doc, indent=0)


def title(doc, lines, soft=True):
    if soft:
        p = P(doc, "", XBZ, ER, C, 0, line=Pt(35))
        for i, t in enumerate(lines):
            r = fnt(p.add_run(t), XBZ, ER)
            if i < len(lines) - 1:
                r.add_break()
    else:
        for t in lines:
            P(doc, t, XBZ, ER, C, 0, line=Pt(35))
    P(doc, indent=0)


def attach_note(doc, items):
    """附件：1．… / 2．… with hanging indent (附件说明)."""
    P(doc, indent=0)
    for i, t in enumerate(items):
        if len(items) == 1:
            txt = "附件：" + t
        else:
            txt = ("附件：" if i == 0 else "") + "%d．%s" % (i + 1, t)
        p = P(doc, txt, indent=0)
        pf = p.paragraph_format
        if i == 0:
            pf.left_indent = Pt(SAN * (5 if len(items) == 1 else 7))
            pf.first_line_indent = Pt(-SAN * (3 if len(items) == 1 else 5))
        else:
            pf.left_indent = Pt(SAN * 7)
            pf.first_line_indent = Pt(-SAN * 2)


def signoff(doc, organ, date, right_chars=4, blank=3, public="（此件公开发布）"):
    for _ in range(blank):
        P(doc, indent=0)
    p = P(doc, organ, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * right_chars)
    p.paragraph_format.keep_with_next = True
    p = P(doc, date, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * (right_chars + 1))
    if public:
        P(doc, indent=0)
        P(doc, public, FS, SAN, L, 2)


def banji(doc, chaosong, printer=None, printdate=None, blank=0):
    for _ in range(blank):
        P(doc, indent=0)
    p = P(doc, "", FS, SI, L, 0, line=Pt(24))
    pf = p.paragraph_format
    pf.left_indent = Pt(SI * 4)
    pf.right_indent = Pt(SI)
    pf.first_line_indent = Pt(-SI * 3)
    fnt(p.add_run("抄送：" + chaosong), FS, SI)
    pf.keep_with_next = True
    pborder(p, "top", 12, "000000", 2)
    if printer:
        pborder(p, "bottom", 4, "000000", 2)
        p = P(doc, "", FS, SI, L, 0, line=Pt(24))
        p.paragraph_format.left_indent = Pt(SI)
        p.paragraph_format.right_indent = Pt(SI)
        fnt(p.add_run(printer), FS, SI)
        fnt(p.add_run("\t" + printdate + "印发"), FS, SI)
        p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8600"/></w:tabs>' % nsdecls("w")))
    pborder(p, "bottom", 12, "000000", 2)


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w")))


def cell_text(cell, text, east=FS, size=SI, align=C, bold=False, color=None, line=None, snap=True):
    """Write text into a cell; '\n' in text makes further paragraphs of the cell."""
    parts = text.split("\n")
    for k, part in enumerate(parts):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.first_line_indent = None
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.line_spacing = line if line else 1.0
        if not snap:   # 取消“对齐到网格”, as offices do for dense tables
            p._p.get_or_add_pPr().append(parse_xml('<w:snapToGrid %s w:val="0"/>' % nsdecls("w")))
        if part:
            fnt(p.add_run(part), east, size, bold, color)
    return cell


def col_widths(tbl, widths_mm):
    """Fixed layout: tblW, tblGrid/gridCol and every tcW (LibreOffice reads the grid)."""
    tbl.autofit = False
    tblPr = tbl._tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = parse_xml('<w:tblW %s/>' % nsdecls("w"))
        tblPr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths_mm) * 56.7)))
    tw.set(qn("w:type"), "dxa")
    for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in tbl.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def row_height(row, pt, rule="atLeast"):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="%s"/>' % (nsdecls("w"), int(pt * 20), rule)))


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


def landscape(doc, top=28, bottom=26, left=37, right=35):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(top), Mm(bottom)
    sec.left_margin, sec.right_margin = Mm(left), Mm(right)
    sec.footer_distance = Mm(15)
    sec._sectPr.find(qn("w:docGrid")).set(qn("w:type"), "default")
    return sec


def portrait(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(28)
    sec._sectPr.find(qn("w:docGrid")).set(qn("w:type"), "lines")
    return sec


# ================================================================ (a) 浙江 申报指南 (two-row header, merged 类别 cut by a page break)
ZJ_NUM = "浙商务联发〔2024〕41号"
ZJ_ZHINAN = "2024年度中国（浙江）自由贸易试验区提升发展专项资金申报指南"
ZJ_TITLE = "浙江省商务厅　浙江省财政厅关于印发《" + ZJ_ZHINAN + "》的通知"
ZJ_MAIN_TO = "各市、县（市、区）商务主管部门、财政局，中国（浙江）自由贸易试验区各片区管委会，各联动创新区管理机构："
ZJ_NOTICE = [
    "为深入贯彻落实《中国（浙江）自由贸易试验区提升战略实施方案》，用好省级自贸试验区提升发展专项资金，支持舟山、宁波、杭州、金义四个片区和联动创新区开展首创性、差异化改革探索，更好服务共建“一带一路”，省商务厅、省财政厅制定了《" + ZJ_ZHINAN + "》，现印发给你们，请认真组织项目申报。",
    "请各片区管委会、各设区市商务主管部门会同同级财政部门做好项目初审，于2024年7月15日前将申报材料及汇总表（纸质材料一式三份）报送省商务厅（省自贸办），电子版通过浙江省商务专项资金管理系统同步报送。",
]
ZJ_SCOPE = "本指南所称提升发展专项资金（以下简称专项资金），用于支持在中国（浙江）自由贸易试验区舟山片区、宁波片区、杭州片区、金义片区（以下统称各片区）以及经省政府批复设立的联动创新区内实施的制度创新、产业发展和开放平台建设项目。项目实施期为2023年7月1日至2024年6月30日。"
ZJ_COND = [
    "（一）申报主体应当是在各片区或联动创新区内依法注册、具有独立法人资格的企业或事业单位，近三年无严重失信记录，未发生重大安全生产事故。",
    "（二）申报项目应当符合自贸试验区改革试点任务方向，在项目实施期内已完成投资或已形成可复制推广的制度创新成果。",
    "（三）同一项目已获得其他省级财政专项资金支持的，不得重复申报；同一企业年度申报项目不超过2个。",
]
ZJ_STD_INTRO = "专项资金采取以奖代补、项目补助和贷款贴息方式安排，具体支持标准见下表。"
ZJ_TABLE_TITLE = "2024年度专项资金支持标准"
# header: 序号 | 类别 | 支持事项 | 支持标准 (支持方式 | 支持比例或标准 | 单个项目最高（万元）) | 适用区域
ZJ_HEAD_COLS = ["序号", "类别", "支持事项", "支持方式", "支持比例或标准", "单个项目最高（万元）", "适用区域"]
ZJ_HEAD_EXPECT = ["序号", "类别", "支持事项", "支持标准·支持方式", "支持标准·支持比例或标准", "支持标准·单个项目最高（万元）", "适用区域"]
ZJ_GROUPS = [
    ("油气全产业链开放发展", [
        ["1", "保税燃料油加注能力建设（新建或改造加注船舶、岸基供油设施）", "项目补助", "设备投资额的20%", "500", "舟山片区"],
        ["2", "油气储运基础设施建设（新增罐容10万立方米以上）", "项目补助", "设备投资额的15%", "800", "舟山片区（含舟山港综合保税区）"],
        ["3", "大宗商品跨境贸易人民币结算（年度结算额超过10亿元）", "以奖代补", "每10亿元奖励20万元", "100", "舟山片区、宁波片区"],
    ]),
    ("数字贸易与跨境电子商务", [
        ["4", "数字贸易公共服务平台建设", "项目补助", "平台建设投资额的30%", "300", "杭州片区"],
        ["5", "跨境电商海外仓建设（单仓面积5000平方米以上）", "以奖代补", "每平方米奖励100元", "200", "杭州片区、宁波片区、金义片区"],
        ["6", "数据跨境流动安全管理试点", "以奖代补", "每项试点成果奖励50万元", "100", "杭州片区（钱塘区块、滨江区块）"],
        ["7", "市场采购贸易与跨境电商融合发展", "项目补助", "实际投资额的20%", "200", "金义片区（义乌区块）"],
    ]),
    ("国际物流与通道建设", [
        ["8", "海铁联运班列新开线路（年开行50列以上）", "以奖代补", "每条线路奖励100万元", "300", "宁波片区、金义片区"],
        ["9", "“义新欧”中欧班列集结中心设施建设", "项目补助", "设备投资额的20%", "500", "金义片区（金华区块、义乌综合保税区）"],
        ["10", "国际航空货运航线开通（全货机连续运营6个月以上）", "以奖代补", "每条航线奖励200万元", "400", "杭州片区（萧山空港区块）、宁波片区"],
    ]),
    ("制度创新与开放平台", [
        ["11", "制度创新成果被国务院或国家部委复制推广", "以奖代补", "每项奖励100万元", "100", "各片区、联动创新区"],
        ["12", "综合保税区保税维修、保税研发新业态试点", "项目补助", "实际投资额的25%", "300", "宁波梅山综合保税区、杭州综合保税区、义乌综合保税区"],
        ["13", "联动创新区重点开放平台项目贷款贴息", "贷款贴息", "按贷款市场报价利率的50%贴息", "200", "各联动创新区"],
    ]),
]
ZJ_TABLE_NOTE = "注：同一企业年度获得专项资金支持总额不超过1000万元；表中投资额均不含土地购置费用。"
ZJ_MATERIALS = "申报单位应当提交以下材料：专项资金申请表，项目实施情况报告，项目投资及费用支出凭证，制度创新成果被复制推广的证明文件（申报第11项的提供），申报材料真实性承诺书。"
ZJ_PROC = [
    "（一）各片区管委会、联动创新区所在设区市商务主管部门负责组织辖区内项目申报和初审，会同同级财政部门出具初审意见，于2024年7月15日前报送省商务厅（省自贸办）。",
    "（二）省商务厅会同省财政厅组织专家评审，评审结果在省商务厅门户网站公示7个工作日。公示无异议的，按程序下达资金。",
]
ZJ_OTHER = "本指南由省商务厅、省财政厅负责解释。联系人：省商务厅自贸区处　王磊，电话：0571-87701234；省财政厅经济建设处　陈静，电话：0571-87058765。"
ZJ_SECTIONS = [
    ("一、支持范围", [ZJ_SCOPE]),
    ("二、申报条件", ZJ_COND),
    ("三、支持方式和标准", None),   # the table
    ("四、申报材料", [ZJ_MATERIALS]),
    ("五、申报程序", ZJ_PROC),
    ("六、其他事项", [ZJ_OTHER]),
]
ZJ_CHAOSONG = "商务部自贸区港司，省发展改革委，省审计厅，省自贸办各成员单位。"
ZJ_PRINTER = "浙江省商务厅办公室"
ZJ_PRINTDATE = "2024年5月22日"
ZJ_PAD_BEFORE_TABLE = 0   # blank lines before the table (tuned so the break falls inside a 类别)


def zj_table(doc):
    widths = [9, 13, 42, 19, 24, 17, 32]
    TS = 10.5   # 五号
    ngroups = sum(len(rows) for _, rows in ZJ_GROUPS)
    tbl = doc.add_table(rows=2 + ngroups, cols=7)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, widths)
    # two-row header
    for ci in (0, 1, 2, 6):
        m = tbl.cell(0, ci).merge(tbl.cell(1, ci))
        cell_text(m, ZJ_HEAD_COLS[ci], HT, TS, C, line=Pt(16))
        m.vertical_alignment = VC
    g = tbl.cell(0, 3).merge(tbl.cell(0, 5))
    cell_text(g, "支持标准", HT, TS, C, line=Pt(16))
    for ci in (3, 4, 5):
        cell_text(tbl.cell(1, ci), ZJ_HEAD_COLS[ci], HT, TS, C, line=Pt(16))
        tbl.cell(1, ci).vertical_alignment = VC
    for ri in (0, 1):
        repeat_header(tbl.rows[ri])
        cant_split(tbl.rows[ri])
    ri = 2
    for cat, rows in ZJ_GROUPS:
        top = ri
        for r in rows:
            vals = [r[0], None, r[1], r[2], r[3], r[4], r[5]]
            for ci, v in enumerate(vals):
                if v is None:
                    continue
                cell_text(tbl.cell(ri, ci), v, FS, TS, C if ci in (0, 3, 5) else L, line=Pt(16))
                tbl.cell(ri, ci).vertical_alignment = VC
            cant_split(tbl.rows[ri])
            ri += 1
        m = tbl.cell(top, 1).merge(tbl.cell(ri - 1, 1))
        cell_text(m, cat, FS, TS, C, line=Pt(16))
        m.vertical_alignment = VC
    return tbl


def build_zhejiang():
    doc = new_doc(odd_even=True)
    banhead(doc, "浙江省商务厅文件", 52, width_scale=90)       # 联合行文, lead organ's 版头 only
    docnum_rule(doc, ZJ_NUM)
    title(doc, ["浙江省商务厅　浙江省财政厅关于印发", "《2024年度中国（浙江）自由贸易试验区", "提升发展专项资金申报指南》的通知"], soft=True)
    P(doc, ZJ_MAIN_TO, indent=0)
    for t in ZJ_NOTICE:
        P(doc, t)
    attach_note(doc, [ZJ_ZHINAN])
    # joint 落款: two organ names on one line with a tab, date centred under them
    for _ in range(3):
        P(doc, indent=0)
    p = P(doc, "", FS, SAN, L, 0)
    p.paragraph_format.left_indent = Pt(SAN * 2)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="left" w:pos="5200"/></w:tabs>' % nsdecls("w")))
    fnt(p.add_run("浙江省商务厅\t浙江省财政厅"), FS, SAN)
    p.paragraph_format.keep_with_next = True
    p = P(doc, "2024年5月20日", FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * 4)
    P(doc, indent=0)
    P(doc, "（此件公开发布）", FS, SAN, L, 2)
    page_break(doc)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0)
    title(doc, ["2024年度中国（浙江）自由贸易试验区", "提升发展专项资金申报指南"], soft=False)
    for head, paras in ZJ_SECTIONS:
        P(doc, head, HT, SAN)
        if paras is None:
            P(doc, ZJ_STD_INTRO)
            for _ in range(ZJ_PAD_BEFORE_TABLE):
                P(doc, indent=0)
            P(doc, ZJ_TABLE_TITLE, HT, SI, C, 0, line=Pt(28))
            zj_table(doc)
            p = P(doc, ZJ_TABLE_NOTE, FS, XSI, J, 0, line=Pt(20), before=4)
            continue
        for t in paras:
            if t.startswith("（"):
                k = t.index("）") + 1
                runin(doc, t[:k], t[k:], FS)          # （一） in the same 仿宋 font, not 楷体
            else:
                P(doc, t)
    page_break(doc)
    banji(doc, ZJ_CHAOSONG, ZJ_PRINTER, ZJ_PRINTDATE, blank=12)
    out = os.path.join(HERE, "blind229_zhejiang_zhinan.docx")
    doc.save(out)
    return out


# ================================================================ (b) 天津 名单 (所在区 merged over 5–8 rows, cut by two page breaks)
TJ_NUM = "津商务电商〔2024〕9号"
TJ_MINGDAN = "2024年度天津市跨境电子商务示范企业名单"
TJ_TITLE = "天津市商务局关于公布2024年度天津市跨境电子商务示范企业名单的通知"
TJ_MAIN_TO = "各区商务主管部门，天津港保税区、天津经济技术开发区、中新天津生态城管委会，各有关企业："
TJ_NOTICE = [
    "为贯彻落实《天津市推进跨境电子商务高质量发展若干措施》，加快培育跨境电商经营主体，更好服务共建“一带一路”和中国（天津）自由贸易试验区建设，市商务局组织开展了2024年度天津市跨境电子商务示范企业认定工作。经企业自愿申报、各区商务主管部门初审、第三方机构评审和网上公示，认定天津东疆跨境通供应链管理有限公司等26家企业为2024年度天津市跨境电子商务示范企业，现予公布。",
    "各区商务主管部门要加强对示范企业的跟踪服务，在海外仓布局、国际物流通道、品牌培育等方面给予重点支持。示范企业要发挥引领带动作用，积极开拓共建“一带一路”国家市场。市商务局对示范企业实行动态管理，每两年复核一次；示范企业被列入严重失信主体名单或者发生重大安全生产事故的，取消其示范企业称号。",
]
TJ_HEAD = ["序号", "所在区", "企业名称", "示范类型", "所在园区（功能区）"]
TJ_GROUPS = [
    ("滨海新区", [
        ("天津东疆跨境通供应链管理有限公司", "跨境电商平台", "东疆综合保税区"),
        ("天津港保税区海嘉国际物流有限公司", "跨境电商物流", "天津港保税区"),
        ("天津泰达数智贸易服务有限公司", "综合服务企业", "天津经济技术开发区"),
        ("天津滨海高新区云仓科技有限公司", "海外仓企业", "滨海高新技术产业开发区"),
        ("中新天津生态城智汇跨境电商有限公司", "跨境电商平台", "中新天津生态城"),
        ("天津临港优品进出口有限公司", "跨境电商卖家", "天津临港经济区"),
        ("天津航翼跨境物流有限公司", "跨境电商物流", "天津空港经济区（自贸试验区天津机场片区）"),
        ("天津于家堡国际贸易服务有限公司", "综合服务企业", "滨海新区中心商务区（自贸试验区滨海新区中心商务片区）"),
    ]),
    ("东丽区", [
        ("天津东丽航海跨境贸易有限公司", "跨境电商卖家", "东丽经济技术开发区"),
        ("天津华明智造出口服务有限公司", "综合服务企业", "华明高新技术产业区"),
        ("天津津荣海外仓管理有限公司", "海外仓企业", "东丽经济技术开发区"),
        ("天津东丽湖数字贸易有限公司", "跨境电商平台", "东丽湖科技创新区"),
        ("天津金桥跨境电商产业园运营有限公司", "产业园运营", "东丽区金桥街跨境电商产业园"),
    ]),
    ("西青区", [
        ("天津西青开发区新丝路进出口有限公司", "跨境电商卖家", "西青经济技术开发区"),
        ("天津中北跨境电商供应链有限公司", "跨境电商物流", "西青区中北镇"),
        ("天津学府云贸科技有限公司", "跨境电商平台", "西青学府高新技术产业开发区"),
        ("天津杨柳青年画文创出口有限公司", "跨境电商卖家", "西青区杨柳青镇"),
        ("天津京津智港海外仓有限公司", "海外仓企业", "西青经济技术开发区"),
        ("天津精武国际电商服务有限公司", "综合服务企业", "西青区精武镇"),
    ]),
    ("武清区", [
        ("天津京津电商园运营管理有限公司", "产业园运营", "京津电子商务产业园"),
        ("天津武清开发区优选跨境贸易有限公司", "跨境电商卖家", "武清经济技术开发区"),
        ("天津京滨跨境物流有限公司", "跨境电商物流", "京滨工业园"),
        ("天津逸仙科学城数贸科技有限公司", "跨境电商平台", "逸仙科学工业园"),
        ("天津武清汽车零部件出口服务有限公司", "综合服务企业", "武清汽车产业园"),
        ("天津大王古庄跨境电商有限公司", "跨境电商卖家", "武清区大王古庄镇"),
        ("天津京津冀海外仓联盟有限公司", "海外仓企业", "京津电子商务产业园"),
    ]),
]
TJ_CHAOSONG = "商务部电子商务司，天津海关，市发展改革委，市财政局，市市场监管委，市邮政管理局。"
TJ_PRINTER = "天津市商务局办公室"
TJ_PRINTDATE = "2024年10月14日"
TJ_ROW_H = 40


def tj_rows():
    out, n = [], 0
    for dist, firms in TJ_GROUPS:
        for f in firms:
            n += 1
            out.append([str(n), dist, f[0], f[1], f[2]])
    return out


def build_tianjin():
    doc = new_doc(centered_numbers=True)
    banhead(doc, "天津市商务局文件", 56, width_scale=88)
    docnum_rule(doc, TJ_NUM, blank_before=1)
    title(doc, ["天津市商务局关于公布2024年度天津市", "跨境电子商务示范企业名单的通知"], soft=False)
    P(doc, TJ_MAIN_TO, indent=0)
    for t in TJ_NOTICE:
        P(doc, t)
    attach_note(doc, [TJ_MINGDAN])
    signoff(doc, "天津市商务局", "2024年10月12日", right_chars=4, blank=3)
    page_break(doc)
    p = P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0, line=Pt(20))
    P(doc, TJ_MINGDAN, XBZ, ER, C, 0, line=Pt(35))
    P(doc, indent=0, line=Pt(20))
    rows = tj_rows()
    tbl = doc.add_table(rows=1 + len(rows), cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [12, 22, 54, 30, 38])
    for ci, h in enumerate(TJ_HEAD):
        cell_text(tbl.cell(0, ci), h, HT, XSI, C, line=Pt(24), snap=False)
        tbl.cell(0, ci).vertical_alignment = VC
    repeat_header(tbl.rows[0])
    cant_split(tbl.rows[0])
    ri = 1
    for dist, firms in TJ_GROUPS:
        top = ri
        for f in firms:
            vals = [rows[ri - 1][0], None, f[0], f[1], f[2]]
            for ci, v in enumerate(vals):
                if v is None:
                    continue
                cell_text(tbl.cell(ri, ci), v, FS, XSI, C if ci in (0, 3) else L, line=Pt(20), snap=False)
                tbl.cell(ri, ci).vertical_alignment = VC
            cant_split(tbl.rows[ri])
            row_height(tbl.rows[ri], TJ_ROW_H)
            ri += 1
        m = tbl.cell(top, 1).merge(tbl.cell(ri - 1, 1))
        cell_text(m, dist, FS, XSI, C, line=Pt(20), snap=False)
        m.vertical_alignment = VC
    page_break(doc)
    banji(doc, TJ_CHAOSONG, TJ_PRINTER, TJ_PRINTDATE, blank=16)
    out = os.path.join(HERE, "blind229_tianjin_mingdan.docx")
    doc.save(out)
    return out


# ================================================================ (c) 四川 资金分配表 (小计 per 片区, 合计 atop the last page)
SC_NUM = "川财建〔2024〕112号"
SC_FENPEI = "2024年中国（四川）自由贸易试验区建设专项资金分配表"
SC_TITLE = "四川省财政厅　四川省商务厅关于下达2024年中国（四川）自由贸易试验区建设专项资金的通知"
SC_MAIN_TO = "成都市、泸州市、德阳市、绵阳市、宜宾市财政局、商务局，四川天府新区财政金融局、商务局："
SC_INTRO = "为支持中国（四川）自由贸易试验区和协同改革先行区建设，加快打造内陆开放高地，更好融入共建“一带一路”和西部陆海新通道，根据《四川省自由贸易试验区建设专项资金管理办法》（川财建〔2023〕58号）有关规定，现下达你们2024年中国（四川）自由贸易试验区建设专项资金12600万元（具体项目及金额见附件），列2024年政府收支分类科目“商业服务业等支出”（216）下相关科目。现将有关事项通知如下："
SC_ITEMS = [
    "一、请你们收到资金后30日内将资金拨付至项目承担单位，不得截留、挤占、挪用，不得用于平衡本级预算。资金拨付情况请于2024年10月31日前报省财政厅、省商务厅备案。",
    "二、专项资金重点用于国际物流通道、开放平台、数字贸易和制度创新等项目建设，不得用于楼堂馆所建设、人员经费和一般性公用支出。",
    "三、成都高新综合保税区、成都国际铁路港综合保税区、泸州综合保税区、宜宾综合保税区、绵阳综合保税区项目资金，由所在地财政部门会同综合保税区管理机构按照海关特殊监管区域有关规定拨付使用。",
    "四、各地要加强专项资金绩效管理，对照绩效目标做好绩效运行监控，于2025年3月31日前将2024年度绩效自评报告报省财政厅、省商务厅。省财政厅、省商务厅将根据绩效评价结果调整以后年度资金安排。",
]
SC_HEAD = ["序号", "片区（区域）", "所在地", "项目承担单位", "项目名称", "下达资金（万元）"]
SC_GROUPS = [
    ("成都天府新区片区", [
        ("成都高新区", "成都高新综合保税区运营管理有限公司", "高新综合保税区保税维修检测中心建设", "1200"),
        ("双流区", "成都双流国际机场航空物流有限公司", "双流航空港国际货运分拨中心提升改造", "1500"),
        ("天府新区直管区", "四川天府新区数字贸易港运营有限公司", "天府数字贸易港跨境数据服务平台", "800"),
        ("成都高新区", "成都国际跨境电商产业园管理有限公司", "跨境电商“9610/9710”通关服务平台升级", "600"),
    ], "4100"),
    ("成都青白江铁路港片区", [
        ("青白江区", "成都国际陆港运营有限公司", "中欧班列（成都）集结中心扩能工程", "2000"),
        ("青白江区", "成都国际铁路港综合保税区管理有限公司", "铁路港综合保税区智慧卡口建设", "900"),
        ("青白江区", "成都铁路港国际贸易服务有限公司", "铁路运单物权化“一单制”试点", "500"),
    ], "3400"),
    ("川南临港片区", [
        ("泸州市龙马潭区", "泸州临港投资集团有限公司", "泸州港多式联运示范工程（二期）", "1300"),
        ("泸州市江阳区", "泸州综合保税区投资建设有限公司", "泸州综合保税区公共保税仓库建设", "700"),
        ("泸州市龙马潭区", "泸州临港国际贸易服务中心", "川南临港国际贸易“单一窗口”功能拓展", "400"),
    ], "2400"),
    ("协同改革先行区", [
        ("德阳市旌阳区", "德阳国际铁路物流港运营有限公司", "德阳国际铁路物流港海关监管作业场所建设", "900"),
        ("宜宾市叙州区", "宜宾综合保税区投资开发有限公司", "宜宾综合保税区跨境电商监管中心", "1000"),
        ("绵阳市涪城区", "绵阳综合保税区发展有限公司", "绵阳综合保税区保税研发公共服务平台", "800"),
    ], "2700"),
]
SC_TOTAL = "12600"
SC_CHAOSONG = "财政部四川监管局，省发展改革委，省审计厅，省自贸办，成都海关。"
SC_PRINTER = "四川省财政厅办公室"
SC_PRINTDATE = "2024年8月28日"
SC_ROW_H = 45      # tuned so that the 合计 row is the first row under the repeated header on the last page
SC_PAD = 0


def build_sichuan():
    doc = new_doc(odd_even=False)
    # joint 版头: borderless table — two organ names stacked (distributed), 文件 merged on the right
    P(doc, indent=0)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    col_widths(t, [112, 40])
    for i, name in enumerate(["四川省财政厅", "四川省商务厅"]):
        cell_text(t.cell(i, 0), name, XBZ, 40, DIST, color=RED, line=Pt(50))
    right = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(right, "文件", XBZ, 48, C, color=RED, line=Pt(56))
    right.vertical_alignment = VC
    docnum_rule(doc, SC_NUM, blank_before=1)
    title(doc, ["四川省财政厅　四川省商务厅", "关于下达2024年中国（四川）自由贸易", "试验区建设专项资金的通知"], soft=False)
    P(doc, SC_MAIN_TO, indent=0)
    P(doc, SC_INTRO)
    for t_ in SC_ITEMS:
        P(doc, t_)
    attach_note(doc, [SC_FENPEI])
    # joint 落款 with the date under the second organ
    for _ in range(3):
        P(doc, indent=0)
    p = P(doc, "四川省财政厅　　　　　　四川省商务厅", FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * 2)
    p.paragraph_format.keep_with_next = True
    p = P(doc, "2024年8月26日", FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * 2)
    P(doc, indent=0)
    P(doc, "（此件主动公开）", FS, SAN, L, 2)
    # 附件 in a landscape section
    landscape(doc)
    P(doc, "附件", HT, SAN, L, 0)
    for _ in range(SC_PAD):
        P(doc, indent=0)
    P(doc, SC_FENPEI, XBZ, ER, C, 0, line=Pt(35))
    P(doc, "单位：万元", FS, XSI, R, 0, line=Pt(20))
    nrows = 1 + sum(len(pr) + 1 for _, pr, _ in SC_GROUPS) + 1
    tbl = doc.add_table(rows=nrows, cols=6)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [14, 32, 34, 58, 62, 25])
    for ci, h in enumerate(SC_HEAD):
        cell_text(tbl.cell(0, ci), h, HT, XSI, C, line=Pt(20))
        tbl.cell(0, ci).vertical_alignment = VC
    repeat_header(tbl.rows[0])
    cant_split(tbl.rows[0])
    ri, n = 1, 0
    for zone, projs, sub in SC_GROUPS:
        top = ri
        for loc, unit, name, amt in projs:
            n += 1
            for ci, v in enumerate([str(n), None, loc, unit, name, amt]):
                if v is None:
                    continue
                cell_text(tbl.cell(ri, ci), v, FS, XSI, C if ci in (0, 2, 5) else L, line=Pt(20))
                tbl.cell(ri, ci).vertical_alignment = VC
            cant_split(tbl.rows[ri])
            row_height(tbl.rows[ri], SC_ROW_H)
            ri += 1
        # 小计 row: 所在地..项目名称 merged, 片区 cell continues
        m = tbl.cell(ri, 2).merge(tbl.cell(ri, 4))
        cell_text(m, "小计", HT, XSI, C, line=Pt(20))
        cell_text(tbl.cell(ri, 5), sub, HT, XSI, C, line=Pt(20))
        for ci in (2, 5):
            tbl.cell(ri, ci).vertical_alignment = VC
        cant_split(tbl.rows[ri])
        row_height(tbl.rows[ri], 26)
        ri += 1
        z = tbl.cell(top, 1).merge(tbl.cell(ri - 1, 1))
        cell_text(z, zone, FS, XSI, C, line=Pt(20))
        z.vertical_alignment = VC
    m = tbl.cell(ri, 0).merge(tbl.cell(ri, 4))
    cell_text(m, "合　　计", HT, XSI, C, line=Pt(20))
    cell_text(tbl.cell(ri, 5), SC_TOTAL, HT, XSI, C, line=Pt(20))
    tbl.cell(ri, 5).vertical_alignment = VC
    cant_split(tbl.rows[ri])
    row_height(tbl.rows[ri], 28)
    # back to portrait for the 版记
    portrait(doc)
    banji(doc, SC_CHAOSONG, SC_PRINTER, SC_PRINTDATE, blank=16)
    out = os.path.join(HERE, "blind229_sichuan_fenpei.docx")
    doc.save(out)
    return out


# ================================================================ (d) 南宁片区 任务清单 (a row cut by the page break; a 续表 made by hand)
NN_NUM = "南自贸管发〔2025〕3号"
NN_QINGDAN = "南宁片区2025年制度创新重点任务清单"
NN_ISSUER = "中国（广西）自由贸易试验区南宁片区管理委员会"
NN_TITLE = NN_ISSUER + "关于印发《" + NN_QINGDAN + "》的通知"
NN_MAIN_TO = "管委会各部门、各直属单位，片区各功能区管理机构，各有关单位："
NN_NOTICE = [
    "为深入实施自由贸易试验区提升战略，加快建设面向东盟的金融开放门户和中国—东盟跨境产业融合发展合作区，持续推进首创性、差异化改革探索，管委会研究制定了《" + NN_QINGDAN + "》，现印发给你们，请认真抓好落实。",
    "各牵头单位要细化工作方案，明确时间节点，于每季度结束后10日内将任务推进情况报送管委会改革创新局；形成的制度创新成果要及时总结提炼，积极申报自治区级、国家级复制推广案例。",
]
NN_HEAD = ["序号", "功能区", "任务名称", "主要内容", "牵头单位", "完成时限"]
NN_GROUPS = [
    ("五象新区核心区（良庆区）", [
        ("面向东盟的跨境人民币结算便利化", "支持区内银行为东盟国家企业提供跨境人民币结算“白名单”服务，优质企业凭收付款指令直接办理货物贸易、服务贸易跨境人民币结算，推动中国—东盟跨境人民币业务在片区集聚，2025年跨境人民币结算量突破800亿元。", "片区金融服务局", "2025年12月"),
        ("中国—东盟跨境数据流动服务试点", "依托中国—东盟信息港南宁核心基地，探索建立面向东盟的数据跨境流动负面清单和分类分级管理机制，为跨境电商、数字服务企业提供数据出境安全评估“一站式”辅导服务，年内服务企业不少于50家。", "片区数字经济局", "2025年9月"),
        ("东盟国家专业人才执业便利化", "允许取得东盟国家执业资格的会计、建筑、旅游等领域专业人才，经备案后在片区内提供专业服务，建立境外职业资格认可目录并实行动态调整，为外籍人才办理工作许可、居留许可提供“一窗通办”。", "片区人力资源局", "2025年10月"),
    ]),
    ("南宁综合保税区（江南区）", [
        ("综合保税区“保税+”新业态监管创新", "在南宁综合保税区开展保税维修、保税研发和保税展示交易业务，探索“批次进出、集中申报”监管模式，企业货物进出区通关时间压缩30%以上。", "南宁综合保税区管理办公室、南宁海关", "2025年11月"),
        ("东盟水果进口“绿色通道”", "对经凭祥、东兴等口岸入境后转运至南宁综合保税区的东盟水果，实行“口岸检疫、区内查验”联动监管，试行“先放行、后检测”，冷链货物从入境到区内分拨不超过12小时。", "片区商务局、南宁海关", "2025年6月"),
        ("跨境电商零售进口药品试点", "在南宁综合保税区探索开展跨境电商零售进口部分非处方药品及医疗器械业务，建立进口药品全程追溯和风险防控机制，形成可复制的监管制度安排。", "片区商务局", "2025年12月"),
    ]),
    ("南宁临空经济示范区（吴圩国际机场）", [
        ("航空货运“空铁联运”一单制", "依托南宁吴圩国际机场和南宁国际铁路港，推行空铁联运“一次委托、一单到底、一次结算”服务模式，2025年开通面向东盟的全货机航线不少于5条。", "片区交通物流局、南宁临空经济示范区管委会", "2025年12月"),
        ("航空口岸“7×24小时”通关", "在南宁吴圩国际机场航空口岸推行“7×24小时”预约通关和货物“提前申报、抵港直装”，跨境电商货物实现“即到即查即放”，进口货物整体通关时间压缩至12小时以内。", "南宁临空经济示范区管委会、南宁海关", "2025年8月"),
        ("东盟航空器保税维修监管", "支持区内航空维修企业开展东盟国家航空器保税维修业务，简化入区维修航材备案手续，实行维修航材“一次备案、多次使用”，全年保税维修产值达到3亿元。", "南宁临空经济示范区管委会", "2025年10月"),
    ]),
    ("南宁国际铁路港（江南区）", [
        ("中越跨境班列运单物权化改革", "推进南宁至越南河内跨境班列铁路运单物权化，支持银行以铁路运单为凭证开展进口货物质押融资，全年开行中越跨境班列不少于500列。", "片区交通物流局、南宁国际铁路港运营公司", "2025年12月"),
        ("西部陆海新通道多式联运“一箱到底”", "在南宁国际铁路港推行铁海联运、公铁联运集装箱“一箱到底、全程不换箱”，与钦州港实现舱单、运单数据互认共享。", "片区交通物流局、南宁海关", "2025年9月"),
    ]),
]
NN_MANUAL_BREAK_AFTER = 8      # the author ends the first table after row 8 and types a 续表
NN_CHAOSONG = "自治区商务厅（自治区自贸办），南宁市人民政府办公室，南宁海关，良庆区、江南区人民政府。"
NN_PRINTER = "南宁片区管委会综合办公室"
NN_PRINTDATE = "2025年2月19日"


def nn_rows():
    out, n = [], 0
    for zone, tasks in NN_GROUPS:
        for t in tasks:
            n += 1
            out.append([str(n), zone, t[0], t[1], t[2], t[3]])
    return out


def nn_table(doc, rows, header_repeat):
    widths = [12, 28, 38, 93, 34, 20]
    tbl = doc.add_table(rows=1 + len(rows), cols=6)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, widths)
    for ci, h in enumerate(NN_HEAD):
        cell_text(tbl.cell(0, ci), h, HT, XSI, C, line=Pt(22))
        tbl.cell(0, ci).vertical_alignment = VC
    if header_repeat:
        repeat_header(tbl.rows[0])
    ri = 1
    while ri <= len(rows):
        zone = rows[ri - 1][1]
        top = ri
        while ri <= len(rows) and rows[ri - 1][1] == zone:
            r = rows[ri - 1]
            for ci, v in enumerate(r):
                if ci == 1:
                    continue
                cell_text(tbl.cell(ri, ci), v, FS, XSI, C if ci in (0, 5) else (J if ci == 3 else L), line=Pt(20))
                tbl.cell(ri, ci).vertical_alignment = VC
            ri += 1                       # rows may break across pages (no cantSplit)
        m = tbl.cell(top, 1).merge(tbl.cell(ri - 1, 1)) if ri - 1 > top else tbl.cell(top, 1)
        cell_text(m, zone, FS, XSI, C, line=Pt(20))
        m.vertical_alignment = VC
    return tbl


def build_nanning():
    doc = new_doc(odd_even=True)
    banhead(doc, "中国（广西）自由贸易试验区", 36, width_scale=80)      # 版头 on two lines
    banhead(doc, "南宁片区管理委员会文件", 36, width_scale=80)
    docnum_rule(doc, NN_NUM, blank_before=1)
    title(doc, ["中国（广西）自由贸易试验区南宁片区", "管理委员会关于印发《南宁片区2025年", "制度创新重点任务清单》的通知"], soft=True)
    P(doc, NN_MAIN_TO, indent=0)
    for t in NN_NOTICE:
        P(doc, t)
    attach_note(doc, [NN_QINGDAN])
    signoff(doc, NN_ISSUER, "2025年2月18日", right_chars=0, blank=3)
    landscape(doc)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, NN_QINGDAN, XBZ, ER, C, 0, line=Pt(40))
    P(doc, indent=0, line=Pt(12))
    rows = nn_rows()
    k = NN_MANUAL_BREAK_AFTER
    nn_table(doc, rows[:k], header_repeat=True)
    # 续表 typed by hand on a new page, header typed again (not a repeated header)
    p = P(doc, "续表", HT, SI, L, 0, line=Pt(28))
    p.paragraph_format.page_break_before = True
    nn_table(doc, rows[k:], header_repeat=False)
    portrait(doc)
    banji(doc, NN_CHAOSONG, NN_PRINTER, NN_PRINTDATE, blank=16)
    out = os.path.join(HERE, "blind229_nanning_qingdan.docx")
    doc.save(out)
    return out


# ================================================================ PDF + inspection
def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_229", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ expected.json
def expected():
    out = {}
    # ---- (a) 浙江 申报指南
    zj_rows = []
    for cat, rows in ZJ_GROUPS:
        for r in rows:
            zj_rows.append(row_clause(ZJ_HEAD_COLS, [r[0], cat, r[1], r[2], r[3], r[4], r[5]]))
    zj_cl = ZJ_NOTICE + [ZJ_SCOPE] + ZJ_COND + [ZJ_STD_INTRO] + zj_rows + [ZJ_TABLE_NOTE, ZJ_MATERIALS] + ZJ_PROC + [ZJ_OTHER]
    out["blind229_zhejiang_zhinan"] = [{
        "meta": {
            "title": ZJ_TITLE, "doc_number": ZJ_NUM, "issuer": ["浙江省商务厅", "浙江省财政厅"],
            "date": "2024-05-20", "published": "2024-05-22", "level": "provincial", "region": "浙江省",
            "effective": None, "expires": None, "attachments": [ZJ_ZHINAN], "doc_type": "通知（印发申报指南）",
            "recipients": ["各市、县（市、区）商务主管部门、财政局", "中国（浙江）自由贸易试验区各片区管委会", "各联动创新区管理机构"],
            "publicity": "此件公开发布",
        },
        "clauses": zj_cl,
        "applies_to": {
            "default": "浙江省（中国（浙江）自由贸易试验区：舟山、宁波、杭州、金义片区及联动创新区）",
            "specific": {
                "表 序号1": "舟山片区",
                "表 序号2": "舟山片区（舟山港综合保税区）",
                "表 序号3": "舟山片区、宁波片区",
                "表 序号4": "杭州片区",
                "表 序号5": "杭州片区、宁波片区、金义片区",
                "表 序号6": "杭州片区（钱塘区块、滨江区块）",
                "表 序号7": "金义片区（义乌区块）",
                "表 序号8": "宁波片区、金义片区",
                "表 序号9": "金义片区（金华区块、义乌综合保税区）",
                "表 序号10": "杭州片区（萧山空港区块）、宁波片区",
                "表 序号12": "宁波梅山综合保税区、杭州综合保税区、义乌综合保税区",
                "表 序号13": "各联动创新区 (not the four 片区)",
            },
            "note": "序号11 (各片区、联动创新区) is the document's own scope. 一、支持范围 lists all four 片区 = the default. The 适用区域 column is what places a row; the 类别 (油气全产业链… ) is not a place.",
        },
        "_note": (
            "联合行文 with the LEAD organ's 版头 only (浙江省商务厅文件): issuer must still be both organs — 浙江省财政厅 appears only in the title and the 落款. "
            "文号 浙商务联发〔2024〕41号 + red rule. Title ONE paragraph with two soft breaks (…浙江省财政厅关于印发 / 《2024年度中国（浙江）自由贸易试验区 / 提升发展专项资金申报指南》的通知) with a full-width space between the two organ names. "
            "主送 (3 parts); 2 notice paragraphs; 附件说明 附件：… (one attachment); joint 落款 = ONE paragraph “浙江省商务厅<TAB>浙江省财政厅” with the date 2024年5月20日 right-aligned under it (furniture; the line must not become a clause or an issuer string with a tab); （此件公开发布）. "
            "After a page break: label 附件, the 指南 title in two paragraphs, headings 一、…六、 (黑体, own paragraphs, headings only), paragraphs and run-in （一）（二）（三） items in the SAME 仿宋 font as the text (heading + text = one clause). "
            "三、 has an intro paragraph, a table caption 2024年度专项资金支持标准 (heading, not a clause) and the 支持标准 table: 7 columns with a TWO-ROW header — row 1 序号 | 类别 | 支持事项 | 支持标准 (spanning 3 columns) | 适用区域, row 2 支持方式 | 支持比例或标准 | 单个项目最高（万元） under 支持标准; 序号/类别/支持事项/适用区域 are merged down over both header rows. Both header rows are marked to repeat (w:tblHeader) and are cantSplit. "
            "13 data rows, each a clause written 序号：N；类别：…；支持事项：…；支持方式：…；支持比例或标准：…；单个项目最高（万元）：…；适用区域：… (a 支持标准 prefix on the three sub-columns, e.g. 支持标准·支持方式, is equally good — taste). "
            "The 类别 column is merged DOWN over the 3–4 rows of its category (vMerge): every row must carry its 类别 — the continuation cells are empty in the Word file. "
            "The note under the table (注：同一企业年度…) is a clause. date = 2024-05-20 (落款), published = 2024-05-22 (版记 印发); no effective/expires (a 申报指南 has none; 2024-07-15 is the filing deadline, 2023-07-01…2024-06-30 is the project period — none of these is effective/expires). "
            "版记 (抄送… / 浙江省商务厅办公室 2024年5月22日印发) alone on the last page after a page break; footer “— N —” odd right / even left."
        ),
        "_pdf": {"note": (
            "8 pages. The heading 三、支持方式和标准 is the last line of page 3 (its intro paragraph opens page 4). The 支持标准 table prints on pages 4–6 and its two header rows (支持标准 over 支持方式 / 支持比例或标准 / 单个项目最高（万元）, the header cells wrapping to 2–4 lines, e.g. 序/号, 单个项/目最高/（万/元）) are printed again at the top of pages 5 and 6 — repeats are not rows. "
            "THE CUT: the page break 4→5 falls between rows 4 and 5 (no row is cut) inside the merged 类别 数字贸易与跨境电子商务 (rows 4–7): its text, wrapped two characters a line in the narrow column, is split — “数字/贸易” printed on page 4 beside row 4, “与跨/境电/子商/务” on page 5 beside rows 5–6. "
            "Rows 4–7 must all carry 类别 数字贸易与跨境电子商务, whole; neither “数字贸易” nor “与跨境电子商务” alone, and the fragment must not be glued into row 4 or row 5's other cells. "
            "Likewise the merged 类别 油气全产业链开放发展 prints 2 characters a line across rows 1–3 (油气/全产/业链/开放/发展), 国际物流与通道建设 across rows 8–10 and 制度创新与开放平台 across rows 11–13 on page 6 — each must be re-joined without spaces and given to every row of its group. "
            "Cells wrap (支持事项, 支持比例或标准, 适用区域 on 2–3 lines) and must be re-joined without spaces. The page break 5→6 is between groups (rows 10|11). Same expected meta and clauses."
        )},
    }]
    # ---- (b) 天津 名单
    tj_cl = TJ_NOTICE + [row_clause(TJ_HEAD, r) for r in tj_rows()]
    spec = {}
    for r in tj_rows():
        spec["附件 序号%s" % r[0]] = "%s（%s）" % (r[1], r[4])
    out["blind229_tianjin_mingdan"] = [{
        "meta": {
            "title": TJ_TITLE, "doc_number": TJ_NUM, "issuer": ["天津市商务局"],
            "date": "2024-10-12", "published": "2024-10-14", "level": "provincial", "region": "天津市",
            "effective": None, "expires": None, "attachments": [TJ_MINGDAN], "doc_type": "通知（公布名单）",
            "recipients": ["各区商务主管部门", "天津港保税区、天津经济技术开发区、中新天津生态城管委会", "各有关企业"],
            "publicity": "此件公开发布",
        },
        "clauses": tj_cl,
        "applies_to": {
            "default": "天津市",
            "specific": spec,
            "note": "Every row applies in its 所在区 (滨海新区 rows 1–8, 东丽区 9–13, 西青区 14–19, 武清区 20–26); the 所在园区 narrows it further (东疆综合保税区, 天津港保税区, 天津机场片区 …). Rows 11–13 and 25–26 print with an EMPTY 所在区 cell (after the page breaks) and still belong to 东丽区 / 武清区. 共建“一带一路”国家 (notice ¶2) does not move a clause abroad. 天津港保税区/天津经济技术开发区/中新天津生态城 in the 主送 are organs, not places of the clauses.",
        },
        "_note": (
            "天津市商务局 is a provincial-level department (天津 is a municipality directly under the central government) → level provincial, region 天津市. "
            "Red 版头 天津市商务局文件; 文号 津商务电商〔2024〕9号 + red rule; title typed as TWO centred paragraphs (…公布2024年度天津市 / 跨境电子商务示范企业名单的通知) — one title; 主送; 2 notice paragraphs; 附件：…名单; 落款 天津市商务局 / 2024年10月12日; （此件公开发布）. "
            "After a page break: label 附件, the 名单 title (heading), then a 5-column table 序号 | 所在区 | 企业名称 | 示范类型 | 所在园区（功能区） with the header row repeated (w:tblHeader) and rows cantSplit (min height 40pt); cell paragraphs are not snapped to the document grid. "
            "所在区 is merged DOWN (vMerge) over 8 / 5 / 6 / 7 rows (滨海新区 1–8, 东丽区 9–13, 西青区 14–19, 武清区 20–26): the Word file has the name only in the first row of each group. "
            "Each firm row is one clause written 序号：N；所在区：…；企业名称：…；示范类型：…；所在园区（功能区）：… — the 所在区 carried into every row of its group. "
            "No effective/expires (每两年复核一次 is a review cycle, not a validity). date = 2024-10-12; published = 2024-10-14 (版记). 版记 alone on the last page after a page break; page numbers “— N —” centred."
        ),
        "_pdf": {"note": (
            "6 pages. The 名单 table prints on pages 3–5 and is cut by TWO page breaks, both falling inside a merged 所在区 and neither cutting a row: "
            "3→4 between rows 10 and 11 inside 东丽区 (rows 9–13) — 东丽区 is printed once, at the top of its cell beside row 9 on page 3; rows 11–13 on page 4 have an EMPTY 所在区 cell; "
            "4→5 between rows 24 and 25 inside 武清区 (rows 20–26) — 武清区 printed beside row 20 on page 4; rows 25–26 alone on page 5 with an empty 所在区. "
            "(滨海新区 prints vertically centred beside row 5, in the middle of its group; 西青区 centred beside rows 16–17 — a merged name must be given to the rows above it as well as below.) "
            "The repeated header 序号 | 所在区 | 企业名称 | 示范类型 | 所在园区（功能区）(序/号 and 所在园区（功能/区） wrapping) on pages 4 and 5 is not a row. 企业名称 and 所在园区 wrap to 2–4 lines and must be re-joined without spaces. Same expected meta and clauses."
        )},
    }]
    # ---- (c) 四川 资金分配
    sc_rows, n = [], 0
    sc_spec = {}
    for zone, projs, sub in SC_GROUPS:
        for loc, unit, name, amt in projs:
            n += 1
            sc_rows.append(row_clause(SC_HEAD, [str(n), zone, loc, unit, name, amt]))
            sc_spec["附件 序号%d" % n] = "%s（%s）" % (loc, zone)
        sc_rows.append("片区（区域）：%s；小计；下达资金（万元）：%s" % (zone, sub))
        sc_spec["附件 %s小计" % zone] = zone
    sc_rows.append("合计；下达资金（万元）：%s" % SC_TOTAL)
    sc_spec["正文 三、"] = "成都高新综合保税区、成都国际铁路港综合保税区、泸州综合保税区、宜宾综合保税区、绵阳综合保税区"
    out["blind229_sichuan_fenpei"] = [{
        "meta": {
            "title": SC_TITLE, "doc_number": SC_NUM, "issuer": ["四川省财政厅", "四川省商务厅"],
            "date": "2024-08-26", "published": "2024-08-28", "level": "provincial", "region": "四川省",
            "effective": None, "expires": None, "attachments": [SC_FENPEI], "doc_type": "通知（下达资金）",
            "recipients": ["成都市、泸州市、德阳市、绵阳市、宜宾市财政局、商务局", "四川天府新区财政金融局、商务局"],
            "publicity": "此件主动公开",
        },
        "clauses": [SC_INTRO] + SC_ITEMS + sc_rows,
        "applies_to": {
            "default": "四川省（中国（四川）自由贸易试验区及协同改革先行区）",
            "specific": sc_spec,
            "note": "Project rows apply in their 所在地 within their 片区 (成都高新区/双流区/天府新区直管区 → 成都天府新区片区; 青白江区 → 成都青白江铁路港片区; 泸州市龙马潭区/江阳区 → 川南临港片区; 德阳市旌阳区, 宜宾市叙州区, 绵阳市涪城区 → 协同改革先行区). A 小计 row applies to its 片区; the 合计 row and the notice paragraphs to the whole document. 中欧班列 / 西部陆海新通道 / 越南 are not places of application.",
        },
        "_note": (
            "Joint document: 版头 = borderless 2×2 table (四川省财政厅 / 四川省商务厅 stacked, distributed, 文件 in a merged right cell) — furniture. 文号 川财建〔2024〕112号 (lead organ's) + red rule; 川财建〔2023〕58号 in the intro is the cited 管理办法's number, not this document's. "
            "Title typed as THREE paragraphs (四川省财政厅　四川省商务厅 / 关于下达2024年中国（四川）自由贸易 / 试验区建设专项资金的通知 — the second break splits 自由贸易|试验区). 主送 (2 parts); intro paragraph ending 现将有关事项通知如下： + items 一、…四、 as whole paragraphs (number + text = one clause); 附件说明; "
            "joint 落款 = ONE right-aligned paragraph “四川省财政厅　　　　　　四川省商务厅” (full-width spaces between) with the date 2024年8月26日 under it; （此件主动公开） (publicity wording 主动公开, not 公开发布). "
            "附件 in a LANDSCAPE section: label 附件, table title (heading), 单位：万元 (furniture), then a 6-column table 序号 | 片区（区域） | 所在地 | 项目承担单位 | 项目名称 | 下达资金（万元） with the header row repeated; rows cantSplit. "
            "片区（区域） is merged DOWN over each 片区's project rows AND its 小计 row; a 小计 row has 序号 empty, 所在地…项目名称 merged across (小计) and the amount; the final 合计 row has 序号…项目名称 merged across (合　　计, full-width spaces) and 12600. "
            "Project rows: 序号：N；片区（区域）：…；所在地：…；项目承担单位：…；项目名称：…；下达资金（万元）：… ; 小计 rows: 片区（区域）：…；小计；下达资金（万元）：… ; 合计 row: 合计；下达资金（万元）：12600 (any form keeping 片区 + 小计 + amount / 合计 + amount in ONE clause is fine; 小计/合计 rows dropped: medium; glued to a project row: high). "
            "Sums check: 4100 + 3400 + 2400 + 2700 = 12600. date = 2024-08-26; published = 2024-08-28 (版记 on a portrait last page); deadlines 2024-10-31 and 2025-03-31 are not document dates; no effective/expires. Page numbers “— N —” on the right, not alternating."
        ),
        "_pdf": {"note": (
            "7 pages. Page 3 holds ONLY （此件主动公开） (the 落款 ends page 2). The table is on landscape pages 4–6: "
            "page 4 rows 1–4, 小计 4100, rows 5–6; the break 4→5 falls inside 成都青白江铁路港片区 (rows 5–7 + 小计): its name is printed on page 4 (成都青白江铁/路港片区) and row 7 and the 小计 3400 on page 5 have an EMPTY 片区 cell — they are still 成都青白江铁路港片区's. "
            "Page 5: rows 7–13 with 川南临港片区 and 协同改革先行区 (wrapping 协同改革先行/区) and 小计 2400 / 2700. "
            "THE CUT: page 6 holds only the repeated header and the 合计 row (合　　计 | 12600) — the 合计 row is the first row under the repeated header: it is a row (the total), not part of the header, and must not be taken as the header of a new table or attached to 协同改革先行区. "
            "项目承担单位 and 项目名称 cells wrap to 2 lines and must be re-joined without spaces (…“9610/9710”通关服务平台升级). Same expected meta and clauses."
        )},
    }]
    # ---- (d) 南宁片区 任务清单
    nn_spec = {}
    for r in nn_rows():
        nn_spec["附件 序号%s" % r[0]] = r[1]
    nn_spec["附件 序号5"] = "南宁综合保税区（江南区） — NOT 凭祥/东兴 (ports of entry in 崇左市/防城港市)"
    nn_spec["附件 序号7"] = "南宁临空经济示范区（吴圩国际机场）; 南宁国际铁路港 is the partner terminal"
    nn_spec["附件 序号10"] = "南宁国际铁路港（江南区） — NOT 越南河内 (the train's destination)"
    nn_spec["附件 序号11"] = "南宁国际铁路港（江南区） — NOT 钦州港 (partner port)"
    out["blind229_nanning_qingdan"] = [{
        "meta": {
            "title": NN_TITLE, "doc_number": NN_NUM, "issuer": [NN_ISSUER],
            "date": "2025-02-18", "published": "2025-02-19", "level": "zone",
            "region": "广西壮族自治区南宁市（中国（广西）自由贸易试验区南宁片区）",
            "effective": None, "expires": None, "attachments": [NN_QINGDAN], "doc_type": "通知（印发任务清单）",
            "recipients": ["管委会各部门、各直属单位", "片区各功能区管理机构", "各有关单位"],
            "publicity": "此件公开发布",
        },
        "clauses": NN_NOTICE + [row_clause(NN_HEAD, r) for r in nn_rows()],
        "applies_to": {
            "default": "中国（广西）自由贸易试验区南宁片区（广西壮族自治区南宁市）",
            "specific": nn_spec,
            "note": "Each row applies in its 功能区: 五象新区核心区（良庆区） rows 1–3, 南宁综合保税区（江南区） 4–6, 南宁临空经济示范区（吴圩国际机场） 7–9, 南宁国际铁路港（江南区） 10–11. 东盟 / 越南河内 / 凭祥 / 东兴 / 钦州港 are partners or ports elsewhere, not places of application.",
        },
        "_note": (
            "Zone-level issuer 中国（广西）自由贸易试验区南宁片区管理委员会 (level zone). 版头 on TWO red lines (中国（广西）自由贸易试验区 / 南宁片区管理委员会文件) — one organ name, furniture. "
            "文号 南自贸管发〔2025〕3号 + red rule; title ONE paragraph with two soft breaks (…南宁片区 / 管理委员会关于印发《南宁片区2025年 / 制度创新重点任务清单》的通知 — the first break splits the organ name 南宁片区|管理委员会). "
            "主送 (3 parts); 2 notice paragraphs; 附件说明; 落款 (full organ name) / 2025年2月18日; （此件公开发布）. "
            "附件 in a LANDSCAPE section: label 附件, 清单 title (heading), then TWO Word tables: the first (rows 1–8) with its header row marked to repeat and rows allowed to break across pages (no cantSplit); then a paragraph 续表 with page-break-before and a SECOND table (rows 9–11) whose header row is typed again (NOT marked to repeat). "
            "功能区 merged down over its rows; in the 续表 row 9's 功能区 (南宁临空经济示范区（吴圩国际机场）) is typed again (the group 7–9 continues across the two tables). "
            "Each task row is one clause: 序号：N；功能区：…；任务名称：…；主要内容：…；牵头单位：…；完成时限：… . The label 续表 and the retyped header are furniture — not a clause, not a row, not a heading that opens a new document/attachment. "
            "完成时限 values are deadlines. No effective/expires. date 2025-02-18, published 2025-02-19 (版记 on a portrait last page: 南宁片区管委会综合办公室 2025年2月19日印发). Footer “— N —” odd right / even left."
        ),
        "_pdf": {"note": (
            "7 pages. Table 1 prints on landscape pages 3–5: page 3 rows 1–3, page 4 rows 4–8 — THE CUT: row 8 (航空口岸“7×24小时”通关) is SPLIT by the page break 4→5: its 主要内容 ends on page 4 with …跨境电商货物实现“即到即查即放”，进口货物整体 and continues on page 5 under the repeated header as 通关时间压缩至12小时以内。 (a lone fragment in the 主要内容 column, every other cell empty). "
            "The fragment belongs to row 8's 主要内容 — it must be joined to it (…进口货物整体通关时间压缩至12小时以内。), not become a row of its own, nor be dropped. Page 5 has nothing else. "
            "Page 6 begins with 续表 and the retyped header, then rows 9–11 (功能区 南宁临空经济示范区（吴圩国际机场） printed again beside row 9; 南宁国际铁路港（江南区） merged over 10–11). "
            "功能区 values wrap to 3 lines (南宁临空经/济示范区/（吴圩国际/机场）) and must be re-joined without spaces; 任务名称, 主要内容, 牵头单位 wrap too. Same expected meta and clauses."
        )},
    }]
    return out


def main():
    files = [build_zhejiang(), build_tianjin(), build_sichuan(), build_nanning()]
    for f in files:
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
