# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 974: 跨境电商综试区领导小组办公室 2026年工作要点 + 领导小组成员调整通知.

Writes blind974_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for editing convenience)
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
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
IND = "\u3000\u3000"          # two full-width spaces typed as indent
CN = "一二三四五六七八九十"

expected = {}


# ---------------------------------------------------------------- helpers
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
    if scale is not None:          # character scaling (字符缩放), common in 版头
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
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
    """runs: list of (text, font, size, bold[, color]) or a plain string."""
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


def page_field(fp, size=14):
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r5 = fp.add_run()
    font(r5, SONG, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, dash="—"):
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
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run(dash + " "), SONG, 14)
    page_field(fp)
    font(fp.add_run(" " + dash), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, scale=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color, scale)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def no_borders(t):
    tblPr = t._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


_next_abs = [900]


def make_numbering(doc, lvl_text):
    """Word automatic numbering (chineseCounting), one list per call (restarts at 1)."""
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text, KT, KT, KT))
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


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_974", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    m = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
         "level": "municipal", "region": None, "effective": None, "expires": None,
         "attachments": [], "doc_type": "通知", "recipients": [], "publicity": None,
         "repeals": None}
    m.update(kw)
    return m


# =================================================================== DOC A
# 合肥综试区领导小组办公室：关于印发2026年工作要点的通知（正文后直接附工作要点）
def doc_hefei_yaodian():
    stem = "blind974_hefei_yaodian"
    doc = Document()
    setup(doc)
    clauses = []

    # --- 版头: two-line organ name + merged "文件" in a borderless layout table
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    big = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(t.cell(0, 0), "中国（合肥）跨境电子商务综合试验区", XBS, 22, color=RED, scale=80,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=32)
    set_cell(t.cell(1, 0), "建设领导小组办公室", XBS, 22, color=RED, scale=80,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=32)
    set_cell(big, "文件", XBS, 40, color=RED, line=56)
    t.autofit = False
    t.columns[0].width = Cm(11.8)
    t.columns[1].width = Cm(3.8)
    for r in t.rows:
        r.cells[0].width = Cm(11.8)
        r.cells[1].width = Cm(3.8)
    p = add_par(doc, "合跨综办〔2026〕2号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                before=14)
    border(p, "bottom", "FF0000", 24, 8)

    # --- title: three lines, broken at odd places (manual line breaks)
    p = doc.add_paragraph()
    font(p.add_run("中国（合肥）跨境电子商务综合试验区建设"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("领导小组办公室关于印发中国（合肥）跨境"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("电子商务综合试验区2026年工作要点的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, before=30)
    empty(doc, 1)
    add_par(doc, "各县（市）区政府，各开发区管委会，领导小组各成员单位：", indent=False)

    def body(t_):
        clauses.append(t_)
        add_par(doc, t_)

    body("经领导小组同意，现将《中国（合肥）跨境电子商务综合试验区2026年工作要点》印发给你们，请结合实际，认真抓好贯彻落实。")
    body("请各牵头单位于每季度末月25日前将工作进展情况报送领导小组办公室（市商务局电子商务处）。")
    # 落款: long organ name on two lines + 代章 note, pushed right with right indent
    for txt in ("中国（合肥）跨境电子商务综合试验区", "建设领导小组办公室", "（合肥市商务局代章）"):
        p = add_par(doc, txt, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        p.paragraph_format.left_indent = Cm(5.5)
    p = add_par(doc, "2026年2月26日", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p.paragraph_format.left_indent = Cm(5.5)

    # --- page break (typed as a break run in an empty paragraph)
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)

    add_par(doc, [("中国（合肥）跨境电子商务综合试验区", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("2026年工作要点", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    body("2026年是“十五五”规划开局之年，也是中国（合肥）跨境电子商务综合试验区（以下简称合肥综试区）获批设立十周年。全年主要目标是：跨境电商进出口额力争达到520亿元、同比增长15%以上，新增跨境电商经营主体800家以上，新增公共海外仓4个以上。重点抓好以下工作：")

    sections = [
        ("壮大跨境电商经营主体", [
            ("引育龙头企业。", "加大跨境电商平台企业、综合服务商招引力度，全年引进落地跨境电商重点项目15个以上，培育年进出口额超10亿元企业3家。",
             "（责任单位：市商务局、市投资促进局，各县（市）区政府、开发区管委会。排在第一位的为牵头单位，下同）"),
            ("推进“跨境电商+产业带”。", "围绕新能源汽车及零部件、家电、光伏、智能语音等优势产业，每个县（市）区培育1个以上特色产业带，推动产业带企业“触网出海”。",
             "（责任单位：市商务局、市经济和信息化局）"),
            ("支持外贸企业转型。", "开展跨境电商“入园进企”培训对接活动30场以上，帮助传统外贸企业开设跨境电商店铺、建设独立站。",
             "(责任单位：市商务局、市人力资源社会保障局)"),
        ]),
        ("提升平台载体能级", [
            ("优化产业园布局。", "开展跨境电商产业园年度评估，实行动态调整，新认定市级跨境电商产业园2个。",
             "（责任单位：市商务局，各县（市）区政府、开发区管委会）"),
            ("升级线上综合服务平台。", "推动线上综合服务平台与国际贸易“单一窗口”数据互联共享，全年新增备案企业600家以上。",
             "（责任单位：市数据资源局、市商务局、合肥海关）"),
            ("发挥综合保税区功能。", "支持合肥综合保税区、合肥经济技术开发区综合保税区开展跨境电商保税备货、退货中心仓业务。",
             "（责任单位：合肥经济技术开发区管委会、合肥海关）"),
        ]),
        ("完善物流通道和海外仓网络", [
            ("做强跨境电商班列。", "依托中欧班列（合肥）常态化开行跨境电商专列，拓展至中亚、欧洲等共建“一带一路”国家线路，全年开行60列以上。",
             "（责任单位：市交通运输局、市商务局、合肥海关）"),
            ("拓展航空货运通道。", "加密合肥新桥国际机场至列日、布达佩斯、阿拉木图等国际货运航线，提升跨境电商货物空运能力。",
             "（责任单位：市交通运输局、安徽省民航机场集团有限公司）"),
            ("优化海外仓布局。", "支持企业在共建“一带一路”国家和RCEP成员国建设海外仓，新认定市级公共海外仓4个。",
             "（责任单位：市商务局、市财政局）"),
        ]),
        ("深化监管服务创新", [
            ("提升通关便利化水平。", "全面推广跨境电商B2B直接出口（9710）、出口海外仓（9810）监管模式，推行出口“清单核放、汇总申报”。",
             "（责任单位：合肥海关）"),
            ("落实税收和外汇政策。", "落实跨境电商零售出口“无票免税”和企业所得税核定征收政策，支持银行为企业提供便利化结算服务。",
             "（责任单位：国家税务总局合肥市税务局、国家外汇管理局安徽省分局）"),
            ("强化统计监测和考核。", "按季度通报各县（市）区、开发区跨境电商发展情况，并纳入年度目标管理绩效考核。",
             "(责任单位：市商务局、市统计局)"),
        ]),
    ]
    for si, (head, items) in enumerate(sections):
        add_par(doc, [(CN[si] + "、" + head, HT, 16, False)])
        nid = make_numbering(doc, "（%1）")
        for ii, (h, txt, resp) in enumerate(items):
            clauses.append("（%s）%s%s%s" % (CN[ii], h, txt, resp))
            p = add_par(doc, [(h, KT, 16, False), (txt, FS, 16, False), (resp, FS, 16, False)],
                        first=Pt(32))
            apply_num(p, nid)

    banji(doc, "抄送：市委办公室，市人大常委会办公室，市政府办公室，市政协办公室。",
          "合肥市商务局办公室", "2026年2月27日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="中国（合肥）跨境电子商务综合试验区建设领导小组办公室关于印发中国（合肥）跨境电子商务综合试验区2026年工作要点的通知",
            doc_number="合跨综办〔2026〕2号",
            issuer=["中国（合肥）跨境电子商务综合试验区建设领导小组办公室"],
            date="2026-02-26",
            region="合肥市",
            recipients=["各县（市）区政府", "各开发区管委会", "领导小组各成员单位"],
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 合肥市人民政府办公室：关于调整综试区建设领导小组成员的通知（名单逐行排列）
def doc_hefei_chengyuan():
    stem = "blind974_hefei_chengyuan"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("合肥市人民政府办公室文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=24)
    doc.paragraphs[-1].runs[0]._element.get_or_add_rPr().append(
        parse_xml('<w:w %s w:val="85"/>' % nsdecls("w")))
    empty(doc, 2)
    p = add_par(doc, "合政办秘〔2026〕17号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for line in ("合肥市人民政府办公室关于调整中国（合肥）", "跨境电子商务综合试验区建设领导小组", "成员的通知"):
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                line=36)
    empty(doc, 1)
    add_par(doc, "各县（市）、区人民政府，市政府各部门、各直属机构：", indent=False)

    def body(t_):
        clauses.append(t_)
        add_par(doc, IND + t_, indent=False)

    body("因人事变动和工作需要,经市政府同意，决定对中国（合肥）跨境电子商务综合试验区建设领导小组（以下简称领导小组）成员进行调整。现将调整后的领导小组成员名单通知如下：")

    def pad(name):
        return name if len(name) == 3 else name[0] + "\u3000" + name[1]

    def roster(label, people):
        for i, (nm, post) in enumerate(people):
            lead = label + "：" if i == 0 else "\u3000" * 4
            text = lead + pad(nm) + "\u3000" + post
            clauses.append(text.lstrip("\u3000"))
            add_par(doc, IND + text, indent=False)

    roster("组\u3000长", [("吴海涛", "副市长")])
    roster("副组长", [("陈晓明", "市政府副秘书长"), ("李明", "市商务局局长"),
                      ("孙建国", "合肥海关关长")])
    roster("成\u3000员", [
        ("郑凯", "市委网信办副主任"),
        ("刘志远", "市发展改革委副主任"),
        ("许文斌", "市科技局副局长"),
        ("杨光辉", "市经济和信息化局副局长"),
        ("朱磊", "市公安局副局长"),
        ("何丽娟", "市财政局副局长"),
        ("马俊峰", "市人力资源社会保障局副局长"),
        ("高翔", "市自然资源和规划局副局长"),
        ("谢永春", "市交通运输局副局长"),
        ("赵晓东", "市商务局副局长"),
        ("罗敏", "市市场监管局副局长"),
        ("宋海波", "市数据资源局副局长"),
        ("唐伟", "市投资促进局副局长"),
        ("韩冰", "市邮政管理局副局长"),
        ("曹立新", "合肥海关副关长"),
        ("冯静", "国家税务总局合肥市税务局副局长"),
        ("邓建华", "国家外汇管理局安徽省分局副局长"),
        ("彭涛", "合肥经济技术开发区管委会副主任"),
        ("蒋明辉", "合肥高新技术产业开发区管委会副主任"),
    ])
    body("领导小组主要职责：贯彻落实国家和省关于跨境电子商务综合试验区建设的决策部署，研究审议综试区发展规划、年度工作要点和重大政策措施，统筹协调解决综试区建设中的重大问题。")
    body("领导小组办公室设在市商务局，承担领导小组日常工作，办公室主任由李明同志兼任，副主任由赵晓东、曹立新同志兼任。领导小组成员如因工作变动需要调整的，由所在单位提出意见，报领导小组办公室审核后按程序调整，不再另行发文。")
    body("《合肥市人民政府办公室关于调整中国（合肥）跨境电子商务综合试验区建设领导小组成员的通知》（合政办秘〔2023〕64号）同时废止。")
    empty(doc, 3)
    p = add_par(doc, "合肥市人民政府办公室", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年1月20日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    add_par(doc, "（此件公开发布）")
    banji(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市纪委监委，市法院，市检察院。",
          "合肥市人民政府办公室", "2026年1月21日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="合肥市人民政府办公室关于调整中国（合肥）跨境电子商务综合试验区建设领导小组成员的通知",
            doc_number="合政办秘〔2026〕17号",
            issuer=["合肥市人民政府办公室"],
            date="2026-01-20",
            region="合肥市",
            recipients=["各县（市）、区人民政府", "市政府各部门、各直属机构"],
            publicity="此件公开发布",
            repeals="《合肥市人民政府办公室关于调整中国（合肥）跨境电子商务综合试验区建设领导小组成员的通知》（合政办秘〔2023〕64号）",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 南宁综试区领导小组办公室：印发工作要点的通知（网站版，无红头；附件含指标表和续表）
TBL_HEAD = ["序号", "指标类别", "指标名称", "单位", "指标值／2025年完成值", "指标值／2026年目标值",
            "牵头单位"]
WIDTHS = [1.2, 1.9, 4.3, 1.3, 1.8, 1.8, 3.9]
TS = 10.5  # 五号 in tables


def indicator_table(doc, rows, clauses):
    t = doc.add_table(rows=2 + len(rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci in (0, 1, 2, 3, 6):
        t.cell(0, ci).merge(t.cell(1, ci))
    t.cell(0, 4).merge(t.cell(0, 5))
    for ci, h in ((0, "序号"), (1, "指标类别"), (2, "指标名称"), (3, "单位"), (4, "指标值"),
                  (6, "牵头单位")):
        set_cell(t.cell(0, ci), h, HT, TS, line=16)
    set_cell(t.cell(1, 4), "2025年完成值", HT, TS, line=16)
    set_cell(t.cell(1, 5), "2026年目标值", HT, TS, line=16)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    # vertical merge of 指标类别 for consecutive equal values
    start = 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][1] != rows[start][1]:
            if i - 1 > start:
                t.cell(2 + start, 1).merge(t.cell(2 + i - 1, 1))
            set_cell(t.cell(2 + start, 1), rows[start][1], FS, TS, line=16)
            start = i
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            if ci == 1:
                continue
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in (2, 6) else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.cell(2 + ri, ci), v, FS, TS, align=al, line=16)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(TBL_HEAD, row)))
    t.autofit = False
    for ci, w in enumerate(WIDTHS):
        t.columns[ci].width = Cm(w)
    for r in t.rows:
        for ci, w in enumerate(WIDTHS):
            r.cells[ci].width = Cm(w)
    return t


def doc_nanning_yaodian():
    stem = "blind974_nanning_yaodian"
    doc = Document()
    setup(doc, dash="－")
    clauses = []

    # website version: no 版头; title first, 文号 under it
    for line in ("中国（南宁）跨境电子商务综合试验区建设工作",
                 "领导小组办公室关于印发中国（南宁）跨境电子",
                 "商务综合试验区2026年工作要点的通知"):
        add_par(doc, [(line, XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                line=33)
    add_par(doc, "南跨电综办〔2026〕3号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=8)
    empty(doc, 1)
    add_par(doc, "各县、区人民政府，各开发区管委会，领导小组各成员单位：", indent=False)

    def body(t_):
        clauses.append(t_)
        add_par(doc, IND + t_, indent=False)

    body("经市跨境电商综试区建设工作领导小组同意，现将《中国（南宁）跨境电子商务综合试验区2026年工作要点》印发给你们，请认真组织实施。执行中遇到的问题，请及时向领导小组办公室（市商务局）反映。")
    empty(doc, 1)
    add_par(doc, IND + "附件：中国（南宁）跨境电子商务综合试验区2026年工作要点", indent=False)
    empty(doc, 2)
    sp = " " * 22
    add_par(doc, sp + "中国（南宁）跨境电子商务综合试验区", indent=False)
    add_par(doc, sp + "    建设工作领导小组办公室", indent=False)
    add_par(doc, sp + "        二〇二六年三月五日", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    # ---- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("中国（南宁）跨境电子商务综合试验区", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("2026年工作要点", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    body("2026年，中国（南宁）跨境电子商务综合试验区（以下简称南宁综试区）要主动服务和融入共建“一带一路”，加快打造面向东盟的跨境电商枢纽城市。主要发展指标如下：")
    add_par(doc, [("2026年南宁综试区主要发展指标", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=4)
    rows1 = [
        ["1", "规模指标", "跨境电商进出口额", "亿元", "312.6", "360", "市商务局、南宁海关"],
        ["2", "规模指标", "其中：跨境电商出口额", "亿元", "186.3", "220", "市商务局、南宁海关"],
        ["3", "规模指标", "跨境电商B2B出口占比", "%", "58.7", "62", "南宁海关、市商务局"],
        ["4", "主体指标", "跨境电商经营主体数量", "家", "2865", "3300", "市商务局、市市场监管局"],
        ["5", "主体指标", "年进出口额超亿元跨境电商企业", "家", "36", "45", "市商务局"],
    ]
    rows2 = [
        ["6", "载体指标", "跨境电商产业园区", "个", "12", "14", "市商务局"],
        ["7", "载体指标", "东盟国家公共海外仓", "个", "15", "20", "市商务局、市投资促进局"],
        ["8", "通道指标", "中越跨境电商陆运专线开行车次", "车次", "4320", "5000", "市交通运输局、南宁海关"],
        ["9", "通道指标", "南宁至东盟国家全货机航线", "条", "11", "14", "南宁临空经济示范区管委会"],
        ["10", "通道指标", "西部陆海新通道跨境电商班列", "列", "186", "240", "市交通运输局"],
        ["11", "人才指标", "跨境电商人才培训", "人次", "8650", "10000", "市人力资源社会保障局"],
    ]
    indicator_table(doc, rows1, clauses)
    # clerk splits the table by hand: page break, "续表", header typed again
    p = add_par(doc, [("续表", KT, 14, False)], indent=False, line=24)
    p.paragraph_format.page_break_before = True
    indicator_table(doc, rows2, clauses)
    for note in ("注：1.跨境电商进出口额、出口额以海关统计数据与综试区线上综合服务平台监测数据为准。",
                 "2.牵头单位有两个的，列第一位的为总牵头单位。"):
        clauses.append(note)
        p = add_par(doc, [(note, FS, 12, False)], indent=False, line=20)
        if note.startswith("2."):
            p.paragraph_format.left_indent = Pt(24)

    sections = [
        ("畅通面向东盟的物流通道", [
            ("加密中越跨境电商陆运专线。", "推动南宁至河内、海防跨境电商公路专线常态化运营，实现“一次申报、一次查验、一次放行”。",
             "（责任单位：市交通运输局、南宁海关）", False),
            ("拓展航空物流通道。", "依托南宁吴圩国际机场，新开通至东盟国家全货机航线3条以上。",
             "（责任单位：南宁临空经济示范区管委会、市交通运输局）", False),
            ("用好西部陆海新通道。", "推动跨境电商货物搭载海铁联运班列出海，全年开行跨境电商班列240列。",
             "（责任单位：市交通运输局、中国铁路南宁局集团有限公司）", False),
        ]),
        ("培育跨境电商新业态", [
            ("发展“跨境电商+直播”。", "在自贸试验区南宁片区建设面向东盟的跨境直播基地，培育东盟小语种主播200名以上。",
             "（责任单位：中国（广西）自由贸易试验区南宁片区管委会、市商务局）", True),
            ("布局东盟海外仓。", "支持企业在越南、泰国、马来西亚、印度尼西亚等国建设公共海外仓，新增5个。",
             "（责任单位：市商务局、市投资促进局）", False),
        ]),
        ("优化综试区发展环境", [
            ("提升线上综合服务平台。", "推动平台与中国—东盟信息港数据对接，上线小语种商品信息翻译、跨境支付等服务。",
             "（责任单位：市大数据发展局、市商务局）", True),
            ("强化金融和人才支撑。", "推广跨境人民币结算，联合驻邕高校开展跨境电商人才培训10000人次。",
             "（责任单位：中国人民银行广西壮族自治区分行、市人力资源社会保障局、市教育局）", False),
        ]),
        ("加强组织保障", [
            ("压实工作责任。", "各责任单位要制定落实措施，每季度末将进展情况报领导小组办公室，每半年通报一次。",
             "（责任单位：领导小组各成员单位）", False),
        ]),
    ]
    for si, (head, items) in enumerate(sections):
        add_par(doc, [(IND + CN[si] + "、" + head, HT, 16, False)], indent=False)
        for ii, (h, txt, resp, brk) in enumerate(items):
            num = "（%s）" % CN[ii]
            clauses.append(num + h + txt + resp)
            p = doc.add_paragraph()
            font(p.add_run(IND), FS, 16)
            font(p.add_run(num + h), FS, 16, True)
            font(p.add_run(txt), FS, 16)
            if brk:   # responsibility unit pushed to a new line with Shift+Enter
                p.add_run().add_break(WD_BREAK.LINE)
            font(p.add_run(resp), FS, 16)
            fmt(p, indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="中国（南宁）跨境电子商务综合试验区建设工作领导小组办公室关于印发中国（南宁）跨境电子商务综合试验区2026年工作要点的通知",
            doc_number="南跨电综办〔2026〕3号",
            issuer=["中国（南宁）跨境电子商务综合试验区建设工作领导小组办公室"],
            date="2026-03-05",
            region="南宁市",
            attachments=["中国（南宁）跨境电子商务综合试验区2026年工作要点"],
            recipients=["各县、区人民政府", "各开发区管委会", "领导小组各成员单位"],
            publicity="此件主动公开",
        ),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_hefei_yaodian(), doc_hefei_chengyuan(), doc_nanning_yaodian()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
