# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 933: 海关支持自贸片区高质量发展若干措施（直属海关发文，附政策解读）, Word + PDF + expected.json."""
import copy
import json
import os
import subprocess

from docx import Document
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
    """runs: list of (text, fontname, size, bold) or plain str."""
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
    # page number footer "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    it = parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w"))
    r2._r.append(it)
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r4 = fp.add_run("1")
    font(r4, SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def data_table(doc, header, rows, clauses):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    return t


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * 8, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_933", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [900]


def make_numbering(doc, lvl_text):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numx = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                     % (nsdecls("w"), nid, aid))
    numbering.append(numx)
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), nid))
    # numPr must come early in pPr (after pStyle/keepNext...)
    ppr.insert(0, numpr)


CN = "一二三四五六七八九十"

expected = {}

CN2 = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
       "十一", "十二", "十三", "十四", "十五", "十六"]


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def fix_widths(t, widths):
    """LibreOffice only honours widths given in tblGrid + fixed layout."""
    t.autofit = False
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for r in t.rows:
        for i, w in enumerate(widths):
            if i < len(r.cells):
                r.cells[i].width = w


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def meta(title, number, issuer, date, level, region, doc_type, recipients=(),
         attachments=(), effective=None, expires=None, publicity=None,
         repeals=None, published=None):
    return {"title": title, "doc_number": number, "issuer": list(issuer),
            "date": date, "published": published, "level": level,
            "region": region, "effective": effective, "expires": expires,
            "attachments": list(attachments), "doc_type": doc_type,
            "recipients": list(recipients), "publicity": publicity,
            "repeals": repeals}


# =================================================================== DOC A
def doc_nanning():
    """南宁海关 红头通知，印发若干措施（附件1）和任务分工表（附件2）。"""
    stem = "blind933_nanning_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    # 红头
    add_par(doc, [("南宁海关文件", XBS, 44, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=0)
    empty(doc, 1, line=18)
    p = add_par(doc, "南关发〔2026〕21号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    # 标题：三行，断在奇怪的位置
    for t in ("南宁海关关于印发支持中国（广西）自由",
              "贸易试验区钦州港片区高质量发展若干",
              "措施的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1, line=18)
    add_par(doc, "各隶属海关，关内各部门：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署和海关总署有关工作要求，"
         "支持中国（广西）自由贸易试验区钦州港片区高质量发展，我关研究制定了《南宁海关支持中国（广西）"
         "自由贸易试验区钦州港片区高质量发展若干措施》，经关党委会审议通过，现印发给你们，请结合实际认真贯彻落实。")
    # 附件列表：悬挂对齐用空格敲出来
    add_par(doc, "附件：1．南宁海关支持中国（广西）自由贸易试验区", first=Pt(32))
    add_par(doc, "\u3000\u3000\u3000\u3000\u3000\u3000\u3000钦州港片区高质量发展若干措施", indent=False, first=Pt(0))
    add_par(doc, "\u3000\u3000\u3000\u3000\u30002．重点措施任务分工表", indent=False)
    # 落款：敲空格对齐
    add_par(doc, " " * 44 + "南宁海关", indent=False)
    add_par(doc, " " * 40 + "2026年4月8日", indent=False)
    add_par(doc, "（此件主动公开）")

    # ---------------- 附件1
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True  # 附件另起页
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("南宁海关支持中国（广西）自由贸易试验区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("钦州港片区高质量发展若干措施"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    n = [0]

    def item(h, t):
        lab = "（%s）" % CN2[n[0]]
        n[0] += 1
        clauses.append(lab + h + t)
        add_par(doc, [(lab + h, KT, 16, True), (t, FS, 16, False)])

    body("为支持中国（广西）自由贸易试验区钦州港片区（以下简称钦州港片区）高水平建设西部陆海新通道门户港，"
         "打造面向东盟的开放合作高地，结合海关职能，制定以下措施。")
    head("一、提升口岸通关效能")
    item("深化通关模式改革。", "在钦州港推广“提前申报”“两步申报”“船边直提”“抵港直装”等便利化措施，"
         "力争2026年底钦州港进口、出口整体通关时间分别压缩至30小时、1.5小时以内。")
    item("提升海铁联运效率。", "推广西部陆海新通道海铁联运“一单制”，对经钦州港中转的海铁联运货物实施“一次申报、一次查验、一次放行”。")
    head("二、培育壮大新业态新模式")
    item("支持保税维修业务。", "支持钦州综合保税区内企业开展船舶、工程机械等产品保税维修，动态扩大维修产品目录。")
    item("支持跨境电商发展。", "支持开展跨境电商B2B直接出口（9710）、出口海外仓（9810）业务，推动企业在东盟国家布局海外仓。")
    item("支持大宗商品进口。", "对进口铁矿、粮食等大宗商品实施“先放后检”，对进口铜精矿、锌精矿实施“两段准入”，支持建设面向东盟的大宗商品集散中心。")
    head("三、服务特色产业发展")
    item("支持东盟农食产品进口。", "加快推进东盟国家特色农食产品输华准入，支持钦州港建设进口水果、冰鲜水产品指定监管场地，实施“即查即放”。")
    item("支持新能源汽车出口。", "对出口新能源汽车实施“属地查检+口岸验放”，指导企业做好锂电池等危险货物包装使用鉴定。")
    head("四、优化口岸营商环境")
    item("加大AEO培育力度。", "建立片区AEO培育企业库，实施“一企一策”精准培育，2026年推动片区新增高级认证企业5家以上。")
    item("建立常态化联系机制。", "南宁海关与钦州港片区管委会建立联席会议制度，每季度会商1次；钦州港海关设立“自贸服务专窗”，对企业诉求实行“首问负责、限时办结”。")
    body("本措施自2026年5月1日起施行，有效期至2028年4月30日。2021年印发的《南宁海关支持中国（广西）自由贸易试验区"
         "钦州港片区建设的若干措施》（南关发〔2021〕67号）同时废止。")

    # ---------------- 附件2 表格
    p = add_par(doc, [("附件2", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("重点措施任务分工表", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=34)
    empty(doc, 1)
    rows = [
        ["1", "在钦州港推广“船边直提”“抵港直装”等便利化措施", "口岸监管处", "钦州港海关", "2026年6月底"],
        ["2", "推广西部陆海新通道海铁联运“一单制”", "口岸监管处", "钦州港海关", "2026年9月底"],
        ["3", "动态扩大钦州综合保税区保税维修产品目录", "加工贸易监管处", "钦州港海关", "2026年9月底"],
        ["4", "进口铁矿、粮食“先放后检”和铜精矿、锌精矿“两段准入”", "商品检验处", "钦州港海关", "2026年12月底"],
        ["5", "建设进口水果、冰鲜水产品指定监管场地", "动植物检疫处", "钦州港海关、卫生检疫处", "2026年12月底"],
        ["6", "片区AEO培育企业库建设和联席会议机制", "企业管理和稽查处", "综合业务处、钦州港海关", "长期坚持"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    fix_widths(t, [Cm(1.5), Cm(5.9), Cm(2.9), Cm(3.0), Cm(2.3)])
    # 两行表头：责任单位横向合并，其余纵向合并
    hdr0, hdr1 = t.rows[0].cells, t.rows[1].cells
    for i in (0, 1, 4):
        hdr0[i].merge(hdr1[i])
    hdr0[2].merge(hdr0[3])
    set_cell(t.rows[0].cells[0], "序号", HT, 12)
    set_cell(t.rows[0].cells[1], "措施内容", HT, 12)
    set_cell(t.rows[0].cells[2], "责任单位", HT, 12)
    set_cell(t.rows[0].cells[4], "完成时限", HT, 12)
    set_cell(t.rows[1].cells[2], "牵头部门", HT, 12)
    set_cell(t.rows[1].cells[3], "配合单位", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    headers = ["序号", "措施内容", "责任单位／牵头部门", "责任单位／配合单位", "完成时限"]
    for ri, row in enumerate(rows):
        cells = t.rows[2 + ri].cells
        for ci, v in enumerate(row):
            set_cell(cells[ci], v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
    # 纵向合并相同单元格（牵头部门1-2行、配合单位1-4行、完成时限2-3行、4-5行）
    def vmerge(col, r1, r2, text):
        c = t.rows[2 + r1].cells[col].merge(t.rows[2 + r2].cells[col])
        set_cell(c, text, FS, 12)
    vmerge(2, 0, 1, "口岸监管处")
    vmerge(3, 0, 3, "钦州港海关")
    vmerge(4, 1, 2, "2026年9月底")
    vmerge(4, 3, 4, "2026年12月底")
    note = "注：各责任单位于每季度末月25日前将落实情况报送综合业务处。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=6)

    banji(doc, "抄送：广西壮族自治区人民政府办公厅，自治区商务厅，中国（广西）自由贸易试验区钦州港片区管理委员会。",
          "南宁海关办公室", "2026年4月8日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            "南宁海关关于印发支持中国（广西）自由贸易试验区钦州港片区高质量发展若干措施的通知",
            "南关发〔2026〕21号", ["南宁海关"], "2026-04-08", "provincial", "广西壮族自治区",
            "通知", recipients=["各隶属海关", "关内各部门"],
            attachments=["南宁海关支持中国（广西）自由贸易试验区钦州港片区高质量发展若干措施",
                         "重点措施任务分工表"],
            effective="2026-05-01", expires="2028-04-30", publicity="此件主动公开",
            repeals="《南宁海关支持中国（广西）自由贸易试验区钦州港片区建设的若干措施》（南关发〔2021〕67号）"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_kunming():
    """昆明海关公告（自动编号的措施条目）+ 另起一页的政策解读问答：两个文件。"""
    stem = "blind933_kunming_gonggao_jiedu"
    doc = Document()
    setup(doc)
    n_item = make_numbering(doc, "%1、")
    IND = "\u3000\u3000"

    # ---------------- 文件一：公告
    c1 = []
    add_par(doc, [("昆明海关公告", XBS, 26, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=40, before=12)
    add_par(doc, "昆明海关公告2026年第4号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("昆明海关关于支持中国（云南）自由贸易"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("试验区红河片区高质量发展若干措施的公告"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)

    def body(t, cl=c1):
        cl.append(t)
        add_par(doc, IND + t, indent=False)

    k = [0]

    def item(h, t):
        c1.append("%s、%s%s" % (CN2[k[0]], h, t))
        k[0] += 1
        p = add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    body("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，支持中国（云南）自由贸易试验区红河片区"
         "（以下简称红河片区）建设中越经济走廊创新合作示范区，服务面向南亚东南亚辐射中心建设，昆明海关制定了支持红河片区"
         "高质量发展若干措施，现公告如下：")
    item("支持河口口岸扩能提效。", "支持河口公路口岸、河口铁路口岸智慧化改造，推广“提前申报”“两段准入”，实现北山国际货场进出口货物“车到即查、查完即放”。")
    item("支持边民互市贸易创新发展。", "支持红河片区开展边民互市商品落地加工试点，优化互市商品准入和检验检疫流程，推动互市贸易与加工制造、现代物流融合发展。")
    item("支持跨境物流通道建设。", "支持常态化开行昆明—河口—老街—海防中越跨境班列，推广铁路快速通关模式，压缩班列在口岸停留时间。")
    item("支持进口水果和农产品贸易。", "支持河口口岸进境水果指定监管场地扩大进口品种，对越南榴莲、火龙果、山竹等开辟“绿色通道”，实现“即报即审、即查即放”。")
    item("支持加工贸易梯度转移。", "支持红河综合保税区承接东部地区加工贸易梯度转移,推广企业集团加工贸易监管模式，对符合条件的企业实施“保税+ERP”联网监管。")
    item("支持跨境电商等新业态发展。", "支持红河片区开展跨境电商B2B出口业务，探索“跨境电商+边民互市”融合发展路径，支持企业在越南、老挝等国家设立海外仓。")
    item("支持中越跨境经济合作区建设。", "配合地方政府推动中国河口—越南老街跨境经济合作区建设，研究创新与合作区功能定位相适应的海关监管模式。")
    item("提升企业享惠水平。", "推广原产地证书“智能审核+自助打印”，指导企业用好《区域全面经济伙伴关系协定》(RCEP)和中国—东盟自由贸易区优惠政策。")
    item("筑牢口岸生物安全防线。", "加强口岸传染病监测和外来物种入侵防控，支持河口口岸建设国际旅行卫生保健中心，保障跨境人员往来安全便利。")
    item("优化海关服务。", "设立“红河片区企业服务专线”，开展“关长送政策上门”活动，对片区重点企业实行“一企一策”帮扶。")
    body("本公告自2026年3月20日起施行，有效期至2028年3月19日。")
    add_par(doc, IND + "特此公告。", indent=False)
    empty(doc, 2)
    p = add_par(doc, "昆明海关", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    p = add_par(doc, "2026年3月18日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)

    # ---------------- 文件二：政策解读问答
    c2 = []
    p = doc.add_paragraph()
    p.paragraph_format.page_break_before = True
    font(p.add_run("昆明海关支持红河片区高质量发展若干措施"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("政策解读"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)

    def q(t):
        c2.append(t)
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def a(t):
        body(t, c2)

    q("问：《若干措施》出台的背景是什么？")
    a("答：2019年8月，国务院批复设立中国（云南）自由贸易试验区，红河片区是三个片区之一，重点发展加工及贸易、大健康服务、"
      "跨境旅游、跨境电商等产业。2025年，红河片区实现进出口额312.6亿元，同比增长16.8%。为更好服务共建“一带一路”和"
      "面向南亚东南亚辐射中心建设，昆明海关在深入调研的基础上，研究制定了《若干措施》。")
    q("问：《若干措施》主要包括哪些内容？")
    a("答：《若干措施》共10条，围绕口岸扩能提效、边民互市贸易、跨境物流通道、农产品进口、加工贸易、新业态发展、"
      "跨境经济合作区建设、企业享惠、口岸生物安全和海关服务等方面，提出具体支持举措。")
    q("问：在支持边民互市贸易方面有哪些新举措？")
    # 一个段落里用 Shift+Enter 敲出两段
    t1 = ("答：一是支持开展边民互市商品落地加工试点，允许符合条件的互市商品进入片区加工企业进行深加工，"
          "加工后的产品可在国内市场销售。")
    t2 = "二是优化互市商品检验检疫流程，对风险较低的互市商品实施“先放后检”，提高通关效率。"
    p = doc.add_paragraph()
    font(p.add_run(IND + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p, indent=False)
    c2.extend([t1, t2])
    q("问：企业如何享受RCEP等自贸协定优惠？")
    a("答：企业可通过“互联网+海关”一体化网上办事平台或国际贸易“单一窗口”申领原产地证书，符合条件的可自助打印。"
      "进口货物享受协定税率的，应在申报时提交原产地证明。")
    q("问：企业在办理业务中遇到问题如何咨询？")
    a("答：企业可拨打12360海关热线或红河片区企业服务专线（0873-3421360）咨询，河口海关设立“自贸服务专窗”，"
      "对企业反映的问题实行“首问负责、限时办结”。")
    empty(doc, 2)
    p = add_par(doc, "昆明海关", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    p = add_par(doc, "2026年3月20日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [
        {"meta": meta("昆明海关关于支持中国（云南）自由贸易试验区红河片区高质量发展若干措施的公告",
                      "昆明海关公告2026年第4号", ["昆明海关"], "2026-03-18", "provincial", "云南省",
                      "公告", effective="2026-03-20", expires="2028-03-19"),
         "clauses": c1},
        {"meta": meta("昆明海关支持红河片区高质量发展若干措施政策解读",
                      None, ["昆明海关"], "2026-03-20", "provincial", "云南省", "解读"),
         "clauses": c2},
    ]
    return path


# =================================================================== DOC C
def doc_urumqi():
    """乌鲁木齐海关上行报告：特急、份号、签发人、续表。"""
    stem = "blind933_wulumuqi_baogao"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("000023", HT, 16, False)], indent=False)
    add_par(doc, [("特急", HT, 16, True)], indent=False)
    add_par(doc, [("乌鲁木齐海关文件", XBS, 46, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=66, before=18)
    empty(doc, 1)
    p = add_par(doc, [("乌关发〔2026〕52号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("王建军", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), 2)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    for t in ("乌鲁木齐海关关于支持中国（新疆）自由贸易",
              "试验区霍尔果斯片区高质量发展若干措施",
              "落实情况的报告"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "海关总署：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("2025年8月，我关制定出台《乌鲁木齐海关支持中国（新疆）自由贸易试验区霍尔果斯片区高质量发展若干措施》"
         "（乌关发〔2025〕88号，以下简称《若干措施》），从口岸通关、通道建设、新业态培育、营商环境等5个方面提出20条具体举措。"
         "按照总署关于自贸试验区工作的部署要求，现将落实情况报告如下：")
    head("一、主要工作及成效")
    runin("（一）口岸通关效率持续提升。", "在霍尔果斯公路口岸推行“提前申报+卡口直放”，在霍尔果斯铁路口岸推广中欧（中亚）班列"
          "“快速通关”模式，2026年1—5月霍尔果斯口岸进口、出口整体通关时间分别为18.6小时、0.9小时，较《若干措施》出台前分别压缩31.2%、25.0%。")
    runin("（二）陆路通道能力不断增强。", "配合地方政府完成霍尔果斯铁路口岸换装库扩能改造，实现宽轨、准轨“双向换装”；"
          "推动经霍尔果斯口岸出境的中欧（中亚）班列线路增至92条，通达欧洲、中亚18个国家。")
    runin("（三）新业态新模式加快发展。", "支持片区开展跨境电商B2B出口和市场采购贸易，"
          "在中哈霍尔果斯国际边境合作中心试点“跨境电商+旅游购物”模式，片区跨境电商企业由2024年底的63家增加到138家。")
    body("霍尔果斯片区主要业务指标完成情况见下表。")
    add_par(doc, [("表1　霍尔果斯片区主要业务指标完成情况", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=6)

    headers = ["序号", "指标", "2025年／完成值", "2025年／同比增长（%）",
               "2026年1—5月／完成值", "2026年1—5月／同比增长（%）"]
    data = [
        ["1", "经霍尔果斯口岸中欧（中亚）班列（列）", "7820", "6.3", "3412", "9.1"],
        ["2", "霍尔果斯口岸货运量（万吨）", "3950", "12.4", "1786", "8.7"],
        ["3", "片区进出口总额（亿元）", "486.2", "18.5", "221.7", "14.2"],
        ["4", "片区跨境电商进出口额（亿元）", "62.3", "35.6", "30.8", "27.9"],
        ["5", "合作中心进出旅客（万人次）", "612.5", "21.7", "268.4", "11.3"],
        ["6", "市场采购贸易出口额（亿元）", "35.4", "41.2", "17.9", "23.5"],
        ["7", "新增AEO高级认证企业（家）", "3", "—", "2", "—"],
    ]

    def mk_table(rows):
        t = doc.add_table(rows=2 + len(rows), cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        fix_widths(t, [Cm(1.2), Cm(6.4), Cm(1.9), Cm(2.1), Cm(1.9), Cm(2.1)])
        h0, h1 = t.rows[0].cells, t.rows[1].cells
        h0[0].merge(h1[0])
        h0[1].merge(h1[1])
        h0[2].merge(h0[3])
        h0[4].merge(h0[5])
        set_cell(t.rows[0].cells[0], "序号", HT, 11)
        set_cell(t.rows[0].cells[1], "指标", HT, 11)
        set_cell(t.rows[0].cells[2], "2025年", HT, 11)
        set_cell(t.rows[0].cells[4], "2026年1—5月", HT, 11)
        for i, txt in ((2, "完成值"), (3, "同比增长（%）"), (4, "完成值"), (5, "同比增长（%）")):
            set_cell(t.rows[1].cells[i], txt, HT, 11)
        for ri, row in enumerate(rows):
            for ci, v in enumerate(row):
                set_cell(t.rows[2 + ri].cells[ci], v, FS, 11,
                         align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
        return t

    mk_table(data[:4])
    # 表格跨页：手工拆表，另起一页打“续表”，重复表头
    p = add_par(doc, [("续表", HT, 14, False)], indent=False, line=24)
    p.paragraph_format.page_break_before = True
    mk_table(data[4:])
    note = "注：1.合作中心指中哈霍尔果斯国际边境合作中心；2.2026年同比增长按上年同期口径计算；3.“—”表示不适用。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=6)
    empty(doc, 1)

    head("二、存在的问题")
    body("一是霍尔果斯铁路口岸换装能力与班列快速增长的需求仍不匹配，高峰时段存在车辆积压；二是片区加工制造业基础薄弱，"
         "“通道经济”向“口岸经济”转化不够；三是中哈两国口岸作业时间、查验标准衔接不够顺畅，影响通关效率进一步提升。")
    head("三、下一步工作打算")
    runin("（一）持续深化通关便利化改革。", "推动霍尔果斯公路口岸实施“7×24小时”预约通关，探索与哈萨克斯坦海关开展“监管互认、执法互助、信息互换”合作。")
    runin("（二）支持片区产业集聚发展。", "支持霍尔果斯综合保税区引进农产品加工、装备制造等项目，推动“落地加工+保税物流”融合发展。")
    runin("（三）加强督查评估。", "每半年对《若干措施》落实情况开展一次评估，及时调整完善相关措施，确保取得实效。")
    head("四、有关建议")
    body("建议总署支持霍尔果斯铁路口岸申报进境粮食指定监管场地，并在中哈海关合作机制框架下推动两国口岸作业时间同步延长。")
    add_par(doc, "特此报告。")
    empty(doc, 2)
    # 落款：右对齐 tab
    p = add_par(doc, [("\t乌鲁木齐海关", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(14.0), 2)
    p = add_par(doc, [("\t二〇二六年六月十二日", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(14.6), 2)
    empty(doc, 1)
    add_par(doc, "（联系人：阿力木　　联系电话：0991-2856317）")
    banji(doc, "抄送：新疆维吾尔自治区人民政府办公厅，中国（新疆）自由贸易试验区工作领导小组办公室。",
          "乌鲁木齐海关办公室", "2026年6月12日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta("乌鲁木齐海关关于支持中国（新疆）自由贸易试验区霍尔果斯片区高质量发展若干措施落实情况的报告",
                     "乌关发〔2026〕52号", ["乌鲁木齐海关"], "2026-06-12", "provincial",
                     "新疆维吾尔自治区", "报告", recipients=["海关总署"]),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_nanning(), doc_kunming(), doc_urumqi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
