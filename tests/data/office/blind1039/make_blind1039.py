# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1039: 公文 typed inside Word tables.

blind1039_lygtz : 连云港片区管委会通知, whole body inside a one-cell boxed table
                  (with a nested indicator table), 附件 project list after the box.
blind1039_mlbg  : 勐腊县商务局情况报告 (上行文, 签发人), body laid out as a
                  two-column table (left headings, right paragraphs).
Writes .docx, .pdf (LibreOffice) and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
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
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY


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


def add_text(p, text, name=FS, size=16, bold=False, color=None):
    """Add text; '\n' inside becomes a manual line break (Shift+Enter)."""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = font(p.add_run(part), name, size, bold, color)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)


def fmt(p, align=J, first=None, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.first_line_indent = first if first is not None else Pt(0)
    if left is not None:
        pf.left_indent = left
    return p


class Sink:
    """Something paragraphs go into: the document body or a table cell."""

    def __init__(self, target, is_cell=False):
        self.t = target
        self.fresh = is_cell  # a new cell already holds one empty paragraph

    def par(self):
        if self.fresh:
            self.fresh = False
            return self.t.paragraphs[0]
        return self.t.add_paragraph()

    def add(self, runs, **kw):
        p = self.par()
        if isinstance(runs, str):
            runs = [(runs, FS, 16, False)]
        for r in runs:
            add_text(p, *r)
        fmt(p, **kw)
        return p

    def empty(self, n=1, line=28):
        for _ in range(n):
            fmt(self.par(), line=line)


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


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
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        r = font(fp.add_run("1" if kind == "text" else ""), SONG, 14)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>'
                                  % (nsdecls("w"), txt)))
        elif kind != "text":
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


def cell_margins(cell, top=120, bottom=120, left=200, right=200):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(
        '<w:tcMar %s><w:top w:w="%d" w:type="dxa"/><w:left w:w="%d" w:type="dxa"/>'
        '<w:bottom w:w="%d" w:type="dxa"/><w:right w:w="%d" w:type="dxa"/></w:tcMar>'
        % (nsdecls("w"), top, left, bottom, right)))


def table_borders(table, sz=8):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s>' % nsdecls("w") + "".join(
            '<w:%s w:val="single" w:sz="%d" w:space="0" w:color="000000"/>' % (s, sz)
            for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + '</w:tblBorders>'))


def col_widths(table, widths):
    """Word/LibreOffice read the grid: set tblGrid, tblW, fixed layout and cell widths."""
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    tblpr = tbl.tblPr
    for old in tblpr.findall(qn("w:tblW")):
        tblpr.remove(old)
    tblpr.append(parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>'
                           % (nsdecls("w"), int(sum(w.twips for w in widths)))))
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for row in table.rows:
        for tc, w in zip(row._tr.tc_lst, widths):
            tc.width = w


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, width=None):
    p = cell.paragraphs[0]
    add_text(p, text, name, size, bold)
    fmt(p, align=align, line=20)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if width is not None:
        cell.width = width


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def page_break(sink):
    p = sink.par()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p)


def banji(sink, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    p = sink.add([(cc, FS, 14, False)], line=24, left=Pt(14))
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = sink.add([(printer, FS, 14, False), ("\t", FS, 14, False),
                   (date_txt, FS, 14, False)], line=24, left=Pt(14))
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1039", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def flat(s):
    return s.replace("\n", "")


IND = "\u3000\u3000"  # clerk indents with two full-width spaces


# ====================================================================== doc 1
def doc_lyg():
    doc = Document()
    setup(doc)
    body = Sink(doc)
    clauses = []

    ORG = "中国（江苏）自由贸易试验区连云港片区管理委员会"
    # ---- red 版头 outside the box
    body.add([("中国（江苏）自由贸易试验区", XBS, 28, False, RED)], align=C, line=40)
    body.add([("连云港片区管理委员会文件", XBS, 28, False, RED)], align=C, line=40)
    p = body.add([("连自贸管发〔2026〕7号", FS, 16, False)], align=C, line=28)
    border(p, "bottom", "FF0000", 24, 6)
    body.empty(1, line=14)

    # ---- one-cell boxed table holding the whole notice
    box_t = doc.add_table(rows=1, cols=1)
    box_t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(box_t, sz=12)
    col_widths(box_t, [Cm(15.6)])
    cell = box_t.rows[0].cells[0]
    cell_margins(cell, 200, 200, 240, 240)
    box = Sink(cell, is_cell=True)

    title_lines = ["关于做好2026年度“一带一路”国际", "物流通道建设重点工作的通知"]
    box.add([("\n".join(title_lines), XBS, 22, False)], align=C, line=34)
    title = "".join(title_lines)
    box.empty(1)
    box.add([("片区各部门、各功能板块管理办公室，各有关企业：", FS, 16, False)], align=L)

    def para(t):
        box.add([(IND + t, FS, 16, False)])
        clauses.append(flat(t))

    def head(t):
        box.add([(IND + t, HT, 16, False)])

    def runin(h, t):
        box.add([(IND + h, KT, 16, False), (t, FS, 16, False)])
        clauses.append(flat(h + t))

    para("为深入贯彻落实《中国（江苏）自由贸易试验区总体方案》和省委、省政府关于高质量推进"
         "“一带一路”交汇点建设的部署要求，进一步发挥连云港片区在新亚欧陆海联运通道中的"
         "枢纽作用，经管委会研究，现就做好2026年度国际物流通道建设重点工作通知如下。")
    head("一、总体目标")
    para("以中哈（连云港）物流合作基地、上合组织（连云港）国际物流园为主要载体，聚焦海铁联运、"
         "中欧（中亚）班列和跨里海国际运输走廊建设，力争全年完成海铁联运集装箱运量93万标箱，"
         "开行中欧（中亚）班列820列，国际物流通道综合服务能力进一步提升。主要指标如下：")

    # nested indicator table inside the box
    hdr = ["序号", "指标名称", "单位", "2025年完成", "2026年目标"]
    rows = [["1", "海铁联运集装箱运量", "万标箱", "86.4", "93"],
            ["2", "中欧(中亚)班列开行量", "列", "764", "820"],
            ["3", "中哈物流基地集装箱进出场量", "万标箱", "41.2", "45"],
            ["4", "上合物流园进出口货值", "亿元", "118.6", "130"]]
    widths = [Cm(1.3), Cm(5.9), Cm(1.9), Cm(2.3), Cm(2.3)]
    nt = cell.add_table(rows=1 + len(rows), cols=len(hdr))
    nt.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(nt, sz=4)
    for i, h in enumerate(hdr):
        set_cell(nt.rows[0].cells[i], h, HT, 12, width=widths[i])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(nt.rows[ri].cells[ci], v, FS, 12, width=widths[ci],
                     align=L if ci == 1 else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    col_widths(nt, widths)
    # cell.add_table appended an empty paragraph after the nested table; reuse it
    box.fresh = False
    fmt(cell.paragraphs[-1], line=14)

    head("二、重点任务")
    runin("（一）拓展中欧（中亚）班列线路。",
          "加密至阿拉木图、塔什干、阿拉山口方向的常态化班列，力争新开通经跨里海国际运输走廊至"
          "阿塞拜疆巴库的班列线路，推动“班列+跨境电商”“班列+冷链”等特色班列常态化开行。"
          "牵头单位：经济发展局；配合单位：上合物流园管理办公室。")
    runin("（二）提升海铁联运效率。",
          "推进港区铁路专用线与集装箱码头无缝衔接，实现海铁联运箱“港站一体、一次作业”，"
          "海铁联运中转时间压减至24小时以内。牵头单位：港航物流局；配合单位：中哈物流合作基地。")
    runin("（三）深化通关便利化改革。",
          "推进“船边直提”“抵港直装”和“铁路快通”模式常态化运作，配合连云港海关落实进口货物"
          "“两段准入”监管，整体通关时间较2025年压缩10%以上。牵头单位：营商环境局。")
    runin("（四）培育国际物流市场主体。",
          "对新引进的年营业收入超过1亿元的国际货代、多式联运经营企业，按照片区有关政策给予"
          "落户奖励；\n支持本地企业在哈萨克斯坦、乌兹别克斯坦等国布局海外仓和物流节点，"
          "年内新增境外物流节点不少于3个。牵头单位：招商局。")
    head("三、工作要求")
    para("1.加强统筹调度。各牵头单位要细化工作举措，于3月10日前将年度工作计划报经济发展局。")
    para("2.严格信息报送。实行季度报送制度，各单位于每季度结束后5个工作日内报送重点项目"
         "推进情况、存在问题和下一步打算。")
    para("3.强化督查考核。重点工作推进情况纳入片区年度绩效考核，对推进不力的单位予以通报。")
    para("本通知自印发之日起执行，有效期至2026年12月31日。《关于做好2025年度国际物流通道建设"
         "工作的通知》（连自贸管发〔2025〕11号）同时废止。")
    box.empty(1)
    att1 = "2026年度“一带一路”国际物流通道建设重点项目清单"
    box.add([(IND + "附件：" + att1, FS, 16, False)], align=L)
    box.empty(1)
    box.add([(ORG, FS, 16, False)], align=R)
    box.add([("2026年2月12日" + "\u3000" * 4, FS, 16, False)], align=R)
    box.add([(IND + "（此件主动公开）", FS, 16, False)], align=L)

    # ---- 附件 on its own page, outside the box
    page_break(body)
    body.add([("附件", HT, 16, False)], align=L)
    body.empty(1)
    body.add([(att1, XBS, 18, False)], align=C, line=30)
    body.add([("单位：亿元", FS, 12, False)], align=R, line=22)
    widths = [Cm(1.3), Cm(4.2), Cm(4.4), Cm(1.6), Cm(1.9), Cm(2.6)]
    t = doc.add_table(rows=2, cols=6)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, sz=6)
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for i, h in ((0, "序号"), (1, "项目名称"), (2, "主要建设内容"), (5, "责任单位")):
        set_cell(h0[i].merge(h1[i]), h, HT, 12)
    set_cell(h0[3].merge(h0[4]), "投资额（亿元）", HT, 12)
    set_cell(h1[3], "总投资", HT, 12)
    set_cell(h1[4], "2026年计划", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdr = ["序号", "项目名称", "主要建设内容", "投资额（亿元）／总投资",
           "投资额（亿元）／2026年计划", "责任单位"]
    prj = [["1", "中哈物流合作基地三期", "新建集装箱堆场12万平方米、铁路装卸线2条",
            "9.6", "3.2", "港航物流局"],
           ["2", "上合组织（连云港）国际物流园多式联运中心",
            "建设海关监管作业场所及多式联运信息系统", "7.8", "2.5", "上合物流园管理办公室"],
           ["3", "连云港港区30万吨级航道配套工程", "航道疏浚、锚地扩建及助航设施建设",
            "21.4", "6.0", "港航物流局"],
           ["4", "跨里海国际运输走廊班列集结中心", "新建班列编组场站及冷链查验设施",
            "5.2", "1.8", "经济发展局"],
           ["5", "国际物流公共信息服务平台", "整合港口、铁路、海关数据，实现“一单到底”全程追踪",
            "1.3", "0.6", "科技创新和数字经济局"]]
    for row in prj:
        cs = t.add_row().cells
        for ci, v in enumerate(row):
            set_cell(cs[ci], v, FS, 12, align=L if ci in (1, 2) else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    cs = t.add_row().cells
    set_cell(cs[0].merge(cs[2]), "合计", HT, 12)
    set_cell(cs[3], "45.3", FS, 12)
    set_cell(cs[4], "14.1", FS, 12)
    set_cell(cs[5], "—", FS, 12)
    clauses.append("序号：合计；投资额（亿元）／总投资：45.3；投资额（亿元）／2026年计划：14.1；"
                   "责任单位：—")
    col_widths(t, widths)
    note = "注：项目投资额为预估数，最终以项目立项（核准、备案）文件为准。"
    body.add([(note, FS, 12, False)], align=L, line=22, before=4)
    clauses.append(note)

    body.empty(1)
    banji(body, "抄送：连云港市人民政府办公室，市发展改革委、市商务局，连云港海关。",
          "连云港片区管理委员会办公室", "2026年2月12日印发")

    stem = "blind1039_lygtz"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {"title": title,
            "doc_number": "连自贸管发〔2026〕7号",
            "issuer": [ORG],
            "date": "2026-02-12",
            "published": None,
            "level": "municipal",
            "region": "连云港市",
            "effective": "2026-02-12",
            "expires": "2026-12-31",
            "attachments": [att1],
            "doc_type": "通知",
            "recipients": ["片区各部门", "各功能板块管理办公室", "各有关企业"],
            "publicity": "此件主动公开",
            "repeals": "《关于做好2025年度国际物流通道建设工作的通知》（连自贸管发〔2025〕11号）"}
    return stem, path, [{"meta": meta, "clauses": clauses}]


# ====================================================================== doc 2
def doc_ml():
    doc = Document()
    setup(doc)
    body = Sink(doc)
    clauses = []
    ORG = "勐腊县商务局"

    body.add([("勐腊县商务局文件", XBS, 36, False, RED)], align=C, line=48)
    p = body.add([("\u3000勐商务报〔2026〕4号", FS, 16, False), ("\t", FS, 16, False),
                  ("签发人：", FS, 16, False), ("岩罕", KT, 16, False)], align=L)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "FF0000", 24, 6)
    body.empty(1)
    title_lines = ["勐腊县商务局关于2025年度全县融入",
                   "共建“一带一路”暨中老铁路沿线开放",
                   "工作情况的报告"]
    body.add([("\n".join(title_lines), XBS, 22, False)], align=C, line=34)
    title = "".join(title_lines)
    body.empty(1)
    body.add([("西双版纳州商务局：", FS, 16, False)], align=L)
    intro = ("按照《西双版纳州商务局关于报送2025年度共建“一带一路”工作情况的通知》"
             "（西商务函〔2025〕112号）要求，现将我县2025年度有关工作情况报告如下。")
    body.add([(intro, FS, 16, False)], first=Pt(32))
    clauses.append(intro)

    sections = [
        ("一、基本\n情况", [
            "2025年，全县实现外贸进出口总额186.3亿元，同比增长14.2%，其中出口52.7亿元，"
            "进口133.6亿元；磨憨口岸（含铁路口岸）进出境货运量达1028万吨，同比增长21.5%，"
            "经中老铁路累计开行国际货物列车突破2.1万列。全年新增备案外贸经营主体137家，"
            "实际利用外资1860万美元。",
            "中老磨憨—磨丁经济合作区建设稳步推进，合作区共同发展总体规划（修订稿）已报省人民"
            "政府审定；勐腊（磨憨）重点开发开放试验区全年新引进物流仓储、进口加工类项目19个，"
            "协议投资额42.6亿元。"]),
        ("二、主要\n做法", [
            ("（一）做强口岸通道功能。",
             "配合州口岸办推动磨憨铁路口岸进境水果、粮食指定监管场地投入运营，全年经铁路口岸"
             "进口榴莲、山竹等东盟水果8.4万吨；推行“两国一检”试点，口岸平均通关时间压缩至"
             "2.5小时。"),
            ("（二）发展“口岸+”产业。",
             "依托中老铁路和昆曼公路，引进冷链仓储、进口木材及农产品精深加工企业，培育形成进口"
             "橡胶、木材、水果三条加工链，落地加工增值率较上年提高6个百分点。"),
            ("（三）稳住外贸基本盘。",
             "兑现省、州外经贸发展专项资金1,326万元，组织42家企业参加中国—南亚博览会、"
             "中国—东盟博览会和老挝万象国际商品交易会，现场达成意向合作金额9.8亿元。")]),
        ("三、存在\n问题", [
            ("一是外贸结构单一。",
             "进口占比达71.7%，且以资源型、初级产品为主，本地加工转化不足，“通道经济”向"
             "“口岸经济”转变仍需时日。"),
            ("二是市场主体偏小偏弱。",
             "全县年进出口额超1亿元的企业仅23家，抗风险能力不强。"),
            ("三是要素保障不足。",
             "口岸查验、仓储冷链等基础设施仍有短板，高峰期货车滞留现象时有发生；懂老挝语、"
             "熟悉国际贸易规则的专业人才紧缺。")]),
        ("四、下一步\n工作打算", [
            "2026年，我县将力争实现外贸进出口总额205亿元，同比增长10%左右，重点抓好以下工作：",
            "1.加快中老跨境经济合作区建设，推动跨境产能合作项目落地，年内新引进“口岸+”加工"
            "项目不少于15个。",
            "2.提升通关便利化水平，配合海关推进“智慧口岸”建设，实现进出口货物“一次申报、"
            "一次查验、一次放行”。",
            "3.加大市场主体培育力度，实施外贸企业“育苗扶壮”工程，新增有进出口实绩企业50家以上。"]),
        ("五、意见\n建议", [
            "恳请州商务局协调省商务厅在外经贸发展专项资金分配上对沿边口岸县予以倾斜，"
            "并支持我县申报跨境电子商务综合试验区。"]),
    ]
    lay = doc.add_table(rows=len(sections), cols=2)
    lay.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(lay, sz=6)
    col_widths(lay, [Cm(3.3), Cm(12.3)])
    for ri, (hd, paras) in enumerate(sections):
        lc, rc = lay.rows[ri].cells
        cell_margins(lc, 100, 100, 100, 100)
        cell_margins(rc, 100, 100, 140, 140)
        lc.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        lp = lc.paragraphs[0]
        add_text(lp, hd, HT, 16)
        fmt(lp, align=C, line=28)
        rs = Sink(rc, is_cell=True)
        for x in paras:
            if isinstance(x, tuple):
                rs.add([(x[0], KT, 16, False), (x[1], FS, 16, False)], first=Pt(32), line=25)
                clauses.append(flat(x[0] + x[1]))
            else:
                rs.add([(x, FS, 16, False)], first=Pt(32), line=25)
                clauses.append(flat(x))

    body.add([("特此报告。", FS, 16, False)], first=Pt(32), before=8)
    att1 = "2025年度勐腊县对外经贸主要指标完成情况表"
    body.add([("附件：" + att1, FS, 16, False)], first=Pt(32))
    body.empty(1)
    body.add([(ORG + "\u3000" * 4, FS, 16, False)], align=R)
    body.add([("二〇二六年一月二十日" + "\u3000" * 3, FS, 16, False)], align=R)

    # ---- 附件
    page_break(body)
    body.add([("附件", HT, 16, False)], align=L)
    body.empty(1)
    body.add([(att1, XBS, 20, False)], align=C, line=32)
    body.empty(1, line=14)
    hdr = ["序号", "指标", "单位", "2025年完成", "同比增长（%）"]
    rows = [["1", "外贸进出口总额", "亿元", "186.3", "14.2"],
            ["2", "其中：出口", "亿元", "52.7", "9.6"],
            ["3", "进口", "亿元", "133.6", "16.1"],
            ["4", "磨憨口岸进出境货运量", "万吨", "1028", "21.5"],
            ["5", "实际利用外资", "万美元", "1860", "-8.3"],
            ["6", "新增备案外贸经营主体", "家", "137", "—"],
            ["7", "对外承包工程营业额", "万美元", "4520", "12.7"]]
    widths = [Cm(1.3), Cm(5.6), Cm(2.2), Cm(3.2), Cm(3.3)]
    t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, sz=6)
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12, width=widths[i])
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, width=widths[ci],
                     align=L if ci == 1 else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    col_widths(t, widths)
    note = ("注：进出口数据来源于昆明海关；磨憨口岸货运量含铁路口岸；实际利用外资为商务部"
            "外资统计系统数据。")
    body.add([(note, FS, 12, False)], align=L, line=22, before=4)
    clauses.append(note)

    body.empty(6)
    banji(body, "抄送：勐腊县人民政府办公室。", "勐腊县商务局办公室", "2026年1月20日印发")

    stem = "blind1039_mlbg"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {"title": title,
            "doc_number": "勐商务报〔2026〕4号",
            "issuer": [ORG],
            "date": "2026-01-20",
            "published": None,
            "level": "county",
            "region": "勐腊县",
            "effective": None,
            "expires": None,
            "attachments": [att1],
            "doc_type": "报告",
            "recipients": ["西双版纳州商务局"],
            "publicity": None,
            "repeals": None}
    return stem, path, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for fn in (doc_lyg, doc_ml):
        stem, path, docs = fn()
        convert(path)
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
