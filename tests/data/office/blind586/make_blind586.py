# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 586: 平潭 / 厦门 对台 policy documents."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
FW = "\u3000"  # full-width space

CN_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=True, exact=28, before=0, after=0):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    return p


def border(p, side="bottom", color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    pbdr.append(el)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    sec = doc.sections[0]
    sec.page_width = Cm(21)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    # page number "— 1 —" in footer
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("— "), SONG, 14)
    r = fp.add_run()
    set_font(r, SONG, 14)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    set_font(fp.add_run(" —"), SONG, 14)
    return doc


def empty(doc, n=1):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False)


def red_header(doc, organ, size=36):
    empty(doc, 2)
    p = fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=size + 14)
    set_font(p.add_run(organ), XBS, size, color=RED)
    empty(doc, 1)


def doc_number(doc, num):
    p = fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    set_font(p.add_run(num), FS, 16)
    p2 = fmt(doc.add_paragraph(), indent=False, exact=10)
    border(p2, "bottom", "FF0000", 18)
    empty(doc, 1)


def title(doc, lines, size=22):
    p = fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    for i, ln in enumerate(lines):
        r = set_font(p.add_run(ln), XBS, size)
        if i < len(lines) - 1:
            r.add_break()  # soft line break inside title
    return p


def plain(doc, text, font=FS, indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY, bold=False):
    p = fmt(doc.add_paragraph(), align, indent=indent)
    set_font(p.add_run(text), font, 16, bold=bold)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def add_numbering(doc, abs_id, fmt_name, lvl_text):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:b w:val="0"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), abs_id, fmt_name, lvl_text, FS, FS, FS))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                    % (nsdecls("w"), abs_id, abs_id))
    numbering.append(num)
    return abs_id


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id


class Body:
    """Writes body paragraphs and records the clause texts for the answer key."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []

    def heading(self, text, font=HT):
        plain(self.doc, text, font=font)

    def p(self, text, clause=True):
        plain(self.doc, text)
        if clause:
            self.clauses.append(text)

    def runin(self, head, body, head_font=KT, bold=False):
        p = fmt(self.doc.add_paragraph(), WD_ALIGN_PARAGRAPH.JUSTIFY)
        set_font(p.add_run(head), head_font, 16, bold=bold)
        set_font(p.add_run(body), FS, 16)
        self.clauses.append(head + body)

    def article(self, num, body):
        # 第X条 in bold 黑体, full-width space, text in 仿宋
        p = fmt(self.doc.add_paragraph(), WD_ALIGN_PARAGRAPH.JUSTIFY)
        set_font(p.add_run(num), HT, 16)
        set_font(p.add_run(FW + body), FS, 16)
        self.clauses.append(num + FW + body)

    def auto(self, num_id, idx, head, body):
        # Word automatic numbering "（一）" — number is NOT in the text runs
        p = fmt(self.doc.add_paragraph(), WD_ALIGN_PARAGRAPH.JUSTIFY, indent=False)
        set_num(p, num_id)
        set_font(p.add_run(head), FS, 16, bold=True)
        set_font(p.add_run(body), FS, 16)
        self.clauses.append("（%s）" % CN_NUM[idx] + head + body)


def signoff(doc, organ_line, date_line):
    empty(doc, 2)
    p = fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    set_font(p.add_run(organ_line), FS, 16)
    p = fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    set_font(p.add_run(date_line), FS, 16)


def publicity(doc, text):
    p = fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.LEFT, indent=True)
    set_font(p.add_run(text), FS, 16)


def banji(doc, cc, printer, printed, pad=6):
    empty(doc, 3)
    p = fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p.paragraph_format.left_indent = Pt(14)
    set_font(p.add_run(cc), FS, 14)
    p = fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    border(p, "bottom", "000000", 8)
    p.paragraph_format.left_indent = Pt(14)
    set_font(p.add_run(printer), FS, 14)
    set_font(p.add_run(FW * pad), FS, 14)
    set_font(p.add_run(printed), FS, 14)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    set_font(p.add_run(text), font, size, bold=bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def meta(title_, num, issuer, date, level, region, doc_type, recipients=None,
         effective=None, expires=None, attachments=None, publicity_=None, repeals=None):
    return {
        "title": title_, "doc_number": num, "issuer": issuer, "date": date,
        "published": None, "level": level, "region": region,
        "effective": effective, "expires": expires,
        "attachments": attachments or [], "doc_type": doc_type,
        "recipients": recipients or [], "publicity": publicity_, "repeals": repeals,
    }


# ---------------------------------------------------------------- doc 1: 平潭
def make_pingtan():
    doc = new_doc()
    red_header(doc, "平潭综合实验区管理委员会文件", 28)
    doc_number(doc, "岚综管〔2025〕15号")
    title(doc, ["平潭综合实验区管理委员会关于印发", "支持台胞台企融入发展若干措施的通知"])
    empty(doc)
    p = plain(doc, "实验区各部门，各乡镇（街道），各有关单位：", indent=False)
    n = Body(doc)
    n.p("为深入贯彻落实党中央、国务院关于探索海峡两岸融合发展新路、建设两岸融合发展示范区的决策部署，"
        "进一步为台湾同胞、台资企业在平潭学习、就业、创业、生活提供同等待遇和便利条件，经实验区党工委、"
        "管委会研究同意，现将《平潭综合实验区支持台胞台企融入发展的若干措施》印发给你们，请结合实际认真贯彻执行。")
    n.p("各部门要按照职责分工，抓紧制定具体操作细则，确保各项措施落地见效。执行过程中遇到的问题，"
        "请及时向实验区台港澳事务办公室反映。")
    signoff(doc, FW * 12 + "平潭综合实验区管理委员会", FW * 14 + "2025年3月18日")
    publicity(doc, "（此件公开发布）")
    page_break(doc)

    # ---- 若干措施
    title(doc, ["平潭综合实验区支持台胞台企", "融入发展的若干措施"])
    empty(doc)
    m = Body(doc)
    m.p("为贯彻落实《中共中央 国务院关于支持福建探索海峡两岸融合发展新路 建设两岸融合发展示范区的意见》，"
        "充分发挥平潭对台独特优势，促进台湾同胞、台资企业深度融入实验区经济社会发展，结合实验区实际，制定以下措施。")
    m.heading("一、支持台资企业落地发展")
    m.runin("（一）鼓励台资企业落户。",
            "对2025年1月1日后在实验区新设立、实缴注册资本（实际到资）达到1000万元人民币以上的台资企业，"
            "按实际到资额的2%给予一次性落户奖励，最高50万元。")
    m.runin("（二）支持台资企业扩大投资。",
            "台资企业在实验区实施设备购置、技术改造项目，当年度设备投资额达到500万元以上的，"
            "按设备投资额的10%给予补助，单个企业每年最高不超过200万元。")
    m.runin("（三）支持台资企业开拓两岸市场。",
            "台资企业参加两岸经贸交流活动、国内外重点展会的，按实际发生展位费的50%给予补助，单个企业每年最高10万元。")
    m.runin("（四）降低台资企业用工成本。",
            "台资企业新招用台湾同胞并签订1年以上劳动合同、依法缴纳社会保险的，按每人每月1000元标准给予企业用工补贴，"
            "补贴期限最长不超过24个月。")
    empty(doc)
    m.heading("二、支持台湾同胞就业创业")
    m.runin("（一）支持台湾青年就业。",
            "对在实验区企事业单位就业的台湾青年（45周岁以下），按以下标准给予生活补贴：")
    m.p("1.具有博士研究生学历的，每人每月3000元；")
    m.p("2.具有硕士研究生学历的，每人每月2000元；")
    m.p("3.具有本科学历的，每人每月1500元。")
    m.p("生活补贴期限最长不超过3年。")
    m.runin("（二）支持台湾青年创业。",
            "台湾青年在实验区首次创业、领取营业执照并正常经营满6个月的，给予一次性创业补助5万元；"
            "入驻「台湾创业园」「两岸青年众创空间」等载体的，3年内免收办公场地租金。")
    m.runin("（三）认可台湾地区职业资格。",
            "持有台湾地区「专门职业及技术人员」执业资格证书的台湾同胞，经备案后可在实验区按规定执业；"
            "在实验区执业满1年的，给予一次性执业补贴2万元。")
    m.runin("（四）支持两岸人才交流。",
            "鼓励台湾青年来平潭实习研习，具体按以下标准给予支持：")
    m.p("1.来平潭参加实习实践的台湾在校学生，实习期满1个月的，给予每人每月3000元实习补贴，最长补贴6个月。")
    m.p("2.对组织台湾青年来平潭开展交流研习的机构，按以下标准给予补助：")
    m.p("（1）单次组织20人以上、活动时间不少于3天的，每批次补助2万元；")
    m.p("（2）单次组织50人以上、活动时间不少于5天的，每批次补助5万元。")
    m.p("同一机构每年补助总额最高不超过50万元。")
    empty(doc)
    m.heading("三、提升台胞生活便利")
    m.runin("（一）保障台胞住房需求。",
            "在实验区就业创业的台湾同胞，可申请入住人才公寓，入住首年免收租金；在实验区首次购买商品住房的，"
            "给予购房价款3%的补助，最高30万元。")
    m.runin("（二）便利台胞子女就学。",
            "台湾同胞随迁子女在实验区就读义务教育阶段学校的，按照就近入学原则统筹安排；就读普惠性幼儿园的，"
            "每生每学期给予保教费补助1500元。")
    m.runin("（三）优化两岸通行服务。",
            "支持「海峡号」「丽娜轮」等两岸客滚航线常态化运营，台湾同胞乘坐平潭至台北、台中航线往返的，"
            "每人每航次给予船票补助200元。")
    m.runin("（四）推进台胞社会融入。",
            "鼓励台湾同胞担任社区主任助理、特约调解员、人民陪审员等职务，对表现突出的，"
            "纳入两岸融合示范社区评选表彰范围。")
    empty(doc)
    m.heading("四、附则")
    m.runin("（一）",
            "本措施所称台资企业，是指台湾地区投资者持股比例不低于25%，或者台湾地区投资者为第一大股东的企业；"
            "所称台湾同胞，是指持有台湾居民来往大陆通行证或者台湾居民居住证的台湾居民。", head_font=FS)
    m.runin("（二）",
            "同一事项同时符合本措施和实验区其他扶持政策规定的，按照就高不重复原则执行，不得重复享受。"
            "申请人通过弄虚作假等手段骗取补助资金的，依法追回补助资金，并纳入信用记录。", head_font=FS)
    m.runin("（三）", "本措施所需资金由实验区财政统筹安排。申请材料清单详见附件。", head_font=FS)
    m.runin("（四）", "本措施由平潭综合实验区台港澳事务办公室负责解释，自印发之日起施行，有效期三年。", head_font=FS)
    empty(doc)
    plain(doc, "附件：申请材料清单")
    page_break(doc)

    # ---- 附件 table
    p = fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    set_font(p.add_run("附件"), HT, 16)
    empty(doc)
    title(doc, ["申请材料清单"])
    empty(doc)
    cols = ["申报事项", "序号", "材料名称", "提交形式"]
    rows = [
        ("台资企业落户奖励", "1", "申请表（加盖企业公章）", "原件"),
        ("台资企业落户奖励", "2", "营业执照及外商投资企业设立备案回执", "复印件"),
        ("台资企业落户奖励", "3", "注册资本实缴验资报告或银行进账凭证", "复印件"),
        ("台湾青年生活补贴", "4", "台湾居民来往大陆通行证或台湾居民居住证", "复印件"),
        ("台湾青年生活补贴", "5", "学历学位证书及认证材料", "复印件"),
        ("台湾青年生活补贴", "6", "劳动合同及社会保险缴费证明", "复印件"),
        ("台湾青年创业补助", "7", "营业执照及近6个月经营情况说明", "复印件"),
        ("台湾青年创业补助", "8", "「台湾创业园」等载体入驻协议", "复印件"),
        ("两岸交流研习补助", "9", "活动方案、参加人员名单及费用支出凭证", "复印件"),
    ]
    tbl = doc.add_table(rows=1 + len(rows), cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, c in enumerate(cols):
        cell_text(tbl.cell(0, j), c, HT, 12)
    for i, r in enumerate(rows, start=1):
        for j, v in enumerate(r):
            if j == 0 and i > 1 and rows[i - 2][0] == v:
                continue  # leave blank, will be merged
            cell_text(tbl.cell(i, j), v, FS, 12,
                      align=WD_ALIGN_PARAGRAPH.LEFT if j == 2 else WD_ALIGN_PARAGRAPH.CENTER)
    tbl.autofit = False
    for j, w in enumerate((3.6, 1.4, 8.0, 2.4)):
        tbl.columns[j].width = Cm(w)
    for row in tbl.rows:
        for j, w in enumerate((3.6, 1.4, 8.0, 2.4)):
            row.cells[j].width = Cm(w)
    # vertical merges of 申报事项
    start = 1
    for i in range(2, len(rows) + 2):
        if i == len(rows) + 1 or rows[i - 1][0] != rows[start - 1][0]:
            if i - 1 > start:
                a = tbl.cell(start, 0)
                a.merge(tbl.cell(i - 1, 0))
                # merge concatenates paragraphs: keep only the first
                for extra in a.paragraphs[1:]:
                    extra._p.getparent().remove(extra._p)
            start = i
    for r in rows:
        m.clauses.append("；".join("%s：%s" % (c, v) for c, v in zip(cols, r)))

    banji(doc, "抄送：平潭综合实验区党工委各部门，福建省人民政府台港澳事务办公室。",
          "平潭综合实验区党政办公室", "2025年3月18日印发")

    stem = "blind586_pingtan_cuoshi"
    doc.save(os.path.join(HERE, stem + ".docx"))
    return stem, [
        {"meta": meta("平潭综合实验区管理委员会关于印发支持台胞台企融入发展若干措施的通知",
                      "岚综管〔2025〕15号", ["平潭综合实验区管理委员会"], "2025-03-18", "zone",
                      "平潭综合实验区", "通知",
                      recipients=["实验区各部门", "各乡镇（街道）", "各有关单位"],
                      publicity_="此件公开发布"),
         "clauses": n.clauses},
        {"meta": meta("平潭综合实验区支持台胞台企融入发展的若干措施", None,
                      ["平潭综合实验区管理委员会"], "2025-03-18", "zone", "平潭综合实验区", "措施",
                      effective="2025-03-18", expires="2028-03-17", attachments=["申请材料清单"]),
         "clauses": m.clauses},
    ]


# ---------------------------------------------------------------- doc 2: 厦门 joint notice
def make_xiamen():
    doc = new_doc()
    num_id = add_numbering(doc, 90, "chineseCounting", "（%1）")
    empty(doc, 2)
    # joint red header laid out with a borderless table
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, org in enumerate(["厦门市人民政府台港澳事务办公室", "厦门市商务局"]):
        c = t.cell(i, 0)
        c.text = ""
        pp = c.paragraphs[0]
        pp.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        set_font(pp.add_run(org), XBS, 22, color=RED)
    right = t.cell(0, 1).merge(t.cell(1, 1))
    for extra in right.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    right.paragraphs[0].text = ""
    right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(right.paragraphs[0].add_run("文件"), XBS, 36, color=RED)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    t.columns[0].width = Cm(12.5)
    t.columns[1].width = Cm(3)
    for row in t.rows:
        row.cells[0].width = Cm(12.5)
        row.cells[1].width = Cm(3)
    empty(doc)
    doc_number(doc, "厦台港澳〔2025〕21号")
    title(doc, ["厦门市人民政府台港澳事务办公室 ",
                "厦门市商务局关于做好2025年度台资企业",
                "跨境电商和中欧班列发展扶持资金",
                "申报工作的通知"])
    empty(doc)
    plain(doc, "各区人民政府，厦门自贸片区管委会，火炬高新区管委会，市直有关部门，各有关台资企业：", indent=False)
    b = Body(doc)
    b.p("为深入落实《厦门市进一步促进台资企业高质量发展的若干措施》，支持台资企业用好跨境电商、中欧班列（厦门）"
        "和综合保税区政策，加快融入新发展格局，现就做好2025年度相关扶持资金申报工作通知如下：")
    b.heading("一、申报对象")
    b.p("申报企业应当同时符合以下条件：")
    b.p("（一）在厦门市行政区域内依法注册登记，具有独立法人资格，台湾地区投资者持股比例不低于25%；")
    b.p("（二）财务制度健全，依法纳税，近3年内未发生严重失信行为；")
    b.p("（三）申报项目于2024年7月1日至2025年6月30日期间实施完成。")
    b.heading("二、扶持内容及标准")
    items = [
        ("跨境电商平台入驻补助。",
         "台资企业在亚马逊、「虾皮」（Shopee）等跨境电商平台新开设店铺，年度跨境电商交易额达到100万美元以上的，"
         "按平台年费和推广费用的50%给予补助，最高20万元。"),
        ("海外仓建设补助。",
         "台资企业在境外自建或租用海外仓，面积达到1000平方米以上的，按实际租金或建设投入的30%给予补助，"
         "单个企业最高50万元。"),
        ("中欧班列运费补贴。",
         "台资企业通过中欧班列（厦门）运输货物的，按每标准集装箱（TEU）1500元给予运费补贴；"
         "货物经「高雄港」「台中港」海运至厦门后通过中欧班列（厦门）出境的，每标准集装箱补贴标准提高至2000元。"
         "单个企业年度补贴最高100万元。"),
        ("综合保税区业务补助。",
         "台资企业在厦门象屿综合保税区、厦门海沧港综合保税区内开展保税研发、保税维修、跨境电商保税备货（1210模式）"
         "等业务，年度进出口额达到5000万元以上的，给予一次性补助30万元；达到1亿元以上的，给予一次性补助50万元。"),
        ("两岸跨境电商人才培训补助。",
         "对组织台湾青年参加跨境电商实务培训、年度培训人数达到30人次以上的机构，按每人次800元给予补助，最高10万元。"),
    ]
    for i, (h, t_) in enumerate(items):
        b.auto(num_id, i, h, t_)
    b.heading("三、申报材料")
    b.p("申报企业应提交以下材料（一式两份，按顺序装订成册）：")
    b.p("1.扶持资金申报表（附件1）；")
    b.p("2.营业执照、台港澳侨投资企业相关登记证明复印件；")
    b.p("3.项目相关合同、发票、付款凭证、报关单或运单等证明材料；")
    b.p("4.申报材料真实性承诺书（附件2）。")
    b.heading("四、申报时间及方式")
    b.p("申报时间为2025年6月1日至7月15日。企业登录“厦门市惠企政策兑现平台”在线填报，"
        "并将纸质材料报送至注册地所在区台港澳办。逾期不予受理。")
    b.heading("五、工作要求")
    b.p("（一）各区要加强政策宣传，主动对接辖区台资企业，做好申报辅导和材料初审工作，"
        "于2025年7月31日前将初审意见报送市台港澳办。")
    b.p("（二）市台港澳办会同市商务局、市财政局组织专家评审，评审结果在市台港澳办门户网站公示5个工作日。")
    b.p("（三）申报企业对申报材料的真实性负责。对弄虚作假、骗取扶持资金的，依法依规追回资金，并取消其3年内申报资格。")
    b.p("（四）联系人及电话：市台港澳办经济处，陈晓雯，0592-2892316；市商务局外贸发展处，林志鸿，0592-5052178。")
    empty(doc)
    plain(doc, "附件：1.2025年度台资企业跨境电商和中欧班列发展扶持资金申报表")
    plain(doc, FW * 3 + "2.申报材料真实性承诺书")
    empty(doc, 2)
    # 落款 in a borderless layout table
    st = doc.add_table(rows=2, cols=2)
    st.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(st.cell(0, 0), "厦门市人民政府台港澳事务办公室", FS, 16)
    cell_text(st.cell(0, 1), "厦门市商务局", FS, 16)
    cell_text(st.cell(1, 0), "", FS, 16)
    cell_text(st.cell(1, 1), "2025年5月20日", FS, 16)
    st.autofit = False
    st.columns[0].width = Cm(9.6)
    st.columns[1].width = Cm(6.0)
    for row in st.rows:
        row.cells[0].width = Cm(9.6)
        row.cells[1].width = Cm(6.0)
    empty(doc)
    publicity(doc, "（此件主动公开）")
    banji(doc, "抄送：市财政局，市税务局，厦门海关。",
          "厦门市人民政府台港澳事务办公室", "2025年5月21日印发", pad=3)

    stem = "blind586_xiamen_tongzhi"
    doc.save(os.path.join(HERE, stem + ".docx"))
    return stem, [
        {"meta": meta("厦门市人民政府台港澳事务办公室 厦门市商务局关于做好2025年度台资企业跨境电商和中欧班列发展扶持资金申报工作的通知",
                      "厦台港澳〔2025〕21号", ["厦门市人民政府台港澳事务办公室", "厦门市商务局"],
                      "2025-05-20", "municipal", "厦门市", "通知",
                      recipients=["各区人民政府", "厦门自贸片区管委会", "火炬高新区管委会", "市直有关部门", "各有关台资企业"],
                      attachments=["2025年度台资企业跨境电商和中欧班列发展扶持资金申报表", "申报材料真实性承诺书"],
                      publicity_="此件主动公开"),
         "clauses": b.clauses},
    ]


# ---------------------------------------------------------------- doc 3: 厦门片区 办法
def make_xiamen_pianqu():
    doc = new_doc()
    organ = "中国（福建）自由贸易试验区厦门片区管理委员会"
    banfa = "中国（福建）自由贸易试验区厦门片区支持台湾青年就业创业办法"
    red_header(doc, organ + "文件", 17)
    doc_number(doc, "厦自贸委〔2024〕31号")
    title(doc, ["中国（福建）自由贸易试验区厦门片区", "管理委员会关于印发《中国（福建）自由",
                "贸易试验区厦门片区支持台湾青年就业创业", "办法》的通知"])
    empty(doc)
    plain(doc, "片区各部门，各有关单位：", indent=False)
    n = Body(doc)
    n.p("现将《%s》印发给你们，请认真遵照执行。" % banfa)
    n.p("各部门要加强政策宣传解读，做好资金申报受理、审核和拨付工作，确保政策红利及时惠及台湾青年。")
    empty(doc)
    plain(doc, "附件：" + banfa)
    signoff(doc, FW * 4 + organ, FW * 14 + "二〇二四年十二月十六日")
    publicity(doc, "（此件公开发布）")
    page_break(doc)

    p = fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    set_font(p.add_run("附件"), HT, 16)
    empty(doc)
    title(doc, ["中国（福建）自由贸易试验区厦门片区", "支持台湾青年就业创业办法"])
    empty(doc)
    a = Body(doc)

    def chapter(t):
        fmt(doc.add_paragraph(), indent=False, exact=14)
        pp = fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        set_font(pp.add_run(t), HT, 16)

    chapter("第一章" + FW + "总" + FW + "则")
    a.article("第一条", "为吸引台湾青年来厦门片区就业创业，推动两岸融合发展，根据《中国（福建）自由贸易试验区条例》"
              "等有关规定，结合片区实际，制定本办法。")
    a.article("第二条", "本办法所称台湾青年，是指年龄在18周岁至45周岁之间，持有台湾居民来往大陆通行证或者"
              "台湾居民居住证的台湾同胞。")
    a.article("第三条", "本办法适用于在中国（福建）自由贸易试验区厦门片区（以下简称片区）范围内就业创业的台湾青年，"
              "以及吸纳台湾青年就业、为台湾青年提供创业服务的企业和机构。")
    a.article("第四条", "片区管委会台胞台企服务中心（以下简称服务中心）负责本办法的组织实施，片区财政部门负责资金保障和监督管理。")
    chapter("第二章" + FW + "就业支持")
    a.article("第五条", "台湾青年在片区企业就业，签订1年以上劳动合同并在片区缴纳社会保险满6个月的，"
              "给予每人每月1500元就业补贴，最长不超过24个月。")
    a.article("第六条", "台湾青年首次在片区就业的，给予一次性安家补助，具有硕士以上学历的补助3万元，"
              "具有本科学历的补助2万元，其他学历的补助1万元。")
    a.article("第七条", "片区企业新招用台湾青年3人以上的，按每人5000元给予企业一次性吸纳就业奖励，单个企业每年最高20万元。")
    a.article("第八条", "支持台湾青年来片区实习。对接收台湾在校学生实习的单位，按每人每月2000元给予实习补贴，"
              "其中1000元应直接发放给实习学生。")
    chapter("第三章" + FW + "创业支持")
    a.article("第九条", "台湾青年在片区首次创办企业，本人为法定代表人且持股比例不低于30%的，经营满1年后给予"
              "一次性创业启动补助，最高10万元。")
    a.article("第十条", "台湾青年创办的企业入驻片区认定的台湾青年创业基地，可享受以下支持：")
    a.p("（一）前2年免收办公场地租金，第3年减半收取；")
    a.p("（二）按实际发生的水电费、网络费的50%给予补助，每年最高2万元；")
    a.p("（三）优先推荐参加海峡两岸青年创新创业大赛等赛事活动。")
    a.article("第十一条", "台湾青年创业项目获得台湾地区「小型企业创新研发计划」立项或者在两岸创新创业赛事中获奖，"
              "并在片区落地转化的，给予一次性奖励5万元至20万元。")
    a.article("第十二条", "台湾青年创办的企业申请创业担保贷款的，个人贷款额度最高30万元，小微企业贷款额度最高300万元，"
              "按规定给予贴息。")
    chapter("第四章" + FW + "服务保障")
    a.article("第十三条", "服务中心设立台湾青年就业创业一站式服务窗口，提供政策咨询、企业登记、人才认定、法律服务等便利化服务。")
    a.article("第十四条", "台湾青年在片区就业创业期间，可按规定申请人才公寓；符合厦门市高层次人才认定标准的，享受相应人才待遇。")
    a.article("第十五条",
              "持有台湾地区高校学历学位证书的台湾青年，经教育部留学服务中心认证后，与大陆同等学历学位享受同等待遇。")
    chapter("第五章" + FW + "附" + FW + "则")
    a.article("第十六条", "同一事项符合片区其他扶持政策的，按照就高不重复原则执行。采取虚报、冒领等手段骗取补助资金的，"
              "由片区管委会依法追回，并按有关规定处理。")
    a.article("第十七条", "本办法由中国（福建）自由贸易试验区厦门片区管理委员会负责解释。")
    a.article("第十八条", "本办法自2025年1月1日起施行，有效期至2027年12月31日。《厦门片区促进台湾青年创业就业暂行办法》"
              "（厦自贸委〔2022〕9号）同时废止。")

    banji(doc, "抄送：福建自贸试验区工作领导小组办公室，厦门市人民政府台港澳事务办公室。",
          "厦门片区管委会综合部", "2024年12月17日印发", pad=7)

    stem = "blind586_xiamenpianqu_banfa"
    doc.save(os.path.join(HERE, stem + ".docx"))
    return stem, [
        {"meta": meta("%s关于印发《%s》的通知" % (organ, banfa), "厦自贸委〔2024〕31号", [organ],
                      "2024-12-16", "zone", "中国（福建）自由贸易试验区厦门片区", "通知",
                      recipients=["片区各部门", "各有关单位"], attachments=[banfa],
                      publicity_="此件公开发布"),
         "clauses": n.clauses},
        {"meta": meta(banfa, None, [organ], "2024-12-16", "zone", "中国（福建）自由贸易试验区厦门片区", "办法",
                      effective="2025-01-01", expires="2027-12-31",
                      repeals="《厦门片区促进台湾青年创业就业暂行办法》（厦自贸委〔2022〕9号）"),
         "clauses": a.clauses},
    ]


def main():
    expected = {}
    for fn in (make_pingtan, make_xiamen, make_xiamen_pianqu):
        stem, docs = fn()
        expected[stem] = docs
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_586", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, os.path.join(HERE, stem + ".docx")],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
