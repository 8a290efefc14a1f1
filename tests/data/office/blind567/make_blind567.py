# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 567: 市政府常务会议纪要 / 专题会议纪要 (自贸区 + 中欧班列). Writes docx, pdf and expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
RED = RGBColor(0xFF, 0x00, 0x00)

PPR_AFTER_PBDR = ('w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap',
                  'w:overflowPunct', 'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN',
                  'w:bidi', 'w:adjustRightInd', 'w:snapToGrid', 'w:spacing', 'w:ind',
                  'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc',
                  'w:textDirection', 'w:textAlignment', 'w:textboxTightWrap',
                  'w:outlineLvl', 'w:divId', 'w:cnfStyle', 'w:rPr', 'w:sectPr', 'w:pPrChange')


def set_font(run, name, size, bold=False, color=None):
    run.font.name = 'Times New Roman' if name in (FS, KT) else name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn('w:rFonts'))
    if rfonts is None:
        rfonts = OxmlElement('w:rFonts')
        rpr.insert(0, rfonts)
    rfonts.set(qn('w:eastAsia'), name)
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color is not None:
        run.font.color.rgb = color


def border(p, side, color='FF0000', sz=12):
    pPr = p._p.get_or_add_pPr()
    pbdr = pPr.find(qn('w:pBdr'))
    if pbdr is None:
        pbdr = OxmlElement('w:pBdr')
        pPr.insert_element_before(pbdr, *PPR_AFTER_PBDR)
    el = OxmlElement('w:' + side)
    el.set(qn('w:val'), 'single')
    el.set(qn('w:sz'), str(sz))
    el.set(qn('w:space'), '1')
    el.set(qn('w:color'), color)
    pbdr.append(el)


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles['Normal']
    st.font.name = 'Times New Roman'
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), FS)
    # page number — 1 —
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run('— ')
    set_font(r, 'Times New Roman', 14)
    r = fp.add_run()
    set_font(r, 'Times New Roman', 14)
    b = OxmlElement('w:fldChar'); b.set(qn('w:fldCharType'), 'begin'); r._r.append(b)
    r = fp.add_run()
    set_font(r, 'Times New Roman', 14)
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' PAGE '; r._r.append(it)
    r = fp.add_run()
    set_font(r, 'Times New Roman', 14)
    e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), 'end'); r._r.append(e)
    r = fp.add_run(' —')
    set_font(r, 'Times New Roman', 14)
    return doc


class Builder:
    def __init__(self):
        self.doc = new_doc()
        self.clauses = []

    def p(self, parts, indent=True, align=None, line=28, clause=None, before=0, after=0, left=None):
        """parts: str or list of (text, font, size, bold, color). '\n' inside text = soft line break."""
        if isinstance(parts, str):
            parts = [(parts, FS, 16, False, None)]
        para = self.doc.add_paragraph()
        pf = para.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if indent:
            pf.first_line_indent = Pt(32)
        if left is not None:
            pf.left_indent = left
        if align is not None:
            para.alignment = align
        for part in parts:
            text, fnt, size, bold, color = (list(part) + [16, False, None])[:5] if len(part) < 5 else part
            r = para.add_run(text)
            set_font(r, fnt, size, bold, color)
        if clause is True:
            self.clauses.append(''.join(pt[0] for pt in parts).replace('\n', ''))
        elif isinstance(clause, str):
            self.clauses.append(clause)
        return para

    def body(self, text, **kw):
        return self.p([(text, FS, 16, False, None)], clause=True, **kw)

    def heading(self, text, fnt=HT, bold=False):
        return self.p([(text, fnt, 16, bold, None)], clause=False)

    def blank(self, n=1):
        for _ in range(n):
            self.p('', indent=False)

    def wrapped(self, lines):
        """A list typed over several lines by hand (hard returns + leading spaces)."""
        for i, ln in enumerate(lines):
            self.p([(ln, FS, 16, False, None)], indent=False, clause=False)
        self.clauses.append(lines[0] + ''.join(l.lstrip('　 ') for l in lines[1:]))

    def save(self, stem):
        path = os.path.join(HERE, stem + '.docx')
        self.doc.save(path)
        return path


def cell_text(cell, text, fnt=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, color=None):
    para = cell.paragraphs[0]
    para.alignment = align
    para.paragraph_format.line_spacing = Pt(22)
    para.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    r = para.add_run(text)
    set_font(r, fnt, size, bold, color)
    return para


def set_col_widths(table, widths):
    table.autofit = False
    tbl = table._tbl
    tblPr = tbl.tblPr
    lay = OxmlElement('w:tblLayout')
    lay.set(qn('w:type'), 'fixed')
    tblPr.append(lay)
    for gc, w in zip(tbl.tblGrid.findall(qn('w:gridCol')), widths):
        gc.set(qn('w:w'), str(int(w.twips)))
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def fensong(b, text, yinfa=None):
    """版记: 分送 line between black rules (not a clause)."""
    p = b.p([(text, FS, 14, False, None)], indent=False, line=24, clause=False, left=Pt(0))
    border(p, 'top', '000000', 8)
    if yinfa is None:
        border(p, 'bottom', '000000', 8)
    else:
        p2 = b.p([(yinfa, FS, 14, False, None)], indent=False, line=24, clause=False)
        border(p2, 'top', '000000', 4)
        border(p2, 'bottom', '000000', 8)


# --------------------------------------------------------------------------------------------
# A. 西安 市政府常务会议纪要 第12次
# --------------------------------------------------------------------------------------------
def make_xian():
    b = Builder()
    C = WD_ALIGN_PARAGRAPH.CENTER
    b.p([('西安市人民政府常务会议纪要', XBS, 30, False, RED)], indent=False, align=C, line=48, before=20)
    b.p([('第12次', KT, 16, False, None)], indent=False, align=C, line=30, before=6)
    p = b.p([('　市政府办公室' + '　' * 12 + '2026年4月8日', FS, 16, False, None)], indent=False, line=30, before=6)
    border(p, 'bottom', 'FF0000', 18)
    b.blank()

    b.body('2026年4月3日，市长叶牧川主持召开市政府第12次常务会议，听取了中国（陕西）自由贸易试验区西安区域建设情况汇报，'
           '研究了推动中欧班列（西安）集结中心高质量发展、西安跨境电子商务综合试验区建设和外商投资促进等事项。现纪要如下：')

    b.heading('一、会议听取了市商务局关于中国（陕西）自由贸易试验区西安区域2025年建设情况及2026年工作安排的汇报')
    b.body('会议指出，2025年，全市上下认真落实党中央、国务院和省委、省政府关于自贸试验区建设的决策部署，以制度创新为核心，'
           '全年新设外商投资企业186户，实际使用外资同比增长12.4%；累计形成制度创新案例52项，'
           '“中欧班列长安号运费分段结算估价管理”等案例在全国复制推广。')
    b.body('会议要求，各有关区县、开发区和市级部门要深入实施自贸试验区提升战略，对标《全面与进步跨太平洋伙伴关系协定》（CPTPP）'
           '等国际高标准经贸规则，在更大范围、更宽领域、更深层次推进首创性、差异化改革探索，重点抓好以下工作：')
    b.body('（一）深化制度型开放。聚焦数字贸易、跨境服务贸易、知识产权保护、绿色低碳等领域，2026年力争形成省级以上制度创新成果不少于15项，'
           '其中在全国复制推广1至2项。（市商务局牵头，市司法局、市市场监管局、市数据局等按职责分工负责）')
    b.body('（二）提升贸易投资便利化水平。持续优化“单一窗口”功能，推广“提前申报”“两步申报”“船边直提”等通关模式，'
           '推动进出口整体通关时间较2025年再压缩10%以上。全面落实外商投资准入前国民待遇加负面清单管理制度。（西安海关、市商务局、市发展改革委按职责分工负责）')
    b.body('（三）强化片区联动发展。推动自贸试验区西安区域与西安综合保税区、西安高新综合保税区、西安航空基地综合保税区及西安国际港务区协同联动，'
           '探索“自贸试验区+综合保税区+中欧班列”一体化发展模式，年内建成自贸试验区联动创新区2个。（市商务局、各有关开发区管委会负责）')
    b.body('会议同意将《中国（陕西）自由贸易试验区西安区域2026年制度创新重点任务清单》以市自贸办名义印发实施，由市商务局做好任务跟踪督办，'
           '每季度向市政府报告进展情况。')

    b.heading('二、会议研究了《关于推动中欧班列（西安）集结中心高质量发展的若干措施》')
    b.body('会议原则同意市发展改革委提交的《关于推动中欧班列（西安）集结中心高质量发展的若干措施》，请市发展改革委根据会议意见修改完善后，'
           '按程序报市政府印发实施。')
    b.body('会议指出，中欧班列（西安）集结中心是我市深度融入共建“一带一路”大格局、建设内陆改革开放高地的重要平台。2025年，中欧班列长安号开行5206列，'
           '同比增长4.8%，已开通常态化运行线路18条，辐射亚欧大陆45个国家和地区。'
           '同时也要看到，回程货源组织不足、境外节点布局不够完善、物流成本偏高等问题仍较突出。')
    b.body('会议要求，市级有关部门和西安国际港务区要紧盯“提质、降本、增效”目标，重点做好以下工作：')
    b.body('1.稳定提升开行质量。优化线路布局，巩固西安至汉堡、杜伊斯堡、布达佩斯等干线，加密至中亚、里海方向班列，2026年力争开行5300列以上，'
           '重箱率保持在99%以上。（西安国际港务区管委会、市发展改革委负责）')
    b.body('2.拓展回程货源和“班列+”业态。（西安国际港务区管委会、市商务局、市邮政管理局负责）')
    b.body('（1）支持班列运营平台在汉堡、马拉舍维奇、阿拉木图等境外节点建设海外仓和集货中心，年内新增境外集货点3个；')
    b.body('（2）发展“班列+跨境电商”“班列+冷链”“班列+汽车”等业态，推动中欧班列运邮常态化开行；')
    b.body('（3）研究开行中老、中越等跨境班列，探索与西部陆海新通道班列的衔接转运。')
    b.body('3.降低综合物流成本。落实国家铁路运价下浮政策，推动“一单制”“一箱制”多式联运，鼓励金融机构开展基于铁路运输单证的融资业务，'
           '力争综合物流成本较2025年下降5%。（市交通局、市金融办、中国铁路西安局集团有限公司按职责分工负责）')
    b.heading('三、会议研究了西安跨境电子商务综合试验区建设有关事项')
    b.body('会议听取了市商务局关于西安跨境电子商务综合试验区建设情况的汇报。2025年，全市跨境电商进出口额达到198.6亿元，同比增长21.3%，'
           '培育跨境电商产业园12个、公共海外仓28个。')
    b.body('会议同意设立西安跨境电子商务综合试验区建设工作专班，由分管副市长任组长，市商务局主要负责同志任副组长，专班办公室设在市商务局，'
           '具体承担综试区建设的统筹协调和日常工作。')
    # soft line break (Shift+Enter) in the middle of the paragraph
    b.body('会议要求，市商务局要会同西安海关、市税务局等部门，用好跨境电商零售出口“无票免税”、企业所得税核定征收等政策，'
           '支持企业利用中欧班列发展跨境电商B2B出口，推动“跨境电商+产业带”融合发展。\n'
           '市财政局要结合财力状况，统筹安排综试区建设资金，确保各项政策措施落地见效。')

    b.heading('四、会议审议并原则通过了《西安市进一步优化外商投资环境加大吸引外商投资力度的实施方案》')
    b.body('会议要求，市商务局要根据会议意见对方案进一步修改完善，按程序以市政府办公厅名义印发。各区县、开发区要建立重点外资项目库，'
           '实行“一项目一专班”服务机制，2026年力争实际使用外资增长5%以上。')

    b.blank()
    b.p([('出席：叶牧川　王晓东　陈　蓉　高志远　刘建军　李文斌', FS, 16, False, None)], indent=False, clause=True)
    b.p([('请假：赵启明（在外地参加全国会议）', FS, 16, False, None)], indent=False, clause=True)
    b.wrapped([
        '列席：市政府秘书长马立新，市政府副秘书长杜鹏、',
        '　　　宋佳，市发展改革委主任郭宏伟，市商务局',
        '　　　局长彭海燕，市财政局局长冯志刚，西安海关',
        '　　　副关长钟毅，西安国际港务区管委会主任谭晓',
        '　　　光，中国铁路西安局集团有限公司副总经理',
        '　　　贺军',
    ])
    b.blank()
    fensong(b, '分送：省政府办公厅，市委办公厅，市人大常委会办公厅，市政协办公厅，市纪委监委，各区县人民政府，西咸新区、各开发区管委会，'
               '市人民政府各工作部门、各直属机构。')
    path = b.save('blind567_xian_changwu')
    meta = {
        'title': '西安市人民政府常务会议纪要',
        'doc_number': '第12次',
        'issuer': ['西安市人民政府办公室'],
        'date': '2026-04-08',
        'published': None,
        'level': 'municipal',
        'region': '西安市',
        'effective': None,
        'expires': None,
        'attachments': [],
        'doc_type': '纪要',
        'recipients': [],
        'publicity': None,
        'repeals': None,
    }
    return path, 'blind567_xian_changwu', [{'meta': meta, 'clauses': b.clauses}]


# --------------------------------------------------------------------------------------------
# B. 郑州 市政府专题会议纪要 〔2026〕3号 (title line, run-in headings, Word numbering, attachment table)
# --------------------------------------------------------------------------------------------
CN_ABS = ('<w:abstractNum %s w:abstractNumId="90"><w:multiLevelType w:val="singleLevel"/>'
          '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>'
          '<w:lvlText w:val="（%%1）"/><w:lvlJc w:val="left"/>'
          '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
          '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr>'
          '</w:lvl></w:abstractNum>') % nsdecls('w')


def add_cn_numbering(doc):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(CN_ABS)
    nums = numbering.findall(qn('w:num'))
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml('<w:num %s w:numId="90"><w:abstractNumId w:val="90"/></w:num>' % nsdecls('w'))
    numbering.append(num)
    return 90


def numbered(b, text, num_id, idx):
    para = b.p([(text, FS, 16, False, None)], indent=False, clause=False)
    pPr = para._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id
    para.paragraph_format.first_line_indent = Pt(32)
    cn = '一二三四五六七八九十'[idx - 1]
    b.clauses.append('（%s）' % cn + text)
    return para


def make_zhengzhou():
    b = Builder()
    doc = b.doc
    C = WD_ALIGN_PARAGRAPH.CENTER
    num_id = add_cn_numbering(doc)
    b.p([('郑州市人民政府\n专题会议纪要', XBS, 36, False, RED)], indent=False, align=C, line=52, before=10)
    b.p([('〔2026〕3号', FS, 16, False, None)], indent=False, align=C, line=30, before=8)
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), '郑州市人民政府办公室', FS, 16, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(t.cell(0, 1), '2026年3月20日', FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    set_col_widths(t, [Cm(8.0), Cm(7.6)])
    p = b.p('', indent=False, line=6)
    border(p, 'bottom', 'FF0000', 18)
    b.blank()
    # title split over two paragraphs
    b.p([('关于中欧班列（郑州）集结中心和自贸试验区', XBS, 22, False, None)], indent=False, align=C, line=36)
    b.p([('郑州片区建设有关事项的会议纪要', XBS, 22, False, None)], indent=False, align=C, line=36)
    b.blank()

    b.body('2026年3月17日下午，副市长孙建平在市政府第六会议室主持召开专题会议，专题研究中欧班列（郑州）集结中心建设和中国（河南）自由贸易试验区'
           '郑州片区建设有关事项。会议听取了市发展改革委、市商务局、郑州国际陆港开发建设有限公司和郑州经开区管委会的情况汇报，'
           '市政府副秘书长、有关部门和单位负责同志作了发言。现将会议议定事项纪要如下：')

    # run-in heading in a bold 黑体 run
    s1 = ('会议指出，中欧班列（郑州）是全国首批中欧班列集结中心示范工程之一，2025年开行3180列，货值超过60亿美元，'
          '境外直达站点扩展至40余个国家的140多个城市。当前集结中心二期工程建设进度滞后、场站作业能力趋于饱和，需要加快破解。')
    b.p([('一、关于中欧班列（郑州）集结中心建设。', HT, 16, False, None), (s1, FS, 16, False, None)], clause=True)
    b.body('会议要求，各有关单位要把集结中心建设作为今年全市扩大对外开放的重点工作，重点做好以下工作：')
    items = [
        '加快集结中心二期工程建设。郑州国际陆港开发建设有限公司要倒排工期、挂图作战，确保二期工程2026年9月底前主体完工、12月底前投入试运营。'
        '郑州经开区管委会负责做好征地拆迁和外部配套道路建设，4月底前完成剩余38亩土地的交付。',
        '提升场站作业能力。市发展改革委牵头，协调中国铁路郑州局集团有限公司优化圃田站、占杨站作业组织，新增装卸线2条，'
        '日均作业能力由目前的14列提升至18列以上。',
        '推动“班列+口岸”联动。郑州海关要支持在集结中心拓展进口肉类、粮食、整车等指定监管场地功能，推行“铁路快通”模式，'
        '实现班列货物在郑州新郑综合保税区、郑州经开综合保税区之间便捷流转。',
        '加强数据共享。市数据局牵头建设中欧班列（郑州）数字化服务平台，6月底前实现与国际贸易“单一窗口”、铁路95306系统的数据对接。',
    ]
    for i, it in enumerate(items, 1):
        numbered(b, it, num_id, i)

    s2 = ('会议指出，自贸试验区郑州片区挂牌以来，累计新设企业9.8万家，其中外资企业1026家，形成“跨境电商零售进口退货中心仓”'
          '“多式联运‘一单制’”等一批制度创新成果。下一步要聚焦枢纽经济和跨境电商，推动片区与中欧班列、航空港、综合保税区协同发展。')
    b.p([('二、关于自贸试验区郑州片区建设。', HT, 16, False, None), (s2, FS, 16, False, None)], clause=True)
    b.body('会议研究同意以下事项：')
    b.body('1.支持郑州片区开展跨境电商“保税+直播”“前店后仓”等新业态试点，由市商务局会同郑州海关制定试点方案，4月底前报市政府。')
    b.body('2.在郑州片区设立外商投资企业服务中心，为外资企业提供政策咨询、登记注册、跨境结算等“一站式”服务，所需人员由郑州经开区管委会内部调剂解决。')
    b.body('3.原则同意市财政局提出的2026年自贸试验区和中欧班列专项资金安排意见，资金总额3.5亿元，其中集结中心建设补助2亿元、'
           '线路培育和回程货源奖励1.2亿元、制度创新奖励0.3亿元。市财政局要按照“先建后补、以奖代补”原则，会同市发展改革委、'
           '市商务局制定资金管理细则。')
    s3 = ('各责任单位要按照会议议定事项和附件分工，细化工作措施，明确完成时限，于每月5日前将上月进展情况报市政府办公室（督查室）。'
          '市政府办公室要加强跟踪督办，对工作推进不力的单位按规定予以通报。')
    b.p([('三、关于有关工作要求。', HT, 16, False, None), (s3, FS, 16, False, None)], clause=True)

    b.blank()
    b.p([('出席：孙建平（市政府副市长）', FS, 16, False, None)], indent=False, clause=True)
    b.wrapped([
        '列席：韩　磊（市政府副秘书长）、程晓燕（市发展',
        '　　　改革委副主任）、邱立新（市商务局局长）、',
        '　　　吕国强（市财政局副局长）、石　磊（郑州海关',
        '　　　副关长）、方文杰（郑州国际陆港开发建设有',
        '　　　限公司董事长）、袁　明（郑州经开区管委会',
        '　　　副主任）',
    ])
    b.p([('请假：黎志强（市数据局局长，另有公务，委托副局长吴丹参加）', FS, 16, False, None)], indent=False, clause=True)
    b.blank()
    b.p([('附件：中欧班列（郑州）集结中心和自贸试验区郑州片区2026年重点任务分工表', FS, 16, False, None)],
        indent=True, clause=False)

    # attachment page
    pb = doc.add_paragraph()
    pb.add_run().add_break(WD_BREAK.PAGE)
    b.p([('附件', HT, 16, False, None)], indent=False)
    b.p([('中欧班列（郑州）集结中心和自贸试验区\n郑州片区2026年重点任务分工表', XBS, 22, False, None)],
        indent=False, align=C, line=34, after=12)
    header = ['序号', '重点任务', '牵头单位', '配合单位', '完成时限']
    rows = [
        ['1', '集结中心二期工程主体完工', '郑州国际陆港开发建设有限公司', '郑州经开区管委会、\n市自然资源和规划局', '2026年9月底前'],
        ['2', '完成剩余38亩土地交付', '郑州经开区管委会', '市自然资源和规划局', '2026年4月底前'],
        ['3', '圃田站、占杨站新增装卸线2条', '市发展改革委', '中国铁路郑州局集团有限公司', '2026年10月底前'],
        ['4', '建成中欧班列（郑州）数字化服务平台并实现数据对接', '市数据局', '市商务局、郑州海关', '2026年6月底前'],
        ['5', '制定跨境电商“保税+直播”“前店后仓”试点方案', '市商务局', '郑州海关', '2026年4月底前'],
        ['6', '设立外商投资企业服务中心', '郑州经开区管委会', '市商务局、\n市市场监管局', '2026年5月底前'],
        ['7', '制定专项资金管理细则', '市财政局', '市发展改革委、市商务局', '2026年4月底前'],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.cell(0, j), h, HT, 14)
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if j == 1 else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.cell(i, j), v, FS, 14, align=al)
        b.clauses.append('；'.join('%s：%s' % (h, v.replace('\n', '')) for h, v in zip(header, row)))
    set_col_widths(t, [Cm(1.5), Cm(4.8), Cm(3.3), Cm(3.6), Cm(2.6)])
    b.blank(2)
    fensong(b, '分送：市委办公厅，市人大常委会办公厅，市政协办公厅，郑州经开区、郑州航空港区管委会，市发展改革委、市商务局、'
               '市财政局、市数据局、市自然资源和规划局、市市场监管局，郑州海关，中国铁路郑州局集团有限公司，郑州国际陆港开发建设有限公司。')
    path = b.save('blind567_zhengzhou_zhuanti')
    meta = {
        'title': '关于中欧班列（郑州）集结中心和自贸试验区郑州片区建设有关事项的会议纪要',
        'doc_number': '〔2026〕3号',
        'issuer': ['郑州市人民政府办公室'],
        'date': '2026-03-20',
        'published': None,
        'level': 'municipal',
        'region': '郑州市',
        'effective': None,
        'expires': None,
        'attachments': ['中欧班列（郑州）集结中心和自贸试验区郑州片区2026年重点任务分工表'],
        'doc_type': '纪要',
        'recipients': [],
        'publicity': None,
        'repeals': None,
    }
    return path, 'blind567_zhengzhou_zhuanti', [{'meta': meta, 'clauses': b.clauses}]


# --------------------------------------------------------------------------------------------
# C. 厦门 市政府常务会议纪要 〔2026〕5号 (layout table for 时间/地点/出席..., bold-run headings, split paragraph)
# --------------------------------------------------------------------------------------------
def make_xiamen():
    b = Builder()
    doc = b.doc
    C = WD_ALIGN_PARAGRAPH.CENTER
    b.p([('厦门市人民政府常务会议纪要', XBS, 30, False, RED)], indent=False, align=C, line=48, before=20)
    b.p([('〔2026〕5号', FS, 16, False, None)], indent=False, align=C, line=30, before=6)
    p = b.p([('厦门市人民政府办公厅\t2026年2月27日', FS, 16, False, None)], indent=False, line=30, before=6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    border(p, 'bottom', 'FF0000', 18)
    b.blank()

    # layout table: label | value, no borders
    lay = [
        ('时间：', '2026年2月25日上午'),
        ('地点：', '市政府第一会议室'),
        ('主持：', '黄振宇'),
        ('出席：', '黄振宇　林晓峰　郑　军　苏文华　许志坚'),
        ('请假：', '洪　涛（出国访问）'),
        ('列席：', '市政府秘书长蔡国栋，市政府副秘书长李鸿，\n市发展改革委主任张海燕，市商务局局长陈思远，\n'
                 '市财政局局长柯明，市交通运输局局长庄伟，\n厦门海关副关长黄凯，中国（福建）自由贸易\n'
                 '试验区厦门片区管委会常务副主任曾志诚'),
        ('记录：', '市政府办公厅　陈晓琳'),
    ]
    t = doc.add_table(rows=len(lay), cols=2)
    for i, (k, v) in enumerate(lay):
        cell_text(t.cell(i, 0), k, HT, 16, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(t.cell(i, 1), v, FS, 16, align=WD_ALIGN_PARAGRAPH.LEFT)
        b.clauses.append(k + v.replace('\n', ''))
    set_col_widths(t, [Cm(2.4), Cm(13.2)])
    b.blank()

    b.body('2026年2月25日，市长黄振宇主持召开市政府第5次常务会议。现将会议研究议定的事项纪要如下：')

    b.heading('一、会议听取了市商务局关于中国（福建）自由贸易试验区厦门片区2025年工作情况的汇报', fnt=FS, bold=True)
    b.body('会议指出，2025年厦门片区新增制度创新成果38项，其中全国首创11项；片区实际使用外资占全市比重达到46.2%；'
           '厦门象屿综合保税区、厦门海沧港综合保税区进出口总额同比增长9.7%。')
    # one paragraph broken by a hard return in mid-sentence; second half has no indent
    part1 = '会议要求，厦门片区管委会要聚焦对台先行先试和“丝路海运”“丝路飞翔”“丝路陆运”三条通道建设，加快推进'
    part2 = ('“海铁联运+中欧班列”跨境物流通道建设，深化两岸标准共通、资格互认，推动外商投资准入负面清单以外领域按照内外资一致原则管理，'
             '打造更高水平开放平台。')
    b.p([(part1, FS, 16, False, None)], clause=False)
    b.p([(part2, FS, 16, False, None)], indent=False, clause=False)
    b.clauses.append(part1 + part2)

    b.heading('二、会议研究了中欧（厦门）班列发展有关事项', fnt=FS, bold=True)
    b.body('会议听取了市发展改革委关于中欧（厦门）班列运营情况的汇报。2025年，中欧（厦门）班列累计开行412列，发运集装箱3.9万标箱，'
           '其中回程班列136列。')
    b.body('会议同意市发展改革委提出的支持中欧（厦门）班列发展意见，具体如下：')
    b.body('1.将中欧（厦门）班列运营补贴政策执行期限延长至2026年12月31日，补贴标准按照“逐年退坡”原则较2025年下调15%。')
    b.body('2.支持厦门国际陆港建设中欧班列海铁联运集拼中心，打通台湾地区、东南亚货物经厦门港中转中欧班列至欧洲的通道，'
           '对经厦门中转的过境集装箱，由市交通运输局按每标箱300元给予物流补助。')
    b.body('3.由市发展改革委牵头，会同厦门海关、中国铁路南昌局集团有限公司厦门货运中心研究建立班列运行协调机制，每季度至少召开1次联席会议。')

    b.blank()
    b.heading('三、会议研究了厦门象屿综合保税区优化调整和跨境电商发展有关事项', fnt=FS, bold=True)
    b.body('会议原则同意厦门象屿综合保税区区位优化调整方案，请厦门片区管委会会同市自然资源和规划局按程序报省政府，争取年内获得批复。')
    b.body('会议要求，市商务局要用好跨境电子商务综合试验区政策，支持企业在综合保税区内开展保税维修、保税研发、跨境电商保税备货等业务，'
           '鼓励跨境电商企业利用中欧（厦门）班列开展B2B出口和海外仓备货；\n厦门海关要优化综合保税区“分送集报”“自行运输”等监管措施，'
           '进一步提升通关效率。')

    b.heading('四、会议审议了《厦门市鼓励外商投资企业利润再投资若干措施（送审稿）》', fnt=FS, bold=True)
    b.body('会议原则通过《厦门市鼓励外商投资企业利润再投资若干措施（送审稿）》，请市商务局根据会议讨论意见修改完善后，以市政府名义印发，'
           '并做好政策解读和宣传推介工作。')
    b.body('会议强调，各区、各部门要认真落实外商投资法及其实施条例，全面清理涉及外资的不合理限制，保障外资企业依法平等参与政府采购、'
           '招标投标和标准制定。')

    b.blank(3)
    fensong(b, '分送：市委办公厅，市人大常委会办公厅，市政协办公厅，各区人民政府，市直各委、办、局，各管委会，厦门海关，'
               '中国铁路南昌局集团有限公司厦门货运中心。',
            yinfa='厦门市人民政府办公厅　　　　　　　　　　 2026年2月27日印发')
    path = b.save('blind567_xiamen_changwu')
    meta = {
        'title': '厦门市人民政府常务会议纪要',
        'doc_number': '〔2026〕5号',
        'issuer': ['厦门市人民政府办公厅'],
        'date': '2026-02-27',
        'published': None,
        'level': 'municipal',
        'region': '厦门市',
        'effective': None,
        'expires': None,
        'attachments': [],
        'doc_type': '纪要',
        'recipients': [],
        'publicity': None,
        'repeals': None,
    }
    return path, 'blind567_xiamen_changwu', [{'meta': meta, 'clauses': b.clauses}]


def to_pdf(path):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_567', '--headless',
                    '--convert-to', 'pdf', '--outdir', HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    expected = {}
    for fn in (make_xian, make_zhengzhou, make_xiamen):
        path, stem, docs = fn()
        expected[stem] = docs
        to_pdf(path)
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
