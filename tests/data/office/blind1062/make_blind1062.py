# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1062: 市政府向自贸试验区片区下放市级行政权力事项的决定 + 省政府废止和修改规章的决定.

Writes blind1062_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
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
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
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


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None, pbb=False):
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
    if pbb:
        pf.page_break_before = True
    return p


def add_par(doc, runs, **kw):
    """runs: str, or list of (text, font, size, bold[, color]) tuples; "\n" in text = Shift+Enter."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)
            if part:
                font(p.add_run(part), name, size, bold, color)
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


def page_field(p, size=14, name=SONG):
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), name, size)
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def footer_num(par, align, left="— ", right=" —"):
    par.alignment = align
    font(par.add_run(left), SONG, 14)
    page_field(par)
    font(par.add_run(right), SONG, 14)


def setup(doc, odd_even=False):
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
    if odd_even:
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.paragraph_format.right_indent = Pt(14)
        footer_num(fp, R)
        ep = s.even_page_footer.paragraphs[0]
        ep.paragraph_format.left_indent = Pt(14)
        footer_num(ep, L)
    else:
        footer_num(s.footer.paragraphs[0], C)


def set_cell(cell, text, name=FS, size=11, bold=False, align=C, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(part), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s w:val="true"/>' % nsdecls("w")))


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s w:val="true"/>' % nsdecls("w")))


def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(Cm(cms[i]).twips)))
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


def row_clause(header, row):
    return "；".join("%s：%s" % (h.replace("\n", ""), v.replace("\n", "")) for h, v in zip(header, row))


def banji(doc, cc_lines, printer, date_txt):
    """版记: 抄送 + 印发 between black rules (spaces used for alignment)."""
    empty(doc, 1)
    first = True
    for i, line in enumerate(cc_lines):
        p = add_par(doc, [(line, FS, 14, False)], indent=False, line=22)
        p.paragraph_format.left_indent = Pt(14) if i == 0 else Pt(56)
        p.paragraph_format.keep_with_next = True
        if first:
            border(p, "top", "000000", 8, 4)
            first = False
    p = add_par(doc, [(printer, FS, 14, False), ("\u3000" * 7, FS, 14, False),
                      (date_txt, FS, 14, False)], indent=False, line=22)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 4, 4)
    border(p, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1062", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# Word automatic numbering (一、 headings typed with list numbering, not text)
_next_abs = [700]


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


def red_head(doc, name, size=40, spacing=None):
    p = add_par(doc, [(name, XBS, size, False, RED)], align=C, indent=False, line=size + 16,
                before=30)
    if spacing:
        for r in p.runs:
            rpr = r._element.get_or_add_rPr()
            rpr.append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), spacing)))
    return p


# =================================================================== DOC A
def doc_luzhou():
    """泸州市人民政府 决定 (红头文件, 手打编号, 空格对齐落款, 附件表拆成续表, 纵向合并单元格)."""
    stem = "blind1062_luzhou_xiafang"
    doc = Document()
    setup(doc)
    clauses = []

    red_head(doc, "泸州市人民政府文件", 40)
    empty(doc, 1)
    p = add_par(doc, "泸市府发〔2025〕21号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three paragraphs, wrapped at odd places
    for t in ("泸州市人民政府关于向中国（四川）自由", "贸易试验区川南临港片区下放一批市级",
              "行政权力事项的决定"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各区县人民政府，市级各部门，有关单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t, hf=KT, bold=True):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("为深入贯彻落实《中国（四川）自由贸易试验区条例》，进一步赋予中国（四川）自由贸易试验区川南临港片区"
         "（以下简称川南临港片区）更大改革自主权，服务共建“一带一路”，"
         "经市政府研究，决定向川南临港片区下放一批市级行政权力事项。现决定如下：")
    runin("一、下放事项。", "将企业投资项目核准、建筑工程施工许可证核发、道路货物运输经营许可等16项市级行政权力事项"
          "下放至川南临港片区管理委员会（以下简称片区管委会）实施，其中直接下放9项、委托实施7项。具体事项详见附件。", HT, False)
    runin("二、实施方式。", "直接下放的事项，由片区管委会以自己的名义实施；委托实施的事项，"
          "由片区管委会在委托范围内以原实施部门的名义实施，原实施部门对其后果承担法律责任。", HT, False)
    add_par(doc, [("三、工作要求", HT, 16, False)])
    runin("（一）做好交接落实。", "市级有关部门要在本决定施行之日起30日内，与片区管委会完成事项交接，"
          "将业务资料、审批系统权限一并移交，确保事项“放得下、接得住、管得好”。")
    runin("（二）强化承接能力。", "片区管委会要将承接事项全部纳入片区政务服务中心集中办理，及时更新办事指南。")
    runin("（三）加强事中事后监管。", "原实施部门要切实履行业务指导和监督职责，坚持“谁审批、谁监管，谁主管、谁监管”，"
          "对承接不到位、实施不规范的事项，要及时督促整改，确有必要的，报市政府同意后予以收回。")
    runin("四、", "本决定自2026年1月1日起施行。",
          HT, False)
    empty(doc, 1)
    p = add_par(doc, "附件：泸州市向中国（四川）自由贸易试验区川南临港片区下放的市级行政权力事项目录")
    empty(doc, 1)
    # 落款 aligned with typed half-width spaces
    add_par(doc, " " * 42 + "泸州市人民政府", indent=False).paragraph_format.keep_with_next = True
    add_par(doc, " " * 41 + "2025年11月18日", indent=False)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")

    # ---- 附件 on a new page
    add_par(doc, [("附件", HT, 16, False)], indent=False, pbb=True)
    empty(doc, 1)
    add_par(doc, [("泸州市向中国（四川）自由贸易试验区\n川南临港片区下放的市级行政权力事项目录", XBS, 20, False)],
            align=C, indent=False, line=32)
    empty(doc, 1, line=14)
    header = ["序号", "事项名称", "原实施部门", "下放方式", "备注"]
    rows = [
        ["1", "企业投资项目核准", "市发展改革委", "直接下放", "限川南临港片区范围内、按规定由市级核准的项目"],
        ["2", "企业投资项目备案", "市发展改革委", "直接下放", "限片区范围内市级备案项目"],
        ["3", "固定资产投资项目节能审查", "市发展改革委", "委托", "不含年综合能源消费量5000吨标准煤以上项目"],
        ["4", "技术改造投资项目备案", "市经济和信息化局", "直接下放", "限片区范围内工业企业"],
        ["5", "单用途商业预付卡发卡企业备案", "市商务局", "直接下放", "限注册地在片区内的企业"],
        ["6", "建设用地规划许可证核发", "市自然资源和规划局", "委托", "限片区规划范围内"],
        ["7", "建设工程规划许可证核发", "市自然资源和规划局", "委托", "限片区规划范围内"],
        ["8", "建设工程竣工规划核实", "市自然资源和规划局", "委托", "与建设工程规划许可同步委托"],
        ["9", "建筑工程施工许可证核发", "市住房城乡建设局", "直接下放", "限片区范围内房屋建筑和市政基础设施工程"],
        ["10", "特殊建设工程消防验收", "市住房城乡建设局", "委托", "不含火力发电厂、石油化工等重大项目"],
        ["11", "商品房预售许可", "市住房城乡建设局", "直接下放", "限片区范围内商品房项目"],
        ["12", "道路货物运输经营许可", "市交通运输局", "直接下放", "不含危险货物道路运输"],
        ["13", "港口经营许可", "市交通运输局", "委托", "限泸州港多用途码头作业区，不含危险货物港口作业"],
        ["14", "建设项目环境影响报告表审批", "市生态环境局", "委托", "不含核与辐射类及跨区县项目"],
        ["15", "食品生产许可", "市市场监管局", "直接下放", "不含特殊食品及食品添加剂"],
        ["16", "特种设备使用登记", "市市场监管局", "直接下放", "不含气瓶、移动式压力容器充装"],
    ]
    col_w = [1.2, 4.4, 3.6, 2.0, 4.4]

    def part_table(part):
        t = doc.add_table(rows=1 + len(part), cols=5)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, HT, 12)
        for ri, row in enumerate(part, 1):
            no_split(t.rows[ri])
            for ci, v in enumerate(row):
                set_cell(t.rows[ri].cells[ci], v, FS, 11,
                         align=L if ci in (1, 4) else C)
            clauses.append(row_clause(header, row))
        widths(t, col_w)
        # clerk merges the 原实施部门 cells of consecutive rows of one department
        ri = 1
        while ri <= len(part):
            rj = ri
            while rj + 1 <= len(part) and part[rj][2] == part[ri - 1][2]:
                rj += 1
            if rj > ri:
                m = t.cell(ri, 2).merge(t.cell(rj, 2))
                set_cell(m, part[ri - 1][2], FS, 11)
            ri = rj + 1
        return t

    part_table(rows[:9])
    # clerk splits the table by hand: page break, "续表", header typed again
    add_par(doc, [("续表", KT, 14, False)], indent=False, pbb=True, line=24)
    part_table(rows[9:])
    add_par(doc, [("注：1．“原实施部门”指本决定施行前承担该事项的市级部门。", FS, 12, False)],
            indent=False, line=20, before=6)
    clauses.append("注：1．“原实施部门”指本决定施行前承担该事项的市级部门。")
    p = add_par(doc, [("2．委托实施事项的委托期限为3年，期满后由原实施部门会同片区管委会评估确定是否继续委托。", FS, 12, False)],
                indent=False, line=20)
    p.paragraph_format.left_indent = Pt(24)
    clauses.append("2．委托实施事项的委托期限为3年，期满后由原实施部门会同片区管委会评估确定是否继续委托。")

    banji(doc, ["抄送：市委各部门，泸州军分区，市人大常委会办公室，",
                "市政协办公室，市监委，市中级法院，市检察院。"],
          "泸州市人民政府办公室", "2025年11月19日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "泸州市人民政府关于向中国（四川）自由贸易试验区川南临港片区下放一批市级行政权力事项的决定",
            "doc_number": "泸市府发〔2025〕21号",
            "issuer": ["泸州市人民政府"],
            "date": "2025-11-18",
            "published": None,
            "level": "municipal",
            "region": "泸州市",
            "effective": "2026-01-01",
            "expires": None,
            "attachments": ["泸州市向中国（四川）自由贸易试验区川南临港片区下放的市级行政权力事项目录"],
            "doc_type": "决定",
            "recipients": ["各区县人民政府", "市级各部门", "有关单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_hunan():
    """湖南省人民政府令 公布 废止和修改部分省政府规章的决定 (令式版头, 奇偶页码, 两个附件表)."""
    stem = "blind1062_hunan_guizhang"
    doc = Document()
    setup(doc, odd_even=True)
    clauses = []

    red_head(doc, "湖南省人民政府令", 42, spacing=40)
    empty(doc, 2)
    add_par(doc, "第326号", align=C, indent=False)
    empty(doc, 2)
    t = ("《湖南省人民政府关于废止和修改部分省政府规章的决定》已经2025年12月19日省人民政府第78次常务会议审议通过，"
         "现予公布，自2026年3月1日起施行。")
    add_par(doc, t)
    clauses.append(t)
    empty(doc, 1)
    p = add_par(doc, "省长　　王建新", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2025年12月30日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)

    # ---- the decision itself on a new page
    empty(doc, 2)
    p = add_par(doc, [("湖南省人民政府关于废止和修改", XBS, 22, False)], align=C, indent=False,
                line=34)
    add_par(doc, [("部分省政府规章的决定", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)

    def body(t, runs=None):
        clauses.append(t)
        add_par(doc, runs or t)

    body("为深入贯彻落实党中央、国务院关于全面深化改革、推进高水平对外开放和持续优化营商环境的决策部署，"
         "维护社会主义法制统一，根据《中华人民共和国立法法》《规章制定程序条例》等法律、行政法规的规定，"
         "省人民政府对现行有效的省政府规章进行了集中清理。经清理，省人民政府决定：")
    body("一、对4件省政府规章予以废止（附件1）。")
    body("二、对5件省政府规章的部分条款予以修改（附件2），具体修改如下：")
    items = [
        "（一）将《湖南省开放型经济发展促进办法》第八条第二款中的“省商务主管部门会同省发展改革等部门”修改为"
        "“省商务主管部门会同省发展改革、中国（湖南）自由贸易试验区工作机构等部门”；第二十三条增加一款，作为第二款："
        "“鼓励企业利用中欧班列、西部陆海新通道等国际物流通道开展国际贸易，积极参与共建‘一带一路’。”",
        "（二）删去《湖南省招标投标监督管理办法》第十五条第一款中的“并在本省行政区域内设立分支机构”；"
        "将第三十二条中的“处5000元以上3万元以下罚款”修改为“依照《中华人民共和国招标投标法实施条例》的有关规定予以处罚”。",
        "（三）将《湖南省政府投资项目管理办法》第十一条中的“项目建议书、可行性研究报告、初步设计”修改为"
        "“项目建议书、可行性研究报告、初步设计及概算”；第十九条第三款修改为：“政府投资项目建设投资原则上不得超过经核定的投资概算。”",
        "（四）将《湖南省公共资源交易管理办法》第六条中的“省公共资源交易中心”修改为“省公共资源交易服务平台运行服务机构”。",
        "（五）将《湖南省跨境电子商务发展促进规定》第三条中的“中国（长沙）跨境电子商务综合试验区”修改为"
        "“本省各跨境电子商务综合试验区”；第十四条增加一项，作为第五项：“（五）支持企业在共建‘一带一路’国家和地区布局海外仓。”",
    ]
    for it in items:
        body(it)
    body("三、《湖南省开放型经济发展促进办法》等5件省政府规章根据本决定作相应修改，对条文顺序作相应调整后，重新公布。")
    body("本决定自2026年3月1日起施行。")
    empty(doc, 1)
    add_par(doc, "附件：1．湖南省人民政府决定废止的规章\n" + "\u3000" * 3 + "2．湖南省人民政府决定修改的规章")

    def att(n, title, rows, note=None):
        if n == 1:
            add_par(doc, [("附件%d" % n, HT, 16, False)], indent=False, pbb=True)
        else:
            empty(doc, 1)
            add_par(doc, [("附件%d" % n, HT, 16, False)], indent=False)
        add_par(doc, [(title, XBS, 20, False)], align=C, indent=False, line=34)
        empty(doc, 1, line=12)
        header = ["序号", "规章名称", "公布文号"]
        t = doc.add_table(rows=1 + len(rows), cols=3)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, HT, 12, line=22)
        repeat_header(t.rows[0])
        for ri, row in enumerate(rows, 1):
            for ci, v in enumerate(row):
                set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci == 1 else C, line=22)
            clauses.append(row_clause(header, row))
        widths(t, [1.5, 7.3, 6.8])
        if note:
            add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
            clauses.append(note)

    att(1, "湖南省人民政府决定废止的规章", [
        ["1", "湖南省口岸管理办法", "湖南省人民政府令第213号"],
        ["2", "湖南省外商投资企业投诉处理规定", "湖南省人民政府令第187号"],
        ["3", "湖南省加工贸易管理办法", "湖南省人民政府令第241号"],
        ["4", "湖南省行政审批中介服务管理办法", "湖南省人民政府令第279号"],
    ])
    att(2, "湖南省人民政府决定修改的规章", [
        ["1", "湖南省开放型经济发展促进办法", "湖南省人民政府令第268号"],
        ["2", "湖南省招标投标监督管理办法", "湖南省人民政府令第255号\n（根据湖南省人民政府令第289号修改）"],
        ["3", "湖南省政府投资项目管理办法", "湖南省人民政府令第290号"],
        ["4", "湖南省公共资源交易管理办法", "湖南省人民政府令第302号"],
        ["5", "湖南省跨境电子商务发展促进规定", "湖南省人民政府令第311号"],
    ], note="注：具体修改内容见本决定第二条。")

    banji(doc, ["抄送：省委各部门，省军区，省人大常委会办公厅，",
                "省政协办公厅，省高级人民法院，省人民检察院。"],
          "湖南省人民政府办公厅", "2025年12月30日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "湖南省人民政府关于废止和修改部分省政府规章的决定",
            "doc_number": "湖南省人民政府令第326号",
            "issuer": ["湖南省人民政府"],
            "date": "2025-12-30",
            "published": None,
            "level": "provincial",
            "region": "湖南省",
            "effective": "2026-03-01",
            "expires": None,
            "attachments": ["湖南省人民政府决定废止的规章", "湖南省人民政府决定修改的规章"],
            "doc_type": "决定",
            "recipients": [],
            "publicity": None,
            "repeals": "湖南省口岸管理办法、湖南省外商投资企业投诉处理规定、湖南省加工贸易管理办法、湖南省行政审批中介服务管理办法",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_qinzhou():
    """钦州市人民政府 决定 (Word自动编号标题, 全角空格缩进, 半角标点混用, Tab对齐落款, 中文数字日期,
    表头跨页重复, 横向合并合计行, 附件2协议书表单)."""
    stem = "blind1062_qinzhou_dierpi"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    red_head(doc, "钦州市人民政府文件", 40)
    empty(doc, 1)
    p = add_par(doc, "钦政发〔2026〕5号", align=C, indent=False)
    empty(doc, 1, line=10)
    p = doc.add_paragraph()
    fmt(p, indent=False, line=6)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1)
    # title: one paragraph with a Shift+Enter inside
    add_par(doc, [("钦州市人民政府\n关于向中国（广西）自由贸易试验区钦州港\n片区下放第二批市级行政权力事项的决定",
                   XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各县（区）人民政府，市直各委、办、局，各管委会：", indent=False)

    def body(t):  # indentation typed with full-width spaces
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    body("为贯彻落实自由贸易试验区提升战略，"
         "支持中国（广西）自由贸易试验区钦州港片区(以下简称钦州港片区)打造西部陆海新通道门户港，"
         "市人民政府决定向钦州港片区下放第二批市级行政权力事项。现决定如下：")
    head("下放事项及方式")
    body("（一）将港口岸线使用初审、国际船舶代理企业备案等12项市级行政权力事项下放至钦州港片区管理委员会"
         "（以下简称片区管委会）实施。其中，直接下放8项，委托下放4项，具体见附件1。")
    body("（二）委托下放的事项，由市直有关部门与片区管委会签订委托协议书（参考文本见附件2）。"
         )
    head("职责分工")
    body("（一）片区管委会是下放事项的承接主体，负责事项的受理、审查、决定及事中事后监管。")
    body("（二）市直有关部门要做好业务指导和监督检查，在本决定印发之日起20个工作日内完成交接。")
    body("（三）市司法局负责合法性监督,市政务服务监督管理办公室负责“一网通办”平台事项配置。")
    head("其他事项")
    body("本决定自2026年4月1日起施行，有效期至2029年3月31日。")
    add_par(doc, IND + "附件：1.钦州市向中国（广西）自由贸易试验区钦州港片区下放的第二批市级行政权力事项目录\n"
            + "\u3000" * 5 + "2.钦州市市级行政权力事项委托实施协议书（参考文本）", indent=False)
    empty(doc, 1)
    # 落款 aligned with a centred tab stop
    for t in ("钦州市人民政府", "二〇二六年三月十六日"):
        p = add_par(doc, "\t" + t, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(12.0), WD_TAB_ALIGNMENT.CENTER)
        p.paragraph_format.keep_with_next = True
    empty(doc, 1)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    # ---- 附件1
    add_par(doc, [("附件1", HT, 16, False)], indent=False, pbb=True)
    empty(doc, 1, line=16)
    add_par(doc, [("钦州市向中国（广西）自由贸易试验区\n钦州港片区下放的第二批市级行政权力事项目录", XBS, 20, False)],
            align=C, indent=False, line=32)
    empty(doc, 1, line=14)
    header = ["序号", "事项名称", "原实施部门", "下放方式\n（委托/直接下放）", "备注"]
    rows = [
        ["1", "港口岸线使用初审", "市交通运输局", "委托", "限钦州港片区范围内非深水岸线"],
        ["2", "国际船舶代理企业备案", "市交通运输局", "直接下放", "含分支机构备案"],
        ["3", "国内水路运输经营许可", "市交通运输局", "委托", "不含危险品船运输"],
        ["4", "对外劳务合作经营资格核准", "市商务局", "直接下放", "限注册地在片区内的企业"],
        ["5", "二手车出口企业资格初审", "市商务局", "直接下放", "按自治区商务厅规定程序上报"],
        ["6", "药品零售企业许可", "市市场监管局", "直接下放", "不含药品零售连锁总部"],
        ["7", "第二类医疗器械经营备案", "市市场监管局", "直接下放", "限片区范围内经营企业"],
        ["8", "建设项目使用林地审核（初审）", "市林业局", "委托", "不含自然保护地内项目"],
        ["9", "取水许可", "市水利局", "委托", "限片区范围内年取水量50万立方米以下项目"],
        ["10", "人力资源服务许可", "市人力资源社会保障局", "直接下放", "含人力资源服务机构设立分支机构备案"],
        ["11", "民办职业培训学校设立、分立、合并、变更及终止审批", "市人力资源社会保障局", "直接下放",
         "限以职业技能培训为主的学校"],
        ["12", "建筑业企业资质（部分）核准", "市住房城乡建设局", "直接下放", "限施工总承包三级、专业承包三级资质"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 10.5, line=15)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        no_split(t.rows[ri])
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=L if ci in (1, 4) else C, line=15)
        clauses.append(row_clause(header, row))
    last = len(rows) + 1
    set_cell(t.cell(last, 0), "合计", HT, 10.5, line=15)
    m = t.cell(last, 1).merge(t.cell(last, 4))
    widths(t, [1.3, 5.0, 3.2, 2.4, 3.7])
    set_cell(m, "12项（直接下放8项，委托下放4项）", FS, 10.5, line=15)
    clauses.append("序号：合计；事项名称：12项（直接下放8项，委托下放4项）")
    t2 = "注：本目录所列事项的实施依据、办理流程等以广西数字政务一体化平台公布的办事指南为准。"
    add_par(doc, [(t2, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(t2)

    # ---- 附件2: a form, typed smaller (四号仿宋) so it fits one page
    add_par(doc, [("附件2", HT, 16, False)], indent=False, pbb=True)
    add_par(doc, [("钦州市市级行政权力事项委托实施协议书", XBS, 20, False)], align=C, indent=False, line=32)
    add_par(doc, [("（参考文本）", KT, 14, False)], align=C, indent=False, line=24)
    empty(doc, 1, line=12)

    def fpar(t, clause=True, ind=True):
        add_par(doc, [((IND if ind else "") + t, FS, 12, False)], indent=False, line=20)
        if clause:
            clauses.append(t)

    for t in ("委托方（甲方）：____________________", "受托方（乙方）：____________________"):
        fpar(t, ind=False)
    fpar("根据《中华人民共和国行政许可法》和《钦州市人民政府关于向中国（广西）自由贸易试验区"
         "钦州港片区下放第二批市级行政权力事项的决定》（钦政发〔2026〕5号），甲乙双方就行政权力事项委托实施达成如下协议：")

    def art(n, t, sub=()):
        add_par(doc, [(IND + n, HT, 12, False), ("\u3000" + t, FS, 12, False)], indent=False, line=20)
        for s_ in sub:
            add_par(doc, [(IND + s_, FS, 12, False)], indent=False, line=20)
        clauses.append(n + "\u3000" + t + "".join(sub))

    art("第一条", "甲方将____________（事项名称）委托乙方实施，委托范围为中国（广西）自由贸易试验区钦州港片区。")
    art("第二条", "委托期限自____年__月__日起至____年__月__日止。")
    art("第三条", "乙方应当在委托范围内以甲方名义实施委托事项，不得再委托其他组织或者个人实施。")
    art("第四条", "甲方负责对乙方实施委托事项的行为进行指导和监督，并对该行为的后果承担法律责任。")
    art("第五条", "有下列情形之一的，甲方可以解除委托：",
        ("（一）乙方超越委托范围实施的；", "（二）乙方不具备承接条件，经督促整改仍不到位的；",
         "（三）法律、法规、规章规定的其他情形。"))
    art("第六条", "本协议一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。")
    empty(doc, 1, line=20)
    fpar("甲方（盖章）：" + "\u3000" * 12 + "乙方（盖章）：", clause=False)
    fpar("\u3000\u3000年\u3000\u3000月\u3000\u3000日" + "\u3000" * 9
         + "年\u3000\u3000月\u3000\u3000日", clause=False)

    banji(doc, ["抄送：自治区商务厅，自治区自贸试验区工作办公室，市委各部门。"],
          "钦州市人民政府办公室", "2026年3月17日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "钦州市人民政府关于向中国（广西）自由贸易试验区钦州港片区下放第二批市级行政权力事项的决定",
            "doc_number": "钦政发〔2026〕5号",
            "issuer": ["钦州市人民政府"],
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": "2026-04-01",
            "expires": "2029-03-31",
            "attachments": ["钦州市向中国（广西）自由贸易试验区钦州港片区下放的第二批市级行政权力事项目录",
                            "钦州市市级行政权力事项委托实施协议书（参考文本）"],
            "doc_type": "决定",
            "recipients": ["各县（区）人民政府", "市直各委、办、局", "各管委会"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_luzhou(), doc_hunan(), doc_qinzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
