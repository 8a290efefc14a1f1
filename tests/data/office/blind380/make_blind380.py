# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 380: government-portal pages saved to Word."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
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
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None,
         indent=False, color=None, space_after=0, line=28):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if line:
        pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def add_run(p, text, font=FS, size=16, bold=False, color=None):
    r = p.add_run(text)
    set_font(r, font, size, bold, color)
    return r


def bottom_border(p, color="E60012", sz=18, top=False):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    el = OxmlElement("w:top" if top else "w:bottom")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)
    ppr.append(bdr)


def both_borders(p, color="000000", sz=6):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("w:top", "w:bottom"):
        el = OxmlElement(side)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "1")
        el.set(qn("w:color"), color)
        bdr.append(el)
    ppr.append(bdr)


def shade(cell, fill="F2F2F2"):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def cell_text(cell, text, font=SONG, size=10.5, bold=False, align=None):
    p = cell.paragraphs[0]
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    if text:
        add_run(p, text, font, size, bold)
    return p


def page_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(p, "— ", SONG, 14)
    r = p.add_run()
    set_font(r, SONG, 14)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._element.append(b)
    r2 = p.add_run()
    set_font(r2, SONG, 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r2._element.append(it)
    r3 = p.add_run()
    set_font(r3, SONG, 14)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r3._element.append(e)
    add_run(p, " —", SONG, 14)


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    page_footer(sec)
    return doc


# ------------------------------------------------ Word automatic numbering
_ABS_IDS = {}


def numbering_abstract(doc, key, fmt, lvl_text, indent_pt=32):
    """Create (once per doc) an abstractNum; return its id."""
    numbering = doc.part.numbering_part.element
    cache = _ABS_IDS.setdefault(id(doc), {})
    if key in cache:
        return cache[key]
    existing = [int(a.get(qn("w:abstractNumId"))) for a in
                numbering.findall(qn("w:abstractNum"))]
    aid = max(existing + [0]) + 10
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt),
                     ("w:suff", "nothing"), ("w:lvlText", lvl_text),
                     ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), str(int(indent_pt * 20)))
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), FS)
    rpr.append(rf)
    lvl.append(rpr)
    an.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    cache[key] = aid
    return aid


def new_list(doc, key, fmt, lvl_text):
    """A fresh w:num (restarting at 1) for the abstract numbering `key`."""
    aid = numbering_abstract(doc, key, fmt, lvl_text)
    numbering = doc.part.numbering_part.element
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(ids + [0]) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(aid))
    num.append(an)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    return nid


def numbered_para(doc, num_id, text):
    p = para(doc, "")
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)
    add_run(p, text)
    return p


# --------------------------------------------------------- portal pieces
def portal_chrome_top(doc, crumb):
    para(doc, crumb, SONG, 9, color=RGBColor(0x66, 0x66, 0x66), line=None)
    para(doc, "", SONG, 9, line=None)


def portal_chrome_bottom(doc):
    para(doc, "", SONG, 9, line=None)
    para(doc, "【字体：大 中 小】　　【打印本页】　　【关闭窗口】", SONG, 9,
         align=WD_ALIGN_PARAGRAPH.RIGHT, color=RGBColor(0x66, 0x66, 0x66),
         line=None)


def info_box(doc, rows):
    """rows: list of (label, value, label, value) or (label, value) spanning."""
    t = doc.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    widths = [Cm(2.6), Cm(5.2), Cm(2.6), Cm(5.2)]
    for j, w in enumerate(widths):
        t.columns[j].width = w
    for i, row in enumerate(rows):
        cells = t.rows[i].cells
        for j, w in enumerate(widths):
            cells[j].width = w
        if len(row) == 2:
            merged = cells[1].merge(cells[3])
            cell_text(cells[0], row[0], SONG, 10.5, True)
            shade(cells[0])
            cell_text(merged, row[1], SONG, 10.5)
        else:
            cell_text(cells[0], row[0], SONG, 10.5, True)
            shade(cells[0])
            cell_text(cells[1], row[1], SONG, 10.5)
            cell_text(cells[2], row[2], SONG, 10.5, True)
            shade(cells[2])
            cell_text(cells[3], row[3], SONG, 10.5)
    para(doc, "", SONG, 10.5, line=None)
    return t


def body_table(doc, header, rows, widths, clauses):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        c = t.rows[0].cells[j]
        c.width = widths[j]
        cell_text(c, h, HT, 12, False, WD_ALIGN_PARAGRAPH.CENTER)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.rows[i + 1].cells[j]
            c.width = widths[j]
            cell_text(c, v, FS, 12, False,
                      WD_ALIGN_PARAGRAPH.CENTER if len(v) < 8 else None)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, r)))
    return t


def body(doc, text, clauses, hand_indent=False):
    """A body paragraph that is a clause.  hand_indent: typed with two
    ideographic spaces instead of a first-line indent."""
    if hand_indent:
        para(doc, "\u3000\u3000" + text)
    else:
        para(doc, text, indent=True)
    clauses.append(text)


def runin(doc, head, rest, clauses, head_font=KT, bold=False):
    p = para(doc, "", indent=True)
    add_run(p, head, head_font, 16, bold)
    add_run(p, rest)
    clauses.append(head + rest)


def heading(doc, text, font=HT, hand=True):
    if hand:
        para(doc, "\u3000\u3000" + text, font)
    else:
        para(doc, text, font, indent=True)


def soft_para(doc, parts, clauses):
    """Paragraph broken with soft line breaks (pasted from the web)."""
    p = para(doc, "", indent=True)
    for k, part in enumerate(parts):
        r = add_run(p, part)
        if k < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)
    clauses.append("".join(parts))


def blank(doc, n=1):
    for _ in range(n):
        para(doc, "")


def signature(doc, organs, date, spaces=16):
    blank(doc, 2)
    for o in organs:
        para(doc, "\u3000" * max(0, spaces - len(o) // 2) + o)
    para(doc, "\u3000" * (spaces + 1) + date)


def red_header(doc, organ_line, docno):
    blank(doc, 1)
    para(doc, organ_line, XBS, 30, align=WD_ALIGN_PARAGRAPH.CENTER,
         color=RED, line=None)
    blank(doc, 1)
    p = para(doc, docno, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p)
    blank(doc, 1)


def banji(doc, cc, printer, date):
    blank(doc, 1)
    p = para(doc, "", FS, 14, line=None)
    add_run(p, cc, FS, 14)
    both_borders(p)
    p2 = para(doc, "", FS, 14, line=None)
    add_run(p2, printer + "\u3000" * 6 + "  " + date + "印发", FS, 14)
    bottom_border(p2, "000000", 6)


def convert_pdf(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_380", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=240)


# ======================================================= document A
A_TITLE = ("成都市口岸与物流办公室 成都市商务局关于做好2024年中欧班列（成都）"
           "集结中心建设有关工作的通知")
A_NO = "成口物发〔2024〕9号"
B_NOTICE_TITLE = ("成都市人民政府办公厅关于印发《成都市中欧班列高质量发展扶持办法》"
                  "的通知")
B_NO = "成办规〔2026〕3号"
B_RULES_TITLE = "成都市中欧班列高质量发展扶持办法"
C_TITLE = "关于《成都市中欧班列高质量发展扶持办法》的政策解读"


def make_a():
    doc = new_doc()
    cl = []
    portal_chrome_top(doc, "当前位置：首页 > 政务公开 > 政策文件 > 部门文件")
    info_box(doc, [
        ("索引号：", "11510100MB0Q38215K/2024-00087", "主题分类：",
         "商贸、海关、旅游\\对外经贸合作"),
        ("发文机关：", "成都市口岸与物流办公室  成都市商务局", "成文日期：",
         "2024年04月12日"),
        ("标\u3000\u3000题：", A_TITLE),
        ("发文字号：", A_NO, "发布日期：", "2024年04月17日"),
        ("有 效 性：", "已废止", "", ""),
    ])
    para(doc, "注：本文件已被《成都市人民政府办公厅关于印发〈成都市中欧班列高质量"
              "发展扶持办法〉的通知》（成办规〔2026〕3号）宣布废止，仅供查阅。",
         SONG, 10.5, color=RED, line=None)
    blank(doc)
    para(doc, "成都市口岸与物流办公室 成都市商务局", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    para(doc, "关于做好2024年中欧班列（成都）集结中心", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    para(doc, "建设有关工作的通知", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    para(doc, A_NO, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    blank(doc)
    para(doc, "各区（市）县口岸物流主管部门、商务主管部门，成都国际铁路港经济技术"
              "开发区管委会，成都国际陆港运营有限公司：")

    body(doc, "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的"
              "决策部署，加快建设中欧班列（成都）集结中心，推动国际班列提质增效，"
              "服务构建新发展格局，经研究，现就做好2024年有关工作通知如下。", cl)
    heading(doc, "一、总体目标")
    soft_para(doc, ["2024年，力争中欧班列（成都）全年开行量稳定在4800列以上，"
                    "回程班列占比不低于45%，",
                    "新增境外站点5个以上，集结中心辐射带动省内外货源占比提升至60%"
                    "以上，班列运行综合成本较2023年下降5%。"], cl)
    heading(doc, "二、重点任务")
    runin(doc, "（一）优化通道网络布局。",
          "巩固成都至罗兹、蒂尔堡、纽伦堡等西向主干线路，加密经霍尔果斯、"
          "阿拉山口、二连浩特口岸出境线路，拓展经中亚、里海至土耳其、格鲁吉亚的"
          "跨里海国际运输走廊，全年新开定制化线路不少于3条。", cl)
    runin(doc, "（二）提升集结分拨能力。", "重点抓好以下工作：", cl)
    nid = new_list(doc, "dec", "decimal", "%1.")
    for t in ["支持成都国际铁路港建设多式联运集货中心，推广“干支结合、枢纽集散”"
              "运输组织模式。",
              "在德阳、眉山、资阳等地布局班列集货点，对开行“成德眉资”集结专列"
              "给予运输组织优先保障。",
              "鼓励运营平台与重点外贸企业签订年度运量协议，稳定汽车整车、电子"
              "信息产品等重点货源。"]:
        numbered_para(doc, nid, t)
    cl.extend(["1.支持成都国际铁路港建设多式联运集货中心，推广“干支结合、枢纽集散”"
               "运输组织模式。",
               "2.在德阳、眉山、资阳等地布局班列集货点，对开行“成德眉资”集结专列"
               "给予运输组织优先保障。",
               "3.鼓励运营平台与重点外贸企业签订年度运量协议，稳定汽车整车、电子"
               "信息产品等重点货源。"])
    runin(doc, "（三）推进“班列+”融合发展。",
          "依托成都国际铁路港综合保税区、成都高新综合保税区，发展保税仓储、国际"
          "分拨和保税维修业务；支持跨境电商企业利用中欧班列开展跨境电商B2B直接"
          "出口和出口海外仓业务，全年跨境电商班列货值力争突破80亿元。", cl)
    runin(doc, "（四）提升通关便利化水平。",
          "会同成都海关推广“铁路快通”“两段准入”等监管模式，压缩班列进出口"
          "通关时间；推动铁路运单物权化试点，支持金融机构开展基于铁路运单的"
          "融资业务。", cl)
    runin(doc, "（五）强化运营安全管理。",
          "运营平台要健全境外段安全风险评估和应急处置机制，每季度开展一次"
          "线路安全评估，重大风险事项及时报告市口岸物流办。", cl)
    heading(doc, "三、任务分工")
    body(doc, "各责任单位要按照下表明确的分工抓好落实：", cl, hand_indent=True)
    body_table(doc, ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"], [
        ["1", "开行成都至伊斯坦布尔跨里海定制班列", "市口岸物流办",
         "成都国际陆港运营有限公司", "2024年9月底前"],
        ["2", "建成“成德眉资”班列集货点3个", "市口岸物流办",
         "德阳、眉山、资阳市口岸物流主管部门", "2024年10月底前"],
        ["3", "开展跨境电商班列专列常态化运行", "市商务局",
         "成都国际铁路港经济技术开发区管委会", "2024年12月底前"],
        ["4", "推广铁路运单融资业务", "市口岸物流办", "市委金融办", "2024年12月底前"],
    ], [Cm(1.2), Cm(5.6), Cm(2.6), Cm(4.0), Cm(2.4)], cl)
    heading(doc, "四、保障措施")
    runin(doc, "（一）加强组织领导。",
          "各区（市）县要将集结中心建设纳入年度重点工作，明确分管负责同志和"
          "工作专班，研究解决工作推进中的重大问题。", cl)
    runin(doc, "（二）强化资金保障。",
          "市级商务发展专项资金对符合条件的回程班列、跨境电商班列和集结专列"
          "按规定予以支持，具体标准另行制定。", cl)
    runin(doc, "（三）严格督促落实。",
          "各单位于每季度结束后5个工作日内报送工作进展情况，2024年12月10日前"
          "报送全年工作总结。", cl)
    body(doc, "本通知自2024年5月1日起施行，有效期至2026年4月30日。", cl)
    body(doc, "联系人：市口岸物流办通道建设处 张晓雯，电话：028-61881234。", cl)
    blank(doc)
    p = para(doc, "附件：1.2024年中欧班列（成都）开行计划表", indent=True)
    para(doc, "\u3000\u3000\u3000\u3000\u3000 2.中欧班列（成都）集结中心建设重点项目"
              "清单")
    signature(doc, ["成都市口岸与物流办公室", "成都市商务局"], "2024年4月12日")
    blank(doc)
    para(doc, "（此件公开发布）", indent=True)
    banji(doc, "抄送：四川省口岸与物流办公室，成都海关，中国铁路成都局集团有限公司。",
          "成都市口岸与物流办公室综合处", "2024年4月12日")
    portal_chrome_bottom(doc)

    meta = {
        "title": A_TITLE,
        "doc_number": A_NO,
        "issuer": ["成都市口岸与物流办公室", "成都市商务局"],
        "date": "2024-04-12",
        "published": "2024-04-17",
        "level": "municipal",
        "region": "成都市",
        "effective": "2024-05-01",
        "expires": "2026-04-30",
        "attachments": ["2024年中欧班列（成都）开行计划表",
                        "中欧班列（成都）集结中心建设重点项目清单"],
        "doc_type": "通知",
        "recipients": ["各区（市）县口岸物流主管部门、商务主管部门",
                       "成都国际铁路港经济技术开发区管委会",
                       "成都国际陆港运营有限公司"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": cl}]


# ======================================================= document B
def article(doc, num, text, clauses):
    p = para(doc, "", indent=True)
    add_run(p, num, HT, 16)
    add_run(p, "\u3000" + text)
    clauses.append(num + "\u3000" + text)


def chapter(doc, text):
    blank(doc)
    para(doc, text, HT, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    blank(doc)


def cn_items(doc, items, clauses):
    nid = new_list(doc, "cn", "chineseCounting", "（%1）")
    cn = "一二三四五六七八九十"
    for k, t in enumerate(items):
        numbered_para(doc, nid, t)
        clauses.append("（%s）%s" % (cn[k], t))


def make_b():
    doc = new_doc()
    n_cl = []
    r_cl = []
    portal_chrome_top(doc, "当前位置：首页 > 政务公开 > 政策文件 > 市政府办公厅文件")
    info_box(doc, [
        ("索引号：", "115101000089712345/2026-00031", "主题分类：",
         "商贸、海关、旅游\\对外经贸合作"),
        ("发文机关：", "成都市人民政府办公厅", "成文日期：", "2026年02月10日"),
        ("标\u3000\u3000题：", B_NOTICE_TITLE),
        ("发文字号：", B_NO, "发布日期：", "2026年02月14日"),
        ("有 效 性：", "有效", "失效日期：", "2029年02月28日"),
    ])
    red_header(doc, "成都市人民政府办公厅文件", B_NO)
    para(doc, "成都市人民政府办公厅", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER,
         line=32)
    para(doc, "关于印发《成都市中欧班列高质量发展", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    para(doc, "扶持办法》的通知", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    blank(doc)
    para(doc, "各区（市）县政府（管委会），市政府各部门，有关单位：")
    body(doc, "《成都市中欧班列高质量发展扶持办法》已经市政府同意，现印发给你们，"
              "请结合实际认真贯彻执行。", n_cl)
    body(doc, "《办法》自2026年3月1日起施行，有效期至2029年2月28日。《成都市口岸与"
              "物流办公室 成都市商务局关于做好2024年中欧班列（成都）集结中心建设有关"
              "工作的通知》（成口物发〔2024〕9号）同时废止。", n_cl)
    signature(doc, ["成都市人民政府办公厅"], "2026年2月10日")
    blank(doc)
    para(doc, "（此件公开发布）", indent=True)

    # --- the 办法 on a new page
    p = para(doc, "")
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, B_RULES_TITLE, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    chapter(doc, "第一章　总　　则")
    article(doc, "第一条", "为贯彻落实国家关于推进中欧班列高质量发展的部署要求，"
            "加快建设中欧班列（成都）集结中心和国际门户枢纽城市，规范市级扶持资金"
            "使用管理，结合本市实际，制定本办法。", r_cl)
    article(doc, "第二条", "本办法所称中欧班列（成都），是指在成都国际铁路港"
            "始发或者终到，按照固定车次、线路、班期和全程运行时刻开行的国际铁路"
            "联运集装箱班列，包括西向中欧班列、跨里海定制班列和“成德眉资”集结"
            "专列。", r_cl)
    article(doc, "第三条", "扶持资金遵循“市场主导、政府引导、总量控制、逐年退坡”"
            "的原则，重点支持回程班列、高附加值货源和通道拓展。", r_cl)
    article(doc, "第四条", "市口岸物流办负责扶持政策的组织实施和资金申报审核；"
            "市财政局负责资金预算安排和拨付；市商务局、成都海关等部门按照职责"
            "做好相关工作。", r_cl)
    chapter(doc, "第二章　支持对象和条件")
    article(doc, "第五条", "申请扶持资金的单位应当同时符合下列条件：", r_cl)
    cn_items(doc, [
        "在成都市行政区域内依法注册登记，具有独立法人资格；",
        "从事中欧班列（成都）运营组织、货源集结或者国际货运代理业务；",
        "近三年内未发生重大安全生产事故，未被列入严重失信主体名单；",
        "财务管理制度健全，能够按照要求提供开行数据和运费结算凭证。",
    ], r_cl)
    article(doc, "第六条", "同一班列、同一批货物不得重复享受市级和区（市）县级"
            "同类扶持政策。", r_cl)
    chapter(doc, "第三章　支持内容和标准")
    article(doc, "第七条", "对运营平台开行的中欧班列（成都），按照下表标准给予"
            "运费补贴：", r_cl)
    body_table(doc, ["班列类型", "补贴标准（元/标准箱）", "单列补贴上限（万元）"], [
        ["西向去程班列", "1500", "10"],
        ["西向回程班列", "2500", "15"],
        ["跨里海定制班列", "3000", "20"],
        ["“成德眉资”集结专列", "800", "5"],
    ], [Cm(5.5), Cm(5.0), Cm(5.0)], r_cl)
    article(doc, "第八条", "补贴标准实行逐年退坡，2027年、2028年分别按照前款标准"
            "的90%、80%执行。", r_cl)
    article(doc, "第九条", "对利用中欧班列（成都）开展跨境电商B2B直接出口或者"
            "出口海外仓业务的企业，按照其班列运输货值的0.5%给予奖励，单个企业"
            "年度奖励不超过100万元。", r_cl)
    article(doc, "第十条", "对在共建“一带一路”国家新设境外集货分拨中心、"
            "海外仓并纳入中欧班列（成都）网络的企业，按照实际投资额的10%给予"
            "一次性补助，最高不超过200万元。", r_cl)
    article(doc, "第十一条", "对首次开通经成都国际铁路港综合保税区进出的"
            "“班列+保税”新业务模式的企业，给予一次性奖励30万元。", r_cl)
    chapter(doc, "第四章　申报和管理")
    article(doc, "第十二条", "扶持资金按年度申报，每年3月31日前受理上一年度项目。"
            "申报单位通过“蓉易享”政策服务平台在线提交申请材料。", r_cl)
    article(doc, "第十三条", "市口岸物流办会同市财政局组织审核，审核结果在市口岸"
            "物流办门户网站公示5个工作日，公示无异议的按程序拨付资金。", r_cl)
    article(doc, "第十四条", "申报单位有下列情形之一的，取消其当年度申报资格，"
            "已拨付的资金予以追回：", r_cl)
    cn_items(doc, [
        "虚报开行列数、箱量或者货值的；",
        "伪造、变造运单、报关单等单证的；",
        "拒不配合监督检查的。",
    ], r_cl)
    article(doc, "第十五条", "市口岸物流办应当每年对扶持政策实施效果开展绩效"
            "评估，并根据评估结果适时调整支持方向和标准。", r_cl)
    chapter(doc, "第五章　附　　则")
    article(doc, "第十六条", "本办法由市口岸物流办会同市财政局负责解释。", r_cl)
    article(doc, "第十七条", "本办法自2026年3月1日起施行，有效期至2029年2月28日。",
            r_cl)
    banji(doc, "抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市纪委监委机关，"
               "市法院，市检察院，成都警备区。",
          "成都市人民政府办公厅", "2026年2月12日")
    portal_chrome_bottom(doc)

    base = dict(issuer=["成都市人民政府办公厅"], date="2026-02-10",
                published="2026-02-14", level="municipal", region="成都市",
                effective="2026-03-01", expires="2029-02-28")
    notice = dict(title=B_NOTICE_TITLE, doc_number=B_NO, **base)
    notice.update(attachments=[], doc_type="通知",
                  recipients=["各区（市）县政府（管委会）", "市政府各部门",
                              "有关单位"],
                  publicity="此件公开发布",
                  repeals="《成都市口岸与物流办公室 成都市商务局关于做好2024年"
                          "中欧班列（成都）集结中心建设有关工作的通知》"
                          "（成口物发〔2024〕9号）")
    rules = dict(title=B_RULES_TITLE, doc_number=None, **base)
    rules.update(attachments=[], doc_type="办法", recipients=[],
                 publicity=None, repeals=None)
    # fix key order to match the brief
    order = ["title", "doc_number", "issuer", "date", "published", "level",
             "region", "effective", "expires", "attachments", "doc_type",
             "recipients", "publicity", "repeals"]
    notice = {k: notice[k] for k in order}
    rules = {k: rules[k] for k in order}
    return doc, [{"meta": notice, "clauses": n_cl},
                 {"meta": rules, "clauses": r_cl}]


# ======================================================= document C
def make_c():
    doc = new_doc()
    cl = []
    portal_chrome_top(doc, "当前位置：首页 > 政务公开 > 政策解读 > 部门解读")
    info_box(doc, [
        ("索引号：", "11510100MB0Q38215K/2026-00019", "主题分类：",
         "商贸、海关、旅游\\对外经贸合作"),
        ("发文机关：", "成都市口岸与物流办公室", "成文日期：", "2026年02月14日"),
        ("标\u3000\u3000题：", C_TITLE),
        ("发文字号：", "", "发布日期：", "2026年02月15日"),
        ("有 效 性：", "", "", ""),
    ])
    para(doc, C_TITLE, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    para(doc, "来源：成都市口岸与物流办公室　　发布时间：2026-02-15 10:30",
         SONG, 10.5, align=WD_ALIGN_PARAGRAPH.CENTER, line=None)
    blank(doc)
    body(doc, "近日，成都市人民政府办公厅印发《成都市中欧班列高质量发展扶持办法》"
              "（成办规〔2026〕3号，以下简称《办法》）。现就《办法》有关内容解读"
              "如下。", cl)
    heading(doc, "一、起草背景", HT, hand=False)
    body(doc, "2024年以来，中欧班列（成都）开行规模保持全国前列，跨里海通道和"
              "“成德眉资”集结专列实现常态化运行。但回程货源不足、综合成本偏高、"
              "政策支持方式较为分散等问题仍然存在。原《关于做好2024年中欧班列"
              "（成都）集结中心建设有关工作的通知》将于2026年4月30日到期，"
              "有必要出台一部系统性的扶持办法，稳定市场预期。", cl)
    heading(doc, "二、主要内容", HT, hand=False)
    body(doc, "《办法》共五章十七条，主要包括以下内容：", cl)
    runin(doc, "（一）明确支持对象。",
          "支持对象为在成都市注册、从事中欧班列（成都）运营组织、货源集结或者"
          "国际货运代理业务的企业，并设置了安全生产、信用和财务管理等门槛"
          "条件。", cl, head_font=FS, bold=True)
    runin(doc, "（二）实行分类补贴。",
          "对西向去程、西向回程、跨里海定制和“成德眉资”集结专列分别设定每标准箱"
          "补贴标准和单列上限，回程和跨里海线路支持力度更大。", cl,
          head_font=FS, bold=True)
    runin(doc, "（三）补贴逐年退坡。",
          "2027年、2028年补贴标准分别按2026年标准的90%、80%执行，引导运营主体"
          "逐步实现市场化运营。", cl, head_font=FS, bold=True)
    runin(doc, "（四）推动“班列+”融合。",
          "对跨境电商B2B直接出口和出口海外仓业务、境外集货分拨中心建设以及"
          "“班列+保税”新业务模式给予奖励或者补助。", cl, head_font=FS, bold=True)
    heading(doc, "三、施行时间", HT, hand=False)
    body(doc, "《办法》自2026年3月1日起施行，有效期至2029年2月28日。原成口物发"
              "〔2024〕9号文件同时废止。", cl)
    blank(doc)
    para(doc, "\u3000" * 14 + "成都市口岸与物流办公室")
    para(doc, "\u3000" * 15 + "2026年2月14日")
    portal_chrome_bottom(doc)
    meta = {
        "title": C_TITLE,
        "doc_number": None,
        "issuer": ["成都市口岸与物流办公室"],
        "date": "2026-02-14",
        "published": "2026-02-15",
        "level": "municipal",
        "region": "成都市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "政策解读",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": cl}]


def main():
    expected = {}
    for stem, fn in (("blind380_chengdu_tongzhi", make_a),
                     ("blind380_chengdu_banfa", make_b),
                     ("blind380_chengdu_jiedu", make_c)):
        doc, objs = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        convert_pdf(path)
        expected[stem] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
