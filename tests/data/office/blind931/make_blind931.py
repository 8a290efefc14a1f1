# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 931: 自贸片区管委会主任办公会议纪要（多期合订）, Word + PDF + expected.json."""
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

C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, scale=None):
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
    if scale is not None:
        w = parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale))
        sz = rpr.find(qn("w:sz"))
        if sz is not None:
            sz.addprevious(w)
        else:
            rpr.append(w)
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None, left=None):
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
    if left is not None:
        pf.left_indent = left
    return p


def add_par(doc, runs, **kw):
    """runs: list of (text, fontname, size, bold[, color[, scale]]) or plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        scale = r[5] if len(r) > 5 else None
        font(p.add_run(text), name, size, bold, color, scale)
    fmt(p, **kw)
    if _PENDING[0]:
        p.paragraph_format.page_break_before = True
        _PENDING[0] = False
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


_PENDING = [False]


def page_break(doc):
    """段前分页: the next paragraph typed gets 'page break before'."""
    _PENDING[0] = True


def page_field(fp, left, right, size=14):
    font(fp.add_run(left), SONG, size)
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
    font(fp.add_run(right), SONG, size)


def setup(doc, dash=("— ", " —")):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.4)
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
    fp.alignment = C
    page_field(fp, dash[0], dash[1])


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def banji(doc, cc, printer, date_txt, gap=1):
    """版记: 分送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.keep_with_next = True
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_931", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [900]


def make_numbering(doc, lvl_text):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text))
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


expected = {}


def meta(title, num, issuer, date, region, attachments=None):
    return {
        "title": title,
        "doc_number": num,
        "issuer": [issuer],
        "date": date,
        "published": None,
        "level": "municipal",
        "region": region,
        "effective": None,
        "expires": None,
        "attachments": attachments or [],
        "doc_type": "纪要",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }


# =================================================================== DOC A
QZ_ORG = "中国（广西）自由贸易试验区钦州港片区管理委员会"


def qz_issue(doc, qi, date_digits, title, opening, topics, attend, printer_date, last=False):
    """One issue of the 钦州港 minutes. topics: list of (heading, [("p"|"item", text)])."""
    clauses = []
    add_par(doc, [("内部资料　注意保存", HT, 14, False)], indent=False, line=24)
    add_par(doc, [(QZ_ORG, XBS, 22, False, RED, 85)], align=C, indent=False, line=40, before=12)
    add_par(doc, [("主任办公会议纪要", XBS, 48, False, RED)], align=C, indent=False, line=64)
    empty(doc, 1, line=20)
    add_par(doc, qi, align=C, indent=False)
    p = add_par(doc, [("钦州港片区管委会办公室", FS, 16, False), ("\t", FS, 16, False),
                      (date_digits, FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    add_par(doc, [(title, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1, line=20)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body(opening)
    for head, parts in topics:
        add_par(doc, [(head, HT, 16, False)])
        for kind, t in parts:
            body(t)
    empty(doc, 1)
    for label, names in attend:
        t = label + names
        clauses.append(t)
        p = add_par(doc, [(label, HT, 16, False), (names, FS, 16, False)],
                    first=Pt(-48), left=Pt(80))
    banji(doc, "分送：片区管委会领导，各局（办、中心），钦州海关，钦州港海事局。",
          "钦州港片区管委会办公室", printer_date)
    if not last:
        page_break(doc)
    return clauses


def doc_qinzhou():
    stem = "blind931_qinzhou_heding"
    doc = Document()
    setup(doc)
    docs = []

    # ---------------- 第1期
    t1 = "钦州港片区管委会2026年第1次主任办公会议纪要"
    c1 = qz_issue(
        doc, "2026年第1期", "2026年1月20日", t1,
        "2026年1月16日上午，片区管委会主任韦志强在管委会3楼第一会议室主持召开2026年第1次主任办公会议，研究西部陆海新通道集装箱航线培育、招商引资项目准入评审和中国—东盟产业合作区钦州园区建设等事项。现将会议议定事项纪要如下：",
        [
            ("一、关于2026年西部陆海新通道集装箱航线培育扶持资金安排的议题", [
                ("p", "会议听取了片区经济发展局关于2025年集装箱航线培育扶持资金使用情况及2026年资金安排建议的汇报。2025年，钦州港完成集装箱吞吐量986.4万标箱，同比增长10.2%；新开通钦州港至越南海防、泰国林查班、印度尼西亚雅加达等外贸航线9条，外贸集装箱航线总数达到71条。"),
                ("p", "会议指出，航线培育扶持政策对稳定和拓展西部陆海新通道海上航线网络发挥了重要作用，要进一步突出扶持重点，提高资金使用绩效。会议议定："),
                ("item", "（一）原则同意2026年安排集装箱航线培育扶持资金1.2亿元，重点支持新开通的RCEP成员国、共建“一带一路”国家远洋航线和“海铁联运”班列。"),
                ("item", "（二）请片区经济发展局会同片区财政局按照“先开后补、绩效挂钩”原则修改完善资金兑付细则，于2月底前报管委会审定。"),
                ("item", "（三）请片区财政局做好资金保障，所需资金在片区2026年度预算中统筹安排。"),
            ]),
            ("二、关于审议《钦州港片区招商引资项目准入评审办法(试行)》的议题", [
                ("p", "会议听取了片区投资促进局关于《钦州港片区招商引资项目准入评审办法(试行)》（送审稿）起草情况的汇报，原则同意该办法。会议要求，片区投资促进局要根据会议意见，进一步细化亩均投资强度、亩均税收、单位能耗等准入指标，征求片区自然资源局、生态环境分局意见并经合法性审核后，按程序印发实施。"),
            ]),
            ("三、关于中国—东盟产业合作区钦州园区建设推进情况的议题", [
                ("p", "会议听取了片区建设管理局关于中国—东盟产业合作区钦州园区建设推进情况的汇报。会议强调，要坚持“项目为王”，对照年度目标任务倒排工期，加快推进标准厂房、保税仓库等基础设施建设，确保一期3.2平方公里基础设施于2026年6月底前基本建成；要加强与东盟国家产业园区对接，力争全年引进东盟国家投资项目10个以上。"),
            ]),
        ],
        [("出席：", "韦志强、黄海鹰、陈立军、蒙晓东、李慧敏"),
         ("列席：", "片区经济发展局黄天宇，片区财政局覃丽萍，片区投资促进局莫家宁，片区建设管理局梁振华，片区自然资源局杨帆，钦州海关驻片区办事处刘健（列席第一项议题）"),
         ("请假：", "梁国栋（公务外出）"),
         ("记录：", "韦思琪")],
        "2026年1月20日印发")
    docs.append({"meta": meta(t1, "2026年第1期", QZ_ORG, "2026-01-20", "钦州市"),
                 "clauses": c1})

    # ---------------- 第2期
    t2 = "钦州港片区管委会2026年第2次主任办公会议纪要"
    c2 = qz_issue(
        doc, "2026年第2期", "2026年2月13日", t2,
        "2026年2月10日下午，片区管委会主任韦志强主持召开2026年第2次主任办公会议，研究RCEP原产地证书智能审签推广、钦州港东站集装箱办理站扩能改造项目用地保障等事项。纪要如下：",
        [
            ("一、关于推广RCEP原产地证书智能审签的议题", [
                ("p", "会议听取了片区商务和口岸局关于RCEP原产地证书智能审签试点情况的汇报。试点以来，片区共签发RCEP原产地证书4836份，涉及货值21.7亿元，企业享受进口国关税减让约1.1亿元，证书平均审签时间由原来的1个工作日压缩至10分钟以内。"),
                ("p", "会议同意在片区全面推广RCEP原产地证书智能审签，请片区商务和口岸局加强与钦州海关、中国国际贸易促进委员会钦州市支会的沟通对接，于3月底前实现片区外贸企业全覆盖，并做好政策宣讲和企业培训工作。"),
            ]),
            ("二、关于钦州港东站集装箱办理站扩能改造项目用地保障的议题", [
                ("p", "会议听取了片区自然资源局关于项目用地报批进展情况的汇报。会议指出，钦州港东站集装箱办理站扩能改造项目是西部陆海新通道海铁联运的关键节点工程，各相关单位要强化协同、压实责任。会议议定："),
                ("item", "1.请片区自然资源局加快用地组卷报批，力争4月底前取得用地批复；"),
                ("item", "2.请片区建设管理局会同中国铁路南宁局集团有限公司钦州车务段做好征地拆迁和施工组织衔接，确保项目6月底前开工；"),
                ("item", "3.请管委会办公室将该项目纳入片区重点督办事项，每月通报推进情况。"),
            ]),
            ("三、其他事项", [
                ("p", "会议还听取了片区应急管理局关于春节后企业复工复产安全生产工作的汇报，要求各局（办、中心）落实安全生产责任，开展港口危险货物储存场所专项检查，坚决防范遏制重特大事故发生。"),
            ]),
        ],
        [("出席：", "韦志强、黄海鹰、陈立军、梁国栋、李慧敏"),
         ("列席：", "片区商务和口岸局覃海峰，片区自然资源局杨帆，片区建设管理局梁振华，片区应急管理局韦国强，钦州海关驻片区办事处刘健"),
         ("请假：", "蒙晓东（参加自治区培训）"),
         ("记录：", "韦思琪")],
        "2026年2月13日印发", last=True)
    docs.append({"meta": meta(t2, "2026年第2期", QZ_ORG, "2026-02-13", "钦州市"),
                 "clauses": c2})

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


# =================================================================== DOC B
XM_ORG = "中国（福建）自由贸易试验区厦门片区管理委员会"


def xm_masthead(doc, num, date_txt, title_lines, first=False):
    if not first:
        page_break(doc)
    add_par(doc, [("厦门片区管委会主任办公会议纪要", XBS, 36, False, RED, 80)],
            align=C, indent=False, line=60, before=24)
    empty(doc, 1, line=16)
    add_par(doc, num, align=C, indent=False)
    # organ and date aligned with typed full-width spaces
    p = add_par(doc, "厦门片区管委会办公室" + "\u3000" * 8 + date_txt, indent=False,
                left=Pt(8))
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc, 1)
    # title typed as one paragraph with a soft line break at an odd place
    p = doc.add_paragraph()
    for i, t in enumerate(title_lines):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(t), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1, line=20)


def xm_table(doc, rows, clauses, caption=None, cont=False):
    if caption:
        p = add_par(doc, [(caption, HT, 14, False)], align=C, indent=False, line=26)
        p.paragraph_format.keep_with_next = True
    if cont:
        add_par(doc, [("续表", HT, 14, False)], indent=False, line=26)
    hdr1 = ["序号", "项目名称", "计划总投资", "责任分工", "", "完成时限"]
    hdr2 = ["", "", "", "牵头单位", "配合单位", ""]
    keys = ["序号", "项目名称", "计划总投资", "责任分工／牵头单位", "责任分工／配合单位", "完成时限"]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.2), Cm(4.4), Cm(1.9), Cm(2.9), Cm(2.9), Cm(2.3)]
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    for i in range(6):
        set_cell(t.rows[0].cells[i], hdr1[i], HT, 12)
        set_cell(t.rows[1].cells[i], hdr2[i], HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12,
                     align=L if ci == 1 and v != "合计" else C)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row) if v))
    # merges after filling
    for ci in (0, 1, 2, 5):
        a = t.cell(0, ci)
        a.merge(t.cell(1, ci))
        set_cell(a, hdr1[ci], HT, 12)
    m = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(m, "责任分工", HT, 12)
    return t


def doc_xiamen():
    stem = "blind931_xiamen_heding"
    doc = Document()
    setup(doc)
    # running header of the bound volume
    hp = doc.sections[0].header.paragraphs[0]
    hp.alignment = C
    font(hp.add_run(XM_ORG + "主任办公会议纪要（2026年合订本）"), SONG, 9)
    border(hp, "bottom", "000000", 4, 1)
    docs = []

    # ---------------- 〔2026〕5号
    clauses = []

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    title5 = "关于研究金砖创新基地建设和两岸跨境贸易便利化等事项的会议纪要"
    xm_masthead(doc, "厦自贸纪〔2026〕5号", "2026年4月3日",
                ["关于研究金砖创新基地建设和两岸跨境", "贸易便利化等事项的会议纪要"], first=True)
    body("2026年3月31日，片区管委会主任林建华主持召开2026年第5次主任办公会议，专题研究金砖国家新工业革命伙伴关系创新基地（以下简称金砖创新基地）建设、2026年片区重点招商项目推进和两岸跨境贸易便利化等事项。会议纪要如下：")
    head("一、关于金砖创新基地建设")
    body("会议听取了片区产业发展局关于金砖创新基地建设进展情况的汇报。会议认为，金砖创新基地是厦门片区服务国家对外开放战略的重要平台，2025年累计落地金砖国家合作项目43个、总投资86.5亿元，举办金砖国家工业创新大赛等活动12场，成效明显。会议要求：")
    body("1．加快建设金砖创新基地展示中心和新工业革命能力建设培训中心，力争2026年9月底前投入使用；")
    body("2．依托厦门国际贸易“单一窗口”，推动与金砖国家开展海关、检验检疫等数据交换试点；")
    body("3．完善金砖国家企业落地服务机制，设立“一站式”服务专窗，为金砖国家企业提供商事登记、外汇结算、法律咨询等服务。")
    head("二、关于2026年片区重点招商项目推进安排")
    body("会议听取了片区投资促进局关于2026年片区重点招商项目推进安排的汇报，原则同意推进安排。各重点项目责任分工如下：")
    xm_table(doc, [
        ["1", "金砖创新基地新工业革命能力建设中心", "12.0", "片区产业发展局", "片区建设管理局", "2026年9月"],
        ["2", "两岸跨境电商产业园二期", "8.5", "片区投资促进局", "片区口岸和物流局", "2026年12月"],
        ["3", "航空维修保税基地扩建项目", "15.6", "片区产业发展局", "厦门海关", "2027年6月"],
    ], clauses, caption="2026年片区重点招商项目推进安排表（单位：亿元）")
    page_break(doc)
    xm_table(doc, [
        ["4", "海沧港区冷链物流中心", "9.3", "片区口岸和物流局", "片区投资促进局", "2026年11月"],
        ["5", "国际数据合作中心", "20.0", "片区科技和数字经济局", "片区财政金融局", "2027年3月"],
        ["6", "跨境金融服务中心", "6.8", "片区财政金融局", "片区投资促进局", "2026年10月"],
        ["", "合计", "72.2", "—", "—", "—"],
    ], clauses, cont=True)
    note = "注：完成时限为项目主体工程开工或投入运营时间。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)
    empty(doc, 1, line=14)
    body("会议要求，各牵头单位要建立项目推进台账，实行“一个项目、一名领导、一个专班”工作机制，每月10日前将项目进展情况报管委会办公室汇总。")
    head("三、关于两岸跨境贸易便利化")
    body("会议听取了片区口岸和物流局关于两岸跨境贸易便利化措施落实情况的汇报。会议指出，要发挥厦门片区对台先行先试优势，持续深化两岸贸易通关便利化改革。会议议定：")
    body("（一）原则同意《厦门片区深化两岸跨境贸易便利化若干措施》，请片区口岸和物流局按程序印发实施。")
    body("（二）请片区口岸和物流局会同厦门海关推进对台小额贸易商品“抵港直通”，进一步压缩通关时间。")
    body("（三）请片区财政金融局研究设立两岸跨境电商专项扶持资金，于5月底前提出方案报管委会研究。")
    empty(doc, 1)
    for t in ["出席：林建华，陈志远，王丽娟，郑海峰，黄晓明",
              "列席：片区产业发展局、口岸和物流局、投资促进局、财政金融局、科技和数字经济局、建设管理局主要负责同志，厦门海关自贸区办公室有关负责同志",
              "记录：许雅婷"]:
        clauses.append(t)
        add_par(doc, t, indent=False)
    banji(doc, "分送：片区管委会领导，各局（室），厦门海关，市商务局。",
          "厦门片区管委会办公室", "2026年4月3日印发")
    docs.append({"meta": meta(title5, "厦自贸纪〔2026〕5号", XM_ORG, "2026-04-03", "厦门市"),
                 "clauses": clauses})

    # ---------------- 〔2026〕6号
    clauses = []
    title6 = "关于研究片区制度创新成果申报和外资企业服务等事项的会议纪要"
    xm_masthead(doc, "厦自贸纪〔2026〕6号", "2026年4月24日",
                ["关于研究片区制度创新成果申报和外资", "企业服务等事项的会议纪要"])
    body("2026年4月21日，片区管委会主任林建华主持召开2026年第6次主任办公会议，研究片区制度创新成果申报和外资企业服务等事项。会议纪要如下：")
    head("一、关于2026年第一批制度创新成果申报")
    body("会议听取了片区改革创新局关于2026年第一批制度创新成果遴选情况的汇报，同意将“两岸商品标准互认‘一证通’”“金砖国家企业跨境投资服务‘单一窗口’”“飞机融资租赁资产跨境转让”等8项成果报送福建自贸试验区工作领导小组办公室参评，请片区改革创新局进一步提炼成果亮点，于4月30日前完成申报。")
    head("二、关于优化外资企业服务")
    body("会议指出，2026年一季度片区新设外资企业68家，实际使用外资2.3亿美元，同比增长12.7%，但部分外资企业反映跨境数据流动、外籍人员出入境等方面仍存在堵点。会议议定：")
    body("（一）请片区投资促进局牵头建立外资企业诉求“直通车”机制，诉求响应时间不超过2个工作日；")
    body("（二）请片区科技和数字经济局研究制定片区数据出境负面清单，按程序报有关部门备案；")
    body("（三）请管委会办公室会同出入境管理部门设立外籍人才服务专窗，提供签证、居留许可“一站式”办理服务。")
    empty(doc, 1)
    for t in ["出席：林建华，陈志远，王丽娟，黄晓明",
              "列席：片区改革创新局、投资促进局、科技和数字经济局主要负责同志",
              "请假：郑海峰（出差）",
              "记录：许雅婷"]:
        clauses.append(t)
        add_par(doc, t, indent=False)
    banji(doc, "分送：片区管委会领导，各局（室），厦门海关，市商务局。",
          "厦门片区管委会办公室", "2026年4月24日印发")
    docs.append({"meta": meta(title6, "厦自贸纪〔2026〕6号", XM_ORG, "2026-04-24", "厦门市"),
                 "clauses": clauses})

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


# =================================================================== DOC C
HH_ORG = "中国（黑龙江）自由贸易试验区黑河片区管理委员会"
HH_TITLE = HH_ORG + "主任办公会议纪要"


def hh_issue(doc, qi, date_cn, topics, attend, printer_date, last=False):
    clauses = []
    nid = make_numbering(doc, "%1、")
    add_par(doc, [(HH_ORG, XBS, 22, False, RED, 80)], align=C, indent=False, line=36)
    add_par(doc, [("主任办公会议纪要", XBS, 40, False, RED)], align=C, indent=False, line=56)
    add_par(doc, [(qi, FS, 16, False)], align=C, indent=False, before=6)
    # layout table: organ left, date right
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    set_cell(t.rows[0].cells[0], "黑河片区管委会综合办公室", FS, 16, align=L, line=28)
    set_cell(t.rows[0].cells[1], date_cn, FS, 16, align=R, line=28)
    p = add_par(doc, "", indent=False, line=6)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1, line=20)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    for kind, a, b in topics:
        if kind == "p":
            body(a)
        elif kind == "h":
            p = add_par(doc, [(a, HT, 16, False)], first=Pt(32))
            apply_num(p, nid)
        elif kind == "runin":
            clauses.append(a + b)
            add_par(doc, [(IND, FS, 16, False), (a, KT, 16, True), (b, FS, 16, False)],
                    indent=False)
    for t in attend:
        clauses.append(t)
        add_par(doc, IND + t, indent=False)
    banji(doc, "分送：片区管委会领导，各部门（单位），黑河海关。",
          "黑河片区管委会综合办公室", printer_date, gap=1)
    if not last:
        page_break(doc)
    return clauses


def doc_heihe():
    stem = "blind931_heihe_heding"
    doc = Document()
    setup(doc, dash=("- ", " -"))
    docs = []

    # ---- cover / 目录 of the bound volume (not part of any issue)
    empty(doc, 2)
    add_par(doc, [(HH_ORG, XBS, 20, False, None, 85)], align=C, indent=False, line=40)
    add_par(doc, [("主任办公会议纪要", XBS, 36, False)], align=C, indent=False, line=56)
    add_par(doc, [("（2026年第1—3期合订本）", KT, 18, False)], align=C, indent=False, line=36)
    empty(doc, 2)
    add_par(doc, [("目　　录", HT, 18, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    for a, b in [("第1期（3月9日）", "研究中俄跨境产业集群建设、黑河口岸冬季运输保障等事项"),
                 ("第2期（3月30日）", "研究跨境产业集群建设规划修改、对俄跨境人民币结算等事项"),
                 ("第3期（4月20日）", "研究黑龙江公路大桥跨境物流通道提质增效、中俄文化大集筹备等事项")]:
        add_par(doc, [(a, HT, 14, False), ("\u3000", FS, 14, False), (b, FS, 14, False)],
                first=Pt(-120), left=Pt(152), line=30)
    empty(doc, 2)
    add_par(doc, [("黑河片区管委会综合办公室　编", KT, 16, False)], align=C, indent=False)
    page_break(doc)

    # ---------------- 第1期
    c1 = hh_issue(doc, "第1期", "二〇二六年三月九日", [
        ("p", "3月6日上午，片区管委会主任赵永明主持召开主任办公会议，研究中俄跨境产业集群建设、黑河口岸冬季运输保障等事项。现纪要如下：", None),
        ("h", "关于中俄跨境产业集群建设", None),
        ("p", "会议听取了片区经济合作局关于中俄跨境产业集群建设规划编制情况的汇报。会议指出，要立足黑河—布拉戈维申斯克“双子城”区位优势，重点发展跨境能源资源综合加工、绿色食品、商贸物流等产业，推动形成“两国双园”联动发展格局。", None),
        ("runin", "（一）规划编制。", "原则同意《黑河片区中俄跨境产业集群建设规划（2026—2030年）》框架思路，请片区经济合作局吸收会议意见修改完善后，于3月底前再次提交主任办公会议审议。"),
        ("runin", "（二）项目招引。", "请片区招商服务局围绕大豆精深加工、木材加工、跨境电商等领域，建立中俄跨境产业集群招商项目库，年内签约项目不少于15个。"),
        ("h", "关于黑河口岸冬季运输保障", None),
        ("p", "会议听取了片区口岸服务中心关于黑河口岸浮箱固冰通道运行情况的汇报。今冬以来，黑河口岸浮箱固冰通道累计通行货车1.26万辆次，进出口货物38.7万吨。会议要求，片区口岸服务中心要密切关注黑龙江开江期水文变化，提前做好浮箱固冰通道向明水期汽渡和黑龙江公路大桥运输的转换衔接，确保口岸通关不断档。", None),
    ], ["出席：赵永明　孙立新　刘晓光　王春梅",
        "列席：片区经济合作局、招商服务局、口岸服务中心负责同志，黑河海关有关同志",
        "记录：李婉婷"], "2026年3月9日印发")
    docs.append({"meta": meta(HH_TITLE, "第1期", HH_ORG, "2026-03-09", "黑河市"),
                 "clauses": c1})

    # ---------------- 第2期
    c2 = hh_issue(doc, "第2期", "二〇二六年三月三十日", [
        ("p", "3月27日下午，片区管委会主任赵永明主持召开主任办公会议，研究中俄跨境产业集群建设规划修改、对俄跨境人民币结算业务推进等事项。现纪要如下：", None),
        ("h", "关于《黑河片区中俄跨境产业集群建设规划（2026—2030年）》修改情况", None),
        ("p", "会议听取了片区经济合作局关于规划修改完善情况的汇报，同意规划修改稿，请片区经济合作局按程序报黑河市人民政府审定后印发。", None),
        ("h", "关于对俄跨境人民币结算业务推进", None),
        ("p", "会议听取了片区金融服务局关于对俄跨境人民币结算业务开展情况的汇报。2026年1—2月，片区对俄跨境人民币结算量达到46.3亿元，同比增长31.5%，占片区对俄结算总量的92%以上。会议议定：", None),
        ("runin", "（一）扩大代理行合作。", "请片区金融服务局会同人民银行黑河市分行，支持辖内银行与俄罗斯阿穆尔州银行扩大代理行合作，拓展卢布现钞跨境调运业务。"),
        ("runin", "（二）降低结算成本。", "请片区金融服务局研究对外贸企业跨境结算手续费给予适当补贴的可行性，于4月中旬提出具体方案。"),
    ], ["出席：赵永明　孙立新　刘晓光　王春梅　张德胜",
        "列席：片区经济合作局、金融服务局负责同志，人民银行黑河市分行有关同志",
        "记录：李婉婷"], "2026年3月30日印发")
    docs.append({"meta": meta(HH_TITLE, "第2期", HH_ORG, "2026-03-30", "黑河市"),
                 "clauses": c2})

    # ---------------- 第3期
    c3 = hh_issue(doc, "第3期", "二〇二六年四月二十日", [
        ("p", "4月17日上午，片区管委会主任赵永明主持召开主任办公会议，研究黑龙江公路大桥跨境物流通道提质增效、2026年中俄文化大集筹备工作等事项。现纪要如下：", None),
        ("h", "关于黑龙江公路大桥跨境物流通道提质增效", None),
        ("p", "会议听取了片区口岸服务中心关于黑河—布拉戈维申斯克黑龙江公路大桥运营情况的汇报。2026年一季度，大桥进出境货运车辆2.1万辆次，进出口货物52.4万吨，同比分别增长18.3%和22.6%。会议要求，片区口岸服务中心要会同黑河海关、黑河边境管理支队等单位推动大桥口岸实行“智慧口岸”通关模式，积极争取延长口岸通关时间。", None),
        ("h", "关于2026年中俄文化大集筹备工作", None),
        ("p", "会议原则同意2026年中俄文化大集（黑河分会场）筹备工作方案，请片区文化旅游和商务局抓紧细化活动安排，做好安全保障和对俄宣传推介工作。", None),
    ], ["出席：赵永明　孙立新　张德胜　王春梅",
        "列席：片区口岸服务中心、文化旅游和商务局负责同志，黑河海关、黑河边境管理支队有关同志",
        "请假：刘晓光（出差）",
        "记录：李婉婷"], "2026年4月20日印发", last=True)
    docs.append({"meta": meta(HH_TITLE, "第3期", HH_ORG, "2026-04-20", "黑河市"),
                 "clauses": c3})

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    paths = [doc_qinzhou(), doc_xiamen(), doc_heihe()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
