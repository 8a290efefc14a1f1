# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the fortieth round of blind office files and expected.json.

  (a) blind40_sichuan_pifu.docx and blind40_sichuan_pifu.pdf (same docx,
      PDF by LibreOffice) — 四川省人民政府 批复 川府函〔2024〕97号 with red
      版头 "四川省人民政府文件", red rule, 主送 泸州市人民政府, opening
      "你市《关于……的请示》（泸府〔2024〕12号）收悉。现批复如下：", items
      一、…四、, signature, date, （此件公开发布）, and a 版记 set as a
      two-row bordered table (抄送 row, 印发 row) at the foot.
  (b) blind40_guangdong_fuhan.pdf — 广东省商务厅 复函 粤商务贸函〔2024〕88号,
      函 format: red organ name only, red double rule, 文号 flush right under
      the rule; cites the requesting 函's number in its opening; items
      一、…四、 (with （一）（二） under 一、); "特此函复。"; two 联系人/电话
      lines; signature; date; （此件主动公开）; 抄送 line.  Two pages,
      "— 1 —" footer page numbers.
  (c) blind40_chongqing_jiyao.docx — 重庆市自由贸易试验区工作领导小组 会议纪要
      第3期: red 版头 "重庆市自由贸易试验区工作领导小组 / 会议纪要", 期号 line
      "第3期", issuing office + date line over a red rule, title, opening
      paragraph with meeting date, "会议议定事项如下：", items 一、…四、 each
      followed by its own 牵头单位 line, 出席/列席 lists, then 版记 主送/分送
      and 印发 line in bordered paragraphs.  No signature block (纪要 style).
Fictional content; real places and organs.  Run again to rebuild.
"""

import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FS = "仿宋_GB2312"; XBS = "方正小标宋简体"; HEI = "黑体"; KAI = "楷体_GB2312"; SONG = "宋体"
FW = "\u3000"
RED = RGBColor(0xFF, 0x00, 0x00)
AL = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "l": WD_ALIGN_PARAGRAPH.LEFT, None: None}
LINE = 28.95  # 22 lines a page


def set_run(run, font=FS, size=16, bold=False, color=None, scale=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    run.font.size = Pt(size); run.font.bold = bold
    if color is not None: run.font.color.rgb = color
    if scale:
        w = OxmlElement("w:w"); w.set(qn("w:val"), str(scale)); rpr.append(w)
    return run


def para(where, text="", font=FS, size=16, align="j", indent=True, before=0, after=0, exact=LINE, color=None, scale=None):
    p = where.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    if exact: pf.line_spacing = Pt(exact)
    if indent: pf.first_line_indent = Pt(size * 2)
    if AL[align] is not None: p.alignment = AL[align]
    if text: set_run(p.add_run(text), font, size, color=color, scale=scale)
    return p


def border(p, side="bottom", val="single", sz=12, color="FF0000", space=1):
    ppr = p._p.get_or_add_pPr()
    b = ppr.find(qn("w:pBdr"))
    if b is None:
        b = OxmlElement("w:pBdr"); ppr.append(b)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), val); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), str(space)); e.set(qn("w:color"), color)
    b.append(e)


def add_field(p, instr, font=SONG, size=14):
    r = p.add_run(); set_run(r, font, size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3): r._element.append(e)


def gongwen_doc():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = FS; st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
    if rf is None: rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"): rf.set(qn(a), FS)
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.top_margin = Cm(3.7); s.bottom_margin = Cm(3.5); s.left_margin = Cm(2.8); s.right_margin = Cm(2.6)
    s.footer_distance = Cm(2.5)
    fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run(fp.add_run("— "), SONG, 14); add_field(fp, "PAGE", SONG, 14); set_run(fp.add_run(" —"), SONG, 14)
    return doc


def signature(doc, org, date, right_chars=4):
    for t in (org, date):
        p = para(doc, t, FS, 16, align="r", indent=False); p.paragraph_format.right_indent = Pt(16 * right_chars)


def title_lines(doc, lines):
    for i, t in enumerate(lines):
        para(doc, t, XBS, 22, align="c", indent=False, exact=36, after=LINE if i == len(lines) - 1 else 0)


def cell_border(cell, sides=("top", "bottom"), sz=8):
    tcpr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for s in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + s)
        if s in sides:
            e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tcpr.append(b)


def to_pdf(docx_path, out_pdf):
    prof = tempfile.mkdtemp(prefix="lo40p_"); tmp = tempfile.mkdtemp(prefix="lo40o_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"), out_pdf)
    finally:
        shutil.rmtree(prof, ignore_errors=True); shutil.rmtree(tmp, ignore_errors=True)


expected = {}

# ==================================================================== (a) 批复
A_MARK = "四川省人民政府文件"
A_NO = "川府函〔2024〕97号"
A_TITLE_LINES = ["四川省人民政府关于同意设立泸州", "“一带一路”进出口商品集散中心的批复"]
A_TITLE = "".join(A_TITLE_LINES)
A_ADDR = "泸州市人民政府："
A_PARAS = [
    "你市《关于申请设立泸州“一带一路”进出口商品集散中心的请示》（泸府〔2024〕12号）收悉。现批复如下：",
    "一、同意设立泸州“一带一路”进出口商品集散中心（以下简称集散中心）。集散中心位于泸州市龙马潭区川南临港片区内，规划面积2.6平方公里，具体四至范围以省自然资源厅审核确认的为准。",
    "二、集散中心要以服务共建“一带一路”国家和地区进出口贸易为重点，依托泸州港和西部陆海新通道，发展保税物流、商品展示交易、跨境电子商务和供应链金融等业态，力争到2027年实现进出口额100亿元。",
    "三、你市要切实履行主体责任，加强组织领导，完善管理体制，严格落实节约集约用地和生态环境保护要求，不得以设立集散中心名义新增地方政府隐性债务。",
    "四、省商务厅、省发展改革委、省自然资源厅、成都海关等有关部门和单位要按照职责分工，在政策、项目、通关等方面给予支持，加强指导和监督检查。集散中心建设中的重大事项，你市要及时向省人民政府报告。",
]
A_ORG = "四川省人民政府"; A_DATE = "2024年6月18日"
A_REMARK = "（此件公开发布）"
A_CC = "抄送：省委办公厅，省人大常委会办公厅，省政协办公厅，成都海关。"
A_PRINTER = "四川省人民政府办公厅"; A_PDATE = "2024年6月19日印发"


def make_a():
    doc = gongwen_doc()
    para(doc, "", exact=None, indent=False, before=0)
    para(doc, A_MARK, XBS, 40, align="c", indent=False, exact=None, color=RED, scale=90, before=10, after=30)
    p = para(doc, A_NO, FS, 16, align="c", indent=False, after=4)
    border(p, "bottom", "single", 24, "FF0000", 6)
    para(doc, "", indent=False)
    title_lines(doc, A_TITLE_LINES)
    para(doc, A_ADDR, FS, 16, align="l", indent=False)
    for t in A_PARAS:
        if t[:2] in ("一、", "二、", "三、", "四、"):
            lab, rest = t.split("。", 1)
            p = para(doc, "", FS, 16)
            set_run(p.add_run(lab + "。"), FS, 16, bold=False); set_run(p.add_run(rest), FS, 16)
        else:
            para(doc, t)
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    signature(doc, A_ORG, A_DATE)
    para(doc, A_REMARK, FS, 16)
    for _ in range(3): para(doc, "", indent=False)
    # 版记 as a borderless table with rules above/between/below (common template)
    tbl = doc.add_table(rows=2, cols=1); tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0 = tbl.rows[0].cells[0]; c1 = tbl.rows[1].cells[0]
    cell_border(c0, ("top", "bottom"), 8); cell_border(c1, ("bottom",), 8)
    p = c0.paragraphs[0]; p.paragraph_format.line_spacing = Pt(LINE)
    p.paragraph_format.left_indent = Pt(14); p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(0)
    set_run(p.add_run(A_CC), FS, 14)
    p = c1.paragraphs[0]; p.paragraph_format.line_spacing = Pt(LINE)
    p.paragraph_format.left_indent = Pt(14); p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), WD_TAB_ALIGNMENT.RIGHT)
    set_run(p.add_run(A_PRINTER + "\t" + A_PDATE), FS, 14)
    dx = os.path.join(HERE, "blind40_sichuan_pifu.docx"); doc.save(dx)
    to_pdf(dx, os.path.join(HERE, "blind40_sichuan_pifu.pdf"))


expected["blind40_sichuan_pifu"] = [
    {"meta": {"title": A_TITLE, "doc_number": A_NO, "issuer": A_ORG, "date": "2024-06-18",
              "signed": "2024-06-18", "issuing_mark": A_MARK, "addressees": A_ADDR.rstrip("："),
              "remarks": A_REMARK, "cc": A_CC.split("：", 1)[1], "printed_by": A_PRINTER, "printed_date": "2024-06-19",
              "kind": "批复", "effective": ""},
     "clauses": A_PARAS,
     "_note": "Same docx read directly and as LibreOffice PDF. Red 版头 '四川省人民政府文件' is the issuing mark, not the title; the title is set over two centred lines and must be joined whole. 文号 is 川府函〔2024〕97号 — the 请示's number 泸府〔2024〕12号 quoted in the opening is NOT the document's 文号 (high if taken). 主送 泸州市人民政府 is an addressee, not a clause. The 版记 (抄送 row and 印发 row) is a 2-row table in the docx: it is furniture, never a clause or a table of data. Signature/date/（此件公开发布） are not clauses."},
]

# ==================================================================== (b) 复函
B_MARK = "广东省商务厅"
B_NO = "粤商务贸函〔2024〕88号"
B_TITLE_LINES = ["广东省商务厅关于支持南沙建设", "“一带一路”跨境电子商务综合服务中心", "有关事项的复函"]
B_TITLE = "".join(B_TITLE_LINES)
B_ADDR = "广州南沙经济技术开发区管理委员会："
B_PARAS = [
    "你委《关于商请支持南沙建设“一带一路”跨境电子商务综合服务中心的函》（穗南开管函〔2024〕56号）收悉。经研究，现函复如下：",
    "一、支持南沙建设“一带一路”跨境电子商务综合服务中心（以下简称服务中心）。我厅将服务中心纳入全省跨境电商高质量发展重点项目库，并在以下方面予以支持：",
    "（一）在省级促进经济高质量发展专项资金（外贸发展方向）中，对服务中心公共海外仓、跨境物流集拼等平台建设按规定予以支持。",
    "（二）支持服务中心申报省级跨境电商产业园区和公共海外仓示范项目，推荐服务中心参加共建“一带一路”国家经贸合作对接活动。",
    "二、关于开展跨境电商零售进口药品试点事项。该事项涉及国家有关部委职能，我厅将会同省药监局、广州海关研究提出意见，按程序报商务部等国家部委争取支持。请你委进一步细化试点方案，明确监管模式和风险防控措施。",
    "三、关于举办“一带一路”跨境电商合作对接会事项。同意将对接会纳入2024年广东省“粤贸全球”系列活动，请你委会同广州市商务局做好活动方案、安全保障和企业组织等工作，活动方案于2024年9月30日前报我厅。",
    "四、请你委加强服务中心运营管理，建立健全统计监测制度，每季度结束后10个工作日内将服务中心运营情况报我厅（对外贸易处）。",
    "特此函复。",
]
B_CONTACTS = ["联系人：林志强，电话：020－38819261", "联系人：黄敏，电话：020－38819275"]
B_ORG = "广东省商务厅"; B_DATE = "2024年7月3日"
B_REMARK = "（此件主动公开）"
B_CC = "抄送：广州市商务局，广州海关，省药监局。"


def make_b():
    doc = gongwen_doc()
    para(doc, B_MARK, XBS, 36, align="c", indent=False, exact=None, color=RED, before=6, after=6)
    p = para(doc, "", indent=False, exact=8)
    border(p, "bottom", "thickThinSmallGap", 24, "FF0000", 1)
    p = para(doc, B_NO, FS, 16, align="r", indent=False, before=6)
    para(doc, "", indent=False)
    title_lines(doc, B_TITLE_LINES)
    para(doc, B_ADDR, FS, 16, align="l", indent=False)
    for t in B_PARAS:
        para(doc, t)
    for t in B_CONTACTS:
        para(doc, t, FS, 16)
    para(doc, "", indent=False)
    signature(doc, B_ORG, B_DATE)
    para(doc, B_REMARK, FS, 16)
    para(doc, "", indent=False)
    p = para(doc, B_CC, FS, 14, align="l", indent=False)
    p.paragraph_format.left_indent = Pt(14); p.paragraph_format.first_line_indent = Pt(0)
    border(p, "top", "single", 8, "000000", 1); border(p, "bottom", "single", 8, "000000", 1)
    d = tempfile.mkdtemp(prefix="ob40_")
    try:
        dx = os.path.join(d, "blind40_guangdong_fuhan.docx"); doc.save(dx)
        to_pdf(dx, os.path.join(HERE, "blind40_guangdong_fuhan.pdf"))
    finally:
        shutil.rmtree(d, ignore_errors=True)


expected["blind40_guangdong_fuhan"] = [
    {"meta": {"title": B_TITLE, "doc_number": B_NO, "issuer": B_ORG, "date": "2024-07-03",
              "signed": "2024-07-03", "issuing_mark": B_MARK, "addressees": B_ADDR.rstrip("："),
              "remarks": B_REMARK, "cc": B_CC.split("：", 1)[1], "contacts": B_CONTACTS, "kind": "函"},
     "clauses": B_PARAS,
     "_note": "函 format PDF, two pages with '— 1 —'/'— 2 —' footers (not clauses). Red organ name alone is the issuing mark; 文号 粤商务贸函〔2024〕88号 stands flush right under the double red rule; the requesting 函's number 穗南开管函〔2024〕56号 in the opening is not the 文号. 一、 is a lead-in with （一）（二） sub-items. '特此函复。' may be kept as a closing clause or dropped (low). The two 联系人/电话 lines are furniture (remarks/contacts), not clauses (medium if clauses, never glued onto 四、 or 特此函复。). Signature, date, （此件主动公开） and 抄送 are not clauses."},
]

# ==================================================================== (c) 会议纪要
C_MARK1 = "重庆市自由贸易试验区工作领导小组"; C_MARK2 = "会议纪要"
C_NO = "第3期"
C_OFFICE = "重庆市自由贸易试验区工作领导小组办公室"; C_DATE = "2024年8月12日"
C_TITLE = "重庆市自由贸易试验区工作领导小组第三次会议纪要"
C_OPEN = [
    "2024年8月6日，副市长、市自由贸易试验区工作领导小组组长李建华在市政府第一会议室主持召开领导小组第三次会议，听取中国（重庆）自由贸易试验区2024年上半年建设情况汇报，研究推进西部陆海新通道与中欧班列（成渝）联动发展、制度创新成果复制推广等事项。",
    "会议认为，今年以来，重庆自贸试验区深入对接共建“一带一路”，累计形成制度创新成果102项，其中“铁路运输单证金融服务试点”等5项成果在全国复制推广，西部陆海新通道班列开行数量同比增长18%，各项工作取得积极成效。",
    "会议议定事项如下：",
]
C_ITEMS = [
    ("一、加快推进西部陆海新通道与中欧班列（成渝）联动发展。推动铁海联运、国际铁路联运“一单制”改革，2024年底前实现铁路提单在中欧班列、陆海新通道班列全面应用，探索开展铁路提单物权化质押融资。",
     "牵头单位：市政府口岸物流办；配合单位：市交通运输委、重庆海关、人民银行重庆市分行"),
    ("二、深化制度创新成果复制推广。市商务委要会同有关部门梳理第三批制度创新成果清单，9月底前提请领导小组审议后在全市复制推广，各区县要在12月底前完成落地情况自评估。",
     "牵头单位：市商务委（市自贸办）；配合单位：各区县人民政府"),
    ("三、加强自贸试验区与“一带一路”国家经贸合作。支持两江新区、西部科学城重庆高新区在东盟、中亚国家设立海外服务站，年内举办“一带一路”国家投资贸易对接活动不少于3场。",
     "牵头单位：市商务委；配合单位：市外办、两江新区管委会、西部科学城重庆高新区管委会"),
    ("四、强化要素保障。市财政局要在年度预算中统筹安排自贸试验区专项资金，市规划自然资源局要优先保障自贸试验区重点项目用地需求，有关事项于10月底前报领导小组办公室。",
     "牵头单位：市财政局、市规划自然资源局"),
]
C_PRESENT = "出席：李建华（市政府）、王志刚（市政府办公厅）、陈立新（市商务委）、赵海燕（市发展改革委）、孙卫东（市政府口岸物流办）、周明（重庆海关）"
C_OBSERVE = "列席：刘洋（两江新区管委会）、吴芳（西部科学城重庆高新区管委会）、郑凯（市财政局）、何静（市规划自然资源局）"
C_TO = "主送：市自由贸易试验区工作领导小组各成员单位。"
C_DIST = "分送：市委办公厅，市人大常委会办公厅，市政协办公厅。"
C_PDATE = "2024年8月12日印发"


def make_c():
    doc = gongwen_doc()
    para(doc, C_MARK1, XBS, 26, align="c", indent=False, exact=None, color=RED, before=0, after=0, scale=95)
    para(doc, C_MARK2, XBS, 48, align="c", indent=False, exact=None, color=RED, before=4, after=12)
    para(doc, C_NO, FS, 16, align="c", indent=False, after=6)
    p = para(doc, "", FS, 16, align="l", indent=False, after=2)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    set_run(p.add_run(C_OFFICE + "\t" + C_DATE), FS, 16)
    border(p, "bottom", "single", 24, "FF0000", 6)
    para(doc, "", indent=False)
    para(doc, C_TITLE, XBS, 22, align="c", indent=False, exact=36, after=LINE)
    for t in C_OPEN:
        para(doc, t)
    for t, lead in C_ITEMS:
        lab, rest = t.split("。", 1)
        p = para(doc, "", FS, 16)
        set_run(p.add_run(lab + "。"), HEI, 16); set_run(p.add_run(rest), FS, 16)
        para(doc, lead, KAI, 16)
    para(doc, "", indent=False)
    for t in (C_PRESENT, C_OBSERVE):
        p = para(doc, t, FS, 16, align="j", indent=False)
        p.paragraph_format.left_indent = Pt(16 * 3); p.paragraph_format.first_line_indent = Pt(-16 * 3)
    for _ in range(2): para(doc, "", indent=False)
    p = para(doc, C_TO, FS, 14, align="l", indent=False); p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "single", 8, "000000", 1)
    p = para(doc, C_DIST, FS, 14, align="l", indent=False); p.paragraph_format.left_indent = Pt(14)
    border(p, "bottom", "single", 4, "000000", 1)
    p = para(doc, "", FS, 14, align="l", indent=False); p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), WD_TAB_ALIGNMENT.RIGHT)
    set_run(p.add_run(C_OFFICE + "\t" + C_PDATE), FS, 14)
    border(p, "bottom", "single", 8, "000000", 1)
    doc.save(os.path.join(HERE, "blind40_chongqing_jiyao.docx"))


expected["blind40_chongqing_jiyao"] = [
    {"meta": {"title": C_TITLE, "doc_number": C_NO, "issuer": C_OFFICE, "date": "2024-08-12",
              "issuing_mark": C_MARK1 + C_MARK2, "meeting_date": "2024-08-06",
              "addressees": C_TO.split("：", 1)[1].rstrip("。"), "cc": C_DIST.split("：", 1)[1],
              "printed_by": C_OFFICE, "printed_date": "2024-08-12",
              "attendees": C_PRESENT.split("：", 1)[1], "observers": C_OBSERVE.split("：", 1)[1], "kind": "会议纪要"},
     "clauses": C_OPEN + [t + lead for t, lead in C_ITEMS],
     "_note": "纪要 docx, red two-line 版头 (organ + 会议纪要) then '第3期' then office/date line over a red rule; no signature block, the date is on the 版头 line (2024-08-12; the meeting itself was 2024-08-06 — taking the meeting date is medium). doc_number '第3期' (or '〔2024〕第3期'-like) — empty is medium. issuer 领导小组办公室 (领导小组 tolerable). '会议议定事项如下：' may be its own clause or a lead-in. Each 牵头单位 line belongs to its item: kept as the item's tail or as its own clause right after it is tolerable; glued onto the next item or lost is high. 出席/列席 lists are not policy clauses (medium if clauses). 主送/分送/印发 版记 is furniture."},
]


if __name__ == "__main__":
    make_a(); make_b(); make_c()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    print("ok")
