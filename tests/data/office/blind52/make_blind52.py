# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the fifty-second round of blind office files and expected.json.

  (a) blind52_hunan_shenbao.docx / .pdf — 湖南省商务厅 通知 湘商自贸〔2024〕21号:
      hand-typed 1．–4． list whose item 3 is cut by the page-1/page-2 break,
      a ruled table whose header row alone sits at the foot of page 2 and whose
      rows continue on page 3 (header NOT marked to repeat), and the 附件 label
      and 申报表 title set right after the signature/date on the same page.
  (b) blind52_harbin_yaodian.docx / .pdf — 哈尔滨市商务局 印发通知 哈商发〔2024〕33号
      with the 工作要点 after a page break: 一、/（一） typed by hand in Word's
      built-in Heading 1 / Heading 2 styles, items 1. 2. 3. in Word automatic
      numbering (restarting under each （一）), one item with a Shift+Enter
      soft break, two items with a second real paragraph (no numPr, indented),
      a table followed by a 备注 paragraph in 12 pt (body 16 pt).
  (c) blind52_hekou_fangan.docx / .pdf — county level: 河口瑶族自治县人民政府
      河政发〔2024〕9号 印发 实施方案 on 中国（云南）自由贸易试验区红河片区 and
      中越跨境经济合作; mentions 云南省 / 红河州 / 越南老街省.
Spacing knobs are tuned by converting with LibreOffice and looking where lines fall
(pdfplumber), so the page breaks land where described.  Run again to rebuild.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import pdfplumber
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FS = "仿宋_GB2312"; XBS = "方正小标宋简体"; HEI = "黑体"; KAI = "楷体_GB2312"; SONG = "宋体"
FW = "\u3000"
AL = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "l": WD_ALIGN_PARAGRAPH.LEFT}
LINE = 28.95


def set_run(run, font=FS, size=16, bold=False, color=None):
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


def fmt(p, size=16, align="j", indent=True, before=0, after=0, exact=LINE, left=None):
    pf = p.paragraph_format
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    pf.line_spacing = Pt(exact)
    pf.first_line_indent = Pt(size * 2) if indent else Pt(0)
    if left is not None: pf.left_indent = Pt(left)
    p.alignment = AL[align]
    return p


def para(where, text="", font=FS, size=16, align="j", indent=True, before=0, after=0, exact=LINE, style=None, color=None, bold=False):
    p = where.add_paragraph(style=style) if style else where.add_paragraph()
    fmt(p, size, align, indent, before, after, exact)
    if text: set_run(p.add_run(text), font, size, bold, color)
    return p


def add_field(p, instr, font=SONG, size=14):
    r = p.add_run(); set_run(r, font, size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3): r._element.append(e)


def rule_below(p, sz=12, color="FF0000"):
    ppr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr"); e = OxmlElement("w:bottom")
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "1"); e.set(qn("w:color"), color)
    b.append(e); ppr.append(b)


def east_asian_normal(doc, font=FS, size=16):
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
    if rf is None: rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"): rf.set(qn(a), font)
    # no widow/orphan control: a page may end after any line of an item
    ppr = st.element.get_or_add_pPr()
    wc = OxmlElement("w:widowControl"); wc.set(qn("w:val"), "0"); ppr.append(wc)


def new_doc():
    doc = Document()
    east_asian_normal(doc)
    s = doc.sections[0]
    s.page_width = Cm(21); s.page_height = Cm(29.7)
    s.top_margin = Cm(3.7); s.bottom_margin = Cm(3.5); s.left_margin = Cm(2.8); s.right_margin = Cm(2.6)
    s.footer_distance = Cm(2.5)
    fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run(fp.add_run("— "), SONG, 14); add_field(fp, "PAGE", SONG, 14); set_run(fp.add_run(" —"), SONG, 14)
    return doc


def red_head(doc, organ, number, size=36):
    para(doc, organ, XBS, size, "c", False, before=0, after=0, exact=size * 1.25, color="FF0000")
    p = para(doc, number, FS, 16, "c", False, before=6, after=0)
    rule_below(p)


def title(doc, text, before=18, after=18):
    return para(doc, text, XBS, 22, "c", False, before=before, after=after, exact=33)


def signature(doc, org, date, right=4, before=LINE * 2):
    p = para(doc, org, FS, 16, "r", False, before=before); p.paragraph_format.right_indent = Cm(right)
    p = para(doc, date, FS, 16, "r", False); p.paragraph_format.right_indent = Cm(right - 0.6)


def cell_text(cell, text, font=FS, size=14, align="c", bold=False):
    p = cell.paragraphs[0]; fmt(p, size, align, False, 0, 0, size * 1.35)
    set_run(p.add_run(text), font, size, bold)


def row_flags(row, cant_split=True, header=False):
    trpr = row._tr.get_or_add_trPr()
    if cant_split:
        e = OxmlElement("w:cantSplit"); trpr.append(e)
    if header:
        e = OxmlElement("w:tblHeader"); trpr.append(e)


def table(doc, head, rows, widths, size=14, heads_repeat=False, aligns=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(head))
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(head): cell_text(t.rows[0].cells[i], h, HEI, size)
    row_flags(t.rows[0], True, heads_repeat)
    for r, vals in enumerate(rows, 1):
        for i, v in enumerate(vals):
            cell_text(t.rows[r].cells[i], v, FS, size, (aligns or ["c"] * len(head))[i])
        row_flags(t.rows[r])
    for row in t.rows:
        for i, w in enumerate(widths): row.cells[i].width = Cm(w)
    set_grid(t, widths)
    return t


def set_grid(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths): gc.set(qn("w:w"), str(int(w * 567)))


def to_pdf(docx_path, out_pdf):
    prof = tempfile.mkdtemp(prefix="lo52p_"); tmp = tempfile.mkdtemp(prefix="lo52o_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"), out_pdf)
    finally:
        shutil.rmtree(prof, ignore_errors=True); shutil.rmtree(tmp, ignore_errors=True)


def pages(pdf):
    with pdfplumber.open(pdf) as p:
        return [re.sub(r"\s+", "", pg.extract_text() or "") for pg in p.pages]


def page_of(pgs, s):
    s = re.sub(r"\s+", "", s)
    for i, t in enumerate(pgs):
        if s in t: return i + 1
    return None


def build(make, name, **kw):
    dx = os.path.join(HERE, name + ".docx"); pdf = os.path.join(HERE, name + ".pdf")
    make(**kw).save(dx); to_pdf(dx, pdf)
    return pages(pdf)


expected = {}

# ==================================================================== (a)
A_ORGAN = "湖南省商务厅文件"
A_NO = "湘商自贸〔2024〕21号"
A_TITLE = "湖南省商务厅关于组织申报2024年度中国（湖南）自由贸易试验区“一带一路”经贸合作项目的通知"
A_ADDR = "各市州商务主管部门，中国（湖南）自由贸易试验区长沙、岳阳、郴州片区管委会："
A_PRE = "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展和实施自由贸易试验区提升战略的决策部署，支持中国（湖南）自由贸易试验区（以下简称湖南自贸试验区）企业深度参与共建“一带一路”经贸合作，现就组织申报2024年度湖南自贸试验区“一带一路”经贸合作项目有关事项通知如下："
A_H1 = "一、申报条件"
A_LEAD1 = "申报单位应当同时符合以下条件："
A_ITEMS = [
    "1．在湖南省内依法注册登记、具有独立法人资格的企业，近三年无重大违法违规记录，未被列入严重失信主体名单。",
    "2．项目实施地或者主要业务发生地在湖南自贸试验区长沙、岳阳、郴州片区范围内。",
    "3．项目属于以下类别之一：面向共建“一带一路”国家开展的境外经贸合作区建设、海外仓建设和运营、跨境电商综合服务，中欧班列（长沙）和城陵矶港至东盟国家航线集拼业务，或者依托中国—非洲经贸博览会平台开展的对非贸易投资合作。项目应当于2023年1月1日至2024年4月30日期间已经开工或者投入运营，并已形成可以核验的合同、发票、报关单、运单等实施凭证。",
    "4．同一项目未获得过省级其他财政专项资金支持。",
]
A_H2 = "二、申报材料"
A_MATS = [
    "（一）2024年度湖南自贸试验区“一带一路”经贸合作项目申报表（见附件）。",
    "（二）企业营业执照复印件。",
    "（三）项目合同、发票、报关单、运单等实施凭证复印件。",
    "（四）申报单位对申报材料真实性负责的书面承诺。",
]
A_MATS_TAIL = "申报材料按照以上顺序装订成册，一式三份，加盖申报单位公章，并同时报送电子版。"
A_H3 = "三、支持方式和标准"
A_LEAD3 = "经评审认定的项目，按照下表标准给予一次性支持："
A_TH = ["序号", "支持类别", "支持标准", "单个项目最高金额（万元）"]
A_TR = [
    ["1", "境外经贸合作区建设", "按照年度实际投资额的10%给予补助", "500"],
    ["2", "海外仓建设和运营", "按照仓储面积每平方米100元给予补助", "200"],
    ["3", "中欧班列和国际航线集拼", "按照每标准箱600元给予运费补助", "300"],
    ["4", "跨境电商综合服务", "按照年度服务企业数量每家1万元给予奖励", "100"],
    ["5", "对非贸易投资合作", "按照年度对非进出口额的0.5%给予奖励", "150"],
]
A_H4 = "四、工作要求"
A_REQ = "各市州商务主管部门、各片区管委会要认真做好项目初审，于2024年6月30日前将初审意见和申报材料报送省商务厅（自由贸易试验区处），逾期不予受理。"
A_CONTACT = "联系人：周志远，电话：0731-82283456。"
A_ATT = "附件：2024年度湖南自贸试验区“一带一路”经贸合作项目申报表"
A_ORG = "湖南省商务厅"; A_DATE = "2024年5月22日"
A_PUB = "（此件主动公开）"
A_ATT_LABEL = "附件"
A_ATT_TITLE = "2024年度湖南自贸试验区“一带一路”经贸合作项目申报表"
A_FORM = [("申报单位", ""), ("统一社会信用代码", ""), ("所在片区", ""), ("项目名称", ""), ("项目类别", ""), ("申请金额（万元）", "")]


def make_a(k1=0, k2=0):
    doc = new_doc()
    red_head(doc, A_ORGAN, A_NO)
    title(doc, A_TITLE, before=k1, after=6)
    para(doc, A_ADDR, indent=False)
    para(doc, A_PRE)
    para(doc, A_H1, HEI)
    para(doc, A_LEAD1)
    for it in A_ITEMS: para(doc, it)
    para(doc, A_H2, HEI, before=k2)
    for it in A_MATS: para(doc, it)
    para(doc, A_MATS_TAIL)
    para(doc, A_H3, HEI)
    para(doc, A_LEAD3)
    table(doc, A_TH, A_TR, [1.2, 4.4, 7.8, 2.2], size=12, aligns=["c", "l", "l", "c"])
    para(doc, A_H4, HEI, before=6)
    para(doc, A_REQ)
    para(doc, A_CONTACT)
    p = para(doc, A_ATT, before=8); p.paragraph_format.left_indent = Pt(32); p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.left_indent = Pt(32 + 48); p.paragraph_format.first_line_indent = Pt(-48)
    signature(doc, A_ORG, A_DATE, before=LINE)
    para(doc, A_PUB, before=0)
    # 附件 directly under the signature, no page break
    para(doc, A_ATT_LABEL, HEI, indent=False, before=12)
    para(doc, A_ATT_TITLE, XBS, 18, "c", False, before=6, after=6, exact=28)
    t = doc.add_table(rows=len(A_FORM), cols=2); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, (lab, val) in enumerate(A_FORM):
        cell_text(t.rows[r].cells[0], lab, FS, 14); cell_text(t.rows[r].cells[1], val, FS, 14)
        t.rows[r].cells[0].width = Cm(4.5); t.rows[r].cells[1].width = Cm(11)
        row_flags(t.rows[r])
    set_grid(t, [4.5, 11])
    return doc


def tune_a():
    name = "blind52_hunan_shenbao"
    it3a, it3b = A_ITEMS[2][:12], A_ITEMS[2][-14:]
    # k1: push item 3's end onto page 2 while its start stays on page 1
    chosen = None
    for k1 in range(0, 200, 8):
        pg = build(make_a, name, k1=k1)
        if page_of(pg, it3a) == 1 and page_of(pg, it3b) == 2:
            chosen = k1 + 16 if k1 + 16 < 200 else k1
            pg = build(make_a, name, k1=chosen)
            if not (page_of(pg, it3a) == 1 and page_of(pg, it3b) == 2):
                chosen = k1
            break
    assert chosen is not None, "could not split item 3"
    # k2: largest space before 二、 that keeps the table header on page 2 (binary search)
    lo, hi = 0, 400
    def ok(k2):
        pg = build(make_a, name, k1=chosen, k2=k2)
        return page_of(pg, "支持类别支持标准") == 2
    assert ok(0), "table header not on page 2 with k2=0"
    while hi - lo > 2:
        mid = (lo + hi) // 2
        if ok(mid): lo = mid
        else: hi = mid
    pg = build(make_a, name, k1=chosen, k2=lo)
    print("a: k1=%d k2=%d" % (chosen, lo), "item3", page_of(pg, it3a), page_of(pg, it3b),
          "head", page_of(pg, "支持类别支持标准"), "row1", page_of(pg, "按照年度实际投资额的10%"),
          "sig", page_of(pg, A_DATE), "att title", page_of(pg, A_ATT_TITLE), "pages", len(pg), file=sys.stderr)


expected["blind52_hunan_shenbao"] = [{
    "meta": {"title": A_TITLE, "doc_number": A_NO, "issuer": A_ORG, "date": "2024-05-22", "level": "provincial", "region": "湖南省"},
    "clauses": [A_PRE, A_LEAD1] + A_ITEMS + A_MATS + [A_MATS_TAIL, A_LEAD3]
    + ["；".join("%s：%s" % (h, v) for h, v in zip(A_TH, r)) for r in A_TR]
    + [A_REQ],
    "_note": "3 pages A4 in the PDF. 1．–4． are hand-typed; item 3 is cut by the page-1/page-2 break and must be read whole (no footer '— 1 —' inside, not split in two clauses). "
             "一、–四、 are headings. The table header row (序号/支持类别/支持标准/单个项目最高金额（万元）) is alone at the foot of page 2, the five rows on page 3; each row must be read with the header names, the header must not be a clause and must not be duplicated. "
             "联系人 line may be kept or dropped. The 附件 list line, signature, date and （此件主动公开） are not clauses. "
             "The 附件 label + 申报表 title follow the signature on the same page: they must not become the document's title/date, nor be glued into the signature; the empty form (label cells, no values) may be dropped, kept, or read as an attachment document.",
}]

# ==================================================================== (b)
B_NO = "哈商发〔2024〕33号"
B_TITLE = "哈尔滨市商务局关于印发《哈尔滨市深化对俄及共建“一带一路”国家经贸合作2024年工作要点》的通知"
B_ADDR = "各区、县（市）商务主管部门，中国（黑龙江）自由贸易试验区哈尔滨片区管委会，市直有关单位："
B_BODY = "现将《哈尔滨市深化对俄及共建“一带一路”国家经贸合作2024年工作要点》印发给你们，请结合实际认真抓好落实。"
B_ORG = "哈尔滨市商务局"; B_DATE = "2024年4月12日"; B_PUB = "（此件公开发布）"
B_SUB = "哈尔滨市深化对俄及共建“一带一路”国家经贸合作2024年工作要点"
B_INTRO = "为充分发挥中国（黑龙江）自由贸易试验区哈尔滨片区（以下简称哈尔滨片区）制度创新优势，深化对俄及共建“一带一路”国家经贸合作，制定本工作要点。"
B_TARGET = "2024年，全市对俄进出口额增长10%以上，对共建“一带一路”国家进出口额占全市外贸比重达到60%，哈尔滨片区新增对俄贸易企业200家以上。"
# items: (kind, parts) kind "one" = one paragraph, "soft" = Shift+Enter inside, "two" = two real paragraphs
B_SEC = [
    ("（一）稳定对俄贸易规模", [
        ("one", ["支持企业扩大机电产品、纺织服装对俄出口，对年度对俄出口额首次超过1000万美元的企业给予20万元奖励。"]),
        ("soft", ["支持企业扩大对俄农产品进口。", "对经哈尔滨片区进口俄罗斯粮食、油脂等农产品年度货值超过5000万元的企业，按照货值的0.5%给予最高100万元补助。"]),
        ("two", ["推进边民互市贸易落地加工。", "对在哈尔滨片区设立互市商品落地加工企业、年度加工互市商品货值超过2000万元的，给予一次性奖励30万元；对年度新增就业岗位超过50个的，再给予10万元奖励。"]),
    ]),
    ("（二）畅通国际物流通道", [
        ("two", ["稳定开行中欧班列（哈尔滨）。", "支持哈欧、哈俄班列加密开行频次，拓展至白俄罗斯、哈萨克斯坦、乌兹别克斯坦等国家的线路，全年开行班列400列以上。"]),
        ("soft", ["发展对俄航空货运。", "加密哈尔滨至叶卡捷琳堡、新西伯利亚全货机航线，对新开通的国际货运航线按照每班次2万元给予补贴。"]),
        ("one", ["建设哈尔滨对俄跨境电商海外仓，在俄罗斯莫斯科、叶卡捷琳堡新建或者租赁海外仓面积不少于2万平方米。"]),
    ]),
]
B_H3 = "三、重点项目安排"
B_LEAD3 = "2024年重点推进以下对俄经贸合作项目："
B_TH = ["序号", "项目名称", "责任单位", "完成时限"]
B_TR = [
    ["1", "哈尔滨国际陆港对俄货物集散中心", "市商务局、哈尔滨片区管委会", "2024年10月底前"],
    ["2", "中俄跨境电商产业园二期", "哈尔滨片区管委会", "2024年12月底前"],
    ["3", "对俄农产品进口加工基地", "市农业农村局、市商务局", "2024年11月底前"],
    ["4", "哈尔滨海关对俄通关便利化信息平台", "哈尔滨海关、市口岸办", "2024年9月底前"],
]
B_NOTE = "备注：表中项目所需资金由项目单位自筹，市级财政按照有关政策给予适当补助；完成时限为项目主体工程完工或者系统上线运行时间。"
B_H4 = "四、保障措施"
B_GUAR = "市商务局要会同有关部门建立工作台账，每季度调度一次工作进展，年底前将完成情况报市人民政府。各区、县（市）要结合实际制定具体措施，确保各项任务落到实处。"


def numbering_decimal(doc):
    numbering = doc.part.numbering_part.element
    aid = max([int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))] + [0]) + 1
    an = OxmlElement("w:abstractNum"); an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "singleLevel"); an.append(mlt)
    lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
    ppr = OxmlElement("w:pPr"); ind = OxmlElement("w:ind"); ind.set(qn("w:left"), "0"); ind.set(qn("w:firstLine"), "640"); ppr.append(ind); lvl.append(ppr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None: first_num.addprevious(an)
    else: numbering.append(an)
    return numbering, aid


def new_num(numbering, aid, restart=True):
    nid = max([int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))] + [0]) + 1
    num = OxmlElement("w:num"); num.set(qn("w:numId"), str(nid))
    a = OxmlElement("w:abstractNumId"); a.set(qn("w:val"), str(aid)); num.append(a)
    if restart:
        lo = OxmlElement("w:lvlOverride"); lo.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride"); so.set(qn("w:val"), "1"); lo.append(so); num.append(lo)
    numbering.append(num)
    return nid


def set_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    np_ = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(nid))
    np_.append(il); np_.append(ni)
    ppr.insert(0, np_) if ppr.find(qn("w:pStyle")) is None else ppr.find(qn("w:pStyle")).addnext(np_)


def heading_styles(doc):
    for name, font in (("Heading 1", HEI), ("Heading 2", KAI)):
        st = doc.styles[name]
        st.font.name = font; st.font.size = Pt(16); st.font.bold = False; st.font.italic = False
        st.font.color.rgb = RGBColor(0, 0, 0)
        rpr = st.element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
        if rf is None: rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
        for a in list(rf.attrib): del rf.attrib[a]
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"): rf.set(qn(a), font)
        pf = st.paragraph_format; pf.space_before = Pt(0); pf.space_after = Pt(0); pf.line_spacing = Pt(LINE)
        pf.first_line_indent = Pt(32); pf.keep_with_next = True


def make_b():
    doc = new_doc(); heading_styles(doc)
    numbering, aid = numbering_decimal(doc)
    red_head(doc, "哈尔滨市商务局文件", B_NO)
    title(doc, B_TITLE)
    para(doc, B_ADDR, indent=False)
    para(doc, B_BODY)
    signature(doc, B_ORG, B_DATE)
    para(doc, B_PUB, before=6)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    title(doc, B_SUB, before=0)
    para(doc, B_INTRO)
    h = doc.add_paragraph("一、总体目标", style="Heading 1")
    para(doc, B_TARGET)
    doc.add_paragraph("二、重点任务", style="Heading 1")
    for sub, items in B_SEC:
        doc.add_paragraph(sub, style="Heading 2")
        nid = new_num(numbering, aid)
        for kind, parts in items:
            p = para(doc, "", style="List Paragraph")
            p.paragraph_format.left_indent = Pt(0)
            set_num(p, nid)
            if kind == "one":
                set_run(p.add_run(parts[0]), FS, 16)
            elif kind == "soft":
                set_run(p.add_run(parts[0]), FS, 16)
                r = p.add_run(); set_run(r, FS, 16); r.add_break()  # Shift+Enter
                set_run(p.add_run(parts[1]), FS, 16)
            else:
                set_run(p.add_run(parts[0]), FS, 16)
                q = para(doc, parts[1], style="List Paragraph")  # second paragraph of the same item, no number
                q.paragraph_format.left_indent = Pt(0); q.paragraph_format.first_line_indent = Pt(32)
    doc.add_paragraph(B_H3, style="Heading 1")
    para(doc, B_LEAD3)
    table(doc, B_TH, B_TR, [1.6, 6.4, 5.0, 3.4], aligns=["c", "l", "l", "c"])
    para(doc, B_NOTE, FS, 12, "j", False, before=4, exact=18)
    doc.add_paragraph(B_H4, style="Heading 1").paragraph_format.space_before = Pt(8)
    para(doc, B_GUAR)
    return doc


def b_item_text(i, kind, parts):
    return "%d.%s" % (i, "".join(parts))


B_CLAUSES = [B_INTRO, B_TARGET]
for sub, items in B_SEC:
    for i, (kind, parts) in enumerate(items, 1):
        B_CLAUSES.append(b_item_text(i, kind, parts))
B_CLAUSES += [B_LEAD3] + ["；".join("%s：%s" % (h, v) for h, v in zip(B_TH, r)) for r in B_TR] + [B_NOTE, B_GUAR]

expected["blind52_harbin_yaodian"] = [{
    "meta": {"title": B_TITLE, "doc_number": B_NO, "issuer": B_ORG, "date": "2024-04-12", "level": "municipal", "region": "哈尔滨市"},
    "clauses": [B_BODY] + B_CLAUSES,
    "_note": "印发通知 on page 1, the 工作要点 after a page break in the same file. The 工作要点 title is a heading (or opens a sub-document: medium). "
             "一、二、三、四、 are Word Heading 1 and （一）（二） Heading 2 paragraphs typed by hand: headings, never clauses glued to text. "
             "Items are Word automatic numbering '%1.' restarting at 1 under each （一）/（二）: the number is not in the text of the .docx (it is drawn in the PDF); label 1./2./3. expected, the number prefix in the clause text is tolerable. "
             "Under （一） item 2 and under （二） item 2 have a Shift+Enter soft break between the lead sentence and the rest: one clause (joining with or without a newline is fine). "
             "（一）3 and （二）1 have a second real paragraph without a number: it belongs to the same item (one clause, or a continuation clause keeping the item's label: tolerable). "
             "Table rows read with their headers; the 备注 line in 12 pt after the table is content (a clause), not furniture. Signature/date/（此件公开发布） are not clauses.",
}]

# ==================================================================== (c)
C_NO = "河政发〔2024〕9号"
C_TITLE = "河口瑶族自治县人民政府关于印发河口县深度融入中国（云南）自由贸易试验区红河片区建设推进中越跨境经济合作实施方案的通知"
C_ADDR = "各乡镇人民政府，县直各部门，中国（云南）自由贸易试验区红河片区管委会："
C_BODY = "现将《河口县深度融入中国（云南）自由贸易试验区红河片区建设推进中越跨境经济合作实施方案》印发给你们，请认真贯彻执行。"
C_ORG = "河口瑶族自治县人民政府"; C_DATE = "2024年7月8日"; C_PUB = "（此件公开发布）"
C_SUB = "河口县深度融入中国（云南）自由贸易试验区红河片区建设推进中越跨境经济合作实施方案"
C_PARAS = [
    "为贯彻落实《中国（云南）自由贸易试验区总体方案》和云南省、红河州关于建设面向南亚东南亚辐射中心的部署要求，发挥河口口岸和中国（云南）自由贸易试验区红河片区（以下简称红河片区）叠加优势，深化与越南老街省经贸合作，结合我县实际，制定本方案。",
    "一、提升口岸通关效率。推进河口公路口岸、河口铁路口岸智慧化改造，推广“提前申报”“两段准入”等通关模式，2024年底前口岸进出口货物整体通关时间压缩20%以上。",
    "二、发展边民互市贸易。在红河片区内规划建设边民互市贸易区二期，推行互市贸易“一窗办理”，对从事互市商品落地加工的企业，县财政按照年度加工货值的1%给予最高50万元补助。",
    "三、推进中越跨境经济合作区建设。配合做好中国河口—越南老街跨境经济合作区中方区域规划建设，推动跨境电力、物流、电子商务等项目落地，力争2025年底前引进跨境产业项目10个以上。",
    "四、拓展跨境金融服务。支持县内银行机构开展人民币与越南盾特许兑换业务，扩大跨境人民币结算规模；鼓励保险机构为跨境运输车辆和货物提供保险服务。",
    "五、强化组织保障。县人民政府成立推进中越跨境经济合作工作领导小组，领导小组办公室设在县商务局；县财政每年安排专项资金2000万元，各乡镇、县直各部门要按照职责分工抓好落实。",
    "本方案自印发之日起施行，有效期至2026年12月31日。",
]


def make_c():
    doc = new_doc()
    red_head(doc, "河口瑶族自治县人民政府文件", C_NO, size=30)
    title(doc, C_TITLE)
    para(doc, C_ADDR, indent=False)
    para(doc, C_BODY)
    signature(doc, C_ORG, C_DATE, right=2.5)
    para(doc, C_PUB, before=6)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    title(doc, C_SUB, before=0)
    for t in C_PARAS:
        p = para(doc, "")
        m = re.match(r"^([一二三四五六七八九十]+、[^。]+。)(.*)$", t)
        if m:
            set_run(p.add_run(m.group(1)), HEI, 16); set_run(p.add_run(m.group(2)), FS, 16)
        else:
            set_run(p.add_run(t), FS, 16)
    return doc


expected["blind52_hekou_fangan"] = [{
    "meta": {"title": C_TITLE, "doc_number": C_NO, "issuer": C_ORG, "date": "2024-07-08", "level": "county", "region": "云南省红河哈尼族彝族自治州河口瑶族自治县",
             "effective": "2024-07-08", "expires": "2026-12-31"},
    "clauses": [C_BODY] + C_PARAS,
    "_note": "County-level 印发通知 (河口瑶族自治县人民政府, a county of 红河州, 云南省) with the 实施方案 after a page break. level must be county (or the reader's county/district word), never provincial or municipal; "
             "region the county (河口瑶族自治县 / 河口县; with province/prefecture prefix tolerable), not 云南省 or 红河州 alone. 一、–五、 have run-in 黑体 headings (splitting the heading sentence off is tolerable). "
             "applies_to: the county / 红河片区; a clause naming 越南老街省 is cooperation with it, not applying there. 有效期至2026年12月31日.",
}]


if __name__ == "__main__":
    tune_a()
    pg = build(make_b, "blind52_harbin_yaodian")
    print("b pages", len(pg), "table head", page_of(pg, "完成时限"), "note", page_of(pg, "备注："), file=sys.stderr)
    pg = build(make_c, "blind52_hekou_fangan")
    print("c pages", len(pg), file=sys.stderr)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
