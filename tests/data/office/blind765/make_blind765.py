# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 765: 营商环境评价报告（以印发通知开头）, Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
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


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False, line=12)


def _field_page(fp, name, size):
    r = fp.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = fp.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r = fp.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), name, size)
    r = fp.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, left="— ", right=" —", falign=C):
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
    fp.alignment = falign
    font(fp.add_run(left), SONG, 14)
    _field_page(fp, SONG, 14)
    font(fp.add_run(right), SONG, 14)


def set_cell(cell, text, name=FS, size=10.5, bold=False, align=C, color=None, line=15):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(t):
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def col_widths(t, widths_cm):
    """fixed layout: tblLayout + gridCol + tcW (LibreOffice honours the grid)."""
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            idx = sum(x.grid_span for x in row._tr.tc_lst[:row._tr.tc_lst.index(tc)])
            tc.width = Cm(sum(widths_cm[idx:idx + span]))


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


def banji(doc, cc, printer, date_txt, gap=2, gap_line=28):
    empty(doc, gap, line=gap_line)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False), (date_txt, FS, 14, False)],
                 indent=False, line=24)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_765", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
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
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text))
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


# =================================================================== DOC A  合肥市发展改革委
def doc_hefei():
    stem = "blind765_hefei_fgw"
    doc = Document()
    setup(doc)
    clauses = []

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=KT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    # 份号 (top-left), red 版头 “……文件”
    add_par(doc, [("000128", HT, 16, False)], indent=False, align=L)
    add_par(doc, [("合肥市发展和改革委员会文件", XBS, 34, False, RED)],
            align=C, indent=False, line=48, before=6)
    p = add_par(doc, "合发改营商〔2026〕18号", indent=False, align=C, before=14)
    border(p, "bottom", "FF0000", 24, 8)
    # title split into two paragraphs at an odd place (inside the 书名号)
    add_par(doc, [("合肥市发展和改革委员会关于印发《合肥市", XBS, 22, False)],
            align=C, indent=False, line=34, before=24)
    add_par(doc, [("2025年度营商环境评价报告》的通知", XBS, 22, False)],
            align=C, indent=False, line=34, after=14)
    add_par(doc, "各县（市）、区人民政府，各开发区管委会，市直有关单位：", indent=False)
    body("为深入贯彻《优化营商环境条例》《安徽省优化营商环境条例》，市发展改革委委托第三方机构对全市各县（市）区、开发区开展了2025年度营商环境评价，形成了《合肥市2025年度营商环境评价报告》。经市优化营商环境工作领导小组同意，现印发给你们，请认真抓好整改落实。")
    body("各地各单位要对照评价报告反映的问题建立整改清单，于2026年4月30日前将整改方案报送市发展改革委。")
    empty(doc, 1)
    add_par(doc, "附件：合肥市2025年度营商环境评价报告")
    empty(doc, 1)
    # 落款 right-aligned with right indents (date offset under the organ)
    p = add_par(doc, "合肥市发展和改革委员会", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年3月16日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件主动公开）")

    # ---------------- 附件 on a new page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("合肥市2025年度营商环境评价报告", XBS, 22, False)], align=C, indent=False,
            line=36, after=6)
    head("一、评价总体情况")
    runin("（一）评价范围。", "全市4个区、4个县、1个县级市和3个国家级开发区，共12个评价对象。")
    runin("（二）评价方法。", "采取部门数据填报、企业问卷调查和第三方实地核验相结合的方式。")
    runin("（三）总体结论。", "全市综合得分平均为86.90分，较上年提高1.82分。")
    head("二、评价指标体系")
    body("评价设置5个一级指标、15个二级指标，满分100分。")
    add_par(doc, [("表1　合肥市2025年度营商环境评价指标体系", HT, 14, False)], align=C, indent=False, line=24)
    h1 = ["一级指标", "二级指标", "分值（分）", "主要数据来源"]
    groups = [
        ("市场环境（25分）", [("开办企业", "8", "市市场监管局、市数据资源局"),
                           ("获得水电气网", "8", "国网合肥供电公司、市城乡建设局"),
                           ("获得信贷", "9", "市地方金融管理局")]),
        ("政务环境（25分）", [("政务服务便利度", "10", "市数据资源局"),
                           ("工程建设项目审批", "8", "市城乡建设局、市自然资源和规划局"),
                           ("纳税", "7", "国家税务总局合肥市税务局")]),
        ("法治环境（20分）", [("执行合同", "7", "市中级人民法院"),
                           ("办理破产", "6", "市中级人民法院、市发展改革委"),
                           ("知识产权保护", "7", "市市场监管局（知识产权局）")]),
        ("开放环境（15分）", [("跨境贸易", "6", "合肥海关、市商务局"),
                           ("利用外资", "5", "市商务局"),
                           ("自贸试验区制度创新", "4", "合肥片区管委会")]),
        ("创新环境（15分）", [("创新创业活跃度", "6", "市科技局、市市场监管局"),
                           ("人才流动便利度", "5", "市人力资源社会保障局"),
                           ("科技成果转化", "4", "市科技局")]),
    ]
    t = doc.add_table(rows=1 + 15, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(h1):
        set_cell(t.rows[0].cells[i], h, HT)
    repeat_header(t.rows[0])
    r = 1
    for g, items in groups:
        m = t.cell(r, 0).merge(t.cell(r + len(items) - 1, 0))
        set_cell(m, g)
        for name, val, src in items:
            set_cell(t.cell(r, 1), name)
            set_cell(t.cell(r, 2), val)
            set_cell(t.cell(r, 3), src, align=L)
            clauses.append(row_clause(h1, [g, name, val, src]))
            r += 1
    col_widths(t, [3.4, 4.0, 2.3, 5.9])
    head("三、评价结果")
    add_par(doc, [("表2　各县（市）区、开发区营商环境评价得分及排名（单位：分）", HT, 14, False)],
            align=C, indent=False)
    top = ["序号", "评价对象", "综合得分", "一级指标得分", "", "", "", "", "排名", "分档"]
    sub = ["市场环境", "政务环境", "法治环境", "开放环境", "创新环境"]
    data = [
        ("合肥高新区", "93.97", "23.68", "23.94", "18.47", "13.52", "14.36", "优秀"),
        ("合肥经开区", "92.73", "23.41", "23.72", "18.15", "13.88", "13.57", "优秀"),
        ("包河区", "91.33", "23.05", "23.61", "18.22", "13.04", "13.41", "优秀"),
        ("蜀山区", "91.12", "23.12", "23.38", "18.04", "12.86", "13.72", "优秀"),
        ("庐阳区", "89.16", "22.74", "23.15", "17.86", "12.48", "12.93", "良好"),
        ("合肥新站高新区", "88.58", "22.58", "23.06", "17.49", "12.61", "12.84", "良好"),
        ("肥西县", "86.89", "22.31", "22.84", "17.31", "12.07", "12.36", "良好"),
        ("瑶海区", "84.76", "21.86", "22.47", "17.02", "11.36", "12.05", "一般"),
        ("肥东县", "82.64", "21.37", "22.06", "16.58", "11.15", "11.48", "一般"),
        ("长丰县", "81.46", "21.08", "21.93", "16.37", "10.82", "11.26", "一般"),
        ("巢湖市", "80.79", "20.92", "21.76", "16.45", "10.64", "11.02", "一般"),
        ("庐江县", "79.37", "20.64", "21.52", "16.11", "10.27", "10.83", "较差"),
    ]
    t = doc.add_table(rows=2 + len(data), cols=10)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci in (0, 1, 2, 8, 9):
        m = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(m, top[ci], HT)
    m = t.cell(0, 3).merge(t.cell(0, 7))
    set_cell(m, "一级指标得分", HT)
    for i, s in enumerate(sub):
        set_cell(t.cell(1, 3 + i), s, HT)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdr = ["序号", "评价对象", "综合得分"] + ["一级指标得分／" + s for s in sub] + ["排名", "分档"]
    for k, d in enumerate(data, 1):
        vals = [str(k), d[0], d[1], d[2], d[3], d[4], d[5], d[6], str(k), d[7]]
        for ci, v in enumerate(vals):
            set_cell(t.cell(1 + k, ci), v)
        clauses.append(row_clause(hdr, vals))
    col_widths(t, [1.2, 2.9, 1.9, 1.45, 1.45, 1.45, 1.45, 1.45, 1.2, 1.15])
    for tx in ["注：1.分档标准：综合得分90分及以上为优秀，85分（含）至90分为良好，80分（含）至85分为一般，80分以下为较差。",
               "2.开发区“办理破产”指标得分按所在区该项得分折算。"]:
        clauses.append(tx)
        add_par(doc, [(tx, FS, 12, False)], indent=False, line=18,
                first=Pt(0) if tx.startswith("注") else Pt(24))
    head("四、存在问题")
    runin("（一）区域发展不够均衡。", "最高分与最低分相差14.60分，县域营商环境与城区、开发区相比仍有明显差距。")
    runin("（二）融资难融资贵问题仍然存在。", "23.6%的受访中小微企业反映贷款审批周期长、抵押担保要求高。")
    runin("（三）开放型经济短板较为明显。", "部分县（市）区外贸主体偏少，通关和国际物流成本偏高。")
    head("五、改进建议")
    runin("（一）推动区域协调提升。", "建立“先进帮后进”结对机制，力争2026年全市无较差档评价对象。")
    runin("（二）加大金融支持力度。", "深化“信易贷”平台应用，扩大政府性融资担保业务规模，全年新增首贷户不少于8000户。")
    runin("（三）扩大高水平对外开放。", "发挥自贸试验区合肥片区和中欧班列（合肥）平台作用，持续压缩进出口整体通关时间。")
    banji(doc, "抄送：市委办公室，市人大常委会办公室，市政府办公室，市政协办公室。",
          "合肥市发展和改革委员会办公室", "2026年3月16日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "合肥市发展和改革委员会关于印发《合肥市2025年度营商环境评价报告》的通知",
            "doc_number": "合发改营商〔2026〕18号",
            "issuer": ["合肥市发展和改革委员会"],
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "合肥市",
            "effective": None,
            "expires": None,
            "attachments": ["合肥市2025年度营商环境评价报告"],
            "doc_type": "通知",
            "recipients": ["各县（市）、区人民政府", "各开发区管委会", "市直有关单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B  钦州港片区管委会
SPLIT_B = 6  # rows of 表2 before the manual “续表”


def doc_qinzhou():
    stem = "blind765_qinzhougang_zmq"
    doc = Document()
    setup(doc, "- ", " -")
    clauses = []

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    # red 版头: long organ name in two lines of different size, no “文件”
    add_par(doc, [("中国（广西）自由贸易试验区", XBS, 24, False, RED)],
            align=C, indent=False, line=36, before=6)
    add_par(doc, [("钦州港片区管理委员会", XBS, 38, False, RED)],
            align=C, indent=False, line=50)
    p = add_par(doc, "钦自贸管发〔2026〕7号", indent=False, align=C, before=12)
    border(p, "bottom", "FF0000", 18, 8)
    # title: one paragraph with a manual line break at an odd place
    p = doc.add_paragraph()
    font(p.add_run("钦州港片区管委会关于印发《钦州港"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("片区2025年度营商环境评价报告》的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=34, before=24, after=14)
    add_par(doc, "片区管委会各部门、各直属机构，各驻区单位，各有关企业：", indent=False)
    body("为全面检验片区营商环境建设成效，我委委托第三方机构开展了2025年度营商环境评价。经片区管委会2026年第3次主任办公会议审议通过，现将《钦州港片区2025年度营商环境评价报告》印发给你们，请认真抓好整改落实。")
    body("各牵头部门要于2026年3月31日前将整改方案报片区管委会营商环境建设局。")
    add_par(doc, "特此通知。")
    add_par(doc, "附件：钦州港片区2025年度营商环境评价报告", before=6, after=6)
    # 落款 aligned with a centre tab stop; date in Chinese numerals
    for txt in ["中国（广西）自由贸易试验区", "钦州港片区管理委员会", "二〇二六年二月二十七日"]:
        p = add_par(doc, [("\t" + txt, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(11.4), 1)  # 1 = CENTER
    add_par(doc, "（此件公开发布）")

    # ---------------- 附件
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("钦州港片区2025年度营商环境评价报告", XBS, 22, False)], align=C, indent=False,
            line=36, after=6)
    n_head = make_numbering(doc, "%1、")

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    state = {"nid": None, "k": 0}

    def new_items():
        state["nid"] = make_numbering(doc, "（%1）")
        state["k"] = 0

    def item(h, t):
        state["k"] += 1
        clauses.append("（%s）%s%s" % (CN[state["k"] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, state["nid"])

    head("评价基本情况")
    body("第三方机构采取“企业问卷调查+部门数据采集+办事体验核验”方式开展评价，回收有效企业问卷1126份。")
    head("评价指标体系")
    body("评价指标体系由5个一级指标和14个二级指标构成。")
    add_par(doc, [("表1　钦州港片区营商环境评价指标体系", HT, 14, False)], align=C, indent=False, line=24)
    h1 = ["序号", "一级指标", "权重", "二级指标（分值）"]
    rows1 = [
        ["1", "政务服务", "20%", "企业开办（8）、工程建设项目审批（7）、政务服务“一网通办”（5）"],
        ["2", "跨境贸易", "30%", "进口整体通关时间（8）、出口整体通关时间（7）、海铁联运便利度（8）、港口收费透明度（7）"],
        ["3", "要素保障", "20%", "获得用地（7）、获得电力（6）、获得信贷（7）"],
        ["4", "法治与诚信", "15%", "涉企执法规范（8）、商事纠纷化解（7）"],
        ["5", "制度创新", "15%", "制度创新成果（8）、市场主体满意度（7）"],
    ]
    t = doc.add_table(rows=1 + len(rows1), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(h1):
        set_cell(t.cell(0, i), h, HT)
    for ri, row in enumerate(rows1, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, align=L if ci == 3 else C)
        clauses.append(row_clause(h1, row))
    col_widths(t, [1.1, 2.3, 1.4, 10.8])
    head("评价结果")
    body("片区综合得分为87.04分，较2024年提高2.36分；14个二级指标中，A档5项、B档7项、C档2项。")
    add_par(doc, [("表2　钦州港片区2025年度营商环境各指标得分及排名", HT, 14, False)], align=C, indent=False, line=24)
    add_par(doc, [("单位：分", FS, 12, False)], align=R, indent=False, line=18)
    h2 = ["序号", "一级指标", "二级指标", "得分", "排名", "分档"]
    rows2 = [
        ("政务服务", "企业开办", "95.6", "1", "A"),
        ("政务服务", "工程建设项目审批", "84.2", "10", "B"),
        ("政务服务", "政务服务“一网通办”", "91.3", "4", "A"),
        ("跨境贸易", "进口整体通关时间", "88.7", "7", "B"),
        ("跨境贸易", "出口整体通关时间", "93.4", "2", "A"),
        ("跨境贸易", "海铁联运便利度", "90.8", "5", "A"),
        ("跨境贸易", "港口收费透明度", "78.5", "13", "C"),
        ("要素保障", "获得用地", "82.6", "11", "B"),
        ("要素保障", "获得电力", "92.1", "3", "A"),
        ("要素保障", "获得信贷", "76.9", "14", "C"),
        ("法治与诚信", "涉企执法规范", "87.3", "8", "B"),
        ("法治与诚信", "商事纠纷化解", "81.4", "12", "B"),
        ("制度创新", "制度创新成果", "89.5", "6", "B"),
        ("制度创新", "市场主体满意度", "85.8", "9", "B"),
    ]

    def part(rows, start):
        t = doc.add_table(rows=1 + len(rows), cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(h2):
            set_cell(t.cell(0, i), h, HT)
        ri = 0
        while ri < len(rows):  # merge equal 一级指标 cells
            rj = ri
            while rj + 1 < len(rows) and rows[rj + 1][0] == rows[ri][0]:
                rj += 1
            cell = t.cell(1 + ri, 1)
            if rj > ri:
                cell = cell.merge(t.cell(1 + rj, 1))
            set_cell(cell, rows[ri][0])
            ri = rj + 1
        for k, r in enumerate(rows):
            vals = [str(start + k), r[0], r[1], r[2], r[3], r[4]]
            for ci in (0, 2, 3, 4, 5):
                set_cell(t.cell(1 + k, ci), vals[ci])
            clauses.append(row_clause(h2, vals))
        col_widths(t, [1.2, 2.8, 5.4, 2.0, 1.8, 1.8])

    part(rows2[:SPLIT_B], 1)
    # clerk split the table by hand and typed “续表” + the header again
    p = add_par(doc, [("续表", HT, 12, False)], indent=False, line=22, before=6)
    p.paragraph_format.keep_with_next = True
    part(rows2[SPLIT_B:], SPLIT_B + 1)
    tx = "注：排名为14个二级指标得分由高到低的位次；90分及以上为A档，80分（含）至90分为B档，80分以下为C档。"
    clauses.append(tx)
    add_par(doc, [(tx, FS, 12, False)], indent=False, line=18)
    body("出口、进口整体通关时间分别压缩至0.42小时、18.6小时。")
    head("存在问题")
    new_items()
    item("港口收费透明度不高。", "部分船代、货代企业收费项目名称不统一、公示不及时，17.8%的受访企业反映港口综合物流成本偏高。")
    item("中小企业融资渠道偏窄。", "获得信贷指标得分76.9分，排名末位，应收账款、仓单等融资渠道有限。")
    head("改进建议")
    new_items()
    item("规范港口收费行为。", "推动港口、船代、货代企业统一收费目录清单，实行“一张清单”公示并动态更新。")
    item("拓展外贸企业融资服务。", "推广仓单质押、关税保函等业务，扩大跨境人民币结算在中国—东盟贸易中的使用。")
    banji(doc, "抄送：自治区商务厅（自治区自贸办），钦州市人民政府办公室。",
          "钦州港片区管委会综合办公室", "2026年2月27日印发", gap=1, gap_line=12)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "钦州港片区管委会关于印发《钦州港片区2025年度营商环境评价报告》的通知",
            "doc_number": "钦自贸管发〔2026〕7号",
            "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会"],
            "date": "2026-02-27",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": ["钦州港片区2025年度营商环境评价报告"],
            "doc_type": "通知",
            "recipients": ["片区管委会各部门", "各直属机构", "各驻区单位", "各有关企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C  义乌 联合行文
def doc_yiwu():
    stem = "blind765_yiwu_zhenjie"
    doc = Document()
    setup(doc)
    clauses = []

    def body(t):
        # first-line indent typed as two full-width spaces
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    # joint red 版头 in a borderless layout table: two organ names | 文件
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    set_cell(t.cell(0, 0), "义乌市优化营商环境工作领导小组办公室", XBS, 18, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=34)
    set_cell(t.cell(1, 0), "义乌市发展和改革局", XBS, 18, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=34)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 40, color=RED, line=50)
    col_widths(t, [12.2, 3.4])
    p = add_par(doc, "义营商办〔2026〕5号", indent=False, align=C, before=20)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("关于印发《义乌市2025年度镇街营商环境", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("评价报告》的通知", XBS, 22, False)], align=C, indent=False, line=34, after=14)
    add_par(doc, "各镇人民政府、各街道办事处，市级有关单位：", indent=False)
    body("为进一步激发镇街优化营商环境的积极性和主动性，根据《义乌市镇街营商环境评价办法（试行）》，市营商办会同市发改局组织开展了2025年度镇街营商环境评价。现将评价报告印发给你们，请各镇街对照评价结果查找短板，于2026年4月30日前将整改清单报市营商办。")
    empty(doc, 1)
    add_par(doc, IND + "附件：义乌市2025年度镇街营商环境评价报告", indent=False)
    empty(doc, 1)
    # joint 落款 with tab stops, first organ's name wrapped over two lines
    p = add_par(doc, [("\t义乌市优化营商环境工作\t义乌市发展和改革局", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.2))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.6))
    p = add_par(doc, [("\t领导小组办公室", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(2.0))
    add_par(doc, "                                  2026年4月3日", indent=False)

    # ---------------- 附件
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    p = doc.add_paragraph()
    font(p.add_run("义乌市2025年度镇街营商环境"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("评价报告"), XBS, 22)
    fmt(p, align=C, indent=False, line=34, after=6)
    head("一、基本情况")
    body("本次评价对象为全市8个街道和6个镇,采用“线上数据比对+企业满意度测评+暗访体验”方式,共回收企业有效问卷4073份。")
    head("二、评价指标体系")
    body("评价指标体系由4个维度11项指标构成(见下表)。")
    add_par(doc, [("义乌市镇街营商环境评价指标体系", HT, 14, False)], align=C, indent=False, line=24)
    h1 = ["序号", "评价维度", "评价指标", "分值"]
    dims = [
        ("政务服务（30分）", [("镇街便民服务中心“一窗通办”", "10"), ("涉企事项“一件事”集成办理", "10"), ("政务服务网办率", "10")]),
        ("要素保障（25分）", [("工业用地供给与“标准地”出让", "10"), ("企业融资对接", "8"), ("用工服务", "7")]),
        ("市场环境（25分）", [("经营主体增长", "8"), ("市场采购贸易与跨境电商主体培育", "9"), ("涉企检查规范", "8")]),
        ("企业评价（20分）", [("企业满意度", "12"), ("“义商码”诉求办结率", "8")]),
    ]
    t = doc.add_table(rows=1 + 11, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(h1):
        set_cell(t.cell(0, i), h, HT)
    r = 1
    for d, items in dims:
        m = t.cell(r, 1).merge(t.cell(r + len(items) - 1, 1))
        set_cell(m, d)
        for name, val in items:
            set_cell(t.cell(r, 0), str(r))
            set_cell(t.cell(r, 2), name, align=L)
            set_cell(t.cell(r, 3), val)
            clauses.append(row_clause(h1, [str(r), d, name, val]))
            r += 1
    col_widths(t, [1.2, 3.4, 9.0, 1.8])
    head("三、评价结果")
    body("平均得分86.87分,第一档(90分及以上)4个,第二档(85分至90分)5个,第三档(85分以下)5个。")
    add_par(doc, [("2025年度镇街营商环境评价得分及排名", HT, 14, False)], align=C, indent=False, line=24)
    h2 = ["序号", "镇街", "得分", "排名", "分档", "较上年位次变化"]
    rows2 = [
        ("福田街道", "93.18", "第一档", "持平"),
        ("稠城街道", "92.46", "第一档", "上升1位"),
        ("稠江街道", "91.27", "第一档", "上升2位"),
        ("北苑街道", "90.83", "第一档", "下降2位"),
        ("江东街道", "89.64", "第二档", "下降1位"),
        ("后宅街道", "88.15", "第二档", "上升3位"),
        ("佛堂镇", "87.56", "第二档", "持平"),
        ("廿三里街道", "86.39", "第二档", "下降2位"),
        ("苏溪镇", "85.43", "第二档", "上升1位"),
        ("城西街道", "84.72", "第三档", "下降2位"),
        ("义亭镇", "83.91", "第三档", "持平"),
        ("上溪镇", "82.35", "第三档", "上升1位"),
        ("赤岸镇", "80.47", "第三档", "下降1位"),
        ("大陈镇", "79.86", "第三档", "持平"),
    ]
    t = doc.add_table(rows=1 + len(rows2), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(h2):
        set_cell(t.cell(0, i), h, HT)
    repeat_header(t.rows[0])
    for k, rr in enumerate(rows2, 1):
        vals = [str(k), rr[0], rr[1], str(k), rr[2], rr[3]]
        for ci, v in enumerate(vals):
            set_cell(t.cell(k, ci), v)
        clauses.append(row_clause(h2, vals))
    col_widths(t, [1.2, 3.4, 2.4, 1.8, 2.4, 3.6])
    tx = "注：2024年度评价对象及评价口径与本年度一致。"
    clauses.append(tx)
    add_par(doc, [(IND + tx, FS, 12, False)], indent=False, line=18)
    head("四、存在问题")
    body("1．部分镇营商环境基础较弱。第三档5个镇街中有4个为镇，在工业用地供给、用工服务等指标上失分较多。")
    body("2．企业诉求闭环解决有待加强。“义商码”企业诉求平均办结时长为6.3个工作日。")
    head("五、改进建议")
    body("（一）分类施策补短板。对第三档镇街实行“一镇一策”：")
    body("(1)年内盘活存量工业用地1500亩以上；")
    body("(2)在镇街设立“家门口”用工服务站。")
    body("（二）发挥开放平台作用。依托金义片区和“义新欧”中欧班列，支持镇街企业参与共建“一带一路”。")
    # 版记 on the last page
    banji(doc, "抄送：金华市发展改革委，市委办、市人大办、市政府办。",
          "义乌市发展和改革局办公室", "2026年4月3日印发", gap=1, gap_line=12)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于印发《义乌市2025年度镇街营商环境评价报告》的通知",
            "doc_number": "义营商办〔2026〕5号",
            "issuer": ["义乌市优化营商环境工作领导小组办公室", "义乌市发展和改革局"],
            "date": "2026-04-03",
            "published": None,
            "level": "county",
            "region": "义乌市",
            "effective": None,
            "expires": None,
            "attachments": ["义乌市2025年度镇街营商环境评价报告"],
            "doc_type": "通知",
            "recipients": ["各镇人民政府", "各街道办事处", "市级有关单位"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_hefei(), doc_qinzhou(), doc_yiwu()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
