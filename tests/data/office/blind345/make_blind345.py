# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 345: Word files with footnotes, endnotes, text boxes, comments and
tracked changes, as drafters leave them.  Writes every file next to itself:
  blind345_guangxi_jianyi.docx/.pdf   研究报告/政策建议（Word 脚注 ①②…）
  blind345_zhengzhou_fangan.docx/.pdf 实施方案征求意见稿（批注、修订痕迹、文本框）
  blind345_shaanxi_tongzhi.docx/.pdf  通知（尾注、PAGE 域页码、奇偶页页脚）
plus expected.json.
Run:  . /work/venv/bin/activate && python make_blind345.py
"""
import json
import os
import shutil
import subprocess
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WNS = 'xmlns:w="%s"' % W_NS
VML_NS = ('xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word"')

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
RED = "FF0000"


def esc(s):
    return escape(s)


def rpr_xml(fontname, size, extra=""):
    hp = int(round(size * 2))
    return ('<w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}" w:cs="{f}"/>'
            '{x}<w:sz w:val="{hp}"/><w:szCs w:val="{hp}"/></w:rPr>').format(f=fontname, x=extra, hp=hp)


def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rPr = run._element.get_or_add_rPr()
    rf = rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rPr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def border(p, side="bottom", color=RED, sz=12, space=1):
    pPr = p._p.get_or_add_pPr()
    bdr = pPr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        # pBdr must come before spacing/ind/jc; insert early
        pPr.insert(0, bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def field_runs(instr, shown, fontname, size):
    r = rpr_xml(fontname, size)
    return [
        parse_xml('<w:r %s>%s<w:fldChar w:fldCharType="begin"/></w:r>' % (WNS, r)),
        parse_xml('<w:r %s>%s<w:instrText xml:space="preserve"> %s </w:instrText></w:r>' % (WNS, r, instr)),
        parse_xml('<w:r %s>%s<w:fldChar w:fldCharType="separate"/></w:r>' % (WNS, r)),
        parse_xml('<w:r %s>%s<w:t>%s</w:t></w:r>' % (WNS, r, shown)),
        parse_xml('<w:r %s>%s<w:fldChar w:fldCharType="end"/></w:r>' % (WNS, r)),
    ]


class Builder:
    """Thin helper around python-docx that also records the expected clauses."""

    def __init__(self):
        self.doc = Document()
        self.fn = []      # footnote texts
        self.en = []      # endnote texts
        self.clauses = []
        self.rev = 700
        st = self.doc.styles["Normal"]
        st.font.name = FS
        st.font.size = Pt(16)
        rf = st.element.get_or_add_rPr().get_or_add_rFonts()
        rf.set(qn("w:eastAsia"), FS)
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
        sec.left_margin, sec.right_margin = Mm(28), Mm(26)
        sec.footer_distance = Mm(20)

    # ------------------------------------------------------------------
    def next_rev(self):
        self.rev += 1
        return self.rev

    def p(self, segs, clause=False, font=FS, size=16, indent=True, align=None,
          line=28.9, before=0, after=0, left=None, right=None, keep=False):
        if isinstance(segs, str):
            segs = [("t", segs)]
        para = self.doc.add_paragraph()
        pf = para.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if indent:
            pf.first_line_indent = Pt(size * 2)
        if left is not None:
            pf.left_indent = Pt(left)
        if right is not None:
            pf.right_indent = Pt(right)
        if align == "c":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "j" or align is None:
            para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif align == "l":
            para.alignment = WD_ALIGN_PARAGRAPH.LEFT
        if keep:
            pf.keep_with_next = True
        self.fill(para, segs, font, size)
        if clause:
            self.clauses.append(self.text_of(segs))
        return para

    def fill(self, para, segs, font=FS, size=16):
        for seg in segs:
            k = seg[0]
            if k == "t":
                f = seg[2] if len(seg) > 2 else font
                b = seg[3] if len(seg) > 3 else False
                set_font(para.add_run(seg[1]), f, size, bold=b)
            elif k == "br":
                r = para.add_run()
                r.add_break()
            elif k == "tab":
                set_font(para.add_run("\t"), font, size)
            elif k == "fn":
                self.fn.append(seg[1])
                nid = len(self.fn)
                para._p.append(parse_xml(
                    '<w:r %s>%s<w:footnoteReference w:id="%d"/></w:r>'
                    % (WNS, rpr_xml(SONG, size, '<w:vertAlign w:val="superscript"/>'), nid)))
            elif k == "en":
                self.en.append(seg[1])
                nid = len(self.en)
                para._p.append(parse_xml(
                    '<w:r %s>%s<w:endnoteReference w:id="%d"/></w:r>'
                    % (WNS, rpr_xml(SONG, size, '<w:vertAlign w:val="superscript"/>'), nid)))
            elif k in ("del", "ins"):
                text, author, date = seg[1], seg[2], seg[3]
                tag = "w:delText" if k == "del" else "w:t"
                para._p.append(parse_xml(
                    '<w:%s %s w:id="%d" w:author="%s" w:date="%s"><w:r>%s<%s xml:space="preserve">%s</%s></w:r></w:%s>'
                    % (k, WNS, self.next_rev(), esc(author), date, rpr_xml(font, size), tag, esc(text), tag, k)))
            elif k == "cm":
                text, comment, author, initials = seg[1], seg[2], seg[3], seg[4]
                run = set_font(para.add_run(text), font, size)
                self.doc.add_comment(run, text=comment, author=author, initials=initials)
            elif k == "raw":
                para._p.append(parse_xml(seg[1]))
            else:
                raise ValueError(k)

    @staticmethod
    def text_of(segs):
        out = []
        for seg in segs:
            if seg[0] in ("t", "ins", "cm"):
                out.append(seg[1])
        return "".join(out).strip()

    def deleted_para(self, text, author, date, font=FS, size=16):
        """A whole paragraph removed with track changes on (text and paragraph mark)."""
        para = self.doc.add_paragraph()
        pf = para.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(28.9)
        pf.first_line_indent = Pt(size * 2)
        pPr = para._p.get_or_add_pPr()
        pPr.append(parse_xml('<w:rPr %s><w:del w:id="%d" w:author="%s" w:date="%s"/></w:rPr>'
                             % (WNS, self.next_rev(), esc(author), date)))
        self.fill(para, [("del", text, author, date)], font, size)
        return para

    def page_break(self):
        para = self.doc.add_paragraph()
        para.add_run().add_break(WD_BREAK.PAGE)

    # ------------------------------------------------------------------
    def footer_pageno(self, section, align="c", even=False):
        footer = section.even_page_footer if even else section.footer
        footer.is_linked_to_previous = False
        para = footer.paragraphs[0]
        para.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                          "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
        if align == "r":
            para.paragraph_format.right_indent = Pt(14)
        if align == "l":
            para.paragraph_format.left_indent = Pt(14)
        set_font(para.add_run("— "), SONG, 14)
        for r in field_runs("PAGE", "1", SONG, 14):
            para._p.append(r)
        set_font(para.add_run(" —"), SONG, 14)

    def _sect_notepr(self, xml_fragment):
        """Put footnotePr/endnotePr into every sectPr (after header/footer refs)."""
        body = self.doc.element.body
        sectprs = list(body.iter(qn("w:sectPr")))
        for sp in sectprs:
            el = parse_xml(xml_fragment)
            idx = 0
            for i, ch in enumerate(sp):
                if ch.tag in (qn("w:headerReference"), qn("w:footerReference"), qn("w:footnotePr")):
                    idx = i + 1
            sp.insert(idx, el)

    def _settings_insert(self, xml_fragment):
        st = self.doc.settings.element
        compat = st.find(qn("w:compat"))
        el = parse_xml(xml_fragment)
        if compat is not None:
            compat.addprevious(el)
        else:
            st.append(el)

    def finalize(self, path, foot_numfmt="decimalEnclosedCircle"):
        pkg = self.doc.part.package
        if self.fn:
            notes = []
            for i, t in enumerate(self.fn, 1):
                notes.append(
                    '<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:line="280" w:lineRule="exact"/>'
                    '<w:ind w:left="315" w:hanging="315"/><w:jc w:val="both"/></w:pPr>'
                    '<w:r>%s<w:footnoteRef/></w:r><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:footnote>'
                    % (i, rpr_xml(SONG, 10.5), rpr_xml(SONG, 10.5), esc(t)))
            blob = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                    '<w:footnotes %s>'
                    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
                    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                    '%s</w:footnotes>' % (WNS, "".join(notes))).encode("utf-8")
            part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob, pkg)
            self.doc.part.relate_to(part, RT.FOOTNOTES)
            self._settings_insert('<w:footnotePr %s><w:numFmt w:val="%s"/><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' % (WNS, foot_numfmt))
            self._sect_notepr('<w:footnotePr %s><w:numFmt w:val="%s"/></w:footnotePr>' % (WNS, foot_numfmt))
        if self.en:
            notes = []
            for i, t in enumerate(self.en, 1):
                notes.append(
                    '<w:endnote w:id="%d"><w:p><w:pPr><w:spacing w:line="320" w:lineRule="exact"/>'
                    '<w:ind w:left="420" w:hanging="420"/><w:jc w:val="both"/></w:pPr>'
                    '<w:r>%s<w:endnoteRef/></w:r><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:endnote>'
                    % (i, rpr_xml(FS, 12, '<w:vertAlign w:val="superscript"/>'), rpr_xml(FS, 12), esc("　" + t)))
            blob = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                    '<w:endnotes %s>'
                    '<w:endnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:endnote>'
                    '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>'
                    '%s</w:endnotes>' % (WNS, "".join(notes))).encode("utf-8")
            part = Part(PackURI("/word/endnotes.xml"), CT.WML_ENDNOTES, blob, pkg)
            self.doc.part.relate_to(part, RT.ENDNOTES)
            self._settings_insert('<w:endnotePr %s><w:pos w:val="docEnd"/><w:numFmt w:val="decimal"/><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>' % WNS)
            self._sect_notepr('<w:endnotePr %s><w:numFmt w:val="decimal"/></w:endnotePr>' % WNS)
        self.doc.save(path)


# ----------------------------------------------------------------------
# common 公文 parts
def red_masthead(b, text, size=34, spacing=None):
    para = b.p([("t", text, XBS)], font=XBS, size=size, indent=False, align="c",
               line=size * 1.25, before=12)
    for r in para.runs:
        r.font.color.rgb = RGBColor.from_string(RED)
        if spacing:
            rPr = r._element.get_or_add_rPr()
            sp = OxmlElement("w:spacing")
            sp.set(qn("w:val"), str(spacing))
            rPr.append(sp)
    return para


def red_rule(b, before=4):
    para = b.p([("t", "")], indent=False, line=8, before=before, after=18)
    border(para, "bottom", RED, 18, 1)
    return para


def title(b, lines):
    segs = []
    for i, ln in enumerate(lines):
        if i:
            segs.append(("br",))
        segs.append(("t", ln, XBS))
    b.p(segs, font=XBS, size=22, indent=False, align="c", line=35, before=6, after=18)


def banji(b, lines, last):
    """版记: lines (抄送 etc.) between rules, then the 印发 line with a closing rule."""
    first = True
    paras = []
    for ln in lines:
        para = b.p([("t", ln)], size=14, indent=False, align="j", line=26, left=14, right=14)
        paras.append(para)
        if first:
            border(para, "top", "000000", 6, 4)
            first = False
    para = b.p([("t", last[0]), ("tab",), ("t", last[1])], size=14, indent=False, align="l",
               line=26, left=14, right=14)
    tabs = para.paragraph_format.tab_stops
    tabs.add_tab_stop(Pt(426), alignment=2)  # right tab at the right indent
    border(para, "top", "000000", 4, 4)
    border(para, "bottom", "000000", 6, 4)


# ======================================================================
# (a) 广西：决策咨询专报（研究报告/政策建议），Word 脚注
def build_guangxi():
    b = Builder()
    sec = b.doc.sections[0]
    b.footer_pageno(sec, "c")

    b.p([("t", "内部资料"), ("br",), ("t", "注意保存")], font=HT, size=14, indent=False, align="l", line=22)
    red_masthead(b, "决策咨询专报", size=40, spacing=40)
    b.p([("t", "2024年第7期（总第31期）")], indent=False, align="c", line=30, before=6)
    para = b.p([("t", "中国（广西）自由贸易试验区研究院"), ("tab",), ("t", "2024年5月20日")],
               size=15, indent=False, align="l", line=28, before=6)
    para.paragraph_format.tab_stops.add_tab_stop(Mm(156), alignment=2)
    red_rule(b, before=2)

    title(b, ["关于以制度型开放为牵引",
              "深化中国（广西）自由贸易试验区",
              "制度创新的政策建议"])

    b.p([("t", "【内容提要】", HT),
         ("t", "中国（广西）自由贸易试验区挂牌近五年来，在跨境贸易便利化、面向东盟金融开放等领域形成了一批有辨识度的制度创新成果，"
               "但也存在创新碎片化、首创性不足、与产业发展结合不紧等问题。本文建议以对接《区域全面经济伙伴关系协定》（RCEP）等高标准经贸规则为牵引，"
               "分片区开展差别化探索，健全制度创新评估与复制推广机制。", KT)],
        clause=True, font=KT, before=4, after=6)

    b.p([("t", "中国（广西）自由贸易试验区（以下简称广西自贸试验区）于2019年8月挂牌，涵盖南宁、钦州港、崇左三个片区，实施范围119.99平方公里。"),
         ("fn", "参见《国务院关于印发6个新设自由贸易试验区总体方案的通知》（国发〔2019〕16号）所附《中国（广西）自由贸易试验区总体方案》。"),
         ("t", "截至2024年3月底，广西自贸试验区累计形成制度创新成果260余项，其中22项在全国复制推广或作为最佳实践案例发布。"),
         ("fn", "数据来源：自治区商务厅（自贸办）《广西自贸试验区建设工作简报》2024年第4期。以下数据未注明来源的均同此。"),
         ("t", "课题组在梳理三个片区创新案例、走访42家企业的基础上，形成本报告。")], clause=True)

    b.p([("t", "一、广西自贸试验区制度创新的主要进展", HT)], keep=True)
    b.p([("t", "（一）跨境贸易便利化制度创新走在前列。", KT),
         ("t", "依托西部陆海新通道和中越边境口岸，广西自贸试验区率先推出“海铁联运一单制”“边民互市贸易进口商品落地加工”等创新举措，"
               "钦州港东站至东盟主要港口的海铁联运实现“一次委托、一单到底、一票结算”。"),
         ("fn", "参见《钦州港片区海铁联运“一单制”改革实施细则》（钦自贸管发〔2022〕9号）。"),
         ("t", "2023年，广西自贸试验区以不到全区万分之五的面积，贡献了约三成的外贸进出口额。")], clause=True)
    b.p([("t", "（二）面向东盟的金融开放创新取得突破。", KT),
         ("t", "南宁片区集聚中国—东盟金融城等平台，开展跨境人民币结算便利化、本外币合一银行结算账户体系等试点，"
               "人民币已连续多年成为广西对东盟跨境收支第一大结算货币。"),
         ("fn", "参见中国人民银行广西壮族自治区分行《广西跨境人民币业务发展报告（2023）》。")], clause=True)
    b.p([("t", "（三）沿边开放合作机制持续完善。", KT),
         ("t", "崇左片区探索“边民互市+落地加工”“跨境劳务合作”等模式，中越跨境陆路运输实现“点对点”直达，"
               "边民互市贸易商品落地加工产值较挂牌前增长2倍以上。")], clause=True)

    b.p([("t", "二、当前制度创新面临的突出问题", HT)], keep=True)
    b.p([("t", "（一）创新碎片化问题仍较突出。", KT),
         ("t", "多数创新举措集中于通关流程、审批环节的局部优化，跨部门、跨领域的集成式创新不足，"
               "部分举措在片区之间重复申报，存在“小切口多、大突破少”的现象。")], clause=True)
    b.p([("t", "（二）首创性、引领性成果偏少。", KT),
         ("t", "与上海、海南等地相比，广西自贸试验区在数据跨境流动、服务贸易负面清单等规则、规制、管理、标准层面的探索仍处于起步阶段。"),
         ("fn", "参见商务部国际贸易经济合作研究院课题组《自由贸易试验区制度创新第三方评估报告（2023年度）》，内部研究资料。"),
         ("t", "在2023年度第三方评估中，广西自贸试验区“首创性”指标得分低于全国平均水平。")], clause=True)
    b.p([("t", "（三）制度创新与产业发展结合不够紧密。", KT),
         ("t", "部分创新成果“叫好不叫座”，企业知晓率和使用率不高。课题组问卷显示，受访企业中仅有38%实际使用过3项以上创新举措，"
               "近半数企业反映对相关政策“不了解”或“了解不多”。")], clause=True)

    b.p([("t", "三、政策建议", HT)], keep=True)
    b.p([("t", "（一）对标高标准经贸规则开展压力测试。", KT),
         ("t", "建议在南宁片区率先对接RCEP和《数字经济伙伴关系协定》（DEPA）相关条款，"),
         ("fn", "我国已于2021年11月正式提出申请加入《数字经济伙伴关系协定》（DEPA）。"),
         ("t", "围绕数据跨境流动、数字身份互认、电子发票互操作等开展先行先试，争取国家有关部委支持设立面向东盟的数据跨境流动服务中心。")],
        clause=True)
    b.p([("t", "（二）打造西部陆海新通道国际门户港制度创新高地。", KT),
         ("t", "建议支持钦州港片区探索“港区联动、区港一体”监管模式，推动钦州保税港区与钦州港东站一体化运作，"
               "试点国际中转集拼和沿海捎带业务，研究开展航运保险、船舶融资租赁等航运服务制度创新。")], clause=True)
    b.p([("t", "（三）深化沿边跨境合作制度创新。", KT),
         ("t", "建议支持崇左片区依托凭祥、龙州等边境口岸，探索跨境劳务“一站式”服务和边民互市商品“互市+加工+电商”监管模式，"
               "推动中国·东盟（凭祥）跨境合作园区建设取得实质性进展。")], clause=True)
    b.p([("t", "（四）健全制度创新评估与复制推广机制。", KT),
         ("t", "建议由自治区商务厅（自贸办）牵头建立制度创新成果“清单化申报、第三方评估、分级复制推广”机制，每年发布一批最佳实践案例；"
               "对在全国复制推广的成果，在对各片区的年度绩效考评中予以加分。")], clause=True)
    b.p([("t", "（五）强化改革创新的人才和容错保障。", KT),
         ("t", "建议落实“三个区分开来”要求，研究制定自贸试验区改革创新容错纠错办法，对探索中出现的失误偏差依规依纪予以容错免责；"
               "加大法律、国际经贸规则、跨境金融等专业人才引进培养力度。")], clause=True)

    b.p([("t", "（课题组成员：黄某某　陆某某　韦某某；执笔：陆某某）")], font=KT, indent=False, align="r", before=12)

    b.p("", indent=False, line=20)
    banji(b, ["报：自治区党委、自治区人民政府主要领导，自治区党委、自治区人民政府分管领导。",
              "送：自治区商务厅（自贸办）、发展改革委、司法厅，南宁市、钦州市、崇左市人民政府，广西自贸试验区各片区管委会。"],
          ("广西自贸试验区研究院办公室", "2024年5月20日印发"))

    stem = "blind345_guangxi_jianyi"
    b.finalize(os.path.join(HERE, stem + ".docx"), "decimalEnclosedCircle")
    exp = {
        "meta": {
            "title": "关于以制度型开放为牵引深化中国（广西）自由贸易试验区制度创新的政策建议",
            "doc_number": "2024年第7期（总第31期）",
            "issuer": ["中国（广西）自由贸易试验区研究院"],
            "date": "2024-05-20",
            "published": "2024-05-20",
            "level": "provincial",
            "region": "中国（广西）自由贸易试验区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "政策建议（决策咨询专报）",
            "recipients": ["自治区党委、自治区人民政府主要领导", "自治区党委、自治区人民政府分管领导",
                           "自治区商务厅（自贸办）", "自治区发展改革委", "自治区司法厅",
                           "南宁市人民政府", "钦州市人民政府", "崇左市人民政府", "广西自贸试验区各片区管委会"],
            "publicity": "内部资料 注意保存",
            "repeals": None,
        },
        "clauses": b.clauses,
        "applies_to": {"specific": {
            "（一）对标高标准经贸规则开展压力测试。": ["南宁片区"],
            "（二）打造西部陆海新通道国际门户港制度创新高地。": ["钦州港片区"],
            "（三）深化沿边跨境合作制度创新。": ["崇左片区"],
        }},
    }
    return stem, [exp]


# ======================================================================
# (b) 郑州：实施方案（征求意见稿），批注 + 修订痕迹 + 文本框 + 合并单元格表格
A_LI = "市发展改革委 李卫东"
A_ZZ = "郑州海关 赵静"
A_CZ = "市财政局 孙磊"
A_SW = "市商务局 周敏"
D1 = "2024-07-09T10:12:00Z"
D2 = "2024-07-10T15:40:00Z"
D3 = "2024-07-11T09:05:00Z"

TEXTBOX_LINES = [
    ("起草说明", True),
    ("1.本方案由市商务局会同郑州海关、市财政局、郑州航空港区管委会起草，已征求市直有关部门初步意见。", False),
    ("2.请于2024年7月26日前将书面意见（加盖单位公章）反馈市商务局电子商务处，逾期未反馈视为无意见。", False),
    ("3.联系人：周敏，电话：0371-6718××××。", False),
]


def textbox_run():
    paras = []
    for text, bold in TEXTBOX_LINES:
        f = HT if bold else KT
        jc = "center" if bold else "both"
        paras.append('<w:p><w:pPr><w:spacing w:line="300" w:lineRule="exact"/><w:jc w:val="%s"/></w:pPr>'
                     '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (jc, rpr_xml(f, 12), esc(text)))
    return ('<w:r %s %s><w:pict>'
            '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
            '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            '<v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" '
            'style="position:absolute;margin-left:306pt;margin-top:4pt;width:136pt;height:290pt;z-index:251660288;'
            'mso-position-horizontal-relative:margin;mso-position-vertical-relative:paragraph" '
            'fillcolor="#f2f2f2" strokecolor="#7f7f7f" strokeweight=".75pt">'
            '<v:textbox inset="5pt,4pt,5pt,4pt"><w:txbxContent>%s</w:txbxContent></v:textbox>'
            '<w10:wrap type="square"/></v:shape></w:pict></w:r>' % (WNS, VML_NS, "".join(paras)))


def build_zhengzhou():
    b = Builder()
    sec = b.doc.sections[0]
    b.footer_pageno(sec, "c")

    b.p([("t", "征求意见稿", HT)], font=HT, size=16, indent=False, align="r", line=28)
    title(b, ["郑州市推进跨境电子商务综合试验区",
              "与综合保税区联动发展实施方案",
              "（征求意见稿）"])

    # intro paragraph carries the floating text box (起草说明) anchored at its start
    b.p([("raw", textbox_run()),
         ("t", "为深入贯彻落实国家关于推动跨境电商健康持续创新发展和综合保税区高质量发展的决策部署，"
               "发挥中国（郑州）跨境电子商务综合试验区和我市综合保税区政策叠加优势，加快建设“空中丝绸之路”和“网上丝绸之路”，"
               "结合我市实际，制定本方案。")], clause=True)

    b.p([("t", "一、总体要求", HT)], keep=True)
    b.p([("t", "（一）指导思想。", KT),
         ("t", "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，"
               "以“跨境电商+综保区”联动为突破口，推动跨境电商由规模扩张向质量提升转变，为建设内陆开放高地提供有力支撑。")],
        clause=True)
    b.p([("t", "（二）发展目标。", KT),
         ("del", "到2025年", A_LI, D1), ("ins", "到2026年", A_LI, D1),
         ("t", "，全市跨境电商交易额突破"),
         ("del", "1500", A_LI, D1), ("ins", "1800", A_LI, D1),
         ("t", "亿元，综合保税区跨境电商业务占全市跨境电商进出口比重提高到"),
         ("cm", "40%", "请核实2023年基数，与《郑州市“十四五”开放型经济发展规划》口径衔接，建议目标值不高于35%。", A_LI, "LWD"),
         ("t", "以上，培育年交易额超10亿元的跨境电商龙头企业15家，建成市级公共海外仓30个。")], clause=True)

    b.p([("t", "二、重点任务", HT)], keep=True)
    b.p([("t", "（一）推动“跨境电商+综保区”业务模式创新。", KT),
         ("t", "支持郑州新郑综合保税区、郑州经开综合保税区拓展跨境电商网购保税进口（1210）、"),
         ("cm", "特殊区域出口", "建议规范表述为“特殊区域出口（1210出口）”，与海关监管方式代码一致。", A_ZZ, "ZJ"),
         ("t", "等业务，探索“保税备货+直播销售”“保税展示+跨境电商”等新模式。"),
         ("ins", "支持符合条件的企业在上述综合保税区内开展跨境电商退货商品集中处理业务。", A_ZZ, D2)], clause=True)
    b.p([("t", "（二）建设“一带一路”海外仓网络。", KT),
         ("t", "支持企业在共建“一带一路”国家和RCEP成员国布局建设海外仓，对新认定的市级公共海外仓，按照仓储面积给予最高"),
         ("del", "200", A_CZ, D2), ("ins", "100", A_CZ, D2),
         ("cm", "万元一次性奖励", "奖励标准请与市财政局再行会商，并明确资金渠道。", A_CZ, "SL"),
         ("t", "。鼓励海外仓企业与中欧班列（郑州）、郑州—卢森堡“空中丝绸之路”货运航线运营企业合作，发展“海外仓+班列”“海外仓+货运航线”模式。")],
        clause=True)
    b.p([("t", "（三）提升口岸通关便利化水平。", KT),
         ("t", "依托郑州航空口岸、郑州铁路口岸，推广跨境电商出口“清单核放、汇总申报”和“跨关区退货”模式，"),
         ("del", "力争", A_ZZ, D2),
         ("t", "跨境电商进出口整体通关时间较2023年压缩"),
         ("del", "30%", A_ZZ, D2), ("ins", "20%", A_ZZ, D2),
         ("t", "以上。")], clause=True)
    b.p([("t", "（四）扩大跨境电商零售进口药品试点。", KT),
         ("t", "在郑州航空港经济综合实验区（郑州新郑综合保税区）内，推动跨境电商零售进口药品试点扩大品种范围，"
               "探索建立进口药品质量追溯和不良反应监测机制。")], clause=True)
    # whole item struck out by the finance bureau
    b.deleted_para("（五）设立市级跨境电商产业引导基金。由市财政出资10亿元，吸引社会资本共同设立跨境电商产业引导基金，"
                   "重点支持跨境电商平台、海外仓和供应链服务企业发展。", A_CZ, D3)
    b.p([("t", "（", KT), ("del", "六", A_SW, D3), ("ins", "五", A_SW, D3), ("t", "）培育跨境电商市场主体。", KT),
         ("t", "实施跨境电商主体培育行动，每年遴选一批跨境电商龙头企业和“小巨人”企业，对年进出口额首次突破1亿元、5亿元、10亿元的企业分档给予奖励；"
               "引导传统外贸企业、制造企业“上线触网”，发展“跨境电商+产业带”模式。")], clause=True)
    b.p([("t", "（", KT), ("del", "七", A_SW, D3), ("ins", "六", A_SW, D3), ("t", "）强化人才和服务支撑。", KT)], keep=True)
    b.p([("t", "1.建设跨境电商人才实训基地。支持在郑高校与跨境电商企业共建产业学院和实训基地，每年培训跨境电商从业人员5000人次以上。")],
        clause=True)
    b.p([("t", "2.完善公共服务平台功能。推动跨境电商综试区线上综合服务平台与国际贸易“单一窗口”数据互联互通，"),
         ("ins", "为中小企业提供通关、物流、结汇、退税“一站式”服务。", A_SW, D3)], clause=True)

    b.p([("t", "三、保障措施", HT)], keep=True)
    b.p([("t", "（一）加强组织领导。", KT),
         ("t", "依托市跨境电商综试区建设工作领导小组，建立市商务局、郑州海关、市财政局、市税务局等部门参加的联席会议制度，定期研究解决重大问题。")],
        clause=True)
    b.p([("t", "（二）强化政策支持。", KT),
         ("t", "统筹用好中央外经贸发展专项资金和市级开放型经济发展资金，"),
         ("cm", "对跨境电商重点项目予以支持", "资金规模需结合年度预算安排，建议正文不写具体金额。", A_CZ, "SL"),
         ("t", "。"),
         ("ins", "市财政每年安排不少于5000万元资金，专项用于跨境电商与综合保税区联动发展。", A_SW, D3)], clause=True)
    b.p([("t", "（三）加强统计监测和评估。", KT),
         ("t", "建立跨境电商统计监测制度，按季度通报各开发区、综合保税区业务进展情况，适时开展第三方评估。")], clause=True)
    b.p([("t", "本方案自印发之日起实施，有效期至2026年12月31日。")], clause=True)

    b.p("", indent=False)
    b.p([("t", "附件：重点任务分工表")], indent=True)
    b.p("", indent=False)
    b.p([("t", "郑州市商务局")], indent=False, align="r", right=64)
    b.p([("t", "2024年7月12日")], indent=False, align="r", right=48)

    # ---------------- attachment in a landscape section ----------------
    sec2 = b.doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Mm(297), Mm(210)
    sec2.top_margin, sec2.bottom_margin = Mm(28), Mm(26)
    sec2.left_margin, sec2.right_margin = Mm(35), Mm(37)
    b.p([("t", "附件", HT)], font=HT, indent=False, align="l")
    b.p([("t", "重点任务分工表", XBS)], font=XBS, size=20, indent=False, align="c", line=32, after=8)

    head = ["序号", "任务类别", "具体任务", "牵头单位", "配合单位", "完成时限"]
    rows = [
        ["1", "模式创新", "在郑州新郑综合保税区、郑州经开综合保税区开展“保税备货+直播销售”试点", "郑州航空港区管委会、郑州经开区管委会", "郑州海关、市商务局", "2024年12月底前"],
        ["2", "模式创新", "开展跨境电商退货商品集中处理业务", "郑州海关", "市商务局", "2025年6月底前"],
        ["3", "海外仓建设", "认定第一批市级公共海外仓", "市商务局", "市财政局", "2024年12月底前"],
        ["4", "海外仓建设", "推动“海外仓+班列”“海外仓+货运航线”合作", "市商务局", "市发展改革委、郑州航空港区管委会", "持续推进"],
        ["5", "通关便利", "推广跨境电商出口“清单核放、汇总申报”模式", "郑州海关", "市商务局", "2024年10月底前"],
        ["DEL", "资金保障", "设立市级跨境电商产业引导基金", "市财政局", "市商务局", "2025年3月底前"],
        ["6", "主体培育", "遴选跨境电商龙头企业和“小巨人”企业", "市商务局", "各县（市、区）人民政府、各开发区管委会", "每年6月底前"],
    ]
    widths = [Mm(14), Mm(26), Mm(82), Mm(40), Mm(38), Mm(25)]
    t = b.doc.add_table(rows=1 + len(rows), cols=len(head))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    grid = t._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j].twips)))
    for j in range(len(head)):
        t.columns[j].width = widths[j]

    def cell_write(cell, text, font=FS, size=12, bold=False, center=False):
        para = cell.paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.LEFT
        para.paragraph_format.line_spacing = Pt(18)
        set_font(para.add_run(text), font, size, bold=bold)

    for j, h in enumerate(head):
        cell_write(t.cell(0, j), h, HT, 12, center=True)
    for i in range(len(rows) + 1):
        for j in range(len(head)):
            t.cell(i, j).width = widths[j]
    # fill cells (merged category cells written once)
    merges = [(1, 2, 1), (3, 4, 1)]
    merged_tail = {(2, 1), (4, 1)}
    for i, row in enumerate(rows, 1):
        if row[0] == "DEL":
            continue
        for j, val in enumerate(row):
            if (i, j) in merged_tail:
                continue
            cell_write(t.cell(i, j), val, center=(j in (0, 1, 5)))
    for r1, r2, c in merges:
        t.cell(r1, c).merge(t.cell(r2, c))
    # comment on one deadline cell
    cm_run = t.cell(5, 5).paragraphs[0].runs[0]
    b.doc.add_comment(cm_run, text="时限是否过紧？海关需报总署备案。", author=A_ZZ, initials="ZJ")
    # tracked-deleted row (the fund row, consistent with deleted item 五)
    di = [k for k, r in enumerate(rows, 1) if r[0] == "DEL"][0]
    tr = t.rows[di]._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:del %s w:id="%d" w:author="%s" w:date="%s"/>' % (WNS, b.next_rev(), esc(A_CZ), D3)))
    shown = ["6"] + rows[di - 1][1:]
    for j, val in enumerate(shown):
        para = t.cell(di, j).paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER if j in (0, 1, 5) else WD_ALIGN_PARAGRAPH.LEFT
        para.paragraph_format.line_spacing = Pt(18)
        para._p.append(parse_xml('<w:del %s w:id="%d" w:author="%s" w:date="%s"><w:r>%s<w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
                                 % (WNS, b.next_rev(), esc(A_CZ), D3, rpr_xml(FS, 12), esc(val))))
    # the following row's 序号 was "7" → "6"
    last = len(rows)
    para = t.cell(last, 0).paragraphs[0]
    for r in list(para.runs):
        r._element.getparent().remove(r._element)
    para._p.append(parse_xml('<w:del %s w:id="%d" w:author="%s" w:date="%s"><w:r>%s<w:delText>7</w:delText></w:r></w:del>'
                             % (WNS, b.next_rev(), esc(A_SW), D3, rpr_xml(FS, 12))))
    para._p.append(parse_xml('<w:ins %s w:id="%d" w:author="%s" w:date="%s"><w:r>%s<w:t>6</w:t></w:r></w:ins>'
                             % (WNS, b.next_rev(), esc(A_SW), D3, rpr_xml(FS, 12))))
    # repeat header row on each page
    trPr0 = t.rows[0]._tr.get_or_add_trPr()
    trPr0.append(parse_xml('<w:tblHeader %s/>' % WNS))

    for row in rows:
        if row[0] == "DEL":
            continue
        b.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(head, row)))

    # settings: show revisions/comments (as the drafter left them)
    stem = "blind345_zhengzhou_fangan"
    b.finalize(os.path.join(HERE, stem + ".docx"))
    exp = {
        "meta": {
            "title": "郑州市推进跨境电子商务综合试验区与综合保税区联动发展实施方案（征求意见稿）",
            "doc_number": None,
            "issuer": ["郑州市商务局"],
            "date": "2024-07-12",
            "published": None,
            "level": "municipal",
            "region": "郑州市",
            "effective": None,
            "expires": "2026-12-31",
            "attachments": ["重点任务分工表"],
            "doc_type": "实施方案（征求意见稿）",
            "recipients": [],
            "publicity": "征求意见稿",
            "repeals": None,
        },
        "clauses": b.clauses,
        "applies_to": {"specific": {
            "（一）推动“跨境电商+综保区”业务模式创新。": ["郑州新郑综合保税区", "郑州经开综合保税区"],
            "（四）扩大跨境电商零售进口药品试点。": ["郑州航空港经济综合实验区", "郑州新郑综合保税区"],
            "序号：1；任务类别：模式创新；具体任务：在郑州新郑综合保税区": ["郑州新郑综合保税区", "郑州经开综合保税区"],
        }},
    }
    return stem, [exp]


# ======================================================================
# (c) 陕西：省政府办公厅通知，尾注 + PAGE 域奇偶页页码
def build_shaanxi():
    b = Builder()
    b.doc.settings.odd_and_even_pages_header_footer = True
    sec = b.doc.sections[0]
    b.footer_pageno(sec, "r")
    b.footer_pageno(sec, "l", even=True)

    b.p("", indent=False, line=20)
    red_masthead(b, "陕西省人民政府办公厅文件", size=36)
    b.p("", indent=False, line=20)
    b.p([("t", "陕政办发〔2024〕23号")], indent=False, align="c", line=30, before=8)
    red_rule(b, before=0)

    title(b, ["陕西省人民政府办公厅",
              "关于支持中国（陕西）自由贸易试验区",
              "深度融入共建“一带一路”的通知"])
    b.p([("t", "各设区市人民政府，省人民政府各工作部门、各直属机构：")], indent=False, align="j")

    b.p([("t", "为深入贯彻习近平总书记关于共建“一带一路”的重要论述和历次来陕考察重要讲话精神，落实《中国（陕西）自由贸易试验区总体方案》"),
         ("en", "《国务院关于印发中国（陕西）自由贸易试验区总体方案的通知》，2017年3月发布。"),
         ("t", "和《陕西省推进共建“一带一路”高质量发展三年行动计划（2024—2026年）》"),
         ("en", "《陕西省推进共建“一带一路”高质量发展三年行动计划（2024—2026年）》（陕政发〔2024〕6号）。"),
         ("t", "部署，支持中国（陕西）自由贸易试验区（以下简称陕西自贸试验区）在服务共建“一带一路”中发挥更大作用，"
               "经省人民政府同意，现就有关事项通知如下。")], clause=True)

    b.p([("t", "一、提升国际物流枢纽功能", HT)], keep=True)
    b.p([("t", "（一）做强中欧班列（西安）集结中心。", KT),
         ("t", "支持西安国际港务区片区建设中欧班列（西安）集结中心，优化“+西欧”“+中亚”集结线路，推动铁路运输单证金融化应用，"),
         ("en", "运输单证金融化指以铁路运单、多式联运提单等为载体开展贸易融资的做法，参见《陕西自贸试验区第五批改革创新案例》。"),
         ("t", "到2026年中欧班列（西安）年开行量稳定在5000列以上。")], clause=True)
    b.p([("t", "（二）建设空中丝绸之路枢纽。", KT),
         ("t", "支持陕西自贸试验区中心片区内的西咸新区空港新城拓展第五航权货运航线，发展航空物流、跨境电商和保税维修业务，"
               "推动西安咸阳国际机场国际货邮吞吐量年均增长10%以上。")], clause=True)

    b.p([("t", "二、深化贸易投资便利化", HT)], keep=True)
    b.p([("t", "（一）拓展国际贸易“单一窗口”功能。", KT),
         ("t", "依托国际贸易“单一窗口”陕西平台，推出面向共建“一带一路”国家的跨境物流、出口信保、跨境结算等特色应用，"
               "实现口岸通关、物流、金融服务“一网通办”。")], clause=True)
    b.p([("t", "（二）支持农业领域开放合作。", KT),
         ("t", "支持杨凌示范区片区建设上合组织农业技术交流培训示范基地，开展农产品进出口检验检疫便利化改革，"
               "简化种质资源进出境审批程序。"),
         ("en", "上海合作组织农业技术交流培训示范基地设在杨凌农业高新技术产业示范区。")], clause=True)
    b.p([("t", "（三）创新外商投资管理。", KT),
         ("t", "全面落实外商投资准入前国民待遇加负面清单管理制度，在陕西自贸试验区试点外商投资企业设立、变更“一件事一次办”，"
               "办理时限压缩至3个工作日以内。")], clause=True)

    b.p([("t", "三、打造开放型经济平台", HT)], keep=True)
    b.p([("t", "（一）推动综合保税区提质增效。", KT),
         ("t", "支持西安综合保税区、西安高新综合保税区、西安航空基地综合保税区开展保税研发、保税维修和再制造业务，"
               "推动区内企业增值税一般纳税人资格试点扩面。")], clause=True)
    b.p([("t", "（二）发展跨境电商新业态。", KT),
         ("t", "支持全省跨境电子商务综合试验区与陕西自贸试验区联动发展，重点做好以下工作：")], clause=True)
    b.p([("t", "1.支持跨境电商企业在共建“一带一路”国家建设海外仓，对符合条件的海外仓项目按照有关规定给予支持。")], clause=True)
    b.p([("t", "2.推进跨境电商综合试验区线上综合服务平台与国际贸易“单一窗口”数据互联互通。")], clause=True)
    b.p([("t", "3.探索开展跨境电商B2B出口监管试点，推动“9710”“9810”模式规模化应用。"),
         ("en", "“9710”指跨境电子商务企业对企业直接出口，“9810”指跨境电子商务出口海外仓，均为海关监管方式代码。")], clause=True)

    b.p([("t", "四、强化组织保障", HT)], keep=True)
    b.p([("t", "（一）加强统筹协调。", KT),
         ("t", "省商务厅（省自贸办）要会同省级有关部门和各片区管委会，建立支持事项清单化管理和季度调度机制，及时协调解决重大问题。")],
        clause=True)
    b.p([("t", "（二）强化要素保障。", KT),
         ("t", "各设区市人民政府和省级有关部门要在用地、用能、资金、人才等方面对陕西自贸试验区重点项目予以倾斜。")], clause=True)
    b.p([("t", "（三）做好评估总结。", KT),
         ("t", "省商务厅（省自贸办）要会同有关部门对本通知落实情况开展年度评估，及时总结可复制推广的经验做法，重大事项及时向省人民政府报告。")],
        clause=True)
    b.p([("t", "本通知自2024年10月1日起施行，有效期至2027年9月30日。《陕西省人民政府办公厅关于支持中国（陕西）自由贸易试验区加快发展的若干意见》"
               "（陕政办发〔2020〕41号）同时废止。")], clause=True)

    b.p("", indent=False)
    b.p("", indent=False)
    b.p([("t", "陕西省人民政府办公厅")], indent=False, align="r", right=64)
    b.p([("t", "2024年9月10日")], indent=False, align="r", right=80)
    b.p([("t", "（此件公开发布）")], indent=True)

    b.p("", indent=False, line=40)
    banji(b, ["抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，西安海关。"],
          ("陕西省人民政府办公厅", "2024年9月12日印发"))

    stem = "blind345_shaanxi_tongzhi"
    b.finalize(os.path.join(HERE, stem + ".docx"))
    exp = {
        "meta": {
            "title": "陕西省人民政府办公厅关于支持中国（陕西）自由贸易试验区深度融入共建“一带一路”的通知",
            "doc_number": "陕政办发〔2024〕23号",
            "issuer": ["陕西省人民政府办公厅"],
            "date": "2024-09-10",
            "published": "2024-09-12",
            "level": "provincial",
            "region": "中国（陕西）自由贸易试验区",
            "effective": "2024-10-01",
            "expires": "2027-09-30",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各设区市人民政府", "省人民政府各工作部门、各直属机构"],
            "publicity": "此件公开发布",
            "repeals": "《陕西省人民政府办公厅关于支持中国（陕西）自由贸易试验区加快发展的若干意见》（陕政办发〔2020〕41号）",
        },
        "clauses": b.clauses,
        "applies_to": {"specific": {
            "（一）做强中欧班列（西安）集结中心。": ["西安国际港务区片区"],
            "（二）建设空中丝绸之路枢纽。": ["中心片区", "西咸新区空港新城"],
            "（二）支持农业领域开放合作。": ["杨凌示范区片区"],
            "（一）推动综合保税区提质增效。": ["西安综合保税区", "西安高新综合保税区", "西安航空基地综合保税区"],
        }},
    }
    return stem, [exp]


# ======================================================================
def to_pdf(docx_path, margin_comments=False):
    outdir = os.path.dirname(docx_path)
    target = "pdf"
    if margin_comments:
        # exported "with markup": tracked changes stay visible (LibreOffice default) and the
        # 批注 go into the PDF as sticky-note annotations
        target = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
    cmd = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_345",
           "--convert-to", target, "--outdir", outdir, docx_path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def main():
    expected = {}
    for fn, margin in ((build_guangxi, False), (build_zhengzhou, True), (build_shaanxi, False)):
        stem, docs = fn()
        for d in docs:
            # key each place list by the first 30 characters of the one clause it starts
            spec = {}
            for key, places in d["applies_to"]["specific"].items():
                hits = [c for c in d["clauses"] if c.startswith(key)]
                assert len(hits) == 1, (stem, key, len(hits))
                spec[hits[0][:30]] = places
            d["applies_to"]["specific"] = spec
        expected[stem] = docs
        to_pdf(os.path.join(HERE, stem + ".docx"), margin_comments=margin)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    print("wrote", ", ".join(sorted(expected)))


if __name__ == "__main__":
    main()
