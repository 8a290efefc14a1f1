# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 481: 营商环境评价结果通报 and 整改任务清单."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)

S2 = Pt(22)   # 二号
S3 = Pt(16)   # 三号
S4 = Pt(14)   # 四号
S5 = Pt(10.5)  # 五号
SX4 = Pt(12)  # 小四


# ---------------------------------------------------------------- helpers
def set_font(run, font, size=None, bold=None, color=None):
    run.font.name = "Times New Roman" if font in (FS, KT) else font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    if size is not None:
        run.font.size = size
    if bold is not None:
        run.bold = bold
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Mm(210)
    sec.page_height = Mm(297)
    sec.top_margin = Mm(37)
    sec.bottom_margin = Mm(35)
    sec.left_margin = Mm(28)
    sec.right_margin = Mm(26)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = S3
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
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
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("— ")
    set_font(r, "宋体", S4)
    r = fp.add_run()
    set_font(r, "宋体", S4)
    add_field(r, " PAGE ")
    r = fp.add_run(" —")
    set_font(r, "宋体", S4)


def para(doc_or_cell, parts=None, align=None, indent=True, font=FS, size=S3,
         bold=False, line=None, keep_spaces=""):
    """parts: str or list of (text, font, bold) tuples."""
    p = doc_or_cell.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if line is not None:
        p.paragraph_format.line_spacing = line
    if parts is None:
        return p
    if isinstance(parts, str):
        parts = [(parts, font, bold)]
    if keep_spaces:
        r = p.add_run(keep_spaces)
        set_font(r, font, size)
    for txt, f, b in parts:
        if txt == "\n":
            r = p.add_run()
            r.add_break()
            continue
        r = p.add_run(txt)
        set_font(r, f, size, bold=b)
    return p


def border_bottom(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def set_cell_text(cell, text, font=FS, size=S5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._element.getparent().remove(r._element)
    p.alignment = align
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.line_spacing = Pt(18)
    r = p.add_run(text)
    set_font(r, font, size, bold=bold)


def set_table_borders(table, val="single", sz=4):
    tbl = table._tbl
    tblPr = tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblPr.append(borders)


def set_layout_borders(table, top=False, bottom=False, inside_h=False):
    tbl = table._tbl
    tblPr = tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        on = (edge == "top" and top) or (edge == "bottom" and bottom) or (edge == "insideH" and inside_h)
        e.set(qn("w:val"), "single" if on else "nil")
        if on:
            e.set(qn("w:sz"), "8")
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        borders.append(e)
    tblPr.append(borders)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def set_col_widths(table, widths_mm):
    table.autofit = False
    for i, w in enumerate(widths_mm):
        table.columns[i].width = Mm(w)
    for row in table.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


def data_table(doc, header, rows, widths, merges=(), header_repeat=False, auto_num_col=None,
               num_id=None, size=S5):
    """rows: full logical values (merged cells hold the same value in each row).
    merges: list of (col, first_row, last_row) vertical merges (0-based data rows)."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(t)
    for i, h in enumerate(header):
        set_cell_text(t.cell(0, i), h, font=HT, size=size)
    if header_repeat:
        repeat_header(t.rows[0])
    merged_cells = set()
    for col, a, b in merges:
        for r in range(a + 1, b + 1):
            merged_cells.add((r, col))
    for ri, row in enumerate(rows):
        for ci, val in enumerate(row):
            if (ri, ci) in merged_cells:
                continue
            align = WD_ALIGN_PARAGRAPH.CENTER
            if len(val) > 16:
                align = WD_ALIGN_PARAGRAPH.LEFT
            if auto_num_col is not None and ci == auto_num_col:
                c = t.cell(ri + 1, ci)
                p = c.paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.paragraph_format.first_line_indent = Pt(0)
                set_numpr(p, num_id, 0)
                continue
            set_cell_text(t.cell(ri + 1, ci), val, size=size, align=align)
    for col, a, b in merges:
        top = t.cell(a + 1, col)
        val = rows[a][col]
        merged = top.merge(t.cell(b + 1, col))
        # merging concatenates paragraphs; reset
        for p in merged.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        set_cell_text(merged, val, size=size)
    set_col_widths(t, widths)
    return t


def row_clauses(header, rows):
    out = []
    for row in rows:
        out.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    return out


# ------------------------------------------------------------ numbering
def add_numbering(doc, levels):
    """levels: list of (numFmt, lvlText, font). Returns numId."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 1
    nid = max(num_ids + [0]) + 1
    lvls = ""
    for i, (fmt, txt, font) in enumerate(levels):
        lvls += (
            '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
            '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/></w:rPr></w:lvl>'
            % (i, fmt, txt, 0 if font == "table" else 640, FS if font == "table" else font)
        )
    absxml = '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>%s</w:abstractNum>' % (
        nsdecls("w"), aid, lvls)
    abs_el = parse_xml(absxml)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abs_el)
    else:
        numbering.append(abs_el)
    num_el = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nsdecls("w"), nid, aid))
    numbering.append(num_el)
    return nid


def set_numpr(p, num_id, ilvl):
    ppr = p._p.get_or_add_pPr()
    numPr = ppr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = num_id


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_481", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# ====================================================================
# Document 1: 宁波 通报 with 附件 整改任务清单
# ====================================================================
def make_ningbo():
    doc = new_doc()
    clauses = []

    # 版头
    p = para(doc, "宁波市优化营商环境领导小组办公室文件", align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, font=XBS, size=Pt(22), line=Pt(48))
    for r in p.runs:
        r.font.color.rgb = RED
    doc.add_paragraph()
    p = para(doc, "甬营商办〔2026〕3号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border_bottom(p)
    doc.add_paragraph()

    # title with a soft line break
    p = para(doc, [("宁波市优化营商环境领导小组办公室", XBS, False), ("\n", None, None),
                   ("关于2025年度营商环境评价结果的通报", XBS, False)],
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=S2, line=Pt(36))
    doc.add_paragraph()
    para(doc, "各区（县、市）人民政府，前湾新区管委会，高新区管委会，市直各有关单位：", indent=False)

    def body(text, run_in=None, manual_indent=False):
        if run_in:
            parts = [(run_in, KT, True), (text, FS, False)]
        else:
            parts = [(text, FS, False)]
        if manual_indent:
            p = para(doc, parts, indent=False, keep_spaces="　　")
        else:
            p = para(doc, parts)
        clauses.append((run_in or "") + text)
        return p

    def heading(text):
        para(doc, [(text, HT, False)])

    body("为深入贯彻落实《优化营商环境条例》和《浙江省优化营商环境条例》，持续打造市场化、法治化、国际化一流营商环境，"
         "根据《宁波市2025年度营商环境评价实施方案》（甬营商办〔2025〕7号）安排，市优化营商环境领导小组办公室委托第三方机构，"
         "于2025年11月至2026年1月对全市10个区（县、市）开展了2025年度营商环境评价。评价围绕企业全生命周期、投资吸引力和监管与服务3个维度，"
         "设置开办企业、办理建筑许可、获得电力、登记财产、跨境贸易、纳税、获得信贷、保护中小投资者、执行合同、办理破产、政务服务、"
         "知识产权创造保护和运用等18个一级指标、87个二级指标，采集有效样本企业2316家。现将有关情况通报如下。")

    heading("一、总体情况")
    rank = [
        ("鄞州区", "87.36", "1", "↑1"),
        ("海曙区", "86.05", "2", "↓1"),
        ("北仑区", "85.72", "3", "—"),
        ("江北区", "84.18", "4", "↑3"),
        ("慈溪市", "83.50", "5", "↑1"),
        ("镇海区", "82.91", "6", "↓2"),
        ("余姚市", "81.07", "7", "↓2"),
        ("奉化区", "79.84", "8", "—"),
        ("宁海县", "79.65", "9", "↑1"),
        ("象山县", "78.42", "10", "↓1"),
    ]
    avg = sum(float(r[1]) for r in rank) / len(rank)
    avg_s = "%.2f" % avg
    body("2025年，全市营商环境总体水平持续提升，10个区（县、市）平均得分为%s分，较上年提高2.15分；"
         "最高分与最低分差距由上年的11.62分缩小至8.94分，区域间均衡性进一步增强。其中，鄞州区、海曙区、北仑区位列前三，"
         "得分分别为87.36分、86.05分、85.72分；江北区进步明显，排名较上年上升3位。各区（县、市）得分及排名情况如下：" % avg_s,
         manual_indent=True)
    hdr = ["区县", "总分", "排名", "较上年变化"]
    data_table(doc, hdr, [list(r) for r in rank], [45, 35, 30, 40], size=S4)
    clauses.extend(row_clauses(hdr, [list(r) for r in rank]))
    doc.add_paragraph()

    heading("二、主要指标表现")
    body("全市全面推行企业开办“一件事”集成服务，企业开办平均用时压缩至0.8个工作日，较上年减少0.3个工作日；"
         "全程网办率达到96.4%，新设企业免费刻制公章覆盖率100%。余姚市、象山县在银行开户预约环节仍存在线下跑动，得分偏低。",
         run_in="（一）开办企业。")
    body("社会投资简易低风险项目从立项到取得不动产权证书平均用时27个工作日，一般工业项目审批全流程用时压缩至43个工作日以内。"
         "部分区（县、市）“拿地即开工”项目占比不足30%，施工图审查与消防审验衔接不畅问题仍较突出。",
         run_in="（二）办理建筑许可。")
    body("依托宁波舟山港和梅山、北仑港、前湾等综合保税区，全市进口、出口整体通关时间分别为31.6小时和1.2小时，"
         "较上年分别压缩8.7%和14.3%；跨境电商进出口额达到2186.4亿元，同比增长17.9%；“海铁联运”集装箱量完成181.3万标箱，"
         "中欧班列（宁波）开行186列。但北仑区、镇海区进口查验后提离等待时间偏长，集装箱进出港口环节收费公示不够规范，成为主要失分点。",
         run_in="（三）跨境贸易。")
    body("电子税务局业务网上办理率达到99.2%，纳税人年度纳税时间压缩至92小时。出口退税平均办理时间为2.7个工作日，"
         "其中一类、二类出口企业压缩至1个工作日以内。",
         run_in="（四）纳税。")
    body("全市普惠小微贷款余额5326.8亿元，同比增长15.6%；政府性融资担保平均费率降至0.78%。宁海县、奉化区“首贷户”拓展不足，"
         "中小企业融资综合信用服务平台使用率偏低。",
         run_in="（五）获得信贷。")
    body("“浙里办”宁波频道可办事项达到2346项，“一网通办”率达到92.8%；“高效办成一件事”重点事项全部落地。"
         "部分区（县、市）政务服务中心“帮办代办”队伍专业化程度不高，企业满意度调查中“办事材料反复提交”问题反映较多。",
         run_in="（六）政务服务。")
    doc.add_paragraph()

    heading("三、存在的主要问题")
    body("从评价结果看，全市共有14个二级指标在3个及以上区（县、市）出现失分，集中在跨境贸易、办理建筑许可、获得信贷和执行合同等领域。"
         "主要失分指标情况如下：")
    hdr2 = ["一级指标", "二级指标", "失分区（县、市）", "主要问题"]
    lost = [
        ["跨境贸易", "进口整体通关时间", "北仑区、镇海区", "查验后提离等待时间平均超过6小时"],
        ["跨境贸易", "进出口环节合规成本", "北仑区、镇海区", "港口收费目录清单未及时更新公示"],
        ["跨境贸易", "跨境电商监管便利度", "余姚市、慈溪市", "跨境电商出口退货通道尚未打通"],
        ["办理建筑许可", "审批时间", "奉化区、宁海县、象山县", "施工图审查与消防审验衔接不畅"],
        ["办理建筑许可", "水电气网联合报装", "余姚市、宁海县", "联合报装仍需分别提交材料"],
        ["获得信贷", "首贷获得率", "宁海县、奉化区", "“首贷户”拓展不足"],
        ["获得信贷", "信用信息共享", "象山县、宁海县、余姚市", "融资信用服务平台数据归集不完整"],
        ["执行合同", "解决商业纠纷用时", "海曙区、镇海区、象山县", "简单商事案件平均审理周期偏长"],
    ]
    data_table(doc, hdr2, lost, [28, 38, 42, 50],
               merges=[(0, 0, 2), (2, 0, 1), (0, 3, 4), (0, 5, 6)])
    clauses.extend(row_clauses(hdr2, lost))
    doc.add_paragraph()

    heading("四、工作要求")
    body("各区（县、市）要对照评价反馈的失分指标，逐项制定整改措施，明确责任领导、责任单位和完成时限，"
         "于2026年3月15日前将整改方案报送市优化营商环境领导小组办公室。",
         run_in="（一）压实整改责任。")
    body("市直各牵头单位要加强对区（县、市）的业务指导，对涉及跨部门、跨层级的问题，要主动牵头协调解决，"
         "确保附件所列整改任务按期完成。",
         run_in="（二）强化协同联动。")
    body("评价结果将纳入对各区（县、市）的年度综合考核。市优化营商环境领导小组办公室将于2026年6月、9月分两次组织整改情况“回头看”，"
         "对整改不力、排名连续下滑的区（县、市）予以约谈。",
         run_in="（三）注重结果运用。")
    body("联系人：市发展改革委营商环境处 周晓蕾，电话：0574-89186532。")
    doc.add_paragraph()
    para(doc, "附件：宁波市2025年度营商环境评价失分指标整改任务清单")
    doc.add_paragraph()
    doc.add_paragraph()
    para(doc, "宁波市优化营商环境领导小组办公室", indent=False, keep_spaces="　　　　　　　　　")
    para(doc, "2026年2月10日", indent=False, keep_spaces="　　　　　　　　　　　　　　　")
    para(doc, "（此件公开发布）")

    # 附件
    page_break(doc)
    para(doc, [("附件", HT, False)], indent=False)
    doc.add_paragraph()
    para(doc, [("宁波市2025年度营商环境评价失分指标整改任务清单", XBS, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=S2, line=Pt(36))
    doc.add_paragraph()
    hdr3 = ["序号", "指标", "问题", "整改措施", "牵头单位", "完成时限"]
    tasks = [
        ["1", "跨境贸易", "进口查验后提离等待时间偏长",
         "推行查验作业“预约+即查即放”，优化港区查验场地布局，实现查验后2小时内提离", "市商务局（市口岸办）", "2026年6月30日前"],
        ["2", "跨境贸易", "港口收费目录清单公示不规范",
         "全面梳理港口及口岸经营服务性收费，动态更新收费目录清单并在国际贸易“单一窗口”公示", "市发展改革委", "2026年4月30日前"],
        ["3", "跨境贸易", "跨境电商出口退货通道未打通",
         "在前湾综合保税区试点跨境电商出口退货“一站式”监管模式，推动海外仓回流货物便利通关", "市商务局（市口岸办）", "2026年9月30日前"],
        ["4", "开办企业", "银行开户预约仍需线下跑动",
         "将银行开户预约纳入企业开办“一件事”平台，实现营业执照与银行账户信息同步推送", "市市场监管局", "2026年5月31日前"],
        ["5", "办理建筑许可", "施工图审查与消防审验衔接不畅",
         "推行施工图联合审查，消防设计审查结果与验收标准一次性告知", "市住房城乡建设局", "2026年6月30日前"],
        ["6", "办理建筑许可", "水电气网联合报装仍需分别提交材料",
         "推行联合报装“一表申请、一窗受理”，实现材料一次提交、信息共享复用", "市住房城乡建设局", "2026年6月30日前"],
        ["7", "获得信贷", "“首贷户”拓展不足",
         "开展“首贷户”拓展专项行动，建立无贷户走访清单，全年新增首贷户不少于1.2万户", "中国人民银行宁波市分行", "2026年12月31日前"],
        ["8", "获得信贷", "信用信息数据归集不完整",
         "推动税务、社保、水电气等涉企信用信息接入市中小企业融资综合信用服务平台", "市发展改革委", "2026年8月31日前"],
        ["9", "执行合同", "简单商事案件审理周期偏长",
         "扩大小额诉讼程序和简易程序适用范围，推行商事纠纷在线诉讼和要素式审判", "市中级人民法院", "2026年12月31日前"],
        ["10", "政务服务", "办事材料反复提交",
         "推进电子证照“免证办”，对高频事项实行材料“一次提交、多次复用”", "市大数据局", "长期坚持"],
    ]
    data_table(doc, hdr3, tasks, [14, 22, 32, 50, 25, 22],
               merges=[(4, 4, 5), (5, 4, 5)], header_repeat=True, size=SX4)
    clauses.extend(row_clauses(hdr3, tasks))
    doc.add_paragraph()
    doc.add_paragraph()

    # 版记 as a layout table
    t = doc.add_table(rows=2, cols=1)
    set_layout_borders(t, top=True, bottom=True, inside_h=True)
    set_cell_text(t.cell(0, 0), "抄送：市委办公室，市人大常委会办公厅，市政协办公厅。", size=S4,
                  align=WD_ALIGN_PARAGRAPH.LEFT)
    set_cell_text(t.cell(1, 0), "宁波市优化营商环境领导小组办公室　　　2026年2月10日印发", size=S4,
                  align=WD_ALIGN_PARAGRAPH.LEFT)

    path = os.path.join(HERE, "blind481_ningbo_tongbao.docx")
    doc.save(path)
    meta = {
        "title": "宁波市优化营商环境领导小组办公室关于2025年度营商环境评价结果的通报",
        "doc_number": "甬营商办〔2026〕3号",
        "issuer": ["宁波市优化营商环境领导小组办公室"],
        "date": "2026-02-10",
        "published": None,
        "level": "municipal",
        "region": "宁波市",
        "effective": None,
        "expires": None,
        "attachments": ["宁波市2025年度营商环境评价失分指标整改任务清单"],
        "doc_type": "通报",
        "recipients": ["各区（县、市）人民政府", "前湾新区管委会", "高新区管委会", "市直各有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return path, [{"meta": meta, "clauses": clauses}]


# ====================================================================
# Document 2: 北仑区 印发整改工作方案的通知 (notice + 方案)
# ====================================================================
def make_beilun():
    doc = new_doc()
    c1, c2 = [], []

    p = para(doc, "宁波市北仑区人民政府办公室文件", align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, font=XBS, size=Pt(28), line=Pt(48))
    for r in p.runs:
        r.font.color.rgb = RED
    doc.add_paragraph()
    p = para(doc, "仑政办发〔2026〕9号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border_bottom(p)
    doc.add_paragraph()
    para(doc, [("宁波市北仑区人民政府办公室关于印发", XBS, False), ("\n", None, None),
               ("北仑区2025年度营商环境评价失分指标", XBS, False), ("\n", None, None),
               ("整改工作方案的通知", XBS, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=S2, line=Pt(36))
    doc.add_paragraph()
    para(doc, "各镇人民政府，各街道办事处，区政府各部门、各直属单位：", indent=False)

    def b1(text):
        para(doc, text)
        c1.append(text)

    b1("《北仑区2025年度营商环境评价失分指标整改工作方案》已经区政府同意，现印发给你们，请认真组织实施。")
    b1("各牵头单位要于每月25日前将整改进展情况报送区营商办（区发展和改革局），整改完成后及时提交佐证材料。")
    doc.add_paragraph()
    doc.add_paragraph()
    # 落款 via manual spaces
    para(doc, "宁波市北仑区人民政府办公室", indent=False, keep_spaces="　　　　　　　　　　　")
    para(doc, "2026年3月2日", indent=False, keep_spaces="　　　　　　　　　　　　　　")
    para(doc, "（此件公开发布）")

    page_break(doc)
    para(doc, [("北仑区2025年度营商环境评价失分指标", XBS, False), ("\n", None, None),
               ("整改工作方案", XBS, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=S2, line=Pt(36))
    doc.add_paragraph()

    def b2(text, run_in=None, run_font=KT):
        parts = []
        if run_in:
            # run-in heading split across several bold runs (as typed)
            half = len(run_in) // 2
            parts = [(run_in[:3], run_font, True), (run_in[3:half + 2], run_font, True),
                     (run_in[half + 2:], run_font, True)]
            parts = [x for x in parts if x[0]]
        parts.append((text, FS, False))
        para(doc, parts)
        c2.append((run_in or "") + text)

    def h(text, font=HT):
        para(doc, [(text, font, False)])

    b2("为全面落实《宁波市优化营商环境领导小组办公室关于2025年度营商环境评价结果的通报》（甬营商办〔2026〕3号）要求，"
       "切实补齐我区营商环境短板，巩固提升评价排名，结合北仑实际，制定本方案。")
    h("一、工作目标")
    b2("以失分指标整改为抓手，聚焦跨境贸易等重点领域，到2026年6月底，完成进口查验提离、港口收费公示等5项短板指标整改；"
       "到2026年底，全部失分指标实现整改销号，2026年度营商环境评价力争保持全市前三，跨境贸易指标进入全市第一档。")
    h("二、重点任务")
    h("（一）提升跨境贸易便利化水平", font=KT)
    b2("协调宁波海关、北仑海关在梅山、穿山港区推行查验“预约+即查即放”模式，增设查验平台2个，实现查验后2小时内提离。",
       run_in="1.压缩进口查验后提离时间。", run_font=FS)
    b2("会同宁波舟山港股份有限公司北仑第二集装箱码头分公司全面梳理码头作业、堆存、理货等收费项目，于2026年4月底前在国际贸易"
       "“单一窗口”完成收费目录清单更新公示，做到“清单之外无收费”。",
       run_in="2.规范港口收费公示。", run_font=FS)
    b2("依托宁波北仑港综合保税区和宁波梅山综合保税区，扩大保税维修、跨境电商“保税备货+直播”等新业态规模，"
       "全年综合保税区进出口额力争突破1200亿元。",
       run_in="3.深化综合保税区改革创新。", run_font=FS)
    b2("支持“甬新欧”中欧班列增开北仑始发线路，全年海铁联运集装箱量力争达到120万标箱。",
       run_in="4.推进中欧班列和海铁联运提质扩量。", run_font=FS)
    h("（二）优化工程建设项目审批", font=KT)
    b2("对一般工业项目全面实行“带方案出让”，“拿地即开工”项目占比提高到50%以上。",
       run_in="1.推行“拿地即开工”常态化。", run_font=FS)
    b2("推行规划、消防、人防等“多测合一”和联合验收，竣工联合验收时间压缩至5个工作日以内。",
       run_in="2.强化联合审验。", run_font=FS)
    b2("进一步深化“一网通办”和“高效办成一件事”改革，重点抓好以下工作：", run_in="（三）提升政务服务效能。")
    b2("组建区、镇（街道）两级帮办代办员队伍不少于80人，对重点项目实行专人全程帮办。",
       run_in="1.打造“帮办代办”专业队伍。", run_font=FS)
    b2("重点推动以下事项：", run_in="2.推进涉企事项“免证办”。", run_font=FS)
    b2("（1）企业登记、税务、社保等高频事项电子证照应用率达到90%以上；")
    b2("（2）工程建设领域审批材料实现“一次提交、多次复用”；")
    b2("（3）惠企政策实现“免申即享”事项不少于30项。")
    h("三、保障措施")
    b2("成立由区政府分管副区长任组长的失分指标整改工作专班，专班办公室设在区发展和改革局，负责统筹协调、督促推进整改工作。",
       run_in="（一）加强组织领导。")
    b2("对照《北仑区营商环境失分指标整改任务清单》，实行“一项一表、销号管理”，整改完成一项、验收一项、销号一项。",
       run_in="（二）实行清单管理。")
    b2("整改落实情况纳入年度目标管理考核，对工作推进不力、影响全区评价排名的单位，予以通报批评。",
       run_in="（三）严格督查考核。")
    b2("本方案自印发之日起实施，有效期至2026年12月31日。")
    doc.add_paragraph()
    para(doc, "附件：北仑区营商环境失分指标整改任务清单")

    page_break(doc)
    para(doc, [("附件", HT, False)], indent=False)
    para(doc, [("北仑区营商环境失分指标整改任务清单", XBS, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=S2, line=Pt(36))
    doc.add_paragraph()
    hdr = ["序号", "指标", "问题", "整改措施", "牵头单位", "完成时限"]
    rows = [
        ["1", "跨境贸易", "进口查验后提离等待时间偏长", "推行查验“预约+即查即放”，增设查验平台2个",
         "区商务局（区口岸办）", "2026年6月30日前"],
        ["2", "跨境贸易", "港口收费目录清单未及时更新公示", "梳理码头作业、堆存、理货等收费项目并在“单一窗口”公示",
         "区商务局（区口岸办）", "2026年4月30日前"],
        ["3", "跨境贸易", "跨境电商新业态规模偏小", "扩大综合保税区保税维修、“保税备货+直播”业务规模",
         "宁波保税区管委会", "2026年12月31日前"],
        ["4", "办理建筑许可", "“拿地即开工”项目占比偏低", "一般工业项目全面实行“带方案出让”",
         "区自然资源和规划分局", "2026年6月30日前"],
        ["5", "办理建筑许可", "竣工联合验收用时偏长", "推行“多测合一”和联合验收，时间压缩至5个工作日以内",
         "区住房和城乡建设局", "2026年9月30日前"],
        ["6", "政务服务", "帮办代办队伍专业化程度不高", "组建两级帮办代办员队伍不少于80人",
         "区政务服务办", "2026年5月31日前"],
        ["7", "政务服务", "办事材料反复提交", "推进电子证照“免证办”，“免申即享”事项不少于30项",
         "区大数据发展管理中心", "2026年底前"],
    ]
    data_table(doc, hdr, rows, [14, 22, 34, 48, 28, 22],
               merges=[(1, 0, 2), (4, 0, 1), (1, 3, 4), (1, 5, 6)], size=SX4)
    c2.extend(row_clauses(hdr, rows))
    doc.add_paragraph()

    # 版记 as bordered paragraphs
    p = para(doc, "抄送：区委办公室，区人大常委会办公室，区政协办公室。", indent=False, size=S4)
    ppr = p._p.get_or_add_pPr()
    bdr = parse_xml('<w:pBdr %s><w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/>'
                    '<w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>' % nsdecls("w"))
    ppr.append(bdr)
    p = para(doc, "宁波市北仑区人民政府办公室　　　　　　　　　2026年3月3日印发", indent=False, size=S4)
    border_bottom(p, color="000000", sz=8)

    path = os.path.join(HERE, "blind481_beilun_tongzhi.docx")
    doc.save(path)
    m1 = {
        "title": "宁波市北仑区人民政府办公室关于印发北仑区2025年度营商环境评价失分指标整改工作方案的通知",
        "doc_number": "仑政办发〔2026〕9号",
        "issuer": ["宁波市北仑区人民政府办公室"],
        "date": "2026-03-02",
        "published": None,
        "level": "county",
        "region": "宁波市北仑区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各镇人民政府", "各街道办事处", "区政府各部门", "各直属单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    m2 = {
        "title": "北仑区2025年度营商环境评价失分指标整改工作方案",
        "doc_number": None,
        "issuer": ["宁波市北仑区人民政府办公室"],
        "date": "2026-03-02",
        "published": None,
        "level": "county",
        "region": "宁波市北仑区",
        "effective": "2026-03-02",
        "expires": "2026-12-31",
        "attachments": ["北仑区营商环境失分指标整改任务清单"],
        "doc_type": "方案",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return path, [{"meta": m1, "clauses": c1}, {"meta": m2, "clauses": c2}]


# ====================================================================
# Document 3: 青岛 joint 通报, Word auto numbering, two 附件
# ====================================================================
CN = "一二三四五六七八九十"


def make_qingdao():
    doc = new_doc()
    clauses = []
    nid = add_numbering(doc, [("chineseCounting", "%1、", HT), ("chineseCounting", "（%2）", FS)])
    nid_tab = add_numbering(doc, [("decimal", "%1", "table")])

    # joint 版头 as a layout table with merged "文件"
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_layout_borders(t)
    for i, name in enumerate(["青岛市优化营商环境工作领导小组办公室", "青岛市发展和改革委员会"]):
        c = t.cell(i, 0)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        r = p.add_run(name)
        set_font(r, XBS, Pt(18), color=RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = m.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("文件")
    set_font(r, XBS, Pt(36), color=RED)
    set_col_widths(t, [124, 32])
    doc.add_paragraph()
    p = para(doc, "青营商办发〔2026〕4号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border_bottom(p, sz=18)
    doc.add_paragraph()
    para(doc, [("关于2025年度全市营商环境评价结果的通报", XBS, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=S2, line=Pt(36))
    doc.add_paragraph()
    para(doc, "各区、市人民政府，青岛西海岸新区管委，市政府各部门，各有关单位：", indent=False)

    counters = {"h": 0, "i": 0}

    def heading(text):
        p = para(doc, [(text, HT, False)])
        set_numpr(p, nid, 0)
        counters["h"] += 1
        counters["i"] = 0

    def item(run_in, text):
        p = para(doc, [(run_in, KT, True), (text, FS, False)])
        set_numpr(p, nid, 1)
        counters["i"] += 1
        clauses.append("（%s）%s%s" % (CN[counters["i"] - 1], run_in, text))

    def body(text):
        para(doc, text)
        clauses.append(text)

    body("为贯彻落实省委、省政府关于持续优化营商环境的部署要求，按照《青岛市营商环境评价办法（试行）》规定，"
         "市优化营商环境工作领导小组办公室会同市发展改革委，组织第三方机构对10个区（市）开展了2025年度营商环境评价。"
         "评价采取企业问卷调查、政务数据采集、实地核验和“营商环境体验官”暗访相结合的方式，共回收有效问卷5842份，"
         "核验政务数据12.6万条。现将评价结果通报如下：")
    rank = [
        ("崂山区", "88.12", "1", "↑1"),
        ("青岛西海岸新区", "87.64", "2", "↓1"),
        ("市南区", "86.95", "3", "—"),
        ("城阳区", "85.40", "4", "↑2"),
        ("市北区", "84.77", "5", "↓1"),
        ("胶州市", "84.03", "6", "↑3"),
        ("即墨区", "83.21", "7", "↓2"),
        ("李沧区", "82.56", "8", "↓1"),
        ("平度市", "80.38", "9", "↓1"),
        ("莱西市", "79.54", "10", "—"),
    ]
    avg_s = "%.2f" % (sum(float(r[1]) for r in rank) / len(rank))
    heading("评价结果")
    body("全市营商环境评价平均得分为%s分，较上年提高1.83分。崂山区、青岛西海岸新区、市南区位列前三名；"
         "城阳区、胶州市排名较上年分别上升2位、3位，进步较为明显。各区（市）得分及排名详见附件1。" % avg_s)
    doc.add_paragraph()
    heading("指标表现")
    item("跨境贸易指标整体领先。",
         "全市进口、出口整体通关时间分别压缩至28.9小时和0.9小时，青岛港集装箱平均在港停时压减12.4%；"
         "全年中欧班列（齐鲁号）青岛方向开行1023列，跨境电商进出口额增长21.3%。"
         "中国（山东）自由贸易试验区青岛片区在“跨境贸易”单项指标中得分位居全市第一。")
    item("开办企业和纳税指标保持稳定。",
         "企业开办实现“一网通办、一日办结”，平均用时0.5个工作日；全面数字化的电子发票推广覆盖率达到98.7%，"
         "办税缴费平均用时同比压减22%。")
    item("获得信贷和保护中小投资者指标仍有差距。",
         "全市“首贷户”占比较上年下降0.6个百分点，中小微企业贷款平均利率为4.12%，高于全省平均水平0.08个百分点；"
         "涉企行政执法“综合查一次”覆盖率仅为71.5%。")
    item("办理破产指标短板明显。",
         "企业破产案件平均审理周期为342天，破产财产处置线上拍卖率不足60%，部分区（市）府院联动机制运行不够顺畅。")
    doc.add_paragraph()
    heading("失分指标情况")
    body("经汇总分析，本年度共有9个二级指标在1个以上区（市）失分，具体如下：")
    hdr = ["指标领域", "失分指标", "涉及区（市）", "扣分（分）"]
    lost = [
        ["获得信贷", "首贷户占比", "平度市、莱西市", "1.50"],
        ["获得信贷", "中小微企业贷款利率", "平度市、莱西市", "1.20"],
        ["获得信贷", "政府性融资担保覆盖面", "即墨区", "0.80"],
        ["保护中小投资者", "涉企行政执法“综合查一次”", "李沧区、市北区", "1.10"],
        ["保护中小投资者", "企业信息披露便利度", "市北区", "0.60"],
        ["办理破产", "破产案件审理周期", "平度市、胶州市、即墨区", "1.40"],
        ["办理破产", "破产财产线上处置率", "平度市、胶州市、即墨区", "0.90"],
        ["办理破产", "府院联动机制", "莱西市、城阳区", "0.70"],
        ["跨境贸易", "进出口环节合规成本", "李沧区", "0.50"],
    ]
    data_table(doc, hdr, lost, [32, 50, 48, 26],
               merges=[(0, 0, 2), (2, 0, 1), (0, 3, 4), (0, 5, 7), (2, 5, 6)])
    clauses.extend(row_clauses(hdr, lost))
    doc.add_paragraph()
    heading("有关要求")
    item("抓紧制定整改方案。",
         "各区（市）要对照失分指标和附件2所列整改任务，于2026年3月31日前制定整改方案，报市优化营商环境工作领导小组办公室备案。")
    item("加强整改调度。",
         "市优化营商环境工作领导小组办公室将建立整改任务月调度机制，对整改进度滞后的单位进行督办，每季度通报一次整改进展。")
    item("强化考核运用。",
         "评价结果纳入2026年度全市高质量发展综合绩效考核，排名后两位的区（市）要向市政府作出书面说明。")
    doc.add_paragraph()
    p = para(doc, "附件：1．2025年度各区（市）营商环境评价得分及排名")
    para(doc, "　　　　　2．2025年度营商环境失分指标整改任务清单")
    doc.add_paragraph()
    doc.add_paragraph()
    # 落款: joint, two organs side by side in a layout table, date below (Chinese numerals)
    t = doc.add_table(rows=2, cols=2)
    set_layout_borders(t)
    set_cell_text(t.cell(0, 0), "青岛市优化营商环境工作领导小组办公室", size=S3)
    set_cell_text(t.cell(0, 1), "青岛市发展和改革委员会", size=S3)
    set_cell_text(t.cell(1, 1), "二〇二六年三月六日", size=S3)
    set_col_widths(t, [90, 66])
    para(doc, "（此件公开发布）")

    # 附件1
    page_break(doc)
    para(doc, [("附件1", HT, False)], indent=False)
    doc.add_paragraph()
    para(doc, [("2025年度各区（市）营商环境评价得分及排名", XBS, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=S2, line=Pt(36))
    doc.add_paragraph()
    hdr1 = ["区（市）", "总分", "排名", "较上年变化"]
    data_table(doc, hdr1, [list(r) for r in rank], [50, 35, 30, 40], size=S4)
    clauses_att1 = row_clauses(hdr1, [list(r) for r in rank])

    # 附件2
    page_break(doc)
    para(doc, [("附件2", HT, False)], indent=False)
    doc.add_paragraph()
    para(doc, [("2025年度营商环境失分指标整改任务清单", XBS, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=S2, line=Pt(36))
    doc.add_paragraph()
    hdr2 = ["序号", "指标", "问题", "整改措施", "牵头单位", "完成时限"]
    tasks = [
        ["1", "获得信贷", "首贷户占比下降", "开展“首贷破冰”专项行动，建立首贷培植库，年内新增首贷户不少于8000户",
         "市地方金融管理局", "2026年12月底前"],
        ["2", "获得信贷", "中小微企业贷款利率偏高", "扩大“政银担”合作规模，引导银行机构降低小微企业贷款利率",
         "市地方金融管理局", "2026年12月底前"],
        ["3", "获得信贷", "政府性融资担保覆盖面不足", "推动区（市）政府性融资担保机构全覆盖，平均担保费率降至1%以下",
         "市财政局", "2026年9月底前"],
        ["4", "保护中小投资者", "涉企行政执法“综合查一次”覆盖率偏低",
         "推行跨部门联合检查“一张清单”，“综合查一次”覆盖率提高到90%以上", "市司法局", "2026年6月底前"],
        ["5", "保护中小投资者", "企业信息披露便利度不高", "依托“信用青岛”平台归集公示涉企信息",
         "市发展改革委", "2026年6月底前"],
        ["6", "办理破产", "破产案件审理周期偏长", "推行破产案件繁简分流，简易破产案件审理周期压缩至6个月以内",
         "市中级人民法院", "长期坚持"],
        ["7", "办理破产", "破产财产线上处置率不足", "破产财产处置全面接入网络司法拍卖平台",
         "市中级人民法院", "2026年9月底前"],
        ["8", "办理破产", "府院联动机制运行不畅", "完善企业破产处置府院联动联席会议制度，每半年至少召开1次联席会议",
         "市中级人民法院、市发展改革委", "长期坚持"],
        ["9", "跨境贸易", "进出口环节合规成本偏高", "规范口岸收费，推动青岛港集装箱码头作业收费清单化公示",
         "市商务局（市口岸办）", "2026年5月底前"],
    ]
    data_table(doc, hdr2, tasks, [14, 24, 32, 48, 26, 22],
               merges=[(1, 0, 2), (4, 0, 1), (5, 0, 1), (1, 3, 4), (1, 5, 7), (4, 5, 6)],
               header_repeat=True, auto_num_col=0, num_id=nid_tab, size=SX4)
    clauses_att2 = row_clauses(hdr2, tasks)
    clauses.extend(clauses_att1)
    clauses.extend(clauses_att2)
    doc.add_paragraph()

    p = para(doc, "抄送：市委办公厅，市人大常委会办公厅，市政协办公厅，市纪委监委。", indent=False, size=S4)
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml('<w:pBdr %s><w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/>'
                         '<w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>' % nsdecls("w")))
    p = para(doc, "青岛市优化营商环境工作领导小组办公室　　　　2026年3月6日印发", indent=False, size=S4)
    border_bottom(p, color="000000", sz=8)

    path = os.path.join(HERE, "blind481_qingdao_tongbao.docx")
    doc.save(path)
    meta = {
        "title": "关于2025年度全市营商环境评价结果的通报",
        "doc_number": "青营商办发〔2026〕4号",
        "issuer": ["青岛市优化营商环境工作领导小组办公室", "青岛市发展和改革委员会"],
        "date": "2026-03-06",
        "published": None,
        "level": "municipal",
        "region": "青岛市",
        "effective": None,
        "expires": None,
        "attachments": ["2025年度各区（市）营商环境评价得分及排名", "2025年度营商环境失分指标整改任务清单"],
        "doc_type": "通报",
        "recipients": ["各区、市人民政府", "青岛西海岸新区管委", "市政府各部门", "各有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return path, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for fn in (make_ningbo, make_beilun, make_qingdao):
        path, objs = fn()
        convert(path)
        expected[os.path.splitext(os.path.basename(path))[0]] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
