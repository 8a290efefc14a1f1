# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731, C420
"""Blind round 122: FTZ notices to the public and results announced.

Writes next to itself:
  blind122_xiamen_notice.docx / .pdf   厦门市人民政府通告（厦府告〔2024〕3号），no 主送, 特此通告, attachment map + table
  blind122_zhejiang_report.docx / .pdf 浙江省商务厅通报（浙商务发〔2025〕8号），ranking table with ties and 平均 row, two attachments
  blind122_shaanxi_proposal.html       倡议书 of an FTZ enterprise alliance, saved from a government portal page
  expected.json
Run:  python make_blind122.py   (needs python-docx, Pillow, LibreOffice `soffice` on PATH)
"""
import copy
import json
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
RED = RGBColor(0xE6, 0x00, 0x12)
FS = "仿宋_GB2312"; HT = "黑体"; KT = "楷体_GB2312"; XBS = "方正小标宋简体"; ST = "宋体"
SAN = 16; ER = 22; SI = 14  # 三号, 二号, 四号
LINE = Pt(28.9)
FONT_DIR = "/usr/share/fonts/opentype/noto/"


# ---------------------------------------------------------------- docx helpers
def fmt(run, font=FS, size=SAN, bold=False, color=None, spacing=None):
    run.font.name = "Times New Roman" if font in (FS, ST) else font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    if spacing is not None:
        sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), str(spacing)); rpr.append(sp)
    return run


def para(doc, parts, align=None, indent=True, size=SAN, line=LINE, before=0, after=0, left=None, right=None, hanging=None, keep=False):
    """parts: str or list of (text, font, bold) tuples."""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    if align is not None: p.alignment = align
    else: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if line is not None:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY; pf.line_spacing = line
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    if indent: pf.first_line_indent = Pt(size * 2)
    if left is not None: pf.left_indent = Pt(left)
    if right is not None: pf.right_indent = Pt(right)
    if hanging is not None: pf.first_line_indent = Pt(-hanging)
    if keep: pf.keep_with_next = True
    if isinstance(parts, str): parts = [(parts, FS, False)]
    for t, f, b in parts:
        fmt(p.add_run(t), f, size, b)
    return p


def border(p, side, sz=12, color="E60012", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr"); ppr.append(bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), str(space)); e.set(qn("w:color"), color)
    bdr.append(e)


def page_field(p, size=SI):
    fmt(p.add_run("— "), ST, size)
    r = p.add_run(); fmt(r, ST, size)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r = p.add_run(); fmt(r, ST, size)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "; r._r.append(it)
    r = p.add_run(); fmt(r, ST, size)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r._r.append(s)
    fmt(p.add_run("1"), ST, size)
    r = p.add_run(); fmt(r, ST, size)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r._r.append(e)
    fmt(p.add_run(" —"), ST, size)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"; st.font.size = Pt(SAN)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)
    s = doc.sections[0]
    s.page_width = Mm(210); s.page_height = Mm(297)
    s.top_margin = Mm(37); s.bottom_margin = Mm(35); s.left_margin = Mm(28); s.right_margin = Mm(26)
    s.footer_distance = Mm(28 - 7); s.header_distance = Mm(15)
    doc.settings.odd_and_even_pages_header_footer = True
    fo = s.footer.paragraphs[0]; fo.alignment = WD_ALIGN_PARAGRAPH.RIGHT; fo.paragraph_format.right_indent = Pt(SI)
    page_field(fo)
    fe = s.even_page_footer.paragraphs[0]; fe.alignment = WD_ALIGN_PARAGRAPH.LEFT; fe.paragraph_format.left_indent = Pt(SI)
    page_field(fe)
    return doc


def masthead(doc, organ, docno, size=42):
    p = para(doc, [(organ, XBS, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=size, line=None, before=30)
    for r in p.runs:
        r.font.color.rgb = RED
    para(doc, "", indent=False, line=LINE)
    para(doc, "", indent=False, line=LINE)
    p = para(doc, docno, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    rule = para(doc, "", indent=False, line=Pt(8))
    border(rule, "bottom", sz=18, color="E60012")
    para(doc, "", indent=False)


def title(doc, lines):
    for ln in lines:
        para(doc, [(ln, XBS, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=ER, line=Pt(35))
    para(doc, "", indent=False)


def signoff(doc, organ, date, seal_png):
    para(doc, "", indent=False, keep=True)
    para(doc, "", indent=False, keep=True)
    p = para(doc, [(organ, FS, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right=SAN * 4, keep=True)
    float_seal(p, seal_png)
    para(doc, [(date, FS, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right=SAN * 4)


def float_seal(p, png, w_mm=42):
    """Put a seal picture floating behind the 落款 text (anchor, behindDoc)."""
    run = p.add_run()
    run.add_picture(str(png), width=Mm(w_mm))
    inline = run._r.find(".//" + qn("wp:inline"))
    extent = inline.find(qn("wp:extent")); cx, cy = extent.get("cx"), extent.get("cy")
    WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    anchor = OxmlElement("wp:anchor")
    for k, v in dict(distT="0", distB="0", distL="0", distR="0", simplePos="0", relativeHeight="251659264", behindDoc="1", locked="0", layoutInCell="1", allowOverlap="1").items():
        anchor.set(k, v)
    sp = OxmlElement("wp:simplePos"); sp.set("x", "0"); sp.set("y", "0"); anchor.append(sp)
    ph = OxmlElement("wp:positionH"); ph.set("relativeFrom", "column")
    o = OxmlElement("wp:posOffset"); o.text = str(int(Mm(85))); ph.append(o); anchor.append(ph)
    pv = OxmlElement("wp:positionV"); pv.set("relativeFrom", "paragraph")
    o = OxmlElement("wp:posOffset"); o.text = str(int(-Mm(16))); pv.append(o); anchor.append(pv)
    ex = OxmlElement("wp:extent"); ex.set("cx", cx); ex.set("cy", cy); anchor.append(ex)
    ee = OxmlElement("wp:effectExtent")
    for k in ("l", "t", "r", "b"): ee.set(k, "0")
    anchor.append(ee)
    anchor.append(OxmlElement("wp:wrapNone"))
    for tag in ("wp:docPr", "wp:cNvGraphicFramePr"):
        el = inline.find(qn(tag))
        if el is not None: anchor.append(copy.deepcopy(el))
    anchor.append(copy.deepcopy(inline.find(qn("a:graphic"))))
    inline.getparent().replace(inline, anchor)


def banji(doc, cc, printer, pdate):
    """版记: 抄送 + 印发 between rules, at the bottom of the last page."""
    for _ in range(2):
        para(doc, "", indent=False)
    p1 = para(doc, [("抄送：", FS, False), (cc, FS, False)], indent=False, size=SI, line=Pt(24), left=SI, right=SI, hanging=SI * 3)
    p1.paragraph_format.left_indent = Pt(SI * 4)
    border(p1, "top", sz=8, color="000000"); border(p1, "bottom", sz=4, color="000000")
    p2 = para(doc, [(printer, FS, False), ("\t" + pdate + "印发", FS, False)], indent=False, size=SI, line=Pt(24), left=SI, right=SI)
    tabs = p2.paragraph_format.tab_stops
    from docx.enum.text import WD_TAB_ALIGNMENT
    tabs.add_tab_stop(Mm(156 - 10), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", sz=8, color="000000")


def cell_text(cell, text, font=FS, size=SI, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]; p.alignment = align
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY; p.paragraph_format.line_spacing = Pt(24)
    fmt(p.add_run(text), font, size, bold)


def header_repeat(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trpr.append(h)


def table(doc, header, rows, widths_mm, size=SI, left_cols=()):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, size)
    header_repeat(t.rows[0])
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row):
            if v is None: continue
            cell_text(t.rows[r].cells[c], v, FS, size, align=WD_ALIGN_PARAGRAPH.LEFT if c in left_cols else WD_ALIGN_PARAGRAPH.CENTER)
    t.autofit = False
    for c, w in enumerate(widths_mm):
        t.columns[c].width = Mm(w)
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in t.rows:
        trpr = row._tr.get_or_add_trPr()
        cs = OxmlElement("w:cantSplit"); cs.set(qn("w:val"), "true"); trpr.insert(0, cs)
        for c, w in enumerate(widths_mm):
            row.cells[c].width = Mm(w)
    return t


def page_break(doc):
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- images
def seal(path, organ, star=True):
    S = 600
    im = Image.new("RGBA", (S, S), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    red = (230, 0, 18, 215)
    d.ellipse((12, 12, S - 12, S - 12), outline=red, width=16)
    font = ImageFont.truetype(FONT_DIR + "NotoSansCJK-Bold.ttc", 64)
    import math
    n = len(organ); span = 220
    for i, ch in enumerate(organ):
        a = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        r = S / 2 - 90
        x = S / 2 + r * math.cos(a); y = S / 2 + r * math.sin(a)
        g = Image.new("RGBA", (90, 90), (255, 255, 255, 0))
        ImageDraw.Draw(g).text((45, 45), ch, font=font, fill=red, anchor="mm")
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        im.alpha_composite(g, (int(x - 45), int(y - 45)))
    if star:
        cx, cy, R, r2 = S / 2, S / 2, 80, 32
        pts = []
        for k in range(10):
            ang = math.radians(-90 + 36 * k); rr = R if k % 2 == 0 else r2
            pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
        d.polygon(pts, fill=red)
    im.save(path)


def map_png(path):
    W, H = 1400, 900
    im = Image.new("RGB", (W, H), "white"); d = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONT_DIR + "NotoSansCJK-Regular.ttc", 34)
    fs = ImageFont.truetype(FONT_DIR + "NotoSansCJK-Regular.ttc", 26)
    d.rectangle((40, 40, W - 40, H - 40), outline="black", width=3)
    poly = [(260, 180), (1120, 150), (1180, 700), (300, 760)]
    d.polygon(poly, outline=(230, 0, 18), width=8)
    d.text((620, 100), "海新路", font=f, fill="black"); d.text((1190, 400), "海沧大道", font=f, fill="black")
    d.text((600, 780), "港南路", font=f, fill="black"); d.text((110, 450), "建港路", font=f, fill="black")
    for (x, y, n) in [(280, 300, "1号卡口"), (700, 165, "2号卡口"), (1150, 560, "3号卡口")]:
        d.ellipse((x - 16, y - 16, x + 16, y + 16), fill=(0, 70, 160)); d.text((x + 24, y - 18), n, font=fs, fill=(0, 70, 160))
    d.text((560, 420), "海沧保税港区围网区域", font=f, fill=(230, 0, 18))
    d.text((60, H - 90), "图例：红线为围网范围  蓝点为卡口  比例尺 1:10000（示意）", font=fs, fill="black")
    im.save(path)


# ---------------------------------------------------------------- (a) 厦门 通告
XM_TITLE = "厦门市人民政府关于加强中国（福建）自由贸易试验区厦门片区海沧保税港区围网区域管理的通告"
XM_NO = "厦府告〔2024〕3号"
XM_PRE = "为进一步规范中国（福建）自由贸易试验区厦门片区海沧保税港区（以下简称保税港区）围网区域管理秩序，保障人员、车辆、货物和物品进出安全便利，更好服务“一带一路”国际物流大通道建设，根据《中华人民共和国海关法》《中华人民共和国海关综合保税区管理办法》《中国（福建）自由贸易试验区条例》等规定，现就有关事项通告如下："
XM = [  # (kind, head, text)  kind: art / sub
    ("art", "一、适用范围。", "本通告适用于保税港区围网区域，范围东至海沧大道、南至港南路、西至建港路、北至海新路，规划面积9.51平方公里（具体四至范围及卡口位置见附件）。进出保税港区卡口的人员、车辆、货物和物品，以及在围网区域内从事生产经营活动的单位和个人，应当遵守本通告。"),
    ("art", "二、允许开展的业务。", "自2024年7月1日起，经海关备案的区内企业可以在围网区域内开展下列业务："),
    ("sub", "", "（一）国际中转、国际配送、国际采购和转口贸易；"),
    ("sub", "", "（二）保税仓储、保税加工和保税检测维修，其中保税维修产品范围以商务部、生态环境部、海关总署公布的目录为准；"),
    ("sub", "", "（三）面向共建“一带一路”国家和地区的跨境电子商务网购保税进口及出口海外仓业务；"),
    ("sub", "", "（四）法律、行政法规未禁止的其他保税物流业务。"),
    ("art", "三、禁止事项。", "在保税港区围网区域内，禁止下列行为："),
    ("sub", "", "（一）建设除安全保卫人员外的工作人员生活消费设施和商业零售设施；"),
    ("sub", "", "（二）擅自在围网、卡口、视频监控等设施上开挖、攀爬、损毁或者移动相关设施；"),
    ("sub", "", "（三）未经登记的非区内车辆驶入，或者区内车辆在卡口缓冲区停放超过24小时；"),
    ("sub", "", "（四）国家禁止进出口的货物、物品进出围网区域；"),
    ("sub", "", "（五）未经批准在围网区域上空放飞无人机、风筝、孔明灯等。"),
    ("art", "四、人员和车辆进出管理。", ""),
    ("kt", "（一）人员进出。", "区内企业员工凭“智慧海沧港”电子通行证经1号、2号卡口进出；临时访客须由接待企业提前不少于2小时在线预约，凭有效身份证件核验进出。"),
    ("kt", "（二）车辆进出。", "货运车辆实行“一车一证”电子化管理，须安装电子车牌并在卡口“一键通关”系统备案；每日22时至次日6时，3号卡口仅限集装箱货运车辆通行。"),
    ("kt", "（三）施工管理。", "因施工需要临时开设通道或者拆除围网的，施工单位应当提前10个工作日向海沧保税港区管理局提出书面申请，经厦门海关同意后实施，施工期间应当落实24小时值守。"),
    ("art", "五、监督管理。", "厦门海关、海沧区人民政府、厦门市公安局海沧分局、海沧保税港区管理局按照各自职责，对围网区域实施监督管理。对违反本通告规定的，由有关部门依法予以处理；构成犯罪的，依法追究刑事责任。"),
    ("art", "六、咨询和投诉。", "对保税港区围网区域管理有疑问的，可拨打海沧保税港区管理局服务热线0592-6891100咨询；发现违反本通告行为的，可通过12345政务服务便民热线或者12360海关服务热线举报投诉。"),
    ("art", "七、施行日期。", "本通告自2024年7月1日起施行，有效期至2029年6月30日。《厦门市人民政府关于海沧保税港区围网管理有关事项的通告》（厦府告〔2019〕5号）同时废止。"),
]
XM_ATT = "海沧保税港区围网区域四至范围及卡口位置示意图"
XM_TAB_H = ["卡口", "位置", "通行对象", "开放时间"]
XM_TAB = [
    ["1号卡口", "建港路与海新路交叉口东侧", "人员、小型车辆", "6:00—24:00"],
    ["2号卡口", "海新路中段（港区管理局北侧）", "人员、货运车辆", "全天24小时"],
    ["3号卡口", "海沧大道与港南路交叉口西侧", "货运车辆（22时至次日6时仅限集装箱车辆）", "全天24小时"],
]


def build_xiamen():
    sealp = HERE / "_seal_xm.png"; seal(sealp, "厦门市人民政府")
    mp = HERE / "_map_xm.png"; map_png(mp)
    doc = new_doc()
    masthead(doc, "厦门市人民政府文件", XM_NO)
    title(doc, ["厦门市人民政府关于加强中国（福建）", "自由贸易试验区厦门片区海沧保税港区", "围网区域管理的通告"])
    para(doc, XM_PRE)
    for kind, head, text in XM:
        if kind == "art":
            para(doc, [(head, HT, False), (text, FS, False)])
        elif kind == "art" and head.startswith("七"):
            para(doc, [(head, HT, False), (text, FS, False)], keep=True)
        elif kind == "kt":
            para(doc, [(head, KT, False), (text, FS, False)])
        else:
            para(doc, text)
    para(doc, "特此通告。", keep=True)
    para(doc, "", keep=True)
    para(doc, "附件：" + XM_ATT, left=SAN * 2, indent=False, hanging=None, keep=True)
    signoff(doc, "厦门市人民政府", "2024年6月14日", sealp)
    para(doc, "")
    para(doc, "（此件公开发布）")
    # attachment
    page_break(doc)
    para(doc, [("附件", HT, False)], indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "", indent=False)
    para(doc, [("海沧保税港区围网区域四至范围", XBS, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=ER, line=Pt(35))
    para(doc, [("及卡口位置示意图", XBS, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=ER, line=Pt(35))
    para(doc, "", indent=False)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run().add_picture(str(mp), width=Mm(128))
    para(doc, [("卡口位置一览表", HT, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    table(doc, XM_TAB_H, XM_TAB, [22, 52, 52, 30], left_cols=(1, 2))
    banji(doc, "厦门海关，市委各部门，市人大常委会办公厅，市政协办公厅，市中级法院，市检察院，海沧区委、区政府。", "厦门市人民政府办公厅", "2024年6月17日")
    out = HERE / "blind122_xiamen_notice.docx"; doc.save(out)
    return out


# ---------------------------------------------------------------- (b) 浙江 通报
ZJ_TITLE = "浙江省商务厅关于2024年度自由贸易试验区制度创新成果评估情况的通报"
ZJ_NO = "浙商务发〔2025〕8号"
ZJ_MAIN = "中国（浙江）自由贸易试验区各片区管委会，各联动创新区所在设区市商务局，省自贸试验区建设领导小组有关成员单位："
ZJ_P1 = "为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，推动我省自由贸易试验区高质量建设、更好服务共建“一带一路”，根据《中国（浙江）自由贸易试验区制度创新成果评估办法（试行）》（浙商务发〔2023〕41号），我厅会同省级有关部门，于2025年1月至2月对舟山、宁波、杭州、金义4个片区和温州、嘉兴、绍兴、湖州、台州、衢州6个联动创新区2024年度制度创新成果进行了评估。现将有关情况通报如下："
ZJ_H1 = "一、评估总体情况"
ZJ_P2 = "本次评估采取“材料审核+实地核查+第三方评估”方式，从制度创新数量、创新质量、复制推广成效、服务共建“一带一路”贡献度4个维度，对各单位申报的217项成果逐项打分。全年共认定制度创新成果163项，其中全国首创31项，9项被国务院自由贸易试验区工作部际联席会议办公室作为最佳实践案例复制推广。各单位评估排名情况如下："
ZJ_TAB_H = ["排名", "片区", "得分", "等次"]
ZJ_TAB = [
    ["1", "舟山片区", "94.6", "优秀"],
    ["2", "宁波片区", "92.3", "优秀"],
    ["3", "杭州片区", "90.8", "优秀"],
    ["3", "金义片区", "90.8", "优秀"],
    ["5", "温州联动创新区", "86.5", "良好"],
    ["6", "嘉兴联动创新区", "84.2", "良好"],
    ["6", "绍兴联动创新区", "84.2", "良好"],
    ["8", "湖州联动创新区", "79.9", "合格"],
    ["9", "台州联动创新区", "76.4", "合格"],
    ["10", "衢州联动创新区", "68.7", "不合格"],
]
ZJ_AVG = "84.84"
ZJ_TNOTE = "注：得分相同的并列排名；90分以上为优秀，80分至89.9分为良好，70分至79.9分为合格，70分以下为不合格。"
ZJ_H2 = "二、表扬情况"
ZJ_PRAISE = [
    "舟山片区围绕油气全产业链开放发展，首创“保税燃料油跨关区直供”监管模式，全年保税燃料油加注量同比增长18.7%，相关做法在全国复制推广。",
    "宁波片区依托宁波舟山港建设“一带一路”枢纽，率先开展“海铁联运一单制”改革，集装箱海铁联运业务量突破180万标箱。",
    "杭州片区、金义片区分别在数字贸易规则衔接、“义新欧”中欧班列市场采购贸易联网监管方面形成一批首创性成果。",
    "经研究，决定对舟山片区、宁波片区、杭州片区、金义片区予以通报表扬，对温州联动创新区“民营企业境外投资风险联防联控机制”案例予以表扬。",
]
ZJ_H3 = "三、存在问题"
ZJ_CRIT = [
    "评估也发现，部分单位制度创新意识不强、成果质量不高。衢州联动创新区申报的12项成果中有7项属于一般性工作举措，不符合制度创新成果认定标准，且连续两年未形成可复制推广经验，评估得分低于70分，决定予以通报批评。",
    "湖州联动创新区、台州联动创新区存在已复制推广成果跟踪评估不及时、成效数据支撑不足等问题，请予以重视并认真整改。",
]
ZJ_H4 = "四、整改要求"
ZJ_REQ = [
    "（一）衢州联动创新区要深刻剖析原因，制定整改方案，于2025年4月30日前将整改方案报送省商务厅（省自贸办），整改完成情况于2025年9月30日前报送。",
    "（二）湖州联动创新区、台州联动创新区要针对成果跟踪评估不到位的问题开展自查，于2025年5月31日前报送自查整改报告。",
    "（三）各片区要对照评估指标体系（见附件1），于2025年6月30日前梳理形成2025年度制度创新重点任务清单，重点围绕服务共建“一带一路”、投资贸易自由化便利化开展首创性、差异化探索。",
    "（四）省级有关单位要加强对口指导，对各地提出的需省级层面协调解决的事项，原则上自收到之日起15个工作日内予以书面答复。",
]
ZJ_END = "希望受到表扬的单位珍惜荣誉、再接再厉，受到批评的单位引以为戒、切实整改。各片区、各联动创新区要以此次评估为契机，进一步加大改革创新力度，为我省打造高水平对外开放新高地作出更大贡献。"
ZJ_ATTS = ["2024年度自由贸易试验区制度创新成果评估指标体系", "2024年度自由贸易试验区最佳制度创新案例名单"]
ZJ_A1_H = ["一级指标", "权重", "评分要点"]
ZJ_A1 = [
    ["创新数量", "20%", "年度认定制度创新成果数量，全国首创成果加倍计分"],
    ["创新质量", "30%", "首创性、系统集成性和风险可控性"],
    ["复制推广成效", "25%", "在国家、省级层面复制推广情况及跟踪评估"],
    ["服务共建“一带一路”贡献度", "25%", "对国际物流通道、对外投资合作、贸易规则衔接的贡献"],
]
ZJ_A2_H = ["序号", "案例名称", "申报单位"]
ZJ_A2 = [
    ["1", "保税燃料油跨关区直供监管模式", "舟山片区"],
    ["2", "海铁联运“一单制”改革", "宁波片区"],
    ["3", "跨境数据流动“白名单”分类管理", "杭州片区"],
    ["4", "“义新欧”市场采购贸易联网监管", "金义片区"],
    ["5", "民营企业境外投资风险联防联控机制", "温州联动创新区"],
]


def build_zhejiang():
    sealp = HERE / "_seal_zj.png"; seal(sealp, "浙江省商务厅")
    doc = new_doc()
    masthead(doc, "浙江省商务厅文件", ZJ_NO)
    title(doc, ["浙江省商务厅关于2024年度自由贸易试验区", "制度创新成果评估情况的通报"])
    para(doc, ZJ_MAIN, indent=False)
    para(doc, ZJ_P1)
    para(doc, [(ZJ_H1, HT, False)])
    para(doc, ZJ_P2)
    t = table(doc, ZJ_TAB_H, ZJ_TAB + [["平均", None, ZJ_AVG, "—"]], [25, 65, 30, 30])
    last = t.rows[-1]
    m = last.cells[0].merge(last.cells[1]); cell_text(m, "平均", HT, SI)
    para(doc, ZJ_TNOTE, size=SI, line=Pt(24), before=4)
    para(doc, [(ZJ_H2, HT, False)])
    for x in ZJ_PRAISE: para(doc, x)
    para(doc, [(ZJ_H3, HT, False)])
    for x in ZJ_CRIT: para(doc, x)
    para(doc, [(ZJ_H4, HT, False)])
    for x in ZJ_REQ:
        para(doc, x)
    para(doc, ZJ_END, keep=True)
    para(doc, "", keep=True)
    para(doc, "附件：1．" + ZJ_ATTS[0], left=SAN * 7, indent=False, hanging=SAN * 5, keep=True)
    para(doc, "2．" + ZJ_ATTS[1], left=SAN * 7, indent=False, hanging=SAN * 2, keep=True)
    signoff(doc, "浙江省商务厅", "2025年3月18日", sealp)
    para(doc, "")
    para(doc, "（此件公开发布）")
    para(doc, "（联系人：省商务厅自贸试验区处　周晓岚，电话：0571-87052316）", indent=True)
    # attachments
    for i, (h, rows, w, lc) in enumerate([(ZJ_A1_H, ZJ_A1, [45, 20, 90], (2,)), (ZJ_A2_H, ZJ_A2, [18, 90, 45], (1,))], start=1):
        page_break(doc)
        para(doc, [("附件%d" % i, HT, False)], indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
        para(doc, "", indent=False)
        para(doc, [(ZJ_ATTS[i - 1], XBS, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=ER, line=Pt(35))
        para(doc, "", indent=False)
        table(doc, h, rows, w, left_cols=lc)
    banji(doc, "商务部自贸区港司，省委改革办，省发展改革委，省司法厅，杭州海关、宁波海关。", "浙江省商务厅办公室", "2025年3月19日")
    out = HERE / "blind122_zhejiang_report.docx"; doc.save(out)
    return out


# ---------------------------------------------------------------- (c) 陕西 倡议书 (html)
SX_TITLE = "关于携手共建“一带一路”、争做诚信守法开放型企业的倡议书"
SX_SAL = "各会员企业："
SX_INTRO = "中国（陕西）自由贸易试验区挂牌运行以来，广大会员企业积极投身改革开放，在中欧班列“长安号”集结运营、跨境电商、国际产能合作等领域取得显著成效。为进一步发挥企业在共建“一带一路”中的主体作用，助力陕西自贸试验区提升战略实施，中国（陕西）自由贸易试验区企业联盟向全体会员企业发出如下倡议："
SX_ITEMS = [
    ("一、坚守诚信经营底线。", "严格遵守国家法律法规和自贸试验区各项管理规定，依法纳税、如实申报，主动参与海关“经认证的经营者”（AEO）认证和企业信用修复，不虚开发票、不伪报瞒报、不侵犯知识产权。"),
    ("二、用好中欧班列“长安号”通道。", "立足西安国际港务区、西安经开区功能区等平台，优化“长安号”回程货源组织，积极开展“班列+跨境电商”“班列+海外仓”业务，力争会员企业全年新增回程货值不低于5亿元。"),
    ("三、提升对外贸易合规水平。", "建立健全出口管制、数据出境、境外反垄断审查等合规管理制度，2024年12月31日前完成本企业涉外合规风险自查；在共建“一带一路”国家投资经营时，尊重当地法律和风俗习惯，履行社会责任。"),
    ("四、践行绿色低碳发展。", "主动对接欧盟碳边境调节机制等国际规则，开展产品碳足迹核算，优先采购绿色低碳产品和服务，共同打造绿色贸易供应链。"),
    ("五、积极参与制度创新。", "及时反映生产经营中遇到的体制机制障碍，于2024年10月31日前通过联盟秘书处向陕西自贸办报送制度创新需求，参与新政策、新模式的先行先试和效果评估。"),
]
SX_CLOSE = "让我们携起手来，以更高标准、更实举措、更强担当，共同书写陕西自贸试验区服务共建“一带一路”的崭新篇章！"
SX_ORG = "中国（陕西）自由贸易试验区企业联盟"
SX_DATE = "2024年9月18日"


def build_shaanxi():
    items = "\n".join('<p style="text-indent:2em;"><strong>%s</strong>%s</p>' % (h, t) for h, t in SX_ITEMS)
    html = """<!DOCTYPE html>
<!-- saved from url=(0071)http://sxdofcom.shaanxi.gov.cn/sxzmq/tzgg/202409/t20240920_3389127.html -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="陕西省商务厅">
<meta name="SiteDomain" content="sxdofcom.shaanxi.gov.cn">
<meta name="SiteIDCode" content="6100000039">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="%(title)s">
<meta name="PubDate" content="2024-09-20 10:32">
<meta name="ContentSource" content="陕西自贸办">
<meta name="Keywords" content="倡议书,自贸试验区,一带一路">
<title>%(title)s_陕西省商务厅</title>
<link rel="stylesheet" href="./t20240920_3389127_files/style.css">
<style>
body{font-family:"Microsoft YaHei",SimSun;margin:0;background:#f4f4f4}
.top{background:#b5151b;color:#fff;padding:6px 40px;font-size:13px}
.nav a{color:#fff;margin:0 14px;text-decoration:none}
.wrap{width:1100px;margin:0 auto;background:#fff;padding:20px 40px}
table.xxgk{width:100%%;border-collapse:collapse;font-size:14px;margin:14px 0;background:#f9f9f9}
table.xxgk td{border:1px solid #ddd;padding:6px 10px}
.art{font-family:FangSong,"仿宋_GB2312";font-size:18px;line-height:2}
.art h1{font-family:"方正小标宋简体",SimSun;color:#b5151b;text-align:center;font-size:26px}
.foot{background:#333;color:#ccc;font-size:12px;text-align:center;padding:16px}
</style>
<script>var _hmt=_hmt||[];/* 统计代码 */ function doZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}</script>
</head>
<body>
<div class="top">
  <span>2024年9月20日 星期五</span>　<a href="#">无障碍浏览</a>　<a href="#">长者模式</a>　<a href="#">English</a>
  <div style="font-size:28px;font-weight:bold;margin:10px 0">陕西省商务厅</div>
  <div class="nav"><a href="#">首页</a><a href="#">机构概况</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">自贸试验区</a><a href="#">互动交流</a><a href="#">专题专栏</a></div>
  <form><input type="text" placeholder="请输入关键词"><button>搜索</button></form>
</div>
<div class="wrap">
  <div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">自贸试验区</a> &gt; <a href="#">通知公告</a></div>
  <table class="xxgk">
    <tr><td>索引号：</td><td>11610000016000347T/2024-01327</td><td>主题分类：</td><td>商贸、海关、旅游</td></tr>
    <tr><td>发布机构：</td><td>陕西省商务厅（陕西自贸办）</td><td>发文日期：</td><td>2024年09月20日</td></tr>
    <tr><td>名　　称：</td><td colspan="3">%(title)s</td></tr>
    <tr><td>文　　号：</td><td></td><td>有 效 性：</td><td>有效</td></tr>
  </table>
  <div class="art">
    <h1>%(title)s</h1>
    <div class="info" style="text-align:center;font-size:13px;color:#888;font-family:SimSun">发布时间：2024-09-20 10:32　来源：陕西自贸办　浏览次数：<span id="hits">1285</span>　【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
    <div id="zoom" class="TRS_Editor">
<p>%(sal)s</p>
<p style="text-indent:2em;">%(intro)s</p>
%(items)s
<p style="text-indent:2em;">%(close)s</p>
<p style="text-align:right;">%(org)s</p>
<p style="text-align:right;">%(date)s</p>
    </div>
    <div class="qr" style="text-align:right;font-size:13px;color:#666"><img src="./t20240920_3389127_files/qrcode.png" alt="二维码" width="90"><br>扫一扫在手机打开当前页</div>
    <div class="tools" style="text-align:right;font-size:13px">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】【<a href="#">收藏</a>】</div>
  </div>
  <div class="related">
    <h3>相关链接</h3>
    <ul>
      <li><a href="#">陕西省人民政府关于印发中国（陕西）自由贸易试验区提升行动方案（2024—2027年）的通知</a><span>2024-08-02</span></li>
      <li><a href="#">关于举办2024年“一带一路”企业合规经营培训班的通知</a><span>2024-09-11</span></li>
      <li><a href="#">中国（陕西）自由贸易试验区第九批制度创新案例发布</a><span>2024-07-26</span></li>
    </ul>
  </div>
</div>
<div class="foot">
  <p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
  <p>主办单位：陕西省商务厅　地址：西安市新城区新城大院　邮编：710004　联系电话：029-63913500</p>
  <p>网站标识码：6100000039　<a href="#">陕ICP备05001578号</a>　<a href="#">陕公网安备 61010202000372号</a></p>
  <p><img src="./t20240920_3389127_files/dzjg.png" alt="党政机关">　<img src="./t20240920_3389127_files/jiucuo.png" alt="政府网站找错"></p>
</div>
</body></html>
""" % dict(title=SX_TITLE, sal=SX_SAL, intro=SX_INTRO, items=items, close=SX_CLOSE, org=SX_ORG, date=SX_DATE)
    out = HERE / "blind122_shaanxi_proposal.html"; out.write_text(html, encoding="utf-8")
    return out


# ---------------------------------------------------------------- expected.json
def rowtxt(h, r):
    return "；".join("%s：%s" % (a, b) for a, b in zip(h, r))


def expected():
    e = {}
    xm_cl = [XM_PRE]
    xm_app = [["厦门市", "海沧保税港区"]]
    for kind, head, text in XM:
        if kind == "art" and not text:
            continue  # 四、 heading only: its sub-items carry the text
        xm_cl.append(head + text)
    xm_cl.append("特此通告。")
    xm_cl += [rowtxt(XM_TAB_H, r) for r in XM_TAB]
    xm_applies = {c: "厦门市 / 中国（福建）自由贸易试验区厦门片区海沧保税港区（围网区域）" for c in xm_cl}
    e["blind122_xiamen_notice"] = [{
        "meta": {"title": XM_TITLE, "doc_number": XM_NO, "issuer": ["厦门市人民政府"], "date": "2024-06-14",
                 "level": "municipal", "region": "福建省厦门市", "effective": "2024-07-01", "expires": "2029-06-30",
                 "attachments": [XM_ATT], "doc_type": "通告", "recipients": [], "printed": "2024-06-17",
                 "repeals": ["厦府告〔2019〕5号"], "publicity": "此件公开发布"},
        "clauses": xm_cl,
        "applies_to": {"default": "厦门市；海沧保税港区围网区域（中国（福建）自由贸易试验区厦门片区内）", "note": "every article applies to the bonded area of 海沧保税港区 in 厦门片区 (海沧区, 厦门市); none applies to 福建省 as a whole or to other 片区 (福州、平潭). The 卡口 rows apply to the named 卡口 in 海沧保税港区."},
        "_note": "Furniture: 版头 厦门市人民政府文件, red rule, page numbers — N —, seal picture, the map picture (its labels are pixels), 附件 page heading '附件', 版记 (抄送…；厦门市人民政府办公厅 2024年6月17日印发). No 主送 (a 通告 addresses the public). 特此通告。 may be dropped or kept as a clause (tolerable either way). 二、/三、 lead-ins may be merged with their (一)…(五) items (tolerable if no text lost); '四、人员和车辆进出管理。' is a heading alone. 附件 title and '卡口位置一览表' are headings. Effective 2024-07-01 comes from 七、, not the 成文日期; 2024-06-17 is the 印发 date, not the date.",
    }]
    zj_cl = [ZJ_P1, ZJ_P2] + [rowtxt(ZJ_TAB_H, r) for r in ZJ_TAB] + ["排名：平均；得分：%s；等次：—" % ZJ_AVG, ZJ_TNOTE] + ZJ_PRAISE + ZJ_CRIT + ZJ_REQ + [ZJ_END]
    zj_cl += [rowtxt(ZJ_A1_H, r) for r in ZJ_A1] + [rowtxt(ZJ_A2_H, r) for r in ZJ_A2]
    where = {"舟山片区": "舟山市", "宁波片区": "宁波市", "杭州片区": "杭州市", "金义片区": "金华市（义乌市）", "温州联动创新区": "温州市", "嘉兴联动创新区": "嘉兴市", "绍兴联动创新区": "绍兴市", "湖州联动创新区": "湖州市", "台州联动创新区": "台州市", "衢州联动创新区": "衢州市"}
    zj_app = {}
    for r in ZJ_TAB: zj_app[rowtxt(ZJ_TAB_H, r)] = where[r[1]]
    zj_app[ZJ_PRAISE[0]] = "舟山市"; zj_app[ZJ_PRAISE[1]] = "宁波市"; zj_app[ZJ_PRAISE[2]] = "杭州市；金华市"
    zj_app[ZJ_PRAISE[3]] = "舟山、宁波、杭州、金华（金义片区）、温州"
    zj_app[ZJ_CRIT[0]] = "衢州市"; zj_app[ZJ_CRIT[1]] = "湖州市；台州市"
    zj_app[ZJ_REQ[0]] = "衢州市"; zj_app[ZJ_REQ[1]] = "湖州市；台州市"; zj_app[ZJ_REQ[2]] = "浙江省（4个片区：舟山、宁波、杭州、金义）"; zj_app[ZJ_REQ[3]] = "浙江省（省级单位）"
    for r in ZJ_A2: zj_app[rowtxt(ZJ_A2_H, r)] = where[r[2]]
    e["blind122_zhejiang_report"] = [{
        "meta": {"title": ZJ_TITLE, "doc_number": ZJ_NO, "issuer": ["浙江省商务厅"], "date": "2025-03-18",
                 "level": "provincial", "region": "浙江省", "effective": None, "expires": None,
                 "attachments": ZJ_ATTS, "doc_type": "通报", "recipients": [ZJ_MAIN.rstrip("：")], "printed": "2025-03-19",
                 "publicity": "此件公开发布", "contact": "周晓岚 0571-87052316"},
        "clauses": zj_cl,
        "applies_to": {"default": "浙江省", "per_clause": zj_app, "note": "ranking rows, praise/criticism and 整改 items apply to the named 片区/联动创新区 (city in brackets); the intro, method, 表注 and closing apply to 浙江省 generally. 2025-04-30, 2025-05-31, 2025-06-30 are deadlines of 整改 items, not expiry of the document."},
        "_note": "Furniture: 版头 浙江省商务厅文件, red rule, 主送 line (metadata, not a clause), headings 一、…四、 (labels), page numbers, seal, 附件1/附件2 page headings and titles, 版记 (抄送…；浙江省商务厅办公室 2025年3月19日印发). The 平均 row has a merged 排名+片区 cell: '排名：平均；片区：平均；得分：84.84；等次：—' is tolerable. The two tied rows (3, 3 and 6, 6) must both survive as separate rows. The contact line （联系人：…） is 附注 — dropping it or keeping it is tolerable. No effective/expires for a 通报 (deadlines are task dates).",
    }]
    sx_cl = [SX_INTRO] + [h + t for h, t in SX_ITEMS] + [SX_CLOSE]
    e["blind122_shaanxi_proposal"] = [{
        "meta": {"title": SX_TITLE, "doc_number": None, "issuer": [SX_ORG], "date": "2024-09-18",
                 "level": "provincial", "region": "陕西省", "effective": None, "expires": None, "attachments": [],
                 "doc_type": "倡议书", "recipients": ["各会员企业"], "published": "2024-09-20", "publisher_site": "陕西省商务厅（陕西自贸办）"},
        "clauses": sx_cl,
        "applies_to": {"default": "陕西省（中国（陕西）自由贸易试验区会员企业）", "per_clause": {sx_cl[2]: "西安市（西安国际港务区、西安经开区功能区）"}, "note": "an appeal, not binding; all items address member enterprises in 陕西自贸试验区; item 二 names places in 西安."},
        "_note": "Furniture: top bar (date, 无障碍浏览, 长者模式, English), 陕西省商务厅 site name, nav, search, 当前位置 crumb, 信息公开 grid (索引号/主题分类/发布机构/发文日期/名称/文号/有效性 — metadata only; 发文日期 2024-09-20 is the web posting date, the document is dated 2024-09-18 and issued by the alliance, not by 陕西省商务厅), 发布时间/来源/浏览次数/字体大中小, 扫一扫在手机打开当前页, 【打印】【关闭】【收藏】, 相关链接 (three other titles — must not become documents or clauses), footer (主办单位, 网站标识码, ICP, 公网安备). Salutation '各会员企业：' and signature/date are not clauses. The closing '让我们…！' may be kept as a clause or dropped (tolerable). Level: the issuer is a non-government alliance; 'provincial' (陕西) or none is tolerable; region 陕西省 expected.",
    }]
    (HERE / "expected.json").write_text(json.dumps(e, ensure_ascii=False, indent=2), encoding="utf-8")


def to_pdf(docx):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(docx)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    for f in (build_xiamen(), build_zhejiang()):
        to_pdf(f)
    build_shaanxi()
    expected()
    for p in HERE.glob("_*.png"):
        p.unlink()
    print("ok")
