# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 818: 综合保税区管理委员会专题会议纪要 + 纪要印发通知.

Writes blind818_*.docx, their PDFs (LibreOffice) and expected.json next to
this script.
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
    """runs: plain str or list of (text, font, size, bold[, color])."""
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


def setup(doc, odd_even=False):
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
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    r = font(fp.add_run(), SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = font(fp.add_run(), SONG, 14)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                          % nsdecls("w")))
    r = font(fp.add_run(), SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = font(fp.add_run(), SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def set_widths(table, widths):
    """Write column widths into tblGrid and every tc (LibreOffice reads the grid)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for tr in table._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tot = sum(int(w.twips) for w in widths[col:col + span])
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(tot))
            tcw.set(qn("w:type"), "dxa")
            col += span


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def banji(doc, lines, printer, date_txt, copies=None):
    """版记: 分送/抄送 + 印发 between black rules."""
    empty(doc, 2)
    first = True
    for ln in lines:
        p = add_par(doc, [(ln, FS, 14, False)], indent=False, line=24)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        if first:
            border(p, "top", "000000", 8, 4)
            first = False
        border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)
    if copies:
        add_par(doc, [(copies, FS, 14, False)], indent=False, line=24,
                align=WD_ALIGN_PARAGRAPH.RIGHT)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_818", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_next_abs = [800]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting", first_line=640):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text, first_line, HT, HT, HT))
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


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None,
            "published": None, "level": None, "region": None, "effective": None,
            "expires": None, "attachments": [], "doc_type": None, "recipients": [],
            "publicity": None, "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
def doc_qinzhou():
    """钦州综保区专题会议纪要第6期: 纪要版头, tab-aligned 编印 line, typed indents."""
    stem = "blind818_qinzhou_jiyao"
    doc = Document()
    setup(doc)
    clauses = []

    # 纪要版头: organ + 专题会议纪要 in red, 期号, 编印单位/日期 line, red rule
    add_par(doc, [("钦州综合保税区管理委员会", XBS, 30, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44, before=18)
    add_par(doc, [("专 题 会 议 纪 要", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=58, before=6)
    empty(doc, 1)
    add_par(doc, [("第6期", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p = add_par(doc, [("钦州综合保税区管理委员会办公室", FS, 16, False), ("\t", FS, 16, False),
                      ("2026年4月9日", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    # title over two paragraphs (broken where the clerk hit Enter)
    add_par(doc, [("关于加快推进RCEP进口商品分拨中心和西部", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("陆海新通道冷链物流项目建设的专题会议纪要", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t, hfont=HT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, hfont, 16, bold), (t, FS, 16, False)],
                indent=False)

    # first paragraph: pasted from the draft, with a stray manual line break
    t1a = ("2026年4月7日下午，管委会主任黄振宇在综保区综合服务中心四楼第一会议室主持召开专题会议，"
           "研究加快推进RCEP进口商品分拨中心和西部陆海新通道冷链物流项目建设有关事宜。管委会经济发展局、"
           "规划建设局、招商服务局、财政金融局，钦州海关驻综保区办事处，北部湾港钦州码头有限公司，")
    t1b = ("广西钦州保税港区开发投资集团有限公司等单位负责同志参加会议。会议听取了经济发展局关于两个项目"
           "推进情况的汇报，与会单位逐一研究了项目建设中存在的困难和问题。现将会议议定事项纪要如下：")
    p = doc.add_paragraph()
    font(p.add_run(IND + t1a), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(t1b), FS, 16)
    fmt(p, indent=False)
    clauses.append(t1a + t1b)

    head("一、关于RCEP进口商品分拨中心建设")
    body("会议指出，RCEP进口商品分拨中心是综保区落实《区域全面经济伙伴关系协定》、服务中国—东盟自由贸易区3.0版建设的重要载体。"
         "项目总投资4.6亿元，规划建设保税仓库8.2万平方米、查验场地1.5万平方米，目前主体工程已完成68%。"
         "会议要求，各有关单位要倒排工期、挂图作战，确保2026年9月底前竣工验收、10月投入试运营。会议议定：")
    runin("（一）", "规划建设局负责牵头协调项目二期用地红线调整事宜，于4月30日前完成规划条件变更手续；"
          "钦州供电局综保区供电所配合做好110千伏专线接入工作。", FS)
    runin("（二）", "钦州海关驻综保区办事处负责指导项目同步建设海关监管设施，按照“边建设、边验收”原则，"
          "提前介入卡口、视频监控、信息化辅助管理系统等验收准备工作。", FS)
    runin("（三）", "财政金融局负责统筹安排2026年度综保区产业发展专项资金1200万元,用于分拨中心公共查验设施和"
          "信息化平台建设，资金按项目进度分两批拨付。", FS)
    head("二、关于西部陆海新通道冷链物流项目建设")
    body("会议认为，冷链物流项目对扩大东盟水果、冻品等进口具有重要意义。2025年，经钦州港进口的东盟冷链货物达到"
         "28.7万吨，同比增长23.4%，但现有冷库库容仅3.2万吨，缺口较大。会议议定：")
    runin("（一）", "招商服务局负责牵头与意向投资方中泰冷链（广西）有限公司开展第二轮商务谈判，重点就冷库建设标准、"
          "租金优惠期限、进口量保底条款等事项形成一致意见，5月15日前提交管委会主任办公会审议。", FS)
    runin("（二）", "经济发展局负责会同北部湾港钦州码头有限公司研究开通“钦州港—林查班”“钦州港—海防”冷链直航航线"
          "的可行性，研究报告于5月底前报管委会。", FS)
    runin("三、关于项目推进工作机制。", "会议明确，建立两个项目周调度机制，由管委会副主任覃海燕同志牵头，每周五下午召开调度会，"
          "经济发展局负责汇总项目进展情况并形成周报；对推进中遇到的重大问题，及时提请管委会主任办公会研究解决。"
          "各有关单位要明确一名分管领导和一名联络员，于4月15日前报经济发展局。")
    empty(doc, 1)

    # 出席 / 列席 / 请假, label in 黑体, hanging indent
    def attend(label, names):
        clauses.append(label + names)
        p = add_par(doc, [(label, HT, 16, False), (names, FS, 16, False)], indent=False)
        p.paragraph_format.left_indent = Pt(48)
        p.paragraph_format.first_line_indent = Pt(-48)

    attend("出席：", "黄振宇　覃海燕　陆国庆")
    attend("列席：", "庞伟东（经济发展局）、梁少华（规划建设局）、甘丽萍（招商服务局）、苏德明（财政金融局）、"
           "林海（钦州海关驻综保区办事处）、冯建军（北部湾港钦州码头有限公司）、谢文斌（广西钦州保税港区开发投资集团有限公司）")
    attend("请假：", "陈立新（管委会副主任，出差）")

    banji(doc, ["分送：管委会领导，管委会各部门，钦州海关驻综保区办事处，北部湾港钦州码头有限公司，"
                "广西钦州保税港区开发投资集团有限公司。"],
          "钦州综合保税区管理委员会办公室", "2026年4月9日印发", copies="（共印25份）")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="关于加快推进RCEP进口商品分拨中心和西部陆海新通道冷链物流项目建设的专题会议纪要",
            doc_number="第6期",
            issuer=["钦州综合保税区管理委员会"],
            date="2026-04-09",
            level="municipal",
            region="钦州市",
            doc_type="纪要",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_ganzhou():
    """赣州综保区办公室印发纪要的通知 + 附件纪要第3期 (table with merged cells)."""
    stem = "blind818_ganzhou_yinfa"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("赣州综合保税区管理委员会办公室文件", XBS, 25, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44, before=0)
    empty(doc, 1)
    p = add_par(doc, [("赣综保办发〔2026〕9号", FS, 16, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    # title wrapped at odd places by hand
    for ln in ("赣州综合保税区管理委员会办公室关于",
               "印发《赣州综合保税区管理委员会专题会议",
               "纪要（第3期）》的通知"):
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "区属各部门，各驻区单位，各有关企业：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("现将《赣州综合保税区管理委员会专题会议纪要（第3期）》印发给你们，请结合工作职责，认真抓好会议议定事项的贯彻落实。")
    body("各责任单位要按照任务分工和时间节点，细化工作措施，于每月25日前将落实进展情况报管委会办公室（督查室）。"
         "（联系人：刘思远，电话：0797-8396512）")
    p = add_par(doc, "附件：赣州综合保税区管理委员会专题会议纪要（第3期）")
    p.paragraph_format.left_indent = Pt(80)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 1)
    # 落款 typed with spaces, date in Chinese numerals
    add_par(doc, " " * 26 + "赣州综合保税区管理委员会办公室", indent=False)
    add_par(doc, " " * 36 + "二〇二六年四月二十日", indent=False)
    add_par(doc, "（此件主动公开）")

    # ---- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("赣州综合保税区管理委员会", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("专题会议纪要", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("（第3期）", KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc, 1)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    body("2026年4月14日上午，管委会常务副主任钟卫平主持召开专题会议，研究推进综保区保税维修和再制造业务发展、"
         "赣州国际陆港与综保区联动发展有关工作。管委会综合部、经济发展部、招商合作部、规划建设部、财政审计部，"
         "赣州海关，赣州国际陆港发展集团有限公司，江西赣州综保区开发建设有限公司负责同志参加会议。现纪要如下：")
    head("一、关于保税维修业务发展")
    body("会议指出，开展保税维修和再制造业务是推动综保区由“保税物流”向“保税制造+服务”转型的重要抓手。"
         "目前，区内已有2家企业获批开展工程机械、数控机床保税维修业务，2025年完成保税维修货值3.8亿元。会议同意：")
    body("（一）支持赣州恒鑫数控装备有限公司在区内开展数控系统保税维修业务，由经济发展部负责指导企业编制业务方案，"
         "赣州海关负责做好业务备案及监管指导，力争6月底前开展首单业务。")
    body("（二）经济发展部会同财政审计部研究制定《赣州综合保税区支持保税维修和再制造业务发展的若干措施》，"
         "对新开展保税维修业务且年维修货值超过5000万元的企业给予一次性奖励，政策文件于5月20日前提交管委会主任办公会审议。")
    head("二、关于赣州国际陆港与综保区联动发展")
    body("（一）会议原则同意赣州国际陆港发展集团有限公司提出的“陆港+综保区”一体化通关方案，由赣州海关牵头，"
         "推进“铁路快通”“离港确认”等模式在陆港与综保区间常态化应用，实现中欧班列（赣州）进口货物"
         "“一次申报、一次查验、一次放行”。")
    body("（二）规划建设部负责加快综保区二期围网工程建设，确保8月底前完成围网、卡口及巡关道路建设，9月底前申请验收。")
    p = add_par(doc, [("三、关于任务分工。", HT, 16, False),
                      ("会议明确，各项议定事项按照下表分工推进，牵头单位对任务落实负总责，配合单位要主动对接、密切协作。",
                       FS, 16, False)])
    clauses.append("三、关于任务分工。会议明确，各项议定事项按照下表分工推进，牵头单位对任务落实负总责，配合单位要主动对接、密切协作。")

    add_par(doc, [("会议议定事项任务分工表", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    rows = [
        ["1", "指导企业开展数控系统保税维修首单业务", "钟卫平", "经济发展部", "赣州海关", "2026年6月30日"],
        ["2", "制定支持保税维修和再制造业务发展若干措施", "钟卫平", "经济发展部", "财政审计部", "2026年5月20日"],
        ["3", "推进陆港与综保区一体化通关", "刘建华", "赣州海关", "赣州国际陆港发展集团有限公司", "2026年7月31日"],
        ["4", "综保区二期围网及卡口工程建设", "刘建华", "规划建设部", "江西赣州综保区开发建设有限公司", "2026年8月31日"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    # two-level header
    for ci, h in ((0, "序号"), (1, "工作任务"), (2, "牵头领导"), (5, "完成时限")):
        m = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(m, h, HT, 12)
    m = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(m, "责任单位", HT, 12)
    set_cell(t.cell(1, 3), "牵头单位", HT, 12)
    set_cell(t.cell(1, 4), "配合单位", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            if ci == 2:
                continue
            al = WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.cell(ri, ci), v, FS, 12, align=al)
    # 牵头领导 merged vertically (rows 1-2, rows 3-4)
    set_cell(t.cell(2, 2).merge(t.cell(3, 2)), "钟卫平", FS, 12)
    set_cell(t.cell(4, 2).merge(t.cell(5, 2)), "刘建华", FS, 12)
    set_widths(t, [Cm(1.3), Cm(4.4), Cm(2.1), Cm(2.4), Cm(3.4), Cm(2.6)])
    hdr = ["序号", "工作任务", "牵头领导", "责任单位／牵头单位", "责任单位／配合单位", "完成时限"]
    for row in rows:
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    p = add_par(doc, [("注：完成时限为最迟完成时间，鼓励提前完成；因客观原因需调整时限的，由牵头单位书面报管委会同意。",
                       FS, 12, False)], indent=False, line=20, before=4)
    clauses.append("注：完成时限为最迟完成时间，鼓励提前完成；因客观原因需调整时限的，由牵头单位书面报管委会同意。")
    empty(doc, 1)

    def attend(label, names):
        clauses.append(label + names)
        p = add_par(doc, [(label, HT, 16, False), (names, FS, 16, False)], indent=False)
        p.paragraph_format.left_indent = Pt(48)
        p.paragraph_format.first_line_indent = Pt(-48)

    attend("出席：", "钟卫平、刘建华")
    attend("列席：", "曾志强（综合部）、李文辉（经济发展部）、谢婷（招商合作部）、温国栋（规划建设部）、黄淑芬（财政审计部）、"
           "郭亮（赣州海关）、赖永明（赣州国际陆港发展集团有限公司）、肖斌（江西赣州综保区开发建设有限公司）")
    add_par(doc, "分送：管委会领导，管委会各部门，赣州海关，赣州国际陆港发展集团有限公司，江西赣州综保区开发建设有限公司。",
            indent=False)

    banji(doc, ["抄送：赣州市人民政府办公室，赣州市商务局。"],
          "赣州综合保税区管理委员会办公室", "2026年4月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="赣州综合保税区管理委员会办公室关于印发《赣州综合保税区管理委员会专题会议纪要（第3期）》的通知",
            doc_number="赣综保办发〔2026〕9号",
            issuer=["赣州综合保税区管理委员会办公室"],
            date="2026-04-20",
            level="municipal",
            region="赣州市",
            attachments=["赣州综合保税区管理委员会专题会议纪要（第3期）"],
            doc_type="通知",
            recipients=["区属各部门", "各驻区单位", "各有关企业"],
            publicity="此件主动公开",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_urumqi():
    """乌鲁木齐综保区会议纪要2026年第12期: 内部资料 mark, auto-numbered 一、, table."""
    stem = "blind818_urumqi_jiyao"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    add_par(doc, [("内部资料　注意保存", HT, 16, False)], indent=False)
    add_par(doc, [("乌鲁木齐综合保税区管理委员会", XBS, 28, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44, before=12)
    add_par(doc, [("会　议　纪　要", XBS, 44, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=62, before=6)
    add_par(doc, [("2026年第12期", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, before=8)
    # organ and date pushed apart with typed spaces
    p = add_par(doc, [("乌鲁木齐综合保税区管理委员会办公室" + " " * 4 + "2026年5月18日", FS, 16, False)],
                indent=False)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    for ln in ("乌鲁木齐综合保税区管理委员会", "关于中欧班列集结中心与综保区联动发展的",
               "专题会议纪要"):
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    nums = [0]
    CN = "一二三四五六七八九十"

    def item(h, t):
        nums[0] += 1
        clauses.append(CN[nums[0] - 1] + "、" + h + t)
        p = add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    body("5月15日，管委会主任艾尔肯·吐尔逊主持召开专题会议，听取中欧班列（乌鲁木齐）集结中心运营情况及综保区跨境电商、"
         "保税物流业务发展情况汇报，研究部署下一阶段重点工作。现将会议议定事项纪要如下：")
    item("关于提升中欧班列集结中心与综保区联动水平。",
         "会议指出，2025年中欧班列（乌鲁木齐）集结中心开行班列1736列，其中经综保区集拼的班列412列，占比23.7%，"
         "联动发展成效初显，但仍存在回程货源不足、区内仓储分拨能力不强等问题。会议要求，招商局会同新疆中欧班列运营有限公司"
         "加强与哈萨克斯坦、乌兹别克斯坦等中亚国家进口商的联系，组织棉纱、农产品、矿产品等回程货源，力争2026年回程班列"
         "占比提高到40%以上。")
    item("关于加快跨境电商监管中心二期建设。",
         "会议同意跨境电商监管中心二期项目按照总投资2.35亿元、建筑面积4.2万平方米的规模实施，由建设管理局负责，"
         "确保10月底前主体完工。乌鲁木齐海关驻综保区办事处要提前介入，同步做好监管场所验收指导工作。")
    item("关于推动“保税+”新业态发展。", "会议议定：")
    body("1.支持区内企业开展中亚国家进口商品保税展示交易，在综保区商品展示中心设立“中亚国家馆”，由经济发展局负责于7月底前完成布展。")
    body("2.研究开展大宗商品期货保税交割业务，由经济发展局会同乌鲁木齐海关驻综保区办事处开展前期调研，形成可行性报告报管委会。")
    body("3．支持新疆中欧班列运营有限公司在区内设立中欧班列集拼分拨仓库，开展“班列+保税仓储+分拨”业务，招商局负责做好项目服务保障。")
    item("关于重点项目推进。", "会议明确，2026年综保区重点建设项目实行清单化管理，具体安排如下：")

    p = add_par(doc, [("表1　2026年综保区重点建设项目推进计划表", HT, 14, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, [("单位：万元", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
                indent=False, line=20)
    p.paragraph_format.keep_with_next = True
    rows = [
        ["1", "跨境电商监管中心二期", "23500", "15000", "建设管理局", "2026年10月"],
        ["2", "中亚商品保税展示交易中心", "6800", "6800", "经济发展局", "2026年7月"],
        ["3", "综保区智慧卡口改造", "3200", "3200", "建设管理局", "2026年9月"],
        ["4", "冷链查验及仓储设施", "12600", "8000", "招商局", "2026年12月"],
        ["5", "中欧班列集拼分拨仓库", "18900", "9500", "新疆中欧班列运营有限公司", "2027年6月"],
    ]
    t = doc.add_table(rows=2 + len(rows) + 1, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in ((0, "序号"), (1, "项目名称"), (4, "责任单位"), (5, "完成时限")):
        set_cell(t.cell(0, ci).merge(t.cell(1, ci)), h, HT, 12)
    set_cell(t.cell(0, 2).merge(t.cell(0, 3)), "投资额", HT, 12)
    set_cell(t.cell(1, 2), "总投资", HT, 12)
    set_cell(t.cell(1, 3), "2026年计划", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdr = ["序号", "项目名称", "投资额／总投资", "投资额／2026年计划", "责任单位", "完成时限"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.cell(ri, ci), v, FS, 12, align=al)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    last = 2 + len(rows)
    set_cell(t.cell(last, 0).merge(t.cell(last, 1)), "合计", HT, 12)
    tot = ["65000", "42500", "—", "—"]
    for ci, v in enumerate(tot, 2):
        set_cell(t.cell(last, ci), v, FS, 12)
    set_widths(t, [Cm(1.3), Cm(4.6), Cm(2.0), Cm(2.4), Cm(3.6), Cm(2.5)])
    clauses.append("序号：合计；项目名称：合计；投资额／总投资：65000；投资额／2026年计划：42500；责任单位：—；完成时限：—")
    add_par(doc, [("注：2026年计划投资含中央预算内投资和地方政府专项债券资金。", FS, 12, False)],
            indent=False, line=20, before=4)
    clauses.append("注：2026年计划投资含中央预算内投资和地方政府专项债券资金。")
    item("关于安全生产工作。",
         "会议强调，各部门、各驻区企业要严格落实安全生产责任制，重点加强危险化学品仓储、冷链仓库、在建工地等领域"
         "隐患排查整治，建设管理局要于6月10日前组织开展一次全区安全生产联合检查。")
    empty(doc, 1)
    # 出席 / 列席 / 记录 with spaces typed inside the labels
    for ln in ("出  席：艾尔肯·吐尔逊　王振华　马俊杰　古丽娜尔·买买提",
               "列  席：经济发展局　李刚；招商局　阿不都热依木·艾力；建设管理局　周涛；"
               "乌鲁木齐海关驻综保区办事处　孙明；新疆中欧班列运营有限公司　赵宏伟",
               "记  录：张燕"):
        clauses.append(ln)
        p = add_par(doc, ln, indent=False)
        p.paragraph_format.left_indent = Pt(64)
        p.paragraph_format.first_line_indent = Pt(-64)

    banji(doc, ["分送：自治区商务厅，乌鲁木齐市人民政府办公厅，市商务局，乌鲁木齐海关，"
                "新疆中欧班列运营有限公司，管委会领导、各部门。"],
          "乌鲁木齐综合保税区管理委员会办公室", "2026年5月18日印发", copies="（共印30份）")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="乌鲁木齐综合保税区管理委员会关于中欧班列集结中心与综保区联动发展的专题会议纪要",
            doc_number="2026年第12期",
            issuer=["乌鲁木齐综合保税区管理委员会"],
            date="2026-05-18",
            level="municipal",
            region="乌鲁木齐市",
            doc_type="纪要",
        ),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_qinzhou(), doc_ganzhou(), doc_urumqi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
