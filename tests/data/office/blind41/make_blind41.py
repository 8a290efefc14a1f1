# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the forty-first round of blind office files and expected.json.

  (a) blind41_yunnan_fengong.docx — 云南省人民政府办公厅 印发通知 (red 发文机关标志,
      云政办发〔2024〕52号, 主送, two body paragraphs, signature, 成文日期,
      （此件公开发布）), then after a new-page section break a LANDSCAPE section
      holding the attached 《中国（云南）自由贸易试验区提升行动重点任务分工方案》:
      title, one lead paragraph and a 5-column table 序号/重点任务/牵头单位/
      配合单位/完成时限 with a repeated header row (w:tblHeader), four category
      rows merged across all columns (一、…四、) and vertically merged
      牵头单位 / 配合单位 / 完成时限 cells spanning several task rows; then a
      portrait section with the 版记 (抄送, 印发机关 and 印发日期).
  (b) blind41_yunnan_fengong.pdf — the same .docx converted by LibreOffice
      (the table runs over several landscape pages, header row repeated).
  (c) blind41_kunming_xize.docx — municipal 实施细则: a cover page with the title
      alone (page break via section break), a 目录 page typed as lines with dot
      leaders and page numbers, then the body (title repeated, 第一章…第五章,
      第一条…第十二条, 第四条 with items （一）（二）（三）, 附则 with
      "本细则自2025年1月1日起施行，有效期3年。"); each section has a different
      header (none / "昆明市商务局规范性文件" / short title) and its own footer.
  (d) blind41_kunming_xize.pdf — (c) converted by LibreOffice (5 pages; the
      26 pt cover title wraps over three lines).
  expected.json is keyed by file stem; the .docx and .pdf of a stem share it.
Fictional content; real places and organs.  Fonts: Noto Serif/Sans CJK SC, A4.
Run again to rebuild.
"""

import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
SERIF = "Noto Serif CJK SC"; SANS = "Noto Sans CJK SC"
FW = "\u3000"
AL = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "l": WD_ALIGN_PARAGRAPH.LEFT, None: None}


def set_run(run, font=SERIF, size=16, bold=False, color=None):
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


def para(where, text="", font=SERIF, size=16, align="j", indent=True, before=0, after=0, exact=None, bold=False, color=None):
    p = where.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    pf.line_spacing = Pt(exact or round(size * 1.75))
    if indent: pf.first_line_indent = Pt(size * 2)
    if AL[align] is not None: p.alignment = AL[align]
    if text: set_run(p.add_run(text), font, size, bold, color)
    return p


def runs(p, parts, size):
    for t, f in parts:
        set_run(p.add_run(t), f, size)


def add_field(p, instr, font=SERIF, size=14):
    r = p.add_run(); set_run(r, font, size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3): r._element.append(e)


def rule(p, side="bottom", sz=6, color="000000"):
    ppr = p._p.get_or_add_pPr()
    b = ppr.find(qn("w:pBdr"))
    if b is None: b = OxmlElement("w:pBdr"); ppr.append(b)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "1"); e.set(qn("w:color"), color)
    b.append(e)


def a4(section, landscape=False):
    section.page_width, section.page_height = (Cm(29.7), Cm(21.0)) if landscape else (Cm(21.0), Cm(29.7))
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    if landscape:
        section.top_margin = Cm(2.6); section.bottom_margin = Cm(2.4); section.left_margin = Cm(3.5); section.right_margin = Cm(3.3)
    else:
        section.top_margin = Cm(3.7); section.bottom_margin = Cm(3.5); section.left_margin = Cm(2.8); section.right_margin = Cm(2.6)


def header_footer(section, head, start=None, foot_fmt=("— ", " —"), size=10.5, foot=True):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]; hp.text = ""; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if head:
        set_run(hp.add_run(head), SERIF, size); rule(hp)
    fp = section.footer.paragraphs[0]; fp.text = ""; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if foot:
        set_run(fp.add_run(foot_fmt[0]), SERIF, 14); add_field(fp, "PAGE", SERIF, 14); set_run(fp.add_run(foot_fmt[1]), SERIF, 14)
    if start is not None:
        sp = section._sectPr
        for old in sp.findall(qn("w:pgNumType")): sp.remove(old)
        pg = OxmlElement("w:pgNumType"); pg.set(qn("w:start"), str(start)); sp.append(pg)


def east_asian_normal(doc, font=SERIF, size=16):
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
    if rf is None: rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"): rf.set(qn(a), font)


def signature(where, org, date, size=16, right_cm=2.0, font=SERIF):
    for t in (org, date):
        p = para(where, t, font, size, align="r", indent=False); p.paragraph_format.right_indent = Cm(right_cm)


def cell_text(cell, text, font=SERIF, size=12, align="j", bold=False):
    p = cell.paragraphs[0]; p.text = ""
    pf = p.paragraph_format; pf.space_before = Pt(2); pf.space_after = Pt(2); pf.line_spacing = Pt(size * 1.45)
    p.alignment = AL[align]
    set_run(p.add_run(text), font, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit"); c.set(qn("w:val"), "true"); trpr.append(c)


def to_pdf(docx_path, out_pdf):
    prof = tempfile.mkdtemp(prefix="lo41p_"); tmp = tempfile.mkdtemp(prefix="lo41o_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"), out_pdf)
    finally:
        shutil.rmtree(prof, ignore_errors=True); shutil.rmtree(tmp, ignore_errors=True)


expected = {}

# ==================================================================== (a)/(b)
A_MARK = "云南省人民政府办公厅文件"
A_NO = "云政办发〔2024〕52号"
A_PLAN = "中国（云南）自由贸易试验区提升行动重点任务分工方案"
A_TITLE = "云南省人民政府办公厅关于印发《%s》的通知" % A_PLAN
A_ADDR = "各州、市人民政府，省直各委、办、厅、局："
A_PARAS = [
    "《%s》已经省人民政府同意，现印发给你们，请认真贯彻落实。" % A_PLAN,
    "各牵头单位要会同配合单位细化工作举措，明确时间表、路线图，于每年6月30日和12月31日前将工作进展情况报送省商务厅（省自由贸易试验区工作办公室），由其汇总后报省人民政府。",
]
A_ORG = "云南省人民政府办公厅"
A_DATE = "2024年9月12日"
A_PUBLIC = "（此件公开发布）"
A_LEAD = "为深入实施自由贸易试验区提升战略，推动中国（云南）自由贸易试验区（以下简称云南自贸试验区）在服务和融入共建“一带一路”、建设面向南亚东南亚辐射中心中发挥更大作用，对照国家部署要求，制定本分工方案。"
A_HEAD = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
# category, rows; each row = (task, lead, partners, deadline); None = merged with the row above (vertical merge)
A_GROUPS = [
    ("一、投资自由化便利化", [
        ("全面落实外商投资准入前国民待遇加负面清单管理制度，推动负面清单以外领域按照内外资一致原则实施管理，清理与负面清单不符的地方性规定。", "省商务厅", "省发展改革委、省市场监管局", "持续推进"),
        ("在昆明、红河、德宏片区推行外商投资企业设立“一口受理、并联办理”，实现商事登记、外资信息报告等事项一次办结。", None, "省市场监管局、各片区管委会", "2025年6月底前"),
        ("探索对共建“一带一路”国家境外投资项目实行备案“承诺制”，企业承诺符合条件即可办理备案手续，加强事中事后监管。", None, "省发展改革委、国家外汇管理局云南省分局", "2025年12月底前"),
        ("推动设立云南自贸试验区跨境产业投资基金，重点投向中老、中缅跨境产业链供应链项目，撬动社会资本参与。", "省财政厅", "省国资委、云南省投资控股集团有限公司", None),
    ]),
    ("二、贸易便利化", [
        ("深化国际贸易“单一窗口”建设，推动与老挝、越南、缅甸口岸通关数据互联互通，实现进出口申报、查验、放行等环节信息共享。", "昆明海关", "省商务厅、省口岸办", "2025年12月底前"),
        ("在磨憨、河口、瑞丽口岸推广“提前申报”“两步申报”等通关模式，进出口货物整体通关时间压缩至全国平均水平以下。", None, "省口岸办、红河州人民政府、德宏州人民政府、西双版纳州人民政府", "持续推进"),
        ("支持中老铁路国际货运列车开展“铁路快通”业务，推动实现“一次申报、一次查验、一次放行”，提升中老铁路跨境运输效率。", None, "中国铁路昆明局集团有限公司、省交通运输厅", "2025年6月底前"),
        ("发展跨境电商、海外仓等外贸新业态，支持企业在老挝万象、泰国曼谷、越南河内等地布局公共海外仓，完善跨境物流配送网络。", "省商务厅", "省财政厅、各片区管委会", "2026年12月底前"),
        ("推动边民互市贸易进口商品落地加工，扩大东南亚农产品、矿产品进口加工规模，培育一批边贸加工龙头企业。", None, "省工业和信息化厅、红河州人民政府、德宏州人民政府", None),
    ]),
    ("三、金融开放创新", [
        ("扩大人民币在跨境贸易和投资中的使用，推动对老挝、缅甸、越南的本币结算，支持银行机构开展人民币对老挝基普、越南盾直接交易。", "中国人民银行云南省分行", "国家外汇管理局云南省分局、省委金融办", "持续推进"),
        ("开展跨境人民币贷款业务试点，支持片区内符合条件的企业从东盟国家银行机构借入人民币资金，用于片区内生产经营和项目建设。", None, None, "2025年12月底前"),
        ("支持片区开展本外币合一银行结算账户体系试点，便利跨国公司开展跨境资金集中运营管理。", None, "国家外汇管理局云南省分局", None),
        ("发展面向南亚东南亚的跨境保险和出口信用保险业务，为企业“走出去”提供风险保障和融资便利。", "国家金融监督管理总局云南监管局", "中国出口信用保险公司云南分公司", "持续推进"),
    ]),
    ("四、制度型开放和组织保障", [
        ("对标《区域全面经济伙伴关系协定》（RCEP）等高标准经贸规则，推行原产地证书自助打印和“智能审核”，用足用好关税减让和累积规则。", "昆明海关", "省贸促会、省商务厅", "2025年6月底前"),
        ("建立云南自贸试验区制度创新成果评估和复制推广机制，每年总结推广一批具有沿边特色的制度创新案例。", "省商务厅（省自由贸易试验区工作办公室）", "省直有关部门、各片区管委会", "每年12月底前"),
        ("建立重点任务落实情况季度调度、年度评估制度，评估结果纳入州、市和省直部门年度综合考评。", None, "省政府督查室、省直有关部门", None),
    ]),
]


def flat_rows():
    """Fill the merged (None) values from above: what a reader should see per row."""
    out = []; n = 0; prev = None
    for cat, rows in A_GROUPS:
        for r in rows:
            n += 1
            vals = list(r)
            for k in range(1, 4):
                if vals[k] is None: vals[k] = prev[k]
            out.append((cat, n, vals)); prev = vals
    return out


def make_a():
    doc = Document(); east_asian_normal(doc)
    s0 = doc.sections[0]; a4(s0); header_footer(s0, None, start=1)
    # 发文机关标志 + 文号 + red rule
    para(doc, A_MARK, SANS, 32, align="c", indent=False, before=12, after=12, exact=44, bold=True, color="FF0000")
    p = para(doc, A_NO, SERIF, 16, align="c", indent=False, after=6); rule(p, sz=18, color="FF0000")
    para(doc, "", SERIF, 16, indent=False)
    para(doc, A_TITLE, SANS, 22, align="c", indent=False, after=16, exact=36)
    para(doc, A_ADDR, SERIF, 16, align=None, indent=False)
    for t in A_PARAS: para(doc, t, SERIF, 16)
    para(doc, "", SERIF, 16, indent=False)
    signature(doc, A_ORG, A_DATE, 16, 2.0)
    para(doc, A_PUBLIC, SERIF, 16)
    # landscape section for the attachment
    s1 = doc.add_section(WD_SECTION.NEW_PAGE); a4(s1, landscape=True); header_footer(s1, None)
    para(doc, A_PLAN, SANS, 22, align="c", indent=False, before=6, after=12, exact=34)
    para(doc, A_LEAD, SERIF, 16, after=8)
    nrows = 1 + sum(1 + len(rows) for _, rows in A_GROUPS)
    t = doc.add_table(rows=nrows, cols=5); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.5), Cm(10.9), Cm(3.6), Cm(4.6), Cm(2.3)]
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths): gc.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        for c, w in zip(row.cells, widths): c.width = w
    for c, h in zip(t.rows[0].cells, A_HEAD): cell_text(c, h, SANS, 13, "c", True)
    repeat_header(t.rows[0])
    ri = 1; n = 0
    for cat, rows in A_GROUPS:
        r = t.rows[ri]; cant_split(r)
        m = r.cells[0].merge(r.cells[4]); cell_text(m, cat, SANS, 13, "l", True)
        ri += 1
        starts = [None, None, None, None]  # merge anchors for columns 2..4
        for task, lead, partners, deadline in rows:
            n += 1; r = t.rows[ri]; cant_split(r)
            cell_text(r.cells[0], str(n), SERIF, 12, "c")
            cell_text(r.cells[1], task, SERIF, 12, "j")
            for k, v in ((2, lead), (3, partners), (4, deadline)):
                if v is None:
                    top = starts[k - 1]
                    top.merge(t.cell(ri, k))
                else:
                    c = t.cell(ri, k); cell_text(c, v, SERIF, 12, "c"); starts[k - 1] = c
            ri += 1
    # 版记 in a portrait section
    s2 = doc.add_section(WD_SECTION.NEW_PAGE); a4(s2); header_footer(s2, None)
    for _ in range(14): para(doc, "", SERIF, 16, indent=False)
    p = para(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，云南省军区。", SERIF, 14, align="l", indent=False, exact=26)
    p.paragraph_format.left_indent = Pt(14); rule(p, "top", 6); rule(p, "bottom", 4)
    p = para(doc, "", SERIF, 14, align="l", indent=False, exact=26); p.paragraph_format.left_indent = Pt(14)
    runs(p, [("云南省人民政府办公厅", SERIF), (FW * 9, SERIF), ("2024年9月13日印发", SERIF)], 14); rule(p, "bottom", 6)
    dx = os.path.join(HERE, "blind41_yunnan_fengong.docx"); doc.save(dx)
    to_pdf(dx, os.path.join(HERE, "blind41_yunnan_fengong.pdf"))


A_ROWS = ["序号：%d；重点任务：%s；牵头单位：%s；配合单位：%s；完成时限：%s" % (n, v[0], v[1], v[2], v[3]) for cat, n, v in flat_rows()]
A_META = {"title": A_TITLE, "doc_number": A_NO, "issuer": A_ORG, "date": "2024-09-12",
          "addressees": ["各州、市人民政府", "省直各委、办、厅、局"],
          "cc": ["省委各部门", "省人大常委会办公厅", "省政协办公厅", "省法院", "省检察院", "云南省军区"],
          "printed_by": "云南省人民政府办公厅", "printed_date": "2024-09-13",
          "attachments": [A_PLAN]}
A_NOTE = ("Provincial 印发 notice: red 发文机关标志 '云南省人民政府办公厅文件' is furniture (issuing_mark), 文号 under it, 主送 is addressees, signature/date/（此件公开发布） are not clauses. "
          "The attached 分工方案 (landscape section) belongs to the same document (its title may be a heading; a separate document titled with the 方案 name, inheriting 文号/issuer/date, is tolerable as long as nothing is lost). "
          "Table: the header row is repeated on every PDF page (w:tblHeader) and must not become data rows; the category rows 一、…四、 span all columns (headings, never glued into a row and never repeated 5 times); "
          "vertically merged 牵头单位/配合单位/完成时限 cells must be repeated into every row they span (row 2 and 3 have 牵头单位 省商务厅, row 4 has 完成时限 2025年12月底前, row 9 has 完成时限 2026年12月底前, row 11 has 配合单位 国家外汇管理局云南省分局、省委金融办, row 16 has 牵头单位 省商务厅（省自由贸易试验区工作办公室） and 完成时限 每年12月底前). "
          "Rows must not be split at PDF page breaks. 版记 (抄送 / 印发 line) are cc/printed_by, not clauses.")
expected["blind41_yunnan_fengong"] = [{"meta": A_META, "clauses": A_PARAS + [A_LEAD] + A_ROWS, "_note": A_NOTE}]

# ==================================================================== (c)
B_TITLE = "昆明市支持中国（云南）自由贸易试验区昆明片区跨境贸易投资高质量发展实施细则"
B_SHORT = "昆明片区跨境贸易投资高质量发展实施细则"
B_CHAPTERS = [
    ("第一章　总　　则", [
        "第一条　为深入贯彻落实共建“一带一路”倡议和自由贸易试验区提升战略，加快推进中国（云南）自由贸易试验区昆明片区（以下简称昆明片区）建设面向南亚东南亚辐射中心核心区，根据《中国（云南）自由贸易试验区条例》和《昆明市支持自由贸易试验区高质量发展若干政策措施》，结合本市实际，制定本细则。",
        "第二条　本细则适用于在昆明片区依法注册登记、具有独立法人资格、从事跨境贸易和对外投资合作的企业。",
        "第三条　本细则所需资金从市级商务发展专项资金中统筹安排，实行总额控制、据实结算。年度资金不足时，按比例核减。",
    ]),
    ("第二章　支持内容和标准", [
        ["第四条　对昆明片区企业开展下列业务的，按照以下标准给予支持：",
         "（一）通过中老铁路国际货运列车运输进出口货物的，按照每标准箱1000元给予运费补助，单个企业年度补助不超过200万元；",
         "（二）在共建“一带一路”国家新设或者租赁面积1000平方米以上海外仓的，按照实际投资额或者年租金的20%给予补助，单个项目最高100万元；",
         "（三）年度跨境电商进出口额首次突破1亿元的，给予50万元一次性奖励。"],
        "第五条　对在老挝、缅甸、越南等国新设境外经贸合作区，并经省级以上商务主管部门确认的企业，按照中方实际投资额的5%给予补助，最高500万元。",
        "第六条　同一企业同一项目同时符合本细则及本市其他同类政策的，按照“就高不重复”原则给予支持。",
    ]),
    ("第三章　申报和审核", [
        "第七条　市商务局每年发布申报通知，企业应当于每年3月1日至4月30日通过昆明片区企业服务平台提交申请材料。",
        "第八条　市商务局会同市财政局对申报材料进行审核，必要时委托第三方机构开展专项审计，审核结果在市商务局门户网站公示5个工作日。",
    ]),
    ("第四章　监督管理", [
        "第九条　企业应当对申报材料的真实性负责。对弄虚作假、骗取专项资金的，追回已拨付资金，5年内取消其申报资格，并按照有关规定处理。",
        "第十条　市财政局、市商务局按照全面实施预算绩效管理要求，对专项资金使用情况开展绩效评价，评价结果作为以后年度资金安排的重要依据。",
    ]),
    ("第五章　附　　则", [
        "第十一条　本细则由市商务局会同市财政局负责解释。",
        "第十二条　本细则自2025年1月1日起施行，有效期3年。",
    ]),
]
B_TOC = [("第一章　总　　则", 1), ("第二章　支持内容和标准", 2), ("第三章　申报和审核", 3), ("第四章　监督管理", 3), ("第五章　附　　则", 4)]


def toc_line(label, page, width=26):
    # 16 pt on a 15.6 cm line holds 27 full-width characters: leave room for the page number
    dots = "…" * max(4, width - len(label))
    return label + dots + str(page)


def art(doc, text, size=16):
    lab, rest = text.split(FW, 1)
    p = para(doc, "", SERIF, size); runs(p, [(lab, SANS), (FW + rest, SERIF)], size)


def make_c():
    doc = Document(); east_asian_normal(doc)
    # cover
    s0 = doc.sections[0]; a4(s0); header_footer(s0, None, foot=False)
    s0.different_first_page_header_footer = False
    for _ in range(7): para(doc, "", SERIF, 16, indent=False)
    para(doc, B_TITLE, SANS, 26, align="c", indent=False, exact=44)
    # 目录
    s1 = doc.add_section(WD_SECTION.NEW_PAGE); a4(s1); header_footer(s1, "昆明市商务局规范性文件", start=1, foot_fmt=("", ""))
    para(doc, "目　　录", SANS, 22, align="c", indent=False, before=12, after=18, exact=34)
    for lab, pg in B_TOC:
        para(doc, toc_line(lab, pg), SERIF, 16, align="l", indent=False, exact=36)
    # body
    s2 = doc.add_section(WD_SECTION.NEW_PAGE); a4(s2); header_footer(s2, B_SHORT, start=1)
    para(doc, B_TITLE, SANS, 22, align="c", indent=False, after=18, exact=36)
    for ch, arts in B_CHAPTERS:
        para(doc, ch, SANS, 16, align="c", indent=False, before=10, after=10)
        for a in arts:
            if isinstance(a, list):
                art(doc, a[0])
                for it in a[1:]: para(doc, it, SERIF, 16)
            else:
                art(doc, a)
    dx = os.path.join(HERE, "blind41_kunming_xize.docx"); doc.save(dx)
    to_pdf(dx, os.path.join(HERE, "blind41_kunming_xize.pdf"))


B_CLAUSES = []
for ch, arts in B_CHAPTERS:
    for a in arts:
        B_CLAUSES.append("".join(a) if isinstance(a, list) else a)
expected["blind41_kunming_xize"] = B_EXP = [{
    "meta": {"title": B_TITLE, "doc_number": "", "issuer": "", "date": "", "effective": "2025-01-01", "expires": "2027-12-31"},
    "clauses": B_CLAUSES,
    "_note": ("One document only: the cover page (title alone) and the repeated title at the top of the body are the same document; the 目录 lines "
              "('第一章　总　　则……1' …) are not clauses and must not create chapters; the section headers '昆明市商务局规范性文件' and '%s' and the "
              "'— 1 —' footers are furniture. 第一章…第五章 are headings. 第四条 holds its items （一）（二）（三）: one clause with the items, or the items as "
              "sub-clauses of 第四条, are both fine; losing them is not. No issuer, 文号 or date is printed (the interpreting 市商务局 as issuer is tolerable). "
              "effective 2025-01-01 and 有效期3年 → expires 2027-12-31 (2028-01-01 tolerable).") % B_SHORT,
}]

B_EXP[0]["_note"] += " The same holds for the LibreOffice PDF (same stem): there the cover title wraps over three lines and the body title over two; the title must be joined whole and neither title copy may become a clause."


if __name__ == "__main__":
    make_a(); make_c()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    print("ok")
