# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 850: 市场监管领域包容审慎监管免罚清单（首违不罚清单）及其印发通知.

Writes three Word files (+ PDF via LibreOffice) and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
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

expected = {}


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
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False, line=12)


def page_field(fp, size=14):
    """'— N —' with a PAGE field."""
    font(fp.add_run("— "), SONG, size)
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r5 = fp.add_run()
    font(r5, SONG, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, size)


def setup(doc, odd_even=False):
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
    if odd_even:
        # 单页码居右、双页码居左 (GB/T 9704 style)
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp.paragraph_format.right_indent = Pt(14)
        page_field(fp)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
        ep.paragraph_format.left_indent = Pt(14)
        page_field(ep)
    else:
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page_field(fp)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    """fixed layout; set both tblGrid and every tcW so Word and LibreOffice agree."""
    table.autofit = False
    tblpr = table._tbl.tblPr
    lay = tblpr.find(qn("w:tblLayout"))
    if lay is None:
        tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def two_level_table(doc, top, sub, rows, clauses, widths, size=11, left_cols=()):
    """top: list of (label, span); sub: list of labels for 2nd header row (None where
    the top cell spans two rows).  Returns the table.  Each data row -> one clause."""
    ncols = sum(s for _, s in top)
    t = doc.add_table(rows=2 + len(rows), cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, widths)
    keys = []
    c = 0
    for label, span in top:
        if span == 1:
            cell = t.cell(0, c).merge(t.cell(1, c))
            set_cell(cell, label, HT, size)
            keys.append(label)
        else:
            cell = t.cell(0, c).merge(t.cell(0, c + span - 1))
            set_cell(cell, label, HT, size)
            for k in range(span):
                set_cell(t.cell(1, c + k), sub[c + k], HT, size)
                keys.append(label + "／" + sub[c + k])
        c += span
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        no_split(t.rows[ri])
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in left_cols else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.cell(ri, ci), v, FS, size, align=al, line=size + 4)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    return t


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_850", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def new_section(doc, landscape):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21)
        sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
        sec.left_margin, sec.right_margin = Cm(2.6), Cm(2.4)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
        sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    return sec


# =================================================================== DOC A
def doc_zhejiang():
    """浙江省市场监管局印发首违不罚事项清单的通知 (下行文, 附件1 横排表格, 附件2 承诺书)."""
    stem = "blind850_zj_shouweibufa"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("浙江省市场监督管理局文件", XBS, 32, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50, before=12)
    p = add_par(doc, "浙市监法〔2026〕7号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three paragraphs, broken at odd places
    for line in ("浙江省市场监督管理局关于印发《浙江省",
                 "市场监管领域包容审慎监管首违不罚事项",
                 "清单（2026年版）》的通知"):
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各市、县（市、区）市场监管局，省局各处室、直属各单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hfont=HT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hfont, 16, bold), (t, FS, 16, False)])

    body("为贯彻落实《中华人民共和国行政处罚法》第三十三条规定，省局修订形成了《浙江省市场监管领域包容审慎监管首违不罚事项清单（2026年版）》（以下简称《清单》），现印发给你们，并就有关事项通知如下：")
    runin("一、准确把握适用条件。", "《清单》共列入首违不罚事项8项，涉及登记注册、广告、电子商务、价格、产品质量、计量、特种设备、商标等8个领域。当事人有《清单》所列违法行为，同时符合初次违法、危害后果轻微、及时改正三个条件的，依法不予行政处罚。“初次违法”是指当事人在最近2年内未因同一种违法行为受到市场监管部门行政处罚或者适用首违不罚处理。")
    head("二、严格规范执法程序")
    runin("（一）依法调查取证。", "对适用《清单》的案件，仍应当依法立案调查（适用简易程序的除外），全面、客观、公正地收集证据，查明违法事实。", KT, True)
    runin("（二）落实教育引导。", "对决定不予行政处罚的，应当对当事人进行批评教育，督促其及时改正，并引导其签署《首违不罚承诺书》（参考文本见附件2）。", KT, True)
    runin("三、强化跟踪监督。", "各地要建立首违不罚案件台账，对适用首违不罚的当事人开展“回头看”。当事人再次实施同一违法行为的，不再适用《清单》，依法予以处罚。")
    body("《清单》自2026年3月1日起施行，有效期至2028年2月29日。2023年5月印发的《浙江省市场监管领域首违不罚事项清单（2023年版）》（浙市监法〔2023〕9号）同时废止。")
    empty(doc, 1)
    # 附件 list: second item aligned with typed spaces
    add_par(doc, "附件：1．浙江省市场监管领域包容审慎监管首违不罚事项清单（2026年版）",
            first=Pt(32))
    p = add_par(doc, "      2．首违不罚承诺书（参考文本）", first=Pt(32))
    p.paragraph_format.left_indent = Pt(48)
    p.paragraph_format.first_line_indent = Pt(-16)
    empty(doc, 1)
    # 落款: typed spaces, no right alignment
    add_par(doc, " " * 34 + "浙江省市场监督管理局", indent=False)
    add_par(doc, " " * 38 + "2026年2月10日", indent=False)
    add_par(doc, "（此件公开发布）")

    # ---- 附件1: landscape section with a two-level header table
    new_section(doc, landscape=True)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [("浙江省市场监管领域包容审慎监管首违不罚事项清单（2026年版）", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=8)
    rows = [
        ["1", "登记注册", "市场主体未将营业执照置于住所或者主要经营场所醒目位置",
         "《市场主体登记管理条例》第三十六条", "《市场主体登记管理条例》第四十八条第一款",
         "初次违法，经责令改正后3日内改正的"],
        ["2", "广告", "在广告中使用“国家级”“最高级”“最佳”等用语",
         "《广告法》第九条第三项", "《广告法》第五十七条第一项",
         "初次违法，通过自有网站、自有经营场所发布，发布时间不超过7日，未造成危害后果且主动消除影响的"],
        ["3", "电子商务", "电子商务经营者未在首页显著位置持续公示营业执照信息、行政许可信息",
         "《电子商务法》第十五条第一款", "《电子商务法》第七十六条第一款第一项",
         "初次违法，自发现之日起5个工作日内改正的"],
        ["4", "价格", "经营者未按照规定明码标价",
         "《价格法》第十三条第一款", "《价格法》第四十二条",
         "初次违法，未标价商品或者服务不超过5种（项），未造成价格欺诈后果且当场改正的"],
        ["5", "产品质量", "产品标识未标注或者未规范标注生产者名称、厂址，产品质量符合要求",
         "《产品质量法》第二十七条第一款第二项", "《产品质量法》第五十四条",
         "初次违法，货值金额不超过5000元且及时改正的"],
        ["6", "计量", "在商品包装、标签、广告中使用非法定计量单位",
         "《计量法》第三条", "《计量法实施细则》第四十二条",
         "初次违法，未造成损失且及时改正的"],
        ["7", "特种设备", "未将电梯使用登记标志、定期检验标志置于显著位置",
         "《特种设备安全法》第三十三条", "《特种设备安全法》第八十三条",
         "电梯已依法办理使用登记且在检验有效期内，初次违法并当场改正的"],
        ["8", "商标", "将未注册商标冒充注册商标使用",
         "《商标法》第五十二条", "《商标法》第五十二条",
         "初次违法，冒充使用时间不超过3个月、违法经营额不超过1万元且及时改正的"],
    ]
    two_level_table(doc,
                    [("序号", 1), ("领域", 1), ("违法行为", 1), ("法律依据", 2), ("适用条件", 1)],
                    [None, None, None, "违法条款", "处罚条款", None],
                    rows, clauses, widths=[1.1, 2.0, 6.6, 4.6, 4.6, 5.8], size=10.5,
                    left_cols=(2, 3, 4, 5))
    t = "注：本清单未列明的违法行为，符合《中华人民共和国行政处罚法》第三十三条第一款规定情形的，也可以依法不予行政处罚。"
    clauses.append(t)
    add_par(doc, [(t, FS, 12, False)], indent=False, line=22, before=6)

    # ---- 附件2: back to portrait, a fill-in form
    new_section(doc, landscape=False)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("首违不罚承诺书", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=34)
    add_par(doc, [("（参考文本）", KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False)
    empty(doc, 1)
    body("本人（单位）＿＿＿＿＿＿＿＿（统一社会信用代码／公民身份号码：＿＿＿＿＿＿＿＿＿＿）因＿＿＿＿＿＿＿＿＿＿＿＿＿＿行为，经＿＿＿＿＿＿市场监督管理局调查，符合首违不罚条件，依法不予行政处罚。本人（单位）郑重承诺：")
    body("一、已充分认识上述行为的违法性，已于＿＿＿＿年＿＿月＿＿日前改正完毕。")
    body("二、今后严格遵守市场监管法律法规，依法诚信经营，不再实施同类违法行为。")
    body("三、自愿接受市场监管部门和社会各界的监督，如再次实施同类违法行为，愿意依法承担相应法律责任。")
    empty(doc, 1)
    add_par(doc, " " * 24 + "承诺人（签字或者盖章）：", indent=False)
    add_par(doc, " " * 36 + "＿＿＿＿年＿＿月＿＿日", indent=False)

    banji(doc, "抄送：市场监管总局法规司，省司法厅。", "浙江省市场监督管理局办公室",
          "2026年2月12日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "浙江省市场监督管理局关于印发《浙江省市场监管领域包容审慎监管首违不罚事项清单（2026年版）》的通知",
            "doc_number": "浙市监法〔2026〕7号",
            "issuer": ["浙江省市场监督管理局"],
            "date": "2026-02-10",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": "2026-03-01",
            "expires": "2028-02-29",
            "attachments": ["浙江省市场监管领域包容审慎监管首违不罚事项清单（2026年版）",
                            "首违不罚承诺书（参考文本）"],
            "doc_type": "通知",
            "recipients": ["各市、县（市、区）市场监管局", "省局各处室", "直属各单位"],
            "publicity": "此件公开发布",
            "repeals": "《浙江省市场监管领域首违不罚事项清单（2023年版）》（浙市监法〔2023〕9号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_qinzhou():
    """钦州市市场监管局、市司法局联合印发自贸试验区钦州港片区包容审慎监管实施办法."""
    stem = "blind850_qz_baorongshenshen"
    doc = Document()
    setup(doc)
    clauses = []

    # joint 版头: borderless layout table, two organ names left, 文件 right (merged)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [11.4, 3.6])
    set_cell(t.cell(0, 0), "钦州市市场监督管理局", XBS, 26, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=38)
    set_cell(t.cell(1, 0), "钦州市司法局", XBS, 26, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=38)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 40, color=RED, line=50)
    m.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    p = add_par(doc, "钦市监规〔2026〕3号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=16)
    # title: one paragraph, manual line breaks (Shift+Enter)
    p = doc.add_paragraph()
    font(p.add_run("关于印发《中国（广西）自由贸易试验区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("钦州港片区市场监管领域包容审慎监管"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("实施办法》的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各县（区）市场监督管理局，各县（区）司法局，钦州港片区各市场监管所：",
            indent=False)

    t1 = "为贯彻落实《中华人民共和国行政处罚法》和《中国（广西）自由贸易试验区条例》有关规定，服务西部陆海新通道建设和共建“一带一路”，市市场监督管理局、市司法局联合制定了《中国（广西）自由贸易试验区钦州港片区市场监管领域包容审慎监管实施办法》，现印发给你们，请认真贯彻执行。"
    t2 = "执行中的问题，请及时向市市场监督管理局法规科反映。"
    clauses += [t1, t2]
    add_par(doc, IND + t1, indent=False)
    add_par(doc, IND + t2, indent=False)
    empty(doc, 1)
    # two 落款 organs side by side with tabs, date under them
    p = add_par(doc, [("\t钦州市市场监督管理局\t钦州市司法局", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.5))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.5))
    p = add_par(doc, [("\t2026年4月8日", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.0))
    empty(doc, 1)
    add_par(doc, IND + "（此件公开发布）", indent=False)

    page_break(doc)
    add_par(doc, [("中国（广西）自由贸易试验区钦州港片区", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("市场监管领域包容审慎监管实施办法", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    def article(no, parts, soft=False):
        """parts: list of text strings (first = article body, rest = items/paragraphs).
        Indentation typed with full-width spaces.  soft=True -> parts joined with
        Shift+Enter inside one paragraph."""
        clauses.append(no + "\u3000" + "".join(parts))
        if soft:
            p = doc.add_paragraph()
            font(p.add_run(IND), FS, 16)
            font(p.add_run(no), HT, 16)
            font(p.add_run("\u3000" + parts[0]), FS, 16)
            for x in parts[1:]:
                p.add_run().add_break(WD_BREAK.LINE)
                font(p.add_run(IND + x), FS, 16)
            fmt(p, indent=False)
            return
        add_par(doc, [(IND, FS, 16, False), (no, HT, 16, False),
                      ("\u3000" + parts[0], FS, 16, False)], indent=False)
        for x in parts[1:]:
            add_par(doc, IND + x, indent=False)

    chapter("第一章　总　　则")
    article("第一条", ["为推进中国（广西）自由贸易试验区钦州港片区（以下简称片区）市场监管领域包容审慎监管，激发市场主体活力，根据《中华人民共和国行政处罚法》《中国（广西）自由贸易试验区条例》等规定，结合片区实际，制定本办法。"])
    article("第二条", ["片区内市场监督管理部门（以下简称市场监管部门）对新技术、新产业、新业态、新模式(以下简称“四新”)经济和中小微企业实施包容审慎监管，适用本办法。"])
    chapter("第二章　免罚情形")
    article("第三条", ["当事人有下列情形之一的，不予行政处罚：",
                       "（一）违法行为轻微并及时改正，没有造成危害后果的；",
                       "（二）初次违法且危害后果轻微并及时改正的；",
                       "（三）当事人有证据足以证明没有主观过错的。",
                       "法律、行政法规另有规定的，从其规定。"])
    article("第四条", ["本办法所称初次违法，是指当事人在片区内首次实施某一违法行为，或者在最近两年内未因同一违法行为受到市场监管部门行政处罚。",
                       "本办法所称危害后果轻微，一般是指违法行为持续时间短、涉案货值金额或者违法所得较小、社会影响范围小，且未造成人身伤害或者较大财产损失。"],
            soft=True)
    article("第五条", ["有下列情形之一的，不适用首违不罚：",
                       "（一）危害食品药品安全、特种设备安全的；",
                       "（二）当事人拒不配合调查，隐匿、销毁证据的；",
                       "（三）法律、法规、规章规定应当从重处罚的其他情形。"])
    chapter("第三章　实施要求")
    article("第六条", ["市场监管部门作出不予行政处罚决定的，应当对当事人进行教育，可以采取提示、告诫、约谈等方式,督促当事人在规定期限内改正，改正期限一般不超过15个工作日。"])
    article("第七条", ["对适用首违不罚的外贸企业、跨境电商企业以及参与西部陆海新通道建设的物流企业，市场监管部门可以开展“一企一策”合规指导，帮助企业建立健全合规管理制度。"])
    chapter("第四章　附　　则")
    article("第八条", ["本办法自2026年5月1日起施行，有效期至2031年4月30日。"])

    banji(doc, "抄送：自治区市场监督管理局，自治区司法厅，市人民政府办公室。",
          "钦州市市场监督管理局办公室", "2026年4月9日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于印发《中国（广西）自由贸易试验区钦州港片区市场监管领域包容审慎监管实施办法》的通知",
            "doc_number": "钦市监规〔2026〕3号",
            "issuer": ["钦州市市场监督管理局", "钦州市司法局"],
            "date": "2026-04-08",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": "2026-05-01",
            "expires": "2031-04-30",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各县（区）市场监督管理局", "各县（区）司法局", "钦州港片区各市场监管所"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_hainan():
    """海南省市场监管局向总局报送免罚清单实施情况的报告 (上行文, 签发人, 特急, 续表, 单双页码)."""
    stem = "blind850_hn_mianfa_baogao"
    doc = Document()
    setup(doc, odd_even=True)
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("海南省市场监督管理局", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=6)
    empty(doc, 1)
    p = add_par(doc, [("琼市监报〔2026〕4号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("王国强", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for line in ("海南省市场监督管理局关于海南自由贸易港",
                 "市场监管领域包容审慎监管免罚清单",
                 "实施情况的报告"):
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "国家市场监督管理总局：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("根据《市场监管总局办公厅关于报送2025年度包容审慎监管工作情况的通知》要求，现将我省2025年度海南自由贸易港市场监管领域包容审慎监管免罚清单实施情况报告如下：")
    head("一、基本情况")
    body("2025年，全省各级市场监管部门依据《海南自由贸易港市场监管领域轻微违法行为免罚清单》和《海南自由贸易港市场监管领域首违不罚清单》，共对3127件案件作出不予行政处罚决定，同比增长18.4%，涉及市场主体3096户，免予罚款金额合计4386.7万元。其中，适用首违不罚1842件，适用轻微违法不罚1285件。分市县情况如下：")

    data = [
        ["海口市", 612, 421, 1021, "1562.4"],
        ["三亚市", 348, 233, 575, "893.5"],
        ["儋州市", 156, 118, 272, "352.8"],
        ["琼海市", 102, 69, 170, "214.6"],
        ["文昌市", 94, 63, 155, "198.3"],
        ["万宁市", 88, 57, 144, "187.9"],
        ["东方市", 61, 42, 103, "121.4"],
        ["澄迈县", 97, 71, 166, "236.7"],
        ["陵水黎族自治县", 72, 48, 119, "165.2"],
        ["洋浦经济开发区", 58, 39, 96, "142.8"],
        ["其他市县（9个）", 154, 124, 275, "311.1"],
    ]
    s1 = sum(r[1] for r in data)
    s2 = sum(r[2] for r in data)
    s3 = sum(r[3] for r in data)
    s4 = round(sum(float(r[4]) for r in data), 1)
    assert (s1, s2, s1 + s2, s3, s4) == (1842, 1285, 3127, 3096, 4386.7), (s1, s2, s3, s4)
    rows = [[r[0], str(r[1]), str(r[2]), str(r[1] + r[2]), str(r[3]), r[4]] for r in data]
    rows.append(["合计", str(s1), str(s2), str(s1 + s2), str(s3), "%.1f" % s4])

    top = [("市县", 1), ("不予处罚案件数", 3), ("涉及市场主体", 1), ("免予罚款金额", 1)]
    sub = [None, "首违不罚", "轻微违法不罚", "小计", None, None]
    widths = [3.2, 2.0, 2.8, 1.6, 2.8, 2.8]
    add_par(doc, [("表1　2025年各市县免罚案件办理情况", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    add_par(doc, [("单位：件、户、万元", KT, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
            indent=False, line=20)
    two_level_table(doc, top, sub, rows[:6], clauses, widths, size=11)
    # clerk splits the table by hand and types 续表 with the header again
    add_par(doc, [("续表", HT, 12, False)], indent=False, line=22, before=6)
    two_level_table(doc, top, sub, rows[6:], clauses, widths, size=11)
    t = "注：“其他市县”包括五指山市、临高县、定安县、屯昌县、乐东黎族自治县、昌江黎族自治县、保亭黎族苗族自治县、琼中黎族苗族自治县、白沙黎族自治县。"
    clauses.append(t)
    add_par(doc, [(t, FS, 12, False)], indent=False, line=20, before=4)

    head("二、主要做法")
    runin("（一）动态调整清单。", "2025年6月，我局会同省司法厅对免罚清单进行第二次修订，新增跨境电商、免税品经营、数据跨境流动相关广告等领域事项12项，清单事项总数由46项增至58项，并在全省统一执法办案系统中嵌入清单事项自动比对功能。")
    runin("（二）突出自贸港特色。", "围绕海南自由贸易港“零关税、低税率、简税制”政策实施，对免税品经营主体、离岛免税购物场所标价不规范、促销信息公示不完整等轻微违法行为，优先采用行政指导方式督促整改，全年向离岛免税经营主体发出行政提示书217份。")
    # manual line break typed in the middle of a sentence
    h, a, b = ("（三）强化跟踪回访。", "各市县对作出免罚决定的市场主体开展“回头看”，全年回访市场主体2863户，",
               "发现再次实施同类违法行为的41户，均已依法予以处罚，再次违法率为1.4%。")
    clauses.append(h + a + b)
    p = doc.add_paragraph()
    font(p.add_run(h), KT, 16, True)
    font(p.add_run(a), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(b), FS, 16)
    fmt(p)
    head("三、存在的问题")
    body("一是部分基层执法人员对“危害后果轻微”等裁量标准把握不一，存在“不敢免”“不会免”现象。二是免罚清单与信用修复、行政指导等制度衔接还不够顺畅。三是对跨境电商、新型消费等新业态领域违法行为的认定标准仍需进一步细化。")
    head("四、下一步工作打算")
    runin("（一）健全裁量基准。", "结合海南自由贸易港全岛封关运作后的监管需要，研究制定市场监管领域行政处罚裁量权基准适用指引，细化“首次违法”“危害后果轻微”“及时改正”的认定标准。")
    runin("（二）推进区域协同。", "加强与粤港澳大湾区、北部湾城市群市场监管部门的执法协作，探索免罚清单跨区域互认，为参与共建“一带一路”和西部陆海新通道建设的经营主体提供稳定可预期的执法环境。")
    runin("（三）加强培训指导。", "2026年计划举办全省包容审慎监管专题培训班2期，编印首违不罚典型案例汇编，实现市县执法人员培训全覆盖。")
    add_par(doc, "特此报告。")
    empty(doc, 2)
    p = add_par(doc, "海南省市场监督管理局", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "二〇二六年一月二十日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(56)
    empty(doc, 1)
    add_par(doc, "（联系人：林晓东　　联系电话：0898-66832517）")

    banji(doc, "抄送：省司法厅。", "海南省市场监督管理局办公室", "2026年1月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "海南省市场监督管理局关于海南自由贸易港市场监管领域包容审慎监管免罚清单实施情况的报告",
            "doc_number": "琼市监报〔2026〕4号",
            "issuer": ["海南省市场监督管理局"],
            "date": "2026-01-20",
            "published": None,
            "level": "provincial",
            "region": "海南省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "报告",
            "recipients": ["国家市场监督管理总局"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_qinzhou(), doc_hainan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
