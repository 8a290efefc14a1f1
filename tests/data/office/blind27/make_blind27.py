# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the twenty-seventh round of blind office files and expected.json.

All three documents are fictional (invented 文号, names, numbers), written in
the way Chinese government offices lay out such files.
  blind27_guide_form.docx    通知 + 附件1 申报指南 + 附件2 申报表 (ruled form)
  blind27_running_title.pdf  6-page 实施方案, running short title in header,
                             "第 N 页 共 6 页" footer, long table over a page break
  blind27_publicity.pdf      公示 with a 25-row table over two pages, header repeated
"""

import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FS = "Noto Serif CJK SC"  # stands in for 仿宋_GB2312
HT = "Noto Sans CJK SC"  # stands in for 黑体 / 小标宋
RED = RGBColor(0xE6, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def font(run, east=FS, size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = east
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), east)
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.header_distance, s.footer_distance = Cm(1.5), Cm(2.0)
    st = d.styles["Normal"]
    st.font.size = Pt(16)
    st.font.name = FS
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), FS)
    pf = st.paragraph_format
    pf.space_before = pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    return d


def para(container, text="", size=16, east=FS, bold=False, align=None, indent=True,
         color=None, line=None, before=0, after=0, right_indent=None):
    p = container.add_paragraph()
    if text:
        font(p.add_run(text), east, size, bold, color)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j" or align is None:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "l":
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    pf = p.paragraph_format
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if line is not None:
        pf.line_spacing = Pt(line)
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if right_indent is not None:
        pf.right_indent = Pt(right_indent)
    return p


def red_rule(p):
    ppr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr")
    bot = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "18"), ("w:space", "6"), ("w:color", "E60000")):
        bot.set(qn(k), v)
    b.append(bot)
    ppr.append(b)


def field(p, instr, shown, size=14, east=FS):
    def r():
        run = p.add_run()
        font(run, east, size)
        return run
    a = r()._element
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); a.append(fc)
    b = r()._element
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr; b.append(it)
    c = r()._element
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); c.append(fc)
    d = r(); d.text = shown
    e = r()._element
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); e.append(fc)


def break_before(p):
    p.paragraph_format.page_break_before = True
    return p


def dash_footer(section, size=14):
    """Footer "— N —" as on most 公文."""
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run("— "), FS, size)
    field(p, "PAGE", "1", size)
    font(p.add_run(" —"), FS, size)


def cell_text(cell, lines, size=12, east=FS, align="l", bold=False, line=20):
    """Write one paragraph per entry of lines into cell (first reuses the empty one)."""
    if isinstance(lines, str):
        lines = [lines]
    for i, t in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if t:
            font(p.add_run(t), east, size, bold)
        p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER,
                       "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
        p.paragraph_format.line_spacing = Pt(line)
        p.paragraph_format.first_line_indent = Pt(0)


def col_widths(table, widths_cm):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def row_height(row, cm):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight"); h.set(qn("w:val"), str(int(cm * 567))); h.set(qn("w:hRule"), "atLeast"); trpr.append(h)


def to_pdf(docx_path, keep_docx=False):
    out = tempfile.mkdtemp(prefix="b27pdf_")
    prof = tempfile.mkdtemp(prefix="b27lo_")
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
                    "--convert-to", "pdf", "--outdir", out, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stem = os.path.splitext(os.path.basename(docx_path))[0]
    shutil.move(os.path.join(out, stem + ".pdf"), os.path.join(HERE, stem + ".pdf"))
    shutil.rmtree(out, ignore_errors=True); shutil.rmtree(prof, ignore_errors=True)
    if not keep_docx:
        os.remove(docx_path)


EXPECTED = {}


# ===================================================== 1. guide + form (docx)
def make_guide_form():
    title = "广西壮族自治区商务厅关于组织申报2024年度自治区级境外经贸合作区奖励资金的通知"
    docno = "桂商外经函〔2024〕37号"
    issuer = "广西壮族自治区商务厅"
    date_cn, date = "2024年5月20日", "2024-05-20"
    addressee = "各设区市商务局，有关企业："
    intro = ("为贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，支持我区企业在共建“一带一路”国家建设境外经贸合作区，"
             "根据《广西壮族自治区境外经贸合作区认定和奖励管理办法》（桂商规〔2023〕4号）有关规定，现就组织申报2024年度自治区级境外经贸合作区奖励资金有关事项通知如下：")
    body = [
        ("h", "一、申报对象"),
        ("p", "在我区依法注册、具有独立法人资格，在共建“一带一路”国家投资建设境外经贸合作区并已办理境外投资备案（核准）手续的企业。具体申报条件详见《申报指南》（附件1）。"),
        ("h", "二、申报时间"),
        ("p", "申报截止时间为2024年6月30日，逾期不予受理。"),
        ("h", "三、申报方式"),
        ("p", "申报单位按照属地原则，将申报材料纸质版一式三份及电子版报送所在设区市商务局。各设区市商务局于2024年7月10日前完成初审，将推荐文件及申报材料报送自治区商务厅（对外投资和经济合作处）。"),
        ("h", "四、工作要求"),
        ("p", "（一）各设区市商务局要加强政策宣传，认真组织辖区企业申报，对申报材料的真实性、完整性进行审核，并对推荐意见负责。"),
        ("p", "（二）申报单位对所报材料的真实性负责。对弄虚作假、骗取奖励资金的，一经查实，取消其申报资格，收回已拨付资金，并依法依规处理。"),
    ]
    contact = "联系人：自治区商务厅对外投资和经济合作处　韦晓东，电话：0771-2815436，电子邮箱：dwtzc_gx@163.com"
    att_lines = ["附件：1．2024年度自治区级境外经贸合作区奖励资金申报指南",
                 "2．2024年度自治区级境外经贸合作区奖励资金申报表"]
    open_note = "（此件公开发布）"

    g_title = "2024年度自治区级境外经贸合作区奖励资金申报指南"
    guide = [
        ("h", "一、申报条件"),
        ("p", "（一）申报单位为在广西壮族自治区内依法注册、具有独立法人资格的企业，近三年内未被列入严重失信主体名单，未发生重大安全生产事故。"),
        ("p", "（二）合作区位于共建“一带一路”国家，已取得所在国土地使用权或租赁权，基础设施累计投资不低于3000万美元，入区企业不少于10家。"),
        ("h", "二、申报材料"),
        ("p", "1．申报表（附件2），须由法定代表人签字并加盖单位公章。"),
        ("p", "2．合作区建设运营情况报告，包括总体规划、投资建设、入区企业、带动当地就业和履行社会责任情况等。"),
        ("p", "3．企业境外投资备案（核准）文件、经审计的上一年度财务报告复印件。"),
        ("h", "三、申报程序"),
        ("p", "企业向所在设区市商务局提交申报材料，设区市商务局初审后出具推荐意见，报自治区商务厅。自治区商务厅会同自治区财政厅组织专家评审，评审结果在自治区商务厅门户网站公示5个工作日，公示无异议的按程序拨付奖励资金。"),
    ]
    f_title = "2024年度自治区级境外经贸合作区奖励资金申报表"
    promise = "本单位郑重承诺：所填报内容及提交的全部申报材料真实、准确、完整，如有虚假，本单位愿承担由此产生的一切法律责任。"

    d = new_doc()
    sec = d.sections[0]
    dash_footer(sec)
    # 红头 (函 style: name of office, red rule, 文号 at right)
    p = para(d, issuer, size=30, east=HT, bold=True, align="c", indent=False, color=RED, line=44)
    red_rule(p)
    para(d, docno, align="r", indent=False, before=6)
    para(d, "", indent=False)
    para(d, title, size=22, east=HT, align="c", indent=False, line=36)
    para(d, "", indent=False)
    para(d, addressee, indent=False)
    para(d, intro)
    for kind, t in body:
        para(d, t, east=HT if kind == "h" else FS)
    para(d, contact)
    para(d, "", indent=False)
    para(d, att_lines[0])
    p = para(d, att_lines[1], indent=False)
    p.paragraph_format.left_indent = Pt(16 * 5)
    para(d, "", indent=False)
    para(d, issuer, align="r", indent=False, right_indent=32)
    para(d, date_cn, align="r", indent=False, right_indent=48)
    para(d, open_note)

    # 附件1
    break_before(para(d, "附件1", east=HT, indent=False, align="l"))
    para(d, g_title, size=22, east=HT, align="c", indent=False, line=36)
    para(d, "", indent=False)
    for kind, t in guide:
        para(d, t, east=HT if kind == "h" else FS)

    # 附件2: the form
    break_before(para(d, "附件2", east=HT, indent=False, align="l"))
    para(d, f_title, size=18, east=HT, align="c", indent=False, line=32, after=8)
    t = d.add_table(rows=11, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [4.2, 3.9, 3.4, 4.1])
    R = t.rows
    # labels
    cell_text(R[0].cells[0], "申报单位名称", align="c")
    R[0].cells[1].merge(R[0].cells[3])
    cell_text(R[1].cells[0], "统一社会信用代码", align="c"); cell_text(R[1].cells[2], "注册地", align="c")
    cell_text(R[2].cells[0], "法定代表人", align="c"); cell_text(R[2].cells[2], "联系人及电话", align="c")
    cell_text(R[3].cells[0], "合作区名称", align="c")
    R[3].cells[1].merge(R[3].cells[3])
    cell_text(R[4].cells[0], "所在国家（城市）", align="c"); cell_text(R[4].cells[2], "规划面积（平方公里）", align="c")
    cell_text(R[5].cells[0], "是否已通过商务部确认考核", align="c")
    m = R[5].cells[1].merge(R[5].cells[3]); cell_text(m, "□是　□否")
    cell_text(R[6].cells[0], "主导产业", align="c")
    m = R[6].cells[1].merge(R[6].cells[3]); cell_text(m, "□农业　□制造业　□服务业")
    cell_text(R[7].cells[0], "累计投资额（万美元）", align="c"); cell_text(R[7].cells[2], "入区企业数（家）", align="c")
    cell_text(R[8].cells[0], "合作区建设运营情况简介（限500字）", align="c")
    R[8].cells[1].merge(R[8].cells[3]); row_height(R[8], 2.6)
    m = R[9].cells[0].merge(R[9].cells[3])
    cell_text(m, [promise, "", "法定代表人（签字）：", "单位（盖章）", "年　月　日"], align="l")
    for i in (2, 3, 4):
        m.paragraphs[i].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    m.paragraphs[0].paragraph_format.first_line_indent = Pt(24)
    cell_text(R[10].cells[0], "设区市商务主管部门推荐意见", align="c")
    m = R[10].cells[1].merge(R[10].cells[3])
    cell_text(m, ["", "", "单位（盖章）", "年　月　日"], align="r"); row_height(R[10], 2.2)
    for r in R[:8]:
        row_height(r, 0.95)
    para(d, "注：本表一式三份，可另附页。", size=12, indent=False, before=4)

    d.save(os.path.join(HERE, "blind27_guide_form.docx"))

    clauses = [addressee, intro]
    for kind, tx in body:
        clauses.append(tx)
    clauses += [contact, att_lines[0] + "\n" + att_lines[1], issuer + "\n" + date_cn, open_note,
                "附件1", g_title]
    clauses += [tx for _, tx in guide]
    clauses += ["附件2", f_title,
                "申报单位名称：",
                "统一社会信用代码：　注册地：",
                "法定代表人：　联系人及电话：",
                "合作区名称：",
                "所在国家（城市）：　规划面积（平方公里）：",
                "是否已通过商务部确认考核：□是　□否",
                "主导产业：□农业　□制造业　□服务业",
                "累计投资额（万美元）：　入区企业数（家）：",
                "合作区建设运营情况简介（限500字）：",
                promise,
                "法定代表人（签字）：\n单位（盖章）\n年　月　日",
                "设区市商务主管部门推荐意见：单位（盖章）　年　月　日",
                "注：本表一式三份，可另附页。"]
    EXPECTED["blind27_guide_form"] = [{
        "meta": {"title": title, "doc_number": docno, "issuer": issuer, "date": date},
        "clauses": clauses,
        "_note": ("One 通知 whose two attachments are part of it; splitting 附件1/附件2 into their own documents is acceptable "
                  "if they keep issuer/date and take 申报指南/申报表 titles. Headings 一、申报对象 etc. may be separate clauses or "
                  "joined with their one paragraph. The form is blank: a careful reader keeps each row's labels (with empty values), "
                  "the printed options '□是　□否' and '□农业　□制造业　□服务业' intact, the 承诺 paragraph exactly once "
                  "(it sits in one cell merged across all four columns), and the 签字/盖章/年　月　日 lines (they share the 承诺 cell, so one clause "
                  "for the whole cell is fine); the first form row must "
                  "not be used as a column header for the others. 附件1/附件2 labels and attachment titles may be dropped or kept as headings. "
                  "Footer '— N —' is noise."),
    }]


# ===================================== 2. running title, 6 pages (docx -> pdf)
def make_running_title():
    title = "关于推进中国（安徽）自由贸易试验区深度融入共建“一带一路”高质量发展的实施方案"
    short = "关于推进中国（安徽）自由贸易试验区……的实施方案"
    docno = "皖自贸办〔2024〕9号"
    issuer = "中国（安徽）自由贸易试验区工作领导小组办公室"
    date_cn, date = "2024年9月12日", "2024-09-12"
    intro = ("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，充分发挥中国（安徽）自由贸易试验区（以下简称安徽自贸试验区）"
             "改革开放试验田作用，推动合肥、芜湖、蚌埠三个片区更好服务和融入共建“一带一路”，结合我省实际，制定本方案。")
    before_tbl = [
        ("h", "一、总体要求"),
        ("p", "（一）指导思想。坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，完整、准确、全面贯彻新发展理念，以制度型开放为重点，以深化与共建“一带一路”国家经贸合作为主线，打造内陆地区高水平对外开放新高地。"),
        ("p", "（二）主要目标。到2027年，安徽自贸试验区与共建“一带一路”国家的贸易投资合作更加紧密，形成一批具有安徽特色的制度创新成果。具体目标如下："),
        ("p", "1．对共建“一带一路”国家进出口额年均增长10%以上，占全省比重稳步提高。"),
        ("p", "2．累计形成服务共建“一带一路”制度创新成果30项以上，其中在全国复制推广5项以上。"),
        ("p", "3．培育境外经贸合作区和海外仓20个以上，中欧班列（合肥）年开行量稳定在800列以上。"),
        ("h", "二、重点任务"),
        ("p", "（一）提升贸易投资便利化水平。"),
        ("p", "1．深化国际贸易“单一窗口”建设。拓展“单一窗口”服务功能，推动与共建“一带一路”国家口岸管理部门信息互换、监管互认、执法互助。"),
        ("p", "2．优化跨境投资服务。完善境外投资备案“一窗受理”机制，为企业提供境外投资政策咨询、风险预警和法律服务。重点做好以下工作："),
        ("p", "（1）建立共建“一带一路”国家投资环境数据库，每年发布国别投资指南不少于10份。"),
        ("p", "（2）支持合肥片区设立境外投资综合服务中心，开展“一站式”境外投资备案、外汇登记和税务辅导。"),
        ("p", "（3）探索建立海外知识产权纠纷应对指导机制，提升企业“走出去”风险防范能力。"),
        ("p", "（二）畅通国际物流通道。"),
        ("p", "1．提升中欧班列运营质效。支持合肥国际陆港建设中欧班列集结中心，拓展至中亚、欧洲的班列线路，推动“班列+跨境电商”“班列+海外仓”融合发展。"),
        ("p", "2．推进江海联运和空铁联运。依托芜湖港、合肥新桥国际机场，完善多式联运“一单制”，探索国际铁路联运提单物权化。"),
        ("p", "（三）深化产业国际合作。"),
        ("p", "1．推动新能源汽车、光伏、家电等优势产业有序“走出去”，支持龙头企业在共建“一带一路”国家布局生产基地和研发中心。"),
        ("p", "2．高水平建设境外经贸合作区，引导产业链上下游企业抱团出海，对新认定的省级境外经贸合作区按规定给予支持。"),
        ("p", "（四）营造市场化法治化国际化一流营商环境。"),
        ("p", "1．健全涉外商事纠纷多元化解机制。支持合肥国际商事调解中心与共建“一带一路”国家仲裁、调解机构开展合作，推广“诉讼+调解+仲裁”一站式解决模式。"),
        ("p", "2．加强涉外法律服务供给。培育一批熟悉国际规则的涉外律师事务所，建立共建“一带一路”国家法律查明服务平台，为企业提供法律咨询和合规指导。"),
        ("p", "3．强化风险防控。建立境外项目安全风险评估和应急处置机制，完善境外企业和人员安全保护体系，守住不发生系统性风险的底线。"),
        ("h", "三、重点任务分工"),
        ("p", "各片区和有关单位要按照以下分工抓好落实："),
    ]
    head = ["序号", "重点任务", "具体举措", "牵头单位", "完成时限"]
    rows = [
        ["1", "深化“单一窗口”建设", "推动与共建“一带一路”国家口岸管理部门开展信息互换、监管互认、执法互助，拓展跨境贸易、物流、金融服务功能", "合肥海关，省商务厅", "2025年12月"],
        ["2", "建立投资环境数据库", "收集整理共建“一带一路”国家投资政策、产业准入和税收制度，每年发布国别投资指南不少于10份", "省商务厅，省外办", "2025年6月"],
        ["3", "设立境外投资综合服务中心", "在合肥片区设立境外投资综合服务中心，提供境外投资备案、外汇登记、税务辅导“一站式”服务", "合肥片区管委会，国家外汇管理局安徽省分局", "2025年3月"],
        ["4", "建立海外知识产权纠纷应对机制", "建设海外知识产权纠纷应对指导工作站，开展涉外知识产权培训和维权援助", "省市场监管局（省知识产权局）", "2025年12月"],
        ["5", "建设中欧班列集结中心", "支持合肥国际陆港扩大集结中心功能，新开行至中亚、欧洲线路不少于3条，推动“班列+海外仓”融合发展", "省发展改革委，合肥市人民政府", "2026年12月"],
        ["6", "推进多式联运“一单制”", "依托芜湖港、合肥新桥国际机场开展江海联运、空铁联运试点，探索国际铁路联运提单物权化", "省交通运输厅，芜湖片区管委会", "2026年6月"],
        ["7", "推动优势产业有序“走出去”", "支持新能源汽车、光伏、家电龙头企业在共建“一带一路”国家布局生产基地、研发中心和营销网络", "省商务厅，省工业和信息化厅", "2027年12月"],
        ["8", "建设境外经贸合作区", "引导产业链上下游企业抱团出海，培育省级境外经贸合作区，对新认定的合作区按规定给予资金支持", "省商务厅，省财政厅", "2027年12月"],
        ["9", "发展跨境电商和海外仓", "支持蚌埠片区建设跨境电商产业园，在共建“一带一路”国家新建公共海外仓不少于5个", "蚌埠片区管委会，省商务厅", "2026年12月"],
        ["10", "深化金融开放创新", "扩大跨境人民币结算规模，支持银行机构为“走出去”企业提供跨境融资、保函和出口信用保险保单融资服务", "人民银行安徽省分行，国家金融监督管理总局安徽监管局", "2026年12月"],
        ["11", "加强人文交流合作", "支持高校与共建“一带一路”国家开展职业教育合作，建设“鲁班工坊”式海外技能培训基地", "省教育厅，省人力资源社会保障厅", "2027年6月"],
        ["12", "开展制度创新成果评估", "每年梳理服务共建“一带一路”制度创新成果，开展第三方评估并择优复制推广", "省自贸办，各片区管委会", "每年12月"],
    ]
    after_tbl = [
        ("h", "四、保障措施"),
        ("p", "（一）加强组织领导。在省自贸试验区工作领导小组统筹下，建立省直有关部门和各片区协同推进机制，定期调度重点任务进展，协调解决重大问题。"),
        ("p", "（二）强化政策支持。统筹用好省级外经贸发展专项资金、自贸试验区建设专项资金，对服务共建“一带一路”成效突出的项目给予倾斜支持。"),
        ("p", "（三）完善评估机制。将本方案落实情况纳入自贸试验区建设年度评估内容，评估结果作为资金安排和评先评优的重要依据。"),
        ("p", "（四）加强宣传引导。及时总结推广各片区服务共建“一带一路”的典型案例和经验做法，讲好安徽开放故事，营造全社会关心支持自贸试验区建设的良好氛围。"),
    ]

    d = new_doc()
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(hp.add_run(short), FS, 10.5)
    hb = hp._p.get_or_add_pPr(); b = OxmlElement("w:pBdr"); bot = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bot.set(qn(k), v)
    b.append(bot); hb.append(b)
    for ft in (sec.footer, sec.first_page_footer):
        p = ft.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        font(p.add_run("第 "), FS, 10.5); field(p, "PAGE", "1", 10.5)
        font(p.add_run(" 页 共 "), FS, 10.5); field(p, "NUMPAGES", "6", 10.5)
        font(p.add_run(" 页"), FS, 10.5)

    p = para(d, issuer + "文件", size=24, east=HT, bold=True, align="c", indent=False, color=RED, line=40)
    para(d, "", indent=False)
    p = para(d, docno, align="c", indent=False)
    red_rule(p)
    para(d, "", indent=False)
    para(d, title, size=22, east=HT, align="c", indent=False, line=36)
    para(d, "", indent=False)
    para(d, intro)
    for kind, tx in before_tbl:
        para(d, tx, east=HT if kind == "h" else FS)
    t = d.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(head):
        cell_text(t.rows[0].cells[i], h, size=12, east=HT, align="c", bold=True)
    for r, row in zip(t.rows[1:], rows):
        for i, c in enumerate(row):
            cell_text(r.cells[i], c, size=12, align="c" if i in (0, 4) else "l")
    col_widths(t, [1.5, 3.3, 6.4, 3.2, 2.2])
    for kind, tx in after_tbl:
        para(d, tx, east=HT if kind == "h" else FS)
    para(d, "", indent=False)
    para(d, "", indent=False)
    para(d, issuer, align="r", indent=False, right_indent=16)
    para(d, date_cn, align="r", indent=False, right_indent=64)
    path = os.path.join(HERE, "blind27_running_title.docx")
    d.save(path)
    to_pdf(path)

    clauses = [intro] + [tx for _, tx in before_tbl]
    for row in rows:
        clauses.append("\n".join("%s：%s" % (h, c) for h, c in zip(head, row)))
    clauses += [tx for _, tx in after_tbl]
    clauses.append(issuer + "\n" + date_cn)
    EXPECTED["blind27_running_title"] = [{
        "meta": {"title": title, "doc_number": docno, "issuer": issuer, "date": date},
        "clauses": clauses,
        "_note": ("Pages 2-6 carry the running header '%s' and every page the footer '第 N 页 共 6 页': both are noise and must not appear in, "
                  "or split, any clause. The red 发文机关 line '…文件' is masthead, not a clause. The 重点任务分工 table (12 rows, no repeated "
                  "header) runs over a page break; each row must be one clause, its wrapped cell lines joined without stray spaces, the row "
                  "cut by the page break (if any) rejoined, and rows on the second page still read with the header of the first. "
                  "Headings like 二、重点任务 and （一）提升贸易投资便利化水平。 may stand alone or open the next clause." % short),
    }]


# ============================================= 3. publicity notice (docx -> pdf)
def make_publicity():
    title = "关于2024年度云南省省级境外经贸合作区拟认定名单的公示"
    issuer = "云南省商务厅"
    date_cn, date = "2024年7月31日", "2024-07-31"
    paras = [
        "根据《云南省省级境外经贸合作区认定管理办法》（云商规〔2022〕3号）和《云南省商务厅关于开展2024年度省级境外经贸合作区认定工作的通知》（云商外经〔2024〕21号）要求，经企业申报、州（市）商务主管部门初审推荐、专家评审和实地核查，拟认定以下25家企业建设的合作区为2024年度云南省省级境外经贸合作区，现予以公示。",
        "公示期为2024年8月1日至8月7日（5个工作日）。",
        "公示期间，如对拟认定名单有异议，请以书面形式向我厅反映。以单位名义反映的须加盖单位公章，以个人名义反映的须签署真实姓名并提供有效联系方式。匿名或超出公示期限的意见不予受理。",
        "联系电话：0871-63218546，0871-63218570（传真）",
        "电子邮箱：ynswt_dwtz@126.com",
        "地址：昆明市西山区滇池路569号云南省商务厅对外投资和经济合作处（邮编：650228）",
    ]
    tbl_title = "2024年度云南省省级境外经贸合作区拟认定名单"
    head = ["序号", "企业名称", "所在州市", "合作区名称"]
    data = [
        ("云南建投国际工程有限公司", "昆明市", "老挝万象赛色塔综合开发区配套产业园"),
        ("云南海诚实业集团股份有限公司", "昆明市", "老挝磨丁经济特区物流产业园"),
        ("红河州南亚进出口贸易有限公司", "红河哈尼族彝族自治州", "越南老街农产品加工合作园"),
        ("西双版纳景兰实业有限公司", "西双版纳傣族自治州", "老挝南塔磨憨—磨丁跨境合作园"),
        ("德宏州瑞丽宏达投资有限公司", "德宏傣族景颇族自治州", "缅甸木姐边境经济合作区配套园"),
        ("云南滇中农业开发有限公司", "玉溪市", "柬埔寨磅湛现代农业产业园"),
        ("曲靖云能新材料股份有限公司", "曲靖市", "老挝甘蒙硅材料产业合作园"),
        ("普洱澜沧江国际贸易有限公司", "普洱市", "老挝丰沙里农业综合开发区"),
        ("保山腾冲国际商贸有限公司", "保山市", "缅甸密支那木材加工产业园"),
        ("临沧恒盛边贸有限公司", "临沧市", "缅甸清水河边境经济合作园"),
        ("文山天麻产业集团有限公司", "文山壮族苗族自治州", "越南河江中药材种植加工园"),
        ("大理滇西物流有限公司", "大理白族自治州", "缅甸曼德勒物流商贸园"),
        ("楚雄彝盛矿业有限公司", "楚雄彝族自治州", "老挝沙湾拿吉矿产加工园"),
        ("昭通乌蒙实业有限公司", "昭通市", "泰国罗勇工业园云南产业园"),
        ("丽江玉龙文旅投资有限公司", "丽江市", "尼泊尔博卡拉文旅合作园"),
        ("云南农垦集团有限责任公司", "昆明市", "老挝琅勃拉邦橡胶种植加工园"),
        ("云南白药国际医药有限公司", "昆明市", "泰国春武里生物医药产业园"),
        ("红河州蒙自开元工贸有限公司", "红河哈尼族彝族自治州", "越南海防轻工产业合作园"),
        ("怒江兰坪有色金属有限公司", "怒江傈僳族自治州", "缅甸克钦邦有色金属加工园"),
        ("迪庆香格里拉高原农业有限公司", "迪庆藏族自治州", "尼泊尔加德满都高原农业示范园"),
        ("玉溪研和工业投资有限公司", "玉溪市", "柬埔寨西哈努克港经济特区云南园"),
        ("德宏州芒市南方建材有限公司", "德宏傣族景颇族自治州", "缅甸曼德勒缪达工业区建材园"),
        ("西双版纳勐腊农业科技有限公司", "西双版纳傣族自治州", "老挝乌多姆赛农业科技园"),
        ("曲靖宣威火腿食品有限公司", "曲靖市", "越南河内食品加工合作园"),
        ("云南省交通投资建设集团有限公司", "昆明市", "孟加拉国吉大港综合物流园"),
    ]
    rows = [[str(i + 1), a, b, c] for i, (a, b, c) in enumerate(data)]

    d = new_doc()
    sec = d.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run("- "), FS, 14); field(p, "PAGE", "1", 14); font(p.add_run(" -"), FS, 14)
    para(d, title, size=22, east=HT, align="c", indent=False, line=36, after=12)
    for tx in paras:
        para(d, tx)
    para(d, "", indent=False)
    para(d, tbl_title, size=16, east=HT, align="c", indent=False, after=6)
    t = d.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(head):
        cell_text(t.rows[0].cells[i], h, size=10, east=HT, align="c", bold=True, line=15)
    repeat_header(t.rows[0])
    for r, row in zip(t.rows[1:], rows):
        for i, c in enumerate(row):
            cell_text(r.cells[i], c, size=10, align="c" if i in (0, 2) else "l", line=15)
        row_height(r, 0.7)
        cant_split(r)
    col_widths(t, [1.2, 5.75, 4.1, 5.75])
    para(d, "", indent=False)
    para(d, "", indent=False)
    para(d, issuer, align="r", indent=False, right_indent=40)
    para(d, date_cn, align="r", indent=False, right_indent=32)
    path = os.path.join(HERE, "blind27_publicity.docx")
    d.save(path)
    to_pdf(path)

    clauses = list(paras)
    for row in rows:
        clauses.append("\n".join("%s：%s" % (h, c) for h, c in zip(head, row)))
    clauses.append(issuer + "\n" + date_cn)
    EXPECTED["blind27_publicity"] = [{
        "meta": {"title": title, "doc_number": None, "issuer": issuer, "date": date},
        "clauses": clauses,
        "_note": ("A 公示 has no 文号 (doc_number null, not a 文号 quoted in the text such as 云商规〔2022〕3号 or 云商外经〔2024〕21号). "
                  "Issuer 云南省商务厅 from the signature; date is the signing date 2024-07-31, not the 公示期 dates. The 公示期 sentence "
                  "and the contact lines (电话/邮箱/地址) may be separate clauses or one, but must be kept. The table title is a heading "
                  "and may be dropped or kept. 25 rows, each one clause; the header row repeated on page 2 must not become a row; "
                  "long 州 names like 红河哈尼族彝族自治州 must not be cut. Footer '- N -' is noise."),
    }]


if __name__ == "__main__":
    make_guide_form()
    make_running_title()
    make_publicity()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    print("wrote", sorted(os.listdir(HERE)))
