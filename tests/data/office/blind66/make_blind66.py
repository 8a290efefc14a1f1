# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the sixty-sixth round of blind office files and expected.json.

Theme: suspension and postponement across documents, at national and municipal level.

  National chain (海关总署):
    blind66_haiguan_jipin2023.docx — 海关总署公告2023年第88号 关于发布《自由贸易试验区中欧班列集拼集运监管办法》
        的公告 (2023-07-20); 附件 办法 in four 章, 第一条–第十二条, '自2023年9月1日起施行' (no expiry).
    blind66_haiguan_zhanshi2024.docx — 海关总署公告2024年第30号 关于发布《自由贸易试验区“一带一路”进口商品保税展示
        交易监管办法（试行）》的公告 (2024-03-15); 办法 第一条–第九条, '自2024年7月1日起施行，有效期3年'.
    blind66_haiguan_zanting.docx / .pdf — 海关总署公告2024年第63号 关于暂停实施《…集拼集运监管办法》部分条款等事项的公告
        (2024-05-28): 一、 第六条、第九条至第十一条 suspended from 2024-07-01 (no end); 二、 第八条 suspended from the
        公告's date to 2024-12-31 only in the 重庆 and 四川 FTZs; 四、 the 展示交易办法 '推迟至2024年10月1日起施行，有效期
        相应顺延' (no new end date); 附件 table of the suspended articles.
  Municipal chain (成都市人民政府办公厅):
    blind66_chengdu_guiding2023.docx — 成办发〔2023〕41号 印发《成都市支持中欧班列集拼集运高质量发展若干规定》
        (2023-11-06); 第一条–第十一条; 第九条 has its own start '本条自2024年7月1日起实施'; 第十一条 '自2024年1月1日起施行，
        有效期至2025年12月31日'.
    blind66_chengdu_zanting.docx / .pdf — 成办函〔2024〕57号 (2024-06-25): 第七条、第八条 suspended 2024-07-01 – 2024-12-31;
        第九条's start '推迟至2025年1月1日起实施'; '有效期不作调整'; '本通知自2024年7月1日起施行'.
  Unrelated:
    blind66_chengdu_jiedu.docx — 成都市口岸与物流办公室 《成都市支持中欧班列集拼集运高质量发展若干规定》政策解读
        (2023-11-10): quotes the 若干规定's and the national 办法's titles, dates and article numbers; changes nothing.
Fictional content; real places and organs, fictional numbers.  Run again to rebuild.
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
AL = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "l": WD_ALIGN_PARAGRAPH.LEFT, None: None}
B = 16  # 三号


# ------------------------------------------------------------------ helpers
def set_run(run, font=FS, size=B, bold=False, red=False):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    run.font.size = Pt(size); run.font.bold = bold
    if red: run.font.color.rgb = RGBColor(0xE6, 0x00, 0x12)
    return run


def para(where, text="", font=FS, size=B, align="j", indent=True, before=0, after=0, exact=28, red=False):
    p = where.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    pf.line_spacing = Pt(exact)
    if indent: pf.first_line_indent = Pt(size * 2)
    if AL[align] is not None: p.alignment = AL[align]
    if text: set_run(p.add_run(text), font, size, red=red)
    return p


def runin(where, t, head_font=HEI, stop="。", size=B):
    """Run-in head: text up to the first stop in head_font, the rest in 仿宋."""
    p = para(where, "", size=size); i = t.index(stop) + 1
    set_run(p.add_run(t[:i]), head_font, size)
    if t[i:]: set_run(p.add_run(t[i:]), FS, size)
    return p


def add_field(p, instr, font=SONG, size=14):
    r = p.add_run(); set_run(r, font, size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3): r._element.append(e)


def border(p, side="bottom", sz=18, color="E60012", space=4):
    ppr = p._p.get_or_add_pPr()
    b = ppr.find(qn("w:pBdr"))
    if b is None:
        b = OxmlElement("w:pBdr"); ppr.append(b)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), str(space)); e.set(qn("w:color"), color)
    b.append(e)


def east_asian_normal(doc, font=FS, size=B):
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
    if rf is None: rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"): rf.set(qn(a), font)


def a4(doc, odd_even=False):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.top_margin = Cm(3.7); s.bottom_margin = Cm(3.5); s.left_margin = Cm(2.8); s.right_margin = Cm(2.6)
    s.header_distance = Cm(1.5); s.footer_distance = Cm(2.0)
    if odd_even:
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT; fp.paragraph_format.right_indent = Pt(14)
        set_run(fp.add_run("— "), SONG, 14); add_field(fp, "PAGE", SONG, 14); set_run(fp.add_run(" —"), SONG, 14)
        ep = s.even_page_footer.paragraphs[0]; ep.alignment = WD_ALIGN_PARAGRAPH.LEFT; ep.paragraph_format.left_indent = Pt(14)
        set_run(ep.add_run("— "), SONG, 14); add_field(ep, "PAGE", SONG, 14); set_run(ep.add_run(" —"), SONG, 14)
    else:
        fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_run(fp.add_run("— "), SONG, 14); add_field(fp, "PAGE", SONG, 14); set_run(fp.add_run(" —"), SONG, 14)
    east_asian_normal(doc)
    return s


def red_head(doc, org_head, no, size=36):
    para(doc, org_head, XBS, size, align="c", indent=False, before=24, after=18, exact=size + 12, red=True)
    p = para(doc, no, FS, B, align="c", indent=False, after=4)
    border(p)
    para(doc, "", FS, B, indent=False)


def title(doc, t, lines=None):
    """Title in 小标宋 二号; lines=list -> one paragraph with soft line breaks; t may also be a list of paragraphs."""
    if lines:
        p = para(doc, "", XBS, 22, align="c", indent=False, before=6, after=18, exact=36)
        for k, ln in enumerate(lines):
            r = set_run(p.add_run(ln), XBS, 22)
            if k < len(lines) - 1: r.add_break()
        return p
    if isinstance(t, list):
        for k, ln in enumerate(t):
            para(doc, ln, XBS, 22, align="c", indent=False, before=6 if k == 0 else 0, after=18 if k == len(t) - 1 else 0, exact=36)
        return
    para(doc, t, XBS, 22, align="c", indent=False, before=6, after=18, exact=36)


def signature(doc, org, date, right_cm=2.0):
    para(doc, "", FS, B, indent=False)
    para(doc, "", FS, B, indent=False)
    for t in (org, date):
        p = para(doc, t, FS, B, align="r", indent=False); p.paragraph_format.right_indent = Cm(right_cm)
        if t == org: p.paragraph_format.keep_with_next = True


def banji(doc, cc, printer, printed):
    """版记: 抄送 between rules, 印发 line with a closing rule, kept together at the end."""
    para(doc, "", FS, B, indent=False)
    p = None
    if cc:
        p = para(doc, "", FS, 14, align="j", indent=False, exact=24)
        p.paragraph_format.left_indent = Pt(14); p.paragraph_format.right_indent = Pt(14)
        set_run(p.add_run("抄送：" + cc), FS, 14)
        border(p, "top", 8, "000000", 2); border(p, "bottom", 4, "000000", 2)
        p.paragraph_format.keep_with_next = True
    q = para(doc, "", FS, 14, align="j", indent=False, exact=24)
    q.paragraph_format.left_indent = Pt(14); q.paragraph_format.right_indent = Pt(14)
    tab = q.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), alignment=2)  # right
    set_run(q.add_run(printer + "\t" + printed + "印发"), FS, 14)
    if not cc: border(q, "top", 8, "000000", 2)
    border(q, "bottom", 8, "000000", 2)


def page_break(doc):
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)


def set_cell(cell, text, font=FS, size=12, align="c"):
    p = cell.paragraphs[0]
    p.alignment = AL[align]; p.paragraph_format.line_spacing = Pt(size * 1.5)
    set_run(p.add_run(text), font, size)


def grid_table(doc, head, rows, widths, size=12, left_cols=()):
    t = doc.add_table(rows=1 + len(rows), cols=len(head))
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER; t.autofit = False
    for j, col in enumerate(t.columns): col.width = Cm(widths[j])
    for j, h in enumerate(head):
        c = t.rows[0].cells[j]; c.width = Cm(widths[j]); set_cell(c, h, HEI, size)
    for i, vals in enumerate(rows, 1):
        for j, v in enumerate(vals):
            c = t.rows[i].cells[j]; c.width = Cm(widths[j]); set_cell(c, v, FS, size, "l" if j in left_cols else "c")
    # repeat header row
    trpr = t.rows[0]._tr.get_or_add_trPr(); h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trpr.append(h)
    return t


def rows_as_clauses(head, rows):
    return ["；".join(f"{h}：{v}" for h, v in zip(head, r)) for r in rows]


def to_pdf(docx_path, out_pdf):
    prof = tempfile.mkdtemp(prefix="lo66p_"); tmp = tempfile.mkdtemp(prefix="lo66o_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"), out_pdf)
    finally:
        shutil.rmtree(prof, ignore_errors=True); shutil.rmtree(tmp, ignore_errors=True)


expected = {}
FILES = {}


def art(where, lab, t, lab_font=HEI, bold=False):
    p = para(where, "")
    r = set_run(p.add_run(lab), lab_font, B, bold=bold)
    set_run(p.add_run(FW + t), FS, B)
    return p


def ggao_head(doc, year_no):
    """海关总署公告 head: red 海关总署公告, the year/number line under it, red rule."""
    para(doc, "海关总署公告", XBS, 36, align="c", indent=False, before=24, after=12, exact=48, red=True)
    p = para(doc, year_no, FS, B, align="c", indent=False, after=4)
    border(p)
    para(doc, "", FS, B, indent=False)


def save(doc, stem, pdf=False):
    dx = os.path.join(HERE, stem + ".docx"); doc.save(dx)
    if pdf: to_pdf(dx, os.path.join(HERE, stem + ".pdf"))


# ==================================================================== N1 海关总署公告2023年第88号 集拼办法
HG = "海关总署"
N1_NO = "海关总署公告2023年第88号"
N1_RULE = "自由贸易试验区中欧班列集拼集运监管办法"
N1_TITLE = "关于发布《" + N1_RULE + "》的公告"
N1_BODY = ("为贯彻落实党中央、国务院关于推进共建“一带一路”高质量发展和实施自由贸易试验区提升战略的决策部署，促进中欧班列集拼集运业务规范发展，"
           "海关总署制定了《" + N1_RULE + "》，现予以发布，自2023年9月1日起施行。")
N1_DATE = "2023年7月20日"
N1_CH = [
    ("第一章　总则", [
        ("第一条", "为促进自由贸易试验区中欧班列集拼集运业务发展，规范海关监管，根据《中华人民共和国海关法》及有关法律、行政法规，制定本办法。"),
        ("第二条", "本办法所称集拼集运，是指在自由贸易试验区内的海关监管作业场所，将不同发货人、以不同运输方式进境或者出境的货物，在同一中欧班列集装箱内集中拼箱、集中运输的业务模式。"),
    ]),
    ("第二章　集拼作业与申报", [
        ("第三条", "开展集拼集运业务的企业（以下简称集拼企业）应当在海关办理报关单位备案，具有符合海关监管要求的计算机管理系统，并与海关联网。"),
        ("第四条", "集拼集运货物应当在海关监管作业场所内进行拼箱、拆箱作业。海关监管作业场所经营人应当对拼箱、拆箱作业实施视频监控，视频资料保存期限不少于3个月。"),
        ("第五条", "集拼企业应当在货物运抵海关监管作业场所前，以电子数据形式向海关传输舱单及相关电子数据。"),
        ("第六条", "同一集装箱内装载不同收发货人货物的，集拼企业可以凭一份运输工具舱单向海关申报，海关按照“分单申报、集中查验”的方式实施监管。"),
        ("第七条", "海关依据风险分析对集拼集运货物实施查验。需要查验的，集拼企业应当配合海关开拆、搬移货物。"),
        ("第八条", "经自由贸易试验区出境的集拼集运货物，符合条件的，可以在启运地海关办理“铁路快通”手续，口岸海关不再重复查验。"),
    ]),
    ("第三章　税款担保", [
        ("第九条", "集拼企业可以向海关申请以保证金或者银行保函方式提供税款担保，先放行货物、后办理税费缴纳手续。担保金额按照货物应缴税款的100%确定。"),
        ("第十条", "担保期限一般不超过6个月；因特殊情况需要延长的，经海关同意，可以延长3个月。"),
        ("第十一条", "集拼企业提供的担保不足以抵偿应缴税款的，海关应当书面通知集拼企业在5个工作日内补足担保。"),
    ]),
    ("第四章　附则", [
        ("第十二条", "本办法由海关总署负责解释，自2023年9月1日起施行。"),
    ]),
]
N1_ARTS = [(lab, t) for _, arts in N1_CH for lab, t in arts]


def make_n1():
    doc = Document(); a4(doc)
    ggao_head(doc, "2023年第88号")
    title(doc, ["关于发布《自由贸易试验区中欧班列", "集拼集运监管办法》的公告"])
    para(doc, N1_BODY)
    para(doc, "特此公告。")
    para(doc, "", FS, B, indent=False)
    para(doc, "附件：" + N1_RULE)
    signature(doc, HG, N1_DATE, 3.0)
    page_break(doc)
    para(doc, "附件", HEI, B, align=None, indent=False)
    para(doc, "", FS, B, indent=False)
    title(doc, ["自由贸易试验区中欧班列集拼集运监管办法"])
    for ch, arts in N1_CH:
        para(doc, ch, HEI, B, align="c", indent=False, before=6, after=6)
        for lab, t in arts: art(doc, lab, t, HEI)
    save(doc, "blind66_haiguan_jipin2023")


# ==================================================================== N2 海关总署公告2024年第30号 展示交易办法
N2_NO = "海关总署公告2024年第30号"
N2_RULE = "自由贸易试验区“一带一路”进口商品保税展示交易监管办法（试行）"
N2_TITLE = "关于发布《" + N2_RULE + "》的公告"
N2_BODY = ("为支持自由贸易试验区开展共建“一带一路”国家进口商品保税展示交易，扩大优质商品进口，海关总署制定了《" + N2_RULE + "》，现予以发布。")
N2_DATE = "2024年3月15日"
N2_ARTS = [
    ("第一条", "为支持自由贸易试验区开展共建“一带一路”国家进口商品保税展示交易，规范海关监管，根据《中华人民共和国海关法》等法律、行政法规，制定本办法。"),
    ("第二条", "本办法适用于在自由贸易试验区内的海关特殊监管区域和保税物流中心（B型）（以下统称区域）开展的进口商品保税展示交易业务。"),
    ("第三条", "开展保税展示交易业务的企业（以下简称展示企业）应当向主管海关提供足额税款担保，担保期限不超过1年。"),
    ("第四条", "展示企业可以将区域内的保税货物运至区域外的展示场所进行展示，展示期间货物不得超出主管海关关区范围。"),
    ("第五条", "展示货物在展示场所内销售的，展示企业应当在销售后5个工作日内向主管海关集中办理进口申报手续，并缴纳税款。"),
    ("第六条", "展示货物未售出的，展示企业应当在展示期满前运回区域。展示期限不超过6个月；确需延长的，经主管海关同意可以延长，延长期限最长不超过6个月。"),
    ("第七条", "原产于共建“一带一路”国家的进口商品，符合相关自由贸易协定原产地规则的，可以在集中申报时适用协定税率。"),
    ("第八条", "展示企业违反本办法规定的，由海关依照《中华人民共和国海关行政处罚实施条例》予以处理。"),
    ("第九条", "本办法由海关总署负责解释，自2024年7月1日起施行，有效期3年。"),
]


def make_n2():
    doc = Document(); a4(doc, odd_even=True)
    ggao_head(doc, "2024年第30号")
    title(doc, ["关于发布《自由贸易试验区“一带一路”", "进口商品保税展示交易监管办法（试行）》", "的公告"])
    para(doc, N2_BODY)
    para(doc, "特此公告。")
    para(doc, "", FS, B, indent=False)
    p = para(doc, "附件：自由贸易试验区“一带一路”进口商品保税")
    q = para(doc, "展示交易监管办法（试行）"); q.paragraph_format.first_line_indent = Pt(B * 5)  # 附件 name on two lines, hanging
    para(doc, "", FS, B, indent=False)
    for t in (HG, N2_DATE):
        r = para(doc, t, FS, B, align="r", indent=False); r.paragraph_format.right_indent = Cm(3.0)
    page_break(doc)
    para(doc, "附件", HEI, B, align=None, indent=False)
    para(doc, "", FS, B, indent=False)
    title(doc, ["自由贸易试验区“一带一路”进口商品", "保税展示交易监管办法（试行）"])
    for lab, t in N2_ARTS: art(doc, lab, t, FS)   # 仿宋 labels, not 黑体
    save(doc, "blind66_haiguan_zhanshi2024")


# ==================================================================== A 海关总署公告2024年第63号 暂停/推迟
A_NO = "海关总署公告2024年第63号"
A_TITLE = "关于暂停实施《" + N1_RULE + "》部分条款等事项的公告"
A_LEAD = ("为进一步防范税收风险，做好新旧监管模式衔接，海关总署决定暂停实施《" + N1_RULE + "》（海关总署公告2023年第88号发布，以下简称《集拼办法》）部分条款，"
          "并推迟实施《" + N2_RULE + "》（海关总署公告2024年第30号发布，以下简称《展示交易办法》）。现将有关事项公告如下：")
A_ITEMS = [
    "一、自2024年7月1日起，暂停实施《集拼办法》第六条、第九条至第十一条。暂停实施前已经海关受理的担保申请，按照原规定办理。",
    "二、自本公告发布之日起至2024年12月31日，在中国（重庆）自由贸易试验区、中国（四川）自由贸易试验区暂停实施《集拼办法》第八条。其他自由贸易试验区继续按照《集拼办法》第八条办理。",
    "三、暂停实施期间，集拼集运货物的舱单申报和税款担保，按照《中华人民共和国海关进出境运输工具舱单管理办法》《中华人民共和国海关事务担保条例》等规定办理。",
    "四、《展示交易办法》推迟至2024年10月1日起施行，有效期相应顺延。",
    "五、《集拼办法》其他条款继续实施。第六条、第九条至第十一条恢复实施的时间，海关总署另行公告。",
]
A_ATT = "暂停实施条款一览表"
A_DATE = "2024年5月28日"
A_TAB_HEAD = ["序号", "文件名称", "条款", "暂停范围", "暂停期限"]
A_TAB_ROWS = [
    ["1", "《集拼办法》", "第六条", "全部自由贸易试验区", "自2024年7月1日起，恢复时间另行公告"],
    ["2", "《集拼办法》", "第九条至第十一条", "全部自由贸易试验区", "自2024年7月1日起，恢复时间另行公告"],
    ["3", "《集拼办法》", "第八条", "中国（重庆）自由贸易试验区、中国（四川）自由贸易试验区", "2024年5月28日至2024年12月31日"],
]


def make_a():
    doc = Document(); a4(doc)
    ggao_head(doc, "2024年第63号")
    title(doc, None, lines=["关于暂停实施《自由贸易试验区中欧班列", "集拼集运监管办法》部分条款等事项的公告"])
    para(doc, A_LEAD)
    for t in A_ITEMS: para(doc, t)
    para(doc, "特此公告。")
    para(doc, "", FS, B, indent=False)
    para(doc, "附件：" + A_ATT)
    signature(doc, HG, A_DATE, 3.0)
    page_break(doc)
    para(doc, "附件", HEI, B, align=None, indent=False)
    para(doc, "", FS, B, indent=False)
    title(doc, A_ATT)
    grid_table(doc, A_TAB_HEAD, A_TAB_ROWS, [1.4, 3.0, 2.8, 4.4, 4.0], size=12, left_cols=(3, 4))
    save(doc, "blind66_haiguan_zanting", pdf=True)


# ==================================================================== M1 成办发〔2023〕41号 若干规定
CD_ORG = "成都市人民政府办公厅"
CD_HEAD = "成都市人民政府办公厅文件"
CD_CC = "市委办公厅，市人大常委会办公厅，市政协办公厅，市纪委监委机关，成都警备区，市法院，市检察院，成都海关。"
M1_NO = "成办发〔2023〕41号"
M1_RULE = "成都市支持中欧班列集拼集运高质量发展若干规定"
M1_TITLE = "成都市人民政府办公厅关于印发《" + M1_RULE + "》的通知"
M1_ADDR = "各区（市）县政府，市政府各部门，有关单位："
M1_BODY = "《" + M1_RULE + "》已经市政府同意，现印发给你们，请认真贯彻执行。"
M1_DATE = "2023年11月6日"
M1_ARTS = [
    ("第一条", "为推动中欧班列（成渝）集拼集运高质量发展，巩固成都国际班列枢纽地位，根据《" + N1_RULE + "》（海关总署公告2023年第88号发布）等规定，结合本市实际，制定本规定。"),
    ("第二条", "本规定适用于在本市行政区域内注册、依托成都国际铁路港开展中欧班列集拼集运业务的企业（以下简称集拼企业）。"),
    ("第三条", "市口岸物流办负责统筹协调本规定的实施，市财政局负责资金保障，各区（市）县政府按照职责做好相关工作。"),
    ("第四条", "对集拼企业在成都国际铁路港新建集拼分拨中心、投资额在2000万元以上的，按照实际投资额的10%给予一次性补助，最高不超过500万元。"),
    ("第五条", "对集拼企业年度组织集拼货物超过1000标准箱的，按照每标准箱300元给予奖励，单个企业年度奖励最高不超过300万元。"),
    ("第六条", "对集拼企业开展“一单制”铁海、铁空多式联运的，按照每票200元给予补助。"),
    ("第七条", "集拼企业按照《" + N1_RULE + "》第九条规定办理税款担保的，对其支付的银行保函手续费，按照实际发生额的50%给予补贴，单个企业年度补贴最高不超过100万元。"),
    ("第八条", "对在中国（四川）自由贸易试验区成都青白江铁路港片区办理“铁路快通”手续的集拼货物，按照每标准箱100元给予奖励。"),
    ("第九条", "支持集拼企业建设海外集结中心。对在共建“一带一路”国家新设海外集结中心的，按照实际投资额的20%给予一次性补助，最高不超过300万元。本条自2024年7月1日起实施。"),
    ("第十条", "集拼企业以虚假材料骗取补助资金的，由有关部门追回资金，五年内取消其申报资格；涉嫌犯罪的，依法移送司法机关处理。"),
    ("第十一条", "本规定由市口岸物流办负责解释，自2024年1月1日起施行，有效期至2025年12月31日。"),
]


def make_m1():
    doc = Document(); a4(doc, odd_even=True)
    red_head(doc, CD_HEAD, M1_NO, size=34)
    title(doc, ["成都市人民政府办公厅", "关于印发《成都市支持中欧班列集拼集运", "高质量发展若干规定》的通知"])
    para(doc, M1_ADDR, FS, B, align=None, indent=False)
    para(doc, M1_BODY)
    signature(doc, CD_ORG, M1_DATE, 2.0)
    para(doc, "（此件公开发布）", FS, B, before=12)
    page_break(doc)
    title(doc, ["成都市支持中欧班列集拼集运", "高质量发展若干规定"])
    for lab, t in M1_ARTS: art(doc, lab, t, FS, bold=True)   # bold 仿宋 labels
    banji(doc, CD_CC, CD_ORG, "2023年11月7日")
    save(doc, "blind66_chengdu_guiding2023")


# ==================================================================== MA 成办函〔2024〕57号 暂停/推迟
MA_NO = "成办函〔2024〕57号"
MA_TITLE = "成都市人民政府办公厅关于暂停执行《" + M1_RULE + "》部分条款的通知"
MA_ADDR = "各区（市）县政府，市级有关部门："
MA_LEAD = ("根据《海关总署关于暂停实施〈" + N1_RULE + "〉部分条款等事项的公告》（" + A_NO + "），经市政府同意，现就《" + M1_RULE + "》（" + M1_NO + "，以下简称《若干规定》）有关条款执行事项通知如下：")
MA_ITEMS = [
    "一、自2024年7月1日起至2024年12月31日，暂停执行《若干规定》第七条、第八条。2024年7月1日前已经受理的补贴申请，按照原规定办理。",
    "二、《若干规定》第九条原定自2024年7月1日起实施，推迟至2025年1月1日起实施。",
    "三、《若干规定》其他条款继续执行，有效期不作调整。",
    "四、本通知自2024年7月1日起施行。",
]
MA_DATE = "2024年6月25日"


def make_ma():
    doc = Document(); a4(doc)
    red_head(doc, CD_HEAD, MA_NO, size=34)
    title(doc, ["成都市人民政府办公厅", "关于暂停执行《成都市支持中欧班列集拼集运", "高质量发展若干规定》部分条款的通知"])
    para(doc, MA_ADDR, FS, B, align=None, indent=False)
    para(doc, MA_LEAD)
    for t in MA_ITEMS: para(doc, t)
    signature(doc, CD_ORG, MA_DATE, 2.0)
    para(doc, "（此件公开发布）", FS, B, before=12)
    banji(doc, CD_CC, CD_ORG, "2024年6月26日")
    save(doc, "blind66_chengdu_zanting", pdf=True)


# ==================================================================== JD 政策解读
JD_ORG = "成都市口岸与物流办公室"
JD_TITLE = "《" + M1_RULE + "》政策解读"
JD_DATE = "2023年11月10日"
JD_SECT = [
    ("一、出台背景", [
        "2023年7月，海关总署发布《" + N1_RULE + "》，自2023年9月1日起施行，为自由贸易试验区开展中欧班列集拼集运业务提供了监管依据。为用好国家政策，推动中欧班列（成渝）集拼集运高质量发展，市口岸物流办会同市财政局、成都海关等部门研究起草了《" + M1_RULE + "》（以下简称《若干规定》），经市政府同意，由市政府办公厅印发实施。",
    ]),
    ("二、主要内容", [
        "《若干规定》共十一条，从集拼分拨中心建设、集拼规模奖励、多式联运补助、税款担保费用补贴、“铁路快通”奖励和海外集结中心建设等方面提出支持措施。",
        "其中，第七条对集拼企业按照《" + N1_RULE + "》第九条办理税款担保支付的银行保函手续费给予50%补贴；第八条对在中国（四川）自由贸易试验区成都青白江铁路港片区办理“铁路快通”手续的集拼货物按照每标准箱100元给予奖励。",
    ]),
    ("三、适用对象", [
        "在成都市行政区域内注册、依托成都国际铁路港开展中欧班列集拼集运业务的企业。",
    ]),
    ("四、施行时间", [
        "《若干规定》自2024年1月1日起施行，有效期至2025年12月31日。其中，第九条关于海外集结中心建设的支持措施自2024年7月1日起实施。",
    ]),
]


def make_jd():
    doc = Document(); a4(doc)
    title(doc, ["《成都市支持中欧班列集拼集运", "高质量发展若干规定》政策解读"])
    p = para(doc, JD_ORG + "　" + JD_DATE, KAI, B, align="c", indent=False, after=12)
    for head, paras in JD_SECT:
        para(doc, head, HEI)
        for t in paras: para(doc, t)
    save(doc, "blind66_chengdu_jiedu")


# ==================================================================== expected.json
def arts(lst): return [lab + FW + t for lab, t in lst]


FURN_HG = ("Furniture (never clauses): the red '海关总署公告' head and the 'YYYY年第N号' line under it (together they are the 文号), the title lines, "
           "'特此公告。' (kept as a clause = low), the '附件：…' line (attachments metadata, fine), the signature '海关总署' + date, the '附件' label and "
           "the 附件 title on the next page, '— N —' page numbers. 章 headings ('第一章　总则' …) are headings, not clauses (a heading entry is fine; "
           "glued to the next article's text = low).")
FURN_CD = ("Furniture: red head '成都市人民政府办公厅文件', 文号 line, title lines, 主送 line (addressees metadata, fine), signature "
           "'成都市人民政府办公厅' + date, '（此件公开发布）', 版记 ('抄送：…' and '成都市人民政府办公厅⇥YYYY年M月D日印发'), '— N —' page numbers.")

expected["blind66_haiguan_jipin2023"] = [{
    "meta": {"title": N1_TITLE, "title_also_fine": ["海关总署" + N1_TITLE], "doc_number": N1_NO, "issuer": HG, "date": "2023-07-20",
             "level": "ministerial", "region": "全国",
             "attached_rule_title": N1_RULE,
             "effective_as_printed": "2023-09-01", "expires_as_printed": None,
             "effective": "2023-09-01", "expires": None,
             "suspended_clauses": {
                 "第六条": {"from": "2024-07-01", "until": None, "where": "all FTZs"},
                 "第九条": {"from": "2024-07-01", "until": None, "where": "all FTZs"},
                 "第十条": {"from": "2024-07-01", "until": None, "where": "all FTZs"},
                 "第十一条": {"from": "2024-07-01", "until": None, "where": "all FTZs"},
                 "第八条": {"from": "2024-05-28", "until": "2024-12-31", "where": "only 中国（重庆）自由贸易试验区 and 中国（四川）自由贸易试验区; in force elsewhere"}},
             "changed_by": [{"doc_number": A_NO, "file": "blind66_haiguan_zanting", "action": "partial suspension",
                             "detail": "第六条、第九条至第十一条 from 2024-07-01 until further notice (恢复时间另行公告); 第八条 from 2024-05-28 to 2024-12-31 only in the 重庆/四川 FTZs"}],
             "changes": [], "cited_by_not_changing": ["blind66_chengdu_guiding2023 (第一条, 第七条)", "blind66_chengdu_jiedu", "blind66_chengdu_zanting (inside the cited 公告 title)"]},
    "clauses": [N1_BODY] + arts(N1_ARTS),
    "places": [{"clause": "all", "applies_to": ["全国（自由贸易试验区）"], "also_fine": ["no place / 全国", "a list of all FTZs, including ones set up after 2023-07-20 (中国（新疆）自由贸易试验区, 2023-10/11)"], "must_not_see": ["any single province or city"]},
               {"clause": "第八条", "applies_to": ["全国（自由贸易试验区）"], "note": "after the 2024年第63号 公告: suspended 2024-05-28–2024-12-31 in 中国（重庆）/中国（四川）自由贸易试验区 only"}],
    "_note": ("docx only, 3 pages: the 公告 page, then 附件 办法 (own title, 四章, 第一条–第十二条 with 黑体 labels + full-width space). " + FURN_HG + " "
              "doc_number 海关总署公告2023年第88号 ('2023年第88号' alone = medium: a search by the 文号 people use misses it). Title as printed '关于发布《…》的公告' "
              "(with '海关总署' prefixed = fine; only the 办法's title = low). Level ministerial (a 部委; national = low). Effective 2023-09-01 (printed twice: 公告 body and 第十二条); "
              "no expiry printed (inventing one = high). After reading blind66_haiguan_zanting: 第六条、第九条至第十一条 suspended from 2024-07-01 with no end date "
              "(machine date 2026-12-03: still suspended today), 第八条 suspended only in the 重庆/四川 FTZs from 2024-05-28 to 2024-12-31; the 办法 as a whole stays in force — "
              "marking the whole document ended/repealed = high. Clauses: the 公告 body, 第一条–第十二条.")}]

expected["blind66_haiguan_zhanshi2024"] = [{
    "meta": {"title": N2_TITLE, "title_also_fine": ["海关总署" + N2_TITLE], "doc_number": N2_NO, "issuer": HG, "date": "2024-03-15",
             "level": "ministerial", "region": "全国",
             "attached_rule_title": N2_RULE,
             "effective_as_printed": "2024-07-01", "expires_as_printed": "2027-06-30",
             "effective": "2024-10-01", "expires": "2027-09-30",
             "changed_by": [{"doc_number": A_NO, "file": "blind66_haiguan_zanting", "action": "start postponed",
                             "detail": "推迟至2024年10月1日起施行，有效期相应顺延 (no date printed: 3 years from 2024-10-01 → 2027-09-30)"}],
             "changes": []},
    "clauses": [N2_BODY] + arts(N2_ARTS),
    "places": [{"clause": "all", "applies_to": ["全国（自由贸易试验区）"], "must_not_see": ["共建“一带一路”国家 as a place (low)"]}],
    "_note": ("docx only, 3 pages (公告 page, 附件 办法 on pages 2–3). Odd/even page numbers. " + FURN_HG + " The '附件：' line is printed on two lines "
              "('附件：自由贸易试验区“一带一路”进口商品保税' / '展示交易监管办法（试行）', the second a separate paragraph indented under the name) — one attachment, "
              "the second line is not a clause (a clause '展示交易监管办法（试行）' = medium). Article labels are plain 仿宋 (not 黑体). "
              "As printed: '自2024年7月1日起施行，有效期3年' → 2024-07-01 … 2027-06-30 (2027-07-01 = low; none = high). The 公告 body has no date of its own. "
              "After reading blind66_haiguan_zanting: 2024-10-01 … 2027-09-30 (有效期相应顺延 = three years from the new start). A knowledge base holding both must not "
              "show these articles as in force on 2024-08-01, and must show them on 2027-08-01. Keeping the printed end 2027-06-30 after the postponement = high "
              "(for --as-of 2027-07-01…09-30). Clauses: the 公告 body, 第一条–第九条.")}]

expected["blind66_haiguan_zanting"] = [{
    "meta": {"title": A_TITLE, "title_also_fine": ["海关总署" + A_TITLE], "doc_number": A_NO, "issuer": HG, "date": "2024-05-28",
             "level": "ministerial", "region": "全国",
             "effective_as_printed": None, "expires_as_printed": None,
             "effective": "2024-05-28", "expires": None,
             "attachments": [A_ATT],
             "changes": [
                 {"doc_number": N1_NO, "title": N1_RULE, "file": "blind66_haiguan_jipin2023", "action": "partial suspension",
                  "articles": {"第六条": ["2024-07-01", None], "第九条": ["2024-07-01", None], "第十条": ["2024-07-01", None], "第十一条": ["2024-07-01", None],
                               "第八条": ["2024-05-28", "2024-12-31", "重庆、四川 FTZs only"]}},
                 {"doc_number": N2_NO, "title": N2_RULE, "file": "blind66_haiguan_zhanshi2024", "action": "start postponed",
                  "old_effective": "2024-07-01", "new_effective": "2024-10-01", "old_expires": "2027-06-30", "new_expires": "2027-09-30 (相应顺延, not printed)"}],
             "repeals": [], "changed_by": [],
             "cited_not_changed": ["中华人民共和国海关进出境运输工具舱单管理办法", "中华人民共和国海关事务担保条例"]},
    "clauses": [A_LEAD] + A_ITEMS + rows_as_clauses(A_TAB_HEAD, A_TAB_ROWS),
    "places": [{"clause": "一、", "applies_to": ["全国（自由贸易试验区）"]},
               {"clause": "二、", "applies_to": ["中国（重庆）自由贸易试验区", "中国（四川）自由贸易试验区"], "also_fine": ["重庆市", "四川省"]},
               {"clause": "table row 3", "applies_to": ["中国（重庆）自由贸易试验区", "中国（四川）自由贸易试验区"]},
               {"clause": "other", "applies_to": ["全国"]}],
    "_note": ("docx + LibreOffice PDF, 2 pages (公告 on page 1, 附件 table on page 2). " + FURN_HG + " Title in ONE paragraph with a soft line break (docx) / two centred "
              "lines (PDF); it must not be cut to the inner 《…》. doc_number 海关总署公告2024年第63号; 2023年第88号 / 2024年第30号 are the changed documents (taking one = high). "
              "No 施行 sentence: a 公告 takes effect when published, 2024-05-28 (二、 runs '自本公告发布之日起'); effective 2024-07-01 (the date in 一、) = medium; "
              "2024-10-01 = high. No expiry: 2024-12-31 (end of the 第八条 suspension in two FTZs) or 2027-… as this 公告's expiry = high. Repeals nothing (listing "
              "88号 or 30号 as repealed = high). Ideally recorded: it suspends 第六条、第九条至第十一条 of 88号 from 2024-07-01 with no end, 第八条 in two FTZs 2024-05-28–2024-12-31, "
              "and postpones 30号 to 2024-10-01 with 有效期相应顺延 (= 2027-09-30). The two 《…》 in 三、 are cited, not changed. "
              "Clauses: lead, 一、–五、, the three table rows (header：value；…; '特此公告。' not a clause). ")}]

expected["blind66_chengdu_guiding2023"] = [{
    "meta": {"title": M1_TITLE, "doc_number": M1_NO, "issuer": CD_ORG, "date": "2023-11-06", "level": "municipal", "region": "成都市",
             "attached_rule_title": M1_RULE,
             "effective_as_printed": "2024-01-01", "expires_as_printed": "2025-12-31",
             "effective": "2024-01-01", "expires": "2025-12-31",
             "clause_start_as_printed": {"第九条": "2024-07-01"},
             "clause_start": {"第九条": "2025-01-01"},
             "suspended_clauses": {"第七条": {"from": "2024-07-01", "until": "2024-12-31"}, "第八条": {"from": "2024-07-01", "until": "2024-12-31"}},
             "changed_by": [{"doc_number": MA_NO, "file": "blind66_chengdu_zanting", "action": "partial suspension + article start postponed",
                             "detail": "第七条、第八条 suspended 2024-07-01–2024-12-31; 第九条 推迟至2025年1月1日起实施; 有效期不作调整"}],
             "changes": [], "cites_not_changes": [N1_NO]},
    "clauses": [M1_BODY] + arts(M1_ARTS),
    "places": [{"clause": "all", "applies_to": ["成都市"]},
               {"clause": "第八条", "applies_to": ["中国（四川）自由贸易试验区成都青白江铁路港片区"], "also_fine": ["成都市", "青白江区"]},
               {"clause": "第一条", "applies_to": ["成都市"], "must_not_see": ["重庆市 (from 中欧班列（成渝）; low)"]},
               {"clause": "第九条", "applies_to": ["成都市"], "must_not_see": ["共建“一带一路”国家 (low)"]}],
    "_note": ("docx only, 3 pages: 印发通知 page, then the 若干规定 after a page break (own two-line title, 第一条–第十一条 with bold 仿宋 labels), 版记 at the end. " + FURN_CD + " "
              "Title printed on three lines (three paragraphs) — joined. Level municipal (成都 is a 副省级 city; provincial = high), region 成都市. date 2023-11-06 (版记 印发 2023-11-07 is not the date). "
              "As printed: effective 2024-01-01, expires 2025-12-31 (第十一条); 第九条 alone starts 2024-07-01 ('本条自2024年7月1日起实施' — taking 2024-07-01 as the whole "
              "document's start = high). After reading blind66_chengdu_zanting: 第七条、第八条 suspended 2024-07-01–2024-12-31 (in force again 2025-01-01 to 2025-12-31), "
              "第九条 starts 2025-01-01, the document's own period unchanged. The citation of 海关总署公告2023年第88号 in 第一条/第七条 is a basis, not a change "
              "(recording this 规定 as changing 88号 = high). Clauses: the wrapper's body paragraph, 第一条–第十一条.")}]

expected["blind66_chengdu_zanting"] = [{
    "meta": {"title": MA_TITLE, "doc_number": MA_NO, "issuer": CD_ORG, "date": "2024-06-25", "level": "municipal", "region": "成都市",
             "effective_as_printed": "2024-07-01", "expires_as_printed": None,
             "effective": "2024-07-01", "expires": None,
             "changes": [
                 {"doc_number": M1_NO, "title": M1_RULE, "file": "blind66_chengdu_guiding2023", "action": "partial suspension",
                  "articles": {"第七条": ["2024-07-01", "2024-12-31"], "第八条": ["2024-07-01", "2024-12-31"]}},
                 {"doc_number": M1_NO, "file": "blind66_chengdu_guiding2023", "action": "article start postponed", "article": "第九条", "old": "2024-07-01", "new": "2025-01-01"}],
             "repeals": [], "changed_by": [], "cites_not_changes": [A_NO]},
    "clauses": [MA_LEAD] + MA_ITEMS,
    "places": [{"clause": "all", "applies_to": ["成都市"]}],
    "_note": ("docx + LibreOffice PDF, 1–2 pages. " + FURN_CD + " Title on three lines (three paragraphs), joined; it contains 《成都市…若干规定》 — the title must not be cut "
              "to it. doc_number 成办函〔2024〕57号 (成办发〔2023〕41号 and 海关总署公告2024年第63号 are cited; taking one = high). date 2024-06-25 (版记 2024-06-26 is not). "
              "'本通知自2024年7月1日起施行' → effective 2024-07-01 (2024-06-25 = low). No expiry: 2024-12-31 is the end of the suspension of two articles of ANOTHER document, "
              "2025-01-01 the postponed start of 第九条 — neither is this notice's expires/effective (taking 2024-12-31 as expires = high). It repeals nothing and does not change "
              "the 海关总署 公告 it cites in 《…〈…〉…》 (nested book-title marks). Clauses: lead, 一、–四、 (四、 is a numbered item; as a clause it is right).")}]

expected["blind66_chengdu_jiedu"] = [{
    "meta": {"title": JD_TITLE, "doc_number": None, "issuer": JD_ORG, "date": "2023-11-10", "level": "municipal", "region": "成都市",
             "effective_as_printed": None, "expires_as_printed": None, "effective": None, "expires": None,
             "changes": [], "changed_by": [], "repeals": [],
             "interprets": M1_NO + " (not a change)"},
    "clauses": [t for _, ps in JD_SECT for t in ps],
    "places": [{"clause": "all", "applies_to": ["成都市"]},
               {"clause": "二、 second paragraph", "applies_to": ["成都市"], "also_fine": ["中国（四川）自由贸易试验区成都青白江铁路港片区"]}],
    "_note": ("docx only, 1–2 pages, no red head, no 文号, no signature block: the issuer and date are on one centred 楷体 line under the title "
              "('成都市口岸与物流办公室　2023年11月10日' — furniture, metadata source). Section heads 一、出台背景 … 四、施行时间 are 黑体 headings over plain paragraphs; "
              "a clause per paragraph (heading as prefix or separate heading entry = fine). "
              "A 解读 has no force of its own: effective/expires none. Taking 2024-01-01 / 2025-12-31 / 2024-07-01 / 2023-09-01 (dates of the documents it explains) as its own = medium; "
              "recording it as changing/repealing the 若干规定 or the 海关总署 办法 = high. Title as printed, starting with 《 (cutting the 《》 = low; cutting '政策解读' = medium). "
              "doc_number must be empty (taking 海关总署公告2023年第88号 or 成办发〔2023〕41号 = high).")}]


if __name__ == "__main__":
    make_n1(); make_n2(); make_a(); make_m1(); make_ma(); make_jd()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    print("ok")
