# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 913: 外事活动审批表与出访团组请示 — Word + PDF + expected.json."""
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
IND = "\u3000\u3000"
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


def squeeze(p, pct):
    for r in p.runs:
        rpr = r._element.get_or_add_rPr()
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), pct)))


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
    """Ctrl+Enter typed at the end of the last paragraph."""
    last = doc.paragraphs[-1]
    last.add_run().add_break(WD_BREAK.PAGE)


def setup(doc, footer_align=C):
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
    fp = s.footer.paragraphs[0]
    fp.alignment = footer_align
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


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=20):
    """text may be a list -> several paragraphs inside the cell."""
    cell.text = ""
    paras = text if isinstance(text, list) else [text]
    for i, t in enumerate(paras):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if isinstance(t, tuple):
            t, a = t
        else:
            a = align
        font(p.add_run(t), name, size, bold)
        p.alignment = a
        p.paragraph_format.line_spacing = Pt(line)
        p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def header_repeat(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    for i, w in enumerate(widths_cm):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def vertical_text(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:textDirection %s w:val="tbRlV"/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


def banji(doc, cc, printer, date_txt, size=14, gap=1):
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, size, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, size, False), ("\t", FS, size, False),
                       (date_txt, FS, size, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_913", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


expected = {}


# =================================================================== DOC A
def doc_ningbo():
    """上行文 请示：宁波市商务局组派经贸代表团赴中东欧三国."""
    stem = "blind913_ningbo_qingshi"
    doc = Document()
    setup(doc)
    clauses = []

    # 份号 + 紧急程度, top left, 黑体
    add_par(doc, [("000012", HT, 16, False)], indent=False, line=26)
    add_par(doc, [("特急", HT, 16, False)], indent=False, line=26)
    add_par(doc, [("宁波市商务局", XBS, 44, False, RED)], align=C, indent=False, line=64, before=12)
    # 文号 left, 签发人 right: typed half-width spaces
    p = add_par(doc, [("甬商务〔2026〕27号", FS, 16, False), (" " * 24, FS, 16, False),
                      ("签发人：", FS, 16, False), ("张建明", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    # title typed as three separate paragraphs, wrapped at odd places
    for line in ("宁波市商务局关于组派宁波市经贸代表团赴",
                 "匈牙利、塞尔维亚、希腊开展“一带一路”",
                 "经贸合作交流活动的请示"):
        add_par(doc, [(line, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "宁波市人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=KT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("为加快推进中国—中东欧国家经贸合作示范区建设，根据《宁波市2026年度因公出国（境）计划》（第14项），我局拟组派宁波市经贸代表团于2026年5月17日至26日赴匈牙利、塞尔维亚、希腊开展经贸合作交流活动。现将有关情况请示如下：")
    head("一、出访任务和必要性")
    runin("（一）落实中国—中东欧国家合作部署。", "2025年，我市与中东欧国家进出口额达到486.3亿元，同比增长11.7%。此次出访将拜会三国政府经贸主管部门，推动签署地方经贸合作备忘录，并为2026年中国—中东欧国家博览会招展招商。")
    runin("（二）拓展“一带一路”沿线市场。", "中国—塞尔维亚自由贸易协定已于2024年7月1日生效。团组将在贝尔格莱德举办自贸协定政策宣介会，帮助我市企业用好协定红利。")
    runin("（三）服务重点企业“走出去”。", "走访宁波在匈、塞投资企业，协调解决用工、认证、物流等方面困难；赴希腊比雷埃夫斯港考察，推介宁波舟山港“海铁联运+中欧陆海快线”通道。")
    head("二、团组组成")
    body("团组共5人，由市商务局党组成员、副局长王立新任团长。名单如下：")

    # personnel table with two-level merged header
    hdr_flat = ["序号", "出访人员基本情况／姓名", "出访人员基本情况／性别",
                "出访人员基本情况／工作单位及职务", "团内身份", "护照类型"]
    people = [
        ["1", "王立新", "男", "宁波市商务局党组成员、副局长", "团长", "因公普通护照"],
        ["2", "陈晓燕", "女", "宁波市商务局对外投资和经济合作处处长", "团员", "因公普通护照"],
        ["3", "徐志刚", "男", "中国—中东欧国家经贸合作示范区（宁波）建设推进中心副主任", "团员", "因公普通护照"],
        ["4", "林海涛", "男", "宁波甬欧国际供应链有限公司总经理", "团员", "普通护照"],
        ["5", "郑雅琴", "女", "宁波海曙星联汽车部件有限公司副总经理", "团员", "普通护照"],
    ]
    t = doc.add_table(rows=2 + len(people), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "序号", HT, 12)
    b = t.cell(0, 1).merge(t.cell(0, 3))
    set_cell(b, "出访人员基本情况", HT, 12)
    c = t.cell(0, 4).merge(t.cell(1, 4))
    set_cell(c, "团内身份", HT, 12)
    d = t.cell(0, 5).merge(t.cell(1, 5))
    set_cell(d, "护照类型", HT, 12)
    for i, h in enumerate(["姓名", "性别", "工作单位及职务"], 1):
        set_cell(t.cell(1, i), h, HT, 12)
    for ri, row in enumerate(people, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 10.5, align=L if ci == 3 else C, line=16)
        clauses.append(row_clause(hdr_flat, row))
    header_repeat(t.rows[0])
    header_repeat(t.rows[1])
    col_widths(t, [1.1, 1.7, 1.1, 7.3, 1.7, 2.7])
    body("注：企业人员出访费用由所在企业自理，不列入本次出访经费预算。")
    runin("三、行程安排。", "团组拟于2026年5月17日从上海浦东国际机场出境，5月26日返回，在外停留10天（含离、抵境当日），具体日程见附件1。", HT, False)
    runin("四、经费预算。", "政府部门及事业单位人员3人的出访费用在市商务局2026年因公出国（境）经费预算中列支，预算总额17.0万元。", HT, False)
    add_par(doc, [("出访经费预算表", HT, 14, False), ("（单位：万元）", KT, 12, False)],
            align=C, indent=False, line=26)
    hdr = ["费用项目", "金额", "测算依据"]
    fees = [
        ["国际旅费", "7.8", "3人，经济舱往返及三国间段机票"],
        ["住宿费", "4.1", "3人×9晚，按各国住宿费标准上限测算"],
        ["伙食费及公杂费", "1.6", "3人×10天，按各国伙食费、公杂费标准测算"],
        ["其他费用", "3.5", "翻译、场地租赁、宣传资料印制等"],
        ["合计", "17.0", "—"],
    ]
    t = doc.add_table(rows=1 + len(fees), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 12)
    for ri, row in enumerate(fees, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 10.5, align=L if ci == 2 else C, line=16)
        clauses.append(row_clause(hdr, row))
    col_widths(t, [3.6, 2.0, 10.0])
    head("五、有关要求")
    body("1.严格执行外事纪律。团组将严格按照批准的国家、日程和人员出访，不安排与公务无关的参观游览活动。")
    body("2.按时报送出访报告。团组回国后1个月内，向市人民政府外事办公室报送出访报告，并在本单位内部公示出访任务、人员、日程和经费使用情况。")
    add_par(doc, "以上请示妥否，请批示。")
    add_par(doc, "附件：1．宁波市经贸代表团出访日程安排")
    add_par(doc, "\u3000\u3000\u30002．邀请函及中文译文")
    empty(doc, 1)
    p = add_par(doc, " " * 40 + "宁波市商务局", indent=False)
    p.paragraph_format.keep_with_next = True
    add_par(doc, " " * 39 + "2026年3月9日", indent=False)
    empty(doc, 1)
    add_par(doc, "（联系人：陈晓燕，联系电话：0574-89185263）")
    banji(doc, "抄送：市人民政府外事办公室，市财政局。", "宁波市商务局办公室", "2026年3月9日印发", gap=0)

    # ---------- 附件1 on its own page
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("宁波市经贸代表团出访日程安排", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=16)
    hdr = ["日期", "行程", "主要活动安排", "住宿地"]
    sched = [
        ["5月17日（星期日）", "宁波—上海—布达佩斯", "经上海浦东国际机场乘机赴匈牙利布达佩斯", "布达佩斯"],
        ["5月18日（星期一）", "匈牙利布达佩斯", "拜会匈牙利外交与对外经济部；出席“宁波—匈牙利经贸合作对接会”", "布达佩斯"],
        ["5月19日（星期二）", "匈牙利布达佩斯", "考察中欧商贸物流合作园区；走访宁波在匈投资企业并召开座谈会", "布达佩斯"],
        ["5月20日（星期三）", "布达佩斯—贝尔格莱德", "乘机赴塞尔维亚贝尔格莱德；拜会中国驻塞尔维亚大使馆经济商务处", "贝尔格莱德"],
        ["5月21日（星期四）", "塞尔维亚贝尔格莱德", "拜会塞尔维亚内外贸易部；举办中塞自贸协定政策宣介会", "贝尔格莱德"],
        ["5月22日（星期五）", "贝尔格莱德—诺维萨德—贝尔格莱德", "考察诺维萨德工业园区及宁波在塞投资企业", "贝尔格莱德"],
        ["5月23日（星期六）", "贝尔格莱德—雅典", "乘机赴希腊雅典；团组内部工作会", "雅典"],
        ["5月24日（星期日）", "希腊比雷埃夫斯", "考察比雷埃夫斯港；与港口物流企业座谈，推介宁波舟山港“海铁联运+中欧陆海快线”通道", "雅典"],
        ["5月25日（星期一）", "希腊雅典", "出席“宁波—希腊经贸合作交流会”；当晚乘机回国", "机上"],
        ["5月26日（星期二）", "上海—宁波", "抵达上海浦东国际机场，返回宁波", "—"],
    ]
    t = doc.add_table(rows=1 + len(sched), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 14, line=22)
    header_repeat(t.rows[0])
    for ri, row in enumerate(sched, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12, align=L if ci == 2 else C, line=20)
        cant_split(t.rows[ri])
        clauses.append(row_clause(hdr, row))
    col_widths(t, [3.0, 3.6, 7.0, 2.0])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "宁波市商务局关于组派宁波市经贸代表团赴匈牙利、塞尔维亚、希腊开展“一带一路”经贸合作交流活动的请示",
            "doc_number": "甬商务〔2026〕27号",
            "issuer": ["宁波市商务局"],
            "date": "2026-03-09",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": None,
            "expires": None,
            "attachments": ["宁波市经贸代表团出访日程安排", "邀请函及中文译文"],
            "doc_type": "请示",
            "recipients": ["宁波市人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_chengdu():
    """下行文 批复 + 附件：外事活动审批表（审批意见栏已填）."""
    stem = "blind913_chengdu_pifu"
    doc = Document()
    setup(doc, footer_align=R)
    clauses = []

    add_par(doc, [("000086", HT, 16, False)], indent=False, line=26)
    p = add_par(doc, [("成都市人民政府外事办公室文件", XBS, 36, False, RED)],
                align=C, indent=False, line=60, before=12)
    squeeze(p, 78)
    empty(doc, 1)
    p = add_par(doc, "成外办复〔2026〕14号", align=C, indent=False)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)
    # title: one paragraph with soft line breaks, wrapped mid-word (招/商)
    p = doc.add_paragraph()
    parts = ["成都市人民政府外事办公室关于同意成都",
             "天府国际空港新城管理委员会组团赴阿联",
             "酋、沙特阿拉伯开展经贸招商活动的批复"]
    for i, s in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(s), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "成都天府国际空港新城管理委员会：", indent=False)

    def body(t):  # typed full-width spaces instead of paragraph indent
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    body("你委《关于组团赴阿联酋、沙特阿拉伯开展经贸招商活动的请示》（空港管委〔2026〕9号）收悉。经研究，现批复如下：")
    body("一、同意你委组派成都天府国际空港新城经贸招商团（团长：周海波，管委会副主任）一行5人，于2026年4月12日至18日赴阿拉伯联合酋长国、沙特阿拉伯王国开展经贸招商活动，在外停留7天（含离、抵境当日）。")
    body("二、团组要紧扣共建“一带一路”和中国（四川）自由贸易试验区建设任务，重点围绕航空物流、临空制造、跨境电商等领域开展项目对接，务求取得实效。出访期间可视情拜会中国驻阿联酋大使馆、驻迪拜总领事馆和驻沙特阿拉伯大使馆经济商务处。")
    body("三、出访经费由你委2026年因公出国（境）经费预算列支，严格按照规定标准安排住宿、用餐和交通。团组要严格执行批准的出访计划，不得擅自增加出访国家和城市、延长在外停留时间，不得安排与公务无关的参观游览活动。")
    body("四、团组回国后1个月内，将出访报告报送我办，并在你委内部公示出访任务、人员、日程、经费等情况，公示时间不少于5个工作日。")
    add_par(doc, IND + "此复。", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "附件：成都市因公临时出国（境）团组外事活动审批表", indent=False)
    empty(doc, 2)
    p = add_par(doc, "成都市人民政府外事办公室", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "二〇二六年三月六日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    banji(doc, "抄送：市财政局，市公安局出入境管理局。",
          "成都市人民政府外事办公室", "2026年3月6日印发")

    # ---------- 附件: the form, on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("成都市因公临时出国（境）团组外事活动审批表", XBS, 18, False)],
            align=C, indent=False, line=30)
    empty(doc, 1, line=12)
    t = doc.add_table(rows=11, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.4, 2.4, 5.2, 2.8, 3.8])

    def label(cell, txt):
        set_cell(cell, txt, HT, 12)

    def val(cell, txt, align=L):
        set_cell(cell, txt, FS, 12, align=align)

    def wide(r, lab, v, align=L):
        label(t.cell(r, 0).merge(t.cell(r, 1)), lab)
        val(t.cell(r, 2).merge(t.cell(r, 4)), v, align)
        clauses.append("%s：%s" % (lab, v))

    def pair(r, l1, v1, l2, v2):
        label(t.cell(r, 0).merge(t.cell(r, 1)), l1)
        val(t.cell(r, 2), v1)
        label(t.cell(r, 3), l2)
        val(t.cell(r, 4), v2, C)
        clauses.append("%s：%s；%s：%s" % (l1, v1, l2, v2))

    wide(0, "团组名称", "成都天府国际空港新城赴阿联酋、沙特阿拉伯经贸招商团")
    pair(1, "组团单位", "成都天府国际空港新城管理委员会", "团长姓名及职务", "周海波（管委会副主任）")
    pair(2, "出访国家（地区）", "阿拉伯联合酋长国、沙特阿拉伯王国", "团组人数", "5人")
    pair(3, "出访时间", "2026年4月12日至4月18日", "在外天数", "7天")
    wide(4, "邀请单位", "迪拜工商会（Dubai Chambers）、沙特阿拉伯投资部")
    wide(5, "出访任务",
         "1.拜会迪拜工商会、迪拜机场自由区管理局，洽谈航空物流和临空产业合作；2.出席在利雅得举办的“成都—沙特经贸合作推介会”，推介天府国际机场航空枢纽和中国（四川）自由贸易试验区政策；3.走访在阿、沙中资企业和有意向投资企业，对接重点招商项目8个。")
    pair(6, "经费来源", "单位2026年因公出国（境）经费预算", "预算金额（万元）", "18.5")
    # 审批意见栏: vertical label merged over three rows, sub-label column, opinion cell
    v = t.cell(7, 0).merge(t.cell(9, 0))
    set_cell(v, "审批意见", HT, 12)
    vertical_text(v)
    ops = [
        ("组团单位意见", ["同意。", ("负责人签字：李卫国", R), ("（单位盖章）", R), ("2026年3月2日", R)]),
        ("外事部门审核意见", ["经审核，该团组出访任务明确，团组规模和在外天数符合规定，已列入年度因公出国（境）计划，建议同意。",
                      ("审核人：陈静", R), ("2026年3月5日", R)]),
        ("审批领导意见", ["同意。", ("刘剑锋", R), ("2026年3月6日", R)]),
    ]
    for i, (lab, paras) in enumerate(ops):
        r = 7 + i
        label(t.cell(r, 1), lab)
        m = t.cell(r, 2).merge(t.cell(r, 4))
        set_cell(m, paras, FS, 12, align=L, line=18)
        clauses.append("审批意见／%s：%s" % (lab, "".join(x if isinstance(x, str) else x[0] for x in paras)))
    wide(10, "备注", "团组人员名单、日程安排及邀请函复印件附后。")
    for i, row in enumerate(t.rows):
        cant_split(row)
        if i not in (5, 7, 8, 9):
            row.height = Cm(0.8)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "成都市人民政府外事办公室关于同意成都天府国际空港新城管理委员会组团赴阿联酋、沙特阿拉伯开展经贸招商活动的批复",
            "doc_number": "成外办复〔2026〕14号",
            "issuer": ["成都市人民政府外事办公室"],
            "date": "2026-03-06",
            "published": None,
            "level": "municipal",
            "region": "成都市",
            "effective": None,
            "expires": None,
            "attachments": ["成都市因公临时出国（境）团组外事活动审批表"],
            "doc_type": "批复",
            "recipients": ["成都天府国际空港新城管理委员会"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_yiwu():
    """县级市 通知 印发 审批管理办法（章、条）."""
    stem = "blind913_yiwu_banfa"
    doc = Document()
    setup(doc)
    clauses = []

    empty(doc, 1)
    p = add_par(doc, [("义乌市人民政府办公室文件", XBS, 40, False, RED)],
                align=C, indent=False, line=62, before=24)
    squeeze(p, 80)
    empty(doc, 2)
    p = add_par(doc, "义政办发〔2026〕8号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    add_par(doc, [("义乌市人民政府办公室关于印发义乌市", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("因公出国（境）团组和外事活动审批管理", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("办法的通知", XBS, 22, False)],
            align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各镇人民政府、街道办事处，市政府各部门、各直属单位：", indent=False)
    t1 = "《义乌市因公出国（境）团组和外事活动审批管理办法》已经市政府同意，现印发给你们，请结合实际认真贯彻执行。"
    clauses.append(t1)
    add_par(doc, t1)
    empty(doc, 2)
    # 落款 in a borderless layout table on the right
    lt = doc.add_table(rows=2, cols=2)
    no_borders(lt)
    col_widths(lt, [8.0, 7.6])
    set_cell(lt.cell(0, 1), "义乌市人民政府办公室", FS, 16, line=28)
    set_cell(lt.cell(1, 1), "2026年1月20日", FS, 16, line=28)
    add_par(doc, "（此件公开发布）")

    # ---------- the 办法 on a new page
    page_break(doc)
    add_par(doc, [("义乌市因公出国（境）团组和外事活动", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("审批管理办法", XBS, 22, False)], align=C, indent=False, line=36)

    def chap(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False)

    def art(no, text, extra=None, breaks=None):
        """extra: list of follow-on paragraphs inside the article (items).
        breaks: list of segments typed in the SAME paragraph with Shift+Enter."""
        p = doc.add_paragraph()
        font(p.add_run(IND), FS, 16)
        font(p.add_run(no), HT, 16)
        font(p.add_run("\u3000" + text), FS, 16)
        if breaks:
            for seg in breaks:
                p.add_run().add_break(WD_BREAK.LINE)
                font(p.add_run(IND + seg), FS, 16)
        fmt(p, indent=False)
        full = no + "\u3000" + text + "".join(breaks or []) + "".join(extra or [])
        for e in extra or []:
            add_par(doc, IND + e, indent=False)
        clauses.append(full)

    chap("第一章　总　则")
    art("第一条", "为规范我市因公出国（境）团组和外事活动管理，服务义乌国际贸易综合改革试验区和中国（浙江）自由贸易试验区金义片区建设，根据国家和省有关规定，制定本办法。")
    art("第二条", "本办法适用于全市各镇人民政府、街道办事处，市级各部门、各直属单位（以下统称各单位）组派的因公出国（境）团组，以及邀请外国（境外）团组和人员来访、举办涉外会议等外事活动。")
    art("第三条", "市人民政府外事办公室（以下简称市外办）负责全市因公出国（境）团组和外事活动的归口管理和审核审批工作。")
    chap("第二章　出访团组审批")
    art("第四条", "各单位应当于每年11月底前，将下一年度因公出国（境）计划报市外办。未列入年度计划的出访团组，原则上不予审批。")
    art("第五条", "出访团组应当有明确的公务目的和实质内容，重点围绕共建“一带一路”、义新欧中欧班列和市场采购贸易等工作开展经贸交流。")
    art("第六条", "组团单位应当在团组出访前30日，向市外办提交以下材料：",
        extra=["（一）组团单位出访请示；", "（二）因公临时出国（境）任务审批表；",
               "（三）邀请函原件及中文译文；", "（四）出访日程安排和经费预算；",
               "（五）团组人员名单及政审材料。"])
    art("第七条", "团组人员应当与出访任务密切相关，严禁安排无关人员随团出访。出访团组人数原则上不超过6人，在外停留天数按下表执行：")
    hdr = ["出访国家数", "在外停留天数上限（含离、抵境当日）", "备注"]
    lim = [
        ["1个国家", "5天", "—"],
        ["2个国家", "8天", "—"],
        ["3个国家", "10天", "不得超过3个国家"],
        ["赴拉美、非洲航班衔接不便的国家", "按上述标准增加1天", "须在请示中说明理由"],
    ]
    t = doc.add_table(rows=1 + len(lim), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 12)
    for ri, row in enumerate(lim, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        clauses.append(row_clause(hdr, row))
    col_widths(t, [5.6, 5.6, 4.4])
    art("第八条", "出访经费应当按照因公临时出国经费管理的有关规定执行，不得超标准安排住宿、用餐和交通。")
    chap("第三章　来访和涉外活动审批")
    art("第九条", "各单位邀请外国（境外）团组和人员来访，应当在来访前15日报市外办审批；邀请部长级以上外宾的，由市外办按规定报省人民政府外事办公室审批。")
    art("第十条", "举办涉外会议、展览和签约活动，主办单位应当提交活动方案，明确以下事项：",
        breaks=["1.活动名称、时间、地点和规模；", "2.境外参加人员的国别、身份和人数；",
                "3.安全保卫、新闻宣传和应急处置预案。"])
    chap("第四章　监督管理")
    art("第十一条", "团组回国后1个月内，组团单位应当向市外办报送出访报告，并在本单位内部公示出访任务、人员、日程和经费使用情况，公示时间不少于5个工作日。")
    art("第十二条", "市外办会同市财政局、市审计局等部门开展监督检查。对违反本办法规定的，依规依纪依法追究责任。")
    chap("第五章　附　则")
    art("第十三条", "市属国有企业因商务需要组派的出访团组，参照本办法执行。")
    art("第十四条", "本办法由市外办负责解释。")
    art("第十五条", "本办法自2026年3月1日起施行，有效期至2031年2月28日。《义乌市因公出国（境）管理暂行办法》（义政办发〔2019〕45号）同时废止。")

    banji(doc, "抄送：市委各部门，市人大常委会、市政协办公室，市人民法院，市人民检察院。",
          "义乌市人民政府办公室", "2026年1月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "义乌市人民政府办公室关于印发义乌市因公出国（境）团组和外事活动审批管理办法的通知",
            "doc_number": "义政办发〔2026〕8号",
            "issuer": ["义乌市人民政府办公室"],
            "date": "2026-01-20",
            "published": None,
            "level": "county",
            "region": "义乌市",
            "effective": "2026-03-01",
            "expires": "2031-02-28",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各镇人民政府", "街道办事处", "市政府各部门", "各直属单位"],
            "publicity": "此件公开发布",
            "repeals": "《义乌市因公出国（境）管理暂行办法》（义政办发〔2019〕45号）",
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_ningbo(), doc_chengdu(), doc_yiwu()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
