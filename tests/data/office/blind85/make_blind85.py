# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 85: municipal / county notices whose attachments are forms and templates.
Writes blind85_*.docx, the LibreOffice PDFs and expected.json next to this file."""
import json
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
FS = "仿宋_GB2312"; HEI = "黑体"; KAI = "楷体_GB2312"; XBS = "方正小标宋简体"
RED = RGBColor(0xE6, 0x00, 0x12)


def font(run, name=FS, size=16, bold=False, color=None, underline=None):
    run.font.name = name; run.font.size = Pt(size); run.font.bold = bold
    rpr = run._element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
    if rf is None: rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:eastAsia", "w:ascii", "w:hAnsi"): rf.set(qn(a), name)
    if color is not None: run.font.color.rgb = color
    if underline is not None: run.font.underline = underline
    return run


def para(doc_or_cell, text="", name=FS, size=16, align=None, indent=True, bold=False, color=None, line=Pt(28), before=0, after=0, pbb=False):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format; pf.line_spacing = line; pf.space_before = Pt(before); pf.space_after = Pt(after)
    if indent: pf.first_line_indent = Pt(size * 2)
    if align is not None: p.alignment = align
    if pbb: pf.page_break_before = True
    if text: font(p.add_run(text), name, size, bold, color)
    return p


def border(p, side="bottom", sz=12, color="E60012"):
    ppr = p._p.get_or_add_pPr(); b = ppr.find(qn("w:pBdr"))
    if b is None: b = OxmlElement("w:pBdr"); ppr.append(b)
    e = OxmlElement("w:" + side)
    for k, v in (("val", "single"), ("sz", str(sz)), ("space", "1"), ("color", color)): e.set(qn("w:" + k), v)
    b.append(e)


def page_field(p, size=14):
    font(p.add_run("— "), "宋体", size)
    r = p.add_run(); font(r, "宋体", size)
    for tag, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if tag:
            f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), tag); r._r.append(f)
        else:
            t = OxmlElement("w:instrText" if txt.strip() == "PAGE" else "w:t"); t.text = txt
            t.set(qn("xml:space"), "preserve"); r._r.append(t)
    font(p.add_run(" —"), "宋体", size)


def setup(doc, odd_even):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    s.footer_distance = Mm(20)
    st = doc.styles["Normal"]; st.font.name = FS; st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    if odd_even:
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT; page_field(fp)
        ep = s.even_page_footer.paragraphs[0]; ep.alignment = WD_ALIGN_PARAGRAPH.LEFT; page_field(ep)
    else:
        fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER; page_field(fp)


def red_header(doc, org, number):
    para(doc, org, XBS, 36, WD_ALIGN_PARAGRAPH.CENTER, False, color=RED, line=Pt(60))
    para(doc, "", indent=False)
    p = para(doc, number, FS, 16, WD_ALIGN_PARAGRAPH.CENTER, False, after=4)
    border(p, "bottom", 18)
    para(doc, "", indent=False)


def title(doc, text, pbb=False):
    return para(doc, text, XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, line=Pt(33), after=12, pbb=pbb)


def h1(doc, t): return para(doc, t, HEI, 16)
def h2(doc, t, rest=""):
    p = para(doc, t, KAI, 16)
    if rest: font(p.add_run(rest), FS, 16)
    return p


def body(doc, t): return para(doc, t)


def fujian_list(doc, items):
    p = para(doc, "附件：" + items[0], indent=True)
    for it in items[1:]:
        q = para(doc, "　　　" + it, indent=True)


def signature(doc, org, date, extra=None):
    para(doc, "")
    para(doc, org + "　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, date + "　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    if extra: para(doc, extra)


def banji(doc, cc, printer, pdate):
    para(doc, ""); para(doc, "")
    if cc:
        p = para(doc, cc, FS, 14, indent=False); border(p, "top", 8, "000000")
        p.paragraph_format.left_indent = Pt(14); p.paragraph_format.right_indent = Pt(14)
    p = para(doc, printer + "　　" + pdate + "印发", FS, 14, indent=False)
    if not cc: border(p, "top", 8, "000000")
    border(p, "bottom", 8, "000000"); p.paragraph_format.left_indent = Pt(14)


def fj_label(doc, t, explicit_break=False):
    if explicit_break:
        doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        return para(doc, t, HEI, 16, indent=False)
    return para(doc, t, HEI, 16, indent=False, pbb=True)


def cell_text(cell, lines, size=12, align=None, name=FS, first_indent=False, underline_spans=None):
    cell.paragraphs[0].text = ""
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.paragraph_format.line_spacing = Pt(20)
        if align is not None: p.alignment = align
        if first_indent: p.paragraph_format.first_line_indent = Pt(size * 2)
        font(p.add_run(ln), name, size)


def grid(doc, rows, cols, widths):
    t = doc.add_table(rows=rows, cols=cols); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r in t.rows:
        for i, c in enumerate(r.cells): c.width = Mm(widths[i])
    return t


# ---------------------------------------------------------------------------------------------
# File 1: 宁波市商务局 notice + 附件1 指南 + 附件2 申报表 + 附件3 信用承诺书 (＿＿ blanks)
# ---------------------------------------------------------------------------------------------
N1_TITLE = "宁波市商务局关于组织申报2024年度“一带一路”跨境电商与海外仓专项资金的通知"
N1_MAIN = [
    "为贯彻落实共建“一带一路”倡议和《中国（浙江）自由贸易试验区扩展区域方案》，支持我市企业拓展共建“一带一路”国家市场，根据《宁波市商务促进专项资金管理办法》（甬财政发〔2023〕112号）有关规定，现就组织申报2024年度“一带一路”跨境电商与海外仓专项资金有关事项通知如下：",
    ("h1", "一、支持对象"),
    "在宁波市内依法注册、具有独立法人资格的企业，2023年1月1日至2023年12月31日期间在共建“一带一路”国家开展跨境电商出口或建设运营海外仓的，可按本通知申报。位于中国（浙江）自由贸易试验区宁波片区内的企业优先支持。",
    ("h1", "二、支持内容及标准"),
    ("h2", "（一）跨境电商出口。", "对年度跨境电商出口额达到500万美元以上的企业，按出口额每100万美元给予1万元补助，单家企业最高不超过50万元。"),
    ("h2", "（二）海外仓建设。", "对在共建“一带一路”国家新建或租用面积3000平方米以上海外仓的企业，按实际投入的20%给予补助，单个项目最高不超过100万元。"),
    ("h1", "三、申报程序"),
    ("h2", "（一）企业申报。", "申报企业于2024年6月30日前登录“宁波市商务专项资金管理系统”填报，并将申报材料纸质版（一式三份）报送注册地商务主管部门。"),
    ("h2", "（二）属地审核。", "各区（县、市）商务主管部门于2024年7月15日前完成初审，将审核意见和汇总表报送市商务局。"),
    ("h2", "（三）专家评审和公示。", "市商务局会同市财政局组织专家评审，评审结果在市商务局门户网站公示5个工作日。"),
    ("h1", "四、有关要求"),
    "各地要严格审核把关，确保申报材料真实有效。对弄虚作假、骗取专项资金的企业，按有关规定收回资金，并纳入公共信用信息平台失信记录。",
    "联系人：市商务局电子商务处　王晓燕，电话：0574-89180000。",
]
N1_FJ = ["1．2024年度“一带一路”跨境电商与海外仓专项资金申报指南", "2．2024年度“一带一路”跨境电商与海外仓专项资金申报表", "3．信用承诺书"]
N1_A1_TITLE = "2024年度“一带一路”跨境电商与海外仓专项资金申报指南"
N1_A1 = [
    ("h1", "一、申报材料"),
    ("p", "（一）专项资金申报表（附件2）；"),
    ("p", "（二）信用承诺书（附件3）；"),
    ("p", "（三）营业执照复印件、海关出口报关单或跨境电商平台交易数据等证明材料。"),
    ("h1", "二、审核要点"),
    ("p", "（一）申报企业近三年内未发生重大安全生产、环境污染事故，未被列入严重失信主体名单。"),
    ("p", "（二）同一项目已获得其他市级财政资金支持的，不得重复申报。"),
    ("h1", "三、办理时限"),
    ("p", "材料齐全的，属地商务主管部门自受理之日起10个工作日内出具审核意见。"),
]
N1_A2_TITLE = "2024年度“一带一路”跨境电商与海外仓专项资金申报表"
N1_PROMISE = "本单位承诺：所填报内容及提交的申报材料真实、准确、完整，如有虚假，自愿承担相应责任并退回已获得的专项资金。"
N1_A3_TITLE = "信用承诺书"
N1_A3 = [
    "本单位＿＿＿＿＿＿＿＿＿＿（统一社会信用代码：＿＿＿＿＿＿＿＿＿＿）自愿申报2024年度“一带一路”跨境电商与海外仓专项资金，现郑重承诺如下：",
    "一、所提交的申报材料及数据真实、准确、完整，不存在虚报、瞒报、伪造等情况。",
    "二、本单位近三年内未被列入严重失信主体名单，无重大违法违规记录。",
    "三、同一项目未重复申报其他市级财政资金。",
    "四、自觉接受商务、财政、审计等部门的监督检查。",
    "如违反上述承诺，本单位愿意承担相应法律责任，并同意将相关失信信息纳入公共信用信息平台。",
]


def build_ningbo(path):
    doc = Document(); setup(doc, odd_even=True)
    red_header(doc, "宁波市商务局文件", "甬商务〔2024〕57号")
    title(doc, N1_TITLE)
    para(doc, "各区（县、市）商务主管部门，宁波保税区、宁波前湾新区、中国（浙江）自由贸易试验区宁波片区有关部门，各有关企业：", indent=False)
    for it in N1_MAIN:
        if isinstance(it, str): body(doc, it)
        elif it[0] == "h1": h1(doc, it[1])
        else: h2(doc, it[1], it[2])
    fujian_list(doc, N1_FJ)
    signature(doc, "宁波市商务局", "2024年5月20日", "（此件公开发布）")
    banji(doc, "抄送：市财政局，市市场监管局。", "宁波市商务局办公室", "2024年5月21日")
    # 附件1
    fj_label(doc, "附件1"); title(doc, N1_A1_TITLE)
    for k, t in N1_A1:
        if k == "h1": h1(doc, t)
        else: body(doc, t)
    # 附件2: the form
    fj_label(doc, "附件2"); title(doc, N1_A2_TITLE)
    t = grid(doc, 10, 4, (36, 46, 36, 38))
    cell_text(t.cell(0, 0), ["申报单位名称"]); t.cell(0, 1).merge(t.cell(0, 3))
    cell_text(t.cell(1, 0), ["统一社会信用代码"]); cell_text(t.cell(1, 2), ["注册地址"])
    cell_text(t.cell(2, 0), ["法定代表人"]); cell_text(t.cell(2, 2), ["联系电话"])
    cell_text(t.cell(3, 0), ["是否位于自贸试验区"]); m = t.cell(3, 1).merge(t.cell(3, 3)); cell_text(m, ["□是　　□否"])
    cell_text(t.cell(4, 0), ["申报类别"]); m = t.cell(4, 1).merge(t.cell(4, 3)); cell_text(m, ["□跨境电商　　□海外仓"])
    cell_text(t.cell(5, 0), ["海外仓所在国家（地区）"]); cell_text(t.cell(5, 2), ["仓储面积（㎡）"])
    cell_text(t.cell(6, 0), ["申请资金（万元）"]); t.cell(6, 1).merge(t.cell(6, 3))
    cell_text(t.cell(7, 0), ["项目简介（300字以内）"]); m = t.cell(7, 1).merge(t.cell(7, 3)); cell_text(m, ["", "", "", ""])
    m = t.cell(8, 0).merge(t.cell(8, 3))
    cell_text(m, [N1_PROMISE, "", "申报单位（盖章）：　　　　　　　　法定代表人（签字）：", "日期：　　年　　月　　日"], first_indent=False)
    m.paragraphs[0].paragraph_format.first_line_indent = Pt(24)
    for p in m.paragraphs[2:]: p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    cell_text(t.cell(9, 0), ["区（县、市）商务主管部门审核意见"]); m = t.cell(9, 1).merge(t.cell(9, 3))
    cell_text(m, ["", "", "（盖章）", "年　　月　　日"], align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "填表说明：本表一式三份，申报单位、区（县、市）商务主管部门和市商务局各留存一份。", FS, 12, indent=False, line=Pt(20), before=6)
    # 附件3
    fj_label(doc, "附件3"); title(doc, N1_A3_TITLE)
    para(doc, "宁波市商务局：", indent=False)
    for x in N1_A3: body(doc, x)
    para(doc, ""); para(doc, "")
    para(doc, "承诺单位（盖章）：　　　　　　　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "法定代表人（签字）：　　　　　　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "年　　月　　日　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    doc.save(path)


# ---------------------------------------------------------------------------------------------
# File 2: 青白江区 (county) notice; attachments on pages after explicit breaks, 版记 at the very end;
# 附件1 申报表 with a ☐ checkbox rows and a blank shipment grid; 附件2 承诺书 with underlined-space blanks
# ---------------------------------------------------------------------------------------------
N2_ORG = "成都市青白江区商务和投资促进局"
N2_TITLE = "成都市青白江区商务和投资促进局关于开展2024年度中欧班列（成都）“一带一路”外贸企业运费补贴申报工作的通知"
N2_MAIN = [
    "为推动中国（四川）自由贸易试验区青白江铁路港片区高质量发展，深度融入共建“一带一路”，根据《成都市青白江区促进中欧班列集结中心建设若干政策措施》（青白府发〔2023〕9号），现将2024年度运费补贴申报工作通知如下。",
    ("h1", "一、补贴范围"),
    "2024年1月1日至2024年6月30日期间，通过中欧班列（成都）由青白江铁路港发运至共建“一带一路”国家的外贸货物。",
    ("h1", "二、补贴标准"),
    "（一）对在区内注册的外贸企业，按每标准箱（40英尺）1500元给予运费补贴。",
    "（二）对注册在自贸试验区青白江铁路港片区内的企业，补贴标准上浮10%。",
    "（三）单家企业年度补贴总额不超过200万元。",
    ("h1", "三、申报时间"),
    "2024年8月15日至2024年9月15日。逾期不予受理。",
    ("h1", "四、其他事项"),
    "本通知自印发之日起施行，有效期至2024年12月31日。",
]
N2_FJ = ["1．运费补贴申报表", "2．承诺书"]
N2_A2 = [
    "（一）所报运费、箱量数据与班列运单、报关单一致，真实有效；",
    "（二）申报期内未因同一批货物享受其他同类财政补贴；",
    "（三）如有虚假，自愿退回补贴资金并承担相应法律责任。",
]
N2_PROMISE = "本企业对所填内容的真实性负责，并同意区商务和投资促进局向海关、铁路部门核验相关数据。"


def build_qbj(path):
    doc = Document(); setup(doc, odd_even=False)
    red_header(doc, N2_ORG + "文件", "青白商投发〔2024〕18号")
    title(doc, N2_TITLE)
    para(doc, "各街道办事处，区级有关部门，有关企业：", indent=False)
    for it in N2_MAIN:
        if isinstance(it, str): body(doc, it)
        else: h1(doc, it[1])
    fujian_list(doc, N2_FJ)
    signature(doc, N2_ORG, "2024年8月12日", "（联系人：李强；联系电话：028-83600000）")
    # 附件1
    fj_label(doc, "附件1", explicit_break=True); title(doc, "运费补贴申报表")
    para(doc, "填报单位（盖章）：　　　　　　　　　　　　填报日期：　　年　　月　　日", FS, 12, indent=False, line=Pt(22))
    t = grid(doc, 11, 4, (22, 50, 46, 38))
    cell_text(t.cell(0, 0), ["企业名称"]); cell_text(t.cell(0, 2), ["统一社会信用代码"])
    cell_text(t.cell(1, 0), ["注册地"]); m = t.cell(1, 1).merge(t.cell(1, 3)); cell_text(m, ["☐自贸试验区青白江铁路港片区内　☐区内其他区域"])
    cell_text(t.cell(2, 0), ["企业类型"]); m = t.cell(2, 1).merge(t.cell(2, 3)); cell_text(m, ["☐生产型　☐贸易型　☐跨境电商"])
    m = t.cell(3, 0).merge(t.cell(3, 3)); cell_text(m, ["班列发运明细"], align=WD_ALIGN_PARAGRAPH.CENTER, name=HEI)
    for i, h in enumerate(["序号", "班列发运日期", "目的国（城市）", "标准箱数"]): cell_text(t.cell(4, i), [h], align=WD_ALIGN_PARAGRAPH.CENTER)
    for r in range(5, 8): cell_text(t.cell(r, 0), [str(r - 4)], align=WD_ALIGN_PARAGRAPH.CENTER)
    m = t.cell(8, 0).merge(t.cell(8, 2)); cell_text(m, ["合计"], align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.cell(9, 0), ["申请补贴金额（元）"]); t.cell(9, 1).merge(t.cell(9, 3))
    m = t.cell(10, 0).merge(t.cell(10, 3))
    cell_text(m, [N2_PROMISE, "", "法定代表人（签字）：　　　　　　企业（盖章）", "年　　月　　日"])
    m.paragraphs[0].paragraph_format.first_line_indent = Pt(24)
    for p in m.paragraphs[2:]: p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(doc, "注：本表金额单位为元，标准箱数按40英尺折算；发运明细不够填写的可另附页。", FS, 12, indent=False, line=Pt(20), before=6)
    # 附件2
    fj_label(doc, "附件2", explicit_break=True); title(doc, "承诺书")
    para(doc, N2_ORG + "：", indent=False)
    p = para(doc, "我单位（企业名称：")
    font(p.add_run("　　　　　　　　　　　　"), FS, 16, underline=True)
    font(p.add_run("）郑重承诺："), FS, 16)
    for x in N2_A2: body(doc, x)
    body(doc, "特此承诺。")
    para(doc, ""); para(doc, "")
    para(doc, "承诺单位（盖章）：　　　　　　　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "法定代表人（签字）：　　　　　　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "年　　月　　日　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    # 版记 at the very end (after attachments), as GB/T 9704 puts it on the last page
    banji(doc, None, N2_ORG + "办公室", "2024年8月12日")
    doc.save(path)


def flat(items):
    out = []
    for it in items:
        if isinstance(it, str): out.append(it)
        elif it[0] == "h1": out.append(it[1])
        elif it[0] == "h2": out.append(it[1] + it[2])
        else: out.append(it[1])
    return out


def expected():
    e = {}
    e["blind85_ningbo_notice"] = [
        {"meta": {"title": N1_TITLE, "doc_number": "甬商务〔2024〕57号", "issuer": "宁波市商务局", "date": "2024-05-20",
                  "level": "municipal", "region": "浙江省宁波市", "effective": None, "expires": None},
         "clauses": flat(N1_MAIN),
         "_note": "Furniture, never clauses: red header 宁波市商务局文件, 文号 line, 主送 line, 附件 list (附件：1．…2．…3．…, should become attachment titles), 落款 宁波市商务局/2024年5月20日, （此件公开发布）, 版记 (抄送：市财政局，市市场监管局。 / 宁波市商务局办公室 2024年5月21日印发), page numbers — N —. Headings 一、支持对象 etc. may be their own clause or merged into the first child; (一)(二) headings run into their text. The 联系人 line is tolerated as a clause or as furniture. Attachments are tolerated either as separate documents (as below) or as clauses of the notice, but must not be glued onto 四、有关要求 and must not lose their text. The 附件1/附件2/附件3 labels are furniture."},
        {"meta": {"title": N1_A1_TITLE, "doc_number": None, "issuer": "宁波市商务局", "date": "2024-05-20", "level": "municipal", "region": "浙江省宁波市"},
         "clauses": flat(N1_A1),
         "_note": "附件1 申报指南: an analyst wants every item. Inherits issuer/date/region from the notice (tolerate null date)."},
        {"meta": {"title": N1_A2_TITLE, "doc_number": None, "issuer": "宁波市商务局", "date": "2024-05-20", "level": "municipal", "region": "浙江省宁波市"},
         "clauses": [
             "申报单位名称：", "统一社会信用代码：；注册地址：", "法定代表人：；联系电话：",
             "是否位于自贸试验区：□是　□否", "申报类别：□跨境电商　□海外仓",
             "海外仓所在国家（地区）：；仓储面积（㎡）：", "申请资金（万元）：", "项目简介（300字以内）：",
             N1_PROMISE,
             "区（县、市）商务主管部门审核意见：",
             "填表说明：本表一式三份，申报单位、区（县、市）商务主管部门和市商务局各留存一份。"],
         "_note": "附件2 申报表 (a blank form). What an analyst wants: the field labels (what an applicant must supply), the checkbox options (they define the eligible categories: 自贸试验区 yes/no, 跨境电商/海外仓), the 承诺 sentence inside the merged cell, and the 填表说明. Blank value cells are empty; tolerate rows rendered as bare labels, with or without the trailing ：, with □ kept or dropped. Furniture/blanks: 申报单位（盖章）：, 法定代表人（签字）：, 日期：  年  月  日, （盖章）, 年  月  日 in the 审核意见 cell; these must not become clauses and must not be appended to the 承诺 sentence (tolerated if they trail it). A merged cell repeated across columns (same text in 3 cells) is a discrepancy."},
        {"meta": {"title": N1_A3_TITLE, "doc_number": None, "issuer": None, "date": None, "level": "municipal", "region": "浙江省宁波市"},
         "clauses": N1_A3,
         "_note": "附件3 信用承诺书 template: the opening paragraph with ＿＿ blanks and the four numbered 承诺 items plus the closing paragraph are clauses (blanks may be kept or collapsed). Furniture: 附件3 label, 宁波市商务局： (addressee), 承诺单位（盖章）：, 法定代表人（签字）：, 年  月  日. Issuer of the template is the (blank) applicant; the notice's issuer is tolerated. The date must NOT be parsed from '年 月 日'."},
    ]
    e["blind85_qingbaijiang_notice"] = [
        {"meta": {"title": N2_TITLE, "doc_number": "青白商投发〔2024〕18号", "issuer": N2_ORG, "date": "2024-08-12",
                  "level": "county", "region": "四川省成都市青白江区", "effective": "2024-08-12", "expires": "2024-12-31"},
         "clauses": flat(N2_MAIN),
         "_note": "Furniture: red header, 文号, 主送 各街道办事处，区级有关部门，有关企业：, 附件 list, 落款, （联系人：李强；联系电话：028-83600000） (tolerated as clause), page numbers, and the 版记 which here sits at the very END of the file after 附件2 (成都市青白江区商务和投资促进局办公室 2024年8月12日印发) — it must not become a clause of 附件2 or of the notice. effective = 印发之日 = 2024-08-12 (版记 印发 date and 成文 date coincide); expires 2024-12-31. Headings may merge with first child. The applicability period 2024-01-01..2024-06-30 (货物发运) and 申报时间 2024-08-15..2024-09-15 are clause-level dates, not the document's effective dates. Places: 青白江区 / 四川自贸试验区青白江铁路港片区; destination '共建一带一路国家' is not a place of application."},
        {"meta": {"title": "运费补贴申报表", "doc_number": None, "issuer": N2_ORG, "date": "2024-08-12", "level": "county", "region": "四川省成都市青白江区"},
         "clauses": [
             "企业名称：；统一社会信用代码：",
             "注册地：☐自贸试验区青白江铁路港片区内　☐区内其他区域",
             "企业类型：☐生产型　☐贸易型　☐跨境电商",
             "班列发运明细",
             "序号：1；班列发运日期：；目的国（城市）：；标准箱数：",
             "序号：2；班列发运日期：；目的国（城市）：；标准箱数：",
             "序号：3；班列发运日期：；目的国（城市）：；标准箱数：",
             "合计：",
             "申请补贴金额（元）：",
             N2_PROMISE,
             "注：本表金额单位为元，标准箱数按40英尺折算；发运明细不够填写的可另附页。"],
         "_note": "附件1 申报表. Analyst wants: field labels, checkbox options (注册地 in/out of the 自贸试验区 片区, 企业类型), the shipment grid's column headers (序号/班列发运日期/目的国（城市）/标准箱数), the 承诺 sentence and the 注. The three blank numbered grid rows and 合计 are tolerable either as rows or dropped (they are blanks). Furniture: 附件1 label, 填报单位（盖章）： 填报日期：  年  月  日 line above the table, 法定代表人（签字）： 企业（盖章） 年 月 日 in the last cell. The section row 班列发运明细 may be a clause or be dropped."},
        {"meta": {"title": "承诺书", "doc_number": None, "issuer": None, "date": None, "level": "county", "region": "四川省成都市青白江区"},
         "clauses": ["我单位（企业名称：　　　　　　　　　　　　）郑重承诺："] + N2_A2 + ["特此承诺。"],
         "_note": "附件2 承诺书 template; the blank is underlined full-width spaces (in PDF just spaces) — any whitespace tolerated. Furniture: 附件2 label, addressee line, signature lines, 年 月 日, and the 版记 that follows on the same page. 特此承诺。 tolerated as its own clause, merged with (三), or dropped."},
    ]
    return e


def to_pdf(docx):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(docx)], check=True, capture_output=True, timeout=180)


if __name__ == "__main__":
    f1 = HERE / "blind85_ningbo_notice.docx"; build_ningbo(f1)
    f2 = HERE / "blind85_qingbaijiang_notice.docx"; build_qbj(f2)
    (HERE / "expected.json").write_text(json.dumps(expected(), ensure_ascii=False, indent=1), encoding="utf-8")
    if "--no-pdf" not in sys.argv:
        for f in (f1, f2): to_pdf(f)
    print("ok")
