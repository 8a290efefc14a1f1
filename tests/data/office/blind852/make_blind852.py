# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 852: 省政府常务会议纪要（议定事项，自贸试验区与一带一路项目）.

Writes three Word files, their PDFs (LibreOffice) and expected.json next to
this script.
"""
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
    """runs: list of (text, fontname, size, bold[, color]) or a plain str."""
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


def page_number_footer(section, style="dash"):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pre, post = ("— ", " —") if style == "dash" else ("-", "-")
    font(fp.add_run(pre), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(post), SONG, 14)


def setup(doc, footer="dash"):
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
    page_number_footer(s, footer)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             line=20, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths):
    """Fixed layout: cell widths plus the tblGrid that LibreOffice reads."""
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    tblpr = tbl.tblPr
    for old in tblpr.findall(qn("w:tblLayout")):
        tblpr.remove(old)
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for row in table.rows:
        seen = set()
        for i, w in enumerate(widths):
            c = row.cells[i]
            if id(c._tc) in seen:
                continue
            seen.add(id(c._tc))
            span = sum(1 for j in range(len(widths)) if row.cells[j]._tc is c._tc)
            start = [j for j in range(len(widths)) if row.cells[j]._tc is c._tc][0]
            c.width = sum(widths[start:start + span], Cm(0))


def banji(doc, first_label, first_text, printer, date_txt, gap=2):
    """版记: 抄送/分送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(first_label, FS, 14, False), (first_text, FS, 14, False)],
                indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(0)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = doc.add_paragraph()
    font(p2.add_run(printer), FS, 14)
    font(p2.add_run("\t" + date_txt), FS, 14)
    fmt(p2, indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_852", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [800]


def make_numbering(doc, lvl_text, numfmt="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:b/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, numfmt, lvl_text, KT, KT, KT))
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
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), nid))
    ppr.insert(0, numpr)


CN = "一二三四五六七八九十"


# =================================================================== DOC A
def doc_yunnan():
    """云南省人民政府常务会议纪要 (期号, 内部资料, 出席/请假/列席, 分送)."""
    stem = "blind852_yunnan_jiyao"
    doc = Document()
    setup(doc)
    clauses = []
    n_item = make_numbering(doc, "（%1）")

    add_par(doc, [("内部资料", HT, 16, False), ("\u3000", HT, 16, False),
                  ("注意保存", HT, 16, False)], indent=False)
    add_par(doc, [("云南省人民政府", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=54)
    add_par(doc, [("常务会议纪要", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=54)
    empty(doc, 1)
    add_par(doc, "第9期", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p = doc.add_paragraph()
    font(p.add_run("云南省人民政府办公厅"), FS, 16)
    font(p.add_run("\t2026年3月16日"), FS, 16)
    fmt(p, indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    # title, manual line break at an odd place
    p = doc.add_paragraph()
    font(p.add_run("十四届云南省人民政府第六十八次"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("常务会议纪要"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def autoitem(n, h, t):
        clauses.append("（%s）%s%s" % (CN[n - 1], h, t))
        p = add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    body("2026年3月12日上午，省长赵明川主持召开十四届省人民政府第六十八次常务会议，传达学习全国两会精神，审议《中国（云南）自由贸易试验区提升行动方案（2026—2028年）》，研究中老铁路沿线开发开放、2026年省级“一带一路”重点项目推进等事项。现纪要如下：")
    head("一、关于传达学习全国两会精神")
    body("会议指出，全省各级各部门要把学习贯彻全国两会精神作为当前和今后一个时期的重要政治任务，紧扣建设我国面向南亚东南亚辐射中心的战略定位，把握高水平对外开放的政策机遇，以自贸试验区和“一带一路”重点项目为抓手，推动外贸外资稳中提质。")
    head("二、关于《中国（云南）自由贸易试验区提升行动方案（2026—2028年）》")
    body("会议原则同意《中国（云南）自由贸易试验区提升行动方案（2026—2028年）》，由省商务厅根据会议意见修改完善后，以省人民政府名义印发实施。")
    body("会议指出，中国（云南）自由贸易试验区设立以来，昆明、红河、德宏三个片区累计形成制度创新成果126项，其中“跨境人民币结算便利化”“边境地区跨境劳务合作”等9项在全国复制推广；2025年三个片区实现进出口总额1386.2亿元，占全省的35.4%。")
    body("会议要求：")
    autoitem(1, "突出差异化探索。", "昆明片区重点在跨境金融、数字贸易、生物医药研发用物品通关便利化等领域先行先试；红河片区重点推进河口口岸跨境电商和边民互市贸易进口商品落地加工；德宏片区重点探索中缅边境经济合作区建设和跨境产能合作新模式。省商务厅牵头，2026年6月底前形成第一批差异化改革事项清单。")
    autoitem(2, "强化政策赋权。", "省级有关部门要按照“应放尽放、放管结合”的原则，梳理可下放至自贸试验区各片区的省级管理权限，由省司法厅牵头开展合法性审查，年内完成下放不少于30项。")
    autoitem(3, "加强考核评估。", "将自贸试验区建设成效纳入对昆明市、红河州、德宏州的年度综合考评，省自贸办每半年开展一次评估，评估结果报省人民政府。")
    head("三、关于中老铁路沿线开发开放有关事项")
    body("会议听取了省发展改革委关于中老铁路沿线开发开放工作进展情况的汇报。2025年，中老铁路累计发送旅客1365万人次、运输货物1420万吨，其中跨境货物526万吨，“澜湄快线”“中老铁路+中欧班列”等国际货运品牌影响力持续提升。")
    body("会议同意：")
    body("1．将磨憨国际口岸城市综合开发项目、中老铁路万象南站物流园二期（境外）项目、玉溪研和铁路物流港项目列入2026年省级“一带一路”重点项目清单，享受省级重大项目用地、用能、融资等要素保障政策。")
    body("2．省财政2026年安排中老铁路沿线产业发展专项资金8亿元，由省发展改革委会同省财政厅制定资金管理办法，于4月底前报省人民政府审定。")
    body("3．由省交通运输厅牵头，会同中国铁路昆明局集团有限公司、省商务厅，研究“中老泰”跨境货运班列（昆明—万象—曼谷）常态化运营方案，力争上半年实现每周开行3列以上。")
    body("会议强调，沿线各州（市）要坚持“规划先行、产业为本”，严禁借开发开放名义新增地方政府隐性债务，严禁违规圈占土地。")
    head("四、关于2026年省级“一带一路”重点项目推进工作")
    body("会议审议并原则同意省发展改革委提出的2026年省级“一带一路”重点项目清单，共安排项目86个，总投资2168亿元，年度计划投资412亿元。会议要求，各牵头单位要建立项目推进台账，实行“一月一调度、一季一通报”，对推进滞后的项目由省人民政府督查室开展专项督查；省外办、省商务厅要加强境外项目风险评估和预警，指导企业做好安全防范。")
    head("五、其他事项")
    body("会议还研究了其他事项。")
    empty(doc, 1, line=16)

    def roster(label, text):
        clauses.append(label + text)
        p = add_par(doc, [(label, HT, 16, False), (text, FS, 16, False)], indent=False)
        p.paragraph_format.left_indent = Pt(64)
        p.paragraph_format.first_line_indent = Pt(-64)

    roster("出席：", "赵明川　刘建国　陈　莉　杨志远　和　平　马文涛　李　卫")
    roster("请假：", "周晓东（在京出差）")
    roster("列席：", "省人民政府副秘书长，省发展改革委、省财政厅、省商务厅、省交通运输厅、省外办主要负责同志，昆明市、红河州、德宏州人民政府主要负责同志。")

    banji(doc, "分送：", "省委各常委，省人大常委会、省政协主要领导，省直有关部门，有关州、市人民政府。",
          "云南省人民政府办公厅", "2026年3月16日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "十四届云南省人民政府第六十八次常务会议纪要",
            "doc_number": "第9期",
            "issuer": ["云南省人民政府"],
            "date": "2026-03-16",
            "published": None,
            "level": "provincial",
            "region": "云南省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "纪要",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
FENGONG_HEADER = ["序号", "议定事项", "责任分工／牵头单位", "责任分工／配合单位", "完成时限"]
FENGONG_ROWS = [
    ["1", "根据会议意见修改完善《中国（河南）自由贸易试验区深化改革创新三年行动计划（2026—2028年）》，以省政府名义印发实施", "省商务厅", "省司法厅、省政府研究室", "2026年4月底前"],
    ["2", "制定郑州、开封、洛阳片区差异化改革试点任务清单，每个片区不少于10项", "省商务厅", "郑州市、开封市、洛阳市人民政府", "2026年6月底前"],
    ["3", "梳理可赋予自贸试验区各片区的省级经济社会管理权限，提出第三批赋权事项目录", "省委编办", "省司法厅、省商务厅", "2026年9月底前"],
    ["4", "推动郑州—卢森堡“空中丝绸之路”扩容提质，新开通至中亚、中东地区全货机航线3条以上", "郑州航空港经济综合实验区管委会", "省发展改革委、民航河南监管局、河南机场集团", "2026年12月底前"],
    ["5", "争取开展“空中丝绸之路”跨境电商货物“空陆联运一单制”试点", "省商务厅", "郑州海关、省交通运输厅", "2026年9月底前"],
    ["6", "中欧班列（中豫号）全年开行3000列以上，新开辟至中亚、南亚线路2条", "省发展改革委", "省交通运输厅、省商务厅、中铁郑州局集团", "2026年12月底前"],
    ["7", "推进中欧班列郑州集结中心二期项目建设，确保年内主体工程完工", "郑州市人民政府", "省发展改革委、省自然资源厅", "2026年12月底前"],
    ["8", "支持企业在共建“一带一路”国家建设境外经贸合作区，做好河南—吉尔吉斯斯坦亚洲之星农业产业合作区提质扩区工作", "省商务厅", "省发展改革委、省财政厅、中国信保河南分公司", "持续推进"],
    ["9", "建立省级“一带一路”重点项目库，首批入库项目不少于60个", "省发展改革委", "省商务厅、省外办", "2026年5月底前"],
    ["10", "设立总规模50亿元的省“一带一路”产业合作基金", "省财政厅", "省委金融办、省发展改革委", "2026年10月底前"],
    ["11", "开展自贸试验区与郑州航空港区、综合保税区联动发展试点，形成可复制制度创新成果不少于5项", "省商务厅", "郑州海关、郑州航空港经济综合实验区管委会", "2026年12月底前"],
    ["12", "在自贸试验区郑州片区设立国际商事调解中心，完善涉外法律服务体系", "省司法厅", "省高级人民法院、省贸促会", "2026年8月底前"],
    ["13", "建立议定事项落实情况月调度机制，按月汇总报送省政府", "省政府督查室", "各牵头单位", "持续推进"],
]


def fengong_table(doc, rows, clauses, widths):
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = t.rows[0], t.rows[1]
    a = h0.cells[0].merge(h1.cells[0])
    b = h0.cells[1].merge(h1.cells[1])
    c = h0.cells[2].merge(h0.cells[3])
    d = h0.cells[4].merge(h1.cells[4])
    set_cell(a, "序号", HT, 12)
    set_cell(b, "议定事项", HT, 12)
    set_cell(c, "责任分工", HT, 12)
    set_cell(d, "完成时限", HT, 12)
    set_cell(h1.cells[2], "牵头单位", HT, 12)
    set_cell(h1.cells[3], "配合单位", HT, 12)
    repeat_header(h0)
    repeat_header(h1)
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 3) else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=al, line=18)
        no_split(t.rows[ri])
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(FENGONG_HEADER, row)))
    col_widths(t, widths)
    return t


def doc_henan():
    """河南省政府办公厅 特急 通知 + 附件 议定事项任务分工表 (landscape, 续表)."""
    stem = "blind852_henan_dingyi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("河南省人民政府办公厅文件", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60)
    empty(doc, 1)
    p = add_par(doc, "豫政办〔2026〕21号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for line in ("河南省人民政府办公厅关于抓好省政府",
                 "第四十二次常务会议议定事项落实",
                 "工作的通知"):
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各省辖市人民政府，济源示范区、航空港区管委会，省人民政府各部门：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    body("2026年3月27日，省政府第四十二次常务会议审议通过了《中国（河南）自由贸易试验区深化改革创新三年行动计划（2026—2028年）》，研究部署了郑州—卢森堡“空中丝绸之路”、中欧班列（中豫号）、“一带一路”境外经贸合作区建设等重点工作，明确了13项会议议定事项(以下简称议定事项)。为确保议定事项落到实处，经省政府同意，现就有关事项通知如下：")
    runin("一、压实落实责任。", "各牵头单位是议定事项落实的责任主体，主要负责同志要亲自研究部署、亲自协调推动，明确分管负责同志和具体承办处室，逐项制定推进计划，于4月15日前报省政府督查室备案。配合单位要主动对接、积极支持，不得推诿扯皮。")
    runin("二、细化推进措施。", "涉及自贸试验区改革赋权的事项，省商务厅要会同省司法厅加强合法性审核，确保改革于法有据；涉及“空中丝绸之路”、中欧班列（中豫号）和境外经贸合作区的事项，省发展改革委、省商务厅要加强与国家有关部委和驻外使领馆的沟通衔接，及时协调解决项目推进中的困难和问题。")
    runin("三、强化督查问效。", "省政府督查室将议定事项纳入省政府重点督查范围，实行“月调度、季通报、年考核”。各牵头单位于每月5日前通过省政府督查信息系统报送上月进展情况，对进度滞后、措施不力的，将按程序进行通报并约谈有关负责同志。")
    runin("四、加强协同配合。", "各省辖市人民政府和济源示范区、航空港区管委会要结合本地实际抓好相关工作落实，涉及地方承担的任务要主动认领、同步推进，确保议定事项按期完成。")
    p = add_par(doc, "附件：省政府第四十二次常务会议议定事项任务分工表", indent=True)
    empty(doc, 1)
    # 落款 typed with spaces
    add_par(doc, "\u3000" * 14 + "河南省人民政府办公厅", indent=False)
    add_par(doc, "\u3000" * 15 + "2026年4月3日", indent=False)
    add_par(doc, "（此件主动公开）", indent=True)

    # ---- 附件 on a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("省政府第四十二次常务会议议定事项任务分工表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=6)
    widths = [Cm(1.5), Cm(11.5), Cm(4.2), Cm(5.4), Cm(2.8)]
    fengong_table(doc, FENGONG_ROWS[:6], clauses, widths)
    page_break(doc)
    add_par(doc, [("续表", KT, 14, False)], indent=False, line=24)
    fengong_table(doc, FENGONG_ROWS[6:], clauses, widths)
    note = "注：完成时限为“持续推进”的事项，牵头单位每季度末将进展情况报省政府督查室。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    # 版记
    empty(doc, 1)
    p = add_par(doc, [("抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院。", FS, 14, False)],
                indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = doc.add_paragraph()
    font(p2.add_run("河南省人民政府办公厅"), FS, 14)
    font(p2.add_run("\t2026年4月3日印发"), FS, 14)
    fmt(p2, indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(24.0), 2)
    border(p2, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "河南省人民政府办公厅关于抓好省政府第四十二次常务会议议定事项落实工作的通知",
            "doc_number": "豫政办〔2026〕21号",
            "issuer": ["河南省人民政府办公厅"],
            "date": "2026-04-03",
            "published": None,
            "level": "provincial",
            "region": "河南省",
            "effective": None,
            "expires": None,
            "attachments": ["省政府第四十二次常务会议议定事项任务分工表"],
            "doc_type": "通知",
            "recipients": ["各省辖市人民政府", "济源示范区管委会", "航空港区管委会",
                           "省人民政府各部门"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_sichuan():
    """四川 联合上行文 报告: 联合版头(布局表格), 签发人两人, 表格+合计+注, 中文日期."""
    stem = "blind852_sichuan_baogao"
    doc = Document()
    setup(doc)
    clauses = []

    empty(doc, 1)
    # joint 版头 in a borderless layout table
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.rows[0].cells[0], "四川省商务厅", XBS, 26, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
             line=44, color=RED)
    set_cell(t.rows[1].cells[0], "四川省发展和改革委员会", XBS, 26,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=44, color=RED)
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    set_cell(m, "文件", XBS, 40, line=60, color=RED)
    col_widths(t, [Cm(12.0), Cm(3.4)])
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("川商自贸〔2026〕11号"), FS, 16)
    font(p.add_run("\t签发人："), FS, 16)
    font(p.add_run("何立新"), KT, 16)
    fmt(p, indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.4), 0)
    p = doc.add_paragraph()
    font(p.add_run("\t" + "\u3000" * 4), FS, 16)
    font(p.add_run("杨　振"), KT, 16)
    fmt(p, indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.4), 0)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    for line in ("关于落实省政府第八十六次常务会议议定事项",
                 "推进自贸试验区和“一带一路”重点项目",
                 "建设情况的报告"):
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "省人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def spbody(t):  # indented with typed half-width spaces
        clauses.append(t)
        add_par(doc, "    " + t, indent=False)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("2026年2月26日，省政府第八十六次常务会议研究了中国（四川）自由贸易试验区建设和“一带一路”重点项目推进工作，议定由省商务厅、省发展改革委牵头落实6项具体事项（省政府常务会议纪要〔2026〕6号）。我们会同省级有关部门和相关市（州）认真抓好落实，现将有关情况报告如下：")
    head("一、议定事项落实进展")
    runin("（一）自贸试验区提升战略加快实施。", "《中国（四川）自由贸易试验区提升战略实施方案》已于2026年4月10日以省政府名义印发。成都天府新区片区、成都青白江铁路港片区、川南临港片区分别制定差异化改革任务清单，共梳理改革事项92项，已落地实施37项，“铁路运单物权化”“多式联运‘一单制’”等5项经验在全国推广。")
    runin("（二）川渝自贸试验区协同开放示范区建设取得新进展。", "会同重庆市商务委员会联合印发2026年工作要点，推出跨境贸易“一单制”提单融资、川渝通关一体化等协同改革事项24项。2026年一季度，川渝自贸试验区协同开放示范区新设企业3826户，同比增长12.7%。")
    runin("（三）“一带一路”重点项目有序推进。", "纳入省政府常务会议调度的12个重点项目中，已开工9个，1—4月完成投资86.4亿元，占年度计划的41.3%。具体情况如下：")
    add_par(doc, [("表　四川省“一带一路”重点项目推进情况", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=6)
    add_par(doc, [("单位：亿元", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
            indent=False, line=20)
    header = ["序号", "项目名称", "所在地", "总投资", "2026年计划投资", "1—4月完成投资", "进展情况"]
    rows = [
        ["1", "成都国际铁路港中欧班列集结中心扩能项目", "成都市青白江区", "86.5", "22.0", "9.6", "站场扩能工程完成40%"],
        ["2", "天府国际机场航空物流园（二期）", "成都东部新区", "120.0", "35.0", "14.2", "货站主体结构封顶"],
        ["3", "泸州港多用途码头三期工程", "泸州市", "48.6", "12.0", "5.1", "水工结构施工中"],
        ["4", "宜宾临港经开区智能终端产业园", "宜宾市", "65.0", "18.0", "7.3", "一期厂房投用"],
        ["5", "中国—欧洲中心（二期）", "成都高新区", "32.0", "8.0", "2.9", "已开工"],
        ["6", "四川—老挝万象农业产业合作园（境外）", "老挝万象市", "15.8", "4.5", "0.8", "完成境外投资备案，土地租赁手续办理中"],
        ["7", "其他项目（6个）", "—", "412.6", "109.7", "46.5", "已开工3个"],
        ["", "合计", "—", "780.5", "209.2", "86.4", "—"],
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=len(header))
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(tb.rows[0].cells[i], h, HT, 10.5, line=16)
    repeat_header(tb.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 6) else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(tb.rows[ri].cells[ci], v, FS, 10.5, align=al, line=16)
        no_split(tb.rows[ri])
        # empty cells (合计 row has no 序号) are left out of the clause
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row) if v))
    col_widths(tb, [Cm(1.0), Cm(4.2), Cm(2.0), Cm(1.6), Cm(1.7), Cm(1.7), Cm(3.4)])
    note = "注：境外项目投资额按2026年1月末人民币对美元汇率中间价折算；完成投资数据截至2026年4月30日。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    runin("（四）要素保障持续强化。", "省财政2026年安排自贸试验区和开放型经济发展专项资金6.5亿元，已下达4.2亿元；协调金融机构为“一带一路”重点项目授信312亿元，已投放128亿元；保障项目用地2860亩。")
    head("二、存在的主要问题")
    # one w:p, soft line break between two visual paragraphs, space-typed indent
    t1 = "一是部分改革事项需国家有关部委授权，推进进度慢于预期。二是境外项目受东道国政策调整、汇率波动等因素影响较大，四川—老挝万象农业产业合作园项目土地租赁手续尚未完成。"
    t2 = "三是中欧班列（成渝）回程货源不足，去回程比例为1:0.68，运营成本压力较大。"
    p = doc.add_paragraph()
    font(p.add_run("    " + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("    " + t2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([t1, t2])
    head("三、下一步工作打算")
    spbody("1.加快推进差异化改革。围绕议定事项明确的目标任务，重点抓好以下工作：")
    spbody("(1)积极争取商务部等国家部委支持，推动跨境数据流动、国际铁路联运提单融资等改革事项纳入国家层面授权清单；")
    spbody("(2)6月底前完成自贸试验区省级赋权事项评估，对承接效果不好的事项及时调整。")
    spbody("2.全力推动项目建设。对12个重点项目实行“一项目一专班”，每月调度进展，确保全年完成投资209.2亿元以上；指导境外项目实施主体加强与东道国政府沟通，力争四川—老挝万象农业产业合作园项目三季度开工。")
    spbody("3.提升班列运营质效。会同重庆市有关部门优化中欧班列（成渝）线路布局，扩大汽车整车、木材、农产品等回程货源组织，力争全年去回程比例提高至1:0.75。")
    body("特此报告。")
    clauses.pop()  # closing formula is not a clause
    empty(doc, 2)
    p = doc.add_paragraph()
    font(p.add_run("四川省商务厅"), FS, 16)
    font(p.add_run("\t四川省发展和改革委员会"), FS, 16)
    fmt(p, indent=False)
    p.paragraph_format.left_indent = Cm(1.2)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(8.0), 0)
    add_par(doc, "二〇二六年五月八日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    doc.paragraphs[-1].paragraph_format.right_indent = Cm(1.5)
    empty(doc, 1)
    add_par(doc, "（联系人：王晓川；联系电话：028-83225716）", indent=True)
    banji(doc, "抄送：", "省政府督查室，重庆市商务委员会。",
          "四川省商务厅办公室", "2026年5月8日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于落实省政府第八十六次常务会议议定事项推进自贸试验区和“一带一路”重点项目建设情况的报告",
            "doc_number": "川商自贸〔2026〕11号",
            "issuer": ["四川省商务厅", "四川省发展和改革委员会"],
            "date": "2026-05-08",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "报告",
            "recipients": ["省人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_yunnan(), doc_henan(), doc_sichuan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
