# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1029: 省级商务厅／自贸办 代表建议、政协提案答复 (Word + PDF + expected.json)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

expected = {}


# ------------------------------------------------------------------ helpers
def font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(32)
    return p


def add_par(doc, runs, **kw):
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def footer_pagenum(section, align=WD_ALIGN_PARAGRAPH.CENTER):
    fp = section.footer.paragraphs[0]
    fp.alignment = align
    font(fp.add_run("— "), SONG, 14)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, SONG, 14)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    footer_pagenum(s)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def simple_table(doc, header, rows, clauses, repeat=False, widths=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    if repeat:
        repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        set_widths(t, widths)
    return t


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


def banji(doc, cc, printer=None, date_txt=None):
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    if printer is None:
        border(p, "bottom", "000000", 8, 4)
        return
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


_shape_id = [1025]


def textbox(p, runs, left_pt, top_pt, width_pt, height_pt, align="right"):
    """Floating VML text box anchored to paragraph p (how many clerks place 签发人)."""
    _shape_id[0] += 1
    rxml = ""
    for text, name, size in runs:
        rxml += ('<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>'
                 '<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
                 % (name, name, name, size * 2, size * 2, text))
    xml = (
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="文本框 %d" o:spid="_x0000_s%d" type="#_x0000_t202" '
        'style="position:absolute;margin-left:%.1fpt;margin-top:%.1fpt;width:%.1fpt;height:%.1fpt;'
        'z-index:251659264;mso-position-horizontal-relative:margin;mso-position-vertical-relative:paragraph" '
        'filled="f" stroked="f"><v:textbox inset="0,0,0,0"><w:txbxContent>'
        '<w:p><w:pPr><w:jc w:val="%s"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>%s</w:p>'
        '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
        % (nsdecls("w"), _shape_id[0], _shape_id[0], left_pt, top_pt, width_pt, height_pt, align, rxml))
    p._p.append(parse_xml(xml))


_next_abs = [700]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="楷体_GB2312" w:hAnsi="楷体_GB2312" w:eastAsia="楷体_GB2312"/><w:b/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, aid)))
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), nid)))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1029", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    m = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
         "level": "provincial", "region": None, "effective": None, "expires": None,
         "attachments": [], "doc_type": "答复", "recipients": [], "publicity": None,
         "repeals": None}
    m.update(kw)
    return m


CN = "一二三四五六七八九十"


# ====================================================================== DOC 1
def doc_fujian():
    """福建省商务厅 答复 人大代表建议：A类，签发人在文本框里，合并表头表（表头跨页重复），附件表另页。"""
    stem = "blind1029_fujian_jianyi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("A类", HT, 16, False)], indent=False)
    add_par(doc, [("福 建 省 商 务 厅", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=18)
    empty(doc, 1)
    p = add_par(doc, "闽商务建〔2026〕27号", indent=False)
    p.paragraph_format.left_indent = Pt(16)
    textbox(p, [("签发人：", FS, 16), ("郑文华", KT, 16)], 250, 0, 190, 28)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title broken at an odd place (after 第)
    add_par(doc, [("福建省商务厅关于省十四届人大四次会议第", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("1127号代表建议的答复", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "林志强代表：", indent=False)
    # (no blank line between 主送 and body in this office's template)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=KT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("您提出的《关于支持福建自贸试验区深化闽台经贸合作 打造“海丝”核心区开放高地的建议》（第1127号）收悉。感谢您对我省自由贸易试验区建设和共建“一带一路”工作的关心和支持。经认真研究，并商省发展改革委、省台港澳办、福州海关、厦门海关，现答复如下：")
    head("一、关于深化闽台贸易投资便利化")
    body("中国（福建）自由贸易试验区挂牌以来，始终把深化两岸经济合作作为核心任务，累计推出创新举措612项，其中全国首创248项、对台特色举措213项，34项举措在全国复制推广。")
    runin("（一）推进对台货物通关便利化。", "福州海关、厦门海关在自贸试验区各片区推行台湾地区输入商品“源头管理、口岸验放”模式，台湾地区输入农产品、食品平均通关时间压缩至6小时以内。2025年，自贸试验区对台进出口额达到486.2亿元，同比增长7.9%。")
    runin("（二）扩大对台服务业开放。", "在自贸试验区内先行先试放宽台湾地区专业人士执业限制，累计为1326名台湾地区建筑师、医师、导游等专业人士办理执业备案，2025年新设台资企业1605户。")
    head("二、关于建设“海丝”核心区开放通道")
    body("我省持续擦亮“丝路海运”品牌，截至2025年底，“丝路海运”命名航线达到136条，通达46个国家和地区的153个港口，联盟成员单位超过350家。2025年自贸试验区各片区主要指标如下：")
    # table caption with units
    add_par(doc, [("表1　2025年福建自贸试验区各片区主要指标", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=6)
    add_par(doc, [("单位：亿元，户", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
            indent=False, line=20)
    t = doc.add_table(rows=6, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "片区", HT, 12)
    b = t.cell(0, 1).merge(t.cell(0, 2))
    set_cell(b, "进出口额", HT, 12)
    c = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(c, "新设企业", HT, 12)
    for ci, h in ((1, "金额"), (2, "同比增长（%）"), (3, "户数"), (4, "其中台资企业")):
        set_cell(t.cell(1, ci), h, HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    heads = ["片区", "进出口额／金额", "进出口额／同比增长（%）", "新设企业／户数", "新设企业／其中台资企业"]
    data = [
        ["福州片区", "1236.5", "8.7", "5412", "386"],
        ["厦门片区", "2418.3", "6.2", "7865", "702"],
        ["平潭片区", "112.4", "15.3", "1358", "517"],
        ["合计", "3767.2", "7.3", "14635", "1605"],
    ]
    for ri, row in enumerate(data, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
    note = "注：进出口额数据来源于福州海关、厦门海关。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)
    runin("三、关于打造“一带一路”经贸合作平台。", "我省依托中国—东盟海产品交易所、丝路电商合作先行区（福建）、“海丝”中央法务区等平台，积极拓展与共建“一带一路”国家的经贸合作。2025年，全省对共建“一带一路”国家进出口额达到9156.7亿元，占全省外贸总额的47.6%。", HT)
    head("四、下一步工作")
    body("下一步，我厅将认真吸纳您的意见建议，会同有关部门重点做好以下工作：")
    body("1.深化制度创新。对接《区域全面经济伙伴关系协定》（RCEP）等高标准经贸规则，力争2026年新推出对台特色创新举措30项以上。")
    body("2.拓展海丝通道。推动“丝路海运”与中欧班列、西部陆海新通道联动发展，新增命名航线10条以上，加密至东盟、中东、拉美等地区的航线航班。")
    body("再次感谢您对我省商务工作的关心和支持。")
    empty(doc, 1)
    add_par(doc, "附件：2025年“丝路海运”主要航线开行情况", indent=True)
    empty(doc, 1)
    # 落款 aligned with full-width spaces
    add_par(doc, "\u3000" * 17 + "福建省商务厅", indent=False)
    add_par(doc, "\u3000" * 16 + "2026年6月12日", indent=False)
    empty(doc, 1)
    add_par(doc, "（联系人：王丽萍，联系电话：0591-87850123）", indent=True)

    # -------- attachment, own page, table split by hand into 续表
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("2025年“丝路海运”主要航线开行情况", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("单位：航次，万标箱", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
            indent=False, line=20)
    hdr = ["序号", "航线名称", "始发港", "开行航次", "集装箱量"]
    rows = [
        ["1", "厦门—东南亚快航", "厦门港", "156", "18.6"],
        ["2", "厦门—中东航线", "厦门港", "52", "9.4"],
        ["3", "厦门—地中海航线", "厦门港", "48", "12.1"],
        ["4", "福州—东南亚航线", "福州港", "104", "8.7"],
        ["5", "福州—印度航线", "福州港", "36", "4.2"],
        ["6", "厦门—西非航线", "厦门港", "26", "3.8"],
        ["7", "泉州—马来西亚巴生航线", "泉州港", "78", "5.3"],
        ["8", "厦门—南美西航线", "厦门港", "50", "10.6"],
        ["9", "福州—日本航线", "福州港", "142", "6.9"],
        ["10", "厦门—澳新航线", "厦门港", "44", "5.7"],
        ["11", "漳州—越南海防航线", "漳州港", "96", "2.9"],
        ["12", "莆田—泰国林查班航线", "湄洲湾港", "38", "1.6"],
        ["13", "厦门—俄罗斯远东航线", "厦门港", "30", "2.4"],
        ["14", "宁德—印尼雅加达航线", "宁德港", "24", "1.1"],
    ]
    widths = [1.5, 5.6, 2.8, 2.8, 2.8]
    simple_table(doc, hdr, rows, clauses, widths=widths)
    note2 = "注：2025年“丝路海运”命名航线共136条，本表仅列示开行航次较多、具有代表性的14条航线。"
    add_par(doc, [(note2, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note2)

    banji(doc, "抄送：省人大常委会代表工作委员会，省人民政府办公厅。",
          "福建省商务厅办公室", "2026年6月12日印发")
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="福建省商务厅关于省十四届人大四次会议第1127号代表建议的答复",
                     doc_number="闽商务建〔2026〕27号", issuer=["福建省商务厅"],
                     date="2026-06-12", region="福建省",
                     attachments=["2025年“丝路海运”主要航线开行情况"],
                     doc_type="答复", recipients=["林志强代表"]),
        "clauses": clauses,
    }]
    return path


# ====================================================================== DOC 2
def doc_sichuan():
    """四川省商务厅 提案答复函：信函格式（双红线、文号居右、B类），空格缩进，半角标点混用，
    段内手动换行，自动编号（一），中文数字日期，公开方式行，版记只有抄送。"""
    stem = "blind1029_sichuan_tianhan"
    doc = Document()
    setup(doc)
    s = doc.sections[0]
    s.top_margin = Cm(2.5)
    clauses = []
    n_item = make_numbering(doc, "（%1）")
    SP = "    "  # clerk indents with four half-width spaces

    p = add_par(doc, [("四川省商务厅", XBS, 36, False, RED)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=52, before=12)
    border(p, "bottom", "FF0000", 24, 6, val="thickThinSmallGap")
    p = add_par(doc, [("B类", HT, 16, False), ("\t", FS, 16, False),
                      ("川商自贸函〔2026〕58号", FS, 16, False)], indent=False, before=6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("四川省商务厅关于对省政协十三届四次"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("会议第0458号提案答复的函"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "周丽君委员：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, SP + t, indent=False)

    def head(t):
        add_par(doc, [(SP, FS, 16, False), (t, HT, 16, False)], indent=False)

    items = [0]

    def item(h, t):
        items[0] += 1
        clauses.append("（%s）%s%s" % (CN[items[0] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    body("您提出的《关于推动四川自贸试验区与西部陆海新通道联动发展的提案》(第0458号)收悉。感谢您对我省自贸试验区建设和西部陆海新通道建设的关心和支持。经认真研究,并商省发展改革委、省交通运输厅、成都海关、四川省港航投资集团,现答复如下：")
    head("一、关于提升西部陆海新通道运行效能")
    body("近年来，我省深入落实《西部陆海新通道总体规划》，加快构建“北接丝绸之路经济带、南连21世纪海上丝绸之路”的开放通道体系。2025年，西部陆海新通道四川班列开行3218列，同比增长12.4%，货值约386亿元；铁海联运班列通达全球126个国家和地区的543个港口。")
    item("畅通南向出海主通道。", "加快推进隆黄铁路隆昌至叙永段扩能改造、成自宜高铁等项目建设，开通成都至钦州港、成都至湛江港“天天班”铁海联运班列，成都至北部湾港平均运输时间压缩至42小时。")
    item("完善多式联运体系。", "支持成都国际铁路港、宜宾港、泸州港建设多式联运示范工程，推行铁海联运“一单制”，2025年签发多式联运“一单制”提单1.2万票，为企业节约物流成本约2.3亿元。")
    item("强化通关协作。", "成都海关与南宁海关、湛江海关建立跨关区通关协作机制，推行“铁路快通”“船边直提”等模式，通道货物平均通关时间较2022年压缩38%。")
    head("二、关于深化自贸试验区制度创新")
    # paragraph pasted from another file, manual line break mid-sentence
    t1 = "中国（四川）自由贸易试验区挂牌以来，累计形成制度创新成果860余项，其中“中欧班列运费分段结算估价管理改革”“铁路运单物权化”等36项在全国复制推广，"
    t2 = "在全省推广制度创新成果528项。"
    p = doc.add_paragraph()
    font(p.add_run(SP + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(t2), FS, 16)
    fmt(p, indent=False)
    clauses.append(t1 + t2)
    body("针对您提出的“推动自贸试验区与通道联动创新”的建议，我厅会同相关部门重点推进了以下工作:一是在川南临港片区开展“港口+铁路+保税”联动监管改革试点，推动泸州港、宜宾港与北部湾港实现“一次申报、一次查验、一次放行”；二是在成都青白江铁路港片区探索开展铁路运单融资结算，2025年累计为企业提供融资授信46.8亿元；三是支持自贸试验区协同改革先行区承接自贸试验区改革试点经验，21个先行区累计复制推广改革经验案例1100余项。")
    h = "三、关于推进川渝自贸试验区协同开放。"
    t = "我厅与重庆市商务委建立川渝自贸试验区协同开放工作机制,联合印发川渝自贸试验区协同开放示范区建设方案,推出首批“川渝通办”涉企事项156项,实现两地自贸试验区企业登记、跨境贸易等高频事项“异地可办、一网通办”。"
    add_par(doc, [(SP, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)], indent=False)
    clauses.append(h + t)
    head("四、下一步工作打算")
    body("下一步，我厅将认真研究吸纳您的建议，重点抓好以下工作：")
    body("1.推动通道提质扩能。配合国家发展改革委推进西部陆海新通道中线通道建设，力争2026年四川班列开行量达到3500列以上，加密至东南亚、南亚的国际班列线路。")
    body("2.深化联动改革探索。争取在自贸试验区开展国际中转集拼、铁路运输进口货物“离港确认”等改革试点，推动通道与自贸试验区政策叠加、功能互补。")
    body("3.提升协同开放水平。深化与重庆、广西、云南等省（区、市）自贸试验区合作，共同推进跨区域通关、物流、金融等制度创新，打造内陆开放型经济高地。")
    body("感谢您对我省商务工作的关心和支持，欢迎今后继续提出宝贵意见和建议。")
    empty(doc, 2)
    p = add_par(doc, "四川省商务厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(72)
    p = add_par(doc, "二〇二六年七月三日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(56)
    empty(doc, 1)
    add_par(doc, SP + "公开方式：主动公开", indent=False)
    add_par(doc, SP + "（联系人：杨帆；联系电话：028-83225716）", indent=False)
    banji(doc, "抄送：省政协提案委员会，省政府督查室，成都海关。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="四川省商务厅关于对省政协十三届四次会议第0458号提案答复的函",
                     doc_number="川商自贸函〔2026〕58号", issuer=["四川省商务厅"],
                     date="2026-07-03", region="四川省", doc_type="函",
                     recipients=["周丽君委员"], publicity="公开方式：主动公开"),
        "clauses": clauses,
    }]
    return path


# ====================================================================== DOC 3
def yunnan_head(doc, cls, num, signer):
    add_par(doc, [(cls, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    add_par(doc, [("中国（云南）自由贸易试验区", XBS, 30, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44, before=12)
    add_par(doc, [("工作领导小组办公室", XBS, 30, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44)
    empty(doc, 1)
    p = add_par(doc, [(num, FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), (signer, KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)


YN = "中国（云南）自由贸易试验区工作领导小组办公室"


def doc_yunnan():
    """一个文件里连印两份答复（自贸办）：各自红头、分类标记、签发人；第二份另起一节页码重排。"""
    stem = "blind1029_yunnan_liangfen"
    doc = Document()
    setup(doc)
    result = []

    # ---------------- answer 1
    clauses = []
    yunnan_head(doc, "A类", "云自贸办〔2026〕11号", "赵立新")
    add_par(doc, [("关于省十四届人大四次会议", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("第0236号代表建议的答复", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "岩温代表：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=HT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("您提出的《关于支持德宏片区建设中缅经济走廊门户枢纽的建议》（第0236号）收悉。感谢您对中国（云南）自由贸易试验区建设的关心和支持。经认真研究，并商省发展改革委、省外办、昆明海关、德宏州人民政府，现答复如下：")
    runin("一、关于提升德宏片区开放平台能级。", "德宏片区自2019年挂牌以来，围绕建设沿边开放先行区、中缅经济走廊门户枢纽，累计形成制度创新成果162项，其中“边民互市贸易落地加工”“跨境人民币结算便利化”等9项在全省复制推广。2025年，德宏片区实现进出口额658.4亿元，同比增长9.6%，新设外商投资企业87户。")
    head("二、关于推进边境口岸基础设施建设")
    body("我办会同省发展改革委、昆明海关积极争取国家口岸建设资金支持，推动瑞丽、畹町等口岸基础设施提升改造，瑞丽口岸智慧口岸一期工程于2025年10月投入使用，货运通道查验效率提高35%以上。2025年德宏州主要口岸运行情况如下：")
    add_par(doc, [("2025年德宏州主要口岸运行情况", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=6)
    simple_table(doc, ["序号", "口岸名称", "口岸类别", "进出口额（亿元）", "出入境人员（万人次）"], [
        ["1", "瑞丽口岸", "国家一类陆路口岸", "412.6", "526.3"],
        ["2", "畹町口岸", "国家一类陆路口岸", "48.7", "61.2"],
        ["3", "章凤口岸", "国家二类陆路口岸", "35.2", "42.8"],
        ["4", "盈江口岸", "国家二类陆路口岸", "27.6", "18.5"],
        ["5", "芒市机场口岸", "国家一类航空口岸", "3.1", "24.6"],
    ], clauses, repeat=True, widths=[1.4, 3.2, 4.0, 3.4, 3.6])
    note = "注：数据来源于昆明海关、德宏边境管理支队。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)
    runin("三、关于创新边民互市贸易发展模式。", "我办指导德宏州推进边民互市贸易“互市+落地加工”改革，培育互市商品落地加工企业43家，2025年边民互市贸易额达到96.8亿元，同比增长11.2%，带动边民增收约2.6亿元。")
    head("四、下一步工作")
    runin("（一）", "支持德宏片区对接《区域全面经济伙伴关系协定》（RCEP）规则，在跨境投资、跨境金融、跨境劳务合作等领域开展先行先试。", FS)
    runin("（二）", "配合国家有关部门推进中缅经济走廊重点项目建设，积极争取瑞丽口岸扩大开放和畹町口岸功能提升。", FS)
    runin("（三）", "推动边民互市贸易与落地加工、跨境电商融合发展，支持建设面向南亚东南亚的进口商品集散中心。", FS)
    body("感谢您对我省自贸试验区建设的关心和支持。")
    empty(doc, 2)
    p = add_par(doc, YN, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16)
    p = add_par(doc, "2026年6月20日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    empty(doc, 1)
    add_par(doc, "联系人：段俊峰      联系电话：0871-63218745", indent=True)
    banji(doc, "抄送：省人大常委会代表工作委员会，省人民政府办公厅，德宏州人民政府。",
          "省自贸试验区工作领导小组办公室", "2026年6月20日印发")
    result.append({
        "meta": meta(title="关于省十四届人大四次会议第0236号代表建议的答复",
                     doc_number="云自贸办〔2026〕11号", issuer=[YN], date="2026-06-20",
                     region="云南省", recipients=["岩温代表"]),
        "clauses": clauses,
    })

    # ---------------- answer 2, new section, page numbers restart
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.footer.is_linked_to_previous = True
    sectpr = sec._sectPr
    sectpr.append(parse_xml('<w:pgNumType %s w:start="1"/>' % nsdecls("w")))
    clauses = []
    yunnan_head(doc, "B类", "云自贸办〔2026〕14号", "赵立新")
    p = doc.add_paragraph()
    font(p.add_run("关于省十四届人大四次会议第0519号代表"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("建议的答复"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "李春梅代表：", indent=False)

    body("您提出的《关于依托中老铁路做大做强昆明片区跨境物流产业的建议》（第0519号）收悉。经认真研究，并商省交通运输厅、昆明海关、中国铁路昆明局集团有限公司、昆明市人民政府，现答复如下：")
    runin("一、中老铁路跨境货运持续增长。", "中老铁路开通运营以来，国际货运量持续快速增长，“澜湄快线”“中老铁路+中欧班列”等品牌线路常态化运行。2025年，中老铁路累计发送跨境货物612万吨，同比增长21.5%，货物品类拓展至3200余种，辐射老挝、泰国、越南、缅甸等12个国家。")
    head("二、昆明片区跨境物流平台建设情况")
    body("一是建设王家营国际陆港。昆明片区依托中老铁路王家营西站，建成国际铁路集装箱中心站和海关监管作业场所，年作业能力达到60万标箱。二是推进通关模式创新。昆明海关推行中老铁路国际货物列车“一次申报、一次查验、一次放行”，跨境货物平均通关时间压缩至5小时以内。三是培育跨境物流市场主体。引进中老铁路国际物流、顺丰国际等龙头企业32家，2025年片区跨境物流企业营业收入达到146.3亿元。")
    head("三、下一步工作")
    body("1.支持昆明片区建设面向南亚东南亚的国际物流枢纽，推动中老铁路与西部陆海新通道、中欧班列高效衔接。")
    body("2.争取在昆明片区开展国际中转集拼、冷链物流保税仓储等业务试点，提升跨境物流附加值。")
    body("3.加强与老挝、泰国有关方面沟通协调，推动中老泰铁路联运常态化运行。")
    body("感谢您对我省自贸试验区建设的关心和支持。")
    empty(doc, 2)
    p = add_par(doc, YN, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16)
    p = add_par(doc, "2026年6月26日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    add_par(doc, "（此件公开发布）")
    empty(doc, 1)
    add_par(doc, "联系人：杨晓琴      联系电话：0871-63218752", indent=True)
    banji(doc, "抄送：省人大常委会代表工作委员会，省人民政府办公厅，昆明市人民政府。",
          "省自贸试验区工作领导小组办公室", "2026年6月26日印发")
    result.append({
        "meta": meta(title="关于省十四届人大四次会议第0519号代表建议的答复",
                     doc_number="云自贸办〔2026〕14号", issuer=[YN], date="2026-06-26",
                     region="云南省", recipients=["李春梅代表"], publicity="此件公开发布"),
        "clauses": clauses,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = result
    return path


def main():
    paths = [doc_fujian(), doc_sichuan(), doc_yunnan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
