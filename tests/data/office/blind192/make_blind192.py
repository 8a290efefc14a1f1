# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 192: the most ordinary documents of east-China provincial and city offices.

Four Word files (python-docx), each printed to PDF by LibreOffice, written next to itself:
  blind192_zj_yijian.docx / .pdf        浙江省人民政府 意见 (浙政发〔2024〕16号) on the 浙江自贸试验区 and
      共建“一带一路”; three levels 一、 / （一） / 1． — some （一） are headings over 1．2．3． items, some are
      run-in with their own text; items name 舟山/宁波/杭州/金义片区, 港区, 综保区, 区县.
  blind192_hf_shenbao.docx / .pdf       合肥市商务局 + 合肥市财政局 joint 申报通知 (合商务〔2024〕112号);
      joint 版头 typed with Word's 双行合一 (two organ names combined into one two-line run) + 文件;
      申报条件 lead-in + 1.–5. list; 附件1 申报材料清单 (4-column table, header repeated);
      附件2 项目汇总表 (blank form table) in a landscape section.
  blind192_qd_banfa.docx / .pdf         青岛市人民政府令第291号 publishing 《中国（山东）自由贸易试验区青岛片区管理办法》:
      令 page (different first page, no number), section break restarting page numbers, 第一章…第五章,
      第一条…第二十条, 款 paragraphs and （一）项 items.
  blind192_sz_zhuanfa.docx / .pdf       苏州市人民政府办公室 转发 通知 (苏府办〔2024〕96号) — a short cover (1 paragraph +
      一、二、三、 local requirements) followed by the full text of the forwarded
      江苏省人民政府办公厅关于推动综合保税区高质量发展的实施意见 (苏政办发〔2024〕31号).
  expected.json

Run:  . /work/venv/bin/activate && python make_blind192.py
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
FS2 = "仿宋"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
SAN = 16   # 三号
ER = 22    # 二号
SI = 14    # 四号
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


def runin(doc, head, body, head_font=KT, bold=False, body_font=FS):
    p = P(doc)
    fnt(p.add_run(head), head_font, SAN, bold)
    if body:
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


def grid(section, kind="lines"):
    sp = section._sectPr
    g = sp.find(qn("w:docGrid"))
    if g is None:
        g = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        sp.append(g)
    g.set(qn("w:type"), kind)
    g.set(qn("w:linePitch"), "579")


def a4(s, landscape=False):
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Mm(297), Mm(210)
        s.top_margin, s.bottom_margin = Mm(28), Mm(26)
        s.left_margin, s.right_margin = Mm(37), Mm(35)
        s.footer_distance = Mm(15)
    else:
        s.orientation = WD_ORIENT.PORTRAIT
        s.page_width, s.page_height = Mm(210), Mm(297)
        s.top_margin, s.bottom_margin = Mm(37), Mm(35)
        s.left_margin, s.right_margin = Mm(28), Mm(26)
        s.header_distance, s.footer_distance = Mm(15), Mm(28)


def new_doc(odd_even=True, centered_numbers=False, body_font=FS):
    doc = Document()
    s = doc.sections[0]
    a4(s)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), body_font)
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


def docnum_rule(doc, num, blank_before=2, blank_after=1):
    for _ in range(blank_before):
        P(doc, indent=0)
    p = P(doc, num, FS, SAN, C, 0)
    pborder(p, "bottom", 18, "FF0000", 10)
    for _ in range(blank_after):
        P(doc, indent=0)


def title(doc, lines, soft=True, east=XBZ, size=ER, blank_after=1):
    if soft:
        p = P(doc, "", east, size, C, 0, line=Pt(35))
        for i, t in enumerate(lines):
            r = fnt(p.add_run(t), east, size)
            if i < len(lines) - 1:
                r.add_break()
    else:
        for t in lines:
            P(doc, t, east, size, C, 0, line=Pt(35))
    for _ in range(blank_after):
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


def signoff(doc, organ, date, right_chars=4, blank=3, public="（此件公开发布）", keep=True):
    for _ in range(blank):
        P(doc, indent=0)
    p = P(doc, organ, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * right_chars)
    p.paragraph_format.keep_with_next = keep
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


def row_height(row, mm):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="atLeast"/>' % (nsdecls("w"), int(mm * 56.7))))


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


def restart_numbering(section, start=1):
    sp = section._sectPr
    pg = sp.find(qn("w:pgNumType"))
    if pg is None:
        pg = parse_xml('<w:pgNumType %s/>' % nsdecls("w"))
        sp.append(pg)
    pg.set(qn("w:start"), str(start))


# ================================================================ (a) 浙江省人民政府 意见
ZJ_NUM = "浙政发〔2024〕16号"
ZJ_TITLE = "浙江省人民政府关于推进中国（浙江）自由贸易试验区提升发展更好服务共建“一带一路”的意见"
ZJ_TITLE_LINES = ["浙江省人民政府关于推进中国（浙江）", "自由贸易试验区提升发展更好服务", "共建“一带一路”的意见"]
ZJ_MAIN_TO = "各市、县（市、区）人民政府，省政府直属各单位："
ZJ_INTRO = "中国（浙江）自由贸易试验区（以下简称浙江自贸试验区）设立以来，以油气全产业链为特色的制度创新取得显著成效，扩展区域以来舟山、宁波、杭州、金义四个片区协同发展格局基本形成。为深入实施自由贸易试验区提升战略，推动浙江自贸试验区更好服务共建“一带一路”，现提出如下意见。"
# (一、heading, [(（一）head, run-in text or "", [1．items])])
ZJ_SECTIONS = [
    ("一、打造油气全产业链开放发展高地", [
        ("（一）提升舟山片区油气储运能力。", "", [
            "1．推进宁波舟山港鼠浪湖、黄泽山、外钓等油品储运基地扩建，到2025年底舟山片区油品储备能力达到4500万吨以上。",
            "2．支持舟山片区开展保税燃料油跨关区直供，允许在宁波舟山港大榭、北仑、金塘港区开展保税燃料油“一船多供”，2024年全省保税燃料油供应量突破700万吨。",
            "3．对在舟山片区新设立的国际油品贸易企业，年贸易额首次突破50亿元的，由舟山市给予一次性奖励100万元，省级财政按1∶1给予配套。",
        ]),
        ("（二）完善大宗商品交易体系。", "支持浙江国际油气交易中心开展原油、成品油、液化天然气现货交易，到2025年交易额突破1.5万亿元；推动宁波片区与舟山片区共建大宗商品储运基地，探索建立统一的仓单登记和质押融资平台。", []),
    ]),
    ("二、深化数字贸易和跨境电商创新", [
        ("（一）建设数字贸易先行示范区。", "", [
            "1．支持杭州片区建设全球数字贸易中心，对在杭州片区落户的数字贸易龙头企业区域总部，按照有关规定在用地、人才引进等方面给予支持。",
            "2．推动杭州片区滨江区块、萧山区块开展数据跨境流动安全管理试点，2024年12月底前形成重点领域数据出境负面清单。",
        ]),
        ("（二）发展跨境电商新业态。", "", [
            "1．支持义乌综合保税区、杭州综合保税区（下沙园区）开展跨境电商“1210”保税备货和退货中心仓模式。",
            "2．在金义片区推广“市场采购+跨境电商+海外仓”融合发展模式，到2025年义乌市企业在境外建设的海外仓数量达到200个。",
            "3．对在共建“一带一路”国家新建或者租赁海外仓面积超过5000平方米的省内企业，按照实际投资额的10%给予补助，单个企业最高不超过200万元。",
        ]),
    ]),
    ("三、提升国际物流枢纽能级", [
        ("（一）做强“义新欧”中欧班列。", "支持金华、义乌两个班列平台统一品牌、协同运营，2024年开行“义新欧”中欧班列2500列以上，新增至中亚、东欧线路各2条。", []),
        ("（二）推进海铁联运和江海联运。", "", [
            "1．依托宁波舟山港穿山港区、梅山港区，加密至金华、义乌、衢州、丽水的海铁联运班列，到2025年海铁联运箱量达到200万标准箱。",
            "2．支持舟山江海联运服务中心建设，推动长江沿线港口与宁波舟山港开展江海直达运输，2024年江海联运量达到3.5亿吨。",
        ]),
        ("（三）打造温台地区开放新平台。", "支持温州综合保税区、台州综合保税区拓展保税维修、保税研发业务；在温州市瓯海区、台州市路桥区探索开展二手车出口业务，条件成熟的按程序申请纳入浙江自贸试验区联动创新区。", []),
    ]),
    ("四、强化组织保障", [
        ("（一）加强统筹推进。", "省自贸试验区建设工作领导小组办公室（设在省商务厅）要加强统筹协调，各片区所在设区市人民政府要落实主体责任，每年12月底前将年度工作情况报送省自贸试验区建设工作领导小组办公室。", []),
        ("（二）强化政策支持。", "省级财政每年安排自贸试验区发展专项资金，重点支持舟山、宁波、杭州、金义四个片区制度创新项目，对形成全国复制推广经验的，每项给予牵头单位50万元奖励。", []),
        ("（三）明确实施期限。", "本意见自2024年7月1日起施行，有效期至2027年6月30日。", []),
    ]),
]
ZJ_SOFTBREAK_ITEM = ("二、", "（二）", 1)   # 2．… item typed with a soft line break inside
ZJ_CHAOSONG = "省委各部门，省人大常委会办公厅，省政协办公厅，省纪委省监委，省军区，省法院，省检察院，杭州海关，宁波海关。"
ZJ_PRINTER = "浙江省人民政府办公厅"
ZJ_PRINTDATE = "2024年6月21日"


def build_zj():
    doc = new_doc(odd_even=True)
    banhead(doc, "浙江省人民政府文件", 52, width_scale=80)
    docnum_rule(doc, ZJ_NUM, blank_before=2)
    title(doc, ZJ_TITLE_LINES, soft=True)
    P(doc, ZJ_MAIN_TO, indent=0)
    P(doc, ZJ_INTRO)
    for head, subs in ZJ_SECTIONS:
        P(doc, head, HT, SAN)
        for h, text, items in subs:
            if text:
                runin(doc, h, text, KT, bold=False)
            else:
                P(doc, h, KT, SAN, bold=False)
            for i, it in enumerate(items):
                if (head[:2], h[:3], i) == ZJ_SOFTBREAK_ITEM:
                    # typed with a manual line break (Shift+Enter) in the middle of the sentence
                    p = P(doc)
                    k = it.index("融合发展模式，") + len("融合发展模式，")
                    r = fnt(p.add_run(it[:k]), FS, SAN)
                    r.add_break()
                    fnt(p.add_run(it[k:]), FS, SAN)
                else:
                    P(doc, it)
    signoff(doc, "浙江省人民政府", "2024年6月18日", right_chars=4, blank=2)
    # 版记 at the foot of the same last page (no page break), after a few blank lines
    banji(doc, ZJ_CHAOSONG, ZJ_PRINTER, ZJ_PRINTDATE, blank=3)
    out = os.path.join(HERE, "blind192_zj_yijian.docx")
    doc.save(out)
    return out


# ================================================================ (b) 合肥 joint 申报通知
HF_NUM = "合商务〔2024〕112号"
HF_TITLE = "合肥市商务局　合肥市财政局关于组织申报2024年度市外贸促进政策（共建“一带一路”市场开拓）项目的通知"
HF_TITLE_LINES = ["合肥市商务局　合肥市财政局关于组织申报", "2024年度市外贸促进政策（共建“一带一路”", "市场开拓）项目的通知"]
HF_MAIN_TO = "各县（市）、区商务主管部门、财政局，合肥高新区、合肥经开区、合肥新站高新区经贸发展局、财政局："
HF_INTRO = "为贯彻落实《合肥市促进外贸高质量发展若干政策》（合政办〔2023〕15号），支持我市企业深度参与共建“一带一路”、开拓国际市场，现就组织申报2024年度市外贸促进政策（共建“一带一路”市场开拓）项目有关事项通知如下："
# blocks: ("H", heading) / ("T", text paragraph) / ("R", head, text) run-in
HF_BODY = [
    ("H", "一、支持内容"),
    ("R", "（一）境外展会。", "对企业参加在共建“一带一路”国家举办的境外专业展会，按照展位费的70%给予补助，单个企业年度补助最高不超过30万元。"),
    ("R", "（二）海外仓建设。", "对企业在共建“一带一路”国家新建或者租赁面积2000平方米以上的海外仓，按照当年实际投入的20%给予补助，单个企业最高不超过100万元。"),
    ("R", "（三）保税维修和研发。", "对在合肥经济技术开发区综合保税区、合肥高新技术产业开发区综合保税区内开展保税维修、保税研发业务的企业，年度相关业务进出口额首次超过5000万元的，给予一次性奖励20万元。"),
    ("R", "（四）中欧班列回程货物。", "对通过中欧班列（合肥）回程进口货物且在本市落地加工的企业，按照每标准箱1000元给予补助，单个企业最高不超过50万元。"),
    ("R", "（五）片区企业倍增支持。", "注册在中国（安徽）自由贸易试验区合肥片区内的企业申报本条第（一）项至第（四）项的，补助比例提高5个百分点，单个企业补助上限相应提高20%。"),
    ("H", "二、申报条件"),
    ("T", "申报企业应当同时符合下列条件："),
    ("T", "1.在合肥市行政区域内（含肥东县、肥西县、长丰县、庐江县、巢湖市）依法注册登记，具有独立法人资格；"),
    ("T", "2.2023年度有进出口实绩，并已在海关办理进出口货物收发货人备案；"),
    ("T", "3.近三年内未被列入严重失信主体名单，无重大违法违规行为；"),
    ("T", "4.申报项目实施时间在2023年7月1日至2024年6月30日之间；"),
    ("T", "5.同一项目未获得其他市级财政资金支持。"),
    ("H", "三、申报材料"),
    ("T", "申报材料详见附件1，一式两份，按照清单顺序装订成册，并提供电子版。"),
    ("H", "四、申报程序"),
    ("R", "（一）企业申报。", "企业于2024年8月1日至8月31日通过“合肥市惠企政策平台”在线填报，并将纸质材料报送注册地县（市）区商务主管部门。"),
    ("R", "（二）初审推荐。", "各县（市）区商务主管部门会同同级财政部门于2024年9月15日前完成初审，将项目汇总表（附件2）报送市商务局对外贸易处。注册在合肥经开区综合保税区、合肥高新区综合保税区内的企业，由所在开发区经贸发展局负责初审。"),
    ("R", "（三）审核公示。", "市商务局会同市财政局委托第三方机构进行审核，审核结果在市商务局门户网站公示7天。公示无异议的，按照程序拨付资金。"),
    ("H", "五、其他事项"),
    ("R", "（一）", "申报单位对申报材料的真实性负责。对弄虚作假、骗取财政资金的，依法追回资金，并纳入公共信用信息记录。"),
    ("R", "（二）", "联系人及电话：市商务局对外贸易处王磊，0551-63536127；市财政局经济建设处陈静，0551-63537210。"),
]
HF_ATT = ["申报材料清单", "2024年度市外贸促进政策（共建“一带一路”市场开拓）项目汇总表"]
HF_LIST_HEADER = ["序号", "材料名称", "具体要求", "适用项目"]
HF_LIST = [
    ["1", "项目申报表", "加盖企业公章", "全部项目"],
    ["2", "营业执照复印件", "加盖企业公章", "全部项目"],
    ["3", "进出口货物收发货人备案回执", "", "全部项目"],
    ["4", "参展合同、展位费发票及付款凭证", "境外支付的提供银行付汇凭证", "境外展会"],
    ["5", "海外仓租赁合同或者产权证明、投资凭证", "外文材料附中文译本", "海外仓建设"],
    ["6", "保税维修（研发）业务海关核准文件", "由合肥经开区综合保税区或者合肥高新区综合保税区海关监管部门出具", "保税维修和研发"],
    ["7", "中欧班列（合肥）回程货物运单及进口报关单", "", "中欧班列回程货物"],
    ["8", "信用承诺书", "法定代表人签字并加盖企业公章", "全部项目"],
]
HF_SUM_HEADER = ["序号", "县（市）区", "企业名称", "统一社会信用代码", "项目类别", "项目内容", "申请金额（万元）", "备注"]
HF_CHAOSONG = "省商务厅，省财政厅，合肥海关。"
HF_PRINTER = "合肥市商务局办公室"
HF_PRINTDATE = "2024年7月23日"


def build_hf():
    doc = new_doc(odd_even=True)
    # joint 版头 typed with 双行合一 (w:eastAsianLayout combine): two organ names in one two-line run + 文件
    P(doc, indent=0)
    p = P(doc, "", XBZ, 40, C, 0, line=Pt(60))
    r = fnt(p.add_run("合肥市商务局合肥市财政局"), XBZ, 40, color=RED)
    r._element.get_or_add_rPr().append(parse_xml('<w:eastAsianLayout %s w:id="1" w:combine="1"/>' % nsdecls("w")))
    fnt(p.add_run("文件"), XBZ, 48, color=RED)
    docnum_rule(doc, HF_NUM, blank_before=1)
    title(doc, HF_TITLE_LINES, soft=False)
    P(doc, HF_MAIN_TO, indent=0)
    P(doc, HF_INTRO)
    for blk in HF_BODY:
        if blk[0] == "H":
            P(doc, blk[1], HT, SAN)
        elif blk[0] == "T":
            P(doc, blk[1])
        else:
            runin(doc, blk[1], blk[2], KT)
    attach_note(doc, HF_ATT)
    # joint 落款: both organs on one line (spaces between), date under them
    for _ in range(3):
        P(doc, indent=0)
    p = P(doc, "合肥市商务局　　　　　合肥市财政局", FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * 2)
    p.paragraph_format.keep_with_next = True
    p = P(doc, "2024年7月22日", FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * 4)
    P(doc, indent=0)
    P(doc, "（此件公开发布）", FS, SAN, L, 2)
    # 附件1 on a new page
    page_break(doc)
    P(doc, "附件1", HT, SAN, L, 0)
    P(doc, indent=0)
    P(doc, HF_ATT[0], XBZ, ER, C, 0, line=Pt(35))
    P(doc, indent=0, line=Pt(16))
    tbl = doc.add_table(rows=1 + len(HF_LIST), cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [14, 58, 58, 26])
    for i, h in enumerate(HF_LIST_HEADER):
        cell_text(tbl.cell(0, i), h, HT, SI, C, line=Pt(24))
    repeat_header(tbl.rows[0])
    for ri, row in enumerate(HF_LIST, start=1):
        for ci, v in enumerate(row):
            cell_text(tbl.cell(ri, ci), v, FS, SI, C if ci in (0, 3) else L, line=Pt(24))
            tbl.cell(ri, ci).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        row_height(tbl.rows[ri], 14)
        cant_split(tbl.rows[ri])
    # 附件2: blank 汇总表 form in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    a4(sec, landscape=True)
    sec._sectPr.find(qn("w:docGrid")).set(qn("w:type"), "default")
    P(doc, "附件2", HT, SAN, L, 0)
    p = P(doc, "", XBZ, 20, C, 0, line=Pt(32))
    r = fnt(p.add_run("2024年度市外贸促进政策（共建“一带一路”"), XBZ, 20)
    r.add_break()
    fnt(p.add_run("市场开拓）项目汇总表"), XBZ, 20)
    p = P(doc, "填报单位（盖章）：\t填报日期：　　年　　月　　日", FS, SI, L, 0, line=Pt(30))
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="left" w:pos="7600"/></w:tabs>' % nsdecls("w")))
    t2 = doc.add_table(rows=6, cols=len(HF_SUM_HEADER))
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t2, [12, 24, 40, 40, 24, 45, 22, 18])
    for i, h in enumerate(HF_SUM_HEADER):
        cell_text(t2.cell(0, i), h, HT, 12, C, line=Pt(20))
    repeat_header(t2.rows[0])
    for ri in range(1, 5):
        row_height(t2.rows[ri], 10)
    cell_text(t2.cell(5, 0), "合计", HT, 12, C, line=Pt(20))
    t2.cell(5, 0).merge(t2.cell(5, 1))
    row_height(t2.rows[5], 10)
    p = P(doc, "填报人：\t联系电话：", FS, SI, L, 0, line=Pt(30), before=6)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="left" w:pos="7600"/></w:tabs>' % nsdecls("w")))
    # 版记 on a portrait last page
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4(sec2)
    sec2._sectPr.find(qn("w:docGrid")).set(qn("w:type"), "lines")
    banji(doc, HF_CHAOSONG, HF_PRINTER, HF_PRINTDATE, blank=18)
    out = os.path.join(HERE, "blind192_hf_shenbao.docx")
    doc.save(out)
    return out


# ================================================================ (c) 青岛市人民政府令 + 管理办法
QD_NUM = "青岛市人民政府令第291号"
QD_TITLE = "中国（山东）自由贸易试验区青岛片区管理办法"
QD_LING = "《中国（山东）自由贸易试验区青岛片区管理办法》已经2024年10月29日市政府第68次常务会议审议通过，现予公布，自2025年1月1日起施行。"
# (chapter, [(article, [paragraphs: first is the article text, others 款 or （一）项])])
QD_CHAPTERS = [
    ("第一章　总　　则", [
        ("第一条", ["为了推进和规范中国（山东）自由贸易试验区青岛片区（以下简称青岛片区）建设，根据《中国（山东）自由贸易试验区条例》和《中国（山东）自由贸易试验区总体方案》等规定，结合本市实际，制定本办法。"]),
        ("第二条", ["本办法适用于青岛片区的建设、管理和服务等活动。",
                   "青岛片区的实施范围为52平方公里，包括青岛前湾保税港区9.12平方公里和青岛西海岸综合保税区2.01平方公里，具体四至范围以国务院批准的方案为准。"]),
        ("第三条", ["青岛片区建设应当以制度创新为核心，对标高标准国际经贸规则，重点发展现代海洋、国际贸易、航运物流、现代金融、先进制造等产业，打造东北亚国际航运枢纽和服务共建“一带一路”的重要开放平台。"]),
        ("第四条", ["市人民政府建立青岛片区建设协调推进机制，研究决定青岛片区发展中的重大事项。",
                   "市商务部门承担青岛片区建设协调推进机制办公室日常工作。发展改革、财政、自然资源和规划、交通运输、地方金融等部门按照各自职责做好相关工作。"]),
        ("第五条", ["鼓励青岛片区开展差别化探索。改革创新未达到预期效果，但同时符合下列条件的，对有关单位和个人不作负面评价，依法免除或者减轻相关责任：",
                   "（一）改革创新方案的制定和实施符合法律、法规规定的程序；",
                   "（二）有关单位和个人勤勉尽责，未牟取私利；",
                   "（三）未恶意串通损害公共利益或者他人合法权益。"]),
    ]),
    ("第二章　管理体制", [
        ("第六条", ["中国（山东）自由贸易试验区青岛片区管理委员会（以下简称片区管委会）作为市人民政府的派出机构，履行下列职责：",
                   "（一）组织实施青岛片区发展规划和改革试点任务；",
                   "（二）统筹青岛片区产业布局和招商引资工作；",
                   "（三）依法集中行使市人民政府赋予的行政审批和行政处罚权；",
                   "（四）市人民政府赋予的其他职责。"]),
        ("第七条", ["黄岛区人民政府负责青岛片区范围内的社会事务管理，配合片区管委会做好土地征收、房屋征收、安全生产和生态环境保护等工作。"]),
        ("第八条", ["市人民政府有关部门应当依法向片区管委会下放市级管理权限，下放事项目录由市人民政府公布，并实行动态调整。"]),
    ]),
    ("第三章　投资贸易便利化", [
        ("第九条", ["青岛片区实行外商投资准入前国民待遇加负面清单管理制度。片区管委会应当推行企业开办“一网通办”，将企业开办时间压缩至1个工作日以内。"]),
        ("第十条", ["在青岛前湾保税港区、青岛西海岸综合保税区内，海关实行“一线放开、二线安全高效管住”的监管模式，推行仓储货物按状态分类监管和“保税+”业务模式。"]),
        ("第十一条", ["支持青岛港前湾港区、董家口港区建设国际中转集拼中心，开展外贸集装箱沿海捎带和国际船舶登记业务。",
                    "在董家口港区开展铁矿石、原油等大宗商品混配、保税储存业务的，按照海关有关规定办理。"]),
        ("第十二条", ["支持青岛片区发展国际航运服务业，引进国际船舶管理、船舶经纪、海事仲裁等机构。"]),
        ("第十三条", ["支持青岛片区与中国—上海合作组织地方经贸合作示范区（以下简称上合示范区）开展联动创新，共同拓展中欧班列（齐鲁号）国际物流通道，推动胶州市上合示范区多式联运中心与前湾港区“港站一体化”运营。"]),
        ("第十四条", ["支持青岛片区建设面向日韩和共建“一带一路”国家的跨境电子商务综合服务平台，发展跨境电商海外仓、保税展示交易等新业态。"]),
    ]),
    ("第四章　金融创新与风险防范", [
        ("第十五条", ["支持在青岛片区内开展跨境人民币业务创新，便利企业在对外贸易和投资中使用人民币结算。",
                    "符合条件的企业可以按照规定开展跨境资金集中运营。"]),
        ("第十六条", ["支持金融机构在青岛片区设立航运金融、供应链金融等专营机构，开展船舶融资租赁、出口信用保险保单融资等业务。"]),
        ("第十七条", ["片区管委会应当会同金融管理部门建立金融风险监测预警机制。有下列情形之一的，应当及时采取处置措施并报告市人民政府：",
                    "（一）出现区域性、系统性金融风险苗头的；",
                    "（二）发现非法集资、洗钱等违法犯罪线索的；",
                    "（三）其他需要报告的重大金融风险事项。"]),
    ]),
    ("第五章　附　　则", [
        ("第十八条", ["青岛胶州湾综合保税区、青岛即墨综合保税区可以参照本办法，复制推广青岛片区改革试点经验。"]),
        ("第十九条", ["本办法具体应用中的问题，由市商务部门负责解释。"]),
        ("第二十条", ["本办法自2025年1月1日起施行。"]),
    ]),
]
QD_CHAOSONG = "市委各部门，市人大常委会办公厅，市政协办公厅，市纪委监委，市法院，市检察院，青岛海关，各区、市人民政府。"
QD_PRINTER = "青岛市人民政府办公厅"
QD_PRINTDATE = "2024年11月8日"


def build_qd():
    doc = new_doc(odd_even=True)
    s0 = doc.sections[0]
    s0.different_first_page_header_footer = True   # the 令 page carries no page number
    # 令 page
    P(doc, indent=0)
    banhead(doc, "青岛市人民政府令", 52, width_scale=90)
    P(doc, indent=0)
    p = P(doc, "第291号", FS, SAN, C, 0)
    pborder(p, "bottom", 18, "FF0000", 10)
    P(doc, indent=0)
    P(doc, indent=0)
    P(doc, QD_LING)
    P(doc, indent=0)
    P(doc, indent=0)
    p = P(doc, "", FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * 4)
    fnt(p.add_run("市长　"), FS, SAN)
    fnt(p.add_run("孙立群"), KT, SAN)
    p = P(doc, "2024年11月8日", FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * 4)
    # body in a new section, page numbers restart at 1
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.different_first_page_header_footer = False
    restart_numbering(sec, 1)
    title(doc, ["中国（山东）自由贸易试验区", "青岛片区管理办法"], soft=False, blank_after=1)
    for chap, arts in QD_CHAPTERS:
        P(doc, chap, HT, SAN, C, 0, before=0, after=0).paragraph_format.keep_with_next = True
        for num, paras in arts:
            runin(doc, num + "　", paras[0], HT)
            for t in paras[1:]:
                P(doc, t)
    P(doc, indent=0)
    banji(doc, QD_CHAOSONG, QD_PRINTER, QD_PRINTDATE, blank=6)
    out = os.path.join(HERE, "blind192_qd_banfa.docx")
    doc.save(out)
    return out


# ================================================================ (d) 苏州 转发 通知
SZ_NUM = "苏府办〔2024〕96号"
SZ_TITLE = "苏州市人民政府办公室转发省政府办公厅关于推动综合保税区高质量发展实施意见的通知"
SZ_MAIN_TO = "各市、区人民政府，苏州工业园区、苏州高新区管委会，市各委办局，各直属单位："
SZ_COVER = "省政府办公厅《关于推动综合保税区高质量发展的实施意见》（苏政办发〔2024〕31号）已印发。现转发给你们，并结合我市实际提出以下要求，请一并认真贯彻落实。"
SZ_COVER_ITEMS = [
    "一、苏州工业园综合保税区、昆山综合保税区要对标全国综合保税区发展绩效评估A类标准，2024年底前各新增保税研发、保税维修项目不少于5个。",
    "二、张家港保税港区、太仓港综合保税区要依托张家港港区、太仓港区，拓展“区港联动”功能，力争2025年区内企业进出口额较2023年增长15%。",
    "三、市商务局、苏州海关要会同各地建立综合保税区发展月度调度机制，各地于每季度首月15日前将上季度工作进展情况报市政府。",
]
JS_TITLE = "江苏省人民政府办公厅关于推动综合保税区高质量发展的实施意见"
JS_NUM = "苏政办发〔2024〕31号"
JS_MAIN_TO = "各设区市人民政府，省各委办厅局，省各直属单位："
JS_INTRO = "综合保税区是开放型经济的重要平台。为贯彻落实《国务院关于促进综合保税区高水平开放高质量发展的若干意见》，推动全省综合保税区提升能级、创新发展，更好服务共建“一带一路”和长江经济带发展，经省人民政府同意，现提出如下实施意见。"
JS_SECTIONS = [
    ("一、优化区域布局", [
        ("（一）推动整合优化。", "支持苏州工业园综合保税区、南京综合保税区（龙潭片区）、无锡高新区综合保税区开展围网整合优化，2025年底前完成规划面积调整。"),
        ("（二）推进“区港联动”。", "支持连云港综合保税区与连云港港连云港区、南通综合保税区与南通港通州湾港区开展“区港联动”，实现货物“一次申报、一次查验、一次放行”。"),
    ]),
    ("二、培育发展新动能", [
        ("（一）发展保税研发和维修。", "支持综合保税区内企业开展高技术、高附加值、符合环保要求的保税维修业务，对全省年度保税维修业务额增长最快的3个综合保税区，省级商务发展专项资金给予每个200万元奖励。"),
        ("（二）发展跨境电商。", "支持徐州综合保税区、淮安综合保税区建设跨境电商产业园，开展跨境电商“1210”保税进口和出口海外仓业务。"),
        ("（三）发展保税物流。", "支持南京综合保税区（江宁片区）依托南京禄口国际机场建设航空物流分拨中心，开展国际货物中转和集拼业务。"),
    ]),
    ("三、深化改革创新", [
        ("（一）推广企业集团加工贸易监管改革。", "在全省综合保税区推广“四自一简”监管模式，支持企业自主备案、自定核销周期、自主核报、自主补缴税款。"),
        ("（二）服务共建“一带一路”。", "支持连云港综合保税区依托中哈（连云港）物流合作基地、上合组织（连云港）国际物流园，发展面向中亚、欧洲的过境物流和保税仓储业务。"),
    ]),
    ("四、强化保障措施", [
        ("（一）压实主体责任。", "各设区市人民政府要落实综合保税区发展主体责任，对年度绩效评估排名全国后30%的综合保税区，由所在设区市人民政府制定整改方案。"),
        ("（二）加强评估考核。", "省商务厅会同南京海关建立全省综合保税区发展绩效评估通报机制，每年通报一次评估结果。"),
        ("（三）明确实施期限。", "本实施意见自2024年6月1日起施行，有效期5年。"),
    ]),
]
SZ_CHAOSONG = "市委各部门，市人大常委会办公室，市政协办公室，市纪委市监委，市法院，市检察院，苏州海关，苏州军分区。"
SZ_PRINTER = "苏州市人民政府办公室"
SZ_PRINTDATE = "2024年6月4日"


def build_sz():
    doc = new_doc(odd_even=False, centered_numbers=True, body_font=FS2)
    banhead(doc, "苏州市人民政府办公室文件", 44, width_scale=75)
    docnum_rule(doc, SZ_NUM, blank_before=2)
    title(doc, ["苏州市人民政府办公室转发省政府办公厅", "关于推动综合保税区高质量发展", "实施意见的通知"], soft=True)
    P(doc, SZ_MAIN_TO, FS2, indent=0)
    P(doc, SZ_COVER, FS2)
    for t in SZ_COVER_ITEMS:
        P(doc, t, FS2)
    signoff(doc, "苏州市人民政府办公室", "2024年6月3日", right_chars=3, blank=2)
    # the forwarded provincial document, in full, on a new page
    page_break(doc)
    title(doc, ["江苏省人民政府办公厅关于推动", "综合保税区高质量发展的实施意见"], soft=False, blank_after=0)
    P(doc, "（" + JS_NUM + "）", KT, SAN, C, 0)
    P(doc, indent=0)
    P(doc, JS_MAIN_TO, FS2, indent=0)
    P(doc, JS_INTRO, FS2)
    for head, items in JS_SECTIONS:
        P(doc, head, HT, SAN)
        for h, t in items:
            runin(doc, h, t, KT, body_font=FS2)
    signoff(doc, "江苏省人民政府办公厅", "2024年5月20日", right_chars=3, blank=2)
    page_break(doc)
    banji(doc, SZ_CHAOSONG, SZ_PRINTER, SZ_PRINTDATE, blank=15)
    out = os.path.join(HERE, "blind192_sz_zhuanfa.docx")
    doc.save(out)
    return out


# ================================================================ PDF
def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_192", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ expected.json
def expected():
    out = {}
    # ---- (a) 浙江 意见
    zj_cl = [ZJ_INTRO]
    for head, subs in ZJ_SECTIONS:
        for h, text, items in subs:
            if text:
                zj_cl.append(h + text)
            zj_cl.extend(items)
    out["blind192_zj_yijian"] = [{
        "meta": {
            "title": ZJ_TITLE, "doc_number": ZJ_NUM, "issuer": ["浙江省人民政府"],
            "date": "2024-06-18", "published": "2024-06-21", "level": "provincial", "region": "浙江省",
            "effective": "2024-07-01", "expires": "2027-06-30", "attachments": [], "doc_type": "意见",
            "recipients": ["各市、县（市、区）人民政府", "省政府直属各单位"], "publicity": "此件公开发布",
        },
        "clauses": zj_cl,
        "applies_to": {
            "default": "浙江省（中国（浙江）自由贸易试验区）",
            "specific": {
                "一、（一）1．": "舟山片区；宁波舟山港鼠浪湖、黄泽山、外钓油品储运基地（舟山市）",
                "一、（一）2．": "舟山片区；宁波舟山港大榭、北仑、金塘港区（宁波市北仑区、舟山市定海区金塘镇）",
                "一、（一）3．": "舟山片区（舟山市）",
                "一、（二）": "浙江国际油气交易中心（舟山）；宁波片区、舟山片区",
                "二、（一）1．": "杭州片区",
                "二、（一）2．": "杭州片区滨江区块、萧山区块（杭州市滨江区、萧山区）",
                "二、（二）1．": "义乌综合保税区、杭州综合保税区（下沙园区）",
                "二、（二）2．": "金义片区；义乌市",
                "三、（一）": "金华市、义乌市",
                "三、（二）1．": "宁波舟山港穿山港区、梅山港区（宁波市北仑区）— 金华、义乌、衢州、丽水 are destinations of the trains (tagging them too is fine)",
                "三、（二）2．": "舟山（舟山江海联运服务中心）",
                "三、（三）": "温州综合保税区、台州综合保税区；温州市瓯海区、台州市路桥区",
                "四、（二）": "舟山、宁波、杭州、金义四个片区",
            },
            "note": "二、（二）3． (海外仓 in 共建“一带一路”国家) applies to 省内企业 — it stays 浙江省, not abroad. 中亚、东欧 (三、（一）) and 长江沿线港口 (三、（二）2．) do not place a clause. Clauses with no place of their own (intro, 二、（二）3．, 四、（一）, 四、（三）) take the default.",
        },
        "_note": (
            "Furniture: red 版头 浙江省人民政府文件 (condensed 80%); 文号 浙政发〔2024〕16号 + red rule; title ONE paragraph with two soft line breaks (浙江省人民政府关于推进中国（浙江）/ 自由贸易试验区提升发展更好服务 / 共建“一带一路”的意见 — the first break falls right after the closing bracket of 中国（浙江）) — joined with no space; 主送; 落款 浙江省人民政府 / 2024年6月18日; （此件公开发布）; "
            "版记 (抄送… / 浙江省人民政府办公厅 2024年6月21日印发) follows after 3 empty paragraphs with no page break (in the PDF it lands alone at the top of the last page); footer “— N —” odd right / even left. "
            "Three levels: 一、 黑体 headings on their own lines (no text; as heading clauses tolerable low); （一） 楷体 — either a heading alone on its line followed by 1．2．3． items (一、（一）, 二、（一）, 二、（二）, 三、（二）: heading only, not a clause), or run-in with its own text and no items (一、（二）, 三、（一）, 三、（三）, 四、（一）–（三）: heading + text = one clause). "
            "1．2．3． (full-width dot) items are separate paragraphs: each one clause whose path is 一、/（一）/1． — （一） and 1． restart under each parent, so labels need their parents to be unique. "
            "Item 二、（二）2． is typed with a soft line break (Shift+Enter) after “融合发展模式，” — it is one clause, joined with no space (in the PDF the justified line before the break is stretched: “融 合 发 展 模 式，” letter-spaced). "
            "date = 2024-06-18 (落款); published 2024-06-21 (版记); effective 2024-07-01, expires 2027-06-30 (四、（三）). Deadlines (2024年12月底前, 到2025年底) are not document dates."
        ),
        "_pdf": {"note": "5 pages. Page 1 ends with the heading （一）提升舟山片区油气储运能力。 — its items start on page 2. The 落款 + （此件公开发布） close page 4; page 5 holds only the 版记 (at the top). Same expected meta and clauses."},
    }]
    # ---- (b) 合肥 申报通知
    hf_cl = [HF_INTRO]
    for blk in HF_BODY:
        if blk[0] == "T":
            hf_cl.append(blk[1])
        elif blk[0] == "R":
            hf_cl.append(blk[1] + blk[2])
    hf_cl += [row_clause(HF_LIST_HEADER, r) for r in HF_LIST]
    out["blind192_hf_shenbao"] = [{
        "meta": {
            "title": HF_TITLE, "doc_number": HF_NUM, "issuer": ["合肥市商务局", "合肥市财政局"],
            "date": "2024-07-22", "published": "2024-07-23", "level": "municipal", "region": "安徽省合肥市",
            "effective": None, "expires": None, "attachments": HF_ATT, "doc_type": "通知（申报）",
            "recipients": ["各县（市）、区商务主管部门、财政局", "合肥高新区、合肥经开区、合肥新站高新区经贸发展局、财政局"],
            "publicity": "此件公开发布",
        },
        "clauses": hf_cl,
        "applies_to": {
            "default": "安徽省合肥市",
            "specific": {
                "一、（三）": "合肥经济技术开发区综合保税区、合肥高新技术产业开发区综合保税区",
                "一、（五）": "中国（安徽）自由贸易试验区合肥片区",
                "二、1.": "合肥市（含肥东县、肥西县、长丰县、庐江县、巢湖市）— the whole city; listing the 4 县 + 巢湖市 is fine, narrowing the clause to them alone is wrong",
                "四、（二）": "合肥市; second sentence: 合肥经开区综合保税区、合肥高新区综合保税区",
                "附件1 序号6": "合肥经开区综合保税区、合肥高新区综合保税区",
            },
            "note": "共建“一带一路”国家 (一、（一）（二）) is where the fair / warehouse is — the subsidy is Hefei's; 中欧班列（合肥） names a service, not a place.",
        },
        "_note": (
            "Joint 版头 typed with Word's 双行合一 (w:eastAsianLayout w:combine): ONE red run “合肥市商务局合肥市财政局” printed as two half-height lines (合肥市商务局 over 合肥市财政局) followed by a big “文件” — furniture; issuer = 合肥市商务局 and 合肥市财政局 (two organs, not “合肥市商务局合肥市财政局”). "
            "文号 合商务〔2024〕112号 (lead organ only) + red rule; title in THREE centred paragraphs (合肥市商务局　合肥市财政局关于组织申报 / 2024年度市外贸促进政策（共建“一带一路” / 市场开拓）项目的通知 — the second break falls inside the bracket) — joined with no space; the full-width space between the two organs may be kept, halved or dropped (taste). "
            "主送 (2 items); intro ending in a colon; 一、…五、 黑体 headings on their own lines (headings, not clauses); run-in 楷体 （一）… items (heading + text = one clause; 五、（一）（二） have a bare number with no heading text). "
            "二、申报条件: lead-in “申报企业应当同时符合下列条件：” then items 1.…5. with ASCII dots as separate paragraphs — note item 2 begins “2.2023年度…” (the number 2. is followed directly by a year); lead-in and items as separate clauses as listed, merged into one clause equally good; 2.2023 must not be read as a decimal or a date. "
            "三、申报材料 has a single text paragraph (a clause). 附件说明 on two paragraphs (附件：1．… / 2．…) → attachments without numbers. "
            "Joint 落款 on ONE line “合肥市商务局　　　　　合肥市财政局” (full-width spaces) with 2024年7月22日 under it; （此件公开发布）. "
            "附件1 (new page): label, title 申报材料清单, a 4-column Word table 序号/材料名称/具体要求/适用项目, header row marked to repeat, 8 rows; rows 3 and 7 have an EMPTY 具体要求 cell (skip it, don't shift columns). Each row one clause written 序号：N；材料名称：…；具体要求：…；适用项目：… . "
            "附件2 (landscape section): label, title in one paragraph with a soft break, 填报单位（盖章）/填报日期 line, a BLANK 8-column form (header + 4 empty rows + 合计 row, merged first two cells) and 填报人/联系电话 line — a blank form: no clauses (its header as one row clause: low; empty rows as clauses: medium). "
            "版记 (抄送：省商务厅，省财政厅，合肥海关。 / 合肥市商务局办公室 2024年7月23日印发) alone on a portrait last page. "
            "date 2024-07-22; published 2024-07-23; no effective/expires (a 申报通知 has none; effective = 2024-07-22 tolerable low). The 申报 window 2024-08-01…08-31, deadline 2024-09-15 and the project period 2023-07-01…2024-06-30 are NOT effective/expires. 合政办〔2023〕15号 is a cited policy, not this doc_number."
        ),
        "_pdf": {"note": "7 pages. The 双行合一 版头 prints as two small red lines (合肥市商务局 / 合肥市财政局) beside a large 文件 — text extraction may give them in either order or interleaved. Page 4 holds 五、（二）, the 附件说明 and the joint 落款; page 5 附件1 table; page 6 landscape 附件2 blank form; page 7 only the 版记. Same expected meta and clauses."},
    }]
    # ---- (c) 青岛 令 + 管理办法
    qd_art = [num + "　" + "\n".join(paras) for _, arts in QD_CHAPTERS for num, paras in arts]
    out["blind192_qd_banfa"] = [{
        "meta": {
            "title": QD_TITLE, "doc_number": QD_NUM, "issuer": ["青岛市人民政府"],
            "date": "2024-11-08", "published": "2024-11-08", "level": "municipal", "region": "山东省青岛市",
            "effective": "2025-01-01", "expires": None, "attachments": [], "doc_type": "政府规章（管理办法，以市政府令公布）",
            "recipients": [], "publicity": None,
        },
        "clauses": [QD_LING] + qd_art,
        "applies_to": {
            "default": "中国（山东）自由贸易试验区青岛片区（山东省青岛市黄岛区／青岛西海岸新区）",
            "specific": {
                "第二条": "青岛片区；青岛前湾保税港区、青岛西海岸综合保税区",
                "第七条": "黄岛区（青岛片区范围内）",
                "第十条": "青岛前湾保税港区、青岛西海岸综合保税区",
                "第十一条": "青岛港前湾港区、董家口港区；第二款 董家口港区 only",
                "第十三条": "青岛片区 + 上合示范区（胶州市）；前湾港区",
                "第十八条": "青岛胶州湾综合保税区、青岛即墨综合保税区 (outside the 片区)",
            },
            "note": "日韩 / 共建“一带一路”国家 (第十四条), 中欧班列（齐鲁号） (第十三条) do not place clauses abroad. Region 山东省青岛市 is right for the document; the 片区 (黄岛区) as the default place of the articles is welcome, 青岛市 alone is acceptable (low).",
        },
        "_note": (
            "Page 1 is the 令: red 青岛市人民政府令 (no 文件), “第291号” with a red rule, the 令 sentence (the first expected clause; dropped: low), “市长　孙立群” (name in a 楷体 run) and 2024年11月8日 — page 1 has no page number (different first page). "
            "A NEXT-PAGE SECTION BREAK follows; page numbering restarts at 1. Title 中国（山东）自由贸易试验区 / 青岛片区管理办法 in two centred paragraphs (joined with no space); 第一章…第五章 centred 黑体 chapter headings (headings, not clauses; the path of 第X条 should carry its 章); 第一条…第二十条 run-in 黑体 number + full-width space + text. "
            "款 paragraphs (unnumbered, indented like any paragraph): 第二条, 第四条, 第十一条, 第十五条 have a second 款; 项 （一）…: 第五条 (3), 第六条 (4), 第十七条 (3). Expected: each 条 one clause with its 款/项 joined by newlines; separate clauses for 款/项 tolerable (low) if in order under their 条; a 款 glued into the next 条 or read as a new top-level item = high. "
            "版记 (抄送… / 青岛市人民政府办公厅 2024年11月8日印发) after 6 empty paragraphs at the end. "
            "Title = the 办法 title (not 青岛市人民政府令: medium). doc_number 青岛市人民政府令第291号 (“第291号” alone: low). Issuer 青岛市人民政府 (市长 / 孙立群 as issuer: medium). date = 公布 2024-11-08 (the 常务会议 date 2024-10-29: low); effective 2025-01-01 (令 sentence and 第二十条); no expiry. No 主送, no （此件公开发布）."
        ),
        "_pdf": {"note": "6 pages: the 令 page without a number, body pages “— 1 —”…“— 4 —” (odd right / even left), and a last page “— 5 —” holding only the 版记 at its top (the empty paragraphs pushed it over). Chapter headings fall mid-page. Same expected meta and clauses."},
    }]
    # ---- (d) 苏州 转发 + 江苏省 实施意见
    js_cl = [JS_INTRO] + [h + t for _, items in JS_SECTIONS for h, t in items]
    out["blind192_sz_zhuanfa"] = [
        {
            "meta": {
                "title": SZ_TITLE, "doc_number": SZ_NUM, "issuer": ["苏州市人民政府办公室"],
                "date": "2024-06-03", "published": "2024-06-04", "level": "municipal", "region": "江苏省苏州市",
                "effective": None, "expires": None, "attachments": [], "doc_type": "通知（转发）",
                "recipients": ["各市、区人民政府", "苏州工业园区、苏州高新区管委会", "市各委办局", "各直属单位"],
                "publicity": "此件公开发布",
                "forwards": JS_TITLE + "（" + JS_NUM + "）",
            },
            "clauses": [SZ_COVER] + SZ_COVER_ITEMS,
            "applies_to": {
                "default": "江苏省苏州市",
                "specific": {
                    "一、": "苏州工业园综合保税区（苏州工业园区）、昆山综合保税区（昆山市）",
                    "二、": "张家港保税港区、太仓港综合保税区；张家港港区、太仓港区（张家港市、太仓市）",
                },
                "note": "三、 (市商务局、苏州海关 … 各地) is city-wide.",
            },
        },
        {
            "meta": {
                "title": JS_TITLE, "doc_number": JS_NUM, "issuer": ["江苏省人民政府办公厅"],
                "date": "2024-05-20", "published": None, "level": "provincial", "region": "江苏省",
                "effective": "2024-06-01", "expires": "2029-05-31", "attachments": [], "doc_type": "实施意见",
                "recipients": ["各设区市人民政府", "省各委办厅局", "省各直属单位"], "publicity": "此件公开发布",
            },
            "clauses": js_cl,
            "applies_to": {
                "default": "江苏省",
                "specific": {
                    "一、（一）": "苏州工业园综合保税区、南京综合保税区（龙潭片区）、无锡高新区综合保税区",
                    "一、（二）": "连云港综合保税区、连云港港连云港区；南通综合保税区、南通港通州湾港区",
                    "二、（二）": "徐州综合保税区、淮安综合保税区",
                    "二、（三）": "南京综合保税区（江宁片区）、南京禄口国际机场（南京市江宁区）",
                    "三、（二）": "连云港综合保税区；中哈（连云港）物流合作基地、上合组织（连云港）国际物流园（连云港市）",
                },
                "note": "中亚、欧洲 (三、（二）) are destinations. 二、（一）, 三、（一） concern all 综合保税区 of the province (default).",
            },
        },
    ]
    out["_sz_note"] = None
    del out["_sz_note"]
    out["blind192_sz_zhuanfa"][0]["_note"] = (
        "How counted: the file holds TWO documents — the 苏州市人民政府办公室 转发通知 (its own 版头, 文号, title, 主送, cover text, 落款, （此件公开发布）, and the 版记 at the very end) and the forwarded 江苏省人民政府办公厅 实施意见 printed in full after a page break (its own title, its 文号 in brackets under the title, 主送, body, 落款 江苏省人民政府办公厅 / 2024年5月20日, （此件公开发布）). "
        "The forwarded text is not an 附件 (no 附件 label, no 附件说明) and keeps its own issuer, 文号, date and effective/expires, so it is expected as a second document; reading the file as ONE document is medium if the provincial clauses are still there in order (the city notice then wrongly gets effective 2024-06-01), high if the provincial 文号/issuer/date replace the city's. "
        "City notice: red 版头 苏州市人民政府办公室文件 (condensed 75%), 文号 苏府办〔2024〕96号 + red rule, title ONE paragraph with two soft line breaks (苏州市人民政府办公室转发省政府办公厅 / 关于推动综合保税区高质量发展 / 实施意见的通知) joined with no space; cover paragraph (cites 苏政办发〔2024〕31号 — the forwarded doc's number, NOT this doc_number) + 3 whole-paragraph items 一、二、三、 (number + text = one clause); 落款 + （此件公开发布）; no effective/expires (a 转发 cover has none; effective = 2024-06-03 tolerable low; taking the province's 2024-06-01/2029-05-31: medium). "
        "Provincial 实施意见: title in two centred paragraphs (江苏省人民政府办公厅关于推动 / 综合保税区高质量发展的实施意见), “（苏政办发〔2024〕31号）” centred in 楷体 under it (the doc_number — not a clause), 主送, intro, 一、…四、 黑体 headings (not clauses) with run-in 楷体 （一）（二）（三） (heading + text = one clause, restarting under each 一、); 四、（三） 本实施意见自2024年6月1日起施行，有效期5年 → effective 2024-06-01, expires 2029-05-31 (computed; 2029-06-01 tolerable low); 落款 江苏省人民政府办公厅 / 2024年5月20日 → date 2024-05-20; published unknown (the 版记 印发 2024-06-04 is the city's). "
        "版记 (抄送… / 苏州市人民政府办公室 2024年6月4日印发) alone on the last page after a page break and 15 empty paragraphs. Page numbers “— N —” centred on every page. Body font 仿宋 (not 仿宋_GB2312)."
    )
    out["blind192_sz_zhuanfa"][0]["_pdf"] = {"note": "6 pages. Page 2: cover item 三、, 落款, （此件公开发布）; page 3 starts the provincial 实施意见 (title, （苏政办发〔2024〕31号）, 主送); page 5 holds only the provincial 落款 + （此件公开发布） (must not start a third document or be lost as the province's date); page 6 holds only the 版记. Curly quotes “” are drawn in a fallback font and come out of order in the text layer (e.g. “区港联动” → 区港联动 “ ”) — expected text keeps them in place. Same expected meta and clauses."}
    return out


def main():
    files = [build_zj(), build_hf(), build_qd(), build_sz()]
    for f in files:
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
