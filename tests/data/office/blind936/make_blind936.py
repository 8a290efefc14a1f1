# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 936: 市人民政府关于表彰年度开放型经济工作先进集体和先进个人的决定
(名单按类别分列).  Writes three .docx, their PDFs and expected.json next to
this script."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
SPLIT = 6   # 续表 split row in the 钦州 file
RED = RGBColor(0xFF, 0x00, 0x00)
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
J = WD_ALIGN_PARAGRAPH.JUSTIFY


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


def fmt(p, align=J, indent=True, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.first_line_indent = Pt(32) if indent else Pt(0)
    if left is not None:
        pf.left_indent = left
    return p


def par(doc, runs, **kw):
    """runs: str, or list of str / (text, font, size, bold[, color]) / "\\n"
    (a manual line break, Shift+Enter)."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [runs]
    for r in runs:
        if r == "\n":
            p.add_run().add_break()
            continue
        if isinstance(r, str):
            r = (r, FS, 16, False)
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
        fmt(doc.add_paragraph(), indent=False, line=line)


def new_page(p):
    """start paragraph p on a new page (段前分页)"""
    p.paragraph_format.page_break_before = True
    return p


def setup(doc, dash="— %s —"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.4)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    # footer page number, e.g. "— 1 —"
    left, right = dash.split("%s")
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run(left), SONG, 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>'
                                  % (nsdecls("w"), txt)))
        elif kind == "text":
            r.text = txt
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(right), SONG, 14)


def red_head(doc, organ_mark, size, docno):
    empty(doc, 1)
    p = par(doc, [(organ_mark, XBS, size, False, RED)], align=C, indent=False, line=size + 14)
    # squeeze the characters a little as 版头 usually are
    for r in p.runs:
        r._r.get_or_add_rPr().append(parse_xml('<w:w %s w:val="90"/>' % nsdecls("w")))
    empty(doc, 1)
    p = par(doc, docno, align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1)
    p = par(doc, [(cc, FS, 14, False)], indent=False, line=24, left=Pt(14), align=L)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = par(doc, [(printer, FS, 14, False), ("\u3000" * 7, FS, 14, False),
                   (date_txt, FS, 14, False)], indent=False, line=24, left=Pt(14), align=L)
    border(p2, "bottom", "000000", 8, 4)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i] * 567)))
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def cat_table(doc, header, rows, widths, clauses, cat_col=1):
    """rows: list of tuples.  Column cat_col is vertically merged over runs of
    equal values (as clerks do for 类别).  Appends one clause per data row."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    repeat_header(t.rows[0])
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if ci == cat_col:
                continue
            set_cell(t.rows[ri].cells[ci], v, FS, 12,
                     align=L if ci == len(header) - 1 else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    # merge category column
    start = 1
    for ri in range(1, len(rows) + 2):
        if ri == len(rows) + 1 or rows[ri - 1][cat_col] != rows[start - 1][cat_col]:
            a = t.cell(start, cat_col)
            b = t.cell(ri - 1, cat_col)
            m = a.merge(b) if ri - 1 > start else a
            set_cell(m, rows[start - 1][cat_col], FS, 12)
            start = ri
    col_widths(t, widths)
    return t


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_936", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None,
            "published": None, "level": "municipal", "region": None,
            "effective": None, "expires": None, "attachments": [],
            "doc_type": "决定", "recipients": [], "publicity": None, "repeals": None}
    base.update(kw)
    return base


# =================================================================== 连云港
def doc_lianyungang():
    doc = Document()
    setup(doc)
    clauses = []

    red_head(doc, "连云港市人民政府文件", 40, "连政发〔2026〕9号")

    # title: one paragraph, wrapped by hand at an odd place (Shift+Enter)
    par(doc, [("连云港市人民政府关于表彰2025年度全市", XBS, 22, False), "\n",
              ("开放型经济工作先进集体和先进个人的决定", XBS, 22, False)],
        align=C, indent=False, line=36)
    empty(doc, 1)
    par(doc, "各县、区人民政府，市各委、办、局，市各直属单位：", indent=False)

    p1a = ("2025年，全市上下坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实党中央、"
           "国务院和省委、省政府决策部署，深度融入共建“一带一路”，高水平建设中国（江苏）自由贸易"
           "试验区连云港片区和上合组织（连云港）国际物流园，全力以赴稳外贸、稳外资、扩开放，")
    p1b = ("全市开放型经济发展取得新成效。全年实现进出口总额1186.4亿元，同比增长7.8%；实际使用外资"
           "8.62亿美元，同比增长5.3%；中欧（中亚）班列开行1025列，连云港港完成集装箱吞吐量620.3万"
           "标箱。在推动开放型经济高质量发展中，涌现出一批工作扎实、成绩突出的先进集体和先进个人。")
    par(doc, [p1a, "\n", p1b])          # manual line break inside the paragraph
    clauses.append(p1a + p1b)

    p2 = ("为表彰先进、树立典型，进一步激励全市广大干部职工担当作为、干事创业，市政府决定，授予连云港"
          "市商务局等12个单位“2025年度全市开放型经济工作先进集体”称号，授予王强等16名同志“2025年度"
          "全市开放型经济工作先进个人”称号。")
    par(doc, p2)
    clauses.append(p2)

    p3 = ("希望受到表彰的先进集体和先进个人珍惜荣誉、戒骄戒躁，再接再厉、再创佳绩。全市各级各部门和"
          "广大干部职工要以先进为榜样，学习他们敢闯敢试的开拓精神和真抓实干的务实作风。")
    par(doc, p3)
    clauses.append(p3)

    p4 = ("2026年是“十五五”规划开局之年。全市上下要紧紧围绕建设“一带一路”强支点目标，持续深化自贸"
          "试验区改革创新，稳住外贸外资基本盘，以更高水平对外开放为谱写“强富美高”新连云港现代化建设"
          "新篇章作出新的更大贡献！")
    # clerk indented this one with two full-width spaces instead of 首行缩进
    par(doc, "\u3000\u3000" + p4, indent=False)
    clauses.append(p4)

    empty(doc, 1)
    att1 = "连云港市2025年度开放型经济工作先进集体名单"
    att2 = "连云港市2025年度开放型经济工作先进个人名单"
    par(doc, "附件：1．" + att1, indent=False)
    par(doc, "\u3000\u3000\u30002．" + att2, indent=False)
    empty(doc, 2)
    par(doc, "连云港市人民政府" + "\u3000" * 3, align=R, indent=False)
    par(doc, "2026年2月16日" + "\u3000" * 3, align=R, indent=False)
    empty(doc, 1)
    par(doc, "（此件公开发布）", indent=True)

    # ------------------------------------------------ 附件1
    new_page(par(doc, [("附件1", HT, 16, False)], indent=False))
    par(doc, [(att1, XBS, 20, False)], align=C, indent=False, line=36, before=12, after=12)
    units = [
        ("一、外贸稳增长先进集体（5个）", [
            "连云港市商务局",
            "连云港海关驻港区办事处",
            "灌云县商务局",
            "连云港华瑞化工进出口有限公司",
            "江苏恒翔医药科技股份有限公司"]),
        ("二、利用外资先进集体（4个）", [
            "连云港经济技术开发区投资促进局",
            "东海县投资促进中心",
            "赣榆区商务局",
            "连云港徐圩新区招商局"]),
        ("三、开放平台建设先进集体（3个）", [
            "中国（江苏）自由贸易试验区连云港片区综合服务中心",
            "上合组织（连云港）国际物流园管理办公室",
            "连云港综合保税区管理办公室"]),
    ]
    for head, names in units:
        par(doc, [(head, HT, 16, False)], line=25)     # heading only, not a clause
        for n in names:
            par(doc, n, line=25)
            clauses.append(n)

    # ------------------------------------------------ 附件2
    new_page(par(doc, [("附件2", HT, 16, False)], indent=False))
    par(doc, [(att2, XBS, 20, False)], align=C, indent=False, line=36, before=6, after=6)
    people = [
        ("一、外贸稳增长先进个人（6名）", [
            "王  强\u3000连云港市商务局对外贸易处处长",
            "李晓燕\u3000连云港海关驻港区办事处副主任",
            "陈  刚\u3000灌云县商务局局长",
            "赵明辉\u3000连云港华瑞化工进出口有限公司总经理",
            "孙  莉\u3000江苏恒翔医药科技股份有限公司国际业务部经理",
            "周立新\u3000海州区商务局副局长"]),
        ("二、利用外资先进个人（5名）", [
            "吴海涛\u3000连云港经济技术开发区投资促进局局长",
            "郑  毅\u3000东海县投资促进中心主任",
            "刘芳芳\u3000赣榆区商务局外资科科长",
            "徐建国\u3000连云港徐圩新区招商局副局长",
            "马  骏\u3000灌南县商务局副局长"]),
        ("三、开放平台建设先进个人（5名）", [
            "胡  斌\u3000中国（江苏）自由贸易试验区连云港片区综合服务中心主任",
            "高  琳\u3000上合组织（连云港）国际物流园管理办公室副主任",
            "林志远\u3000连云港综合保税区管理办公室综合科科长",
            "何文静\u3000连云港港口控股集团有限公司集装箱事业部经理",
            "宋  鹏\u3000连云港市中欧班列运营服务有限公司副总经理"]),
    ]
    for head, names in people:
        par(doc, [(head, HT, 16, False)], line=21)
        for n in names:
            par(doc, n, line=21)
            clauses.append(n)

    banji(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，"
               "连云港军分区。", "连云港市人民政府办公室", "2026年2月16日印发")

    stem = "blind936_lianyungang"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    key = [{"meta": meta(
        title="连云港市人民政府关于表彰2025年度全市开放型经济工作先进集体和先进个人的决定",
        doc_number="连政发〔2026〕9号",
        issuer=["连云港市人民政府"],
        date="2026-02-16",
        region="连云港市",
        attachments=[att1, att2],
        recipients=["各县、区人民政府", "市各委、办、局", "市各直属单位"],
        publicity="此件公开发布"),
        "clauses": clauses}]
    return stem, path, key


# =================================================================== 钦州
def doc_qinzhou():
    doc = Document()
    setup(doc)
    clauses = []

    red_head(doc, "钦州市人民政府文件", 42, "钦政发〔2026〕5号")

    # title typed as three separate paragraphs, broken at odd places
    for t in ("钦州市人民政府关于表彰2025年度", "开放型经济工作先进集体", "和先进个人的决定"):
        par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    par(doc, "各县（区）人民政府，各开发区管委，市直各委、办、局，中直、区直驻钦各单位：",
        indent=False)

    p1 = ("2025年，全市各级各部门深入贯彻落实习近平总书记关于广西工作论述的重要要求，抢抓西部陆海新"
          "通道和中国（广西）自由贸易试验区钦州港片区建设重大机遇，积极服务和融入共建“一带一路”和"
          "中国—东盟自由贸易区3.0版建设，全市开放型经济量质齐升。全年外贸进出口总额完成1352.7亿元，"
          "增长12.6%，增速居全区前列；实际利用外资3.48亿美元；钦州港集装箱吞吐量突破1000万标准箱，"
          "海铁联运班列开行1.2万列。为表彰先进、激励担当，市人民政府决定：")
    par(doc, p1)
    clauses.append(p1)
    items = [
        "一、授予钦州市商务局等10个单位“2025年度钦州市开放型经济工作先进集体”称号。",
        "二、授予黄海等14名同志“2025年度钦州市开放型经济工作先进个人”称号。",
        "三、对受表彰的先进集体，由市人民政府颁发奖牌；对受表彰的先进个人，由市人民政府颁发荣誉"
        "证书，并按照《钦州市评比达标表彰活动管理实施细则》有关规定给予一次性奖励。",
    ]
    for it in items:
        par(doc, it)
        clauses.append(it)
    p5 = ("希望受表彰的先进集体和先进个人珍惜荣誉，发扬成绩，在推进高水平对外开放中继续走在前列、"
          "作出表率。各县区、各部门和广大干部职工要以受表彰的先进集体和先进个人为榜样，锚定“打造国内"
          "国际双循环重要节点枢纽”目标，为奋力谱写中国式现代化钦州篇章作出新的更大贡献。")
    par(doc, p5)
    clauses.append(p5)

    empty(doc, 1)
    att = "2025年度钦州市开放型经济工作先进集体和先进个人名单"
    # the 附件 line wraps; the clerk lined the second line up with spaces
    par(doc, "附件：2025年度钦州市开放型经济工作先进集体和先进", indent=True)
    par(doc, "\u3000\u3000\u3000\u3000\u3000个人名单", indent=False)
    empty(doc, 2)
    par(doc, "钦州市人民政府" + "\u3000" * 4, align=R, indent=False)
    par(doc, "二〇二六年三月五日" + "\u3000" * 3, align=R, indent=False)
    empty(doc, 1)
    par(doc, "（此件主动公开）")

    # ------------------------------------------------ 附件 (two tables, 续表)
    new_page(par(doc, [("附件", HT, 16, False)], indent=False))
    par(doc, [("2025年度钦州市开放型经济工作先进集体", XBS, 20, False), "\n",
              ("和先进个人名单", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=16)
    par(doc, [("一、先进集体（10个）", HT, 16, False)])     # heading only
    h1 = ["序号", "类别", "单位名称"]
    rows1 = [
        ("1", "外贸稳增长类", "钦州市商务局"),
        ("2", "外贸稳增长类", "钦州海关综合业务科"),
        ("3", "外贸稳增长类", "广西北部湾国际联运物流有限公司"),
        ("4", "外贸稳增长类", "钦南区商务局"),
        ("5", "招商引资类", "钦州市投资促进局"),
        ("6", "招商引资类", "灵山县投资促进局"),
        ("7", "招商引资类", "浦北县商务局"),
        ("8", "开放平台类", "中国（广西）自由贸易试验区钦州港片区管理委员会经济发展局"),
        ("9", "开放平台类", "钦州综合保税区管理服务中心"),
        ("10", "开放平台类", "西部陆海新通道钦州铁路集装箱中心站运营管理有限公司"),
    ]
    cat_table(doc, h1, rows1, [1.6, 3.2, 10.8], clauses)

    empty(doc, 1, line=16)
    par(doc, [("二、先进个人（14名）", HT, 16, False)])
    h2 = ["序号", "类别", "姓名", "工作单位及职务"]
    rows2 = [
        ("1", "外贸稳增长类", "黄海", "钦州市商务局对外贸易科科长"),
        ("2", "外贸稳增长类", "梁秀英", "钦州海关综合业务科副科长"),
        ("3", "外贸稳增长类", "韦志强", "广西北部湾国际联运物流有限公司总经理"),
        ("4", "外贸稳增长类", "陆明", "钦南区商务局副局长"),
        ("5", "外贸稳增长类", "覃丽华", "广西钦州恒润新材料有限公司进出口部经理"),
        ("6", "招商引资类", "苏振东", "钦州市投资促进局招商二科科长"),
        ("7", "招商引资类", "李婷", "灵山县投资促进局局长"),
        ("8", "招商引资类", "蒙海波", "浦北县商务局副局长"),
        ("9", "招商引资类", "卢嘉宝", "钦州高新技术产业开发区投资促进中心主任"),
        ("10", "招商引资类", "黄思敏", "钦北区商务局外资股股长"),
        ("11", "开放平台类", "陈建华", "中国（广西）自由贸易试验区钦州港片区管理委员会经济发展局局长"),
        ("12", "开放平台类", "杨帆", "钦州综合保税区管理服务中心副主任"),
        ("13", "开放平台类", "甘露", "西部陆海新通道钦州铁路集装箱中心站运营管理有限公司调度部经理"),
        ("14", "开放平台类", "罗毅", "北部湾港钦州码头有限公司生产业务部副经理"),
    ]
    w2 = [1.4, 3.0, 2.2, 9.0]
    # clerk split the table by hand at the page end, typed 续表 and the header again
    cut = SPLIT
    cat_table(doc, h2, rows2[:cut], w2, clauses)
    new_page(par(doc, [("续表", HT, 14, False)], indent=False, align=L))
    cat_table(doc, h2, rows2[cut:], w2, clauses)
    note = "注：同一类别内排名不分先后。"
    par(doc, [(note, KT, 14, False)], indent=False, line=24, before=6)
    clauses.append(note)
    banji(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，钦州军分区，市中级法院，"
               "市检察院。", "钦州市人民政府办公室", "2026年3月5日印发")

    stem = "blind936_qinzhou"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    key = [{"meta": meta(
        title="钦州市人民政府关于表彰2025年度开放型经济工作先进集体和先进个人的决定",
        doc_number="钦政发〔2026〕5号",
        issuer=["钦州市人民政府"],
        date="2026-03-05",
        region="钦州市",
        attachments=[att],
        recipients=["各县（区）人民政府", "各开发区管委", "市直各委、办、局", "中直、区直驻钦各单位"],
        publicity="此件主动公开"),
        "clauses": clauses}]
    return stem, path, key


# =================================================================== 烟台 (网站公开版)
def doc_yantai():
    doc = Document()
    setup(doc, dash="- %s -")
    clauses = []

    # no 红头: the version typed for the government website
    par(doc, [("烟台市人民政府关于表彰2025年度全市开放型经济工作先进集体和先进个人的决定",
               XBS, 20, False)], align=C, indent=False, line=34)
    par(doc, [("烟政字〔2026〕14号", KT, 16, False)], align=C, indent=False)
    p = par(doc, [("发布时间：2026-03-20\u3000\u3000来源：烟台市人民政府办公室", SONG, 10.5, False)],
            align=C, indent=False, line=20)
    border(p, "bottom", "A0A0A0", 6, 6)
    empty(doc, 1)
    par(doc, "各区市人民政府，市政府各部门，各有关单位：", indent=False)

    p1 = ("2025年，面对复杂严峻的外部环境,全市各级各部门坚决贯彻落实党中央、国务院决策部署和省委、"
          "省政府工作要求，主动服务和融入共建“一带一路”,深化与日韩及RCEP成员国经贸合作，推动中国（山东）"
          "自由贸易试验区烟台片区制度创新，全市开放型经济稳中有进、进中提质。全年实现货物进出口4368.5亿元，"
          "增长6.1%；实际使用外资21.3亿美元，规模继续保持全省前列；对“一带一路”共建国家进出口增长9.4%。")
    par(doc, p1)
    clauses.append(p1)
    p2 = ("为表彰先进、树立标杆，激励全市上下在更高水平对外开放中争当排头兵，市政府决定，对烟台市商务局"
          "等12个先进集体和曲晓东等15名先进个人予以通报表彰。受表彰名单按类别分列如下：")
    par(doc, p2)
    clauses.append(p2)

    par(doc, [("一、先进集体（12个）", HT, 16, False)])   # heading only
    groups1 = [
        ("（一）外贸稳增长类（5个）：",
         "烟台市商务局、烟台海关综合业务二科、龙口市商务局、山东鲁海丰食品进出口有限公司、"
         "烟台福临海洋工程装备有限公司"),
        ("（二）双向投资类（4个）：",
         "烟台经济技术开发区投资促进局、蓬莱区投资促进中心、莱州市商务和投资促进局、"
         "烟台高新技术产业开发区经济发展局"),
        ("（三）开放平台类（3个）：",
         "中国（山东）自由贸易试验区烟台片区管理委员会综合协调部、烟台综合保税区服务中心、"
         "烟台港集团有限公司集装箱事业部"),
    ]
    for h, t in groups1:
        par(doc, [(h, KT, 16, False), t])
        clauses.append(h + t)

    par(doc, [("二、先进个人（15名）", HT, 16, False)])
    groups2 = [
        ("（一）外贸稳增长类（6名）：",
         "曲晓东（烟台市商务局对外贸易处处长）、王丽娜（烟台海关综合业务二科科长）、"
         "姜  涛（龙口市商务局局长）、孙文博（山东鲁海丰食品进出口有限公司总经理）、"
         "刘海燕（烟台福临海洋工程装备有限公司国际市场部部长）、于成林（海阳市商务局副局长）"),
        ("（二）双向投资类（5名）：",
         "宋立强（烟台经济技术开发区投资促进局局长）、张  敏（蓬莱区投资促进中心主任）、"
         "衣春晖（莱州市商务和投资促进局外资科科长）、毕宏伟（烟台高新技术产业开发区经济发展局副局长）、"
         "李  航（福山区商务局副局长）"),
        ("（三）开放平台类（4名）：",
         "隋志刚（中国（山东）自由贸易试验区烟台片区管理委员会综合协调部部长）、"
         "牟  丹（烟台综合保税区服务中心副主任）、高振宇（烟台港集团有限公司集装箱事业部经理）、"
         "邹  静（烟台市中韩产业园服务中心综合科科长）"),
    ]
    for h, t in groups2:
        par(doc, [(h, KT, 16, False), t])
        clauses.append(h + t)

    p3 = ("希望受到表彰的先进集体和先进个人珍惜荣誉、再接再厉，努力取得新的更大成绩。全市各级各部门"
          "和广大干部职工要以先进为榜样,进一步解放思想、开拓进取，持续深化中韩（烟台）产业园、"
          "RCEP企业服务中心等开放平台建设，全力稳外贸稳外资促消费，奋力推动全市开放型经济高质量发展，"
          "为加快建设新时代现代化强市作出新的更大贡献。")
    par(doc, p3)
    clauses.append(p3)

    empty(doc, 2)
    # 落款 aligned with tab characters (left tab stops at default 2 字)
    par(doc, "\t\t\t\t\t\t\t\t烟台市人民政府", indent=False, align=L)
    par(doc, "\t\t\t\t\t\t\t\t2026年3月18日", indent=False, align=L)
    empty(doc, 1)
    par(doc, "(此件公开发布)")

    stem = "blind936_yantai"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    key = [{"meta": meta(
        title="烟台市人民政府关于表彰2025年度全市开放型经济工作先进集体和先进个人的决定",
        doc_number="烟政字〔2026〕14号",
        issuer=["烟台市人民政府"],
        date="2026-03-18",
        published="2026-03-20",
        region="烟台市",
        recipients=["各区市人民政府", "市政府各部门", "各有关单位"],
        publicity="此件公开发布"),
        "clauses": clauses}]
    return stem, path, key


def main():
    expected = {}
    for fn in (doc_lianyungang, doc_qinzhou, doc_yantai):
        stem, path, key = fn()
        convert(path)
        expected[stem] = key
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
