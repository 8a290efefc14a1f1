# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Round 34: ministry / provincial 公文 set by GB/T 9704 in Word, converted to PDF.

Writes next to itself:
  blind34_joint_notice.pdf   商务部等6部门联合印发通知 (stacked 发文机关标志, 份号, 附件×2, 版记)
  blind34_gonggao_banfa.pdf  海关总署公告2024年第45号 carrying a 监管办法 (第一章/第一条) as 附件
  blind34_yijian_fengong.pdf 湖南省人民政府意见 with a 重点任务分工 table over three pages (header repeated)
  expected.json
All content is fictional.
"""
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import (
    WD_ALIGN_PARAGRAPH,
    WD_BREAK,
    WD_LINE_SPACING,
    WD_TAB_ALIGNMENT,
)
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
SERIF = "Noto Serif CJK SC"   # stands in for 仿宋_GB2312 / 方正小标宋简体
SANS = "Noto Sans CJK SC"     # stands in for 黑体
KAI = "Noto Serif CJK SC"     # stands in for 楷体_GB2312
RED = RGBColor(0xE6, 0x00, 0x12)
CH = Pt(16)                   # one 3号 character


def set_font(run, name, size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.footer_distance = Mm(25)
    st = d.styles["Normal"]
    st.font.size = Pt(16)
    st.font.name = SERIF
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); st.element.rPr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), SERIF)
    pf = st.paragraph_format
    pf.space_before = Pt(0); pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(28.95)
    # odd / even page numbers: "— 3 —" right on odd pages, left on even pages (空一字)
    d.settings.odd_and_even_pages_header_footer = True
    odd = s.footer.paragraphs[0]
    odd.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    odd.paragraph_format.right_indent = Pt(14)
    page_field(odd)
    even = s.even_page_footer.paragraphs[0]
    even.alignment = WD_ALIGN_PARAGRAPH.LEFT
    even.paragraph_format.left_indent = Pt(14)
    page_field(even)
    return d


def page_field(p):
    r = p.add_run("— "); set_font(r, SERIF, 14)
    r = p.add_run(); set_font(r, SERIF, 14)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._element.append(b)
    r = p.add_run(); set_font(r, SERIF, 14)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "; r._element.append(it)
    r = p.add_run(); set_font(r, SERIF, 14)
    sp = OxmlElement("w:fldChar"); sp.set(qn("w:fldCharType"), "separate"); r._element.append(sp)
    r = p.add_run("1"); set_font(r, SERIF, 14)
    r = p.add_run(); set_font(r, SERIF, 14)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r._element.append(e)
    r = p.add_run(" —"); set_font(r, SERIF, 14)


def para(d, text="", font=SERIF, size=16, bold=False, align=None, indent=True, color=None,
         before=0, after=0, hanging=None, exact=None, left=None):
    p = d.add_paragraph() if not hasattr(d, "add_table") or True else None
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent and align in (None, WD_ALIGN_PARAGRAPH.JUSTIFY):
        pf.first_line_indent = Pt(size * 2)
    if hanging is not None:
        pf.left_indent = hanging; pf.first_line_indent = -hanging
    if left is not None:
        pf.left_indent = left
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY; pf.line_spacing = Pt(exact)
    if text:
        parts = text.split("\n")
        for i, t in enumerate(parts):
            r = p.add_run(t); set_font(r, font, size, bold, color)
            if i < len(parts) - 1:
                r.add_break()
    return p


def mixed(d, head, body, head_font=KAI, bold=False):
    """GB/T 9704 second-level item: （一）bold-ish lead sentence and body in one paragraph."""
    p = d.add_paragraph()
    p.paragraph_format.first_line_indent = CH * 2
    r = p.add_run(head); set_font(r, head_font, 16, bold)
    r = p.add_run(body); set_font(r, SERIF, 16)
    return p


def border(p, side, sz=8, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr"); ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single"); el.set(qn("w:sz"), str(sz)); el.set(qn("w:space"), str(space)); el.set(qn("w:color"), color)
    pbdr.append(el)


def page_break(d):
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side); e.set(qn("w:val"), "nil"); b.append(e)
    tblpr.append(b)


def set_grid(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def all_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side); e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "4"); e.set(qn("w:color"), "000000"); b.append(e)
    tblpr.append(b)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:cantSplit"); h.set(qn("w:val"), "true"); trpr.append(h)


def cell_text(cell, text, font=SERIF, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(20)
    parts = text.split("\n")
    for i, t in enumerate(parts):
        r = p.add_run(t); set_font(r, font, size, bold)
        if i < len(parts) - 1:
            r.add_break()


def red_rule(d, before=4):
    p = para(d, "", indent=False, before=before)
    p.paragraph_format.line_spacing = Pt(8)
    border(p, "bottom", sz=18, color="E60012")
    return p


def banji(d, cc_lines, printer, date):
    """版记: 抄送 with hanging indent between rules, 印发 line with right tab."""
    p = d.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Pt(14 * 4); pf.first_line_indent = -Pt(14 * 3)
    border(p, "top", sz=8); border(p, "bottom", sz=4)
    r = p.add_run("抄送："); set_font(r, SERIF, 14)
    for i, t in enumerate(cc_lines):
        r = p.add_run(t); set_font(r, SERIF, 14)
        if i < len(cc_lines) - 1:
            r.add_break()
    p = d.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Pt(14); pf.right_indent = Pt(14)
    pf.tab_stops.add_tab_stop(Mm(156) - Pt(28), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", sz=8)
    r = p.add_run(printer + "\t" + date + "印发"); set_font(r, SERIF, 14)


def to_pdf(d, stem):
    tmp = Path(tempfile.mkdtemp(prefix="b34_"))
    docx = tmp / (stem + ".docx")
    d.save(docx)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(docx)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    shutil.copy(tmp / (stem + ".pdf"), HERE / (stem + ".pdf"))
    shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------
# (a) 商务部等6部门联合印发通知
# ---------------------------------------------------------------------------
A_ORGANS = ["商务部", "外交部", "国家发展改革委", "财政部", "海关总署", "税务总局"]
A_TITLE = "商务部 外交部 国家发展改革委 财政部 海关总署 税务总局关于推进共建“一带一路”境外经贸合作区高质量发展的通知"
A_NO = "商合发〔2024〕118号"
A_MAIN = "各省、自治区、直辖市、计划单列市及新疆生产建设兵团商务、外事、发展改革、财政主管部门，海关总署广东分署、各直属海关，国家税务总局各省、自治区、直辖市和计划单列市税务局："
A_BODY = [
    ("p", "境外经贸合作区（以下简称合作区）是推进共建“一带一路”高质量发展的重要平台。为深入贯彻落实党中央、国务院决策部署，引导合作区提质升级，更好服务构建新发展格局，现就有关事项通知如下："),
    ("h1", "一、总体要求"),
    ("p", "坚持以习近平新时代中国特色社会主义思想为指导，坚持共商共建共享原则，坚持企业主体、市场运作、政府引导，推动合作区由规模扩张向质量效益转变。到2027年，培育30个左右产业特色鲜明、运营管理规范、综合效益突出的高质量合作区。"),
    ("h1", "二、重点任务"),
    ("h2", "（一）优化合作区布局。", "围绕共建“一带一路”重点国家和地区，结合东道国发展规划和产业基础，引导合作区向主导产业突出的专业园区转型。各地商务主管部门要会同外事部门做好国别政策研究，防范同质化竞争。"),
    ("h2", "（二）提升运营管理水平。", "合作区实施企业要建立健全以下制度："),
    ("p", "1.入区企业准入和退出制度，对入区企业实行分类管理；"),
    ("p", "2.安全生产和环境保护制度，严格遵守东道国法律法规；"),
    ("p", "3.风险评估和应急处置制度，具体包括："),
    ("p", "（1）定期开展政治、安全、经济风险评估；"),
    ("p", "（2）制定突发事件应急预案并开展演练；"),
    ("p", "（3）与我驻外使领馆建立信息报送机制。"),
    ("h2", "（三）加大金融财税支持。", "鼓励政策性金融机构按照市场化原则为合作区基础设施建设提供融资支持。符合条件的合作区实施企业可按规定享受境外所得税收抵免政策。海关对合作区自用设备、原材料进出口依法提供通关便利。"),
    ("h1", "三、保障措施"),
    ("h2", "（一）加强组织协调。", "各地商务主管部门要会同有关部门建立合作区工作协调机制，统筹解决合作区建设中的重大问题。"),
    ("h2", "（二）强化监督评价。", "商务部会同有关部门对合作区开展年度评价，评价指标见附件1。连续两年评价不合格的，不再享受相关支持政策，并从名录（见附件2）中移出。"),
    ("p", "各地在执行中遇到的问题，请及时报告商务部（对外投资和经济合作司）。"),
]
A_ATT = ["境外经贸合作区高质量发展评价指标", "境外经贸合作区名录（2024年版）"]
A_ATT1 = [
    ("h1", "一、发展水平指标"),
    ("p", "（一）累计投资额、入区企业数量及其年度增长情况。"),
    ("p", "（二）主导产业企业占入区企业的比重。"),
    ("h1", "二、综合效益指标"),
    ("p", "（一）入区企业年产值、上缴东道国税费及带动当地就业人数。"),
    ("p", "（二）履行社会责任、开展绿色发展情况。"),
    ("h1", "三、风险防控指标"),
    ("p", "建立风险评估和应急处置制度情况，年度内发生重大安全生产事故的实行一票否决。"),
]
A_ATT2_HEAD = ["序号", "合作区名称", "所在国家", "实施企业注册地"]
A_ATT2 = [
    ["1", "中白工业园", "白俄罗斯", "北京市"],
    ["2", "泰中罗勇工业园", "泰国", "浙江省"],
    ["3", "中埃·泰达苏伊士经贸合作区", "埃及", "天津市"],
    ["4", "西哈努克港经济特区", "柬埔寨", "江苏省"],
    ["5", "中国·印尼经贸合作区", "印度尼西亚", "广西壮族自治区"],
]
A_CC = ["国务院办公厅，推进“一带一路”建设工作领导小组办公室，各省、自治区、直辖市人民政府，国家开发银行。"]


def build_a():
    d = new_doc()
    para(d, "000123", font=SERIF, size=16, indent=False)
    para(d, "特急", font=SANS, size=16, indent=False)
    # stacked 发文机关标志: organ names left (distributed), "文件" right, merged down
    t = d.add_table(rows=len(A_ORGANS), cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    set_grid(t, [Mm(112), Mm(42)])
    for i, org in enumerate(A_ORGANS):
        c = t.cell(i, 0); c.width = Mm(110)
        p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY; p.paragraph_format.line_spacing = Pt(40)
        r = p.add_run(org); set_font(r, SERIF, 30, False, RED)
    m = t.cell(0, 1).merge(t.cell(len(A_ORGANS) - 1, 1))
    m.vertical_alignment = 1
    p = m.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("文件"); set_font(r, SERIF, 30, False, RED)
    para(d, "", indent=False)
    para(d, A_NO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    red_rule(d)
    para(d, "", indent=False)
    # title over three manually broken paragraphs
    for line in ["商务部 外交部 国家发展改革委 财政部", "海关总署 税务总局关于推进共建", "“一带一路”境外经贸合作区", "高质量发展的通知"]:
        para(d, line, font=SERIF, size=22, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=35)
    para(d, "", indent=False)
    para(d, A_MAIN, indent=False)
    for item in A_BODY:
        if item[0] == "p":
            para(d, item[1])
        elif item[0] == "h1":
            para(d, item[1], font=SANS)
        else:
            mixed(d, item[1], item[2])
    para(d, "")
    para(d, "附件：1." + A_ATT[0], indent=True)
    para(d, "2." + A_ATT[1], indent=False, left=CH * 5)
    para(d, ""); para(d, "")
    # joint signature: organ names in pairs, one date
    for line in ["商务部　　　　　　　外交部", "国家发展改革委　　　财政部", "海关总署　　　　　　税务总局"]:
        para(d, line, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = CH * 2
    para(d, "2024年6月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = CH * 4
    para(d, "（此件公开发布）")
    page_break(d)
    para(d, "附件1", font=SANS, indent=False)
    para(d, "", indent=False)
    para(d, A_ATT[0], size=22, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=35)
    para(d, "", indent=False)
    for k, txt in A_ATT1:
        para(d, txt, font=SANS if k == "h1" else SERIF)
    page_break(d)
    para(d, "附件2", font=SANS, indent=False)
    para(d, "", indent=False)
    para(d, A_ATT[1], size=22, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=35)
    para(d, "", indent=False)
    t = d.add_table(rows=1 + len(A_ATT2), cols=4)
    all_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(A_ATT2_HEAD):
        cell_text(t.cell(0, j), h, SANS, 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    for i, row in enumerate(A_ATT2, 1):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, SERIF, 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_grid(t, [Mm(16), Mm(62), Mm(34), Mm(44)])
    for _ in range(6):
        para(d, "", indent=False)
    banji(d, A_CC, "商务部办公厅", "2024年6月20日")
    to_pdf(d, "blind34_joint_notice")


A_EXPECTED_CLAUSES = [b[1] if b[0] != "h2" else b[1] + b[2] for b in A_BODY] + ["附件1 " + A_ATT[0]] + [t for _, t in A_ATT1] + ["附件2 " + A_ATT[1]] + [
    "；".join(f"{h}：{v}" for h, v in zip(A_ATT2_HEAD, row)) for row in A_ATT2]


# ---------------------------------------------------------------------------
# (c) 海关总署公告2024年第45号 carrying a 监管办法
# ---------------------------------------------------------------------------
C_BANFA = "中国（福建）自由贸易试验区厦门片区保税维修业务监管办法"
C_TEXT = [
    "为进一步促进中国（福建）自由贸易试验区厦门片区保税维修业务规范发展，推动共建“一带一路”海上合作支点建设，海关总署制定了《" + C_BANFA + "》（见附件），现予以公布，自2024年7月1日起施行。",
    "特此公告。",
]
C_ARTS = [
    ("ch", "第一章　总　则"),
    ("a", "第一条", "为规范中国（福建）自由贸易试验区厦门片区（以下简称厦门片区）保税维修业务管理，促进加工贸易转型升级，根据《中华人民共和国海关法》及有关法律、行政法规，制定本办法。"),
    ("a", "第二条", "本办法所称保税维修，是指企业以保税方式将存在部件损坏、功能失效、质量缺陷等问题的货物或者运输工具（以下统称待维修货物）从境外运入厦门片区内进行检测、维修后复运出境的经营活动。"),
    ("a", "第三条", "厦门海关负责厦门片区内保税维修业务的监督管理。"),
    ("ch", "第二章　企业管理"),
    ("a", "第四条", "开展保税维修业务的企业（以下简称维修企业）应当符合下列条件："),
    ("i", "（一）在厦门片区内依法设立，具有独立法人资格；"),
    ("i", "（二）海关信用等级为一般信用及以上；"),
    ("i", "（三）建立符合海关监管要求的计算机管理系统，能够通过数据交换平台与海关联网；"),
    ("i", "（四）具备开展维修业务所需的场所、设备和专业技术人员。"),
    ("a", "第五条", "维修企业应当依法办理海关备案手续，并向厦门海关提交维修业务范围、维修工艺流程说明、坏件旧件处置方案等材料。"),
    ("a", "第六条", "维修企业变更名称、地址、维修业务范围的，应当自变更之日起30日内向厦门海关办理变更手续。"),
    ("ch", "第三章　货物监管"),
    ("a", "第七条", "待维修货物从境外进入厦门片区，维修企业应当按照规定向海关申报，海关按照保税货物实施监管。"),
    ("a", "第八条", "待维修货物维修后应当复运出境。确需内销的，维修企业应当按照进口货物的有关规定办理海关手续，并依法缴纳税款。"),
    ("a", "第九条", "维修过程中产生的坏件、旧件，应当全部复运出境；确实无法复运出境的，按照下列规定处理："),
    ("i", "（一）属于固体废物的，按照国家有关规定处置，不得擅自内销；"),
    ("i", "（二）不属于固体废物的，经海关核准可以内销或者在海关监管下销毁。"),
    ("a", "第十条", "维修企业应当建立维修货物电子账册，如实记录待维修货物进出、维修、耗用及坏件旧件处置等情况，账册数据保存期限不少于3年。"),
    ("ch", "第四章　法律责任"),
    ("a", "第十一条", "维修企业违反本办法规定的，由海关依照《中华人民共和国海关法》《中华人民共和国海关行政处罚实施条例》等有关规定予以处理；构成犯罪的，依法追究刑事责任。"),
    ("ch", "第五章　附　则"),
    ("a", "第十二条", "本办法由海关总署负责解释。"),
    ("a", "第十三条", "本办法自2024年7月1日起施行。"),
]


def build_c():
    d = new_doc()
    para(d, "", indent=False)
    para(d, "中华人民共和国海关总署", font=SERIF, size=36, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, indent=False, color=RED, exact=50)
    para(d, "公　　告", font=SERIF, size=42, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, color=RED, exact=60, before=6)
    para(d, "", indent=False)
    para(d, "2024年第45号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    red_rule(d)
    para(d, "", indent=False)
    para(d, "关于公布《" + C_BANFA + "》的公告", size=22, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=35)
    para(d, "", indent=False)
    for t in C_TEXT:
        para(d, t)
    para(d, "")
    para(d, "附件：" + C_BANFA, hanging=None)
    para(d, ""); para(d, "")
    para(d, "海关总署", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = CH * 5
    para(d, "2024年5月28日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = CH * 4
    page_break(d)
    para(d, "附件", font=SANS, indent=False)
    para(d, "", indent=False)
    para(d, "中国（福建）自由贸易试验区厦门片区\n保税维修业务监管办法", size=22, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=35)
    para(d, "", indent=False)
    for it in C_ARTS:
        if it[0] == "ch":
            para(d, it[1], font=SANS, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        elif it[0] == "a":
            mixed(d, it[1] + "　", it[2], head_font=SANS)
        else:
            para(d, it[1])
    to_pdf(d, "blind34_gonggao_banfa")


C_EXPECTED_CLAUSES = list(C_TEXT) + ["附件 " + C_BANFA] + [
    (it[1] if it[0] != "a" else it[1] + "　" + it[2]) for it in C_ARTS]


# ---------------------------------------------------------------------------
# (d) 湖南省人民政府意见 + 重点任务分工 table over three pages
# ---------------------------------------------------------------------------
D_TITLE = "湖南省人民政府关于深化中国（湖南）自由贸易试验区改革创新推动高水平对外开放的意见"
D_NO = "湘政发〔2024〕9号"
D_MAIN = "各市州、县市区人民政府，省政府各厅委、各直属机构："
D_BODY = [
    ("p", "为深入贯彻落实《国务院关于印发北京、湖南、安徽自由贸易试验区总体方案及浙江自由贸易试验区扩展区域方案的通知》（国发〔2020〕10号）精神，进一步深化中国（湖南）自由贸易试验区（以下简称湖南自贸试验区）改革创新，打造内陆地区参与共建“一带一路”的重要枢纽，现提出以下意见。"),
    ("h1", "一、总体要求"),
    ("p", "以制度创新为核心，以可复制可推广为基本要求，聚焦对非经贸合作、先进制造业和中部地区崛起，推动长沙、岳阳、郴州三个片区差异化发展。到2026年，累计形成省级及以上制度创新成果200项以上，实际使用外资、进出口总额占全省比重进一步提高。"),
    ("h1", "二、主要任务"),
    ("h2", "（一）深化对非经贸合作。", "建设中非经贸深度合作先行区，扩大非洲咖啡、坚果、可可等特色农产品进口，支持设立非洲非资源性产品集散交易中心。"),
    ("h2", "（二）提升贸易便利化水平。", "推进国际贸易“单一窗口”功能拓展，深化“两步申报”“提前申报”改革，推广岳阳城陵矶港“离港确认”模式。"),
    ("h2", "（三）畅通国际物流通道。", "加密中欧班列（长沙）线路，开通至东盟、中亚的铁海联运班列，提升长沙黄花国际机场国际货运能力。"),
    ("h2", "（四）推进金融开放创新。", "开展本外币合一银行结算账户体系试点，扩大跨境贸易投资高水平开放试点范围，支持符合条件的企业开展跨境融资。"),
    ("h1", "三、保障措施"),
    ("h2", "（一）加强组织领导。", "省自贸试验区工作领导小组统筹推进各项改革任务，各片区所在市人民政府落实主体责任。"),
    ("h2", "（二）强化督促落实。", "各责任单位要按照重点任务分工（见附件）细化措施，每半年向省自贸办报送进展情况。"),
]
D_ATT = "中国（湖南）自由贸易试验区改革创新重点任务分工"
D_HEAD = ["序号", "重点任务", "责任单位"]
D_TASKS = [
    ("建设中非经贸深度合作先行区，完善中非经贸博览会常设机制", "省商务厅、省外办、\n长沙市人民政府"),
    ("扩大非洲咖啡、坚果、可可等特色农产品进口，建设非洲非资源性产品集散交易中心", "省商务厅、长沙海关、\n省农业农村厅、\n长沙市人民政府"),
    ("探索开展对非易货贸易，建立易货贸易服务平台", "省商务厅、人民银行湖南省分行、\n国家外汇管理局湖南省分局"),
    ("推进国际贸易“单一窗口”功能拓展至服务贸易、跨境电商等领域", "省商务厅、长沙海关、\n省口岸办"),
    ("深化“两步申报”“提前申报”改革，压缩整体通关时间", "长沙海关、省口岸办"),
    ("推广岳阳城陵矶港“离港确认”模式，推进江海直达", "长沙海关、省交通运输厅、\n岳阳市人民政府"),
    ("加密中欧班列（长沙）线路，拓展至中亚、西亚的新线路", "省发展改革委、省商务厅、\n长沙市人民政府、\n中国铁路广州局集团有限公司"),
    ("开通至东盟的铁海联运班列，对接西部陆海新通道", "省发展改革委、省交通运输厅、\n怀化市人民政府"),
    ("提升长沙黄花国际机场国际货运能力，加密至非洲、欧洲全货机航线", "省交通运输厅、民航湖南监管局、\n湖南机场集团、\n长沙市人民政府"),
    ("建设郴州湘南国际物流园，发展粤港澳大湾区至内陆的转运业务", "郴州市人民政府、省商务厅、\n长沙海关"),
    ("开展本外币合一银行结算账户体系试点", "人民银行湖南省分行、\n国家外汇管理局湖南省分局"),
    ("扩大跨境贸易投资高水平开放试点范围", "国家外汇管理局湖南省分局、\n省地方金融管理局"),
    ("支持符合条件的企业开展跨境融资，探索跨境资产转让业务", "人民银行湖南省分行、\n湖南金融监管局、\n省地方金融管理局"),
    ("推动工程机械二手设备出口，完善出口检测、认证和售后服务体系", "省商务厅、省工业和信息化厅、\n长沙海关、省市场监管局"),
    ("建设工程机械、轨道交通装备等先进制造业出海服务平台", "省工业和信息化厅、省商务厅、\n株洲市人民政府"),
    ("开展保税维修、再制造业务试点，扩大维修产品目录", "长沙海关、省商务厅、\n省生态环境厅"),
    ("推进知识产权质押融资和海外知识产权纠纷应对指导", "省知识产权局、湖南金融监管局"),
    ("建设岳阳港区国际集装箱码头，发展临港产业", "岳阳市人民政府、省交通运输厅、\n长沙海关"),
    ("推动中部地区省际合作，共建长江中游自贸试验区联盟", "省商务厅、省发展改革委"),
    ("深化“证照分离”改革，推行涉企经营许可事项清单管理", "省市场监管局、省司法厅、\n省政务服务中心"),
    ("下放一批省级经济社会管理权限至各片区", "省司法厅、省委编办、\n省直有关单位"),
    ("建立外国人来湘工作许可和居留许可“一窗受理”机制", "省科技厅、省公安厅、\n省人力资源社会保障厅"),
    ("引进国际高端人才，落实境外高端紧缺人才个人所得税优惠", "省委人才办、省财政厅、\n国家税务总局湖南省税务局"),
    ("建立制度创新成果评估、复制推广机制", "省商务厅、各片区所在市人民政府"),
    ("开展自贸试验区风险防控体系建设，建立重大风险报告制度", "省商务厅、省发展改革委、\n省地方金融管理局、\n各片区所在市人民政府"),
    ("完善片区管理体制，推进片区与所在经开区、综保区统筹发展", "长沙市、岳阳市、郴州市人民政府，\n省委编办"),
    ("开展首创性、差异化改革探索年度评估", "省自贸办、省统计局"),
    ("加大财政资金支持，统筹省级有关专项资金支持片区建设", "省财政厅、省商务厅"),
]
D_CC = ["省委各部门，省军区，各人民团体。", "省人大常委会办公厅，省政协办公厅，省监察委员会，", "省高级人民法院，省人民检察院，各民主党派省委。"]


def build_d():
    d = new_doc()
    para(d, "000087", indent=False)
    para(d, "", indent=False)
    para(d, "湖南省人民政府文件", font=SERIF, size=44, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, indent=False, color=RED, exact=60)
    para(d, "", indent=False)
    para(d, D_NO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    red_rule(d)
    para(d, "", indent=False)
    para(d, "湖南省人民政府关于深化中国（湖南）\n自由贸易试验区改革创新推动高水平\n对外开放的意见", size=22, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=35)
    para(d, "", indent=False)
    para(d, D_MAIN, indent=False)
    for item in D_BODY:
        if item[0] == "p":
            para(d, item[1])
        elif item[0] == "h1":
            para(d, item[1], font=SANS)
        else:
            mixed(d, item[1], item[2])
    para(d, "")
    para(d, "附件：" + D_ATT)
    para(d, ""); para(d, "")
    para(d, "湖南省人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = CH * 4
    para(d, "2024年4月10日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = CH * 4
    para(d, "（此件主动公开）")
    page_break(d)
    para(d, "附件", font=SANS, indent=False)
    para(d, "", indent=False)
    para(d, "中国（湖南）自由贸易试验区改革创新\n重点任务分工", size=22, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=35)
    para(d, "", indent=False)
    t = d.add_table(rows=1 + len(D_TASKS), cols=3)
    all_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(14), Mm(88), Mm(54)]
    for j, h in enumerate(D_HEAD):
        t.cell(0, j).width = widths[j]
        cell_text(t.cell(0, j), h, SANS, 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0])
    for i, (task, who) in enumerate(D_TASKS, 1):
        cant_split(t.rows[i])
        for j, v in enumerate([str(i), task, who]):
            t.cell(i, j).width = widths[j]
            cell_text(t.cell(i, j), v, SERIF, 14, align=WD_ALIGN_PARAGRAPH.CENTER if j == 0 else WD_ALIGN_PARAGRAPH.LEFT)
    set_grid(t, widths)
    for _ in range(3):
        para(d, "", indent=False)
    banji(d, D_CC, "湖南省人民政府办公厅", "2024年4月12日")
    to_pdf(d, "blind34_yijian_fengong")


D_EXPECTED_CLAUSES = [b[1] if b[0] != "h2" else b[1] + b[2] for b in D_BODY] + ["附件 " + D_ATT] + [
    "序号：%d；重点任务：%s；责任单位：%s" % (i, task, who.replace("\n", "")) for i, (task, who) in enumerate(D_TASKS, 1)]


EXPECTED = {
    "blind34_joint_notice": [{
        "meta": {"title": A_TITLE, "doc_number": A_NO, "issuer": A_ORGANS, "date": "2024-06-18",
                 "addressees": A_MAIN.rstrip("："), "cc": "".join(A_CC).rstrip("。"),
                 "printed_by": "商务部办公厅 2024-06-20", "attachments": A_ATT,
                 "copy_no": "000123", "urgency": "特急"},
        "clauses": A_EXPECTED_CLAUSES,
        "_note": "Stacked 发文机关标志 (6 organs each on its own line, 文件 merged at right) must give all six issuers and must not become title or clause; the title is three centred paragraphs to be joined. （一）lead sentence and its body are one paragraph: either one clause or heading+text split at the first 。 is fine. 1./（1）items may be own clauses or folded into （二）. 附件说明 second line (2.…) belongs to the attachment list, not a clause. Signature block of three lines of paired organ names plus one date is not a clause. Attachment pages: clause wording for 附件 title/table rows tolerable either way, but rows must carry 序号/合作区名称/所在国家/实施企业注册地 and no row lost. 份号 000123, 特急, page numbers — 1 — etc., 抄送/印发 lines must not be clauses.",
    }],
    "blind34_gonggao_banfa": [{
        "meta": {"title": "关于公布《" + C_BANFA + "》的公告", "doc_number": "海关总署公告2024年第45号", "issuer": ["海关总署"],
                 "date": "2024-05-28", "effective": "2024-07-01", "attachments": [C_BANFA]},
        "clauses": C_EXPECTED_CLAUSES,
        "_note": "Number printed as 2024年第45号 under a red 中华人民共和国海关总署 / 公告 banner: 文号 '海关总署公告2024年第45号' or '2024年第45号' both acceptable. The carried 办法 may be a second document titled with the 办法 name (issuer 海关总署, effective 2024-07-01) or stay as 附件 clauses; either way all 13 articles with their （一）… items, under their chapters, in order. Chapter lines 第一章　总　则 (with inner spaces) may be headings not clauses. 特此公告 may be dropped.",
    }],
    "blind34_yijian_fengong": [{
        "meta": {"title": D_TITLE, "doc_number": D_NO, "issuer": ["湖南省人民政府"], "date": "2024-04-10",
                 "addressees": D_MAIN.rstrip("："), "cc": "".join(D_CC).rstrip("。"),
                 "printed_by": "湖南省人民政府办公厅 2024-04-12", "attachments": [D_ATT], "copy_no": "000087"},
        "clauses": D_EXPECTED_CLAUSES,
        "_note": "The 分工 table runs over three pages with the header row repeated on each page: the repeated header must not become a row, no row may be split or lost at a page break, and 责任单位 cells with line breaks must be joined without losing an organ (joining with or without 、 at the break tolerable). Row format tolerable as long as header names are attached. 版记 (抄送 two lines, 印发) after the table must not become a table row or clause.",
    }],
}


def main():
    build_a()
    build_c()
    build_d()
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=2), encoding="utf-8")
    print("written:", sorted(p.name for p in HERE.glob("blind34_*")))


if __name__ == "__main__":
    main()
