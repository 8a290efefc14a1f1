# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1054: 市人民政府通知, retyped from paper with a hard Enter at the end of
every printed line (26-30 characters per Word paragraph, new paragraph marked only
by two leading full-width spaces). Word + PDF + expected.json."""
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
SP2 = "\u3000\u3000"

expected = {}
LINES_LOG = []


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


def fmt(p, align=None, line=28, before=0, after=0, first=0, right=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.first_line_indent = Pt(first)
    if right is not None:
        pf.right_indent = right
    return p


def add_par(doc, runs, **kw):
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
        fmt(doc.add_paragraph(), line=line)


def new_page(p):
    p.paragraph_format.page_break_before = True
    return p


def setup(doc, left=2.2, right=1.8):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.5), Cm(3.3)
    s.left_margin, s.right_margin = Cm(left), Cm(right)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    st.paragraph_format.space_after = Pt(0)
    # footer page number  — 1 —
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    for kind in ("begin", None, "separate", "1", "end"):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                                  % nsdecls("w")))
        elif kind == "1":
            r.text = "1"
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


# ---- the clerk's retyping: one Word paragraph per printed line -----------
CLOSE = set("，。、；：？！）》”’〕】…%")
OPEN = set("（《“‘〔【")


def _w(c):
    return 0.5 if ord(c) < 128 else 1.0


def break_lines(text, width=28.0, indent=SP2):
    """Cut `indent + text` the way the printed page was set: about `width`
    full-width cells per line (ASCII digits count half), no closing punctuation at
    the start of a line, no opening punctuation at the end; every piece holds
    26-30 characters except the last."""
    full = indent + text
    out = []
    i = 0
    n = len(full)
    while i < n:
        w = 0.0
        j = i
        while j < n and w + _w(full[j]) <= width:
            w += _w(full[j])
            j += 1
        j = min(j, i + 30)
        if j < n:
            if full[j] in CLOSE:
                if j - i < 30:
                    j += 1
                else:
                    j -= 1
            if full[j - 1] in OPEN:
                j -= 1
            if j - i < 26:
                j = min(n, i + 26)
        out.append((i, j))
        i = j
    return full, out


def typed_par(doc, segs, width=28.0, indent=SP2, size=16):
    """segs: list of (text, fontname). Writes one Word paragraph per printed
    line and returns the logical text (without the leading spaces)."""
    text = "".join(t for t, _ in segs)
    full, spans = break_lines(text, width, indent)
    # font of every character
    fonts = [FS] * len(indent)
    for t, f in segs:
        fonts.extend([f] * len(t))
    pieces = []
    for a, b in spans:
        p = doc.add_paragraph()
        k = a
        while k < b:
            m = k
            while m < b and fonts[m] == fonts[k]:
                m += 1
            font(p.add_run(full[k:m]), fonts[k], size)
            k = m
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT)
        pieces.append(full[a:b])
    LINES_LOG.append(pieces)
    return text


def heading(doc, text, name=HT, align=None):
    if align == "center":
        add_par(doc, [(text, name, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER)
    else:
        add_par(doc, [(SP2 + text, name, 16, False)], align=WD_ALIGN_PARAGRAPH.LEFT)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def fix_widths(t, widths):
    t.autofit = False
    for ci, w in enumerate(widths):
        t.columns[ci].width = Cm(w)
    for row in t.rows:
        tcs = row._tr.tc_lst
        if len(tcs) == len(widths):
            for tc, w in zip(tcs, widths):
                tc.width = Cm(w)


def simple_table(doc, header, rows, clauses, widths=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    repeat_header(t.rows[0])
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if (widths and widths[ci] > 5) else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=al)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        fix_widths(t, widths)
    return t


def two_level_table(doc, top, sub, rows, clauses, widths=None):
    """top: list of (label, span); sub: list of second-level labels ('' where the
    top cell is merged vertically)."""
    ncol = len(sub)
    t = doc.add_table(rows=2 + len(rows), cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    keys = []
    c = 0
    for label, span in top:
        if span == 1 and sub[c] == "":
            a = t.cell(0, c).merge(t.cell(1, c))
            set_cell(a, label, HT, 12)
            keys.append(label)
        else:
            a = t.cell(0, c).merge(t.cell(0, c + span - 1)) if span > 1 else t.cell(0, c)
            set_cell(a, label, HT, 12)
            for k in range(span):
                set_cell(t.cell(1, c + k), sub[c + k], HT, 12)
                keys.append(label + "／" + sub[c + k])
        c += span
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(keys, row)))
    if widths:
        fix_widths(t, widths)
    return t


def banji(doc, cc, printer, date_txt, use_tab=False):
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    if use_tab:
        p2 = add_par(doc, [(printer + "\t" + date_txt, FS, 14, False)], line=24)
        p2.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT)
    else:
        p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * 9, FS, 14, False),
                           (date_txt, FS, 14, False)], line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def red_head(doc, organ, number, mark=None):
    if mark:
        add_par(doc, [(mark, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.LEFT)
    else:
        empty(doc, 1)
    add_par(doc, [(organ, XBS, 40, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
            line=58, before=6)
    empty(doc, 1)
    p = add_par(doc, [(number, FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)


def signoff(doc, organ, date_txt, how, gap=2):
    for _ in range(gap):
        fmt(doc.add_paragraph()).paragraph_format.keep_with_next = True
    if how == "indent":      # right-aligned, 4-character right indent
        add_par(doc, organ, align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(64)).paragraph_format.keep_with_next = True
        add_par(doc, date_txt, align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(32))
    elif how == "spaces":    # right-aligned, padded with typed full-width spaces
        add_par(doc, organ + "\u3000" * 3, align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.keep_with_next = True
        add_par(doc, date_txt + "\u3000" * 2, align=WD_ALIGN_PARAGRAPH.RIGHT)
    else:
        add_par(doc, organ, align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.keep_with_next = True
        add_par(doc, date_txt, align=WD_ALIGN_PARAGRAPH.RIGHT)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1054", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
def doc_ningbo():
    stem = "blind1054_ningbo_ftz"
    doc = Document()
    setup(doc)
    clauses = []

    red_head(doc, "宁波市人民政府文件", "甬政发〔2026〕7号")
    for t in ("宁波市人民政府关于加快推进中国（浙江）", "自由贸易试验区宁波片区提升",
              "发展的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    empty(doc, 1)
    add_par(doc, "各区（县、市）人民政府，市直及部省属驻甬各单位：")

    def body(t):
        clauses.append(typed_par(doc, [(t, FS)]))

    def runin(h, t):
        clauses.append(typed_par(doc, [(h, KT), (t, FS)]))

    body("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，"
         "按照《浙江省人民政府关于推进中国（浙江）自由贸易试验区提升发展的意见》"
         "（浙政发〔2025〕21号）要求，进一步发挥宁波片区在服务共建“一带一路”和长三角"
         "一体化发展中的战略支点作用，经市政府研究同意，现就有关事项通知如下：")
    heading(doc, "一、总体目标")
    body("到2027年，宁波片区累计新增注册企业1.8万家，实际使用外资年均增长8%以上，"
         "油气贸易额突破1.2万亿元，宁波舟山港集装箱吞吐量达到4200万标准箱，累计形成"
         "制度创新成果120项以上、其中在全国复制推广15项以上，基本建成投资贸易便利、"
         "高端产业集聚、法治环境规范、金融服务完善、监管安全高效的高水平自由贸易园区。")
    heading(doc, "二、重点任务")
    runin("（一）打造大宗商品资源配置枢纽。",
          "支持宁波片区建设国际油气交易中心，扩大保税燃料油加注规模，2026年保税燃料油"
          "供应量力争达到850万吨；推动铁矿石、液化天然气、粮油等大宗商品开展期现联动交易，"
          "探索开展以人民币计价结算的大宗商品跨境贸易。")
    runin("（二）提升国际航运服务能级。",
          "深化宁波舟山港与共建“一带一路”国家和地区港口合作，2026年新开辟集装箱航线"
          "20条以上；推进海铁联运“一单制”改革，全年海铁联运业务量达到180万标准箱；"
          "支持国际船舶登记、船舶融资租赁、海事仲裁等高端航运服务业集聚发展。")
    runin("（三）推进数字贸易创新发展。",
          "依托中国（宁波）跨境电子商务综合试验区，培育跨境电商独立站、海外仓和数字服务"
          "出口企业，建设数据跨境流动服务中心，在风险可控前提下开展数据出境便利化试点，"
          "力争2026年跨境电商进出口额达到2600亿元。")
    runin("（四）深化投资管理制度改革。",
          "全面落实外商投资准入前国民待遇加负面清单管理制度，推行“证照分离”“一业一证”"
          "改革全覆盖，对片区内企业投资项目实行“拿地即开工”审批服务模式，一般工业项目"
          "审批时间压缩至30个工作日以内。")
    heading(doc, "三、保障措施")
    runin("（一）加强组织领导。",
          "市自贸试验区工作领导小组统筹推进宁波片区提升发展工作，领导小组办公室设在市商务局，"
          "负责日常协调、督促落实和评估考核。各责任单位要明确分管领导和联络员，于每季度"
          "结束后5个工作日内向领导小组办公室报送工作进展情况。")
    runin("（二）强化要素保障。",
          "市财政每年安排自贸试验区发展专项资金3亿元，重点支持制度创新、平台建设和重大"
          "项目引进；优先保障宁波片区重大产业项目用地、用能和用海指标。")
    runin("（三）守牢风险底线。",
          "建立健全与提升发展相适应的风险防控体系，加强对油气贸易、跨境资金流动、数据出境"
          "等重点领域的监测预警，坚决守住不发生系统性风险的底线。")
    body("2026年宁波片区提升发展重点任务分工如下：")
    simple_table(doc, ["序号", "重点任务", "牵头单位", "完成时限"], [
        ["1", "建设国际油气交易中心，保税燃料油供应量达到850万吨", "市商务局、市发展改革委", "2026年12月底"],
        ["2", "新开辟集装箱航线20条以上", "市交通运输局、宁波舟山港集团", "2026年12月底"],
        ["3", "海铁联运业务量达到180万标准箱", "市交通运输局、宁波海关", "2026年12月底"],
        ["4", "开展数据出境便利化试点", "市委网信办、市商务局", "2026年9月底"],
        ["5", "推行“拿地即开工”审批服务模式", "市自然资源和规划局、市住房城乡建设局", "2026年6月底"],
    ], clauses, widths=[1.3, 6.4, 5.5, 3.6])
    empty(doc, 1)
    body("各区（县、市）人民政府、市直各有关单位要结合实际抓好贯彻落实，工作中遇到的"
         "重大问题要及时报告市政府。")
    signoff(doc, "宁波市人民政府", "2026年2月27日", "indent")
    add_par(doc, SP2 + "（此件公开发布）")
    banji(doc, "抄送：市委各部门，市人大常委会、市政协办公厅，市监委，市中级法院，市检察院，宁波警备区。",
          "宁波市人民政府办公厅", "2026年2月28日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "宁波市人民政府关于加快推进中国（浙江）自由贸易试验区宁波片区提升发展的通知",
            "doc_number": "甬政发〔2026〕7号",
            "issuer": ["宁波市人民政府"],
            "date": "2026-02-27",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各区（县、市）人民政府", "市直及部省属驻甬各单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_kunming():
    stem = "blind1054_kunming_wuliu"
    doc = Document()
    setup(doc)
    clauses = []

    red_head(doc, "昆明市人民政府文件", "昆政规〔2026〕2号")
    for t in ("昆明市人民政府关于印发昆明市面向南亚东南亚", "国际物流发展扶持办法的", "通知"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    empty(doc, 1)
    # 主送 retyped as two lines as well
    add_par(doc, "各县（市、区）人民政府，各开发（度假）园区管委")
    add_par(doc, "会，市级各委、办、局：")
    clauses.append(typed_par(doc, [("现将《昆明市面向南亚东南亚国际物流发展扶持办法》印发给你们，"
                     "请认真贯彻执行。", FS)]))
    signoff(doc, "昆明市人民政府", "二〇二六年三月十六日", "spaces")
    add_par(doc, SP2 + "（此件公开发布）")

    # the 办法 itself, from a new page
    for k, t in enumerate(("昆明市面向南亚东南亚国际物流", "发展扶持办法")):
        p = add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
        if k == 0:
            new_page(p)
    empty(doc, 1)

    def art(no, parts, items=()):
        """parts: article text; items: further paragraphs inside the article."""
        txt = typed_par(doc, [(no, HT), ("\u3000" + parts, FS)])
        for it in items:
            txt += typed_par(doc, [(it, FS)])
        clauses.append(txt)

    def chap(t):
        heading(doc, t, HT, "center")

    chap("第一章\u3000总则")
    art("第一条", "为加快建设面向南亚东南亚辐射中心，推动中老铁路、中缅陆水联运等国际"
        "物流通道提质增效，培育壮大国际物流市场主体，根据《云南省人民政府办公厅关于推进"
        "面向南亚东南亚国际物流大通道建设的实施意见》等文件精神，结合我市实际，制定本办法。")
    art("第二条", "本办法适用于在昆明市行政区域内依法登记注册、具有独立法人资格、从事"
        "国际物流及相关服务的企业。")
    art("第三条", "市商务局负责本办法的组织实施，会同市财政局做好资金预算编制、项目审核"
        "和绩效管理；市交通运输局、昆明海关、中国（云南）自由贸易试验区昆明片区管委会等"
        "按照职责分工做好相关工作。")
    chap("第二章\u3000扶持内容和标准")
    art("第四条", "支持开行国际货运班列。对组织开行经中老铁路、中越铁路的国际货运班列的"
        "企业，按以下标准给予运费补助：")
    two_level_table(doc, [("线路", 1), ("补助标准（元/标准箱）", 2), ("单家企业年度补助上限（万元）", 1)],
                    ["", "去程", "回程", ""], [
                        ["中老铁路（昆明—万象）", "1500", "2000", "800"],
                        ["中老泰（昆明—万象—曼谷）", "2500", "3000", "1000"],
                        ["中越铁路（昆明—河内）", "1200", "1500", "500"],
                    ], clauses, widths=[6.4, 2.6, 2.6, 4.8])
    empty(doc, 1)
    art("第五条", "支持开展跨境公路运输。对经磨憨、河口、瑞丽口岸开展国际道路运输的企业，"
        "年度出入境车次达到500车次以上的，按每车次300元给予补助，单家企业年度补助最高不"
        "超过200万元。")
    art("第六条", "支持培育国际物流市场主体。对符合下列条件之一的企业，给予一次性奖励：",
        ["（一）新获评国家5A级物流企业的，奖励100万元；",
         "（二）新获评国家4A级物流企业的，奖励50万元；",
         "（三）在南亚东南亚国家新建自营海外仓，面积达到5000平方米以上并投入运营的，按实际"
         "投资额的10%给予奖励，最高不超过300万元。"])
    art("第七条", "同一企业同一项目符合本办法和我市其他扶持政策的，按照“从高不重复”原则"
        "给予扶持。")
    chap("第三章\u3000申报和管理")
    art("第八条", "扶持资金实行年度申报制度。市商务局每年3月底前发布申报通知，企业按要求提交"
        "申报材料，经各县（市、区）商务主管部门初审后报市商务局审核。")
    art("第九条", "市商务局会同市财政局对申报材料进行审核，必要时委托第三方机构开展专项审计，"
        "审核结果在市商务局门户网站公示5个工作日，公示无异议的按程序拨付资金。")
    art("第十条", "企业以虚报、冒领、伪造材料等手段骗取扶持资金的，由市商务局追回已拨付资金，"
        "3年内取消其申报资格；涉嫌犯罪的，依法移送司法机关处理。")
    chap("第四章\u3000附则")
    art("第十一条", "本办法由市商务局负责解释。")
    art("第十二条", "本办法自2026年4月1日起施行，有效期至2028年3月31日。《昆明市人民政府关于"
        "印发昆明市国际物流发展扶持办法（试行）的通知》（昆政发〔2022〕31号）同时废止。")
    banji(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级法院，市检察院。",
          "昆明市人民政府办公室", "2026年3月17日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "昆明市人民政府关于印发昆明市面向南亚东南亚国际物流发展扶持办法的通知",
            "doc_number": "昆政规〔2026〕2号",
            "issuer": ["昆明市人民政府"],
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "昆明市",
            "effective": "2026-04-01",
            "expires": "2028-03-31",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各县（市、区）人民政府", "各开发（度假）园区管委会", "市级各委、办、局"],
            "publicity": "此件公开发布",
            "repeals": "《昆明市人民政府关于印发昆明市国际物流发展扶持办法（试行）的通知》（昆政发〔2022〕31号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_xiamen():
    stem = "blind1054_xiamen_silu"
    doc = Document()
    setup(doc)
    clauses = []

    red_head(doc, "厦门市人民政府文件", "厦府〔2026〕41号", mark="特急")
    # title: one paragraph, manual line break typed by the clerk
    p = doc.add_paragraph()
    font(p.add_run("厦门市人民政府关于进一步支持“丝路海运”"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("高质量发展的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    empty(doc, 1)
    add_par(doc, "各区人民政府，市直各委、办、局，各开发区管委会：")

    def body(t):
        clauses.append(typed_par(doc, [(t, FS)]))

    def runin(h, t):
        clauses.append(typed_par(doc, [(h, HT), (t, FS)]))

    body("为深入落实习近平总书记关于“丝路海运”的重要指示精神，加快建设国际航运枢纽城市，"
         "更好服务共建“一带一路”高质量发展，经市政府研究，决定进一步加大对“丝路海运”的"
         "支持力度。现将有关事项通知如下：")
    runin("一、支持开辟“丝路海运”命名航线。",
          "对在厦门港新开辟并经“丝路海运”联盟命名的集装箱航线，按照航线类型给予船公司或"
          "航线经营人扶持，具体标准见附件1。每条航线扶持期限不超过2年，同一航线更换经营人的"
          "不重复扶持。")
    runin("二、支持发展海铁联运。",
          "对经厦门港开展海铁联运的进出口集装箱，按每标准箱200元给予货代企业或多式联运"
          "经营人补助；对通过中欧（厦门）班列与“丝路海运”航线衔接中转的集装箱，按每标准箱"
          "300元给予补助。单家企业年度补助总额不超过500万元。")
    runin("三、支持引进航运总部企业。",
          "对新引进并在厦门设立区域总部的国际航运企业，按其实缴注册资本的2%给予一次性落户"
          "奖励，最高不超过1000万元；对纳入“丝路海运”联盟的港航企业，优先推荐申报省级、"
          "国家级示范项目。")
    runin("四、优化口岸营商环境。",
          "厦门海关、厦门海事局、市港口管理局等单位要深化“丝路海运”电子信息化平台应用，"
          "推行进口“船边直提”、出口“抵港直装”，力争2026年底进口、出口整体通关时间分别"
          "压缩至30小时、1.2小时以内。")
    runin("五、规范资金申报和管理。",
          "扶持资金每半年申报一次，由市交通运输局(市港口管理局)会同市财政局组织实施，申报"
          "材料见附件2。有关企业应当对申报材料的真实性负责，对弄虚作假骗取资金的，依法依规"
          "追回资金并纳入信用记录。咨询电话:0592-2859163。")
    runin("六、",
          "本通知自2026年6月1日起施行，有效期至2028年5月31日。实施期间国家、省出台相关"
          "政策的，从其规定。")
    add_par(doc, SP2 + "附件：1．“丝路海运”命名航线扶持标准", before=14)
    add_par(doc, SP2 + "\u3000\u3000\u30002．“丝路海运”扶持资金申报材料清单")
    signoff(doc, "厦门市人民政府", "2026年5月20日", "plain", gap=1)
    add_par(doc, SP2 + "（此件主动公开）")

    # 附件1
    new_page(add_par(doc, [("附件1", HT, 16, False)]))
    empty(doc, 1)
    add_par(doc, [("“丝路海运”命名航线扶持标准", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    empty(doc, 1)
    two_level_table(doc, [("序号", 1), ("航线类型", 1), ("扶持标准（万元/条）", 2)],
                    ["", "", "首年", "次年"], [
                        ["1", "至共建“一带一路”国家远洋航线", "300", "150"],
                        ["2", "至RCEP成员国近洋航线", "150", "80"],
                        ["3", "外贸内支线及“海丝”内贸航线", "50", "30"],
                    ], clauses, widths=[1.6, 8.4, 3.2, 3.2])
    note = ("注：航线年度挂靠厦门港不少于40个航次方可享受扶持；扶持资金按船公司、航线经营人"
            "实际承担比例分配。")
    add_par(doc, [(note, FS, 14, False)], line=24, before=6)
    clauses.append(note)

    # 附件2
    new_page(add_par(doc, [("附件2", HT, 16, False)]))
    empty(doc, 1)
    add_par(doc, [("“丝路海运”扶持资金申报材料清单", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    empty(doc, 1)
    for it in ("1．扶持资金申报表（加盖企业公章）；",
               "2．企业营业执照复印件；",
               "3．“丝路海运”联盟成员证书或航线命名文件；",
               "4．航线挂靠航次、箱量统计表及港口作业单位出具的证明材料；",
               "5．运费支付凭证、银行流水等相关证明材料；",
               "6．企业信用承诺书。"):
        clauses.append(typed_par(doc, [(it, FS)]))
    banji(doc, "抄送：市委办公厅，市人大常委会办公厅，市政协办公厅，厦门海关，厦门海事局。",
          "厦门市人民政府办公厅", "2026年5月21日印发", use_tab=True)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "厦门市人民政府关于进一步支持“丝路海运”高质量发展的通知",
            "doc_number": "厦府〔2026〕41号",
            "issuer": ["厦门市人民政府"],
            "date": "2026-05-20",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": "2026-06-01",
            "expires": "2028-05-31",
            "attachments": ["“丝路海运”命名航线扶持标准", "“丝路海运”扶持资金申报材料清单"],
            "doc_type": "通知",
            "recipients": ["各区人民政府", "市直各委、办、局", "各开发区管委会"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


if __name__ == "__main__":
    for fn in (doc_ningbo, doc_kunming, doc_xiamen):
        convert(fn())
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    if os.environ.get("SHOW_LINES"):
        for pieces in LINES_LOG:
            for s in pieces:
                print(len(s), s)
            print("--")
