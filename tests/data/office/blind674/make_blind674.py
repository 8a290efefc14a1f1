# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 674: 跨境电商企业备案通知 + 内容控件申请表/备案表."""
import os
import json
import subprocess
from xml.sax.saxutils import escape

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
W14_NS = 'http://schemas.microsoft.com/office/word/2010/wordml'
NS = 'xmlns:w="%s" xmlns:w14="%s"' % (W_NS, W14_NS)

FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
RED = 'FF0000'

_ID = [-1854013000]


def nid():
    _ID[0] += 137
    return _ID[0]


def rpr_xml(font=FS, size=12, bold=False, color=None, style=None):
    af = 'Times New Roman' if font == FS else font
    s = '<w:rPr>'
    if style:
        s += '<w:rStyle w:val="%s"/>' % style
    s += '<w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:hint="eastAsia"/>' % (af, font, af)
    if bold:
        s += '<w:b/><w:bCs/>'
    if color:
        s += '<w:color w:val="%s"/>' % color
    s += '<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>' % (int(size * 2), int(size * 2))
    return s


# ---------------------------------------------------------------- parts
# A part is ('t', text, fmt) or ('x', element, printed_text)

def T(text, **fmt):
    return ('t', text, fmt)


def S_text(value, alias, size=12, font=FS):
    """Plain text content control; value None -> placeholder shown."""
    if value is None:
        txt, plc, rs = '单击或点击此处输入文字。', '<w:showingPlcHdr/>', 'PlaceholderText'
    else:
        txt, plc, rs = value, '', None
    xml = ('<w:sdt %s><w:sdtPr>%s<w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>%s'
           '<w:text/></w:sdtPr><w:sdtContent><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>'
           '</w:sdtContent></w:sdt>') % (NS, rpr_xml(font, size), escape(alias), escape(alias), nid(), plc,
                                         rpr_xml(font, size, style=rs), escape(txt))
    return ('x', parse_xml(xml), txt)


def S_drop(items, chosen, alias, size=12, font=FS):
    li = '<w:listItem w:displayText="选择一项。" w:value=""/>'
    li += ''.join('<w:listItem w:displayText="%s" w:value="%s"/>' % (escape(i), escape(i)) for i in items)
    if chosen is None:
        txt, plc, rs, last = '选择一项。', '<w:showingPlcHdr/>', 'PlaceholderText', ''
    else:
        assert chosen in items
        txt, plc, rs, last = chosen, '', None, ' w:lastValue="%s"' % escape(chosen)
    xml = ('<w:sdt %s><w:sdtPr>%s<w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>%s'
           '<w:dropDownList%s>%s</w:dropDownList></w:sdtPr><w:sdtContent><w:r>%s<w:t>%s</w:t></w:r>'
           '</w:sdtContent></w:sdt>') % (NS, rpr_xml(font, size), escape(alias), escape(alias), nid(), plc,
                                         last, li, rpr_xml(font, size, style=rs), escape(txt))
    return ('x', parse_xml(xml), txt)


def S_date(iso, alias, size=12, font=FS):
    if iso:
        y, m, d = (int(v) for v in iso.split('-'))
        txt, fd, plc, rs = '%d年%d月%d日' % (y, m, d), ' w:fullDate="%sT00:00:00Z"' % iso, '', None
    else:
        txt, fd, plc, rs = '单击或点击此处输入日期。', '', '<w:showingPlcHdr/>', 'PlaceholderText'
    xml = ('<w:sdt %s><w:sdtPr>%s<w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>%s'
           '<w:date%s><w:dateFormat w:val="yyyy\'年\'M\'月\'d\'日\'"/><w:lid w:val="zh-CN"/>'
           '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
           '<w:sdtContent><w:r>%s<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>') % (
        NS, rpr_xml(font, size), escape(alias), escape(alias), nid(), plc, fd,
        rpr_xml(font, size, style=rs), txt)
    return ('x', parse_xml(xml), txt)


def S_cb(checked, alias, size=12):
    ch = '☒' if checked else '☐'
    xml = ('<w:sdt %s><w:sdtPr>%s<w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>'
           '<w14:checkbox><w14:checked w14:val="%d"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
           '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
           '<w:sdtContent><w:r>%s<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>') % (
        NS, rpr_xml('MS Gothic', size), escape(alias), escape(alias), nid(), 1 if checked else 0,
        rpr_xml('MS Gothic', size), ch)
    return ('x', parse_xml(xml), ch)


def printed(parts):
    out = []
    for p in parts:
        out.append(p[2] if p[0] == 'x' else p[1])
    return ''.join(out)


# ---------------------------------------------------------------- formatting helpers

def fmt_run(r, font=FS, size=16, bold=False, color=None):
    af = 'Times New Roman' if font == FS else font
    r.font.size = Pt(size)
    if bold:
        r.font.bold = True
    rPr = r._r.get_or_add_rPr()
    rf = rPr.get_or_add_rFonts()
    rf.set(qn('w:ascii'), af)
    rf.set(qn('w:hAnsi'), af)
    rf.set(qn('w:eastAsia'), font)
    rf.set(qn('w:hint'), 'eastAsia')
    if color:
        r.font.color.rgb = RGBColor.from_string(color)


ALIGN = {'j': WD_ALIGN_PARAGRAPH.JUSTIFY, 'c': WD_ALIGN_PARAGRAPH.CENTER,
         'l': WD_ALIGN_PARAGRAPH.LEFT, 'r': WD_ALIGN_PARAGRAPH.RIGHT}

PBDR_SUCC = ('w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap', 'w:overflowPunct',
             'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN', 'w:bidi', 'w:adjustRightInd',
             'w:snapToGrid', 'w:spacing', 'w:ind', 'w:contextualSpacing', 'w:mirrorIndents',
             'w:suppressOverlap', 'w:jc', 'w:textDirection', 'w:textAlignment', 'w:textboxTightWrap',
             'w:outlineLvl', 'w:divId', 'w:cnfStyle', 'w:rPr', 'w:sectPr', 'w:pPrChange')


def add_border(p, top=None, bottom=None):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement('w:pBdr')
    for side, spec in (('top', top), ('bottom', bottom)):
        if spec:
            e = OxmlElement('w:' + side)
            e.set(qn('w:val'), 'single')
            e.set(qn('w:sz'), str(spec[0]))
            e.set(qn('w:space'), '1')
            e.set(qn('w:color'), spec[1])
            bdr.append(e)
    pPr.insert_element_before(bdr, *PBDR_SUCC)


def fill_para(p, parts, font, size, bold, color):
    last = None
    for part in parts:
        if part == 'BR':
            if last is None:
                last = p.add_run()
            last.add_break()
            continue
        if part[0] == 't':
            f = dict(font=font, size=size, bold=bold, color=color)
            f.update(part[2])
            last = p.add_run(part[1])
            fmt_run(last, **f)
        else:
            p._p.append(part[1])
            last = None


class Builder:
    def __init__(self, stem):
        self.stem = stem
        self.doc = Document()
        self.clauses = []
        d = self.doc
        st = d.styles['Normal']
        st.font.size = Pt(16)
        st.font.name = 'Times New Roman'
        st.element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), FS)
        ph = d.styles.add_style('Placeholder Text', WD_STYLE_TYPE.CHARACTER)
        ph.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        sec = d.sections[0]
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
        sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
        sec.footer_distance = Cm(2.5)
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fmt_run(fp.add_run('— '), font='宋体', size=14)
        fp._p.append(parse_xml('<w:fldSimple %s w:instr=" PAGE "><w:r>%s<w:t>1</w:t></w:r></w:fldSimple>'
                               % (NS, rpr_xml('宋体', 14))))
        fmt_run(fp.add_run(' —'), font='宋体', size=14)
        self._num_next = 801

    # -- paragraphs
    def para(self, parts=(), clause=False, align='j', indent=2, font=FS, size=16, bold=False,
             color=None, line=28, before=0, after=0, label='', numid=None, container=None):
        parts = [T(x) if isinstance(x, str) and x != 'BR' else x for x in parts]
        cont = container if container is not None else self.doc
        p = cont.add_paragraph()
        pf = p.paragraph_format
        pf.alignment = ALIGN[align]
        if line:
            pf.line_spacing = Pt(line)
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if indent:
            pf.first_line_indent = Pt(size * indent)
        if numid is not None:
            numPr = p._p.get_or_add_pPr().get_or_add_numPr()
            numPr.get_or_add_ilvl().val = 0
            numPr.get_or_add_numId().val = numid
        fill_para(p, parts, font, size, bold, color)
        if clause:
            self.clauses.append(label + printed(parts))
        return p

    def blank(self, n=1, size=16):
        for _ in range(n):
            self.para([], indent=0, size=size)

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def heading1(self, text, numid=None):
        """一、xxx  黑体 heading on its own line (not a clause)."""
        return self.para([T(text, font=HT)], numid=numid)

    def wrap_block_sdt(self, p, alias):
        el = p._p if hasattr(p, '_p') else p
        sdt = parse_xml('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>'
                        '</w:sdtPr><w:sdtContent/></w:sdt>' % (NS, alias, alias, nid()))
        el.addprevious(sdt)
        sdt.find(qn('w:sdtContent')).append(el)
        return sdt

    # -- numbering (Word auto numbering, chineseCounting)
    def make_abstract(self, lvltext, font):
        numbering = self.doc.part.numbering_part.element
        aid = self._num_next
        self._num_next += 1
        xml = ('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
               '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
               '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
               '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>%s</w:lvl></w:abstractNum>') % (
            NS, aid, lvltext, rpr_xml(font, 16))
        el = parse_xml(xml)
        nums = numbering.findall(qn('w:num'))
        if nums:
            nums[0].addprevious(el)
        else:
            numbering.append(el)
        return aid

    def make_num(self, aid):
        numbering = self.doc.part.numbering_part.element
        num_id = self._num_next
        self._num_next += 1
        numbering.append(parse_xml(
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/><w:lvlOverride w:ilvl="0">'
            '<w:startOverride w:val="1"/></w:lvlOverride></w:num>' % (NS, num_id, aid)))
        return num_id

    # -- tables
    def table(self, header, rows, widths, clause=True, size=12, center_cols=()):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = self.doc.styles['Table Grid']
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            c = t.rows[0].cells[i]
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.line_spacing = Pt(20)
            fmt_run(p.add_run(h), font=HT, size=size)
        for ri, row in enumerate(rows, start=1):
            vals = []
            for ci, spec in enumerate(row):
                c = t.rows[ri].cells[ci]
                p = c.paragraphs[0]
                p.paragraph_format.line_spacing = Pt(20)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER if ci in center_cols else WD_ALIGN_PARAGRAPH.LEFT
                block = False
                if isinstance(spec, tuple) and spec and spec[0] == 'block':
                    block, spec = True, spec[1]
                parts = [spec] if isinstance(spec, (str, tuple)) else list(spec)
                parts = [T(x) if isinstance(x, str) else x for x in parts]
                fill_para(p, parts, FS, size, False, None)
                if block:
                    self.wrap_block_sdt(p, header[ci])
                vals.append(printed(parts))
            if clause:
                self.clauses.append('；'.join('%s：%s' % (h, v) for h, v in zip(header, vals)))
        t.autofit = False
        for ci, w in enumerate(widths):
            t.columns[ci].width = Cm(w)
        for row in t.rows:
            for ci, w in enumerate(widths):
                row.cells[ci].width = Cm(w)
        return t

    def save(self):
        path = os.path.join(HERE, self.stem + '.docx')
        self.doc.save(path)
        return path


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        e = OxmlElement('w:' + side)
        e.set(qn('w:val'), 'nil')
        b.append(e)
    tblPr.append(b)


def banji(b, chaosong, office, date_cn, gap=8):
    """版记: 抄送 / 印发 lines between black rules."""
    b.blank(2)
    p = b.para([T(chaosong, size=14)], indent=0, size=14, line=26)
    add_border(p, top=(8, '000000'), bottom=(4, '000000'))
    p = b.para([T(office + '\u3000' * gap + date_cn + '印发', size=14)], indent=0, size=14, line=26)
    add_border(p, bottom=(8, '000000'))


# ====================================================================== 1. 福州
def make_fuzhou():
    b = Builder('blind674_fuzhou_tongzhi')
    b.blank(2)
    b.para([T('福州市商务局文件', font=XBS, size=40, color=RED)], align='c', indent=0, size=40, line=None)
    b.blank(1)
    b.para(['榕商务〔2026〕18号'], align='c', indent=0)
    p = b.para([], indent=0, line=10)
    add_border(p, bottom=(18, RED))
    b.blank(1)
    b.para([T('福州市商务局关于开展2026年度', font=XBS, size=22), 'BR',
            T('跨境电子商务企业备案登记工作的通知', font=XBS, size=22)], align='c', indent=0, size=22, line=35)
    b.blank(1)
    recipients = ['各县（市）区商务主管部门', '福州新区管委会经济发展局',
                  '中国（福建）自由贸易试验区福州片区管委会', '福州综合保税区管委会', '各有关企业']
    b.para(['，'.join(recipients) + '：'], indent=0)

    C = lambda *parts: b.para(list(parts), clause=True)
    KB = lambda s: T(s, font=KT, bold=True)

    C('为贯彻落实《福建省进一步促进跨境电子商务高质量发展若干措施》，加快推进中国（福州）跨境电子商务综合试验区建设，'
      '全面摸清全市跨境电商经营主体底数，精准做好政策兑现和企业服务，市商务局决定开展2026年度跨境电子商务企业备案登记工作。'
      '现将有关事项通知如下：')
    b.heading1('一、备案范围')
    C('在福州市行政区域内依法注册登记、具有独立法人资格，从事跨境电商零售进出口（9610、1210）、跨境电商B2B直接出口（9710）、'
      '跨境电商出口海外仓（9810）业务的企业，以及为跨境电商提供平台、物流、支付、海外仓等综合服务的企业，均可申请备案。'
      '已于2025年度完成备案的企业，本年度须登录平台确认或更新备案信息，逾期未确认的视为自动退出名录库。')
    b.heading1('二、备案条件')
    C('（一）在福州市辖区内注册登记，且税收征管关系在本市；')
    C('（二）已在海关办理跨境电子商务企业注册登记或备案手续；')
    C('（三）近两年内无重大违法违规记录，未被列入严重失信主体名单；')
    C('（四）2025年度跨境电商进出口额不低于50万元人民币（2025年1月1日以后新注册的企业不受此限）。')
    b.heading1('三、备案程序')
    C(KB('（一）企业申报。'), '申请企业于2026年3月10日至4月30日期间，登录“福州市跨境电商公共服务平台”填报备案信息，'
      '下载并填写《福州市跨境电子商务企业备案申请表》（见附件），加盖企业公章后将扫描件上传至平台。')
    C(KB('（二）属地初审。'), '各县（市）区商务主管部门、福州新区管委会经济发展局、福州片区管委会、福州综合保税区管委会'
      '（以下统称“属地部门”）应在收到申请材料之日起10个工作日内完成初审；材料不全的，应一次性告知企业补正。')
    C(KB('（三）市级复核。'), '市商务局会同福州海关、市税务局等部门对初审通过的企业进行复核，必要时开展实地核查。')
    C(KB('（四）结果公布。'), '复核通过的企业纳入“福州市跨境电子商务企业名录库”，名单在福州市商务局门户网站公示，'
      '公示期为5个工作日。公示无异议的，由市商务局统一公布。')
    b.heading1('四、申报材料')
    C('1.《福州市跨境电子商务企业备案申请表》；')
    C('2.营业执照复印件；')
    C('3.海关跨境电子商务企业注册登记或备案回执；')
    C('4.2025年度跨境电商业务数据佐证材料（报关单、平台销售数据截图、第三方支付结算凭证等）。')
    C('以上材料复印件均须加盖企业公章，并注明“与原件一致”。')
    b.heading1('五、工作要求')
    C(KB('（一）加强宣传引导。'), '各属地部门要通过政务网站、微信公众号、政企座谈会等渠道广泛宣传，组织辖区内跨境电商企业应报尽报。')
    C(KB('（二）严格审核把关。'), '各属地部门要切实履行初审责任，确保申报信息真实、准确、完整。对提供虚假材料骗取备案的，'
      '取消其备案资格，3年内不再受理其备案申请。')
    C(KB('（三）实施动态管理。'), '纳入名录库的企业名称、注册地址、经营范围等信息发生变更的，应于变更之日起15个工作日内'
      '通过平台申请变更；企业注销或不再从事跨境电商业务的，应主动申请退出。')
    C('联系人：市商务局电子商务和服务贸易处\u3000林晓峰；联系电话：0591-83360219。')
    b.blank(1)
    att = '福州市跨境电子商务企业备案申请表'
    b.para(['附件：' + att])
    b.blank(3)
    b.para(['\u3000' * 18 + '福州市商务局'], indent=0)
    b.para(['\u3000' * 17 + '2026年2月26日'], indent=0)
    b.blank(1)
    b.para(['（此件公开发布）'])

    # ---- 附件
    b.page_break()
    b.para([T('附件', font=HT)], indent=0)
    b.blank(1)
    b.para([T(att, font=XBS, size=20)], align='c', indent=0, size=20, line=32, after=6)
    b.para([T('填报单位（盖章）：', size=14), S_text('福州闽通跨境供应链管理有限公司', '填报单位', size=14)],
           clause=True, indent=0, size=14, line=26)
    areas = ['鼓楼区', '台江区', '仓山区', '晋安区', '马尾区', '长乐区', '福清市', '闽侯县', '连江县', '罗源县',
             '闽清县', '永泰县', '福州新区', '中国（福建）自由贸易试验区福州片区', '福州综合保税区']
    types = ['跨境电商平台企业', '跨境电商企业（卖家）', '跨境电商物流企业', '跨境电商支付企业', '跨境电商综合服务企业']
    sp = T('\u3000')
    rows = [
        ['1', '企业名称', [S_text('福州闽通跨境供应链管理有限公司', '企业名称')]],
        ['2', '统一社会信用代码', [S_text('91350105MA8T4K2X6B', '统一社会信用代码')]],
        ['3', '注册地址', ('block', '福建省福州市马尾区江滨东大道108号福州综合保税区综合服务楼5层')],
        ['4', '所属区域', [S_drop(areas, '中国（福建）自由贸易试验区福州片区', '所属区域')]],
        ['5', '海关注册编码（10位）', [S_text(None, '海关注册编码')]],
        ['6', '企业类型', [S_drop(types, '跨境电商企业（卖家）', '企业类型')]],
        ['7', '主要业务模式（可多选）', [S_cb(True, '9610'), T('9610'), sp, S_cb(True, '9710'), T('9710'), sp,
                                      S_cb(False, '9810'), T('9810'), sp, S_cb(False, '1210'), T('1210')]],
        ['8', '2025年度跨境电商进出口额（万元）', [S_text('1286.5', '进出口额')]],
        ['9', '主要销售平台', [S_text(None, '主要销售平台')]],
        ['10', '海外仓情况', [S_cb(False, '自建'), T('自建'), sp, S_cb(True, '租用'), T('租用'), sp,
                            S_cb(False, '无'), T('无')]],
        ['11', '联系人', [S_text('陈思远', '联系人')]],
        ['12', '联系电话', [S_text('13905912736', '联系电话')]],
        ['13', '申请日期', [S_date('2026-03-05', '申请日期')]],
        ['14', '企业承诺', [S_cb(True, '企业承诺'),
                          T('本企业承诺所填信息及所附材料真实、准确、完整，如有虚假，愿承担相应法律责任。')]],
        ['15', '法定代表人（签字）', [S_text(None, '法定代表人')]],
        ['16', '属地部门初审意见', [S_drop(['同意', '不同意', '退回补正'], None, '初审意见')]],
    ]
    b.table(['序号', '项目', '填报内容'], rows, [1.4, 5.2, 9.0], center_cols=(0,))
    b.para([T('注：1.本表一式两份，属地部门、市商务局各存一份；', size=12)], clause=True, indent=0, size=12, line=20, before=4)
    b.para([T('2.“主要业务模式”可多选，请在对应选项前勾选；', size=12)], clause=True, indent=2, size=12, line=20)
    b.para([T('3.表中信息须与营业执照、海关备案信息保持一致。', size=12)], clause=True, indent=2, size=12, line=20)
    path = b.save()
    meta = {
        'title': '福州市商务局关于开展2026年度跨境电子商务企业备案登记工作的通知',
        'doc_number': '榕商务〔2026〕18号',
        'issuer': ['福州市商务局'],
        'date': '2026-02-26',
        'published': None,
        'level': 'municipal',
        'region': '福州市',
        'effective': None,
        'expires': None,
        'attachments': [att],
        'doc_type': '通知',
        'recipients': recipients,
        'publicity': '此件公开发布',
        'repeals': None,
    }
    return path, b.stem, [{'meta': meta, 'clauses': b.clauses}]


# ====================================================================== 2. 宁波
def make_ningbo():
    b = Builder('blind674_ningbo_tongzhi')
    b.blank(1)
    # joint 版头 as a borderless layout table
    t = b.doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    for i, org in enumerate(['宁波市商务局', '宁波市财政局']):
        p = t.cell(i, 0).paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        fmt_run(p.add_run(org), font=XBS, size=36, color=RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    p = m.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fmt_run(p.add_run('文件'), font=XBS, size=44, color=RED)
    tcPr = m._tc.get_or_add_tcPr()
    va = OxmlElement('w:vAlign')
    va.set(qn('w:val'), 'center')
    tcPr.append(va)
    t.autofit = False
    t.columns[0].width = Cm(10.5)
    t.columns[1].width = Cm(4.5)
    for row in t.rows:
        row.cells[0].width = Cm(10.5)
        row.cells[1].width = Cm(4.5)
    b.blank(1)
    b.para(['甬商务联〔2026〕6号'], align='c', indent=0)
    p = b.para([], indent=0, line=10)
    add_border(p, bottom=(18, RED))
    b.blank(1)
    b.para([T('宁波市商务局 宁波市财政局关于开展', font=XBS, size=22)], align='c', indent=0, size=22, line=35)
    b.para([T('跨境电子商务出口海外仓企业备案工作的通知', font=XBS, size=22)], align='c', indent=0, size=22,
           line=35)
    b.blank(1)
    recipients = ['各区（县、市）商务局', '各区（县、市）财政局', '中国（浙江）自由贸易试验区宁波片区管委会',
                  '宁波保税区管委会', '前湾新区管委会']
    b.para(['，'.join(recipients) + '：'], indent=0)

    a1 = b.make_abstract('%1、', HT)
    a2 = b.make_abstract('（%1）', FS)
    n1 = b.make_num(a1)
    CN = '一二三四五六七八九十'

    h_count = [0]

    def H(text):
        b.para([T(text, font=HT)], numid=n1)
        h_count[0] += 1

    state = {'num': None, 'k': 0}

    def new_sub():
        state['num'] = b.make_num(a2)
        state['k'] = 0

    def SUB(*parts):
        state['k'] += 1
        b.para(list(parts), clause=True, numid=state['num'], label='（%s）' % CN[state['k'] - 1])

    C = lambda *parts: b.para(list(parts), clause=True)
    BB = lambda s: T(s, bold=True)

    C('为贯彻落实《浙江省人民政府办公厅关于加快跨境电子商务高质量发展的实施意见》，推动我市跨境电商出口海外仓规范有序发展，'
      '提升海外仓对外贸新业态的支撑能力，市商务局、市财政局决定开展跨境电子商务出口海外仓企业（以下简称“海外仓企业”）备案工作。'
      '现就有关事项通知如下：')
    H('备案对象')
    C('在宁波市注册、具有独立法人资格，在境外自建、租赁或合作运营海外仓，并为跨境电商出口（含9810模式）提供仓储、分拣、'
      '配送、退换货等服务的企业。')
    H('备案条件')
    new_sub()
    SUB('海外仓企业已在海关办理跨境电子商务企业备案，且具备海外仓（9810）出口业务资质；')
    SUB('单个海外仓面积不低于2000平方米，或同一国家（地区）海外仓合计面积不低于5000平方米；')
    SUB('海外仓运营满6个月，具备仓储管理系统（WMS），能够与“宁波跨境电商公共服务平台”实现数据对接；')
    SUB('企业经营状况良好，近三年无重大安全生产事故和严重违法失信记录。')
    H('备案流程')
    new_sub()
    SUB(BB('网上申报。'), '企业于2026年4月1日至5月15日通过“宁波跨境电商公共服务平台”提交备案申请，'
        '并上传《宁波市跨境电子商务出口海外仓企业备案表》（见附件）及相关证明材料。')
    SUB(BB('属地审核。'), '各区（县、市）商务局会同同级财政局对企业申报材料进行审核，于2026年5月31日前将审核意见报市商务局。')
    SUB(BB('备案确认。'), '市商务局组织第三方机构对申报企业进行评估，对符合条件的海外仓企业予以备案确认，'
        '并在市商务局网站公布备案名单。')
    H('支持政策')
    new_sub()
    SUB('对新纳入备案的海外仓企业，按照海外仓实际使用面积给予每平方米不超过50元的一次性补助，单个企业补助总额最高不超过100万元。')
    SUB('对备案海外仓年度服务宁波市跨境电商出口企业数量超过30家的，再给予最高30万元奖励。')
    SUB('上述资金从市级商务促进专项资金中列支，具体按《宁波市商务促进专项资金管理办法》有关规定执行。'
        '同一项目已享受市级其他财政资金支持的，不重复支持。')
    H('其他事项')
    new_sub()
    SUB('备案实行有效期管理，有效期为两年。有效期届满前30日内，企业可申请延续备案。')
    SUB('对弄虚作假、骗取财政补助资金的企业，追回已拨付资金，取消备案资格，并按有关规定纳入公共信用信息平台。')
    SUB('本通知自2026年4月1日起施行，有效期至2028年3月31日。《宁波市商务局关于开展跨境电子商务海外仓备案工作的通知》'
        '（甬商务〔2023〕45号）同时废止。')
    C('联系方式：市商务局电子商务处，0574-89186532；市财政局经济建设处，0574-89388117。')
    b.blank(1)
    att = '宁波市跨境电子商务出口海外仓企业备案表'
    b.para(['附件：' + att])
    b.blank(3)
    b.para(['\u3000\u3000\u3000宁波市商务局' + '\u3000' * 8 + '宁波市财政局'], indent=0)
    b.para(['\u3000' * 17 + '2026年3月18日'], indent=0)
    b.blank(1)
    b.para(['（此件主动公开）'])

    # ---- 附件
    b.page_break()
    b.para([T('附件', font=HT)], indent=0)
    b.blank(1)
    b.para([T(att, font=XBS, size=20)], align='c', indent=0, size=20, line=32, after=6)
    b.para([T('一、企业基本情况', font=HT, size=14)], indent=0, size=14, line=26)
    rows = [
        ['企业名称', [S_text('宁波港澳通达国际物流有限公司', '企业名称')]],
        ['统一社会信用代码', [S_text('91330201MA2H7QW35N', '统一社会信用代码')]],
        ['注册地址', [S_text('浙江省宁波市北仑区保税区兴业大道28号', '注册地址')]],
        ['所属区（县、市）', [S_drop(['海曙区', '江北区', '北仑区', '镇海区', '鄞州区', '奉化区', '余姚市', '慈溪市',
                                   '宁海县', '象山县'], '北仑区', '所属区县市')]],
        ['是否为宁波片区注册企业', [S_cb(True, '是'), T('是'), T('\u3000'), S_cb(False, '否'), T('否')]],
        ['企业性质', [S_drop(['国有企业', '民营企业', '外商投资企业', '其他'], '民营企业', '企业性质')]],
        ['海关备案编码', [S_text('3302960Q7K', '海关备案编码')]],
        ['法定代表人', [S_text(None, '法定代表人')]],
        ['联系人', [S_text('周敏', '联系人')]],
        ['联系手机', [S_text('13857428819', '联系手机')]],
        ['2025年海外仓服务收入（万元）', [S_text('2316.8', '服务收入')]],
        ['申报日期', [S_date('2026-04-07', '申报日期')]],
    ]
    b.table(['项目', '内容'], rows, [6.0, 9.6])
    b.para([T('二、海外仓基本情况', font=HT, size=14)], indent=0, size=14, line=26, before=6)
    ops = ['自建', '租赁', '合作运营']
    rows2 = [
        ['1', '德国', [S_text('北莱茵-威斯特法伦州杜伊斯堡市哈芬大街12号', '仓库地址1')], '6500',
         [S_drop(ops, '自建', '运营方式1')], [S_date('2024-06-18', '启用日期1')]],
        ['2', '美国', [S_text('加利福尼亚州安大略市东机场大道3300号', '仓库地址2')], '12000',
         [S_drop(ops, '租赁', '运营方式2')], [S_date('2025-01-08', '启用日期2')]],
        ['3', '波兰', [S_text(None, '仓库地址3')], '3200',
         [S_drop(ops, None, '运营方式3')], [S_date(None, '启用日期3')]],
    ]
    b.table(['序号', '所在国家（地区）', '仓库地址', '面积（平方米）', '运营方式', '启用日期'], rows2,
            [1.2, 2.4, 4.8, 2.2, 2.2, 2.8], size=10.5, center_cols=(0, 1, 3))
    b.para([S_cb(True, '承诺', size=14),
            T('本企业承诺：所填报内容及提交材料真实有效，如有不实，愿承担一切法律责任。', size=14)],
           clause=True, indent=2, size=14, line=26, before=6)
    banji(b, '抄送：宁波海关，国家税务总局宁波市税务局。', '宁波市商务局办公室', '2026年3月18日')
    path = b.save()
    meta = {
        'title': '宁波市商务局 宁波市财政局关于开展跨境电子商务出口海外仓企业备案工作的通知',
        'doc_number': '甬商务联〔2026〕6号',
        'issuer': ['宁波市商务局', '宁波市财政局'],
        'date': '2026-03-18',
        'published': None,
        'level': 'municipal',
        'region': '宁波市',
        'effective': '2026-04-01',
        'expires': '2028-03-31',
        'attachments': [att],
        'doc_type': '通知',
        'recipients': recipients,
        'publicity': '此件主动公开',
        'repeals': '《宁波市商务局关于开展跨境电子商务海外仓备案工作的通知》（甬商务〔2023〕45号）',
    }
    return path, b.stem, [{'meta': meta, 'clauses': b.clauses}]


# ====================================================================== 3. 郑州新郑综保区
def make_zhengzhou():
    b = Builder('blind674_zhengzhou_tongzhi')
    b.blank(2)
    b.para([T('郑州新郑综合保税区管理委员会文件', font=XBS, size=26, color=RED)], align='c', indent=0, size=26,
           line=None)
    b.blank(1)
    # 文号 typed into a plain-text content control of the office template
    b.para([S_text('郑综保管〔2026〕4号', '文号', size=16)], align='c', indent=0)
    p = b.para([], indent=0, line=10)
    add_border(p, bottom=(18, RED))
    b.blank(1)
    title = '郑州新郑综合保税区管理委员会关于做好区内跨境电商企业备案信息核验及变更登记工作的通知'
    tp = b.para([T('郑州新郑综合保税区管理委员会', font=XBS, size=22), 'BR',
                 T('关于做好区内跨境电商企业备案信息核验', font=XBS, size=22), 'BR',
                 T('及变更登记工作的通知', font=XBS, size=22)], align='c', indent=0, size=22, line=35)
    b.wrap_block_sdt(tp, '标题')
    b.blank(1)
    recipients = ['区内各跨境电商企业', '各有关单位']
    b.para(['，'.join(recipients) + '：'], indent=0)

    C = lambda *parts, **kw: b.para(list(parts), clause=True, **kw)
    KT_ = lambda s: T(s, font=KT)

    C('为规范综合保税区内跨境电子商务企业管理，确保企业备案信息真实、准确、有效，根据《中华人民共和国海关综合保税区管理办法》'
      '和郑州海关关于跨境电商企业管理的有关规定，管委会决定开展区内跨境电商企业备案信息核验及变更登记工作。现将有关事项通知如下：')
    b.heading1('一、核验范围')
    C('截至2026年2月28日，已在郑州新郑综合保税区内完成跨境电商企业备案，开展网购保税进口（1210）、跨境电商零售出口（9610）'
      '等业务的企业及相关仓储物流企业。')
    b.heading1('二、核验内容')
    C(KT_('（一）企业基本信息。'), '包括企业名称、统一社会信用代码、注册地址、法定代表人等是否与市场监管部门登记信息一致。')
    C(KT_('（二）经营场所信息。'), '包括区内仓储场所地址、面积、监管设施等情况。具体包括：')
    C('1.仓储场所是否位于综合保税区围网内；')
    C('2.视频监控、信息化系统是否符合海关监管要求，具体为：')
    C('（1）视频监控覆盖仓库出入口、理货区及存储区，录像保存期不少于90天；')
    C('（2）仓储管理系统已与海关跨境电商进口统一版系统对接。')
    C(KT_('（三）业务开展情况。'), '包括2025年度跨境电商进出口单量、货值及退货情况。')
    b.heading1('三、工作安排')
    C(KT_('（一）企业自查（2026年3月16日至3月31日）。'), '各企业对照核验内容进行自查，填写《郑州新郑综合保税区跨境电商企业'
      '备案信息变更登记表》（见附件），连同相关证明材料报送管委会经济发展局。备案信息无变化的，勾选“无变更”并签章确认。')
    C(KT_('（二）现场核验（2026年4月1日至4月30日）。'), '管委会经济发展局会同郑州海关驻综保区办事处，对企业报送情况进行'
      '抽查核验，抽查比例不低于30%。')
    C(KT_('（三）结果运用（2026年5月）。'), '核验结果将作为企业享受区内扶持政策的重要依据。对未按期报送或核验不合格的企业，'
      '责令限期整改；逾期未整改的，提请海关暂停其跨境电商业务。')
    b.heading1('四、有关要求')
    C('各企业要高度重视，指定专人负责，如实填报有关信息。变更登记表须由法定代表人签字并加盖企业公章。')
    C('联系人：经济发展局\u3000王蕾，电话：0371-86198362，邮箱：zzzbq_jfj@163.com。')
    b.blank(1)
    att = '郑州新郑综合保税区跨境电商企业备案信息变更登记表'
    b.para(['附件：郑州新郑综合保税区跨境电商企业备案信息', 'BR', '\u3000' * 5 + '变更登记表'])
    b.blank(3)
    b.para(['\u3000' * 12 + '郑州新郑综合保税区管理委员会'], indent=0)
    b.para(['\u3000' * 16 + '二〇二六年三月十二日'], indent=0)

    # ---- 附件
    b.page_break()
    b.para([T('附件', font=HT)], indent=0)
    b.blank(1)
    b.para([T(att, font=XBS, size=18)], align='c', indent=0, size=18, line=30, after=6)
    b.para([T('企业名称（盖章）：', size=14), S_text('郑州豫欧跨境电子商务有限公司', '企业名称', size=14)],
           clause=True, indent=0, size=14, line=26)
    rows = [
        ['1', '企业名称', '郑州豫欧跨境贸易有限公司', [S_text('郑州豫欧跨境电子商务有限公司', '变更后企业名称')]],
        ['2', '注册地址', '郑州航空港经济综合实验区新港大道66号', ('block', '郑州新郑综合保税区综保大道18号3号仓库')],
        ['3', '法定代表人', '李建国', [S_text(None, '变更后法定代表人')]],
        ['4', '仓储面积（平方米）', '4800', [S_text('7200', '变更后仓储面积')]],
        ['5', '业务类型', '1210', [S_drop(['1210', '9610', '1210、9610', '1210、9610、9710'], '1210、9610',
                                         '变更后业务类型')]],
    ]
    b.table(['序号', '变更事项', '变更前', '变更后'], rows, [1.2, 3.4, 5.4, 5.6], center_cols=(0,))
    b.para([], indent=0, line=12)
    rows2 = [
        ['备案信息是否变更', [S_cb(True, '有变更'), T('有变更'), T('\u3000'), S_cb(False, '无变更'), T('无变更')]],
        ['变更生效日期', [S_date('2026-03-05', '变更生效日期')]],
        ['视频监控是否符合要求', [S_cb(True, '是'), T('是'), T('\u3000'), S_cb(False, '否'), T('否')]],
        ['海关监管系统对接情况', [S_drop(['已对接', '对接中', '未对接'], '已对接', '系统对接')]],
        ['法定代表人（签字）', [S_text(None, '法定代表人签字')]],
        ['填报日期', [S_date(None, '填报日期')]],
        ['经济发展局核验意见', [S_drop(['核验通过', '限期整改', '核验不通过'], None, '核验意见')]],
    ]
    b.table(['确认事项', '填报内容'], rows2, [5.6, 10.0])
    b.para([T('注：变更事项涉及市场监管登记的，须附变更后营业执照复印件。', size=12)], clause=True, indent=0, size=12,
           line=20, before=4)
    banji(b, '抄送：郑州海关，郑州市商务局。', '郑州新郑综合保税区管理委员会办公室', '2026年3月12日', gap=2)
    path = b.save()
    meta = {
        'title': title,
        'doc_number': '郑综保管〔2026〕4号',
        'issuer': ['郑州新郑综合保税区管理委员会'],
        'date': '2026-03-12',
        'published': None,
        'level': 'zone',
        'region': '郑州新郑综合保税区',
        'effective': None,
        'expires': None,
        'attachments': [att],
        'doc_type': '通知',
        'recipients': recipients,
        'publicity': None,
        'repeals': None,
    }
    return path, b.stem, [{'meta': meta, 'clauses': b.clauses}]


def to_pdf(path):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_674', '--headless', '--convert-to', 'pdf',
                    '--outdir', HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for fn in (make_fuzhou, make_ningbo, make_zhengzhou):
        path, stem, docs = fn()
        to_pdf(path)
        expected[stem] = docs
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
