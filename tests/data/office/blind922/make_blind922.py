# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 922: 外资企业“服务包”制度实施方案与服务专员名单, Word + PDF + expected.json."""
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
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT


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
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
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
    el = parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), val, sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def footer_pageno(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>' % (nsdecls("w"), txt)))
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
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    footer_pageno(s)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def widths(table, cms):
    """Set column widths the way Word stores them (tblGrid + tcW, fixed layout)."""
    table.autofit = False
    tbl = table._tbl
    tblpr = tbl.tblPr
    for el in tblpr.findall(qn("w:tblW")):
        tblpr.remove(el)
    tblpr.append(parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>' % (nsdecls("w"), int(sum(cms) * 567))))
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for tr in tbl.findall(qn("w:tr")):
        col = 0
        for tc in tr.findall(qn("w:tc")):
            tcpr = tc.get_or_add_tcPr()
            span = tcpr.find(qn("w:gridSpan"))
            n = int(span.get(qn("w:val"))) if span is not None else 1
            w = sum(cms[col:col + n])
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(w * 567)))
            tcw.set(qn("w:type"), "dxa")
            if tcpr.find(qn("w:vAlign")) is None:
                tcpr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))
            col += n


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def banji(doc, cc, printer, date_txt, tab=False):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    if tab:
        p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                           (date_txt, FS, 14, False)], indent=False, line=24)
        p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    else:
        p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * 7, FS, 14, False),
                           (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_922", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [920]


def make_numbering(doc, lvl_text, fmt_="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_, lvl_text, KT, KT, KT))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numx = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                     % (nsdecls("w"), nid, aid))
    numbering.append(numx)
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), nid))
    ppr.insert(0, numpr)


CN = "一二三四五六七八九十"

expected = {}


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


# =================================================================== DOC A
# 合肥市人民政府办公室 印发 实施方案（通知 + 方案接排同页 + 附件名单横排，名单两级表头）
HEFEI_LIST = [
    # 企业名称, 所在地, 市级(姓名, 职务, 电话), 县区级(姓名, 职务, 电话)
    ("德瑞克（合肥）汽车电子有限公司", "合肥经开区", ("王立群", "市商务局外国投资管理处处长", "0551-63537216"), ("周海燕", "合肥经开区经贸发展局副局长", "0551-63679012")),
    ("日新光电材料（合肥）有限公司", "新站高新区", ("李晓东", "市经济和信息化局新型显示产业处处长", "0551-62612385"), ("孙国庆", "新站高新区招商服务局副局长", "0551-64493120")),
    ("施耐茨（安徽）电气设备有限公司", "合肥高新区", ("程  锐", "市投资促进局外资促进处处长", "0551-63538021"), ("丁  伟", "合肥高新区经贸局副局长", "0551-65316618")),
    ("合肥海森生物医药有限公司", "合肥高新区", ("何静怡", "市科技局高新技术处副处长", "0551-63536470"), ("刘  畅", "合肥高新区生物医药产业发展中心主任", "0551-65316702")),
    ("三和精工（合肥）有限公司", "合肥经开区", ("程  锐", "市投资促进局外资促进处处长", "0551-63538021"), ("陶文斌", "合肥经开区投资促进局外资科科长", "0551-63679108")),
    ("合肥裕隆新能源电池材料有限公司", "肥东县", ("赵明远", "市发展改革委利用外资和境外投资处处长", "0551-63538355"), ("鲍永红", "肥东县商务局局长", "0551-67711326")),
    ("马士通冷链物流（合肥）有限公司", "肥西县", ("陈  楠", "市商务局对外贸易处副处长", "0551-63537230"), ("吴家俊", "肥西县投资促进中心副主任", "0551-68851409")),
    ("安徽欧格林食品有限公司", "庐江县", ("朱  彤", "市市场监管局食品生产安全监督管理处处长", "0551-62621547"), ("方世平", "庐江县商务局副局长", "0551-87321906")),
    ("伊诺瓦（合肥）医疗器械有限公司", "包河区", ("何静怡", "市科技局高新技术处副处长", "0551-63536470"), ("潘  亮", "包河区投资促进局副局长", "0551-63357815")),
    ("合肥恒瑞特种玻璃有限公司", "巢湖市", ("赵明远", "市发展改革委利用外资和境外投资处处长", "0551-63538355"), ("江玉梅", "巢湖市商务局副局长", "0551-82321570")),
]


def doc_hefei():
    stem = "blind922_hefei_fangan"
    doc = Document()
    setup(doc)
    clauses = []

    # 份号 / 版头
    add_par(doc, [("000286", HT, 16, False)], align=L, indent=False)
    add_par(doc, [("合肥市人民政府办公室文件", XBS, 36, False, RED)],
            align=C, indent=False, line=56, before=18)
    p = add_par(doc, "合政办〔2026〕7号", align=C, indent=False, before=14)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # 标题：手工换行，断在奇怪的位置
    p = doc.add_paragraph()
    font(p.add_run("合肥市人民政府办公室关于印发合肥市外资"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("企业“服务包”制度实施方案的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各县（市）、区人民政府，市政府各部门、各直属机构：", indent=False)
    t = "《合肥市外资企业“服务包”制度实施方案》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。"
    clauses.append(t)
    add_par(doc, t)
    empty(doc, 2)
    p = add_par(doc, "合肥市人民政府办公室", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年3月16日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # ---- 方案正文：没有插分页符，直接接排
    empty(doc, 1)
    add_par(doc, [("合肥市外资企业“服务包”制度实施方案", XBS, 22, False)],
            align=C, indent=False, line=36)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("为深入贯彻落实《国务院关于进一步优化外商投资环境 加大吸引外商投资力度的意见》（国发〔2023〕11号），进一步完善外资企业服务保障机制，推动外资企业在肥投资兴业、增资扩产，结合我市实际，制定本方案。")
    head("一、总体要求")
    body("坚持“企业有所呼、政府有所应”，为重点外资企业量身定制“服务包”，实行“一企一包、一包一专员”，推动服务由“企业找政府”向“政府找企业”转变。到2026年底，“服务包”覆盖外资企业不少于150家；到2027年底，覆盖企业不少于220家，企业诉求办结率保持在95%以上。")
    head("二、主要内容")
    runin("（一）科学确定服务对象。", "市商务局会同市投资促进局、各县（市）区，按照“应纳尽纳、动态调整”原则，每年一季度确定“服务包”企业名单，分批公布。重点纳入以下企业：")
    # 1. 2． 混用半角/全角
    body("1.年营业收入5亿元以上的外商投资企业；")
    body("2．年实际使用外资1000万美元以上，或在建外资项目总投资1亿美元以上的企业；")
    body("3.世界500强企业在我市设立的地区总部、研发中心和功能性机构。")
    runin("（二）精准编制服务清单。", "按照“基础包+定制包”方式编制服务内容。基础包包括政策服务、项目审批、要素保障、用工招聘、通关便利、出入境便利、知识产权保护、金融服务等8类共性服务事项；定制包由服务专员“一企一策”研究提出，报市外资企业服务工作专班审定后实施。")
    runin("（三）建立服务专员制度。", "为每家“服务包”企业明确1名市级服务专员和1名县（市）区级服务专员（第一批名单见附件）。服务专员每季度至少走访企业1次，及时收集、跟踪、反馈企业诉求。")
    runin("（四）健全诉求办理机制。", "企业诉求实行“收集—交办—办理—反馈—评价”闭环管理。一般诉求在5个工作日内办结；涉及多个部门的复杂诉求，提交市外资企业服务工作专班会商，原则上在15个工作日内明确办理意见。")
    head("三、保障措施")
    runin("（一）加强组织领导。", "市外资企业服务工作专班（办公室设在市商务局）负责统筹推进“服务包”制度实施。各县（市）区要建立相应工作机制，明确具体责任人。")
    runin("（二）强化考核评价。", "将“服务包”制度落实情况纳入全市优化营商环境考核内容，市商务局每半年组织开展一次企业满意度评价。")
    body("本方案自2026年4月1日起施行，有效期至2028年3月31日。")
    empty(doc, 1)
    add_par(doc, "附件：合肥市重点外资企业服务专员名单（第一批）")

    # ---- 附件：横排新节
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.4), Cm(2.2)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("合肥市重点外资企业服务专员名单（第一批）", XBS, 20, False)],
            align=C, indent=False, line=32)
    empty(doc, 1, line=10)

    top = ["序号", "企业名称", "所在地", "市级服务专员", "县（市）区级服务专员"]
    sub = ["姓名", "职务", "联系电话"]
    keys = (["序号", "企业名称", "所在地"] + ["市级服务专员／" + s for s in sub]
            + ["县（市）区级服务专员／" + s for s in sub])
    W = [1.2, 4.6, 2.4, 1.6, 3.8, 3.0, 1.6, 3.6, 3.0]
    rows = HEFEI_LIST
    tb = doc.add_table(rows=2 + len(rows), cols=9)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    r0, r1 = tb.rows[0].cells, tb.rows[1].cells
    for i in range(3):
        set_cell(r0[i].merge(r1[i]), top[i], HT, 11, line=16)
    set_cell(r0[3].merge(r0[5]), top[3], HT, 11, line=16)
    set_cell(r0[6].merge(r0[8]), top[4], HT, 11, line=16)
    for i, s in enumerate(sub):
        set_cell(r1[3 + i], s, HT, 11, line=16)
        set_cell(r1[6 + i], s, HT, 11, line=16)
    for ri, (co, loc, a, b) in enumerate(rows):
        vals = [str(1 + ri), co, loc, a[0], a[1], a[2], b[0], b[1], b[2]]
        cells = tb.rows[2 + ri].cells
        for ci, v in enumerate(vals):
            set_cell(cells[ci], v, FS, 10.5, align=(L if ci in (1, 4, 7) else C), line=14)
        cant_split(tb.rows[2 + ri])
        clauses.append(row_clause(keys, vals))
    widths(tb, W)
    n1 = "注：1.服务专员如有调整，由市商务局统一公布，不再另行发文。"
    n2 = "2.企业名称以市场监管部门登记为准。"
    add_par(doc, [(n1, FS, 12, False)], indent=False, line=18, before=6)
    p = add_par(doc, [("    " + n2, FS, 12, False)], indent=False, line=18)
    clauses.append(n1)
    clauses.append(n2)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "合肥市人民政府办公室关于印发合肥市外资企业“服务包”制度实施方案的通知",
            "doc_number": "合政办〔2026〕7号",
            "issuer": ["合肥市人民政府办公室"],
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "合肥市",
            "effective": "2026-04-01",
            "expires": "2028-03-31",
            "attachments": ["合肥市重点外资企业服务专员名单（第一批）"],
            "doc_type": "通知",
            "recipients": ["各县（市）、区人民政府", "市政府各部门", "各直属机构"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 广东省商务厅 公布名单的函（特急，函式版头，名单表头两行重复、地市列纵向合并）
GD_LIST = [
    ("广州市", [
        ("广州樱井汽车零部件有限公司", "日本", "林建华", "省商务厅外国投资管理处处长", "020-38819652"),
        ("广州安德森生物科技有限公司", "美国", "林建华", "省商务厅外国投资管理处处长", "020-38819652"),
        ("广州南沙嘉诚冷链物流有限公司", "新加坡", "梁晓敏", "广州市商务局外资处副处长", "020-83124537"),
        ("广州埃尔文精细化工有限公司", "德国", "梁晓敏", "广州市商务局外资处副处长", "020-83124537"),
        ("广州宏图显示技术有限公司", "中国香港", "邓志刚", "广州开发区投资促进局副局长", "020-82113960"),
        ("广州维朗医疗器械有限公司", "瑞士", "邓志刚", "广州开发区投资促进局副局长", "020-82113960"),
    ]),
    ("深圳市", [
        ("深圳卡尔森智能科技有限公司", "瑞典", "陈一鸣", "省商务厅外国投资管理处副处长", "020-38819618"),
        ("深圳前海汇丰源供应链管理有限公司", "中国香港", "陈一鸣", "省商务厅外国投资管理处副处长", "020-38819618"),
        ("深圳美森半导体有限公司", "美国", "郑丽君", "深圳市商务局外资处处长", "0755-88102346"),
        ("深圳鸿达精密电子有限公司", "中国台湾", "郑丽君", "深圳市商务局外资处处长", "0755-88102346"),
        ("深圳前海安盛保险经纪有限公司", "中国香港", "黄伟强", "前海管理局投资推广署副署长", "0755-36853217"),
        ("深圳韩星储能技术有限公司", "韩国", "黄伟强", "前海管理局投资推广署副署长", "0755-36853217"),
    ]),
    ("珠海市", [
        ("珠海横琴澳科中医药发展有限公司", "中国澳门", "叶嘉欣", "横琴粤澳深度合作区经济发展局副局长", "0756-8841275"),
        ("珠海金湾航空维修工程有限公司", "新加坡", "叶嘉欣", "横琴粤澳深度合作区经济发展局副局长", "0756-8841275"),
        ("珠海富兰克电气有限公司", "法国", "罗国栋", "珠海市商务局副局长", "0756-2121536"),
    ]),
    ("佛山市", [
        ("佛山美瑞家电科技有限公司", "日本", "吴少峰", "佛山市商务局外资科科长", "0757-83032871"),
        ("佛山欧德曼机械设备有限公司", "意大利", "吴少峰", "佛山市商务局外资科科长", "0757-83032871"),
        ("佛山顺德泰丰陶瓷有限公司", "中国台湾", "麦惠玲", "顺德区经济促进局副局长", "0757-22836419"),
        ("佛山南海瑞特新材料有限公司", "德国", "麦惠玲", "顺德区经济促进局副局长", "0757-22836419"),
    ]),
    ("东莞市", [
        ("东莞松岛电子有限公司", "日本", "袁振宇", "东莞市商务局外资科科长", "0769-22834105"),
        ("东莞伟达精密塑胶有限公司", "中国香港", "袁振宇", "东莞市商务局外资科科长", "0769-22834105"),
        ("东莞莱斯特包装材料有限公司", "英国", "钟敏华", "松山湖高新区经济发展局副局长", "0769-22892637"),
        ("东莞迈科智能装备有限公司", "韩国", "钟敏华", "松山湖高新区经济发展局副局长", "0769-22892637"),
    ]),
    ("惠州市", [
        ("惠州大亚湾埃克森新材料有限公司", "美国", "刘卫东", "省商务厅外国投资管理处三级调研员", "020-38819633"),
        ("惠州仲恺伯恩光学有限公司", "中国香港", "张海涛", "惠州市商务局副局长", "0752-2803917"),
    ]),
    ("中山市", [
        ("中山卓越厨卫电器有限公司", "中国澳门", "谭雅琪", "中山市商务局外资科副科长", "0760-88316254"),
    ]),
    ("湛江市", [
        ("湛江东海岛巴思夫一体化化工有限公司", "德国", "刘卫东", "省商务厅外国投资管理处三级调研员", "020-38819633"),
        ("湛江奥瑞纸业有限公司", "芬兰", "冯家豪", "湛江市商务局副局长", "0759-3332185"),
    ]),
]


def doc_guangdong():
    stem = "blind922_guangdong_han"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], align=L, indent=False)
    # 函式版头：机关名称 + 红色双线 + 文号居右
    p = add_par(doc, [("广东省商务厅", XBS, 36, False, RED)], align=C, indent=False, line=50, before=12)
    p = add_par(doc, "", indent=False, line=6)
    border(p, "bottom", "FF0000", 18, 1, val="thinThickSmallGap")
    p = add_par(doc, "粤商务资函〔2026〕58号", align=R, indent=False, before=4)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("广东省商务厅关于公布2026年全省重点外资"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("企业“服务包”服务专员名单的函"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各地级以上市商务主管部门，横琴粤澳深度合作区经济发展局，前海深港现代服务业合作区管理局：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    body("为贯彻落实《广东省外资企业“服务包”制度实施方案》（粤商务资字〔2025〕41号）有关要求，经各地市推荐、省商务厅审核，确定2026年全省重点外资企业“服务包”服务专员名单（见附件），共涉及8个地市28家企业。现予公布，并就有关事项函告如下：")
    runin("一、明确服务职责。", "服务专员是“服务包”企业与政府部门之间的“联络员”“协调员”“服务员”，负责宣传解读稳外资政策，收集企业在生产经营、项目建设、跨境贸易投资等方面的诉求，协调推动问题解决。省级服务专员重点对接世界500强企业、跨国公司地区总部和总投资1亿美元以上的重大外资项目。")
    runin("二、规范诉求办理。", "企业诉求通过“粤商通”外资企业服务专区或服务专员线下收集后,统一录入广东省外资企业诉求直通车平台，实行“一诉求一编号”跟踪督办。各地要在收到交办事项后10个工作日内反馈办理结果;确需延期的，应说明理由并明确办结时限。")
    runin("三、做好人员调整。", "服务专员因工作变动等原因需要调整的，由所在单位于调整后5个工作日内报省商务厅(外国投资管理处)备案，并做好工作交接，确保服务不断档。")
    runin("四、加强工作调度。", "省商务厅将每季度通报各地诉求办理情况。请各地于每季度结束后5日内报送本地区“服务包”工作进展情况。")
    empty(doc, 1)
    p = add_par(doc, "附件：\t2026年全省重点外资企业“服务包”服务专员名单", indent=True)
    empty(doc, 2)
    p = add_par(doc, "\t广东省商务厅", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.2))
    p = add_par(doc, "\t2026年1月22日", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.0))
    add_par(doc, "（此件主动公开）")
    add_par(doc, "（联系人：林建华，电话：020-38819652）")

    # ---- 附件
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("2026年全省重点外资企业“服务包”服务专员名单", XBS, 20, False)],
            align=C, indent=False, line=32)
    empty(doc, 1, line=14)
    keys = ["序号", "地市", "企业名称", "投资方国别（地区）", "服务专员／姓名", "服务专员／单位及职务", "服务专员／联系电话"]
    n = sum(len(v) for _, v in GD_LIST)
    tb = doc.add_table(rows=2 + n, cols=7)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    r0, r1 = tb.rows[0].cells, tb.rows[1].cells
    for i, h in enumerate(["序号", "地市", "企业名称", "投资方国别（地区）"]):
        set_cell(r0[i].merge(r1[i]), h, HT, 11, line=16)
    set_cell(r0[4].merge(r0[6]), "服务专员", HT, 11, line=16)
    for i, h in enumerate(["姓名", "单位及职务", "联系电话"]):
        set_cell(r1[4 + i], h, HT, 11, line=16)
    repeat_header(tb.rows[0])
    repeat_header(tb.rows[1])
    ri = 2
    seq = 1
    for city, items in GD_LIST:
        first = ri
        for (co, ctry, nm, job, tel) in items:
            cells = tb.rows[ri].cells
            vals = [str(seq), city, co, ctry, nm, job, tel]
            for ci, v in enumerate(vals):
                if ci == 1:
                    continue
                set_cell(cells[ci], v, FS, 10.5, align=(L if ci in (2, 5) else C), line=15)
            clauses.append(row_clause(keys, vals))
            ri += 1
            seq += 1
        m = tb.rows[first].cells[1]
        if ri - 1 > first:
            m = m.merge(tb.rows[ri - 1].cells[1])
        set_cell(m, city, FS, 10.5, line=15)
    widths(tb, [1.2, 1.5, 4.1, 2.0, 1.5, 3.5, 2.9])
    t = "注：同一地市内企业排名不分先后。"
    add_par(doc, [(t, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(t)

    banji(doc, "抄送：商务部外国投资管理司，省发展改革委，省工业和信息化厅，各地级以上市人民政府。",
          "广东省商务厅办公室", "2026年1月22日印发", tab=True)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "广东省商务厅关于公布2026年全省重点外资企业“服务包”服务专员名单的函",
            "doc_number": "粤商务资函〔2026〕58号",
            "issuer": ["广东省商务厅"],
            "date": "2026-01-22",
            "published": None,
            "level": "provincial",
            "region": "广东省",
            "effective": None,
            "expires": None,
            "attachments": ["2026年全省重点外资企业“服务包”服务专员名单"],
            "doc_type": "函",
            "recipients": ["各地级以上市商务主管部门", "横琴粤澳深度合作区经济发展局",
                           "前海深港现代服务业合作区管理局"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 成都市青白江区人民政府 上行文 报告（签发人、中文数字日期、自动编号、全角空格缩进、
# Shift+Enter 软回车、名单跨页手工拆表加“续表”、企业名称纵向合并）
QBJ = [
    ("成都铁港国际多式联运有限公司", ("李  军", "区商务局局长", "028-83961501"), ("何晓峰", "铁路港片区管委会副主任", "028-83665102")),
    ("成都欧亚班列供应链管理有限公司", ("李  军", "区商务局局长", "028-83961501"), ("黄  静", "铁路港片区管委会经济发展处处长", "028-83665118")),
    ("蓉欧德邦汽车零部件（成都）有限公司", ("刘志强", "区经济和信息化局副局长", "028-83961622"), ("苟明亮", "大同街道党工委副书记", "028-83607213")),
    ("成都瓦格纳精密机械有限公司", ("刘志强", "区经济和信息化局副局长", "028-83961622"), ("苟明亮", "大同街道党工委副书记", "028-83607213")),
    ("成都港嘉冷链物流有限公司", ("罗文静", "区商务局副局长", "028-83961506"), ("黄  静", "铁路港片区管委会经济发展处处长", "028-83665118")),
    ("成都泛亚木业进出口有限公司", ("罗文静", "区商务局副局长", "028-83961506"), ("邹  平", "铁路港片区管委会招商服务处副处长", "028-83665130")),
    ("成都凯米特先进材料有限公司", ("谢  勇", "区投资促进局局长", "028-83962017"), ("王  川", "弥牟镇副镇长", "028-83658216")),
    ("成都新川硅材料科技有限公司", ("谢  勇", "区投资促进局局长", "028-83962017"), ("王  川", "弥牟镇副镇长", "028-83658216")),
    ("成都麦克斯食品有限公司", ("唐丽萍", "区市场监管局副局长", "028-83962261"), ("杨  帆", "城厢镇副镇长", "028-83625507")),
    ("中欧（成都）国际汽车贸易有限公司", ("罗文静", "区商务局副局长", "028-83961506"), ("邹  平", "铁路港片区管委会招商服务处副处长", "028-83665130")),
    ("成都铁港保税仓储有限公司", ("张  伟", "区发展改革局副局长", "028-83962108"), ("何晓峰", "铁路港片区管委会副主任", "028-83665102")),
    ("成都瑞欧新能源装备有限公司", ("刘志强", "区经济和信息化局副局长", "028-83961622"), ("陈  曦", "姚渡镇副镇长", "028-83682310")),
    ("成都蓉港跨境电商产业园管理有限公司", ("李  军", "区商务局局长", "028-83961501"), ("邹  平", "铁路港片区管委会招商服务处副处长", "028-83665130")),
    ("成都维斯特轨道交通装备有限公司", ("谢  勇", "区投资促进局局长", "028-83962017"), ("苟明亮", "大同街道党工委副书记", "028-83607213")),
    ("成都汉萨物流设备有限公司", ("罗文静", "区商务局副局长", "028-83961506"), ("刘  洋", "红阳街道办事处副主任", "028-83614402")),
    ("成都中亚粮油贸易有限公司", ("李  军", "区商务局局长", "028-83961501"), ("黄  静", "铁路港片区管委会经济发展处处长", "028-83665118")),
]
QBJ_SPLIT = 9  # 第一张表放几家企业，其余手工分页后“续表”


def doc_qingbaijiang():
    stem = "blind922_qingbaijiang_baogao"
    doc = Document()
    setup(doc)
    clauses = []
    n_item = make_numbering(doc, "（%1）")
    IND = "\u3000\u3000"

    add_par(doc, [("成都市青白江区人民政府文件", XBS, 34, False, RED)],
            align=C, indent=False, line=52, before=20)
    # 文号居左、签发人居右：敲空格对齐
    p = add_par(doc, [("青白府〔2026〕21号", FS, 16, False), (" " * 20, FS, 16, False),
                      ("签发人：", FS, 16, False), ("罗志宏", KT, 16, False)], indent=False, before=14)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    add_par(doc, [("成都市青白江区人民政府关于外资企业", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("“服务包”制度试点工作情况的报告", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "成都市人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    items = [0]

    def item(h, t):
        items[0] += 1
        clauses.append("（%s）%s%s" % (CN[items[0] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    body("按照《成都市外资企业“服务包”制度试点方案》（成办发〔2025〕36号）要求，我区自2025年7月起依托中国（四川）自由贸易试验区成都青白江铁路港片区开展外资企业“服务包”制度试点。现将有关情况报告如下：")
    head("一、基本情况")
    # 两段用 Shift+Enter 敲在一个段落里
    t1 = "截至2026年3月底，全区纳入“服务包”管理的重点外资企业16家，覆盖国际物流、汽车及零部件、先进材料、食品加工等领域。"
    t2 = "全区为16家企业配备区级和片区（街道）服务专员各16名（名单见附件），累计收集企业诉求52件，已办结49件。具体情况如下（单位：件）："
    p = doc.add_paragraph()
    font(p.add_run(IND + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([t1, t2])
    # 统计表：两级表头、合计行
    hk = ["诉求类别", "收集数量", "办理情况／已办结", "办理情况／正在办理", "办结率"]
    data = [
        ["通关物流", "15", "15", "0", "100%"],
        ["要素保障（用地、用能、用工）", "18", "16", "2", "88.9%"],
        ["政策兑现", "11", "11", "0", "100%"],
        ["其他", "8", "7", "1", "87.5%"],
        ["合计", "52", "49", "3", "94.2%"],
    ]
    tb = doc.add_table(rows=2 + len(data), cols=5)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    r0, r1 = tb.rows[0].cells, tb.rows[1].cells
    set_cell(r0[0].merge(r1[0]), "诉求类别", HT, 12)
    set_cell(r0[1].merge(r1[1]), "收集数量", HT, 12)
    set_cell(r0[2].merge(r0[3]), "办理情况", HT, 12)
    set_cell(r1[2], "已办结", HT, 12)
    set_cell(r1[3], "正在办理", HT, 12)
    set_cell(r0[4].merge(r1[4]), "办结率", HT, 12)
    for i, row in enumerate(data):
        for ci, v in enumerate(row):
            set_cell(tb.rows[2 + i].cells[ci], v, HT if row[0] == "合计" else FS, 12, line=16)
        clauses.append(row_clause(hk, row))
    widths(tb, [6.4, 2.2, 2.2, 2.4, 2.2])
    head("二、主要做法")
    item("坚持“一企一包”。", "为16家企业分别制定“服务包”，增设中欧班列（成渝）舱位保障、跨境运输单证融资等特色服务事项。")
    item("坚持“双专员”包联。", "由区级部门干部担任区级服务专员，片区管委会、镇（街道）干部担任片区（街道）服务专员。")
    item("坚持“一诉一办”。", "实行诉求登记、分级交办、限时办结、回访评价全流程闭环管理。")
    head("三、下一步工作")
    body("下一步，我区将力争2026年底纳入“服务包”企业达到25家，推动与市级企业服务平台数据互联互通。")
    add_par(doc, IND + "特此报告。", indent=False)
    add_par(doc, IND + "附件：成都市青白江区外资企业“服务包”服务专员名单", indent=False)
    empty(doc, 1)
    add_par(doc, " " * 26 + "成都市青白江区人民政府", indent=False)
    add_par(doc, " " * 30 + "二〇二六年四月八日", indent=False)
    add_par(doc, IND + "（联系人：陈静；联系电话：028-83961527）", indent=False)

    # ---- 附件
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("成都市青白江区外资企业“服务包”服务专员名单", XBS, 20, False)],
            align=C, indent=False, line=32)
    empty(doc, 1, line=12)
    keys = ["序号", "企业名称", "专员类别", "姓名", "职务", "联系电话"]

    def name_table(part, start):
        tb = doc.add_table(rows=1 + 2 * len(part), cols=6)
        tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(keys):
            set_cell(tb.rows[0].cells[i], h, HT, 11, line=16)
        for k, (co, a, b) in enumerate(part):
            no = str(start + k)
            ra, rb = tb.rows[1 + 2 * k], tb.rows[2 + 2 * k]
            set_cell(ra.cells[0].merge(rb.cells[0]), no, FS, 10.5, line=14)
            set_cell(ra.cells[1].merge(rb.cells[1]), co, FS, 10.5, align=L, line=14)
            for row, kind, who in ((ra, "区级", a), (rb, "片区（街道）", b)):
                set_cell(row.cells[2], kind, FS, 10.5, line=14)
                set_cell(row.cells[3], who[0], FS, 10.5, line=14)
                set_cell(row.cells[4], who[1], FS, 10.5, align=L, line=14)
                set_cell(row.cells[5], who[2], FS, 10.5, line=14)
                clauses.append(row_clause(keys, [no, co, kind, who[0], who[1], who[2]]))
        widths(tb, [1.2, 3.8, 2.7, 1.5, 3.6, 2.8])

    name_table(QBJ[:QBJ_SPLIT], 1)
    page_break(doc)
    add_par(doc, [("续表", HT, 12, False)], indent=False, line=20)
    name_table(QBJ[QBJ_SPLIT:], QBJ_SPLIT + 1)

    banji(doc, "抄送：市商务局，市投资促进局。",
          "成都市青白江区人民政府办公室", "2026年4月8日印发", tab=True)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "成都市青白江区人民政府关于外资企业“服务包”制度试点工作情况的报告",
            "doc_number": "青白府〔2026〕21号",
            "issuer": ["成都市青白江区人民政府"],
            "date": "2026-04-08",
            "published": None,
            "level": "county",
            "region": "成都市青白江区",
            "effective": None,
            "expires": None,
            "attachments": ["成都市青白江区外资企业“服务包”服务专员名单"],
            "doc_type": "报告",
            "recipients": ["成都市人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_hefei(), doc_guangdong(), doc_qingbaijiang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
