# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 899: 海关总署联合公告（多部门）+ 商品清单及说明 + 公告解读问答.

Writes blind899_*.docx, the PDFs (LibreOffice) and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
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
    """runs: plain str or list of (text, font, size, bold[, color])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    if _pb[0]:
        p.paragraph_format.page_break_before = True
        _pb[0] = False
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


_pb = [False]


def page_break(doc):
    """next paragraph starts a new page (Word: 段前分页)"""
    _pb[0] = True


def page_field(fp, size=14, name=SONG):
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), name, size)
    r5 = fp.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer_style="dash"):
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
    if footer_style == "dash":           # — 1 —
        font(fp.add_run("— "), SONG, 14)
        page_field(fp)
        font(fp.add_run(" —"), SONG, 14)
    else:                                # - 1 -  (web copy pasted into Word)
        font(fp.add_run("- "), "Times New Roman", 10.5)
        page_field(fp, 10.5, "Times New Roman")
        font(fp.add_run(" -"), "Times New Roman", 10.5)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None, line=20):
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


def set_widths(t, widths):
    """fixed column widths (gridCol + tcW) so LibreOffice does not squeeze columns"""
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        gi = 0
        for tc in row._tr.tc_lst:
            tcpr = tc.get_or_add_tcPr()
            span = tcpr.find(qn("w:gridSpan"))
            n = int(span.get(qn("w:val"))) if span is not None else 1
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(sum(x.twips for x in widths[gi:gi + n]))))
            tcw.set(qn("w:type"), "dxa")
            gi += n


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


# ---- Word automatic numbering --------------------------------------------
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
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
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


CN = "一二三四五六七八九十"


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_899", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== FILE 1
# 海关总署 商务部 财政部 联合公告（红头，机关名称竖排叠放 + “公告”），附件1清单调整表、附件2说明
def doc_hushi():
    stem = "blind899_hushi_gonggao"
    doc = Document()
    setup(doc, "dash")
    clauses = []

    # ---- joint red 版头: three organ names stacked on the left, "公告" on the right
    t = doc.add_table(rows=3, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    names = ["海关总署", "商　务　部", "财　政　部"]
    for i, n in enumerate(names):
        set_cell(t.rows[i].cells[0], n, XBS, 24, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=30)
        t.rows[i].cells[0].width = Cm(9.5)
    m = t.cell(0, 1).merge(t.cell(2, 1))
    set_cell(m, "公告", XBS, 42, color=RED, line=50)
    set_widths(t, [Cm(10.0), Cm(5.0)])
    p = add_par(doc, "2026年第7号", align=C, indent=False, before=14)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title over two paragraphs, broken at an odd place
    add_par(doc, [("关于调整边民互市贸易进口商品正面", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("清单的公告", XBS, 22, False)], align=C, indent=False, line=36, after=14)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为贯彻落实党中央、国务院关于兴边富民、稳边固边的决策部署，进一步发挥边民互市贸易在促进边境地区经济发展、增加边民收入等方面的作用，根据《中华人民共和国海关法》《中华人民共和国进出口关税条例》《边民互市贸易管理办法》等有关规定，海关总署、商务部、财政部决定对《边民互市贸易进口商品正面清单》（以下简称《清单》）进行调整。现将有关事项公告如下：")
    body("一、在现行《清单》基础上，新增鲜榴莲、鲜芒果、木薯干片、天然蜂蜜等13个8位税则号列商品，删除其他编号未列名的食品、其他美容品或化妆品、智能手机等3个8位税则号列商品。调整后，《清单》共列明商品167个8位税则号列。具体调整情况见附件1。")
    body("二、边民通过互市贸易进口《清单》内的商品，每人每日价值在8000元人民币以下的，免征进口关税和进口环节税；超过8000元人民币的，对超出部分按照规定征收进口关税和进口环节税。")
    body("三、通过边民互市贸易进口的商品，应当符合我国检验检疫法律法规和相关标准要求；涉及检疫准入的，应当来自已获得我国检疫准入的国家（地区）。")
    body("四、《清单》中备注栏标注“限定口岸”的商品，仅限在附件2所列的边民互市贸易区（点）进口；标注“季节性”的商品，由相关省（自治区）商务主管部门会同海关确定进口时段。")
    body("五、各边境省（自治区）人民政府要切实履行主体责任，加强对边民互市贸易的组织管理，严厉打击借用、冒用边民身份证件走私等违法行为。")
    body("六、本公告自2026年5月1日起施行。此前规定与本公告不一致的，以本公告为准。")
    add_par(doc, "特此公告。")
    # 附件 list: second line aligned with typed full-width spaces
    add_par(doc, "附件：1.边民互市贸易进口商品正面清单调整表")
    add_par(doc, "\u3000\u3000\u30002.边民互市贸易进口商品正面清单调整说明")
    empty(doc, 1)
    # joint 落款 on one line, pushed right with spaces; date right-aligned
    add_par(doc, " " * 14 + "海关总署" + "\u3000" * 3 + "商务部" + "\u3000" * 3 + "财政部", indent=False)
    p = add_par(doc, "2026年3月18日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)

    # ---- 附件1 on a new page
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("边民互市贸易进口商品正面清单调整表", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1, line=16)
    headers = ["序号", "调整类型", "税则号列", "商品名称", "主要来源国", "备注"]
    rows = [
        ["1", "新增", "08106000", "鲜榴莲", "越南、老挝、缅甸", "限定口岸"],
        ["2", "新增", "08045020", "鲜芒果", "越南、缅甸、老挝", "季节性"],
        ["3", "新增", "08109030", "鲜火龙果", "越南", "季节性"],
        ["4", "新增", "07104000", "冷冻甜玉米", "越南、老挝", "—"],
        ["5", "新增", "07141020", "木薯干片", "越南、老挝、缅甸", "—"],
        ["6", "新增", "40012100", "天然橡胶烟胶片", "老挝、缅甸", "限定口岸"],
        ["7", "新增", "09011100", "未焙炒咖啡豆", "老挝、越南", "—"],
        ["8", "新增", "09041100", "未磨胡椒", "越南", "—"],
        ["9", "新增", "08013200", "去壳腰果", "越南", "—"],
        ["10", "新增", "04090000", "天然蜂蜜", "哈萨克斯坦、吉尔吉斯斯坦", "—"],
        ["11", "新增", "08062000", "葡萄干", "吉尔吉斯斯坦、塔吉克斯坦", "—"],
        ["12", "新增", "12060090", "其他葵花子", "哈萨克斯坦、蒙古国", "—"],
        ["13", "新增", "07131090", "其他干豌豆", "哈萨克斯坦、蒙古国、俄罗斯", "—"],
        ["14", "删除", "21069090", "其他编号未列名的食品", "—", "—"],
        ["15", "删除", "33049900", "其他美容品或化妆品", "—", "—"],
        ["16", "删除", "85171300", "智能手机", "—", "—"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if ci == 1:
                continue
            set_cell(t.rows[ri].cells[ci], v, FS, 11, line=17)
        clauses.append(row_clause(headers, row))
    # vertically merged 调整类型 cells
    a = t.cell(1, 1).merge(t.cell(13, 1))
    set_cell(a, "新增", FS, 11, line=17)
    b = t.cell(14, 1).merge(t.cell(16, 1))
    set_cell(b, "删除", FS, 11, line=17)
    set_widths(t, [Cm(1.1), Cm(1.5), Cm(2.6), Cm(3.9), Cm(4.4), Cm(2.1)])
    n1 = "注：1.税则号列以《中华人民共和国进出口税则（2026）》为准。"
    n2 = "2.“—”表示无特别说明。删除类商品自本公告施行之日起不得以边民互市贸易方式进口。"
    add_par(doc, [(n1, FS, 12, False)], indent=False, line=20, before=4)
    add_par(doc, [("\u3000\u3000" + n2, FS, 12, False)], indent=False, line=20)
    clauses += [n1, n2]

    # ---- 附件2 on a new page
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("边民互市贸易进口商品正面清单调整说明", XBS, 22, False)], align=C, indent=False, line=36, after=12)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    head("一、调整原则")
    body("本次调整坚持“保障边民生活需要、支持落地加工、防范安全风险”的原则，重点增加周边国家具有资源优势、适宜落地加工的农产品和初级产品。")
    head("二、“限定口岸”商品的进口范围")
    body("（一）广西壮族自治区：东兴、凭祥（浦寨）、龙州（水口）、靖西（龙邦）边民互市贸易区（点）。")
    body("（二）云南省：河口、瑞丽（姐告）、磨憨、孟定（清水河）边民互市贸易区（点）。")
    body("（三）其他边民互市贸易区（点）确需进口的，报商务部、海关总署同意后实施。")
    head("三、有关商品的特别说明")
    body("1.鲜榴莲、鲜芒果、鲜火龙果应当来自已获得我国检疫准入的果园和包装厂，并随附输出国官方出具的植物检疫证书。")
    body("2.天然橡胶烟胶片、木薯干片进口后，应当优先用于边境地区落地加工，具体管理办法由所在省（自治区）另行制定。")
    body("3.天然蜂蜜、葡萄干、其他葵花子、其他干豌豆应当符合我国食品安全国家标准。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于调整边民互市贸易进口商品正面清单的公告",
            "doc_number": "2026年第7号",
            "issuer": ["海关总署", "商务部", "财政部"],
            "date": "2026-03-18",
            "published": None,
            "level": "ministry",
            "region": None,
            "effective": "2026-05-01",
            "expires": None,
            "attachments": ["边民互市贸易进口商品正面清单调整表",
                            "边民互市贸易进口商品正面清单调整说明"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== FILE 2
# 公告解读问答（网页复制到 Word：来源/发布时间行、半角标点混用、空格缩进、软回车）
def doc_jiedu():
    stem = "blind899_hushi_jiedu"
    doc = Document()
    setup(doc, "web")
    clauses = []
    SP = "    "  # indentation typed with half-width spaces

    add_par(doc, [("政策解读", HT, 14, False, RED)], indent=False)
    border(doc.paragraphs[-1], "bottom", "FF0000", 8, 2)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("《海关总署 商务部 财政部关于调整边民"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("互市贸易进口商品正面清单的公告》"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("政策解读"), XBS, 20)
    fmt(p, align=C, indent=False, line=34)
    add_par(doc, [("来源：海关总署　　发布时间：2026-03-20 16:30　　【字体：大 中 小】", SONG, 10.5, False)],
            align=C, indent=False, line=20, before=6, after=6)

    def body(t):
        clauses.append(t)
        add_par(doc, SP + t, indent=False)

    def head(t):
        add_par(doc, [(SP + t, HT, 16, False)], indent=False)

    body("近日，海关总署、商务部、财政部联合发布2026年第7号公告，对《边民互市贸易进口商品正面清单》进行调整。为便于社会各界和广大边民准确理解和执行，现就有关问题解读如下。")
    head("一、公告出台的背景是什么？")
    t1 = "边民互市贸易是边境地区边民在我国陆路边境20公里以内、经政府批准的开放点或指定的集市上，在不超过规定的金额或者数量范围内进行的商品交换活动。2022年《清单》发布实施以来，边民互市贸易规模稳步扩大，2025年全国边民互市贸易进口额达到612.4亿元，同比增长9.7%，有力带动了边境地区群众增收和产业发展。"
    t2 = "随着共建\"一带一路\"深入推进和中老铁路、中越跨境物流通道等基础设施不断完善，周边国家农产品和初级产品通过互市贸易进口的需求持续增加，部分边境省（区）和边民也反映《清单》商品范围需要进一步优化。为此，三部门在深入调研、广泛听取意见的基础上，对《清单》进行了调整。"
    p = doc.add_paragraph()
    font(p.add_run(SP + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)          # Shift+Enter between two paragraphs
    font(p.add_run(SP + t2), FS, 16)
    fmt(p, indent=False)
    clauses += [t1, t2]
    head("二、本次调整的主要内容是什么？")
    body("本次调整主要包括三个方面：一是新增13个8位税则号列商品，主要是鲜榴莲、鲜芒果等热带水果，木薯干片、天然橡胶烟胶片等初级产品，以及天然蜂蜜、葡萄干等中亚国家特色农产品；二是删除3个8位税则号列商品，即其他编号未列名的食品、其他美容品或化妆品、智能手机；三是对部分商品实施“限定口岸”“季节性”管理。调整后，《清单》共列明商品167个8位税则号列。")
    head("三、哪些地区可以进口“限定口岸”商品？")
    body("“限定口岸”商品仅限在广西壮族自治区东兴、凭祥（浦寨）、龙州（水口）、靖西（龙邦）和云南省河口、瑞丽（姐告）、磨憨、孟定（清水河）等8个边民互市贸易区（点）进口。目前，全国边境省（区）边民互市贸易区（点）分布情况如下：")
    add_par(doc, [("表　边境省（区）边民互市贸易区（点）分布情况", HT, 14, False)], align=C, indent=False, line=24, before=6)
    add_par(doc, [("单位：个", FS, 12, False)], align=R, indent=False, line=20)
    # two-level header: 省（区） merged vertically, 边民互市贸易区（点） merged horizontally
    data = [
        ["广西壮族自治区", "26", "4"],
        ["云南省", "31", "4"],
        ["新疆维吾尔自治区", "9", "0"],
        ["内蒙古自治区", "8", "0"],
        ["西藏自治区", "6", "0"],
        ["黑龙江省", "5", "0"],
        ["吉林省", "4", "0"],
        ["辽宁省", "2", "0"],
        ["合计", "91", "8"],
    ]
    t = doc.add_table(rows=2 + len(data), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "省（区）", HT, 12)
    b = t.cell(0, 1).merge(t.cell(0, 2))
    set_cell(b, "边民互市贸易区（点）", HT, 12)
    set_cell(t.cell(1, 1), "总数", HT, 12)
    set_cell(t.cell(1, 2), "其中：可进口“限定口岸”商品", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdr = ["省（区）", "边民互市贸易区（点）／总数", "边民互市贸易区（点）／其中：可进口“限定口岸”商品"]
    for ri, row in enumerate(data, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12, bold=(row[0] == "合计"))
        clauses.append(row_clause(hdr, row))
    set_widths(t, [Cm(5.0), Cm(3.5), Cm(6.5)])
    empty(doc, 1, line=14)
    body("需要说明的是，其他边民互市贸易区（点）确需进口“限定口岸”商品的，可由所在地省级人民政府商务主管部门会同直属海关提出申请，报商务部、海关总署同意后实施。")
    head("四、边民互市贸易进口商品的免税额度是否有变化？")
    body("没有变化。边民通过互市贸易进口《清单》内的商品，每人每日价值在8000元人民币以下的，继续免征进口关税和进口环节税；超出部分按照规定征收进口关税和进口环节税。")
    head("五、被删除的商品如何处理？")
    body("自2026年5月1日起，被删除的3个税则号列商品不得再以边民互市贸易方式进口，企业和个人可以按照一般贸易等方式进口。公告施行前已向海关申报的，按原规定办理。")
    head("六、公告什么时候开始施行？")
    body("公告自2026年5月1日起施行,边民和相关企业在执行中如有问题,可咨询所在地海关或拨打海关12360服务热线。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "《海关总署 商务部 财政部关于调整边民互市贸易进口商品正面清单的公告》政策解读",
            "doc_number": None,
            "issuer": ["海关总署"],
            "date": None,
            "published": "2026-03-20",
            "level": "ministry",
            "region": None,
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "解读",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== FILE 3
# 四部门联合公告（网页式文号行、Word 自动编号、两级表头清单、指定口岸名单）+ 同文件后附解读
def doc_zaisheng():
    stem = "blind899_zaisheng_gonggao_jiedu"
    doc = Document()
    setup(doc, "dash")
    n_head = make_numbering(doc, "%1、")
    n_sub = make_numbering(doc, "（%1）")

    # ---------------- document 1: the announcement
    c1 = []
    add_par(doc, [("海关总署 生态环境部 商务部 工业和信息化部公告2026年第33号", HT, 14, False)],
            align=C, indent=False)
    empty(doc, 1)
    add_par(doc, [("关于规范再生镍原料和再生钴", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("原料进口管理有关事项", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("的公告", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)

    def body(t, cl=c1):
        cl.append(t)
        add_par(doc, t)

    cnt = {"h": 0, "s": 0}

    def item(t, heading_only=False):
        cnt["h"] += 1
        label = CN[cnt["h"] - 1] + "、"
        if heading_only:
            p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        else:
            p = add_par(doc, t, first=Pt(32))
            c1.append(label + t)
        apply_num(p, n_head)

    def sub(t):
        cnt["s"] += 1
        c1.append("（%s）%s" % (CN[cnt["s"] - 1], t))
        p = add_par(doc, t, first=Pt(32))
        apply_num(p, n_sub)

    body("为规范再生镍原料和再生钴原料进口管理，保障新能源、高端装备等产业链供应链安全稳定，推动再生有色金属产业高质量发展，根据《中华人民共和国固体废物污染环境防治法》《中华人民共和国进出口商品检验法》《中华人民共和国海关法》等有关法律法规，现就有关事项公告如下：")
    item("符合《再生镍原料》（GB/T 45128—2025）、《再生钴原料》（GB/T 45129—2025）国家标准的再生镍原料和再生钴原料（以下统称再生镍钴原料），不属于固体废物，可自由进口。")
    item("再生镍钴原料的商品名称、海关商品编号及主要技术指标见附件1。不符合上述国家标准的镍、钴废碎料，属于固体废物，禁止进口。")
    item("进口再生镍钴原料的，收货人或者其代理人应当在进口货物报关单“商品名称”栏目中如实申报商品名称，在“规格型号”栏目中申报所执行的国家标准编号、金属含量、夹杂物总量等申报要素，并随附符合国家标准的自我声明。")
    item("监管要求", heading_only=True)
    sub("进口再生镍钴原料应当从附件2所列口岸进口。")
    sub("海关依法对进口再生镍钴原料实施检验。检验不合格的，由海关责令退运；无法退运的，依法处理。")
    sub("生态环境部门依法对再生镍钴原料利用企业的污染环境防治实施监督管理，督促企业落实污染防治主体责任。")
    sub("商务部、工业和信息化部会同有关部门对再生镍钴原料进口及利用情况开展监测，根据产业发展和进口情况适时评估调整相关措施。")
    item("本公告自2026年8月1日起实施，有效期至2029年7月31日。《关于进口含镍钴废料管理有关问题的公告》（海关总署公告2019年第88号）同时废止。")
    add_par(doc, "特此公告。")
    empty(doc, 1)
    # 附件 list in one paragraph with a manual line break, aligned by typed spaces
    p = doc.add_paragraph()
    font(p.add_run("附件：1.再生镍原料和再生钴原料进口商品清单"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000\u3000\u3000\u3000\u3000 2.进口再生镍原料和再生钴原料指定口岸名单"), FS, 16)
    fmt(p)
    # 落款: four organs, two per line, aligned with tabs
    for line in ("海关总署\t生态环境部", "商务部\t工业和信息化部"):
        p = add_par(doc, "\t" + line, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(4.0))
        p.paragraph_format.tab_stops.add_tab_stop(Cm(10.0))
    p = add_par(doc, "二〇二六年六月十二日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（此件主动公开）")

    # 附件1
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("再生镍原料和再生钴原料进口商品清单", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1, line=16)
    rows = [
        ["1", "再生镍原料（纯镍类）", "7503000011", "GB/T 45128—2025", "Ni≥99.0", "≤0.3", "—"],
        ["2", "再生镍原料（镍基合金类）", "7503000012", "GB/T 45128—2025", "Ni≥50.0", "≤1.0", "—"],
        ["3", "再生镍原料（镍铜合金类）", "7503000013", "GB/T 45128—2025", "Ni≥28.0", "≤1.0", "—"],
        ["4", "再生钴原料（纯钴类）", "8105300011", "GB/T 45129—2025", "Co≥99.0", "≤0.3", "—"],
        ["5", "再生钴原料（钴基合金类）", "8105300012", "GB/T 45129—2025", "Co≥40.0", "≤1.0", "—"],
        ["6", "再生钴原料（硬质合金类）", "8105300013", "GB/T 45129—2025", "Co+W≥85.0", "≤1.0", "须单独申报钨含量"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in [(0, "序号"), (1, "商品名称"), (2, "海关商品编号"), (3, "执行标准"), (6, "备注")]:
        mc = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(mc, h, HT, 12)
    mc = t.cell(0, 4).merge(t.cell(0, 5))
    set_cell(mc, "主要技术指标", HT, 12)
    set_cell(t.cell(1, 4), "金属含量（%）", HT, 12)
    set_cell(t.cell(1, 5), "夹杂物总量（%）", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdr = ["序号", "商品名称", "海关商品编号", "执行标准", "主要技术指标／金属含量（%）",
           "主要技术指标／夹杂物总量（%）", "备注"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 11)
        c1.append(row_clause(hdr, row))
    set_widths(t, [Cm(1.1), Cm(3.3), Cm(3.0), Cm(2.9), Cm(2.0), Cm(1.8), Cm(1.5)])
    n1 = "注：1.金属含量、夹杂物总量均为质量分数，检测方法按照相应国家标准执行。"
    n2 = "2.海关商品编号为10位编码，前8位为《中华人民共和国进出口税则》税则号列。"
    add_par(doc, [(n1, FS, 12, False)], indent=False, line=20, before=4)
    add_par(doc, [("\u3000\u3000" + n2, FS, 12, False)], indent=False, line=20)
    c1 += [n1, n2]

    # 附件2
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("进口再生镍原料和再生钴原料指定口岸名单", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1, line=16)
    hdr2 = ["序号", "直属海关", "口岸名称", "所在省（区、市）"]
    ports = [
        ["1", "南宁海关", "防城港口岸", "广西壮族自治区"],
        ["2", "湛江海关", "湛江港口岸", "广东省"],
        ["3", "上海海关", "洋山港口岸", "上海市"],
        ["4", "宁波海关", "宁波舟山港口岸", "浙江省"],
        ["5", "青岛海关", "青岛港口岸", "山东省"],
        ["6", "天津海关", "天津港口岸", "天津市"],
        ["7", "南京海关", "连云港口岸", "江苏省"],
        ["8", "乌鲁木齐海关", "霍尔果斯口岸（公路、铁路）", "新疆维吾尔自治区"],
        ["9", "满洲里海关", "满洲里口岸（铁路）", "内蒙古自治区"],
    ]
    t = doc.add_table(rows=1 + len(ports), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(hdr2):
        set_cell(t.cell(0, ci), h, HT, 12)
    for ri, row in enumerate(ports, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        c1.append(row_clause(hdr2, row))
    set_widths(t, [Cm(1.2), Cm(3.2), Cm(5.6), Cm(5.6)])

    # ---------------- document 2: the 解读, printed after the announcement
    c2 = []
    page_break(doc)
    p = add_par(doc, [("《关于规范再生镍原料和再生钴原料进口管理", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("有关事项的公告》解读", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)

    def qa(q, a):
        c2.append(q + a)
        add_par(doc, [(q, HT, 16, False), (a, FS, 16, False)])

    qa("一、公告出台的背景是什么？", "镍、钴是新能源汽车动力电池、高温合金、硬质合金等领域的关键原材料。我国镍、钴资源相对匮乏，对外依存度较高。推动高品质再生镍钴原料进口，有利于拓宽原料来源渠道，降低能源消耗和碳排放。2025年，我国再生有色金属产量达到1960万吨，其中再生镍、再生钴产量分别为18.6万吨和1.2万吨。")
    qa("二、再生镍钴原料是否属于固体废物？", "符合《再生镍原料》（GB/T 45128—2025）、《再生钴原料》（GB/T 45129—2025）国家标准的再生镍钴原料，不属于固体废物，可自由进口；不符合国家标准的镍、钴废碎料，属于固体废物，禁止进口。")
    qa("三、进口企业申报时需要注意哪些事项？", "企业应当在报关单中如实申报商品名称、执行标准、金属含量、夹杂物总量等申报要素，并随附符合国家标准的自我声明。硬质合金类再生钴原料还应当单独申报钨含量。")
    qa("四、为什么要指定进口口岸？", "为便于海关集中开展检验、有效防范洋垃圾入境风险，公告明确再生镍钴原料应当从防城港、湛江港、洋山港、宁波舟山港、青岛港、天津港、连云港、霍尔果斯、满洲里等9个口岸进口。上述口岸均具备相应的查验场地和检测能力，能够覆盖沿海主要港口和中欧班列主要通道。")
    qa("五、公告的有效期是多久？", "公告自2026年8月1日起实施，有效期至2029年7月31日。有效期届满前，有关部门将根据实施情况进行评估，视情决定是否延续。")
    empty(doc, 2)
    p = add_par(doc, "海关总署办公厅", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年6月16日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(56)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [
        {
            "meta": {
                "title": "关于规范再生镍原料和再生钴原料进口管理有关事项的公告",
                "doc_number": "海关总署 生态环境部 商务部 工业和信息化部公告2026年第33号",
                "issuer": ["海关总署", "生态环境部", "商务部", "工业和信息化部"],
                "date": "2026-06-12",
                "published": None,
                "level": "ministry",
                "region": None,
                "effective": "2026-08-01",
                "expires": "2029-07-31",
                "attachments": ["再生镍原料和再生钴原料进口商品清单",
                                "进口再生镍原料和再生钴原料指定口岸名单"],
                "doc_type": "公告",
                "recipients": [],
                "publicity": "此件主动公开",
                "repeals": "《关于进口含镍钴废料管理有关问题的公告》（海关总署公告2019年第88号）",
            },
            "clauses": c1,
        },
        {
            "meta": {
                "title": "《关于规范再生镍原料和再生钴原料进口管理有关事项的公告》解读",
                "doc_number": None,
                "issuer": ["海关总署办公厅"],
                "date": "2026-06-16",
                "published": None,
                "level": "ministry",
                "region": None,
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "解读",
                "recipients": [],
                "publicity": None,
                "repeals": None,
            },
            "clauses": c2,
        },
    ]
    return path


def main():
    paths = [doc_hushi(), doc_jiedu(), doc_zaisheng()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
