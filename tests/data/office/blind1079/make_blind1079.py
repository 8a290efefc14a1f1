# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1079: 政策清单 / 事项清单 in landscape tables. Word + PDF + expected.json.

A  绍兴市人民政府办公室 印发 2026年惠企政策清单的通知 (portrait notice + landscape 附件,
   full-width 类别 rows, 责任单位 merged down, manual line breaks in cells, notes, 版记 at end)
B  四川省人民政府 向四川自贸试验区下放第三批省级管理事项的决定 (portrait + landscape 附件,
   two-level header, 事项类型 and 主管部门 merged down, repeated header rows, notes)
C  义乌市经信局 义乌市财政局 “免申即享”事项清单公告 (whole file landscape, table split
   by hand with 续表 and retyped header, 同上 in cells, paragraphs inside cells)
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
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


def page_number_footer(section):
    fp = section.footer.paragraphs[0]
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


def setup(doc, landscape=False):
    s = doc.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21)
        s.top_margin, s.bottom_margin = Cm(2.4), Cm(2.2)
        s.left_margin, s.right_margin = Cm(2.5), Cm(2.5)
    else:
        s.page_width, s.page_height = Cm(21), Cm(29.7)
        s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
        s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    page_number_footer(s)


def landscape_section(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21)
    s.top_margin, s.bottom_margin = Cm(2.2), Cm(2.0)
    s.left_margin, s.right_margin = Cm(2.5), Cm(2.5)
    return s


def banji(doc, cc, printer, date_txt, gap=2):
    empty(doc, gap)
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
    sec = doc.sections[-1]
    width = sec.page_width - sec.left_margin - sec.right_margin - Pt(28)
    p2.paragraph_format.tab_stops.add_tab_stop(width, 2)
    border(p2, "bottom", "000000", 8, 4)


# ---------------------------------------------------------------- table helpers
def _cell_props(cell, width):
    cell.width = width
    tcPr = cell._tc.get_or_add_tcPr()
    v = tcPr.find(qn("w:vAlign"))
    if v is None:
        tcPr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def fill(cell, content, name=FS, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
         mode="br", line=15):
    """content: str or list of lines.  mode 'br' = manual line breaks in one paragraph,
    'para' = one paragraph per line."""
    # drop paragraphs left over from merging
    ps = cell.paragraphs
    for extra in ps[1:]:
        extra._p.getparent().remove(extra._p)
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    lines = [content] if isinstance(content, str) else list(content)

    def style(par):
        par.alignment = align
        pf = par.paragraph_format
        pf.line_spacing = Pt(line)
        pf.first_line_indent = Pt(0)
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)

    if mode == "br":
        for i, ln in enumerate(lines):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)
            font(p.add_run(ln), name, size, bold)
        style(p)
    else:
        for i, ln in enumerate(lines):
            par = p if i == 0 else cell.add_paragraph()
            font(par.add_run(ln), name, size, bold)
            style(par)


def joined(content):
    return content if isinstance(content, str) else "".join(content)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def fixed_layout(t):
    t.autofit = False
    tblPr = t._tbl.tblPr
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))


def list_table(doc, header_rows, widths, entries, vmerge, clauses, size=10.5, mode="br",
               left_cols=(), hdr_size=None, line=15):
    """header_rows: list of lists (1 or 2 levels; equal names merge).
    entries: ("cat", text) full-width rows, or ("row", [cells]).
    vmerge: {col: [(first_data_idx, last_data_idx), ...]} data rows counted from 0
    clauses: receives one clause per data row."""
    hdr_size = hdr_size or size
    nh = len(header_rows)
    ncol = len(widths)
    t = doc.add_table(rows=nh + len(entries), cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    fixed_layout(t)
    for gc, w in zip(t._tbl.tblGrid.gridCol_lst, widths):
        gc.w = w
    for row in t.rows:
        for ci, c in enumerate(row.cells):
            _cell_props(c, widths[ci])
    # leaf header names
    if nh == 1:
        leaf = list(header_rows[0])
    else:
        leaf = [a if a == b else "%s／%s" % (a, b) for a, b in zip(header_rows[0], header_rows[1])]
    # header merges
    if nh == 2:
        # vertical where both levels equal
        for ci in range(ncol):
            if header_rows[0][ci] == header_rows[1][ci]:
                t.cell(0, ci).merge(t.cell(1, ci))
        # horizontal groups in level 0
        ci = 0
        while ci < ncol:
            cj = ci
            while cj + 1 < ncol and header_rows[0][cj + 1] == header_rows[0][ci] \
                    and header_rows[0][ci] != header_rows[1][ci]:
                cj += 1
            if cj > ci:
                t.cell(0, ci).merge(t.cell(0, cj))
            ci = cj + 1
        done = []  # keep the elements alive so identity checks are reliable
        for ci in range(ncol):
            c0 = t.cell(0, ci)
            if not any(e is c0._tc for e in done):
                fill(c0, header_rows[0][ci], HT, hdr_size)
                done.append(c0._tc)
            if header_rows[0][ci] != header_rows[1][ci]:
                fill(t.cell(1, ci), header_rows[1][ci], HT, hdr_size)
    else:
        for ci in range(ncol):
            fill(t.cell(0, ci), header_rows[0][ci], HT, hdr_size)
    for r in range(nh):
        repeat_header(t.rows[r])

    # map data index -> table row
    data_rows = []
    for ei, (kind, val) in enumerate(entries):
        tr = nh + ei
        if kind == "cat":
            c = t.cell(tr, 0).merge(t.cell(tr, ncol - 1))
            fill(c, val, HT, size, align=WD_ALIGN_PARAGRAPH.LEFT, line=line)
        else:
            data_rows.append((tr, val))
    # vertical merges in data columns
    merged_cells = {}
    for col, ranges in vmerge.items():
        for a, b in ranges:
            ta, tb = data_rows[a][0], data_rows[b][0]
            m = t.cell(ta, col).merge(t.cell(tb, col))
            merged_cells[(col, a)] = m
            for k in range(a + 1, b + 1):
                merged_cells[(col, k)] = None  # covered
    for di, (tr, cells) in enumerate(data_rows):
        for ci, v in enumerate(cells):
            key = (ci, di)
            if key in merged_cells and merged_cells[key] is None:
                continue
            cell = merged_cells.get(key) or t.cell(tr, ci)
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in left_cols else WD_ALIGN_PARAGRAPH.CENTER
            fill(cell, v, FS, size, align=al, mode=mode, line=line)
        clauses.append("；".join("%s：%s" % (h, joined(v)) for h, v in zip(leaf, cells)))
    return t


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1079", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
def doc_shaoxing():
    stem = "blind1079_shaoxing_huiqi"
    doc = Document()
    setup(doc)
    clauses = []

    # 版头
    add_par(doc, [("绍兴市人民政府办公室文件", XBS, 32, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=30)
    empty(doc, 1)
    p = add_par(doc, "绍政办发〔2026〕7号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: three separate paragraphs, broken at odd places
    for ln in ("绍兴市人民政府办公室关于印发", "绍兴市2026年惠企政策", "清单的通知"):
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各区、县（市）人民政府，市政府各部门、各直属单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为深入贯彻落实党中央、国务院和省委、省政府关于促进民营经济发展壮大、推动惠企政策直达快享的决策部署，进一步提升政策知晓度和兑现效率，市政府对现行有效的市级惠企政策进行了全面梳理，形成《绍兴市2026年惠企政策清单》（以下简称《清单》），经市政府同意，现印发给你们，并就有关事项通知如下：")
    body("一、加强政策宣传解读。各责任单位要通过“浙里办”、绍兴企业服务综合平台等渠道，以图表、短视频等形式做好《清单》所列政策的宣传解读，确保企业应知尽知。")
    body("二、优化政策兑现流程。各责任单位要按照“能免尽免、应简尽简”原则，梳理政策兑现流程，推动更多政策实现“免申即享”“直达快享”。确需企业申报的，原则上申报材料不超过5项，兑现时限不超过30个工作日。")
    body("三、实行清单动态管理。《清单》实行动态调整，政策出台、修订或废止的，责任单位应在10个工作日内报市发展改革委（市营商办）更新。各区、县（市）可参照制定本地惠企政策清单。")
    body("四、本通知自2026年3月1日起施行，有效期至2026年12月31日。《绍兴市人民政府办公室关于印发绍兴市2025年惠企政策清单的通知》（绍政办发〔2025〕4号）同时废止。")
    empty(doc, 1)
    add_par(doc, "附件：绍兴市2026年惠企政策清单")
    empty(doc, 2)
    # 落款 aligned with typed spaces
    add_par(doc, " " * 34 + "绍兴市人民政府办公室", indent=False)
    add_par(doc, " " * 38 + "2026年2月26日", indent=False)
    add_par(doc, "（此件公开发布）")

    # ---- 附件 in landscape
    landscape_section(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("绍兴市2026年惠企政策清单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, after=8)
    header = [["序号", "政策名称", "政策内容", "适用对象", "兑现方式", "责任单位", "政策依据"]]
    widths = [Cm(w) for w in (1.0, 2.6, 8.4, 3.0, 2.0, 2.0, 5.7)]
    BASE1 = "《绍兴市人民政府关于加快推进制造业高质量发展的若干意见》（绍政发〔2025〕6号）"
    KJ = "《绍兴市推进科技创新高质量发展若干政策》（绍政发〔2025〕11号）"
    KF = "《绍兴市加快开放型经济发展若干政策》(绍政办发〔2025〕11号)"  # half-width () as typed
    entries = [
        ("cat", "一、财政支持"),
        ("row", ["1", "工业企业技术改造投资补助",
                 ["1.对当年完成设备投资额500万元以上的技术改造项目，按设备投资额的8%给予补助，单个项目最高不超过500万元；",
                  "2.对列入省级重点技术改造示范项目的，再给予一次性奖励50万元；",
                  "3.同一企业同一年度只能享受一次技术改造投资补助。"],
                 "在绍兴市区依法登记注册、具有独立法人资格的规模以上工业企业",
                 ["申报兑现", "（每年4月集中申报）"], "市经信局、市财政局", BASE1]),
        ("row", ["2", "专精特新企业梯度培育奖励",
                 ["1.对新认定的国家级专精特新“小巨人”企业，给予一次性奖励100万元；",
                  "2.对新认定的省级专精特新中小企业，给予一次性奖励20万元；",
                  "3.对新认定的国家级制造业单项冠军企业，给予一次性奖励200万元。",
                  "已享受低层级奖励的企业晋级后，按差额给予补足。"],
                 "经国家、省认定的优质中小企业", "免申即享", "市经信局、市财政局", BASE1]),
        ("row", ["3", "小微企业融资担保费补助",
                 ["1.政府性融资担保机构为小微企业和个体工商户提供融资担保的，年化担保费率不超过1%；",
                  "2.对单户担保金额1000万元以下的首贷、续贷担保业务，按实际担保额的0.5%给予担保费补助，单户年度补助最高20万元。"],
                 "小微企业、个体工商户", ["直接兑付", "（由担保机构代为申报）"], "市委金融办、市财政局",
                 "《绍兴市政府性融资担保体系建设实施意见》（绍政办发〔2024〕29号）"]),
        ("row", ["4", "制造业中长期贷款贴息",
                 ["1.对企业新增用于技术改造、设备更新的1年期以上制造业中长期贷款，按贷款市场报价利率（LPR）的30%给予贴息；",
                  "2.贴息期限最长2年，单个企业年度贴息最高100万元。"],
                 "市区规模以上制造业企业", "申报兑现", "市委金融办、市财政局",
                 "《绍兴市金融支持实体经济高质量发展若干措施》（绍政办发〔2025〕8号）"]),
        ("cat", "二、科技创新"),
        ("row", ["5", "企业研发投入补助",
                 ["1.对上年度研发费用税前加计扣除额在500万元以上的企业，按加计扣除额的5%给予补助，单个企业最高100万元；",
                  "2.首次享受研发费用加计扣除政策的企业，额外给予奖励3万元。"],
                 "开展研发活动并享受研发费用加计扣除政策的企业", "免申即享", "市科技局", KJ]),
        ("row", ["6", "高新技术企业认定奖励",
                 ["1.首次认定为高新技术企业的，给予一次性奖励30万元；",
                  "2.重新认定为高新技术企业的，给予一次性奖励10万元；",
                  "3.从外地整体迁入并保持高新技术企业资格的，视同首次认定。"],
                 "经认定的高新技术企业", "免申即享", "市科技局", KJ]),
        ("cat", "三、开放型经济"),
        ("row", ["7", "出口信用保险保费补助",
                 ["1.对企业投保短期出口信用保险的，按实际缴纳保费的50%给予补助；",
                  "2.对向共建“一带一路”国家和地区出口的，补助比例提高至70%；",
                  "3.单个企业年度补助最高不超过100万元。"],
                 "在市区注册、有进出口实绩的外贸企业", "统保平台直接兑付", "市商务局", KF]),
        ("row", ["8", "境外展会参展补助",
                 ["1.对企业参加市级重点境外展会的，按展位费的70%给予补助，每个展会最高5万元；",
                  "2.参加在共建“一带一路”国家举办的展会的，补助比例提高至80%；",
                  "3.单个企业年度补助最高30万元。"],
                 "在市区注册的外贸企业", "申报兑现", "市商务局", KF]),
        ("row", ["9", "海外仓建设奖励",
                 ["1.对企业新建或租用面积3000平方米以上海外仓的，按实际投资额或租赁费用的20%给予奖励，最高100万元；",
                  "2.对新认定为省级公共海外仓的，给予一次性奖励50万元。"],
                 "在境外建设、运营海外仓的市区跨境电商及外贸企业", "申报兑现", "市商务局",
                 "《绍兴市跨境电子商务高质量发展行动计划（2025—2027年）》（绍政办发〔2025〕15号）"]),
    ]
    # 责任单位 (col 5) merged down: rows 1-2, 3-4, 5-6, 7-9 (data index from 0)
    vmerge = {5: [(0, 1), (2, 3), (4, 5), (6, 8)]}
    list_table(doc, header, widths, entries, vmerge, clauses, size=10, mode="br",
               left_cols=(2, 3, 6), line=12.5)
    notes = [
        "注：1.本清单所列政策，同一企业同一项目同时符合市级多项政策的，按照“就高不重复”原则执行，政策另有规定的除外。",
        "2.“免申即享”事项由责任单位依托数据共享比对自动兑现，企业无需申报；“申报兑现”事项通过绍兴企业服务综合平台申报。",
        "3.本清单由市发展改革委（市营商办）负责汇总解释，具体政策由各责任单位负责解释。",
    ]
    for i, n in enumerate(notes):
        p = add_par(doc, [(n, FS, 12, False)], indent=False, line=17, before=4 if i == 0 else 0)
        if i:
            p.paragraph_format.left_indent = Pt(24)
        clauses.append(n)
    banji(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院。",
          "绍兴市人民政府办公室", "2026年2月27日印发", gap=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "绍兴市人民政府办公室关于印发绍兴市2026年惠企政策清单的通知",
            "doc_number": "绍政办发〔2026〕7号",
            "issuer": ["绍兴市人民政府办公室"],
            "date": "2026-02-26",
            "published": None,
            "level": "municipal",
            "region": "绍兴市",
            "effective": "2026-03-01",
            "expires": "2026-12-31",
            "attachments": ["绍兴市2026年惠企政策清单"],
            "doc_type": "通知",
            "recipients": ["各区、县（市）人民政府", "市政府各部门、各直属单位"],
            "publicity": "此件公开发布",
            "repeals": "《绍兴市人民政府办公室关于印发绍兴市2025年惠企政策清单的通知》（绍政办发〔2025〕4号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_sichuan():
    stem = "blind1079_sichuan_zmq_shixiang"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("四川省人民政府文件", XBS, 42, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=36)
    empty(doc, 1)
    p = add_par(doc, "川府发〔2026〕9号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph, soft line break at an odd place
    p = doc.add_paragraph()
    font(p.add_run("四川省人民政府关于向中国（四川）自由贸易"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("试验区下放第三批省级管理事项的决定"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各市（州）人民政府，省政府各部门、各直属机构，有关单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为深入贯彻党中央、国务院关于实施自由贸易试验区提升战略的决策部署，进一步赋予中国（四川）自由贸易试验区（以下简称四川自贸试验区）更大改革自主权，更好服务共建“一带一路”和西部陆海新通道建设，省政府决定，在前两批下放的基础上，再向四川自贸试验区下放省级管理事项10项（见附件）。现就有关事项决定如下：")
    body("一、明确承接实施主体。下放事项由成都天府新区片区、成都青白江铁路港片区、川南临港片区管理机构或所在地市人民政府确定的部门承接实施。承接单位要对照附件所列事项，逐项制定承接工作方案，明确办理流程、办理时限和责任人员，确保事项“放得下、接得住、管得好”。")
    add_par(doc, [("二、做好衔接落实工作", HT, 16, False)])
    body("（一）省级主管部门要在2026年4月30日前完成事项交接，向承接单位移交相关业务资料，并通过现场指导、跟班学习等方式开展业务培训。")
    body("（二）委托实施的事项，省级主管部门要与承接单位签订委托协议，并将委托事项、委托期限向社会公布。")
    body("（三）省大数据中心要同步调整四川政务服务网和相关业务系统办理权限，确保下放事项网上可办、全程留痕。")
    body("三、加强事中事后监管。省级主管部门要加强对承接单位的指导和监督，建立下放事项运行评估机制，每年开展一次评估；对承接不到位、群众和企业反映问题较多的事项，要及时督促整改，必要时按程序予以收回。")
    body("四、本决定自2026年5月1日起施行。")
    empty(doc, 1)
    add_par(doc, "附件：中国（四川）自由贸易试验区承接第三批省级管理事项清单")
    empty(doc, 1)
    p = add_par(doc, "四川省人民政府", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "二〇二六年四月十五日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（此件公开发布）")

    landscape_section(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("中国（四川）自由贸易试验区承接第三批省级管理事项清单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, after=8)
    h0 = ["序号", "事项名称", "事项类型", "承接片区", "承接片区", "承接片区", "承接方式", "省级主管部门", "设定依据"]
    h1 = ["序号", "事项名称", "事项类型", "成都天府新区片区", "成都青白江铁路港片区", "川南临港片区", "承接方式", "省级主管部门", "设定依据"]
    widths = [Cm(w) for w in (1.0, 4.6, 1.8, 1.7, 1.7, 1.7, 1.5, 2.6, 8.1)]
    Y, N = "√", "—"
    rows = [
        ["1", "外商投资旅行社业务经营许可", "行政许可", Y, Y, Y, "下放", "省文化和旅游厅",
         ["1.《旅行社条例》第二十二条；", "2.《旅行社条例实施细则》第二十一条。"]],
        ["2", "拍卖企业及其分公司设立、变更审批", "行政许可", Y, Y, N, "下放", "省商务厅",
         ["1.《中华人民共和国拍卖法》第十一条、第十二条；", "2.《拍卖管理办法》第七条。"]],
        ["3", "对外劳务合作经营资格核准", "行政许可", Y, Y, Y, "委托", "省商务厅",
         "《对外劳务合作管理条例》第五条、第六条"],
        ["4", "药品经营许可（药品批发企业）", "行政许可", Y, N, N, "委托", "省药监局",
         "《中华人民共和国药品管理法》第五十一条"],
        ["5", "第二类医疗器械产品注册", "行政许可", Y, Y, N, "委托", "省药监局",
         "《医疗器械监督管理条例》第十四条"],
        ["6", "建筑业企业资质核准（施工总承包二级及以下）", "行政许可", Y, Y, Y, "下放", "省住房城乡建设厅",
         ["1.《中华人民共和国建筑法》第十三条；", "2.《建筑业企业资质管理规定》第九条。"]],
        ["7", "技术先进型服务企业认定", "行政确认", Y, Y, Y, "下放", "省科技厅",
         "《财政部 税务总局 商务部 科技部 国家发展改革委关于将技术先进型服务企业所得税政策推广至全国实施的通知》（财税〔2017〕79号）"],
        ["8", "省级企业技术中心认定初审", "其他行政权力", Y, Y, Y, "委托", "省经济和信息化厅",
         "《四川省企业技术中心认定管理办法》"],
        ["9", "境外投资项目备案（中方投资额3亿美元以下）", "其他行政权力", Y, Y, Y, "下放", "省发展改革委",
         "《企业境外投资管理办法》（国家发展和改革委员会令第11号）第十四条"],
        ["10", "企业境外投资备案（非金融类）", "其他行政权力", Y, Y, Y, "下放", "省商务厅",
         "《境外投资管理办法》（商务部令2014年第3号）第九条"],
    ]
    entries = [("row", r) for r in rows]
    vmerge = {2: [(0, 5), (7, 9)], 7: [(1, 2), (3, 4)]}
    list_table(doc, [h0, h1], widths, entries, vmerge, clauses, size=10.5, mode="br",
               left_cols=(1, 8))
    notes = [
        "注：1.“√”表示该片区承接实施该事项，“—”表示该片区暂不承接。",
        "2.承接方式为“委托”的，由省级主管部门与片区管理机构签订委托协议，明确委托权限、期限和责任；承接方式为“下放”的，由片区管理机构以自己名义实施。",
        "3.各片区承接事项的具体实施机构，由所在地市人民政府确定并向社会公布。",
    ]
    for i, n in enumerate(notes):
        p = add_par(doc, [(n, KT, 12, False)], indent=False, line=20, before=6 if i == 0 else 0)
        if i:
            p.paragraph_format.left_indent = Pt(24)
        clauses.append(n)
    banji(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，中国（四川）自由贸易试验区各片区管委会。",
          "四川省人民政府办公厅", "2026年4月16日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "四川省人民政府关于向中国（四川）自由贸易试验区下放第三批省级管理事项的决定",
            "doc_number": "川府发〔2026〕9号",
            "issuer": ["四川省人民政府"],
            "date": "2026-04-15",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": "2026-05-01",
            "expires": None,
            "attachments": ["中国（四川）自由贸易试验区承接第三批省级管理事项清单"],
            "doc_type": "决定",
            "recipients": ["各市（州）人民政府", "省政府各部门、各直属机构", "有关单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_yiwu():
    stem = "blind1079_yiwu_mianshen"
    doc = Document()
    setup(doc, landscape=True)
    clauses = []

    add_par(doc, [("义乌市经济和信息化局\u3000义乌市财政局关于公布2026年第一批", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("惠企政策“免申即享”事项清单的公告", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, "义经信〔2026〕11号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    body("为深入贯彻落实省委、省政府关于持续优化营商环境的部署要求，推动惠企政策直达快享，经市政府同意，现将2026年第一批惠企政策“免申即享”事项清单予以公布，并就有关事项公告如下：")
    body("一、兑现方式。列入本清单的事项，依托“浙里办”和“义企通”平台，通过部门数据共享比对自动生成兑现名单，企业无需提交申请材料，经公示无异议后由财政部门直接拨付至企业对公账户。")
    body("二、公示安排。兑现名单在义乌市人民政府门户网站公示5个工作日。企业对公示名单有异议的，可在公示期内向责任单位提出。")
    body("三、其他事项。企业应确保在“义企通”平台登记的银行账户信息准确有效。对弄虚作假骗取财政资金的，依法追回已拨付资金，并按有关规定纳入信用记录。")

    header = [["序号", "事项名称", "政策内容", "适用对象", "兑现方式", "责任单位", "政策依据"]]
    widths = [Cm(w) for w in (1.1, 3.0, 8.6, 3.6, 2.2, 2.0, 4.2)]
    part1 = [
        ["1", "规上工业企业稳增长奖励",
         ["1．2025年度规上工业企业工业增加值增速高于全市平均水平且达到10%以上的，按增加值增量的1%给予奖励；",
          "2．单个企业奖励最高不超过50万元。"],
         "2025年度在库规上工业企业", "免申即享", "市经信局",
         "《义乌市人民政府关于推动经济高质量发展的若干政策意见》（义政发〔2025〕3号）第一条"],
        ["2", "数字化改造“智改数转”补助",
         ["1．对新认定为市级以上数字化车间、智能工厂的，分别给予20万元、50万元奖励；",
          "2．对通过两化融合管理体系贯标评定的，给予5万元奖励。"],
         "完成数字化改造的规上工业企业", "免申即享", "市经信局", "同上"],
        ["3", "亩均效益A类企业用电补助",
         "对2025年度亩均效益综合评价为A类的工业企业，按年度用电量给予每千瓦时0.02元补助，单个企业最高30万元。",
         "亩均效益综合评价A类工业企业", "免申即享", "市经信局",
         "《义乌市工业企业亩均效益综合评价办法》（义政办发〔2024〕21号）"],
        ["4", "科技型中小企业研发投入补助",
         ["1．对入库国家科技型中小企业且研发费用占营业收入比重达到3%以上的，按研发费用增量的10%给予补助；",
          "2．单个企业最高补助30万元。"],
         "国家科技型中小企业", "免申即享", "市科技局",
         "《义乌市科技创新若干政策》（义政办发〔2025〕14号）"],
    ]
    part2 = [
        ["5", "市场采购贸易出口奖励",
         ["1．对通过市场采购贸易方式出口且年度出口额较上年增长20%以上的外贸主体，按增量部分每美元0.005元给予奖励；",
          "2．对向共建“一带一路”国家出口额占比超过50%的，奖励标准上浮20%；",
          "3．单个主体最高奖励20万元。"],
         "在义乌市场采购贸易联网信息平台备案的外贸主体", "免申即享", "市商务局",
         "《义乌市加快外贸高质量发展若干政策》（义政办发〔2025〕9号）"],
        ["6", "义新欧班列出口货物运费补助",
         ["1．通过义新欧中欧班列出口的货物，按每标准箱（40英尺）800元给予运费补助；",
          "2．去程班列终到中亚五国的，按每标准箱1000元给予补助。"],
         "通过义新欧中欧班列出口货物的外贸企业", ["免申即享", "（由班列平台公司汇总数据）"], "市商务局", "同上"],
        ["7", "小微企业吸纳就业社保补贴",
         ["1．对吸纳登记失业人员、高校毕业生就业并缴纳社会保险费的小微企业，按企业实际缴纳的基本养老、基本医疗和失业保险费给予补贴；",
          "2．补贴期限最长不超过1年。"],
         "小微企业", "免申即享", "市人力社保局",
         "《浙江省就业补助资金管理办法》（浙财社〔2023〕31号）"],
        ["8", "失业保险稳岗返还",
         "上年度未裁员或裁员率不高于5.5%的参保企业，大型企业按企业及其职工上年度实际缴纳失业保险费的30%返还，中小微企业按60%返还。",
         "参加失业保险的企业", "免申即享", "市人力社保局",
         "《人力资源社会保障部 财政部 国家税务总局关于继续实施失业保险援企稳岗政策的通知》"],
    ]
    # table caption on the next page
    p = add_par(doc, [("义乌市2026年第一批惠企政策“免申即享”事项清单", HT, 16, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30, after=6)
    p.paragraph_format.page_break_before = True
    list_table(doc, header, widths, [("row", r) for r in part1], {5: [(0, 2)]}, clauses,
               size=10, mode="para", left_cols=(2, 3, 6), line=13)
    # manual continuation: page break + 续表 + retyped header
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    font(p.add_run("续表"), HT, 12)
    fmt(p, indent=False, line=22)
    list_table(doc, header, widths, [("row", r) for r in part2], {5: [(0, 1), (2, 3)]}, clauses,
               size=10, mode="para", left_cols=(2, 3, 6), line=13)
    notes = [
        "注：1．兑现金额以最终公示名单为准，同一事项已通过其他渠道获得市级财政奖补的，不重复兑现。",
        "2．政策咨询电话：市经信局0579-85521836，市科技局0579-85528107，市商务局0579-85523641，市人力社保局0579-85531290。",
    ]
    for i, n in enumerate(notes):
        p = add_par(doc, [(n, FS, 12, False)], indent=False, line=20, before=6 if i == 0 else 0)
        if i:
            p.paragraph_format.left_indent = Pt(24)
        clauses.append(n)
    add_par(doc, IND + "特此公告。", indent=False, before=6)
    # 落款: two organs aligned with tabs, date under the right one
    p = add_par(doc, "\t义乌市经济和信息化局\t义乌市财政局", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.5))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(18.0))
    p = add_par(doc, "\t2026年3月20日", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17.6))

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "义乌市经济和信息化局\u3000义乌市财政局关于公布2026年第一批惠企政策“免申即享”事项清单的公告",
            "doc_number": "义经信〔2026〕11号",
            "issuer": ["义乌市经济和信息化局", "义乌市财政局"],
            "date": "2026-03-20",
            "published": None,
            "level": "county",
            "region": "义乌市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_shaoxing(), doc_sichuan(), doc_yiwu()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
