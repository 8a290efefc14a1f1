# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 854: 自贸试验区改革试点经验复制推广 — 征求意见函 / 商请函 / 复函.

Writes Word + PDF + expected.json into this script's directory.
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
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
IND = "\u3000\u3000"

expected = {}


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
    """runs: str, or list of (text, font, size, bold[, color]); "\n" in text = soft break."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                br = p.add_run()
                br.add_break(WD_BREAK.LINE)
            if part:
                font(p.add_run(part), name, size, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def setup(doc, left="— ", right=" —"):
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
    font(fp.add_run(left), SONG, 14)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, SONG, 14)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(right), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = 1  # center


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def widths(table, cm_list):
    tbl = table._tbl
    tblpr = tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    table.autofit = False
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cm_list):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        g = 0
        for tc in row._tr.tc_lst:
            tcpr = tc.get_or_add_tcPr()
            span = tcpr.find(qn("w:gridSpan"))
            n = int(span.get(qn("w:val"))) if span is not None else 1
            w = sum(cm_list[g:g + n])
            g += n
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:type"), "dxa")
            tcw.set(qn("w:w"), str(int(Cm(w).twips)))


def banji(doc, cc, printer, date_txt, gap="\u3000" * 6, gaps=2):
    empty(doc, gaps)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), (gap, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_854", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# Word automatic numbering (chineseCounting "一、")
_next_abs = [700]


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
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text, HT, HT, HT))
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


CN = "一二三四五六七八九十"


# ============================================================ DOC A (ministry)
def doc_mofcom():
    stem = "blind854_mofcom_zhengqiu"
    doc = Document()
    setup(doc)
    clauses = []
    n_item = make_numbering(doc, "%1、")

    # 份号 + 紧急程度, top left
    add_par(doc, [("000086", HT, 16, False)], indent=False)
    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("商务部办公厅", XBS, 36, False, RED)], align=C, indent=False, line=54, before=6)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1, val="thickThinSmallGap")
    # 文号 under the rule, right aligned
    p = add_par(doc, "商办自贸函〔2026〕23号", align=R, indent=False, before=4)
    p.paragraph_format.right_indent = Pt(16)
    empty(doc, 1)
    # title wrapped at an odd place (inside 第九批), two paragraphs
    add_par(doc, [("商务部办公厅关于征求自由贸易试验区第九", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("批改革试点经验复制推广意见的函", XBS, 22, False)],
            align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各省、自治区、直辖市及新疆生产建设兵团商务主管部门，国务院自由贸易试验区"
                 "工作部际联席会议各成员单位办公厅（室）：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    k = [0]

    def item(t):
        clauses.append(CN[k[0]] + "、" + t)
        k[0] += 1
        p = add_par(doc, t, first=Pt(32))
        apply_num(p, n_item)

    body("为贯彻落实自由贸易试验区提升战略，按照国务院自由贸易试验区工作部际联席会议工作安排，我部会同有关部门对各自由贸易试验区制度创新成果进行了梳理评估，形成了《自由贸易试验区第九批拟复制推广改革试点经验清单（征求意见稿）》（以下简称《清单》），共12项。现征求你们意见，有关事项函告如下：")
    item("请各地商务主管部门会同本地区自由贸易试验区工作领导小组成员单位，重点对《清单》所列事项的推广范围、实施条件、风险防控措施等提出意见，并对本地区是否具备复制推广条件作出评估。")
    item("请联席会议各成员单位对涉及本部门职责的改革事项逐项核实政策依据和推广可行性；对暂不具备复制推广条件的事项，请说明理由。")
    item("请于2026年2月27日前将书面意见（加盖公章）反馈我部（自由贸易试验区港建设协调司），电子版发送至ftzpilot@mofcom.gov.cn，逾期视为无意见。联系人：王磊、周晓敏，电话：010-85093521，传真:010-85093617。")
    item("《清单》为内部征求意见稿，请严格控制知悉范围，不得对外公开或引用。")
    add_par(doc, "特此函告。")
    empty(doc, 1)
    add_par(doc, "附件：自由贸易试验区第九批拟复制推广改革试点经验清单（征求意见稿）",
            first=Pt(32))
    empty(doc, 1)
    add_par(doc, " " * 36 + "商务部办公厅", indent=False)
    add_par(doc, " " * 35 + "2026年2月6日", indent=False)
    banji(doc, "抄送：国务院办公厅秘书二局。", "商务部办公厅", "2026年2月6日印发",
          gap="\u3000" * 9, gaps=1)

    # ---- 附件 (one table split by hand, 续表 on the next page)
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("自由贸易试验区第九批拟复制推广", XBS, 20, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("改革试点经验清单", XBS, 20, False)], align=C, indent=False, line=32)
    add_par(doc, [("（征求意见稿）", KT, 16, False)], align=C, indent=False, after=6)
    header = ["序号", "领域", "改革事项", "主要内容", "负责部门", "推广范围"]
    groups = [
        ("投资自由化便利化", [
            ("外商投资企业设立“一件事”集成办理",
             "将外商投资企业设立登记、外汇登记、社保登记、银行开户等事项整合为“一件事”，实行一表申请、一网通办、并联审批，办理时限压缩至2个工作日。",
             "市场监管总局、商务部、外汇局", "全国"),
            ("境外职业资格认可清单管理",
             "对境外专业人才取得的职业资格实行清单式认可，符合条件的境外专业人才经备案后可在自由贸易试验区内执业。",
             "人力资源社会保障部", "自贸试验区"),
            ("工业用地出让“用地清单制”",
             "在土地出让前统一开展地质灾害、压覆矿产、文物考古等区域评估，形成“用地清单”随土地出让一并交付，企业拿地即可开工。",
             "自然资源部、国家文物局", "全国"),
        ]),
        ("贸易便利化", [
            ("跨境电商出口退货“一站式”监管",
             "在海关特殊监管区域内设立跨境电商出口退货集中处置中心，实行退货商品分类验放、集中检查、原状复运。",
             "海关总署", "全国"),
            ("中欧班列集装箱货物“铁路快通”",
             "对中欧班列进出境集装箱货物实行境内段“铁路快通”监管模式，免于办理转关手续。",
             "海关总署、国铁集团", "特定区域"),
            ("进口再制造产品“白名单”管理",
             "对符合条件的进口再制造产品实行“白名单”管理，在质量安全、环保标准等方面明确准入条件。",
             "商务部、生态环境部、海关总署", "自贸试验区"),
            ("保税维修产品目录动态调整",
             "建立综合保税区外保税维修产品目录动态调整机制，由企业申报、部门联合评估后纳入目录。",
             "商务部、生态环境部、海关总署", "自贸试验区"),
        ]),
        ("金融开放创新", [
            ("本外币合一银行结算账户体系",
             "银行可为企业开立本外币合一的银行结算账户，实现账户开立、变更、撤销等业务本外币一体化管理。",
             "人民银行、外汇局", "自贸试验区"),
            ("知识产权质押融资“风险补偿+保险”",
             "由地方设立知识产权质押融资风险补偿资金池，引入保险机构提供履约保证保险，分担银行信贷风险。",
             "国家知识产权局、金融监管总局", "全国"),
            ("船舶融资租赁资产跨境转让",
             "允许融资租赁公司将船舶融资租赁资产向境外机构转让，相关资金可按规定跨境收付。",
             "人民银行、外汇局、金融监管总局", "特定区域"),
        ]),
        ("事中事后监管", [
            ("涉企行政检查“扫码入企”",
             "行政执法人员实施涉企现场检查前须通过执法监督平台生成检查码，企业扫码即可查询检查依据、检查人员和检查结果。",
             "司法部", "全国"),
            ("生物医药研发用物品进口“白名单”",
             "对列入“白名单”的企业和研发用物品，进口时免于提交药品通关单，实行分类分级监管。",
             "商务部、海关总署、药监局", "全国"),
        ]),
    ]
    flat = []
    seq = 0
    for field, items in groups:
        for it in items:
            seq += 1
            flat.append((str(seq), field) + it)
    w = [1.2, 1.4, 2.8, 6.1, 2.5, 1.6]

    def part(rs):
        t = doc.add_table(rows=1 + len(rs), cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, HT, 11, line=16)
        repeat_header(t.rows[0])
        for ri, vals in enumerate(rs, 1):
            for ci in (0, 2, 3, 4, 5):
                set_cell(t.cell(ri, ci), vals[ci], FS, 10.5, align=L if ci in (2, 3) else C,
                         line=15)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, vals)))
        # merge 领域 cells of consecutive rows with the same field
        ri = 1
        while ri <= len(rs):
            rj = ri
            while rj < len(rs) and rs[rj][1] == rs[ri - 1][1]:
                rj += 1
            cell = t.cell(ri, 1).merge(t.cell(rj, 1)) if rj > ri else t.cell(ri, 1)
            set_cell(cell, rs[ri - 1][1], KT, 10.5, line=15)
            ri = rj + 1
        widths(t, w)
        return t

    part(flat[:6])
    p = add_par(doc, [("续表", HT, 12, False)], indent=False, after=4)
    p.paragraph_format.page_break_before = True
    part(flat[6:])
    note = ("注：1．推广范围为“全国”的，在全国范围内复制推广；为“自贸试验区”的，在各自由贸易试验区复制推广；为“特定区域”的，在具备相应条件的特定区域复制推广。",
            "2．负责部门中排在首位的为牵头部门。")
    add_par(doc, [(note[0] + "\n" + "\u3000\u3000" + note[1], KT, 12, False)],
            indent=False, line=20, before=6)
    clauses.append(note[0] + note[1])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "商务部办公厅关于征求自由贸易试验区第九批改革试点经验复制推广意见的函",
            "doc_number": "商办自贸函〔2026〕23号",
            "issuer": ["商务部办公厅"],
            "date": "2026-02-06",
            "published": None,
            "level": "ministry",
            "region": None,
            "effective": None,
            "expires": None,
            "attachments": ["自由贸易试验区第九批拟复制推广改革试点经验清单（征求意见稿）"],
            "doc_type": "函",
            "recipients": ["各省、自治区、直辖市及新疆生产建设兵团商务主管部门",
                           "国务院自由贸易试验区工作部际联席会议各成员单位办公厅（室）"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ============================================================ DOC B (广西商务厅 商请函)
def doc_gx_shangqing():
    stem = "blind854_gx_shangqing"
    doc = Document()
    setup(doc, "- ", " -")
    clauses = []

    add_par(doc, [("广西壮族自治区商务厅", XBS, 34, False, RED)], align=C, indent=False,
            line=54, before=18)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 18, 1, val="double")
    # 文号 pushed to the right with typed half-width spaces
    add_par(doc, " " * 34 + "桂商自贸函〔2026〕11号", indent=False, before=4)
    empty(doc, 1)
    # title: one paragraph, three lines by Shift+Enter
    add_par(doc, [("广西壮族自治区商务厅关于商请提供\n自由贸易试验区第八批改革试点经验复制推广\n工作落实情况的函",
                   XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "自治区科技厅、自治区公安厅、自治区司法厅、自治区财政厅、自治区自然资源厅、"
                 "自治区交通运输厅、自治区市场监管局，南宁海关，广西海事局，"
                 "中国人民银行广西壮族自治区分行，国家金融监督管理总局广西监管局，"
                 "南宁市人民政府、钦州市人民政府、崇左市人民政府：", indent=False)

    def body(t, soft_at=None):
        clauses.append(t)
        if soft_at:
            i = t.index(soft_at)
            t = t[:i] + "\n" + t[i:]
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    body("2025年10月，国务院印发《关于做好自由贸易试验区第八批改革试点经验复制推广工作的通知》（国函〔2025〕87号，以下简称《通知》），在全国范围内复制推广“跨境贸易投资高水平开放外汇管理改革”等26项改革试点经验，其中涉及我区复制推广的事项14项。为全面掌握我区贯彻落实情况，按照《中国（广西）自由贸易试验区2026年工作要点》安排，现就有关事项商请如下：",
         soft_at="其中涉及我区")
    head("一、落实情况报送内容")
    body("（一）已复制推广事项。请对照《通知》和本函附件分工安排，逐项梳理本单位（地区）牵头事项的落实情况，说明具体做法、出台的政策文件和实施成效，并附典型案例1—2个。")
    body("(二)正在推进事项。对尚未完成复制推广的事项，请说明当前进展、存在的困难和问题，明确完成时限；因法律法规、上位政策或实施条件限制暂不能落地的，请说明原因。")
    body("（三）意见建议。请结合工作实际，对进一步做好改革试点经验复制推广工作、争取国家层面支持等提出意见建议。")
    head("二、报送要求")
    body("1.请于2026年3月31日前将落实情况书面材料（加盖公章）报送自治区商务厅（自治区自贸办），电子版发送至gxftzb@163.com。配合单位请于2026年3月25日前将有关情况提供给牵头单位。")
    body("2.材料中数据统计截至2026年2月28日，请确保数据准确、口径一致，篇幅原则上不超过3000字。")
    body("3.请各单位明确1名处级联络员，于2026年3月13日前将姓名、职务、联系方式报自治区商务厅自由贸易试验区处。联系人：黄海燕，电话：0771-2623815。")
    t_ = "三、工作安排。"
    u_ = "自治区商务厅将汇总形成全区落实情况报告，提请自治区自由贸易试验区工作领导小组会议审议，并按程序报送商务部。对推进较慢的事项，将提请纳入自治区绩效考评和督查督办范围。"
    clauses.append(t_ + u_)
    add_par(doc, [(t_, HT, 16, False), (u_, FS, 16, False)])
    add_par(doc, "特此函商。")
    empty(doc, 1)
    add_par(doc, "附件：广西落实自由贸易试验区第八批改革试点经验复制推广工作任务分工表",
            first=Pt(32))
    empty(doc, 3)
    p = add_par(doc, "广西壮族自治区商务厅", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年3月6日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(80)
    banji(doc, "抄送：自治区人民政府办公厅，商务部自由贸易试验区港建设协调司。",
          "广西壮族自治区商务厅办公室", "2026年3月6日印发", gap="\u3000" * 4)

    # ---- 附件
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("广西落实自由贸易试验区第八批改革试点经验", XBS, 20, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("复制推广工作任务分工表", XBS, 20, False)], align=C, indent=False,
            line=32, after=4)
    header = ["序号", "改革事项", "牵头单位", "配合单位", "完成时限"]
    rows = [
        ["跨境贸易投资高水平开放外汇管理改革", "人民银行广西区分行", "自治区商务厅、南宁海关", "2026年6月底前"],
        ["经营主体住所（经营场所）“一照多址”登记改革", "自治区市场监管局", "南宁市、钦州市、崇左市人民政府", "2026年3月底前"],
        ["企业跨区域迁移登记“一件事”办理", "自治区市场监管局", "广西税务局", "2026年3月底前"],
        ["计量器具型式评价结果互认", "自治区市场监管局", "—", "2026年6月底前"],
        ["跨境电商零售进口商品质量安全追溯", "南宁海关", "自治区市场监管局、自治区商务厅", "2026年9月底前"],
        ["涉企行政检查“综合查一次”", "自治区司法厅", "自治区市场监管局等有关部门", "2026年6月底前"],
        ["海铁联运“一单制”提单融资", "自治区交通运输厅", "人民银行广西区分行、钦州市人民政府", "2026年9月底前"],
        ["边民互市贸易进口商品落地加工“集中申报”", "自治区商务厅", "南宁海关、崇左市人民政府", "2026年6月底前"],
        ["国际航行船舶“一站式”联合登临检查", "广西海事局", "南宁海关、钦州市人民政府", "2026年6月底前"],
        ["土地混合开发利用“标准地”出让", "自治区自然资源厅", "各设区市人民政府", "2026年12月底前"],
        ["跨境人民币结算“全程电子化”", "人民银行广西区分行", "国家金融监督管理总局广西监管局", "2026年6月底前"],
        ["出口信用保险保单融资“线上快贷”", "国家金融监督管理总局广西监管局", "自治区商务厅、中国出口信用保险公司广西分公司", "2026年6月底前"],
        ["外籍人才工作许可和居留许可“一窗受理”", "自治区科技厅", "自治区公安厅", "2026年6月底前"],
        ["政府采购合同融资“全流程线上办”", "自治区财政厅", "人民银行广西区分行", "2026年9月底前"],
    ]
    w = [1.2, 5.0, 3.4, 4.0, 2.0]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 11, line=14)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        vals = [str(ri)] + row
        for ci, v in enumerate(vals):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=L if ci == 1 else C, line=14)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, vals)))
    widths(t, w)
    note = "注：各设区市人民政府负责本行政区域内相关改革事项的落地实施，南宁、钦州港、崇左片区管委会先行先试。"
    add_par(doc, [(note, FS, 10.5, False)], indent=False, line=16, before=4)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "广西壮族自治区商务厅关于商请提供自由贸易试验区第八批改革试点经验复制推广工作落实情况的函",
            "doc_number": "桂商自贸函〔2026〕11号",
            "issuer": ["广西壮族自治区商务厅"],
            "date": "2026-03-06",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": ["广西落实自由贸易试验区第八批改革试点经验复制推广工作任务分工表"],
            "doc_type": "函",
            "recipients": ["自治区科技厅", "自治区公安厅", "自治区司法厅", "自治区财政厅",
                           "自治区自然资源厅", "自治区交通运输厅", "自治区市场监管局",
                           "南宁海关", "广西海事局", "中国人民银行广西壮族自治区分行",
                           "国家金融监督管理总局广西监管局", "南宁市人民政府",
                           "钦州市人民政府", "崇左市人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ============================================================ DOC C (市场监管局 复函)
def textbox_para(doc, lines, x_emu=2500000, w_emu=3300000, h_emu=900000):
    """An anchored DrawingML text box (no border) holding the 落款 lines."""
    paras = "".join(
        '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>'
        '<w:sz w:val="32"/></w:rPr><w:t>%s</w:t></w:r></w:p>' % (FS, FS, FS, ln)
        for ln in lines)
    xml = (
        '<w:r %s xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapTopAndBottom/><wp:docPr id="11" name="文本框 11"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t">'
        '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
        % (nsdecls("w"), x_emu, w_emu, h_emu, w_emu, h_emu, paras))
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p._p.append(parse_xml(xml))
    return p


def doc_gx_fuhan():
    stem = "blind854_gxscjg_fuhan"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("广西壮族自治区市场监督管理局", XBS, 28, False, RED)], align=C,
            indent=False, line=48, before=24)
    empty(doc, 1, line=14)
    # 文号 right via right tab stop, red rule under it
    p = add_par(doc, [("\t", FS, 16, False), ("桂市监函〔2026〕58号", FS, 16, False)],
                indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc, 1)
    add_par(doc, [("广西壮族自治区市场监督管理局关于", XBS, 22, False)], align=C,
            indent=False, line=36)
    add_par(doc, [("自由贸易试验区第八批改革试点经验复制推广", XBS, 22, False)], align=C,
            indent=False, line=36)
    add_par(doc, [("工作落实情况的复函", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "自治区商务厅：", indent=False)

    # body indented with typed full-width spaces, not first-line indent
    def body(t, pad=IND):
        clauses.append(t)
        add_par(doc, pad + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t, hf=KT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, hf, 16, bold), (t, FS, 16, False)],
                indent=False)

    body("你厅《关于商请提供自由贸易试验区第八批改革试点经验复制推广工作落实情况的函》（桂商自贸函〔2026〕11号）收悉。经认真梳理，现将我局承担的改革事项落实情况函复如下：")
    head("一、总体落实情况")
    body("《国务院关于做好自由贸易试验区第八批改革试点经验复制推广工作的通知》（国函〔2025〕87号）印发后，我局及时制定工作方案，明确责任处室和完成时限。根据你厅分工安排，我局牵头改革事项3项、配合改革事项2项。截至2026年2月28日，牵头的3项已全部完成复制推广，配合的2项中1项已完成、1项正在推进。具体情况如下：",
         pad="    ")
    add_par(doc, [("表1　我局承担改革试点经验落实情况（截至2026年2月28日）", KT, 14, False)],
            align=C, indent=False, before=6, after=4)
    rows = [
        ["1", "经营主体住所（经营场所）“一照多址”登记改革", "已完成",
         "印发《广西壮族自治区经营主体住所（经营场所）登记管理办法》，全区推行“一照多址”备案，已办理2316户", "牵头"],
        ["2", "企业跨区域迁移登记“一件事”办理", "已完成",
         "会同广西税务局上线“企业迁移一件事”专区，办理时限压缩至3个工作日", "牵头"],
        ["3", "计量器具型式评价结果互认", "已完成",
         "与广东、海南、云南、贵州等8个省（区）签订互认协议，互认型式评价报告47份", "牵头"],
        ["4", "跨境电商零售进口商品质量安全追溯", "已完成",
         "配合南宁海关建立追溯信息共享机制，接入进口商品追溯数据12.6万条", "配合"],
        ["5", "涉企行政检查“综合查一次”", "正在推进",
         "梳理市场监管领域“综合查一次”检查场景18个，在南宁、钦州港片区试运行", "配合"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for col, h in ((0, "序号"), (1, "改革事项"), (4, "备注")):
        m = t.cell(0, col).merge(t.cell(1, col))
        set_cell(m, h, HT, 12)
    m = t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(m, "落实情况", HT, 12)
    set_cell(t.cell(1, 2), "进展", HT, 12)
    set_cell(t.cell(1, 3), "主要举措", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    keys = ["序号", "改革事项", "落实情况／进展", "落实情况／主要举措", "备注"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12, align=L if ci in (1, 3) else C)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    widths(t, [1.3, 4.0, 2.2, 6.1, 1.4])
    empty(doc, 1, line=14)
    head("二、主要做法")
    runin("（一）推行“一照多址”登记，降低经营主体制度性成本。",
          "印发《广西壮族自治区经营主体住所（经营场所）登记管理办法》，企业在同一设区市范围内增设经营场所的，通过备案方式办理，无需另行办理分支机构登记。截至2026年2月底，全区已办理“一照多址”备案2316户，其中自由贸易试验区南宁、钦州港、崇左三个片区共812户。")
    runin("（二）打通迁移登记堵点，实现企业跨区域迁移“一次办”。",
          "会同国家税务总局广西壮族自治区税务局上线“企业迁移一件事”专区，企业迁移涉及的登记档案移交、税务清税、社保关系转移等事项实现“一表申请、并联办理”，办理时限由原来的15个工作日压缩至3个工作日，累计为437户企业办理跨区域迁移。")
    runin("（三）深化计量互认合作，服务面向东盟的开放合作。",
          "与广东、海南、云南、贵州等8个省（区）市场监管部门签订计量器具型式评价结果互认协议，互认型式评价报告47份，为企业节约检测费用约380万元、缩短产品上市周期约60天。依托中国—东盟计量合作机制，推动与越南、老挝等国家计量技术机构开展能力验证比对。")
    runin("三、存在的困难和下一步工作。",
          "目前，“涉企行政检查‘综合查一次’”改革仍在推进中，主要是跨部门检查事项清单梳理、检查结果互认等工作需进一步协调。下一步，我局将积极配合自治区司法厅，力争2026年6月底前在全区推开；同时持续跟踪已复制推广事项的实施成效，及时总结提炼可复制的经验做法。",
          hf=HT)
    add_par(doc, IND + "特此函复。", indent=False)
    empty(doc, 2)
    textbox_para(doc, ["广西壮族自治区市场监督管理局", "二〇二六年三月二十三日"])
    empty(doc, 1)
    add_par(doc, IND + "（此件主动公开）", indent=False)
    banji(doc, "抄送：自治区人民政府办公厅，自治区司法厅。",
          "广西壮族自治区市场监督管理局办公室", "2026年3月23日印发", gap="\u3000" * 2)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "广西壮族自治区市场监督管理局关于自由贸易试验区第八批改革试点经验复制推广工作落实情况的复函",
            "doc_number": "桂市监函〔2026〕58号",
            "issuer": ["广西壮族自治区市场监督管理局"],
            "date": "2026-03-23",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "函",
            "recipients": ["自治区商务厅"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_mofcom(), doc_gx_shangqing(), doc_gx_fuhan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
