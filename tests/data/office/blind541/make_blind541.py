# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 541: 市级“一带一路”综合服务平台 / 企业出海服务指南."""
import io
import json
import os
import random
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)
XBS = '方正小标宋简体'
FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
SP = '\u3000'  # full-width space

EXPECTED = {}


# ---------------------------------------------------------------- helpers
def qr_png(seed):
    rnd = random.Random(seed)
    n = 25
    m = [[rnd.random() < 0.5 for _ in range(n)] for _ in range(n)]

    def finder(r0, c0):
        for r in range(7):
            for c in range(7):
                edge = r in (0, 6) or c in (0, 6)
                core = 2 <= r <= 4 and 2 <= c <= 4
                m[r0 + r][c0 + c] = edge or core
        for k in range(-1, 8):
            for (r, c) in ((r0 - 1, c0 + k), (r0 + 7, c0 + k), (r0 + k, c0 - 1), (r0 + k, c0 + 7)):
                if 0 <= r < n and 0 <= c < n:
                    m[r][c] = False

    finder(0, 0)
    finder(0, n - 7)
    finder(n - 7, 0)
    s = 8
    img = Image.new('RGB', ((n + 8) * s, (n + 8) * s), 'white')
    d = ImageDraw.Draw(img)
    for r in range(n):
        for c in range(n):
            if m[r][c]:
                d.rectangle([(c + 4) * s, (r + 4) * s, (c + 5) * s - 1, (r + 5) * s - 1], fill='black')
    bio = io.BytesIO()
    img.save(bio, 'PNG')
    bio.seek(0)
    return bio


def set_font(run, east=FS, size=16, bold=None, color=None, superscript=False):
    run.font.name = 'Times New Roman'
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn('w:rFonts'))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls('w'))
        rpr.insert(0, rfonts)
    rfonts.set(qn('w:eastAsia'), east)
    rfonts.set(qn('w:ascii'), 'Times New Roman')
    rfonts.set(qn('w:hAnsi'), 'Times New Roman')
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    if superscript:
        run.font.superscript = True


def fmt(p, align=None, indent=None, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent is not None:
        pf.first_line_indent = Pt(indent)
    if left is not None:
        pf.left_indent = Pt(left)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def bottom_border(p, color='FF0000', sz=18, side='bottom'):
    ppr = p._p.get_or_add_pPr()
    bdr = parse_xml('<w:pBdr %s><w:%s w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
                    % (nsdecls('w'), side, sz, color))
    ppr.append(bdr)


def two_borders(p, sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = parse_xml('<w:pBdr %s><w:top w:val="single" w:sz="%d" w:space="1" w:color="000000"/>'
                    '<w:bottom w:val="single" w:sz="%d" w:space="1" w:color="000000"/></w:pBdr>'
                    % (nsdecls('w'), sz, sz))
    ppr.append(bdr)


def add_page_number(section, first_diff=False):
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run('— ')
    set_font(r, '宋体', 14)
    r = fp.add_run()
    set_font(r, '宋体', 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls('w')))
    r = fp.add_run()
    set_font(r, '宋体', 14)
    it = parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls('w'))
    r._r.append(it)
    r = fp.add_run()
    set_font(r, '宋体', 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls('w')))
    r = fp.add_run('1')
    set_font(r, '宋体', 14)
    r = fp.add_run()
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls('w')))
    r = fp.add_run(' —')
    set_font(r, '宋体', 14)
    if first_diff:
        section.different_first_page_header_footer = True


def page_setup(doc):
    s = doc.sections[0]
    s.page_width = Cm(21.0)
    s.page_height = Cm(29.7)
    s.top_margin = Cm(3.7)
    s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8)
    s.right_margin = Cm(2.6)
    st = doc.styles['Normal']
    st.font.name = 'Times New Roman'
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rpr = st.element.rPr
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls('w'))
        rpr.insert(0, rf)
    rf.set(qn('w:eastAsia'), FS)
    return s


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def ref(self, paragraph, text):
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        r = paragraph.add_run()
        set_font(r, FS, 16, superscript=True)
        r._r.append(parse_xml('<w:footnoteReference %s w:id="%d"/>' % (nsdecls('w'), fid)))
        return fid

    def finish(self):
        if not self.notes:
            return
        W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
                 '<w:footnotes %s>' % W,
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
        for fid, text in self.notes:
            parts.append(
                '<w:footnote w:id="%d"><w:p><w:pPr><w:snapToGrid w:val="0"/><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                '<w:r><w:rPr><w:rFonts w:eastAsia="%s"/><w:sz w:val="18"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                '<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/><w:sz w:val="18"/></w:rPr>'
                '<w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>' % (fid, FS, FS, text))
        parts.append('</w:footnotes>')
        blob = ''.join(parts).encode('utf-8')
        part = Part(PackURI('/word/footnotes.xml'),
                    'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml',
                    blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


class Numbering:
    """Word automatic numbering (decimal) lists."""
    def __init__(self, doc):
        self.doc = doc
        self.el = doc.part.numbering_part.element
        self.next_abs = 700
        self.next_num = 700

    def new_list(self, lvl_text='%1.', indent_twips=640, east=FS):
        aid = self.next_abs
        self.next_abs += 1
        nid = self.next_num
        self.next_num += 1
        absn = parse_xml(
            '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
            '</w:lvl></w:abstractNum>' % (nsdecls('w'), aid, lvl_text, indent_twips, east))
        nums = self.el.findall(qn('w:num'))
        if nums:
            nums[0].addprevious(absn)
        else:
            self.el.append(absn)
        num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                        % (nsdecls('w'), nid, aid))
        self.el.append(num)
        return nid

    @staticmethod
    def apply(p, nid):
        ppr = p._p.get_or_add_pPr()
        ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                                % (nsdecls('w'), nid)))


class Builder:
    """Writes paragraphs and records expected clauses."""
    def __init__(self, doc):
        self.doc = doc
        self.fn = Footnotes(doc)
        self.clauses = None

    def start(self, clause_list):
        self.clauses = clause_list

    def p(self, parts, clause=True, east=FS, size=16, indent=32, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
          line=28, prefix='', left=None, container=None, before=0, after=0):
        """parts: str or list of items: str | (text, font, bold) | ('BR',) | ('FN', note)."""
        c = container if container is not None else self.doc
        par = c.add_paragraph()
        fmt(par, align, indent, line, before, after, left)
        if isinstance(parts, str):
            parts = [parts]
        text = ''
        for it in parts:
            if isinstance(it, str):
                r = par.add_run(it)
                set_font(r, east, size)
                text += it
            elif it[0] == 'BR':
                r = par.add_run()
                r.add_break()
            elif it[0] == 'FN':
                self.fn.ref(par, it[1])
            else:
                t, f, b = it
                r = par.add_run(t)
                set_font(r, f, size, bold=b)
                text += t
        if clause:
            self.clauses.append((prefix + text).strip(' \u3000'))
        return par

    def empty(self, n=1, line=28):
        for _ in range(n):
            par = self.doc.add_paragraph()
            fmt(par, None, None, line)

    def heading(self, text, east=HT, bold=None, indent=32, align=WD_ALIGN_PARAGRAPH.LEFT):
        par = self.doc.add_paragraph()
        fmt(par, align, indent, 28)
        r = par.add_run(text)
        set_font(r, east, 16, bold=bold)
        return par

    def page_break(self):
        par = self.doc.add_paragraph()
        par.add_run().add_break(WD_BREAK.PAGE)

    def data_table(self, header, rows, widths, merges=(), clause=True, size=12, header_font=HT):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = 'Table Grid'
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            cell = t.rows[0].cells[i]
            cell.width = Cm(widths[i])
            par = cell.paragraphs[0]
            fmt(par, WD_ALIGN_PARAGRAPH.CENTER, 0, 20)
            r = par.add_run(h)
            set_font(r, header_font, size)
        trpr = t.rows[0]._tr.get_or_add_trPr()
        trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls('w')))
        merged_skip = set()
        for (r0, r1, col) in merges:
            for rr in range(r0 + 1, r1 + 1):
                merged_skip.add((rr, col))
        for ri, row in enumerate(rows):
            for ci, val in enumerate(row):
                cell = t.rows[ri + 1].cells[ci]
                cell.width = Cm(widths[ci])
                if (ri, ci) in merged_skip:
                    continue
                par = cell.paragraphs[0]
                al = WD_ALIGN_PARAGRAPH.CENTER if len(val) <= 14 else WD_ALIGN_PARAGRAPH.LEFT
                fmt(par, al, 0, 20)
                r = par.add_run(val)
                set_font(r, FS, size)
        for (r0, r1, col) in merges:
            a = t.rows[r0 + 1].cells[col]
            b = t.rows[r1 + 1].cells[col]
            a.merge(b)
        set_col_widths(t, widths)
        if clause:
            for row in rows:
                self.clauses.append('；'.join('%s：%s' % (h, v) for h, v in zip(header, row)))
        return t

    def qr(self, seed, caption, width=3.6, container=None):
        c = container if container is not None else self.doc
        par = c.add_paragraph()
        fmt(par, WD_ALIGN_PARAGRAPH.CENTER, 0, None)
        par.add_run().add_picture(qr_png(seed), width=Cm(width))
        cap = c.add_paragraph()
        fmt(cap, WD_ALIGN_PARAGRAPH.CENTER, 0, 22)
        r = cap.add_run(caption)
        set_font(r, KT, 12)


def set_col_widths(table, widths_cm):
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn('w:gridCol')), widths_cm):
        gc.set(qn('w:w'), str(int(w * 567)))
    tblpr = tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls('w')))
    for row in table.rows:
        for i, c in enumerate(row._tr.findall(qn('w:tc'))):
            if i < len(widths_cm):
                tcpr = c.get_or_add_tcPr()
                tcw = tcpr.find(qn('w:tcW'))
                if tcw is None:
                    tcw = parse_xml('<w:tcW %s/>' % nsdecls('w'))
                    tcpr.insert(0, tcw)
                tcw.set(qn('w:w'), str(int(widths_cm[i] * 567)))
                tcw.set(qn('w:type'), 'dxa')


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' % nsdecls('w')))


def box_borders(table, color='C00000', sz=12):
    tblpr = table._tbl.tblPr
    b = '<w:%s w:val="single" w:sz="%d" w:space="0" w:color="%s"/>'
    tblpr.append(parse_xml('<w:tblBorders %s>%s%s%s%s</w:tblBorders>' % (
        nsdecls('w'), b % ('top', sz, color), b % ('left', sz, color),
        b % ('bottom', sz, color), b % ('right', sz, color))))


def meta(title, doc_number, issuer, date, level, region, doc_type, recipients=(), attachments=(),
         publicity=None, effective=None, expires=None, repeals=None, published=None):
    return {
        'title': title, 'doc_number': doc_number, 'issuer': list(issuer), 'date': date,
        'published': published, 'level': level, 'region': region, 'effective': effective,
        'expires': expires, 'attachments': list(attachments), 'doc_type': doc_type,
        'recipients': list(recipients), 'publicity': publicity, 'repeals': repeals,
    }


def red_header_single(b, organ_text, docno):
    doc = b.doc
    b.empty(2)
    par = doc.add_paragraph()
    fmt(par, WD_ALIGN_PARAGRAPH.CENTER, 0, None)
    r = par.add_run(organ_text)
    set_font(r, XBS, 48, color=RED)
    r.font.spacing = None
    b.empty(1)
    par = doc.add_paragraph()
    fmt(par, WD_ALIGN_PARAGRAPH.CENTER, 0, 28)
    r = par.add_run(docno)
    set_font(r, FS, 16)
    bottom_border(par)
    b.empty(1)


def banji(b, cc, printer_line):
    doc = b.doc
    par = doc.add_paragraph()
    fmt(par, WD_ALIGN_PARAGRAPH.LEFT, 0, 28, left=14)
    two_borders(par)
    r = par.add_run(cc)
    set_font(r, FS, 14)
    par = doc.add_paragraph()
    fmt(par, WD_ALIGN_PARAGRAPH.LEFT, 0, 28, left=14)
    bottom_border(par, '000000', 8)
    r = par.add_run(printer_line)
    set_font(r, FS, 14)


# ================================================================ doc 1: 泉州 通知 + 指南
def make_quanzhou():
    stem = 'blind541_quanzhou_tongzhi'
    doc = Document()
    sec = page_setup(doc)
    add_page_number(sec)
    b = Builder(doc)
    notice, guide = [], []

    red_header_single(b, '泉州市商务局文件', '泉商务〔2025〕47号')
    # title broken by a soft line break
    b.start([])
    b.p(['泉州市商务局关于印发《泉州市“一带一路”', ('BR',), '综合服务平台企业出海服务指南', ('BR',), '（2025年版）》的通知'],
        clause=False, east=XBS, size=22, indent=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    b.empty(1)
    b.p('各县（市、区）商务局，泉州开发区经发局，泉州台商投资区经发局，市直有关单位：', clause=False, indent=0)

    b.start(notice)
    b.p('为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，助力我市企业稳妥有序开展对外投资合作和国际市场开拓，'
        '市商务局依托泉州市“一带一路”综合服务平台（以下简称“平台”），整合商务、外事、海关、税务、金融、法律等服务资源，'
        '编制了《泉州市“一带一路”综合服务平台企业出海服务指南（2025年版）》（以下简称《指南》）。现印发给你们，并就有关事项通知如下：')
    b.p([('一、加强宣传推广。', HT, False),
         '各县（市、区）商务局要通过政策宣讲会、企业走访、工作群等渠道，将《指南》及时推送至辖区外贸、外经企业，'
         '重点覆盖拟赴东盟、中东、非洲等共建“一带一路”国家和地区开展投资经营的企业。'])
    b.p([('二、做好服务对接。', HT, False),
         '各地各单位要明确1名服务联络员，于2025年10月15日前将联络员名单报送市商务局对外投资和经济合作科。',
         '对企业通过平台提交的服务需求，相关服务机构原则上应在3个工作日内予以响应。'])
    b.p([('三、强化风险防范。', HT, False),
         '各地要引导企业用好平台境外安全风险预警、合规指引等功能，严格遵守东道国法律法规，'
         '依法依规办理境外投资备案（核准）手续，切实防范化解境外经营风险。'])
    b.p([('四、及时反馈问题。', HT, False),
         '执行过程中遇到的问题和意见建议，请及时反馈市商务局。'])
    b.p('联系人：市商务局对外投资和经济合作科' + SP + '林晓燕，电话：0595-22583176。')
    b.empty(1)
    b.p('附件：泉州市“一带一路”综合服务平台企业出海服务指南（2025年版）', clause=False, indent=32)
    b.empty(3)
    b.p(SP * 13 + '泉州市商务局', clause=False, indent=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    b.p(SP * 12 + '2025年9月18日', clause=False, indent=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    b.p('（此件公开发布）', clause=False, indent=32)

    # ---------- attachment: the guide
    b.page_break()
    b.start([])
    b.p('附件', clause=False, east=HT, indent=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    b.empty(1)
    b.p('泉州市“一带一路”综合服务平台', clause=False, east=XBS, size=22, indent=0,
        align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    b.p('企业出海服务指南（2025年版）', clause=False, east=XBS, size=22, indent=0,
        align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    b.empty(1)

    b.start(guide)
    b.heading('一、平台简介')
    b.p(['泉州市“一带一路”综合服务平台由泉州市商务局主办、泉州市国际贸易投资促进中心承办，于2023年6月正式上线运行',
         ('FN', '平台网址：www.qzydyl.cn，同步开通微信公众号“泉州出海通”。'),
         '。平台坚持“政府引导、市场运作、企业主体、专业服务”原则，聚焦企业“走出去”全链条需求，'
         '提供政策发布、信息咨询、项目对接、风险预警、专业服务等“一站式”服务。'])
    b.p('截至2025年8月底，平台已累计注册企业2367家，汇集境外投资国别指南68份，入驻律师事务所、会计师事务所、'
        '咨询机构等专业服务机构112家，累计发布境外投资合作项目信息1540余条，服务企业赴东盟、中东、拉美等41个国家和地区开展投资合作。')
    b.p('平台设有政策速递、国别指南、项目对接、风险预警、专业服务超市、在线诉求六个栏目。'
        '企业可通过电脑端登录平台网站，或使用微信扫描下方二维码进入移动端办理相关业务。')
    b.qr(5411, '图1' + SP + '“泉州出海通”微信公众号二维码')

    b.heading('二、服务内容')
    b.p('平台联合有关部门和专业机构，为出海企业提供以下服务事项（具体以平台最新公布为准）：')
    rows = [
        ['1', '境外投资备案（核准）咨询及指导', '市商务局对外投资和经济合作科', '0595-22583176'],
        ['2', '出口信用保险及海外投资保险', '中国出口信用保险公司福建分公司泉州营销服务中心', '0595-22117350'],
        ['3', '原产地证书签发及RCEP政策咨询', '泉州市贸促会（泉州国际商会）', '0595-22589027'],
        ['4', '跨境人民币结算及外汇登记', '中国人民银行泉州市分行', '0595-22169845'],
        ['5', '境外商事法律服务及涉外纠纷调解', '泉州市涉外法律服务中心', '0595-22356108'],
        ['6', '海关AEO认证及通关便利咨询', '泉州海关', '0595-22506612'],
        ['7', '税收协定待遇及出口退税咨询', '国家税务总局泉州市税务局', '12366'],
        ['8', '中欧班列（泉州）及海铁联运物流服务', '泉州陆地港集团有限公司', '0595-68281155'],
    ]
    b.data_table(['序号', '服务事项', '服务机构', '联系方式'], rows, [1.3, 5.2, 6.0, 3.2])
    b.p('注：上述联系方式如有调整，以平台“专业服务超市”栏目公布信息为准。', size=14, before=4)

    b.heading('三、办理流程')
    b.p('企业通过平台申请服务，按照以下流程办理：')
    steps = [
        ('第一步：', '注册登录。企业登录平台，使用统一社会信用代码和法定代表人手机号码完成注册，已注册“闽政通”账号的企业可直接授权登录。', None),
        ('第二步：', '提交需求。企业在“在线诉求”栏目选择服务事项，填写《企业出海服务需求表》，上传营业执照、境外项目简介等相关材料。', None),
        ('第三步：', '分派受理。平台运营机构在1个工作日内完成需求审核，并按照服务事项分派至相应服务机构。', None),
        ('第四步：', '对接服务。服务机构在3个工作日内与企业取得联系，提供咨询解答、方案设计或业务办理等服务。',
         '涉及行政许可事项的，办理时限按照《企业境外投资管理办法》《境外投资管理办法》等有关规定执行。'),
        ('第五步：', '评价反馈。服务完成后，企业可在平台对服务质量进行评价，评价结果纳入服务机构年度考核。', None),
    ]
    for lab, txt, note in steps:
        parts = [(lab, FS, True)]
        if note:
            parts += [txt[:-1], ('FN', note), txt[-1]]
        else:
            parts.append(txt)
        b.p(parts)

    b.heading('四、常见问题')
    qa = [
        ('问：企业使用平台服务是否收费？',
         '答：平台提供的政策咨询、信息查询、需求对接等基础服务均免费。专业服务机构提供的法律、审计、咨询等市场化服务，按照双方约定收取费用，平台不参与收费。'),
        ('问：哪些企业可以注册平台？',
         '答：在泉州市行政区域内依法注册登记、有开展对外投资合作或国际市场开拓意向的企业均可注册，个体工商户暂不纳入注册范围。'),
        ('问：企业赴境外投资，需要办理哪些手续？',
         '答：企业开展境外投资，一般需办理商务部门境外投资备案（核准）、发展改革部门境外投资项目备案（核准），以及银行外汇登记手续。具体可通过平台“政策速递”栏目查询或提交在线咨询。'),
        ('问：企业在境外遇到安全风险或经营纠纷，可以寻求哪些帮助？',
         '答：企业可通过平台“风险预警”栏目及时了解东道国安全形势，遇到突发情况时，应第一时间联系我国驻当地使领馆，并向市商务局报告。涉及商事纠纷的，可申请泉州市涉外法律服务中心提供调解、仲裁指引等服务。'),
        ('问：平台发布的境外项目信息是否经过审核？',
         '答：平台对发布的项目信息进行形式审核，企业在对接项目时应自行开展尽职调查，审慎作出投资决策。'),
    ]
    for q, a in qa:
        b.p([(q, FS, True)])
        b.p(a)
    b.p('本指南由泉州市商务局负责解释，并根据政策调整和平台功能升级情况适时更新。')

    # back cover hotline block: a one-cell bordered box (layout, not a data table)
    b.page_break()
    b.empty(8)
    t = doc.add_table(rows=1, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    box_borders(t)
    set_col_widths(t, [13.0])
    cell = t.rows[0].cells[0]
    cell.width = Cm(13)
    lines = [('咨询热线', HT, 18),
             ('泉州市“一带一路”综合服务平台：0595-22583100', FS, 15),
             ('服务时间：工作日8:00—12:00，14:30—17:30', FS, 15),
             ('地' + SP * 2 + '址：泉州市丰泽区东海街道通港西街行政中心2号楼', FS, 15)]
    first = True
    for txt, f, sz in lines:
        par = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        fmt(par, WD_ALIGN_PARAGRAPH.CENTER, 0, 30)
        r = par.add_run(txt)
        set_font(r, f, sz)
    b.empty(4)
    banji(b, '抄送：福建省商务厅，市人民政府办公室。',
          '泉州市商务局办公室' + SP * 9 + '2025年9月19日印发')

    b.fn.finish()
    doc.save(os.path.join(HERE, stem + '.docx'))

    title_n = '泉州市商务局关于印发《泉州市“一带一路”综合服务平台企业出海服务指南（2025年版）》的通知'
    title_g = '泉州市“一带一路”综合服务平台企业出海服务指南（2025年版）'
    EXPECTED[stem] = [
        {'meta': meta(title_n, '泉商务〔2025〕47号', ['泉州市商务局'], '2025-09-18', 'municipal', '泉州市', '通知',
                      recipients=['各县（市、区）商务局', '泉州开发区经发局', '泉州台商投资区经发局', '市直有关单位'],
                      attachments=[title_g], publicity='此件公开发布'),
         'clauses': notice},
        {'meta': meta(title_g, None, ['泉州市商务局'], '2025-09-18', 'municipal', '泉州市', '指南'),
         'clauses': guide},
    ]
    return stem


# ================================================================ doc 2: 西安 指南 (booklet)
def make_xian():
    stem = 'blind541_xian_zhinan'
    doc = Document()
    sec = page_setup(doc)
    add_page_number(sec, first_diff=True)
    b = Builder(doc)
    num = Numbering(doc)
    clauses = []

    # ---- cover
    b.start([])
    b.empty(3)
    for t in ('西安市企业出海', '“一站式”服务指南'):
        b.p(t, clause=False, east=XBS, size=36, indent=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=60)
    b.p('（2026年版）', clause=False, east=KT, size=22, indent=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=44)
    b.empty(7)
    b.p('西安市商务局' + SP * 2 + '西安市贸促会', clause=False, east=KT, size=18, indent=0,
        align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    b.p('二〇二六年一月', clause=False, east=KT, size=18, indent=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)

    # ---- hand-typed table of contents
    b.page_break()
    b.p('目' + SP + '录', clause=False, east=HT, size=22, indent=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=40)
    b.empty(1)
    for t, pg in (('前' + SP + '言', '1'), ('一、平台简介', '1'), ('二、服务内容', '2'),
                  ('三、办理流程', '3'), ('四、常见问题', '4')):
        dots = '…' * (25 - len(t) - len(pg))
        b.p(t + dots + pg, clause=False, indent=0, align=WD_ALIGN_PARAGRAPH.LEFT, line=36)

    b.page_break()
    b.start(clauses)
    b.p('前' + SP + '言', clause=False, east=HT, size=16, indent=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    b.p('西安是古丝绸之路的起点，也是共建“一带一路”的重要节点城市。为帮助我市企业更好地了解和使用西安市“一带一路”综合服务平台，'
        '降低企业“走出去”的信息成本和制度性交易成本，西安市商务局、西安市贸促会组织编写了本指南，'
        '系统介绍平台功能、服务事项、办理流程和常见问题，供企业参考使用。')

    # headings typed as bold 仿宋 runs rather than 黑体 styles
    b.heading('一、平台简介', east=FS, bold=True)
    b.p(['“长安出海通”是西安市“一带一路”综合服务平台的服务品牌，由西安市商务局、西安市贸促会共同建设，'
         '依托中国（陕西）自由贸易试验区西安区域和中欧班列（西安）集结中心优势，面向全市外向型企业',
         ('FN', '本指南所称外向型企业，是指在西安市依法注册登记，从事货物贸易、服务贸易、对外投资或对外承包工程业务的企业。'),
         '提供涉外政策、市场信息、国际物流、金融保险、法律合规等综合服务。'])
    b.p(['平台实行“线上+线下”双通道服务：线上通过平台网站、“长安出海通”微信小程序受理企业诉求；', ('BR',),
         '线下在西安国际港务区、西安高新区、西安经开区设立3个企业出海服务站，提供现场咨询和帮办代办服务。'])
    b.p('企业可扫描下方二维码关注公众号或进入小程序。')
    # QR codes side by side in a borderless layout table
    lt = doc.add_table(rows=1, cols=2)
    lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(lt)
    for i, (seed, cap) in enumerate(((5412, '“长安出海通”微信公众号'), (5413, '“长安出海通”小程序'))):
        cell = lt.rows[0].cells[i]
        cell.width = Cm(7.5)
        par = cell.paragraphs[0]
        fmt(par, WD_ALIGN_PARAGRAPH.CENTER, 0, None)
        par.add_run().add_picture(qr_png(seed), width=Cm(3.2))
        cp = cell.add_paragraph()
        fmt(cp, WD_ALIGN_PARAGRAPH.CENTER, 0, 22)
        r = cp.add_run(cap)
        set_font(r, KT, 12)
    set_col_widths(lt, [7.5, 7.5])

    b.heading('二、服务内容', east=FS, bold=True)
    b.p('平台围绕企业出海“前、中、后”全周期，提供以下服务事项：')
    rows = [
        ['境外投资备案（核准）咨询', '西安市商务局对外投资和经济合作处', '029-86786512'],
        ['对外承包工程项目信息服务', '西安市商务局对外投资和经济合作处', '029-86786512'],
        ['原产地证书及ATA单证册办理', '西安市贸促会商事认证处', '029-86786745'],
        ['中欧班列（西安）舱位预订及物流咨询', '西安国际陆港多式联运有限公司', '029-83302618'],
        ['出口信用保险', '中国出口信用保险公司陕西分公司', '029-87656208'],
        ['涉外商事调解', '西安市贸促会调解中心', '029-86786760'],
        ['跨境电商综试区政策咨询', '中国（西安）跨境电子商务综合试验区服务中心', '029-83592110'],
        ['外汇及跨境人民币业务咨询', '国家外汇管理局陕西省分局', '029-87656301'],
    ]
    b.data_table(['服务事项', '服务机构', '联系方式'], rows, [5.8, 6.6, 3.3], merges=[(0, 1, 1), (0, 1, 2)])

    b.heading('三、办理流程', east=FS, bold=True)
    b.p('企业通过“长安出海通”申请服务，一般按以下五个步骤办理：')
    steps = [
        ('第一步' + SP + '注册认证。', '企业通过陕西省统一身份认证平台完成法人账号注册，登录“长安出海通”后补充企业基本信息、主营业务和目标市场。', None),
        ('第二步' + SP + '需求发布。', '企业在“我要服务”模块勾选服务事项，填写需求描述，上传相关证明材料。', None),
        ('第三步' + SP + '智能匹配。', '平台根据需求类型自动匹配服务机构，复杂事项由市商务局组织相关单位会商。', None),
        ('第四步' + SP + '服务办理。', '服务机构在2个工作日内联系企业，对需现场办理的事项，企业可预约到就近的企业出海服务站办理。',
         '企业出海服务站地址详见封底。'),
        ('第五步' + SP + '办结评价。', '事项办结后，企业对服务进行“满意、基本满意、不满意”评价，对“不满意”评价由市商务局督促整改并回访。', None),
    ]
    for lab, txt, note in steps:
        parts = [(lab, FS, True)]
        if note:
            parts += [txt[:-1], ('FN', note), txt[-1]]
        else:
            parts.append(txt)
        b.p(parts)

    b.heading('四、常见问题', east=FS, bold=True)
    nid = num.new_list('%1.')
    qa = [
        ('问：中小微企业能否享受平台服务？',
         '答：可以。平台服务对象涵盖在西安市注册登记的各类外向型企业，对中小微企业首次开展境外投资的，平台提供“一对一”帮办服务。'),
        ('问：通过中欧班列出口货物，如何预订舱位？',
         '答：企业可在平台“国际物流”栏目在线提交订舱申请，也可直接联系西安国际陆港多式联运有限公司。整列或整车货源可享受优先配舱。'),
        ('问：参加境外展会能否获得资金支持？',
         '答：符合条件的企业参加市商务局公布的重点境外展会目录内展会，可按照当年度外经贸发展专项资金申报指南申请展位费补助，具体以申报通知为准。'),
        ('问：企业遭遇境外贸易摩擦或技术性贸易壁垒怎么办？',
         '答：企业可通过平台“贸易救济”栏目反映情况，市商务局将会同市贸促会组织专家开展应诉指导和合规培训，必要时协调上级商务部门提供支持。'),
        ('问：平台会不会泄露企业的商业信息？',
         '答：平台严格落实数据安全和个人信息保护有关规定，企业提交的材料仅用于服务办理，未经企业同意不向第三方提供。'),
    ]
    for i, (q, a) in enumerate(qa, 1):
        par = b.p([(q, FS, True)], prefix='%d.' % i, indent=None)
        Numbering.apply(par, nid)
        b.p(a)
    b.p('本指南所列服务事项和联系方式将动态调整，最新信息以“长安出海通”平台发布为准。')
    b.empty(2)
    b.p(SP * 8 + '西安市商务局' + SP * 3 + '西安市贸促会', clause=False, indent=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    b.p(SP * 13 + '2026年1月26日', clause=False, indent=0, align=WD_ALIGN_PARAGRAPH.LEFT)

    # ---- back cover
    b.page_break()
    b.start([])
    b.empty(6)
    b.p('长安出海通' + SP + '企业出海服务热线', clause=False, east=HT, size=20, indent=0,
        align=WD_ALIGN_PARAGRAPH.CENTER, line=40)
    b.p('029-86786500', clause=False, east=HT, size=26, indent=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=44)
    b.p('服务时间：周一至周五' + SP + '9:00—12:00' + SP + '14:00—17:30', clause=False, east=KT, size=14,
        indent=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    b.empty(2)
    for t in ('西安国际港务区企业出海服务站：西安国际港务区港务大道陆港大厦1层',
              '西安高新区企业出海服务站：西安市高新区锦业路1号都市之门B座2层',
              '西安经开区企业出海服务站：西安市未央区凤城八路109号'):
        b.p(t, clause=False, east=KT, size=14, indent=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    b.empty(3)
    b.p('（内部资料' + SP + '免费赠阅）', clause=False, east=KT, size=12, indent=0, align=WD_ALIGN_PARAGRAPH.CENTER)

    b.fn.finish()
    doc.save(os.path.join(HERE, stem + '.docx'))
    EXPECTED[stem] = [
        {'meta': meta('西安市企业出海“一站式”服务指南（2026年版）', None, ['西安市商务局', '西安市贸促会'],
                      '2026-01-26', 'municipal', '西安市', '指南'),
         'clauses': clauses},
    ]
    return stem


# ================================================================ doc 3: 义乌 联合通知
def make_yiwu():
    stem = 'blind541_yiwu_tongzhi'
    doc = Document()
    sec = page_setup(doc)
    add_page_number(sec)
    b = Builder(doc)
    num = Numbering(doc)
    clauses = []
    b.start([])

    # joint red header in a borderless layout table: two organs stacked, 文件 on the right
    b.empty(1)
    ht = doc.add_table(rows=2, cols=2)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(ht)
    for ri, organ in enumerate(('义乌市商务局', '义乌市财政局')):
        c = ht.rows[ri].cells[0]
        c.width = Cm(11)
        par = c.paragraphs[0]
        fmt(par, WD_ALIGN_PARAGRAPH.DISTRIBUTE, 0, None)
        r = par.add_run(organ)
        set_font(r, XBS, 30, color=RED)
    set_col_widths(ht, [11.5, 4.0])
    fcell = ht.rows[0].cells[1].merge(ht.rows[1].cells[1])
    fcell.width = Cm(4)
    fcell.vertical_alignment = 1  # center
    par = fcell.paragraphs[0]
    fmt(par, WD_ALIGN_PARAGRAPH.CENTER, 0, None)
    r = par.add_run('文件')
    set_font(r, XBS, 48, color=RED)
    b.empty(1)
    par = doc.add_paragraph()
    fmt(par, WD_ALIGN_PARAGRAPH.CENTER, 0, 28)
    r = par.add_run('义商务〔2026〕8号')
    set_font(r, FS, 16)
    bottom_border(par)
    b.empty(1)

    b.p(['关于启用义乌市“一带一路”企业出海', ('BR',), '综合服务平台的通知'], clause=False, east=XBS, size=22,
        indent=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    b.empty(1)
    b.p('各镇人民政府，各街道办事处，市级有关单位，各有关企业：', clause=False, indent=0)

    b.start(clauses)
    b.p('为贯彻落实省委、省政府关于高水平建设“一带一路”重要枢纽的部署要求，进一步提升我市企业国际化经营能力和跨境服务便利化水平，'
        '市商务局、市财政局共同建设的义乌市“一带一路”企业出海综合服务平台（以下简称“平台”）已完成试运行，'
        '定于2026年3月1日起正式启用。现将有关事项通知如下：')

    b.heading('一、平台简介')
    b.p(['平台以“义企出海”为服务品牌，集成市场采购贸易、跨境电商、中欧班列（义新欧）、海外仓、境外展会、境外经贸合作区等服务资源，',
         '设置政策直通车、出海服务超市、海外仓地图、风险提示、诉求直达等功能模块，为企业提供全流程、一站式出海服务。'])
    b.p('企业可通过电脑端访问平台，也可使用“浙里办”APP或微信扫描下方二维码进入平台。')
    b.qr(5414, '“义企出海”平台二维码', width=3.2)

    b.heading('二、服务内容')
    b.p('平台首批上线服务事项共10项，具体如下：')
    rows = [
        ['市场采购贸易组货人备案及政策咨询', '义乌市商务局市场采购贸易科', '0579-85526103'],
        ['跨境电商出口海外仓备案', '义乌市商务局电子商务科', '0579-85526118'],
        ['中欧班列（义新欧）订舱及运费查询', '浙江义新欧数字物流有限公司', '0579-85691207'],
        ['境外展会申报及展位费补助', '义乌市商务局对外贸易科', '0579-85526132'],
        ['出口信用保险及保单融资', '中国出口信用保险公司浙江分公司义乌办事处', '0579-85408856'],
        ['原产地证书签发', '义乌市贸促会', '0579-85520637'],
        ['涉外知识产权纠纷应对', '义乌市市场监督管理局', '0579-85321586'],
        ['外汇结算及跨境人民币业务', '中国银行义乌分行国际结算部', '0579-85522943'],
        ['境外经贸合作区入园咨询', '义乌市商务局对外投资和经济合作科', '0579-85526147'],
        ['出口退税', '国家税务总局义乌市税务局', '12366'],
    ]
    b.data_table(['服务事项', '服务机构', '联系方式'], rows, [6.2, 6.4, 3.1], size=12)

    b.heading('三、办理流程')
    b.p('企业申请平台服务，按照以下步骤办理：')
    steps = [
        '第一步：登录平台。企业使用“浙里办”法人账号登录平台，首次登录需完善企业名称、主营产品、出口市场等信息。',
        '第二步：选择事项。在“出海服务超市”中选择所需服务事项，查看办理指南和所需材料。',
        '第三步：在线申报。按要求填写申请信息并上传材料，对申请展位费补助等资金类事项，还需上传参展合同、付款凭证等证明材料。',
        '第四步：审核办理。服务机构在5个工作日内完成审核并反馈办理意见；资金类事项由市商务局、市财政局按照有关资金管理办法联合审核。',
        '第五步：结果反馈。办理结果通过平台站内信和短信同步推送，企业可在“我的办件”中查询办理进度和结果。',
    ]
    for s in steps:
        # indentation typed with two full-width spaces instead of a first-line indent
        b.p(SP * 2 + s, indent=0)

    b.heading('四、常见问题')
    qa = [
        ('问：原有“义乌外经贸服务”小程序账号还能使用吗？',
         '答：原小程序于2026年3月1日停止服务，企业需使用“浙里办”法人账号登录新平台，原有办件记录已同步迁移。'),
        ('问：个体工商户能否使用平台？',
         '答：市场采购贸易经营者中的个体工商户可登录平台办理组货人备案、政策咨询等事项，资金类事项按照相应申报指南确定的主体范围执行。'),
        ('问：平台能否代办境外商标注册？',
         '答：平台“出海服务超市”已入驻涉外知识产权代理机构，企业可自主选择并与其签订服务协议，相关费用由双方协商确定。'),
        ('问：申请境外展会展位费补助有时间限制吗？',
         '答：企业应在展会结束后3个月内通过平台提交申请，逾期不予受理。'),
    ]
    for q, a in qa:
        # question and answer in one paragraph, separated by a soft line break
        b.p([(q, FS, True), ('BR',), a])

    b.heading('五、工作要求')
    nid = num.new_list('%1.')
    reqs = [
        '各镇街要组织辖区内外贸企业、市场经营户做好平台注册和使用培训，力争2026年6月底前辖区重点外贸企业注册率达到90%以上。',
        '市级有关单位要按照职责分工及时更新平台服务事项信息，确保办事指南、联系方式准确有效。',
        '平台运行所需经费列入市商务局年度部门预算，由市财政局予以保障。',
    ]
    for i, t in enumerate(reqs, 1):
        par = b.p(t, prefix='%d.' % i, indent=None)
        Numbering.apply(par, nid)
    b.p('本通知自2026年3月1日起施行，有效期至2028年2月29日。'
        '《义乌市商务局关于印发〈义乌市企业“走出去”服务指引〉的通知》（义商务〔2022〕35号）同时废止。')
    b.p('联系人：市商务局对外投资和经济合作科' + SP + '王建峰，联系电话：0579-85526147；'
        '市财政局经济建设科' + SP + '陈露，联系电话：0579-85523361。')
    b.empty(1)
    b.start([])
    b.p('附件：1.义乌市“一带一路”企业出海综合服务平台服务事项清单', clause=False, indent=32)
    b.p(SP * 5 + '2.义乌市“一带一路”企业出海综合服务平台操作手册', clause=False, indent=0,
        align=WD_ALIGN_PARAGRAPH.LEFT)
    b.empty(3)
    b.p(SP * 3 + '义乌市商务局' + SP * 7 + '义乌市财政局', clause=False, indent=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    b.p(SP * 12 + '2026年2月10日', clause=False, indent=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    b.p('（此件公开发布）', clause=False, indent=32)
    b.empty(8)
    banji(b, '抄送：金华市商务局，金华市财政局，市委办，市府办。',
          '义乌市商务局办公室' + SP * 9 + '2026年2月11日印发')

    doc.save(os.path.join(HERE, stem + '.docx'))
    EXPECTED[stem] = [
        {'meta': meta('关于启用义乌市“一带一路”企业出海综合服务平台的通知', '义商务〔2026〕8号',
                      ['义乌市商务局', '义乌市财政局'], '2026-02-10', 'county', '义乌市', '通知',
                      recipients=['各镇人民政府', '各街道办事处', '市级有关单位', '各有关企业'],
                      attachments=['义乌市“一带一路”企业出海综合服务平台服务事项清单',
                                   '义乌市“一带一路”企业出海综合服务平台操作手册'],
                      publicity='此件公开发布', effective='2026-03-01', expires='2028-02-29',
                      repeals='《义乌市商务局关于印发〈义乌市企业“走出去”服务指引〉的通知》（义商务〔2022〕35号）'),
         'clauses': clauses},
    ]
    return stem


def main():
    stems = [make_quanzhou(), make_xian(), make_yiwu()]
    for s in stems:
        subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_541', '--headless',
                        '--convert-to', 'pdf', '--outdir', HERE, os.path.join(HERE, s + '.docx')],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
