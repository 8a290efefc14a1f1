# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 715: 外商投资企业投诉工作办法 (three provinces)."""
import os
import json
import subprocess

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn, nsdecls
from docx.oxml import OxmlElement, parse_xml

HERE = os.path.dirname(os.path.abspath(__file__))

FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
ST = '宋体'
RED = 'FF0000'
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
J = WD_ALIGN_PARAGRAPH.JUSTIFY

CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十']


def cnum(n):
    if n <= 10:
        return CN[n]
    if n < 20:
        return '十' + (CN[n - 10] if n > 10 else '')
    t, u = divmod(n, 10)
    return CN[t] + '十' + (CN[u] if u else '')


def S(text, f=FS, sz=16, b=None, c=None):
    return (text, f, sz, b, c)


def setf(run, name=FS, size=16, bold=None, color=None):
    run.font.name = name
    rPr = run._element.get_or_add_rPr()
    rF = rPr.get_or_add_rFonts()
    rF.set(qn('w:eastAsia'), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


PPR_AFTER_BDR = ['w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap',
                 'w:overflowPunct', 'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN',
                 'w:bidi', 'w:adjustRightInd', 'w:snapToGrid', 'w:spacing', 'w:ind',
                 'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc',
                 'w:textDirection', 'w:textAlignment', 'w:textboxTightWrap',
                 'w:outlineLvl', 'w:divId', 'w:cnfStyle', 'w:rPr', 'w:sectPr', 'w:pPrChange']


def add_border(p, sides, color=RED, sz=12, space=1):
    pPr = p._p.get_or_add_pPr()
    pBdr = OxmlElement('w:pBdr')
    pPr.insert_element_before(pBdr, *PPR_AFTER_BDR)
    for side in ('top', 'left', 'bottom', 'right'):
        if side in sides:
            el = OxmlElement('w:' + side)
            el.set(qn('w:val'), 'single')
            el.set(qn('w:sz'), str(sz))
            el.set(qn('w:space'), str(space))
            el.set(qn('w:color'), color)
            pBdr.append(el)


def set_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id


def add_numbering(doc, numfmt, lvltext, font=FS, first_line=640):
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn('w:abstractNumId'))) for a in numbering.findall(qn('w:abstractNum'))]
    num_ids = [int(n.get(qn('w:numId'))) for n in numbering.findall(qn('w:num'))]
    aid = max(abs_ids + [0]) + 1
    nid = max(num_ids + [0]) + 1
    absnum = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s"/><w:b w:val="0"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>'
        % (nsdecls('w'), aid, numfmt, lvltext, first_line, font, font, font))
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                    % (nsdecls('w'), nid, aid))
    numbering.append(num)
    return nid


def page_number_footer(section, font=ST):
    p = section.footer.paragraphs[0]
    p.alignment = C
    r = p.add_run('— ')
    setf(r, font, 14)
    r = p.add_run()
    setf(r, font, 14)
    b = OxmlElement('w:fldChar'); b.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' PAGE '
    s = OxmlElement('w:fldChar'); s.set(qn('w:fldCharType'), 'separate')
    t = OxmlElement('w:t'); t.text = '1'
    e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), 'end')
    for el in (b, it, s, t, e):
        r._element.append(el)
    r = p.add_run(' —')
    setf(r, font, 14)


class Builder:
    def __init__(self):
        self.doc = Document()
        d = self.doc
        st = d.styles['Normal']
        st.font.name = FS
        st.font.size = Pt(16)
        st.element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), FS)
        sec = d.sections[0]
        sec.page_width = Cm(21.0)
        sec.page_height = Cm(29.7)
        sec.top_margin = Cm(3.7)
        sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)
        sec.footer_distance = Cm(2.5)
        page_number_footer(sec)
        self.objs = []
        self.cl = None

    def start(self, meta):
        self.objs.append({'meta': meta, 'clauses': []})
        self.cl = self.objs[-1]['clauses']

    def para(self, segs, align=J, fli=None, ls=28, before=0, after=0, border=None,
             border_color=RED, border_sz=12, clause=False, key_prefix='', num=None,
             pbb=False, container=None, left=None):
        cont = container if container is not None else self.doc
        p = cont.add_paragraph()
        if border:
            add_border(p, border, border_color, border_sz)
        if num is not None:
            set_num(p, num)
        pf = p.paragraph_format
        if ls:
            pf.line_spacing = Pt(ls)
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if fli is not None:
            pf.first_line_indent = Pt(fli)
        if left is not None:
            pf.left_indent = Pt(left)
        if pbb:
            pf.page_break_before = True
        p.alignment = align
        if isinstance(segs, str):
            segs = [S(segs)]
        text_all = ''
        for seg in segs:
            if isinstance(seg, str):
                seg = S(seg)
            text, f, sz, b, c = seg
            r = p.add_run()
            setf(r, f, sz, b, c)
            for i, part in enumerate(text.split('\n')):
                if i:
                    r.add_break()
                if part:
                    r.add_text(part)
            text_all += text.replace('\n', '')
        if clause:
            self.cl.append(key_prefix + text_all.strip('　 '))
        return p

    def empty(self, n=1, ls=28):
        for _ in range(n):
            p = self.doc.add_paragraph()
            p.paragraph_format.line_spacing = Pt(ls)
            p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            p.paragraph_format.space_after = Pt(0)

    def page_break(self):
        p = self.doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.add_run().add_break(WD_BREAK.PAGE)

    def cell(self, cell, text, f=FS, sz=14, b=None, align=L, ls=22):
        p = cell.paragraphs[0]
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(ls)
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.space_after = Pt(0)
        for i, part in enumerate(text.split('\n')):
            if i:
                r = p.add_run()
                r.add_break()
            r = p.add_run(part)
            setf(r, f, sz, b)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    def form_table(self, header, rows, widths, merges=(), clause=True, repeat_header=False):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = self.doc.styles['Table Grid']
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for j, h in enumerate(header):
            self.cell(t.cell(0, j), h, HT, 14, align=C)
        if repeat_header:
            trPr = t.rows[0]._tr.get_or_add_trPr()
            th = OxmlElement('w:tblHeader')
            th.set(qn('w:val'), 'true')
            trPr.append(th)
        merged_cols = {}
        for (col, r1, r2) in merges:
            for r in range(r1, r2 + 1):
                merged_cols[(r, col)] = r1
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                if (i, j) in merged_cols and merged_cols[(i, j)] != i:
                    continue
                self.cell(t.cell(i + 1, j), v, align=C if (j == 0 and len(header) == 3) else L)
        for (col, r1, r2) in merges:
            a = t.cell(r1 + 1, col)
            a.merge(t.cell(r2 + 1, col))
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
            row.height = Cm(1.1)
        if clause:
            for row in rows:
                self.cl.append('；'.join('%s：%s' % (h, v.replace('\n', '')) for h, v in zip(header, row)))
        return t

    def banji(self, cc, printer, pdate):
        self.empty(2)
        self.para([S(cc, FS, 14)], align=J, fli=None, left=14, border=('top', 'bottom'),
                  border_color='000000', border_sz=8, ls=28)
        self.para([S(printer, FS, 14)], align=J, left=14, border=('bottom',),
                  border_color='000000', border_sz=12, ls=28)

    def save(self, stem):
        path = os.path.join(HERE, stem + '.docx')
        self.doc.save(path)
        return path


# --------------------------------------------------------------------------------------
# 办法 content
# --------------------------------------------------------------------------------------
CHAPTERS = [
    ('第一章　总　　则', 1, 5),
    ('第二章　投诉的提出', 6, 9),
    ('第三章　投诉的受理和处理', 10, 16),
    ('第四章　投诉工作管理', 17, 22),
    ('第五章　附　　则', 23, 25),
]


def base_articles(P, S_, T, short):
    """Return dict n -> {'text':..., 'items':[...], 'tail':[...]}"""
    A = {}

    def art(n, text, items=None, tail=None):
        A[n] = {'text': text, 'items': items or [], 'tail': tail or []}

    art(1, '为及时有效处理外商投资企业投诉，保护外国投资者和外商投资企业合法权益，持续优化外商投资环境，'
           '根据《中华人民共和国外商投资法》《中华人民共和国外商投资法实施条例》《外商投资企业投诉工作办法》'
           '等法律法规和规章，结合本省实际，制定本办法。')
    art(2, '本办法所称外商投资企业投诉，是指：', [
        '（一）外商投资企业、外国投资者（以下统称投诉人）认为行政机关（包括法律、法规授权的具有管理公共事务职能的组织）'
        '及其工作人员（以下统称被投诉人）的行政行为侵犯其合法权益，通过外商投资企业投诉工作机构（以下简称投诉工作机构）'
        '申请协调解决的行为；',
        '（二）投诉人向投诉工作机构反映投资环境方面存在的问题，建议完善有关政策措施的行为。',
    ], ['前款第（一）项所称投诉不包括外商投资企业、外国投资者申请协调解决与其他自然人、法人或者其他组织之间民商事纠纷的行为。'])
    art(3, '%s会同有关部门建立全省外商投资企业投诉工作联席会议制度，协调、推动全省外商投资企业投诉工作，'
           '指导和监督%s级外商投资企业投诉工作。' % (T, S_), [],
        ['%s设立%s外商投资企业投诉中心（以下简称省投诉中心），负责处理下列投诉事项：（一）反映省级行政机关行政行为的；'
         '（二）在全省范围内有重大影响的；（三）联席会议认为应当由省投诉中心处理的其他投诉事项。' % (T, P)])
    art(4, '%s人民政府商务主管部门或者%s人民政府指定的部门或者机构（以下简称%s级投诉工作机构）负责受理本地区的'
           '外商投资企业投诉，处理反映本%s及所辖县（市、区）行政机关行政行为的投诉事项。' % (S_, S_, S_, S_))
    art(5, '投诉工作机构应当坚持公平公正、合法合规、分级负责、属地管理的原则，依法及时处理投诉，不得向投诉人收取任何费用。')
    art(6, '投诉人提出投诉，应当采用书面形式，可以通过信函、传真、电子邮件、在线平台等方式提交。投诉材料应当包括以下内容：', [
        '（一）投诉人的姓名或者名称、通讯地址、邮编、联系人和联系方式，主体资格证明材料，提出投诉的日期；',
        '（二）被投诉人的姓名或者名称、通讯地址、邮编、联系人和联系方式；',
        '（三）明确的投诉事项和投诉请求；',
        '（四）有关事实、证据和理由，如有相关法律依据可以一并提供；',
        '（五）是否存在本办法第九条第（四）项、第（五）项所列情形的说明。',
    ], ['投诉材料应当使用中文，有关证据和材料原件以外文书写的，应当提交准确、完整的中文翻译件。投诉登记表格式见附件1。'])
    art(7, '投诉人可以委托他人进行投诉。委托投诉的，除本办法第六条规定的材料以外，还应当提交投诉人的身份证明、'
           '出具的授权委托书和受委托人的身份证明。授权委托书应当载明委托事项、权限和期限。')
    art(8, '投诉人应当如实反映投诉事实，提供证据，并对投诉材料的真实性负责。投诉人不得捏造、歪曲事实，不得诬告、陷害他人。')
    art(9, '投诉具有下列情形之一的，投诉工作机构不予受理：', [
        '（一）投诉主体不属于外商投资企业、外国投资者的；',
        '（二）申请协调解决与其他自然人、法人或者其他组织之间民商事纠纷，或者不属于本办法规定的外商投资企业投诉事项的；',
        '（三）不属于本投诉工作机构的投诉处理范围的；',
        '（四）同一投诉人已就同一事项向投诉工作机构提出投诉，且投诉工作机构已经受理且正在处理的；',
        '（五）投诉人就同一事项已经申请行政复议、提起行政诉讼的；',
        '（六）投诉工作机构已经办结的投诉事项，投诉人无新的事实或者理由再次提出投诉的；',
        '（七）其他不符合法律、法规、规章规定的情形。',
    ])
    art(10, '投诉工作机构应当在收到完整投诉材料之日起7个工作日内进行审查，对符合规定的投诉予以受理，'
            '并向投诉人发出投诉受理通知书；对不予受理的，应当书面通知投诉人并说明理由。', [],
        ['投诉材料不全的，投诉工作机构应当在收到投诉材料之日起5个工作日内一次性告知投诉人需要补正的全部内容。'
         '投诉人应当在15个工作日内补正，逾期未补正的，视为放弃投诉。'])
    art(11, '投诉工作机构受理投诉后，应当根据投诉事项的具体情况，采取以下方式进行处理：', [
        '（一）推动投诉人和被投诉人之间达成谅解（包括被投诉人撤销或者改变原行政行为等）；',
        '（二）与有关部门协调推动完善相关政策措施；',
        '（三）向本级人民政府或者有关部门提交完善相关政策措施的建议；',
        '（四）投诉工作机构认为适当的其他处理方式。',
    ])
    art(12, '投诉工作机构可以要求投诉人进一步说明情况、提供材料，可以向被投诉人了解情况，必要时可以组织召开协调会议'
            '或者进行实地调查。有关行政机关应当予以配合，在规定期限内如实提供情况和材料。')
    art(13, '投诉工作机构应当在受理投诉之日起60个工作日内办结；情况复杂的，经投诉工作机构负责人批准，可以适当延长处理期限，'
            '延长期限一般不超过30个工作日，并告知投诉人。')
    art(14, '有下列情形之一的，投诉处理终结：', [
        '（一）投诉人与被投诉人达成谅解的；',
        '（二）投诉工作机构已经按照本办法第十一条规定作出处理的；',
        '（三）投诉人书面申请撤回投诉的；',
        '（四）投诉人无正当理由拒不配合投诉处理工作的；',
        '（五）投诉人就同一事项申请行政复议、提起行政诉讼的。',
    ], ['投诉处理终结后，投诉工作机构应当在3个工作日内将处理结果书面告知投诉人。'])
    art(15, '%s级投诉工作机构收到应当由省投诉中心处理的投诉材料的，应当在5个工作日内转递省投诉中心，并告知投诉人。' % S_)
    art(16, '投诉人对%s级投诉工作机构的处理结果有异议的，可以在收到书面告知之日起15个工作日内向省投诉中心申请复查。'
            '省投诉中心应当在收到复查申请之日起30个工作日内作出复查意见，并书面告知投诉人。' % S_)
    art(17, '投诉工作机构应当建立健全投诉工作制度，配备专门工作人员，通过门户网站等渠道公布投诉受理范围、方式、'
            '联系方式和处理流程，逐步实现投诉在线受理、全程可查。投诉处理流程见附件2。')
    art(18, '投诉工作机构应当建立投诉工作台账，对投诉事项的受理、处理、办结情况进行记录，并于每季度结束后10个工作日内'
            '向省投诉中心报送投诉工作情况。省投诉中心每半年向商务部外商投资企业投诉中心报送全省投诉工作情况。')
    art(19, '投诉工作机构及其工作人员对在投诉处理过程中知悉的商业秘密、保密商务信息和个人隐私，应当依法予以保密，'
            '不得泄露或者非法向他人提供。')
    art(20, '投诉工作机构应当定期梳理投诉中反映的共性问题，对涉及政策措施的问题，及时向本级人民政府或者有关部门提出完善建议。')
    art(21, '%s对%s级投诉工作机构的工作进行指导和督促，将投诉工作情况纳入全省稳外资工作评价内容。' % (T, S_))
    art(22, '投诉工作机构及其工作人员在投诉处理工作中滥用职权、玩忽职守、徇私舞弊的，依法依规给予处分；'
            '构成犯罪的，依法追究刑事责任。')
    art(23, '香港特别行政区、澳门特别行政区、台湾地区投资者以及定居在国外的中国公民投资企业的投诉，参照本办法执行。'
            '法律、行政法规另有规定的，从其规定。')
    art(24, '本办法由%s负责解释。' % T)
    art(25, '')
    return A


STEPS = [
    '提出投诉。投诉人填写《外商投资企业投诉登记表》，连同主体资格证明、相关证据材料，通过信函、传真、电子邮件或者在线平台向投诉工作机构提交。',
    '审查受理。投诉工作机构在收到完整投诉材料之日起7个工作日内作出是否受理的决定；材料不全的，在5个工作日内一次性告知投诉人补正。',
    '调查核实。投诉工作机构向被投诉人了解情况，必要时组织召开协调会议或者进行实地调查，被投诉人应当在规定期限内如实提供情况和材料。',
    '协调处理。投诉工作机构根据投诉事项具体情况，推动双方达成谅解、协调完善政策措施或者提出工作建议。',
    '办结告知。投诉工作机构在受理投诉之日起60个工作日内办结，并在投诉处理终结后3个工作日内书面告知投诉人处理结果。',
    '申请复查。投诉人对处理结果有异议的，可以在收到书面告知之日起15个工作日内向省投诉中心申请复查。',
    '立卷归档。投诉工作机构将投诉材料、处理记录和处理结果整理归档，纳入投诉工作台账管理。',
]


def soft(text, k):
    """insert a manual line break after k characters (display only)."""
    return text[:k] + '\n' + text[k:]


def write_articles(b, A, style, numid=None, soft_at=None, blank_between_chapters=True):
    soft_at = soft_at or {}
    for ci, (head, a1, a2) in enumerate(CHAPTERS):
        if ci and blank_between_chapters:
            b.empty()
        b.para([S(head, HT, 16)], align=C, before=6 if style == 'num' else 0, after=6 if style == 'num' else 0)
        if style == 'ht' and ci == 0:
            b.empty()
        for n in range(a1, a2 + 1):
            a = A[n]
            label = '第%s条' % cnum(n)
            text = a['text']
            disp = soft(text, soft_at[n]) if n in soft_at else text
            if style == 'ht':
                b.para([S(label, HT), S('　' + disp)], fli=32, clause=True)
            elif style == 'bold':
                b.para([S(label, FS, 16, True), S('　' + disp)], fli=32, clause=True)
            else:  # Word numbering supplies 第X条　
                b.para([S(disp)], fli=32, num=numid, clause=True, key_prefix=label + '　')
            for it in a['items']:
                subs = []
                if isinstance(it, tuple):
                    it, subs = it
                if style == 'ht':
                    # items indented with typed full-width spaces instead of paragraph indent
                    b.para([S('　　' + it)], fli=0, clause=True)
                else:
                    b.para([S(it)], fli=32, clause=True)
                for s_ in subs:
                    b.para([S(s_)], fli=32, clause=True)
            for t in a['tail']:
                b.para([S(t)], fli=32, clause=True)


def banfa_meta(title, issuer, date, region, eff, exp, repeals):
    return {
        'title': title, 'doc_number': None, 'issuer': issuer, 'date': date, 'published': None,
        'level': 'provincial', 'region': region, 'effective': eff, 'expires': exp,
        'attachments': ['外商投资企业投诉登记表', '投诉处理流程'], 'doc_type': '办法',
        'recipients': [], 'publicity': None, 'repeals': repeals,
    }


# --------------------------------------------------------------------------------------
# 1. 山东 (济南)
# --------------------------------------------------------------------------------------
def make_jinan():
    b = Builder()
    title = '山东省商务厅关于印发《山东省外商投资企业投诉工作办法》的通知'
    b.start({
        'title': title, 'doc_number': '鲁商字〔2025〕41号', 'issuer': ['山东省商务厅'],
        'date': '2025-06-12', 'published': None, 'level': 'provincial', 'region': '山东省',
        'effective': None, 'expires': None, 'attachments': ['山东省外商投资企业投诉工作办法'],
        'doc_type': '通知', 'recipients': ['各市商务局', '省有关部门'], 'publicity': '此件公开发布',
        'repeals': None,
    })
    b.empty(2)
    b.para([S('山东省商务厅文件', XBS, 40, None, RED)], align=C, ls=None)
    b.empty(2)
    b.para([S('鲁商字〔2025〕41号', FS, 16)], align=C, border=('bottom',), border_sz=18, after=0)
    b.empty(1)
    b.para([S('山东省商务厅关于印发《山东省外商投资企业\n投诉工作办法》的通知', XBS, 22)], align=C, ls=36)
    b.empty(1)
    b.para([S('各市商务局，省有关部门：')], align=J)
    b.para([S('为深入贯彻《中华人民共和国外商投资法》及其实施条例，进一步规范全省外商投资企业投诉工作，依法保护外国投资者'
              '和外商投资企业合法权益，省商务厅研究制定了《山东省外商投资企业投诉工作办法》，现印发给你们，并就有关事项通知如下：')],
           fli=32, clause=True)
    b.para([S('一、加强组织领导。', HT), S('各市要高度重视外商投资企业投诉工作，明确投诉工作机构和专职工作人员，'
                                      '于2025年7月15日前将投诉工作机构名称、地址、联系人及联系方式报送省商务厅（外国投资管理处）。')],
           fli=32, clause=True)
    b.para([S('二、畅通投诉渠道。', HT), S('各市要通过门户网站、政务服务热线、“山东省外商投资企业投诉在线平台”等渠道公布投诉受理方式，'
                                      '做到投诉“应收尽收、应办尽办”；对涉及多个部门的复杂投诉，\n要主动牵头协调，防止推诿扯皮。')],
           fli=32, clause=True)
    b.para([S('三、做好宣传解读。', HT), S('各市要结合外资企业圆桌会议、政企座谈会等活动，加大对《办法》的宣传解读力度，'
                                      '引导外商投资企业依法理性表达诉求。')],
           fli=32, clause=True)
    b.para([S('执行过程中遇到的问题，请及时向省商务厅反馈。')], fli=32, clause=True)
    b.para([S('联系人：孙立群　　联系电话：0531-51768023')], fli=32, clause=True)
    b.empty(1)
    b.para([S('附件：山东省外商投资企业投诉工作办法')], fli=32)
    b.empty(3)
    # 落款 typed with leading full-width spaces (left aligned)
    b.para([S('　' * 17 + '山东省商务厅')], align=L)
    b.para([S('　' * 16 + '2025年6月12日')], align=L)
    b.para([S('（此件公开发布）')], fli=32)

    # ---------------- 办法 ----------------
    b.page_break()
    b.start(banfa_meta('山东省外商投资企业投诉工作办法', ['山东省商务厅'], '2025-06-12', '山东省',
                       '2025-07-01', '2030-06-30', '山东省外商投资企业投诉处理暂行办法（鲁商字〔2020〕15号）'))
    b.para([S('附件', HT)], align=L)
    b.empty(1)
    b.para([S('山东省外商投资企业投诉工作办法', XBS, 22)], align=C, ls=36)
    b.empty(1)
    A = base_articles('山东省', '市', '省商务厅', '山东')
    A[25]['text'] = ('本办法自2025年7月1日起施行，有效期5年。《山东省外商投资企业投诉处理暂行办法》'
                     '（鲁商字〔2020〕15号）同时废止。')
    write_articles(b, A, 'ht', soft_at={12: 41})
    b.empty(1)
    b.para([S('附件：1．外商投资企业投诉登记表')], fli=32)
    b.para([S('　　　　　2．投诉处理流程')], align=L)

    # 附件1
    b.page_break()
    b.para([S('附件1', HT)], align=L)
    b.empty(1)
    b.para([S('外商投资企业投诉登记表', XBS, 22)], align=C, ls=36, after=12)
    rows = [
        ('投诉人名称（中英文）', ''),
        ('统一社会信用代码', ''),
        ('企业类型', '☐外商独资企业　☐中外合资企业　☐中外合作企业　☐外国投资者'),
        ('投资方所属国别（地区）', ''),
        ('通讯地址及邮编', ''),
        ('联系人及联系方式', ''),
        ('被投诉人类别', '☐行政机关　☐法律、法规授权的具有管理公共事务职能的组织'),
        ('被投诉人名称', ''),
        ('投诉事项及请求', '（可另附页）'),
        ('是否已申请行政复议或者提起行政诉讼', '☐是　☐否'),
        ('投诉人签章', '（盖章）　　　　年　　月　　日'),
    ]
    b.form_table(['项目', '填写内容'], rows, [5.2, 10.4])
    b.para([S('注：本表一式两份，可通过信函、电子邮件或者“山东省外商投资企业投诉在线平台”提交，相关证明材料作为附页一并提交。',
              FS, 14)], fli=0, ls=24, before=6, clause=True)

    # 附件2
    b.page_break()
    b.para([S('附件2', HT)], align=L)
    b.empty(1)
    b.para([S('投诉处理流程', XBS, 22)], align=C, ls=36)
    b.empty(1)
    for i, st in enumerate(STEPS, 1):
        b.para([S('%d．%s' % (i, st))], fli=32, clause=True)

    b.banji('抄送：商务部外国投资管理司，省人民政府办公厅。',
            '山东省商务厅办公室　　　　　　　　　　2025年6月13日印发', None)
    return b


# --------------------------------------------------------------------------------------
# 2. 四川 (成都) — articles numbered by Word automatic numbering
# --------------------------------------------------------------------------------------
def make_chengdu():
    b = Builder()
    art_num = add_numbering(b.doc, 'chineseCounting', '第%1条　', HT)
    step_num = add_numbering(b.doc, 'decimal', '%1.', FS)
    title = '四川省商务厅关于印发《四川省外商投资企业投诉工作办法》的通知'
    b.start({
        'title': title, 'doc_number': '川商外资〔2026〕6号', 'issuer': ['四川省商务厅'],
        'date': '2026-03-09', 'published': None, 'level': 'provincial', 'region': '四川省',
        'effective': None, 'expires': None, 'attachments': ['四川省外商投资企业投诉工作办法'],
        'doc_type': '通知',
        'recipients': ['各市（州）商务主管部门', '中国（四川）自由贸易试验区各片区管委会', '省直有关部门'],
        'publicity': '此件公开发布', 'repeals': None,
    })
    b.empty(1)
    b.para([S('四川省商务厅文件', XBS, 42, None, RED)], align=C, ls=None, before=24)
    b.empty(1)
    b.para([S('川商外资〔2026〕6号')], align=C, border=('bottom',), border_sz=24, after=24)
    b.para([S('四川省商务厅\n关于印发《四川省外商投资企业投诉工作办法》的通知', XBS, 22)], align=C, ls=35, after=16)
    b.para([S('各市（州）商务主管部门，中国（四川）自由贸易试验区各片区管委会，省直有关部门：')], align=J)
    b.para([S('为贯彻落实《中华人民共和国外商投资法》《中华人民共和国外商投资法实施条例》和《外商投资企业投诉工作办法》'
              '（商务部令2020年第3号），持续打造市场化、法治化、国际化一流营商环境，我厅制定了《四川省外商投资企业投诉工作办法》，'
              '\n现印发你们，请认真贯彻执行。')], fli=32, clause=True)
    b.para([S('各地在执行过程中遇到的问题和意见建议，请及时反馈我厅（外国投资管理处）。')], fli=32, clause=True)
    b.empty(1)
    b.para([S('附件：四川省外商投资企业投诉工作办法')], fli=32)
    b.empty(3)
    b.para([S('四川省商务厅' + '　' * 4)], align=R)
    b.para([S('2026年3月9日' + '　' * 4)], align=R)
    b.empty(1)
    b.para([S('（此件公开发布）')], fli=32)

    # ---------------- 办法 ----------------
    b.start(banfa_meta('四川省外商投资企业投诉工作办法', ['四川省商务厅'], '2026-03-09', '四川省',
                       '2026-04-01', '2031-03-31', None))
    b.para([S('附件', HT)], align=L, pbb=True)
    b.para([S('四川省外商投资企业投诉工作办法', XBS, 22)], align=C, ls=36, before=12, after=12)
    A = base_articles('四川省', '市（州）', '省商务厅', '四川')
    A[4]['tail'] = ['中国（四川）自由贸易试验区各片区管理机构可以设立外商投资企业投诉工作站，协助所在地市（州）级投诉工作机构'
                    '做好投诉的受理和转递工作。']
    A[24]['text'] = '本办法由四川省商务厅负责解释。'
    A[25]['text'] = '本办法自2026年4月1日起施行，有效期至2031年3月31日。'
    write_articles(b, A, 'num', numid=art_num, blank_between_chapters=False)
    b.empty(1)
    b.para([S('附件：1.外商投资企业投诉登记表')], fli=32)
    b.para([S('2.投诉处理流程')], left=80, fli=0)

    # 附件1
    b.para([S('附件1', HT)], align=L, pbb=True)
    b.para([S('外商投资企业投诉登记表', XBS, 22)], align=C, ls=36, before=12, after=12)
    b.para([S('登记编号：　　　　　　　　　登记日期：　　年　　月　　日', FS, 14)], align=L, ls=26, clause=True)
    rows = [
        ('1', '投诉人名称', ''),
        ('2', '投诉人类型', '☐外商投资企业　☐外国投资者'),
        ('3', '统一社会信用代码（注册号）', ''),
        ('4', '投资方国别（地区）', ''),
        ('5', '联系人、电话及电子邮箱', ''),
        ('6', '被投诉人名称', ''),
        ('7', '投诉事项及请求', ''),
        ('8', '是否委托他人投诉', '☐是　☐否'),
        ('9', '投诉人（签章）', '年　　月　　日'),
    ]
    b.form_table(['序号', '登记项目', '登记内容'], rows, [1.6, 5.4, 8.6], repeat_header=True)
    b.para([S('填表说明：1.投诉人为外国投资者的，应当同时提供主体资格证明材料的中文翻译件；2.“登记编号”由投诉工作机构填写。',
              FS, 14)], fli=0, ls=24, before=6, clause=True)

    # 附件2 (Word decimal numbering)
    b.para([S('附件2', HT)], align=L, pbb=True)
    b.para([S('投诉处理流程', XBS, 22)], align=C, ls=36, before=12, after=12)
    for i, st in enumerate(STEPS, 1):
        b.para([S(st)], fli=32, num=step_num, clause=True, key_prefix='%d.' % i)

    b.banji('抄送：商务部外国投资管理司，商务部外商投资企业投诉中心。',
            '四川省商务厅办公室　　　　　　　　　　2026年3月10日印发', None)
    return b


# --------------------------------------------------------------------------------------
# 3. 云南 (昆明) — joint notice, header/落款 tables, Chinese-numeral date
# --------------------------------------------------------------------------------------
def make_kunming():
    b = Builder()
    title = '云南省商务厅 云南省司法厅关于印发《云南省外商投资企业投诉工作办法》的通知'
    b.start({
        'title': title, 'doc_number': '云商外资〔2024〕19号', 'issuer': ['云南省商务厅', '云南省司法厅'],
        'date': '2024-11-20', 'published': None, 'level': 'provincial', 'region': '云南省',
        'effective': None, 'expires': None, 'attachments': ['云南省外商投资企业投诉工作办法'],
        'doc_type': '通知', 'recipients': ['各州、市商务局、司法局', '省级有关部门'],
        'publicity': '此件公开发布', 'repeals': None,
    })
    b.empty(1)
    # header as a borderless 2-column table
    t = b.doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    t.columns[0].width, t.columns[1].width = Cm(11.6), Cm(4.0)
    c0.width, c1.width = Cm(11.6), Cm(4.0)
    p = c0.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    r = p.add_run('云南省商务厅'); setf(r, XBS, 36, None, RED)
    p2 = c0.add_paragraph(); p2.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    r = p2.add_run('云南省司法厅'); setf(r, XBS, 36, None, RED)
    p = c1.paragraphs[0]; p.alignment = C
    r = p.add_run('文件'); setf(r, XBS, 36, None, RED)
    c1.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    b.empty(1)
    b.para([S('云商外资〔2024〕19号')], align=C, border=('bottom',), border_sz=18)
    b.empty(1)
    b.para([S('云南省商务厅　云南省司法厅\n关于印发《云南省外商投资企业投诉工作办法》的通知', XBS, 22)], align=C, ls=36)
    b.empty(1)
    b.para([S('各州、市商务局、司法局，省级有关部门：')], align=J)
    b.para([S('为进一步健全外商投资企业投诉工作机制，及时有效处理外商投资企业投诉，依法保护外国投资者和外商投资企业合法权益，'
              '省商务厅、省司法厅联合制定了《云南省外商投资企业投诉工作办法》，现印发给你们，请结合实际抓好落实。'
              '现就有关工作要求通知如下：')], fli=32, clause=True)
    b.para([S('一、工作要求', HT)], fli=32)
    b.para([S('（一）健全工作机构。', KT), S('各州、市要于2024年12月31日前明确本级投诉工作机构，配齐配强工作力量，'
                                       '并将机构设置情况报省商务厅备案。')], fli=32, clause=True)
    b.para([S('（二）强化部门协同。', KT), S('各级司法行政部门要加强对投诉处理工作的法律指导，对涉及行政复议、行政诉讼衔接的'
                                       '投诉事项，及时提供法律意见。')], fli=32, clause=True)
    b.para([S('（三）加强跟踪问效。', KT), S('省商务厅将会同省司法厅定期通报投诉处理情况，对推诿扯皮、久拖不决的，视情予以督办。')],
           fli=32, clause=True)
    b.para([S('二、联系方式', HT)], fli=32)
    b.para([S('省商务厅外国投资管理处：李　静，0871-63210457；省司法厅行政复议与应诉处：杨成武，0871-63187620。')],
           fli=32, clause=True)
    b.empty(1)
    b.para([S('附件：云南省外商投资企业投诉工作办法')], fli=32)
    b.empty(3)
    t = b.doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, org in enumerate(('云南省商务厅', '云南省司法厅')):
        cc = t.cell(0, j)
        cc.width = Cm(7.8)
        p = cc.paragraphs[0]; p.alignment = C
        r = p.add_run(org); setf(r, FS, 16)
    b.para([S('二〇二四年十一月二十日' + '　' * 3)], align=R)
    b.empty(1)
    b.para([S('（此件公开发布）')], fli=32)

    # ---------------- 办法 ----------------
    b.page_break()
    b.start(banfa_meta('云南省外商投资企业投诉工作办法', ['云南省商务厅', '云南省司法厅'], '2024-11-20', '云南省',
                       '2024-11-20', '2029-11-19', '云南省外商投资企业投诉处理办法（试行）'))
    b.para([S('附件', HT)], align=L)
    b.empty(1)
    b.para([S('云南省外商投资企业投诉工作办法', XBS, 22)], align=C, ls=36)
    b.empty(1)
    A = base_articles('云南省', '州、市', '省商务厅', '云南')
    A[3]['text'] = A[3]['text'].replace('省商务厅会同有关部门', '省商务厅会同省司法厅等有关部门')
    A[4]['tail'] = ['中国（云南）自由贸易试验区昆明、红河、德宏片区管理机构可以设立外商投资企业投诉工作站，'
                    '协助所在地州、市级投诉工作机构做好投诉的受理和转递工作。']
    A[6]['items'][0] = ('（一）投诉人的基本情况，包括：', [
        '1.投诉人的姓名或者名称、通讯地址、邮编；',
        '2.联系人和联系方式；',
        '3.主体资格证明材料和提出投诉的日期。',
    ])
    A[12]['tail'] = ['司法行政部门在投诉处理过程中发现被投诉人行政行为可能违法或者明显不当的，应当依法提出意见和建议。']
    A[24]['text'] = '本办法由云南省商务厅、云南省司法厅负责解释。'
    A[25]['text'] = ('本办法自印发之日起施行，有效期5年。2019年印发的《云南省外商投资企业投诉处理办法（试行）》同时废止。')
    write_articles(b, A, 'bold', soft_at={10: 38, 13: 44, 18: 47})
    b.empty(1)
    b.para([S('附件：1.外商投资企业投诉登记表\n　　　2.投诉处理流程')], fli=32)

    # 附件1 with vertically merged category column
    b.page_break()
    b.para([S('附件1', HT)], align=L)
    b.para([S('外商投资企业投诉登记表', XBS, 22)], align=C, ls=36, before=12, after=12)
    rows = [
        ('投诉人情况', '名称', ''),
        ('投诉人情况', '统一社会信用代码或者注册号', ''),
        ('投诉人情况', '投资方国别（地区）', ''),
        ('投诉人情况', '联系人及电话', ''),
        ('被投诉人情况', '名称', ''),
        ('被投诉人情况', '类别', '☐行政机关　☐法律、法规授权的组织'),
        ('投诉事项', '投诉事项摘要', ''),
        ('投诉事项', '投诉请求', ''),
        ('投诉事项', '已采取的其他救济途径', '☐无　☐行政复议　☐行政诉讼　☐其他：________'),
        ('投诉人确认', '签章及日期', '年　　月　　日'),
    ]
    b.form_table(['类别', '项目', '内容'], rows, [3.0, 5.0, 7.6], merges=[(0, 0, 3), (0, 4, 5), (0, 6, 8)])

    # 附件2 with (1)(2) sub-steps
    b.page_break()
    b.para([S('附件2', HT)], align=L)
    b.para([S('投诉处理流程', XBS, 22)], align=C, ls=36, before=12, after=12)
    steps = [
        ('1.提出投诉。投诉人填写《外商投资企业投诉登记表》，连同主体资格证明、相关证据材料，向所在地州、市级投诉工作机构'
         '或者省投诉中心提交。', []),
        ('2.审查受理。投诉工作机构对投诉材料进行审查，分别作出以下处理：', [
            '（1）材料齐全、符合规定的，7个工作日内予以受理并发出投诉受理通知书；',
            '（2）材料不全的，5个工作日内一次性告知投诉人补正；',
            '（3）不予受理的，书面告知投诉人并说明理由。']),
        ('3.调查核实。投诉工作机构向被投诉人了解情况，必要时组织召开协调会议或者进行实地调查。', []),
        ('4.协调处理。投诉工作机构根据投诉事项具体情况，采取以下方式处理：', [
            '（1）推动投诉人与被投诉人达成谅解；',
            '（2）协调有关部门完善相关政策措施；',
            '（3）向本级人民政府或者有关部门提出工作建议。']),
        ('5.办结告知。投诉工作机构在受理投诉之日起60个工作日内办结，并在投诉处理终结后3个工作日内书面告知投诉人。', []),
        ('6.申请复查。投诉人对州、市级投诉工作机构处理结果有异议的，可以在收到书面告知之日起15个工作日内向省投诉中心申请复查。', []),
    ]
    for st, subs in steps:
        b.para([S(st)], fli=32, clause=True)
        for s_ in subs:
            b.para([S(s_)], fli=64, clause=True)

    b.banji('抄送：商务部外国投资管理司，省人民政府办公厅。',
            '云南省商务厅办公室　　　　　　　　　　2024年11月22日印发', None)
    return b


def main():
    expected = {}
    lo_env = '-env:UserInstallation=file:///tmp/lo_715'
    for stem, fn in (('blind715_jinan_tongzhi', make_jinan),
                     ('blind715_chengdu_tongzhi', make_chengdu),
                     ('blind715_kunming_tongzhi', make_kunming)):
        b = fn()
        path = b.save(stem)
        expected[stem] = b.objs
        subprocess.run(['soffice', lo_env, '--headless', '--convert-to', 'pdf', '--outdir', HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
