# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 789: 自贸片区保税仓储项目规划批前公示 / 规划许可证核发结果公告 / 公示情况报告.

Writes three .docx files, their PDFs (LibreOffice) and expected.json into this directory.
"""
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
CENTER = WD_ALIGN_PARAGRAPH.CENTER
LEFT = WD_ALIGN_PARAGRAPH.LEFT
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
IND = "\u3000\u3000"


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
    fmt(p, indent=False)


def field(par, instr, size=14, name=SONG):
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(par.add_run("1"), name, size)
    r = par.add_run()
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
    fp.alignment = CENTER
    if footer == "dash":
        font(fp.add_run("— "), SONG, 14)
        field(fp, "PAGE")
        font(fp.add_run(" —"), SONG, 14)
    else:  # 第 X 页 共 Y 页 (web print style)
        font(fp.add_run("第 "), SONG, 10.5)
        field(fp, "PAGE", 10.5)
        font(fp.add_run(" 页 共 "), SONG, 10.5)
        field(fp, "NUMPAGES", 10.5)
        font(fp.add_run(" 页"), SONG, 10.5)


def set_cell(cell, text, name=FS, size=12, bold=False, align=CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    p.paragraph_format.first_line_indent = Pt(0)


def set_widths(t, widths):
    """cell widths + tblGrid + fixed layout (LibreOffice reads the grid)."""
    tbl = t._tbl
    grid = tbl.tblGrid
    cols = grid.findall(qn("w:gridCol"))
    for gc, w in zip(cols, widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tblpr = tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    t.autofit = False
    for row in t.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths):
                c.width = Cm(widths[i])


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def data_table(doc, header, rows, clauses, widths=None, size=12, aligns=None,
               key_header=None, repeat=True):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size)
    if repeat:
        repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = aligns[ci] if aligns else CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, size, align=al)
        kh = key_header or header
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(kh, row)))
    if widths:
        set_widths(t, widths)
    return t


def banji(doc, cc, printer, date_txt):
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_789", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_next_abs = [700]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text))
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
expected = {}

PROJ_A = "中国（广西）自由贸易试验区钦州港片区东盟保税物流中心二期保税仓储项目"
UNIT_A = "广西钦州保税港区东盟物流发展有限公司"


# ======================================================= DOC A: 批前公示 (钦州)
def doc_pqgs():
    stem = "blind789_qinzhou_piqian"
    doc = Document()
    setup(doc, footer="web")
    clauses = []

    # web-print header line: 发布时间 / 来源, typed spaces
    add_par(doc, [("发布时间：2026-03-16 09:30" + "\u3000" * 4 + "来源：钦州市自然资源局"
                   + "\u3000" * 4 + "【字体：大 中 小】", SONG, 10.5, False)],
            indent=False, line=18, align=LEFT)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "999999", 6, 1)
    empty(doc, 1)
    # title over three paragraphs, wrapped at odd places
    for t in ("中国（广西）自由贸易试验区钦州港片区",
              "东盟保税物流中心二期保税仓储项目规划",
              "设计方案批前公示"):
        add_par(doc, [(t, XBS, 22, False)], align=CENTER, indent=False, line=34)
    add_par(doc, [("钦自然资规批公〔2026〕17号", FS, 16, False)], align=CENTER,
            indent=False, before=6)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)   # indent typed with full-width spaces

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    body("根据《中华人民共和国城乡规划法》《广西壮族自治区实施〈中华人民共和国城乡规划法〉办法》等有关规定，为保障公众和利害关系人的知情权、参与权和监督权，现将" + PROJ_A + "规划设计方案予以批前公示，广泛征求社会各界和利害关系人意见。")
    head("一、项目概况")
    add_par(doc, [("表1　项目概况表", HT, 14, False)], align=CENTER, indent=False)
    data_table(doc, ["序号", "项目", "内容"], [
        ["1", "项目名称", PROJ_A],
        ["2", "建设单位", UNIT_A],
        ["3", "建设地点", "钦州港片区保税港区东区，港城大道以南、勒沟大街以东"],
        ["4", "用地性质", "一类物流仓储用地（110101）"],
        ["5", "用地面积", "86542.31平方米（约129.81亩）"],
        ["6", "不动产权证号", "桂（2025）钦州市不动产权第0031876号"],
        ["7", "设计单位", "广西港城规划建筑设计有限公司"],
        ["8", "建设内容", "新建1#、2#保税仓库（地上2层）、3#监管仓库（地上1层）、综合楼（地上5层、地下1层）及设备用房、门卫等配套设施"],
    ], clauses, widths=[1.5, 3.2, 10.9], aligns=[CENTER, CENTER, LEFT])
    empty(doc, 1, line=16)
    head("二、主要技术经济指标")
    add_par(doc, [("表2　主要技术经济指标表", HT, 14, False)], align=CENTER, indent=False)

    # merged two-row header
    hdr_key = ["序号", "指标名称", "单位", "指标值／规划条件", "指标值／设计方案", "备注"]
    rows = [
        ["1", "总用地面积", "平方米", "86542.31", "86542.31", "约129.81亩"],
        ["2", "总建筑面积", "平方米", "/", "81502.65", "/"],
        ["3", "计容建筑面积", "平方米", "/", "80242.65", "/"],
        ["3.1", "1#保税仓库", "平方米", "/", "31680.00", "地上2层"],
        ["3.2", "2#保税仓库", "平方米", "/", "31680.00", "地上2层"],
        ["3.3", "3#监管仓库", "平方米", "/", "9504.00", "地上1层"],
        ["3.4", "综合楼", "平方米", "/", "6820.45", "地上5层"],
        ["3.5", "设备用房", "平方米", "/", "486.20", "/"],
        ["3.6", "门卫（2处）", "平方米", "/", "72.00", "/"],
        ["4", "不计容建筑面积", "平方米", "/", "1260.00", "综合楼地下室"],
        ["5", "建筑基底面积", "平方米", "/", "43106.29", "/"],
        ["6", "容积率", "—", "≥0.8且≤2.0", "0.93", "/"],
        ["7", "建筑密度", "%", "≥40", "49.81", "/"],
        ["8", "绿地率", "%", "≤15", "12.06", "/"],
        ["9", "建筑高度", "米", "≤24", "23.85", "综合楼"],
        ["10", "行政办公及生活服务设施用地所占比例", "%", "≤7", "5.62", "/"],
        ["11", "机动车停车位", "个", "≥120", "126", "其中地下30个，充电车位26个"],
        ["12", "货车停车位", "个", "/", "48", "/"],
        ["13", "装卸货泊位", "个", "/", "86", "/"],
        ["14", "非机动车停车位", "个", "/", "160", "/"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci in (0, 1, 2, 5):
        c = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(c, ["序号", "指标名称", "单位", "", "", "备注"][ci], HT, 11)
    c = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(c, "指标值", HT, 11)
    set_cell(t.cell(1, 3), "规划条件", HT, 11)
    set_cell(t.cell(1, 4), "设计方案", HT, 11)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 11, align=LEFT if ci == 1 else CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr_key, row)))
    set_widths(t, [1.2, 4.1, 1.8, 2.4, 2.6, 3.5])
    p = add_par(doc, [("注：1#、2#保税仓库层高均不超过8米，建筑面积按实际面积计入容积率；综合楼地下室为设备用房及机动车库，不计入容积率。", FS, 12, False)],
                indent=False, line=20, before=4)
    clauses.append("注：1#、2#保税仓库层高均不超过8米，建筑面积按实际面积计入容积率；综合楼地下室为设备用房及机动车库，不计入容积率。")
    empty(doc, 1, line=16)
    head("三、公示期限")
    body("公示期为30日，自2026年3月16日起至2026年4月14日止。")
    head("四、公示方式")
    body("本次公示采取网站公示与现场公示相结合的方式：在钦州市自然资源局门户网站“公示公告”栏目发布公示信息，同时在项目现场主要出入口及钦州港片区政务服务中心一楼大厅设置公示展板。")
    head("五、意见反馈方式")
    body("公示期间，利害关系人及社会公众对规划设计方案有意见或建议的，可通过以下方式反馈(反馈意见请注明真实姓名、联系电话及通讯地址；以单位名义提出的，须加盖单位公章)：")
    body("1.书面信函:邮寄至钦州市自然资源局国土空间规划科（地址：钦州市子材东大街18号，邮编:535000），信封请注明“保税仓储项目批前公示意见”，以邮戳日期为准。")
    body("2.电子邮件:发送至qzzrzyghk@163.com，邮件主题请注明“保税仓储项目批前公示意见”。")
    body("3.现场反馈:工作日上午8:00-12:00、下午15:00-18:00，到钦州港片区政务服务中心自然资源窗口填写《批前公示意见反馈表》。")
    body("4.电话咨询:0777-2869315（联系人：黄工）。")
    head("六、其他事项")
    body("（一）公示期间，利害关系人依法提出听证申请的，我局将依照《中华人民共和国行政许可法》有关规定组织听证。")
    body("（二）公示期满未提出意见的，视为对本规划设计方案无异议。")
    body("（三）本公示内容仅用于征求意见，最终以批准的规划设计方案为准。")
    empty(doc, 2)
    # 落款 placed with typed spaces
    add_par(doc, "\u3000" * 16 + "钦州市自然资源局", indent=False)
    add_par(doc, "\u3000" * 16 + "2026年3月13日", indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": PROJ_A + "规划设计方案批前公示",
            "doc_number": "钦自然资规批公〔2026〕17号",
            "issuer": ["钦州市自然资源局"],
            "date": "2026-03-13",
            "published": "2026-03-16",
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公示",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ============================================ DOC B: two 核发结果公告 (钦州)
def gonggao_head(doc, number):
    add_par(doc, [("钦州市自然资源局公告", XBS, 36, False, RED)], align=CENTER,
            indent=False, line=52, before=18)
    empty(doc, 1, line=20)
    p = add_par(doc, [(number, FS, 16, False)], align=CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)


def title_br(doc, parts):
    p = doc.add_paragraph()
    for i, t in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(t), XBS, 22)
    fmt(p, align=CENTER, indent=False, line=34)
    return p


def doc_hefa():
    stem = "blind789_qinzhou_hefa"
    doc = Document()
    setup(doc)
    n_head = make_numbering(doc, "%1、")
    docs = []

    # ---------------- first 公告
    clauses = []
    gonggao_head(doc, "钦自然资规告〔2026〕31号")
    title_br(doc, ["关于中国（广西）自由贸易试验区",
                   "钦州港片区东盟保税物流中心二期保税仓储",
                   "项目建设工程规划许可证核发结果的公告"])
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    body("2026年3月16日至4月14日，我局对" + PROJ_A + "规划设计方案进行了批前公示（公示编号：钦自然资规批公〔2026〕17号）。依据《中华人民共和国城乡规划法》第四十条、《中华人民共和国行政许可法》等有关规定，经审查，我局于2026年5月8日向" + UNIT_A + "核发了建设工程规划许可证。现将核发结果公告如下：")
    head("许可证基本信息")
    data_table(doc, ["许可证编号", "项目名称", "建设单位", "建设位置", "核发日期"], [
        ["建字第450700202600031号", "东盟保税物流中心二期保税仓储项目", UNIT_A,
         "钦州港片区保税港区东区，港城大道以南、勒沟大街以东", "2026-05-08"],
    ], clauses, widths=[4.3, 2.9, 3.0, 2.8, 2.6], size=10.5)
    empty(doc, 1, line=14)
    head("建设规模")
    add_par(doc, [("建设规模一览表（面积单位：平方米）", HT, 14, False)], align=CENTER,
            indent=False)
    data_table(doc, ["序号", "建筑名称", "层数", "建筑高度（米）", "建筑面积", "备注"], [
        ["1", "1#保税仓库", "地上2层", "17.40", "31680.00", "计容"],
        ["2", "2#保税仓库", "地上2层", "17.40", "31680.00", "计容"],
        ["3", "3#监管仓库", "地上1层", "12.60", "9504.00", "计容"],
        ["4", "综合楼", "地上5层/地下1层", "23.85", "8080.45", "其中地下1260.00"],
        ["5", "设备用房", "地上1层", "6.30", "486.20", "计容"],
        ["6", "门卫（2处）", "地上1层", "4.20", "72.00", "计容"],
        ["—", "合计", "/", "/", "81502.65", "计容建筑面积80242.65"],
    ], clauses, widths=[1.3, 3.0, 3.0, 2.4, 2.4, 3.6], size=11)
    empty(doc, 1, line=14)
    head("批前公示意见处理情况")
    body("批前公示期间共收到公众意见3条。其中，关于优化货车出入口设置的意见予以采纳，货车主出入口已调整至勒沟大街；关于增加北侧绿化隔离的意见部分采纳，在项目北侧增设宽8米绿化带；关于降低综合楼高度的意见，因设计方案建筑高度符合规划条件要求，不予采纳，已向意见提出人作出说明。")
    head("救济途径")
    body("利害关系人对本行政许可决定不服的，可以自本公告发布之日起60日内向钦州市人民政府申请行政复议，也可以自本公告发布之日起6个月内依法向人民法院提起行政诉讼。")
    head("查询方式")
    body("公众可登录钦州市自然资源局门户网站“批后公布”栏目查询，或于工作日到钦州港片区政务服务中心自然资源窗口查阅许可证及附图、附件。咨询电话：0777-2869315。")
    add_par(doc, "特此公告。")
    empty(doc, 2)
    # 落款 with right tab stop
    for t in ("钦州市自然资源局", "2026年5月11日"):
        p = add_par(doc, [("\t" + t, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(14.0), 2)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")
    docs.append({
        "meta": {
            "title": "关于中国（广西）自由贸易试验区钦州港片区东盟保税物流中心二期保税仓储项目建设工程规划许可证核发结果的公告",
            "doc_number": "钦自然资规告〔2026〕31号",
            "issuer": ["钦州市自然资源局"],
            "date": "2026-05-11",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    })

    # ---------------- second 公告 (separate document, same day)
    page_break(doc)
    clauses = []
    gonggao_head(doc, "钦自然资规告〔2026〕32号")
    title_br(doc, ["关于钦州港片区大榄坪南作业区保税",
                   "冷链仓储项目（一期）建设工程规划许可证",
                   "核发结果的公告"])
    empty(doc, 1)

    def body2(t):
        clauses.append(t)
        add_par(doc, t)

    body2("钦州港片区大榄坪南作业区保税冷链仓储项目（一期）规划设计方案已于2026年3月25日至4月23日进行批前公示，公示期间未收到利害关系人和社会公众意见。依据《中华人民共和国城乡规划法》等有关规定，我局于2026年5月8日向广西北部湾冷链供应链管理有限公司核发了建设工程规划许可证。现将核发结果公告如下：")
    data_table(doc, ["许可证编号", "项目名称", "建设单位", "建设位置", "核发日期"], [
        ["建字第450700202600032号", "钦州港片区大榄坪南作业区保税冷链仓储项目（一期）",
         "广西北部湾冷链供应链管理有限公司", "钦州港片区大榄坪南作业区，金鼓江大道以西", "2026-05-08"],
    ], clauses, widths=[4.3, 2.9, 3.0, 2.8, 2.6], size=10.5)
    empty(doc, 1, line=14)
    body2("项目总用地面积31206.75平方米，总建筑面积24862.30平方米，其中冷库18620.00平方米、分拣加工车间4980.60平方米、辅助用房1261.70平方米；容积率0.80，建筑密度47.15%，绿地率10.02%，建筑最大高度23.50米。")
    body2("利害关系人对本行政许可决定不服的，可以自本公告发布之日起60日内向钦州市人民政府申请行政复议，也可以自本公告发布之日起6个月内依法向人民法院提起行政诉讼。")
    add_par(doc, "特此公告。")
    empty(doc, 2)
    p = add_par(doc, "钦州市自然资源局", indent=False, align=RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年5月11日", indent=False, align=RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")
    docs.append({
        "meta": {
            "title": "关于钦州港片区大榄坪南作业区保税冷链仓储项目（一期）建设工程规划许可证核发结果的公告",
            "doc_number": "钦自然资规告〔2026〕32号",
            "issuer": ["钦州市自然资源局"],
            "date": "2026-05-11",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


# ============================== DOC C: 批前公示情况的报告 (成都青白江, 上行文)
def doc_baogao():
    stem = "blind789_qingbaijiang_baogao"
    doc = Document()
    setup(doc)
    clauses = []
    n_item = make_numbering(doc, "（%1）")

    add_par(doc, [("成都市青白江区规划和自然资源局文件", XBS, 24, False, RED)],
            align=CENTER, indent=False, line=44, before=12)
    empty(doc, 1)
    p = add_par(doc, [("青白规资报〔2026〕12号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("刘建军", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    title_br(doc, ["成都市青白江区规划和自然资源局关于中欧",
                   "班列保税仓储物流中心项目规划设计方案",
                   "批前公示情况的报告"])
    empty(doc, 1)
    add_par(doc, "成都市规划和自然资源局：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def item(h, t):
        p = add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)
        return p

    body("按照建设工程规划设计方案批前公示有关规定，我局于2026年3月20日至4月18日，对位于中国（四川）自由贸易试验区成都青白江铁路港片区的中欧班列保税仓储物流中心项目规划设计方案进行了批前公示。现将公示有关情况报告如下：")
    head("一、项目基本情况")
    body("该项目由成都蓉欧保税物流有限公司投资建设，选址于青白江铁路港片区成都国际铁路港综合保税区B区，香岛大道以北、物流大道以西，用地面积62318.56平方米（约93.48亩），用地性质为物流仓储用地。项目拟新建保税仓库3栋、查验仓库1栋、综合业务楼1栋及配套设施，总建筑面积58736.40平方米，其中计容建筑面积57216.40平方米，容积率0.92，建筑密度52.36%，绿地率10.08%，建筑最大高度21.60米。")
    head("二、公示组织情况")
    items = [
        ("公示方式。", "采取网站公示与现场公示相结合的方式，在成都市青白江区人民政府门户网站“通知公告”栏目发布公示信息，同时在项目现场主要出入口及青白江区政务服务中心各设置公示牌1块。"),
        ("公示期限。", "公示期为30日，自2026年3月20日起至2026年4月18日止，公示期间现场公示牌保持完好。"),
        ("意见反馈渠道。", "设置书面信函、电子邮件、现场留言三种反馈渠道，并公布咨询电话028-83960315。"),
    ]
    for i, (h, t) in enumerate(items):
        item(h, t)
        clauses.append("（%s）%s%s" % (CN[i], h, t))
    head("三、意见收集及处理情况")
    body("公示期间，共收到意见建议7条，其中书面信函2条、电子邮件4条、现场留言1条。我局会同项目建设单位、设计单位逐条进行了研究，采纳3条，部分采纳2条，不予采纳2条（详见附件）。主要情况如下：")
    body("1．关于货车交通组织问题。有意见提出，货车主出入口设于香岛大道将加剧高峰时段拥堵，且距公交站点过近。经研究予以采纳，货车主出入口已调整至物流大道。")
    body("2．关于噪声和视线影响问题。经研究部分采纳，已要求在项目北侧增设宽度不小于10米的绿化隔离带，装卸平台统一设置于建筑南侧，综合业务楼向南平移15米；综合业务楼高度符合规划条件，不作调整。")
    body("3．关于增设社会停车位和员工宿舍问题。经研究，该项目按照规划条件不配建社会公共停车场，用地范围内不得建设宿舍，不予采纳，已向意见提出人作出解释说明。")
    head("四、下一步工作")
    body("下一步，我局将重点做好两方面工作：")
    # two paragraphs typed in one w:p with a manual line break
    t1 = "一是督促建设单位按照修改后的规划设计方案完善施工图设计，严格落实绿化隔离带和交通组织优化措施。"
    t2 = "二是核发建设工程规划许可证后，及时向社会公告核发结果，并加强批后监管。"
    p = doc.add_paragraph()
    font(p.add_run(t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p)
    clauses.extend([t1, t2])
    add_par(doc, "特此报告。")
    empty(doc, 1)
    add_par(doc, "附件：批前公示意见汇总及处理情况表")
    empty(doc, 2)
    p = add_par(doc, "成都市青白江区规划和自然资源局", indent=False, align=RIGHT)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "2026年4月24日", indent=False, align=RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    empty(doc, 1)
    add_par(doc, "（联系人：王蕾；联系电话：028-83960315）")

    # ---- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("批前公示意见汇总及处理情况表", XBS, 20, False)], align=CENTER,
            indent=False, line=32)
    empty(doc, 1, line=16)
    hdr = ["序号", "反馈方式", "意见主要内容", "处理意见", "说明"]
    widths = [1.2, 2.0, 5.6, 2.0, 5.0]
    al = [CENTER, CENTER, LEFT, CENTER, LEFT]
    data_table(doc, hdr, [
        ["1", "书面信函", "建议将货车主出入口由香岛大道调整至物流大道，避免高峰时段交通拥堵", "采纳", "已将货车主出入口调整至物流大道"],
        ["2", "电子邮件", "货车出入口与香岛大道公交站点距离过近，存在安全隐患", "采纳", "与第1条一并处理"],
        ["3", "电子邮件", "夜间装卸作业噪声可能影响北侧居住小区", "部分采纳", "北侧增设宽度不小于10米的绿化隔离带，装卸平台设于建筑南侧，夜间作业管理不属于规划审批事项"],
        ["4", "现场留言", "建议北侧围墙采用通透式围墙并加强绿化", "采纳", "北侧围墙调整为通透式围墙"],
        ["5", "书面信函", "建议降低综合业务楼高度，减少对周边视线遮挡", "部分采纳", "综合业务楼向南平移15米，建筑高度21.60米符合规划条件，不作调整"],
        ["6", "电子邮件", "建议项目增设社会公共停车位", "不予采纳", "物流仓储用地按规划条件不配建社会公共停车场"],
        ["7", "电子邮件", "建议在项目内配建员工宿舍", "不予采纳", "规划条件明确用地范围内不得建设宿舍等生活配套设施"],
    ], clauses, widths=widths, size=11, aligns=al)
    note = "注：共收到意见建议7条，其中采纳3条、部分采纳2条、不予采纳2条；意见提出人个人信息已隐去。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    banji(doc, "抄送：青白江区人民政府办公室，青白江区商务局。",
          "成都市青白江区规划和自然资源局办公室", "2026年4月24日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "成都市青白江区规划和自然资源局关于中欧班列保税仓储物流中心项目规划设计方案批前公示情况的报告",
            "doc_number": "青白规资报〔2026〕12号",
            "issuer": ["成都市青白江区规划和自然资源局"],
            "date": "2026-04-24",
            "published": None,
            "level": "county",
            "region": "成都市青白江区",
            "effective": None,
            "expires": None,
            "attachments": ["批前公示意见汇总及处理情况表"],
            "doc_type": "报告",
            "recipients": ["成都市规划和自然资源局"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_pqgs(), doc_hefa(), doc_baogao()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
