# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 718: 自贸片区 外商投资企业 设立/变更登记 一次性告知单 (table layout)."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


# ---------------------------------------------------------------- helpers
def set_run_font(run, name, size=None, bold=None, color=None, ascii_name=None):
    run.font.name = ascii_name or name
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    rFonts.set(qn("w:eastAsia"), name)
    rFonts.set(qn("w:ascii"), ascii_name or name)
    rFonts.set(qn("w:hAnsi"), ascii_name or name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = RGBColor(*color)


def add_run(p, text, font=FS, size=16, bold=None, ascii_name="Times New Roman"):
    r = p.add_run(text)
    set_run_font(r, font, size, bold, ascii_name=ascii_name)
    return r


def fmt_para(p, align=None, first_indent=None, line=None, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if line is not None:
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def base_document():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    return doc


def add_field(p, instr, font=FS, size=14):
    r = p.add_run()
    set_run_font(r, font, size, ascii_name="Times New Roman")
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._element.append(b)
    r2 = p.add_run()
    set_run_font(r2, font, size, ascii_name="Times New Roman")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2._element.append(it)
    r3 = p.add_run()
    set_run_font(r3, font, size, ascii_name="Times New Roman")
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r3._element.append(s)
    r4 = p.add_run("1")
    set_run_font(r4, font, size, ascii_name="Times New Roman")
    r5 = p.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r5._element.append(e)


def set_cell_width(cell, cm):
    cell.width = Cm(cm)


def apply_widths(table, widths):
    """Fixed layout: grid columns and every tc (respecting gridSpan)."""
    tbl = table._tbl
    tblPr = tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for tr in tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            w = sum(widths[col:col + span])
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = OxmlElement("w:tcW")
                tcPr.insert(0, tcW)
            tcW.set(qn("w:w"), str(int(w * 567)))
            tcW.set(qn("w:type"), "dxa")
            col += span


def set_table_borders(table, val="single", sz=4):
    tbl = table._tbl
    tblPr = tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:%s" % edge)
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000" if val != "nil" else "auto")
        borders.append(el)
    tblPr.append(borders)


def cell_text(cell, lines, font=FS, size=12, bold=None, align=None, soft_breaks=False, line=20):
    """Write lines into a cell: separate paragraphs, or one paragraph with soft breaks."""
    p = cell.paragraphs[0]
    if soft_breaks:
        for i, ln in enumerate(lines):
            r = add_run(p, ln, font, size, bold)
            if i < len(lines) - 1:
                r.add_break()
        fmt_para(p, align=align, line=line)
        return
    for i, ln in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        add_run(p, ln, font, size, bold)
        fmt_para(p, align=align, line=line)


class Recorder:
    def __init__(self):
        self.docs = []

    def start(self, meta):
        self.docs.append({"meta": meta, "clauses": []})

    def add(self, text):
        self.docs[-1]["clauses"].append(text)


def body_para(doc, rec, text, runin=None, clause=True, runin_font=HT):
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=32, line=28)
    if runin:
        add_run(p, runin, runin_font, 16, bold=(runin_font == FS))
    add_run(p, text, FS, 16)
    if clause:
        rec.add((runin or "") + text)
    return p


def empty_para(doc, size=16):
    p = doc.add_paragraph()
    fmt_para(p, line=28)
    r = p.add_run("")
    set_run_font(r, FS, size)
    return p


# ------------------------------------------------------- Word auto numbering
def new_decimal_num(doc):
    """Create a fresh abstractNum ("1.") + num; return numId."""
    numbering = doc.part.numbering_part.element
    existing_abs = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    existing_num = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    abs_id = max(existing_abs + [0]) + 10
    num_id = max(existing_num + [0]) + 10
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), FS)
    rpr.append(rf)
    lvl.append(rpr)
    absn.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(abs_id))
    num.append(an)
    numbering.append(num)
    return num_id


def auto_num_para(doc, rec, num_id, idx, text):
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, line=28)
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    pPr.insert(0, numPr)
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    pPr.append(ind)
    add_run(p, text, FS, 16)
    rec.add("%d.%s" % (idx, text))


# ---------------------------------------------------------------- tables
def materials_table(cell, header, rows, rec, widths, size=10.5):
    t = cell.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    set_table_borders(t)
    for j, h in enumerate(header):
        c = t.rows[0].cells[j]
        cell_text(c, [h], HT, size, align=WD_ALIGN_PARAGRAPH.CENTER, line=16)
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.rows[i + 1].cells[j]
            al = WD_ALIGN_PARAGRAPH.CENTER if j in (0, 2, 3) else WD_ALIGN_PARAGRAPH.LEFT
            cell_text(c, [v], FS, size, align=al, line=16)
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        rec.add("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    apply_widths(t, widths)
    # drop the leading empty paragraph that preceded the nested table
    first = cell.paragraphs[0]
    if not first.text and first._p.getnext() is not None and first._p.getnext().tag == qn("w:tbl"):
        first._p.getparent().remove(first._p)
    return t


def form_table(doc, rec, spec, widths, title_row=None, label_font=HT):
    """spec items:
    ("kv", label, [lines], soft)          value cell spans columns 1..3
    ("kv4", l1, v1, l2, v2)                four cells
    ("mat", label, header, rows, widths)   nested materials table
    """
    nrows = len(spec) + (1 if title_row else 0)
    t = doc.add_table(rows=nrows, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(t, sz=6)
    ri = 0
    if title_row:
        row = t.rows[0]
        c = row.cells[0].merge(row.cells[3])
        cell_text(c, title_row, XBS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, soft_breaks=True)
        c.paragraphs[0].paragraph_format.space_before = Pt(6)
        c.paragraphs[0].paragraph_format.space_after = Pt(6)
        c.paragraphs[0].paragraph_format.line_spacing = Pt(26)
        ri = 1
    for item in spec:
        row = t.rows[ri]
        ri += 1
        kind = item[0]
        if kind == "kv4":
            _, l1, v1, l2, v2 = item
            cell_text(row.cells[0], [l1], label_font, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(row.cells[1], [v1], FS, 12)
            cell_text(row.cells[2], [l2], label_font, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(row.cells[3], [v2], FS, 12)
            for c in row.cells:
                c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            rec.add("%s：%s；%s：%s" % (l1, v1, l2, v2))
            continue
        label = item[1]
        lc = row.cells[0]
        cell_text(lc, [label], label_font, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
        lc.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        vc = row.cells[1].merge(row.cells[3])
        vc.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        if kind == "kv":
            lines, soft = item[2], item[3]
            cell_text(vc, lines, FS, 12,
                      align=WD_ALIGN_PARAGRAPH.LEFT if soft else WD_ALIGN_PARAGRAPH.JUSTIFY,
                      soft_breaks=soft)
            rec.add("%s：%s" % (label, "".join(lines)))
        elif kind == "mat":
            _, _, header, rows, mw = item
            materials_table(vc, header, rows, rec, mw)
    apply_widths(t, widths)
    return t


def signoff_manual(doc, org, date_text, org_pad, date_pad):
    """落款 aligned with typed spaces (office habit)."""
    p = doc.add_paragraph()
    fmt_para(p, line=28)
    add_run(p, "\u3000" * org_pad + org, FS, 16)
    p = doc.add_paragraph()
    fmt_para(p, line=28)
    add_run(p, "\u3000" * date_pad + date_text, FS, 16)


def signoff_table(doc, org, date_text):
    """落款 in a borderless layout table."""
    t = doc.add_table(rows=2, cols=2)
    set_table_borders(t, val="nil", sz=0)
    for i, txt in enumerate((org, date_text)):
        c = t.rows[i].cells[1]
        cell_text(c, [txt], FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    apply_widths(t, [6.0, 9.6])
    return t


def page_break(doc):
    p = doc.add_paragraph()
    r = p.add_run()
    r.add_break(WD_BREAK.PAGE)
    return p


def footer_dash(doc):
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(p, "— ", FS, 14)
    add_field(p, "PAGE")
    add_run(p, " —", FS, 14)


def footer_of(doc):
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(p, "第 ", FS, 10.5)
    add_field(p, "PAGE", size=10.5)
    add_run(p, " 页 共 ", FS, 10.5)
    add_field(p, "NUMPAGES", size=10.5)
    add_run(p, " 页", FS, 10.5)


def meta(title, issuer, date, region, effective=None, attachments=None, repeals=None):
    return {
        "title": title,
        "doc_number": None,
        "issuer": issuer,
        "date": date,
        "published": None,
        "level": "zone",
        "region": region,
        "effective": effective,
        "expires": None,
        "attachments": attachments or [],
        "doc_type": "告知单",
        "recipients": [],
        "publicity": None,
        "repeals": repeals,
    }


# ================================================================ NANSHA
NS_REGION = "中国（广东）自由贸易试验区广州南沙新区片区"
NS_ORG = "广州市南沙区政务服务中心"
NS_WIDTHS = [2.2, 5.6, 2.2, 5.6]
NS_MAT_HEADER = ["序号", "材料名称", "份数", "材料形式", "备注"]
NS_MAT_W = [1.1, 3.4, 1.1, 3.2, 3.6]


def nansha_title(doc, second_line, page_break_before=False):
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=30)
    if page_break_before:
        p.paragraph_format.page_break_before = True
    r = add_run(p, NS_REGION, XBS, 18, ascii_name=XBS)
    r.add_break()  # soft line break inside the title
    add_run(p, second_line, XBS, 18, ascii_name=XBS)
    empty_para(doc)


def build_nansha():
    doc = base_document()
    footer_dash(doc)
    rec = Recorder()

    # ---------------- 设立登记
    rec.start(meta(NS_REGION + "外商投资企业设立登记一次性告知单", [NS_ORG], "2025-03-20", NS_REGION,
                   effective="2025-04-01",
                   repeals="南沙片区外商投资企业设立登记一次性告知单（2023年版）"))
    nansha_title(doc, "外商投资企业设立登记一次性告知单")
    body_para(doc, rec, "为进一步优化外商投资环境，提高外商投资企业登记便利化水平，根据《中华人民共和国外商投资法》"
                        "《中华人民共和国市场主体登记管理条例》等有关规定，现将外商投资企业设立登记有关事项一次性告知如下。")
    spec = [
        ("kv", "事项名称", ["外商投资企业设立登记（含外商投资的有限责任公司、股份有限公司、合伙企业及其分支机构）"], False),
        ("kv", "事项类型", ["行政许可"], False),
        ("kv", "实施主体", ["广州市南沙区市场监督管理局"], False),
        ("kv", "办理依据", [
            "1.《中华人民共和国外商投资法》；",
            "2.《中华人民共和国外商投资法实施条例》（国务院令第723号）；",
            "3.《中华人民共和国公司法》；",
            "4.《中华人民共和国市场主体登记管理条例》（国务院令第746号）；",
            "5.《中华人民共和国市场主体登记管理条例实施细则》（国家市场监督管理总局令第52号）；",
            "6.《外商投资信息报告办法》（商务部、市场监管总局令2019年第2号）。",
        ], False),
        ("kv", "申请条件", [
            "（一）外国投资者投资的行业、领域不属于《外商投资准入特别管理措施（负面清单）（2024年版）》禁止投资的领域；"
            "投资负面清单限制投资领域的，符合负面清单规定的股权要求、高级管理人员要求等准入特别管理措施；",
            "（二）拟设立企业的名称、住所、经营范围、注册资本（出资额）等登记事项符合法律、行政法规规定；",
            "（三）法律、行政法规规定设立企业须经批准的，已取得有关批准文件；",
            "（四）申请材料齐全、符合法定形式。",
        ], False),
        ("mat", "申请材料", NS_MAT_HEADER, [
            ["1", "《公司登记（备案）申请书》", "1份", "原件☑ 复印件☐", "由全体股东签署；通过“粤商通”全程网办的，可在线电子签名"],
            ["2", "公司章程", "1份", "原件☑ 复印件☐", "由全体股东签署"],
            ["3", "外国投资者主体资格证明或者身份证明", "1份", "原件☑ 复印件☐",
             "应当经所在国家公证机关公证并经我国驻该国使（领）馆认证，或者办理附加证明书"],
            ["4", "法定代表人、董事、监事和经理的任职文件", "1份", "原件☑ 复印件☐", "股东会决议、董事会决议或者委派书"],
            ["5", "法定代表人、董事、监事和经理的身份证明", "1份", "原件☐ 复印件☑", "现场办理的，核对原件"],
            ["6", "住所使用证明", "1份", "原件☐ 复印件☑",
             "自有房产提交产权证明；租赁房屋提交租赁协议和产权证明；使用集中登记地的，提交托管协议"],
            ["7", "法律文件送达授权委托书", "1份", "原件☑ 复印件☐", "外国投资者应当指定境内法律文件送达接受人"],
            ["8", "委托代理人身份证明及授权委托书", "1份", "原件☑ 复印件☐", "委托他人代为办理的提交"],
            ["9", "前置审批文件或者许可证件", "1份", "原件☐ 复印件☑", "经营范围涉及法律、行政法规规定须经批准项目的提交"],
        ], NS_MAT_W),
        ("kv", "办理时限", ["法定时限：3个工作日；承诺时限：申请材料齐全、符合法定形式的，即时办结（全程网办的，0.5个工作日内办结）。"], False),
        ("kv", "收费标准", ["不收费"], False),
        ("kv", "办理地点", ["广州市南沙区环市大道南2号南沙区政务服务中心一楼商事登记区"], False),
        ("kv", "办理窗口", ["A区7—12号窗口（外商投资企业登记专窗）"], False),
        ("kv", "办公时间", ["周一至周五上午9:00—12:00，下午13:30—17:30（法定节假日除外）"], False),
        ("kv4", "咨询电话", "020-39078615", "监督电话", "020-39078600"),
    ]
    form_table(doc, rec, spec, NS_WIDTHS)
    empty_para(doc)
    p = doc.add_paragraph()
    fmt_para(p, first_indent=32, line=28)
    add_run(p, "办理流程", HT, 16)
    for t in [
        "1.申请。申请人可通过广东政务服务网或者“粤商通”企业开办一网通办平台在线申请，也可到南沙区政务服务中心现场申请。",
        "2.受理。窗口工作人员当场核对申请材料，材料齐全、符合法定形式的，予以受理；材料不齐全或者不符合法定形式的，一次性告知申请人需要补正的全部内容。",
        "3.审查决定。登记机关对申请材料进行形式审查，符合条件的，作出准予登记决定；不符合条件的，作出不予登记决定并说明理由。",
        "4.制证送达。准予登记的，核发营业执照，申请人可选择窗口领取或者免费邮寄，同步发放电子营业执照。",
        "5.信息报告。外国投资者或者外商投资企业在办理设立登记时，通过企业登记系统一并报送外商投资信息初始报告，无需另行向商务主管部门报送。",
    ]:
        body_para(doc, rec, t)
    p = doc.add_paragraph()
    fmt_para(p, first_indent=32, line=28)
    add_run(p, "温馨提示", FS, 16, bold=True)  # heading typed as a bold run
    for t in [
        "（一）香港、澳门投资者的主体资格证明，应当经中国司法部委托的香港、澳门公证人公证，并加盖中国法律服务（香港）有限公司或者中国法律服务（澳门）公司转递专用章。",
        "（二）外国投资者主体资格证明文件来自《取消外国公文书认证要求的公约》缔约国的，可以办理附加证明书，无需再办理领事认证。",
        "（三）企业可在设立登记时同步申领发票、刻制印章、办理社保登记和住房公积金缴存登记，相关事项一并办理，不再单独提交材料。",
    ]:
        body_para(doc, rec, t)
    body_para(doc, rec,
              "本告知单所列材料为最多提交材料，已通过电子证照库共享的材料，申请人无需重复提交。本告知单自2025年4月1日起执行，"
              "原《南沙片区外商投资企业设立登记一次性告知单（2023年版）》同时废止。",
              runin="特别提示：")
    empty_para(doc)
    signoff_manual(doc, NS_ORG, "2025年3月20日", 12, 13)

    # ---------------- 变更登记 (after a manual page break)
    page_break(doc)
    rec.start(meta(NS_REGION + "外商投资企业变更登记一次性告知单", [NS_ORG], "2025-03-20", NS_REGION,
                   effective="2025-04-01"))
    nansha_title(doc, "外商投资企业变更登记一次性告知单")
    body_para(doc, rec, "为便利外商投资企业办理变更登记，根据有关法律法规规定，现将外商投资企业变更登记有关事项一次性告知如下。")
    spec = [
        ("kv", "事项名称", ["外商投资企业变更登记（含名称、住所、法定代表人、注册资本、经营范围、股东（投资人）、企业类型等事项变更）"], False),
        ("kv", "事项类型", ["行政许可"], False),
        ("kv", "实施主体", ["广州市南沙区市场监督管理局"], False),
        ("kv", "办理依据", [
            "1.《中华人民共和国外商投资法》；",
            "2.《中华人民共和国公司法》；",
            "3.《中华人民共和国市场主体登记管理条例》（国务院令第746号）；",
            "4.《中华人民共和国市场主体登记管理条例实施细则》（国家市场监督管理总局令第52号）；",
            "5.《外商投资信息报告办法》（商务部、市场监管总局令2019年第2号）。",
        ], False),
        ("kv", "申请条件", [
            "（一）企业自作出变更决议、决定或者法定变更事项发生之日起30日内申请办理变更登记；",
            "（二）变更后的投资行业、领域以及股权结构、高级管理人员等符合外商投资准入特别管理措施；",
            "（三）变更登记事项依法须经批准的，已取得有关批准文件；",
            "（四）申请材料齐全、符合法定形式。",
        ], False),
        ("mat", "申请材料", NS_MAT_HEADER, [
            ["1", "《公司登记（备案）申请书》", "1份", "原件☑ 复印件☐", "由法定代表人签署"],
            ["2", "关于变更事项的股东会决议或者股东决定", "1份", "原件☑ 复印件☐", "按照公司章程规定的表决程序作出"],
            ["3", "修改后的公司章程或者章程修正案", "1份", "原件☑ 复印件☐", "涉及章程修改的提交，由法定代表人签署"],
            ["4", "变更后住所的使用证明", "1份", "原件☐ 复印件☑", "变更住所的提交"],
            ["5", "股权转让协议或者股权转让证明", "1份", "原件☑ 复印件☐", "股东变更的提交"],
            ["6", "新股东主体资格证明或者身份证明", "1份", "原件☑ 复印件☐", "新股东为外国投资者的，应当经公证认证或者办理附加证明书"],
            ["7", "新任法定代表人、董事、监事、经理的任职文件及身份证明", "1份", "原件☑ 复印件☐", "变更法定代表人或者董事、监事、经理备案的提交"],
            ["8", "营业执照正本、副本", "各1份", "原件☑ 复印件☐", "换发营业执照时缴回"],
        ], NS_MAT_W),
        ("kv", "办理时限", ["法定时限：3个工作日；承诺时限：申请材料齐全、符合法定形式的，即时办结。"], False),
        ("kv", "收费标准", ["不收费"], False),
        ("kv", "办理地点", ["广州市南沙区环市大道南2号南沙区政务服务中心一楼商事登记区"], False),
        ("kv", "办理窗口", ["A区7—12号窗口（外商投资企业登记专窗）"], False),
        ("kv4", "咨询电话", "020-39078615", "监督电话", "020-39078600"),
    ]
    form_table(doc, rec, spec, NS_WIDTHS)
    empty_para(doc)
    p = doc.add_paragraph()
    fmt_para(p, first_indent=32, line=28)
    add_run(p, "办理流程", HT, 16)
    for t in [
        "1.申请。申请人通过广东政务服务网或者“粤商通”平台在线提交变更登记申请，也可到窗口现场提交。",
        "2.受理审查。登记机关对申请材料进行审查，材料齐全、符合法定形式的，予以受理并当场作出准予变更登记决定。",
        "3.换发执照。变更事项涉及营业执照记载事项的，换发营业执照；不涉及的，予以备案。",
        "4.变更报告。外商投资企业投资信息发生变更的，在办理变更登记时通过企业登记系统同步报送变更报告。",
    ]:
        body_para(doc, rec, t)
    p = doc.add_paragraph()
    fmt_para(p, first_indent=32, line=28)
    add_run(p, "温馨提示", FS, 16, bold=True)
    for t in [
        "（一）外商投资企业变更为内资企业，或者内资企业因外国投资者并购等原因变更为外商投资企业的，按照变更登记办理，并同步报送外商投资信息。",
        "（二）企业变更名称、住所的，请同步办理税务、社保、银行账户等信息变更；企业跨区迁移住所的，可通过“跨区迁移”一件事办理。",
        "（三）未按规定办理变更登记的，登记机关将依照《中华人民共和国市场主体登记管理条例》有关规定处理。",
    ]:
        body_para(doc, rec, t)
    body_para(doc, rec, "本告知单自2025年4月1日起执行。", runin="特别提示：")
    empty_para(doc)
    signoff_manual(doc, NS_ORG, "2025年3月20日", 12, 13)
    return doc, rec


# ================================================================ XI'AN
XA_REGION = "中国（陕西）自由贸易试验区西安国际港务区片区"
XA_ORG = "西安国际港务区政务服务中心"
XA_WIDTHS = [2.2, 6.0, 2.2, 5.2]
XA_MAT_HEADER = ["序号", "材料名称", "份数", "材料形式", "备注"]
XA_MAT_W = [1.1, 3.3, 1.0, 3.2, 3.4]


def xian_attachments(doc, items):
    for i, it in enumerate(items):
        p = doc.add_paragraph()
        fmt_para(p, first_indent=32, line=28)
        if i == 0:
            add_run(p, "附件：" + it, FS, 16)
        else:
            add_run(p, "\u3000\u3000\u3000" + it, FS, 16)  # aligned with typed full-width spaces


def build_xian():
    doc = base_document()
    footer_of(doc)
    rec = Recorder()
    atts1 = ["外商投资企业设立登记申请材料样本", "外商投资信息报告常见问题解答"]
    rec.start(meta(XA_REGION + "外商投资企业设立登记一次性告知单", [XA_ORG], "2025-11-06", XA_REGION,
                   attachments=atts1))
    spec = [
        ("kv", "事项名称", ["外商投资企业设立登记"], False),
        ("kv", "事项编码", ["6101XK0213000"], False),
        ("kv", "实施主体", ["西安市市场监督管理局国际港务区分局"], False),
        ("kv", "办理依据", [
            "《中华人民共和国外商投资法》第三十一条；",
            "《中华人民共和国公司法》第二十九条；",
            "《中华人民共和国市场主体登记管理条例》第三条；",
            "《外商投资信息报告办法》。",
        ], True),
        ("kv", "申请条件", [
            "1.投资行业、领域不属于外商投资准入负面清单禁止投资领域，属于限制投资领域的已符合相应准入特别管理措施；",
            "2.企业名称经申报符合企业名称登记管理有关规定；",
            "3.有符合规定的住所（经营场所）；",
            "4.申请材料齐全、符合法定形式。",
        ], False),
        ("mat", "申请材料", XA_MAT_HEADER, [
            ["1", "公司登记（备案）申请书", "1", "原件☑ 复印件☐", "通过陕西省市场主体登记全程电子化平台填报后打印，或者全程电子签名"],
            ["2", "公司章程", "1", "原件☑ 复印件☐", "全体股东签署"],
            ["3", "股东主体资格证明或者自然人身份证明", "1", "原件☑ 复印件☐",
             "境外股东的主体资格证明应当经公证认证或者办理附加证明书，外文材料须附中文译本"],
            ["4", "法定代表人、董事、监事、经理任职文件", "1", "原件☑ 复印件☐", "依据章程规定的程序产生"],
            ["5", "住所（经营场所）使用证明", "1", "原件☐ 复印件☑", "入驻港务区集中办公区的，提交入驻证明"],
            ["6", "法律文件送达授权委托书", "1", "原件☑ 复印件☐", "境外股东委托境内法律文件送达接受人时提交"],
            ["7", "指定代表或者共同委托代理人授权委托书及身份证件", "1", "原件☑ 复印件☑", "委托书提交原件，身份证件提交复印件"],
        ], XA_MAT_W),
        ("kv", "办理流程", [
            "1.网上申请：登录陕西政务服务网“企业开办一网通办”平台填报信息、上传材料；",
            "2.受理审核：登记人员对申请材料进行审核，材料齐全、符合法定形式的予以受理，需要补正的一次性告知；",
            "3.核准发照：准予登记的，核发营业执照及电子营业执照；",
            "4.信息报告：同步完成外商投资信息初始报告。",
        ], False),
        ("kv", "办理时限", ["法定时限3个工作日，承诺时限1个工作日"], False),
        ("kv", "收费标准", ["不收费"], False),
        ("kv4", "办理地点", "西安国际港务区港务大道2号政务服务中心二楼", "办理窗口", "外商投资服务专区21—23号窗口"),
        ("kv", "咨询电话", ["029-83362158"], False),
        ("kv", "监督电话", ["029-83362100；12345政务服务便民热线"], False),
    ]
    form_table(doc, rec, spec, XA_WIDTHS,
               title_row=[XA_REGION, "外商投资企业设立登记一次性告知单"], label_font=FS)
    empty_para(doc)
    p = doc.add_paragraph()
    fmt_para(p, first_indent=32, line=28)
    add_run(p, "注意事项", HT, 16)
    nid = new_decimal_num(doc)
    for i, t in enumerate([
        "申请人应当对提交材料的真实性、合法性和有效性负责，提交虚假材料或者采取其他欺诈手段隐瞒重要事实取得登记的，依法承担法律责任。",
        "外文材料应当附具有资质的翻译机构出具并加盖翻译专用章的中文译本。",
        "外国投资者在港务区投资设立从事国际货运代理、中欧班列集结等业务的企业，可在设立登记后向港务区政务服务中心“陆港通”窗口申请办理相关经营备案。",
        "港务区对重点外资项目实行“专员帮办”服务，可拨打咨询电话预约。",
    ], 1):
        auto_num_para(doc, rec, nid, i, t)
    empty_para(doc)
    xian_attachments(doc, ["1." + atts1[0], "2." + atts1[1]])
    empty_para(doc)
    signoff_table(doc, XA_ORG, "二〇二五年十一月六日")

    # ---------------- 变更登记
    page_break(doc)
    atts2 = ["外商投资企业变更登记申请书（样表）"]
    rec.start(meta(XA_REGION + "外商投资企业变更登记一次性告知单", [XA_ORG], "2025-11-06", XA_REGION,
                   attachments=atts2))
    spec = [
        ("kv", "事项名称", ["外商投资企业变更登记"], False),
        ("kv", "事项编码", ["6101XK0214000"], False),
        ("kv", "实施主体", ["西安市市场监督管理局国际港务区分局"], False),
        ("kv", "办理依据", [
            "《中华人民共和国外商投资法》；",
            "《中华人民共和国公司法》第三十四条；",
            "《中华人民共和国市场主体登记管理条例》第二十四条；",
            "《外商投资信息报告办法》。",
        ], True),
        ("kv", "申请条件", [
            "1.企业登记事项发生变更，已依法作出变更决议或者决定；",
            "2.变更后的事项符合外商投资准入特别管理措施及相关法律法规规定；",
            "3.申请材料齐全、符合法定形式。",
        ], False),
        ("mat", "申请材料", XA_MAT_HEADER, [
            ["1", "公司登记（备案）申请书", "1", "原件☑ 复印件☐", "法定代表人签署"],
            ["2", "变更决议或者决定", "1", "原件☑ 复印件☐", "股东会决议、董事会决议或者股东决定"],
            ["3", "章程修正案或者修改后的章程", "1", "原件☑ 复印件☐", "变更事项涉及章程修改的提交"],
            ["4", "股权转让协议", "1", "原件☑ 复印件☐", "股权转让的提交；境外投资者签署的应当经公证认证或者办理附加证明书"],
            ["5", "新住所使用证明", "1", "原件☐ 复印件☑", "变更住所的提交"],
            ["6", "营业执照正、副本", "1", "原件☑ 复印件☐", "已领取电子营业执照且无需换发纸质执照的，免于提交"],
        ], XA_MAT_W),
        ("kv", "办理流程", [
            "1.网上申请：通过陕西政务服务网提交变更登记申请；",
            "2.受理审核：材料齐全、符合法定形式的，当场予以受理并审核；",
            "3.换发执照：涉及营业执照记载事项变更的，换发营业执照；",
            "4.信息报告：投资者、投资金额等信息发生变更的，同步报送变更报告。",
        ], False),
        ("kv", "办理时限", ["法定时限3个工作日，承诺时限即办"], False),
        ("kv", "收费标准", ["不收费"], False),
        ("kv4", "办理地点", "西安国际港务区港务大道2号政务服务中心二楼", "办理窗口", "外商投资服务专区21—23号窗口"),
        ("kv", "咨询电话", ["029-83362158"], False),
        ("kv", "监督电话", ["029-83362100；12345政务服务便民热线"], False),
    ]
    form_table(doc, rec, spec, XA_WIDTHS,
               title_row=[XA_REGION, "外商投资企业变更登记一次性告知单"], label_font=FS)
    empty_para(doc)
    p = doc.add_paragraph()
    fmt_para(p, first_indent=32, line=28)
    add_run(p, "注意事项", HT, 16)
    nid = new_decimal_num(doc)  # fresh list so numbering restarts at 1
    for i, t in enumerate([
        "企业变更登记事项应当自作出变更决议、决定或者法定变更事项发生之日起30日内申请变更登记。",
        "外商投资企业变更为内资企业的，在变更登记时一并提交变更报告，无需另行办理商务备案。",
        "企业变更经营范围涉及国际货物运输代理、保税仓储等业务的，请同步关注相关部门许可备案要求。",
    ], 1):
        auto_num_para(doc, rec, nid, i, t)
    empty_para(doc)
    xian_attachments(doc, atts2)
    empty_para(doc)
    signoff_table(doc, XA_ORG, "二〇二五年十一月六日")
    return doc, rec


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_718", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    expected = {}
    for stem, builder in (("blind718_nansha_gaozhidan", build_nansha),
                          ("blind718_xian_gaozhidan", build_xian)):
        doc, rec = builder()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        to_pdf(path)
        expected[stem] = rec.docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
