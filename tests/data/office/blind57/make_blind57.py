# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the fifty-seventh round of blind office files and expected.json.

Theme: amendments as offices print them, and where each amended rule applies.

  (a) blind57_yunnan_jueding.docx / .pdf — 云南省人民政府令第235号 publishing the
      云南省人民政府关于修改《中国（云南）自由贸易试验区沿边跨境合作管理办法》的决定
      (令 page: red 令 mark, 令号, one paragraph, 省长 signature; then the 决定 with 一、–六、
      amendment items quoting new article text), then 附件 修改前后对照表: a two-column table
      修改前 | 修改后, header row repeated on every page, whole articles in cells (one with two
      款 as two paragraphs), changed words in bold, a deleted article as "（删除）", a new one
      as "（新增）".
  (b) blind57_chengdu_banfa.docx / .pdf — 成都市人民政府办公厅 印发通知 成办发〔2024〕31号 with
      the 实施办法（修订） (four 章, 第一条–第十四条); articles say which 片区 they apply to
      (第八条 青白江铁路港片区 only, 第九条 天府新区片区 and 青白江铁路港片区, 第十条 协同改革
      先行区, 第十一条 天府新区片区); 附则 replaces 成办发〔2021〕47号; 版记 at the end.
  (c) blind57_xiamen_feizhi.docx / .pdf — 厦门市人民政府 one-page 废止 notice 厦府〔2024〕137号
      with a table 序号/文号/标题/废止理由 of three documents.
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


def article(doc, text, size=16):
    """'第X条　…' with the article number in 黑体 (as offices print 规章-style texts)."""
    p = para(doc, "", FS, size)
    k = text.index(FW)
    set_run(p.add_run(text[:k]), HEI, size); set_run(p.add_run(text[k:]), FS, size)
    return p


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


def gw_page(doc, footer=True):
    """GB/T 9704 page: A4, 3.7/3.5/2.8/2.6 cm, '— 1 —' footer."""
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.top_margin = Cm(3.7); s.bottom_margin = Cm(3.5); s.left_margin = Cm(2.8); s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]; st.font.name = FS; st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
    if rf is None: rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"): rf.set(qn(a), FS)
    if footer:
        fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_run(fp.add_run("— "), SONG, 14); add_page_field(fp); set_run(fp.add_run(" —"), SONG, 14)


def signature(doc, lines, right_cm=2.0, blank=True):
    if blank: para(doc, "", indent=False)
    for t in lines:
        p = para(doc, t, FS, 16, align="r", indent=False); p.paragraph_format.right_indent = Cm(right_cm)


def page_break(doc):
    p = doc.add_paragraph(); p.paragraph_format.line_spacing = Pt(2); p.add_run().add_break(WD_BREAK.PAGE)


def mark_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trpr.append(h)


def set_widths(t, widths):
    t.autofit = False
    for row in t.rows:
        for i, w in enumerate(widths): row.cells[i].width = Cm(w)
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths): gc.set(qn("w:w"), str(int(w * 567)))


def shade(cell, fill="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill); tcpr.append(s)


def rich_cell(cell, text, size=12, align="j", first_indent=True):
    """Cell text with '**…**' bold spans; '\n' starts a new paragraph inside the cell.
    A leading '第X条' is set in 黑体 like the body of a 规章."""
    for p in list(cell.paragraphs)[1:]: p._p.getparent().remove(p._p)
    p = cell.paragraphs[0]
    for k, part in enumerate(text.split("\n")):
        if k: p = cell.add_paragraph()
        p.alignment = AL[align]; p.paragraph_format.line_spacing = Pt(size * 1.5)
        if first_indent: p.paragraph_format.first_line_indent = Pt(size * 2)
        segs = part.split("**")
        for j, s in enumerate(segs):
            if not s: continue
            bold = j % 2 == 1
            if j == 0 and s.startswith("第") and FW in s[:8]:
                n = s.index(FW); set_run(p.add_run(s[:n]), HEI, size, bold=bold); s = s[n:]
            set_run(p.add_run(s), FS, size, bold=bold)


def plain(text):
    return text.replace("**", "")


def banji(doc, lines):
    """版记: rules above the first line and below the last line, 14pt."""
    ps = []
    for i, (l, r) in enumerate(lines):
        p = para(doc, "", FS, 14, align="l", indent=False)
        set_run(p.add_run(l), FS, 14)
        if r:
            p.paragraph_format.tab_stops.add_tab_stop(Cm(14.6), alignment=2)
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


def red_head(doc, text, size=40, spacing=None):
    p = para(doc, "", XBS, size, align="c", indent=False, exact=size * 1.25)
    r = set_run(p.add_run(text), XBS, size, color=RED)
    if spacing is not None:
        rpr = r._element.get_or_add_rPr(); sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), str(spacing)); rpr.append(sp)
    return p


def to_pdf(docx_path, out_pdf):
    prof = tempfile.mkdtemp(prefix="lo57p_"); tmp = tempfile.mkdtemp(prefix="lo57o_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"), out_pdf)
    finally:
        shutil.rmtree(prof, ignore_errors=True); shutil.rmtree(tmp, ignore_errors=True)


# ==================================================================== (a) 云南 决定 + 对照表
A_RULE = "中国（云南）自由贸易试验区沿边跨境合作管理办法"
A_ORDER_HEAD = "云南省人民政府令"
A_ORDER_NO = "第235号"
A_TITLE = "云南省人民政府关于修改《%s》的决定" % A_RULE
A_T = ["云南省人民政府关于修改", "《中国（云南）自由贸易试验区沿边跨境", "合作管理办法》的决定"]
A_ORDER = "《云南省人民政府关于修改〈中国（云南）自由贸易试验区沿边跨境合作管理办法〉的决定》已经2024年8月16日省人民政府第42次常务会议通过，现予公布，自2024年10月1日起施行。"
A_SIG = ["省长　赵明远", "2024年8月26日"]
A_PRE = "为深入贯彻落实共建“一带一路”和建设面向南亚东南亚辐射中心的决策部署，省人民政府决定对《中国（云南）自由贸易试验区沿边跨境合作管理办法》（2021年1月15日云南省人民政府令第217号公布）作如下修改："
A_ITEMS = [
    "一、将第三条修改为：“自贸试验区昆明片区、红河片区、德宏片区管理机构（以下简称片区管理机构）负责本片区沿边跨境合作的具体组织实施工作。省商务厅承担省自由贸易试验区工作领导小组办公室日常工作，负责统筹协调、督促指导。”",
    "二、将第七条第二款中的“省商务厅”修改为“省自由贸易试验区工作领导小组办公室”。",
    "三、将第九条修改为：“红河片区、德宏片区应当依托中国河口—越南老街、中国瑞丽—缅甸木姐跨境经济合作区，推动边民互市贸易进口商品落地加工，探索‘互市+加工+物流’发展模式。”",
    "四、删除第十二条。",
    "五、增加一条，作为第十四条：“昆明片区应当依托中老铁路和昆明国际陆港，建设面向南亚东南亚的国际物流枢纽，推动中老铁路跨境货运班列常态化开行，推广多式联运‘一单制’。”",
    "六、将第十五条中的“跨境人民币结算”修改为“跨境人民币结算、跨境数据流动”。",
]
A_END = [
    "本决定自2024年10月1日起施行。",
    "《中国（云南）自由贸易试验区沿边跨境合作管理办法》根据本决定作相应修改，并对条文顺序作相应调整，重新公布。",
]
A_ATT_LINE = "附件：《%s》修改前后对照表" % A_RULE
A_TBL_T = ["《中国（云南）自由贸易试验区沿边跨境", "合作管理办法》修改前后对照表"]
A_TH = ["修改前", "修改后"]
A_ROWS = [
    ("第三条　自贸试验区昆明片区、红河片区、德宏片区管理机构（以下简称片区管理机构）负责本片区沿边跨境合作的具体组织实施工作。**省商务厅负责全省自贸试验区沿边跨境合作的统筹协调和督促指导。**",
     "第三条　自贸试验区昆明片区、红河片区、德宏片区管理机构（以下简称片区管理机构）负责本片区沿边跨境合作的具体组织实施工作。**省商务厅承担省自由贸易试验区工作领导小组办公室日常工作，负责统筹协调、督促指导。**"),
    ("第七条　片区管理机构应当建立沿边跨境合作项目库，对入库项目实行动态管理。\n片区管理机构应当于每季度结束后15日内将项目库更新情况报送**省商务厅**。",
     "第七条　片区管理机构应当建立沿边跨境合作项目库，对入库项目实行动态管理。\n片区管理机构应当于每季度结束后15日内将项目库更新情况报送**省自由贸易试验区工作领导小组办公室**。"),
    ("第九条　德宏片区应当依托**中国瑞丽—缅甸木姐边境经济合作区**，推动边民互市贸易进口商品落地加工。",
     "第九条　**红河片区、**德宏片区应当依托**中国河口—越南老街、中国瑞丽—缅甸木姐跨境经济合作区**，推动边民互市贸易进口商品落地加工**，探索“互市+加工+物流”发展模式**。"),
    ("第十二条　片区管理机构应当于每年1月31日前将上一年度沿边跨境合作工作情况报省商务厅备案。备案材料应当包括合作项目进展情况、存在的主要问题和下一年度工作计划。",
     "（删除）"),
    ("（新增）",
     "**第十四条　昆明片区应当依托中老铁路和昆明国际陆港，建设面向南亚东南亚的国际物流枢纽，推动中老铁路跨境货运班列常态化开行，推广多式联运“一单制”。**"),
    ("第十五条　支持片区内金融机构在依法合规、风险可控的前提下，为跨境贸易和投资提供**跨境人民币结算**等金融服务。",
     "第十五条　支持片区内金融机构在依法合规、风险可控的前提下，为跨境贸易和投资提供**跨境人民币结算、跨境数据流动**等金融服务。"),
]


def build_a():
    doc = Document(); gw_page(doc)
    # 令 (GB/T 9704 命令格式: red 令 mark, 令号, body, 签发人 and date; no red rule)
    red_head(doc, A_ORDER_HEAD, 40, spacing=40)
    para(doc, "", indent=False)
    para(doc, A_ORDER_NO, FS, 16, align="c", indent=False)
    para(doc, "", indent=False)
    para(doc, A_ORDER)
    signature(doc, A_SIG, right_cm=2.0)
    # 决定
    for i, t in enumerate(A_T):
        para(doc, t, XBS, 22, align="c", indent=False, exact=33, before=14 if i == 0 else 0, after=12 if i == len(A_T) - 1 else 0)
    para(doc, A_PRE)
    for t in A_ITEMS: para(doc, t)
    for t in A_END: para(doc, t)
    p = para(doc, A_ATT_LINE, FS, 16, align="l", indent=False, before=6)
    p.paragraph_format.left_indent = Pt(32 + 48); p.paragraph_format.first_line_indent = Pt(-48)
    # 附件
    p = para(doc, "附件", HEI, 16, align="l", indent=False); p.paragraph_format.page_break_before = True
    for i, t in enumerate(A_TBL_T):
        para(doc, t, XBS, 20, align="c", indent=False, exact=30, before=6 if i == 0 else 0, after=12 if i == len(A_TBL_T) - 1 else 0)
    t = doc.add_table(rows=1 + len(A_ROWS), cols=2); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(A_TH):
        c = t.rows[0].cells[i]; c.paragraphs[0].alignment = AL["c"]; c.paragraphs[0].paragraph_format.line_spacing = Pt(21)
        set_run(c.paragraphs[0].add_run(h), HEI, 14); shade(c)
    mark_header(t.rows[0])
    for r, (old, new) in enumerate(A_ROWS, 1):
        for i, v in enumerate((old, new)):
            centred = v in ("（删除）", "（新增）")
            rich_cell(t.rows[r].cells[i], v, 14, align="c" if centred else "j", first_indent=not centred)
            if centred:
                tcpr = t.rows[r].cells[i]._tc.get_or_add_tcPr(); e = OxmlElement("w:vAlign"); e.set(qn("w:val"), "center"); tcpr.append(e)
    set_widths(t, [7.8, 7.8])
    path = os.path.join(HERE, "blind57_yunnan_jueding.docx"); doc.save(path)
    return path


def expected_a():
    rows = ["修改前：%s；修改后：%s" % (plain(o).replace("\n", ""), plain(n).replace("\n", "")) for o, n in A_ROWS]
    clauses = [A_ORDER, A_PRE] + A_ITEMS + A_END + rows
    meta = {
        "title": A_TITLE, "doc_number": A_ORDER_HEAD + A_ORDER_NO, "issuer": "云南省人民政府", "date": "2024-08-26",
        "level": "provincial", "region": "云南省", "effective": "2024-10-01", "expires": None,
        "amends": ["《%s》（2021年1月15日云南省人民政府令第217号公布）" % A_RULE], "repeals": [],
        "signer": "省长　赵明远", "attachments": ["《%s》修改前后对照表" % A_RULE],
    }
    applies = {
        "令 paragraph, 决定 preamble, 二、, 四、, 六、, the two closing paragraphs": ["云南省 (or 中国（云南）自由贸易试验区 / its three 片区) — the 办法 covers the whole 自贸试验区"],
        "一、 (new 第三条) and the 第三条 table row": ["昆明片区", "红河片区", "德宏片区", "(云南省 fine)"],
        "三、 (new 第九条) and the 第九条 table row": ["红河片区", "德宏片区"],
        "五、 (new 第十四条) and the （新增）/第十四条 row": ["昆明片区"],
        "第七条 row, 第十二条/（删除） row, 第十五条 row": ["云南省 / all three 片区"],
    }
    note = (
        "Provincial 政府令 publishing a 决定 that amends a 规章. One document: the 令 (red mark '云南省人民政府令', 令号 '第235号', one paragraph, "
        "'省长　赵明远' and the date) is the cover of the 决定 that follows it on the same page; reading 令 and 决定 as two documents is tolerable (low) "
        "if the 决定 still gets the metadata below. Title = the 决定 title (two lines joined); '云南省人民政府令' as title = high. doc_number "
        "'云南省人民政府令第235号' ('第235号' alone = low; empty = medium); the amended rule's '云南省人民政府令第217号' (in the preamble and in "
        "meta.amends) as doc_number = high, as a repeal = high (the 办法 is amended, not repealed). Issuer 云南省人民政府 (the signer '省长　赵明远' "
        "as issuer = medium). date 2024-08-26 (the 令 date); 2024-08-16 is the 常务会议 date (as date = medium), 2021-01-15 the original 办法's "
        "date (as date = high). effective 2024-10-01 (printed twice); no expiry. level provincial, region 云南省. "
        "Furniture, never clauses: the red 令 mark, the 令号 line, signature and date, the 决定 title, the 附件说明 line '附件：《…》修改前后对照表' "
        "(attachments metadata; as a clause = low), the label '附件', the two-line 对照表 title (heading), the header row '修改前 | 修改后' and its "
        "repeats at the top of every later PDF page (the header is w:tblHeader; a repeat as a data row or clause = medium), footers '— n —'. "
        "Clauses: the 令 paragraph (as a clause or as the cover text: both fine), the preamble ending '作如下修改：', the six amendment items 一、–六、 "
        "(each whole with its quoted article text; the quoted text '“…”' must stay inside its item — split off as its own clause = medium), the two "
        "closing paragraphs, then one clause per 对照表 row 'header：value；header：value' = '修改前：…；修改后：…'. Bold marks changed words only; "
        "the text must come out plain and in reading order (bold runs dropped, duplicated or moved = high). Row 第七条 holds two 款 as two paragraphs "
        "in each cell: joined with nothing, a space or a newline are all fine; split into two rows = medium. '（删除）' and '（新增）' are the whole "
        "cell text and must stay in their column (an empty cell there = medium; the placeholder glued into the other column = high). In the PDF the "
        "对照表 runs over pages 3–4 with the header repeated on page 4; the 第十二条 row breaks across that page break (修改前 '…备案材料应当包括合作项目进' "
        "on page 3 / '展情况、存在的主要问题和下一年度工作计划。' on page 4; '（删除）' stays on page 3, leaving an empty 修改后 part on page 4): it must be "
        "one clause with the joined text (split into two clauses = medium; the tail lost or glued into the （新增） row = high). In the （新增） row the "
        "'（新增）' is vertically centred, so in PDF text order it sits in the middle of the 第十四条 lines: it must not be interleaved into the "
        "修改后 text (high). "
        "Article numbers '第X条　' start each cell; a reader may drop the full-width space (low). "
        "applies_to: see 'applies'. The places named in the rows are 片区 of the 云南 自贸试验区; 越南老街, 缅甸木姐 (partner side of the "
        "cross-border zones) and 南亚东南亚 are not where the rule applies (as applies_to = medium)."
    )
    return [{"meta": meta, "clauses": clauses, "applies": applies, "_note": note}]


# ==================================================================== (b) 成都 印发 实施办法（修订）
B_HEAD = "成都市人民政府办公厅文件"
B_NO = "成办发〔2024〕31号"
B_RULE = "成都市推进自由贸易试验区开放通道建设实施办法（修订）"
B_T = ["成都市人民政府办公厅关于印发", "《成都市推进自由贸易试验区开放通道建设", "实施办法（修订）》的通知"]
B_TITLE = "成都市人民政府办公厅关于印发《%s》的通知" % B_RULE
B_TO = "各区（市）县政府，市政府各部门，有关单位："
B_BODY = ["《%s》已经市政府同意，现印发给你们，请认真组织实施。" % B_RULE]
B_SIG = ["成都市人民政府办公厅", "2024年6月14日"]
B_PUB = "（此件公开发布）"
B_AT = ["成都市推进自由贸易试验区开放通道建设", "实施办法（修订）"]
B_TEXT = [
    ("ch", "第一章　总　　则"),
    ("a", "第一条　为深入落实共建“一带一路”倡议和西部陆海新通道建设部署，推进中国（四川）自由贸易试验区（以下简称自贸试验区）成都区域开放通道建设，打造内陆开放门户，结合本市实际，制定本办法。"),
    ("a", "第二条　本办法适用于自贸试验区天府新区片区、青白江铁路港片区（以下统称片区）和自贸试验区协同改革先行区（以下简称协同改革先行区）。"),
    ("p", "本办法条文明确适用区域的，从其规定；未明确的，适用于前款所列全部区域。"),
    ("a", "第三条　市商务局负责统筹协调本办法的组织实施；市发展改革委、市口岸物流办、市财政局、成都海关等按照职责分工做好相关工作。片区管理机构负责本片区的具体实施。"),
    ("ch", "第二章　通道建设"),
    ("a", "第四条　支持开行中欧班列（成渝）和西部陆海新通道班列，拓展至共建“一带一路”国家的线路网络。对新开通国际线路并稳定运行满6个月的运营企业，给予一次性奖励50万元。"),
    ("a", "第五条　支持发展国际多式联运，推广多式联运“一单制”。对签发多式联运提单的企业，按照每标准箱100元给予补贴，单个企业年度补贴不超过200万元。"),
    ("a", "第六条　支持企业在共建“一带一路”国家建设海外仓和境外分拨中心。对新建面积5000平方米以上海外仓的企业，按照实际投资额的10%给予补助，最高不超过300万元。"),
    ("a", "第七条　推动通关便利化。推广“铁路快通”“空铁联运”等监管模式，对进出口货物实行“提前申报”“抵港直装”。"),
    ("ch", "第三章　片区特别措施"),
    ("a", "第八条　下列措施仅在青白江铁路港片区实施："),
    ("p", "（一）支持成都国际铁路港建设中欧班列集结中心，对经铁路港集结中转的市外货源，按照每标准箱300元给予集结补贴；"),
    ("p", "（二）对在铁路港开展汽车平行进口业务的企业，按照进口车辆货值的1%给予奖励，单个企业年度奖励不超过100万元。"),
    ("a", "第九条　天府新区片区、青白江铁路港片区实施以下措施："),
    ("p", "（一）支持综合保税区内企业开展保税维修、再制造业务，对年维修货值超过1亿元的企业给予一次性奖励30万元；"),
    ("p", "（二）支持跨境电商企业开展“9610”“9710”“9810”出口业务，对年出口额超过5000万元的企业，按照出口额的0.5%给予奖励，最高不超过150万元。"),
    ("a", "第十条　协同改革先行区内企业开展本办法第五条、第六条规定业务的，可以参照执行，所需资金由所在区（市）县承担。"),
    ("a", "第十一条　在天府新区片区内，支持设立面向共建“一带一路”国家的国际贸易结算中心，对年结算额首次超过10亿美元的企业给予一次性奖励100万元。"),
    ("ch", "第四章　附　　则"),
    ("a", "第十二条　本办法所需资金由市级财政和片区所在区（市）县财政按现行财政体制分担。同一事项符合本市其他同类政策的，按照“就高不重复”原则执行。"),
    ("a", "第十三条　本办法由市商务局负责解释。"),
    ("a", "第十四条　本办法自2024年7月15日起施行，有效期5年。《成都市人民政府办公厅关于印发〈成都市推进自由贸易试验区开放通道建设实施办法〉的通知》（成办发〔2021〕47号）同时废止。"),
]
B_CC = "抄送：市委办公厅，市人大常委会办公厅，市政协办公厅，市纪委监委，市法院，市检察院，成都海关。"
B_PRINT = ("成都市人民政府办公厅", "2024年6月17日印发")


def build_b():
    doc = Document(); gw_page(doc)
    para(doc, "", indent=False, exact=20)
    red_head(doc, B_HEAD, 34)
    para(doc, "", indent=False); para(doc, "", indent=False)
    p = para(doc, B_NO, FS, 16, align="c", indent=False); rule_below(p, 18)
    para(doc, "", indent=False)
    for i, t in enumerate(B_T):
        para(doc, t, XBS, 22, align="c", indent=False, exact=33, after=16 if i == len(B_T) - 1 else 0)
    para(doc, B_TO, indent=False)
    for t in B_BODY: para(doc, t)
    signature(doc, B_SIG)
    para(doc, B_PUB)
    # the 办法: new page, own two-line title
    p = para(doc, B_AT[0], XBS, 22, align="c", indent=False, exact=33); p.paragraph_format.page_break_before = True
    para(doc, B_AT[1], XBS, 22, align="c", indent=False, exact=33, after=16)
    for k, t in B_TEXT:
        if k == "ch": para(doc, t, HEI, 16, align="c", indent=False, before=8, after=8)
        elif k == "a": article(doc, t)
        else: para(doc, t)
    para(doc, "", indent=False)
    banji(doc, [(B_CC, None), (B_PRINT[0], B_PRINT[1])])
    path = os.path.join(HERE, "blind57_chengdu_banfa.docx"); doc.save(path)
    return path


def expected_b():
    clauses = list(B_BODY) + [t for k, t in B_TEXT if k != "ch"]
    meta = {
        "title": B_TITLE, "doc_number": B_NO, "issuer": "成都市人民政府办公厅", "date": "2024-06-14",
        "level": "municipal", "region": "成都市", "effective": "2024-07-15", "expires": "2029-07-14",
        "repeals": ["成办发〔2021〕47号"], "addressees": B_TO.rstrip("："),
        "cc": B_CC[3:].rstrip("。"), "printed_by": B_PRINT[0], "printed": "2024-06-17", "attachment_title": B_RULE,
    }
    applies = {
        "通知 paragraph": ["成都市"],
        "第一条–第七条 (and 第二条第二款), 第十二条–第十四条": ["天府新区片区", "青白江铁路港片区", "协同改革先行区", "(成都市 fine)"],
        "第八条 and its （一）（二）": ["青白江铁路港片区 ONLY"],
        "第九条 and its （一）（二）": ["天府新区片区", "青白江铁路港片区 (NOT 协同改革先行区)"],
        "第十条": ["协同改革先行区 ONLY (it extends 第五条、第六条 there)"],
        "第十一条": ["天府新区片区 ONLY"],
    }
    note = (
        "Municipal 办公厅 印发通知 (level municipal, region 成都市) with the revised 实施办法 after a page break (own two-line title, no 文号, 附件 label "
        "absent as is usual for 印发 notices that print the text straight after). One document; the 办法 as a second document is tolerable (low) only "
        "if it does not take the 通知's metadata away. doc_number 成办发〔2024〕31号; the repealed 成办发〔2021〕47号 (第十四条) as doc_number = high; it "
        "must appear as repealed (missing = medium). Title = the three title lines joined (the 办法 title '（修订）' kept). Issuer 成都市人民政府办公厅 "
        "(成都市人民政府 = medium). date 2024-06-14 (成文日期); 2024-06-17 is the 版记 印发 date. effective 2024-07-15; '有效期5年' → expires "
        "2029-07-14 (2029-07-15 tolerable, low; empty = medium). Furniture: 版头 '成都市人民政府办公厅文件', 文号 line, title, 主送 (addressees), "
        "signature and date, '（此件公开发布）', the 办法 title lines, the chapter headings 第一章–第四章 (headings, not clauses; as heading-kind "
        "entries fine; glued into the next article = medium), the 版记 (抄送 line, 印发 line), footers '— n —'. Clauses: one per article "
        "'第X条　…' (full-width space may be dropped, low); 第二条's second 款 is its own paragraph (own clause expected; folded into 第二条 = low); "
        "第八条 and 第九条 are lead-ins ending '：' with items （一）（二） (separate clauses expected; folded into the article = low; an item attached "
        "to the wrong article = high). In the PDF 第九条 and its （一） sit at the foot of page 3 and （二） at the top of page 4: （二） must still "
        "belong to 第九条 (context or places of 第八条 = high). applies_to: see 'applies' — the point of this file. 第八条 given 天府新区片区 or 协同改革先行区 = high; 第九条 "
        "with only one of its two 片区 = high, with 协同改革先行区 added = medium; 第十条 given the two 片区 = high; 第十一条 given 青白江铁路港片区 = "
        "high; the restricted articles given just 成都市 = medium (too broad). Items （一）（二） inherit their article's places. 共建“一带一路”国家, 欧洲, "
        "西部陆海新通道 are destinations/routes, not places of application (as applies_to = medium)."
    )
    return [{"meta": meta, "clauses": clauses, "applies": applies, "_note": note}]


# ==================================================================== (c) 厦门 废止 notice
C_HEAD = "厦门市人民政府文件"
C_NO = "厦府〔2024〕137号"
C_T = ["厦门市人民政府关于废止3件", "市政府规范性文件的通知"]
C_TITLE = "".join(C_T)
C_TO = "各区人民政府，市直各委、办、局，各开发区管委会，中国（福建）自由贸易试验区厦门片区管委会："
C_BODY = "为维护法制统一，根据行政规范性文件管理有关规定，市政府对涉及中国（福建）自由贸易试验区厦门片区和共建“一带一路”的市政府规范性文件进行了专项清理，决定废止以下3件规范性文件，自本通知印发之日起停止执行。"
C_TH = ["序号", "文号", "标题", "废止理由"]
C_ROWS = [
    ["1", "厦府〔2016〕215号", "厦门市人民政府关于促进中国（福建）自由贸易试验区厦门片区跨境电子商务发展的若干意见", "已被《厦门市促进跨境电子商务高质量发展若干措施》（厦府规〔2024〕3号）替代"],
    ["2", "厦府规〔2019〕7号", "厦门市人民政府关于印发厦门市推进“丝路海运”建设扶持办法的通知", "有效期届满，政策目标已实现"],
    ["3", "厦府办〔2020〕88号", "厦门市人民政府办公厅关于加快中欧（厦门）班列发展的实施意见", "调整对象已发生变化，不再适用"],
]
C_SIG = ["厦门市人民政府", "2024年9月20日"]
C_PUB = "（此件主动公开）"


def build_c():
    doc = Document(); gw_page(doc)
    red_head(doc, C_HEAD, 34)
    p = para(doc, C_NO, FS, 16, align="c", indent=False, before=10); rule_below(p, 18)
    for i, t in enumerate(C_T):
        para(doc, t, XBS, 22, align="c", indent=False, exact=33, after=10 if i == len(C_T) - 1 else 0)
    para(doc, C_TO, indent=False)
    para(doc, C_BODY)
    t = doc.add_table(rows=1 + len(C_ROWS), cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(C_TH):
        c = t.rows[0].cells[i]; c.paragraphs[0].alignment = AL["c"]; c.paragraphs[0].paragraph_format.line_spacing = Pt(17)
        set_run(c.paragraphs[0].add_run(h), HEI, 12)
    for r, vals in enumerate(C_ROWS, 1):
        for i, v in enumerate(vals):
            c = t.rows[r].cells[i]; p = c.paragraphs[0]; p.alignment = AL["c" if i < 2 else "l"]
            p.paragraph_format.line_spacing = Pt(16); set_run(p.add_run(v), FS, 11)
            tcpr = c._tc.get_or_add_tcPr(); e = OxmlElement("w:vAlign"); e.set(qn("w:val"), "center"); tcpr.append(e)
    set_widths(t, [1.4, 4.2, 5.8, 4.2])
    signature(doc, C_SIG, right_cm=2.0, blank=False)
    para(doc, C_PUB)
    path = os.path.join(HERE, "blind57_xiamen_feizhi.docx"); doc.save(path)
    return path


def expected_c():
    clauses = [C_BODY] + ["；".join("%s：%s" % (h, v) for h, v in zip(C_TH, r)) for r in C_ROWS]
    meta = {
        "title": C_TITLE, "doc_number": C_NO, "issuer": "厦门市人民政府", "date": "2024-09-20",
        "level": "municipal", "region": "厦门市", "effective": "2024-09-20", "expires": None,
        "repeals": [r[1] for r in C_ROWS], "addressees": C_TO.rstrip("："),
    }
    applies = {"all clauses": ["厦门市 (中国（福建）自由贸易试验区厦门片区 narrower, fine)"]}
    note = (
        "One-page municipal 废止 notice (level municipal, region 厦门市): red 版头 '厦门市人民政府文件', 文号 厦府〔2024〕137号, two-line title, "
        "主送, one body paragraph, a 4-column table (序号/文号/标题/废止理由), signature, date, '（此件主动公开）'; no 版记. doc_number 厦府〔2024〕137号; "
        "the three listed 文号 厦府〔2016〕215号, 厦府规〔2019〕7号, 厦府办〔2020〕88号 are repealed (meta.repeals; any of them as doc_number = high; "
        "missing from repeals = medium each). 厦府规〔2024〕3号 in row 1's 废止理由 is the REPLACEMENT, not repealed (as repealed = high). "
        "effective: '自本通知印发之日起停止执行' → the repeal takes effect 2024-09-20 (empty = low). No expiry. Issuer 厦门市人民政府. "
        "Furniture: 版头, 文号 line, title, 主送, signature, date, '（此件主动公开）', footer. Table: header row, then one clause per row "
        "'序号：1；文号：…；标题：…；废止理由：…' (序号 may be dropped, low); the 标题 and 废止理由 cells wrap over several lines and must be joined "
        "without spaces; row 3's 文号 wraps in the PDF ('厦府办〔2020〕88' / '号') and must be whole; the vertically centred short cells (序号, 文号) must not interleave into the long ones (high). applies_to 厦门市; 中欧, "
        "丝路海运 are not places."
    )
    return [{"meta": meta, "clauses": clauses, "applies": applies, "_note": note}]


# ==================================================================== main
if __name__ == "__main__":
    outs = []
    for build, exp in ((build_a, expected_a), (build_b, expected_b), (build_c, expected_c)):
        path = build()
        expected[os.path.splitext(os.path.basename(path))[0]] = exp()
        outs.append(path)
    for path in outs:  # one soffice at a time
        to_pdf(path, os.path.splitext(path)[0] + ".pdf")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    print("wrote", ", ".join(os.path.basename(p) for p in outs), "+ PDFs + expected.json")
