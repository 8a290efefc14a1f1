# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 511: 省政府批复 (综合保税区 / 片区扩区)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"


# ---------------------------------------------------------------- helpers
def set_font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, first=True, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(32) if first else None
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(d, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=True, exact=28,
         before=0, after=0):
    """runs: str or list of (text, font, size, bold[, color])."""
    p = d.add_paragraph()
    fmt(p, align, first, exact, before, after)
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, font, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        set_font(p.add_run(text), font, size, bold, color)
    return p


def empty(d, n=1, exact=28):
    for _ in range(n):
        p = d.add_paragraph()
        fmt(p, None, False, exact)


def bottom_border(p, color="FF0000", sz=18, top=False):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in (("top", "bottom") if top else ("bottom",)):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "1")
        e.set(qn("w:color"), color)
        bdr.append(e)
    ppr.append(bdr)


def page_setup(d):
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.5)
    st = d.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    # page number "— 1 —" in footer
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("— "), SONG, 14)
    r = set_font(fp.add_run(), SONG, 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
        elif kind == "text":
            t = OxmlElement("w:t")
            t.text = txt
            r._element.append(t)
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
    set_font(fp.add_run(" —"), SONG, 14)


def add_numbering(d, abstract_id, num_id, fmt_name, lvl_text):
    """Create a Word numbering definition (Word's own list numbering)."""
    numbering = d.part.numbering_part.element
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(abstract_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt_name),
                     ("w:suff", "nothing"), ("w:lvlText", lvl_text),
                     ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(k), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ani = OxmlElement("w:abstractNumId")
    ani.set(qn("w:val"), str(abstract_id))
    num.append(ani)
    numbering.append(num)


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    npr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    npr.append(il)
    npr.append(ni)
    ppr.insert(0, npr)


def cell_text(cell, text, font=FS, size=14, bold=False,
              align=WD_ALIGN_PARAGRAPH.CENTER, exact=22):
    p = cell.paragraphs[0]
    fmt(p, align, False, exact)
    set_font(p.add_run(text), font, size, bold)


def table_borders(tbl, inside=True, outer=True, only_tb=False, color="000000",
                  sz=4):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    sides = ["top", "left", "bottom", "right", "insideH", "insideV"]
    for s in sides:
        e = OxmlElement("w:" + s)
        on = True
        if only_tb:
            on = s in ("top", "bottom", "insideH")
        elif s.startswith("inside"):
            on = inside
        else:
            on = outer
        e.set(qn("w:val"), "single" if on else "nil")
        if on:
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), color)
        b.append(e)
    tblPr.append(b)


def data_table(d, header, rows, widths=None, size=12):
    t = d.add_table(rows=1 + len(rows), cols=len(header))
    table_borders(t)
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, size)
    for r, row in enumerate(rows, start=1):
        for i, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if i == len(row) - 1 and len(v) > 8 \
                else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.rows[r].cells[i], v, FS, size, align=al)
    if widths:
        t.autofit = False
        for i, w in enumerate(widths):
            t.columns[i].width = Cm(w)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return ["；".join("%s：%s" % (h, v) for h, v in zip(header, row))
            for row in rows]


def banji(d, lines):
    """版记 typed as a one-column table with top/bottom rules."""
    t = d.add_table(rows=len(lines), cols=1)
    table_borders(t, only_tb=True, sz=8)
    for i, ln in enumerate(lines):
        c = t.rows[i].cells[0]
        c.width = Cm(15.6)
        p = c.paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, False, 24)
        if isinstance(ln, tuple):  # hanging 抄送 line
            p.paragraph_format.left_indent = Pt(14 * 3)
            p.paragraph_format.first_line_indent = Pt(-14 * 3)
            set_font(p.add_run(ln[0]), FS, 14)
        else:
            set_font(p.add_run(ln), FS, 14)


def red_header(d, organ, wenhao, wenjian=True, wenhao_right=False):
    empty(d, 2)
    p = para(d, [(organ + ("文件" if wenjian else ""), XBS, 36 if wenjian else 30,
                  False, RED)], WD_ALIGN_PARAGRAPH.CENTER, False, 48)
    p.runs[0].font.character_spacing = Pt(1)
    empty(d, 1)
    if wenhao_right:
        p = para(d, [(" ", FS, 16, False)], WD_ALIGN_PARAGRAPH.CENTER, False, 6)
        bottom_border(p, sz=24)
        p = para(d, [(wenhao, FS, 16, False)], WD_ALIGN_PARAGRAPH.RIGHT, False)
    else:
        p = para(d, [(wenhao, FS, 16, False)], WD_ALIGN_PARAGRAPH.CENTER, False)
        bottom_border(p, sz=18)
    empty(d, 1)


def title(d, lines):
    for ln in lines:
        para(d, [(ln, XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, False, 34)
    empty(d, 1)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_511",
                    "--headless", "--convert-to", "pdf", "--outdir", HERE,
                    path], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)


class Collector:
    def __init__(self):
        self.clauses = []

    def c(self, d, runs, **kw):
        p = para(d, runs, **kw)
        self.clauses.append(p.text.lstrip("　 "))
        return p

    def soft(self, d, texts):
        """several numbered items typed in one paragraph with Shift+Enter."""
        p = para(d, "")
        for i, t in enumerate(texts):
            if i:
                p.runs[-1].add_break(WD_BREAK.LINE)
            set_font(p.add_run(t), FS, 16)
            self.clauses.append(t)
        return p

    def auto(self, d, num_id, shown, runs):
        """paragraph numbered by Word list numbering; shown = visible label."""
        p = para(d, runs, first=False)
        p.paragraph_format.first_line_indent = None
        set_num(p, num_id)
        self.clauses.append(shown + p.text)
        return p


# =================================================================== doc 1
def doc_xiamen():
    stem = "blind511_xiamen_pifu"
    d = Document()
    page_setup(d)
    k = Collector()
    red_header(d, "福建省人民政府", "闽政文〔2025〕186号")
    title(d, ["福建省人民政府关于同意设立", "厦门翔安综合保税区的批复"])
    para(d, "厦门市人民政府：", WD_ALIGN_PARAGRAPH.LEFT, first=False)
    k.c(d, "你市《关于申请设立厦门翔安综合保税区的请示》（厦府〔2025〕147号）收悉。经研究，现批复如下：")
    k.c(d, "一、同意设立厦门翔安综合保税区（以下简称综保区），规划面积1.86平方公里，分两期建设，其中一期围网面积1.12平方公里，二期围网面积0.74平方公里。")
    k.c(d, "二、综保区位于厦门市翔安区新店街道、马巷街道交界处，四至范围为：东至翔安东路（东经118°17′36″，北纬24°36′42″），西至内厝溪绿化带（东经118°15′08″，北纬24°36′10″），南至滨海东大道（东经118°16′20″，北纬24°34′57″），北至新霞南路（东经118°16′02″，北纬24°37′51″）。具体范围以附件所示四至范围为准。")
    k.c(d, "三、综保区要重点发展保税研发、保税维修、跨境电商、国际物流分拨和融资租赁等业态，积极复制推广中国（福建）自由贸易试验区厦门片区改革试点经验，加强与中欧（厦门）班列、厦门港翔安港区和厦门翔安国际机场的联动，打造面向“一带一路”沿线国家和地区的开放合作平台。")
    k.c(d, "四、厦门市人民政府是综保区建设和管理的责任主体，要切实做好以下工作：")
    k.c(d, "（一）成立综保区管理机构，明确职能定位，统筹推进规划建设、招商引资和运营管理等工作。")
    k.c(d, "（二）严格按照《中华人民共和国海关综合保税区管理办法》和有关验收标准，高标准建设隔离围网、卡口、视频监控等基础和监管设施，确保2026年12月31日前具备申请验收条件。")
    k.c(d, "（三）坚持集约节约用地，综保区内不得建设商业性房地产项目，项目用地必须符合国土空间规划和用途管制要求，严禁占用永久基本农田。")
    k.c(d, "（四）统筹做好生态环境保护、安全生产和风险防控工作，建立健全重大风险评估和应急处置机制，守住不发生系统性风险的底线。")
    k.c(d, "五、省直有关部门和中央驻闽有关单位要按照职责分工，加强指导和服务：")
    k.soft(d, [
        "（一）省商务厅要会同有关部门做好综保区发展规划指导和绩效评估工作。",
        "（二）省发展改革委、省自然资源厅要在项目审批、用地指标等方面给予支持。",
        "（三）省财政厅、省税务局要落实好综合保税区相关财税政策。",
        "（四）厦门海关要按照综合保税区监管要求，做好预验收和日常监管工作。",
    ])
    k.c(d, "六、综保区须经国家有关部门验收合格后方可封关运作。综保区设立后，厦门市人民政府要于每年1月31日前将上一年度建设运营情况报送省人民政府，同时抄送省商务厅。")
    k.c(d, "七、综保区实行动态调整机制。对连续两年绩效评估结果排名靠后且整改不力的，按程序核减面积或予以撤销。")
    empty(d, 1)
    # 附件说明 with manual spaces
    para(d, "附件：厦门翔安综合保税区四至范围示意", WD_ALIGN_PARAGRAPH.LEFT)
    empty(d, 3)
    para(d, "福建省人民政府" + "　" * 2, WD_ALIGN_PARAGRAPH.RIGHT, first=False)
    para(d, "2025年11月18日" + "　" * 2, WD_ALIGN_PARAGRAPH.RIGHT, first=False)
    para(d, "（此件公开发布）", WD_ALIGN_PARAGRAPH.LEFT)

    # ---- attachment page
    d.add_page_break()
    para(d, [("附件", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, first=False)
    empty(d, 1)
    para(d, [("厦门翔安综合保税区四至范围示意", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, first=False, exact=34)
    empty(d, 1)
    para(d, [("一、总体范围", HT, 16, False)])
    k.c(d, "厦门翔安综合保税区规划面积1.86平方公里，由8个界址点依次连接围合而成，整体呈西窄东宽的不规则多边形。")
    k.c(d, [("一期区块。", KT, 16, False),
            ("面积1.12平方公里，西起内厝溪绿化带，东至翔安东路，南起滨海东大道，北至翔安南路，主要布局保税研发、保税维修和跨境电商监管中心。", FS, 16, False)])
    k.c(d, [("二期区块。", KT, 16, False),
            ("面积0.74平方公里，位于一期区块北侧，南起翔安南路，北至新霞南路，东西两侧边界与一期区块对齐，主要布局国际物流分拨和查验场地。", FS, 16, False)])
    para(d, [("二、界址点坐标", HT, 16, False)])
    rows = [
        ("J1", "118°15′08″", "24°36′10″", "内厝溪绿化带与滨海东大道交叉口北侧"),
        ("J2", "118°15′31″", "24°35′12″", "滨海东大道与翔安西路交叉口"),
        ("J3", "118°16′20″", "24°34′57″", "滨海东大道翔安港区疏港通道入口"),
        ("J4", "118°17′36″", "24°35′26″", "翔安东路与滨海东大道交叉口"),
        ("J5", "118°17′36″", "24°36′42″", "翔安东路与翔安南路交叉口"),
        ("J6", "118°17′02″", "24°37′51″", "新霞南路与翔安东路交叉口西侧"),
        ("J7", "118°16′02″", "24°37′51″", "新霞南路中段"),
        ("J8", "118°15′12″", "24°37′20″", "内厝溪绿化带北段"),
    ]
    k.clauses += data_table(d, ["界址点", "东经", "北纬", "位置说明"], rows,
                            [2.2, 3.2, 3.2, 7.0])
    k.c(d, "注：界址点坐标采用2000国家大地坐标系（CGCS2000），具体界线以自然资源部门勘测定界成果为准。",
        exact=26)
    empty(d, 2)
    banji(d, [
        ("抄送：省委办公厅，省人大常委会办公厅，省政协办公厅，省发展改革委、财政厅、自然资源厅、生态环境厅、住房城乡建设厅、交通运输厅、商务厅、应急厅、市场监管局，省税务局，福州海关、厦门海关，人民银行福建省分行、国家外汇管理局福建省分局，厦门市翔安区人民政府。",),
        "福建省人民政府办公厅" + "　" * 9 + "2025年11月20日印发",
    ])
    path = os.path.join(HERE, stem + ".docx")
    d.save(path)
    meta = {
        "title": "福建省人民政府关于同意设立厦门翔安综合保税区的批复",
        "doc_number": "闽政文〔2025〕186号",
        "issuer": ["福建省人民政府"],
        "date": "2025-11-18",
        "published": None,
        "level": "provincial",
        "region": "厦门市",
        "effective": None,
        "expires": None,
        "attachments": ["厦门翔安综合保税区四至范围示意"],
        "doc_type": "批复",
        "recipients": ["厦门市人民政府"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": k.clauses}]


# =================================================================== doc 2
def doc_jinhua():
    stem = "blind511_jinhua_pifu"
    d = Document()
    page_setup(d)
    add_numbering(d, 71, 71, "decimal", "%1．")
    k = Collector()
    # 信函格式: organ name only, 文号 on the right under the red rule
    red_header(d, "浙江省人民政府", "浙政函〔2026〕23号", wenjian=False,
               wenhao_right=True)
    title(d, ["浙江省人民政府关于中国（浙江）自由贸易", "试验区金义片区扩区方案的批复"])
    para(d, "金华市人民政府、省商务厅：", WD_ALIGN_PARAGRAPH.LEFT, first=False)
    k.c(d, "你们《关于报请审批中国（浙江）自由贸易试验区金义片区扩区方案的请示》（金政〔2025〕58号）收悉。经研究，现批复如下：")
    k.c(d, "一、原则同意《中国（浙江）自由贸易试验区金义片区扩区方案》（以下简称《扩区方案》），请认真组织实施。")
    k.c(d, "二、扩区后金义片区实施范围由35.99平方公里调整为47.62平方公里，新增面积11.63平方公里，涉及金华经济技术开发区、义乌市和金东区，具体为：")
    k.c(d, "（一）金华经济技术开发区区块4.27平方公里。东至八一南街（东经119°39′25″，北纬29°03′50″），西至二环西路（东经119°36′58″，北纬29°04′12″），南至金衢高速公路（东经119°38′10″，北纬29°02′41″），北至李渔路（东经119°37′46″，北纬29°05′17″）。")
    k.c(d, "（二）义乌陆港区块5.86平方公里。东至疏港快速路（东经120°07′44″，北纬29°20′06″），西至义乌西站货场西侧规划路（东经120°04′31″，北纬29°19′48″），南至春晗路（东经120°06′02″，北纬29°18′27″），北至苏福路（东经120°05′50″，北纬29°21′33″）。")
    k.c(d, "（三）金东多式联运区块1.50平方公里。东至金义东市域铁路（东经119°44′36″，北纬29°07′58″），西至金港大道（东经119°43′22″，北纬29°08′15″），南至义乌江北岸防洪堤（东经119°43′57″，北纬29°07′21″），北至鞋塘路（东经119°44′05″，北纬29°08′49″）。")
    k.c(d, "三、扩区范围内的土地开发利用须遵守土地利用、生态环境保护、城乡规划等有关法律法规，符合国土空间规划，严格落实节约集约用地要求，不得突破生态保护红线和永久基本农田保护红线。")
    k.c(d, "四、金义片区要以制度创新为核心，以可复制可推广为基本要求，重点抓好以下任务：")
    k.auto(d, 71, "1．", [("深化国际贸易综合改革。", FS, 16, True),
                         ("推进市场采购贸易与跨境电商融合发展，探索市场采购贸易组货人制度，支持跨境电商企业建设海外仓和跨境电商综合服务平台。", FS, 16, False)])
    k.auto(d, 71, "2．", [("提升“义新欧”中欧班列运营能级。", FS, 16, True),
                         ("优化班列线路布局，拓展至中亚、欧洲和共建“一带一路”国家的线路网络，推进铁海联运、公铁联运“一单制”改革。", FS, 16, False)])
    k.auto(d, 71, "3．", [("建设数字贸易枢纽。", FS, 16, True),
                         ("推进数据跨境流动便利化试点，培育数字内容、数字服务出口基地，支持义乌小商品数字贸易平台拓展国际业务。", FS, 16, False)])
    k.auto(d, 71, "4．", [("提升外商投资促进水平。", FS, 16, True),
                         ("全面落实外商投资准入前国民待遇加负面清单管理制度，完善外商投资企业服务保障机制，依法保护外商投资合法权益。", FS, 16, False)])
    k.c(d, "五、金华市人民政府要切实履行主体责任，加强组织领导，完善管理体制，统筹推进扩区区块与原片区一体化发展，按照《扩区方案》明确的目标任务和时间节点抓好落实，重大事项及时向省政府请示报告。")
    k.c(d, "六、省商务厅（省自贸办）要加强统筹协调和跟踪评估，省级有关部门要按照职责分工，在用地保障、要素配置、改革授权等方面给予支持，共同推动金义片区高质量发展。")
    k.c(d, "七、本批复自印发之日起执行。《浙江省人民政府关于中国（浙江）自由贸易试验区金义片区实施范围的批复》（浙政函〔2020〕131号）同时废止。")
    empty(d, 1)
    para(d, "附件：1．中国（浙江）自由贸易试验区金义片区扩区方案", WD_ALIGN_PARAGRAPH.LEFT)
    para(d, "　" * 5 + "2．金义片区扩区区块四至范围示意", WD_ALIGN_PARAGRAPH.LEFT)
    empty(d, 2)
    # 落款 typed in a borderless layout table
    t = d.add_table(rows=2, cols=2)
    table_borders(t, inside=False, outer=False)
    for r, txt in enumerate(["浙江省人民政府", "2026年1月20日"]):
        t.rows[r].cells[0].width = Cm(8.6)
        t.rows[r].cells[1].width = Cm(7.0)
        cell_text(t.rows[r].cells[1], txt, FS, 16, exact=28)
    para(d, "（此件公开发布）", WD_ALIGN_PARAGRAPH.LEFT, before=12)

    d.add_page_break()
    para(d, [("附件2", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, first=False)
    empty(d, 1)
    para(d, [("金义片区扩区区块四至范围示意", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, first=False, exact=34)
    para(d, [("（文字说明）", KT, 16, False)], WD_ALIGN_PARAGRAPH.CENTER, first=False)
    empty(d, 1)
    para(d, [("一、金华经济技术开发区区块", HT, 16, False)])
    k.c(d, "区块面积4.27平方公里，呈不规则四边形。边界自八一南街与李渔路交叉口起，沿八一南街向南至金衢高速公路，沿金衢高速公路向西至二环西路，沿二环西路向北至李渔路，沿李渔路向东回到起点。")
    para(d, [("二、义乌陆港区块", HT, 16, False)])
    k.c(d, "区块面积5.86平方公里。边界自疏港快速路与苏福路交叉口起，沿疏港快速路向南至春晗路，沿春晗路向西至义乌西站货场西侧规划路，沿该规划路向北至苏福路，沿苏福路向东回到起点。区块内铁路义乌西站货场、义乌综合保税区已建成部分不重复计算面积。")
    para(d, [("三、金东多式联运区块", HT, 16, False)])
    k.c(d, "区块面积1.50平方公里。边界自鞋塘路与金义东市域铁路交叉口起，沿金义东市域铁路向南至义乌江北岸防洪堤，沿防洪堤向西至金港大道，沿金港大道向北至鞋塘路，沿鞋塘路向东回到起点。")
    k.c(d, "注：示意图比例尺为1:25000，坐标系为2000国家大地坐标系，具体界线以自然资源部门核定的勘界成果为准。")
    empty(d, 2)
    banji(d, [
        ("抄送：省委办公厅，省人大常委会办公厅，省政协办公厅，省发展改革委、经信厅、科技厅、财政厅、自然资源厅、生态环境厅、建设厅、交通运输厅、商务厅、市场监管局、数据局，省税务局，杭州海关，人民银行浙江省分行，国家外汇管理局浙江省分局，义乌市人民政府，金华经济技术开发区管委会。",),
        "浙江省人民政府办公厅" + "　" * 9 + "2026年1月22日印发",
    ])
    path = os.path.join(HERE, stem + ".docx")
    d.save(path)
    meta = {
        "title": "浙江省人民政府关于中国（浙江）自由贸易试验区金义片区扩区方案的批复",
        "doc_number": "浙政函〔2026〕23号",
        "issuer": ["浙江省人民政府"],
        "date": "2026-01-20",
        "published": None,
        "level": "provincial",
        "region": "中国（浙江）自由贸易试验区金义片区",
        "effective": "2026-01-22",
        "expires": None,
        "attachments": ["中国（浙江）自由贸易试验区金义片区扩区方案",
                        "金义片区扩区区块四至范围示意"],
        "doc_type": "批复",
        "recipients": ["金华市人民政府", "省商务厅"],
        "publicity": "此件公开发布",
        "repeals": "《浙江省人民政府关于中国（浙江）自由贸易试验区金义片区实施范围的批复》（浙政函〔2020〕131号）",
    }
    return stem, path, [{"meta": meta, "clauses": k.clauses}]


# =================================================================== doc 3
def doc_ganzhou():
    stem = "blind511_ganzhou_zhuanfa"
    d = Document()
    page_setup(d)
    add_numbering(d, 72, 72, "chineseCountingThousand", "（%1）")
    n = Collector()   # the 转发 notice
    b = Collector()   # the 批复 it forwards
    red_header(d, "赣州市人民政府办公室", "赣市府办字〔2026〕9号")
    title(d, ["赣州市人民政府办公室关于转发《江西省", "人民政府关于赣州国际陆港扩区方案的",
              "批复》的通知"])
    para(d, "各县（市、区）人民政府，市政府各部门，市直、驻市各单位：",
         WD_ALIGN_PARAGRAPH.LEFT, first=False)
    # indentation typed with full-width spaces instead of first-line indent
    n.c(d, "　　现将《江西省人民政府关于赣州国际陆港扩区方案的批复》（赣府字〔2026〕15号）转发给你们，并就有关事项通知如下，请一并抓好贯彻落实。",
        first=False)
    n.c(d, [("　　一、提高思想认识。", HT, 16, False),
            ("赣州国际陆港扩区是省政府支持赣南苏区高质量发展、打造内陆开放型经济高地的重要举措。各地各部门要把扩区工作作为融入“一带一路”建设和粤港澳大湾区联动发展的重要抓手，以更高标准推进陆港建设。", FS, 16, False)],
        first=False)
    n.c(d, [("　　二、明确责任分工。", HT, 16, False),
            ("南康区人民政府作为扩区工作实施主体，要抓紧制定扩区区块建设实施计划；市商务局、市发展改革委、市自然资源局、市交通运输局等部门要按照职责做好指导服务；赣州海关要加强对赣州综合保税区与扩区区块联动监管的政策支持。", FS, 16, False)],
        first=False)
    n.c(d, [("　　三、加快项目建设。", HT, 16, False),
            ("2026年6月30日前完成扩区区块控制性详细规划编制，2026年底前启动中欧班列集结中心二期、跨境电商监管中心等重点项目建设，推动扩区区块早见成效。", FS, 16, False)],
        first=False)
    n.c(d, [("　　四、强化督导调度。", HT, 16, False),
            ("市政府将扩区工作纳入重点工作督查范围，由市政府督查室会同市商务局每季度调度一次进展情况。各相关单位于每季度最后一个月的25日前将工作进展报送市商务局。", FS, 16, False)],
        first=False)
    n.c(d, "　　联系人：市商务局开放平台科　钟晓岚，联系电话：0797-8998612。",
        first=False)
    empty(d, 3)
    para(d, "赣州市人民政府办公室" + "　" * 2, WD_ALIGN_PARAGRAPH.RIGHT, first=False)
    para(d, "2026年2月26日" + "　" * 4, WD_ALIGN_PARAGRAPH.RIGHT, first=False)
    para(d, "　　（此件公开发布）", WD_ALIGN_PARAGRAPH.LEFT, first=False)

    # ---- forwarded 批复, no 版头, 文号 typed above the title
    d.add_page_break()
    para(d, "赣府字〔2026〕15号", WD_ALIGN_PARAGRAPH.RIGHT, first=False)
    empty(d, 1)
    title(d, ["江西省人民政府", "关于赣州国际陆港扩区方案的批复"])
    para(d, "赣州市人民政府：", WD_ALIGN_PARAGRAPH.LEFT, first=False)
    b.c(d, "你市《关于赣州国际陆港扩区方案的请示》（赣市府文〔2025〕89号）收悉。经研究，现批复如下：")
    b.c(d, "一、同意赣州国际陆港扩区方案。扩区后赣州国际陆港规划面积由15.87平方公里调整为21.35平方公里，新增面积5.48平方公里，扩区区块位于南康区龙岭镇、东山街道。")
    b.c(d, "二、扩区区块四至范围为：东至赣南大道（东经114°48′32″，北纬25°42′15″），西至龙岭大道（东经114°46′09″，北纬25°41′50″），南至赣州国际陆港铁路专用线（东经114°47′18″，北纬25°40′36″），北至东山大道（东经114°47′05″，北纬25°43′27″）。")
    b.c(d, "三、赣州国际陆港要立足共建“一带一路”重要节点定位，做强中欧班列集结、铁海联运和内贸集装箱转运功能，推动与赣州综合保税区、龙南保税物流中心（B型）联动发展，积极拓展跨境电商、进口木材和家具产业链供应链服务，打造内陆地区重要的国际物流枢纽。")
    b.c(d, "四、赣州市人民政府要切实履行主体责任，重点抓好以下工作：")
    b.auto(d, 72, "（一）", "健全管理体制，明确赣州国际陆港管理机构对扩区区块的管理职责，理顺与南康区人民政府的权责关系。")
    b.auto(d, 72, "（二）", "严格依法依规用地，扩区区块内新增建设用地须符合国土空间总体规划，不得改变永久基本农田和生态保护红线。")
    b.auto(d, 72, "（三）", "完善口岸查验、仓储物流和多式联运配套设施，2027年12月31日前基本建成扩区区块核心功能设施。")
    b.auto(d, 72, "（四）", "建立健全安全生产、生态环境保护和风险防控工作机制，防止低水平重复建设。")
    b.c(d, "五、省直有关部门要按照职责分工，在规划用地、项目审批、口岸开放、资金安排等方面给予积极支持。省商务厅要会同有关部门加强跟踪指导，适时开展评估。")
    b.c(d, "六、扩区工作中的重大问题，赣州市人民政府要及时向省人民政府请示报告。")
    empty(d, 1)
    para(d, "附件：赣州国际陆港扩区区块四至范围示意", WD_ALIGN_PARAGRAPH.LEFT)
    empty(d, 2)
    para(d, "江西省人民政府" + "　" * 3, WD_ALIGN_PARAGRAPH.RIGHT, first=False)
    para(d, "2026年2月10日" + "　" * 3, WD_ALIGN_PARAGRAPH.RIGHT, first=False)

    d.add_page_break()
    para(d, [("附件", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, first=False)
    empty(d, 1)
    para(d, [("赣州国际陆港扩区区块四至范围示意", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, first=False, exact=34)
    empty(d, 1)
    b.c(d, "扩区区块总面积5.48平方公里，由6个拐点依次连接围合而成。区块北以东山大道为界，东以赣南大道为界，南以赣州国际陆港铁路专用线为界，西以龙岭大道为界，区块中部由东西向的陆港大道贯穿。")
    rows = [
        ("1", "G1", "114°46′09″", "25°41′50″"),
        ("2", "G2", "114°46′40″", "25°43′18″"),
        ("3", "G3", "114°47′05″", "25°43′27″"),
        ("4", "G4", "114°48′32″", "25°42′15″"),
        ("5", "G5", "114°48′10″", "25°40′52″"),
        ("6", "G6", "114°47′18″", "25°40′36″"),
    ]
    b.clauses += data_table(d, ["序号", "拐点编号", "东经", "北纬"], rows,
                            [2.0, 3.0, 5.0, 5.0], size=14)
    b.c(d, "说明：拐点坐标采用2000国家大地坐标系，面积量算以自然资源部门审核结果为准。")
    empty(d, 2)
    banji(d, [
        ("抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级人民法院，市人民检察院，赣州军分区，赣州海关，国家税务总局赣州市税务局，人民银行赣州市分行，中国铁路南昌局集团有限公司赣州车务段。",),
        "赣州市人民政府办公室" + "　" * 8 + "2026年2月27日印发",
    ])
    path = os.path.join(HERE, stem + ".docx")
    d.save(path)
    meta_n = {
        "title": "赣州市人民政府办公室关于转发《江西省人民政府关于赣州国际陆港扩区方案的批复》的通知",
        "doc_number": "赣市府办字〔2026〕9号",
        "issuer": ["赣州市人民政府办公室"],
        "date": "2026-02-26",
        "published": None,
        "level": "municipal",
        "region": "赣州市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各县（市、区）人民政府", "市政府各部门", "市直、驻市各单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    meta_b = {
        "title": "江西省人民政府关于赣州国际陆港扩区方案的批复",
        "doc_number": "赣府字〔2026〕15号",
        "issuer": ["江西省人民政府"],
        "date": "2026-02-10",
        "published": None,
        "level": "provincial",
        "region": "赣州市",
        "effective": None,
        "expires": None,
        "attachments": ["赣州国际陆港扩区区块四至范围示意"],
        "doc_type": "批复",
        "recipients": ["赣州市人民政府"],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": meta_n, "clauses": n.clauses},
                        {"meta": meta_b, "clauses": b.clauses}]


def main():
    expected = {}
    for fn in (doc_xiamen, doc_jinhua, doc_ganzhou):
        stem, path, docs = fn()
        convert(path)
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
