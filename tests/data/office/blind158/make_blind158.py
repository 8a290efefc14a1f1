# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402
"""Blind round 158: the most ordinary documents of eastern and southern offices.

Writes next to itself (python-docx, then LibreOffice for the PDFs):
  blind158_jiangsu_opinion.docx / .pdf    江苏省人民政府 意见 (苏政发), 一、（一） outline, 4 pages
  blind158_guangdong_funds.docx / .pdf    广东省商务厅 广东省财政厅 联合通知 on 资金申报, 附件1 申报指南, 附件2 申报表
  blind158_xiamen_rules.docx / .pdf       厦门市人民政府办公厅 通知 印发 实施细则 (第X条, 章)
  blind158_yinzhou_training.docx / .pdf   宁波市鄞州区商务局 培训通知 (信函格式), 附件 回执
  expected.json

Run:  . /work/venv/bin/activate && python make_blind158.py
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


# ---------------------------------------------------------------- helpers
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


def para(doc, text="", east=FS, size=SAN_HAO, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=2, bold=False, color=None, line=LINE, container=None):
    p = (container or doc).add_paragraph()
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


def runin(doc, head, body, head_font=KT, bold=False):
    p = para(doc, "")
    set_font(p.add_run(head), head_font, SAN_HAO, bold)
    set_font(p.add_run(body), FS, SAN_HAO)
    return p


def border(p, side="bottom", sz=12, color="E60012", space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), val, sz, space, color)))


def new_page(p):
    """start paragraph p on a new page (page-break-before, so no empty page when the previous page is full)"""
    p.paragraph_format.page_break_before = True
    return p


def add_page_field(p, size=SI_HAO):
    def r(text):
        set_font(p.add_run(text), ST, size)
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


def setup_page(doc, odd_even=True, centered=False, first_page_blank=False):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(25)
    if centered:
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_page_field(fp)
    else:
        doc.settings.odd_and_even_pages_header_footer = odd_even
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp.paragraph_format.right_indent = Pt(SI_HAO)
        add_page_field(fp)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
        ep.paragraph_format.left_indent = Pt(SI_HAO)
        add_page_field(ep)
    if first_page_blank:
        s.different_first_page_header_footer = True
        s.first_page_footer.paragraphs[0].text = ""
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN_HAO)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    sectPr = s._sectPr
    grid = sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        sectPr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), "579")


def banhead(doc, text, size=44, scale=None):
    p = para(doc, "", XBZ, size, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(size * 1.2))
    r = p.add_run(text)
    set_font(r, XBZ, size, color=RED)
    if scale:
        r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
    return p


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    tblPr.append(parse_xml('<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
                           '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w")))


def joint_banhead(doc, organs, word="文件", size=36):
    """联合行文 版头: organs stacked on the left, 文件 vertically centred on the right (a borderless table)."""
    tbl = doc.add_table(rows=len(organs), cols=2)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(tbl)
    for i, org in enumerate(organs):
        c = tbl.cell(i, 0)
        c.width = Mm(118)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing = Pt(size * 1.25)
        set_font(p.add_run(org), XBZ, size, color=RED)
    set_widths(tbl, [Mm(118), Mm(38)])
    m = tbl.cell(0, 1).merge(tbl.cell(len(organs) - 1, 1))
    m.width = Mm(38)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = m.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run(word), XBZ, size + 6, color=RED)
    for extra in m.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    return tbl


def docnum_and_rule(doc, number, align=WD_ALIGN_PARAGRAPH.CENTER, blank_before=2):
    for _ in range(blank_before):
        para(doc, "", indent=0)
    p = para(doc, number, FS, SAN_HAO, align, 0)
    border(p, "bottom", 18, "E60012", 8)
    para(doc, "", indent=0)


def title(doc, parts, mode="soft"):
    if mode == "soft":
        p = para(doc, "", XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
        for i, t in enumerate(parts):
            r = p.add_run(t)
            set_font(r, XBZ, ER_HAO)
            if i < len(parts) - 1:
                r.add_break()
    else:
        for t in parts:
            para(doc, t, XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, "", indent=0)


def attachments_note(doc, titles):
    if len(titles) == 1:
        p = para(doc, "附件：" + titles[0], indent=2)
        p.paragraph_format.left_indent = Pt(SAN_HAO * 5)
        p.paragraph_format.first_line_indent = Pt(-SAN_HAO * 3)
        return
    for i, t in enumerate(titles, 1):
        p = para(doc, ("附件：" if i == 1 else "") + "%d．%s" % (i, t), indent=0)
        p.paragraph_format.left_indent = Pt(SAN_HAO * 6)
        p.paragraph_format.first_line_indent = Pt(-SAN_HAO * (4 if i == 1 else 1))


def signoff(doc, issuer_line, date, right_chars=4, publicity="（此件公开发布）", blank=3):
    for _ in range(blank):
        para(doc, "", indent=0)
    p = para(doc, issuer_line, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * right_chars)
    p = para(doc, date, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * right_chars)
    if publicity:
        para(doc, publicity, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 2)


def banji(doc, lines, printer=None, printdate=None, blank_lines=0):
    """版记: 抄送 (and optionally 公开方式) lines between rules, 印发 line last."""
    for _ in range(blank_lines):
        para(doc, "", indent=0)
    first = True
    for ln in lines:
        p = para(doc, "", FS, SI_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
        p.paragraph_format.left_indent = Pt(SI_HAO * 4)
        p.paragraph_format.first_line_indent = Pt(-SI_HAO * 3)
        p.paragraph_format.right_indent = Pt(SI_HAO)
        set_font(p.add_run(ln), FS, SI_HAO)
        border(p, "top", 12 if first else 4, "000000", 2)
        first = False
    if printer:
        p = para(doc, "", FS, SI_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
        p.paragraph_format.left_indent = Pt(SI_HAO)
        p.paragraph_format.right_indent = Pt(SI_HAO)
        set_font(p.add_run(printer), FS, SI_HAO)
        set_font(p.add_run("\t" + printdate + "印发"), FS, SI_HAO)
        p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8560"/></w:tabs>' % nsdecls("w")))
        border(p, "top", 4, "000000", 2)
        border(p, "bottom", 12, "000000", 2)
    else:
        border(p, "bottom", 12, "000000", 2)


def grid_table(doc, header, rows, widths, size=12, head_font=HT):
    tbl = doc.add_table(rows=1 + len(rows), cols=len(header))
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, txt in enumerate(header):
        c = tbl.cell(0, ci)
        c.width = widths[ci]
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(c.paragraphs[0].add_run(txt), head_font, size)
    for ri, row in enumerate(rows, start=1):
        for ci, txt in enumerate(row):
            c = tbl.cell(ri, ci)
            c.width = widths[ci]
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if len(txt) <= 8 else WD_ALIGN_PARAGRAPH.LEFT
            if txt:
                set_font(p.add_run(txt), FS, size)
    set_widths(tbl, widths)
    # repeat header row on each page
    trPr = tbl.rows[0]._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
    return tbl


def set_widths(tbl, widths):
    """Fixed layout with explicit grid widths (LibreOffice honours tblGrid, not only tcW)."""
    tbl.autofit = False
    tblPr = tbl._tbl.tblPr
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    tblW = tblPr.find(qn("w:tblW"))
    if tblW is None:
        tblW = parse_xml('<w:tblW %s/>' % nsdecls("w"))
        tblPr.append(tblW)
    tblW.set(qn("w:type"), "dxa")
    tblW.set(qn("w:w"), str(int(sum(w.pt for w in widths) * 20)))
    for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.pt * 20)))
    for row in tbl.rows:
        for ci, c in enumerate(row.cells):
            pass


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


# =========================================================== (1) 江苏省人民政府 意见
JS_ISSUER = "江苏省人民政府"
JS_TITLE_PARTS = ["江苏省人民政府关于深化中国（江苏）", "自由贸易试验区改革创新更好服务", "“一带一路”交汇点建设的意见"]
JS_TITLE = "".join(JS_TITLE_PARTS)
JS_NUM = "苏政发〔2024〕61号"
JS_MAIN_TO = "各设区市、县（市、区）人民政府，省各委办厅局，省各直属单位："
JS_INTRO = "为贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展和实施自由贸易试验区提升战略的决策部署，推动中国（江苏）自由贸易试验区（以下简称江苏自贸试验区）在服务“一带一路”交汇点建设中发挥更大作用，现提出如下意见。"
JS_SECTIONS = [
    ("一、总体要求", [
        (None, "坚持以制度创新为核心，以可复制可推广为基本要求，统筹南京、苏州、连云港3个片区和联动创新发展区协同发展，打造“一带一路”交汇点建设先行区和制度型开放试验田。"),
        (None, "到2027年，江苏自贸试验区实际使用外资占全省比重达到15%以上，对共建“一带一路”国家进出口额年均增长8%以上，累计形成制度创新成果300项以上，其中在全国复制推广30项以上。"),
    ]),
    ("二、提升“一带一路”交汇点枢纽功能", [
        ("（一）建设陆海联运大通道。", "支持连云港片区加快建设连云港港30万吨级航道二期工程，做强中哈（连云港）物流合作基地和上合组织（连云港）国际物流园。到2027年，连云港中欧（亚）班列年开行量达到1000列以上，海河联运集装箱量突破30万标准箱。"),
        ("（二）提升航空枢纽能级。", "支持南京片区依托南京禄口国际机场建设国际航空货运枢纽，新开加密至共建“一带一路”国家的国际全货机航线，对新开洲际全货机航线按照每班次20万元给予运营补贴。到2027年，南京禄口国际机场年货邮吞吐量达到50万吨。"),
        ("（三）完善国际物流服务体系。", "支持苏州片区做强中欧班列（苏州）国际集结中心，推动企业在共建“一带一路”国家布局海外仓。到2027年，全省自贸试验区企业建设运营海外仓120个以上，其中公共海外仓30个以上。"),
    ]),
    ("三、推进高水平制度型开放", [
        ("（四）对接国际高标准经贸规则。", "在江苏自贸试验区率先对接CPTPP、DEPA等国际高标准经贸规则，支持南京片区、苏州片区分别制定数据出境负面清单，2024年12月底前完成首批清单编制并报国家有关部门备案。"),
        ("（五）深化投资管理制度改革。", "全面落实外商投资准入前国民待遇加负面清单管理制度，外商投资企业登记注册办理时限压缩至1个工作日以内。"),
        ("（六）提升贸易便利化水平。", "全面推广“两步申报”“船边直提”“抵港直装”等模式，2025年底前自贸试验区进口、出口整体通关时间分别压缩至30小时和1.2小时以内。"),
        ("（七）创新跨境金融服务。", "支持自贸试验区内银行开展本外币合一银行结算账户体系试点，扩大对共建“一带一路”国家的人民币跨境使用，自贸试验区跨境人民币结算量年均增长10%以上。"),
    ]),
    ("四、打造开放型产业集群", [
        ("（八）做强生物医药产业。", "支持苏州片区（苏州工业园区）建设生物医药产业集群，完善进口研发用物品“白名单”制度，将白名单企业由45家扩大至100家以上。"),
        ("（九）发展集成电路和新能源产业。", "支持南京片区（南京江北新区）建设集成电路设计和新型储能产业基地，对符合条件的重大外资项目，按照“一事一议”方式给予支持。"),
        ("（十）培育数字贸易新业态。", "支持自贸试验区企业开拓共建“一带一路”国家跨境电商市场，对年跨境电商交易额首次超过10亿元的企业，给予一次性奖励200万元。"),
        ("（十一）推动联动创新发展。", "在徐州、无锡、南通、淮安等设区市认定第二批自贸试验区联动创新发展区，每个联动创新发展区每年复制推广改革试点经验不少于20项。"),
    ]),
    ("五、强化组织保障", [
        ("（十二）加强统筹协调。", "省自贸试验区工作领导小组统筹推进本意见实施，省商务厅（省自贸办）负责日常工作，各片区所在设区市人民政府每年3月底前向省人民政府报送上年度工作情况。"),
        ("（十三）强化要素保障。", "省级财政每年安排自贸试验区发展专项资金5亿元，自贸试验区重大项目用地计划指标单列。"),
        ("（十四）健全评估机制。", "建立自贸试验区年度评估制度，每年12月底前由省商务厅会同第三方机构开展评估，评估结果作为资金分配依据。"),
        (None, "本意见自2024年11月1日起施行，有效期至2029年10月31日。"),
    ]),
]
JS_CHAOSONG = ["抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，江苏省军区，南京海关。"]
JS_PRINTER = "江苏省人民政府办公厅"
JS_PRINTDATE = "2024年9月25日"
JS_BANJI_BLANKS = 0


def build_jiangsu():
    doc = Document()
    setup_page(doc)
    banhead(doc, "江苏省人民政府文件", size=46)
    docnum_and_rule(doc, JS_NUM, blank_before=1)
    title(doc, JS_TITLE_PARTS, mode="soft")
    para(doc, JS_MAIN_TO, indent=0)
    para(doc, JS_INTRO)
    for head, items in JS_SECTIONS:
        para(doc, head, HT)
        for h, t in items:
            if h:
                runin(doc, h, t, KT)
            else:
                para(doc, t)
    signoff(doc, JS_ISSUER, "2024年9月23日", right_chars=4, blank=2)
    banji(doc, JS_CHAOSONG, JS_PRINTER, JS_PRINTDATE, blank_lines=JS_BANJI_BLANKS)
    out = os.path.join(HERE, "blind158_jiangsu_opinion.docx")
    doc.save(out)
    return out


# =========================================================== (2) 广东 联合通知 资金申报
GD_ISSUERS = ["广东省商务厅", "广东省财政厅"]
GD_TITLE_PARTS = ["广东省商务厅　广东省财政厅关于组织申报", "2025年省级促进经贸发展专项资金", "（“一带一路”市场开拓和自贸试验区发展", "事项）的通知"]
GD_TITLE = "广东省商务厅 广东省财政厅关于组织申报2025年省级促进经贸发展专项资金（“一带一路”市场开拓和自贸试验区发展事项）的通知"
GD_NUM = "粤商务财字〔2024〕42号"
GD_MAIN_TO = "各地级以上市商务主管部门、财政局，中国（广东）自由贸易试验区各片区管委会："
GD_INTRO = "为贯彻落实省委、省政府关于推动共建“一带一路”高质量发展和实施自由贸易试验区提升战略的部署，根据《广东省省级财政专项资金管理办法》和《广东省促进经贸发展专项资金管理实施细则》（粤商务规字〔2023〕5号），现就组织申报2025年省级促进经贸发展专项资金（“一带一路”市场开拓和自贸试验区发展事项）有关事项通知如下："
GD_ATT1 = "2025年省级促进经贸发展专项资金（“一带一路”市场开拓和自贸试验区发展事项）申报指南"
GD_ATT2 = "2025年省级促进经贸发展专项资金项目申报表"
GD_SECTIONS = [
    ("一、支持方向", [
        ("（一）“一带一路”市场开拓。", "支持企业赴共建“一带一路”国家参加境外展会、开展境外商标注册和国际认证、建设运营海外仓，按照附件1规定的标准予以事后奖补。"),
        ("（二）自贸试验区发展。", "支持广州南沙、深圳前海蛇口、珠海横琴3个片区开展制度创新、建设跨境贸易公共服务平台，每个片区支持项目不超过5个，单个项目支持金额不超过300万元。"),
    ]),
    ("二、申报主体和条件", [
        (None, "“一带一路”市场开拓事项的申报单位应为在我省（不含深圳市）依法注册、具有独立法人资格的企业，2023年度进出口额不低于500万美元，且近三年无严重失信记录。深圳市企业按照深圳市有关规定另行申报。"),
        (None, "自贸试验区发展事项由各片区管委会组织申报，申报单位应为在片区内注册的企业或者事业单位。"),
    ]),
    ("三、申报时间和方式", [
        ("（一）申报时间。", "2024年10月15日至11月15日，逾期不予受理。"),
        ("（二）申报方式。", "申报单位登录“广东省商务厅业务办理系统”在线填报附件2，上传相关证明材料，并将纸质材料一式两份（加盖单位公章）报送所在地级以上市商务主管部门或者片区管委会。"),
    ]),
    ("四、审核程序", [
        ("（一）初审。", "各地级以上市商务主管部门会同同级财政部门、各片区管委会对申报材料进行初审，于2024年11月29日前将初审意见和项目汇总表报送省商务厅、省财政厅。"),
        ("（二）评审和公示。", "省商务厅委托第三方机构开展专家评审，按照评审结果拟定资金安排计划，在省商务厅门户网站公示5个工作日，公示无异议后按程序下达。"),
    ]),
    ("五、工作要求", [
        (None, "各地、各片区要加强政策宣传和申报辅导，严格审核把关，对申报材料的真实性、合规性负责。申报单位对所提交材料的真实性负责，对弄虚作假、骗取专项资金的，依法依规追回资金并纳入信用记录。"),
    ]),
]
GD_CONTACT = "联系人：省商务厅对外投资和经济合作处　陈敏，020-38819472；省财政厅经济建设处　黄俊，020-83170521。"
GD_GUIDE = [
    ("一、支持对象", [
        (None, "在我省（不含深圳市）依法注册的外经贸企业，以及中国（广东）自由贸易试验区广州南沙、深圳前海蛇口、珠海横琴片区内注册的企业或者事业单位。"),
    ]),
    ("二、支持内容和标准", [
        (None, "2024年1月1日至2024年12月31日期间发生的下列事项，按以下标准给予支持："),
        ("TABLE", None),
    ]),
    ("三、申报材料", [
        (None, "（一）项目申报表（附件2）；"),
        (None, "（二）营业执照复印件；"),
        (None, "（三）参展合同、注册或者认证证书、海外仓租赁或者购置合同等证明材料；"),
        (None, "（四）费用支付凭证及发票复印件；"),
        (None, "（五）信用承诺书。"),
    ]),
    ("四、不予支持的情形", [
        (None, "1．近三年在财政专项资金使用中存在违法违规行为的；"),
        (None, "2．同一项目已获得其他省级财政资金支持的；"),
        (None, "3．被列入严重失信主体名单的；"),
        (None, "4．申报材料不全或者逾期申报的。"),
    ]),
]
GD_STD_HEADER = ["序号", "支持事项", "支持标准", "年度支持上限（万元）"]
GD_STD_ROWS = [
    ["1", "境外展会", "参加在共建“一带一路”国家举办的境外展会，按展位费、特装费的70%给予支持", "100"],
    ["2", "境外商标注册和国际认证", "按实际发生的注册、认证费用的50%给予支持", "30"],
    ["3", "海外仓建设运营", "在共建“一带一路”国家建设运营、面积1000平方米以上的海外仓，按当年实际投入的20%给予支持", "200"],
    ["4", "片区制度创新和公共服务平台", "广州南沙、深圳前海蛇口、珠海横琴片区管委会组织实施的项目，按项目投资额的30%给予支持", "300（单个项目）"],
]
# 申报表: a form grid (label, value, label, value); empty value cells
GD_FORM = [
    ["单位名称", "", "统一社会信用代码", ""],
    ["注册地址", "", None, None],
    ["所在地市（片区）", "", "联系人及电话", ""],
    ["申报事项", "□境外展会　□境外商标注册和国际认证　□海外仓建设运营　□片区制度创新和公共服务平台", None, None],
    ["项目名称", "", None, None],
    ["项目实际支出（万元）", "", "申请支持金额（万元）", ""],
    ["项目内容简介", "（不超过500字）", None, None],
    ["申报单位承诺", "本单位承诺所填报内容及提供的材料真实、准确、完整，如有虚假，愿意承担相应法律责任。", None, None],
    ["地市商务主管部门（片区管委会）初审意见", "", None, None],
]
GD_FORM_NOTES = [
    "填表说明：1．金额单位为万元，保留两位小数。",
    "2．“申报事项”只能选择一项，同一企业申报多个事项的，分别填报。",
    "3．本表一式两份，与纸质申报材料一并报送。",
]
GD_CHAOSONG = ["抄送：商务部对外投资和经济合作司，财政部广东监管局，省审计厅。", "公开方式：主动公开"]
GD_PRINTER = "广东省商务厅办公室"
GD_PRINTDATE = "2024年10月10日"
GD_BANJI_BLANKS = 2


def form_table(doc, rows, size=12):
    tbl = doc.add_table(rows=len(rows), cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(36), Mm(44), Mm(36), Mm(40)]
    set_widths(tbl, widths)
    for ri, row in enumerate(rows):
        for ci in range(4):
            tbl.cell(ri, ci).width = widths[ci]
        if row[2] is None:
            m = tbl.cell(ri, 1).merge(tbl.cell(ri, 3))
            cells = [(0, row[0]), (1, row[1])]
        else:
            cells = list(enumerate(row))
        for ci, txt in cells:
            c = tbl.cell(ri, ci)
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            for extra in c.paragraphs[1:]:
                extra._p.getparent().remove(extra._p)
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if ci in (0, 2) else WD_ALIGN_PARAGRAPH.LEFT
            if txt:
                set_font(p.add_run(txt), FS, size)
        tr = tbl.rows[ri]._tr
        h = {6: 1500, 7: 1500, 8: 1200}.get(ri, 560)
        tr.get_or_add_trPr().append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="atLeast"/>' % (nsdecls("w"), h)))
    # the signature lines inside the 承诺 and 初审 cells (second paragraph of the cell)
    for ri, txt in ((7, "法定代表人（签字）：　　　　　（单位盖章）　　　年　　月　　日"), (8, "（盖章）　　　年　　月　　日")):
        c = tbl.cell(ri, 1)
        p = c.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        set_font(p.add_run(txt), FS, size)
    return tbl


def build_guangdong():
    doc = Document()
    setup_page(doc)
    joint_banhead(doc, GD_ISSUERS)
    docnum_and_rule(doc, GD_NUM, blank_before=1)
    title(doc, GD_TITLE_PARTS, mode="paras")
    para(doc, GD_MAIN_TO, indent=0)
    para(doc, GD_INTRO)
    for head, items in GD_SECTIONS:
        para(doc, head, HT)
        for h, t in items:
            if h:
                runin(doc, h, t, KT)
            else:
                para(doc, t)
    para(doc, GD_CONTACT)
    para(doc, "", indent=0)
    attachments_note(doc, [GD_ATT1, GD_ATT2])
    signoff(doc, "广东省商务厅　　　　　　广东省财政厅", "2024年10月9日", right_chars=2, publicity=None, blank=2)
    # 附件1 申报指南
    new_page(para(doc, "附件1", HT, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0))
    para(doc, "", indent=0)
    para(doc, GD_ATT1, XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, "", indent=0)
    for head, items in GD_GUIDE:
        para(doc, head, HT)
        for h, t in items:
            if h == "TABLE":
                grid_table(doc, GD_STD_HEADER, GD_STD_ROWS, [Mm(14), Mm(38), Mm(76), Mm(28)], size=12)
            else:
                para(doc, t)
    # 附件2 申报表
    new_page(para(doc, "附件2", HT, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0))
    para(doc, GD_ATT2, XBZ, 20, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    p = para(doc, "申报单位（盖章）：　　　　　　　　　　填报日期：　　年　　月　　日", FS, 12, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    form_table(doc, GD_FORM)
    for n in GD_FORM_NOTES:
        p = para(doc, n, FS, 12, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(22))
        if not n.startswith("填表说明"):
            p.paragraph_format.left_indent = Pt(12 * 5)
    banji(doc, GD_CHAOSONG, GD_PRINTER, GD_PRINTDATE, blank_lines=GD_BANJI_BLANKS)
    out = os.path.join(HERE, "blind158_guangdong_funds.docx")
    doc.save(out)
    return out


# =========================================================== (3) 厦门 办公厅 印发 实施细则
XM_ISSUER = "厦门市人民政府办公厅"
XM_RULES = "中国（福建）自由贸易试验区厦门片区促进“丝路海运”高质量发展实施细则"
XM_TITLE = "厦门市人民政府办公厅关于印发" + XM_RULES + "的通知"
XM_NUM = "厦府办规〔2024〕7号"
XM_MAIN_TO = "各区人民政府，市直各委、办、局，各开发区管委会："
XM_COVER = "《" + XM_RULES + "》已经市政府同意，现印发给你们，请认真组织实施。"
XM_CHAPTERS = [
    ("第一章　总　　则", [
        ("第一条", "为深入推进“丝路海运”品牌建设，加快厦门东南国际航运中心建设，更好服务共建“一带一路”，根据《中国（福建）自由贸易试验区条例》《厦门市促进航运业发展若干规定》等规定，结合自贸试验区厦门片区（以下简称厦门片区）实际，制定本细则。", []),
        ("第二条", "本细则适用于在厦门片区依法登记注册、具有独立法人资格，从事“丝路海运”航线运营、港口物流、航运服务的企业。本细则所称厦门片区，包括象屿保税区、象屿保税物流园区、厦门海沧保税港区和厦门港东渡港区等区域。", []),
        ("第三条", "厦门片区管理委员会（以下简称片区管委会）负责本细则的组织实施；市财政局负责资金保障；市交通运输局（市港口管理局）、厦门海关、厦门海事局按照各自职责做好相关工作。", []),
    ]),
    ("第二章　支持措施", [
        ("第四条", "对新开通“丝路海运”命名航线的航运企业，按照以下标准给予奖励：", [
            "（一）新开通至共建“一带一路”国家的集装箱班轮航线，开通后12个月内完成航次不少于40个的，奖励80万元；",
            "（二）新开通远洋干线航线，开通后12个月内完成航次不少于24个的，奖励150万元；",
            "（三）同一企业年度奖励累计不超过500万元。",
        ]),
        ("第五条", "对“丝路海运”命名航线在海沧港区、东渡港区完成的外贸集装箱吞吐量，按照同比增量部分每标准箱20元给予航运企业奖励，单个企业年度奖励不超过300万元。", []),
        ("第六条", "对经厦门前场铁路大型货场开展“丝路海运”海铁联运的集装箱，按照每标准箱150元给予货主或者货运代理企业补贴，单个企业年度补贴不超过200万元。", []),
        ("第七条", "对在厦门片区新设立、注册资本不低于1000万元的国际船舶管理企业，自其管理船舶达到10艘之日起，给予一次性落户奖励100万元。", []),
        ("第八条", "支持在厦门片区开展船舶融资租赁业务，对租赁公司购置船舶并租赁给“丝路海运”航线运营企业的，按照融资额的1%给予奖励，单笔奖励不超过100万元。", []),
        ("第九条", "支持企业加入“丝路海运”联盟并参与服务标准制定，对主导制定国际标准、国家标准的企业，分别给予50万元、30万元一次性奖励。", []),
        ("第十条", "支持“丝路海运”电子商务平台建设，推动提单、舱单、运单等单证电子化，对年度电子提单签发量超过1万单的企业给予20万元奖励。", []),
    ]),
    ("第三章　申报与兑现", [
        ("第十一条", "本细则规定的奖励和补贴每年集中受理两次，上半年受理时间为3月1日至3月31日，下半年受理时间为9月1日至9月30日。", []),
        ("第十二条", "申报企业应当通过厦门市惠企政策兑现平台提交申请材料，并对材料的真实性、完整性负责。", []),
        ("第十三条", "片区管委会应当自受理截止之日起20个工作日内会同有关部门完成审核，审核结果在片区管委会门户网站公示5个工作日，公示无异议的，按照程序拨付资金。", []),
        ("第十四条", "企业以虚报、冒领等手段骗取奖励或者补贴的，由片区管委会追回已拨付资金，3年内不再受理其申请，并依法依规纳入信用记录。", []),
    ]),
    ("第四章　附　　则", [
        ("第十五条", "同一事项符合本细则和本市其他政策规定的，按照“从高、不重复”原则给予支持。", []),
        ("第十六条", "本细则由片区管委会负责解释。", []),
        ("第十七条", "本细则自2024年8月20日起施行，有效期至2027年8月19日。", []),
    ]),
]
XM_CHAOSONG = ["抄送：市委各部门，厦门警备区，各人民团体，中央、省属驻厦有关单位。", "市人大常委会办公厅，市政协办公厅，市监委，市中级法院，市检察院。"]
XM_PRINTER = "厦门市人民政府办公厅"
XM_PRINTDATE = "2024年7月19日"


def build_xiamen():
    doc = Document()
    setup_page(doc, centered=False)
    banhead(doc, "厦门市人民政府办公厅文件", size=40, scale=90)
    docnum_and_rule(doc, XM_NUM)
    # one paragraph, wrapping by itself
    para(doc, XM_TITLE, XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, "", indent=0)
    para(doc, XM_MAIN_TO, indent=0)
    para(doc, XM_COVER)
    signoff(doc, XM_ISSUER, "2024年7月18日", right_chars=4, publicity="（此件主动公开）", blank=3)
    # the 细则 itself on a new page, title typed as two paragraphs
    new_page(para(doc, "", indent=0))
    title(doc, ["中国（福建）自由贸易试验区厦门片区", "促进“丝路海运”高质量发展实施细则"], mode="paras")
    for chap, arts in XM_CHAPTERS:
        para(doc, chap, HT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
        for num, text, items in arts:
            p = para(doc, "")
            set_font(p.add_run(num), HT, SAN_HAO)
            set_font(p.add_run("　" + text), FS, SAN_HAO)
            for it in items:
                para(doc, it)
    banji(doc, XM_CHAOSONG, XM_PRINTER, XM_PRINTDATE, blank_lines=3)
    out = os.path.join(HERE, "blind158_xiamen_rules.docx")
    doc.save(out)
    return out


# =========================================================== (4) 宁波市鄞州区商务局 培训通知 (信函格式)
YZ_ISSUER = "宁波市鄞州区商务局"
YZ_TITLE_PARTS = ["宁波市鄞州区商务局关于举办2024年", "鄞州区外贸企业“一带一路”市场开拓及", "自贸试验区政策培训班的通知"]
YZ_TITLE = "".join(YZ_TITLE_PARTS)
YZ_NUM = "鄞商务函〔2024〕27号"
YZ_MAIN_TO = "各镇人民政府、街道办事处，区级有关部门，各有关外贸企业："
YZ_INTRO = "为帮助我区外贸企业用好共建“一带一路”和中国（浙江）自由贸易试验区宁波片区政策，提升境外市场开拓和合规经营能力，经研究，决定举办2024年鄞州区外贸企业“一带一路”市场开拓及自贸试验区政策培训班。现将有关事项通知如下："
YZ_SECTIONS = [
    ("一、培训时间", [(None, "2024年9月12日（星期四）全天。上午8:30开始签到，9:00正式开始，下午16:30结束。")]),
    ("二、培训地点", [(None, "鄞州区商会大厦三楼报告厅（宁波市鄞州区天童南路588号）。")]),
    ("三、参加人员", [
        (None, "（一）各镇（街道）分管外贸工作的负责人及经办人员各1名；"),
        (None, "（二）2023年度进出口额1000万美元以上的外贸企业负责人或者外贸业务主管1名；"),
        (None, "（三）姜山镇、首南街道、邱隘镇等外贸重点镇（街道）可各增派2名企业代表。"),
    ]),
    ("四、培训内容", [
        (None, "1．共建“一带一路”国家市场准入规则与RCEP原产地累积规则应用；"),
        (None, "2．中国（浙江）自由贸易试验区宁波片区跨境贸易便利化政策解读；"),
        (None, "3．宁波舟山港海铁联运及中欧班列集货服务介绍；"),
        (None, "4．出口信用保险与汇率避险实务。"),
    ]),
    ("五、有关要求", [
        (None, "（一）请各镇（街道）、各参训企业于2024年9月6日（星期五）17:00前将参训回执（见附件）发送至电子邮箱yzswj_px@163.com，逾期视为不参加。"),
        (None, "（二）本次培训不收取任何费用，午餐由主办方统一安排，交通自理。"),
        (None, "（三）参训人员请携带身份证件，提前15分钟到场签到，遵守会场纪律。"),
    ]),
]
YZ_CONTACT = "联系人：区商务局外经外贸科　王琳，联系电话：0574-87415263。"
YZ_ATT = "2024年鄞州区外贸企业“一带一路”市场开拓及自贸试验区政策培训班参训回执"
YZ_RECEIPT_HEADER = ["序号", "姓名", "单位及职务", "手机号码", "是否用餐"]
YZ_RECEIPT_NOTE = "注：请于2024年9月6日17:00前将本回执发送至yzswj_px@163.com。"
YZ_CHAOSONG = ["抄送：宁波市商务局。"]


def build_yinzhou():
    doc = Document()
    setup_page(doc, first_page_blank=True)
    s = doc.sections[0]
    s.top_margin = Mm(30)
    # 信函格式: organ name only, red, then a red double line; 文号 flush right under it
    banhead(doc, YZ_ISSUER, size=36)
    p = para(doc, "", indent=0, line=Pt(8))
    border(p, "bottom", 24, "E60012", 1, val="thickThinSmallGap")
    p = para(doc, YZ_NUM, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO)
    para(doc, "", indent=0)
    title(doc, YZ_TITLE_PARTS, mode="soft")
    para(doc, YZ_MAIN_TO, indent=0)
    para(doc, YZ_INTRO)
    for head, items in YZ_SECTIONS:
        para(doc, head, HT)
        for h, t in items:
            para(doc, t)
    para(doc, YZ_CONTACT)
    para(doc, "", indent=0)
    attachments_note(doc, [YZ_ATT])
    signoff(doc, YZ_ISSUER, "2024年8月26日", right_chars=2, publicity="（此件公开发布）", blank=2)
    new_page(para(doc, "附件", HT, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0))
    para(doc, "", indent=0)
    title(doc, ["2024年鄞州区外贸企业“一带一路”", "市场开拓及自贸试验区政策培训班参训回执"], mode="soft")
    para(doc, "单位名称（盖章）：", FS, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0)
    tbl = grid_table(doc, YZ_RECEIPT_HEADER, [[str(i), "", "", "", ""] for i in range(1, 6)],
                     [Mm(16), Mm(28), Mm(56), Mm(36), Mm(24)], size=14)
    for r in tbl.rows:
        r._tr.get_or_add_trPr().append(parse_xml('<w:trHeight %s w:val="640" w:hRule="atLeast"/>' % nsdecls("w")))
    para(doc, YZ_RECEIPT_NOTE, FS, 14, WD_ALIGN_PARAGRAPH.LEFT, 0)
    banji(doc, YZ_CHAOSONG, None, None, blank_lines=6)
    out = os.path.join(HERE, "blind158_yinzhou_training.docx")
    doc.save(out)
    return out


# =========================================================== PDFs
def to_pdf(docx_path):
    prof = "/tmp/lo_158"
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pdf_pages(pdf):
    import pdfplumber
    with pdfplumber.open(pdf) as p:
        return len(p.pages)


# =========================================================== expected.json
def flat(sections):
    out = []
    for _, items in sections:
        for h, t in items:
            if h == "TABLE":
                continue
            out.append((h or "") + t)
    return out


def expected(pages):
    js = {
        "meta": {
            "title": JS_TITLE,
            "doc_number": JS_NUM,
            "issuer": [JS_ISSUER],
            "date": "2024-09-23",
            "published": "2024-09-25",
            "level": "provincial",
            "region": "江苏省",
            "effective": "2024-11-01",
            "expires": "2029-10-31",
            "attachments": [],
            "doc_type": "意见",
            "recipients": ["各设区市、县（市、区）人民政府", "省各委办厅局", "省各直属单位"],
            "publicity": "此件公开发布",
            "pages": pages["blind158_jiangsu_opinion"],
        },
        "clauses": [JS_INTRO] + flat(JS_SECTIONS),
        "applies_to": {
            "default": "江苏省（中国（江苏）自由贸易试验区）",
            "specific": {
                "一、 first paragraph": "南京、苏州、连云港3个片区（the whole 自贸试验区; 江苏省 default is fine)",
                "（一）": "连云港片区 / 连云港市",
                "（二）": "南京片区 / 南京市（南京禄口国际机场）",
                "（三）": "苏州片区 / 苏州市",
                "（四）": "南京片区、苏州片区",
                "（八）": "苏州片区（苏州工业园区） / 苏州市",
                "（九）": "南京片区（南京江北新区） / 南京市",
                "（十一）": "徐州、无锡、南通、淮安（设区市）",
                "（十二）": "江苏省 (各片区所在设区市 = 南京、苏州、连云港 implicitly; 江苏省 is right)",
            },
            "note": "共建“一带一路”国家 does not place a clause abroad; 中哈（连云港）物流合作基地 / 上合组织（连云港）国际物流园 are in 连云港 (not 哈萨克斯坦); 南京海关 (抄送) and 省商务厅（省自贸办） are organs, not places. The whole-province default (江苏省) is right for every clause with no named place.",
        },
        "_note": (
            "A 4-page provincial 意见 (苏政发) with no attachments. Furniture, not clauses: red 版头 江苏省人民政府文件; 文号 line 苏政发〔2024〕61号 over the red rule; "
            "the title (one paragraph with two soft line breaks — after 中国（江苏） and after 更好服务 — must be re-joined without a space or newline: …中国（江苏）自由贸易试验区改革创新更好服务“一带一路”…); 主送 line (→ recipients, 3 entries split at the Chinese comma 「，」 — NOT at the 「、」 inside 各设区市、县（市、区）人民政府); "
            "落款 江苏省人民政府 / 2024年9月23日; （此件公开发布）; 版记 (抄送：… / 江苏省人民政府办公厅 2024年9月25日印发, between rules); footer page numbers “— N —” (odd pages right, even pages left). "
            "Headings 一、总体要求 … 五、强化组织保障 are standalone 黑体 section titles with no text of their own (not clauses; tolerable as heading clauses, low — but they must not be glued onto the next paragraph). "
            "一、 has two plain paragraphs (指导思想 and 目标 figures) — two clauses, no number of their own (label None or a paragraph label under 一、 both fine). "
            "（一）…（十四） are run-in 楷体 headings continuing the numbering across sections (（四） is the first item under 三、): heading + text = ONE clause, the label must be （N） and its section the right 一、…五、. "
            "The last paragraph under 五、 (本意见自2024年11月1日起施行，有效期至2029年10月31日。) is a plain paragraph, not part of （十四）. "
            "date = 成文日期 2024-09-23 (落款); 2024-09-25 is the 印发 date in 版记 and must not be the date; effective 2024-11-01 and expires 2029-10-31 come from that last paragraph. "
            "Other dates in the text (2024年12月底前, 2025年底前, 2027年 targets, 每年3月底前) are deadlines/targets, none of them effective/expires. level provincial, region 江苏省."
        ),
        "_pdf": {
            "pages": pages["blind158_jiangsu_opinion"],
            "note": "same metadata and clauses as the .docx. PDF furniture: 版头 as large red text, the 文号 line, page numbers “— N —” right on odd/left on even pages, the 版记 at the end of the last page. "
                    "Paragraphs that run over a page break (and clauses crossing the 版心 at page bottoms) must be rejoined into one clause without the page number inside; the title wraps over 2 lines in the PDF too.",
        },
    }

    gd_std = [row_clause(GD_STD_HEADER, r) for r in GD_STD_ROWS]
    gd_form = []
    for r in GD_FORM:
        cells = [c for c in r if c is not None]
        pairs = [(cells[i], cells[i + 1]) for i in range(0, len(cells), 2)]
        gd_form.append("；".join("%s：%s" % (a, b) if b else "%s：" % a for a, b in pairs))
    gd_guide = []
    for head, items in GD_GUIDE:
        for h, t in items:
            if h == "TABLE":
                gd_guide += gd_std
            else:
                gd_guide.append(t)
    gd = {
        "meta": {
            "title": GD_TITLE,
            "doc_number": GD_NUM,
            "issuer": list(GD_ISSUERS),
            "date": "2024-10-09",
            "published": "2024-10-10",
            "level": "provincial",
            "region": "广东省",
            "effective": None,
            "expires": None,
            "attachments": [GD_ATT1, GD_ATT2],
            "doc_type": "通知",
            "recipients": ["各地级以上市商务主管部门、财政局", "中国（广东）自由贸易试验区各片区管委会"],
            "publicity": "主动公开",
            "deadlines": {"申报": "2024-10-15 — 2024-11-15", "初审报送": "2024-11-29"},
            "pages": pages["blind158_guangdong_funds"],
        },
        "clauses": [GD_INTRO] + flat(GD_SECTIONS) + [GD_CONTACT] + gd_guide + gd_form + GD_FORM_NOTES,
        "applies_to": {
            "default": "广东省",
            "specific": {
                "一、（二）": "广州南沙片区、深圳前海蛇口片区、珠海横琴片区（中国（广东）自由贸易试验区）",
                "二、 first paragraph": "广东省（不含深圳市） — 深圳市 is EXCLUDED here; placing it in 深圳市 is wrong",
                "二、 second paragraph": "中国（广东）自由贸易试验区各片区",
                "附件1 一、支持对象": "广东省（不含深圳市）+ 广州南沙、深圳前海蛇口、珠海横琴片区",
                "附件1 table row 4": "广州南沙、深圳前海蛇口、珠海横琴片区",
            },
            "note": "共建“一带一路”国家 does not place a clause abroad. 财政部广东监管局, 商务部对外投资和经济合作司 (抄送) are organs. 深圳市 in 二、 is an exclusion (不含深圳市 / 深圳市企业…另行申报): a reader that tags it 深圳市 as if the clause applied there is wrong (medium).",
        },
        "_note": (
            "Joint 通知 of two provincial departments with two attachments, all in one Word file. Furniture, not clauses: the joint 版头 (a borderless 2×2 table: 广东省商务厅 / 广东省财政厅 stacked on the left, 文件 merged on the right — must not become the title, a clause, or an issuer ‘广东省商务厅广东省财政厅文件’); "
            "文号 粤商务财字〔2024〕42号 over the red rule; the title typed as FOUR centred paragraphs (广东省商务厅　广东省财政厅关于组织申报 / 2025年省级促进经贸发展专项资金 / （“一带一路”市场开拓和自贸试验区发展 / 事项）的通知) with a full-width space between the two organ names in the first line — it must be joined into one title (the space between 商务厅 and 广东省财政厅 may be a space or nothing; no space elsewhere); "
            "主送 (→ 2 recipients); 附件说明 (附件：1．… / 2．… on two paragraphs → 2 attachment titles without the 1．/2． prefix); joint 落款 on ONE line 广东省商务厅　　　　　　广东省财政厅 (→ issuer list of 2) and 2024年10月9日; "
            "labels 附件1 / 附件2 and the attachment title paragraphs; the line 申报单位（盖章）：…填报日期：… above the form; 版记 right after the 填表说明 on the last page (抄送：… / 公开方式：主动公开 / 广东省商务厅办公室 2024年10月10日印发 — the 公开方式 line is furniture → publicity, not a clause, and must not be glued to 填表说明 3．); page numbers. "
            "Body: 一、…五、 are standalone 黑体 section titles (tolerable as heading clauses); （一）（二） run-in 楷体 headings (heading + text = one clause; numbering restarts in each section: 三、（一） is not 一、（一）). 二、 and 五、 have plain paragraphs only. The 联系人 line is a clause (or contact info; low either way). "
            "附件1 申报指南 has its own 一、…四、 outline (same labels as the notice body — a reader must keep them under 附件1, not merge them into the notice's 一、…): its 三、 items (一)…(五) and 四、 items 1．…4． are plain paragraphs (separate clauses each). "
            "The 支持标准 table in 附件1 二、 is an ordinary 4-column Word table with a repeated header row: 4 rows, each one clause 序号：…；支持事项：…；支持标准：…；年度支持上限（万元）：…. "
            "附件2 申报表 is a blank form (a grid of label/value cells, value cells mostly empty, merged across for single-label rows). Its rows are low-value: any faithful rendering (label：value with empty values, or skipping empty rows) is fine; what must survive is the 申报事项 choices row, the 申报单位承诺 text (with its signature line 法定代表人（签字）… as part of the cell or dropped) and the three 填表说明 lines. "
            "No effective/expires (a 申报 notice has none; effective = 2024-10-09 tolerable, low). date = 2024-10-09 (落款), published 2024-10-10 (版记). The 申报 window 2024-10-15 to 2024-11-15 and 2024-11-29 are deadlines, not effective/expires. "
            "publicity is 主动公开 (from 版记 line 公开方式：主动公开); level provincial, region 广东省."
        ),
        "_pdf": {
            "pages": pages["blind158_guangdong_funds"],
            "note": "same metadata and clauses as the .docx. In the PDF the joint 版头 prints as 广东省商务厅 / 广东省财政厅 on two lines with 文件 to the right (text lines: ‘广东省商务厅 文件’ may come out interleaved — it is furniture either way). "
                    "The 支持标准 table (long 支持标准 cells wrap over 2–3 lines) and the form must be read as tables/rows, not as loose lines glued into the preceding paragraph. "
                    "The 申报表 runs over pages 6–7 (the 初审意见 row and the 填表说明 on page 7), followed directly by the 版记 on page 7.",
        },
    }

    xm_rules = []
    for chap, arts in XM_CHAPTERS:
        for num, text, items in arts:
            xm_rules.append(num + "　" + text)
            xm_rules += items
    xm = {
        "meta": {
            "title": XM_TITLE,
            "doc_number": XM_NUM,
            "issuer": [XM_ISSUER],
            "date": "2024-07-18",
            "published": "2024-07-19",
            "level": "municipal",
            "region": "福建省厦门市",
            "effective": "2024-08-20",
            "expires": "2027-08-19",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各区人民政府", "市直各委、办、局", "各开发区管委会"],
            "publicity": "此件主动公开",
            "rules_title": XM_RULES,
            "pages": pages["blind158_xiamen_rules"],
        },
        "clauses": [XM_COVER] + xm_rules,
        "applies_to": {
            "default": "中国（福建）自由贸易试验区厦门片区（福建省厦门市）",
            "specific": {
                "第二条": "厦门片区：象屿保税区、象屿保税物流园区、厦门海沧保税港区、厦门港东渡港区",
                "第五条": "海沧港区、东渡港区（厦门片区）",
                "第六条": "厦门前场铁路大型货场（厦门市）",
                "第七条": "厦门片区",
                "第八条": "厦门片区",
            },
            "note": "The cover notice applies to 厦门市 (it goes to 各区人民政府); the 细则's articles apply in the 厦门片区 — 厦门市 for all of them is tolerable (low). 共建“一带一路”国家 (第四条) does not place a clause abroad. 厦门海关, 厦门海事局, 市交通运输局（市港口管理局） are organs. 东南国际航运中心 is a programme, not a place.",
        },
        "_note": (
            "A 印发 notice whose document IS the 实施细则: cover notice (1 clause) + 落款 on page 1, then the 细则 printed after it on a new page — there is NO 附件 label and no 附件说明 (attachments: [] — listing the 细则 as an attachment is tolerable, low). "
            "Either one document (cover + 17 articles) or two documents (cover notice + the 细则, the second with title = the 细则 title, issuer 厦门市人民政府办公厅, same 文号/date, effective 2024-08-20, expires 2027-08-19) is fine — but the 17 articles must not be lost, and effective/expires must be found from 第十七条 (on the notice too if one document). "
            "The title: one paragraph wrapping by itself, 关于印发…的通知 WITHOUT 书名号 (厦门 style) — do not add or demand 《》. The 细则 title inside is typed as TWO paragraphs (中国（福建）自由贸易试验区厦门片区 / 促进“丝路海运”高质量发展实施细则) — it is the 细则's title, not a clause and not a chapter heading. "
            "Chapters 第一章　总　　则 … 第四章　附　　则 (with full-width spaces inside 总则/附则) are headings, not clauses; they belong in each article's path (第二章 支持措施 > 第四条). "
            "Each 第X条 is a clause with label 第X条 (run-in 黑体 number + full-width space + text, one paragraph); 第四条's (一)(二)(三) are separate plain paragraphs that belong to 第四条 (as sub-clauses of 第四条 or merged into it: both fine; as orphan clauses under 第二章 with no 第四条 in the path: medium). "
            "Furniture: 版头 厦门市人民政府办公厅文件 (90% width); 文号 厦府办规〔2024〕7号 over the red rule; 主送; 落款 厦门市人民政府办公厅 / 2024年7月18日; （此件主动公开）; the 版记 at the very end after 第十七条 (two 抄送 lines: 抄送：市委各部门… / 市人大常委会办公厅… — the second line is a continuation of 抄送, NOT a clause) and 厦门市人民政府办公厅 2024年7月19日印发; page numbers. "
            "date = 2024-07-18 (落款 on page 1 — note it comes BEFORE the 细则, not at the end); published 2024-07-19; effective 2024-08-20; expires 2027-08-19 (第十七条). 第十一条's 3月1日…9月30日 are yearly 申报 windows, not dates of the document. level municipal, region 福建省厦门市."
        ),
        "_pdf": {
            "pages": pages["blind158_xiamen_rules"],
            "note": "same metadata and clauses as the .docx. Page 1 = cover notice + 落款 (the date in the middle of the file, before page 2's 细则 title). The 版记 (two 抄送 lines + 印发 line) is alone at the top of page 5, right after 第十七条 at the bottom of page 4 — it must not be glued onto 第十七条.",
        },
    }

    yz_clauses = [YZ_INTRO] + flat(YZ_SECTIONS) + [YZ_CONTACT, YZ_RECEIPT_NOTE]
    yz = {
        "meta": {
            "title": YZ_TITLE,
            "doc_number": YZ_NUM,
            "issuer": [YZ_ISSUER],
            "date": "2024-08-26",
            "published": None,
            "level": "county",
            "region": "浙江省宁波市鄞州区",
            "effective": None,
            "expires": None,
            "attachments": [YZ_ATT],
            "doc_type": "通知",
            "recipients": ["各镇人民政府、街道办事处", "区级有关部门", "各有关外贸企业"],
            "publicity": "此件公开发布",
            "event": {"date": "2024-09-12", "place": "鄞州区商会大厦三楼报告厅（宁波市鄞州区天童南路588号）", "registration_deadline": "2024-09-06 17:00"},
            "pages": pages["blind158_yinzhou_training"],
        },
        "clauses": yz_clauses,
        "applies_to": {
            "default": "浙江省宁波市鄞州区",
            "specific": {
                "二、培训地点": "鄞州区（天童南路588号）",
                "三、（三）": "姜山镇、首南街道、邱隘镇（鄞州区）",
                "四、2．": "中国（浙江）自由贸易试验区宁波片区 — it is a training topic, the clause still applies to 鄞州区 (tagging 宁波片区 is tolerable, low)",
            },
            "note": "宁波舟山港 and 中欧班列 (四、3．) are training topics, not where the clause applies. 宁波市商务局 (抄送) is an organ.",
        },
        "_note": (
            "A county-level (district bureau) training notice in 信函格式: the 版头 is the organ name only (宁波市鄞州区商务局 in red, no ‘文件’) over a red thick-thin double line; the 文号 鄞商务函〔2024〕27号 is flush RIGHT under the line (not centred); the first page has no page number (different first page), later pages “— N —”. "
            "Furniture: 版头, the double line, 文号; the title (one paragraph with two soft breaks, after 2024年 and after 市场开拓及); 主送 (3 recipients, split at 「，」 not at 「、」); 附件说明 (附件：… one attachment, → attachments); 落款 宁波市鄞州区商务局 / 2024年8月26日; （此件公开发布）; label 附件; the 回执 title (one paragraph, soft break after “一带一路”); the line 单位名称（盖章）：; the 回执 table (header 序号/姓名/单位及职务/手机号码/是否用餐 + 5 blank numbered rows — no content: rows like ‘序号：1’ as clauses are noise, low); 版记 抄送：宁波市商务局。 (no 印发 line — 信函格式). "
            "Body: 一、培训时间 / 二、培训地点 / 三、参加人员 / 四、培训内容 / 五、有关要求 are standalone 黑体 headings whose text is the next paragraph(s): the time and place paragraphs are clauses (heading in the path or label; ‘培训时间：2024年9月12日…’ as one clause is also fine). "
            "三、 and 五、 items （一）（二）（三） and 四、 items 1．…4． are plain paragraphs (numbers typed, not auto-numbered): separate clauses each, under the right heading. "
            "The 联系人 line and the 回执's 注 line are clauses (contact/注 as furniture: low). "
            "date = 2024-08-26 (落款). NOT the date: 2024-09-12 (training day), 2024-09-06 (报名 deadline). No effective/expires (an event notice; effective = 2024-08-26 tolerable, low; effective 2024-09-12 is wrong, medium). No 印发 date (published null). level county, region 浙江省宁波市鄞州区 (宁波市 alone: medium)."
        ),
        "_pdf": {
            "pages": pages["blind158_yinzhou_training"],
            "note": "same metadata and clauses as the .docx. Page 1 has no page number; the double red line is a drawn border (no text). Page 3 holds the contact line, 附件说明 and the 落款 only; the 回执 on page 4 is a table of empty rows, with the 版记 (抄送 only) below it.",
        },
    }
    return {
        "blind158_jiangsu_opinion": [js],
        "blind158_guangdong_funds": [gd],
        "blind158_xiamen_rules": [xm],
        "blind158_yinzhou_training": [yz],
    }


def main():
    outs = [build_jiangsu(), build_guangdong(), build_xiamen(), build_yinzhou()]
    pages = {}
    for f in outs:
        to_pdf(f)
        stem = os.path.splitext(os.path.basename(f))[0]
        pages[stem] = pdf_pages(os.path.join(HERE, stem + ".pdf"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(pages), fh, ensure_ascii=False, indent=1)
    print("wrote", outs, pages)


if __name__ == "__main__":
    main()
