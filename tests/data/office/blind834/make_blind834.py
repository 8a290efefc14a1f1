# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 834: 边民互市贸易 商品清单与管理办法 (Word + PDF + expected.json).

blind834_dongxing_huashi : ONE Word/PDF file holding TWO documents printed one
                           after the other (东兴市人民政府公告 with the commodity list,
                           then 东兴市人民政府办公室 notice issuing the 管理办法).
blind834_dehong_yinfa    : 德宏州人民政府办公室 notice issuing 附件1 办法 + 附件2 清单.
blind834_pingxiang_qingshi: 凭祥市人民政府 请示 (上行文, 签发人, 特急) on adjusting the list.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
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
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
IND = "\u3000\u3000"

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, scale=None):
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
    if scale is not None:  # character scaling (红头 squeezed to fit)
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
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
    """runs: list of (text, fontname, size, bold[, color[, scale]]) or plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        scale = r[5] if len(r) > 5 else None
        font(p.add_run(text), name, size, bold, color, scale)
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
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False, line=12)


def footer_pagenum(section):
    section.footer.is_linked_to_previous = False
    ft = section.footer
    fp = ft.paragraphs[0]
    for r in list(fp.runs):
        r._r.getparent().remove(r._r)
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def page_setup(s):
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)


def setup(doc):
    s = doc.sections[0]
    page_setup(s)
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


def restart_numbering(section, start=1):
    sp = section._sectPr
    old = sp.find(qn("w:pgNumType"))
    if old is not None:
        sp.remove(old)
    sp.append(parse_xml('<w:pgNumType %s w:start="%d"/>' % (nsdecls("w"), start)))


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(t, widths_cm):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def no_borders(t):
    tblPr = t._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False), (date_txt, FS, 14, False)],
                 indent=False, line=24)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_834", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_next_abs = [900]


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
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/></w:rPr></w:lvl>'
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


def cn_num(n):
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n - 10] if n > 10 else "")
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None,
                level="other", region=None, effective=None, expires=None, attachments=[],
                doc_type=None, recipients=[], publicity=None, repeals=None)
    base.update(kw)
    return base


# =================================================================== FILE A
# 东兴市: 公告 (清单) + 通知 (印发管理办法) in one Word file / one PDF
def file_dongxing():
    stem = "blind834_dongxing_huashi"
    doc = Document()
    setup(doc)

    # ------------------------------------------------ document 1: 公告 with list
    cl1 = []
    add_par(doc, [("东兴市人民政府", XBS, 40, False, RED)], align=C, indent=False, line=56, before=18)
    empty(doc, 1, line=20)
    p = add_par(doc, "东政告〔2026〕3号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: 2 lines, wrapped by the clerk with Enter at an odd place
    add_par(doc, [("东兴市人民政府关于公布东兴市边民互市", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("贸易进口商品清单（2026年版）的公告", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)

    def sbody(t):  # indentation typed with full-width spaces
        cl1.append(t)
        add_par(doc, IND + t, indent=False)

    sbody("为进一步规范边民互市贸易进口商品管理，促进边境贸易创新发展和沿边群众增收致富，根据国家和自治区边民互市贸易有关政策规定，结合我市实际，经市人民政府研究同意，现将《东兴市边民互市贸易进口商品清单（2026年版）》予以公布，并就有关事项公告如下：")
    sbody("一、本清单适用于在东兴互市贸易区、竹山互市点开展的边民互市贸易进口活动。边境地区边民持有效边民证，在每人每日人民币8000元免税额度内进口清单所列商品的，按国家规定免征进口关税和进口环节税。")
    sbody("二、边民互市进口商品须为毗邻国家原产，不得进口国家禁止进境物品以及《边民互市贸易进口商品负面清单》所列商品。")
    # a paragraph with a stray manual line break in mid-sentence (copied text)
    t3a = "三、列入本清单的进境水果、水产品、粮食等动植物产品，须符合海关检疫准入要求，"
    t3b = "经检疫合格后方可进入市场销售或者落地加工。"
    cl1.append(t3a + t3b)
    p = doc.add_paragraph()
    font(p.add_run(IND + t3a), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(t3b), FS, 16)
    fmt(p, indent=False)
    sbody("四、本清单实行动态调整。市商务局会同东兴海关、市农业农村局、市市场监督管理局等部门，根据国家政策变化和边境贸易发展需要适时提出调整意见，报市人民政府同意后向社会公布。")
    sbody("五、本公告自2026年4月1日起施行，有效期至2028年3月31日。《东兴市人民政府关于公布东兴市边民互市贸易进口商品清单的公告》（东政告〔2023〕5号）同时废止。")
    empty(doc, 1)
    add_par(doc, [("东兴市边民互市贸易进口商品清单（2026年版）", HT, 16, False)], align=C, indent=False)

    header = ["序号", "类别", "商品名称", "HS编码（前4位）", "备注"]
    groups = [
        ("水产品", [
            ("冻鱼（不含鱼片及其他鱼肉）", "0303", "境外生产企业须在海关总署准入名单内"),
            ("冻虾、冻蟹等甲壳动物", "0306", "境外生产企业须在海关总署准入名单内"),
            ("干鱼、咸鱼", "0305", "—"),
        ]),
        ("水果及坚果", [
            ("鲜火龙果、鲜红毛丹、鲜榴莲", "0810", "限已获检疫准入的越南水果"),
            ("鲜芒果、鲜山竹", "0804", "限已获检疫准入的越南水果"),
            ("腰果（带壳或去壳）", "0801", "—"),
            ("澳洲坚果、槟榔果", "0802", "槟榔果须在指定监管场所查验"),
        ]),
        ("粮油及食品", [
            ("木薯干片", "0714", "—"),
            ("木薯淀粉", "1108", "—"),
            ("花生（未焙炒）", "1202", "—"),
            ("芝麻", "1207", "—"),
            ("糕点、饼干", "1905", "须为预包装食品，加贴中文标签"),
            ("糖果（不含可可）", "1704", "须为预包装食品，加贴中文标签"),
            ("速溶咖啡", "2101", "须为预包装食品，加贴中文标签"),
        ]),
        ("调味品及香料", [
            ("胡椒、干辣椒", "0904", "—"),
            ("肉桂", "0906", "—"),
            ("八角茴香", "0909", "—"),
            ("咖啡豆（未焙炒）", "0901", "—"),
        ]),
        ("日用品及工艺品", [
            ("香皂", "3401", "—"),
            ("木制餐具及厨房用具", "4419", "原料须有合法来源证明"),
            ("藤编、竹编制品", "4602", "—"),
        ]),
        ("原料类", [
            ("天然橡胶", "4001", "不含复合橡胶"),
        ]),
    ]
    nrows = sum(len(g[1]) for g in groups)
    t = doc.add_table(rows=1 + nrows, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    r = 1
    seq = 1
    for cat, items in groups:
        first = r
        for name, hs, note in items:
            set_cell(t.rows[r].cells[0], str(seq), FS, 12)
            set_cell(t.rows[r].cells[2], name, FS, 12, align=L)
            set_cell(t.rows[r].cells[3], hs, FS, 12)
            set_cell(t.rows[r].cells[4], note, FS, 12, align=L if note != "—" else C)
            cant_split(t.rows[r])
            cl1.append("序号：%d；类别：%s；商品名称：%s；HS编码（前4位）：%s；备注：%s"
                       % (seq, cat, name, hs, note))
            r += 1
            seq += 1
        last = r - 1
        if last > first:
            m = t.cell(first, 1).merge(t.cell(last, 1))
        else:
            m = t.cell(first, 1)
        set_cell(m, cat, FS, 12)
    col_widths(t, [1.3, 2.8, 4.6, 2.6, 4.3])

    # notes under the table; half-width colon / mixed punctuation as typed
    n1 = "注:1．本清单商品名称与HS编码不一致的，以海关认定的商品编码为准。"
    n2 = "2．清单中“—”表示无特别要求。"
    p = add_par(doc, [(n1, FS, 12, False)], indent=False, line=20, before=4)
    p = add_par(doc, [(n2, FS, 12, False)], indent=False, line=20)
    p.paragraph_format.left_indent = Pt(18)
    cl1.extend([n1, n2])
    add_par(doc, IND + "特此公告。", indent=False, before=6, after=14)
    # 落款 aligned with typed spaces
    p = add_par(doc, "\u3000" * 15 + "东兴市人民政府", indent=False)
    p.paragraph_format.keep_with_next = True
    add_par(doc, "\u3000" * 14 + "2026年3月18日", indent=False)
    add_par(doc, IND + "（此件公开发布）", indent=False)

    doc1 = {
        "meta": meta(
            title="东兴市人民政府关于公布东兴市边民互市贸易进口商品清单（2026年版）的公告",
            doc_number="东政告〔2026〕3号",
            issuer=["东兴市人民政府"],
            date="2026-03-18",
            level="county",
            region="东兴市",
            effective="2026-04-01",
            expires="2028-03-31",
            attachments=[],
            doc_type="公告",
            recipients=[],
            publicity="此件公开发布",
            repeals="《东兴市人民政府关于公布东兴市边民互市贸易进口商品清单的公告》（东政告〔2023〕5号）",
        ),
        "clauses": cl1,
    }

    # ------------------------------------------------ document 2: 通知 + 办法
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec)
    restart_numbering(sec, 1)
    footer_pagenum(sec)
    cl2 = []

    add_par(doc, [("东兴市人民政府办公室文件", XBS, 36, False, RED, 80)], align=C, indent=False,
            line=56, before=24)
    empty(doc, 2)
    p = add_par(doc, "东政办发〔2026〕9号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("东兴市人民政府办公室关于印发东兴市边民", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("互市贸易管理办法的通知", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各镇人民政府，市人民政府各组成部门、各直属机构：", indent=False)
    t = "《东兴市边民互市贸易管理办法》已经市人民政府同意，现印发给你们，请认真贯彻执行。"
    cl2.append(t)
    add_par(doc, t)
    empty(doc, 2)
    p = add_par(doc, "东兴市人民政府办公室", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "二〇二六年三月二十日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(80)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")
    page_break(doc)

    add_par(doc, [("东兴市边民互市贸易管理办法", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)

    def chap(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False)

    def art(no, t, extra=()):
        head = "第%s条" % no
        txt = head + "\u3000" + t
        p = add_par(doc, [(head, HT, 16, False), ("\u3000" + t, FS, 16, False)])
        full = txt
        for e in extra:
            add_par(doc, e)
            full += e
        cl2.append(full)
        return p

    chap("第一章　总则")
    art("一", "为规范边民互市贸易秩序，保障边民合法权益，促进边境贸易健康发展，根据国家和自治区有关规定，结合本市实际，制定本办法。")
    art("二", "本办法所称边民互市贸易，是指边境地区边民在本市设立的边民互市点内，在国家规定的金额和数量范围内进行的商品交换活动。")
    # two articles typed in one paragraph separated by a manual line break
    a3 = "第三条\u3000本办法适用于本市行政区域内边民互市贸易的经营、管理和服务活动。"
    a4 = "第四条\u3000市商务局是本市边民互市贸易的主管部门，负责边民互市贸易的统筹协调、进口商品清单管理和统计监测工作。"
    a4b = "市财政局、市市场监督管理局、市农业农村局、市公安局等部门按照各自职责做好相关工作。东兴海关、东兴出入境边防检查站依法对边民互市贸易实施监管。"
    p = doc.add_paragraph()
    font(p.add_run("第三条"), HT, 16)
    font(p.add_run(a3[3:]), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + "第四条"), HT, 16)
    font(p.add_run(a4[3:]), FS, 16)
    fmt(p)
    add_par(doc, a4b)
    cl2.append(a3)
    cl2.append(a4 + a4b)

    chap("第二章　边民及互市组织")
    art("五", "符合下列条件的边境地区居民，可以申领边民证，从事边民互市贸易：",
        ["（一）具有本市户籍且在边境镇实际居住满一年；",
         "（二）年满十八周岁，具有完全民事行为能力；",
         "（三）未被列入边民互市贸易失信名单。"])
    art("六", "边民可以自愿组建或者加入边民互助组、边民合作社，以互助组、合作社为单位开展互市贸易申报、结算和运输。边民互助组原则上由20至50名边民组成，设组长1名。")
    art("七", "边民不得将边民证出租、出借或者转让他人使用，不得为他人代购代销互市商品牟利。")

    chap("第三章　进口商品管理")
    art("八", "边民互市进口商品实行清单管理。边民只能进口《东兴市边民互市贸易进口商品清单》所列商品。清单由市人民政府另行公布并实行动态调整。")
    art("九", "边民每人每日进口商品价值在人民币8000元以内的，免征进口关税和进口环节税；超出部分按照有关规定照章征税。")
    art("十", "边民互市进口商品可以在自治区内落地加工。从事落地加工的企业应当向市商务局备案，并如实记录原料来源、加工和销售情况。")
    art("十一", "下列商品不得通过边民互市贸易进口：",
        ["（一）国家禁止进境的物品；",
         "（二）列入《边民互市贸易进口商品负面清单》的商品；",
         "（三）来自疫区或者未获检疫准入的动植物及其产品；",
         "（四）法律、法规规定不得进口的其他商品。"])

    chap("第四章　监督管理")
    art("十二", "市商务局应当会同有关部门建设边民互市贸易信息化管理平台，实现边民身份核验、交易申报、资金结算、落地加工等信息互联共享。")
    art("十三", "边民互市贸易资金结算应当通过银行办理，鼓励使用人民币结算。任何单位和个人不得通过地下钱庄等非法渠道办理结算。")
    art("十四", "边民违反本办法规定的，由市商务局会同有关部门视情节轻重，暂停其互市贸易资格3个月至12个月；涉嫌违法犯罪的，依法移送有关部门处理。")

    chap("第五章　附则")
    art("十五", "本办法由市商务局负责解释。")
    art("十六", "本办法自2026年4月1日起施行，有效期至2031年3月31日。2019年4月1日印发的《东兴市边民互市贸易管理暂行办法》（东政办发〔2019〕21号）同时废止。")

    banji(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，东兴海关，东兴出入境边防检查站。",
          "东兴市人民政府办公室", "2026年3月20日印发")

    doc2 = {
        "meta": meta(
            title="东兴市人民政府办公室关于印发东兴市边民互市贸易管理办法的通知",
            doc_number="东政办发〔2026〕9号",
            issuer=["东兴市人民政府办公室"],
            date="2026-03-20",
            level="county",
            region="东兴市",
            effective="2026-04-01",
            expires="2031-03-31",
            attachments=[],
            doc_type="通知",
            recipients=["各镇人民政府", "市人民政府各组成部门、各直属机构"],
            publicity="此件公开发布",
            repeals="《东兴市边民互市贸易管理暂行办法》（东政办发〔2019〕21号）",
        ),
        "clauses": cl2,
    }

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [doc1, doc2]
    return path


# =================================================================== FILE B
# 德宏州人民政府办公室: 通知 印发 附件1 办法 (auto-numbered articles) + 附件2 清单 (续表)
def file_dehong():
    stem = "blind834_dehong_yinfa"
    doc = Document()
    setup(doc)
    cl = []
    n_art = make_numbering(doc, "第%1条\u3000")

    add_par(doc, [("德宏傣族景颇族自治州人民政府办公室文件", XBS, 34, False, RED, 62)],
            align=C, indent=False, line=56, before=24)
    empty(doc, 2)
    p = add_par(doc, "德政办发〔2026〕12号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title in one paragraph with soft line breaks, 3 lines
    p = doc.add_paragraph()
    font(p.add_run("德宏傣族景颇族自治州人民政府办公室"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("关于印发边民互市贸易管理办法和进口"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("商品清单的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各县、市人民政府，州直有关部门：", indent=False)

    def body(t):
        cl.append(t)
        add_par(doc, t)

    body("经州人民政府同意，现将《德宏傣族景颇族自治州边民互市贸易管理办法》和《德宏傣族景颇族自治州边民互市贸易进口商品清单（2026年版）》印发给你们，请结合实际认真贯彻落实。")
    body("各县、市人民政府要切实履行属地管理责任，加强边民互市点基础设施建设，规范边民互助组运行。州商务局要会同瑞丽海关、芒市海关、畹町海关和州财政局、州市场监管局等部门，做好清单动态调整和政策宣传解读工作。执行中遇到的重大问题，请及时报告州人民政府。")
    empty(doc, 1)
    att1 = "德宏傣族景颇族自治州边民互市贸易管理办法"
    att2 = "德宏傣族景颇族自治州边民互市贸易进口商品清单（2026年版）"
    add_par(doc, "附件：1．" + att1)
    add_par(doc, "\u3000" * 3 + "2．" + att2)
    empty(doc, 2)
    p = add_par(doc, "德宏傣族景颇族自治州人民政府办公室", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "2026年5月12日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(96)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # ---------------- 附件1 on its own page
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("德宏傣族景颇族自治州边民互市贸易", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("管理办法", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)

    count = [0]

    def art(t, extra=()):
        count[0] += 1
        p = add_par(doc, t, first=Pt(32))
        apply_num(p, n_art)
        full = "第%s条\u3000%s" % (cn_num(count[0]), t) + "".join(extra)
        for e in extra:
            add_par(doc, e)
        cl.append(full)

    art("为规范边民互市贸易管理，促进沿边开发开放和边民增收，推动中国（云南）自由贸易试验区德宏片区和瑞丽国家重点开发开放试验区建设，根据国家有关规定，结合本州实际，制定本办法。")
    art("本办法适用于本州行政区域内经批准设立的边民互市点，包括瑞丽姐告、畹町、章凤、盈江那邦等边民互市点。")
    art("州商务局负责全州边民互市贸易的统筹协调和进口商品清单管理；各县、市人民政府负责本行政区域内边民互市点的日常管理，明确互市点管理机构。")
    art("边民互市进口商品实行正面清单管理。清单所列商品以外的商品，不得以边民互市贸易方式进口。清单由州商务局会同有关部门拟订，报州人民政府同意后公布，原则上每2年调整一次。")
    art("边民在每人每日人民币8000元以内进口清单所列生活用品，免征进口关税和进口环节税。边民互市进口商品不得以任何形式转让免税额度。")
    art("边民互助组应当依法登记，实行组长负责制，统一组织成员申报、结算和运输，建立交易台账，台账保存期限不少于3年。")
    art("鼓励边民互市进口商品在本州落地加工。落地加工企业应当具备相应生产能力，加工产品应当改变原商品形态或者提升其附加值，具体认定办法由州商务局另行制定。")
    art("有下列情形之一的，由互市点管理机构取消其当年互市贸易资格，并纳入失信名单：",
        ["（一）冒用他人边民证或者将本人边民证交由他人使用的；",
         "（二）虚构交易、虚报价格骗取免税额度的；",
         "（三）进口清单外商品或者国家禁止进境物品的。"])
    art("各有关部门工作人员在边民互市贸易管理中滥用职权、玩忽职守、徇私舞弊的，依法依规追究责任。")
    art("本办法由州商务局负责解释。")
    art("本办法自2026年6月1日起施行。")

    # ---------------- 附件2 on its own page, table split by hand with 续表
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("德宏傣族景颇族自治州边民互市贸易", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("进口商品清单（2026年版）", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    header = ["类别", "商品名称", "HS编码前4位", "备注"]
    part1 = [
        ("农产品", "鲜西瓜、鲜甜瓜", "0807", "须获检疫准入"),
        ("农产品", "鲜芒果、鲜菠萝", "0804", "须获检疫准入"),
        ("农产品", "鲜柠檬", "0805", "须获检疫准入"),
        ("农产品", "鲜香蕉", "0803", "须获检疫准入"),
        ("农产品", "干绿豆、干红小豆", "0713", "不得用于种植"),
        ("农产品", "芝麻", "1207", "不得用于种植"),
        ("中药材", "砂仁、诃子等植物药材", "1211", "不含《濒危野生动植物种国际贸易公约》附录所列物种"),
        ("水产品", "冻鱼", "0303", "境外生产企业须获注册"),
        ("水产品", "干虾", "0306", "境外生产企业须获注册"),
        ("食品", "茶叶", "0902", "预包装的须加贴中文标签"),
    ]
    part2 = [
        ("食品", "罐装竹笋", "2005", "预包装的须加贴中文标签"),
        ("工业原料", "天然橡胶", "4001", "无"),
        ("工艺品", "宝石、半宝石制品", "7116", "不含翡翠原石"),
        ("工艺品", "竹、藤编结制品", "4602", "无"),
        ("家具", "木制家具", "9403", "不含红木原木，原料须有合法来源证明"),
        ("纺织服装", "筒裙、纱笼", "6204", "无"),
    ]

    def mk_table(rows):
        t = doc.add_table(rows=1 + len(rows), cols=4)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, HT, 12)
        for ri, row in enumerate(rows, 1):
            for ci, v in enumerate(row):
                set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci in (1, 3) else C)
            cant_split(t.rows[ri])
            cl.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        col_widths(t, [2.6, 4.6, 2.6, 5.8])
        return t

    mk_table(part1)
    page_break(doc)
    add_par(doc, [("续表", KT, 14, False)], indent=False)
    mk_table(part2)
    add_par(doc, [("说明：HS编码按《中华人民共和国进出口税则》（2026年版）列示，仅作归类参考。", FS, 12, False)],
            indent=False, line=20, before=6)
    cl.append("说明：HS编码按《中华人民共和国进出口税则》（2026年版）列示，仅作归类参考。")

    banji(doc, "抄送：州委办公室，州人大常委会办公室，州政协办公室，瑞丽海关，芒市海关，畹町海关。",
          "德宏州人民政府办公室", "2026年5月13日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="德宏傣族景颇族自治州人民政府办公室关于印发边民互市贸易管理办法和进口商品清单的通知",
            doc_number="德政办发〔2026〕12号",
            issuer=["德宏傣族景颇族自治州人民政府办公室"],
            date="2026-05-12",
            level="municipal",
            region="德宏傣族景颇族自治州",
            effective="2026-06-01",
            expires=None,
            attachments=[att1, att2],
            doc_type="通知",
            recipients=["各县、市人民政府", "州直有关部门"],
            publicity="此件主动公开",
            repeals=None,
        ),
        "clauses": cl,
    }]
    return path


# =================================================================== FILE C
# 凭祥市人民政府 请示 (上行文): 份号, 特急, 签发人, two-level merged table header
def file_pingxiang():
    stem = "blind834_pingxiang_qingshi"
    doc = Document()
    setup(doc)
    cl = []

    add_par(doc, [("000018", HT, 16, False)], indent=False)
    add_par(doc, [("特急", HT, 16, True)], indent=False)
    add_par(doc, [("凭祥市人民政府文件", XBS, 40, False, RED, 90)], align=C, indent=False,
            line=56, before=12)
    empty(doc, 1)
    p = add_par(doc, [("凭政报〔2026〕6号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("韦国强", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("凭祥市人民政府关于调整边民互市贸易", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("进口商品清单的请示", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "崇左市人民政府：", indent=False)

    SP = "    "  # indentation typed as half-width spaces

    def body(t):
        cl.append(t)
        add_par(doc, SP + t, indent=False)

    def runin(h, t):
        cl.append(h + t)
        add_par(doc, [(SP, FS, 16, False), (h, KT, 16, False), (t, FS, 16, False)], indent=False)

    body("2025年，我市边民互市贸易进出口额达到412.7亿元，同比增长11.6%，参与互市贸易的边民互助组186个、边民2.9万人，友谊关、浦寨、弄尧等互市点进口商品落地加工率达到38.5%。随着中国—东盟自由贸易区3.0版建设推进和中国（广西）自由贸易试验区崇左片区开放平台功能提升，现行《凭祥市边民互市贸易进口商品清单》（凭政发〔2024〕11号）已不能完全适应边民和落地加工企业的实际需求。为此，我市商务、海关、农业农村等部门开展了专题调研，现将调整清单有关事项请示如下：")
    add_par(doc, [(SP + "一、调整的必要性", HT, 16, False)], indent=False)
    runin("（一）落地加工企业原料需求增加。", "我市现有红木家具、坚果炒制、水果加工等互市商品落地加工企业64家，其中坚果加工企业对越南腰果、澳洲坚果原料的年需求量约9.6万吨，现行清单未覆盖部分品种，企业只能转为一般贸易进口，增加了经营成本。")
    runin("（二）部分商品进口需求已明显萎缩。", "清单中部分日用工业品近两年进口额不足10万元，边民申报积极性不高，保留意义不大。")
    add_par(doc, [(SP + "二、拟调整内容", HT, 16, False)], indent=False)
    # a paragraph with a manual line break in mid-sentence
    t1 = "经与凭祥海关、友谊关出入境边防检查站等单位会商，拟新增商品4项、调出商品2项，"
    t2 = "调整后清单共计商品47项。具体如下："
    cl.append(t1 + t2)
    p = doc.add_paragraph()
    font(p.add_run(SP + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(t2), FS, 16)
    fmt(p, indent=False)

    # two-level header: 序号 | 拟调整商品(类别/商品名称/HS编码前4位) | 调整方式 | 备注
    rows = [
        ("1", "水果及坚果", "澳洲坚果", "0802", "新增", "供落地加工企业使用"),
        ("2", "水果及坚果", "腰果（带壳）", "0801", "新增", "供落地加工企业使用"),
        ("3", "水果及坚果", "鲜榴莲", "0810", "新增", "须获检疫准入"),
        ("4", "木制品", "木制家具零件", "9403", "新增", "原料须有合法来源证明"),
        ("5", "日用品", "塑料餐具", "3924", "调出", "近两年无进口申报"),
        ("6", "日用品", "陶瓷餐具", "6912", "调出", "近两年进口额不足10万元"),
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    m = t.cell(0, 0).merge(t.cell(1, 0)); set_cell(m, "序号", HT, 12)
    m = t.cell(0, 1).merge(t.cell(0, 3)); set_cell(m, "拟调整商品", HT, 12)
    m = t.cell(0, 4).merge(t.cell(1, 4)); set_cell(m, "调整方式", HT, 12)
    m = t.cell(0, 5).merge(t.cell(1, 5)); set_cell(m, "备注", HT, 12)
    set_cell(t.cell(1, 1), "类别", HT, 12)
    set_cell(t.cell(1, 2), "商品名称", HT, 12)
    set_cell(t.cell(1, 3), "HS编码前4位", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    keys = ["序号", "拟调整商品／类别", "拟调整商品／商品名称", "拟调整商品／HS编码前4位", "调整方式", "备注"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        cant_split(t.rows[ri])
        cl.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    col_widths(t, [1.2, 2.6, 3.4, 2.6, 1.6, 4.2])

    add_par(doc, [(SP + "三、有关工作安排", HT, 16, False)], indent=False)
    body("1.清单调整获批后，我市将及时修订《凭祥市边民互市贸易进口商品清单》并向社会公布，同步更新边民互市贸易信息化管理平台商品目录。")
    body("2．市商务局会同凭祥海关加强对新增商品的查验和检疫监管，严防借道互市渠道走私。")
    body("3．市财政局统筹安排边民互市贸易发展资金300万元，支持落地加工企业技术改造和边民互助组规范化建设。")
    empty(doc, 1)
    add_par(doc, SP + "妥否，请批示。", indent=False)
    empty(doc, 2)
    add_par(doc, " " * 38 + "凭祥市人民政府", indent=False)
    add_par(doc, " " * 38 + "2026年2月9日", indent=False)
    empty(doc, 1)
    add_par(doc, SP + "（联系人：农海燕，联系电话：0771-8526031）", indent=False)
    banji(doc, "抄送：崇左市商务局，崇左市财政局，凭祥海关。", "凭祥市人民政府办公室", "2026年2月9日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="凭祥市人民政府关于调整边民互市贸易进口商品清单的请示",
            doc_number="凭政报〔2026〕6号",
            issuer=["凭祥市人民政府"],
            date="2026-02-09",
            level="county",
            region="凭祥市",
            effective=None,
            expires=None,
            attachments=[],
            doc_type="请示",
            recipients=["崇左市人民政府"],
            publicity=None,
            repeals=None,
        ),
        "clauses": cl,
    }]
    return path


def main():
    paths = [file_dongxing(), file_dehong(), file_pingxiang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
