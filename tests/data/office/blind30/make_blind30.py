# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the thirtieth round of blind office files and expected.json.

All documents are fictional; names of provinces, cities and offices are real,
numbers, 文号 and wording are invented.  Run again to rebuild everything.
"""

import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HEI = "黑体"
KAI = "楷体_GB2312"
RED = RGBColor(0xE6, 0x00, 0x12)


# ---------------------------------------------------------------- helpers

def set_run(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None,
         indent=True, color=None, space_before=0, space_after=0, exact=28):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if exact:
        pf.line_spacing = Pt(exact)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_run(p.add_run(text), font, size, bold, color)
    return p


def body_item(doc, head, rest, head_font=HEI):
    """一、xxx。rest  — the head in 黑体/楷体 like real 公文."""
    p = para(doc)
    set_run(p.add_run(head), head_font, 16)
    if rest:
        set_run(p.add_run(rest), FS, 16)
    return p


def bottom_border(p, color="E60012", sz=18, top=False):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in (("top",) if top else ("bottom",)):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "1")
        e.set(qn("w:color"), color)
        bdr.append(e)
    ppr.append(bdr)


def both_borders(p, color="000000", sz=6):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "1")
        e.set(qn("w:color"), color)
        bdr.append(e)
    ppr.append(bdr)


def a4_portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(3.7)
    section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)
    section.footer_distance = Cm(2.5)


def a4_landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Cm(29.7)
    section.page_height = Cm(21.0)
    section.top_margin = Cm(2.6)
    section.bottom_margin = Cm(2.4)
    section.left_margin = Cm(2.5)
    section.right_margin = Cm(2.5)
    section.footer_distance = Cm(1.5)


def page_number_footer(section, restart=False):
    """Footer '— 1 —' with a PAGE field, as 公文 put it."""
    footer = section.footer
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    set_run(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        r._element.append(e)
    set_run(p.add_run(" —"), "宋体", 14)
    if restart:
        sectpr = section._sectPr
        pg = OxmlElement("w:pgNumType")
        pg.set(qn("w:start"), "1")
        sectpr.append(pg)


def red_head(doc, organ, number, size=34, number_right=False):
    """发文机关标志 in red, 文号, red rule."""
    para(doc, "", exact=None)
    p = para(doc, organ, font=XBS, size=size, align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, color=RED, exact=None, space_before=12, space_after=24)
    p = para(doc, number, align=WD_ALIGN_PARAGRAPH.RIGHT if number_right else WD_ALIGN_PARAGRAPH.CENTER,
             indent=False)
    bottom_border(p)
    para(doc, "", indent=False)


def title(doc, text):
    p = para(doc, text, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, exact=36, space_after=12)
    return p


def signature(doc, organ, date):
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, organ, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, date, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(80)


def banji(doc, lines):
    """版记: 抄送 / 印发 lines between rules, 14pt."""
    para(doc, "", indent=False)
    for i, ln in enumerate(lines):
        p = para(doc, ln, size=14, indent=False)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        p.paragraph_format.tab_stops.add_tab_stop(Emu(Cm(15.6) - Pt(28)), WD_TAB_ALIGNMENT.RIGHT)
        both_borders(p, sz=8 if i == 0 else 6)


def set_cell(cell, text, size=10.5, bold=False, font=FS, align=WD_ALIGN_PARAGRAPH.CENTER,
             breaks="br"):
    """Write text into a cell. '\n' becomes a line break (breaks='br')
    or a new paragraph (breaks='para'), as both happen in real tables."""
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    if breaks == "br":
        p.alignment = align
        for i, part in enumerate(parts):
            r = set_run(p.add_run(part), font, size, bold)
            if i < len(parts) - 1:
                r.add_break(WD_BREAK.LINE)
    else:
        for i, part in enumerate(parts):
            q = p if i == 0 else cell.add_paragraph()
            q.alignment = align
            set_run(q.add_run(part), font, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trpr.append(e)


def to_pdf(docx_path):
    prof = tempfile.mkdtemp(prefix="lo_prof_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    return os.path.splitext(docx_path)[0] + ".pdf"


expected = {}

# ====================================================================
# 1. blind30_markdown_copy.txt — 内蒙古 实施意见 copied from a 知乎 post
# ====================================================================

IM_TITLE = "内蒙古自治区人民政府办公厅关于推进高水平对外开放深度融入共建“一带一路”的实施意见"
IM_NO = "内政办发〔2024〕18号"
IM_ISSUER = "内蒙古自治区人民政府办公厅"
IM_DATE_CN = "2024年3月12日"

im_pre = "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，加快建设我国向北开放重要桥头堡，经自治区人民政府同意，现提出如下实施意见。"
im_1_head = "一、总体要求"
im_1_body = "以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，立足自治区在国家对外开放格局中的战略定位，统筹口岸、通道、平台、产业协同发展。到2025年，全区外贸进出口总额力争突破1800亿元，途经我区口岸的中欧班列年通行量稳定在1.2万列以上。"
im_2_head = "二、重点任务"
im_a_head = "（一）提升口岸综合服务能力。"
im_a_body = "加快满洲里、二连浩特国家重点开发开放试验区建设，推进策克、甘其毛都等重点口岸基础设施改造升级，全面推广“智慧口岸”建设，口岸整体通关时间较2023年压缩10%以上。（责任单位：自治区商务厅、发展改革委，呼和浩特海关、满洲里海关，各有关盟市人民政府）"
im_b_head = "（二）畅通国际物流通道。"
im_b_body = "巩固提升中欧班列运行质量，重点做好以下工作："
im_b_bullets = [
    "稳定开行“呼和浩特—欧洲”“包头—中亚”等图定班列，推动回程班列常态化开行；",
    "支持满洲里、二连浩特口岸扩大换装能力，提高班列通行效率；",
    "谋划建设呼和浩特国际陆港，推动与天津港、锦州港开展海铁联运合作。",
]
im_b_tail = "（责任单位：自治区交通运输厅、商务厅，中国铁路呼和浩特局集团有限公司，各有关盟市人民政府）"
im_c_head = "（三）积极争创中国（内蒙古）自由贸易试验区。"
im_c_body = "对标国际高标准经贸规则，在呼和浩特、满洲里、二连浩特等地先行开展贸易投资便利化制度创新试点，形成一批可复制可推广的改革经验。（责任单位：自治区商务厅，各有关盟市人民政府）"
im_d_head = "（四）发展跨境电子商务。"
im_d_body = "支持呼和浩特、赤峰、满洲里跨境电子商务综合试验区在蒙古国、俄罗斯建设海外仓，培育一批跨境电商龙头企业，2024年全区跨境电商交易额增长20%以上。（责任单位：自治区商务厅，各有关盟市人民政府）"
im_3_head = "三、保障措施"
im_3_bullets = [
    "加强组织领导。自治区推进“一带一路”建设工作领导小组要加强统筹协调，定期研究解决重大问题。",
    "强化政策支持。统筹用好自治区外经贸发展专项资金，对重点口岸、通道和平台项目予以倾斜支持。",
    "做好督促落实。各地区各部门要于每年12月底前将本年度工作进展情况报送自治区商务厅，由其汇总后报自治区人民政府。",
]

md_lines = [
    "# " + IM_TITLE,
    "",
    "> " + IM_NO,
    "> " + IM_DATE_CN,
    "",
    "---",
    "",
    "各盟行政公署、市人民政府，自治区各委、办、厅、局，各大企业、事业单位：",
    "",
    im_pre,
    "",
    "**" + im_1_head + "**",
    "",
    im_1_body,
    "",
    "**" + im_2_head + "**",
    "",
    "**" + im_a_head + "**" + im_a_body,
    "",
    "**" + im_b_head + "**" + im_b_body,
    "",
] + ["- " + b for b in im_b_bullets] + [
    "",
    im_b_tail,
    "",
    "**" + im_c_head + "**" + im_c_body,
    "",
    "**" + im_d_head + "**" + im_d_body,
    "",
    "**" + im_3_head + "**",
    "",
] + ["* " + b for b in im_3_bullets] + [
    "",
    "---",
    "",
    IM_ISSUER,
    "",
    IM_DATE_CN,
    "",
    "（此件公开发布）",
    "",
    "（来源：内蒙古自治区人民政府网站）",
    "",
    "发布于 2024-03-19 08:41・IP 属地内蒙古",
    "",
]
with open(os.path.join(HERE, "blind30_markdown_copy.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(md_lines))

expected["blind30_markdown_copy"] = [{
    "meta": {"title": IM_TITLE, "doc_number": IM_NO, "issuer": IM_ISSUER, "date": "2024-03-12"},
    "clauses": [
        im_pre,
        im_1_head + im_1_body,
        im_a_head + im_a_body,
        im_b_head + im_b_body + "\n" + "\n".join(im_b_bullets) + "\n" + im_b_tail,
        im_c_head + im_c_body,
        im_d_head + im_d_body,
    ] + im_3_bullets + [
        IM_ISSUER + "\n" + IM_DATE_CN,
    ],
    "_note": "Markdown marks (#, **, > , ---, '- ', '* ') must not survive in any title, meta value or clause. "
             "The two '> ' lines are 文号 and 成文日期, not clauses. The 主送 line is addressee metadata, not a clause. "
             "'一、总体要求' + its one paragraph may be one clause (or the heading alone dropped as a heading); "
             "'二、重点任务' and '三、保障措施' are headings. (二) keeps its three bullets and the （责任单位…） line; "
             "splitting (二) into intro/bullets/tail is tolerable if nothing is lost and nothing joins (三). "
             "The three '* ' bullets under 三 are separate items. The signature clause is accepted. "
             "'（此件公开发布）', '（来源：…网站）' and the 知乎 line '发布于 2024-03-19 08:41・IP 属地内蒙古' are noise; "
             "the date is 2024-03-12 (成文日期), not the 2024-03-19 posting date.",
}]

# ====================================================================
# 2. blind30_two_notices.pdf — two 宁夏商务厅 notices merged into one PDF
# ====================================================================

NX = "宁夏回族自治区商务厅"
A_TITLE = "宁夏回族自治区商务厅关于做好2024年中欧班列（银川）出口货源组织工作的通知"
A_NO = "宁商务发〔2024〕45号"
A_TO = "各市、县（区）商务主管部门，宁东能源化工基地管委会经济发展局，有关外贸企业："
A_PRE = "为深入落实自治区党委、政府关于融入共建“一带一路”、建设内陆开放型经济试验区的部署要求，稳定中欧班列（银川）开行频次，提升回程货源组织水平，现就有关事项通知如下。"
A_ITEMS = [
    ("一、明确目标任务。", "2024年全区力争开行中欧班列（银川）120列以上，其中回程班列不少于30列，重点保障葡萄酒、枸杞、新材料、光伏组件等特色产品出口。"),
    ("二、加强货源组织。", "各市、县（区）商务主管部门要摸清辖区内外贸企业出口需求，每月25日前将次月货源计划报送自治区商务厅对外贸易处，确保“以货定列、以列促货”。"),
    ("三、落实支持政策。", "对通过中欧班列（银川）出口的企业，按照《宁夏回族自治区促进外贸高质量发展若干措施》有关规定给予运费补贴，补贴资金实行“先运行、后补贴”。"),
    ("四、做好服务保障。", "银川综合保税区、宁夏国际公铁物流港要优化通关流程，推行“提前申报”“两步申报”等便利化措施，压缩班列组货和通关时间。"),
]
A_5_HEAD = "五、联系方式"
A_5_BODY = "自治区商务厅对外贸易处　联系人：马晓红　电话：0951-5036118"
A_DATE_CN = "2024年5月20日"
A_BANJI = ["抄送：自治区发展改革委、交通运输厅，银川海关，中国铁路兰州局集团有限公司。",
           "宁夏回族自治区商务厅办公室\t2024年5月21日印发"]

B_TITLE = "宁夏回族自治区商务厅关于征集2024年度对共建“一带一路”国家经贸合作重点项目的函"
B_NO = "宁商务函〔2024〕87号"
B_TO = "各市、县（区）商务主管部门，自治区有关商协会："
B_PRE = "为做好中国—阿拉伯国家博览会经贸合作项目储备，推动我区企业深化与共建“一带一路”国家务实合作，现组织开展2024年度重点项目征集工作。有关事项函告如下："
B_ITEMS = [
    ("（一）征集范围。", "在阿拉伯国家、中亚国家及其他共建“一带一路”国家开展的境外投资、对外承包工程、国际产能合作和服务贸易项目。"),
    ("（二）申报条件。", "申报主体须在宁夏依法注册、具有独立法人资格，近三年无重大违法违规记录；项目须已签约或已完成可行性研究。"),
    ("（三）报送要求。", "请各地商务主管部门认真审核，于2024年7月15日前将《重点项目信息表》纸质版（加盖公章）和电子版报送自治区商务厅对外投资和经济合作处。"),
    ("（四）其他事项。", "入库项目将优先推荐参加中阿博览会签约活动，并在自治区外经贸发展专项资金安排中予以倾斜支持。"),
]
B_ATT = "附件：2024年度对共建“一带一路”国家经贸合作重点项目信息表"
B_DATE_CN = "2024年6月28日"
B_CONTACT = "（联系人：李文博，电话：0951-5036209）"
B_BANJI = ["宁夏回族自治区商务厅办公室\t2024年6月28日印发"]

doc = Document()
a4_portrait(doc.sections[0])
page_number_footer(doc.sections[0])
# ---- notice A (文件 format)
red_head(doc, NX + "文件", A_NO)
title(doc, A_TITLE)
para(doc, A_TO, indent=False)
para(doc, A_PRE)
for h, r in A_ITEMS:
    body_item(doc, h, r)
body_item(doc, A_5_HEAD, "")
para(doc, A_5_BODY)
signature(doc, NX, A_DATE_CN)
para(doc, "（此件公开发布）")
banji(doc, A_BANJI)
# ---- notice B (函 format), new page via a new section as merged exports do
s2 = doc.add_section(WD_SECTION.NEW_PAGE)
a4_portrait(s2)
page_number_footer(s2, restart=True)
red_head(doc, NX, B_NO, size=30, number_right=True)
title(doc, B_TITLE)
para(doc, B_TO, indent=False)
para(doc, B_PRE)
for h, r in B_ITEMS:
    body_item(doc, h, r, head_font=KAI)
para(doc, "", indent=False)
p = para(doc, B_ATT)
signature(doc, NX, B_DATE_CN)
para(doc, B_CONTACT)
banji(doc, B_BANJI)

docx2 = os.path.join(HERE, "blind30_two_notices.docx")
doc.save(docx2)
to_pdf(docx2)
os.remove(docx2)

expected["blind30_two_notices"] = [
    {
        "meta": {"title": A_TITLE, "doc_number": A_NO, "issuer": NX, "date": "2024-05-20"},
        "clauses": [A_PRE] + [h + r for h, r in A_ITEMS] + [A_5_HEAD + A_5_BODY, NX + "\n" + A_DATE_CN],
        "_note": "Red 发文机关标志 '宁夏回族自治区商务厅文件', the 文号 line, 主送 line, '（此件公开发布）', the 版记 (抄送 / 印发 lines) "
                 "and the footer page numbers '— 1 —' are not clauses. 五、联系方式 is a heading with one paragraph (may be one clause). "
                 "Date is the 成文日期 2024-05-20, not the 印发 date 2024-05-21. Nothing of notice B may leak into notice A.",
    },
    {
        "meta": {"title": B_TITLE, "doc_number": B_NO, "issuer": NX, "date": "2024-06-28"},
        "clauses": [B_PRE] + [h + r for h, r in B_ITEMS] + [B_ATT, NX + "\n" + B_DATE_CN],
        "_note": "Second document of the same PDF, starting on a new page (its page numbers restart at 1). "
                 "It is a 函 (宁商务函), header without '文件', 文号 right-aligned. The 附件说明 and signature clauses are accepted. "
                 "The contact line '（联系人：李文博，电话：0951-5036209）' after the date is tolerable as a clause of its own but must not be "
                 "joined into (四) or the 附件 line; 版记 印发 line and footers are not clauses.",
    },
]

# ====================================================================
# 3. blind30_landscape_table.docx — 青海 通知 with a landscape 附件 table
# ====================================================================

QH = "青海省发展和改革委员会"
Q_TITLE = "青海省发展和改革委员会关于印发2024年青海省融入共建“一带一路”重点项目计划的通知"
Q_NO = "青发改外资〔2024〕236号"
Q_TO = "各市州发展改革委，省有关部门，有关企业："
Q_PRE = "为深入贯彻落实省委、省政府关于全面融入共建“一带一路”、加快建设向西开放新高地的决策部署，经省政府同意，现将《2024年青海省融入共建“一带一路”重点项目计划》印发给你们，并就有关事项通知如下。"
Q_ITEMS = [
    ("一、压实推进责任。", "各责任单位要按照计划明确的建设内容和年度投资目标，细化分解任务，倒排工期，确保项目按期开工、按进度建设。"),
    ("二、强化要素保障。", "省有关部门要在用地、用能、环评、资金等方面加大支持力度，对列入计划的项目开辟审批“绿色通道”。"),
    ("三、加强调度监测。", "实行重点项目月调度制度，各市州发展改革委于每月5日前通过青海省投资项目在线审批监管平台报送上月项目进展情况。"),
    ("四、做好动态调整。", "省发展改革委将根据项目推进情况，于年中对计划进行一次动态调整，对推进缓慢的项目予以调出。"),
]
Q_ATT = "附件：2024年青海省融入共建“一带一路”重点项目计划表"
Q_DATE_CN = "2024年4月8日"
Q_TABLE_TITLE = "2024年青海省融入共建“一带一路”重点项目计划表"
HEAD = ["序号", "项目名称", "建设地点", "建设内容及规模", "总投资\n（亿元）", "2024年计划\n投资（亿元）", "建设起止年限", "责任单位", "备注"]
HEAD_FLAT = ["序号", "项目名称", "建设地点", "建设内容及规模", "总投资（亿元）", "2024年计划投资（亿元）", "建设起止年限", "责任单位", "备注"]
ROWS = [
    ["1", "西宁综合保税区二期基础设施建设项目", "西宁市\n城北区", "建设标准化厂房8万平方米、查验场地及配套设施", "12.6", "4.2", "2023—2025年", "西宁市人民政府", "续建"],
    ["2", "海东曹家堡保税物流中心（B型）扩建项目", "海东市\n互助县", "新建保税仓库3万平方米、跨境电商监管中心1处", "5.8", "2.1", "2024—2025年", "海东市人民政府\n青海机场有限公司", "新开工"],
    ["3", "格尔木铁路物流枢纽及国际陆港项目", "海西州\n格尔木市", "建设铁路专用线12公里、集装箱堆场15万平方米", "18.4", "5.5", "2024—\n2026年", "海西州人民政府", "新开工"],
    ["4", "中欧班列（西宁）集结中心项目", "西宁市\n湟中区", "建设集结编组站、海关监管作业场所及信息平台", "9.3", "3.0", "2023—2025年", "青海省物产集团有限公司\n西宁市人民政府", "续建"],
    ["5", "青海—南亚国际物流通道陆港项目", "西宁市\n城东区", "建设多式联运中心、冷链仓储5万吨", "7.2", "1.8", "2024—2026年", "省商务厅\n西宁市人民政府", "新开工"],
    ["6", "德令哈光伏产业出口加工基地", "海西州\n德令哈市", "年产光伏组件2GW及配套出口加工设施", "25.0", "8.0", "2024—2027年", "海西州人民政府", "新开工"],
    ["7", "青海藏毯国际贸易服务中心", "海东市\n乐都区", "建设展示交易中心2万平方米、跨境电商直播基地", "3.5", "1.2", "2024—2025年", "海东市人民政府", ""],
    ["8", "中国（青海）—中亚农牧业合作示范园", "海南州\n共和县", "建设牦牛、藏羊精深加工车间及出口检测中心", "6.8", "2.0", "2024—2026年", "海南州人民政府\n省农业农村厅", "新开工"],
    ["9", "西宁曹家堡国际航空口岸功能提升项目", "海东市\n互助县", "改造国际货运站1.2万平方米，建设进境肉类指定监管场地", "4.1", "1.5", "2023—2024年", "青海机场有限公司", "续建，\n年内建成"],
    ["10", "青海丝路文化旅游交流中心", "西宁市\n城西区", "建设对外文化交流展馆及配套服务设施", "2.3", "0.7", "2024—2025年", "省文化和旅游厅", ""],
]
TOT = "%.1f" % sum(float(r[4]) for r in ROWS)
TOT24 = "%.1f" % sum(float(r[5]) for r in ROWS)
Q_NOTE = "注：1.项目排序不分先后；2.建设起止年限为项目整体建设周期，总投资含以前年度已完成投资；3.“备注”栏注明续建或新开工，未注明的为前期工作项目。"

doc = Document()
s1 = doc.sections[0]
a4_portrait(s1)
page_number_footer(s1)
red_head(doc, QH + "文件", Q_NO)
title(doc, Q_TITLE)
para(doc, Q_TO, indent=False)
para(doc, Q_PRE)
for h, r in Q_ITEMS:
    body_item(doc, h, r)
para(doc, "", indent=False)
para(doc, Q_ATT)
signature(doc, QH, Q_DATE_CN)
# landscape section for the 附件
s2 = doc.add_section(WD_SECTION.NEW_PAGE)
a4_landscape(s2)
para(doc, "附件", font=HEI, size=16, indent=False)
para(doc, Q_TABLE_TITLE, font=XBS, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=32, space_after=6)
widths = [Cm(1.1), Cm(4.4), Cm(2.2), Cm(5.0), Cm(1.8), Cm(2.2), Cm(2.2), Cm(3.3), Cm(2.5)]
tbl = doc.add_table(rows=1 + len(ROWS) + 1, cols=9)
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
tbl.autofit = False
for ci, h in enumerate(HEAD):
    set_cell(tbl.rows[0].cells[ci], h, size=11, bold=True, font=HEI)
repeat_header(tbl.rows[0])
for ri, row in enumerate(ROWS, start=1):
    for ci, v in enumerate(row):
        left = WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 3) else WD_ALIGN_PARAGRAPH.CENTER
        # 责任单位 breaks are separate paragraphs, other breaks are soft line breaks
        set_cell(tbl.rows[ri].cells[ci], v, align=left, breaks="para" if ci == 7 else "br")
last = tbl.rows[-1]
m = last.cells[0].merge(last.cells[3])
set_cell(m, "合计", size=11, bold=True, font=HEI)
set_cell(last.cells[4], TOT, bold=True)
set_cell(last.cells[5], TOT24, bold=True)
for ci, w in enumerate(widths):
    tbl.columns[ci].width = w
for row in tbl.rows:
    for ci, w in enumerate(widths):
        row.cells[ci].width = w
p = para(doc, Q_NOTE, size=12, indent=False, exact=20, space_before=6)
page_number_footer(s2)
doc.save(os.path.join(HERE, "blind30_landscape_table.docx"))


def row_clause(vals):
    return "\n".join(h + "：" + v.replace("\n", "") for h, v in zip(HEAD_FLAT, vals) if v)


expected["blind30_landscape_table"] = [{
    "meta": {"title": Q_TITLE, "doc_number": Q_NO, "issuer": QH, "date": "2024-04-08"},
    "clauses": [Q_PRE] + [h + r for h, r in Q_ITEMS] + [Q_ATT, QH + "\n" + Q_DATE_CN]
    + ["｜".join(HEAD_FLAT)]
    + [row_clause(r) for r in ROWS]
    + ["合计\n总投资（亿元）：" + TOT + "\n2024年计划投资（亿元）：" + TOT24, Q_NOTE],
    "_note": "Portrait 通知 then a landscape section holding the 附件 table. Red header, 文号 line, 主送 and footer page numbers are not clauses. "
             "'附件' label and the table title are headings, not clauses. Header row (9 columns, two header cells have a line break: "
             "'总投资\\n（亿元）', '2024年计划\\n投资（亿元）') is an accepted table_header clause; header names should read without the break. "
             "Each of the 10 project rows is ONE clause in 'header：cell' lines; a line break inside a cell (建设地点 '西宁市\\n城北区', "
             "年限 '2024—\\n2026年', 责任单位 as two paragraphs, 备注 '续建，\\n年内建成') may be kept as a space/newline or removed, but must not "
             "split the row or lose text. Empty 备注 cells (rows 7 and 10) may be omitted or blank. The 合计 row has its first four cells merged: "
             "'合计' should appear once, with totals 95.0 and 30.0. The '注：…' line below the table is one clause (splitting into 1./2./3. tolerable).",
}]

with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)

print("wrote", sorted(n for n in os.listdir(HERE) if n.startswith("blind30_")), "and expected.json")
