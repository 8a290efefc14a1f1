# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 838: 会议通知附参会回执（省商务厅召开全省一带一路经贸合作推进会），Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
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
CN = "一二三四五六七八九十"

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, spacing=None):
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
    if spacing is not None:
        rpr.append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), spacing)))
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
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    if _pending_break[0]:
        p.paragraph_format.page_break_before = True
        _pending_break[0] = False
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    el = parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), val, sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


_pending_break = [False]


def page_break(doc):
    """next paragraph starts a new page (段前分页)"""
    _pending_break[0] = True


def setup(doc):
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
    # page number footer "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def row_height(row, cm):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="atLeast"/>'
                          % (nsdecls("w"), int(cm * 567))))


def col_widths(t, widths_cm):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules; 印发 date pushed right with a tab."""
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.keep_with_next = True
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_838", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering ---------------------------------------------
_next_abs = [700]


def make_numbering(doc, lvl_text, numfmt="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, numfmt, lvl_text))
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


def meta(**kw):
    m = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
         "level": "provincial", "region": None, "effective": None, "expires": None,
         "attachments": [], "doc_type": "通知", "recipients": [], "publicity": None,
         "repeals": None}
    m.update(kw)
    return m


# =================================================================== DOC A  福建（红头文件）
def doc_fujian():
    stem = "blind838_fujian_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    # 份号 + 紧急程度, top left
    add_par(doc, [("000086", SONG, 16, False)], indent=False, line=24)
    add_par(doc, [("特急", HT, 16, False)], indent=False, line=24)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("福建省商务厅文件"), XBS, 40, False, RED, spacing=-20)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56)
    empty(doc, 1)
    p = add_par(doc, "闽商务外经〔2026〕18号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed in two paragraphs, wrapped in an odd place (inside the quote)
    add_par(doc, [("福建省商务厅关于召开2026年全省“一带", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("一路”经贸合作推进会的通知", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各设区市商务局，平潭综合实验区经济发展局，中国（福建）自由贸易试验区福州、厦门、平潭片区管委会，省直有关部门，有关企业：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)])
        p.paragraph_format.keep_with_next = True

    def runin(h, t, hf=HT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，总结2025年全省“一带一路”经贸合作成效，部署2026年重点工作，经省政府同意，定于3月中旬在福州召开2026年全省“一带一路”经贸合作推进会。现将有关事项通知如下：")
    runin("一、会议时间：", "2026年3月19日（星期四）上午9:00，会期半天。3月18日14:00起报到。")
    runin("二、会议地点：", "福州海峡国际会展中心3号会议室。")
    head("三、参会人员")
    body("（一）省商务厅主要负责同志、分管负责同志及有关处室负责同志；")
    body("（二）省发展改革委、省财政厅、省外办、福州海关、厦门海关、中国信保福建分公司各1名处级负责同志；")
    body("（三）各设区市商务局、平潭综合实验区经济发展局分管负责同志和业务科室负责同志各1名，自贸试验区各片区管委会分管负责同志各1名；")
    body("（四）重点“走出去”企业、境外经贸合作区实施企业代表约30名（由各设区市商务局推荐，每个设区市不超过4家）。")
    head("四、会议议程")
    body("（一）通报2025年全省“一带一路”经贸合作工作情况，部署2026年重点工作；")
    body("（二）福州市、厦门市、泉州市商务局和3家企业代表作交流发言；")
    body("（三）举行“丝路海运”“丝路电商”重点合作项目集中签约；")
    body("（四）省领导讲话。")
    body("具体日程安排见附件2。")
    head("五、有关要求")
    body("（一）请各单位严格按照要求确定参会人员，于3月13日（星期五）下班前将参会回执（附件1）报送至省商务厅对外投资和经济合作处，电子邮箱:fjdwtz2026@163.com。")
    body("（二）作交流发言的单位请围绕项目推进、境外经贸合作区建设、风险防控等准备发言材料，每个发言不超过8分钟，书面材料请于3月16日前报送。")
    body("（三）会议统一安排3月18日晚住宿，费用回所在单位报销。请严格遵守中央八项规定精神，轻车简从。")
    body("联系人：林晓东，0591-87856312，13805912368（同微信）。")
    empty(doc, 1)
    # 附件 list: second line aligned with a tab / hanging indent
    p = add_par(doc, "附件：1．2026年全省“一带一路”经贸合作推进会参会回执", first=Pt(32))
    p = add_par(doc, "\t2．2026年全省“一带一路”经贸合作推进会日程安排", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Pt(112))
    empty(doc, 1)
    p = add_par(doc, "福建省商务厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年3月5日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件主动公开）")
    banji(doc, "抄送：商务部对外投资和经济合作司，省人民政府办公厅。",
          "福建省商务厅办公室", "2026年3月5日印发")

    # ---------------- 附件1 回执 (blank form)
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("2026年全省“一带一路”经贸合作推进会", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("参会回执", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    hdr = ["序号", "姓名", "单位及职务", "性别", "手机号码", "是否住宿", "备注"]
    t = doc.add_table(rows=6, cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for r in t.rows[1:]:
        row_height(r, 1.2)
        for c in r.cells:
            set_cell(c, "", FS, 12)
    col_widths(t, [1.3, 2.0, 4.0, 1.3, 3.0, 2.0, 2.0])
    empty(doc, 1)
    for t_ in ("注：1．请于3月13日前将回执电子版（Word格式）发送至fjdwtz2026@163.com，并电话确认。",
               "2．作交流发言的单位请在备注栏注明“发言”。"):
        clauses.append(t_)
        p = add_par(doc, [(t_, FS, 14, False)], indent=False, line=24)
    # second note aligned under the first with spaces
    p.runs[0].text = "\u3000\u3000" + p.runs[0].text

    # ---------------- 附件2 日程 (merged cells)
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("2026年全省“一带一路”经贸合作推进会", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("日程安排", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    hdr = ["日期", "时间", "内容", "地点"]
    rows = [
        ["3月18日（星期三）", "14:00—20:00", "报到", "海峡国际会展中心酒店一楼大堂"],
        ["3月18日（星期三）", "18:00—19:30", "工作餐", "海峡国际会展中心酒店二楼餐厅"],
        ["3月19日（星期四）", "8:30—9:00", "入场、签到", "3号会议室"],
        ["3月19日（星期四）", "9:00—9:40", "通报2025年全省“一带一路”经贸合作工作情况，部署2026年重点工作", "3号会议室"],
        ["3月19日（星期四）", "9:40—10:40", "交流发言（福州市、厦门市、泉州市商务局，企业代表3家）", "3号会议室"],
        ["3月19日（星期四）", "10:40—11:10", "“丝路海运”“丝路电商”重点合作项目集中签约", "3号会议室"],
        ["3月19日（星期四）", "11:10—11:50", "省领导讲话", "3号会议室"],
        ["3月19日（星期四）", "12:00", "工作餐", "海峡国际会展中心酒店二楼餐厅"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    col_widths(t, [3.4, 2.8, 5.8, 3.6])
    # vertical merges: 日期 rows 1-2 and 3-8, 地点 rows 3-7
    for (c, a, b) in ((0, 1, 2), (0, 3, 8), (3, 3, 7)):
        m = t.cell(a, c).merge(t.cell(b, c))
        set_cell(m, rows[a - 1][c], FS, 12)
    empty(doc, 1)
    t_ = "注：日程如有调整，以会议当天印发的会议指南为准。"
    clauses.append(t_)
    add_par(doc, [(t_, FS, 14, False)], indent=False, line=24)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="福建省商务厅关于召开2026年全省“一带一路”经贸合作推进会的通知",
            doc_number="闽商务外经〔2026〕18号",
            issuer=["福建省商务厅"],
            date="2026-03-05",
            region="福建省",
            attachments=["2026年全省“一带一路”经贸合作推进会参会回执",
                         "2026年全省“一带一路”经贸合作推进会日程安排"],
            recipients=["各设区市商务局", "平潭综合实验区经济发展局",
                        "中国（福建）自由贸易试验区福州、厦门、平潭片区管委会",
                        "省直有关部门", "有关企业"],
            publicity="此件主动公开"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B  云南（信函格式）
def doc_yunnan():
    stem = "blind838_yunnan_hanshi"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")
    n_scope = make_numbering(doc, "（%1）")

    # 信函格式版头: organ name, thick-over-thin double red rule, 文号 right under the rule
    p = doc.add_paragraph()
    font(p.add_run("云南省商务厅"), XBS, 36, False, RED, spacing=40)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50)
    border(p, "bottom", "FF0000", 24, 10, val="thickThinSmallGap")
    p = add_par(doc, "云商函〔2026〕41号", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, before=6)
    empty(doc, 1)
    # title: one paragraph with a soft line break
    p = doc.add_paragraph()
    font(p.add_run("云南省商务厅关于召开全省共建“一带一路”"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("经贸合作推进会的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各州、市商务局，中国（云南）自由贸易试验区各片区管委会，各边境经济合作区管委会：",
            indent=False)

    def body(t, typed_indent=False):
        clauses.append(t)
        if typed_indent:
            add_par(doc, IND + t, indent=False)
        else:
            add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        p.paragraph_format.keep_with_next = True
        apply_num(p, n_head)

    scope_i = [0]

    def scope(t):
        scope_i[0] += 1
        clauses.append("（%s）%s" % (CN[scope_i[0] - 1], t))
        p = add_par(doc, t, first=Pt(32))
        apply_num(p, n_scope)

    body("为深入推进我省面向南亚东南亚辐射中心建设，推动共建“一带一路”经贸合作走深走实，省商务厅定于2026年4月下旬在昆明召开全省共建“一带一路”经贸合作推进会，会期1天。现将有关事项通知如下：", True)
    head("会议主要内容")
    body("总结交流2025年全省共建“一带一路”经贸合作工作，分析研判中老铁路、中缅经济走廊建设和《区域全面经济伙伴关系协定》（RCEP）深入实施带来的新机遇，安排部署2026年对外投资合作、边境贸易创新发展、境外经贸合作区建设等重点工作。", True)
    head("会议时间和地点")
    body("（一）时间：2026年4月23日（星期四）9:00—17:30，4月22日（星期三）14:00—21:00报到。", True)
    body("（二）地点：云南海埂会堂2号会议厅（昆明市西山区）。报到地点：海埂会议中心酒店一楼大堂。", True)
    head("参会范围")
    scope("各州（市）商务局主要负责同志或分管负责同志1名、业务科室负责同志1名；")
    scope("自贸试验区各片区管委会、各边境经济合作区管委会分管负责同志各1名；")
    scope("省商务厅厅领导，有关处室、直属单位主要负责同志；")
    scope("省级有关部门、中国出口信用保险公司云南分公司及有关金融机构代表（由省商务厅另行邀请）；")
    scope("在老挝、缅甸、越南、柬埔寨、泰国等国开展投资合作的重点企业代表，由各州（市）商务局推荐，每个州（市）1—2家。")
    head("其他事项")
    body("（一）请各单位于4月17日（星期五）12:00前将参会回执（附件1）加盖公章后扫描发送至电子邮箱ynswtdwhz@163.com，逾期视为不参会。", True)
    # two items typed in one paragraph separated by Shift+Enter
    t1 = "（二）会议期间安排中老铁路沿线、中缅经济走廊重点项目推介环节，请有推介需求的州（市）于4月15日前将项目推介材料（PPT不超过10页，推介时长不超过5分钟）报送省商务厅对外投资和经济合作处。"
    t2 = "（三）会议食宿由会务组统一安排，住宿费用回所在单位按规定报销，往返交通自行安排。"
    p = doc.add_paragraph()
    font(p.add_run(IND + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([t1, t2])
    body("（四）联系人：省商务厅对外投资和经济合作处　张丽萍，电话：0871-63215478，手机:13987112345；会务组　李　强，电话：0871-63215490（兼传真）。", True)
    empty(doc, 1)
    p = add_par(doc, IND + "附件：1.全省共建“一带一路”经贸合作推进会参会回执", indent=False)
    p = add_par(doc, "\t2.全省共建“一带一路”经贸合作推进会日程安排", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Pt(112))
    empty(doc, 2)
    # 落款: organ + date in Chinese numerals, pushed right by typed spaces
    add_par(doc, "\u3000" * 16 + "云南省商务厅", indent=False)
    add_par(doc, "\u3000" * 15 + "二〇二六年四月八日", indent=False)

    # ---------------- 附件1 回执
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("全省共建“一带一路”经贸合作推进会参会回执", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    t = doc.add_table(rows=7, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = ["姓名", "单位", "职务", "联系电话", "住宿需求", "", "抵昆方式及时间"]
    sub = ["", "", "", "", "单间", "标间", ""]
    for i, h in enumerate(top):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for i, h in enumerate(sub):
        set_cell(t.rows[1].cells[i], h, HT, 12)
    for c in (0, 1, 2, 3, 6):
        m = t.cell(0, c).merge(t.cell(1, c))
        set_cell(m, top[c], HT, 12)
    m = t.cell(0, 4).merge(t.cell(0, 5))
    set_cell(m, "住宿需求", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for r in t.rows[2:]:
        row_height(r, 1.1)
    col_widths(t, [2.0, 3.6, 2.2, 2.8, 1.4, 1.4, 3.0])
    empty(doc, 1)
    t_ = "备注：请在住宿需求对应栏内打“√”；乘坐航班或高铁抵昆的，请注明航班号（车次）及到达时间，以便安排接站。"
    clauses.append(t_)
    add_par(doc, [(t_, FS, 14, False)], indent=False, line=24)

    # ---------------- 附件2 日程（two-level header）
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("全省共建“一带一路”经贸合作推进会日程安排", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    keys = ["时间／日期", "时间／时段", "议程", "主持或主讲", "地点"]
    rows = [
        ["4月22日", "14:00—21:00", "报到", "—", "海埂会议中心酒店一楼大堂"],
        ["4月23日", "9:00—9:20", "开幕，省商务厅主要负责同志讲话", "省商务厅分管负责同志主持", "海埂会堂2号会议厅"],
        ["4月23日", "9:20—10:30", "通报2025年全省共建“一带一路”经贸合作情况，解读2026年重点工作安排", "省商务厅对外投资和经济合作处", "海埂会堂2号会议厅"],
        ["4月23日", "10:30—12:00", "交流发言：昆明市、红河州、西双版纳州、德宏州商务局，3家重点企业", "有关州（市）和企业代表", "海埂会堂2号会议厅"],
        ["4月23日", "12:00—14:00", "午餐、休息", "—", "海埂会议中心酒店餐厅"],
        ["4月23日", "14:00—16:00", "中老铁路沿线、中缅经济走廊重点项目推介", "有关州（市）商务局", "海埂会堂2号会议厅"],
        ["4月23日", "16:00—17:00", "金融保险支持企业“走出去”专题辅导", "中国信保云南分公司、进出口银行云南省分行", "海埂会堂2号会议厅"],
        ["4月23日", "17:00—17:30", "会议总结", "省商务厅分管负责同志", "海埂会堂2号会议厅"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(["时间", "", "议程", "主持或主讲", "地点"]):
        set_cell(t.rows[0].cells[i], h, HT, 10.5)
    for i, h in enumerate(["日期", "时段", "", "", ""]):
        set_cell(t.rows[1].cells[i], h, HT, 10.5)
    m = t.cell(0, 0).merge(t.cell(0, 1))
    set_cell(m, "时间", HT, 10.5)
    for c, h in ((2, "议程"), (3, "主持或主讲"), (4, "地点")):
        m = t.cell(0, c).merge(t.cell(1, c))
        set_cell(m, h, HT, 10.5)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(keys, row)))
    col_widths(t, [1.7, 2.5, 5.6, 3.2, 2.6])
    # 日期 4月23日 merged down rows 3..9 (table rows)
    m = t.cell(3, 0).merge(t.cell(9, 0))
    set_cell(m, "4月23日", FS, 10.5)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="云南省商务厅关于召开全省共建“一带一路”经贸合作推进会的通知",
            doc_number="云商函〔2026〕41号",
            issuer=["云南省商务厅"],
            date="2026-04-08",
            region="云南省",
            attachments=["全省共建“一带一路”经贸合作推进会参会回执",
                         "全省共建“一带一路”经贸合作推进会日程安排"],
            recipients=["各州、市商务局", "中国（云南）自由贸易试验区各片区管委会",
                        "各边境经济合作区管委会"]),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C  湖南（网站公开版，通知 + 补充通知）
def doc_hunan():
    stem = "blind838_hunan_buchong"
    doc = Document()
    setup(doc)

    # ---------------- 文件一：通知
    clauses = []

    def body(t, size=16):
        clauses.append(t)
        add_par(doc, [(t, FS, size, False)])

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)])
        p.paragraph_format.keep_with_next = True

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    add_par(doc, "湘商外经函〔2026〕23号", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc, 1)
    p = add_par(doc, [("湖南省商务厅关于召开全省", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("“一带一路”经贸合作推进会的通知"), XBS, 22)
    empty(doc, 1)
    add_par(doc, "各市州商务局，中国（湖南）自由贸易试验区长沙、岳阳、郴州片区管委会，湖南湘江新区管委会，有关企业：",
            indent=False)
    body("为贯彻落实共建“一带一路”高质量发展有关部署，深化我省与共建国家经贸合作，加快推进中非经贸深度合作先行区建设，省商务厅决定召开全省“一带一路”经贸合作推进会。现就有关事项通知如下：")
    head("一、会议安排")
    body("1．时间：2026年3月27日（星期五）上午9:00—12:00，下午14:30—17:30。3月26日（星期四）14:00—20:00报到。")
    body("2．地点：长沙市湖南宾馆三楼会议厅。")
    body("3．参会人员：各市州商务局、自贸试验区各片区管委会、湖南湘江新区管委会分管负责同志；重点“走出去”企业、境外经贸合作区实施企业、对非贸易重点企业负责人（由各市州商务局推荐，长沙市不超过8家，其他市州不超过3家）。")
    head("二、会议内容")
    runin("（一）全体会议。", "通报全省2025年共建“一带一路”经贸合作情况，长沙市、岳阳市、郴州市商务局和5家企业作典型发言，省商务厅主要负责同志作工作部署。")
    runin("（二）专题对接。", "下午分设“境外经贸合作区建设”“对非经贸合作”两个专题对接组，邀请有关金融机构开展政策解读和项目对接。")
    head("三、工作要求")
    body("（一）请各市州商务局认真组织本地区企业报名，于3月20日（星期五）前将参会回执（附件1）报送至省商务厅对外投资和经济合作处。")
    body("（二）典型发言单位请准备发言稿，发言时间控制在6分钟以内，发言稿请于3月24日前报送。")
    body("（三）会议不收取任何费用，差旅费回所在单位报销。")
    body("联系人：周　敏　　电话：0731-82287461　　邮箱:hnswtdwtz@163.com")
    add_par(doc, "附件：1. 全省“一带一路”经贸合作推进会参会回执")
    add_par(doc, "\u3000\u3000\u3000\u30002. 会议日程安排")
    empty(doc, 1)
    # 落款 via right tab stop
    for t_ in ("湖南省商务厅", "2026年3月10日"):
        p = add_par(doc, "\t" + t_, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(14.0), 2)
    add_par(doc, "（此件公开发布）")

    # 附件1 回执: form with label rows + blank participant rows
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("全省“一带一路”经贸合作推进会参会回执", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    t = doc.add_table(rows=7, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "单位名称", HT, 14)
    m = t.cell(0, 1).merge(t.cell(0, 3))
    set_cell(m, "", FS, 14)
    set_cell(t.cell(1, 0), "联 系 人", HT, 14)
    set_cell(t.cell(1, 2), "联系电话", HT, 14)
    for i, h in enumerate(["姓　名", "职　务", "手机号码", "参加专题对接组"]):
        set_cell(t.cell(2, i), h, HT, 14)
    for r in t.rows:
        row_height(r, 1.1)
    col_widths(t, [3.2, 4.0, 3.6, 4.6])
    empty(doc, 1)
    for t_ in ("说明：1．“参加专题对接组”一栏请填写“境外经贸合作区建设”或“对非经贸合作”。",
               "2．请于3月20日前将回执发送至hnswtdwtz@163.com，邮件标题注明“单位名称+推进会回执”。"):
        clauses.append(t_)
        add_par(doc, [(t_, FS, 14, False)], indent=False, line=24)

    # 附件2 日程: typed lines, time and item separated by typed full-width spaces
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("会议日程安排", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, [("3月26日（星期四）", HT, 16, False)], indent=False)
    body("14:00—20:00　　报到（湖南宾馆一楼大堂）")
    add_par(doc, [("3月27日（星期五）", HT, 16, False)], indent=False)
    for t_ in ("9:00—9:10　　主持人介绍与会领导和嘉宾",
               "9:10—9:40　　通报全省2025年共建“一带一路”经贸合作情况",
               "9:40—11:10　 典型发言（长沙市、岳阳市、郴州市商务局，企业代表5家）",
               "11:10—12:00　省商务厅主要负责同志作工作部署",
               "14:30—17:30　专题对接（第一组：境外经贸合作区建设，三楼会议厅；第二组：对非经贸合作，二楼湘江厅）"):
        body(t_)

    expected[stem] = [{
        "meta": meta(
            title="湖南省商务厅关于召开全省“一带一路”经贸合作推进会的通知",
            doc_number="湘商外经函〔2026〕23号",
            issuer=["湖南省商务厅"],
            date="2026-03-10",
            region="湖南省",
            attachments=["全省“一带一路”经贸合作推进会参会回执", "会议日程安排"],
            recipients=["各市州商务局", "中国（湖南）自由贸易试验区长沙、岳阳、郴州片区管委会",
                        "湖南湘江新区管委会", "有关企业"],
            publicity="此件公开发布"),
        "clauses": clauses,
    }]

    # ---------------- 文件二：补充通知
    page_break(doc)
    clauses = []
    add_par(doc, "湘商外经函〔2026〕29号", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc, 1)
    add_par(doc, [("湖南省商务厅关于调整全省“一带一路”", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("经贸合作推进会有关事项的补充通知", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各市州商务局，中国（湖南）自由贸易试验区长沙、岳阳、郴州片区管委会，湖南湘江新区管委会，有关企业：",
            indent=False)
    body("我厅于2026年3月10日印发《湖南省商务厅关于召开全省“一带一路”经贸合作推进会的通知》（湘商外经函〔2026〕23号）。因工作需要，经研究，现将会议有关事项调整如下：")
    body("一、会议时间由3月27日（星期五）调整为3月31日（星期二），报到时间相应调整为3月30日（星期一）14:00—20:00。")
    body("二、会议地点由湖南宾馆调整为长沙国际会议中心3楼多功能厅（长沙市岳麓区），报到地点为长沙国际会议中心酒店一楼大堂。")
    body("三、3月31日下午增设“湘非经贸合作”项目签约环节，请拟签约企业于3月26日前将签约项目名称、合作方、投资额等信息报送省商务厅对外投资和经济合作处。")
    body("四、参会回执报送截止时间延至3月25日（星期三）。已报送回执的单位无需重复报送；参会人员有变化的，请重新报送。")
    body("其他事项仍按原通知执行。由此带来的不便，敬请谅解。")
    empty(doc, 2)
    for t_ in ("湖南省商务厅", "2026年3月18日"):
        p = add_par(doc, "\t" + t_, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(14.0), 2)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")

    expected[stem].append({
        "meta": meta(
            title="湖南省商务厅关于调整全省“一带一路”经贸合作推进会有关事项的补充通知",
            doc_number="湘商外经函〔2026〕29号",
            issuer=["湖南省商务厅"],
            date="2026-03-18",
            region="湖南省",
            recipients=["各市州商务局", "中国（湖南）自由贸易试验区长沙、岳阳、郴州片区管委会",
                        "湖南湘江新区管委会", "有关企业"],
            publicity="此件公开发布"),
        "clauses": clauses,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path


def main():
    paths = [doc_fujian(), doc_yunnan(), doc_hunan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
