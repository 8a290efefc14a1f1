# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1091: 实施方案 with deeply nested numbering (一、/（一）/1./（1）/①),
名词解释 annexes, 包括： lists and 保障措施 with run-in bold lead sentences.
Writes Word + PDF + expected.json next to this script."""
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
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT


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


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None, left=None):
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
    if left is not None:
        pf.left_indent = left
    return p


def add_par(doc, runs, **kw):
    """runs: str, or list of (text, font, size, bold[, color])."""
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
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def pb(p):
    """start this paragraph on a new page (page break before, not an empty break paragraph)."""
    p.paragraph_format.page_break_before = True
    return p


def field_page(fp, size=14, pre="— ", post=" —"):
    font(fp.add_run(pre), SONG, size)
    for kind in ("begin", None, "separate", "1", "end"):
        r = fp.add_run()
        font(r, SONG, size)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                                  % nsdecls("w")))
        elif kind == "1":
            r.text = "1"
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(post), SONG, size)


def setup(doc, pre="— ", post=" —"):
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
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    field_page(fp, 14, pre, post)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules; 印发 date pushed right with a tab."""
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24,
                left=Pt(14))
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = doc.add_paragraph()
    fmt(p2, indent=False, line=24, left=Pt(14))
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), WD_TAB_ALIGNMENT.RIGHT)
    font(p2.add_run(printer), FS, 14)
    font(p2.add_run("\t" + date_txt), FS, 14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1091", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# Word automatic decimal numbering ("1." produced by Word, not typed)
_abs = [700]


def make_decimal_list(doc):
    numbering = doc.part.numbering_part.element
    aid = _abs[0]
    _abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, FS, FS, FS))
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


class Body:
    """Writes paragraphs and records the expected clauses at the same time."""

    def __init__(self, doc, spaces=False):
        self.doc = doc
        self.clauses = []
        self.spaces = spaces  # indent with typed full-width spaces instead of first-line indent

    def _p(self, runs):
        if self.spaces:
            runs = [("\u3000\u3000", FS, 16, False)] + runs
            return add_par(self.doc, runs, indent=False)
        return add_par(self.doc, runs)

    def text(self, t):
        self.clauses.append(t)
        return self._p([(t, FS, 16, False)])

    def h1(self, t):  # 一、 heading only
        return self._p([(t, HT, 16, False)])

    def h2(self, t):  # （一） heading only
        return self._p([(t, KT, 16, False)])

    def h3(self, t):  # 1. heading only (仿宋, as offices do)
        return self._p([(t, FS, 16, False)])

    def runin(self, head, t, hfont=FS, bold=False):
        self.clauses.append(head + t)
        return self._p([(head, hfont, 16, bold), (t, FS, 16, False)])


expected = {}


# ===================================================================== DOC A
def doc_henan():
    stem = "blind1091_henan_kjds"
    doc = Document()
    setup(doc)
    b = Body(doc)

    empty(doc, 1)
    add_par(doc, [("河南省人民政府办公厅文件", XBS, 34, False, RED)],
            align=C, indent=False, line=54)
    empty(doc, 1)
    p = add_par(doc, "豫政办〔2026〕9号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title: one paragraph, wrapped with manual line breaks at odd places
    p = doc.add_paragraph()
    fmt(p, align=C, indent=False, line=36)
    font(p.add_run("河南省人民政府办公厅关于印发河南省"), XBS, 22)
    p.runs[-1].add_break(WD_BREAK.LINE)
    font(p.add_run("推进跨境电子商务高质量发展实施方案"), XBS, 22)
    p.runs[-1].add_break(WD_BREAK.LINE)
    font(p.add_run("（2026—2028年）的通知"), XBS, 22)
    empty(doc, 1)
    add_par(doc, "各省辖市人民政府，济源示范区、航空港区管委会，省人民政府各部门：", indent=False)
    b.text("《河南省推进跨境电子商务高质量发展实施方案（2026—2028年）》已经省政府同意，"
           "现印发给你们，请结合实际，认真贯彻执行。")
    empty(doc, 3)
    add_par(doc, "河南省人民政府办公厅", align=R, indent=False).paragraph_format.right_indent = Pt(48)
    add_par(doc, "2026年2月27日", align=R, indent=False).paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）", indent=True)

    pb(add_par(doc, [("河南省推进跨境电子商务高质量发展实施方案", XBS, 22, False)],
               align=C, indent=False, line=36))
    add_par(doc, [("（2026—2028年）", KT, 16, False)], align=C, indent=False, line=32)

    b.text("为深入贯彻落实党中央、国务院关于推动跨境电子商务健康持续创新发展的决策部署，"
           "加快郑州、洛阳、南阳跨境电子商务综合试验区建设，制定本方案。")
    b.h1("一、总体要求")
    b.runin("（一）指导思想。", "立足“空中、陆上、网上、海上”四条丝绸之路协同优势，以综合试验区建设为牵引，"
            "以产业带转型为重点，推动跨境电商规模、质量、效益同步提升。", KT)
    b.runin("（二）发展目标。", "到2028年，具体目标包括：", KT)
    b.text("1.规模目标。跨境电商进出口额突破3000亿元。")
    b.text("2.主体目标。新增跨境电商经营主体5000家以上。")
    b.text("3.载体目标。建成省级公共海外仓80个、特色产业带20个。")

    b.h1("二、重点任务")
    b.h2("（一）壮大跨境电商经营主体")
    b.text("1.引育龙头企业。支持头部跨境电商平台在豫设立区域总部、运营中心和结算中心。")
    b.h3("2.培育中小卖家")
    b.text("（1）开展“店开全球”专项行动。每年组织平台对接和实操培训活动不少于200场。")
    b.text("（2）强化孵化服务。依托产业园、孵化基地为初创企业提供服务，包括：")
    b.text("①平台入驻和店铺运营辅导；")
    b.text("②品牌注册和知识产权风险提示；")
    b.text("③跨境支付、结汇和出口退税政策咨询。")
    b.h2("（二）完善跨境电商物流体系")
    b.text("1.建设公共海外仓。支持企业在共建“一带一路”国家和RCEP成员国布局海外仓。"
           "重点支持方向包括：智能仓储设施、退换货和维修服务、本地化配送网络。")
    b.h3("2.畅通国际物流通道")
    b.text("（1）空中通道。用好郑州—卢森堡“空中丝绸之路”，加密全货机航线。")
    b.text("（2）陆上通道。推动中欧班列（中豫号）开行跨境电商专列。")

    b.h1("三、保障措施")
    b.runin("（一）加强组织领导。", "依托省跨境电子商务发展工作领导小组统筹推进，"
            "领导小组办公室设在省商务厅。", FS, True)
    b.runin("（二）加大政策支持。", "统筹用好省级外经贸发展专项资金，鼓励金融机构开发"
            "“海外仓贷”等金融产品。", FS, True)
    b.runin("（三）强化统计监测。", "省商务厅会同郑州海关、省统计局完善跨境电商统计监测制度。", FS, True)
    add_par(doc, "附件：名词解释", before=14)

    pb(add_par(doc, [("附件", HT, 16, False)], indent=False))
    empty(doc, 1)
    add_par(doc, [("名词解释", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    b.text("1.跨境电商：指分属不同关境的交易主体，通过电子商务平台达成交易、进行支付结算，"
           "并通过跨境物流送达商品、完成交易的国际商业活动。")
    b.text("2.公共海外仓：指企业在境外设立，面向多个跨境电商卖家提供仓储、分拣、包装、配送"
           "及退换货等服务的仓储设施。")
    b.text("3.9710模式：指跨境电商B2B直接出口，即境内企业通过跨境电商平台与境外企业达成交易后，"
           "通过跨境物流将货物直接出口送达境外企业的监管方式。")
    b.text("4.产业带：指在一定区域内集聚、以某类特色产品为主、产业链条较为完整的产业集群。")

    banji(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，郑州海关。",
          "河南省人民政府办公厅", "2026年2月27日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "河南省人民政府办公厅关于印发河南省推进跨境电子商务高质量发展实施方案（2026—2028年）的通知",
            "doc_number": "豫政办〔2026〕9号",
            "issuer": ["河南省人民政府办公厅"],
            "date": "2026-02-27",
            "published": None,
            "level": "provincial",
            "region": "河南省",
            "effective": None,
            "expires": None,
            "attachments": ["名词解释"],
            "doc_type": "通知",
            "recipients": ["各省辖市人民政府", "济源示范区管委会", "航空港区管委会", "省人民政府各部门"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": b.clauses,
    }]
    return path


# ===================================================================== DOC B
def doc_qingdao():
    stem = "blind1091_qingdao_hwc"
    doc = Document()
    setup(doc)
    b = Body(doc)

    # joint red 版头: two organ names stacked on the left, 文件 merged on the right
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for row, name in zip(t.rows, ["青岛市商务局", "青岛市财政局"]):
        row.cells[0].width = Cm(11.5)
        row.cells[1].width = Cm(4.0)
        set_cell(row.cells[0], name, XBS, 30, False, WD_ALIGN_PARAGRAPH.DISTRIBUTE)
        row.cells[0].paragraphs[0].runs[0].font.color.rgb = RED
        row.cells[0].paragraphs[0].paragraph_format.line_spacing = Pt(40)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 40, False)
    m.paragraphs[0].runs[0].font.color.rgb = RED
    empty(doc, 1)
    p = add_par(doc, "青商字〔2025〕87号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title in two separate paragraphs, broken inside the 书名号
    add_par(doc, [("关于印发《青岛市支持企业建设运营海外仓", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("实施方案》的通知", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各区（市）商务局、财政局，市直有关部门：", indent=False)
    b.text("为落实国家关于拓展跨境电商出口、推进海外仓建设的部署要求，市商务局、市财政局研究制定了"
           "《青岛市支持企业建设运营海外仓实施方案》，现印发给你们，请结合实际认真组织实施。")
    empty(doc, 2)
    # joint 落款 aligned with tabs
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(2.0))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.0))
    font(p.add_run("\t青岛市商务局\t青岛市财政局"), FS, 16)
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.2))
    font(p.add_run("\t二〇二五年十一月十八日"), FS, 16)
    add_par(doc, "（此件主动公开）")

    pb(add_par(doc, [("青岛市支持企业建设运营海外仓实施方案", XBS, 22, False)],
               align=C, indent=False, line=40))
    b.text("为发挥中国（山东）自由贸易试验区青岛片区开放平台优势，支持企业加快布局海外仓，制定本方案。")
    b.h1("一、工作目标")
    b.text("到2027年底，全市企业在境外建设运营海外仓达到150个，培育市级公共海外仓30个以上。")
    b.h1("二、支持内容")
    b.h2("（一）支持新建和扩建海外仓")
    b.h3("1.支持条件")
    b.text("申报企业应同时符合下列条件：")
    b.text("（1）在青岛市内依法注册，近两年内无严重失信记录；")
    b.text("（2）海外仓自有或租赁期限不少于3年，单仓面积不低于5000平方米；")
    b.text("（3）海外仓配备仓储管理系统（WMS）。")
    b.text("2.支持标准。按实际投资额给予补助，标准如下：")

    # caption with unit, table with a two-level merged header repeated on each page
    add_par(doc, [("表1\u3000海外仓新建和扩建补助标准", HT, 14, False)], align=C, indent=False,
            line=24, before=4)
    add_par(doc, [("单位：万元", FS, 12, False)], align=R, indent=False, line=18)
    t = doc.add_table(rows=6, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.2), Cm(4.6), Cm(3.2), Cm(2.0), Cm(2.0), Cm(2.0)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    heads = ["序号", "区域类别", "单仓面积（平方米）", "补助比例"]
    for i, h in enumerate(heads):
        m = t.cell(0, i).merge(t.cell(1, i))
        set_cell(m, h, HT, 11)
    m = t.cell(0, 4).merge(t.cell(0, 5))
    set_cell(m, "单仓补助上限", HT, 11)
    set_cell(t.cell(1, 4), "新建", HT, 11)
    set_cell(t.cell(1, 5), "扩建", HT, 11)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    cols = ["序号", "区域类别", "单仓面积（平方米）", "补助比例", "单仓补助上限／新建", "单仓补助上限／扩建"]
    rows = [
        ["1", "共建“一带一路”国家", "5000—10000", "20%", "150", "80"],
        ["2", "共建“一带一路”国家", "10000以上", "25%", "300", "150"],
        ["3", "RCEP其他成员国", "5000以上", "20%", "200", "100"],
        ["4", "其他国家和地区", "5000以上", "15%", "150", "80"],
    ]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            if ri == 3 and ci == 1:
                continue  # merged with the row above
            set_cell(t.cell(ri, ci), v, FS, 11)
        b.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(cols, row)))
    m = t.cell(2, 1).merge(t.cell(3, 1))
    set_cell(m, "共建“一带一路”国家", FS, 11)
    for row in t.rows:
        for c in row.cells:
            c.paragraphs[0].paragraph_format.line_spacing = Pt(16)
    note = "注：同一企业年度补助总额不超过500万元，同一海外仓不重复支持。"
    b.clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4, after=4)

    b.h2("（二）支持海外仓提升服务能力")
    b.text("1.数字化改造。按设备和软件投入的30%给予补助，单个企业最高不超过100万元。")
    b.h3("2.拓展综合服务")
    b.text("（1）重点支持的服务功能包括：")
    b.text("①退换货、维修及翻新服务；")
    b.text("②“海外仓+直播”展示营销服务。")
    b.text("(2)对年服务本地外贸企业超过50家的公共海外仓，给予一次性奖励30万元。")
    b.h1("三、保障措施")
    b.runin("加强部门协同。", "市商务局负责组织申报和评审认定，市财政局负责资金保障和监督管理。",
            FS, True)
    b.runin("强化资金监管。", "对弄虚作假、骗取补助资金的，依法追回已拨付资金，取消其三年内申报资格。",
            FS, True)
    b.h1("四、附则")
    b.text("本方案自2026年1月1日起施行，有效期至2027年12月31日。《青岛市海外仓建设扶持办法》"
           "（青商字〔2022〕45号）同时废止。")
    add_par(doc, "附件：名词解释", before=10)

    # ---------------------------------------------------------- 附件
    pb(add_par(doc, [("附件", HT, 16, False)], indent=False))
    empty(doc, 1)
    add_par(doc, [("名词解释", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    b.text("1. 海外仓：指企业在境外建设或租赁，为跨境电商和一般贸易出口货物提供仓储、分拣、包装、配送、"
           "退换货等服务的仓储设施。")
    b.text("2. 公共海外仓：指面向不特定外贸企业开放，服务本地外贸企业数量较多、服务功能较完善的海外仓。")
    b.text("3. 扩建：指企业对已运营海外仓进行面积扩充或功能升级，且新增面积不低于原面积30%的情形。")
    b.text("4. 单仓面积：指单个海外仓的实际可用仓储面积，不含办公、生活区域面积。")

    banji(doc, "抄送：市政府办公厅，青岛海关，国家外汇管理局青岛市分局。",
          "青岛市商务局办公室", "2025年11月18日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于印发《青岛市支持企业建设运营海外仓实施方案》的通知",
            "doc_number": "青商字〔2025〕87号",
            "issuer": ["青岛市商务局", "青岛市财政局"],
            "date": "2025-11-18",
            "published": None,
            "level": "municipal",
            "region": "青岛市",
            "effective": "2026-01-01",
            "expires": "2027-12-31",
            "attachments": ["名词解释"],
            "doc_type": "通知",
            "recipients": ["各区（市）商务局", "各区（市）财政局", "市直有关部门"],
            "publicity": "此件主动公开",
            "repeals": "《青岛市海外仓建设扶持办法》（青商字〔2022〕45号）",
        },
        "clauses": b.clauses,
    }]
    return path


# ===================================================================== DOC C
def doc_pingxiang():
    stem = "blind1091_pingxiang_cyy"
    doc = Document()
    setup(doc, "- ", " -")
    b = Body(doc, spaces=True)  # clerk indents with typed full-width spaces

    def auto(t, head=None, hfont=FS, bold=False, nid=None):
        """paragraph numbered by Word's own list (the '1.' is not typed)."""
        p = doc.add_paragraph()
        apply_num(p, nid)
        fmt(p, first=Pt(32))
        if head is None:
            font(p.add_run(t), FS, 16)
            if t.endswith("。") or t.endswith("；"):
                b.clauses.append("%d.%s" % (auto.n[nid], t))
        else:
            font(p.add_run(head), hfont, 16, bold)
            font(p.add_run(t), FS, 16)
            b.clauses.append("%d.%s%s" % (auto.n[nid], head, t))
        auto.n[nid] += 1
        return p

    auto.n = {}

    def new_list():
        nid = make_decimal_list(doc)
        auto.n[nid] = 1
        return nid

    add_par(doc, [("凭祥市推进中国—东盟跨境电商产业园", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("建设实施方案", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    b.text("为抢抓《区域全面经济伙伴关系协定》（RCEP）深入实施和西部陆海新通道建设机遇，发挥凭祥国家"
           "重点开发开放试验区、中国（广西）自由贸易试验区崇左片区和友谊关口岸优势，加快建设中国—东盟"
           "跨境电商产业园，推动边境贸易创新发展，结合我市实际，制定本方案。")
    b.runin("一、总体目标。", "到2028年，产业园入驻跨境电商及配套服务企业300家以上，跨境电商交易额突破"
            "150亿元，在东盟国家建成海外仓15个，“跨境电商+边民互市”融合发展模式基本成熟。", HT)
    b.h1("二、主要任务")
    b.h2("（一）完善园区功能布局")
    n1 = new_list()
    auto("以凭祥综合保税区为核心区，友谊关口岸和浦寨互市贸易区为拓展区，统筹布局跨境电商监管中心、"
         "分拨中心和直播电商基地。", head="建设“一园两区”。", nid=n1)
    auto("完善配套设施", nid=n1)
    b.text("（1）2026年底前建成跨境电商监管中心，配备查验、分拣、仓储等设施，日处理能力达到30万单。")
    b.text("(2)2027年底前建成东盟商品直播电商基地，设置直播间100间以上。")
    b.h2("（二）培育跨境电商新业态")
    n2 = new_list()
    auto("探索边民互市商品落地加工与跨境电商销售相结合，支持边民合作社通过跨境电商平台销售东盟特色商品。",
         head="发展“跨境电商+边民互市”。", nid=n2)
    auto("做强东盟特色商品集散", nid=n2)
    b.text("（1）水果。依托友谊关口岸进境水果指定监管场地，打造东盟水果跨境电商集散中心，重点品类包括："
           "①榴莲、山竹、火龙果等热带鲜果；②果干、果脯等加工制品；③冷冻水果及果汁饮品。")
    b.text("（2）红木及工艺品。支持红木企业开设跨境电商店铺，打造“凭祥红木”区域品牌。")
    b.text("（3）东南亚日用消费品。引导企业集中采购越南、泰国等国家咖啡、腰果、日化用品等商品，"
           "通过跨境电商零售进口方式面向全国销售。")
    b.h2("（三）畅通跨境物流通道")
    n3 = new_list()
    auto("推动凭祥—河内跨境公路直通运输常态化，开行中越跨境班列跨境电商专列，力争跨境电商货物"
         "通关时间压缩至2小时以内。", nid=n3)
    auto("支持企业在越南河内、胡志明市，泰国曼谷等地建设海外仓和边境仓。", nid=n3)
    b.h1("三、保障措施")
    b.runin("（一）加强组织领导。", "成立凭祥市中国—东盟跨境电商产业园建设工作专班，由市政府分管副市长"
            "任组长，专班办公室设在市商务和口岸管理局。", KT, True)
    b.runin("（二）加强要素保障。", "优先保障产业园建设用地，市财政每年统筹安排不少于2000万元资金"
            "支持产业园建设和企业培育。", KT, True)
    b.runin("（三）加强人才支撑。", "依托广西民族大学、广西城市职业大学等院校开设跨境电商和东盟小语种课程，"
            "每年培训跨境电商实用人才1000人次以上。", KT, True)
    b.runin("（四）加强督促落实。", "各牵头单位每季度末向专班办公室报送工作进展，专班办公室定期通报"
            "任务推进情况。", KT, True)
    empty(doc, 1)
    add_par(doc, "附：名词解释", indent=False, left=Pt(32))
    empty(doc, 2)
    # 落款 pushed right with typed spaces (no tab stops)
    add_par(doc, "\u3000" * 14 + "凭祥市人民政府办公室", indent=False)
    add_par(doc, "\u3000" * 15 + "2026年3月16日", indent=False)

    pb(add_par(doc, [("附", HT, 16, False)], indent=False))
    add_par(doc, [("名词解释", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    b.text("1.跨境电商产业园：指经认定，集聚跨境电商平台、卖家、物流、支付等企业，提供通关、仓储、孵化、"
           "培训等配套服务的园区。")
    b.text("2.边民互市贸易：指边境地区边民在边境线20公里以内、经政府批准的开放点或指定的集市上，"
           "在规定金额或数量范围内进行的商品交换活动。")
    b.text("3.边境仓：指在边境口岸附近设立，为跨境电商企业提供集货、仓储、分拨等服务的仓储设施。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "凭祥市推进中国—东盟跨境电商产业园建设实施方案",
            "doc_number": None,
            "issuer": ["凭祥市人民政府办公室"],
            "date": "2026-03-16",
            "published": None,
            "level": "county",
            "region": "凭祥市",
            "effective": None,
            "expires": None,
            "attachments": ["名词解释"],
            "doc_type": "方案",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": b.clauses,
    }]
    return path


def main():
    paths = [doc_henan(), doc_qingdao(), doc_pingxiang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
