# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 249 blind test files: internal reporting documents (简报、专报、工作动态、督查通报)
about 一带一路 / 自贸试验区 / 跨境电商 work.  Writes every file next to itself plus expected.json.

Run:  . /work/venv/bin/activate && python make_blind249.py
"""
import json
import os
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
RED = RGBColor(0xE6, 0x00, 0x12)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
ST = "宋体"

PPR_AFTER_BDR = ('w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap',
                 'w:overflowPunct', 'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN', 'w:bidi',
                 'w:adjustRightInd', 'w:snapToGrid', 'w:spacing', 'w:ind', 'w:contextualSpacing',
                 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc', 'w:textDirection', 'w:textAlignment',
                 'w:textboxTightWrap', 'w:outlineLvl', 'w:divId', 'w:cnfStyle', 'w:rPr', 'w:sectPr',
                 'w:pPrChange')


# ----------------------------------------------------------------------------- docx helpers
def fmt_run(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn('w:rFonts'))
    if rFonts is None:
        rFonts = OxmlElement('w:rFonts')
        rPr.insert(0, rFonts)
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs'):
        rFonts.set(qn(a), font)
    if color is not None:
        run.font.color.rgb = color
    return run


def new_doc():
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), FS)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(25)
    return doc


def pfmt(p, align=None, first=None, left=None, right=None, exact=29, before=0, after=0):
    f = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        f.first_line_indent = Pt(first)
    if left is not None:
        f.left_indent = Pt(left)
    if right is not None:
        f.right_indent = Pt(right)
    if exact:
        f.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        f.line_spacing = Pt(exact)
    else:
        f.line_spacing = 1.0
    f.space_before = Pt(before)
    f.space_after = Pt(after)
    return p


def para(doc, text='', font=FS, size=16, bold=False, color=None, align=None, first=32,
         left=None, right=None, exact=29, before=0, after=0):
    p = doc.add_paragraph()
    pfmt(p, align, first, left, right, exact, before, after)
    if text:
        lines = text.split('\n')
        for i, ln in enumerate(lines):
            r = fmt_run(p.add_run(ln), font, size, bold, color)
            if i < len(lines) - 1:
                r.add_break()  # soft line break
    return p


def runin(doc, parts, first=32, exact=29):
    """parts: list of (text, font, bold)"""
    p = doc.add_paragraph()
    pfmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, first, exact=exact)
    for text, font, bold in parts:
        fmt_run(p.add_run(text), font, 16, bold)
    return p


def border(p, side='bottom', sz=12, color='E60012', space=1, val='single'):
    pPr = p._p.get_or_add_pPr()
    pBdr = pPr.find(qn('w:pBdr'))
    if pBdr is None:
        pBdr = OxmlElement('w:pBdr')
        pPr.insert_element_before(pBdr, *PPR_AFTER_BDR)
    el = OxmlElement('w:' + side)
    el.set(qn('w:val'), val)
    el.set(qn('w:sz'), str(sz))
    el.set(qn('w:space'), str(space))
    el.set(qn('w:color'), color)
    pBdr.append(el)
    return p


def add_field(p, instr, font=ST, size=14):
    r = fmt_run(p.add_run(), font, size)
    b = OxmlElement('w:fldChar'); b.set(qn('w:fldCharType'), 'begin'); r._r.append(b)
    r = fmt_run(p.add_run(), font, size)
    t = OxmlElement('w:instrText'); t.set(qn('xml:space'), 'preserve'); t.text = f' {instr} '; r._r.append(t)
    r = fmt_run(p.add_run(), font, size)
    s = OxmlElement('w:fldChar'); s.set(qn('w:fldCharType'), 'separate'); r._r.append(s)
    fmt_run(p.add_run('1'), font, size)
    r = fmt_run(p.add_run(), font, size)
    e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), 'end'); r._r.append(e)


def page_number_footer(doc, odd_even=False):
    sec = doc.sections[0]
    if odd_even:
        doc.settings.odd_and_even_pages_header_footer = True
        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.right_indent = Pt(14)
        fmt_run(p.add_run('— '), ST, 14); add_field(p, 'PAGE'); fmt_run(p.add_run(' —'), ST, 14)
        p = sec.even_page_footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.left_indent = Pt(14)
        fmt_run(p.add_run('— '), ST, 14); add_field(p, 'PAGE'); fmt_run(p.add_run(' —'), ST, 14)
    else:
        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fmt_run(p.add_run('— '), ST, 14); add_field(p, 'PAGE'); fmt_run(p.add_run(' —'), ST, 14)


def lr_line(doc, left, right, font=FS, size=16, color=None, tab_cm=15.4, exact=None, bold=False):
    p = doc.add_paragraph()
    pfmt(p, WD_ALIGN_PARAGRAPH.LEFT, 0, exact=exact)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(tab_cm), WD_TAB_ALIGNMENT.RIGHT)
    fmt_run(p.add_run(left), font, size, bold, color)
    fmt_run(p.add_run('\t' + right), font, size, bold, color)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    pfmt(p, first=0, exact=None)
    p.add_run().add_break(WD_BREAK.PAGE)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    pfmt(p, align, 0, exact=None)
    p.paragraph_format.line_spacing = 1.0
    fmt_run(p.add_run(text), font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement('w:tblHeader'); h.set(qn('w:val'), 'true'); trPr.append(h)


def set_col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn('w:gridCol')), widths_cm):
        gc.set(qn('w:w'), str(int(Cm(w).twips)))
    tblPr = table._tbl.tblPr
    tw = tblPr.find(qn('w:tblW'))
    if tw is None:
        tw = OxmlElement('w:tblW'); tblPr.append(tw)
    tw.set(qn('w:type'), 'dxa'); tw.set(qn('w:w'), str(int(Cm(sum(widths_cm)).twips)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def to_pdf(docx_path):
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo_249',
                    '--convert-to', 'pdf', '--outdir', str(HERE), str(docx_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None, "attachments": [],
            "doc_type": None, "recipients": [], "publicity": None, "repeals": None}
    base.update(kw)
    return base


EXPECTED = {}


# ============================================================================ 1. 工作简报（湖南岳阳片区）
def make_jianbao():
    stem = 'blind249_hunan_jianbao'
    doc = new_doc()
    page_number_footer(doc)

    # ---- 报头
    p = para(doc, '中国（湖南）自由贸易试验区岳阳片区\n工 作 简 报', XBS, 36, color=RED,
             align=WD_ALIGN_PARAGRAPH.CENTER, first=0, exact=None, before=6, after=12)
    # first line a bit smaller
    p.runs[0].font.size = Pt(26)
    para(doc, '第15期（总第63期）', FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, exact=None, after=10)
    lr = lr_line(doc, '中国（湖南）自由贸易试验区岳阳片区工作办公室编', '2024年11月6日', FS, 13, tab_cm=15.4)
    border(lr, 'bottom', sz=24, space=4)
    para(doc, '', exact=None)

    # ---- 本期要目
    yaomu = ['岳阳片区“港口+综保+跨境电商”联动发展成效初显',
             '城陵矶港开通至东盟“江海直达”新航线',
             '片区“一业一证”改革再提速',
             '简讯']
    para(doc, '本 期 要 目', HT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, after=4)
    for y in yaomu:
        para(doc, '◇' + y, KT, 16, first=0, left=32)
    b = para(doc, '', exact=12)
    border(b, 'bottom', sz=6, color='000000')
    para(doc, '', exact=14)

    clauses = []
    articles = [
        {
            'head': '岳阳片区“港口+综保+跨境电商”\n联动发展成效初显',
            'byline': '（片区经济发展部供稿）', 'byline_pos': 'top',
            'paras': [
                [('今年以来，岳阳片区坚持以港兴区、以贸促产，推动城陵矶港、城陵矶综合保税区和跨境电商产业园“三区联动”，'
                  '外贸进出口保持较快增长。1—10月，片区实现进出口总额386.4亿元，同比增长17.8%，占全市外贸总额的62.3%；'
                  '跨境电商进出口交易额21.7亿元，同比增长43.5%。', FS, False)],
                [('一是做强港口枢纽。', FS, True),
                 ('城陵矶港新增内外贸航线4条，1—10月集装箱吞吐量完成118.6万标箱，同比增长9.2%。开通岳阳至香港“江海联运”'
                  '航线每周三班，平均运输时间压缩至7天。', FS, False)],
                [('二是做实综保平台。', FS, True),
                 ('城陵矶综合保税区加工贸易、保税物流、保税维修等业态加快集聚，今年新引进电子信息、粮油加工项目6个，'
                  '总投资27.3亿元。海关“四自一简”监管模式已在区内12家企业推广应用。', FS, False)],
                [('三是做活跨境电商。', FS, True),
                 ('片区已落地跨境电商“9610”“9710”“9810”“1210”全部业务模式，培育年进出口额超亿元的跨境电商企业5家。'
                  '组织32家企业参加中非经贸博览会配套对接活动，达成意向订单1.6亿元。', FS, False)],
            ],
        },
        {
            'head': '城陵矶港开通至东盟“江海直达”新航线',
            'byline': '（片区港航物流部供稿）', 'byline_pos': 'bottom',
            'paras': [
                [('10月28日，岳阳城陵矶港至越南海防港“江海直达”集装箱航线首航，首航船舶装载电子元件、机械设备、'
                  '新能源汽车零部件等货物126标箱。该航线由城陵矶港经长江出海直航东南亚，较传统“江海中转”模式减少一次中转，'
                  '单箱物流成本降低约800元，运输时间缩短3至5天。', FS, False)],
                [('为保障航线顺利开通，片区联合岳阳海关、岳阳海事局推行“提前申报、船边直提、抵港直装”，同步实施进口货物'
                  '“两段准入”等便利化措施，货物平均通关时间压缩至1.2小时。下一步，片区将加密至东盟主要港口的航班，'
                  '力争年底前实现每周一班常态化运营。', FS, False)],
            ],
        },
        {
            'head': '片区“一业一证”改革再提速',
            'byline': '（片区政务服务局供稿）', 'byline_pos': 'top',
            'paras': [
                [('今年以来，岳阳片区在前期试点基础上，将“一业一证”改革行业范围由20个扩大到35个，新增跨境电商企业、'
                  '国际货运代理、保税仓储等与开放型经济密切相关的行业，实现“一次告知、一表申请、一窗受理、一证准营”。', FS, False)],
                [('截至10月底，片区累计发放行业综合许可证1863张，审批时限平均压减78%，申报材料平均精简62%。同时，'
                  '片区推动行业综合许可证与营业执照“证照联办”，企业可通过“湘易办”平台一网通办，全程“零跑腿”。', FS, False)],
            ],
        },
    ]
    for i, art in enumerate(articles):
        if i > 0:
            para(doc, '', exact=14)
        para(doc, art['head'], XBS, 20, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, exact=32, after=2)
        if art['byline_pos'] == 'top':
            para(doc, art['byline'], KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, after=4)
        for parts in art['paras']:
            runin(doc, parts)
            clauses.append(''.join(t for t, _, _ in parts))
        if art['byline_pos'] == 'bottom':
            para(doc, art['byline'], KT, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, first=0, right=16)

    # ---- 简讯
    para(doc, '', exact=14)
    para(doc, '简　　讯', HT, 18, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, after=4)
    jianxun = [
        '10月15日，岳阳片区与老挝万象赛色塔综合开发区签署友好合作备忘录，双方将在产能合作、物流通道、人才培训等领域开展务实合作。',
        '10月22日，城陵矶综合保税区管理局印发《城陵矶综合保税区保税维修业务管理办法（试行）》，明确区内企业开展全球维修、'
        '再制造业务的准入条件、监管流程和安全环保要求，自2024年11月1日起施行。',
        '10月25日，片区举办“跨境电商出海”专题培训会，邀请平台企业和海关、税务部门专家围绕海外仓布局、出口退税等内容授课，'
        '120余家企业参加。',
        '10月30日，片区2024年第三批重点项目集中签约，共签约项目11个，总投资68.5亿元，涉及临港装备制造、冷链物流、跨境电商等领域。',
    ]
    for j in jianxun:
        p = para(doc, j)
        clauses.append(j)

    # ---- 报送 block
    para(doc, '', exact=20)
    para(doc, '', exact=20)
    p = para(doc, '报送：湖南省自由贸易试验区工作办公室，中共岳阳市委办公室，岳阳市人民政府办公室。', FS, 14,
             first=0, left=14, right=14, exact=None)
    p.paragraph_format.first_line_indent = Pt(0)
    border(p, 'top', sz=8, color='000000', space=4)
    p = para(doc, '分送：片区工作领导小组各成员单位，片区各部门、各驻区单位。', FS, 14, first=0, left=14, right=14,
             exact=None)
    border(p, 'bottom', sz=8, color='000000', space=4)
    lr_line(doc, '责任编辑：刘晓燕　　审核：周建华', '（共印80份）', FS, 14, tab_cm=15.4)

    path = HERE / f'{stem}.docx'
    doc.save(path)
    to_pdf(path)

    EXPECTED[stem] = [{
        "meta": meta(title='中国（湖南）自由贸易试验区岳阳片区工作简报', doc_number='第15期（总第63期）',
                     issuer=['中国（湖南）自由贸易试验区岳阳片区工作办公室'], date='2024-11-06', published=None,
                     level='zone', region='中国（湖南）自由贸易试验区岳阳片区', doc_type='工作简报',
                     recipients=['湖南省自由贸易试验区工作办公室', '中共岳阳市委办公室', '岳阳市人民政府办公室',
                                 '片区工作领导小组各成员单位', '片区各部门', '各驻区单位']),
        "clauses": clauses,
        "applies_to": {"specific": {jianxun[1][:24]: ['城陵矶综合保税区']}},
    }]


# ============================================================================ 2. 要情专报（新疆商务厅）
def make_zhuanbao():
    stem = 'blind249_xinjiang_zhuanbao'
    doc = new_doc()
    page_number_footer(doc)

    lr_line(doc, '内部资料　注意保存', '编号：新商专报〔2024〕31号', HT, 14, tab_cm=15.4)
    para(doc, '商务要情专报', XBS, 48, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, exact=None,
         before=18, after=12)
    para(doc, '2024年第31期', FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, exact=None, after=6)
    lr_line(doc, '新疆维吾尔自治区商务厅', '签发人：马建新', FS, 16, tab_cm=15.4)
    p = lr_line(doc, '', '2024年9月12日', FS, 16, tab_cm=15.4)
    border(p, 'bottom', sz=24, space=4)
    para(doc, '', exact=None)

    para(doc, '我区跨境电商对中亚出口快速增长\n亟需破解海外仓和物流通道瓶颈', XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, first=0, exact=36, after=14)

    clauses = []
    specific = {}

    def body(t):
        para(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        clauses.append(t)

    def h1(t):
        para(doc, t, HT, 16)

    def item(label_head, text, place=None):
        runin(doc, [(label_head, KT, True), (text, FS, False)])
        clauses.append(label_head + text)
        if place:
            specific[(label_head + text)[:24]] = place

    body('今年以来，我区抢抓丝绸之路经济带核心区建设机遇，推动跨境电商与中欧（中亚）班列、边境口岸联动发展，'
         '对中亚五国跨境电商出口呈现快速增长态势，但海外仓布局不足、物流通道不畅、结算渠道单一等问题逐步显现。'
         '现将有关情况报告如下。')
    h1('一、基本情况')
    body('1—8月，全区跨境电商进出口额达268.3亿元，同比增长71.2%，其中对中亚五国出口192.6亿元，占全区跨境电商出口的76.4%。'
         '从贸易方式看，跨境电商B2B直接出口（9710）和跨境电商出口海外仓（9810）合计占比超过80%，成为主要增长动力。'
         '从出口商品看，服装鞋帽、家居日用品、汽车零配件、小家电等商品增长较快。')
    body('分口岸看，霍尔果斯口岸出口额居首位，喀什方向口岸增速最快（见下表）。')

    para(doc, '表1　1—8月主要口岸跨境电商对中亚出口情况', HT, 14, align=WD_ALIGN_PARAGRAPH.CENTER, first=0,
         exact=None, before=4, after=4)
    cols = ['口岸', '出口额（亿元）', '同比增长（%）', '主要目的国']
    rows = [
        ['霍尔果斯口岸', '78.4', '65.3', '哈萨克斯坦、乌兹别克斯坦'],
        ['阿拉山口口岸', '41.2', '52.7', '哈萨克斯坦、俄罗斯'],
        ['喀什（吐尔尕特、伊尔克什坦）口岸', '36.9', '93.1', '吉尔吉斯斯坦、乌兹别克斯坦'],
        ['乌鲁木齐国际陆港区', '36.1', '88.4', '哈萨克斯坦、塔吉克斯坦'],
        ['合计', '192.6', '74.6', '—'],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, c in enumerate(cols):
        cell_text(t.cell(0, i), c, HT, 12)
    repeat_header(t.rows[0])
    for r, row in enumerate(rows, start=1):
        for i, v in enumerate(row):
            cell_text(t.cell(r, i), v, FS, 12)
        clauses.append('；'.join(f'{c}：{v}' for c, v in zip(cols, row)))
    set_col_widths(t, [4.6, 2.8, 2.8, 5.2])
    para(doc, '数据来源：乌鲁木齐海关、自治区商务厅跨境电商统计监测系统。', KT, 12, first=0, exact=None, before=2)
    para(doc, '', exact=14)

    h1('二、主要做法')
    item('（一）完善政策支持体系。', '出台《关于加快发展跨境电子商务的若干措施》，对新建海外仓、开通跨境电商物流专线等给予奖补，'
         '1—8月累计兑现奖补资金1.27亿元。')
    item('（二）拓展跨境物流通道。', '开行跨境电商中亚专列86列，同比增长1.3倍；开通乌鲁木齐至阿拉木图、塔什干等跨境电商公路运输线路5条，'
         '实现“一次申报、一次查验、一次放行”。')
    item('（三）培育壮大经营主体。', '引进跨境电商平台区域总部和综合服务商23家，全区跨境电商备案企业达1460家，较年初增加412家。')
    h1('三、存在的问题')
    item('（一）海外仓布局不足。', '全区企业在中亚建设运营的海外仓仅31个，总面积约18万平方米，且主要集中在阿拉木图、塔什干，'
         '难以满足“前置仓+末端配送”需求。')
    item('（二）物流通道不够顺畅。', '部分口岸旺季出境车辆排队时间长达3至5天，中亚国家间转运手续繁琐，跨境电商小包退换货渠道尚未打通。')
    item('（三）跨境结算渠道单一。', '对中亚跨境电商结算仍以美元为主，本币结算占比不足15%，部分中小企业收汇周期长、汇兑成本高。')
    h1('四、下一步建议')
    item('（一）支持建设一批中亚海外仓。', '建议自治区设立跨境电商海外仓发展专项资金，对我区企业在中亚五国新建或租赁面积5000平方米以上的'
         '公共海外仓，按实际投资额给予不超过20%的补助，单个项目最高500万元。')
    item('（二）开展跨境电商退货中心仓试点。', '建议积极争取海关总署支持，在喀什综合保税区、霍尔果斯综合保税区先行开展跨境电商出口退货'
         '“集中申报、分类处置”试点，探索建立退换货快速通道。', ['喀什综合保税区', '霍尔果斯综合保税区'])
    item('（三）扩大本币结算规模。', '建议协调中国人民银行新疆维吾尔自治区分行，推动更多银行与中亚国家商业银行建立代理行关系，'
         '开展跨境电商人民币结算业务，力争年底前本币结算占比提高到25%以上。')
    item('（四）提升口岸通关效率。', '建议在霍尔果斯、阿拉山口等主要陆路口岸设立跨境电商货物专用通道，推行“7×24小时”预约通关，'
         '压缩车辆排队等候时间。')
    para(doc, '（自治区商务厅电子商务和信息化处）', KT, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, first=0, right=16)

    # ---- foot
    para(doc, '', exact=20)
    p = para(doc, '报：自治区党委、自治区人民政府。', FS, 14, first=0, left=14, right=14, exact=None)
    border(p, 'top', sz=8, color='000000', space=4)
    p = para(doc, '送：商务部办公厅，自治区党委办公厅、自治区人民政府办公厅，自治区发展改革委、自治区财政厅，乌鲁木齐海关。',
             FS, 14, first=0, left=14, right=14, exact=None)
    border(p, 'bottom', sz=8, color='000000', space=4)
    para(doc, '（共印30份）', FS, 14, align=WD_ALIGN_PARAGRAPH.RIGHT, first=0, exact=None)

    path = HERE / f'{stem}.docx'
    doc.save(path)
    to_pdf(path)

    EXPECTED[stem] = [{
        "meta": meta(title='我区跨境电商对中亚出口快速增长亟需破解海外仓和物流通道瓶颈',
                     doc_number='新商专报〔2024〕31号', issuer=['新疆维吾尔自治区商务厅'], date='2024-09-12',
                     published=None, level='provincial', region='新疆维吾尔自治区', doc_type='要情专报',
                     recipients=['自治区党委', '自治区人民政府', '商务部办公厅', '自治区党委办公厅',
                                 '自治区人民政府办公厅', '自治区发展改革委', '自治区财政厅', '乌鲁木齐海关'],
                     publicity='内部资料'),
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


# ============================================================================ 3. 工作动态（金华市商务局 HTML）
def make_dongtai():
    stem = 'blind249_jinhua_dongtai'
    title = '金华市商务局2024年10月工作动态'
    groups = [
        ('一、外贸稳增长', [
            ('1.全市外贸进出口保持较快增长。', '10月21日，金华海关发布数据显示，1—9月全市实现进出口总额5612.8亿元，同比增长13.4%，'
             '其中出口4721.5亿元，增长12.9%；对共建“一带一路”国家进出口3105.6亿元，增长16.2%，占全市比重达55.3%。', None, None),
            ('2.组织企业参加第136届广交会。', '10月15日至11月4日，市商务局组织全市312家外贸企业参加第136届中国进出口商品交易会，'
             '设展位986个，首期现场意向成交额1.8亿美元，共建“一带一路”国家采购商占比超过六成。', None, None),
            ('3.东阳市出台跨境电商扶持政策。', '10月16日，东阳市印发《东阳市促进跨境电子商务高质量发展若干措施》，对年度跨境电商'
             '出口额首次突破1000万元、5000万元的企业分别给予10万元、30万元奖励，对企业在境外新建或租用公共海外仓按使用面积给予补助，'
             '自2024年11月1日起施行。', None, ['东阳市']),
            ('4.兰溪市开展出口信用保险“应保尽保”专项行动。', '10月28日，兰溪市商务局联合中国出口信用保险公司浙江分公司启动专项行动，'
             '对上年度出口额500万美元以下的小微外贸企业实行出口信用保险统保，保费由兰溪市财政全额承担。', None, ['兰溪市']),
        ]),
        ('二、开放平台和通道建设', [
            ('5.义乌综合保税区跨境电商业务量突破1亿单。', '10月9日，义乌综合保税区跨境电商进出口业务量累计突破1亿单。今年以来，'
             '区内日均处理跨境电商包裹38.6万单，“1210”保税进口、“9610”直邮出口业务量分别增长27.4%和41.9%。', None, None),
            ('6.金义片区3项案例入选省级制度创新最佳实践。', '10月18日，中国（浙江）自由贸易试验区金义片区“小商品数字贸易多式联运一单制”'
             '“市场采购贸易组货人备案管理”等3项制度创新案例入选全省自贸试验区第四批最佳实践案例。', None, None),
            ('7.“义新欧”中欧班列开行量创历史新高。', '10月25日，第2126列“义新欧”中欧班列从义乌西站驶出，开往哈萨克斯坦阿拉木图，'
             '标志着今年班列开行量提前突破去年全年水平。',
             '今年以来，“义新欧”中欧班列累计运送标箱17.5万个，同比增长8.6%，新增至塔吉克斯坦杜尚别、格鲁吉亚第比利斯等线路3条，'
             '辐射欧亚50多个国家和地区。', None),
            ('8.召开全市跨境电商海外仓建设推进会。', '10月12日，市商务局召开全市跨境电商海外仓建设推进会，通报1—9月各县（市、区）'
             '海外仓建设情况，部署四季度重点工作。截至9月底，全市企业在境外设立海外仓276个，总面积312万平方米。', None, None),
        ]),
    ]
    clauses = []
    specific = {}
    body_html = []
    for gh, items in groups:
        body_html.append(f'<p style="text-indent:2em;"><strong>{gh}</strong></p>')
        for head, text, cont, place in items:
            body_html.append(f'<p style="text-indent:2em;"><strong>{head}</strong>{text}</p>')
            c = head + text
            if cont:
                body_html.append(f'<p style="text-indent:2em;">{cont}</p>')
                c += '\n' + cont
            clauses.append(c)
            if place:
                specific[c[:20]] = place
    body = '\n'.join(body_html)
    html = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="金华市商务局">
<meta name="SiteDomain" content="swj.jinhua.gov.cn">
<meta name="SiteIDCode" content="3307000031">
<meta name="ColumnName" content="工作动态">
<meta name="ColumnType" content="工作动态">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2024-11-04 09:32">
<meta name="ContentSource" content="金华市商务局办公室">
<meta name="Keywords" content="工作动态,跨境电商,一带一路,自贸试验区">
<title>{title}_工作动态_金华市商务局</title>
<link rel="stylesheet" href="/static/css/common.css">
<style>
body{{font-family:"Microsoft YaHei",sans-serif;margin:0;background:#f4f4f4;}}
.header{{background:#b8161d;color:#fff;padding:18px 0;}}
.header h1{{width:1100px;margin:0 auto;font-size:30px;}}
.nav{{background:#93060c;}} .nav ul{{width:1100px;margin:0 auto;padding:0;list-style:none;display:flex;}}
.nav li{{padding:10px 22px;color:#fff;}}
.main{{width:1100px;margin:16px auto;background:#fff;padding:20px 40px;}}
.position{{font-size:14px;color:#666;border-bottom:1px solid #ddd;padding-bottom:8px;}}
.art-title{{text-align:center;font-size:24px;color:#222;margin:24px 0 10px;}}
.art-info{{text-align:center;font-size:14px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:10px;}}
.TRS_Editor p{{font-size:16px;line-height:2;margin:0;}}
.footer{{background:#333;color:#ccc;font-size:13px;text-align:center;padding:18px 0;line-height:1.9;}}
</style>
</head>
<body>
<div class="topbar"><span>欢迎访问金华市商务局网站</span> <a href="/">无障碍</a> | <a href="/">长者模式</a> | <a href="/">English</a></div>
<div class="header"><h1>金华市商务局</h1></div>
<div class="nav"><ul>
<li><a href="/">首页</a></li><li><a href="/col/col1229.html">机构概况</a></li><li><a href="/col/col1230.html">政务公开</a></li>
<li><a href="/col/col1231.html">政务服务</a></li><li><a href="/col/col1232.html">互动交流</a></li><li><a href="/col/col1233.html">专题专栏</a></li>
</ul></div>
<div class="main">
<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/col/col1230.html">政务公开</a> &gt; <a href="/col/col1240.html">工作动态</a></div>
<h2 class="art-title">{title}</h2>
<div class="art-info">发布日期：2024-11-04&nbsp;&nbsp;&nbsp;&nbsp;信息来源：金华市商务局办公室&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">1286</span>&nbsp;&nbsp;&nbsp;&nbsp;字号：[ <a href="#">大</a> <a href="#">中</a> <a href="#">小</a> ]</div>
<div class="TRS_Editor">
{body}
</div>
<div class="art-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="related">
<h3>相关信息</h3>
<ul>
<li><a href="/art/2024/10/08/art_1240_58112.html">金华市商务局2024年9月工作动态</a><span>2024-10-08</span></li>
<li><a href="/art/2024/09/04/art_1240_57790.html">金华市商务局2024年8月工作动态</a><span>2024-09-04</span></li>
<li><a href="/art/2024/08/05/art_1240_57351.html">金华市商务局2024年7月工作动态</a><span>2024-08-05</span></li>
</ul>
</div>
</div>
<div class="footer">
<p>主办单位：金华市商务局　　地址：金华市双龙南街858号　　邮编：321017　　联系电话：0579-82468500</p>
<p>网站标识码：3307000031　　<a href="https://beian.miit.gov.cn/">浙ICP备13012768号-2</a>　　浙公网安备 33070202000617号</p>
<p>建议使用1920×1080分辨率，IE10以上版本浏览器</p>
</div>
</body>
</html>
'''
    (HERE / f'{stem}.html').write_text(html, encoding='utf-8')
    EXPECTED[stem] = [{
        "meta": meta(title=title, doc_number=None, issuer=['金华市商务局'], date='2024-11-04', published='2024-11-04',
                     level='municipal', region='金华市', doc_type='工作动态'),
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


# ============================================================================ 4. 督查通报（钦州市政府督查室）
def make_tongbao():
    stem = 'blind249_qinzhou_tongbao'
    doc = new_doc()
    page_number_footer(doc, odd_even=True)

    # ---- 版头
    para(doc, '', exact=None)
    para(doc, '钦州市人民政府督查室', XBS, 40, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, exact=None,
         before=30, after=24)
    p = para(doc, '钦政督通〔2024〕9号', FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, exact=None, after=4)
    border(p, 'bottom', sz=24, space=6)
    para(doc, '', exact=None)
    para(doc, '关于中国（广西）自由贸易试验区\n钦州港片区2024年第三季度重点任务\n推进情况的督查通报', XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, first=0, exact=36, after=14)
    para(doc, '各县（区）人民政府，钦州港经济技术开发区管委会，市直有关单位：', first=0)

    clauses = []
    specific = {}

    def body(t):
        para(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        clauses.append(t)

    def h1(t):
        para(doc, t, HT, 16)

    def item(label_head, text, place=None):
        runin(doc, [(label_head, KT, False), (text, FS, False)])
        clauses.append(label_head + text)
        if place:
            specific[(label_head + text)[:24]] = place

    body('为深入贯彻落实《中国（广西）自由贸易试验区钦州港片区深化改革创新三年行动方案（2023—2025年）》，加快推进西部陆海新通道'
         '和面向东盟开放合作平台建设，10月上旬，市政府督查室会同市自贸办对片区2024年第三季度16项重点任务推进情况开展了专项督查。'
         '现将有关情况通报如下。')
    h1('一、总体情况')
    body('从督查情况看，各责任单位能够按照任务分工压实责任、挂图作战，重点任务总体推进有序。截至9月30日，16项重点任务中，'
         '已完成7项，占43.8%；按序时进度推进6项，占37.5%；进度滞后3项，占18.8%。各责任单位任务完成情况见表1。')

    para(doc, '表1　各责任单位重点任务完成情况统计', HT, 14, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, exact=None,
         before=4, after=4)
    stat_rows = [
        ['钦州港经济技术开发区管委会', '4', '1', '1', '2'],
        ['市商务局', '3', '2', '0', '1'],
        ['市交通运输局', '3', '2', '1', '0'],
        ['市口岸办', '3', '2', '1', '0'],
        ['市发展改革委', '2', '0', '2', '0'],
        ['市自然资源局', '1', '0', '1', '0'],
        ['合计', '16', '7', '6', '3'],
    ]
    stat_cols = ['责任单位', '任务数（项）', '已完成', '按序时推进', '进度滞后']
    t = doc.add_table(rows=2 + len(stat_rows), cols=5)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    m = t.cell(0, 0).merge(t.cell(1, 0)); cell_text(m, '责任单位', HT, 12)
    m = t.cell(0, 1).merge(t.cell(1, 1)); cell_text(m, '任务数（项）', HT, 12)
    m = t.cell(0, 2).merge(t.cell(0, 4)); cell_text(m, '完成情况（项）', HT, 12)
    for i, c in enumerate(['已完成', '按序时推进', '进度滞后']):
        cell_text(t.cell(1, 2 + i), c, HT, 12)
    for r, row in enumerate(stat_rows, start=2):
        for i, v in enumerate(row):
            cell_text(t.cell(r, i), v, FS, 12)
        clauses.append('；'.join(f'{c}：{v}' for c, v in zip(stat_cols, row)))
    set_col_widths(t, [5.6, 2.4, 2.4, 2.6, 2.4])
    para(doc, '', exact=14)

    h1('二、主要进展')
    item('（一）西部陆海新通道建设提速。', '钦州港东航道扩建工程一期完工，30万吨级油轮可全天候进出港。1—9月，钦州港海铁联运班列开行'
         '7236列，同比增长11.3%；新开通至印度尼西亚、泰国等国家外贸航线6条。')
    item('（二）贸易投资便利化水平提升。', '“智慧港口+智能通关”模式在钦州港全面推广，进口、出口整体通关时间分别压缩至18.6小时和0.9小时。'
         '中国—东盟跨境电商产业园新增入驻企业47家，1—9月跨境电商交易额同比增长56.8%。')
    item('（三）制度创新成果持续涌现。', '“海铁联运集装箱‘一单制’”“RCEP原产地证书智能审核”等4项制度创新成果获自治区复制推广，'
         '其中1项入选全国自贸试验区制度创新案例。')
    h1('三、存在问题')
    item('（一）部分任务进度滞后。', '钦州综合保税区二期围网建设及验收、中国—东盟产业合作区标准厂房建设（二期）、跨境电商公共海外仓建设'
         '等3项任务未达序时进度，主要原因是项目前期手续办理缓慢、建设资金到位较晚。')
    item('（二）部门协同有待加强。', '个别任务涉及多个部门，牵头单位统筹不够，配合单位主动性不强，存在“等靠要”现象。')
    h1('四、下一步工作要求')
    item('（一）对标对表抓落实。', '各责任单位要对照任务清单，逐项梳理未完成任务，制定“一任务一方案”，确保年底前16项重点任务全部完成。')
    item('（二）聚焦滞后任务抓攻坚。', '对进度滞后的3项任务，市政府督查室实行“红色”督办，每半月跟踪一次；钦州港经济技术开发区管委会、'
         '市商务局要于2024年10月31日前将整改方案报市政府督查室。')
    item('（三）加快钦州综合保税区二期建设。', '钦州港经济技术开发区管委会要倒排工期、挂图作战，确保钦州综合保税区二期围网于2024年11月底前'
         '通过验收，同步做好区内企业入驻和海关监管设施配套工作。', ['钦州综合保税区'])
    item('（四）强化督查结果运用。', '督查结果纳入2024年度绩效考评，对连续两次进度滞后的单位予以通报批评，对推进不力、造成不良影响的，'
         '依规依纪追究相关人员责任。')

    para(doc, '', exact=29)
    para(doc, '附件：钦州港片区2024年第三季度重点任务进展情况表', first=32)
    para(doc, '', exact=29)
    para(doc, '', exact=29)
    para(doc, '钦州市人民政府督查室', align=WD_ALIGN_PARAGRAPH.RIGHT, first=0, right=64)
    para(doc, '2024年10月18日', align=WD_ALIGN_PARAGRAPH.RIGHT, first=0, right=64)
    para(doc, '（此件公开发布）', first=32)

    # ---- 附件 in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
    sec.left_margin, sec.right_margin = Mm(37), Mm(35)
    para(doc, '附件', HT, 16, first=0)
    para(doc, '钦州港片区2024年第三季度重点任务进展情况表', XBS, 20, align=WD_ALIGN_PARAGRAPH.CENTER, first=0,
         exact=None, before=6, after=10)
    tasks = [
        ('钦州港经济技术开发区管委会', [
            ('1', '钦州综合保税区二期围网建设及验收', '围网主体工程已完工，因卡口隔离设施调整需补充设计，验收推迟至11月底', '进度滞后'),
            ('2', '中国—东盟产业合作区标准厂房建设（二期）', '完成投资2.1亿元，占年度计划的58%，因专项债资金到位较晚进度滞后', '进度滞后'),
            ('3', '片区“一业一证”改革扩围', '新增12个行业，累计覆盖32个行业', '已完成'),
            ('4', '钦州港自动化码头二期建设', '完成设备安装调试70%', '按序时推进'),
        ]),
        ('市商务局', [
            ('5', '跨境电商公共海外仓建设', '已在泰国、马来西亚完成选址，租赁合同尚未签订', '进度滞后'),
            ('6', '中国—东盟跨境电商产业园招商', '新增入驻企业47家，超额完成年度目标', '已完成'),
            ('7', '举办RCEP经贸促进活动', '9月举办RCEP经贸对接会，签约项目9个', '已完成'),
        ]),
        ('市交通运输局', [
            ('8', '钦州港东航道扩建工程一期', '工程已完工并通过交工验收', '已完成'),
            ('9', '海铁联运班列扩量', '1—9月开行7236列，完成年度目标的76%', '按序时推进'),
            ('10', '新开通外贸航线', '新开通外贸航线6条，完成年度目标', '已完成'),
        ]),
        ('市口岸办', [
            ('11', '“智慧港口+智能通关”模式推广', '已在钦州港全部集装箱码头推广应用', '已完成'),
            ('12', '进口大宗商品“先放后检”扩面', '已覆盖进口铁矿石、铜精矿等4类商品', '按序时推进'),
            ('13', 'RCEP原产地证书智能审核', '系统上线运行，审核时间压缩至5分钟以内', '已完成'),
        ]),
        ('市发展改革委', [
            ('14', '西部陆海新通道（钦州）物流枢纽项目前期工作', '可行性研究报告已完成专家评审', '按序时推进'),
            ('15', '片区重大项目要素保障', '协调解决用地、用能等问题23个', '按序时推进'),
        ]),
        ('市自然资源局', [
            ('16', '片区产业用地“标准地”出让', '出让“标准地”5宗共412亩，完成年度计划的69%', '按序时推进'),
        ]),
    ]
    tcols = ['序号', '责任单位', '重点任务', '进展情况', '完成状态']
    n = sum(len(v) for _, v in tasks)
    t = doc.add_table(rows=1 + n, cols=5)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, c in enumerate(tcols):
        cell_text(t.cell(0, i), c, HT, 12)
    repeat_header(t.rows[0])
    r = 1
    for unit, lst in tasks:
        start = r
        for no, task, prog, status in lst:
            cell_text(t.cell(r, 0), no, FS, 12)
            cell_text(t.cell(r, 2), task, FS, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(t.cell(r, 3), prog, FS, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(t.cell(r, 4), status, FS, 12)
            clauses.append('；'.join(f'{c}：{v}' for c, v in zip(tcols, [no, unit, task, prog, status])))
            r += 1
        if r - 1 > start:
            m = t.cell(start, 1).merge(t.cell(r - 1, 1))
        else:
            m = t.cell(start, 1)
        cell_text(m, unit, FS, 12)
    set_col_widths(t, [1.5, 5.0, 6.8, 8.6, 2.6])

    # ---- 版记 on a portrait page
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    for _ in range(16):
        para(doc, '', exact=29)
    p = para(doc, '抄送：自治区自由贸易试验区工作办公室，市委办公室，市人大常委会办公室，市政协办公室。', FS, 14,
             first=0, left=14, right=14, exact=None)
    p.paragraph_format.first_line_indent = Pt(-42)
    p.paragraph_format.left_indent = Pt(56)
    border(p, 'top', sz=12, color='000000', space=4)
    border(p, 'bottom', sz=4, color='000000', space=4)
    p = lr_line(doc, '　钦州市人民政府督查室', '2024年10月21日印发　', FS, 14, tab_cm=15.6)
    border(p, 'bottom', sz=12, color='000000', space=4)

    path = HERE / f'{stem}.docx'
    doc.save(path)
    to_pdf(path)

    EXPECTED[stem] = [{
        "meta": meta(title='关于中国（广西）自由贸易试验区钦州港片区2024年第三季度重点任务推进情况的督查通报',
                     doc_number='钦政督通〔2024〕9号', issuer=['钦州市人民政府督查室'], date='2024-10-18',
                     published='2024-10-21', level='municipal', region='中国（广西）自由贸易试验区钦州港片区',
                     attachments=['钦州港片区2024年第三季度重点任务进展情况表'], doc_type='督查通报',
                     recipients=['各县（区）人民政府', '钦州港经济技术开发区管委会', '市直有关单位'],
                     publicity='此件公开发布'),
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


if __name__ == '__main__':
    os.chdir(HERE)
    make_jianbao()
    make_zhuanbao()
    make_dongtai()
    make_tongbao()
    (HERE / 'expected.json').write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=2), encoding='utf-8')
    for k, v in EXPECTED.items():
        print(k, len(v[0]['clauses']), 'clauses')
