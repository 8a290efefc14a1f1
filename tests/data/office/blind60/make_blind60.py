# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the sixtieth round of blind office files and expected.json.

Theme: Hainan Free Trade Port (海南自由贸易港) documents and where their clauses apply.

  (a) blind60_hainan_guiding.docx / .pdf — 海南省人民代表大会常务委员会公告 第31号 (2024-09-27) on page 1,
      then the 海南自由贸易港法规 《海南自由贸易港重点园区促进共建“一带一路”国际合作若干规定》: two-line
      title, 题注 (通过 2024-09-27), 第一条–第十二条 with 款 and 项; 第四条–第七条 each name a 重点园区
      (洋浦经济开发区, 海口综合保税区, 海口江东新区, 三亚崖州湾科技城); 施行 2024-12-01. A 公报 running
      header ('海南省人民代表大会常务委员会公报 … 2024年第6号') on every page.
  (b) blind60_hainan_tongzhi.docx / .pdf — 海南省人民政府办公厅 通知 琼府办〔2024〕38号 (2024-06-18, 印发
      2024-06-20) on 一带一路/RCEP trade facilitation: intro, （一）–（八） run-in items each ending in a
      '（牵头单位：…）' note, 施行/有效期 sentence (expires 2026-12-31), then 附件 table of 重点园区
      (序号/园区名称/所在市县/主导产业/牵头单位), 注 line, 版记.
  (c) blind60_sanya_tongzhi.docx — 三亚市人民政府 三府〔2024〕57号 (2024-07-15) on 邮轮/游艇 and 入境免签:
      一、–四、 headings with （一）（二） restarting under each, effective 2024-08-01, 有效期2年.
Fictional content; real places and organs.  Run again to rebuild.
"""

import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor, Twips

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
    prof = tempfile.mkdtemp(prefix="lo60p_"); tmp = tempfile.mkdtemp(prefix="lo60o_")
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




# ==================================================================== (a) 海南省人大常委会 公告 + 自贸港法规
A_GG_HEAD = "海南省人民代表大会常务委员会公告"
A_GG_NO = "第31号"
A_LAW = "海南自由贸易港重点园区促进共建“一带一路”国际合作若干规定"
A_GG_TEXT = "《" + A_LAW + "》已由海南省第七届人民代表大会常务委员会第十二次会议于2024年9月27日通过，现予公布，自2024年12月1日起施行。"
A_ISSUER = "海南省人民代表大会常务委员会"
A_GG_DATE = "2024年9月27日"
A_T = ["海南自由贸易港重点园区促进共建“一带一路”", "国际合作若干规定"]
A_TIZHU = "（2024年9月27日海南省第七届人民代表大会常务委员会第十二次会议通过）"
A_GAZ = ("海南省人民代表大会常务委员会公报", "2024年第6号")
# (label, [paragraphs]); first paragraph follows the label; later ones are 款 or 项
A_ART = [
    ("第一条", ["为了推动海南自由贸易港重点园区在服务和融入共建“一带一路”中发挥示范引领作用，促进高水平对外开放，根据《中华人民共和国海南自由贸易港法》等法律、法规，结合海南自由贸易港实际，制定本规定。"]),
    ("第二条", ["本规定所称重点园区，是指省人民政府确定的海南自由贸易港重点园区，包括洋浦经济开发区、海口江东新区、三亚崖州湾科技城等。",
              "重点园区的具体范围由省人民政府确定并向社会公布。"]),
    ("第三条", ["省人民政府应当加强对重点园区开放合作工作的统筹协调，推动建立与共建“一带一路”国家和地区的经贸合作机制。",
              "儋州市、海口市、三亚市人民政府和重点园区管理机构应当按照各自职责，做好园区服务和融入共建“一带一路”的相关工作。"]),
    ("第四条", ["洋浦经济开发区应当发挥西部陆海新通道国际航运枢纽作用，重点推进下列工作：",
              "（一）完善洋浦港至东南亚、南亚、中东等共建“一带一路”国家和地区的集装箱航线网络；",
              "（二）实施以“中国洋浦港”为船籍港的国际船舶登记制度，落实国际船舶登记相关税收政策；",
              "（三）推动洋浦保税港区国际中转集拼、保税燃料油加注等业务协同发展。"]),
    ("第五条", ["在洋浦经济开发区内注册的企业，生产的含进口料件在区内加工增值达到百分之三十以上的货物，经“二线”进入内地的，免征进口关税，照章征收进口环节增值税、消费税。",
              "前款规定的政策，按照国家有关规定适用于海口综合保税区、海口空港综合保税区。"]),
    ("第六条", ["海口江东新区应当建设国际商务和总部经济集聚区，吸引共建“一带一路”国家和地区的企业设立区域总部、结算中心和贸易中心。",
              "在海口江东新区开展新型离岸国际贸易的企业，可以按照规定享受跨境资金结算便利。"]),
    ("第七条", ["三亚崖州湾科技城应当建设南繁科技城和深海科技城，支持与共建“一带一路”国家和地区开展种质资源引进、联合育种和深海装备研发合作。",
              "经国家有关部门批准，三亚崖州湾科技城可以设立全球动植物种质资源引进中转基地，对引进的种质资源实行隔离检疫和分类管理。"]),
    ("第八条", ["重点园区应当推行极简审批和承诺即入制，对共建“一带一路”国家和地区投资者在园区内投资的项目，按照国家和本省有关规定实行备案管理。"]),
    ("第九条", ["省人民政府商务主管部门应当会同海南国际经济发展局建立面向共建“一带一路”国家和地区的投资促进网络，可以在新加坡、迪拜、雅加达等地设立投资促进联络点。"]),
    ("第十条", ["支持海南国际仲裁院和海口、三亚等地的国际商事调解组织为共建“一带一路”国家和地区的当事人提供商事纠纷解决服务。"]),
    ("第十一条", ["省人民政府应当每年对重点园区服务和融入共建“一带一路”工作情况进行评估，评估结果向社会公布，并向省人民代表大会常务委员会报告。"]),
    ("第十二条", ["本规定自2024年12月1日起施行。"]),
]


def gazette_header(doc):
    s = doc.sections[0]
    hp = s.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    for tw in (4680, 9360): hp.paragraph_format.tab_stops.add_tab_stop(Twips(tw), WD_TAB_ALIGNMENT.CLEAR)
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    set_run(hp.add_run(A_GAZ[0]), SONG, 10.5); set_run(hp.add_run("\t" + A_GAZ[1]), SONG, 10.5)
    rule_below(hp, 6, "000000")


def make_a():
    doc = Document(); gw_page(doc); gazette_header(doc)
    # ---- 公告 (page 1)
    para(doc, "", indent=False)
    para(doc, A_GG_HEAD, XBS, 22, align="c", indent=False, before=24, exact=36)
    para(doc, A_GG_NO, FS, 16, align="c", indent=False, after=18)
    body(doc, A_GG_TEXT)
    signature(doc, A_ISSUER, A_GG_DATE, right_cm=1.0, blank=True)
    # ---- 规定 (page 2 on)
    p = para(doc, A_T[0], XBS, 22, align="c", indent=False, exact=36); p.paragraph_format.page_break_before = True
    para(doc, A_T[1], XBS, 22, align="c", indent=False, exact=36, after=6)
    para(doc, A_TIZHU, KAI, 16, align="c", indent=False, after=18).paragraph_format.left_indent = Cm(1.0)
    doc.paragraphs[-1].paragraph_format.right_indent = Cm(1.0)
    for lab, ps in A_ART:
        p = para(doc, "", indent=True)
        set_run(p.add_run(lab), HEI, 16); set_run(p.add_run("　" + ps[0]), FS, 16)
        for t in ps[1:]: body(doc, t)
    doc.save(os.path.join(HERE, "blind60_hainan_guiding.docx"))


def art_clause(lab, ps):
    return "\n".join([lab + "　" + ps[0]] + ps[1:])


# ==================================================================== (b) 海南省人民政府办公厅 通知
B_HEAD = "海南省人民政府办公厅文件"
B_NO = "琼府办〔2024〕38号"
B_T = ["海南省人民政府办公厅关于推进共建", "“一带一路”和RCEP贸易便利化的通知"]
B_TITLE = "".join(B_T)
B_ISSUER = "海南省人民政府办公厅"
B_TO = "各市、县、自治县人民政府，省政府直属各单位，洋浦经济开发区管委会，各重点园区管理机构："
B_INTRO = "为深入贯彻落实《海南自由贸易港建设总体方案》，抓住《区域全面经济伙伴关系协定》（RCEP）实施机遇，提升海南自由贸易港与共建“一带一路”国家和地区贸易便利化水平，经省政府同意，现就有关事项通知如下："
B_ITEMS = [
    "（一）推进“单一窗口”提质升级。依托国际贸易“单一窗口”海南标准版，2024年底前实现RCEP原产地证书智能审核和自助打印全覆盖，推动与新加坡、马来西亚等RCEP成员国“单一窗口”数据互联互通。（牵头单位：省商务厅、海口海关；配合单位：省大数据管理局）",
    "（二）用好RCEP原产地累积规则。在洋浦经济开发区、海口综合保税区开展RCEP区域累积规则应用试点，引导企业利用东盟国家原材料开展加工增值，对适用加工增值免征进口关税政策的货物实行“一次申报、一次查验、一次放行”。（牵头单位：海口海关、洋浦经济开发区管委会）",
    "（三）提升船舶和货物通关效率。在洋浦港、海口港推行“船边直提”“抵港直装”模式，对自共建“一带一路”国家和地区进口的鲜活农产品实行6小时通关，进口整体通关时间比2023年压缩10%以上。（牵头单位：海口海关、省交通运输厅）",
    "（四）发展新型离岸国际贸易。支持海口江东新区建设新型离岸国际贸易先行示范区，对真实合规的离岸转手买卖业务，银行可凭企业收付款指令直接办理跨境资金结算。（牵头单位：中国人民银行海南省分行、海口市人民政府）",
    "（五）便利种质资源和科研物资进出境。在三亚崖州湾科技城对科研用动植物种质资源实行“白名单”管理，对列入清单的进境种质资源实行“先放后检”，科研设备和试剂实行“集中审核、分批验放”。（牵头单位：三亚市人民政府、海口海关）",
    "（六）扩大跨境电商和海外仓布局。支持企业在东盟、中东等共建“一带一路”国家和地区建设海外仓，对新认定的省级公共海外仓给予最高200万元一次性奖励。（牵头单位：省商务厅、省财政厅）",
    "（七）加强RCEP企业服务。在海口、三亚、儋州设立RCEP企业服务中心，开展政策宣讲、原产地规则辅导和贸易预警服务，全年培训企业不少于1000家次。（牵头单位：省商务厅，海口市、三亚市、儋州市人民政府）",
    "（八）强化组织保障。各市县、各重点园区要建立工作台账，每季度末将工作进展报送省商务厅。省商务厅要会同有关部门加强督促指导，重大问题及时报告省政府。",
]
B_END = "本通知自印发之日起施行，有效期至2026年12月31日。"
B_ATT = "海南自由贸易港重点园区名单"
B_DATE = "2024年6月18日"
B_PUB = "（此件主动公开）"
B_CC = "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省高级人民法院，省人民检察院，海口海关。"
B_PRINT = ("海南省人民政府办公厅", "2024年6月20日印发")
B_TH = ["序号", "园区名称", "所在市县", "主导产业", "牵头单位"]
B_ROWS = [
    ["1", "洋浦经济开发区", "儋州市", "港航物流、石油化工、\n国际贸易", "洋浦经济开发区管委会"],
    ["2", "海口江东新区", "海口市", "总部经济、临空产业、国际商务", "海口江东新区管理局"],
    ["3", "海口综合保税区", "海口市", "保税加工、保税物流、保税维修", "海口国家高新区管委会"],
    ["4", "三亚崖州湾科技城", "三亚市", "南繁育种、深海科技", "三亚崖州湾科技城管理局"],
    ["5", "博鳌乐城国际医疗旅游先行区", "琼海市", "医疗旅游、高端医疗器械和药品", "博鳌乐城国际医疗旅游先行区管理局"],
    ["6", "海南生态软件园", "澄迈县", "数字经济、区块链", "澄迈县人民政府"],
    ["7", "文昌国际航天城", "文昌市", "航天发射、卫星应用", "文昌国际航天城管理局"],
    ["8", "陵水黎安国际教育创新试验区", "陵水黎族自治县", "国际教育", "陵水黎安国际教育创新试验区管理局"],
]
B_NOTE = "注：重点园区范围以省人民政府公布的四至范围为准。"


def make_b():
    doc = Document(); gw_page(doc)
    para(doc, "", indent=False)
    para(doc, B_HEAD, XBS, 36, align="c", indent=False, before=18, after=30, exact=50, color=RED)
    p = para(doc, B_NO, FS, 16, align="c", indent=False, after=6); rule_below(p)
    for i, t in enumerate(B_T):
        para(doc, t, XBS, 22, align="c", indent=False, before=24 if i == 0 else 0, after=18 if i == len(B_T) - 1 else 0, exact=33)
    para(doc, B_TO, indent=False, align="j")
    body(doc, B_INTRO)
    for t in B_ITEMS: runin(doc, t, KAI)
    body(doc, B_END)
    para(doc, "")
    para(doc, "附件：" + B_ATT, indent=True, align="l")
    signature(doc, B_ISSUER, B_DATE, right_cm=2.0, blank=True)
    para(doc, B_PUB, indent=True, align="l")
    # ---- 附件 (new page): label, title, table, note, then 版记
    att_head(doc, "附件", [B_ATT])
    t = doc.add_table(rows=1 + len(B_ROWS), cols=len(B_TH)); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(B_TH): set_cell(t.rows[0].cells[i], h, HEI, 12)
    mark_header(t.rows[0])
    for r, vals in enumerate(B_ROWS, 1):
        for i, v in enumerate(vals):
            set_cell(t.rows[r].cells[i], v, FS, 12, "c" if i in (0, 2) else "l"); valign(t.rows[r].cells[i])
        row_height(t.rows[r], 1.1)
    set_widths(t, [1.4, 4.0, 2.6, 4.2, 3.4])
    p = para(doc, B_NOTE, FS, 12, align="l", indent=False, before=6, exact=20)
    para(doc, "", indent=False); para(doc, "", indent=False)
    banji(doc, [(B_CC, None), B_PRINT])
    doc.save(os.path.join(HERE, "blind60_hainan_tongzhi.docx"))


# ==================================================================== (c) 三亚市人民政府 通知 (docx only)
C_HEAD = "三亚市人民政府文件"
C_NO = "三府〔2024〕57号"
C_T = ["三亚市人民政府关于加快邮轮游艇产业发展", "扩大共建“一带一路”国家入境旅游的通知"]
C_TITLE = "".join(C_T)
C_ISSUER = "三亚市人民政府"
C_TO = "各区人民政府，育才生态区管委会，市政府直属各单位："
C_INTRO = "为贯彻落实海南自由贸易港建设总体部署，用好59国人员入境旅游免签和外国旅游团乘坐邮轮入境免签政策，推动邮轮游艇产业高质量发展，扩大共建“一带一路”国家入境旅游客源，现就有关事项通知如下："
# (heading, [items])
C_SEC = [
    ("一、拓展国际邮轮航线", [
        "（一）支持三亚凤凰岛国际邮轮港开通至越南下龙湾、菲律宾马尼拉、马来西亚哥打基纳巴卢等共建“一带一路”国家港口的国际邮轮航线，对新开通并连续运营满1年的航线，按照每航次最高20万元给予奖励。",
        "（二）落实外国旅游团乘坐邮轮入境15天免签政策，市口岸办会同三亚边检站、三亚海关优化邮轮旅客通关流程，推行“一站式”查验，邮轮旅客平均通关时间压缩至30分钟以内。",
    ]),
    ("二、发展游艇旅游消费", [
        "（一）支持三亚鸿洲国际游艇码头、三亚半山半岛帆船港扩大公共泊位规模，在崖州区规划建设游艇产业园，引进游艇制造、维修和检测企业。",
        "（二）落实琼港澳游艇自由行政策，对来自香港、澳门的入境游艇实行“定点停靠、就近联检”，探索向共建“一带一路”国家游艇扩大适用。",
    ]),
    ("三、扩大入境旅游客源", [
        "（一）用好59国人员入境海南旅游免签政策，面向俄罗斯、哈萨克斯坦、马来西亚、印度尼西亚等共建“一带一路”国家开展精准营销，在海棠湾、亚龙湾、三亚湾等重点旅游区设置多语种服务标识。",
        "（二）对组织共建“一带一路”国家入境游客来三亚过夜旅游的旅行社，按照每人次50元给予奖励，单家旅行社年度奖励最高300万元。",
    ]),
    ("四、强化组织保障", [
        "各区人民政府、育才生态区管委会和市旅游和文化广电体育局、市交通运输局等部门要按照职责分工抓好落实，奖励资金由市财政统筹安排。市旅游和文化广电体育局每半年将工作进展情况报市政府。",
    ]),
]
C_END = "本通知自2024年8月1日起施行，有效期2年。"
C_DATE = "2024年7月15日"
C_PUB = "（此件主动公开）"
C_CC = "抄送：市委办公室，市人大常委会办公室，市政协办公室，三亚边检站，三亚海关。"
C_PRINT = ("三亚市人民政府办公室", "2024年7月16日印发")


def make_c():
    doc = Document(); gw_page(doc)
    para(doc, "", indent=False)
    para(doc, C_HEAD, XBS, 36, align="c", indent=False, before=18, after=30, exact=50, color=RED)
    p = para(doc, C_NO, FS, 16, align="c", indent=False, after=6); rule_below(p)
    for i, t in enumerate(C_T):
        para(doc, t, XBS, 22, align="c", indent=False, before=24 if i == 0 else 0, after=18 if i == len(C_T) - 1 else 0, exact=33)
    para(doc, C_TO, indent=False, align="j")
    body(doc, C_INTRO)
    for h, items in C_SEC:
        head1(doc, h)
        for t in items:
            if t.startswith("（"): runin(doc, t, KAI)
            else: body(doc, t)
    body(doc, C_END)
    signature(doc, C_ISSUER, C_DATE, right_cm=2.0, blank=True)
    para(doc, C_PUB, indent=True, align="l")
    for _ in range(3): para(doc, "", indent=False)
    banji(doc, [(C_CC, None), C_PRINT])
    doc.save(os.path.join(HERE, "blind60_sanya_tongzhi.docx"))


# ==================================================================== expected.json
PARK_CITY = {
    "洋浦经济开发区": "儋州市", "洋浦保税港区": "儋州市（洋浦经济开发区内）", "海口江东新区": "海口市", "海口综合保税区": "海口市",
    "海口空港综合保税区": "海口市", "三亚崖州湾科技城": "三亚市（崖州区）", "博鳌乐城国际医疗旅游先行区": "琼海市",
    "海南生态软件园": "澄迈县", "文昌国际航天城": "文昌市", "陵水黎安国际教育创新试验区": "陵水黎族自治县",
    "三亚凤凰岛国际邮轮港": "三亚市（天涯区）", "海棠湾": "三亚市（海棠区）", "亚龙湾": "三亚市（吉阳区）",
}


def P(idx, label, applies, ok=None, bad=None, why=None):
    d = {"clause_index": idx, "label": label, "applies_to": applies}
    if ok: d["also_fine"] = ok
    if bad: d["must_not_see"] = bad
    if why: d["why"] = why
    return d


def build_expected():
    exp = {}
    # ---------------- (a)
    a_cl = [art_clause(l, ps) for l, ps in A_ART]
    lab = [l for l, _ in A_ART]
    a_places = [
        P(0, lab[0], ["海南省"], ["海南自由贸易港"]),
        P(1, lab[1], ["海南省"], ["洋浦经济开发区", "海口江东新区", "三亚崖州湾科技城", "儋州市", "海口市", "三亚市"], why="definition of 重点园区; the three parks are named as examples ('等'), so the whole province or the parks are both right"),
        P(2, lab[2], ["海南省"], ["儋州市", "海口市", "三亚市"]),
        P(3, lab[3], ["洋浦经济开发区"], ["儋州市", "洋浦保税港区", "洋浦港"], ["东南亚", "南亚", "中东 (route destinations)", "海口市", "三亚市"], "洋浦经济开发区 lies in 儋州市; 海南省 alone = medium"),
        P(4, lab[4], ["洋浦经济开发区", "海口综合保税区", "海口空港综合保税区"], ["儋州市", "海口市"], ["内地 (the destination of goods, not a place where the article applies)", "三亚市"], "第一款 洋浦 (儋州市); 第二款 extends it to two 综保区 in 海口市. Losing the 海口 part (only 洋浦/儋州) = medium; 海南省 alone = medium"),
        P(5, lab[5], ["海口江东新区"], ["海口市"], ["儋州市", "三亚市"], "海口江东新区 lies in 海口市"),
        P(6, lab[6], ["三亚崖州湾科技城"], ["三亚市", "崖州区"], ["海口市", "儋州市"], "三亚崖州湾科技城 lies in 三亚市 (崖州区)"),
        P(7, lab[7], ["洋浦经济开发区", "海口江东新区", "三亚崖州湾科技城"], ["海南省"], None, "'重点园区' in general (as defined in 第二条): the parks, or 海南省 (tolerable, low)"),
        P(8, lab[8], ["海南省"], None, ["新加坡", "迪拜", "雅加达 (foreign 联络点 sites): as applies_to = medium"]),
        P(9, lab[9], ["海南省"], ["海口市", "三亚市"]),
        P(10, lab[10], ["海南省"]),
        P(11, lab[11], ["海南省"]),
    ]
    common_a = ("Running header '海南省人民代表大会常务委员会公报' + tab + '2024年第6号' (with a rule) on every page and footer '— N —' are furniture: as clauses, in the title, or glued into an article = high in the PDF if glued to text, medium as separate clauses; '2024年第6号' must not become a doc_number (medium). ")
    exp["blind60_hainan_guiding"] = [
        {
            "meta": {"title": A_GG_HEAD, "doc_number": A_GG_NO, "issuer": A_ISSUER, "date": "2024-09-27", "level": "provincial", "region": "海南省",
                     "effective": "2024-12-01", "expires": None},
            "clauses": [A_GG_TEXT],
            "places": [P(0, "公告", ["海南省"])],
            "_note": common_a + "Page 1 is the 公告 alone: heading '海南省人民代表大会常务委员会公告' (title), number line '第31号' (doc_number; '海南省人民代表大会常务委员会公告第31号' equally fine), one announcing paragraph (the clause), signature '海南省人民代表大会常务委员会' and '2024年9月27日' (furniture). Reading the 公告 and the 规定 as ONE document is tolerable (low) if that document carries the 规定's title, the 规定's twelve articles, doc_number 第31号, date 2024-09-27 and effective 2024-12-01; the 公告 heading as the title of such a merged document = medium. The 公告 paragraph names the regulation in 《》: that is not this document's title unless merged.",
        },
        {
            "meta": {"title": A_LAW, "doc_number": None, "issuer": A_ISSUER, "date": "2024-09-27", "level": "provincial", "region": "海南省",
                     "effective": "2024-12-01", "expires": None,
                     "dates": {"通过": "2024-09-27 (题注: 第七届人大常委会第十二次会议)", "公布": "2024-09-27 (公告)", "施行": "2024-12-01 (第十二条 and the 公告)"},
                     "kind": "海南自由贸易港法规 (地方性法规 made under 海南自由贸易港法第十条)"},
            "clauses": a_cl,
            "places": a_places,
            "park_in_city": PARK_CITY,
            "_note": common_a + "Title printed on two centred lines ('…共建“一带一路”' / '国际合作若干规定'), must be joined without a space; the 题注 '" + A_TIZHU + "' (楷体, centred, wraps over two lines in the PDF) is metadata (通过 date), never a clause and not part of the title (glued = medium). Issuer is the 常委会 (海南省人民政府 = high). doc_number: none of its own; carrying 第31号 from the 公告 is tolerable. Each 条 is one clause; its 款 (第二、三、五、六、七条 have a second paragraph) and 项 （一）–（三） (第四条) are expected inside it (joined with newlines here); separate clauses for 款/项 are tolerable (low) as long as they stay in order after their 条 — but then the 款/项 must carry the same place as their 条 (第四条（二） must still be 洋浦, 第五条第二款 must be 海口's 综保区, 第七条第二款 must be 崖州湾: losing it = medium). Article numbers are in 黑体 runs followed by a full-width space. '前款' in 第五条 is a cross-reference. Level provincial, region 海南省 (海南自由贸易港 = 海南岛全岛 = 海南省). applies_to per article: see 'places'. A 园区 lies inside its 市县 (park_in_city): 洋浦经济开发区 → 儋州市; 海口江东新区, 海口综合保税区, 海口空港综合保税区 → 海口市; 三亚崖州湾科技城 → 三亚市. For an article that names one park, the park (or its 市县) is expected; 海南省 alone = medium (a search for 三亚 or 崖州湾 would miss 第七条); another park's city = high. Foreign places (东南亚, 南亚, 中东, 新加坡, 迪拜, 雅加达) are never applies_to (medium). No expiry.",
        },
    ]
    # ---------------- (b)
    b_rows_flat = [[v.replace("\n", "") for v in r] for r in B_ROWS]
    b_cl = [B_INTRO] + B_ITEMS + [B_END] + rows_as_clauses(B_TH, b_rows_flat) + [B_NOTE]
    n0 = 1 + len(B_ITEMS) + 1
    b_places = [
        P(0, "引言", ["海南省"], None, ["洋浦经济开发区 (only in the 主送 line)"]),
        P(1, "（一）", ["海南省"], None, ["新加坡", "马来西亚 (RCEP partners)", "海口市 (from 海口海关 as 牵头单位) = medium"]),
        P(2, "（二）", ["洋浦经济开发区", "海口综合保税区"], ["儋州市", "海口市"], ["东盟"], "pilot in 洋浦 (儋州市) and 海口综合保税区 (海口市); 海南省 alone = medium"),
        P(3, "（三）", ["洋浦经济开发区", "海口市"], ["洋浦港", "海口港", "儋州市"], None, "洋浦港 is in 洋浦经济开发区 (儋州市); 海口港 in 海口市"),
        P(4, "（四）", ["海口江东新区"], ["海口市"], None),
        P(5, "（五）", ["三亚崖州湾科技城"], ["三亚市"], ["海口市 (海口海关 is a 牵头单位, not a place):海口 as applies_to here = high, it would put a 崖州湾 measure into a 海口 search"]),
        P(6, "（六）", ["海南省"], None, ["东盟", "中东"]),
        P(7, "（七）", ["海口市", "三亚市", "儋州市"], ["海南省"], None, "three cities; 海南省 alone = medium"),
        P(8, "（八）", ["海南省"]),
        P(9, "施行", ["海南省"]),
    ] + [P(n0 + i, "附件第%d行" % (i + 1), [r[1]], [r[2]], None, "%s lies in %s" % (r[1], r[2])) for i, r in enumerate(b_rows_flat)] + [P(n0 + len(B_ROWS), "注", ["海南省"])]
    exp["blind60_hainan_tongzhi"] = [
        {
            "meta": {"title": B_TITLE, "doc_number": B_NO, "issuer": B_ISSUER, "date": "2024-06-18", "level": "provincial", "region": "海南省",
                     "effective": "2024-06-20", "expires": "2026-12-31", "addressees": B_TO.rstrip("："), "attachments": [B_ATT],
                     "cc": B_CC[3:].rstrip("。"), "printed_by": B_PRINT[0], "printed": "2024-06-20"},
            "clauses": b_cl,
            "places": b_places,
            "park_in_city": PARK_CITY,
            "_note": "Red 版头 '海南省人民政府办公厅文件' (not a title), 文号 line 琼府办〔2024〕38号 with red rule. Title on two centred lines, joined without space: " + B_TITLE + ". Issuer 海南省人民政府办公厅 (海南省人民政府 = medium; 海口海关 / 省商务厅 from the 牵头单位 notes = high). Level provincial, region 海南省. Date 2024-06-18 (signature); 2024-06-20 is the 印发 date in the 版记. Effective: '自印发之日起施行' = the 印发 date 2024-06-20 (2024-06-18 tolerable, low; None = medium); expires 2026-12-31 (None = high: a filter for policies in force in 2027 would keep it). Clauses: the intro, （一）–（八） each as one clause INCLUDING its trailing '（牵头单位：…）' note (split off as its own clause: medium; lost: high), the 施行/有效期 sentence, then the 附件 table rows (one clause per row, header-named cells; the 主导产业 cell of row 1 has two paragraphs '港航物流、石油化工、' / '国际贸易' — joined without separator expected, a newline inside tolerable, low; the 序号 column may be dropped, low), then the 注 line (a clause, or a note attached to the table: either fine; dropped: low). The （一）–（八） run-in headings are 楷体 up to the first '。': splitting the heading off = medium. Furniture, never clauses: 版头, 文号 line, 主送 line, 附件说明 '附件：海南自由贸易港重点园区名单', signature, date, '（此件主动公开）', the label '附件', the table title, the table header row (as a header entry fine), 版记 (抄送 line, 印发 line with the date), footers '— N —'. applies_to per clause: see 'places'. A 园区 lies inside its 市县 (park_in_city): each table row applies to its 园区 and the 市县 printed in the same row (海南省 alone for the rows = medium; the wrong 市县 = high). Foreign places and RCEP partners (新加坡, 马来西亚, 东盟, 中东) are never applies_to (medium). 牵头单位 names (海口海关, 三亚市人民政府, 海口市人民政府) are not places on their own: 海口市 on （五）, which is about 三亚崖州湾科技城, would be high.",
        }
    ]
    # ---------------- (c)
    c_cl = [C_INTRO]
    c_places = [P(0, "引言", ["三亚市"], None, ["海南省 as the only place = medium (the 免签 policy is 海南's, the notice is 三亚's)"])]
    for h, items in C_SEC:
        c_cl.extend(items)
    c_cl.append(C_END)
    lbls = ["一、（一）", "一、（二）", "二、（一）", "二、（二）", "三、（一）", "三、（二）", "四、"]
    c_pl = [
        (["三亚市"], ["三亚凤凰岛国际邮轮港", "天涯区"], ["越南", "下龙湾", "菲律宾", "马尼拉", "马来西亚", "哥打基纳巴卢 (cruise destinations) = medium"]),
        (["三亚市"], None, None),
        (["三亚市"], ["崖州区"], None),
        (["三亚市"], None, ["香港", "澳门 (where the yachts come from) = medium"]),
        (["三亚市"], ["海棠区", "吉阳区", "天涯区", "海棠湾", "亚龙湾", "三亚湾"], ["俄罗斯", "哈萨克斯坦", "马来西亚", "印度尼西亚 = medium", "海南省 alone = medium"]),
        (["三亚市"], None, None),
        (["三亚市"], None, None),
    ]
    for i, (lb, (ap, ok, bad)) in enumerate(zip(lbls, c_pl)):
        c_places.append(P(i + 1, lb, ap, ok, bad))
    c_places.append(P(len(c_cl) - 1, "施行", ["三亚市"]))
    exp["blind60_sanya_tongzhi"] = [
        {
            "meta": {"title": C_TITLE, "doc_number": C_NO, "issuer": C_ISSUER, "date": "2024-07-15", "level": "municipal", "region": "海南省三亚市",
                     "effective": "2024-08-01", "expires": "2026-07-31", "addressees": C_TO.rstrip("："), "cc": C_CC[3:].rstrip("。"),
                     "printed_by": C_PRINT[0], "printed": "2024-07-16"},
            "clauses": c_cl,
            "headings_not_clauses": [h for h, _ in C_SEC],
            "places": c_places,
            "_note": "docx only. Red 版头 '三亚市人民政府文件', 文号 三府〔2024〕57号. Title two centred lines joined. Issuer 三亚市人民政府 (三亚市人民政府办公室, which only prints it, = high). Level municipal (provincial = high), region 三亚市 in 海南省. Date 2024-07-15; 印发 2024-07-16 in the 版记. Effective 2024-08-01 (not the signature date); '有效期2年' from 2024-08-01 → expires 2026-07-31 (2026-08-01 tolerable, low; None = medium). Section headings 一、拓展国际邮轮航线 … 四、强化组织保障 (黑体) are headings, not clauses (heading-kind entries fine; glued into （一） = low). （一）（二） restart under each 一、二、三、: each pair is distinct (dropping the second section's （一） as a duplicate = high; nesting under the wrong section = medium). Section 四、 has one unnumbered paragraph (a clause). The 施行 sentence is a clause. Furniture: 版头, 文号 line, 主送, signature, date, '（此件主动公开）', 版记 (抄送 line naming 三亚边检站/三亚海关, 印发 line), footers. Every clause applies to 三亚市 (districts/sites named inside are narrower and fine); foreign countries/ports (越南下龙湾, 菲律宾马尼拉, 马来西亚哥打基纳巴卢, 俄罗斯, 哈萨克斯坦, 印度尼西亚) and 香港/澳门 are never applies_to (medium); 海南省 alone (from '入境海南' / '海南自由贸易港') = medium.",
        }
    ]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    make_a(); make_b(); make_c()
    for stem in ("blind60_hainan_guiding", "blind60_hainan_tongzhi"):
        to_pdf(os.path.join(HERE, stem + ".docx"), os.path.join(HERE, stem + ".pdf"))
    build_expected()
    print("written:", sorted(f for f in os.listdir(HERE) if f.startswith("blind60_") or f == "expected.json"))
