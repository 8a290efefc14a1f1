# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 83: 公文 as exported from an OA system.

(a) 浙江省商务厅 notice whose first page is the 发文稿纸 (draft-approval form),
    page 2 onward the notice itself, with an attached table.
(b) 厦门市人民政府 明传电报 to its districts on a 自贸片区 matter.

Writes blind83_*.docx, the LibreOffice PDFs, and expected.json next to itself.
"""
import json
import os
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def para(container, text="", font=FS, size=16, bold=False, align=None, indent=True, color=None, space_after=0, line=Pt(28.9)):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    if line is not None:
        pf.line_spacing = line
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def runs(p, parts):
    """parts: list of (text, font, size, bold)."""
    for t, f, s, b in parts:
        set_font(p.add_run(t), f, s, b)
    return p


def page_setup(section):
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.top_margin = Mm(37)
    section.bottom_margin = Mm(35)
    section.left_margin = Mm(28)
    section.right_margin = Mm(26)
    section.footer_distance = Mm(25)
    section.header_distance = Mm(15)


def add_page_field(p, size=14):
    """'— PAGE —' footer, GB/T 9704 style (4号宋体 Arabic numerals)."""
    set_font(p.add_run("— "), "宋体", size)
    r = p.add_run()
    set_font(r, "宋体", size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    set_font(p.add_run(" —"), "宋体", size)


def cell_text(cell, text, font=FS, size=14, bold=False, align=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        set_font(p.add_run(ln), font, size, bold)


def borders(table, color="000000", sz=8):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), color); e.set(qn("w:space"), "0")
        b.append(e)
    tblPr.append(b)


def red_rule(doc):
    """红色分隔线 under the 版头, as a bottom border on an empty paragraph."""
    p = para(doc, "", indent=False, line=Pt(6))
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bt = OxmlElement("w:bottom")
    bt.set(qn("w:val"), "single"); bt.set(qn("w:sz"), "18"); bt.set(qn("w:color"), "E60012"); bt.set(qn("w:space"), "1")
    bdr.append(bt)
    pPr.append(bdr)
    return p


def black_rule_para(doc, text, size=14, top=False, bottom=True):
    p = para(doc, text, size=size, indent=False, line=Pt(24))
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for edge, on in (("top", top), ("bottom", bottom)):
        if on:
            e = OxmlElement("w:" + edge)
            e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "6"); e.set(qn("w:color"), "000000"); e.set(qn("w:space"), "1")
            bdr.append(e)
    pPr.append(bdr)
    p.paragraph_format.left_indent = Pt(14)
    return p


def cell_width(cell, mm):
    cell.width = Mm(mm)


def grid(table, mms):
    """Set tblGrid and fixed layout so LibreOffice honours the column widths."""
    table.autofit = False
    g = table._tbl.tblGrid
    for gc, mm in zip(g.findall(qn("w:gridCol")), mms):
        gc.set(qn("w:w"), str(int(mm * 56.7)))
    for r in table.rows:
        for c, mm in zip(r.cells, mms):
            c.width = Mm(mm)


# ---------------------------------------------------------------------------
# (a) 浙江省商务厅 发文稿纸 + 通知
# ---------------------------------------------------------------------------
A_TITLE = "浙江省商务厅关于开展中国（浙江）自由贸易试验区“一带一路”数字贸易便利化试点工作的通知"
A_DOCNO = "浙商务发〔2024〕37号"
A_MAINSEND = "各设区市商务局，中国（浙江）自由贸易试验区各片区管委会："
A_BODY = [
    # (kind, text) kind: p=plain para, h1=一、heading (黑体), h2=（一） (楷体 lead + text), n=1. item
    ("p", "为贯彻落实高质量共建“一带一路”决策部署，深入实施自由贸易试验区提升战略，决定在中国（浙江）自由贸易试验区开展“一带一路”数字贸易便利化试点工作。现将有关事项通知如下："),
    ("h1", "一、试点范围和期限"),
    ("h2", "（一）试点范围。", "试点在中国（浙江）自由贸易试验区舟山片区、宁波片区、杭州片区、金义片区开展，重点面向与共建“一带一路”国家开展跨境电商、数字服务贸易的企业。"),
    ("h2", "（二）试点期限。", "试点期限为2024年6月1日至2026年5月31日。各片区应于2024年6月30日前报送试点实施方案。"),
    ("h1", "二、主要任务"),
    ("h2", "（一）推进跨境数据便利流动。", "探索建立数据出境负面清单管理制度。"),
    ("h2", "（二）优化数字贸易通关服务。", "会同海关、外汇管理等部门，推行跨境电商出口“一次备案、多点通关”。"),
    ("n", "1.宁波片区依托宁波舟山港，开展海铁联运数字提单试点，2024年内实现中欧班列（义乌）与海运提单信息互认。"),
    ("n", "2.金义片区依托义乌国际陆港，推广市场采购贸易与跨境电商融合发展，试点企业名单于2024年9月底前公布。"),
    ("h1", "三、保障措施"),
    ("p", "各设区市商务局每季度末报送试点工作进展。"),
    ("p", "本通知自2024年6月1日起施行，有效期至2026年5月31日。"),
]
A_ATTACH_LINE = "附件：“一带一路”数字贸易便利化试点任务分工表"
A_SIGN = "浙江省商务厅"
A_DATE_TXT = "2024年5月20日"
A_PUBLIC = "（此件主动公开）"
A_TABLE_HDR = ["序号", "试点任务", "牵头单位", "完成时限"]
A_TABLE = [
    ["1", "制定数据出境负面清单", "杭州片区管委会", "2024年12月31日"],
    ["2", "海铁联运数字提单试点", "宁波片区管委会", "2024年12月31日"],
    ["3", "公布试点企业名单", "金义片区管委会", "2024年9月30日"],
]
A_CC = "抄送：商务部自贸区港司，省发展改革委，杭州海关、宁波海关，国家外汇管理局浙江省分局。"
A_PRINT = ("浙江省商务厅办公室", "2024年5月21日印发")


def make_a(path):
    doc = Document()
    s1 = doc.sections[0]
    page_setup(s1)
    # ---- page 1: 发文稿纸 -------------------------------------------------
    p = para(doc, "浙江省商务厅发文稿纸", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_after=6, line=None)
    p = para(doc, "", indent=False, line=None, space_after=4)
    runs(p, [("公开方式：主动公开", FS, 12, False), ("　　　　　　　　　　　　　　　　", FS, 12, False), ("OA流水号：ZJSWT-2024-05-0412", FS, 12, False)])
    rows = [
        ("签发", "同意。\n吴向东　5月18日", "会签", "厅财务处　周敏　5月17日\n厅法规处　何立新　5月17日"),
        ("核稿", "厅办公室　孙晓燕　5月16日", "拟稿单位", "自由贸易试验区工作处"),
        ("拟稿人", "陈嘉琪　电话：0571-87701234", "拟稿日期", "2024年5月15日"),
        ("文号", A_DOCNO, "密级", "无"),
        ("缓急", "平件", "印发份数", "40份"),
    ]
    t = doc.add_table(rows=len(rows) + 4, cols=4)
    borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (k1, v1, k2, v2) in enumerate(rows):
        r = t.rows[i]
        cell_text(r.cells[0], k1, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(r.cells[1], v1)
        cell_text(r.cells[2], k2, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(r.cells[3], v2)
    wide = [
        ("标题", A_TITLE),
        ("主送", A_MAINSEND.rstrip("：")),
        ("抄送", A_CC.replace("抄送：", "").rstrip("。")),
        ("附件", "“一带一路”数字贸易便利化试点任务分工表"),
    ]
    for j, (k, v) in enumerate(wide):
        r = t.rows[len(rows) + j]
        cell_text(r.cells[0], k, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        m = r.cells[1].merge(r.cells[3])
        cell_text(m, v)
    grid(t, (22, 56, 22, 56))
    p = para(doc, "", indent=False, line=None)
    runs(p, [("打字：徐静　　校对：陈嘉琪　　用印：刘畅", FS, 12, False)])

    # ---- page 2+: the notice itself (new section, page numbers) ----------
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(s2)
    s2.footer.is_linked_to_previous = False
    fp = s2.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)
    pg = OxmlElement("w:pgNumType"); pg.set(qn("w:start"), "1")
    s2._sectPr.append(pg)
    para(doc, "浙江省商务厅文件", font=XBS, size=42, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=None, space_after=0)
    para(doc, "", indent=False)
    para(doc, A_DOCNO, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    red_rule(doc)
    para(doc, "", indent=False)
    # title: 2号小标宋, broken over two lines by a manual break (as typists do)
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(35))
    t1, t2 = A_TITLE.split("开展", 1)
    set_font(p.add_run(t1 + "开展"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    set_font(p.add_run(t2), XBS, 22)
    para(doc, "", indent=False)
    para(doc, A_MAINSEND, indent=False)
    for item in A_BODY:
        if item[0] == "p":
            para(doc, item[1])
        elif item[0] == "h1":
            para(doc, item[1], font=HEI)
        elif item[0] == "h2":
            p = para(doc, "")
            runs(p, [(item[1], KAI, 16, False), (item[2], FS, 16, False)])
        else:
            para(doc, item[1])
    para(doc, "")
    p = para(doc, "")
    runs(p, [(A_ATTACH_LINE, FS, 16, False)])
    para(doc, "")
    p = para(doc, A_SIGN, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, A_DATE_TXT, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    para(doc, A_PUBLIC)

    # 附件 page
    p = para(doc, "附件", font=HEI, indent=False)
    p.paragraph_format.page_break_before = True
    para(doc, "")
    para(doc, "“一带一路”数字贸易便利化试点任务分工表", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_after=8, line=None)
    t = doc.add_table(rows=1 + len(A_TABLE), cols=4)
    borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(A_TABLE_HDR):
        cell_text(t.rows[0].cells[j], h, font=HEI, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    for i, row in enumerate(A_TABLE):
        for j, v in enumerate(row):
            cell_text(t.rows[i + 1].cells[j], v, size=14, align=WD_ALIGN_PARAGRAPH.CENTER if j in (0, 3) else None)
    grid(t, (14, 66, 40, 36))
    para(doc, "")
    para(doc, "")
    # 版记
    black_rule_para(doc, A_CC, top=True, bottom=True)
    p = black_rule_para(doc, "", top=False, bottom=True)
    runs(p, [(A_PRINT[0], FS, 14, False), ("　　　　　　　　　　　　　", FS, 14, False), (A_PRINT[1], FS, 14, False)])
    doc.save(path)

    clauses = [A_BODY[0][1]]
    for item in A_BODY[1:]:
        if item[0] == "h2":
            clauses.append(item[1] + item[2])
        else:
            clauses.append(item[1])
    clauses += ["；".join(f"{h}：{v}" for h, v in zip(A_TABLE_HDR, row)) for row in A_TABLE]
    return {
        "meta": {
            "title": A_TITLE,
            "doc_number": A_DOCNO,
            "issuer": "浙江省商务厅",
            "date": "2024-05-20",
            "level": "provincial",
            "region": "浙江省",
            "effective": "2024-06-01",
            "expires": "2026-05-31",
        },
        "clauses": clauses,
        "_note": (
            "ONE document: the notice. Page 1 is the 发文稿纸 (draft-approval form, a bordered table). An analyst treats its fields as "
            "metadata/provenance, never as clauses: 文号 浙商务发〔2024〕37号 (= doc_number), 标题 (= title), 主送, 抄送, 附件 name, 密级 无, "
            "缓急 平件, 公开方式 主动公开, 签发 吴向东 5月18日 (签发 date, NOT the 成文 date), 会签/核稿/拟稿单位/拟稿人/拟稿日期 2024年5月15日 "
            "(NOT the document date), 印发份数 40份, 打字/校对/用印, OA流水号. None of the form's cells may become clauses, and the form must not "
            "become a second document or change the title/date (the date is the 成文 date under the 落款, 2024年5月20日, not 2024-05-15/05-18/05-21). "
            "Furniture in the notice: red 版头 浙江省商务厅文件, the 文号 line, the red rule, the title (manually broken over two lines — must be "
            "joined into one title), 主送 line, '附件：…' line, 落款 浙江省商务厅, date line, （此件主动公开）, the '附件' label and the table caption on "
            "the last page, the 版记 (抄送 line, 浙江省商务厅办公室 2024年5月21日印发), page numbers '— 1 —'..'— 3 —' (numbering restarts at 1 on the notice; the form page has none). The attached table rows are clauses "
            "(header：value；…). Tolerable: 一、 headings (which carry no text) kept as their own clause OR prefixed to the following (一) item; "
            "the 1./2. items kept separate OR folded into the preceding （二） item; table rows kept as one table clause if every cell survives; "
            "the two 施行/有效期 sentences split differently; issuer may read 浙江省商务厅 only (not 办公室). Not tolerable: title taken from the "
            "form (it is the same text, fine) with form-cell labels attached, 签发 name/date in any clause, the form's 抄送/主送 as clauses. "
            "Places: 舟山片区/宁波片区/杭州片区/金义片区, 宁波舟山港, 义乌; times: 试点期限 2024-06-01..2026-05-31, deadlines 2024-06-30, 2024年内, 2024年9月底."
        ),
    }


# ---------------------------------------------------------------------------
# (b) 厦门市人民政府 明传电报
# ---------------------------------------------------------------------------
B_TITLE = "厦门市人民政府关于切实做好台风“贝碧嘉”过后中国（福建）自由贸易试验区厦门片区港口复工和“一带一路”外贸企业纾困工作的紧急通知"
B_DOCNO = "厦府明电〔2024〕19号"
B_MAINSEND = "各区人民政府，市直各委、办、局，中国（福建）自由贸易试验区厦门片区管委会，各有关单位："
B_BODY = [
    ("p", "受第13号台风“贝碧嘉”影响，我市港口、物流和外贸企业生产经营受到较大冲击。为尽快恢复自贸片区港口作业秩序，稳住共建“一带一路”国家和地区外贸订单，经市政府同意，现就有关事项紧急通知如下："),
    ("p", "一、全力恢复港口作业。厦门港口管理局要会同海沧区、湖里区人民政府，于9月20日18时前完成海沧港区、东渡港区受损设施排查，9月22日前全面恢复集装箱码头作业。"),
    ("p", "二、保障中欧（厦门）班列畅通。厦门片区管委会、市商务局要协调铁路部门，优先安排滞留货物装车，确保9月底前中欧（厦门）班列恢复每周3列以上开行。"),
    ("p", "三、加大外贸企业纾困力度。"),
    ("p", "（一）对厦门片区内与共建“一带一路”国家开展贸易、因台风受损的企业，由所在区按规定给予一次性补助，补助申报截止时间为2024年10月31日。"),
    ("p", "（二）厦门海关对受灾企业进出口货物开辟“绿色通道”，实行“即查即放”。"),
    ("p", "四、及时报送情况。各区、各有关单位要明确专人负责，每日17时前将工作进展报市政府总值班室，重要情况随时报告。"),
]
B_SIGN = "厦门市人民政府"
B_DATE_TXT = "2024年9月17日"
B_CONTACT = "（联系人：市商务局　黄志斌，电话：0592-2851234）"
B_CC = "抄送：省政府办公厅，市委办公厅，市人大常委会办公厅，市政协办公厅，厦门海关，厦门港口管理局。"


def make_b(path):
    doc = Document()
    s = doc.sections[0]
    page_setup(s)
    s.top_margin = Mm(30)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    para(doc, "明　传　电　报", font=XBS, size=42, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=None, space_after=6)
    red_rule(doc)
    t = doc.add_table(rows=3, cols=4)
    borders(t, color="E60012", sz=8)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    data = [
        ("发电单位", "厦门市人民政府", "签批盘号", "（签批人：郑德平）"),
        ("等　　级", "特急·明电", "明电编号", B_DOCNO),
        ("发电时间", "2024年9月17日", "页　　数", "共2页"),
    ]
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v, font=FS if j % 2 else HEI, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    grid(t, (28, 50, 28, 50))
    para(doc, "", indent=False)
    para(doc, B_TITLE, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(35))
    para(doc, "", indent=False)
    para(doc, B_MAINSEND, indent=False)
    for kind, text in B_BODY:
        p = para(doc, "")
        # numbered heads in 黑体 for the 一、 lead-in up to the first 。
        if text[:2] in ("一、", "二、", "三、", "四、"):
            head, rest = text.split("。", 1) if "。" in text else (text, "")
            runs(p, [(head + "。", HEI, 16, False), (rest, FS, 16, False)])
        else:
            runs(p, [(text, FS, 16, False)])
    para(doc, "")
    para(doc, "")
    p = para(doc, B_SIGN, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, B_DATE_TXT, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    para(doc, B_CONTACT)
    para(doc, "")
    black_rule_para(doc, B_CC, top=True, bottom=True)
    doc.save(path)

    clauses = [text for _, text in B_BODY]
    return {
        "meta": {
            "title": B_TITLE,
            "doc_number": B_DOCNO,
            "issuer": "厦门市人民政府",
            "date": "2024-09-17",
            "level": "municipal",
            "region": "厦门市",
        },
        "clauses": clauses,
        "_note": (
            "ONE document. The 明电 header (red '明 传 电 报' and the red-bordered table) is metadata, never clauses: 发电单位 厦门市人民政府 "
            "(= issuer), 签批盘号 （签批人：郑德平）, 等级 特急·明电 (urgency), 明电编号 厦府明电〔2024〕19号 (= doc_number), 发电时间 2024年9月17日 "
            "(= date, same as the 落款 date), 页数 共2页. Furniture: title, 主送 line, 落款 厦门市人民政府, date line, （联系人…电话…） line, the "
            "抄送 版记 line, page numbers '— 1 —'. No effective/expires printed (an urgent notice; effective immediately is implicit, none expected). "
            "Clauses are the intro paragraph and the 一、…四、 paragraphs and the two （一）（二） items under 三、. Tolerable: '三、加大外贸企业纾困力度。' "
            "as its own clause or prefixed to （一）; issuer '厦门市人民政府' only (厦门市人民政府办公厅 would be wrong). Not tolerable: "
            "'发电单位'/'签批盘号'/'特急·明电'/'共2页' or the contact line as clause text; the date 2024-09-17 taken from anywhere else is fine as it agrees. "
            "Places: 厦门片区, 海沧区, 湖里区, 海沧港区, 东渡港区 (all in 厦门市, 福建省); times: 9月20日18时, 9月22日, 9月底, 2024-10-31 (申报截止), 每日17时."
        ),
    }


def to_pdf(docx_path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, docx_path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    exp = {}
    a = os.path.join(HERE, "blind83_zhejiang_fawengaozhi.docx")
    exp["blind83_zhejiang_fawengaozhi"] = [make_a(a)]
    b = os.path.join(HERE, "blind83_xiamen_mingdian.docx")
    exp["blind83_xiamen_mingdian"] = [make_b(b)]
    if "--no-pdf" not in sys.argv:
        to_pdf(a)
        to_pdf(b)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
