# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 550: 通关便利化工作手册."""
import json
import os
import subprocess
import copy

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)

CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT
JUST = WD_ALIGN_PARAGRAPH.JUSTIFY


# ---------------------------------------------------------------- helpers
def set_font(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fill_para(p, parts, font=FS, size=16):
    """parts: str or list of str / (text, dict). '\n' inside text -> soft line break."""
    if isinstance(parts, str):
        parts = [parts]
    plain = []
    for part in parts:
        if isinstance(part, tuple):
            text, opt = part
        else:
            text, opt = part, {}
        chunks = text.split("\n")
        for i, chunk in enumerate(chunks):
            r = p.add_run(chunk)
            set_font(r, opt.get("font", font), opt.get("size", size),
                     opt.get("bold", False), opt.get("color"))
            if i < len(chunks) - 1:
                r.add_break(WD_BREAK.LINE)
        plain.append(text.replace("\n", ""))
    return "".join(plain)


def fmt_para(p, align=JUST, first_indent=True, size=16, line=28, before=0, after=0):
    pf = p.paragraph_format
    p.alignment = align
    if first_indent:
        pf.first_line_indent = Pt(size * 2)
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def set_cell_shading(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def set_table_borders(table, val="single", sz="4", color="000000"):
    tblpr = table._tbl.tblPr
    old = tblpr.find(qn("w:tblBorders"))
    if old is not None:
        tblpr.remove(old)
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), sz)
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), color)
        b.append(e)
    tblpr.append(b)


def mark_header_row(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def para_border(p, edges=("bottom",), color="FF0000", sz="18"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for edge in edges:
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), sz)
        e.set(qn("w:space"), "1")
        e.set(qn("w:color"), color)
        bdr.append(e)
    ppr.append(bdr)


def add_page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def setup_page(doc):
    s = doc.sections[0]
    s.page_width = Cm(21.0)
    s.page_height = Cm(29.7)
    s.top_margin = Cm(3.7)
    s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8)
    s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    add_page_number_footer(s)


_num_counter = [900]


def new_list(doc, fmt="decimal", lvl_text="%1.", font=FS, bold=False):
    """Create a fresh single-level Word numbering list; returns numId."""
    numbering = doc.part.numbering_part.element
    _num_counter[0] += 1
    aid = str(_num_counter[0])
    nid = str(_num_counter[0])
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), aid)
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:suff", "nothing"),
                     ("w:lvlText", lvl_text), ("w:lvlJc", "left")):
        e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind"); ind.set(qn("w:left"), "0"); ind.set(qn("w:firstLine"), "640")
    ppr.append(ind); lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:hint"):
        rf.set(qn(a), font if a != "w:hint" else "eastAsia")
    rpr.append(rf)
    if bold:
        rpr.append(OxmlElement("w:b"))
    sz = OxmlElement("w:sz"); sz.set(qn("w:val"), "32"); rpr.append(sz)
    lvl.append(rpr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num"); num.set(qn("w:numId"), nid)
    an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), aid)
    num.append(an)
    numbering.append(num)
    return nid


class Builder:
    def __init__(self):
        self.doc = Document()
        setup_page(self.doc)
        # python-docx default document has one empty paragraph? (no) keep as is
        self.clauses = None

    def start(self, clauses_list):
        self.clauses = clauses_list

    # plain body paragraph (clause)
    def body(self, parts, clause=True, first_indent=True, align=JUST, font=FS,
             size=16, numid=None, num_display=""):
        p = self.doc.add_paragraph()
        fmt_para(p, align=align, first_indent=first_indent and numid is None, size=size)
        if numid is not None:
            ppr = p._p.get_or_add_pPr()
            numpr = ppr.get_or_add_numPr()
            numpr.get_or_add_ilvl().val = 0
            numpr.get_or_add_numId().val = int(numid)
        text = fill_para(p, parts, font=font, size=size)
        if clause:
            self.clauses.append(num_display + text)
        return p

    def heading(self, text, font=HT, size=16, align=LEFT, first_indent=True, bold=False):
        p = self.doc.add_paragraph()
        fmt_para(p, align=align, first_indent=first_indent, size=size)
        fill_para(p, [(text, {"font": font, "size": size, "bold": bold})])
        return p

    def line(self, text="", font=FS, size=16, align=LEFT, first_indent=False, bold=False,
             color=None, line=28):
        p = self.doc.add_paragraph()
        fmt_para(p, align=align, first_indent=first_indent, size=size, line=line)
        if text:
            fill_para(p, [(text, {"font": font, "size": size, "bold": bold, "color": color})])
        return p

    def empty(self, n=1):
        for _ in range(n):
            self.line("")

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def callout(self, title, paras, fill="E7E6E6", clause=True):
        """One-cell shaded table; first paragraph the title, then text paragraphs."""
        t = self.doc.add_table(rows=1, cols=1)
        set_table_borders(t, sz="8")
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        cell = t.cell(0, 0)
        set_cell_shading(cell, fill)
        p = cell.paragraphs[0]
        if title:
            fmt_para(p, align=LEFT, first_indent=False)
            fill_para(p, [(title, {"font": HT, "size": 16})])
        for i, parts in enumerate(paras):
            if i == 0 and not title:
                q = p
            else:
                q = cell.add_paragraph()
            fmt_para(q, align=JUST, first_indent=True, size=14, line=24)
            text = fill_para(q, parts, font=KT, size=14)
            if clause:
                self.clauses.append(text)
        self.empty()
        return t

    def table(self, header, rows, merges=(), widths=None, size=12, clause=True,
              repeat_header=False):
        """rows: list of lists of cell strings ('\n' = soft break). merges: list of
        (col, first_row, last_row) for vertical merges (values must be repeated in rows)."""
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        set_table_borders(t)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        merged_skip = set()
        for (c, r0, r1) in merges:
            a = t.cell(r0 + 1, c)
            b = t.cell(r1 + 1, c)
            a.merge(b)
            for r in range(r0 + 1, r1 + 1):
                merged_skip.add((r + 1, c))
        for j, h in enumerate(header):
            cell = t.cell(0, j)
            p = cell.paragraphs[0]
            p.alignment = CENTER
            fill_para(p, [(h, {"font": HT, "size": size})])
        if repeat_header:
            mark_header_row(t.rows[0])
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                if (i + 1, j) in merged_skip:
                    continue
                cell = t.cell(i + 1, j)
                p = cell.paragraphs[0]
                p.alignment = LEFT if len(val) > 12 else CENTER
                fill_para(p, [(val, {"font": FS, "size": size})])
            if clause:
                self.clauses.append("；".join(
                    "%s：%s" % (header[j], row[j].replace("\n", "")) for j in range(len(header))))
        if widths:
            t.autofit = False
            for j, w in enumerate(widths):
                t.columns[j].width = Cm(w)
            for row in t.rows:
                for j, w in enumerate(widths):
                    row.cells[j].width = Cm(w)
        self.empty()
        return t

    def save(self, path):
        self.doc.save(path)


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_550", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)


def meta(**kw):
    base = {
        "title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
        "level": None, "region": None, "effective": None, "expires": None,
        "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
        "repeals": None,
    }
    base.update(kw)
    return base


EXPECTED = {}


# ======================================================================
# File 1: 厦门 — 印发通知 + 工作手册（附件）
# ======================================================================
def make_xiamen():
    stem = "blind550_xiamen_tongzhi"
    b = Builder()
    doc = b.doc
    notice_clauses, hb_clauses = [], []
    HB = "厦门口岸企业通关便利化工作手册（2026年版）"

    # ---- 版头: joint-issuer layout table (two organs on the left, 文件 on the right)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(t, val="nil", sz="0")
    right = t.cell(0, 1).merge(t.cell(1, 1))
    for i, name in enumerate(["厦门市人民政府口岸管理办公室", "中华人民共和国厦门海关"]):
        p = t.cell(i, 0).paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        fill_para(p, [(name, {"font": XBS, "size": 22, "color": RED})])
    p = right.paragraphs[0]
    p.alignment = CENTER
    fill_para(p, [("文件", {"font": XBS, "size": 42, "color": RED})])
    t.autofit = False
    t.columns[0].width = Cm(12.0)
    t.columns[1].width = Cm(3.6)
    for row in t.rows:
        row.cells[0].width = Cm(12.0)
        row.cells[1].width = Cm(3.6)
    b.empty()
    p = b.line("厦口岸〔2026〕9号", align=CENTER)
    para_border(p)
    b.empty()

    b.start(notice_clauses)
    b.line("关于印发《厦门口岸企业通关便利化工作手册", font=XBS, size=22, align=CENTER, line=34)
    b.line("（2026年版）》的通知", font=XBS, size=22, align=CENTER, line=34)
    b.empty()
    b.line("各有关进出口企业，各口岸查验单位，各口岸经营单位：")
    b.body("为深入贯彻落实国务院关于促进外贸稳规模优结构、持续优化口岸营商环境的决策部署，"
           "进一步提升厦门口岸跨境贸易便利化水平，帮助企业全面掌握通关便利化政策措施和办事流程，"
           "厦门市人民政府口岸管理办公室、厦门海关联合编制了《厦门口岸企业通关便利化工作手册（2026年版）》"
           "（以下简称《手册》），现印发给你们，并就有关事项通知如下：")
    B = {"font": HT}
    b.body([("一、认真组织学习。", B),
            "各口岸查验单位、口岸经营单位要将《手册》纳入窗口人员业务培训内容，做到政策应知尽知、"
            "流程应会尽会；各进出口企业要指定专人学习掌握《手册》内容，用足用好各项便利化措施。"])
    b.body([("二、加强宣传解读。", B),
            "各单位要通过门户网站、微信公众号、国际贸易“单一窗口”服务专区等渠道广泛宣传《手册》内容，"
            "结合“关长送政策上门”“口岸开放日”等活动开展政策宣讲，扩大政策知晓面。"])
    b.body([("三、做好咨询服务。", B),
            "厦门海关12360海关热线、各隶属海关企业服务窗口和市口岸办综合服务窗口负责《手册》相关咨询，\n"
            "对企业反映的问题实行首问负责、限时办结，确保企业诉求“事事有回音、件件有着落”。"])
    b.body([("四、强化协同联动。", B),
            "各口岸查验单位要加强信息互换、监管互认、执法互助，口岸经营单位要优化作业流程、公开收费目录，"
            "共同落实《手册》所列各项便利化措施。"])
    b.body([("五、抓好督促落实。", B),
            "市口岸办将把《手册》所列措施落实情况纳入口岸营商环境评估内容，定期通报工作进展。"])
    b.body([("六、及时反馈意见。", B),
            "《手册》执行中遇到的问题和意见建议，请及时反馈至市口岸办综合协调处或厦门海关口岸监管处。"
            "市口岸办将会同厦门海关根据政策调整情况对《手册》进行动态更新。"])
    b.body("联系人：市口岸办综合协调处陈晓东，电话：0592-5308612；厦门海关口岸监管处林雅婷，电话：0592-5693127。")
    b.empty()
    b.line("附件：厦门口岸企业通关便利化工作手册（2026年版）", first_indent=True)
    b.line("", size=10, line=16)
    # 落款 laid out with a borderless table (two organs side by side, date below)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(t, val="nil", sz="0")
    t.autofit = False
    for j, (w, txt) in enumerate([(8.6, "厦门市人民政府口岸管理办公室"), (7.0, "中华人民共和国厦门海关")]):
        t.columns[j].width = Cm(w)
        for row in t.rows:
            row.cells[j].width = Cm(w)
        p = t.cell(0, j).paragraphs[0]
        p.alignment = CENTER
        fill_para(p, [(txt, {"font": FS, "size": 16})])
    d = t.cell(1, 0).merge(t.cell(1, 1))
    p = d.paragraphs[0]
    p.alignment = RIGHT
    fill_para(p, [("2026年3月18日　　　　", {"font": FS, "size": 16})])
    b.empty()
    b.line("（此件公开发布）", first_indent=True)

    EXPECTED.setdefault(stem, []).append({
        "meta": meta(
            title="关于印发《厦门口岸企业通关便利化工作手册（2026年版）》的通知",
            doc_number="厦口岸〔2026〕9号",
            issuer=["厦门市人民政府口岸管理办公室", "中华人民共和国厦门海关"],
            date="2026-03-18", level="municipal", region="厦门市",
            attachments=[HB], doc_type="通知",
            recipients=["各有关进出口企业", "各口岸查验单位", "各口岸经营单位"],
            publicity="此件公开发布"),
        "clauses": notice_clauses})

    # ---------------- 附件: the handbook
    b.page_break()
    b.start(hb_clauses)
    b.line("附件", font=HT, size=16)
    b.empty(3)
    b.line("厦门口岸企业通关便利化", font=XBS, size=26, align=CENTER, line=40)
    b.line("工作手册", font=XBS, size=26, align=CENTER, line=40)
    b.line("（2026年版）", font=KT, size=18, align=CENTER, line=40)
    b.empty(8)
    b.line("厦门市人民政府口岸管理办公室", font=KT, size=16, align=CENTER)
    b.line("厦门海关", font=KT, size=16, align=CENTER)
    b.line("二〇二六年三月", font=KT, size=16, align=CENTER)
    b.page_break()
    # manual table of contents
    b.line("目　　录", font=HT, size=18, align=CENTER)
    b.empty()
    for entry in ["前　　言………………………………………………………………1",
                  "第一部分　通关便利化政策概览………………………………………2",
                  "第二部分　主要便利化措施及办理流程………………………………2",
                  "第三部分　企业信用管理与AEO认证…………………………………4",
                  "第四部分　常用资料…………………………………………………5"]:
        b.line(entry, size=15)
    b.page_break()

    b.line("前　　言", font=HT, size=18, align=CENTER)
    b.empty()
    b.body("口岸是国家对外开放的门户，通关便利化水平直接关系企业获得感和外贸竞争力。近年来，厦门口岸持续深化通关模式改革，"
           "推进“智慧海关”“智慧口岸”建设，进口、出口整体通关时间持续压缩。为便于企业全面了解和掌握各项通关便利化政策措施，"
           "厦门市人民政府口岸管理办公室会同厦门海关，梳理汇总了现行有效的通关便利化政策、主要措施办理流程、企业信用管理要求以及常用资料，编制形成本手册。")
    b.body("本手册所列政策措施以国家及有关部门正式发布的文件为准。本手册自2026年4月1日起施行，"
           "《厦门口岸通关便利化服务指南（2023年版）》同时废止。")
    b.line("厦门市人民政府口岸管理办公室", align=RIGHT)
    b.line("厦门海关　　　　　　", align=RIGHT)
    b.line("2026年3月18日　　　　", align=RIGHT)
    b.page_break()

    # 第一部分
    b.line("第一部分　通关便利化政策概览", font=HT, size=18, align=CENTER)
    b.empty()
    b.heading("一、政策依据")
    b.body("（一）《中华人民共和国海关法》《中华人民共和国进出口商品检验法》及其实施条例等法律法规。")
    b.body("（二）海关总署关于深化通关一体化改革、推广“两步申报”“提前申报”等改革措施的公告。")
    b.heading("二、适用对象")
    b.body("（一）在厦门海关辖区办理进出口货物申报手续的进出口货物收发货人、报关企业。")
    b.body("（二）在厦门口岸从事进出境运输、仓储、装卸等业务的口岸经营单位。")
    b.callout("温馨提示", [
        "企业在办理通关业务前，应确认已在海关完成备案登记，并及时更新企业名称、法定代表人、经营场所等信息。"
        "备案信息与实际情况不一致的，可能影响报关单申报和享受便利化措施。"])

    # 第二部分
    b.line("第二部分　主要便利化措施及办理流程", font=HT, size=18, align=CENTER)
    b.empty()
    b.heading("一、“提前申报”")
    K = {"font": KT, "bold": True}
    b.body([("（一）适用范围。", K),
            "进口货物在装载货物的运输工具启运后、运抵海关监管场所前，出口货物在运入海关监管场所前3日内，"
            "进出口货物收发货人可以向海关提前办理申报手续。"])
    b.body([("（二）办理流程。", K), "企业按以下步骤办理："])
    b.body("1.通过国际贸易“单一窗口”或“互联网+海关”录入报关单数据，在“申报方式”栏选择“提前申报”；")
    b.body("2.海关完成审核后，报关单状态变更为“已接受申报”，企业可提前办理税费缴纳；")
    b.body("3.货物运抵海关监管场所后，海关根据风险布控情况实施放行或者查验。")
    b.heading("二、“两步申报”")
    b.body([("（一）适用范围。", K),
            "境内收货人信用等级为非失信企业的一般贸易进口货物，可以选择“两步申报”模式。"])
    b.body([("（二）办理要求。", K),
            "第一步“概要申报”，对不属于禁限管制且不需检验检疫的货物，企业填报9个项目、确认2个物流项目，"
            "经海关同意后即可提离货物；第二步“完整申报”，企业应在运输工具申报进境之日起14日内完成完整申报，"
            "办理缴纳税款等手续。"])
    b.callout("注意事项", [
        "超过规定期限未完成完整申报的，海关将按照有关规定征收滞报金；涉嫌违规的，依法处理。"],
        fill="FBE4D5")
    b.heading("三、“船边直提”和“抵港直装”")
    b.body([("（一）“船边直提”。", K),
            "进口货物在船舶靠泊前完成申报，海关审核无需查验的，企业可在船舶卸货后直接在码头前沿提离货物，实现“卸船即提离”。"])
    b.body([("（二）“抵港直装”。", K),
            "出口货物在运抵码头前完成申报，海关审核放行后，集装箱运抵港区即可直接装船，实现“抵港即装船”。"])

    # 第三部分
    b.line("第三部分　企业信用管理与AEO认证", font=HT, size=18, align=CENTER)
    b.empty()
    b.heading("一、企业信用等级")
    b.body("海关根据企业信用状况将企业认定为高级认证企业和失信企业，对高级认证企业实施便利的管理措施，"
           "对失信企业实施严格的管理措施；高级认证企业和失信企业之外的其他企业为一般信用企业。")
    b.heading("二、高级认证企业享受的便利措施")
    b.body("1.进出口货物平均查验率低于实施常规管理措施企业平均查验率的20%，法律、行政法规或者海关总署有特殊规定的除外；")
    b.body("2.优先办理进出口货物通关手续及相关业务手续；")
    b.body("3.可以向海关申请免除担保；")
    b.body("4.享受AEO互认国家或者地区海关提供的通关便利措施。")
    b.heading("三、申请认证流程")
    b.body([("（一）企业自评。", K),
            "企业对照《海关高级认证企业标准》开展内部自评，自评达标后向注册地海关提出认证申请。"])
    b.body([("（二）海关认证。", K),
            "海关自收到申请之日起90日内作出认证结论；特殊情形下，认证时限可以延长30日。"])
    b.callout("温馨提示", [
        "经认证的高级认证企业，海关每5年复核一次。企业信用状况发生异常的，海关可以不定期开展复核。"])

    # 第四部分
    b.line("第四部分　常用资料", font=HT, size=18, align=CENTER)
    b.empty()
    b.heading("一、术语对照表")
    b.table(["术语", "英文", "释义"], [
        ["AEO", "Authorized Economic Operator",
         "经认证的经营者，指以任何一种方式参与货物国际流通，\n符合海关总署规定标准的企业。"],
        ["国际贸易“单一窗口”", "International Trade Single Window",
         "参与国际贸易和运输的各方通过单一平台提交标准化信息和单证，满足进出口监管要求的信息化平台。"],
        ["两步申报", "Two-step Declaration",
         "企业先进行概要申报提离货物，再在规定时间内完成完整申报的通关模式。"],
        ["预裁定", "Advance Ruling",
         "海关依企业申请，在货物实际进出口前对商品归类、原产地、价格要素等作出的裁定。"],
    ], widths=[3.2, 4.3, 8.0], size=12, repeat_header=True)
    b.heading("二、常用表格")
    b.line("表1　通关便利化措施预约申请表（样表）", font=HT, size=14, align=CENTER)
    b.table(["项目", "填写内容"], [
        ["申请企业名称", "厦门海润进出口贸易有限公司"],
        ["统一社会信用代码", "91350200MA2Y8K3X5Q"],
        ["申请措施", "船边直提"],
        ["船名/航次", "COSCO SHIPPING ARIES/026E"],
        ["预计抵港时间", "2026年4月8日"],
    ], widths=[5.0, 10.5], size=12)
    b.body("注：本表可通过厦门国际贸易“单一窗口”在线填报，也可在各隶属海关企业服务窗口现场提交。",
           size=14)
    b.heading("三、通讯录")
    b.table(["单位", "科室", "电话", "地址"], [
        ["厦门海关", "口岸监管处", "0592-5693127", "厦门市思明区东港北路1号"],
        ["厦门海关", "企业管理和稽查处", "0592-5693286", "厦门市思明区东港北路1号"],
        ["东渡海关", "综合业务科", "0592-5697315", "厦门市湖里区东渡路88号"],
        ["海沧海关", "企业服务窗口", "0592-6889520", "厦门市海沧区港南路396号"],
        ["厦门市人民政府口岸管理办公室", "综合协调处", "0592-5308612", "厦门市思明区湖滨北路61号"],
    ], merges=[(0, 0, 1)], widths=[4.2, 3.6, 3.3, 4.4], size=12)

    # 版记 at the very end
    b.empty(2)
    p = b.line("抄送：海关总署口岸监管司，福建省商务厅（省口岸办），厦门市人民政府办公厅。", size=14)
    para_border(p, edges=("top", "bottom"), color="000000", sz="8")
    p = b.line("厦门市人民政府口岸管理办公室　　　　　　　2026年3月18日印发", size=14)
    para_border(p, edges=("bottom",), color="000000", sz="8")

    EXPECTED[stem].append({
        "meta": meta(
            title=HB, doc_number=None,
            issuer=["厦门市人民政府口岸管理办公室", "厦门海关"],
            date="2026-03-18", level="municipal", region="厦门市",
            effective="2026-04-01", doc_type="手册",
            repeals="厦门口岸通关便利化服务指南（2023年版）"),
        "clauses": hb_clauses})
    path = os.path.join(HERE, stem + ".docx")
    b.save(path)
    return path


# ======================================================================
# File 2: 重庆 — 中欧班列 铁路口岸 工作手册 (standalone, Word auto-numbering)
# ======================================================================
def make_chongqing():
    stem = "blind550_chongqing_shouce"
    b = Builder()
    cl = []
    b.start(cl)
    TITLE = "中欧班列（成渝）重庆铁路口岸通关便利化工作手册"
    # cover
    b.empty(4)
    b.line("中欧班列（成渝）重庆铁路口岸", font=XBS, size=24, align=CENTER, line=40)
    b.line("通关便利化工作手册", font=XBS, size=24, align=CENTER, line=40)
    b.empty(8)
    t = b.doc.add_table(rows=2, cols=2)  # layout table on the cover, no borders
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (k, v) in enumerate([("编印单位：", "重庆海关\n重庆市人民政府口岸和物流办公室"),
                                ("编印时间：", "二〇二五年十二月")]):
        p = t.cell(i, 0).paragraphs[0]; p.alignment = RIGHT
        fill_para(p, [(k, {"font": KT, "size": 16})])
        p = t.cell(i, 1).paragraphs[0]; p.alignment = LEFT
        fill_para(p, [(v, {"font": KT, "size": 16})])
    t.autofit = False
    t.columns[0].width = Cm(4.0); t.columns[1].width = Cm(9.5)
    for row in t.rows:
        row.cells[0].width = Cm(4.0); row.cells[1].width = Cm(9.5)
    b.page_break()

    b.line("前言", font=HT, size=18, align=CENTER)
    b.empty()
    b.body("中欧班列是推进“一带一路”建设的重要抓手。自2021年中欧班列（成渝）品牌统一运营以来，重庆铁路口岸开行线路持续拓展，"
           "通达欧洲、中亚100余个城市，已成为西部陆海新通道与丝绸之路经济带联动发展的重要枢纽。")
    b.body("为进一步压缩中欧班列通关时间、降低企业物流成本，重庆海关会同重庆市人民政府口岸和物流办公室梳理铁路口岸通关便利化措施，"
           "编制本手册，供班列运营平台、进出口企业、货运代理企业参考使用。")
    b.body("本手册自2026年1月1日起施行，有效期至2028年12月31日。《重庆铁路口岸通关指引（2023年版）》同时废止。")
    b.empty()
    b.line("重庆海关　　重庆市人民政府口岸和物流办公室", align=RIGHT)
    b.line("二〇二五年十二月二十六日　　　　", align=RIGHT)
    b.page_break()

    B = {"bold": True}
    # 第一部分
    b.line("第一部分　中欧班列通关模式", font=HT, size=18, align=CENTER)
    b.empty()
    b.heading("　一、“铁路快通”模式", first_indent=False)
    b.body([("（一）基本内容。", B),
            "“铁路快通”是指进出境铁路列车在口岸站与内陆海关监管作业场所之间直接转关运输，企业无需办理转关手续，"
            "海关通过舱单数据与铁路运单信息比对实现监管的通关模式。"])
    b.body([("（二）适用条件。", B), "适用“铁路快通”模式的货物应当同时满足以下条件："])
    n1 = new_list(b.doc)
    b.body("使用中欧班列运输的进出口货物；", numid=n1, num_display="1.")
    b.body("列车编组及集装箱信息已通过铁路舱单系统如实申报；", numid=n1, num_display="2.")
    b.body("货物在重庆团结村中心站等海关监管作业场所办理查验和放行手续。", numid=n1, num_display="3.")
    b.body([("（三）办理时限。", B),
            "舱单数据应当在列车抵达口岸站前2小时传输至海关；海关在收到完整数据后即时完成审核。"])
    b.heading("　二、“中欧班列+跨境电商”模式", first_indent=False)
    b.body([("（一）适用范围。", B),
            "跨境电商企业可以通过中欧班列运输跨境电商B2B出口（9710、9810）货物，享受“一次登记、一点对接、便利申报、优先查验”等措施。"])
    b.body([("（二）申报要求。", B),
            "企业应当在货物运抵监管场所前，通过跨境电商出口统一版系统或国际贸易“单一窗口”完成申报，"
            "清单申报与报关单申报可以按照规定汇总办理。"])
    b.callout("注意事项", [
        "（1）通过中欧班列运输的跨境电商货物不得夹带禁止进出境物品；",
        "（2）开展跨境电商出口海外仓业务的企业，应当事先向海关办理出口海外仓业务模式备案。"],
        fill="FFF2CC")

    # 第二部分
    b.line("第二部分　通关流程及时限", font=HT, size=18, align=CENTER)
    b.empty()
    b.body("重庆铁路口岸进出口货物主要通关环节及时限要求如下：")
    b.line("表1　主要通关环节及时限", font=HT, size=14, align=CENTER)
    b.table(["环节", "办理主体", "办理时限"], [
        ["舱单传输", "铁路运输企业", "列车抵达口岸站前2小时"],
        ["报关单申报", "收发货人或\n报关企业", "运输工具申报进境之日起14日内"],
        ["查验", "海关", "布控指令下达后1个工作日内"],
        ["放行", "海关", "查验无异常后即时放行"],
    ], widths=[3.5, 4.5, 7.5], size=12)

    # 第三部分 — Word numbering, restarted
    b.line("第三部分　便利化服务措施", font=HT, size=18, align=CENTER)
    b.empty()
    n2 = new_list(b.doc)
    b.body([("优先查验。", B), "对中欧班列运输的鲜活产品、精密仪器、跨境电商货物，海关实行优先查验、快速放行。"],
           numid=n2, num_display="1.")
    b.body([("集中查验。", B), "在团结村中心站设立集中查验区，实行“一次吊装、联合查验”，减少企业重复搬倒。"],
           numid=n2, num_display="2.")
    b.body([("“7×24小时”预约通关。", B), "企业可以通过国际贸易“单一窗口”预约非工作时间通关，海关安排专人在线响应。"],
           numid=n2, num_display="3.")
    b.body([("运费分摊。", B), "对以中欧班列运输的进口货物，企业可以按照海关规定的运费分摊方法申报完税价格，减轻税负。"],
           numid=n2, num_display="4.")
    b.body([("信用激励。", B), "高级认证企业（AEO）通过中欧班列进出口货物的，享受更低查验率和优先办理等便利措施。"],
           numid=n2, num_display="5.")

    # 第四部分
    b.line("第四部分　常见问题解答", font=HT, size=18, align=CENTER)
    b.empty()
    b.body([("问题1：", B), "班列货物在境外段发生换装，是否需要重新向海关申报？"])
    b.body("答：不需要。境外段换装不改变货物进出境申报信息，企业应当确保铁路舱单中的集装箱号与实际一致；集装箱号发生变更的，由铁路运输企业办理舱单变更。")
    b.body([("问题2：", B), "中欧班列进口货物能否在重庆以外的地点办理最终通关手续？"])
    b.body("答：可以。企业可以选择“铁路快通”或者转关方式，将货物运至内陆目的地海关监管作业场所办理申报、查验和放行手续。")

    # 附录
    b.page_break()
    b.line("附　　录", font=HT, size=18, align=CENTER)
    b.empty()
    b.heading("一、术语表")
    b.table(["术语", "英文", "释义"], [
        ["中欧班列", "China-Europe Railway Express",
         "按照固定车次、线路、班期和全程运行时刻开行，运行于中国与欧洲以及“一带一路”共建国家间的集装箱等铁路国际联运列车。"],
        ["经认证的经营者", "Authorized Economic Operator（AEO）",
         "经海关认证，符合海关总署规定的信用、守法和安全标准，享受通关便利的企业。"],
        ["铁路舱单", "Railway Manifest",
         "进出境铁路列车负责人或其代理人向海关申报的反映所载货物、集装箱等信息的载货清单。"],
        ["多式联运", "Multimodal Transport",
         "由两种及以上运输方式相互衔接、转运而共同完成的货物运输过程。"],
    ], widths=[3.2, 4.5, 7.8], size=12, repeat_header=True)
    b.heading("二、常用表格")
    b.line("中欧班列货物集中查验预约单（样表）", font=HT, size=14, align=CENTER)
    b.table(["序号", "集装箱号", "品名", "件数", "预约查验时间"], [
        ["1", "TGHU8890123", "笔记本电脑", "1200", "2026年1月15日10:00"],
        ["2", "CAIU7321456", "汽车零部件", "86", "2026年1月15日14:30"],
    ], widths=[1.5, 3.5, 3.5, 2.0, 5.0], size=12)
    b.body("注：预约单应当于查验前1个工作日通过国际贸易“单一窗口”提交。", size=14)
    b.heading("三、通讯录")
    b.table(["单位", "科室", "电话", "地址"], [
        ["重庆海关", "口岸监管处", "023-61591233", "重庆市渝北区东湖南路1号"],
        ["西永海关", "物流监控科", "023-65678210", "重庆市沙坪坝区西永大道28号"],
        ["重庆市人民政府口岸和物流办公室", "口岸协调处", "023-63899615", "重庆市渝中区人民路232号"],
        ["中欧班列（成渝）重庆运营平台", "客户服务中心", "023-68061551", "重庆市沙坪坝区团结村中心站"],
    ], widths=[4.5, 3.2, 3.3, 4.5], size=12)

    EXPECTED[stem] = [{
        "meta": meta(
            title=TITLE, issuer=["重庆海关", "重庆市人民政府口岸和物流办公室"],
            date="2025-12-26", level="provincial", region="重庆市",
            effective="2026-01-01", expires="2028-12-31", doc_type="手册",
            repeals="重庆铁路口岸通关指引（2023年版）"),
        "clauses": cl}]
    path = os.path.join(HERE, stem + ".docx")
    b.save(path)
    return path


# ======================================================================
# File 3: 钦州港片区 — 跨境电商 工作手册（试行）, Word Chinese-counting numbering
# ======================================================================
def make_qinzhou():
    stem = "blind550_qinzhou_shouce"
    b = Builder()
    cl = []
    b.start(cl)
    TITLE = "中国（广西）自由贸易试验区钦州港片区跨境电商企业通关便利化工作手册（试行）"
    ZONE = "中国（广西）自由贸易试验区钦州港片区"
    b.empty(3)
    b.line("中国（广西）自由贸易试验区钦州港片区", font=XBS, size=22, align=CENTER, line=36)
    b.line("跨境电商企业通关便利化工作手册", font=XBS, size=22, align=CENTER, line=36)
    b.line("（试行）", font=KT, size=18, align=CENTER, line=36)
    b.empty(9)
    b.line("钦州港片区管委会　　钦州港海关", font=KT, size=16, align=CENTER)
    b.line("2026年2月", font=KT, size=16, align=CENTER)
    b.page_break()

    b.line("前　言", font=HT, size=18, align=CENTER)
    b.body("为贯彻落实国家关于促进跨境电子商务健康发展的部署要求，发挥钦州港片区西部陆海新通道门户港和钦州综合保税区的叠加优势，"
           "中国（广西）自由贸易试验区钦州港片区管理委员会会同钦州港海关编制本手册，集中介绍跨境电商监管模式、通关便利化措施和税收政策。")
    b.body("本手册自2026年3月1日起试行，试行期至2027年12月31日。试行期间国家有新规定的，从其规定。")
    b.line("中国（广西）自由贸易试验区钦州港片区管理委员会", align=RIGHT)
    b.line("钦州港海关　　　　　　　　　", align=RIGHT)
    b.line("2026年2月10日　　　　　　　　", align=RIGHT)
    b.empty()

    # headings typed as bold body text rather than styles
    b.line("第一部分　跨境电商监管模式", font=HT, size=16, align=LEFT, first_indent=True)
    b.line("一、海关监管方式代码", font=FS, size=16, align=LEFT, first_indent=True, bold=True)
    n1 = new_list(b.doc, fmt="chineseCounting", lvl_text="（%1）")
    b.body("“9610”跨境贸易电子商务。适用于境内个人或者电子商务企业通过电子商务交易平台实现交易，"
           "并采用“清单核放、汇总申报”模式办理通关手续的零售进出口商品。", numid=n1, num_display="（一）")
    b.body("“1210”保税跨境贸易电子商务。适用于境内个人或者电子商务企业在经海关认可的电子商务平台实现跨境交易，"
           "并通过海关特殊监管区域或者保税监管场所进出的电子商务零售进出境商品。", numid=n1, num_display="（二）")
    b.body("“9710”跨境电商B2B直接出口。适用于跨境电商企业通过跨境电商平台与境外企业达成交易后，"
           "通过跨境物流将货物直接出口送达境外企业。", numid=n1, num_display="（三）")
    b.body("“9810”跨境电商出口海外仓。适用于跨境电商企业先将货物通过跨境物流出口至海外仓，"
           "通过跨境电商平台实现交易后从海外仓送达购买者。", numid=n1, num_display="（四）")
    b.line("二、企业注册登记", font=FS, size=16, align=LEFT, first_indent=True, bold=True)
    n2 = new_list(b.doc, fmt="chineseCounting", lvl_text="（%1）")
    b.body("跨境电商企业、物流企业、支付企业应当向所在地海关办理信息登记；需要办理报关业务的，向所在地海关办理备案。",
           numid=n2, num_display="（一）")
    b.body("开展“1210”业务的企业，应当在钦州综合保税区内设立或者委托区内企业开展仓储作业。",
           numid=n2, num_display="（二）")
    b.callout(None, [[("温馨提示：", {"font": HT}),
                      "企业信息登记可以通过国际贸易“单一窗口”标准版“企业资质”子系统在线办理，全程无纸化，海关即时审核。"]],
              fill="DEEAF6")

    b.line("第二部分　通关便利化措施", font=HT, size=16, align=LEFT, first_indent=True)
    B = {"bold": True}
    b.body([("1.“清单核放、汇总申报”。", B),
            "跨境电商零售出口企业可以按照“清单核放、汇总申报”方式办理通关手续，于每月15日前将上月结关的申报清单汇总形成报关单向海关申报。"])
    b.body([("2.退货便利。", B),
            "跨境电商零售进口商品退货的，可以在申报清单放行之日起30日内申请退货，退货商品应当在放行之日起45日内运抵原监管作业场所。"])
    b.body([("3.“区港联动”。", B),
            "钦州综合保税区与钦州港口岸实行“一次申报、一次查验、一次放行”，货物在港区与区内之间直接流转。"])
    b.body([("4.“跨境电商+海铁联运”。", B),
            "依托西部陆海新通道，跨境电商货物可以通过海铁联运班列往返钦州港，实行“一次申报、全程转关”。"])

    b.line("第三部分　税收政策", font=HT, size=16, align=LEFT, first_indent=True)
    b.body("一、跨境电子商务零售进口商品的单次交易限值为人民币5000元，个人年度交易限值为人民币26000元。")
    b.body("二、在限值以内进口的跨境电子商务零售进口商品，关税税率暂设为0%；进口环节增值税、消费税取消免征税额，暂按法定应纳税额的70%征收。")
    b.body("三、对跨境电子商务综合试验区内符合条件的零售出口企业，试行增值税、消费税“无票免税”政策。")

    b.line("第四部分　常用资料", font=HT, size=16, align=LEFT, first_indent=True)
    b.line("一、术语", font=FS, size=16, align=LEFT, first_indent=True, bold=True)
    b.table(["术语", "英文", "释义"], [
        ["跨境电子商务", "Cross-border E-commerce",
         "分属不同关境的交易主体，通过电子商务平台达成交易、进行支付结算，并通过跨境物流送达商品的国际商业活动。"],
        ["海外仓", "Overseas Warehouse", "跨境电商企业在境外设立或者租用、用于存储和配送出口商品的仓储设施。"],
        ["经认证的经营者", "Authorized Economic Operator", "海关认证的高级认证企业，在全球互认国家或者地区享受通关便利。"],
    ], widths=[3.2, 4.3, 8.0], size=12)
    b.line("二、常用表格", font=FS, size=16, align=LEFT, first_indent=True, bold=True)
    b.line("跨境电商企业信息登记表（样表）", font=HT, size=14, align=CENTER)
    b.table(["类别", "登记项目", "登记内容"], [
        ["企业基本信息", "企业名称", "广西钦州北部湾跨境电商供应链有限公司"],
        ["企业基本信息", "统一社会信用代码", "91450700MA5P3R7K2H"],
        ["企业基本信息", "企业类型", "跨境电商企业"],
        ["业务信息", "监管方式", "1210"],
        ["业务信息", "仓储地点", "钦州综合保税区3号仓库"],
    ], merges=[(0, 0, 2), (0, 3, 4)], widths=[3.5, 4.5, 7.5], size=12)
    b.line("三、通讯录", font=FS, size=16, align=LEFT, first_indent=True, bold=True)
    b.table(["单位", "科室", "电话", "地址"], [
        ["钦州港海关", "综合业务科", "0777-3886102", "钦州市钦州港区金海湾东大街8号"],
        ["钦州港海关", "保税监管科", "0777-3886215", "钦州市钦州港区金海湾东大街8号"],
        ["钦州港片区管委会", "口岸和物流服务局", "0777-3689520", "钦州市钦州港区滨海大道1号"],
        ["钦州综合保税区", "企业服务中心", "0777-3689633", "钦州市钦州港区中马大街6号"],
    ], merges=[(0, 0, 1), (3, 0, 1)], widths=[3.8, 3.6, 3.3, 4.8], size=12)

    EXPECTED[stem] = [{
        "meta": meta(
            title=TITLE, issuer=["中国（广西）自由贸易试验区钦州港片区管理委员会", "钦州港海关"],
            date="2026-02-10", level="zone", region=ZONE,
            effective="2026-03-01", expires="2027-12-31", doc_type="手册"),
        "clauses": cl}]
    path = os.path.join(HERE, stem + ".docx")
    b.save(path)
    return path


def main():
    paths = [make_xiamen(), make_chongqing(), make_qinzhou()]
    for p in paths:
        to_pdf(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
