# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 980: 商务部办公厅 境外经贸合作区统计函 + two provinces' 报送函 with filled tables.

Writes blind980_*.docx, blind980_*.pdf and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
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

HEADER = ["序号", "合作区名称", "所在国", "入区企业数", "累计投资（万美元）", "产值（万美元）", "就业人数"]

expected = {}


# ------------------------------------------------------------------ helpers
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


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_footer(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>'
                                  % (nsdecls("w"), txt)))
        elif kind == "text":
            r.text = txt
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


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
    page_footer(s)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    # drop surplus paragraphs left by merges
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def row_clause(vals):
    return "；".join("%s：%s" % (h, v) for h, v in zip(HEADER, vals))


def zone_table(doc, rows, total=None, total_span=2, widths=None):
    """rows: list of 7-value lists. total: 合计 row values (after the merged label)."""
    n = len(rows) + (1 if total else 0)
    t = doc.add_table(rows=1 + n, cols=len(HEADER))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(HEADER):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=al)
    if total:
        tr = t.rows[n]
        merged = tr.cells[0].merge(tr.cells[total_span - 1])
        set_cell(merged, "合计", HT, 12)
        for ci, v in enumerate(total, total_span):
            set_cell(t.rows[n].cells[ci], v, FS, 12)
    if widths:
        t.autofit = False
        grid = t._tbl.tblGrid
        for ci, gc in enumerate(grid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(Cm(widths[ci]).twips)))
        for row in t.rows:
            if len(row._tr.tc_lst) != len(widths):
                continue  # merged 合计 row: leave to the grid
            for ci, w in enumerate(widths):
                row.cells[ci].width = Cm(w)
    return t


def totals(rows):
    return [str(sum(int(r[i]) for r in rows)) for i in range(3, 7)]


def banji(doc, cc, printer=None, date_txt=None, size=14, gap=2):
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, size, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    if printer:
        border(p, "bottom", "000000", 4, 4)
        p2 = add_par(doc, [(printer, FS, size, False), ("\t", FS, size, False),
                           (date_txt, FS, size, False)], indent=False, line=24)
        p2.paragraph_format.left_indent = Pt(14)
        p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), WD_TAB_ALIGNMENT.RIGHT)
        border(p2, "bottom", "000000", 8, 4)
    else:
        border(p, "bottom", "000000", 8, 4)


def make_numbering(doc, lvl_text, abs_id):
    numbering = doc.part.numbering_part.element
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), abs_id, lvl_text, KT, KT, KT))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, abs_id)))
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), nid)))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_980", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ======================================================= DOC A: 商务部办公厅函
def doc_mofcom():
    stem = "blind980_mofcom_tongjihan"
    doc = Document()
    setup(doc)
    clauses = []

    # 信函格式: organ name in red, red double rule, then 特急 (left) + 文号 (right, tab)
    add_par(doc, [("商务部办公厅", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=48, before=0)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1, val="thickThinSmallGap")
    p = add_par(doc, [("特急", HT, 16, False), ("\t", FS, 16, False),
                      ("商办合函〔2026〕41号", FS, 16, False)], indent=False, before=6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    # title wrapped at an odd place with Shift+Enter
    p = doc.add_paragraph()
    font(p.add_run("商务部办公厅关于做好2025年度境外经贸"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("合作区统计监测工作的函"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    recips = ["北京市商务局", "天津市商务局", "河北省商务厅", "辽宁省商务厅", "上海市商务委员会",
              "江苏省商务厅", "浙江省商务厅", "福建省商务厅", "山东省商务厅", "河南省商务厅",
              "湖北省商务厅", "湖南省商务厅", "广东省商务厅", "广西壮族自治区商务厅",
              "重庆市商务委员会", "四川省商务厅", "云南省商务厅", "新疆维吾尔自治区商务厅"]
    add_par(doc, "、".join(recips) + "：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    body("为全面、准确掌握境外经贸合作区（以下简称合作区）建设运营情况，做好合作区统计监测和高质量发展评价工作，根据《对外直接投资统计调查制度》和《境外经贸合作区统计监测办法（试行）》有关规定，现就做好2025年度合作区统计工作有关事项函告如下：")
    runin("一、统计范围。", "由你省（区、市）企业作为实施主体、在境外投资建设并已完成主要基础设施投资、具备一定规模入区企业的合作区，均纳入统计范围。已通过商务部、财政部确认考核的合作区和省级认定的合作区均应填报。")
    runin("二、统计内容。", "主要包括合作区名称、所在国、实施企业、入区企业数、累计投资、年度产值、上缴东道国税费、就业人数等指标。统计时点为2025年12月31日，年度指标统计期为2025年1月1日至12月31日。")
    runin("三、报送要求。", "请你厅（局、委）组织本地区合作区实施企业认真填写《境外经贸合作区2025年度主要指标统计表》（附件1），并按照提纲（附件2）形成合作区建设情况报告，经审核汇总后，于2026年3月20日前以正式函件报送我部（对外投资和经济合作司），电子版同时通过“对外投资合作信息服务系统”上传。各地要压实数据质量责任，对填报数据的真实性、准确性进行审核把关，数据较上年变动幅度超过30%的应作出说明。")
    runin("四、联系方式。", "商务部对外投资和经济合作司 刘晓东 李婷，电话：010-85093526、85093871。")
    empty(doc, 1)
    # 附件 list, second line aligned with typed full-width spaces
    add_par(doc, "附件：1.境外经贸合作区2025年度主要指标统计表")
    add_par(doc, "\u3000\u3000\u3000\u30002.境外经贸合作区建设情况报告提纲", indent=False)
    empty(doc, 2)
    # 落款 via right tab stop
    for txt in ("商务部办公厅", "2026年2月26日"):
        p = add_par(doc, [("\t" + txt, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(14.2), WD_TAB_ALIGNMENT.RIGHT)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")
    banji(doc, "抄送：财政部办公厅，国家统计局办公室，各驻外使（领）馆经商处（室）。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "商务部办公厅关于做好2025年度境外经贸合作区统计监测工作的函",
            "doc_number": "商办合函〔2026〕41号",
            "issuer": ["商务部办公厅"],
            "date": "2026-02-26",
            "published": None,
            "level": "ministry",
            "region": None,
            "effective": None,
            "expires": None,
            "attachments": ["境外经贸合作区2025年度主要指标统计表",
                            "境外经贸合作区建设情况报告提纲"],
            "doc_type": "函",
            "recipients": recips,
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ======================================================= DOC B: 浙江省商务厅报送函
ZJ_ROWS = [
    ["1", "泰中罗勇工业园", "泰国", "236", "452360", "1286750", "48520"],
    ["2", "越南龙江工业园", "越南", "58", "168430", "325610", "31240"],
    ["3", "俄罗斯乌苏里斯克经贸合作区", "俄罗斯", "27", "41280", "86350", "3860"],
    ["4", "北美华富山工业园", "墨西哥", "64", "98670", "153290", "12470"],
    ["5", "中国·印尼综合产业园区青山园区", "印度尼西亚", "42", "1583200", "2467300", "86150"],
    ["6", "乌兹别克斯坦鹏盛工业园", "乌兹别克斯坦", "31", "18560", "42780", "4320"],
    ["7", "中柬（浙江）农业产业合作园", "柬埔寨", "15", "9240", "16830", "2160"],
]


def doc_zhejiang():
    stem = "blind980_zhejiang_baosong"
    doc = Document()
    setup(doc)
    clauses = []
    tot = totals(ZJ_ROWS)
    assert tot == ["473", "2371740", "4378910", "188720"], tot

    add_par(doc, [("浙江省商务厅", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=24)
    empty(doc, 1)
    p = add_par(doc, "浙商务函〔2026〕19号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)
    # title split into two paragraphs
    add_par(doc, [("浙江省商务厅关于报送2025年度", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("境外经贸合作区统计数据的函", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "商务部对外投资和经济合作司：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=KT, bold=True):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("根据《商务部办公厅关于做好2025年度境外经贸合作区统计监测工作的函》（商办合函〔2026〕41号）要求，我厅组织相关合作区实施企业开展了2025年度统计填报工作，并会同省统计局对数据进行了审核汇总。现将有关情况函告如下：")
    head("一、总体情况")
    body("截至2025年底，我省企业在境外建设并纳入统计的合作区共7家，分布在泰国、越南、俄罗斯、墨西哥、印度尼西亚、乌兹别克斯坦、柬埔寨等7个国家，其中6家位于共建“一带一路”国家。合作区累计入区企业473家，累计投资237.17亿美元，2025年实现产值437.89亿美元，带动当地就业18.87万人。具体数据详见附件。")
    head("二、主要特点")
    runin("（一）龙头园区带动作用突出。", "泰中罗勇工业园、中国·印尼综合产业园区青山园区两家园区入区企业数、产值分别占全省合作区总量的58.8%和85.7%，形成了汽摩配、新能源材料、不锈钢等较为完整的产业链，成为我省企业“抱团出海”的重要平台。")
    runin("（二）产业链供应链布局加快。", "2025年新增入区企业41家，其中新能源汽车零部件、光伏组件、锂电池材料等领域企业占比超过六成，带动我省装备、原材料和中间品出口约32.6亿美元。")
    runin("（三）属地化经营水平提升。", "合作区当地员工占比约86%，累计向东道国缴纳税费约9.8亿美元，开展职业技能培训2.3万人次，社会责任履行情况得到东道国政府好评。")
    runin("三、存在的问题和建议。", "一是部分合作区受东道国政策调整和汇率波动影响，招商引资难度加大；二是中小规模合作区基础设施配套不足，融资渠道较窄。建议商务部加强与东道国政府的政策沟通，推动将合作区建设纳入双边经贸合作机制，并协调政策性金融机构加大对合作区基础设施建设的支持力度。", HT, False)
    empty(doc, 1)
    add_par(doc, "附件：浙江省境外经贸合作区2025年度主要指标统计表")
    empty(doc, 3)
    for txt in ("浙江省商务厅", "二〇二六年三月十六日"):
        p = add_par(doc, txt, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(64 if len(txt) < 8 else 32)
    banji(doc, "抄送：省人民政府办公厅，省统计局。", "浙江省商务厅办公室", "2026年3月16日印发")

    # ---- attachment on its own (landscape) page
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.8), Cm(2.6)
    sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("浙江省境外经贸合作区2025年度主要指标统计表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=6)
    add_par(doc, [("填报单位（盖章）：浙江省商务厅", FS, 12, False), ("\t", FS, 12, False),
                  ("统计时点：2025年12月31日", FS, 12, False)], indent=False, line=22)
    doc.paragraphs[-1].paragraph_format.tab_stops.add_tab_stop(Cm(22.3), WD_TAB_ALIGNMENT.RIGHT)
    zone_table(doc, ZJ_ROWS, total=["—"] + tot, total_span=2,
               widths=[1.3, 7.0, 2.8, 2.4, 3.6, 3.2, 2.2])
    for r in ZJ_ROWS:
        clauses.append(row_clause(r))
    clauses.append(row_clause(["合计", "合计", "—"] + tot))
    note = ("注：1.累计投资为合作区自建设以来实施企业及入区企业累计实际投资额；"
            "2.产值为2025年度入区企业实现的工业总产值（营业收入）；"
            "3.就业人数为截至2025年12月31日在区就业人数，其中当地员工占比约86%。")
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "浙江省商务厅关于报送2025年度境外经贸合作区统计数据的函",
            "doc_number": "浙商务函〔2026〕19号",
            "issuer": ["浙江省商务厅"],
            "date": "2026-03-16",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": None,
            "expires": None,
            "attachments": ["浙江省境外经贸合作区2025年度主要指标统计表"],
            "doc_type": "函",
            "recipients": ["商务部对外投资和经济合作司"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ======================================================= DOC C: 云南省商务厅报送函
SPLIT = 6  # rows 1-6 fill page 2; the clerk continues on page 3 as 续表
YN_ROWS = [
    ["1", "老挝万象赛色塔综合开发区", "老挝", "156", "128450", "236870", "9650"],
    ["2", "老挝磨丁经济特区", "老挝", "48", "36720", "21450", "3280"],
    ["3", "缅甸曼德勒缪达经济贸易合作区", "缅甸", "37", "42160", "58930", "6420"],
    ["4", "柬埔寨桔井农业经济特区", "柬埔寨", "22", "15380", "19760", "3150"],
    ["5", "越南海防安阳工业园", "越南", "19", "21840", "34620", "4870"],
    ["6", "孟加拉国吉大港中国经济工业园", "孟加拉国", "11", "8960", "6530", "2140"],
    ["7", "老挝琅勃拉邦农业产业合作园", "老挝", "14", "6270", "9850", "1860"],
    ["8", "缅甸密支那农业合作园区", "缅甸", "9", "4580", "7120", "1350"],
]


def doc_yunnan():
    stem = "blind980_yunnan_baosong"
    doc = Document()
    setup(doc)
    clauses = []
    tot = totals(YN_ROWS)
    assert tot == ["316", "264360", "395130", "32720"], tot
    n_item = make_numbering(doc, "（%1）", 980)

    add_par(doc, [("云南省商务厅", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=24)
    empty(doc, 1)
    # 文号 right-aligned via typed half-width spaces, then red rule on an empty paragraph
    add_par(doc, " " * 48 + "云商函〔2026〕37号", indent=False)
    p = add_par(doc, "", indent=False, line=6)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1)
    # title: three lines, wrapped oddly with manual breaks
    p = doc.add_paragraph()
    font(p.add_run("云南省商务厅关于报送我省"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("境外经贸合作区2025年度统计"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("数据的函"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "商务部对外投资和经济合作司：", indent=False)

    IND = "\u3000\u3000"  # indent typed as full-width spaces

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    items = []

    def item(h, t):
        items.append(1)
        clauses.append("（%s）%s%s" % ("一二三四五"[len(items) - 1], h, t))
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    body("按照《商务部办公厅关于做好2025年度境外经贸合作区统计监测工作的函》（商办合函〔2026〕41号）要求,我厅对我省企业在境外投资建设的合作区2025年度运营情况进行了全面统计，现将有关情况报送如下：")
    head("一、总体情况")
    body("截至2025年12月31日，我省企业在老挝、缅甸、柬埔寨、越南、孟加拉国等5个国家投资建设合作区8家，累计入区企业316家，累计投资26.44亿美元，2025年实现产值39.51亿美元，带动当地就业3.27万人。")
    head("二、主要工作成效")
    item("服务中老铁路沿线开发。", "依托中老铁路，老挝万象赛色塔综合开发区新引进物流仓储、农产品加工企业23家，“中老铁路+合作区”联动发展模式初步形成,开发区内企业通过中老铁路运输货物同比增长41.5%。")
    item("推动农业合作园区提质。", "柬埔寨、老挝、缅甸3家农业类合作区累计推广水稻、玉米、甘蔗等替代种植面积38.6万亩，带动当地农户增收，为我省农产品回运提供了稳定来源。")
    item("强化境外安全风险防控。", "指导各实施企业健全境外安全管理制度，组织开展境外安全培训和应急演练12场次，全年未发生重大安全事件。")
    head("三、各合作区主要指标")
    body("各合作区2025年度主要指标如下：")

    widths = [1.0, 4.4, 2.2, 1.6, 2.3, 2.3, 1.8]
    zone_table(doc, YN_ROWS[:SPLIT], widths=widths)
    for r in YN_ROWS[:SPLIT]:
        clauses.append(row_clause(r))
    # clerk splits the table by hand at the page end and types 续表 with the header again
    p = add_par(doc, [("续表", HT, 14, False)], indent=False, line=24)
    p.paragraph_format.page_break_before = True
    zone_table(doc, YN_ROWS[SPLIT:], total=tot, total_span=3, widths=widths)
    for r in YN_ROWS[SPLIT:]:
        clauses.append(row_clause(r))
    clauses.append(row_clause(["合计", "合计", "合计"] + tot))
    note = ("注：1.数据由各合作区实施企业填报，经我厅审核；2.老挝万象赛色塔综合开发区累计投资含中老双方股东共同投入部分；"
            "3.老挝磨丁经济特区产值较上年下降12.4%，主要受园区内部分项目停工调整影响。")
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)
    empty(doc, 1)
    head("四、下一步工作")
    body("我厅将进一步加强对合作区建设的分类指导，推动合作区与中国（云南）自由贸易试验区昆明、德宏、红河片区联动发展，支持有条件的合作区申报商务部确认考核，持续提升统计数据质量。")
    add_par(doc, IND + "特此函告。", indent=False)
    empty(doc, 2)
    add_par(doc, " " * 46 + "云南省商务厅", indent=False)
    add_par(doc, " " * 44 + "2026年3月18日", indent=False)
    banji(doc, "抄送：省人民政府办公厅，省统计局，省发展改革委。", "云南省商务厅办公室", "2026年3月18日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "云南省商务厅关于报送我省境外经贸合作区2025年度统计数据的函",
            "doc_number": "云商函〔2026〕37号",
            "issuer": ["云南省商务厅"],
            "date": "2026-03-18",
            "published": None,
            "level": "provincial",
            "region": "云南省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "函",
            "recipients": ["商务部对外投资和经济合作司"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_mofcom(), doc_zhejiang(), doc_yunnan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
