# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 993: 部门规章令 (商务部 海关总署令 / 商务部 公安部 海关总署令) and a
provincial implementing notice. Word + PDF + expected.json."""
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
J = WD_ALIGN_PARAGRAPH.JUSTIFY


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


LINE = [28]  # 固定值 line spacing in pt; one clerk types the rule at 26


def fmt(p, align=None, indent=True, line=None, before=0, after=0, first=None):
    if line is None:
        line = LINE[0]
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
    """runs: list of (text, fontname, size, bold[, color]) or plain str.
    A text of "\n" inside a run list inserts a manual line break."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        if text == "\n":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
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
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def tabstop(p, pos_pt, kind="left"):
    ppr = p._p.get_or_add_pPr()
    tabs = ppr.find(qn("w:tabs"))
    if tabs is None:
        tabs = parse_xml('<w:tabs %s/>' % nsdecls("w"))
        ppr.append(tabs)
    tabs.append(parse_xml('<w:tab %s w:val="%s" w:pos="%d"/>'
                          % (nsdecls("w"), kind, int(pos_pt * 20))))


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
    left, right = ("— ", " —") if footer_style == "dash" else ("- ", " -")
    font(fp.add_run(left), SONG, 14)
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
    font(fp.add_run(right), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def vcenter(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def set_widths(table, widths):
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = w
    for row in table.rows:
        idx = 0
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            tc.width = sum(widths[idx:idx + span], Cm(0))
            idx += span


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_993", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def chapter(doc, text):
    add_par(doc, [(text, HT, 16, False)], align=C, indent=False, before=6, after=6)


def article(doc, clauses, paras, lead_spaces=False, breaks=False):
    """An article: paras[0] starts with 第X条; further strings are its own items /
    paragraphs. breaks=True types them in ONE paragraph with manual line breaks
    (shift+enter); lead_spaces=True indents with full-width spaces instead of
    a first-line indent. Clause = all parts joined with no separator."""
    pre = "\u3000\u3000" if lead_spaces else ""
    head_no = paras[0].split("\u3000")[0].split(" ")[0]
    def runs_for(t, first):
        if first and t.startswith(head_no):
            return [(t[:len(head_no)], HT, 16, False), (t[len(head_no):], FS, 16, False)]
        return [(t, FS, 16, False)]
    if breaks:
        runs = []
        for i, t in enumerate(paras):
            if i:
                runs.append(("\n", FS, 16, False))
            runs.append((pre, FS, 16, False)) if pre else None
            runs += runs_for(t, i == 0)
        add_par(doc, runs, align=J, indent=not lead_spaces)
    else:
        for i, t in enumerate(paras):
            rr = ([(pre, FS, 16, False)] if pre else []) + runs_for(t, i == 0)
            add_par(doc, rr, align=J, indent=not lead_spaces)
    clauses.append("".join(paras))


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None,
            "published": None, "level": None, "region": None, "effective": None,
            "expires": None, "attachments": [], "doc_type": None, "recipients": [],
            "publicity": None, "repeals": None}
    base.update(kw)
    return base


# ====================================================================== doc 1
def doc_bianmin():
    doc = Document()
    setup(doc)
    cl = []
    # ---- 令 page: joint 版头 typed as a borderless 2-column table
    empty(doc, 1)
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.columns[0].width = Cm(11.5)
    t.columns[1].width = Cm(3.5)
    left, right = t.rows[0].cells
    left.width, right.width = Cm(11.5), Cm(3.5)
    set_cell(left, "中华人民共和国商务部", XBS, 26, False, WD_ALIGN_PARAGRAPH.DISTRIBUTE, RED)
    p2 = left.add_paragraph()
    font(p2.add_run("中华人民共和国海关总署"), XBS, 26, False, RED)
    p2.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    p2.paragraph_format.line_spacing = Pt(40)
    left.paragraphs[0].paragraph_format.line_spacing = Pt(40)
    set_cell(right, "令", XBS, 60, False, C, RED)
    right.paragraphs[0].paragraph_format.line_spacing = Pt(80)
    vcenter(right)
    empty(doc, 1)
    p = add_par(doc, [("2026年第2号", FS, 16, False)], align=C, indent=False)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc, 1)
    body = ("《边民互市贸易管理规定》已经2026年1月16日商务部第5次部务会议审议通过，"
            "并经海关总署同意，现予公布，自2026年4月1日起施行。")
    add_par(doc, body, align=J)
    cl.append(body)
    empty(doc, 2)
    p = add_par(doc, [("部长\u3000陈建明", FS, 16, False), ("\t", FS, 16, False),
                      ("署长\u3000周立华", FS, 16, False)], indent=False)
    tabstop(p, 64)
    tabstop(p, 288)
    p.paragraph_format.left_indent = Pt(64)
    p.paragraph_format.first_line_indent = Pt(0)
    empty(doc, 1)
    p = add_par(doc, [("2026年2月10日", FS, 16, False)], align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    page_break(doc)

    # ---- the 规定
    add_par(doc, [("边民互市贸易管理规定", XBS, 22, False)], align=C, indent=False,
            line=36, after=12)
    chapter(doc, "第一章\u3000总\u3000\u3000则")
    arts = [
        ["第一条\u3000为了规范边民互市贸易，促进沿边地区经济社会发展，保障边民合法权益，"
         "维护边境地区贸易秩序，根据《中华人民共和国对外贸易法》《中华人民共和国海关法》等"
         "法律、行政法规，制定本规定。"],
        ["第二条\u3000本规定所称边民互市贸易，是指边境地区边民在我国陆路边境20公里以内，"
         "经政府批准的开放点或者指定的集市上，在不超过规定的金额或者数量范围内进行的商品交换活动。"],
        ["第三条\u3000商务部负责全国边民互市贸易的政策制定和宏观指导，海关总署负责边民互市贸易"
         "进出境商品的监督管理。",
         "沿边省、自治区商务主管部门会同所在地直属海关，负责本行政区域内边民互市贸易的组织实施和日常管理。"],
    ]
    for a in arts:
        article(doc, cl, a)
    chapter(doc, "第二章\u3000互市贸易区（点）管理")
    arts = [
        ["第四条\u3000设立边民互市贸易区（点），应当符合下列条件：",
         "（一）位于陆路边境20公里以内，且毗邻对方国家的边境口岸或者边民通道；",
         "（二）具有符合海关监管要求的隔离设施、查验场地和视频监控系统；",
         "（三）具有满足电子化申报要求的信息化管理平台；",
         "（四）所在地县级人民政府已明确管理机构和工作人员。"],
        ["第五条\u3000设立边民互市贸易区（点），由所在地省级人民政府向商务部提出申请，"
         "商务部会同海关总署等部门审核后作出决定。",
         "互市贸易区（点）的调整、撤销，依照前款规定办理。"],
        ["第六条\u3000互市贸易区（点）管理机构应当建立边民档案，如实记录边民身份信息、"
         "交易记录和诚信状况，并与海关共享相关数据。"],
    ]
    for a in arts:
        article(doc, cl, a)
    chapter(doc, "第三章\u3000交易与监管")
    arts = [
        ["第七条\u3000边民通过互市贸易进口的生活用品（列入负面清单的除外），每人每日价值在"
         "人民币8000元以下的，免征进口关税和进口环节税。超过部分，照章征税。"],
        ["第八条\u3000边民互市贸易进口商品不得有下列情形：",
         "（一）列入《边民互市进口商品负面清单》的；",
         "（二）国家禁止进口的；",
         "（三）涉及濒危野生动植物及其制品且未取得允许进出口证明书的；",
         "（四）不符合我国食品安全国家标准或者检验检疫要求的。"],
        ["第九条\u3000边民互助组、落地加工企业收购边民互市进口商品用于加工的，应当按照海关"
         "规定办理申报手续，加工后的产品可以在国内销售。"],
        ["第十条\u3000海关对边民互市贸易进出境商品实施监管，可以采取信息化监控、抽样检查、"
         "风险布控等方式。",
         "边民应当如实申报，并接受海关查验。"],
    ]
    for a in arts:
        article(doc, cl, a)
    chapter(doc, "第四章\u3000法律责任")
    arts = [
        ["第十一条\u3000边民以他人名义或者借用他人身份从事互市贸易的，或者为他人进口商品提供"
         "身份便利的，由海关依照《中华人民共和国海关行政处罚实施条例》的有关规定处理；"
         "构成犯罪的，依法追究刑事责任。"],
        ["第十二条\u3000互市贸易区（点）管理机构及其工作人员在管理工作中滥用职权、玩忽职守、"
         "徇私舞弊的，依法给予处分。"],
    ]
    for a in arts:
        article(doc, cl, a)
    chapter(doc, "第五章\u3000附\u3000\u3000则")
    arts = [
        ["第十三条\u3000沿边省、自治区商务主管部门可以会同所在地直属海关，根据本规定制定"
         "实施细则，报商务部、海关总署备案。"],
        ["第十四条\u3000本规定由商务部、海关总署负责解释。"],
        ["第十五条\u3000本规定自2026年4月1日起施行。2023年6月12日商务部 海关总署令"
         "2023年第4号公布的《边民互市贸易管理办法》同时废止。"],
    ]
    for a in arts:
        article(doc, cl, a)

    stem = "blind993_bianmin"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    m = meta(title="边民互市贸易管理规定",
             doc_number="商务部 海关总署令2026年第2号",
             issuer=["中华人民共和国商务部", "中华人民共和国海关总署"],
             date="2026-02-10", level="ministry", region=None,
             effective="2026-04-01", doc_type="令",
             repeals="商务部 海关总署令2023年第4号公布的《边民互市贸易管理办法》")
    return stem, path, [{"meta": m, "clauses": cl}]


# ====================================================================== doc 2
def doc_ershouche():
    LINE[0] = 26
    doc = Document()
    setup(doc, footer_style="hyphen")
    cl = []
    empty(doc, 1)
    for org in ("中华人民共和国商务部", "中华人民共和国公安部", "中华人民共和国海关总署"):
        add_par(doc, [(org, XBS, 24, False, RED)], align=C, indent=False, line=36)
    add_par(doc, [("令", XBS, 48, False, RED)], align=C, indent=False, line=64, before=6)
    p = add_par(doc, [("2025年第6号", FS, 16, False)], align=C, indent=False, before=12)
    empty(doc, 1)
    body = ("《二手车出口管理规定》已经2025年11月3日商务部第21次部务会议审议通过，"
            "并经公安部、海关总署同意，现予公布，自2026年1月1日起施行。")
    # clerk indents with two full-width spaces instead of a first-line indent
    add_par(doc, [("\u3000\u3000" + body, FS, 16, False)], align=J, indent=False)
    cl.append(body)
    empty(doc, 2)
    # three signatures side by side, separated by plain tabs (default tab stops)
    add_par(doc, [("部长\u3000陈建明\t\t部长\u3000赵永清\t\t署长\u3000周立华", FS, 16, False)],
            indent=False)
    empty(doc, 1)
    add_par(doc, [("二〇二五年十一月二十八日", FS, 16, False)], align=R, indent=False)
    page_break(doc)

    add_par(doc, [("二手车出口管理规定", XBS, 22, False)], align=C, indent=False,
            line=36, after=12)
    chapter(doc, "第一章\u3000总则")
    article(doc, cl, [
        "第一条\u3000为了规范二手车出口秩序，提升出口二手车质量，根据《中华人民共和国对外贸易法》《中华人民共和国货物进出口"
        "管理条例》等法律、行政法规，制定本规定。"], lead_spaces=True)
    article(doc, cl, [
        "第二条\u3000本规定所称二手车出口，是指已办理注册登记并转让登记至出口企业名下的汽车，"
        "以一般贸易方式出口的经营活动。"],
        lead_spaces=True)
    # half-width space after 第三条 (typed by the clerk)
    article(doc, cl, [
        "第三条 商务部负责全国二手车出口管理工作，公安部负责车辆登记管理工作，"
        "海关总署负责通关监管工作。"],
        lead_spaces=True)
    chapter(doc, "第二章\u3000出口企业与许可管理")
    add_par(doc, [("第一节\u3000出口企业", KT, 16, False)], align=C, indent=False)
    article(doc, cl, [
        "第四条\u3000从事二手车出口的企业应当具备下列条件：",
        "（一）依法设立，具有独立法人资格；",
        "(二)近两年内无违反海关监管规定、外汇管理规定等重大违法违规记录；",
        "（三）具备与出口规模相适应的售后服务能力，能够在主要出口市场建立或者委托建立售后服务网点；",
        "（四）建立出口车辆质量追溯体系。"], lead_spaces=True, breaks=True)
    article(doc, cl, [
        "第五条\u3000省级商务主管部门会同有关部门对本地区申请开展二手车出口业务的企业进行评估，"
        "将符合条件的企业名单报商务部复核后公布。"], lead_spaces=True)
    add_par(doc, [("第二节\u3000许可证管理", KT, 16, False)], align=C, indent=False)
    article(doc, cl, [
        "第六条\u3000二手车出口实行出口许可证管理。出口企业应当向商务部授权的发证机构"
        "申领出口许可证。"], lead_spaces=True)
    article(doc, cl, [
        "第七条\u3000出口许可证实行“一车一证”，有效期为6个月。"],
        lead_spaces=True)
    article(doc, cl, [
        "第八条\u3000海关凭出口许可证办理二手车出口通关手续。出口企业应当如实填报车辆"
        "识别代号(VIN)。"], lead_spaces=True)
    chapter(doc, "第三章\u3000质量与检测")
    article(doc, cl, [
        "第九条\u3000出口的二手车应当符合附件所列车龄、行驶里程要求，并经检验检测"
        "机构按照附件所列项目检测合格。"], lead_spaces=True)
    chapter(doc, "第四章\u3000法律责任")
    article(doc, cl, [
        "第十条\u3000出口企业以欺骗或者其他不正当手段获取出口许可证的，由商务部依照《中华"
        "人民共和国对外贸易法》的有关规定处理，三年内不受理其二手车出口业务申请。"],
        lead_spaces=True)
    chapter(doc, "第五章\u3000附则")
    article(doc, cl, ["第十一条\u3000本规定由商务部、公安部、海关总署负责解释。"],
            lead_spaces=True)
    article(doc, cl, [
        "第十二条\u3000本规定自2026年1月1日起施行。《二手车出口管理暂行规定》（商务部 公安部 "
        "海关总署令2021年第3号）同时废止。"], lead_spaces=True)
    add_par(doc, [("\u3000\u3000附件：出口二手车车龄、行驶里程及检测项目要求", FS, 16, False)],
            indent=False)

    # ---- attachment on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    att_title = "出口二手车车龄、行驶里程及检测项目要求"
    add_par(doc, [(att_title, XBS, 20, False)], align=C, indent=False, line=32, after=12)
    t = doc.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    set_cell(h0[0], "序号", HT, 12)
    set_cell(h0[1], "车辆类型", HT, 12)
    set_cell(h0[2], "出口条件", HT, 12)
    set_cell(h0[4], "检测项目", HT, 12)
    set_cell(h1[2], "车龄（年）", HT, 12)
    set_cell(h1[3], "行驶里程（万公里）", HT, 12)
    h0[2].merge(h0[3])
    for i in (0, 1, 4):
        h0[i].merge(h1[i])
    for c in t.rows[0].cells:
        vcenter(c)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    headers = ["序号", "车辆类型", "出口条件／车龄（年）", "出口条件／行驶里程（万公里）", "检测项目"]
    widths = [Cm(1.3), Cm(3.2), Cm(2.4), Cm(3.0), Cm(5.7)]
    rows = [
        ["1", "乘用车", "≤3", "≤6", "安全性能、排放、VIN码一致性"],
        ["2", "新能源乘用车", "≤3", "≤6", "安全性能、动力蓄电池健康度、VIN码一致性"],
        ["3", "轻型商用车", "≤5", "≤20", "安全性能、排放、VIN码一致性"],
        ["4", "中重型载货汽车", "≤8", "≤60", "安全性能、制动性能、排放"],
        ["5", "客车", "≤8", "≤50", "安全性能、制动性能、车身结构"],
    ]
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, FS, 12, align=(WD_ALIGN_PARAGRAPH.LEFT if i == 4 else C))
        cl.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
    set_widths(t, widths)
    note = "注：车龄自车辆首次注册登记之日起计算；进口国（地区）对车龄、行驶里程有更严格要求的，从其要求。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    cl.append(note)

    LINE[0] = 28
    stem = "blind993_ershouche"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    m = meta(title="二手车出口管理规定",
             doc_number="商务部 公安部 海关总署令2025年第6号",
             issuer=["中华人民共和国商务部", "中华人民共和国公安部", "中华人民共和国海关总署"],
             date="2025-11-28", level="ministry", region=None,
             effective="2026-01-01", doc_type="令",
             attachments=[att_title],
             repeals="《二手车出口管理暂行规定》（商务部 公安部 海关总署令2021年第3号）")
    return stem, path, [{"meta": m, "clauses": cl}]


# ---- Word automatic numbering (chineseCounting) for 一、 headings
def make_numbering(doc, lvl_text):
    numbering = doc.part.numbering_part.element
    aid = 990
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, lvl_text))
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


# ====================================================================== doc 3
def doc_guangxi():
    doc = Document()
    setup(doc)
    cl = []
    nid = make_numbering(doc, "%1、")
    add_par(doc, [("特急", HT, 16, False)], indent=False)
    empty(doc, 1)
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    t.columns[0].width, t.columns[1].width = Cm(12), Cm(3.5)
    left, right = t.rows[0].cells
    left.width, right.width = Cm(12), Cm(3.5)
    set_cell(left, "广西壮族自治区商务厅", XBS, 26, False, WD_ALIGN_PARAGRAPH.DISTRIBUTE, RED)
    p2 = left.add_paragraph()
    font(p2.add_run("南宁海关"), XBS, 26, False, RED)
    p2.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    for pp in left.paragraphs:
        pp.paragraph_format.line_spacing = Pt(42)
    set_cell(right, "文件", XBS, 40, False, C, RED)
    vcenter(right)
    empty(doc, 1)
    p = add_par(doc, [("桂商贸发〔2026〕9号", FS, 16, False)], align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    # title wrapped at an odd place with a manual line break
    add_par(doc, [("关于贯彻实施《边民互市贸易管理", XBS, 22, False), ("\n", XBS, 22, False),
                  ("规定》的通知", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各沿边市、县（市、区）商务主管部门，南宁海关各隶属海关：", indent=False)

    def P(text):
        add_par(doc, text, align=J)
        cl.append(text)

    def H1(text):  # auto-numbered 一、 heading (number comes from Word numbering)
        p = add_par(doc, [(text, HT, 16, False)], indent=False)
        apply_num(p, nid)

    def H2(head, rest):  # （一）heading in 楷体 + text on the same line
        add_par(doc, [(head, KT, 16, False), (rest, FS, 16, False)], align=J)
        cl.append(head + rest)

    P("2026年2月10日，商务部、海关总署以2026年第2号令公布《边民互市贸易管理规定》（以下简称"
      "《规定》），自2026年4月1日起施行。为做好《规定》在我区的贯彻实施工作，推动边民互市贸易"
      "健康发展，助力建设面向东盟的开放合作高地，经自治区人民政府同意，现就有关事项通知如下：")
    H1("总体要求")
    P("以《规定》施行为契机，坚持“边民主体、规范管理、惠民富边”，加快推动边民互市贸易从"
      "“政策红利”向“产业发展”转型，到2026年底，全区边民互市贸易落地加工比例力争达到60%以上。")
    H1("重点任务")
    H2("（一）规范互市贸易区（点）管理。",
       "各沿边市、县（市、区）要对照《规定》第四条规定的条件，于2026年5月31日前完成对现有互市"
       "贸易区（点）的自查评估，现有互市贸易区（点）名单见附件。对不符合条件的，限期整改。")
    H2("（二）推进边民互市数字化监管。",
       "依托“边互通”信息化管理平台，实现边民身份核验、交易申报、资金结算全流程线上办理。")
    P("1.2026年6月底前，东兴、凭祥两个互市贸易区实现电子化申报全覆盖；")
    P("2.2026年底前，全区互市贸易区（点）全部接入平台。")
    H2("（三）发展落地加工产业。",
       "引导边民互助组与落地加工企业建立稳定的合作关系，重点发展坚果、水果、海产品、木材等特色"
       "加工产业。对新引进的年加工额超过5000万元的落地加工企业，各地可按规定给予支持。")
    H1("保障措施")
    H2("（一）加强组织领导。",
       "各地要成立由政府分管负责同志牵头的边民互市贸易工作专班，明确责任分工。")
    H2("（二）强化监管协作。",
       "各隶属海关要与地方商务、公安、市场监管等部门建立信息共享和联合执法机制，严厉打击借用"
       "边民身份从事走私等违法行为。")
    H2("（三）做好政策宣传。",
       "各地要通过边民大会、村屯宣传栏、微信公众号等多种渠道开展《规定》宣传解读。")
    P("本通知自2026年4月1日起施行，有效期至2028年3月31日。《广西壮族自治区商务厅 南宁海关"
      "关于进一步规范边民互市贸易管理的通知》（桂商贸发〔2022〕15号）同时废止。")
    P("执行中遇到的问题，请及时向自治区商务厅对外贸易处（联系电话：0771-2345678）和南宁海关"
      "监管处（联系电话：0771-5678901）反映。")
    empty(doc, 1)
    att1 = "广西壮族自治区边民互市贸易区（点）名单"
    add_par(doc, "附件：" + att1, indent=True)
    empty(doc, 2)
    # 落款: two organs on one line separated by spaces, date below
    add_par(doc, "广西壮族自治区商务厅\u3000\u3000\u3000\u3000\u3000南宁海关", align=R,
            indent=False).paragraph_format.right_indent = Pt(32)
    add_par(doc, "2026年3月6日", align=R, indent=False).paragraph_format.right_indent = Pt(96)
    add_par(doc, "（此件主动公开）", indent=True)

    # ---- 附件1, own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [(att1, XBS, 20, False)], align=C, indent=False, line=32, after=12)
    headers = ["序号", "设区市", "互市贸易区（点）名称", "对应口岸", "主管海关"]
    part1 = [
        ["1", "防城港市", "东兴互市贸易区", "东兴口岸", "东兴海关"],
        ["2", "防城港市", "峒中互市点", "峒中口岸", "东兴海关"],
        ["3", "防城港市", "滩散互市点", "滩散口岸", "东兴海关"],
        ["4", "崇左市", "凭祥（浦寨）互市贸易区", "友谊关口岸", "友谊关海关"],
        ["5", "崇左市", "弄尧互市点", "凭祥口岸", "凭祥海关"],
        ["6", "崇左市", "水口互市点", "水口口岸", "水口海关"],
        ["7", "崇左市", "爱店互市点", "爱店口岸", "爱店海关"],
    ]
    part2 = [
        ["8", "崇左市", "硕龙互市点", "硕龙口岸", "水口海关"],
        ["9", "百色市", "龙邦互市点", "龙邦口岸", "龙邦海关"],
        ["10", "百色市", "平孟互市点", "平孟口岸", "平孟海关"],
        ["11", "百色市", "岳圩互市点", "岳圩口岸", "龙邦海关"],
        ["12", "百色市", "那西互市点", "龙邦口岸", "龙邦海关"],
    ]

    def list_table(rows):
        tb = doc.add_table(rows=1, cols=5)
        tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(headers):
            set_cell(tb.rows[0].cells[i], h, HT, 12)
        repeat_header(tb.rows[0])
        for row in rows:
            cells = tb.add_row().cells
            for i, v in enumerate(row):
                set_cell(cells[i], v, FS, 12)
            cl.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
        # merge the 设区市 column vertically over runs of the same city
        start = 1
        vals = [r[1] for r in rows]
        for k in range(1, len(rows) + 1):
            if k == len(rows) or vals[k] != vals[start - 1]:
                if k - (start - 1) > 1:
                    top = tb.rows[start].cells[1]
                    bot = tb.rows[k].cells[1]
                    m = top.merge(bot)
                    set_cell(m, vals[start - 1], FS, 12)
                    vcenter(m)
                start = k + 1
        return tb

    tb = list_table(part1 + part2)
    set_widths(tb, [Cm(1.3), Cm(2.6), Cm(5.1), Cm(3.3), Cm(3.3)])

    # ---- 版记
    empty(doc, 3)
    p = add_par(doc, [("抄送：商务部对外贸易司，海关总署监管司，自治区人民政府办公厅。", FS, 14, False)],
                indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p = add_par(doc, [("广西壮族自治区商务厅办公室", FS, 14, False), ("\t", FS, 14, False),
                      ("2026年3月6日印发", FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    tabstop(p, 420, "right")
    border(p, "bottom", "000000", 8, 4)

    stem = "blind993_guangxi"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    m = meta(title="关于贯彻实施《边民互市贸易管理规定》的通知",
             doc_number="桂商贸发〔2026〕9号",
             issuer=["广西壮族自治区商务厅", "南宁海关"],
             date="2026-03-06", level="provincial", region="广西壮族自治区",
             effective="2026-04-01", expires="2028-03-31",
             attachments=[att1], doc_type="通知",
             recipients=["各沿边市、县（市、区）商务主管部门", "南宁海关各隶属海关"],
             publicity="此件主动公开",
             repeals="《广西壮族自治区商务厅 南宁海关关于进一步规范边民互市贸易管理的通知》"
                     "（桂商贸发〔2022〕15号）")
    return stem, path, [{"meta": m, "clauses": cl}]


def main():
    expected = {}
    for fn in (doc_bianmin, doc_ershouche, doc_guangxi):
        stem, path, docs = fn()
        convert(path)
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
