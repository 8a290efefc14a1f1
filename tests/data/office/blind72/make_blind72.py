# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind test round 72: national-level changes in the pilot free trade zones.

Writes next to itself:
  blind72_guowuyuan_jueding.docx / .pdf  国务院决定（暂时调整实施行政法规和国务院文件规定，附件目录表）
  blind72_shangwubu_gonggao.docx         商务部公告2024年第45号（延长一件、废止一件商务部文件）
  blind72_zimaoban_huibian.docx          政策文件汇编：被延长/被废止的两件商务部文件 + 一件无关的国办通知
  expected.json
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


BODY = {"size": 16, "line": 28}


def para(doc, text="", font=FS, size=None, align=None, indent=True, bold=False, color=None, line=None, before=0, after=0, runs=None):
    if size is None: size = BODY["size"]
    if line is None: line = BODY["line"] if size == BODY["size"] else size + 12
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j" or align is None:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "l":
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    if runs:
        for t, f in runs:
            set_font(p.add_run(t), f, size, bold=bold, color=color)
    elif text:
        set_font(p.add_run(text), font, size, bold=bold, color=color)
    return p


def bottom_border(p, color="E60012", sz=12):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    pPr.append(bdr)


def top_border(p, color="000000", sz=8):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:top")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    pPr.append(bdr)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        run._r.append(e)


def page_number_footer(par, align):
    par.alignment = align
    r = par.add_run("— ")
    set_font(r, "宋体", 14)
    r = par.add_run()
    set_font(r, "宋体", 14)
    add_field(r, "PAGE")
    r = par.add_run(" —")
    set_font(r, "宋体", 14)


def setup(doc, header_text=None):
    s = doc.sections[0]
    s.page_width = Mm(210); s.page_height = Mm(297)
    s.top_margin = Mm(37); s.bottom_margin = Mm(35)
    s.left_margin = Mm(28); s.right_margin = Mm(26)
    s.footer_distance = Mm(20); s.header_distance = Mm(15)
    # odd/even page numbers as in GB/T 9704: odd right, even left
    doc.settings.odd_and_even_pages_header_footer = True
    page_number_footer(s.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.RIGHT)
    page_number_footer(s.even_page_footer.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT)
    if header_text:
        for h in (s.header, s.even_page_header):
            hp = h.paragraphs[0]
            hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(hp.add_run(header_text), "宋体", 10.5)
            bottom_border(hp, color="000000", sz=4)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def body(doc, text):
    """Body paragraph; a leading 一、 in 黑体, （一） in 楷体 run then 仿宋."""
    import re
    m = re.match(r"^([一二三四五六七八九十]+、[^。：]*[。：]?)(.*)$", text)
    if m and len(m.group(1)) <= 20 and not m.group(2):
        return para(doc, text, font=HT)
    m = re.match(r"^(（[一二三四五六七八九十]+）[^。]*。)(.*)$", text)
    if m and len(m.group(1)) <= 30:
        return para(doc, runs=[(m.group(1), KT), (m.group(2), FS)])
    return para(doc, text)


def signature(doc, org, date_cn, extra_right=4):
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, org, indent=False, align="r")
    p.paragraph_format.right_indent = Pt(16 * extra_right)
    p = para(doc, date_cn, indent=False, align="r")
    p.paragraph_format.right_indent = Pt(16 * (extra_right - 1))


def set_cell(cell, text, font=FS, size=12, bold=False, align="l"):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(size + 8)
    p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER, "j": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    set_font(p.add_run(text), font, size, bold=bold)


def table(doc, headers, rows, widths, hdr_font=HT, size=12):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, font=hdr_font, size=size, align="c")
    # repeat header row on each page
    trPr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trPr.append(th)
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            set_cell(cells[i], v, size=size, align="c" if i == 0 else "j")
    t.autofit = False
    tblPr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    for i, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i] * 56.7)))
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Mm(w)
    return t


def banji(doc, cc, printer, date_cn):
    """版记: 抄送 and 印发 lines between rules, at the end of the document."""
    para(doc, "", indent=False)
    p = para(doc, "", indent=False, size=14, line=22,
             runs=[("抄送：", FS), (cc, FS)])
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(0)
    top_border(p)
    p = para(doc, "", indent=False, size=14, line=22,
             runs=[(printer + "\u3000" * 8, FS), (date_cn + "印发", FS)])
    p.paragraph_format.left_indent = Pt(14)
    bottom_border(p, color="000000", sz=8)


def red_head(doc, org_text, number, size=42):
    for _ in range(2):
        para(doc, "", indent=False)
    para(doc, org_text, font=XBS, size=size, align="c", indent=False, color=RED, line=size + 10)
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, number, align="c", indent=False)
    bottom_border(p, sz=18)
    para(doc, "", indent=False)


def title(doc, lines):
    for t in lines:
        sz = 22 if BODY["size"] == 16 else 18
        para(doc, t, font=XBS, size=sz, align="c", indent=False, line=sz + 13)
    para(doc, "", indent=False)


def save(doc, name, pdf=False):
    path = os.path.join(HERE, name + ".docx")
    doc.save(path)
    if pdf:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# (a) 国务院决定 国发〔2024〕21号
# ---------------------------------------------------------------------------
A_TITLE = "国务院关于在自由贸易试验区暂时调整实施有关行政法规和国务院文件规定的决定"
A_NUM = "国发〔2024〕21号"
A_BODY = [
    "为贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，对接国际高标准经贸规则，推进高水平制度型开放，更好服务共建“一带一路”高质量发展，根据《中华人民共和国立法法》和《中华人民共和国行政许可法》的有关规定，国务院决定，在自由贸易试验区暂时调整实施《中华人民共和国国际海运条例》《旅行社条例》等5部行政法规和《国务院关于实行市场准入负面清单制度的意见》1件国务院文件的有关规定（目录附后），暂时调整实施期限至2026年12月31日。",
    "国务院有关部门和自由贸易试验区所在省、自治区、直辖市人民政府要根据上述调整，及时对本部门、本地区制定的规章和规范性文件作相应调整，建立与试点工作相适应的管理制度，加强事中事后监管，有效防范风险。",
    "国务院将根据自由贸易试验区改革开放措施的试验情况，适时对本决定的内容进行调整。暂时调整实施有关规定的情况，由国务院有关部门会同自由贸易试验区所在地省级人民政府在期限届满前进行评估，对实践证明可行的，提出修改有关行政法规和国务院文件的意见；对实践证明不宜调整的，恢复施行有关规定。",
    "本决定自2024年10月1日起施行。",
]
A_ANNEX_TITLE = "国务院决定在自由贸易试验区暂时调整实施有关行政法规和国务院文件规定目录"
A_HEADERS = ["序号", "有关行政法规和国务院文件规定", "调整实施情况"]
A_ROWS = [
    ["1", "《中华人民共和国国际海运条例》\n第二十九条第二款：外商投资设立的国际船舶管理企业，外方出资比例不得超过49%。",
     "暂时停止实施相关内容，允许在自由贸易试验区内设立外商独资国际船舶管理企业。交通运输部制定相关管理办法。"],
    ["2", "《旅行社条例》\n第二十三条：外商投资旅行社不得经营中国内地居民出国旅游业务以及赴香港特别行政区、澳门特别行政区和台湾地区旅游的业务，但是国务院决定或者我国签署的自由贸易协定和内地与香港、澳门关于建立更紧密经贸关系的安排另有规定的除外。",
     "暂时调整实施相关内容，允许在自由贸易试验区内注册的符合条件的中外合资旅行社从事除台湾地区以外的出境旅游业务。文化和旅游部制定相关管理办法。"],
    ["3", "《娱乐场所管理条例》\n第六条：外国投资者可以与中国投资者依法设立中外合资经营、中外合作经营的娱乐场所，不得设立外商独资经营的娱乐场所。",
     "在中国（海南）自由贸易试验区暂时停止实施相关内容，允许外国投资者设立外商独资经营的娱乐场所。文化和旅游部、海南省人民政府制定相关管理办法。"],
    ["4", "《印刷业管理条例》\n第十四条第二款：国家允许设立中外合资经营印刷企业、中外合作经营印刷企业，允许设立从事包装装潢印刷品印刷经营活动的外资企业。",
     "在中国（上海）、中国（广东）自由贸易试验区暂时调整实施相关内容，允许设立从事出版物印刷经营活动的外商独资企业。国家新闻出版署制定相关管理办法。"],
    ["5", "《中华人民共和国认证认可条例》\n第十一条：外商投资企业取得认证机构资质，除应当符合本条例第十条规定的条件外，还应当符合下列条件：（一）外方投资者取得其所在国家或者地区认可机构的认可；（二）外方投资者具有3年以上从事认证活动的业务经历。",
     "暂时停止实施相关内容，外商投资认证机构适用与内资认证机构相同的资质条件。市场监管总局制定相关管理办法。"],
    ["6", "《国务院关于实行市场准入负面清单制度的意见》（国发〔2015〕55号）\n第二部分第（四）项关于市场准入负面清单实行统一的全国性清单的规定。",
     "在自由贸易试验区暂时调整实施相关内容，对自由贸易试验区实行跨境服务贸易负面清单管理。商务部会同有关部门制定相关管理办法。"],
]


def make_a():
    doc = Document()
    setup(doc)
    red_head(doc, "国务院文件", A_NUM)
    title(doc, ["国务院关于在自由贸易试验区暂时调整实施", "有关行政法规和国务院文件规定的决定"])
    para(doc, "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", indent=False)
    for t in A_BODY:
        body(doc, t)
    para(doc, "", indent=False)
    para(doc, "附件：" + A_ANNEX_TITLE, indent=True)
    p = doc.paragraphs[-1]
    p.paragraph_format.left_indent = Pt(32); p.paragraph_format.first_line_indent = Pt(-0)
    signature(doc, "国务院", "2024年9月2日", extra_right=3)
    para(doc, "（此件公开发布）", indent=True)
    page_break(doc)
    para(doc, "附件", font=HT, indent=False, align="l")
    para(doc, "", indent=False)
    para(doc, "国务院决定在自由贸易试验区暂时调整实施", font=XBS, size=18, align="c", indent=False, line=30)
    para(doc, "有关行政法规和国务院文件规定目录", font=XBS, size=18, align="c", indent=False, line=30)
    para(doc, "", indent=False)
    table(doc, A_HEADERS, A_ROWS, [14, 80, 62])
    banji(doc, "党中央各部门，中央军委办公厅，全国人大常委会办公厅，全国政协办公厅，国家监委，最高人民法院，最高人民检察院，各民主党派中央，全国工商联。",
          "国务院办公厅", "2024年9月4日")
    save(doc, "blind72_guowuyuan_jueding", pdf=True)


# ---------------------------------------------------------------------------
# (b) 商务部公告2024年第45号
# ---------------------------------------------------------------------------
C1_TITLE = "商务部关于支持自由贸易试验区开展跨境服务贸易创新试点的通知"
C1_NUM = "商资发〔2021〕118号"
C2_TITLE = "商务部办公厅关于自由贸易试验区外商投资企业备案管理有关事项的通知"
C2_NUM = "商办资函〔2022〕207号"

B_TITLE = "关于延长《商务部关于支持自由贸易试验区开展跨境服务贸易创新试点的通知》有效期和废止部分文件的公告"
B_NUM = "商务部公告2024年第45号"
B_BODY = [
    "为深入实施自由贸易试验区提升战略，保持政策连续性和稳定性，根据《规章制定程序条例》和商务部规范性文件管理有关规定，商务部对涉及自由贸易试验区的部分规范性文件进行了清理。现就有关事项公告如下：",
    "一、《商务部关于支持自由贸易试验区开展跨境服务贸易创新试点的通知》（商资发〔2021〕118号）有效期延长至2027年12月31日。",
    "二、废止《商务部办公厅关于自由贸易试验区外商投资企业备案管理有关事项的通知》（商办资函〔2022〕207号）。自由贸易试验区内外商投资企业设立及变更，按照《外商投资信息报告办法》（商务部 国家市场监督管理总局令2019年第2号）报送投资信息。",
    "三、本公告自发布之日起施行。",
    "特此公告。",
]


def make_b():
    doc = Document()
    setup(doc)
    para(doc, "", indent=False)
    para(doc, "中华人民共和国商务部公告", font=XBS, size=30, align="c", indent=False, color=RED, line=44)
    para(doc, "", indent=False)
    p = para(doc, "2024年\u3000第45号", align="c", indent=False)
    bottom_border(p, sz=18)
    para(doc, "", indent=False)
    title(doc, ["关于延长《商务部关于支持自由贸易试验区", "开展跨境服务贸易创新试点的通知》", "有效期和废止部分文件的公告"])
    for t in B_BODY:
        body(doc, t)
    signature(doc, "商务部", "2024年11月20日", extra_right=3)
    save(doc, "blind72_shangwubu_gonggao")


# ---------------------------------------------------------------------------
# (c)+(d) 汇编：两件商务部文件 + 一件无关的国办通知
# ---------------------------------------------------------------------------
C1_BODY = [
    "为贯彻落实党中央、国务院关于自由贸易试验区建设的决策部署，推动服务贸易高质量发展，更好服务共建“一带一路”，现就支持自由贸易试验区开展跨境服务贸易创新试点有关事项通知如下：",
    "一、总体要求",
    "以制度创新为核心，以可复制可推广为基本要求，在自由贸易试验区先行先试跨境服务贸易开放举措，探索形成与国际高标准经贸规则相衔接的跨境服务贸易管理制度。",
    "二、试点地区和重点领域",
    "（一）试点地区。在上海、广东、天津、福建、海南自由贸易试验区开展试点，试点地区及重点领域见下表。",
    "（二）重点领域。试点围绕专业服务、数字贸易、国际航运等领域开展，具体如下：",
    "1.专业服务。支持境外律师事务所、会计师事务所在试点地区设立代表机构，允许符合条件的境外专业人员在试点地区依规提供服务。",
    "2.数字贸易。探索数据跨境流动安全管理机制，支持在试点地区建设数字贸易公共服务平台。",
    "3.国际航运。支持试点地区发展国际船舶管理、航运保险、海事仲裁等航运服务业。",
    "三、组织实施",
    "（一）加强组织领导。试点地区所在省、直辖市商务主管部门要会同有关部门制定试点实施方案，明确任务分工和时间安排，于每年12月底前将试点进展情况报送商务部。",
    "（二）强化风险防控。试点地区要建立健全跨境服务贸易风险监测预警机制，守住不发生系统性风险底线。",
    "本通知自印发之日起施行，有效期至2024年12月31日。",
]
C1_TABLE_H = ["试点地区", "重点领域"]
C1_TABLE = [
    ["中国（上海）自由贸易试验区", "专业服务、数字贸易、国际航运"],
    ["中国（广东）自由贸易试验区", "专业服务、数字贸易"],
    ["中国（天津）自由贸易试验区", "国际航运、融资租赁"],
    ["中国（福建）自由贸易试验区", "专业服务、国际航运"],
    ["中国（海南）自由贸易试验区", "数字贸易、国际航运、旅游服务"],
]

C2_BODY = [
    "为进一步便利自由贸易试验区外商投资企业设立和变更，现将有关事项通知如下：",
    "一、自由贸易试验区内不涉及国家规定实施准入特别管理措施的外商投资企业设立及变更，由自由贸易试验区管理机构负责备案，备案完成后3个工作日内通过外商投资综合管理系统报送商务部。",
    "二、自由贸易试验区管理机构应当在收到完整备案材料之日起2个工作日内完成备案，并出具备案回执。",
    "三、本通知自2022年6月1日起施行。此前有关规定与本通知不一致的，以本通知为准。",
]

D_TITLE = "国务院办公厅关于进一步规范口岸收费管理的通知"
D_NUM = "国办发〔2024〕38号"
D_BODY = [
    "《国务院办公厅关于延长阶段性降低港口收费标准政策执行期限的通知》（国办发〔2022〕24号）执行期满后，为巩固降费成效，进一步规范口岸收费行为，经国务院同意，现就有关事项通知如下：",
    "一、严格执行收费目录清单。各地区要全面落实口岸收费目录清单制度，清单之外一律不得收费。对《海关总署 财政部关于暂停收取部分进出口环节查验费用的公告》（海关总署 财政部公告2020年第63号）所列项目，继续按照原规定执行。",
    "二、加强收费监督检查。市场监管总局要会同有关部门开展口岸收费专项检查，依法查处不执行政府定价、擅自设立收费项目等违法违规行为。",
    "三、完善长效机制。交通运输部、国家发展改革委要会同有关部门研究建立口岸收费动态调整机制，每年向社会公布口岸收费情况。",
]


def make_c():
    doc = Document()
    setup(doc, header_text="自由贸易试验区政策文件汇编（2024年第4辑）")
    BODY.update(size=14, line=22)  # compilations are set in 仿宋 4号
    # compact cover block with a short 目录 (furniture)
    para(doc, "自由贸易试验区政策文件汇编（2024年第4辑）", font=XBS, size=20, align="c", indent=False, line=32)
    para(doc, "中国（浙江）自由贸易试验区工作领导小组办公室\u3000编\u30002024年12月", font=KT, size=12, align="c", indent=False, line=20)
    p = para(doc, "本辑目录：1.商资发〔2021〕118号……1\u30002.商办资函〔2022〕207号……3\u30003.国办发〔2024〕38号……3", font=KT, size=10.5, align="c", indent=False, line=18)
    bottom_border(p, color="000000", sz=6)
    para(doc, "", indent=False)

    # c1
    title(doc, ["商务部关于支持自由贸易试验区", "开展跨境服务贸易创新试点的通知"])
    para(doc, C1_NUM, align="c", indent=False, font=FS)
    para(doc, "", indent=False)
    para(doc, "各自由贸易试验区所在省、自治区、直辖市商务主管部门：", indent=False)
    for t in C1_BODY:
        body(doc, t)
        if t.startswith("（一）试点地区"):
            table(doc, C1_TABLE_H, C1_TABLE, [70, 86])
    signature(doc, "商务部", "2021年8月16日", extra_right=3)
    page_break(doc)

    # c2
    title(doc, ["商务部办公厅关于自由贸易试验区外商投资", "企业备案管理有关事项的通知"])
    para(doc, C2_NUM, align="c", indent=False, font=FS)
    para(doc, "", indent=False)
    para(doc, "各自由贸易试验区所在省、自治区、直辖市商务主管部门：", indent=False)
    for t in C2_BODY:
        body(doc, t)
    signature(doc, "商务部办公厅", "2022年5月10日", extra_right=3)
    para(doc, "", indent=False)

    # d
    title(doc, ["国务院办公厅关于进一步规范", "口岸收费管理的通知"])
    para(doc, D_NUM, align="c", indent=False, font=FS)
    para(doc, "", indent=False)
    para(doc, "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", indent=False)
    for t in D_BODY:
        body(doc, t)
    signature(doc, "国务院办公厅", "2024年10月8日", extra_right=3)
    para(doc, "（此件公开发布）", indent=True)
    BODY.update(size=16, line=28)
    save(doc, "blind72_zimaoban_huibian")


def row(h, r):
    return "；".join("%s：%s" % (a, b.replace("\n", "")) for a, b in zip(h, r))


def expected():
    a_clauses = list(A_BODY) + [row(A_HEADERS, r) for r in A_ROWS]
    c1_clauses = []
    for t in C1_BODY:
        c1_clauses.append(t)
        if t.startswith("（一）试点地区"):
            c1_clauses += [row(C1_TABLE_H, r) for r in C1_TABLE]
    not_in_set = [
        "《中华人民共和国国际海运条例》第二十九条第二款",
        "《旅行社条例》第二十三条",
        "《娱乐场所管理条例》第六条",
        "《印刷业管理条例》第十四条第二款",
        "《中华人民共和国认证认可条例》第十一条",
        "《国务院关于实行市场准入负面清单制度的意见》（国发〔2015〕55号）第二部分第（四）项",
    ]
    e = {
        "blind72_guowuyuan_jueding": [{
            "meta": {
                "title": A_TITLE, "doc_number": A_NUM, "issuer": "国务院", "date": "2024-09-02",
                "level": "national", "region": "全国（自由贸易试验区）",
                "effective": "2024-10-01", "expires": "2026-12-31",
                "places": ["自由贸易试验区（全部）", "表第3行仅中国（海南）自由贸易试验区", "表第4行仅中国（上海）、中国（广东）自由贸易试验区"],
                "dates_as_printed": {"成文日期": "2024-09-02", "施行": "2024-10-01", "暂时调整实施期限至": "2026-12-31", "印发日期（版记）": "2024-09-04"},
                "dates_analyst": {"date": "2024-09-02", "effective": "2024-10-01", "expires": "2026-12-31（暂时调整期限；决定本身未规定失效）"},
                "changed_by": [],
                "changes": [{"target": t, "target_in_set": False, "how": "在自由贸易试验区暂时调整实施或暂时停止实施，至2026-12-31"} for t in not_in_set],
            },
            "clauses": a_clauses,
            "_note": "Furniture, never clauses: 红头“国务院文件”, 文号 line, 主送机关, the 附件 line under the body (附件：…目录), signature 国务院 and date, （此件公开发布）, the 附件 label, the table title, the repeated table header, 版记 (抄送… / 国务院办公厅 2024年9月4日印发), page numbers “— 1 —”. Tolerable: the annex title as a heading clause; the 调整实施情况 column naming the 部门 that writes rules. The 6 adjusted provisions belong to regulations/State Council documents NOT in this file set: nothing in the set is changed by this decision, and the decision itself is not changed by anything. The 2024-09-04 印发 date is not the document date. Rows 3 and 4 apply only in the named FTZs (海南; 上海、广东); the rest in all FTZs. In the PDF the table cells wrap across lines and possibly across a page; the joined text must be the same.",
        }],
        "blind72_shangwubu_gonggao": [{
            "meta": {
                "title": B_TITLE, "doc_number": B_NUM, "issuer": "商务部", "date": "2024-11-20",
                "level": "ministerial", "region": "全国（自由贸易试验区）",
                "effective": "2024-11-20",
                "dates_as_printed": {"落款日期": "2024-11-20", "施行": "自发布之日起（=2024-11-20）"},
                "dates_analyst": {"date": "2024-11-20", "effective": "2024-11-20", "expires": None},
                "changed_by": [],
                "changes": [
                    {"target": C1_NUM, "target_title": C1_TITLE, "target_in_set": True, "how": "有效期延长：2024-12-31 → 2027-12-31"},
                    {"target": C2_NUM, "target_title": C2_TITLE, "target_in_set": True, "how": "废止，自2024-11-20"},
                ],
                "not_changed": ["《外商投资信息报告办法》（商务部 国家市场监督管理总局令2019年第2号）— only referred to", "《规章制定程序条例》— only cited as basis"],
            },
            "clauses": B_BODY,
            "_note": "Furniture: red masthead 中华人民共和国商务部公告, the “2024年 第45号” line, signature 商务部 and date, page numbers. Tolerable: title with or without the 商务部 prefix (printed title starts with 关于); 特此公告。 as a clause or not; the preamble as a clause or not. doc_number may be written 商务部公告2024年第45号 or “2024年第45号” with issuer 商务部.",
        }],
        "blind72_zimaoban_huibian": [
            {
                "meta": {
                    "title": C1_TITLE, "doc_number": C1_NUM, "issuer": "商务部", "date": "2021-08-16",
                    "level": "ministerial", "region": "上海、广东、天津、福建、海南自由贸易试验区",
                    "effective": "2021-08-16", "expires": "2024-12-31",
                    "dates_as_printed": {"成文日期": "2021-08-16", "施行": "自印发之日起", "有效期至": "2024-12-31"},
                    "dates_analyst": {"date": "2021-08-16", "effective": "2021-08-16", "expires": "2027-12-31"},
                    "changed_by": [{"doc": B_NUM, "how": "有效期延长至2027-12-31", "date": "2024-11-20"}],
                    "changes": [],
                },
                "clauses": c1_clauses,
                "_note": "Heading clauses 一、总体要求 / 二、… / 三、组织实施 may be merged with the paragraph that follows (tolerable) but not lost. The table sits inside （一）试点地区; its rows are clauses. Places: the five FTZs named; not 浙江 (浙江 is only the compiler of the 汇编).",
            },
            {
                "meta": {
                    "title": C2_TITLE, "doc_number": C2_NUM, "issuer": "商务部办公厅", "date": "2022-05-10",
                    "level": "ministerial", "region": "全国（自由贸易试验区）",
                    "effective": "2022-06-01",
                    "dates_as_printed": {"成文日期": "2022-05-10", "施行": "2022-06-01"},
                    "dates_analyst": {"date": "2022-05-10", "effective": "2022-06-01", "expires": "2024-11-20（废止）", "repealed": "2024-11-20"},
                    "changed_by": [{"doc": B_NUM, "how": "废止", "date": "2024-11-20"}],
                    "changes": [],
                },
                "clauses": C2_BODY,
                "_note": "Issuer 商务部办公厅 (商务部 tolerable).",
            },
            {
                "meta": {
                    "title": D_TITLE, "doc_number": D_NUM, "issuer": "国务院办公厅", "date": "2024-10-08",
                    "level": "national", "region": "全国",
                    "dates_as_printed": {"成文日期": "2024-10-08"},
                    "dates_analyst": {"date": "2024-10-08", "effective": "2024-10-08（未印施行日期，按成文日期）", "expires": None},
                    "changed_by": [],
                    "changes": [],
                    "not_changed": ["国办发〔2022〕24号（only quoted: title contains 延长; it ran out by itself）", "海关总署 财政部公告2020年第63号（only quoted: title contains 暂停; 继续按照原规定执行）"],
                },
                "clauses": D_BODY,
                "_note": "Unrelated to the other documents: it changes nothing in the set, and the quoted titles containing 延长/暂停 must not make any document ‘changed’. （此件公开发布） is furniture.",
            },
        ],
        "_note": "Whole 汇编: the cover block at the top of page 1 (汇编 title with 2024年第4辑, the line 中国（浙江）自由贸易试验区工作领导小组办公室 编 2024年12月, the one-line 本辑目录 with 文号 and page numbers), the running header 自由贸易试验区政策文件汇编（2024年第4辑） and page numbers are furniture. 浙江 and 2024-12 must not become any document's region or date. The 汇编 holds three documents; each must be separate.",
    }
    # move whole-file note into the file entry as a list element is not allowed (list of documents) -> keep separately
    note = e.pop("_note")
    e["blind72_zimaoban_huibian"][0]["_note"] = note + " " + e["blind72_zimaoban_huibian"][0]["_note"]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    make_a()
    make_b()
    make_c()
    expected()
