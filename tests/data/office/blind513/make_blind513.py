# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 513: provincial "十五五" FTZ development plans with 专栏 boxes."""
import io
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)

C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY


def set_widths(t, widths):
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Mm(w)
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Mm(w)


def set_font(run, name=FS, size=16, bold=False, color=None):
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


class Builder:
    def __init__(self):
        self.doc = Document()
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
        sec.left_margin, sec.right_margin = Mm(28), Mm(26)
        st = self.doc.styles["Normal"]
        st.font.name = FS
        st.font.size = Pt(16)
        st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)
        self.add_page_number(sec)
        self.objs = []

    # ---------- bookkeeping ----------
    def new_obj(self, meta):
        self.objs.append({"meta": meta, "clauses": []})

    def cl(self, text):
        self.objs[-1]["clauses"].append(text)

    # ---------- low level ----------
    def para(self, segs, align=J, first=0, left=0, exact=28, before=0, after=0,
             container=None, keep=False):
        """segs: list of (text, font, size, bold, color) or str; '\n' in text -> soft break."""
        cont = container if container is not None else self.doc
        p = cont.add_paragraph()
        pf = p.paragraph_format
        pf.alignment = align
        if first:
            pf.first_line_indent = Pt(first)
        if left:
            pf.left_indent = Pt(left)
        if exact:
            pf.line_spacing = Pt(exact)
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if keep:
            pf.keep_with_next = True
        for s in segs:
            if isinstance(s, str):
                s = (s, FS, 16, False, None)
            text, font, size, bold, color = (list(s) + [None] * 5)[:5]
            parts = text.split("\n")
            for i, part in enumerate(parts):
                if i:
                    br = p.add_run()
                    set_font(br, font or FS, size or 16, bool(bold), color)
                    br.add_break()
                if part:
                    r = p.add_run(part)
                    set_font(r, font or FS, size or 16, bool(bold), color)
        return p

    def blank(self, n=1, container=None):
        for _ in range(n):
            self.para([""], container=container)

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def add_page_number(self, sec):
        fp = sec.footer.paragraphs[0]
        fp.alignment = C
        r = fp.add_run("— ")
        set_font(r, "宋体", 14)
        r = fp.add_run()
        set_font(r, "宋体", 14)
        b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
        t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = " PAGE "
        s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
        r._element.append(b); r._element.append(t); r._element.append(s)
        r2 = fp.add_run("1"); set_font(r2, "宋体", 14)
        r3 = fp.add_run(); set_font(r3, "宋体", 14)
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
        r3._element.append(e)
        r4 = fp.add_run(" —"); set_font(r4, "宋体", 14)

    def red_line(self, before=0, after=12):
        p = self.para([""], exact=0, before=before, after=after)
        ppr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        bot = OxmlElement("w:bottom")
        bot.set(qn("w:val"), "single"); bot.set(qn("w:sz"), "18")
        bot.set(qn("w:space"), "1"); bot.set(qn("w:color"), "FF0000")
        bdr.append(bot); ppr.append(bdr)
        return p

    def set_cell_borders(self, cell, **kw):
        tcpr = cell._tc.get_or_add_tcPr()
        b = OxmlElement("w:tcBorders")
        for edge in ("top", "left", "bottom", "right"):
            e = OxmlElement("w:" + edge)
            v = kw.get(edge)
            if v:
                e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(v)); e.set(qn("w:color"), "000000")
            else:
                e.set(qn("w:val"), "nil")
            b.append(e)
        tcpr.append(b)

    def cell_text(self, cell, segs, align=C, size=12, font=FS, bold=False, exact=18):
        p = cell.paragraphs[0]
        p.paragraph_format.alignment = align
        p.paragraph_format.line_spacing = Pt(exact)
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        if isinstance(segs, str):
            segs = [(segs, font, size, bold, None)]
        for s in segs:
            r = p.add_run(s[0]); set_font(r, s[1], s[2], s[3], s[4] if len(s) > 4 else None)

    def repeat_header(self, row):
        trpr = row._tr.get_or_add_trPr()
        h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trpr.append(h)

    # ---------- higher level ----------
    def body(self, text, runin=None, runin_font=HT, runin_bold=False, clause=True, first=32):
        segs = []
        if runin:
            segs.append((runin, runin_font, 16, runin_bold, None))
        segs.append((text, FS, 16, False, None))
        self.para(segs, first=first)
        if clause:
            self.cl(((runin or "") + text).replace("\n", ""))

    def data_table(self, header, rows, merge_col=None, widths=None, size=12):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(header):
            self.cell_text(t.rows[0].cells[j], h, size=size, font=HT)
        self.repeat_header(t.rows[0])
        for i, row in enumerate(rows, start=1):
            for j, v in enumerate(row):
                if merge_col is not None and j == merge_col and i > 1 and rows[i - 2][j] == v:
                    continue  # filled by merge
                self.cell_text(t.rows[i].cells[j], v, size=size,
                               align=L if (j == 1 and merge_col is not None) else C)
        if merge_col is not None:
            start = 1
            for i in range(2, len(rows) + 2):
                if i == len(rows) + 1 or rows[i - 1][merge_col] != rows[start - 1][merge_col]:
                    if i - 1 > start:
                        t.cell(start, merge_col).merge(t.cell(i - 1, merge_col))
                    start = i
        if widths:
            set_widths(t, widths)
        for row in rows:
            self.cl("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        return t

    def box(self, title, items, soft_breaks=False, title_inside=True, sep=" ", size=14):
        """专栏: one-cell bordered table holding bullet lines 01 02 ..."""
        if not title_inside:
            self.para([(title, HT, 16, False, None)], align=C, before=6, keep=True)
        t = self.doc.add_table(rows=1, cols=1)
        t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        cell = t.rows[0].cells[0]
        cell.width = Mm(156)
        first_p = cell.paragraphs[0]
        lines = ["%02d%s%s" % (k + 1, sep, it) for k, it in enumerate(items)]
        if title_inside:
            first_p.paragraph_format.alignment = C
            r = first_p.add_run(title); set_font(r, HT, 16)
            conts = None
        else:
            conts = first_p
        if soft_breaks:
            p = conts if conts is not None else cell.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(2 * size)
            p.paragraph_format.line_spacing = Pt(24)
            p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            for k, ln in enumerate(lines):
                if k:
                    br = p.add_run(); set_font(br, FS, size); br.add_break()
                num, rest = ln[:2], ln[2:]
                r = p.add_run(num); set_font(r, HT, size)
                r = p.add_run(rest); set_font(r, FS, size)
        else:
            for k, ln in enumerate(lines):
                p = conts if (k == 0 and conts is not None) else cell.add_paragraph()
                p.paragraph_format.first_line_indent = Pt(2 * size)
                p.paragraph_format.line_spacing = Pt(24)
                p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
                # project name in bold up to the colon
                name, rest = ln.split("：", 1)
                r = p.add_run(name + "："); set_font(r, FS, size, bold=True)
                r = p.add_run(rest); set_font(r, FS, size)
        for ln in lines:
            self.cl(ln)
        self.blank()
        return t

    def figure(self, caption, image=True, caption_size=14):
        if image:
            from PIL import Image, ImageDraw
            im = Image.new("RGB", (900, 520), "white")
            d = ImageDraw.Draw(im)
            d.rectangle([4, 4, 895, 515], outline=(90, 90, 90), width=4)
            d.polygon([(120, 400), (300, 120), (520, 180), (760, 90), (820, 420), (430, 470)],
                      outline=(30, 80, 160), fill=(220, 232, 248))
            for (x, y) in ((300, 250), (520, 300), (690, 220)):
                d.ellipse([x - 22, y - 22, x + 22, y + 22], fill=(200, 40, 40))
            d.line([(300, 250), (520, 300), (690, 220)], fill=(200, 40, 40), width=5)
            buf = io.BytesIO(); im.save(buf, "PNG"); buf.seek(0)
            p = self.doc.add_paragraph(); p.paragraph_format.alignment = C
            p.add_run().add_picture(buf, width=Mm(140))
        else:
            t = self.doc.add_table(rows=1, cols=1)
            t.style = self.doc.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            t.rows[0].height = Mm(70)
            t.rows[0].height_rule = WD_ROW_HEIGHT_RULE.EXACTLY
            t.rows[0].cells[0].width = Mm(140)
        self.para([(caption, KT, caption_size, False, None)], align=C, exact=22, after=6)

    def save(self, stem):
        path = os.path.join(HERE, stem + ".docx")
        self.doc.save(path)
        return path


# ---------------- numbering helpers (Word automatic numbering) ----------------
def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    abs_ch = parse_xml(
        '<w:abstractNum %s w:abstractNumId="90"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="space"/><w:lvlText w:val="第%%1章"/><w:lvlJc w:val="center"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % nsdecls("w"))
    abs_dec = parse_xml(
        '<w:abstractNum %s w:abstractNumId="91"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/>'
        '<w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % nsdecls("w"))
    first_num = numbering.find(qn("w:num"))
    for a in (abs_ch, abs_dec):
        if first_num is not None:
            first_num.addprevious(a)
        else:
            numbering.append(a)
    numbering.append(parse_xml('<w:num %s w:numId="90"><w:abstractNumId w:val="90"/></w:num>'
                               % nsdecls("w")))
    state = {"next": 100}

    def new_list():
        nid = state["next"]; state["next"] += 1
        numbering.append(parse_xml(
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="91"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            % (nsdecls("w"), nid)))
        return nid
    return new_list


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id


# =====================================================================
# 1. Fujian: 省政府办公厅印发通知 + 规划
# =====================================================================
def make_fujian():
    b = Builder()
    plan_title = "中国（福建）自由贸易试验区“十五五”发展规划"
    n_title = "福建省人民政府办公厅关于印发中国（福建）自由贸易试验区“十五五”发展规划的通知"
    common = dict(doc_number=None, issuer=["福建省人民政府办公厅"], date="2026-02-10",
                  published=None, level="provincial", region="福建省", effective=None,
                  expires=None, publicity="此件公开发布", repeals=None)
    b.new_obj(dict(title=n_title, **dict(common, doc_number="闽政办〔2026〕9号"),
                   attachments=[plan_title], doc_type="通知",
                   recipients=["各设区市人民政府", "平潭综合实验区管委会", "省直有关单位"]))
    # reorder keys
    b.objs[-1]["meta"] = order_meta(b.objs[-1]["meta"])

    b.blank(1)
    b.para([("福建省人民政府办公厅文件", XBS, 36, False, RED)], align=C, exact=0, before=12)
    b.blank(1)
    b.para([("闽政办〔2026〕9号", FS, 16)], align=C)
    b.red_line()
    b.blank(1)
    # title typed over two paragraphs
    b.para([("福建省人民政府办公厅关于印发", XBS, 22)], align=C, exact=36)
    b.para([("中国（福建）自由贸易试验区“十五五”", XBS, 22)], align=C, exact=36)
    b.para([("发展规划的通知", XBS, 22)], align=C, exact=36)
    b.blank(1)
    b.para(["各设区市人民政府，平潭综合实验区管委会，省直有关单位："], align=L)
    b.body("经省人民政府同意，现将《中国（福建）自由贸易试验区“十五五”发展规划》印发给你们，请认真组织实施。")
    b.body("“十五五”时期是中国（福建）自由贸易试验区深化制度型开放、服务两岸融合发展和21世纪海上丝绸之路核心区建设的关键阶段。"
           "各地各有关单位要把自贸试验区建设摆在全局工作的突出位置，对照规划明确的目标任务，细化工作举措，完善配套政策，确保各项任务落地见效。")
    b.body("省商务厅（省自贸办）要会同有关部门加强统筹协调和跟踪评估，每年12月底前将规划实施情况报告省人民政府。"
           "规划实施中遇到的重大问题，及时向省人民政府请示报告。")
    b.blank(1)
    b.para(["附件：中国（福建）自由贸易试验区“十五五”发展规划"], first=32)
    b.blank(2)
    b.para(["                          福建省人民政府办公厅"], align=L)
    b.para(["                            2026年2月10日"], align=L)
    b.para(["（此件公开发布）"], first=32)

    # ---- attachment: the plan ----
    b.page_break()
    b.new_obj(order_meta(dict(title=plan_title, **common, attachments=[], doc_type="规划",
                              recipients=[])))
    b.para([("附件", HT, 16)], align=L)
    b.blank(1)
    b.para([(plan_title[:13], XBS, 22)], align=C, exact=36)
    b.para([(plan_title[13:], XBS, 22)], align=C, exact=36)
    b.blank(1)
    b.para([("前  言", HT, 16)], align=C)
    b.body("中国（福建）自由贸易试验区（以下简称福建自贸试验区）涵盖福州、厦门、平潭三个片区，实施范围118.04平方公里。"
           "为深入贯彻党中央、国务院关于实施自由贸易试验区提升战略的决策部署，根据《福建省国民经济和社会发展第十五个五年规划纲要》，制定本规划。"
           "规划期为2026—2030年，展望到2035年。")
    b.blank(1)

    b.para([("第一章  发展基础与总体要求", HT, 16)], align=C, keep=True)
    b.para([("第一节　发展基础", KT, 16, True)], align=C, keep=True)
    # soft line break typed in the middle of a sentence
    b.body("“十四五”以来，福建自贸试验区累计推出制度创新成果620项，其中全国首创成果215项，\n37项在全国复制推广。"
           "2025年，自贸试验区实现进出口总额4860亿元，实际使用外资18.6亿美元，分别占全省的24.3%和31.5%。")
    b.body("同时也要看到，区内产业能级总体不高，数字贸易、离岸贸易等新业态规模偏小，跨境数据流动、国际结算便利等领域改革系统集成不足，"
           "对标高标准国际经贸规则仍有差距。")
    b.para([("第二节　总体要求", KT, 16, True)], align=C, keep=True)
    b.body("坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，以制度创新为核心，以可复制可推广为基本要求，"
           "统筹发展和安全，加快建设更高水平开放型经济新体制的重要试验田。",
           runin="（一）指导思想。", runin_font=KT, runin_bold=True)
    b.body("着力建设制度型开放先行区、两岸融合发展示范区、海上丝绸之路国际物流枢纽和数字贸易创新发展高地。",
           runin="（二）功能定位。", runin_font=KT, runin_bold=True)
    b.body("到2030年，形成一批具有国际竞争力的制度创新成果，贸易投资自由化便利化水平显著提升，主要指标保持全国自贸试验区前列。"
           "到2035年，基本建成投资贸易便利、高端产业集聚、法治环境规范、监管安全高效、辐射带动作用突出的高水平自由贸易园区。",
           runin="（三）发展目标。", runin_font=KT, runin_bold=True)
    b.para([("表1  福建自贸试验区“十五五”主要发展指标", HT, 14)], align=C, before=6, after=6, keep=True)
    b.data_table(["类别", "指标", "2025年", "2030年", "属性"], [
        ["开放水平", "进出口总额（亿元）", "4860", "6500", "预期性"],
        ["开放水平", "实际使用外资（亿美元）", "18.6", "25", "预期性"],
        ["开放水平", "跨境电商进出口额（亿元）", "780", "1500", "预期性"],
        ["创新发展", "累计制度创新成果（项）", "620", "900", "预期性"],
        ["创新发展", "数字贸易额（亿美元）", "96", "200", "预期性"],
        ["绿色安全", "单位地区生产总值能耗下降（%）", "—", "完成省下达任务", "约束性"],
        ["绿色安全", "重大安全生产事故（起）", "0", "0", "约束性"],
    ], merge_col=0, widths=[26, 62, 22, 30, 18])
    p = b.para([("注：2025年数据为预计数；进出口总额、跨境电商进出口额按人民币计价。", FS, 12)], align=L, exact=20, before=4)
    b.cl("注：2025年数据为预计数；进出口总额、跨境电商进出口额按人民币计价。")
    b.blank(1)

    b.para([("第二章  打造制度型开放先行区", HT, 16)], align=C, keep=True)
    b.para([("第一节　对接高标准经贸规则", KT, 16, True)], align=C, keep=True)
    b.body("主动对接《全面与进步跨太平洋伙伴关系协定》（CPTPP）、《数字经济伙伴关系协定》（DEPA）等高标准经贸规则，"
           "在货物贸易、服务贸易、数字贸易、知识产权保护、政府采购等领域开展先行先试。",
           runin="（一）稳步扩大规则、规制、管理、标准等制度型开放。", runin_font=KT, runin_bold=True)
    b.body("全面落实外商投资准入前国民待遇加负面清单管理制度，探索在增值电信、医疗、教育等领域进一步放宽外资准入，健全外商投资促进服务和权益保护机制。",
           runin="（二）深化投资管理体制改革。", runin_font=KT, runin_bold=True)
    b.para([("第二节　提升贸易便利化水平", KT, 16, True)], align=C, keep=True)
    b.body("深化“两步申报”“提前申报”“船边直提”“抵港直装”等改革，推广应用“单一窗口”标准版，进口、出口整体通关时间分别压缩至30小时和1小时以内。",
           runin="（一）推进“智慧海关”建设。", runin_font=KT, runin_bold=True)
    b.body("支持福州、厦门跨境电商综合试验区建设，推动跨境电商与综合保税区、中欧班列协同发展，培育一批跨境电商海外仓和独立站品牌。",
           runin="（二）发展贸易新业态新模式。", runin_font=KT, runin_bold=True)
    b.box("专栏1  重大平台", [
        "福州片区数字贸易港：建设数字贸易公共服务平台，推动数据跨境流动安全有序，集聚数字内容、数字服务出口企业200家以上。",
        "厦门片区航运物流枢纽：提升厦门港国际集装箱干线港功能，发展国际中转集拼、保税燃料油加注等业务，集装箱吞吐量达到1500万标准箱。",
        "平潭片区对台合作平台：深化台胞台企同等待遇，建设闽台产业融合发展园，推动两岸标准共通、检测认证结果互认。",
        "福州综合保税区保税维修和再制造基地：拓展航空器材、工程机械、医疗器械等保税维修业务，年维修产值突破50亿元。",
    ])

    b.para([("第三章  建设两岸融合和海丝枢纽", HT, 16)], align=C, keep=True)
    b.para([("第一节　深化闽台融合发展", KT, 16, True)], align=C, keep=True)
    b.body("支持台资企业参与自贸试验区建设，在集成电路、精密机械、生物医药等领域共建产业链供应链，打造台胞台企登陆“第一站”。",
           runin="（一）推动闽台产业深度融合。", runin_font=KT, runin_bold=True)
    b.body("在平潭片区探索实施台湾地区职业资格采认，推动建筑、医疗、旅游等领域专业人才便利执业。",
           runin="（二）促进两岸规则标准对接。", runin_font=KT, runin_bold=True)
    b.para([("第二节　构建海丝国际物流通道", KT, 16, True)], align=C, keep=True)
    b.body("加密“丝路海运”航线，推动中欧（厦门）班列、中欧（福州）班列与“丝路海运”无缝衔接，到2030年中欧班列年开行量达到600列。",
           runin="（一）畅通海铁联运大通道。", runin_font=KT, runin_bold=True)
    b.body("支持企业参与印度尼西亚、马来西亚、菲律宾等国家园区建设，推动跨境人民币结算在对外贸易和投资中扩大使用。",
           runin="（二）拓展共建“一带一路”国家经贸合作。", runin_font=KT, runin_bold=True)
    b.figure("图1  福建自贸试验区空间布局示意图", image=False)
    b.box("专栏2  重点项目", [
        "厦门港海沧港区自动化码头二期工程：总投资42亿元，新建2个20万吨级集装箱泊位，2028年建成投用。",
        "福州江阴港区铁路支线：总投资18.5亿元，打通港区铁路“最后一公里”，2027年建成通车。",
        "平潭两岸跨境电商产业园：总投资12亿元，建设海峡两岸跨境电商集货仓和直播基地，2027年投入运营。",
    ])

    b.para([("第四章  保障措施", HT, 16)], align=C, keep=True)
    b.para([("第一节　加强组织领导", KT, 16, True)], align=C, keep=True)
    b.body("发挥省自贸试验区工作领导小组统筹协调作用，建立省级部门与片区联动工作机制，定期研究解决规划实施中的重大问题。"
           "各片区管委会要制定年度工作要点，明确责任单位和完成时限。")
    b.para([("第二节　强化要素保障", KT, 16, True)], align=C, keep=True)
    b.body("对自贸试验区重大项目优先纳入省重点项目，统筹安排用地用海指标。",
           runin="（一）加强用地用海保障。", runin_font=KT, runin_bold=True)
    b.body("落实高层次人才引进政策，为符合条件的境外人才提供出入境、停居留、执业等便利。",
           runin="（二）加强人才支撑。", runin_font=KT, runin_bold=True)
    b.para([("第三节　强化评估监督", KT, 16, True)], align=C, keep=True)
    b.body("建立规划实施年度监测、中期评估和总结评估制度，评估结果作为各片区考核的重要依据。")
    b.blank(2)
    banji(b, "抄送：商务部，省委办公厅，省人大常委会办公厅，省政协办公厅。",
          "福建省人民政府办公厅", "2026年2月11日印发")
    return b


def banji(b, chaosong, yinfa_org, yinfa_date):
    """版记: borderless table with top/bottom rules."""
    t = b.doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c1, c2 = t.rows[0].cells[0], t.rows[1].cells[0]
    b.set_cell_borders(c1, top=12, bottom=6)
    b.set_cell_borders(c2, top=6, bottom=12)
    b.cell_text(c1, chaosong, align=L, size=14, exact=26)
    # 印发 line: organ on the left, date on the right, separated by manual spaces
    b.cell_text(c2, "  %s                  %s" % (yinfa_org, yinfa_date), align=L, size=14, exact=26)
    for c in (c1, c2):
        c.width = Mm(156)


META_ORDER = ["title", "doc_number", "issuer", "date", "published", "level", "region", "effective",
              "expires", "attachments", "doc_type", "recipients", "publicity", "repeals"]


def order_meta(m):
    return {k: m[k] for k in META_ORDER}


# =====================================================================
# 2. Sichuan: 省政府印发通知 + 规划 (Word automatic numbering)
# =====================================================================
def make_sichuan():
    b = Builder()
    new_list = add_numbering(b.doc)
    plan_title = "中国（四川）自由贸易试验区“十五五”发展规划"
    n_title = "四川省人民政府关于印发《中国（四川）自由贸易试验区“十五五”发展规划》的通知"
    common = dict(doc_number=None, issuer=["四川省人民政府"], date="2026-03-18", published=None,
                  level="provincial", region="四川省", effective=None, expires=None,
                  publicity="此件公开发布", repeals=None)
    b.new_obj(order_meta(dict(common, title=n_title, doc_number="川府发〔2026〕6号",
                              attachments=[], doc_type="通知",
                              recipients=["各市（州）人民政府", "省政府有关部门", "有关单位"])))
    b.blank(1)
    b.para([("四川省人民政府文件", XBS, 40, False, RED)], align=C, exact=0, before=18)
    b.blank(1)
    b.para([("川府发〔2026〕6号", FS, 16)], align=C)
    b.red_line()
    b.blank(1)
    b.para([("四川省人民政府", XBS, 22)], align=C, exact=36)
    b.para([("关于印发《中国（四川）自由贸易试验区", XBS, 22)], align=C, exact=36)
    b.para([("“十五五”发展规划》的通知", XBS, 22)], align=C, exact=36)
    b.blank(1)
    b.para(["各市（州）人民政府，省政府有关部门，有关单位："], align=L)
    b.body("现将《中国（四川）自由贸易试验区“十五五”发展规划》印发给你们，请结合实际认真贯彻执行，并就有关事项通知如下。")
    b.body("成都天府新区、成都青白江铁路港、川南临港三个片区所在地人民政府要落实主体责任，将规划确定的目标任务纳入本地区国民经济和社会发展规划和年度计划。",
           runin="一、压实工作责任。")
    b.body("省直有关部门要按照职责分工，出台配套支持政策，在项目安排、资金投入、用地保障等方面给予倾斜支持。推动自贸试验区协同改革先行区与自贸试验区联动发展。",
           runin="二、强化协同联动。")
    b.body("省商务厅要会同有关部门建立规划实施监测评估机制，2028年开展中期评估，评估结果报省政府。",
           runin="三、做好跟踪评估。")
    b.blank(3)
    b.para(["四川省人民政府"], align=R, first=0).paragraph_format.right_indent = Pt(64)
    b.para(["2026年3月18日"], align=R).paragraph_format.right_indent = Pt(64)
    b.blank(1)
    b.para(["（此件公开发布）"], first=32)

    # ---- the plan (no “附件” marker: 通知 prints the plan directly after) ----
    b.page_break()
    b.new_obj(order_meta(dict(common, title=plan_title, attachments=[], doc_type="规划",
                              recipients=[])))
    b.para([(plan_title[:13], XBS, 22)], align=C, exact=36)
    b.para([(plan_title[13:], XBS, 22)], align=C, exact=36)
    b.blank(1)
    b.body("中国（四川）自由贸易试验区（以下简称四川自贸试验区）是党中央、国务院赋予四川的重大改革开放平台，包括成都天府新区片区、成都青白江铁路港片区和川南临港片区。"
           "本规划依据《中国（四川）自由贸易试验区总体方案》《四川省国民经济和社会发展第十五个五年规划纲要》编制，规划期为2026年至2030年。")

    def chapter(name):
        p = b.para([(name, HT, 16)], align=C, before=12, after=6, keep=True)
        set_num(p, 90)

    def section(name):
        b.para([(name, KT, 16)], align=C, keep=True)

    def items(lst):
        nid = new_list()
        for k, (head, text) in enumerate(lst, start=1):
            p = b.para([(head, FS, 16, True, None), (text, FS, 16, False, None)], first=32)
            set_num(p, nid)
            b.cl("%d.%s%s" % (k, head, text))

    chapter("总体要求")
    section("第一节  发展定位")
    items([
        ("打造内陆开放型经济高地。", "立足西部陆海新通道和中欧班列（成渝）双通道优势，构建联通欧亚、辐射东盟的国际物流枢纽。"),
        ("建设西部金融中心重要承载区。", "稳步扩大金融业开放，推动跨境投融资便利化和人民币国际化先行先试。"),
    ])
    section("第二节  主要目标")
    b.body("到2030年，四川自贸试验区制度创新能力显著增强，外向型产业体系基本形成，主要指标如下表所示。")
    b.para([("表1  四川自贸试验区“十五五”主要指标", HT, 14)], align=C, before=6, after=6, keep=True)
    b.data_table(["序号", "指标名称", "单位", "2025年基数", "2030年目标", "属性"], [
        ["1", "货物进出口总额", "亿元", "3120", "4500", "预期性"],
        ["2", "服务贸易进出口额", "亿美元", "86", "140", "预期性"],
        ["3", "实际使用外资", "亿美元", "12.4", "18", "预期性"],
        ["4", "中欧班列（成渝）年开行量", "列", "2650", "3500", "预期性"],
        ["5", "新增经营主体", "万户", "〔8.2〕", "〔45〕", "预期性"],
        ["6", "单位工业增加值用水量下降", "%", "—", "〔12〕", "约束性"],
        ["7", "建设用地开发强度", "%", "41.5", "≤45", "约束性"],
    ], widths=[14, 58, 18, 24, 24, 18])
    b.para([("注：〔 〕内为五年累计数。", FS, 12)], align=L, exact=20, before=4)
    b.cl("注：〔 〕内为五年累计数。")

    chapter("构建国际物流大通道")
    section("第一节  提升铁路港枢纽能级")
    items([
        ("做强中欧班列（成渝）品牌。", "优化班列线路布局，拓展至中亚、西亚、欧洲的直达线路，推动“班列+跨境电商”“班列+保税”融合发展。"),
        ("提升成都国际铁路港综合保税区功能。", "发展保税物流、保税加工、保税维修，支持开展进口整车、平行进口汽车业务。"),
    ])
    section("第二节  拓展西部陆海新通道")
    items([
        ("加强与北部湾港、钦州港合作。", "推动“川桂”海铁联运班列常态化开行，到2030年年开行量达到1200列。"),
        ("发展川南临港多式联运。", "依托泸州港、宜宾港，构建长江黄金水道与铁路、公路有效衔接的多式联运体系。"),
    ])
    b.box("专栏1 重大平台", [
        "成都国际铁路港国家物流枢纽：建设多式联运中心和国际班列集结中心。",
        "天府国际机场临空经济区：发展航空物流、跨境电商和临空制造，打造国际航空货运枢纽。",
        "川南临港片区进口贸易促进创新示范区：扩大粮食、肉类、木材等大宗商品进口，建设西南进口商品集散中心。",
    ], soft_breaks=True)
    b.figure("图1  四川自贸试验区空间布局示意图", image=True)

    chapter("推进高水平制度创新")
    section("第一节  深化投资贸易改革")
    items([
        ("深化商事制度改革。", "推行经营主体登记确认制，探索“一照多址”“一证多址”改革。"),
        ("推进服务贸易创新发展。", "扩大金融、专业服务、文化创意等领域对外开放，推动数字服务出口基地建设。"),
        ("完善跨境电商发展生态。", "支持成都、泸州、宜宾等跨境电商综合试验区建设，推广跨境电商零售进口退货中心仓模式。"),
    ])
    section("第二节  推进协同改革")
    b.body("加强与重庆自贸试验区协同联动，共同推动川渝自贸试验区协同开放示范区建设，每年联合形成一批制度创新成果。")
    b.box("专栏2 重点项目", [
        "青白江国际铁路港二期扩能工程：总投资36亿元，新增班列作业线8条。",
        "宜宾港志城作业区三期工程：总投资21亿元，新增年吞吐能力100万标准箱。",
        "天府新区数字贸易港：总投资15亿元，集聚数字贸易企业300家。",
    ], soft_breaks=True)

    chapter("保障措施")
    section("第一节  加强组织实施")
    b.body("省自贸试验区工作领导小组负责统筹推进规划实施，领导小组办公室设在省商务厅，负责日常协调和督促检查。")
    section("第二节  加强政策支持")
    items([
        ("加大财政支持。", "省级财政统筹相关专项资金，支持自贸试验区重大平台建设和制度创新。"),
        ("强化法治保障。", "推动修订《中国（四川）自由贸易试验区条例》，及时复制推广改革试点经验。"),
    ])
    b.blank(2)
    banji(b, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院。",
          "四川省人民政府办公厅", "2026年3月19日印发")
    return b


# =====================================================================
# 3. Guangxi: 两部门联合印发通知 + 规划
# =====================================================================
def make_guangxi():
    b = Builder()
    plan_title = "中国（广西）自由贸易试验区“十五五”发展规划"
    n_title = ("广西壮族自治区商务厅 广西壮族自治区发展和改革委员会关于印发"
               "《中国（广西）自由贸易试验区“十五五”发展规划》的通知")
    repeals = "《中国（广西）自由贸易试验区“十四五”发展规划》（桂商自贸发〔2021〕27号）"
    common = dict(doc_number=None, issuer=["广西壮族自治区商务厅", "广西壮族自治区发展和改革委员会"],
                  date="2026-04-08", published=None, level="provincial", region="广西壮族自治区",
                  effective="2026-05-01", expires="2030-12-31", publicity="此件公开发布",
                  repeals=repeals)
    b.new_obj(order_meta(dict(common, title=n_title, doc_number="桂商自贸发〔2026〕3号",
                              attachments=[plan_title], doc_type="通知",
                              recipients=["各设区市商务主管部门", "中国（广西）自由贸易试验区各片区管委会",
                                          "自治区有关单位"])))
    # joint 版头 as layout table: two organ names | 文件
    b.blank(1)
    t = b.doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    b.cell_text(t.cell(0, 0), [("广西壮族自治区商务厅", XBS, 22, False, RED)], align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, exact=40)
    b.cell_text(t.cell(1, 0), [("广西壮族自治区发展和改革委员会", XBS, 22, False, RED)], align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, exact=40)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    b.cell_text(m, [("文件", XBS, 40, False, RED)], align=C, exact=60)
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    set_widths(t, [122, 34])
    b.blank(1)
    b.para([("桂商自贸发〔2026〕3号", FS, 16)], align=C)
    b.red_line()
    b.blank(1)
    b.para([("广西壮族自治区商务厅", XBS, 22)], align=C, exact=36)
    b.para([("广西壮族自治区发展和改革委员会", XBS, 22)], align=C, exact=36)
    b.para([("关于印发《中国（广西）自由贸易试验区", XBS, 22)], align=C, exact=36)
    b.para([("“十五五”发展规划》的通知", XBS, 22)], align=C, exact=36)
    b.blank(1)
    b.para(["各设区市商务主管部门，中国（广西）自由贸易试验区各片区管委会，自治区有关单位："], align=L)
    b.body("为深入实施自由贸易试验区提升战略，加快推进中国（广西）自由贸易试验区高质量发展，经自治区人民政府同意，"
           "现将《中国（广西）自由贸易试验区“十五五”发展规划》印发给你们，请认真组织实施。")
    b.body("本规划自2026年5月1日起实施，有效期至2030年12月31日。"
           "《中国（广西）自由贸易试验区“十四五”发展规划》（桂商自贸发〔2021〕27号）同时废止。")
    b.body("实施中遇到的问题，请及时反馈自治区商务厅（自治区自贸办）。")
    b.body("（联系人：韦明轩，联系电话：0771-5312876）")
    b.blank(1)
    b.para(["附件：中国（广西）自由贸易试验区“十五五”发展规划"], first=32)
    b.blank(3)
    # 落款: borderless two-column table
    t = b.doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    b.cell_text(t.cell(0, 0), [("广西壮族自治区商务厅", FS, 16, False, None)], align=C, exact=28)
    b.cell_text(t.cell(0, 1), [("广西壮族自治区发展和改革委员会", FS, 16, False, None)], align=C, exact=28)
    set_widths(t, [64, 92])
    b.blank(1)
    b.para(["2026年4月8日"], align=R).paragraph_format.right_indent = Pt(48)
    b.blank(1)
    b.para(["（此件公开发布）"], first=32)

    # ---- the plan ----
    b.page_break()
    b.new_obj(order_meta(dict(common, title=plan_title, attachments=[], doc_type="规划",
                              recipients=[])))
    b.para([("附件", HT, 16)], align=L)
    b.blank(1)
    b.para([(plan_title[:13], XBS, 22)], align=C, exact=36)
    b.para([(plan_title[13:], XBS, 22)], align=C, exact=36)
    b.blank(1)
    b.body("中国（广西）自由贸易试验区（以下简称广西自贸试验区）包括南宁片区、钦州港片区和崇左片区，是我国面向东盟开放合作的前沿窗口。"
           "为推动广西自贸试验区在“十五五”时期实现更高水平开放，依据有关规划和方案，制定本规划。")

    def chapter(name):
        b.para([(name, HT, 16, True, None)], align=C, before=12, after=6, keep=True)

    def section(name):
        b.para([(name, KT, 16, True, None)], align=L, first=32, keep=True)

    R_ = dict(runin_font=KT, runin_bold=True)
    chapter("第一章　总体要求")
    section("第一节　指导思想")
    b.body("坚持以习近平新时代中国特色社会主义思想为指导，以面向东盟的开放合作为主线，以制度创新为核心，"
           "着力打造引领中国—东盟开放合作的高标准高质量自由贸易园区。")
    section("第二节　发展目标")
    b.body("到2030年，广西自贸试验区与东盟国家经贸合作水平显著提升，西部陆海新通道门户港功能更加完善，主要指标如下：")
    b.para([("表1　主要指标", HT, 14)], align=C, before=6, after=6, keep=True)
    b.data_table(["序号", "指标", "2025年基期值", "2030年目标值", "年均增长（%）", "属性"], [
        ["1", "进出口总额（亿元）", "2350", "3600", "8.9", "预期性"],
        ["2", "对东盟进出口额（亿元）", "1180", "1900", "10.0", "预期性"],
        ["3", "实际使用外资（亿美元）", "6.8", "10", "8.0", "预期性"],
        ["4", "钦州港集装箱吞吐量（万标准箱）", "980", "1500", "8.9", "预期性"],
        ["5", "西部陆海新通道海铁联运班列（万标箱）", "120", "200", "10.8", "预期性"],
        ["6", "万元地区生产总值能耗降低（%）", "—", "〔13.5〕", "—", "约束性"],
    ], widths=[14, 54, 22, 22, 24, 20])
    b.para([("注：带〔 〕的为五年累计值。", FS, 12)], align=L, exact=20, before=4)
    b.cl("注：带〔 〕的为五年累计值。")

    chapter("第二章　打造面向东盟的开放合作高地")
    section("第一节　深化中国—东盟经贸合作")
    b.body("率先落实数字经济、绿色经济、供应链互联互通等新领域规则，探索与东盟国家开展标准、认证、检验检疫等领域互认合作。",
           runin="（一）推进中国—东盟自由贸易区3.0版先行先试。", **R_)
    b.body("依托中国—印度尼西亚“两国双园”、中马钦州产业园区，构建跨境产业链，重点发展电子信息、新能源材料、绿色化工等产业。其中：",
           runin="（二）发展跨境产业链供应链。", **R_)
    b.body("1.支持南宁片区建设面向东盟的电子信息产业集群；")
    b.body("2.支持钦州港片区打造绿色化工新材料产业基地；")
    b.body("3.支持崇左片区发展跨境加工贸易和东盟特色农产品加工。")
    section("第二节　提升跨境贸易便利化水平")
    b.body("推进中越边境口岸“智慧口岸”建设，推广“提前申报”“两段准入”等模式，提升友谊关、东兴等口岸通关效率。",
           runin="（一）深化口岸通关改革。", **R_)
    b.body("支持南宁、崇左跨境电商综合试验区建设，鼓励企业在东盟国家布局海外仓，建设中国—东盟数字贸易中心。",
           runin="（二）发展跨境电商和数字贸易。", **R_)
    b.box("专栏1　重大平台", [
        "中国—东盟跨境电商产业园：建设面向东盟的跨境电商物流分拨中心和直播电商基地。",
        "钦州港综合保税区：发展保税加工、保税物流和保税检测维修，争创国家综合保税区发展绩效评估A类。",
        "凭祥综合保税区：建设中越跨境产业合作平台，发展东盟水果、坚果等特色商品进口加工。",
    ], title_inside=False, sep="　")

    chapter("第三章　建设西部陆海新通道门户港")
    section("第一节　提升港口能级")
    b.body("加快钦州港自动化集装箱码头建设，加密至东盟国家及共建“一带一路”国家航线，到2030年集装箱航线达到100条以上。",
           runin="（一）建设北部湾国际门户港。", **R_)
    b.body("打通西部陆海新通道与中欧班列、长江黄金水道连接，开行“陆海新通道+中欧班列”国际联运班列。",
           runin="（二）推动海铁联运与中欧班列衔接。", **R_)
    b.figure("图1　西部陆海新通道广西段示意图", image=True)
    b.box("专栏2　重点项目", [
        "钦州港东航道扩建工程：总投资38亿元，满足30万吨级船舶通航要求，2028年完工。",
        "平陆运河配套港区项目：总投资55亿元，建设钦州港片区内河与海港联运作业区，2029年建成。",
        "南宁国际铁路港二期工程：总投资26亿元，2027年投入使用。",
    ], title_inside=False, sep="　")

    chapter("第四章　保障措施")
    b.body("自治区自贸试验区工作领导小组统筹推进规划实施，各片区所在设区市人民政府履行主体责任。",
           runin="（一）加强组织领导。", **R_)
    b.body("积极争取国家部委支持，对自贸试验区急需的改革事项实行“一事一议”。",
           runin="（二）强化改革授权。", **R_)
    b.body("建立规划实施年度评估制度，2028年开展中期评估，2030年开展总结评估。",
           runin="（三）健全评估机制。", **R_)
    b.blank(2)
    banji(b, "抄送：自治区人民政府办公厅，商务部自贸区港司。",
          "广西壮族自治区商务厅办公室", "2026年4月9日印发")
    return b


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_513", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for stem, fn in (("blind513_fujian_guihua", make_fujian),
                     ("blind513_sichuan_guihua", make_sichuan),
                     ("blind513_guangxi_guihua", make_guangxi)):
        b = fn()
        path = b.save(stem)
        convert(path)
        expected[stem] = b.objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
