# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 688: joint 海关 / 贸促会 RCEP 原产地证书签证工作指引."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)

CN = "零一二三四五六七八九十"


def cn_num(n):
    if n <= 10:
        return CN[n]
    if n < 20:
        return "十" + CN[n - 10]
    t, u = divmod(n, 10)
    return CN[t] + "十" + (CN[u] if u else "")


# ---------------------------------------------------------------- helpers
def set_font(run, name=FS, size=16, bold=False, color=None, ascii_name=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml("<w:rFonts %s/>" % nsdecls("w"))
        rpr.insert(0, rfonts)
    a = ascii_name or name
    rfonts.set(qn("w:ascii"), a)
    rfonts.set(qn("w:hAnsi"), a)
    rfonts.set(qn("w:eastAsia"), name)


def fmt_para(p, align=None, first_indent=None, line=28, before=0, after=0, left=None, right=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def add_para(container, runs, align=None, first_indent=32, line=28, **kw):
    """runs: list of (text, font, size, bold) or plain string."""
    p = container.add_paragraph()
    fmt_para(p, align=align, first_indent=first_indent, line=line, **kw)
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, font, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        run = p.add_run(text)
        set_font(run, font, size, bold, color)
    return p


def empty(container, line=28):
    p = container.add_paragraph()
    fmt_para(p, line=line)
    return p


def red_line(doc, sz=18, space=0):
    p = doc.add_paragraph()
    fmt_para(p, line=8)
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="%d" w:color="FF0000"/></w:pBdr>'
        % (nsdecls("w"), sz, space)))
    return p


def setup_page(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml("<w:rFonts %s/>" % nsdecls("w"))
        rpr.insert(0, rf)
    for k in list(rf.attrib):
        del rf.attrib[k]
    rf.set(qn("w:ascii"), FS)
    rf.set(qn("w:hAnsi"), FS)
    rf.set(qn("w:eastAsia"), FS)


def page_number_footer(doc, left="— ", right=" —", align=WD_ALIGN_PARAGRAPH.CENTER, font="宋体"):
    footer = doc.sections[0].footer
    p = footer.paragraphs[0]
    p.alignment = align
    r = p.add_run(left)
    set_font(r, font, 14, ascii_name="宋体")
    r = p.add_run()
    set_font(r, font, 14, ascii_name="宋体")
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = p.add_run()
    set_font(r2, font, 14, ascii_name="宋体")
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = p.add_run()
    set_font(r3, font, 14, ascii_name="宋体")
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r4 = p.add_run("1")
    set_font(r4, font, 14, ascii_name="宋体")
    r5 = p.add_run()
    set_font(r5, font, 14, ascii_name="宋体")
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    r = p.add_run(right)
    set_font(r, font, 14, ascii_name="宋体")


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def cell_text(cell, text, font=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              color=None, line=22, distribute=False):
    p = cell.paragraphs[0]
    fmt_para(p, align=align, first_indent=0, line=line)
    if distribute:
        p._p.get_or_add_pPr().append(parse_xml('<w:jc %s w:val="distribute"/>' % nsdecls("w")))
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, font, size, bold, color)
        if i < len(parts) - 1:
            r.add_break()
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_widths(table, widths_cm):
    tbl = table._tbl
    grid = tbl.tblGrid
    cols = grid.findall(qn("w:gridCol"))
    for gc, w in zip(cols, widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for j, w in enumerate(widths_cm):
            if j < len(row.cells):
                row.cells[j].width = Cm(w)
    tblPr = tbl.tblPr
    lay = parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w"))
    tblPr.append(lay)


def joint_masthead(doc, organ1, organ2, size1=30, size2=30, widths=(12.0, 3.6)):
    """Two organs stacked on the left, 文件 on the right spanning both rows."""
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    set_widths(t, widths)
    cell_text(t.cell(0, 0), organ1, XBS, size1, color=RED, line=44, distribute=True)
    cell_text(t.cell(1, 0), organ2, XBS, size2, color=RED, line=44, distribute=True)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, "文件", XBS, 40, color=RED, line=50, align=WD_ALIGN_PARAGRAPH.CENTER)
    # merged cell may carry an extra empty paragraph: drop it
    for extra in m.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    return t


def banji(doc, cc, office, printed):
    """版记 as a 2-row table with horizontal rules."""
    t = doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblPr = t._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="single" w:sz="8" w:color="000000"/><w:left w:val="nil"/>'
        '<w:bottom w:val="single" w:sz="8" w:color="000000"/><w:right w:val="nil"/>'
        '<w:insideH w:val="single" w:sz="4" w:color="000000"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))
    c0 = t.cell(0, 0)
    p = c0.paragraphs[0]
    fmt_para(p, first_indent=0, line=26, left=14, right=14)
    r = p.add_run(cc)
    set_font(r, FS, 14)
    c1 = t.cell(1, 0)
    p = c1.paragraphs[0]
    fmt_para(p, first_indent=0, line=26, left=14, right=14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(office + "\t" + printed)
    set_font(r, FS, 14)
    return t


def cert_table(doc, header, rows, vmerge_col=None, vmerge_rows=None, col_widths=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.cell(0, j), h, HT, 14)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if vmerge_col is not None and j == vmerge_col and i in vmerge_rows and i != vmerge_rows[0]:
                continue
            al = WD_ALIGN_PARAGRAPH.LEFT if j in (0, 2, 3) else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.cell(i + 1, j), v, FS, 14, align=al)
    if vmerge_col is not None:
        a = t.cell(vmerge_rows[0] + 1, vmerge_col)
        b = t.cell(vmerge_rows[-1] + 1, vmerge_col)
        m = a.merge(b)
        for extra in m.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
    if col_widths:
        set_widths(t, col_widths)
    # repeat header row
    trPr = t.rows[0]._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
    return t


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


# ---------------------------------------------------------------- numbering (doc 3)
def add_item_numbering(doc, count):
    """Create an abstractNum '（%1）' chineseCounting and `count` num instances (each restarting)."""
    numbering = doc.part.numbering_part.element
    abs_id = 88
    absxml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="（%%1）"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), abs_id, FS, FS, FS))
    first_num = numbering.find(qn("w:num"))
    absel = parse_xml(absxml)
    if first_num is not None:
        first_num.addprevious(absel)
    else:
        numbering.append(absel)
    ids = []
    for k in range(count):
        nid = 300 + k
        numbering.append(parse_xml(
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            % (nsdecls("w"), nid, abs_id)))
        ids.append(nid)
    return ids


def set_numpr(p, num_id):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(
        '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), num_id)))


# ---------------------------------------------------------------- content
CERT_HEADER = ["证书类型", "签证机构", "适用协定", "备注"]


def body_items(C, P, S, v):
    """Return list of entries: ('chap', text) | ('art', label, text) | ('item', n, text) |
    ('para', text) | ('table', rows)."""
    E = []
    E.append(("chap", "第一章", "总则"))
    E.append(("art", "第一条", "为规范%s《区域全面经济伙伴关系协定》（以下简称RCEP）项下原产地证书签证工作，帮助企业用好用足RCEP关税减让和原产地累积规则，根据《中华人民共和国进出口货物原产地条例》《中华人民共和国海关〈区域全面经济伙伴关系协定〉项下进出口货物原产地管理办法》（海关总署令第255号）及RCEP第三章“原产地规则”有关规定，结合%s实际，制定本指引。" % (S, v["short"])))
    E.append(("art", "第二条", "本指引适用于%s及其隶属海关、%s及其授权的%s（以下统称签证机构）在%s辖区内办理RCEP原产地证书的申请受理、审核、签发、更改、补发及后续核查等工作。" % (C, P, v["sub_ccpit"], v["area"])))
    E.append(("art", "第三条", "签证工作坚持依法合规、便捷高效、风险可控、关企协同的原则。%s与%s建立签证工作联席会商机制，每季度召开一次联席会议，统一签证审核尺度，共享申请人备案、证书签发、退证查询和核查结果等信息。" % (C, v["P_short"])))

    E.append(("chap", "第二章", "申请人与备案"))
    E.append(("art", "第四条", "出口货物发货人、生产商或者其代理人（以下统称申请人）可以向签证机构申请签发RCEP原产地证书。申请人首次申请的，应当通过“中国国际贸易单一窗口”原产地证书综合服务平台或者贸促会原产地证申报系统办理备案，如实填报企业基本信息、产品信息及联系人信息。"))
    E.append(("art", "第五条", "申请人备案信息发生变更的，应当自变更之日起%s内办理变更手续。申请人连续2年未申请签证的，签证机构可以注销其备案，申请人再次申请时应当重新备案。" % v["change_days"]))
    E.append(("art", "第六条", "签证机构对申请人实施分类管理。海关高级认证企业、经核准出口商以及近2年内无不良签证记录的申请人，可以适用智能审核、自助打印、“信用签证”等便利措施；存在违规签证记录的申请人，签证机构应当提高人工审核比例。"))

    E.append(("chap", "第三章", "原产地标准"))
    E.append(("art", "第七条", "依据RCEP第三章第二条，符合下列条件之一的货物，具备RCEP原产资格："))
    E.append(("item", 1, "在一成员方完全获得或者完全生产的；"))
    E.append(("item", 2, "在一成员方仅使用来自一个或者多个成员方的原产材料生产的；"))
    E.append(("item", 3, "在一成员方使用非原产材料生产，并且符合RCEP附件一《产品特定原产地规则》所列要求的。"))
    E.append(("art", "第八条", "依据RCEP第三章第四条，一成员方的原产货物或者原产材料在另一成员方用于生产另一货物的，该原产货物或者原产材料应当视为原产于后一成员方。申请人适用累积规则的，应当在申请时提供相关原产材料的原产地证明或者供应商声明。"))
    E.append(("art", "第九条", "依据RCEP第三章第五条，区域价值成分可以采用间接/扣减公式或者直接/累加公式计算，区域价值成分应当不低于40%。申请人应当在同一财政年度内对同一产品保持计算方法的一致性，并留存成本核算资料不少于3年备查。"))
    E.append(("art", "第十条", "依据RCEP第三章第六条，货物仅经过下列一项或者多项操作或者加工的，不能获得原产资格："))
    E.append(("item", 1, "为确保货物在运输或者储存期间保持良好状态而进行的保存操作；"))
    E.append(("item", 2, "为运输或者销售目的对货物进行的包装、拆包或者重新包装；"))
    E.append(("item", 3, "简单的组装或者拆卸、分类、分级、分选；"))
    E.append(("item", 4, "在货物或者其包装上粘贴或者印刷标志、标签、标识及其他类似的区别标记。"))
    E.append(("art", "第十一条", "依据RCEP第三章第七条，对于不满足税则归类改变要求的货物，如其所含非原产材料的价值不超过该货物船上交货价格的10%，或者符合RCEP附件一规定的其他微小含量要求的，仍应当视为原产货物。"))

    E.append(("chap", "第四章", "证书申请与签发"))
    E.append(("art", "第十二条", "申请人应当在货物出口前或者出口时申请签发RCEP原产地证书，并提交下列材料："))
    E.append(("item", 1, "原产地证书申请书及电子数据；"))
    E.append(("item", 2, "出口货物商业发票副本；"))
    E.append(("item", 3, "货物符合原产地标准的说明，采用区域价值成分标准的，应当提供原材料成本明细；"))
    E.append(("item", 4, "签证机构认为必要的其他材料。"))
    E.append(("art", "第十三条", "签证机构可以签发或者受理的原产地证明类型如下表所示："))
    E.append(("table", v["rows"]))
    for extra in v.get("after_table", []):
        E.append(("para", extra))
    E.append(("art", "第十四条", "签证机构应当自受理申请之日起%s内完成审核并作出是否签证的决定。需要实施调查核实的，签证机构可以对申请人的生产场所、生产工艺及成本资料进行实地核查，核查时间不计入审核期限。" % v["review_days"]))
    E.append(("art", "第十五条", "因不可抗力或者其他正当理由未能在货物出口前或者出口时申请的，申请人可以自货物装运之日起1年内申请补发证书，补发的证书应当注明“ISSUED RETROACTIVELY”字样。"))
    E.append(("art", "第十六条", "已签发的RCEP原产地证书被盗、遗失或者损毁的，申请人可以自原证书签发之日起1年内向原签证机构申请签发经核准的真实副本，副本有效期与原证书一致。"))
    E.append(("art", "第十七条", "RCEP原产地证书自签发之日起1年内有效。证书签发后发现内容有误的，申请人应当申请更改证书，签证机构应当收回原证书后重新签发。"))

    E.append(("chap", "第五章", "监督管理"))
    E.append(("art", "第十八条", "签证机构应当配合进口成员方主管机构依据RCEP第三章第二十四条开展的原产地核查。%s负责统一对外联系，%s负责协助核查其签发的证书，核查结果应当在规定期限内书面反馈。" % (C, v["P_short"])))
    E.append(("art", "第十九条", "申请人提供虚假材料骗取原产地证书的，签证机构可以暂停其电子申报资格%s，并依照《中华人民共和国进出口货物原产地条例》等有关规定处理；构成犯罪的，依法追究刑事责任。" % v["suspend"]))
    for extra in v.get("after_19", []):
        E.append(("para", extra))

    E.append(("chap", "第六章", "附则"))
    E.append(("art", "第二十条", v["art20"]))
    return E


def expected_clauses(E):
    out = []
    for e in E:
        if e[0] == "art":
            out.append(e[1] + "　" + e[2])
        elif e[0] == "item":
            out.append("（%s）%s" % (cn_num(e[1]), e[2]))
        elif e[0] == "para":
            out.append(e[1])
        elif e[0] == "table":
            for row in e[1]:
                out.append(row_clause(CERT_HEADER, row))
    return out


# ================================================================ DOC 1  南京 / 江苏
def doc_nanjing():
    C = "南京海关"
    P = "江苏省贸促会"
    S = "江苏省"
    rows = [
        ["RCEP原产地证书", "海关、贸促会", "《区域全面经济伙伴关系协定》", "可申请签发背对背原产地证明"],
        ["中国—东盟自贸区原产地证书（FORM E）", "海关、贸促会", "《中国—东盟全面经济合作框架协议货物贸易协议》", "出口东盟成员国"],
        ["亚太贸易协定原产地证书", "海关、贸促会", "《亚太贸易协定》", "出口韩国、印度、孟加拉国、斯里兰卡、老挝、蒙古国"],
        ["中国—韩国自贸协定原产地证书", "海关、贸促会", "《中华人民共和国政府和大韩民国政府自由贸易协定》", "与RCEP原产地证书择一申请"],
        ["RCEP原产地声明", "海关（经核准出口商资格认定）", "《区域全面经济伙伴关系协定》", "由经核准出口商自行出具，无需签证"],
        ["非优惠原产地证书", "海关、贸促会", "《中华人民共和国进出口货物原产地条例》", "不享受协定关税优惠"],
    ]
    v = dict(
        short="我省", sub_ccpit="各设区市贸促会", area="江苏省", P_short="省贸促会",
        change_days="30日", review_days="2个工作日", suspend="6个月", rows=rows,
        after_table=["申请人应当根据进口方享惠需要选择适用的证书类型，同一批货物不得重复申请不同优惠贸易协定项下的原产地证书。"],
        art20="本指引由南京海关、江苏省贸促会负责解释，自2026年1月1日起施行，有效期至2028年12月31日。《南京海关 江苏省贸促会关于做好RCEP原产地证书签证工作的通知》（宁关发〔2022〕3号）同时废止。",
    )
    E = body_items(C, P, S, v)

    doc = Document()
    setup_page(doc)
    page_number_footer(doc)

    joint_masthead(doc, "南京海关", "江苏省贸促会")
    empty(doc)
    add_para(doc, "宁关发〔2025〕87号", align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=0)
    red_line(doc)
    empty(doc)
    # title with a soft line break
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=0, line=36)
    r = p.add_run("南京海关 江苏省贸促会关于")
    set_font(r, XBS, 22)
    r.add_break()
    r = p.add_run("RCEP原产地证书签证工作的指引")
    set_font(r, XBS, 22)
    empty(doc)
    add_para(doc, "各隶属海关，各设区市贸促会，各有关进出口企业：", first_indent=0)

    for e in E:
        if e[0] == "chap":
            empty(doc)
            hp = add_para(doc, [(e[1] + "　" + "　".join(e[2]) if len(e[2]) == 2 else e[1] + "　" + e[2], HT, 16, False)],
                          align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=0)
            hp.paragraph_format.keep_with_next = True
        elif e[0] == "art":
            add_para(doc, [(e[1], HT, 16, False), ("　" + e[2], FS, 16, False)])
        elif e[0] == "item":
            add_para(doc, "（%s）%s" % (cn_num(e[1]), e[2]))
        elif e[0] == "para":
            add_para(doc, e[1])
        elif e[0] == "table":
            cert_table(doc, CERT_HEADER, e[1], col_widths=[4.2, 3.0, 5.0, 3.4])

    empty(doc)
    # attachment list, second line aligned with manual spaces
    add_para(doc, "附件：1.RCEP原产地证书申请材料清单")
    add_para(doc, "　　　2.RCEP原产地证书签证机构联系方式")
    empty(doc)
    empty(doc)
    empty(doc)
    # 落款 side by side using manual spaces
    add_para(doc, "　　　南京海关　　　　　　　　　江苏省贸促会", first_indent=0)
    add_para(doc, "2025年12月5日　　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=0)
    empty(doc)
    add_para(doc, "（此件公开发布）")
    for _ in range(6):
        empty(doc)
    banji(doc, "抄送：海关总署关税征管司，中国贸促会商事认证中心，江苏省商务厅。",
          "南京海关办公室", "2025年12月8日印发")

    meta = dict(
        title="南京海关 江苏省贸促会关于RCEP原产地证书签证工作的指引",
        doc_number="宁关发〔2025〕87号",
        issuer=["南京海关", "江苏省贸促会"],
        date="2025-12-05",
        published=None,
        level="provincial",
        region="江苏省",
        effective="2026-01-01",
        expires="2028-12-31",
        attachments=["RCEP原产地证书申请材料清单", "RCEP原产地证书签证机构联系方式"],
        doc_type="指引",
        recipients=["各隶属海关", "各设区市贸促会", "各有关进出口企业"],
        publicity="此件公开发布",
        repeals="《南京海关 江苏省贸促会关于做好RCEP原产地证书签证工作的通知》（宁关发〔2022〕3号）",
    )
    return "blind688_nanjing_zhiyin", doc, [dict(meta=meta, clauses=expected_clauses(E))]


# ================================================================ DOC 2  青岛 / 山东
def doc_qingdao():
    C = "青岛海关"
    P = "中国国际贸易促进委员会山东省委员会"
    S = "山东省"
    rows = [
        ["RCEP原产地证书", "海关、贸促会", "《区域全面经济伙伴关系协定》", "出口日本、韩国、澳大利亚、新西兰及东盟成员国"],
        ["中国—韩国自贸协定原产地证书", "海关、贸促会", "《中华人民共和国政府和大韩民国政府自由贸易协定》", "出口韩国可与RCEP原产地证书比较择优"],
        ["中国—澳大利亚自贸协定原产地证书", "海关、贸促会", "《中华人民共和国政府和澳大利亚政府自由贸易协定》", "出口澳大利亚"],
        ["中国—东盟自贸区原产地证书（FORM E）", "海关、贸促会", "《中国—东盟全面经济合作框架协议货物贸易协议》", "出口东盟成员国"],
        ["RCEP背对背原产地证明", "青岛海关", "《区域全面经济伙伴关系协定》", "适用于在我国中转的原产货物，凭初始原产地证明签发"],
    ]
    v = dict(
        short="我省", sub_ccpit="各市贸促会", area="山东省", P_short="山东省贸促会",
        change_days="15个工作日", review_days="1个工作日", suspend="3个月", rows=rows,
        after_table=[
            "出口至日本的货物，可以同时满足RCEP和其他协定条件的，申请人可以根据进口方关税税率自主选择证书类型。",
        ],
        after_19=[
            "签证机构工作人员在签证工作中滥用职权、玩忽职守、徇私舞弊的，依法给予处分。",
        ],
        art20="本指引由青岛海关、山东省贸促会负责解释，自印发之日起施行。",
    )
    E = body_items(C, P, S, v)

    doc = Document()
    setup_page(doc)
    page_number_footer(doc, left="- ", right=" -", align=WD_ALIGN_PARAGRAPH.RIGHT)

    joint_masthead(doc, "青岛海关", "中国国际贸易促进委员会\n山东省委员会", size1=30, size2=20,
                   widths=(11.8, 3.8))
    add_para(doc, "青关发〔2025〕112号", align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=0, before=12)
    red_line(doc, sz=24)
    empty(doc)
    empty(doc)
    for tl in ("青岛海关 中国国际贸易促进委员会", "山东省委员会关于RCEP原产地证书", "签证工作的指引"):
        add_para(doc, [(tl, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=0, line=36)
    empty(doc)
    add_para(doc, "各隶属海关，各市贸促会：", first_indent=0)

    for e in E:
        if e[0] == "chap":
            # heading as a bold run in an ordinary paragraph, typed with spaces
            hp = add_para(doc, [(e[1] + "  " + e[2], FS, 16, True)], align=WD_ALIGN_PARAGRAPH.CENTER,
                          first_indent=0, before=6, after=6)
            hp.paragraph_format.keep_with_next = True
        elif e[0] == "art":
            # article label bold, text in a separate run
            add_para(doc, [(e[1], FS, 16, True), ("　", FS, 16, False), (e[2], FS, 16, False)])
        elif e[0] == "item":
            add_para(doc, "（%s）%s" % (cn_num(e[1]), e[2]))
        elif e[0] == "para":
            add_para(doc, e[1])
        elif e[0] == "table":
            cert_table(doc, CERT_HEADER, e[1], vmerge_col=1, vmerge_rows=[0, 1, 2, 3],
                       col_widths=[4.4, 2.6, 5.2, 3.4])

    contact = "联系人：青岛海关关税处 刘洋，0532-82051236；山东省贸促会认证部 陈静，0531-82077163。"
    add_para(doc, contact)
    empty(doc)
    add_para(doc, "附件：RCEP原产地证书签证业务办理流程图")
    empty(doc)
    empty(doc)
    # 落款 in a borderless two-cell table, date underneath
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), "青岛海关", FS, 16, line=28)
    cell_text(t.cell(0, 1), "中国国际贸易促进委员会\n山东省委员会", FS, 16, line=28)
    add_para(doc, "二〇二五年十二月十二日", align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=0, right=48, before=12)
    for _ in range(8):
        empty(doc)
    banji(doc, "抄送：海关总署关税征管司，中国贸促会商事认证中心，山东省商务厅。",
          "青岛海关办公室", "2025年12月15日印发")

    clauses = expected_clauses(E) + [contact]
    meta = dict(
        title="青岛海关 中国国际贸易促进委员会山东省委员会关于RCEP原产地证书签证工作的指引",
        doc_number="青关发〔2025〕112号",
        issuer=["青岛海关", "中国国际贸易促进委员会山东省委员会"],
        date="2025-12-12",
        published=None,
        level="provincial",
        region="山东省",
        effective="2025-12-12",
        expires=None,
        attachments=["RCEP原产地证书签证业务办理流程图"],
        doc_type="指引",
        recipients=["各隶属海关", "各市贸促会"],
        publicity=None,
        repeals=None,
    )
    return "blind688_qingdao_zhiyin", doc, [dict(meta=meta, clauses=clauses)]


# ================================================================ DOC 3  南宁 / 广西
def doc_nanning():
    C = "南宁海关"
    P = "广西壮族自治区贸促会"
    S = "广西壮族自治区"
    rows = [
        ["RCEP原产地证书", "海关、贸促会", "《区域全面经济伙伴关系协定》", "可适用原产地累积规则"],
        ["中国—东盟自贸区原产地证书（FORM E）", "海关、贸促会", "《中国—东盟全面经济合作框架协议货物贸易协议》", "出口越南、泰国、马来西亚等东盟成员国"],
        ["RCEP原产地声明", "南宁海关（经核准出口商认定）", "《区域全面经济伙伴关系协定》", "/"],
        ["中国—新西兰自贸协定原产地证书", "海关、贸促会", "《中华人民共和国政府和新西兰政府自由贸易协定》", "/"],
        ["非优惠原产地证书", "海关、贸促会", "《中华人民共和国进出口货物原产地条例》", "用于一般贸易通关、结汇"],
    ]
    v = dict(
        short="自治区", sub_ccpit="各设区市贸促会", area="广西壮族自治区", P_short="自治区贸促会",
        change_days="30日", review_days="2个工作日", suspend="6个月", rows=rows,
        after_table=["注：表中“贸促会”含广西壮族自治区贸促会及其授权的各设区市贸促会。"],
        art20="本指引由南宁海关、广西壮族自治区贸促会负责解释，自2026年3月1日起施行，有效期至2031年2月28日。",
    )
    E = body_items(C, P, S, v)

    doc = Document()
    setup_page(doc)
    # Heading 1 restyled for chapter headings
    h1 = doc.styles["Heading 1"]
    h1.font.size = Pt(16)
    h1.font.bold = False
    h1.font.color.rgb = RGBColor(0, 0, 0)
    rpr = h1.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml("<w:rFonts %s/>" % nsdecls("w"))
        rpr.insert(0, rf)
    for k in list(rf.attrib):
        del rf.attrib[k]
    rf.set(qn("w:ascii"), HT)
    rf.set(qn("w:hAnsi"), HT)
    rf.set(qn("w:eastAsia"), HT)
    h1.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h1.paragraph_format.space_before = Pt(12)
    h1.paragraph_format.space_after = Pt(6)
    h1.paragraph_format.keep_with_next = True

    # footer: 第 X 页 style
    footer = doc.sections[0].footer
    fp = footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("第 ")
    set_font(r, "宋体", 12)
    for part in ("begin", "instr", "separate", "1", "end"):
        rr = fp.add_run("1" if part == "1" else None)
        set_font(rr, "宋体", 12)
        if part == "instr":
            rr._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
        elif part != "1":
            rr._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), part)))
    r = fp.add_run(" 页")
    set_font(r, "宋体", 12)

    n_lists = sum(1 for i, e in enumerate(E) if e[0] == "item" and e[1] == 1)
    num_ids = add_item_numbering(doc, n_lists)

    joint_masthead(doc, "南宁海关", "广西壮族自治区贸促会", size1=28, size2=28, widths=(11.8, 3.8))
    empty(doc)
    red_line(doc, sz=18)
    empty(doc)
    add_para(doc, [("南宁海关 广西壮族自治区贸促会关于RCEP原产地证书签证工作的指引", XBS, 22, False)],
             align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=0, line=36)
    empty(doc)
    add_para(doc, "各隶属海关，各设区市贸促会，各有关企业：", first_indent=0)

    li = -1
    for e in E:
        if e[0] == "chap":
            hp = doc.add_paragraph(e[1] + "　" + e[2], style="Heading 1")
            hp.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            hp.paragraph_format.line_spacing = Pt(28)
        elif e[0] == "art":
            add_para(doc, [(e[1], KT, 16, True), ("　" + e[2], FS, 16, False)])
        elif e[0] == "item":
            if e[1] == 1:
                li += 1
            p = add_para(doc, e[2])
            set_numpr(p, num_ids[li])
        elif e[0] == "para":
            add_para(doc, e[1])
        elif e[0] == "table":
            cert_table(doc, CERT_HEADER, e[1], col_widths=[4.2, 3.2, 5.0, 3.2])

    empty(doc)
    add_para(doc, "附件：1.RCEP原产地证书申请书（样式）")
    add_para(doc, "2.RCEP原产地声明（样式）", left=80, first_indent=0)
    empty(doc)
    empty(doc)
    # 落款 with tab stops
    p = doc.add_paragraph()
    fmt_para(p, first_indent=0)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(2.2))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.6))
    r = p.add_run("\t南宁海关\t广西壮族自治区贸促会")
    set_font(r, FS, 16)
    add_para(doc, "2026年1月20日        ", align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=0)
    empty(doc)
    add_para(doc, "（此件公开发布）")
    for _ in range(5):
        empty(doc)
    banji(doc, "抄送：海关总署关税征管司，中国贸促会商事认证中心，自治区商务厅，中国（广西）自由贸易试验区工作办公室。",
          "南宁海关办公室", "2026年1月21日印发")

    meta = dict(
        title="南宁海关 广西壮族自治区贸促会关于RCEP原产地证书签证工作的指引",
        doc_number=None,
        issuer=["南宁海关", "广西壮族自治区贸促会"],
        date="2026-01-20",
        published=None,
        level="provincial",
        region="广西壮族自治区",
        effective="2026-03-01",
        expires="2031-02-28",
        attachments=["RCEP原产地证书申请书（样式）", "RCEP原产地声明（样式）"],
        doc_type="指引",
        recipients=["各隶属海关", "各设区市贸促会", "各有关企业"],
        publicity="此件公开发布",
        repeals=None,
    )
    return "blind688_nanning_zhiyin", doc, [dict(meta=meta, clauses=expected_clauses(E))]


def main():
    expected = {}
    for fn in (doc_nanjing, doc_qingdao, doc_nanning):
        stem, doc, objs = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = objs
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_688", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
