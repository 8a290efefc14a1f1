# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 418: 会议通知 + 日程安排 + 参会回执, and a 邀请函."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)
SP = "\u3000"  # full-width space


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    return p


def para(container, parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, line=28, before=0, after=0):
    """parts: str (仿宋) or list of (text, font, bold[, size])."""
    p = container.add_paragraph()
    fmt(p, align, indent, line, before, after)
    if isinstance(parts, str):
        parts = [(parts, FS, False)]
    for part in parts:
        text, font, bold = part[0], part[1], part[2]
        size = part[3] if len(part) > 3 else 16
        r = p.add_run(text)
        set_font(r, font, size, bold)
    return p


def empty(container, n=1, line=28):
    for _ in range(n):
        p = container.add_paragraph()
        fmt(p, None, False, line)
        r = p.add_run("")
        set_font(r, FS, 16)


def red_rule(doc, before=0):
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 8, before, 0)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "18")
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "FF0000")
    bdr.append(bottom)
    ppr.append(bdr)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, None, False)
    p.add_run().add_break(WD_BREAK.PAGE)


def setup_page(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def page_number_footer(doc):
    footer = doc.sections[0].footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for el in (b, it, s, t, e):
        r._element.append(el)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    fmt(p, align, False, 20)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_col_widths(table, widths_cm):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    cols = grid.findall(qn("w:gridCol"))
    for gc, w in zip(cols, widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    tblpr = tbl.tblPr
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW"); tblpr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths_cm) * 567))); tw.set(qn("w:type"), "dxa")
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblpr.append(lay)
    for tr in tbl.tr_lst:
        idx = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            w = sum(widths_cm[idx:idx + span])
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = OxmlElement("w:tcW"); tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(w * 567))); tcw.set(qn("w:type"), "dxa")
            idx += span


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def row_height(row, cm):
    row.height = Cm(cm)


def table_borders_topbottom(table):
    """版记 style: only horizontal lines (top, bottom, inside H)."""
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge, sz in (("top", "8"), ("bottom", "8"), ("insideH", "4")):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "single"); el.set(qn("w:sz"), sz); el.set(qn("w:color"), "000000")
        b.append(el)
    for edge in ("left", "right", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblpr.append(b)


def soffice(docx_path):
    subprocess.run([
        "soffice", "-env:UserInstallation=file:///tmp/lo_418", "--headless",
        "--convert-to", "pdf", "--outdir", HERE, docx_path,
    ], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def table_clauses(header, rows):
    out = []
    for r in rows:
        if not any(v.strip() for v in r):
            continue  # blank form rows carry nothing citable
        out.append("；".join(f"{h}：{v}" for h, v in zip(header, r)))
    return out


def banji(doc, chaosong, yinfa_org, yinfa_date):
    empty(doc, 1)
    t = doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders_topbottom(t)
    c0 = t.rows[0].cells[0]
    p = c0.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, False, 28)
    r = p.add_run(SP + chaosong); set_font(r, FS, 14)
    c1 = t.rows[1].cells[0]
    p = c1.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, False, 28)
    r = p.add_run(SP + yinfa_org + SP * 6 + yinfa_date + "印发"); set_font(r, FS, 14)
    set_col_widths(t, [15.6])


# ================================================================ doc 1: Fuzhou
def make_fuzhou():
    stem = "blind418_fuzhou_tongzhi"
    doc = Document()
    setup_page(doc)
    page_number_footer(doc)
    clauses = []

    # joint 版头 as a borderless layout table
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, name in enumerate(["福 建 省 商 务 厅", "福建省发展和改革委员会"]):
        c = t.rows[i].cells[0]
        p = c.paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, False, 40)
        r = p.add_run(name); set_font(r, XBS, 26, color=RED)
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    p = m.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 40)
    r = p.add_run("文件"); set_font(r, XBS, 40, color=RED)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    set_col_widths(t, [12.0, 3.6])
    empty(doc, 1)
    p = para(doc, [("闽商务〔2026〕58号", FS, False)], WD_ALIGN_PARAGRAPH.CENTER, False)
    red_rule(doc)
    empty(doc, 1)

    # title with a soft line break
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    r = p.add_run("关于召开2026年全省共建“一带一路”"); set_font(r, XBS, 22)
    r.add_break()
    r = p.add_run("经贸合作工作推进会的通知"); set_font(r, XBS, 22)
    title = "关于召开2026年全省共建“一带一路”经贸合作工作推进会的通知"
    empty(doc, 1)

    para(doc, "各设区市商务局，各设区市发展改革委，平潭综合实验区经济发展局，中国（福建）自由贸易试验区各片区管委会，省直有关单位：", indent=False)

    def body(text, heading=None, hfont=FS, hbold=True):
        if heading:
            para(doc, [(heading, hfont, hbold), (text, FS, False)])
            clauses.append(heading + text)
        else:
            para(doc, text)
            clauses.append(text)

    def head(text, font=HT):
        para(doc, [(text, font, False)])

    body("为深入学习贯彻党的二十届四中全会精神和习近平总书记关于高质量共建“一带一路”的重要论述，总结2025年全省共建“一带一路”经贸合作工作成效，部署2026年重点任务，推动21世纪海上丝绸之路核心区建设走深走实，经省政府同意，省商务厅、省发展改革委定于5月中旬在福州召开2026年全省共建“一带一路”经贸合作工作推进会。现将有关事项通知如下：")

    head("一、会议时间")
    body("2026年5月14日（星期四）上午9:00开始，会期1天。5月13日（星期三）14:00—20:00报到。")
    head("二、会议地点")
    body("福州西湖宾馆（福州市鼓楼区湖滨路1号）2号楼三层闽江厅。报到地点设在西湖宾馆1号楼大堂。")
    head("三、参会人员")
    body("（一）省商务厅、省发展改革委分管负责同志及有关处室主要负责同志；")
    body("（二）省外办、省财政厅、省交通运输厅、省市场监管局、省贸促会、福州海关、厦门海关、中国人民银行福建省分行等省直有关单位分管负责同志各1名；")
    body("（三）各设区市商务局、发展改革委分管负责同志及业务科室负责同志各1名，平潭综合实验区经济发展局分管负责同志1名；")
    body("（四）中国（福建）自由贸易试验区福州、厦门、平潭片区管委会分管负责同志各1名；")
    body("（五）部分重点“走出去”企业、跨境电商企业、海外仓企业和中欧班列运营平台公司负责人（名单由省商务厅另行通知）。")
    # run-in heading (bold 黑体 run then text) — differs from 一、二、三
    body("通报2025年全省共建“一带一路”经贸合作工作情况，部署2026年重点工作；福州市、厦门市、泉州市商务局和中国（福建）自由贸易试验区福州片区管委会作交流发言；福州海关、中国人民银行福建省分行、省贸促会有关负责同志作政策解读；省领导讲话。下午分3个小组开展专题座谈。具体日程安排详见附件1。",
         heading="四、会议议程。", hfont=HT, hbold=False)
    head("五、有关事项")
    body("请各单位认真填写参会回执（附件2），于5月6日（星期三）17:00前将回执电子版及盖章扫描件发送至省商务厅对外投资和经济合作处邮箱。逾期未报送的，视为不参会。",
         heading="（一）报名回执。", hfont=KT, hbold=False)
    body("请作交流发言的单位围绕本地区共建“一带一路”经贸合作工作亮点、存在问题和下一步工作打算准备书面材料（3000字以内），发言时间控制在8分钟以内，并于5月8日（星期五）前将电子版发送至联系邮箱。其他单位可书面提交工作情况（1500字以内），会议将汇编印发。",
         heading="（二）交流材料。", hfont=KT, hbold=False)
    body("会议统一安排住宿和工作餐，住宿费用由会务组统一结算；往返交通费用回原单位按规定报销。",
         heading="（三）食宿安排。", hfont=KT, hbold=False)
    body("请参会人员严格遵守中央八项规定及其实施细则精神，提前15分钟入场，会议期间将手机调至静音或关机状态，不得无故缺席、中途离会。确因特殊情况不能参会的，须书面向会务组请假并指定其他同志参会。",
         heading="（四）会风会纪。", hfont=KT, hbold=False)
    # heading on its own line (no text) — not a clause
    para(doc, [("（五）交通指引", KT, False)])
    body("1．乘飞机抵达的，可在福州长乐国际机场乘坐机场大巴（市区线）至五一广场站下车，换乘出租车约10分钟可至西湖宾馆。")
    body("2．乘动车抵达的，可在福州站乘坐地铁1号线至东街口站，从D出口步行约15分钟可至西湖宾馆。")
    body("3．自驾车辆请从湖滨路西湖宾馆正门进入，会议期间停车位有限，请尽量合乘或乘坐公共交通。")
    body("省商务厅对外投资和经济合作处陈晓峰，电话：0591-87851234，传真：0591-87851235，电子邮箱：fjswtzc@163.com；省发展改革委对外开放处林婧，电话：0591-87063456。",
         heading="六、联系人及联系方式。", hfont=HT, hbold=False)

    empty(doc, 1)
    att1 = "2026年全省共建“一带一路”经贸合作工作推进会日程安排"
    att2 = "参会回执"
    p = para(doc, "附件：1．" + att1)
    p = para(doc, SP * 3 + "2．" + att2)
    empty(doc, 2)

    # 落款 as borderless layout table
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, name in enumerate(["福建省商务厅", "福建省发展和改革委员会"]):
        c = t.rows[0].cells[j]
        p = c.paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 28)
        r = p.add_run(name); set_font(r, FS, 16)
    c = t.rows[1].cells[1]
    p = c.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 28)
    r = p.add_run("2026年4月20日"); set_font(r, FS, 16)
    set_col_widths(t, [7.8, 7.8])
    para(doc, "（此件公开发布）")

    # ---------------- 附件1
    page_break(doc)
    para(doc, [("附件1", HT, False)], WD_ALIGN_PARAGRAPH.LEFT, False)
    empty(doc, 1)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    r = p.add_run("2026年全省共建“一带一路”经贸合作"); set_font(r, XBS, 22)
    r.add_break()
    r = p.add_run("工作推进会日程安排"); set_font(r, XBS, 22)
    empty(doc, 1)
    header = ["日期", "时间", "内容", "主持人", "地点"]
    date = "5月14日（星期四）"
    host1 = "省商务厅厅长林志伟"
    place1 = "2号楼三层闽江厅"
    rows = [
        [date, "9:00—9:30", "省商务厅通报2025年全省共建“一带一路”经贸合作工作情况，部署2026年重点工作", host1, place1],
        [date, "9:30—10:30", "交流发言：福州市商务局、厦门市商务局、泉州市商务局、中国（福建）自由贸易试验区福州片区管委会（每家不超过8分钟）", host1, place1],
        [date, "10:30—10:45", "茶歇", host1, place1],
        [date, "10:45—11:30", "政策解读：福州海关解读综合保税区和跨境电商监管创新举措；中国人民银行福建省分行解读跨境人民币结算便利化政策；省贸促会介绍境外经贸风险防范服务", host1, place1],
        [date, "11:30—12:00", "省领导讲话", host1, place1],
        [date, "12:00—13:30", "工作午餐", "／", "1号楼一层自助餐厅"],
        [date, "14:30—16:30", "分组座谈：第一组“丝路海港”与中欧班列；第二组跨境电商与海外仓；第三组境外经贸合作区与对外投资", "省商务厅有关处室负责同志", "2号楼二层第一、二、三会议室"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.rows[0].cells[j], h, HT, 12)
    repeat_header(t.rows[0])
    # merges: date col rows 1-7; host rows 1-5; place rows 1-5
    md = t.cell(1, 0).merge(t.cell(len(rows), 0))
    cell_text(md, date, FS, 12)
    mh = t.cell(1, 3).merge(t.cell(5, 3))
    cell_text(mh, host1, FS, 12)
    mp = t.cell(1, 4).merge(t.cell(5, 4))
    cell_text(mp, place1, FS, 12)
    for i, rw in enumerate(rows, start=1):
        cell_text(t.cell(i, 1), rw[1], FS, 12)
        cell_text(t.cell(i, 2), rw[2], FS, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
        if i >= 6:
            cell_text(t.cell(i, 3), rw[3], FS, 12)
            cell_text(t.cell(i, 4), rw[4], FS, 12)
    set_col_widths(t, [2.4, 2.6, 6.2, 2.2, 2.2])
    clauses += table_clauses(header, rows)

    # ---------------- 附件2
    page_break(doc)
    para(doc, [("附件2", HT, False)], WD_ALIGN_PARAGRAPH.LEFT, False)
    empty(doc, 1)
    para(doc, [("参会回执", XBS, False, 22)], WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    empty(doc, 1)
    para(doc, "填报单位（盖章）：" + SP * 6 + "填报日期：2026年" + SP + SP + "月" + SP + SP + "日", WD_ALIGN_PARAGRAPH.LEFT, False)
    header2 = ["姓名", "性别", "单位及职务", "手机号码", "是否住宿", "抵离时间", "备注"]
    t = doc.add_table(rows=6, cols=7)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header2):
        cell_text(t.rows[0].cells[j], h, HT, 12)
    for i in range(1, 6):
        row_height(t.rows[i], 1.2)
        for j in range(7):
            cell_text(t.cell(i, j), "", FS, 12)
    set_col_widths(t, [1.8, 1.2, 3.6, 2.6, 1.8, 2.4, 2.2])
    clauses += table_clauses(header2, [[""] * 7] * 5)
    empty(doc, 1, 20)
    notes = [
        "注：1．请于5月6日（星期三）17:00前将回执电子版（Word格式）及盖章扫描件发送至fjswtzc@163.com。",
        SP * 2 + "2．住宿统一安排单人间，如需合住或不需住宿，请在备注栏注明。",
        SP * 2 + "3．作交流发言的单位请在备注栏注明发言人姓名及职务。",
    ]
    for n in notes:
        p = para(doc, [(n, FS, False, 14)], WD_ALIGN_PARAGRAPH.LEFT, False, 24)
        clauses.append(n.strip(SP))

    banji(doc, "抄送：省政府办公厅，福州海关、厦门海关。", "福建省商务厅办公室", "2026年4月20日")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": title,
        "doc_number": "闽商务〔2026〕58号",
        "issuer": ["福建省商务厅", "福建省发展和改革委员会"],
        "date": "2026-04-20",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": None,
        "expires": None,
        "attachments": [att1, att2],
        "doc_type": "通知",
        "recipients": ["各设区市商务局", "各设区市发展改革委", "平潭综合实验区经济发展局",
                       "中国（福建）自由贸易试验区各片区管委会", "省直有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


# ================================================================ doc 2: Xiamen 邀请函
def make_yaoqinghan():
    stem = "blind418_xiamen_yaoqinghan"
    doc = Document()
    setup_page(doc)
    page_number_footer(doc)
    clauses = []
    forum = "2026“丝路海港”共建“一带一路”经贸合作论坛"

    empty(doc, 1)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 40)
    r = p.add_run("2026“丝路海港”共建“一带一路”"); set_font(r, XBS, 22)
    r.add_break()
    r = p.add_run("经贸合作论坛"); set_font(r, XBS, 22)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 48)
    r = p.add_run("邀" + SP + "请" + SP + "函"); set_font(r, XBS, 36)
    empty(doc, 1)
    para(doc, "尊敬的泉州市工商业联合会（总商会）：", WD_ALIGN_PARAGRAPH.LEFT, False)

    def body(text, heading=None, hfont=FS, hbold=True):
        if heading:
            para(doc, [(heading, hfont, hbold), (text, FS, False)])
            clauses.append(heading + text)
        else:
            para(doc, text)
            clauses.append(text)

    body("共建“一带一路”倡议提出以来，福建作为21世纪海上丝绸之路核心区，持续深化与共建国家在港口航运、经贸投资、产业合作等领域的务实合作，“丝路海港”航线网络不断拓展，中欧（厦门）班列通达欧亚十余个国家，跨境电商、海外仓等新业态蓬勃发展。")
    body("为进一步搭建共建“一带一路”经贸交流合作平台，推动港航物流、跨境贸易和双向投资协同发展，" + forum + "（以下简称论坛）定于2026年6月18日至19日在厦门举办。论坛以“联通丝路海港·共享开放机遇”为主题，由厦门市人民政府、福建省商务厅、福建省港口集团有限公司联合主办，厦门市商务局、中国（福建）自由贸易试验区厦门片区管委会承办。届时，将邀请共建国家驻华使领馆官员、国际组织代表、知名港航物流企业和商协会负责人等约600位嘉宾出席。")
    body("贵会长期致力于服务民营企业“走出去”，在推动闽商参与共建“一带一路”方面作出了积极贡献。我们诚挚邀请贵会组织会员企业代表莅临论坛，共商合作、共享机遇。现将有关事项函告如下：")
    body("2026年6月18日（星期四）至19日（星期五），6月17日（星期三）全天报到。", heading="一、论坛时间：", hfont=HT, hbold=False)
    body("厦门国际会议中心（厦门市思明区环岛东路1999号）。", heading="二、论坛地点：", hfont=HT, hbold=False)
    para(doc, [("三、主要活动", HT, False)])
    body("（一）开幕式暨主论坛（6月18日上午）：发布《“丝路海港”发展报告（2026）》，举行“丝路海港”新航线及中欧班列新线路发布仪式，邀请中外嘉宾作主旨演讲。")
    body("（二）平行分论坛（6月18日下午）：设“中欧班列与多式联运”“跨境电商与海外仓”“境外经贸合作区建设”“数字丝路与服务贸易”4场分论坛。")
    body("（三）项目签约暨企业对接洽谈会（6月19日上午）：集中签约一批港航物流、产业投资和贸易合作项目，组织参会企业与共建国家采购商、投资机构开展一对一洽谈。")
    body("（四）考察活动（6月19日下午）：赴厦门象屿综合保税区、厦门海沧港综合保税区、中欧（厦门）班列海沧站场等地实地考察。")
    body("论坛不收取注册费用。参会代表往返交通及住宿费用自理，组委会可协助预订协议酒店。", heading="四、参会费用：", hfont=HT, hbold=False)
    body("请于6月5日（星期五）前登录论坛官方网站（www.silkroadport-forum.cn）在线报名，或将参会人员姓名、职务、联系方式及拟参加的分论坛发送至组委会邮箱。每家单位限报2人。", heading="五、报名方式：", hfont=HT, hbold=False)
    body("论坛组委会秘书处黄思远，电话：0592-5396688，手机：18650001234，电子邮箱：srpforum2026@163.com。", heading="六、联系方式：", hfont=HT, hbold=False)
    body("期待您的莅临！")
    para(doc, "此致")
    para(doc, "敬礼！", indent=False)
    empty(doc, 2)
    para(doc, SP * 15 + "厦门市商务局", WD_ALIGN_PARAGRAPH.LEFT, False)
    para(doc, SP * 15 + "2026年5月12日", WD_ALIGN_PARAGRAPH.LEFT, False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": forum + "邀请函",
        "doc_number": None,
        "issuer": ["厦门市商务局"],
        "date": "2026-05-12",
        "published": None,
        "level": "municipal",
        "region": "厦门市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "邀请函",
        "recipients": ["泉州市工商业联合会（总商会）"],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


# ================================================================ doc 3: Xiamen zone notice with Word numbering
CN = "一二三四五六七八九十"


def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    abs_id, num_id = 418, 418
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "multilevel"); a.append(mlt)
    for ilvl, (txt, font) in enumerate([("%1、", HT), ("（%2）", KT)]):
        lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), str(ilvl))
        st = OxmlElement("w:start"); st.set(qn("w:val"), "1"); lvl.append(st)
        nf = OxmlElement("w:numFmt"); nf.set(qn("w:val"), "chineseCounting"); lvl.append(nf)
        if ilvl == 1:
            rs = OxmlElement("w:lvlRestart"); rs.set(qn("w:val"), "1"); lvl.append(rs)
        lt = OxmlElement("w:lvlText"); lt.set(qn("w:val"), txt); lvl.append(lt)
        sf = OxmlElement("w:suff"); sf.set(qn("w:val"), "nothing"); lvl.append(sf)
        jc = OxmlElement("w:lvlJc"); jc.set(qn("w:val"), "left"); lvl.append(jc)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind"); ind.set(qn("w:left"), "0"); ind.set(qn("w:firstLine"), "640")
        ppr.append(ind); lvl.append(ppr)
        rpr = OxmlElement("w:rPr")
        rf = OxmlElement("w:rFonts")
        for att in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:hint"):
            rf.set(qn(att), font if att != "w:hint" else "eastAsia")
        rpr.append(rf)
        sz = OxmlElement("w:sz"); sz.set(qn("w:val"), "32"); rpr.append(sz)
        lvl.append(rpr)
        a.append(lvl)
    # abstractNum must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    n = OxmlElement("w:num"); n.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), str(abs_id)); n.append(an)
    numbering.append(n)
    return num_id


def set_num(p, num_id, ilvl):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), str(ilvl)); numpr.append(il)
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(num_id)); numpr.append(ni)
    ppr.insert(0, numpr)
    p.paragraph_format.first_line_indent = Pt(32)


def make_xiamen_tongzhi():
    stem = "blind418_xiamen_tongzhi"
    doc = Document()
    setup_page(doc)
    page_number_footer(doc)
    num_id = add_numbering(doc)
    clauses = []
    organ = "中国（福建）自由贸易试验区厦门片区管理委员会"

    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 40)
    r = p.add_run("中国（福建）自由贸易试验区"); set_font(r, XBS, 28, color=RED)
    r.add_break()
    r = p.add_run("厦门片区管理委员会"); set_font(r, XBS, 28, color=RED)
    empty(doc, 1)
    para(doc, "厦自贸委〔2026〕21号", WD_ALIGN_PARAGRAPH.CENTER, False)
    red_rule(doc)
    empty(doc, 1)
    title = "关于召开厦门片区2026年跨境电商和中欧班列高质量发展工作座谈会的通知"
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    r = p.add_run("关于召开厦门片区2026年跨境电商和"); set_font(r, XBS, 22)
    r.add_break()
    r = p.add_run("中欧班列高质量发展工作座谈会的通知"); set_font(r, XBS, 22)
    empty(doc, 1)
    para(doc, "管委会各处室，各直属单位，各有关企业：", indent=False)

    counters = [0, 0]

    def numbered(ilvl, text, heading=None, hfont=FS, own_line=False):
        counters[ilvl] += 1
        if ilvl == 0:
            counters[1] = 0
            label = CN[counters[0] - 1] + "、"
        else:
            label = "（" + CN[counters[1] - 1] + "）"
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, True, 28)
        set_num(p, num_id, ilvl)
        if heading:
            r = p.add_run(heading); set_font(r, hfont, 16)
        if text:
            r = p.add_run(text); set_font(r, FS, 16)
        if not own_line:
            clauses.append(label + (heading or "") + text)
        return p

    def body(text):
        para(doc, text)
        clauses.append(text)

    body("为贯彻落实《中国（福建）自由贸易试验区厦门片区跨境电商高质量发展三年行动方案（2025—2027年）》，推动跨境电商与中欧（厦门）班列融合发展，协调解决企业在通关、物流、结算等方面的困难问题，片区管委会定于5月下旬召开2026年跨境电商和中欧班列高质量发展工作座谈会。现将有关事项通知如下：")
    numbered(0, "2026年5月21日（星期四）14:30，会期半天。", heading="会议时间：", hfont=HT)
    numbered(0, "厦门国际航运中心D栋8楼第一会议室（厦门市湖里区东港北路31号）。", heading="会议地点：", hfont=HT)
    numbered(0, "", heading="参会人员", hfont=HT, own_line=True)
    numbered(1, "片区管委会分管领导，经济发展处、贸易发展处、口岸协调处主要负责同志；")
    numbered(1, "厦门海关所属东渡海关、海沧海关，厦门市商务局，厦门港口管理局有关处室负责同志；")
    numbered(1, "中欧（厦门）班列运营平台公司、厦门象屿综合保税区和厦门海沧港综合保税区内跨境电商企业、海外仓企业代表约20家（名单由贸易发展处另行通知）。")
    numbered(0, "", heading="会议内容", hfont=HT, own_line=True)
    numbered(1, "通报2025年片区跨境电商进出口和中欧（厦门）班列开行情况；")
    numbered(1, "解读《厦门片区促进跨境电商和中欧班列融合发展若干措施》；")
    numbered(1, "企业代表交流发言，反映通关、运力、海外仓建设等方面困难问题并提出意见建议；")
    numbered(1, "有关部门现场答疑。")
    body("具体日程安排见附件1。")
    numbered(0, "", heading="有关事项", hfont=HT, own_line=True)
    body("1．请各单位于5月15日（星期五）前将参会回执（附件2）加盖公章后扫描发送至xmftzmyc@163.com，原件会上提交。")
    body("2．请发言企业围绕跨境电商“班列+海外仓”模式、运贸一体化、退货回流等主题准备发言提纲，每家发言时间不超过5分钟。")
    body("3．会议不安排食宿。厦门国际航运中心停车位有限，请参会人员尽量乘坐公共交通。")
    body("4．请参会人员于14:20前到达会场签到。")

    empty(doc, 1)
    att1 = "厦门片区2026年跨境电商和中欧班列高质量发展工作座谈会日程安排"
    att2 = "参会回执"
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, True, 28)
    r = p.add_run("附件：1．" + att1); set_font(r, FS, 16)
    r.add_break()
    r = p.add_run(SP * 3 + "2．" + att2); set_font(r, FS, 16)
    empty(doc, 3)
    para(doc, SP * 4 + organ, WD_ALIGN_PARAGRAPH.LEFT, False)
    para(doc, SP * 15 + "2026年5月8日", WD_ALIGN_PARAGRAPH.LEFT, False)
    para(doc, "（联系人：贸易发展处吴晓燕，电话：0592-6882345）", indent=True)

    # ---------------- 附件1
    page_break(doc)
    para(doc, [("附件1", HT, False)], WD_ALIGN_PARAGRAPH.LEFT, False)
    empty(doc, 1)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    r = p.add_run("厦门片区2026年跨境电商和中欧班列"); set_font(r, XBS, 22)
    r.add_break()
    r = p.add_run("高质量发展工作座谈会日程安排"); set_font(r, XBS, 22)
    empty(doc, 1)
    header = ["日期", "时间", "内容", "主持人", "地点"]
    date = "5月21日（星期四）"
    host = "片区管委会副主任陈志明"
    place = "D栋8楼第一会议室"
    contents = [
        ("14:00—14:30", "参会人员签到"),
        ("14:30—14:40", "介绍参会人员及会议议程"),
        ("14:40—15:00", "片区贸易发展处通报2025年片区跨境电商进出口和中欧（厦门）班列开行情况"),
        ("15:00—15:20", "片区经济发展处解读《厦门片区促进跨境电商和中欧班列融合发展若干措施》"),
        ("15:20—16:20", "企业代表交流发言（每家不超过5分钟）"),
        ("16:20—16:50", "厦门海关所属东渡海关、海沧海关，厦门市商务局，厦门港口管理局现场答疑"),
        ("16:50—17:10", "片区管委会领导讲话"),
    ]
    rows = [[date, tm, ct, host, place] for tm, ct in contents]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.rows[0].cells[j], h, HT, 12)
    repeat_header(t.rows[0])
    n = len(rows)
    for col, val in ((0, date), (3, host), (4, place)):
        m = t.cell(1, col).merge(t.cell(n, col))
        cell_text(m, val, FS, 12)
    for i, rw in enumerate(rows, start=1):
        cell_text(t.cell(i, 1), rw[1], FS, 12)
        cell_text(t.cell(i, 2), rw[2], FS, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
    set_col_widths(t, [2.4, 2.6, 6.4, 2.2, 2.0])
    clauses += table_clauses(header, rows)

    # ---------------- 附件2: vertical form, all blank
    page_break(doc)
    para(doc, [("附件2", HT, False)], WD_ALIGN_PARAGRAPH.LEFT, False)
    empty(doc, 1)
    para(doc, [("参会回执", XBS, False, 22)], WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    empty(doc, 1)
    t = doc.add_table(rows=7, cols=4)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), "单位名称（盖章）", FS, 14)
    m = t.cell(0, 1).merge(t.cell(0, 3)); cell_text(m, "", FS, 14)
    for j, h in enumerate(["参会人员姓名", "职务", "手机号码", "是否发言"]):
        cell_text(t.cell(1, j), h, FS, 14)
    for i in range(2, 5):
        for j in range(4):
            cell_text(t.cell(i, j), "", FS, 14)
    cell_text(t.cell(5, 0), "联系人", FS, 14); cell_text(t.cell(5, 1), "", FS, 14)
    cell_text(t.cell(5, 2), "联系电话", FS, 14); cell_text(t.cell(5, 3), "", FS, 14)
    cell_text(t.cell(6, 0), "意见建议（可另附页）", FS, 14)
    m = t.cell(6, 1).merge(t.cell(6, 3)); cell_text(m, "", FS, 14)
    for i in range(7):
        row_height(t.rows[i], 1.3)
    row_height(t.rows[6], 3.0)
    set_col_widths(t, [3.9, 3.9, 3.9, 3.9])
    empty(doc, 1, 20)
    note = "注：请于5月15日（星期五）前将回执加盖公章后扫描发送至xmftzmyc@163.com。"
    para(doc, [(note, FS, False, 14)], WD_ALIGN_PARAGRAPH.LEFT, False, 24)
    clauses.append(note)

    banji(doc, "抄送：厦门市商务局，厦门海关，厦门港口管理局。", organ + "综合处", "2026年5月8日")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": title,
        "doc_number": "厦自贸委〔2026〕21号",
        "issuer": [organ],
        "date": "2026-05-08",
        "published": None,
        "level": "zone",
        "region": "中国（福建）自由贸易试验区厦门片区",
        "effective": None,
        "expires": None,
        "attachments": [att1, att2],
        "doc_type": "通知",
        "recipients": ["管委会各处室", "各直属单位", "各有关企业"],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for fn in (make_fuzhou, make_yaoqinghan, make_xiamen_tongzhi):
        stem, path, docs = fn()
        soffice(path)
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
