# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 873: 自贸区税收政策问答（一问一答格式，税务局发布）.

Writes three Word files, their PDFs (LibreOffice) and expected.json into the
directory of this script.
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
IND = "\u3000\u3000"

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
    """runs: plain str, or list of (text, font, size, bold[, color])."""
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


def page_field(fp, name, size):
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), name, size)
    r5 = fp.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


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
    if footer_style == "dash":
        font(fp.add_run("— "), SONG, 14)
        page_field(fp, SONG, 14)
        font(fp.add_run(" —"), SONG, 14)
    else:  # "- 1 -" typed with hyphens, smaller
        font(fp.add_run("- "), "Times New Roman", 10.5)
        page_field(fp, "Times New Roman", 10.5)
        font(fp.add_run(" -"), "Times New Roman", 10.5)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def row_height(row, cm):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="atLeast"/>'
                          % (nsdecls("w"), int(cm * 567))))


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def row_clause(keys, values):
    return "；".join("%s：%s" % (k, v) for k, v in zip(keys, values))


def banji(doc, cc, printer, date_txt, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


_next_abs = [900]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>'
        '<w:b/><w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text, KT, KT, KT))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numbering.append(parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
        % (nsdecls("w"), nid, aid)))
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), nid)))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_873", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
def doc_hainan():
    """红头文件：省税务局印发问答的通知，问答作为附件另页."""
    stem = "blind873_hainan_wenda"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("国家税务总局海南省税务局文件", XBS, 28, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50, before=12)
    empty(doc, 1)
    p = add_par(doc, "琼税发〔2026〕9号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed over three paragraphs, wrapped where the clerk pressed Enter
    for t in ("国家税务总局海南省税务局关于印发",
              "《海南自由贸易港企业所得税和个人所得税",
              "优惠政策问答（2026年版）》的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=33)
    empty(doc, 1)
    add_par(doc, "国家税务总局各市、县税务局，国家税务总局洋浦经济开发区税务局，"
                 "省税务局各处室、各直属单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    body("为深入贯彻落实《海南自由贸易港建设总体方案》和《财政部 税务总局关于海南自由贸易港"
         "企业所得税优惠政策的通知》（财税〔2020〕31号）、《财政部 税务总局关于海南自由贸易港"
         "高端紧缺人才个人所得税政策的通知》（财税〔2020〕32号）等文件精神，确保优惠政策应享尽享、"
         "精准落地，省税务局结合全岛封关运作后纳税人、缴费人咨询的热点问题，编写了《海南自由贸易港"
         "企业所得税和个人所得税优惠政策问答（2026年版）》，现印发给你们，并就有关事项通知如下：")
    runin("一、加强学习宣传。", "各单位要组织办税服务厅窗口、12366热线和税源管理人员认真学习问答内容，"
          "准确把握政策适用条件，通过电子税务局、“海南税务”微信公众号等渠道做好宣传解读。")
    runin("二、做好精准辅导。", "各单位要依托税收大数据筛选符合优惠条件的纳税人，建立辅导台账，"
          "分行业开展“一对一”辅导，2026年6月30日前实现重点企业辅导全覆盖。")
    runin("三、及时反馈问题。", "执行中遇到的问题，请及时向省税务局所得税处（0898-66758213）"
          "和个人所得税处（0898-66758247）反映。")
    body("本问答自2026年4月1日起执行。《国家税务总局海南省税务局关于印发〈海南自由贸易港企业所得税"
         "优惠政策问答〉的通知》（琼税函〔2021〕56号）同时废止。")
    empty(doc, 1)
    p = add_par(doc, [("附件：", FS, 16, False),
                      ("海南自由贸易港企业所得税和个人所得税优惠政策问答（2026年版）", FS, 16, False)],
                indent=False)
    p.paragraph_format.left_indent = Pt(80)   # hanging indent: wrapped line aligns after 附件：
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 2)
    # 落款 typed with spaces
    add_par(doc, " " * 30 + "国家税务总局海南省税务局", indent=False)
    add_par(doc, " " * 36 + "2026年3月16日", indent=False)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # ---------------- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("海南自由贸易港企业所得税和个人所得税", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33)
    add_par(doc, [("优惠政策问答（2026年版）", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33, after=12)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def q(t):
        clauses.append(t)
        add_par(doc, [(t, KT, 16, True)])

    head("一、企业所得税")
    q("1．问：海南自由贸易港鼓励类产业企业减按15%税率征收企业所得税，需要符合哪些条件？")
    body("答：对注册在海南自由贸易港并实质性运营的鼓励类产业企业，减按15%的税率征收企业所得税。"
         "享受优惠需同时符合以下条件：一是企业注册在海南自由贸易港；二是以《海南自由贸易港鼓励类"
         "产业目录》中规定的产业项目为主营业务，且其主营业务收入占企业收入总额60%以上；三是在海南"
         "自由贸易港实质性运营。")
    q("2．问：鼓励类产业企业的主营业务收入占比如何计算？能否举例说明？")
    body("答：主营业务收入占比＝鼓励类产业项目主营业务收入÷企业收入总额×100%。其中，企业收入总额"
         "是指《中华人民共和国企业所得税法》第六条规定的收入总额。以洋浦经济开发区某港航物流企业为例，"
         "其2025年度收入情况见下表：")
    # caption + unit
    add_par(doc, [("表1　某港航物流企业2025年度收入构成情况", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=6)
    add_par(doc, [("单位：万元", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
            indent=False, line=20)
    keys = ["收入项目", "金额", "是否属于鼓励类产业项目"]
    rows = [["国际集装箱运输收入", "8,620.00", "是"],
            ["港口装卸及仓储服务收入", "3,415.50", "是"],
            ["房屋租赁收入", "1,260.00", "否"],
            ["投资收益", "704.50", "否"],
            ["合计", "14,000.00", "—"]]
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(keys):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, r in enumerate(rows, 1):
        for ci, v in enumerate(r):
            set_cell(t.rows[ri].cells[ci], v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.RIGHT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(keys, r))
    col_widths(t, [6.0, 4.0, 5.2])
    note = "注：“投资收益”为该企业从境内子公司取得的股息红利，计入企业收入总额。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    body("该企业鼓励类产业项目主营业务收入占比＝（8,620.00＋3,415.50）÷14,000.00×100%＝85.97%，"
         "超过60%，在同时符合实质性运营等条件的情况下，可享受减按15%税率征收企业所得税优惠。")

    head("二、个人所得税")
    q("3．问：在海南自由贸易港工作的高端人才和紧缺人才，个人所得税优惠如何计算？")
    body("答：对在海南自由贸易港工作的高端人才和紧缺人才，其个人所得税实际税负超过15%的部分，予以免征。"
         "免征税额＝应纳税额－应纳税所得额×15%。例如，高端人才王某2025年度在海口市取得工资薪金"
         "收入80万元，综合所得应纳税所得额为68万元，按照综合所得税率表计算的应纳税额为152,080元"
         "（680,000×35%－85,920）；按15%计算的税额为102,000元（680,000×15%）；可免征税额为"
         "50,080元（152,080－102,000）。")

    banji(doc, "抄送：国家税务总局所得税司、个人所得税司，海南省财政厅，海南省委人才发展局。",
          "国家税务总局海南省税务局办公室", "2026年3月16日印发", gap=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "国家税务总局海南省税务局关于印发《海南自由贸易港企业所得税和个人所得税"
                     "优惠政策问答（2026年版）》的通知",
            "doc_number": "琼税发〔2026〕9号",
            "issuer": ["国家税务总局海南省税务局"],
            "date": "2026-03-16",
            "published": None,
            "level": "provincial",
            "region": "海南省",
            "effective": "2026-04-01",
            "expires": None,
            "attachments": ["海南自由贸易港企业所得税和个人所得税优惠政策问答（2026年版）"],
            "doc_type": "通知",
            "recipients": ["国家税务总局各市、县税务局", "国家税务总局洋浦经济开发区税务局",
                           "省税务局各处室", "各直属单位"],
            "publicity": "此件主动公开",
            "repeals": "《国家税务总局海南省税务局关于印发〈海南自由贸易港企业所得税优惠政策问答〉"
                       "的通知》（琼税函〔2021〕56号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_tianjin():
    """网站发布式问答：无红头，发布时间行，问答用软回车分行，复杂表头表格."""
    stem = "blind873_tianjin_zulin"
    doc = Document()
    setup(doc, footer_style="hyphen")
    clauses = []

    p = add_par(doc, [("发布时间：2026-02-09", SONG, 10.5, False), ("    ", SONG, 10.5, False),
                      ("来源：国家税务总局天津市滨海新区税务局", SONG, 10.5, False)],
                align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=18)
    border(p, "bottom", "999999", 4, 2)
    # title, one paragraph with a manual line break at an odd place
    p = doc.add_paragraph()
    font(p.add_run("中国（天津）自由贸易试验区东疆片区融资租"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("赁业务税收政策热点问答（2026年第1期）"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, before=12, after=12)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def qa(qt, at):
        """question and answer in one paragraph, split by Shift+Enter."""
        clauses.append(qt)
        clauses.append(at)
        p = doc.add_paragraph()
        font(p.add_run(IND + qt), HT, 16)
        p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(IND + at), FS, 16)
        fmt(p, indent=False)

    body("为帮助东疆综合保税区(以下简称“东疆综保区”)融资租赁企业准确理解和适用税收政策，国家税务总局"
         "天津市滨海新区税务局梳理了近期纳税人咨询较多的热点问题，形成本期问答，供参考。")
    qa("问题1：租赁企业在东疆综保区开展飞机租赁业务，进口飞机环节增值税如何处理？",
       "答：根据《财政部 海关总署 国家税务总局关于租赁企业进口飞机有关税收政策的通知》（财关税〔2014〕16号）"
       "规定，租赁企业一般贸易项下进口飞机并租给国内航空公司使用的，享受与国内航空公司进口飞机同等的"
       "税收优惠政策，即进口空载重量在25吨以上的飞机减按5%征收进口环节增值税。")
    qa("问题2：融资租赁出口退税试点政策适用于哪些货物？",
       "答：对融资租赁企业、金融租赁公司及其设立的项目子公司，以融资租赁方式租赁给境外承租人且租赁期限"
       "在5年（含）以上，并向海关报关后实际离境的货物，试行增值税、消费税出口退税政策。融资租赁出口货物"
       "的范围包括飞机、飞机发动机、铁道机车、铁道客车车厢、船舶及其他货物。")
    qa("问题3：融资租赁企业向境外航空公司出租飞机，取得的租金收入能否享受增值税优惠？",
       "答：按照《财政部 国家税务总局关于全面推开营业税改征增值税试点的通知》（财税〔2016〕36号）规定，"
       "境内单位向境外单位出租有形动产，且标的物在境外使用的，免征增值税。企业应当按规定留存跨境销售"
       "服务合同等资料备查。")
    qa("问题4：在东疆设立的SPV项目公司(特殊目的公司)，印花税如何缴纳？",
       "答：根据《中华人民共和国印花税法》规定，融资租赁合同按租金的万分之零点五缴纳印花税，租赁合同"
       "按租金的千分之一缴纳印花税，买卖合同按价款的万分之三缴纳印花税。SPV项目公司与承租人签订的融资"
       "租赁合同，应按照融资租赁合同税目计税。")
    qa("问题5：东疆综保区融资租赁业务涉及的主要税收政策有哪些？",
       "答：现将主要政策梳理如下表：")

    # ---- table: two header rows (政策要点 spans 税种/优惠内容), 业务类型 merged vertically
    keys = ["序号", "业务类型", "政策要点／税种", "政策要点／优惠内容", "政策依据"]
    rows = [
        ["1", "飞机租赁", "进口环节增值税", "空载重量25吨以上的飞机减按5%征收", "财关税〔2014〕16号"],
        ["2", "飞机租赁", "增值税", "一般纳税人提供有形动产融资租赁服务，实际税负超过3%的部分即征即退",
         "财税〔2016〕36号"],
        ["3", "融资租赁出口", "增值税、消费税", "租赁期限5年（含）以上且实际离境的货物，试行出口退税",
         "财税〔2014〕62号"],
        ["4", "融资租赁出口", "增值税、消费税",
         "向海上石油天然气开采企业融资租赁的海洋工程结构物，视同出口，试行出口退税", "财税〔2014〕62号"],
        ["5", "跨境租赁", "增值税", "向境外单位出租有形动产且标的物在境外使用的，免征增值税",
         "财税〔2016〕36号"],
        ["6", "合同签订", "印花税", "融资租赁合同按租金的万分之零点五计税", "《中华人民共和国印花税法》"],
    ]
    add_par(doc, [("东疆综保区融资租赁业务主要税收政策一览表", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=6)
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.2, 2.8, 3.2, 5.4, 3.0])
    # header row 1 / 2 with merges
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "序号", HT, 11)
    b = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(b, "业务类型", HT, 11)
    c = t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(c, "政策要点", HT, 11)
    set_cell(t.cell(1, 2), "税种", HT, 11)
    set_cell(t.cell(1, 3), "优惠内容", HT, 11)
    d = t.cell(0, 4).merge(t.cell(1, 4))
    set_cell(d, "政策依据", HT, 11)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, r in enumerate(rows):
        for ci, v in enumerate(r):
            if ci == 1:
                continue
            set_cell(t.cell(2 + ri, ci), v, FS, 11, line=16,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 3 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(keys, r))
    # 业务类型 merged vertically: rows 1-2, 3-4
    m1 = t.cell(2, 1).merge(t.cell(3, 1))
    set_cell(m1, "飞机租赁", FS, 11, line=16)
    m2 = t.cell(4, 1).merge(t.cell(5, 1))
    set_cell(m2, "融资租赁出口", FS, 11, line=16)
    set_cell(t.cell(6, 1), "跨境租赁", FS, 11, line=16)
    set_cell(t.cell(7, 1), "合同签订", FS, 11, line=16)
    note = "注：上述政策如有调整，以最新规定为准。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    qa("问题6：东疆综保区融资租赁企业办理出口退税，有什么便利举措？",
       "答：滨海新区税务局在东疆设立融资租赁专业服务团队，推行出口退税“容缺办理”和“即报即审”，"
       "对一类、二类出口企业，正常出口退税平均办理时间压缩至3个工作日以内。2025年，全区共为融资租赁"
       "企业办理出口退税47.6亿元,同比增长12.4%。")
    body("以上内容仅供参考，具体以相关政策文件规定为准。如有疑问，请拨打12366纳税缴费服务热线或致电"
         "滨海新区税务局东疆税务所（022-25601873）咨询。")
    p = add_par(doc, "国家税务总局天津市滨海新区税务局", indent=False,
                align=WD_ALIGN_PARAGRAPH.RIGHT, before=20)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "二〇二六年二月六日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（天津）自由贸易试验区东疆片区融资租赁业务税收政策热点问答（2026年第1期）",
            "doc_number": None,
            "issuer": ["国家税务总局天津市滨海新区税务局"],
            "date": "2026-02-06",
            "published": "2026-02-09",
            "level": "county",
            "region": "天津市滨海新区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "问答",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_nanning():
    """函式版头（机构名+红色双线，文号在线下右侧），自动编号问题，附件表格重复标题行."""
    stem = "blind873_nanning_fuhan"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("国家税务总局南宁市税务局", XBS, 30, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44, before=0)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1, val="thickThinSmallGap")
    p = add_par(doc, "南税函〔2026〕27号", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16)
    empty(doc, 1)
    # title: one paragraph, two manual line breaks
    p = doc.add_paragraph()
    font(p.add_run("国家税务总局南宁市税务局关于中国（广西）"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("自由贸易试验区南宁片区“走出去”企业"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("跨境税收问题的复函"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "中国（广西）自由贸易试验区南宁片区管理委员会：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def q(nid, n, t):
        clauses.append("（%s）%s" % ("一二三四五"[n - 1], t))
        p = add_par(doc, [(t, KT, 16, True)], first=Pt(32))
        apply_num(p, nid)

    body("你委《关于商请解答片区企业“走出去”涉税问题的函》（南自贸管函〔2026〕8号）收悉。近年来，"
         "片区企业积极参与共建“一带一路”和中国—东盟自由贸易区3.0版建设，对东盟国家投资经营日益增多，"
         "涉税诉求不断增加。经研究，现将你委转来的企业关注问题答复如下：")

    head("一、关于境外所得税收抵免")
    n1 = make_numbering(doc, "（%1）")
    q(n1, 1, "问：片区企业从其在越南设立的子公司分回股息，已在越南缴纳的税款如何在境内抵免？")
    body("答：根据《中华人民共和国企业所得税法》及其实施条例和《财政部 国家税务总局关于企业境外所得"
         "税收抵免有关问题的通知》（财税〔2009〕125号）规定，居民企业从其直接或者间接控制的外国企业分得"
         "的来源于境外的股息、红利等权益性投资收益，外国企业在境外实际缴纳的所得税税额中属于该项所得负担"
         "的部分，可以作为该居民企业的可抵免境外所得税税额，在规定的抵免限额内抵免。企业可以选择按国"
         "（地区）别分别计算，或者不按国（地区）别汇总计算抵免限额，上述方式一经选择，5年内不得改变。")
    q(n1, 2, "问：片区内高新技术企业取得的境外所得，能否按15%税率计算抵免限额？")
    body("答：可以。以境内、境外全部生产经营活动有关的指标申请并经认定的高新技术企业，其来源于境外的"
         "所得可以享受高新技术企业所得税优惠政策，在计算境外抵免限额时，可按照15%的优惠税率计算境内外"
         "应纳税总额。")

    head("二、关于税收协定待遇")
    n2 = make_numbering(doc, "（%1）")
    q(n2, 1, "问：片区企业从新加坡取得特许权使用费，如何享受税收协定待遇？")
    body("答：根据《国家税务总局关于开具〈中国税收居民身份证明〉有关事项的公告》（国家税务总局公告"
         "2019年第17号）规定，企业可以向主管税务机关申请开具《中国税收居民身份证明》，凭该证明向缔约"
         "对方税务主管当局申请享受税收协定待遇。主管税务机关自受理之日起10个工作日内办结，企业可通过"
         "电子税务局在线申请。我国与东盟国家签订的税收协定中股息、利息、特许权使用费限制税率详见附件。")
    head("三、关于出口退税和服务措施")
    n3 = make_numbering(doc, "（%1）")
    q(n3, 1, "问：片区企业通过中越跨境班列出口货物，申报出口退税有什么时间要求？")
    body("答：企业应在货物报关出口之日次月起至次年4月30日前的各增值税纳税申报期内，收齐有关凭证，"
         "向主管税务机关申报办理出口退税。通过中越跨境班列等方式出口的货物，以出口货物报关单上注明的"
         "出口日期为准。对一类、二类出口企业，正常出口退（免）税平均办理时间压缩至3个工作日以内。")
    q(n3, 2, "问：税务部门对片区“走出去”企业还有哪些服务措施？")
    body("答：一是编制发布中国居民赴东盟国家投资税收指南系列，帮助企业了解投资目的国税制；二是在南宁"
         "片区设立跨境税收服务站，提供政策咨询、风险提示等“一站式”服务；三是建立“走出去”重点企业"
         "联系制度，对年度境外投资额5000万元以上的企业实行“一企一策”专人辅导。")

    add_par(doc, "专此函复。")
    p = add_par(doc, "附件：我国与东盟国家税收协定主要所得限制税率一览表", indent=False)
    p.paragraph_format.left_indent = Pt(80)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 1)
    # 落款 aligned with a centre tab stop
    for txt in ("国家税务总局南宁市税务局", "2026年4月22日"):
        p = add_par(doc, [("\t", FS, 16, False), (txt, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(11.6), 1)  # centre tab
    add_par(doc, "（此件公开发布）")
    add_par(doc, "（联系人：黄丽萍，联系电话：0771-5532416）")

    # ---------------- 附件 on its own page: table with repeated header row
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("我国与东盟国家税收协定主要所得限制税率一览表", XBS, 18, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    add_par(doc, [("单位：%", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False,
            line=20)
    keys = ["序号", "缔约国", "股息", "利息", "特许权使用费", "备注"]
    part1 = [
        ["1", "新加坡", "5/10", "7/10", "10", "持股25%以上的股息适用5%；银行或金融机构取得的利息适用7%"],
        ["2", "马来西亚", "10", "10", "15", "—"],
        ["3", "泰国", "15/20", "10/25", "15", "持股25%以上的股息适用15%；金融机构取得的利息适用10%"],
        ["4", "印度尼西亚", "10", "10", "10", "—"],
        ["5", "越南", "10", "10", "10", "—"],
    ]
    part2 = [
        ["6", "菲律宾", "10/15", "10", "10/15", "持股10%以上的股息适用10%"],
        ["7", "老挝", "5", "5/10", "5/10", "—"],
        ["8", "柬埔寨", "10", "10", "10", "—"],
        ["9", "文莱", "5/10", "10", "10", "持股25%以上的股息适用5%"],
    ]
    widths = [1.4, 2.8, 1.8, 1.8, 3.0, 5.0]

    def tbl(rows, height):
        t = doc.add_table(rows=1 + len(rows), cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(keys):
            set_cell(t.rows[0].cells[i], h, HT, 12)
        for ri, r in enumerate(rows, 1):
            for ci, v in enumerate(r):
                set_cell(t.rows[ri].cells[ci], v, FS, 12,
                         align=WD_ALIGN_PARAGRAPH.LEFT if ci == 5 else WD_ALIGN_PARAGRAPH.CENTER)
            row_height(t.rows[ri], height)
            clauses.append(row_clause(keys, r))
        col_widths(t, widths)
        return t

    t = tbl(part1 + part2, 1.1)
    repeat_header(t.rows[0])
    for n in ("注：1．缅甸尚未与我国签订全面性避免双重征税协定。",
              "2．表中“/”前后分别为不同条件下适用的限制税率，具体以协定文本及其议定书规定为准。"):
        clauses.append(n)
        p = add_par(doc, [(n, FS, 12, False)], indent=False, line=20, before=4)
        if n.startswith("2"):
            p.paragraph_format.left_indent = Pt(24)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "国家税务总局南宁市税务局关于中国（广西）自由贸易试验区南宁片区“走出去”企业"
                     "跨境税收问题的复函",
            "doc_number": "南税函〔2026〕27号",
            "issuer": ["国家税务总局南宁市税务局"],
            "date": "2026-04-22",
            "published": None,
            "level": "municipal",
            "region": "南宁市",
            "effective": None,
            "expires": None,
            "attachments": ["我国与东盟国家税收协定主要所得限制税率一览表"],
            "doc_type": "函",
            "recipients": ["中国（广西）自由贸易试验区南宁片区管理委员会"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_hainan(), doc_tianjin(), doc_nanning()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
