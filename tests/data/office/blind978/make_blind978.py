# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 978: 省商务厅 代表建议答复函 / 政协提案答复 -- Word + PDF + expected.json.

Run:  python make_blind978.py   (writes next to this script)
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
    """runs: str or list of tuples (text, font, size, bold[, color]);
    the string "\\n" as a run text means a manual line break (Shift+Enter)."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        if text == "\n":
            run = p.add_run()
            font(run, name, size, bold, color)
            run.add_break(WD_BREAK.LINE)
            continue
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
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def footer_pageno(section, left="— ", right=" —"):
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run(left), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                          % nsdecls("w")))
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(right), SONG, 14)


def setup(doc, left="— ", right=" —"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    footer_pageno(s, left, right)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def simple_table(doc, header, rows, clauses, widths=None, header_font=HT):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, header_font, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = L if (widths and widths[ci] > 6) else C
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=al)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        set_widths(t, widths)
    return t


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for ci, w in enumerate(widths):
            if ci < len(row.cells):
                row.cells[ci].width = Cm(w)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_978", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# Word automatic numbering "1." (decimal) -- each call gives a list restarting at 1
_next_abs = [700]


def make_numbering(doc, lvl_text="%1.", fmt_="decimal"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, fmt_, lvl_text, FS, FS, FS))
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


def textbox_run(p, text, width_pt=60, height_pt=30):
    """Floating VML text box (a clerk's 'B类' box in the top-left corner)."""
    xml = (
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TextBox978" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:0;width:%dpt;height:%dpt;'
        'z-index:251659264;mso-position-horizontal-relative:margin;'
        'mso-position-vertical-relative:text" strokecolor="black" strokeweight="1pt">'
        '<v:textbox inset="2pt,2pt,2pt,2pt"><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '<w:t>%s</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
        % (nsdecls("w"), width_pt, height_pt, HT, HT, HT, text))
    p._p.append(parse_xml(xml))


expected = {}


def meta(**kw):
    m = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
         "level": "provincial", "region": None, "effective": None, "expires": None,
         "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
         "repeals": None}
    m.update(kw)
    return m


# ===================================================================== FILE 1
# 四川省商务厅 — 代表建议答复的函（信函格式，A类，附征询意见表）
def file_sichuan():
    stem = "blind978_sc_rendai"
    doc = Document()
    setup(doc)
    clauses = []

    # 信函格式版头: organ name in red, 上粗下细 double red rule
    p = par(doc, [("四川省商务厅", XBS, 40, False, RED)], align=C, indent=False, line=56, before=6)
    border(p, "bottom", "FF0000", 24, 6, val="thickThinSmallGap")
    # 答复类别 on the left, 文号 on the right (right tab stop)
    p = par(doc, [("答复类别：A类", HT, 16, False), ("\t", FS, 16, False),
                  ("川商建〔2026〕47号", FS, 16, False)], indent=False, before=8)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    p = par(doc, [("签发人：", FS, 16, False), ("刘晓峰", KT, 16, False)], align=R, indent=False)
    empty(doc, 1)
    # title: one paragraph, wrapped by hand with Shift+Enter at odd places
    par(doc, [("四川省商务厅关于省十四届人大", XBS, 22, False), ("\n", XBS, 22, False),
              ("四次会议第1128号代表建议", XBS, 22, False), ("\n", XBS, 22, False),
              ("答复的函", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    par(doc, "张远航代表：", indent=False)

    def body(t):
        clauses.append(t)
        par(doc, t)

    def head(t):
        par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("您提出的《关于实施中国（四川）自由贸易试验区提升战略加快打造内陆开放门户枢纽的建议》（第1128号）收悉。感谢您对我省开放型经济发展的关心和支持。经认真研究，并商省发展改革委、省交通运输厅、成都海关，现答复如下：")
    head("一、关于加快实施自贸试验区提升战略")
    body("中国（四川）自由贸易试验区自2017年4月挂牌以来，累计形成制度创新成果860余项，其中22项在全国复制推广、128项在全省复制推广。2025年，自贸试验区以不到全省万分之三的面积，贡献了全省四分之一的外商投资企业和近三成的进出口额。各片区主要指标如下：")

    # two-level header table with merged cells, header rows repeated
    top = ["片区", "新设企业（户）", "新设企业（户）", "进出口", "进出口"]
    sub = ["片区", "合计", "外资企业", "金额（亿元）", "同比增长（%）"]
    keys = ["片区", "新设企业（户）／合计", "新设企业（户）／外资企业",
            "进出口／金额（亿元）", "进出口／同比增长（%）"]
    rows = [
        ["成都天府新区片区", "21846", "412", "1068.5", "8.7"],
        ["成都青白江铁路港片区", "3275", "46", "326.4", "15.2"],
        ["川南临港片区", "4118", "37", "187.9", "11.6"],
        ["合计", "29239", "495", "1582.8", "9.9"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    b = t.cell(0, 1).merge(t.cell(0, 2))
    c = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(a, "片区", HT, 12)
    set_cell(b, "新设企业（户）", HT, 12)
    set_cell(c, "进出口", HT, 12)
    for i in range(1, 5):
        set_cell(t.cell(1, i), sub[i], HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    set_widths(t, [4.8, 2.2, 2.2, 3.0, 3.4])
    del top
    note = "注：新设企业数据来源于省市场监管局，进出口数据来源于成都海关；协同改革先行区数据未纳入统计。"
    clauses.append(note)
    par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    body("今年以来，我厅在成都天府新区片区开展跨境服务贸易负面清单管理试点，并配合省人大常委会开展《中国（四川）自由贸易试验区条例》修订调研，将您提出的“赋予片区更大改革自主权”等意见纳入修订建议稿。")
    head("二、关于推动中欧班列与西部陆海新通道联动发展")
    body("2025年，中欧班列（成渝）成都方向开行2860列；西部陆海新通道班列开行1420列，同比增长18.3%。成都国际铁路港已实现两类班列同场站集结、换装和中转，“欧洲—成都—东盟”铁海联运全程运输时间压缩至22天左右。")
    body("关于您提出的推广铁海联运“一单制”问题，成都国际铁路港已累计签发多式联运“一单制”提单3100余单，货值约46亿元，目前已有6家银行开办提单质押融资业务，累计授信8.2亿元。")
    head("三、关于支持企业拓展共建“一带一路”国家市场")
    body("2025年，我省对共建“一带一路”国家进出口额达到4318.6亿元，同比增长7.4%，占全省外贸总额的43.5%。我厅持续实施“万企出国门”市场开拓活动，全年组织1800余家次企业参加境内外重点展会，并在越南胡志明市、哈萨克斯坦阿拉木图等地设立境外服务站7个。")
    head("四、下一步工作打算")
    body("下一步，我厅将认真吸纳您的意见建议，重点抓好以下工作：")
    runin("（一）深化制度型开放试点。", "对标高标准国际经贸规则，在跨境服务贸易、数字贸易、知识产权保护等领域推出一批首创性改革举措，力争2026年新形成省级制度创新成果40项以上。")
    runin("（二）提升通道运行效能。", "争取新开通至中东欧、南亚方向班列线路3条以上，扩大“一单制”提单金融应用范围。")
    runin("（三）强化市场开拓服务。", "2026年计划组织境内外重点展会60场以上，支持企业在共建“一带一路”国家建设海外仓和营销网络。")
    body("再次感谢您对全省商务工作的关心和支持！")
    # attachment list line under the body
    par(doc, "附件：四川省人大代表建议办理情况征询意见表")
    empty(doc, 1)
    # (no blank line above the 附件 line: the clerk deleted it to keep the 落款 on the page)
    # 落款: right aligned with a right indent of 4 chars
    p = par(doc, "四川省商务厅", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = par(doc, "2026年6月12日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    par(doc, "（此件主动公开）")
    par(doc, "（联系人：王静　联系电话：028-83225617）")

    # ---- 附件 on its own page: a form
    p = par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    par(doc, [("四川省人大代表建议办理情况征询意见表", XBS, 20, False)], align=C, indent=False,
        line=34, after=10)
    simple_table(doc, ["序号", "征询内容", "代表意见"], [
        ["1", "承办单位在办理过程中是否与代表沟通联系", "□是　□否"],
        ["2", "对承办单位办理工作态度的意见", "□满意　□基本满意　□不满意"],
        ["3", "对建议所提问题解决情况的意见", "□满意　□基本满意　□不满意"],
        ["4", "其他意见和建议", "（可另附页）"],
    ], clauses, widths=[1.6, 7.0, 7.0])
    note = "注：请代表在相应“□”内打“√”，并于收到答复之日起1个月内反馈至省人大常委会代表工作室。"
    clauses.append(note)
    par(doc, [(note, FS, 14, False)], line=24, before=6)

    # ---- 版记
    empty(doc, 3)
    p = par(doc, [("抄送：省人大常委会代表工作室，省人民政府办公厅。", FS, 14, False)],
            indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p = par(doc, [("四川省商务厅办公室", FS, 14, False), ("\t", FS, 14, False),
                  ("2026年6月12日印发", FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="四川省商务厅关于省十四届人大四次会议第1128号代表建议答复的函",
            doc_number="川商建〔2026〕47号",
            issuer=["四川省商务厅"],
            date="2026-06-12",
            region="四川省",
            attachments=["四川省人大代表建议办理情况征询意见表"],
            doc_type="函",
            recipients=["张远航代表"],
            publicity="此件主动公开",
        ),
        "clauses": clauses,
    }]
    return path


# ===================================================================== FILE 2
# 河南省商务厅 — 政协提案答复（文件式红头，B类文本框，自动编号，表格跨页续表）
def file_henan():
    stem = "blind978_hn_zhengxie"
    doc = Document()
    setup(doc)
    clauses = []

    p = doc.add_paragraph()
    fmt(p, indent=False)
    textbox_run(p, "B类")
    empty(doc, 1)
    par(doc, [("河南省商务厅文件", XBS, 44, False, RED)], align=C, indent=False, line=60, before=12)
    empty(doc, 1)
    # 文号 left, 签发人 right, tab aligned, red rule under it
    p = par(doc, [("豫商提〔2026〕19号", FS, 16, False), ("\t", FS, 16, False),
                  ("签发人：", FS, 16, False), ("周建军", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc, 1)
    par(doc, [("河南省商务厅关于政协河南省第十三届委员会", XBS, 22, False)], align=C,
        indent=False, line=36)
    par(doc, [("第四次会议第0437号提案的答复", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    par(doc, "民建河南省委：", indent=False)

    def body(t):
        clauses.append(t)
        par(doc, t)

    def headtext(h, t):
        clauses.append(h + t)
        par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    def numbered(items):
        nid = make_numbering(doc)
        for t in items:
            p = par(doc, t)
            apply_num(p, nid)
        for i, t in enumerate(items, 1):
            clauses.append("%d.%s" % (i, t))

    body("贵委提出的《关于推动郑州—卢森堡“空中丝绸之路”与跨境电商融合发展的提案》（第0437号）收悉。该提案由我厅主办，省发展改革委、郑州海关、河南省机场集团有限公司会办。经认真研究，现答复如下：")
    headtext("一、关于拓展“空中丝绸之路”航线网络。", "近年来，我省持续深化郑州—卢森堡“双枢纽”合作，“空中丝绸之路”建设成效明显。2025年，郑州新郑国际机场货邮吞吐量达到91.6万吨，同比增长12.4%；全货机航线达到52条，通航全球30个国家的68个城市；卢森堡货航在郑州每周执飞航班稳定在30班以上。您在提案中提出的加密至中亚、中东方向全货机航线的建议，我们已会同省机场集团纳入2026年航线开发计划。")
    headtext("二、关于构建跨境电商“空港+海外仓”服务体系。", "我厅会同有关部门重点开展了以下工作：")
    numbered([
        "完善综试区布局。全省已有郑州、洛阳、南阳、许昌、焦作、商丘6个国家级跨境电子商务综合试验区，我厅牵头制定综试区考核评估办法，推动各综试区差异化发展，形成了许昌发制品、南阳艾草、洛阳机械配件等一批“跨境电商+产业带”集群。",
        "推动海外仓建设。支持企业在卢森堡、比利时列日、匈牙利布达佩斯等地布局海外仓，全省企业在境外建设运营海外仓达到218个，其中省级公共海外仓42个，与“空中丝绸之路”航线节点城市的匹配度明显提高。",
        "优化通关监管服务。郑州海关在航空口岸推行跨境电商出口“空运直出”“清单核放、汇总申报”等模式，跨境电商零售出口平均通关时间压缩至1.5小时，“网购保税1210”进口业务规模持续位居全国前列。",
    ])
    body("2025年，全省跨境电商进出口额2618.4亿元，同比增长9.6%，其中出口2011.3亿元。分地区情况见表1。")
    # caption with the unit in it
    par(doc, [("表1　2025年河南省跨境电商进出口分地区情况（单位：亿元，%）", HT, 14, False)],
        align=C, indent=False, before=6, after=4)
    header = ["序号", "地区", "进出口额", "同比增长", "出口额"]
    part1 = [
        ["1", "郑州市", "1285.6", "8.2", "862.4"],
        ["2", "许昌市", "486.2", "11.5", "452.8"],
    ]
    part2 = [
        ["3", "南阳市", "203.5", "14.3", "176.9"],
        ["4", "洛阳市", "142.8", "10.8", "118.6"],
        ["5", "焦作市", "98.7", "6.9", "81.2"],
        ["6", "商丘市", "85.3", "17.6", "73.5"],
        ["7", "新乡市", "76.4", "9.1", "61.7"],
        ["8", "漯河市", "52.1", "12.4", "40.3"],
        ["9", "开封市", "48.9", "15.8", "39.6"],
        ["10", "其他地区", "138.9", "5.7", "104.3"],
    ]
    simple_table(doc, header, part1, clauses, widths=[1.6, 4.0, 3.2, 3.2, 3.2])
    # the clerk split the table by hand and typed 续表 on the next page
    p = par(doc, [("续表1", HT, 14, False)], align=L, indent=False, after=4)
    p.paragraph_format.page_break_before = True
    simple_table(doc, header, part2, clauses, widths=[1.6, 4.0, 3.2, 3.2, 3.2])
    note = "注：“其他地区”包括平顶山、安阳、鹤壁、濮阳、三门峡、信阳、周口、驻马店8个省辖市和济源示范区。"
    clauses.append(note)
    par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    headtext("三、关于加强跨境电商人才培养和品牌培育。", "我厅联合省教育厅认定省级跨境电商人才培训基地15个，2025年开展跨境电商实务培训320余场，培训各类人员2.6万人次；组织开展“河南品牌出海”专项行动，支持127家企业注册境外商标、开展国际认证，培育跨境电商自主品牌86个。")
    headtext("四、关于下一步工作。", "我厅将认真研究吸纳贵委意见建议，重点做好以下工作：")
    numbered([
        "联合省机场集团、卢森堡货航加密郑州至欧洲、中亚全货机航线，力争2026年新开通国际货运航线5条以上，推动“空中丝绸之路”与中欧班列、海铁联运多式联运衔接。",
        "实施海外仓提质增效行动，新认定省级公共海外仓10个以上，推动海外仓与航空枢纽数据互联互通，探索开展“跨境电商+航空物流”一体化服务试点。",
        "配合郑州海关争取在郑州航空港经济综合实验区开展跨境电商退货中心仓模式试点，进一步提升通关便利化水平。",
    ])
    body("感谢贵委对全省商务工作的关心和支持，希望继续提出宝贵意见。")
    empty(doc, 2)
    p = par(doc, "河南省商务厅", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(72)
    p = par(doc, "二〇二六年六月二十日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(40)
    empty(doc, 1)
    par(doc, "（此件公开发布）")
    par(doc, "联系单位：省商务厅电子商务处　联系人：孙磊　电话：0371-63942375", indent=True)

    empty(doc, 2)
    p = par(doc, [("抄送：省政协提案委员会，省人民政府督查室，省发展改革委，郑州海关，河南省机场集团有限公司。",
                   FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(0)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p = par(doc, [("河南省商务厅办公室", FS, 14, False), ("\u3000" * 7, FS, 14, False),
                  ("2026年6月20日印发", FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="河南省商务厅关于政协河南省第十三届委员会第四次会议第0437号提案的答复",
            doc_number="豫商提〔2026〕19号",
            issuer=["河南省商务厅"],
            date="2026-06-20",
            region="河南省",
            doc_type="答复",
            recipients=["民建河南省委"],
            publicity="此件公开发布",
        ),
        "clauses": clauses,
    }]
    return path


# ===================================================================== FILE 3
# 云南省商务厅 — two separate 答复 typed one after the other in one Word file
# (no 红头; indentation typed with full-width spaces; mixed half/full-width punctuation)
def file_yunnan():
    stem = "blind978_yn_dafu_heji"
    doc = Document()
    setup(doc, left="- ", right=" -")
    docs = []
    IND = "\u3000\u3000"

    def header_block(num, signer, cat, title_lines, to):
        # 文号 + 签发人 aligned with typed half-width spaces
        par(doc, [(num, FS, 16, False), (" " * 20, FS, 16, False), ("签发人：" + signer, FS, 16, False)],
            indent=False)
        par(doc, [("答复类别：" + cat, HT, 16, False)], indent=False)
        empty(doc, 1)
        for tl in title_lines:
            par(doc, [(tl, XBS, 22, False)], align=C, indent=False, line=36)
        empty(doc, 1)
        par(doc, to + "：", indent=False)

    def body(cl, t):
        cl.append(t)
        par(doc, IND + t, indent=False)

    def runin(cl, h, t):
        cl.append(h + t)
        par(doc, [(IND + h, KT, 16, False), (t, FS, 16, False)], indent=False)

    def sign(org, date, contact, cc):
        empty(doc, 2)
        par(doc, " " * 44 + org, indent=False)
        par(doc, " " * 43 + date, indent=False)
        empty(doc, 1)
        par(doc, IND + contact, indent=False)
        empty(doc, 1)
        p = par(doc, [(cc, FS, 14, False)], indent=False, line=24)
        border(p, "top", "000000", 8, 4)
        border(p, "bottom", "000000", 8, 4)

    # ---------------- document A: 人大代表建议, C类
    cl = []
    header_block("云商建〔2026〕22号", "杨建华", "C类",
                 ["云南省商务厅关于省十四届人大四次会议", "第0562号代表建议的答复"],
                 "李春梅等10位代表")
    body(cl, "你们提出的《关于在瑞丽增设边民互市进口商品落地加工园区的建议》(第0562号)收悉。经认真研究,现答复如下:")
    body(cl, "边民互市贸易是我省沿边地区群众增收致富的重要渠道。2025年,全省边民互市贸易进出口额达到186.3亿元,同比增长6.2%;其中德宏州边民互市贸易额72.5亿元,占全省的38.9%。")
    body(cl, "关于你们提出的在瑞丽增设落地加工园区的建议。根据商务部等部门有关规定，边民互市进口商品落地加工园区需依托已批复的互市贸易区（点）设立，并报国家有关部门备案。目前，瑞丽市已建成姐告边民互市贸易区落地加工产业园，入驻企业41家，2025年落地加工互市进口商品8.6万吨。考虑到现有园区尚有约35%的规划用地未开发利用，且国家正在研究修订边民互市贸易管理办法，新设园区的条件尚不成熟，我厅将你们的建议留作工作参考。")
    body(cl, "下一步,我厅将会同德宏州人民政府、昆明海关，指导瑞丽市用好现有园区载体，推动互市贸易与落地加工、跨境电商融合发展，并积极向商务部反映地方诉求，争取在政策修订中予以支持。")
    body(cl, "感谢你们对我省沿边开放工作的关心和支持。")
    sign("云南省商务厅", "2026年5月29日", "联系人：赵云飞　　联系电话：0871-63135228",
         "抄送：省人大常委会代表工作室，德宏州人民政府。")
    docs.append({
        "meta": meta(
            title="云南省商务厅关于省十四届人大四次会议第0562号代表建议的答复",
            doc_number="云商建〔2026〕22号",
            issuer=["云南省商务厅"],
            date="2026-05-29",
            region="云南省",
            doc_type="答复",
            recipients=["李春梅等10位代表"],
        ),
        "clauses": cl,
    })

    page_break(doc)

    # ---------------- document B: 政协提案, A类
    cl = []
    header_block("云商提〔2026〕9号", "杨建华", "A类",
                 ["云南省商务厅关于省政协十三届四次会议", "第0318号提案的答复"],
                 "王志强委员")
    body(cl, "您提出的《关于依托中老铁路扩大农产品跨境贸易的提案》（第0318号）收悉。您的提案对我省建设面向南亚东南亚辐射中心具有重要参考价值，经商昆明海关、中国铁路昆明局集团有限公司，现答复如下：")
    runin(cl, "(一)关于扩大中老铁路跨境货运规模。", "2025年,中老铁路累计发送跨境货物632万吨,同比增长21.5%,货物品类扩展至3200余种。我厅会同昆明海关推动“澜湄快线”常态化开行，实现昆明至万象跨境货运“26小时直达”，并开通中老泰“一单到底”冷链专列。")
    runin(cl, "(二)关于建设农产品跨境集散中心。", "支持在昆明王家营、磨憨铁路口岸建设冷链物流中心和农产品集散中心，2025年经中老铁路进口的泰国榴莲、老挝香蕉等水果达到48.7万吨，出口的蔬菜、鲜花等农产品达到36.2万吨。中国（云南）自由贸易试验区昆明片区已设立东南亚农产品交易平台，全年交易额突破120亿元。")
    runin(cl, "(三)关于完善检验检疫便利措施。", "昆明海关在磨憨铁路口岸推行进境水果“绿色通道”和“提前申报、抵港直装”模式，查验时间压缩至平均4小时以内；我厅配合推动老挝、泰国输华农产品准入，2025年新增老挝百香果、泰国山竹等4类产品准入。")
    body(cl, "下一步，我厅将吸纳您的建议，会同有关部门制定《中老铁路沿线农产品跨境贸易提升行动方案（2026—2028年）》，推动建设磨憨国际农产品冷链枢纽，支持更多企业开展“铁路+冷链”跨境贸易。")
    body(cl, "再次感谢您对全省商务工作的关心和支持！")
    sign("云南省商务厅", "2026年6月3日", "联系人：赵云飞　　联系电话：0871-63135228",
         "抄送：省政协提案委员会，昆明海关。")
    docs.append({
        "meta": meta(
            title="云南省商务厅关于省政协十三届四次会议第0318号提案的答复",
            doc_number="云商提〔2026〕9号",
            issuer=["云南省商务厅"],
            date="2026-06-03",
            region="云南省",
            doc_type="答复",
            recipients=["王志强委员"],
        ),
        "clauses": cl,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    paths = [file_sichuan(), file_henan(), file_yunnan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    print("wrote", [os.path.basename(p) for p in paths])


if __name__ == "__main__":
    main()
