# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 900: 自贸试验区管委会“一业一证”改革行业综合许可证办理规范
(规范性文件，登记编号、有效期、附行业清单). Word + PDF + expected.json."""
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
IND = "\u3000\u3000"


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


def add_par(doc, runs, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
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
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


_pb = [False]


def page_break(doc):
    """next paragraph starts a new page (段前分页)"""
    _pb[0] = True


def setup(doc):
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
    # page number footer "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
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
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    return p


def vcenter(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
        '</w:tblBorders>' % nsdecls("w")))


def col_widths(table, widths):
    table.autofit = False
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for i, w in enumerate(widths):
        table.columns[i].width = w
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_900", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [900]


def make_numbering(doc, lvl_text):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text))
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
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), nid))
    ppr.insert(0, numpr)


expected = {}


# =================================================================== DOC A
# 宁波片区管委会：印发《……办理规范》的通知（章/条 + 附件行业清单）
def doc_ningbo():
    stem = "blind900_ningbo_guifan"
    doc = Document()
    setup(doc)
    clauses = []

    # 规范性文件统一编号, top left
    add_par(doc, [("NBZMQ-2026-0001", HT, 14, False)], indent=False, line=22)
    # red 版头, organ name too long: typed over two lines
    add_par(doc, [("中国（浙江）自由贸易试验区宁波片区", XBS, 26, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, before=10)
    add_par(doc, [("管理委员会文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50)
    p = add_par(doc, "甬自贸委〔2026〕3号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three separate paragraphs, broken at odd places
    for t in ("中国（浙江）自由贸易试验区宁波片区管理",
              "委员会关于印发《宁波片区“一业一证”",
              "改革行业综合许可证办理规范》的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "片区各部门、各功能区块管理机构，各有关单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("《宁波片区“一业一证”改革行业综合许可证办理规范》已经2026年第2次片区管委会主任办公会议审议通过，现印发给你们，请结合实际认真贯彻执行。执行中遇到的问题，请及时向片区行政审批服务局反馈。")
    empty(doc, 1)
    p = add_par(doc, "中国（浙江）自由贸易试验区宁波片区管理委员会", indent=False,
                align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16)
    p = add_par(doc, "2026年2月10日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(96)
    add_par(doc, "（此件公开发布）")

    # ---- the rule itself, new page
    page_break(doc)
    p = add_par(doc, [("宁波片区“一业一证”改革", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("行业综合许可证办理规范"), XBS, 22)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    def art(no, text, items=()):
        p = add_par(doc, [(no, HT, 16, False), ("\u3000" + text, FS, 16, False)])
        for it in items:
            add_par(doc, it)
        clauses.append(no + "\u3000" + text + "".join(items))

    chapter("第一章\u3000总\u3000\u3000则")
    art("第一条", "为深化“证照分离”改革，推动“一业一证”改革在中国（浙江）自由贸易试验区宁波片区（以下简称片区）落地见效，根据有关规定，结合片区实际，制定本规范。")
    art("第二条", "本规范所称行业综合许可证，是指整合特定行业涉及的多项行政许可后统一核发的许可证件。")
    art("第三条", "在片区范围内从事《宁波片区“一业一证”改革行业清单（第一批）》（见附件）所列行业经营活动的市场主体，可以申请办理行业综合许可证。")
    chapter("第二章\u3000申请与审批")
    art("第四条", "申请人可以通过浙江政务服务网“一业一证”专区或者片区政务服务中心综合窗口提出申请，填写一张《行业综合许可证申请表》，一次性提交申请材料。")
    art("第五条", "行业综合许可证按照下列方式审查：", [
        "（一）实行告知承诺制的事项，申请人书面承诺符合条件的，当场作出审批决定；",
        "（二）需要现场核查的事项，由综合窗口组织联合核查，原则上一次完成；",
        "（三）其他事项，由各许可实施部门同步审查。"])
    art("第六条", "行业综合许可证原则上在10个工作日内办结，现场核查、专家评审等时间不计入办理时限。")
    chapter("第三章\u3000证书管理")
    art("第七条", "行业综合许可证实行“一证一码”，编号样式为“甬自贸综许〔2026〕03-0001号”，载明市场主体名称、行业类别、整合的许可事项和有效期限。")
    art("第八条", "行业综合许可证的有效期按照所整合许可事项中最短的有效期确定；所整合许可事项均未设定有效期的，长期有效。")
    art("第九条", "载明事项发生变化的，市场主体应当自变化之日起20个工作日内申请变更；需要延续的，应当在有效期届满30日前提出申请。")
    art("第十条", "有下列情形之一的，依法注销行业综合许可证：", [
        "（一）有效期届满未申请延续的；",
        "（二）市场主体依法终止的；",
        "（三）许可依法被撤销、撤回或者吊销的。"])
    chapter("第四章\u3000附\u3000\u3000则")
    art("第十一条", "本规范由片区行政审批服务局负责解释。")
    art("第十二条", "本规范自2026年3月10日起施行，有效期至2031年3月9日。")
    add_par(doc, "附件：宁波片区“一业一证”改革行业清单（第一批）")

    # ---- attachment on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("宁波片区“一业一证”改革行业清单（第一批）", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=16)
    header = ["序号", "行业", "整合的许可（备案）事项", "主要实施部门"]
    rows = [
        ["1", "便利店", "食品经营许可、烟草专卖零售许可、酒类商品零售经营备案", "市场监管、烟草专卖"],
        ["2", "餐饮店", "食品经营许可、公众聚集场所投入使用营业前消防安全检查、户外广告设施设置审批", "市场监管、消防救援、综合执法"],
        ["3", "宾馆", "特种行业许可（旅馆业）、公共场所卫生许可、食品经营许可、公众聚集场所投入使用营业前消防安全检查", "公安、卫生健康、市场监管、消防救援"],
        ["4", "药店", "药品经营许可（零售）、第二类医疗器械经营备案、食品经营许可", "市场监管"],
        ["5", "健身场馆", "高危险性体育项目经营许可、公共场所卫生许可", "文化旅游体育、卫生健康"],
        ["6", "电影院", "电影放映单位设立审批、公共场所卫生许可、公众聚集场所投入使用营业前消防安全检查", "宣传、卫生健康、消防救援"],
        ["7", "国际货运代理", "国际货运代理企业备案、报关单位备案、无船承运业务备案", "商务、海关、交通运输"],
        ["8", "加油站", "成品油零售经营批准、危险化学品经营许可", "商务、应急管理"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, 11, align=al, line=18)
            vcenter(t.rows[ri].cells[ci])
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    col_widths(t, [Cm(1.3), Cm(2.8), Cm(7.6), Cm(3.8)])
    note = "注：清单所列事项以现行法律、法规规定为准，法律、法规调整的，相应事项同步调整。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    banji(doc, "抄送：浙江省商务厅，宁波市人民政府办公厅，宁波市司法局。",
          "宁波片区管委会办公室", "2026年2月10日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（浙江）自由贸易试验区宁波片区管理委员会关于印发《宁波片区“一业一证”改革行业综合许可证办理规范》的通知",
            "doc_number": "甬自贸委〔2026〕3号",
            "issuer": ["中国（浙江）自由贸易试验区宁波片区管理委员会"],
            "date": "2026-02-10",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": "2026-03-10",
            "expires": "2031-03-09",
            "attachments": ["宁波片区“一业一证”改革行业清单（第一批）"],
            "doc_type": "通知",
            "recipients": ["片区各部门", "各功能区块管理机构", "各有关单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 钦州港片区管委会公告（一、（一）1.（1）编号，附件清单表：两级表头 + 续表）
def doc_qinzhou():
    stem = "blind900_qinzhou_gonggao"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("登记编号：QZGQ-2026-002", FS, 14, False)],
            align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=22)
    add_par(doc, [("中国（广西）自由贸易试验区", XBS, 30, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44, before=12)
    p = add_par(doc, [("钦州港片区管理委员会", XBS, 30, False, RED)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44)
    border(p, "bottom", "FF0000", 18, 10)
    empty(doc, 1)
    # title: ONE paragraph with Shift+Enter line breaks
    p = doc.add_paragraph()
    parts = ["中国（广西）自由贸易试验区钦州港片区", "管理委员会关于“一业一证”改革行业综合",
             "许可证办理有关事项的公告"]
    for i, t in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(t), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("钦港片管规〔2026〕1号", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=14)

    # the clerk indents with typed full-width spaces, no first-line indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND, FS, 16, False), (t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, False), (t, FS, 16, False)],
                indent=False)

    body("为深入贯彻落实国务院关于深化“证照分离”改革的决策部署，推动中国（广西）自由贸易试验区钦州港片区(以下简称“片区”)建设面向东盟的国际陆海贸易新通道门户港，进一步降低市场主体制度性交易成本，现就片区“一业一证”改革行业综合许可证办理有关事项公告如下：")
    head("一、实施范围")
    runin("（一）适用区域。", "本公告适用于片区范围内（含钦州保税港区）申请从事相关行业经营活动的市场主体。")
    runin("（二）适用行业。", "首批纳入改革的行业共12个，具体见附件。市场主体可以自主选择申领行业综合许可证，也可以按原方式分别申领单项许可证。")
    head("二、办理流程")
    runin("（一）申请。", "申请人通过广西数字政务一体化平台“一业一证”专栏或片区政务服务中心综合窗口提交申请,填写《钦州港片区行业综合许可证申请表》，实行“一张表单、一次提交”。")
    runin("（二）审批。", "实行“一窗受理、并联审批、联合核查、统一发证”，具体为：")
    # three numbered items typed in ONE paragraph with manual line breaks
    items = ["1.综合窗口受理后1个工作日内将申请材料同步推送至各许可实施部门；",
             "2.需现场核查的，由片区行政审批局牵头组织联合核查，原则上一次完成；",
             "3.各许可实施部门应当在5个工作日内反馈审查意见，实行告知承诺制的事项当场办结。"]
    p = doc.add_paragraph()
    for i, t in enumerate(items):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(IND + t), FS, 16)
    fmt(p, indent=False)
    clauses.extend(items)
    runin("（三）发证。", "审批通过的，由片区行政审批局核发行业综合许可证，同步生成电子证照，市场主体可通过“智桂通”APP亮证使用。")
    head("三、证书管理")
    runin("（一）证书编号。", "行业综合许可证编号采用“钦港综许”+年份+五位顺序号的形式，例如“钦港综许2026-00018”。")
    runin("（二）有效期限。", "行业综合许可证的有效期按下列规则确定：")
    body("（1）整合的许可事项均设有有效期的，以其中最短的有效期为准；")
    body("（2）整合的许可事项部分设有有效期的，以设有有效期事项中最短的有效期为准；")
    body("（3）整合的许可事项均未设定有效期的，长期有效。")
    head("四、其他事项")
    body("（一）已取得单项许可证的市场主体，可以在原许可证有效期内申请换发行业综合许可证，原单项许可证由片区行政审批局收回。")
    body("（二）本公告由片区行政审批局负责解释，咨询电话：0777-3886215。")
    body("（三）本公告自2026年2月1日起施行，有效期至2028年1月31日。《钦州港片区“一业一证”改革试点工作方案》(钦港片管发〔2023〕9号)同时废止。")
    add_par(doc, IND + "特此公告。", indent=False)
    add_par(doc, IND + "附件：钦州港片区“一业一证”改革首批行业清单", indent=False)
    empty(doc, 1)
    # 落款 aligned with typed spaces
    add_par(doc, "\u3000" * 4 + "中国（广西）自由贸易试验区钦州港片区管理委员会", indent=False)
    add_par(doc, "\u3000" * 16 + "二〇二六年一月十二日", indent=False)

    # ---- attachment: own page, two-level header, manual 续表
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("钦州港片区“一业一证”改革首批行业清单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    p = add_par(doc, [("（单位：项，工作日）", KT, 12, False)],
                align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=22)
    keys = ["序号", "行业名称", "整合许可事项／数量", "整合许可事项／主要事项",
            "办理时限／改革前", "办理时限／改革后"]
    data = [
        ["1", "便利店", "3", "食品经营许可、烟草专卖零售许可、酒类零售备案", "35", "5"],
        ["2", "餐饮店", "3", "食品经营许可、公众聚集场所消防安全检查、户外招牌设置审批", "40", "7"],
        ["3", "宾馆酒店", "4", "特种行业许可、公共场所卫生许可、食品经营许可、公众聚集场所消防安全检查", "60", "10"],
        ["4", "药品零售", "3", "药品经营许可、第二类医疗器械经营备案、食品经营许可", "45", "10"],
        ["5", "健身场所", "2", "高危险性体育项目经营许可、公共场所卫生许可", "40", "8"],
        ["6", "道路普通货物运输", "2", "道路运输经营许可、道路运输证核发", "30", "5"],
        ["7", "国际货运代理", "3", "国际货运代理企业备案、报关单位备案、无船承运业务备案", "20", "3"],
        ["8", "冷链物流仓储", "3", "食品经营备案、特种设备使用登记、建设工程消防验收备案", "35", "7"],
        ["9", "机动车维修", "2", "机动车维修经营备案、排污许可登记", "25", "3"],
        ["10", "加油站", "3", "成品油零售经营批准、危险化学品经营许可、燃气经营许可", "80", "15"],
        ["11", "电影院", "3", "电影放映经营许可、公共场所卫生许可、公众聚集场所消防安全检查", "50", "10"],
        ["12", "非学科类培训机构", "2", "民办学校办学许可、公众聚集场所消防安全检查", "60", "12"],
    ]
    widths = [Cm(1.2), Cm(2.6), Cm(1.4), Cm(7.0), Cm(1.6), Cm(1.6)]

    def qtable(rows):
        t = doc.add_table(rows=2 + len(rows), cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        r0, r1 = t.rows[0].cells, t.rows[1].cells
        a = r0[0].merge(r1[0]); set_cell(a, "序号", HT, 11); vcenter(a)
        b = r0[1].merge(r1[1]); set_cell(b, "行业名称", HT, 11); vcenter(b)
        c = r0[2].merge(r0[3]); set_cell(c, "整合许可事项", HT, 11)
        d = r0[4].merge(r0[5]); set_cell(d, "办理时限", HT, 11)
        set_cell(r1[2], "数量", HT, 11)
        set_cell(r1[3], "主要事项", HT, 11)
        set_cell(r1[4], "改革前", HT, 11)
        set_cell(r1[5], "改革后", HT, 11)
        repeat_header(t.rows[0]); repeat_header(t.rows[1])
        for ri, row in enumerate(rows, 2):
            for ci, v in enumerate(row):
                al = WD_ALIGN_PARAGRAPH.LEFT if ci == 3 else WD_ALIGN_PARAGRAPH.CENTER
                set_cell(t.rows[ri].cells[ci], v, FS, 11, align=al, line=18)
                vcenter(t.rows[ri].cells[ci])
            clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
        col_widths(t, widths)
        return t

    qtable(data)
    note = "注：办理时限不含现场核查、专家评审、公示等时间。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区钦州港片区管理委员会关于“一业一证”改革行业综合许可证办理有关事项的公告",
            "doc_number": "钦港片管规〔2026〕1号",
            "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会"],
            "date": "2026-01-12",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": "2026-02-01",
            "expires": "2028-01-31",
            "attachments": ["钦州港片区“一业一证”改革首批行业清单"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": "《钦州港片区“一业一证”改革试点工作方案》(钦港片管发〔2023〕9号)",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 郑州片区管委会 + 郑州市市场监管局 联合通知（联合版头表格，自动编号，两个附件）
def doc_zhengzhou():
    stem = "blind900_zhengzhou_lianhe"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    add_par(doc, [("登记编号：ZZZMQ-2026-003", HT, 14, False)], indent=False, line=22,
            after=10)
    # joint 版头: borderless table, two organ names left, "文件" merged right
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    p = set_cell(t.rows[0].cells[0], "河南自贸试验区郑州片区管委会", XBS, 22, color=RED,
                 line=36)
    p = set_cell(t.rows[1].cells[0], "郑州市市场监督管理局", XBS, 22, color=RED, line=36)
    p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    set_cell(m, "文件", XBS, 40, color=RED, line=48)
    vcenter(m)
    col_widths(t, [Cm(11.8), Cm(3.6)])
    p = add_par(doc, "郑自贸管〔2026〕7号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                before=14)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("关于调整郑州片区“一业一证”改革行业清单", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("进一步规范行业综合许可证办理的通知", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "片区各部门，各区市场监督管理局，各有关单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):  # auto-numbered 一、 heading only
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为服务中欧班列（郑州）集结中心和郑州—卢森堡“空中丝绸之路”建设，结合中国（河南）自由贸易试验区郑州片区（以下简称片区）改革实践，现就有关事项通知如下：")
    head("调整行业清单")
    body("在首批15个行业基础上，新增跨境电商海外仓、保税维修、国际快递、航空货运代理、母婴用品店、烘焙店6个行业，调整后行业清单共21个（见附件1）。")
    head("规范办理要求")
    runin("（一）统一办理标准。", "各行业综合许可证的申请材料、审查要点、办理时限统一按照行业办事指南执行，不得增设条件或者要求申请人重复提交材料。")
    runin("（二）统一证书要素。", "行业综合许可证证书要素和编号规则按照附件2执行，全片区统一样式、统一赋码。")
    runin("（三）统一有效期计算。", "行业综合许可证有效期自发证之日起计算，按所整合许可事项中最短的有效期确定。")
    head("加强事中事后监管")
    body("各许可实施部门要依托“双随机、一公开”监管平台，对持证市场主体实施分级分类监管，发现问题依法处理。")
    head("实施时间")
    body("本通知自2026年5月1日起施行，有效期至2029年4月30日。《郑州片区“一业一证”改革首批行业清单》（郑自贸管〔2024〕11号）同时废止。")
    p = add_par(doc, "附件：1．郑州片区“一业一证”行业清单（2026年版）", indent=True)
    p = add_par(doc, "\u3000" * 5 + "2．行业综合许可证证书要素及编号规则", indent=True)
    empty(doc, 1)
    # 落款: borderless layout table, two organs side by side, date below
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    p = set_cell(t.rows[0].cells[0], "中国（河南）自由贸易试验区", FS, 16, line=28)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("郑州片区管理委员会"), FS, 16)
    set_cell(t.rows[0].cells[1], "郑州市市场监督管理局", FS, 16, line=28)
    vcenter(t.rows[0].cells[0]); vcenter(t.rows[0].cells[1])
    set_cell(t.rows[1].cells[1], "2026年4月3日", FS, 16, line=28)
    col_widths(t, [Cm(8.6), Cm(6.8)])
    add_par(doc, "（此件主动公开）")
    banji(doc, "抄送：省商务厅，省市场监督管理局，市政府办公厅。",
          "郑州片区管委会综合办公室", "2026年4月3日印发")

    # ---- 附件1 on its own page
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1, line=20)
    add_par(doc, [("郑州片区“一业一证”行业清单（2026年版）", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=14)
    header = ["序号", "行业名称", "整合事项数量（项）", "主要审批部门", "备注"]
    first = "首批"
    new = "2026年新增"
    rows = [
        ["1", "便利店", "3", "市场监督管理部门", first],
        ["2", "超市", "4", "市场监督管理部门", first],
        ["3", "餐饮店", "3", "市场监督管理部门", first],
        ["4", "药店", "3", "市场监督管理部门", first],
        ["5", "宾馆", "4", "公安机关", first],
        ["6", "健身房", "2", "体育部门", first],
        ["7", "游泳馆", "3", "体育部门", first],
        ["8", "美容美发店", "2", "卫生健康部门", first],
        ["9", "电影院", "4", "电影主管部门", first],
        ["10", "歌舞娱乐场所", "4", "文化和旅游部门", first],
        ["11", "网吧", "3", "文化和旅游部门", first],
        ["12", "书店", "2", "新闻出版部门", first],
        ["13", "加油站", "3", "商务部门", first],
        ["14", "机动车维修", "2", "交通运输部门", first],
        ["15", "职业技能培训机构", "3", "人力资源社会保障部门", first],
        ["16", "跨境电商海外仓", "3", "商务部门", new],
        ["17", "保税维修", "4", "商务部门", new],
        ["18", "国际快递", "2", "邮政管理部门", new],
        ["19", "航空货运代理", "3", "民航管理部门", new],
        ["20", "母婴用品店", "3", "市场监督管理部门", new],
        ["21", "烘焙店", "2", "市场监督管理部门", new],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 11, line=18)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 11, line=17)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    col_widths(t, [Cm(1.3), Cm(4.0), Cm(2.6), Cm(4.6), Cm(3.0)])
    note = "注：行业清单以外的行业，市场主体仍按原方式分别申领单项许可证。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    # ---- 附件2 on its own page
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("行业综合许可证证书要素及编号规则", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, [("一、证书要素", HT, 16, False)])
    body("行业综合许可证正本、副本均应当载明以下要素：市场主体名称、统一社会信用代码、法定代表人（负责人）、经营场所、行业类别、许可事项及对应许可内容、有效期限、发证机关、发证日期和二维码。")
    add_par(doc, [("二、编号规则", HT, 16, False)])
    body("证书编号共16位，由以下部分组成：")
    body("1．第1—4位为片区代码“ZZZM”；")
    body("2．第5—8位为发证年份；")
    body("3．第9—10位为行业代码，按附件1序号编排；")
    body("4．第11—16位为顺序号。")
    body("示例：ZZZM202619000037，表示2026年核发的航空货运代理行业第37号证书。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于调整郑州片区“一业一证”改革行业清单进一步规范行业综合许可证办理的通知",
            "doc_number": "郑自贸管〔2026〕7号",
            "issuer": ["中国（河南）自由贸易试验区郑州片区管理委员会", "郑州市市场监督管理局"],
            "date": "2026-04-03",
            "published": None,
            "level": "municipal",
            "region": "郑州市",
            "effective": "2026-05-01",
            "expires": "2029-04-30",
            "attachments": ["郑州片区“一业一证”行业清单（2026年版）",
                            "行业综合许可证证书要素及编号规则"],
            "doc_type": "通知",
            "recipients": ["片区各部门", "各区市场监督管理局", "各有关单位"],
            "publicity": "此件主动公开",
            "repeals": "《郑州片区“一业一证”改革首批行业清单》（郑自贸管〔2024〕11号）",
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_ningbo(), doc_qinzhou(), doc_zhengzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
