# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 76: Word layout objects in red-header 公文.

(a) 连云港市商务局 notice: 版头 in a borderless two-cell table, 页眉 with 文号, 页脚 "— PAGE —",
    a real footnote (footnotes.xml written by hand), floating 印章 image anchored over the 落款.
(b) 中国（广西）自由贸易试验区工作办公室 notice: title and 主送 inside a text box (w:txbxContent),
    attachment table in a landscape section, 续表 with repeated header on the next page.
(c) 东兴市人民政府、东兴海关 joint notice: 联合发文 版头 as a table (two organs stacked, 文件 to the right),
    two signatures with dates side by side in a table.
Writes blind76_*.docx, the LibreOffice PDFs, and expected.json next to itself.
"""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)
FS = "仿宋_GB2312"; HEI = "黑体"; KAI = "楷体_GB2312"; XBS = "方正小标宋简体"

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


# ---------------------------------------------------------------- helpers
def set_font(run, name, size, bold=False, color=None):
    run.font.size = Pt(size); run.font.bold = bold; run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w")); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None: run.font.color.rgb = color


def fmt(p, align=None, indent=True, before=0, after=0, line=28):
    pf = p.paragraph_format
    if align is not None: p.alignment = align
    pf.first_line_indent = Pt(32) if indent else None
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    pf.line_spacing = Pt(line)


def para(container, text="", font=FS, size=16, align=None, indent=True, bold=False, color=None, before=0, after=0, line=28):
    p = container.add_paragraph()
    fmt(p, align, indent, before, after, line)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def body_item(doc, head, rest="", head_font=HEI):
    """一、 headings in 黑体, （一） in 楷体, the rest in 仿宋, all in one paragraph."""
    p = para(doc)
    set_font(p.add_run(head), head_font, 16)
    if rest: set_font(p.add_run(rest), FS, 16)
    return p


def border_para(p, sides=("bottom",), sz=12, color="E60012", space=1):
    ppr = p._p.get_or_add_pPr()
    inner = "".join('<w:%s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>' % (s, sz, space, color) for s in sides)
    ppr.append(parse_xml('<w:pBdr %s>%s</w:pBdr>' % (nsdecls("w"), inner)))


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml('<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w")))


def all_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml('<w:tblBorders %s><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>' % nsdecls("w")))


def set_widths(table, widths_cm):
    table.autofit = False
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def cell_text(cell, text, font=FS, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False, color=None, line=28):
    p = cell.paragraphs[0]
    fmt(p, align, False, 0, 0, line)
    for i, chunk in enumerate(text.split("\n")):
        if i: p = cell.add_paragraph(); fmt(p, align, False, 0, 0, line)
        set_font(p.add_run(chunk), font, size, bold, color)
    return p


def gb_page(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width = Cm(29.7); section.page_height = Cm(21.0)
        section.top_margin = Cm(2.6); section.bottom_margin = Cm(2.4)
        section.left_margin = Cm(3.7); section.right_margin = Cm(3.5)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width = Cm(21.0); section.page_height = Cm(29.7)
        section.top_margin = Cm(3.7); section.bottom_margin = Cm(3.5)
        section.left_margin = Cm(2.8); section.right_margin = Cm(2.6)
    section.header_distance = Cm(1.5); section.footer_distance = Cm(2.0)


def add_field(p, instr, font=FS, size=14):
    def r(xml):
        p._p.append(parse_xml(xml))
    rpr = '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="%d"/></w:rPr>' % (font, font, font, size * 2)
    r('<w:r %s>%s<w:fldChar w:fldCharType="begin"/></w:r>' % (nsdecls("w"), rpr))
    r('<w:r %s>%s<w:instrText xml:space="preserve"> %s </w:instrText></w:r>' % (nsdecls("w"), rpr, instr))
    r('<w:r %s>%s<w:fldChar w:fldCharType="separate"/></w:r>' % (nsdecls("w"), rpr))
    r('<w:r %s>%s<w:t>1</w:t></w:r>' % (nsdecls("w"), rpr))
    r('<w:r %s>%s<w:fldChar w:fldCharType="end"/></w:r>' % (nsdecls("w"), rpr))


def page_footer(section, font="宋体"):
    f = section.footer; f.is_linked_to_previous = False
    p = f.paragraphs[0]; fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 0, 0, 20)
    set_font(p.add_run("— "), font, 14)
    add_field(p, "PAGE", font, 14)
    set_font(p.add_run(" —"), font, 14)


def banji(doc, lines, date_line):
    """版记: 抄送 and 印发 lines between rules."""
    p = para(doc, "", indent=False, before=24)
    border_para(p, ("bottom",), 8, "000000")
    for t in lines:
        q = para(doc, t, size=14, indent=False)
        q.paragraph_format.left_indent = Pt(14); q.paragraph_format.right_indent = Pt(14)
        border_para(q, ("bottom",), 4, "000000")
    q = para(doc, "", size=14, indent=False)
    q.paragraph_format.left_indent = Pt(14); q.paragraph_format.right_indent = Pt(14)
    tabs = q.paragraph_format.tab_stops
    tabs.add_tab_stop(Cm(15.2), alignment=2)
    set_font(q.add_run(date_line[0] + "\t" + date_line[1]), FS, 14)
    border_para(q, ("bottom",), 8, "000000")


def seal_png(path, text):
    from PIL import Image, ImageDraw, ImageFont
    S = 420
    im = Image.new("RGBA", (S, S), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    red = (220, 20, 30, 230)
    d.ellipse((8, 8, S - 8, S - 8), outline=red, width=14)
    import math
    cx = cy = S / 2; R = 62
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = R if k % 2 == 0 else R * 0.38
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    fp = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
    if os.path.exists(fp):
        font = ImageFont.truetype(fp, 44)
        # characters along the upper arc
        n = len(text)
        for i, ch in enumerate(text):
            ang = math.radians(-150 + 120 * i / max(n - 1, 1))
            x = cx + 150 * math.cos(ang); y = cy + 150 * math.sin(ang)
            g = Image.new("RGBA", (60, 60), (0, 0, 0, 0))
            ImageDraw.Draw(g).text((8, 0), ch, font=font, fill=red)
            g = g.rotate(-math.degrees(ang) - 90, expand=False)
            im.alpha_composite(g, (int(x - 30), int(y - 30)))
    im.save(path)


def float_image(run, path, width_cm, off_x_cm, off_y_cm, docpr_id=50):
    """add an inline picture, then rewrite it to a floating wp:anchor (behind text, no wrap)."""
    run.add_picture(path, width=Cm(width_cm))
    drawing = run._r.find(qn("w:drawing"))
    inline = drawing.find(qn("wp:inline"))
    ext = inline.find(qn("wp:extent"))
    cx, cy = ext.get("cx"), ext.get("cy")
    docPr = inline.find(qn("wp:docPr")); docPr.set("id", str(docpr_id)); docPr.set("name", "印章 %d" % docpr_id)
    graphic = inline.find(qn("a:graphic"))
    anchor = parse_xml(
        '<wp:anchor %s distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="1" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%s" cy="%s"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        '</wp:anchor>' % (nsdecls("wp", "a", "pic", "r"), int(Cm(off_x_cm)), int(Cm(off_y_cm)), cx, cy))
    anchor.append(copy.deepcopy(docPr))
    anchor.append(parse_xml('<wp:cNvGraphicFramePr %s><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>' % nsdecls("wp", "a")))
    anchor.append(copy.deepcopy(graphic))
    drawing.remove(inline); drawing.append(anchor)


def add_footnotes_part(doc, notes):
    """notes: {id: text}. Writes word/footnotes.xml with separators and the given notes."""
    fn = [('<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'),
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for i, t in notes.items():
        fn.append('<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0" w:line="300" w:lineRule="exact"/></w:pPr>'
                  '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:rFonts w:ascii="宋体" w:eastAsia="宋体"/><w:sz w:val="24"/></w:rPr><w:footnoteRef/></w:r>'
                  '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="24"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>' % (i, t))
    fn.append('</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                "".join(fn).encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def footnote_ref(p, fid):
    p._p.append(parse_xml('<w:r %s><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="32"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>' % (nsdecls("w"), fid)))


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def new_doc():
    doc = Document()
    gb_page(doc.sections[0])
    st = doc.styles["Normal"]; st.font.name = FS; st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)
    return doc


EXPECTED = {}

# =================================================================== (a)
A_STEM = "blind76_lianyungang_shangwuju"
A_NO = "连商务〔2024〕37号"
A_TITLE = "连云港市商务局关于支持企业深度参与“一带一路”经贸合作加快中哈物流合作基地功能提升的通知"
A_BODY = [
    ("h", "一、", "总体要求"),
    ("p", "", "深入贯彻落实共建“一带一路”倡议，发挥中哈（连云港）物流合作基地和上合组织（连云港）国际物流园的平台作用，推动海铁联运、跨境电商和服务贸易协同发展，力争到2025年底全市对共建“一带一路”国家进出口额突破900亿元。"),
    ("h", "二、", "重点支持事项"),
    ("k", "（一）", "支持中欧（亚）班列扩量提质。对在中哈物流合作基地集结、经霍尔果斯或阿拉山口口岸出境的中欧（亚）班列，按实际开行列数给予运营企业补助："),
    ("p", "", "1.回程班列每列补助3万元；"),
    ("p", "", "2.开行至中亚五国的冷链专列每列补助5万元，同一企业年度补助总额不超过300万元。"),
    ("k", "（二）", "支持企业开拓共建国家市场。对企业参加商务部门认定的境外重点展会，按以下标准给予补助："),
    ("p", "", "（1）展位费补助比例不超过70%，单个展会补助不超过10万元；"),
    ("p", "", "（2）对在哈萨克斯坦、乌兹别克斯坦设立海外仓*的企业，按仓储面积每平方米补助100元，单个企业最高补助50万元。"),
    ("k", "（三）", "支持跨境电商综合试验区建设。对在连云港综合保税区内开展跨境电商“1210”保税进口业务的企业，年进口额超过1亿元的给予一次性奖励20万元。"),
    ("h", "三、", "申报程序"),
    ("p", "", "符合条件的企业于每年3月31日前向所在县区商务主管部门提交申报材料，经县区初审后报市商务局复核，市商务局会同市财政局在10个工作日内完成审核并公示。"),
    ("h", "四、", "其他事项"),
    ("p", "", "本通知自2024年6月1日起施行，有效期至2026年5月31日。同一事项已享受市级其他同类政策的，按照从高不重复原则执行。"),
]
A_FOOT = "海外仓是指企业在境外建设运营、为跨境电商和一般贸易提供仓储、分拣、配送等服务的仓储设施，须经市商务局备案。"


def make_a():
    doc = new_doc()
    sec = doc.sections[0]
    sec.different_first_page_header_footer = False
    # header: 文号 right-aligned, rule below
    hp = sec.header.paragraphs[0]; fmt(hp, WD_ALIGN_PARAGRAPH.RIGHT, False, 0, 0, 18)
    set_font(hp.add_run(A_NO), FS, 10.5)
    border_para(hp, ("bottom",), 6, "000000")
    page_footer(sec)
    # 版头: borderless two-cell table (发文机关标志 / 文号)
    t = doc.add_table(rows=2, cols=1); no_borders(t); t.alignment = WD_TABLE_ALIGNMENT.CENTER; set_widths(t, [15.6])
    cell_text(t.cell(0, 0), "连云港市商务局文件", XBS, 40, color=RED, line=60)
    cell_text(t.cell(1, 0), A_NO, FS, 16, line=30)
    t.cell(1, 0).paragraphs[0].paragraph_format.space_before = Pt(28)
    rule = para(doc, "", indent=False, line=12); border_para(rule, ("bottom",), 18, "E60012", 1)
    para(doc, "", indent=False, line=14)
    para(doc, A_TITLE, XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33, after=16)
    para(doc, "各县区商务局，市开发区、连云港徐圩新区、连云区商务主管部门，各有关企业：", indent=False)
    para(doc, "为贯彻落实国家和省关于高质量共建“一带一路”的部署要求，进一步发挥我市新亚欧大陆桥经济走廊东方起点作用，现就有关事项通知如下：")
    fn_done = False
    for kind, head, txt in A_BODY:
        if kind == "h": body_item(doc, head, txt)
        elif kind == "k": body_item(doc, head, txt, KAI)
        else:
            if "*" in txt:
                a, b = txt.split("*")
                p = para(doc, a); footnote_ref(p, 1); set_font(p.add_run(b), FS, 16)
            else:
                para(doc, txt)
    add_footnotes_part(doc, {1: A_FOOT})
    para(doc, "", indent=False); para(doc, "", indent=False)
    sp = para(doc, "连云港市商务局", indent=False)
    sp.paragraph_format.right_indent = Pt(64); sp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    seal = os.path.join(HERE, "_seal_lyg.png"); seal_png(seal, "连云港市商务局")
    float_image(sp.runs[0], seal, 4.2, 9.0, -1.3)
    dp = para(doc, "2024年5月20日", indent=False)
    dp.paragraph_format.right_indent = Pt(64); dp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(doc, "（此件公开发布）", indent=True)
    banji(doc, ["抄送：市财政局，连云港海关，市口岸办。"], ("连云港市商务局办公室", "2024年5月21日印发"))
    path = os.path.join(HERE, A_STEM + ".docx"); doc.save(path)
    os.remove(seal)
    return path


def expect_a():
    clauses = ["为贯彻落实国家和省关于高质量共建“一带一路”的部署要求，进一步发挥我市新亚欧大陆桥经济走廊东方起点作用，现就有关事项通知如下："]
    for kind, head, txt in A_BODY:
        clauses.append((head + txt).replace("*", ""))
    EXPECTED[A_STEM] = [{
        "meta": {"title": A_TITLE, "doc_number": A_NO, "issuer": "连云港市商务局", "date": "2024-05-20",
                 "level": "municipal", "region": "江苏省连云港市", "effective": "2024-06-01", "expires": "2026-05-31"},
        "clauses": clauses,
        "footnotes": [A_FOOT],
        "_note": ("Furniture, never clauses: the 页眉 '连商务〔2024〕37号' (repeated on every PDF page), the 页脚 '— 1 —'/'— 2 —', "
                  "the 版头 table ('连云港市商务局文件', the 文号 cell), 主送 line, the 落款 '连云港市商务局' and '2024年5月20日', '（此件公开发布）', "
                  "the 抄送 line and the 印发 line '连云港市商务局办公室 2024年5月21日印发'. The seal is an image and carries no text. "
                  "The footnote text (exactly one footnote, on '海外仓' in item （2）) must not be lost; tolerable: appended to the clause that cites it, or a separate trailing note/clause; "
                  "NOT tolerable: footnote text glued into the middle of another clause or the item split at the footnote mark. A trailing superscript '1' after '海外仓' is tolerable. "
                  "Headings 一、总体要求 etc. may be kept as their own clause or merged into the following paragraph; '（一）' items may carry their 1./2. sub-items as children. "
                  "Issue date is 2024-05-20 (not the 印发 date 2024-05-21). Places: 连云港 (whole doc), 霍尔果斯/阿拉山口 (口岸 in （一）), 哈萨克斯坦/乌兹别克斯坦 in （2）, 连云港综合保税区 in （三）."),
    }]


# =================================================================== (b)
B_STEM = "blind76_guangxi_zimaoban"
B_NO = "桂自贸办发〔2024〕12号"
B_TITLE = "中国（广西）自由贸易试验区工作办公室关于印发《中国（广西）自由贸易试验区2024年度面向东盟制度创新重点任务清单》的通知"
B_MAIN = "南宁、钦州港、崇左片区管委会，自治区有关单位："
B_BODY = [
    "为深入实施自由贸易试验区提升战略，高水平建设面向东盟的国际陆海贸易新通道，现将《中国（广西）自由贸易试验区2024年度面向东盟制度创新重点任务清单》印发给你们，请结合实际认真抓好落实。",
    "一、各片区要对照清单明确责任处室和完成时限，于2024年9月15日前将细化方案报送自治区自贸办。",
    "二、自治区有关单位要加强政策协同，对需国家部委授权或支持的事项，及时汇总报送，形成首创性、差异化改革成果。",
    "三、清单任务落实情况纳入自贸试验区年度考核，每季度末月25日前报送进展情况，年底开展第三方评估。",
]
B_ATT_TITLE = "中国（广西）自由贸易试验区2024年度面向东盟制度创新重点任务清单"
B_HDR = ["序号", "任务名称", "主要内容", "牵头单位", "实施片区", "完成时限"]
B_ROWS = [
    ["1", "中越跨境货物“一单制”改革", "推行西部陆海新通道海铁联运“一单制”，探索铁路运单物权化，在凭祥友谊关口岸开展试点。", "自治区商务厅", "崇左片区", "2024年12月"],
    ["2", "东盟水果进境检疫便利化", "对自东盟进口的榴莲、山竹等水果实施“提前申报、抵港直提”，压缩通关时间30%以上。", "南宁海关", "钦州港片区", "2024年10月"],
    ["3", "跨境人民币结算便利化", "支持区内银行为面向东盟的优质企业办理经常项目人民币跨境结算“凭指令结算”。", "人民银行广西区分行", "南宁片区", "2024年11月"],
    ["4", "边民互市贸易进口商品落地加工", "完善互市商品“采购—运输—加工”全链条监管，扩大落地加工商品种类。", "自治区商务厅", "崇左片区", "2024年12月"],
    ["5", "国际航行船舶保税加油", "推动钦州港开展国际航行船舶保税液化天然气加注业务。", "钦州市人民政府", "钦州港片区", "2024年12月"],
    ["6", "中国—东盟数据跨境流动试点", "在中国—东盟信息港开展数据出境安全评估便利化服务，建立企业白名单。", "自治区网信办", "南宁片区", "2024年12月"],
    ["7", "东盟国家人员工作许可便利", "为东盟国家高层次人才办理工作许可和居留许可实行“一窗受理、并联审批”。", "自治区科技厅", "南宁片区", "2024年9月"],
    ["8", "中马“两国双园”投资便利化", "推动中马钦州产业园区与马中关丹产业园区在项目审批、标准互认方面开展合作。", "钦州市人民政府", "钦州港片区", "2024年12月"],
    ["9", "陆路启运港退税试点", "争取在凭祥综合保税区开展陆路启运港退税试点，缩短企业退税周期。", "南宁海关", "崇左片区", "2025年3月"],
    ["10", "跨境电商零售进口药品试点", "探索在南宁综合保税区开展跨境电商零售进口部分药品及医疗器械业务。", "自治区药监局", "南宁片区", "2025年6月"],
    ["11", "东盟商品标准互认", "选取农产品、建材等10类商品开展中国与东盟国家标准比对和互认。", "自治区市场监管局", "各片区", "2024年12月"],
    ["12", "自贸试验区制度创新成果评估", "建立制度创新成果第三方评估和复制推广机制，全年形成制度创新成果不少于20项。", "自治区自贸办", "各片区", "2024年12月"],
]
B_SPLIT = 7  # rows on the first landscape page; the rest go under 续表


def textbox_xml(paras_xml, width_cm, height_cm, docpr_id):
    cx, cy = int(Cm(width_cm)), int(Cm(height_cm))
    ns = nsdecls("w", "wp", "a") + (' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
                                    ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
                                    ' xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word"'
                                    ' xmlns:o="urn:schemas-microsoft-com:office:office"')
    return (
        '<w:r %s><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251660288" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        '<wp:docPr id="%d" name="文本框 %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe" %s><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="文本框 %d" o:spid="_x0000_s10%02d" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:%.1fpt;height:%.1fpt;z-index:251660288" filled="f" stroked="f" %s>'
        '<v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>'
        % (ns, cx, cy, docpr_id, docpr_id, cx, cy, paras_xml,
           '', docpr_id, docpr_id,
           width_cm / 2.54 * 72, height_cm / 2.54 * 72, '', paras_xml))


def tb_para(text, font, size, jc, line, indent=False, after=0):
    ind = '<w:ind w:firstLineChars="0" w:firstLine="0"/>' if not indent else ''
    return ('<w:p><w:pPr><w:spacing w:before="0" w:after="%d" w:line="%d" w:lineRule="exact"/>%s<w:jc w:val="%s"/></w:pPr>'
            '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
            % (after, line * 20, ind, jc, font, font, font, size * 2, size * 2, text))


def att_table(doc, rows, widths):
    t = doc.add_table(rows=1 + len(rows), cols=len(B_HDR)); all_borders(t); t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(B_HDR):
        cell_text(t.cell(0, j), h, HEI, 12, line=20)
    trPr = t.rows[0]._tr.get_or_add_trPr(); trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            al = WD_ALIGN_PARAGRAPH.LEFT if j == 2 else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.cell(i + 1, j), v, FS, 12, al, line=20)
        t.rows[i + 1]._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
    set_widths(t, widths)
    return t


def make_b():
    doc = new_doc()
    sec = doc.sections[0]
    page_footer(sec)
    # 版头 as ordinary paragraphs
    para(doc, "", indent=False, line=20)
    para(doc, "中国（广西）自由贸易试验区工作办公室", XBS, 24, WD_ALIGN_PARAGRAPH.CENTER, indent=False, color=RED, line=44)
    para(doc, "", indent=False, line=24)
    para(doc, B_NO, FS, 16, WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=28)
    rule = para(doc, "", indent=False, line=10); border_para(rule, ("bottom",), 18, "E60012", 1)
    # title + 主送 inside a text box anchored to an empty paragraph
    anchor_p = para(doc, "", indent=False, line=28)
    inner = (tb_para("", FS, 16, "center", 20)
             + tb_para(B_TITLE, XBS, 22, "center", 33, after=320)
             + tb_para(B_MAIN, FS, 16, "left", 28))
    anchor_p._p.append(parse_xml(textbox_xml(inner, 15.6, 5.6, 61)))
    for t in B_BODY:
        para(doc, t)
    para(doc, "")
    ap = para(doc, "附件：中国（广西）自由贸易试验区2024年度面向东盟制度创新重点任务清单", indent=True)
    ap.paragraph_format.left_indent = Pt(0)
    para(doc, ""); para(doc, "")
    sp = para(doc, "中国（广西）自由贸易试验区工作办公室", indent=False); sp.alignment = WD_ALIGN_PARAGRAPH.RIGHT; sp.paragraph_format.right_indent = Pt(32)
    dp = para(doc, "2024年8月12日", indent=False); dp.alignment = WD_ALIGN_PARAGRAPH.RIGHT; dp.paragraph_format.right_indent = Pt(64)
    para(doc, "（联系人：李明，联系电话：0771-5891234）", indent=True)
    # landscape section for the attachment
    s2 = doc.add_section(WD_SECTION.NEW_PAGE); gb_page(s2, landscape=True)
    s2.footer.is_linked_to_previous = True
    para(doc, "附件", HEI, 16, indent=False)
    para(doc, B_ATT_TITLE, XBS, 18, WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30, after=10)
    widths = [1.4, 4.4, 7.6, 3.6, 2.6, 2.9]
    att_table(doc, B_ROWS[:B_SPLIT], widths)
    xb = para(doc, "续表", HEI, 14, indent=False); xb.paragraph_format.page_break_before = True
    att_table(doc, B_ROWS[B_SPLIT:], widths)
    banji(doc, ["抄送：自治区人民政府办公厅，自治区商务厅。"], ("中国（广西）自由贸易试验区工作办公室", "2024年8月12日印发"))
    path = os.path.join(HERE, B_STEM + ".docx"); doc.save(path)
    return path


def expect_b():
    clauses = list(B_BODY)
    clauses.append("附件：中国（广西）自由贸易试验区2024年度面向东盟制度创新重点任务清单")
    for r in B_ROWS:
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(B_HDR, r)))
    EXPECTED[B_STEM] = [{
        "meta": {"title": B_TITLE, "doc_number": B_NO, "issuer": "中国（广西）自由贸易试验区工作办公室", "date": "2024-08-12",
                 "level": "provincial", "region": "广西壮族自治区"},
        "clauses": clauses,
        "_note": ("The title and the 主送 '" + B_MAIN + "' sit in a text box (wps:txbx with VML fallback, same text twice in the XML): the title must be found "
                  "(it exists nowhere else in the file) and must not be duplicated; 主送 is not a clause. Furniture: 版头 '中国（广西）自由贸易试验区工作办公室' and 文号 line, "
                  "落款 and date, '（联系人：…）', '附件' label, the attachment title line (it may serve as a heading), '续表', the repeated header row "
                  "of the second table (must NOT become a data row), page numbers '— 1 —', the 抄送 line and the 印发 line. "
                  "The 附件说明 line '附件：…清单' is tolerable either as a clause or as furniture. The 12 table rows are the attachment's clauses; tolerable: the attachment "
                  "as a second document titled with the attachment title (then its rows are its clauses). Table rows 8-12 follow '续表' on a new landscape page and must "
                  "keep their header names. Places: 崇左片区/凭祥友谊关口岸 (row 1, 4, 9), 钦州港片区 (2, 5, 8), 南宁片区 (3, 6, 7, 10), 各片区 (11, 12). No effective/expires printed."),
    }]


# =================================================================== (c)
C_STEM = "blind76_dongxing_zhengfu"
C_NO = "东政发〔2024〕11号"
C_TITLE = "东兴市人民政府 东兴海关关于进一步促进边民互市贸易高质量发展服务“一带一路”建设的通知"
C_MAIN = "各镇人民政府，市直各有关单位，东兴海关各科室："
C_BODY = [
    ("p", "", "为深入落实《边民互市贸易管理办法》和中国（广西）自由贸易试验区建设有关部署，发挥东兴国家重点开发开放试验区沿边开放优势，推动边民互市贸易从“通道经济”向“口岸经济”转变，经研究，现就有关事项通知如下。"),
    ("h", "一、", "规范互市贸易主体管理"),
    ("p", "", "（一）边民互助组实行备案管理，每个互助组成员不少于20人，由所在镇人民政府审核后报市商务和口岸管理局备案。"),
    ("p", "", "（二）边民每人每日通过互市贸易进口的生活用品免税额度为8000元，超出部分按规定征收关税和进口环节税。"),
    ("h", "二、", "推进互市商品落地加工"),
    ("p", "", "（一）对在东兴边境经济合作区内落地加工越南进口坚果、海产品、红木的企业，按加工产值的1%给予奖励，单个企业年度奖励不超过200万元。"),
    ("p", "", "（二）东兴海关对落地加工企业实行“电子账册+定期核销”监管模式，对守法企业实施低比例查验。"),
    ("h", "三、", "提升口岸通关效率"),
    ("p", "", "东兴口岸和北仑河二桥货运通道互市贸易区推行“一次申报、一次查验、一次放行”，货物平均通关时间压缩至2小时以内。"),
    ("h", "四、", "附则"),
    ("p", "", "本通知由东兴市商务和口岸管理局、东兴海关负责解释，自印发之日起施行，有效期3年。"),
]


def make_c():
    doc = new_doc()
    sec = doc.sections[0]
    page_footer(sec)
    # 联合发文 版头: two organs stacked left, 文件 to the right spanning both rows
    t = doc.add_table(rows=2, cols=2); no_borders(t); t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), "东兴市人民政府", XBS, 30, WD_ALIGN_PARAGRAPH.DISTRIBUTE, color=RED, line=46)
    cell_text(t.cell(1, 0), "东  兴  海  关", XBS, 30, WD_ALIGN_PARAGRAPH.DISTRIBUTE, color=RED, line=46)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, "文件", XBS, 40, WD_ALIGN_PARAGRAPH.CENTER, color=RED, line=60)
    tcPr = m._tc.get_or_add_tcPr(); tcPr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))
    set_widths(t, [11.6, 4.0])
    para(doc, "", indent=False, line=24)
    para(doc, C_NO, FS, 16, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    rule = para(doc, "", indent=False, line=10); border_para(rule, ("bottom",), 18, "E60012", 1)
    para(doc, "", indent=False, line=14)
    para(doc, C_TITLE, XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33, after=16)
    para(doc, C_MAIN, indent=False)
    for kind, head, txt in C_BODY:
        if kind == "h": body_item(doc, head, txt)
        else: para(doc, txt)
    para(doc, "")
    # two signatures with dates side by side
    st = doc.add_table(rows=2, cols=2); no_borders(st); st.alignment = WD_TABLE_ALIGNMENT.CENTER; set_widths(st, [7.8, 7.8])
    cell_text(st.cell(0, 0), "东兴市人民政府", FS, 16)
    cell_text(st.cell(0, 1), "东兴海关", FS, 16)
    cell_text(st.cell(1, 0), "2024年3月18日", FS, 16)
    cell_text(st.cell(1, 1), "2024年3月18日", FS, 16)
    para(doc, "（此件主动公开）")
    banji(doc, ["抄送：防城港市人民政府，南宁海关，市委办，市人大办，市政协办。"], ("东兴市人民政府办公室", "2024年3月19日印发"))
    path = os.path.join(HERE, C_STEM + ".docx"); doc.save(path)
    return path


def expect_c():
    clauses = [head + txt for kind, head, txt in C_BODY]
    EXPECTED[C_STEM] = [{
        "meta": {"title": C_TITLE, "doc_number": C_NO, "issuer": "东兴市人民政府、东兴海关", "date": "2024-03-18",
                 "level": "county", "region": "广西壮族自治区防城港市东兴市", "effective": "2024-03-18", "expires": "2027-03-17"},
        "clauses": clauses,
        "_note": ("Joint issue. Furniture: the 版头 table ('东兴市人民政府' / '东  兴  海  关' stacked, '文件' in a merged cell to their right), 文号 line, "
                  "主送 '" + C_MAIN + "', the signature table ('东兴市人民政府 东兴海关' / '2024年3月18日 2024年3月18日'), '（此件主动公开）', 抄送 and 印发 lines, page numbers. "
                  "Issuer: both organs expected; tolerable: 东兴市人民政府 alone (lead organ, its 文号 prefix 东政发). NOT tolerable: '东兴市人民政府 东兴海关文件' or the "
                  "spaced '东  兴  海  关'. Title with or without the space between the two organs is fine. Level county (东兴 is a county-level city); the customs office is a "
                  "central vertical body but the doc is county-level. Date 2024-03-18 (not 印发 2024-03-19). Effective 2024-03-18 (自印发之日起 — printed as the 成文 date; "
                  "2024-03-19 tolerable); expires 有效期3年 → 2027-03-17 (2027-03-18 tolerable; missing expires is a medium miss). Headings may stand alone or merge with their first sub-item. "
                  "Places: 东兴 (whole doc), 东兴边境经济合作区 (二（一）), 东兴口岸/北仑河二桥货运通道 (三); 越南 appears as origin of goods."),
    }]


if __name__ == "__main__":
    for mk, ex in ((make_a, expect_a), (make_b, expect_b), (make_c, expect_c)):
        p = mk(); ex(); to_pdf(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    print("ok")
