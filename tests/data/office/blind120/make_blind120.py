# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 120: what an FTZ service hall hands the public.

Writes, next to this script:
  blind120_wuhan_guide.docx / .pdf  -- 武汉片区管委会 办事指南（外商投资企业设立登记）, no 文号, no 落款,
                                       发布日期 line under the title, 申请材料 as a Word table, numbered
                                       办理流程 plus an arrow chain, 时限/收费/地点/电话 blocks, one 附件.
  blind120_hubei_qa.docx / .pdf     -- 湖北省商务厅 通知 印发《…外商投资政策问答（12问）》: full 公文 furniture,
                                       the 问答 as the 附件 under 一、准入政策 / 二、便利化措施, "1.问：" / "答：",
                                       answers with (1)(2) lists and one answer holding a small table.
  expected.json                     -- what a careful human reads from each file.
All numbers, addresses and phone numbers are fictional.
"""
import json
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
RED = RGBColor(0xFF, 0x00, 0x00)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SAN = 16  # 三号
ER = 22  # 二号
SI = 14  # 四号


# ---------------------------------------------------------------- helpers
def set_run_font(run, font, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), font)
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=True, exact=28.95, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(32) if indent else Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc, parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, exact=28.95, before=0, after=0):
    """parts: str or list of (text, font, size, bold, color)."""
    p = doc.add_paragraph()
    fmt(p, align, indent, exact, before, after)
    if isinstance(parts, str):
        parts = [(parts, FS, SAN, False, None)]
    for t in parts:
        t = tuple(t) + (None,) * (5 - len(t))
        text, font, size, bold, color = t
        set_run_font(p.add_run(text), font or FS, size or SAN, bool(bold), color)
    return p


def border(p, side, color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def add_field(p, instr, font=None, size=14):
    r1 = p.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._element.append(fc)
    r2 = p.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r2._element.append(it)
    r3 = p.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._element.append(fc)
    r4 = p.add_run("1")
    r5 = p.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._element.append(fc)
    for r in (r1, r2, r3, r4, r5):
        set_run_font(r, font or "宋体", size)


def page_footer(footer, align):
    p = footer.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = Pt(0)
    if align == WD_ALIGN_PARAGRAPH.RIGHT:
        p.paragraph_format.right_indent = Pt(14)
    else:
        p.paragraph_format.left_indent = Pt(14)
    set_run_font(p.add_run("— "), "宋体", SI)
    add_field(p, "PAGE", "宋体", SI)
    set_run_font(p.add_run(" —"), "宋体", SI)


def page_header(header, text):
    p = header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run_font(p.add_run(text), "宋体", 9)
    border(p, "bottom", color="000000", sz=4, space=1)


def setup(doc, header_text=None):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.header_distance, s.footer_distance = Cm(1.5), Cm(2.6)
    doc.settings.odd_and_even_pages_header_footer = True
    page_footer(s.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    page_footer(s.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)
    if header_text:
        page_header(s.header, header_text)
        page_header(s.even_page_header, header_text)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def red_masthead(doc, name, size, wenhao=None):
    for _ in range(2):
        fmt(doc.add_paragraph(), indent=False)
    p = para(doc, [(name, XBS, size, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=size * 1.3)
    fmt(doc.add_paragraph(), indent=False)
    if wenhao:
        p = para(doc, [(wenhao, FS, SAN)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    else:
        p = fmt(doc.add_paragraph(), indent=False, exact=10)
    border(p, "bottom", "FF0000", sz=18, space=4)
    fmt(doc.add_paragraph(), indent=False)


def title(doc, lines):
    for ln in lines:
        para(doc, [(ln, XBS, ER)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)


def h1(doc, t):
    return para(doc, [(t, HT, SAN)])


def h2(doc, t):
    return para(doc, [(t, KT, SAN)])


def body(doc, t):
    return para(doc, t)


def set_cell(cell, lines, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    if isinstance(lines, str):
        lines = [lines]
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        p.paragraph_format.first_line_indent = Pt(0)
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(size * 1.5)
        set_run_font(p.add_run(ln), font, size, bold)


def table(doc, header, rows, widths):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        set_cell(t.cell(0, j), h, HT, 12, False, WD_ALIGN_PARAGRAPH.CENTER)
    # repeat header row on each page
    trpr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trpr.append(th)
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.CENTER if j in (0, 2, 3) and len(header) == 6 else WD_ALIGN_PARAGRAPH.LEFT
            set_cell(t.cell(i, j), v, FS, 12, False, al)
    t.autofit = False
    grid = t._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j] * 567)))
    tblpr = t._tbl.tblPr
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblpr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths) * 567)))
    tw.set(qn("w:type"), "dxa")
    for j, w in enumerate(widths):
        for row in t.rows:
            row.cells[j].width = Cm(w)
    return t


def banji(doc, chaosong, yinfa_org, yinfa_date):
    fmt(doc.add_paragraph(), indent=False)
    p = para(doc, [("抄送：" + chaosong, FS, SI)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(0)
    border(p, "top", "000000", sz=8, space=2)
    border(p, "bottom", "000000", sz=4, space=2)
    p = para(doc, [(yinfa_org, FS, SI), ("\u3000" * 8, FS, SI), (yinfa_date + "印发", FS, SI)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "bottom", "000000", sz=8, space=2)


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ (a) 办事指南
GUIDE_ORG = "中国（湖北）自由贸易试验区武汉片区管理委员会"
GUIDE_TITLE = "外商投资企业设立登记办事指南"

BASIS = [
    "1.《中华人民共和国外商投资法》第三十一条、第三十四条；",
    "2.《中华人民共和国外商投资法实施条例》第三十七条；",
    "3.《中华人民共和国公司法》第二十九条；",
    "4.《中华人民共和国市场主体登记管理条例》第三条、第十六条；",
    "5.《中华人民共和国行政许可法》第四十二条。",
]
CONDITIONS = [
    "1.投资领域不属于《外商投资准入特别管理措施（负面清单）》《自由贸易试验区外商投资准入特别管理措施（负面清单）》禁止投资的领域；属于限制投资领域的，符合清单规定的股权要求、高级管理人员要求等限制性准入特别管理措施；",
    "2.拟设立企业的名称、住所、经营范围、注册资本、出资方式等符合法律、行政法规的规定，住所位于中国（湖北）自由贸易试验区武汉片区范围内；",
    "3.申请材料齐全、符合法定形式。",
]
MAT_HEADER = ["序号", "材料名称", "材料形式", "份数", "来源渠道", "备注"]
MAT_ROWS = [
    ["1", "公司登记（备案）申请书", "原件", "1", "申请人自备", ["由法定代表人签署"]],
    ["2", "公司章程", "原件", "1", "申请人自备", ["由全体股东签署"]],
    ["3", "外国投资者的主体资格证明或者自然人身份证明", "原件", "1", "境外公证机构出具",
     ["须经所在国公证机构公证并经我国驻该国使（领）馆认证；", "来自《取消外国公文书认证要求的公约》缔约国的，办理附加证明书即可"]],
    ["4", "法定代表人、董事、监事和经理的任职文件及身份证明", "复印件", "1", "申请人自备", ["核验原件"]],
    ["5", "住所（经营场所）使用证明", "复印件", "1", "产权单位提供", ["片区内实行住所申报承诺制的，可提交《住所申报承诺书》"]],
    ["6", "指定代表或者共同委托代理人授权委托书及被委托人身份证件", "原件", "1", "申请人自备", ["委托他人办理的提交"]],
]
PROCESS = [
    ("（一）申请。", "申请人通过湖北政务服务网“企业开办一网通办”专区在线提交申请，也可以到片区政务服务中心外资服务专窗现场提交。"),
    ("（二）受理。", "窗口工作人员对申请材料进行查验，材料齐全、符合法定形式的，当场受理并出具受理通知书；材料不齐全或者不符合法定形式的，一次性告知需要补正的全部内容。"),
    ("（三）审查。", "登记机关对申请材料进行形式审查，重点核查外国投资者主体资格文件及负面清单相关事项。"),
    ("（四）决定。", "准予登记的，核发营业执照；不予登记的，出具《登记驳回通知书》并说明理由。"),
    ("（五）送达。", "营业执照可以在窗口领取，也可以选择免费邮寄送达；电子营业执照同步发放。"),
]
ARROW = "申请→受理→审查→决定→送达"


def make_guide():
    doc = Document()
    setup(doc, header_text="中国（湖北）自由贸易试验区武汉片区政务服务事项办事指南")
    red_masthead(doc, GUIDE_ORG, 19)
    title(doc, [GUIDE_TITLE])
    para(doc, [("发布日期：2024年3月18日", KT, SAN)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    fmt(doc.add_paragraph(), indent=False)

    h1(doc, "一、事项名称")
    body(doc, "外商投资企业设立登记")
    h1(doc, "二、事项类型")
    body(doc, "行政许可（事项编码：11420100MB1C23456X4000117002）")
    h1(doc, "三、实施主体")
    body(doc, "武汉东湖新技术开发区市场监督管理局（受中国（湖北）自由贸易试验区武汉片区管理委员会委托，在片区政务服务中心集中办理）")
    h1(doc, "四、设定依据")
    for b in BASIS:
        body(doc, b)
    h1(doc, "五、受理条件")
    for c in CONDITIONS:
        body(doc, c)
    h1(doc, "六、申请材料")
    body(doc, "申请人应当提交下列材料（外文材料须附中文译本，并由翻译机构加盖翻译专用章）：")
    table(doc, MAT_HEADER, MAT_ROWS, [1.2, 5.0, 1.8, 1.2, 2.6, 4.0])
    h1(doc, "七、办理流程")
    for lab, txt in PROCESS:
        para(doc, [(lab, KT, SAN), (txt, FS, SAN)])
    body(doc, "流程简图：" + ARROW)
    h1(doc, "八、办理时限")
    para(doc, [("（一）法定时限：", KT, SAN), ("20个工作日。", FS, SAN)])
    para(doc, [("（二）承诺时限：", KT, SAN), ("3个工作日（自受理之日起计算，不含申请人补正材料时间）。", FS, SAN)])
    h1(doc, "九、收费标准")
    body(doc, "不收费。")
    h1(doc, "十、办理地点和办公时间")
    para(doc, [("（一）办理地点：", KT, SAN), ("武汉市东湖新技术开发区光谷大道77号 武汉片区政务服务中心一楼外资服务专窗（B区08—10号窗口）。", FS, SAN)])
    para(doc, [("（二）办公时间：", KT, SAN), ("周一至周五 上午9:00—12:00，下午13:30—17:00（法定节假日除外）。", FS, SAN)])
    h1(doc, "十一、咨询和监督投诉")
    para(doc, [("（一）咨询电话：", KT, SAN), ("027-67885120", FS, SAN)])
    para(doc, [("（二）监督投诉电话：", KT, SAN), ("027-67885199；12345政务服务便民热线", FS, SAN)])
    fmt(doc.add_paragraph(), indent=False)
    body(doc, "附件：外商投资信息报告填报说明")

    page_break(doc)
    para(doc, [("附件", HT, SAN)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    fmt(doc.add_paragraph(), indent=False)
    title(doc, ["外商投资信息报告填报说明"])
    fmt(doc.add_paragraph(), indent=False)
    body(doc, "一、外国投资者在片区设立外商投资企业的，在办理设立登记时通过企业登记系统一并报送初始报告，无需另行向商务主管部门报送。")
    body(doc, "二、外商投资企业应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送上一年度的年度报告。")
    body(doc, "三、初始报告内容发生变更的，应当在变更事项发生后20个工作日内报送变更报告；填报中有疑问的，可拨打片区外资服务专线027-67885136咨询。")

    out = HERE / "blind120_wuhan_guide.docx"
    doc.save(out)
    return out


GUIDE_EXPECTED = [{
    "meta": {
        "title": GUIDE_TITLE,
        "doc_number": None,
        "issuer": [GUIDE_ORG],
        "date": "2024-03-18",
        "date_kind": "发布日期 (the only date printed; no 成文日期, no 落款)",
        "level": "municipal",
        "region": "湖北省武汉市（中国（湖北）自由贸易试验区武汉片区）",
        "effective": None,
        "expires": None,
        "attachments": ["外商投资信息报告填报说明"],
        "doc_type": "办事指南",
    },
    "clauses": [
        "一、事项名称：外商投资企业设立登记",
        "二、事项类型：行政许可（事项编码：11420100MB1C23456X4000117002）",
        "三、实施主体：武汉东湖新技术开发区市场监督管理局（受中国（湖北）自由贸易试验区武汉片区管理委员会委托，在片区政务服务中心集中办理）",
        *["四、设定依据 " + b for b in BASIS],
        *["五、受理条件 " + c for c in CONDITIONS],
        "六、申请材料：申请人应当提交下列材料（外文材料须附中文译本，并由翻译机构加盖翻译专用章）：",
        *["；".join(f"{h}：{v if isinstance(v, str) else ''.join(v)}" for h, v in zip(MAT_HEADER, r)) for r in MAT_ROWS],
        *["七、办理流程 " + a + b for a, b in PROCESS],
        "流程简图：" + ARROW,
        "八、办理时限 （一）法定时限：20个工作日。",
        "八、办理时限 （二）承诺时限：3个工作日（自受理之日起计算，不含申请人补正材料时间）。",
        "九、收费标准：不收费。",
        "十、办理地点和办公时间 （一）办理地点：武汉市东湖新技术开发区光谷大道77号 武汉片区政务服务中心一楼外资服务专窗（B区08—10号窗口）。",
        "十、办理地点和办公时间 （二）办公时间：周一至周五 上午9:00—12:00，下午13:30—17:00（法定节假日除外）。",
        "十一、咨询和监督投诉 （一）咨询电话：027-67885120",
        "十一、咨询和监督投诉 （二）监督投诉电话：027-67885199；12345政务服务便民热线",
        "[附件 外商投资信息报告填报说明] 一、外国投资者在片区设立外商投资企业的，在办理设立登记时通过企业登记系统一并报送初始报告，无需另行向商务主管部门报送。",
        "[附件] 二、外商投资企业应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送上一年度的年度报告。",
        "[附件] 三、初始报告内容发生变更的，应当在变更事项发生后20个工作日内报送变更报告；填报中有疑问的，可拨打片区外资服务专线027-67885136咨询。",
    ],
    "_note": (
        "Furniture, never clauses: the red masthead (管委会 name), the red rule, the running page header "
        "'中国（湖北）自由贸易试验区武汉片区政务服务事项办事指南', the footer page numbers '— N —', the 发布日期 line "
        "(it is metadata: date 2024-03-18), the 附件说明 line '附件：外商投资信息报告填报说明' (metadata: attachments), "
        "the word '附件' and the attachment title on the attachment page. There is NO 文号 (doc_number must be empty, "
        "not the 事项编码 11420100MB1C23456X4000117002 and not a phone number) and NO 落款: issuer can only come from "
        "the masthead; the date can only come from 发布日期. The heading prefixes in the clause list (e.g. '一、事项名称') "
        "show context; tolerable: headings kept as their own heading items with the value paragraph as the next clause, "
        "or the value merged with its heading. Not tolerable: a heading's one-line value (e.g. '不收费。', '外商投资企业设立登记', "
        "the phone numbers) lost or glued to the next heading's content. Table: 6 data rows as 'header：value；…' — "
        "row 3's 备注 cell has two lines which must stay in row 3 (joined with or without a line break); in the PDF row 3 breaks across pages 2–3 (its second 备注 line lands under the repeated header row on page 3) — the continuation must be rejoined to row 3, not read as a new row 7 or as a stray paragraph. The '行政许可（事项编码：…）' line is justified in the file, so the PDF spreads it out ('行 政 许 可 （ 事 项 编 码 ：'); spaces inside it should be removed. The arrow chain "
        "'申请→受理→审查→决定→送达' is one clause (merged with （五）送达 is tolerable, lost is not). "
        "The 时限 items must keep both numbers distinct: 法定 20 个工作日, 承诺 3 个工作日. level: the 片区管委会 "
        "sits under 武汉市 — municipal (county tolerable? no: not a 区县 organ, but '武汉东湖新技术开发区' mention may pull it; "
        "provincial is wrong). region 湖北省武汉市 / 武汉片区; applies_to should be the 武汉片区 (or 武汉市), not all of 湖北 "
        "and not national just because national laws are cited. effective/expires: nothing printed — empty; taking 发布日期 "
        "as effective is tolerable. The PDF (same stem) should read the same; the PDF adds only line-wrapping and page "
        "numbers, which must not leak into clauses."
    ),
}]


# ================================================================ (b) 政策问答
QA_ORG = "湖北省商务厅"
QA_NO = "鄂商务发〔2024〕18号"
QA_TITLE = "湖北省商务厅关于印发《中国（湖北）自由贸易试验区外商投资政策问答（12问）》的通知"
QA_ATT = "中国（湖北）自由贸易试验区外商投资政策问答（12问）"
QA_MAIN = "各市、州、直管市、神农架林区商务主管部门，中国（湖北）自由贸易试验区武汉、襄阳、宜昌片区管委会："
QA_BODY = [
    "为贯彻落实《国务院关于进一步优化外商投资环境 加大吸引外商投资力度的意见》，帮助外国投资者和外商投资企业准确了解中国（湖北）自由贸易试验区外商投资政策，省商务厅会同省市场监管局、国家外汇管理局湖北省分局等单位编制了《中国（湖北）自由贸易试验区外商投资政策问答（12问）》，现印发给你们，请结合实际做好宣传解读和咨询服务工作。",
    "各片区管委会要在政务服务中心外资服务专窗摆放纸质问答，并于2024年4月30日前在门户网站发布。执行中遇到的问题，请及时反馈省商务厅外国投资管理处（联系电话：027-87235418）。",
    "本通知自印发之日起施行，有效期至2026年12月31日。",
]

# (section heading, [ (num, question, answer_parts) ])
# answer_parts: list of str (paragraphs) or ("table", header, rows)
QA = [
    ("一、准入政策", [
        ("1", "外国投资者在湖北自贸试验区投资，适用哪一份负面清单？",
         ["答：自贸试验区内的外商投资适用《自由贸易试验区外商投资准入特别管理措施（负面清单）（2021年版）》，该清单列明特别管理措施27条；清单之外的领域，按照内外资一致原则实施管理。"]),
        ("2", "在片区设立外商投资企业，还需要到商务部门办理审批或者备案吗？",
         ["答：不需要。负面清单以外领域的外商投资企业设立及变更，商务主管部门不再办理审批或者备案。外国投资者或者外商投资企业在办理设立登记时，通过企业登记系统一并报送初始报告，信息由市场监管部门推送至商务主管部门。"]),
        ("3", "投资负面清单限制类领域，需要满足哪些条件？",
         ["答：应当符合负面清单规定的限制性准入特别管理措施，主要包括：",
          "(1)股权要求。清单规定中方控股或者外资股比上限的，外国投资者持股比例不得超过规定比例；",
          "(2)高级管理人员要求。清单对法定代表人、主要负责人国籍有要求的，应当按照要求任职；",
          "(3)审批要求。涉及行业主管部门许可的，应当先取得相关许可。",
          "负面清单禁止投资的领域，外国投资者不得投资。"]),
        ("4", "境外投资者用在湖北取得的利润再投资，能享受什么税收政策？",
         ["答：境外投资者以其从中国境内居民企业分配的利润直接投资于非禁止外商投资的项目和领域，符合条件的，实行递延纳税政策，暂不征收预提所得税。境外投资者应当在利润支付前向利润分配企业提供相关信息，由利润分配企业向主管税务机关备案。"]),
        ("5", "外商投资企业进口自用设备，怎样申请免征关税？",
         ["答：属于《鼓励外商投资产业目录》的项目，在投资总额内进口的自用设备，除《外商投资项目不予免税的进口商品目录》所列商品外，免征关税。企业应当向省商务厅申请出具《国家鼓励发展的内外资项目确认书》，材料齐全的，省商务厅自受理之日起10个工作日内出具确认书。"]),
        ("6", "湖北自贸试验区在扩大服务业开放方面有哪些先行先试举措？",
         ["答：主要有以下几项：",
          "（1）支持外商投资企业在武汉片区设立独资或者合资的职业技能培训机构，审批时限压缩至10个工作日；",
          "（2）允许在宜昌片区注册的外商投资旅行社从事除台湾地区以外的出境旅游业务，首批试点不超过3家；",
          "（3）支持襄阳片区外商投资企业开展汽车零部件保税再制造业务。"]),
    ]),
    ("二、便利化措施", [
        ("7", "在武汉片区设立外商投资企业，多长时间可以领取营业执照？",
         ["答：外商投资企业设立登记的法定时限为20个工作日，武汉片区承诺3个工作日办结。片区主要涉外事项的办理时限如下：",
          ("table", ["事项", "法定时限", "片区承诺时限"], [
              ["外商投资企业设立登记", "20个工作日", "3个工作日"],
              ["外商投资企业变更登记", "20个工作日", "2个工作日"],
              ["境外投资项目备案", "7个工作日", "5个工作日"],
              ["企业境外投资备案（商务）", "3个工作日", "2个工作日"],
          ]),
          "注：承诺时限自受理之日起计算，不含申请人补正材料的时间。"]),
        ("8", "外籍人员到片区企业工作，如何申请工作许可？",
         ["答：用人单位通过外国人来华工作管理服务系统在线申请《外国人工作许可证》。片区对A类外国高端人才实行“告知+承诺”、容缺受理，审批时限由法定的10个工作日压缩至5个工作日；外籍人员持工作许可通知办理工作类签证入境后，应当在入境后15日内申领工作许可证。"]),
        ("9", "外商投资企业的外汇资本金可以意愿结汇吗？",
         ["答：可以。外商投资企业外汇资本金实行意愿结汇，结汇所得人民币资金纳入结汇待支付账户管理。符合条件的企业可以使用资本项目收入支付便利化政策，凭《资本项目收入支付便利化业务支付命令函》在银行直接办理境内支付，无需事前逐笔提供真实性证明材料。"]),
        ("10", "外国投资者的身份证明文件还需要办理领事认证吗？",
         ["答：自2023年11月7日起，《取消外国公文书认证要求的公约》对我国生效。来自公约缔约国的公文书，只需办理该国主管机关签发的附加证明书，不再办理我国驻外使领馆的领事认证；来自非缔约国的，仍须办理公证和领事认证。"]),
        ("11", "外商投资企业在经营中遇到问题，可以通过哪些渠道反映？",
         ["答：可以通过以下渠道反映：",
          "(1)向湖北省外商投资企业投诉中心（设在省商务厅）提出投诉，投诉电话027-87235466；投诉中心在收到投诉材料之日起7个工作日内作出是否受理的决定，受理后一般在60个工作日内办结；",
          "(2)联系所在片区的外资企业服务专员，武汉片区服务专员电话027-67885136；",
          "(3)拨打12345政务服务便民热线。"]),
        ("12", "外商投资企业能否平等参与政府采购和标准制定？",
         ["答：能。外商投资企业在中国境内生产的产品、提供的服务，依法平等参与政府采购活动。外商投资企业可以依法平等参与国家标准、行业标准、地方标准和团体标准的制定、修订工作，省市场监管局在地方标准立项时向外商投资企业公开征求意见，征求意见期一般不少于30日。"]),
    ]),
]
QA_CC = "商务部外国投资管理司，省发展改革委、省市场监管局、省人力资源社会保障厅、国家外汇管理局湖北省分局、武汉海关。"


def make_qa():
    doc = Document()
    setup(doc)
    red_masthead(doc, "湖北省商务厅文件", 36, QA_NO)
    title(doc, ["湖北省商务厅关于印发《中国（湖北）", "自由贸易试验区外商投资政策问答", "（12问）》的通知"])
    fmt(doc.add_paragraph(), indent=False)
    para(doc, QA_MAIN, indent=False)
    for b in QA_BODY:
        body(doc, b)
    fmt(doc.add_paragraph(), indent=False)
    p = para(doc, "附件：" + QA_ATT)
    fmt(doc.add_paragraph(), indent=False)
    fmt(doc.add_paragraph(), indent=False)
    fmt(doc.add_paragraph(), indent=False)
    p = para(doc, QA_ORG, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2024年4月8日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    fmt(doc.add_paragraph(), indent=False)
    body(doc, "（此件公开发布）")

    page_break(doc)
    para(doc, [("附件", HT, SAN)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    fmt(doc.add_paragraph(), indent=False)
    title(doc, ["中国（湖北）自由贸易试验区", "外商投资政策问答（12问）"])
    fmt(doc.add_paragraph(), indent=False)
    for head, items in QA:
        h1(doc, head)
        for num, q, parts in items:
            para(doc, [(f"{num}.问：", HT, SAN), (q, FS, SAN, True)])
            for part in parts:
                if isinstance(part, tuple):
                    _, hd, rows = part
                    table(doc, hd, rows, [6.5, 4.0, 4.0])
                elif part.startswith("答："):
                    para(doc, [("答：", HT, SAN), (part[2:], FS, SAN)])
                else:
                    body(doc, part)
    banji(doc, QA_CC, "湖北省商务厅办公室", "2024年4月8日")

    out = HERE / "blind120_hubei_qa.docx"
    doc.save(out)
    return out


def qa_clauses():
    out = []
    for head, items in QA:
        for num, q, parts in items:
            texts = []
            rows = []
            for part in parts:
                if isinstance(part, tuple):
                    _, hd, rs = part
                    rows += ["；".join(f"{h}：{v}" for h, v in zip(hd, r)) for r in rs]
                else:
                    texts.append(part)
            out.append(f"[{head}] {num}.问：{q} " + "".join(texts))
            out += [f"[{head} {num}. table row] " + r for r in rows]
    return out


QA_EXPECTED = [{
    "meta": {
        "title": QA_TITLE,
        "doc_number": QA_NO,
        "issuer": [QA_ORG],
        "date": "2024-04-08",
        "level": "provincial",
        "region": "湖北省",
        "effective": "2024-04-08",
        "expires": "2026-12-31",
        "attachments": [QA_ATT],
        "addressees": QA_MAIN.rstrip("："),
        "publicity": "此件公开发布",
    },
    "clauses": [
        *QA_BODY,
        *qa_clauses(),
    ],
    "answers": {
        f"{num}.问：{q}": f"the clause '[{head}] {num}.问：… 答：…' (its 答 paragraph{' and its list items' if len(parts) > 1 else ''}{' and the 4 table rows' if any(isinstance(p, tuple) for p in parts) else ''})"
        for head, items in QA for num, q, parts in items
    },
    "_note": (
        "Furniture, never clauses: masthead '湖北省商务厅文件', 文号 line, red rule, 主送 line (metadata), 附件说明 line "
        "(metadata: attachments), 落款 '湖北省商务厅' and date (metadata), '（此件公开发布）' (附注, metadata), the page-number "
        "footers '— N —', the '附件' marker and the attachment's two-line title, and the 版记 (抄送：… and '湖北省商务厅办公室 "
        "2024年4月8日印发'). The title is split over three lines in the file and must be rejoined without a stray space. "
        "The 问答 is the 附件 of the 通知: keeping it in the same document is expected; a separate document for the 附件 "
        "(title '中国（湖北）自由贸易试验区外商投资政策问答（12问）', same issuer/date, provincial, 湖北省) is tolerable. "
        "Each 问 should be answerable by its 答: best is one clause per Q&A ('N.问：…？答：…'); tolerable is the 问 as a "
        "heading/parent and the 答 (with its (1)(2)/（1）（2） items) as child clauses that carry or link to the 问, and "
        "list items split off as their own clauses as long as they stay under the right 问. Not tolerable: a 答 glued to "
        "the next 问, a 答 separated from its 问 with no link, the (1)(2) items attached to the wrong question, or the "
        "question numbering '1.' '2.' confused with list items. Q7's table rows (4 rows, '事项：…；法定时限：…；片区承诺时限：…') "
        "belong to Q7; the '注：承诺时限自受理之日起计算…' after the table belongs to Q7 too. Section headings '一、准入政策' "
        "'二、便利化措施' are headings, not clauses. Body clause 3 carries effective/expires (印发之日 2024-04-08 → "
        "2026-12-31). applies_to: the body is 湖北省-wide (addressees are all 市州 and the 3 片区); Q6 items name 武汉片区 / "
        "宜昌片区 / 襄阳片区 separately — per-item applies_to of those 片区 is ideal, 湖北自贸试验区 or 湖北省 tolerable; "
        "Q7 is about 武汉片区 (湖北省 tolerable). Not tolerable: national just because 国家标准/商务部 are mentioned."
    ),
}]


def main():
    g = make_guide()
    q = make_qa()
    for f in (g, q):
        to_pdf(f)
    exp = {"blind120_wuhan_guide": GUIDE_EXPECTED, "blind120_hubei_qa": QA_EXPECTED}
    (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2), encoding="utf-8")
    print("wrote", g.name, q.name, "+ PDFs + expected.json")


if __name__ == "__main__":
    main()
