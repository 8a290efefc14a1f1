# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1048: 通报表扬 (四川省自贸办) + 情况通报 (河南省商务厅), Word + PDF + expected.json."""
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
FW = "\u3000"  # full-width space

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
    """runs: list of (text, fontname, size, bold[, color]) or plain str.
    A text of "\\n" inserts a manual line break (Shift+Enter)."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        if text == "\n":
            br = p.add_run()
            font(br, name, size, bold)
            br.add_break(WD_BREAK.LINE)
            continue
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def setup(doc, footer_style="dash"):
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
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    left, right = ("— ", " —") if footer_style == "dash" else ("- ", " -")
    font(fp.add_run(left), SONG, 14)
    for kind, payload in (("begin", None), ("instr", " PAGE "), ("separate", None),
                          ("text", "1"), ("end", None)):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>'
                                  % (nsdecls("w"), payload)))
        elif kind == "text":
            r.text = payload
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(right), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=20):
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


def no_borders(table):
    tblpr = table._tbl.tblPr
    old = tblpr.find(qn("w:tblBorders"))
    if old is not None:
        tblpr.remove(old)
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def banji(doc, cc, printer, date_txt, gap=2, spacer=7):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), (FW * spacer, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1048", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_next_abs = [700]


def make_numbering(doc, lvl_text, fmt_val="decimal"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text, FS, FS, FS))
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


# =================================================================== DOC A
def doc_sichuan():
    stem = "blind1048_sichuan_biaoyang"
    doc = Document()
    setup(doc, "dash")
    clauses = []

    # 红头
    p = add_par(doc, [("四川省自由贸易试验区工作办公室文件", XBS, 28, False, RED)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=48, before=6)
    # clerk squeezed the organ name with character scaling (字符缩放 80%)
    p.runs[0]._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="80"/>' % nsdecls("w")))
    empty(doc, 1)
    p = add_par(doc, "川自贸办〔2026〕5号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: three paragraphs, broken inside "2025年度"
    for t in ("四川省自由贸易试验区工作办公室关于", "表扬2025年度自贸试验区建设先进集体和", "先进个人的通报"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "中国（四川）自由贸易试验区各片区管委会，各协同改革先行区所在市（州）人民政府，"
                 "省自贸试验区工作领导小组各成员单位：", indent=False)

    def body(parts):
        """parts: list of str; consecutive strings separated by a manual line break."""
        runs = []
        for i, t in enumerate(parts):
            if i:
                runs.append(("\n", FS, 16, False))
            runs.append((t, FS, 16, False))
        add_par(doc, runs)
        clauses.append("".join(parts))

    body(["2025年，全省各片区、各有关部门（单位）深入贯彻党中央、国务院关于实施自由贸易试验区提升战略的决策部署，"
          "认真落实省委、省政府工作要求，以制度创新为核心，主动对接高标准国际经贸规则，扎实推进中国（四川）"
          "自由贸易试验区建设。全年新形成制度创新成果62项，其中5项在全国复制推广、17项在全省推广；",
          "自贸试验区实现外贸进出口3168.4亿元，同比增长9.7%,占全省的30.2%；实际使用外资18.6亿美元；"
          "新设企业4.3万户。中欧班列（成渝）、西部陆海新通道班列开行量分别达到2963列和3814列，"
          "服务共建“一带一路”的门户枢纽功能持续增强。"])
    body(["在推进自贸试验区建设中，涌现出一批敢闯敢试、勇于担当、成效突出的先进集体和先进个人。"
          "为表扬先进、激励担当，经各片区和省自贸试验区工作领导小组成员单位推荐、省自贸办审核，"
          "并在四川省商务厅门户网站公示5个工作日无异议,决定对四川天府新区成都管委会自贸试验区工作局等17个集体"
          "和王建军等20名同志予以通报表扬。"])
    body(["希望受到表扬的集体和个人珍惜荣誉、戒骄戒躁，再接再厉、再创佳绩。各片区、各有关部门（单位）"
          "要以受表扬的先进集体和先进个人为榜样，聚焦投资贸易便利化、要素跨境流动、产业开放发展、"
          "“一带一路”国际合作等重点领域，大胆试、大胆闯、自主改，加快打造内陆开放型经济高地，"
          "为奋力谱写中国式现代化四川新篇章作出新的更大贡献。"])
    empty(doc, 1)
    # 附件 line with hanging indent
    p = add_par(doc, "附件：2025年度全省自贸试验区建设先进集体和先进个人名单", indent=False)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 1)
    # 落款 typed with spaces
    add_par(doc, " " * 26 + "四川省自由贸易试验区工作办公室", indent=False)
    add_par(doc, " " * 40 + "2026年2月13日", indent=False)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）", indent=True)

    # ------------------------------------------------ 附件
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    att_title = "2025年度全省自贸试验区建设先进集体和先进个人名单"
    add_par(doc, [("2025年度全省自贸试验区建设", XBS, 22, False), ("\n", XBS, 22, False),
                  ("先进集体和先进个人名单", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, [("一、先进集体（17个）", HT, 16, False)])

    units = [
        "四川天府新区成都管委会自贸试验区工作局",
        "成都高新区自贸试验区建设办公室",
        "成都国际铁路港经济技术开发区管委会口岸物流局",
        "泸州市自贸试验区工作局",
        "成都海关综合业务处",
        "泸州海关",
        "四川省市场监督管理局登记注册局",
        "国家税务总局四川省税务局货物和劳务税处",
        "中国人民银行四川省分行跨境人民币业务处",
        "国家外汇管理局四川省分局经常项目管理处",
        "四川省司法厅立法一处",
        "中国铁路成都局集团有限公司货运部",
        "成都国际陆港运营有限公司",
        "德阳市商务局",
        "宜宾临港经济技术开发区管委会",
        "成都天府国际机场海关",
        "泸州港保税物流中心（B型）运营管理有限公司",
    ]
    assert len(units) == 17
    ncol = 3
    rows = [units[i:i + ncol] for i in range(0, len(units), ncol)]
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    for ri, r in enumerate(rows):
        for ci in range(ncol):
            txt = r[ci] if ci < len(r) else ""
            set_cell(t.rows[ri].cells[ci], txt, FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT, line=22)
        # grid row without header: cells joined with "；"
        clauses.append("；".join(r))
    col_widths(t, [5.2, 5.2, 5.2])

    empty(doc, 1)
    add_par(doc, [("二、先进个人（20名）", HT, 16, False)])
    people = [
        ("王建军", "四川天府新区成都管委会"), ("李　娟", "成都海关"),
        ("张志强", "成都国际铁路港经开区管委会"), ("刘　洋", "泸州市自贸试验区工作局"),
        ("陈晓燕", "四川省商务厅"), ("杨　帆", "成都高新区管委会"),
        ("赵国栋", "国家税务总局四川省税务局"), ("黄丽萍", "泸州海关"),
        ("周　斌", "中国人民银行四川省分行"), ("吴海涛", "四川省市场监督管理局"),
        ("徐静怡", "成都天府国际机场海关"), ("孙　伟", "宜宾临港经开区管委会"),
        ("马俊杰", "国家外汇管理局四川省分局"), ("朱　敏", "四川省司法厅"),
        ("郭晓东", "成都国际陆港运营有限公司"), ("何雪梅", "德阳市商务局"),
        ("林　峰", "四川省发展和改革委员会"), ("董　磊", "中国（四川）国际贸易单一窗口运营中心"),
        ("韩　冰", "四川省经济和信息化厅"), ("邓建华", "南充市商务局"),
    ]
    assert len(people) == 20
    for i in range(0, len(people), 2):
        line = (FW * 2).join("%s（%s）" % pr for pr in people[i:i + 2])
        add_par(doc, [(line, FS, 14, False)], indent=False, first=Pt(0), line=26)
        clauses.append(line)

    banji(doc, "抄送：省委办公厅，省人大常委会办公厅，省政府办公厅，省政协办公厅，商务部自贸区港司。",
          "四川省自由贸易试验区工作办公室", "2026年2月13日印发", gap=1, spacer=2)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "四川省自由贸易试验区工作办公室关于表扬2025年度自贸试验区建设先进集体和先进个人的通报",
            "doc_number": "川自贸办〔2026〕5号",
            "issuer": ["四川省自由贸易试验区工作办公室"],
            "date": "2026-02-13",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": [att_title],
            "doc_type": "通报",
            "recipients": ["中国（四川）自由贸易试验区各片区管委会",
                           "各协同改革先行区所在市（州）人民政府",
                           "省自贸试验区工作领导小组各成员单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_henan():
    stem = "blind1048_henan_qingkuang"
    doc = Document()
    setup(doc, "dash")
    clauses = []

    add_par(doc, [("加急", HT, 16, False)], indent=False)
    add_par(doc, [("河南省商务厅", XBS, 44, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=6)
    p = add_par(doc, "豫商自贸〔2026〕9号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title in one paragraph with manual line breaks at odd places
    add_par(doc, [("河南省商务厅关于2025年度自贸试验区", XBS, 22, False), ("\n", XBS, 22, False),
                  ("改革试点任务落实情况专项督查发现问题的", XBS, 22, False), ("\n", XBS, 22, False),
                  ("情况通报", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "中国（河南）自由贸易试验区各片区管委会，省自贸试验区工作领导小组有关成员单位：", indent=False)

    def body(t):
        add_par(doc, t)
        clauses.append(t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])
        clauses.append(h + t)

    def caption(t, unit=None):
        add_par(doc, [(t, HT, 14, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=6)
        if unit:
            add_par(doc, [(unit, FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=20)

    body("为推动自贸试验区提升战略各项任务落地见效，2026年1月至2月，省商务厅（省自贸办）会同省发展改革委、"
         "省司法厅、郑州海关等单位，组成3个督查组，采取查阅资料、座谈交流、实地察看、走访企业等方式，"
         "对中国（河南）自由贸易试验区郑州、开封、洛阳片区2025年度改革试点任务落实情况开展了专项督查。"
         "现将有关情况通报如下：")
    head("一、总体情况")
    body("从督查情况看，各片区能够认真落实省委、省政府决策部署，改革试点任务总体推进有序。截至2025年12月底，"
         "省下达的218项年度改革试点任务中，已完成176项，完成率80.7%；推进中35项；尚未启动7项。"
         "各片区任务完成情况见表1。")

    caption("表1　各片区2025年度改革试点任务完成情况", "单位：项")
    hdr = ["片区", "任务总数", "已完成", "推进中", "未启动", "完成率（%）"]
    data = [["郑州片区", "96", "81", "13", "2", "84.4"],
            ["开封片区", "62", "49", "10", "3", "79.0"],
            ["洛阳片区", "60", "46", "12", "2", "76.7"],
            ["合计", "218", "176", "35", "7", "80.7"]]
    t = doc.add_table(rows=1 + len(data), cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(data, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    col_widths(t, [3.0, 2.4, 2.4, 2.4, 2.4, 3.0])

    head("二、存在的主要问题")
    runin("（一）部分改革试点任务推进滞后。",
          "7项任务至督查时仍未启动，其中涉及跨境数据流动、国际航空货运中转集拼等领域的任务，"
          "片区与国家有关部委对接不够，停留在“等政策、等授权”阶段；部分任务虽已启动，但只有方案没有案例，"
          "实质性进展不大。")
    runin("（二）制度创新成果质量不高。",
          "各片区2025年报送的创新案例中，相当一部分属于一般性工作举措或流程优化，首创性、系统集成性不足；"
          "个别案例与其他自贸试验区已复制推广的经验雷同，存在“换个名称再报一次”的现象。")
    runin("（三）政策落实“最后一公里”不畅。",
          "督查组走访的42家企业中，有11家反映对已出台的自贸试验区支持政策不了解或申报渠道不清楚；"
          "个别片区扶持资金兑现周期超过6个月，企业获得感不强。")
    runin("（四）工作机制不够健全。",
          "个别片区管委会与所在市有关部门职责边界不清，赋权事项“放而不接”“接而不用”，"
          "部分省级下放的管理权限全年办件量为零。")
    body("督查发现的具体问题见表2。")

    caption("表2　2025年度自贸试验区专项督查发现问题清单")
    # two header rows: 整改要求 spans 责任单位 / 完成时限
    top = ["序号", "片区", "问题类别", "问题描述", "整改要求", ""]
    sub = ["责任单位", "完成时限"]
    probs = [
        ["1", "郑州片区", "任务推进", "跨境数据流动安全管理试点任务尚未启动，未与国家有关部委建立对接机制。",
         "郑州片区管委会", "2026年6月30日前"],
        ["2", "郑州片区", "政策落实", "2025年度跨境电商扶持资金兑现周期平均达7个月，企业反映较为强烈。",
         "郑州片区管委会、郑州市财政局", "2026年4月30日前"],
        ["3", "郑州片区", "赋权承接", "省级下放的外商投资企业设立备案等3项权限全年办件量为零。",
         "郑州片区管委会", "2026年5月31日前"],
        ["4", "开封片区", "制度创新", "报送的6项创新案例中有3项与其他自贸试验区已复制推广经验雷同。",
         "开封片区管委会", "2026年6月30日前"],
        ["5", "开封片区", "任务推进", "国际文化艺术品保税展示交易平台建设进度滞后，项目用地尚未落实。",
         "开封片区管委会、开封市自然资源和规划局", "2026年9月30日前"],
        ["6", "开封片区", "政策宣传", "受访的14家企业中有5家不了解片区支持政策及申报渠道。",
         "开封片区管委会", "2026年4月30日前"],
        ["7", "洛阳片区", "任务推进", "国际航空货运中转集拼业务试点未启动，与口岸查验部门会商不足。",
         "洛阳片区管委会、洛阳海关", "2026年6月30日前"],
        ["8", "洛阳片区", "工作机制", "片区管委会与洛阳市有关部门职责边界不清，部分事项存在重复审批。",
         "洛阳市人民政府、洛阳片区管委会", "2026年5月31日前"],
        ["9", "洛阳片区", "数据报送", "2025年第三、四季度统计数据报送不及时，部分指标口径与全省统一要求不一致。",
         "洛阳片区管委会", "2026年3月31日前"],
    ]
    t = doc.add_table(rows=2 + len(probs), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci in range(4):
        set_cell(t.rows[0].cells[ci], top[ci], HT, 10.5)
    set_cell(t.rows[0].cells[4], "整改要求", HT, 10.5)
    set_cell(t.rows[1].cells[4], sub[0], HT, 10.5)
    set_cell(t.rows[1].cells[5], sub[1], HT, 10.5)
    for ri, row in enumerate(probs, 2):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in (3, 4) else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=al, line=16)
    col_widths(t, [0.9, 1.9, 1.9, 5.7, 3.0, 2.2])
    # merges (header)
    for ci in range(4):
        a = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(a, top[ci], HT, 10.5)
    a = t.cell(0, 4).merge(t.cell(0, 5))
    set_cell(a, "整改要求", HT, 10.5)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    # merge 片区 column vertically (rows 2-4, 5-7, 8-10)
    for start, name in ((2, "郑州片区"), (5, "开封片区"), (8, "洛阳片区")):
        a = t.cell(start, 1).merge(t.cell(start + 2, 1))
        set_cell(a, name, FS, 10.5, line=16)
    hdrs = ["序号", "片区", "问题类别", "问题描述", "整改要求／责任单位", "整改要求／完成时限"]
    for row in probs:
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdrs, row)))

    note = "注：1.完成时限均以2026年为准；2.责任单位为两个及以上的，排在第一位的为牵头单位。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    head("三、整改要求")
    nid = make_numbering(doc, "%1.", "decimal")
    items = [
        "高度重视，抓好整改。各片区管委会要对照问题清单，逐项制定整改方案，明确整改措施、责任人和完成时限，"
        "做到整改一项、销号一项，确保问题按期整改到位。",
        "举一反三，建章立制。各片区要以此次督查为契机，全面排查改革试点任务推进中的共性问题，"
        "健全任务台账管理、创新成果评估和政策兑现跟踪等工作机制，防止同类问题反复出现。",
        "加强督导，跟踪问效。省商务厅（省自贸办）将把问题整改情况纳入2026年度自贸试验区建设评估，"
        "适时组织“回头看”，对整改不力、问题突出的片区予以约谈。",
    ]
    for i, it in enumerate(items, 1):
        p = add_par(doc, it, indent=False)
        apply_num(p, nid)
        clauses.append("%d.%s" % (i, it))
    body("请各片区管委会于2026年4月15日前将整改方案、2026年7月31日前将整改落实情况书面报送省商务厅（省自贸办），"
         "电子版同时发送至hnzmb_dc@163.com。")
    body("联系人：省商务厅自由贸易试验区建设处　赵　明　电话：0371-63576215")
    empty(doc, 1)
    p = add_par(doc, "河南省商务厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "二〇二六年三月二十日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(32)
    banji(doc, "抄送：省人民政府办公厅，省发展改革委、省司法厅、省财政厅，郑州海关。",
          "河南省商务厅办公室", "2026年3月20日印发", gap=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "河南省商务厅关于2025年度自贸试验区改革试点任务落实情况专项督查发现问题的情况通报",
            "doc_number": "豫商自贸〔2026〕9号",
            "issuer": ["河南省商务厅"],
            "date": "2026-03-20",
            "published": None,
            "level": "provincial",
            "region": "河南省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通报",
            "recipients": ["中国（河南）自由贸易试验区各片区管委会",
                           "省自贸试验区工作领导小组有关成员单位"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_sichuan(), doc_henan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
