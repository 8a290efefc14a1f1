# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 273.

Writes next to itself:
  blind273_zhengzhou_fangan.docx/.pdf   印发通知 + 实施方案, footnotes (①②, restart each page),
                                         running header in the 方案 section, footer "— N —"
  blind273_sichuan_tongzhi.docx/.pdf    通知 + 附件 任务分工表 over three pages (标题行重复, 续表,
                                         vertically merged 牵头单位)
  blind273_xiamen_cuoshi.docx/.pdf      若干措施 with a text box 专栏1 and a caption 图1 without image
  blind273_qingdao_yaodian.docx/.pdf    印发通知 + 工作要点 with endnotes and hyperlinks
  expected.json

Run:  . /work/venv/bin/activate && python make_blind273.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
ST = '宋体'

W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
NSDECL = ('xmlns:w="%s" xmlns:r="%s" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"' % (W_NS, R_NS))


# ---------------------------------------------------------------- run parts
def T(text, font=FS, size=16, bold=False):
    return {'k': 't', 'text': text, 'font': font, 'size': size, 'bold': bold}


def FN(note):
    return {'k': 'fn', 'note': note}


def EN(note):
    return {'k': 'en', 'note': note}


def LINK(text, url):
    return {'k': 'link', 'text': text, 'url': url}


def BR():
    return {'k': 'br'}


def rpr_xml(font, size, bold=False, color=None, sup=False, underline=False):
    x = '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>' % (font, font, font, font)
    if bold:
        x += '<w:b/><w:bCs/>'
    if color:
        x += '<w:color w:val="%s"/>' % color
    x += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (int(size * 2), int(size * 2))
    if underline:
        x += '<w:u w:val="single"/>'
    if sup:
        x += '<w:vertAlign w:val="superscript"/>'
    return x + '</w:rPr>'


def set_font(run, font, size, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.get_or_add_rFonts()
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs'):
        rfonts.set(qn(a), font)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def p_border(paragraph, side, sz, color='000000', space=1):
    ppr = paragraph._p.get_or_add_pPr()
    pbdr = ppr.find(qn('w:pBdr'))
    if pbdr is None:
        pbdr = OxmlElement('w:pBdr')
        # pBdr must come before shd/tabs/spacing/ind/jc ...
        anchor = None
        for tag in ('w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:spacing', 'w:ind', 'w:jc'):
            anchor = ppr.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(pbdr)
        else:
            ppr.append(pbdr)
    el = OxmlElement('w:' + side)
    el.set(qn('w:val'), 'single')
    el.set(qn('w:sz'), str(sz))
    el.set(qn('w:space'), str(space))
    el.set(qn('w:color'), color)
    pbdr.append(el)


def add_field(paragraph, instr, font, size):
    r = paragraph.add_run()
    set_font(r, font, size)
    fc = OxmlElement('w:fldChar')
    fc.set(qn('w:fldCharType'), 'begin')
    r._r.append(fc)
    r = paragraph.add_run()
    set_font(r, font, size)
    it = OxmlElement('w:instrText')
    it.set(qn('xml:space'), 'preserve')
    it.text = ' %s ' % instr
    r._r.append(it)
    r = paragraph.add_run()
    set_font(r, font, size)
    fc = OxmlElement('w:fldChar')
    fc.set(qn('w:fldCharType'), 'separate')
    r._r.append(fc)
    r = paragraph.add_run('1')
    set_font(r, font, size)
    r = paragraph.add_run()
    set_font(r, font, size)
    fc = OxmlElement('w:fldChar')
    fc.set(qn('w:fldCharType'), 'end')
    r._r.append(fc)


# ---------------------------------------------------------------- builder
class Builder:
    def __init__(self, stem):
        self.stem = stem
        self.doc = Document()
        self.clauses = []
        self.footnotes = []   # (id, text)
        self.endnotes = []
        self.specific = {}
        self.textbox_id = 100
        d = self.doc
        st = d.styles['Normal']
        st.font.name = FS
        st.font.size = Pt(16)
        st.element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), FS)
        pf = st.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(28.9)
        sec = d.sections[0]
        self.page_setup(sec)
        d.settings.odd_and_even_pages_header_footer = True
        self.page_numbers(sec)

    # page -----------------------------------------------------------
    def page_setup(self, sec, landscape=False):
        sec.page_width = Mm(210)
        sec.page_height = Mm(297)
        sec.top_margin = Mm(37)
        sec.bottom_margin = Mm(35)
        sec.left_margin = Mm(28)
        sec.right_margin = Mm(26)
        sec.header_distance = Mm(20)
        sec.footer_distance = Mm(24)

    def page_numbers(self, sec):
        for footer, odd in ((sec.footer, True), (sec.even_page_footer, False)):
            footer.is_linked_to_previous = False
            p = footer.paragraphs[0]
            p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
            if odd:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.paragraph_format.right_indent = Pt(14)
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.LEFT
                p.paragraph_format.left_indent = Pt(14)
            r = p.add_run('— ')
            set_font(r, ST, 14)
            add_field(p, 'PAGE', ST, 14)
            r = p.add_run(' —')
            set_font(r, ST, 14)

    def running_header(self, sec, text):
        for header in (sec.header, sec.even_page_header):
            header.is_linked_to_previous = False
            p = header.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
            r = p.add_run(text)
            set_font(r, ST, 10.5)
            p_border(p, 'bottom', 6, '000000', 1)

    def empty_header(self, sec):
        for header in (sec.header, sec.even_page_header):
            header.is_linked_to_previous = False

    # paragraphs -----------------------------------------------------
    def para(self, parts, align=None, first_indent=32, left=None, right=None, clause=False,
             line=None, page_break_before=False, keep_next=False, space_before=None, space_after=None):
        if isinstance(parts, str):
            parts = [T(parts)]
        p = self.doc.add_paragraph()
        pf = p.paragraph_format
        if align == 'center':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == 'right':
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if first_indent:
            pf.first_line_indent = Pt(first_indent)
        if left is not None:
            pf.left_indent = Pt(left)
        if right is not None:
            pf.right_indent = Pt(right)
        if line is not None:
            pf.line_spacing = Pt(line)
        if page_break_before:
            pf.page_break_before = True
        if keep_next:
            pf.keep_with_next = True
        if space_before is not None:
            pf.space_before = Pt(space_before)
        if space_after is not None:
            pf.space_after = Pt(space_after)
        text, notes = self.add_parts(p, parts)
        if clause:
            full = text
            for n in notes:
                full += '\n' + n
            self.clauses.append(full)
        return p

    def add_parts(self, p, parts):
        text = ''
        notes = []
        for part in parts:
            k = part['k']
            if k == 't':
                r = p.add_run(part['text'])
                set_font(r, part['font'], part['size'], part['bold'])
                text += part['text']
            elif k == 'br':
                r = p.add_run()
                r.add_break(WD_BREAK.LINE)
                text += '\n'
            elif k == 'fn':
                fid = len(self.footnotes) + 1
                self.footnotes.append((fid, part['note']))
                p._p.append(parse_xml('<w:r %s>%s<w:footnoteReference w:id="%d"/></w:r>'
                                      % (NSDECL, rpr_xml(FS, 16, sup=True), fid)))
                notes.append(part['note'])
            elif k == 'en':
                eid = len(self.endnotes) + 1
                self.endnotes.append((eid, part['note']))
                p._p.append(parse_xml('<w:r %s>%s<w:endnoteReference w:id="%d"/></w:r>'
                                      % (NSDECL, rpr_xml(FS, 16, sup=True), eid)))
                notes.append(part['note'])
            elif k == 'link':
                rid = p.part.relate_to(part['url'], RT.HYPERLINK, is_external=True)
                p._p.append(parse_xml(
                    '<w:hyperlink %s r:id="%s" w:history="1"><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:hyperlink>'
                    % (NSDECL, rid, rpr_xml(FS, 16, color='0563C1', underline=True), escape(part['text']))))
                text += part['text']
        return text, notes

    def blank(self, n=1, line=None):
        for _ in range(n):
            p = self.doc.add_paragraph()
            if line:
                p.paragraph_format.line_spacing = Pt(line)

    def banner(self, lines, size, space_before=20):
        for i, line in enumerate(lines):
            p = self.doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            p.paragraph_format.line_spacing = Pt(size * 1.25)
            if i == 0:
                p.paragraph_format.space_before = Mm(space_before)
            r = p.add_run(line)
            set_font(r, XBS, size, color='FF0000')
            r.font.character_spacing = Pt(1)

    def docnum(self, text):
        self.blank(1)
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        set_font(r, FS, 16)
        p_border(p, 'bottom', 18, 'FF0000', 10)
        self.blank(1)

    def title(self, lines):
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.line_spacing = Pt(35)
        for i, line in enumerate(lines):
            if i:
                r = p.add_run()
                r.add_break(WD_BREAK.LINE)
            r = p.add_run(line)
            set_font(r, XBS, 22)
        self.blank(1)
        return p

    def heading(self, text, level=1):
        font = HT if level == 1 else KT
        return self.para([T(text, font)], keep_next=True)

    def runin(self, head, body, level=2, clause=True, extra=None):
        font = {1: HT, 2: KT, 3: FS}[level]
        bold = level == 3
        parts = [T(head, font, 16, bold)]
        if isinstance(body, str):
            parts.append(T(body))
        else:
            parts.extend(body)
        if extra:
            parts.extend(extra)
        return self.para(parts, clause=clause)

    def zhusong(self, text):
        self.para([T(text)], first_indent=0)

    def attachments_note(self, items):
        if len(items) == 1:
            self.para([T('附件：' + items[0])], first_indent=32)
        else:
            for i, it in enumerate(items):
                if i == 0:
                    self.para([T('附件：1.' + it)], first_indent=32)
                else:
                    self.para([T('%d.%s' % (i + 1, it))], first_indent=0, left=32 + 48)

    def signature(self, organ, date, organ_right=64):
        self.blank(1)
        p = self.para([T(organ)], align='right', first_indent=0, right=organ_right)
        p.paragraph_format.keep_with_next = True
        self.para([T(date)], align='right', first_indent=0, right=64)

    def publicity(self, text='（此件公开发布）'):
        self.para([T(text)], first_indent=32)

    def banji(self, chaosong, yinfa_org, yinfa_date, page_break=False):
        if page_break:
            p = self.doc.add_paragraph()
            p.add_run().add_break(WD_BREAK.PAGE)
        else:
            self.blank(1)
        p = self.para([T('抄送：', FS, 14), T(chaosong, FS, 14)], first_indent=0, left=14, right=14,
                      line=24)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.first_line_indent = Pt(0)
        p_border(p, 'top', 8, '000000', 4)
        p_border(p, 'bottom', 4, '000000', 4)
        p.paragraph_format.keep_with_next = True
        p = self.doc.add_paragraph()
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        p.paragraph_format.line_spacing = Pt(24)
        ts = p.paragraph_format.tab_stops
        ts.add_tab_stop(Mm(156) - Pt(28), alignment=2)  # right
        r = p.add_run(yinfa_org + '\t' + yinfa_date + '印发')
        set_font(r, FS, 14)
        p_border(p, 'bottom', 8, '000000', 4)

    def textbox(self, title, items, height_mm):
        """A full-width 文本框 (wrap top and bottom) anchored to an empty paragraph."""
        self.textbox_id += 1
        inner = ('<w:p><w:pPr><w:spacing w:line="400" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr>'
                 '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr_xml(HT, 14), escape(title)))
        for it in items:
            inner += ('<w:p><w:pPr><w:spacing w:line="400" w:lineRule="exact"/><w:ind w:firstLine="560"/>'
                      '<w:jc w:val="both"/></w:pPr><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                      % (rpr_xml(FS, 14), escape(it)))
        cx = int(150 * 36000)
        cy = int(height_mm * 36000)
        xml = (
            '<w:r %s><w:drawing><wp:anchor distT="114300" distB="114300" distL="114300" distR="114300" '
            'simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">'
            '<wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="column"><wp:align>center</wp:align></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            '<wp:wrapTopAndBottom/>'
            '<wp:docPr id="%d" name="文本框 %d"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
            '<a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
            '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" bIns="72000" '
            'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
            '</wp:anchor></w:drawing></w:r>'
            % (NSDECL, cx, cy, self.textbox_id, self.textbox_id, cx, cy, inner))
        p = self.doc.add_paragraph()
        p.paragraph_format.line_spacing = Pt(12)
        p._p.append(parse_xml(xml))
        return p

    # notes parts ------------------------------------------------------
    def _notes_xml(self, kind, notes):
        tag = 'footnote' if kind == 'fn' else 'endnote'
        ref = 'footnoteRef' if kind == 'fn' else 'endnoteRef'
        x = '<w:%ss %s>' % (tag, NSDECL)
        x += ('<w:%s w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
              'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:%s>' % (tag, tag))
        x += ('<w:%s w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
              'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:%s>' % (tag, tag))
        for nid, text in notes:
            x += ('<w:%s w:id="%d"><w:p><w:pPr><w:spacing w:after="0" w:line="300" w:lineRule="exact"/>'
                  '<w:jc w:val="both"/></w:pPr><w:r>%s<w:%s/></w:r><w:r>%s<w:t xml:space="preserve"> %s</w:t></w:r>'
                  '</w:p></w:%s>' % (tag, nid, rpr_xml(FS, 10.5, sup=True), ref, rpr_xml(FS, 10.5),
                                     escape(text), tag))
        x += '</w:%ss>' % tag
        return x.encode('utf-8')

    def finish(self, fn_fmt='decimalEnclosedCircleChinese', fn_restart='eachPage',
               en_fmt='lowerRoman', en_pos='docEnd'):
        d = self.doc
        pkg = d.part.package
        if self.footnotes:
            part = Part(PackURI('/word/footnotes.xml'), CT.WML_FOOTNOTES,
                        self._notes_xml('fn', self.footnotes), pkg)
            d.part.relate_to(part, RT.FOOTNOTES)
        if self.endnotes or self.footnotes:
            # Word expects an endnotes part whenever a footnotes part is present and vice versa
            part = Part(PackURI('/word/endnotes.xml'), CT.WML_ENDNOTES,
                        self._notes_xml('en', self.endnotes), pkg)
            d.part.relate_to(part, RT.ENDNOTES)
            if not self.footnotes:
                part = Part(PackURI('/word/footnotes.xml'), CT.WML_FOOTNOTES,
                            self._notes_xml('fn', []), pkg)
                d.part.relate_to(part, RT.FOOTNOTES)
            settings = d.settings.element
            compat = settings.find(qn('w:compat'))
            fpr = parse_xml('<w:footnotePr %s><w:numFmt w:val="%s"/><w:numRestart w:val="%s"/>'
                            '<w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
                            % (NSDECL, fn_fmt, fn_restart))
            epr = parse_xml('<w:endnotePr %s><w:pos w:val="%s"/><w:numFmt w:val="%s"/>'
                            '<w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
                            % (NSDECL, en_pos, en_fmt))
            compat.addprevious(fpr)
            compat.addprevious(epr)
            for sec in d.sections:
                sp = sec._sectPr
                anchor = None
                for tag in ('w:type', 'w:pgSz'):
                    anchor = sp.find(qn(tag))
                    if anchor is not None:
                        break
                anchor.addprevious(parse_xml('<w:footnotePr %s><w:numFmt w:val="%s"/><w:numRestart w:val="%s"/>'
                                             '</w:footnotePr>' % (NSDECL, fn_fmt, fn_restart)))
                anchor.addprevious(parse_xml('<w:endnotePr %s><w:numFmt w:val="%s"/></w:endnotePr>'
                                             % (NSDECL, en_fmt)))
        path = os.path.join(HERE, self.stem + '.docx')
        d.core_properties.title = ''
        d.core_properties.author = 'user'
        d.save(path)
        subprocess.run(['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo_273',
                        '--convert-to', 'pdf', '--outdir', HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def spec(self, places):
        """mark the last clause as applying to narrower places"""
        key = self.clauses[-1][:24]
        self.specific[key] = places


# ====================================================================== 1
def make_zhengzhou():
    b = Builder('blind273_zhengzhou_fangan')
    d = b.doc
    b.empty_header(d.sections[0])
    b.banner(['郑州市人民政府办公厅文件'], 36)
    b.docnum('郑政办〔2024〕41号')
    b.title(['郑州市人民政府办公厅', '关于印发郑州市跨境电子商务综合试验区', '提质增效实施方案的通知'])
    b.zhusong('各开发区管委会，各区县（市）人民政府，市人民政府各部门，各有关单位：')
    b.para('《郑州市跨境电子商务综合试验区提质增效实施方案》已经市人民政府同意，现印发给你们，'
           '请结合实际，认真组织实施。', clause=True)
    b.signature('郑州市人民政府办公厅', '2024年7月16日', organ_right=48)
    b.publicity()

    sec = d.add_section(WD_SECTION.NEW_PAGE)
    b.running_header(sec, '郑州市跨境电商综试区提质增效实施方案')
    b.title(['郑州市跨境电子商务综合试验区', '提质增效实施方案'])
    b.para('为深入贯彻党中央、国务院关于推动跨境电商健康持续创新发展的决策部署，巩固提升中国（郑州）'
           '跨境电子商务综合试验区（以下简称郑州综试区）先行先试优势，加快建设具有国际影响力的跨境电商枢纽城市，'
           '结合我市实际，制定本方案。', clause=True)
    b.heading('一、发展目标')
    b.para('到2026年，全市跨境电商进出口交易额突破1500亿元，年均增长10%以上；培育年交易额超10亿元的跨境电商'
           '龙头企业20家以上，认定市级公共海外仓50个以上，跨境电商产业园区达到15个，形成“买全球、卖全球”的'
           '跨境电商发展新格局。', clause=True)
    b.heading('二、重点任务')
    b.runin('（一）创新监管服务模式。', [
        T('全面推广跨境电商零售出口（9610）'),
        FN('“9610”即海关监管方式代码“跨境贸易电子商务”，适用于境内个人或电子商务企业通过电子商务交易平台'
           '实现交易，并采用“清单核放、汇总申报”模式办理通关手续的电子商务零售进出口商品。'),
        T('、跨境电商B2B直接出口（9710）'),
        FN('“9710”即海关监管方式代码“跨境电子商务企业对企业直接出口”，适用于境内企业通过跨境电商平台与境外'
           '企业达成交易后，通过跨境物流直接出口送达境外企业的货物。'),
        T('和跨境电商出口海外仓（9810）'),
        FN('“9810”即海关监管方式代码“跨境电子商务出口海外仓”，适用于境内企业将出口货物通过跨境物流送达海外仓，'
           '通过跨境电商平台实现交易后从海外仓送达境外购买者的货物。'),
        T('等监管模式，支持企业按照“清单核放、汇总申报”方式办理出口通关手续。深化跨境电商零售进口退货中心仓模式，'
          '推动退货商品“区内分拣、区内返仓”。')])
    b.runin('（二）做强网购保税进口。', [
        T('依托郑州经开综合保税区、郑州新郑综合保税区，扩大网购保税进口（1210）'),
        FN('“1210”即海关监管方式代码“保税跨境贸易电子商务”，适用于境内个人或电子商务企业在经海关认可的电子商务'
           '平台实现跨境交易，并通过海关特殊监管区域或保税监管场所进出的电子商务零售进出境商品。'),
        T('业务规模，引进一批进口商品区域分拨中心，支持区内企业开展保税展示交易和“保税+直播”业务。')])
    b.spec(['郑州经开综合保税区', '郑州新郑综合保税区'])
    b.runin('（三）加快海外仓布局。', '引导企业围绕共建“一带一路”国家和RCEP成员国市场建设海外仓，重点做好以下工作：')
    b.runin('1.建设公共海外仓。', '支持企业在德国、波兰、马来西亚、阿联酋等重点市场新建或租赁海外仓，每年认定市级'
            '公共海外仓10个以上，推动海外仓向展示、售后、退换货等功能延伸。', level=3)
    b.runin('2.提升海外仓数字化水平。', '推动海外仓企业对接郑州综试区线上综合服务平台，实现订单、仓储、物流数据'
            '实时交换，鼓励海外仓企业应用智能分拣、无人搬运等技术。', level=3)
    b.runin('3.完善海外仓金融服务。', '引导金融机构开发“海外仓贷”等产品，支持海外仓企业以仓单、应收账款等开展'
            '质押融资。', level=3)
    b.runin('（四）培育跨境电商经营主体。', '实施跨境电商“引育双百”行动，每年引进培育跨境电商企业100家以上、'
            '服务商100家以上。支持传统外贸企业、生产企业通过跨境电商拓展销售渠道，推动“产业带+跨境电商”融合发展。')
    b.runin('（五）畅通国际物流通道。', '发挥郑州—卢森堡“空中丝绸之路”和中欧班列通道优势，加密跨境电商全货机'
            '航线，推动开行跨境电商专列，支持邮政、快递企业拓展国际寄递业务。')
    b.runin('（六）建设跨境电商产业园区。', '支持郑州航空港经济综合实验区建设跨境电商航空物流产业园，集聚跨境电商'
            '平台、物流、支付等企业，对入驻园区的跨境电商企业在办公用房租金方面给予三年减半支持。')
    b.spec(['郑州航空港经济综合实验区'])
    b.heading('三、保障措施')
    b.runin('（一）加强组织领导。', '市跨境电商综试区建设工作领导小组统筹推进方案实施，领导小组办公室（设在市商务局）'
            '负责日常协调，各开发区、区县（市）要明确责任部门，建立工作台账。')
    b.runin('（二）加大资金支持。', '市财政每年统筹安排专项资金支持跨境电商发展。对新认定的市级公共海外仓，按照实际'
            '投资额的20%给予最高200万元一次性奖励；对年跨境电商进出口额首次突破1亿元、5亿元、10亿元的企业，分别给予'
            '20万元、50万元、100万元奖励。')
    b.runin('（三）强化统计监测。', '市商务局会同郑州海关、市统计局建立跨境电商统计监测制度，按季度通报各开发区、'
            '区县（市）跨境电商发展情况。')
    b.para('本方案自印发之日起实施，有效期至2026年12月31日。', clause=True)
    b.banji('市委各部门，郑州警备区。市人大常委会办公厅，市政协办公厅，市监委，市法院，市检察院。',
            '郑州市人民政府办公厅', '2024年7月18日')
    b.finish()
    meta = {
        'title': '郑州市人民政府办公厅关于印发郑州市跨境电子商务综合试验区提质增效实施方案的通知',
        'doc_number': '郑政办〔2024〕41号',
        'issuer': ['郑州市人民政府办公厅'],
        'date': '2024-07-16',
        'published': '2024-07-18',
        'level': 'municipal',
        'region': '郑州市',
        'effective': '2024-07-18',
        'expires': '2026-12-31',
        'attachments': [],   # 印发类通知: the transmitted 方案 is the body, not an 附件
        'doc_type': '实施方案',
        'recipients': ['各开发区管委会', '各区县（市）人民政府', '市人民政府各部门', '各有关单位'],
        'publicity': '此件公开发布',
        'repeals': None,
    }
    return b, meta


# ====================================================================== 2
SC_ROWS = [
    # (task, lead, partners, deadline)
    ('编制实施全省高质量共建“一带一路”年度工作计划，建立重点项目库并实行动态管理。',
     '省发展改革委', '省领导小组各成员单位', '2025年3月底前'),
    ('推进西部陆海新通道四川通道建设，新开行铁海联运班列线路2条以上。',
     '省发展改革委', '省交通运输厅、成都海关、中国铁路成都局集团公司', '2025年12月底前'),
    ('支持成都市青白江区依托成都国际铁路港建设中欧班列集结中心，提升班列开行质量和效益。',
     '省发展改革委', '成都市人民政府、省交通运输厅', '2025年12月底前'),
    ('谋划推进一批境外经贸合作区和“小而美”民生项目，争取纳入国家共建“一带一路”项目储备库。',
     '省发展改革委', '省商务厅、省外事办', '全年持续推进'),
    ('支持企业在共建“一带一路”国家新建公共海外仓5个以上，对符合条件的海外仓项目给予省级外经贸发展专项资金支持。',
     '省商务厅', '省财政厅', '2025年12月底前'),
    ('推动成都、泸州、德阳跨境电子商务综合试验区开展“跨境电商+产业带”培育行动，各培育产业带2个以上。',
     '省商务厅', '成都市、泸州市、德阳市人民政府', '全年持续推进'),
    ('实施中国（四川）自由贸易试验区提升战略，全年形成制度创新成果10项以上。',
     '省商务厅', '自贸试验区各片区管委会', '2025年11月底前'),
    ('支持川南临港片区开展港口型国家物流枢纽与自贸试验区联动发展试点。',
     '省商务厅', '泸州市人民政府、省交通运输厅', '2025年12月底前'),
    ('办好中国西部国际博览会，组织企业参加进博会、广交会等重大展会。',
     '省商务厅', '省贸促会、各市（州）人民政府', '2025年10月底前'),
    ('引导企业参与境外工程承包，新签对外承包工程合同额增长5%以上。',
     '省商务厅', '省国资委', '2025年12月底前'),
    ('完善境外投资备案和风险防控机制，开展“走出去”企业合规培训4期以上。',
     '省商务厅', '省外事办、省贸促会', '2025年12月底前'),
    ('深化通关便利化改革，推广“提前申报”“两步申报”等模式，进出口整体通关时间持续压缩。',
     '成都海关', '省商务厅（省口岸物流办）', '全年持续推进'),
    ('支持成都天府国际机场综合保税区、宜宾综合保税区开展保税维修、保税研发等新业态。',
     '成都海关', '省商务厅、有关市人民政府', '2025年12月底前'),
    ('推进“智慧口岸”建设，提升国际贸易“单一窗口”标准版应用率。',
     '成都海关', '省商务厅（省口岸物流办）', '2025年12月底前'),
    ('开展AEO高级认证企业培育，新增高级认证企业10家以上。',
     '成都海关', '省市场监管局', '2025年12月底前'),
    ('加快推进宜宾港、泸州港扩能改造，提升长江上游港口集疏运能力。',
     '省交通运输厅', '宜宾市人民政府、泸州市人民政府', '2025年12月底前'),
    ('新开通或加密国际客货运航线5条以上，其中国际全货机航线2条以上。',
     '省交通运输厅', '民航西南地区管理局、四川机场集团', '2025年12月底前'),
    ('推动国际道路运输便利化，支持开行至东盟国家的跨境公路班车。',
     '省交通运输厅', '成都海关、省公安厅', '全年持续推进'),
    ('支持高校与共建“一带一路”国家高校开展合作办学，新增来川留学生1000人次以上。',
     '省教育厅', '省外事办', '2025年12月底前'),
    ('建设国际科技合作基地，支持企业在共建国家设立联合研发中心。',
     '省科技厅', '省经济和信息化厅', '2025年12月底前'),
    ('举办“熊猫走世界·美丽四川”系列文旅推广活动，拓展入境旅游市场。',
     '省文化和旅游厅', '省外事办', '2025年12月底前'),
    ('加强涉外法律服务，建设“一带一路”涉外商事法律服务中心。',
     '省司法厅', '省法院、省贸促会', '2025年9月底前'),
    ('完善共建“一带一路”统计监测和考核评价体系，按季度开展监测分析。',
     '省统计局', '省发展改革委', '按季度'),
]
SC_SPECIFIC = {
    3: ['成都市青白江区'],
    6: ['成都市', '泸州市', '德阳市'],
    7: ['中国（四川）自由贸易试验区'],
    8: ['中国（四川）自由贸易试验区川南临港片区'],
    13: ['成都天府国际机场综合保税区', '宜宾综合保税区'],
    16: ['宜宾市', '泸州市'],
}
SC_PARTS = [(1, 6), (7, 15), (16, 23)]   # rows per page of the 附件
SC_HEAD = ['序号', '重点任务', '牵头单位', '配合单位', '完成时限']
SC_WIDTHS = [Mm(10), Mm(66), Mm(24), Mm(34), Mm(22)]


def cell_text(cell, text, font=FS, size=13, bold=False, align='center'):
    p = cell.paragraphs[0]
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.line_spacing = Pt(19)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == 'center' else WD_ALIGN_PARAGRAPH.JUSTIFY
    r = p.add_run(text)
    set_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def sc_table(b, first, last):
    rows = SC_ROWS[first - 1:last]
    t = b.doc.add_table(rows=1 + len(rows), cols=5)
    t.style = 'Table Grid'
    t.alignment = 1
    hdr = t.rows[0]
    trpr = hdr._tr.get_or_add_trPr()
    th = OxmlElement('w:tblHeader')
    trpr.append(th)
    for i, h in enumerate(SC_HEAD):
        cell_text(hdr.cells[i], h, HT, 14)
    for j, (task, lead, partner, dl) in enumerate(rows):
        n = first + j
        cells = t.rows[j + 1].cells
        cell_text(cells[0], str(n))
        cell_text(cells[1], task, align='left')
        cell_text(cells[3], partner)
        cell_text(cells[4], dl)
    # vertical merges of 牵头单位 (and equal consecutive 完成时限 inside the 省商务厅 / 海关 / 交通 groups)
    for col, key in ((2, 1), (4, 3)):
        j = 0
        while j < len(rows):
            k = j
            while k + 1 < len(rows) and rows[k + 1][key] == rows[j][key] and \
                    (col == 2 or rows[k + 1][1] == rows[j][1]):
                k += 1
            if col == 4 and k == j:
                j += 1
                continue
            top = t.cell(j + 1, col)
            if k > j:
                top = top.merge(t.cell(k + 1, col))
            if col == 2:
                cell_text(top, rows[j][1])
            else:
                # merged 完成时限 cell: text was already written in each cell; keep only one copy
                for extra in top.paragraphs[1:]:
                    extra._p.getparent().remove(extra._p)
            j = k + 1
    t.autofit = False
    for i, w in enumerate(SC_WIDTHS):
        t.columns[i].width = w
    for row in t.rows:
        row._tr.get_or_add_trPr().append(OxmlElement('w:cantSplit'))
        for i, w in enumerate(SC_WIDTHS):
            row.cells[i].width = w
    return t


def make_sichuan():
    b = Builder('blind273_sichuan_tongzhi')
    d = b.doc
    b.banner(['四川省人民政府办公厅文件'], 34)
    b.docnum('川办发〔2025〕9号')
    b.title(['四川省人民政府办公厅', '关于做好2025年高质量共建“一带一路”', '重点任务落实工作的通知'])
    b.zhusong('各市（州）人民政府，省政府各部门、各直属机构，有关单位：')
    b.para('2025年是“十四五”规划收官之年，也是高质量共建“一带一路”走深走实的关键一年。为全面落实省委、省政府'
           '关于扩大高水平对外开放的工作部署，推动我省深度融入共建“一带一路”，经省政府同意，现就做好2025年'
           '重点任务落实工作有关事项通知如下。', clause=True)
    b.runin('一、压实工作责任。', '各牵头单位要对照《2025年高质量共建“一带一路”重点任务分工表》，逐项细化工作举措，'
            '明确责任处室和时间节点，于2025年3月31日前将工作方案报送省推进“一带一路”建设工作领导小组办公室'
            '（设在省发展改革委，以下简称省领导小组办公室）。配合单位要主动对接、积极支持，形成工作合力。', level=1)
    b.runin('二、强化统筹协调。', '省领导小组办公室要加强对重点任务落实情况的跟踪调度，对涉及多个部门的重大事项'
            '及时组织会商；各市（州）要结合本地实际研究制定年度工作计划，推动本地区重点项目与全省重点任务有效衔接。',
            level=1)
    b.runin('三、加强督促检查。', '各牵头单位要于每季度末月25日前向省领导小组办公室报送重点任务进展情况，'
            '12月10日前报送全年工作总结。省领导小组办公室定期通报进展情况，并将落实情况纳入省政府督查督办事项。',
            level=1)
    b.runin('四、做好信息报送。', [T('各地各部门要及时总结推广工作中的好经验好做法，重要情况及时向省政府报告。'), BR(),
                               T('联系人：省发展改革委开放处 杨帆；联系电话：028-86701235。')], level=1)
    b.blank(1)
    b.attachments_note(['2025年高质量共建“一带一路”重点任务分工表'])
    b.signature('四川省人民政府办公厅', '2025年2月26日', organ_right=48)
    b.publicity()

    # 附件
    p = b.para([T('附件', HT)], first_indent=0, page_break_before=True)
    b.blank(1, line=16)
    b.para([T('2025年高质量共建“一带一路”重点任务分工表', XBS, 20)], align='center', first_indent=0, line=32)
    b.blank(1, line=12)
    for i, (first, last) in enumerate(SC_PARTS):
        if i:
            b.para([T('续表', KT, 14)], first_indent=0, page_break_before=True, line=26)
        sc_table(b, first, last)
    for j, (task, lead, partner, dl) in enumerate(SC_ROWS):
        b.clauses.append('序号：%d；重点任务：%s；牵头单位：%s；配合单位：%s；完成时限：%s' % (j + 1, task, lead, partner, dl))
        if j + 1 in SC_SPECIFIC:
            b.spec(SC_SPECIFIC[j + 1])
    b.banji('省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院。',
            '四川省人民政府办公厅', '2025年2月27日')
    b.finish()
    meta = {
        'title': '四川省人民政府办公厅关于做好2025年高质量共建“一带一路”重点任务落实工作的通知',
        'doc_number': '川办发〔2025〕9号',
        'issuer': ['四川省人民政府办公厅'],
        'date': '2025-02-26',
        'published': '2025-02-27',
        'level': 'provincial',
        'region': '四川省',
        'effective': None,
        'expires': None,
        'attachments': ['2025年高质量共建“一带一路”重点任务分工表'],
        'doc_type': '通知',
        'recipients': ['各市（州）人民政府', '省政府各部门、各直属机构', '有关单位'],
        'publicity': '此件公开发布',
        'repeals': None,
    }
    return b, meta


# ====================================================================== 3
def make_xiamen():
    b = Builder('blind273_xiamen_cuoshi')
    d = b.doc
    b.banner(['中国（福建）自由贸易试验区', '厦门片区管理委员会文件'], 30)
    b.docnum('厦自贸委〔2025〕8号')
    b.title(['中国（福建）自由贸易试验区厦门片区', '管理委员会关于支持跨境电商和海外仓', '高质量发展的若干措施'])
    b.zhusong('管委会各部门、各直属单位，各有关单位：')
    b.para('为贯彻落实国家关于拓展跨境电商出口、推进海外仓建设的部署要求，充分发挥自由贸易试验区制度创新优势，'
           '加快打造跨境电商和海外仓发展高地，助力高质量共建“一带一路”，结合厦门片区实际，制定如下措施。', clause=True)
    b.heading('一、培育壮大经营主体')
    b.runin('（一）支持企业落户发展。', '对新注册落户厦门片区、年度跨境电商进出口额首次超过5000万元的企业，给予'
            '50万元一次性落户奖励；首次超过1亿元的，给予100万元一次性奖励。')
    b.runin('（二）鼓励做大交易规模。', '对年度跨境电商进出口额达到2000万元以上且同比增长20%以上的企业，按照增量'
            '部分每1美元给予0.02元人民币奖励，单家企业年度最高300万元。')
    b.runin('（三）支持品牌出海。', '对企业在境外注册自主商标、在第三方跨境电商平台开设品牌旗舰店的，按照实际发生'
            '费用的50%给予补助，单家企业年度最高20万元。')
    b.heading('二、支持海外仓建设')
    b.runin('（四）支持建设公共海外仓。', '对在共建“一带一路”国家和RCEP成员国新建或租赁、面积在3000平方米以上并'
            '为片区企业提供服务的公共海外仓，按照年度租金或建设投入的30%给予补助，单个海外仓最高300万元。')
    b.runin('（五）推动海外仓智能化升级。', '支持海外仓企业建设仓储管理系统，并与片区跨境电商公共服务平台实现数据'
            '对接，按照软硬件投入的30%给予补助，单家企业最高50万元。重点推进专栏1所列项目。')
    items = [
        '1.厦门跨境电商产业园二期。位于象屿综合保税区，总建筑面积约8万平方米，重点建设跨境电商监管仓、直播基地和'
        '公共服务平台，2026年6月建成投用。',
        '2.海沧港区跨境电商海运快线监管中心。建设跨境电商海运出口集货、查验、分拨一体化设施，配套建设退货中心仓，'
        '2025年底前投入运营。',
        '3.“丝路海运”东南亚公共海外仓集群。支持片区企业在马来西亚、泰国、越南等国新建或扩建公共海外仓3个以上，'
        '新增仓储面积5万平方米。',
    ]
    b.textbox('专栏1  重点建设项目', items, 80)
    for it, sp in zip(items, (['象屿综合保税区'], ['海沧港区'], None)):
        b.clauses.append(it)
        if sp:
            b.spec(sp)
    b.heading('三、畅通国际物流通道')
    b.runin('（六）支持拓展海运快线。', '对新开辟至共建“一带一路”国家港口的跨境电商海运快线，按照每条航线50万元'
            '给予航运企业一次性奖励；对运营满一年且年度航次不少于40个的，再给予30万元奖励。')
    b.runin('（七）支持空运和班列运输。', '对通过厦门高崎国际机场全货机运输跨境电商货物的企业，按照每公斤1元给予运费'
            '补助；对通过中欧（厦门）班列运输跨境电商货物的企业，按照每标准箱2000元给予补助。单家企业年度补助总额'
            '最高200万元。')
    b.heading('四、优化监管服务')
    b.runin('（八）推进“一区多园”协同发展。', '以象屿综合保税区为核心区，联动海沧、航空港、湖里等跨境电商园区，'
            '形成“一区多园”发展格局（见图1）。对经认定的片区跨境电商产业园区，按照园区年度运营费用的30%给予运营'
            '主体补助，单个园区年度最高100万元。')
    # picture placeholder: the office deleted the picture but kept its caption
    b.blank(3, line=28.9)
    b.para([T('图1  厦门片区跨境电商“一区多园”布局示意图', KT, 14)], align='center', first_indent=0)
    b.blank(1, line=14)
    b.runin('（九）支持退货中心仓和保税维修业务。', '对在象屿综合保税区内开展跨境电商出口退货中心仓业务的企业，按照'
            '年度退货货值的2%给予补助，单家企业年度最高100万元；支持区内企业开展“两头在外”的保税维修业务。')
    b.spec(['象屿综合保税区'])
    b.runin('（十）提升便利化水平。', '依托片区跨境电商公共服务平台为企业提供备案、申报、结汇、退税等“一站式”服务，'
            '推行跨境电商出口“一次申报、分批出境”模式。')
    b.heading('五、附则')
    b.runin('（十一）', '本措施所需资金由片区财政予以保障。同一企业同一项目符合片区其他扶持政策的，按照“就高、不重复”'
            '原则予以支持。企业存在弄虚作假骗取资金等行为的，追回已拨付资金，并依法依规处理。', level=3)
    b.runin('（十二）', '本措施由片区管委会经济发展局负责解释，自2025年4月1日起施行，有效期至2027年12月31日。'
            '《中国（福建）自由贸易试验区厦门片区管理委员会关于促进跨境电子商务发展的若干措施》（厦自贸委〔2021〕'
            '15号）同时废止。', level=3)
    b.signature('中国（福建）自由贸易试验区厦门片区管理委员会', '2025年3月12日', organ_right=16)
    b.publicity()
    b.banji('市商务局，市财政局，厦门海关。', '厦门自贸片区管委会办公室', '2025年3月14日')
    b.finish()
    meta = {
        'title': '中国（福建）自由贸易试验区厦门片区管理委员会关于支持跨境电商和海外仓高质量发展的若干措施',
        'doc_number': '厦自贸委〔2025〕8号',
        'issuer': ['中国（福建）自由贸易试验区厦门片区管理委员会'],
        'date': '2025-03-12',
        'published': '2025-03-14',
        'level': 'zone',
        'region': '中国（福建）自由贸易试验区厦门片区',
        'effective': '2025-04-01',
        'expires': '2027-12-31',
        'attachments': [],
        'doc_type': '若干措施',
        'recipients': ['管委会各部门、各直属单位', '各有关单位'],
        'publicity': '此件公开发布',
        'repeals': '《中国（福建）自由贸易试验区厦门片区管理委员会关于促进跨境电子商务发展的若干措施》（厦自贸委〔2021〕15号）',
    }
    return b, meta


# ====================================================================== 4
def make_qingdao():
    b = Builder('blind273_qingdao_yaodian')
    d = b.doc
    b.banner(['青岛市商务局文件'], 40)
    b.docnum('青商发〔2025〕16号')
    b.title(['青岛市商务局关于印发《2025年全市', '跨境电商和海外仓工作要点》的通知'])
    b.zhusong('各区、市商务主管部门，局机关各处室、各直属单位：')
    b.para('现将《2025年全市跨境电商和海外仓工作要点》印发给你们，请结合实际认真抓好落实。工作推进中遇到的重大问题，'
           '请及时报告市商务局电子商务处。', clause=True)
    b.signature('青岛市商务局', '2025年2月20日', organ_right=80)
    b.publicity()

    b.para([T('2025年全市跨境电商和海外仓工作要点', XBS, 22)], align='center', first_indent=0,
           page_break_before=True, line=35)
    b.blank(1)
    b.para('2025年，全市跨境电商和海外仓工作以服务构建新发展格局为引领，深度融入共建“一带一路”，全力推进中国'
           '（青岛）跨境电子商务综合试验区建设，力争全年跨境电商进出口额增长12%以上，新增市级公共海外仓8个。',
           clause=True)
    b.heading('一、做强跨境电商综试区')
    b.runin('1.完善线上综合服务平台功能。', [
        T('升级中国（青岛）跨境电子商务综合试验区线上综合服务平台（'),
        LINK('https://www.qdcbec.cn', 'https://www.qdcbec.cn/'),
        T('），新增海外仓备案、出口退税预审等功能模块，年内平台注册企业突破5000家。')], level=3)
    b.runin('2.推进跨境电商产业园区建设。', '支持即墨区、胶州市、青岛西海岸新区建设跨境电商产业园，年内新认定市级'
            '跨境电商产业园区3家。', level=3)
    b.spec(['即墨区', '胶州市', '青岛西海岸新区'])
    b.runin('3.拓展“跨境电商+产业带”模式。', [
        T('围绕家电、纺织服装、轮胎、工艺品等特色产业带'),
        EN('特色产业带是指在一定区域内集聚、具有较强出口竞争力的特色产业集群，首批名单见市商务局'
           '《关于公布首批跨境电商产业带的通知》。'),
        T('，每个区（市）培育1个以上跨境电商产业带示范项目。')], level=3)
    b.heading('二、加快海外仓建设')
    b.runin('4.布局公共海外仓网络。', [
        T('引导企业在共建“一带一路”国家、RCEP成员国建设公共海外仓，对新认定的市级公共海外仓给予政策支持，申报指南在'),
        LINK('市商务局网站“通知公告”栏目', 'https://swj.qingdao.gov.cn/tzgg/2025/hwc_sbzn.html'),
        T('发布。')], level=3)
    b.runin('5.支持上合示范区建设海外仓服务中心。', [
        T('支持中国—上海合作组织地方经贸合作示范区'),
        EN('中国—上海合作组织地方经贸合作示范区位于胶州市，以下简称上合示范区。'),
        T('建设面向上合组织国家的海外仓综合服务中心，提供仓储、物流、展示、金融等一站式服务。')], level=3)
    b.spec(['中国—上海合作组织地方经贸合作示范区'])
    b.runin('6.提升海外仓服务能力。', '组织开展海外仓企业与外贸企业对接活动不少于6场，推动海外仓与中欧班列、'
            '海运快线协同发展。', level=3)
    b.heading('三、优化监管和物流服务')
    b.runin('7.推广跨境电商出口监管模式。', [
        T('会同青岛海关推广跨境电商B2B直接出口和出口海外仓监管模式，跨境电商出口申报企业数量增长15%以上。政策解读详见'),
        LINK('青岛海关门户网站', 'http://qingdao.customs.gov.cn/qingdao_customs/zcjd/kjds2025.html'),
        T('。')], level=3)
    b.runin('8.发挥综合保税区功能。', '支持青岛前湾综合保税区开展跨境电商网购保税进口和保税备货出口业务，扩大进口'
            '商品分拨规模。', level=3)
    b.spec(['青岛前湾综合保税区'])
    b.runin('9.畅通国际物流通道。', '加密至日韩、东南亚的跨境电商海运快线，稳定开行“齐鲁号”欧亚班列跨境电商专列，'
            '拓展胶东国际机场国际货运航线。', level=3)
    b.heading('四、强化要素保障')
    b.runin('10.加强人才培养。', [
        T('联合驻青高校开展跨境电商人才培训，全年培训3000人次以上。培训报名通过'),
        LINK('“青岛跨境电商人才服务网”', 'https://rc.qdcbec.cn/'),
        T('进行。')], level=3)
    b.runin('11.强化统计监测。', [
        T('建立跨境电商和海外仓重点企业联系制度，每季度开展运行监测分析'),
        EN('监测数据口径以海关统计和跨境电商线上综合服务平台数据为准，填报说明见https://www.qdcbec.cn/tjjc。'),
        T('。')], level=3)
    # the office left Word's default (endnotes at the end of the document); LibreOffice prints them on an
    # extra page after the 版记
    b.banji('市发展改革委，市财政局，青岛海关。', '青岛市商务局办公室', '2025年2月21日')
    b.finish()
    meta = {
        'title': '青岛市商务局关于印发《2025年全市跨境电商和海外仓工作要点》的通知',
        'doc_number': '青商发〔2025〕16号',
        'issuer': ['青岛市商务局'],
        'date': '2025-02-20',
        'published': '2025-02-21',
        'level': 'municipal',
        'region': '青岛市',
        'effective': None,
        'expires': None,
        'attachments': [],   # 印发类通知: the transmitted 要点 is the body, not an 附件
        'doc_type': '工作要点',
        'recipients': ['各区、市商务主管部门', '局机关各处室、各直属单位'],
        'publicity': '此件公开发布',
        'repeals': None,
    }
    return b, meta


def main():
    expected = {}
    for fn in (make_zhengzhou, make_sichuan, make_xiamen, make_qingdao):
        b, meta = fn()
        expected[b.stem] = [{'meta': meta, 'clauses': b.clauses,
                             'applies_to': {'specific': b.specific}}]
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
