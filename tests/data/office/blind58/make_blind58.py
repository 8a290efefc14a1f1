# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the fifty-eighth round of blind office files and expected.json.

Theme: case compilations and work reports that FTZ offices circulate.

  (a) blind58_shandong_anli.docx / .pdf — 中国（山东）自由贸易试验区工作领导小组办公室 印发通知
      鲁自贸办发〔2024〕7号 (two-line red 版头, two requirements 一、二、), then after a page break
      the 附件: a 最佳实践案例 compilation with its own title, a 目录 repeating the five case
      headings, and 案例一…案例五, each from a named 片区 or city given only in the case heading
      (案例四's place sits on a second line of the heading after a manual line break), each with
      一、主要做法 / 二、实践效果 / 三、复制推广 and （一）（二）… under 主要做法; 版记 at the end.
  (b) blind58_nanning_zongjie.docx — 南宁市商务局 报告 南商务报〔2024〕6号 (上行文: 签发人 on the
      文号 line), 2023年工作总结 and 2024年工作要点 in one document (一、成效 （一）–（四） with figures;
      二、存在的问题 一是/二是/三是; 三、要点 （一）–（六）), 特此报告, 联系人 line, then a 附表 of key
      indicators (指标/2023年完成/同比增长（%）/2024年目标, with '其中：' sub-rows and '—' cells), 版记.
  (c) blind58_guangxi_jianbao.docx / .pdf — 自贸试验区工作动态 简报 第7期 (总第58期) of the 广西
      自贸办: red masthead, 编发 line with date, three short news items with their own headlines,
      the third item's place given only by its 供稿 line; 报/送/发 distribution block at the end.
Fictional content; real places and organs.  Run again to rebuild.
"""

import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FS = "仿宋_GB2312"; XBS = "方正小标宋简体"; HEI = "黑体"; KAI = "楷体_GB2312"; SONG = "宋体"
FW = "\u3000"
RED = (0xFF, 0, 0)
AL = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "l": WD_ALIGN_PARAGRAPH.LEFT, None: None}
expected = {}


# ------------------------------------------------------------------ helpers
def set_run(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    run.font.size = Pt(size); run.font.bold = bold
    if color: run.font.color.rgb = RGBColor(*color)
    return run


def para(where, text="", font=FS, size=16, align="j", indent=True, before=0, after=0, exact=None, color=None):
    p = where.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    pf.line_spacing = Pt(exact or 28)
    if indent: pf.first_line_indent = Pt(size * 2)
    if AL[align] is not None: p.alignment = AL[align]
    if text: set_run(p.add_run(text), font, size, color=color)
    return p


def body(doc, text):
    return para(doc, text)


def head1(doc, text):
    return para(doc, text, HEI, 16)


def rule_below(p, sz=12, color="FF0000"):
    ppr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr"); e = OxmlElement("w:bottom")
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "4"); e.set(qn("w:color"), color)
    b.append(e); ppr.append(b)


def rule_above(p, sz=6):
    ppr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr"); e = OxmlElement("w:top")
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "1"); e.set(qn("w:color"), "000000")
    b.append(e); ppr.append(b)


def add_page_field(p, size=14):
    r = p.add_run(); set_run(r, SONG, size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3): r._element.append(e)


def gw_page(doc):
    """GB/T 9704 page: A4, 3.7/3.5/2.8/2.6 cm, '— 1 —' footer."""
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.top_margin = Cm(3.7); s.bottom_margin = Cm(3.5); s.left_margin = Cm(2.8); s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]; st.font.name = FS; st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
    if rf is None: rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"): rf.set(qn(a), FS)
    fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run(fp.add_run("— "), SONG, 14); add_page_field(fp); set_run(fp.add_run(" —"), SONG, 14)


def signature(doc, org, date, right_cm=2.0, blank=True, keep=False):
    if blank: p = para(doc, "", indent=False); p.paragraph_format.keep_with_next = keep
    orgs = org if isinstance(org, list) else [org]
    for t in orgs + [date]:
        p = para(doc, t, FS, 16, align="r", indent=False); p.paragraph_format.right_indent = Cm(right_cm)
        p.paragraph_format.keep_with_next = keep and t != date


def page_break(doc):
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)


def cell_text(cell, text, font=FS, size=12, align="c"):
    p = cell.paragraphs[0]; p.alignment = AL[align]
    p.paragraph_format.line_spacing = Pt(size * 1.4)
    set_run(p.add_run(text), font, size)


def table(doc, head, rows, widths, size=12, aligns=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(head))
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(head): cell_text(t.rows[0].cells[i], h, HEI, size)
    for r, vals in enumerate(rows, 1):
        for i, v in enumerate(vals):
            cell_text(t.rows[r].cells[i], v, FS, size, (aligns or ["c"] * len(head))[i])
    t.autofit = False
    for row in t.rows:
        for i, w in enumerate(widths): row.cells[i].width = Cm(w)
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths): gc.set(qn("w:w"), str(int(w * 567)))
    return t


def rows_as_clauses(head, rows):
    return ["；".join(f"{h}：{v}" for h, v in zip(head, r)) for r in rows]


def to_pdf(docx_path, out_pdf):
    prof = tempfile.mkdtemp(prefix="lo58p_"); tmp = tempfile.mkdtemp(prefix="lo58o_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"), out_pdf)
    finally:
        shutil.rmtree(prof, ignore_errors=True); shutil.rmtree(tmp, ignore_errors=True)



def mark_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trpr.append(h)


def set_widths(t, widths):
    t.autofit = False
    for row in t.rows:
        for i, w in enumerate(widths): row.cells[i].width = Cm(w)
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths): gc.set(qn("w:w"), str(int(w * 567)))


def set_cell(cell, text, font=FS, size=12, align="c"):
    """Replace a cell's text; '\n' starts a new paragraph inside the cell."""
    for p in list(cell.paragraphs)[1:]: p._p.getparent().remove(p._p)
    p = cell.paragraphs[0]
    for r in list(p.runs): r._r.getparent().remove(r._r)
    parts = text.split("\n")
    for k, part in enumerate(parts):
        if k: p = cell.add_paragraph()
        p.alignment = AL[align]; p.paragraph_format.line_spacing = Pt(size * 1.45)
        if part: set_run(p.add_run(part), font, size)


def valign(cell, v="center"):
    tcpr = cell._tc.get_or_add_tcPr(); e = OxmlElement("w:vAlign"); e.set(qn("w:val"), v); tcpr.append(e)


def row_height(row, cm):
    trpr = row._tr.get_or_add_trPr(); h = OxmlElement("w:trHeight"); h.set(qn("w:val"), str(int(cm * 567))); h.set(qn("w:hRule"), "atLeast"); trpr.append(h)


def hanging(p, left_pt, first_pt):
    p.paragraph_format.left_indent = Pt(left_pt); p.paragraph_format.first_line_indent = Pt(first_pt)


def title_pg(section):
    """Different first page (信函格式: no page number on page 1)."""
    sp = section._sectPr; t = OxmlElement("w:titlePg"); sp.append(t)



def double_rule(p, color="FF0000"):
    ppr = p._p.get_or_add_pPr(); b = OxmlElement("w:pBdr"); e = OxmlElement("w:bottom")
    e.set(qn("w:val"), "thickThinSmallGap"); e.set(qn("w:sz"), "24"); e.set(qn("w:space"), "1"); e.set(qn("w:color"), color)
    b.append(e); ppr.append(b)


def banji(doc, lines):
    """版记: rules above the first line and below the last line, 14pt."""
    ps = []
    for i, (l, r) in enumerate(lines):
        p = para(doc, "", FS, 14, align="l", indent=False)
        set_run(p.add_run(l), FS, 14)
        if r:
            p.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), alignment=2)
            set_run(p.add_run("\t" + r), FS, 14)
        p.paragraph_format.left_indent = Pt(14); p.paragraph_format.right_indent = Pt(14)
        ps.append(p)
    rule_above(ps[0], 6)
    ppr = ps[-1]._p.get_or_add_pPr(); b = ppr.find(qn("w:pBdr"))
    if b is None: b = OxmlElement("w:pBdr"); ppr.append(b)
    e = OxmlElement("w:bottom"); e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "6"); e.set(qn("w:space"), "1"); e.set(qn("w:color"), "000000"); b.append(e)
    if len(ps) > 1:
        ppr = ps[-1]._p.get_or_add_pPr(); b = ppr.find(qn("w:pBdr"))
        e = OxmlElement("w:top"); e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "4"); e.set(qn("w:space"), "1"); e.set(qn("w:color"), "000000"); b.insert(0, e)


def att_head(doc, label, title_lines, size=22):
    para(doc, label, HEI, 16, align="l", indent=False).paragraph_format.page_break_before = True
    for i, t in enumerate(title_lines):
        para(doc, t, XBS, size, align="c", indent=False, before=12 if i == 0 else 0, after=12 if i == len(title_lines) - 1 else 0, exact=size * 1.5)


def runin(doc, t, head_font=KAI, stop="。", size=16):
    """Run-in heading: the words up to the first stop in head_font, the rest in 仿宋."""
    p = para(doc, "", size=size, indent=True, exact=28 if size == 16 else 24); i = t.index(stop) + 1
    set_run(p.add_run(t[:i]), head_font, size)
    if t[i:]: set_run(p.add_run(t[i:]), FS, size)
    return p


# ==================================================================== (a) 山东省自贸办 印发 最佳实践案例
A_HEAD = ["中国（山东）自由贸易试验区", "工作领导小组办公室文件"]
A_NO = "鲁自贸办发〔2024〕7号"
A_T = ["中国（山东）自由贸易试验区工作领导小组", "办公室关于印发第五批最佳实践案例的通知"]
A_TITLE = "".join(A_T)
A_ISSUER = "中国（山东）自由贸易试验区工作领导小组办公室"
A_TO = "各市商务局，中国（山东）自由贸易试验区济南、青岛、烟台片区管委会，省自贸试验区工作领导小组成员单位："
A_BODY = [
    "为深入实施自由贸易试验区提升战略，经片区和各市申报、专家评审，确定“铁海联运一单制”改革等5个案例为中国（山东）自由贸易试验区第五批最佳实践案例，现印发给你们，请结合实际认真学习借鉴、复制推广。",
    "各市商务局、各片区管委会请于2024年12月15日前将复制推广情况报送省自贸办。",
]
A_ATT = "中国（山东）自由贸易试验区第五批最佳实践案例"
A_SIG = A_ISSUER; A_DATE = "2024年8月26日"
A_PUB = "（此件公开发布）"
A_CC = "抄送：商务部自贸区港司，省政府办公厅，济南海关，青岛海关。"
A_PRINT = ("山东省商务厅办公室", "2024年8月27日印发")
A_AT_LINES = ["中国（山东）自由贸易试验区", "第五批最佳实践案例"]
# (number, title, place printed in the heading, place key for expected, break before place?)
A_CASES = [
    ("案例一", "“铁海联运一单制”改革", "青岛片区", False, [
        ("h", "一、主要做法"),
        ("c", "（一）统一多式联运单证。以青岛港为枢纽，联合铁路部门和船公司推出铁海联运全程提单，实现“一次委托、一单到底、一次结算”。"),
        ("c", "（二）打通铁路港口数据。搭建铁海联运信息服务平台，联通铁路运单、港口作业和海关监管数据。"),
        ("c", "（三）拓展提单金融功能。联合银行将铁海联运提单纳入信用证结算和质押融资范围，提单可背书转让。"),
        ("h", "二、实践效果"),
        ("c", "截至2024年6月底，累计签发“一单制”提单1.8万票，服务上合组织国家和日韩客户320余家，货物在港停留时间压缩1.5天。"),
        ("h", "三、复制推广"),
        ("c", "该做法适用于开展铁海联运业务的沿海港口和内陆无水港，建议在烟台、日照等港口复制推广。"),
    ]),
    ("案例二", "涉外商事纠纷“一站式”多元化解机制", "济南片区", False, [
        ("h", "一、主要做法"),
        ("c", "（一）建设一站式服务平台。在片区设立国际商事法律服务中心，集聚国际商事法庭巡回审判点和仲裁、调解机构，企业“进一扇门”即可选择解纷方式。"),
        ("c", "（二）建立诉调对接机制。对适宜调解的涉外商事案件，立案前引导当事人委托调解组织调解，调解协议可依法申请司法确认。"),
        ("h", "二、实践效果"),
        ("c", "中心运行以来受理涉外商事纠纷412件，涉及共建“一带一路”国家和地区26个，平均化解周期由6个月缩短至45天。"),
        ("h", "三、复制推广"),
        ("c", "该做法适用于涉外商事纠纷较多的自贸试验区片区和开放平台。"),
    ]),
    ("案例三", "“保税维修+再制造”监管模式创新", "烟台片区", False, [
        ("h", "一、主要做法"),
        ("c", "（一）扩大保税维修产品范围。支持片区企业开展航空发动机、工程机械、盾构机等高附加值产品全球保税维修业务。"),
        ("c", "（二）实施“一企一策”监管。对维修企业实行账册管理和“清单申报、集中核销”，海关依托视频监控和数据联网实施非现场监管。"),
        ("h", "二、实践效果"),
        ("c", "2023年以来，片区保税维修业务货值达36.7亿元，同比增长41%，带动再制造企业新增就业岗位1100余个。"),
        ("h", "三、复制推广"),
        ("c", "该做法适用于具备保税维修业务基础的综合保税区。"),
    ]),
    ("案例四", "中日韩跨境电商“海外仓+集拼”出口模式", "潍坊市", True, [
        ("h", "一、主要做法"),
        ("c", "（一）建设集拼分拨中心。依托潍坊综合保税区建设集拼分拨中心，对发往日本、韩国的跨境电商包裹实行“集中申报、分批出区”。"),
        ("c", "（二）布局海外仓网络。支持企业在日本大阪、韩国仁川等地租建海外仓8个，实现“海运快船+海外仓”次日达。"),
        ("h", "二、实践效果"),
        ("c", "2023年经集拼中心出口日韩跨境电商包裹1260万件，货值24.3亿元，同比增长57%，单票物流时间由5天缩短至2天。"),
        ("h", "三、复制推广"),
        ("c", "该做法适用于对日韩贸易往来密切、设有综合保税区的沿海城市。"),
    ]),
    ("案例五", "中韩海运快件“船边直提”通关模式", "威海市", False, [
        ("h", "一、主要做法"),
        ("c", "（一）推行“船边直提”。海运快件到港后在船边完成查验放行。"),
        ("c", "（二）实施分类通关。对低值快件实行“清单核放、汇总申报”。"),
        ("h", "二、实践效果"),
        ("c", "威海港至韩国仁川、平泽航线海运快件平均通关时间由6小时压缩至1.5小时，2023年进出口海运快件2100万票，增长32%。"),
        ("h", "三、复制推广"),
        ("c", "该做法适用于海运快件口岸，建议在青岛、烟台、日照口岸复制推广。"),
    ]),
]


def case_heading(c):
    return "%s　%s（%s）" % (c[0], c[1], c[2])


def make_a():
    doc = Document(); gw_page(doc)
    for i, h in enumerate(A_HEAD):
        para(doc, h, XBS, 28, align="c", indent=False, before=0, after=12 if i == len(A_HEAD) - 1 else 0, exact=40, color=RED)
    p = para(doc, A_NO, FS, 16, align="c", indent=False, after=6); rule_below(p)
    for i, t in enumerate(A_T):
        para(doc, t, XBS, 22, align="c", indent=False, before=18 if i == 0 else 0, after=18 if i == len(A_T) - 1 else 0, exact=33)
    para(doc, A_TO, indent=False, align="j")
    for t in A_BODY: body(doc, t)
    para(doc, "")
    p = para(doc, "附件：" + A_ATT, indent=True, align="l")
    signature(doc, A_SIG, A_DATE, right_cm=1.0, blank=True)
    para(doc, A_PUB, indent=True, align="l")
    # ---- 附件: compilation
    att_head(doc, "附件", A_AT_LINES)
    # the compilation is set in 4号 (14pt, exact 24pt) as such 汇编 usually are
    para(doc, "目　录", HEI, 14, align="c", indent=False, after=4, exact=24)
    for c in A_CASES:
        para(doc, case_heading(c), KAI, 14, align="l", indent=True, exact=24)
    for c in A_CASES:
        p = para(doc, "", XBS, 16, align="c", indent=False, before=14, after=4, exact=26)
        set_run(p.add_run("%s　%s" % (c[0], c[1])), XBS, 16)
        if c[3]: p.add_run().add_break()
        set_run(p.add_run("（%s）" % c[2]), XBS, 16)
        for k, t in c[4]:
            if k == "h": para(doc, t, HEI, 14, exact=24)
            elif t.startswith("（"): runin(doc, t, KAI, size=14)
            else: para(doc, t, FS, 14, exact=24)
    banji(doc, [(A_CC, None), A_PRINT])
    path = os.path.join(HERE, "blind58_shandong_anli.docx"); doc.save(path)
    to_pdf(path, os.path.join(HERE, "blind58_shandong_anli.pdf"))


# ==================================================================== (b) 南宁市商务局 工作总结和工作要点
B_HEAD = "南宁市商务局文件"
B_NO = "南商务报〔2024〕6号"; B_SIGNER = "黄建明"
B_T = ["南宁市商务局关于2023年工作总结和", "2024年工作要点的报告"]
B_TITLE = "".join(B_T)
B_TO = "市人民政府："
B_PRE = "2023年，市商务局坚持以习近平新时代中国特色社会主义思想为指导，全面落实市委、市政府决策部署，围绕建设面向东盟开放合作的国际化大都市，稳外贸、促消费、扩开放，全市商务经济运行稳中向好。现将2023年工作总结和2024年工作要点报告如下："
B_ITEMS = [
    ("h", "一、2023年工作成效"),
    ("c", "（一）外贸规模再创新高。全年全市货物贸易进出口总额1268.5亿元，同比增长9.6%，其中出口612.4亿元，增长11.3%；对东盟进出口472.3亿元，增长15.2%，东盟继续保持我市第一大贸易伙伴地位。跨境电商进出口额86.7亿元，增长38.5%。"),
    ("c", "（二）利用外资质量提升。全市实际使用外资4.86亿美元，增长12.1%；新设外商投资企业196家，其中东盟国家投资企业58家。"),
    ("c", "（三）消费市场持续回暖。全市社会消费品零售总额2461.3亿元，增长5.8%。举办“邕城消费季”系列促消费活动120余场，三街两巷历史文化街区获评国家级夜间文化和旅游消费集聚区。"),
    ("c", "（四）自贸试验区南宁片区建设取得新突破。南宁片区新设企业12036家，增长18.4%；全年形成制度创新成果23项，其中“跨境金融服务平台”等3项入选全区最佳实践案例。中国—东盟跨境征信服务平台上线运行。"),
    ("h", "二、存在的问题"),
    ("c", "一是外贸主体规模偏小，进出口超10亿元的企业仅9家，对加工贸易依赖度较高；二是利用外资结构有待优化，制造业实际使用外资占比仅为21.5%；三是消费新业态新场景培育不足，县域商业体系建设相对滞后。"),
    ("h", "三、2024年工作要点"),
    ("c", "（一）稳住外贸基本盘。实施外贸主体培育行动，力争全年货物贸易进出口总额达到1350亿元。支持加工贸易向横州市、宾阳县等县域梯度转移。"),
    ("c", "（二）扩大利用外资。围绕新能源、电子信息等产业链开展精准招商，全年实际使用外资力争达到5.2亿美元。"),
    ("c", "（三）推动消费提质扩容。实施县域商业建设行动，在武鸣区、宾阳县建设县级物流配送中心2个，社会消费品零售总额力争增长6%。"),
    ("c", "（四）高水平建设南宁片区。对标《全面与进步跨太平洋伙伴关系协定》（CPTPP）等高标准经贸规则，全年形成制度创新成果不少于20项。"),
    ("c", "（五）深化面向东盟开放合作。服务办好第21届中国—东盟博览会，推动中国—东盟产业合作区南宁园区建设，加密南宁至越南河内、老挝万象跨境班列。"),
    ("c", "（六）加强运行监测调度。建立重点指标月调度机制，对进出口、外资等重点指标实行清单化管理。"),
]
B_END = "特此报告。"
B_ATT = "南宁市2023年商务主要指标完成情况及2024年目标"
B_SIG = "南宁市商务局"; B_DATE = "2024年1月18日"
B_CONTACT = "（联系人：梁晓燕；联系电话：0771-5580326）"
B_PRINT = ("南宁市商务局办公室", "2024年1月18日印发")
B_TH = ["指标", "2023年完成", "同比增长（%）", "2024年目标"]
B_ROWS = [
    ["货物贸易进出口总额（亿元）", "1268.5", "9.6", "1350"],
    ["其中：出口（亿元）", "612.4", "11.3", "660"],
    ["　　　对东盟进出口（亿元）", "472.3", "15.2", "510"],
    ["跨境电商进出口额（亿元）", "86.7", "38.5", "100"],
    ["实际使用外资（亿美元）", "4.86", "12.1", "5.2"],
    ["新设外商投资企业（家）", "196", "7.7", "200"],
    ["社会消费品零售总额（亿元）", "2461.3", "5.8", "2608.9"],
    ["南宁片区新设企业（家）", "12036", "18.4", "—"],
    ["南宁片区制度创新成果（项）", "23", "—", "20"],
]
B_NOTE = "注：2024年目标为预期性指标；南宁片区新设企业不设年度目标。"


def make_b():
    doc = Document(); gw_page(doc)
    para(doc, B_HEAD, XBS, 32, align="c", indent=False, before=0, after=12, exact=48, color=RED)
    p = para(doc, "", FS, 16, align="l", indent=False, after=6)
    p.paragraph_format.left_indent = Pt(16); p.paragraph_format.right_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), alignment=2)
    set_run(p.add_run(B_NO), FS, 16); set_run(p.add_run("\t签发人："), FS, 16); set_run(p.add_run(B_SIGNER), KAI, 16)
    rule_below(p)
    for i, t in enumerate(B_T):
        para(doc, t, XBS, 22, align="c", indent=False, before=18 if i == 0 else 0, after=18 if i == len(B_T) - 1 else 0, exact=33)
    para(doc, B_TO, indent=False, align="j")
    body(doc, B_PRE)
    for k, t in B_ITEMS:
        if k == "h": para(doc, t, HEI, 16)
        elif t.startswith("（"): runin(doc, t, KAI)
        else: body(doc, t)
    body(doc, B_END)
    para(doc, "")
    p = para(doc, "附表：" + B_ATT, indent=True, align="l")
    signature(doc, B_SIG, B_DATE, right_cm=2.0, blank=True)
    para(doc, B_CONTACT, indent=True, align="l")
    # ---- 附表
    att_head(doc, "附表", [B_ATT], size=18)
    t = doc.add_table(rows=1 + len(B_ROWS), cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(B_TH): set_cell(t.rows[0].cells[i], h, HEI, 14)
    for r, vals in enumerate(B_ROWS, 1):
        for i, v in enumerate(vals): set_cell(t.rows[r].cells[i], v, FS, 14, "l" if i == 0 else "c")
        row_height(t.rows[r], 0.9)
    set_widths(t, [7.0, 2.9, 3.0, 2.7])
    para(doc, B_NOTE, FS, 12, align="l", indent=False, before=6, exact=20)
    for _ in range(4): para(doc, "", FS, 14, indent=False)
    banji(doc, [B_PRINT])
    path = os.path.join(HERE, "blind58_nanning_zongjie.docx"); doc.save(path)


# ==================================================================== (c) 广西自贸办 工作动态 简报
C_MAST = "自贸试验区工作动态"
C_ISSUE = "第7期（总第58期）"
C_EDITOR = "自治区自贸试验区工作领导小组办公室编"
C_DATE = "2024年4月10日"
C_NEWS = [
    ("南宁片区跨境人民币结算量突破千亿元", [
        "截至3月底，中国（广西）自由贸易试验区南宁片区累计办理跨境人民币结算业务1026亿元，其中与东盟国家结算额占比达61%。片区依托中国—东盟跨境金融服务平台，开展跨境人民币“首办户”培育行动，一季度新增首办企业86家。",
        "下一步，片区将扩大本外币合一银行结算账户体系试点范围，推动更多企业在跨境贸易中使用人民币计价结算。",
    ], None),
    ("钦州港片区开通至越南海防港直航集装箱航线", [
        "3月28日，“钦州—海防”直航集装箱航线在钦州港片区首航，首航船舶装载陶瓷、机电产品等集装箱236标箱。该航线每周2班，单程航行时间约30小时，较原中转航线缩短2天以上，将进一步提升西部陆海新通道对东盟的辐射能力。",
    ], "（钦州港片区管委会供稿）"),
    ("全区首单“边民互市+落地加工”人民币结算业务落地", [
        "4月2日，中国工商银行凭祥支行为一家边民互市商品落地加工企业办理跨境人民币结算业务，金额186万元，标志着我区边民互市贸易结算实现从现金、外币结算到人民币线上结算的转变。该业务依托互市贸易服务平台，实现边民申报、交易、结算全流程线上办理，资金当日到账。",
    ], "（崇左片区管委会供稿）"),
]
C_DIST = [
    ("报：商务部自贸区港司，自治区党委、自治区人民政府领导同志。", None),
    ("送：自治区自贸试验区工作领导小组成员单位。", None),
    ("发：南宁、钦州港、崇左片区管委会，各设区市商务局。", None),
    ("责任编辑：韦丽娜", "（共印60份）"),
]


def make_c():
    doc = Document(); gw_page(doc)
    para(doc, C_MAST, XBS, 36, align="c", indent=False, before=0, after=6, exact=54, color=RED)
    para(doc, C_ISSUE, FS, 16, align="c", indent=False, after=6)
    p = para(doc, "", FS, 14, align="l", indent=False, after=6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), alignment=2)
    set_run(p.add_run(C_EDITOR), FS, 14); set_run(p.add_run("\t" + C_DATE), FS, 14)
    rule_below(p, sz=18)
    for head, paras, src in C_NEWS:
        para(doc, head, XBS, 18, align="c", indent=False, before=18, after=8, exact=30)
        for t in paras: body(doc, t)
        if src: para(doc, src, KAI, 16, align="r", indent=False)
    for _ in range(2): para(doc, "", FS, 14, indent=False)
    banji(doc, C_DIST)
    path = os.path.join(HERE, "blind58_guangxi_jianbao.docx"); doc.save(path)
    to_pdf(path, os.path.join(HERE, "blind58_guangxi_jianbao.pdf"))



# ==================================================================== expected.json
A_PLACE_CITY = {"青岛片区": "青岛市", "济南片区": "济南市", "烟台片区": "烟台市", "潍坊市": "潍坊市", "威海市": "威海市"}
A_PLACE_WHERE = {
    "案例一": "case heading '（青岛片区）'; the body also names 青岛港 in （一）",
    "案例二": "ONLY the case heading '（济南片区）' (the body says just '在片区设立…'); in the PDF the heading is on one line",
    "案例三": "ONLY the case heading '（烟台片区）' (the body says just '片区企业' / '片区')",
    "案例四": "the case heading, on its SECOND line after a manual line break (w:br) — '（潍坊市）'; the body names 潍坊综合保税区 in （一）",
    "案例五": "case heading '（威海市）'; the body names 威海港 in 二、实践效果",
}
A_NOT_PLACES = {
    "案例一": "上合组织国家, 日韩 (customers), 烟台/日照 (replication targets: on the 三、复制推广 clause alone tolerable)",
    "案例二": "共建“一带一路”国家和地区 (parties to disputes)",
    "案例三": "none printed",
    "案例四": "日本, 韩国, 日本大阪, 韩国仁川, 日韩 (destinations / 海外仓 sites)",
    "案例五": "韩国仁川, 平泽 (route ends); 青岛/烟台/日照 (replication targets: on the 三、复制推广 clause alone tolerable — but 青岛 there must not come from 案例一)",
}
B_ITEM_PLACES = [
    ("preamble", "南宁市", True, "whole city"),
    ("一、（一）外贸规模", "南宁市", True, "东盟 is a trading partner, not a place it applies (should NOT be seen)"),
    ("一、（二）利用外资", "南宁市", True, "东盟国家 are investors' origin (should NOT be seen)"),
    ("一、（三）消费市场", "南宁市", True, "三街两巷 is a 南宁 street block; 南宁市 enough"),
    ("一、（四）南宁片区", "中国（广西）自由贸易试验区南宁片区 / 南宁市", True, "the item is about the 片区; 南宁市 is fine, the 片区 better"),
    ("二、存在的问题", "南宁市", True, "no place printed; inherits 南宁市"),
    ("三、（一）稳住外贸", "南宁市", True, "横州市、宾阳县 (county-level) as additional narrower places fine"),
    ("三、（二）利用外资", "南宁市", True, ""),
    ("三、（三）消费", "南宁市", True, "武鸣区、宾阳县 as additional narrower places fine"),
    ("三、（四）南宁片区", "中国（广西）自由贸易试验区南宁片区 / 南宁市", True, "CPTPP is a rule set, not a place"),
    ("三、（五）面向东盟", "南宁市", True, "越南河内、老挝万象 are train destinations (should NOT be seen as applies_to, medium)"),
    ("三、（六）监测调度", "南宁市", True, ""),
    ("附表 rows 1–7", "南宁市", True, ""),
    ("附表 rows 8–9 (南宁片区…)", "南宁片区 / 南宁市", True, ""),
]
C_PLACES = [
    ("item 1 南宁片区跨境人民币结算量突破千亿元", "中国（广西）自由贸易试验区南宁片区 / 南宁市", True,
     "headline and first paragraph; the second paragraph ('下一步，片区将…') names no place and must inherit 南宁片区/南宁市. 东盟国家 is a counterpart (should NOT be seen)."),
    ("item 2 钦州港片区开通至越南海防港直航集装箱航线", "中国（广西）自由贸易试验区钦州港片区 / 钦州市", True,
     "headline and body. 越南海防（港）/海防 is the route's far end and 东盟 a target market (should NOT be seen as applies_to, medium)."),
    ("item 3 全区首单“边民互市+落地加工”人民币结算业务落地", "中国（广西）自由贸易试验区崇左片区 / 崇左市 (凭祥市)", True,
     "headline says only '全区' (= 广西); the body names only the bank branch '中国工商银行凭祥支行'; the place is otherwise given only by the source line '（崇左片区管委会供稿）'. 凭祥市 or 崇左市 expected; 广西壮族自治区 alone = low (weak evidence); 南宁/钦州 (from the items above) = high."),
]


def build_expected():
    # ---------------- (a)
    a_clauses = list(A_BODY); a_places = [{"unit": "通知正文 (2 paragraphs)", "place": "山东省", "city": None, "printed_in": "no single place; the 主送 names 济南、青岛、烟台片区 as addressees", "reader_should_see": True,
                                           "clause_index": [0, 1], "must_not_see": "a single 片区 city (济南/青岛/烟台) from the 主送 as the only place (medium)"}]
    heads = []
    for c in A_CASES:
        idx0 = len(a_clauses)
        for k, t in c[4]:
            if k == "c": a_clauses.append(t)
        heads.append(case_heading(c))
        a_places.append({"unit": c[0], "heading": case_heading(c), "place": c[2], "city": A_PLACE_CITY[c[2]],
                         "printed_in": A_PLACE_WHERE[c[0]], "reader_should_see": True,
                         "clause_index": list(range(idx0, len(a_clauses))),
                         "must_not_see": A_NOT_PLACES[c[0]] + "; and no other case's place (high)"})
    expected["blind58_shandong_anli"] = [{
        "meta": {
            "title": A_TITLE, "doc_number": A_NO, "issuer": A_ISSUER, "date": "2024-08-26",
            "level": "provincial", "region": "山东省", "effective": None, "expires": None,
            "addressees": A_TO.rstrip("："), "attachments": [A_ATT],
            "cc": A_CC[3:].rstrip("。"), "printed_by": A_PRINT[0], "printed": "2024-08-27",
        },
        "clauses": a_clauses,
        "headings_not_clauses": ["附件", "".join(A_AT_LINES), "目　录"] + heads + ["一、主要做法", "二、实践效果", "三、复制推广 (each five times)"],
        "places": a_places,
        "attachment_membership": "The 附件 (the case compilation) belongs to this 印发通知: its clauses follow the 通知's two paragraphs in the same document. A second document for the compilation is tolerable (low) if it keeps 鲁自贸办发〔2024〕7号 (or none), the issuer and 2024-08-26, and its title is the compilation title; the compilation title as the 通知's title = high. Five separate documents, one per case, titled with the case heading: medium (and each must still carry the 通知's meta).",
        "_note": (
            "Provincial 自贸办 印发通知 (level provincial, region 山东省). Two-line red 版头 '中国（山东）自由贸易试验区' / '工作领导小组办公室文件' — the two lines are one 发文机关标志, not a title. "
            "Title = the two centred title lines joined: " + A_TITLE + " (issuer name itself wraps across the title's line break). Issuer " + A_ISSUER + " (省自贸办 tolerable, low; 山东省商务厅 — which only appears as printer in the 版记 — = high). "
            "doc_number 鲁自贸办发〔2024〕7号. Date 2024-08-26; 2024-08-27 is the 印发 date in the 版记. No effective/expires: 2024-12-15 is a 报送 deadline (as effective or expires = high). "
            "Furniture, never clauses: 版头 (2 lines), 文号 line, 主送, the 附件说明 line, signature and date, '（此件公开发布）', the label '附件', the compilation title (2 lines), '目　录' and the five 目录 lines (they repeat the case headings word for word — as clauses = medium; a 目录 line taken as the start of a case so that the real case heading is lost or doubled = medium), each case heading (a heading: as a heading-kind entry fine; glued into '一、主要做法' or into （一） = medium; lost = medium because it carries the case's place), the sub-headings 一、主要做法 / 二、实践效果 / 三、复制推广 (headings; as heading-kind entries fine; glued into the next paragraph = low), 版记 (抄送, 印发 line), footers '— n —'. "
            "The sub-headings 一、二、三、 repeat five times: each occurrence belongs to its own case; a reader must not drop a case's items as duplicates, nor nest case 2's items under case 1 (medium). The （一）（二）（三） under 主要做法 are clauses; the single paragraph under 实践效果 and under 复制推广 are clauses. "
            "案例四's heading has a manual line break before '（潍坊市）' (docx w:br; in the PDF the place sits on its own centred line): '（潍坊市）' must stay with the heading, not become a clause or vanish (medium). "
            "The compilation is set in 14pt: PDF line wraps must be joined without spaces ('集拼分拨中' / '心' etc.). Figures '1.8万票', '1.5天', '36.7亿元' must keep their decimal points. "
            "applies_to per case: see 'places' — the case's 片区/city (青岛市, 济南市, 烟台市, 潍坊市, 威海市, or the 片区 names) is expected on every clause of that case; 山东省 alone on a case's clauses = medium; another case's place = high; a foreign place (日本, 韩国, 大阪, 仁川, 平泽) as applies_to = medium."
        ),
    }]
    # ---------------- (b)
    b_clauses = [B_PRE] + [t for k, t in B_ITEMS if k == "c"] + [B_END]
    b_rows = []
    for r in B_ROWS:
        b_rows.append("；".join("%s：%s" % (h, v.strip("　")) for h, v in zip(B_TH, r)))
    b_clauses += b_rows + [B_NOTE]
    b_idx = [[0], [1], [2], [3], [4], [5], [6], [7], [8], [9], [10], [11], list(range(13, 20)), [20, 21]]
    b_places = [{"unit": unit, "place": place, "reader_should_see": see, "clause_index": ix, "note": why}
                for (unit, place, see, why), ix in zip(B_ITEM_PLACES, b_idx)]
    expected["blind58_nanning_zongjie"] = [{
        "meta": {
            "title": B_TITLE, "doc_number": B_NO, "issuer": "南宁市商务局", "date": "2024-01-18",
            "level": "municipal", "region": "南宁市", "effective": None, "expires": None,
            "signer": B_SIGNER, "addressees": B_TO.rstrip("："), "attachments": [B_ATT],
            "printed_by": B_PRINT[0], "printed": "2024-01-18",
        },
        "clauses": b_clauses,
        "headings_not_clauses": ["一、2023年工作成效", "二、存在的问题", "三、2024年工作要点", "附表", B_ATT],
        "places": b_places,
        "attachment_membership": "The 附表 belongs to the 报告 (one document). A separate document for the 附表 is tolerable (low) if it keeps the 报告's meta and the 附表 title does not replace the 报告's title.",
        "_note": (
            "Municipal 商务局 报告 (上行文) to 市人民政府; level municipal, region 南宁市. The 文号 line carries '签发人：黄建明' at the right (GB/T 9704 上行文): the doc_number is 南商务报〔2024〕6号 alone ('南商务报〔2024〕6号签发人：黄建明' as doc_number = medium); 黄建明 is the signer, never the issuer (high) nor part of the title. "
            "Title = the two title lines joined: " + B_TITLE + ". Date 2024-01-18. No effective/expires: the years 2023/2024 in the title are the report's subject periods — 2024-01-01/2024-12-31 or 2023 dates as effective/expires = high. "
            "Furniture: 版头 '南宁市商务局文件', the 文号/签发人 line, 主送 '市人民政府：', the 附件说明 line '附表：南宁市2023年…' (it is a 附件说明 even though it says 附表; as a clause = medium; it wraps to 2 lines in a rendering), signature, date, the contact line '（联系人：梁晓燕；联系电话：0771-5580326）' (as a clause: low), the label '附表' and the 附表 title, the 版记 line '南宁市商务局办公室　2024年1月18日印发', footers. '特此报告。' is expected as a clause but tolerable either way. "
            "Headings 一、2023年工作成效 / 二、存在的问题 / 三、2024年工作要点 carry no text of their own (as headings fine; glued into the next item = medium). The 成效 （一）–（四） and the 要点 （一）–（六） restart numbering under different headings: the 要点's （一）稳住外贸基本盘 must not be merged with or deduplicated against the 成效's （一） (high), and each must stay under its own heading (a 要点 item read as 2023 成效 or vice versa = medium). "
            "二、存在的问题 is one paragraph with '一是…；二是…；三是…': one clause (split into three = low). "
            "TABLE 附表: header 指标/2023年完成/同比增长（%）/2024年目标; one clause per row 'header：value；…'. Row 2's 指标 cell begins '其中：' ('指标：其中：出口（亿元）' is the expected form; a reader that splits at the inner '：' = medium). Row 3's 指标 is indented with full-width spaces under '其中：' — expected '对东盟进出口（亿元）' (leading spaces stripped; '其中：对东盟进出口（亿元）' fine). '—' cells must stay '—' (empty = low). The 注 line is a clause or note (low). "
            "applies_to: 南宁市 throughout (see 'places'); 南宁片区 items narrower fine. 东盟, 越南河内, 老挝万象 must not be applies_to (medium)."
        ),
    }]
    # ---------------- (c)
    c_clauses = []
    for head, paras, src in C_NEWS: c_clauses += paras
    c_places = []
    i = 0
    for (unit, place, see, why), (head, paras, src) in zip(C_PLACES, C_NEWS):
        c_places.append({"unit": unit, "headline": head, "place": place, "reader_should_see": see, "clause_index": list(range(i, i + len(paras))), "note": why})
        i += len(paras)
    expected["blind58_guangxi_jianbao"] = [{
        "meta": {
            "title": C_MAST, "doc_number": None, "issue": C_ISSUE, "issuer": C_EDITOR[:-1], "date": "2024-04-10",
            "level": "provincial", "region": "广西壮族自治区", "effective": None, "expires": None,
        },
        "clauses": c_clauses,
        "headings_not_clauses": [h for h, _, _ in C_NEWS],
        "places": c_places,
        "_note": (
            "简报 (工作动态), not a 公文: red masthead '自贸试验区工作动态', issue line '第7期（总第58期）', 编发 line '自治区自贸试验区工作领导小组办公室编' + tab + '2024年4月10日' above a red rule. "
            "Title: '自贸试验区工作动态' ('自贸试验区工作动态（第7期）' or with 总第58期 fine; a news headline as title = high). doc_number: none (the 期号 as doc_number = low). "
            "Issuer: the printed '自治区自贸试验区工作领导小组办公室' (the 编 suffix dropped; '广西壮族自治区自贸试验区工作领导小组办公室' fine; '…办公室编' = low; empty = medium; a 片区管委会 from a 供稿 line = high). "
            "Date 2024-04-10 from the 编发 line. Level provincial; region 广西壮族自治区 — the issuer line says only '自治区', so the region must come from the 广西 places in the text (empty region = medium; 南宁市 = medium). "
            "No effective/expires (3月28日, 4月2日, 截至3月底 are news dates; 'x-03-28' etc. as effective = high). "
            "Clauses: the four body paragraphs (item 1 has two). The three headlines are headings (as heading-kind entries fine; as plain clauses low; glued into the body = low). The 供稿 lines '（钦州港片区管委会供稿）' and '（崇左片区管委会供稿）' are attributions: not clauses (as clauses low; glued to the end of the paragraph above low). "
            "PDF: item 3's headline is the last line of page 1 and its body starts page 2 after the footer '— 1 —': the headline must stay with item 3 (glued onto item 2's text = medium) and the body must not be lost. "
            "Furniture, never clauses: masthead, issue line, 编发 line, the distribution block '报：…' '送：…' '发：…' and '责任编辑：韦丽娜　（共印60份）' (as clauses = medium), footers. "
            "applies_to: see 'places' — each item's own 片区/city; one item's place leaking to another item = high; 越南海防 / 东盟 as applies_to = medium."
        ),
    }]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    import sys
    which = sys.argv[1:] or ["a", "b", "c"]
    if "a" in which: make_a()
    if "b" in which: make_b()
    if "c" in which: make_c()
    build_expected()
