# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 685: 审计整改公告 + 审计决定书 (郑州)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


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
    return run


def fmt_para(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    add_page_number(sec)
    return doc


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._element.append(el)


def add_page_number(sec):
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14)
    r = set_font(p.add_run(), "宋体", 14)
    add_field(r, "PAGE")
    set_font(p.add_run(" —"), "宋体", 14)


def border(p, side="bottom", color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def empty(doc, n=1):
    for _ in range(n):
        fmt_para(doc.add_paragraph(), indent=False)


def body(doc, parts, indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY):
    """parts: list of (text, font, bold) or plain strings (仿宋)."""
    p = fmt_para(doc.add_paragraph(), align=align, indent=indent)
    for part in parts:
        if part == "BR":
            p.add_run().add_break(WD_BREAK.LINE)
        elif isinstance(part, str):
            set_font(p.add_run(part), FS, 16)
        else:
            t, f, b = part
            set_font(p.add_run(t), f, 16, bold=b)
    return p


def split_runs(text, cuts):
    """split text in several runs as Word does after editing (rsid)."""
    out, prev = [], 0
    for c in cuts:
        out.append(text[prev:c])
        prev = c
    out.append(text[prev:])
    return [s for s in out if s]


def heading_ht(doc, text):
    p = fmt_para(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.LEFT)
    set_font(p.add_run(text), HT, 16)
    return p


def set_cell(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    set_font(p.add_run(text), font, size, bold=bold)


def table_borders(table, val="single"):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def cell_border(cell, **sides):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side, val in sides.items():
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), "8")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tcPr.append(b)


def banji(doc, chaosong, yinfa_org, yinfa_date):
    """版记 typed in a borderless layout table with top/bottom rules."""
    empty(doc, 2)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, "nil")
    a = t.cell(0, 0).merge(t.cell(0, 1))
    set_cell(a, chaosong, FS, 14)
    cell_border(a, top="single", bottom="single")
    set_cell(t.cell(1, 0), "  " + yinfa_org, FS, 14)
    set_cell(t.cell(1, 1), yinfa_date + "印发  ", FS, 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    for c in (t.cell(1, 0), t.cell(1, 1)):
        cell_border(c, bottom="single")


def add_numbering(doc, lvl_text="（%1）"):
    """a Word numbering definition (suffix nothing), returns numId."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 1
    nid = max(num_ids + [0]) + 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                     ("w:lvlText", lvl_text), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    an.append(lvl)
    # abstractNum elements must come before num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    ani = OxmlElement("w:abstractNumId")
    ani.set(qn("w:val"), str(aid))
    num.append(ani)
    numbering.append(num)
    return nid


def numbered(doc, text, num_id):
    p = fmt_para(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=False)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)
    p.paragraph_format.first_line_indent = Pt(32)
    set_font(p.add_run(text), FS, 16)
    return p


# ================================================================ document 1
ZONE = "中国（河南）自由贸易试验区郑州片区"
ZONE_GWH = "中国（河南）自由贸易试验区郑州片区管理委员会"

ROWS = [
    # 序号, 问题类型, 问题描述, 金额, 整改措施, 整改结果, 已整改金额
    ("1", "财政资金管理", "自贸试验区制度创新和能力建设专项资金拨付不及时，滞留超过6个月",
     "3280.00", "已将滞留资金全部拨付至项目单位，建立专项资金拨付进度月报制度", "已整改", 3280.00),
    ("2", "财政资金管理", "以拨代支，将中欧班列集结中心运营补贴结余资金拨付至企业挂账",
     "412.60", "已收回资金并调整会计账目，按规定重新安排使用", "已整改", 412.60),
    ("3", "跨境电商扶持资金", "向3家不符合申报条件的企业拨付跨境电子商务发展扶持资金",
     "186.50", "已全额追回资金并上缴财政，修订扶持资金申报审核细则", "已整改", 186.50),
    ("4", "跨境电商扶持资金", "2家企业就同一海外仓项目重复申领市级和片区级扶持资金",
     "94.30", "已追回52.10万元，剩余资金已与企业签订分期退还协议", "正在整改", 52.10),
    ("5", "政府采购", "将国际贸易“单一窗口”功能提升项目拆分为4个子项目采购，规避公开招标",
     "526.80", "对相关责任人进行约谈问责，制定政府采购内部控制办法", "已整改", 526.80),
    ("6", "项目管理", "郑州经开综合保税区围网监控设施改造项目未经验收即支付工程款",
     "138.00", "已组织竣工验收，对施工单位未完成工程量扣减结算款", "已整改", 138.00),
    ("7", "国有资产管理", "跨境贸易服务平台设备及软件未登记入账，形成账外资产",
     "267.45", "已全部登记入账并纳入资产管理信息系统", "已整改", 267.45),
    ("8", "非税收入管理", "未经审批出租闲置办公用房，租金收入未上缴财政",
     "31.20", "已将租金收入全额上缴财政，补办出租审批手续", "已整改", 31.20),
    ("9", "外商投资促进", "2家外商投资企业实际到位外资未达协议约定，落户奖励资金未按协议追回",
     "600.00", "已追回240.00万元，对剩余资金启动法律程序追偿", "正在整改", 240.00),
]
TOTAL = sum(float(r[3]) for r in ROWS)
FIXED = sum(r[6] for r in ROWS)
assert abs(TOTAL - 5536.85) < 0.001, TOTAL
assert abs(FIXED - 5134.65) < 0.001, FIXED
N_DONE = sum(1 for r in ROWS if r[5] == "已整改")
N_DOING = len(ROWS) - N_DONE
assert (N_DONE, N_DOING) == (7, 2)
HEAD = ["序号", "问题类型", "问题描述", "涉及金额（万元）", "整改措施", "整改结果"]
TOTAL_ROW = ["合计", "—", "—", "%.2f" % TOTAL, "—", "已整改%d个，正在整改%d个" % (N_DONE, N_DOING)]


def make_gonggao():
    stem = "blind685_zhengzhou_gonggao"
    clauses = []
    doc = new_doc()

    # red header
    p = fmt_para(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60)
    set_font(p.add_run("郑州市审计局"), XBS, 48, color=RED)
    p = fmt_para(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    set_font(p.add_run("郑审公告〔2026〕2号"), FS, 16)
    border(p, "bottom", "FF0000", 18, 4)
    empty(doc)

    # title with soft line break
    p = fmt_para(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    set_font(p.add_run("郑州市审计局关于中国（河南）"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    set_font(p.add_run("自由贸易试验区郑州片区财政资金审计"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    set_font(p.add_run("发现问题整改情况的公告"), XBS, 22)
    empty(doc)

    intro = ("根据《中华人民共和国审计法》和郑州市审计局2025年度审计项目计划，郑州市审计局于2025年7月至9月对"
             + ZONE_GWH + "（以下简称片区管委会）2024年度财政资金管理使用情况进行了审计，"
             "并于2026年1月20日依法出具了审计报告和审计决定书（郑审决〔2026〕5号）。按照《中华人民共和国审计法》"
             "第五十二条和《郑州市审计结果公告办法》有关规定，现将审计发现问题的整改情况公告如下：")
    body(doc, split_runs(intro, [17, 60, 61, 130]))
    clauses.append(intro)

    heading_ht(doc, "一、审计发现的主要问题")

    sections = [
        ("（一）财政专项资金拨付使用不规范。",
         "审计抽查片区管委会财政专项资金9870.00万元，发现问题金额3692.60万元。",
         ["1．专项资金拨付不及时。2024年，市财政下达片区管委会自贸试验区制度创新和能力建设专项资金5000.00万元，"
          "截至2024年12月末，仍有3280.00万元未拨付至项目单位，滞留时间超过6个月。",
          "2．以拨代支虚列支出。片区管委会将中欧班列（郑州）集结中心运营补贴结余资金412.60万元拨付至1家物流企业挂账，"
          "并在当年决算中全额列支，虚增预算执行进度。"]),
        ("（二）跨境电商扶持资金审核把关不严。",
         "审计抽查跨境电子商务发展扶持资金1560.00万元，发现问题金额280.80万元。",
         ["1．片区管委会在审核扶持资金申报材料时未核验企业跨境电商进出口申报数据，向3家不符合申报条件的企业拨付扶持资金186.50万元。",
          "2．因市级和片区级扶持政策缺乏信息共享，2家企业就同一海外仓项目重复申领扶持资金94.30万元。"]),
        ("（三）政府采购和项目管理不规范。",
         "涉及金额664.80万元。",
         ["1．片区管委会将国际贸易“单一窗口”功能提升项目拆分为4个子项目分别采购，合同金额合计526.80万元，规避公开招标。",
          "2．郑州经开综合保税区围网监控设施改造项目在未组织竣工验收的情况下，按合同全额支付工程款138.00万元，"
          "其中施工单位未完成工程量对应金额21.36万元。"]),
        ("（四）国有资产和非税收入管理不到位。",
         "涉及金额298.65万元。",
         ["1．片区管委会2023年至2024年购置的跨境贸易服务平台设备及软件共计267.45万元未登记入账，形成账外资产。",
          "2．片区管委会未经审批将闲置办公用房出租给2家企业，收取租金31.20万元未上缴财政，在往来款中核算。"]),
        ("（五）外商投资促进奖励资金绩效不佳。",
         "片区管委会按照招商引资协议向2家外商投资企业兑付落户奖励资金600.00万元，截至审计时，2家企业实际到位外资仅为协议约定金额的38%，"
         "片区管委会未按协议约定追回奖励资金。",
         []),
    ]
    for i, (hd, txt, subs) in enumerate(sections):
        # run-in heading in bold 楷体 + body
        body(doc, [(hd, KT, True), txt])
        clauses.append(hd + txt)
        for s in subs:
            if i == 1:
                # numbering typed by hand, text pasted in two runs
                body(doc, split_runs(s, [2, 25]))
            else:
                body(doc, [s])
            clauses.append(s)

    empty(doc)
    heading_ht(doc, "二、整改情况")
    t2 = ("片区管委会高度重视审计发现问题的整改工作，成立了由管委会主要负责同志任组长的整改工作领导小组，"
          "逐项制定整改措施，明确责任单位和整改时限。截至2026年4月15日，审计发现的%d个问题中，已整改%d个，正在整改%d个；"
          "涉及问题金额%.2f万元，已整改问题金额%.2f万元，推动完善制度6项。具体整改情况如下："
          % (len(ROWS), N_DONE, N_DOING, TOTAL, FIXED))
    body(doc, [t2])
    clauses.append(t2)

    table = doc.add_table(rows=1, cols=len(HEAD))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(table)
    table.autofit = False
    widths = [Cm(1.2), Cm(2.4), Cm(4.0), Cm(2.0), Cm(4.0), Cm(2.0)]
    for j, h in enumerate(HEAD):
        set_cell(table.rows[0].cells[j], h, HT, 10.5, align=WD_ALIGN_PARAGRAPH.CENTER)
    # header row repeats on each page
    trPr = table.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trPr.append(th)
    for r in ROWS + [tuple(TOTAL_ROW)]:
        vals = list(r[:6])
        cells = table.add_row().cells
        for j, v in enumerate(vals):
            al = WD_ALIGN_PARAGRAPH.LEFT if j in (2, 4) else WD_ALIGN_PARAGRAPH.CENTER
            bold = vals[0] == "合计" and j == 0
            set_cell(cells[j], v, FS, 10.5, bold=bold, align=al)
        clauses.append("；".join("%s：%s" % (HEAD[j], vals[j]) for j in range(len(HEAD))))
    for j, w in enumerate(widths):
        table.columns[j].width = w
    for row in table.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w

    empty(doc)
    t3 = ("对正在整改的2个问题，片区管委会已制定分阶段整改计划：对重复申领的跨境电商扶持资金，已与相关企业签订分期退还协议，"
          "计划于2026年9月底前全部追回；对外商投资企业落户奖励资金，已委托律师事务所启动法律程序，依法追偿剩余资金。")
    body(doc, [t3])
    clauses.append(t3)

    heading_ht(doc, "三、下一步工作")
    nxt = [
        ("（一）持续跟踪督促整改。",
         "郑州市审计局将对正在整改的问题实行台账管理、销号办理，持续跟踪检查整改进展，对整改不力、虚假整改的，"
         "依规依纪依法移送有关部门处理。"),
        ("（二）推动建章立制。",
         "督促片区管委会举一反三，针对跨境电商、中欧班列、外商投资等领域扶持资金管理中暴露出的共性问题，"
         "健全资金申报、审核、拨付、绩效评价全链条管理制度，从源头上防范问题再次发生。"),
        ("（三）加强审计结果运用。",
         "将本次审计发现问题及整改情况纳入片区领导班子和领导干部考核评价的重要内容，"
         "推动审计监督与纪检监察、巡察、财会监督等贯通协同，形成监督合力。"),
    ]
    for hd, txt in nxt:
        body(doc, [(hd, KT, True), txt])
        clauses.append(hd + txt)

    t4 = "社会公众如对上述整改情况有意见和建议，可通过电话0371-67186205或电子邮箱zzsjjgg@163.com向郑州市审计局反映。"
    body(doc, [t4])
    clauses.append(t4)
    body(doc, ["特此公告。"])
    clauses.append("特此公告。")

    empty(doc, 3)
    # 落款 aligned with manual spaces
    p = fmt_para(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    set_font(p.add_run("\u3000" * 17 + "郑州市审计局"), FS, 16)
    p = fmt_para(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    set_font(p.add_run(" " * 32 + "2026年4月28日"), FS, 16)
    empty(doc)
    body(doc, ["（此件公开发布）"])

    banji(doc, "抄送：市委审计委员会办公室，市人大常委会预算工作委员会，市财政局，市商务局，" + ZONE + "纪检监察工作委员会。",
          "郑州市审计局办公室", "2026年4月28日")

    doc.save(os.path.join(HERE, stem + ".docx"))
    meta = {
        "title": "郑州市审计局关于" + ZONE + "财政资金审计发现问题整改情况的公告",
        "doc_number": "郑审公告〔2026〕2号",
        "issuer": ["郑州市审计局"],
        "date": "2026-04-28",
        "published": None,
        "level": "municipal",
        "region": ZONE,
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "公告",
        "recipients": [],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": clauses}]


# ================================================================ document 2
def make_jueding():
    stem = "blind685_zhengzhou_jueding"
    clauses = []
    doc = new_doc()
    num_id = add_numbering(doc, "（%1）")

    empty(doc)
    p = fmt_para(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    set_font(p.add_run("郑州市审计局审计决定书"), XBS, 22)
    empty(doc)
    p = fmt_para(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    set_font(p.add_run("郑审决〔2026〕5号"), FS, 16)
    border(p, "bottom", "FF0000", 12, 4)
    empty(doc)

    p = fmt_para(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    set_font(p.add_run("被审计单位："), HT, 16)
    set_font(p.add_run(ZONE_GWH), FS, 16)

    # intro with a stray soft line break from copy/paste
    i1 = ("根据《中华人民共和国审计法》第二十三条、第三十四条的规定，本局派出审计组，自2025年7月14日至9月26日，"
          "对你单位2024年度财政资金管理使用情况进行了审计，")
    i2 = ("重点审计了自贸试验区建设专项资金、跨境电子商务发展扶持资金、外商投资促进奖励资金的分配、拨付和使用情况，"
          "并对有关事项进行了必要的延伸审计。你单位对提供的会计资料以及其他相关资料的真实性和完整性负责，"
          "本局的责任是依法独立实施审计并出具审计报告。")
    body(doc, [i1, "BR", i2])
    clauses.append(i1 + i2)
    i3 = "本局已对审计组的审计报告进行了审议，并征求了你单位的意见。根据审计发现的问题，依据有关法律法规的规定，作出如下审计决定："
    body(doc, [i3])
    clauses.append(i3)

    heading_ht(doc, "一、审计发现的问题及处理")

    items = [
        ("（一）未及时拨付自贸试验区建设专项资金3280.00万元。",
         "2024年，市财政下达你单位自贸试验区制度创新和能力建设专项资金5000.00万元，截至2024年12月末，"
         "你单位仍有3280.00万元未拨付至项目单位，滞留时间超过6个月。上述行为违反了《中华人民共和国预算法》第五十七条"
         "“各级政府财政部门必须依照法律、行政法规和国务院财政部门的规定，及时、足额地拨付预算资金”的规定。",
         ["依据《中华人民共和国审计法》第四十九条的规定，本局决定：责令你单位加快资金拨付进度，"
          "将滞留资金及时拨付至项目单位，并建立专项资金拨付进度跟踪机制。"],
         None),
        ("（二）以拨代支虚列支出412.60万元。",
         "2024年12月，你单位将中欧班列（郑州）集结中心运营补贴结余资金412.60万元拨付至1家物流企业挂账，"
         "并在当年决算中全额列支。上述行为违反了《财政违法行为处罚处分条例》第六条第（二）项的规定。",
         ["依据《中华人民共和国审计法》第四十九条和《财政违法行为处罚处分条例》第六条的规定，本局决定：责令你单位收回上述资金，"
          "调整有关会计账目，并按规定重新安排使用。"],
         None),
        ("（三）违规拨付跨境电子商务发展扶持资金280.80万元。",
         "你单位在审核扶持资金申报材料时未核验企业跨境电商进出口申报数据，向3家不符合申报条件的企业拨付扶持资金186.50万元；"
         "2家企业就同一海外仓项目重复申领市级和片区级扶持资金94.30万元，你单位未予发现。上述行为违反了"
         "《郑州市跨境电子商务发展专项资金管理办法》第十二条、第十五条的规定。",
         ["依据《中华人民共和国审计法》第四十九条和《财政违法行为处罚处分条例》第六条的规定，本局决定："],
         ["责令你单位追回违规拨付的扶持资金186.50万元，并上缴市级财政；",
          "责令你单位追回重复申领的扶持资金94.30万元，按原渠道退回；",
          "责令你单位修订扶持资金申报审核细则，建立与市商务局、市财政局的信息共享和比对机制。"]),
        ("（四）化整为零规避公开招标526.80万元。",
         "你单位将国际贸易“单一窗口”功能提升项目拆分为4个子项目分别采购，合同金额合计526.80万元。"
         "上述行为违反了《中华人民共和国政府采购法》第二十八条“采购人不得将应当以公开招标方式采购的货物或者服务化整为零"
         "或者以其他任何方式规避公开招标采购”的规定。",
         ["依据《中华人民共和国审计法》第五十条的规定，本局决定：责令你单位改正，健全政府采购内部控制制度。"
          "对相关责任人员，本局将另行依法移送有关部门处理。"],
         None),
        ("（五）形成账外资产267.45万元。",
         "你单位2023年至2024年购置的跨境贸易服务平台设备及软件共计267.45万元未登记入账。上述行为违反了"
         "《行政事业性国有资产管理条例》第二十一条的规定。",
         ["依据《中华人民共和国审计法》第五十条的规定，本局决定：责令你单位将上述资产登记入账，纳入资产管理信息系统统一管理。"],
         None),
        ("（六）出租收入31.20万元未上缴财政。",
         "你单位未经审批将闲置办公用房出租给2家企业，收取租金31.20万元，未上缴财政，在往来款中核算。上述行为违反了"
         "《财政违法行为处罚处分条例》第四条第（一）项的规定。",
         ["依据《中华人民共和国审计法》第四十九条和《财政违法行为处罚处分条例》第四条的规定，本局决定：责令你单位将上述租金收入31.20万元"
          "全额上缴市级财政，并补办资产出租审批手续。"],
         None),
    ]
    for hd, desc, decs, subs in items:
        body(doc, [(hd, FS, True), desc])
        clauses.append(hd + desc)
        for d in decs:
            body(doc, [d])
            clauses.append(d)
        if subs:
            for k, s in enumerate(subs, 1):
                numbered(doc, s, num_id)
                clauses.append("（%d）%s" % (k, s))

    # section heading typed as bold 仿宋 instead of 黑体
    body(doc, [("二、审计决定的执行", FS, True)])

    e1 = ("你单位应当自收到本审计决定书之日起60日内将上述审计决定执行完毕，并将审计决定执行情况书面报告本局。"
          "依据《中华人民共和国审计法》第五十二条的规定，你单位应当按照规定向社会公布整改情况。")
    e2 = ("你单位如对本审计决定不服，可以自收到本审计决定书之日起60日内，依法向郑州市人民政府申请行政复议，"
          "或者自收到本审计决定书之日起6个月内，依法向人民法院提起行政诉讼。复议、诉讼期间，本审计决定照常执行。")
    e3 = "本审计决定自送达之日起生效。"
    for e in (e1, e2, e3):
        body(doc, [e])
        clauses.append(e)

    empty(doc, 3)
    # 落款 in a borderless 1x2 layout table
    t = doc.add_table(rows=2, cols=2)
    table_borders(t, "nil")
    set_cell(t.cell(0, 0), "", FS, 16)
    set_cell(t.cell(1, 0), "", FS, 16)
    set_cell(t.cell(0, 1), "郑州市审计局", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_cell(t.cell(1, 1), "2026年1月20日", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)

    banji(doc, "抄送：市财政局，市商务局，" + ZONE + "纪检监察工作委员会，本局财政审计一处。",
          "郑州市审计局办公室", "2026年1月20日")

    doc.save(os.path.join(HERE, stem + ".docx"))
    meta = {
        "title": "郑州市审计局审计决定书",
        "doc_number": "郑审决〔2026〕5号",
        "issuer": ["郑州市审计局"],
        "date": "2026-01-20",
        "published": None,
        "level": "municipal",
        "region": ZONE,
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "审计决定书",
        "recipients": [ZONE_GWH],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": clauses}]


def to_pdf(stem):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_685", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, os.path.join(HERE, stem + ".docx")],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    expected = {}
    for fn in (make_gonggao, make_jueding):
        stem, docs = fn()
        expected[stem] = docs
        to_pdf(stem)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
