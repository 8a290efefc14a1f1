# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1067: 会议通知 + 回执 (+ 交通路线); 培训班通知 with 课程安排 table across a page break."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_ALIGN_VERTICAL
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

expected = {}


# ------------------------------------------------------------------ helpers
def font(run, name=FS, size=16, bold=False, color=None, underline=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    if underline:
        run.font.underline = True
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


DEF = [28]   # fixed line spacing (磅) of the document being typed


def fmt(p, align=None, indent=True, line=None, before=0, after=0, first=None):
    if line is None:
        line = DEF[0]
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
    """runs: str or list of (text, font, size, bold[, color[, underline]])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        ul = r[5] if len(r) > 5 else False
        font(p.add_run(text), name, size, bold, color, ul)
    fmt(p, **kw)
    return p


def add_lines(doc, lines, name=FS, size=16, **kw):
    """One paragraph, lines separated by manual line breaks (Shift+Enter)."""
    p = doc.add_paragraph()
    for i, t in enumerate(lines):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(t), name, size)
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


def empty(doc, n=1, line=None):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False, line=12)


def setup(doc, footer=True):
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
    if not footer:
        return
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for kind in ("begin", None, "separate", "1", "end"):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                                  % nsdecls("w")))
        elif kind == "1":
            r.text = "1"
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER


def grid(t):
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def row_h(row, cm):
    row.height = Cm(cm)
    row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST


def widths(t, cms):
    """Column widths: gridCol + every tcW (LibreOffice reads the grid)."""
    t.autofit = False
    tblpr = t._tbl.tblPr
    lay = tblpr.find(qn("w:tblLayout"))
    if lay is None:
        tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    else:
        lay.set(qn("w:type"), "fixed")
    grid_el = t._tbl.tblGrid
    for i, gc in enumerate(grid_el.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(Cm(cms[i]).twips)))
    for ri, row in enumerate(t.rows):
        col = 0
        for tc in row._tr.findall(qn("w:tc")):
            tcpr = tc.get_or_add_tcPr()
            gs = tcpr.find(qn("w:gridSpan"))
            span = int(gs.get(qn("w:val"))) if gs is not None else 1
            w = sum(cms[col:col + span])
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(Cm(w).twips)))
            tcw.set(qn("w:type"), "dxa")
            col += span


def no_borders(t):
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1067", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))




# ======================================================= DOC A  浙江 会议通知
def doc_zhejiang():
    stem = "blind1067_zj_huiyi"
    DEF[0] = 26          # the clerk squeezed the fixed line spacing to 26磅
    doc = Document()
    setup(doc)
    clauses = []

    def body(t, **kw):
        clauses.append(t)
        add_par(doc, t, **kw)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    # 紧急程度 top left
    add_par(doc, [("特急", HT, 16, False)], indent=False, align=L)
    # 信函式版头: organ name in red, thick-thin double red rule
    p = add_par(doc, [("浙江省商务厅", XBS, 36, False, RED)], align=C, indent=False,
                line=52, before=6)
    border(p, "bottom", "FF0000", 24, 8, val="thickThinSmallGap")
    # 文号 right under the rule
    p = add_par(doc, "浙商务函〔2026〕47号", align=R, indent=False, before=6)
    p.paragraph_format.right_indent = Pt(16)
    empty(doc, 1)
    # title in three paragraphs, broken at odd places
    for t in ("浙江省商务厅关于召开2026年全省自由贸易",
              "试验区建设暨“一带一路”经贸合作工作",
              "推进会的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各设区市商务局，中国（浙江）自由贸易试验区各片区管委会，省级有关单位：",
            indent=False)

    body("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略和推动共建“一带一路”高质量发展的决策部署，总结2025年全省自贸试验区建设和“一带一路”经贸合作工作，部署2026年重点任务，经省政府同意，定于3月下旬在杭州召开2026年全省自由贸易试验区建设暨“一带一路”经贸合作工作推进会。现将有关事项通知如下：")
    head("一、会议时间")
    body("2026年3月26日（星期四）上午9:00，会期半天。3月25日（星期三）14:00—20:00报到。")
    head("二、会议地点")
    body("杭州钱江国际会议中心（杭州市上城区钱江路1366号）3楼钱塘厅。报到地点：会议中心1号楼大堂。")
    head("三、参会人员")
    body("（一）省商务厅主要负责同志、分管负责同志，相关处室（单位）主要负责同志；")
    body("（二）各设区市商务局分管负责同志、自贸（开放）科科长；")
    body("（三）中国（浙江）自由贸易试验区杭州、宁波、温州、嘉兴、金义、舟山片区管委会分管负责同志及业务处室负责同志；")
    body("（四）省发展改革委、省经信厅、省财政厅、省交通运输厅、杭州海关、宁波海关、人民银行浙江省分行相关处室负责同志（各1人）；")
    body("（五）部分“一带一路”重点合作企业代表（名单另行通知）。")
    head("四、会议议程")
    body("1.通报2025年全省自贸试验区建设和“一带一路”经贸合作工作情况；")
    body("2．宁波片区、金义片区、舟山片区作交流发言；")
    body("3．发布2025年度浙江自贸试验区十大制度创新案例；")
    body("4．省商务厅主要负责同志讲话。")
    head("五、有关要求")
    body("（一）请各单位高度重视，按要求确定参会人员，于3月20日（星期五）17:00前将参会回执（见附件）加盖公章后扫描发送至邮箱zmqc@zcom.gov.cn，同时将电子版（Word格式）一并报送。逾期未报送的视为不参会。")
    body("（二）交流发言单位请围绕制度创新、产业链协同、“一带一路”合作平台建设等方面准备发言材料，发言时间控制在8分钟以内，书面材料（3000字以内）请于3月23日（星期一）前报送。")
    body("（三）会议统一安排午餐，需住宿的参会人员请在回执中注明，住宿费用按规定回原单位报销。会场停车位有限，请尽量乘坐地铁4号线至“江锦路站”(D口出站向东步行约300米）前往。")
    body("（四）请参会人员提前15分钟入场，会议期间将手机调至静音状态。")
    head("六、联系人及电话")
    l1 = "会务联系人：省商务厅自由贸易试验区处 王琳，0571-87701536，13957108842（手机）；"
    l2 = "交流材料联系人：省商务厅对外投资和经济合作处 陈晓东，0571-87700219。"
    add_lines(doc, [l1, l2])
    clauses.extend([l1, l2])
    empty(doc, 1)
    att = "2026年全省自由贸易试验区建设暨“一带一路”经贸合作工作推进会参会回执"
    p = add_par(doc, "附件：" + att)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 2)
    p = add_par(doc, "浙江省商务厅", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, "2026年3月12日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)

    # ---------------- 附件: 回执 (own page)
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1, line=16)
    add_par(doc, [("2026年全省自由贸易试验区建设暨", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("“一带一路”经贸合作工作推进会参会回执", XBS, 22, False)], align=C,
            indent=False, line=34)
    empty(doc, 1)
    fill = "填报单位（盖章）：" + "\u3000" * 6 + "联系人：" + "\u3000" * 3 + "联系电话："
    add_par(doc, [("填报单位（盖章）：", FS, 14, False), ("\u3000" * 6, FS, 14, False, None, True),
                  ("联系人：", FS, 14, False), ("\u3000" * 3, FS, 14, False, None, True),
                  ("联系电话：", FS, 14, False), ("\u3000" * 3, FS, 14, False, None, True)],
            indent=False)
    clauses.append(fill)
    # two-level header: 联系方式 over 手机 / 办公电话; first row a 填写示例
    t = doc.add_table(rows=6, cols=8)
    grid(t)
    top = ["序号", "姓名", "性别", "单位及职务", "联系方式", "", "是否住宿（3月25日）", "备注"]
    for i in (0, 1, 2, 3, 6, 7):
        m = t.cell(0, i).merge(t.cell(1, i))
        set_cell(m, top[i], HT, 12)
    m = t.cell(0, 4).merge(t.cell(0, 5))
    set_cell(m, "联系方式", HT, 12)
    set_cell(t.cell(1, 4), "手机", HT, 12)
    set_cell(t.cell(1, 5), "办公电话", HT, 12)
    ex = ["示例", "张三", "男", "宁波市商务局自贸科科长", "13805740000", "0574-89180000", "是", "单间"]
    for ci, v in enumerate(ex):
        set_cell(t.cell(2, ci), v, KT, 12)
    row_h(t.rows[2], 1.2)
    hdr2 = ["序号", "姓名", "性别", "单位及职务", "联系方式／手机", "联系方式／办公电话",
            "是否住宿（3月25日）", "备注"]
    clauses.append(row_clause(hdr2, ex))
    for r in range(3, 6):          # blank rows to fill in
        row_h(t.rows[r], 1.2)
        for ci in range(8):
            set_cell(t.cell(r, ci), "", FS, 12)
    widths(t, [1.4, 1.5, 1.2, 3.2, 2.8, 2.5, 1.8, 1.2])
    empty(doc, 1, line=12)
    n1 = "注：1．请于3月20日17:00前将回执发送至zmqc@zcom.gov.cn。"
    n2 = "2．住宿统一安排在会议中心1号楼，标准间，如需单间请在备注栏注明。"
    add_par(doc, [(n1, FS, 14, False)], indent=False, line=24)
    p = add_par(doc, [(n2, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(28)
    clauses.extend([n1, n2])
    banji(doc, "抄送：省政府办公厅，商务部。", "浙江省商务厅办公室", "2026年3月12日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "浙江省商务厅关于召开2026年全省自由贸易试验区建设暨“一带一路”经贸合作工作推进会的通知",
            "doc_number": "浙商务函〔2026〕47号",
            "issuer": ["浙江省商务厅"],
            "date": "2026-03-12",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": None,
            "expires": None,
            "attachments": [att],
            "doc_type": "通知",
            "recipients": ["各设区市商务局", "中国（浙江）自由贸易试验区各片区管委会", "省级有关单位"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ======================================================= DOC B  广西 培训班通知
def doc_guangxi():
    stem = "blind1067_gx_peixun"
    DEF[0] = 28
    doc = Document()
    setup(doc)
    clauses = []
    O1 = "广西壮族自治区商务厅"
    O2 = "广西壮族自治区人民政府口岸管理办公室"

    # 联合行文 版头: borderless table, organ names (distributed) | 文件 (merged)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), O1, XBS, 26, color=RED, line=40)
    set_cell(t.cell(1, 0), O2, XBS, 26, color=RED, line=40)
    for r in (0, 1):
        t.cell(r, 0).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    # the longer organ name squeezed with character scaling (字符缩放 70%)
    for run in t.cell(1, 0).paragraphs[0].runs:
        run._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="70"/>' % nsdecls("w")))
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 42, color=RED, line=60)
    widths(t, [12.2, 3.4])
    empty(doc, 1)
    p = add_par(doc, "桂商贸发〔2026〕9号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title: one paragraph, soft line break at an odd place
    p = doc.add_paragraph()
    font(p.add_run("关于举办2026年全区面向东盟跨境贸易"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("便利化业务培训班的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各设区市商务局，各设区市口岸办，中国（广西）自由贸易试验区各片区管委会，有关外贸企业：",
            indent=False)

    def body(t, **kw):
        clauses.append(t)
        add_par(doc, t, **kw)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=HT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("为深入落实《区域全面经济伙伴关系协定》（RCEP）和中国—东盟自由贸易区3.0版升级议定书，帮助各地商务、口岸部门和外贸企业熟悉原产地规则、通关便利化措施和跨境贸易新业态政策，提升面向东盟开放合作水平，自治区商务厅、自治区口岸办决定联合举办2026年全区面向东盟跨境贸易便利化业务培训班。现将有关事项通知如下：")
    runin("一、培训时间。", "2026年5月12日至14日，共3天。5月11日（星期一）14:00—21:00报到。")
    runin("二、培训地点。", "广西商务干部培训中心（南宁市青秀区竹溪大道36号）。")
    head("三、培训对象")
    body("（一）各设区市商务局分管外贸、口岸工作的科室负责人及业务骨干1—2名；")
    body("（二）各设区市口岸办业务骨干1名；")
    body("（三）自贸试验区各片区管委会经贸、口岸部门业务人员1—2名；")
    body("（四）有关外贸企业报关、单证、物流负责人（每家企业限报1名，共约80家）。")
    head("四、课程安排")
    body("培训采取专题授课、实操演练、现场教学和分组研讨相结合的方式，具体安排如下：")
    hdr = ["日期", "时间", "内容", "授课人"]
    D1, D2, D3, D4 = "5月11日（星期一）", "5月12日（星期二）", "5月13日（星期三）", "5月14日（星期四）"
    rows = [
        (D1, "14:00—21:00", "报到、领取培训资料", "会务组"),
        (D2, "08:30—09:00", "开班仪式", "自治区商务厅领导"),
        (D2, "09:00—12:00", "RCEP原产地规则解读与优惠关税申享实务", "南宁海关关税处 李明远"),
        (D2, "14:30—17:30", "中国—东盟自由贸易区3.0版升级议定书主要内容解读", "商务部国际贸易经济合作研究院 周立群 研究员"),
        (D2, "19:30—21:00", "分组破冰交流、推选班委", "各小组"),
        (D3, "09:00—12:00", "智慧口岸建设与国际贸易“单一窗口”应用实操", "自治区口岸办通关协调处 覃海峰"),
        (D3, "14:30—16:00", "“两国双园”及边境贸易创新发展政策", "崇左市商务局 农建华"),
        (D3, "16:00—17:30", "西部陆海新通道与中老铁路物流组织", "广西北部湾国际港务集团 梁振宇 高级经济师"),
        (D3, "19:30—21:00", "现场教学：中国（广西）自由贸易试验区南宁片区跨境电商产业园", "南宁片区管委会"),
        (D4, "09:00—10:30", "跨境电商与海外仓业务发展", "广西大学 陆晓燕 教授"),
        (D4, "10:30—12:00", "企业案例分享：面向东盟的外贸企业转型实践", "企业代表"),
        (D4, "14:30—16:30", "分组讨论、交流座谈", "各小组"),
        (D4, "16:30—17:00", "结业仪式", "自治区口岸办领导"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    grid(t)
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    row_h(t.rows[0], 1.0)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if ci == 0:
                continue
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci == 2 else C, line=20)
        row_h(t.rows[ri], 1.1)
        cant_split(t.rows[ri])
        clauses.append(row_clause(hdr, row))
    # merge the 日期 cells vertically
    start = 1
    for ri in range(2, len(rows) + 2):
        if ri == len(rows) + 1 or rows[ri - 1][0] != rows[start - 1][0]:
            cell = t.cell(start, 0)
            if ri - 1 > start:
                cell = cell.merge(t.cell(ri - 1, 0))
            set_cell(cell, rows[start - 1][0], FS, 12, line=20)
            start = ri
    widths(t, [3.2, 2.8, 5.6, 4.0])
    note = "注：课程安排如有调整，以报到时发放的日程为准。"
    add_par(doc, [(note, KT, 14, False)], indent=False, line=24, before=4)
    clauses.append(note)
    head("五、有关事项")
    runin("（一）费用。", "本次培训不收取培训费，培训期间统一安排食宿，往返交通费回原单位报销。", KT, True)
    runin("（二）报名方式。", "请各单位于4月30日（星期四）前将参训人员信息（姓名、性别、单位及职务、手机号码、是否住宿）以Excel表格形式发送至邮箱gxswtmyc@163.com，外贸企业由所在设区市商务局汇总后统一报送。", KT, True)
    runin("（三）其他要求。", "参训学员须全程参加培训，不得无故缺课，培训结束后颁发结业证书。请学员自带笔记本电脑，以便参加“单一窗口”实操课程。", KT, True)
    head("六、联系方式")
    ls = ["自治区商务厅对外贸易处：黄丽萍，0771-2109536；",
          "自治区口岸办通关协调处：覃海峰，0771-5587123；",
          "培训中心会务组：韦小雨，13878112034。"]
    add_lines(doc, ls)
    clauses.extend(ls)
    empty(doc, 1)
    empty(doc, 1)
    # joint 落款 in a borderless table: organs stacked, centred in the right column
    t = doc.add_table(rows=3, cols=2)
    no_borders(t)
    for r, v in enumerate((O1, O2, "2026年4月16日")):
        set_cell(t.cell(r, 1), v, FS, 16, line=28)
    widths(t, [4.2, 11.4])
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")

    banji(doc, "抄送：自治区人民政府办公厅，南宁海关。", "广西壮族自治区商务厅办公室", "2026年4月16日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于举办2026年全区面向东盟跨境贸易便利化业务培训班的通知",
            "doc_number": "桂商贸发〔2026〕9号",
            "issuer": [O1, O2],
            "date": "2026-04-16",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各设区市商务局", "各设区市口岸办", "中国（广西）自由贸易试验区各片区管委会", "有关外贸企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ======================================================= DOC C  厦门 明传电报
def doc_xiamen():
    stem = "blind1067_xm_mingdian"
    DEF[0] = 27
    doc = Document()
    setup(doc)
    clauses = []
    IND = "\u3000\u3000"   # typed full-width spaces instead of first-line indent

    add_par(doc, [("厦门市商务局明传电报", XBS, 36, False, RED)], align=C, indent=False,
            line=56, before=6)
    p = add_par(doc, "", indent=False, line=8)
    border(p, "bottom", "FF0000", 18, 1)
    t = doc.add_table(rows=2, cols=4)
    no_borders(t)
    cells = [("发电单位", "厦门市商务局", "签  发", "林志强"),
             ("等  级", "特急", "明电编号", "厦商明电〔2026〕11号")]
    for r, row in enumerate(cells):
        for c, v in enumerate(row):
            set_cell(t.cell(r, c), v, HT if c % 2 == 0 else FS, 14, line=28,
                     align=L if c % 2 else C)
    widths(t, [2.6, 3.8, 2.6, 6.6])
    p = add_par(doc, "", indent=False, line=8)
    border(p, "bottom", "FF0000", 18, 1)
    empty(doc, 1)
    add_par(doc, [("关于召开“丝路海运”港航物流企业暨", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("跨境电商出海服务座谈会的通知", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "中国（福建）自由贸易试验区厦门片区管委会，各区商务局，市港口管理局，有关企业：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)], indent=False)

    body("为贯彻落实《厦门市推进“丝路海运”高质量发展行动方案（2025—2027年）》，了解港航物流和跨境电商企业拓展共建“一带一路”国家市场面临的困难和诉求，推动海运航线、跨境电商与海外仓协同发展，经研究，定于近期召开座谈会。现将有关事项通知如下：")
    runin("一、时间：", "2026年1月21日（星期三）下午15:00，会期约2小时。")
    runin("二、地点：", "市商务局（厦门市思明区湖滨北路61号外贸大厦）11楼1103会议室。")
    add_par(doc, [(IND + "三、参会人员", HT, 16, False)], indent=False)
    body("厦门片区管委会、各区商务局分管负责同志；市港口管理局、厦门海关、厦门港务控股集团有关处室负责同志；“丝路海运”联盟成员企业及跨境电商企业代表（具体名单另行通知）。")
    add_par(doc, [(IND + "四、会议内容", HT, 16, False)], indent=False)
    body("（一）通报2025年“丝路海运”航线开行及跨境电商出口情况；")
    body("（二）企业代表发言，反映拓展“一带一路”市场的困难和诉求（每家发言不超过5分钟）；")
    body("（三）有关部门现场回应，研究解决措施。")
    add_par(doc, [(IND + "五、其他事项", HT, 16, False)], indent=False)
    body("1．请参会企业结合自身业务准备书面发言材料（1500字以内），于1月19日（星期一）12:00前连同参会回执（附件1）发送至xmswjmc@xm.gov.cn。")
    body("2．外贸大厦车位紧张，请尽量乘坐公共交通工具前往，交通路线见附件2。")
    body("3．联系人：市商务局对外贸易处 郑雅婷，电话：0592-2855731、18959201376。")
    empty(doc, 1)
    add_par(doc, IND + "附件：1．参会回执", indent=False)
    add_par(doc, IND + "\u3000\u3000\u3000 2．交通路线", indent=False)
    empty(doc, 1)
    # 落款 with typed spaces, date in Chinese numerals
    p = add_par(doc, " " * 44 + "厦门市商务局", indent=False)
    p.paragraph_format.keep_with_next = True
    add_par(doc, " " * 40 + "二〇二六年一月十四日", indent=False)

    # ---------------- 附件1 参会回执 (form, all blank)
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("参会回执", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1, line=16)
    t = doc.add_table(rows=5, cols=4)
    grid(t)
    set_cell(t.cell(0, 0), "单位名称", HT, 14)
    m = t.cell(0, 1).merge(t.cell(0, 3))
    set_cell(m, "", FS, 14)
    for i, h in enumerate(["姓  名", "职  务", "手机号码", "是否发言"]):
        set_cell(t.cell(1, i), h, HT, 14)
    for r in range(5):
        row_h(t.rows[r], 1.3)
    for r in range(2, 5):
        for c in range(4):
            set_cell(t.cell(r, c), "", FS, 14)
    widths(t, [3.0, 4.6, 4.4, 3.6])
    empty(doc, 1, line=12)
    n = "（请于1月19日12:00前发送至xmswjmc@xm.gov.cn）"
    add_par(doc, [(n, KT, 14, False)], align=C, indent=False, line=24)
    clauses.append(n)

    # ---------------- 附件2 交通路线 (table, merged 出发地点)
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("交通路线", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1, line=16)
    lead = "会议地点：厦门市思明区湖滨北路61号外贸大厦11楼1103会议室。"
    add_par(doc, IND + lead, indent=False)
    clauses.append(lead)
    hdr = ["出发地点", "交通方式", "乘车路线", "约需时间"]
    rows = [
        ["厦门高崎国际机场", "出租车", "经成功大道、湖滨北路至外贸大厦，全程约12公里", "25分钟"],
        ["厦门北站", "地铁", "乘地铁1号线（往镇海路方向）至“湖滨东路站”，B口出站步行约5分钟", "50分钟"],
        ["厦门站", "BRT", "乘BRT快1线至“二市站”，步行约5分钟", "20分钟"],
        ["厦门站", "出租车", "经厦禾路、湖滨东路至外贸大厦", "10分钟"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    grid(t)
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 14)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 14, align=L if ci == 2 else C, line=22)
        row_h(t.rows[ri], 1.2)
        clauses.append(row_clause(hdr, row))
    m = t.cell(3, 0).merge(t.cell(4, 0))
    set_cell(m, "厦门站", FS, 14, line=22)
    widths(t, [3.4, 2.2, 7.6, 2.4])
    empty(doc, 1, line=12)
    n2 = "注：外贸大厦地下停车场车位紧张，请尽量乘坐公共交通工具。"
    add_par(doc, [(n2, FS, 14, False)], indent=False, line=24)
    clauses.append(n2)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于召开“丝路海运”港航物流企业暨跨境电商出海服务座谈会的通知",
            "doc_number": "厦商明电〔2026〕11号",
            "issuer": ["厦门市商务局"],
            "date": "2026-01-14",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": ["参会回执", "交通路线"],
            "doc_type": "通知",
            "recipients": ["中国（福建）自由贸易试验区厦门片区管委会", "各区商务局", "市港口管理局", "有关企业"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_guangxi(), doc_xiamen()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
