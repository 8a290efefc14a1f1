# ruff: noqa
# -*- coding: utf-8 -*-
"""Write the 316th round of blind test documents next to this script.

Three red-header 公文 (Word, printed to PDF by LibreOffice) from 东北/西北 offices:
  blind316_xinjiang_tongzhi   新疆 口岸办 通知 (一、（一）1.（1）)
  blind316_shaanxi_yijian     陕西 商务厅+发展改革委 联合 实施意见 with two 附件 (任务分工表 in a landscape section)
  blind316_yingkou_fangan     营口市人民政府办公室 印发通知 + 行动方案 (new section)
plus expected.json.
Run:  . /work/venv/bin/activate && python make_blind316.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
ST = "宋体"


# ---------------------------------------------------------------- helpers
def set_font(run, font, size, bold=False, color=None, scale=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    if color is not None:
        run.font.color.rgb = color
    if scale is not None:
        w = OxmlElement("w:w")
        w.set(qn("w:val"), str(scale))
        rpr.append(w)


def fmt(p, align=None, first=None, left=None, right=None, line=28, before=0, after=0,
        page_break_before=False, keep_next=False):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if page_break_before:
        pf.page_break_before = True
    if keep_next:
        pf.keep_with_next = True
    pf.widow_control = True
    return p


def border(p, side, sz=8, color="E60012", space=1):
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


def add_runs(p, parts):
    for part in parts:
        if part == "\n":
            p.runs[-1].add_break()
            continue
        text, font, size, bold = part
        r = p.add_run(text)
        set_font(r, font, size, bold)
    return p


def page_number_footer(section):
    """— N — in 4号宋体, odd pages right, even pages left (GB/T 9704)."""
    for footer, align, ind in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT, "right"),
                               (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT, "left")):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        p.alignment = align
        if ind == "right":
            p.paragraph_format.right_indent = Pt(14)
        else:
            p.paragraph_format.left_indent = Pt(14)
        r = p.add_run("— ")
        set_font(r, ST, 14)
        r = p.add_run()
        set_font(r, ST, 14)
        b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
        r = p.add_run()
        set_font(r, ST, 14)
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
        r._r.append(it)
        r = p.add_run()
        set_font(r, ST, 14)
        s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r._r.append(s)
        r = p.add_run("1")
        set_font(r, ST, 14)
        r = p.add_run()
        set_font(r, ST, 14)
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r._r.append(e)
        r = p.add_run(" —")
        set_font(r, ST, 14)


def a4_portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.top_margin = Mm(37)
    section.bottom_margin = Mm(35)
    section.left_margin = Mm(28)
    section.right_margin = Mm(26)
    section.header_distance = Mm(15)
    section.footer_distance = Mm(24)


def a4_landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Mm(297)
    section.page_height = Mm(210)
    section.top_margin = Mm(28)
    section.bottom_margin = Mm(26)
    section.left_margin = Mm(37)
    section.right_margin = Mm(35)
    section.header_distance = Mm(12)
    section.footer_distance = Mm(14)


def new_doc():
    doc = Document()
    doc.settings.odd_and_even_pages_header_footer = True
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    a4_portrait(doc.sections[0])
    page_number_footer(doc.sections[0])
    # python-docx starts with one empty paragraph? No: Document() has none in body.
    return doc


class Builder:
    """Writes paragraphs into a docx and collects the expected clauses."""

    def __init__(self, line=28):
        self.line = line
        self.doc = new_doc()
        self.clauses = []
        self.specific = {}

    # -- structural pieces (not clauses)
    def banner(self, text, size=26, scale=None):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=None, before=12, after=0)
        r = p.add_run(text)
        set_font(r, XBS, size, False, RED, scale)
        return p

    def docno(self, text, before=30):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=28, before=before, after=0)
        r = p.add_run(text)
        set_font(r, FS, 16)
        border(p, "bottom", sz=18, color="E60012", space=12)
        return p

    def title(self, lines, before=40, soft_after=None):
        """lines: list of paragraphs, each a list of soft-broken segments."""
        ps = []
        for i, segs in enumerate(lines):
            p = self.doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=36, before=before if i == 0 else 0, after=0,
                keep_next=True)
            for j, s in enumerate(segs):
                r = p.add_run(s)
                set_font(r, XBS, 22)
                if j < len(segs) - 1:
                    r.add_break()
            ps.append(p)
        return ps

    def plain(self, text, first=0, align=None, before=0, font=FS, size=16, left=None, right=None,
              page_break_before=False, line=None, keep_next=False):
        line = line or self.line
        p = self.doc.add_paragraph()
        fmt(p, align, first=first, left=left, right=right, line=line, before=before,
            page_break_before=page_break_before, keep_next=keep_next)
        r = p.add_run(text)
        set_font(r, font, size)
        return p

    def blank(self, n=1):
        for _ in range(n):
            self.plain("")

    def heading(self, text, font=HT, keep=True):
        p = self.plain(text, first=32, font=font, keep_next=keep)
        return p

    # -- clauses
    def clause(self, head, rest="", head_font=FS, head_bold=False, places=None, soft=None):
        """A body paragraph that is one clause: run-in head + rest.

        soft: list of extra segments joined to the paragraph by a soft line break
        (the clause then joins them with a newline)."""
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, first=32, line=self.line)
        if head:
            r = p.add_run(head)
            set_font(r, head_font, 16, head_bold)
        if rest:
            r = p.add_run(rest)
            set_font(r, FS, 16)
        text = head + rest
        if soft:
            for s in soft:
                r.add_break()
                r = p.add_run(s)
                set_font(r, FS, 16)
            text = text + "\n" + "\n".join(soft)
        self.clauses.append(text)
        if places:
            self.specific[text[:22]] = places
        return p

    def note_clause(self, text, places=None):
        self.clauses.append(text)
        if places:
            self.specific[text[:22]] = places

    # -- 落款 / 版记
    def signoff(self, organs, date, public=True, seal_lines=3):
        self.blank(seal_lines - 1)
        if len(organs) == 1:
            p = self.plain(organs[0], align=WD_ALIGN_PARAGRAPH.RIGHT, right=48, keep_next=True)
        else:
            p = self.doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.LEFT, left=32, keep_next=True)
            p.paragraph_format.tab_stops.add_tab_stop(Pt(430), WD_TAB_ALIGNMENT.RIGHT)
            r = p.add_run(organs[0] + "\t" + organs[1])
            set_font(r, FS, 16)
        self.plain(date, align=WD_ALIGN_PARAGRAPH.RIGHT, right=64, keep_next=public)
        if public:
            self.plain("（此件公开发布）", first=32)

    def banji(self, cc, office, date, width=442):
        self.blank(2)
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, left=14, right=14, line=26, keep_next=True)
        p.paragraph_format.first_line_indent = Pt(-0)
        r = p.add_run(cc)
        set_font(r, FS, 14)
        border(p, "top", sz=8, color="000000", space=4)
        border(p, "bottom", sz=4, color="000000", space=4)
        p2 = self.doc.add_paragraph()
        fmt(p2, WD_ALIGN_PARAGRAPH.LEFT, left=14, line=26)
        p2.paragraph_format.tab_stops.add_tab_stop(Pt(width - 14), WD_TAB_ALIGNMENT.RIGHT)
        r = p2.add_run(office + "\t" + date)
        set_font(r, FS, 14)
        border(p2, "bottom", sz=8, color="000000", space=4)

    def save(self, stem):
        path = os.path.join(HERE, stem + ".docx")
        self.doc.save(path)
        return path


def new_section(doc):
    """Section break carried by the last paragraph, as Word does (no empty paragraph left behind)."""
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    body = doc.element.body
    ps = body.findall(qn("w:p"))
    holder = ps[-1]
    prev = holder.getprevious()
    if prev is None or prev.tag != qn("w:p"):
        return sec  # after a table Word keeps its own empty paragraph
    sect = holder.pPr.find(qn("w:sectPr"))
    prev.get_or_add_pPr().append(sect)
    body.remove(holder)
    return sec


def cell_text(cell, text, size=12, font=FS, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt(p, align, line=None)
    p.paragraph_format.line_spacing = 1.15
    r = p.add_run(text)
    set_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def table_borders(table, color="000000", sz=4):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        b.append(el)
    tblPr.append(b)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def set_col_widths(table, widths_mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(Mm(w).twips)))
    tblPr = table._tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblPr.append(tw)
    tw.set(qn("w:type"), "dxa")
    tw.set(qn("w:w"), str(int(Mm(sum(widths_mm)).twips)))
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for row in table.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


# ====================================================================
# 1. 新疆维吾尔自治区人民政府口岸管理办公室 通知
# ====================================================================
def make_xinjiang():
    b = Builder()
    b.banner("新疆维吾尔自治区人民政府口岸管理办公室文件", size=26, scale=76)
    b.docno("新口岸办发〔2025〕17号")
    # title: soft break inside paragraph 1, then a second paragraph; breaks at 通关|保障
    b.title([["新疆维吾尔自治区人民政府口岸管理办公室", "关于做好2025年中欧（中亚）班列口岸通关"],
             ["保障工作的通知"]])
    b.blank()
    b.plain("伊犁哈萨克自治州、博尔塔拉蒙古自治州、塔城地区、喀什地区、克孜勒苏柯尔克孜自治州口岸办，"
            "霍尔果斯、阿拉山口口岸管理委员会，乌鲁木齐海关，新疆出入境边防检查总站，"
            "中国铁路乌鲁木齐局集团有限公司，自治区有关部门：")
    b.clause("", "2024年，经我区霍尔果斯、阿拉山口铁路口岸进出境的中欧（中亚）班列保持较快增长，"
                 "口岸通关保障能力经受住了考验。为深入贯彻落实国家关于推进中欧班列高质量发展的部署要求，"
                 "进一步提升口岸通关便利化水平，保障中欧（中亚）班列安全稳定畅通运行，助力丝绸之路经济带"
                 "核心区建设，经自治区人民政府同意，现就做好2025年班列口岸通关保障工作有关事项通知如下：")
    b.heading("一、提升口岸通关效率")
    b.clause("（一）深化通关模式改革。", "全面推广“提前申报”“两步申报”和“铁路快速通关”模式，推动进出境"
             "班列舱单、运单数据在海关、边检和铁路部门之间共享互认，实现班列“一次申报、一次查验、一次放行”。"
             "2025年底前，进出境班列在口岸平均停留时间压缩至18小时以内。", head_font=KT)
    b.clause("（二）实行全天候通关保障。", "各铁路、公路口岸对中欧（中亚）班列及其转关货物实行预约通关和"
             "节假日不停歇通关，具体要求如下：", head_font=KT)
    b.clause("1.霍尔果斯铁路口岸。", "实行7×24小时通关作业，对预约班列做到随到随检、随检随放；遇有大风、"
             "沙尘等恶劣天气，由霍尔果斯口岸管理委员会会同海关、边检、铁路部门启动应急预案，"
             "恶劣天气结束后6小时内恢复正常作业。", head_bold=True, places=["霍尔果斯铁路口岸"])
    b.clause("2.阿拉山口铁路口岸。", "实行7×24小时通关作业，宽准轨换装能力保持在每日28列以上，"
             "换装作业计划提前48小时报阿拉山口口岸管理委员会备案。", head_bold=True,
             places=["阿拉山口铁路口岸"])
    b.clause("3.吐尔尕特、伊尔克什坦公路口岸。", "开展“铁公联运”的，对转关班列货物实行优先查验，每日通关"
             "时间按照口岸开放时间执行；确需延时通关的，由克孜勒苏柯尔克孜自治州口岸办提前1个工作日"
             "向口岸查验单位提出申请。", head_bold=True, places=["吐尔尕特口岸", "伊尔克什坦口岸"])
    b.clause("（三）提升查验智能化水平。", "在霍尔果斯、阿拉山口铁路口岸推广应用大型集装箱检查设备和智能"
             "审图系统，对符合条件的班列货物实行“非侵入式”查验，机检比例提高到60%以上；查验发现问题的，"
             "依法处置并及时向企业反馈。", head_font=KT,
             places=["霍尔果斯铁路口岸", "阿拉山口铁路口岸"])
    b.heading("二、保障班列运输组织")
    b.clause("（一）加强运力统筹。", "中国铁路乌鲁木齐局集团有限公司要会同相关单位，统筹安排进出境班列运行"
             "线和口岸站到发线能力，优先保障中欧（中亚）班列和“中吉乌”公铁联运班列运力需求，做好宽准轨"
             "车辆调配，避免班列在口岸站长时间积压。", head_font=KT)
    b.clause("（二）做好集结中心与口岸衔接。", "在乌鲁木齐国际陆港区开展“集结中心+口岸”联动试点，对在"
             "乌鲁木齐国际陆港区中欧班列集结中心完成报关、查验手续的班列，口岸环节原则上不再重复查验，"
             "实行“一次查验、口岸直放”。", head_font=KT, places=["乌鲁木齐国际陆港区"])
    b.clause("（三）强化应急处置。", "各口岸所在地口岸办要会同海关、边检、铁路部门建立班列通关应急联动"
             "机制，对因境外站点堵塞、设备故障等原因导致的班列积压，24小时内协调制定疏运方案，并同步"
             "报自治区口岸办。", head_font=KT)
    b.heading("三、支持跨境电商和重点物资通关")
    b.clause("（一）支持“班列+跨境电商”发展。", "对利用中欧（中亚）班列运输的跨境电商货物，按照以下方式"
             "予以支持：", head_font=KT)
    b.clause("1.便利跨境电商出口通关。", "对跨境电商B2B直接出口（9710）、出口海外仓（9810）货物，支持企业"
             "在属地海关申报、口岸直接放行，申报地海关与口岸海关加强信息共享，不得要求企业在口岸重复"
             "提交单证。", head_bold=True)
    b.clause("（1）", "在中国（新疆）自由贸易试验区霍尔果斯片区开展跨境电商出口商品“班列拼箱”试点，允许"
             "不同企业的跨境电商货物同一班列拼箱运输、分单申报、分单放行。",
             places=["中国（新疆）自由贸易试验区霍尔果斯片区"])
    b.clause("（2）", "在阿拉山口综合保税区开展跨境电商出口退货监管试点，对因境外滞销、消费者退货等原因"
             "退运的跨境电商商品，允许在区内集中仓储、分拣整理后复运出境或按规定办理进口手续。",
             places=["阿拉山口综合保税区"])
    b.clause("2.支持海外仓布局。", "鼓励有条件的企业在哈萨克斯坦阿拉木图、乌兹别克斯坦塔什干等中欧"
             "（中亚）班列沿线城市建设海外仓，对纳入自治区重点培育名单的海外仓企业，优先保障班列舱位。",
             head_bold=True)
    b.clause("（二）保障重点物资通关。", "对农副产品、鲜活商品等时效性强的货物以及国家和自治区重点项目"
             "设备物资，开通“绿色通道”，实行优先申报、优先查验、优先放行；对自中亚国家进口的粮食、饲草"
             "等民生物资，口岸所在地口岸办要提前对接企业通关需求，协调查验单位做好保障。", head_font=KT)
    b.heading("四、加强组织保障")
    b.clause("（一）压实工作责任。", "各地（州）口岸办、各口岸管理委员会要把班列通关保障作为口岸工作的"
             "重点，明确分管负责同志和联络员，细化工作措施，于2025年5月15日前将联络员名单报自治区"
             "口岸办。", head_font=KT)
    b.clause("（二）加强监测调度。", "自治区口岸办建立班列通关保障月度调度机制，对各口岸班列通关时间、"
             "滞留情况开展监测通报，对工作成效明显的口岸在口岸建设资金安排中予以倾斜。", head_font=KT)
    b.clause("", "本通知自2025年5月1日起施行，有效期2年。《新疆维吾尔自治区人民政府口岸管理办公室关于"
                 "做好中欧班列口岸通关保障工作的通知》（新口岸办发〔2023〕8号）同时废止。")
    b.plain("联系人：自治区口岸办口岸协调处　王晓军，联系电话：0991-2386154。", first=32)
    b.signoff(["新疆维吾尔自治区人民政府口岸管理办公室"], "2025年4月22日")
    b.banji("抄送：自治区人民政府办公厅，国家口岸管理办公室，商务部对外贸易司。",
            "新疆维吾尔自治区口岸办综合处", "2025年4月24日印发")
    stem = "blind316_xinjiang_tongzhi"
    b.save(stem)
    meta = {
        "title": "新疆维吾尔自治区人民政府口岸管理办公室关于做好2025年中欧（中亚）班列口岸通关保障工作的通知",
        "doc_number": "新口岸办发〔2025〕17号",
        "issuer": ["新疆维吾尔自治区人民政府口岸管理办公室"],
        "date": "2025-04-22",
        "published": "2025-04-24",
        "level": "provincial",
        "region": "新疆维吾尔自治区",
        "effective": "2025-05-01",
        "expires": "2027-04-30",
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["伊犁哈萨克自治州、博尔塔拉蒙古自治州、塔城地区、喀什地区、克孜勒苏柯尔克孜自治州口岸办",
                       "霍尔果斯、阿拉山口口岸管理委员会", "乌鲁木齐海关", "新疆出入境边防检查总站",
                       "中国铁路乌鲁木齐局集团有限公司", "自治区有关部门"],
        "publicity": "此件公开发布",
        "repeals": "《新疆维吾尔自治区人民政府口岸管理办公室关于做好中欧班列口岸通关保障工作的通知》（新口岸办发〔2023〕8号）",
    }
    return stem, [{"meta": meta, "clauses": b.clauses, "applies_to": {"specific": b.specific}}]


# ====================================================================
# 2. 陕西省商务厅 陕西省发展和改革委员会 实施意见 (joint, two 附件)
# ====================================================================
def make_shaanxi():
    b = Builder(line=26)  # the clerk squeezed the line spacing so the 落款 stays on page 3
    doc = b.doc
    # joint 版头: two organ names stacked (distributed), “文件” to the right spanning both lines
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(t, [118, 34])
    for i, name in enumerate(["陕西省商务厅", "陕西省发展和改革委员会"]):
        c = t.cell(i, 0)
        c.text = ""
        p = c.paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=None)
        r = p.add_run(name)
        set_font(r, XBS, 30, False, RED, 80)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.text = ""
    p = m.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=None)
    r = p.add_run("文件")
    set_font(r, XBS, 38, False, RED)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    b.docno("陕商发〔2025〕56号", before=24)
    b.title([["陕西省商务厅　陕西省发展和改革委员会"],
             ["关于支持中国（陕西）自由贸易试验区跨境"],
             ["电子商务高质量发展的实施意见"]])
    b.blank()
    b.plain("各设区市商务局、发展改革委，杨凌示范区、西咸新区、韩城市商务主管部门和发展改革部门，"
            "中国（陕西）自由贸易试验区各片区管委会，省级有关部门：")
    b.clause("", "为发挥中国（陕西）自由贸易试验区改革开放试验田作用，推动跨境电商与中欧班列“长安号”、"
                 "综合保税区联动发展，经省人民政府同意，现提出如下实施意见。")
    b.heading("一、总体要求")
    b.clause("", "以中心片区、西安国际港务区片区、杨凌示范区片区为主要承载区。到2027年，自贸试验区跨境电商进出口额"
                 "年均增长15%以上，培育跨境电商年进出口额超亿元企业30家，建设省级公共海外仓20个以上。")
    b.heading("二、重点任务")
    b.clause("（一）培育跨境电商经营主体。", "对自贸试验区内年跨境电商出口额首次超过1000万元、5000万元的企业，分别给予一次性奖励20万元、"
             "50万元。奖励资金从省级外经贸发展专项资金中安排。", head_font=KT)
    b.clause("（二）推动“跨境电商+中欧班列”融合发展。", "在西安国际港务区片区开展跨境电商班列专列常态化"
             "运营，对经中欧班列“长安号”运输的"
             "跨境电商出口货物，按照实际运费的10%给予补贴，单家企业年度补贴不超过200万元。",
             head_font=KT, places=["中国（陕西）自由贸易试验区西安国际港务区片区"])
    b.clause("（三）做强综合保税区跨境电商功能。", "支持西安综合保税区、西安高新综合保税区开展跨境电商网购"
             "保税进口（1210）和保税出口业务，允许区内企业对跨境电商退货商品集中查验、分类处置。", head_font=KT, places=["西安综合保税区", "西安高新综合保税区"])
    b.clause("（四）发展农产品跨境电商。", "在杨凌示范区片区建设农业特色跨境电商产业带。对在杨凌示范区片区设立的农产品"
             "跨境电商公共服务平台，按照建设投入的30%给予一次性补助，最高不超过300万元。",
             head_font=KT, places=["中国（陕西）自由贸易试验区杨凌示范区片区"])
    b.clause("（五）布局建设海外仓。", "鼓励企业在哈萨克斯坦阿拉木图、德国杜伊斯堡等中欧班列"
             "沿线城市建设公共海外仓，对经认定的省级公共海外仓，按照租赁或建设费用的20%给予支持，"
             "单个海外仓支持金额不超过100万元。申报材料见附件2。", head_font=KT)
    b.clause("（六）创新跨境电商监管服务。", "推行跨境电商出口“清单核放、汇总申报”，推动跨境电商综试区线上综合服务平台与国际贸易“单一窗口”数据互通，实现"
             "通关、物流、结汇、退税“一站式”办理。", head_font=KT)
    b.clause("（七）加强金融和人才支撑。", "支持金融机构开发跨境电商专属信贷和出口信用保险产品；"
             "每年培训跨境电商从业人员5000人次以上。", head_font=KT)
    b.heading("三、保障措施")
    b.clause("（一）加强组织领导。", "省商务厅、省发展改革委会同省级有关部门建立协调推进机制。各片区管委会要制定具体工作方案，于2025年9月30日前报省商务厅。重点任务分工见附件1。", head_font=KT)
    b.clause("（二）强化资金保障。", "省级外经贸发展专项资金对本实施意见确定的支持事项予以保障，同一项目"
             "不得重复享受省级同类支持政策。", head_font=KT)
    b.clause("（三）做好评估督导。", "省商务厅会同省发展改革委每年对本实施意见落实情况开展评估。", head_font=KT)
    b.clause("", "本实施意见自2025年8月1日起施行，有效期3年。")
    # 附件说明 with two attachments, second aligned under the first
    b.blank()
    p = b.plain("附件：1.重点任务分工表", first=32)
    b.plain("2.省级公共海外仓支持项目申报材料清单", left=32 + 48)
    b.signoff(["陕西省商务厅", "陕西省发展和改革委员会"], "2025年7月8日", seal_lines=3)

    # ---- 附件1 in a landscape section
    sec = new_section(doc)
    a4_landscape(sec)
    b.plain("附件1", font=HT, keep_next=True)
    p = b.plain("重点任务分工表", align=WD_ALIGN_PARAGRAPH.CENTER, font=XBS, size=22, line=36,
                keep_next=True)
    p.paragraph_format.space_after = Pt(10)
    cols = ["序号", "任务类别", "工作任务", "牵头单位", "配合单位", "完成时限"]
    rows = [
        ["1", "主体培育", "实施跨境电商经营主体培育计划，建立自贸试验区跨境电商重点企业培育库，落实年出口额"
         "首次超过1000万元、5000万元企业一次性奖励政策，2025年底前出台奖励资金申报细则。",
         "省商务厅", "省财政厅，自贸试验区各片区管委会", "2025年12月底前出台细则，长期坚持"],
        ["2", "主体培育", "推动传统外贸企业和生产企业“触网”转型，每年组织跨境电商专题培训和供需对接活动"
         "不少于10场。", "省商务厅", "省人力资源社会保障厅，各设区市商务局", "每年12月底前"],
        ["3", "平台建设", "在西安国际港务区片区开展跨境电商班列专列常态化运营，落实经“长安号”运输的跨境电商"
         "出口货物运费补贴政策，按季度兑付补贴资金。", "西安国际港务区片区管委会",
         "省商务厅、省发展改革委、西安海关，中欧班列（西安）运营公司", "2025年10月底前"],
        ["4", "平台建设", "支持西安综合保税区、西安高新综合保税区开展跨境电商网购保税进口（1210）和保税出口"
         "业务，探索“保税仓储+直播”模式，开展跨境电商退货商品集中查验、分类处置。", "西安海关",
         "省商务厅，西安综合保税区、西安高新综合保税区管理机构", "2026年6月底前"],
        ["5", "平台建设", "在杨凌示范区片区建设农业特色跨境电商产业带和农产品跨境电商公共服务平台，组织苹果、"
         "猕猴桃等特色农产品企业开展跨境电商出口，对平台建设投入按30%给予一次性补助。",
         "杨凌示范区片区管委会", "省农业农村厅、省商务厅、省财政厅、杨凌海关", "2026年12月底前"],
        ["6", "物流体系", "布局建设省级公共海外仓，制定省级公共海外仓认定办法，每年开展一次认定，对经认定的"
         "公共海外仓按照租赁或建设费用的20%给予支持，单个海外仓支持金额不超过100万元；对认定后连续两年"
         "运营考核不合格的，取消认定并停止支持。", "省商务厅",
         "省财政厅，自贸试验区各片区管委会", "每年9月底前完成当年认定"],
        ["7", "物流体系", "优化跨境电商国际物流通道，推动跨境电商货物与中欧班列“长安号”、西安咸阳国际机场"
         "国际货运航线有效衔接，发展“空铁联运”“班列+海外仓”等物流模式，提升跨境电商国际物流时效和稳定性，"
         "降低企业综合物流成本。", "省发展改革委",
         "省交通运输厅、省商务厅、西安海关、民航陕西监管局，中欧班列（西安）运营公司", "长期坚持"],
        ["8", "监管服务", "推行跨境电商出口“清单核放、汇总申报”，落实跨境电商出口退运便利措施，压缩跨境电商"
         "货物通关时间。", "西安海关", "省商务厅、省税务局、国家外汇管理局陕西省分局", "2025年12月底前"],
        ["9", "监管服务", "推动跨境电商综试区线上综合服务平台与国际贸易“单一窗口”数据互通，实现通关、物流、"
         "结汇、退税“一站式”办理。", "省商务厅", "省大数据局、西安海关、省税务局", "2026年6月底前"],
        ["10", "要素保障", "支持金融机构开发跨境电商专属信贷和出口信用保险产品，鼓励省内高校、职业院校开设"
         "跨境电商相关专业，每年培训跨境电商从业人员5000人次以上。", "省地方金融管理局",
         "人民银行陕西省分行、省教育厅、省人力资源社会保障厅、中国出口信用保险公司陕西分公司",
         "长期坚持"],
    ]
    row_places = {"3": ["中国（陕西）自由贸易试验区西安国际港务区片区"],
                  "4": ["西安综合保税区", "西安高新综合保税区"],
                  "5": ["中国（陕西）自由贸易试验区杨凌示范区片区"]}
    widths = [11, 24, 89, 32, 44, 25]
    tb = doc.add_table(rows=1 + len(rows), cols=6)
    table_borders(tb)
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(tb, widths)
    for i, c in enumerate(cols):
        cell_text(tb.cell(0, i), c, size=12, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(tb.rows[0])
    for ri, row in enumerate(rows, start=1):
        for ci, val in enumerate(row):
            if ci == 1:
                continue
            cell_text(tb.cell(ri, ci), val, size=12,
                      align=WD_ALIGN_PARAGRAPH.CENTER if ci in (0, 5) else WD_ALIGN_PARAGRAPH.LEFT)
        text = "；".join(f"{c}：{v}" for c, v in zip(cols, row))
        b.note_clause(text, row_places.get(row[0]))
    # vertically merged 任务类别
    groups = {}
    for ri, row in enumerate(rows, start=1):
        groups.setdefault(row[1], []).append(ri)
    for name, idx in groups.items():
        top = tb.cell(idx[0], 1)
        if len(idx) > 1:
            top = top.merge(tb.cell(idx[-1], 1))
        cell_text(top, name, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)

    # ---- 附件2 + 版记 in a portrait section
    sec = new_section(doc)
    a4_portrait(sec)
    b.plain("附件2", font=HT, keep_next=True)
    p = b.plain("省级公共海外仓支持项目申报材料清单", align=WD_ALIGN_PARAGRAPH.CENTER, font=XBS, size=22,
                line=36, keep_next=True)
    p.paragraph_format.space_after = Pt(10)
    cols2 = ["序号", "材料名称", "要求"]
    rows2 = [
        ["1", "省级公共海外仓支持项目申报表", "加盖申报单位公章，一式两份"],
        ["2", "营业执照复印件", "加盖申报单位公章"],
        ["3", "海外仓租赁合同或产权证明", "外文材料须附中文译本"],
        ["4", "项目投入费用凭证", "包括发票、付款凭证等，须经会计师事务所出具专项审计报告"],
        ["5", "海外仓运营情况说明", "包括仓储面积、服务企业数量、年度出入库单量等"],
    ]
    tb2 = doc.add_table(rows=1 + len(rows2), cols=3)
    table_borders(tb2)
    tb2.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(tb2, [18, 62, 72])
    for i, c in enumerate(cols2):
        cell_text(tb2.cell(0, i), c, size=14, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
    for ri, row in enumerate(rows2, start=1):
        for ci, val in enumerate(row):
            cell_text(tb2.cell(ri, ci), val, size=14,
                      align=WD_ALIGN_PARAGRAPH.CENTER if ci == 0 else WD_ALIGN_PARAGRAPH.LEFT)
        b.note_clause("；".join(f"{c}：{v}" for c, v in zip(cols2, row)))
    b.blank(3)
    b.banji("抄送：商务部自由贸易区港建设协调司，国家发展改革委对外开放司，省人民政府办公厅，西安海关。",
            "陕西省商务厅办公室", "2025年7月11日印发")
    stem = "blind316_shaanxi_yijian"
    b.save(stem)
    meta = {
        "title": "陕西省商务厅 陕西省发展和改革委员会关于支持中国（陕西）自由贸易试验区跨境电子商务高质量发展的实施意见",
        "doc_number": "陕商发〔2025〕56号",
        "issuer": ["陕西省商务厅", "陕西省发展和改革委员会"],
        "date": "2025-07-08",
        "published": "2025-07-11",
        "level": "provincial",
        "region": "中国（陕西）自由贸易试验区",
        "effective": "2025-08-01",
        "expires": "2028-07-31",
        "attachments": ["重点任务分工表", "省级公共海外仓支持项目申报材料清单"],
        "doc_type": "实施意见",
        "recipients": ["各设区市商务局、发展改革委", "杨凌示范区、西咸新区、韩城市商务主管部门和发展改革部门",
                       "中国（陕西）自由贸易试验区各片区管委会", "省级有关部门"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": b.clauses, "applies_to": {"specific": b.specific}}]


# ====================================================================
# 3. 营口市人民政府办公室 印发通知 + 行动方案
# ====================================================================
def make_yingkou():
    b = Builder()
    doc = b.doc
    b.banner("营口市人民政府办公室文件", size=36, scale=None)
    b.docno("营政办发〔2026〕5号")
    b.title([["营口市人民政府办公室关于印发营口市"],
             ["推进中欧班列和海铁联运高质量发展行动"],
             ["方案（2026—2027年）的通知"]])
    b.blank()
    b.plain("各县（市）区人民政府，营口经济技术开发区、营口高新技术产业开发区、仙人岛能源化工区管委会，"
            "中国（辽宁）自由贸易试验区营口片区管委会，市政府各部门，各直属机构：")
    b.clause("", "《营口市推进中欧班列和海铁联运高质量发展行动方案（2026—2027年）》已经市政府第46次常务"
                 "会议审议通过，现印发给你们，请结合实际认真组织实施。")
    b.signoff(["营口市人民政府办公室"], "2026年2月26日", seal_lines=3)

    sec = new_section(doc)
    a4_portrait(sec)
    b.title([["营口市推进中欧班列和海铁联运高质量发展"], ["行动方案"], ["（2026—2027年）"]], before=0)
    b.blank()
    b.clause("", "为深入贯彻落实国家关于推进中欧班列高质量发展和辽宁省打造东北海陆大通道的部署要求，发挥"
                 "营口港东北亚陆海联运枢纽作用，推动中欧班列、海铁联运与中国（辽宁）自由贸易试验区营口片区"
                 "联动发展，结合我市实际，制定本方案。")
    b.heading("一、工作目标")
    b.clause("", "到2027年，全市中欧班列年开行量达到400列以上，海铁联运集装箱量突破180万标准箱，培育年运量"
                 "超过1万标准箱的班列平台企业3家以上，基本建成辐射东北、联通欧亚的中欧班列集结中心和海铁"
                 "联运枢纽。")
    b.heading("二、重点任务")
    b.heading("（一）提升班列集结能力", font=KT)
    b.clause("1.建设中欧班列集结中心。", "依托营口港鲅鱼圈港区铁路集装箱中心站，建设中欧班列（营口）集结"
             "中心，2026年底前完成站场扩能改造，集结中心年作业能力达到60万标准箱。",
             head_bold=True, places=["营口港鲅鱼圈港区"])
    b.clause("2.拓展班列线路。", "巩固营口至莫斯科、营口至杜伊斯堡等既有线路，新开通经满洲里、二连浩特"
             "口岸至中亚五国的班列线路；对新开通并稳定运行6个月以上的国际班列线路，给予班列平台企业一次性"
             "奖励50万元。", head_bold=True)
    b.heading("（二）做强海铁联运", font=KT)
    b.clause("1.推动港站一体化运营。", "推进港口与铁路场站信息系统互联互通，实行集装箱港站间“一次申报、"
             "全程联运”，海铁联运中转时间压缩至24小时以内。", head_bold=True)
    b.clause("2.培育外贸集装箱航线。", "对在营口港新开辟并稳定运营的日韩、东南亚外贸集装箱航线，每条航线"
             "给予船公司一次性奖励100万元；对航线与中欧班列实现“海铁直转”的，另行给予每标准箱200元"
             "奖励。", head_bold=True)
    b.clause("3.发展县域货源集散。", "支持大石桥市建设镁质材料铁路集货站，支持盖州市建设果蔬冷链集货"
             "中心，对从上述集货站（中心）发运、经中欧班列或海铁联运出口的镁制品、果蔬产品，按照每标准箱"
             "300元给予运费补贴。", head_bold=True, places=["大石桥市", "盖州市"])
    b.heading("（三）推动班列与自贸试验区联动", font=KT)
    b.clause("1.开展“班列+保税”业务。", "在中国（辽宁）自由贸易试验区营口片区探索开展中欧班列进口货物"
             "“保税集拼”，允许以保税状态在片区内开展分拨、集拼和再出口。", head_bold=True,
             places=["中国（辽宁）自由贸易试验区营口片区"])
    b.clause("2.发展班列跨境电商。", "支持营口综合保税区开展跨境电商网购保税进口（1210）和出口海外仓"
             "（9810）业务，对在营口综合保税区内利用中欧班列运输跨境电商货物的企业，按照实际运费的15%"
             "给予补贴，单家企业年度补贴不超过100万元。", head_bold=True, places=["营口综合保税区"])
    b.clause("3.优化口岸营商环境。", "营口港口岸对中欧班列回程货物实行“船边直提”“抵港直装”，2027年"
             "进出口整体通关时间比2025年压缩10%以上。", head_bold=True)
    b.heading("三、保障措施")
    b.clause("（一）加强组织领导。", "市发展改革委牵头建立中欧班列和海铁联运发展工作专班，市商务局、市交通"
             "运输局、营口海关、营口港务集团有限公司等单位按照职责分工抓好落实，每季度召开一次调度会议。",
             head_font=KT)
    b.clause("（二）强化政策支持。", "市财政每年安排中欧班列和海铁联运发展专项资金，用于本方案确定的奖励"
             "和补贴事项，具体资金管理办法由市财政局会同市发展改革委另行制定。同一企业同一事项符合本市多项"
             "支持政策的，按照就高原则给予支持，不重复享受。", head_font=KT)
    b.clause("（三）做好监测评估。", "市发展改革委每半年对本方案落实情况进行监测评估，评估结果报市政府，"
             "并作为专项资金安排的重要依据。", head_font=KT)
    b.clause("", "本方案自印发之日起施行，有效期至2027年12月31日。")
    b.blank(2)
    b.banji("抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，营口军分区。",
            "营口市人民政府办公室", "2026年2月28日印发")
    stem = "blind316_yingkou_fangan"
    b.save(stem)
    meta = {
        "title": "营口市人民政府办公室关于印发营口市推进中欧班列和海铁联运高质量发展行动方案（2026—2027年）的通知",
        "doc_number": "营政办发〔2026〕5号",
        "issuer": ["营口市人民政府办公室"],
        "date": "2026-02-26",
        "published": "2026-02-28",
        "level": "municipal",
        "region": "营口市",
        "effective": "2026-02-28",
        "expires": "2027-12-31",
        "attachments": ["营口市推进中欧班列和海铁联运高质量发展行动方案（2026—2027年）"],
        "doc_type": "通知",
        "recipients": ["各县（市）区人民政府",
                       "营口经济技术开发区、营口高新技术产业开发区、仙人岛能源化工区管委会",
                       "中国（辽宁）自由贸易试验区营口片区管委会", "市政府各部门", "各直属机构"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": b.clauses, "applies_to": {"specific": b.specific}}]


def to_pdf(docx_path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_316",
                    "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for maker in (make_xinjiang, make_shaanxi, make_yingkou):
        stem, docs = maker()
        expected[stem] = docs
        to_pdf(os.path.join(HERE, stem + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    for stem, docs in expected.items():
        print(stem, sum(len(d["clauses"]) for d in docs), "clauses")


if __name__ == "__main__":
    main()
