# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 902: 市商务局会议纪要（专题会议、局长办公会议），Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
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
RED = RGBColor(0xE6, 0x00, 0x12)
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY
TEXT_W = Cm(15.6)


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, spacing=None):
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
    if spacing is not None:
        rpr.append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), spacing)))
    return run


def fmt(p, align=J, indent=True, line=28, before=0, after=0, first=None, left=None):
    pf = p.paragraph_format
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


class Builder:
    def __init__(self, footer_align=C):
        self.doc = Document()
        self.clauses = []
        setup(self.doc, footer_align)
        # python-docx starts with one empty paragraph? No: Document() body is empty.

    def par(self, runs, clause=False, **kw):
        """runs: list of (text, font, size, bold[, color]) ; text '\n' = manual line break."""
        p = self.doc.add_paragraph()
        if isinstance(runs, str):
            runs = [(runs, FS, 16, False)]
        full = ""
        for r in runs:
            text, name, size, bold = r[:4]
            color = r[4] if len(r) > 4 else None
            parts = text.split("\n")
            for i, part in enumerate(parts):
                if i > 0:
                    br = p.add_run()
                    font(br, name, size, bold, color)
                    br.add_break()
                if part:
                    font(p.add_run(part), name, size, bold, color)
            full += text.replace("\n", "")
        fmt(p, **kw)
        if clause:
            self.clauses.append(clause if isinstance(clause, str) else full.lstrip("\u3000 "))
        return p

    def empty(self, n=1, line=28):
        for _ in range(n):
            fmt(self.doc.add_paragraph(), indent=False, line=line)

    def page_break(self):
        p = self.doc.add_paragraph()
        fmt(p, indent=False)
        p.add_run().add_break(WD_BREAK.PAGE)

    def save(self, stem):
        path = os.path.join(HERE, stem + ".docx")
        self.doc.save(path)
        return path


def border(p, side="bottom", color="E60012", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def setup(doc, footer_align=C):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.5)
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
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(2)
    p.paragraph_format.space_after = Pt(2)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_902", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def jiyao_head(b, mark, size, number_line, left, right, tabs=True, mark_spacing=None):
    """纪要标志（红色）+ 期号/文号 + 办公室、日期行 + 红色分隔线."""
    b.empty(1, line=20)
    b.par([(mark, XBS, size, False, RED)], align=C, indent=False, line=size + 14)
    if number_line:
        b.par([(number_line, FS, 16, False)], align=C, indent=False, line=30, before=6)
    if tabs:
        p = b.par([(left + "\t" + right, FS, 16, False)], indent=False, line=30, before=4, after=0)
        p.paragraph_format.tab_stops.add_tab_stop(TEXT_W, WD_TAB_ALIGNMENT.RIGHT)
    else:
        # 用全角空格把日期“顶”到右边（打字员习惯）
        p = b.par([(left + "\u3000" * 6 + right, FS, 16, False)], indent=False, line=30, before=4)
    border(p, "bottom", "E60012", 18, 6)
    b.empty(1)


def title(b, lines):
    b.par([("\n".join(lines), XBS, 22, False)], align=C, indent=False, line=36)
    b.empty(1)


def banji(b, fensong, printer, date_txt):
    """版记：分送 + 印发，上下黑线."""
    b.empty(2)
    p = b.par([(fensong, FS, 14, False)], indent=False, line=24, left=Pt(14), first=Pt(-0))
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = b.par([(printer + "\t" + date_txt, FS, 14, False)], indent=False, line=24, left=Pt(14))
    p2.paragraph_format.tab_stops.add_tab_stop(TEXT_W - Pt(14), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


def attendee(b, label, text, clause=True):
    """出席/列席/请假/记录：标签黑体，悬挂缩进."""
    p = b.par([(label, HT, 16, False), (text, FS, 16, False)], clause=clause,
              indent=False, line=28, left=Pt(48), first=Pt(-48))
    return p


# ---- Word automatic numbering ("%1.") -----------------------------------------
_next_abs = [700]


def make_numbering(doc, lvl_text="%1.", fmt_="decimal"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_, lvl_text, FS, FS, FS))
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


def meta(title_, doc_number, issuer, date, region, attachments, doc_type="纪要"):
    return {"title": title_, "doc_number": doc_number, "issuer": issuer, "date": date,
            "published": None, "level": "municipal", "region": region, "effective": None,
            "expires": None, "attachments": attachments, "doc_type": doc_type,
            "recipients": [], "publicity": None, "repeals": None}


# =============================================================================
# A. 宁波市商务局专题会议纪要（跨境电商综试区 + 外贸稳规模）
# =============================================================================
def build_a():
    b = Builder()
    jiyao_head(b, "宁波市商务局专题会议纪要", 30, "甬商务纪〔2026〕5号",
               "宁波市商务局办公室", "2026年3月12日", tabs=True)
    t_lines = ["关于加快跨境电商综合试验区建设", "推动外贸稳规模优结构的专题会议纪要"]
    title(b, t_lines)

    b.par("2026年3月9日下午，市商务局党组书记、局长陈建华在局三楼第一会议室主持召开专题会议，"
          "研究中国（宁波）跨境电子商务综合试验区建设和一季度外贸稳规模优结构工作。"
          "会议听取了外贸处、电子商务处关于1—2月全市外贸运行情况和跨境电商综试区建设进展的汇报，"
          "宁波海关、市税务局、宁波舟山港集团有限公司等单位作了交流发言。现将会议议定事项纪要如下：",
          clause=True)

    b.par([("一、会议基本判断", HT, 16, False)])
    b.par("会议认为，今年1-2月，全市实现进出口总额2186.4亿元，同比增长4.7%，其中出口1432.8亿元，"
          "增长6.1%；跨境电商进出口186.5亿元，增长18.3%，外贸开局总体平稳。但也要清醒看到，"
          "部分传统市场需求偏弱，企业订单呈现“短、小、急”特征，海外仓布局与企业需求匹配度不高，"
          "综试区线上综合服务平台数据归集仍有短板。", clause=True)
    b.par("会议强调，各处室、各单位要切实增强责任感和紧迫感，坚持稳存量、拓增量、育新动能并举，"
          "确保一季度外贸实现“开门稳”、上半年实现“时间过半、任务过半”。", clause=True)

    b.par([("二、议定事项", HT, 16, False)])
    items = [
        ("（一）关于海外仓建设。", "由电子商务处牵头，会同外贸处，年内新认定市级公共海外仓10家以上，"
         "重点在“一带一路”沿线国家和RCEP成员国布局；4月底前完成对现有68家海外仓运营情况的摸底评估，"
         "评估结果作为2026年度扶持资金分配的重要依据。"),
        ("（二）关于综试区线上综合服务平台。", "由电子商务处负责，商宁波海关、市税务局，"
         "3月底前完成“9610”“9710”“9810”出口申报数据与平台的对接联调；平台数据归集率6月底前达到95%以上。"),
        ("（三）关于外贸企业稳订单拓市场。", "由外贸处牵头，上半年组织企业参加境外重点展会不少于30场次，"
         "其中“一带一路”沿线国家展会不少于12场次；\n展位费按《宁波市外经贸发展专项资金管理办法》"
         "有关规定给予补助，单个展会补助比例最高不超过70%。"),
        ("（四）关于出口信用保险。", "由外贸处负责，加强与中国出口信用保险公司宁波分公司对接，"
         "扩大小微企业统保平台覆盖面，年内新增投保企业800家以上，短期险承保规模力争达到180亿美元。"),
        ("（五）关于运行调度。", "建立外贸运行“周调度、月通报”机制，由综合处(研究室)每周一汇总上周"
         "重点企业订单和通关数据，每月5日前形成运行分析报告报局党组。"),
    ]
    for lead, body in items:
        b.par([(lead, KT, 16, True), (body, FS, 16, False)], clause=True)

    b.par("会议要求，各牵头处室要对照附件所列任务分工，细化工作举措，明确时间节点，"
          "每月25日前将进展情况报局办公室汇总。", clause=True)

    b.empty(1)
    b.par([("附件：重点工作任务分工表", FS, 16, False)], indent=True)
    b.empty(1)

    attendee(b, "出席：", "陈建华\u3000李\u3000明\u3000周晓燕\u3000赵立新")
    attendee(b, "请假：", "王\u3000军（出差）")
    attendee(b, "列席：", "局办公室、外贸处、电子商务处、综合处（研究室）、财务审计处负责同志；"
             "宁波海关综合业务处、市税务局进出口税收管理处、宁波舟山港集团有限公司、"
             "中国出口信用保险公司宁波分公司有关负责同志")
    attendee(b, "记录：", "林晓婷")

    # ---- 附件 ----
    b.page_break()
    b.par([("附件", HT, 16, False)], indent=False)
    b.empty(1)
    b.par([("重点工作任务分工表", XBS, 22, False)], align=C, indent=False, line=36)
    b.empty(1, line=16)
    doc = b.doc
    rows = [
        ("1", "新认定市级公共海外仓10家以上", "电子商务处", "外贸处", "2026年12月底"),
        ("2", "完成现有68家海外仓运营情况摸底评估", "电子商务处", "各区（县、市）商务主管部门", "2026年4月底"),
        ("3", "“9610”“9710”“9810”申报数据与线上综合服务平台对接联调", "电子商务处", "宁波海关、市税务局", "2026年3月底"),
        ("4", "组织企业参加境外重点展会不少于30场次", "外贸处", "财务审计处", "2026年6月底"),
        ("5", "小微企业统保平台新增投保企业800家以上", "外贸处", "中国出口信用保险公司宁波分公司", "2026年12月底"),
        ("6", "建立外贸运行“周调度、月通报”机制", "综合处（研究室）", "外贸处、电子商务处", "2026年3月中旬"),
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr0, hdr1 = t.rows[0], t.rows[1]
    set_cell(hdr0.cells[0], "序号", HT, 12)
    set_cell(hdr0.cells[1], "工作任务", HT, 12)
    set_cell(hdr0.cells[2], "责任分工", HT, 12)
    set_cell(hdr0.cells[4], "完成时限", HT, 12)
    set_cell(hdr1.cells[2], "牵头处室", HT, 12)
    set_cell(hdr1.cells[3], "配合单位", HT, 12)
    a = hdr0.cells[2].merge(hdr0.cells[3])
    set_cell(a, "责任分工", HT, 12)
    for ci, txt in ((0, "序号"), (1, "工作任务"), (4, "完成时限")):
        m = hdr0.cells[ci].merge(hdr1.cells[ci])
        set_cell(m, txt, HT, 12)
    repeat_header(hdr0)
    repeat_header(hdr1)
    headers = ["序号", "工作任务", "责任分工／牵头处室", "责任分工／配合单位", "完成时限"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci == 1 else C)
        no_split(t.rows[ri])
        b.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
    col_widths(t, [1.4, 5.8, 2.6, 3.6, 2.4])

    banji(b, "分送：局领导，各处室，宁波海关，市税务局，宁波舟山港集团有限公司，中国出口信用保险公司宁波分公司。",
          "宁波市商务局办公室", "2026年3月12日印发")

    m = meta("关于加快跨境电商综合试验区建设推动外贸稳规模优结构的专题会议纪要",
             "甬商务纪〔2026〕5号", ["宁波市商务局"], "2026-03-12", "宁波市",
             ["重点工作任务分工表"])
    return b, [{"meta": m, "clauses": b.clauses}]


# =============================================================================
# B. 苏州市商务局局长办公会议纪要（多个议题，自动编号，续表）
# =============================================================================
def build_b():
    b = Builder(footer_align=R)
    # 左上角“内部资料”标识
    b.par([("内部资料\u3000注意保存", HT, 16, False)], indent=False, line=28)
    jiyao_head(b, "苏州市商务局局长办公会议纪要", 28, "2026年第3期",
               "苏州市商务局办公室", "二〇二六年二月二十七日", tabs=False)
    title(b, ["关于研究外资招引、自贸片区制度创新和", "专项资金安排等事项的局长办公会议纪要"])

    b.par("2月25日上午，局长周伟主持召开2026年第3次局长办公会议，研究外资招引、"
          "中国（江苏）自由贸易试验区苏州片区制度创新和2026年度商务发展专项资金（第一批）安排等事项。"
          "现纪要如下：", clause=True)

    doc = b.doc
    # 议题一
    b.par([("一、关于2026年外资招引工作", HT, 16, False)])
    b.par("会议听取了外资处关于2025年全市利用外资情况及2026年外资招引工作安排的汇报。2025年，"
          "全市新设外商投资企业1362家，实际使用外资71.6亿美元，其中制造业实际使用外资占比达到47.2%。"
          "会议原则同意2026年外资招引工作安排，并议定：", clause=True)
    n1 = make_numbering(doc)
    na = ["全年实际使用外资目标确定为72亿美元，按季度分解到各板块，由外资处每月通报进度。",
          "组织“苏州投资环境说明会”境外专场不少于6场，重点面向德国、日本、新加坡及共建“一带一路”国家。",
          "对总投资1亿美元以上的重大外资项目实行“一项目一专班”，由分管局领导牵头跟踪服务，"
          "项目清单于3月15日前报局党组会审议。"]
    for txt in na:
        p = b.par(txt, indent=False, first=Pt(32))
        apply_num(p, n1)
        b.clauses.append(None)
    _fill_numbered(b, na)

    # 议题二
    b.par([("二、关于自贸片区制度创新工作", HT, 16, False)])
    b.par("会议听取了自贸处关于苏州片区2025年制度创新成果及2026年创新任务清单的汇报。"
          "会议认为，苏州片区挂牌以来累计形成制度创新成果216项，其中14项在全国复制推广，"
          "但首创性、集成性创新仍显不足。会议议定：", clause=True)
    n2 = make_numbering(doc)
    nb = ["原则同意《中国（江苏）自由贸易试验区苏州片区2026年制度创新任务清单》，共48项任务，"
          "由自贸处根据会议意见修改完善后，以局名义报片区工委。",
          "聚焦生物医药研发用物品进口、跨境数据流动等领域，年内争取形成全国首创性制度创新成果不少于3项。"]
    for txt in nb:
        p = b.par(txt, indent=False, first=Pt(32))
        apply_num(p, n2)
        b.clauses.append(None)
    _fill_numbered(b, nb)

    # 议题三
    b.par([("三、关于2026年度商务发展专项资金（第一批）安排", HT, 16, False)])
    b.par("会议审议了财务处提交的2026年度商务发展专项资金（第一批）安排方案。"
          "经研究，原则同意安排专项资金共计1.2亿元，具体如下表。由财务处会同相关业务处室"
          "按程序履行公示等手续后，联合市财政局下达。", clause=True)
    cap = b.par([("2026年度商务发展专项资金（第一批）拟安排情况表", HT, 14, False)], align=C, indent=False,
                line=26, before=6)
    cap.paragraph_format.keep_with_next = True
    unit = b.par([("单位：个、万元", FS, 12, False)], align=R, indent=False, line=20)
    unit.paragraph_format.keep_with_next = True
    headers = ["项目类别", "项目数", "申报金额", "拟安排金额", "牵头处室"]
    rows1 = [
        ("外贸稳规模提质量", "186", "4265.0", "3180.0", "外贸处"),
        ("跨境电商及海外仓", "42", "2410.5", "1650.0", "电子商务处"),
        ("服务贸易和数字贸易", "57", "1988.0", "1420.0", "服贸处"),
        ("外资招引及总部经济", "23", "2630.0", "1980.0", "外资处"),
        ("自贸片区制度创新", "11", "860.0", "650.0", "自贸处"),
    ]
    rows2 = [
        ("消费促进和商贸流通", "64", "2175.6", "1560.0", "市场处"),
        ("对外投资合作", "19", "1120.0", "860.0", "外经处"),
        ("公共服务平台建设", "9", "912.0", "700.0", "综合处"),
        ("合计", "411", "16361.1", "12000.0", "—"),
    ]

    def mk(rws):
        t = doc.add_table(rows=1 + len(rws), cols=5)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(headers):
            set_cell(t.rows[0].cells[i], h, HT, 12)
        repeat_header(t.rows[0])
        for ri, row in enumerate(rws, 1):
            for ci, v in enumerate(row):
                set_cell(t.rows[ri].cells[ci], v, HT if row[0] == "合计" else FS, 12)
            b.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
        col_widths(t, [5.0, 2.0, 2.8, 2.8, 3.0])
        return t

    mk(rows1)
    # 打字员手工拆表：分页 + “续表”
    b.page_break()
    b.par([("续表", KT, 14, False)], align=L, indent=False, line=24)
    mk(rows2)
    b.par([("注：1.申报金额为各板块初审后金额；2.拟安排金额已扣除2025年度清算结余1350万元。", FS, 12, False)],
          clause=True, indent=False, line=20, before=4)

    # 议题四：标题与内容同段
    b.par([("四、其他事项。", HT, 16, False),
           ("会议要求，各处室要严格执行局长办公会议决定事项，对议定事项实行清单化管理，"
            "局办公室负责督办，每月底前将办理情况汇总报局主要负责同志。", FS, 16, False)],
          clause=True)

    b.empty(1)
    attendee(b, "出席：", "周伟、沈丽华、钱志刚、吴静、徐海涛")
    attendee(b, "列席：", "局办公室、外资处、自贸处、财务处、外贸处、电子商务处、服贸处主要负责同志，"
             "市财政局经济建设处负责同志")
    attendee(b, "记录：", "陆雨婷")

    banji(b, "分送：局领导，局各处室、直属单位，市财政局，苏州工业园区、苏州高新区经济发展部门。",
          "苏州市商务局办公室", "2026年2月27日印发")

    m = meta("关于研究外资招引、自贸片区制度创新和专项资金安排等事项的局长办公会议纪要",
             "2026年第3期", ["苏州市商务局"], "2026-02-27", "苏州市", [])
    return b, [{"meta": m, "clauses": b.clauses}]


def _fill_numbered(b, texts):
    """把自动编号段落的占位补成“1.文字”（编号由Word列表生成，PDF中可见）。"""
    idx = [i for i, c in enumerate(b.clauses) if c is None]
    assert len(idx) == len(texts), (idx, texts)
    for n, (i, t) in enumerate(zip(idx, texts), 1):
        b.clauses[i] = "%d.%s" % (n, t)


# =============================================================================
# C. 成都市商务局专题会议纪要两期合订（第12期、第13期）
# =============================================================================
def build_c():
    b = Builder()
    docs = []
    # ---------------- 第12期 ----------------
    start = len(b.clauses)
    jiyao_head(b, "成都市商务局专题会议纪要", 30, "第12期",
               "成都市商务局办公室", "2026年4月8日", tabs=True)
    title(b, ["研究中欧班列（成渝）回程货源组织", "和国际贸易通道建设有关事项的会议纪要"])
    b.par("4月7日，市商务局副局长杨帆主持召开专题会议，研究中欧班列（成渝）回程货源组织和"
          "国际贸易通道建设有关事项。成都国际铁路港投资发展（集团）有限公司、成都海关、"
          "四川自贸试验区成都青白江铁路港片区管理局有关负责同志参加会议。会议议定如下：", clause=True)
    items = [
        ("一、明确回程货源组织目标。", "2026年全市中欧班列（成渝）开行目标确定为5200列，其中回程班列不少于2300列，"
         "回程重箱率提高到85%以上。各线路方向具体目标按下表分解落实。"),
    ]
    for lead, body in items:
        b.par([(lead, HT, 16, False), (body, FS, 16, False)], clause=True)
    b.par([("2026年中欧班列（成渝）回程班列目标分解表（单位：列）", HT, 14, False)], align=C,
          indent=False, line=26, before=6)
    headers = ["线路方向", "2025年完成", "2026年目标", "主要回程货品", "责任单位"]
    rows = [
        ("西向（欧洲）", "1215", "1380", "汽车整车及零部件、机电设备、食品酒类", "成都国际铁路港投资发展（集团）有限公司"),
        ("北向（俄罗斯、白俄罗斯）", "402", "460", "木材、纸浆、化肥", "成都国际铁路港投资发展（集团）有限公司"),
        ("南向（东盟）", "318", "360", "水果、粮油、橡胶", "市商务局对外贸易处"),
        ("中亚方向", "86", "100", "棉纱、农产品", "市商务局对外贸易处"),
        ("合计", "2021", "2300", "—", "—"),
    ]
    t = b.doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, HT, 11)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 11)
        b.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
    col_widths(t, [3.4, 2.0, 2.0, 4.4, 3.8])
    b.empty(1, line=14)
    items = [
        ("二、加大回程货源招引力度。", "由对外贸易处牵头，依托中国—欧洲中心和驻欧商务代表处，"
         "年内引进回程货物分拨、集采企业不少于15家；推动平行进口汽车、进口冻品等回程货物在成都集散分拨。"),
        ("三、完善口岸功能和通关便利化。", "请成都海关支持在青白江铁路港片区推广“铁路快通”模式，"
         "进口整车、肉类、粮食等指定监管场地业务量力争比上年增长20%以上；口岸物流处负责做好衔接。"),
        ("四、强化资金和运营保障。", "严格执行国家关于中欧班列高质量发展的有关要求，不得以低于成本价格揽货；"
         "市级外贸发展资金对新开回程线路予以适当支持，具体方案由财务处会同对外贸易处4月底前提出。"),
    ]
    for lead, body in items:
        b.par([(lead, HT, 16, False), (body, FS, 16, False)], clause=True)
    b.empty(1)
    attendee(b, "出席：", "杨帆、局对外贸易处、口岸物流处、财务处、四川自贸试验区工作处负责同志")
    attendee(b, "列席：", "成都国际铁路港投资发展（集团）有限公司、成都海关、"
             "四川自贸试验区成都青白江铁路港片区管理局有关负责同志")
    banji(b, "分送：局领导，局各处室，成都海关，成都国际铁路港投资发展（集团）有限公司，"
          "青白江区人民政府。",
          "成都市商务局办公室", "2026年4月8日印发")
    m1 = meta("研究中欧班列（成渝）回程货源组织和国际贸易通道建设有关事项的会议纪要",
              "第12期", ["成都市商务局"], "2026-04-08", "成都市", [])
    docs.append({"meta": m1, "clauses": b.clauses[start:]})

    # ---------------- 第13期 ----------------
    b.page_break()
    start = len(b.clauses)
    jiyao_head(b, "成都市商务局专题会议纪要", 30, "第13期",
               "成都市商务局办公室", "2026年4月15日", tabs=True)
    title(b, ["关于第二十一届中国西部国际博览会", "筹备工作的专题会议纪要"])
    # 打字员用全角空格缩进而不是首行缩进
    b.par("\u3000\u30004月14日下午，市商务局党组书记、局长刘志远主持召开专题会议，"
          "专题研究第二十一届中国西部国际博览会（以下简称西博会）筹备工作。会议听取了会展处关于"
          "筹备进展的汇报，对下一步工作进行了部署。现纪要如下：", clause=True, indent=False)
    b.par([("（一）", KT, 16, False), ("关于展区设置。", KT, 16, False),
           ("会议同意成都市主题展区按“国际合作馆、‘一带一路’特色商品馆、首店经济馆”三个板块设置，"
            "总面积约1.2万平方米。其中“一带一路”特色商品馆邀请共建国家驻蓉领事机构、商协会组织参展，"
            "境外参展企业不少于150家。", FS, 16, False)], clause=True)
    b.par([("（二）", KT, 16, False), ("关于招商招展。", KT, 16, False),
           ("由会展处、投资促进处分别负责，\n5月20日前完成市内重点企业组展工作，"
            "组织采购商不少于3000名；重大项目签约活动项目清单于5月10日前报局党组审定。", FS, 16, False)],
          clause=True)
    b.par([("（三）", KT, 16, False), ("关于安全保障。", KT, 16, False),
           ("会展处要会同市公安局、市消防救援支队等部门制定安全保障方案，落实展馆搭建、"
            "人员疏散、食品安全等各项措施，确保展会安全有序。", FS, 16, False)], clause=True)
    b.par("会议要求，各责任处室要按照附件明确的分工，倒排工期、挂图作战，每周五下午下班前"
          "将工作进展报会展处汇总。", clause=True)
    b.empty(1)
    b.par([("附件：第二十一届中国西部国际博览会成都市商务局筹备工作分工", FS, 16, False)],
          indent=False, left=Pt(80), first=Pt(-80))
    b.empty(1)
    attendee(b, "出席：", "刘志远、杨帆、何晓东、唐敏")
    attendee(b, "列席：", "局会展处、投资促进处、市场建设处、办公室负责同志，市博览局联络处负责同志")

    b.page_break()
    b.par([("附件", HT, 16, False)], indent=False)
    b.empty(1)
    b.par([("第二十一届中国西部国际博览会\n成都市商务局筹备工作分工", XBS, 22, False)], align=C,
          indent=False, line=36)
    b.empty(1)
    for txt in [
        "1.会展处：负责筹备工作总牵头，展区设计与搭建，安全保障方案制定，每周汇总工作进展。",
        "2.投资促进处：负责重大项目签约活动策划、签约项目征集与审核，组织境内外采购商。",
        "3.市场建设处：负责首店经济馆招展，组织品牌首店、老字号企业参展。",
        "4.对外贸易处：负责“一带一路”特色商品馆招展，对接驻蓉领事机构和境外商协会。",
        "5.办公室：负责会务保障、新闻宣传和经费保障。",
    ]:
        b.par(txt, clause=True)
    banji(b, "分送：局领导，局各处室，市博览局，市公安局，市消防救援支队，市市场监管局。",
          "成都市商务局办公室", "2026年4月15日印发")
    m2 = meta("关于第二十一届中国西部国际博览会筹备工作的专题会议纪要",
              "第13期", ["成都市商务局"], "2026-04-15", "成都市",
              ["第二十一届中国西部国际博览会成都市商务局筹备工作分工"])
    docs.append({"meta": m2, "clauses": b.clauses[start:]})
    return b, docs


def main():
    expected = {}
    for stem, fn in (("blind902_kuajing", build_a), ("blind902_juzhang", build_b),
                     ("blind902_liangqi", build_c)):
        b, docs = fn()
        path = b.save(stem)
        convert(path)
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
