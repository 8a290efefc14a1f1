# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1072: 工作简报 / 信息专报 (自贸试验区建设简报, 一带一路信息专报, 商务工作简报).

Writes blind1072_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
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


def runs_into(p, runs):
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)


def add_par(container, runs, **kw):
    p = container.add_paragraph()
    runs_into(p, runs)
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


def page_field(fp, left, right, size=14):
    font(fp.add_run(left), SONG, size)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, SONG, size)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(right), SONG, size)


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
    page_field(fp, left, right)


def cell_shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>'
                          % (nsdecls("w"), fill)))


def cell_borders(cell, spec):
    """spec: dict side -> (val, sz, color)"""
    tcpr = cell._tc.get_or_add_tcPr()
    b = parse_xml('<w:tcBorders %s/>' % nsdecls("w"))
    for side, (val, sz, color) in spec.items():
        b.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="0" w:color="%s"/>'
                           % (side, nsdecls("w"), val, sz, color)))
    tcpr.append(b)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_after = Pt(0)


def set_widths(table, cms):
    table.autofit = False
    for row in table.rows:
        for c, w in zip(row._tr.tc_lst, cms):
            tcpr = c.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            span = tcpr.find(qn("w:gridSpan"))
            n = int(span.get(qn("w:val"))) if span is not None else 1
            tcw.set(qn("w:w"), str(int(w * 567 * n)))
            tcw.set(qn("w:type"), "dxa")
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def row_height(row, cm):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="atLeast"/>'
                          % (nsdecls("w"), int(cm * 567))))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1072", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    m = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
         "level": None, "region": None, "effective": None, "expires": None,
         "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
         "repeals": None}
    m.update(kw)
    return m


def distribution_box(doc, lines, tail=None, size=14):
    """报/送/发 lines inside a one-cell bordered table."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.rows[0]._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
    cell = t.rows[0].cells[0]
    cell.text = ""
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if isinstance(ln, list):          # list of segments joined by manual line breaks
            for i, seg in enumerate(ln):
                if i:
                    r = p.add_run()
                    r.add_break(WD_BREAK.LINE)
                font(p.add_run(seg), FS, size)
        else:
            font(p.add_run(ln), FS, size)
        fmt(p, indent=False, line=24)
        p.paragraph_format.left_indent = Pt(4)
    if tail:
        p = cell.add_paragraph()
        runs_into(p, [(tail, FS, 12, False)])
        fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=22)
    return t


# =================================================================== DOC A
def doc_ziMao():
    stem = "blind1072_zimao_jianbao"
    doc = Document()
    setup(doc)
    clauses = []

    # 红头: masthead + 期号 + 编印单位/日期 on one line with a right tab, red rule
    add_par(doc, [("自贸试验区建设简报", XBS, 40, False, RED)], align=C, indent=False,
            line=64, before=18)
    add_par(doc, [("第5期", FS, 16, False)], align=C, indent=False, line=30, before=6)
    p = add_par(doc, [("中国（湖南）自由贸易试验区工作办公室", FS, 15, False), ("\t", FS, 15, False),
                      ("2026年3月18日", FS, 15, False)], indent=False, line=30, before=6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "FF0000", 24, 4)
    empty(doc, 1, line=20)

    # 编者按 (run-in bold heading, 楷体 text)
    en = ("今年以来，各片区认真贯彻落实省委、省政府关于高水平建设自贸试验区的部署要求，"
          "聚焦制度创新和产业集聚，推动各项改革试点任务落地见效。现将近期各片区工作进展和"
          "1—2月主要指标情况予以编发，供各地各部门学习借鉴。")
    add_par(doc, [("编者按：", HT, 16, True), (en, KT, 16, False)])
    clauses.append("编者按：" + en)

    def head(t):
        add_par(doc, [(t, HT, 16, True)], align=C, indent=False, line=30, before=10, after=4)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    head("长沙片区首创“跨境电商+中欧班列”一单制通关模式")
    body("近日，长沙片区联合长沙海关、中国铁路广州局集团有限公司，在全国率先推出跨境电商货物"
         "“一单制”中欧班列运输通关模式，企业只需向海关申报一次、向铁路托运一次，即可完成从长沙到"
         "欧洲主要城市的全程运输。该模式实施以来，跨境电商班列货物平均通关时长由原来的12小时"
         "压缩至2.5小时，物流成本下降约15%。")
    body("截至3月上旬，长沙片区已有43家跨境电商企业采用“一单制”模式，累计发运跨境电商专列26列、"
         "货值9.8亿元。下一步，长沙片区将推动“一单制”向海铁联运、空铁联运延伸，争取纳入国家"
         "自贸试验区改革试点经验复制推广清单。")

    head("岳阳片区“港口+口岸”联动助推开放平台能级提升")
    body("岳阳片区依托城陵矶港国家一类水运口岸，深化“离港确认”“船边直提”等便利化改革，推动"
         "岳阳港与上海港、宁波舟山港开展“联动接卸”合作，实现“一次申报、一次查验、一次放行”。"
         "1-2月，城陵矶港完成集装箱吞吐量13.6万标箱，同比增长11.2%；外贸集装箱航线达到18条，"
         "其中近洋直航航线3条。")

    head("郴州片区推进湘粤港澳产业链协作取得新进展")
    body("郴州片区主动对接粤港澳大湾区产业转移，围绕有色金属新材料、电子信息等产业链，建立"
         "“湾区研发、郴州制造”协作机制，今年以来新引进大湾区产业项目21个，合同引资金额86.4亿元。"
         "郴州综合保税区开展保税维修业务试点，已为17家企业办理保税维修业务，货值2.3亿元。")

    head("省自贸办召开一季度片区工作调度会")
    body("3月12日，省自贸办召开一季度片区工作调度会，通报各片区改革试点任务推进情况，部署下阶段"
         "重点工作。会议要求，各片区要对照《中国(湖南)自由贸易试验区提升战略实施方案》确定的任务"
         "清单，逐项明确责任单位和完成时限，确保二季度末前完成年度任务的50%以上；要加强制度创新"
         "案例的总结提炼，每个片区上半年至少报送3项创新案例。")

    # 数据 box: one-cell table, shaded, heading + dash lines
    empty(doc, 1, line=16)
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell = t.rows[0].cells[0]
    cell_shade(cell, "F2F2F2")
    cell_borders(cell, {s: ("single", 12, "C00000") for s in ("top", "left", "bottom", "right")})
    cell.text = ""
    p = cell.paragraphs[0]
    runs_into(p, [("数据速览（2026年1—2月）", HT, 15, True)])
    fmt(p, align=C, indent=False, line=28, before=4)
    data = [
        "——全省自贸试验区新设企业2316家，同比增长18.7%，其中外商投资企业58家。",
        "——实际使用外资2.14亿美元，同比增长9.3%，占全省的31.6%。",
        "——进出口总额486.7亿元，同比增长12.5%，占全省的26.8%。",
        "——新增制度创新成果14项，累计形成制度创新成果276项，其中在全国复制推广12项。",
    ]
    for d in data:
        p = cell.add_paragraph()
        runs_into(p, [(d, FS, 15, False)])
        fmt(p, indent=True, line=26)
        clauses.append(d)
    p = cell.add_paragraph()
    fmt(p, indent=False, line=8)

    empty(doc, 2)
    distribution_box(doc, [
        "报：商务部自由贸易试验区港建设协调司，省委、省人大常委会、省政府、省政协领导同志。",
        "送：省自贸试验区工作领导小组成员单位。",
        "发：长沙、岳阳、郴州片区管委会，各市州商务局。",
    ], tail="责任编辑：刘　洋　　　　　　　　（共印80份）")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="自贸试验区建设简报", doc_number="第5期",
                     issuer=["中国（湖南）自由贸易试验区工作办公室"], date="2026-03-18",
                     level="provincial", region="湖南省", doc_type="简报"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_yidaiyilu():
    stem = "blind1072_ydyl_zhuanbao"
    doc = Document()
    setup(doc, "- ", " -")
    clauses = []

    add_par(doc, [("内部资料　注意保存", HT, 16, False)], indent=False, line=28)
    # masthead typed with spaces between the characters
    add_par(doc, [("信 息 专 报", XBS, 48, False, RED)], align=C, indent=False, line=70, before=12)
    add_par(doc, [("第7期", FS, 16, False)], align=C, indent=False, line=30)
    # 编印单位 and date aligned with full-width spaces
    p = add_par(doc, [("重庆市推进“一带一路”建设工作领导小组办公室", FS, 14, False),
                      ("\u3000\u3000", FS, 14, False),
                      ("2026年2月26日", FS, 14, False)], indent=False, line=28, before=4)
    border(p, "bottom", "FF0000", 18, 4)
    empty(doc, 1, line=14)

    # 领导批示 box
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    row_height(t.rows[0], 4.6)
    lc, rc = t.rows[0].cells
    lc.width, rc.width = Cm(1.6), Cm(13.9)
    lc.text = ""
    for i, ch in enumerate("领导批示"):
        p = lc.paragraphs[0] if i == 0 else lc.add_paragraph()
        runs_into(p, [(ch, HT, 15, False)])
        fmt(p, align=C, indent=False, line=26, before=4 if i == 0 else 0)
    rc.text = ""
    fmt(rc.paragraphs[0], indent=False, line=20)
    for c, w in ((lc, 1.6), (rc, 13.9)):
        tcpr = c._tc.get_or_add_tcPr()
        tcw = tcpr.find(qn("w:tcW"))
        if tcw is None:
            tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
            tcpr.insert(0, tcw)
        tcw.set(qn("w:w"), str(int(w * 567)))
        tcw.set(qn("w:type"), "dxa")
    empty(doc, 1, line=20)

    # title: one paragraph, manual line break at an odd place
    p = doc.add_paragraph()
    font(p.add_run("我市以西部陆海新通道为牵引深化与共"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("建“一带一路”国家经贸合作取得新成效"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1, line=20)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=KT, bold=True):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("2025年，我市深入落实市委、市政府关于加快建设内陆开放高地的部署，以西部陆海新通道为牵引，"
         "统筹推进通道、平台、产业、机制建设，与共建“一带一路”国家经贸合作量质齐升。全年我市对共建"
         "“一带一路”国家进出口3386.2亿元，同比增长8.9%，占全市外贸总值的52.4%，较上年提高2.1个"
         "百分点。有关情况如下：")
    head("一、主要进展")
    runin("（一）通道网络持续拓展。",
          "西部陆海新通道全年运输集装箱24.6万标箱，同比增长13.4%，目的地拓展至127个国家和地区的"
          "542个港口；中欧班列（成渝）重庆方向全年开行2318列，新开通至哈萨克斯坦阿拉木图、乌兹别克"
          "斯坦塔什干等线路7条。跨境公路班车开行1.2万车次，覆盖东盟全部10个国家。")
    runin("（二）开放平台提质增效。",
          "重庆自贸试验区新增市场主体1.86万户，形成制度创新成果38项，其中“铁路运单物权化”改革"
          "纳入国家复制推广清单。两江新区、西部科学城重庆高新区等平台引进共建“一带一路”国家项目"
          "46个，合同外资金额12.7亿美元。")
    runin("（三）经贸合作不断深化。",
          "全年对东盟进出口1143.5亿元，同比增长11.6%；对中亚五国进出口186.3亿元，同比增长27.2%。"
          "我市企业在共建“一带一路”国家新签对外承包工程合同额28.4亿美元，完成营业额19.6亿美元；"
          "新设境外投资企业（机构）73家，中方协议投资额9.2亿美元。")

    # table with 2-level header, 序号 column, unit in caption, note below
    add_par(doc, [("表1　2025年我市主要国际物流通道运行情况（运输量单位：万标箱）", HT, 14, False)],
            align=C, indent=False, line=26, before=6, after=4)
    rows = [
        ["1", "西部陆海新通道（铁海联运班列）", "9862列", "24.6", "13.4"],
        ["2", "中欧班列（成渝）重庆方向", "2318列", "19.8", "6.7"],
        ["3", "跨境公路班车", "12046车次", "3.1", "21.5"],
        ["4", "长江黄金水道（江海联运）", "—", "31.2", "4.8"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    a = h0[0].merge(h1[0]); set_cell(a, "序号", HT, 12)
    a = h0[1].merge(h1[1]); set_cell(a, "通道名称", HT, 12)
    a = h0[2].merge(h0[3]); set_cell(a, "2025年", HT, 12)
    set_cell(h1[2], "开行量", HT, 12)
    set_cell(h1[3], "运输量", HT, 12)
    a = h0[4].merge(h1[4]); set_cell(a, "同比增长（%）", HT, 12)
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    set_widths(t, [1.3, 5.6, 2.8, 2.4, 2.9])
    heads = ["序号", "通道名称", "2025年／开行量", "2025年／运输量", "同比增长（%）"]
    for ri, r in enumerate(rows, 2):
        for ci, v in enumerate(r):
            set_cell(t.rows[ri].cells[ci], v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, r)))
    note = "注：跨境公路班车运输量按标准箱折算；数据来源于市口岸物流办、重庆海关。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)
    clauses.append(note)

    head("二、存在的问题")
    body("一是回程货源不足，中欧班列（成渝）重庆方向回程班列占比为38.6%，低于去程班列比重；"
         "二是通道运营主体较多、标准不一，多式联运“一单制”在部分线路尚未全面推行；三是企业"
         "“走出去”风险防控能力有待提升，部分境外项目受当地政策调整、汇率波动影响较大。")
    head("三、下一步工作打算")
    runin("1.加快通道扩能提质。",
          "推动西部陆海新通道重庆主枢纽扩能改造，力争2026年通道运输集装箱突破27万标箱；加密至东盟、"
          "中亚、中东欧方向班列班次，提升回程班列比重。", hf=FS, bold=True)
    runin("2.推动平台协同开放。",
          "深入实施自贸试验区提升战略，在多式联运、跨境金融、数字贸易等领域再形成一批制度创新成果，"
          "积极争取国家赋予更多改革试点任务。", hf=FS, bold=True)
    runin("3.强化“走出去”服务保障。",
          "建立境外项目风险监测预警机制，完善“一带一路”法律服务和涉外商事调解体系，引导企业合规"
          "经营、稳健拓展。", hf=FS, bold=True)

    empty(doc, 2)
    distribution_box(doc, [
        "报：市委、市人大常委会、市政府、市政协领导同志。",
        ["送：国家推进“一带一路”建设工作领导小组办公室，商务部综合司，",
         "　　国家发展改革委西部开发司。"],
        "发：市推进“一带一路”建设工作领导小组成员单位，各区县（自治县）人民政府。",
    ], tail="联系人：王　静　　电话：023-63891275　　　　（共印50份）")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="我市以西部陆海新通道为牵引深化与共建“一带一路”国家经贸合作取得新成效",
                     doc_number="第7期",
                     issuer=["重庆市推进“一带一路”建设工作领导小组办公室"], date="2026-02-26",
                     level="provincial", region="重庆市", doc_type="信息专报"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_shangwu():
    stem = "blind1072_lyg_gongzuo"
    doc = Document()
    setup(doc)
    clauses = []
    SP = "\u3000\u3000"   # clerk indents body with two full-width spaces

    add_par(doc, [("商务工作简报", XBS, 50, False, RED)], align=C, indent=False, line=72, before=24)
    add_par(doc, [("第12期", FS, 16, False)], align=C, indent=False, line=30, before=4)
    # half-width spaces typed to push the date right
    p = add_par(doc, [("连云港市商务局", FS, 16, False), (" " * 26, FS, 16, False),
                      ("二〇二五年十二月十九日", FS, 16, False)], indent=False, line=30, before=4)
    border(p, "bottom", "FF0000", 24, 4, val="thickThinSmallGap")
    empty(doc, 1, line=20)

    # 编者按 in a paragraph box
    en = ("今年以来，全市商务系统坚持稳外贸、扩内需、促投资协同发力，全力以赴推动商务经济高质量"
          "发展。本期集中编发近期各县区、各部门工作动态，请各单位结合实际，互学互鉴、比学赶超，"
          "确保全年目标任务圆满完成。")
    p = add_par(doc, [("【编者按】", HT, 16, True), (en, KT, 16, False)], line=28)
    for s in ("top", "left", "bottom", "right"):
        border(p, s, "000000", 6, 4)
    clauses.append("【编者按】" + en)

    def column(t):
        add_par(doc, [(t, HT, 16, False, RED)], indent=False, line=30, before=10)

    def head(t):
        add_par(doc, [(t, FS, 16, True)], align=C, indent=False, line=30, before=6)

    def body(t):
        clauses.append(t)
        add_par(doc, SP + t, indent=False)

    column("【工作动态】")
    head("全市外贸进出口前11个月实现稳定增长")
    body("据连云港海关统计，1-11月全市实现外贸进出口总额1108.6亿元，同比增长6.3%，增速高于全省"
         "3.1个百分点。其中，出口512.4亿元，增长9.8%；进口596.2亿元，增长3.5%。从贸易方式看，"
         "一般贸易进出口762.9亿元，占比68.8%；从主要市场看，对共建“一带一路”国家进出口587.3亿元，"
         "增长10.2%。")

    add_par(doc, [("2025年1-11月各县区外贸进出口情况", HT, 14, False)], align=C,
            indent=False, line=26, before=4)
    add_par(doc, [("单位：亿元，%", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
            indent=False, line=20)
    rows = [
        ["海州区", "186.4", "5.2", "92.7", "8.1"],
        ["连云区", "243.8", "7.9", "71.5", "12.6"],
        ["赣榆区", "201.5", "4.6", "118.3", "7.4"],
        ["东海县", "98.2", "9.3", "67.9", "11.8"],
        ["灌云县", "76.4", "3.1", "38.2", "5.9"],
        ["灌南县", "64.7", "-2.4", "41.6", "1.3"],
        ["连云港经济技术开发区", "237.6", "8.7", "82.2", "13.5"],
        ["合计", "1108.6", "6.3", "512.4", "9.8"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    a = h0[0].merge(h1[0]); set_cell(a, "县区", HT, 12)
    a = h0[1].merge(h0[2]); set_cell(a, "进出口", HT, 12)
    a = h0[3].merge(h0[4]); set_cell(a, "其中：出口", HT, 12)
    for i, txt in ((1, "总额"), (2, "同比增长"), (3, "总额"), (4, "同比增长")):
        set_cell(h1[i], txt, HT, 12)
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    set_widths(t, [4.8, 2.6, 2.6, 2.6, 2.6])
    heads = ["县区", "进出口／总额", "进出口／同比增长", "其中：出口／总额", "其中：出口／同比增长"]
    for ri, r in enumerate(rows, 2):
        bold = r[0] == "合计"
        for ci, v in enumerate(r):
            set_cell(t.rows[ri].cells[ci], v, HT if bold else FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, r)))
    note = "注：同比增长按可比口径计算。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=2)
    clauses.append(note)

    head("我市成功举办2025中国（连云港）丝绸之路国际物流博览会")
    body("12月5日至7日，2025中国（连云港）丝绸之路国际物流博览会在连云港国际会展中心举办，来自32个"
         "国家和地区的416家企业参展，展览面积4.2万平方米。展会期间举办中哈物流合作论坛、上合组织"
         "国家贸易投资对接会等配套活动9场，现场签约项目27个，总金额186亿元。")

    column("【县区传真】")
    head("赣榆区“海外仓+跨境电商”助力企业拓市场")
    body("赣榆区引导跨境电商企业在美国、德国、阿联酋等国家布局海外仓，今年以来新增海外仓5个，"
         "总数达到14个，面积6.8万平方米。全区跨境电商进出口完成24.7万单、货值11.3亿元，同比分别"
         "增长36.4%和28.9%。")
    head("东海县开展“万企出海·县域行”政策宣讲活动")
    body("11月下旬，东海县商务局联合中国出口信用保险公司江苏分公司、中国银行东海支行，走进硅材料、"
         "水晶加工等特色产业集群，开展出口信用保险、汇率避险、RCEP原产地规则等政策宣讲6场，"
         "覆盖外贸企业210家，现场解答企业问题43个。")

    empty(doc, 2)
    # 报/送/发 box made from paragraph borders (thick top, thin between, thick bottom)
    lines = ["报：市委、市政府领导同志，省商务厅。",
             "送：市委办公室、市人大常委会办公室、市政府办公室、市政协办公室，市各有关部门。",
             "发：各县区商务主管部门，局机关各处室、各直属单位。"]
    for i, ln in enumerate(lines):
        p = add_par(doc, [(ln, FS, 14, False)], indent=False, line=24)
        p.paragraph_format.left_indent = Pt(8)
        p.paragraph_format.right_indent = Pt(8)
        border(p, "left", "000000", 8, 4)
        border(p, "right", "000000", 8, 4)
        if i == 0:
            border(p, "top", "000000", 12, 4)
        if i == len(lines) - 1:
            border(p, "bottom", "000000", 12, 4)
    add_par(doc, [("审核：张海燕　　　编辑：孙　明　　　　　　　（共印60份）", FS, 12, False)],
            indent=False, line=24, before=4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="商务工作简报", doc_number="第12期", issuer=["连云港市商务局"],
                     date="2025-12-19", level="municipal", region="连云港市", doc_type="简报"),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_ziMao(), doc_yidaiyilu(), doc_shangwu()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
