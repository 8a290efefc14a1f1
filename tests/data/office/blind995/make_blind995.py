# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 995: 明传电报 (明电) on urgent Belt and Road trade work.

Writes blind995_*.docx, their PDFs (LibreOffice) and expected.json next to
this script.
"""
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
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, **kw):
    """runs: str, or list of (text, font, size, bold[, color]); text "\n" = manual line break."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        if text == "\n":
            br = p.add_run()
            font(br, name, size)
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
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def page_field(fp, size=14):
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r5 = fp.add_run()
    font(r5, SONG, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, left="— ", right=" —", align=C):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.5)
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
    fp.alignment = align
    font(fp.add_run(left), SONG, 14)
    page_field(fp)
    font(fp.add_run(right), SONG, 14)


def cell_text(cell, text, name=FS, size=14, bold=False, align=C, color=None, line=22):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def row_height(row, cm):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="atLeast"/>'
                          % (nsdecls("w"), int(cm * 567))))


def col_widths(table, widths_cm):
    """Set tblGrid + every cell's tcW (LibreOffice reads the grid), fixed layout."""
    tbl = table._tbl
    table.autofit = False
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    tblw = tbl.tblPr.find(qn("w:tblW"))
    tblw.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
    tblw.set(qn("w:type"), "dxa")
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def table_borders(table, color="000000", sz=8, outer=None):
    tblpr = table._tbl.tblPr
    outer = outer or sz
    tblpr.append(parse_xml(
        '<w:tblBorders %s>'
        '<w:top w:val="single" w:sz="%d" w:space="0" w:color="%s"/>'
        '<w:left w:val="single" w:sz="%d" w:space="0" w:color="%s"/>'
        '<w:bottom w:val="single" w:sz="%d" w:space="0" w:color="%s"/>'
        '<w:right w:val="single" w:sz="%d" w:space="0" w:color="%s"/>'
        '<w:insideH w:val="single" w:sz="%d" w:space="0" w:color="%s"/>'
        '<w:insideV w:val="single" w:sz="%d" w:space="0" w:color="%s"/>'
        '</w:tblBorders>' % (nsdecls("w"), outer, color, outer, color, outer, color,
                             outer, color, sz, color, sz, color)))


def telegram_head(doc, rows, widths, red_rule=True):
    """The printed 明传电报 head as a ruled table.

    rows: list of lists of (text, span); labels in 黑体, values in 仿宋.
    """
    ncols = len(widths)
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, "000000", 8, 12)
    for ri, spec in enumerate(rows):
        row = t.rows[ri]
        row_height(row, 1.25)
        ci = 0
        for text, span, kind in spec:
            cell = row.cells[ci]
            if span > 1:
                cell = cell.merge(row.cells[ci + span - 1])
            if kind == "label":
                cell_text(cell, text, HT, 14)
            elif kind == "value_left":
                cell_text(cell, text, FS, 14, align=L)
            else:
                cell_text(cell, text, FS, 14)
            ci += span
    col_widths(t, widths)
    return t


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_995", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def cc_line(doc, text, printer=None, size=14):
    empty(doc, 1)
    p = add_par(doc, [(text, FS, size, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 8 if printer is None else 4, 4)
    if printer:
        p2 = add_par(doc, [(printer[0], FS, size, False), ("\u3000" * 6, FS, size, False),
                           (printer[1], FS, size, False)], indent=False, line=24)
        p2.paragraph_format.left_indent = Pt(14)
        border(p2, "bottom", "000000", 8, 4)


# =================================================================== DOC A
def doc_zhejiang():
    """浙江省人民政府办公厅明传电报, with 附件 task list on its own page."""
    stem = "blind995_zj_wenwaimao"
    doc = Document()
    setup(doc)
    clauses = []

    # red mark on top
    add_par(doc, [("浙江省人民政府办公厅明传电报", XBS, 28, False, RED)],
            align=C, indent=False, line=44, after=10)
    telegram_head(doc, [
        [("发电单位", 1, "label"), ("浙江省人民政府办公厅", 1, "value"),
         ("签批盘号", 1, "label"), ("", 1, "value")],
        [("等    级", 1, "label"), ("特急·明电", 1, "value"),
         ("浙政办发明电〔2026〕7号", 2, "value")],
        [("发    往", 1, "label"),
         ("各市、县（市、区）人民政府，省政府直属各单位", 3, "value_left")],
    ], [2.6, 5.4, 2.6, 5.0])
    p = add_par(doc, "", indent=False, line=12)
    border(p, "bottom", "FF0000", 12, 1)
    empty(doc, 1)

    # title in three lines, wrapped at odd places
    for line in ("浙江省人民政府办公厅关于切实做好当前",
                 "稳外贸稳外资和共建“一带一路”重点工作的",
                 "紧急通知"):
        add_par(doc, [(line, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各市、县（市、区）人民政府，省政府直属各单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)]).paragraph_format.keep_with_next = True

    def runin(h, t, brk_after=None):
        clauses.append(h + t)
        if brk_after:
            a, b = t.split(brk_after, 1)
            add_par(doc, [(h, KT, 16, True), (a + brk_after, FS, 16, False),
                          ("\n", FS, 16, False), (b, FS, 16, False)])
        else:
            add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("当前，外部环境更趋复杂严峻，部分国家和地区贸易保护主义抬头，我省外贸企业在订单、物流、结算等方面面临较大压力。1—2月，全省进出口总值8236.4亿元，同比增长3.1%，增速较去年同期回落2.7个百分点；其中对共建“一带一路”国家进出口4312.7亿元，占全省进出口总值的52.4%。为切实稳住外贸外资基本盘，扎实推进共建“一带一路”重点工作，经省政府同意，现就有关事项紧急通知如下：")
    head("一、全力稳住外贸基本盘")
    runin("（一）加快兑现惠企政策。", "各地要在3月底前完成2025年度外贸促进政策资金清算，对出口信用保险保费补助、境外展会补助等资金实行“免申即享”，确保4月15日前拨付到企业。各级商务、财政部门要建立资金兑现台账，每周报送进展情况。")
    runin("（二）稳定重点企业订单。", "各市要建立外贸重点企业“白名单”，对年进出口额1亿美元以上企业实行“一企一专员”服务，3月20日前完成走访全覆盖，帮助企业解决订单转移、汇率波动、贸易摩擦等问题。")
    runin("（三）全力拓展新兴市场。", "深入实施“千团万企拓市场”行动，2026年上半年组织企业赴共建“一带一路”国家参加境外展会不少于300场次；支持义乌、宁波等地举办东盟、中东、中亚专场采购对接活动。")
    head("二、扎实推进共建“一带一路”重点工作")
    runin("（一）保障国际物流通道畅通。", "宁波舟山港、义乌国际陆港要加强与铁路、海关、港口企业的协调联动，确保“义新欧”中欧班列、海铁联运班列稳定开行，一季度“义新欧”中欧班列开行量不少于620列。遇有通道受阻等突发情况，须于2小时内报告省商务厅、省发展改革委。",
          brk_after="协调联动，")
    runin("（二）加快境外重点项目建设。", "省发展改革委、省商务厅要会同有关市对我省在建境外重点项目开展一次全面排查，重点掌握项目进度、人员安全、资金保障等情况，对存在风险隐患的项目“一项目一方案”落实防范措施。")
    runin("（三）用好自贸试验区开放平台。", "中国（浙江）自由贸易试验区各片区要加快推进油气全产业链、数字贸易等领域制度创新，3月底前各形成不少于2项可复制推广的“一带一路”贸易便利化经验。")
    head("三、强化工作保障")
    body("各地、各部门要高度重视，主要负责同志要亲自研究部署，明确责任分工，细化工作举措。各市人民政府于每月5日前将上月工作进展情况报送省商务厅（联系人：陈晓东，电话：0571-87052316，传真：0571-87052398），重大情况随时报告。")
    body("请各地、各部门接电后立即部署落实。")
    empty(doc, 1)
    # 附件 list under the body, second line aligned with typed full-width spaces
    add_par(doc, "附件：浙江省2026年一季度稳外贸和共建“一带一路”", indent=True)
    add_par(doc, "\u3000\u3000\u3000\u3000\u3000重点任务清单", indent=True)
    empty(doc, 2)
    # 落款 with typed spaces
    add_par(doc, " " * 34 + "浙江省人民政府办公厅", indent=False).paragraph_format.keep_with_next = True
    add_par(doc, " " * 37 + "2026年3月12日", indent=False)

    # 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("浙江省2026年一季度稳外贸和共建“一带一路”", XBS, 20, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("重点任务清单", XBS, 20, False)], align=C, indent=False, line=32, after=8)
    header = ["序号", "重点任务", "责任单位", "完成时限"]
    rows = [
        ["1", "完成2025年度外贸促进政策资金清算并拨付到企业", "省商务厅、省财政厅，各市人民政府", "2026年4月15日前"],
        ["2", "建立外贸重点企业“白名单”并完成走访全覆盖", "各市人民政府，省商务厅", "2026年3月20日前"],
        ["3", "组织企业赴共建“一带一路”国家参加境外展会不少于300场次", "省商务厅、省贸促会", "2026年6月底前"],
        ["4", "一季度“义新欧”中欧班列开行量不少于620列", "金华市人民政府、省发展改革委、杭州海关", "2026年3月底前"],
        ["5", "开展在建境外重点项目全面排查", "省发展改革委、省商务厅、省外办", "2026年3月底前"],
        ["6", "自贸试验区各片区形成不少于2项可复制推广的贸易便利化经验", "省商务厅（省自贸办），各片区管委会", "2026年3月底前"],
        ["7", "报送上月工作进展情况", "各市人民政府", "每月5日前"],
        ["8", "宁波舟山港海铁联运班列稳定开行，重大情况2小时内报告", "宁波市人民政府、舟山市人民政府、省交通运输厅", "持续推进"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            cell_text(t.rows[ri].cells[ci], v, FS, 12, align=L if ci in (1, 2) else C, line=20)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    col_widths(t, [1.4, 6.6, 4.8, 2.8])
    note = "注：责任单位中排在第一位的为牵头单位，其他为配合单位。"
    clauses.append(note)
    add_par(doc, [(note, FS, 14, False)], indent=False, line=24, before=6)

    cc_line(doc, "抄送：省委办公厅，省人大常委会办公厅，省政协办公厅。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "浙江省人民政府办公厅关于切实做好当前稳外贸稳外资和共建“一带一路”重点工作的紧急通知",
            "doc_number": "浙政办发明电〔2026〕7号",
            "issuer": ["浙江省人民政府办公厅"],
            "date": "2026-03-12",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": None,
            "expires": None,
            "attachments": ["浙江省2026年一季度稳外贸和共建“一带一路”重点任务清单"],
            "doc_type": "通知",
            "recipients": ["各市、县（市、区）人民政府", "省政府直属各单位"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_chengdu():
    """成都市 forwards the 四川省 telegram under its own 明电 head."""
    stem = "blind995_cd_zhuanfa"
    doc = Document()
    setup(doc, left="- ", right=" -")
    cd = []
    sc = []

    add_par(doc, [("成都市人民政府办公厅明传电报", XBS, 28, False, RED)],
            align=C, indent=False, line=44, after=10)
    telegram_head(doc, [
        [("发电单位", 1, "label"), ("成都市人民政府办公厅", 1, "value"),
         ("签批盘号", 1, "label"), ("2026-018", 1, "value")],
        [("等  级", 1, "label"), ("特急·明电", 1, "value"),
         ("签 发 人", 1, "label"), ("刘明远", 1, "value")],
        [("文  号", 1, "label"), ("成办明电〔2026〕9号", 3, "value_left")],
    ], [2.6, 5.4, 2.6, 5.0])
    p = add_par(doc, "", indent=False, line=12)
    border(p, "bottom", "FF0000", 12, 1)
    empty(doc, 1)

    for line in ("成都市人民政府办公厅关于转发《四川省",
                 "人民政府办公厅关于做好中欧班列（成渝）和",
                 "西部陆海新通道春节期间保通保畅工作的",
                 "紧急通知》的通知"):
        add_par(doc, [(line, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各区（市）县人民政府，市政府各部门，有关单位：", indent=False)

    def body(lst, t):
        lst.append(t)
        add_par(doc, t)

    def runin(lst, h, t, hfont=HT, bold=False):
        lst.append(h + t)
        add_par(doc, [(h, hfont, 16, bold), (t, FS, 16, False)])

    body(cd, "现将《四川省人民政府办公厅关于做好中欧班列（成渝）和西部陆海新通道春节期间保通保畅工作的紧急通知》（川办明电〔2026〕3号）转发给你们，并结合我市实际提出以下要求，请一并抓好贯彻落实。")
    runin(cd, "一、压实属地责任。", "青白江区、双流区要会同成都国际铁路港、天府国际机场等单位，落实春节期间24小时值班值守，确保2月10日至2月24日期间中欧班列（成渝）成都方向日均开行不少于8列。")
    runin(cd, "二、做好货源组织。", "市口岸物流办要提前摸排节前节后出口货源，指导企业合理安排订舱计划，对汽车整车、电子信息产品等重点货源实行“点对点”保障。")
    runin(cd, "三、及时报送信息。", "各责任单位于2月10日至2月24日期间每日16:00前将当日班列开行、通道运行情况报送市口岸物流办(电话:028-61881024，邮箱:cdkaw@chengdu.gov.cn)，遇有突发情况须立即报告。")
    empty(doc, 2)
    # 落款 right-aligned with a trailing run of spaces; date in Chinese numerals
    add_par(doc, "成都市人民政府办公厅" + "\u3000" * 2, align=R, indent=False).paragraph_format.keep_with_next = True
    add_par(doc, "二〇二六年一月二十一日" + "\u3000" * 2, align=R, indent=False)

    # the forwarded provincial text, reprinted after a page break
    page_break(doc)
    for line in ("四川省人民政府办公厅",
                 "关于做好中欧班列（成渝）和西部陆海新通道",
                 "春节期间保通保畅工作的紧急通知"):
        add_par(doc, [(line, XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("川办明电〔2026〕3号", KT, 16, False)], align=C, indent=False, before=6, after=8)
    add_par(doc, "各市（州）人民政府，省政府各部门、各直属机构，有关单位：", indent=False)
    body(sc, "2026年春节临近，国际物流需求集中释放，叠加冬季雨雪冰冻天气影响，中欧班列（成渝）和西部陆海新通道运输组织面临较大压力。为确保春节期间国际物流通道安全畅通，服务全省外贸稳定增长和高质量共建“一带一路”，经省政府同意，现将有关事项通知如下：")
    add_par(doc, [("一、全力保障通道运行", HT, 16, False)])
    runin(sc, "（一）确保班列稳定开行。", "中国铁路成都局集团有限公司要优化春节期间运输组织，保障中欧班列（成渝）四川方向日均开行不少于10列、西部陆海新通道班列日均开行不少于6列。成都市、泸州市、宜宾市要做好集结中心作业组织，防止货物积压。", KT, True)
    runin(sc, "（二）强化极端天气应对。", "省交通运输厅、省应急管理厅要加强与气象部门会商研判，提前做好除冰除雪物资和设备储备，对川陕、川黔等国际物流运输重点通道实行“一路一策”保障。", KT, True)
    add_par(doc, [("二、提升口岸通关效率", HT, 16, False)])
    runin(sc, "（一）", "成都海关要在春节期间落实“7×24小时”预约通关，对班列货物实行“即到即查、即查即放”。", KT, True)
    runin(sc, "（二）", "各口岸所在地人民政府要重点做好以下工作：", KT, True)
    body(sc, "1.春节期间口岸查验单位、物流企业在岗人员不少于平日的70%；")
    body(sc, "2.保障口岸集装箱堆场、冷库等设施正常运转，冷链货物优先查验放行；")
    body(sc, "3.对因天气等原因滞留的货物，协调企业及时调整运输方案，减少企业损失。")
    add_par(doc, [("三、加强组织调度", HT, 16, False)])
    body(sc, "省商务厅（省口岸物流办）要牵头建立春节期间国际物流通道运行日调度机制，及时协调解决突出问题。各地、各有关部门要严格执行领导带班和24小时值班制度，保持通讯畅通，重大情况及时报告省政府总值班室（电话：028-86601234）。")
    empty(doc, 1)
    add_par(doc, "四川省人民政府办公厅" + "\u3000" * 2, align=R, indent=False).paragraph_format.keep_with_next = True
    add_par(doc, "2026年1月19日" + "\u3000" * 3, align=R, indent=False)

    cc_line(doc, "抄送：市委办公厅，市人大常委会办公厅，市政协办公厅，成都海关，中国铁路成都局集团有限公司。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [
        {"meta": {
            "title": "成都市人民政府办公厅关于转发《四川省人民政府办公厅关于做好中欧班列（成渝）和西部陆海新通道春节期间保通保畅工作的紧急通知》的通知",
            "doc_number": "成办明电〔2026〕9号",
            "issuer": ["成都市人民政府办公厅"],
            "date": "2026-01-21",
            "published": None,
            "level": "municipal",
            "region": "成都市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各区（市）县人民政府", "市政府各部门", "有关单位"],
            "publicity": None,
            "repeals": None,
        }, "clauses": cd},
        {"meta": {
            "title": "四川省人民政府办公厅关于做好中欧班列（成渝）和西部陆海新通道春节期间保通保畅工作的紧急通知",
            "doc_number": "川办明电〔2026〕3号",
            "issuer": ["四川省人民政府办公厅"],
            "date": "2026-01-19",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各市（州）人民政府", "省政府各部门、各直属机构", "有关单位"],
            "publicity": None,
            "repeals": None,
        }, "clauses": sc},
    ]
    return path


# =================================================================== DOC C
def vml_textbox(doc, text, size=28):
    """Red organ mark typed into a floating (VML) text box, as some offices do."""
    p = doc.add_paragraph()
    fmt(p, indent=False, line=20)
    half = size * 2
    xml = (
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="RedMark" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0pt;margin-top:-6pt;width:442pt;height:50pt;'
        'z-index:251659264;mso-position-horizontal:center;'
        'mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" '
        'filled="f" stroked="f">'
        '<v:textbox inset="0,0,0,0"><w:txbxContent>'
        '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="880" w:lineRule="exact"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}" w:cs="{f}"/>'
        '<w:color w:val="FF0000"/><w:sz w:val="{s}"/><w:szCs w:val="{s}"/></w:rPr>'
        '<w:t>{t}</w:t></w:r></w:p>'
        '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
    ) % nsdecls("w")
    xml = xml.replace("{f}", XBS).replace("{s}", str(half)).replace("{t}", text)
    p._p.append(parse_xml(xml))
    empty(doc, 1, line=36)


def doc_yunnan():
    stem = "blind995_yn_zhonglao"
    doc = Document()
    setup(doc)
    clauses = []

    vml_textbox(doc, "云南省人民政府办公厅明传电报")
    telegram_head(doc, [
        [("发电单位", 1, "label"), ("云南省人民政府办公厅", 1, "value"),
         ("签批盘号", 1, "label"), ("0387", 1, "value")],
        [("等级", 1, "label"), ("加急·明电", 1, "value"),
         ("文号", 1, "label"), ("云政办明电〔2025〕41号", 1, "value")],
        [("签发人", 1, "label"), ("杨正华", 1, "value"),
         ("发往", 1, "label"), ("各州、市人民政府，省直各委、办、厅、局", 1, "value_left")],
    ], [2.5, 5.5, 2.5, 5.1])
    p = add_par(doc, "", indent=False, line=12)
    border(p, "bottom", "FF0000", 12, 1)
    empty(doc, 1)

    for line in ("云南省人民政府办公厅关于做好中老铁路",
                 "国际货物运输和磨憨口岸通关保障工作的",
                 "紧急通知"):
        add_par(doc, [(line, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各州、市人民政府，省直各委、办、厅、局：", indent=False)

    SP = "\u3000\u3000"  # clerk indents with two full-width spaces

    def body(t):
        clauses.append(t)
        add_par(doc, SP + t, indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(SP + h, HT, 16, False), (t, FS, 16, False)], indent=False)

    body("当前正值中老铁路国际货运旺季，跨境物流需求持续攀升。2025年1—10月，中老铁路累计发送国际货物412.6万吨，同比增长18.3%，货物品类扩展至3000余种，辐射老挝、泰国、缅甸等共建“一带一路”国家和地区。与此同时，磨憨等口岸场站能力紧张、通关效率不均衡等问题逐步显现。为保障年末岁初跨境物流安全畅通，经省人民政府同意，现就有关事项紧急通知如下：")
    runin("一、提高运输组织效率。", "中国铁路昆明局集团有限公司要会同老中铁路有限公司优化国际货物列车运行图，2025年12月至2026年2月期间中老铁路国际货物列车日均开行不少于22列，“澜湄快线”保持每日双向开行；昆明王家营西、玉溪南等集结中心要加强集货能力，提高重去重回比例。")
    runin("二、压缩口岸通关时间。", "昆明海关要推广“铁路快通”“提前申报”等便利化模式，磨憨、河口、瑞丽等口岸要统筹查验力量，实行节假日“错峰不停检”。")
    body("各重点口岸保障目标如下（货运量单位：万吨；通关时间单位：小时）：")

    # two-level header with merged cells, header rows repeated
    t = doc.add_table(rows=2 + 4, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = t.rows[0], t.rows[1]
    a = h0.cells[0].merge(h1.cells[0])
    cell_text(a, "序号", HT, 12)
    b = h0.cells[1].merge(h1.cells[1])
    cell_text(b, "口岸", HT, 12)
    m1 = h0.cells[2].merge(h0.cells[3])
    cell_text(m1, "月均货运量", HT, 12)
    m2 = h0.cells[4].merge(h0.cells[5])
    cell_text(m2, "平均通关时间", HT, 12)
    subs = ["2025年1—10月实际", "保障目标", "2025年1—10月实际", "保障目标"]
    for i, s in enumerate(subs):
        cell_text(h1.cells[2 + i], s, HT, 12)
    repeat_header(h0)
    repeat_header(h1)
    cols = ["序号", "口岸", "月均货运量／2025年1—10月实际", "月均货运量／保障目标",
            "平均通关时间／2025年1—10月实际", "平均通关时间／保障目标"]
    data = [
        ["1", "磨憨铁路口岸", "38.2", "45", "6.5", "5"],
        ["2", "磨憨公路口岸", "52.7", "58", "4.2", "3"],
        ["3", "河口铁路口岸", "12.4", "15", "8.0", "6"],
        ["4", "瑞丽公路口岸", "21.6", "24", "5.1", "4"],
    ]
    for ri, row in enumerate(data, 2):
        for ci, v in enumerate(row):
            cell_text(t.rows[ri].cells[ci], v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(cols, row)))
    col_widths(t, [1.2, 3.4, 3.0, 2.2, 3.0, 2.2])
    note = "注：河口铁路口岸货运量含经昆玉河铁路转运的国际货物。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)

    runin("三、加强跨境物流协同。", "省商务厅（省口岸办）要会同老挝驻昆明总领事馆及老方相关部门，做好磨憨—磨丁口岸联合通关协调；西双版纳州、红河州、德宏州人民政府要加强边境仓、海外仓建设，引导企业开展“铁路+公路”“铁路+冷链”多式联运。")
    runin("四、做好安全风险防范。", "各地要加强对跨境运输车辆、人员的安全管理，严厉打击走私等违法犯罪活动，做好口岸疫病疫情监测和应急处置，确保不发生重大安全事故。")
    runin("五、严格落实报告制度。", "各州、市人民政府和省直有关部门于每月3日前将上月工作情况报送省商务厅（省口岸办），联系人：李春燕，电话：0871-63218547，传真：0871-63218550。")
    body("本通知自印发之日起执行，有效期至2026年2月28日。")
    empty(doc, 2)
    # 落款 aligned with tabs
    add_par(doc, "\t\t\t\t\t\t云南省人民政府办公厅", indent=False).paragraph_format.keep_with_next = True
    add_par(doc, "\t\t\t\t\t\t\u30002025年11月26日", indent=False)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）", indent=True)
    cc_line(doc, "抄送：省委办公厅，省人大常委会办公厅，省政协办公厅，昆明海关，中国铁路昆明局集团有限公司。",
            printer=("云南省人民政府办公厅秘书处", "2025年11月26日印发"))

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "云南省人民政府办公厅关于做好中老铁路国际货物运输和磨憨口岸通关保障工作的紧急通知",
            "doc_number": "云政办明电〔2025〕41号",
            "issuer": ["云南省人民政府办公厅"],
            "date": "2025-11-26",
            "published": None,
            "level": "provincial",
            "region": "云南省",
            "effective": "2025-11-26",
            "expires": "2026-02-28",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各州、市人民政府", "省直各委、办、厅、局"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_chengdu(), doc_yunnan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    print("\n".join(paths))


if __name__ == "__main__":
    main()
