# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 662: joint 川渝 documents (Word + PDF + expected.json)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"


# ---------------------------------------------------------------- helpers
def set_font(run, east=FS, size=16, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, first_chars=None, line=28.9, before=0, after=0, left_chars=None, right_chars=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)
    ppr = p._p.get_or_add_pPr()
    if first_chars is not None or left_chars is not None or right_chars is not None:
        ind = ppr.find(qn("w:ind"))
        if ind is None:
            ind = parse_xml('<w:ind %s/>' % nsdecls("w"))
            ppr.append(ind)
        if first_chars is not None:
            ind.set(qn("w:firstLineChars"), str(int(first_chars * 100)))
            ind.set(qn("w:firstLine"), str(int(first_chars * 320)))
        if left_chars is not None:
            ind.set(qn("w:leftChars"), str(int(left_chars * 100)))
            ind.set(qn("w:left"), str(int(left_chars * 320)))
        if right_chars is not None:
            ind.set(qn("w:rightChars"), str(int(right_chars * 100)))
            ind.set(qn("w:right"), str(int(right_chars * 320)))
    return p


def para(doc_or_cell, parts, align=None, first_chars=2, line=28.9, **kw):
    """parts: list of (text, east, size, bold) or a str (body 仿宋 16)."""
    p = doc_or_cell.add_paragraph()
    fmt(p, align=align, first_chars=first_chars, line=line, **kw)
    if isinstance(parts, str):
        parts = [(parts, FS, 16, False)]
    for part in parts:
        if part == "BR":
            p.add_run().add_break()  # soft line break (Shift+Enter)
            continue
        text, east, size, bold = part[:4]
        color = part[4] if len(part) > 4 else None
        set_font(p.add_run(text), east, size, bold, color)
    return p


def empty(doc, size=16, line=28.9):
    p = doc.add_paragraph()
    fmt(p, line=line)
    set_font(p.add_run(""), FS, size)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p)
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def border(p, side="bottom", color="E60012", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        # pBdr must come before spacing/ind/jc
        ppr.insert(0, pbdr)
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, space, color))
    pbdr.append(el)


def table_borders(table, val="single", sz=4):
    tblpr = table._tbl.tblPr
    for old in tblpr.findall(qn("w:tblBorders")):
        tblpr.remove(old)
    edges = "".join('<w:%s w:val="%s" w:sz="%d" w:space="0" w:color="000000"/>' % (e, val, sz)
                    for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tblpr.append(parse_xml('<w:tblBorders %s>%s</w:tblBorders>' % (nsdecls("w"), edges)))


def cell_text(cell, text, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, color=None,
              line=None):
    p = cell.paragraphs[0]
    fmt(p, align=align, line=line)
    set_font(p.add_run(text), east, size, bold, color)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return p


def set_col_widths(table, widths_mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    tblpr = table._tbl.tblPr
    if tblpr.find(qn("w:tblLayout")) is None:
        tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for row in table.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def setup(doc):
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(25)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), FS)
    # page number "— 1 —" in footer, right aligned
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(fp.add_run("— "), "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    set_font(r2, "宋体", 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    set_font(r3, "宋体", 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    set_font(fp.add_run("1"), "宋体", 14)
    r4 = fp.add_run()
    set_font(r4, "宋体", 14)
    r4._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    set_font(fp.add_run(" —"), "宋体", 14)


def add_numbering(doc, num_id=90, fmt_val="chineseCountingThousand", text="%1、", east=HT):
    """Real Word list numbering (number is NOT in the paragraph text)."""
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), num_id, fmt_val, text, east, east, east))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), num_id, num_id)))
    return num_id


def numbered(p, num_id):
    ppr = p._p.get_or_add_pPr()
    el = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                   % (nsdecls("w"), num_id))
    # numPr must precede spacing/ind/jc (after pStyle if any)
    ps = ppr.find(qn("w:pStyle"))
    if ps is not None:
        ps.addnext(el)
    else:
        ppr.insert(0, el)


def banqi(doc, chaosong, yinfa_org, yinfa_date):
    """版记: 抄送 + 印发 between horizontal rules."""
    empty(doc)
    p = para(doc, [(chaosong, FS, 14, False)], first_chars=None, line=24, left_chars=0.5, right_chars=0.5)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p = para(doc, [(yinfa_org, FS, 14, False), ("　　　　　　　　　", FS, 14, False),
                   (yinfa_date, FS, 14, False)], first_chars=None, line=24, left_chars=0.5)
    border(p, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_662", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


# ================================================================ FILE 1
def make_file1():
    stem = "blind662_chuanyu_tongzhi"
    doc = Document()
    setup(doc)

    # ---- joint 版头: two organs stacked on the left, 文件 on the right (layout table)
    empty(doc, line=20)
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, "nil", 0)
    set_col_widths(t, [112, 38])
    left, right = t.rows[0].cells
    p = left.paragraphs[0]
    fmt(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=None)
    set_font(p.add_run("四川省人民政府办公厅"), XBS, 26, False, RED)
    p = left.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=None)
    set_font(p.add_run("重庆市人民政府办公厅"), XBS, 26, False, RED)
    cell_text(right, "文件", XBS, 40, False, WD_ALIGN_PARAGRAPH.LEFT, RED)
    empty(doc)
    empty(doc)
    # two 文号 on ONE line, separated by typed full-width spaces
    p = para(doc, [("川办发〔2026〕12号", FS, 16, False), ("　　　　　　", FS, 16, False),
                   ("渝府办发〔2026〕8号", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, first_chars=None)
    border(p, "bottom", "E60012", 18, 6)
    empty(doc)

    # ---- notice title with soft line breaks
    para(doc, [("四川省人民政府办公厅", XBS, 22, False), "BR", ("重庆市人民政府办公厅", XBS, 22, False), "BR",
               ("关于印发《川渝自由贸易试验区协同开放", XBS, 22, False), "BR",
               ("示范区建设实施方案》的通知", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_chars=None, line=33)
    empty(doc)
    recipients_line1 = "四川省各市（州）人民政府，省直各部门；"
    recipients_line2 = "重庆市各区县（自治县）人民政府，市政府有关部门；川渝两地自贸试验区各片区管委会："
    para(doc, [(recipients_line1, FS, 16, False), "BR", (recipients_line2, FS, 16, False)], first_chars=None)

    notice_clauses = [
        "《川渝自由贸易试验区协同开放示范区建设实施方案》已经四川省人民政府、重庆市人民政府同意，现印发给你们，请认真组织实施。",
        "建设川渝自由贸易试验区协同开放示范区，是深入推动成渝地区双城经济圈建设、以高水平开放服务共建“一带一路”的重要举措。各地各部门要坚持川渝“一盘棋”思想，强化协同联动，按照“统一谋划、一体部署、相互协作、共同实施”的要求，细化工作举措，压实工作责任，确保各项任务落地见效。",
        "四川省商务厅、重庆市商务委员会要会同有关部门加强统筹协调和跟踪督促，每半年将工作推进情况分别报送四川省人民政府、重庆市人民政府。实施中遇到的重大问题，请及时报告。",
    ]
    # first paragraph indented by typed spaces instead of indentation
    para(doc, "　　" + notice_clauses[0], first_chars=None)
    para(doc, notice_clauses[1])
    para(doc, notice_clauses[2])
    empty(doc)
    empty(doc)
    empty(doc)

    # ---- joint 落款: layout table, organs side by side, date under
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, "nil", 0)
    set_col_widths(t, [78, 78])
    cell_text(t.rows[0].cells[0], "四川省人民政府办公厅", FS, 16)
    cell_text(t.rows[0].cells[1], "重庆市人民政府办公厅", FS, 16)
    empty(doc)
    para(doc, [("2026年3月18日", FS, 16, False), ("　　　　", FS, 16, False)],
         align=WD_ALIGN_PARAGRAPH.RIGHT, first_chars=None)
    empty(doc)
    para(doc, "（此件公开发布）")

    # ================= the 方案
    page_break(doc)
    para(doc, [("川渝自由贸易试验区协同开放示范区", XBS, 22, False), "BR", ("建设实施方案", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_chars=None, line=33)
    empty(doc)
    fa = []

    def body(text, **kw):
        fa.append(text)
        return para(doc, text, **kw)

    def h1(text):  # 黑体 heading on its own line (not a clause)
        return para(doc, [(text, HT, 16, False)])

    def h2(text):  # 楷体 heading on its own line (not a clause)
        return para(doc, [(text, KT, 16, False)])

    def runin(head, text, east=KT, bold=False, extra=None):
        fa.append(head + text)
        return para(doc, [(head, east, 16, bold), (text, FS, 16, False)])

    body("为深入贯彻落实党中央、国务院关于推动成渝地区双城经济圈建设的决策部署，高水平建设中国（四川）自由贸易试验区和中国（重庆）自由贸易试验区（以下统称川渝自贸试验区），加快推进川渝自由贸易试验区协同开放示范区（以下简称示范区）建设，结合川渝两地实际，制定本方案。")
    h1("一、总体要求")
    runin("（一）指导思想。", "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，立足川渝自贸试验区战略定位，以制度创新为核心，以协同开放为主线，以共建“一带一路”和西部陆海新通道为牵引，推动规则衔接、政策协同、平台共建、产业共兴，努力把示范区打造成为内陆开放高地的重要支撑。")
    # 主要目标: one paragraph with a soft line break between the two target years
    g1 = "到2026年底，川渝自贸试验区协同开放机制基本建立，联合推出制度创新成果不少于20项，中欧班列（成渝）年开行量稳定在5000列以上。"
    g2 = "到2028年，示范区制度型开放水平显著提升，累计形成可复制可推广的协同创新成果60项以上，跨境电商进出口额年均增长15%以上，综合保税区进出口总额突破1.2万亿元，实际使用外资质量和水平稳步提高。"
    fa.append("（二）主要目标。" + g1 + g2)
    para(doc, [("（二）主要目标。", KT, 16, False), (g1, FS, 16, False), "BR", (g2, FS, 16, False)])

    h1("二、重点任务")
    h2("（一）共建高能级开放通道")
    body("1.提升中欧班列（成渝）运行质效。统筹成都国际铁路港、重庆团结村中心站班列资源，推进去回程运力统一调配、线路统一运营、品牌统一宣传，拓展至中亚、欧洲和东盟的线路网络，推动中欧班列（成渝）回程重箱率保持在90%以上。")
    # items 2 and 3 typed into ONE paragraph, separated by a soft line break
    i2 = "2.拓展西部陆海新通道功能。推动川渝联合开行铁海联运班列，深化与北部湾港、湛江港的合作，推广“一单制”“一箱到底”等多式联运模式，支持青白江、果园港等枢纽开展多式联运“一单制”提单融资试点。"
    i3 = "3.推进国际航空枢纽协同。支持成都天府国际机场、成都双流国际机场、重庆江北国际机场错位拓展国际客货运航线，共同争取第五航权，联合开展航空物流“空空中转”“空铁联运”业务。"
    fa.extend([i2, i3])
    para(doc, [(i2, FS, 16, False), "BR", ("　　" + i3, FS, 16, False)])

    h2("（二）协同推进制度型开放")
    body("1.推进规则标准衔接。对标《区域全面经济伙伴关系协定》（RCEP）和国际高标准经贸规则，在贸易便利化、知识产权保护、数字贸易等领域开展压力测试，联合发布川渝自贸试验区制度创新案例。")
    body("2.深化“川渝通办”。推动两地自贸试验区政务服务事项互认互通，具体包括：")
    body("（1）推行企业登记“一地办理、两地互认”，实现市场主体登记、变更、注销业务跨省通办；")
    body("（2）建立川渝自贸试验区行政许可事项清单互认机制，首批互认事项不少于50项；")
    body("（3）推动海关、税务、外汇等涉企数据跨区域共享，探索“一次申报、一次查验、一次放行”通关模式。")
    body("3.共建知识产权保护协作机制。建立川渝自贸试验区知识产权纠纷快速处理和跨区域维权援助协作机制，推进知识产权质押融资风险补偿资金联动运作。")

    h2("（三）共育跨境电商新业态")
    body("1.联动建设跨境电商综合试验区。支持成都、泸州、德阳、绵阳、宜宾、南充、眉山和重庆跨境电子商务综合试验区开展协作，共建跨境电商线上综合服务平台，推进“9610”“9710”“9810”“1210”等监管模式全覆盖。")
    body("2.共建海外仓和公共服务体系。支持川渝企业在“一带一路”共建国家联合布局海外仓，鼓励利用中欧班列（成渝）开展跨境电商出口专列运输，对符合条件的海外仓建设项目按规定给予支持。")
    empty(doc)  # stray empty paragraph

    h2("（四）推动综合保税区联动发展")
    body("1.推进综合保税区协同创新。推动成都高新综合保税区、成都国际铁路港综合保税区与重庆西永综合保税区、重庆两路果园港综合保税区开展业务协作，探索保税研发、保税维修、保税检测等新业态跨区域联动监管。")
    body("2.促进加工贸易梯度转移。引导电子信息、汽车、装备制造等产业加工贸易环节在川渝综合保税区间合理布局，支持开展“区港联动”“区区联动”业务。")

    h2("（五）优化外商投资服务")
    body("1.落实外商投资准入前国民待遇加负面清单管理制度。全面落实《外商投资准入特别管理措施（负面清单）》和《自由贸易试验区外商投资准入特别管理措施（负面清单）》，对清单之外的领域按照内外资一致原则实施管理。")
    body("2.共建外商投资促进和服务平台。联合开展投资促进活动，建立重点外资项目跨区域服务专班和外商投资企业投诉协调机制，依法保护外国投资者和外商投资企业合法权益。")

    # heading typed as a bold 仿宋 run in an ordinary indented paragraph
    para(doc, [("三、保障措施", FS, 16, True)])
    runin("（一）加强组织领导。", "在推动成渝地区双城经济圈建设联合办公室领导下，由四川省商务厅、重庆市商务委员会牵头建立示范区建设协调推进机制，定期会商研究重大事项。各片区要建立相应工作机制，细化落实举措。", FS, True)
    # run-in heading with a soft break in the middle of the sentence
    s1 = "（二）强化政策支持。"
    s2a = "川渝两地统筹用好中央和地方外经贸发展专项资金，对示范区重点项目给予支持。鼓励金融机构创新跨境金融产品，"
    s2b = "为示范区企业提供多元化融资服务。"
    fa.append(s1 + s2a + s2b)
    para(doc, [(s1, FS, 16, True), (s2a, FS, 16, False), "BR", (s2b, FS, 16, False)])
    runin("（三）完善评估机制。", "建立示范区建设评估机制，委托第三方机构开展年度评估，评估结果作为完善政策和改进工作的重要依据。", FS, True)
    body("本方案自印发之日起实施，实施期至2028年12月31日。")
    empty(doc)
    para(doc, "附件：川渝自由贸易试验区协同开放示范区建设重点任务清单")

    # ---- 附件 with the 重点任务 table
    page_break(doc)
    para(doc, [("附件", HT, 16, False)], first_chars=None)
    empty(doc)
    para(doc, [("川渝自由贸易试验区协同开放示范区建设重点任务清单", XBS, 18, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_chars=None, line=30)
    empty(doc, size=12, line=20)
    headers = ["序号", "任务类别", "重点任务", "牵头单位", "完成时限"]
    rows = [
        ["1", "开放通道", "推动中欧班列（成渝）去回程运力统一调配、线路统一运营", "四川省发展改革委、重庆市发展改革委", "2026年12月"],
        ["2", "开放通道", "开行川渝铁海联运班列，推广多式联运“一单制”", "四川省交通运输厅、重庆市交通运输委员会", "2027年6月"],
        ["3", "制度创新", "联合发布川渝自贸试验区制度创新案例", "四川省商务厅、重庆市商务委员会", "每年12月"],
        ["4", "制度创新", "建立行政许可事项清单互认机制，首批互认事项不少于50项", "四川省政府政务服务和公共资源交易服务中心、重庆市大数据应用发展管理局", "2026年9月"],
        ["5", "跨境电商", "共建跨境电商线上综合服务平台", "四川省商务厅、重庆市商务委员会", "2026年12月"],
        ["6", "跨境电商", "支持企业在“一带一路”共建国家联合布局海外仓", "四川省商务厅、重庆市商务委员会", "2028年12月"],
        ["7", "综合保税区", "开展保税研发、保税维修跨区域联动监管试点", "成都海关、重庆海关", "2027年12月"],
        ["8", "外商投资", "建立重点外资项目跨区域服务专班", "四川省经济合作局、重庆市商务委员会", "2026年6月"],
        ["9", "外商投资", "建立外商投资企业投诉协调机制", "四川省商务厅、重庆市商务委员会", "2026年12月"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, "single", 4)
    widths = [12, 24, 60, 42, 22]
    set_col_widths(t, widths)
    for i, h in enumerate(headers):
        cell_text(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    # vertically merged 任务类别 cells: text only in the first row of each group
    groups = [(1, 2), (3, 4), (5, 6), (7, 7), (8, 9)]
    for r, vals in enumerate(rows, start=1):
        for c, v in enumerate(vals):
            if c == 1:
                continue
            al = WD_ALIGN_PARAGRAPH.LEFT if c in (2, 3) else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.rows[r].cells[c], v, FS, 12, align=al, line=20)
    for a, b in groups:
        cell_text(t.rows[a].cells[1], rows[a - 1][1], FS, 12, line=20)
        if b > a:
            t.rows[a].cells[1].merge(t.rows[b].cells[1])
    set_col_widths(t, widths)
    fa.extend(row_clause(headers, r) for r in rows)

    # ---- 版记 (belongs to the notice, printed at the very end)
    banqi(doc, "抄送：国家发展改革委，商务部，海关总署，推动成渝地区双城经济圈建设联合办公室。",
          "四川省人民政府办公厅", "2026年3月19日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    convert(path)

    issuer = ["四川省人民政府办公厅", "重庆市人民政府办公厅"]
    expected = [
        {
            "meta": {
                "title": "四川省人民政府办公厅 重庆市人民政府办公厅关于印发《川渝自由贸易试验区协同开放示范区建设实施方案》的通知",
                "doc_number": "川办发〔2026〕12号、渝府办发〔2026〕8号",
                "issuer": issuer,
                "date": "2026-03-18",
                "published": None,
                "level": "provincial",
                "region": "四川省、重庆市",
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "通知",
                "recipients": ["四川省各市（州）人民政府", "省直各部门", "重庆市各区县（自治县）人民政府",
                               "市政府有关部门", "川渝两地自贸试验区各片区管委会"],
                "publicity": "此件公开发布",
                "repeals": None,
            },
            "clauses": notice_clauses,
        },
        {
            "meta": {
                "title": "川渝自由贸易试验区协同开放示范区建设实施方案",
                "doc_number": None,
                "issuer": issuer,
                "date": "2026-03-18",
                "published": None,
                "level": "provincial",
                "region": "四川省、重庆市",
                "effective": "2026-03-18",
                "expires": "2028-12-31",
                "attachments": ["川渝自由贸易试验区协同开放示范区建设重点任务清单"],
                "doc_type": "方案",
                "recipients": [],
                "publicity": None,
                "repeals": None,
            },
            "clauses": fa,
        },
    ]
    return stem, expected


# ================================================================ FILE 2
def make_file2():
    stem = "blind662_chuanyu_shangwu_tongzhi"
    doc = Document()
    setup(doc)
    num = add_numbering(doc)

    # ---- joint 版头: 2-row table, 文件 in a vertically merged right cell
    empty(doc, line=20)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, "nil", 0)
    set_col_widths(t, [110, 40])
    cell_text(t.rows[0].cells[0], "四川省商务厅", XBS, 30, False, WD_ALIGN_PARAGRAPH.DISTRIBUTE, RED)
    cell_text(t.rows[1].cells[0], "重庆市商务委员会", XBS, 30, False, WD_ALIGN_PARAGRAPH.DISTRIBUTE, RED)
    cell_text(t.rows[0].cells[1], "文件", XBS, 40, False, WD_ALIGN_PARAGRAPH.LEFT, RED)
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    set_col_widths(t, [110, 40])
    empty(doc)
    # two 文号 on TWO lines
    para(doc, [("川商自贸〔2026〕5号", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, first_chars=None)
    p = para(doc, [("渝商务发〔2026〕21号", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, first_chars=None)
    border(p, "bottom", "E60012", 18, 6)
    empty(doc)

    para(doc, [("四川省商务厅　重庆市商务委员会", XBS, 22, False), "BR",
               ("关于印发《川渝跨境电商与中欧班列（成渝）", XBS, 22, False), "BR",
               ("联动发展若干措施》的通知", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_chars=None, line=33)
    empty(doc)
    para(doc, "各市（州）商务主管部门，中国（四川）自由贸易试验区各片区管委会；各区县（自治县）商务主管部门，两江新区经济运行局，中国（重庆）自由贸易试验区各片区管委会：",
         first_chars=None)
    notice = [
        "为深入落实《川渝自由贸易试验区协同开放示范区建设实施方案》（川办发〔2026〕12号），推动跨境电商与中欧班列（成渝）融合联动发展，四川省商务厅、重庆市商务委员会联合制定了《川渝跨境电商与中欧班列（成渝）联动发展若干措施》，现印发给你们，请结合实际抓好贯彻落实。",
        "各地商务主管部门要于每季度结束后10个工作日内，将工作推进情况和典型案例分别报送四川省商务厅、重庆市商务委员会。",
        "联系人：四川省商务厅自贸区建设处，王晓丽，028-83225716；重庆市商务委员会自贸试验区处，陈立新，023-62663512。",
    ]
    for n in notice:  # all indented with typed spaces
        para(doc, "　　" + n, first_chars=None)
    empty(doc)
    empty(doc)
    # 落款: both organs on one line, aligned with typed spaces
    para(doc, [("四川省商务厅　　　　　　　　重庆市商务委员会", FS, 16, False)],
         first_chars=None, left_chars=2)
    para(doc, [("2026年4月2日　　　　", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, first_chars=None)
    empty(doc)
    para(doc, "（此件主动公开）")

    # ================= the 措施, items with Word auto-numbering 一、二、…
    page_break(doc)
    para(doc, [("川渝跨境电商与中欧班列（成渝）", XBS, 22, False), "BR", ("联动发展若干措施", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_chars=None, line=33)
    empty(doc)
    cs = []
    intro = "为发挥中欧班列（成渝）通道优势，促进跨境电商与国际物流融合发展，助力川渝自由贸易试验区协同开放示范区建设，制定以下措施。"
    cs.append(intro)
    para(doc, intro)

    cn = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    counter = [0]

    def item(head, text):
        cs.append(cn[counter[0]] + "、" + head + text)
        counter[0] += 1
        p = doc.add_paragraph()
        fmt(p)
        numbered(p, num)
        set_font(p.add_run(head), HT, 16)
        set_font(p.add_run(text), FS, 16)
        return p

    def sub(text):
        cs.append(text)
        para(doc, text)

    item("共建跨境电商集货中心。", "支持成都国际铁路港、重庆团结村等中欧班列（成渝）集结中心建设跨境电商集货分拨中心，对年集货量超过5000标箱的运营主体给予一次性奖励。")
    item("开行跨境电商专列。", "鼓励平台企业、物流企业联合组织跨境电商出口专列，对开行班列按照实际开行列数给予运费补助，单列补助不超过10万元。")
    item("推广铁路运输跨境电商监管模式。", "会同成都海关、重庆海关推广“跨境电商+中欧班列”监管模式，实现跨境电商货物“一次申报、分批运输、集中查验”。")
    item("支持海外仓布局。", "对在中欧班列（成渝）沿线国家新建或租赁公共海外仓的企业，按实际投入给予支持，具体支持标准如下：")

    headers = ["支持事项", "支持标准", "申报主体", "责任单位"]
    rows = [
        ["新建公共海外仓", "按仓库建设投入的20%给予支持，最高不超过300万元", "在川渝注册的外贸企业", "四川省商务厅、重庆市商务委员会"],
        ["租赁公共海外仓", "按年租金的30%给予支持，连续支持不超过3年，每年最高不超过100万元", "同上", "四川省商务厅、重庆市商务委员会"],
        ["海外仓智能化改造", "按改造投入的15%给予支持，最高不超过50万元", "已认定的省级（市级）公共海外仓运营企业", "四川省商务厅、重庆市商务委员会"],
        ["海外仓纳入中欧班列（成渝）回程集货节点", "每个节点一次性奖励20万元", "公共海外仓运营企业", "四川省发展改革委、重庆市发展改革委"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, "single", 4)
    widths = [34, 56, 34, 36]
    set_col_widths(t, widths)
    for i, h in enumerate(headers):
        cell_text(t.rows[0].cells[i], h, HT, 12)
    for r, vals in enumerate(rows, start=1):
        for c, v in enumerate(vals):
            cell_text(t.rows[r].cells[c], v, FS, 12,
                      align=WD_ALIGN_PARAGRAPH.LEFT if c == 1 else WD_ALIGN_PARAGRAPH.CENTER, line=20)
    cs.extend(row_clause(headers, r) for r in rows)
    empty(doc, size=12, line=20)

    item("培育跨境电商经营主体。", "重点支持以下主体：")
    sub("（一）年跨境电商进出口额超过1亿元且通过中欧班列（成渝）运输货值占比不低于30%的龙头企业；")
    sub("（二）在川渝两地均设立运营主体的跨境电商平台企业；")
    sub("（三）为中小企业提供通关、物流、海外营销等一站式服务的跨境电商综合服务企业。")
    item("推动综合保税区跨境电商业务。", "支持成都高新综合保税区、重庆西永综合保税区等开展“1210”保税备货和“保税+跨境电商”业务，推动跨境电商退货中心仓模式落地。")
    item("加强金融保险服务。", "引导金融机构开发“班列贷”“跨境电商贷”等产品，支持保险机构开发中欧班列运输保险产品，对投保企业给予保费补贴。")
    item("强化数据共享。", "依托国际贸易“单一窗口”，推动川渝跨境电商、中欧班列物流数据互通共享，建设联动发展数据监测平台。")
    item("加强人才培养。", "支持川渝高校、职业院校与跨境电商企业共建实训基地，联合举办跨境电商和国际物流人才培训，每年培训从业人员不少于3000人次。")
    item("附则。", "本措施自2026年5月1日起施行，有效期至2029年4月30日。本措施由四川省商务厅、重庆市商务委员会按职责分工负责解释。")

    banqi(doc, "抄送：商务部，成都海关，重庆海关，中国铁路成都局集团有限公司。",
          "四川省商务厅办公室", "2026年4月3日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    convert(path)

    issuer = ["四川省商务厅", "重庆市商务委员会"]
    expected = [
        {
            "meta": {
                "title": "四川省商务厅 重庆市商务委员会关于印发《川渝跨境电商与中欧班列（成渝）联动发展若干措施》的通知",
                "doc_number": "川商自贸〔2026〕5号、渝商务发〔2026〕21号",
                "issuer": issuer,
                "date": "2026-04-02",
                "published": None,
                "level": "provincial",
                "region": "四川省、重庆市",
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "通知",
                "recipients": ["各市（州）商务主管部门", "中国（四川）自由贸易试验区各片区管委会",
                               "各区县（自治县）商务主管部门", "两江新区经济运行局",
                               "中国（重庆）自由贸易试验区各片区管委会"],
                "publicity": "此件主动公开",
                "repeals": None,
            },
            "clauses": notice,
        },
        {
            "meta": {
                "title": "川渝跨境电商与中欧班列（成渝）联动发展若干措施",
                "doc_number": None,
                "issuer": issuer,
                "date": "2026-04-02",
                "published": None,
                "level": "provincial",
                "region": "四川省、重庆市",
                "effective": "2026-05-01",
                "expires": "2029-04-30",
                "attachments": [],
                "doc_type": "措施",
                "recipients": [],
                "publicity": None,
                "repeals": None,
            },
            "clauses": cs,
        },
    ]
    return stem, expected


def main():
    out = {}
    for fn in (make_file1, make_file2):
        stem, exp = fn()
        out[stem] = exp
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
