# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the forty-eighth round of blind office files and expected.json.

  (a) blind48_chengdu_fangan — 成都市人民政府办公厅 印发 实施方案 的通知.
      Portrait pages, then a LANDSCAPE section holding the 重点任务分工表 as a
      borderless Word table (序号 / 任务 / 责任单位 / 时间, no ruling lines at
      all); row 3's 任务 cell wraps over three lines and row 5's 责任单位 over
      two; then back to portrait for 三、保障措施.
  (b) blind48_xian_tongzhi — 西安市人民政府办公厅 通知.  Page 1 has a framed
      text box at the right margin ("政策咨询热线" / "温馨提示") with the body
      text wrapping beside it; page 2 has a pull-quote text box (top-and-bottom
      wrap) repeating a sentence of the body; the footer holds a QR-code picture
      with the caption "扫码查看政策解读" and the page number.
  (c) blind48_sichuan_yilanbiao — 四川自贸试验区支持政策一览表: one big
      borderless table over two pages (header row repeated on page 2), with
      政策类别 cells merged vertically over many rows (one merge crosses the
      page break), 文号 column holding 川府发〔2023〕8号 etc.

Each is written as .docx and converted to .pdf with LibreOffice; both are kept.
Fictional content; real places and organs.  Run again to rebuild.
"""

import json
import os
import random
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FS = "仿宋_GB2312"; XBS = "方正小标宋简体"; HEI = "黑体"; KAI = "楷体_GB2312"; SONG = "宋体"
FW = "\u3000"
AL = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "l": WD_ALIGN_PARAGRAPH.LEFT, None: None}
B = 16  # body size (三号)


# ---------------------------------------------------------------- helpers
def set_run(run, font=FS, size=B, bold=False, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    run.font.size = Pt(size); run.font.bold = bold
    if color: run.font.color.rgb = RGBColor.from_string(color)
    return run


def para(where, text="", font=FS, size=B, align="j", indent=True, before=0, after=0, exact=None, bold=False, color=None):
    p = where.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    pf.line_spacing = Pt(exact or 28 if size >= 14 else exact or size * 1.5)
    if indent: pf.first_line_indent = Pt(size * 2)
    if AL[align] is not None: p.alignment = AL[align]
    if text: set_run(p.add_run(text), font, size, bold, color)
    return p


def runs(p, parts, size=B):
    for t, f in parts:
        set_run(p.add_run(t), f, size)


def add_field(p, instr, font=SONG, size=14):
    r = p.add_run(); set_run(r, font, size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3): r._element.append(e)


def page_footer(section, extra=None):
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run(fp.add_run("— "), SONG, 14); add_field(fp, "PAGE", SONG, 14); set_run(fp.add_run(" —"), SONG, 14)


def a4(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE; section.page_width = Cm(29.7); section.page_height = Cm(21.0)
        section.top_margin = Cm(2.5); section.bottom_margin = Cm(2.2); section.left_margin = Cm(2.5); section.right_margin = Cm(2.5)
    else:
        section.orientation = WD_ORIENT.PORTRAIT; section.page_width = Cm(21.0); section.page_height = Cm(29.7)
        section.top_margin = Cm(3.7); section.bottom_margin = Cm(3.5); section.left_margin = Cm(2.8); section.right_margin = Cm(2.6)
    section.footer_distance = Cm(2.0); section.header_distance = Cm(1.5)


def east_asian_normal(doc, font=FS, size=B):
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
    if rf is None: rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"): rf.set(qn(a), font)


def rule_below(p, sz=12, color="FF0000"):
    ppr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr"); e = OxmlElement("w:bottom")
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "4"); e.set(qn("w:color"), color)
    b.append(e); ppr.append(b)


def red_head(doc, org_mark, no):
    para(doc, org_mark, XBS, 36, align="c", indent=False, before=0, after=12, exact=50, color="FF0000")
    p = para(doc, no, FS, B, align="c", indent=False, after=10); rule_below(p)
    para(doc, "", FS, 10, indent=False)


def signature(where, org, date, right_cm=2.0):
    for t in (org, date):
        p = para(where, t, FS, B, align="r", indent=False); p.paragraph_format.right_indent = Cm(right_cm)


def no_borders(table):
    tblPr = table._tbl.tblPr
    for old in tblPr.findall(qn("w:tblBorders")): tblPr.remove(old)
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)


def fixed_widths(table, widths_cm):
    table.autofit = False
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm): gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm): c.width = Cm(w)


def cell_text(cell, text, font=FS, size=12, align="l", bold=False):
    p = cell.paragraphs[0]; p.text = ""
    p.alignment = AL[align]; p.paragraph_format.line_spacing = Pt(size * 1.35)
    p.paragraph_format.space_before = Pt(2); p.paragraph_format.space_after = Pt(2)
    set_run(p.add_run(text), font, size, bold)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:cantSplit"); trPr.append(h)


NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
_shape_id = [100]


def _xp(text, font, size, bold=False, align="left", indent=False):
    ind = '<w:ind w:firstLineChars="200" w:firstLine="%d"/>' % (size * 40) if indent else ""
    b = "<w:b/>" if bold else ""
    return ('<w:p><w:pPr><w:spacing w:before="0" w:after="60" w:line="%d" w:lineRule="exact"/>%s<w:jc w:val="%s"/></w:pPr>'
            '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>%s<w:sz w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
            % (int(size * 1.4 * 20), ind, align, font, font, font, font, b, size * 2, text))


def text_box(paragraph, paras, w_cm, h_cm, posh, posv_cm, wrap="square", fill="F2F2F2", line_w=1.0, line_color="000000", no_side_lines=False):
    """Anchor a DrawingML text box to `paragraph`.  paras: list of (text, font, size, bold, align)."""
    _shape_id[0] += 1; sid = _shape_id[0]
    cx = int(w_cm * 360000); cy = int(h_cm * 360000)
    if posh == "right":
        ph = '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
    else:
        ph = '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
    pv = '<wp:positionV relativeFrom="paragraph"><wp:posOffset>%d</wp:posOffset></wp:positionV>' % int(posv_cm * 360000)
    wr = '<wp:wrapSquare wrapText="left"/>' if wrap == "square" else '<wp:wrapTopAndBottom/>'
    ln = '<a:ln w="%d"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:ln>' % (int(line_w * 12700), line_color)
    fl = '<a:solidFill><a:srgbClr val="%s"/></a:solidFill>' % fill if fill else '<a:noFill/>'
    body = "".join(_xp(*p) for p in paras)
    xml = ('<w:r %s><w:drawing><wp:anchor distT="72000" distB="72000" distL="180000" distR="0" simplePos="0" relativeHeight="%d" '
           'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0"><wp:simplePos x="0" y="0"/>%s%s'
           '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>%s<wp:docPr id="%d" name="Text Box %d"/>'
           '<wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
           '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>%s%s</wps:spPr><wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
           '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" bIns="72000" anchor="t"><a:noAutofit/></wps:bodyPr>'
           '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
           % (NS, 251659264 + sid, ph, pv, cx, cy, wr, sid, sid, cx, cy, fl, ln, body))
    paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, parse_xml(xml))


def fake_qr(path, n=29, px=8, seed=48):
    from PIL import Image, ImageDraw
    rnd = random.Random(seed)
    img = Image.new("L", ((n + 8) * px, (n + 8) * px), 255); d = ImageDraw.Draw(img)
    grid = [[rnd.random() < 0.48 for _ in range(n)] for _ in range(n)]
    def finder(r0, c0):
        for r in range(7):
            for c in range(7):
                on = r in (0, 6) or c in (0, 6) or (2 <= r <= 4 and 2 <= c <= 4)
                grid[r0 + r][c0 + c] = on
        for k in range(-1, 8):
            for (r, c) in ((r0 - 1, c0 + k), (r0 + 7, c0 + k), (r0 + k, c0 - 1), (r0 + k, c0 + 7)):
                if 0 <= r < n and 0 <= c < n: grid[r][c] = False
    finder(0, 0); finder(0, n - 7); finder(n - 7, 0)
    for r in range(n):
        for c in range(n):
            if grid[r][c]:
                x = (c + 4) * px; y = (r + 4) * px; d.rectangle([x, y, x + px - 1, y + px - 1], fill=0)
    img.save(path)


def to_pdf(docx_path, out_dir):
    prof = tempfile.mkdtemp(prefix="lo48p_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", out_dir, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def build(doc, name):
    dx = os.path.join(HERE, name + ".docx"); doc.save(dx)
    to_pdf(dx, HERE)


def new_doc():
    doc = Document(); east_asian_normal(doc)
    a4(doc.sections[0]); page_footer(doc.sections[0])
    return doc


expected = {}

# ====================================================================== (a)
A_ORG = "成都市人民政府办公厅"
A_NO = "成办发〔2024〕23号"
A_TITLE = "成都市人民政府办公厅关于印发成都市推进中国（四川）自由贸易试验区成都区域提升战略实施方案的通知"
A_ADDR = "各区（市）县政府，市政府各部门，有关单位："
A_ISSUE = "《成都市推进中国（四川）自由贸易试验区成都区域提升战略实施方案》已经市政府同意，现印发你们，请结合实际认真贯彻执行。"
A_DATE = "2024年4月18日"
A_SUB = "成都市推进中国（四川）自由贸易试验区成都区域提升战略实施方案"
A_INTRO = "为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，推动中国（四川）自由贸易试验区成都区域（以下简称成都自贸试验区）在服务共建“一带一路”和西部陆海新通道建设中发挥更大作用，结合我市实际，制定本方案。"
A_H1 = "一、总体要求"
A_P1 = ["以制度创新为核心，以可复制可推广为基本要求，对接国际高标准经贸规则，推进规则、规制、管理、标准等制度型开放。到2025年，累计形成制度创新成果150项以上，其中在全国复制推广20项以上；外贸进出口总额突破5000亿元，实际使用外资年均增长5%以上。"]
A_H2 = "二、重点任务"
A_P2 = ["围绕贸易投资便利化、国际物流通道、金融服务创新和营商环境四个方面，组织实施十项重点任务，建立任务清单、责任清单和时间清单，实行清单化管理、项目化推进。",
        "各责任单位要按照下表明确的分工和时限抓好落实，重点任务分工如下。"]
A_TBL_CAPTION = "成都自贸试验区提升战略重点任务分工表"
A_HDR = ["序号", "任务", "责任单位", "时间"]
A_ROWS = [
    ["1", "深化国际贸易“单一窗口”建设，拓展跨境电商、服务贸易等特色应用。", "市口岸物流办、成都海关", "2024年12月底前"],
    ["2", "推进中欧班列（成渝）集结中心建设，新开行国际班列线路3条以上。", "市口岸物流办、市交通运输局", "2025年6月底前"],
    ["3", "在成都国际铁路港开展铁路运单物权化试点，探索以铁路运输单证办理信用证结算和贸易融资，推动形成铁路提单国际规则，并在西部陆海新通道沿线复制推广。", "市口岸物流办、人行四川省分行、成都铁路局", "2025年12月底前"],
    ["4", "扩大电信、医疗等服务业领域开放，引进外资项目20个以上。", "市商务局、市卫生健康委", "2025年12月底前"],
    ["5", "推动天府国际机场航空货运枢纽建设，加密至共建“一带一路”国家全货机航线。", "市口岸物流办、四川机场集团、成都海关、市交通运输局、市经信局（市新经济委）", "持续推进"],
    ["6", "开展跨境贸易投资高水平开放试点，扩大跨境人民币结算规模。", "市金融工作局、人行四川省分行", "2024年12月底前"],
    ["7", "建设中国—欧洲中心、中日（成都）地方发展合作示范区等国别合作园区。", "市投促局、天府新区管委会", "持续推进"],
    ["8", "健全自贸试验区制度创新成果评估和复制推广机制。", "市商务局（市自贸办）", "每年12月底前"],
]
A_H3 = "三、保障措施"
A_P3 = ["（一）加强组织领导。市推进自贸试验区建设领导小组统筹推进实施方案落实，领导小组办公室设在市商务局，负责日常协调和督促检查，重大事项及时报市委、市政府。",
        "（二）强化要素保障。市财政每年安排自贸试验区发展专项资金，优先保障重点任务项目用地、用能需求，支持各片区引进国际化专业人才。",
        "（三）严格督查考核。将重点任务落实情况纳入市级部门和区（市）县年度目标绩效考核，每季度通报一次进展，对工作推进不力的予以督促整改。"]


def a_row_text(r):
    return "；".join("%s：%s" % (h, v) for h, v in zip(A_HDR, r))


def make_a():
    doc = new_doc()
    red_head(doc, "成都市人民政府办公厅文件", A_NO)
    para(doc, A_TITLE, XBS, 22, align="c", indent=False, after=16, exact=36)
    para(doc, A_ADDR, FS, B, align=None, indent=False)
    para(doc, A_ISSUE, FS, B)
    para(doc, "", FS, B); para(doc, "", FS, B)
    signature(doc, A_ORG, A_DATE, 2.0)
    para(doc, "（此件公开发布）", FS, B)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    para(doc, A_SUB, XBS, 22, align="c", indent=False, after=16, exact=36)
    para(doc, A_INTRO, FS, B)
    para(doc, A_H1, HEI, B)
    for t in A_P1: para(doc, t, FS, B)
    para(doc, A_H2, HEI, B)
    for t in A_P2: para(doc, t, FS, B)
    # landscape section with the borderless table
    s = doc.add_section(WD_SECTION.NEW_PAGE); a4(s, landscape=True)
    para(doc, A_TBL_CAPTION, HEI, B, align="c", indent=False, after=10)
    widths = [1.6, 11.0, 7.6, 4.5]
    t = doc.add_table(rows=1 + len(A_ROWS), cols=4); no_borders(t); fixed_widths(t, widths)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(A_HDR): cell_text(t.rows[0].cells[j], h, HEI, 12, "c" if j != 1 else "l")
    for i, r in enumerate(A_ROWS, 1):
        cant_split(t.rows[i])
        for j, v in enumerate(r):
            cell_text(t.rows[i].cells[j], v, FS, 12, "c" if j in (0, 3) else "l")
            t.rows[i].cells[j].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
    para(doc, "", FS, 10, indent=False)
    s2 = doc.add_section(WD_SECTION.NEW_PAGE); a4(s2, landscape=False)
    para(doc, A_H3, HEI, B)
    for t_ in A_P3: para(doc, t_, FS, B)
    build(doc, "blind48_chengdu_fangan")


expected["blind48_chengdu_fangan"] = [
    {"meta": {"title": A_TITLE, "doc_number": A_NO, "issuer": A_ORG, "date": "2024-04-18"},
     "clauses": [A_ISSUE, A_INTRO] + A_P1 + A_P2 + [a_row_text(r) for r in A_ROWS] + A_P3,
     "_note": "印发通知 followed (after a page break) by the 方案 itself: the 方案 title is a heading, 一、二、三、 are headings (heading kind tolerable, never glued into clause text). Pages 1–2 portrait, page 3 LANDSCAPE with a borderless table (no ruling lines), page 4 portrait again. Each table row must read with its header names: 序号/任务/责任单位/时间; row 3's 任务 wraps over three lines and must be joined whole, row 5's 责任单位 wraps over two lines. The table caption and header row are not clauses. Red 发文机关标志, signature, date, （此件公开发布） and '— 1 —' page numbers are not clauses. The 方案 might alternatively be split into its own document (medium), but then its clauses must be complete."},
]

# ====================================================================== (b)
B_ORG = "西安市人民政府办公厅"
B_NO = "市政办发〔2024〕17号"
B_TITLE = "西安市人民政府办公厅关于支持中欧班列（西安）集结中心高质量发展的通知"
B_ADDR = "各区、县人民政府，市人民政府各工作部门、各直属机构："
B_LEAD = "为加快建设中欧班列（西安）集结中心，更好服务共建“一带一路”和中国（陕西）自由贸易试验区建设，经市政府同意，现就有关事项通知如下："
B_BODY = [
    ("h", "一、提升班列集结能力"),
    ("p", "支持西安国际港站扩能改造，推动新筑、西安东等站点功能优化，提升集结编组效率。对在西安国际港务区新开行的“长安号”国际班列线路，经认定后给予每条线路一次性奖励50万元。"),
    ("p", "鼓励班列运营企业拓展至中亚、欧洲及共建“一带一路”国家的线路网络，推动“长安号”与西部陆海新通道班列无缝衔接，打造“中欧班列+”多式联运品牌。"),
    ("h", "二、培育班列产业集群"),
    ("p", "支持依托班列发展跨境电商、保税加工、国际分拨等业态，对年进出口额首次突破1亿元的班列货源企业，给予最高100万元奖励。引导装备制造、新能源汽车等产业链企业利用班列拓展国际市场。"),
    ("p", "推进“班列+园区”联动发展，在西安国际港务区、西咸新区空港新城等区域布局一批临港产业项目，形成“依港兴产、以产促港”的发展格局。"),
    ("h", "三、优化通关服务"),
    ("p", "西安海关要深化“一单制”“铁路快通”改革，推广“提前申报”“两段准入”等便利措施，整体通关时间较2023年压缩20%以上。市口岸办牵头建立班列运行问题快速响应机制，48小时内协调解决企业诉求。"),
    ("h", "四、强化组织保障"),
    ("p", "各区县、各部门要按照职责分工，细化工作措施，形成工作合力。市财政局要统筹安排专项资金，确保各项支持政策及时兑现。市发展改革委负责对政策落实情况开展跟踪评估。"),
    ("p", "本通知自印发之日起施行，有效期3年。"),
]
B_DATE = "2024年5月8日"
B_SIDEBAR = [("政策咨询热线", HEI, 12, True, "center"),
             ("市口岸办：029-86781234", FS, 11, False, "left"),
             ("市商务局：029-86785678", FS, 11, False, "left"),
             ("西安海关：029-86790000", FS, 11, False, "left"),
             ("温馨提示：奖励资金申报请登录“秦务员”平台线上办理，无需提交纸质材料。", KAI, 11, False, "left")]
B_PULL = "“依港兴产、以产促港”"


def make_b():
    doc = new_doc()
    # QR code + caption in the footer, above the page number
    qr = os.path.join(tempfile.mkdtemp(prefix="qr48_"), "qr.png"); fake_qr(qr)
    for s in doc.sections:
        ft = s.footer
        fp = ft.paragraphs[0]
        q = ft.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        q.add_run().add_picture(qr, width=Cm(1.6))
        c = ft.add_paragraph(); c.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        set_run(c.add_run("扫码查看政策解读"), SONG, 9)
        # move page-number paragraph to the end
        ft._element.remove(fp._p); ft._element.append(fp._p)
    red_head(doc, "西安市人民政府办公厅文件", B_NO)
    para(doc, B_TITLE, XBS, 22, align="c", indent=False, after=16, exact=36)
    para(doc, B_ADDR, FS, B, align=None, indent=False)
    lead = para(doc, B_LEAD, FS, B)
    text_box(lead, B_SIDEBAR, 4.6, 7.2, "right", 0.2, wrap="square", fill="F2F2F2", line_w=1.25)
    for kind, t in B_BODY:
        if kind == "h": para(doc, t, HEI, B)
        else:
            p = para(doc, t, FS, B)
            if t.startswith("推进“班列+园区”"):
                text_box(p, [(B_PULL, KAI, 18, True, "center"), ("——推动临港产业与班列通道互促共进", KAI, 12, False, "right")],
                         13.0, 2.6, "center", 0.0, wrap="tb", fill=None, line_w=2.0, line_color="C00000")
    para(doc, "", FS, B)
    signature(doc, B_ORG, B_DATE, 2.0)
    para(doc, "（此件公开发布）", FS, B)
    build(doc, "blind48_xian_tongzhi")


expected["blind48_xian_tongzhi"] = [
    {"meta": {"title": B_TITLE, "doc_number": B_NO, "issuer": B_ORG, "date": "2024-05-08"},
     "clauses": [B_LEAD] + [t for k, t in B_BODY if k == "p"],
     "_note": "Page 1: a framed grey text box at the right margin (政策咨询热线 / three phone lines / 温馨提示：…) with the lead-in and first items wrapping beside it. The box is NOT body text: it may be dropped or kept as one separate non-body block, but none of its lines may be interleaved into, or split, the clauses it sits beside (high). The phone numbers wrap inside the narrow box (市口岸办：029- / 86781234). Page 2: a pull-quote box (“依港兴产、以产促港” / ——推动临港产业与班列通道互促共进) anchored to the second paragraph of 二、; in the LibreOffice PDF it lands INSIDE the first paragraph of 二、, between “…产业链企业利用” and “班列拓展国际市场。”, which must still be read as one clause. It repeats a phrase of the body and is not a clause (kept as its own clause: medium; glued into a body clause: high). The footer on every page holds a QR picture, the caption '扫码查看政策解读' and '— N —': none are clauses. 一、…四、 are headings."},
]

# ====================================================================== (c)
C_TITLE = "中国（四川）自由贸易试验区支持政策一览表"
C_SUBT = "（截至2024年6月30日）"
C_ORG = "四川省自由贸易试验区工作办公室"
C_DATE = "2024年7月5日"
C_HDR = ["政策类别", "政策名称", "支持内容", "文号"]
C_GROUPS = [
    ("贸易便利化", [
        ("四川省进一步优化口岸营商环境促进跨境贸易便利化若干措施", "推广“提前申报”“两步申报”，进出口整体通关时间较2021年压缩一半以上；对国际贸易“单一窗口”标准版应用实行免费申报。", "川府发〔2023〕8号"),
        ("关于支持自贸试验区跨境电子商务发展的通知", "对在自贸试验区新设立的跨境电商海外仓，按实际投资额的20%给予最高200万元补助。", "川商发〔2023〕12号"),
        ("四川省加快发展外贸新业态新模式实施方案", "支持市场采购贸易方式试点扩大覆盖范围，对年出口额超过5000万元的外贸综合服务企业给予奖励。", "川办发〔2022〕45号"),
        ("关于推进进口贸易促进创新示范区建设的意见", "对经认定的进口贸易促进创新示范区，给予一次性奖励300万元。", "川商发〔2023〕27号"),
        ("关于支持保税维修业务发展的若干措施", "支持自贸试验区内企业开展航空发动机、工程机械等高附加值产品保税维修，简化审批流程。", "川自贸办〔2023〕3号"),
    ]),
    ("投资开放", [
        ("四川省外商投资促进条例实施细则", "对世界500强企业在自贸试验区设立区域总部的，按实缴注册资本的2%给予最高1000万元奖励。", "川府规〔2022〕6号"),
        ("关于扩大服务业对外开放的若干措施", "支持外资在自贸试验区设立独资医疗机构、职业技能培训机构，放宽外资旅行社业务范围。", "川府发〔2023〕8号"),
        ("成都市促进外资企业利润再投资办法", "对外资企业以境内利润再投资的项目，按实际到资额的3%给予最高500万元奖励。", "成府发〔2023〕10号"),
        ("关于深化“一带一路”国际产能合作的实施意见", "支持企业在共建“一带一路”国家建设境外经贸合作区，对经认定的合作区给予最高2000万元支持。", "川办发〔2023〕19号"),
    ]),
    ("金融创新", [
        ("关于金融支持中国（四川）自由贸易试验区建设的指导意见", "开展本外币合一银行结算账户体系试点，支持区内企业开展跨境双向人民币资金池业务。", "川金发〔2023〕5号"),
        ("四川省合格境外有限合伙人试点暂行办法", "允许符合条件的境外投资者参与设立QFLP基金，单只基金投资境内股权比例不设限制。", "川金发〔2022〕14号"),
        ("关于支持融资租赁业发展的若干政策", "对在自贸试验区新设立的融资租赁企业，注册资本1亿元以上的给予最高300万元落户奖励。", "川财金〔2023〕56号"),
        ("关于开展铁路运单融资试点的通知", "支持银行机构以铁路运单为凭证开展货物质押融资，对试点银行给予风险补偿。", "川金发〔2023〕21号"),
        ("四川省出口信用保险统保平台实施方案", "对小微外贸企业投保短期出口信用保险的保费给予全额补贴。", "川商发〔2023〕33号"),
        ("关于推进跨境人民币业务便利化的实施意见", "将优质企业跨境人民币结算便利化政策覆盖至自贸试验区内全部高新技术企业。", "川金发〔2024〕2号"),
    ]),
    ("物流通道", [
        ("关于加快建设西部陆海新通道的实施方案", "对自贸试验区企业经西部陆海新通道铁海联运出口的货物，按每标箱300元给予运费补贴。", "川府发〔2023〕8号"),
        ("中欧班列（成渝）高质量发展若干措施", "支持开行至共建“一带一路”国家的定制班列，对回程班列货源组织给予奖励。", "川办发〔2023〕31号"),
        ("关于支持天府国际机场航空货运发展的政策措施", "对新开通的国际全货机航线，按航线等级每年给予最高1200万元补贴，连续支持3年。", "成府发〔2022〕18号"),
        ("四川省多式联运“一单制”改革试点方案", "推广多式联运“一单制”，对使用“一单制”提单的企业给予每单最高2000元奖励。", "川交发〔2023〕40号"),
    ]),
    ("人才保障", [
        ("关于支持自贸试验区引进国际化人才的若干措施", "对自贸试验区引进的外籍高层次人才，5年内按个人年度工资薪金所得给予最高50万元奖励。", "川人社发〔2022〕20号"),
        ("四川省外国人来华工作许可“一件事”改革方案", "实行外国人工作许可和居留许可“一窗受理、并联审批”，办理时限压缩至10个工作日。", "川科发〔2023〕9号"),
        ("关于为自贸试验区人才提供子女入学便利的通知", "对自贸试验区认定的高层次人才子女，在义务教育阶段按就近原则统筹安排入学。", "川教函〔2023〕115号"),
    ]),
]


def c_row_text(cat, r):
    return "；".join("%s：%s" % (h, v) for h, v in zip(C_HDR, (cat,) + tuple(r)))


def make_c():
    doc = Document(); east_asian_normal(doc, FS, 12)
    s = doc.sections[0]; a4(s); s.top_margin = Cm(2.5); s.bottom_margin = Cm(2.5); s.left_margin = Cm(2.0); s.right_margin = Cm(2.0)
    page_footer(s)
    para(doc, C_TITLE, XBS, 20, align="c", indent=False, after=4, exact=32)
    para(doc, C_SUBT, KAI, 14, align="c", indent=False, after=4)
    para(doc, C_ORG + FW + C_DATE, KAI, 12, align="c", indent=False, after=8, exact=20)
    n = sum(len(g[1]) for g in C_GROUPS)
    widths = [2.2, 5.2, 5.8, 3.8]
    t = doc.add_table(rows=1 + n, cols=4); no_borders(t); fixed_widths(t, widths)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    repeat_header(t.rows[0])
    for j, h in enumerate(C_HDR): cell_text(t.rows[0].cells[j], h, HEI, 12, "c", True)
    i = 1
    for cat, rows in C_GROUPS:
        top = i
        for r in rows:
            cant_split(t.rows[i])
            for j, v in enumerate(r, 1):
                cell_text(t.rows[i].cells[j], v, FS, 10.5, "c" if j == 3 else "l")
                t.rows[i].cells[j].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            i += 1
        m = t.cell(top, 0).merge(t.cell(i - 1, 0))
        cell_text(m, cat, HEI, 12, "c")
        m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    para(doc, "", FS, 10, indent=False)
    para(doc, "注：政策全文可登录四川省人民政府门户网站“政策文件”栏目查询。", KAI, 11, indent=False)
    build(doc, "blind48_sichuan_yilanbiao")


expected["blind48_sichuan_yilanbiao"] = [
    {"meta": {"title": C_TITLE, "doc_number": "", "issuer": C_ORG, "date": "2024-07-05"},
     "clauses": [c_row_text(cat, r) for cat, rows in C_GROUPS for r in rows],
     "_note": "A list of policies, not a policy: no 文号 of its own (doc_number taken from any table row, e.g. 川府发〔2023〕8号, is high). The whole body is ONE borderless table across two pages; its header row repeats at the top of page 2 (must not become a row or be duplicated). 政策类别 cells are merged vertically over 3–6 rows and their text is vertically centred, so in the PDF each category name sits beside a middle row only; 金融创新 (6 rows) crosses the page break with its name printed only beside its first row on page 1, its 4 rows on page 2 having an empty category cell; the category must be carried to every row it spans (attached to the wrong rows: high). The 金融创新 group (or the one at the page break) crosses pages. The 文号 column is narrow, so most 文号 wrap in the PDF (川府发〔2023〕8 / 号, 川人社发 / 〔2022〕20号) and must be joined without a space. The 文号 cells belong to the 文号 column of their own row only. The issuer and date come from the line '四川省自由贸易试验区工作办公室　2024年7月5日' under the title. The subtitle （截至2024年6月30日）, that issuer/date line and the closing 注： line are not clauses (注 as a clause: low). Row order must be kept."},
]


if __name__ == "__main__":
    make_a(); make_b(); make_c()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    print("ok")
