# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the thirty-ninth round of blind office files and expected.json.

  (a) blind39_xiamen_gongbao.pdf — 厦门市人民政府公报 2024年第8期, two columns,
      no cover, running header + page numbers, three documents back to back
      (市政府意见, 办公厅实施意见 starting mid right column, 商务局/财政局联合
      通知 with a table set across both columns between continuous breaks).
  (b) blind39_qingdao_guifan.pdf — single-column excerpt of 青岛政报: a 办公厅
      通知 ending with its 成文日期, directly followed on the same page by a
      片区管委会 规范性文件 with a two-line title, no bracketed 文号, only a
      【文件编号】 line, then its 政策解读.
Fictional content; real places and organs.  Run again to rebuild.
"""

import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
FS = "仿宋_GB2312"; XBS = "方正小标宋简体"; HEI = "黑体"; KAI = "楷体_GB2312"; SONG = "宋体"
FW = "\u3000"
AL = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY, None: None}


def set_run(run, font=FS, size=16, bold=False):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    run.font.size = Pt(size); run.font.bold = bold
    return run


def para(where, text="", font=SONG, size=10.5, align="j", indent=True, before=0, after=0, exact=None):
    p = where.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    pf.line_spacing = Pt(exact or size * 1.5)
    if indent: pf.first_line_indent = Pt(size * 2)
    if AL[align] is not None: p.alignment = AL[align]
    if text: set_run(p.add_run(text), font, size)
    return p


def runs(p, parts, size):
    for t, f in parts:
        set_run(p.add_run(t), f, size)


def add_field(p, instr, font=SONG, size=9):
    r = p.add_run(); set_run(r, font, size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3): r._element.append(e)


def set_cols(section, num, space_twips=425, sep=False):
    sp = section._sectPr
    for c in sp.findall(qn("w:cols")): sp.remove(c)
    cols = OxmlElement("w:cols"); cols.set(qn("w:num"), str(num)); cols.set(qn("w:space"), str(space_twips))
    if sep: cols.set(qn("w:sep"), "1")
    sp.append(cols)


def rule_below(p, sz=6):
    ppr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr"); e = OxmlElement("w:bottom")
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "1"); e.set(qn("w:color"), "000000")
    b.append(e); ppr.append(b)


def header_footer(section, head, start, foot_fmt=("— ", " —"), size=9):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]; hp.text = ""; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run(hp.add_run(head), SONG, size); rule_below(hp)
    fp = section.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run(fp.add_run(foot_fmt[0]), SONG, size); add_field(fp, "PAGE", SONG, size); set_run(fp.add_run(foot_fmt[1]), SONG, size)
    pg = OxmlElement("w:pgNumType"); pg.set(qn("w:start"), str(start)); section._sectPr.append(pg)


def east_asian_normal(doc, font=SONG, size=10.5):
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
    if rf is None: rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"): rf.set(qn(a), font)


def signature(where, org, date, size=10.5, right_cm=1.0, font=SONG):
    for t in (org, date):
        p = para(where, t, font, size, align="r", indent=False); p.paragraph_format.right_indent = Cm(right_cm)


def to_pdf(docx_path, out_pdf):
    prof = tempfile.mkdtemp(prefix="lo39p_"); tmp = tempfile.mkdtemp(prefix="lo39o_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"), out_pdf)
    finally:
        shutil.rmtree(prof, ignore_errors=True); shutil.rmtree(tmp, ignore_errors=True)


def build(doc, name):
    d = tempfile.mkdtemp(prefix="ob39_")
    try:
        dx = os.path.join(d, name + ".docx"); doc.save(dx)
        to_pdf(dx, os.path.join(HERE, name + ".pdf"))
    finally:
        shutil.rmtree(d, ignore_errors=True)


expected = {}

# ==================================================================== (a)
A_HEAD = "厦门市人民政府公报" + FW * 12 + "2024年第8期"

A1_COL = "【市政府文件】"
A1_TITLE = "厦门市人民政府关于支持中国（福建）自由贸易试验区厦门片区高水平对外开放的若干意见"
A1_NO = "厦府〔2024〕56号"
A1_ADDR = "各区人民政府，市直各委、办、局，各开发区管委会，有关单位："
A1_PARAS = [
    "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展和实施自由贸易试验区提升战略的决策部署，支持中国（福建）自由贸易试验区厦门片区（以下简称厦门片区）在更高起点上推进高水平对外开放，经市委、市政府研究，提出以下意见。",
    "一、提升贸易便利化水平。深化国际贸易“单一窗口”建设，推动船舶进出境、货物申报、跨境结算等业务“一网通办”，2024年底前主要业务应用率保持100%。支持厦门片区开展进口商品“前置仓”和出口拼箱集拼业务，压缩整体通关时间。",
    "二、扩大服务业对外开放。支持在厦门片区设立外资控股的旅行社、职业技能培训机构和医疗机构，推动航空维修、融资租赁等服务贸易集聚发展。对经认定的服务贸易创新项目，按项目实际投资额的20%给予最高300万元补助。",
    "三、打造“丝路海运”枢纽港。加密至东南亚、南亚、中东的集装箱航线，对新开通的“丝路海运”命名航线，按照每条航线每年最高150万元给予补贴，补贴期限不超过3年。推进海铁联运，提升中欧（厦门）班列开行质量。",
    "四、推动金融开放创新。支持厦门片区内企业开展跨境人民币结算、跨境双向人民币资金池业务，稳妥推进合格境外有限合伙人（QFLP）试点。鼓励银行机构为共建“一带一路”国家进出口企业提供出口信用保险保单融资服务。",
    "五、加强对台经贸合作。深化厦台两地标准共通、检验检测结果互认，支持台资企业在厦门片区设立区域总部和研发中心。对新引进的台资区域总部，按照其实缴注册资本的1%给予最高500万元一次性奖励。",
    "六、强化人才和要素保障。对厦门片区引进的国际化高层次人才，在出入境、停居留、子女入学等方面提供便利。市自然资源和规划局要优先保障厦门片区重大项目用地，市财政每年安排自贸试验区发展专项资金2亿元。",
    "七、健全工作推进机制。市推进自贸试验区建设工作领导小组要统筹协调重大事项，厦门片区管委会负责具体组织实施，市直各有关部门要按照职责分工制定配套措施，每半年向市人民政府报告一次工作进展。",
    "本意见自印发之日起施行，有效期至2026年12月31日。",
]
A1_ORG = "厦门市人民政府"; A1_DATE = "2024年5月20日"

A2_COL = "【市政府办公厅文件】"
A2_TITLE = "厦门市人民政府办公厅关于加快“丝路海运”港航物流高质量发展的实施意见"
A2_NO = "厦府办〔2024〕41号"
A2_ADDR = "各区人民政府，市直各委、办、局，各开发区管委会："
A2_PARAS = [
    "为进一步擦亮“丝路海运”品牌，加快建设21世纪海上丝绸之路核心区战略支点城市，经市人民政府同意，现提出以下实施意见。",
    ("h", "一、总体目标"),
    "到2026年，厦门港集装箱吞吐量达到1400万标准箱，“丝路海运”命名航线达到120条，联盟成员单位突破400家，港航物流服务能力进入全球港口前列。",
    ("h", "二、重点任务"),
    "（一）完善港口基础设施。加快海天码头、远海码头智能化改造，推进翔安港区规划建设，2025年底前新增集装箱泊位2个。（责任单位：市港口管理局、市交通运输局）",
    "（二）拓展航线网络。支持航运企业开辟至印度尼西亚、越南、泰国、沙特阿拉伯等共建国家的直达航线，培育“丝路海运”快捷航线。（责任单位：市港口管理局、市商务局）",
    "（三）发展航运服务业。推动船舶交易、海事仲裁、航运保险等高端航运服务业在厦门片区集聚，支持设立国际船舶登记服务窗口。（责任单位：市交通运输局、厦门海事局）",
    ("h", "三、保障措施"),
    "各区、各部门要将港航物流发展纳入年度重点工作，市港口管理局要会同有关部门加强跟踪评估，每年年底前将落实情况报市人民政府。",
]
A2_ORG = "厦门市人民政府办公厅"; A2_DATE = "2024年6月5日"

A3_COL = "【部门文件】"
A3_TITLE = "厦门市商务局　厦门市财政局关于下达2024年第一批“一带一路”经贸合作专项资金计划的通知"
A3_NO = "厦商务〔2024〕112号"
A3_ADDR = "各区商务主管部门、财政局，有关企业："
A3_OPEN = "根据《厦门市“一带一路”经贸合作专项资金管理办法》（厦商务规〔2023〕3号），经企业申报、区级初审、市级审核和社会公示，现将2024年第一批“一带一路”经贸合作专项资金计划下达如下："
A3_TBL_HEAD = ["序号", "项目单位", "项目名称", "所在区", "支持金额（万元）"]
A3_TBL_ROWS = [
    ["1", "厦门象屿物流集团有限责任公司", "中老铁路（厦门—万象）海铁联运班列项目", "湖里区", "260"],
    ["2", "厦门建发股份有限公司", "印度尼西亚海外仓建设项目", "思明区", "180"],
    ["3", "厦门国贸控股集团有限公司", "越南境外经贸合作区配套物流中心项目", "思明区", "150"],
    ["4", "厦门钨业股份有限公司", "哈萨克斯坦钨资源深加工合作项目", "海沧区", "110"],
    ["", "合计", "", "", "700"],
]
A3_AFTER = [
    "一、各区财政局要在收到本通知之日起15个工作日内将资金拨付到项目单位，不得截留、挪用。",
    "二、项目单位要严格按照规定用途使用资金，单独核算，并于2024年12月31日前将资金使用情况报所在区商务主管部门。",
    "三、市商务局、市财政局将适时对资金使用情况开展绩效评价，评价结果作为以后年度资金安排的重要依据。",
]
A3_ORG = "厦门市商务局　厦门市财政局"; A3_DATE = "2024年6月14日"


def a_doc(doc, col, title, no, addr):
    para(doc, col, HEI, 12, align=None, indent=False, before=8, after=4)
    para(doc, title, XBS, 14, align="c", indent=False, before=2, after=2, exact=22)
    para(doc, "（" + no + "）", KAI, 10.5, align="c", indent=False, after=4)
    para(doc, addr, SONG, 10.5, align=None, indent=False)


def make_a():
    doc = Document(); east_asian_normal(doc)
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.top_margin = s.bottom_margin = Cm(2.5); s.left_margin = s.right_margin = Cm(2.2)
    s.header_distance = Cm(1.3); s.footer_distance = Cm(1.3)
    set_cols(s, 2, sep=True)
    header_footer(s, A_HEAD, 21, ("·", "·"))
    # doc 1
    a_doc(doc, A1_COL, A1_TITLE, A1_NO, A1_ADDR)
    for t in A1_PARAS: para(doc, t)
    signature(doc, A1_ORG, A1_DATE)
    para(doc, "（此件主动公开）")
    # doc 2
    a_doc(doc, A2_COL, A2_TITLE, A2_NO, A2_ADDR)
    for t in A2_PARAS:
        if isinstance(t, tuple): para(doc, t[1], HEI)
        else: para(doc, t)
    signature(doc, A2_ORG, A2_DATE)
    para(doc, "（此件主动公开）")
    # doc 3
    a_doc(doc, A3_COL, A3_TITLE, A3_NO, A3_ADDR)
    para(doc, A3_OPEN)
    # one-column section for the table
    s2 = doc.add_section(WD_SECTION.CONTINUOUS); set_cols(s2, 1)
    para(doc, "2024年第一批“一带一路”经贸合作专项资金计划表", HEI, 10.5, align="c", indent=False, before=4, after=4)
    tbl = doc.add_table(rows=1 + len(A3_TBL_ROWS), cols=5); tbl.style = "Table Grid"; tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.2), Cm(5.0), Cm(6.4), Cm(1.8), Cm(2.2)]
    for r, row in enumerate([A3_TBL_HEAD] + A3_TBL_ROWS):
        for c, v in enumerate(row):
            cell = tbl.cell(r, c); cell.width = widths[c]; cell.text = ""
            p = cell.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_run(p.add_run(v), HEI if r == 0 else SONG, 9)
    s3 = doc.add_section(WD_SECTION.CONTINUOUS); set_cols(s3, 2, sep=True)
    para(doc, "有关事项通知如下：", before=4)
    for t in A3_AFTER: para(doc, t)
    signature(doc, A3_ORG, A3_DATE)
    para(doc, "（此件主动公开）")
    build(doc, "blind39_xiamen_gongbao")


expected["blind39_xiamen_gongbao"] = [
    {"meta": {"title": A1_TITLE, "doc_number": A1_NO, "issuer": A1_ORG, "date": "2024-05-20"},
     "clauses": A1_PARAS,
     "_note": "Two-column gazette issue without cover. 【市政府文件】 label, the running header '厦门市人民政府公报　…　2024年第8期' and the '·21·' page numbers are not clauses. 文号 is printed in brackets under the title. 主送 is an addressee. 一、…七、 items have inline run-in headings; splitting the heading sentence off is tolerable. Signature/date/（此件主动公开） are not clauses."},
    {"meta": {"title": A2_TITLE, "doc_number": A2_NO, "issuer": A2_ORG, "date": "2024-06-05"},
     "clauses": [t for t in A2_PARAS if not isinstance(t, tuple)],
     "_note": "Starts in the middle of the right column of page 1 under the 【市政府办公厅文件】 label. 一、总体目标 / 二、重点任务 / 三、保障措施 are headings (heading kind tolerable, never glued into clause text). The （责任单位：…） tails belong to their clause."},
    {"meta": {"title": A3_TITLE, "doc_number": A3_NO, "issuer": A3_ORG, "date": "2024-06-14"},
     "clauses": [A3_OPEN] + ["%s | %s" % (r[1], r[2]) for r in A3_TBL_ROWS[:4]] + ["合计 700"] + A3_AFTER,
     "_note": "Joint notice; issuer is both organs (厦门市商务局 first is tolerable if the second is kept somewhere). The table is set across the full page width between two continuous section breaks: each row should be read with its header names (序号/项目单位/项目名称/所在区/支持金额（万元）); the 合计 row may be dropped or kept. The table caption is not a clause. '有关事项通知如下：' may be its own clause or a lead-in."},
]

# ==================================================================== (b)
B_HEAD = "青岛政报" + FW * 16 + "2024年第14期"

B1_TITLE = "青岛市人民政府办公厅关于印发青岛市深度融入共建“一带一路”推进RCEP青岛经贸合作先行创新试验基地建设行动方案的通知"
B1_NO = "青政办发〔2024〕9号"
B1_ADDR = "各区、市人民政府，市政府各部门，市直各单位："
B1_PARAS = [
    "《青岛市深度融入共建“一带一路”推进RCEP青岛经贸合作先行创新试验基地建设行动方案》已经市政府同意，现印发给你们，请认真组织实施。",
]
B1_ORG = "青岛市人民政府办公厅"; B1_DATE = "2024年6月21日"

B2_TITLE = "中国（山东）自由贸易试验区青岛片区管理委员会关于印发支持“一带一路”海外仓发展若干措施的通知"
B2_CODE = "QDCR-2024-0190003"
B2_ADDR = "片区各部门、各单位，各有关企业："
B2_PARAS = [
    "现将《青岛片区支持“一带一路”海外仓发展若干措施》印发给你们，请遵照执行。",
]
B2_SUB = "青岛片区支持“一带一路”海外仓发展若干措施"
B2_ITEMS = [
    "第一条　为加快发展外贸新业态，支持企业在共建“一带一路”国家布局海外仓，根据《中国（山东）自由贸易试验区总体方案》等有关规定，结合青岛片区实际，制定本措施。",
    "第二条　对在共建“一带一路”国家新建或租赁面积在3000平方米以上海外仓的企业，按照实际投资额或年租金的15%给予最高100万元补助。",
    "第三条　对年度跨境电商进出口额首次突破5000万元、1亿元的企业，分别给予20万元、50万元一次性奖励。",
    "第四条　支持企业通过中欧班列（齐鲁号）、“海铁联运”方式开展跨境电商出口，对每标准箱给予500元运费补助，单个企业年度补助不超过80万元。",
    "第五条　本措施由青岛片区管委会经济发展部负责解释，自2024年8月1日起施行，有效期至2026年7月31日。同一项目符合本措施和片区其他政策规定的，按照从高不重复原则予以支持。",
]
B2_ORG = "中国（山东）自由贸易试验区青岛片区管理委员会"; B2_DATE = "2024年7月1日"

B3_TITLE = "《青岛片区支持“一带一路”海外仓发展若干措施》政策解读"
B3_PARAS = [
    ("h", "一、制定背景"),
    "近年来，青岛片区跨境电商进出口额年均增长30%以上，但企业在海外仓布局、物流成本等方面仍面临困难。为支持企业拓展共建“一带一路”国家市场，片区管委会研究制定了本措施。",
    ("h", "二、主要内容"),
    "本措施共5条，重点从海外仓建设补助、跨境电商规模奖励、班列运费补助三个方面给予支持，明确了解释部门、施行日期和有效期。",
    ("h", "三、申报方式"),
    "符合条件的企业可于每年3月31日前通过青岛片区企业服务平台提交申请，具体申报指南另行发布。咨询电话：0532-86981234。",
]


def make_b():
    doc = Document(); east_asian_normal(doc, FS, 14)
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.top_margin = Cm(3.0); s.bottom_margin = Cm(2.8); s.left_margin = Cm(2.8); s.right_margin = Cm(2.6)
    s.header_distance = Cm(1.5); s.footer_distance = Cm(1.6)
    header_footer(s, B_HEAD, 17, ("— ", " —"), 10.5)
    B = 14
    # B1
    para(doc, B1_TITLE, XBS, 18, align="c", indent=False, after=4, exact=28)
    para(doc, B1_NO, FS, B, align="c", indent=False, after=6)
    para(doc, B1_ADDR, FS, B, align=None, indent=False)
    for t in B1_PARAS: para(doc, t, FS, B)
    signature(doc, B1_ORG, B1_DATE, B, 1.5, FS)
    para(doc, "（此件公开发布）", FS, B)
    # B2 right under it, two-line title, 【文件编号】
    para(doc, B2_TITLE, XBS, 18, align="c", indent=False, before=18, after=4, exact=28)
    para(doc, "【文件编号】" + B2_CODE, KAI, B, align="c", indent=False, after=6)
    para(doc, B2_ADDR, FS, B, align=None, indent=False)
    for t in B2_PARAS: para(doc, t, FS, B)
    signature(doc, B2_ORG, B2_DATE, B, 0.5, FS)
    para(doc, B2_SUB, XBS, 16, align="c", indent=False, before=12, after=6)
    for t in B2_ITEMS:
        lab, rest = t.split(FW, 1)
        p = para(doc, "", FS, B); runs(p, [(lab, HEI), (FW + rest, FS)], B)
    # B3 政策解读
    para(doc, "【政策解读】", HEI, B, align=None, indent=False, before=18, after=4)
    para(doc, B3_TITLE, XBS, 18, align="c", indent=False, after=8, exact=28)
    for t in B3_PARAS:
        if isinstance(t, tuple): para(doc, t[1], HEI, B)
        else: para(doc, t, FS, B)
    build(doc, "blind39_qingdao_guifan")


expected["blind39_qingdao_guifan"] = [
    {"meta": {"title": B1_TITLE, "doc_number": B1_NO, "issuer": B1_ORG, "date": "2024-06-21"},
     "clauses": B1_PARAS,
     "_note": "Single-column 青岛政报 excerpt; running header '青岛政报　…　2024年第14期' and '— 17 —' page numbers are not clauses. The 方案 itself is not reprinted: the only clause is the 印发 sentence. Title wraps over two lines and must be joined whole. Ends with signature, date and （此件公开发布）, which must not leak into the next document."},
    {"meta": {"title": B2_TITLE, "doc_number": B2_CODE, "issuer": B2_ORG, "date": "2024-07-01"},
     "clauses": B2_PARAS + B2_ITEMS,
     "_note": "Begins right under the previous document's date on the same page; the title wraps over two lines and there is NO bracketed 文号 — only '【文件编号】QDCR-2024-0190003' (规范性文件统一编号). doc_number empty is medium; the previous document's 文号 is high. The 措施 sub-title is a heading, not a clause; the effective date is 2024-08-01 (expiry 2026-07-31)."},
    {"meta": {"title": B3_TITLE, "doc_number": "", "issuer": "", "date": ""},
     "clauses": [t for t in B3_PARAS if not isinstance(t, tuple)],
     "_note": "Policy interpretation following its policy; may be a separate non-policy document or dropped, but must not be glued as clauses of the 若干措施 (第五条 must end with 予以支持。). 【政策解读】 label is not a clause; 一、二、三、 are headings. Issuer/date absent (inheriting 片区管委会 is tolerable)."},
]


if __name__ == "__main__":
    make_a(); make_b()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    print("ok")
