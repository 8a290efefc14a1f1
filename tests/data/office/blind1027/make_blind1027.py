# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1027: 改革试点经验复制推广清单 notices (long attachment tables with
repeated header rows, merged section rows, notes under the table).
Writes three .docx files, their PDFs (LibreOffice) and expected.json."""
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
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(container, runs, **kw):
    p = container.add_paragraph()
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
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def page_field(p, name=SONG, size=14, left="— ", right=" —"):
    font(p.add_run(left), name, size)
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = p.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = p.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), name, size)
    r5 = p.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(p.add_run(right), name, size)


def setup(doc, footer_style="center"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    if footer_style == "center":
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page_field(fp)
    elif footer_style == "oddeven":
        # GB/T 9704: odd pages right (一字), even pages left (一字)
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp.paragraph_format.right_indent = Pt(14)
        page_field(fp)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
        ep.paragraph_format.left_indent = Pt(14)
        page_field(ep)
    elif footer_style == "dash":
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page_field(fp, "Times New Roman", 14, "- ", " -")


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def set_cell(cell, text, name=FS, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, line=16):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def widths(table, cms):
    table.autofit = False
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for tr in table._tbl.tr_lst:
        gi = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            w = sum(cms[gi:gi + span])
            tc.width = Cm(w)
            gi += span


def banji(doc, cc, printer, date_txt, gap=1):
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1027", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def list_table(doc, header, sections, clauses, cms, numbering="continuous",
               header_rows=None, keys=None, repeat=True, size=10.5, line=15):
    """header: list of column titles (single header row) or, with header_rows,
    a callable that builds the header rows itself.  sections: list of
    (section_title, rows).  keys: clause keys for each column."""
    n_hdr = 2 if header_rows else 1
    n_rows = n_hdr + sum(1 + len(r) for _, r in sections)
    ncols = len(cms)
    t = doc.add_table(rows=n_rows, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if header_rows:
        header_rows(t)
    else:
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, HT, 10.5, line=16)
    for i in range(n_hdr):
        if repeat:
            repeat_header(t.rows[i])
        cant_split(t.rows[i])
    keys = keys or header
    ri = n_hdr
    seq = 0
    for title, rows in sections:
        row = t.rows[ri]
        cant_split(row)
        m = row.cells[0].merge(row.cells[ncols - 1])
        set_cell(m, title, HT, 12, align=WD_ALIGN_PARAGRAPH.LEFT, line=18)
        ri += 1
        if numbering == "restart":
            seq = 0
        for vals in rows:
            seq += 1
            vals = [str(seq)] + list(vals)
            row = t.rows[ri]
            cant_split(row)
            for ci, v in enumerate(vals):
                al = WD_ALIGN_PARAGRAPH.JUSTIFY if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER
                set_cell(row.cells[ci], v, FS, size, align=al, line=line)
            clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, vals)))
            ri += 1
    widths(t, cms)
    return t


# ====================================================================== A
def doc_a():
    """国务院自由贸易试验区工作部际联席会议办公室 — 第八批改革试点经验."""
    stem = "blind1027_lianxi_diba"
    doc = Document()
    setup(doc, "center")
    clauses = []

    # 版头: long organ name on two lines (distributed) + 文件 to the right
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "国务院自由贸易试验区工作", XBS, 24, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=36)
    set_cell(t.cell(1, 0), "部际联席会议办公室", XBS, 24, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=36)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 48, color=RED, line=60)
    widths(t, [12.0, 3.4])
    empty(doc, 1)
    p = add_par(doc, "自贸办发〔2025〕9号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for ln in ("国务院自由贸易试验区工作部际联席会议",
               "办公室关于印发自由贸易试验区第八批",
               "改革试点经验复制推广清单的通知"):
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各省、自治区、直辖市及新疆生产建设兵团自由贸易试验区工作领导小组办公室，"
                 "联席会议各成员单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("建设自由贸易试验区是党中央、国务院在新时代推进改革开放的重要战略举措。2025年以来，"
         "各自由贸易试验区（以下简称自贸试验区）坚持以制度创新为核心，形成了一批新的改革试点经验。"
         "经国务院同意，现将《自由贸易试验区第八批改革试点经验复制推广清单》（以下简称《清单》）"
         "印发给你们，并就有关事项通知如下：")
    head("一、复制推广的主要内容")
    body("《清单》共列入改革试点经验12项，其中投资管理领域3项、贸易便利化领域4项、"
         "金融服务领域2项、事中事后监管领域3项。除《清单》另有标注外，上述改革事项在全国范围内复制推广。")
    head("二、工作要求")
    runin("（一）高度重视，加强组织领导。",
          "各地区要将复制推广工作作为推进高水平对外开放的重要举措，结合本地区实际，制定具体工作方案，"
          "明确责任分工和时间进度，于2026年3月31日前将工作方案报送联席会议办公室。")
    runin("（二）加强协同，抓好推进落实。",
          "联席会议各成员单位要按照《清单》明确的负责单位，加强对本系统复制推广工作的指导和督促；"
          "涉及信息系统改造的，要在2026年6月30日前完成。")
    runin("（三）做好跟踪评估。",
          "复制推广中遇到的困难和问题，请及时报告联席会议办公室（商务部自由贸易试验区港建设协调司）。")
    empty(doc, 1)
    p = add_par(doc, "附件：自由贸易试验区第八批改革试点经验复制推广清单")
    empty(doc, 1)
    p = add_par(doc, "国务院自由贸易试验区工作部际联席会议办公室", indent=False,
                align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(32)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, "2025年12月1日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(96)
    add_par(doc, "（此件公开发布）")

    # ---- 附件 on its own page
    add_par(doc, [("附件", HT, 16, False)], indent=False).paragraph_format.page_break_before = True
    empty(doc, 1)
    p = add_par(doc, [("自由贸易试验区第八批改革试点经验", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("复制推广清单"), XBS, 22)
    empty(doc, 1, line=14)

    header = ["序号", "改革事项", "主要内容", "负责单位", "推广范围"]
    sections = [
        ("一、投资管理领域（3项）", [
            ["外商投资企业“一照多址”备案改革",
             "外商投资企业在同一登记机关管辖区域内增设经营场所的，可申请在营业执照上加载新增经营场所地址，"
             "免于办理分支机构登记，并同步完成外商投资信息报告。",
             "市场监管总局、商务部", "全国"],
            ["工程建设项目“用地清单制”改革",
             "在土地供应前，由自然资源部门统筹组织开展地质灾害、压覆矿产、文物考古、水土保持等区域评估，"
             "形成用地清单一并交付用地单位，项目后续审批不再重复评估。",
             "自然资源部、住房城乡建设部", "全国"],
            ["境外职业资格证书认可清单",
             "梳理发布境外职业资格认可清单，取得清单内境外职业资格的专业人才，经备案后可在自贸试验区内"
             "按规定提供专业服务，其境外从业经历可视同境内从业经历。",
             "人力资源社会保障部", "自贸试验区"],
        ]),
        ("二、贸易便利化领域（4项）", [
            ["中欧班列“铁路快通”进出境监管模式",
             "对经铁路口岸进出境的中欧班列货物，海关依托铁路舱单电子数据实施监管，企业无需办理转关手续，"
             "货物在内陆站场与口岸站之间“一次申报、一次查验、一次放行”。",
             "海关总署、国铁集团", "全国"],
            ["进口冰鲜水产品“预检验+即时放行”模式",
             "对来自风险较低国家（地区）的进口冰鲜水产品，海关在货物抵港前完成单证审核和预检验，"
             "货物抵港后符合要求的即时放行，对需实验室检测的实施“先放后检”。",
             "海关总署", "全国"],
            ["跨境电商零售进口退货中心仓模式",
             "允许跨境电商企业境内代理人在海关特殊监管区域内设立退货中心仓，将退货商品的分拣、理货、"
             "查验等环节前置至区内完成，缩短退货时限。",
             "海关总署", "海关特殊监管区域"],
            ["国际航行船舶联合登临检查",
             "海关、海事、边检等部门对国际航行船舶实施联合登临检查，统一申报入口、统一检查时间，"
             "一次检查、结果互认，船舶在港停泊时间平均缩短6小时以上。",
             "海关总署、交通运输部、国家移民管理局", "全国"],
        ]),
        ("三、金融服务领域（2项）", [
            ["跨境贸易投资高水平开放外汇管理便利化",
             "对符合条件的优质企业，银行可凭企业收付款指令直接办理经常项目外汇收支和资本项目收入支付，"
             "无需事前逐笔审核贸易背景材料。",
             "国家外汇局", "全国"],
            ["知识产权证券化融资模式",
             "以企业知识产权未来许可使用费收益为基础资产，通过资产支持专项计划等方式在交易所发行"
             "证券化产品，拓宽科技型中小企业融资渠道。",
             "证监会、国家知识产权局", "全国"],
        ]),
        ("四、事中事后监管领域（3项）", [
            ["市场主体信用风险分类“一企一码”监管",
             "依托全国信用信息共享平台，为市场主体生成信用风险分类监管码，将信用等级与“双随机、一公开”"
             "抽查比例和频次挂钩，对低风险主体“无事不扰”。",
             "市场监管总局、国家发展改革委", "全国"],
            ["保税维修企业周期核销监管",
             "对信用状况良好的保税维修企业，海关实施以企业为单元的周期核销，不再按单证逐笔核销，"
             "企业自主核报、自主补缴税款。",
             "海关总署", "自贸试验区"],
            ["涉外商事纠纷“一站式”多元化解机制",
             "整合国际商事法庭、商事仲裁、商事调解等资源，建立诉讼与仲裁、调解有机衔接的纠纷解决平台，"
             "为中外当事人提供“一站式”法律服务。",
             "最高人民法院、司法部", "自贸试验区"],
        ]),
    ]
    list_table(doc, header, sections, clauses, [1.2, 3.0, 6.9, 2.5, 2.0], line=14)
    n1 = "注：1．推广范围为“全国”的，在全国范围内复制推广；为“自贸试验区”的，在各自贸试验区复制推广。"
    n2 = "2．负责单位中排列在首位的为牵头单位。"
    add_par(doc, [(n1, FS, 12, False)], indent=False, line=20, before=6)
    add_par(doc, [("\u3000\u3000" + n2, FS, 12, False)], indent=False, line=20)
    clauses += [n1, n2]
    banji(doc, "抄送：国务院办公厅，各自由贸易试验区管理机构。",
          "商务部办公厅", "2025年12月3日印发", gap=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "国务院自由贸易试验区工作部际联席会议办公室关于印发自由贸易试验区第八批改革试点经验复制推广清单的通知",
            "doc_number": "自贸办发〔2025〕9号",
            "issuer": ["国务院自由贸易试验区工作部际联席会议办公室"],
            "date": "2025-12-01",
            "published": None,
            "level": "ministry",
            "region": None,
            "effective": None,
            "expires": None,
            "attachments": ["自由贸易试验区第八批改革试点经验复制推广清单"],
            "doc_type": "通知",
            "recipients": ["各省、自治区、直辖市及新疆生产建设兵团自由贸易试验区工作领导小组办公室",
                           "联席会议各成员单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ====================================================================== B
def doc_b():
    """广西壮族自治区商务厅 — 第六批自治区级制度创新成果, 续表 typed by hand."""
    stem = "blind1027_guangxi_liupi"
    doc = Document()
    setup(doc, "oddeven")
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("广西壮族自治区商务厅文件", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=18)
    empty(doc, 1)
    p = add_par(doc, "桂商自贸发〔2026〕5号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for ln in ("广西壮族自治区商务厅关于印发中国（广西）",
               "自由贸易试验区第六批自治区级制度创新成果",
               "复制推广清单的通知"):
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各设区市商务局，自治区自由贸易试验区工作领导小组各成员单位，"
                 "中国（广西）自由贸易试验区南宁、钦州港、崇左片区管委会：", indent=False)

    # indentation typed with full-width spaces
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)],
                indent=False)

    body("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，加快推进面向东盟的"
         "高水平开放合作，经自治区人民政府同意，现将中国（广西）自由贸易试验区第六批自治区级制度创新成果"
         "复制推广清单印发给你们，请结合实际认真抓好复制推广工作。")
    runin("一、明确复制推广范围。",
          "本批制度创新成果共8项，其中投资贸易便利化领域3项、面向东盟开放合作领域3项、金融创新领域2项。"
          "清单中推广范围为“全区”的，在全区范围内复制推广；推广范围为“沿边地区”的，在百色、崇左、"
          "防城港3市复制推广；推广范围为“综合保税区”的，在全区综合保税区复制推广。")
    runin("二、压实工作责任。",
          "各设区市商务局要会同有关部门，对照清单逐项明确牵头单位、完成时限，于2026年4月30日前将"
          "复制推广工作方案报送自治区商务厅（自治区自贸办）。自治区各有关部门要加强对本系统的业务指导，"
          "及时解决复制推广中遇到的政策、系统和操作问题。")
    runin("三、加强宣传培训。",
          "各地各部门要通过专题培训、政策解读等方式，帮助基层工作人员和企业准确掌握改革事项的操作流程。")
    runin("四、做好总结评估。",
          "各设区市商务局要于2026年11月30日前将复制推广工作总结（含典型案例、存在问题和意见建议）报送"
          "自治区商务厅（自治区自贸办）。自治区商务厅将会同有关部门对复制推广情况进行评估，并将评估结果"
          "纳入自贸试验区建设考核内容。")
    # 附件 line with hanging indent typed by hand: second line aligned with spaces
    p = doc.add_paragraph()
    font(p.add_run(IND + "附件：中国（广西）自由贸易试验区第六批自治区级"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000" * 5 + "制度创新成果复制推广清单"), FS, 16)
    fmt(p, indent=False)
    empty(doc, 1)
    # 落款 pushed right with typed full-width spaces
    add_par(doc, "\u3000" * 14 + "广西壮族自治区商务厅", indent=False)
    add_par(doc, "\u3000" * 15 + "二〇二六年三月十六日", indent=False)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    # ---- 附件
    add_par(doc, [("附件", HT, 16, False)], indent=False).paragraph_format.page_break_before = True
    empty(doc, 1, line=20)
    add_par(doc, [("中国（广西）自由贸易试验区第六批自治区级", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    add_par(doc, [("制度创新成果复制推广清单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=14)
    header = ["序号", "改革事项", "主要内容", "负责单位", "推广范围"]
    cms = [1.2, 3.1, 6.6, 2.7, 2.0]
    part1 = [
        ("一、投资贸易便利化领域（3项）", [
            ["边民互市贸易“集中申报、分批验放”模式",
             "边民互市商品以互助组为单位集中申报，海关依托边民互市贸易管理系统对互市商品实施分批查验、"
             "分批放行，边民通过手机“刷脸”确认交易，实现互市贸易全流程电子化。",
             "南宁海关、自治区商务厅", "沿边地区"],
            ["中越跨境货车“直通车”模式",
             "中越双方指定运输企业的跨境货车凭国际道路运输行车许可证直接往返两国指定站场，货物途中无需"
             "倒装换车，单车通关时间由平均4小时压缩至1.5小时。",
             "自治区交通运输厅、南宁海关", "沿边地区"],
            ["外商投资项目“拿地即开工”",
             "对外商投资工业项目推行“预审批+承诺制”，在土地出让前完成规划设计方案审查、施工图审查等"
             "前期工作，企业取得不动产权证后即可申领施工许可证开工建设。",
             "自治区自然资源厅、自治区住房城乡建设厅", "全区"],
        ]),
        ("二、面向东盟开放合作领域（3项）", [
            ["中国—东盟跨境数据“白名单”流动机制",
             "聚焦跨境电商、跨境物流、跨境金融等重点领域，制定数据出境白名单，名单内数据出境免于申报"
             "安全评估、订立标准合同，为面向东盟的数字贸易企业提供便利。",
             "自治区党委网信办、自治区商务厅", "全区"],
            ["东盟国家留学生“实习签证”便利化",
             "在桂高校东盟国家留学生经学校同意并报出入境管理部门备案后，可在区内企业开展短期实习，"
             "实习期间居留许可加注“实习”字样，无需另行办理工作许可。",
             "自治区公安厅、自治区教育厅", "全区"],
        ]),
    ]
    part2_first = [
        ["西部陆海新通道“海铁联运一单制”",
         "以钦州港为枢纽，由多式联运经营人签发海铁联运全程提单，货物在钦州港“铁路—海运”转运时无需换单，"
         "提单可作为物权凭证向银行申请融资。",
         "自治区交通运输厅、北部湾港集团", "全区"],
    ]
    part2_sections = [
        ("三、金融创新领域（2项）", [
            ["跨境人民币结算“边贸通”服务",
             "银行为边民互市贸易落地加工企业提供人民币跨境结算专项服务，依托边民互市贸易结算系统实现交易、"
             "申报、结算数据自动比对，结算时间由1天缩短至10分钟以内。",
             "人民银行广西壮族自治区分行", "沿边地区"],
            ["综保区企业“保税仓单质押融资”",
             "依托海关特殊监管区域仓储管理系统生成电子仓单，银行可实时核验保税货物权属和状态，为区内企业"
             "提供仓单质押融资，质押期间货物可正常办理进出区手续。",
             "人民银行广西壮族自治区分行、南宁海关", "综合保税区"],
        ]),
    ]
    # first table: no repeat header (clerk splits by hand); 序号 restarts per section
    list_table(doc, header, part1, clauses, cms, numbering="restart", repeat=False)
    add_par(doc, [("续表", HT, 14, False)], indent=False, line=24) \
        .paragraph_format.page_break_before = True
    # continuation table: header typed again; first row continues section 二 (序号 3)
    n_rows = 1 + len(part2_first) + sum(1 + len(r) for _, r in part2_sections)
    t = doc.add_table(rows=n_rows, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 10.5, line=16)
    ri = 1
    for seq, vals in enumerate(part2_first, 3):
        vals = [str(seq)] + vals
        for ci, v in enumerate(vals):
            al = WD_ALIGN_PARAGRAPH.JUSTIFY if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=al, line=15)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(header, vals)))
        ri += 1
    for title, rows in part2_sections:
        m = t.rows[ri].cells[0].merge(t.rows[ri].cells[4])
        set_cell(m, title, HT, 12, align=WD_ALIGN_PARAGRAPH.LEFT, line=18)
        ri += 1
        for seq, vals in enumerate(rows, 1):
            vals = [str(seq)] + vals
            for ci, v in enumerate(vals):
                al = WD_ALIGN_PARAGRAPH.JUSTIFY if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER
                set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=al, line=15)
            clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(header, vals)))
            ri += 1
    widths(t, cms)
    note = "说明：负责单位中排在第一位的为牵头单位，其他为配合单位。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)
    banji(doc, "抄送：商务部自贸区港司，自治区人民政府办公厅。",
          "广西壮族自治区商务厅办公室", "2026年3月17日印发", gap=2)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "广西壮族自治区商务厅关于印发中国（广西）自由贸易试验区第六批自治区级制度创新成果复制推广清单的通知",
            "doc_number": "桂商自贸发〔2026〕5号",
            "issuer": ["广西壮族自治区商务厅"],
            "date": "2026-03-16",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": ["中国（广西）自由贸易试验区第六批自治区级制度创新成果复制推广清单"],
            "doc_type": "通知",
            "recipients": ["各设区市商务局", "自治区自由贸易试验区工作领导小组各成员单位",
                           "中国（广西）自由贸易试验区南宁、钦州港、崇左片区管委会"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ====================================================================== C
def doc_c():
    """商务部 海关总署 国家外汇管理局 joint notice; landscape attachment with a
    two-level header (负责单位／牵头单位, 配合单位) repeated on every page."""
    stem = "blind1027_sanbu_yidaiyilu"
    doc = Document()
    setup(doc, "dash")
    clauses = []

    # joint 版头: three organs stacked, 文件 on the right
    t = doc.add_table(rows=3, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, org in enumerate(("商务部", "海关总署", "国家外汇管理局")):
        set_cell(t.cell(i, 0), org, XBS, 26, color=RED,
                 align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=34)
    m = t.cell(0, 1).merge(t.cell(2, 1))
    set_cell(m, "文件", XBS, 48, color=RED, line=60)
    widths(t, [10.0, 4.0])
    empty(doc, 1)
    p = add_par(doc, "商自贸发〔2026〕96号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for ln in ("商务部 海关总署 国家外汇管理局",
               "关于复制推广共建“一带一路”贸易投资便利化",
               "第二批试点经验的通知"):
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    # 主送 with a manual line break in the middle
    p = doc.add_paragraph()
    font(p.add_run("各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门，各直属海关，"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("国家外汇管理局各省、自治区、直辖市、计划单列市分局："), FS, 16)
    fmt(p, indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    # half-width comma typed inside a full-width sentence
    body("为贯彻落实推动共建“一带一路”高质量发展的决策部署,2024年以来，商务部、"
         "海关总署、国家外汇管理局在部分地区开展了共建“一带一路”"
         "贸易投资便利化试点，形成了第二批试点经验。经国务院同意，"
         "现就复制推广有关事项通知如下：")
    head("一、复制推广内容")
    body("第二批试点经验共9项（详见附件），其中跨境贸易领域4项、跨境投资领域2项、跨境金融领域3项。"
         "各地区要对照清单，按照推广范围抓紧复制推广。")
    head("二、有关要求")
    runin("（一）加强组织实施。",
          "各省级商务主管部门要会同当地海关、外汇管理部门，建立复制推广工作协调机制，细化工作措施，"
          "确保各项试点经验落地见效。")
    runin("（二）强化部门协同。",
          "各直属海关、国家外汇管理局各分局要加强业务指导，及时完善作业流程和信息系统。")
    runin("（三）及时报送情况。",
          "复制推广中遇到的重大问题，请及时报告商务部（自贸区港司）、海关总署、国家外汇管理局。")
    body("本通知自2026年7月1日起施行，有效期至2028年6月30日。")
    empty(doc, 1)
    add_par(doc, "附件：共建“一带一路”贸易投资便利化第二批试点经验复制推广清单")
    empty(doc, 1)
    # joint 落款 aligned with tab stops
    p = add_par(doc, [("商务部\t海关总署\t国家外汇管理局", FS, 16, False)], indent=False)
    pf = p.paragraph_format
    pf.tab_stops.add_tab_stop(Cm(5.6), 1)
    pf.tab_stops.add_tab_stop(Cm(12.6), 1)
    pf.left_indent = Pt(16)
    add_par(doc, [("\t2026年5月20日", FS, 16, False)], indent=False).paragraph_format \
        .tab_stops.add_tab_stop(Cm(14.8), 2)
    # 版记 printed before the attachment (common in practice)
    banji(doc, "抄送：国务院办公厅，国家发展改革委、人民银行。",
          "商务部办公厅", "2026年5月22日印发", gap=1)

    # ---- landscape section for the attachment
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    # move the section break into the last 版记 paragraph (no empty paragraph)
    body_el = doc.element.body
    paras = body_el.findall(qn("w:p"))
    brk_p, prev_p = paras[-1], paras[-2]
    sect = brk_p.pPr.find(qn("w:sectPr"))
    prev_p.get_or_add_pPr().append(sect)
    body_el.remove(brk_p)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.6)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("共建“一带一路”贸易投资便利化第二批试点经验复制推广清单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=8)

    def hdr(t):
        top = ["序号", "改革事项", "主要内容", "负责单位", None, "推广范围"]
        for ci in (0, 1, 2, 5):
            m = t.cell(0, ci).merge(t.cell(1, ci))
            set_cell(m, top[ci], HT, 10.5, line=16)
        m = t.cell(0, 3).merge(t.cell(0, 4))
        set_cell(m, "负责单位", HT, 10.5, line=16)
        set_cell(t.cell(1, 3), "牵头单位", HT, 10.5, line=16)
        set_cell(t.cell(1, 4), "配合单位", HT, 10.5, line=16)

    keys = ["序号", "改革事项", "主要内容", "负责单位／牵头单位", "负责单位／配合单位", "推广范围"]
    sections = [
        ("一、跨境贸易领域（4项）", [
            ["中欧班列“运贸一体化”单证服务",
             "由班列平台公司签发多式联运提单，整合运输、报关、结算单证，实现“一次委托、一单到底、一次结算”，"
             "提单可用于信用证结算和贸易融资。",
             "商务部", "海关总署、国铁集团", "全国"],
            ["“两国双园”进出口货物“一次查验、结果互认”",
             "对中国—印度尼西亚“两国双园”等合作园区之间往来货物，中方海关与合作国海关互认查验结果，"
             "货物在一方查验后另一方原则上不再重复查验。",
             "海关总署", "商务部", "相关自贸试验区、综合保税区"],
            ["出口货物“抵港直装”和进口货物“船边直提”",
             "对信用良好企业的出口货物，可在运抵港区后直接装船，进口货物在船舶靠泊后可直接提离，"
             "减少港区堆存环节。",
             "海关总署", "交通运输部", "全国沿海、沿江港口"],
            ["跨境电商B2B出口“清单申报、汇总统计”",
             "对单票货值5000元人民币以下且不涉证、不涉检、不涉税的跨境电商B2B出口货物，企业可通过"
             "跨境电商出口统一版系统以清单方式申报，海关按月汇总统计。",
             "海关总署", "商务部、国家外汇局", "全国"],
        ]),
        ("二、跨境投资领域（2项）", [
            ["境外投资备案“全程网办、多证合一”",
             "企业通过商务部业务系统统一平台一次填报境外投资备案信息，商务、发展改革、外汇管理部门共享"
             "备案数据，实现境外投资备案和外汇登记“一表申报、并联办理”。",
             "商务部", "国家发展改革委、国家外汇局", "全国"],
            ["境外经贸合作区企业“走出去”综合服务",
             "依托境外经贸合作区建立企业服务中心，为入区企业提供投资咨询、法律合规、用工招聘、通关物流等"
             "“一站式”服务，建立境外安全风险预警和应急处置联动机制。",
             "商务部", "外交部、国家外汇局", "全国"],
        ]),
        ("三、跨境金融领域（3项）", [
            ["贸易外汇收支便利化“白名单”扩围",
             "将参与共建“一带一路”贸易的中小微企业纳入贸易外汇收支便利化试点，银行可凭企业提交的收付款"
             "指令直接办理货物贸易外汇收支，审单时间平均压缩80%。",
             "国家外汇局", "商务部", "全国"],
            ["跨境人民币“首办户”拓展机制",
             "银行与商务主管部门共享外贸企业名录，为首次办理跨境人民币结算的企业提供“一对一”辅导和"
             "结算费用优惠，扩大人民币在共建“一带一路”国家贸易中的使用。",
             "人民银行", "商务部、国家外汇局", "全国"],
            ["出口信用保险保单融资“线上直连”",
             "出口信用保险机构与银行系统直连，企业投保后保单信息自动推送至合作银行，银行依据保单和"
             "应收账款数据在线审批发放贷款。",
             "商务部", "国家金融监督管理总局", "全国"],
        ]),
    ]
    list_table(doc, None, sections, clauses, [1.4, 4.6, 10.0, 2.6, 3.6, 2.5],
               header_rows=hdr, keys=keys, size=12)
    note = "注：推广范围为“全国”的，在全国范围内复制推广；其他事项在所列范围内复制推广。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "商务部 海关总署 国家外汇管理局关于复制推广共建“一带一路”贸易投资便利化第二批试点经验的通知",
            "doc_number": "商自贸发〔2026〕96号",
            "issuer": ["商务部", "海关总署", "国家外汇管理局"],
            "date": "2026-05-20",
            "published": None,
            "level": "ministry",
            "region": None,
            "effective": "2026-07-01",
            "expires": "2028-06-30",
            "attachments": ["共建“一带一路”贸易投资便利化第二批试点经验复制推广清单"],
            "doc_type": "通知",
            "recipients": ["各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门",
                           "各直属海关",
                           "国家外汇管理局各省、自治区、直辖市、计划单列市分局"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_a(), doc_b(), doc_c()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
