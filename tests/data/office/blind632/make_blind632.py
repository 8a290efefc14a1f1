# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 632 blind test documents: 跨境电商 信用分级分类监管 / 失信名单."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
FW = "\u3000"  # full-width space

# ---------------------------------------------------------------- helpers

def set_font(run, font, size=16, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rFonts.set(qn(k), font)
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    if left is not None:
        pf.left_indent = left
    return p


def border(p, side="bottom", color="FF0000", sz=12):
    pPr = p._p.get_or_add_pPr()
    pBdr = pPr.find(qn("w:pBdr"))
    if pBdr is None:
        pBdr = OxmlElement("w:pBdr")
        pPr.append(pBdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pBdr.append(b)


def page_field(p, font=SONG, size=14):
    set_font(p.add_run("— "), font, size)
    r = p.add_run()
    set_font(r, font, size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r2 = p.add_run(); set_font(r2, font, size)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    r2._r.append(it)
    r3 = p.add_run(); set_font(r3, font, size)
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    r3._r.append(f2)
    r4 = p.add_run("1"); set_font(r4, font, size)
    r5 = p.add_run(); set_font(r5, font, size)
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    r5._r.append(f3)
    set_font(p.add_run(" —"), font, size)


def setup(doc):
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    sec.page_width = Cm(21)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    sec.footer_distance = Cm(2.5)


def footer_simple(sec, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = sec.footer.paragraphs[0]
    p.alignment = align
    page_field(p)


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def set_cell_borders_none(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def set_widths(t, widths):
    t.autofit = False
    tblPr = t._tbl.tblPr
    tw = OxmlElement("w:tblW")
    tw.set(qn("w:w"), str(int(sum(w for w in widths) / 635)))
    tw.set(qn("w:type"), "dxa")
    old = tblPr.find(qn("w:tblW"))
    if old is not None:
        tblPr.remove(old)
    tblPr.append(tw)
    for col, w in zip(t.columns, widths):
        col.width = w
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trPr.append(e)


def cell_write(cell, parts, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    """parts: str, or list of str joined by soft line breaks."""
    if isinstance(parts, str):
        parts = [parts]
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(size + 6)
    for i, t in enumerate(parts):
        r = p.add_run(t)
        set_font(r, font, size, bold)
        if i < len(parts) - 1:
            r.add_break()
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def row_clause(cols, vals):
    return "；".join("%s：%s" % (c, v) for c, v in zip(cols, vals))


def flat(v):
    return "".join(v) if isinstance(v, list) else v


class Body:
    """Writes body paragraphs and records the expected clause text."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []

    def heading(self, text, font=HT):
        p = fmt(self.doc.add_paragraph())
        set_font(p.add_run(text), font, 16)
        return p

    def para(self, text, record=True, soft_after=None):
        p = fmt(self.doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        if soft_after and soft_after in text:
            a, b = text.split(soft_after, 1)
            r = set_font(p.add_run(a + soft_after), FS, 16)
            r.add_break()
            set_font(p.add_run(b), FS, 16)
        else:
            set_font(p.add_run(text), FS, 16)
        if record:
            self.clauses.append(text)
        return p

    def runin(self, head, text, font=KT, bold=False):
        p = fmt(self.doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        set_font(p.add_run(head), font, 16, bold)
        if text:
            set_font(p.add_run(text), FS, 16)
        self.clauses.append(head + text)
        return p


# ---------------------------------------------------------------- credit codes
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - 55


def uscc(region, org8, kind="91"):
    s = sum(_orgval(c) * w for c, w in zip(org8, ORG_W))
    c9 = 11 - s % 11
    c9 = "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    body = kind + region + org8 + c9
    s2 = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_W))
    c18 = (31 - s2 % 31) % 31
    code = body + USCC_CHARS[c18]
    assert len(code) == 18
    return code


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_632", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ================================================================ Doc A
def make_fujian():
    doc = Document()
    setup(doc)
    # odd/even page numbers (odd right, even left)
    doc.settings.odd_and_even_pages_header_footer = True
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_field(p)
    p.add_run(FW)
    p = sec.even_page_footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    set_font(p.add_run(FW), SONG, 14)
    page_field(p)

    # joint red header as layout table
    empty(doc, 1)
    t = doc.add_table(rows=1, cols=2)
    set_cell_borders_none(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = t.rows[0].cells
    set_widths(t, [Cm(11.5), Cm(4)])
    first = True
    for name in ("福建省商务厅", "福州海关", "厦门海关"):
        pp = left.paragraphs[0] if first else left.add_paragraph()
        first = False
        pp.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        pp.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pp.paragraph_format.line_spacing = Pt(40)
        set_font(pp.add_run(name), XBS, 30, color=RED)
    rp = right.paragraphs[0]
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(rp.add_run("文件"), XBS, 42, color=RED)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    empty(doc, 1)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    set_font(p.add_run("闽商务外贸〔2026〕9号"), FS, 16)
    border(p, "bottom", "FF0000", 18)
    empty(doc, 1)

    # title over two paragraphs
    for t1 in ("福建省商务厅 福州海关 厦门海关关于开展",
               "跨境电子商务企业信用分级分类监管",
               "工作的通知"):
        p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
        set_font(p.add_run(t1), XBS, 22)
    empty(doc, 1)
    p = fmt(doc.add_paragraph(), indent=False)
    set_font(p.add_run("各设区市商务局，平潭综合实验区经济发展局，各隶属海关，"
                       "各跨境电子商务综合试验区办公室："), FS, 16)

    b = Body(doc)
    b.para("为深入贯彻落实《国务院办公厅关于加快发展外贸新业态新模式的意见》（国办发〔2021〕24号）"
           "和《中华人民共和国海关注册登记和备案企业信用管理办法》（海关总署令第251号），"
           "加快构建以信用为基础的跨境电子商务新型监管机制，推动我省跨境电子商务高质量发展，"
           "省商务厅、福州海关、厦门海关决定在全省开展跨境电子商务企业信用分级分类监管工作。"
           "现将有关事项通知如下：")

    b.heading("一、适用范围和评价主体")
    b.runin("（一）适用范围。", "本通知所称跨境电子商务企业，是指在我省办理市场主体登记并在海关备案，"
            "从事跨境电子商务零售进出口、跨境电子商务企业对企业出口（9710、9810模式）等业务的"
            "跨境电子商务企业、跨境电子商务平台企业、物流企业和支付企业。")
    b.runin("（二）评价主体。", "省商务厅会同福州海关、厦门海关负责全省跨境电子商务企业信用评价工作的统筹协调；"
            "各设区市商务局、平潭综合实验区经济发展局会同属地海关具体组织实施本地区企业信用评价。")
    b.runin("（三）评价周期。", "信用评价原则上每年开展一次，评价基准日为每年12月31日，"
            "评价结果于次年3月底前确定。2026年首次评价以2025年度企业经营数据为依据。")

    b.heading("二、信用等级划分")
    b.para("根据《福建省跨境电子商务企业信用评价指标体系》（附件1）评分结果，"
           "跨境电子商务企业信用等级分为A、B、C、D四级：")
    b.runin("（一）A级（诚信企业）：", "评价得分在90分以上（含90分）。")
    b.runin("（二）B级（一般信用企业）：", "评价得分在75分以上（含75分）、90分以下。")
    b.runin("（三）C级（关注类企业）：", "评价得分在60分以上（含60分）、75分以下。")
    b.runin("（四）D级（失信企业）：", "评价得分在60分以下，或者存在本通知第二部分第（五）项所列情形之一。")
    b.runin("（五）直接评定情形。", "企业有下列情形之一的，不进行评分，直接评定为D级：")
    # hand-typed arabic items with a half-width-looking fullwidth dot variant
    for s in ("1.被海关认定为失信企业的；",
              "2.被列入市场监督管理严重违法失信名单的；",
              "3.通过虚构交易、刷单炒信、“化整为零”等方式规避跨境电子商务零售进口监管要求，情节严重的。"):
        b.para(s)

    b.heading("三、分类监管措施")
    b.runin("（一）对A级企业实施激励措施。", "")
    for s in ("1.海关在企业申请适用高级认证企业（AEO）时给予培育辅导，优先办理认证；",
              "2.降低跨境电子商务零售进出口商品查验比例，对需查验货物优先安排查验；",
              "3.在省级跨境电子商务发展专项资金、公共海外仓建设等政策项目申报中同等条件下优先支持，优先推荐参加重点展会。"):
        b.para(s)
    b.runin("（二）对B级企业实施常规管理。", "按照现行规定办理各项业务，鼓励企业加强合规建设，提升信用等级。")
    b.runin("（三）对C级企业加强日常监管。", "适当提高查验比例，加强单证审核；由属地商务主管部门进行约谈提醒，"
            "督促限期整改；整改期间暂停推荐申报省级各类试点示范。")
    b.runin("（四）对D级企业实施严格管理措施。", "")
    for s in ("1.海关按照失信企业管理措施实施监管，进出口货物平均查验率在80%以上；",
              "2.不予享受跨境电子商务各项扶持政策，已享受的按规定予以追回；",
              "3.纳入重点监管对象名单，依法依规实施联合惩戒，并在“信用中国（福建）”网站和省商务厅门户网站予以公示。"):
        b.para(s)

    b.heading("四、信用修复")
    b.runin("（一）修复条件。", "被评定为C级、D级的企业，在整改到位后，符合下列条件的，可以申请信用修复：")
    b.para("1.已纠正失信行为，履行相关法定义务；")
    b.para("2.自评定结果确定之日起满6个月（C级企业满3个月）未发生新的失信行为；")
    b.para("3.作出信用承诺，其中：")
    b.para("（1）主动公开信用承诺书的，在申请时一并提交承诺书公开链接；")
    b.para("（2）法定代表人发生变更的，应当由新任法定代表人签署信用承诺书。")
    b.runin("（二）修复程序。", "企业填写《跨境电子商务企业信用修复申请表》（附件2），向属地商务主管部门提出申请。"
            "属地商务主管部门会同属地海关在收到申请之日起15个工作日内完成核查，"
            "符合条件的，报省商务厅复核后调整信用等级。")

    b.heading("五、工作要求")
    b.runin("（一）加强组织领导。", "各设区市商务局、平潭综合实验区经济发展局要会同属地海关建立工作协调机制，"
            "明确专人负责，于每年2月底前报送本地区企业信用评价初评结果。", font=KT)
    b.runin("（二）强化信息共享。", "依托福建省跨境电子商务公共服务平台和国际贸易“单一窗口”，"
            "推动商务、海关、税务、市场监管、外汇等部门信用信息互联共享，实现评价数据自动采集。")
    # run-in with a soft line break in the middle of the sentence
    txt = ("各地各部门要严格按照评价结果实施分类监管，不得擅自扩大惩戒范围。"
           "对评价结果有异议的，企业可在公示期内向属地商务主管部门提出复核申请。")
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    set_font(p.add_run("（三）规范结果运用。"), KT, 16)
    r = set_font(p.add_run("各地各部门要严格按照评价结果实施分类监管，"), FS, 16)
    r.add_break()
    set_font(p.add_run("不得擅自扩大惩戒范围。对评价结果有异议的，企业可在公示期内向属地商务主管部门提出复核申请。"), FS, 16)
    b.clauses.append("（三）规范结果运用。" + txt)

    b.para("本通知自2026年4月1日起施行，有效期至2028年3月31日。"
           "《福建省商务厅 福州海关 厦门海关关于印发〈福建省跨境电子商务企业信用管理暂行办法〉的通知》"
           "（闽商务外贸〔2022〕15号）同时废止。执行中遇到的问题，请及时向省商务厅、福州海关、厦门海关反映。")
    b.para("联系人：省商务厅对外贸易处陈晓东，电话：0591-87851234；"
           "福州海关企业管理和稽查处林雯，电话：0591-83351102；"
           "厦门海关企业管理和稽查处黄志鹏，电话：0592-5608123。")
    empty(doc, 1)

    # 附件 list with manual full-width spaces for alignment
    p = fmt(doc.add_paragraph())
    set_font(p.add_run("附件：1.福建省跨境电子商务企业信用评价指标体系"), FS, 16)
    p = fmt(doc.add_paragraph())
    set_font(p.add_run(FW * 3 + "2.跨境电子商务企业信用修复申请表"), FS, 16)
    empty(doc, 2)

    # joint signature in a borderless layout table
    t = doc.add_table(rows=1, cols=3)
    set_cell_borders_none(t)
    for c, name in zip(t.rows[0].cells, ("福建省商务厅", "福州海关", "厦门海关")):
        cell_write(c, name, FS, 16)
    empty(doc, 1)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    set_font(p.add_run("2026年2月26日" + FW * 3), FS, 16)
    empty(doc, 1)
    p = fmt(doc.add_paragraph())
    set_font(p.add_run("（此件公开发布）"), FS, 16)

    # ---- 附件1 on a new page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p = fmt(doc.add_paragraph(), indent=False)
    set_font(p.add_run("附件1"), HT, 16)
    empty(doc, 1)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    set_font(p.add_run("福建省跨境电子商务企业信用评价指标体系"), XBS, 22)
    empty(doc, 1)

    cols = ["一级指标", "二级指标", "分值", "评分说明"]
    groups = [
        (["基础信息", "（10分）"], [
            ("企业登记备案", "5", "在市场监管部门登记并在海关完成跨境电子商务企业备案，信息真实完整的得5分；备案信息变更未及时办理的扣2分。"),
            ("经营年限", "5", "从事跨境电子商务业务满3年的得5分，满1年不满3年的得3分，不满1年的得1分。"),
        ]),
        (["经营合规", "（35分）"], [
            ("交易真实性", "15", "订单、支付、物流“三单”信息真实一致的得15分；发现“三单”信息不一致的，每发现1次扣3分，扣完为止。"),
            ("商品质量安全", "10", "评价期内未发生商品质量安全事件的得10分；被监管部门抽检不合格的，每批次扣2分。"),
            ("消费者权益保护", "10", "有效投诉办结率达到95%以上的得10分，每降低5个百分点扣2分；发生侵犯知识产权行为被认定的，本项不得分。"),
        ]),
        (["通关与税收", "（35分）"], [
            ("海关信用等级", "10", "海关高级认证企业得10分，未发生失信行为的其他企业得6分，失信企业得0分。"),
            ("申报规范性", "10", "申报差错率在1%以下的得10分，1%—3%的得6分，3%以上的得2分。"),
            ("税款缴纳", "15", "按时足额缴纳税款的得15分；发生滞纳的，每次扣3分；被追缴税款的不得分。"),
        ]),
        (["社会信用", "（20分）"], [
            ("公共信用综合评价", "10", "依据省公共信用信息平台综合评价结果，优秀得10分，良好得8分，中等得5分，较差得0分。"),
            ("行政处罚记录", "5", "评价期内无行政处罚记录的得5分；受到行政处罚的，每次扣2分。"),
            ("司法及其他失信记录", "5", "无被执行人、失信被执行人记录的得5分；有记录的不得分。"),
        ]),
    ]
    nrows = 1 + sum(len(g[1]) for g in groups) + 1
    t = doc.add_table(rows=nrows, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(2.6), Cm(3.2), Cm(1.4), Cm(8.4)]
    set_widths(t, widths)
    for c, h in zip(t.rows[0].cells, cols):
        cell_write(c, h, HT, 12)
    repeat_header(t.rows[0])
    r = 1
    total = 0
    for g1, items in groups:
        top = t.cell(r, 0)
        if len(items) > 1:
            top = top.merge(t.cell(r + len(items) - 1, 0))
        cell_write(top, g1, FS, 12)
        for (g2, score, expl) in items:
            cell_write(t.cell(r, 1), g2, FS, 12)
            cell_write(t.cell(r, 2), score, FS, 12)
            cell_write(t.cell(r, 3), expl, FS, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
            b.clauses.append(row_clause(cols, [flat(g1), g2, score, expl]))
            total += int(score)
            r += 1
    assert total == 100
    tot = ["合计", "—", "100", "评价得分为各二级指标得分之和，满分100分。"]
    for i, v in enumerate(tot):
        cell_write(t.cell(r, i), v, HT if i == 0 else FS, 12,
                   align=WD_ALIGN_PARAGRAPH.LEFT if i == 3 else WD_ALIGN_PARAGRAPH.CENTER)
    b.clauses.append(row_clause(cols, tot))

    empty(doc, 1)
    p = fmt(doc.add_paragraph(), indent=False, line=24)
    set_font(p.add_run("注：1.评价得分保留整数，小数部分四舍五入。"), FS, 14)
    b.clauses.append("注：1.评价得分保留整数，小数部分四舍五入。")
    p = fmt(doc.add_paragraph(), indent=False, line=24, left=Pt(28))
    set_font(p.add_run("2.企业在评价期内获得省级以上跨境电子商务示范企业称号的，可加3分，加分后总分不超过100分。"), FS, 14)
    b.clauses.append("2.企业在评价期内获得省级以上跨境电子商务示范企业称号的，可加3分，加分后总分不超过100分。")

    # 版记
    empty(doc, 3)
    p = fmt(doc.add_paragraph(), indent=False, left=Pt(14))
    set_font(p.add_run("抄送：商务部电子商务和信息化司，海关总署企业管理和稽查司，省发展改革委、"
                       "省市场监管局、省税务局，国家外汇管理局福建省分局。"), FS, 14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = fmt(doc.add_paragraph(), indent=False, left=Pt(14))
    set_font(p.add_run("福建省商务厅办公室" + FW * 9 + "2026年2月27日印发"), FS, 14)
    border(p, "bottom", "000000", 8)

    stem = "blind632_fujian_tongzhi"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "福建省商务厅 福州海关 厦门海关关于开展跨境电子商务企业信用分级分类监管工作的通知",
        "doc_number": "闽商务外贸〔2026〕9号",
        "issuer": ["福建省商务厅", "福州海关", "厦门海关"],
        "date": "2026-02-26",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": "2026-04-01",
        "expires": "2028-03-31",
        "attachments": ["福建省跨境电子商务企业信用评价指标体系", "跨境电子商务企业信用修复申请表"],
        "doc_type": "通知",
        "recipients": ["各设区市商务局", "平潭综合实验区经济发展局", "各隶属海关",
                       "各跨境电子商务综合试验区办公室"],
        "publicity": "此件公开发布",
        "repeals": "《福建省商务厅 福州海关 厦门海关关于印发〈福建省跨境电子商务企业信用管理暂行办法〉的通知》（闽商务外贸〔2022〕15号）",
    }
    return stem, path, [{"meta": meta, "clauses": b.clauses}]


# ================================================================ Doc B
def make_ningbo():
    doc = Document()
    setup(doc)
    footer_simple(doc.sections[0])

    empty(doc, 1)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=48)
    set_font(p.add_run("宁波市商务局" + FW * 2 + "宁波海关"), XBS, 30, color=RED)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60)
    set_font(p.add_run("公" + FW * 2 + "告"), XBS, 44, color=RED)
    empty(doc, 1)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    set_font(p.add_run("2026年第1号"), FS, 16)
    border(p, "bottom", "FF0000", 18)
    empty(doc, 1)
    # title with soft line break inside
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    r = set_font(p.add_run("关于公布2026年第一批"), XBS, 22)
    r.add_break()
    r = set_font(p.add_run("跨境电子商务领域失信企业名单和"), XBS, 22)
    r.add_break()
    set_font(p.add_run("严重违法失信企业名单的公告"), XBS, 22)
    empty(doc, 1)

    b = Body(doc)
    b.para("为加强跨境电子商务领域信用体系建设，维护公平竞争的市场秩序，根据《中华人民共和国海关注册登记和备案企业信用管理办法》"
           "（海关总署令第251号）、《市场监督管理严重违法失信名单管理办法》（国家市场监督管理总局令第44号）和"
           "《宁波市跨境电子商务企业信用分级分类监管实施细则》（甬商务〔2025〕58号）等规定，经调查核实、告知申辩和集体审议，"
           "宁波市商务局、宁波海关决定将宁波甬跨通供应链管理有限公司等6家企业列入2026年第一批跨境电子商务领域失信企业名单，"
           "将宁波北仑恒远国际物流有限公司等3家企业列入2026年第一批跨境电子商务领域严重违法失信企业名单（见附件），现予以公告。")
    b.para("一、列入名单的企业在列入期间，海关按照失信企业实施管理，提高进出口货物查验率，"
           "不予适用跨境电子商务零售进口退货中心仓等便利措施。")
    b.para("二、列入名单的企业不得享受市级跨境电子商务专项扶持资金，不得参与各类评优评先；"
           "已获得扶持资金的，依法依规予以追回。")
    b.para("三、有关部门依据国家和省、市有关规定，对列入严重违法失信企业名单的企业及其法定代表人（负责人）"
           "依法依规实施联合惩戒。")
    b.para("四、列入失信企业名单的期限一般为1年，列入严重违法失信企业名单的期限一般为3年。"
           "期限届满且已纠正失信行为、履行相关义务的，经企业申请，由列入机关移出名单。",
           soft_after="期限一般为1年，")
    b.para("五、企业对列入名单有异议的，可自本公告发布之日起15个工作日内，向列入机关书面提出异议申请，"
           "并提供相关证明材料。逾期未提出的，视为无异议。")
    b.para("六、本公告名单同时在“信用中国（浙江宁波）”网站、宁波市商务局门户网站和宁波海关门户网站公示。")
    b.para("异议受理联系方式：宁波市商务局电子商务处，电话：0574-89180123，地址：宁波市鄞州区宁穿路2001号；"
           "宁波海关企业管理和稽查处，电话：0574-89095678，地址：宁波市鄞州区百丈东路1号。")
    empty(doc, 1)
    p = fmt(doc.add_paragraph())
    set_font(p.add_run("附件：2026年第一批跨境电子商务领域失信企业名单和严重违法失信企业名单"), FS, 16)
    empty(doc, 2)
    # signature typed on one line with manual spaces
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    set_font(p.add_run("宁波市商务局" + FW * 4 + "宁波海关" + FW * 2), FS, 16)
    empty(doc, 1)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    set_font(p.add_run("2026年3月20日"), FS, 16)
    set_font(p.add_run(FW * 3), FS, 16)

    # ---- attachment in landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width = Cm(29.7)
    sec.page_height = Cm(21)
    sec.top_margin = Cm(2.6)
    sec.bottom_margin = Cm(2.4)
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(2.5)
    p = fmt(doc.add_paragraph(), indent=False)
    set_font(p.add_run("附件"), HT, 16)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    set_font(p.add_run("2026年第一批跨境电子商务领域失信企业名单和严重违法失信企业名单"), XBS, 20)
    empty(doc, 1)

    cols = ["序号", "企业名称", "统一社会信用代码", "法定代表人", "列入事由", "列入日期", "列入机关"]
    hdr = ["序号", "企业名称", ["统一社会", "信用代码"], ["法定", "代表人"], "列入事由", "列入日期", "列入机关"]
    list1 = [
        ("宁波甬跨通供应链管理有限公司", uscc("330206", "MA2GR3LK"), "王*",
         "拖欠应缴税款，经海关书面通知限期缴纳后逾期仍未缴纳", "2026年2月27日", "宁波海关"),
        ("宁波海曙优品汇电子商务有限公司", uscc("330203", "MA2H07QB"), "李*",
         ["虚构跨境电子商务零售进口交易，", "“刷单”套用他人个人年度交易限值"], "2026年3月6日", "宁波海关"),
        ("慈溪市惠民家居用品进出口有限公司", uscc("330282", "7448921"+"6"), "陈*",
         "以虚假材料骗取市级跨境电子商务专项扶持资金", "2026年3月6日", "宁波市商务局"),
        (["宁波保税区鑫海国际", "贸易有限公司"], uscc("330201", "MA2CJ8W4"), "欧阳*",
         "违反海关监管规定被处罚款，一年内累计金额超过100万元", "2026年3月12日", "宁波海关"),
        ("余姚市舜禾电子商务有限公司", uscc("330281", "MA2J5DNX"), "孙*",
         "提供虚假资料骗取跨境电子商务企业海关备案", "2026年3月12日", "宁波海关"),
        ("宁波江北跨海通物流有限公司", uscc("330205", "MA2KF1T9"), "周*",
         "被人民法院列为失信被执行人，且拒不履行生效判决确定的跨境电商货款支付义务", "2026年3月12日", "宁波市商务局"),
    ]
    list2 = [
        ("宁波北仑恒远国际物流有限公司", uscc("330206", "MA281QY5"), "张*",
         "因走私普通货物罪被人民法院判处刑罚", "2026年3月12日", "宁波海关"),
        ("宁波鄞州云采跨境电子商务有限公司", uscc("330212", "MA2GX6PR"), "刘*",
         "利用他人身份信息“化整为零”走私进口商品，偷逃应缴税款数额巨大", "2026年3月16日", "宁波海关"),
        ("象山县海宝水产品进出口有限公司", uscc("330225", "MA2AUL73"), "郑*",
         "伪造进口商品检验检疫证明材料，情节严重", "2026年3月16日", "宁波市商务局"),
    ]
    widths = [Cm(1.3), Cm(5.2), Cm(4.4), Cm(1.8), Cm(7.6), Cm(2.8), Cm(2.6)]

    def table(rows, heading):
        p = fmt(doc.add_paragraph(), indent=False)
        set_font(p.add_run(heading), HT, 16)
        t = doc.add_table(rows=1 + len(rows), cols=7)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        set_widths(t, widths)
        for c, h in zip(t.rows[0].cells, hdr):
            cell_write(c, h, HT, 12)
        repeat_header(t.rows[0])
        for i, rw in enumerate(rows, 1):
            vals = [str(i)] + list(rw)
            for j, v in enumerate(vals):
                cell_write(t.cell(i, j), v, FS, 12,
                           align=WD_ALIGN_PARAGRAPH.LEFT if j in (1, 4) else WD_ALIGN_PARAGRAPH.CENTER)
            b.clauses.append(row_clause(cols, [flat(v) for v in vals]))
        empty(doc, 1)

    table(list1, "一、失信企业名单（共6家）")
    table(list2, "二、严重违法失信企业名单（共3家）")

    stem = "blind632_ningbo_gonggao"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "宁波市商务局 宁波海关关于公布2026年第一批跨境电子商务领域失信企业名单和严重违法失信企业名单的公告",
        "doc_number": "2026年第1号",
        "issuer": ["宁波市商务局", "宁波海关"],
        "date": "2026-03-20",
        "published": None,
        "level": "municipal",
        "region": "宁波市",
        "effective": None,
        "expires": None,
        "attachments": ["2026年第一批跨境电子商务领域失信企业名单和严重违法失信企业名单"],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": b.clauses}]


# ================================================================ Doc C
def add_numbering(doc):
    """Word auto numbering: decimal '%1.' with no tab; two instances (restart)."""
    numbering = doc.part.numbering_part.element
    abs_id = 632
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
    pPr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind"); ind.set(qn("w:left"), "0"); ind.set(qn("w:firstLine"), "640")
    pPr.append(ind); lvl.append(pPr)
    rPr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(k), FS)
    rPr.append(rf)
    sz = OxmlElement("w:sz"); sz.set(qn("w:val"), "32"); rPr.append(sz)
    lvl.append(rPr)
    an.append(lvl)
    existing = numbering.findall(qn("w:abstractNum"))
    if existing:
        existing[-1].addnext(an)
    else:
        numbering.insert(0, an)
    ids = []
    for k, nid in enumerate((6321, 6322)):
        num = OxmlElement("w:num"); num.set(qn("w:numId"), str(nid))
        a = OxmlElement("w:abstractNumId"); a.set(qn("w:val"), str(abs_id)); num.append(a)
        ov = OxmlElement("w:lvlOverride"); ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride"); so.set(qn("w:val"), "1"); ov.append(so)
        num.append(ov)
        numbering.append(num)
        ids.append(nid)
    return ids


def numbered(doc, b, numid, items):
    for i, s in enumerate(items, 1):
        p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        pPr = p._p.get_or_add_pPr()
        numPr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0"); numPr.append(il)
        ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(numid)); numPr.append(ni)
        pPr.insert(0, numPr)
        set_font(p.add_run(s), FS, 16)
        b.clauses.append("%d.%s" % (i, s))


def make_xiamen():
    doc = Document()
    setup(doc)
    footer_simple(doc.sections[0])
    n1, n2 = add_numbering(doc)

    empty(doc, 1)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44)
    set_font(p.add_run("中国（福建）自由贸易试验区厦门片区管理委员会"), XBS, 19, color=RED)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60)
    set_font(p.add_run("文" + FW + "件"), XBS, 40, color=RED)
    empty(doc, 1)
    # 文号 with manual spaces, in two runs
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    set_font(p.add_run("厦自贸委〔2026〕"), FS, 16)
    set_font(p.add_run("21号"), FS, 16)
    border(p, "bottom", "FF0000", 18)
    empty(doc, 1)
    for t1 in ("中国（福建）自由贸易试验区厦门片区",
               "管理委员会关于公布片区2026年第一批",
               "跨境电子商务企业信用等级评定结果的通知"):
        p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
        set_font(p.add_run(t1), XBS, 22)
    empty(doc, 1)
    p = fmt(doc.add_paragraph(), indent=False)
    set_font(p.add_run("片区各有关部门、各跨境电子商务企业："), FS, 16)

    b = Body(doc)
    b.para("根据《福建省商务厅 福州海关 厦门海关关于开展跨境电子商务企业信用分级分类监管工作的通知》"
           "（闽商务外贸〔2026〕9号）要求，片区管委会会同厦门海关驻片区相关隶属海关，对在片区注册的跨境电子商务企业"
           "开展了2026年度首次信用评价。经企业自评、初评、集体审议和公示等程序，评定厦门屿通跨境供应链有限公司等5家企业为A级企业，"
           "厦门鑫鹭达进出口贸易有限公司等2家企业为C级企业，厦门佰汇达电子商务有限公司为D级企业，"
           "其余参评企业为B级企业，不再逐一列示。现将A级、C级、D级企业名单公布如下：")
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    set_font(p.add_run("片区2026年第一批跨境电子商务企业信用等级评定结果（A级、C级、D级）"), HT, 14)

    cols = ["序号", "企业名称", "统一社会信用代码", "信用等级", "评价得分", "有效期至"]
    rows = [
        ("厦门屿通跨境供应链有限公司", uscc("350206", "MA8UD2K3"), "96"),
        ("厦门海沧港润国际物流有限公司", uscc("350205", "MA2Y4PG0"), "94"),
        ("厦门鹭贸优选电子商务有限公司", uscc("350206", "MA32A7XW"), "92"),
        ("厦门闽台通跨境电子商务有限公司", uscc("350206", "MA8RTN61"), "91"),
        ("厦门嘉禾云仓科技有限公司", uscc("350205", "MA31B9EQ"), "90"),
        ("厦门鑫鹭达进出口贸易有限公司", uscc("350206", "MA2XH5C8"), "68"),
        ("厦门海沧宏远报关有限公司", uscc("350205", "26013478"), "63"),
        ("厦门佰汇达电子商务有限公司", uscc("350206", "MA8W0LJ2"), "—（直接评定）"),
    ]
    levels = ["A级"] * 5 + ["C级"] * 2 + ["D级"]
    t = doc.add_table(rows=1 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.1), Cm(5.0), Cm(5.0), Cm(1.7), Cm(1.8), Cm(3.0)]
    set_widths(t, widths)
    for c, h in zip(t.rows[0].cells, cols):
        cell_write(c, h, HT, 11)
    repeat_header(t.rows[0])
    # merged 信用等级 cells: A (rows 1-5), C (rows 6-7)
    ma = t.cell(1, 3).merge(t.cell(5, 3))
    cell_write(ma, "A级", FS, 11)
    mc = t.cell(6, 3).merge(t.cell(7, 3))
    cell_write(mc, "C级", FS, 11)
    cell_write(t.cell(8, 3), "D级", FS, 11)
    # 有效期至 merged over all rows
    mv = t.cell(1, 5).merge(t.cell(8, 5))
    cell_write(mv, "2027年3月31日", FS, 11)
    for i, (name, code, score) in enumerate(rows, 1):
        cell_write(t.cell(i, 0), str(i), FS, 11)
        cell_write(t.cell(i, 1), name, FS, 11, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_write(t.cell(i, 2), code, FS, 11)
        cell_write(t.cell(i, 4), score, FS, 11)
        b.clauses.append(row_clause(cols, [str(i), name, code, levels[i - 1], score, "2027年3月31日"]))
    empty(doc, 1)

    b.para("请片区各有关部门、各有关企业做好以下工作：")
    b.runin("一、落实A级企业激励措施。", "片区管委会会同驻片区海关对A级企业实施以下便利措施：", font=HT)
    numbered(doc, b, n1, [
        "优先适用“先放行后检测”等通关便利措施，海关查验时优先安排；",
        "在片区跨境电子商务产业扶持资金申报中同等条件下优先支持，并按规定给予信用奖励；",
        "优先推荐申报省级跨境电子商务示范企业和公共海外仓项目。",
    ])
    b.runin("二、加强C级、D级企业监管。", "对C级企业，片区商务主管部门将于2026年5月31日前开展约谈，督促企业限期整改；"
            "对D级企业，依照闽商务外贸〔2026〕9号文件规定实施严格管理措施：", font=HT)
    numbered(doc, b, n2, [
        "暂停享受片区各项跨境电子商务扶持政策；",
        "提请驻片区海关提高进出口货物查验比例；",
        "将企业失信信息推送至厦门市公共信用信息平台。",
    ])
    b.runin("三、做好信用修复服务。", "C级、D级企业整改完成后，可通过厦门片区跨境电子商务公共服务平台在线提交信用修复申请，"
            "片区管委会在10个工作日内完成初审并报送省商务厅。", font=HT)
    b.runin("四、实行动态管理。", "评定结果实行动态调整，有效期内A级企业发生失信行为的，取消其A级资格并重新评定；"
            "B级企业发生失信行为的，视情节降为C级或D级。", font=HT)
    b.para("联系人：片区管委会贸易发展局吴思敏，联系电话：0592-6011234。")
    empty(doc, 2)

    # signature + date inside a borderless layout table (right column)
    t = doc.add_table(rows=2, cols=2)
    set_cell_borders_none(t)
    set_widths(t, [Cm(2.4), Cm(13.2)])
    cell_write(t.cell(0, 1), "中国（福建）自由贸易试验区厦门片区管理委员会", FS, 16)
    cell_write(t.cell(1, 1), "2026年4月20日", FS, 16)
    empty(doc, 1)
    p = fmt(doc.add_paragraph())
    set_font(p.add_run("（此件公开发布）"), FS, 16)
    empty(doc, 3)
    p = fmt(doc.add_paragraph(), indent=False, left=Pt(14))
    set_font(p.add_run("抄送：福建省商务厅，厦门海关，厦门市商务局，厦门市发展改革委。"), FS, 14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = fmt(doc.add_paragraph(), indent=False, left=Pt(14))
    set_font(p.add_run("厦门片区管委会办公室" + FW * 8 + "2026年4月20日印发"), FS, 14)
    border(p, "bottom", "000000", 8)

    stem = "blind632_xiamen_tongzhi"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "中国（福建）自由贸易试验区厦门片区管理委员会关于公布片区2026年第一批跨境电子商务企业信用等级评定结果的通知",
        "doc_number": "厦自贸委〔2026〕21号",
        "issuer": ["中国（福建）自由贸易试验区厦门片区管理委员会"],
        "date": "2026-04-20",
        "published": None,
        "level": "zone",
        "region": "中国（福建）自由贸易试验区厦门片区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["片区各有关部门", "各跨境电子商务企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": b.clauses}]


def main():
    expected = {}
    for fn in (make_fujian, make_ningbo, make_xiamen):
        stem, path, objs = fn()
        convert(path)
        expected[stem] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
