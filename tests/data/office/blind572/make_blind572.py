# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 572: 商务厅 对外投资合作 境外企业备案 / 国别风险提示 通知."""
import os
import json
import subprocess

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn, nsdecls
from docx.oxml import parse_xml, OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))

RED = RGBColor(0xFF, 0x00, 0x00)
FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
ST = '宋体'
BR = object()  # soft line break marker

FS16 = (FS, 16, False, None)
HT16 = (HT, 16, False, None)
KT16B = (KT, 16, True, None)
HT16B = (HT, 16, True, None)
FS12 = (FS, 12, False, None)
FS105 = (FS, 10.5, False, None)
HT12 = (HT, 12, False, None)
XBS22 = (XBS, 22, False, None)


# ---------------------------------------------------------------- helpers
def set_font(run, spec):
    font, size, bold, color = spec
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn('w:rFonts'))
    if rfonts is None:
        rfonts = OxmlElement('w:rFonts')
        rpr.insert(0, rfonts)
    rfonts.set(qn('w:eastAsia'), font)
    rfonts.set(qn('w:ascii'), font)
    rfonts.set(qn('w:hAnsi'), font)
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color is not None:
        run.font.color.rgb = color


def fill(p, segments, default=FS16):
    if isinstance(segments, str):
        segments = [(segments, default)]
    for seg in segments:
        if seg is BR:
            p.add_run().add_break()
            continue
        if isinstance(seg, str):
            seg = (seg, default)
        text, spec = seg
        r = p.add_run(text)
        set_font(r, spec)
    return p


def fmt(p, align=None, first_indent=None, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def plain_text(segments):
    if isinstance(segments, str):
        return segments
    out = []
    for seg in segments:
        if seg is BR:
            continue
        out.append(seg if isinstance(seg, str) else seg[0])
    return ''.join(out)


def p_border(p, side='bottom', color='FF0000', sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn('w:pBdr'))
    if bdr is None:
        bdr = OxmlElement('w:pBdr')
        ppr.append(bdr)
    el = OxmlElement('w:' + side)
    el.set(qn('w:val'), 'single')
    el.set(qn('w:sz'), str(sz))
    el.set(qn('w:space'), '1')
    el.set(qn('w:color'), color)
    bdr.append(el)


def add_page_number(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run('— ')
    set_font(r, (ST, 14, False, None))
    r = p.add_run()
    set_font(r, (ST, 14, False, None))
    b = OxmlElement('w:fldChar'); b.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' PAGE '
    s = OxmlElement('w:fldChar'); s.set(qn('w:fldCharType'), 'separate')
    t = OxmlElement('w:t'); t.text = '1'
    e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), 'end')
    for x in (b, it, s, t, e):
        r._r.append(x)
    r = p.add_run(' —')
    set_font(r, (ST, 14, False, None))


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles['Normal']
    st.font.name = FS
    st.element.rPr.rFonts.set(qn('w:eastAsia'), FS)
    st.font.size = Pt(16)
    add_page_number(sec)
    return doc


def set_cell_borders(cell, **kw):
    tcpr = cell._tc.get_or_add_tcPr()
    b = OxmlElement('w:tcBorders')
    for side in ('top', 'left', 'bottom', 'right'):
        el = OxmlElement('w:' + side)
        if side in kw:
            el.set(qn('w:val'), 'single')
            el.set(qn('w:sz'), str(kw[side]))
            el.set(qn('w:color'), '000000')
        else:
            el.set(qn('w:val'), 'nil')
        b.append(el)
    tcpr.append(b)


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + side)
        el.set(qn('w:val'), 'nil')
        b.append(el)
    tblpr.append(b)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement('w:tblHeader')
    el.set(qn('w:val'), 'true')
    trpr.append(el)


def cell_write(cell, segments, align=WD_ALIGN_PARAGRAPH.LEFT, spec=FS12, exact=18):
    p = cell.paragraphs[0]
    fill(p, segments, spec)
    fmt(p, align=align, exact=exact)
    return p


class Builder:
    def __init__(self):
        self.doc = new_doc()
        self.clauses = []

    def blank(self, n=1):
        for _ in range(n):
            fmt(self.doc.add_paragraph(), exact=28)

    def heading(self, segments, spec=HT16, lead='', indent=32):
        """Heading on a line of its own: not a clause."""
        p = self.doc.add_paragraph()
        if lead:
            fill(p, [(lead, FS16)])
        fill(p, segments, spec)
        fmt(p, first_indent=indent if not lead else None)
        return p

    def body(self, segments, lead='', indent=32, clause=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY):
        p = self.doc.add_paragraph()
        if lead:
            fill(p, [(lead, FS16)])
        fill(p, segments)
        fmt(p, align=align, first_indent=None if lead else indent)
        if clause:
            self.clauses.append(plain_text(segments))
        return p

    def numbered(self, segments, num_id, ilvl, label, clause=True):
        p = self.doc.add_paragraph()
        ppr = p._p.get_or_add_pPr()
        numpr = parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                          % (nsdecls('w'), ilvl, num_id))
        ppr.append(numpr)
        fill(p, segments)
        fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        if clause:
            self.clauses.append(label + plain_text(segments))
        return p

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        fmt(p)

    def save(self, path):
        self.doc.save(path)


def add_cn_numbering(doc, abs_id, num_id):
    """Word multilevel numbering: 一、 / （一） (chineseCounting, no tab)."""
    numbering = doc.part.numbering_part.element
    xml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/><w:sz w:val="32"/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="（%%2）"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="楷体_GB2312" w:eastAsia="楷体_GB2312" w:hAnsi="楷体_GB2312"/>'
        '<w:b/><w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls('w'), abs_id))
    absnum = parse_xml(xml)
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                    % (nsdecls('w'), num_id, abs_id))
    numbering.append(num)


def risk_table(doc, data, mode, title_row=None, col_cm=(2.8, 2.8, 5.1, 4.9)):
    """data: [(country, [(type, [risk items], [advice items]), ...]), ...]
    mode: 'paras' -> each （n） item its own paragraph in the cell
          'breaks' -> one paragraph, soft line breaks between items
          'inline' -> one continuous paragraph
    Returns clause strings (one per data row)."""
    headers = ['国别', '风险类型', '主要风险', '应对建议']
    nrows = sum(len(v) for _, v in data) + 1 + (1 if title_row else 0)
    t = doc.add_table(rows=nrows, cols=4)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i, col in enumerate(t.columns):
        col.width = Cm(col_cm[i])
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = Cm(col_cm[i])
    r0 = 0
    if title_row:
        a = t.cell(0, 0).merge(t.cell(0, 3))
        cell_write(a, [(title_row, (HT, 14, False, None))], align=WD_ALIGN_PARAGRAPH.CENTER, exact=24)
        repeat_header(t.rows[0])
        r0 = 1
    for i, h in enumerate(headers):
        cell_write(t.cell(r0, i), [(h, HT12)], align=WD_ALIGN_PARAGRAPH.CENTER)
        t.cell(r0, i).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    repeat_header(t.rows[r0])
    clauses = []
    r = r0 + 1
    for country, items in data:
        start = r
        for typ, risks, advs in items:
            cell_write(t.cell(r, 1), typ, align=WD_ALIGN_PARAGRAPH.CENTER)
            t.cell(r, 1).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            for col, lst in ((2, risks), (3, advs)):
                cell = t.cell(r, col)
                if mode == 'paras':
                    for k, item in enumerate(lst):
                        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                        fill(p, item, FS12)
                        fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, exact=18)
                elif mode == 'breaks':
                    segs = []
                    for k, item in enumerate(lst):
                        if k:
                            segs.append(BR)
                        segs.append((item, FS12))
                    cell_write(cell, segs, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
                else:
                    cell_write(cell, ''.join(lst), align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            clauses.append('国别：%s；风险类型：%s；主要风险：%s；应对建议：%s'
                           % (country, typ, ''.join(risks), ''.join(advs)))
            r += 1
        top = t.cell(start, 0)
        if r - 1 > start:
            top = top.merge(t.cell(r - 1, 0))
        cell_write(top, country, align=WD_ALIGN_PARAGRAPH.CENTER)
        top.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return clauses


# ================================================================ doc 1 新疆
def doc_urumqi():
    b = Builder()
    d = b.doc
    # 版头
    p = fmt(d.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, exact=None, before=24)
    fill(p, [('新疆维吾尔自治区商务厅文件', (XBS, 24, False, RED))])
    b.blank()
    p = fmt(d.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER)
    fill(p, '新商合〔2026〕9号')
    p_border(p, 'bottom', 'FF0000', 18)
    b.blank()
    # title split over two paragraphs
    for line in ('新疆维吾尔自治区商务厅关于做好',
                 '2026年境外企业备案管理和重点国别',
                 '风险防范工作的通知'):
        p = fmt(d.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
        fill(p, [(line, XBS22)])
    b.blank()
    p = fmt(d.add_paragraph())
    fill(p, '各地、州、市商务主管部门，自治区有关企业：')

    # body paragraphs typed with manual full-width spaces instead of indent
    L = '\u3000\u3000'
    b.body('为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，依据《境外投资管理办法》'
           '（商务部令2014年第3号）和对外投资合作境外安全风险预警、信息通报等有关规定，进一步规范我区企业境外投资'
           '备案管理，提升企业境外风险防范和应对能力，切实保障境外人员、项目和资产安全，现就有关事项通知如下。',
           lead=L)
    b.heading('一、规范境外企业备案管理', lead=L)
    items1 = [
        ('（一）严格履行备案程序。', '企业开展境外投资涉及新设、并购境外企业的，应当通过商务部业务系统统一平台'
         '“境外投资管理系统”如实、完整填报《境外投资备案表》，并按要求上传营业执照、境外企业章程（或合同、协议）、'
         '投资资金来源情况说明等材料。各地、州、市商务主管部门应当自收到完整材料之日起3个工作日内完成初审并报自治区'
         '商务厅，自治区商务厅自收到初审意见之日起3个工作日内予以备案并颁发《企业境外投资证书》。'),
        ('（二）及时办理变更和注销。', '已备案企业的境外企业名称、投资主体、投资总额、经营范围等事项发生变更的，'
         '应当在变更事项发生之日起30日内申请办理变更手续；终止境外投资的，应当在依据投资目的地法律办理注销等手续后'
         '30日内向原备案机关报告，并交回《企业境外投资证书》。'),
        ('（三）按时报送统计数据。', '境外企业应当按照对外直接投资统计制度要求，于每季度结束后15日内报送季度数据，'
         '并于2026年4月30日前完成2025年度对外直接投资统计年报填报。对连续两个季度未报送数据的企业，各地商务主管部门'
         '要逐一核实，督促整改。'),
        ('（四）严禁违规“绕道”投资。', '企业不得通过拆分项目、虚假申报等方式规避备案管理，不得以境外投资名义从事'
         '虚假交易、转移资产。对以欺骗等不正当手段取得备案的，依法撤销《企业境外投资证书》，并纳入对外投资合作不良'
         '信用记录。'),
    ]
    for h, t in items1:
        b.body([(h, KT16B), (t, FS16)], lead=L)
    b.heading('二、加强重点国别风险防范', lead=L)
    b.body([('（一）做好风险研判。', KT16B),
            ('当前，部分共建“一带一路”国家政治经济形势复杂多变，汇率波动、政策调整、社会治安等风险交织叠加。'
             '自治区商务厅结合我国驻外使（领）馆经济商务处提示信息，梳理形成《重点国别投资风险提示表》（见附件），'
             '请各地、各企业认真研究，对照排查。', FS16)], lead=L)
    b.body([('（二）落实风险防范措施。', KT16B),
            ('在上述国家开展投资合作的企业要重点做好以下工作：', FS16)], lead=L)
    for t in ['1.投资前开展尽职调查，全面评估东道国政治、法律、财税、劳工、环保等风险，必要时聘请专业机构出具风险'
              '评估报告；',
              '2.建立境外安全管理制度，配备专（兼）职安全管理人员，制定突发事件应急预案，每年至少组织一次应急演练；',
              '3.积极投保海外投资保险、出口信用保险等政策性保险，合理运用远期结售汇等工具对冲汇率风险；',
              '4.严格遵守东道国法律法规，尊重当地风俗习惯，依法与当地雇员签订劳动合同，按时足额缴纳税费和社会保险。']:
        b.body(t, lead=L)
    b.body([('（三）健全信息报告机制。', KT16B),
            ('境外企业发生重大突发事件的，应当在事发后24小时内向所在地商务主管部门和我国驻当地使（领）馆报告，同时'
             '抄报自治区商务厅。各地商务主管部门接报后，应当在2小时内报告自治区商务厅，不得迟报、漏报、瞒报。', FS16)],
           lead=L)
    b.blank()  # stray empty paragraph
    b.heading('三、强化组织保障', lead=L)
    for h, t in [
        ('（一）压实各方责任。', '按照“谁投资、谁负责”和属地管理原则，企业是境外安全风险防范的第一责任人，各地商务'
         '主管部门要履行属地监管责任，加强对本地区境外企业的指导和服务。'),
        ('（二）开展风险排查。', '各地商务主管部门要于2026年4月底前组织完成本地区境外企业风险排查，建立问题台账，排查'
         '情况于2026年5月15日前报自治区商务厅对外投资和经济合作处。'),
        ('（三）加强培训服务。', '自治区商务厅将联合自治区外事办公室、中国出口信用保险公司新疆分公司等单位，适时举办'
         '境外投资合规与风险防范专题培训，请各地积极组织辖区企业参加。'),
    ]:
        b.body([(h, KT16B), (t, FS16)], lead=L)
    b.body('联系人：马晓东（自治区商务厅对外投资和经济合作处），联系电话：0991-2851637，电子邮箱：'
           'xjswt_dwtz@163.com。', lead=L)
    b.blank()
    p = fmt(d.add_paragraph())
    fill(p, L + '附件：重点国别投资风险提示表')
    b.blank(3)
    p = fmt(d.add_paragraph())
    fill(p, '\u3000' * 14 + '新疆维吾尔自治区商务厅')
    p = fmt(d.add_paragraph())
    fill(p, '\u3000' * 16 + '2026年3月16日')
    b.blank()
    p = fmt(d.add_paragraph())
    fill(p, L + '（此件公开发布）')

    # 附件
    b.page_break()
    p = fmt(d.add_paragraph())
    fill(p, [('附件', HT16)])
    b.blank()
    p = fmt(d.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    fill(p, [('重点国别投资风险提示表', XBS22)])
    b.blank()
    data = [
        ('哈萨克斯坦', [
            ('政治与政策风险',
             ['（1）部分行业外资准入政策调整较为频繁，矿产资源领域许可证审批趋严；',
              '（2）地方政府换届后对既有投资承诺的执行存在不确定性。'],
             ['（1）投资前充分了解行业准入和许可要求，与主管部门签订书面协议；',
              '（2）密切跟踪政策动态，必要时寻求我国驻哈萨克斯坦使馆经济商务处协助。']),
            ('汇率风险',
             ['（1）坚戈对美元汇率波动较大，企业本币收入存在贬值风险；',
              '（2）利润汇出需履行外汇申报程序。'],
             ['（1）合理安排结算币种，优先采用人民币或美元计价；',
              '（2）运用远期结售汇等工具锁定汇率。']),
            ('劳务用工风险',
             ['（1）外籍劳务配额审批严格，工作许可办理周期较长；',
              '（2）当地对本地雇员比例有明确要求。'],
             ['（1）提前规划用工方案，按规定比例雇用当地员工；',
              '（2）依法办理工作许可，严禁持商务签证从事劳务。']),
        ]),
        ('乌兹别克斯坦', [
            ('法律合规风险',
             ['（1）法律法规更新较快，部分配套细则尚不完善；',
              '（2）税务、海关检查较为频繁。'],
             ['（1）聘请当地律师事务所和会计师事务所提供合规服务；',
              '（2）规范财务核算，妥善保存完税凭证。']),
            ('基础设施风险',
             ['（1）部分地区电力、天然气供应不稳定；',
              '（2）跨境物流通道运力紧张，运输时效波动较大。'],
             ['（1）项目选址前充分评估能源供应条件，配置备用电源；',
              '（2）统筹利用中欧（中亚）班列和公路运输，合理安排库存。']),
        ]),
        ('吉尔吉斯斯坦', [
            ('社会安全风险',
             ['（1）个别地区社会治安形势较为复杂；',
              '（2）涉及矿产开发的项目易引发当地社区纠纷。'],
             ['（1）加强驻地安保措施，避免人员夜间单独外出；',
              '（2）积极履行社会责任，妥善处理与当地社区关系。']),
            ('税务风险',
             ['（1）税收优惠政策适用条件较严，存在被追缴税款风险；',
              '（2）增值税退税周期较长。'],
             ['认真核实税收优惠适用条件，必要时申请税务事先裁定，并做好资金流动性安排。']),
        ]),
        ('塔吉克斯坦', [
            ('投资安全风险',
             ['（1）边境地区安全形势存在不确定性；',
              '（2）外汇管制较严，利润汇出存在一定困难。'],
             ['（1）避免在边境敏感地区开展项目；',
              '（2）在投资协议中明确利润汇出安排。']),
        ]),
    ]
    b.clauses += risk_table(d, data, 'paras')
    b.blank()
    # 版记 as a layout table with horizontal rules
    t = d.add_table(rows=2, cols=1)
    no_borders(t)
    c0, c1 = t.cell(0, 0), t.cell(1, 0)
    cell_write(c0, [('抄送：商务部对外投资和经济合作司，自治区外事办公室、公安厅，中国出口信用保险公司新疆分公司。',
                     (FS, 14, False, None))], exact=24)
    cell_write(c1, [('新疆维吾尔自治区商务厅办公室' + '\u3000' * 7 + '2026年3月16日印发', (FS, 14, False, None))],
               exact=24)
    set_cell_borders(c0, top=12, bottom=6)
    set_cell_borders(c1, top=6, bottom=12)

    meta = {
        'title': '新疆维吾尔自治区商务厅关于做好2026年境外企业备案管理和重点国别风险防范工作的通知',
        'doc_number': '新商合〔2026〕9号',
        'issuer': ['新疆维吾尔自治区商务厅'],
        'date': '2026-03-16',
        'published': None,
        'level': 'provincial',
        'region': '新疆维吾尔自治区',
        'effective': None,
        'expires': None,
        'attachments': ['重点国别投资风险提示表'],
        'doc_type': '通知',
        'recipients': ['各地、州、市商务主管部门', '自治区有关企业'],
        'publicity': '此件公开发布',
        'repeals': None,
    }
    return b, [{'meta': meta, 'clauses': b.clauses}]


# ================================================================ doc 2 广西
def doc_nanning():
    b = Builder()
    d = b.doc
    add_cn_numbering(d, 90, 90)
    NUM = 90
    # joint 版头 as a layout table
    t = d.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    t.columns[0].width = Cm(12)
    t.columns[1].width = Cm(3.6)
    t.cell(0, 0).width = Cm(12)
    t.cell(1, 0).width = Cm(12)
    t.cell(0, 1).width = Cm(3.6)
    t.cell(1, 1).width = Cm(3.6)
    cell_write(t.cell(0, 0), [('广西壮族自治区商务厅', (XBS, 24, False, RED))], align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
               exact=None)
    cell_write(t.cell(1, 0), [('广西壮族自治区外事办公室', (XBS, 24, False, RED))],
               align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, exact=None)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_write(m, [('文件', (XBS, 44, False, RED))], align=WD_ALIGN_PARAGRAPH.CENTER, exact=None)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    b.blank()
    p = fmt(d.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER)
    fill(p, '桂商合发〔2025〕21号')
    p_border(p, 'bottom', 'FF0000', 18)
    b.blank()
    p = fmt(d.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    fill(p, [('广西壮族自治区商务厅', XBS22), BR, ('广西壮族自治区外事办公室', XBS22), BR,
             ('关于加强对东盟国家投资合作风险防范和', XBS22), BR,
             ('境外企业备案服务工作的通知', XBS22)])
    b.blank()
    p = fmt(d.add_paragraph())
    fill(p, '各设区市商务局，自治区有关企业：')

    b.body('近期，个别东盟国家政局和政策出现调整，部分地区极端天气、社会治安事件多发，我区企业在东盟国家开展投资合作'
           '面临的风险有所上升。为贯彻落实统筹发展和安全的要求，推动我区企业更好融入中国—东盟自由贸易区3.0版建设，'
           '服务西部陆海新通道和中国（广西）自由贸易试验区高水平开放，现就加强对东盟国家投资合作风险防范和境外企业'
           '备案服务工作通知如下：')

    def head(text):
        p = b.numbered([(text, HT16)], NUM, 0, '', clause=False)
        return p

    def item(label, h, t):
        b.numbered([(h, KT16B), (t, FS16)], NUM, 1, label)

    head('优化境外企业备案服务')
    item('（一）', '推行备案“一网通办”。', '企业境外投资备案申请、变更、注销及《企业境外投资证书》补办等事项，全部'
         '通过商务部业务系统统一平台在线办理，实现“零跑腿”。各设区市商务局应当在收到完整申请材料之日起2个工作日内'
         '完成初审，自治区商务厅在收到初审意见之日起2个工作日内办结。')
    item('（二）', '实行重点项目“直通车”服务。', '对中方投资额1亿美元及以上或纳入自治区重大项目库的境外投资项目，'
         '自治区商务厅安排专人全程跟踪指导，材料齐全的，1个工作日内办结备案手续。')
    item('（三）', '加强事中事后监管。', '各设区市商务局要结合“双随机、一公开”工作，对本地区境外企业备案信息真实性、'
         '境外企业运营情况开展抽查，抽查比例不低于本地区存续境外企业数量的5%。')
    head('加强东盟国家风险提示')
    item('（一）', '动态发布风险提示。', '自治区商务厅、外事办根据我国驻东盟各国使（领）馆提示信息，对越南、老挝、'
         '柬埔寨、泰国、缅甸等重点国家梳理形成《东盟重点国家投资合作风险提示》（见附件），并适时更新。各设区市商务'
         '局要及时将风险提示传达至本地区在上述国家开展投资合作的企业。')
    item('（二）', '严格落实出国（境）人员安全管理。', '企业派出人员前，应当开展安全培训，如实登记派出人员信息，提醒'
         '派出人员通过“中国领事”APP进行海外安全信息登记。严禁企业通过旅游签证、商务签证等方式派出劳务人员。')
    item('（三）', '审慎开展缅甸北部地区投资合作。', '缅甸北部地区安全形势严峻复杂，在该地区已有项目的企业要制定人员'
         '撤离预案，暂停非必要人员派出；拟新开展投资合作的，原则上暂缓实施。')
    head('做好突发事件应对处置')
    item('（一）', '建立联动处置机制。', '自治区商务厅、外事办与公安、应急管理等部门建立境外突发事件联动处置机制，发生'
         '涉及我区企业和人员的重大突发事件时，按照“一事一专班”原则开展处置。')
    item('（二）', '规范信息报告。', '境外企业发生人员伤亡、绑架、重大财产损失等突发事件的，应当立即启动应急预案，'
         '第一时间向我国驻当地使（领）馆和所在设区市商务局报告；设区市商务局应当在接报后1小时内报告自治区商务厅、'
         '外事办。')
    item('（三）', '做好善后和舆情应对。', '企业要妥善做好伤亡人员救治、家属安抚和财产保全等善后工作，及时回应社会'
         '关切，防止不实信息炒作。每年12月10日前，各设区市商务局将本年度境外突发事件处置情况书面报送自治区商务厅。')
    b.body('联系人：自治区商务厅对外投资和经济合作处黄志明，0771-2205316，邮箱：gxswt_dwhz@163.com；自治区外事办'
           '领事处陆晓燕，0771-2812094，邮箱：gxfao_ls@126.com。')
    b.blank()
    p = fmt(d.add_paragraph())
    p.paragraph_format.left_indent = Pt(32)
    fill(p, '附件：东盟重点国家投资合作风险提示')
    b.blank(2)
    # 落款 as layout table (two organs side by side)
    t = d.add_table(rows=2, cols=2)
    no_borders(t)
    cell_write(t.cell(0, 0), [('广西壮族自治区商务厅', FS16)], align=WD_ALIGN_PARAGRAPH.CENTER, exact=28)
    cell_write(t.cell(0, 1), [('广西壮族自治区外事办公室', FS16)], align=WD_ALIGN_PARAGRAPH.CENTER, exact=28)
    m = t.cell(1, 0).merge(t.cell(1, 1))
    cell_write(m, [('\u3000' * 14 + '2025年11月20日', FS16)], align=WD_ALIGN_PARAGRAPH.LEFT, exact=28)
    b.blank()

    # 附件
    b.page_break()
    p = fmt(d.add_paragraph())
    fill(p, [('附件', HT16)])
    b.blank()
    p = fmt(d.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    fill(p, [('东盟重点国家投资合作风险提示', XBS22)])
    b.blank()
    data = [
        ('越南', [
            ('贸易合规风险',
             ['（1）原产地规则审查趋严，存在被认定为转口规避的风险；',
              '（2）部分产品面临进口国反倾销、反规避调查。'],
             ['（1）提高本地增值比例，规范原产地证书申领；',
              '（2）建立贸易救济预警机制，积极应诉。']),
            ('劳动用工风险',
             ['（1）最低工资标准逐年上调，用工成本上升；',
              '（2）工会组织活跃，易发生集体劳资纠纷。'],
             ['（1）合理测算人工成本，加强本地员工培训；',
              '（2）依法签订集体合同，建立畅通的员工沟通渠道。']),
        ]),
        ('老挝', [
            ('债务与汇率风险',
             ['（1）基普汇率大幅波动，通货膨胀水平较高；',
              '（2）外汇供应紧张，购汇和利润汇出存在困难。'],
             ['（1）尽量采用人民币或美元结算；',
              '（2）在合同中约定汇率调整条款，控制应收账款规模。']),
            ('土地与环保风险',
             ['（1）土地权属关系复杂，征地补偿易引发纠纷；',
              '（2）环境影响评价要求日趋严格。'],
             ['（1）核实土地权属，依法办理土地租赁手续；',
              '（2）严格执行环境影响评价，落实生态修复措施。']),
        ]),
        ('柬埔寨', [
            ('电信网络诈骗关联风险',
             ['（1）不法分子以高薪招聘为名诱骗人员出境从事网络诈骗；',
              '（2）部分园区存在非法拘禁等违法犯罪活动。'],
             ['（1）企业招聘派出人员须通过正规渠道，严禁参与或协助非法招募；',
              '（2）发现涉诈线索及时向我国驻柬埔寨使馆和国内公安机关报告。']),
            ('法律合规风险',
             ['（1）投资许可、税务登记等手续办理不规范易遭处罚；',
              '（2）合作伙伴资信参差不齐。'],
             ['（1）通过柬埔寨发展理事会规范办理投资登记；',
              '（2）开展合作伙伴资信调查，审慎签订合同。']),
        ]),
        ('泰国', [
            ('市场竞争与政策风险',
             ['（1）新能源汽车、电子等行业竞争加剧；',
              '（2）投资促进政策优惠条件调整较多。'],
             ['（1）加强市场调研，避免同质化竞争；',
              '（2）及时关注泰国投资促进委员会政策调整，依规申请优惠。']),
        ]),
        ('缅甸', [
            ('安全风险',
             ['（1）北部地区武装冲突持续，人员安全面临严重威胁；',
              '（2）部分地区交通、通信中断。'],
             ['（1）暂停前往冲突地区，已在当地人员做好撤离准备；',
              '（2）与我国驻缅甸使（领）馆保持密切联系。']),
            ('经营风险',
             ['（1）外汇管制严格，汇率双轨运行；',
              '（2）电力供应短缺，停电频繁。'],
             ['（1）审慎评估新增投资，控制在缅资产规模；',
              '（2）配备自备发电设施，做好生产经营应急安排。']),
        ]),
    ]
    b.clauses += risk_table(d, data, 'breaks', col_cm=(2.0, 3.0, 5.3, 5.3))
    b.blank()
    p = fmt(d.add_paragraph())
    fill(p, [('抄送：商务部对外投资和经济合作司，外交部领事司，自治区公安厅、应急管理厅。', (FS, 14, False, None))])
    p_border(p, 'top', '000000', 12)
    p_border(p, 'bottom', '000000', 6)
    p = fmt(d.add_paragraph())
    fill(p, [('广西壮族自治区商务厅办公室' + '\u3000' * 7 + '2025年11月21日印发', (FS, 14, False, None))])
    p_border(p, 'bottom', '000000', 12)

    meta = {
        'title': '广西壮族自治区商务厅 广西壮族自治区外事办公室关于加强对东盟国家投资合作风险防范和境外企业备案服务工作的通知',
        'doc_number': '桂商合发〔2025〕21号',
        'issuer': ['广西壮族自治区商务厅', '广西壮族自治区外事办公室'],
        'date': '2025-11-20',
        'published': None,
        'level': 'provincial',
        'region': '广西壮族自治区',
        'effective': None,
        'expires': None,
        'attachments': ['东盟重点国家投资合作风险提示'],
        'doc_type': '通知',
        'recipients': ['各设区市商务局', '自治区有关企业'],
        'publicity': None,
        'repeals': None,
    }
    return b, [{'meta': meta, 'clauses': b.clauses}]


# ================================================================ doc 3 厦门
def doc_xiamen():
    b = Builder()
    d = b.doc
    p = fmt(d.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, exact=None, before=24)
    fill(p, [('厦门市商务局文件', (XBS, 40, False, RED))])
    b.blank()
    p = fmt(d.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER)
    fill(p, '厦商务规〔2026〕2号')
    p_border(p, 'bottom', 'FF0000', 18)
    b.blank()
    p = fmt(d.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    fill(p, [('厦门市商务局关于印发《厦门市境外企业', XBS22), BR, ('备案和风险防控工作指引》的通知', XBS22)])
    b.blank()
    p = fmt(d.add_paragraph())
    fill(p, '各区人民政府，市直有关部门：')
    b.body('为进一步规范我市境外企业备案管理，提升企业境外投资风险防控能力，推动高质量共建“一带一路”，我局制定了'
           '《厦门市境外企业备案和风险防控工作指引》，现印发给你们，请结合实际认真贯彻执行。执行中遇到的问题，请及时'
           '反馈市商务局。')
    notice_clauses = list(b.clauses)
    b.clauses = []
    b.blank(3)
    p = fmt(d.add_paragraph())
    fill(p, '\u3000' * 18 + '厦门市商务局')
    p = fmt(d.add_paragraph())
    fill(p, '\u3000' * 17 + '2026年4月8日')
    b.blank()
    p = fmt(d.add_paragraph(), first_indent=32)
    fill(p, '（此件公开发布）')

    # the 指引 on a new page
    b.page_break()
    p = fmt(d.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    fill(p, [('厦门市境外企业备案和风险防控工作指引', XBS22)])
    b.blank()

    def chapter(t):
        p = fmt(d.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER)
        fill(p, [(t, HT16)])

    def art(no, text):
        b.body([(no, HT16), ('\u3000' + text, FS16)])

    def sub(text):
        b.body(text)

    chapter('第一章　总则')
    art('第一条', '为规范本市企业境外投资备案管理，防范化解境外投资风险，根据《境外投资管理办法》等有关规定，结合本市'
        '实际，制定本指引。')
    art('第二条', '本指引适用于在本市依法登记注册的企业（不含金融企业）通过新设、并购及其他方式在境外拥有非金融企业'
        '或者取得既有非金融企业所有权、控制权、经营管理权及其他权益的行为。')
    art('第三条', '市商务局负责全市企业境外投资备案管理和风险防控的统筹协调工作。中国（福建）自由贸易试验区厦门片区'
        '管理委员会依据授权负责片区内企业境外投资备案初审工作。各区人民政府负责本辖区境外企业风险防控的属地管理工作。')
    chapter('第二章　备案管理')
    art('第四条', '企业境外投资不涉及敏感国家和地区、敏感行业的，实行备案管理。企业应当通过商务部业务系统统一平台'
        '填报《境外投资备案表》，并提交下列材料：')
    for s in ['（一）营业执照复印件；', '（二）境外企业章程及相关协议或者合同；', '（三）投资资金来源情况说明；',
              '（四）境外投资真实性承诺书；', '（五）涉及并购的，提交并购对象基本情况及尽职调查报告。']:
        sub(s)
    art('第五条', '材料齐全、符合法定形式的，市商务局应当自受理之日起3个工作日内予以备案，颁发《企业境外投资证书》。'
        '不予备案的，应当书面说明理由。')
    art('第六条', '企业境外投资涉及敏感国家和地区、敏感行业的，由市商务局提出初审意见后报省商务厅，按程序报商务部'
        '核准。')
    art('第七条', '《企业境外投资证书》有效期为2年。企业自领取证书之日起2年内未在境外开展投资的，证书自动失效；如需'
        '再开展境外投资，应当重新办理备案。')
    chapter('第三章　风险防控')
    art('第八条', '企业是境外投资风险防控的责任主体，应当建立健全境外合规经营和风险防控制度，做到“走出去”前有评估、'
        '“走出去”中有监测、“走出去”后有应对。')
    art('第九条', '企业在作出境外投资决策前，应当重点评估以下风险：')
    for s in ['（一）东道国政局稳定性、对华关系和政策连续性；',
              '（二）东道国外资准入、税收、外汇、劳工、环保等法律制度；',
              '（三）项目所在地治安状况、自然灾害和公共卫生风险；',
              '（四）合作伙伴资信状况和履约能力。']:
        sub(s)
    art('第十条', '市商务局会同市外办等部门，根据商务部《对外投资合作国别（地区）指南》和我国驻外使（领）馆提示信息，'
        '编制《重点国别风险提示表》（见附件），每年至少更新一次，并通过市商务局门户网站发布。')
    art('第十一条', '企业在风险提示表所列国家开展投资合作的，应当对照所列主要风险逐项制定应对措施，并在办理备案时一并'
        '提交风险防控方案。')
    art('第十二条', '鼓励企业投保海外投资保险。对符合条件的企业，按照《厦门市促进对外投资合作若干措施》有关规定，给予'
        '不超过实际缴纳保费50%的补助，单个企业年度补助总额不超过100万元。')
    chapter('第四章　监督服务')
    art('第十三条', '市商务局会同各区人民政府每年组织开展一次境外企业风险排查，对排查发现的问题督促企业限期整改。')
    art('第十四条', '企业存在以下情形之一的，市商务局予以约谈提醒；情节严重的，纳入对外投资合作不良信用记录：')
    for s in ['（一）以提供虚假材料等不正当手段办理备案的；', '（二）未按规定报告境外重大突发事件的；',
              '（三）连续两年未报送对外直接投资统计数据的。']:
        sub(s)
    art('第十五条', '市商务局依托厦门市“走出去”综合服务平台，为企业提供政策咨询、国别信息、风险预警、法律服务等'
        '一站式服务。联系人：市商务局对外投资和经济合作处陈雅婷，电话：0592-2851206，电子邮箱：xmswj_dwtz@xm.gov.cn。')
    chapter('第五章　附则')
    art('第十六条', '本指引由市商务局负责解释。')
    art('第十七条', '本指引自2026年5月1日起施行，有效期至2031年4月30日。《厦门市商务局关于印发〈厦门市境外投资企业风险'
        '防控工作指引〉的通知》（厦商务规〔2021〕3号）同时废止。')
    b.blank()
    p = fmt(d.add_paragraph(), first_indent=32)
    fill(p, '附件：重点国别风险提示表')

    b.page_break()
    p = fmt(d.add_paragraph())
    fill(p, [('附件', HT16)])
    b.blank()
    data = [
        ('印度尼西亚', [
            ('政策与法律风险',
             ['（1）矿产品出口政策变化较大，原矿出口受到限制；',
              '（2）部分行业本地化率要求较高。'],
             ['（1）关注产业政策调整，优先布局下游加工环节；',
              '（2）提前规划本地采购和本地化生产方案。']),
            ('自然灾害风险',
             ['（1）地震、火山、洪涝等自然灾害多发；',
              '（2）部分岛屿物流和应急救援条件有限。'],
             ['（1）项目设计充分考虑抗震防洪要求；',
              '（2）购买财产保险，制定自然灾害应急预案。']),
        ]),
        ('马来西亚', [
            ('合规经营风险',
             ['（1）反腐败、数据保护等领域执法力度加大；',
              '（2）外籍员工工作准证审批趋严。'],
             ['（1）建立合规管理体系，加强员工合规培训；',
              '（2）合理安排外籍员工比例，按时办理准证续期。']),
        ]),
        ('越南', [
            ('原产地合规风险',
             ['（1）转口贸易、低附加值加工易被认定为规避行为；',
              '（2）欧美国家对越南出口产品调查增多。'],
             ['（1）提升在越生产环节实质性改变程度；',
              '（2）完整保存生产、采购记录，以备核查。']),
            ('土地使用风险',
             ['（1）工业用地租金上涨较快；',
              '（2）土地使用权期限和续期规则较复杂。'],
             ['（1）优先选择规范运营的工业园区；',
              '（2）在租赁合同中明确租期、续期和租金调整条款。']),
        ]),
        ('沙特阿拉伯', [
            ('本地化用工风险',
             ['（1）“沙特化”政策对本国员工雇用比例要求较高；',
              '（2）外籍员工签证和居留管理严格。'],
             ['（1）按照行业配额要求雇用沙特籍员工；',
              '（2）委托合规的人力资源服务机构办理签证手续。']),
            ('工程履约风险',
             ['（1）大型项目业主付款周期较长；',
              '（2）夏季高温对施工组织影响较大。'],
             ['（1）在合同中明确付款节点和违约责任，必要时投保出口信用保险；',
              '（2）合理安排施工计划，落实防暑降温措施。']),
        ]),
    ]
    b.clauses += risk_table(d, data, 'inline', title_row='重点国别风险提示表（2026年版）',
                            col_cm=(2.8, 2.8, 5.1, 4.9))
    p = fmt(d.add_paragraph(), exact=24)
    fill(p, [('注：本表信息截至2026年3月31日，仅供参考，企业应当结合项目实际开展风险评估。', (FS, 12, False, None))])
    b.clauses.append('注：本表信息截至2026年3月31日，仅供参考，企业应当结合项目实际开展风险评估。')
    guide_clauses = b.clauses
    b.blank(2)
    p = fmt(d.add_paragraph())
    fill(p, [('抄送：省商务厅，市人大常委会办公厅，市政协办公厅，市外办、市司法局。', (FS, 14, False, None))])
    p_border(p, 'top', '000000', 12)
    p_border(p, 'bottom', '000000', 6)
    p = fmt(d.add_paragraph())
    fill(p, [('厦门市商务局办公室' + '\u3000' * 9 + '2026年4月9日印发', (FS, 14, False, None))])
    p_border(p, 'bottom', '000000', 12)

    notice = {
        'meta': {
            'title': '厦门市商务局关于印发《厦门市境外企业备案和风险防控工作指引》的通知',
            'doc_number': '厦商务规〔2026〕2号',
            'issuer': ['厦门市商务局'],
            'date': '2026-04-08',
            'published': None,
            'level': 'municipal',
            'region': '厦门市',
            'effective': None,
            'expires': None,
            'attachments': [],
            'doc_type': '通知',
            'recipients': ['各区人民政府', '市直有关部门'],
            'publicity': '此件公开发布',
            'repeals': None,
        },
        'clauses': notice_clauses,
    }
    guide = {
        'meta': {
            'title': '厦门市境外企业备案和风险防控工作指引',
            'doc_number': None,
            'issuer': ['厦门市商务局'],
            'date': '2026-04-08',
            'published': None,
            'level': 'municipal',
            'region': '厦门市',
            'effective': '2026-05-01',
            'expires': '2031-04-30',
            'attachments': ['重点国别风险提示表'],
            'doc_type': '指引',
            'recipients': [],
            'publicity': None,
            'repeals': '《厦门市商务局关于印发〈厦门市境外投资企业风险防控工作指引〉的通知》（厦商务规〔2021〕3号）',
        },
        'clauses': guide_clauses,
    }
    return b, [notice, guide]


def main():
    expected = {}
    for stem, fn in (('blind572_urumqi_tongzhi', doc_urumqi),
                     ('blind572_nanning_tongzhi', doc_nanning),
                     ('blind572_xiamen_tongzhi', doc_xiamen)):
        b, objs = fn()
        path = os.path.join(HERE, stem + '.docx')
        b.save(path)
        expected[stem] = objs
        subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_572', '--headless',
                        '--convert-to', 'pdf', '--outdir', HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
