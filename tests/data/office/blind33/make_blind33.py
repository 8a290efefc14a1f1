# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the thirty-third round of blind office files and expected.json.

Theme: revisions and attachments.  All documents are fictional; provinces,
cities and organs are real, 文号, amounts and wording are invented.  Run again
to rebuild everything next to this script.
"""

import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
FW = "\u3000"
FS = "仿宋_GB2312"
SONG = "宋体"
XBS = "方正小标宋简体"
HEI = "黑体"
KAI = "楷体_GB2312"
ALIGN = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY, None: None}


# ---------------------------------------------------------------- helpers

def set_run(run, font=FS, size=16, bold=False):
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
    return run


def para(container, text="", font=FS, size=16, bold=False, align="j", indent=True, exact=28, before=0, after=0):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if exact:
        pf.line_spacing = Pt(exact)
    pf.first_line_indent = Pt(size * 2) if indent else Pt(0)
    if ALIGN[align] is not None:
        p.alignment = ALIGN[align]
    if text:
        add_text(p, text, font, size, bold)
    return p


def add_text(p, text, font=FS, size=16, bold=False):
    """Add text; '\n' becomes a manual line break (Shift+Enter)."""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = set_run(p.add_run(part), font, size, bold)
        if i < len(parts) - 1:
            r.add_break()
    return p


def add_field(p, instr, font=SONG, size=14):
    r1 = set_run(p.add_run(), font, size)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r1._r.append(fc)
    r2 = set_run(p.add_run(), font, size)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr; r2._r.append(it)
    r3 = set_run(p.add_run(), font, size)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); r3._r.append(fc)
    set_run(p.add_run("1"), font, size)
    r5 = set_run(p.add_run(), font, size)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r5._r.append(fc)


def page_footer(section):
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run(p.add_run("— "), SONG, 14)
    add_field(p, "PAGE")
    set_run(p.add_run(" —"), SONG, 14)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def to_pdf(docx_path, out_pdf):
    tmp = tempfile.mkdtemp(prefix="ob33_")
    try:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        produced = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        shutil.copyfile(produced, out_pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def east_asian_normal(doc, font=FS, size=16):
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    for s in doc.sections:
        s.page_width = Cm(21); s.page_height = Cm(29.7)
        s.top_margin = Cm(3.7); s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8); s.right_margin = Cm(2.6)


def signature(container, org, date, right_cm=2.0):
    for t in (org, date):
        p = para(container, t, align="r", indent=False)
        p.paragraph_format.right_indent = Cm(right_cm)


def cell_text(cell, text, font=FS, size=12, bold=False, align="c"):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = ALIGN[align]
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.line_spacing = Pt(18)
    add_text(p, text, font, size, bold)


def table_borders(t):
    tbl = t._tbl
    tblPr = tbl.tblPr
    b = parse_xml('<w:tblBorders %s>' % nsdecls("w") + "".join(
        '<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % k
        for k in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>')
    tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)


# Word automatic numbering: decimal "%1." (measures / items); each list restarts.
NUM_ABS = """<w:abstractNum %s w:abstractNumId="91">
  <w:nsid w:val="4C2E6D91"/>
  <w:multiLevelType w:val="singleLevel"/>
  <w:tmpl w:val="5B3DAF20"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/>
    <w:lvlText w:val="%%1．"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
  </w:lvl>
</w:abstractNum>""" % nsdecls("w")


def install_numbering(doc, n_lists):
    numbering = doc.part.numbering_part.element
    nums = numbering.findall(qn("w:num"))
    absn = parse_xml(NUM_ABS)
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    for k in range(n_lists):
        numbering.append(parse_xml(
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="91"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' % (nsdecls("w"), 91 + k)))


def set_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), num_id))
    pPr.insert(0, numPr)



def landscape(section):
    from docx.enum.section import WD_ORIENT
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Cm(29.7); section.page_height = Cm(21)
    section.top_margin = Cm(2.5); section.bottom_margin = Cm(2.3)
    section.left_margin = Cm(2.5); section.right_margin = Cm(2.5)


def col_widths(t, widths):
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


# =================================================================== (a) 广西 修订对照表, Word -> PDF

A_TITLE = "《中国（广西）自由贸易试验区条例（修订草案）》修订对照表"
A_NOTE = "说明：左栏为2020年1月1日起施行的《中国（广西）自由贸易试验区条例》原条文，中栏为修订草案条文，右栏为修改说明。未作修改的条文不在本表列出；条文序号调整的，以修订草案序号为准。"
A_HEAD = ["原条文", "修改后条文", "修改说明"]
A_ROWS = [
    ["第一条　为了推进和保障中国（广西）自由贸易试验区建设，根据有关法律、行政法规和国务院批准的《中国（广西）自由贸易试验区总体方案》，结合自治区实际，制定本条例。",
     "第一条　为了推进和保障中国（广西）自由贸易试验区（以下简称自贸试验区）高水平建设，服务共建“一带一路”和西部陆海新通道建设，根据有关法律、行政法规和国务院批准的自贸试验区总体方案，结合自治区实际，制定本条例。",
     "增加服务共建“一带一路”和西部陆海新通道建设的表述，体现自贸试验区的战略定位。"],
    ["第五条　自治区人民政府应当加强对自贸试验区建设的领导，统筹研究和决定自贸试验区改革发展中的重大问题。自治区商务主管部门承担自贸试验区建设的日常工作。南宁、钦州、崇左市人民政府应当做好所在片区建设的相关工作。",
     "第五条　自治区人民政府应当加强对自贸试验区建设的领导，统筹研究和决定自贸试验区改革发展中的重大问题。自治区自由贸易试验区工作办公室设在自治区商务主管部门，负责统筹协调、督促检查和考核评估等日常工作。南宁、钦州、崇左市人民政府应当落实属地责任，做好所在片区建设的相关工作，并为片区管理机构履行职责提供保障。",
     "明确自治区自由贸易试验区工作办公室的设置和职责，压实片区所在地市人民政府属地责任。"],
    ["（新增）",
     "第九条　自贸试验区应当对标《区域全面经济伙伴关系协定》等高标准国际经贸规则，在货物贸易、服务贸易、投资、知识产权、政府采购等领域开展压力测试。自治区有关部门应当及时总结可复制可推广的制度创新成果，按照规定程序在全区推广。",
     "新增条款。落实国家关于稳步扩大制度型开放的要求，推动对接高标准国际经贸规则。"],
    ["第十二条　自贸试验区实行外商投资准入前国民待遇加负面清单管理制度。负面清单之外的领域，按照内外资一致的原则实施管理。",
     "第十三条　自贸试验区实行外商投资准入前国民待遇加负面清单管理制度。负面清单之外的领域，按照内外资一致的原则实施管理。鼓励东盟国家投资者在自贸试验区设立区域总部、研发中心和结算中心，有关部门应当在用地、人才引进、出入境等方面提供便利。",
     "条序调整。增加吸引东盟国家投资者设立区域总部等内容。"],
    ["第十八条　支持在自贸试验区开展跨境人民币业务创新，扩大人民币在中国—东盟跨境贸易和投资中的使用。",
     "第十九条　支持在自贸试验区开展跨境人民币业务创新，扩大人民币在中国—东盟跨境贸易和投资中的使用。支持符合条件的金融机构开展面向东盟的跨境融资、跨境资金池和本外币一体化资金池业务。探索建立面向东盟的金融风险监测预警机制。",
     "条序调整。充实面向东盟金融开放的内容，同时强调风险防控。"],
    ["第二十四条　片区管理机构可以设立行政审批局，集中行使自治区和所在地市人民政府下放或者委托的行政许可事项。具体事项由自治区人民政府确定并向社会公布。",
     "删除",
     "该条内容已由《广西壮族自治区优化营商环境条例》作出规定，予以删除。"],
    ["第三十条　自贸试验区建立改革创新容错机制。改革创新未能实现预期目标，但符合规定条件的，对有关单位和个人不作负面评价，依法免除相关责任。",
     "第三十一条　自贸试验区建立健全改革创新容错纠错机制。改革创新未能实现预期目标，但有关单位和个人依照国家和自治区有关规定决策、实施，且勤勉尽责、未牟取私利的，不作负面评价，依法免除或者减轻相关责任。",
     "条序调整。细化容错条件，与《中华人民共和国公职人员政务处分法》等规定相衔接。"],
    ["（新增）",
     "第三十六条　自贸试验区在国家数据跨境传输安全管理制度框架下，开展面向东盟的数据跨境流动试点，探索建立数据分类分级管理制度。自治区网信部门应当会同有关部门为企业数据出境安全评估、个人信息出境标准合同备案等提供指导和服务。",
     "新增条款。支持数字经济发展，落实国家数据出境安全管理有关规定。"],
]


def make_revision_pdf():
    doc = Document()
    east_asian_normal(doc)
    sec = doc.sections[0]
    landscape(sec)
    page_footer(sec)
    para(doc, "附件2", font=HEI, size=16, align=None, indent=False)
    para(doc, A_TITLE, font=XBS, size=20, align="c", indent=False, exact=36, before=6, after=12)
    para(doc, A_NOTE, font=KAI, size=14, indent=True, exact=24, after=6)
    t = doc.add_table(rows=1 + len(A_ROWS), cols=3)
    table_borders(t)
    for j, h in enumerate(A_HEAD):
        cell_text(t.rows[0].cells[j], h, font=HEI, size=14, align="c")
    repeat_header(t.rows[0])
    for i, row in enumerate(A_ROWS):
        for j, v in enumerate(row):
            al = "c" if v in ("（新增）", "删除") else "j"
            cell_text(t.rows[i + 1].cells[j], v, font=FS, size=13, align=al)
    col_widths(t, [9.6, 9.6, 5.5])
    tmpd = tempfile.mkdtemp(prefix="ob33a_")
    try:
        p = os.path.join(tmpd, "blind33_guangxi_revision.docx")
        doc.save(p)
        to_pdf(p, os.path.join(HERE, "blind33_guangxi_revision.pdf"))
    finally:
        shutil.rmtree(tmpd, ignore_errors=True)


# =================================================================== (b) 四川 通知 + three attachments, .docx

B_NO = "川商自贸〔2024〕15号"
B_TITLE = "四川省商务厅　四川省财政厅关于组织申报2024年度自由贸易试验区服务“一带一路”建设专项资金项目的通知"
B_TITLE_LINES = "四川省商务厅　四川省财政厅\n关于组织申报2024年度自由贸易试验区服务\n“一带一路”建设专项资金项目的通知"
B_ORGS = ["四川省商务厅", "四川省财政厅"]
B_DATE = "2024年4月18日"
B_TO = "各市（州）商务主管部门、财政局，中国（四川）自由贸易试验区各片区管委会："
B_PRE = "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，发挥中国（四川）自由贸易试验区（以下简称四川自贸试验区）服务“一带一路”建设的引领作用，根据《中国（四川）自由贸易试验区服务“一带一路”建设专项资金管理实施细则》，现就组织申报2024年度专项资金项目有关事项通知如下。"
B_SECS = [
    ("一、支持方向", "重点支持四川自贸试验区内企业开展国际物流通道建设、对共建“一带一路”国家贸易促进、境外投资合作以及制度创新成果复制推广等项目。每个项目支持金额原则上不超过300万元。"),
    ("二、申报条件", "申报单位应当在四川自贸试验区内依法注册、具有独立法人资格，近三年无严重失信行为；申报项目应当于2023年1月1日至2024年3月31日期间实施，且未获得其他省级财政资金重复支持。"),
    ("三、申报程序", "申报单位于2024年5月20日前将申报材料报送所在片区管委会，片区管委会会同所在市（州）商务主管部门、财政局审核后，于2024年5月31日前联合行文报送省商务厅、省财政厅。逾期不予受理。"),
    ("四、工作要求", "各地各片区要严格审核把关，对申报材料的真实性、完整性负责。省商务厅、省财政厅将组织第三方机构开展评审，评审结果在省商务厅门户网站公示5个工作日。"),
]
B_CONTACT = ["联系人及电话：省商务厅自贸处　王晓峰　028-83220615", "　　　　　　　省财政厅经建处　李　敏　028-86672043"]
B_ATT = [
    "中国（四川）自由贸易试验区服务“一带一路”建设专项资金管理实施细则",
    "2024年度自由贸易试验区服务“一带一路”建设专项资金项目申报表",
    "信用承诺书",
]
B1_ARTS = [
    "第一条　为规范中国（四川）自由贸易试验区服务“一带一路”建设专项资金（以下简称专项资金）管理，提高资金使用效益，根据《四川省省级财政专项资金管理办法》等规定，制定本细则。",
    "第二条　专项资金由省级财政预算安排，用于支持四川自贸试验区服务共建“一带一路”建设的重点项目。",
    "第三条　省商务厅负责提出专项资金年度支持方向，组织项目申报和评审，会同省财政厅开展绩效评价。省财政厅负责专项资金预算管理和资金拨付。",
    "第四条　专项资金重点支持以下方向：国际物流通道建设；对共建“一带一路”国家贸易促进；境外投资合作；制度创新成果复制推广。",
    "第五条　专项资金采取事后奖补方式，按照项目实际投资额或者实际发生费用的一定比例给予支持，单个项目支持金额不超过300万元。",
    "第六条　申报单位应当在四川自贸试验区内依法注册，具有独立法人资格，财务管理制度健全，近三年无严重失信行为。",
    "第七条　同一项目已获得其他省级财政资金支持的，不得重复申报。",
    "第八条　专项资金使用单位应当按照规定用途使用资金，不得截留、挤占、挪用。对弄虚作假骗取专项资金的，收回已拨付资金，并依法依规追究责任。",
    "第九条　本细则由省商务厅、省财政厅负责解释。",
    "第十条　本细则自2024年5月1日起施行，有效期至2026年12月31日。",
]
B2_FORM = [  # (label, value-span) rows; None value = blank to fill
    [("申报单位（盖章）", 3)],
    [("统一社会信用代码", 1), ("注册地址", 1)],
    [("法定代表人", 1), ("联系电话", 1)],
    [("项目联系人", 1), ("手机", 1)],
    [("项目名称", 3)],
    [("所属片区", 3, "□川南临港片区　□成都青白江铁路港片区　□成都天府新区片区")],
    [("项目类别", 3, "□国际物流通道　□贸易促进　□境外投资合作　□制度创新")],
    [("项目总投资（万元）", 1), ("申请资金（万元）", 1)],
    [("项目简介（500字以内）", 3)],
    [("片区管委会意见", 3, "\n\n（盖章）\n年　　月　　日")],
    [("市（州）商务主管部门、财政局意见", 3, "\n\n（盖章）　　　　　（盖章）\n年　　月　　日")],
]
B2_NOTES = [
    "填表说明：",
    "1．本表一式三份，用A4纸双面打印，加盖申报单位公章。",
    "2．“项目总投资”“申请资金”均以万元为单位，保留两位小数。",
    "3．“项目简介”应当包括项目实施内容、进度、投资构成和预期效益，可另附页。",
]
B3_TO = "四川省商务厅、四川省财政厅："
B3_PRE = "本单位________________（统一社会信用代码：__________________）自愿申报2024年度自由贸易试验区服务“一带一路”建设专项资金项目________________，现郑重承诺如下："
B3_ITEMS = [
    "一、所提交的申报材料真实、准确、完整，不存在虚报、瞒报、伪造等情况。",
    "二、本单位近三年未被列入严重失信主体名单，未发生重大安全生产、环境污染和产品质量事故。",
    "三、申报项目未获得其他省级财政资金支持，不存在重复申报情况。",
    "四、获得专项资金后，严格按照规定用途使用，自觉接受财政、审计等部门的监督检查。",
]
B3_END = "本单位如违反上述承诺，愿意承担相应法律责任，并同意将失信信息纳入全国信用信息共享平台（四川）。"
B3_SIGN = ["承诺单位（盖章）：", "法定代表人（签字）：", "年　　月　　日"]


def make_notice_docx():
    doc = Document()
    east_asian_normal(doc)
    page_footer(doc.sections[0])
    para(doc, B_NO, align="c", indent=False, before=60, after=12)
    para(doc, B_TITLE_LINES, font=XBS, size=22, align="c", indent=False, exact=36, after=12)
    para(doc, B_TO, indent=False)
    para(doc, B_PRE)
    for h, body in B_SECS:
        para(doc, h, font=HEI)
        para(doc, body)
    for c in B_CONTACT:
        para(doc, c, indent=True)
    para(doc, "")
    para(doc, "附件：1．" + B_ATT[0])
    for i, a in enumerate(B_ATT[1:]):
        para(doc, "　　　%d．%s" % (i + 2, a))
    para(doc, "")
    p = para(doc, "四川省商务厅　　　　　　　　四川省财政厅", align="c", indent=False)
    p = para(doc, B_DATE, align="r", indent=False); p.paragraph_format.right_indent = Cm(2.5)
    para(doc, "（此件主动公开）")
    # 附件1
    page_break(doc)
    para(doc, "附件1", font=HEI, indent=False)
    para(doc, B_ATT[0], font=XBS, size=22, align="c", indent=False, exact=36, before=12, after=12)
    for a in B1_ARTS:
        p = para(doc, "")
        head, rest = a.split("　", 1)
        add_text(p, head + "　", HEI)
        add_text(p, rest)
    # 附件2
    page_break(doc)
    para(doc, "附件2", font=HEI, indent=False)
    para(doc, B_ATT[1], font=XBS, size=20, align="c", indent=False, exact=32, before=12, after=12)
    t = doc.add_table(rows=len(B2_FORM), cols=4)
    table_borders(t)
    for i, row in enumerate(B2_FORM):
        cells = t.rows[i].cells
        if len(row) == 2:
            for k, (lab, _) in enumerate(row):
                cell_text(cells[2 * k], lab, size=12)
                cell_text(cells[2 * k + 1], "", size=12)
        else:
            lab, span = row[0][0], row[0][1]
            val = row[0][2] if len(row[0]) > 2 else ""
            cell_text(cells[0], lab, size=12)
            m = cells[1].merge(cells[3])
            cell_text(m, val, size=12, align="r" if "盖章" in val else "j")
            if "简介" in lab:
                t.rows[i].height = Cm(6)
            if "意见" in lab:
                t.rows[i].height = Cm(3)
    col_widths(t, [4.2, 4.0, 3.4, 4.0])
    for n in B2_NOTES:
        para(doc, n, size=14, exact=24, indent=False)
    # 附件3
    page_break(doc)
    para(doc, "附件3", font=HEI, indent=False)
    para(doc, B_ATT[2], font=XBS, size=22, align="c", indent=False, exact=36, before=12, after=12)
    para(doc, B3_TO, indent=False)
    para(doc, B3_PRE)
    for it in B3_ITEMS:
        para(doc, it)
    para(doc, B3_END)
    para(doc, "")
    for s in B3_SIGN:
        p = para(doc, s, align=None, indent=False); p.paragraph_format.left_indent = Cm(8)
    doc.save(os.path.join(HERE, "blind33_sichuan_notice.docx"))


# =================================================================== (c) 湖南 实施方案, text copied out of a gazette PDF

C_NO = "湘政办发〔2024〕21号"
C_ORG = "湖南省人民政府办公厅"
C_DATE = "2024年5月10日"
C_TITLE = "湖南省人民政府办公厅关于印发《湖南省深度融入共建“一带一路”推动自由贸易试验区提升发展实施方案》的通知"
C_TITLE_LINES = ["湖南省人民政府办公厅", "关于印发《湖南省深度融入共建“一带一路”", "推动自由贸易试验区提升发展实施方案》的通知"]
C_TO = "各市州、县市区人民政府，省政府各厅委、各直属机构："
C_COVER = "《湖南省深度融入共建“一带一路”推动自由贸易试验区提升发展实施方案》已经省人民政府同意，现印发给你们，请认真贯彻执行。"
C_PLAN = "湖南省深度融入共建“一带一路”推动自由贸易试验区提升发展实施方案"
C_PLAN_LINES = ["湖南省深度融入共建“一带一路”", "推动自由贸易试验区提升发展实施方案"]
C_PRE = "为深入贯彻落实习近平总书记关于推动共建“一带一路”高质量发展的重要指示精神，加快中国（湖南）自由贸易试验区（以下简称湖南自贸试验区）长沙、岳阳、郴州三个片区提升发展，更好发挥中非经贸深度合作先行区作用，结合我省实际，制定本方案。"
C_BODY = [
    ("h", "一、总体要求"),
    ("p", "坚持以高水平开放为引领，以制度创新为核心，聚焦中非经贸合作和内陆开放通道建设，到2026年，湖南自贸试验区进出口总额突破5000亿元，对共建“一带一路”国家进出口年均增长10%以上，累计形成100项以上制度创新成果。"),
    ("h", "二、重点任务"),
    ("p", "（一）畅通国际物流大通道。加密长沙至欧洲、中亚中欧班列线路，稳定开行岳阳城陵矶港至东盟的近洋航线，推动郴州国际陆港与广东湛江港、广西北部湾港开展铁海联运合作，到2026年中欧班列年开行量达到1500列。"),
    ("p", "（二）深化中非经贸合作。办好中国—非洲经贸博览会，建设中非经贸合作促进创新示范园，扩大非洲咖啡、坚果、可可等特色农产品进口，支持企业在非洲建设境外经贸合作区和海外仓。"),
    ("p", "（三）推进制度型开放。对接《区域全面经济伙伴关系协定》和《数字经济伙伴关系协定》等高标准经贸规则，在跨境服务贸易、数字贸易、知识产权保护等领域开展先行先试，每年形成20项以上制度创新成果。"),
    ("p", "（四）发展贸易新业态。支持长沙片区建设跨境电子商务综合试验区，推动岳阳片区发展保税维修和再制造，支持郴州片区建设有色金属交易中心，培育一批外贸综合服务企业。"),
    ("h", "三、保障措施"),
    ("p", "（一）加强组织领导。省自由贸易试验区工作领导小组统筹推进本方案实施，领导小组办公室负责日常协调调度，每年开展一次评估。"),
    ("p", "（二）强化政策支持。省财政统筹现有专项资金，对自贸试验区服务共建“一带一路”重点项目给予支持，各片区所在市按照规定给予配套。"),
]
C_TAB_TITLE = "重点任务分工表"
C_TAB_HEAD = ["序号", "重点任务", "牵头单位", "完成时限"]
C_TAB = [
    ["1", "中欧班列年开行量达到1500列", "省发展改革委、长沙市人民政府", "2026年"],
    ["2", "建设中非经贸合作促进创新示范园", "省商务厅", "2025年"],
    ["3", "开通岳阳城陵矶港至东盟近洋航线2条以上", "省交通运输厅、岳阳市人民政府", "2025年"],
    ["4", "建设郴州有色金属交易中心", "郴州市人民政府", "2026年"],
]
C_HEADER = "湖南省人民政府公报　2024年第11期"
C_LINES_PER_PAGE = 24


def c_wrap(text, rng, first_indent=0):
    """Cut text as a PDF line would: 28-34 characters a line, whatever the sentence."""
    out = []
    i = 0
    w = rng.randint(28, 34) - first_indent
    while i < len(text):
        j = i + w
        while j < len(text) and text[j] in "，。、；：）》”":  # no line starts with closing punctuation
            j += 1
        out.append(text[i:j])
        i = j
        w = rng.randint(28, 34)
    return out


def c_lines():
    import random
    rng = random.Random(33)
    lines = []
    lines += C_TITLE_LINES
    lines.append(C_NO)
    lines += c_wrap(C_TO, rng)
    lines += c_wrap(C_COVER, rng, 2)
    lines += [C_ORG, C_DATE, "（此件主动公开）"]
    lines += C_PLAN_LINES
    lines += c_wrap(C_PRE, rng, 2)
    for kind, text in C_BODY:
        if kind == "h":
            lines.append(text)
        else:
            lines += c_wrap(text, rng, 2)
    lines.append("附件")
    lines.append(C_TAB_TITLE)
    lines += C_TAB_HEAD
    for row in C_TAB:
        for cell in row:
            if len(cell) > 16:
                lines += [cell[:12], cell[12:]]  # a cell that wrapped inside the table
            else:
                lines.append(cell)
    # paginate: footer "- N -" then the gazette running head on the next page
    out = []
    page = 1
    for k, ln in enumerate(lines):
        if k and k % C_LINES_PER_PAGE == 0:
            out += ["", "- %d -" % page, "", C_HEADER]
            page += 1
        out.append(ln)
    out += ["", "- %d -" % page, ""]
    return out


def make_plan_txt():
    with open(os.path.join(HERE, "blind33_hunan_plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(c_lines()))


# =================================================================== expected.json

def expected():
    a_clauses = [A_NOTE] + ["；".join("%s：%s" % (h, v) for h, v in zip(A_HEAD, row)) for row in A_ROWS]
    b_clauses = [B_PRE] + [h + body for h, body in B_SECS]
    b2_clauses = []
    for row in B2_FORM:
        for cell in row:
            b2_clauses.append(cell[0] + ("：" + cell[2].strip().replace("\n", " ") if len(cell) > 2 else "："))
    b2_clauses += B2_NOTES[1:]
    b3_clauses = [B3_PRE] + B3_ITEMS + [B3_END]
    c_plan = [C_PRE] + [t for k, t in C_BODY if k == "p"] + ["；".join("%s：%s" % (h, v) for h, v in zip(C_TAB_HEAD, row)) for row in C_TAB]
    exp = {
        "blind33_guangxi_revision": [{
            "meta": {"title": A_TITLE, "doc_number": None, "issuer": None, "date": None},
            "clauses": a_clauses,
            "_note": "Word-made landscape PDF, posted on its own as '附件2' of a 征求意见 notice: '附件2' above the title is a label, not part of the title and not a clause. "
                     "No 文号, no issuer, no signature date: the reader should leave them empty (the 2020年1月1日 in the 说明 is the old law's effective date, not this document's date). "
                     "The 说明 paragraph is one clause (or a preamble). Each table row is one clause holding 原条文 / 修改后条文 / 修改说明 under their names; "
                     "the header row is repeated at the top of pages 2 and 3 and must not become a row. Rows 2 (第五条) and 5 (第十八条/第十九条) are split across a page break: "
                     "the tail ('为片区管理机构履行职责提供保障。', '监测预警机制。') belongs to the 修改后条文 of that row, not to a new row. "
                     "'（新增）' and '删除' cells are values, not headings. Separator between column values is free; footer '— N —' must not appear.",
        }],
        "blind33_sichuan_notice": [{
            "meta": {"title": B_TITLE, "doc_number": B_NO, "issuer": "、".join(B_ORGS), "date": "2024-04-18"},
            "clauses": b_clauses,
            "_note": "Joint notice without red header: 文号 above a three-line title (first line names both organs). 主送 is an addressee. "
                     "一、二、三、四、 headings each followed by one paragraph: heading+paragraph as one clause or heading as a label are both fine, a heading glued to the previous paragraph is medium. "
                     "The 联系人及电话 lines may be contact info or one clause; not part of 四、. Attachments list: the three titles (numbered 1．2．3．, second and third lines indented with em spaces). "
                     "Two issuers on one signature line. （此件主动公开） is not a clause. Footer '— N —' is not text. "
                     "The three attachments may be separate documents or parts of this one; either way their titles must be known and each clause must belong to the right attachment.",
        }, {
            "meta": {"title": B_ATT[0], "doc_number": None, "issuer": None, "date": None},
            "clauses": B1_ARTS,
            "_note": "附件1: '附件1' label, then its title, then 第一条…第十条, each one clause labelled 第N条. Effective date 2024-05-01, expiry 2026-12-31 (for this attachment). "
                     "Issuer may be inherited from the notice (四川省商务厅、四川省财政厅) — tolerable either way; the notice's 文号 inherited is tolerable.",
        }, {
            "meta": {"title": B_ATT[1], "doc_number": None, "issuer": None, "date": None},
            "clauses": b2_clauses,
            "_note": "附件2: a blank form. Label cells (申报单位（盖章）, 统一社会信用代码, …) with empty value cells; two label/value pairs on some rows. "
                     "What matters: the form is not read as a header row + data rows with labels as column names (e.g. '申报单位（盖章）：统一社会信用代码'), "
                     "and the 填表说明 items 1．2．3． come out as clauses after the form, not glued into the table or the 附件3 text. "
                     "Form rows may also be skipped as a blank form (low); the （盖章）/年月日 inside the opinion cells are not dates.",
        }, {
            "meta": {"title": B_ATT[2], "doc_number": None, "issuer": None, "date": None},
            "clauses": b3_clauses,
            "_note": "附件3: letter to 四川省商务厅、四川省财政厅 (addressee line, not a clause); blanks ________ kept or dropped are both fine. "
                     "一、…四、 are promise items (clauses, not headings). '承诺单位（盖章）：', '法定代表人（签字）：', '年　月　日' are a signature block: "
                     "not clauses, not an issuer, not a date.",
        }],
        "blind33_hunan_plan": [{
            "meta": {"title": C_TITLE, "doc_number": C_NO, "issuer": C_ORG, "date": "2024-05-10"},
            "clauses": [C_COVER],
            "_note": "Plain text copied out of a gazette PDF: hard line breaks every 28–34 characters that must be joined (words like 湛/江港, 突/破, 累/计 are split across lines). "
                     "Title on three lines, 文号 under the title (gazette layout). 主送 is an addressee. Signature + date + （此件主动公开）. "
                     "Page furniture '- N -' and the running head '湖南省人民政府公报　2024年第11期' must be removed, and the sentence interrupted by them "
                     "(…与广东湛 | - 1 - | 湖南省人民政府公报… | 江港、…) joined back.",
        }, {
            "meta": {"title": C_PLAN, "doc_number": None, "issuer": C_ORG, "date": "2024-05-10"},
            "clauses": c_plan,
            "_note": "Plan title on two lines. 一、二、三、 are headings; '一、总体要求' has one untitled paragraph (clause). （一）… lead-in paragraphs are clauses; the （一）（二） numbering restarts under 三、. "
                     "The 附件 重点任务分工表 is flattened one cell per line (header 序号/重点任务/牵头单位/完成时限, then 4 cells per row); "
                     "row 1 is cut by a page break after its 序号 '1', and row 3's 重点任务 cell wrapped onto two lines (…至东盟近 | 洋航线2条以上). "
                     "Best: rows with header names; tolerable: the table as one block clause or one clause per row without names; "
                     "bad: each cell a separate clause (medium), cells glued into the 三、（二） paragraph (high).",
        }],
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    make_revision_pdf()
    make_notice_docx()
    make_plan_txt()
    expected()
    print("written:", sorted(x for x in os.listdir(HERE) if x.startswith("blind33_") or x == "expected.json"))
