# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 935: 外国人来华工作许可“一网通办”办事指南 — Word + PDF + expected.json.

blind935_hainan_zhinan : 海南省科技厅印发办事指南的通知（红头文件，附件为表格化指南，续表）
blind935_xiamen_gonggao: 厦门市科技局办事指南公告（无红头，要素表/材料表/时限表/咨询表）
blind935_kunming_qingshi: 昆明市科技局请示（份号、特急、签发人）+ 云南省科技厅批复（两份文件）
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
IND = "\u3000\u3000"

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(32)
    return p


def add_par(doc, runs, **kw):
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def new_page(p):
    """start paragraph p on a new page (Ctrl+Enter style, without an empty page)."""
    p.paragraph_format.page_break_before = True
    return p


def field(p, instr, name=SONG, size=14, shown="1"):
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run(shown), name, size)
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer="dash"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer == "dash":
        font(fp.add_run("— "), SONG, 14)
        field(fp, "PAGE")
        font(fp.add_run(" —"), SONG, 14)
    else:  # 第1页 共3页
        font(fp.add_run("第"), SONG, 10.5)
        field(fp, "PAGE", SONG, 10.5)
        font(fp.add_run("页 共"), SONG, 10.5)
        field(fp, "NUMPAGES", SONG, 10.5, "3")
        font(fp.add_run("页"), SONG, 10.5)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             line=None):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line or (size + 6))
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(1)
    p.paragraph_format.space_after = Pt(1)


def widths(table, cms):
    """Fixed layout: tblW, tblGrid and every tcW (call before merging cells)."""
    table.autofit = False
    tbl = table._tbl
    tblpr = tbl.tblPr
    for tag in ("w:tblW", "w:tblLayout"):
        el = tblpr.find(qn(tag))
        if el is not None:
            tblpr.remove(el)
    tw = sum(int(Cm(w).twips) for w in cms)
    tblpr.append(parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>' % (nsdecls("w"), tw)))
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for gc, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for tc, w in zip(row._tr.tc_lst, cms):
            tc.width = Cm(w)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def row_clause(keys, vals):
    return "；".join("%s：%s" % (k, v) for k, v in zip(keys, vals))


def simple_table(doc, header, rows, clauses, cms, size=12, left_cols=(), repeat=False,
                 keys=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, cms)
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size)
    if repeat:
        repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in left_cols else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, size, align=al)
        cant_split(t.rows[ri])
        clauses.append(row_clause(keys or header, row))
    return t


def caption(doc, text, size=14, name=HT):
    p = add_par(doc, [(text, name, size, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=24, before=4, after=2)
    p.paragraph_format.keep_with_next = True
    return p


def banji(doc, cc, printer, date_txt, gap=2):
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


_next_abs = [900]


def make_numbering(doc, lvl_text):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text, HT, HT, HT))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, aid)))
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), nid)))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_935", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    m = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
         "level": "other", "region": None, "effective": None, "expires": None,
         "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
         "repeals": None}
    m.update(kw)
    return m


# =================================================================== DOC A
def doc_hainan():
    stem = "blind935_hainan_zhinan"
    doc = Document()
    setup(doc)
    clauses = []
    LS = [28]  # line spacing; the clerk tightened it to 26 pt in the attachment

    def body(t):
        clauses.append(t)
        add_par(doc, t, line=LS[0])

    def head(t):
        add_par(doc, [(t, HT, 16, False)], line=LS[0]).paragraph_format.keep_with_next = True

    def runin(h, t, hf=KT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    # ---- 版头
    empty(doc, 1)
    add_par(doc, [("海南省科学技术厅文件", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56)
    empty(doc, 2)
    p = add_par(doc, "琼科〔2026〕41号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title in three lines, wrapped at odd places (two paragraphs + a soft break)
    add_par(doc, [("海南省科学技术厅关于印发《海南自由", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    p = add_par(doc, [("贸易港外国人来华工作许可“一网通办”", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("办事指南（2026年版）》的通知"), XBS, 22)
    empty(doc, 1)
    add_par(doc, "各市、县、自治县科技主管部门，洋浦经济开发区管理委员会，各重点园区管理机构，省直有关单位：",
            indent=False)

    body("为深入贯彻落实《海南自由贸易港建设总体方案》和《中华人民共和国出境入境管理法》《外国人在中国就业管理规定》有关要求，进一步优化外国人来华工作许可服务，推进外国人工作、居留许可“一网通办、一窗受理、并联办理”，我厅对《海南自由贸易港外国人来华工作许可办事指南（2023年版）》进行了修订，形成《海南自由贸易港外国人来华工作许可“一网通办”办事指南（2026年版）》，现印发给你们，请认真遵照执行。")
    body("一、各级科技主管部门要通过政府网站、政务服务大厅等渠道做好办事指南的公开和解读工作，确保申请材料、办理流程、办理时限等信息线上线下一致、同源发布。")
    body("二、各受理窗口要严格按照办事指南受理申请，不得要求申请人提供指南以外的材料，不得擅自增设办理条件。申请材料不齐全或者不符合法定形式的，应当一次性告知申请人需要补正的全部内容。")
    body("三、本指南自2026年4月1日起施行。《海南自由贸易港外国人来华工作许可办事指南（2023年版）》（琼科〔2023〕88号）同时废止。")
    body("四、执行中如有问题，请及时向省科技厅国际合作处（外国专家服务处）反映。联系人：符晓琳，联系电话：0898-65342716。")
    empty(doc, 1)
    p = add_par(doc, "附件：海南自由贸易港外国人来华工作许可", indent=True)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000\u3000\u3000\u3000\u3000“一网通办”办事指南（2026年版）"), FS, 16)
    empty(doc, 2)
    p = add_par(doc, "海南省科学技术厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, "2026年3月16日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # ---- 附件 on its own page
    LS[0] = 26
    new_page(add_par(doc, [("附件", HT, 16, False)], indent=False))
    add_par(doc, [("海南自由贸易港外国人来华工作许可", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, before=6)
    add_par(doc, [("“一网通办”办事指南（2026年版）", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, after=8)

    head("一、事项基本信息和办理条件")
    caption(doc, "表1  事项基本信息")
    simple_table(doc, ["项目", "内容"], [
        ["事项名称", "外国人来华工作许可（含新办、延期、变更、注销）"],
        ["实施机关", "海南省科学技术厅（受委托的市、县科技主管部门负责受理）"],
        ["办理条件", "年满18周岁，身体健康，无犯罪记录，境内有确定的聘用单位，具有从事其工作所必需的专业技能或者相适应的工作经历"],
        ["办理渠道", "海南政务服务网“一网通办”专区；省、市县政务服务中心综合受理窗口"],
        ["收费标准", "不收费"],
    ], clauses, [2.2, 13.4], size=10.5, left_cols=(1,))

    # ---- 材料清单: two-level header, vertically merged 类别, split with 续表
    head("二、申请材料")
    caption(doc, "表2  申请材料清单")
    keys = ["序号", "材料类别", "材料名称", "适用情形／新办", "适用情形／延期",
            "适用情形／变更", "备注"]
    cms = [1.2, 2.0, 4.3, 1.2, 1.2, 1.2, 4.5]

    def mat_table(rows, groups):
        tb = doc.add_table(rows=2 + len(rows), cols=7)
        tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        widths(tb, cms)
        h0, h1 = tb.rows[0].cells, tb.rows[1].cells
        for i, h in ((0, "序号"), (1, "材料类别"), (2, "材料名称"), (6, "备注")):
            c = h0[i].merge(h1[i])
            set_cell(c, h, HT, 10.5)
        c = h0[3].merge(h0[5])
        set_cell(c, "适用情形", HT, 10.5)
        for i, h in ((3, "新办"), (4, "延期"), (5, "变更")):
            set_cell(h1[i], h, HT, 10.5)
        repeat_header(tb.rows[0])
        repeat_header(tb.rows[1])
        for ri, row in enumerate(rows, 2):
            cells = tb.rows[ri].cells
            for ci, v in enumerate(row):
                if ci == 1:
                    continue
                al = WD_ALIGN_PARAGRAPH.LEFT if ci in (2, 6) else WD_ALIGN_PARAGRAPH.CENTER
                set_cell(cells[ci], v, FS, 10.5, align=al, line=14)
            cant_split(tb.rows[ri])
            clauses.append(row_clause(keys, row))
        for start, end, label in groups:  # row indexes within rows
            c = tb.rows[start + 2].cells[1]
            if end > start:
                c = c.merge(tb.rows[end + 2].cells[1])
            set_cell(c, label, FS, 10.5)
        return tb

    rows = [
        ["1", "基本材料", "外国人来华工作许可申请表", "√", "√", "√", "在线填写，用人单位加盖电子印章"],
        ["2", "基本材料", "护照或者国际旅行证件", "√", "√", "√", "有效期须在6个月以上"],
        ["3", "基本材料", "申请人近6个月内正面免冠彩色照片", "√", "√", "√", "电子照片，白色背景"],
        ["4", "资历材料", "工作资历证明", "√", "—", "—", "注明工作起止时间和岗位"],
        ["5", "资历材料", "最高学位（学历）证书或者职业资格证明", "√", "—", "—", "境外证书须经我国驻外使领馆认证"],
        ["6", "资历材料", "无犯罪记录证明", "√", "—", "—", "国籍国或者经常居住地国出具，6个月内有效"],
        ["7", "资历材料", "体检证明", "√", "—", "—", "6个月内有效"],
        ["8", "聘用材料", "聘用合同或者任职证明", "√", "√", "√", "合同期限一般不超过5年"],
        ["9", "其他材料", "《外国人工作许可证》原件", "—", "√", "√", "延期、变更时交回原证"],
        ["10", "其他材料", "变更事项相关证明材料", "—", "—", "√", "如单位名称变更证明等"],
    ]
    SPLIT = 6
    g_all = [(0, 2, "基本材料"), (3, 6, "资历材料"), (7, 7, "聘用材料"), (8, 9, "其他材料")]

    def groups_for(lo, hi):
        out = []
        for a, b, lab in g_all:
            a2, b2 = max(a, lo), min(b, hi - 1)
            if a2 <= b2:
                out.append((a2 - lo, b2 - lo, lab))
        return out

    mat_table(rows[:SPLIT], groups_for(0, SPLIT))
    new_page(add_par(doc, [("续表", KT, 14, False)], indent=False, line=24, after=4))
    mat_table(rows[SPLIT:], groups_for(SPLIT, len(rows)))
    # notes typed with Shift+Enter
    n1 = "注：1.“√”为需提交，“—”为无需提交。"
    n2 = "2.外文材料须附中文译本，并由用人单位加盖公章确认。"
    n3 = "3.可通过“一网通办”专区调取电子证照的材料，申请人无需重复提交。"
    p = doc.add_paragraph()
    font(p.add_run(n1), FS, 12)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("    " + n2), FS, 12)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("    " + n3), FS, 12)
    fmt(p, indent=False, line=20)
    clauses.extend([n1, n2, n3])

    # ---- 流程与时限: merged two-level header
    head("三、办理流程及时限")
    caption(doc, "表3  办理流程及时限（单位：工作日）")
    keys4 = ["序号", "办理环节", "办理主体", "办理时限／法定", "办理时限／承诺", "办理内容"]
    rows4 = [
        ["1", "网上申请", "用人单位", "—", "—", "在“一网通办”专区在线填报并上传材料"],
        ["2", "预审受理", "受理窗口", "5", "2", "予以受理或者一次性告知需补正的材料"],
        ["3", "审查决定", "决定机构", "10", "2", "作出准予或者不予许可的决定"],
        ["4", "制证送达", "决定机构", "5", "1", "窗口领取或者免费邮寄《外国人工作许可证》"],
    ]
    tb = doc.add_table(rows=2 + len(rows4), cols=6)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(tb, [1.2, 2.0, 2.0, 1.2, 1.2, 8.0])
    h0, h1 = tb.rows[0].cells, tb.rows[1].cells
    for i, h in ((0, "序号"), (1, "办理环节"), (2, "办理主体"), (5, "办理内容")):
        set_cell(h0[i].merge(h1[i]), h, HT, 10.5)
    set_cell(h0[3].merge(h0[4]), "办理时限", HT, 10.5)
    set_cell(h1[3], "法定", HT, 10.5)
    set_cell(h1[4], "承诺", HT, 10.5)
    for ri, row in enumerate(rows4, 2):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci == 5 else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(tb.rows[ri].cells[ci], v, FS, 10.5, align=al, line=14)
        clauses.append(row_clause(keys4, row))

    head("四、咨询电话")
    caption(doc, "表4  受理窗口及咨询电话")
    simple_table(doc, ["序号", "服务窗口", "咨询电话", "工作时间（工作日）"], [
        ["1", "省政务服务中心专窗", "0898-66593218", "9:00—12:00，13:30—17:00"],
        ["2", "海口市政务服务中心", "0898-68723361", "9:00—12:00，13:30—17:00"],
        ["3", "三亚市政务服务中心", "0898-88665027", "9:00—12:00，14:30—17:30"],
        ["4", "12345政务服务便民热线", "12345", "7×24小时"],
    ], clauses, [1.2, 4.8, 3.6, 6.0], size=10.5, left_cols=(1,))

    banji(doc, "抄送：科技部外国人才服务司，省公安厅出入境管理局，省人力资源和社会保障厅，省政务服务中心。",
          "海南省科学技术厅办公室", "2026年3月17日印发", gap=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="海南省科学技术厅关于印发《海南自由贸易港外国人来华工作许可“一网通办”办事指南（2026年版）》的通知",
            doc_number="琼科〔2026〕41号",
            issuer=["海南省科学技术厅"],
            date="2026-03-16",
            level="provincial",
            region="海南省",
            effective="2026-04-01",
            attachments=["海南自由贸易港外国人来华工作许可“一网通办”办事指南（2026年版）"],
            doc_type="通知",
            recipients=["各市、县、自治县科技主管部门", "洋浦经济开发区管理委员会",
                        "各重点园区管理机构", "省直有关单位"],
            publicity="此件主动公开",
            repeals="《海南自由贸易港外国人来华工作许可办事指南（2023年版）》（琼科〔2023〕88号）",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_xiamen():
    stem = "blind935_xiamen_gonggao"
    doc = Document()
    setup(doc, footer="page_of")
    clauses = []
    nid = make_numbering(doc, "%1、")

    def body(t):  # indent typed with full-width spaces
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def item(h, t):
        n = item.n = getattr(item, "n", 0) + 1
        clauses.append("%s、%s%s" % ("一二三四五"[n - 1], h, t))
        p = add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, nid)

    # no 红头: web-release style title
    empty(doc, 1)
    p = add_par(doc, [("厦门市科学技术局关于外国人来华工作许可", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("“一网通办”办事指南的公告"), XBS, 22)
    add_par(doc, [("厦科公告〔2026〕3号", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    empty(doc, 1)

    body("为贯彻落实国务院关于加快推进政务服务“高效办成一件事”的部署要求，持续优化中国（福建）自由贸易试验区厦门片区和“丝路海港”城市国际化营商环境，便利外国人才来厦工作，我局对外国人来华工作许可事项实行“一网通办”。现将办事指南公告如下：")
    item("办理渠道。", "申请人可以通过“闽政通”App、福建省网上办事大厅厦门分厅或者外国人来华工作管理服务系统在线申请,全程网上办理，无需到现场提交纸质材料。")
    item("办事指南要素。", "办理条件、申请材料、办理流程及时限、收费标准和咨询电话详见下表。")

    caption(doc, "表1  外国人来华工作许可“一网通办”办事指南要素表", size=14)
    simple_table(doc, ["要素", "内容"], [
        ["受理范围", "在厦门市行政区域内（含中国（福建）自由贸易试验区厦门片区）依法注册的用人单位聘用的外国人"],
        ["办理条件", "年满18周岁，身体健康；无犯罪记录；境内有确定的聘用单位；具有从事其工作所必需的专业技能或者相适应的工作经历"],
        ["申请材料", "见表2"],
        ["办理时限", "法定20个工作日，承诺5个工作日（见表3）"],
        ["收费标准", "不收费"],
        ["送达方式", "电子证照即时推送；纸质证件窗口领取或者免费邮寄"],
        ["咨询电话", "见表4"],
    ], clauses, [3.0, 12.6], size=12, left_cols=(1,))

    caption(doc, "表2  申请材料清单（共9项）", size=14)
    simple_table(doc, ["序号", "材料名称", "来源渠道", "份数", "材料要求"], [
        ["1", "外国人来华工作许可申请表", "申请人（系统生成）", "1", "在线填写，用人单位加盖电子印章"],
        ["2", "护照或者国际旅行证件", "申请人", "1", "扫描件，有效期6个月以上"],
        ["3", "工作资历证明", "原工作单位", "1", "原件扫描件"],
        ["4", "最高学位（学历）证书", "毕业院校", "1", "境外学历须经认证；已通过认证的可免交"],
        ["5", "无犯罪记录证明", "申请人国籍国或者经常居住地国", "1", "6个月内出具，须经认证"],
        ["6", "体检证明", "医疗机构", "1", "6个月内出具"],
        ["7", "聘用合同或者任职证明", "用人单位", "1", "合同期限不超过5年"],
        ["8", "近期正面免冠照片", "申请人", "1", "电子版，白底彩色"],
        ["9", "随行家属证明材料", "申请人", "1", "无随行家属的免交"],
    ], clauses, [1.4, 4.2, 3.6, 1.4, 5.0], size=12, left_cols=(1, 4), repeat=True)
    t = "注：通过电子证照库可以共享获取的材料（营业执照、学历认证报告等），申请人免于提交。"
    clauses.append(t)
    add_par(doc, [(t, FS, 12, False)], indent=False, line=20)

    caption(doc, "表3  办理流程及时限（单位：工作日）", size=14)
    simple_table(doc, ["环节", "办理主体", "办理时限", "办理结果"], [
        ["网上申请", "用人单位", "—", "提交申请"],
        ["审核受理", "市科技局受理窗口", "1", "受理或者一次性告知补正"],
        ["审查决定", "市科技局", "3", "准予或者不予许可"],
        ["制证送达", "市科技局", "1", "电子证照推送，纸质证件领取或者邮寄"],
        ["合计", "—", "5", "—"],
    ], clauses, [2.6, 4.2, 2.2, 6.6], size=12, left_cols=(3,))
    t = "注：法定办理时限为20个工作日，我局承诺5个工作日内办结；符合“绿色通道”条件的外国高端人才（A类），实行“即审即办”，当日办结。"
    clauses.append(t)
    add_par(doc, [(t, FS, 12, False)], indent=False, line=20)

    caption(doc, "表4  咨询服务窗口", size=14)
    simple_table(doc, ["序号", "服务机构", "地址", "咨询电话"], [
        ["1", "厦门市科学技术局外国人才服务窗口", "厦门市思明区湖滨北路61号市民服务中心B区3楼", "0592-5396170"],
        ["2", "中国（福建）自由贸易试验区厦门片区政务服务中心", "厦门市湖里区象屿路93号", "0592-5625091"],
        ["3", "厦门火炬高技术产业开发区企业服务中心", "厦门市湖里区创新三路2号", "0592-5706233"],
        ["4", "厦门市12345政务服务便民热线", "—", "12345"],
    ], clauses, [1.4, 5.0, 5.6, 3.6], size=12, left_cols=(1, 2), repeat=True)
    body("工作时间：周一至周五 上午9:00-12:00，下午13:00-17:00（法定节假日除外）。")
    item("施行日期。", "本公告自2026年3月1日起施行，有效期至2028年2月29日。")
    add_par(doc, IND + "特此公告。", indent=False)
    empty(doc, 2)
    # 落款 aligned with a centered tab stop
    for txt in ("厦门市科学技术局", "二〇二六年二月九日"):
        p = add_par(doc, "\t" + txt, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(11.8), WD_TAB_ALIGNMENT.CENTER)
    empty(doc, 1)
    add_par(doc, IND + "（此件公开发布）", indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="厦门市科学技术局关于外国人来华工作许可“一网通办”办事指南的公告",
            doc_number="厦科公告〔2026〕3号",
            issuer=["厦门市科学技术局"],
            date="2026-02-09",
            level="municipal",
            region="厦门市",
            effective="2026-03-01",
            expires="2028-02-29",
            doc_type="公告",
            publicity="此件公开发布",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C (two documents)
def doc_kunming():
    stem = "blind935_kunming_qingshi"
    doc = Document()
    setup(doc)
    c1, c2 = [], []

    def body(cl, t):
        cl.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)]).paragraph_format.keep_with_next = True

    def runin(cl, h, t):
        cl.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    # ---------------- C1 请示
    add_par(doc, [("000015", HT, 16, False)], indent=False)
    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("昆明市科学技术局", XBS, 42, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=12)
    empty(doc, 1)
    p = add_par(doc, [("昆科呈〔2026〕6号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("杨卫民", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for line in ("昆明市科学技术局关于在中国（云南）",
                 "自由贸易试验区昆明片区开展外国人来华",
                 "工作许可“一网通办”延伸受理试点的请示"):
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "云南省科学技术厅：", indent=False)
    body(c1, "为贯彻落实《中国（云南）自由贸易试验区总体方案》关于建设面向南亚东南亚辐射中心的部署，进一步便利南亚东南亚国家等外籍人才来昆创新创业，根据《外国人在中国就业管理规定》和省科技厅有关工作要求，结合我市实际，我局拟在中国（云南）自由贸易试验区昆明片区开展外国人来华工作许可“一网通办”延伸受理试点。现将有关事项请示如下：")
    head("一、试点必要性")
    body(c1, "近年来，昆明片区外籍人才需求持续增长。2025年，全市共办理外国人来华工作许可2386件，同比增长16.4%，其中昆明片区内用人单位申请1127件，占47.2%。申请人主要来自老挝、泰国、越南、缅甸、印度等国家，集中在跨境物流、国际贸易、教育培训、生物医药等领域。目前，昆明片区用人单位办理工作许可仍需到市政务服务中心现场核验，往返时间长、办事成本高，企业反映较为集中。")
    head("二、试点内容")
    runin(c1, "（一）设立延伸受理点。", "在昆明片区政务服务中心设立外国人来华工作许可延伸受理点，按照“一网通办”要求统一使用外国人来华工作管理服务系统，实行网上申请、就近受理、市级审批。")
    runin(c1, "（二）统一办事指南。", "延伸受理点按照我局制定的《昆明片区外国人来华工作许可延伸受理点办事指南（试行）》（见附件）开展受理工作，办理条件、申请材料、收费标准等与市级窗口保持一致。")
    runin(c1, "（三）压缩办理时限。", "在法定时限20个工作日的基础上，延伸受理点受理的申请承诺5个工作日内办结，其中外国高端人才（A类）承诺3个工作日内办结。")
    head("三、保障措施")
    body(c1, "我局将选派2名业务骨干常驻延伸受理点，开展业务指导和人员培训；昆明片区管委会负责提供办公场所和设备，所需经费由昆明片区管委会在年度预算中统筹安排，不另行申请省级资金。")
    add_par(doc, "妥否，请批示。")
    empty(doc, 1)
    add_par(doc, "附件：昆明片区外国人来华工作许可延伸受理点办事指南（试行）")
    empty(doc, 2)
    # 落款 typed with spaces
    add_par(doc, " " * 36 + "昆明市科学技术局", indent=False)
    add_par(doc, " " * 38 + "2026年4月7日", indent=False)
    empty(doc, 1)
    add_par(doc, "（联系人：李婷，联系电话：0871-63196482）")

    new_page(add_par(doc, [("附件", HT, 16, False)], indent=False))
    empty(doc, 1)
    add_par(doc, [("昆明片区外国人来华工作许可延伸受理点", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    add_par(doc, [("办事指南（试行）", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1)
    body(c1, "本指南适用于中国（云南）自由贸易试验区昆明片区内依法注册的用人单位为其聘用的外国人申请来华工作许可（新办、延期、变更、注销）。")
    simple_table(doc, ["序号", "项目", "具体内容"], [
        ["1", "办理条件", "年满18周岁，身体健康，无犯罪记录，境内有确定的聘用单位，具有从事其工作所必需的专业技能或者相适应的工作经历"],
        ["2", "申请材料", "1.外国人来华工作许可申请表；2.护照或者国际旅行证件；3.工作资历证明；4.最高学位（学历）证书；5.无犯罪记录证明；6.体检证明；7.聘用合同或者任职证明；8.近期正面免冠照片"],
        ["3", "办理流程", "网上申请→延伸受理点预审受理→市科技局审查决定→制证送达"],
        ["4", "办理时限", "承诺5个工作日办结（外国高端人才（A类）3个工作日）"],
        ["5", "收费标准", "不收费"],
        ["6", "受理地点", "昆明片区政务服务中心一楼外国人来华工作许可延伸受理点（昆明市官渡区经开路3号）"],
        ["7", "咨询电话", "0871-67196205（延伸受理点）；0871-63196482（市科技局）；12345政务服务便民热线"],
        ["8", "工作时间", "周一至周五9:00—12:00，13:00—17:00（法定节假日除外）"],
    ], c1, [1.4, 2.6, 11.6], size=12, left_cols=(2,))

    # ---------------- C2 批复 (a separate document printed after)
    new_page(add_par(doc, [("云南省科学技术厅", XBS, 42, False, RED)],
                     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=12))
    empty(doc, 1)
    p = add_par(doc, "云科复〔2026〕11号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = add_par(doc, [("云南省科学技术厅关于同意在中国（云南）", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("自由贸易试验区昆明片区开展外国人"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("来华工作许可延伸受理试点的批复"), XBS, 22)
    empty(doc, 1)
    add_par(doc, "昆明市科学技术局：", indent=False)
    body(c2, "你局《关于在中国（云南）自由贸易试验区昆明片区开展外国人来华工作许可“一网通办”延伸受理试点的请示》（昆科呈〔2026〕6号）收悉。经研究，现批复如下：")
    body(c2, "一、同意你局在中国（云南）自由贸易试验区昆明片区政务服务中心设立外国人来华工作许可延伸受理点，开展“一网通办”延伸受理试点。试点期限自2026年5月1日起至2027年4月30日止。")
    body(c2, "二、延伸受理点应当严格执行国家外国人来华工作许可有关规定和办事指南，统一使用外国人来华工作管理服务系统，不得自行增加申请材料和办理条件。本事项不收取任何费用。")
    body(c2, "三、你局要加强对延伸受理点的业务指导和监督管理，建立办件质量抽查制度，每季度抽查比例不低于10%，确保审批质量和数据安全。")
    body(c2, "四、试点期满前1个月内，你局应当将试点工作总结报送我厅。试点中遇到的重大问题，请及时报告。")
    add_par(doc, "此复。")
    empty(doc, 2)
    p = add_par(doc, "云南省科学技术厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年4月28日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(72)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")
    banji(doc, "抄送：昆明市人民政府，中国（云南）自由贸易试验区昆明片区管理委员会，昆明市公安局出入境管理支队。",
          "云南省科学技术厅办公室", "2026年4月28日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [
        {"meta": meta(
            title="昆明市科学技术局关于在中国（云南）自由贸易试验区昆明片区开展外国人来华工作许可“一网通办”延伸受理试点的请示",
            doc_number="昆科呈〔2026〕6号",
            issuer=["昆明市科学技术局"],
            date="2026-04-07",
            level="municipal",
            region="昆明市",
            attachments=["昆明片区外国人来华工作许可延伸受理点办事指南（试行）"],
            doc_type="请示",
            recipients=["云南省科学技术厅"],
        ), "clauses": c1},
        {"meta": meta(
            title="云南省科学技术厅关于同意在中国（云南）自由贸易试验区昆明片区开展外国人来华工作许可延伸受理试点的批复",
            doc_number="云科复〔2026〕11号",
            issuer=["云南省科学技术厅"],
            date="2026-04-28",
            level="provincial",
            region="云南省",
            effective="2026-05-01",
            expires="2027-04-30",
            doc_type="批复",
            recipients=["昆明市科学技术局"],
            publicity="此件主动公开",
        ), "clauses": c2},
    ]
    return path


def main():
    paths = [doc_hainan(), doc_xiamen(), doc_kunming()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
