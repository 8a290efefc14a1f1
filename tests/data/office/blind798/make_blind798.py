# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 798: 政协提案答复函 / 人大代表建议答复 / 提案会办意见函.

Writes Word files, PDFs (LibreOffice) and expected.json into this directory.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
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

C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT

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


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.first_line_indent = Pt(32) if indent else Pt(0)
    return p


def par(doc, runs, **kw):
    """runs: str or list of tuples (text, font, size, bold[, color]) ;
    the special text '\\n' inserts a manual line break (Shift+Enter)."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        if text == "\n":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def right_tab(p, pos_cm=15.6):
    p.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT)


def setup(doc, margins=(3.7, 3.5, 2.8, 2.6)):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(margins[0]), Cm(margins[1])
    s.left_margin, s.right_margin = Cm(margins[2]), Cm(margins[3])
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    # footer page number "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = C
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


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def simple_table(doc, header, rows, clauses, size=12, widths=None, hsize=None, line=20):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, hsize or size)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, size, line=line)
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
        for ci, w in enumerate(widths):
            row.cells[ci].width = Cm(w)


def banji(doc, cc, printer, date_txt, gap=1):
    """版记: 抄送 + 印发 between black rules."""
    if gap:
        empty(doc, gap)
    p = par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                   (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    right_tab(p2, 15.1)
    border(p2, "bottom", "000000", 8, 4)


def textbox(p, text, left_pt, top_pt, width_pt, height_pt, size=16, fontname=FS):
    """Floating VML text box anchored to paragraph p (old Word style)."""
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:%dpt;margin-top:%dpt;width:%dpt;height:%dpt;'
        'z-index:251659264;mso-position-horizontal-relative:margin;'
        'mso-position-vertical-relative:paragraph" filled="f" stroked="f">'
        '<v:textbox inset="0,0,0,0"><w:txbxContent><w:p><w:pPr><w:jc w:val="right"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>'
        '<w:sz w:val="%d"/></w:rPr><w:t>%s</w:t></w:r></w:p></w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r>'
        % (left_pt, top_pt, width_pt, height_pt, fontname, fontname, fontname, size * 2, text))
    p._p.append(parse_xml(xml))


def meta(title, num, issuer, date, region, doc_type, recipients, attachments=(),
         publicity=None):
    return {
        "title": title, "doc_number": num, "issuer": issuer, "date": date,
        "published": None, "level": "municipal", "region": region,
        "effective": None, "expires": None, "attachments": list(attachments),
        "doc_type": doc_type, "recipients": recipients, "publicity": publicity,
        "repeals": None,
    }


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_798", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ============================================================ DOC A: 合肥 答复函
def doc_hefei():
    stem = "blind798_hefei_dafuhan"
    doc = Document()
    setup(doc, (3.3, 3.2, 2.8, 2.6))
    cl = []

    par(doc, [("A类", HT, 16, False)], indent=False)
    par(doc, [("合肥市商务局", XBS, 40, False, RED)], align=C, indent=False, line=56, before=6)
    p = par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1, "thickThinSmallGap")
    par(doc, "合商函〔2026〕37号", align=R, indent=False)
    empty(doc, 1)
    par(doc, [("合肥市商务局关于市政协十四届五次会议", XBS, 22, False)],
        align=C, indent=False, line=34)
    par(doc, [("第0123号提案的答复函", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    par(doc, "周立群委员：", indent=False)

    def body(t):
        cl.append(t)
        par(doc, t)

    def head(t):
        par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        cl.append(h + t)
        par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("您提出的《关于推动我市企业深度参与共建“一带一路”加快开拓中亚和中东欧市场的提案》（第0123号）收悉。该提案由我局主办，市发展改革委、市财政局、合肥海关、中国出口信用保险公司安徽分公司会办。感谢您对我市高水平对外开放工作的关心和支持。经认真研究并商会办单位，现将有关情况答复如下：")
    head("一、我市与共建“一带一路”国家经贸合作基本情况")
    body("近年来，我市深入实施开放强市战略，依托中国（安徽）自由贸易试验区合肥片区、合肥国际陆港等开放平台，推动与共建“一带一路”国家经贸合作持续扩大。2025年，全市对共建“一带一路”国家进出口1742.6亿元，同比增长12.8%，占全市外贸总值的比重提高到48.3%。其中，对中亚五国进出口96.4亿元，同比增长31.5%；对中东欧17国进出口158.2亿元，同比增长9.7%。具体情况见下表。")

    par(doc, [("表1　2025年以来合肥市对重点区域进出口情况", HT, 14, False)],
        align=C, indent=False, line=26, before=4)
    par(doc, [("单位：亿元，%", FS, 12, False)], align=R, indent=False, line=20)
    rows = [
        ["共建“一带一路”国家", "1742.6", "12.8", "618.3", "10.4"],
        ["其中：中亚五国", "96.4", "31.5", "37.9", "26.2"],
        ["中东欧17国", "158.2", "9.7", "55.1", "7.3"],
        ["东盟", "512.7", "14.1", "176.8", "11.9"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "区域", HT, 12)
    b = t.cell(0, 1).merge(t.cell(0, 2))
    set_cell(b, "2025年", HT, 12)
    c = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(c, "2026年1—4月", HT, 12)
    for i, h in enumerate(["进出口额", "同比增长", "进出口额", "同比增长"], 1):
        set_cell(t.cell(1, i), h, HT, 12)
    heads = ["区域", "2025年／进出口额", "2025年／同比增长",
             "2026年1—4月／进出口额", "2026年1—4月／同比增长"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12, align=L if ci == 0 else C)
        cl.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
    set_widths(t, [4.6, 2.6, 2.6, 2.9, 2.9])
    note = "注：数据来源于合肥海关；中亚五国、中东欧17国、东盟数据均包含在共建“一带一路”国家数据中。"
    cl.append(note)
    par(doc, [(note, FS, 12, False)], indent=False, line=20, before=2)

    head("二、关于您提出的几点建议")
    runin("（一）关于搭建企业“出海”综合服务平台。",
          "您建议整合政府部门、行业协会和专业机构资源，为企业提供一站式“出海”服务，我局高度认同。2025年9月，我局牵头在合肥片区设立“合肥企业出海综合服务中心”，首批引入法律、会计、知识产权、跨境金融等专业服务机构23家，累计为412家企业提供政策咨询、风险评估、境外投资备案指导等服务。下一步，我们将推动服务中心在中亚、中东欧重点国家设立海外联络站，力争2026年底前建成5个。")
    runin("（二）关于加大出口信用保险支持力度。",
          "市财政局、中国出口信用保险公司安徽分公司在会办意见中表示，2025年全市短期出口信用保险承保金额达到86.4亿美元，支持企业1960家，其中对共建“一带一路”国家承保金额41.2亿美元。2026年，我市将继续实施小微企业出口信用保险统保平台政策，对年出口额500万美元以下的企业由财政全额承担保费，并将中亚、中东欧国家买家资信调查费用纳入支持范围。")
    runin("（三）关于发挥中欧班列（合肥）通道作用。",
          "2025年，中欧班列（合肥）开行912列，同比增长8.3%，其中中亚方向班列开行376列。您提出的开行“合肥—阿拉木图”“合肥—塔什干”定制化班列的建议，我们已商合肥国际陆港发展有限公司纳入2026年度线路开发计划，计划于2026年下半年首发。")
    runin("（四）关于支持企业参加境外展会。",
          "我局每年编制重点境外展会计划，对企业参加计划内展会的展位费给予最高70%的补助。2026年计划组织企业参加境外重点展会18场，其中中亚、中东欧地区展会7场（详见附件）。")
    body("再次感谢您对商务工作的关心和支持，希望继续对我们的工作提出宝贵意见。")
    empty(doc, 1)
    par(doc, "附件：2026年合肥市重点境外展会计划表", indent=True)
    empty(doc, 1)
    # 落款 with a right tab stop; date right under it
    p = par(doc, [("\t合肥市商务局", FS, 16, False)], indent=False)
    right_tab(p, 14.4)
    p.paragraph_format.keep_with_next = True
    p = par(doc, [("\t2026年6月10日", FS, 16, False)], indent=False)
    right_tab(p, 14.7)
    # 领导署名 / 联系人 line, spaces mixed full- and half-width
    par(doc, [("领导署名：王立新　　联系人：陈静  联系电话：0551-63538761", FS, 14, False)],
        indent=False, before=8)

    # ---- 附件 on its own page
    page_break(doc)
    par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1, line=20)
    par(doc, [("2026年合肥市重点境外展会计划表", XBS, 20, False)], align=C, indent=False,
        line=32, after=6)
    header = ["序号", "展会名称", "举办国家（城市）", "举办时间", "重点市场"]
    fairs = [
        ["2026年中国（哈萨克斯坦）商品展览会", "哈萨克斯坦（阿斯塔纳）", "2026年6月", "中亚"],
        ["乌兹别克斯坦国际工业博览会", "乌兹别克斯坦（塔什干）", "2026年10月", "中亚"],
        ["吉尔吉斯斯坦国际汽车及零部件展", "吉尔吉斯斯坦（比什凯克）", "2026年9月", "中亚"],
        ["匈牙利布达佩斯国际博览会", "匈牙利（布达佩斯）", "2026年9月", "中东欧"],
        ["波兰波兹南国际工业博览会", "波兰（波兹南）", "2026年6月", "中东欧"],
        ["塞尔维亚贝尔格莱德国际技术博览会", "塞尔维亚（贝尔格莱德）", "2026年5月", "中东欧"],
        ["中国—中东欧国家博览会境外分展", "捷克（布拉格）", "2026年11月", "中东欧"],
        ["德国汉诺威工业博览会", "德国（汉诺威）", "2026年4月", "欧洲"],
        ["德国慕尼黑国际太阳能技术博览会", "德国（慕尼黑）", "2026年6月", "欧洲"],
        ["意大利米兰国际自行车及摩托车展", "意大利（米兰）", "2026年11月", "欧洲"],
        ["越南国际工业博览会", "越南（河内）", "2026年8月", "东盟"],
        ["印度尼西亚国际家电展", "印度尼西亚（雅加达）", "2026年7月", "东盟"],
        ["泰国曼谷国际汽车零部件展", "泰国（曼谷）", "2026年8月", "东盟"],
        ["马来西亚国际绿色科技与环保产品展", "马来西亚（吉隆坡）", "2026年10月", "东盟"],
        ["沙特利雅得国际电力及新能源展", "沙特阿拉伯（利雅得）", "2026年9月", "中东"],
        ["阿联酋迪拜国际消费电子展", "阿联酋（迪拜）", "2026年10月", "中东"],
        ["巴西圣保罗国际汽车零部件展", "巴西（圣保罗）", "2026年11月", "拉美"],
        ["墨西哥国际工业展", "墨西哥（瓜达拉哈拉）", "2026年10月", "拉美"],
    ]
    rows = [[str(i)] + f for i, f in enumerate(fairs, 1)]
    simple_table(doc, header, rows, cl, size=10, hsize=11, line=15,
                 widths=[1.2, 5.5, 4.5, 2.6, 1.8])

    banji(doc, "抄送：市政协提案委员会，市政府督查室。", "合肥市商务局办公室",
          "2026年6月10日印发", gap=0)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta("合肥市商务局关于市政协十四届五次会议第0123号提案的答复函",
                     "合商函〔2026〕37号", ["合肥市商务局"], "2026-06-10", "合肥市",
                     "函", ["周立群委员"], ["2026年合肥市重点境外展会计划表"]),
        "clauses": cl,
    }]
    return path


# ======================================================== DOC B: 南宁 人大建议答复
def make_cn_numbering(doc):
    """Word automatic numbering 一、二、三、 (chineseCounting)."""
    numbering = doc.part.numbering_part.element
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="798">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % nsdecls("w"))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="798"/></w:num>'
                               % (nsdecls("w"), nid)))
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), nid)))


def doc_nanning():
    stem = "blind798_nanning_jianyi"
    doc = Document()
    setup(doc)
    nid = make_cn_numbering(doc)
    cl = []

    par(doc, [("B类", HT, 16, False)], indent=False)
    par(doc, [("南宁市发展和改革委员会文件", XBS, 32, False, RED)], align=C, indent=False,
        line=52, before=18, after=18)
    p = par(doc, [("南发改建〔2026〕21号", FS, 16, False), ("\t", FS, 16, False),
                  ("签发人：", FS, 16, False), ("梁振华", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    right_tab(p, 15.0)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)
    for ln in ("南宁市发展和改革委员会", "关于市十五届人大五次会议第0086号建议的", "答复"):
        par(doc, [(ln, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    par(doc, "黄志强代表：", indent=False)

    def body(t, spaces=False):
        cl.append(t)
        if spaces:   # indentation typed with full-width spaces
            par(doc, "\u3000\u3000" + t, indent=False)
        else:
            par(doc, t)

    def numhead(t):
        p = par(doc, [(t, HT, 16, False)], indent=False)
        apply_num(p, nid)

    body("您提出的《关于发挥中国（广西）自由贸易试验区南宁片区优势 深化面向东盟开放合作的建议》（第0086号）收悉。经商市商务局、南宁海关、中国（广西）自由贸易试验区南宁片区管委会，现答复如下：", spaces=True)
    numhead("关于南宁片区建设进展")
    # paragraph with a manual line break (Shift+Enter) in the middle
    t1 = "2025年，南宁片区新增注册企业1.12万家，累计达到9.86万家；实际使用外资2.3亿美元，同比增长18.6%；"
    t2 = "外贸进出口1386.7亿元，同比增长15.2%，其中对东盟进出口占比达到61.4%。片区累计形成制度创新成果146项，其中“跨境金融服务平台+中国—东盟贸易结算”等12项在全国复制推广。"
    cl.append(t1 + t2)
    par(doc, [(t1, FS, 16, False), ("\n", FS, 16, False), (t2, FS, 16, False)])
    numhead("关于建议事项的办理情况")
    body("1.关于推动中国—东盟跨境产业链合作。2025年以来，我委会同南宁片区管委会推动电子信息、新能源汽车零部件、生物医药、现代物流等产业跨境产业链项目落地，重点项目推进情况见下表。")

    header = ["序号", "产业领域", "项目名称", "总投资", "2025年完成投资", "进展情况"]
    part1 = [
        ["1", "电子信息", "东盟跨境智能终端产业园", "45.0", "12.6", "一期厂房已投产"],
        ["2", "电子信息", "中国—东盟数字经济产业园二期", "28.5", "9.3", "主体结构封顶"],
        ["3", "新能源汽车零部件", "南宁—越南北江动力电池配套项目", "36.0", "8.8", "设备安装调试"],
        ["4", "新能源汽车零部件", "跨境汽车零部件集采分拨中心", "12.4", "5.1", "已投入运营"],
        ["5", "生物医药", "中国—东盟中药材（香料）交易中心", "8.6", "3.2", "交易平台上线"],
    ]
    part2 = [
        ["6", "生物医药", "东盟传统医药研发检测平台", "6.3", "2.4", "实验室装修"],
        ["7", "现代物流", "中新南宁国际物流园三期", "22.0", "7.5", "仓储区投用"],
        ["8", "现代物流", "西部陆海新通道南宁国际铁路港集散中心", "31.8", "10.7", "一期建成"],
        ["合计", "—", "—", "190.6", "59.6", "—"],
    ]
    widths = [1.3, 2.6, 5.6, 1.8, 2.2, 2.6]

    def proj_table(rows, merges):
        t = doc.add_table(rows=1 + len(rows), cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            set_cell(t.cell(0, i), h, HT, 11)
        repeat_header(t.rows[0])
        for ri, row in enumerate(rows, 1):
            for ci, v in enumerate(row):
                set_cell(t.cell(ri, ci), v, FS, 11, align=L if ci == 2 else C)
            cl.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        for r0, r1 in merges:   # vertical merge of 产业领域 (text kept once)
            txt = rows[r0 - 1][1]
            m = t.cell(r0, 1).merge(t.cell(r1, 1))
            set_cell(m, txt, FS, 11)
        set_widths(t, widths)

    par(doc, [("表　南宁片区面向东盟跨境产业链重点项目推进情况", HT, 14, False)],
        align=C, indent=False, line=26, before=4)
    par(doc, [("单位：亿元", FS, 12, False)], align=R, indent=False, line=20)
    proj_table(part1, [(1, 2), (3, 4)])
    page_break(doc)
    par(doc, [("续表", KT, 12, False)], indent=False, line=20)
    proj_table(part2, [(2, 3)])
    note = "注：总投资、2025年完成投资均为项目单位报送数据，未经审计。"
    cl.append(note)
    par(doc, [(note, FS, 12, False)], indent=False, line=20, before=2)

    body("2.关于提升跨境贸易便利化水平。南宁海关在南宁片区推广“两步申报”“提前申报”“船边直提”等便利化措施，2025年南宁口岸进口、出口整体通关时间分别压缩至28.6小时和0.9小时。下一步，我们将重点推进以下工作：")
    body("（1）推动中国—东盟跨境贸易“单一窗口”互联互通，争取2026年底前与越南、老挝、柬埔寨实现原产地证书电子数据交换；", spaces=True)
    body("（2）支持南宁国际铁路港开展铁海联运“一单制”试点，推动提单物权化改革；", spaces=True)
    body("（3）扩大中越跨境公路运输直通车运营范围，力争新增运输线路3条。", spaces=True)
    body("3.关于加强面向东盟的金融开放合作。您提出的扩大人民币跨境使用的建议很有针对性。2025年，南宁片区跨境人民币结算量达到1862亿元，同比增长22.4%。我委将配合中国人民银行广西壮族自治区分行，推动更多东盟国家银行在南宁设立代表处或分支机构，支持片区企业开展跨境贸易投资高水平开放试点。")
    numhead("下一步工作打算")
    body("下一步，我委将认真研究吸纳您的建议，把深化面向东盟开放合作作为推动南宁高质量发展的重要抓手，加强与自治区有关部门的沟通衔接，积极争取国家支持南宁片区扩区和赋予更大改革自主权，推动您的建议落地见效。")
    body("衷心感谢您对发展改革工作的关心和支持！")
    empty(doc, 2)
    # 落款 typed with spaces, date in Chinese numerals
    par(doc, "\u3000" * 12 + "南宁市发展和改革委员会", indent=False)
    par(doc, "\u3000" * 13 + "二〇二六年六月二十日", indent=False)
    empty(doc, 1)
    par(doc, "（此件主动公开）")
    par(doc, "（联系人：覃海燕，联系电话：0771-5505312）")
    banji(doc, "抄送：自治区发展改革委，市人大常委会代表工作委员会，市人民政府办公室。",
          "南宁市发展和改革委员会办公室", "2026年6月20日印发", gap=1)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta("南宁市发展和改革委员会关于市十五届人大五次会议第0086号建议的答复",
                     "南发改建〔2026〕21号", ["南宁市发展和改革委员会"], "2026-06-20",
                     "南宁市", "答复", ["黄志强代表"], publicity="此件主动公开"),
        "clauses": cl,
    }]
    return path


# ================================================= DOC C: 乌鲁木齐 提案会办意见函
def doc_urumqi():
    stem = "blind798_wulumuqi_huiban"
    doc = Document()
    setup(doc)
    cl = []

    par(doc, [("特急", HT, 16, False)], indent=False)
    par(doc, [("乌鲁木齐市财政局", XBS, 40, False, RED)], align=C, indent=False, line=56,
        before=6)
    p = par(doc, "", indent=False, line=12)
    border(p, "bottom", "FF0000", 24, 1)
    # 文号 sits in a floating text box right under the red rule
    p = par(doc, "", indent=False, line=28)
    textbox(p, "乌财函〔2026〕58号", 250, 2, 190, 24)
    empty(doc, 1)
    par(doc, [("乌鲁木齐市财政局关于市政协十四届五次会议", XBS, 22, False)], align=C,
        indent=False, line=34)
    par(doc, [("第0123号提案会办意见的函", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    par(doc, "乌鲁木齐市商务局：", indent=False)

    def body(t):
        cl.append(t)
        par(doc, "\u3000\u3000" + t, indent=False)

    def runin(h, t):
        cl.append(h + t)
        par(doc, [("\u3000\u3000", FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)],
            indent=False)

    body("你局《关于商请对市政协十四届五次会议第0123号提案提出会办意见的函》收悉。民建乌鲁木齐市委员会提出的《关于依托新疆自贸试验区乌鲁木齐片区打造面向中亚跨境贸易枢纽的提案》，由你局主办、我局会办。经认真研究，现将会办意见函复如下：")
    runin("一、关于设立跨境贸易发展专项资金。",
          "2025年，市本级通过外经贸发展专项资金安排1.85亿元，重点支持中欧班列（乌鲁木齐）集结中心建设、跨境电商、边境贸易和外贸企业开拓中亚市场。2026年，市本级预算安排外经贸发展专项资金2.1亿元，较上年增长13.5%。鉴于新设专项资金须按程序报批，我局建议暂不单独设立跨境贸易发展专项资金，而是在现有外经贸发展专项资金中设立“面向中亚市场开拓”支持方向，统筹用于提案所提事项。")
    par(doc, [("2026年市本级外经贸发展专项资金安排情况(单位：万元)", HT, 14, False)],
        align=C, indent=False, line=26, before=4, after=4)
    header = ["序号", "支持方向", "安排金额", "占比(%)"]
    rows = [
        ["1", "中欧班列（乌鲁木齐）集结中心运营", "6500", "30.95"],
        ["2", "跨境电商及海外仓建设", "4200", "20.00"],
        ["3", "面向中亚市场开拓", "3800", "18.10"],
        ["4", "边境贸易和互市贸易", "2600", "12.38"],
        ["5", "外贸企业信保及融资增信", "3000", "14.29"],
        ["6", "其他", "900", "4.29"],
        ["合计", "—", "21000", "100.00"],
    ]
    simple_table(doc, header, rows, cl, size=12, widths=[1.6, 8.0, 2.8, 2.6])
    empty(doc, 1, line=14)
    runin("二、关于对中亚方向班列给予运费补贴。",
          "根据国家关于规范中欧班列地方补贴的有关要求，中欧班列地方财政补贴逐年退坡。我局建议不再新增班列运费补贴政策，可通过支持集结中心基础设施建设、提升回程货源组织能力等方式给予支持，相关资金已在上表“中欧班列（乌鲁木齐）集结中心运营”方向中统筹安排。")
    runin("三、关于设立跨境贸易融资风险补偿资金池。",
          "我局支持该项建议。2026年拟从外经贸发展专项资金“外贸企业信保及融资增信”方向中安排3000万元，会同市委金融办、中国出口信用保险公司新疆分公司设立“中亚贸易通”融资风险补偿资金池，对合作银行向外贸中小微企业发放贷款形成的损失按不超过50%的比例给予补偿，具体办法由你局会同我局另行制定。")
    runin("四、关于其他事项。",
          "提案中涉及的霍尔果斯、阿拉山口等口岸基础设施建设事项,属自治区事权,建议你局在答复中予以说明，我局将积极配合争取中央和自治区资金支持。")
    par(doc, "特此函复。")
    empty(doc, 2)
    par(doc, " " * 36 + "乌鲁木齐市财政局", indent=False)
    par(doc, " " * 37 + "2026年5月26日", indent=False)
    empty(doc, 1)
    par(doc, "（联系人：阿依古丽·买买提，联系电话：0991-4512738）")
    banji(doc, "抄送：市政协提案委员会。", "乌鲁木齐市财政局办公室", "2026年5月26日印发")
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta("乌鲁木齐市财政局关于市政协十四届五次会议第0123号提案会办意见的函",
                     "乌财函〔2026〕58号", ["乌鲁木齐市财政局"], "2026-05-26", "乌鲁木齐市",
                     "函", ["乌鲁木齐市商务局"]),
        "clauses": cl,
    }]
    return path


def main():
    paths = [doc_hefei(), doc_nanning(), doc_urumqi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
