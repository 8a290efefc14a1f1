# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 918: 海外人才离岸创新创业基地认定通知及名单 — Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
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


def setup(doc, pagenum=True):
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
    if not pagenum:
        return
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for kind in ("begin",):
        r = fp.add_run(); font(r, SONG, 14)
        r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = fp.add_run(); font(r, SONG, 14)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r = fp.add_run(); font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = fp.add_run(); font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def vcenter(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblCellMar %s><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/>'
        '</w:tblCellMar>' % nsdecls("w")))
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        seen = set()
        for i, w in enumerate(widths_cm):
            c = row.cells[i]
            if id(c._tc) in seen:
                continue
            seen.add(id(c._tc))
            span = c._tc.grid_span
            c.width = Cm(sum(widths_cm[i:i + span]))


def cant_split(table, height_cm=None):
    for k, row in enumerate(table.rows):
        trpr = row._tr.get_or_add_trPr()
        trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
        if height_cm and k > 0:
            trpr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="atLeast"/>'
                                  % (nsdecls("w"), int(Cm(height_cm).twips))))


def scale(run, pct):
    rpr = run._element.get_or_add_rPr()
    rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), pct)))


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


def banji(doc, cc, printer, date_txt, gap=2, tab_cm=15.5):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(7)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(tab_cm), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_918", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering ----------------------------------------------
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


# =================================================================== DOC A
# 浙江省人力社保厅 + 省科技厅 联合发文：公布认定名单的通知（红头两机关、横排附件名单表含联系人）
def doc_zhejiang():
    stem = "blind918_zj_mingdan"
    doc = Document()
    setup(doc)
    clauses = []

    # --- 联合发文红头：左侧两机关名称，右侧“文件”（无框表格排版）
    empty(doc, 1)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "浙江省人力资源和社会保障厅", XBS, 24, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=44)
    set_cell(t.cell(1, 0), "浙 江 省 科 学 技 术 厅", XBS, 24, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=44)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 42, color=RED, line=50)
    vcenter(m)
    col_widths(t, [11.8, 3.8])
    empty(doc, 2)
    p = add_par(doc, "浙人社发〔2026〕8号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)

    # --- 标题（三行，断行位置随意）
    for line_txt in ("浙江省人力资源和社会保障厅",
                     "浙江省科学技术厅关于公布2025年度浙江省",
                     "海外人才离岸创新创业基地认定名单的通知"):
        add_par(doc, [(line_txt, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各设区市人力社保局、各设区市科技局，省直有关单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为深入实施人才强省、创新强省首位战略，加快构建“海外研发、省内转化”“海外孵化、省内产业化”的柔性引才新模式，根据《浙江省海外人才离岸创新创业基地建设管理办法（试行）》（浙人社发〔2024〕31号）有关规定，经单位申报、各设区市推荐、专家评审、实地核查和社会公示等程序，省人力社保厅、省科技厅决定认定杭州未来科技城（德国慕尼黑）海外人才离岸创新创业基地等10家单位为2025年度浙江省海外人才离岸创新创业基地（以下简称离岸基地），现将名单予以公布（见附件），并就有关事项通知如下：")
    head("一、授牌及管理")
    runin("（一）统一授牌。", "省人力社保厅、省科技厅将在2026年4月举办的第七届中国（浙江）海外高层次人才交流会期间统一授牌。未能参加授牌活动的离岸基地，由所在设区市人力社保局代为领取牌匾。")
    runin("（二）动态管理。", "离岸基地认定有效期为三年，实行年度报告和期满评估制度。各离岸基地应于每年1月底前通过所在设区市人力社保局向省人力社保厅报送上一年度运行情况报告；对年度评估不合格的，责令限期整改，整改后仍不合格或存在弄虚作假行为的，撤销其认定资格并收回牌匾。")
    head("二、支持政策")
    body("（一）对新认定的离岸基地，省级人才发展专项资金给予每家50万元一次性建设补助，所需资金按现行财政体制由省与市、县（市、区）分担。")
    body("（二）离岸基地引进的海外人才，在海外工作期间可视同在浙江工作，按规定申报省级人才计划、职称评审和科技计划项目；其创办的企业落地浙江后，可优先入驻中国（浙江）自由贸易试验区各片区及省级以上高新区、留学人员创业园。")
    body("（三）支持离岸基地与共建“一带一路”国家高校、科研机构和华人华侨专业社团共建海外站点，经认定的海外站点按实际运营费用的30%给予补助，每个站点每年最高不超过20万元。")
    head("三、工作要求")
    body("各设区市人力社保局、科技局要加强对离岸基地的指导服务，协调解决基地建设中的困难和问题，及时总结推广好经验好做法。各离岸基地要健全运营管理制度，明确专人负责（各基地联系人见附件），联系人如有变更，请于2026年4月10日前报送省人力社保厅人才开发处。")
    body("联系人：省人力社保厅人才开发处 陈立新，电话：0571-87053216；省科技厅外国专家服务处 王晓蕾，电话：0571-87054489。")
    # 附件说明：悬挂缩进，折行与“附件：”后文字对齐
    empty(doc, 1)
    p = add_par(doc, "附件：2025年度浙江省海外人才离岸创新创业基地认定名单", first=Pt(-48))
    p.paragraph_format.left_indent = Pt(80)
    empty(doc, 2)
    # 联合落款：制表位排两个机关，日期居右
    p = add_par(doc, [("浙江省人力资源和社会保障厅", FS, 16, False), ("\t", FS, 16, False),
                      ("浙江省科学技术厅", FS, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(11.0), 0)
    p = add_par(doc, "\t2026年3月16日", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(14.6), 2)
    add_par(doc, "（此件主动公开）")

    # --- 附件：另起横向（landscape）节，名单与联系人合为一表，表头跨页重复
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("2025年度浙江省海外人才离岸创新创业基地认定名单", XBS, 20, False)],
            align=C, indent=False, line=28, after=4)
    header = ["序号", "设区市", "基地名称", "运营单位", "海外站点所在地", "基地联系人", "联系电话"]
    rows = [
        ["1", "杭州市", "杭州未来科技城（德国慕尼黑）海外人才离岸创新创业基地", "杭州未来科技城管理委员会", "德国慕尼黑", "吴海峰", "0571-88739215"],
        ["2", "杭州市", "杭州高新区（滨江）硅谷海外人才离岸创新创业基地", "杭州高新区（滨江）人才开发有限公司", "美国圣何塞", "林嘉慧", "0571-87702638"],
        ["3", "宁波市", "宁波甬江科创区（以色列特拉维夫）海外人才离岸创新创业基地", "宁波甬江科创区管理委员会", "以色列特拉维夫", "戴振宇", "0574-89287516"],
        ["4", "宁波市", "宁波前湾新区（新加坡）海外人才离岸创新创业基地", "宁波前湾新区人才服务中心", "新加坡", "胡晓婷", "0574-63075329"],
        ["5", "温州市", "温州（意大利米兰）海外人才离岸创新创业基地", "温州市侨商科创服务有限公司", "意大利米兰", "郑国华", "0577-88962103"],
        ["6", "嘉兴市", "嘉兴科技城（芬兰赫尔辛基）海外人才离岸创新创业基地", "嘉兴科技城管理委员会", "芬兰赫尔辛基", "沈佳琪", "0573-82216748"],
        ["7", "绍兴市", "绍兴滨海新区（英国剑桥）海外人才离岸创新创业基地", "绍兴滨海新区科创发展有限公司", "英国剑桥", "钱伟明", "0575-88017324"],
        ["8", "金华市", "义乌（阿联酋迪拜）海外人才离岸创新创业基地", "义乌市国际陆港集团有限公司", "阿联酋迪拜", "楼文斌", "0579-85536092"],
        ["9", "台州市", "台州湾新区（日本大阪）海外人才离岸创新创业基地", "台州湾新区人才发展集团有限公司", "日本大阪", "蒋丽娜", "0576-88563217"],
        ["10", "舟山市", "中国（浙江）自由贸易试验区舟山片区（马来西亚吉隆坡）海外人才离岸创新创业基地", "舟山市自贸人才服务有限公司", "马来西亚吉隆坡", "应志强", "0580-2281593"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.cell(0, i), h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 10.5, align=L if ci in (2, 3) else C, line=15)
            vcenter(t.cell(ri, ci))
        clauses.append(row_clause(header, row))
    # 设区市列纵向合并（杭州、宁波各两行）
    for a, b in ((1, 2), (3, 4)):
        mc = t.cell(a, 1).merge(t.cell(b, 1))
        set_cell(mc, rows[a - 1][1], FS, 10.5, line=15)
        vcenter(mc)
    col_widths(t, [1.0, 1.8, 8.6, 5.2, 2.8, 1.8, 3.4])
    cant_split(t)
    n = "注：排名不分先后，按设区市行政区划顺序排列。"
    add_par(doc, [(n, FS, 12, False)], indent=False, line=22, before=4)
    clauses.append(n)
    banji(doc, "抄送：省委人才办，省财政厅，省外办，省侨联。",
          "浙江省人力资源和社会保障厅办公室", "2026年3月17日印发", gap=0, tab_cm=24.2)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "浙江省人力资源和社会保障厅浙江省科学技术厅关于公布2025年度浙江省海外人才离岸创新创业基地认定名单的通知",
            "doc_number": "浙人社发〔2026〕8号",
            "issuer": ["浙江省人力资源和社会保障厅", "浙江省科学技术厅"],
            "date": "2026-03-16",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": None,
            "expires": None,
            "attachments": ["2025年度浙江省海外人才离岸创新创业基地认定名单"],
            "doc_type": "通知",
            "recipients": ["各设区市人力社保局", "各设区市科技局", "省直有关单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 苏州市人社局 信函格式通知：授牌工作安排（加急、双红线、多级表头表格+合计、参会回执空表）
def doc_suzhou():
    stem = "blind918_sz_shoupai"
    doc = Document()
    setup(doc)
    clauses = []

    empty(doc, 1)
    p = add_par(doc, [("苏州市人力资源和社会保障局", XBS, 34, False, RED)],
                align=C, indent=False, line=48)
    border(p, "bottom", "FF0000", 24, 6, val="thickThinSmallGap")
    # 紧急程度左、文号右（右对齐制表位）
    p = add_par(doc, [("加急", HT, 16, False), ("\t", FS, 16, False),
                      ("苏人社函〔2026〕27号", FS, 16, False)], indent=False, before=6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    empty(doc, 1)
    # 标题：一个段落里手动换行
    p = doc.add_paragraph()
    font(p.add_run("苏州市人力资源和社会保障局关于做好"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("2026年度苏州市海外人才离岸创新创业基地"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("授牌工作的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各县级市（区）人力资源和社会保障局，各有关基地运营单位：", indent=False)

    SP = "    "  # 半角空格缩进（打字员习惯）

    def body(t, sp=True):
        clauses.append(t)
        if sp:
            add_par(doc, SP + t, indent=False)
        else:
            add_par(doc, t)

    def head(t):
        add_par(doc, [(SP + t, HT, 16, False)], indent=False)

    body("根据《苏州市海外人才离岸创新创业基地认定管理办法》（苏人社规〔2025〕4号），经评审和公示，苏州工业园区（新加坡）海外人才离岸创新创业基地等8家单位被认定为2026年度苏州市海外人才离岸创新创业基地。为做好授牌工作，进一步发挥离岸基地“引才不落户、用才不求所有”的作用，现将有关事项通知如下：")
    head("一、授牌基地名单")
    add_par(doc, [("2026年度苏州市海外人才离岸创新创业基地授牌名单", HT, 14, False)],
            align=C, indent=False, line=24, before=6)
    add_par(doc, [("（单位：个、人）", FS, 12, False)], align=R, indent=False, line=20)
    rows = [
        ["1", "苏州工业园区（新加坡）海外人才离岸创新创业基地", "苏州工业园区", "新加坡", "24", "63"],
        ["2", "苏州高新区（德国斯图加特）海外人才离岸创新创业基地", "苏州高新区", "德国斯图加特", "17", "48"],
        ["3", "昆山（以色列海法）海外人才离岸创新创业基地", "昆山市", "以色列海法", "15", "52"],
        ["4", "张家港（韩国首尔）海外人才离岸创新创业基地", "张家港市", "韩国首尔", "11", "37"],
        ["5", "常熟（法国里昂）海外人才离岸创新创业基地", "常熟市", "法国里昂", "9", "31"],
        ["6", "太仓（德国汉堡）海外人才离岸创新创业基地", "太仓市", "德国汉堡", "21", "74"],
        ["7", "吴江（哈萨克斯坦阿拉木图）海外人才离岸创新创业基地", "吴江区", "哈萨克斯坦阿拉木图", "8", "26"],
        ["8", "相城（美国波士顿）海外人才离岸创新创业基地", "相城区", "美国波士顿", "30", "81"],
        ["合计", "8家", "—", "—", "135", "412"],
    ]
    hdr = ["序号", "基地名称", "所在地区", "海外站点", "运营情况／入驻项目", "运营情况／集聚海外人才"]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(["序号", "基地名称", "所在地区", "海外站点"]):
        mc = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(mc, h, HT, 12)
        vcenter(mc)
    mc = t.cell(0, 4).merge(t.cell(0, 5))
    set_cell(mc, "运营情况", HT, 12)
    set_cell(t.cell(1, 4), "入驻项目", HT, 12)
    set_cell(t.cell(1, 5), "集聚海外人才", HT, 12)
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12, align=L if (ci == 1 and ri < 1 + len(rows)) else C)
            vcenter(t.cell(ri, ci))
        clauses.append(row_clause(hdr, row))
    col_widths(t, [1.2, 5.6, 2.8, 2.6, 1.4, 2.0])
    cant_split(t)
    n = "注：运营情况数据截至2025年12月31日，以基地申报材料为准。"
    add_par(doc, [(n, FS, 12, False)], indent=False, line=22, before=4)
    clauses.append(n)

    head("二、授牌安排")
    # 半角“1.”“14:00”“(星期二)”等混用
    body("1.时间：2026年4月28日(星期二)下午14:00，会期半天。")
    body("2.地点：苏州国际博览中心G馆二楼会议室（苏州工业园区苏州大道东688号）。")
    body("3.参加人员：各授牌基地运营单位负责人1名、海外站点代表1名（可线上参加）；各县级市（区）人社部门分管负责同志及人才开发科室负责同志。")
    body("4.活动形式：授牌仪式与第十一届苏州国际精英创业周离岸创新合作对接会同期举行，具体议程另行通知。")
    head("三、有关要求")
    body("（1）请各授牌基地于4月24日（星期五）17:00前，将参会回执（见附件）加盖单位公章后扫描报送市人社局人才开发处，逾期视为不参加。")
    body("（2）授牌基地牌匾由市人社局统一制作，请各基地认真核对上表中的基地名称，如有错漏，请于4月23日前反馈。")
    body("（3）各县级市（区）人社部门要会同科技、商务等部门加强对辖区内离岸基地的跟踪服务，帮助基地用好中国（江苏）自由贸易试验区苏州片区先行先试政策，推动离岸项目回流落地转化。")
    body("联系人：周敏，电话：0512-68616235；沈嘉怡，电话：0512-68616237。")
    add_par(doc, SP + "附件：2026年度苏州市海外人才离岸创新创业基地授牌仪式参会回执", indent=False)
    empty(doc, 1)
    # 落款用空格推到右边，日期用汉字
    add_par(doc, " " * 34 + "苏州市人力资源和社会保障局", indent=False)
    add_par(doc, " " * 38 + "二〇二六年四月二十一日", indent=False)

    # 附件：参会回执（空白表）
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("2026年度苏州市海外人才离岸创新创业基地"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("授牌仪式参会回执"), XBS, 20)
    fmt(p, align=C, indent=False, line=32)
    empty(doc, 1)
    add_par(doc, "单位名称（盖章）：", indent=False)
    t = doc.add_table(rows=5, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(["姓名", "单位及职务", "参会身份", "参会方式（现场／线上）", "联系电话"]):
        set_cell(t.cell(0, i), h, HT, 14, line=28)
    for ri in range(1, 5):
        for ci in range(5):
            set_cell(t.cell(ri, ci), "", FS, 14, line=36)
    col_widths(t, [2.2, 4.2, 2.4, 3.6, 3.2])
    n2 = "注：参会身份填写“基地负责人”“海外站点代表”或“人社部门”；请于4月24日17:00前报送。"
    add_par(doc, [(n2, FS, 14, False)], indent=False, line=24, before=6)
    clauses.append(n2)

    banji(doc, "抄送：市委人才办，市科技局，市商务局，苏州国际精英创业周组委会办公室。",
          "苏州市人力资源和社会保障局办公室", "2026年4月21日印发", gap=3)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "苏州市人力资源和社会保障局关于做好2026年度苏州市海外人才离岸创新创业基地授牌工作的通知",
            "doc_number": "苏人社函〔2026〕27号",
            "issuer": ["苏州市人力资源和社会保障局"],
            "date": "2026-04-21",
            "published": None,
            "level": "municipal",
            "region": "苏州市",
            "effective": None,
            "expires": None,
            "attachments": ["2026年度苏州市海外人才离岸创新创业基地授牌仪式参会回执"],
            "doc_type": "通知",
            "recipients": ["各县级市（区）人力资源和社会保障局", "各有关基地运营单位"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 广西人社厅 上行文请示：份号、特急、签发人、自动编号、红头字符缩放、附件名单表、联系人附注
def doc_guangxi():
    stem = "blind918_gx_qingshi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("000015", HT, 16, False)], indent=False, line=26)
    add_par(doc, [("特急", HT, 16, False)], indent=False, line=26)
    p = add_par(doc, [("广西壮族自治区人力资源和社会保障厅文件", XBS, 28, False, RED)],
                align=C, indent=False, line=54, before=12)
    scale(p.runs[0], 72)
    empty(doc, 1)
    p = add_par(doc, [("桂人社报〔2026〕9号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("黄立军", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), 2)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    for line_txt in ("广西壮族自治区人力资源和社会保障厅关于",
                     "认定中国—东盟（南宁）海外人才离岸",
                     "创新创业基地等6家基地的请示"):
        add_par(doc, [(line_txt, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "自治区人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

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
        p = add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, state["nid"])

    body("为贯彻落实自治区党委、自治区人民政府关于深入实施新时代人才强桂战略的决策部署，充分发挥我区面向东盟开放合作的区位优势，依托中国（广西）自由贸易试验区和中国—东盟信息港，在海外布局建设一批“人才飞地”，根据《广西海外人才离岸创新创业基地建设实施办法》（桂人社规〔2025〕6号），我厅会同自治区科技厅、商务厅、外办组织开展了2026年广西海外人才离岸创新创业基地认定工作。现将有关情况请示如下：")
    head("认定工作开展情况")
    new_items()
    item("组织申报。", "2026年1月，我厅印发申报通知，共收到南宁、柳州、桂林、北海、防城港、钦州等8个设区市推荐的申报材料14份，涉及海外站点所在国家9个，其中共建“一带一路”国家7个。")
    item("评审核查。", "我厅委托第三方机构组织产业、科技、人才、财务等领域专家开展材料评审和答辩评审，并会同相关设区市对进入实地核查环节的8家单位逐一核查，重点核查海外站点实际运营、入驻项目和引才成效等情况。")
    item("社会公示。", "经厅党组会议研究，拟认定6家单位为2026年广西海外人才离岸创新创业基地，并于2026年3月9日至13日在厅门户网站进行了公示，公示期间未收到异议。")
    head("拟认定基地基本情况")
    body("6家拟认定基地的海外站点分布在新加坡、马来西亚、泰国、越南、印度尼西亚和德国，累计入驻海外创新创业项目87个，集聚海外高层次人才216人，其中已有23个项目回流区内落地转化。具体名单见附件。")
    head("有关建议")
    new_items()
    item("由自治区人民政府授牌。", "建议以自治区人民政府名义为6家基地授牌，授牌活动安排在2026年9月第23届中国—东盟博览会期间举行，进一步扩大基地在东盟国家的影响力。")
    item("给予建设经费支持。", "建议从自治区人才小高地建设专项资金中，对每家基地给予100万元一次性建设经费补助，共计600万元，由我厅会同自治区财政厅按程序拨付。")
    item("建立协同推进机制。", "建议由我厅牵头，会同自治区科技厅、商务厅、外办和自贸试验区工作办公室建立离岸基地建设联席会议制度，统筹协调基地建设中的重大事项。")
    add_par(doc, "以上请示妥否，请批示。")
    empty(doc, 1)
    add_par(doc, "附件：2026年广西海外人才离岸创新创业基地拟认定名单")
    empty(doc, 3)
    p = add_par(doc, "广西壮族自治区人力资源和社会保障厅", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "2026年3月20日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    empty(doc, 1)
    add_par(doc, "（联系人：韦晓东，联系电话：0771-5851362）")

    # 附件：名单表（单位写在表上方右侧）
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("2026年广西海外人才离岸创新创业基地拟认定名单", XBS, 18, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("（单位：个、人、分）", FS, 12, False)], align=R, indent=False, line=22)
    header = ["序号", "基地名称", "申报单位", "海外站点", "主要合作方向", "入驻项目", "海外人才", "评审得分"]
    rows = [
        ["1", "中国—东盟（南宁）海外人才离岸创新创业基地", "南宁市人力资源和社会保障局、中国—东盟信息港股份有限公司", "新加坡", "数字经济、跨境金融科技", "21", "54", "92.6"],
        ["2", "广西自贸试验区钦州港片区（马来西亚关丹）海外人才离岸创新创业基地", "中国（广西）自由贸易试验区钦州港片区管理委员会", "马来西亚关丹", "港航物流、石化新材料", "16", "38", "90.4"],
        ["3", "柳州（德国斯图加特）海外人才离岸创新创业基地", "柳州市东城投资开发集团有限公司", "德国斯图加特", "新能源汽车、智能制造", "14", "41", "89.7"],
        ["4", "桂林（泰国曼谷）海外人才离岸创新创业基地", "桂林市国家高新区管理委员会", "泰国曼谷", "生物医药、文化旅游", "12", "29", "87.3"],
        ["5", "防城港（越南河内）海外人才离岸创新创业基地", "防城港市边境经济合作区管理委员会", "越南河内", "跨境电商、边境贸易服务", "13", "27", "86.8"],
        ["6", "北海（印度尼西亚雅加达）海外人才离岸创新创业基地", "北海市工业园区管理委员会", "印度尼西亚雅加达", "电子信息、海洋产业", "11", "27", "85.5"],
        ["合计", "—", "—", "—", "—", "87", "216", "—"],
    ]
    widths = [1.1, 3.6, 3.4, 1.9, 2.2, 1.1, 1.1, 1.2]

    def mk_table(rs):
        t = doc.add_table(rows=1 + len(rs), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            set_cell(t.cell(0, i), h, HT, 10.5, line=16)
        for ri, row in enumerate(rs, 1):
            for ci, v in enumerate(row):
                set_cell(t.cell(ri, ci), v, FS, 10.5, align=L if ci in (1, 2) else C, line=16)
                vcenter(t.cell(ri, ci))
            clauses.append(row_clause(header, row))
        col_widths(t, widths)
        cant_split(t)

    mk_table(rows)
    n = "注：评审得分为材料评审（占40%）、答辩评审（占30%）和实地核查（占30%）加权得分；入驻项目、海外人才数据截至2025年12月31日。"
    add_par(doc, [(n, FS, 12, False)], indent=False, line=22, before=4)
    clauses.append(n)

    banji(doc, "抄送：自治区党委组织部（人才办），自治区科技厅，自治区财政厅，自治区商务厅，自治区外办。",
          "广西壮族自治区人力资源和社会保障厅办公室", "2026年3月20日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "广西壮族自治区人力资源和社会保障厅关于认定中国—东盟（南宁）海外人才离岸创新创业基地等6家基地的请示",
            "doc_number": "桂人社报〔2026〕9号",
            "issuer": ["广西壮族自治区人力资源和社会保障厅"],
            "date": "2026-03-20",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": ["2026年广西海外人才离岸创新创业基地拟认定名单"],
            "doc_type": "请示",
            "recipients": ["自治区人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_suzhou(), doc_guangxi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
