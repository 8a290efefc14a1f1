# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 853: 境外投资备案通知书与境外投资证书换发告知（商务部门）.

Writes Word + PDF files and expected.json into this script's directory.
"""
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
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def setup(doc, odd_even=False):
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


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = Cm(w)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def data_table(doc, header, rows, clauses, widths=None, left_cols=(), repeat=False,
               size=12):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size)
    if repeat:
        repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in left_cols else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, size, align=al)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        set_widths(t, widths)
    return t


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
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


_next_abs = [900]


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


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_853", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


CN = "一二三四五六七八九十"


# =================================================================== DOC A
def doc_zhejiang():
    """浙江省商务厅 红头文件: 电子证照推行及存量证书换发通知（省级，带附件）."""
    stem = "blind853_zj_huanfa"
    doc = Document()
    setup(doc)
    clauses = []

    # 紧急程度 top left
    add_par(doc, [("特急", HT, 16, False)], indent=False, line=24)
    add_par(doc, [("浙江省商务厅文件", XBS, 44, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=66, before=18)
    empty(doc, 1)
    p = add_par(doc, "浙商务发〔2026〕18号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed in three paragraphs, wrapped at odd places
    for line in ("浙江省商务厅关于全面推行企业境外投资",
                 "证书电子证照并做好存量证书换发",
                 "工作的通知"):
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各设区市商务局，义乌市商务局，中国（浙江）自由贸易试验区各片区管委会：",
            indent=False)
    # the clerk used Word's automatic 一、二、 numbering for the level-1 headings
    nid = make_numbering(doc, "%1、")

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        # t includes the number for readability; the number itself is Word numbering
        p = add_par(doc, [(t.split("、", 1)[1], HT, 16, False)], first=Pt(32))
        apply_num(p, nid)

    def runin(h, t, hf=KT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("为贯彻落实《境外投资管理办法》（商务部令2014年第3号）和商务部关于推进对外投资合作领域电子证照应用的部署要求，进一步提升境外投资备案便利化水平，服务我省企业高质量参与共建“一带一路”，省商务厅决定自2026年4月1日起在全省全面推行《企业境外投资证书》（以下简称《证书》）电子证照，并对存量纸质《证书》开展集中换发。现将有关事项通知如下：")
    head("一、总体安排")
    runin("（一）推行范围。", "自2026年4月1日起，省商务厅及受委托实施境外投资备案的设区市商务局、义乌市商务局、中国（浙江）自由贸易试验区各片区管委会（以下统称备案机关）为企业办理境外投资新设、变更备案的，统一通过商务部业务系统统一平台颁发电子《证书》，不再印制纸质《证书》。电子《证书》与纸质《证书》具有同等法律效力。")
    runin("（二）换发对象。", "2026年3月31日前颁发且仍处于有效状态的纸质《证书》，持证企业均可申请换发电子《证书》。截至2026年2月底，全省有效纸质《证书》共计4826份，其中境外企业位于共建“一带一路”国家和地区的2317份，占48.0%。")
    runin("（三）换发时间。", "集中换发自2026年4月1日起至2026年12月31日止。逾期未换发的纸质《证书》继续有效，企业今后办理变更备案时一并换发电子《证书》。")
    head("二、换发情形和办理要求")
    body("备案机关应当区分不同情形办理换发，具体要求如下：")
    add_par(doc, [("表1　《证书》换发情形及办理要求", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    data_table(doc, ["序号", "换发情形", "需提交材料", "办理时限"], [
        ["1", "纸质《证书》转换为电子《证书》，备案事项未发生变化",
         "换发申请表、原纸质《证书》正本", "3个工作日"],
        ["2", "境内投资主体名称、统一社会信用代码等登记事项变更",
         "换发申请表、原纸质《证书》正本、市场监管部门出具的变更登记证明", "3个工作日"],
        ["3", "境外企业名称、注册地址、经营范围变更",
         "换发申请表、原纸质《证书》正本、境外企业变更注册文件及中文译本", "3个工作日"],
        ["4", "境外企业投资总额、中方投资额或股权结构变更",
         "境外投资变更备案表、原纸质《证书》正本、境内投资主体股东会或董事会决议", "3个工作日"],
        ["5", "纸质《证书》遗失或损毁",
         "换发申请表、遗失或损毁情况说明（加盖企业公章）", "5个工作日"],
    ], clauses, widths=[1.4, 4.6, 7.1, 2.5], left_cols=(1, 2), repeat=True)
    p = add_par(doc, [("注：办理时限自备案机关收到齐全材料之日起计算，不含企业补正材料时间。涉及敏感国家和地区、敏感行业的，按规定报商务部核准，不适用本表。", FS, 12, False)],
                indent=False, line=20, before=4)
    clauses.append("注：办理时限自备案机关收到齐全材料之日起计算，不含企业补正材料时间。涉及敏感国家和地区、敏感行业的，按规定报商务部核准，不适用本表。")
    head("三、工作要求")
    runin("（一）加强组织实施。", "各备案机关要明确专人负责，对辖区内持证企业逐户梳理，建立换发工作台账，于2026年4月30日前将台账报省商务厅对外投资和经济合作处。")
    runin("（二）优化办理流程。", "换发申请实行“网上申请、网上办理、电子送达”，备案机关审核通过后，电子《证书》推送至企业“浙企通”账户，企业可自行下载打印。原纸质《证书》由备案机关收回后统一作废。")
    runin("（三）做好政策宣传和风险提示。", "结合换发工作，各备案机关要同步做好以下工作：")
    body("1．开展政策宣讲。依托“丝路领航”行动，组织持证企业参加电子证照应用培训，年内实现辖区持证企业培训全覆盖。")
    body("2．加强风险提示。对境外企业位于高风险国家和地区的，提醒企业：")
    body("（1）及时关注《对外投资合作国别（地区）指南》和我驻外使领馆发布的安全提示；")
    body("（2）依法履行境外投资信息报告义务，按时报送对外直接投资统计数据。")
    runin("（四）严格监督管理。", "企业以提供虚假材料等不正当手段换发《证书》的，依照《境外投资管理办法》有关规定处理，并记入企业信用记录。")
    clauses.append("四、本通知自2026年4月1日起施行，有效期至2028年3月31日。《浙江省商务厅关于进一步规范企业境外投资证书管理有关事项的通知》（浙商务发〔2020〕57号）同时废止。执行中遇到的问题，请及时与省商务厅对外投资和经济合作处联系（联系电话：0571-87701263）。")
    p = add_par(doc, "本通知自2026年4月1日起施行，有效期至2028年3月31日。《浙江省商务厅关于进一步规范企业境外投资证书管理有关事项的通知》（浙商务发〔2020〕57号）同时废止。执行中遇到的问题，请及时与省商务厅对外投资和经济合作处联系（联系电话：0571-87701263）。", first=Pt(32))
    apply_num(p, nid)
    empty(doc, 1)
    add_par(doc, "附件：各设区市商务局境外投资备案业务联系方式")
    empty(doc, 2)
    # 落款 right-aligned with right indent (the 印章 would sit on it)
    p = add_par(doc, "浙江省商务厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, "2026年3月6日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(56)
    add_par(doc, "（此件主动公开）")

    # ---- 附件 on its own page, table with repeated header
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    p = add_par(doc, [("各设区市商务局境外投资备案业务联系方式", XBS, 20, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1)
    data_table(doc, ["序号", "单位", "联系处室", "联系电话"], [
        ["1", "杭州市商务局", "对外投资和经济合作处", "0571-85256318"],
        ["2", "宁波市商务局", "对外投资和经济合作处", "0574-89187425"],
        ["3", "温州市商务局", "对外经济合作处", "0577-88963051"],
        ["4", "嘉兴市商务局", "对外投资和经济合作处", "0573-82529176"],
        ["5", "湖州市商务局", "对外经济合作处", "0572-2398462"],
        ["6", "绍兴市商务局", "对外投资和经济合作处", "0575-85128735"],
        ["7", "金华市商务局", "对外经济合作处", "0579-82469310"],
        ["8", "衢州市商务局", "对外经济合作科", "0570-3058217"],
        ["9", "舟山市商务局", "对外经济合作处", "0580-2281946"],
        ["10", "台州市商务局", "对外投资和经济合作处", "0576-88206534"],
        ["11", "丽水市商务局", "对外经济合作科", "0578-2096381"],
        ["12", "义乌市商务局", "对外经济合作科", "0579-85521376"],
    ], clauses, widths=[1.4, 4.0, 5.6, 4.6], repeat=True, size=14)

    banji(doc, "抄送：商务部对外投资和经济合作司，省发展改革委、省外办、省市场监管局、国家外汇管理局浙江省分局。",
          "浙江省商务厅办公室", "2026年3月6日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "浙江省商务厅关于全面推行企业境外投资证书电子证照并做好存量证书换发工作的通知",
            "doc_number": "浙商务发〔2026〕18号",
            "issuer": ["浙江省商务厅"],
            "date": "2026-03-06",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": "2026-04-01",
            "expires": "2028-03-31",
            "attachments": ["各设区市商务局境外投资备案业务联系方式"],
            "doc_type": "通知",
            "recipients": ["各设区市商务局", "义乌市商务局",
                           "中国（浙江）自由贸易试验区各片区管委会"],
            "publicity": "此件主动公开",
            "repeals": "《浙江省商务厅关于进一步规范企业境外投资证书管理有关事项的通知》（浙商务发〔2020〕57号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_xiamen():
    """厦门市商务局 备案通知书（发企业），合并表头表格，中文数字日期."""
    stem = "blind853_xm_beian"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("厦门市商务局", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=6)
    # red double rule, 文号 right aligned with a tab
    p = add_par(doc, [("\t", FS, 16, False), ("厦商务外备〔2026〕37号", FS, 16, False)],
                indent=False, line=30)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    border(p, "bottom", "FF0000", 18, 4, val="thinThickSmallGap")
    empty(doc, 1)
    # title: one paragraph with manual line breaks at odd places
    p = doc.add_paragraph()
    font(p.add_run("关于厦门海沧嘉禾新能源科技有限公司"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("在越南新设境外企业的"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("备案通知书"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "厦门海沧嘉禾新能源科技有限公司：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=FS, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("你公司报送的《境外投资备案表》及相关材料收悉。经审核，你公司在越南新设嘉禾新能源（越南）有限公司项目，符合《境外投资管理办法》（商务部令2014年第3号）有关规定，予以备案，并颁发《企业境外投资证书》（以下简称《证书》）。现将有关事项通知如下：")
    head("一、备案基本情况")
    runin("（一）境内投资主体：", "厦门海沧嘉禾新能源科技有限公司，统一社会信用代码91350205MA8T4K2X6R，住所为中国（福建）自由贸易试验区厦门片区港南路388号。", KT)
    runin("（二）境外企业名称：", "嘉禾新能源（越南）有限公司(JIAHE NEW ENERGY (VIETNAM) CO., LTD.)，注册地为越南平阳省新渊市越南—新加坡工业园区Ⅲ期。", KT)
    runin("（三）经营范围：", "锂离子电池电芯及储能系统的研发、生产和销售;货物及技术进出口。", KT)
    runin("（四）投资总额及构成：", "投资总额4000万美元，其中中方投资额3000万美元，以货币和设备实物出资，资金来源为企业自有资金及银行贷款。投资构成如下：", KT)
    add_par(doc, [("单位：万美元", FS, 12, False)], indent=False,
            align=WD_ALIGN_PARAGRAPH.RIGHT, line=20)
    # two-level header with merged cells
    t = doc.add_table(rows=5, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "投资方", HT, 12)
    b = t.cell(0, 1).merge(t.cell(0, 3))
    set_cell(b, "出资额", HT, 12)
    c = t.cell(0, 4).merge(t.cell(1, 4))
    set_cell(c, "持股比例", HT, 12)
    for ci, h in zip((1, 2, 3), ("货币", "实物", "小计")):
        set_cell(t.cell(1, ci), h, HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    heads = ["投资方", "出资额／货币", "出资额／实物", "出资额／小计", "持股比例"]
    rows = [
        ["厦门海沧嘉禾新能源科技有限公司", "2400", "600", "3000", "75%"],
        ["平阳工业投资开发股份公司（越南）", "1000", "0", "1000", "25%"],
        ["合计", "3400", "600", "4000", "100%"],
    ]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 0 and v != "合计"
                     else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
    set_widths(t, [6.2, 2.3, 2.3, 2.3, 2.5])
    note = "注：实物出资为锂电池电芯生产线设备一批，作价以出口报关单载明金额为准。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)
    runin("（五）证书编号：", "境外投资证第N3502202600037号。", KT)
    head("二、有关要求")
    body("（一）你公司应当自领取《证书》之日起2年内在境外开展投资；逾期未开展投资的，《证书》自动失效，如需再开展境外投资，应当按照规定重新办理备案。")
    body("（二）境外企业完成注册后，你公司应当将注册登记证明文件报我局，并通过商务部业务系统统一平台填报境外企业信息，按时报送对外直接投资统计数据。")
    # two logical paragraphs typed with Shift+Enter in one w:p
    t1 = "（三）你公司应当督促境外企业遵守越南法律法规，尊重当地风俗习惯，履行社会责任，做好环境和劳工保护，落实境外安全生产主体责任。"
    t2 = "（四）你公司凭本通知书和《证书》办理外汇、银行、海关、出入境等相关手续。项目涉及发展改革部门核准或备案的，应当按规定另行办理。"
    p = doc.add_paragraph()
    font(p.add_run(t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p)
    clauses.extend([t1, t2])
    runin("三、领取《证书》。", "请你公司于2026年3月31日前，持营业执照副本复印件及经办人身份证明，到厦门市行政服务中心商务局窗口（厦门市思明区体育路95号）领取《证书》正本（联系人：林雅婷，联系电话：0592-2855316）。", HT)
    add_par(doc, "特此通知。")
    empty(doc, 1)
    add_par(doc, "附件：企业境外投资证书（副本）")
    empty(doc, 2)
    # 落款: organ + Chinese-numeral date in one paragraph, manual break, spaces for position
    p = doc.add_paragraph()
    font(p.add_run(" " * 42 + "厦门市商务局"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(" " * 37 + "二〇二六年三月十二日"), FS, 16)
    fmt(p, indent=False)
    banji(doc, "抄送：厦门海关，国家外汇管理局厦门市分局，中国（福建）自由贸易试验区厦门片区管委会，海沧区商务局。",
          "厦门市商务局办公室", "2026年3月12日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于厦门海沧嘉禾新能源科技有限公司在越南新设境外企业的备案通知书",
            "doc_number": "厦商务外备〔2026〕37号",
            "issuer": ["厦门市商务局"],
            "date": "2026-03-12",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": ["企业境外投资证书（副本）"],
            "doc_type": "通知",
            "recipients": ["厦门海沧嘉禾新能源科技有限公司"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def textbox_para(doc, lines, left_pt=250, width_pt=190, height_pt=70):
    """Anchor a borderless VML text box holding the 落款 lines."""
    inner = "".join(
        '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/>'
        '<w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r></w:p>'
        .format(f=FS, t=ln) for ln in lines)
    xml = (
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TextBox853" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:%dpt;margin-top:2pt;width:%dpt;height:%dpt;'
        'z-index:251659264;mso-position-horizontal-relative:text;'
        'mso-position-vertical-relative:text" filled="f" stroked="f">'
        '<v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r>' % (nsdecls("w"), left_pt, width_pt, height_pt, inner))
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p._p.append(parse_xml(xml))
    empty(doc, 2)
    return p


def doc_yiwu():
    """义乌市商务局 两份告知书，前后连续打印（两份文件）."""
    stem = "blind853_yw_gaozhi"
    doc = Document()
    setup(doc)
    docs = []

    # ---------------- 告知书 1
    clauses = []
    add_par(doc, [("义乌市商务局", XBS, 26, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    p = add_par(doc, [("关于换发《企业境外投资证书》的告知书", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40, before=6)
    p = add_par(doc, [("\t", FS, 16, False), ("义商务告〔2026〕11号", KT, 16, False)],
                indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    add_par(doc, "义乌市华鼎小商品进出口有限公司：", indent=False)

    def body(t, target=None):
        (target if target is not None else clauses).append(t)
        add_par(doc, IND + t, indent=False)

    body("根据《浙江省商务厅关于全面推行企业境外投资证书电子证照并做好存量证书换发工作的通知》(浙商务发〔2026〕18号)要求,我局对辖区内存量纸质《企业境外投资证书》（以下简称《证书》）开展集中换发。经核查，你公司持有的下列《证书》在换发范围内：")
    body("证书编号：境外投资证第N3300201900418号")
    body("境外企业名称：华鼎商贸（迪拜）有限责任公司")
    body("境外企业所在国家（地区）：阿拉伯联合酋长国")
    body("颁证日期：2019年7月22日")
    body("请你公司于2026年6月30日前，通过浙江政务服务网“企业境外投资证书换发”事项在线提交申请，或持以下材料到义乌市行政服务中心二楼商务窗口（义乌市稠城街道宾王路158号）现场办理：")
    body("1.《企业境外投资证书换发申请表》（加盖企业公章）；")
    body("2.原纸质《证书》正本；")
    body("3.经办人身份证及企业授权委托书。")
    body("电子《证书》生成后推送至你公司“浙企通”账户，与纸质《证书》具有同等法律效力。逾期未申请换发的，原纸质《证书》继续有效，你公司今后办理境外投资变更备案时一并换发。")
    body("咨询电话：0579-85521376（工作日上午8:30-12:00，下午14:30-17:30）")
    empty(doc, 2)
    add_par(doc, " " * 44 + "义乌市商务局", indent=False)
    add_par(doc, " " * 43 + "2026年4月10日", indent=False)
    docs.append({
        "meta": {
            "title": "关于换发《企业境外投资证书》的告知书",
            "doc_number": "义商务告〔2026〕11号",
            "issuer": ["义乌市商务局"],
            "date": "2026-04-10",
            "published": None,
            "level": "county",
            "region": "义乌市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "告知书",
            "recipients": ["义乌市华鼎小商品进出口有限公司"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    })

    # ---------------- 告知书 2 (next page)
    page_break(doc)
    clauses2 = []
    add_par(doc, [("义乌市商务局", XBS, 26, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    p = doc.add_paragraph()
    font(p.add_run("境外投资变更备案及"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("证书换发告知书"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, before=6)
    p = add_par(doc, [("\t", FS, 16, False), ("义商务告〔2026〕19号", KT, 16, False)],
                indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    add_par(doc, "浙江稠州丝路供应链管理有限公司：", indent=False)
    body("你公司于2026年4月27日提交的境外投资变更备案申请收悉。经审核，你公司对稠州丝路物流（哈萨克斯坦）有限责任公司增资事项符合《境外投资管理办法》有关规定，我局已予以变更备案，并换发《企业境外投资证书》（以下简称《证书》）。变更情况如下：", clauses2)
    data_table(doc, ["变更事项", "变更前", "变更后"], [
        ["投资总额", "800万美元", "1500万美元"],
        ["中方投资额", "800万美元", "1500万美元"],
        ["经营范围", "仓储服务、货运代理", "仓储服务、货运代理、海外仓运营、跨境电商物流服务"],
        ["证书编号", "境外投资证第N3300202200156号", "境外投资证第N3300202600233号"],
    ], clauses2, widths=[3.0, 5.8, 6.8], left_cols=(1, 2))
    empty(doc, 1, line=12)
    body("请你公司自收到本告知书之日起15个工作日内，将原《证书》正本交回我局，换领新《证书》。新《证书》同时以电子证照形式推送至你公司“浙企通”账户，原《证书》自新《证书》颁发之日起作废。", clauses2)
    body("你公司应当按规定在商务部业务系统统一平台更新境外企业信息，并依法办理外汇登记变更等相关手续。境外企业地处中亚地区，请密切关注当地安全形势，落实境外安全风险防范措施。", clauses2)
    add_par(doc, IND + "特此告知。", indent=False)
    empty(doc, 1)
    textbox_para(doc, ["义乌市商务局", "2026年5月8日"])
    docs.append({
        "meta": {
            "title": "境外投资变更备案及证书换发告知书",
            "doc_number": "义商务告〔2026〕19号",
            "issuer": ["义乌市商务局"],
            "date": "2026-05-08",
            "published": None,
            "level": "county",
            "region": "义乌市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "告知书",
            "recipients": ["浙江稠州丝路供应链管理有限公司"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses2,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    paths = [doc_zhejiang(), doc_xiamen(), doc_yiwu()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
