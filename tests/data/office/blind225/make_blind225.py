# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 225: the most ordinary documents of 华南 / 西南 offices.

Four Word files (python-docx), each printed to PDF by LibreOffice, written next to itself:
  blind225_zunyi_cuoshi.docx / .pdf     遵义市人民政府办公室 关于印发…支持遵义综合保税区高质量发展若干措施的通知
      (遵府办发〔2024〕18号); NO 附件 line in the notice; the 措施 follows in a new section (next page),
      numbered 一、（一）1.; 版记 at the end of the 措施.
  blind225_zhanjiang_pifu.docx / .pdf   广东省商务厅 关于同意湛江市开展二手车出口业务的批复
      (粤商务贸函〔2024〕212号), 信函格式, 主送 湛江市商务局, 此复, 联系人 line, （此件主动公开）.
  blind225_xiamen_mingdan.docx / .pdf   中国（福建）自由贸易试验区厦门片区管理委员会 关于公布…示范企业名单的通知
      (厦自贸委〔2024〕36号) with 附件 line; the 名单 is a Word table of 18 rows (所在区 cells merged vertically).
  blind225_zhongxian_tonggao.docx / .pdf 忠县人民政府 关于…规划控制的通告 (忠府告〔2025〕1号),
      numbered 一、…十、 paragraphs (no 第X条), 四至 sub-items, 自发布之日起施行，有效期2年.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind225.py
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
D = WD_ALIGN_PARAGRAPH.DISTRIBUTE


# ================================================================ helpers
def fnt(run, east=FS, size=SAN, bold=False, color=None, latin="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = latin
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), latin)
    rf.set(qn("w:hAnsi"), latin)
    rf.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color
    return run


def P(container, text="", east=FS, size=SAN, align=J, indent=2, bold=False, color=None, line=LINE, before=0, after=0, chars_indent=False):
    p = container.add_paragraph()
    p.alignment = align
    pf = p.paragraph_format
    if indent and chars_indent:
        # first-line indent in character units (w:firstLineChars), as Word writes it when you type "2 字符"
        ppr = p._p.get_or_add_pPr()
        ppr.append(parse_xml('<w:ind %s w:firstLineChars="%d" w:firstLine="%d"/>' % (nsdecls("w"), indent * 100, int(size * indent * 20))))
    else:
        pf.first_line_indent = Pt(size * indent) if indent else None
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if text:
        fnt(p.add_run(text), east, size, bold, color)
    return p


def runin(doc, head, body, head_font=KT, body_font=FS, bold=False, chars_indent=False):
    p = P(doc, chars_indent=chars_indent)
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


def page_field(p, size=SI, dash="— ", dash2=" —", east=ST):
    fnt(p.add_run(dash), east, size)
    for kind in ("begin", "instr", "separate", "text", "end"):
        r = fnt(p.add_run(), east, size)
        if kind == "instr":
            r._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
        elif kind == "text":
            r._element.append(parse_xml('<w:t %s>1</w:t>' % nsdecls("w")))
        else:
            r._element.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    fnt(p.add_run(dash2), east, size)


def grid(section):
    sp = section._sectPr
    g = sp.find(qn("w:docGrid"))
    if g is None:
        g = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        sp.append(g)
    g.set(qn("w:type"), "lines")
    g.set(qn("w:linePitch"), "579")


def setup_page(s):
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(28)
    grid(s)


def new_doc(mode="alternate", first_page_blank=False, body_font=FS):
    """mode: alternate (odd right / even left), right, center."""
    doc = Document()
    s = doc.sections[0]
    setup_page(s)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), body_font)
    st.paragraph_format.space_after = Pt(0)
    fp = s.footer.paragraphs[0]
    if mode == "center":
        fp.alignment = C
        page_field(fp)
    else:
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(SI)
        page_field(fp)
        if mode == "alternate":
            doc.settings.odd_and_even_pages_header_footer = True
            ep = s.even_page_footer.paragraphs[0]
            ep.alignment = L
            ep.paragraph_format.left_indent = Pt(SI)
            page_field(ep)
    if first_page_blank:
        s.different_first_page_header_footer = True
    return doc


def banhead(doc, text, size=48, width_scale=None, line=None):
    p = P(doc, "", XBZ, size, C, 0, line=line or Pt(size * 1.2))
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


def title(doc, lines, soft=True, size=ER):
    if soft:
        p = P(doc, "", XBZ, size, C, 0, line=Pt(35))
        for i, t in enumerate(lines):
            r = fnt(p.add_run(t), XBZ, size)
            if i < len(lines) - 1:
                r.add_break()
    else:
        for t in lines:
            P(doc, t, XBZ, size, C, 0, line=Pt(35))
    P(doc, indent=0)


def signoff(doc, organ, date, right_chars=4, blank=3, public="（此件公开发布）", organ_lines=None):
    for _ in range(blank):
        P(doc, indent=0)
    for o in (organ_lines or [organ]):
        p = P(doc, o, FS, SAN, R, 0)
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


def repeat_header(row):
    row._tr.get_or_add_trPr().append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    row._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def row_height(row, mm):
    row._tr.get_or_add_trPr().append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="atLeast"/>' % (nsdecls("w"), int(mm * 56.7))))


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_225", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ (a) 遵义市人民政府办公室 印发若干措施的通知
ZY_NUM = "遵府办发〔2024〕18号"
ZY_TITLE = "遵义市人民政府办公室关于印发遵义市支持遵义综合保税区高质量发展若干措施的通知"
ZY_TITLE_LINES = ["遵义市人民政府办公室", "关于印发遵义市支持遵义综合保税区高质量", "发展若干措施的通知"]
ZY_MAIN_TO = "各县、自治县、市、区人民政府，新蒲新区管委会，市人民政府各工作部门，各直属事业单位："
ZY_NOTICE = "《遵义市支持遵义综合保税区高质量发展若干措施》已经市人民政府同意，现印发给你们，请认真抓好贯彻落实。"
ZY_CS_TITLE = "遵义市支持遵义综合保税区高质量发展若干措施"
ZY_CS_TITLE_LINES = ["遵义市支持遵义综合保税区", "高质量发展若干措施"]
ZY_INTRO = "为深入贯彻落实《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕3号）和《贵州省推进内陆开放型经济试验区建设提质增效行动方案》，推动遵义综合保税区（以下简称综保区）加快发展加工贸易、保税物流和保税服务，打造全市融入共建“一带一路”和西部陆海新通道的重要平台，结合我市实际，制定以下措施。"
# each section: heading, items; item = (head, body, [sub-items])
ZY_SECTIONS = [
    ("一、做大做强加工贸易", [
        ("（一）支持企业入区发展。", "对新入驻综保区并开展加工贸易的企业，按以下标准给予支持：", [
            "1．年进出口额首次达到1亿元、5亿元、10亿元的，分别给予一次性奖励50万元、150万元、300万元。",
            "2．租用综保区标准厂房的，前3年按实际租金的50%给予补贴，每家企业每年最高不超过100万元。",
            "3．从东部沿海地区整体转移至综保区的加工贸易企业，按设备搬迁实际费用的30%给予补助，单个企业最高不超过200万元。",
        ]),
        ("（二）推动“区内研发、区外制造”。", "综保区内企业在仁怀市、湄潭县、播州区设立配套生产基地，开展委托加工或外发加工业务的，按当年委托加工货值的1%给予奖励，单个企业每年最高不超过100万元。", []),
        ("（三）支持白酒和茶叶保税出口。", "支持仁怀市名酒工业园区白酒企业、湄潭县茶叶加工企业利用综保区开展保税仓储、出口集拼和出口退税“离境即退”业务，对当年出口额首次超过5000万元的企业给予一次性奖励30万元。", []),
    ]),
    ("二、畅通国际物流通道", [
        ("（一）开行铁海联运班列。", "依托新蒲新区遵义综保区铁路物流基地，常态化开行遵义至广西钦州港的西部陆海新通道铁海联运班列，对使用班列进出口的货物按每标准箱500元给予运费补贴，单个企业每年最高不超过150万元。", []),
        ("（二）拓展航空物流。", "支持遵义新舟机场申建航空口岸，开通至东南亚国家的国际货运包机航线。对执飞国际全货运包机的航空公司，按每班次5万元给予补贴，每年补贴总额不超过600万元。", []),
        ("（三）深化“区港联动”。", "推动综保区与贵阳改貌铁路口岸、贵阳龙洞堡国际机场口岸实施“区港联动”，实现“一次申报、一次查验、一次放行”，2024年12月31日前联动业务量达到2000标准箱。", []),
    ]),
    ("三、培育外贸新业态", [
        ("（一）发展跨境电商。", "支持企业在综保区开展跨境电商“1210”保税备货和“9610”出口业务：", [
            "1．对在综保区新设跨境电商公共海外仓或分拨中心、面积达到2000平方米以上的企业，给予一次性补助50万元；",
            "2．对年跨境电商进出口额首次超过1亿元的企业，给予一次性奖励30万元；",
            "3．红花岗区、汇川区的跨境电商企业通过综保区开展“网购保税+线下自提”业务的，由所在区按实际租金给予补贴。",
        ]),
        ("（二）发展保税维修和检测。", "支持区内企业开展电子产品、航空零部件保税维修和保税检测业务，对年维修检测业务收入首次超过2000万元的企业，给予一次性奖励50万元。", []),
    ]),
    ("四、强化要素保障", [
        ("（一）保障项目用地。", "新蒲新区每年安排不少于300亩新增建设用地指标，优先保障综保区二期及配套项目用地需求。", []),
        ("（二）加强人才支撑。", "将综保区企业引进的报关、国际物流、跨境电商等紧缺人才纳入“遵义人才卡”服务范围，在子女入学、住房保障等方面给予支持。", []),
        ("（三）落实资金分担。", "本措施所需资金由市级财政和新蒲新区财政按6∶4的比例分担；第三部分第（一）项第3目所需资金由红花岗区、汇川区财政承担。同一企业同一事项符合多项支持政策的，按就高原则给予支持，不重复享受。", []),
        ("（四）明确施行期限。", "本措施自2024年6月1日起施行，有效期至2026年12月31日，由市商务局负责解释。", []),
    ]),
]
ZY_CHAOSONG = "市委各部门，市人大常委会办公室，市政协办公室，市纪委监委，遵义军分区，市中级法院，市检察院，遵义海关。"
ZY_PRINTER = "遵义市人民政府办公室"
ZY_PRINTDATE = "2024年5月22日"


def build_zunyi():
    doc = new_doc(mode="alternate")
    banhead(doc, "遵义市人民政府办公室文件", 42, width_scale=80)
    docnum_rule(doc, ZY_NUM)
    title(doc, ZY_TITLE_LINES, soft=False)                 # three hard paragraphs, split inside 高质量|发展
    P(doc, ZY_MAIN_TO, indent=0)
    P(doc, ZY_NOTICE)
    signoff(doc, "遵义市人民政府办公室", "2024年5月20日", right_chars=4, blank=3)
    # the 措施 in a new section starting on a new page (section break, not a page break)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_page(sec)
    title(doc, ZY_CS_TITLE_LINES, soft=True)
    P(doc, ZY_INTRO)
    for head, items in ZY_SECTIONS:
        P(doc, head, HT, SAN)
        for h, body, subs in items:
            runin(doc, h, body)
            for s in subs:
                P(doc, s)
    # 版记 on the last page after the 措施
    page_break(doc)
    for _ in range(16):
        P(doc, indent=0)
    banji(doc, ZY_CHAOSONG, ZY_PRINTER, ZY_PRINTDATE)
    path = os.path.join(HERE, "blind225_zunyi_cuoshi.docx")
    doc.save(path)
    return path


# ================================================================ (b) 广东省商务厅 批复 (信函格式)
ZJ_NUM = "粤商务贸函〔2024〕212号"
ZJ_TITLE = "广东省商务厅关于同意湛江市开展二手车出口业务的批复"
ZJ_MAIN_TO = "湛江市商务局："
ZJ_OPEN = "你局《关于申请开展二手车出口业务的请示》（湛商务〔2024〕87号）收悉。经研究并商省公安厅、湛江海关，现批复如下："
ZJ_ITEMS = [
    "一、同意湛江市开展二手车出口业务。出口二手车原则上经湛江港霞山港区、宝满港区口岸出口，主要面向东盟、非洲和中东等共建“一带一路”国家和地区市场。",
    "二、同意湛江粤西汽车贸易集团有限公司、湛江港通国际供应链有限公司、廉江市鸿海汽车进出口有限公司等3家企业作为湛江市首批二手车出口企业。首批企业名单由你局报商务部备案后对外公布。",
    "三、你局要会同公安、海关等部门建立二手车出口工作协调机制，依托湛江综合保税区建设二手车出口集中查验、检测和仓储场所，推行车辆注销、出口许可、通关“一站式”办理。",
    "四、出口企业应当严格执行《商务部 公安部 海关总署关于支持在条件成熟地区开展二手车出口业务的通知》（商贸函〔2019〕165号）等规定，出口的二手车须经具备资质的检测机构检测合格并取得出口检测报告，建立出口车辆售后服务和质量追溯体系。",
    "五、你局要加强对出口企业的指导和监管，于每月10日前通过全国汽车流通信息管理应用服务系统报送上月二手车出口数据，并于每年1月31日前将上一年度二手车出口工作情况报送我厅。",
    "六、对出口检测弄虚作假、违规出口或者连续12个月未开展出口业务的企业，我厅将按程序报商务部取消其二手车出口资格。",
    "七、请你局会同湛江海关、湛江市公安局自本批复印发之日起3个月内制定湛江市二手车出口业务工作细则，并报我厅备案。",
]
ZJ_CHAOSONG = "商务部对外贸易司，省公安厅，海关总署广东分署，湛江海关，湛江市人民政府。"


def build_zhanjiang():
    doc = new_doc(mode="right", first_page_blank=True)
    # 信函格式: organ name (no 文件), thick-thin double rule under it, 文号 right-aligned under the rule
    P(doc, indent=0, line=Pt(20))
    p = banhead(doc, "广东省商务厅", 44, width_scale=None)
    p.paragraph_format.space_after = Pt(6)
    pborder(p, "bottom", 24, "FF0000", 4, val="thickThinSmallGap")
    p = P(doc, ZJ_NUM, FS, SAN, R, 0, before=6)
    P(doc, indent=0)
    title(doc, [ZJ_TITLE], soft=True)                      # one paragraph, wraps by itself
    P(doc, ZJ_MAIN_TO, indent=0)
    P(doc, ZJ_OPEN)
    for it in ZJ_ITEMS:
        P(doc, it)
    P(doc, "此复。")
    signoff(doc, "广东省商务厅", "2024年10月15日", right_chars=4, blank=3, public="（此件主动公开）")
    P(doc, "（联系人：林振华，电话：020-38819362）", FS, SAN, L, 2)
    for _ in range(3):
        P(doc, indent=0)
    # 信函格式: 抄送 only, no 印发 line
    banji(doc, ZJ_CHAOSONG)
    path = os.path.join(HERE, "blind225_zhanjiang_pifu.docx")
    doc.save(path)
    return path


# ================================================================ (c) 厦门片区管委会 名单通知
XM_NUM = "厦自贸委〔2024〕36号"
XM_ORGAN = "中国（福建）自由贸易试验区厦门片区管理委员会"
XM_TITLE = "中国（福建）自由贸易试验区厦门片区管理委员会关于公布2024年度厦门片区跨境贸易便利化示范企业名单的通知"
XM_TITLE_LINES = ["中国（福建）自由贸易试验区厦门片区", "管理委员会关于公布2024年度厦门片区", "跨境贸易便利化示范企业名单的通知"]
XM_MAIN_TO = "片区管委会各部门，湖里区、海沧区人民政府，各有关单位、有关企业："
XM_BODY = [
    "为深入实施自由贸易试验区提升战略，持续推进跨境贸易便利化改革，根据《中国（福建）自由贸易试验区厦门片区跨境贸易便利化示范企业认定管理办法》（厦自贸委〔2023〕15号），经企业自愿申报、所在区初审、专家评审和社会公示，现认定厦门海翼通达供应链有限公司等18家企业为2024年度厦门片区跨境贸易便利化示范企业（名单见附件），予以公布。",
    "示范企业称号有效期为两年，自2025年1月1日起至2026年12月31日止。有效期内，示范企业可优先适用“提前申报”“两段准入”“抵港直装”“船边直提”等便利化措施，优先推荐参加厦门海关高级认证企业培育，在厦门国际贸易“单一窗口”享受专窗服务。",
    "各示范企业要发挥示范引领作用，于每年6月30日、12月31日前向片区管委会贸易发展局报送便利化措施应用情况。有效期内企业发生严重失信行为或者海关信用等级被下调的，取消其示范企业称号。",
]
XM_ATT = "2024年度厦门片区跨境贸易便利化示范企业名单"
XM_HEADER = ["序号", "企业名称", "所在区", "所在园区（区域）", "示范类型"]
XM_ROWS = [
    ("1", "厦门海翼通达供应链有限公司", "湖里区", "厦门象屿综合保税区", "供应链物流类"),
    ("2", "厦门嘉联保税仓储有限公司", "湖里区", "厦门象屿综合保税区", "保税物流类"),
    ("3", "厦门佰昌进口商品贸易有限公司", "湖里区", "厦门象屿综合保税区", "进口消费品类"),
    ("4", "厦门东渡港务物流有限公司", "湖里区", "东渡港区", "港航物流类"),
    ("5", "厦门屿达国际货运代理有限公司", "湖里区", "东渡港区", "港航物流类"),
    ("6", "厦门两岸通跨境电子商务有限公司", "湖里区", "两岸贸易中心核心区", "跨境电商类"),
    ("7", "厦门航翔飞机维修工程有限公司", "湖里区", "高崎国际机场航空工业区", "保税维修类"),
    ("8", "厦门海沧港联集装箱码头有限公司", "海沧区", "海沧港区", "港航物流类"),
    ("9", "厦门沧江冷链物流有限公司", "海沧区", "海沧港区", "冷链物流类"),
    ("10", "厦门海沧保税仓储物流有限公司", "海沧区", "厦门海沧港综合保税区", "保税物流类"),
    ("11", "厦门瑞和精密电子有限公司", "海沧区", "厦门海沧港综合保税区", "加工贸易类"),
    ("12", "厦门鹭安生物科技有限公司", "海沧区", "海沧生物医药港", "研发设计类"),
    ("13", "厦门海投汽车进出口有限公司", "海沧区", "海沧港区", "汽车出口类"),
    ("14", "厦门翔力新能源科技有限公司", "翔安区", "火炬（翔安）产业区", "加工贸易类"),
    ("15", "厦门天翔航空物流有限公司", "翔安区", "翔安国际机场航空港区", "航空物流类"),
    ("16", "厦门同创光电科技有限公司", "翔安区", "火炬（翔安）产业区", "AEO认证类"),
    ("17", "厦门云链数字贸易有限公司", "集美区", "厦门软件园三期", "数字贸易类"),
    ("18", "厦门集佳机械进出口有限公司", "集美区", "集美机械工业集中区", "加工贸易类"),
]
XM_CHAOSONG = "福建自贸试验区工作领导小组办公室，厦门市商务局，厦门海关，厦门海事局，市税务局。"
XM_PRINTER = "厦门片区管委会综合协调局"
XM_PRINTDATE = "2024年12月12日"


def vmerge_col(tbl, col, first_row, last_row):
    a = tbl.cell(first_row, col)
    b = tbl.cell(last_row, col)
    return a.merge(b)


def build_xiamen():
    doc = new_doc(mode="center", body_font=FS2)
    # 版头 on two lines: 中国（福建）自由贸易试验区 / 厦门片区管理委员会文件
    banhead(doc, "中国（福建）自由贸易试验区", 36, width_scale=85, line=Pt(46))
    banhead(doc, "厦门片区管理委员会文件", 36, width_scale=85, line=Pt(46))
    docnum_rule(doc, XM_NUM, blank_before=1)
    title(doc, XM_TITLE_LINES, soft=True)                 # one paragraph, two soft breaks (厦门片区|管理委员会)
    P(doc, XM_MAIN_TO, indent=0)
    for t in XM_BODY:
        P(doc, t, FS2)
    P(doc, indent=0)
    p = P(doc, "附件：" + XM_ATT, FS2, SAN, L, 0)
    p.paragraph_format.left_indent = Pt(SAN * 5)
    p.paragraph_format.first_line_indent = Pt(-SAN * 3)
    signoff(doc, XM_ORGAN, "2024年12月10日", right_chars=2, blank=3,
            organ_lines=["中国（福建）自由贸易试验区", "厦门片区管理委员会"])
    page_break(doc)
    p = P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0)
    P(doc, XM_ATT, XBZ, ER, C, 0, line=Pt(35))
    P(doc, indent=0)
    widths = [12, 64, 18, 42, 26]
    tbl = doc.add_table(rows=1 + len(XM_ROWS), cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, widths)
    for i, h in enumerate(XM_HEADER):
        cell_text(tbl.cell(0, i), h, HT, 10.5)
        tbl.cell(0, i).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    repeat_header(tbl.rows[0])
    row_height(tbl.rows[0], 12)
    # cells; 所在区 written only in the first row of each run, then merged vertically
    runs = []
    for ri, row in enumerate(XM_ROWS, start=1):
        if runs and runs[-1][0] == row[2]:
            runs[-1][2] = ri
        else:
            runs.append([row[2], ri, ri])
        for ci, v in enumerate(row):
            if ci == 2:
                continue
            cell_text(tbl.cell(ri, ci), v, FS2, 10.5, L if ci in (1, 3) else C)
            tbl.cell(ri, ci).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        cant_split(tbl.rows[ri])
        row_height(tbl.rows[ri], 10)
    for name, a, b in runs:
        m = vmerge_col(tbl, 2, a, b)
        cell_text(m, name, FS2, 10.5, C)
        m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    # 版记 on the page after the table
    page_break(doc)
    for _ in range(17):
        P(doc, indent=0)
    banji(doc, XM_CHAOSONG, XM_PRINTER, XM_PRINTDATE)
    path = os.path.join(HERE, "blind225_xiamen_mingdan.docx")
    doc.save(path)
    return path


# ================================================================ (d) 忠县人民政府 通告
ZX_NUM = "忠府告〔2025〕1号"
ZX_TITLE = "忠县人民政府关于新生港区扩能工程及铁水联运枢纽项目建设用地规划控制的通告"
ZX_TITLE_LINES = ["忠县人民政府", "关于新生港区扩能工程及铁水联运枢纽项目", "建设用地规划控制的通告"]
ZX_INTRO = "新生港区是重庆港的重要港区和三峡库区腹地重要的铁公水联运枢纽。为加快新生港区扩能工程及铁水联运枢纽项目建设，更好服务长江经济带发展和西部陆海新通道建设，保障项目建设用地，维护规划控制范围内群众的合法权益，根据《中华人民共和国土地管理法》《中华人民共和国城乡规划法》《重庆市城乡规划条例》等有关规定，经县人民政府研究，决定对项目建设用地范围实施规划控制。现将有关事项通告如下："
ZX_ITEMS = [
    ("一、规划控制范围。新生港区扩能工程及铁水联运枢纽项目规划控制范围涉及新生街道港口社区、钟溪社区和乌杨街道将军村、青石村，总面积约186公顷，具体四至为：", [
        "（一）东至乌杨街道青石村三组石板溪；",
        "（二）南至长江（三峡水库）岸线；",
        "（三）西至新生街道港口社区新生港区一期作业区围墙；",
        "（四）北至沪渝高速公路忠县段用地红线。",
    ]),
    ("二、自本通告发布之日起，在规划控制范围内停止办理下列事项：（一）新批宅基地和其他建设用地；（二）房屋及其他建（构）筑物的新建、改建、扩建、翻建审批；（三）房屋买卖、赠与、租赁、抵押登记；（四）工商营业执照的新办和经营范围、经营场所变更登记。", []),
    ("三、规划控制范围内的任何单位和个人，不得抢栽抢种林木、果树、苗木和其他经济作物，不得抢建抢修房屋、围墙等建（构）筑物，不得突击进行装修，不得新开挖鱼塘。违反规定抢栽、抢种、抢建的，在征收补偿时一律不予补偿。", []),
    ("四、规划控制范围内已经批准但尚未开工的建设项目，暂停实施；确需继续实施的，须经县规划自然资源局会同项目建设单位重庆新生港港务有限公司审核同意。", []),
    ("五、规划控制范围内暂停办理户口迁入和分户手续。因出生、婚嫁、军人退出现役、大中专院校学生毕业回原籍等情形确需迁入的，由新生街道、乌杨街道公安派出所按有关规定办理。", []),
    ("六、新生街道办事处、乌杨街道办事处负责组织辖区内村（社区）做好政策宣传和现状调查登记工作，对规划控制范围内的土地、房屋、附着物等进行清点、拍照、录像并建立档案，由权利人签字确认。", []),
    ("七、县规划自然资源局、县住房城乡建委、县交通局、县市场监管局、县公安局等部门要按照职责分工，加强对规划控制范围内建设行为的巡查和监管，依法查处违法用地和违法建设行为。", []),
    ("八、任何单位和个人均有权对违反本通告的行为进行举报。举报电话：县规划自然资源局执法支队023-54451283，新生街道办事处023-54560117，乌杨街道办事处023-54732016。", []),
    ("九、规划控制期满，项目仍未完成征收的，规划控制自行解除；确需延期的，由县人民政府另行通告。", []),
    ("十、本通告自发布之日起施行，有效期2年。", []),
]
ZX_CHAOSONG = "县委办公室，县人大常委会办公室，县政协办公室，县纪委监委办公室，县法院，县检察院。"
ZX_PRINTER = "忠县人民政府办公室"
ZX_PRINTDATE = "2025年3月18日"


def build_zhongxian():
    doc = new_doc(mode="center")
    banhead(doc, "忠县人民政府文件", 48, width_scale=90)
    docnum_rule(doc, ZX_NUM)
    title(doc, ZX_TITLE_LINES, soft=False)                # three hard paragraphs
    P(doc, ZX_INTRO, chars_indent=True)
    for head, subs in ZX_ITEMS:
        P(doc, head, chars_indent=True)
        for s in subs:
            P(doc, s, chars_indent=True)
    P(doc, "特此通告。", chars_indent=True)
    signoff(doc, "忠县人民政府", "2025年3月18日", right_chars=4, blank=3)
    page_break(doc)
    for _ in range(18):
        P(doc, indent=0)
    banji(doc, ZX_CHAOSONG, ZX_PRINTER, ZX_PRINTDATE)
    path = os.path.join(HERE, "blind225_zhongxian_tonggao.docx")
    doc.save(path)
    return path


# ================================================================ expected
def expected():
    out = {}
    # ---- (a) 遵义
    zy_cl = [ZY_NOTICE, ZY_INTRO]
    for head, items in ZY_SECTIONS:
        for h, body, subs in items:
            zy_cl.append(h + body)
            zy_cl.extend(subs)
    out["blind225_zunyi_cuoshi"] = [{
        "meta": {
            "title": ZY_TITLE, "doc_number": ZY_NUM, "issuer": ["遵义市人民政府办公室"],
            "date": "2024-05-20", "published": "2024-05-22", "level": "municipal", "region": "贵州省遵义市",
            "effective": "2024-06-01", "expires": "2026-12-31", "attachments": [],
            "doc_type": "通知（印发若干措施）",
            "recipients": ["各县、自治县、市、区人民政府", "新蒲新区管委会", "市人民政府各工作部门", "各直属事业单位"],
            "publicity": "此件公开发布",
        },
        "clauses": zy_cl,
        "applies_to": {
            "default": "遵义综合保税区（贵州省遵义市新蒲新区）",
            "specific": {
                "一、（二）": "仁怀市、湄潭县、播州区（区外配套生产基地）",
                "一、（三）": "仁怀市（名酒工业园区）、湄潭县",
                "二、（一）": "新蒲新区（遵义综保区铁路物流基地）; 广西钦州港 is the destination, not a place of application",
                "二、（二）": "遵义新舟机场（新蒲新区）",
                "二、（三）": "贵阳改貌铁路口岸（贵阳市南明区）、贵阳龙洞堡国际机场口岸 as partners; the measure is the 综保区's",
                "三、（一）3．": "红花岗区、汇川区",
                "四、（一）": "新蒲新区",
                "四、（三）": "新蒲新区 (6∶4 share); 红花岗区、汇川区 (for 三、（一）3．)",
            },
            "note": "The 措施 concern the 综保区 (in 新蒲新区) and the whole city; 东部沿海地区 / 东南亚国家 / 广西钦州港 / 共建“一带一路” do not move a clause elsewhere. 遵义市 as the default is acceptable (the 综保区 is narrower but the 措施 are the city's).",
        },
        "_note": (
            "Furniture: red 版头 遵义市人民政府办公室文件 (condensed 80%); 文号 遵府办发〔2024〕18号 with red rule; title typed as THREE centred paragraphs (遵义市人民政府办公室 / 关于印发遵义市支持遵义综合保税区高质量 / 发展若干措施的通知 — the second break splits 高质量|发展) — one title, joined without a space; 主送; ONE notice paragraph; NO 附件说明 line (the 措施 is printed after the notice without a 附件 label: attachments = [] — listing the 措施 title as an attachment is tolerable, taste); 落款 遵义市人民政府办公室 / 2024年5月20日; （此件公开发布）. "
            "Then a NEXT-PAGE SECTION BREAK (not a page break) and the 措施 title (one paragraph, one soft break: 遵义市支持遵义综合保税区 / 高质量发展若干措施) — a heading, not a clause, and not a second document's title unless the reader splits (splitting into 2 documents tolerable low; then the notice keeps 1 clause and the 措施 document carries effective/expires). "
            "Intro paragraph (a clause); 一、…四、 黑体 headings on their own lines (no text; as heading clauses tolerable low); run-in 楷体 （一）（二）… items restarting under each 一、 (head + text = one clause; labels unique with the parent: 一、（一） ≠ 二、（一）). "
            "一、（一） and 三、（一） end in a colon and are followed by sub-items 1．2．3． (full-width dot) in their own paragraphs; expected lists them separately with paths 一、（一）1． etc.; merged into their item is equally good (taste); sub-items that lose their parent (labelled bare 1．) are medium. "
            "四、（四）: 自2024年6月1日起施行，有效期至2026年12月31日 → effective 2024-06-01, expires 2026-12-31. date = 2024-05-20 (落款); published = 2024-05-22 (版记 印发). 2024-12-31 in 二、（三） is a deadline. "
            "版记 (抄送… / 遵义市人民政府办公室 2024年5月22日印发) alone on the last page after a page break and 16 empty paragraphs. Footer “— N —” odd right / even left; the second section inherits the footers."
        ),
        "_pdf": {"note": "The notice is page 1 (with 落款 and （此件公开发布）); the 措施 starts on page 2 (section break); the 版记 is alone on the last page. Page numbers “— N —” alternate sides. Same expected meta and clauses."},
    }]
    # ---- (b) 湛江
    out["blind225_zhanjiang_pifu"] = [{
        "meta": {
            "title": ZJ_TITLE, "doc_number": ZJ_NUM, "issuer": ["广东省商务厅"],
            "date": "2024-10-15", "published": None, "level": "provincial", "region": "广东省",
            "effective": None, "expires": None, "attachments": [], "doc_type": "批复",
            "recipients": ["湛江市商务局"], "publicity": "此件主动公开",
            "replies_to": "关于申请开展二手车出口业务的请示（湛商务〔2024〕87号）",
        },
        "clauses": [ZJ_OPEN] + ZJ_ITEMS,
        "applies_to": {
            "default": "广东省湛江市",
            "specific": {
                "一、": "湛江港霞山港区、宝满港区（口岸）; 东盟、非洲、中东 are markets, not places of application",
                "二、": "湛江市 (廉江市 appears only inside a company name — tagging 廉江市 is tolerable, low)",
                "三、": "湛江综合保税区",
            },
            "note": "A provincial 批复 addressed to one city: every clause concerns 湛江市 (广东省 alone is too broad, low; 广州 from the phone number 020 is wrong).",
        },
        "_note": (
            "信函格式: red 广东省商务厅 without 文件, thick-thin red double rule under it, 文号 粤商务贸函〔2024〕212号 right-aligned under the rule; no page number on page 1 (different first page); “— N —” on the right afterwards. "
            "Title one paragraph (wraps by itself to two lines). 主送 湛江市商务局 (singular). Clauses: the 收悉 paragraph citing the 请示 (湛商务〔2024〕87号 is the request's number, not this document's; 商贸函〔2019〕165号 in 四、 is a cited document) + items 一、…七、 as whole paragraphs (number + text = one clause). "
            "此复。 closing formula (furniture; as clause low). 落款 广东省商务厅 / 2024年10月15日; （此件主动公开） — the 广东 wording, publicity = 此件主动公开; the line （联系人：林振华，电话：020-38819362） is furniture, not a clause (as a clause: low; glued onto 六、 or the date: medium). "
            "版记 has only 抄送 (no 印发 line) → published null. No effective/expires (a 批复 has none; effective = 2024-10-15 tolerable low). Dates 每月10日 / 1月31日 are reporting deadlines."
        ),
        "_pdf": {"note": "3 pages. Page 1 has no page number; the body ends with 此复。 on page 2; page 3 holds ONLY the 落款 (广东省商务厅 / 2024年10月15日) at the top, （此件主动公开）, the 联系人 line and the 抄送 line between two rules. Same expected meta and clauses."},
    }]
    # ---- (c) 厦门
    xm_cl = list(XM_BODY) + [row_clause(XM_HEADER, r) for r in XM_ROWS]
    xm_spec = {}
    for r in XM_ROWS:
        xm_spec["附件 序号%s" % r[0]] = "%s（%s）" % (r[2], r[3])
    out["blind225_xiamen_mingdan"] = [{
        "meta": {
            "title": XM_TITLE, "doc_number": XM_NUM, "issuer": [XM_ORGAN],
            "date": "2024-12-10", "published": "2024-12-12", "level": "zone", "region": "福建省厦门市",
            "effective": "2025-01-01", "expires": "2026-12-31", "attachments": [XM_ATT],
            "doc_type": "通知（公布名单）",
            "recipients": ["片区管委会各部门", "湖里区、海沧区人民政府", "各有关单位、有关企业"],
            "publicity": "此件公开发布",
        },
        "clauses": xm_cl,
        "applies_to": {
            "default": "中国（福建）自由贸易试验区厦门片区（福建省厦门市）",
            "specific": xm_spec,
            "note": "Every row names its 区 and 园区: rows 1–7 湖里区, 8–13 海沧区, 14–16 翔安区, 17–18 集美区 — the 所在区 cell is MERGED VERTICALLY over each run, so the district text is physically present only in the first row of the run; rows 2–7, 9–13, 15–16 and 18 must still get their district (empty 所在区 is medium, the wrong district is high). 翔安区/集美区 rows lie outside the 片区's 湖里/海沧 areas (联动创新区) — still tag them with their own 区.",
        },
        "_note": (
            "Furniture: 版头 in TWO red paragraphs (中国（福建）自由贸易试验区 / 厦门片区管理委员会文件); 文号 厦自贸委〔2024〕36号 + red rule; title ONE paragraph with two soft breaks (中国（福建）自由贸易试验区厦门片区 / 管理委员会关于公布2024年度厦门片区 / 跨境贸易便利化示范企业名单的通知 — the first break splits the organ name 厦门片区|管理委员会) — joined with no space; 主送; 3 body paragraphs (clauses); 附件说明 附件：2024年度厦门片区跨境贸易便利化示范企业名单; 落款 in THREE right-aligned paragraphs (中国（福建）自由贸易试验区 / 厦门片区管理委员会 / 2024年12月10日) → issuer is one organ, the long name; （此件公开发布）. "
            "After a page break: 附件 label, the 名单 title (heading, not clause), a 5-column Word table 序号/企业名称/所在区/所在园区（区域）/示范类型 with 18 rows, header row repeated on the next page (tblHeader), rows cantSplit, 所在区 cells vertically merged (vMerge) by district. Each row = one clause 序号：N；企业名称：…；所在区：…；所在园区（区域）：…；示范类型：… (the merged district filled in on every row). "
            "示范企业称号有效期 2025-01-01 to 2026-12-31 → effective/expires (null is tolerable low: it is the list's validity, stated in the body). date = 2024-12-10, published 2024-12-12 (版记). 厦自贸委〔2023〕15号 is a cited document. 版记 alone on the last page."
        ),
        "_pdf": {"note": "5 pages: notice on pages 1–2 (落款 and （此件公开发布） on page 2), the table on page 3 (rows 1–12) and page 4 (rows 13–18, header row printed again), 版记 alone on page 5. The merged 所在区 cell prints its text once, vertically centred over its run — 湖里区 appears beside row 4, not row 1; the 海沧区 run (rows 8–13) is split by the page break, so row 13 on page 4 has an EMPTY 所在区 cell (its district is printed on page 3). Same expected meta and clauses."},
    }]
    # ---- (d) 忠县
    zx_cl = [ZX_INTRO]
    for head, subs in ZX_ITEMS:
        zx_cl.append(head)
        zx_cl.extend(subs)
    out["blind225_zhongxian_tonggao"] = [{
        "meta": {
            "title": ZX_TITLE, "doc_number": ZX_NUM, "issuer": ["忠县人民政府"],
            "date": "2025-03-18", "published": "2025-03-18", "level": "county", "region": "重庆市忠县",
            "effective": "2025-03-18", "expires": "2027-03-17", "attachments": [], "doc_type": "通告",
            "recipients": [], "publicity": "此件公开发布",
        },
        "clauses": zx_cl,
        "applies_to": {
            "default": "重庆市忠县新生港区（新生街道、乌杨街道）规划控制范围",
            "specific": {
                "一、": "新生街道（港口社区、钟溪社区）、乌杨街道（将军村、青石村）",
                "一、（一）": "乌杨街道青石村",
                "一、（三）": "新生街道港口社区（新生港区一期作业区）",
                "五、": "新生街道、乌杨街道",
                "六、": "新生街道、乌杨街道",
                "八、": "新生街道、乌杨街道 (举报 contacts)",
            },
            "note": "The whole 通告 applies only inside the control area in 新生街道/乌杨街道 — 忠县 as the default is acceptable (low). 长江（三峡水库）/ 沪渝高速公路 in the 四至 are boundaries, not places of application; 长江经济带 / 西部陆海新通道 are policy names.",
        },
        "_note": (
            "Furniture: red 版头 忠县人民政府文件; 文号 忠府告〔2025〕1号 + red rule; title in THREE hard paragraphs (忠县人民政府 / 关于新生港区扩能工程及铁水联运枢纽项目 / 建设用地规划控制的通告) — one title; NO 主送 (a 通告 has none: recipients []); intro paragraph ending 现将有关事项通告如下： (clause); "
            "numbered paragraphs 一、…十、 with NO 第X条 — each a whole paragraph (number + text = one clause, label 一、…十、); 一、 ends with a colon and is followed by four 四至 sub-items （一）…（四） in their own paragraphs (path 一、（一） …; merged into 一、 equally good); 二、 has inline （一）…（四） inside the paragraph — must NOT be split into separate clauses or labelled as top-level items (splitting with the parent 二、 kept: tolerable low). "
            "特此通告。 is the closing formula (furniture; as clause low). 落款 忠县人民政府 / 2025年3月18日; （此件公开发布）; 版记 (抄送… / 忠县人民政府办公室 2025年3月18日印发) alone on the last page. "
            "十、 本通告自发布之日起施行，有效期2年 → effective = 2025-03-18 (the 发布 date = 落款 = 印发), expires 2027-03-17 (2027-03-18 tolerable low; null medium — must be computed). Body paragraphs use character-unit first-line indents (w:firstLineChars). Footer “— N —” centred."
        ),
        "_pdf": {"note": "3 pages: body on pages 1–2 (落款 on page 2), 版记 alone on page 3; page numbers centred. Same expected meta and clauses."},
    }]
    return out


def main():
    files = [build_zunyi(), build_zhanjiang(), build_xiamen(), build_zhongxian()]
    for f in files:
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
