# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the fifty-sixth round of blind office files and expected.json.

Theme: notices whose substance sits in their attachments.

  (a) blind56_hubei_tongzhi.docx / .pdf — 湖北省发展和改革委员会 通知 鄂发改外资〔2024〕186号
      (two pages of body, 附件 list of three), then after page breaks 附件1 a 重点项目名单 table
      (序号/类别/项目名称/实施主体/所在地/总投资（亿元）, header row marked to repeat, a
      vertically merged 类别 cell per category, one of them running over the page break,
      a 合计 row merged across five columns), 附件2 a blank 申报表 form (label/value cells,
      checkboxes, 填表说明), 附件3 a 联系人名单 table, then the 版记.
  (b) blind56_zhengzhou_fuhan.docx / .pdf — 郑州市商务局 复函 郑商函〔2024〕58号 to the
      郑州片区管委会 (信函格式: red 版头, double rule, 文号 at the right), short body, 此复,
      联系人 line, then the 附件 问题清单 (序号/问题/答复意见; one answer has two paragraphs,
      one row splits over the PDF page break).
  (c) blind56_hefei_yinfa.docx / .pdf — 合肥市人民政府办公室 印发通知 合政办〔2024〕12号 with
      its own 一、二、 items, then after a page break "附件" on the first line and the 若干举措
      (own title, no 文号, own 一、二、三、四、 with （一）… and 1. items, 施行/有效期/废止).
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
    prof = tempfile.mkdtemp(prefix="lo56p_"); tmp = tempfile.mkdtemp(prefix="lo56o_")
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


# ==================================================================== (a) 湖北省发展改革委 通知
A_HEAD = "湖北省发展和改革委员会文件"
A_NO = "鄂发改外资〔2024〕186号"
A_T = ["省发展改革委关于公布2024年全省推进共建", "“一带一路”重点项目名单并做好项目", "调度工作的通知"]
A_TITLE = "".join(A_T)
A_TO = "各市、州、直管市、神农架林区发展改革委，中国（湖北）自由贸易试验区武汉、襄阳、宜昌片区管委会，省直有关单位："
A_BODY = [
    ("p", "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，按照《湖北省推进共建“一带一路”高质量发展三年行动方案（2023—2025年）》要求，经评审确定2024年全省推进共建“一带一路”重点项目22个，总投资{TOTAL}亿元（名单见附件1）。现将有关事项通知如下："),
    ("p", "一、强化项目要素保障。各地要将名单内项目纳入本地重大项目库，在要素配置上优先保障。对境外投资项目，各地发展改革委要主动对接企业，指导做好境外投资备案（核准）和风险防控工作。"),
    ("p", "二、建立项目调度机制。"),
    ("p", "（一）实行季度调度。各地发展改革委于每季度结束后10日内报送名单内项目建设进展和完成投资情况。"),
    ("p", "（二）实行动态调整。对确实无法推进的项目，由所在地发展改革委提出申请，经我委审核后调出名单；确需新增的项目，由所在地发展改革委填写《湖北省推进共建“一带一路”重点项目申报表》（见附件2），于2024年7月31日前报送我委，经评审后纳入名单管理。"),
    ("p", "三、发挥自贸试验区平台作用。中国（湖北）自由贸易试验区武汉、襄阳、宜昌片区要围绕中欧班列（武汉）、阳逻港江海联运和鄂州花湖国际机场航空货运，在通关便利、多式联运“一单制”等方面先行先试。"),
    ("p", "四、做好组织联络。各地请于2024年7月5日前明确1名项目调度联系人，填写联系人名单（格式见附件3）报送我委对外开放处。"),
]
A_ATTS = ["2024年全省推进共建“一带一路”重点项目名单", "湖北省推进共建“一带一路”重点项目申报表", "项目调度联系人名单"]
A_SIG = "湖北省发展和改革委员会"; A_DATE = "2024年6月18日"
A_PUB = "（此件公开发布）"
A_CC = "抄送：国家发展改革委西部开发司（推进“一带一路”建设工作领导小组办公室），省人民政府办公厅，省商务厅，武汉海关。"
A_PRINT = ("湖北省发展和改革委员会办公室", "2024年6月19日印发")

A_TH = ["序号", "类别", "项目名称", "实施主体", "所在地", "总投资（亿元）"]
A_GROUPS = [
    ("基础设施互联互通", [
        ("中欧班列（武汉）集结中心吴家山铁路物流基地二期工程", "武汉汉欧国际物流有限公司", "武汉市东西湖区", "38.60"),
        ("武汉阳逻港水铁联运二期工程", "武汉港航发展集团有限公司", "武汉市新洲区", "45.20"),
        ("鄂州花湖国际机场国际货运转运中心", "湖北国际物流机场有限公司", "鄂州市鄂城区", "26.80"),
        ("宜昌白洋港多式联运物流园（二期）", "宜昌港务集团有限责任公司", "宜昌市枝江市", "18.35"),
        ("襄阳国际陆港铁路物流基地", "襄阳国际陆港投资运营有限公司", "襄阳市襄州区", "22.10"),
        ("黄石新港江海直达集装箱码头配套工程", "黄石新港港口股份有限公司", "黄石市阳新县", "12.60"),
        ("荆州综合保税区跨境物流分拨中心", "荆州城市发展控股集团有限公司", "荆州市荆州区", "8.75"),
    ]),
    ("经贸产业合作", [
        ("中国（湖北）自由贸易试验区武汉片区跨境电商产业园", "武汉东湖综合保税区建设投资有限公司", "武汉市东湖新技术开发区", "15.40"),
        ("湖北—乌兹别克斯坦吉扎克农业产业园", "湖北联农海外农业发展有限公司", "乌兹别克斯坦吉扎克州", "9.80"),
        ("襄阳片区新能源汽车零部件出口基地", "襄阳东津新能源汽车零部件有限公司", "襄阳市高新区", "31.50"),
        ("宜昌片区精细磷化工出口加工项目", "宜昌兴发新材料有限公司", "宜昌市猇亭区", "27.30"),
        ("十堰商用车整车出口集拼中心", "十堰东风商用车国际贸易有限公司", "十堰市张湾区", "6.90"),
        ("孝感临空经济区中欧班列回程商品分拨中心", "孝感临空区投资发展有限公司", "孝感市孝南区", "7.25"),
        ("随州专用汽车出口服务中心", "随州市专汽产业发展集团有限公司", "随州市曾都区", "5.60"),
        ("荆门绿色化工循环产业园东盟市场出口项目", "荆门楚能新材料科技有限公司", "荆门市掇刀区", "19.70"),
        ("恩施富硒茶出口基地及“一带一路”展销中心", "恩施州硒茶产业集团有限公司", "恩施土家族苗族自治州恩施市", "3.85"),
    ]),
    ("人文交流与绿色发展", [
        ("“一带一路”（武汉）国际青年交流中心", "武汉市青年发展服务中心", "武汉市洪山区", "4.20"),
        ("湖北中医药“一带一路”国际合作中心", "湖北中医药大学", "武汉市洪山区", "3.10"),
        ("三峡清洁能源国际培训基地", "三峡国际能源人才发展有限公司", "宜昌市夷陵区", "5.50"),
        ("鲁班工坊（湖北—泰国）职业教育合作项目", "武汉职业技术学院", "泰国大城府", "0.85"),
        ("哈萨克斯坦突厥斯坦州100兆瓦风电项目", "中电建湖北新能源国际有限公司", "哈萨克斯坦突厥斯坦州", "11.60"),
        ("神农架国际生态文化旅游交流中心", "神农架林区文化旅游投资有限公司", "神农架林区", "6.30"),
    ]),
]
A_NOTE = "注：项目排名不分先后；总投资含境外投资，按2024年5月31日人民币汇率中间价折算。"

A2_TITLE = "湖北省推进共建“一带一路”重点项目申报表"
A2_TOP = ("填报单位（盖章）：", "填报日期：　　年　　月　　日")
# rows: list of (cells) where a cell is (text, span)
A2_ROWS = [
    [("项目名称", 1), ("", 3)],
    [("实施主体", 1), ("", 1), ("统一社会信用代码", 1), ("", 1)],
    [("项目类别", 1), ("□基础设施互联互通　□经贸产业合作　□人文交流与绿色发展", 3)],
    [("建设地点", 1), ("", 1), ("是否位于自贸试验区", 1), ("□是（　　片区）　□否", 1)],
    [("总投资（亿元）", 1), ("", 1), ("其中：境外投资（亿美元）", 1), ("", 1)],
    [("建设起止年限", 1), ("　　年　月至　　年　月", 1), ("已完成投资（亿元）", 1), ("", 1)],
    [("主要建设内容及规模", 1), ("", 3)],
    [("对共建“一带一路”的带动作用", 1), ("", 3)],
    [("需协调解决的问题", 1), ("", 3)],
    [("市（州）发展改革委意见", 1), ("（盖章）\n　　年　　月　　日", 3)],
    [("联系人", 1), ("", 1), ("联系电话", 1), ("", 1)],
]
A2_NOTES = [
    "填表说明：",
    "1.项目类别请在对应“□”内打“√”，每个项目只选一类。",
    "2.境外投资按填报当月人民币汇率中间价折算为美元。",
    "3.本表一式两份，纸质版加盖公章后报送，电子版同时发送至ydylxm@example.hubei.cn。",
]
A3_TITLE = "项目调度联系人名单"
A3_TH = ["序号", "单位", "联系人", "职务", "联系电话"]
A3_ROWS = [
    ["1", "省发展改革委对外开放处", "程思远", "二级调研员", "027-87231466"],
    ["2", "省发展改革委投资处", "黄晓雯", "四级主任科员", "027-87231502"],
    ["3", "武汉市发展改革委", "", "", ""],
    ["4", "襄阳市发展改革委", "", "", ""],
    ["5", "宜昌市发展改革委", "", "", ""],
    ["6", "中国（湖北）自由贸易试验区武汉片区管委会", "", "", ""],
]


def a_rows():
    rows = []; n = 0
    for cat, items in A_GROUPS:
        for (name, who, where, inv) in items:
            n += 1; rows.append([str(n), cat, name, who, where, inv])
    return rows


A_TOTAL = "%.2f" % sum(float(r[5]) for r in a_rows())
A_BODY = [(k, t.replace("{TOTAL}", A_TOTAL)) for k, t in A_BODY]


def make_a():
    doc = Document(); gw_page(doc)
    para(doc, A_HEAD, XBS, 32, align="c", indent=False, before=0, after=12, exact=48, color=RED)
    p = para(doc, A_NO, FS, 16, align="c", indent=False, after=6); rule_below(p)
    for i, t in enumerate(A_T):
        para(doc, t, XBS, 22, align="c", indent=False, before=18 if i == 0 else 0, after=18 if i == len(A_T) - 1 else 0, exact=33)
    para(doc, A_TO, indent=False, align="j")
    for k, t in A_BODY:
        if t.startswith(("一、", "二、", "三、", "四、")):
            # run-in head: 黑体 up to the first 。
            p = para(doc, "", indent=True)
            i = t.index("。") + 1
            set_run(p.add_run(t[:i]), HEI, 16)
            if t[i:]: set_run(p.add_run(t[i:]), FS, 16)
        elif t.startswith("（"):
            p = para(doc, "", indent=True); i = t.index("。") + 1
            set_run(p.add_run(t[:i]), KAI, 16); set_run(p.add_run(t[i:]), FS, 16)
        else:
            body(doc, t)
    para(doc, "")
    for i, a in enumerate(A_ATTS):
        p = para(doc, ("附件：" if i == 0 else "") + "%d.%s" % (i + 1, a), indent=False, align="l")
        if i == 0: hanging(p, 32, 0)
        else: hanging(p, 80, 0)
    signature(doc, A_SIG, A_DATE, right_cm=2.0, blank=True)
    para(doc, A_PUB, indent=True, align="l")
    # ---- 附件1
    att_head(doc, "附件1", ["2024年全省推进共建“一带一路”", "重点项目名单"])
    rows = a_rows()
    t = doc.add_table(rows=2 + len(rows), cols=6); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [1.3, 1.9, 4.5, 3.5, 2.3, 2.1]
    for i, h in enumerate(A_TH): set_cell(t.rows[0].cells[i], h, HEI, 12)
    mark_header(t.rows[0])
    for r, vals in enumerate(rows, 1):
        for i, v in enumerate(vals):
            if i == 1: continue
            set_cell(t.rows[r].cells[i], v, FS, 12, "l" if i in (2, 3) else "c")
    set_widths(t, widths)
    r0 = 1
    for cat, items in A_GROUPS:
        c = t.cell(r0, 1).merge(t.cell(r0 + len(items) - 1, 1)); set_cell(c, cat, FS, 12); valign(c); r0 += len(items)
    last = len(rows) + 1
    c = t.cell(last, 0).merge(t.cell(last, 4)); set_cell(c, "合计", HEI, 12)
    set_cell(t.cell(last, 5), A_TOTAL, HEI, 12)
    p = para(doc, A_NOTE, FS, 12, align="l", indent=False, before=6, exact=20)
    # ---- 附件2
    att_head(doc, "附件2", [A2_TITLE])
    p = para(doc, "", FS, 14, align="l", indent=False, after=6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), alignment=2)
    set_run(p.add_run(A2_TOP[0]), FS, 14); set_run(p.add_run("\t" + A2_TOP[1]), FS, 14)
    t = doc.add_table(rows=len(A2_ROWS), cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [4.0, 3.8, 4.0, 3.8])
    for r, cells in enumerate(A2_ROWS):
        col = 0
        for text, span in cells:
            c = t.cell(r, col)
            if span > 1: c = c.merge(t.cell(r, col + span - 1))
            set_cell(c, text, FS, 12, "c" if col % 2 == 0 and span == 1 else ("r" if "盖章" in text else "l")); valign(c)
            col += span
        if r in (6, 7, 8): row_height(t.rows[r], 1.6)
        elif r == 9: row_height(t.rows[r], 1.5)
        else: row_height(t.rows[r], 1.0)
    for i, n in enumerate(A2_NOTES):
        p = para(doc, n, FS, 12, align="l", indent=False, before=6 if i == 0 else 0, exact=20)
        if i: p.paragraph_format.first_line_indent = Pt(24)
    # ---- 附件3
    att_head(doc, "附件3", [A3_TITLE])
    t = doc.add_table(rows=1 + len(A3_ROWS), cols=5); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(A3_TH): set_cell(t.rows[0].cells[i], h, HEI, 12)
    for r, vals in enumerate(A3_ROWS, 1):
        for i, v in enumerate(vals): set_cell(t.rows[r].cells[i], v, FS, 12)
        row_height(t.rows[r], 1.2)
    set_widths(t, [1.3, 5.6, 2.0, 3.0, 3.7])
    # ---- 版记
    for _ in range(5): para(doc, "", FS, 14, indent=False)
    banji(doc, [(A_CC, None), A_PRINT])
    path = os.path.join(HERE, "blind56_hubei_tongzhi.docx"); doc.save(path)
    to_pdf(path, os.path.join(HERE, "blind56_hubei_tongzhi.pdf"))


# ==================================================================== (b) 郑州市商务局 复函
B_HEAD = "郑州市商务局"
B_NO = "郑商函〔2024〕58号"
B_T = ["郑州市商务局关于中国（河南）自由贸易", "试验区郑州片区跨境电商海外仓和中欧班列", "货源组织有关问题的复函"]
B_TITLE = "".join(B_T)
B_TO = "中国（河南）自由贸易试验区郑州片区管理委员会："
B_BODY = [
    "你委《关于商请明确跨境电商海外仓和中欧班列货源组织有关政策适用问题的函》（郑自贸函〔2024〕17号）收悉。经研究，并商市财政局、郑州海关，现函复如下：",
    "一、对你委提出的7个问题，我局逐条提出了答复意见（见附件），请据此做好政策解释工作。",
    "二、上述答复意见自本函印发之日起执行。执行中如遇新情况新问题，请及时与我局对外贸易处联系。",
]
B_ATT = "郑州片区跨境电商海外仓和中欧班列货源组织有关问题答复清单"
B_SIG = "郑州市商务局"; B_DATE = "2024年5月22日"
B_CONTACT = "（联系人：孙晓楠；联系电话：0371-67186542）"
B_QA = [
    ("1.片区内跨境电商企业在共建“一带一路”国家自建或租赁的海外仓，能否申报郑州市公共海外仓认定？",
     "可以。自建或租赁的海外仓均可申报，仓储面积不低于5000平方米、年服务郑州市外贸企业不少于10家的，可按程序申报市级公共海外仓。租赁海外仓的，需提供剩余期限不少于3年的租赁合同。"),
    ("2.市级公共海外仓的支持标准如何确定？能否与省级资金叠加享受？",
     "对认定的市级公共海外仓，按其上一年度仓储设施投入的10%给予一次性补助，最高不超过200万元。同一海外仓已获得省级同类资金支持的，市级资金按照“就高不重复”原则补足差额，不重复支持。"),
    ("3.片区企业通过中欧班列（郑州）出口至共建“一带一路”国家的跨境电商包裹，能否享受班列运费补贴？",
     "能够享受。以跨境电商B2B直接出口（9710）、跨境电商出口海外仓（9810）方式申报，并经中欧班列（郑州）出境的货物，按实际发运标准箱数纳入运费补贴范围。\n以跨境电商零售出口（9610）方式申报的包裹，需由班列运营平台公司集中拼箱发运，补贴对象为平台公司，不直接补贴包裹寄递企业。"),
    ("4.同一批货物已通过“郑州—卢森堡”空中丝绸之路航线享受航空货运补贴的，能否再享受中欧班列运费补贴？",
     "不能。同一批货物只能选择一种国际物流通道补贴，不得重复申报。经班列运抵欧洲后再转航空运输的，以班列段运费为准申报。"),
    ("5.海外仓认定和班列运费补贴申报材料能否线上提交？",
     "可以。自2024年6月1日起，上述两项申报统一通过“郑好办”企业服务专区在线提交，不再受理纸质材料；需加盖公章的材料上传扫描件即可。"),
    ("6.片区在海外仓监管、班列集拼等方面形成的制度创新成果，市商务局能否给予资金奖励？",
     "市商务局现行政策未设立制度创新成果专项奖励。对片区形成的可复制推广经验，我局将积极向省商务厅、省自贸办推荐，争取纳入全省自由贸易试验区制度创新案例和改革试点经验复制推广清单。片区管委会可结合实际，在片区产业发展资金中统筹安排，对首创性强、企业获得感明显的制度创新成果给予奖励；涉及跨部门协同的创新事项，可提请市推进“一带一路”建设工作领导小组办公室统筹协调，我局将配合做好政策衔接和经验总结工作。"),
    ("7.2024年度海外仓认定和班列运费补贴的申报时间如何安排？",
     "2024年度市级公共海外仓认定集中受理时间为2024年7月1日至7月31日；中欧班列运费补贴按季度申报，每季度结束后15个工作日内提交上一季度发运资料。具体以我局发布的年度申报通知为准。"),
]
B_TH = ["问题", "答复意见"]


def make_b():
    doc = Document(); gw_page(doc)
    s = doc.sections[0]; s.top_margin = Cm(2.6); title_pg(s)
    para(doc, B_HEAD, XBS, 36, align="c", indent=False, before=0, after=0, exact=46, color=RED)
    p = para(doc, "", FS, 6, indent=False, exact=6); double_rule(p)
    para(doc, B_NO, FS, 16, align="r", indent=False, before=6, after=6).paragraph_format.right_indent = Cm(0.5)
    for i, t in enumerate(B_T):
        para(doc, t, XBS, 22, align="c", indent=False, before=12 if i == 0 else 0, after=18 if i == len(B_T) - 1 else 0, exact=33)
    para(doc, B_TO, indent=False, align="j")
    for t in B_BODY:
        body(doc, t)
    body(doc, "此复。")
    para(doc, "")
    p = para(doc, "附件：" + B_ATT, indent=False, align="l"); hanging(p, 80, -48)
    signature(doc, B_SIG, B_DATE, right_cm=2.0, blank=True)
    para(doc, B_CONTACT, indent=True, align="l")
    para(doc, "附件", HEI, 16, align="l", indent=False).paragraph_format.page_break_before = True
    para(doc, "郑州片区跨境电商海外仓和中欧班列货源组织", XBS, 22, align="c", indent=False, before=12, exact=33)
    para(doc, "有关问题答复清单", XBS, 22, align="c", indent=False, after=12, exact=33)
    t = doc.add_table(rows=1 + len(B_QA), cols=2); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(B_TH): set_cell(t.rows[0].cells[i], h, HEI, 14)
    mark_header(t.rows[0])
    for r, (q, a) in enumerate(B_QA, 1):
        set_cell(t.rows[r].cells[0], q, FS, 14, "l"); set_cell(t.rows[r].cells[1], a, FS, 14, "j")
        valign(t.rows[r].cells[0])
    set_widths(t, [5.6, 10.0])
    path = os.path.join(HERE, "blind56_zhengzhou_fuhan.docx"); doc.save(path)
    to_pdf(path, os.path.join(HERE, "blind56_zhengzhou_fuhan.pdf"))


# ==================================================================== (c) 合肥市政府办公室 印发通知
C_HEAD = "合肥市人民政府办公室文件"
C_NO = "合政办〔2024〕12号"
C_T = ["合肥市人民政府办公室关于印发合肥市支持", "中欧班列（合肥）高质量发展若干举措的通知"]
C_TITLE = "".join(C_T)
C_TO = "各县（市）、区人民政府，市政府各部门、各直属机构："
C_BODY = [
    "《合肥市支持中欧班列（合肥）高质量发展若干举措》已经市政府同意，现印发给你们，并就有关事项通知如下：",
    "一、各县（市）、区和中国（安徽）自由贸易试验区合肥片区要结合实际制定配套措施，于2024年5月15日前报市发展改革委备案。",
    "二、市发展改革委、市商务局、市财政局要加强统筹协调，每半年将若干举措落实情况报市政府。",
]
C_SIG = "合肥市人民政府办公室"; C_DATE = "2024年4月2日"
C_PUB = "（此件公开发布）"
C_CC = "抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市纪委监委，市法院，市检察院，合肥海关。"
C_PRINT = ("合肥市人民政府办公室", "2024年4月3日印发")
C_AT = "合肥市支持中欧班列（合肥）高质量发展若干举措"
C_AT_LINES = ["合肥市支持中欧班列（合肥）", "高质量发展若干举措"]
C_AT_PRE = "为深度融入共建“一带一路”，推动中欧班列（合肥）扩量提质增效，加快建设中欧班列区域集结中心，结合我市实际，制定如下举措。"
C_AT_ITEMS = [
    ("h", "一、拓展国际物流通道"),
    ("c", "（一）加密开行线路。巩固合肥至汉堡、杜伊斯堡、马拉舍维奇等既有线路，新开合肥至中亚、里海方向班列线路。对新开通并稳定运行6个月以上的国际线路，给予运营平台公司一次性奖励100万元。"),
    ("c", "（二）发展多式联运。支持开行“班列+港口”“班列+航空”联运产品，对经合肥港至宁波舟山港转运、再经中欧班列（合肥）出境的集装箱，按每标准箱200元给予补助。"),
    ("h", "二、壮大班列货源"),
    ("c", "（三）培育本地货源。对本市生产型企业经中欧班列（合肥）出口的货物，按照以下标准给予运费补贴："),
    ("c", "1.年发运量50标准箱（含）以上不足200标准箱的，每标准箱补贴1000元；"),
    ("c", "2.年发运量200标准箱（含）以上的，每标准箱补贴1500元；"),
    ("c", "3.单个企业年度补贴总额不超过300万元。"),
    ("c", "（四）吸引外地货源。对市外货源经合肥集结发运的，按每标准箱500元给予集结补贴，重点支持长三角地区新能源汽车、光伏组件和家用电器出口。"),
    ("h", "三、优化口岸服务"),
    ("c", "（五）提升通关效率。推广“铁路快通”“两段准许”等监管模式，班列货物整体通关时间压缩至12小时以内。"),
    ("c", "（六）建设进口分拨中心。依托合肥经济技术开发区综合保税区建设中欧班列进口商品分拨中心，对年进口货值超过1亿元的分拨企业，给予一次性奖励50万元。"),
    ("h", "四、附则"),
    ("c", "（七）本举措所需资金由市、县（市）区按现行财政体制分担。同一事项符合本市其他政策的，按照就高不重复原则执行。"),
    ("c", "（八）本举措自2024年5月1日起施行，有效期至2026年12月31日。《合肥市中欧班列发展扶持办法》（合政办〔2021〕9号）同时废止。"),
]


def make_c():
    doc = Document(); gw_page(doc)
    para(doc, C_HEAD, XBS, 32, align="c", indent=False, before=0, after=12, exact=48, color=RED)
    p = para(doc, C_NO, FS, 16, align="c", indent=False, after=6); rule_below(p)
    for i, t in enumerate(C_T):
        para(doc, t, XBS, 22, align="c", indent=False, before=18 if i == 0 else 0, after=18 if i == len(C_T) - 1 else 0, exact=33)
    para(doc, C_TO, indent=False, align="j")
    for t in C_BODY: body(doc, t)
    signature(doc, C_SIG, C_DATE, right_cm=2.0, blank=True)
    para(doc, C_PUB, indent=True, align="l")
    para(doc, "附件", HEI, 16, align="l", indent=False).paragraph_format.page_break_before = True
    for i, t in enumerate(C_AT_LINES):
        para(doc, t, XBS, 22, align="c", indent=False, before=12 if i == 0 else 0, after=18 if i == len(C_AT_LINES) - 1 else 0, exact=33)
    body(doc, C_AT_PRE)
    for k, t in C_AT_ITEMS:
        if k == "h": head1(doc, t)
        elif t.startswith("（"):
            p = para(doc, "", indent=True); i = t.index("。") + 1
            set_run(p.add_run(t[:i]), KAI, 16); set_run(p.add_run(t[i:]), FS, 16)
        else: body(doc, t)
    for _ in range(6): para(doc, "", FS, 14, indent=False)
    banji(doc, [(C_CC, None), C_PRINT])
    path = os.path.join(HERE, "blind56_hefei_yinfa.docx"); doc.save(path)
    to_pdf(path, os.path.join(HERE, "blind56_hefei_yinfa.pdf"))



# ==================================================================== expected.json
def form_rows():
    out = []
    for cells in A2_ROWS:
        pairs = []
        for k in range(0, len(cells), 2):
            lab = cells[k][0]; val = cells[k + 1][0].replace("\n", "") if k + 1 < len(cells) else ""
            pairs.append(lab + "：" + val)
        out.append("；".join(pairs))
    return out


def build_expected():
    a_clauses = [t for _, t in A_BODY]
    a_clauses += rows_as_clauses(A_TH, a_rows())
    a_clauses += ["序号：合计；总投资（亿元）：" + A_TOTAL, A_NOTE]
    a_clauses += form_rows()
    a_clauses += A2_NOTES[1:]
    a_clauses += ["；".join(f"{h}：{v}" for h, v in zip(A3_TH, r)) for r in A3_ROWS]
    expected["blind56_hubei_tongzhi"] = [{
        "meta": {
            "title": A_TITLE, "doc_number": A_NO, "issuer": "湖北省发展和改革委员会", "date": "2024-06-18",
            "level": "provincial", "region": "湖北省", "effective": None, "expires": None,
            "addressees": A_TO.rstrip("："), "attachments": ["2024年全省推进共建“一带一路”重点项目名单", A2_TITLE, A3_TITLE],
            "cc": A_CC[3:].rstrip("。"), "printed_by": A_PRINT[0], "printed": "2024-06-19",
        },
        "clauses": a_clauses,
        "attachment_membership": "All three 附件 belong to this one 通知 (there is no second document in the file): 附件1 rows, the 合计 row and the 注 line, the 附件2 form rows and 填表说明 items, and the 附件3 rows are clauses of the 通知 after 四、. A reader that makes 附件1/2/3 separate documents is tolerable (low) only if each keeps the 通知's 文号/issuer/date or leaves them empty (never another number) and no row is lost; the attachment titles must never become the 通知's title (high).",
        "_note": (
            "Provincial 发展改革委 通知 (level provincial, region 湖北省). The title begins with the short form '省发展改革委' as such titles do; issuer is the full name from the 版头/signature 湖北省发展和改革委员会 ('湖北省发展改革委' or '省发展改革委' tolerable, low; an empty issuer = medium). "
            "doc_number 鄂发改外资〔2024〕186号. Date 2024-06-18 (成文日期); 2024-06-19 is the 印发 date in the 版记 (published 2024-06-19 fine; as signed = medium). No effective/expires printed: 2024-07-31 (申报表 deadline in 二、（二）), 2024-07-05 (联系人 deadline in 四、) and 2024-05-31 (exchange-rate date in the 注) are NOT effective/expires dates (any of them there = high). "
            "Furniture, never clauses: red 版头 '湖北省发展和改革委员会文件', the 文号 line, the 主送 line (addressees), the 附件说明 block '附件：1.… 2.… 3.…' (attachments metadata), signature and date, '（此件公开发布）', the labels '附件1' '附件2' '附件3', the attachment titles (headings), the form's '填报单位（盖章）：… 填报日期：…' line (as a clause: low), '填表说明：' (heading), the 版记 (抄送 line, '湖北省发展和改革委员会办公室　2024年6月19日印发'), footers '— n —'. "
            "'二、建立项目调度机制。' is a run-in heading with no text of its own: as a clause or as a heading, both fine; glued to （一） = medium. （一）（二） may carry 二、 as context. "
            "TABLE 附件1: header row (w:tblHeader) repeats at the top of the second PDF page; the repeat must not become a data row or a clause (medium). One clause per project row 'header：value；…' with all six headers; 序号 may be dropped (low). The 类别 column is vertically merged: 基础设施互联互通 rows 1–7, 经贸产业合作 rows 8–16, 人文交流与绿色发展 rows 17–22; every row must carry its 类别 (missing 类别 on a row = medium; wrong 类别 = high). In the PDF the 经贸产业合作 cell spans the page break (rows 12–16 have an empty 类别 on page 2) and row 12 itself breaks across the two pages ('十堰商用车整车出口' / '集拼中心', '十堰东风商用车' / '国际贸易有限公司', '十堰市张' / '湾区'): row 12 must be one row with joined cells (split = high). The printed 类别 text wraps inside its narrow cell ('基础设' / '施互联' / '互通') and PDF text may even interleave it with rows 3–5 — it must not be glued into 项目名称 of those rows (medium). Cell wraps must be joined without spaces. "
            "合计 row: cells 序号…所在地 merged into one '合计' cell, then 331.25. Expected '序号：合计；总投资（亿元）：331.25'; 'header：合计' repeated over the five merged headers is low; losing 331.25 or gluing the 合计 row into row 22 = medium. The 注 line may be a clause or a note (low), not glued into a row. "
            "FORM 附件2 (申报表): a blank label/value form with no header row; expected one clause per form row as 'label：value；label：value' with empty values (an empty value may be omitted, low). Labels must all survive, in order (a lost label = medium); a label must never be read as the value of the label before it (e.g. '实施主体：统一社会信用代码' = medium), and the first row must not be taken as a table header so that every later row reads '项目名称：…' (medium). Checkbox text (□… ) and the '（盖章）　年　月　日' placeholder are part of their row (dropping the placeholder = low). The 填表说明 1.–3. are clauses (as a note block: low); item 3's e-mail address wraps onto a new line in the PDF and must be joined. "
            "TABLE 附件3: one clause per row; empty 联系人/职务/联系电话 values in rows 3–6 may be empty or omitted. "
            "applies_to: 湖北省 for the body; for table rows the row's 所在地 (武汉市东西湖区 etc.) is best, 湖北省 fine. Rows 9, 20 and 21 sit abroad (乌兹别克斯坦吉扎克州, 泰国大城府, 哈萨克斯坦突厥斯坦州): the project place may be given, 湖北省 also fine; the foreign place on body clauses = medium."
        ),
    }]
    b_clauses = list(B_BODY) + ["此复。"]
    b_clauses += ["问题：%s；答复意见：%s" % (q, a.replace("\n", "")) for q, a in B_QA]
    expected["blind56_zhengzhou_fuhan"] = [{
        "meta": {
            "title": B_TITLE, "doc_number": B_NO, "issuer": "郑州市商务局", "date": "2024-05-22",
            "level": "municipal", "region": "郑州市", "effective": "2024-05-22", "expires": None,
            "addressees": B_TO.rstrip("："), "attachments": [B_ATT],
        },
        "clauses": b_clauses,
        "attachment_membership": "The 附件 答复清单 belongs to the 复函 (one document): its 7 rows are clauses of the 复函 after '此复。'. A separate document for the 清单 is tolerable (low) if it does not take another 文号 (the 片区's 郑自贸函〔2024〕17号 = high) and the 复函's own meta is unchanged.",
        "_note": (
            "Municipal 商务局 复函 in 信函格式: red 版头 '郑州市商务局' (no '文件'), a red double rule, the 文号 right-aligned under it, no page number on page 1. Level municipal, region 郑州市 (郑州片区 as a narrower place is fine; 河南省 alone = medium). "
            "doc_number 郑商函〔2024〕58号; the quoted 来函 number 郑自贸函〔2024〕17号 is NOT the doc_number (high). Title = the three title lines joined; the 版头 '郑州市商务局' alone as title = high. Issuer 郑州市商务局; the addressee 郑州片区管委会 as issuer = high. "
            "effective: '上述答复意见自本函印发之日起执行' → 2024-05-22 (empty = low). No expiry. 2024-06-01 (Q5) and 2024-07-01/07-31 (Q7) are dates inside answers, not the document's effective/expires (high). "
            "Furniture: 版头, 文号 line, 主送 line (addressee), the 附件说明 line (which wraps in the PDF), signature, date, the contact line '（联系人：孙晓楠；联系电话：0371-67186542）' (as a clause: low), the '附件' label and the two-line 清单 title (heading), the repeated header row '问题 | 答复意见' on PDF page 3, footers. '此复。' as a clause is tolerable either way. "
            "TABLE: header 问题/答复意见; one clause per row 'header：value'. The question number '1.'…'7.' is part of the 问题 cell and must stay. In the PDF the 问题 cell is vertically centred, so its lines interleave with the answer lines: each row's 问题 and 答复意见 texts must each come out whole and unmixed (a question fragment inside an answer or vice versa = high). Row 3's answer has two paragraphs inside one cell (joined with nothing, a space or a newline: all fine; split into two rows = medium). Row 5 breaks across pages 2→3 ('5.海外仓认定和班列运' / '费补贴申报材料能否线上提交？', answer '可以。自2024年6月1日起，上述两项申' / '报统一通过…') and must be one row with joined text (high if split or lost). Justified spacing in row 3 ('能够 享受 。以 跨境 电商 B2B') must not leave spaces between Chinese characters (low). "
            "applies_to: 郑州市 / 郑州片区. 卢森堡 and 欧洲 (row 4) and 共建“一带一路”国家 are destinations, not where the 复函 applies (as applies_to = medium)."
        ),
    }]
    c_clauses = list(C_BODY) + [C_AT_PRE] + [t for k, t in C_AT_ITEMS if k == "c"]
    expected["blind56_hefei_yinfa"] = [{
        "meta": {
            "title": C_TITLE, "doc_number": C_NO, "issuer": "合肥市人民政府办公室", "date": "2024-04-02",
            "level": "municipal", "region": "合肥市", "effective": "2024-05-01", "expires": "2026-12-31",
            "repeals": ["合政办〔2021〕9号"], "addressees": C_TO.rstrip("："),
            "cc": C_CC[3:].rstrip("。"), "printed_by": C_PRINT[0], "printed": "2024-04-03",
            "attachment_title": C_AT,
        },
        "clauses": c_clauses,
        "attachment_membership": "The 若干举措 after the page break (first line '附件', then its own two-line title, no 文号) is the substance of this 印发通知 and belongs to it: expected as one document whose clauses run from the 通知's three paragraphs straight into the 举措's preamble and （一）–（八）. A reader that makes the 举措 a second document titled '合肥市支持中欧班列（合肥）高质量发展若干举措' is tolerable (low) if that document inherits 合政办〔2024〕12号 (or has none), issuer 合肥市人民政府办公室, date 2024-04-02, carries effective 2024-05-01 / expires 2026-12-31, and the 通知 keeps its own 3 paragraphs. The 通知's 一、二、 and the 举措's 一、–四、 are different lists: the 举措's 一、拓展国际物流通道 must not be attached to or merged with the 通知's 一、 (high), and the 举措's items must not be dropped as duplicates of the 通知's labels (high).",
        "_note": (
            "Municipal 政府办公室 印发通知 (level municipal, region 合肥市). doc_number 合政办〔2024〕12号; the repealed 合政办〔2021〕9号 (in （八）) is NOT the doc_number (high) but is repealed. Issuer 合肥市人民政府办公室 (合肥市人民政府 = medium). Date 2024-04-02 (成文日期); 2024-04-03 is the 印发 date in the 版记. "
            "effective 2024-05-01 and expires 2026-12-31 come from the 举措's （八）; 2024-05-15 in the 通知's 一、 is a 备案 deadline, not effective (high). "
            "Furniture: 版头 '合肥市人民政府办公室文件', 文号 line, 主送, signature, date, '（此件公开发布）', the '附件' label, the 举措 title (two centred lines, a heading or the second document's title; glued into the first clause = medium), the 举措's section headings 一、拓展国际物流通道 / 二、壮大班列货源 / 三、优化口岸服务 / 四、附则 (headings, not clauses; as heading-kind clauses fine; glued into the next item = medium), the 版记 on its own last page, footers. "
            "（三） is a lead-in ending in '：'; its 1.–3. may be separate clauses (expected) or folded into （三） (low). Item 2 breaks across PDF pages 2→3 only between items (3. starts page 3) – fine; （八） wraps '（合' / '政办〔2021〕9号）' and must be joined. "
            "applies_to: 合肥市 (合肥片区 in 通知 一、 narrower fine). 汉堡、杜伊斯堡、马拉舍维奇、中亚、里海 ((一)), 宁波舟山港 ((二)) and 长三角地区 ((四)) are routes and sources, not where the 举措 applies (as applies_to = medium)."
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
