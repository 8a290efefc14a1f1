# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 815: 自贸片区综合行政执法局“双随机、一公开”抽查结果公示、责令整改通知书、年度监管工作报告.

Writes Word + PDF + expected.json into this script's directory.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.section import WD_ORIENT, WD_SECTION
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
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
IND = "\u3000\u3000"

expected = {}


# ------------------------------------------------------------------ helpers
def font(run, name=FS, size=16, bold=False, color=None, scale=None):
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
    if scale is not None:  # 字符缩放
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
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
    """runs: str or list of (text, font, size, bold[, color[, scale]])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        scale = r[5] if len(r) > 5 else None
        font(p.add_run(text), name, size, bold, color, scale)
    fmt(p, **kw)
    if _pending_break[0]:
        p.paragraph_format.page_break_before = True
        _pending_break[0] = False
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


_pending_break = [False]


def page_break(doc):
    """Next paragraph starts a new page (段前分页)."""
    _pending_break[0] = True


def setup(doc):
    s = doc.sections[0]
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
    # footer page number "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, SONG, 14)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=10.5, bold=False, align=C, line=16):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def widths(table, cms):
    table.autofit = False
    for i, w in enumerate(cms):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


def simple_table(doc, header, rows, cms, clauses, size=10.5, keys=None):
    """Plain grid with one header row; each data row becomes a clause."""
    keys = keys or header
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, size,
                     align=L if len(v) > 14 else C)
        cant_split(t.rows[ri])
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(keys, row)))
    widths(t, cms)
    return t


def banji(doc, lines, size=14, gap=2, tab=15.2):
    """版记: lines of (left, right) between black rules."""
    empty(doc, gap)
    ps = []
    for left, right in lines:
        p = doc.add_paragraph()
        font(p.add_run(left), FS, size)
        if right:
            font(p.add_run("\t" + right), FS, size)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(tab), 2)
        fmt(p, indent=False, line=24)
        p.paragraph_format.left_indent = Pt(14)
        ps.append(p)
    border(ps[0], "top", "000000", 8, 4)
    for p in ps[:-1]:
        border(p, "bottom", "000000", 4, 4)
    border(ps[-1], "bottom", "000000", 8, 4)


# ---- Word automatic numbering -------------------------------------------
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


CN = "一二三四五六七八九十"


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_815", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ========================================================= DOC A: 抽查结果公示
QZ_BUREAU = "中国（广西）自由贸易试验区钦州港片区综合行政执法局"


def doc_gongshi():
    stem = "blind815_qinzhou_gongshi"
    doc = Document()
    setup(doc)
    clauses = []

    # no 红头: the 公示 is typed as a plain page for posting online / on the notice board
    empty(doc, 1)
    # title typed as two paragraphs, broken at an odd place (after "2026年")
    add_par(doc, [(QZ_BUREAU + "关于2026年", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("第一季度“双随机、一公开”抽查结果的公示", XBS, 22, False)],
            align=C, indent=False, line=34)
    empty(doc, 1)

    def body(t):
        # indentation typed with full-width spaces instead of paragraph indent
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)], indent=False)

    body("根据《国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见》（国发〔2019〕5号）和片区管委会《2026年度“双随机、一公开”抽查工作计划》有关要求，我局于2026年2月至3月组织开展了第一季度随机抽查工作，共随机抽取检查对象12户，随机选派执法检查人员24人次。现将抽查结果公示如下：")
    head("一、抽查基本情况")
    body("本次抽查涉及市场监管、港口经营、安全生产、生态环境、食品安全5个领域共5项抽查任务。经检查，未发现问题的8户，发现问题已责令整改的3户，通过登记的住所（经营场所）无法联系的1户。具体结果见下表。")

    add_par(doc, [("2026年第一季度“双随机、一公开”抽查结果表", HT, 14, False)],
            align=C, indent=False, line=28, before=6)

    head_top = ["序号", "抽查任务名称", "检查对象名称", "统一社会信用代码", "抽查事项", "检查结果", ""]
    keys = ["序号", "抽查任务名称", "检查对象名称", "统一社会信用代码", "抽查事项",
            "检查结果／检查日期", "检查结果／检查结论"]
    groups = [
        ("企业公示信息抽查", "年度报告公示信息的检查", [
            ("广西钦州港源达贸易有限公司", "91450700MA5L2H7R3N", "2026年2月24日", "未发现问题"),
            ("钦州市海岸线供应链管理有限公司", "91450700MA5P0C4J8X", "2026年2月24日", "未发现问题"),
            ("钦州保税港区鹏程国际贸易有限公司", "91450700MA5NW6E41B", "2026年2月25日",
             "通过登记的住所（经营场所）无法联系"),
        ]),
        ("港口经营单位监督检查", "港口经营许可条件落实情况的检查", [
            ("钦州市恒港物流有限公司", "91450700MA5KRD2Y6U", "2026年3月5日", "发现问题，已责令整改"),
            ("广西北港码头装卸有限公司", "914507003228761549", "2026年3月5日", "未发现问题"),
            ("钦州港金谷物流有限公司", "91450700MA5Q7F0K1W", "2026年3月6日", "未发现问题"),
        ]),
        ("危险化学品企业安全生产检查", "危险化学品储存安全管理情况的检查", [
            ("广西北部湾鑫达化工仓储有限公司", "91450700MA5MY39G5C", "2026年3月12日", "发现问题，已责令整改"),
            ("钦州市瑞丰石化有限公司", "91450700799712345K", "2026年3月12日", "未发现问题"),
        ]),
        ("排污单位监督检查", "排污许可证执行情况的检查", [
            ("钦州港华兴新材料有限公司", "91450700MA5NGK8T2P", "2026年3月18日", "发现问题，已责令整改"),
            ("广西钦州临港粮油加工有限公司", "914507006198803271", "2026年3月19日", "未发现问题"),
        ]),
        ("食品经营者监督检查", "食品经营许可事项和食品安全管理制度落实情况的检查", [
            ("钦州港区百味餐饮管理有限公司", "91450700MA5PJ9QW4D", "2026年3月24日", "未发现问题"),
            ("钦州市钦州港区佳美超市", "92450700MA5L6UX38F", "2026年3月25日", "未发现问题"),
        ]),
    ]
    nrows = sum(len(g[2]) for g in groups)
    t = doc.add_table(rows=2 + nrows, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cms = [0.9, 2.2, 3.0, 3.2, 2.5, 1.9, 2.2]
    widths(t, cms)
    # two-level header, merged
    for c in range(5):
        m = t.cell(0, c).merge(t.cell(1, c))
        set_cell(m, head_top[c], HT, 10.5)
    m = t.cell(0, 5).merge(t.cell(0, 6))
    set_cell(m, "检查结果", HT, 10.5)
    set_cell(t.cell(1, 5), "检查日期", HT, 10.5)
    set_cell(t.cell(1, 6), "检查结论", HT, 10.5)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    r = 2
    seq = 0
    for task, item, ents in groups:
        first = r
        for name, code, day, res in ents:
            seq += 1
            set_cell(t.cell(r, 0), str(seq))
            set_cell(t.cell(r, 2), name, align=L)
            set_cell(t.cell(r, 3), code, size=9)
            set_cell(t.cell(r, 5), day)
            set_cell(t.cell(r, 6), res, align=L)
            clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(
                keys, [str(seq), task, name, code, item, day, res])))
            r += 1
        last = r - 1
        a = t.cell(first, 1).merge(t.cell(last, 1)) if last > first else t.cell(first, 1)
        set_cell(a, task)
        b = t.cell(first, 4).merge(t.cell(last, 4)) if last > first else t.cell(first, 4)
        set_cell(b, item, align=L)
    widths(t, cms)

    # notes under the table, smaller, typed "注：" + numbered lines
    n1 = "注：1.检查结论为“发现问题，已责令整改”的，我局已依法下达责令限期整改通知书，并将跟踪督促整改到位。"
    n2 = "2.对通过登记的住所（经营场所）无法联系的企业，已按规定移送登记机关依法处理。"
    p = add_par(doc, [(n1, FS, 12, False)], indent=False, line=20, before=4)
    p = add_par(doc, [(n2, FS, 12, False)], indent=False, line=20)
    p.paragraph_format.left_indent = Pt(36)
    clauses.extend([n1, n2])

    empty(doc, 1)
    head("二、公示期及异议处理")
    body("公示期为2026年4月21日至2026年4月27日（5个工作日）。检查对象对抽查结果有异议的，可在公示期内向我局提出书面异议申请，并提供相关证明材料；逾期未提出的，视为无异议。")
    body("联系部门：执法监督科　　联系电话：0777-3886215　　通讯地址：广西钦州市钦州港区滨海大道16号")
    runin("三、结果运用。", "本次抽查结果已同步记于相关企业名下，并通过国家企业信用信息公示系统（广西）向社会公示。对抽查中发现的违法行为，我局将依法依规处理，处理结果另行公示。")
    empty(doc, 2)
    add_par(doc, QZ_BUREAU, indent=False, align=R)
    # Chinese-numeral date, centred under the organ with typed trailing spaces
    add_par(doc, "二〇二六年四月二十日" + "\u3000" * 8, indent=False, align=R)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）", indent=True)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": QZ_BUREAU + "关于2026年第一季度“双随机、一公开”抽查结果的公示",
            "doc_number": None,
            "issuer": [QZ_BUREAU],
            "date": "2026-04-20",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公示",
            "recipients": [],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================== DOC B: 两份责令整改通知书
def red_head_qz(doc, number):
    add_par(doc, [("钦州港片区综合行政执法局", XBS, 34, False, RED)],
            align=C, indent=False, line=56, before=18)
    empty(doc, 1, line=20)
    p = add_par(doc, number, align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)


def doc_zhenggai():
    stem = "blind815_qinzhou_zhenggai"
    doc = Document()
    setup(doc)

    # ---------------- notice 1 ----------------
    cl1 = []
    red_head_qz(doc, "钦港执法责改〔2026〕7号")
    add_par(doc, [("责令限期整改通知书", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "钦州市恒港物流有限公司：", indent=False)

    def body(t, cl):
        cl.append(t)
        add_par(doc, t)

    body("2026年3月5日，我局执法人员在“双随机、一公开”港口经营单位监督检查中，对你单位位于钦州港大榄坪作业区3号堆场的港口经营场所进行了现场检查，发现你单位存在以下问题：", cl1)
    # half-width "1." numbering, as typed
    body("1.未按规定对危险货物集装箱实行专区存放，3号堆场内普通货物集装箱与危险货物集装箱混合堆存；", cl1)
    body("2.港口经营许可证载明的经营范围为“集装箱装卸、堆存”，现场发现你单位从事散装硫磺堆存业务，超出许可范围经营；", cl1)
    body("3.现场装卸作业人员共46人，其中11人未取得相应的岗位培训合格证明。", cl1)
    body("上述行为不符合《港口经营管理规定》《港口危险货物安全管理规定》等有关规定。根据《中华人民共和国行政处罚法》第二十八条第一款的规定，现责令你单位于2026年5月6日前按照以下要求完成整改：", cl1)
    body("一、立即对3号堆场集装箱堆存情况进行全面清理，危险货物集装箱一律转入专用堆场分区存放，并设置明显警示标志。", cl1)
    body("二、立即停止超出许可范围的散装硫磺堆存业务，现存散装硫磺于2026年4月30日前全部清运。", cl1)
    body("三、组织未取得岗位培训合格证明的作业人员参加培训考核，考核合格前不得安排其从事装卸作业。", cl1)
    body("四、整改完成后5个工作日内，向我局书面报送整改情况报告，并附相关佐证材料。", cl1)
    # one paragraph with a manual line break (Shift+Enter) between two sentences-groups
    t1 = "逾期未整改或者整改不到位的，我局将依法予以查处，并将有关情况记入你单位信用记录。"
    t2 = "你单位如对本通知书不服，可以在收到本通知书之日起六十日内向钦州市人民政府申请行政复议，或者在六个月内依法向钦州市钦南区人民法院提起行政诉讼。"
    p = doc.add_paragraph()
    font(p.add_run(t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p)
    cl1.extend([t1, t2])
    add_par(doc, "附件：整改问题清单", indent=True)
    empty(doc, 1)
    add_par(doc, QZ_BUREAU, indent=False, align=R)
    p = add_par(doc, "2026年4月22日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, [("执法人员：黄志强、韦丽娟　　联系电话：0777-3886215", FS, 14, False)],
            indent=False, line=24)

    # 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("整改问题清单", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    simple_table(doc, ["序号", "检查发现问题", "整改要求", "整改时限"], [
        ["1", "3号堆场内普通货物集装箱与危险货物集装箱混合堆存", "危险货物集装箱转入专用堆场分区存放，设置警示标志", "2026年5月6日前"],
        ["2", "超出港口经营许可范围从事散装硫磺堆存业务", "停止超范围经营，现存散装硫磺全部清运", "2026年4月30日前"],
        ["3", "11名装卸作业人员未取得岗位培训合格证明", "组织培训考核，考核合格前不得上岗作业", "2026年5月6日前"],
    ], [1.2, 5.6, 5.6, 3.0], cl1, size=12)

    # ---------------- notice 2 (same file, new page) ----------------
    cl2 = []
    page_break(doc)
    red_head_qz(doc, "钦港执法责改〔2026〕8号")
    add_par(doc, [("责令限期改正通知书", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "广西北部湾鑫达化工仓储有限公司：", indent=False)
    body("2026年3月12日，我局会同片区应急管理部门，在危险化学品企业安全生产“双随机、一公开”检查中，对你单位储罐区及仓库进行了现场检查。经查，你单位存在下列问题：", cl2)
    body("(一)甲类仓库内危险化学品堆垛间距不足，部分堆垛距墙小于0.5米；", cl2)  # half-width brackets
    body("（二）2号储罐区可燃气体报警装置2台处于故障状态，未及时维修；", cl2)
    body("（三）危险化学品出入库登记台账记录不全，2026年1月至2月缺少出库核查记录。", cl2)
    body("以上问题违反了《危险化学品安全管理条例》第二十六条、《中华人民共和国安全生产法》第三十六条的规定。现责令你单位于2026年5月22日前改正上述问题，并将整改情况书面报告我局。整改期间，应当采取有效措施，确保储存安全。", cl2)
    body("逾期不改正的，我局将依据《中华人民共和国安全生产法》等法律法规的规定依法处理。", cl2)
    body("如不服本通知，可在收到本通知书之日起六十日内依法申请行政复议，或者六个月内依法提起行政诉讼。", cl2)
    empty(doc, 3)
    add_par(doc, QZ_BUREAU, indent=False, align=R)
    p = add_par(doc, "2026年4月22日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    banji(doc, [("抄送：钦州港片区应急管理局。", "")])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    base = {
        "doc_number": None, "issuer": [QZ_BUREAU], "date": "2026-04-22", "published": None,
        "level": "municipal", "region": "钦州市", "effective": None, "expires": None,
        "attachments": [], "doc_type": "通知书", "recipients": [], "publicity": None,
        "repeals": None,
    }
    m1 = dict(base, title="责令限期整改通知书", doc_number="钦港执法责改〔2026〕7号",
              attachments=["整改问题清单"], recipients=["钦州市恒港物流有限公司"])
    m2 = dict(base, title="责令限期改正通知书", doc_number="钦港执法责改〔2026〕8号",
              recipients=["广西北部湾鑫达化工仓储有限公司"])
    expected[stem] = [{"meta": m1, "clauses": cl1}, {"meta": m2, "clauses": cl2}]
    return path


# ================================================= DOC C: 年度监管工作报告（上行文）
HG_BUREAU = "中国（新疆）自由贸易试验区霍尔果斯片区综合行政执法局"


def doc_baogao():
    stem = "blind815_huoerguosi_baogao"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")
    n_item = make_numbering(doc, "（%1）")

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    # 红头 squeezed with 字符缩放 so the long name fits on one line
    add_par(doc, [("霍尔果斯片区综合行政执法局文件", XBS, 36, False, RED, 78)],
            align=C, indent=False, line=60, before=18)
    empty(doc, 1)
    # 文号 left, 签发人 right on a right tab stop
    p = add_par(doc, [("霍片执法报〔2026〕3号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("马合木提·艾力", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    # title in 3 lines with soft line breaks
    p = doc.add_paragraph()
    font(p.add_run("中国（新疆）自由贸易试验区霍尔果斯片区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("综合行政执法局关于2025年度“双随机、"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("一公开”监管工作情况的报告"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "中国（新疆）自由贸易试验区霍尔果斯片区管理委员会：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    items = [0]

    def item(h, t):
        items[0] += 1
        clauses.append("（%s）%s%s" % (CN[items[0] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, FS, 16, True), (t, FS, 16, False)])

    body("按照片区管委会工作安排，现将我局2025年度“双随机、一公开”监管工作情况报告如下：")
    head("工作开展情况")
    item("健全工作机制。", "对照自治区、伊犁州“双随机、一公开”抽查事项清单，结合片区实际，梳理形成本局随机抽查事项清单，涵盖市场监管、口岸经营、交通运输、文化旅游、生态环境5个领域共32项抽查事项；建立检查对象名录库，录入片区内各类经营主体2867户；建立执法检查人员名录库，录入执法人员64名。")
    item("统筹实施抽查。", "全年制定抽查计划4批次，实施抽查任务18项，其中部门联合抽查任务7项，占比38.9%；共抽查检查对象412户次，按期完成率100%。各领域抽查情况如下表：")
    add_par(doc, [("表1\u30002025年度各领域抽查情况统计表", HT, 14, False)],
            align=C, indent=False, line=26, before=6)
    add_par(doc, [("单位：项、户次、%", FS, 12, False)], align=R, indent=False, line=20)
    simple_table(doc, ["领域", "抽查任务（项）", "抽查对象（户次）", "发现问题（户次）", "问题发现率（%）"], [
        ["市场监管", "7", "186", "21", "11.3"],
        ["口岸经营", "4", "78", "9", "11.5"],
        ["交通运输", "3", "64", "6", "9.4"],
        ["文化旅游", "2", "42", "3", "7.1"],
        ["生态环境", "2", "42", "5", "11.9"],
        ["合计", "18", "412", "44", "10.7"],
    ], [3.2, 3.0, 3.2, 3.2, 3.0], clauses, size=12)
    empty(doc, 1, line=14)
    item("强化结果运用。", "坚持“谁检查、谁录入、谁公开”，抽查结果均在抽查任务完成之日起20个工作日内通过国家企业信用信息公示系统（新疆）向社会公示，公示率100%。对抽查发现问题的44户次经营主体，依法责令整改41户次，立案查处3户次，罚没款合计12.6万元。截至2025年12月31日，已整改到位42户次，整改率95.5%。")
    head("存在的问题")
    body("一是部分领域抽查比例偏低，文化旅游、生态环境领域抽查覆盖率不足5%；二是跨部门联合抽查协同不够，与霍尔果斯海关、边境管理部门的信息共享机制尚不健全；三是执法人员专业能力有待提升，口岸经营、跨境运输等专业领域检查力量不足。")
    head("2026年工作打算")
    runin("1．扩大联合抽查覆盖面。", "会同霍尔果斯海关、霍尔果斯市市场监督管理局等部门，将跨境电商、国际道路运输、边民互市贸易等纳入部门联合抽查范围，力争2026年联合抽查任务占比达到50%以上。")
    runin("2．推进“互联网+监管”。", "依托“双随机、一公开”监管平台和中哈霍尔果斯国际边境合作中心智慧监管系统，探索对跨境电商、国际道路运输等新业态开展非现场检查。")
    runin("3．加强执法队伍建设。", "分领域开展执法业务培训不少于6期，组织执法人员赴乌鲁木齐片区、喀什片区交流学习，提升口岸经营、跨境运输等专业领域检查能力。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    # 附件 list with hanging indent, typed
    p = add_par(doc, "附件：2025年度“双随机、一公开”抽查发现重点问题整改情况表", indent=False)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 1)
    p = add_par(doc, HG_BUREAU, indent=False, align=R)
    p = add_par(doc, "2026年1月16日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(80)
    add_par(doc, [("（联系人：阿依古丽·买买提　联系电话：0999-8765213）", FS, 14, False)], indent=True)

    # ----- 附件: new landscape section (表格横排) -----
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    sec.left_margin, sec.right_margin = Cm(3.2), Cm(3.0)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("2025年度“双随机、一公开”抽查发现重点问题整改情况表", XBS, 20, False)],
            align=C, indent=False, line=34)
    empty(doc, 1, line=12)
    keys = ["序号", "领域", "检查对象", "发现问题", "处理方式", "整改情况／是否整改到位", "整改情况／完成时间"]
    rows = [
        ["1", "市场监管", "霍尔果斯丝路通跨境电子商务有限公司", "未按规定公示年度报告中的对外提供保证担保信息", "责令整改", "是", "2025年6月18日"],
        ["2", "市场监管", "霍尔果斯市合力达商贸有限公司", "经营场所未按规定亮照经营", "责令整改", "是", "2025年7月3日"],
        ["3", "市场监管", "霍尔果斯欧亚国际贸易有限公司", "销售的预包装食品标签不符合规定", "立案查处", "是", "2025年9月12日"],
        ["4", "口岸经营", "霍尔果斯中亚通国际物流有限公司", "海关监管作业场所视频监控设备部分损坏未及时维修", "责令整改", "是", "2025年8月26日"],
        ["5", "口岸经营", "霍尔果斯金桥仓储服务有限公司", "仓库消防车通道堆放货物", "责令整改", "是", "2025年10月9日"],
        ["6", "交通运输", "伊犁天马国际道路运输有限公司", "部分国际道路运输车辆未按规定进行年度审验", "立案查处", "是", "2025年11月20日"],
        ["7", "交通运输", "霍尔果斯顺达汽车运输有限公司", "驾驶员从业资格档案不完整", "责令整改", "否", "整改中，预计2026年2月底前完成"],
        ["8", "文化旅游", "霍尔果斯国门旅行社有限公司", "出境旅游团队未按规定委派领队", "立案查处", "是", "2025年12月5日"],
        ["9", "生态环境", "霍尔果斯辉腾新能源科技有限公司", "危险废物贮存场所标识不规范", "责令整改", "是", "2025年11月14日"],
        ["10", "生态环境", "霍尔果斯华远建材有限公司", "粉尘治理设施未正常运行", "责令整改", "否", "整改中，预计2026年3月底前完成"],
    ]
    cms = [1.0, 2.0, 6.9, 6.0, 1.9, 1.8, 3.6]

    def part_table(part):  # (kept as a helper; the table is typed in one piece)
        t = doc.add_table(rows=2 + len(part), cols=7)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        widths(t, cms)
        for c, h in enumerate(["序号", "领域", "检查对象", "发现问题", "处理方式"]):
            set_cell(t.cell(0, c).merge(t.cell(1, c)), h, HT, 10.5)
        set_cell(t.cell(0, 5).merge(t.cell(0, 6)), "整改情况", HT, 10.5)
        set_cell(t.cell(1, 5), "是否整改到位", HT, 10.5)
        set_cell(t.cell(1, 6), "完成时间", HT, 10.5)
        repeat_header(t.rows[0])
        repeat_header(t.rows[1])
        for i, row in enumerate(part):
            for c, v in enumerate(row):
                if c == 1:
                    continue
                set_cell(t.cell(2 + i, c), v, size=10, align=L if c in (2, 3) else C, line=15)
            cant_split(t.rows[2 + i])
            clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
        # merge 领域 cells vertically within this part
        i = 0
        while i < len(part):
            j = i
            while j + 1 < len(part) and part[j + 1][1] == part[i][1]:
                j += 1
            cell = t.cell(2 + i, 1).merge(t.cell(2 + j, 1)) if j > i else t.cell(2 + i, 1)
            set_cell(cell, part[i][1], size=10)
            i = j + 1
        widths(t, cms)

    part_table(rows)
    note = "注：“处理方式”栏为“立案查处”的，均已依法作出行政处罚决定；“是否整改到位”栏为“否”的，我局已明确专人跟踪督办。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    banji(doc, [("抄送：霍尔果斯市市场监督管理局，霍尔果斯海关。", ""),
                ("霍尔果斯片区综合行政执法局办公室", "2026年1月16日印发")], gap=1, tab=22.4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": HG_BUREAU + "关于2025年度“双随机、一公开”监管工作情况的报告",
            "doc_number": "霍片执法报〔2026〕3号",
            "issuer": [HG_BUREAU],
            "date": "2026-01-16",
            "published": None,
            "level": "county",
            "region": "霍尔果斯市",
            "effective": None,
            "expires": None,
            "attachments": ["2025年度“双随机、一公开”抽查发现重点问题整改情况表"],
            "doc_type": "报告",
            "recipients": ["中国（新疆）自由贸易试验区霍尔果斯片区管理委员会"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_gongshi(), doc_zhenggai(), doc_baogao()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
