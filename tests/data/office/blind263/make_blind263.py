# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 263 blind test documents: 自贸试验区制度创新 / 最佳实践案例 / 简报 / 复制推广清单.

Writes next to itself:
  blind263_shangwubu_anli.docx/.pdf   商务部办公厅 印发第六批最佳实践案例的通知（信函格式，附件6个案例）
  blind263_guangxi_tongbao.docx/.pdf  自治区自贸办 制度创新成果评估情况通报（附件为评估结果表）
  blind263_qinzhougang_jianbao.docx/.pdf 钦州港片区 工作简报 第12期
  blind263_nanning_qingdan.docx/.pdf  南宁市政府办公室 复制推广通知（横向附件清单表）
  expected.json
Run:  . /work/venv/bin/activate && python make_blind263.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

EXPECTED = {}


# --------------------------------------------------------------------------- helpers
def set_font(run, name, size, bold=False, color=None):
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


def add_field(paragraph, instr, font, size):
    def r():
        run = paragraph.add_run()
        set_font(run, font, size)
        return run
    run = r()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); run._element.append(fc)
    run = r()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr
    run._element.append(it)
    run = r()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); run._element.append(fc)
    run = r(); run.text = "1"
    run = r()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); run._element.append(fc)


def setup_footer(section):
    """— N — page numbers: odd pages right, even pages left (GB/T 9704)."""
    for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                          (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        p.alignment = align
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            p.paragraph_format.right_indent = Pt(14)
        else:
            p.paragraph_format.left_indent = Pt(14)
        run = p.add_run("— ")
        set_font(run, SONG, 14)
        add_field(p, "PAGE", SONG, 14)
        run = p.add_run(" —")
        set_font(run, SONG, 14)


def portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.top_margin = Mm(37)
    section.bottom_margin = Mm(35)
    section.left_margin = Mm(28)
    section.right_margin = Mm(26)
    section.footer_distance = Mm(25)


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Mm(297)
    section.page_height = Mm(210)
    section.top_margin = Mm(28)
    section.bottom_margin = Mm(26)
    section.left_margin = Mm(37)
    section.right_margin = Mm(35)
    section.footer_distance = Mm(15)


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.space_after = Pt(0)
    portrait(d.sections[0])
    d.settings.odd_and_even_pages_header_footer = True
    setup_footer(d.sections[0])
    return d


def para(d, runs, align=None, indent=2, size=16, spacing=28, left=None, right=None,
         before=0, after=0, keep=False):
    """runs: list of (text, font, bold[, color]); text '\\n' inside a run -> soft line break."""
    p = d.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(spacing)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * indent)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if align is not None:
        p.alignment = align
    if keep:
        pf.keep_with_next = True
    for r in runs:
        text, font, bold = r[0], r[1], r[2]
        color = r[3] if len(r) > 3 else None
        rsize = r[4] if len(r) > 4 else size
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                br = p.add_run()
                br.add_break()
                set_font(br, font, rsize, bold, color)
            if part:
                run = p.add_run(part)
                set_font(run, font, rsize, bold, color)
    return p


def blank(d, spacing=28):
    return para(d, [("", FS, False)], indent=0, spacing=spacing)


def border(p, side, sz=8, color="000000", val="single", space=1):
    ppr = p._element.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement("w:%s" % side)
    e.set(qn("w:val"), val)
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    bdr.append(e)


def page_break(d):
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


class Doc:
    """A document plus its answer-key clauses."""

    def __init__(self):
        self.d = new_doc()
        self.clauses = []
        self.specific = {}
        self.size = 16
        self.spacing = 28

    def add(self, text, places=None):
        self.clauses.append(text)
        if places:
            key = text[:24]
            self.specific[key] = places

    # body paragraph = one clause
    def body(self, text, places=None, font=FS):
        para(self.d, [(text, font, False)], size=self.size, spacing=self.spacing)
        self.add(text, places)

    # run-in heading paragraph (bold/黑体 lead + text) = one clause
    def runin(self, lead, text, places=None, lead_font=HT, lead_bold=False):
        para(self.d, [(lead, lead_font, lead_bold), (text, FS, False)], size=self.size,
             spacing=self.spacing)
        self.add(lead + text, places)

    def heading(self, text, font=HT, bold=False):
        para(self.d, [(text, font, bold)], size=self.size, spacing=self.spacing, keep=True)


def red_masthead(d, lines, size, spacing=None):
    for ln in lines:
        para(d, [(ln, XBS, False, RED, size)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=0,
             size=size, spacing=spacing or size + 8)


def doc_number_rule(d, number):
    blank(d)
    p = para(d, [(number, FS, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    border(p, "bottom", sz=18, color="FF0000", space=8)
    blank(d)


def title(d, text, size=22, spacing=35):
    para(d, [(text, XBS, False, None, size)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=0,
         size=size, spacing=spacing)
    blank(d)


def mainsend(d, text):
    para(d, [(text, FS, False)], indent=0)


def signature(d, organ, date, soft=False, right_chars=4):
    blank(d)
    blank(d)
    if soft:
        p = para(d, [(organ + "\n" + date, FS, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
                 indent=0, right=16 * right_chars)
    else:
        para(d, [(organ, FS, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0,
             right=16 * (right_chars + 1))
        para(d, [(date, FS, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0,
             right=16 * right_chars)


def banji(d, chaosong, organ, date, width_mm=156, blanks=2):
    """版记: 抄送 + 印发机关/印发日期 between black rules."""
    for _ in range(blanks):
        blank(d)
    p = para(d, [(chaosong, FS, False, None, 14)], indent=0, size=14, left=14, right=14)
    border(p, "top", sz=8, space=4)
    border(p, "bottom", sz=4, space=4)
    p = d.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(28)
    pf.left_indent = Pt(14)
    pf.right_indent = Pt(14)
    pf.tab_stops.add_tab_stop(Mm(width_mm) - Pt(28), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(organ)
    set_font(r, FS, 14)
    r = p.add_run("\t" + date)
    set_font(r, FS, 14)
    border(p, "bottom", sz=8, space=4)


def set_cell(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(size + 6)
    r = p.add_run(text)
    set_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_col_widths(table, widths_mm):
    table.autofit = False
    tbl = table._tbl
    tblpr = tbl.tblPr
    tblw = tblpr.find(qn("w:tblW"))
    if tblw is None:
        tblw = OxmlElement("w:tblW")
        tblpr.append(tblw)
    tblw.set(qn("w:type"), "dxa")
    tblw.set(qn("w:w"), str(int(sum(widths_mm) * 1440 / 25.4)))
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)
    for gc, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 1440 / 25.4)))
    for tr in tbl.findall(qn("w:tr")):
        for tc, w in zip(tr.findall(qn("w:tc")), widths_mm):
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = OxmlElement("w:tcW")
                tcpr.insert(0, tcw)
            tcw.set(qn("w:type"), "dxa")
            tcw.set(qn("w:w"), str(int(w * 1440 / 25.4)))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trpr.append(e)


def numbered_list(d, items, num_id, size=16, spacing=28):
    """Word automatic numbering 1. 2. 3. (label not in the text runs)."""
    numbering = d.part.numbering_part.element
    absid = str(num_id)
    absxml = (
        '<w:abstractNum %s w:abstractNumId="%s"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="%d"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), absid, size * 40, FS, FS, FS, size * 2))
    abstract = parse_xml(absxml)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = parse_xml('<w:num %s w:numId="%s"><w:abstractNumId w:val="%s"/></w:num>'
                    % (nsdecls("w"), num_id, absid))
    numbering.append(num)
    for text in items:
        p = para(d, [(text, FS, False)], indent=0, size=size, spacing=spacing)
        ppr = p._element.get_or_add_pPr()
        numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%s"/></w:numPr>'
                          % (nsdecls("w"), num_id))
        ppr.insert(0, numpr)
        p.paragraph_format.first_line_indent = Pt(size * 2)


def save(doc, stem, meta):
    path = os.path.join(HERE, stem + ".docx")
    doc.d.save(path)
    EXPECTED[stem] = [{
        "meta": meta,
        "clauses": doc.clauses,
        "applies_to": {"specific": doc.specific},
    }]
    return path


# --------------------------------------------------------------------------- 1 商务部办公厅 通知 + 案例
def make_shangwubu():
    D = Doc()
    d = D.d
    # 信函格式版头：机关名称 + 红色双线 + 文号居右
    blank(d)
    red_masthead(d, ["商务部办公厅"], 42, 56)
    p = para(d, [("", FS, False)], indent=0, spacing=12)
    border(p, "bottom", sz=24, color="FF0000", val="thickThinSmallGap", space=1)
    para(d, [("商办自贸函〔2025〕214号", FS, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0,
         right=16, before=6)
    blank(d)
    title(d, "商务部办公厅关于印发自由贸易试验区\n第六批最佳实践案例的通知")
    mainsend(d, "各自由贸易试验区所在省（自治区、直辖市）商务主管部门：")
    D.body("为深入实施自由贸易试验区提升战略，及时总结推广各地改革创新经验，国务院自由贸易试验区工作部际联席会议办公室组织开展了自由贸易试验区第六批最佳实践案例遴选工作。经各地推荐、专家评审和有关部门会商，确定“海铁联运‘一单制’全程提单改革”等6个案例为第六批最佳实践案例，现印发给你们，并就有关事项通知如下：")
    D.runin("一、加强学习借鉴。", "各地要将最佳实践案例作为推进自由贸易试验区高质量发展的重要参考，组织有关部门和自由贸易试验区各片区结合本地产业基础和开放需求深入学习、对标借鉴，避免简单照搬照抄。")
    D.runin("二、推动复制推广。", "对具备条件的改革举措，各地要制定复制推广工作方案，明确责任单位和时间节点，原则上于2026年6月底前在本省（自治区、直辖市）范围内完成复制推广；涉及调整法律、行政法规和国务院文件规定的，按程序报批后实施。")
    D.runin("三、及时总结反馈。", "各地要跟踪评估复制推广成效，梳理复制推广中遇到的困难和问题，于2026年7月15日前将有关情况书面报送商务部（自贸区港建设协调司）。")
    blank(d)
    para(d, [("附件：自由贸易试验区第六批最佳实践案例", FS, False)])
    signature(d, "商务部办公厅", "2025年9月26日")
    blank(d)
    para(d, [("（此件公开发布）", FS, False)])
    page_break(d)

    # ---- 附件
    para(d, [("附件", HT, False)], indent=0)
    blank(d)
    title(d, "自由贸易试验区第六批最佳实践案例")
    # 附件正文用四号字、固定行距22磅
    D.size, D.spacing = 14, 22
    S, L = D.size, D.spacing

    def case_head(lines, source):
        for k, ln in enumerate(lines):
            para(d, [(ln, HT, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, keep=True,
                 size=S, spacing=L, before=10 if k == 0 else 0)
        para(d, [(source, KT, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, keep=True,
             size=S, spacing=L)

    # 案例一：标准四段式 + 1.2.3.
    case_head(["案例一", "海铁联运“一单制”全程提单改革"], "（中国（广西）自由贸易试验区钦州港片区）")
    D.heading("一、基本情况")
    D.body("西部陆海新通道海铁联运业务增长较快，但铁路运单不具备物权凭证属性，货物在铁路段和海运段需分别办理单证，存在换单环节多、结算周期长、企业融资难等问题。钦州港片区联合铁路、港口、船公司和金融机构，推出海铁联运“一单制”全程提单，实现“一次委托、一口报价、一单到底、一票结算”。")
    D.heading("二、主要做法")
    D.body("1.统一单证规则。制定海铁联运全程提单格式和签发规则，明确多式联运经营人作为全程承运人的责任边界，全程提单可在铁路段和海运段连续流转。")
    D.body("2.赋予金融属性。联合6家银行推出全程提单质押融资产品，将全程提单纳入货权凭证管理，企业凭提单即可办理押汇、贷款等业务。")
    D.body("3.打通数据链条。依托国际贸易“单一窗口”建设海铁联运信息平台，铁路、港口、海关、船公司数据实时交互，提单签发、流转、核销全程线上办理。")
    D.heading("三、实践效果")
    D.body("截至2025年6月，累计签发海铁联运全程提单1.2万票，涉及货值86亿元；企业单证办理时间由3天压缩至4小时，压缩时间约94%；企业通过提单质押获得融资23亿元，节约物流和资金成本约1200万元。")
    D.heading("四、下一步工作")
    D.body("钦州港片区将推动全程提单在西部陆海新通道沿线省份扩大应用，探索与东盟国家港口开展电子提单互认，进一步提升通道运行效率。")

    # 案例二：标题同行；主要做法/实践效果 run-in
    case_head(["案例二　跨境电商出口海外仓“离境即退税”便利化"], "（中国（广东）自由贸易试验区广州南沙新区片区）")
    D.runin("主要做法：", "南沙片区会同海关、税务部门，对以跨境电商出口海外仓模式（9810）出口的货物，依托电子口岸实时推送出口报关单数据，企业在货物实际离境后即可申报出口退税，税务部门实行“容缺受理、先退后核”；同时建立海外仓企业信用分级管理机制，对信用等级高的企业简化单证备案要求。", lead_font=FS, lead_bold=True)
    D.runin("实践效果：", "试点企业出口退税平均办理时间由15个工作日压缩至3个工作日，压缩时间80%；2024年累计办理退税28.6亿元，惠及跨境电商企业430余家，企业资金周转效率提升近1倍。", lead_font=FS, lead_bold=True)
    D.runin("下一步：", "将该做法拓展至市场采购贸易方式出口，并推动与主要海外仓所在国开展海关数据交换。", lead_font=FS, lead_bold=True)

    # 案例三：（一）（二）（三）+ 软回车分隔的 1.2.3.
    case_head(["案例三　“中欧班列+跨境电商”集拼分拨监管新模式"], "（中国（河南）自由贸易试验区郑州片区）")
    D.heading("一、主要做法")
    D.runin("（一）推行集拼分拨一体化监管。", "在郑州经开综合保税区设立中欧班列集拼分拨中心，对不同企业、不同贸易方式的货物实行“分送集报、拼箱出运”，海关依托智能卡口实施全程电子监管。", lead_font=KT)
    D.runin("（二）创新“班列+保税”运作模式。", "允许回程班列运抵的保税货物在分拨中心内开展简单加工、分装和贴标，再根据订单分拨至国内各地或转运至中亚、欧洲。", lead_font=KT)
    D.runin("（三）实施“一次申报、分批出区”。", "企业对同一批次集拼货物可一次申报、分批提离，海关按实际出区数量核销，减少企业重复申报。", lead_font=KT)
    D.heading("二、实践效果")
    items = ["1.通关效率明显提升。集拼货物平均通关时间由2天缩短至6小时。",
             "2.物流成本持续下降。拼箱率由65%提高到92%，单箱运输成本下降约18%，每年为企业节约物流成本1200万元。",
             "3.带动效应逐步显现。分拨中心已吸引47家跨境电商和物流企业入驻，2024年集拼分拨货值达53亿元。"]
    para(d, [("\n".join(items), FS, False)], size=S, spacing=L)  # one Word paragraph, soft line breaks
    for it in items:
        D.add(it)
    D.heading("三、下一步工作")
    D.body("郑州片区将推动集拼分拨模式向中欧班列沿线其他节点城市延伸，探索与阿拉木图、马拉舍维奇等境外节点开展监管互认。")

    # 案例四：Word 自动编号 1. 2. 3.
    case_head(["案例四", "外籍人才工作许可和居留许可“一窗受理、并联审批”"], "（中国（广东）自由贸易试验区深圳前海蛇口片区）")
    D.heading("一、基本情况")
    D.body("外籍人才来华工作需分别向科技、公安部门申请工作许可和居留许可，材料重复提交、办理周期较长。前海蛇口片区推动两项许可“一窗受理、并联审批”，为外籍人才提供便利化服务。")
    D.heading("二、主要做法")
    auto = ["建立联合受理窗口。在前海国际人才服务中心设立综合窗口，统一受理工作许可和居留许可申请，实行“一表申请、一套材料”。",
            "推行并联审批。科技、公安部门通过数据共享平台同步审核，审核结果互认，不再要求申请人重复提交护照、学历证明等材料。",
            "实行证件同步送达。两项许可审批完成后，由综合窗口统一发证，申请人可选择邮寄送达。"]
    numbered_list(d, auto, 263, size=S, spacing=L)
    for i, it in enumerate(auto, 1):
        D.add("%d.%s" % (i, it))
    D.heading("三、实践效果")
    D.body("两项许可办理时限由原来的20个工作日压缩至7个工作日，压缩时间65%，申请材料精简40%。2024年累计为1860名外籍人才办理许可，用人单位满意度达99%。")

    # 案例五：一、主要做法。run-in
    case_head(["案例五　RCEP原产地证书“智能审核+自助打印”"], "（中国（湖南）自由贸易试验区长沙片区）")
    D.runin("一、主要做法。", "长沙片区联合长沙海关、市贸促会上线原产地证书智能审核系统，对RCEP项下原产地证书申请实行“系统自动审核、企业自助打印”，企业足不出户即可取得证书；同时建立原产地规则“一对一”辅导机制，帮助企业用足用好关税减让政策。")
    D.runin("二、实践效果。", "原产地证书签发时间由1个工作日缩短至最快3分钟，2024年片区企业累计申领RCEP原产地证书1.3万份，享受进口国关税减让约2.1亿元。")
    D.runin("三、下一步。", "推动智能审核系统覆盖中国—东盟等其他自由贸易协定项下原产地证书，并向省内其他片区推广。")

    # 案例六：黑体 run-in 三段
    case_head(["案例六　境外工程项目“保险+信贷”联动金融服务"], "（中国（四川）自由贸易试验区成都天府新区片区）")
    D.runin("基本情况：", "共建“一带一路”国家境外工程项目投资规模大、回收周期长，承包企业普遍面临融资难、风险保障不足等问题。成都天府新区片区推动政策性保险机构与商业银行合作，创新境外工程项目“保险+信贷”联动金融服务。", lead_font=HT)
    D.runin("主要做法：", "由出口信用保险机构为境外工程项目提供政治风险和商业风险保障，商业银行以保单项下权益作为增信措施发放项目贷款，并对承保项目开辟审批绿色通道，保险和信贷审批同步开展、结果互认。", lead_font=HT)
    D.runin("实践效果：", "累计支持企业承揽共建“一带一路”国家工程项目21个，合同金额达37亿美元；项目融资审批时间平均缩短45%，企业综合融资成本下降约0.8个百分点。", lead_font=HT)

    banji(d, "抄送：国务院自由贸易试验区工作部际联席会议各成员单位。", "商务部办公厅", "2025年9月28日印发", blanks=1)

    meta = {
        "title": "商务部办公厅关于印发自由贸易试验区第六批最佳实践案例的通知",
        "doc_number": "商办自贸函〔2025〕214号",
        "issuer": ["商务部办公厅"],
        "date": "2025-09-26",
        "published": "2025-09-28",
        "level": "national",
        "region": "全国",
        "effective": None,
        "expires": None,
        "attachments": ["自由贸易试验区第六批最佳实践案例"],
        "doc_type": "通知",
        "recipients": ["各自由贸易试验区所在省（自治区、直辖市）商务主管部门"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return save(D, "blind263_shangwubu_anli", meta)


# --------------------------------------------------------------------------- 2 自治区自贸办 通报
def make_guangxi():
    D = Doc()
    d = D.d
    red_masthead(d, ["广西壮族自治区自由贸易试验区", "工作办公室文件"], 30, 40)
    doc_number_rule(d, "桂自贸办发〔2025〕7号")
    title(d, "关于2024年度中国（广西）自由贸易试验区\n制度创新成果评估情况的通报")
    mainsend(d, "南宁市、钦州市、崇左市人民政府，自治区有关部门，中国（广西）自由贸易试验区各片区管委会：")
    D.body("为深入实施自由贸易试验区提升战略，激励各片区和有关单位大胆试、大胆闯、自主改，根据《中国（广西）自由贸易试验区制度创新成果评估办法（试行）》，自治区自贸办委托第三方机构，对2024年度各片区和自治区有关部门申报的制度创新成果进行了评估。现将评估情况通报如下：")
    D.heading("一、总体情况")
    D.body("2024年度共申报制度创新成果78项，其中投资自由化便利化领域19项、贸易便利化领域24项、金融开放创新领域13项、面向东盟的开放合作领域15项、政府职能转变领域7项。经形式审查、专家评审、实地核验和综合评议，评定“优秀”等次成果5项、“良好”等次成果7项、“合格”等次成果41项，其余25项因创新性不足或尚未形成实际成效，未予评定等次。“优秀”“良好”等次成果名单见附件。")
    D.body("从申报主体看，南宁片区申报28项、钦州港片区申报26项、崇左片区申报14项、自治区有关部门申报10项；从评估结果看，钦州港片区获评“优秀”等次成果3项，数量居各片区首位。")
    D.heading("二、通报表扬")
    D.body("对“西部陆海新通道海铁联运全程提单”“跨境人民币结算‘白名单’便利化”“中越跨境劳务合作一站式服务”等5项获评“优秀”等次成果的申报单位予以通报表扬。")
    D.body("钦州港片区坚持以制度创新引领通道建设，围绕港航物流、跨境贸易等领域形成一批首创性成果，2024年度申报成果获评等次率达到61.5%，工作成效突出，予以通报表扬。")
    D.heading("三、存在的问题")
    D.runin("（一）首创性成果偏少。", "部分成果属于对其他自由贸易试验区已有做法的简单借鉴，系统集成和首创性不足，能够在全国层面复制推广的成果较少。", lead_font=KT)
    D.runin("（二）成效总结不够充分。", "部分申报材料对改革前后的时间、成本等指标缺乏量化比较，实践效果论证不充分。", lead_font=KT)
    D.runin("（三）片区之间发展不平衡。", "崇左片区申报成果中获评“良好”以上等次的仅1项，在跨境劳务合作、边民互市贸易落地加工等特色领域的创新潜力尚未充分释放。", lead_font=KT)
    D.heading("四、下一步工作要求")
    D.runin("（一）持续加大首创性探索力度。", "各片区要聚焦面向东盟的开放合作，围绕跨境贸易、跨境金融、跨境物流等重点领域，每年至少形成2项具有首创性的制度创新成果。", lead_font=KT)
    D.runin("（二）发挥重点片区引领作用。", "南宁片区、钦州港片区要分别牵头开展跨境金融服务和港航物流领域的集成式改革，于2025年10月底前各形成1项集成创新成果报自治区自贸办。",
            places=["南宁片区", "钦州港片区"], lead_font=KT)
    D.runin("（三）抓好问题整改。", "崇左片区要针对本次评估发现的问题，于2025年6月30日前制定制度创新专项提升方案，报自治区自贸办备案，并在下一年度评估中单独报告整改情况。",
            places=["崇左片区"], lead_font=KT)
    D.runin("（四）加强成果复制推广。", "自治区有关部门要对获评“优秀”“良好”等次的成果开展跟踪评估，具备条件的按程序提请自治区人民政府在全区复制推广。", lead_font=KT)
    blank(d)
    para(d, [("附件：2024年度中国（广西）自由贸易试验区制度创新成果评估“优秀”“良好”等次名单", FS, False)],
         left=None)
    signature(d, "广西壮族自治区自由贸易试验区工作办公室", "2025年4月18日", soft=True, right_chars=2)
    blank(d)
    para(d, [("（此件公开发布）", FS, False)])
    page_break(d)

    para(d, [("附件", HT, False)], indent=0)
    blank(d)
    title(d, "2024年度中国（广西）自由贸易试验区\n制度创新成果评估“优秀”“良好”等次名单", size=18, spacing=30)
    rows = [
        ("1", "西部陆海新通道海铁联运全程提单", "钦州港片区管委会", "优秀"),
        ("2", "跨境人民币结算“白名单”便利化", "南宁片区管委会、中国人民银行广西壮族自治区分行", "优秀"),
        ("3", "中越跨境劳务合作一站式服务", "崇左片区管委会", "优秀"),
        ("4", "国际航行船舶“船边直提、抵港直装”协同监管", "钦州港片区管委会、钦州海关", "优秀"),
        ("5", "集装箱进出口“智慧口岸”无感通关", "钦州港片区管委会", "优秀"),
        ("6", "面向东盟的跨境数据流动“白名单”服务", "南宁片区管委会", "良好"),
        ("7", "外商投资企业“跨境通办”登记", "南宁片区管委会、自治区市场监管局", "良好"),
        ("8", "保税船舶燃料油“一船多供”加注模式", "钦州港片区管委会", "良好"),
        ("9", "进口东盟水果“预检疫+即查即放”", "南宁海关", "良好"),
        ("10", "工程建设项目“拿地即开工”审批改革", "南宁片区管委会", "良好"),
        ("11", "港口危险货物作业“智能监管”模式", "钦州港片区管委会", "良好"),
        ("12", "跨境电商B2B出口“一站式”综合服务", "自治区商务厅", "良好"),
    ]
    hdr = ("序号", "成果名称", "申报单位", "评估等次")
    t = d.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 12)
    repeat_header(t.rows[0])
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row):
            if c == 3 and r not in (1, 6):
                continue
            set_cell(t.cell(r, c), v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if c in (1, 2) else WD_ALIGN_PARAGRAPH.CENTER)
        D.add("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    t.cell(1, 3).merge(t.cell(5, 3))
    t.cell(6, 3).merge(t.cell(12, 3))
    set_col_widths(t, [14, 66, 54, 22])

    banji(d, "抄送：自治区党委办公厅，自治区人民政府办公厅，自治区商务厅。",
          "广西壮族自治区自由贸易试验区工作办公室", "2025年4月21日印发")

    meta = {
        "title": "关于2024年度中国（广西）自由贸易试验区制度创新成果评估情况的通报",
        "doc_number": "桂自贸办发〔2025〕7号",
        "issuer": ["广西壮族自治区自由贸易试验区工作办公室"],
        "date": "2025-04-18",
        "published": "2025-04-21",
        "level": "provincial",
        "region": "广西壮族自治区",
        "effective": None,
        "expires": None,
        "attachments": ["2024年度中国（广西）自由贸易试验区制度创新成果评估“优秀”“良好”等次名单"],
        "doc_type": "通报",
        "recipients": ["南宁市人民政府", "钦州市人民政府", "崇左市人民政府", "自治区有关部门",
                       "中国（广西）自由贸易试验区各片区管委会"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return save(D, "blind263_guangxi_tongbao", meta)


# --------------------------------------------------------------------------- 3 片区 工作简报
def make_jianbao():
    D = Doc()
    d = D.d
    para(d, [("内部资料　注意保存", HT, False, None, 14)], indent=0, size=14)
    blank(d)
    para(d, [("中国（广西）自由贸易试验区", XBS, False, RED, 26)], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=0, size=26, spacing=36)
    para(d, [("钦州港片区工作简报", XBS, False, RED, 40)], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=0, size=40, spacing=54)
    blank(d)
    para(d, [("第12期", FS, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    blank(d)
    p = d.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(28)
    pf.tab_stops.add_tab_stop(Mm(156), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run("钦州港片区管理委员会办公室编")
    set_font(r, FS, 16)
    r = p.add_run("\t2025年7月15日")
    set_font(r, FS, 16)
    border(p, "bottom", sz=18, color="FF0000", space=6)
    blank(d)

    # 编者按：单格边框表
    ed = "编者按："
    ed_text = "今年以来，钦州港片区深入实施自由贸易试验区提升战略，聚焦西部陆海新通道建设和面向东盟的开放合作，在港航物流、跨境贸易、通关便利等领域推出一批制度创新举措，上半年新增制度创新成果9项，其中2项入选自治区第三批复制推广清单。现将近期有关工作情况摘编如下，供参阅。"
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    c.text = ""
    p = c.paragraphs[0]
    p.paragraph_format.first_line_indent = Pt(32)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(28)
    r = p.add_run(ed)
    set_font(r, KT, 16, True)
    r = p.add_run(ed_text)
    set_font(r, KT, 16)
    set_col_widths(t, [156])
    D.add(ed + ed_text)
    blank(d)

    def item(lead, text):
        D.runin(lead, text, lead_font=FS, lead_bold=True)

    D.heading("【制度创新】", HT)
    item("片区2项成果入选自治区复制推广清单。",
         "5月底，自治区人民政府办公厅印发第三批制度创新成果复制推广清单，片区申报的“国际航行船舶‘船边直提、抵港直装’协同监管”“保税船舶燃料油‘一船多供’加注模式”2项成果入选，将在全区复制推广。至此，片区累计有17项成果在全区复制推广，4项成果在全国复制推广。")
    item("海铁联运全程提单实现东盟港口“首单”应用。",
         "6月下旬，片区联合港口企业和船公司签发首票至泰国林查班港的海铁联运全程提单，货物从重庆团结村站发运，经钦州港转海运至林查班港，全程用时11天，较传统模式缩短约3天。")
    D.heading("【开放平台】", HT)
    item("钦州综合保税区保税维修业务实现突破。",
         "片区推动钦州综合保税区首单船用发动机保税维修业务落地，维修货值约860万元。保税维修“分类监管、全程可追溯”模式已在区内3家企业推广应用，预计全年维修货值突破1亿元。")
    item("中马钦州产业园区跨境人民币业务持续扩容。",
         "1—6月，园区企业办理跨境人民币结算业务42.6亿元，同比增长37%；新增开立跨境贸易投资高水平开放试点账户11户。")
    D.heading("【营商环境】", HT)
    item("“企业服务专员”制度全面推开。",
         "片区管委会从各部门选派42名干部担任企业服务专员，实行“一企一专员、一事一跟踪”，上半年累计协调解决企业用工、用地、融资等问题136个，问题办结率达97.8%。")
    item("片区召开上半年制度创新工作推进会。",
         "7月10日，片区召开上半年制度创新工作推进会，通报各部门制度创新任务完成情况，部署下半年重点工作。会议要求，各部门要对照年度任务清单，9月底前完成不少于8项创新成果的总结申报工作。")

    blank(d)
    blank(d)
    p = para(d, [("报送：自治区自贸办，钦州市委办公室、市人民政府办公室。", FS, False, None, 14)],
             indent=0, size=14)
    border(p, "top", sz=8, space=4)
    p = para(d, [("抄送：片区管委会各部门，各驻区单位。", FS, False, None, 14)], indent=0, size=14)
    p = d.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(28)
    pf.tab_stops.add_tab_stop(Mm(156), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run("\t（共印60份）")
    set_font(r, FS, 14)
    border(p, "bottom", sz=8, space=4)

    meta = {
        "title": "中国（广西）自由贸易试验区钦州港片区工作简报",
        "doc_number": "第12期",
        "issuer": ["钦州港片区管理委员会办公室"],
        "date": "2025-07-15",
        "published": "2025-07-15",
        "level": "zone",
        "region": "中国（广西）自由贸易试验区钦州港片区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "简报",
        "recipients": ["自治区自贸办", "钦州市委办公室", "钦州市人民政府办公室"],
        "publicity": "内部资料",
        "repeals": None,
    }
    return save(D, "blind263_qinzhougang_jianbao", meta)


# --------------------------------------------------------------------------- 4 南宁市 复制推广通知 + 清单
def make_nanning():
    D = Doc()
    d = D.d
    red_masthead(d, ["南宁市人民政府办公室文件"], 34, 46)
    doc_number_rule(d, "南府办〔2025〕23号")
    title(d, "南宁市人民政府办公室关于复制推广\n中国（广西）自由贸易试验区第三批\n制度创新成果的通知")
    mainsend(d, "各县（市、区）人民政府，市政府各组成部门、各直属机构，中国（广西）自由贸易试验区南宁片区管委会，南宁综合保税区管委会：")
    D.body("为贯彻落实《广西壮族自治区人民政府办公厅关于复制推广中国（广西）自由贸易试验区第三批制度创新成果的通知》（桂政办函〔2025〕31号）要求，进一步发挥自由贸易试验区改革开放试验田作用，经市人民政府同意，现就中国（广西）自由贸易试验区第三批制度创新成果在我市复制推广有关事项通知如下：")
    D.heading("一、复制推广内容")
    D.body("此次在我市复制推广的制度创新成果共12项，其中投资自由化便利化领域3项、贸易便利化领域4项、金融开放创新领域2项、政府职能转变领域3项（详见附件）。推广范围分为全市、自由贸易试验区南宁片区和特定区域三类，各责任单位要按照清单明确的推广范围组织实施。")
    D.heading("二、工作要求")
    D.runin("（一）加强组织领导。", "市自由贸易试验区工作领导小组办公室（设在市商务局）负责统筹协调复制推广工作，各县（市、区）人民政府和市直有关部门主要负责同志要亲自部署、推动落实。", lead_font=KT)
    D.runin("（二）抓好任务落实。", "各责任单位要于2025年7月31日前制定具体实施方案，明确时间表和路线图，确保在全市范围推广的成果于2025年12月底前落地见效。", lead_font=KT)
    D.runin("（三）发挥南宁片区示范作用。", "南宁片区要在复制推广中先行先试，对“面向东盟的跨境数据流动‘白名单’服务”等推广范围为南宁片区的成果，于2025年9月底前完成系统对接和业务上线，及时总结形成可在全市推广的经验。",
            places=["南宁片区"], lead_font=KT)
    D.runin("（四）做好特定区域推广。", "横州市、宾阳县人民政府要结合茉莉花、农副产品加工等产业特点，做好“出口农产品‘检测结果互认’”成果的落地应用，确保2025年10月底前实现首单业务。",
            places=["横州市", "宾阳县"], lead_font=KT)
    D.runin("（五）强化督促检查。", "市商务局要会同市人民政府督查室，对复制推广工作进展情况开展跟踪督办，每季度末向市人民政府报告一次，对推进不力的单位予以通报。", lead_font=KT)
    D.body("本通知自2025年7月1日起施行，有效期至2027年6月30日。")
    blank(d)
    para(d, [("附件：南宁市复制推广中国（广西）自由贸易试验区第三批制度创新成果清单", FS, False)])
    signature(d, "南宁市人民政府办公室", "2025年6月20日")
    blank(d)
    para(d, [("（此件公开发布）", FS, False)])

    # ---- 附件：横向节
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    landscape(sec)
    para(d, [("附件", HT, False)], indent=0)
    title(d, "南宁市复制推广中国（广西）自由贸易试验区第三批制度创新成果清单", size=20, spacing=30)
    hdr = ("序号", "领域", "成果名称", "主要内容", "推广范围", "责任单位")
    groups = [
        ("投资自由化便利化", [
            ("外商投资企业“跨境通办”登记", "境外投资者可通过线上平台远程办理外商投资企业设立登记，身份认证、文件签署全程电子化。", "全市", "市市场监管局", None),
            ("工程建设项目“拿地即开工”审批", "对社会投资一般工业项目，在土地出让阶段同步开展方案审查和施工许可预审，企业取得土地后即可开工建设。", "全市", "市自然资源和规划局、市住房城乡建设局", None),
            ("面向东盟的跨境数据流动“白名单”服务", "为企业向东盟国家传输一般数据提供合规指引和清单管理服务，降低企业数据出境合规成本。", "南宁片区", "南宁片区管委会、市委网信办", ["南宁片区"]),
        ]),
        ("贸易便利化", [
            ("进口东盟水果“预检疫+即查即放”", "对从东盟国家进口的水果实施境外预检疫，货物到达口岸后即查即放，参照钦州港做法压缩通关时间。", "全市", "市商务局、南宁海关", None),
            ("“保税研发+检测”监管模式", "允许综合保税区内企业开展保税研发和检测业务，研发耗用料件实行核销管理。", "南宁综合保税区", "南宁综合保税区管委会、南宁海关", ["南宁综合保税区"]),
            ("跨境电商B2B出口“一站式”综合服务", "整合报关、物流、退税、结汇等服务，为跨境电商B2B出口企业提供一站式办理。", "全市", "市商务局", None),
            ("出口农产品“检测结果互认”", "对出口农产品的第三方检测结果实行互认，避免重复检测。", "特定区域（横州市、宾阳县）", "横州市、宾阳县人民政府，市农业农村局", ["横州市", "宾阳县"]),
        ]),
        ("金融开放创新", [
            ("跨境人民币结算“白名单”便利化", "对纳入白名单的优质企业，凭收付款指令直接办理跨境人民币结算业务。", "全市", "中国人民银行南宁市分行、市委金融办", None),
            ("跨境金融服务平台“一站式”融资", "依托跨境金融服务平台，为外贸企业提供出口信用保险保单融资、运费融资等线上服务。", "南宁片区、南宁综合保税区", "南宁片区管委会、市委金融办", ["南宁片区", "南宁综合保税区"]),
        ]),
        ("政府职能转变", [
            ("“企业服务专员”制度", "为重点企业配备服务专员，实行“一企一专员、一事一跟踪”。", "全市", "市行政审批局", None),
            ("涉企行政检查“综合查一次”", "对同一企业的多项行政检查事项实行联合检查，一次完成。", "全市", "市司法局", None),
            ("外籍人才工作许可和居留许可“一窗受理、并联审批”", "设立综合窗口统一受理外籍人才两项许可申请，科技、公安部门并联审批。", "南宁片区", "市科技局、市公安局", ["南宁片区"]),
        ]),
    ]
    n = sum(len(g[1]) for g in groups)
    t = d.add_table(rows=1 + n, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 12)
    repeat_header(t.rows[0])
    r = 1
    seq = 1
    merges = []
    for field, items in groups:
        start = r
        for name, content, scope, unit, places in items:
            set_cell(t.cell(r, 0), str(seq), FS, 12)
            if r == start:
                set_cell(t.cell(r, 1), field, FS, 12)
            set_cell(t.cell(r, 2), name, FS, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
            set_cell(t.cell(r, 3), content, FS, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
            set_cell(t.cell(r, 4), scope, FS, 12)
            set_cell(t.cell(r, 5), unit, FS, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
            D.add("；".join("%s：%s" % (h, v) for h, v in
                           zip(hdr, (str(seq), field, name, content, scope, unit))), places)
            r += 1
            seq += 1
        merges.append((start, r - 1))
    for a, b in merges:
        if b > a:
            t.cell(a, 1).merge(t.cell(b, 1))
    set_col_widths(t, [12, 26, 50, 82, 28, 27])

    # 版记单独成页（竖向节）
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    portrait(sec)
    for _ in range(14):
        blank(d)
    banji(d, "抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市监委，市中级法院，市检察院。",
          "南宁市人民政府办公室", "2025年6月23日印发")

    meta = {
        "title": "南宁市人民政府办公室关于复制推广中国（广西）自由贸易试验区第三批制度创新成果的通知",
        "doc_number": "南府办〔2025〕23号",
        "issuer": ["南宁市人民政府办公室"],
        "date": "2025-06-20",
        "published": "2025-06-23",
        "level": "municipal",
        "region": "南宁市",
        "effective": "2025-07-01",
        "expires": "2027-06-30",
        "attachments": ["南宁市复制推广中国（广西）自由贸易试验区第三批制度创新成果清单"],
        "doc_type": "通知",
        "recipients": ["各县（市、区）人民政府", "市政府各组成部门、各直属机构",
                       "中国（广西）自由贸易试验区南宁片区管委会", "南宁综合保税区管委会"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return save(D, "blind263_nanning_qingdan", meta)


def to_pdf(paths):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_263",
                    "--convert-to", "pdf", "--outdir", HERE] + paths,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    paths = [make_shangwubu(), make_guangxi(), make_jianbao(), make_nanning()]
    to_pdf(paths)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    for stem, docs in EXPECTED.items():
        print(stem, len(docs[0]["clauses"]), "clauses")


if __name__ == "__main__":
    main()
