# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 719: 多部门联合发文 关于推动中欧班列高质量发展的若干措施的通知."""
import json
import os
import subprocess
import copy

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)
FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first_indent=None, line=28, before=0, after=0, left=None, right=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(container, text="", font=FS, size=16, bold=False, color=None, **kw):
    p = container.add_paragraph()
    fmt(p, **kw)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def add_run(p, text, font=FS, size=16, bold=False, color=None):
    r = p.add_run(text)
    set_font(r, font, size, bold, color)
    return r


def p_border(p, side, color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement("w:%s" % side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def set_widths(table, widths):
    """LibreOffice uses tblGrid; fix the grid and use a fixed layout."""
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tbl.tblPr.append(lay)
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def no_borders(table):
    tbl = table._tbl
    tblpr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:%s" % side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def grid_borders(table):
    tbl = table._tbl
    tblpr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:%s" % side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


def cell_text(cell, text, font=FS, size=16, bold=False, color=None, align=WD_ALIGN_PARAGRAPH.CENTER, line=24):
    p = cell.paragraphs[0]
    fmt(p, align=align, line=line)
    if text:
        add_run(p, text, font, size, bold, color)
    return p


def setup_page(doc):
    s = doc.sections[0]
    s.page_height = Mm(297)
    s.page_width = Mm(210)
    s.top_margin = Mm(37)
    s.bottom_margin = Mm(35)
    s.left_margin = Mm(28)
    s.right_margin = Mm(26)
    s.footer_distance = Mm(25)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    # page number  — 1 —
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(fp, "— ", "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        r._element.append(e)
    add_run(fp, " —", "宋体", 14)


def masthead(doc, organs, wenhao, distribute=True, wenjian_size=60):
    """发文机关标志: two-column borderless table, organ names stacked left, big red 文件 merged on the right."""
    n = len(organs)
    t = doc.add_table(rows=n, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    widths = (Mm(100), Mm(50))
    for i, name in enumerate(organs):
        c = t.cell(i, 0)
        c.width = widths[0]
        p = cell_text(c, name, XBS, 16, False, RED,
                      WD_ALIGN_PARAGRAPH.DISTRIBUTE if distribute else WD_ALIGN_PARAGRAPH.CENTER, line=22)
    set_widths(t, widths)
    m = t.cell(0, 1).merge(t.cell(n - 1, 1))
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    # merged cell keeps several empty paragraphs; reuse the first
    for extra in m.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    cell_text(m, "文件", XBS, wenjian_size, False, RED, WD_ALIGN_PARAGRAPH.CENTER, line=wenjian_size + 10)
    para(doc, "", line=20)
    para(doc, "")
    p = para(doc, wenhao, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
    p_border(p, "bottom", "FF0000", 18, 8)
    para(doc, "")


def title(doc, lines):
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    for i, ln in enumerate(lines):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)  # soft line break inside the title
        add_run(p, ln, XBS, 22)
    para(doc, "", line=28)


def body(doc, text, manual_indent=False, heading=None, heading_font=HT, heading_bold=False):
    """A body paragraph; heading is a run-in heading at the start."""
    if manual_indent:
        p = para(doc, "", line=28, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        add_run(p, "\u3000\u3000")
    else:
        p = para(doc, "", line=28, first_indent=32, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    if heading:
        add_run(p, heading, heading_font, 16, heading_bold)
    add_run(p, text)
    return p


def luokuan_grid(doc, organs, date_text, rows=4, cols=3, positions=None):
    """落款: organs in a borderless 3x4 grid, blank space above each name for the seal."""
    t = doc.add_table(rows=rows, cols=cols)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if positions is None:
        positions = [(i // cols, i % cols) for i in range(len(organs))]
    filled = {}
    for name, pos in zip(organs, positions):
        filled[pos] = name
    set_widths(t, [Mm(52)] * cols)
    for r in range(rows):
        for c in range(cols):
            cell = t.cell(r, c)
            p0 = cell.paragraphs[0]
            fmt(p0, align=WD_ALIGN_PARAGRAPH.CENTER, line=22)
            # 印章 placeholder: two blank lines
            q = cell.add_paragraph()
            fmt(q, align=WD_ALIGN_PARAGRAPH.CENTER, line=22)
            q2 = cell.add_paragraph()
            fmt(q2, align=WD_ALIGN_PARAGRAPH.CENTER, line=22)
            name = filled.get((r, c))
            if name:
                add_run(q2, name, FS, 13)
    para(doc, "", line=20)
    p = para(doc, date_text, FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, right=64, line=28)
    return p


def banji(doc, chaosong, yinfa_org, yinfa_date, pad=" " * 16):
    para(doc, "")
    para(doc, "")
    p = para(doc, "", line=26, left=16, right=16)
    p_border(p, "top", "000000", 8, 1)
    p_border(p, "bottom", "000000", 4, 1)
    add_run(p, "抄送：", FS, 14)
    add_run(p, chaosong, FS, 14)
    p2 = para(doc, "", line=26, left=16, right=16)
    p_border(p2, "bottom", "000000", 8, 1)
    add_run(p2, yinfa_org + pad + yinfa_date + "印发", FS, 14)


def data_table(doc, header, rows, widths_mm):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    grid_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        c = t.cell(0, j)
        c.width = Mm(widths_mm[j])
        cell_text(c, h, HT, 12, line=20)
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.width = Mm(widths_mm[j])
            cell_text(c, v, FS, 12, line=20)
    set_widths(t, [Mm(w) for w in widths_mm])
    return t


def row_clauses(header, rows):
    return ["；".join("%s：%s" % (h, v) for h, v in zip(header, r)) for r in rows]


def add_chinese_numbering(doc, num_id=90):
    """Word numbering 一、二、… (chineseCounting) used for the measures in the Hubei file."""
    numbering = doc.part.numbering_part.element
    absxml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体" w:hint="eastAsia"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls("w"), num_id)
    )
    absnum = parse_xml(absxml)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nsdecls("w"), num_id, num_id))
    numbering.append(num)
    return num_id


def numbered(doc, num_id, heading, text, heading_bold=True):
    p = para(doc, "", line=28, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), num_id))
    # numPr must come early in pPr (after pStyle/keepNext...); put it first
    ppr.insert(0, numpr)
    p.paragraph_format.first_line_indent = Pt(32)
    add_run(p, heading, FS, 16, heading_bold)
    add_run(p, text)
    return p


CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
      "十一", "十二", "十三", "十四", "十五"]


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_719", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# ================================================================ 1. 陕西
def make_shaanxi():
    organs = [
        "陕西省商务厅", "陕西省发展和改革委员会", "陕西省财政厅", "陕西省交通运输厅",
        "陕西省自然资源厅", "陕西省工业和信息化厅", "陕西省市场监督管理局",
        "中国人民银行陕西省分行", "国家金融监督管理总局陕西监管局", "西安海关",
        "国家税务总局陕西省税务局", "中国铁路西安局集团有限公司",
    ]
    wenhao = "陕商发〔2026〕37号"
    title_lines = ["陕西省商务厅等十二部门关于推动中欧班列", "（长安号）高质量发展的若干措施的通知"]
    recip = ["各设区市人民政府", "杨凌示范区管委会", "西咸新区管委会", "韩城市人民政府"]
    pre = ("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，推动中欧班列（长安号）"
           "由“量的增长”向“质的提升”转变，更好服务构建新发展格局和内陆改革开放高地建设，经省政府同意，"
           "现就推动中欧班列高质量发展提出如下措施。")
    items = [
        ("优化国际通道布局。", "巩固中亚、欧洲方向干线通道，稳定开行西安至阿拉木图、塔什干、杜伊斯堡、汉堡、马拉舍维奇等精品线路，积极拓展跨里海国际运输走廊和经土耳其至南欧线路。到2027年，中欧班列（长安号）常态化开行线路稳定在18条以上，通达亚欧45个国家和地区。"),
        ("提升集结中心能级。", "支持西安国际港站扩能改造，推进新筑铁路物流基地二期、集装箱堆场和智能闸口建设，提升到发、编组、换装能力。对年度集结中心功能性项目建设，省级财政按照项目实际投资的20%给予补助，单个项目最高不超过2000万元。"),
        ("构建“干支结合”集疏运网络。", "支持宝鸡、咸阳、渭南、汉中、榆林等地开行至西安国际港站的集结班列，对省内集结班列按照每标准箱300元的标准给予运费补助。鼓励各地与西安国际港站共建“陆港飞地”，推动省内货源就近集结、统一编组。"),
        ("加大省级资金支持力度。", "省级财政统筹外经贸发展专项资金，对中欧班列运营实行分类支持，重点支持以下方面："),
        ("培育壮大市场经营主体。", "支持陕西中欧班列平台公司与国内外物流企业开展股权、业务合作，引进培育一批具有全程组织能力的班列运营商和国际货代企业。对新引进注册资本1亿元以上且在我省开展中欧班列业务的物流企业，按照有关规定给予落户奖励。"),
        ("推动“班列+产业”融合发展。", "依托西安、宝鸡、咸阳等地产业基础，围绕汽车、装备制造、电子信息、新材料等重点产业，推动班列与园区、产业精准对接。鼓励外向型企业将进出口货物通过中欧班列（长安号）运输，培育稳定货源。"),
        ("发展“班列+跨境电商”。", "支持跨境电商企业利用中欧班列开展9610、9710、9810等模式出口，推动在欧洲、中亚重点节点城市建设公共海外仓。对经认定的省级公共海外仓，给予最高200万元的一次性支持。"),
        ("提升通关便利化水平。", "深化“关铁通”项目合作，推广“铁路快通”“两段准入”等便利化措施，实施进口货物“提前申报”、出口货物“抵港直装”，进一步压缩整体通关时间。西安海关牵头建立中欧班列通关问题快速响应机制，对涉及班列的通关咨询原则上在1个工作日内答复。"),
        ("拓展口岸开放功能。", "支持西安铁路口岸开展肉类、粮食、水果等指定监管场地建设和业务运营，争取扩大进口商品种类。推动西安综合保税区、西安国际港务区保税物流中心（B型）与中欧班列联动发展，开展保税仓储、分拨配送等业务。"),
        ("推进多式联运“一单制”。", "推广使用中欧班列运单、多式联运提单，探索铁路运输单证物权化，支持金融机构基于铁路运输单证开展融资业务。推动西部陆海新通道与中欧班列在西安高效衔接，发展“中欧班列+西部陆海新通道”“中欧班列+航空”联运服务。"),
        ("强化金融保险支撑。", "鼓励银行业金融机构开发“班列贷”“运费贷”等专属信贷产品，对符合条件的班列运营企业给予优惠利率。支持保险机构开发班列货物运输险、出口信用险等产品，提高承保覆盖面。对企业投保班列货物运输险的，省级财政按照保费的50%给予补贴。"),
        ("加强数字化赋能。", "依托陕西国际贸易“单一窗口”，建设中欧班列（长安号）综合信息服务平台，实现订舱、报关、查验、结算等业务“一网通办”。推动与沿线国家铁路、海关数据互联互通，提供货物全程追踪服务。"),
        ("提升境外服务保障能力。", "支持平台公司在哈萨克斯坦、乌兹别克斯坦、德国、波兰等国家布局海外分拨中心和服务网点，提升境外集货、分拨、配送能力。加强与沿线国家驻华使领馆、商协会的沟通联系，协调解决班列运行中遇到的境外问题。"),
        ("强化安全风险防控。", "健全中欧班列安全风险监测预警和应急处置机制，加强对运输安全、货物安全、数据安全的管理。严格执行货物品名申报制度，严厉打击瞒报、谎报、夹带违禁物品等行为，确保班列安全稳定运行。"),
        ("加强组织保障。", "省推进“一带一路”建设工作领导小组办公室统筹协调中欧班列高质量发展工作，省商务厅会同有关部门建立工作会商机制，定期研究解决重大问题。各设区市要结合实际制定配套措施，抓好贯彻落实。"),
    ]
    subs = [
        "1.对首次开行且连续运行满6个月的新线路，按照每条线路100万元给予一次性奖励；",
        "2.对省内企业自主组织的回程班列，按照每标准箱500元给予补助，单个企业年度补助不超过300万元；",
        "3.对开行冷链、跨境电商、汽车整车等特色专列的运营主体，按照每列5万元给予补助。",
    ]
    closing = "本措施自2026年4月1日起施行，有效期至2028年3月31日。此前我省出台的相关政策与本措施不一致的，以本措施为准。"
    date_text = "2026年3月18日"

    doc = Document()
    setup_page(doc)
    masthead(doc, organs, wenhao, distribute=True)
    title(doc, title_lines)
    para(doc, "，".join(recip) + "：", line=28)
    body(doc, pre, manual_indent=True)
    clauses = [pre]
    for i, (h, t) in enumerate(items):
        # numbering typed by hand, run-in heading in a 黑体 run, manual full-width-space indent
        body(doc, t, manual_indent=True, heading=CN[i] + "、" + h, heading_font=HT)
        clauses.append(CN[i] + "、" + h + t)
        if i == 3:
            # the three sub-items typed in ONE paragraph separated by Shift+Enter
            p = para(doc, "", line=28, align=WD_ALIGN_PARAGRAPH.LEFT)
            for k, s in enumerate(subs):
                if k:
                    p.add_run().add_break(WD_BREAK.LINE)
                add_run(p, "\u3000\u3000" + s)
            clauses.extend(subs)
        if i in (6, 11):
            para(doc, "")  # stray empty paragraphs
    body(doc, closing, manual_indent=True)
    clauses.append(closing)
    para(doc, "")
    para(doc, "")
    luokuan_grid(doc, organs, date_text)
    para(doc, "")
    para(doc, "（此件公开发布）", FS, 16, first_indent=32)
    banji(doc, "商务部，国家发展改革委，中国国家铁路集团有限公司。省委办公厅，省人大常委会办公厅，省政府办公厅，省政协办公厅。",
          "陕西省商务厅办公室", "2026年3月20日")
    stem = "blind719_shaanxi_tongzhi"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "".join(title_lines),
        "doc_number": wenhao,
        "issuer": organs,
        "date": "2026-03-18",
        "published": None,
        "level": "provincial",
        "region": "陕西省",
        "effective": "2026-04-01",
        "expires": "2028-03-31",
        "attachments": [],
        "doc_type": "通知",
        "recipients": recip,
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


# ================================================================ 2. 河南
def make_henan():
    organs = [
        "河南省商务厅", "河南省发展和改革委员会", "河南省财政厅", "河南省交通运输厅",
        "河南省工业和信息化厅", "河南省自然资源厅", "郑州海关", "国家税务总局河南省税务局",
        "中国人民银行河南省分行", "国家金融监督管理总局河南监管局", "中国铁路郑州局集团有限公司",
    ]
    wenhao = "豫商开放〔2026〕4号"
    ttl = "河南省商务厅等十一部门关于推动中欧班列（中豫号）高质量发展的若干措施的通知"
    recip = ["各省辖市人民政府", "济源示范区管委会", "郑州航空港经济综合实验区管委会", "省直有关单位"]
    pre = ("中欧班列是共建“一带一路”的标志性成果和重要载体。为进一步巩固提升中欧班列（中豫号）发展优势，"
           "加快建设枢纽经济先行区和内陆开放高地，经省政府同意，现就推动中欧班列高质量发展提出以下措施，"
           "请结合实际认真贯彻落实。")
    items = [
        ("稳定提升开行规模。", "坚持“量质并重”，统筹国际干线、回程班列和特色专列开行，力争2026年中欧班列（中豫号）开行3500列以上，2027年达到4000列以上，回程班列占比保持在45%以上。"),
        ("加密拓展境外线路。", "巩固郑州至汉堡、列日、莫斯科、阿拉木图等既有线路，加快开辟至布达佩斯、米兰、伊斯坦布尔等新线路，推动开行跨里海、经阿塞拜疆至格鲁吉亚的南通道班列。年度重点线路培育计划详见附件。"),
        ("完善“一干多支”集疏网络。", "以郑州为国际干线集结中心，支持洛阳、新乡、许昌、商丘等地开行至郑州圃田站的省内集结班列，推动与周边省份开行中转班列，打造辐射黄河流域和中部地区的货源集散中心。"),
        ("实施分类奖补。", "省级财政安排专项资金，按照线路类别对中欧班列运营主体实施分类奖补，具体标准如下："),
        ("推动枢纽设施建设。", "加快郑州国际陆港新场站建设，推进圃田站扩能改造和海关监管作业场所升级，提升集装箱吞吐、堆存和多式联运转运能力。支持符合条件的项目申报中央预算内投资和地方政府专项债券。"),
        ("培育“班列+产业”生态。", "围绕汽车及零部件、装备制造、电子信息、食品冷链等主导产业，建立重点外贸企业与班列运营企业对接机制。鼓励在郑州国际陆港片区布局进口商品分拨、加工和展示交易中心，带动“枢纽+产业”集聚发展。"),
        ("发展“班列+跨境电商”和运邮业务。", "推动中欧班列（中豫号）常态化开行跨境电商专列，支持开展国际邮件、快件运输，扩大中欧班列运邮业务规模。鼓励郑州经开综合保税区、郑州新郑综合保税区开展跨境电商保税备货、退货中心仓业务。"),
        ("深化“空陆海”多式联运。", "推动中欧班列与郑州—卢森堡“空中丝绸之路”、铁海联运班列高效衔接，发展“班列+航空”“班列+海运”联运模式，推广多式联运“一单制”“一箱制”，降低全程物流成本。"),
        ("优化口岸通关监管。", "推广中欧班列“铁路快通”模式，支持在郑州铁路口岸实施“提前申报”“两步申报”，对符合条件的进口货物实行“先放后检”。郑州海关对中欧班列运输货物实施优先查验，查验完成时间原则上不超过24小时。"),
        ("拓展口岸功能。", "支持郑州铁路口岸进口肉类、冰鲜水产品、粮食、木材等指定监管场地扩大业务规模，争取新增进口整车口岸功能，推动平行进口汽车通过中欧班列进口。"),
        ("创新金融服务。", "鼓励金融机构开展基于铁路运单的融资业务，开发运费融资、仓单质押、供应链金融等产品。支持中国出口信用保险公司河南分公司扩大对中欧班列相关企业的承保规模，对小微企业保费实行优惠费率。"),
        ("强化数字化平台支撑。", "升级河南国际贸易“单一窗口”中欧班列服务功能，建设中欧班列（中豫号）数字化运营平台，实现班列订舱、物流追踪、信息查询、费用结算全流程线上办理。"),
        ("加强国际合作。", "深化与德国、波兰、哈萨克斯坦等沿线国家铁路和海关部门合作，推动在汉堡、布达佩斯、阿拉木图等城市设立海外仓和集疏中心。积极参与中欧班列国际合作论坛等国际交流活动。"),
        ("提升安全保障能力。", "建立健全班列运行风险评估和应急预案体系，加强沿线国家和地区政治、经济、安全风险研判，指导企业做好货物保险和风险防范。铁路部门要加强运输组织调度，保障班列安全、稳定、有序运行。"),
        ("强化组织实施。", "省对外开放工作领导小组办公室统筹推进中欧班列高质量发展工作，各有关部门按照职责分工落实支持政策。各省辖市要建立相应工作机制，加强政策协同，形成工作合力。"),
    ]
    t_header = ["线路类别", "奖补标准", "年度上限"]
    t_rows = [
        ["欧洲方向去程", "每标准箱800元", "单个运营主体不超过3000万元"],
        ["欧洲方向回程", "每标准箱1200元", "单个运营主体不超过3000万元"],
        ["中亚、西亚方向", "每标准箱600元", "单个运营主体不超过1500万元"],
        ["省内集结班列", "每标准箱200元", "单个省辖市不超过500万元"],
    ]
    after_table = "奖补资金实行年度清算，由省商务厅会同省财政厅按程序拨付，具体办法另行制定。"
    closing = "本措施自2026年2月1日起施行，有效期至2027年12月31日。"
    att_title = "中欧班列（中豫号）2026年重点线路培育计划表"
    a_header = ["序号", "线路名称", "主要口岸", "计划开行（列）", "责任单位"]
    a_rows = [
        ["1", "郑州—汉堡", "阿拉山口、马拉舍维奇", "600", "省商务厅、中国铁路郑州局集团有限公司"],
        ["2", "郑州—列日", "二连浩特", "180", "省商务厅"],
        ["3", "郑州—布达佩斯", "霍尔果斯", "120", "省商务厅、郑州海关"],
        ["4", "郑州—阿拉木图", "霍尔果斯", "400", "省商务厅、郑州海关"],
        ["5", "郑州—伊斯坦布尔（跨里海）", "霍尔果斯、阿克套", "60", "省商务厅、省交通运输厅"],
    ]
    date_text = "2026年1月9日"

    doc = Document()
    setup_page(doc)
    masthead(doc, organs, wenhao, distribute=False, wenjian_size=54)
    title(doc, [ttl[:19], ttl[19:]])  # title broken by Shift+Enter mid-phrase
    para(doc, "，".join(recip) + "：", line=28)
    body(doc, pre)
    clauses = [pre]
    for i, (h, t) in enumerate(items):
        # run-in heading: number in 黑体, heading text in a bold 仿宋 run
        p = para(doc, "", line=28, first_indent=32, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        add_run(p, CN[i] + "、", HT)
        add_run(p, h, FS, 16, True)
        add_run(p, t)
        clauses.append(CN[i] + "、" + h + t)
        if i == 3:
            data_table(doc, t_header, t_rows, [40, 45, 70])
            clauses.extend(row_clauses(t_header, t_rows))
            body(doc, after_table)
            clauses.append(after_table)
    body(doc, closing)
    clauses.append(closing)
    para(doc, "")
    p = para(doc, "", line=28, left=48)
    add_run(p, "附件：" + att_title)
    para(doc, "")
    para(doc, "")
    positions = [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2), (2, 0), (2, 1), (2, 2), (3, 0), (3, 1)]
    luokuan_grid(doc, organs, date_text, positions=positions)
    para(doc, "")
    para(doc, "（此件公开发布）", FS, 16, first_indent=32)
    # 附件 on a new page
    pb = para(doc, "")
    pb.runs and None
    pb.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件", HT, 16, line=28)
    para(doc, "")
    para(doc, att_title, XBS, 20, align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    para(doc, "")
    data_table(doc, a_header, a_rows, [12, 40, 38, 22, 44])
    clauses.extend(row_clauses(a_header, a_rows))
    banji(doc, "商务部，国家发展改革委，财政部，海关总署，中国国家铁路集团有限公司。省委办公厅，省政府办公厅。",
          "河南省商务厅办公室", "2026年1月12日", pad="\u3000" * 7)
    stem = "blind719_henan_tongzhi"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": ttl,
        "doc_number": wenhao,
        "issuer": organs,
        "date": "2026-01-09",
        "published": None,
        "level": "provincial",
        "region": "河南省",
        "effective": "2026-02-01",
        "expires": "2027-12-31",
        "attachments": [att_title],
        "doc_type": "通知",
        "recipients": recip,
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


# ================================================================ 3. 湖北
def make_hubei():
    organs = [
        "湖北省商务厅", "湖北省发展和改革委员会", "湖北省财政厅", "湖北省交通运输厅",
        "湖北省自然资源厅", "湖北省市场监督管理局", "武汉海关", "国家税务总局湖北省税务局",
        "中国人民银行湖北省分行", "中国铁路武汉局集团有限公司",
    ]
    wenhao = "鄂商务发〔2025〕28号"
    ttl = "湖北省商务厅等10部门关于推动中欧班列（武汉）高质量发展的若干措施的通知"
    recip_line = "各市、州、直管市、神农架林区人民政府，省直有关单位："
    recip = ["各市、州、直管市、神农架林区人民政府", "省直有关单位"]
    pre = ("为贯彻落实高质量共建“一带一路”和推动长江经济带发展战略部署，充分发挥武汉国家物流枢纽和"
           "中欧班列集结中心作用，推动中欧班列（武汉）高质量发展，助力湖北加快建成中部地区崛起重要战略支点，"
           "经省人民政府同意，现将有关措施通知如下。")
    items = [
        ("拓展国际物流通道。", "稳定开行武汉至杜伊斯堡、汉堡、罗兹、莫斯科、塔什干等常态化线路，积极拓展至东南亚、南亚的跨境班列，推动中欧班列与中老铁路、西部陆海新通道联动发展。"),
        ("建设武汉中欧班列集结中心。", "加快吴家山铁路集装箱中心站扩能改造，完善海关监管作业场所、查验平台、冷链仓储等配套设施，提升集结、编组、转运能力，打造辐射华中地区的中欧班列集结中心。"),
        ("强化长江黄金水道联动。", "推动中欧班列与长江航运、江海直达航线高效衔接，发展“江海铁”多式联运，具体包括："),
        ("加大资金扶持力度。", "省级财政统筹商务发展专项资金，对中欧班列（武汉）运营主体按照开行线路、运输货值、回程比例等指标实施绩效奖励，引导班列由规模扩张向提质增效转变。各市、州可结合实际给予配套支持。"),
        ("培育优质货源。", "支持汽车及零部件、光电子信息、生物医药、高端装备等重点产业企业通过中欧班列开展进出口业务，对年度使用中欧班列运输货值超过5000万元的生产型企业给予物流费用补贴。"),
        ("发展特色专列。", "推动开行汽车整车、跨境电商、冷链、国际邮包等特色班列，支持开展中欧班列“点对点”定制服务，满足企业个性化、高时效物流需求。"),
        ("提升通关效率。", "武汉海关推广“铁路快通”“关铁通”等模式，对中欧班列货物实施“7×24小时”预约通关，优化查验流程，推动实现进出口货物“即到即查、即查即放”。"),
        ("推进口岸功能拓展。", "支持武汉铁路口岸申建进口粮食、水果、冰鲜水产品等指定监管场地，争取开展进口汽车整车业务。推动武汉东湖综合保税区、武汉经开综合保税区与中欧班列联动发展。"),
        ("推广多式联运“一单制”。", "支持企业签发多式联运提单，推动铁路运单物权化试点，实现“一次委托、一单到底、一次结算”。鼓励金融机构依托多式联运提单开展贸易融资。"),
        ("加强金融支持。", "引导银行机构加大对中欧班列运营企业和进出口企业的信贷投放，推广“出口信保+融资”模式。支持符合条件的班列运营企业通过发行债券等方式拓宽融资渠道。"),
        ("优化税收服务。", "国家税务总局湖北省税务局对通过中欧班列出口的企业优化出口退税办理流程，一类、二类出口企业正常出口退税平均办理时间压缩至3个工作日以内。"),
        ("建设数字班列。", "推动中欧班列（武汉）运营平台与湖北国际贸易“单一窗口”、铁路95306平台数据对接，实现订舱、报关、物流跟踪等信息“一站式”查询。"),
        ("完善境外服务网络。", "支持运营企业在沿线重要节点城市建设海外仓、分拨中心和办事处，构建境外集货分拨网络。加强与国际铁路合作组织和沿线国家铁路企业的沟通协作。"),
        ("加强风险防范。", "建立中欧班列运行监测和风险预警机制，定期评估境外安全形势和运营风险，指导企业制定应急预案，防范化解运营中的各类风险。"),
        ("健全工作机制。", "建立由省商务厅牵头、各成员单位参加的中欧班列高质量发展工作协调机制，定期调度工作进展，协调解决重大问题。各地要加大工作力度，确保各项措施落地见效。"),
    ]
    subs = [
        "（1）支持阳逻港与吴家山中心站之间开行铁水联运短驳班列，短驳费用由所在地政府给予适当补助；",
        "（2）推动长江沿线港口货物经武汉中转搭乘中欧班列出境，对中转货物实行“一次申报、一次查验、一次放行”；",
        "（3）探索开展“船车直取”作业，压缩货物在港在站停留时间。",
    ]
    closing = ("本措施自2026年1月1日起施行，有效期至2028年12月31日。《湖北省商务厅等部门关于支持中欧班列（武汉）"
               "发展的若干措施》（鄂商务发〔2022〕9号）同时废止。")
    repeals = "《湖北省商务厅等部门关于支持中欧班列（武汉）发展的若干措施》（鄂商务发〔2022〕9号）"
    date_text = "二〇二五年十二月二十六日"

    doc = Document()
    setup_page(doc)
    nid = add_chinese_numbering(doc)
    masthead(doc, organs, wenhao, distribute=True, wenjian_size=62)
    title(doc, [ttl[:19], ttl[19:]])
    para(doc, recip_line, line=28)
    body(doc, pre)
    clauses = [pre]
    for i, (h, t) in enumerate(items):
        # Word auto-numbering 一、二、… (chineseCounting); heading only bold
        numbered(doc, nid, h, t, heading_bold=True)
        clauses.append(CN[i] + "、" + h + t)
        if i == 2:
            for s in subs:
                body(doc, s)
            clauses.extend(subs)
    body(doc, closing)
    clauses.append(closing)
    para(doc, "")
    para(doc, "")
    positions = [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2), (2, 0), (2, 1), (2, 2), (3, 1)]
    luokuan_grid(doc, organs, date_text, positions=positions)
    para(doc, "")
    para(doc, "（此件公开发布）", FS, 16, first_indent=32)
    banji(doc, "商务部，国家发展改革委，中国国家铁路集团有限公司。省委办公厅，省人大常委会办公厅，省政府办公厅，省政协办公厅。",
          "湖北省商务厅办公室", "2025年12月29日", pad=" " * 6 + "\u3000" * 4)
    stem = "blind719_hubei_tongzhi"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": ttl,
        "doc_number": wenhao,
        "issuer": organs,
        "date": "2025-12-26",
        "published": None,
        "level": "provincial",
        "region": "湖北省",
        "effective": "2026-01-01",
        "expires": "2028-12-31",
        "attachments": [],
        "doc_type": "通知",
        "recipients": recip,
        "publicity": "此件公开发布",
        "repeals": repeals,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for maker in (make_shaanxi, make_henan, make_hubei):
        stem, path, docs = maker()
        expected[stem] = docs
        convert(path)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
