# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the sixty-seventh round of blind office files and expected.json.

Theme: amendments and partial repeals across documents, checked at knowledge-base level (provincial 规章 chain + municipal 规范性文件 chain).

  Provincial chain (福建省人民政府):
    blind67_fujian_banfa2021.docx — 福建省人民政府令第226号 公布《中国（福建）自由贸易试验区跨境物流发展促进办法》(2021-09-18),
        第一条–第十六条, '本办法自2021年11月1日起施行' (no expiry).
    blind67_fujian_xiugai.docx / .pdf — 福建省人民政府令第251号 《福建省人民政府关于修改〈…促进办法〉的决定》(2024-11-12):
        一、第三条第二款 '省商务厅'→'省自由贸易试验区工作领导小组办公室'; 二、第五条修改为 …; 三、在第六条后增加一条，作为第七条;
        四、删去第八条; 五、在第十条后增加一条，作为第十一条 (two 款, quoted); 六、第十三条 two word changes;
        '本决定自2025年1月1日起施行' + '根据本决定作相应修改，对条文顺序作相应调整，重新公布'.
    blind67_fujian_banfa2024.docx — the 重新公布 text: same title, history note '（2021年9月18日…第226号公布　根据2024年11月12日…第251号修正）',
        第一条–第十七条, last article still printed '本办法自2021年11月1日起施行'.
  Municipal chain (厦门市):
    blind67_xiamen_guiding2023.docx — 厦府〔2023〕61号 印发《厦门市支持中国（福建）自由贸易试验区厦门片区跨境物流发展若干规定》(2023-03-20);
        第一条–第十条; 第十条 '自2023年5月1日起施行，有效期5年'.
    blind67_xiamen_cuoshi2022.docx — 厦府办〔2022〕31号 印发《厦门市推进“丝路海运”国际航线拓展若干措施》(2022-06-15);
        一、–三、 section heads over （一）–（六）; '自2022年7月1日起施行，有效期至2025年12月31日'.
    blind67_xiamen_feizhi.docx / .pdf — 厦府办〔2024〕118号 关于废止和部分废止部分规范性文件的通知 (2024-12-16): 一、 repeals three
        documents (one is 厦府办〔2022〕31号) '自2025年1月1日起'; 二、 repeals 第三条、第四条 of 厦府〔2023〕61号's 若干规定 from the same date;
        四、 '本通知自印发之日起施行'; 附件 table of the four.
Fictional content; real places and organs, fictional numbers and names.  Run again to rebuild.
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


def to_pdf(docx_path, out_pdf):
    prof = tempfile.mkdtemp(prefix="lo67p_"); tmp = tempfile.mkdtemp(prefix="lo67o_")
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
    set_run(p.add_run(lab), lab_font, B, bold=bold)
    set_run(p.add_run(FW + t), FS, B)
    return p


def save(doc, stem, pdf=False):
    dx = os.path.join(HERE, stem + ".docx"); doc.save(dx)
    if pdf: to_pdf(dx, os.path.join(HERE, stem + ".pdf"))


def ling_head(doc, org_ling, no):
    """GB/T 9704 命令（令）格式: red 发文机关标志 '…令', 令号 two lines below, no red rule."""
    para(doc, "", FS, B, indent=False)
    para(doc, org_ling, XBS, 36, align="c", indent=False, before=12, after=12, exact=52, red=True)
    para(doc, "", FS, B, indent=False)
    para(doc, no, FS, B, align="c", indent=False)
    para(doc, "", FS, B, indent=False)


def ling_sign(doc, who, date):
    para(doc, "", FS, B, indent=False)
    p = para(doc, who, FS, B, align="r", indent=False); p.paragraph_format.right_indent = Cm(3.2); p.paragraph_format.keep_with_next = True
    p = para(doc, date, FS, B, align="r", indent=False); p.paragraph_format.right_indent = Cm(3.2)


def arts(lst):
    """(label, [款1, 款2, …]) -> clause text: label + 全角空格 + 款s joined by newline."""
    return [lab + FW + "\n".join(ks) for lab, ks in lst]


def write_arts(doc, lst, lab_font=HEI, bold=False):
    for lab, ks in lst:
        art(doc, lab, ks[0], lab_font, bold)
        for k in ks[1:]: para(doc, k)


# ==================================================================== B1 福建省人民政府令第226号 办法（2021）
FJ = "福建省人民政府"
B1_NO = "福建省人民政府令第226号"
RULE = "中国（福建）自由贸易试验区跨境物流发展促进办法"
B1_LING = "《" + RULE + "》已经2021年8月27日省人民政府第112次常务会议通过，现予公布，自2021年11月1日起施行。"
B1_WHO = "省长　　陈立群"
B1_DATE = "2021年9月18日"
XZB = "省自由贸易试验区工作领导小组办公室"

A1 = ("第一条", ["为促进中国（福建）自由贸易试验区（以下简称自贸试验区）跨境物流发展，服务和融入共建“一带一路”，建设21世纪海上丝绸之路核心区，根据《中国（福建）自由贸易试验区总体方案》和有关法律、法规，结合本省实际，制定本办法。"])
A2 = ("第二条", ["本办法适用于自贸试验区福州片区、厦门片区、平潭片区（以下统称片区）内跨境物流的发展促进及相关管理活动。"])
A3_K1 = "省人民政府建立自贸试验区跨境物流发展协调机制，研究解决跨境物流发展中的重大问题。"
A3_K2_OLD = "省商务厅负责自贸试验区跨境物流发展的统筹协调和督促指导；省发展改革、财政、交通运输等部门和福州海关、厦门海关按照各自职责做好相关工作。"
A3_K3 = "片区管理委员会负责本片区跨境物流发展的具体推进工作。"
A3_OLD = ("第三条", [A3_K1, A3_K2_OLD, A3_K3])
A3_NEW = ("第三条", [A3_K1, A3_K2_OLD.replace("省商务厅", XZB), A3_K3])
A4 = ("第四条", ["片区应当依托“丝路海运”、中欧（厦门）班列和海峡两岸物流通道，发展海铁联运、国际中转集拼和多式联运，构建联通共建“一带一路”国家的国际物流大通道。"])
A5_OLD_T = "支持在片区布局建设国际物流枢纽、保税仓和海外仓。对在东盟国家等共建“一带一路”国家新建海外仓的企业，省级财政按照实际投资额的10%给予一次性补助，单个企业最高不超过200万元。"
A5_NEW_T = "支持在片区布局建设国际物流枢纽、保税仓和海外仓。对在共建“一带一路”国家新建或者租用海外仓的企业，省级财政按照实际投资额或者年度租金的15%给予补助，单个企业每年最高不超过300万元。具体办法由" + XZB + "会同省财政厅制定。"
A5_OLD = ("第五条", [A5_OLD_T])
A5_NEW = ("第五条", [A5_NEW_T])
A6 = ("第六条", ["支持片区开辟至共建“一带一路”国家的“丝路海运”命名航线，推动航线常态化运营。对经认定的“丝路海运”命名航线运营企业，省级财政按照年度挂靠航次给予运营补贴。"])
A7_NEW_T = "支持片区与共建“一带一路”国家港口、物流园区和口岸管理机构建立跨境物流合作机制，推动国际集装箱循环使用、物流标准衔接和检验检疫结果互认。"
A7_OLD = ("第七条", ["海关、海事、边检等口岸查验单位应当在片区推行“提前申报”“两步申报”等便利化措施，压缩货物整体通关时间。"])
A8_OLD = ("第八条", ["对2021年至2023年在片区新注册设立的跨境物流企业，自注册之年起3年内，按照其对地方财力贡献的50%给予奖励。"])
A9 = ("第九条", ["支持片区建设跨境物流公共信息平台，重点推进以下工作：",
                 "（一）与国际贸易“单一窗口”对接，实现物流、通关、结算信息共享；",
                 "（二）推动与共建“一带一路”国家港口物流信息互联互通；",
                 "（三）为企业提供舱位查询、订舱、货物追踪等服务。"])
A10 = ("第十条", ["鼓励金融机构开发适合跨境物流企业的供应链金融产品，支持片区企业在跨境物流结算中使用人民币。"])
A11_NEW_K1 = "支持片区开展国际铁路运单物权化、跨境电子提单等创新试点，推动运输单证在贸易融资中的应用。"
A11_NEW_K2 = "金融机构为试点企业提供基于运输单证的融资服务的，省级财政按照年度融资额的1%给予风险补偿，单个金融机构每年最高不超过500万元。"
A11_OLD_T = "片区管理委员会应当建立跨境物流企业信用评价制度，对信用良好的企业在通关便利、资金扶持等方面给予支持。"
A12_OLD_T = "跨境物流企业以虚报、冒领等方式骗取补助、奖励资金的，由有关部门责令退回，并依照有关法律、法规的规定处理。"
A13_OLD_T = "省商务厅应当会同有关部门每年对本办法实施情况进行评估，并向省人民政府报告。"
A13_NEW_T = XZB + "应当会同有关部门每两年对本办法实施情况进行评估，并向省人民政府报告。"
A14_T = "设区的市人民政府和平潭综合实验区管理委员会可以参照本办法，制定支持本地区跨境物流发展的具体措施。"
A15_T = "本办法所称跨境物流企业，是指在片区依法注册，主要从事国际货物运输代理、国际船舶代理、国际多式联运、跨境仓储配送等业务的企业。"
A16_T = "本办法自2021年11月1日起施行。"

B1_ARTS = [A1, A2, A3_OLD, A4, A5_OLD, A6, A7_OLD, A8_OLD, A9, A10,
           ("第十一条", [A11_OLD_T]), ("第十二条", [A12_OLD_T]), ("第十三条", [A13_OLD_T]),
           ("第十四条", [A14_T]), ("第十五条", [A15_T]), ("第十六条", [A16_T])]

E_ARTS = [A1, A2, A3_NEW, A4, A5_NEW, A6, ("第七条", [A7_NEW_T]), ("第八条", A7_OLD[1]), A9, A10,
          ("第十一条", [A11_NEW_K1, A11_NEW_K2]), ("第十二条", [A11_OLD_T]), ("第十三条", [A12_OLD_T]), ("第十四条", [A13_NEW_T]),
          ("第十五条", [A14_T]), ("第十六条", [A15_T]), ("第十七条", [A16_T])]


def make_b1():
    doc = Document(); a4(doc)
    ling_head(doc, "福建省人民政府令", "第226号")
    para(doc, B1_LING)
    ling_sign(doc, B1_WHO, B1_DATE)
    page_break(doc)
    title(doc, ["中国（福建）自由贸易试验区", "跨境物流发展促进办法"])
    write_arts(doc, B1_ARTS, HEI)
    save(doc, "blind67_fujian_banfa2021")


# ==================================================================== A 福建省人民政府令第251号 修改决定
A_NO = "福建省人民政府令第251号"
A_TITLE = "福建省人民政府关于修改《" + RULE + "》的决定"
A_LING = "《福建省人民政府关于修改〈" + RULE + "〉的决定》已经2024年10月29日省人民政府第47次常务会议通过，现予公布，自2025年1月1日起施行。"
A_WHO = "省长　　林德昌"
A_DATE = "2024年11月12日"
A_LEAD = ("为贯彻落实国务院关于实施自由贸易试验区提升战略的部署要求，进一步优化跨境物流发展支持政策，省人民政府决定对《" + RULE + "》作如下修改：")
A_ITEMS = [  # each item: list of printed paragraphs
    ["一、将第三条第二款中的“省商务厅”修改为“" + XZB + "”。"],
    ["二、将第五条修改为：“" + A5_NEW_T.replace("“", "‘").replace("”", "’") + "”"],
    ["三、在第六条后增加一条，作为第七条：", "“第七条　" + A7_NEW_T.replace("“", "‘").replace("”", "’") + "”"],
    ["四、删去第八条。"],
    ["五、在第十条后增加一条，作为第十一条：", "“第十一条　" + A11_NEW_K1, "“" + A11_NEW_K2 + "”"],
    ["六、将第十三条中的“省商务厅”修改为“" + XZB + "”，“每年”修改为“每两年”。"],
]
A_CLOSE = ["本决定自2025年1月1日起施行。",
           "《" + RULE + "》根据本决定作相应修改，对条文顺序作相应调整，重新公布。"]


def make_a():
    doc = Document(); a4(doc)
    ling_head(doc, "福建省人民政府令", "第251号")
    para(doc, A_LING)
    ling_sign(doc, A_WHO, A_DATE)
    page_break(doc)
    title(doc, ["福建省人民政府关于修改", "《中国（福建）自由贸易试验区跨境物流", "发展促进办法》的决定"])
    para(doc, A_LEAD)
    for ps in A_ITEMS:
        for t in ps: para(doc, t)
    for t in A_CLOSE: para(doc, t)
    save(doc, "blind67_fujian_xiugai", pdf=True)


# ==================================================================== E 重新公布的办法（2024修正）
E_HIST = ["（2021年9月18日福建省人民政府令第226号公布", "根据2024年11月12日福建省人民政府令第251号修正）"]


def make_e():
    doc = Document(); a4(doc, odd_even=True)
    title(doc, ["中国（福建）自由贸易试验区", "跨境物流发展促进办法"])
    p = para(doc, "", KAI, B, align="c", indent=False, after=12)
    for k, ln in enumerate(E_HIST):
        r = set_run(p.add_run(ln), KAI, B)
        if k < len(E_HIST) - 1: r.add_break()
    write_arts(doc, E_ARTS, FS)   # plain 仿宋 labels
    save(doc, "blind67_fujian_banfa2024")


# ==================================================================== 厦门 common
XM_GOV = "厦门市人民政府"
XM_BGT = "厦门市人民政府办公厅"
XM_CC = "市委办公厅，市人大常委会办公厅，市政协办公厅，市纪委监委机关，厦门警备区，市中级法院，市检察院，厦门海关。"
XM_ADDR = "各区人民政府，市直各委、办、局，各开发区管委会："

# ==================================================================== D1 厦府〔2023〕61号 若干规定
D1_NO = "厦府〔2023〕61号"
D1_RULE = "厦门市支持中国（福建）自由贸易试验区厦门片区跨境物流发展若干规定"
D1_TITLE = "厦门市人民政府关于印发《" + D1_RULE + "》的通知"
D1_BODY = "现将《" + D1_RULE + "》印发给你们，请认真贯彻执行。"
D1_DATE = "2023年3月20日"
D1_ARTS = [
    ("第一条", ["为加快中国（福建）自由贸易试验区厦门片区（以下简称厦门片区）跨境物流发展，根据《" + RULE + "》（福建省人民政府令第226号）等规定，结合本市实际，制定本规定。"]),
    ("第二条", ["本规定适用于在厦门片区依法注册、从事跨境物流业务的企业。"]),
    ("第三条", ["对在共建“一带一路”国家新建海外仓并获得省级补助的企业，市级财政按照省级补助金额的50%给予配套补助，单个企业最高不超过100万元。"]),
    ("第四条", ["对2021年至2023年在厦门片区新注册设立的跨境物流企业，在享受省级奖励的基础上，市级财政按照其对市级财力贡献的30%给予奖励，期限3年。"]),
    ("第五条", ["对经中欧（厦门）班列运输、由厦门片区企业组织货源的集装箱，市级财政每标准箱给予1000元补贴。"]),
    ("第六条", ["支持厦门片区建设海铁联运物流枢纽，对新建、改扩建多式联运场站的项目，按照项目固定资产投资额的5%给予补助，最高不超过500万元。"]),
    ("第七条", ["对首次获得海关高级认证企业（AEO）资格的跨境物流企业，给予一次性奖励20万元。"]),
    ("第八条", ["同一企业同一项目符合本规定和本市其他政策的，按照就高原则给予支持，不重复享受。"]),
    ("第九条", ["本规定由市商务局负责解释。"]),
    ("第十条", ["本规定自2023年5月1日起施行，有效期5年。"]),
]


def make_d1():
    doc = Document(); a4(doc)
    red_head(doc, "厦门市人民政府文件", D1_NO, size=36)
    title(doc, ["厦门市人民政府关于印发《厦门市支持", "中国（福建）自由贸易试验区厦门片区", "跨境物流发展若干规定》的通知"])
    para(doc, XM_ADDR, FS, B, align=None, indent=False)
    para(doc, D1_BODY)
    signature(doc, XM_GOV, D1_DATE, 2.0)
    para(doc, "（此件主动公开）", FS, B, before=12)
    page_break(doc)
    title(doc, ["厦门市支持中国（福建）自由贸易试验区", "厦门片区跨境物流发展若干规定"])
    write_arts(doc, D1_ARTS, FS, bold=True)
    banji(doc, XM_CC, XM_BGT, "2023年3月22日")
    save(doc, "blind67_xiamen_guiding2023")


# ==================================================================== D2 厦府办〔2022〕31号 若干措施
D2_NO = "厦府办〔2022〕31号"
D2_RULE = "厦门市推进“丝路海运”国际航线拓展若干措施"
D2_TITLE = "厦门市人民政府办公厅关于印发" + D2_RULE + "的通知"
D2_BODY = "《" + D2_RULE + "》已经市政府同意，现印发给你们，请认真组织实施。"
D2_DATE = "2022年6月15日"
D2_INTRO = "为深入推进“丝路海运”建设，拓展连接共建“一带一路”国家的国际航线，巩固提升厦门港国际集装箱干线枢纽港地位，制定以下措施。"
D2_SECT = [
    ("一、支持开辟新航线", [
        "（一）对船公司在厦门港新开辟至共建“一带一路”国家的“丝路海运”命名集装箱航线，且年度挂靠厦门港不少于40航次的，给予一次性奖励100万元。",
        "（二）对新开辟航线连续运营满12个月、年度完成集装箱吞吐量1万标准箱以上的，按照每标准箱10元给予奖励，单条航线每年最高不超过200万元。"]),
    ("二、支持海铁联运", [
        "（三）对经厦门港中转、通过中欧（厦门）班列运输的海铁联运集装箱，每标准箱给予300元补贴。"]),
    ("三、保障措施", [
        "（四）本措施所需资金由市级财政和中国（福建）自由贸易试验区厦门片区管理委员会按照现行财政体制分担。",
        "（五）本措施由厦门港口管理局会同市财政局负责解释。",
        "（六）本措施自2022年7月1日起施行，有效期至2025年12月31日。"]),
]


def make_d2():
    doc = Document(); a4(doc, odd_even=True)
    red_head(doc, "厦门市人民政府办公厅文件", D2_NO, size=34)
    title(doc, None, lines=["厦门市人民政府办公厅关于印发厦门市推进", "“丝路海运”国际航线拓展若干措施的通知"])
    para(doc, XM_ADDR, FS, B, align=None, indent=False)
    para(doc, D2_BODY)
    signature(doc, XM_BGT, D2_DATE, 2.0)
    para(doc, "（此件主动公开）", FS, B, before=12)
    page_break(doc)
    title(doc, ["厦门市推进“丝路海运”国际航线", "拓展若干措施"])
    para(doc, D2_INTRO)
    for head, items in D2_SECT:
        para(doc, head, HEI)
        for t in items: para(doc, t)
    banji(doc, XM_CC, XM_BGT, "2022年6月17日")
    save(doc, "blind67_xiamen_cuoshi2022")


# ==================================================================== C 厦府办〔2024〕118号 废止和部分废止
C_NO = "厦府办〔2024〕118号"
C_TITLE = "厦门市人民政府办公厅关于废止和部分废止部分规范性文件的通知"
C_LEAD = ("为维护法制统一，根据《福建省人民政府关于修改〈" + RULE + "〉的决定》（福建省人民政府令第251号）和规范性文件清理工作有关要求，"
          "经市人民政府同意，现将有关事项通知如下：")
R1 = ("厦门市人民政府关于加快中国（福建）自由贸易试验区厦门片区跨境电子商务发展的实施意见", "厦府〔2020〕15号")
R2 = ("厦门市人民政府办公厅关于印发厦门市海外仓建设补助暂行办法的通知", "厦府办〔2021〕52号")
R3 = (D2_TITLE, D2_NO)
C_ITEMS = [
    ["一、自2025年1月1日起，废止下列规范性文件：",
     "（一）《%s》（%s）；" % R1,
     "（二）《%s》（%s）；" % R2,
     "（三）《%s》（%s）。" % R3],
    ["二、自2025年1月1日起，废止《厦门市人民政府关于印发〈" + D1_RULE + "〉的通知》（" + D1_NO + "）所附《若干规定》第三条、第四条。该文件其他条款继续有效，有效期不变。"],
    ["三、废止和部分废止的规范性文件，自废止之日起停止执行。此前已经受理、尚未兑现的补助、奖励申请，按照原规定办理。"],
    ["四、本通知自印发之日起施行。"],
]
C_ATT = "厦门市废止和部分废止的规范性文件目录"
C_DATE = "2024年12月16日"
C_TAB_HEAD = ["序号", "文件名称", "文号", "处理结果", "废止日期"]
C_TAB_ROWS = [
    ["1", R1[0], R1[1], "废止", "2025年1月1日"],
    ["2", R2[0], R2[1], "废止", "2025年1月1日"],
    ["3", R3[0], R3[1], "废止", "2025年1月1日"],
    ["4", "厦门市人民政府关于印发《" + D1_RULE + "》的通知", D1_NO, "部分废止（第三条、第四条）", "2025年1月1日"],
]


def make_c():
    doc = Document(); a4(doc)
    red_head(doc, "厦门市人民政府办公厅文件", C_NO, size=34)
    title(doc, ["厦门市人民政府办公厅关于废止和部分废止", "部分规范性文件的通知"])
    para(doc, XM_ADDR, FS, B, align=None, indent=False)
    para(doc, C_LEAD)
    for ps in C_ITEMS:
        for t in ps: para(doc, t)
    para(doc, "", FS, B, indent=False)
    p = para(doc, "附件：" + C_ATT)
    signature(doc, XM_BGT, C_DATE, 2.0)
    para(doc, "（此件主动公开）", FS, B, before=12)
    page_break(doc)
    para(doc, "附件", HEI, B, align=None, indent=False)
    para(doc, "", FS, B, indent=False)
    title(doc, C_ATT)
    grid_table(doc, C_TAB_HEAD, C_TAB_ROWS, [1.3, 7.4, 3.2, 2.4, 2.4], size=12, left_cols=(1,))
    banji(doc, XM_CC, XM_BGT, "2024年12月18日")
    save(doc, "blind67_xiamen_feizhi", pdf=True)


# ==================================================================== expected.json
def joined(ps): return "\n".join(ps)


def rows_as_clauses(head, rows):
    return ["；".join(f"{h}：{v}" for h, v in zip(head, r)) for r in rows]


FURN_LING = ("Furniture (never clauses): the red '福建省人民政府令' 发文机关标志 and the '第N号' line under it (together the 文号 '福建省人民政府令第N号'), "
             "the 省长 signature line ('省长　　…') and the date under it, the title lines, '— N —' page numbers.")
FURN_XM = ("Furniture: red head ('厦门市人民政府文件' / '厦门市人民政府办公厅文件'), 文号 line, title lines, 主送 line (addressees metadata, fine), "
           "signature + date, '（此件主动公开）', 版记 ('抄送：…' and '厦门市人民政府办公厅⇥YYYY年M月D日印发'), '— N —' page numbers.")
AM_FROM = "2025-01-01"
B1_STEM, A_STEM, E_STEM = "blind67_fujian_banfa2021", "blind67_fujian_xiugai", "blind67_fujian_banfa2024"
D1_STEM, D2_STEM, C_STEM = "blind67_xiamen_guiding2023", "blind67_xiamen_cuoshi2022", "blind67_xiamen_feizhi"

expected[B1_STEM] = [{
    "meta": {"title": RULE, "title_also_fine": ["福建省人民政府令第226号", "《" + RULE + "》（福建省人民政府令第226号）"],
             "doc_number": B1_NO, "issuer": FJ, "date": "2021-09-18", "level": "provincial", "region": "福建省",
             "dates_as_printed": {"常务会议通过": "2021-08-27", "公布(signed)": "2021-09-18", "施行": "2021-11-01"},
             "effective_as_printed": "2021-11-01", "expires_as_printed": None,
             "effective": "2021-11-01", "expires": None,
             "version_note": "the 办法 stays in force; this text (as published in 2021) is the version in force 2021-11-01 … 2024-12-31; from 2025-01-01 the text in " + E_STEM + " applies",
             "changed_by": [{"doc_number": A_NO, "file": A_STEM, "action": "amendment (修改决定)", "from": AM_FROM}],
             "changes": [],
             "amended_clauses": {
                 "第三条": {"by": A_NO, "from": AM_FROM, "what": "第二款 '省商务厅' → '" + XZB + "'", "number_after": "第三条"},
                 "第五条": {"by": A_NO, "from": AM_FROM, "what": "whole article replaced (10% one-off, max 200万 → 15% of investment or rent, max 300万 a year)", "number_after": "第五条"},
                 "第十三条": {"by": A_NO, "from": AM_FROM, "what": "'省商务厅' → '" + XZB + "', '每年' → '每两年'", "number_after": "第十四条"}},
             "repealed_clauses": {"第八条": {"by": A_NO, "from": AM_FROM, "last_day_in_force": "2024-12-31", "how": "删去第八条"}},
             "renumbered_from_2025": {"第七条": "第八条", "第十一条": "第十二条", "第十二条": "第十三条", "第十三条": "第十四条", "第十四条": "第十五条", "第十五条": "第十六条", "第十六条": "第十七条"},
             "inserted_by_amendment": {"第七条 (new)": A_NO + ", from 2025-01-01", "第十一条 (new)": A_NO + ", from 2025-01-01"},
             "cited_by_not_changing": [D1_NO + " 第一条"]},
    "clauses": [B1_LING] + arts(B1_ARTS),
    "places": [{"clause": "all", "applies_to": ["福建省"], "also_fine": ["中国（福建）自由贸易试验区"]},
               {"clause": "第二条", "applies_to": ["中国（福建）自由贸易试验区福州片区", "厦门片区", "平潭片区"], "also_fine": ["福州市", "厦门市", "平潭综合实验区", "福建省"]},
               {"clause": "第五条/第六条/第九条", "applies_to": ["福建省"], "must_not_see": ["东盟 / 共建“一带一路”国家 as a place where the clause applies (low)"]}],
    "_note": ("docx only, 2–3 pages: the 令 page (red '福建省人民政府令', '第226号', one 令 paragraph, 省长 signature, date), page break, the 办法 (two-line title, "
              "第一条–第十六条 with 黑体 labels; 第三条 has three 款 as separate paragraphs; 第九条 has a lead-in and items （一）–（三）). " + FURN_LING + " "
              "The 令 paragraph may be a clause (leaving it out = low). Clauses: 第三条 as ONE clause with its three 款 (款 split into separate clauses labelled 第三条 = low; "
              "款2/3 glued to 第二条 or given no article = medium); 第九条 with its items (items as sub-clauses of 第九条 = fine). doc_number '福建省人民政府令第226号' "
              "('第226号' alone = medium). Title = the 办法's name (the 令 has no other title). date 2021-09-18 (the 常务会议 date 2021-08-27 = medium; 2021-11-01 = medium). "
              "No expiry (inventing one = high). After reading all files: 第八条 deleted from 2025-01-01; 第三条 第二款, 第五条, 第十三条 amended from 2025-01-01; "
              "later articles renumbered. A KB that shows 第八条 (2021–2023 新注册企业奖励) as in force on 2025-03-01 with no note = high; shows the old 第五条 (10%/200万) "
              "as in force after 2024-12-31 without a note = high; ends the whole 办法 on 2024-12-31 = medium (the unchanged articles continue; the consolidated text supersedes this one).")}]

expected[A_STEM] = [{
    "meta": {"title": A_TITLE, "doc_number": A_NO, "issuer": FJ, "date": "2024-11-12", "level": "provincial", "region": "福建省",
             "dates_as_printed": {"常务会议通过": "2024-10-29", "公布(signed)": "2024-11-12", "施行": "2025-01-01"},
             "effective_as_printed": "2025-01-01", "expires_as_printed": None,
             "effective": "2025-01-01", "expires": None,
             "changes": [{"doc_number": B1_NO, "title": RULE, "file": B1_STEM, "action": "amendment", "from": AM_FROM,
                          "amended": ["第三条第二款", "第五条", "第十三条"], "deleted": ["第八条"], "inserted": ["第七条 (after 第六条)", "第十一条 (after 第十条)"],
                          "renumbering": "条文顺序作相应调整", "republished_as": E_STEM}],
             "changed_by": [], "repeals": ["第八条 of " + B1_NO + " (删去, from 2025-01-01)"], "cited_by_not_changing": [C_NO + " lead"]},
    "clauses": [A_LING, A_LEAD] + [joined(ps) for ps in A_ITEMS] + A_CLOSE,
    "places": [{"clause": "all", "applies_to": ["福建省"], "also_fine": ["中国（福建）自由贸易试验区"], "must_not_see": ["共建“一带一路”国家 as a place (low)"]}],
    "_note": ("docx + LibreOffice PDF, 2 pages: the 令 page, then the 决定 (title on three paragraphs, lead, 一、–六、, two closing paragraphs). " + FURN_LING + " "
              "doc_number 福建省人民政府令第251号 (taking 第226号, which appears only inside the 决定's history elsewhere, or '第251号' alone = high/medium). "
              "Title: the 决定's title (the 令 page has none; '福建省人民政府令' as title = high). date 2024-11-12 (2024-10-29 = medium). effective 2025-01-01 (printed twice). "
              "Items 三、 and 五、 print the new article on separate paragraphs that open with “第七条　 / “第十一条　 — they belong to 三、/五、 (as their continuation or as a sub-entry "
              "of the item = fine; as the 决定's own 第七条/第十一条 = medium: wrong structure and a search for 第十一条 lands on the 决定). 五、's quotation has two paragraphs "
              "(the second opens with “ and continues the new article) — both belong to 五、. The two closing paragraphs may be one clause (fine). "
              "It amends, it does not repeal the 办法 (recording 226号 as repealed = high; recording only '第八条 deleted' as a repeal = fine).")}]

expected[E_STEM] = [{
    "meta": {"title": RULE, "title_also_fine": [RULE + "（2024年修正）"], "doc_number": None,
             "doc_number_also_fine": [B1_NO + " (low: the 规章 is still cited by its original 令号)"],
             "issuer": FJ, "date": "2024-11-12", "date_also_fine": ["2021-09-18 (low, if the revision date is kept somewhere)"],
             "level": "provincial", "region": "福建省",
             "dates_as_printed": {"公布": "2021-09-18 (history note)", "修正": "2024-11-12 (history note)", "施行 (第十七条)": "2021-11-01"},
             "effective_as_printed": "2021-11-01", "expires_as_printed": None,
             "effective": "2025-01-01", "expires": None,
             "version_note": "the 重新公布 consolidated text: in force from 2025-01-01 (the 办法 itself has been in force since 2021-11-01; this wording since 2025-01-01)",
             "changed_by": [], "changes": [], "consolidates": [B1_NO, A_NO],
             "new_in_this_version": {"第七条": A_NO + " 三、, from 2025-01-01", "第十一条": A_NO + " 五、, from 2025-01-01"},
             "amended_in_this_version": {"第三条": "第二款, from 2025-01-01", "第五条": "whole, from 2025-01-01", "第十四条 (old 第十三条)": "from 2025-01-01"},
             "renumbered_in_this_version": {"第八条": "old 第七条", "第十二条": "old 第十一条", "第十三条": "old 第十二条", "第十四条": "old 第十三条", "第十五条": "old 第十四条", "第十六条": "old 第十五条", "第十七条": "old 第十六条"}},
    "clauses": arts(E_ARTS),
    "places": [{"clause": "all", "applies_to": ["福建省"], "also_fine": ["中国（福建）自由贸易试验区"]},
               {"clause": "第二条", "applies_to": ["中国（福建）自由贸易试验区福州片区", "厦门片区", "平潭片区"], "also_fine": ["福州市", "厦门市", "平潭综合实验区", "福建省"]}],
    "_note": ("docx only, 3 pages, odd/even page numbers. No red head, no 文号, no signature: two-line title, then the history note in 楷体 in parentheses "
              "(one paragraph with a soft break: '（2021年9月18日福建省人民政府令第226号公布' / '根据2024年11月12日福建省人民政府令第251号修正）') — metadata, "
              "not a clause (as a clause = medium; its 令号 taken as this text's doc_number: 226号 low, 251号 medium). Then 第一条–第十七条 with plain 仿宋 labels; 第三条 "
              "three 款, 第九条 items, 第十一条 two 款. As printed the only start date is '本办法自2021年11月1日起施行' (第十七条) — an analyst records this text as the "
              "version in force from 2025-01-01. A KB that shows the new 第七条 / 第十一条 / new 第五条 (15%/300万) as in force on 2024-06-01 without a note = high; "
              "that shows both the 2021 第五条 and this 第五条 as in force on the same day with no word = high. Title the 办法's name.")}]

expected[D1_STEM] = [{
    "meta": {"title": D1_TITLE, "doc_number": D1_NO, "issuer": XM_GOV, "date": "2023-03-20", "level": "municipal", "region": "厦门市",
             "attached_rule_title": D1_RULE,
             "dates_as_printed": {"成文": "2023-03-20", "印发(版记)": "2023-03-22", "施行": "2023-05-01", "有效期": "5年"},
             "effective_as_printed": "2023-05-01", "expires_as_printed": None, "expires_as_printed_words": "有效期5年",
             "effective": "2023-05-01", "expires": "2028-04-30",
             "changed_by": [{"doc_number": C_NO, "file": C_STEM, "action": "partial repeal", "articles": ["第三条", "第四条"], "from": AM_FROM}],
             "changes": [],
             "repealed_clauses": {"第三条": {"by": C_NO, "from": AM_FROM, "last_day_in_force": "2024-12-31"},
                                  "第四条": {"by": C_NO, "from": AM_FROM, "last_day_in_force": "2024-12-31"}},
             "amended_clauses": {},
             "cites_not_changes": [B1_NO]},
    "clauses": [D1_BODY] + arts(D1_ARTS),
    "places": [{"clause": "all", "applies_to": ["厦门市"], "also_fine": ["中国（福建）自由贸易试验区厦门片区"], "must_not_see": ["福建省 as the only place (low)", "共建“一带一路”国家 (low)"]}],
    "_note": ("docx only, 2–3 pages: 印发通知 page, then the 若干规定 after a page break (own two-line title, 第一条–第十条 with bold 仿宋 labels), 版记 at the end. "
              + FURN_XM + " Title printed on three paragraphs — joined; it must not be cut to the inner 《…》 (= low). date 2023-03-20 (版记 2023-03-22 = low). "
              "'自2023年5月1日起施行，有效期5年' → effective 2023-05-01, expires 2028-04-30 (2028-05-01 = low; none = medium: a filter by date keeps it forever). "
              "第一条 cites 福建省人民政府令第226号 — a basis, not a change (recording it as changing 226号 = high). After reading " + C_STEM + ": 第三条、第四条 "
              "repealed from 2025-01-01, the rest in force to 2028-04-30 (ending the whole document 2024-12-31 = high). A KB that shows 第三条/第四条 in force on 2025-03-01 "
              "without a note = high. Clauses: the 通知 body, 第一条–第十条.")}]

expected[D2_STEM] = [{
    "meta": {"title": D2_TITLE, "doc_number": D2_NO, "issuer": XM_BGT, "date": "2022-06-15", "level": "municipal", "region": "厦门市",
             "attached_rule_title": D2_RULE,
             "dates_as_printed": {"成文": "2022-06-15", "印发(版记)": "2022-06-17", "施行": "2022-07-01", "有效期至": "2025-12-31"},
             "effective_as_printed": "2022-07-01", "expires_as_printed": "2025-12-31",
             "effective": "2022-07-01", "expires": "2024-12-31", "repealed_from": AM_FROM,
             "changed_by": [{"doc_number": C_NO, "file": C_STEM, "action": "repealed (whole)", "from": AM_FROM}],
             "changes": [], "repealed_clauses": "all (whole document) from 2025-01-01"},
    "clauses": [D2_BODY, D2_INTRO] + [t for _, items in D2_SECT for t in items],
    "places": [{"clause": "all", "applies_to": ["厦门市"], "also_fine": ["中国（福建）自由贸易试验区厦门片区 for （四）"], "must_not_see": ["共建“一带一路”国家 (low)"]}],
    "_note": ("docx only, 2–3 pages, odd/even page numbers. " + FURN_XM + " Title one paragraph with a soft break (no 《》 around the 措施 name in the title). "
              "The 措施: intro paragraph, 黑体 section heads 一、支持开辟新航线 / 二、支持海铁联运 / 三、保障措施 (headings, not clauses; as a prefix or a separate heading "
              "entry = fine) over items （一）–（六） numbered continuously across sections (a reader that restarts or nests them wrongly = medium). "
              "As printed: 2022-07-01 … 2025-12-31. After reading " + C_STEM + ": repealed in whole from 2025-01-01 → last day 2024-12-31. A KB that shows （一）–（六） as in force "
              "on 2025-03-01 without a note = high; keeping expires 2025-12-31 after ingesting the repeal notice = high. date 2022-06-15 (版记 2022-06-17 = low).")}]

expected[C_STEM] = [{
    "meta": {"title": C_TITLE, "doc_number": C_NO, "issuer": XM_BGT, "date": "2024-12-16", "level": "municipal", "region": "厦门市",
             "dates_as_printed": {"成文": "2024-12-16", "印发(版记)": "2024-12-18", "施行": "自印发之日起", "废止生效": "2025-01-01"},
             "effective_as_printed": "2024-12-16", "effective_also_fine": ["2024-12-18 (版记 印发 date, low)"], "expires_as_printed": None,
             "effective": "2024-12-16", "expires": None,
             "attachments": [C_ATT],
             "changes": [
                 {"doc_number": R1[1], "title": R1[0], "file": None, "action": "repeal (whole)", "from": AM_FROM},
                 {"doc_number": R2[1], "title": R2[0], "file": None, "action": "repeal (whole)", "from": AM_FROM},
                 {"doc_number": D2_NO, "title": D2_TITLE, "file": D2_STEM, "action": "repeal (whole)", "from": AM_FROM},
                 {"doc_number": D1_NO, "title": D1_TITLE, "file": D1_STEM, "action": "partial repeal", "articles": ["第三条", "第四条"], "from": AM_FROM}],
             "repeals": [R1[1], R2[1], D2_NO, D1_NO + " 第三条、第四条"],
             "changed_by": [], "cites_not_changes": [A_NO]},
    "clauses": [C_LEAD] + [joined(ps) for ps in C_ITEMS] + rows_as_clauses(C_TAB_HEAD, C_TAB_ROWS),
    "places": [{"clause": "all", "applies_to": ["厦门市"]}],
    "_note": ("docx + LibreOffice PDF, 2–3 pages (通知 page, 附件 table page, 版记). " + FURN_XM + " Also furniture: '附件：…' line (attachments metadata), the '附件' "
              "label and the 附件 title over the table. Title on two paragraphs — joined. doc_number 厦府办〔2024〕118号 (taking a repealed document's 文号 = high). "
              "'本通知自印发之日起施行' → effective 2024-12-16 (2024-12-18 from the 版记 = low; 2025-01-01 = low/medium: that is when the repeals bite, the notice itself "
              "is in force from its issue). No expiry (2025-01-01 or 2024-12-31 as expires = high). It repeals R1, R2 and 厦府办〔2022〕31号 in whole and 厦府〔2023〕61号 "
              "第三条、第四条 only, all from 2025-01-01 (recording 厦府〔2023〕61号 as repealed in whole = high; the 251号 决定 cited in the lead is NOT repealed = high if listed). "
              "Clauses: lead, 一、 with its list （一）–（三） (the list items as sub-clauses of 一、 = fine), 二、, 三、, 四、, the four table rows (header：value；…).")}]


if __name__ == "__main__":
    make_b1(); make_a(); make_e(); make_d1(); make_d2(); make_c()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    print("ok")
