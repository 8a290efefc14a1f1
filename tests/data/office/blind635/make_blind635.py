# ruff: noqa
# -*- coding: utf-8 -*-
import os, json, subprocess, copy
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

FS = "仿宋_GB2312"; HT = "黑体"; KT = "楷体_GB2312"; XBS = "方正小标宋简体"


def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.insert(0, rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs'):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def new_doc():
    d = Document()
    s = d.sections[0]
    s.page_width = Cm(21); s.page_height = Cm(29.7)
    s.top_margin = Cm(3.7); s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8); s.right_margin = Cm(2.6)
    st = d.styles['Normal']
    st.font.name = FS; st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), FS)
    # page number footer: — 1 —
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("— "), "宋体", 14)
    r = fp.add_run(); set_font(r, "宋体", 14)
    for t, txt in (('begin', None), (None, 'PAGE'), ('end', None)):
        if t:
            fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), t); r._element.append(fc)
        else:
            it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = txt; r._element.append(it)
    set_font(fp.add_run(" —"), "宋体", 14)
    return d


def pfmt(p, indent=True, line=28, align=None):
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(0); pf.space_after = Pt(0)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    return p


def para(d, text, font=FS, size=16, bold=False, indent=True, align=None, color=None):
    p = pfmt(d.add_paragraph(), indent, align=align)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def runin(d, head, body, hfont=KT, hbold=True):
    p = pfmt(d.add_paragraph())
    set_font(p.add_run(head), hfont, 16, hbold)
    set_font(p.add_run(body), FS, 16)
    return p


def empty(d, n=1):
    for _ in range(n):
        pfmt(d.add_paragraph(), False)


def red_rule(p, sz=12):
    pPr = p._element.get_or_add_pPr()
    b = OxmlElement('w:pBdr'); bt = OxmlElement('w:bottom')
    bt.set(qn('w:val'), 'single'); bt.set(qn('w:sz'), str(sz)); bt.set(qn('w:space'), '1'); bt.set(qn('w:color'), 'E60012')
    b.append(bt); pPr.append(b)


def black_rule(p, where='top', sz=6):
    pPr = p._element.get_or_add_pPr()
    b = pPr.find(qn('w:pBdr'))
    if b is None:
        b = OxmlElement('w:pBdr'); pPr.append(b)
    e = OxmlElement('w:' + where)
    e.set(qn('w:val'), 'single'); e.set(qn('w:sz'), str(sz)); e.set(qn('w:space'), '1'); e.set(qn('w:color'), '000000')
    b.append(e)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_before = Pt(0); p.paragraph_format.space_after = Pt(0)
    set_font(p.add_run(text), font, size, bold)


def data_table(d, header, rows, widths=None):
    t = d.add_table(rows=1 + len(rows), cols=len(header))
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, 12)
    for r, row in enumerate(rows):
        for i, v in enumerate(row):
            bold = row[0] == '合计'
            cell_text(t.rows[r + 1].cells[i], v, FS, 12, bold,
                      WD_ALIGN_PARAGRAPH.CENTER if i == 0 else WD_ALIGN_PARAGRAPH.RIGHT)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def row_clause(header, row):
    return "；".join(f"{h}：{v}" for h, v in zip(header, row))


def no_borders(t):
    tblPr = t._element.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), 'nil'); b.append(x)
    tblPr.append(b)


def add_numbering(d):
    """Word auto numbering '1.' with no tab after it."""
    numbering = d.part.numbering_part.element
    absid = 90
    a = OxmlElement('w:abstractNum'); a.set(qn('w:abstractNumId'), str(absid))
    lvl = OxmlElement('w:lvl'); lvl.set(qn('w:ilvl'), '0')
    for tag, val in (('w:start', '1'), ('w:numFmt', 'decimal'), ('w:suff', 'nothing'), ('w:lvlText', '%1.'), ('w:lvlJc', 'left')):
        e = OxmlElement(tag); e.set(qn('w:val'), val); lvl.append(e)
    ppr = OxmlElement('w:pPr'); ind = OxmlElement('w:ind')
    ind.set(qn('w:left'), '0'); ind.set(qn('w:firstLine'), '640'); ppr.append(ind); lvl.append(ppr)
    rpr = OxmlElement('w:rPr'); rf = OxmlElement('w:rFonts')
    for at in ('w:ascii', 'w:hAnsi', 'w:eastAsia'):
        rf.set(qn(at), FS)
    rpr.append(rf); lvl.append(rpr)
    a.append(lvl)
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    n = OxmlElement('w:num'); n.set(qn('w:numId'), '90')
    an = OxmlElement('w:abstractNumId'); an.set(qn('w:val'), str(absid)); n.append(an)
    numbering.append(n)
    return 90


def numbered(d, numid, text):
    p = pfmt(d.add_paragraph(), False)
    pPr = p._element.get_or_add_pPr()
    numPr = OxmlElement('w:numPr')
    il = OxmlElement('w:ilvl'); il.set(qn('w:val'), '0')
    ni = OxmlElement('w:numId'); ni.set(qn('w:val'), str(numid))
    numPr.append(il); numPr.append(ni); pPr.insert(0, numPr)
    p.paragraph_format.first_line_indent = Pt(32)
    set_font(p.add_run(text), FS, 16)
    return p


def banji(d, lines, last):
    """版记 at the end: lines with thin rules, last line 印发."""
    empty(d, 2)
    first = True
    for ln in lines:
        p = pfmt(d.add_paragraph(), False, line=24)
        p.paragraph_format.left_indent = Pt(14); p.paragraph_format.right_indent = Pt(14)
        set_font(p.add_run(ln), FS, 14)
        if first:
            black_rule(p, 'top', 12); first = False
        black_rule(p, 'bottom', 4)
    p = pfmt(d.add_paragraph(), False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    set_font(p.add_run(last), FS, 14)
    black_rule(p, 'bottom', 12)


expected = {}

# ------------------------------------------------------------------ 1. 月度分析
def make_yuebao():
    d = new_doc()
    clauses = []
    p = para(d, "郑州海关统计分析", XBS, 42, False, False, WD_ALIGN_PARAGRAPH.CENTER, RED)
    p.paragraph_format.line_spacing = Pt(60)
    para(d, "2026年第5期（总第118期）", FS, 16, False, False, WD_ALIGN_PARAGRAPH.CENTER)
    empty(d)
    # organ and date typed on one line, aligned with spaces
    p = para(d, "郑州海关统计分析处                      2026年4月10日", FS, 16, False, False)
    p.paragraph_format.left_indent = Pt(16)
    red_rule(p, 18)
    empty(d)
    # title with a soft line break
    p = pfmt(d.add_paragraph(), False, line=35, align=WD_ALIGN_PARAGRAPH.CENTER)
    r = set_font(p.add_run("郑州海关2026年1—3月跨境电商"), XBS, 22)
    r.add_break()
    set_font(p.add_run("进出口运行情况分析"), XBS, 22)
    empty(d)

    para(d, "一、总体情况", HT)
    t = ("据海关统计，2026年1—3月，郑州海关共监管跨境电商进出口清单1.86亿票，同比增长11.4%；"
         "进出口额356.84亿元，同比增长8.8%，增速较上年同期提高3.1个百分点，高于同期全省外贸进出口增速5.2个百分点。"
         "其中，出口267.37亿元，增长12.8%；进口89.47亿元，下降1.6%；贸易顺差177.90亿元，扩大23.4%。"
         "跨境电商进出口额占同期全省外贸进出口总值的17.3%，比上年同期提升1.1个百分点。")
    para(d, t); clauses.append(t)
    t = ("分月看，1月进出口128.46亿元，同比增长15.3%；2月受春节假期错月影响，进出口97.25亿元，同比下降6.8%；"
         "3月企业复工复产节奏加快，进出口131.13亿元，同比增长16.9%，创单月历史新高。各月进出口情况见表1。")
    para(d, t); clauses.append(t)
    para(d, "表1  2026年1—3月郑州海关跨境电商进出口月度情况", HT, 14, False, False, WD_ALIGN_PARAGRAPH.CENTER)
    hdr = ["月份", "进出口额（亿元）", "同比（%）", "出口（亿元）", "进口（亿元）"]
    rows = [["1月", "128.46", "15.3", "96.72", "31.74"],
            ["2月", "97.25", "-6.8", "71.08", "26.17"],
            ["3月", "131.13", "16.9", "99.57", "31.56"],
            ["合计", "356.84", "8.8", "267.37", "89.47"]]
    data_table(d, hdr, rows, [2.4, 3.6, 2.6, 3.2, 3.2])
    clauses += [row_clause(hdr, r) for r in rows]
    t = "注：数据来源于郑州海关统计数据，为初步统计数；同比增速按可比口径计算，下同。"
    para(d, t, FS, 12, False, False); clauses.append(t)
    empty(d)

    para(d, "二、主要特点", HT)
    items = [
        ("（一）出口保持较快增长，“跨境电商+产业带”效应持续释放。",
         "一季度，全省跨境电商出口267.37亿元，增长12.8%，拉动全省跨境电商进出口增长9.3个百分点。"
         "其中，发制品出口48.63亿元，增长21.7%，占出口总额的18.2%；服装鞋帽出口41.25亿元，增长9.4%；机电产品出口65.08亿元，增长14.8%。"
         "许昌发制品、郑州服装、南阳艾草制品等产业带企业通过跨境电商开拓海外市场，一季度新增备案出口企业326家。"),
        ("（二）保税进口有所回落，消费品结构持续调整。",
         "一季度，网购保税进口（1210）82.36亿元，下降3.5%，占全省跨境电商进出口的23.1%，比上年同期下降2.8个百分点。"
         "其中，美容化妆品进口31.47亿元，下降12.6%；母婴用品进口18.92亿元，下降5.3%；保健食品进口14.06亿元，增长8.1%；"
         "宠物食品、户外运动用品等新兴品类分别增长27.4%和19.8%。"),
        ("（三）新业态模式加快发展，B2B占比稳步提升。",
         "一季度，跨境电商B2B直接出口（9710）71.58亿元，增长19.6%；跨境电商出口海外仓（9810）53.98亿元，增长8.3%。"
         "两种B2B模式合计125.56亿元，占全省跨境电商进出口的35.2%，比上年同期提升2.1个百分点。"
         "截至3月底，全省企业在境外设立跨境电商海外仓187个，面积超过210万平方米，其中一季度新增14个。"),
        ("（四）市场多元化格局加快形成，“一带一路”市场增势良好。",
         "一季度，对共建“一带一路”国家跨境电商进出口148.37亿元，增长15.6%，占全省跨境电商进出口的41.6%，比上年同期提升2.4个百分点。"
         "对东盟、中东、拉美分别增长18.3%、26.9%和31.2%；对美国进出口61.84亿元，下降4.7%；对欧盟进出口58.16亿元，增长6.2%。"
         "依托中欧班列（中豫号）开行跨境电商专列23列，运输跨境电商货物1.12万吨，增长37.5%。"),
    ]
    for h, b in items:
        runin(d, h, b); clauses.append(h + b)
    # run-in heading paragraph with a stray soft line break in the middle of the body text
    h5 = "（五）空港口岸支撑作用突出，综合保税区集聚效应明显。"
    b5a = "一季度，郑州航空港经济综合实验区跨境电商进出口196.52亿元，增长10.3%，占全省的55.1%；"
    b5b = ("郑州新郑综合保税区开展跨境电商业务企业达到412家，实现进出口103.27亿元，增长7.6%。"
           "郑州机场口岸跨境电商货邮出口量达到8.36万吨，增长13.9%。")
    p = pfmt(d.add_paragraph())
    set_font(p.add_run(h5), KT, 16, True)
    r = set_font(p.add_run(b5a), FS, 16); r.add_break()
    set_font(p.add_run(b5b), FS, 16)
    clauses.append(h5 + b5a + b5b)
    empty(d)

    para(d, "三、存在问题", HT)
    items = [
        ("（一）保税进口持续承压。",
         "受国内消费需求偏弱、跨境进口商品价格竞争加剧以及部分品牌调整渠道布局等因素影响，网购保税进口已连续5个月同比下降，"
         "1—3月降幅较上年全年扩大2.1个百分点，美容化妆品等传统优势品类下滑明显。"),
        ("（二）对美出口不确定性增加。",
         "美国调整小额包裹免税政策后，对美跨境电商直邮出口成本上升，一季度对美9610出口下降9.8%，"
         "部分中小卖家转向海外仓模式或加快开拓其他市场，短期内对出口增长形成一定拖累。"),
        ("（三）企业规模化水平有待提升。",
         "全省跨境电商出口企业中，一季度出口额超过1亿元的企业仅有63家，前20家企业出口额占全省跨境电商出口的47.5%，"
         "中小企业品牌建设、海外合规和数字化运营能力相对不足。"),
    ]
    for h, b in items:
        runin(d, h, b); clauses.append(h + b)
    empty(d)

    para(d, "四、下一步工作", HT)
    items = [
        ("（一）持续优化监管服务。",
         "深化跨境电商出口“清单核放、汇总申报”，推广“跨境电商+市场采购”等监管模式，压缩跨境电商出口整体通关时间；"
         "做好退货商品监管，支持企业开展跨境电商出口退货“一站式”办理。"),
        ("（二）助力保税进口转型升级。",
         "支持郑州新郑综合保税区、郑州经开综合保税区开展“保税展示+跨境电商”“直播带货+保税仓”等新模式，"
         "推动进口商品品类向健康食品、智能家居等方向拓展。"),
        ("（三）支持企业拓展多元市场。",
         "结合中欧班列（中豫号）、郑州—卢森堡“空中丝绸之路”运力优势，引导企业扩大对共建“一带一路”国家和新兴市场出口，"
         "加强对海外仓企业的政策宣讲和AEO认证培育。"),
        ("（四）加强运行监测预警。",
         "密切跟踪重点企业、重点商品和重点市场变化，建立跨境电商进出口月度监测和重点企业联系制度，"
         "及时分析研判苗头性、倾向性问题，为地方党委政府决策提供参考。"),
    ]
    for h, b in items:
        runin(d, h, b); clauses.append(h + b)
    empty(d)
    att = "2026年1—3月郑州海关跨境电商进出口分监管方式情况"
    para(d, "附表：" + att)

    # 附表 on a new page
    p = d.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
    para(d, "附表", HT, 16, False, False)
    empty(d)
    para(d, att, XBS, 18, False, False, WD_ALIGN_PARAGRAPH.CENTER)
    empty(d)
    hdr = ["监管方式", "进出口额（亿元）", "同比（%）", "占比（%）"]
    rows = [["9610", "148.92", "12.0", "41.7"],
            ["9710", "71.58", "19.6", "20.1"],
            ["9810", "53.98", "8.3", "15.1"],
            ["1210", "82.36", "-3.5", "23.1"],
            ["合计", "356.84", "8.8", "100.0"]]
    data_table(d, hdr, rows, [3.5, 4.2, 3.4, 3.4])
    clauses += [row_clause(hdr, r) for r in rows]
    t = "注：9610为跨境电商直购，9710为跨境电商B2B直接出口，9810为跨境电商出口海外仓，1210为保税跨境贸易电子商务。"
    para(d, t, FS, 12, False, False); clauses.append(t)

    banji(d, ["报：海关总署统计分析司，河南省人民政府办公厅。",
              "送：河南省商务厅、河南省发展和改革委员会、郑州市人民政府。",
              "发：各隶属海关，关内各处室。"],
          "郑州海关统计分析处                      2026年4月10日印发")
    stem = "blind635_zhengzhou_yuebao"
    d.save(os.path.join(HERE, stem + ".docx"))
    expected[stem] = [{
        "meta": {
            "title": "郑州海关2026年1—3月跨境电商进出口运行情况分析",
            "doc_number": None,
            "issuer": ["郑州海关统计分析处"],
            "date": "2026-04-10",
            "published": None,
            "level": "provincial",
            "region": "河南省",
            "effective": None,
            "expires": None,
            "attachments": [att],
            "doc_type": "报告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]


# ------------------------------------------------------------------ 2. 周报
def make_zhoubao():
    d = new_doc()
    numid = add_numbering(d)
    clauses = []
    p = para(d, "郑州海关跨境电商工作周报", XBS, 36, False, False, WD_ALIGN_PARAGRAPH.CENTER, RED)
    p.paragraph_format.line_spacing = Pt(54)
    para(d, "第12期", FS, 16, False, False, WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "（2026年3月16日—3月22日）", KT, 16, False, False, WD_ALIGN_PARAGRAPH.CENTER)
    # organ / date line laid out with a borderless table
    t = d.add_table(rows=1, cols=2); no_borders(t)
    cell_text(t.rows[0].cells[0], "郑州海关统计分析处", FS, 16, False, WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(t.rows[0].cells[1], "2026年3月23日", FS, 16, False, WD_ALIGN_PARAGRAPH.RIGHT)
    p = pfmt(d.add_paragraph(), False, line=8); red_rule(p, 18)
    empty(d)

    para(d, "一、本周动态", HT)
    items = [
        ("1.跨境电商进出口保持增长。",
         "本周（3月16日—3月22日），郑州海关监管跨境电商进出口清单1486.3万票，环比增长6.2%；进出口额30.47亿元，环比增长4.8%，同比增长17.6%。"
         "其中，出口23.15亿元，进口7.32亿元。"),
        ("2.中欧班列（中豫号）跨境电商专列开行。",
         "3月18日，中欧班列（中豫号）跨境电商专列从郑州圃田站发出，搭载跨境电商货物82个标箱，货值约1.36亿元，目的地为德国汉堡，"
         "这是今年以来开行的第19列跨境电商专列。"),
        ("3.许昌发制品跨境电商出口监管服务点投入运行。",
         "3月19日，许昌海关在许昌市建安区发制品产业园设立的跨境电商出口监管服务点正式运行，首日验放9710出口报关单37票、货值612万元，"
         "企业可就近办理申报、查验和放行手续，平均通关时间压缩至4小时以内。"),
        ("4.开展网购保税进口专项调研。",
         "3月20日，统计分析处会同郑州新郑综合保税区海关赴区内6家重点跨境电商进口企业调研，了解企业订单、库存和渠道调整情况，收集意见建议9条，"
         "已分类转相关处室研究办理。"),
        ("5.配合召开全省跨境电商运行调度会。",
         "3月21日，配合河南省商务厅召开全省跨境电商运行调度会，通报1—2月跨境电商进出口数据，就对美小额包裹政策调整影响、海外仓建设等作交流发言。"),
        ("6.跨境电商出口退货监管取得新进展。",
         "本周共办理跨境电商出口退货申报218票，货值386.5万元，环比增长12.4%，退货商品主要为服装鞋帽和小家电。"),
    ]
    for h, b in items:
        p = pfmt(d.add_paragraph())
        set_font(p.add_run(h), FS, 16, True)
        set_font(p.add_run(b), FS, 16)
        clauses.append(h + b)
    empty(d)

    para(d, "二、数据速览", HT)
    hdr = ["指标", "本周", "上周", "环比（%）"]
    rows = [["清单票数（万票）", "1486.3", "1399.5", "6.2"],
            ["进出口额（亿元）", "30.47", "29.07", "4.8"],
            ["出口额（亿元）", "23.15", "21.68", "6.8"],
            ["进口额（亿元）", "7.32", "7.39", "-0.9"]]
    data_table(d, hdr, rows, [4.6, 3.2, 3.2, 3.2])
    clauses += [row_clause(hdr, r) for r in rows]
    t = "注：数据来源于海关跨境电商统一版系统，为快报数，以正式统计数据为准。"
    para(d, t, FS, 12, False, False); clauses.append(t)
    empty(d)

    para(d, "三、下周安排", HT)
    for txt in ["做好一季度跨境电商进出口数据审核和运行分析，按时报送分析材料。",
                "赴洛阳、南阳开展跨境电商出口海外仓业务调研，了解企业海外仓布局和退税、结汇情况。",
                "配合做好中国（郑州）跨境电子商务综合试验区年度评估相关数据准备工作。",
                "跟踪美国小额包裹政策调整对我省跨境电商出口的影响，形成专题分析。"]:
        numbered(d, numid, txt)
    for i, txt in enumerate(["做好一季度跨境电商进出口数据审核和运行分析，按时报送分析材料。",
                             "赴洛阳、南阳开展跨境电商出口海外仓业务调研，了解企业海外仓布局和退税、结汇情况。",
                             "配合做好中国（郑州）跨境电子商务综合试验区年度评估相关数据准备工作。",
                             "跟踪美国小额包裹政策调整对我省跨境电商出口的影响，形成专题分析。"], 1):
        clauses.append(f"{i}.{txt}")
    empty(d)
    t = "（联系人：赵一鸣，电话：0371-65958312）"
    para(d, t); clauses.append(t)

    banji(d, ["报：关领导。",
              "送：综合业务处、监管处、口岸监管处、自贸区和特殊区域发展处。",
              "发：各隶属海关。"],
          "郑州海关统计分析处                      2026年3月23日印发")
    stem = "blind635_zhengzhou_zhoubao"
    d.save(os.path.join(HERE, stem + ".docx"))
    expected[stem] = [{
        "meta": {
            "title": "郑州海关跨境电商工作周报（第12期）",
            "doc_number": None,
            "issuer": ["郑州海关统计分析处"],
            "date": "2026-03-23",
            "published": None,
            "level": "provincial",
            "region": "河南省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "周报",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]


make_yuebao()
make_zhoubao()
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
for stem in expected:
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_635", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, os.path.join(HERE, stem + ".docx")],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
