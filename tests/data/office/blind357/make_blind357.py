# ruff: noqa
#!/usr/bin/env python
"""Blind test documents, round 357.

Writes next to itself:
  blind357_sichuan_tongzhi.docx/.pdf   joint 通知 印发 管理办法 (附件1) + 申报指南 (附件2) + blank 申报表 (附件3)
  blind357_wulumuqi_qingshi.docx/.pdf  请示 from 自贸试验区乌鲁木齐片区管委会 with project-list table (landscape section)
  blind357_lanzhou_han.docx/.pdf       函 in 信函格式 from 兰州市商务局 to 西宁市商务局
  expected.json
All names, numbers and dates are fictional.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

FONTS = {
    "fs": "仿宋_GB2312",
    "ht": "黑体",
    "kt": "楷体_GB2312",
    "xbs": "方正小标宋简体",
    "st": "宋体",
}


# ----------------------------------------------------------------- helpers
def set_run(run, font="fs", size=16, bold=False, color=None):
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), FONTS[font])
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first=None, left=None, right=None, line=28.95, before=0, after=0, hanging=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if hanging is not None:
        pf.first_line_indent = Pt(-hanging)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if line is not None:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def add_runs(p, runs, size=16, color=None):
    """runs: list of (text, font); text may contain '\\n' = soft line break."""
    for text, font in runs:
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                br = p.add_run()
                set_run(br, font, size, color=color)
                br.add_break(WD_BREAK.LINE)
            if part:
                r = p.add_run(part)
                set_run(r, font, size, color=color)
    return p


def border(p, side="bottom", val="single", sz=12, color="E60012", space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), val)
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def add_field(p, instr, font="st", size=14):
    r1 = p.add_run()
    set_run(r1, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._r.append(fc)
    r2 = p.add_run()
    set_run(r2, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r2._r.append(it)
    r3 = p.add_run()
    set_run(r3, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._r.append(fc)
    r4 = p.add_run("1")
    set_run(r4, font, size)
    r5 = p.add_run()
    set_run(r5, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._r.append(fc)


def page_footer(footer, odd=True):
    p = footer.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT if odd else WD_ALIGN_PARAGRAPH.LEFT,
        right=14 if odd else None, left=None if odd else 14, line=None)
    add_runs(p, [("— ", "st")], size=14)
    add_field(p, "PAGE")
    add_runs(p, [(" —", "st")], size=14)


def setup(doc, first_page_blank=False):
    doc.settings.odd_and_even_pages_header_footer = True
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.5)
    page_footer(s.footer, odd=True)
    page_footer(s.even_page_footer, odd=False)
    if first_page_blank:
        s.different_first_page_header_footer = True
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rpr = st.element.rPr
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FONTS["fs"])


def text_width_pt(section):
    return (section.page_width - section.left_margin - section.right_margin) / 12700


def cell_text(cell, text, font="fs", size=12, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False):
    p = cell.paragraphs[0]
    fmt(p, align=align, line=None)
    p.paragraph_format.line_spacing = 1.0
    add_runs(p, [(text, font)], size=size)
    if bold:
        for r in p.runs:
            r.font.bold = True
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


class Writer:
    """Writes body blocks to a docx and records the clause texts an analyst would list."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []
        self.specific = {}

    def blank(self, n=1, line=28.95):
        for _ in range(n):
            fmt(self.doc.add_paragraph(), line=line)

    def heading(self, text, font="ht", center=False, size=16):
        p = self.doc.add_paragraph()
        if center:
            fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER)
        else:
            fmt(p, first=32)
        add_runs(p, [(text, font)], size=size)
        return p

    def clause(self, runs, places=None, first=32, left=None, record=True):
        """A paragraph of content = one clause."""
        p = self.doc.add_paragraph()
        fmt(p, first=first, left=left, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        add_runs(p, runs)
        text = "".join(t for t, _ in runs).replace("\n", "")
        if record:
            self.clauses.append(text)
            if places:
                self.specific[text[:24]] = places
        return p

    def article(self, paras, places=None, soft=False):
        """An article made of several paragraphs: one clause joined with \\n.
        soft=True: the paragraphs are separated by soft line breaks inside one Word paragraph."""
        if soft:
            p = self.doc.add_paragraph()
            fmt(p, first=32, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            for i, runs in enumerate(paras):
                if i:
                    br = p.add_run()
                    set_run(br, "fs")
                    br.add_break(WD_BREAK.LINE)
                    # the office habit: indent the continuation line with two full-width spaces
                    runs = [("　　", "fs")] + list(runs)
                add_runs(p, runs)
        else:
            for runs in paras:
                p = self.doc.add_paragraph()
                fmt(p, first=32, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
                add_runs(p, runs)
        text = "\n".join("".join(t for t, _ in runs) for runs in paras)
        self.clauses.append(text)
        if places:
            self.specific[text[:24]] = places


def title_block(doc, lines, soft=True, size=22):
    if soft:
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
        add_runs(p, [("\n".join(lines), "xbs")], size=size)
    else:
        for ln in lines:
            p = doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
            add_runs(p, [(ln, "xbs")], size=size)


def banji(doc, chaosong, yinfa_org, yinfa_date, width):
    """版记: 抄送 and 印发 lines between rules."""
    p = doc.add_paragraph()
    fmt(p, line=8)
    border(p, "bottom", "single", 8, "000000", 0)
    if chaosong:
        p = doc.add_paragraph()
        fmt(p, left=14, right=14, line=26, hanging=0)
        p.paragraph_format.left_indent = Pt(14 + 42)
        p.paragraph_format.first_line_indent = Pt(-42)
        add_runs(p, [("抄送：" + chaosong, "fs")], size=14)
        border(p, "bottom", "single", 4, "000000", 1)
    if yinfa_org:
        p = doc.add_paragraph()
        fmt(p, left=14, right=14, line=26)
        p.paragraph_format.tab_stops.add_tab_stop(Pt(width - 28), WD_TAB_ALIGNMENT.RIGHT)
        add_runs(p, [(yinfa_org + "\t" + yinfa_date + "印发", "fs")], size=14)
        border(p, "bottom", "single", 8, "000000", 1)


def luokuan(doc, org_lines, date, right_chars=4):
    for org in org_lines:
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=16 * right_chars)
        add_runs(p, [(org, "fs")])
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=16 * right_chars)
    add_runs(p, [(date, "fs")])


def attach_header(doc, label, page_break=True, via_property=False):
    if page_break and not via_property:
        doc.add_page_break()
    p = doc.add_paragraph()
    fmt(p)
    if via_property:
        p.paragraph_format.page_break_before = True
    add_runs(p, [(label, "ht")])
    fmt(doc.add_paragraph())


# ----------------------------------------------------------------- (a) 四川 通知
def make_sichuan():
    doc = Document()
    setup(doc)
    w = Writer(doc)
    width = text_width_pt(doc.sections[0])

    # 版头: joint issuers in a borderless table, "文件" in a vertically merged cell
    fmt(doc.add_paragraph(), line=20)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    widths = [Cm(10.6), Cm(4.4)]
    for i, col in enumerate(t.columns):
        col.width = widths[i]
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]
    for i, name in enumerate(["四川省商务厅", "四川省财政厅"]):
        c = t.cell(i, 0)
        p = c.paragraphs[0]
        fmt(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=None)
        add_runs(p, [(name, "xbs")], size=34, color=RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = m.paragraphs[0]
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=None)
    add_runs(p, [("文件", "xbs")], size=40, color=RED)
    w.blank(2)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER)
    add_runs(p, [("川商发〔2026〕17号", "fs")])
    p = doc.add_paragraph()
    fmt(p, line=12)
    border(p, "bottom", "single", 18, "E60012", 1)
    w.blank(1)

    title_block(doc, ["四川省商务厅　四川省财政厅",
                      "关于印发《四川省跨境电子商务发展专项资金",
                      "管理办法》及2026年度申报指南的通知"], soft=True)
    w.blank(1)
    p = doc.add_paragraph()
    fmt(p)
    add_runs(p, [("各市（州）商务主管部门、财政局，中国（四川）自由贸易试验区各片区管委会：", "fs")])

    w.clause([("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”和推进高水平对外开放的决策部署，"
               "加快培育外贸新业态新模式，推动我省跨境电子商务高质量发展，省商务厅、省财政厅对《四川省跨境电子商务"
               "发展专项资金管理暂行办法》进行了修订，形成了《四川省跨境电子商务发展专项资金管理办法》，同时制定了"
               "2026年度申报指南，现印发给你们，并就有关事项通知如下。", "fs")])
    w.clause([("一、高度重视，认真组织。", "ht"),
              ("各市（州）商务主管部门要会同同级财政部门，按照管理办法和申报指南要求，做好政策宣传解读、"
               "项目征集和初审推荐工作，确保申报材料真实、完整、合规。", "fs")])
    w.clause([("二、突出重点，择优推荐。", "ht"),
              ("各地要围绕跨境电商综合试验区建设、海外仓布局、跨境电商产业园区培育和“中欧班列（成渝）+跨境电商”"
               "等重点方向，择优推荐带动作用强、示范效应好的项目，每个市（州）推荐项目原则上不超过8个，"
               "成都市不超过20个。", "fs")])
    w.clause([("三、强化监管，严肃纪律。", "ht"),
              ("各地要加强对专项资金使用的跟踪问效，对弄虚作假、骗取套取资金的，一经查实，按规定收回资金，"
               "并依法依规追究相关单位和人员责任。", "fs")])
    w.clause([("四、", "ht"),
              ("请各市（州）于2026年5月15日前将推荐文件和申报材料报送省商务厅（电子商务处），电子版同步报送。"
               "执行中如有问题，请及时与省商务厅、省财政厅联系。联系人：省商务厅电子商务处刘晓岚，电话028-86712345；"
               "省财政厅经济建设处何俊，电话028-86729876。", "fs")])
    w.blank(1)
    # 附件说明 with hanging indent and soft-broken continuation lines
    p = doc.add_paragraph()
    fmt(p, first=32, align=WD_ALIGN_PARAGRAPH.LEFT)
    add_runs(p, [("附件：1．四川省跨境电子商务发展专项资金管理办法", "fs")])
    for t2 in ["2．2026年度四川省跨境电子商务发展专项资金申报指南",
               "3．2026年度四川省跨境电子商务发展专项资金项目申报表"]:
        p = doc.add_paragraph()
        fmt(p, left=80, align=WD_ALIGN_PARAGRAPH.LEFT)
        add_runs(p, [(t2, "fs")])
    w.blank(3)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=40)
    add_runs(p, [("四川省商务厅　　　　　　四川省财政厅", "fs")])
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=64)
    add_runs(p, [("2026年3月10日", "fs")])
    w.blank(1)
    p = doc.add_paragraph()
    fmt(p, first=32)
    add_runs(p, [("（此件公开发布）", "fs")])
    notice_clauses = w.clauses
    notice_specific = w.specific

    # ---------------- 附件1 管理办法
    w = Writer(doc)
    attach_header(doc, "附件1")
    title_block(doc, ["四川省跨境电子商务发展专项资金管理办法"], soft=False)
    w.blank(1)

    def chapter(t):
        w.heading(t, "ht", center=True)

    def art(num, text, places=None):
        w.clause([(num + "　", "ht"), (text, "fs")], places=places)

    chapter("第一章　总　　则")
    art("第一条", "为规范和加强四川省跨境电子商务发展专项资金（以下简称专项资金）管理，提高资金使用效益，"
        "推动跨境电子商务高质量发展，服务高质量共建“一带一路”，根据《中华人民共和国预算法》《四川省省级财政"
        "专项资金管理办法》等有关规定，结合我省实际，制定本办法。")
    art("第二条", "本办法所称专项资金，是指省级财政预算安排，用于支持全省跨境电子商务综合试验区建设、跨境电商"
        "主体培育、公共服务体系建设和国际物流通道拓展的资金。")
    w.article([[("第三条　", "ht"), ("专项资金的管理和使用遵循以下原则：", "fs")],
               [("（一）聚焦重点，突出绩效；", "fs")],
               [("（二）公开透明，公平公正；", "fs")],
               [("（三）规范管理，强化监督。", "fs")]])
    chapter("第二章　职责分工")
    art("第四条", "省财政厅负责专项资金预算管理，会同省商务厅确定资金分配方案，下达资金预算，组织开展绩效管理"
        "和监督检查。")
    art("第五条", "省商务厅负责提出专项资金支持方向和重点，发布申报指南，组织项目评审，提出资金分配建议，会同"
        "省财政厅开展绩效评价。")
    art("第六条", "市（州）商务主管部门和财政部门负责本地区项目的组织申报、初审推荐、资金拨付和日常监管，对推荐"
        "项目的真实性、合规性负责。")
    chapter("第三章　支持范围和标准")
    w.article([[("第七条　", "ht"), ("专项资金重点支持以下方向：", "fs")],
               [("（一）跨境电子商务综合试验区公共服务平台、监管场所和配套设施建设；", "fs")],
               [("（二）企业在共建“一带一路”国家和地区建设或租用海外仓；", "fs")],
               [("（三）跨境电商产业园区和孵化基地建设运营；", "fs")],
               [("（四）依托中欧班列（成渝）、西部陆海新通道开展的跨境电商物流业务；", "fs")],
               [("（五）跨境电商人才培训和品牌推广。", "fs")]])
    art("第八条", "对企业新建或租用的海外仓，经认定后按实际投入的30%给予补助，单个企业年度补助不超过200万元。")
    art("第九条", "对经认定的省级跨境电商产业园区，按园区公共服务设施投入的20%给予补助，单个园区补助不超过300万元。")
    art("第十条", "对利用中欧班列（成渝）开展跨境电商出口的企业，按实际运费的10%给予补助，单个企业年度补助不超过"
        "100万元。运往波兰罗兹、德国杜伊斯堡等站点的货物，以班列运单载明的到站为准。")
    art("第十一条", "成都、泸州、德阳、绵阳等国家级跨境电子商务综合试验区所在市，可在本办法规定的补助比例基础上"
        "提高5个百分点，提高部分所需资金由省级和所在市按1∶1比例分担。",
        places=["成都市", "泸州市", "德阳市", "绵阳市"])
    art("第十二条", "对注册在甘孜藏族自治州、阿坝藏族羌族自治州、凉山彝族自治州的企业，单个项目补助上限提高20%。",
        places=["甘孜藏族自治州", "阿坝藏族羌族自治州", "凉山彝族自治州"])
    art("第十三条", "在中国（四川）自由贸易试验区川南临港片区内开展跨境电商保税进口业务的企业，按年度进口额每"
        "1亿元给予50万元奖励，单个企业年度奖励不超过150万元。",
        places=["中国（四川）自由贸易试验区川南临港片区"])
    art("第十四条", "同一项目已获得其他省级财政资金支持的，不得重复申报。")
    chapter("第四章　申报和分配")
    art("第十五条", "省商务厅根据年度工作重点发布申报指南，明确申报条件、申报材料和时间要求。")
    art("第十六条", "市（州）商务主管部门会同同级财政部门对申报项目进行初审，于规定时间内联合行文报送省商务厅、"
        "省财政厅。")
    art("第十七条", "省商务厅组织第三方机构或专家开展项目评审，评审结果在省商务厅门户网站公示，公示期不少于5个"
        "工作日。")
    w.article([[("第十八条　", "ht"), ("省财政厅根据评审结果和资金分配建议，按规定下达资金预算。", "fs")],
               [("市（州）财政部门应在收到资金后30日内拨付至项目单位。", "fs")]], soft=True)
    chapter("第五章　监督管理")
    art("第十九条", "项目单位应建立专项资金使用台账，专款专用，不得挪作他用。")
    art("第二十条", "省商务厅、省财政厅对专项资金使用情况进行绩效评价，评价结果作为以后年度资金分配的重要依据。")
    art("第二十一条", "对虚报、冒领、截留、挪用专项资金的，依照《财政违法行为处罚处分条例》等有关规定处理；涉嫌"
        "犯罪的，依法移送有关机关处理。")
    chapter("第六章　附　　则")
    art("第二十二条", "本办法由省商务厅、省财政厅负责解释。")
    art("第二十三条", "本办法自2026年4月1日起施行，有效期至2030年12月31日。《四川省商务厅　四川省财政厅关于印发"
        "〈四川省跨境电子商务发展专项资金管理暂行办法〉的通知》（川商发〔2021〕45号）同时废止。")
    banfa_clauses, banfa_specific = w.clauses, w.specific

    # ---------------- 附件2 申报指南 (page break via paragraph property)
    w = Writer(doc)
    attach_header(doc, "附件2", via_property=True)
    title_block(doc, ["2026年度四川省跨境电子商务发展", "专项资金申报指南"], soft=True)
    w.blank(1)
    w.heading("一、支持方向")
    w.clause([("（一）海外仓建设。", "kt"),
              ("支持企业在共建“一带一路”国家和地区新建或租用海外仓，仓储面积不低于2000平方米，2025年度服务"
               "跨境电商出口额不低于1000万元。", "fs")])
    w.clause([("（二）产业园区培育。", "kt"),
              ("支持已认定的省级跨境电商产业园区完善公共服务设施，入驻跨境电商企业不少于30家。", "fs")])
    w.clause([("（三）物流通道拓展。", "kt"),
              ("支持企业利用中欧班列（成渝）、西部陆海新通道班列开展跨境电商出口业务。", "fs")])
    w.heading("二、申报条件")
    w.clause([("（一）申报单位应在四川省境内依法注册登记，具有独立法人资格，2024年1月1日以来未发生严重失信行为。", "fs")])
    w.clause([("（二）申报项目应于2025年1月1日至2025年12月31日期间实施完成或取得阶段性成果。", "fs")])
    w.clause([("（三）同一企业本年度申报项目原则上不超过2个。", "fs")])
    w.heading("三、申报材料")
    w.clause([("（一）项目申报表（见附件3）。", "fs")])
    w.clause([("（二）企业营业执照复印件、上年度财务审计报告。", "fs")])
    w.clause([("（三）项目投入凭证，包括合同、发票、银行付款凭证等。", "fs")])
    w.clause([("（四）申报单位对申报材料真实性的承诺书。", "fs")])
    w.heading("四、申报程序")
    w.clause([("（一）企业申报。", "kt"),
              ("申报单位于2026年4月30日前向所在市（州）商务主管部门提交申报材料。", "fs")])
    w.clause([("（二）初审推荐。", "kt"),
              ("市（州）商务主管部门会同同级财政部门完成初审，于2026年5月15日前将推荐文件及项目汇总表报送省商务厅、"
               "省财政厅。", "fs")])
    w.clause([("（三）评审公示。", "kt"),
              ("省商务厅组织专家评审，评审结果公示后确定支持项目。", "fs")])
    w.heading("五、其他事项")
    w.clause([("1．申报单位对申报材料的真实性负责，凡提供虚假材料的，取消其三年内申报资格。", "fs")])
    w.clause([("2．中国（四川）自由贸易试验区各片区内的企业，可由所在片区管委会受理初审，初审职责参照市（州）"
               "商务主管部门执行。", "fs")],
             places=["中国（四川）自由贸易试验区各片区"])
    zhinan_clauses, zhinan_specific = w.clauses, w.specific

    # ---------------- 附件3 blank 申报表
    attach_header(doc, "附件3")
    title_block(doc, ["2026年度四川省跨境电子商务发展专项资金", "项目申报表"], soft=True, size=18)
    p = doc.add_paragraph()
    fmt(p, line=28)
    p.paragraph_format.tab_stops.add_tab_stop(Pt(width), WD_TAB_ALIGNMENT.RIGHT)
    add_runs(p, [("申报单位（盖章）：\t填报日期：　　年　　月　　日", "fs")], size=14)
    tb = doc.add_table(rows=9, cols=4)
    tb.style = doc.styles["Table Grid"]
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    cw = [Cm(3.6), Cm(4.2), Cm(3.6), Cm(4.2)]
    for i, col in enumerate(tb.columns):
        col.width = cw[i]
    for row in tb.rows:
        for i, c in enumerate(row.cells):
            c.width = cw[i]
        row.height = Cm(1.2)
    labels = [(0, 0, "申报单位名称"), (1, 0, "统一社会信用代码"), (1, 2, "注册地址"),
              (2, 0, "联系人"), (2, 2, "联系电话"), (3, 0, "项目类别"), (4, 0, "项目名称"),
              (5, 0, "项目总投资\n（万元）"), (5, 2, "申请补助金额\n（万元）"), (6, 0, "项目实施内容\n及成效"),
              (7, 0, "市（州）商务主管部门初审意见"), (7, 2, "市（州）财政部门初审意见"), (8, 0, "备注")]
    for r, c, t2 in labels:
        cell_text(tb.cell(r, c), t2, size=12)
    for r in (0, 3, 4, 6, 8):
        tb.cell(r, 1).merge(tb.cell(r, 3))
    cell_text(tb.cell(3, 1), "□海外仓建设　　□产业园区培育　　□物流通道拓展", size=12)
    tb.rows[6].height = Cm(5.0)
    tb.rows[7].height = Cm(3.2)
    for c in (1, 3):
        cell_text(tb.cell(7, c), "\n\n（盖章）\n年　　月　　日", size=12, align=WD_ALIGN_PARAGRAPH.RIGHT)

    # 版记 after all 附件 (flows to the last page)
    for _ in range(2):
        fmt(doc.add_paragraph())
    banji(doc, "商务部外贸司，财政部四川监管局，省发展改革委，成都海关。",
          "四川省商务厅办公室", "2026年3月12日", width)

    stem = "blind357_sichuan_tongzhi"
    doc.save(os.path.join(HERE, stem + ".docx"))

    issuer = ["四川省商务厅", "四川省财政厅"]
    docs = [
        {"meta": {"title": "四川省商务厅　四川省财政厅关于印发《四川省跨境电子商务发展专项资金管理办法》及2026年度申报指南的通知",
                  "doc_number": "川商发〔2026〕17号", "issuer": issuer, "date": "2026-03-10",
                  "published": "2026-03-12", "level": "provincial", "region": "四川省",
                  "effective": None, "expires": None,
                  "attachments": ["四川省跨境电子商务发展专项资金管理办法",
                                  "2026年度四川省跨境电子商务发展专项资金申报指南",
                                  "2026年度四川省跨境电子商务发展专项资金项目申报表"],
                  "doc_type": "通知",
                  "recipients": ["各市（州）商务主管部门", "各市（州）财政局", "中国（四川）自由贸易试验区各片区管委会"],
                  "publicity": "公开发布", "repeals": None},
         "clauses": notice_clauses, "applies_to": {"specific": notice_specific}},
        {"meta": {"title": "四川省跨境电子商务发展专项资金管理办法", "doc_number": None, "issuer": issuer,
                  "date": "2026-03-10", "published": "2026-03-12", "level": "provincial", "region": "四川省",
                  "effective": "2026-04-01", "expires": "2030-12-31", "attachments": [], "doc_type": "办法",
                  "recipients": [], "publicity": "公开发布",
                  "repeals": "《四川省商务厅　四川省财政厅关于印发〈四川省跨境电子商务发展专项资金管理暂行办法〉的通知》（川商发〔2021〕45号）"},
         "clauses": banfa_clauses, "applies_to": {"specific": banfa_specific}},
        {"meta": {"title": "2026年度四川省跨境电子商务发展专项资金申报指南", "doc_number": None, "issuer": issuer,
                  "date": "2026-03-10", "published": "2026-03-12", "level": "provincial", "region": "四川省",
                  "effective": None, "expires": None, "attachments": [], "doc_type": "指南",
                  "recipients": [], "publicity": "公开发布", "repeals": None},
         "clauses": zhinan_clauses, "applies_to": {"specific": zhinan_specific}},
    ]
    return stem, docs


# ----------------------------------------------------------------- (b) 乌鲁木齐片区 请示
def make_wulumuqi():
    doc = Document()
    setup(doc)
    w = Writer(doc)
    width = text_width_pt(doc.sections[0])

    fmt(doc.add_paragraph(), line=20)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=44)
    add_runs(p, [("中国（新疆）自由贸易试验区\n乌鲁木齐片区管理委员会", "xbs")], size=28, color=RED)
    w.blank(2)
    p = doc.add_paragraph()
    fmt(p, left=16, right=16)
    p.paragraph_format.tab_stops.add_tab_stop(Pt(width - 32), WD_TAB_ALIGNMENT.RIGHT)
    add_runs(p, [("乌自贸片管〔2026〕9号\t签发人：", "fs"), ("马建新", "kt")])
    p = doc.add_paragraph()
    fmt(p, line=12)
    border(p, "bottom", "single", 18, "E60012", 1)
    w.blank(1)
    title_block(doc, ["关于支持乌鲁木齐片区建设面向中亚的", "跨境电商集聚区有关事项的请示"], soft=False)
    w.blank(1)
    p = doc.add_paragraph()
    fmt(p)
    add_runs(p, [("乌鲁木齐市人民政府：", "fs")])

    w.clause([("为深入贯彻落实《中国（新疆）自由贸易试验区总体方案》，发挥乌鲁木齐片区作为丝绸之路经济带核心区"
               "重要开放平台的作用，加快建设面向中亚的跨境电商集聚区，推动片区开放型经济高质量发展，现将有关事项"
               "请示如下：", "fs")])
    w.clause([("一、基本情况。", "ht"),
              ("乌鲁木齐片区自挂牌以来，累计新增注册企业5200余家，2025年实现跨境电商交易额86.3亿元，同比增长42%。"
               "片区已初步形成以乌鲁木齐综合保税区、乌鲁木齐国际陆港区为支撑的跨境电商发展格局，中欧（中亚）班列"
               "开行量稳步增长，但仍面临公共海外仓布局不足、专业人才短缺、物流成本偏高等问题。", "fs")])
    w.heading("二、请求支持的事项")
    w.clause([("（一）关于设立中亚跨境电商产业园。", "kt"),
              ("恳请市政府支持在片区国际陆港区规划建设中亚跨境电商产业园，规划用地约800亩，纳入全市年度用地计划"
               "优先保障。", "fs")], places=["乌鲁木齐国际陆港区"])
    w.clause([("（二）关于综保区跨境电商监管中心建设。", "kt"),
              ("恳请市政府协调乌鲁木齐海关，在乌鲁木齐综合保税区内建设跨境电商监管中心，支持开展“1210”保税备货"
               "和“9610”直购出口业务。", "fs")], places=["乌鲁木齐综合保税区"])
    w.clause([("（三）关于资金支持。", "kt"),
              ("恳请市政府2026年安排专项资金1.5亿元，用于产业园基础设施、公共海外仓建设和物流补贴，其中对在"
               "阿拉木图、塔什干等中亚城市建设公共海外仓的企业给予一次性补助。", "fs")])
    w.clause([("（四）关于人才引进。", "kt"),
              ("恳请市政府将片区跨境电商紧缺人才纳入全市人才引进计划，在住房保障、子女入学等方面给予支持。", "fs")])
    w.clause([("三、预期成效。", "ht"),
              ("项目建成后，预计到2028年片区跨境电商交易额突破200亿元，集聚跨境电商企业500家以上，带动就业1.2万人。", "fs")])
    w.clause([("妥否，请批示。", "fs")])
    w.blank(1)
    p = doc.add_paragraph()
    fmt(p, first=32, left=0)
    add_runs(p, [("附件：乌鲁木齐片区面向中亚跨境电商集聚区重点项目清单", "fs")])
    w.blank(2)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=32)
    add_runs(p, [("中国（新疆）自由贸易试验区\n乌鲁木齐片区管理委员会", "fs")])
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=48)
    add_runs(p, [("2026年2月25日", "fs")])
    p = doc.add_paragraph()
    fmt(p, first=32)
    add_runs(p, [("（联系人：张丽娜，联系电话：0991-3681205）", "fs")])

    # landscape section for the project list
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.8), Cm(2.6)
    sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5)
    p = doc.add_paragraph()
    fmt(p)
    add_runs(p, [("附件", "ht")])
    title_block(doc, ["乌鲁木齐片区面向中亚跨境电商集聚区重点项目清单"], soft=False, size=20)
    fmt(doc.add_paragraph(), line=16)
    header = ["序号", "项目名称", "建设内容", "总投资（万元）", "2026年计划投资（万元）", "建设地点", "责任单位"]
    groups = [
        ("一、平台载体类", [
            ["1", "中亚跨境电商产业园（一期）", "建设标准化厂房、仓储及综合服务中心12万平方米", "68000", "20000",
             "国际陆港区", "片区经济发展局"],
            ["2", "综保区跨境电商监管中心", "建设查验场地、监管仓库及信息化系统", "15000", "8000",
             "乌鲁木齐综合保税区", "片区综保区管理办公室"],
        ]),
        ("二、物流通道类", [
            ["3", "中亚公共海外仓", "在阿拉木图、塔什干租用并改造公共海外仓3万平方米", "12000", "5000",
             "哈萨克斯坦、乌兹别克斯坦", "片区投资促进局"],
            ["4", "跨境电商班列集货中心", "建设中欧（中亚）班列跨境电商集拼分拨中心", "9500", "4500",
             "国际陆港区", "乌鲁木齐陆港物流发展有限公司"],
        ]),
        ("三、服务配套类", [
            ["5", "跨境电商公共服务平台", "建设通关、物流、金融、数据一体化线上服务平台", "3200", "1800",
             "片区综合服务区", "片区科技和数字经济局"],
            ["6", "跨境电商人才实训基地", "与区内高校共建实训基地，年培训2000人次", "2600", "1200",
             "片区综合服务区", "片区人力资源服务中心"],
        ]),
    ]
    nrows = 1 + sum(1 + len(g[1]) for g in groups)
    tb = doc.add_table(rows=nrows, cols=len(header))
    tb.style = doc.styles["Table Grid"]
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    cw = [Cm(1.3), Cm(4.0), Cm(6.0), Cm(2.2), Cm(2.6), Cm(3.0), Cm(3.4)]
    for i, col in enumerate(tb.columns):
        col.width = cw[i]
    for row in tb.rows:
        for i, c in enumerate(row.cells):
            c.width = cw[i]
    for i, h in enumerate(header):
        cell_text(tb.cell(0, i), h, font="ht", size=12)
    r = 1
    for gname, rows in groups:
        m = tb.cell(r, 0).merge(tb.cell(r, len(header) - 1))
        cell_text(m, gname, font="ht", size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
        r += 1
        for row in rows:
            for i, v in enumerate(row):
                cell_text(tb.cell(r, i), v, size=12,
                          align=WD_ALIGN_PARAGRAPH.LEFT if i == 2 else WD_ALIGN_PARAGRAPH.CENTER)
            w.clauses.append("；".join(f"{h}：{v}" for h, v in zip(header, row)))
            r += 1
    fmt(doc.add_paragraph(), line=20)
    fmt(doc.add_paragraph(), line=20)
    banji(doc, None, "中国（新疆）自由贸易试验区乌鲁木齐片区管理委员会办公室", "2026年2月26日",
          text_width_pt(sec))

    stem = "blind357_wulumuqi_qingshi"
    doc.save(os.path.join(HERE, stem + ".docx"))
    docs = [{"meta": {"title": "关于支持乌鲁木齐片区建设面向中亚的跨境电商集聚区有关事项的请示",
                      "doc_number": "乌自贸片管〔2026〕9号",
                      "issuer": ["中国（新疆）自由贸易试验区乌鲁木齐片区管理委员会"],
                      "date": "2026-02-25", "published": "2026-02-26", "level": "zone",
                      "region": "中国（新疆）自由贸易试验区乌鲁木齐片区",
                      "effective": None, "expires": None,
                      "attachments": ["乌鲁木齐片区面向中亚跨境电商集聚区重点项目清单"],
                      "doc_type": "请示", "recipients": ["乌鲁木齐市人民政府"], "publicity": None,
                      "repeals": None},
             "clauses": w.clauses, "applies_to": {"specific": w.specific}}]
    return stem, docs


# ----------------------------------------------------------------- (c) 兰州 函 (信函格式)
def make_lanzhou():
    doc = Document()
    setup(doc, first_page_blank=True)   # 信函格式: no page number on the first page
    w = Writer(doc)
    width = text_width_pt(doc.sections[0])

    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=50)
    add_runs(p, [("兰州市商务局", "xbs")], size=40, color=RED)
    p = doc.add_paragraph()
    fmt(p, line=10)
    border(p, "bottom", "thickThinSmallGap", 24, "E60012", 1)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=16)
    add_runs(p, [("兰商函〔2026〕31号", "fs")])
    w.blank(1)
    title_block(doc, ["兰州市商务局关于商请协同推进兰西城市群",
                      "跨境电商和国际物流通道建设的函"], soft=True)
    w.blank(1)
    p = doc.add_paragraph()
    fmt(p)
    add_runs(p, [("西宁市商务局：", "fs")])
    w.clause([("兰州、西宁两市地缘相近、人文相亲、产业互补，同为丝绸之路经济带重要节点城市。为贯彻落实"
               "《兰州—西宁城市群发展规划》和甘青两省深化合作有关部署，推动两市共建“一带一路”开放通道，进一步"
               "做大跨境电商规模，我局拟与贵局建立跨境电商和国际物流协作机制。现将有关事项函商如下：", "fs")])
    w.clause([("一、建立常态化协作机制。", "ht"),
              ("建议两市商务部门建立联席会议制度，每半年召开一次会议，轮流主办，共同研究跨境电商、外贸新业态和"
               "口岸物流合作重大事项。", "fs")])
    w.heading("二、共同拓展国际物流通道")
    w.clause([("（一）推动兰州国际陆港与西宁（朝阳）国际陆港开展班列合作，探索“兰西号”中欧（中亚）班列集货共享，"
               "降低两地企业物流成本。", "fs")])
    w.clause([("（二）依托兰州新区综合保税区开展跨境电商保税备货业务，欢迎西宁企业入区开展“1210”进口业务，"
               "入区西宁企业与兰州企业享受同等扶持政策。", "fs")], places=["兰州新区综合保税区"])
    w.clause([("（三）推动在西宁综合保税区设立兰州国际陆港集货分拨点，共同争取海关支持两地开展“陆港联动”"
               "通关模式。", "fs")], places=["西宁综合保税区"])
    w.clause([("三、联合开展跨境电商主体培育。", "ht"),
              ("建议两市共同举办“兰西跨境电商合作对接会”，每年至少组织一次赴中亚、西亚国家的联合招商和展会活动，"
               "共享跨境电商人才培训资源。", "fs")])
    w.clause([("四、共享政策和数据信息。", "ht"),
              ("建议两市定期交换跨境电商企业名录、进出口数据和扶持政策，共同向省级商务主管部门争取支持。", "fs")])
    w.clause([("请贵局研究并于2026年4月20日前将意见函复我局。如无异议，拟于2026年5月上旬在兰州召开首次联席会议。", "fs")])
    w.clause([("联系人：兰州市商务局对外贸易科孙志远，联系电话：0931-8826415，传真：0931-8826400。", "fs")])
    w.blank(1)
    luokuan(doc, ["兰州市商务局"], "2026年4月3日", right_chars=4)
    p = doc.add_paragraph()
    fmt(p, first=32)
    add_runs(p, [("（此件依申请公开）", "fs")])
    # 信函格式: 版记 holds only 抄送, no 印发机关/印发日期
    banji(doc, "甘肃省商务厅，青海省商务厅。", None, None, width)

    stem = "blind357_lanzhou_han"
    doc.save(os.path.join(HERE, stem + ".docx"))
    docs = [{"meta": {"title": "兰州市商务局关于商请协同推进兰西城市群跨境电商和国际物流通道建设的函",
                      "doc_number": "兰商函〔2026〕31号", "issuer": ["兰州市商务局"],
                      "date": "2026-04-03", "published": None, "level": "municipal", "region": "兰州市",
                      "effective": None, "expires": None, "attachments": [], "doc_type": "函",
                      "recipients": ["西宁市商务局"], "publicity": "依申请公开", "repeals": None},
             "clauses": w.clauses, "applies_to": {"specific": w.specific}}]
    return stem, docs


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_357",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for maker in (make_sichuan, make_wulumuqi, make_lanzhou):
        stem, docs = maker()
        expected[stem] = docs
        to_pdf(os.path.join(HERE, stem + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    for stem, docs in expected.items():
        print(stem, [len(d["clauses"]) for d in docs])


if __name__ == "__main__":
    main()
