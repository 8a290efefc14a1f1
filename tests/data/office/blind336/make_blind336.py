# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 336 blind test files: joint Party-committee / government documents on
共建“一带一路”, 开放型经济 and 自贸试验区 (Word printed to PDF by LibreOffice).

Writes next to itself:
  blind336_hunan_shishiyijian.docx/.pdf   (a) 两办 joint 通知 印发 实施意见 (秘密, 此件发至县级)
  blind336_qinzhou_jueding.docx/.pdf      (b) 市委 市政府 表彰决定 with 名单 and 奖励明细表
  blind336_jiangxi_lingdaoxiaozu.docx/.pdf (c) 调整领导小组组成人员的通知
  expected.json
Run:  . /work/venv/bin/activate && python make_blind336.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"

BR = "|BR|"   # marker: soft line break (Shift+Enter) inside a paragraph


# ---------------------------------------------------------------- helpers
def set_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first=None, left=None, line=28.9, before=0, after=0, hanging=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    if hanging is not None:
        pf.first_line_indent = Pt(-hanging)
    return p


def add_text(p, text, east=FS, size=16, bold=False, color=None):
    """Add text; BR marker becomes a soft line break."""
    parts = text.split(BR)
    for i, part in enumerate(parts):
        if i:
            r = p.add_run()
            r.add_break()
        if part:
            r = p.add_run(part)
            set_font(r, east, size, bold, color)
    return p


def para(container, text="", east=FS, size=16, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32,
         line=28.9, bold=False, color=None, left=None, before=0, after=0, hanging=None):
    p = container.add_paragraph()
    fmt(p, align=align, first=first, left=left, line=line, before=before, after=after,
        hanging=hanging)
    if text:
        add_text(p, text, east, size, bold, color)
    return p


def runin(container, head, rest, head_font=FS, head_bold=True):
    """Paragraph with a run-in heading (e.g. '1. 做强…。' bold, then body text)."""
    p = container.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32)
    add_text(p, head, head_font, 16, head_bold)
    add_text(p, rest, FS, 16)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, line=12)
    p.add_run().add_break(WD_BREAK.PAGE)


def border(p, side="bottom", sz=12, color="FF0000", space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def table_borders(table, val="single"):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def set_widths(table, widths_cm):
    """Fixed layout with explicit grid so LibreOffice honours the column widths."""
    tbl = table._tbl
    tblPr = tbl.tblPr
    for tag in ("w:tblW", "w:tblLayout"):
        old = tblPr.find(qn(tag))
        if old is not None:
            tblPr.remove(old)
    tw = OxmlElement("w:tblW")
    tw.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
    tw.set(qn("w:type"), "dxa")
    tblPr.append(tw)
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def cell_text(cell, text, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt(p, align=align, first=0, line=line)
    add_text(p, text, east, size, bold, color)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def page_setup(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
        section.top_margin, section.bottom_margin = Cm(2.8), Cm(2.6)
        section.left_margin, section.right_margin = Cm(3.7), Cm(3.5)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
        section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    section.footer_distance = Cm(2.2)


def add_page_field(p, size=14):
    r = p.add_run("— ")
    set_font(r, SONG, size)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("sep", None), ("num", "1"),
                      ("end", None)):
        r = p.add_run()
        set_font(r, SONG, size)
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
        elif kind == "num":
            t = OxmlElement("w:t")
            t.text = txt
            r._element.append(t)
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), {"begin": "begin", "sep": "separate", "end": "end"}[kind])
            r._element.append(fc)
    r = p.add_run(" —")
    set_font(r, SONG, size)


def page_numbers(doc, section):
    """GB/T 9704: odd pages right (one char in), even pages left."""
    doc.settings.odd_and_even_pages_header_footer = True
    f = section.footer
    f.is_linked_to_previous = False
    p = f.paragraphs[0]
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, first=0, line=16)
    p.paragraph_format.right_indent = Pt(14)
    add_page_field(p)
    ef = section.even_page_footer
    ef.is_linked_to_previous = False
    p = ef.paragraphs[0]
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, first=0, line=16)
    p.paragraph_format.left_indent = Pt(14)
    add_page_field(p)


def two_organ_mark(doc, organ1, organ2, size=30, word="文件"):
    """Red 发文机关标志 of two organs stacked, with '文件' beside the two lines."""
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    set_widths(t, [11.6, 3.8])
    c1, c2 = t.rows[0].cells
    p = c1.paragraphs[0]
    fmt(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, first=0, line=size + 10)
    add_text(p, organ1, XBS, size, False, RED)
    p = c1.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, first=0, line=size + 10)
    add_text(p, organ2, XBS, size, False, RED)
    p = c2.paragraphs[0]
    fmt(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, first=0, line=size + 20)
    add_text(p, word, XBS, min(size + 8, 36), False, RED)
    c2.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return t


def doc_number_and_rule(doc, number, gap=20):
    para(doc, "", line=gap)
    p = para(doc, number, align=WD_ALIGN_PARAGRAPH.CENTER, first=0)
    p2 = para(doc, "", line=10)
    border(p2, "bottom", sz=18, color="FF0000")
    para(doc, "", line=gap)


def title_lines(doc, lines, line=35, gap=20):
    for ln in lines:
        para(doc, ln, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=line)
    para(doc, "", line=gap)


def banji(doc, cc_lines, printer, date_text, width_pt=442):
    """版记: 抄送 (several lines) and 印发机关/印发日期 between rules."""
    first = True
    for i, ln in enumerate(cc_lines):
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, first=0, left=14 + (0 if first else 42), line=22)
        p.paragraph_format.keep_with_next = True
        if first:
            border(p, "top", sz=8, color="000000", space=4)
            add_text(p, "抄送：" + ln, FS, 14)
            first = False
        else:
            add_text(p, ln, FS, 14)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, first=0, left=14, line=22)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Pt(width_pt - 28), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "top", sz=4, color="000000", space=4)
    border(p, "bottom", sz=8, color="000000", space=4)
    add_text(p, printer + "\t" + date_text, FS, 14)


def luokuan_table(doc, organs, date_text, gap=28.9):
    """Two organs side by side (borderless table), one date below."""
    para(doc, "", line=gap)
    t = doc.add_table(rows=1, cols=len(organs))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [7.5] * len(organs))
    for c, o in zip(t.rows[0].cells, organs):
        cell_text(c, o, FS, 16, line=28.9)
    p = para(doc, date_text, align=WD_ALIGN_PARAGRAPH.RIGHT, first=0)
    p.paragraph_format.right_indent = Pt(64)
    return p


def grid_table(doc, header, rows, widths, merges=(), font_size=12, header_font=HT, line=20):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    for j, h in enumerate(header):
        cell_text(t.rows[0].cells[j], h, header_font, font_size, line=line)
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if (len(str(v)) > 12) else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.rows[i].cells[j], str(v) if v is not None else "", FS, font_size, align=al,
                      line=line)
    set_widths(t, widths)
    # merges: (r1, c1, r2, c2) in data-row coordinates (0 = first data row)
    for r1, c1, r2, c2 in merges:
        a = t.cell(r1 + 1, c1)
        keep = a.text
        m = a.merge(t.cell(r2 + 1, c2))
        cell_text(m, keep, FS, font_size, line=line)
    # header row repeats on each page
    trpr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trpr.append(th)
    return t


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if v not in (None, ""))


def to_pdf(docx_path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_336",
                    "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    page_setup(doc.sections[0])
    return doc


def clean(t):
    return t.replace(BR, "")


# ================================================================ (a) 湖南
def make_hunan():
    stem = "blind336_hunan_shishiyijian"
    doc = new_doc()
    sec = doc.sections[0]
    page_numbers(doc, sec)
    clauses = []
    specific = {}

    def C(text, places=None):
        clauses.append(clean(text))
        if places:
            specific[clean(text)[:24]] = places

    # 份号 / 密级 / 版头
    para(doc, "000218", FS, 16, align=WD_ALIGN_PARAGRAPH.LEFT, first=0)
    para(doc, "秘密★1年", HT, 16, align=WD_ALIGN_PARAGRAPH.LEFT, first=0)
    two_organ_mark(doc, "中共湖南省委办公厅", "湖南省人民政府办公厅", size=26)
    doc_number_and_rule(doc, "湘办发〔2025〕11号", gap=10)

    title_lines(doc, ["中共湖南省委办公厅　湖南省人民政府办公厅",
                      "印发《关于深度融入共建“一带一路”加快",
                      "建设内陆开放高地的实施意见》的通知"], line=30, gap=14)
    recipients = ["各市州委和人民政府", "省委各部委", "省直机关各单位", "省军区",
                  "各人民团体", "各高等院校", "中国（湖南）自由贸易试验区各片区管委会"]
    para(doc, "，".join(recipients) + "：", first=0)
    t = ("经省委、省人民政府同意，现将《关于深度融入共建“一带一路”加快建设内陆开放高地的"
         "实施意见》印发给你们，请结合实际认真贯彻落实。")
    para(doc, t); C(t)
    t = ("各地各部门贯彻落实情况，请于每年12月15日前报送省推进共建“一带一路”工作领导小组办公室。")
    para(doc, t); C(t)
    luokuan_table(doc, ["中共湖南省委办公厅", "湖南省人民政府办公厅"], "2025年3月21日", gap=12)
    para(doc, "（此件发至县级）", first=32)

    p = para(doc, "关于深度融入共建“一带一路”" + BR + "加快建设内陆开放高地的实施意见", XBS, 22,
             align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=35)
    p.paragraph_format.page_break_before = True
    para(doc, "", line=20)
    t = ("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，全面落实省委"
         "关于建设内陆地区改革开放高地的工作要求，充分发挥中国（湖南）自由贸易试验区（以下简称"
         "湖南自贸试验区）的引领作用，加快构建更高水平开放型经济新体制，结合我省实际，现提出如下"
         "实施意见。")
    para(doc, t); C(t)

    para(doc, "一、总体要求", HT)
    t = ("坚持以习近平新时代中国特色社会主义思想为指导，坚持“引进来”和“走出去”并重，以制度型"
         "开放为重点，以通道、平台、产业、主体为抓手，推动开放型经济量质齐升。到2027年，全省货物"
         "贸易进出口总额力争突破8000亿元，实际使用外资年均增长10%以上，对共建“一带一路”国家"
         "进出口占比提高到40%左右，中欧班列（长沙）年开行量稳定在1200列以上，基本建成具有全国"
         "影响力的内陆开放高地。")
    para(doc, t); C(t)

    para(doc, "二、重点任务", HT)
    para(doc, "（一）提升开放通道能级", KT)
    items = [
        ("1. 做强国际物流大通道。",
         "优化中欧班列（长沙）线路布局，稳定开行至汉堡、布达佩斯、杜伊斯堡等方向的常态化线路，"
         "拓展经霍尔果斯、满洲里口岸出境的中亚、俄罗斯班列。推动湘粤非铁海联运常态化运营，加密"
         "至东盟国家的铁海联运班列。", None),
        ("2. 提升口岸开放水平。",
         "加快长沙黄花国际机场口岸扩大开放，推动岳阳城陵矶港口岸扩大对外开放水域范围，完善进境"
         "肉类、水果、粮食等指定监管场地功能。全面推广“提前申报”“两步申报”等便利化措施，2025年底"
         "前全省进出口整体通关时间较2024年再压缩5%。", None),
        ("3. 发展多式联运。",
         "推动港口、铁路场站、航空货站与综合保税区之间信息互联、单证互认，推广“一单制”“一箱制”"
         "联运模式。对新开通并连续稳定运营6个月以上的国际全货运航线，按照有关规定给予运营补贴。",
         None),
    ]
    for h, r, pl in items:
        runin(doc, h, r); C(h + r, pl)

    para(doc, "（二）做强自贸试验区平台", KT)
    items = [
        ("4. 长沙片区",
         "重点围绕高端装备制造、新一代信息技术、生物医药等产业，建设中非经贸合作先行区，支持在"
         "长沙片区开展非洲非资源性产品进口集散、中非跨境人民币结算等试点。", ["长沙片区"]),
        ("5. 岳阳片区",
         "重点发展航运物流、电子商务、新一代信息技术等产业，建设长江中游综合性航运物流中心，支持"
         "城陵矶综合保税区开展保税维修、保税研发等新业态。", ["岳阳片区", "城陵矶综合保税区"]),
        ("6. 郴州片区",
         "重点发展有色金属加工、现代物流等产业，建设内陆地区承接产业转移和加工贸易转型升级重要"
         "平台，支持郴州综合保税区开展有色金属保税混矿、期货保税交割业务。",
         ["郴州片区", "郴州综合保税区"]),
        ("7. 深化制度创新。",
         "聚焦投资贸易便利化、金融开放创新和政府职能转变，每年形成不少于20项制度创新成果，重点"
         "推进以下改革：", None),
    ]
    for h, r, pl in items:
        runin(doc, h, r, head_bold=h.endswith("。")); C(h + r, pl)
    subs = [
        ("（1）在自贸试验区推行“证照分离”改革全覆盖，对涉企经营许可事项实行清单管理，"
         "实施告知承诺的事项由片区管委会统一受理。", ["中国（湖南）自由贸易试验区"]),
        ("（2）开展跨境服务贸易负面清单管理试点，在数字贸易、检验检测、专业服务等领域有序放宽"
         "准入。", None),
        ("（3）建立自贸试验区联动创新区，在各市州选择条件较好的国家级、省级园区复制推广自贸试验区"
         "改革试点经验。", None),
    ]
    for s, pl in subs:
        para(doc, s); C(s, pl)

    t = ("（三）拓展对外贸易新空间。实施“湘品出海”工程，每年组织500家以上企业参加境外重点展会，"
         "对企业参加省级重点境外展会的展位费给予不超过70%的补助。推动加工贸易梯度转移，对新落户"
         "的加工贸易企业，按照" + BR + "其上年度进出口实绩给予奖励。")
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32)
    add_text(p, "（三）拓展对外贸易新空间。", KT, 16)
    add_text(p, t[len("（三）拓展对外贸易新空间。"):], FS, 16)
    C(t)
    items = [
        ("8. 培育跨境电商新业态。",
         "对在共建“一带一路”国家新建或租用公共海外仓且年服务企业不少于30家的，按照实际投入给予"
         "最高不超过200万元的一次性支持。推动跨境电商“9710”“9810”出口业务规模化发展。", None),
        ("9. 发展新型离岸国际贸易。",
         "在长沙片区开展新型离岸国际贸易试点，支持银行为真实合规的离岸转手买卖提供跨境资金结算"
         "便利。", ["长沙片区"]),
    ]
    for h, r, pl in items:
        runin(doc, h, r); C(h + r, pl)
    t = ("（四）推进高水平“走出去”。引导工程机械、轨道交通、电力装备等优势企业在共建“一带一路”"
         "国家布局生产基地和营销网络，支持企业以工程总承包、投建营一体化等方式参与境外基础设施"
         "建设。办好中国—非洲经贸博览会，深化与非洲国家在农业、矿产、基础设施等领域的务实合作。")
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32)
    add_text(p, "（四）推进高水平“走出去”。", KT, 16)
    add_text(p, t[len("（四）推进高水平“走出去”。"):], FS, 16)
    C(t)

    para(doc, "三、保障措施", HT)
    for head, rest in [
        ("（一）加强组织领导。",
         "充分发挥省推进共建“一带一路”工作领导小组统筹协调作用，领导小组办公室每年制定工作要点，"
         "建立重点任务台账，实行清单化管理、项目化推进。"),
        ("（二）强化要素保障。",
         "省财政统筹现有开放型经济发展专项资金，每年安排不少于10亿元支持本实施意见确定的重点任务。"
         "对自贸试验区各片区新增建设用地计划指标予以倾斜保障。"),
        ("（三）加强督促落实。",
         "将本实施意见落实情况纳入市州和省直单位绩效评估内容，对工作成效明显的市州，在安排相关"
         "专项资金时予以倾斜。"),
        ("（四）",
         "本实施意见自2025年4月1日起施行，有效期至2027年12月31日。此前我省有关规定与本实施意见"
         "不一致的，以本实施意见为准。"),
    ]:
        p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32)
        add_text(p, head, KT, 16)
        add_text(p, rest, FS, 16)
        C(head + rest)
    para(doc, "")
    att = "湖南省深度融入共建“一带一路”重点任务分工表"
    para(doc, "附件：" + att)

    # landscape section for the 分工表, 版记 below it
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec2, landscape=True)
    para(doc, "附件", HT, 16, align=WD_ALIGN_PARAGRAPH.LEFT, first=0)
    para(doc, att, XBS, 20, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=30)
    header = ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"]
    rows = [
        ["1", "中欧班列（长沙）提质增效，年开行量稳定在1200列以上", "省商务厅",
         "省发展改革委、省交通运输厅、长沙海关、长沙市人民政府", "持续推进"],
        ["2", "湘粤非铁海联运常态化运营", "省商务厅", "省交通运输厅、省港务集团", "2025年12月底前"],
        ["3", "全省进出口整体通关时间较2024年再压缩5%", "长沙海关",
         "省商务厅（省口岸办）、各市州人民政府", "2025年12月底前"],
        ["4", "岳阳片区城陵矶综合保税区开展保税维修、保税研发业务", "岳阳市人民政府",
         "长沙海关、省商务厅", "2026年6月底前"],
        ["5", "郴州综合保税区开展有色金属保税混矿业务", "郴州市人民政府", "长沙海关、省商务厅",
         "2026年6月底前"],
        ["6", "每年形成不少于20项制度创新成果", "省商务厅（省自贸办）",
         "省委改革办、省司法厅、湖南自贸试验区各片区管委会", "每年12月底前"],
        ["7", "出台公共海外仓建设支持政策", "省商务厅", "省财政厅", "2025年9月底前"],
    ]
    disp = [list(r) for r in rows]
    # merged cells: 牵头单位 rows 1-2, 完成时限 rows 2-3 (data rows 1,2) and rows 4-5
    for r in (1,):
        disp[r][2] = ""
    disp[2][4] = ""
    disp[4][4] = ""
    grid_table(doc, header, disp, [1.4, 8.0, 3.8, 6.2, 3.0],
               merges=[(0, 2, 1, 2), (1, 4, 2, 4), (3, 4, 4, 4)], font_size=12, line=16)
    row_places = {3: ["岳阳片区", "城陵矶综合保税区"], 4: ["郴州综合保税区"]}
    for i, r in enumerate(rows):
        rc = row_clause(header, r)
        clauses.append(rc)
        if i in row_places:
            specific[rc[:24]] = row_places[i]
    para(doc, "", line=8)
    banji(doc, ["省纪委监委，省法院，省检察院，武警湖南省总队。",
                "各民主党派省委，省工商联。",
                "长沙海关，国家外汇管理局湖南省分局，中国人民银行湖南省分行。"],
          "中共湖南省委办公厅", "2025年3月24日印发", width_pt=640)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)
    meta = {
        "title": "中共湖南省委办公厅 湖南省人民政府办公厅印发《关于深度融入共建“一带一路”加快建设"
                 "内陆开放高地的实施意见》的通知",
        "doc_number": "湘办发〔2025〕11号",
        "issuer": ["中共湖南省委办公厅", "湖南省人民政府办公厅"],
        "date": "2025-03-21",
        "published": "2025-03-24",
        "level": "provincial",
        "region": "湖南省",
        "effective": "2025-04-01",
        "expires": "2027-12-31",
        "attachments": [att],
        "doc_type": "通知",
        "recipients": recipients,
        "publicity": "秘密★1年；此件发至县级",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": clauses, "applies_to": {"specific": specific}}]


# ================================================================ (b) 钦州
def make_qinzhou():
    stem = "blind336_qinzhou_jueding"
    doc = new_doc()
    page_numbers(doc, doc.sections[0])
    clauses = []
    specific = {}

    def C(text, places=None):
        clauses.append(clean(text))
        if places:
            specific[clean(text)[:24]] = places

    para(doc, "", line=30)
    two_organ_mark(doc, "中共钦州市委", "钦州市人民政府", size=34)
    doc_number_and_rule(doc, "钦发〔2025〕3号")
    p = para(doc, "中共钦州市委　钦州市人民政府关于表彰" + BR + "2024年度全市开放型经济和自贸试验区建设"
             + BR + "先进集体和先进个人的决定", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER,
             first=0, line=32)
    para(doc, "", line=20)
    recipients = ["各县（区）党委和人民政府", "市委各部委", "市级国家机关各部门", "各人民团体",
                  "中国（广西）自由贸易试验区钦州港片区党工委、管委会"]
    para(doc, "，".join(recipients) + "：", first=0)
    body = [
        ("2024年，全市上下坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党中央关于推进"
         "共建“一带一路”高质量发展的决策部署，抢抓西部陆海新通道建设重大机遇，统筹推进开放平台"
         "建设、外贸稳规模优结构和招商引资工作，全市开放型经济发展取得显著成效。全年外贸进出口总额"
         "完成1186.4亿元，同比增长12.3%；钦州港集装箱吞吐量完成958万标箱，同比增长13.6%；实际使用"
         "外资2.7亿美元；中国（广西）自由贸易试验区钦州港片区累计形成制度创新成果46项，其中8项在"
         "全区复制推广。在此过程中，涌现出一批敢于担当、勇于创新、业绩突出的先进集体和先进个人。",
         None),
        ("为表彰先进、树立典型，激励全市广大干部群众进一步扩大高水平对外开放，市委、市人民政府"
         "决定：", None),
        ("一、授予钦州港片区管理委员会投资促进局等12个集体“2024年度全市开放型经济和自贸试验区建设"
         "先进集体”称号，每个集体给予一次性奖励2万元。", None),
        ("二、授予韦海峰等13名同志“2024年度全市开放型经济和自贸试验区建设先进个人”称号，每人给予"
         "一次性奖励5000元；其中属于公务员和参照公务员法管理工作人员的，按照有关规定记三等功。",
         None),
        ("三、对2024年度新引进的重大外资项目和新增进出口额排名靠前的外贸企业，按照附件3所列项目"
         "和金额给予奖励，合计奖励资金1180万元。奖励资金由市本级财政和钦州港片区财政按照6∶4的"
         "比例分担，由市商务局会同市财政局于2025年4月30日前拨付到位。", None),
        ("四、对钦州港片区内2024年度新增进出口额超过10亿元的企业，由钦州港片区管理委员会在本决定"
         "奖励的基础上另行给予配套奖励，具体标准由片区管理委员会制定。", ["钦州港片区"]),
        ("希望受到表彰的先进集体和先进个人珍惜荣誉、戒骄戒躁，在新的起点上再创佳绩。", None),
        ("全市各级各部门和广大干部群众要以受表彰的先进集体和先进个人为榜样，坚定不移推进高水平对外"
         "开放，加快建设面向东盟的国际门户港和西部陆海新通道关键节点城市，为奋力谱写中国式现代化"
         "钦州篇章作出新的更大贡献。", None),
    ]
    for t, pl in body:
        para(doc, t); C(t, pl)
    para(doc, "")
    atts = ["2024年度全市开放型经济和自贸试验区建设先进集体名单",
            "2024年度全市开放型经济和自贸试验区建设先进个人名单",
            "2024年度全市开放型经济重点项目和企业奖励明细表"]
    para(doc, "附件：1. " + atts[0], left=32, hanging=80, first=None)
    for i, a in enumerate(atts[1:], start=2):
        para(doc, "%d. %s" % (i, a), left=112, first=0)
    para(doc, "")
    para(doc, "")
    p = para(doc, "中共钦州市委　　　　　钦州市人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT, first=0)
    p.paragraph_format.right_indent = Pt(48)
    p = para(doc, "2025年2月26日", align=WD_ALIGN_PARAGRAPH.RIGHT, first=0)
    p.paragraph_format.right_indent = Pt(96)
    para(doc, "（此件公开发布）", first=32)

    # 附件1
    page_break(doc)
    para(doc, "附件1", HT, 16, align=WD_ALIGN_PARAGRAPH.LEFT, first=0)
    para(doc, "", line=20)
    para(doc, atts[0], XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=35)
    para(doc, "（共12个）", KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, first=0)
    para(doc, "", line=20)
    for n in ["钦州港片区管理委员会投资促进局", "钦州市商务局对外贸易科",
              "钦州市发展和改革委员会开放合作科", "钦州市口岸管理办公室通关协调科",
              "钦州海关综合业务科", "钦州保税港区管理服务中心", "钦南区人民政府办公室",
              "灵山县商务局", "浦北县工业和信息化局", "钦州海港码头有限公司",
              "钦州海丰跨境电子商务产业园运营有限公司", "钦州农村商业银行国际业务部"]:
        para(doc, n, first=32)

    # 附件2
    page_break(doc)
    para(doc, "附件2", HT, 16, align=WD_ALIGN_PARAGRAPH.LEFT, first=0)
    para(doc, "", line=20)
    para(doc, atts[1], XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=35)
    para(doc, "（共13名）", KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, first=0)
    para(doc, "", line=20)
    people = [
        ("韦海峰", "钦州港片区管理委员会投资促进局副局长"),
        ("王晓东", "钦州市商务局对外贸易科科长"),
        ("邓丽萍", "钦州海关综合业务科副科长"),
        ("刘　洋", "钦州市口岸管理办公室通关协调科四级主任科员"),
        ("苏志勇", "钦州保税港区管理服务中心主任"),
        ("李春燕", "钦州市发展和改革委员会开放合作科科长"),
        ("杨　帆", "钦南区商务和口岸管理局局长"),
        ("何文斌", "灵山县商务局副局长"),
        ("陈冬梅", "浦北县工业和信息化局外经贸股股长"),
        ("林建国", "钦州海港码头有限公司副总经理"),
        ("欧阳明", "钦州海丰跨境电子商务产业园运营有限公司总经理"),
        ("周海燕", "钦州农村商业银行国际业务部总经理"),
        ("黄振宇", "中国（广西）自由贸易试验区钦州港片区管理委员会综合协调局（政策研究室）"
                   "一级主任科员"),
    ]
    for n, post in people:
        p = para(doc, n + "　" + post, left=32 + 64, hanging=64, first=None)

    # 附件3 table with merged 奖励类别, in a landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec2, landscape=True)
    para(doc, "附件3", HT, 16, align=WD_ALIGN_PARAGRAPH.LEFT, first=0)
    para(doc, atts[2], XBS, 20, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=32, after=6)
    header = ["奖励类别", "序号", "项目（企业）名称", "奖励依据", "奖励金额（万元）"]
    rows = [
        ["重大外资项目", "1", "中新（钦州）高性能新材料项目", "到位外资1.2亿美元", "300"],
        ["重大外资项目", "2", "钦州华澜新能源电池材料项目", "到位外资0.6亿美元", "200"],
        ["重大外资项目", "3", "钦州东盟冷链物流中心项目", "到位外资0.35亿美元", "150"],
        ["外贸龙头企业", "4", "广西钦州远泰石化贸易有限公司", "新增进出口额38.6亿元", "200"],
        ["外贸龙头企业", "5", "钦州海川粮油工业有限公司", "新增进出口额21.2亿元", "150"],
        ["外贸龙头企业", "6", "广西钦州鑫港纸业有限公司", "新增进出口额12.5亿元", "100"],
        ["外贸龙头企业", "7", "钦州市桂鑫跨境电子商务有限公司", "跨境电商进出口额4.3亿元", "80"],
    ]
    disp = [list(r) for r in rows]
    for i in (1, 2, 4, 5, 6):
        disp[i][0] = ""
    disp.append(["合计", "", "", "", "1180"])
    grid_table(doc, header, disp, [3.4, 1.6, 8.4, 5.6, 3.4],
               merges=[(0, 0, 2, 0), (3, 0, 6, 0), (7, 0, 7, 3)], font_size=12, line=22)
    for r in rows:
        C(row_clause(header, r))
    C("奖励类别：合计；奖励金额（万元）：1180")
    para(doc, "", line=20)
    para(doc, "", line=20)
    banji(doc, ["市纪委监委，钦州军分区，市人大常委会办公室，市政协办公室，",
                "市中级人民法院，市人民检察院。",
                "自治区党委办公厅，自治区人民政府办公厅，自治区商务厅（自治区自贸办）。"],
          "中共钦州市委办公室", "2025年2月28日印发", width_pt=638)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)
    meta = {
        "title": "中共钦州市委 钦州市人民政府关于表彰2024年度全市开放型经济和自贸试验区建设先进集体"
                 "和先进个人的决定",
        "doc_number": "钦发〔2025〕3号",
        "issuer": ["中共钦州市委", "钦州市人民政府"],
        "date": "2025-02-26",
        "published": "2025-02-28",
        "level": "municipal",
        "region": "钦州市",
        "effective": None,
        "expires": None,
        "attachments": atts,
        "doc_type": "决定",
        "recipients": recipients,
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": clauses, "applies_to": {"specific": specific}}]


# ================================================================ (c) 江西
def make_jiangxi():
    stem = "blind336_jiangxi_lingdaoxiaozu"
    doc = new_doc()
    page_numbers(doc, doc.sections[0])
    clauses = []

    def C(text):
        clauses.append(clean(text))

    para(doc, "", line=40)
    para(doc, "", line=40)
    two_organ_mark(doc, "中共江西省委办公厅", "江西省人民政府办公厅", size=30)
    doc_number_and_rule(doc, "赣办字〔2025〕17号")
    title_lines(doc, ["中共江西省委办公厅　江西省人民政府办公厅",
                      "关于调整江西省推进共建“一带一路”",
                      "工作领导小组组成人员的通知"])
    recipients = ["各设区市委和人民政府", "赣江新区党工委、管委会", "省委各部门", "省直各单位",
                  "各人民团体"]
    para(doc, "，".join(recipients) + "：", first=0)
    t = ("因工作需要和人员变动，经省委、省人民政府同意，决定对江西省推进共建“一带一路”工作领导小组"
         "（以下简称领导小组）组成人员进行调整。现将调整后的领导小组组成人员及有关事项通知如下。")
    para(doc, t); C(t)
    para(doc, "一、领导小组组成人员", HT)

    # name lines: "组　长：" label, name, post; hanging indent so wrapped posts align
    def member(label, name, post, cont=False):
        lab = label if label else "　　　　"
        text = lab + name + "　" + post
        p = para(doc, text, left=32 + 16 * 9, hanging=16 * 9, first=None)
        return p

    member("组　长：", "王立新", "省委副书记、省长")
    member("副组长：", "陈建明", "省委常委、常务副省长")
    member("", "周晓峰", "副省长")
    members = [
        ("刘振华", "省委副秘书长、省委办公厅主任"),
        ("赵志刚", "省政府副秘书长、省政府办公厅党组成员，省推进共建“一带一路”工作联络办公室主任"),
        ("孙　斌", "省委宣传部副部长"),
        ("何　平", "省委外办主任"),
        ("李国平", "省发展改革委主任"),
        ("郑建华", "省科技厅厅长"),
        ("钱文杰", "省工业和信息化厅厅长"),
        ("冯　涛", "省财政厅厅长"),
        ("蒋卫东", "省交通运输厅厅长"),
        ("胡丽娟", "省商务厅厅长"),
        ("邓海涛", "省文化和旅游厅厅长"),
        ("曹　勇", "省国资委主任"),
        ("彭志远", "省委金融办常务副主任、省地方金融管理局局长"),
        ("罗家明", "南昌海关关长"),
        ("宋志强", "国家外汇管理局江西省分局局长，"),  # post continues on a manual line
        ("梁　军", "中国铁路南昌局集团有限公司副总经理"),
        ("欧阳文斌", "江西省港口集团有限公司董事长"),
    ]
    for i, (n, post) in enumerate(members):
        member("成　员：" if i == 0 else "", n, post)
        if n == "宋志强":
            # typed continuation line: a separate paragraph of spaces + rest of the post
            para(doc, "　" * 8 + "中国人民银行江西省分行副行长", left=32, first=0)

    para(doc, "二、领导小组办公室", HT)
    t = ("领导小组办公室设在省发展改革委，承担领导小组日常工作。办公室主任由李国平同志兼任，副主任由"
         "省发展改革委副主任张海鸥、省商务厅副厅长林一鸣同志担任。领导小组办公室设联络员若干名，由"
         "各成员单位有关处室负责同志担任。")
    para(doc, t); C(t)

    para(doc, "三、领导小组主要职责", HT)
    for t in [
        "（一）深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，研究制定全省"
        "参与共建“一带一路”的总体规划、年度工作要点和重大政策措施。",
        "（二）统筹协调全省对外开放通道建设，推动赣欧（亚）班列、赣深粤港澳铁海联运和南昌昌北国际"
        "机场国际货运航线提质扩量。",
        "（三）统筹推进内陆开放型经济试验区、综合保税区、跨境电子商务综合试验区等开放平台建设，指导"
        "开放平台开展制度创新和差异化探索。",
        "（四）协调推动重大对外投资合作项目、境外经贸合作区建设，研究解决企业“走出去”中的重大问题，"
        "健全境外安全风险防范机制。",
        "（五）统筹推进与共建“一带一路”国家在经贸、人文、教育、科技、卫生等领域的交流合作，办好"
        "世界赣商大会等重大涉外经贸活动。",
        "（六）督促检查各地各部门重点任务落实情况，完成省委、省人民政府交办的其他事项。",
    ]:
        para(doc, t); C(t)

    para(doc, "四、工作要求", HT)
    for t in [
        "（一）领导小组实行定期会议制度，原则上每年召开1次全体会议，根据工作需要可召开专题会议。"
        "会议由组长或者组长委托的副组长召集。",
        "（二）领导小组成员因工作变动等原因需要调整的，由所在单位提出意见，报领导小组办公室审核后，"
        "按程序报组长审定，不再另行发文。",
        "（三）各设区市要参照建立相应工作推进机制，明确牵头部门和工作人员，于2025年6月30日前将机制"
        "建立情况报领导小组办公室。",
        "（四）本通知自印发之日起施行。《中共江西省委办公厅 江西省人民政府办公厅关于成立江西省推进"
        "共建“一带一路”工作领导小组的通知》（赣办字〔2017〕42号）同时废止。",
    ]:
        para(doc, t); C(t)
    para(doc, "")
    para(doc, "")
    p = para(doc, "中共江西省委办公厅\t江西省人民政府办公厅", align=WD_ALIGN_PARAGRAPH.LEFT,
             first=0, left=32)
    p.paragraph_format.tab_stops.add_tab_stop(Pt(250), WD_TAB_ALIGNMENT.LEFT)
    p = para(doc, "2025年5月9日", align=WD_ALIGN_PARAGRAPH.RIGHT, first=0)
    p.paragraph_format.right_indent = Pt(64)
    para(doc, "（此件公开发布）", first=32)
    para(doc, "", line=20)
    banji(doc, ["省纪委监委，省军区，省法院，省检察院。",
                "各民主党派省委，省工商联。",
                "领导小组各成员。"],
          "中共江西省委办公厅秘书处", "2025年5月12日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)
    meta = {
        "title": "中共江西省委办公厅 江西省人民政府办公厅关于调整江西省推进共建“一带一路”工作领导小组"
                 "组成人员的通知",
        "doc_number": "赣办字〔2025〕17号",
        "issuer": ["中共江西省委办公厅", "江西省人民政府办公厅"],
        "date": "2025-05-09",
        "published": "2025-05-12",
        "level": "provincial",
        "region": "江西省",
        "effective": "2025-05-12",
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": recipients,
        "publicity": "此件公开发布",
        "repeals": "《中共江西省委办公厅 江西省人民政府办公厅关于成立江西省推进共建“一带一路”工作领导小组"
                   "的通知》（赣办字〔2017〕42号）",
    }
    return stem, [{"meta": meta, "clauses": clauses, "applies_to": {"specific": {}}}]


def main():
    expected = {}
    for fn in (make_hunan, make_qinzhou, make_jiangxi):
        stem, docs = fn()
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    for k, v in expected.items():
        print(k, sum(len(d["clauses"]) for d in v), "clauses")


if __name__ == "__main__":
    main()
