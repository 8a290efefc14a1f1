# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 706: annual 发展报告 / 白皮书 booklets for pilot FTZ areas (fictional)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import (WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING,
                            WD_TAB_ALIGNMENT, WD_TAB_LEADER)
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"


# ----------------------------------------------------------------- helpers
def set_run(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def fmt(p, align=None, first_indent=True, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent:
        pf.first_line_indent = Pt(32)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(container, text="", font=FS, size=16, bold=False, align=None,
         first_indent=True, exact=28):
    p = container.add_paragraph()
    fmt(p, align=align, first_indent=first_indent, exact=exact)
    if text:
        set_run(p.add_run(text), font, size, bold)
    return p


def empty(container, n=1):
    for _ in range(n):
        para(container, "", first_indent=False)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def add_field(p, instr, placeholder="1", font=SONG, size=14):
    r = p.add_run()
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    set_run(r, font, size)
    r = p.add_run()
    it = parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>' % (nsdecls("w"), instr))
    r._element.append(it)
    set_run(r, font, size)
    r = p.add_run()
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    set_run(r, font, size)
    set_run(p.add_run(placeholder), font, size)
    r = p.add_run()
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    set_run(r, font, size)


def bottom_border(p, color="000000", sz=6):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), sz, color)))


def setup_page(section):
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(3.7)
    section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)
    section.header_distance = Cm(1.8)
    section.footer_distance = Cm(2.2)


def running_header(section, text, align=WD_ALIGN_PARAGRAPH.CENTER):
    section.header.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = ""
    hp.alignment = align
    set_run(hp.add_run(text), SONG, 9)
    bottom_border(hp)


def page_footer(section, left="— ", right=" —", align=WD_ALIGN_PARAGRAPH.CENTER):
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.text = ""
    fp.alignment = align
    set_run(fp.add_run(left), SONG, 14)
    add_field(fp, "PAGE")
    set_run(fp.add_run(right), SONG, 14)


def cell_text(cell, text, bold=False, size=12, align=WD_ALIGN_PARAGRAPH.CENTER,
              soft_break_at=None, font=FS):
    p = cell.paragraphs[0]
    p.alignment = align
    if soft_break_at and soft_break_at in text:
        i = text.index(soft_break_at) + len(soft_break_at)
        a, b = text[:i], text[i:]  # break AFTER the marker, keep all text
        r = set_run(p.add_run(a), font, size, bold)
        r.add_break()
        set_run(p.add_run(b), font, size, bold)
    else:
        set_run(p.add_run(text), font, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def data_table(doc, headers, rows, widths=None, repeat=False, soft_breaks=None,
               merge_col=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    soft_breaks = soft_breaks or {}
    for j, h in enumerate(headers):
        cell_text(t.rows[0].cells[j], h, bold=True, font=HT, size=12,
                  soft_break_at=soft_breaks.get(j))
    if repeat:
        repeat_header(t.rows[0])
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            if merge_col and j == merge_col[0] and i in merge_col[1][1:]:
                continue
            al = WD_ALIGN_PARAGRAPH.LEFT if (j == 0 or j == 1) and not str(v).replace(".", "").isdigit() else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.rows[i].cells[j], str(v), align=al)
    if merge_col:
        col, rws = merge_col
        a = t.cell(rws[0], col)
        b = t.cell(rws[-1], col)
        m = a.merge(b)
        # drop the empty paragraphs the merge dragged in
        ps = m.paragraphs
        for extra in ps[1:]:
            if not extra.text:
                extra._p.getparent().remove(extra._p)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def box(doc, title, paras, shade=None, title_break=None):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.rows[0].cells[0]
    c.width = Cm(15.4)
    if shade:
        tcpr = c._tc.get_or_add_tcPr()
        tcpr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), shade)))
    p = c.paragraphs[0]
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, exact=26)
    set_run(p.add_run(title), HT, 15, True)
    for tx in paras:
        q = c.add_paragraph()
        fmt(q, align=WD_ALIGN_PARAGRAPH.JUSTIFY, exact=26)
        set_run(q.add_run(tx), KT, 15)
    return t


def caption(doc, text, font=HT, size=14):
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, exact=26)
    set_run(p.add_run(text), font, size, True)
    return p


# --------------------------------------------------------------- numbering
def add_decimal_list(doc, abstract_id, num_ids):
    numbering = doc.part.numbering_part.element
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/>'
        '<w:b/><w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls("w"), abstract_id))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absx)
    else:
        numbering.append(absx)
    for nid in num_ids:
        numbering.append(parse_xml(
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            % (nsdecls("w"), nid, abstract_id)))


def auto_item(doc, num_id, head, rest):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=False)
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), num_id)))
    p.paragraph_format.first_line_indent = Pt(32)
    set_run(p.add_run(head), FS, 16, True)
    set_run(p.add_run(rest), FS, 16)
    return p


# ----------------------------------------------------------- key builder
class Key:
    def __init__(self):
        self.clauses = []

    def add(self, text):
        self.clauses.append(text)

    def rows(self, headers, rows, merged_values=None):
        for r in rows:
            self.add("；".join("%s：%s" % (h, v) for h, v in zip(headers, r)))


def body_p(doc, key, text, runin=None):
    """Body paragraph; runin = bold lead-in typed in the same paragraph."""
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    if runin:
        set_run(p.add_run(runin), FS, 16, True)
    set_run(p.add_run(text), FS, 16)
    key.add((runin or "") + text)
    return p


def h1(doc, text):
    p = para(doc, text, font=HT, size=16, align=WD_ALIGN_PARAGRAPH.LEFT)
    return p


def h2(doc, text, bold_in_normal=False):
    if bold_in_normal:
        return para(doc, text, font=FS, size=16, bold=True)
    return para(doc, text, font=KT, size=16)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_706", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(title, issuer, date, region, doc_type):
    return {
        "title": title, "doc_number": None, "issuer": issuer, "date": date,
        "published": None, "level": "zone", "region": region,
        "effective": None, "expires": None, "attachments": [],
        "doc_type": doc_type, "recipients": [], "publicity": None, "repeals": None,
    }


# =============================================================== doc 1
def make_xiamen():
    TITLE1 = "中国（福建）自由贸易试验区厦门片区"
    TITLE2 = "2025年发展报告"
    ORG = "中国（福建）自由贸易试验区厦门片区管理委员会"
    doc = Document()
    k = Key()
    s0 = doc.sections[0]
    setup_page(s0)

    # ---- cover (section 1, no header/footer)
    empty(doc, 5)
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, exact=None)
    r = set_run(p.add_run(TITLE1), XBS, 26)
    r.add_break()  # soft line break inside the title
    set_run(p.add_run(TITLE2), XBS, 26)
    empty(doc, 8)
    para(doc, "编制单位：" + ORG, font=KT, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    para(doc, "2026年3月", font=KT, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)

    # ---- front matter section: header, no page numbers
    s1 = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_page(s1)
    running_header(s1, TITLE1 + TITLE2)
    s1.footer.is_linked_to_previous = False
    para(doc, "前  言", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    empty(doc)
    body_p(doc, k, "2025年是“十四五”规划收官之年，也是厦门片区挂牌运行十周年。一年来，厦门片区坚持以制度创新为核心，以可复制可推广为基本要求，深入实施自由贸易试验区提升战略，在贸易便利化、投资自由化、金融开放创新、两岸融合发展等领域取得新的进展。")
    body_p(doc, k, "为全面反映厦门片区2025年建设发展情况，总结经验做法，分析存在问题，谋划下一步工作，厦门片区管理委员会组织编制了本报告。报告所引用数据除特别注明外，均来源于厦门片区管理委员会、厦门海关、国家外汇管理局厦门市分局等单位，部分数据为初步统计数。")
    page_break(doc)
    para(doc, "目  录", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    empty(doc)
    toc = [("一、2025年发展概况", "1", 0), ("（一）主要经济指标稳中有进", "1", 1),
           ("（二）制度创新成果持续涌现", "3", 1), ("二、重点领域改革进展", "4", 0),
           ("（一）贸易便利化", "4", 1), ("（二）投资自由化", "5", 1),
           ("（三）两岸融合发展", "6", 1), ("三、存在的问题", "7", 0),
           ("四、2026年工作安排", "7", 0), ("结束语", "9", 0)]
    for text, pg, lvl in toc:
        p = para(doc, "", first_indent=False, exact=30)
        p.paragraph_format.left_indent = Pt(32 * lvl)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        set_run(p.add_run(text + "\t" + pg), HT if lvl == 0 else FS, 16)

    # ---- body section: page numbers restart at 1
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_page(s2)
    s2.header.is_linked_to_previous = True
    page_footer(s2)
    s2._sectPr.append(parse_xml('<w:pgNumType %s w:start="1"/>' % nsdecls("w")))

    h1(doc, "一、2025年发展概况")
    h2(doc, "（一）主要经济指标稳中有进")
    body_p(doc, k, "2025年，厦门片区新增注册企业4126家，同比增长6.3%；其中外资企业312家，同比增长9.1%。片区实现进出口总额3056.8亿元，同比增长8.7%，占全市比重达到30.2%。主要指标情况见表1。")
    caption(doc, "表1　2025年厦门片区主要经济指标")
    hd = ["指标", "单位", "2024年", "2025年", "同比增长（%）"]
    rows = [["新增注册企业", "家", "3881", "4126", "6.3"],
            ["其中：外资企业", "家", "286", "312", "9.1"],
            ["实际使用外资", "亿元", "38.4", "41.6", "8.3"],
            ["进出口总额", "亿元", "2812.2", "3056.8", "8.7"],
            ["跨境电商进出口额", "亿元", "165.3", "198.7", "20.2"]]
    data_table(doc, hd, rows, widths=[4.6, 1.8, 2.6, 2.6, 3.2])
    k.rows(hd, rows)
    empty(doc)
    body_p(doc, k, "从产业结构看，航空维修、融资租赁、跨境电商等新兴业态保持较快增长。2019—2025年片区新增注册企业数变化情况见图1。")
    hd = ["年份", "新增注册企业（家）"]
    rows = [["2019年", "3152"], ["2020年", "2987"], ["2021年", "3406"], ["2022年", "3295"],
            ["2023年", "3640"], ["2024年", "3881"], ["2025年", "4126"]]
    data_table(doc, hd, rows, widths=[5, 6])
    k.rows(hd, rows)
    caption(doc, "图1　2019—2025年厦门片区新增注册企业数", font=KT)  # figure caption BELOW
    empty(doc)
    h2(doc, "（二）制度创新成果持续涌现")
    body_p(doc, k, "全年形成制度创新成果58项，其中全国首创12项；8项创新举措入选福建自贸试验区第二十批创新举措，3项案例入选商务部自由贸易试验区最佳实践案例。截至2025年底，厦门片区累计形成制度创新成果662项，其中全国首创131项。")
    bx = ["厦门片区联合厦门海关、厦门空港，推行跨境电商出口货物“海空联运、一次申报、分段运输”模式，企业在海运港区完成申报查验后，货物经卡口直接转关至高崎国际机场，搭乘国际航班发往欧美市场。",
          "该模式实施以来，跨境电商货物平均通关时间由原来的36小时压缩至8小时以内，物流成本降低约15%，全年累计服务企业218家，监管货物1.2万吨。"]
    box(doc, "专栏1　“海空联运+跨境电商”一体化通关模式", bx)
    for t in bx:
        k.add(t)
    empty(doc)

    h1(doc, "二、重点领域改革进展")
    h2(doc, "（一）贸易便利化")
    for head, rest in [
            ("1.深化国际贸易“单一窗口”建设。", "上线运行船舶通关、航空物流等特色功能模块23个，主要申报业务应用率保持100%，服务企业超过3.5万家。"),
            ("2.推进通关模式创新。", "扩大“提前申报”“两步申报”适用范围，全年进口整体通关时间压缩至28.6小时，出口整体通关时间压缩至0.9小时。"),
            ("3.拓展中欧（厦门）班列线路。", "新开通厦门至中亚、厦门至莫斯科回程线路各1条，全年开行中欧（厦门）班列326列，同比增长11.6%。")]:
        body_p(doc, k, rest, runin=head)
    h2(doc, "（二）投资自由化")
    body_p(doc, k, "全面落实外商投资准入前国民待遇加负面清单管理制度，推行外资企业设立“一照一码、一窗通办”，外资企业开办时间压缩至1个工作日。全年新设外资企业312家，合同外资金额达到86.5亿元。")
    caption(doc, "表2　2025年厦门片区新设外资企业行业分布")
    hd = ["行业", "企业数（家）", "占比（%）"]
    rows = [["批发和零售业", "118", "37.8"], ["租赁和商务服务业", "74", "23.7"],
            ["科学研究和技术服务业", "52", "16.7"], ["交通运输、仓储和邮政业", "31", "9.9"],
            ["其他", "37", "11.9"], ["合计", "312", "100.0"]]
    data_table(doc, hd, rows, widths=[7, 4, 4])
    k.rows(hd, rows)
    empty(doc)
    h2(doc, "（三）两岸融合发展")
    body_p(doc, k, "出台支持台资企业深度参与片区建设的若干措施，推动两岸标准共通、资格互认。全年新设台资企业96家，累计采认台湾地区职业资格186项，为台湾地区居民提供职业资格采认服务1200余人次。")
    bx = ["厦门片区依托厦门港与台湾地区高雄港、台中港之间的航线资源，开通两岸集装箱“海上快线”，实行“船边直提、抵港直装”，两岸货物最快当日到港、当日提离。",
          "2025年，“海上快线”累计完成运输航次412个，运输集装箱5.6万标准箱，为两岸企业节约物流成本约1.3亿元。"]
    box(doc, "专栏2　两岸集装箱“海上快线”", bx)
    for t in bx:
        k.add(t)
    empty(doc)

    h1(doc, "三、存在的问题")
    body_p(doc, k, "对照国家对自由贸易试验区提升战略的要求，厦门片区发展仍存在一些短板：一是首创性、集成性制度创新成果偏少，部分改革事项仍停留在流程优化层面；二是新兴产业规模偏小，龙头企业带动作用不够明显；三是部分改革事项需要国家部委授权，推进进度受到一定制约。")

    h1(doc, "四、2026年工作安排")
    for head, rest in [
            ("（一）加快推进制度型开放。", "主动对接《全面与进步跨太平洋伙伴关系协定》（CPTPP）、《数字经济伙伴关系协定》（DEPA）等高标准经贸规则，在数据跨境流动、知识产权保护等领域开展先行先试。"),
            ("（二）培育壮大新兴产业。", "重点发展航空维修、跨境电商、融资租赁、数字贸易等产业，力争全年新增注册企业4300家以上，跨境电商进出口额突破220亿元。"),
            ("（三）深化两岸融合发展。", "推进两岸标准共通，扩大台湾地区职业资格采认范围，打造台胞台企登陆“第一家园”的重要承载区。"),
            ("（四）强化改革系统集成。", "围绕贸易投资、金融服务、营商环境等领域，每年推出一批具有全国影响力的集成性制度创新成果。")]:
        p = para(doc, "", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        set_run(p.add_run(head), KT, 16, True)  # run-in heading in 楷体 bold
        set_run(p.add_run(rest), FS, 16)
        k.add(head + rest)
    empty(doc)
    para(doc, "结 束 语", font=HT, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    body_p(doc, k, "2026年是“十五五”规划开局之年。站在挂牌运行十周年的新起点上，厦门片区将坚持以制度创新为核心，以高水平开放为引领，持续深化改革探索，加快建设更高水平的自由贸易试验区。")
    body_p(doc, k, "厦门片区将进一步加强与各方的沟通协作，努力为全国自由贸易试验区建设贡献更多“厦门经验”，为福建在中国式现代化建设中奋勇争先作出新的更大贡献。")
    empty(doc, 2)
    p = para(doc, ORG, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    p = para(doc, "2026年3月12日" + "　" * 4, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)

    stem = "blind706_xiamen_baogao"
    doc.save(os.path.join(HERE, stem + ".docx"))
    m = meta(TITLE1 + TITLE2, [ORG], "2026-03-12", "中国（福建）自由贸易试验区厦门片区", "报告")
    return stem, [{"meta": m, "clauses": k.clauses}]


# =============================================================== doc 2
def make_zhengzhou():
    TITLE = "中国（河南）自由贸易试验区郑州片区2025年发展白皮书"
    ORG1 = "中国（河南）自由贸易试验区郑州片区管理委员会"
    ORG2 = "郑州市商务局"
    doc = Document()
    add_decimal_list(doc, 90, [91, 92])
    k = Key()
    s = doc.sections[0]
    setup_page(s)
    s.different_first_page_header_footer = True
    running_header(s, TITLE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    page_footer(s, left="- ", right=" -")

    # cover (first page, counted as page 1)
    empty(doc, 4)
    para(doc, "中国（河南）自由贸易试验区", font=XBS, size=24, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, exact=None)
    para(doc, "郑州片区2025年发展白皮书", font=XBS, size=24, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, exact=None)
    empty(doc, 9)
    para(doc, "编制单位：" + ORG1, font=KT, size=16, align=WD_ALIGN_PARAGRAPH.LEFT, first_indent=False)
    para(doc, "　　　　　" + ORG2, font=KT, size=16, align=WD_ALIGN_PARAGRAPH.LEFT, first_indent=False)
    empty(doc)
    para(doc, "二〇二六年三月", font=KT, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    page_break(doc)

    para(doc, "前　言", font=HT, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    body_p(doc, k, "2025年，郑州片区全面落实河南自贸试验区2.0版建设要求，聚焦“两体系、一枢纽”战略定位，统筹推进制度创新、产业发展和开放平台建设，各项工作取得积极成效。")
    body_p(doc, k, "本白皮书由郑州片区管理委员会会同郑州市商务局编制，系统梳理郑州片区2025年在跨境电商、中欧班列、营商环境等方面的改革进展和典型案例，供社会各界了解和参考。")
    page_break(doc)

    para(doc, "目　录", font=HT, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    empty(doc)
    toc = [("前言", "2"), ("一、总体发展情况", "4"), ("二、重点领域改革创新", "4"),
           ("　（一）跨境电商创新发展", "5"), ("　（二）中欧班列提质增效", "5"),
           ("　（三）营商环境持续优化", "6"), ("三、下一步工作方向", "7"), ("结束语", "7")]
    for text, pg in toc:
        n = 30 - len(text) - len(pg)
        para(doc, text + "…" * n + pg, font=FS, size=14, first_indent=False, exact=30)
    page_break(doc)

    h1(doc, "一、总体发展情况")
    body_p(doc, k, "2025年，郑州片区新设立企业1.86万家，累计入驻企业突破14万家；完成进出口总额1268.4亿元，同比增长7.2%；实际使用外资4.7亿美元，同比增长5.6%。")
    caption(doc, "表1　2025年郑州片区开放平台运行情况")
    hd = ["平台名称", "主要指标", "2025年完成值", "同比增长（%）"]
    rows = [["郑州经开综合保税区", "进出口总额（亿元）", "286.5", "12.4"],
            ["中欧班列（中豫号）", "开行班列（列）", "2265", "5.3"],
            ["郑州国际陆港", "集装箱吞吐量（万标箱）", "42.6", "9.3"],
            ["E贸易核心功能集聚区", "跨境电商交易额（亿元）", "412.8", "14.6"]]
    data_table(doc, hd, rows, widths=[4.6, 4.8, 3, 3], repeat=True)
    k.rows(hd, rows)
    empty(doc)

    h1(doc, "二、重点领域改革创新")
    h2(doc, "（一）跨境电商创新发展")
    items = [("深化“1210”网购保税进口模式。", "在全国率先推行跨境电商零售进口退货中心仓模式，退货商品平均处理时间缩短至3天，全年处理退货包裹86万单。"),
             ("推进跨境电商出口海外仓建设。", "支持企业在欧洲、东南亚、中东等地区布局海外仓56个，总面积超过62万平方米。"),
             ("开展跨境电商B2B出口监管试点。", "全年办理“9710”“9810”模式出口申报清单2300万票，货值186.2亿元。")]
    for i, (hd_, rest) in enumerate(items, 1):
        auto_item(doc, 91, hd_, rest)
        k.add("%d.%s%s" % (i, hd_, rest))
    bx = ["针对跨境电商零售进口商品退货环节多、时间长、成本高等问题，郑州片区在郑州经开综合保税区内设立退货中心仓，将区外分拣、区内退货合并为一个环节，实现退货商品“集中分拣、统一退货、快速复出”。",
          "该模式实施后，企业退货物流成本平均下降约40%，退货时效提升60%以上，已在全国多个综合保税区复制推广。"]
    box(doc, "专栏1　跨境电商零售进口“退货中心仓”模式", bx, shade="F2F2F2")
    for t in bx:
        k.add(t)
    empty(doc)

    h2(doc, "（二）中欧班列提质增效")
    items = [("优化班列线路布局。", "新开通郑州至塔什干、郑州至布达佩斯等线路4条，境外直达站点增至42个，覆盖40余个国家和地区。"),
             ("推动“班列+”融合发展。", "开展“中欧班列+跨境电商”“中欧班列+冷链”等业务，全年运输跨境电商货物1.3万标准箱，开行冷链专列86列。"),
             ("推进运贸一体化。", "依托中欧班列搭建进口商品集散分拨中心，全年实现进口平行车、肉类、木材等商品贸易额68.5亿元。")]
    for i, (hd_, rest) in enumerate(items, 1):
        auto_item(doc, 92, hd_, rest)  # second list instance restarts at 1
        k.add("%d.%s%s" % (i, hd_, rest))
    caption(doc, "表2　2021—2025年中欧班列（中豫号）开行情况")
    hd = ["年份", "开行列数（列）", "货值（亿美元）"]
    rows = [["2021年", "1546", "63.8"], ["2022年", "1802", "71.5"], ["2023年", "2012", "78.9"],
            ["2024年", "2151", "83.6"], ["2025年", "2265", "88.4"]]
    data_table(doc, hd, rows, widths=[4, 5, 5], repeat=True)
    k.rows(hd, rows)
    empty(doc)

    # (三) typed as a run-in heading although the 目录 lists it as a sub-heading
    body_p(doc, k, "深化“放管服”改革，推行企业开办“全程网办”，实现企业开办0.5个工作日办结；推行“证照分离”改革全覆盖，涉企经营许可事项实行清单管理。全年新增市场主体2.3万户。",
           runin="（三）营商环境持续优化。")
    bx = ["郑州片区梳理企业全生命周期高频事项，将涉及多个部门的关联事项整合为“一件事”，推出企业开办、工程建设项目审批、进出口经营备案等“一件事”套餐服务32项。",
          "改革实施后，相关事项申请材料平均减少52%，办理环节平均减少60%，办理时限平均压缩70%。"]
    box(doc, "专栏2　“一件事一次办”集成服务改革", bx, shade="F2F2F2")
    for t in bx:
        k.add(t)
    empty(doc)

    h1(doc, "三、下一步工作方向")
    for head, rest in [
            ("（一）持续推进制度创新。", "聚焦跨境电商、多式联运、数字贸易等领域，力争全年形成制度创新成果30项以上。"),
            ("（二）做强开放通道。", "推动中欧班列（中豫号）高质量发展，加快郑州国际陆港建设，拓展“空中丝绸之路”“网上丝绸之路”合作。"),
            ("（三）优化营商环境。", "对标国际一流水平，深化商事制度改革，加强知识产权保护，打造市场化法治化国际化营商环境。")]:
        body_p(doc, k, rest, runin=head)
    empty(doc)
    para(doc, "结束语", font=HT, size=16, align=WD_ALIGN_PARAGRAPH.LEFT, first_indent=False)
    body_p(doc, k, "站在新的起点上，郑州片区将坚持以制度创新为核心，更好发挥中欧班列（中豫号）和跨境电商的先发优势，在更大范围、更宽领域、更深层次推进改革开放，为河南建设内陆开放高地作出更大贡献。")
    empty(doc, 2)
    para(doc, ORG1, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    para(doc, ORG2 + "　" * 6, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    para(doc, "2026年3月20日" + "　" * 4, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)

    stem = "blind706_zhengzhou_baipishu"
    doc.save(os.path.join(HERE, stem + ".docx"))
    m = meta(TITLE, [ORG1, ORG2], "2026-03-20", "中国（河南）自由贸易试验区郑州片区", "白皮书")
    return stem, [{"meta": m, "clauses": k.clauses}]


# =============================================================== doc 3
def make_qingdao():
    TITLE = "中国（山东）自由贸易试验区青岛片区2025年发展报告"
    ORG = "中国（山东）自由贸易试验区青岛片区管理委员会"
    doc = Document()
    k = Key()
    s = doc.sections[0]
    setup_page(s)
    s.different_first_page_header_footer = True
    running_header(s, "青岛片区2025年发展报告", align=WD_ALIGN_PARAGRAPH.LEFT)
    page_footer(s, left="第", right="页", align=WD_ALIGN_PARAGRAPH.RIGHT)

    empty(doc, 6)
    para(doc, TITLE, font=XBS, size=26, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, exact=None)
    empty(doc, 10)
    t = doc.add_table(rows=2, cols=2)  # layout table on the cover
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), "编制单位：", size=16, font=KT, align=WD_ALIGN_PARAGRAPH.RIGHT)
    cell_text(t.cell(0, 1), ORG, size=16, font=KT, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(t.cell(1, 0), "日    期：", size=16, font=KT, align=WD_ALIGN_PARAGRAPH.RIGHT)
    cell_text(t.cell(1, 1), "2026年3月", size=16, font=KT, align=WD_ALIGN_PARAGRAPH.LEFT)
    t.cell(0, 0).width = Cm(3.5)
    t.cell(1, 0).width = Cm(3.5)
    t.cell(0, 1).width = Cm(11.5)
    t.cell(1, 1).width = Cm(11.5)
    page_break(doc)

    para(doc, "前言", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    empty(doc)
    body_p(doc, k, "2025年，青岛片区深入贯彻落实自由贸易试验区提升战略，立足“海洋特色、开放引领”定位，在航运贸易金融创新、海洋经济发展、中日韩地方经贸合作等方面大胆试、大胆闯，全年各项主要指标实现稳步增长。")
    body_p(doc, k, "本报告共分四个部分，分别介绍2025年青岛片区发展总体情况、改革创新主要成效、典型案例以及2026年重点工作安排。")
    empty(doc)
    para(doc, "编  者" + "　" * 3, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    para(doc, "2026年3月25日", align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    page_break(doc)

    para(doc, "目录", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    toc = [("前言", "2"), ("一、发展总体情况", "4"), ("（一）经济运行", "4"), ("（二）平台建设", "4"),
           ("二、改革创新主要成效", "5"), ("三、典型案例", "6"), ("四、2026年重点工作", "7"),
           ("结束语", "8")]
    t = doc.add_table(rows=len(toc), cols=2)  # borderless layout table as 目录
    for i, (tx, pg) in enumerate(toc):
        cell_text(t.cell(i, 0), tx, size=16, font=HT if "、" in tx[:2] else FS, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(t.cell(i, 1), pg, size=16, align=WD_ALIGN_PARAGRAPH.RIGHT)
        t.cell(i, 0).width = Cm(13)
        t.cell(i, 1).width = Cm(2.4)
    page_break(doc)

    h1(doc, "一、发展总体情况")
    h2(doc, "（一）经济运行", bold_in_normal=True)
    body_p(doc, k, "2025年，青岛片区实现地区生产总值1386.2亿元，同比增长6.1%；外贸进出口总额2468.7亿元，同比增长9.4%；实际使用外资12.8亿美元，同比增长4.9%。")
    caption(doc, "表1　2025年青岛片区主要指标完成情况")
    hd = ["序号", "指标名称", "单位", "完成值", "同比增长（%）"]
    rows = [["1", "地区生产总值", "亿元", "1386.2", "6.1"],
            ["2", "外贸进出口总额", "亿元", "2468.7", "9.4"],
            ["3", "实际使用外资", "亿美元", "12.8", "4.9"],
            ["4", "新增市场主体", "万户", "3.2", "7.4"],
            ["5", "前湾港区集装箱吞吐量", "万标准箱", "2316", "5.2"]]
    data_table(doc, hd, rows, widths=[1.5, 5.5, 2.6, 2.6, 3.2], soft_breaks={4: "同比"})
    k.rows(hd, rows)
    empty(doc)
    h2(doc, "（二）平台建设", bold_in_normal=True)
    body_p(doc, k, "青岛前湾综合保税区、青岛西海岸综合保税区运行质效持续提升，2025年两个综合保税区合计实现进出口总额876.4亿元，同比增长12.3%。片区依托青岛港开展海铁联运，全年完成海铁联运箱量268万标准箱，同比增长8.1%。")
    hd = ["年份", "进出口总额"]
    rows = [["2021年", "1752.3"], ["2022年", "1968.5"], ["2023年", "2104.6"],
            ["2024年", "2256.6"], ["2025年", "2468.7"]]
    data_table(doc, hd, rows, widths=[5, 6])
    k.rows(hd, rows)
    caption(doc, "图1　2021—2025年青岛片区外贸进出口总额（亿元）", font=KT)
    empty(doc)

    h1(doc, "二、改革创新主要成效")
    for head, rest in [
            ("1.航运贸易金融创新。", "推出“航运贸易金融”综合服务平台，为航运企业提供船舶融资、运费结算、航运保险等一站式服务，全年完成航运金融业务规模286亿元。"),
            ("", "（1）开展船舶融资租赁业务，全年新增船舶融资租赁资产42亿元。"),
            ("", "（2）推行国际航行船舶保税油加注“一船多供”模式，保税油加注量同比增长18.6%。"),
            ("2.海洋经济创新发展。", "集聚海洋领域企业1600余家，建成海洋领域科研平台38个，海洋生产总值占片区地区生产总值比重达到32.5%。"),
            ("3.中日韩地方经贸合作。", "举办中日韩产业合作对接活动16场，新设日韩资企业87家，对日韩进出口额同比增长11.2%。")]:
        body_p(doc, k, rest, runin=head or None)

    h1(doc, "三、典型案例")
    bx = ["为解决国际航行船舶保税油加注效率低、成本高等问题，青岛片区联合青岛海关、青岛海事局等部门，推行保税油加注“一船多供”模式，一艘供油船可在一次作业中为多艘国际航行船舶加注保税燃料油。",
          "改革实施后，单船平均加注时间缩短30%以上，供油企业运营成本下降约20%。2025年，青岛港保税油加注量达到186万吨。"]
    box(doc, "专栏1　“船舶保税油加注一船多供”改革", bx)
    for t_ in bx:
        k.add(t_)
    empty(doc)
    bx = ["青岛片区推动海运、铁路运输单证互认，推行海铁联运“一单制”，货主凭一份运单即可完成全程运输。",
          "主要做法：一是统一多式联运运单格式，明确各方权责；二是打通港口、铁路信息系统，实现数据实时共享；三是推动银行将多式联运运单纳入融资抵押范围。"]
    box(doc, "专栏2　海铁联运集装箱“一单制”", bx)
    for t_ in bx:
        k.add(t_)
    empty(doc)
    caption(doc, "表2　2025年青岛片区入选省级以上创新案例情况")
    hd = ["序号", "案例名称", "入选层级"]
    rows = [["1", "船舶保税油加注“一船多供”模式", "商务部自由贸易试验区最佳实践案例"],
            ["2", "海铁联运“一单制”", "山东省自贸试验区创新案例"],
            ["3", "跨境电商出口“海外仓+保税仓”联动模式", "山东省自贸试验区创新案例"]]
    data_table(doc, hd, rows, widths=[1.5, 7.5, 6.4], merge_col=(2, [2, 3]))
    k.rows(hd, rows)
    empty(doc)

    h1(doc, "四、2026年重点工作")
    body_p(doc, k, "2026年，青岛片区将重点抓好以下工作：")
    for tx in ["一是推进高水平制度型开放，对接国际高标准经贸规则，在海洋、航运、数字贸易等领域开展压力测试。",
               "二是加快海洋经济高质量发展，培育海洋新兴产业集群，力争海洋生产总值增长8%以上。",
               "三是深化中日韩地方经贸合作，打造面向日韩的国际贸易和投资合作高地。"]:
        body_p(doc, k, tx)
    empty(doc)
    h1(doc, "结束语")
    body_p(doc, k, "站在新的起点，青岛片区将以更大力度推进改革开放，以更高标准推进制度创新，加快建设高水平开放的海洋特色自由贸易试验区，为山东打造对外开放新高地作出更大贡献。")

    stem = "blind706_qingdao_baogao"
    doc.save(os.path.join(HERE, stem + ".docx"))
    m = meta(TITLE, [ORG], "2026-03-25", "中国（山东）自由贸易试验区青岛片区", "报告")
    return stem, [{"meta": m, "clauses": k.clauses}]


def main():
    expected = {}
    for fn in (make_xiamen, make_zhengzhou, make_qingdao):
        stem, docs = fn()
        expected[stem] = docs
        convert(os.path.join(HERE, stem + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
