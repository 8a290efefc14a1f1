# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 637: 征求意见公告 + 附件2 修订对照表 (Word + PDF) with answer key."""
import json
import os
import re
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"


# ---------------------------------------------------------------- helpers
def set_font(run, east, size=16, bold=None, color=None, underline=None, strike=None):
    run.font.name = east
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), east)
    run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    if underline:
        run.font.underline = True
    if strike:
        run.font.strike = True
    return run


def fmt_para(p, first_indent=True, size=16, align=None, line=28, before=0, after=0):
    pf = p.paragraph_format
    if first_indent:
        pf.first_line_indent = Pt(size * 2)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    return p


def para(doc, segs, first_indent=True, size=16, align=None, line=28):
    """segs: list of (text, font[, bold]). Returns the plain text."""
    p = doc.add_paragraph()
    fmt_para(p, first_indent, size, align, line)
    out = []
    for s in segs:
        text, font = s[0], s[1]
        bold = s[2] if len(s) > 2 else None
        set_font(p.add_run(text), font, size, bold=bold)
        out.append(text)
    return "".join(out)


def empty(doc, n=1, size=16):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt_para(p, False, size)


def border(p, side="bottom", color="E60012", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def add_page_number(section):
    section.footer.is_linked_to_previous = False
    p = section.footer.paragraphs[0]
    p.text = ""
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), SONG, 14)
    r = p.add_run()
    set_font(r, SONG, 14)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = p.add_run()
    set_font(r2, SONG, 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r2._r.append(it)
    r3 = p.add_run()
    set_font(r3, SONG, 14)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r3._r.append(s)
    r4 = p.add_run("1")
    set_font(r4, SONG, 14)
    r5 = p.add_run()
    set_font(r5, SONG, 14)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r5._r.append(e)
    set_font(p.add_run(" —"), SONG, 14)


def page_setup(section):
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(3.7)
    section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)


def landscape_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width = Cm(29.7)
    sec.page_height = Cm(21.0)
    sec.top_margin = Cm(2.6)
    sec.bottom_margin = Cm(2.4)
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(2.5)
    return sec


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


TOKEN = re.compile(r"(\{[^}]*\}|\[\[.*?\]\])")


def plain(s):
    return s.replace("{", "").replace("}", "").replace("[[", "").replace("]]", "")


def cell_plain(v):
    if isinstance(v, str):
        v = [v]
    return "\n".join(plain(x) for x in v)


def write_marked(p, s, size, emph):
    """{..} -> emphasised (emph = 'u' | 'b' | 'bu'); [[..]] -> strikethrough."""
    for tok in TOKEN.split(s):
        if not tok:
            continue
        if tok.startswith("{"):
            set_font(p.add_run(tok[1:-1]), FS, size, bold=("b" in emph) or None,
                     underline=("u" in emph))
        elif tok.startswith("[["):
            set_font(p.add_run(tok[2:-2]), FS, size, strike=True)
        else:
            set_font(p.add_run(tok), FS, size)


def fill_cell(cell, value, size, emph, mode="paras", align=None):
    if isinstance(value, str):
        value = [value]
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    first = cell.paragraphs[0]
    if mode == "soft":
        p = first
        fmt_para(p, False, size, align, line=size + 6)
        for i, s in enumerate(value):
            if i:
                br = p.add_run()
                br.add_break(WD_BREAK.LINE)
            write_marked(p, s, size, emph)
    else:
        for i, s in enumerate(value):
            p = first if i == 0 else cell.add_paragraph()
            fmt_para(p, False, size, align, line=size + 6)
            write_marked(p, s, size, emph)


def compare_table(doc, headers, rows, widths, size, emph, mode="paras"):
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    hdr = t.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(headers):
        c = hdr.cells[i]
        c.width = Cm(widths[i])
        p = c.paragraphs[0]
        fmt_para(p, False, size, WD_ALIGN_PARAGRAPH.CENTER, line=size + 8)
        set_font(p.add_run(h), HT, size)
    clauses = []
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].width = Cm(widths[i])
            al = WD_ALIGN_PARAGRAPH.CENTER if v in ("（新增）", "（删除）") else None
            fill_cell(cells[i], v, size, emph, mode if i < 2 else "paras", al)
        clauses.append("；".join("%s：%s" % (headers[i], cell_plain(r[i])) for i in range(3)))
    return clauses


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    page_setup(doc.sections[0])
    add_page_number(doc.sections[0])
    return doc


def title_para(doc, lines, soft=True, size=22):
    if soft:
        p = doc.add_paragraph()
        fmt_para(p, False, size, WD_ALIGN_PARAGRAPH.CENTER, line=35)
        for i, l in enumerate(lines):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)
            set_font(p.add_run(l), XBS, size)
    else:
        for l in lines:
            p = doc.add_paragraph()
            fmt_para(p, False, size, WD_ALIGN_PARAGRAPH.CENTER, line=35)
            set_font(p.add_run(l), XBS, size)


def red_header(doc, organ, docno, size=36):
    p = doc.add_paragraph()
    fmt_para(p, False, size, WD_ALIGN_PARAGRAPH.CENTER, line=size + 12)
    p.paragraph_format.space_before = Pt(24)
    set_font(p.add_run(organ), XBS, size, color=RED)
    empty(doc, 1)
    p = doc.add_paragraph()
    fmt_para(p, False, 16, WD_ALIGN_PARAGRAPH.CENTER)
    set_font(p.add_run(docno), FS, 16)
    border(p, "bottom", "E60012", 18, 8)
    empty(doc, 1)


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_637", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# ====================================================================== 杭州
HZ_ROWS = [
    (["第一条　为推动我市跨境电子商务产业集聚发展，规范跨境电子商务产业园（以下简称产业园）认定和管理工作，根据《国务院关于同意在杭州设立中国（杭州）跨境电子商务综合试验区的批复》（国函〔2015〕44号）等文件精神，结合我市实际，制定本办法。"],
     ["第一条　为推动我市跨境电子商务产业集聚发展，规范跨境电子商务产业园（以下简称产业园）认定和管理工作，根据《国务院关于同意在杭州设立中国（杭州）跨境电子商务综合试验区的批复》（国函〔2015〕44号）{、《商务部等9部门关于拓展跨境电商出口推进海外仓建设的意见》（商贸发〔2024〕125号）}等文件精神，结合我市实际，制定本办法。"],
     ["补充上位政策依据。"]),
    (["第三条　本办法所称产业园，是指经认定的，以跨境电子商务企业集聚为主要特征，具备完善的公共服务功能和配套设施的园区、楼宇等空间载体。",
      "产业园认定工作坚持“公开、公平、公正”原则，实行动态管理。"],
     ["第三条　本办法所称产业园，是指经认定的，以跨境电子商务企业集聚为主要特征，具备完善的公共服务功能和配套设施的园区、楼宇等空间载体{，包括综合型产业园和专业型产业园}。",
      "产业园认定工作坚持“公开、公平、公正”原则，实行{“有进有出”的}动态管理。"],
     ["明确产业园类型，强化动态管理。"]),
    (["第五条　申报认定的产业园应当同时具备下列条件：",
      "（一）运营主体在本市依法注册，具有独立法人资格，信用状况良好；",
      "（二）园区建筑面积不低于[[2]]万平方米，其中用于跨境电子商务企业办公、仓储的面积不低于总面积的[[50%]]；",
      "（三）入驻跨境电子商务企业不少于[[30]]家，上一年度跨境电子商务交易额不低于[[5亿元]]；",
      "（四）具备通关、物流、金融、人才培训等公共服务功能。"],
     ["第五条　申报认定的产业园应当同时具备下列条件：",
      "（一）运营主体在本市依法注册，具有独立法人资格，信用状况良好{，近三年未发生重大安全生产事故}；",
      "（二）园区建筑面积不低于{3}万平方米，其中用于跨境电子商务企业办公、仓储的面积不低于总面积的{60%}；",
      "（三）入驻跨境电子商务企业不少于{50}家，上一年度跨境电子商务交易额不低于{10亿元}；",
      "（四）具备通关、物流、金融、人才培训等公共服务功能{，配备专职运营服务团队不少于10人}；",
      "{（五）与海外仓、跨境物流企业建立稳定合作关系。}"],
     ["根据我市跨境电子商务发展实际，适当提高认定门槛。",
      "新增海外仓合作要求，引导产业园完善海外服务网络。"]),
    ("（新增）",
     ["第六条　产业园分为综合型产业园和专业型产业园。",
      "综合型产业园是指入驻企业涵盖跨境电子商务平台、卖家、服务商等多种业态的产业园；专业型产业园是指聚焦直播电商、独立站、跨境电商供应链等某一细分领域的产业园。",
      "专业型产业园的建筑面积、入驻企业数量等条件可按照第五条规定标准的70%执行。"],
     ["新增条款。实行分类认定，支持细分领域专业园区发展。"]),
    (["第七条　申报单位应当提交下列材料：",
      "（一）杭州市跨境电子商务产业园认定申请表；",
      "（二）[[运营主体营业执照复印件；]]",
      "（三）园区产权证明或者租赁合同；",
      "（四）入驻企业名单及上一年度跨境电子商务交易额证明材料；",
      "（五）其他需要提供的材料。"],
     ["第八条　申报单位应当提交下列材料：",
      "（一）杭州市跨境电子商务产业园认定申请表；",
      "（二）园区产权证明或者租赁合同；",
      "（三）入驻企业名单及上一年度跨境电子商务交易额证明材料{（以海关统计数据或者第三方平台数据为准）}；",
      "（四）{产业园发展规划及公共服务体系建设情况说明}；",
      "（五）其他需要提供的材料。",
      "{运营主体营业执照等可通过政务数据共享获取的材料，不再要求申报单位提供。}"],
     ["条款序号顺延。取消营业执照复印件，落实“减证便民”要求；明确交易额数据口径。"]),
    (["第十条　产业园运营主体应当于每季度结束后10个工作日内，向所在区、县（市）商务主管部门报送产业园运营情况统计报表。"],
     "（删除）",
     ["与第十四条年度报告制度合并，减轻运营主体报送负担。"]),
    (["第十三条　对经认定的产业园，市商务局给予一次性奖励50万元。"],
     ["第十三条　对经认定的{综合型}产业园，市商务局给予一次性奖励{100}万元{；对经认定的专业型产业园，给予一次性奖励50万元}。",
      "{同一运营主体运营多个产业园的，奖励金额累计不超过200万元。}"],
     ["根据分类认定调整奖励标准，并设置奖励上限。"]),
    (["第十四条　市商务局每[[两]]年组织一次对产业园的复核，复核不合格的，限期整改。"],
     ["第十四条　{实行年度报告和三年复核制度。产业园运营主体应当于每年3月31日前向所在区、县（市）商务主管部门报送上一年度发展情况报告。}",
      "市商务局每{三}年组织一次对产业园的复核，复核不合格的，限期{6个月}整改{；整改后仍不合格的，撤销认定}。"],
     ["整合原第十条季度报送要求，建立年度报告制度；复核周期调整为三年。"]),
    (["第十六条　产业园有下列情形之一的，撤销其认定：",
      "（一）以弄虚作假等不正当手段取得认定的；",
      "（二）发生重大安全、环保、质量事故的。"],
     ["第十六条　产业园有下列情形之一的，撤销其认定{，三年内不得再次申报}：",
      "（一）以弄虚作假等不正当手段取得认定的；",
      "（二）发生重大安全、环保、质量事故的；",
      "{（三）运营主体被列入严重失信主体名单的；}",
      "{（四）连续两年未报送年度发展情况报告的。}"],
     ["增加撤销情形，强化信用约束。"]),
    (["第二十条　本办法自2022年10月1日起施行，有效期五年。"],
     ["第二十条　本办法自{2026年　月　日}起施行，有效期五年。{《杭州市商务局关于印发〈杭州市跨境电子商务产业园认定管理办法〉的通知》（杭商务〔2022〕58号）同时废止。}"],
     ["明确施行日期及原办法废止事项。"]),
]


def make_hangzhou():
    doc = new_doc()
    cl = []
    red_header(doc, "杭州市商务局", "杭商务〔2026〕15号")
    title_para(doc, ["杭州市商务局关于《杭州市跨境电子商务产业园认定管理办法",
                     "（修订征求意见稿）》公开征求意见的公告"], soft=True)
    empty(doc, 1)
    cl.append(para(doc, [("为进一步规范我市跨境电子商务产业园认定和管理工作，推动跨境电子商务产业集聚发展，我局对《杭州市跨境电子商务产业园认定管理办法》（杭商务〔2022〕58号）进行了修订，形成了《杭州市跨境电子商务产业园认定管理办法（修订征求意见稿）》。为充分听取社会各界意见，现将征求意见稿全文及修订对照表予以公布，公开征求意见。有关事项公告如下：", FS)]))
    cl.append(para(doc, [("一、征求意见时间。", HT), ("2026年3月6日至2026年4月5日（共30日）。", FS)]))
    cl.append(para(doc, [("二、意见反馈方式。", HT), ("社会各界可通过以下方式提出意见建议：", FS)]))
    cl.append(para(doc, [("（一）电子邮件。", KT, True), ("将意见建议发送至hzsw_kjdsc@hangzhou.gov.cn，邮件主题请注明“产业园认定管理办法意见反馈”。", FS)]))
    cl.append(para(doc, [("（二）信函。", KT, True), ("邮寄至杭州市上城区解放东路18号市民中心C座杭州市商务局电子商务处（邮编：310020），并在信封上注明“征求意见”字样，以邮戳日期为准。", FS)]))
    cl.append(para(doc, [("（三）网上留言。", KT, True), ("登录杭州市人民政府门户网站“政民互动—意见征集”栏目提出意见。", FS)]))
    cl.append(para(doc, [("三、其他事项。", HT), ("提出意见建议时，请注明姓名（单位名称）和联系方式。我局将认真研究各方意见建议，对合理意见予以吸收采纳，并在办法正式印发时一并公开意见采纳情况。", FS)]))
    cl.append(para(doc, [("联系人：电子商务处　周××，联系电话：0571-85251234。", FS)]))
    empty(doc, 1)
    para(doc, [("附件：1.杭州市跨境电子商务产业园认定管理办法（修订征求意见稿）", FS)])
    para(doc, [("　　　2.《杭州市跨境电子商务产业园认定管理办法》修订对照表", FS)])
    empty(doc, 1)
    para(doc, [("　　　　　　　　　　　　　　　　杭州市商务局", FS)], first_indent=False)
    para(doc, [("　　　　　　　　　　　　　　　2026年3月6日", FS)], first_indent=False)
    para(doc, [("（此件公开发布）", FS)])

    # 附件2 on a landscape page
    landscape_section(doc)
    p = doc.add_paragraph()
    fmt_para(p, False, 16)
    set_font(p.add_run("附件2"), HT, 16)
    title_para(doc, ["《杭州市跨境电子商务产业园认定管理办法》修订对照表"], soft=False, size=20)
    empty(doc, 1, 12)
    cl += compare_table(doc, ["原条款", "修订后条款", "修订说明"], HZ_ROWS,
                        [10.2, 10.2, 4.2], 12, "u", "paras")
    note = "注：下划线部分为修改或新增内容，删除线部分为删除内容；未作修改的条款不再列出。"
    p = doc.add_paragraph()
    fmt_para(p, False, 12, line=20)
    p.paragraph_format.space_before = Pt(6)
    set_font(p.add_run(note), KT, 12)
    cl.append(note)

    stem = "blind637_hangzhou_gonggao"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "杭州市商务局关于《杭州市跨境电子商务产业园认定管理办法（修订征求意见稿）》公开征求意见的公告",
        "doc_number": "杭商务〔2026〕15号",
        "issuer": ["杭州市商务局"],
        "date": "2026-03-06",
        "published": None,
        "level": "municipal",
        "region": "杭州市",
        "effective": None,
        "expires": None,
        "attachments": ["杭州市跨境电子商务产业园认定管理办法（修订征求意见稿）",
                        "《杭州市跨境电子商务产业园认定管理办法》修订对照表"],
        "doc_type": "公告",
        "recipients": [],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": cl}]


# ====================================================================== 郑州
ZZ_ROWS = [
    (["第二条　本办法适用于在郑州市行政区域内（含航空港区）申报认定的跨境电子商务产业园。"],
     ["第二条　本办法适用于在郑州市行政区域内申报认定的跨境电子商务产业园{和跨境电子商务示范产业园}。"],
     ["郑州航空港经济综合实验区管理体制调整，删除相关表述；增加示范产业园类别。"]),
    (["第四条　市商务局负责产业园认定和管理的统筹协调工作。",
      "各区县（市）商务主管部门负责本辖区产业园的申报推荐和日常管理。"],
     ["第四条　市商务局负责产业园认定和管理的统筹协调工作{，会同市财政局、郑州海关等部门建立联席工作机制}。",
      "各{开发区、}区县（市）商务主管部门负责本辖区产业园的申报推荐、{初审}和日常管理{，督促运营主体落实安全生产主体责任}。"],
     ["进一步明确部门职责分工。"]),
    (["第六条　申请认定的产业园应当具备以下条件：",
      "（一）园区集中连片，建筑面积1万平方米以上；",
      "（二）入驻跨境电子商务及配套服务企业20家以上；",
      "（三）上年度跨境电子商务进出口额达到1亿元以上；",
      "（四）具有专业化运营管理团队。"],
     ["第六条　申请认定的产业园应当具备以下条件：",
      "（一）园区集中连片，建筑面积{2}万平方米以上；",
      "（二）入驻跨境电子商务及配套服务企业{30}家以上{，其中跨境电子商务企业占比不低于60%}；",
      "（三）上年度跨境电子商务进出口额达到{3}亿元以上；",
      "（四）具有专业化运营管理团队{，提供政策咨询、人才培训、品牌孵化等公共服务}。"],
     ["结合我市产业园发展水平，适当提高认定标准。"]),
    ("（新增）",
     ["第七条　已认定满两年的产业园，符合下列条件的，可申请认定为跨境电子商务示范产业园：",
      "（一）上年度跨境电子商务进出口额达到10亿元以上；",
      "（二）入驻企业中年进出口额超过1000万元的跨境电子商务企业不少于10家；",
      "（三）建有公共海外仓或者与海外仓企业签订合作协议；",
      "（四）在跨境电子商务模式创新、品牌培育等方面形成可复制推广的经验。"],
     ["新增条款。建立“产业园—示范产业园”梯度培育机制。"]),
    (["第八条　认定程序：",
      "（一）申报单位向所在区县（市）商务主管部门提出申请；",
      "（二）区县（市）商务主管部门审核后报市商务局；",
      "（三）市商务局组织专家评审，经局党组会议研究后予以公示，公示期5个工作日；",
      "（四）公示无异议的，由市商务局发文认定。"],
     ["第九条　认定程序：",
      "（一）申报单位{通过“郑好办”平台}向所在{开发区、}区县（市）商务主管部门提出申请；",
      "（二）{开发区、}区县（市）商务主管部门{初审}后报市商务局；",
      "（三）市商务局{委托第三方机构}组织专家评审{并开展实地核查}，经局党组会议研究后予以公示，公示期{7}个工作日；",
      "（四）公示无异议的，由市商务局发文认定{并授牌}。"],
     ["条款序号顺延；推行网上申报，完善评审程序。"]),
    (["第十一条　产业园认定后，每年12月底前向市商务局报送年度工作总结。"],
     "（删除）",
     ["相关内容并入修订后第十三条。"]),
    (["第十二条　对新认定的产业园，按照《郑州市促进跨境电子商务发展若干政策》给予支持。"],
     ["第十二条　对新认定的产业园{给予一次性奖励30万元，对新认定的示范产业园给予一次性奖励100万元。由产业园升级为示范产业园的，按差额给予奖励}。",
      "{所需资金由市、区两级按照现行财政体制分担。}"],
     ["明确奖励标准和资金分担方式。"]),
    (["第十三条　市商务局对产业园实行动态管理，每两年进行一次复核。"],
     ["第十三条　市商务局对产业园{和示范产业园}实行动态管理，{建立年度评价和}每两年{一次的}复核{制度}。",
      "{运营主体应当于每年1月31日前通过“郑好办”平台报送上一年度运营情况。年度评价结果分为优秀、合格、不合格三个等次。连续两年评价不合格的，取消认定。}"],
     ["建立年度评价制度，并将原第十一条内容整合至本条。"]),
    (["第十七条　本办法由市商务局负责解释，自发布之日起施行，有效期至2025年12月31日。"],
     ["第十七条　本办法由市商务局负责解释，自{2026年1月1日}起施行，有效期{5年}。"],
     ["原办法有效期即将届满，修订后有效期延长为5年。"]),
]


def make_zhengzhou():
    doc = new_doc()
    cl = []
    empty(doc, 1)
    title_para(doc, ["郑州市商务局关于《郑州市跨境电子商务产业园认定管理办法",
                     "（修订征求意见稿）》公开征求意见的公告"], soft=False)
    empty(doc, 1)
    cl.append(para(doc, [("为贯彻落实《中国（郑州）跨境电子商务综合试验区建设实施方案》，推动我市跨境电子商务产业园区提档升级，市商务局结合近年来产业园认定管理工作实际，对《郑州市跨境电子商务产业园认定管理办法》（郑商务〔2021〕33号）进行了修订，形成《郑州市跨境电子商务产业园认定管理办法（修订征求意见稿）》，现向社会公开征求意见。", FS)]))
    empty(doc, 1)
    para(doc, [("一、征求意见期限", HT)])
    cl.append(para(doc, [("2025年11月18日至2025年12月17日。", FS)]))
    para(doc, [("二、意见反馈渠道", HT)])
    cl.append(para(doc, [("社会公众可通过以下途径提出意见建议：", FS)]))
    cl.append(para(doc, [("（一）电子邮箱：zzkjds2025@163.com，邮件标题请注明“产业园认定管理办法修订意见”。", FS)]))
    cl.append(para(doc, [("（二）书面邮寄：郑州市郑东新区商务外环路12号郑州市商务局跨境电子商务发展处（邮政编码：450018），请在信封上注明“征求意见”字样。", FS)]))
    cl.append(para(doc, [("（三）传真：0371-67181234。", FS)]))
    para(doc, [("三、有关说明", HT)])
    cl.append(para(doc, [("1.请在反馈意见时注明真实姓名（单位名称）和联系方式，以便进一步沟通。", FS)]))
    cl.append(para(doc, [("2.逾期反馈的意见不予受理。", FS)]))
    cl.append(para(doc, [("3.本次征求意见重点包括产业园认定条件、示范产业园认定、扶持政策和动态管理等内容。", FS)]))
    cl.append(para(doc, [("联系人：李××　　联系电话：0371-67181235", FS)]))
    empty(doc, 1)
    para(doc, [("附件：1.郑州市跨境电子商务产业园认定管理办法（修订征求意见稿）", FS)])
    para(doc, [("　　　2.郑州市跨境电子商务产业园认定管理办法修订对照表", FS)])
    empty(doc, 2)
    # 落款 in a borderless layout table
    lt = doc.add_table(rows=1, cols=2)
    lt.autofit = False
    lt.rows[0].cells[0].width = Cm(8.6)
    lt.rows[0].cells[1].width = Cm(7.0)
    c = lt.rows[0].cells[1]
    p = c.paragraphs[0]
    fmt_para(p, False, 16, WD_ALIGN_PARAGRAPH.CENTER)
    set_font(p.add_run("郑州市商务局"), FS, 16)
    p = c.add_paragraph()
    fmt_para(p, False, 16, WD_ALIGN_PARAGRAPH.CENTER)
    set_font(p.add_run("2025年11月18日"), FS, 16)

    # 附件2: portrait, page break paragraph
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p = doc.add_paragraph()
    fmt_para(p, False, 16)
    set_font(p.add_run("附件2"), HT, 16)
    empty(doc, 1)
    title_para(doc, ["郑州市跨境电子商务产业园认定管理办法修订对照表"], soft=False, size=18)
    empty(doc, 1, 10.5)
    cl += compare_table(doc, ["现行条款", "修订条款", "修改说明"], ZZ_ROWS,
                        [6.6, 6.6, 2.4], 10.5, "b", "soft")

    stem = "blind637_zhengzhou_gonggao"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "郑州市商务局关于《郑州市跨境电子商务产业园认定管理办法（修订征求意见稿）》公开征求意见的公告",
        "doc_number": None,
        "issuer": ["郑州市商务局"],
        "date": "2025-11-18",
        "published": None,
        "level": "municipal",
        "region": "郑州市",
        "effective": None,
        "expires": None,
        "attachments": ["郑州市跨境电子商务产业园认定管理办法（修订征求意见稿）",
                        "郑州市跨境电子商务产业园认定管理办法修订对照表"],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": cl}]


# ====================================================================== 义乌
YW_ROWS = [
    (["第一条　为加快推进我市跨境电子商务产业发展，规范跨境电子商务产业园认定管理，根据《中国（义乌）跨境电子商务综合试验区实施方案》，结合我市实际，制定本办法。"],
     ["第一条　为加快推进我市跨境电子商务产业发展，规范跨境电子商务产业园认定管理，根据《中国（义乌）跨境电子商务综合试验区实施方案》{《义乌市加快跨境电子商务高质量发展若干措施》}，结合我市实际，制定本办法。"],
     ["完善制定依据。"]),
    (["第四条　申报认定的产业园应当符合下列条件：",
      "（一）园区规划面积不少于5000平方米，且跨境电商企业使用面积占比不低于50%；",
      "（二）入驻跨境电商企业不少于20家，年跨境电商交易额不低于2亿元；",
      "（三）配备专门运营管理机构，提供报关报检、物流仓储、人才培训等服务。"],
     ["第四条　申报认定的产业园应当符合下列条件：",
      "（一）园区{建筑}面积不少于{10000}平方米，且跨境电商企业使用面积占比不低于{60%}；",
      "（二）入驻跨境电商企业不少于{30}家，{上一年度}跨境电商交易额不低于{3亿元}；",
      "（三）配备专门运营管理机构，提供报关报检、物流仓储、人才培训{、直播运营、海外营销}等服务{；}",
      "{（四）园区内无重大安全隐患，消防设施符合相关规定。}"],
     ["1.将“规划面积”调整为“建筑面积”，提高面积要求；",
      "2.提高入驻企业数量和交易额要求；",
      "3.增加安全生产要求。"]),
    ("（新增）",
     ["第五条　{产业园实行星级评定，分为三星级、四星级、五星级。}",
      "{（一）三星级：符合本办法第四条规定条件；}",
      "{（二）四星级：年跨境电商交易额不低于10亿元，入驻跨境电商企业不少于60家；}",
      "{（三）五星级：年跨境电商交易额不低于30亿元，入驻跨境电商企业不少于100家，且建有公共海外仓或者海外服务站点。}"],
     ["新增条款，实施星级评定。"]),
    (["第五条　产业园认定每年组织一次，申报时间以市商务局发布的通知为准。"],
     ["第{六}条　产业园认定{及星级评定}每年组织一次，申报时间以市商务局发布的通知为准。"],
     ["条款序号调整，增加星级评定内容。"]),
    (["第七条　镇街（园区）对辖区内申报单位进行初审，初审合格后报市商务局。"],
     "（删除）",
     ["精简审核环节，申报单位直接向市商务局申报。"]),
    (["第九条　对新认定的产业园，给予运营主体一次性补助30万元。"],
     ["第九条　对新认定的{三星级、四星级、五星级}产业园，{分别}给予运营主体一次性{奖励30万元、60万元、100万元。星级晋升的，按照差额给予奖励}。"],
     ["按星级分档奖励。"]),
    ("（新增）",
     ["第十一条　{产业园运营主体应当建立入驻企业台账，于每季度结束后15日内向市商务局报送入驻企业名单、交易额、就业人数等数据。}",
      "{市商务局会同市市场监管局、市税务局等部门对报送数据进行抽查核实。}"],
     ["新增条款，建立数据报送和核查机制。"]),
    (["第十二条　产业园有下列情形之一的，取消其认定资格：",
      "（一）提供虚假材料骗取认定的；",
      "（二）连续两年未达到认定条件的。"],
     ["第十二条　产业园有下列情形之一的，取消其认定资格{并追回已拨付奖励资金}：",
      "（一）提供虚假材料骗取认定{或者奖励资金}的；",
      "（二）连续两年未达到认定条件的{；}",
      "{（三）发生较大及以上安全生产事故的。}",
      "{连续两年未达到相应星级标准的，予以降级处理。}"],
     ["完善退出和降级机制。"]),
    (["第十五条　本办法自2023年1月1日起施行，有效期3年。"],
     ["第十五条　本办法自{2026年1月1日}起施行，有效期{5年}。{原《义乌市跨境电子商务产业园认定管理办法》（义商务〔2022〕88号）同时废止。}"],
     ["明确施行时间及新旧办法衔接。"]),
]


def list_number_para(doc, text):
    p = doc.add_paragraph(style="List Number")
    fmt_para(p, True, 16)
    set_font(p.add_run(text), FS, 16)
    return p


def make_yiwu():
    doc = new_doc()
    cl = []
    red_header(doc, "义乌市商务局文件", "义商务〔2025〕47号")
    title_para(doc, ["义乌市商务局关于《义乌市跨境电子商务产业园认定管理办法（修订征求意见稿）》公开征求意见的公告"], soft=False)
    empty(doc, 1)
    cl.append(para(doc, [("为进一步优化我市跨境电子商务产业空间布局，提升产业园区集聚效应和服务能级，助力义乌国际贸易综合改革试验区和中国（浙江）自由贸易试验区金义片区建设，我局起草了《义乌市跨境电子商务产业园认定管理办法（修订征求意见稿）》。根据《重大行政决策程序暂行条例》等规定，现公开征求社会各界意见。", FS)]))
    para(doc, [("一、征求意见时间", HT)])
    cl.append(para(doc, [("2025年9月26日至2025年10月25日。", FS)]))
    para(doc, [("二、反馈方式", HT)])
    items = [
        "电子邮件：请将意见发送至yiwuswj_kjds@126.com。",
        "信函：寄送至义乌市稠城街道县前街8号义乌市商务局跨境电商科（邮编：322000），信封注明“办法修订意见”。",
        "电话：0579-85581234（工作日上午8:30—12:00，下午14:30—17:30）。",
    ]
    for i, t in enumerate(items, 1):
        list_number_para(doc, t)
        cl.append("%d.%s" % (i, t))
    para(doc, [("三、修订主要内容", HT)])
    cl.append(para(doc, [("本次修订共涉及条款9条，其中新增2条、删除1条、修改6条，主要内容如下：", FS)]))
    cl.append(para(doc, [("（一）调整认定条件。", KT, True), ("将园区面积要求由规划面积5000平方米调整为建筑面积10000平方米，入驻跨境电商企业数量由20家提高至30家，年交易额要求由2亿元提高至3亿元。", FS)]))
    cl.append(para(doc, [("（二）实施星级评定。", KT, True), ("新增星级评定条款，将产业园分为三星级、四星级、五星级，并按星级分档给予30万元至100万元奖励。", FS)]))
    cl.append(para(doc, [("（三）完善退出机制。", KT, True), ("增加安全生产事故取消认定情形，建立星级降级机制，明确追回奖励资金要求。", FS)]))
    empty(doc, 1)
    para(doc, [("附件：1.义乌市跨境电子商务产业园认定管理办法（修订征求意见稿）", FS)])
    para(doc, [("　　　2.修订对照表", FS)])
    para(doc, [("义乌市商务局　　　　", FS)], first_indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, [("二〇二五年九月二十六日　　", FS)], first_indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)

    p = doc.add_paragraph()
    p.paragraph_format.page_break_before = True
    fmt_para(p, False, 16)
    set_font(p.add_run("附件2"), HT, 16)
    title_para(doc, ["义乌市跨境电子商务产业园认定管理办法", "修订对照表"], soft=True, size=20)
    empty(doc, 1, 12)
    cl += compare_table(doc, ["原《办法》条款", "修订稿条款", "修订说明"], YW_ROWS,
                        [6.4, 6.4, 2.8], 10.5, "bu", "paras")
    empty(doc, 3)
    # 版记
    p = doc.add_paragraph()
    fmt_para(p, False, 14)
    border(p, "top", "000000", 8, 1)
    border(p, "bottom", "000000", 4, 1)
    p.paragraph_format.left_indent = Pt(14)
    set_font(p.add_run("抄送：金华市商务局，市司法局。"), FS, 14)
    p = doc.add_paragraph()
    fmt_para(p, False, 14)
    border(p, "bottom", "000000", 8, 1)
    set_font(p.add_run("　义乌市商务局办公室　　　　　　　　　　　2025年9月26日印发"), FS, 14)

    stem = "blind637_yiwu_gonggao"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "义乌市商务局关于《义乌市跨境电子商务产业园认定管理办法（修订征求意见稿）》公开征求意见的公告",
        "doc_number": "义商务〔2025〕47号",
        "issuer": ["义乌市商务局"],
        "date": "2025-09-26",
        "published": None,
        "level": "county",
        "region": "义乌市",
        "effective": None,
        "expires": None,
        "attachments": ["义乌市跨境电子商务产业园认定管理办法（修订征求意见稿）",
                        "修订对照表"],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": cl}]


def main():
    expected = {}
    for fn in (make_hangzhou, make_zhengzhou, make_yiwu):
        stem, path, objs = fn()
        convert(path)
        expected[stem] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
