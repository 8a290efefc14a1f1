# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 870: 境外展会补贴申报通知与展会目录（附申报表与目录表）. Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
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
IND = "\u3000\u3000"
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT


# ---------------------------------------------------------------- helpers
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


def soft_par(doc, segs, lead="", **kw):
    """One paragraph, segments separated by manual line breaks (Shift+Enter);
    every segment after the first starts with typed full-width spaces."""
    p = doc.add_paragraph()
    for i, seg in enumerate(segs):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
            font(p.add_run(IND), FS, 16)
        elif lead:
            font(p.add_run(lead), FS, 16)
        if isinstance(seg, tuple):
            font(p.add_run(seg[0]), KT, 16, True)
            font(p.add_run(seg[1]), FS, 16)
        else:
            font(p.add_run(seg), FS, 16)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def _fld(fp, name, size):
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), name, size)
    r5 = fp.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, left="— ", right=" —"):
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
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run(left), SONG, 14)
    _fld(fp, SONG, 14)
    font(fp.add_run(right), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def row_clause(headers, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, row))


def banji(doc, cc, printer, date_txt, size=14, gap=2):
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, size, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, size, False), ("\t", FS, size, False),
                       (date_txt, FS, size, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    sec = doc.sections[-1]
    width = sec.page_width - sec.left_margin - sec.right_margin - Pt(28)
    p2.paragraph_format.tab_stops.add_tab_stop(width, 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_870", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_next_abs = [870]


def make_numbering(doc, lvl_text, numfmt="decimal"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, numfmt, lvl_text, FS, FS, FS))
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


def _rxml(text, name=FS, size=16):
    return ('<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}" w:cs="{f}"/>'
            '<w:sz w:val="{s}"/><w:szCs w:val="{s}"/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r>'
            ).format(f=name, s=size * 2, t=text)


def textbox_par(doc, lines, left_pt=230, width_pt=190, height_pt=72):
    """Anchor paragraph carrying a floating VML text box (落款 typed in a text box)."""
    p = doc.add_paragraph()
    fmt(p, indent=False)
    paras = "".join('<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>%s</w:p>'
                    % _rxml(t) for t in lines)
    xml = ('<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="LuoKuan870" o:spid="_x0000_s1026" type="#_x0000_t202" filled="f" stroked="f" '
           'style="position:absolute;margin-left:%dpt;margin-top:4pt;width:%dpt;height:%dpt;z-index:251659264;'
           'mso-position-horizontal-relative:text;mso-position-vertical-relative:text">'
           '<v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
           % (nsdecls("w"), left_pt, width_pt, height_pt, paras))
    p._p.append(parse_xml(xml))
    return p


expected = {}


# =================================================================== DOC A
def doc_zhejiang():
    stem = "blind870_zj_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("加急", HT, 16, False)], indent=False)
    # joint 版头: two organ names stacked on the left, 文件 on the right (layout table)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    no_borders(t)
    t.columns[0].width = Cm(10.5)
    t.columns[1].width = Cm(4.5)
    for i, org in enumerate(["浙江省商务厅", "浙江省财政厅"]):
        c = t.rows[i].cells[0]
        c.width = Cm(10.5)
        c.text = ""
        pp = c.paragraphs[0]
        font(pp.add_run(org), XBS, 34, False, RED)
        pp.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        pp.paragraph_format.line_spacing = Pt(42)
    right = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    right.width = Cm(4.5)
    right.text = ""
    pp = right.paragraphs[0]
    font(pp.add_run("文件"), XBS, 48, False, RED)
    pp.alignment = C
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    empty(doc, 1, line=20)
    p = add_par(doc, "浙商务联发〔2026〕18号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("浙江省商务厅\u3000浙江省财政厅关于组织申报", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("2026年度省级重点境外展会补贴资金的通知", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各设区市商务局、财政局，义乌市商务局、财政局：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=KT):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, False), (t, FS, 16, False)])

    body("为支持外贸企业开拓“一带一路”共建国家和RCEP成员国等国际市场，根据《浙江省商务促进专项资金管理办法》（浙财企〔2024〕9号），省商务厅、省财政厅确定了2026年度省级重点境外展会目录（见附件1），现就申报补贴资金有关事项通知如下：")
    runin("一、支持对象。", "在浙江省内（不含宁波市）注册、已办理外贸经营者备案且近三年无严重失信记录的企业。", HT)
    runin("二、补贴标准。", "按展会类别补贴实际发生的展位费：", HT)
    items = [
        "1.A类展会：按展位费70%补贴，每个展位最高4万元；",
        "2.B类展会：按展位费60%补贴，每个展位最高3万元；",
        "3.C类展会：按展位费50%补贴，每个展位最高2万元。",
    ]
    soft_par(doc, items)  # three items typed with Shift+Enter in one paragraph
    clauses.extend(items)
    body("同一企业同一展会补贴展位数不超过4个，单家企业年度补贴总额不超过30万元。")
    head("三、申报程序")
    runin("（一）企业申报。", "企业于展会结束后30日内（1—3月已参展的，于2026年4月15日前）将申报表（附件2）、参展合同、展位费发票(或收据)等材料报送注册地县（市、区）商务主管部门。")
    runin("（二）审核拨付。", "县（市、区）商务主管部门会同财政部门初审，设区市复核后每季度汇总报送省商务厅；经第三方审核、公示无异议后，由省财政厅下达资金。")
    runin("四、有关要求。", "弄虚作假骗取补贴的，追回资金并三年内取消申报资格。本通知有效期至2026年12月31日。", HT)
    add_par(doc, "附件：1．2026年度浙江省重点境外展会目录")
    add_par(doc, "      2．浙江省境外展会补贴资金申报表", first=Pt(32) + Pt(48))
    empty(doc, 1)
    # joint 落款 typed with spaces on one line
    add_par(doc, "    浙江省商务厅" + " " * 18 + "浙江省财政厅", indent=False)
    add_par(doc, " " * 36 + "2026年3月6日", indent=False)
    add_par(doc, "（此件公开发布）")

    # ---- 附件1 and 附件2 in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.3)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.8)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [("2026年度浙江省重点境外展会目录", XBS, 20, False)], align=C, indent=False, line=32)
    heads = ["序号", "类别", "展会名称", "举办地／国家（地区）", "举办地／城市", "举办时间", "组展单位"]
    rows = [
        ["1", "A类", "德国汉诺威工业博览会", "德国", "汉诺威", "4月20日—24日", "浙江省国际贸易促进委员会"],
        ["2", "A类", "中国（印度尼西亚）贸易博览会", "印度尼西亚", "雅加达", "6月3日—5日", "浙江省商务厅"],
        ["3", "A类", "哈萨克斯坦中国商品展览会", "哈萨克斯坦", "阿拉木图", "9月16日—18日", "浙江省商务厅"],
        ["4", "A类", "中国（墨西哥）贸易博览会", "墨西哥", "墨西哥城", "10月20日—22日", "浙江省国际贸易促进委员会"],
        ["5", "B类", "迪拜中东电力展", "阿联酋", "迪拜", "4月7日—9日", "浙江远大国际会展有限公司"],
        ["6", "B类", "塞尔维亚贝尔格莱德国际技术博览会", "塞尔维亚", "贝尔格莱德", "5月19日—22日", "浙江省机电产品进出口商会"],
        ["7", "B类", "俄罗斯国际机床展", "俄罗斯", "莫斯科", "5月25日—29日", "浙江省机电产品进出口商会"],
        ["8", "B类", "越南国际五金工具及建材展", "越南", "胡志明市", "6月17日—19日", "浙江远大国际会展有限公司"],
        ["9", "B类", "中国—东盟（泰国）商品贸易展览会", "泰国", "曼谷", "7月9日—11日", "浙江省国际贸易促进委员会"],
        ["10", "B类", "日本东京国际礼品展", "日本", "东京", "9月2日—4日", "浙江远大国际会展有限公司"],
        ["11", "B类", "沙特利雅得国际纺织服装展", "沙特阿拉伯", "利雅得", "10月12日—14日", "浙江省纺织品进出口商会"],
        ["12", "B类", "乌兹别克斯坦塔什干国际建材展", "乌兹别克斯坦", "塔什干", "11月4日—6日", "浙江远大国际会展有限公司"],
        ["13", "C类", "美国拉斯维加斯国际消费电子展（CES）", "美国", "拉斯维加斯", "1月6日—9日", "企业自主参展"],
        ["14", "C类", "德国科隆国际五金博览会", "德国", "科隆", "3月3日—6日", "企业自主参展"],
        ["15", "C类", "巴西圣保罗国际汽车零配件展", "巴西", "圣保罗", "9月8日—11日", "企业自主参展"],
        ["16", "C类", "法国巴黎国际家居装饰博览会", "法国", "巴黎", "9月10日—14日", "企业自主参展"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    widths = [Cm(1.1), Cm(1.2), Cm(7.4), Cm(2.8), Cm(2.4), Cm(3.9), Cm(5.0)]
    for ci, w in enumerate(widths):
        t.columns[ci].width = w
    for r_ in t.rows:
        for ci, w in enumerate(widths):
            r_.cells[ci].width = w
    # two-level header
    for ci in (0, 1, 2, 5, 6):
        t.cell(0, ci).merge(t.cell(1, ci))
    t.cell(0, 3).merge(t.cell(0, 4))
    for ci, h in {0: "序号", 1: "类别", 2: "展会名称", 5: "举办时间", 6: "组展单位"}.items():
        set_cell(t.cell(0, ci), h, HT, 11, line=15)
    set_cell(t.cell(0, 3), "举办地", HT, 11, line=15)
    set_cell(t.cell(1, 3), "国家（地区）", HT, 11, line=15)
    set_cell(t.cell(1, 4), "城市", HT, 11, line=15)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    # 类别 column merged vertically per class
    spans = {}
    for ri, row in enumerate(rows):
        spans.setdefault(row[1], []).append(ri + 2)
    for cls, rr in spans.items():
        m = t.cell(rr[0], 1).merge(t.cell(rr[-1], 1))
        set_cell(m, cls, FS, 11, line=15)
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            if ci == 1:
                continue
            set_cell(t.cell(ri + 2, ci), v, FS, 10.5, align=L if ci == 2 else C, line=15)
        clauses.append(row_clause(heads, row))
    note = "注：展会时间以主办方最终公布为准；类别栏中A类为省级重点组展展会，B类为“一带一路”及RCEP市场开拓展会，C类为其他自主参展展会。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=18, before=4)
    clauses.append(note)

    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("浙江省境外展会补贴资金申报表", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1, line=16)
    h2 = ["序号", "展会名称", "展会类别", "举办国家（地区）", "展会时间", "展位号", "展位面积（平方米）",
          "折算标准展位数（个）", "实际展位费（万元）", "申请补贴金额（万元）"]
    ex = ["示例", "德国汉诺威工业博览会", "A类", "德国", "4月20日—24日", "6号馆C18", "18", "2", "7.20", "5.04"]
    t2 = doc.add_table(rows=2, cols=len(h2))
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    t2.autofit = False
    w2 = [Cm(1.3), Cm(4.2), Cm(1.6), Cm(2.0), Cm(3.6), Cm(2.0), Cm(2.0), Cm(2.2), Cm(2.0), Cm(2.4)]
    for ci, w in enumerate(w2):
        t2.columns[ci].width = w
        for r_ in t2.rows:
            r_.cells[ci].width = w
    for ci, h in enumerate(h2):
        set_cell(t2.cell(0, ci), h, HT, 11)
        set_cell(t2.cell(1, ci), ex[ci], KT, 11)
    repeat_header(t2.rows[0])
    clauses.append(row_clause(h2, ex))
    empty(doc, 1, line=12)
    add_par(doc, [("填表说明：", HT, 14, False)], indent=False, line=24)
    for s in ["1．每个展会填写一行，行数不够可自行添加；",
              "2．折算标准展位数按每9平方米折算1个计算，不足9平方米的按1个计算；",
              "3．申请补贴金额按本通知规定的补贴比例和上限计算，保留两位小数；",
              "4．本表须经企业法定代表人签字并加盖企业公章。"]:
        add_par(doc, [(s, FS, 14, False)], line=24, first=Pt(28))
        clauses.append(s)

    banji(doc, "抄送：商务部对外贸易司，财政部浙江监管局，省政府办公厅。",
          "浙江省商务厅办公室", "2026年3月9日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "浙江省商务厅\u3000浙江省财政厅关于组织申报2026年度省级重点境外展会补贴资金的通知",
            "doc_number": "浙商务联发〔2026〕18号",
            "issuer": ["浙江省商务厅", "浙江省财政厅"],
            "date": "2026-03-06",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": None,
            "expires": "2026-12-31",
            "attachments": ["2026年度浙江省重点境外展会目录", "浙江省境外展会补贴资金申报表"],
            "doc_type": "通知",
            "recipients": ["各设区市商务局", "各设区市财政局", "义乌市商务局", "义乌市财政局"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_xiamen():
    stem = "blind870_xm_banfa"
    doc = Document()
    setup(doc, "- ", " -")
    clauses = []

    add_par(doc, [("厦门市商务局文件", XBS, 40, False, RED)], align=C, indent=False, line=60)
    empty(doc, 1)
    p = add_par(doc, "厦商务规〔2026〕3号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("厦门市商务局关于印发《厦门市境外展会"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("补贴资金管理办法》的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各区商务局，厦门火炬高新区管委会、中国（福建）自由贸易试验区厦门片区管委会，各有关企业：",
            indent=False)
    t = "为进一步支持我市外贸企业拓展国际市场，规范境外展会补贴资金管理，提高资金使用效益，我局会同市财政局对《厦门市鼓励企业参加境外展会资金管理办法》进行了修订，形成《厦门市境外展会补贴资金管理办法》，现印发给你们，请认真贯彻执行。"
    add_par(doc, IND + t, indent=False)
    clauses.append(t)
    empty(doc, 2)
    textbox_par(doc, ["厦门市商务局", "2026年4月20日"], height_pt=60)
    empty(doc, 2)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    # ---- the 办法
    p = add_par(doc, [("厦门市境外展会补贴资金管理办法", XBS, 22, False)], align=C, indent=False, line=36)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)

    def chap(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False)

    def art(no, text, extra=None, paras=None):
        """An article typed with full-width spaces; extra items via Shift+Enter,
        further paragraphs as separate Word paragraphs."""
        segs = [no + "\u3000" + text] + (extra or [])
        soft_par(doc, segs, lead=IND, indent=False)
        full = no + "\u3000" + text + "".join(extra or [])
        for pp in paras or []:
            add_par(doc, IND + pp, indent=False)
            full += pp
        clauses.append(full)

    chap("第一章\u3000总\u3000\u3000则")
    art("第一条", "为支持我市外贸企业开拓国际市场，规范市级财政安排的境外展会补贴资金（以下简称补贴资金）管理，根据《厦门市市级财政专项资金管理办法》等规定，制定本办法。")
    chap("第二章\u3000职责分工")
    art("第二条", "市商务局负责发布年度重点境外展会目录，组织项目申报和审核，提出资金安排建议，开展绩效评价和监督检查。",
        paras=["市财政局负责补贴资金预算安排和资金拨付，会同市商务局开展绩效管理和监督检查。",
               "各区商务局、厦门火炬高新区管委会、中国（福建）自由贸易试验区厦门片区管委会（以下统称初审单位）负责本辖区企业申报的组织和初审工作。"])
    chap("第三章\u3000支持对象和支持内容")
    art("第三条", "申请补贴资金的企业应当同时符合下列条件：", [
        "（一）在本市依法注册登记，具有独立法人资格，且已依法办理对外贸易经营者备案登记；",
        "（二）申报年度在本市有进出口实绩；",
        "（三）近三年内在商务、海关、税务、市场监管等领域无严重违法失信记录。"])
    art("第四条", "补贴资金支持企业参加下列境外展会：", [
        "（一）列入《厦门市重点境外展会目录》的展会；",
        "（二）在“一带一路”共建国家、RCEP成员国及金砖国家举办的其他专业性展会；",
        "（三）经市商务局认定的其他境外展会。"],
        paras=["《厦门市重点境外展会目录》由市商务局每年第一季度发布，并实行动态调整。"])
    art("第五条", "补贴资金支持企业参加境外展会发生的展位费，包括标准展位费用和特装展位费用。人员差旅费、展品运输费等不在补贴范围内。")
    art("第六条", "补贴标准按照本办法附表执行。单家企业同一展会补贴展位不超过4个，年度补贴总额不超过50万元。")
    chap("第四章\u3000申报和审核")
    art("第七条", "补贴资金按季度申报。企业应当在展会结束后的下一季度首月内，通过“厦门市商务资金申报系统”提交申报材料。")
    art("第八条", "初审单位应当在申报截止后10个工作日内完成初审并报送市商务局。市商务局可委托第三方专业机构进行审核，审核结果在市商务局门户网站公示5个工作日，公示无异议的由市财政局拨付资金。")
    chap("第五章\u3000监督管理")
    art("第九条", "企业应当对申报材料的真实性负责。对虚报、冒领、骗取补贴资金的，追回已拨付资金，五年内取消其申报资格，并依法依规纳入信用记录；涉嫌犯罪的，依法移送司法机关处理。")
    chap("第六章\u3000附\u3000\u3000则")
    art("第十条", "本办法由市商务局负责解释。")
    art("第十一条", "本办法自2026年5月1日起施行，有效期至2028年12月31日。《厦门市商务局关于印发〈厦门市鼓励企业参加境外展会资金管理办法〉的通知》（厦商务〔2023〕118号）同时废止。")
    empty(doc, 1)
    add_par(doc, [("附表", HT, 16, False)], indent=False)
    add_par(doc, [("厦门市境外展会补贴标准", XBS, 18, False)], align=C, indent=False, line=32)
    heads = ["展会类别", "举办区域", "补贴比例", "每个标准展位补贴上限（万元）"]
    rows = [
        ["重点展会（列入目录）", "“一带一路”共建国家、RCEP成员国、金砖国家", "80%", "3.5"],
        ["重点展会（列入目录）", "其他国家和地区", "70%", "3.0"],
        ["其他展会", "“一带一路”共建国家、RCEP成员国、金砖国家", "60%", "2.5"],
        ["其他展会", "其他国家和地区", "50%", "2.0"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for ci, w in enumerate([Cm(3.4), Cm(6.6), Cm(2.2), Cm(3.4)]):
        t.columns[ci].width = w
        for r_ in t.rows:
            r_.cells[ci].width = w
    for ci, h in enumerate(heads):
        set_cell(t.cell(0, ci), h, HT, 12)
    m1 = t.cell(1, 0).merge(t.cell(2, 0))
    m2 = t.cell(3, 0).merge(t.cell(4, 0))
    set_cell(m1, rows[0][0], FS, 12)
    set_cell(m2, rows[2][0], FS, 12)
    for ri, row in enumerate(rows, 1):
        for ci in (1, 2, 3):
            set_cell(t.cell(ri, ci), row[ci], FS, 12)
        clauses.append(row_clause(heads, row))
    note = "注：特装展位按每9平方米折算1个标准展位计算补贴上限，不足9平方米的按1个标准展位计算。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    banji(doc, "抄送：市财政局，市审计局，厦门海关。", "厦门市商务局办公室", "2026年4月21日印发", gap=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "厦门市商务局关于印发《厦门市境外展会补贴资金管理办法》的通知",
            "doc_number": "厦商务规〔2026〕3号",
            "issuer": ["厦门市商务局"],
            "date": "2026-04-20",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": "2026-05-01",
            "expires": "2028-12-31",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各区商务局", "厦门火炬高新区管委会", "中国（福建）自由贸易试验区厦门片区管委会", "各有关企业"],
            "publicity": "此件主动公开",
            "repeals": "《厦门市商务局关于印发〈厦门市鼓励企业参加境外展会资金管理办法〉的通知》（厦商务〔2023〕118号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_nanning():
    stem = "blind870_nn_baogao"
    doc = Document()
    setup(doc)
    clauses = []
    n_dec = make_numbering(doc, "%1.", "decimal")

    add_par(doc, [("南宁市商务局文件", XBS, 40, False, RED)], align=C, indent=False, line=60)
    empty(doc, 1)
    p = add_par(doc, [("南商务报〔2026〕23号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("黄志强", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("南宁市商务局关于2026年上半年境外展会", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("补贴资金申报审核情况的报告", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "自治区商务厅：", indent=False)

    # data of the attachment table (needed for the body figures)
    areas = [
        ("青秀区", 6, 7, 68.40, 42.15, 5, 36.20),
        ("兴宁区", 3, 3, 24.60, 15.30, 3, 15.30),
        ("江南区", 5, 5, 51.20, 31.48, 4, 25.60),
        ("西乡塘区", 4, 4, 38.50, 23.10, 4, 23.10),
        ("良庆区", 3, 3, 27.90, 16.74, 2, 11.20),
        ("邕宁区", 1, 1, 8.60, 5.16, 1, 5.16),
        ("武鸣区", 2, 2, 16.80, 10.08, 2, 10.08),
        ("南宁高新区", 5, 6, 62.30, 38.90, 5, 38.90),
        ("南宁经开区", 4, 5, 49.70, 30.20, 3, 22.40),
        ("中国（广西）自由贸易试验区南宁片区", 12, 13, 146.50, 90.60, 10, 75.80),
        ("横州市", 1, 2, 12.40, 7.44, 1, 7.44),
        ("宾阳县", 1, 1, 5.46, 3.28, 1, 3.28),
    ]
    tot = [sum(a[i] for a in areas) for i in range(1, 7)]
    assert tot[0] == 47 and tot[1] == 52 and tot[4] == 41, tot
    fee, req, rec = "%.2f" % tot[2], "%.2f" % tot[3], "%.2f" % tot[5]

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, True), (t, FS, 16, False)], indent=False)

    body("根据《广西壮族自治区商务厅\u3000广西壮族自治区财政厅关于做好2026年度境外展会补贴资金申报工作的通知》（桂商贸发〔2026〕9号）要求，我局会同市财政局组织开展了上半年申报工作，现将有关情况报告如下：")
    head("一、申报基本情况")
    body("2026年上半年，全市共有47家企业申报参加境外展会52个（次），展位费合计%s万元，申请补贴资金%s万元。经初审和复核，符合条件的企业41家，拟推荐补贴资金%s万元（详见附件）。" % (fee, req, rec))
    head("二、主要特点和问题")
    runin("（一）“一带一路”市场成为参展重点。", "企业参加“一带一路”共建国家展会34个（次），占申报展会总数的65.4%；自贸试验区南宁片区12家企业申报，占全市申报企业数的25.5%。")
    runin("（二）部分地区申报不够活跃。", "宾阳县仅1家企业申报，马山县、上林县无企业申报；另有6家企业因发票与合同主体不一致等原因未通过初审。")
    head("三、下一步工作")
    for k, t in enumerate(["加快资金拨付。待自治区下达资金后，在15个工作日内拨付至企业账户。",
                           "加强政策宣传。面向宾阳县、马山县、上林县等地举办专题培训。",
                           "强化事后监管。按不低于10%的比例对获补企业开展抽查。"], 1):
        p = add_par(doc, t, first=Pt(32))
        apply_num(p, n_dec)  # Word automatic numbering 1. 2. 3.
        clauses.append("%d.%s" % (k, t))
    add_par(doc, IND + "特此报告。", indent=False)
    add_par(doc, IND + "附件：南宁市2026年上半年境外展会补贴资金申报审核汇总表", indent=False)
    empty(doc, 2)
    add_par(doc, " " * 38 + "南宁市商务局", indent=False)
    add_par(doc, " " * 35 + "二〇二六年七月八日", indent=False)
    add_par(doc, IND + "（联系人：韦丽萍，联系电话：0771-5503728）", indent=False)

    # ---- 附件 with a manually split table (续表)
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("南宁市2026年上半年境外展会补贴资金", XBS, 20, False)], align=C, indent=False, line=32)
    add_par(doc, [("申报审核汇总表", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=16)
    heads = ["县（市、区）及开发区", "申报情况／企业数（家）", "申报情况／展会数（个次）", "申报情况／展位费（万元）",
             "申报情况／申请补贴（万元）", "初审通过／企业数（家）", "初审通过／拟推荐补贴（万元）"]

    def table(rws):
        t = doc.add_table(rows=2 + len(rws), cols=7)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        ws = [Cm(4.4)] + [Cm(1.85)] * 6
        for ci, w in enumerate(ws):
            t.columns[ci].width = w
        for r_ in t.rows:
            for ci, w in enumerate(ws):
                r_.cells[ci].width = w
        t.cell(0, 0).merge(t.cell(1, 0))
        t.cell(0, 1).merge(t.cell(0, 4))
        t.cell(0, 5).merge(t.cell(0, 6))
        set_cell(t.cell(0, 0), "县（市、区）及开发区", HT, 11)
        set_cell(t.cell(0, 1), "申报情况", HT, 11)
        set_cell(t.cell(0, 5), "初审通过", HT, 11)
        for ci, h in enumerate(["企业数（家）", "展会数（个次）", "展位费（万元）", "申请补贴（万元）",
                                "企业数（家）", "拟推荐补贴（万元）"], 1):
            set_cell(t.cell(1, ci), h, HT, 10.5)
        for ri, row in enumerate(rws, 2):
            for ci, v in enumerate(row):
                set_cell(t.cell(ri, ci), v, FS, 11)
            clauses.append(row_clause(heads, row))

    def fmt_row(a):
        return [a[0], str(a[1]), str(a[2]), "%.2f" % a[3], "%.2f" % a[4], str(a[5]), "%.2f" % a[6]]

    all_rows = [fmt_row(a) for a in areas] + [
        ["合计", str(tot[0]), str(tot[1]), fee, req, str(tot[4]), rec]]
    table(all_rows[:7])
    page_break(doc)
    add_par(doc, [("续表", KT, 14, False)], indent=False, line=24)
    table(all_rows[7:])
    note = "注：展会数按企业参展展会累计计算，同一展会有多家企业参展的分别计算；初审未通过企业名单及原因另行报送。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    banji(doc, "抄送：自治区财政厅，市人民政府办公室，市财政局。", "南宁市商务局办公室", "2026年7月8日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "南宁市商务局关于2026年上半年境外展会补贴资金申报审核情况的报告",
            "doc_number": "南商务报〔2026〕23号",
            "issuer": ["南宁市商务局"],
            "date": "2026-07-08",
            "published": None,
            "level": "municipal",
            "region": "南宁市",
            "effective": None,
            "expires": None,
            "attachments": ["南宁市2026年上半年境外展会补贴资金申报审核汇总表"],
            "doc_type": "报告",
            "recipients": ["自治区商务厅"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_xiamen(), doc_nanning()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
