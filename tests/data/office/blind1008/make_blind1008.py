# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1008: 边境乡镇 边民互市贸易点 — 镇政府通知(印发办法)、镇政府请示、县政府批复.
Writes three .docx + .pdf and expected.json into this script's directory."""
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
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
J = WD_ALIGN_PARAGRAPH.JUSTIFY
IND = "\u3000\u3000"

expected = {}


# ------------------------------------------------------------------ helpers
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
    if scale is not None:  # 字符缩放 (红头常用)
        w = parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale))
        sz = rpr.find(qn("w:sz"))
        if sz is not None:
            sz.addprevious(w)
        else:
            rpr.append(w)
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


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    el = parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), val, sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
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
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, SONG, 14)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def widths(t, cms):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


def banji(doc, cc, printer, date_txt, gap=2):
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1008", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_next_abs = [700]


def make_numbering(doc, lvl_text, fmt_="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, fmt_, lvl_text, HT, HT, HT))
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


VILLAGES = ["峒岭社区", "那汤村", "板弄村", "陇哈村", "念井村", "科甲村", "坡荣村", "叫安村", "八角村"]
HEADS = ["农志强", "黄秀兰", "赵德福", "李春梅", "马建新", "闭光明", "陆海燕", "零国华", "冯丽萍"]


# ====================================================== DOC A 镇政府通知(红头 镇发)
def doc_tongzhi():
    stem = "blind1008_tongling_tongzhi"
    doc = Document()
    setup(doc)
    cl = []

    # red head, characters condensed (字符缩放 78%)
    add_par(doc, [("峒岭镇人民政府文件", XBS, 48, False, RED, 78)],
            align=C, indent=False, line=66, before=12)
    empty(doc, 1)
    p = add_par(doc, "峒镇发〔2026〕8号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title: three lines, broken by hand at odd places
    p = doc.add_paragraph()
    font(p.add_run("峒岭镇人民政府关于进一步"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("规范那汤边民互市贸易点"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("管理的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各村民委员会、峒岭社区居民委员会，镇直各单位，驻镇各单位：", indent=False)

    def body(t):
        cl.append(t)
        add_par(doc, t, align=J)

    def head(t):
        add_par(doc, [(t, HT, 16, False)], align=J)

    def runin(h, t, hf=KT):
        cl.append(h + t)
        add_par(doc, [(h, hf, 16, False), (t, FS, 16, False)], align=J)

    body("为进一步规范那汤边民互市贸易点（以下简称互市点）运营秩序，保障边民合法权益，促进沿边贸易高质量发展，根据《边民互市贸易管理办法》和《龙州县人民政府关于峒岭镇那汤边民互市贸易点规范提升有关事项的批复》（龙政复〔2026〕9号）精神，经2026年3月2日镇人民政府第4次常务会议研究，现就有关事项通知如下：")
    head("一、规范边民互助组管理")
    runin("（一）整合优化互助组。", "边民参与互市贸易，应当以户为单位自愿加入所在村（社区）的边民互助组，每户只能加入一个互助组，每个互助组成员原则上不少于20户、不超过50户。各村（社区）要对照附件所列情况，对成员不足20户的互助组进行整合，整合结果于2026年3月31日前报镇边境贸易服务中心。")
    runin("（二）落实负责人制度。", "互助组负责人由成员民主推选产生，经村（社区）审核后报镇边境贸易服务中心备案。负责人要组织成员按规定参与交易，督促成员如实申报，及时报告成员户籍迁出、边民证失效等变动情况。")
    head("二、严格交易秩序管理")
    runin("（一）规范开市时间。", "互市点每周一至周六开市，开市时间为8:30至17:30，法定节假日开市时间另行公告。")
    runin("（二）严格申报要求。", "边民应当本人持边民证进行交易申报，每人每日免税额度为人民币8000元。严禁出租、出借、转让边民证，严禁为他人代购代卖、代为申报。")
    runin("（三）明确禁止交易商品。", "下列商品不得在互市点交易：")
    body("1.国家禁止进出境的物品；")
    body("2.列入边民互市进口商品不予免税清单的商品；")
    body("3.未经检验检疫或者检验检疫不合格的商品。")
    head("三、强化监督管理")
    runin("（一）建立诚信档案。", "镇边境贸易服务中心要建立边民互助组诚信档案，对互助组及其成员的交易申报、政策遵守情况实行年度评价，评价结果作为评先评优和优先参与落地加工项目的依据。")
    runin("（二）严肃查处违规行为。", "对出租出借边民证、代购代卖、虚报瞒报交易信息的，由镇边境贸易服务中心予以批评教育、责令改正；情节严重的，暂停其参与互市贸易资格3至6个月；涉嫌违法犯罪的，移送有关部门依法处理。")
    runin("（三）加强协同配合。", "镇边境贸易服务中心要加强与龙州海关、峒岭边境派出所、县市场监督管理局峒岭市场监管所的沟通协作，每季度至少开展一次联合检查。")
    runin("四、", "本通知自2026年4月1日起执行，有效期至2028年3月31日。2019年5月印发的《峒岭镇边民互市临时管理规定》（峒镇发〔2019〕21号）同时废止。", HT)
    body("执行中遇到的问题，请及时向镇边境贸易服务中心反馈（联系人：黄海林，联系电话：0771-8812306）。")
    empty(doc, 1)
    add_par(doc, "附件：峒岭镇边民互助组基本情况表")
    empty(doc, 2)
    # 落款 + date in one paragraph (Shift+Enter), right aligned with right indent
    p = doc.add_paragraph()
    font(p.add_run("峒岭镇人民政府"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("2026年3月5日"), FS, 16)
    fmt(p, align=R, indent=False)
    p.paragraph_format.right_indent = Pt(56)
    p.paragraph_format.keep_together = True
    add_par(doc, "（此件公开发布）", before=14)

    # ---------------- 附件 table with two-level merged header, on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("峒岭镇边民互助组基本情况表", XBS, 22, False)], align=C, indent=False,
            line=36, before=10, after=10)
    rows = [
        ["1", "峒岭社区", "6", "212", "农志强", "社区居委会主任"],
        ["2", "那汤村", "9", "318", "黄秀兰", "村党支部书记"],
        ["3", "板弄村", "5", "167", "赵德福", "村委会主任"],
        ["4", "陇哈村", "4", "139", "李春梅", "村委会副主任"],
        ["5", "念井村", "3", "96", "马建新", "村委会主任"],
        ["6", "科甲村", "4", "121", "闭光明", "村党支部书记"],
        ["7", "坡荣村", "3", "88", "陆海燕", "村委会主任"],
        ["8", "叫安村", "2", "64", "零国华", "村委会主任"],
        ["9", "八角村", "2", "59", "冯丽萍", "村务监督委员会主任"],
        ["合计", "9个村（社区）", "38", "1264", "—", "—"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [1.3, 3.1, 2.5, 2.5, 2.0, 4.2])
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "序号", HT, 12)
    b = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(b, "村（社区）", HT, 12)
    g = t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(g, "互助组情况", HT, 12)
    h = t.cell(0, 4).merge(t.cell(0, 5))
    set_cell(h, "负责人", HT, 12)
    for i, s in zip(range(2, 6), ["互助组数（个）", "边民户数（户）", "姓名", "职务"]):
        set_cell(t.cell(1, i), s, HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdr = ["序号", "村（社区）", "互助组情况／互助组数（个）", "互助组情况／边民户数（户）",
           "负责人／姓名", "负责人／职务"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        cl.append("；".join("%s：%s" % (k, v) for k, v in zip(hdr, row)))
    note = "注：统计时间截至2026年2月28日；边民户数按持有有效边民证的户籍家庭统计。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    cl.append(note)

    banji(doc, "抄送：县商务局，县财政局，龙州海关，峒岭边境派出所。",
          "峒岭镇党政综合办公室", "2026年3月5日印发", gap=3)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "峒岭镇人民政府关于进一步规范那汤边民互市贸易点管理的通知",
            "doc_number": "峒镇发〔2026〕8号",
            "issuer": ["峒岭镇人民政府"],
            "date": "2026-03-05",
            "published": None,
            "level": "other",
            "region": "峒岭镇",
            "effective": "2026-04-01",
            "expires": "2028-03-31",
            "attachments": ["峒岭镇边民互助组基本情况表"],
            "doc_type": "通知",
            "recipients": ["各村民委员会", "峒岭社区居民委员会", "镇直各单位", "驻镇各单位"],
            "publicity": "此件公开发布",
            "repeals": "《峒岭镇边民互市临时管理规定》（峒镇发〔2019〕21号）",
        },
        "clauses": cl,
    }]
    return path


# ====================================================== DOC B 镇政府请示(上行文)
def doc_qingshi():
    stem = "blind1008_tongling_qingshi"
    doc = Document()
    setup(doc)
    cl = []

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("峒岭镇人民政府文件", XBS, 48, False, RED, 78)],
            align=C, indent=False, line=66, before=12)
    empty(doc, 1)
    # 文号 left, 签发人 right — aligned by typed spaces
    p = add_par(doc, [("峒镇报〔2026〕3号", FS, 16, False), (" " * 24, FS, 16, False),
                      ("签发人：", FS, 16, False), ("韦国强", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    add_par(doc, [("峒岭镇人民政府关于那汤边民互市贸易点", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("规范提升有关事项的请示", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "龙州县人民政府：", indent=False)

    # body indented with typed full-width spaces instead of first-line indent
    def body(t):
        cl.append(t)
        add_par(doc, IND + t, indent=False, align=J)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t):
        cl.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, False), (t, FS, 16, False)],
                indent=False, align=J)

    body("那汤边民互市贸易点（以下简称互市点）位于我镇那汤村，与越南高平省相邻，2012年经批准设立，是我县对接中国—东盟自由贸易区、参与共建“一带一路”的重要沿边开放节点。为进一步规范互市点管理，推动边民互市贸易提质增效，现就有关事项请示如下：")
    head("一、基本情况")
    runin("（一）边民互助组组建情况。", "截至2025年12月底，全镇9个村（社区）共组建边民互助组36个，参与边民1218户。具体情况如下：")
    p = add_par(doc, [("表1\u3000峒岭镇边民互助组组建情况（单位：个、户）", HT, 14, False)],
                align=C, indent=False, before=6)
    p.paragraph_format.keep_with_next = True
    rows = [
        ["峒岭社区", "6", "203", "农志强"],
        ["那汤村", "8", "301", "黄秀兰"],
        ["板弄村", "5", "160", "赵德福"],
        ["陇哈村", "4", "133", "李春梅"],
        ["念井村", "3", "92", "马建新"],
        ["科甲村", "4", "118", "闭光明"],
        ["坡荣村", "2", "85", "陆海燕"],
        ["叫安村", "2", "67", "零国华"],
        ["八角村", "2", "59", "冯丽萍"],
        ["合计", "36", "1218", "—"],
    ]
    hdr = ["村名", "互助组数", "边民户数", "负责人"]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [3.6, 3.2, 3.2, 3.6])
    for i, s in enumerate(hdr):
        set_cell(t.cell(0, i), s, HT, 14)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 14, bold=(row[0] == "合计"))
        cl.append("；".join("%s：%s" % (k, v) for k, v in zip(hdr, row)))
    empty(doc, 1, line=14)
    runin("（二）互市点运行情况。", "互市点现有交易场地约2600平方米，其中交易棚1200平方米、查验场地1400平方米，日均通行车辆约150辆次。2025年完成边民互市贸易额4.86亿元，同比增长17.3%，主要进口商品为坚果、干果、水产品等农副产品，其中落地加工占比31.5%，带动镇内新增农产品加工企业4家，参与边民户均增收约1.1万元。")
    runin("（三）存在的主要问题。", "一是基础设施滞后，交易棚、查验场地面积不足，高峰期车辆排队现象突出；二是信息化水平不高，部分互助组仍采用纸质申报，交易数据难以实时追溯；三是管理制度不健全，现行《峒岭镇边民互市临时管理规定》制定于2019年，已不适应当前互市贸易发展需要，边民证出借、代购代卖等问题时有发生。")
    head("二、请示事项")
    runin("（一）", "恳请县人民政府将那汤边民互市贸易点规范提升项目列入2026年县级重点项目。项目对标中国（广西）自由贸易试验区崇左片区互市贸易便利化改革经验，总投资1860万元，主要建设标准化交易棚、货物查验场地、视频监控及信息化申报系统等设施（详见附件）。")
    runin("（二）", "恳请县财政给予项目建设资金补助600万元，其余1260万元由我镇通过申报沿边开放专项资金、引入社会资本等方式筹措。")
    runin("（三）", "恳请县人民政府同意我镇修订出台《峒岭镇边民互市贸易点管理办法（试行）》，并协调县商务局、龙州海关、县市场监督管理局等部门给予业务指导。")
    body("以上事项已经2026年1月16日镇党委会议研究同意。")
    add_par(doc, IND + "妥否，请批示。", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "附件：那汤边民互市贸易点规范提升项目投资估算表", indent=False)
    empty(doc, 2)
    add_par(doc, " " * 42 + "峒岭镇人民政府", indent=False)
    add_par(doc, " " * 39 + "二〇二六年一月二十日", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "（联系人：黄海林，联系电话：0771-8812306）", indent=False)

    # ---------------- 附件
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("那汤边民互市贸易点规范提升项目投资估算表", XBS, 20, False)],
            align=C, indent=False, line=36)
    empty(doc, 1, line=14)
    hdr2 = ["序号", "建设内容", "建设规模", "投资估算（万元）"]
    rows2 = [
        ["1", "标准化交易棚", "3200平方米", "640"],
        ["2", "货物查验场地及停车场", "5500平方米", "420"],
        ["3", "视频监控及信息化申报系统", "1套", "280"],
        ["4", "边民互助组服务中心", "860平方米", "350"],
        ["5", "道路及配套设施", "1.6公里", "170"],
        ["合计", "—", "—", "1860"],
    ]
    t = doc.add_table(rows=1 + len(rows2), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [1.6, 6.4, 3.4, 3.6])
    for i, s in enumerate(hdr2):
        set_cell(t.cell(0, i), s, HT, 14)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows2, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 14)
        cl.append("；".join("%s：%s" % (k, v) for k, v in zip(hdr2, row)))

    banji(doc, "抄送：县商务局，县财政局，县发展改革局。",
          "峒岭镇党政综合办公室", "2026年1月20日印发")
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "峒岭镇人民政府关于那汤边民互市贸易点规范提升有关事项的请示",
            "doc_number": "峒镇报〔2026〕3号",
            "issuer": ["峒岭镇人民政府"],
            "date": "2026-01-20",
            "published": None,
            "level": "other",
            "region": "峒岭镇",
            "effective": None,
            "expires": None,
            "attachments": ["那汤边民互市贸易点规范提升项目投资估算表"],
            "doc_type": "请示",
            "recipients": ["龙州县人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": cl,
    }]
    return path


# ====================================================== DOC C 县政府批复(信函式)
def doc_pifu():
    stem = "blind1008_longzhou_pifu"
    doc = Document()
    setup(doc)
    s = doc.sections[0]
    s.top_margin = Cm(3.0)
    cl = []
    nid = make_numbering(doc, "%1、")

    add_par(doc, [("龙州县人民政府", XBS, 42, False, RED, 90)],
            align=C, indent=False, line=60, before=6)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 36, 1, val="thickThinSmallGap")
    p = add_par(doc, "龙政复〔2026〕9号", align=R, indent=False, before=8)
    empty(doc, 1)
    p = add_par(doc, [("龙州县人民政府关于峒岭镇那汤边民互市", XBS, 22, False)],
                align=C, indent=False, line=36)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("贸易点规范提升有关事项的批复"), XBS, 22)
    empty(doc, 1)
    add_par(doc, "峒岭镇人民政府：", indent=False)

    def body(t):
        cl.append(t)
        add_par(doc, t, align=J)

    def item(n, t):
        cl.append(n + t)
        p = add_par(doc, t, align=J, first=Pt(32))
        apply_num(p, nid)

    body("你镇《关于那汤边民互市贸易点规范提升有关事项的请示》(峒镇报〔2026〕3号)收悉。经县人民政府研究，现批复如下：")
    item("一、", "同意将那汤边民互市贸易点规范提升项目列入2026年县级重点项目。项目总投资1860万元，由你镇作为项目实施主体，严格按照基本建设程序组织实施，确保2026年12月底前建成投入使用。")
    item("二、", "同意县财政安排项目建设补助资金500万元，分两年拨付，其中2026年拨付300万元、2027年拨付200万元，其余资金由你镇多渠道筹措解决。补助资金须专款专用，接受县财政局、县审计局监督检查。")
    item("三、", "原则同意你镇修订出台《峒岭镇边民互市贸易点管理办法（试行）》。办法印发前，须征求县商务局、龙州海关、县市场监督管理局等部门意见，经合法性审查后按程序印发实施，并报县人民政府备案。")
    item("四、", "县商务局、县财政局、县发展改革局、县自然资源局等部门要按照各自职责，加强对项目建设和互市点管理的指导服务，协同推进边民互市贸易转型升级。")
    add_par(doc, "此复。")
    empty(doc, 3)
    p = add_par(doc, "龙州县人民政府", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年2月10日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(56)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")
    banji(doc, "抄送：县委办，县商务局、财政局、发展改革局、自然资源局、审计局，龙州海关。",
          "龙州县人民政府办公室", "2026年2月10日印发")
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "龙州县人民政府关于峒岭镇那汤边民互市贸易点规范提升有关事项的批复",
            "doc_number": "龙政复〔2026〕9号",
            "issuer": ["龙州县人民政府"],
            "date": "2026-02-10",
            "published": None,
            "level": "county",
            "region": "龙州县",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "批复",
            "recipients": ["峒岭镇人民政府"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": cl,
    }]
    return path


def main():
    paths = [doc_tongzhi(), doc_qingshi(), doc_pifu()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
