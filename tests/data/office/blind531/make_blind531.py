# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 531: 规范性文件清理结果公告 (继续有效 / 修改 / 废止)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"

SOFT = "|"  # marker for a soft line break (w:br) inside a paragraph / cell


def plain(s):
    return s.replace(SOFT, "")


# ---------------------------------------------------------------- helpers
def font(run, east, size=None, bold=None, color=None):
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), east)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def add_text(p, text, east, size, bold=None, color=None):
    parts = text.split(SOFT)
    for i, part in enumerate(parts):
        r = p.add_run(part)
        font(r, east, size, bold, color)
        if i < len(parts) - 1:
            r.add_break()
    return p


def fmt(p, align=None, first=None, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(container, text="", east=FS, size=16, align=None, first=32, bold=None,
         color=None, line=28):
    p = container.add_paragraph()
    fmt(p, align, first, line)
    if text:
        add_text(p, text, east, size, bold, color)
    return p


def runin(container, head, rest, head_font=HT, size=16):
    """run-in heading: bold/黑体 head + 仿宋 rest in the same paragraph."""
    p = container.add_paragraph()
    fmt(p, None, 32, 28)
    add_text(p, head, head_font, size, bold=(head_font == FS))
    add_text(p, rest, FS, size)
    return p


def red_rule(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def rule(p, where="top", sz=8, color="000000"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    b = OxmlElement("w:" + where)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)


def page_setup(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
        section.top_margin, section.bottom_margin = Cm(2.8), Cm(2.6)
        section.left_margin, section.right_margin = Cm(3.7), Cm(3.5)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
        section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)


def page_field(p, east=SONG, size=14):
    r = p.add_run("— ")
    font(r, east, size)
    r = p.add_run()
    font(r, east, size)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    r = p.add_run(" —")
    font(r, east, size)


def footer_numbers(doc, odd_even=False):
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    if odd_even:
        doc.settings.odd_and_even_pages_header_footer = True
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp.paragraph_format.right_indent = Pt(14)
        page_field(fp)
        ep = sec.even_page_footer.paragraphs[0]
        ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
        ep.paragraph_format.left_indent = Pt(14)
        page_field(ep)
    else:
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page_field(fp)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def cell_text(cell, text, east=FS, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, bold=None):
    p = cell.paragraphs[0]
    fmt(p, align, 0, 20)
    if text:
        add_text(p, text, east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return p


def set_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(Cm(widths_cm[i]).twips)))
    tblpr = table._tbl.tblPr
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblpr.append(tw)
    tw.set(qn("w:type"), "dxa")
    tw.set(qn("w:w"), str(int(Cm(sum(widths_cm)).twips)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w"))
    tblpr.append(b)


_NUM_COUNTER = [300]


def new_restart_numbering(doc):
    """A fresh single-level decimal list (one abstractNum per table so it restarts at 1)."""
    numbering = doc.part.numbering_part.element
    _NUM_COUNTER[0] += 1
    n = _NUM_COUNTER[0]
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%%1"/><w:lvlJc w:val="center"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/>'
        '<w:sz w:val="24"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls("w"), n))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                    % (nsdecls("w"), n, n))
    numbering.append(num)
    return n


def apply_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), num_id))
    ppr.insert(0, numpr)


HEAD_COLS = ["序号", "文件名称", "文号", "发布日期", "备注"]


def row_clause(no, title, wh, date, note, cols=HEAD_COLS):
    vals = [str(no), plain(title), plain(wh), plain(date), plain(note)]
    return "；".join("%s：%s" % (c, v) for c, v in zip(cols, vals))


def base_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    rf.set(qn("w:eastAsia"), FS)
    page_setup(doc.sections[0])
    return doc


def banji(doc, chaosong, yinfa_org, yinfa_date, width_chars=None):
    """版记：抄送 + 印发 lines between horizontal rules."""
    p = para(doc, "", first=0)
    p = doc.add_paragraph()
    fmt(p, None, 0, 28)
    rule(p, "top", 8)
    rule(p, "bottom", 4)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    add_text(p, "抄送：", FS, 14)
    add_text(p, chaosong, FS, 14)
    p2 = doc.add_paragraph()
    fmt(p2, None, 0, 28)
    rule(p2, "bottom", 8)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    # manual spaces to push the date to the right, as offices do
    add_text(p2, yinfa_org + "\u3000" * (width_chars or 3) + yinfa_date + "印发", FS, 14)


# ====================================================================== DOC 1
def doc_xiamen():
    stem = "blind531_xiamen_gonggao"
    doc = base_doc()
    footer_numbers(doc, odd_even=True)

    title = "厦门市司法局关于公布市政府行政规范性文件|清理结果的公告"
    wenhao = "厦司〔2025〕41号"

    # 版头
    p = para(doc, "", first=0)
    p = para(doc, "", first=0)
    p = para(doc, "厦门市司法局", XBS, 42, WD_ALIGN_PARAGRAPH.CENTER, 0, color="FF0000", line=None)
    p = para(doc, "", first=0)
    p = para(doc, wenhao, FS, 16, WD_ALIGN_PARAGRAPH.CENTER, 0)
    red_rule(p)
    para(doc, "", first=0)
    # 标题 typed with a soft line break
    para(doc, title, XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, 0, line=36)
    para(doc, "", first=0)

    clauses = []
    p1 = ("为维护社会主义法制统一，持续优化法治化营商环境，根据《福建省行政规范性文件制定和监督管理办法》"
          "和《厦门市人民政府办公厅关于开展2025年度行政规范性文件清理工作的通知》（厦府办〔2025〕36号）部署，"
          "市司法局会同市直有关部门，对截至2025年6月30日以市政府、市政府办公厅名义制发的现行有效行政规范性文件"
          "进行了全面清理，重点清理涉及外商投资、跨境电子商务、中欧（厦门）班列、综合保税区以及自由贸易试验区"
          "改革试点等领域与上位法规定不一致、不符合全国统一大市场建设要求的内容。经市政府同意，"
          "决定继续有效的行政规范性文件10件，修改的行政规范性文件5件，废止的行政规范性文件6件。现将清理结果公告如下：")
    para(doc, p1)
    clauses.append(p1)

    keep = [
        ("《厦门市人民政府关于进一步扩大对外开放|积极利用外资的若干措施》", "厦府〔2023〕87号", "2023年5月12日", "有效期至2028年5月11日"),
        ("《厦门市人民政府办公厅关于印发厦门市促进|跨境电子商务高质量发展若干措施的通知》", "厦府办规〔2024〕6号", "2024年3月8日", "有效期至2027年3月7日"),
        ("《厦门市人民政府关于印发中欧（厦门）班列|运营补贴管理办法的通知》", "厦府规〔2023〕4号", "2023年7月20日", "有效期至2026年7月19日"),
        ("《厦门市人民政府办公厅关于支持厦门海沧港|综合保税区加快发展的若干意见》", "厦府办〔2022〕58号", "2022年9月14日", "有效期至2027年9月13日"),
        ("《厦门市外商投资企业投诉工作办法》", "厦府规〔2021〕9号", "2021年11月3日", "长期有效"),
        ("《厦门市人民政府关于印发厦门市“丝路海运”|发展扶持办法的通知》", "厦府〔2022〕211号", "2022年12月30日", "有效期至2027年12月29日"),
        ("《厦门市人民政府办公厅关于进一步做好稳外贸|稳外资工作的通知》", "无", "2024年1月26日", "原为明电，本次清理转为公开"),
        ("《厦门市人民政府关于印发〈中国（福建）自由贸易|试验区厦门片区进一步深化改革创新若干措施〉的通知》", "厦府〔2024〕33号", "2024年2月29日", "有效期至2029年2月28日"),
        ("《厦门市跨境贸易便利化专项行动工作方案》", "无", "2024年6月18日", "经市政府第62次常务会议研究同意印发"),
        ("《厦门市人民政府办公厅关于促进服务外包产业|转型升级的实施意见》", "厦府办规〔2024〕11号", "2024年8月5日", "有效期至2029年8月4日"),
    ]
    amend = [
        ("《厦门市人民政府关于印发厦门市招商引资|项目扶持办法的通知》", "厦府规〔2020〕7号", "2020年6月10日", "删除第六条中“在本市注册且纳税满三年”的限制性条件"),
        ("《厦门市人民政府办公厅关于印发厦门市外贸企业|出口信用保险补助办法的通知》", "厦府办规〔2022〕3号", "2022年4月2日", "第四条中“市商务局”修改为“市商务局、市财政局”；有效期延长至2027年12月31日"),
        ("《厦门市保税物流中心（B型）管理暂行办法》", "厦府〔2019〕145号", "2019年8月27日", "根据《中华人民共和国海关综合保税区管理办法》相应修改第二章"),
        ("《厦门市人民政府关于鼓励跨国公司设立|地区总部的若干规定》", "厦府〔2021〕62号", "2021年4月16日", "第九条奖励标准按现行财政政策调整"),
        ("《厦门市进口商品交易中心建设扶持办法》", "无", "2020年12月22日", "修改文件名称及第三条、第十一条"),
    ]
    repeal = [
        ("《厦门市人民政府关于印发厦门市外商投资企业|设立审批若干规定的通知》", "厦府〔2015〕176号", "2015年7月8日", "与《中华人民共和国外商投资法》不一致"),
        ("《厦门市人民政府办公厅关于加快推进中欧（厦门）|班列发展的实施意见》", "厦府办〔2016〕92号", "2016年5月23日", "已被厦府规〔2023〕4号文件替代"),
        ("《厦门市跨境电子商务综合试验区建设实施方案》", "厦府〔2016〕301号", "2016年9月30日", "工作任务已完成"),
        ("《厦门市人民政府关于做好象屿保税区与象屿保税|物流园区整合优化工作的通知》", "厦府〔2018〕58号", "2018年3月12日", "调整对象已消失"),
        ("《厦门市外资研发中心认定管理暂行办法》", "厦府办〔2017〕204号", "2017年11月20日", "有效期届满"),
        ("《厦门市人民政府办公厅转发市商务局关于进一步|规范对外贸易经营者备案登记工作意见的通知》", "无", "2019年4月1日", "上位法依据已修改"),
    ]

    def table(rows):
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        hdr = t.rows[0]
        repeat_header(hdr)
        for i, h in enumerate(HEAD_COLS):
            cell_text(hdr.cells[i], h, HT, 12)
        for i, (ti, wh, dt, nt) in enumerate(rows, 1):
            r = t.add_row()
            cant_split(r)
            cell_text(r.cells[0], str(i), FS, 12)
            cell_text(r.cells[1], ti, FS, 12, WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(r.cells[2], wh, FS, 12)
            cell_text(r.cells[3], dt, FS, 12)
            cell_text(r.cells[4], nt, FS, 12, WD_ALIGN_PARAGRAPH.LEFT)
            clauses.append(row_clause(i, ti, wh, dt, nt))
        set_widths(t, [1.2, 6.6, 3.0, 2.6, 2.2])
        return t

    para(doc, "一、继续有效的行政规范性文件（共10件）", HT, 16)
    table(keep)
    para(doc, "", first=0)
    para(doc, "二、修改的行政规范性文件（共5件）", HT, 16)
    table(amend)
    para(doc, "", first=0)
    para(doc, "三、废止的行政规范性文件（共6件）", HT, 16)
    table(repeal)
    para(doc, "", first=0)

    tail = [
        "上述决定废止的行政规范性文件，自本公告发布之日起停止执行，不再作为行政管理的依据。决定修改的行政规范性文件，"
        "由原起草部门于2025年12月31日前按程序完成修改并报市司法局备案审查；修改完成前，文件中与上位法规定和全国统一大市场"
        "建设要求不一致的内容停止执行。",
        "继续有效的行政规范性文件，由实施部门加强跟踪评估，对有效期即将届满的，按照规定提前6个月开展评估并提出处理意见。",
        "各区人民政府、市直各部门要以本次清理为契机，同步开展本地区、本部门制发文件的清理工作，清理结果于2025年11月30日前"
        "报市司法局。",
    ]
    for t_ in tail:
        para(doc, t_)
        clauses.append(t_)

    para(doc, "", first=0)
    para(doc, "", first=0)
    # 落款 pushed right with typed full-width spaces
    para(doc, "\u3000" * 17 + "厦门市司法局", FS, 16, None, 0)
    para(doc, "\u3000" * 16 + "2025年9月26日", FS, 16, None, 0)
    para(doc, "\u3000\u3000（此件公开发布）", FS, 16, None, 0)
    para(doc, "", first=0)
    para(doc, "", first=0)
    banji(doc, "市委办公厅，市人大常委会办公厅，市政协办公厅，市中级法院，市检察院。",
          "厦门市司法局办公室", "2025年9月26日", 6)

    meta = {
        "title": plain(title),
        "doc_number": wenhao,
        "issuer": ["厦门市司法局"],
        "date": "2025-09-26",
        "published": None,
        "level": "municipal",
        "region": "厦门市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "公告",
        "recipients": [],
        "publicity": "此件公开发布",
        "repeals": "、".join(plain(r[0]) for r in repeal) + "（共6件市政府行政规范性文件）",
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


# ====================================================================== DOC 2
def doc_fuzhou():
    stem = "blind531_fuzhou_gonggao"
    doc = base_doc()
    footer_numbers(doc)

    org = "中国（福建）自由贸易试验区福州片区管理委员会"
    title = "中国（福建）自由贸易试验区福州片区管理委员会关于公布规范性文件清理结果的公告"
    wenhao = "榕自贸管〔2025〕19号"

    para(doc, "", first=0)
    # 版头: long organ name in two lines via soft break, red
    para(doc, "中国（福建）自由贸易试验区|福州片区管理委员会", XBS, 30, WD_ALIGN_PARAGRAPH.CENTER, 0,
         color="FF0000", line=44)
    para(doc, "", first=0)
    p = para(doc, wenhao, FS, 16, WD_ALIGN_PARAGRAPH.CENTER, 0)
    red_rule(p)
    para(doc, "", first=0)
    # title in bold 宋体 runs split over two paragraphs (typed as two lines)
    p = para(doc, "中国（福建）自由贸易试验区福州片区", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, 0, line=36)
    p = para(doc, "管理委员会关于公布规范性文件|清理结果的公告", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, 0, line=36)
    para(doc, "", first=0)

    clauses = []
    p1 = ("根据《中华人民共和国立法法》《福建省行政规范性文件制定和监督管理办法》以及省政府关于全面清理涉及不平等对待企业"
          "规范性文件的工作部署，片区管委会对2015年4月挂牌以来以管委会及管委会办公室名义制发的规范性文件进行了集中清理。"
          "经2025年11月6日管委会主任办公会议审议通过，决定继续有效的规范性文件8件，修改的规范性文件4件，废止的规范性文件6件。"
          "现将有关事项公告如下：")
    para(doc, p1)
    clauses.append(p1)

    keep = [
        ("《中国（福建）自由贸易试验区福州片区促进跨境电商产业发展的若干措施》", "榕自贸管〔2023〕15号", "2023.05.26", "有效期至2026年5月25日"),
        ("《中国（福建）自由贸易试验区福州片区关于支持综合保税区保税维修和再制造业务发展的实施办法》", "榕自贸管〔2022〕21号", "2022.09.09", "有效期至2027年9月8日"),
        ("《福州片区外商投资企业“一口受理”服务工作规程》", "无", "2021.03.15", "长期有效"),
        ("《中国（福建）自由贸易试验区福州片区对台贸易便利化若干措施》", "榕自贸管〔2024〕4号", "2024.02.20", "有效期至2029年2月19日"),
        ("《中国（福建）自由贸易试验区福州片区中欧班列（福州）集货运输补助办法》", "榕自贸管〔2024〕11号", "2024.06.03", "有效期至2026年12月31日"),
        ("《中国（福建）自由贸易试验区福州片区管理委员会关于推进“丝路电商”合作先行区建设的实施方案》", "榕自贸管〔2024〕17号", "2024.08.28", "有效期至2027年8月27日"),
        ("《福州片区企业投资项目承诺制改革实施细则》", "榕自贸管综〔2023〕2号", "2023.01.17", "长期有效"),
        ("《中国（福建）自由贸易试验区福州片区跨境人民币结算便利化试点工作方案》", "无", "2024.11.05", "试点期2年"),
    ]
    amend = [
        ("《中国（福建）自由贸易试验区福州片区产业扶持资金管理办法》", "榕自贸管〔2020〕9号", "2020.04.22", "删除第八条中“优先支持本地企业”的表述"),
        ("《福州片区商事登记确认制改革实施方案》", "榕自贸管〔2021〕13号", "2021.07.01", "根据《中华人民共和国市场主体登记管理条例》修改第三部分"),
        ("《中国（福建）自由贸易试验区福州片区进口商品“前店后仓”监管试点办法》", "榕自贸管〔2022〕6号", "2022.03.30", "监管部门名称相应调整"),
        ("《福州片区招才引智若干措施》", "无", "2022.12.12", "第五条补贴标准调整"),
    ]
    repeal = [
        ("《中国（福建）自由贸易试验区福州片区挂牌运行工作方案》", "榕自贸管〔2015〕1号", "2015.04.21"),
        ("《福州片区复制推广第一批改革试点经验工作方案》", "榕自贸管〔2016〕7号", "2016.03.18"),
        ("《中国（福建）自由贸易试验区福州片区深化“放管服”改革三年行动计划（2018—2020年）》", "榕自贸管〔2018〕12号", "2018.05.10"),
        ("《福州片区促进跨境电子商务发展暂行办法》", "榕自贸管〔2017〕20号", "2017.10.09"),
        ("《福州片区跨境电商公共海外仓扶持办法（试行）》", "无", "2019.06.25"),
        ("《福州片区外资企业设立登记“负面清单外一律备案”操作规程》", "榕自贸管综〔2016〕5号", "2016.11.30"),
    ]
    # 备注 of the 废止 table: vertically merged groups
    repeal_notes = [((0, 2), "阶段性工作任务已完成"),
                    ((3, 4), "已被榕自贸管〔2023〕15号文件替代"),
                    ((5, 5), "与《中华人民共和国外商投资法》不一致")]

    def table(rows, notes_groups=None):
        num_id = new_restart_numbering(doc)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        hdr = t.rows[0]
        repeat_header(hdr)
        for i, h in enumerate(HEAD_COLS):
            cell_text(hdr.cells[i], h, HT, 12, bold=True)
        for r_ in rows:
            r = t.add_row()
            p = cell_text(r.cells[0], "", FS, 12)   # 序号 = Word automatic numbering
            apply_num(p, num_id)
            cell_text(r.cells[1], r_[0], FS, 12, WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(r.cells[2], r_[1], FS, 12)
            cell_text(r.cells[3], r_[2], FS, 12)
            if notes_groups is None:
                cell_text(r.cells[4], r_[3], FS, 12, WD_ALIGN_PARAGRAPH.LEFT)
        notes = {}
        if notes_groups is not None:
            for (a, b), txt in notes_groups:
                c = t.cell(a + 1, 4)
                if b > a:
                    c = c.merge(t.cell(b + 1, 4))
                cell_text(c, txt, FS, 12, WD_ALIGN_PARAGRAPH.LEFT)
                for k in range(a, b + 1):
                    notes[k] = txt
        for i, r_ in enumerate(rows):
            note = r_[3] if notes_groups is None else notes[i]
            clauses.append(row_clause(i + 1, r_[0], r_[1], r_[2], note))
        set_widths(t, [1.1, 6.5, 3.1, 2.5, 2.4])
        return t

    para(doc, "一、继续有效的规范性文件（8件）", HT, 16)
    table(keep)
    para(doc, "二、修改的规范性文件（4件）", HT, 16)
    table(amend)
    para(doc, "三、废止的规范性文件（6件）", HT, 16)
    table(repeal, repeal_notes)
    para(doc, "", first=0)
    para(doc, "四、有关要求", HT, 16)
    items = [
        "（一）本公告所列废止的规范性文件，自本公告发布之日起停止执行；依据上述文件已经办理完毕的事项继续有效，"
        "正在办理的事项按照现行规定执行。",
        "（二）决定修改的规范性文件，由各起草部门于2026年1月31日前完成修改并按程序重新发布，修改后的文件以重新发布的文本为准。",
        "（三）片区各部门在执行继续有效的规范性文件过程中，发现与法律、法规、规章和国家政策不一致的，"
        "应当及时报告管委会综合协调局。",
    ]
    for it in items:
        para(doc, it)
        clauses.append(it)
    contact = "联系人：管委会综合协调局 陈敏，联系电话：0591-83961207。"
    para(doc, contact)
    clauses.append(contact)
    para(doc, "特此公告。")
    clauses.append("特此公告。")
    para(doc, "", first=0)
    para(doc, "", first=0)

    # 落款 in a borderless layout table, date in Chinese numerals
    lt = doc.add_table(rows=2, cols=2)
    no_borders(lt)
    set_widths(lt, [5.0, 10.6])
    cell_text(lt.cell(0, 1), org, FS, 16, WD_ALIGN_PARAGRAPH.CENTER)
    lt.cell(0, 1).paragraphs[0].paragraph_format.line_spacing = Pt(28)
    cell_text(lt.cell(1, 1), "二〇二五年十一月十二日", FS, 16, WD_ALIGN_PARAGRAPH.CENTER)
    lt.cell(1, 1).paragraphs[0].paragraph_format.line_spacing = Pt(28)
    para(doc, "", first=0)
    para(doc, "（此件主动公开）", FS, 16, None, 32)
    para(doc, "", first=0)
    banji(doc, "福建省自贸办，福州市人民政府办公厅，福州市司法局。",
          "中国（福建）自由贸易试验区福州片区管委会综合协调局", "2025年11月12日", 1)

    meta = {
        "title": title,
        "doc_number": wenhao,
        "issuer": [org],
        "date": "2025-11-12",
        "published": None,
        "level": "zone",
        "region": "中国（福建）自由贸易试验区福州片区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "公告",
        "recipients": [],
        "publicity": "此件主动公开",
        "repeals": "、".join(r[0] for r in repeal) + "（共6件规范性文件）",
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


# ====================================================================== DOC 3
def doc_qingdao():
    stem = "blind531_qingdao_gonggao"
    doc = base_doc()
    footer_numbers(doc)

    title = "青岛市司法局 青岛市商务局关于公布涉外经贸领域市政府规范性文件清理结果的公告"
    wenhao = "青司发〔2026〕5号"

    para(doc, "", first=0)
    # joint 版头: two organ names stacked left, "文件" to the right, via a layout table
    ht = doc.add_table(rows=2, cols=2)
    no_borders(ht)
    set_widths(ht, [11.0, 4.6])
    for i, nm in enumerate(["青岛市司法局", "青岛市商务局"]):
        c = ht.cell(i, 0)
        p = cell_text(c, nm, XBS, 36, WD_ALIGN_PARAGRAPH.DISTRIBUTE)
        p.paragraph_format.line_spacing = Pt(50)
        for r in p.runs:
            r.font.color.rgb = RGBColor(0xFF, 0, 0)
    m = ht.cell(0, 1).merge(ht.cell(1, 1))
    p = cell_text(m, "文件", XBS, 40, WD_ALIGN_PARAGRAPH.CENTER)
    p.paragraph_format.line_spacing = Pt(60)
    for r in p.runs:
        r.font.color.rgb = RGBColor(0xFF, 0, 0)
    para(doc, "", first=0)
    p = para(doc, wenhao, FS, 16, WD_ALIGN_PARAGRAPH.CENTER, 0)
    red_rule(p)
    para(doc, "", first=0)
    para(doc, "青岛市司法局 青岛市商务局|关于公布涉外经贸领域市政府规范性文件|清理结果的公告", XBS, 22,
         WD_ALIGN_PARAGRAPH.CENTER, 0, line=36)
    para(doc, "", first=0)

    clauses = []
    p1 = ("为贯彻落实《优化营商环境条例》和党中央、国务院关于加快建设全国统一大市场的决策部署，推动中国（山东）自由贸易试验区"
          "青岛片区、中国—上海合作组织地方经贸合作示范区等开放平台高质量发展，市司法局、市商务局对现行有效的涉外经贸领域市政府"
          "及市政府办公厅规范性文件进行了专项清理。经市政府同意，决定继续有效7件、修改3件、废止5件。现公告如下：")
    para(doc, p1)
    clauses.append(p1)

    # header cells typed with manual spaces for "alignment"
    hdr_typed = ["序  号", "文 件 名 称", "文    号", "发布日期", "备  注"]

    keep = [
        ("《青岛市人民政府关于印发青岛市进一步做好利用外资工作若干措施的通知》", "青政发|〔2023〕9号", "2023年4月18日", "有效期至|2028年4月17日"),
        ("《青岛市人民政府办公厅关于加快跨境电子商务发展的实施意见》", "青政办发|〔2022〕14号", "2022年7月6日", "有效期至|2027年7月5日"),
        ("《青岛市中欧班列（齐鲁号·青岛）运营扶持办法》", "青政办字|〔2024〕21号", "2024年3月29日", "有效期至|2026年12月31日"),
        ("《青岛市人民政府关于支持青岛前湾综合保税区、青岛西海岸综合保税区高质量发展的意见》", "青政字|〔2023〕36号", "2023年10月11日", "有效期至|2028年10月10日"),
        ("《青岛市外商投资企业服务专员制度实施办法》", "无", "2022年11月25日", "长期有效"),
        ("《中国（山东）自由贸易试验区青岛片区建设推进方案（2024—2026年）》", "青政办发|〔2024〕5号", "2024年2月7日", "有效期至|2026年12月31日"),
        ("《青岛市人民政府办公厅关于促进“海外仓”建设的若干措施》", "青政办字|〔2025〕3号", "2025年1月22日", "有效期至|2028年1月21日"),
    ]
    amend = [
        ("《青岛市人民政府关于促进总部经济发展的若干政策》", "青政发|〔2021〕17号", "2021年8月30日", "删除第七条关于“注册地须在市南区、市北区”的限定"),
        ("《青岛市进口贸易促进创新示范区建设实施方案》", "青政办字|〔2022〕48号", "2022年12月2日", "第三部分第（五）项中“青岛海关”修改为“青岛海关及其隶属海关”"),
        ("《青岛市外贸综合服务企业认定管理办法》", "青政办发|〔2020〕22号", "2020年9月15日", "认定条件与商务部现行规定衔接"),
    ]
    repeal = [
        ("《青岛市人民政府关于加快青岛保税港区功能拓展的意见》", "青政发|〔2014〕28号", "2014年11月4日", "青岛保税港区已整合优化为综合保税区"),
        ("《青岛市跨境电子商务综合试验区实施方案》", "青政字|〔2016〕31号", "2016年6月8日", "工作任务已完成"),
        ("《青岛市外商投资企业合同章程审批管理办法》", "青政办发|〔2013〕40号", "2013年12月20日", "与《中华人民共和国外商投资法》不一致"),
        ("《青岛市人民政府办公厅关于支持中欧班列（青岛）开通运营的通知》", "无", "2015年7月1日", "已被青政办字〔2024〕21号文件替代"),
        ("《青岛市加工贸易转型升级专项资金管理暂行办法》", "青政办字|〔2018〕67号", "2018年5月17日", "有效期届满"),
    ]

    def table(rows):
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        hdr = t.rows[0]
        repeat_header(hdr)
        for i, h in enumerate(hdr_typed):
            cell_text(hdr.cells[i], h, HT, 14)
        for i, (ti, wh, dt, nt) in enumerate(rows, 1):
            r = t.add_row()
            cell_text(r.cells[0], str(i), FS, 14)
            cell_text(r.cells[1], ti, FS, 14, WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(r.cells[2], wh, FS, 14)
            cell_text(r.cells[3], dt, FS, 14)
            cell_text(r.cells[4], nt, FS, 14, WD_ALIGN_PARAGRAPH.LEFT)
            clauses.append(row_clause(i, ti, wh, dt, nt))
        set_widths(t, [1.5, 10.0, 3.6, 3.6, 3.8])
        return t

    # tables in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec, landscape=True)
    h1 = ("一、继续有效的规范性文件。", "共7件，目录如下：")
    runin(doc, *h1)
    clauses.append("".join(h1))
    table(keep)
    para(doc, "", first=0)
    h2 = ("二、修改的规范性文件。", "共3件，目录如下：")
    runin(doc, *h2)
    clauses.append("".join(h2))
    table(amend)
    para(doc, "", first=0)
    h3 = ("三、废止的规范性文件。", "共5件，目录如下：")
    runin(doc, *h3)
    clauses.append("".join(h3))
    table(repeal)

    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec2, landscape=False)
    h4 = ("四、其他事项。", "上述废止的规范性文件，自本公告发布之日起停止执行。决定修改的规范性文件，由市商务局会同有关部门"
          "在2026年3月31日前提出修改稿，按程序报市政府审议后重新公布；修改完成前，文件中需要修改的内容不再执行。")
    runin(doc, *h4)
    clauses.append("".join(h4))
    last = "各区（市）人民政府参照本公告，于2026年4月30日前完成本级涉外经贸领域规范性文件清理工作，并将清理结果报市司法局、市商务局。"
    para(doc, last)
    clauses.append(last)
    para(doc, "", first=0)
    para(doc, "", first=0)
    # joint 落款: two organs side by side in a layout table, date under the right one
    lt = doc.add_table(rows=2, cols=2)
    no_borders(lt)
    set_widths(lt, [7.8, 7.8])
    cell_text(lt.cell(0, 0), "青岛市司法局", FS, 16)
    cell_text(lt.cell(0, 1), "青岛市商务局", FS, 16)
    cell_text(lt.cell(1, 1), "2026年1月20日", FS, 16)
    para(doc, "", first=0)
    para(doc, "（此件公开发布）", FS, 16, None, 32)
    para(doc, "", first=0)
    para(doc, "", first=0)
    banji(doc, "市委办公厅，市人大常委会办公厅，市政协办公厅，各区（市）人民政府。",
          "青岛市司法局办公室", "2026年1月20日", 7)

    meta = {
        "title": title,
        "doc_number": wenhao,
        "issuer": ["青岛市司法局", "青岛市商务局"],
        "date": "2026-01-20",
        "published": None,
        "level": "municipal",
        "region": "青岛市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "公告",
        "recipients": [],
        "publicity": "此件公开发布",
        "repeals": "、".join(plain(r[0]) for r in repeal) + "（共5件市政府规范性文件）",
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for fn in (doc_xiamen, doc_fuzhou, doc_qingdao):
        stem, doc, entries = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = entries
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_531", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
