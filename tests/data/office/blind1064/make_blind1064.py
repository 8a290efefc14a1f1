# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1064: 自贸试验区片区管理办法 起草说明 + 征求意见采纳情况汇总表,
公平竞争审查表, 提请审议的请示 (长沙市商务局). Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
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
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY

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


def page_footer(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    parts = [('<w:fldChar %s w:fldCharType="begin"/>', None),
             ('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>', None),
             ('<w:fldChar %s w:fldCharType="separate"/>', None),
             (None, "1"),
             ('<w:fldChar %s w:fldCharType="end"/>', None)]
    for xml, txt in parts:
        r = fp.add_run(txt) if txt else fp.add_run()
        font(r, SONG, 14)
        if xml:
            r._r.append(parse_xml(xml % nsdecls("w")))
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
    page_footer(s)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=20):
    """text may be a str or a list of str (one paragraph each)."""
    paras = text if isinstance(text, list) else [text]
    cell.text = ""
    for i, t in enumerate(paras):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        font(p.add_run(t), name, size, bold)
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(line)
        p.paragraph_format.first_line_indent = Pt(0)
        p.paragraph_format.space_after = Pt(0)


def vcenter(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def widths(table, cms):
    """set cell widths and the tblGrid (LibreOffice reads the grid)."""
    table.autofit = False
    for tr in table._tbl.tr_lst:
        gi = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(cms[gi:gi + span]))
            gi += span
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1064", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


BANFA = "中国（湖南）自由贸易试验区长沙片区管理办法"


# =================================================================== DOC A
def doc_qicao():
    """起草说明 (no 版头) + 附件 征求意见采纳情况汇总表 on a landscape page."""
    stem = "blind1064_changsha_qicao"
    doc = Document()
    setup(doc)
    clauses = []

    # title typed as two paragraphs, broken inside the 《》
    add_par(doc, [("关于《中国（湖南）自由贸易试验区长沙片区", XBS, 22, False)],
            align=C, indent=False, line=36, before=12)
    add_par(doc, [("管理办法（送审稿）》的起草说明", XBS, 22, False)],
            align=C, indent=False, line=36)
    empty(doc, 1)

    LS = 26  # 固定值26磅

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=J, line=LS)

    def head(t):
        add_par(doc, [(t, HT, 16, False)], line=LS)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)], align=J, line=LS)

    body("为推动中国（湖南）自由贸易试验区长沙片区（以下简称长沙片区）高质量发展，市商务局（市自贸办）牵头起草了《中国（湖南）自由贸易试验区长沙片区管理办法（送审稿）》（以下简称《办法》）。现将有关情况说明如下：")
    head("一、起草背景")
    body("长沙片区自2020年9月挂牌以来，累计形成制度创新成果163项；2025年实现进出口总额2468.3亿元，占全市外贸总额的51.7%。但片区管理机构与所在区县职责边界不清、已下放事项“接不住、用不好”等问题仍然存在。《中国（湖南）自由贸易试验区条例》要求片区所在地人民政府制定片区管理具体办法，有必要制定《办法》，将行之有效的改革举措固化为制度规范。")
    head("二、起草过程")
    runin("（一）调研起草。", "2025年6月至8月，起草专班赴片区各区块调研，召开企业座谈会6场，形成《办法》初稿。")
    runin("（二）征求意见。", "2025年11月，书面征求了市发展改革委、市司法局、长沙海关等28家单位意见；2025年11月20日至12月19日，在长沙市人民政府门户网站公开征求意见。共收到意见建议10条，采纳5条，部分采纳3条，未采纳2条，具体情况见附件。")
    runin("（三）审查审核。", "2026年1月完成公平竞争审查，未发现排除、限制竞争的内容；2026年3月经市司法局合法性审核，根据审核意见修改形成送审稿。")
    head("三、主要内容")
    body("《办法》共七章四十二条，主要包括：一是理顺管理体制，明确片区管理机构负责改革创新和经济管理事项，所在区县人民政府负责社会事务管理；二是推进投资贸易便利化，推行市场主体登记确认制和多式联运“一单制”；三是优化法治化营商环境，建立外商投资企业投诉工作机制和改革创新容错免责机制。")
    head("四、需要说明的问题")
    runin("（一）关于制定形式。", "考虑到片区改革探索仍在推进，《办法》拟以市人民政府规范性文件形式印发，有效期5年，待条件成熟后再提请制定政府规章。")
    runin("（二）关于财政支持政策。", "部分单位建议明确专项资金规模和企业奖励标准。经研究，资金安排应当按照预算管理规定另行确定，《办法》仅作原则性规定。")
    add_par(doc, "附件：《中国（湖南）自由贸易试验区长沙片区管理办法（征求意见稿）》征求意见采纳情况汇总表", align=J, line=LS)
    empty(doc, 1, line=LS)
    # 落款 aligned with typed half-width spaces
    add_par(doc, " " * 42 + "长沙市商务局", indent=False, line=LS)
    add_par(doc, " " * 41 + "2026年3月16日", indent=False, line=LS)

    # ---- 附件 on a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.4)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    p = add_par(doc, [("《中国（湖南）自由贸易试验区长沙片区管理办法（征求意见稿）》", XBS, 18, False)],
                align=C, indent=False, line=30)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("征求意见采纳情况汇总表"), XBS, 18)
    empty(doc, 1, line=12)

    header = ["序号", "提出单位", "意见建议", "采纳情况", "理由说明"]
    rows = [
        ["1", "市发展改革委", "建议在第五条中明确长沙片区管理机构与所在区县人民政府的职责边界，避免出现管理交叉和空白，特别是在项目审批、土地供应、社会事务管理等方面予以细化。", "采纳", "已在第五条、第六条中分别明确片区管理机构和所在区县人民政府的职责，规定社会事务原则上由所在区县人民政府负责，经济管理事项按照赋权清单由片区管理机构行使。"],
        ["2", "市司法局", "建议删除第十二条中“片区管理机构可以制定规范性文件”的表述。片区管理机构不具备规范性文件制定主体资格，不宜作此规定。", "采纳", "已删除相关表述，修改为“片区管理机构可以就改革创新事项提出政策建议，按程序报市人民政府或者有关部门制定”。"],
        ["3", "市市场监管局", "建议第十八条增加“推行市场主体登记确认制，探索‘一照多址’‘一证多址’改革”等内容，进一步降低经营主体准入成本。", "采纳", "已在第十八条中增加相关内容。"],
        ["4", "市市场监管局", "第二十四条规定对片区新引进的企业给予“一事一议”奖励，可能构成给予特定经营者选择性、差异化的财政奖励，建议按照《公平竞争审查条例》进行修改。", "部分采纳", "已删除“一事一议”相关表述，修改为“按照国家和省、市有关规定享受相关支持政策”；对依法依规制定的普惠性支持政策，予以保留。"],
        ["5", "长沙海关", "建议第二十一条增加支持长沙黄花综合保税区、长沙经开区综合保税区开展保税维修、保税研发等新业态的内容，并明确海关监管创新的协调推进机制。", "部分采纳", "已增加支持综合保税区发展新业态的内容。海关监管制度创新属于海关总署事权，《办法》仅作原则性表述，具体协调机制由片区管理机构会同长沙海关另行建立。"],
        ["6", "市交通运输局", "建议增加支持中欧班列（长沙）、长沙黄花国际机场航空物流发展的内容，推进多式联运“一单制”改革。", "采纳", "已在第二十条中增加相关内容。"],
        ["7", "中国人民银行湖南省分行", "建议第二十六条增加“支持片区内企业开展跨境人民币结算、本外币一体化资金池等业务”，并探索与“一带一路”沿线国家和地区开展跨境金融合作。", "采纳", "已在第二十六条中增加相关内容。"],
        ["8", "长沙县人民政府", "建议设立长沙片区发展专项资金，由市级财政每年安排不低于5亿元，用于支持片区制度创新和重点产业发展。", "未采纳", "专项资金的设立和规模应当按照预算管理有关规定另行研究确定，不宜在《办法》中明确具体金额；《办法》第四十条已对资金保障作出原则性规定。"],
        ["9", "社会公众（网络留言）", "建议明确片区内外商投资企业投诉的受理渠道和办理时限，切实保护外国投资者合法权益。", "部分采纳", "已在第三十一条中增加“片区管理机构应当建立外商投资企业投诉工作机制，依法及时处理投诉事项”的内容；办理时限按照《外商投资企业投诉工作办法》执行，不再另行规定。"],
        ["10", "社会公众（电子邮件）", "建议对在片区注册的企业统一减按15%的税率征收企业所得税，吸引更多企业入驻。", "未采纳", "税收优惠政策属于国家事权，地方无权自行制定；且对特定区域经营者给予税收优惠不符合公平竞争审查要求。"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            align = J if ci in (2, 4) else C
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=align, line=16)
            vcenter(t.rows[ri].cells[ci])
        no_split(t.rows[ri])
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    widths(t, [1.4, 2.8, 9.0, 2.3, 9.2])
    # rows 3 and 4 come from the same unit: merge the 提出单位 cells
    m = t.cell(3, 1).merge(t.cell(4, 1))
    set_cell(m, "市市场监管局", FS, 10.5, line=16)
    vcenter(m)

    add_par(doc, [("注：1．本表对内容相同或相近的意见建议作了合并整理；2．条文序号均为征求意见稿序号；3．社会公众意见来源于长沙市人民政府门户网站“意见征集”栏目。", FS, 12, False)],
            indent=False, line=20, before=6)
    clauses.append("注：1．本表对内容相同或相近的意见建议作了合并整理；2．条文序号均为征求意见稿序号；3．社会公众意见来源于长沙市人民政府门户网站“意见征集”栏目。")
    empty(doc, 1, line=14)
    lh = "合法性审核情况："
    lt = "2026年3月10日，市司法局出具合法性审核意见（长司审函〔2026〕19号），认为《办法》（送审稿）制定主体适格，内容不违反法律、法规、规章和国家政策规定，制定程序符合要求，同意按程序提请市人民政府常务会议审议。"
    add_par(doc, [(lh, HT, 14, False), (lt, KT, 14, False)], indent=False, line=24, align=J)
    clauses.append(lh + lt)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于《中国（湖南）自由贸易试验区长沙片区管理办法（送审稿）》的起草说明",
            "doc_number": None,
            "issuer": ["长沙市商务局"],
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "长沙市",
            "effective": None,
            "expires": None,
            "attachments": ["《中国（湖南）自由贸易试验区长沙片区管理办法（征求意见稿）》征求意见采纳情况汇总表"],
            "doc_type": "起草说明",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_shencha():
    """公平竞争审查表: form table with 是□ 否☑ boxes, then a checklist table."""
    stem = "blind1064_changsha_shencha"
    doc = Document()
    setup(doc)
    s = doc.sections[0]
    s.top_margin, s.bottom_margin = Cm(3.0), Cm(2.8)
    s.left_margin, s.right_margin = Cm(2.6), Cm(2.4)
    clauses = []

    add_par(doc, [("附件3", HT, 16, False)], indent=False)
    add_par(doc, [("公平竞争审查表", XBS, 22, False)], align=C, indent=False, line=36, before=6)
    add_par(doc, [("填表时间：2026年1月20日", FS, 14, False)], align=R, indent=False, line=26)

    def form_row(t, label, cells, merge_value=True):
        """cells: list of (text) for the row after the label;
        if merge_value, cells is one value spanning columns 1-3."""
        row = t.add_row()
        set_cell(row.cells[0], label, HT, 12)
        vcenter(row.cells[0])
        if merge_value:
            m = row.cells[1].merge(row.cells[3])
            set_cell(m, cells, FS, 12, align=J)
            vcenter(m)
            vals = cells if isinstance(cells, list) else [cells]
            clauses.append("%s：%s" % (label, "".join(vals)))
        else:
            v1, l2, v2 = cells
            set_cell(row.cells[1], v1, FS, 12)
            set_cell(row.cells[2], l2, HT, 12)
            set_cell(row.cells[3], v2, FS, 12)
            for c in row.cells:
                vcenter(c)
            clauses.append("%s：%s；%s：%s" % (label, v1, l2, v2))
        return row

    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    form_row(t, "政策措施名称", "中国（湖南）自由贸易试验区长沙片区管理办法（送审稿）")
    form_row(t, "涉及行业领域", "对外贸易、外商投资、商贸物流、跨境金融、多式联运")
    form_row(t, "性质", "行政法规草案□　地方性法规草案□　规章□　规范性文件☑　其他政策措施□")
    row = t.add_row()
    set_cell(row.cells[0], "起草机构", HT, 12)
    set_cell(row.cells[1], "长沙市商务局（市自贸办）", FS, 12)
    set_cell(row.cells[2], "联系人及电话", HT, 12)
    set_cell(row.cells[3], "周晓琳　0731-88665427", FS, 12)
    for c in row.cells:
        vcenter(c)
    clauses.append("起草机构：长沙市商务局（市自贸办）；联系人及电话：周晓琳　0731-88665427")
    row = t.add_row()
    set_cell(row.cells[0], "审查机构", HT, 12)
    set_cell(row.cells[1], "长沙市商务局政策法规处", FS, 12)
    set_cell(row.cells[2], "联系人及电话", HT, 12)
    set_cell(row.cells[3], "贺　健　0731-88665019", FS, 12)
    for c in row.cells:
        vcenter(c)
    clauses.append("审查机构：长沙市商务局政策法规处；联系人及电话：贺　健　0731-88665019")
    form_row(t, "征求意见情况", [
        "征求利害关系人意见☑　　向社会公开征求意见☑",
        "具体情况（时间、对象、意见反馈和采纳情况）：2025年11月，书面征求市发展改革委、市市场监管局、长沙海关等28家单位意见，召开经营主体座谈会2场，听取外贸、物流、金融等领域31家企业意见；2025年11月20日至12月19日在长沙市人民政府门户网站公开征求意见。涉及公平竞争的意见1条（市市场监管局提出），已部分采纳，删除了“一事一议”奖励条款。",
    ])
    form_row(t, "咨询及第三方评估情况（可选）", "2025年12月，委托湖南大学经济与贸易学院开展第三方评估。评估认为，修改后的《办法》未设置歧视性准入条件，未给予特定经营者选择性、差异化的财政奖励或者补贴，不存在排除、限制竞争的情形。")
    form_row(t, "审查结论", "经对照《公平竞争审查条例》规定的审查标准逐项审查，《办法》（送审稿）不含有限制市场准入和退出、限制商品和要素自由流动、影响生产经营成本、影响生产经营行为的内容，符合公平竞争审查要求，可以出台。（逐项审查情况见下表）")
    form_row(t, "适用例外规定", ["是□　　否☑", "选“是”时详细说明理由：——"])
    form_row(t, "其他需要说明的情况", "无。")
    form_row(t, "审查机构主要负责人意见", ["同意审查结论。", "签字：刘建明　　　　　（盖章）", "2026年1月20日"])
    widths(t, [3.3, 5.6, 3.1, 4.0])
    for row in t.rows:
        no_split(row)

    empty(doc, 1, line=16)
    add_par(doc, [("公平竞争审查标准逐项对照情况", HT, 15, False)], align=C, indent=False, line=26)
    empty(doc, 1, line=8)

    header = ["序号", "审查标准", "审查事项", "审查结果"]
    NO = "是□　否☑"
    groups = [
        ("市场准入和退出标准", [
            "是否限定经营、购买或者使用特定经营者提供的商品或者服务",
            "是否对市场准入负面清单以外的行业、领域、业务等违法设置审批程序",
            "是否违法设置或者授予特许经营权",
            "是否违法限定经营者所在地、所有制形式、组织形式，或者设定其他不合理条件",
        ]),
        ("商品和要素自由流动标准", [
            "是否对外地或者进口商品、要素设置歧视性收费项目、收费标准、价格或者补贴",
            "是否限制外地或者进口商品、要素进入本地市场，或者阻碍本地经营者迁出",
            "是否排斥、限制、强制或者变相强制外地经营者在本地投资经营或者设立分支机构",
            "是否排斥、限制或者变相限制外地经营者参加本地政府采购、招标投标",
        ]),
        ("影响生产经营成本标准", [
            "是否给予特定经营者税收优惠",
            "是否给予特定经营者选择性、差异化的财政奖励或者补贴",
            "是否给予特定经营者要素获取、行政事业性收费、政府性基金、社会保险费等方面的优惠",
        ]),
        ("影响生产经营行为标准", [
            "是否强制或者变相强制经营者实施垄断行为，或者为经营者实施垄断行为提供便利条件",
            "是否超越法定权限制定政府指导价、政府定价，或者违法干预实行市场调节价的商品、要素的价格水平",
            "是否违法要求经营者提供或者调取经营者的敏感经营信息",
        ]),
    ]
    nrows = sum(len(g[1]) for g in groups)
    t2 = doc.add_table(rows=1 + nrows, cols=4)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t2.rows[0].cells[i], h, HT, 12)
    repeat_header(t2.rows[0])
    r = 1
    n = 0
    merges = []
    for std, items in groups:
        start = r
        for it in items:
            n += 1
            set_cell(t2.cell(r, 0), str(n), FS, 12)
            set_cell(t2.cell(r, 1), std, FS, 12)
            set_cell(t2.cell(r, 2), it, FS, 12, align=J)
            set_cell(t2.cell(r, 3), NO, FS, 12)
            for ci in range(4):
                vcenter(t2.cell(r, ci))
            no_split(t2.rows[r])
            clauses.append("序号：%d；审查标准：%s；审查事项：%s；审查结果：%s" % (n, std, it, NO))
            r += 1
        merges.append((start, r - 1, std))
    widths(t2, [1.3, 3.2, 8.6, 2.9])
    for a, b, std in merges:
        m = t2.cell(a, 1).merge(t2.cell(b, 1))
        set_cell(m, std, FS, 12)
        vcenter(m)
    add_par(doc, [("说明：审查结果为“是”的，应当在“其他需要说明的情况”栏中说明具体条款及修改情况；本表由起草机构填写，随政策措施送审稿一并报送。", KT, 12, False)],
            indent=False, line=20, before=6, align=J)
    clauses.append("说明：审查结果为“是”的，应当在“其他需要说明的情况”栏中说明具体条款及修改情况；本表由起草机构填写，随政策措施送审稿一并报送。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "公平竞争审查表",
            "doc_number": None,
            "issuer": ["长沙市商务局"],
            "date": "2026-01-20",
            "published": None,
            "level": "municipal",
            "region": "长沙市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "审查表",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_qingshi():
    """红头 请示 (上行文, 签发人, 特急) submitting the 管理办法 for review."""
    stem = "blind1064_changsha_qingshi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("长沙市商务局文件", XBS, 40, False, RED)],
            align=C, indent=False, line=56, before=18)
    empty(doc, 1)
    p = add_par(doc, [("长商务报〔2026〕18号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("邓志远", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), 2)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    # title: one paragraph, soft line break inside the 《》
    p = doc.add_paragraph()
    font(p.add_run("长沙市商务局关于提请审议"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("《中国（湖南）自由贸易试验区长沙片区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("管理办法（送审稿）》的请示"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "长沙市人民政府：", indent=False)

    IND = "\u3000\u3000"   # indentation typed as full-width spaces

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False, align=J)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)],
                indent=False, align=J)

    body("为贯彻落实《中国（湖南）自由贸易试验区条例》，推动中国（湖南）自由贸易试验区长沙片区(以下简称长沙片区)高质量发展，根据《长沙市人民政府2025年度规范性文件制定计划》安排，我局牵头起草了《中国（湖南）自由贸易试验区长沙片区管理办法（送审稿）》(以下简称《办法》)。现将有关情况报告如下：")
    runin("一、起草过程。", "2025年6月-8月，我局赴长沙片区各区块开展专题调研，形成《办法》初稿。2025年11月，书面征求了市直有关部门、驻长有关单位和片区所在区县（园区）意见，并在市人民政府门户网站公开征求社会公众意见，共收到意见建议10条，采纳5条，部分采纳3条，未采纳2条，未采纳的已作出说明。")
    # a clerk's manual line break in the middle of a sentence
    h2 = "二、主要内容。"
    t2a = "《办法》共七章四十二条，从理顺管理体制、推进投资贸易便利化、深化金融开放创新、"
    t2b = "优化法治化营商环境、强化风险防控等方面作出规定，明确片区管理机构按照省人民政府公布的赋权清单行使经济管理权限，片区所在区县人民政府负责社会事务管理。"
    p = add_par(doc, [(IND, FS, 16, False), (h2, HT, 16, False), (t2a, FS, 16, False)],
                indent=False, align=J)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(t2b), FS, 16)
    clauses.append(h2 + t2a + t2b)
    runin("三、审查审核情况。", "2026年1月20日，我局完成《办法》公平竞争审查，结论为符合公平竞争审查要求，可以出台。2026年3月10日，市司法局出具合法性审核意见（长司审函〔2026〕19号），同意按程序提请审议。《办法》（送审稿）已经2026年3月12日局党组会议审议通过。")
    body("鉴于长沙片区管理体制调整工作亟需制度依据，恳请市人民政府将《办法》列入近期市人民政府常务会议议题，审议通过后以市人民政府名义印发实施。")
    add_par(doc, IND + "妥否，请批示。", indent=False)
    empty(doc, 1)
    # 附件 list aligned with full-width spaces
    add_par(doc, IND + "附件：1．中国（湖南）自由贸易试验区长沙片区管理办法（送审稿）", indent=False)
    add_par(doc, IND + "\u3000\u3000\u30002．关于《中国（湖南）自由贸易试验区长沙片区", indent=False)
    add_par(doc, IND + "\u3000\u3000\u3000\u3000\u3000管理办法（送审稿）》的起草说明", indent=False)
    add_par(doc, IND + "\u3000\u3000\u30003．公平竞争审查表", indent=False)
    empty(doc, 2)
    # 落款 with right tab stops
    for txt in ("长沙市商务局", "二〇二六年三月十八日"):
        p = add_par(doc, [("\t", FS, 16, False), (txt, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(14.2), 2)
    empty(doc, 1)
    add_par(doc, IND + "（联系人：周晓琳，联系电话：0731-88665427）", indent=False)
    banji(doc, "抄送：市司法局，市自贸试验区工作领导小组办公室成员单位。", "长沙市商务局办公室",
          "2026年3月18日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "长沙市商务局关于提请审议《中国（湖南）自由贸易试验区长沙片区管理办法（送审稿）》的请示",
            "doc_number": "长商务报〔2026〕18号",
            "issuer": ["长沙市商务局"],
            "date": "2026-03-18",
            "published": None,
            "level": "municipal",
            "region": "长沙市",
            "effective": None,
            "expires": None,
            "attachments": [
                "中国（湖南）自由贸易试验区长沙片区管理办法（送审稿）",
                "关于《中国（湖南）自由贸易试验区长沙片区管理办法（送审稿）》的起草说明",
                "公平竞争审查表",
            ],
            "doc_type": "请示",
            "recipients": ["长沙市人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_qicao(), doc_shencha(), doc_qingshi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
