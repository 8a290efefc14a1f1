# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 209: documents of vertically managed offices (海关, 税务, 外汇管理, 海事).

Four Word files (python-docx), each printed to PDF by LibreOffice, written next to itself:
  blind209_xiamen_customs.docx / .pdf   厦门海关公告2024年第8号 — 公布厦门片区海关监管作业场所（场地）名单;
      版头 “厦门海关公告” with the year/number on the next line, 附件 = landscape table
      (序号/场所名称/类型/地址/所在口岸/主管海关) with vertically merged 所在口岸 / 主管海关 cells
      that run across the page break, 版记 on a portrait last page.
  blind209_hainan_tax.docx / .pdf       国家税务总局海南省税务局公告2024年第2号 — no 版头, number line under
      the title, items 一、…八、 as whole paragraphs, 1. 2. 3. sub-items from Word auto-numbering,
      附件 = a form (label cells, merged value cells, ☐ check boxes) + 填表说明.
  blind209_qingdao_safe.docx / .pdf     国家外汇管理局青岛市分局 印发《…外汇业务操作指引》的通知 (青汇发〔2024〕9号)
      to 辖内各银行; 附件 in its own section: 第一章…第五章, 第一条…第十七条, items under 第八条/第十四条,
      a manual line break inside 第五条; 版记 right after the last article.
  blind209_qinzhou_msa.docx / .pdf      钦州海事局 通航管制通告 (钦海通〔2024〕23号): 时间 / 水域 (coordinates in a
      table with a two-row header) / 抛泥区 circle / 船舶 / 要求 （一）…（五）; 附件 = a picture only.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind209.py
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
SAN = 16   # 三号
ER = 22    # 二号
SI = 14    # 四号
XS = 12    # 小四
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


def P(container, text="", east=FS, size=SAN, align=J, indent=2, bold=False, color=None, line=LINE, before=0, after=0, style=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    p.alignment = align
    pf = p.paragraph_format
    pf.first_line_indent = Pt(size * indent) if indent else None
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if text:
        fnt(p.add_run(text), east, size, bold, color)
    return p


def runin(doc, head, body, head_font=HT, bold=False, sep=""):
    p = P(doc)
    fnt(p.add_run(head + sep), head_font, SAN, bold)
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


def page_field(p, size=SI, dash="— "):
    fnt(p.add_run(dash), ST, size)
    for kind in ("begin", "instr", "separate", "text", "end"):
        r = fnt(p.add_run(), ST, size)
        if kind == "instr":
            r._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
        elif kind == "text":
            r._element.append(parse_xml('<w:t %s>1</w:t>' % nsdecls("w")))
        else:
            r._element.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    fnt(p.add_run(dash[::-1]), ST, size)


def grid(section, kind="lines"):
    sp = section._sectPr
    g = sp.find(qn("w:docGrid"))
    if g is None:
        g = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        sp.append(g)
    g.set(qn("w:type"), kind)
    g.set(qn("w:linePitch"), "579")


def portrait(s, top=37, bottom=35, left=28, right=26, footer=28):
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(top), Mm(bottom)
    s.left_margin, s.right_margin = Mm(left), Mm(right)
    s.header_distance, s.footer_distance = Mm(15), Mm(footer)


def new_doc(odd_even=True, first_page_blank_footer=False, centered_numbers=False):
    doc = Document()
    s = doc.sections[0]
    portrait(s)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
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


def banhead(doc, text, size=48, width_scale=None, spacing=None):
    p = P(doc, "", XBZ, size, C, 0, line=Pt(size * 1.2))
    r = fnt(p.add_run(text), XBZ, size, color=RED)
    rpr = r._element.get_or_add_rPr()
    if width_scale:
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), width_scale)))
    if spacing:
        rpr.append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), spacing)))
    return p


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


def attach_note(doc, items):
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


def signoff(doc, organ, date, right_chars=4, blank=3, public=None):
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


def cell_text(cell, text, east=FS, size=SI, align=C, bold=False, color=None, line=None):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = None
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = line if line else 1.0
    parts = text.split("\n")
    for i, t in enumerate(parts):
        r = fnt(p.add_run(t), east, size, bold, color)
        if i < len(parts) - 1:
            r.add_break()
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
    return "；".join("%s：%s" % (h, v.replace("\n", "")) for h, v in zip(header, row) if str(v).strip())


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_209", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ (a) 厦门海关公告
XM_NUM = "厦门海关公告2024年第8号"
XM_TITLE = "关于公布中国（福建）自由贸易试验区厦门片区海关监管作业场所（场地）名单的公告"
XM_ATT = "中国（福建）自由贸易试验区厦门片区海关监管作业场所（场地）名单"
XM_BODY = [
    "为贯彻落实《中国（福建）自由贸易试验区提升战略方案》和海关总署关于优化海关监管作业场所（场地）布局的有关要求，进一步提升厦门片区口岸通关效率，根据《中华人民共和国海关监管区管理暂行办法》（海关总署令第232号）和《海关监管作业场所（场地）设置规范》（海关总署公告2019年第68号附件），现将有关事项公告如下：",
    "一、经厦门海关审核验收，中国（福建）自由贸易试验区厦门片区内东渡港区、海沧港区、刘五店港区、厦门高崎国际机场及厦门象屿综合保税区、厦门海沧港综合保税区等区域共14个海关监管作业场所（场地）符合设置规范，现予公布（名单见附件）。",
    "二、名单内海关监管作业场所（场地）经营企业应当按照海关监管要求，配备与业务规模相适应的视频监控、电子卡口和查验设施，并于2024年9月30日前完成与海关“智慧监管”平台的数据联网。",
    "三、东渡港区、海沧港区集装箱码头监管作业场所实行“提前申报、抵港直装”和“船边直提”作业模式，符合条件的进出口货物可在码头前沿完成查验放行。",
    "四、厦门高崎国际机场航空货运站和快件监管中心实行7×24小时预约通关，跨境电商零售进出口商品、快件可在场所内集中查验。",
    "五、厦门象屿综合保税区、厦门海沧港综合保税区内的监管作业场所实行“区港联动”，货物在综合保税区与东渡港区、海沧港区之间流转的，可按照“先入区、后报关”方式办理海关手续。",
    "六、海关监管作业场所（场地）名称、经营企业、面积、监管设施等事项发生变更的，经营企业应当自变更之日起10个工作日内向主管海关书面报告；连续停止作业满6个月的，由厦门海关予以注销并另行公告。",
    "七、本公告自2024年6月1日起施行。《厦门海关关于公布厦门口岸海关监管作业场所名单的公告》（厦门海关公告2021年第5号）同时废止。",
]
XM_HEADER = ["序号", "场所名称", "类型", "地址", "所在口岸", "主管海关"]
# rows: (名称, 类型, 地址, 口岸, 主管海关); 口岸 / 主管海关 runs are vertically merged in the Word table
XM_ROWS = [
    ("厦门国际货柜码头海天码头集装箱监管作业场所", "水路运输类", "厦门市湖里区东港北路31号", "厦门港口岸", "东渡海关"),
    ("厦门港东渡港区20号泊位散杂货监管作业场所", "水路运输类", "厦门市湖里区东渡路127号", "厦门港口岸", "东渡海关"),
    ("厦门远海集装箱码头监管作业场所", "水路运输类", "厦门市海沧区港南路439号", "厦门港口岸", "海沧海关"),
    ("厦门嵩屿集装箱码头监管作业场所", "水路运输类", "厦门市海沧区嵩屿南二路99号", "厦门港口岸", "海沧海关"),
    ("厦门海润集装箱码头监管作业场所", "水路运输类", "厦门市海沧区港中路1号", "厦门港口岸", "海沧海关"),
    ("海沧港区进境粮食指定监管场地", "指定监管场地（进境粮食）", "厦门市海沧区港南路318号\n海沧港区21号泊位后方", "厦门港口岸", "海沧海关"),
    ("刘五店港区散杂货码头监管作业场所", "水路运输类", "厦门市翔安区新店街道\n翔安南路2号", "厦门港口岸", "翔安海关"),
    ("厦门象屿综合保税区集中查验场地", "集中查验场地", "厦门市湖里区象屿路93号", "厦门港口岸", "象屿海关"),
    ("厦门象屿综合保税区跨境电商监管中心", "跨境电商监管作业场所", "厦门市湖里区象屿路88号", "厦门港口岸", "象屿海关"),
    ("厦门海沧港综合保税区集中查验场地", "集中查验场地", "厦门市海沧区海景东路16号", "厦门港口岸", "海沧海关"),
    ("厦门海沧港综合保税区进境肉类指定监管场地", "指定监管场地（进境肉类）", "厦门市海沧区海景东路22号\n冷链查验中心", "厦门港口岸", "海沧海关"),
    ("厦门高崎国际机场航空货运站监管作业场所", "航空运输类", "厦门市湖里区高崎北路\n机场货运区1号库", "厦门航空口岸", "高崎海关"),
    ("厦门高崎国际机场快件监管中心", "快件监管作业场所", "厦门市湖里区高崎北路\n机场货运区3号库", "厦门航空口岸", "高崎海关"),
    ("厦门高崎国际机场跨境电商监管作业场所", "跨境电商监管作业场所", "厦门市湖里区高崎北路\n机场货运区5号库", "厦门航空口岸", "高崎海关"),
]
XM_CHAOSONG = "海关总署监管司、口岸监管司，福建省人民政府口岸与物流办公室，厦门市人民政府，中国（福建）自由贸易试验区厦门片区管理委员会。"
XM_PRINTER = "厦门海关办公室"
XM_PRINTDATE = "2024年5月21日"


def merge_runs(tbl, col, values, first_row):
    """vertically merge equal consecutive values of one column; text only in the first cell."""
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[i]:
            j += 1
        top = tbl.cell(first_row + i, col)
        if j > i:
            top = top.merge(tbl.cell(first_row + j, col))
        cell_text(top, values[i], FS, XS, C, line=Pt(20))
        top.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        i = j + 1


def build_xiamen():
    doc = new_doc(odd_even=True)
    # 版头: “厦门海关公告” in red, the year/number on the next line, red rule under it
    P(doc, indent=0)
    banhead(doc, "厦门海关公告", 52, spacing=40)
    p = P(doc, "2024年第8号", FS, SAN, C, 0)
    pborder(p, "bottom", 18, "E60012", 12)
    P(doc, indent=0)
    title(doc, ["关于公布中国（福建）自由贸易试验区", "厦门片区海关监管作业场所（场地）", "名单的公告"], soft=False)
    P(doc, indent=0)
    for t in XM_BODY:
        P(doc, t)
    P(doc, "特此公告。")
    attach_note(doc, [XM_ATT])
    signoff(doc, "厦门海关", "2024年5月20日", right_chars=5, blank=3)
    # 附件 in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(26), Mm(24)
    sec.left_margin, sec.right_margin = Mm(30), Mm(28)
    sec.footer_distance = Mm(12)
    sec._sectPr.find(qn("w:docGrid")).set(qn("w:type"), "default")
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, "中国（福建）自由贸易试验区厦门片区", XBZ, 20, C, 0, line=Pt(30))
    P(doc, "海关监管作业场所（场地）名单", XBZ, 20, C, 0, line=Pt(30))
    P(doc, indent=0, line=Pt(14))
    n = len(XM_ROWS)
    tbl = doc.add_table(rows=n + 1, cols=6)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [12, 70, 40, 61, 28, 28])
    for i, h in enumerate(XM_HEADER):
        cell_text(tbl.cell(0, i), h, HT, XS, C, line=Pt(20))
        tbl.cell(0, i).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    repeat_header(tbl.rows[0])
    for ri, (name, kind, addr, port, cus) in enumerate(XM_ROWS, start=1):
        cell_text(tbl.cell(ri, 0), str(ri), FS, XS, C, line=Pt(20))
        cell_text(tbl.cell(ri, 1), name, FS, XS, L, line=Pt(20))
        cell_text(tbl.cell(ri, 2), kind, FS, XS, C, line=Pt(20))
        cell_text(tbl.cell(ri, 3), addr, FS, XS, L, line=Pt(20))
        for ci in range(4):
            tbl.cell(ri, ci).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        row_height(tbl.rows[ri], 13)
        cant_split(tbl.rows[ri])
    merge_runs(tbl, 4, [r[3] for r in XM_ROWS], 1)
    merge_runs(tbl, 5, [r[4] for r in XM_ROWS], 1)
    # 版记 on a portrait last page
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    portrait(sec2)
    sec2._sectPr.find(qn("w:docGrid")).set(qn("w:type"), "lines")
    banji(doc, XM_CHAOSONG, XM_PRINTER, XM_PRINTDATE, blank=16)
    out = os.path.join(HERE, "blind209_xiamen_customs.docx")
    doc.save(out)
    return out


# ================================================================ (b) 国家税务总局海南省税务局公告
HN_NUM = "国家税务总局海南省税务局公告2024年第2号"
HN_TITLE = "国家税务总局海南省税务局关于海南自由贸易港鼓励类产业企业实质性运营有关征管事项的公告"
HN_TITLE_LINES = ["国家税务总局海南省税务局", "关于海南自由贸易港鼓励类产业企业", "实质性运营有关征管事项的公告"]
HN_ATT = "海南自由贸易港鼓励类产业企业实质性运营情况表"
HN_INTRO = "为贯彻落实《财政部 税务总局关于海南自由贸易港企业所得税优惠政策的通知》（财税〔2020〕31号）和《财政部 税务总局关于延续实施海南自由贸易港企业所得税优惠政策的通知》，进一步规范海南自由贸易港鼓励类产业企业实质性运营的认定和后续管理，优化纳税服务，现将有关征管事项公告如下："
HN_ITEM1 = "一、对总机构设在海南自由贸易港的符合条件的企业，同时符合下列条件的，属于在海南自由贸易港实质性运营："
HN_SUB = [
    "企业的全部生产经营活动在海南自由贸易港开展，或者企业的主要生产经营地、实际管理机构所在地在海南自由贸易港；",
    "企业在海南自由贸易港有固定生产经营场所和必要的生产经营设备设施，且在海南自由贸易港缴纳社会保险满6个月的从业人员不少于3人；",
    "企业的会计凭证、会计账簿和财务报表等在海南自由贸易港留存，并由在海南自由贸易港的财务人员进行会计核算。",
]
HN_ITEMS = [
    "二、总机构设在海南自由贸易港以外的企业，仅就其设在海南自由贸易港内的符合条件的分支机构的所得，适用15%税率；其分支机构应当同时符合本公告第一条第二项、第三项规定的条件。",
    "三、注册在洋浦经济开发区、海口江东新区、三亚崖州湾科技城的企业，在园区内实际办公的从业人员比例不低于50%的，可由园区管理机构出具实质性运营情况确认意见，税务机关在后续管理中予以采信。",
    "四、在海口综合保税区、洋浦保税港区内开展保税维修、保税研发业务的企业，其区内生产经营场所的海关监管记录，可作为实质性运营的佐证资料留存备查。",
    "五、博鳌乐城国际医疗旅游先行区内的医疗机构享受本公告所述优惠的，应当将先行区管理局出具的准入文件与其他资料一并留存备查。",
    "六、企业享受优惠事项采取“自行判别、申报享受、相关资料留存备查”的办理方式。企业应当在完成年度汇算清缴后，填写《海南自由贸易港鼓励类产业企业实质性运营情况表》（见附件），与其他留存备查资料一并归集，留存期限为享受优惠事项年度汇算清缴期结束次日起10年。",
    "七、税务机关在后续管理中发现企业不符合实质性运营条件的，应当追缴其已减免的企业所得税税款，并按照《中华人民共和国税收征收管理法》有关规定处理。",
    "八、本公告自2024年4月1日起施行，适用于2024年度及以后年度企业所得税汇算清缴，执行至2027年12月31日。",
]
# form rows: list of (cells) with merges; None = empty value cell
HN_FORM_NOTES = [
    "填表说明：",
    "1．本表由企业在完成年度企业所得税汇算清缴后填写，留存备查，无需报送税务机关。",
    "2．“所属重点园区”栏按企业注册地勾选；注册地不在所列园区的，勾选“其他”并填写所在市县。",
    "3．“主营业务收入占比”按主营业务收入除以收入总额计算，保留两位小数。",
]


def build_hainan():
    doc = new_doc(centered_numbers=True)
    s = doc.sections[0]
    s.top_margin = Mm(34)
    # no 版头: title first (one paragraph, two soft breaks), number line under it in 楷体
    P(doc, indent=0)
    title(doc, HN_TITLE_LINES, soft=True)
    P(doc, indent=0, line=Pt(14))
    P(doc, HN_NUM, KT, SAN, C, 0)
    P(doc, indent=0)
    P(doc, HN_INTRO)
    P(doc, HN_ITEM1)
    for t in HN_SUB:                       # Word auto-numbering (List Number): “1.” is not in the text
        p = P(doc, t, style="List Number")
        p.paragraph_format.first_line_indent = None
    for t in HN_ITEMS:
        P(doc, t)
    P(doc, "特此公告。")
    attach_note(doc, [HN_ATT])
    signoff(doc, "国家税务总局海南省税务局", "2024年3月18日", right_chars=2, blank=3)
    # 附件: a form
    page_break(doc)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0, line=Pt(14))
    P(doc, HN_ATT, XBZ, 20, C, 0, line=Pt(30))
    p = P(doc, "（　　　　年度）", KT, SI, C, 0, line=Pt(24))
    tbl = doc.add_table(rows=10, cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [38, 50, 34, 38])
    lab = dict(east=FS, size=XS, align=C, line=Pt(20))
    val = dict(east=FS, size=XS, align=L, line=Pt(20))
    cell_text(tbl.cell(0, 0), "纳税人名称", **lab)
    cell_text(tbl.cell(0, 2), "纳税人识别号", **lab)
    cell_text(tbl.cell(1, 0), "注册地址", **lab)
    tbl.cell(1, 1).merge(tbl.cell(1, 3))
    cell_text(tbl.cell(2, 0), "所属重点园区", **lab)
    m = tbl.cell(2, 1).merge(tbl.cell(2, 3))
    cell_text(m, "☐洋浦经济开发区　☐海口江东新区　☐三亚崖州湾科技城\n☐海口国家高新技术产业开发区　☐博鳌乐城国际医疗旅游先行区\n☐海口综合保税区　☐洋浦保税港区　☐其他：＿＿＿＿＿＿", **val)
    cell_text(tbl.cell(3, 0), "主营业务所属目录", **lab)
    m = tbl.cell(3, 1).merge(tbl.cell(3, 3))
    cell_text(m, "☐《产业结构调整指导目录》鼓励类\n☐《鼓励外商投资产业目录》\n☐《海南自由贸易港新增鼓励类产业目录》", **val)
    cell_text(tbl.cell(4, 0), "主营业务收入\n（万元）", **lab)
    cell_text(tbl.cell(4, 2), "主营业务收入占比\n（%）", **lab)
    cell_text(tbl.cell(5, 0), "生产经营场所", **lab)
    m = tbl.cell(5, 1).merge(tbl.cell(5, 3))
    cell_text(m, "☐自有　☐租赁　　面积：＿＿＿＿平方米", **val)
    cell_text(tbl.cell(6, 0), "在琼缴纳社保\n从业人员（人）", **lab)
    cell_text(tbl.cell(6, 2), "其中：财务\n人员（人）", **lab)
    cell_text(tbl.cell(7, 0), "会计账簿留存地", **lab)
    m = tbl.cell(7, 1).merge(tbl.cell(7, 3))
    cell_text(m, "☐海南自由贸易港内　☐海南自由贸易港外", **val)
    cell_text(tbl.cell(8, 0), "实际管理机构\n所在地", **lab)
    m = tbl.cell(8, 1).merge(tbl.cell(8, 3))
    cell_text(m, "☐海南自由贸易港内　☐海南自由贸易港外", **val)
    m = tbl.cell(9, 0).merge(tbl.cell(9, 3))
    cell_text(m, "本企业承诺以上填报内容真实、准确、完整，并对相关资料的真实性承担法律责任。\n\n法定代表人（签字）：　　　　　　　　　企业（盖章）\n　　　　　　　　　　　　　　　　　　　　　年　　月　　日", **val)
    for i, row in enumerate(tbl.rows):
        row_height(row, 9 if i < 9 else 30)
        cant_split(row)
        for c in row.cells:
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    P(doc, indent=0, line=Pt(12))
    for t in HN_FORM_NOTES:
        P(doc, t, FS, XS, J, 0 if t.endswith("：") else 2, line=Pt(22))
    out = os.path.join(HERE, "blind209_hainan_tax.docx")
    doc.save(out)
    return out


HN_FORM_ROWS = [
    "纳税人名称；纳税人识别号",
    "注册地址",
    "所属重点园区；☐洋浦经济开发区　☐海口江东新区　☐三亚崖州湾科技城☐海口国家高新技术产业开发区　☐博鳌乐城国际医疗旅游先行区☐海口综合保税区　☐洋浦保税港区　☐其他：＿＿＿＿＿＿",
    "主营业务所属目录；☐《产业结构调整指导目录》鼓励类☐《鼓励外商投资产业目录》☐《海南自由贸易港新增鼓励类产业目录》",
    "主营业务收入（万元）；主营业务收入占比（%）",
    "生产经营场所；☐自有　☐租赁　　面积：＿＿＿＿平方米",
    "在琼缴纳社保从业人员（人）；其中：财务人员（人）",
    "会计账簿留存地；☐海南自由贸易港内　☐海南自由贸易港外",
    "实际管理机构所在地；☐海南自由贸易港内　☐海南自由贸易港外",
    "本企业承诺以上填报内容真实、准确、完整，并对相关资料的真实性承担法律责任。法定代表人（签字）：　　　　　　　　　企业（盖章）　　　　　　　　　　　　　　　　　　　　　年　　月　　日",
]


# ================================================================ (c) 国家外汇管理局青岛市分局 通知
QD_NUM = "青汇发〔2024〕9号"
QD_GUIDE = "中国（山东）自由贸易试验区青岛片区跨境贸易投资高水平开放外汇业务操作指引"
QD_TITLE = "国家外汇管理局青岛市分局关于印发《" + QD_GUIDE + "》的通知"
QD_MAIN_TO = "辖内各银行："
QD_NOTICE = [
    "为贯彻落实《国家外汇管理局关于扩大跨境贸易投资高水平开放试点的通知》（汇发〔2023〕30号）要求，进一步便利中国（山东）自由贸易试验区青岛片区（以下简称青岛片区）和中国—上海合作组织地方经贸合作示范区（以下简称上合示范区）经营主体开展跨境贸易投资，我分局制定了《中国（山东）自由贸易试验区青岛片区跨境贸易投资高水平开放外汇业务操作指引》，现印发给你们，请遵照执行。",
    "各银行接到本通知后，应及时传达至辖内分支机构，并于2024年7月15日前将本行试点业务内部操作规程报送我分局经常项目管理处和资本项目管理处。执行中如遇问题，请及时向我分局反馈。",
]
QD_CHAPTERS = [
    ("第一章　总　　则", [
        ("第一条", "为扎实推进跨境贸易投资高水平开放试点，服务共建“一带一路”和上合示范区建设，根据《中华人民共和国外汇管理条例》和《国家外汇管理局关于扩大跨境贸易投资高水平开放试点的通知》等规定，制定本指引。", []),
        ("第二条", "本指引适用于在青岛片区（含青岛前湾综合保税区）和上合示范区内依法注册的企业，以及为其办理外汇业务的辖内银行（以下简称银行）。青岛胶州湾综合保税区、青岛即墨综合保税区内企业参照本指引执行。", []),
        ("第三条", "银行办理本指引项下业务，应当遵循“了解客户”“了解业务”“尽职审查”展业原则，对业务的真实性、合规性进行审核，并按规定报送相关数据。", []),
    ]),
    ("第二章　经常项目外汇业务", [
        ("第四条", "银行可按照“实质合规、风险可控”原则，为青岛片区内信用等级高、内控制度健全的优质企业办理贸易外汇收支便利化业务，凭企业提交的收付款指令直接办理货物贸易和服务贸易外汇收支。", []),
        ("第五条", "银行可为青岛片区内真实合规的新型离岸国际贸易提供跨境资金结算便利，企业办理转手买卖、委托境外加工等业务时，银行可根据交易电子信息审核\n后直接办理收付汇。", []),
        ("第六条", "上合示范区内从事对上海合作组织成员国、观察员国和对话伙伴国贸易的企业，可凭交易电子信息以人民币或对方国家货币办理跨境结算；银行应当做好交易背景真实性审核。", []),
        ("第七条", "跨国公司在青岛片区内设立的主办企业，可集中办理境内成员企业经常项目外汇收支，并按月开展轧差净额结算。", []),
    ]),
    ("第三章　资本项目外汇业务", [
        ("第八条", "青岛片区内符合条件的非金融企业办理资本项目收入支付便利化业务，应当遵守下列规定：", [
            "（一）资本项目收入的使用应当真实、自用，不得直接或间接用于企业经营范围之外的支出；",
            "（二）银行可凭企业提交的《资本项目收入支付命令函》直接办理支付，无需事前逐笔提交真实性证明材料；",
            "（三）银行应当对企业资本项目收入使用情况开展事后抽查，抽查比例不低于当季办理笔数的5%。",
        ]),
        ("第九条", "青岛片区内符合条件的高新技术企业和“专精特新”中小企业，可在不超过等值1000万美元的额度内自主借用外债。", []),
        ("第十条", "在青岛片区注册的合格境外有限合伙人（QFLP）基金管理企业，可在登记的投资总规模内自主开展境内股权投资，资金汇出入按规定办理。", []),
        ("第十一条", "上合示范区内企业向其在上海合作组织国家设立的境外子公司放款，放款额度上限为其所有者权益的0.8倍。", []),
        ("第十二条", "跨国公司可在青岛片区开展本外币一体化资金池业务，主办企业应当设在青岛片区内，并通过国内外汇资金主账户集中管理成员企业资金。", []),
    ]),
    ("第四章　风险防控与监测", [
        ("第十三条", "银行应当建立健全试点业务内部控制制度，对高风险客户、异常交易实施重点监测，发现可疑交易的，应当及时向我分局报告。", []),
        ("第十四条", "银行应当于每季度结束后10个工作日内，向我分局报送下列材料：", [
            "（一）本行试点业务办理情况统计表；",
            "（二）对青岛前湾综合保税区内企业的事后抽查情况及发现的问题。",
        ]),
        ("第十五条", "银行、企业违反本指引规定的，由我分局依据《中华人民共和国外汇管理条例》等规定予以处理；情节严重的，暂停其办理相关试点业务。", []),
    ]),
    ("第五章　附　　则", [
        ("第十六条", "本指引由国家外汇管理局青岛市分局负责解释。", []),
        ("第十七条", "本指引自2024年7月1日起施行，有效期两年。《国家外汇管理局青岛市中心支局关于开展资本项目收入支付便利化试点的通知》（青汇发〔2021〕15号）同时废止。", []),
    ]),
]
QD_CHAOSONG = "国家外汇管理局经常项目管理司、资本项目管理司，中国（山东）自由贸易试验区青岛片区管理委员会，中国—上海合作组织地方经贸合作示范区管理委员会。"
QD_PRINTER = "国家外汇管理局青岛市分局办公室"
QD_PRINTDATE = "2024年6月14日"


def build_qingdao():
    doc = new_doc(odd_even=True, first_page_blank_footer=True)
    banhead(doc, "国家外汇管理局青岛市分局文件", 40, width_scale=66)
    P(doc, indent=0)
    P(doc, indent=0)
    p = P(doc, QD_NUM, FS, SAN, C, 0)
    pborder(p, "bottom", 18, "E60012", 10)
    P(doc, indent=0)
    title(doc, ["国家外汇管理局青岛市分局关于印发", "《中国（山东）自由贸易试验区青岛片区", "跨境贸易投资高水平开放外汇业务", "操作指引》的通知"], soft=True)
    P(doc, indent=0)
    P(doc, QD_MAIN_TO, indent=0)
    for t in QD_NOTICE:
        P(doc, t)
    attach_note(doc, [QD_GUIDE])
    signoff(doc, "国家外汇管理局青岛市分局", "2024年6月12日", right_chars=2, blank=3, public="（此件主动公开）")
    # 附件 in its own section (new page), numbering continues
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.different_first_page_header_footer = False
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0)
    title(doc, ["中国（山东）自由贸易试验区青岛片区", "跨境贸易投资高水平开放外汇业务操作指引"], soft=False)
    P(doc, indent=0)
    for chap, arts in QD_CHAPTERS:
        P(doc, chap, HT, SAN, C, 0, before=6, after=6)
        for num, txt, items in arts:
            p = P(doc)
            fnt(p.add_run(num), HT, SAN)
            fnt(p.add_run("　"), FS, SAN)
            parts = txt.split("\n")
            for i, t in enumerate(parts):
                r = fnt(p.add_run(t), FS, SAN)
                if i < len(parts) - 1:
                    r.add_break()
            for it in items:
                P(doc, it)
    banji(doc, QD_CHAOSONG, QD_PRINTER, QD_PRINTDATE, blank=4)
    out = os.path.join(HERE, "blind209_qingdao_safe.docx")
    doc.save(out)
    return out


# ================================================================ (d) 钦州海事局 通告
QZ_NUM = "钦海通〔2024〕23号"
QZ_TITLE = "关于钦州港东航道扩建工程（二期）施工期间实施通航管制的通告"
QZ_ATT = "钦州港东航道扩建工程（二期）施工水域示意图"
QZ_INTRO = "因钦州港东航道扩建工程（二期）施工需要，为保障施工水域船舶航行和作业安全，维护钦州港水上交通秩序，根据《中华人民共和国海上交通安全法》《中华人民共和国水上水下作业和活动通航安全管理规定》，本局决定在施工期间对相关水域实施通航管制。现将有关事项通告如下："
QZ_ITEMS_A = [
    ("一、施工时间：", "2024年11月1日至2025年6月30日，每日0700时至1900时（夜间不施工）。"),
    ("二、施工水域：", "下列各点顺次连线所围水域（坐标系：CGCS2000）："),
]
QZ_POINTS = [
    ("A", "21°38′42.6″", "108°39′10.2″"),
    ("B", "21°38′42.6″", "108°39′58.8″"),
    ("C", "21°35′06.0″", "108°40′31.5″"),
    ("D", "21°35′06.0″", "108°39′43.0″"),
]
QZ_ITEMS_B = [
    ("三、抛泥区：", "以21°30′00.0″N、108°42′30.0″E为圆心、半径800米的圆形水域（位于三墩作业区东南侧）。"),
    ("四、施工船舶：", "耙吸挖泥船“航浚6008”“浚海9”“新海鲸”3艘及拖轮“钦港拖8”1艘。施工船舶应当按规定显示号灯号型，在VHF 09频道守听。"),
    ("五、通航管制要求：", ""),
]
QZ_REQS = [
    "（一）管制期间，东航道大榄坪港区至金谷港区段实行单向通航，船舶进出港须提前24小时向钦州船舶交通管理中心（钦州VTS）申报，服从统一调度。",
    "（二）吃水超过12.5米的船舶在施工时段内禁止通过施工水域，确需通过的，应当在1900时至次日0700时非施工时段通过。",
    "（三）过往船舶航经施工水域时应当减速慢行，航速不超过8节，与施工船舶保持500米以上安全距离；禁止在施工水域内锚泊、捕捞或者从事其他妨碍施工的活动。",
    "（四）进出勒沟港区钦州综合保税区码头的船舶，应当提前与施工单位联系，协调通过时间。",
    "（五）施工单位应当按照本局核准的施工方案作业，设置专职安全员和警戒船，不得超出核准的施工水域和时间作业。",
]
QZ_ITEMS_C = [
    ("六、", "因施工进度或者天气原因需要调整施工时间、水域的，本局将另行发布航行警告或者航行通告。"),
    ("七、", "本通告自2024年11月1日起施行，至2025年6月30日止。"),
    ("八、联系方式：", "钦州海事局指挥中心，电话0777-3881000；钦州VTS，VHF 09频道。"),
]


def make_map(path):
    from PIL import Image, ImageDraw, ImageFont
    W, H = 1400, 1000
    im = Image.new("RGB", (W, H), (235, 244, 250))
    d = ImageDraw.Draw(im)
    try:
        f = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 30)
        fs = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 24)
    except OSError:
        f = fs = ImageFont.load_default()
    d.polygon([(0, 0), (520, 0), (460, 260), (300, 520), (0, 700)], fill=(225, 215, 180))
    d.polygon([(900, 0), (1400, 0), (1400, 500), (1050, 380)], fill=(225, 215, 180))
    d.text((60, 120), "大榄坪港区", fill=(60, 60, 60), font=f)
    d.text((1080, 120), "金谷港区", fill=(60, 60, 60), font=f)
    d.text((80, 600), "勒沟港区", fill=(60, 60, 60), font=f)
    d.line([(560, 0), (700, 500), (820, 1000)], fill=(120, 120, 200), width=6)
    d.line([(700, 0), (830, 500), (950, 1000)], fill=(120, 120, 200), width=6)
    pts = [(600, 260), (820, 260), (900, 700), (680, 700)]
    d.polygon(pts, outline=(220, 0, 0), width=5)
    for (x, y), n in zip(pts, "ABCD"):
        d.ellipse([x - 8, y - 8, x + 8, y + 8], fill=(220, 0, 0))
        d.text((x + 12, y - 30), n, fill=(220, 0, 0), font=f)
    d.ellipse([1080, 760, 1240, 920], outline=(200, 100, 0), width=5)
    d.text((1040, 930), "抛泥区（半径800米）", fill=(200, 100, 0), font=fs)
    d.text((640, 470), "施工水域", fill=(220, 0, 0), font=f)
    d.text((20, 950), "示意图，不作导航使用", fill=(90, 90, 90), font=fs)
    im.save(path)


def build_qinzhou():
    doc = new_doc(centered_numbers=True)
    banhead(doc, "中华人民共和国钦州海事局", 36, width_scale=90)
    p = P(doc, "通　　告", XBZ, 36, C, 0, line=Pt(48), color=RED)
    for r in p.runs:
        r.font.color.rgb = RED
    p = P(doc, QZ_NUM, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN)
    pborder(p, "bottom", 12, "E60012", 6)
    P(doc, indent=0)
    title(doc, ["关于钦州港东航道扩建工程（二期）", "施工期间实施通航管制的通告"], soft=False)
    P(doc, indent=0)
    P(doc, QZ_INTRO)
    for h, t in QZ_ITEMS_A:
        runin(doc, h, t, HT)
    # coordinate table with a two-row header
    tbl = doc.add_table(rows=2 + len(QZ_POINTS), cols=3)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [30, 50, 50])
    m = tbl.cell(0, 0).merge(tbl.cell(1, 0))
    cell_text(m, "点位", HT, SI, C, line=Pt(24))
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    m = tbl.cell(0, 1).merge(tbl.cell(0, 2))
    cell_text(m, "坐标（CGCS2000）", HT, SI, C, line=Pt(24))
    cell_text(tbl.cell(1, 1), "北纬", HT, SI, C, line=Pt(24))
    cell_text(tbl.cell(1, 2), "东经", HT, SI, C, line=Pt(24))
    for i, (n, la, lo) in enumerate(QZ_POINTS, start=2):
        cell_text(tbl.cell(i, 0), n, FS, SI, C, line=Pt(24))
        cell_text(tbl.cell(i, 1), la, "Times New Roman", SI, C, line=Pt(24))
        cell_text(tbl.cell(i, 2), lo, "Times New Roman", SI, C, line=Pt(24))
    P(doc, indent=0, line=Pt(14))
    for h, t in QZ_ITEMS_B:
        runin(doc, h, t, HT)
    for t in QZ_REQS:
        P(doc, t)
    for h, t in QZ_ITEMS_C:
        if h.endswith("："):
            runin(doc, h, t, HT)
        else:
            P(doc, h + t)
    P(doc, "特此通告。")
    attach_note(doc, [QZ_ATT])
    signoff(doc, "钦州海事局", "2024年10月18日", right_chars=5, blank=2)
    page_break(doc)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0)
    P(doc, QZ_ATT, XBZ, 20, C, 0, line=Pt(30))
    P(doc, indent=0)
    png = os.path.join(HERE, "_qz_map.png")
    make_map(png)
    p = P(doc, "", align=C, indent=0, line=None)
    p.add_run().add_picture(png, width=Mm(150))
    os.remove(png)
    out = os.path.join(HERE, "blind209_qinzhou_msa.docx")
    doc.save(out)
    return out


# ================================================================ expected.json
def expected():
    out = {}
    xm_rows = [row_clause(XM_HEADER, [str(i)] + list(r)) for i, r in enumerate(XM_ROWS, start=1)]
    out["blind209_xiamen_customs"] = [{
        "meta": {
            "title": XM_TITLE, "doc_number": XM_NUM, "issuer": ["厦门海关"],
            "date": "2024-05-20", "published": "2024-05-21", "level": "provincial", "region": "福建省厦门市",
            "effective": "2024-06-01", "expires": None, "attachments": [XM_ATT], "doc_type": "公告",
            "recipients": [], "publicity": None,
        },
        "clauses": XM_BODY + xm_rows,
        "applies_to": {
            "default": "福建省厦门市（中国（福建）自由贸易试验区厦门片区）",
            "specific": {
                "一、": "东渡港区、海沧港区、刘五店港区、厦门高崎国际机场、厦门象屿综合保税区、厦门海沧港综合保税区（湖里区/海沧区/翔安区）",
                "三、": "东渡港区（湖里区）、海沧港区（海沧区）",
                "四、": "厦门高崎国际机场（湖里区）",
                "五、": "厦门象屿综合保税区（湖里区）、厦门海沧港综合保税区（海沧区）；东渡港区、海沧港区",
                "附件 序号1–2, 8–9, 12–14": "湖里区（东渡港区 / 象屿综保区 / 高崎机场）",
                "附件 序号3–6, 10–11": "海沧区（海沧港区 / 海沧港综保区）",
                "附件 序号7": "翔安区（刘五店港区）",
            },
            "note": "Each 名单 row is one 场所 at one address: its place is the 区 of the address (and the 港区/综保区 in the name). 厦门港口岸 / 厦门航空口岸 are port names, not narrower places. 海关总署 (令第232号, 公告2019年第68号) and the repealed 厦门海关公告2021年第5号 are citations, not issuers or numbers of this document.",
        },
        "_note": (
            "公告 of a 直属海关. 版头 “厦门海关公告” (red, letter-spaced) with the year/number “2024年第8号” on the NEXT line and the red rule under it: the 文号 is the two lines joined, 厦门海关公告2024年第8号 (only 2024年第8号 is low; none is medium). "
            "Title in THREE centred paragraphs, printed WITHOUT the organ name: 关于公布中国（福建）自由贸易试验区 / 厦门片区海关监管作业场所（场地） / 名单的公告 — joined with no space; a title prefixed with 厦门海关 (厦门海关关于公布…的公告) is equally good. "
            "No 主送 (公告), no publicity line. Body: 1 preamble + items 一、…七、 as whole paragraphs (number + text = one clause); 特此公告。 is the closing formula (furniture; as a clause low). 附件说明 附件：…名单. 落款 厦门海关 / 2024年5月20日. "
            "七、: 自2024年6月1日起施行 → effective 2024-06-01, no expiry; the repealed 公告2021年第5号 is not this document's number. "
            "附件 in a LANDSCAPE section: label 附件, the list title in two paragraphs (heading, not a clause), a 6-column table 序号/场所名称/类型/地址/所在口岸/主管海关 with 14 rows; the header row repeats on the second page (w:tblHeader); rows are cantSplit. "
            "所在口岸 is VERTICALLY MERGED (厦门港口岸 over rows 1–11, 厦门航空口岸 over rows 12–14) and 主管海关 too (东渡海关 1–2, 海沧海关 3–6, 翔安海关 7, 象屿海关 8–9, 海沧海关 10–11, 高崎海关 12–14): the merged value belongs to EVERY row it spans (a row with an empty 所在口岸/主管海关 is medium; a value attached only to the first row is medium). "
            "Some 地址 cells hold a manual line break (…港南路318号 / 海沧港区21号泊位后方) — joined with no space. Each row is one clause written 序号：N；场所名称：…；类型：…；地址：…；所在口岸：…；主管海关：… . "
            "版记 (抄送 … / 厦门海关办公室 2024年5月21日印发) alone on a portrait last page → published 2024-05-21. "
            "level: a 直属海关 is a 厅局级 organ of 海关总署 — provincial; municipal (厦门) tolerable low; national is wrong (medium)."
        ),
        "_pdf": {"note": "6 pages: body pp.1–2, 落款 alone on p.3, the 名单 on landscape pp.4–5 (rows 1–8 / 9–14), 版记 alone on p.6. The header row is printed again on p.5 (must not become a row). 厦门港口岸 (rows 1–11) runs across the page break: its text is printed ONCE, on p.4 level with row 5, so rows 9–11 on p.5 show an empty 所在口岸 box; 东渡海关 is printed between rows 1 and 2, 海沧海关 level with row 5 and again between rows 10–11, 象屿海关 beside row 8 only (row 9 on p.5 is empty), 厦门航空口岸 / 高崎海关 beside row 13 and wrapped (厦门航空口 / 岸). The PDF reader must give every row its 口岸 and 主管海关 — a value glued to the neighbouring row, or rows 9–11 without 厦门港口岸, is medium. Cells wrap (场所名称 / 类型 on 2 lines) — joined with no space. Same expected meta and clauses."},
    }]

    hn_sub = ["%d.%s" % (i + 1, t) for i, t in enumerate(HN_SUB)]
    hn_notes = HN_FORM_NOTES[1:]
    out["blind209_hainan_tax"] = [{
        "meta": {
            "title": HN_TITLE, "doc_number": HN_NUM, "issuer": ["国家税务总局海南省税务局"],
            "date": "2024-03-18", "published": None, "level": "provincial", "region": "海南省",
            "effective": "2024-04-01", "expires": "2027-12-31", "attachments": [HN_ATT], "doc_type": "公告",
            "recipients": [], "publicity": None,
        },
        "clauses": [HN_INTRO, HN_ITEM1] + hn_sub + HN_ITEMS + HN_FORM_ROWS + hn_notes,
        "applies_to": {
            "default": "海南省（海南自由贸易港）",
            "specific": {
                "三、": "洋浦经济开发区（儋州市）、海口江东新区（海口市美兰区）、三亚崖州湾科技城（三亚市崖州区）",
                "四、": "海口综合保税区（海口市）、洋浦保税港区（儋州市洋浦经济开发区）",
                "五、": "博鳌乐城国际医疗旅游先行区（琼海市）",
            },
            "note": "二、 is about enterprises whose 总机构 is outside 海南 — it still applies only to their 分支机构 in 海南自由贸易港 (not to other provinces). The 园区 names in the form's check-box row are options, not places of application of that row (tagging them is low).",
        },
        "_note": (
            "Provincial tax bureau 公告 with NO 版头: the title comes first, ONE paragraph with two soft line breaks (国家税务总局海南省税务局 / 关于海南自由贸易港鼓励类产业企业 / 实质性运营有关征管事项的公告) — joined with no space; the number line 国家税务总局海南省税务局公告2024年第2号 is printed UNDER the title in 楷体 (it is the 文号, not a part of the title and not a clause). "
            "No 主送, no publicity line, no 版记 → published unknown (null). Preamble + 一、…八、 as whole paragraphs. "
            "一、 ends in a colon and is followed by three sub-items whose numbers 1. 2. 3. come from Word AUTOMATIC NUMBERING (style List Number): in the .docx the text has no “1.” — a reader must not lose the sub-items, and should number them (1. 2. 3.) under 一、; sub-items merged into 一、 equally good; sub-items as un-numbered paragraphs low; labelled as top-level items medium. "
            "特此公告。 is furniture. 附件说明 附件：海南自由贸易港鼓励类产业企业实质性运营情况表. 落款 国家税务总局海南省税务局 / 2024年3月18日. "
            "八、: 自2024年4月1日起施行 … 执行至2027年12月31日 → effective 2024-04-01, expires 2027-12-31; “留存期限 … 10年” (六、) is not a validity. "
            "附件 after a page break: label 附件, the form title and “（　　　　年度）” (headings, not clauses), then a FORM: a 4-column table without a header row, label cells (纳税人名称, 注册地址, 所属重点园区 …) and empty or merged value cells with ☐ check-box options (several lines in one cell via manual breaks), a full-width declaration row with signature/date blanks; then 填表说明： + 1．2．3． paragraphs. "
            "Expected: each form row as one clause, non-empty cells joined with “；”, in-cell line breaks joined with no space (a reader may render a form row differently — label：value, or keep it as a table row — fine as long as labels and ☐ options survive and rows are not glued together; the ☐ marks dropped is low; the whole form lost is medium). "
            "The 填表说明： lead line is a heading; its items 1．2．3． are clauses (they restart numbering inside the 附件 — must not be confused with 一、's sub-items 1. 2. 3.)."
        ),
        "_pdf": {"note": "5 pages, centred “— N —”; 落款 at the top of p.3. In the PDF the sub-items of 一、 print “1.” “2.” “3.” (generated by the numbering) with a hanging indent. The form starts on p.4 and BREAKS across the page: the rows 实际管理机构所在地 and the declaration are on p.5 with no header (a form has none), followed by 填表说明. Label cells wrap (主营业务收入 / （万元）; 在琼缴纳社保 / 从业人员（人）) and the 园区 cell wraps inside a name (博鳌乐城国际医疗旅游先行 / 区) — joined with no space. Empty value cells print as empty boxes. Same expected meta and clauses."},
    }]

    qd_art = []
    for _, arts in QD_CHAPTERS:
        for num, txt, items in arts:
            qd_art.append(num + "　" + txt.replace("\n", ""))
            qd_art.extend(items)
    out["blind209_qingdao_safe"] = [{
        "meta": {
            "title": QD_TITLE, "doc_number": QD_NUM, "issuer": ["国家外汇管理局青岛市分局"],
            "date": "2024-06-12", "published": "2024-06-14", "level": "municipal", "region": "山东省青岛市",
            "effective": "2024-07-01", "expires": "2026-06-30", "attachments": [QD_GUIDE], "doc_type": "通知（印发操作指引）",
            "recipients": ["辖内各银行"], "publicity": "此件主动公开",
        },
        "clauses": QD_NOTICE + qd_art,
        "applies_to": {
            "default": "山东省青岛市（中国（山东）自由贸易试验区青岛片区、上合示范区）",
            "specific": {
                "第二条": "青岛片区（含青岛前湾综合保税区）、上合示范区（胶州市）；青岛胶州湾综合保税区、青岛即墨综合保税区（参照执行）",
                "第四条": "青岛片区",
                "第五条": "青岛片区",
                "第六条": "上合示范区（胶州市） — the 上海合作组织成员国 are counterparties, not places of application",
                "第七条": "青岛片区",
                "第八条": "青岛片区",
                "第九条": "青岛片区",
                "第十条": "青岛片区",
                "第十一条": "上合示范区（胶州市）",
                "第十二条": "青岛片区",
                "第十四条（二）": "青岛前湾综合保税区",
            },
            "note": "青岛片区 lies in 黄岛区（西海岸新区）; 上合示范区 in 胶州市. 上海合作组织国家 do not move a clause abroad. 汇发〔2023〕30号 and the repealed 青汇发〔2021〕15号 are citations.",
        },
        "_note": (
            "文件格式: red 版头 国家外汇管理局青岛市分局文件 (condensed 66%), 文号 青汇发〔2024〕9号 centred with the red rule under it; no page number on page 1 (different first page), “— N —” odd right / even left afterwards. "
            "Title ONE paragraph with THREE soft line breaks (国家外汇管理局青岛市分局关于印发 / 《中国（山东）自由贸易试验区青岛片区 / 跨境贸易投资高水平开放外汇业务 / 操作指引》的通知 — the last break splits 外汇业务|操作指引 inside the book title) — joined with no space. "
            "主送 辖内各银行; 2 notice paragraphs; 附件说明; 落款 国家外汇管理局青岛市分局 / 2024年6月12日; （此件主动公开） → publicity. "
            "The 附件 starts a NEW SECTION (new page; page numbers continue): label 附件, the 指引 title in two paragraphs (heading), 第一章…第五章 centred 黑体 headings (总　　则 / 附　　则 typed with full-width spaces), 第一条…第十七条 articles (黑体 number + full-width space + text = one clause; the path should carry the 章). "
            "第五条 contains a MANUAL LINE BREAK in mid-sentence (…根据交易电子信息审核 / 后直接办理收付汇) — one clause, joined with no space. 第八条 and 第十四条 end in a colon and are followed by （一）（二）（三） / （一）（二） item paragraphs — expected as separate clauses; merged into their article equally good; labelled top-level （一） without the article medium. "
            "第十七条: 自2024年7月1日起施行，有效期两年 → effective 2024-07-01, expires 2026-06-30 (computed; 2026-07-01 tolerable low, null medium). "
            "版记 directly after 第十七条 (4 empty paragraphs, no page break): 抄送 … / 国家外汇管理局青岛市分局办公室 2024年6月14日印发 → published 2024-06-14; it must not be glued to 第十七条. "
            "A reader may split the 附件 into a second document (title = the 指引 title, same issuer/date/effective/expires): tolerable; then the notice keeps 2 clauses. "
            "level: the 青岛市分局 of 国家外汇管理局 (计划单列市) — municipal; provincial tolerable low."
        ),
        "_pdf": {"note": "Page 1 has no number. The 附件 starts on a new page. The 版记 prints right after 第十七条 on the last page with its rules. Same expected meta and clauses."},
    }]

    qz_rows = [row_clause(["点位", "北纬", "东经"], list(r)) for r in QZ_POINTS]
    qz_cl = [QZ_INTRO] + [h + t for h, t in QZ_ITEMS_A] + qz_rows + [h + t for h, t in QZ_ITEMS_B] + QZ_REQS + [h + t for h, t in QZ_ITEMS_C]
    out["blind209_qinzhou_msa"] = [{
        "meta": {
            "title": QZ_TITLE, "doc_number": QZ_NUM, "issuer": ["钦州海事局"],
            "date": "2024-10-18", "published": None, "level": "municipal", "region": "广西壮族自治区钦州市",
            "effective": "2024-11-01", "expires": "2025-06-30", "attachments": [QZ_ATT], "doc_type": "通告",
            "recipients": [], "publicity": None,
        },
        "clauses": qz_cl,
        "applies_to": {
            "default": "广西壮族自治区钦州市（钦州港东航道施工水域）",
            "specific": {
                "二、 and its 4 coordinate rows": "钦州港东航道施工水域 A–D (21°35′–21°38′N, 108°39′–108°40′E)",
                "三、": "抛泥区, 三墩作业区东南侧",
                "五、（一）": "东航道 大榄坪港区至金谷港区段",
                "五、（四）": "勒沟港区（钦州综合保税区码头）",
            },
            "note": "The whole 通告 concerns waters of 钦州港 (钦州港区 / 中国（广西）自由贸易试验区钦州港片区); coordinates are places, not numbers to lose.",
        },
        "_note": (
            "海事局 通告 in 航行通告 style. 版头 中华人民共和国钦州海事局 (red) + a second red line 通　　告 (furniture, not the title and not a clause), 文号 钦海通〔2024〕23号 right-aligned with a red rule under it. "
            "Title in two centred paragraphs without the organ (关于钦州港东航道扩建工程（二期） / 施工期间实施通航管制的通告) — joined with no space; prefixed with 钦州海事局 equally good. No 主送. "
            "Preamble (ends 通告如下：) + items 一、…八、 with run-in 黑体 labels (一、施工时间： + text = one clause). 二、施工水域： ends in a colon and is followed by a 3-column coordinate TABLE with a TWO-ROW HEADER (点位 merged vertically; 坐标（CGCS2000） merged over 北纬 / 东经): each point is a row clause 点位：A；北纬：21°38′42.6″；东经：108°39′10.2″ (the degree/minute/second marks ° ′ ″ must survive; a header row as a data row is medium; 坐标（CGCS2000）北纬 as a combined column name is fine). "
            "五、通航管制要求： is a label with NO text, followed by （一）…（五） paragraphs (clauses with parent 五、; 五、 as an empty heading clause is low). "
            "六、/七、 are plain paragraphs; 七、: 自2024年11月1日起施行，至2025年6月30日止 → effective 2024-11-01, expires 2025-06-30 (the 施工时间 in 一、 agrees). 0700时/1900时, 12.5米, 8节, 500米, 800米 are not dates. "
            "特此通告。 furniture; 附件说明 附件：…示意图; 落款 钦州海事局 / 2024年10月18日; no 版记 → published null. "
            "The 附件 (after a page break) is only a label, a title and a PICTURE (a drawn chart) — no clauses; text drawn inside the picture (大榄坪港区, 抛泥区…) must not become clauses. "
            "level: 钦州海事局 is a branch of 广西海事局 (交通运输部 直属) working in 钦州 — municipal; provincial tolerable low."
        ),
        "_pdf": {"note": "4 pages, centred “— N —”. The coordinate table BREAKS across pages 1–2: the two header rows and point A at the foot of p.1, points B–D at the top of p.2 with no repeated header — B–D are still rows of the same table (点位/北纬/东经), not loose text and not glued to 三、. The 落款 is on p.3; the chart is an image on p.4 (no text layer). Same expected meta and clauses."},
    }]
    return out


def main():
    files = [build_xiamen(), build_hainan(), build_qingdao(), build_qinzhou()]
    for f in files:
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
