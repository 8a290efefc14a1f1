# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 223: the most ordinary documents of 华东 offices (山东, 江苏, 安徽, 上海).

Four Word files (python-docx), each printed to PDF by LibreOffice, written next to itself:
  blind223_shandong_fangan.docx / .pdf   山东省人民政府 关于印发…提升行动方案（2024—2026年）的通知
      (鲁政发〔2024〕6号); the 方案 follows the notice on a NEW PAGE with its own title and NO 附件 line.
  blind223_lianyungang_hanfu.docx / .pdf 连云港市商务局 复函 to 连云区人民政府 (连商务函〔2024〕47号),
      信函格式, 收悉 paragraph + 一、…七、 answers, 特此函复, 联系人 line.
  blind223_anhui_shenbao.docx / .pdf     安徽省商务厅 安徽省财政厅 joint 通知 (皖商财〔2024〕21号) with
      附件1 申报材料清单 and 附件2 申报汇总表 (填报单位 line, blank rows, 合计 row, 注).
  blind223_fengxian_yijian.docx / .pdf   上海市奉贤区人民政府办公室 实施意见 (奉府办发〔2024〕11号),
      一、（一）1.（1） four levels, one paragraph with Shift+Enter line breaks between its sub-items.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind223.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
FS2 = "仿宋"
HT = "黑体"
KT = "楷体_GB2312"
KT2 = "楷体"
ST = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
SAN = 16   # 三号
ER = 22    # 二号
SI = 14    # 四号
XS = 12    # 小四
WU = 10.5  # 五号
LINE = Pt(28.95)
J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT


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


def runin(doc, head, body, head_font=KT, body_font=FS, bold=False, line=LINE):
    p = P(doc, line=line)
    fnt(p.add_run(head), head_font, SAN, bold)
    fnt(p.add_run(body), body_font, SAN)
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


def grid(section, pitch="579"):
    sp = section._sectPr
    g = sp.find(qn("w:docGrid"))
    if g is None:
        g = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        sp.append(g)
    g.set(qn("w:type"), "lines")
    g.set(qn("w:linePitch"), pitch)


def new_doc(odd_even=True, first_page_blank_footer=False, centered_numbers=False, east=FS):
    doc = Document()
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(28)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), east)
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
    if first_page_blank_footer:
        s.different_first_page_header_footer = True
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


def title(doc, lines, soft=True, blank_after=True):
    if soft:
        p = P(doc, "", XBZ, ER, C, 0, line=Pt(35))
        for i, t in enumerate(lines):
            r = fnt(p.add_run(t), XBZ, ER)
            if i < len(lines) - 1:
                r.add_break()
    else:
        for t in lines:
            P(doc, t, XBZ, ER, C, 0, line=Pt(35))
    if blank_after:
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


def signoff(doc, organ, date, right_chars=4, blank=3, public="（此件公开发布）", east=FS):
    for _ in range(blank):
        P(doc, indent=0)
    p = P(doc, organ, east, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * right_chars)
    p.paragraph_format.keep_with_next = True
    p = P(doc, date, east, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * (right_chars + 1))
    if public:
        P(doc, indent=0)
        P(doc, public, east, SAN, L, 2)


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


def all_borders(tbl):
    tblPr = tbl._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
        '<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>' % nsdecls("w")))


def cell_text(cell, text, east=FS, size=SI, align=C, bold=False, color=None, line=None):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = None
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = line if line else 1.0
    if text:
        fnt(p.add_run(text), east, size, bold, color)
    return p


def col_widths(tbl, widths_mm):
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


def row_height(row, mm):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="atLeast"/>' % (nsdecls("w"), int(mm * 56.7))))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


# ================================================================ (a) 山东省人民政府 印发 行动方案
SD_NUM = "鲁政发〔2024〕6号"
SD_FANGAN = "中国（山东）自由贸易试验区提升行动方案（2024—2026年）"
SD_TITLE = "山东省人民政府关于印发中国（山东）自由贸易试验区提升行动方案（2024—2026年）的通知"
SD_TITLE_LINES = ["山东省人民政府", "关于印发中国（山东）自由贸易试验区提升", "行动方案（2024—2026年）的通知"]
SD_MAIN_TO = "各市人民政府，省政府各部门、各直属机构，各大企业，各高等院校："
SD_NOTICE = "现将《中国（山东）自由贸易试验区提升行动方案（2024—2026年）》印发给你们，请结合实际认真组织实施。"
SD_FA_TITLE_LINES = ["中国（山东）自由贸易试验区提升行动方案", "（2024—2026年）"]
SD_FA_INTRO = "为深入实施自由贸易试验区提升战略，推动中国（山东）自由贸易试验区（以下简称山东自贸试验区）在更高起点上深化改革、扩大开放，更好服务和融入共建“一带一路”，结合我省实际，制定本方案。"
SD_GOAL_HEAD = "一、主要目标"
SD_GOAL = "到2026年，山东自贸试验区累计形成制度创新成果不少于300项，其中在全国复制推广的不少于15项；济南、青岛、烟台三个片区实际使用外资年均增长5%以上，进出口总额占全省比重提高到12%左右，建成一批具有国际竞争力的开放型产业集群。"
SD_SECTIONS = [
    ("二、对接国际高标准经贸规则", [
        ("（一）开展规则压力测试。", "在青岛片区率先对接《区域全面经济伙伴关系协定》（RCEP）和《全面与进步跨太平洋伙伴关系协定》（CPTPP）有关原产地、海关程序、服务贸易规则，2024年底前形成首批压力测试清单，每年滚动更新。"),
        ("（二）深化服务业扩大开放。", "支持济南片区在医疗、教育、数字服务等领域引进外资项目，探索外籍医师在片区内医疗机构执业备案制；对新引进的外资研发中心，按规定落实进口科研用品免税政策。"),
        ("（三）推进数据跨境流动便利化。", "支持济南片区、青岛片区编制数据出境负面清单，在跨境电商、国际航运、医药研发等领域开展数据跨境流动试点，2025年6月底前建成数据跨境服务中心。"),
    ]),
    ("三、提升贸易投资自由化便利化水平", [
        ("（一）优化通关监管模式。", "在青岛前湾综合保税区、烟台综合保税区推广“直通港区”“直装直提”模式，进口、出口整体通关时间分别压缩至30小时、1小时以内。"),
        ("（二）发展保税维修和再制造。", "支持济南综合保税区、青岛胶州湾综合保税区开展航空器材、工程机械、数控机床等产品保税维修业务；在烟台片区开展高端装备再制造试点，对年维修产值超过1亿元的企业给予一次性奖励100万元。"),
        ("（三）促进投资便利化。", "全面实施外商投资准入前国民待遇加负面清单管理制度，在三个片区推行外资企业设立登记“一窗通办”，外资项目备案办理时间不超过2个工作日。"),
    ]),
    ("四、服务共建“一带一路”和区域协同发展", [
        ("（一）提升欧亚班列运营能力。", "支持济南国际陆港、青岛胶州上合多式联运中心、临沂商贸物流园区建设“齐鲁号”欧亚班列集结中心，2026年开行量稳定在3000列以上，开通至中亚、东南亚的班列线路不少于60条。"),
        ("（二）建设中国—上合组织地方经贸合作示范区。", "推动青岛片区与中国—上合组织地方经贸合作示范区（胶州市）协同创新，复制推广自贸试验区改革试点经验，打造面向上合组织国家的国际物流、现代贸易、双向投资合作和商旅文交流中心。"),
        ("（三）深化中日韩地方经贸合作。", "支持烟台片区建设中韩（烟台）产业园，支持威海综合保税区发展对韩跨境电商和冷链物流，推动日照港、烟台港开通至日本、韩国港口的新航线。"),
        ("（四）推动联动创新区建设。", "在淄博、潍坊、临沂、日照等市各选取1个具备条件的开发区或综合保税区设立自贸试验区联动创新区，享受与片区同等的改革试点授权。"),
    ]),
    ("五、保障措施", [
        ("（一）加强组织领导。", "省自贸试验区工作领导小组统筹推进本方案实施，省商务厅负责日常协调，每年12月底前对各片区提升行动进展开展评估。"),
        ("（二）强化要素保障。", "省级每年安排专项资金支持片区制度创新和平台建设，对在全国复制推广的制度创新成果，每项给予所在片区奖励200万元。"),
        ("（三）明确实施期限。", "本方案自2024年5月1日起施行，有效期至2026年12月31日。"),
    ]),
]
SD_CHAOSONG = "省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，山东省军区。各民主党派省委，省工商联。"
SD_PRINTER = "山东省人民政府办公厅"
SD_PRINTDATE = "2024年4月20日"


def build_shandong():
    doc = new_doc(odd_even=True)
    banhead(doc, "山东省人民政府文件", 48, width_scale=90)
    docnum_rule(doc, SD_NUM)
    title(doc, SD_TITLE_LINES, soft=False)          # three centred paragraphs
    P(doc, SD_MAIN_TO, indent=0)
    P(doc, SD_NOTICE)
    signoff(doc, "山东省人民政府", "2024年4月18日", right_chars=4, blank=3)
    # the 方案 on a new page, with its own title and no 附件 label
    title(doc, SD_FA_TITLE_LINES, soft=False)
    tp = doc.paragraphs[-1 - len(SD_FA_TITLE_LINES)]
    tp.paragraph_format.page_break_before = True    # 段前分页 on the 方案 title
    P(doc, SD_FA_INTRO)
    P(doc, SD_GOAL_HEAD, HT)
    P(doc, SD_GOAL)
    for head, items in SD_SECTIONS:
        P(doc, head, HT)
        for h, t in items:
            runin(doc, h, t, KT)
    banji(doc, SD_CHAOSONG, SD_PRINTER, SD_PRINTDATE, blank=4)
    out = os.path.join(HERE, "blind223_shandong_fangan.docx")
    doc.save(out)
    return out


# ================================================================ (b) 连云港市商务局 复函
LY_NUM = "连商务函〔2024〕47号"
LY_TITLE = "连云港市商务局关于连云区在自贸试验区连云港片区开展跨境电商保税进口业务有关问题的复函"
LY_TITLE_LINES = ["连云港市商务局关于连云区在自贸试验区", "连云港片区开展跨境电商保税进口业务", "有关问题的复函"]
LY_MAIN_TO = "连云区人民政府："
LY_OPEN = "你区《关于商请明确跨境电商保税进口业务有关政策问题的函》（连区政函〔2024〕19号）收悉。经商连云港海关、市财政局和中国（江苏）自由贸易试验区连云港片区管委会，现将有关问题函复如下："
LY_ITEMS = [
    ("一、关于业务开展区域问题。", "根据海关总署有关规定，跨境电商网购保税进口（“1210”）业务须在综合保税区等海关特殊监管区域或保税物流中心（B型）内开展。目前我市具备开展条件的区域为连云港综合保税区；你区可依托连云港片区内的连云港港口岸和上合组织（连云港）国际物流园设立跨境电商前置仓，与连云港综合保税区实行“区港联动”。"),
    ("二、关于市级跨境电商产业园认定问题。", "你区拟在中哈（连云港）物流合作基地周边建设的跨境电商产业园，入驻跨境电商企业达到20家、年交易额达到5亿元后，可按《连云港市跨境电子商务产业园认定管理办法》申报市级跨境电商产业园，认定后一次性给予运营主体奖励50万元。"),
    ("三、关于物流补贴政策适用问题。", "你区企业经连云港港开展跨境电商出口业务的，可同等享受市级跨境电商物流补贴，按实际发生海运费的20%给予补贴，单个企业年度最高不超过100万元。补贴资金由市、区两级财政按6∶4比例分担。"),
    ("四、关于海外仓支持问题。", "你区企业在哈萨克斯坦、乌兹别克斯坦等共建“一带一路”国家新建或租用面积3000平方米以上的海外仓，经市商务局认定后，按不超过实际投入的30%给予一次性补助，最高200万元。"),
    ("五、关于人才培训问题。", "我局将于2024年下半年在你区举办跨境电商专题培训班，并邀请赣榆区海头镇电商直播基地和东海县水晶跨境电商产业园介绍经验。"),
    ("六、关于统计口径问题。", "你区跨境电商进出口数据以连云港海关统计数据为准；经连云港综合保税区申报的“1210”业务，按企业注册地归属统计。"),
    ("七、关于工作对接问题。", "请你区明确专人负责跨境电商业务对接，于每月5日前将上月业务开展情况报送我局对外贸易科。"),
]
LY_CLOSE = "特此函复。"
LY_CONTACT = "（联系人：刘晓东，联系电话：0518-85821357）"
LY_CHAOSONG = "市政府办公室，市财政局，连云港海关，中国（江苏）自由贸易试验区连云港片区管委会。"


def build_lianyungang():
    # 信函格式: red organ name, no 文件, red double rule, 文号 right under the rule; no number on page 1
    doc = new_doc(odd_even=False, first_page_blank_footer=True, centered_numbers=True, east=FS2)
    P(doc, indent=0)
    p = P(doc, "", XBZ, 36, C, 0, line=Pt(44))
    fnt(p.add_run("连云港市商务局"), XBZ, 36, color=RED)
    r = P(doc, indent=0, line=Pt(8))
    pborder(r, "bottom", 24, "FF0000", 1, val="thickThinSmallGap")
    p = P(doc, LY_NUM, FS2, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN)
    P(doc, indent=0)
    # title: one paragraph with two soft breaks
    title(doc, LY_TITLE_LINES, soft=True)
    P(doc, LY_MAIN_TO, FS2, indent=0)
    P(doc, LY_OPEN, FS2)
    for h, t in LY_ITEMS:
        runin(doc, h, t, HT, FS2)
    P(doc, LY_CLOSE, FS2)
    signoff(doc, "连云港市商务局", "2024年6月21日", right_chars=4, blank=2, public=None, east=FS2)
    P(doc, LY_CONTACT, FS2, indent=2)
    P(doc, "（此件依申请公开）", FS2, indent=2)
    banji(doc, LY_CHAOSONG, "连云港市商务局办公室", "2024年6月21日", blank=6)
    out = os.path.join(HERE, "blind223_lianyungang_hanfu.docx")
    doc.save(out)
    return out


# ================================================================ (c) 安徽省商务厅 安徽省财政厅 joint 申报通知
AH_NUM = "皖商财〔2024〕21号"
AH_TITLE = "安徽省商务厅　安徽省财政厅关于组织申报2024年度省级外贸发展专项资金项目的通知"
AH_TITLE_LINES = ["安徽省商务厅　安徽省财政厅关于组织申报", "2024年度省级外贸发展专项资金项目的通知"]
AH_MAIN_TO = "各市商务局、财政局，广德市、宿松县商务局、财政局："
AH_INTRO = "为贯彻落实省委、省政府关于推动外贸稳规模优结构的部署要求，根据《安徽省省级外贸发展专项资金管理办法》（皖财企〔2023〕512号），现就组织申报2024年度省级外贸发展专项资金项目有关事项通知如下。"
AH_ATT1 = "2024年度省级外贸发展专项资金项目申报材料清单"
AH_ATT2 = "2024年度省级外贸发展专项资金项目申报汇总表"
AH_SECTIONS = [
    ("一、支持方向", "runin", [
        ("（一）自贸试验区制度创新。", "支持合肥片区、芜湖片区、蚌埠片区开展贸易投资便利化制度创新，对形成省级以上复制推广案例的项目，每项给予不超过100万元支持。"),
        ("（二）综合保税区高质量发展。", "支持合肥综合保税区、合肥经济技术开发区综合保税区、芜湖综合保税区、马鞍山综合保税区、安庆综合保税区发展保税研发、保税维修、跨境电商等新业态，按项目设备投资额的10%给予支持，单个项目不超过200万元。"),
        ("（三）国际物流通道建设。", "支持中欧班列（合肥）集结中心和芜湖港、安庆港江海联运航线建设，对2023年以来新开通并稳定运营的国际班列线路和江海联运航线，按实际运营量给予支持。"),
        ("（四）跨境电商和海外仓。", "支持合肥、芜湖、安庆、马鞍山、宣城、蚌埠、阜阳、黄山等跨境电子商务综合试验区建设公共服务平台；对企业在共建“一带一路”国家建设的公共海外仓，按实际投资额的20%给予支持，最高不超过300万元。"),
        ("（五）国家外贸转型升级基地。", "支持滁州、宿州、六安等市的国家外贸转型升级基地建设公共检测、研发设计等服务平台，每个平台支持金额不超过150万元。"),
    ]),
    ("二、申报条件", "plain", [
        ("1．", "申报单位应为在我省依法注册、具有独立法人资格的企业或事业单位，2023年以来无重大违法违规记录。"),
        ("2．", "申报项目应于2023年1月1日至2024年6月30日期间实施完成或取得阶段性成果，已获得其他省级财政资金支持的项目不得重复申报。"),
        ("3．", "同一单位同一年度申报项目不超过2个。"),
    ]),
    ("三、申报程序", "runin", [
        ("（一）单位申报。", "申报单位通过“安徽省商务专项资金管理系统”在线填报，并将纸质材料一式两份报送所在地市商务局、财政局。"),
        ("（二）市级审核。", "各市商务局会同财政局对申报材料进行审核，于2024年7月20日前将审核意见及申报汇总表（附件2，加盖公章）报送省商务厅、省财政厅。自贸试验区片区内的项目，由所在片区管委会初审后报所在市。"),
        ("（三）省级评审。", "省商务厅会同省财政厅委托第三方机构开展评审，评审结果在省商务厅网站公示5个工作日。"),
    ]),
    ("四、工作要求", "runin", [
        ("（一）严格审核把关。", "各市要对申报材料的真实性、合规性负责。对弄虚作假、骗取专项资金的，依法依规追究责任，3年内不得申报省级商务发展专项资金。"),
        ("（二）联系方式。", "省商务厅对外贸易处，联系人：陈静，电话：0551-62999716；省财政厅经济建设处，联系人：刘洋，电话：0551-68150523。"),
    ]),
]
AH_LIST = [
    "1．项目申报书（含项目基本情况、实施内容、资金使用计划）；",
    "2．企业营业执照或事业单位法人证书复印件；",
    "3．项目投资、支出相关合同、发票及付款凭证复印件；",
    "4．2023年度财务审计报告；",
    "5．申报单位对申报材料真实性负责的承诺书；",
    "6．自贸试验区片区、综合保税区内的项目，须附所在片区管委会或综合保税区管理机构出具的初审意见。",
]
AH_FORM_HEADER = ["序号", "申报单位", "项目名称", "所在地（市、片区或园区）", "支持方向", "申请资金（万元）"]
AH_NOTES = [
    "注：1．支持方向按通知第一条（一）至（五）所列类别填写。",
    "2．项目位于自贸试验区片区或综合保税区的，请注明片区或综合保税区名称。",
    "3．本表须经市商务局、财政局共同盖章。",
]
AH_CHAOSONG = "商务部外贸司，财政部安徽监管局，省政府办公厅，合肥海关。"


def build_anhui():
    doc = new_doc(centered_numbers=True)
    # joint 版头: 1×2 borderless table, both organ names in the left cell, 文件 on the right
    tbl = doc.add_table(rows=1, cols=2)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(tbl)
    col_widths(tbl, [116, 40])
    left = tbl.cell(0, 0)
    cell_text(left, "安徽省商务厅", XBZ, 36, WD_ALIGN_PARAGRAPH.DISTRIBUTE, color=RED, line=Pt(46))
    p2 = left.add_paragraph()
    p2.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    p2.paragraph_format.line_spacing = Pt(46)
    fnt(p2.add_run("安徽省财政厅"), XBZ, 36, color=RED)
    right = tbl.cell(0, 1)
    cell_text(right, "文件", XBZ, 48, C, color=RED, line=Pt(56))
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    docnum_rule(doc, AH_NUM, blank_before=1)
    title(doc, AH_TITLE_LINES, soft=False)          # two paragraphs
    P(doc, AH_MAIN_TO, indent=0)
    P(doc, AH_INTRO)
    for head, mode, items in AH_SECTIONS:
        P(doc, head, HT)
        for h, t in items:
            if mode == "runin":
                runin(doc, h, t, KT, bold=True)
            else:
                P(doc, h + t)
    attach_note(doc, [AH_ATT1, AH_ATT2])
    for _ in range(3):
        P(doc, indent=0)
    p = P(doc, "安徽省商务厅　　　　　　　安徽省财政厅", FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * 2)
    p = P(doc, "2024年6月28日", FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * 4)
    P(doc, indent=0)
    P(doc, "（此件公开发布）", FS, SAN, L, 2)
    # 附件1
    page_break(doc)
    P(doc, "附件1", HT, SAN, L, 0)
    P(doc, indent=0)
    P(doc, AH_ATT1, XBZ, ER, C, 0, line=Pt(35))
    P(doc, indent=0)
    for t in AH_LIST:
        P(doc, t)
    # 附件2 — a form, in its own section (new page)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    P(doc, "附件2", HT, SAN, L, 0)
    P(doc, AH_ATT2, XBZ, 20, C, 0, line=Pt(35), after=6)
    p = P(doc, "填报单位（盖章）：　　　　　　　　填报日期：　　年　　月　　日", FS, SI, L, 0, line=Pt(26))
    t = doc.add_table(rows=1 + 8 + 1, cols=6)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    all_borders(t)
    col_widths(t, [12, 30, 36, 32, 22, 24])
    for i, h in enumerate(AH_FORM_HEADER):
        cell_text(t.cell(0, i), h, HT, XS)
    repeat_header(t.rows[0])
    for r in range(1, 9):
        row_height(t.rows[r], 10)
        for i in range(6):
            cell_text(t.cell(r, i), "", FS, XS)
    last = t.rows[9]
    row_height(last, 10)
    m = t.cell(9, 0).merge(t.cell(9, 4))
    cell_text(m, "合　　计", HT, XS)
    cell_text(t.cell(9, 5), "", FS, XS)
    P(doc, "填报人：　　　　　　　　联系电话：　　　　　　　　　", FS, SI, L, 0, line=Pt(26), before=6)
    for i, n in enumerate(AH_NOTES):
        p = P(doc, n, FS, XS, L, 0, line=Pt(22))
        if i > 0:
            p.paragraph_format.left_indent = Pt(XS * 3)
    page_break(doc)
    banji(doc, AH_CHAOSONG, "安徽省商务厅办公室", "2024年6月28日", blank=18)
    out = os.path.join(HERE, "blind223_anhui_shenbao.docx")
    doc.save(out)
    return out


# ================================================================ (d) 上海市奉贤区人民政府办公室 实施意见
FX_NUM = "奉府办发〔2024〕11号"
FX_TITLE = "上海市奉贤区人民政府办公室关于加快融入临港新片区建设推动跨境贸易投资高水平开放的实施意见"
FX_TITLE_LINES = ["上海市奉贤区人民政府办公室关于加快融入", "临港新片区建设推动跨境贸易投资", "高水平开放的实施意见"]
FX_MAIN_TO = "各镇人民政府、街道办事处，区政府各委、办、局，各开发区（园区）管委会："
FX_INTRO = "为深入贯彻落实《中国（上海）自由贸易试验区临港新片区总体方案》和本市关于推进高水平制度型开放的部署要求，发挥我区作为临港新片区重要组成部分的区位优势，加快推动跨境贸易投资高水平开放，经区政府同意，提出如下实施意见。"
FX_GOAL = "以服务临港新片区建设为牵引，以临港新片区奉贤园区、上海市工业综合开发区、奉贤经济开发区为主要载体，到2026年，全区货物贸易进出口总额突破1500亿元，实际使用外资累计达到20亿美元，新增跨国公司地区总部和外资研发中心不少于10家。"
# 二、重点任务: (（一）heading, [ (1. head, text, [subitems], soft) ])
FX_TASKS = [
    ("（一）提升跨境贸易便利化水平", [
        ("1.深化“区港联动”。", "推动临港新片区奉贤园区与洋山特殊综合保税区建立货物分类监管协作机制，对园区企业经洋山港进出口的货物实行“一次申报、一次查验、一次放行”。", [], False),
        ("2.发展跨境电商新业态。", "支持在奉贤经济开发区建设跨境电商产业园，对年跨境电商进出口额首次突破1亿元的企业给予一次性奖励：", [
            "（1）年进出口额1亿元至5亿元（含）的，奖励50万元；",
            "（2）年进出口额5亿元以上的，奖励100万元。",
        ], False),
        ("3.支持“东方美谷”企业开拓国际市场。", "对东方美谷化妆品企业在共建“一带一路”国家和地区注册商标、申请产品认证的，按实际费用的50%给予补贴，每家企业每年最高30万元。", [], False),
    ]),
    ("（二）扩大高水平投资开放", [
        ("1.加大外资招引力度。", "对在临港新片区奉贤园区新设立的外资企业，实际到资金额达到1000万美元以上的，按实际到资金额的1%给予奖励，最高不超过500万元。", [], False),
        ("2.支持外资总部和研发中心落户。", "经认定的跨国公司地区总部、外资研发中心，按以下标准给予支持：", [
            "（1）新认定的跨国公司地区总部，给予一次性开办资助300万元；",
            "（2）新认定的外资研发中心，给予一次性开办资助100万元；",
            "（3）在南桥新城租用自用办公用房的，3年内按租金的30%给予补贴。",
        ], True),   # typed in ONE paragraph with Shift+Enter line breaks
        ("3.推进跨境投融资便利化。", "支持区内企业在临港新片区开展跨境资金池、外债便利化额度试点，支持符合条件的企业申请合格境外有限合伙人（QFLP）试点。", [], False),
    ]),
    ("（三）打造开放型产业平台", [
        ("1.建设国际合作产业园。", "在临港新片区奉贤园区四团镇区域规划建设国际合作产业园，重点引进生物医药、智能网联汽车等领域的外资项目，2025年底前完成首期3平方公里基础设施建设。", [], False),
        ("2.推动化工品保税物流发展。", "支持上海化学工业区奉贤分区（海湾镇）开展化工品保税仓储、分拨业务，争取海关在园区设立监管作业场所。", [], False),
        ("3.提升开发区开放能级。", "支持上海市工业综合开发区、奉贤经济开发区申报国家级经济技术开发区，对新认定的市级以上外资研发平台给予最高200万元支持。", [], False),
    ]),
]
FX_GUARANTEE = [
    ("（一）加强统筹协调。", "区商务委牵头建立跨部门协调推进机制，会同区发展改革委、区财政局等部门每半年对本意见落实情况开展评估。"),
    ("（二）落实资金保障。", "本意见所需资金从区产业发展专项资金中列支。同一项目符合本区多项扶持政策的，按照“就高不重复”原则执行。"),
    ("（三）明确实施期限。", "本意见自2024年6月1日起施行，有效期至2027年5月31日。"),
]
FX_CHAOSONG = "区委各部门，区人大常委会办公室，区政协办公室，区纪委监委，区法院，区检察院。"


def build_fengxian():
    doc = new_doc(odd_even=True, east=FS2)
    banhead(doc, "上海市奉贤区人民政府办公室文件", 36, width_scale=75)
    docnum_rule(doc, FX_NUM)
    title(doc, FX_TITLE_LINES, soft=True)
    P(doc, FX_MAIN_TO, FS2, indent=0)
    P(doc, FX_INTRO, FS2)
    P(doc, "一、总体要求", HT)
    P(doc, FX_GOAL, FS2)
    P(doc, "二、重点任务", HT)
    for h2, items in FX_TASKS:
        P(doc, h2, KT2, bold=True)
        for h3, t3, subs, soft in items:
            if soft:
                p = runin(doc, h3, t3, FS2, FS2)
                for s in subs:
                    last = p.runs[-1]
                    last.add_break()
                    fnt(p.add_run(s), FS2, SAN)
            else:
                runin(doc, h3, t3, FS2, FS2)
                for s in subs:
                    P(doc, s, FS2)
    P(doc, "三、保障措施", HT)
    for h, t in FX_GUARANTEE:
        runin(doc, h, t, KT2, FS2, bold=True)
    signoff(doc, "上海市奉贤区人民政府办公室", "2024年5月10日", right_chars=2, blank=3, east=FS2)
    banji(doc, FX_CHAOSONG, "上海市奉贤区人民政府办公室", "2024年5月13日", blank=3)
    out = os.path.join(HERE, "blind223_fengxian_yijian.docx")
    doc.save(out)
    return out


# ================================================================ PDF
def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_223", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ expected.json
def expected():
    out = {}
    # ---- (a) 山东
    sd_cl = [SD_NOTICE, SD_FA_INTRO, SD_GOAL] + [h + t for _, items in SD_SECTIONS for h, t in items]
    out["blind223_shandong_fangan"] = [{
        "meta": {
            "title": SD_TITLE, "doc_number": SD_NUM, "issuer": ["山东省人民政府"],
            "date": "2024-04-18", "published": "2024-04-20", "level": "provincial", "region": "山东省",
            "effective": "2024-05-01", "expires": "2026-12-31", "attachments": [SD_FANGAN],
            "doc_type": "通知（印发行动方案）",
            "recipients": ["各市人民政府", "省政府各部门、各直属机构", "各大企业", "各高等院校"],
            "publicity": "此件公开发布",
        },
        "clauses": sd_cl,
        "applies_to": {
            "default": "山东省（中国（山东）自由贸易试验区）",
            "specific": {
                "方案 二、（一）": "青岛片区",
                "方案 二、（二）": "济南片区",
                "方案 二、（三）": "济南片区、青岛片区",
                "方案 三、（一）": "青岛前湾综合保税区、烟台综合保税区",
                "方案 三、（二）": "济南综合保税区、青岛胶州湾综合保税区；烟台片区（再制造试点）",
                "方案 三、（三）": "济南、青岛、烟台三个片区",
                "方案 四、（一）": "济南国际陆港（济南市）、青岛胶州上合多式联运中心（胶州市）、临沂商贸物流园区（临沂市）",
                "方案 四、（二）": "青岛片区；中国—上合组织地方经贸合作示范区（青岛市胶州市）",
                "方案 四、（三）": "烟台片区（中韩（烟台）产业园）、威海综合保税区、日照港、烟台港",
                "方案 四、（四）": "淄博市、潍坊市、临沂市、日照市",
            },
            "note": "中亚、东南亚 / 上合组织国家 / 日本、韩国 (四、（一）（二）（三）) are destinations or partners, not places of application. 一、主要目标 names the three 片区 济南、青岛、烟台 (济南/青岛/烟台 片区 tags there are right).",
        },
        "_note": (
            "ONE document: the 印发通知 (1 clause) and the 方案 that follows it on a new page (no 附件 label, no 附件说明 line) — the 方案's clauses belong to this document (a reader may split the 方案 into a second document with the same 文号/issuer/dates/effective: tolerable, low; but then the notice keeps its 1 clause and the 方案's title must not become the notice's title). "
            "Furniture: red 版头 山东省人民政府文件; 文号 鲁政发〔2024〕6号 + red rule; notice title typed as THREE centred paragraphs (山东省人民政府 / 关于印发中国（山东）自由贸易试验区提升 / 行动方案（2024—2026年）的通知 — the second break splits 提升|行动方案) joined with no space, title without 书名号 (as 山东 prints them); 主送 (4 groups); 落款 山东省人民政府 / 2024年4月18日; （此件公开发布）; "
            "on the new page the 方案 title in two centred paragraphs (中国（山东）自由贸易试验区提升行动方案 / （2024—2026年）) — a heading, not a clause; 版记 (抄送… / 山东省人民政府办公厅 2024年4月20日印发) after the 方案's last item. Footer “— N —” odd right / even left. "
            "方案: intro paragraph; 一、主要目标 heading + one paragraph (clause); 二、…五、 黑体 headings with run-in 楷体 （一）…（四） items (heading + text = one clause; （一） restarts under each 一、). "
            "attachments: no 附件说明 is printed; the 方案 is the document being 印发 — listing its title is what the analyst reads, [] is tolerable (low). "
            "date = 2024-04-18 (落款), published = 2024-04-20 (版记 印发). effective 2024-05-01, expires 2026-12-31 (方案 五、（三））. 2024年底 / 2025年6月底 / 2026年 are targets, not document dates."
        ),
        "_pdf": {"note": "The notice (版头, 文号, title, 主送, 1 sentence, 落款, （此件公开发布）) is page 1 alone; the 方案 starts at the top of page 2 with its own two-line title and no 附件 label; 版记 after the last item at the end. Footer “— N —” alternating. Same expected meta and clauses."},
    }]
    # ---- (b) 连云港
    out["blind223_lianyungang_hanfu"] = [{
        "meta": {
            "title": LY_TITLE, "doc_number": LY_NUM, "issuer": ["连云港市商务局"],
            "date": "2024-06-21", "published": "2024-06-21", "level": "municipal", "region": "江苏省连云港市",
            "effective": None, "expires": None, "attachments": [], "doc_type": "复函",
            "recipients": ["连云区人民政府"], "publicity": "此件依申请公开",
            "replies_to": "关于商请明确跨境电商保税进口业务有关政策问题的函（连区政函〔2024〕19号）",
        },
        "clauses": [LY_OPEN] + [h + t for h, t in LY_ITEMS],
        "applies_to": {
            "default": "江苏省连云港市连云区（中国（江苏）自由贸易试验区连云港片区）",
            "specific": {
                "一、": "连云港综合保税区（连云港经济技术开发区）；连云港片区（连云港港口岸、上合组织（连云港）国际物流园，连云区）",
                "二、": "中哈（连云港）物流合作基地（连云区）",
                "三、": "连云区（经连云港港）",
                "五、": "连云区 (training held there); 赣榆区海头镇、东海县 are invited to share experience",
                "六、": "连云港综合保税区 / 连云区",
            },
            "note": "哈萨克斯坦、乌兹别克斯坦 (四、) are where the 海外仓 are, not places of application; the measure is 连云区's. A 复函 from a 市 bureau answers one 区: default 连云区 (连云港市 alone too broad, low).",
        },
        "_note": (
            "信函格式: red organ name 连云港市商务局 (no 文件), red thick-thin double rule, 文号 连商务函〔2024〕47号 right-aligned UNDER the rule; no page number on page 1 (different first page), centred “— N —” afterwards. "
            "Title one paragraph with two soft line breaks (…关于连云区在自贸试验区 / 连云港片区开展跨境电商保税进口业务 / 有关问题的复函) — joined with no space. 主送 连云区人民政府. "
            "Clauses: the 收悉 paragraph (连区政函〔2024〕19号 is the incoming letter's number, not this document's) and 一、…七、 answers, each a run-in 黑体 heading “一、关于…问题。” + text in ONE paragraph (= one clause). "
            "特此函复。 is the closing formula (furniture; as a clause low). 落款 连云港市商务局 / 2024年6月21日; then the 附注 lines （联系人：刘晓东，联系电话：0518-85821357） and （此件依申请公开） — furniture, not clauses; 版记 抄送… / 连云港市商务局办公室 2024年6月21日印发. "
            "No effective/expires (a 复函 has none; effective = 2024-06-21 tolerable low). 2024年下半年, 每月5日 are not document dates."
        ),
        "_pdf": {"note": "2 pages. Page 1 has no page number; page 2 centred “— 2 —”. The answers run onto page 2, followed by 特此函复。, the 落款, the 联系人 and 公开 lines and the 版记 at the foot. Same expected meta and clauses."},
    }]
    # ---- (c) 安徽
    ah_cl = [AH_INTRO]
    for _, _, items in AH_SECTIONS:
        ah_cl += [h + t for h, t in items]
    ah_cl += AH_LIST + AH_NOTES
    out["blind223_anhui_shenbao"] = [{
        "meta": {
            "title": AH_TITLE, "doc_number": AH_NUM, "issuer": ["安徽省商务厅", "安徽省财政厅"],
            "date": "2024-06-28", "published": "2024-06-28", "level": "provincial", "region": "安徽省",
            "effective": None, "expires": None, "attachments": [AH_ATT1, AH_ATT2], "doc_type": "通知（组织申报）",
            "recipients": ["各市商务局、财政局", "广德市、宿松县商务局、财政局"], "publicity": "此件公开发布",
        },
        "clauses": ah_cl,
        "applies_to": {
            "default": "安徽省",
            "specific": {
                "一、（一）": "合肥片区、芜湖片区、蚌埠片区（中国（安徽）自由贸易试验区）",
                "一、（二）": "合肥综合保税区、合肥经济技术开发区综合保税区、芜湖综合保税区、马鞍山综合保税区、安庆综合保税区",
                "一、（三）": "中欧班列（合肥）集结中心（合肥市）、芜湖港（芜湖市）、安庆港（安庆市）",
                "一、（四）": "合肥、芜湖、安庆、马鞍山、宣城、蚌埠、阜阳、黄山（跨境电商综试区）",
                "一、（五）": "滁州市、宿州市、六安市",
                "三、（二）": "second sentence: 自贸试验区片区内的项目 (片区, unnamed)",
            },
            "note": "共建“一带一路”国家 (一、（四）) is where 海外仓 are, not a place of application. 广德市、宿松县 appear only in 主送. 皖财企〔2023〕512号 is a cited 管理办法, not this document's number.",
        },
        "_note": (
            "Joint document: 版头 is a 1×2 borderless table — the left cell holds two paragraphs 安徽省商务厅 / 安徽省财政厅 (distributed), the right cell 文件 (vertically centred) — furniture, not clauses, table rows or the title; issuer = 安徽省商务厅 and 安徽省财政厅. "
            "文号 皖商财〔2024〕21号 + red rule; title in TWO centred paragraphs (安徽省商务厅　安徽省财政厅关于组织申报 / 2024年度省级外贸发展专项资金项目的通知) with a full-width space between the organs (half-width or none: taste). "
            "Body: intro; 一、支持方向 with run-in bold 楷体 （一）…（五）; 二、申报条件 with 1．2．3． whole paragraphs; 三、申报程序 （一）…（三）; 四、工作要求 （一）（二） (the contact item 四、（二） is printed body text — a clause). "
            "附件说明 on two lines (附件：1．… / 2．…) → attachments without the numbers. Joint 落款 typed as ONE right-aligned line 安徽省商务厅　　　　　　　安徽省财政厅 with 2024年6月28日 under it — furniture (issuers, date), not a clause; （此件公开发布）. "
            "附件1 (new page): label, title line (heading), 6 list items 1．…6． (clauses). 附件2 (new section, new page): label, form title (heading), the line 填报单位（盖章）：… 填报日期：　　年　　月　　日 (form furniture, NOT a date, not a clause), a bordered 6-column table 序号/申报单位/项目名称/所在地（市、片区或园区）/支持方向/申请资金（万元） with the header row, EIGHT BLANK ROWS and a 合计 row (merged over 5 columns) — none of these are clauses (a blank row or the 合计 row as a clause is low; the header as a clause is low); "
            "the line 填报人：… 联系电话：… (furniture); notes 注：1．… / 2．… / 3．… (instructions for filling in — listed as 3 clauses; 注： kept or stripped is taste). "
            "版记 (抄送… / 安徽省商务厅办公室 2024年6月28日印发) alone on the last page after a page break. No effective/expires (an application notice; 2024-07-20 is a submission deadline, 2023-01-01…2024-06-30 is the project period — none is effective/expires). date = published = 2024-06-28."
        ),
        "_pdf": {"note": "The 附件2 form prints as a grid with 8 empty rows and a 合计 row; the PDF text of that page is just the header cells, 合计, the 填报单位/填报日期 and 填报人/联系电话 lines and the 注. 版记 alone at the foot of the last page. Centred “— N —” on every page. Same expected meta and clauses."},
    }]
    # ---- (d) 奉贤
    fx_cl = [FX_INTRO, FX_GOAL]
    for _, items in FX_TASKS:
        for h3, t3, subs, soft in items:
            fx_cl.append(h3 + t3)
            fx_cl.extend(subs)
    fx_cl += [h + t for h, t in FX_GUARANTEE]
    out["blind223_fengxian_yijian"] = [{
        "meta": {
            "title": FX_TITLE, "doc_number": FX_NUM, "issuer": ["上海市奉贤区人民政府办公室"],
            "date": "2024-05-10", "published": "2024-05-13", "level": "county", "region": "上海市奉贤区",
            "effective": "2024-06-01", "expires": "2027-05-31", "attachments": [], "doc_type": "实施意见",
            "recipients": ["各镇人民政府、街道办事处", "区政府各委、办、局", "各开发区（园区）管委会"],
            "publicity": "此件公开发布",
        },
        "clauses": fx_cl,
        "applies_to": {
            "default": "上海市奉贤区",
            "specific": {
                "一、 (总体要求)": "临港新片区奉贤园区、上海市工业综合开发区、奉贤经济开发区",
                "二、（一）1.": "临港新片区奉贤园区；洋山特殊综合保税区 / 洋山港 (partner zone and port, in 浦东新区)",
                "二、（一）2. and its （1）（2）": "奉贤经济开发区（跨境电商产业园）",
                "二、（一）3.": "东方美谷 (奉贤's cosmetics industry brand / park)",
                "二、（二）1.": "临港新片区奉贤园区",
                "二、（二）2.（3）": "南桥新城（南桥镇）",
                "二、（三）1.": "临港新片区奉贤园区四团镇区域",
                "二、（三）2.": "上海化学工业区奉贤分区（海湾镇）",
                "二、（三）3.": "上海市工业综合开发区、奉贤经济开发区",
            },
            "note": "共建“一带一路”国家和地区 (二、（一）3.) does not move the clause abroad. 临港新片区 as a whole spans 浦东新区/奉贤区/闵行区; this document applies only in 奉贤区 (临港新片区 tag alongside 奉贤区 fine; 浦东新区 alone wrong).",
        },
        "_note": (
            "Furniture: red 版头 上海市奉贤区人民政府办公室文件 (36 pt, condensed 75%); 文号 奉府办发〔2024〕11号 + red rule; title ONE paragraph with two soft line breaks (…关于加快融入 / 临港新片区建设推动跨境贸易投资 / 高水平开放的实施意见) joined with no space; 主送 (3 groups); 落款 上海市奉贤区人民政府办公室 / 2024年5月10日; （此件公开发布）; 版记 抄送… / 上海市奉贤区人民政府办公室 2024年5月13日印发; footer “— N —” alternating. "
            "FOUR levels: 一、二、三、 (黑体 headings, own paragraphs) → （一）（二）（三） under 二、 (楷体 bold headings, OWN paragraphs, no text) → 1. 2. 3. (ASCII dot, run-in: number + heading sentence + text = one clause; restart under each （一）) → （1）（2）（3） sub-items. "
            "一、总体要求 has one unnumbered paragraph (clause). Under 三、保障措施 the （一）（二）（三） are run-in (heading + text = one clause) — the same marker is a heading-only level under 二、 and a clause level under 三、. "
            "二、（一）2. ends in a colon and its （1）（2） are SEPARATE paragraphs; 二、（二）2. is ONE paragraph typed with Shift+Enter: “2.支持外资总部和研发中心落户。经认定的…给予支持：⏎（1）…；⏎（2）…；⏎（3）…。” — a careful reader sees a lead-in and three sub-items (listed as 4 clauses, like 二、（一）2.); kept as one clause with the line breaks: low (but then （3）'s 南桥新城 tags the whole item); sub-items glued without a break or lost: medium. "
            "Labels must keep their parents: 二、（一）2.（1） ≠ 二、（二）2.（1）. date = 2024-05-10, published = 2024-05-13; effective 2024-06-01, expires 2027-05-31 (三、（三））; 2025年底 / 2026年 are targets. Level: a 区 government office = county level."
        ),
        "_pdf": {"note": "3 pages or so; the Shift+Enter paragraph prints as four lines starting “2.支持外资总部…”, “（1）…”, “（2）…”, “（3）…” with no paragraph spacing or first-line indent on the continuation lines (they start at the left margin). Same expected meta and clauses."},
    }]
    return out


def main():
    files = [build_shandong(), build_lianyungang(), build_anhui(), build_fengxian()]
    for f in files:
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
