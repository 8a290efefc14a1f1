# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the sixty-third round of blind office files and expected.json.

Theme: documents that change when other documents are in force.

  (a) blind63_hunan_yanchang.docx / .pdf — 湖南省人民政府办公厅关于延长《湖南省人民政府办公厅关于支持企业
      深度参与共建“一带一路”的若干措施》等文件有效期的通知 (湘政办发〔2024〕7号, 2024年3月25日): red head,
      title on three lines inside ONE paragraph (soft line breaks), 一、 extends 湘政办发〔2021〕12号 to
      2026-12-31, 二、 湘政办发〔2021〕35号 '继续执行至2025年12月31日', 三、 '自2024年4月1日起，暂停执行
      《…暂行办法》（湘政办发〔2022〕20号印发）第五条、第六条', 四、 evaluation by 2026-06-30, '本通知自印发之日起
      施行', 附件 table 序号/文件名称/文号/原有效期/调整情况, 版记 with 抄送 and 印发 line.  Odd/even page numbers.
  (b) blind63_changsha_tuichi.docx — 长沙市商务局关于推迟施行《长沙市支持跨境电子商务海外仓高质量发展若干措施》
      的通知 (长商务发〔2024〕31号, 2024年6月20日): '原定于2024年7月1日起施行的《…》推迟至2024年10月1日起施行，
      有效期相应顺延至2026年9月30日', the old 暂行办法 (长商务发〔2021〕8号) '继续执行至2024年9月30日',
      三、过渡期 （一）–（三） (2024-10-01 – 2025-03-31 for enterprises already 认定), '本通知自印发之日起执行'.
      docx only.
  (c) the earlier documents themselves:
      blind63_hunan_yidaiyilu2021.docx — 湘政办发〔2021〕12号 若干措施 (2021年3月18日, 印发 2021年3月19日):
          一、–四、 黑体 headings over （一）–（九） numbered straight through, '本措施自2021年4月1日起施行，
          有效期三年' (→ 2024-03-31 as printed; 2026-12-31 after (a)).
      blind63_hunan_banlie2022.docx — 湘政办发〔2022〕20号 印发通知 + 暂行办法 第一条–第九条 (2022年6月10日;
          施行 2022-07-01, 有效期至2025年6月30日; 第五条、第六条 suspended from 2024-04-01 by (a)).
      blind63_changsha_haiwaicang2024.docx — 长商务发〔2024〕15号 印发通知 + 若干措施 一、–六、 (2024年5月10日;
          '自2024年7月1日起施行，有效期至2026年6月30日', repeals 长商务发〔2021〕8号; all moved by three months by (b)).
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
    prof = tempfile.mkdtemp(prefix="lo63p_"); tmp = tempfile.mkdtemp(prefix="lo63o_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"), out_pdf)
    finally:
        shutil.rmtree(prof, ignore_errors=True); shutil.rmtree(tmp, ignore_errors=True)


expected = {}
HN_ORG = "湖南省人民政府办公厅"
HN_HEAD = "湖南省人民政府办公厅文件"
HN_CC = "省委各部门，省军区，省人大常委会办公厅，省政协办公厅，省高级人民法院，省人民检察院。"

# ==================================================================== (c1) 湘政办发〔2021〕12号 若干措施
C1_NO = "湘政办发〔2021〕12号"
C1_TITLE = "湖南省人民政府办公厅关于支持企业深度参与共建“一带一路”的若干措施"
C1_SHORT = "湖南省人民政府办公厅关于支持企业深度参与共建“一带一路”的若干措施"
C1_ADDR = "各市州人民政府，省政府各厅委、各直属机构："
C1_LEAD = "为深入贯彻落实党中央、国务院关于推进共建“一带一路”高质量发展的决策部署，支持我省企业深度参与共建“一带一路”，加快打造内陆地区改革开放高地，经省人民政府同意，现提出如下措施。"
C1_SECT = [
    ("一、拓展国际市场", [
        "（一）支持企业开拓共建国家市场。对企业赴共建“一带一路”国家参加省商务厅确定的重点境外展会，按照展位费的70%给予支持，单个展会支持金额不超过10万元。",
        "（二）扩大对非经贸合作。依托中国—非洲经贸博览会和中非经贸深度合作先行区，支持企业开展对非农产品进口和工程机械、轨道交通装备出口，对年度对非进出口额首次突破1亿元的企业给予一次性奖励50万元。",
        "（三）培育外贸新业态。支持企业在共建国家布局海外仓，对经认定的省级公共海外仓，按照实际投入的15%给予支持，最高不超过300万元。",
    ]),
    ("二、强化通道支撑", [
        "（四）稳定开行中欧班列。支持中欧班列（长沙）加密至中亚、欧洲的线路，推动怀化国际陆港开行至东盟国家的铁海联运班列。",
        "（五）拓展国际航空货运。支持长沙黄花国际机场新开至共建国家的全货机航线，对新开航线按照运营情况给予补贴，具体办法由省发展改革委会同省财政厅另行制定。",
    ]),
    ("三、加大金融支持", [
        "（六）强化信贷保障。引导金融机构对参与共建“一带一路”的重点项目给予中长期信贷支持，鼓励政策性金融机构对境外工程承包项目提供买方信贷、卖方信贷。",
        "（七）发挥出口信用保险作用。对企业投保短期出口信用保险的保费给予不超过50%的支持，对投保海外投资保险的保费给予不超过30%的支持。",
    ]),
    ("四、优化服务保障", [
        "（八）完善境外投资服务。依托中国（湖南）自由贸易试验区长沙片区，建设企业“走出去”综合服务中心，为企业提供境外投资备案、法律咨询、风险预警等“一站式”服务。",
        "（九）加强组织保障。省商务厅会同省发展改革委、省财政厅等部门建立工作协调机制，每年对政策落实情况开展评估。各市州人民政府要结合实际制定配套措施。",
    ]),
]
C1_TAIL = "本措施自2021年4月1日起施行，有效期三年。省直有关部门根据本措施制定的实施细则，与本措施同步执行。"
C1_DATE = "2021年3月18日"


def make_c1():
    doc = Document(); a4(doc, odd_even=True)
    red_head(doc, HN_HEAD, C1_NO)
    title(doc, None, lines=["湖南省人民政府办公厅关于支持企业", "深度参与共建“一带一路”的若干措施"])
    para(doc, C1_ADDR, FS, B, align=None, indent=False)
    para(doc, C1_LEAD)
    for head, items in C1_SECT:
        para(doc, head, HEI)
        for t in items: runin(doc, t, KAI)
    para(doc, C1_TAIL)
    signature(doc, HN_ORG, C1_DATE, 2.0)
    para(doc, "（此件公开发布）", FS, B, before=12)
    banji(doc, HN_CC, HN_ORG, "2021年3月19日")
    doc.save(os.path.join(HERE, "blind63_hunan_yidaiyilu2021.docx"))


# ==================================================================== (c2) 湘政办发〔2022〕20号 印发 暂行办法
C2_NO = "湘政办发〔2022〕20号"
C2_BANFA = "中国（湖南）自由贸易试验区中欧班列运营补贴管理暂行办法"
C2_TITLE = "湖南省人民政府办公厅关于印发《" + C2_BANFA + "》的通知"
C2_ADDR = "长沙市、岳阳市、郴州市人民政府，省直有关单位："
C2_BODY = "《" + C2_BANFA + "》已经省人民政府同意，现印发给你们，请认真贯彻执行。"
C2_DATE = "2022年6月10日"
C2_ARTS = [
    ("第一条", "为规范中国（湖南）自由贸易试验区中欧班列运营补贴资金管理，提高资金使用效益，推动中欧班列（长沙）高质量发展，根据国家有关规定，结合本省实际，制定本办法。"),
    ("第二条", "本办法适用于在中国（湖南）自由贸易试验区长沙片区内注册、从事中欧班列（长沙）组织运营的平台公司（以下简称运营平台）。"),
    ("第三条", "补贴资金由省级财政和长沙市财政按照1∶1的比例分担，纳入年度预算管理，实行总额控制。"),
    ("第四条", "补贴遵循“总量控制、逐年退坡、突出回程”的原则，年度补贴总额不超过运营平台上一年度实际铁路运输费用的30%。"),
    ("第五条", "去程班列补贴标准：以整列（41车、82标准箱）为单位，开往欧洲方向的班列每列补贴不超过2.5万美元，开往中亚方向的班列每列补贴不超过1万美元；非整列的，按照实际箱数折算。"),
    ("第六条", "回程班列补贴标准：回程班列在去程班列补贴标准基础上上浮20%；回程重箱率低于60%的，不予补贴。"),
    ("第七条", "运营平台应当于每季度结束后15个工作日内，向长沙市商务主管部门提交补贴申请，经长沙市商务、财政部门初审后，报省商务厅、省财政厅审核拨付。"),
    ("第八条", "运营平台虚报、冒领补贴资金的，由有关部门追回已拨付资金，三年内不得申报省级财政补贴资金；构成犯罪的，依法追究刑事责任。"),
    ("第九条", "本办法由省商务厅、省财政厅负责解释，自2022年7月1日起施行，有效期至2025年6月30日。"),
]


def make_c2():
    doc = Document(); a4(doc)
    red_head(doc, HN_HEAD, C2_NO)
    title(doc, ["湖南省人民政府办公厅关于印发", "《中国（湖南）自由贸易试验区中欧班列", "运营补贴管理暂行办法》的通知"])
    para(doc, C2_ADDR, FS, B, align=None, indent=False)
    para(doc, C2_BODY)
    signature(doc, HN_ORG, C2_DATE, 2.0)
    para(doc, "（此件公开发布）", FS, B, before=12)
    page_break(doc)
    title(doc, ["中国（湖南）自由贸易试验区中欧班列", "运营补贴管理暂行办法"])
    for lab, t in C2_ARTS:
        p = para(doc, ""); set_run(p.add_run(lab), HEI); set_run(p.add_run(FW + t), FS)
    banji(doc, HN_CC, HN_ORG, "2022年6月13日")
    doc.save(os.path.join(HERE, "blind63_hunan_banlie2022.docx"))


# ==================================================================== (a) 湘政办发〔2024〕7号 延长有效期通知
A_NO = "湘政办发〔2024〕7号"
A_T = ["湖南省人民政府办公厅关于延长", "《湖南省人民政府办公厅关于支持企业深度", "参与共建“一带一路”的若干措施》等文件", "有效期的通知"]
A_TITLE = "".join(A_T)
A_ADDR = "各市州人民政府，省政府各厅委、各直属机构："
C35_NO = "湘政办发〔2021〕35号"
C35_TITLE = "湖南省人民政府办公厅关于加快中国（湖南）自由贸易试验区跨境电子商务发展的实施意见"
A_LEAD = ("《" + C1_TITLE + "》（" + C1_NO + "，以下简称《若干措施》）将于2024年3月31日有效期届满。根据《湖南省行政规范性文件管理办法》有关规定，"
          "经评估，并报省人民政府同意，现就《若干措施》等文件有效期调整有关事项通知如下：")
A_ITEMS = [
    "一、《若干措施》（" + C1_NO + "）有效期延长至2026年12月31日。延长期间，国家出台新的支持政策的，从其规定。",
    "二、《" + C35_TITLE + "》（" + C35_NO + "）原定有效期至2024年6月30日，继续执行至2025年12月31日。",
    "三、自2024年4月1日起，暂停执行《" + C2_BANFA + "》（" + C2_NO + "印发）第五条、第六条。暂停执行前已开行的班列，仍按原标准申报补贴；恢复执行时间另行通知。该办法其他条款继续有效。",
    "四、各地各有关部门要加强政策实施效果评估，及时研究解决政策执行中的问题。省商务厅要会同省财政厅于2026年6月30日前对《若干措施》实施情况开展评估，提出修订完善意见。",
]
A_TAIL = "本通知自印发之日起施行。"
A_ATT = "有效期调整文件目录"
A_DATE = "2024年3月25日"
A_TAB_HEAD = ["序号", "文件名称", "文号", "原有效期", "调整情况"]
A_TAB_ROWS = [
    ["1", C1_TITLE, C1_NO, "至2024年3月31日", "有效期延长至2026年12月31日"],
    ["2", C35_TITLE, C35_NO, "至2024年6月30日", "继续执行至2025年12月31日"],
    ["3", C2_BANFA, C2_NO, "至2025年6月30日", "自2024年4月1日起暂停执行第五条、第六条"],
]


def make_a():
    doc = Document(); a4(doc, odd_even=True)
    red_head(doc, HN_HEAD, A_NO)
    title(doc, None, lines=A_T)
    para(doc, A_ADDR, FS, B, align=None, indent=False)
    para(doc, A_LEAD)
    for t in A_ITEMS: para(doc, t)
    para(doc, A_TAIL)
    para(doc, "", FS, B, indent=False)
    para(doc, "附件：" + A_ATT)
    signature(doc, HN_ORG, A_DATE, 2.0)
    para(doc, "（此件公开发布）", FS, B, before=12)
    page_break(doc)
    para(doc, "附件", HEI, B, align=None, indent=False)
    para(doc, "", FS, B, indent=False)
    title(doc, A_ATT)
    grid_table(doc, A_TAB_HEAD, A_TAB_ROWS, [1.1, 5.2, 3.2, 3.0, 3.1], size=11, left_cols=(1, 4))
    banji(doc, HN_CC, HN_ORG, "2024年3月25日")
    dx = os.path.join(HERE, "blind63_hunan_yanchang.docx"); doc.save(dx)
    to_pdf(dx, os.path.join(HERE, "blind63_hunan_yanchang.pdf"))


# ==================================================================== (c3) 长商务发〔2024〕15号 印发 若干措施
CS_ORG = "长沙市商务局"
CS_HEAD = "长沙市商务局文件"
C3_NO = "长商务发〔2024〕15号"
C3_MEAS = "长沙市支持跨境电子商务海外仓高质量发展若干措施"
C3_TITLE = "长沙市商务局关于印发《" + C3_MEAS + "》的通知"
C3_ADDR = "各区县（市）商务主管部门，中国（湖南）自由贸易试验区长沙片区各区块管理机构，各有关企业："
C3_BODY = "现将《" + C3_MEAS + "》印发给你们，请结合实际认真贯彻落实。"
C3_DATE = "2024年5月10日"
OLD_NO = "长商务发〔2021〕8号"
OLD_TITLE = "长沙市跨境电子商务海外仓认定和扶持暂行办法"
C3_LEAD = "为深入贯彻落实国务院办公厅关于推动外贸稳规模优结构的部署，支持企业依托海外仓拓展共建“一带一路”国家和《区域全面经济伙伴关系协定》（RCEP）成员国市场，推动跨境电子商务高质量发展，制定以下措施。"
C3_ITEMS = [
    "一、支持建设公共海外仓。对在共建“一带一路”国家和RCEP成员国新建或者租赁、面积在5000平方米以上的公共海外仓，经认定后按照实际投入的20%给予一次性支持，单个企业最高不超过200万元。",
    "二、支持海外仓数字化改造。对海外仓企业建设仓储管理系统、订单管理系统并与长沙跨境电商综合服务平台对接的，按照软硬件投入的30%给予支持，单个企业最高不超过50万元。",
    "三、支持设立区域总部。对海外仓企业在中国（湖南）自由贸易试验区长沙片区新设立区域总部、年度海外仓服务收入超过5000万元的，给予一次性奖励100万元。",
    "四、开展海外仓认定。市商务局每年组织开展一次海外仓认定，认定条件和程序由市商务局另行制定。认定有效期三年。",
    "五、本措施所需资金从市级开放型经济发展专项资金中列支。同一项目已享受市级其他同类政策支持的，不重复支持。",
    "六、本措施自2024年7月1日起施行，有效期至2026年6月30日。《" + OLD_TITLE + "》（" + OLD_NO + "）同时废止。",
]


def make_c3():
    doc = Document(); a4(doc)
    red_head(doc, CS_HEAD, C3_NO, size=34)
    title(doc, ["长沙市商务局关于印发《长沙市支持", "跨境电子商务海外仓高质量发展若干措施》", "的通知"])
    para(doc, C3_ADDR, FS, B, align=None, indent=False)
    para(doc, C3_BODY)
    signature(doc, CS_ORG, C3_DATE, 2.5)
    para(doc, "（此件主动公开）", FS, B, before=12)
    page_break(doc)
    title(doc, ["长沙市支持跨境电子商务海外仓", "高质量发展若干措施"])
    para(doc, C3_LEAD)
    for t in C3_ITEMS: runin(doc, t, HEI)
    banji(doc, "", "长沙市商务局办公室", "2024年5月10日")
    doc.save(os.path.join(HERE, "blind63_changsha_haiwaicang2024.docx"))


# ==================================================================== (b) 长商务发〔2024〕31号 推迟施行通知
B_NO = "长商务发〔2024〕31号"
B_TITLE = "长沙市商务局关于推迟施行《" + C3_MEAS + "》的通知"
B_ADDR = C3_ADDR
B_LEAD = ("我局于2024年5月10日印发的《" + C3_MEAS + "》（" + C3_NO + "，以下简称《若干措施》），原定于2024年7月1日起施行。"
          "为做好新旧政策衔接，给予企业充足的准备时间，经研究，决定推迟施行《若干措施》。现将有关事项通知如下：")
B_ONE = "一、原定于2024年7月1日起施行的《" + C3_MEAS + "》推迟至2024年10月1日起施行，有效期相应顺延至2026年9月30日。"
B_TWO = "二、《" + OLD_TITLE + "》（" + OLD_NO + "）继续执行至2024年9月30日，自2024年10月1日起废止。"
B_THREE_HEAD = "三、设置过渡期"
B_THREE = [
    "（一）过渡期为2024年10月1日至2025年3月31日。",
    "（二）2024年10月1日前已按照《" + OLD_TITLE + "》获得认定的海外仓企业，过渡期内继续保留原认定资格，无需重新申报；过渡期满后，应当按照《若干措施》规定的条件重新申请认定。",
    "（三）2024年10月1日前已获批但尚未拨付的扶持资金，按照原办法规定的标准兑现，不受《若干措施》调整影响。",
]
B_FOUR = "四、各区县（市）商务主管部门、长沙片区各区块管理机构要做好政策宣传解读，及时告知辖区企业。联系人：市商务局电子商务处罗文，联系电话：0731-88665432。"
B_TAIL = "本通知自印发之日起执行。"
B_DATE = "2024年6月20日"


def make_b():
    doc = Document(); a4(doc)
    red_head(doc, CS_HEAD, B_NO, size=34)
    title(doc, ["长沙市商务局关于推迟施行《长沙市支持", "跨境电子商务海外仓高质量发展若干措施》", "的通知"])
    para(doc, B_ADDR, FS, B, align=None, indent=False)
    para(doc, B_LEAD)
    para(doc, B_ONE); para(doc, B_TWO)
    para(doc, B_THREE_HEAD, HEI)
    for t in B_THREE: para(doc, t)
    para(doc, B_FOUR)
    para(doc, B_TAIL)
    signature(doc, CS_ORG, B_DATE, 2.5)
    para(doc, "（此件主动公开）", FS, B, before=12)
    banji(doc, "", "长沙市商务局办公室", "2024年6月20日")
    doc.save(os.path.join(HERE, "blind63_changsha_tuichi.docx"))


# ==================================================================== expected.json
FURN_HN = ("Furniture (never clauses): red head '湖南省人民政府办公厅文件', the 文号 line under it, title lines, 主送 line, signature "
           "'湖南省人民政府办公厅' + date, '（此件公开发布）', 版记 ('抄送：…' and '湖南省人民政府办公厅⇥YYYY年M月D日印发'), '— N —' page numbers "
           "(odd pages right, even pages left where set). The 主送 line may be kept as addressees metadata.")
FURN_CS = ("Furniture: red head '长沙市商务局文件', 文号 line, title lines, 主送 line, signature '长沙市商务局' + date, '（此件主动公开）', "
           "版记 '长沙市商务局办公室⇥YYYY年M月D日印发', '— N —' page numbers.")

expected["blind63_hunan_yidaiyilu2021"] = [{
    "meta": {"title": C1_TITLE, "doc_number": C1_NO, "issuer": HN_ORG, "date": "2021-03-18", "level": "provincial", "region": "湖南省",
             "effective_as_printed": "2021-04-01", "expires_as_printed": "2024-03-31",
             "effective": "2021-04-01", "expires": "2026-12-31",
             "changed_by": [{"doc_number": A_NO, "file": "blind63_hunan_yanchang", "action": "validity extended",
                             "detail": "有效期延长至2026年12月31日 (notice of 2024-03-25, before the printed expiry 2024-03-31)"}],
             "changes": []},
    "clauses": [C1_LEAD] + [t for h, items in C1_SECT for t in items] + [C1_TAIL],
    "places": [{"clause": "all", "applies_to": ["湖南省"]},
               {"clause": "（二）", "applies_to": ["湖南省"], "also_fine": ["长沙市 (中非经贸深度合作先行区 / 博览会 are in 长沙)"], "must_not_see": ["非洲 as a place the clause applies to (low)"]},
               {"clause": "（四）", "applies_to": ["湖南省"], "also_fine": ["长沙市", "怀化市"]},
               {"clause": "（五）", "applies_to": ["湖南省"], "also_fine": ["长沙市"]},
               {"clause": "（八）", "applies_to": ["中国（湖南）自由贸易试验区长沙片区"], "also_fine": ["湖南省", "长沙市"]}],
    "_note": ("docx only, 3 pages as LibreOffice lays it out (（九）, the closing paragraph, signature and 版记 on page 3). " + FURN_HN + " Title on two lines inside one paragraph (soft line break) — must be joined into one title. "
              "date = 成文日期 2021-03-18 (the 版记 印发 date 2021-03-19 is NOT the date; taking it = medium). "
              "As printed: '自2021年4月1日起施行，有效期三年' → effective 2021-04-01, expires 2024-03-31 (reading expires 2024-04-01 = low; "
              "2024-03-18 = high; none = high). After reading blind63_hunan_yanchang: expires 2026-12-31; a knowledge base holding both must not "
              "hide this document under --as-of 2024-04-01 … 2026-12-31. "
              "Clauses: lead paragraph, （一）–（九） (numbered straight through across the four 黑体 headings 一、–四、, which are headings, not clauses; "
              "a heading entry is fine), and the closing unnumbered paragraph (it must not be glued to （九）: medium). "
              "'有效期三年' in the 附则 paragraph is the document's validity; nothing else in the text is a validity.")}]

expected["blind63_hunan_banlie2022"] = [{
    "meta": {"title": C2_TITLE, "doc_number": C2_NO, "issuer": HN_ORG, "date": "2022-06-10", "level": "provincial", "region": "湖南省",
             "attached_rule_title": C2_BANFA,
             "effective_as_printed": "2022-07-01", "expires_as_printed": "2025-06-30",
             "effective": "2022-07-01", "expires": "2025-06-30",
             "suspended_clauses": {"第五条": {"from": "2024-04-01", "until": None}, "第六条": {"from": "2024-04-01", "until": None}},
             "changed_by": [{"doc_number": A_NO, "file": "blind63_hunan_yanchang", "action": "partial suspension",
                             "detail": "自2024年4月1日起暂停执行第五条、第六条；恢复执行时间另行通知；其他条款继续有效"}],
             "changes": []},
    "clauses": [C2_BODY] + [lab + FW + t for lab, t in C2_ARTS],
    "places": [{"clause": "all", "applies_to": ["中国（湖南）自由贸易试验区长沙片区"], "also_fine": ["湖南省", "长沙市"],
                "why": "第二条 limits the 办法 to platforms registered in 长沙片区; 湖南省 alone is fine; 岳阳/郴州 (only in the 主送 line) must not be places (medium)"}],
    "_note": ("docx only, 3 pages: 印发通知 page, then the 暂行办法 after a page break (its own two-line title). " + FURN_HN + " "
              "One document (the 印发通知 with its 办法) is expected; a split into 通知 + 办法 is tolerable if the 办法 keeps the 文号/issuer/date. "
              "date 2022-06-10 (版记 印发 2022-06-13 is not the date). Effective 2022-07-01 and expires 2025-06-30 come from 第九条. "
              "After reading blind63_hunan_yanchang: 第五条 and 第六条 are suspended from 2024-04-01 until further notice (trains run before then still claim at the old rate); "
              "the rest stays in force to 2025-06-30. A knowledge base that can only mark whole documents should at least not mark the whole 办法 as ended; "
              "showing 第五条/第六条 under --as-of 2024-06-01 without a word that they are suspended is the gap the theme probes. "
              "Clauses: the wrapper's one body paragraph, then 第一条–第九条 (黑体 label + full-width space + text).")}]

expected["blind63_hunan_yanchang"] = [{
    "meta": {"title": A_TITLE, "doc_number": A_NO, "issuer": HN_ORG, "date": "2024-03-25", "level": "provincial", "region": "湖南省",
             "effective_as_printed": "2024-03-25", "expires_as_printed": None,
             "effective": "2024-03-25", "expires": None,
             "attachments": [A_ATT],
             "changes": [
                 {"doc_number": C1_NO, "title": C1_TITLE, "file": "blind63_hunan_yidaiyilu2021", "action": "validity extended", "new_expires": "2026-12-31", "old_expires": "2024-03-31"},
                 {"doc_number": C35_NO, "title": C35_TITLE, "file": None, "action": "validity extended (继续执行)", "new_expires": "2025-12-31", "old_expires": "2024-06-30"},
                 {"doc_number": C2_NO, "title": C2_BANFA, "file": "blind63_hunan_banlie2022", "action": "partial suspension (第五条、第六条)", "from": "2024-04-01", "until": None},
             ],
             "repeals": [], "changed_by": []},
    "clauses": [A_LEAD] + A_ITEMS + [A_TAIL] + rows_as_clauses(A_TAB_HEAD, A_TAB_ROWS),
    "places": [{"clause": "all", "applies_to": ["湖南省"], "must_not_see": ["长沙 / 长沙片区 (only inside cited titles; low)"]}],
    "_note": ("docx + LibreOffice PDF, 3 pages (body to the signature on pages 1–2, 附件 table on page 3 with the 版记 under it). " + FURN_HN + " Also furniture: the '附件：有效期调整文件目录' line, "
              "the '附件' label and the 附件 title (as attachments metadata, fine). "
              "Title: four lines in ONE paragraph with soft line breaks (docx) / four centred lines (PDF), joined: it begins '湖南省人民政府办公厅关于延长《' and "
              "ends '》等文件有效期的通知'. A title cut to the inner 《…》 (the cited document) = high. doc_number 湘政办发〔2024〕7号; the three cited 文号 "
              "(湘政办发〔2021〕12号, 〔2021〕35号, 〔2022〕20号) are NOT its number (taking one = high). "
              "Effective 2024-03-25 ('本通知自印发之日起施行'; 版记 印发 date is the same day). No expiry of its own: 2026-12-31, 2025-12-31, 2024-03-31, 2024-06-30, "
              "2026-06-30 and 2024-04-01 are dates of OTHER documents or tasks (any of them as this notice's expires/effective = high). "
              "It repeals nothing: 'repeals' must stay empty (listing 湘政办发〔2021〕12号 or 〔2022〕20号 as repealed = high — that would hide documents that are in force). "
              "Ideally the reader records that it extends 12号/35号 and suspends 第五条、第六条 of 20号; not recording it = medium (the theme's probe). "
              "Clauses: lead paragraph, 一、–四、 (plain 仿宋 items, each a clause), '本通知自印发之日起施行。', then the three table rows "
              "(header：value；…). A table row's long 文件名称 wraps inside its cell in the PDF; it must stay whole.")}]

expected["blind63_changsha_haiwaicang2024"] = [{
    "meta": {"title": C3_TITLE, "doc_number": C3_NO, "issuer": CS_ORG, "date": "2024-05-10", "level": "municipal", "region": "长沙市",
             "attached_rule_title": C3_MEAS,
             "effective_as_printed": "2024-07-01", "expires_as_printed": "2026-06-30",
             "effective": "2024-10-01", "expires": "2026-09-30",
             "repeals": [{"doc_number": OLD_NO, "title": OLD_TITLE, "as_printed_from": "2024-07-01", "after_postponement_from": "2024-10-01"}],
             "changed_by": [{"doc_number": B_NO, "file": "blind63_changsha_tuichi", "action": "start postponed",
                             "detail": "推迟至2024年10月1日起施行，有效期相应顺延至2026年9月30日"}],
             "changes": [{"doc_number": OLD_NO, "action": "repealed"}]},
    "clauses": [C3_BODY, C3_LEAD] + C3_ITEMS,
    "places": [{"clause": "all", "applies_to": ["长沙市"]},
               {"clause": "三、", "applies_to": ["中国（湖南）自由贸易试验区长沙片区"], "also_fine": ["长沙市"]},
               {"clause": "一、", "applies_to": ["长沙市"], "must_not_see": ["RCEP成员国 / 共建国家 (where the warehouses stand, not where the rule applies; low)"]}],
    "_note": ("docx only, 3 pages: 印发通知 page, then the 若干措施 after a page break (own two-line title, lead paragraph, 一、–六、 with 黑体 run-in heads). " + FURN_CS + " "
              "One document expected (a split into 通知 + 措施 is tolerable if both keep 文号/issuer/date). Level municipal (a 市 局; provincial = high), region 长沙市. "
              "As printed: effective 2024-07-01, expires 2026-06-30, repeals 长商务发〔2021〕8号 from 2024-07-01. '认定有效期三年' in 四、 is the validity of an "
              "enterprise's 认定, not of the document (expires 2027-… = high). After reading blind63_changsha_tuichi: effective 2024-10-01, expires 2026-09-30, "
              "and 长商务发〔2021〕8号 stays in force to 2024-09-30. A knowledge base holding both should not show these measures under --as-of 2024-08-01.")}]

expected["blind63_changsha_tuichi"] = [{
    "meta": {"title": B_TITLE, "doc_number": B_NO, "issuer": CS_ORG, "date": "2024-06-20", "level": "municipal", "region": "长沙市",
             "effective_as_printed": "2024-06-20", "expires_as_printed": None,
             "effective": "2024-06-20", "expires": None,
             "transition_period": {"from": "2024-10-01", "until": "2025-03-31", "for": "海外仓企业 already 认定 under 长商务发〔2021〕8号"},
             "changes": [
                 {"doc_number": C3_NO, "title": C3_MEAS, "file": "blind63_changsha_haiwaicang2024", "action": "start postponed",
                  "old_effective": "2024-07-01", "new_effective": "2024-10-01", "old_expires": "2026-06-30", "new_expires": "2026-09-30"},
                 {"doc_number": OLD_NO, "title": OLD_TITLE, "file": None, "action": "kept in force to 2024-09-30, repealed from 2024-10-01"},
             ],
             "repeals": [OLD_NO + " (from 2024-10-01; repealing it from 2024-06-20 = medium)"], "changed_by": []},
    "clauses": [B_LEAD, B_ONE, B_TWO] + B_THREE + [B_FOUR, B_TAIL],
    "places": [{"clause": "all", "applies_to": ["长沙市"]},
               {"clause": "四、", "applies_to": ["长沙市"], "also_fine": ["中国（湖南）自由贸易试验区长沙片区"]}],
    "_note": ("docx only, 3 pages (the 版记 alone on page 3 in LibreOffice). " + FURN_CS + " "
              "Effective 2024-06-20 ('本通知自印发之日起执行'); no expiry. 2024-07-01 / 2024-10-01 / 2026-09-30 belong to the postponed 若干措施 and "
              "2024-10-01–2025-03-31 is the 过渡期 for enterprises — none of them is this notice's effective/expires (taking one = high). "
              "doc_number 长商务发〔2024〕31号 (长商务发〔2024〕15号 / 〔2021〕8号 are cited; taking one = high). It does not repeal 长商务发〔2024〕15号 "
              "(recording that as repealed = high); it repeals 长商务发〔2021〕8号 from 2024-10-01 (not recorded at all = low, recorded from the notice's date = medium). "
              "Clauses: lead, 一、, 二、, 三、's （一）–（三） (三、设置过渡期 is a 黑体 heading; a heading entry or a prefix is fine), 四、 (with the 联系人 sentence: "
              "keeping it in 四、 is right, dropping it is low), '本通知自印发之日起执行。'.")}]


if __name__ == "__main__":
    make_c1(); make_c2(); make_c3(); make_b(); make_a()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    print("ok")
