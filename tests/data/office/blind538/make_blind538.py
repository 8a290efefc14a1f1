# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 538: 营商环境 / 惠企政策汇编 booklets exported to Word.

Writes next to itself:
  blind538_ningbo_huibian.docx / .pdf   (booklet, 9 policies)
  blind538_xian_huibian.docx / .pdf     (booklet, 8 policies)
  blind538_zhengzhou_shitiao.docx / .pdf (notice + the 十条 it issues)
  expected.json
"""
import os
import json
import subprocess

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import (WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT,
                            WD_TAB_LEADER, WD_LINE_SPACING)
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls

HERE = os.path.dirname(os.path.abspath(__file__))

FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT

CN = '零一二三四五六七八九十'


def cnum(n):
    if n <= 10:
        return CN[n]
    if n < 20:
        return '十' + CN[n - 10]
    t, o = divmod(n, 10)
    return CN[t] + '十' + (CN[o] if o else '')


# ---------------------------------------------------------------- low level

def set_font(run, east, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.name = 'Times New Roman'
    if bold:
        run.font.bold = True
    rPr = run._r.get_or_add_rPr()
    rFonts = rPr.get_or_add_rFonts()
    rFonts.set(qn('w:eastAsia'), east)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(container, parts, align=None, first=2, size=16, line=28, east=FS,
         bold=False, before=0, after=0, left=None, right=None, pbb=False,
         color=None):
    """parts: str or list of (text, east, bold). '\n' in text = soft break."""
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first:
        pf.first_line_indent = Pt(size * first)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if align is not None:
        p.alignment = align
    if pbb:
        pf.page_break_before = True
    if isinstance(parts, str):
        parts = [(parts, east, bold)]
    for text, e, b in parts:
        segs = text.split('\n')
        for i, s in enumerate(segs):
            if i > 0:
                r = p.add_run()
                r.add_break()
                set_font(r, e, size, b, color)
            if s:
                r = p.add_run(s)
                set_font(r, e, size, b, color)
    return p


def empty(container, n=1, line=28):
    for _ in range(n):
        para(container, '', first=0, line=line)


def page_break_para(doc):
    p = doc.add_paragraph()
    r = p.add_run()
    r.add_break(WD_BREAK.PAGE)
    return p


def border(p, side='bottom', color='000000', sz=6, space=1):
    pPr = p._p.get_or_add_pPr()
    pbdr = pPr.find(qn('w:pBdr'))
    if pbdr is None:
        pbdr = parse_xml('<w:pBdr %s/>' % nsdecls('w'))
        # pBdr must come after numPr / before shd, tabs, spacing, ind, jc
        anchor = None
        for tag in ('w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:spacing',
                    'w:ind', 'w:jc'):
            anchor = pPr.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(pbdr)
        else:
            pPr.append(pbdr)
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls('w'), sz, space, color))
    order = ['top', 'left', 'bottom', 'right']
    # keep schema order top,left,bottom,right
    inserted = False
    for child in list(pbdr):
        cname = child.tag.split('}')[1]
        if cname in order and order.index(cname) > order.index(side):
            child.addprevious(el)
            inserted = True
            break
    if not inserted:
        pbdr.append(el)


def add_field(p, instr, east, size, placeholder='1'):
    def r_xml(inner):
        return parse_xml('<w:r %s><w:rPr><w:rFonts w:ascii="Times New Roman" '
                         'w:hAnsi="Times New Roman" w:eastAsia="%s"/><w:sz w:val="%d"/>'
                         '</w:rPr>%s</w:r>' % (nsdecls('w'), east, size * 2, inner))
    p._p.append(r_xml('<w:fldChar w:fldCharType="begin"/>'))
    p._p.append(r_xml('<w:instrText xml:space="preserve"> %s </w:instrText>' % instr))
    p._p.append(r_xml('<w:fldChar w:fldCharType="separate"/>'))
    p._p.append(r_xml('<w:t>%s</w:t>' % placeholder))
    p._p.append(r_xml('<w:fldChar w:fldCharType="end"/>'))


def page_footer(footer, align=CENTER, dash=True, size=14):
    p = footer.paragraphs[0]
    p.alignment = align
    if align == RIGHT:
        p.paragraph_format.right_indent = Pt(size)
    elif align == LEFT:
        p.paragraph_format.left_indent = Pt(size)
    if dash:
        r = p.add_run('— ')
        set_font(r, '宋体', size)
    add_field(p, 'PAGE', '宋体', size)
    if dash:
        r = p.add_run(' —')
        set_font(r, '宋体', size)


def page_header(header, text, align=CENTER, east=KT, size=10.5):
    p = header.paragraphs[0]
    p.alignment = align
    r = p.add_run(text)
    set_font(r, east, size)
    border(p, 'bottom', '000000', 6, 1)


def a4(section):
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(3.7)
    section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)
    section.header_distance = Cm(2.0)
    section.footer_distance = Cm(2.5)


def pg_num(section, start=1, fmt=None):
    sectPr = section._sectPr
    old = sectPr.find(qn('w:pgNumType'))
    if old is not None:
        sectPr.remove(old)
    attrs = 'w:start="%d"' % start
    if fmt:
        attrs += ' w:fmt="%s"' % fmt
    el = parse_xml('<w:pgNumType %s %s/>' % (nsdecls('w'), attrs))
    cols = sectPr.find(qn('w:cols'))
    if cols is not None:
        cols.addprevious(el)
    else:
        pgMar = sectPr.find(qn('w:pgMar'))
        pgMar.addnext(el)


class Numbering:
    """Creates one single-level Word numbering definition per list."""

    def __init__(self, doc):
        self.el = doc.part.numbering_part.element
        self.next = 300

    def new(self, fmt, text, east=FS):
        nid = self.next
        self.next += 1
        a = parse_xml(
            '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
            '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/>'
            '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>'
            % (nsdecls('w'), nid, fmt, text, east))
        nums = self.el.findall(qn('w:num'))
        if nums:
            nums[0].addprevious(a)
        else:
            self.el.append(a)
        self.el.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                                 % (nsdecls('w'), nid, nid)))
        return nid

    @staticmethod
    def apply(p, nid):
        numPr = p._p.get_or_add_pPr().get_or_add_numPr()
        numPr.get_or_add_ilvl().val = 0
        numPr.get_or_add_numId().val = nid


def cell_text(cell, text, east=FS, size=14, bold=False, align=CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing = Pt(22)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    r = p.add_run(text)
    set_font(r, east, size, bold)


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls('w')))


def set_col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


# ---------------------------------------------------------------- block renderer

def render_blocks(doc, blocks, clauses, numbering):
    """Render body blocks; append the citable clause text to clauses."""
    for b in blocks:
        kind = b[0]
        if kind == 'p':                      # body paragraph (may hold soft breaks)
            para(doc, b[1])
            clauses.append(b[1].replace('\n', ''))
        elif kind == 'split':                # one paragraph broken by a hard return
            para(doc, b[1])
            para(doc, b[2], first=0)
            clauses.append(b[1] + b[2])
        elif kind == 'h1':                   # heading on its own line, 黑体
            para(doc, b[1], east=HT)
        elif kind == 'h2':                   # heading on its own line, 楷体
            para(doc, b[1], east=KT)
        elif kind == 'ri':                   # run-in heading
            head, rest, style = b[1], b[2], b[3]
            if style == 'hei':
                parts = [(head, HT, False), (rest, FS, False)]
            elif style == 'kai':
                parts = [(head, KT, False), (rest, FS, False)]
            else:
                parts = [(head, FS, True), (rest, FS, False)]
            para(doc, parts)
            clauses.append((head + rest).replace('\n', ''))
        elif kind == 'art':                  # 第X条 article, number in 黑体
            num, text = b[1], b[2]
            para(doc, [(num, HT, False), ('　' + text, FS, False)])
            clauses.append(num + '　' + text)
        elif kind == 'auto':                 # Word automatic numbering
            fmt, lvl, items = b[1], b[2], b[3]
            nid = numbering.new(fmt, lvl)
            for i, it in enumerate(items, 1):
                label = cnum(i) if fmt == 'chineseCounting' else str(i)
                prefix = lvl.replace('%1', label)
                if isinstance(it, tuple):
                    head, rest = it
                    p = para(doc, [(head, FS, True), (rest, FS, False)])
                    text = head + rest
                else:
                    p = para(doc, it)
                    text = it
                Numbering.apply(p, nid)
                clauses.append(prefix + text)
        elif kind == 'tbl':
            headers, rows, widths = b[1], b[2], b[3]
            t = doc.add_table(rows=1 + len(rows), cols=len(headers))
            t.style = 'Table Grid'
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, h in enumerate(headers):
                cell_text(t.rows[0].cells[i], h, east=HT, size=14)
            for r, row in enumerate(rows, 1):
                for i, v in enumerate(row):
                    cell_text(t.rows[r].cells[i], v, size=14)
                clauses.append('；'.join('%s：%s' % (h, v) for h, v in zip(headers, row)))
            t.autofit = False
            for col, w in zip(t.columns, widths):
                col.width = Cm(w)
            set_col_widths(t, widths)
        elif kind == 'empty':
            empty(doc, b[1] if len(b) > 1 else 1)
        else:
            raise ValueError(kind)


def render_sign(doc, sign):
    """sign: dict(style=..., orgs=[...], date='...')"""
    style = sign['style']
    empty(doc, sign.get('gap', 2))
    if style == 'lines':                     # each organ on own line, right aligned
        for o in sign['orgs']:
            para(doc, o, first=0, align=RIGHT, right=64)
        para(doc, sign['date'], first=0, align=RIGHT, right=64)
    elif style == 'oneline':                 # organs on one line separated by spaces
        para(doc, '　　　'.join(sign['orgs']), first=0, align=RIGHT, right=32)
        para(doc, sign['date'], first=0, align=RIGHT, right=64)
    elif style == 'spaces':                  # pushed right with typed spaces
        for o in sign['orgs']:
            para(doc, '　' * sign.get('pad', 14) + o, first=0, align=LEFT)
        para(doc, '　' * (sign.get('pad', 14) + 1) + sign['date'], first=0, align=LEFT)
    elif style == 'table':                   # joint organs side by side in a layout table
        t = doc.add_table(rows=1, cols=len(sign['orgs']))
        no_borders(t)
        for i, o in enumerate(sign['orgs']):
            cell_text(t.rows[0].cells[i], o, east=FS, size=16)
        para(doc, sign['date'], first=0, align=RIGHT, right=64, before=12)
    if sign.get('public'):
        para(doc, '（此件公开发布）', first=2)


def render_policy(doc, pol, numbering, title_size=22):
    """Title, bracket line, optional 主送, body, 附件, 落款.  Returns object."""
    clauses = []
    tl = pol['title_lines']
    if pol.get('title_mode') == 'soft':
        para(doc, '\n'.join(tl), east=XBS, size=title_size, line=36, first=0,
             align=CENTER)
    else:
        for t in tl:
            para(doc, t, east=XBS, size=title_size, line=36, first=0, align=CENTER)
    if pol.get('bracket'):
        para(doc, pol['bracket'], east=KT, first=0, align=CENTER, before=6)
    empty(doc)
    if pol.get('zhusong'):
        para(doc, pol['zhusong'], first=0)
    render_blocks(doc, pol['blocks'], clauses, numbering)
    if pol.get('attach_lines'):
        empty(doc)
        for i, line in enumerate(pol['attach_lines']):
            para(doc, line, first=2)
    if pol.get('sign'):
        render_sign(doc, pol['sign'])
    return {'meta': pol['meta'], 'clauses': clauses}


def meta(title, doc_number, issuer, date, level, region, doc_type, effective=None,
         expires=None, attachments=None, recipients=None, publicity=None,
         repeals=None, published=None):
    return {
        'title': title, 'doc_number': doc_number, 'issuer': issuer, 'date': date,
        'published': published, 'level': level, 'region': region,
        'effective': effective, 'expires': expires,
        'attachments': attachments or [], 'doc_type': doc_type,
        'recipients': recipients or [], 'publicity': publicity, 'repeals': repeals,
    }


# ================================================================= NINGBO

NB_BOOK = '宁波市优化营商环境惠企政策汇编（2025年版）'

NB_POLICIES = [
    # ---------------------------------------------------------------- N1
    dict(
        part='第一部分　综合类政策',
        toc='宁波市进一步优化营商环境十条措施',
        title_lines=['宁波市进一步优化营商环境十条措施'],
        bracket='（甬政发〔2025〕8号）',
        blocks=[
            ('p', '为深入贯彻落实国家和省关于优化营商环境的决策部署，持续打造市场化、法治化、国际化一流营商环境，激发各类经营主体活力，结合我市实际，制定以下措施。'),
            ('ri', '一、深化商事登记便利化。', '全面推行经营主体登记“全程网办”，企业开办时间压缩至1个工作日以内，设立登记、公章刻制、发票申领、社保登记等事项实行“一表申报、一窗发放”。（责任单位：市市场监管局、市公安局、市税务局、市人力社保局）', 'hei'),
            ('ri', '二、提升工程建设项目审批效率。', '社会投资简易低风险项目从立项到取得施工许可不超过15个工作日，一般社会投资项目不超过40个工作日。推行“拿地即开工”“竣工即交付”服务模式。（责任单位：市住房城乡建设局、市自然资源规划局）', 'hei'),
            ('ri', '三、降低企业融资成本。', '设立规模20亿元的市级转贷应急资金，对符合条件的中小微企业转贷资金使用费率降至日均0.01%。对首次获得银行贷款的小微企业，按贷款金额的1%给予一次性奖励，单户最高10万元。（责任单位：市地方金融管理局、市财政局）', 'hei'),
            ('ri', '四、强化要素保障。', '推行工业用地“标准地”出让和“弹性年期”供应，新增工业用地出让前完成区域评估。\n对符合条件的制造业企业用电实行“电保姆”服务，10千伏及以下小微企业用电报装实现“零投资”。（责任单位：市自然资源规划局、国网宁波供电公司）', 'hei'),
            ('ri', '五、推进惠企政策直达快享。', '依托“甬易办”平台实现惠企政策“一站式”发布、申报和兑现，市级惠企政策“免申即享”比例达到40%以上。（责任单位：市发展改革委、市大数据局、市财政局）', 'hei'),
            ('ri', '六、优化跨境贸易服务。', '深化宁波舟山港“智慧口岸”建设，进口、出口整体通关时间分别压缩至30小时、1小时以内；推行进口货物“船边直提”和出口货物“抵港直装”。（责任单位：宁波海关、市口岸办）', 'hei'),
            ('ri', '七、保护经营主体合法权益。', '健全涉企案件“绿色通道”，依法平等保护各类经营主体产权和企业家合法权益，严禁超范围查封、扣押、冻结涉案财物。（责任单位：市中级法院、市公安局、市司法局）', 'hei'),
            ('ri', '八、规范涉企收费。', '建立涉企收费目录清单制度，清单之外一律不得收费；对违规收费行为实行“零容忍”。（责任单位：市发展改革委、市市场监管局）', 'hei'),
            ('ri', '九、加强人才服务保障。', '为高层次人才提供子女入学、医疗保健、住房安居等“一站式”服务，对引进的顶尖人才给予最高1000万元购房补贴。（责任单位：市委人才办、市人力社保局）', 'hei'),
            ('ri', '十、健全营商环境监督机制。', '聘请100名营商环境体验官，建立“企业评价、政府改进”机制，营商环境问题线索办结率达到100%。（责任单位：市营商办、市纪委市监委机关）', 'hei'),
            ('p', '本措施自2025年4月1日起施行，有效期至2027年3月31日。'),
        ],
        sign=dict(style='lines', orgs=['宁波市人民政府'], date='2025年3月12日'),
        meta=meta('宁波市进一步优化营商环境十条措施', '甬政发〔2025〕8号', ['宁波市人民政府'],
                  '2025-03-12', 'municipal', '宁波市', '措施',
                  effective='2025-04-01', expires='2027-03-31'),
        brk='none',
    ),
    # ---------------------------------------------------------------- N2
    dict(
        toc='关于推行惠企政策“免申即享”的实施意见',
        title_lines=['宁波市人民政府办公厅', '关于推行惠企政策“免申即享”的实施意见'],
        bracket='（甬政办发〔2025〕19号　2025年4月28日）',
        zhusong='各区（县、市）人民政府，市直及部省属驻甬各单位：',
        blocks=[
            ('p', '为加快推动惠企政策精准直达、高效兑现，切实减轻企业申报负担，经市政府同意，现就推行惠企政策“免申即享”提出如下实施意见。'),
            ('h1', '一、总体要求'),
            ('p', '坚持“应免尽免、能享快享”，依托“甬易办”惠企政策兑现平台，通过数据共享、智能比对，实现符合条件的企业无需申报即可享受政策。到2025年底，市级“免申即享”政策事项占比达到40%以上；到2026年底，达到60%以上。'),
            ('h1', '二、主要任务'),
            ('ri', '（一）梳理“免申即享”政策清单。', '市级各政策制定部门要对现行有效的惠企政策进行全面梳理，对能够通过数据共享获取企业信息的政策事项，原则上全部纳入“免申即享”清单，并实行动态调整。', 'kai'),
            ('ri', '（二）推进涉企数据归集共享。', '市大数据局负责统筹建设惠企政策数据库，归集市场监管、税务、人力社保、统计等部门涉企数据，按需向政策兑现部门开放。', 'kai'),
            ('ri', '（三）优化兑现流程。', '对纳入清单的政策事项，由政策兑现部门根据数据比对结果形成拟兑现企业名单，经公示5个工作日无异议后，直接将资金拨付至企业账户。', 'kai'),
            ('ri', '（四）强化资金保障。', '各级财政部门要将“免申即享”政策资金纳入年度预算，确保资金及时足额拨付。', 'kai'),
            ('h1', '三、保障措施'),
            ('ri', '（一）加强组织领导。', '市优化营商环境工作领导小组统筹推进“免申即享”工作，各区（县、市）、各部门要明确分管领导和具体责任人，确保工作落到实处。', 'kai'),
            ('ri', '（二）强化监督评估。', '市营商办定期对各部门“免申即享”工作开展评估，评估结果纳入营商环境考核。', 'kai'),
            ('p', '本意见自印发之日起施行。'),
        ],
        sign=None,
        meta=meta('宁波市人民政府办公厅关于推行惠企政策“免申即享”的实施意见', '甬政办发〔2025〕19号',
                  ['宁波市人民政府办公厅'], '2025-04-28', 'municipal', '宁波市', '意见',
                  effective='2025-04-28',
                  recipients=['各区（县、市）人民政府', '市直及部省属驻甬各单位']),
        brk='empty_para',
    ),
    # ---------------------------------------------------------------- N3
    dict(
        toc='宁波市规范涉企行政检查若干规定',
        title_lines=['宁波市规范涉企行政检查若干规定'],
        bracket='（甬司发〔2025〕11号）',
        blocks=[
            ('art', '第一条', '为规范涉企行政检查行为，减少对企业正常生产经营活动的干扰，根据《优化营商环境条例》《浙江省优化营商环境条例》等规定，结合本市实际，制定本规定。'),
            ('art', '第二条', '本市行政区域内行政执法机关对企业实施的行政检查活动，适用本规定。'),
            ('art', '第三条', '行政执法机关应当编制涉企行政检查事项清单，未列入清单的，不得实施行政检查。清单应当向社会公布并动态调整。'),
            ('art', '第四条', '推行“综合查一次”制度。同一部门对同一企业实施的多项检查，原则上合并进行；不同部门对同一企业实施检查的，由牵头部门组织联合检查。'),
            ('art', '第五条', '除投诉举报、转办交办、数据监测等发现问题线索外，对同一企业的现场检查每年不得超过2次。'),
            ('art', '第六条', '对信用风险等级为A级的企业，除法律法规另有规定外，原则上不主动实施现场检查，实行“无事不扰”。'),
            ('art', '第七条', '行政执法人员实施现场检查，应当出示执法证件，通过“浙江省行政执法监管”系统亮码检查，检查结果应当在3个工作日内告知企业。'),
            ('art', '第八条', '对企业首次出现且危害后果轻微并及时改正的违法行为，依法不予行政处罚，并加强指导教育。'),
            ('art', '第九条', '企业认为行政检查违反本规定的，可以通过12345政务服务便民热线或者涉企行政检查监督平台进行投诉，受理部门应当在5个工作日内作出答复。'),
            ('art', '第十条', '行政执法机关违反本规定实施检查的，由司法行政部门责令改正；情节严重的，依法依规追究相关人员责任。'),
            ('art', '第十一条', '本规定自2025年6月1日起施行。'),
        ],
        sign=dict(style='oneline', orgs=['宁波市司法局', '宁波市市场监督管理局'],
                  date='二〇二五年五月六日'),
        meta=meta('宁波市规范涉企行政检查若干规定', '甬司发〔2025〕11号',
                  ['宁波市司法局', '宁波市市场监督管理局'], '2025-05-06', 'municipal', '宁波市',
                  '规定', effective='2025-06-01'),
        brk='pbb',
    ),
    # ---------------------------------------------------------------- N4
    dict(
        part='第二部分　开放型经济类政策',
        toc='宁波市支持跨境电子商务高质量发展若干政策',
        title_lines=['宁波市支持跨境电子商务', '高质量发展若干政策'],
        title_mode='soft',
        bracket='（甬商务〔2025〕21号）',
        blocks=[
            ('p', '为加快推进中国（宁波）跨境电子商务综合试验区建设，推动跨境电商高质量发展，结合我市实际，制定本政策。'),
            ('ri', '一、支持跨境电商主体培育。', '对年度跨境电商进出口额首次超过1亿元、5000万元的企业，分别给予50万元、20万元一次性奖励。', 'hei'),
            ('ri', '二、支持海外仓建设。', '对在境外新建或租赁海外仓、面积达到5000平方米以上且当年服务本市企业超过50家的，按实际投资额或租金的20%给予补助，单个海外仓最高200万元。', 'hei'),
            ('ri', '三、支持跨境电商产业园建设。', '对经认定的市级跨境电商产业园，按照下表标准给予运营主体一次性奖励：', 'hei'),
            ('tbl', ['园区等级', '认定条件', '奖励金额'], [
                ['五星级', '入驻跨境电商企业100家以上，年进出口额20亿元以上', '300万元'],
                ['四星级', '入驻跨境电商企业50家以上，年进出口额10亿元以上', '150万元'],
                ['三星级', '入驻跨境电商企业30家以上，年进出口额5亿元以上', '80万元'],
            ], [2.6, 9.6, 3.0]),
            ('ri', '四、支持跨境电商人才培训。', '对经备案的跨境电商人才培训机构，按照每培训1名并实现就业的学员1000元标准给予补助，单家机构年度最高50万元。', 'hei'),
            ('ri', '五、支持跨境电商B2B出口业务发展。', '对通过跨境电商B2B直接出口（9710）、跨境电商出口海外仓（9810）模式申报的，按年度出口额每美元给予0.02元人民币奖励，单家企业最高100万元。', 'hei'),
            ('ri', '六、其他。', '同一企业同一事项符合本市其他政策的，按照“就高不重复”原则执行。本政策由市商务局、市财政局负责解释，自2025年5月1日起施行，有效期至2026年12月31日。', 'hei'),
        ],
        sign=dict(style='table', orgs=['宁波市商务局', '宁波市财政局'], date='2025年4月15日'),
        meta=meta('宁波市支持跨境电子商务高质量发展若干政策', '甬商务〔2025〕21号',
                  ['宁波市商务局', '宁波市财政局'], '2025-04-15', 'municipal', '宁波市', '政策',
                  effective='2025-05-01', expires='2026-12-31'),
        brk='empty_para',
    ),
    # ---------------------------------------------------------------- N5
    dict(
        toc='宁波市支持海铁联运和中欧班列发展若干措施',
        title_lines=['宁波市支持海铁联运和中欧班列发展若干措施'],
        bracket='（甬口岸〔2025〕6号）',
        blocks=[
            ('p', '为进一步发挥宁波舟山港和“甬新欧”中欧班列通道优势，推动海铁联运和中欧班列高质量发展，制定以下措施。'),
            ('h1', '一、支持海铁联运线路拓展'),
            ('auto', 'chineseCounting', '（%1）', [
                '对新开通至省外内陆港的海铁联运班列线路，连续稳定运营6个月以上且月均开行不少于8列的，给予运营主体一次性奖励50万元。',
                '对经宁波舟山港海铁联运的集装箱，按照每标箱100元标准给予货主企业运费补贴，单家企业年度补贴最高300万元。',
            ]),
            ('h1', '二、支持中欧班列发展'),
            ('auto', 'chineseCounting', '（%1）', [
                '对经“甬新欧”中欧班列出口的本市企业货物，按实际运费的15%给予补贴。',
                '支持中欧班列回程班列组织，对回程集装箱按每标箱500元给予班列运营平台补助。',
                '鼓励开展“中欧班列+跨境电商”“中欧班列+海外仓”等业务模式创新，对年度经中欧班列出口跨境电商货物超过500标箱的企业给予20万元奖励。',
            ]),
            ('h1', '三、其他事项'),
            ('auto', 'chineseCounting', '（%1）', [
                '本措施所需资金由市、区两级财政按现行财政体制分担。',
                '本措施自2025年6月1日起施行，有效期至2027年5月31日。',
            ]),
        ],
        sign=dict(style='lines', orgs=['宁波市人民政府口岸办公室', '宁波市交通运输局', '宁波市财政局'],
                  date='2025年5月20日'),
        meta=meta('宁波市支持海铁联运和中欧班列发展若干措施', '甬口岸〔2025〕6号',
                  ['宁波市人民政府口岸办公室', '宁波市交通运输局', '宁波市财政局'], '2025-05-20',
                  'municipal', '宁波市', '措施', effective='2025-06-01', expires='2027-05-31'),
        brk='pbb',
    ),
    # ---------------------------------------------------------------- N6
    dict(
        toc='宁波市外商投资企业利润再投资奖励实施细则',
        title_lines=['宁波市外商投资企业利润再投资奖励实施细则'],
        bracket='（甬商务〔2025〕33号）',
        blocks=[
            ('art', '第一条', '为鼓励外商投资企业以境内利润扩大在甬投资，根据《中华人民共和国外商投资法》和《宁波市进一步优化营商环境十条措施》，制定本细则。'),
            ('art', '第二条', '本细则所称利润再投资，是指外商投资企业的境外投资者以其从境内企业分配的利润，在本市新设企业、增资或者股权并购等方式进行的直接投资。'),
            ('art', '第三条', '对境外投资者以分配利润在本市再投资且实际到资额达到1000万美元以上的，按实际到资额的1%给予奖励，单个项目最高500万元人民币。'),
            ('art', '第四条', '同一项目已享受市级其他外资奖励政策的，按照“就高不重复”原则执行。'),
            ('art', '第五条', '申请单位应当于每年9月30日前，向所在区（县、市）商务主管部门提交申请材料，由市商务局会同市财政局审核后拨付奖励资金。'),
            ('art', '第六条', '申请单位弄虚作假骗取奖励资金的，收回奖励资金，并依法依规纳入失信记录。'),
            ('art', '第七条', '本细则自2025年7月1日起施行，有效期至2027年12月31日。《宁波市鼓励外商投资企业利润再投资奖励办法》（甬商务〔2022〕45号）同时废止。'),
        ],
        attach_lines=['附件：1.宁波市外商投资企业利润再投资奖励申请表',
                      '　　　2.宁波市外商投资企业利润再投资承诺书'],
        sign=dict(style='lines', orgs=['宁波市商务局', '宁波市财政局'], date='2025年6月3日'),
        meta=meta('宁波市外商投资企业利润再投资奖励实施细则', '甬商务〔2025〕33号',
                  ['宁波市商务局', '宁波市财政局'], '2025-06-03', 'municipal', '宁波市', '细则',
                  effective='2025-07-01', expires='2027-12-31',
                  attachments=['宁波市外商投资企业利润再投资奖励申请表',
                               '宁波市外商投资企业利润再投资承诺书'],
                  repeals='《宁波市鼓励外商投资企业利润再投资奖励办法》（甬商务〔2022〕45号）'),
        brk='empty_para',
    ),
    # ---------------------------------------------------------------- N7
    dict(
        part='第三部分　功能区及区县政策',
        toc='中国（浙江）自由贸易试验区宁波片区促进外商投资若干措施',
        title_lines=['中国（浙江）自由贸易试验区宁波片区', '促进外商投资若干措施'],
        bracket='（甬自贸委〔2025〕5号）',
        blocks=[
            ('ri', '一、放宽外资准入。', '全面落实外商投资准入前国民待遇加负面清单管理制度，负面清单之外的领域按照内外资一致原则实施管理，支持外资企业参与片区重大项目建设。', 'bold'),
            ('ri', '二、加大外资奖励力度。', '对新设立的外商投资企业，年度实际使用外资金额达到1000万美元、5000万美元、1亿美元的，分别给予100万元、300万元、800万元奖励。', 'bold'),
            ('ri', '三、支持跨国公司设立地区总部。', '对经认定的跨国公司地区总部和功能性机构，给予最高1000万元的开办补助。', 'bold'),
            ('ri', '四、便利外籍人员出入境和工作居留。', '为外籍高层次人才办理最长5年有效期的工作类居留许可，推行外国人来华工作许可和工作类居留许可“一窗受理、并联审批”。', 'bold'),
            ('ri', '五、推进跨境资金流动便利。', '支持符合条件的外资企业开展跨境人民币资金池、本外币一体化资金池业务，简化外债登记和资本项目收入支付手续。', 'bold'),
            ('ri', '六、强化外资企业服务保障。', '建立重点外资企业“服务专员”制度，每家重点外资企业明确1名服务专员，协调解决企业生产经营中的困难问题。', 'bold'),
            ('ri', '七、', '本措施由宁波片区管委会负责解释。', 'bold'),
            ('ri', '八、', '本措施自2025年4月1日起施行，有效期至2028年3月31日。', 'bold'),
        ],
        sign=dict(style='lines', orgs=['中国（浙江）自由贸易试验区宁波片区管理委员会'],
                  date='2025年3月28日', public=True),
        meta=meta('中国（浙江）自由贸易试验区宁波片区促进外商投资若干措施', '甬自贸委〔2025〕5号',
                  ['中国（浙江）自由贸易试验区宁波片区管理委员会'], '2025-03-28', 'zone',
                  '中国（浙江）自由贸易试验区宁波片区', '措施', effective='2025-04-01',
                  expires='2028-03-31', publicity='此件公开发布'),
        brk='empty_para',
    ),
    # ---------------------------------------------------------------- N8
    dict(
        toc='宁波梅山综合保税区保税维修和再制造业务扶持办法（试行）',
        title_lines=['宁波梅山综合保税区保税维修和再制造业务', '扶持办法（试行）'],
        bracket='（梅综保〔2025〕2号）',
        blocks=[
            ('art', '第一条', '为加快发展综合保税区保税维修和再制造业务，推动加工贸易转型升级，根据《中华人民共和国海关综合保税区管理办法》等有关规定，结合梅山综合保税区实际，制定本办法。'),
            ('art', '第二条', '本办法适用于在宁波梅山综合保税区内注册、开展保税维修和再制造业务且具有独立法人资格的企业。'),
            ('art', '第三条', '对新引进的保税维修和再制造项目，按项目设备投资额的10%给予补助，单个项目最高500万元。'),
            ('art', '第四条', '对保税维修和再制造企业按年度业务营收给予阶梯奖励，具体标准如下：'),
            ('tbl', ['年度业务营收', '奖励比例', '单家企业年度奖励上限'], [
                ['1亿元（含）至5亿元', '1%', '200万元'],
                ['5亿元（含）至10亿元', '1.5%', '500万元'],
                ['10亿元（含）以上', '2%', '1000万元'],
            ], [6.0, 3.6, 5.6]),
            ('art', '第五条', '对企业租用区内标准厂房开展保税维修和再制造业务的，前3年按租金的50%给予补贴。'),
            ('art', '第六条', '本办法所需资金由宁波梅山综合保税区管理委员会在年度财政预算中统筹安排。'),
            ('art', '第七条', '本办法自2025年6月1日起施行，试行期至2027年5月31日。'),
        ],
        sign=dict(style='lines', orgs=['宁波梅山综合保税区管理委员会'], date='2025年5月12日'),
        meta=meta('宁波梅山综合保税区保税维修和再制造业务扶持办法（试行）', '梅综保〔2025〕2号',
                  ['宁波梅山综合保税区管理委员会'], '2025-05-12', 'zone', '宁波梅山综合保税区',
                  '办法', effective='2025-06-01', expires='2027-05-31'),
        brk='pbb',
    ),
    # ---------------------------------------------------------------- N9
    dict(
        toc='宁波市鄞州区支持外贸企业开拓国际市场若干政策',
        title_lines=['宁波市鄞州区支持外贸企业', '开拓国际市场若干政策'],
        bracket='（鄞政办发〔2025〕27号）',
        blocks=[
            ('p', '为支持我区外贸企业稳订单、拓市场，制定以下政策。'),
            ('h1', '一、支持企业参加境外展会'),
            ('p', '1.对企业参加区商务局重点推荐的境外展会，按展位费的70%给予补助，单个展会最高5万元。'),
            ('p', '2.对企业参加其他境外展会，按展位费的50%给予补助，单家企业年度最高20万元。'),
            ('h1', '二、支持企业开展国际认证'),
            ('p', '1.对企业取得CE、UL、FDA等国际产品认证的，按认证费用的50%给予补助，单家企业年度最高10万元。'),
            ('h1', '三、支持出口信用保险'),
            ('p', '1.对企业投保短期出口信用保险，按实缴保费的50%给予补助；对年出口额500万美元以下的小微企业，实行统保全额补助。'),
            ('h1', '四、附则'),
            ('p', '1.本政策与区内其他同类政策有重复的，按照“就高不重复”原则执行。'),
            ('p', '2.本政策自2025年7月1日起施行，有效期至2026年6月30日。'),
        ],
        sign=dict(style='lines', orgs=['宁波市鄞州区人民政府办公室'], date='2025年6月18日'),
        meta=meta('宁波市鄞州区支持外贸企业开拓国际市场若干政策', '鄞政办发〔2025〕27号',
                  ['宁波市鄞州区人民政府办公室'], '2025-06-18', 'county', '宁波市鄞州区', '政策',
                  effective='2025-07-01', expires='2026-06-30'),
        brk='empty_para',
    ),
]


def build_ningbo(path, toc_pages):
    doc = Document()
    numbering = Numbering(doc)
    s0 = doc.sections[0]
    a4(s0)
    # ---- cover in a borderless layout table
    empty(doc, 3)
    t = doc.add_table(rows=6, cols=1)
    no_borders(t)
    cell_text(t.rows[0].cells[0], '宁波市优化营商环境', east=XBS, size=30)
    cell_text(t.rows[1].cells[0], '惠企政策汇编', east=XBS, size=30)
    cell_text(t.rows[2].cells[0], '（2025年版）', east=KT, size=18)
    cell_text(t.rows[3].cells[0], '', size=16)
    cell_text(t.rows[4].cells[0], '宁波市优化营商环境工作领导小组办公室　编', east=KT, size=16)
    cell_text(t.rows[5].cells[0], '二〇二五年七月', east=KT, size=16)
    for r in t.rows:
        r.height = Cm(2.2)
    # ---- front matter section: 编印说明 + 目录, roman page numbers
    s1 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4(s1)
    s1.header.is_linked_to_previous = False
    s1.footer.is_linked_to_previous = False
    page_header(s1.header, NB_BOOK, align=RIGHT)
    page_footer(s1.footer, align=CENTER, dash=False, size=10.5)
    pg_num(s1, 1, 'upperRoman')
    para(doc, '编 印 说 明', east=XBS, size=22, line=36, first=0, align=CENTER)
    empty(doc)
    para(doc, '为便于广大企业和基层工作人员全面了解、用足用好各项惠企政策，我办对2025年以来市、区（县、市）两级及有关功能区出台的优化营商环境和惠企政策进行了梳理，汇编成册。')
    para(doc, '本汇编共收录政策文件9件，分为综合类、开放型经济类、功能区及区县类三个部分。各政策的申报条件、兑现流程以正式印发文件为准，如有疑问请咨询政策发布部门或拨打12345政务服务便民热线。')
    empty(doc, 2)
    para(doc, '宁波市优化营商环境工作领导小组办公室', first=0, align=RIGHT, right=32)
    para(doc, '2025年7月', first=0, align=RIGHT, right=96)
    page_break_para(doc)
    para(doc, '目　　录', east=XBS, size=22, line=36, first=0, align=CENTER)
    empty(doc)
    for i, pol in enumerate(NB_POLICIES):
        if pol.get('part'):
            para(doc, pol['part'], east=HT, first=0, before=6)
        p = para(doc, pol['toc'] + '\t' + str(toc_pages[i]), first=0, left=32)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT,
                                                  WD_TAB_LEADER.DOTS)
    # ---- body section, arabic numbers restart at 1
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4(s2)
    s2.footer.is_linked_to_previous = False
    page_footer(s2.footer, align=CENTER, dash=True, size=14)
    pg_num(s2, 1)
    objs = []
    for i, pol in enumerate(NB_POLICIES):
        if i > 0:
            if pol['brk'] == 'empty_para':
                page_break_para(doc)
        first_line_pbb = (i > 0 and pol['brk'] == 'pbb')
        if pol.get('part'):
            para(doc, pol['part'], east=HT, first=0, align=LEFT, pbb=first_line_pbb)
            empty(doc)
            first_line_pbb = False
        if first_line_pbb:
            # page break before on the first title line
            pol = dict(pol)
            start = len(doc.paragraphs)
            objs.append(render_policy(doc, pol, numbering))
            doc.paragraphs[start].paragraph_format.page_break_before = True
        else:
            objs.append(render_policy(doc, pol, numbering))
    doc.save(path)
    return objs


# ================================================================= XI'AN

XA_BOOK = '西安国际港务区惠企政策汇编（2025年第一辑）'

XA_POLICIES = [
    # ---------------------------------------------------------------- X1
    dict(
        toc='关于支持中欧班列“长安号”高质量发展的若干措施',
        title_lines=['关于支持中欧班列“长安号”', '高质量发展的若干措施'],
        bracket='（陕政办发〔2025〕6号）',
        blocks=[
            ('split', '为加快推进中欧班列“长安号”高质量发展，更好服务共建“一带一路”',
             '和内陆地区高水平对外开放，提出以下措施。'),
            ('ri', '一、优化线路布局。', '稳定运行西安至阿拉木图、塔什干、汉堡、布达佩斯等干线通道，加密跨里海国际运输走廊班列，到2026年开行线路稳定在18条以上。', 'hei'),
            ('ri', '二、提升集结能力。', '支持西安国际港站扩能改造，建设中欧班列集结中心，推动省内各市（区）货源向西安集结，对集结货物给予短驳运费补助。', 'hei'),
            ('ri', '三、培育“班列+”产业。', '支持依托中欧班列发展进口商品分拨、跨境电商、保税加工等业态，对年度进口货值超过1亿元的分拨企业给予最高100万元奖励。', 'hei'),
            ('ri', '四、推进多式联运。', '推广“一单制”多式联运，支持开展中欧班列与航空、海运联运业务，探索铁路运输单证物权化。', 'hei'),
            ('ri', '五、强化通关保障。', '推行“铁路快通”模式，对中欧班列进出口货物实行优先查验、优先放行。', 'hei'),
        ],
        sign=dict(style='spaces', orgs=['陕西省人民政府办公厅'], date='2025年2月14日', pad=14),
        meta=meta('关于支持中欧班列“长安号”高质量发展的若干措施', '陕政办发〔2025〕6号',
                  ['陕西省人民政府办公厅'], '2025-02-14', 'provincial', '陕西省', '措施'),
        sect=WD_SECTION.NEW_PAGE,
    ),
    # ---------------------------------------------------------------- X2
    dict(
        toc='西安市支持跨境电子商务综合试验区建设若干措施',
        title_lines=['西安市支持跨境电子商务综合试验区建设若干措施'],
        bracket='（市政办发〔2025〕9号）',
        blocks=[
            ('p', '为加快中国（西安）跨境电子商务综合试验区建设，推动外贸新业态新模式发展，制定以下措施。'),
            ('p', '1．支持跨境电商企业集聚。对新落户我市且年度跨境电商交易额超过5000万元的企业，给予一次性落户奖励30万元。'),
            ('p', '2．支持跨境电商监管场所建设。对新建并通过海关验收的跨境电商监管作业场所，按建设投入的30%给予补助，最高300万元。'),
            ('p', '3．支持独立站和品牌出海。对企业自建跨境电商独立站且年度交易额超过1000万元的，给予最高20万元奖励。'),
            ('p', '4．支持公共海外仓建设。对经认定的市级公共海外仓，给予最高100万元补助。'),
            ('p', '5．本措施自2025年4月1日起施行，有效期至2027年3月31日。'),
        ],
        sign=dict(style='spaces', orgs=['西安市人民政府办公厅'], date='2025年3月5日', pad=14),
        meta=meta('西安市支持跨境电子商务综合试验区建设若干措施', '市政办发〔2025〕9号',
                  ['西安市人民政府办公厅'], '2025-03-05', 'municipal', '西安市', '措施',
                  effective='2025-04-01', expires='2027-03-31'),
        sect=WD_SECTION.NEW_PAGE,
    ),
    # ---------------------------------------------------------------- X3
    dict(
        toc='中国（陕西）自由贸易试验区西安国际港务区功能区制度创新奖励办法',
        title_lines=['中国（陕西）自由贸易试验区西安国际港务区', '功能区制度创新奖励办法'],
        title_mode='soft',
        bracket='（西安国际港务区管理委员会　2025年2月20日）',
        blocks=[
            ('art', '第一条', '为鼓励自贸试验区制度创新，形成更多可复制可推广的改革经验，制定本办法。'),
            ('art', '第二条', '本办法适用于功能区内各部门、各单位以及区内企业围绕投资、贸易、金融、监管等领域开展的制度创新。'),
            ('art', '第三条', '制度创新成果被国务院或者国家部委复制推广的，给予牵头单位20万元奖励；被省级复制推广的，给予10万元奖励；入选省级最佳实践案例的，给予5万元奖励。'),
            ('art', '第四条', '同一创新成果按最高级别给予奖励，不重复奖励。'),
            ('art', '第五条', '本办法自2025年3月1日起施行。'),
        ],
        sign=None,
        meta=meta('中国（陕西）自由贸易试验区西安国际港务区功能区制度创新奖励办法', None,
                  ['西安国际港务区管理委员会'], '2025-02-20', 'zone',
                  '中国（陕西）自由贸易试验区西安国际港务区功能区', '办法', effective='2025-03-01'),
        sect=WD_SECTION.NEW_PAGE,
    ),
    # ---------------------------------------------------------------- X4
    dict(
        toc='西安综合保税区促进加工贸易和保税物流发展扶持办法',
        title_lines=['西安综合保税区促进加工贸易和', '保税物流发展扶持办法'],
        bracket='（西综保发〔2025〕3号）',
        blocks=[
            ('art', '第一条', '为促进西安综合保税区加工贸易和保税物流产业发展，制定本办法。'),
            ('art', '第二条', '对区内加工贸易企业年度进出口额同比增长达到以下标准的，按照下表给予奖励：'),
            ('tbl', ['年度进出口额', '同比增长', '奖励金额'], [
                ['5亿美元以上', '10%以上', '200万元'],
                ['1亿美元至5亿美元', '15%以上', '100万元'],
                ['1000万美元至1亿美元', '20%以上', '30万元'],
            ], [6.2, 4.5, 4.5]),
            ('art', '第三条', '对新引进的保税物流企业，租用区内仓储设施面积超过5000平方米的，前2年按租金的30%给予补贴。'),
            ('art', '第四条', '对开展期货保税交割、保税展示交易等新业务的企业，给予一次性奖励20万元。'),
            ('art', '第五条', '本办法由西安综合保税区管理委员会负责解释，自2025年4月1日起施行，有效期至2026年12月31日。'),
        ],
        sign=dict(style='lines', orgs=['西安综合保税区管理委员会'], date='2025年3月18日'),
        meta=meta('西安综合保税区促进加工贸易和保税物流发展扶持办法', '西综保发〔2025〕3号',
                  ['西安综合保税区管理委员会'], '2025-03-18', 'zone', '西安综合保税区', '办法',
                  effective='2025-04-01', expires='2026-12-31'),
        sect=WD_SECTION.NEW_PAGE,
    ),
    # ---------------------------------------------------------------- X5
    dict(
        toc='西安国际港务区促进外商投资奖励办法',
        title_lines=['西安国际港务区促进外商投资奖励办法'],
        bracket='（西港管发〔2025〕11号）',
        blocks=[
            ('art', '第一条', '为进一步扩大利用外资规模，提高利用外资质量，根据《中华人民共和国外商投资法》等有关规定，结合港务区实际，制定本办法。'),
            ('art', '第二条', '对新设外商投资企业，当年实际到资达到500万美元以上的，按实际到资额的2%给予奖励，最高1000万元。'),
            ('art', '第三条', '对外商投资企业增资扩股、实际到资达到1000万美元以上的，按增资额的1%给予奖励，最高500万元。'),
            ('art', '第四条', '对世界500强企业在港务区设立独立法人企业的，额外给予200万元落户奖励。'),
            ('art', '第五条', '本办法自2025年4月1日起施行。2022年印发的《西安国际港务区招商引资优惠政策（外资部分）》同时废止。'),
        ],
        sign=dict(style='lines', orgs=['西安国际港务区管理委员会'], date='2025年3月25日'),
        meta=meta('西安国际港务区促进外商投资奖励办法', '西港管发〔2025〕11号',
                  ['西安国际港务区管理委员会'], '2025-03-25', 'zone', '西安国际港务区', '办法',
                  effective='2025-04-01',
                  repeals='《西安国际港务区招商引资优惠政策（外资部分）》'),
        sect=WD_SECTION.ODD_PAGE,
    ),
    # ---------------------------------------------------------------- X6
    dict(
        toc='西安国际港务区中小微企业纾困解难“十条”',
        title_lines=['西安国际港务区中小微企业纾困解难“十条”'],
        bracket='（西港管发〔2025〕14号）',
        blocks=[
            ('p', '为帮助中小微企业渡过难关、恢复发展，制定以下措施。'),
            ('auto', 'chineseCounting', '%1、', [
                ('房租减免。', '对租用区属国有企业经营性用房的中小微企业，免收3个月房租。'),
                ('融资担保。', '区属融资担保公司对中小微企业担保费率降至1%以下。'),
                ('贷款贴息。', '对中小微企业新增流动资金贷款，按贷款市场报价利率（LPR）的30%给予贴息，单家企业最高50万元。'),
                ('稳岗补贴。', '对不裁员或少裁员的中小微企业，按规定返还失业保险费。'),
                ('社保缓缴。', '对生产经营暂时困难的中小微企业，可申请缓缴养老、失业、工伤保险单位缴费部分，缓缴期限最长6个月。'),
                ('政府采购。', '预留面向中小企业的采购份额不低于40%。'),
                ('账款清欠。', '机关、事业单位和大型企业不得拖欠中小微企业账款，对拖欠问题实行“清单化”管理。'),
                ('物流补助。', '对中小微企业通过中欧班列“长安号”出口货物的，按每标箱300元给予补助。'),
                ('服务专员。', '为每家规上中小企业配备1名服务专员。'),
                ('诉求办理。', '企业诉求通过“港务区企业服务热线”实行“接诉即办”，3个工作日内答复。'),
            ]),
            ('p', '本措施自印发之日起实施，有效期至2025年12月31日。'),
        ],
        sign=dict(style='lines', orgs=['西安国际港务区管理委员会'], date='2025年4月2日'),
        meta=meta('西安国际港务区中小微企业纾困解难“十条”', '西港管发〔2025〕14号',
                  ['西安国际港务区管理委员会'], '2025-04-02', 'zone', '西安国际港务区', '措施',
                  effective='2025-04-02', expires='2025-12-31'),
        sect=WD_SECTION.NEW_PAGE,
    ),
    # ---------------------------------------------------------------- X7
    dict(
        toc='关于进一步提升跨境贸易便利化水平的通知',
        title_lines=['西安国际港务区管理委员会', '关于进一步提升跨境贸易便利化水平的通知'],
        bracket='（西港管发〔2025〕17号）',
        zhusong='区属各部门，各有关企业：',
        blocks=[
            ('p', '为进一步压缩整体通关时间，降低进出口环节合规成本，现就有关事项通知如下：'),
            ('auto', 'chineseCounting', '%1、', [
                '推广“提前申报”“两步申报”等通关模式，提前申报率力争达到80%以上。',
                '推行西安国际港站集装箱“铁路快通”，实现进出口货物在港站“一次查验、直接放行”。',
                '实行进出口环节收费目录清单制度，清单之外一律不得收费。',
                '各部门要按照职责分工抓好落实，重要情况及时报告区管委会。',
            ]),
            ('p', '联系人：区营商环境服务局　王磊，电话：029-83361234。'),
        ],
        sign=dict(style='lines', orgs=['西安国际港务区管理委员会'], date='2025年4月10日'),
        meta=meta('西安国际港务区管理委员会关于进一步提升跨境贸易便利化水平的通知', '西港管发〔2025〕17号',
                  ['西安国际港务区管理委员会'], '2025-04-10', 'zone', '西安国际港务区', '通知',
                  recipients=['区属各部门', '各有关企业']),
        sect=WD_SECTION.NEW_PAGE,
    ),
    # ---------------------------------------------------------------- X8
    dict(
        toc='西安国际港务区人才安居实施办法（试行）',
        title_lines=['西安国际港务区人才安居实施办法（试行）'],
        bracket='（西港管发〔2025〕19号）',
        blocks=[
            ('art', '第一条', '为吸引和留住各类人才，为港务区高质量发展提供人才支撑，制定本办法。'),
            ('art', '第二条', '对在港务区企业全职工作的A类、B类、C类人才，分别给予每月5000元、3000元、1500元租房补贴，期限最长3年。'),
            ('art', '第三条', '对首次在港务区购买自住商品住房的D类人才，给予一次性购房补贴10万元。'),
            ('art', '第四条', '人才分类标准按照《西安市人才分类目录》执行。'),
            ('art', '第五条', '本办法自2025年5月1日起施行，试行期至2027年4月30日。'),
        ],
        attach_lines=['附件：西安国际港务区人才安居补贴申请表'],
        sign=dict(style='lines', orgs=['西安国际港务区管理委员会'], date='2025年4月16日'),
        meta=meta('西安国际港务区人才安居实施办法（试行）', '西港管发〔2025〕19号',
                  ['西安国际港务区管理委员会'], '2025-04-16', 'zone', '西安国际港务区', '办法',
                  effective='2025-05-01', expires='2027-04-30',
                  attachments=['西安国际港务区人才安居补贴申请表']),
        sect=WD_SECTION.NEW_PAGE,
    ),
]


def build_xian(path, toc_pages):
    doc = Document()
    doc.settings.odd_and_even_pages_header_footer = True
    numbering = Numbering(doc)
    s0 = doc.sections[0]
    a4(s0)
    # ---- cover: plain paragraphs pushed down with empty lines
    empty(doc, 5)
    para(doc, '西安国际港务区', east=XBS, size=36, line=54, first=0, align=CENTER)
    para(doc, '惠企政策汇编', east=XBS, size=36, line=54, first=0, align=CENTER)
    para(doc, '（2025年第一辑）', east=KT, size=18, line=36, first=0, align=CENTER)
    empty(doc, 8)
    para(doc, '西安国际港务区管理委员会营商环境服务局　编印', east=KT, first=0, align=CENTER)
    para(doc, '2025年4月', east=KT, first=0, align=CENTER)
    # ---- TOC: own section (no header/footer), a borderless 2-col table, typed dots
    s1 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4(s1)
    para(doc, '目　录', east=HT, size=22, line=36, first=0, align=CENTER)
    empty(doc)
    t = doc.add_table(rows=len(XA_POLICIES), cols=2)
    no_borders(t)
    for i, pol in enumerate(XA_POLICIES):
        txt = pol['toc']
        n = len(txt) % 26
        dots = '…' * max(2, 25 - n)
        cell_text(t.rows[i].cells[0], txt + dots, east=FS, size=15, align=LEFT)
        cell_text(t.rows[i].cells[1], str(toc_pages[i]), east=FS, size=15, align=RIGHT)
    t.autofit = False
    for col, w in zip(t.columns, (14.0, 1.4)):
        col.width = Cm(w)
    set_col_widths(t, [14.0, 1.4])
    # ---- body: one section per policy
    objs = []
    for i, pol in enumerate(XA_POLICIES):
        s = doc.add_section(pol['sect'])
        a4(s)
        if i == 0:
            s.header.is_linked_to_previous = False
            s.even_page_header.is_linked_to_previous = False
            s.footer.is_linked_to_previous = False
            s.even_page_footer.is_linked_to_previous = False
            page_header(s.header, XA_BOOK, align=RIGHT)
            page_header(s.even_page_header, '西安国际港务区·惠企政策汇编', align=LEFT)
            page_footer(s.footer, align=RIGHT, dash=True, size=14)
            page_footer(s.even_page_footer, align=LEFT, dash=True, size=14)
            pg_num(s, 1)
        else:
            old = s._sectPr.find(qn('w:pgNumType'))
            if old is not None:
                s._sectPr.remove(old)
        objs.append(render_policy(doc, pol, numbering))
        if i == 1:
            empty(doc, 3)   # stray empty paragraphs at the end of a policy
    # ---- back cover (not a document)
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    a4(s)
    old = s._sectPr.find(qn('w:pgNumType'))
    if old is not None:
        s._sectPr.remove(old)
    empty(doc, 12)
    para(doc, '西安国际港务区企业服务中心', east=HT, first=0, align=CENTER)
    para(doc, '地址：西安国际港务区港务大道99号', first=0, align=CENTER)
    para(doc, '企业服务热线：029-83360000', first=0, align=CENTER)
    para(doc, '（内部资料　免费赠阅）', east=KT, first=0, align=CENTER)
    doc.save(path)
    return objs


# ================================================================= ZHENGZHOU

ZZ_MEASURES = dict(
    title_lines=['郑州市进一步优化营商环境十条措施'],
    blocks=[
        ('p', '为深入贯彻落实党中央、国务院和省委、省政府关于优化营商环境的决策部署，对标国际一流水平，打造“郑好办”营商环境品牌，制定以下措施。'),
        ('h1', '一、提升政务服务效能'),
        ('ri', '（一）深化“高效办成一件事”改革。', '2025年底前，企业信息变更、开办餐饮店、企业破产信息核查等“一件事”实现线上“一网通办”、线下“一窗受理”。', 'kai'),
        ('ri', '（二）压缩重点事项办理时限。', '以下事项办理时限按照下表压缩：', 'kai'),
        ('tbl', ['序号', '事项名称', '法定时限', '压缩后时限'], [
            ['1', '企业开办', '3个工作日', '0.5个工作日'],
            ['2', '不动产登记（企业间转移）', '5个工作日', '1个工作日'],
            ['3', '社会投资低风险项目施工许可', '7个工作日', '2个工作日'],
            ['4', '水电气接入', '10个工作日', '3个工作日'],
        ], [1.6, 6.6, 3.4, 3.6]),
        ('h1', '二、降低企业经营成本'),
        ('ri', '（一）落实减税降费政策。', '落实国家结构性减税降费政策，确保各项税费优惠直达快享。', 'kai'),
        ('ri', '（二）实行“欠费不停供”。', '对中小微企业和个体工商户实行“欠费不停供”服务，自来水、电力、燃气等公用事业欠费的给予6个月缓冲期。', 'kai'),
        ('h1', '三、提升跨境贸易便利化水平'),
        ('ri', '（一）', '推动中欧班列（中豫号）扩量提质，对新开辟的国际线路给予运营平台最高200万元奖励。', 'kai'),
        ('ri', '（二）', '支持郑州航空港经济综合实验区、郑州经开综合保税区、郑州新郑综合保税区开展保税研发、保税维修等新业态。', 'kai'),
        ('ri', '（三）', '深化跨境电商零售进口“1210”模式创新，推动跨境电商进口药品和医疗器械试点扩大品类。', 'kai'),
        ('ri', '四、加大金融支持力度。', '深入开展“万人助万企”融资对接活动，推广“郑好融”平台，2025年新增普惠小微贷款500亿元以上。对政府性融资担保机构为小微企业提供担保的，担保费率降至1%以下。', 'hei'),
        ('ri', '五、强化要素保障。', '推行工业用地“标准地”出让，实行新增工业用地长期租赁、先租后让、弹性年期供应。', 'hei'),
        ('ri', '六、保障外资企业国民待遇。', '全面落实外商投资准入前国民待遇加负面清单管理制度，保障外资企业依法平等参与政府采购、招标投标和标准制定。', 'hei'),
        ('ri', '七、规范涉企执法检查。', '推行“综合查一次”，同一部门对同一企业年度现场检查原则上不超过1次。', 'hei'),
        ('ri', '八、加强知识产权保护。', '加快中国（郑州）知识产权保护中心建设，专利预审授权周期压缩至3个月以内。', 'hei'),
        ('ri', '九、构建亲清政商关系。', '建立市级领导干部联系重点企业制度，畅通“万人助万企”诉求直达渠道。', 'hei'),
        ('ri', '十、强化督导考核。', '将各项措施落实情况纳入年度目标考核，对工作不力、企业反映强烈的单位和个人严肃追责问责。', 'hei'),
        ('p', '本措施自2025年10月1日起施行，有效期至2027年9月30日。此前本市出台的相关政策与本措施不一致的，以本措施为准。'),
    ],
)


def build_zhengzhou(path):
    doc = Document()
    doc.settings.odd_and_even_pages_header_footer = True
    numbering = Numbering(doc)
    s = doc.sections[0]
    a4(s)
    page_footer(s.footer, align=RIGHT, dash=True, size=14)
    page_footer(s.even_page_footer, align=LEFT, dash=True, size=14)
    # ---- 版头
    empty(doc)
    para(doc, '郑州市人民政府办公厅文件', east=XBS, size=34, line=50, first=0, align=CENTER,
         color='FF0000')
    empty(doc)
    p = para(doc, '郑政办〔2025〕15号', first=0, align=CENTER)
    border(p, 'bottom', 'FF0000', 18, 8)
    empty(doc)
    # ---- notice
    notice_title = '郑州市人民政府办公厅关于印发郑州市进一步优化营商环境十条措施的通知'
    para(doc, '郑州市人民政府办公厅\n关于印发郑州市进一步优化营商环境', east=XBS, size=22, line=36,
         first=0, align=CENTER)
    para(doc, '十条措施的通知', east=XBS, size=22, line=36, first=0, align=CENTER)
    empty(doc)
    para(doc, '各开发区管委会，各区县（市）人民政府，市人民政府各部门，各有关单位：', first=0)
    body = '《郑州市进一步优化营商环境十条措施》已经市人民政府同意，现印发给你们，请结合实际认真贯彻落实。'
    para(doc, body)
    empty(doc, 2)
    para(doc, '郑州市人民政府办公厅', first=0, align=RIGHT, right=64)
    para(doc, '2025年9月8日', first=0, align=RIGHT, right=80)
    para(doc, '（此件公开发布）')
    notice = {
        'meta': meta(notice_title, '郑政办〔2025〕15号', ['郑州市人民政府办公厅'], '2025-09-08',
                     'municipal', '郑州市', '通知',
                     recipients=['各开发区管委会', '各区县（市）人民政府', '市人民政府各部门', '各有关单位'],
                     publicity='此件公开发布'),
        'clauses': [body],
    }
    # ---- the measures, new page
    page_break_para(doc)
    clauses = []
    para(doc, ZZ_MEASURES['title_lines'][0], east=XBS, size=22, line=36, first=0, align=CENTER)
    empty(doc)
    render_blocks(doc, ZZ_MEASURES['blocks'], clauses, numbering)
    measures = {
        'meta': meta('郑州市进一步优化营商环境十条措施', '郑政办〔2025〕15号', ['郑州市人民政府办公厅'],
                     '2025-09-08', 'municipal', '郑州市', '措施',
                     effective='2025-10-01', expires='2027-09-30'),
        'clauses': clauses,
    }
    # ---- 版记
    empty(doc, 4)
    p = para(doc, '抄送：市委各部门，郑州警备区。市人大常委会办公厅，市政协办公厅，市监委，市法院，市检察院。',
             first=0, size=14, left=14, right=14)
    border(p, 'top', '000000', 12, 1)
    border(p, 'bottom', '000000', 4, 1)
    p = para(doc, '郑州市人民政府办公厅　　　　　　　　　2025年9月8日印发', first=0, size=14, left=14)
    border(p, 'bottom', '000000', 12, 1)
    doc.save(path)
    return [notice, measures]


# ================================================================= driver

def to_pdf(docx_path):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_538', '--headless',
                    '--convert-to', 'pdf', '--outdir', HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return docx_path[:-5] + '.pdf'


def squash(text):
    return ''.join(ch for ch in text if not ch.isspace() and ch not in '“”"')


def find_pages(pdf_path, policies):
    """Booklet page numbers of each policy (located by its bracket line under
    the title), counted from the page of the first policy."""
    try:
        from pypdf import PdfReader
        texts = [squash(pg.extract_text() or '') for pg in PdfReader(pdf_path).pages]
    except Exception:
        return None
    idxs = []
    for pol in policies:
        key = squash(pol['bracket'])
        hit = next((i for i, t in enumerate(texts) if key in t), None)
        if hit is None:
            return None
        idxs.append(hit)
    base = idxs[0]
    return [i - base + 1 for i in idxs]


def booklet(builder, stem, policies, guess):
    path = os.path.join(HERE, stem + '.docx')
    pages = guess
    objs = builder(path, pages)
    pdf = to_pdf(path)
    for _ in range(2):
        found = find_pages(pdf, policies)
        if not found or found == pages:
            break
        pages = found
        objs = builder(path, pages)
        pdf = to_pdf(path)
    return objs


def main():
    expected = {}
    expected['blind538_ningbo_huibian'] = booklet(
        build_ningbo, 'blind538_ningbo_huibian', NB_POLICIES,
        [1, 3, 5, 7, 9, 11, 13, 15, 17])
    expected['blind538_xian_huibian'] = booklet(
        build_xian, 'blind538_xian_huibian', XA_POLICIES,
        [1, 2, 3, 4, 5, 7, 8, 9])
    zz = os.path.join(HERE, 'blind538_zhengzhou_shitiao.docx')
    expected['blind538_zhengzhou_shitiao'] = build_zhengzhou(zz)
    to_pdf(zz)
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
