# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 821: 省级RCEP实施行动方案 / 重点任务表 / 印发通知 -- Word + PDF + expected.json."""
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
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
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
    """runs: str or list of (text, font, size, bold[, color])."""
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
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def field_runs(par, instr, name=SONG, size=14):
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(par.add_run("1"), name, size)
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, start_page=None, header_runs=None):
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
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    field_runs(fp, "PAGE")
    font(fp.add_run(" —"), SONG, 14)
    if start_page is not None:
        sectpr = s._sectPr
        sectpr.append(parse_xml('<w:pgNumType %s w:start="%d"/>' % (nsdecls("w"), start_page)))
    if header_runs:
        s.header_distance = Cm(1.8)
        hp = s.header.paragraphs[0]
        for text, name, size in header_runs:
            font(hp.add_run(text), name, size)
        border(hp, "bottom", "000000", 6, 2)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def widths(table, cms):
    table.autofit = False
    for i, gc in enumerate(table._tbl.tblGrid.gridCol_lst):
        gc.w = Cm(cms[i])
    tblpr = table._tbl.tblPr
    if tblpr.find(qn("w:tblLayout")) is None:
        tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            c.width = Cm(cms[i])


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


def banji(doc, cc, printer, date_txt, size=14, blanks=2):
    empty(doc, blanks)
    p = add_par(doc, [(cc, FS, size, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, size, False), ("\t", FS, size, False),
                       (date_txt, FS, size, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_821", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
def doc_guangxi():
    """广西壮族自治区人民政府办公厅 印发通知 + 行动方案（方案正文内含跨页重点任务分工表）."""
    stem = "blind821_guangxi_fangan"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("广西壮族自治区人民政府办公厅文件", XBS, 26, False, RED)],
            align=C, indent=False, line=50, before=6, after=18)
    p = add_par(doc, "桂政办发〔2025〕41号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three separate paragraphs, broken at an odd place
    for t in ("广西壮族自治区人民政府办公厅关于印发",
              "广西高质量实施《区域全面经济伙伴关系",
              "协定》行动方案（2025—2027年）的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各市、县人民政府，自治区人民政府各组成部门、各直属机构：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("现将《广西高质量实施〈区域全面经济伙伴关系协定〉行动方案（2025—2027年）》印发给你们，请认真组织实施。")
    body("各地、各部门要把高质量实施RCEP作为推动我区更高水平对外开放、建设面向东盟的国际大通道和中国—东盟开放合作高地的重要抓手，结合实际细化工作举措，确保各项任务落地见效。实施中遇到的重大问题，请及时向自治区商务厅报告。")
    empty(doc, 1)
    # 落款 pushed to the right with typed spaces
    add_par(doc, " " * 28 + "广西壮族自治区人民政府办公厅", indent=False)
    add_par(doc, " " * 36 + "2025年11月20日", indent=False)
    add_par(doc, "（此件公开发布）")

    p = add_par(doc, [("广西高质量实施《区域全面经济伙伴", XBS, 22, False)],
                align=C, indent=False, line=34)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("关系协定》行动方案（2025—2027年）", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hfont=KT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hfont, 16, bold), (t, FS, 16, False)])

    body("为深入贯彻落实党中央、国务院关于高质量实施《区域全面经济伙伴关系协定》（以下简称RCEP）的决策部署，充分发挥广西与东盟陆海相邻的独特优势，制定本方案。")
    head("一、总体要求")
    body("以习近平新时代中国特色社会主义思想为指导，立足中国（广西）自由贸易试验区、中国—东盟博览会、西部陆海新通道等开放平台，以规则对接、产业协同、通道提升为重点，全面提高RCEP综合利用水平，服务和融入共建“一带一路”。")
    runin("二、主要目标。", "到2027年，全区对RCEP其他成员国进出口额突破5000亿元，年均增长8%以上；RCEP项下享惠进出口货值年均增长15%以上，原产地证书签发量保持全国前列；培育RCEP企业服务中心10个、跨境产业链合作项目30个以上。", HT)
    head("三、重点任务")
    body("明确5项重点任务、11条具体措施，任务分工如下：")
    add_par(doc, [("广西高质量实施RCEP重点任务分工表", HT, 14, False)], align=C, indent=False,
            line=24, before=6, after=4)

    header = ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"]
    groups = [
        ("提升货物贸易享惠水平", [
            ("用好RCEP关税减让安排，编制重点产品关税减让对照表，按年度更新发布，指导企业选择最优享惠方案。",
             "自治区商务厅", "南宁海关、自治区贸促会", "2026年6月底前"),
            ("全面推行原产地证书智能审核和自助打印，扩大经核准出口商认定范围，力争经核准出口商数量年均增长20%。",
             "南宁海关", "自治区贸促会、自治区商务厅", "持续推进"),
            ("落实RCEP易腐货物和快件“6小时通关”要求，优化东盟水果、冰鲜水产品通关流程，完善凭祥、东兴等口岸查验设施。",
             "南宁海关", "自治区口岸办、自治区农业农村厅", "2026年12月底前"),
        ]),
        ("扩大服务贸易和双向投资", [
            ("对接RCEP服务贸易开放承诺，在跨境金融、数字贸易、专业服务等领域先行先试，争取一批制度创新成果在全国复制推广。",
             "自治区商务厅", "自治区党委金融办、中国人民银行广西壮族自治区分行", "2027年12月底前"),
            ("建立RCEP成员国重点招商项目库，每年举办中国—东盟（RCEP）产业合作对接会不少于2场，引进一批产业链关键环节项目。",
             "自治区投资促进局", "各设区市人民政府", "每年12月底前"),
        ]),
        ("提升国际通道能级", [
            ("加快西部陆海新通道骨干工程建设，推动北部湾港至RCEP成员国集装箱航线加密至80条以上。",
             "自治区交通运输厅", "自治区发展改革委、北部湾国际港务集团", "2027年12月底前"),
            ("拓展中越跨境班列和跨境公路运输线路，推进友谊关、东兴口岸智慧口岸建设，提升通关效率。",
             "自治区口岸办", "南宁海关、崇左市人民政府、防城港市人民政府", "2026年12月底前"),
        ]),
        ("深化跨境产业链合作", [
            ("依托中国—印尼“两国双园”、中马钦州产业园区，打造电子信息、新能源汽车、绿色化工等跨境产业链。",
             "自治区工业和信息化厅", "自治区商务厅、钦州市人民政府", "2027年12月底前"),
            ("支持边境经济合作区、跨境经济合作区发展加工贸易，推动边民互市贸易进口商品落地加工。",
             "自治区商务厅", "自治区发展改革委、南宁海关、沿边各市人民政府", "持续推进"),
        ]),
        ("强化公共服务和风险防范", [
            ("建设广西RCEP企业服务中心和“一站式”公共服务平台，开展RCEP规则“进园区、进企业”培训每年不少于50场。",
             "自治区贸促会", "自治区商务厅、南宁海关", "每年12月底前"),
            ("建立贸易救济和贸易摩擦预警机制，加强对重点敏感产品进口监测，指导企业依法开展应对。",
             "自治区商务厅", "自治区农业农村厅、自治区工业和信息化厅", "持续推进"),
        ]),
    ]
    nrows = sum(len(g[1]) for g in groups)
    t = doc.add_table(rows=1 + nrows, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cms = [1.0, 1.9, 5.9, 2.2, 2.6, 2.0]
    widths(t, cms)
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 10.5, line=16)
    repeat_header(t.rows[0])
    r = 1
    seq = 0
    for task, items in groups:
        first = r
        for (m, lead, co, due) in items:
            seq += 1
            row = t.rows[r]
            set_cell(row.cells[0], str(seq), FS, 10.5, line=16)
            set_cell(row.cells[2], m, FS, 10.5, align=L, line=16)
            set_cell(row.cells[3], lead, FS, 10.5, line=16)
            set_cell(row.cells[4], co, FS, 10.5, line=16)
            set_cell(row.cells[5], due, FS, 10.5, line=16)
            clauses.append(row_clause(header, [str(seq), task, m, lead, co, due]))
            r += 1
        mc = t.cell(first, 1)
        if r - 1 > first:
            mc = mc.merge(t.cell(r - 1, 1))
        set_cell(mc, task, FS, 10.5, line=16)
    widths(t, cms)
    body_note = "注：完成时限为“持续推进”的任务，牵头单位应于每年12月底前报送年度进展情况。"
    clauses.append(body_note)
    add_par(doc, [(body_note, FS, 10.5, False)], indent=False, line=18, before=4)

    head("四、保障措施")
    runin("（一）加强组织领导。", "自治区高质量实施RCEP工作领导小组统筹推进方案实施，领导小组办公室设在自治区商务厅，负责日常协调、督促检查和跟踪评估。")
    runin("（二）强化政策支持。", "统筹用好自治区外经贸发展专项资金，对RCEP公共服务平台建设、企业享惠培训等给予支持；鼓励金融机构开发RCEP项下汇率避险、跨境融资等产品。")
    runin("（三）做好督促评估。", "各牵头单位要于每年6月底、12月底前将任务进展情况报送自治区商务厅，自治区商务厅汇总后报自治区人民政府。")
    body("本方案自2025年12月1日起实施，有效期至2027年12月31日。")

    banji(doc, "抄送：自治区党委各部门，自治区人大常委会办公厅，自治区政协办公厅，南宁海关。",
          "广西壮族自治区人民政府办公厅", "2025年11月20日印发", blanks=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "广西壮族自治区人民政府办公厅关于印发广西高质量实施《区域全面经济伙伴关系协定》行动方案（2025—2027年）的通知",
            "doc_number": "桂政办发〔2025〕41号",
            "issuer": ["广西壮族自治区人民政府办公厅"],
            "date": "2025-11-20",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": "2025-12-01",
            "expires": "2027-12-31",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各市、县人民政府", "自治区人民政府各组成部门、各直属机构"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_yunnan():
    """云南省商务厅等4部门联合印发通知 + 附件重点任务清单（横排，手工续表）."""
    stem = "blind821_yunnan_qingdan"
    doc = Document()
    setup(doc)
    clauses = []
    organs = ["云南省商务厅", "云南省发展和改革委员会", "云南省财政厅", "昆明海关"]

    # joint 版头: layout table, organ names stacked left, 文件 on the right
    t = doc.add_table(rows=4, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [11.6, 4.0])
    for i, o in enumerate(organs):
        set_cell(t.rows[i].cells[0], o, XBS, 20, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
                 line=26, color=RED)
    wc = t.cell(0, 1).merge(t.cell(3, 1))
    set_cell(wc, "文件", XBS, 44, line=60, color=RED)
    empty(doc, 1, line=14)
    p = add_par(doc, "云商联发〔2026〕3号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph, soft line break at an odd place
    p = doc.add_paragraph()
    font(p.add_run("云南省商务厅等4部门关于印发2026年"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("云南省RCEP实施重点任务清单的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各州（市）商务局、发展改革委、财政局，昆明海关各隶属海关，中国（云南）自由贸易试验区各片区管委会：", indent=False)

    # body indented with typed full-width spaces (no first-line indent)
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND + h, HT, 16, False), (t, FS, 16, False)], indent=False)

    body("为深入贯彻落实《云南省高质量实施区域全面经济伙伴关系协定(RCEP)行动方案（2025—2027年）》，进一步提升RCEP规则综合利用水平，助力面向南亚东南亚辐射中心建设，省商务厅、省发展改革委、省财政厅、昆明海关研究制定了《2026年云南省RCEP实施重点任务清单》，现印发给你们，并就有关事项通知如下：")
    runin("一、提高思想认识。", "各地各部门要充分认识高质量实施RCEP对我省扩大开放、稳定外贸外资的重要意义，把RCEP实施工作纳入年度重点工作统筹推进。")
    runin("二、压实工作责任。", "各牵头单位要对照重点任务清单，逐项制定推进计划，明确责任处室和责任人；各配合单位要主动对接、密切协作，形成工作合力。各州（市）要结合本地产业特点，于2026年3月31日前制定本地区工作要点。")
    runin("三、加强调度报送。", "建立重点任务季度调度机制，请各牵头单位于每季度结束后10个工作日内，将任务进展情况书面报送省商务厅（自由贸易试验区和RCEP实施处）。有关要求如下：")
    # two numbered items typed in one paragraph separated by Shift+Enter
    i1 = "1．报送内容要数据准确、重点突出，避免简单罗列工作过程。"
    i2 = "2．对推进滞后的任务，要说明原因并提出整改措施。"
    p = doc.add_paragraph()
    font(p.add_run(IND + i1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + i2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([i1, i2])
    body("联系人：赵文博，联系电话：0871-63218657。")
    empty(doc, 1)
    add_par(doc, IND + "附件：2026年云南省RCEP实施重点任务清单", indent=False)
    empty(doc, 1)
    # 落款: four organs in a borderless 2x2 layout table, date in Chinese numerals
    lt = doc.add_table(rows=2, cols=2)
    no_borders(lt)
    lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(lt, [7.8, 7.8])
    set_cell(lt.cell(0, 0), "云南省商务厅", FS, 16, line=28)
    set_cell(lt.cell(0, 1), "云南省发展和改革委员会", FS, 16, line=28)
    set_cell(lt.cell(1, 0), "云南省财政厅", FS, 16, line=28)
    set_cell(lt.cell(1, 1), "昆明海关", FS, 16, line=28)
    empty(doc, 1)
    p = add_par(doc, "二〇二六年二月十二日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件主动公开）")

    # ---- attachment in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.4)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    sec.footer_distance = Cm(1.4)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("2026年云南省RCEP实施重点任务清单", XBS, 20, False)], align=C, indent=False,
            line=30, after=6)

    header = ["序号", "任务", "具体措施", "牵头单位", "配合单位", "完成时限"]
    rows = [
        ["1", "扩大RCEP项下农产品出口",
         "支持高原特色农产品企业开拓日本、韩国、东盟市场，推动咖啡、鲜花、茶叶、蔬菜等产品用足RCEP关税减让，全年农产品出口额增长10%以上。",
         "省商务厅", "省农业农村厅、昆明海关", "全年"],
        ["2", "提升原产地证书签证便利度",
         "推广RCEP原产地证书“智能审核+自助打印”，全面实施原产地声明制度，新增经核准出口商30家以上。",
         "昆明海关", "省贸促会", "2026年9月底前"],
        ["3", "优化口岸通关环境",
         "推进磨憨、瑞丽、河口口岸智慧口岸建设，对RCEP项下易腐货物实施“6小时通关”，进一步压缩整体通关时间。",
         "省口岸办", "昆明海关、相关州（市）人民政府", "2026年12月底前"],
        ["4", "发挥中老铁路通道作用",
         "推动中老铁路与西部陆海新通道、中欧班列联动发展，开行“中老铁路+”跨境货运班列，全年运输RCEP项下货物500万吨以上。",
         "省发展改革委", "省商务厅、中国铁路昆明局集团有限公司", "全年"],
        ["5", "推进跨境产业链供应链合作",
         "依托中国（云南）自由贸易试验区和边境（跨境）经济合作区，发展进口资源落地加工，打造面向RCEP成员国的绿色铝、光伏、新能源电池等产业链。",
         "省工业和信息化厅", "省商务厅、省发展改革委", "2026年12月底前"],
        ["6", "扩大RCEP成员国双向投资",
         "举办南亚东南亚国家商品展暨投资贸易洽谈会RCEP专场活动，引进RCEP成员国投资项目20个以上；支持企业在老挝、泰国、越南等国建设境外经贸合作区。",
         "省投资促进局", "省商务厅、省外办", "2026年11月底前"],
        ["7", "推动服务贸易和数字贸易发展",
         "落实RCEP服务贸易负面清单承诺，发展跨境旅游、跨境教育、跨境医疗服务，推进跨境电商综合试验区建设，全年跨境电商进出口额增长15%以上。",
         "省商务厅", "省文化和旅游厅、省教育厅、省卫生健康委", "全年"],
        ["8", "加强财政金融支持",
         "统筹外经贸发展专项资金支持RCEP公共服务平台建设、企业开拓市场等；扩大跨境人民币结算和出口信用保险覆盖面。",
         "省财政厅", "人民银行云南省分行、中国出口信用保险公司云南分公司", "全年"],
        ["9", "开展RCEP规则培训服务",
         "举办RCEP专题培训不少于30场，编印《RCEP企业享惠指南（云南版）》，建立重点企业“一对一”跟踪服务机制。",
         "省商务厅", "昆明海关、省贸促会", "2026年10月底前"],
        ["10", "健全贸易风险防范机制",
         "加强对RCEP项下重点农产品、工业品进口监测预警，完善产业安全预警体系，指导企业运用贸易救济措施维护合法权益。",
         "省商务厅", "省农业农村厅、省工业和信息化厅", "全年"],
    ]
    cms = [1.3, 3.6, 9.8, 2.8, 4.4, 2.8]

    def part(rs):
        tb = doc.add_table(rows=1 + len(rs), cols=6)
        tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            set_cell(tb.rows[0].cells[i], h, HT, 10.5, line=16)
        for ri, row in enumerate(rs, 1):
            cant_split(tb.rows[ri])
            for ci, v in enumerate(row):
                set_cell(tb.rows[ri].cells[ci], v, FS, 10.5, align=L if ci == 2 else C, line=16)
            clauses.append(row_clause(header, row))
        widths(tb, cms)
        return tb

    part(rows[:5])
    # clerk splits the table by hand and types 续表 on the next page
    page_break(doc)
    add_par(doc, [("续表", HT, 14, False)], indent=False, line=24, after=4)
    part(rows[5:])
    note = "注：各州（市）人民政府为相关任务的责任主体，负责本地区任务落实，不再逐项列出；完成时限为“全年”的任务，于2026年12月底前完成年度目标。"
    clauses.append(note)
    add_par(doc, [(note, FS, 10.5, False)], indent=False, line=16, before=4)

    empty(doc, 1, line=16)
    p = add_par(doc, [("抄送：省人民政府办公厅，商务部亚洲司、国际司，海关总署关税征管司。", FS, 14, False)],
                indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [("云南省商务厅办公室", FS, 14, False), ("\t", FS, 14, False),
                       ("2026年2月12日印发", FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(24.0), 2)
    border(p2, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "云南省商务厅等4部门关于印发2026年云南省RCEP实施重点任务清单的通知",
            "doc_number": "云商联发〔2026〕3号",
            "issuer": organs,
            "date": "2026-02-12",
            "published": None,
            "level": "provincial",
            "region": "云南省",
            "effective": None,
            "expires": None,
            "attachments": ["2026年云南省RCEP实施重点任务清单"],
            "doc_type": "通知",
            "recipients": ["各州（市）商务局、发展改革委、财政局", "昆明海关各隶属海关",
                           "中国（云南）自由贸易试验区各片区管委会"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_hainan():
    """海南省人民政府公报 excerpt: two documents printed one after the other."""
    stem = "blind821_hainan_gongbao"
    doc = Document()
    setup(doc, start_page=23,
          header_runs=[("海南省人民政府公报", KT, 10.5), ("\t\t", KT, 10.5),
                       ("2026年第7期（总第618期）", KT, 10.5)])

    add_par(doc, [("【省政府办公厅文件】", HT, 14, False)], align=L, indent=False, line=24, after=6)

    # ---------------- document 1: 通知 + 办法 (章 / 条)
    cl1 = []
    add_par(doc, [("海南省人民政府办公厅关于印发海南省RCEP", XBS, 20, False)], align=C,
            indent=False, line=32)
    add_par(doc, [("实施重点任务督查考核办法的通知", XBS, 20, False)], align=C,
            indent=False, line=32)
    add_par(doc, [("（琼府办〔2026〕15号）", KT, 16, False)], align=C, indent=False, after=6)
    add_par(doc, "各市、县、自治县人民政府，省政府直属各单位：", indent=False)

    def body1(t):
        cl1.append(t)
        add_par(doc, t)

    body1("《海南省RCEP实施重点任务督查考核办法》已经省政府同意，现印发给你们，请认真贯彻执行。")
    p = add_par(doc, "海南省人民政府办公厅", align=R, indent=False, before=14)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "2026年3月6日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（此件主动公开）")
    empty(doc, 1)
    add_par(doc, [("海南省RCEP实施重点任务督查考核办法", XBS, 20, False)], align=C,
            indent=False, line=32, after=6)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False)

    def article(no, text, items=()):
        # article number in 黑体 followed by a full-width space
        cl1.append(no + "\u3000" + text + "".join(items))
        add_par(doc, [(no, HT, 16, False), ("\u3000" + text, FS, 16, False)])
        for it in items:
            add_par(doc, it)

    chapter("第一章　总　　则")
    article("第一条", "为推动《海南自由贸易港高水平实施〈区域全面经济伙伴关系协定〉行动方案》确定的重点任务落地见效，压实各级各部门工作责任，制定本办法。")
    article("第二条", "本办法适用于对省有关部门和各市、县、自治县人民政府（以下统称被考核单位）承担的RCEP实施重点任务的督查考核。")
    article("第三条", "督查考核坚持目标导向、问题导向、结果导向，遵循客观公正、分类考核、注重实效的原则。")
    chapter("第二章　督查方式")
    article("第四条", "省RCEP实施工作领导小组办公室（设在省商务厅，以下简称省领导小组办公室）负责组织实施督查考核工作，主要采取以下方式：", [
        "（一）季度调度。每季度末收集各被考核单位任务进展情况，形成调度通报；",
        "（二）专项督查。对进展滞后、企业反映集中的任务开展实地督查；",
        "（三）第三方评估。委托第三方机构对重点任务实施成效进行年度评估。",
    ])
    article("第五条", "被考核单位应当于每季度结束后10日内，通过海南国际贸易“单一窗口”RCEP服务专区报送任务进展情况，并对报送内容的真实性负责。")
    chapter("第三章　考核评价")
    article("第六条", "年度考核实行百分制，其中任务完成情况占60分，工作创新情况占20分，企业满意度占20分。考核结果分为优秀、良好、一般、较差四个等次。")
    article("第七条", "考核结果作为被考核单位年度绩效考核的重要依据。对考核结果为优秀的，予以通报表扬；对考核结果为较差的，由省领导小组办公室约谈其主要负责同志，并责成限期整改。")
    chapter("第四章　附　　则")
    article("第八条", "本办法由省商务厅负责解释。")
    article("第九条", "本办法自2026年4月1日起施行，有效期至2028年12月31日。")

    # ---------------- document 2: 联合通知 with a schedule table
    empty(doc, 1)
    add_par(doc, [("【部门文件】", HT, 14, False)], align=L, indent=False, line=24, after=6)
    cl2 = []
    for tl in ("海南省商务厅　海口海关关于开展2026年",
               "RCEP原产地规则“进园区进企业”专项",
               "服务活动的通知"):
        add_par(doc, [(tl, XBS, 20, False)], align=C, indent=False, line=32)
    add_par(doc, [("（琼商务函〔2026〕28号）", KT, 16, False)], align=C, indent=False, after=6)
    add_par(doc, "各市、县、自治县商务主管部门，海口海关各隶属海关，各重点园区管理机构：", indent=False)

    def body2(t):
        cl2.append(t)
        add_par(doc, t)

    def head2(t):
        add_par(doc, [(t, HT, 16, False)])

    body2("为帮助企业用足用好RCEP关税减让和原产地累积规则，提升企业享惠水平，省商务厅、海口海关决定于2026年4月至10月联合开展RCEP原产地规则“进园区进企业”专项服务活动。现将有关事项通知如下：")
    head2("一、活动内容")
    for h, t in [("（一）政策宣讲。", "围绕RCEP原产地规则、关税减让表、经核准出口商制度等内容，在各重点园区举办专题宣讲会。"),
                 ("（二）上门辅导。", "组织海关关员和原产地业务骨干，对年进出口额500万美元以上的重点企业开展“一对一”上门辅导。"),
                 ("（三）问题收集。", "建立企业诉求台账，对企业反映的原产地认定、证书签发等问题，实行清单化管理、限时办结。")]:
        cl2.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])
    head2("二、活动安排")
    body2("活动共安排4站，各站时间、地点及承办单位如下：")
    add_par(doc, [("2026年RCEP原产地规则专项服务活动安排表", HT, 14, False)], align=C,
            indent=False, line=24, before=4, after=4)
    header = ["站次", "时间", "地点", "承办单位"]
    rows = [
        ["第一站", "4月中旬", "海口综合保税区", "海口市商务局、海口港海关"],
        ["第二站", "5月中旬", "洋浦经济开发区", "洋浦经济开发区管委会、洋浦海关"],
        ["第三站", "6月下旬", "三亚崖州湾科技城", "三亚市商务局、三亚海关"],
        ["第四站", "9月上旬", "琼海市博鳌乐城国际医疗旅游先行区", "琼海市商务局、博鳌机场海关"],
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=4)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(tb.rows[0].cells[i], h, HT, 12)
    repeat_header(tb.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(tb.rows[ri].cells[ci], v, FS, 12)
        cl2.append(row_clause(header, row))
    widths(tb, [2.0, 2.6, 5.6, 5.4])
    note = "注：各站具体时间和报名方式另行通知。"
    cl2.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    cl2.append("三、工作要求。各市县商务主管部门要会同属地海关做好企业组织和会务保障工作，于每站活动结束后5个工作日内将活动开展情况报送省商务厅对外贸易处。")
    add_par(doc, [("三、工作要求。", HT, 16, False),
                  ("各市县商务主管部门要会同属地海关做好企业组织和会务保障工作，于每站活动结束后5个工作日内将活动开展情况报送省商务厅对外贸易处。", FS, 16, False)])
    empty(doc, 1)
    # two organs side by side with tabs, date under them
    p = add_par(doc, [("\t海南省商务厅", FS, 16, False), ("\t海口海关", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(3.0))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(11.0))
    p = add_par(doc, "2026年3月18日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [
        {"meta": {
            "title": "海南省人民政府办公厅关于印发海南省RCEP实施重点任务督查考核办法的通知",
            "doc_number": "琼府办〔2026〕15号",
            "issuer": ["海南省人民政府办公厅"],
            "date": "2026-03-06",
            "published": None,
            "level": "provincial",
            "region": "海南省",
            "effective": "2026-04-01",
            "expires": "2028-12-31",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各市、县、自治县人民政府", "省政府直属各单位"],
            "publicity": "此件主动公开",
            "repeals": None},
         "clauses": cl1},
        {"meta": {
            "title": "海南省商务厅\u3000海口海关关于开展2026年RCEP原产地规则“进园区进企业”专项服务活动的通知",
            "doc_number": "琼商务函〔2026〕28号",
            "issuer": ["海南省商务厅", "海口海关"],
            "date": "2026-03-18",
            "published": None,
            "level": "provincial",
            "region": "海南省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各市、县、自治县商务主管部门", "海口海关各隶属海关", "各重点园区管理机构"],
            "publicity": None,
            "repeals": None},
         "clauses": cl2},
    ]
    return path


def main():
    paths = [doc_guangxi(), doc_yunnan(), doc_hainan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
