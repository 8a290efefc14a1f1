# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 497 blind test documents: customs 公告 + 解读 on 综合保税区 measures."""
import json
import os
import subprocess
import copy

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)
BR = object()  # soft line break marker


def set_run_font(run, name, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    rFonts.set(qn("w:ascii"), "Times New Roman")
    rFonts.set(qn("w:hAnsi"), "Times New Roman")
    rFonts.set(qn("w:eastAsia"), name)


def border_bottom(paragraph, color="FF0000", sz="18"):
    pPr = paragraph._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    pPr.append(pbdr)


def add_page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_run_font(r, "宋体", 14)
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._element.append(f1)
    r._element.append(it)
    r._element.append(f2)
    r._element.append(t)
    r._element.append(f3)
    r = p.add_run(" —")
    set_run_font(r, "宋体", 14)


def set_cell_width(cell, cm):
    cell.width = Cm(cm)
    tcPr = cell._tc.get_or_add_tcPr()
    w = tcPr.find(qn("w:tcW"))
    if w is None:
        w = OxmlElement("w:tcW")
        tcPr.append(w)
    w.set(qn("w:w"), str(int(cm * 567)))
    w.set(qn("w:type"), "dxa")


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


class Builder:
    def __init__(self, stem):
        self.stem = stem
        self.doc = Document()
        self.docs = []  # list of {"meta":..., "clauses": [...]}
        self.cur = None
        self._num_counter = 0
        sec = self.doc.sections[0]
        sec.page_width = Cm(21)
        sec.page_height = Cm(29.7)
        sec.top_margin = Cm(3.7)
        sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)
        add_page_number_footer(sec)
        st = self.doc.styles["Normal"]
        st.font.size = Pt(16)
        st.element.get_or_add_rPr()
        rf = st.element.rPr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            st.element.rPr.insert(0, rf)
        rf.set(qn("w:eastAsia"), FS)
        rf.set(qn("w:ascii"), "Times New Roman")
        rf.set(qn("w:hAnsi"), "Times New Roman")
        st.paragraph_format.space_before = Pt(0)
        st.paragraph_format.space_after = Pt(0)
        st.paragraph_format.line_spacing = Pt(28)

    # ---- document bookkeeping
    def start(self, meta):
        self.cur = {"meta": meta, "clauses": []}
        self.docs.append(self.cur)

    def _rec(self, text):
        self.cur["clauses"].append(text)

    # ---- paragraphs
    def p(self, runs, font=FS, size=16, align=None, first_indent=True,
          clause=True, bold=False, color=None, page_break_before=False,
          line=None, left_indent=None):
        """runs: str or list of items: str | (text, font, bold) | BR"""
        par = self.doc.add_paragraph()
        if align is not None:
            par.alignment = align
        if first_indent:
            par.paragraph_format.first_line_indent = Pt(size * 2)
        if left_indent is not None:
            par.paragraph_format.left_indent = Pt(left_indent)
        if page_break_before:
            par.paragraph_format.page_break_before = True
        if line is not None:
            par.paragraph_format.line_spacing = Pt(line)
        if isinstance(runs, str):
            runs = [runs]
        text = []
        for item in runs:
            if item is BR:
                r = par.add_run()
                r.add_break(WD_BREAK.LINE)
                continue
            if isinstance(item, tuple):
                t, f, b = item
            else:
                t, f, b = item, font, bold
            r = par.add_run(t)
            set_run_font(r, f, size, bold=b, color=color)
            text.append(t)
        if clause:
            self._rec("".join(text).strip().lstrip("\u3000").strip())
        return par

    def empty(self, n=1):
        for _ in range(n):
            self.doc.add_paragraph()

    def heading(self, text, font=HT, indent=True):
        return self.p(text, font=font, clause=False, first_indent=indent)

    def title(self, runs, size=22):
        return self.p(runs, font=XBS, size=size, align=WD_ALIGN_PARAGRAPH.CENTER,
                      first_indent=False, clause=False, line=36)

    # ---- Word automatic numbering (decimal "1." without tab)
    def new_decimal_list(self):
        numbering = self.doc.part.numbering_part.element
        self._num_counter += 1
        aid = 500 + self._num_counter
        nid = 700 + self._num_counter
        absn = OxmlElement("w:abstractNum")
        absn.set(qn("w:abstractNumId"), str(aid))
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "singleLevel")
        absn.append(mlt)
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"),
                         ("w:suff", "nothing"), ("w:lvlText", "%1."),
                         ("w:lvlJc", "left")):
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
        rf.set(qn("w:ascii"), "Times New Roman")
        rf.set(qn("w:hAnsi"), "Times New Roman")
        rf.set(qn("w:eastAsia"), FS)
        rpr.append(rf)
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), "32")
        rpr.append(sz)
        lvl.append(rpr)
        absn.append(lvl)
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            numbering.append(absn)
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(nid))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), str(aid))
        num.append(a)
        numbering.append(num)
        return nid

    def numbered(self, nid, idx, runs):
        """paragraph carrying Word numbering; idx = displayed number (for the key)"""
        par = self.p(runs, clause=False, first_indent=False)
        pPr = par._p.get_or_add_pPr()
        numPr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), str(nid))
        numPr.append(il)
        numPr.append(ni)
        pPr.insert(0, numPr)
        par.paragraph_format.first_line_indent = Pt(32)
        if isinstance(runs, str):
            runs = [runs]
        txt = "".join(r if isinstance(r, str) else r[0] for r in runs if r is not BR)
        self._rec("%d.%s" % (idx, txt))
        return par

    # ---- tables
    def table(self, header, rows, widths, clause=True, size=12, font=FS,
              header_font=HT, style="Table Grid"):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        if style:
            t.style = self.doc.styles[style]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(header):
            c = t.rows[0].cells[j]
            set_cell_width(c, widths[j])
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = c.paragraphs[0].add_run(h)
            set_run_font(r, header_font, size, bold=False)
        set_repeat_header(t.rows[0])
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                c = t.rows[i + 1].cells[j]
                set_cell_width(c, widths[j])
                par = c.paragraphs[0]
                par.paragraph_format.line_spacing = Pt(20)
                r = par.add_run(v)
                set_run_font(r, font, size)
            if clause:
                self._rec("；".join("%s：%s" % (header[j], row[j]) for j in range(len(header))))
        return t

    def layout_table(self, cells_rows, widths, size=16, aligns=None):
        """borderless table used for layout (not clauses)"""
        t = self.doc.add_table(rows=len(cells_rows), cols=len(widths))
        for i, row in enumerate(cells_rows):
            for j, v in enumerate(row):
                c = t.rows[i].cells[j]
                set_cell_width(c, widths[j])
                par = c.paragraphs[0]
                if aligns:
                    par.alignment = aligns[j]
                if v:
                    r = par.add_run(v)
                    set_run_font(r, FS, size)
        return t

    def banji(self, lines):
        """版记: one-column table with top/bottom rules only"""
        t = self.doc.add_table(rows=len(lines), cols=1)
        tbl = t._tbl
        tblPr = tbl.tblPr
        borders = OxmlElement("w:tblBorders")
        for edge in ("top", "bottom", "insideH"):
            e = OxmlElement("w:" + edge)
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), "8")
            e.set(qn("w:color"), "000000")
            borders.append(e)
        tblPr.append(borders)
        for i, ln in enumerate(lines):
            c = t.rows[i].cells[0]
            set_cell_width(c, 15.6)
            r = c.paragraphs[0].add_run(ln)
            set_run_font(r, FS, 14)
        return t

    # ---- output
    def save(self):
        path = os.path.join(HERE, self.stem + ".docx")
        self.doc.save(path)
        return path


def red_header(b, text, size=36, number_line=None):
    b.empty()
    p = b.p(text, font=XBS, size=size, align=WD_ALIGN_PARAGRAPH.CENTER,
            first_indent=False, clause=False, color=RED, line=60)
    if number_line:
        b.p(number_line, font=FS, size=16, align=WD_ALIGN_PARAGRAPH.CENTER,
            first_indent=False, clause=False)
    rule = b.doc.add_paragraph()
    border_bottom(rule)
    b.empty()


# =====================================================================
# 1. 郑州海关公告2025年第6号 + 附件
# =====================================================================
def build_zhengzhou_gonggao():
    b = Builder("blind497_zhengzhou_gonggao")
    t_full = "郑州海关关于支持综合保税区保税维修业务高质量发展的公告"
    att1 = "综合保税区保税维修业务申请表"
    att2 = "郑州海关关区综合保税区保税维修产品目录（第一批）"
    repealed = "《郑州海关关于综合保税区保税维修业务有关事项的公告》（郑州海关公告2020年第4号）"
    b.start({
        "title": t_full,
        "doc_number": "郑州海关公告2025年第6号",
        "issuer": ["郑州海关"],
        "date": "2025-12-05",
        "published": None,
        "level": "provincial",
        "region": "河南省",
        "effective": "2026-01-01",
        "expires": "2028-12-31",
        "attachments": [att1, att2],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": repealed,
    })
    red_header(b, "郑州海关公告", size=42, number_line="2025年第6号")
    # title broken with a soft line break (Shift+Enter)
    b.title(["郑州海关关于支持综合保税区保税维修业务", BR, "高质量发展的公告"])
    b.empty()
    b.p("为贯彻落实《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2022〕8号）"
        "和《海关总署关于支持综合保税区内企业开展维修业务的公告》（海关总署公告2020年第16号）等文件精神，"
        "进一步支持郑州海关关区综合保税区（以下简称综保区）内企业开展保税维修（Bonded Maintenance）业务，"
        "推动加工制造向研发、检测、维修等产业链两端延伸，现将有关事项公告如下：")

    b.heading("一、适用范围和业务类型")
    b.p("（一）本公告适用于郑州海关关区内的郑州新郑综合保税区、郑州经开综合保税区、洛阳综合保税区、"
        "南阳卧龙综合保税区和开封综合保税区。")
    b.p("（二）本公告所称保税维修，是指综保区内企业以保税方式将存在部件损坏、功能失效、质量缺陷等问题的货物"
        "从境外或者境内区外运入综保区进行检测、维修后复运出境或者复运回境内区外的经营活动。")
    b.p("（三）区内企业可以按照以下类型开展保税维修业务：")
    b.p("1.全球维修（Global Maintenance），即待维修货物从境外运入综保区维修后复运出境；")
    b.p("2.国内维修（Domestic Maintenance），即待维修货物从境内区外运入综保区维修后复运回境内区外；")
    b.p("3.再制造（Remanufacturing），即对旧件、坏件进行专业化修复并使其质量特性不低于原型新品水平的业务，"
        "具体按照国家有关规定执行；")
    b.p("4.保税检测（Bonded Testing），即为维修业务配套开展的检测、测试、诊断等业务。")

    b.heading("二、维修产品范围")
    b.p("（一）区内企业开展保税维修业务，维修产品应当列入《综合保税区维修产品目录》或者本公告附件2所列"
        "《郑州海关关区综合保税区保税维修产品目录（第一批）》（以下简称《产品目录》）。")
    b.p("（二）禁止开展国家禁止进出口货物的维修业务。维修涉及消耗臭氧层物质、旧机电产品等国家限制进口货物的，"
        "应当符合国家有关规定。")
    b.p("（三）《产品目录》实行动态调整。区内企业需要增列维修产品的，可以通过所在地海关向郑州海关提出建议，"
        "郑州海关会同相关部门评估后适时公布。")

    b.empty()
    b.heading("三、业务办理")
    b.p([("（一）提交申请。", KT, True),
         "区内企业开展保税维修业务前，应当向主管海关提交《综合保税区保税维修业务申请表》（附件1），"
         "并提供以下材料："])
    b.p("1.维修业务说明，包括维修产品名称、商品编码、维修工艺流程、年维修能力等；")
    b.p("2.维修场所、维修设备及检测设备清单；")
    b.p("3.旧件、坏件、废料的处置方案，涉及固体废物的，应当同时提供与有资质的处置单位签订的协议；")
    b.p("4.海关认为需要提供的其他材料。")
    b.p([("（二）账册设立。", KT, True),
         "主管海关自收到齐全有效的申请材料之日起5个工作日内完成审核。审核通过的，区内企业应当在金关工程二期"
         "加工贸易管理系统设立保税维修账册（以下简称维修账册），对待维修货物、维修用料件、维修后货物及旧件、"
         "坏件分别设立项号，实行分类管理。"])
    b.p([("（三）变更和终止。", KT, True),
         "维修产品、维修场所、处置方案等发生变化的，区内企业应当自变化之日起10个工作日内向主管海关申请变更；"
         "不再开展保税维修业务的，应当在办结维修账册核销手续后申请终止。"])

    b.heading("四、监管要求")
    b.p([("（一）申报方式。", KT, True),
         "待维修货物进出综保区，区内企业按照以下方式办理申报手续："])
    b.p("1.从境外运入综保区维修的，监管方式为“保税维修”（代码1371），维修后复运出境的监管方式相同；")
    b.p("2.从境内区外运入综保区维修的，区外企业以“修理物品”（代码1300）申报出区，维修后复运回境内区外时"
        "按照“修理物品”申报进口；")
    b.p("3.维修用料件从境外进口的，按照以下情形办理：")
    b.p("（1）用于全球维修的，予以保税；")
    b.p("（2）用于国内维修的，维修后随维修货物复运回境内区外时，按照料件实际进口状态征收关税和进口环节税。")
    b.p([("（二）旧件、坏件处置。", KT, True),
         "维修过程中替换下的旧件、坏件原则上复运出境；不能复运出境的，按照固体废物管理有关规定处置，"
         "其中属于固体废物的，不得擅自内销或者转让。"])
    b.p([("（三）数据管理。", KT, True),
         "区内企业应当建立符合海关监管要求的电子化管理系统，对维修货物的进出、维修、存储、处置等实行全流程记录，"
         "相关数据保存期限不少于3年。"])
    b.p([("（四）核销和盘点。", KT, True),
         "维修账册原则上按年度核销。区内企业应当于每年3月31日前向主管海关报送上一年度维修业务开展情况，"
         "海关根据风险分析情况实施核查。"])
    b.p([("（五）信用管理。", KT, True),
         "区内企业违反本公告规定的，海关依照《中华人民共和国海关法》《中华人民共和国海关行政处罚实施条例》"
         "等规定处理，并纳入企业信用管理。"])

    b.heading("五、其他事项")
    b.p("（一）在综保区内开展保税维修业务涉及检验检疫、卫生处理的，按照海关有关规定办理。")
    b.p("（二）本公告施行前已设立的维修账册，区内企业应当在2026年6月30日前按照本公告要求办理变更手续。")
    b.p("（三）本公告由郑州海关负责解释。")
    b.p("（四）本公告自2026年1月1日起施行，有效期至2028年12月31日。" + repealed + "同时废止。")
    b.p("特此公告。")
    # 附件 list aligned with manual spaces
    b.p("附件：1." + att1, clause=False)
    b.p("      2." + att2, clause=False)
    b.empty()
    b.p("                                      郑州海关", clause=False, first_indent=False)
    b.p("                                 2025年12月5日", clause=False, first_indent=False)

    # ---- 附件1: form with checkboxes
    b.p("附件1", font=HT, clause=False, first_indent=False, page_break_before=True)
    b.empty()
    b.title(att1, size=20)
    b.empty()
    form_rows = [
        ["申请事项", "☐首次申请　☐变更　☐延续　☐终止"],
        ["所在综保区", "☐郑州新郑综合保税区　☐郑州经开综合保税区　☐洛阳综合保税区　☐南阳卧龙综合保税区　☐开封综合保税区"],
        ["业务类型", "☐全球维修（Global Maintenance）　☐国内维修（Domestic Maintenance）　☐再制造（Remanufacturing）　☐保税检测（Bonded Testing）"],
        ["待维修货物来源", "☐境外　☐境内区外　☐综保区内"],
        ["监管方式", "☐保税维修（1371）　☐修理物品（1300）"],
        ["维修产品是否列入《产品目录》", "☐是　☐否"],
        ["旧件、坏件处置方式", "☐复运出境　☐交由有资质单位处置　☐其他：________"],
        ["是否建立电子化管理系统", "☐是　☐否（预计建成时间：____年__月）"],
        ["企业承诺", "☑本企业已知悉海关有关规定，承诺所填内容及提交材料真实、准确、完整，并对其真实性负法律责任。"],
        ["申请企业（盖章）", "法定代表人（签字）：　　　　年　　月　　日"],
    ]
    b.table(["项目", "填报内容"], form_rows, widths=[4.2, 11.4], size=12)
    b.empty()
    b.heading("填表说明：", font=HT, indent=False)
    b.p("1.本表由申请企业如实填写，一式两份，主管海关和申请企业各留存一份。", size=14)
    b.p("2.选择项请在对应的“☐”内打“☑”，除“申请事项”外可以多选。", size=14)
    b.p("3.“业务类型”中英文名称仅供对照，以中文表述为准。", size=14)
    b.p("4.“监管方式”栏按照待维修货物的来源勾选，境外运入的勾选“保税维修（1371）”，境内区外运入的勾选"
        "“修理物品（1300）”。", size=14)
    b.p("5.勾选“其他”的，应当在横线处注明具体内容；填写内容较多的，可另附页说明。", size=14)

    # ---- 附件2: catalogue table
    b.p("附件2", font=HT, clause=False, first_indent=False, page_break_before=True)
    b.empty()
    b.title(att2, size=20)
    b.empty()
    cat_rows = [
        ["1", "航空器及零部件", "航空发动机、起落架、机载电子设备", "8411、8803、8526", "全球维修、国内维修"],
        ["2", "智能终端", "手机、平板电脑、笔记本电脑", "8517、8471", "全球维修、国内维修、再制造"],
        ["3", "工程机械", "盾构机、挖掘机、起重机及关键零部件", "8430、8429、8426", "全球维修、再制造"],
        ["4", "轨道交通装备", "中欧班列集装箱、铁路货车关键部件", "8609、8607", "全球维修、国内维修"],
        ["5", "医疗器械", "医用影像设备、检测仪器", "9018、9022", "全球维修、保税检测"],
        ["6", "新能源汽车零部件", "动力电池包、电机控制器", "8507、8504", "保税检测、国内维修"],
        ["7", "数控机床", "加工中心、数控车床", "8457、8458", "全球维修、再制造"],
        ["8", "服务器及网络设备", "服务器、交换机、路由器", "8471、8517", "全球维修、国内维修"],
    ]
    b.table(["序号", "产品类别", "主要产品", "商品编码（前4位）", "适用业务类型"], cat_rows,
            widths=[1.2, 2.9, 4.3, 3.9, 3.3], size=12)
    b.p("注：本目录未列明的产品，按照《综合保税区维修产品目录》执行。", size=12, first_indent=False)
    b.empty(3)
    b.banji([
        "抄送：河南省人民政府办公厅，河南省商务厅，河南省发展和改革委员会，各综合保税区管理机构。",
        "郑州海关办公室                              2025年12月5日印发",
    ])
    return b


# =====================================================================
# 2. 郑州海关 政策解读 (一问一答, questions on their own lines)
# =====================================================================
def build_zhengzhou_jiedu():
    b = Builder("blind497_zhengzhou_jiedu")
    title = "《郑州海关关于支持综合保税区保税维修业务高质量发展的公告》政策解读"
    b.start({
        "title": title,
        "doc_number": None,
        "issuer": ["郑州海关"],
        "date": "2025-12-08",
        "published": None,
        "level": "provincial",
        "region": "河南省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "解读",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    })
    b.title(["《郑州海关关于支持综合保税区保税维修业务", BR, "高质量发展的公告》政策解读"])
    b.empty()
    b.heading("一、出台背景")
    b.p("　　综合保税区是开放层次最高、政策最优惠、功能最齐全的海关特殊监管区域。近年来，河南省综合保税区"
        "保税维修业务快速发展，郑州新郑综合保税区智能终端维修、洛阳综合保税区工程机械再制造等业务初具规模，"
        "但也面临维修产品范围不够明确、业务办理流程不够统一、旧件坏件处置要求不够具体等问题。",
        first_indent=False)
    b.p("　　为贯彻落实《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2022〕8号），"
        "在总结前期监管实践的基础上，郑州海关研究制定了《郑州海关关于支持综合保税区保税维修业务高质量发展的公告》"
        "（郑州海关公告2025年第6号，以下简称《公告》）。", first_indent=False)
    b.empty()
    b.heading("二、主要内容")
    b.p("　　《公告》共五个部分，主要包括以下内容：", first_indent=False)
    b.p([("　　（一）明确适用范围和业务类型。", KT, True),
         "《公告》适用于关区内5个综合保税区，将保税维修业务细分为全球维修（Global Maintenance）、"
         "国内维修（Domestic Maintenance）、再制造（Remanufacturing）和保税检测（Bonded Testing）四种类型。"],
        first_indent=False)
    b.p([("　　（二）发布关区维修产品目录。", KT, True),
         "在国家《综合保税区维修产品目录》基础上，结合河南省产业特点，发布《郑州海关关区综合保税区保税维修产品目录"
         "（第一批）》，涵盖航空器及零部件、智能终端、工程机械、轨道交通装备等8类产品，并实行动态调整。"],
        first_indent=False)
    b.p([("　　（三）规范业务办理流程。", KT, True),
         "明确申请材料、审核时限和账册设立要求，将审核时限压缩至5个工作日，并统一使用《综合保税区保税维修业务申请表》。"],
        first_indent=False)
    b.p([("　　（四）细化监管要求。", KT, True),
         "对申报方式、旧件坏件处置、数据管理、核销盘点和信用管理等作出具体规定。"],
        first_indent=False)
    b.empty()
    b.heading("三、一问一答")
    qa = [
        ("1.哪些企业可以开展保税维修业务？",
         ["答：郑州新郑综合保税区、郑州经开综合保税区、洛阳综合保税区、南阳卧龙综合保税区和开封综合保税区内依法设立、"
          "具有相应维修能力、已建立符合海关监管要求的电子化管理系统的企业，均可以按照《公告》规定申请开展保税维修业务。"]),
        ("2.全球维修和国内维修有什么区别？",
         ["答：全球维修（Global Maintenance）是指待维修货物从境外运入综保区维修后复运出境，待维修货物和维修用料件"
          "均予以保税；国内维修（Domestic Maintenance）是指待维修货物从境内区外运入综保区维修后复运回境内区外，"
          "维修用料件从境外进口的，在维修后随维修货物复运回境内区外时按照规定征税。"]),
        ("3.申请开展保税维修业务需要提交哪些材料？",
         ["答：企业应当向主管海关提交《综合保税区保税维修业务申请表》，并提供维修业务说明，维修场所、维修设备及检测"
          "设备清单，旧件、坏件、废料的处置方案，以及海关认为需要提供的其他材料。"]),
        ("4.申请表中的选择项如何填写？",
         ["答：申请表中的选择项均以“☐”标示，企业应当在对应的“☐”内打“☑”。其中，“申请事项”为单选，其他选择项"
          "可以多选；“企业承诺”一栏已默认勾选，企业应当认真阅读承诺内容后签字盖章。"]),
        ("5.待维修货物进出综保区如何申报监管方式？",
         ["答：主要分为两种情形：",
          "（1）从境外运入综保区维修的，以“保税维修”（代码1371）申报，维修后复运出境的监管方式相同；",
          "（2）从境内区外运入综保区维修的，以“修理物品”（代码1300）申报，维修后复运回境内区外时同样以“修理物品”申报。"]),
        ("6.维修替换下来的旧件、坏件如何处置？",
         ["答：旧件、坏件原则上应当复运出境；不能复运出境的，按照固体废物管理有关规定处置。其中属于固体废物的，"
          "不得擅自内销或者转让。"]),
        ("7.《产品目录》以外的产品能否开展保税维修？",
         ["答：维修产品应当列入国家《综合保税区维修产品目录》或者关区《产品目录》。企业需要增列维修产品的，可以通过"
          "所在地海关向郑州海关提出建议，郑州海关会同相关部门评估后适时公布。"]),
        ("8.《公告》何时施行？原有规定如何处理？",
         ["答：《公告》自2026年1月1日起施行，有效期至2028年12月31日。《郑州海关关于综合保税区保税维修业务有关事项的公告》"
          "（郑州海关公告2020年第4号）同时废止。已按原规定设立的维修账册，企业应当在2026年6月30日前按照《公告》要求"
          "完成变更。"]),
    ]
    for q, answers in qa:
        # question typed as a bold 黑体 line of its own -> heading, not a clause
        b.p([(q, HT, True)], clause=False)
        for a in answers:
            b.p(a)
    b.p("企业在办理业务中如有疑问，可咨询所在地主管海关或者拨打海关12360服务热线。")
    b.empty(2)
    b.p("郑州海关", clause=False, first_indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.p("2025年12月8日", clause=False, first_indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return b


# =====================================================================
# 3. 南宁海关公告2026年第2号 + 附件 + 解读 (two documents in one file)
# =====================================================================
def build_nanning():
    b = Builder("blind497_nanning_gonggao")
    t_full = "南宁海关关于促进广西综合保税区“保税+”新业态发展的公告"
    att = "广西综合保税区“保税+”业务类型对照表"
    b.start({
        "title": t_full,
        "doc_number": "南宁海关公告2026年第2号",
        "issuer": ["南宁海关"],
        "date": "2026-02-10",
        "published": None,
        "level": "provincial",
        "region": "广西壮族自治区",
        "effective": "2026-03-01",
        "expires": None,
        "attachments": [att],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    })
    red_header(b, "中华人民共和国南宁海关", size=30)
    b.p("南宁海关公告2026年第2号", align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, clause=False)
    b.empty()
    b.title(t_full)
    b.empty()
    b.p("为贯彻落实党中央、国务院关于推进综合保税区高水平开放高质量发展的决策部署，支持中国（广西）自由贸易试验区"
        "和广西各综合保税区（以下简称综保区）发展“保税+”新业态，助力面向东盟的跨境产业链供应链建设，"
        "现就有关事项公告如下：")

    b.heading("一、保税研发（Bonded R&D）")
    n = b.new_decimal_list()
    b.numbered(n, 1, "综保区内企业以有形料件、试剂、耗材及样品等开展研发业务的，相关货物予以保税。研发用料件从境内区外"
                     "运入综保区的，视同出口，按照规定办理出口退税手续。")
    b.numbered(n, 2, "研发过程中产生的边角料、坏件、废品以及研发成品，可以复运出境；确需运往境内区外的，按照实际状态征税，"
                     "属于固体废物的按照有关规定处置。")
    b.numbered(n, 3, "区内企业应当设立保税研发账册（以下简称研发账册），研发账册核销周期不超过1年，对研发料件实行"
                     "“一账到底”管理。")

    b.heading("二、保税检测（Bonded Testing）")
    n = b.new_decimal_list()
    b.numbered(n, 1, "区内企业可以为境内外客户提供检测服务，境外运入的待检测货物予以保税，检测完毕后应当复运出境；"
                     "境内区外运入的待检测货物，以“修理物品”（代码1300）或者“暂时进出货物”（代码2600）方式申报。")
    # soft line break typed in the middle of the sentence
    b.numbered(n, 2, ["检测过程中损耗的样品，凭检测机构出具的检测报告，", BR, "在账册中如实核销。"])
    b.numbered(n, 3, "检测企业应当具备相应资质，检测业务涉及检验检疫的，按照海关有关规定办理。")

    b.heading("三、保税展示交易（Bonded Exhibition and Trading）")
    n = b.new_decimal_list()
    b.numbered(n, 1, "区内企业可以在综保区外开展保税展示交易，展示货物应当提供相应担保，展示期间不得超过6个月；确需延期的，"
                     "经海关同意可以延长，延长期不得超过6个月。")
    b.numbered(n, 2, "展示货物在区外销售的，应当在销售次月15日前完成集中申报纳税手续。")

    b.heading("四、跨境电商网购保税进口（Cross-border E-commerce Bonded Import）")
    n = b.new_decimal_list()
    b.numbered(n, 1, "综保区内可以开展跨境电商网购保税进口（监管方式代码1210）业务，支持开展跨境电商零售进口退货中心仓模式。")
    b.numbered(n, 2, "支持区内企业开展面向东盟的跨境电商出口海外仓、保税备货等业务，对符合条件的货物实行"
                     "“先出区、后报关”。")

    b.heading("五、保障措施")
    b.p("（一）南宁海关各隶属海关应当优化综保区“保税+”业务监管流程，推行“一企一策”“线上办理”，压缩业务办理时间。")
    b.p("（二）区内企业应当建立符合海关监管要求的计算机管理系统，如实记录货物进、出、转、存等情况，并按照规定接受海关"
        "稽查和核查。")
    b.p("（三）本公告所列业务类型的中英文对照及适用综保区，见附件。")
    b.p("（四）本公告自2026年3月1日起施行。")
    b.p("特此公告。")
    b.p("联系人：南宁海关综合保税区管理处　李明，联系电话：0771-5536123。")
    b.empty()
    b.p("附件：" + att, clause=False)
    b.empty()
    # 落款 laid out in a borderless table
    b.layout_table([["", "南宁海关"], ["", "2026年2月10日"]], widths=[9.0, 6.6],
                   aligns=[WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.CENTER])

    b.p("附件", font=HT, clause=False, first_indent=False, page_break_before=True)
    b.empty()
    b.title(att, size=20)
    b.empty()
    rows = [
        ["1", "保税研发", "Bonded R&D", "特殊区域研发货物（5010）", "南宁综合保税区、钦州综合保税区"],
        ["2", "保税检测", "Bonded Testing", "修理物品（1300）、暂时进出货物（2600）", "南宁综合保税区、北海综合保税区"],
        ["3", "保税维修", "Bonded Maintenance", "保税维修（1371）", "全部综保区"],
        ["4", "保税展示交易", "Bonded Exhibition and Trading", "按实际监管方式申报", "全部综保区"],
        ["5", "跨境电商网购保税进口", "Cross-border E-commerce Bonded Import", "保税跨境贸易电子商务（1210）",
         "南宁综合保税区、钦州综合保税区、凭祥综合保税区"],
        ["6", "跨境电商出口海外仓", "Cross-border E-commerce Export to Overseas Warehouses", "跨境电子商务出口海外仓（9810）",
         "南宁综合保税区、凭祥综合保税区、梧州综合保税区"],
    ]
    b.table(["序号", "业务类型", "英文名称", "监管方式及代码", "适用综保区"], rows,
            widths=[1.3, 3.0, 3.8, 3.8, 3.7], size=12)

    # ---------------- second document: the 解读 ----------------
    jt = "《南宁海关关于促进广西综合保税区“保税+”新业态发展的公告》解读"
    b.start({
        "title": jt,
        "doc_number": None,
        "issuer": ["南宁海关"],
        "date": "2026-02-12",
        "published": None,
        "level": "provincial",
        "region": "广西壮族自治区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "解读",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    })
    b.title(jt, size=22).paragraph_format.page_break_before = True
    b.empty()
    b.heading("一、制定背景")
    b.p("广西是我国面向东盟开放合作的前沿和窗口。目前，广西共有南宁、钦州、北海、凭祥、梧州、防城港6个综合保税区。"
        "为进一步发挥综保区政策功能优势，服务西部陆海新通道和中国—东盟自由贸易区3.0版建设，南宁海关在深入调研的"
        "基础上制定了《南宁海关关于促进广西综合保税区“保税+”新业态发展的公告》（南宁海关公告2026年第2号，"
        "以下简称《公告》）。")
    b.heading("二、一问一答")
    qa = [
        ("1.问：《公告》支持哪些“保税+”新业态？",
         "答：《公告》重点支持保税研发（Bonded R&D）、保税检测（Bonded Testing）、保税展示交易（Bonded Exhibition and "
         "Trading）和跨境电商网购保税进口（Cross-border E-commerce Bonded Import）四类业态，同时明确了相关保障措施。"),
        ("2.问：保税研发的料件从境内区外运入综保区能否退税？",
         "答：可以。研发用料件从境内区外运入综保区的，视同出口，按照规定办理出口退税手续。"),
        ("3.问：研发形成的边角料、坏件如何处理？",
         "答：可以复运出境；确需运往境内区外的，按照实际状态征税，属于固体废物的按照有关规定处置。"),
        ("4.问：境内区外的货物进入综保区检测，应当如何申报？",
         "答：可以“修理物品”（代码1300）或者“暂时进出货物”（代码2600）方式申报。"),
        ("5.问：保税展示交易的展示期限是多长？",
         "答：展示期间不得超过6个月；确需延期的，经海关同意可以延长，延长期不得超过6个月。"),
        ("6.问：展示货物在区外销售后何时纳税？",
         "答：应当在销售次月15日前完成集中申报纳税手续。"),
        ("7.问：《公告》何时起施行？",
         "答：《公告》自2026年3月1日起施行。"),
    ]
    for q, a in qa:
        # run-in question: bold 黑体 question followed by the answer in the same paragraph
        b.p([(q, HT, True), (a, FS, False)])
    b.empty(2)
    b.p("南宁海关", clause=False, first_indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.p("2026年2月12日", clause=False, first_indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return b


def to_pdf(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_497", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    expected = {}
    for builder in (build_zhengzhou_gonggao(), build_zhengzhou_jiedu(), build_nanning()):
        path = builder.save()
        to_pdf(path)
        expected[builder.stem] = builder.docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
