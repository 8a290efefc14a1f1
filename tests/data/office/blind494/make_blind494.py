# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 494: 收费公示 + 发展改革委备案回执 (blind test documents)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SAN = 16  # 三号
ER = 22  # 二号
SI = 14  # 四号
WU = 10.5  # 五号
XS = 12  # 小四
FW = "\u3000"  # full-width space


# ------------------------------------------------------------------ helpers
def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    add_page_number(sec)
    return doc


def fmt(p, align=None, first_indent=None, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if left is not None:
        pf.left_indent = Pt(left)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc, text="", font=FS, size=SAN, indent=True, align=None, bold=False,
         color=None, line=28):
    p = doc.add_paragraph()
    fmt(p, align=align, first_indent=(size * 2 if indent else None), line=line)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def runs(doc, parts, indent=True, size=SAN, align=None):
    """parts = [(text, font, bold)]"""
    p = doc.add_paragraph()
    fmt(p, align=align, first_indent=(size * 2 if indent else None))
    for t, f, b in parts:
        r = p.add_run(t)
        set_font(r, f, size, b)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p)


def border(p, side="bottom", color="FF0000", sz=12, val="single"):
    pPr = p._p.get_or_add_pPr()
    pbdr = pPr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        pPr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), val)
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    pbdr.append(el)


def add_page_number(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", SI)
    fld = parse_xml(
        '<w:fldSimple %s w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:rPr>'
        '<w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/>'
        '</w:rPr><w:t>1</w:t></w:r></w:fldSimple>' % nsdecls("w"))
    p._p.append(fld)
    r2 = p.add_run(" —")
    set_font(r2, "宋体", SI)


def title(doc, lines, soft_break=True):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    if soft_break:
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            set_font(r, XBS, ER)
            if i < len(lines) - 1:
                r.add_break()
    else:
        r = p.add_run("".join(lines))
        set_font(r, XBS, ER)
    return p


def red_header(doc, name, docno=None, docno_align="center", size=36):
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=60)
    r = p.add_run(name)
    set_font(r, XBS, size, False, RED)
    empty(doc)
    p2 = doc.add_paragraph()
    fmt(p2, align=(WD_ALIGN_PARAGRAPH.CENTER if docno_align == "center"
                   else WD_ALIGN_PARAGRAPH.RIGHT))
    if docno:
        r = p2.add_run(docno)
        set_font(r, FS, SAN)
    border(p2, "bottom", "FF0000", 18)
    empty(doc)


def cell_text(cell, text, font=FS, size=XS, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt(p, align=align, line=20)
    r = p.add_run(text)
    set_font(r, font, size, bold)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def fee_table(doc, header, rows, widths, merge=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.cell(0, j), h, HT, XS)
    set_repeat_header(t.rows[0])
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            if v is None:
                continue
            al = WD_ALIGN_PARAGRAPH.LEFT if j in (1, 5) else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.cell(i, j), v, FS, XS, align=al)
    for i in range(len(rows) + 1):
        for j, w in enumerate(widths):
            t.cell(i, j).width = Cm(w)
    t.autofit = False
    for j, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j] * 567)))
    if merge:
        for (r1, c), (r2, _) in merge:
            t.cell(r1, c).merge(t.cell(r2, c))
    return t


def row_clauses(header, rows, fill=None):
    out = []
    prev = list(rows[0])
    for row in rows:
        vals = []
        for j, v in enumerate(row):
            if v is None:  # vertically merged: value of the cell above
                v = prev[j]
            vals.append(v)
        prev = vals
        out.append("；".join("%s：%s" % (h, v) for h, v in zip(header, vals)))
    return out


def signoff(doc, organ, date, pad_org=12, pad_date=14):
    """落款 typed with manual full-width spaces, the way offices do it."""
    empty(doc)
    p = doc.add_paragraph()
    fmt(p)
    r = p.add_run(FW * pad_org + organ)
    set_font(r, FS, SAN)
    p = doc.add_paragraph()
    fmt(p)
    r = p.add_run(FW * pad_date + date)
    set_font(r, FS, SAN)


def banji(doc, cc, printer, pdate):
    empty(doc, 2)
    p = doc.add_paragraph()
    fmt(p, first_indent=None, left=SI)
    r = p.add_run("抄送：" + cc)
    set_font(r, FS, SI)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = doc.add_paragraph()
    fmt(p, left=SI)
    r = p.add_run(printer + FW * 2 + pdate + "印发")
    set_font(r, FS, SI)
    border(p, "bottom", "000000", 8)


def add_decimal_numbering(doc, num_id=90):
    numbering = doc.part.numbering_part.element
    absxml = (
        '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls("w"), num_id))
    absel = parse_xml(absxml)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absel)
    else:
        numbering.append(absel)
    numbering.append(parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
        % (nsdecls("w"), num_id, num_id)))
    return num_id


def numbered(doc, text, num_id):
    p = doc.add_paragraph()
    fmt(p)
    pPr = p._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id
    p.paragraph_format.first_line_indent = Pt(32)
    r = p.add_run(text)
    set_font(r, FS, SAN)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


# ================================================================ document 1
def doc_xian_gongshi():
    stem = "blind494_xian_gongshi"
    doc = new_doc()
    C = []
    red_header(doc, "西安陆港班列运营有限公司文件", "陆港班列发〔2025〕47号", size=30)
    title(doc, ["西安陆港班列运营有限公司关于",
                "中欧班列（西安）集结中心场站作业服务",
                "收费项目及标准的公示"])
    empty(doc)
    para(doc, "各货主单位、货运代理企业：", indent=False)

    t = ("根据《中华人民共和国价格法》《明码标价和禁止价格欺诈规定》（国家市场监督管理总局令第56号）"
         "等有关规定，结合中欧班列（西安）集结中心场站作业实际成本和市场供求状况，我公司对场站作业服务"
         "收费项目及标准进行了梳理调整，并已报西安市发展和改革委员会备案（市发改价格函〔2025〕231号）。"
         "现将有关事项公示如下：")
    para(doc, t); C.append(t)

    para(doc, "一、适用范围", HT)
    t = ("本公示所列收费项目适用于我公司在中欧班列（西安）集结中心新筑站、国际港站场站范围内提供的"
         "集装箱装卸、堆存、查验配合、掏装箱及加固等作业服务。铁路运输费用、口岸查验单位依法收取的费用"
         "以及代收代付费用，不在本公示范围内。")
    para(doc, t); C.append(t)

    para(doc, "二、收费项目及标准", HT)
    t = "具体收费项目及标准如下表："
    para(doc, t); C.append(t)

    header = ["序号", "收费项目", "收费标准", "计费单位", "收费依据", "备注"]
    rows = [
        ["1", "集装箱装卸作业费", "400", "元/TEU", "市场调节价", "重箱，含吊装及场内短驳"],
        ["2", None, "200", "元/TEU", "市场调节价", "空箱"],
        ["3", "集装箱堆存费", "前5天免收，第6天起30", "元/柜·天", "市场调节价", "自进站之日起算"],
        ["4", "冷藏箱插电及温度监控费", "180", "元/柜·天", "市场调节价", "—"],
        ["5", "查验配合作业费", "300—500", "元/柜", "市场调节价", "具体见注2"],
        ["6", "集装箱掏装箱作业费", "35", "元/吨", "市场调节价", "不足1吨的按1吨计"],
        ["7", "加固材料及加固作业费", "800—1500", "元/柜", "市场调节价", "按确认的加固方案计收"],
        ["8", "危险货物集装箱作业附加费", "按对应作业费加收50%", "—", "市场调节价", "限经许可的危险货物类别"],
        ["9", "集装箱调拨短驳费", "260", "元/TEU", "市场调节价", "新筑站与国际港站之间"],
        ["10", "班列舱位订舱服务费", "免收", "—", "—", "—"],
        ["11", "单证制作及传输费", "免收", "—", "—", "含电子运单制作"],
    ]
    fee_table(doc, header, rows, [1.2, 3.8, 3.2, 2.2, 2.6, 3.6], merge=[((1, 1), (2, 1))])
    C.extend(row_clauses(header, rows))

    notes = [
        "注：1.本表所列收费标准均为含税价格，增值税按现行规定执行。",
        "2.查验配合作业费：人工开箱查验按300元/柜收取，机检后人工复核按400元/柜收取，全部掏箱查验按500元/柜收取。",
        "3.集装箱堆存费以自然日计算，不足1天的按1天计；因铁路运输组织原因造成的滞留，不计收堆存费。",
        "4.“—”表示该项目无计费单位或不适用。",
    ]
    for i, n in enumerate(notes):
        p = para(doc, n, size=XS, indent=False, line=22)
        if i:
            p.paragraph_format.left_indent = Pt(XS * 2)
        C.append(n)
    empty(doc)

    # run-in heading typed as a bold 黑体 run
    h, b = "三、收费原则。", ("我公司坚持自愿委托、质价相符、公开透明的原则，不强制服务并收费，不只收费不服务，"
                         "不在公示项目之外收取任何费用。")
    runs(doc, [(h, HT, False), (b, FS, False)]); C.append(h + b)

    para(doc, "四、执行时间", HT)
    for t in ["（一）上述收费标准自2025年9月1日起执行，有效期至2027年8月31日。",
              "（二）《西安陆港班列运营有限公司场站作业收费标准》（2023年版）自本标准执行之日起同时废止。"]:
        para(doc, t); C.append(t)

    para(doc, "五、公示期限及意见反馈", HT)
    t = ("公示期为2025年8月15日至2025年8月28日。公示期间，如对上述收费项目及标准有意见建议，"
         "请以书面形式反馈至我公司市场营销部（地址：西安国际港务区港务大道199号）。")
    para(doc, t); C.append(t)
    for t in ["监督电话：029-83365120（市场营销部）", "价格举报电话：12315"]:
        para(doc, t); C.append(t)

    signoff(doc, "西安陆港班列运营有限公司", "2025年8月14日", pad_org=11, pad_date=14)
    banji(doc, "西安市发展和改革委员会，西安市市场监督管理局。",
          "西安陆港班列运营有限公司综合办公室", "2025年8月14日")

    meta = {
        "title": "西安陆港班列运营有限公司关于中欧班列（西安）集结中心场站作业服务收费项目及标准的公示",
        "doc_number": "陆港班列发〔2025〕47号",
        "issuer": ["西安陆港班列运营有限公司"],
        "date": "2025-08-14",
        "published": None,
        "level": "municipal",
        "region": "西安市",
        "effective": "2025-09-01",
        "expires": "2027-08-31",
        "attachments": [],
        "doc_type": "公示",
        "recipients": ["各货主单位", "货运代理企业"],
        "publicity": None,
        "repeals": "《西安陆港班列运营有限公司场站作业收费标准》（2023年版）",
    }
    return stem, doc, [{"meta": meta, "clauses": C}]


# ================================================================ document 2
def doc_xian_huizhi():
    stem = "blind494_xian_huizhi"
    doc = new_doc()
    C = []
    red_header(doc, "西安市发展和改革委员会", "市发改价格函〔2025〕231号", docno_align="right")
    title(doc, ["西安市发展和改革委员会", "关于西安陆港班列运营有限公司",
                "经营服务性收费备案的回执"])
    empty(doc)
    para(doc, "西安陆港班列运营有限公司：", indent=False)

    def fwpara(text, parts=None):
        # body typed with two full-width spaces instead of a first-line indent
        p = doc.add_paragraph()
        fmt(p)
        r = p.add_run(FW * 2)
        set_font(r, FS, SAN)
        for t, f in (parts or [(text, FS)]):
            r = p.add_run(t)
            set_font(r, f, SAN)
        return p

    t = ("你公司《关于中欧班列（西安）集结中心场站作业服务收费项目及标准备案的报告》（陆港班列发〔2025〕41号）"
         "及成本测算资料收悉。根据《中华人民共和国价格法》和国家、省有关价格管理规定，经审核，现就有关事项回复如下：")
    fwpara(t); C.append(t)

    items = [
        ("一、备案项目。", "你公司报送的场站作业服务收费项目共11项，其中实行市场调节价的9项，免收的2项，"
                       "材料齐全，予以备案。具体收费项目及标准见附件。"),
        ("二、备案期限。", "本备案自2025年9月1日起生效，有效期至2027年8月31日。备案有效期内收费项目、"
                       "标准发生变化的，应当在调整前15个工作日重新报送备案。"),
        ("三、明码标价。", "你公司应当严格执行《明码标价和禁止价格欺诈规定》，在场站营业场所和公司门户网站"
                       "醒目位置公示收费项目、收费标准、计费单位、收费依据及监督电话，公示期不少于10日。"),
        ("四、规范收费。", "你公司不得强制服务并收费，不得在公示项目以外收取任何费用，不得将应由铁路运输企业"
                       "承担的费用转嫁给货主单位。"),
        ("五、情况报送。", "请你公司于每年3月31日前向我委报送上一年度收费执行情况和成本变化情况，"
                       "重大变化情况及时报告。"),
    ]
    for h, b in items:
        p = doc.add_paragraph()
        fmt(p)
        r = p.add_run(FW * 2)
        set_font(r, FS, SAN)
        r = p.add_run(h)
        set_font(r, FS, SAN, True)  # run-in heading made bold by hand
        r = p.add_run(b)
        set_font(r, FS, SAN)
        C.append(h + b)

    for t in ["本回执仅作为你公司收费项目及标准的备案证明，不作为对收费标准合理性的认定。",
              "特此回执。",
              "联系人：价格管理处刘晓峰，联系电话：029-86786153。"]:
        fwpara(t); C.append(t)

    empty(doc)
    p = doc.add_paragraph()
    fmt(p)
    r = p.add_run(FW * 2 + "附件：西安陆港班列运营有限公司场站作业服务收费项目及标准备案表")
    set_font(r, FS, SAN)

    signoff(doc, "西安市发展和改革委员会", "2025年8月8日", pad_org=12, pad_date=14)
    para(doc, "（此件公开发布）")
    banji(doc, "西安市市场监督管理局，西安国际港务区管理委员会经济发展局。",
          "西安市发展和改革委员会办公室", "2025年8月8日")

    meta = {
        "title": "西安市发展和改革委员会关于西安陆港班列运营有限公司经营服务性收费备案的回执",
        "doc_number": "市发改价格函〔2025〕231号",
        "issuer": ["西安市发展和改革委员会"],
        "date": "2025-08-08",
        "published": None,
        "level": "municipal",
        "region": "西安市",
        "effective": "2025-09-01",
        "expires": "2027-08-31",
        "attachments": ["西安陆港班列运营有限公司场站作业服务收费项目及标准备案表"],
        "doc_type": "回执",
        "recipients": ["西安陆港班列运营有限公司"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, doc, [{"meta": meta, "clauses": C}]


# ================================================================ document 3
def doc_chongqing_gongshi():
    stem = "blind494_chongqing_gongshi"
    doc = new_doc()
    num_id = add_decimal_numbering(doc)
    C1 = []
    empty(doc)
    title(doc, ["重庆西永综保供应链管理有限公司", "保税仓储服务收费公示"])
    empty(doc)
    t = ("为规范我公司在重庆西永综合保税区内提供的保税仓储及相关服务收费行为，提高收费透明度，维护委托方"
         "合法权益，根据《中华人民共和国价格法》《明码标价和禁止价格欺诈规定》等有关规定，我公司对保税仓储"
         "服务收费项目及标准进行了调整，并已向重庆市沙坪坝区发展和改革委员会备案（沙发改价备〔2026〕3号）。"
         "现将收费项目及标准公示如下：")
    para(doc, t); C1.append(t)

    para(doc, "一、收费项目及标准", HT)
    header = ["序号", "收费项目", "收费标准", "计费单位", "收费依据", "备注"]
    rows = [
        ["1", "常温库保税仓储费", "3.5", "元/吨·天", "市场调节价", "不足1吨的按1吨计"],
        ["2", "恒温恒湿库保税仓储费", "6", "元/吨·天", "市场调节价", "库温18—25℃"],
        ["3", "集装箱暂存费", "前2天免收，第3天起60", "元/柜·天", "市场调节价", "自进区之日起算"],
        ["4", "入库装卸费", "25—40", "元/吨", "市场调节价", "按货物类别确定，见注2"],
        ["5", "出库装卸费", "25—40", "元/吨", "市场调节价", "同上"],
        ["6", "拆拼箱作业费", "300—500", "元/TEU", "市场调节价", "—"],
        ["7", "贴标换标作业费", "0.3", "元/件", "市场调节价", "标签由委托方提供"],
        ["8", "跨境电商包裹分拣打包费", "0.8", "元/单", "市场调节价", "限1210保税备货模式"],
        ["9", "仓单质押监管服务费", "按货值的0.5‰每月计收", "—", "市场调节价", "—"],
        ["10", "库存盘点费", "免收", "—", "—", "每季度首次盘点"],
        ["11", "卡口申报代理费", "免收", "—", "—", "—"],
        ["12", "增值服务费（分拣、包装、组套）", "协商确定", "—", "市场调节价", "须签订书面协议"],
    ]
    fee_table(doc, header, rows, [1.2, 4.2, 3.4, 2.2, 2.6, 3.0])
    C1.extend(row_clauses(header, rows))

    # notes typed as ONE paragraph with soft line breaks
    notes = [
        "注：1.本表收费标准均含增值税。",
        "2.入库、出库装卸费：普通货物按25元/吨收取，易碎、精密仪器类货物按40元/吨收取。",
        "3.保税仓储费、集装箱暂存费按自然日计算，不足1天的按1天计。",
    ]
    p = doc.add_paragraph()
    fmt(p, line=22)
    for i, n in enumerate(notes):
        r = p.add_run(n)
        set_font(r, FS, XS)
        if i < len(notes) - 1:
            r.add_break()
    C1.extend(notes)
    empty(doc)

    para(doc, "二、有关事项", HT)
    items = [
        "上述收费标准自2026年3月1日起执行。我公司2024年1月公示的《保税仓储服务收费标准》同时停止执行。",
        "委托方可自主选择是否接受上述服务，我公司不强制或者变相强制服务并收费。",
        "因海关等监管部门依法实施查验、抽样产生的等待时间，不计入集装箱暂存计费天数。",
        "对中欧班列（渝新欧）回程货物，常温库保税仓储费在上述标准基础上下浮20%执行，优惠期至2026年12月31日。",
        "公示期自2026年2月20日至2026年2月28日。",
    ]
    for i, t in enumerate(items, start=1):
        numbered(doc, t, num_id)  # Word auto-numbering "1." with no tab
        C1.append("%d.%s" % (i, t))
    for t in ["监督电话：023-65338127（公司客户服务部）", "价格举报电话：12315"]:
        para(doc, t); C1.append(t)

    empty(doc)
    para(doc, "附件：重庆市沙坪坝区发展和改革委员会收费备案回执（沙发改价备〔2026〕3号）")
    signoff(doc, "重庆西永综保供应链管理有限公司", "2026年2月16日", pad_org=9, pad_date=13)

    meta1 = {
        "title": "重庆西永综保供应链管理有限公司保税仓储服务收费公示",
        "doc_number": None,
        "issuer": ["重庆西永综保供应链管理有限公司"],
        "date": "2026-02-16",
        "published": None,
        "level": "zone",
        "region": "重庆西永综合保税区",
        "effective": "2026-03-01",
        "expires": None,
        "attachments": ["重庆市沙坪坝区发展和改革委员会收费备案回执（沙发改价备〔2026〕3号）"],
        "doc_type": "公示",
        "recipients": [],
        "publicity": None,
        "repeals": "2024年1月公示的《保税仓储服务收费标准》",
    }

    # ---------------------------------------------------------- attachment: 回执 copy
    page_break(doc)
    para(doc, "附件", HT, indent=False)
    empty(doc)
    C2 = []
    p = para(doc, "沙发改价备〔2026〕3号", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc)
    title(doc, ["重庆市沙坪坝区发展和改革委员会",
                "关于重庆西永综保供应链管理有限公司",
                "保税仓储服务收费备案的回执"])
    empty(doc)
    para(doc, "重庆西永综保供应链管理有限公司：", indent=False)
    body = [
        "你公司报送的《保税仓储服务收费项目及标准备案表》及成本测算说明等材料收悉。根据《中华人民共和国价格法》"
        "和我市经营服务性收费管理有关规定，经审核，你公司报送材料齐全，同意予以备案。现将有关事项告知如下：",
        "一、本次备案收费项目共12项，其中实行市场调节价的10项，免收的2项。",
        "二、本备案自2026年3月1日起生效，有效期两年，至2028年2月29日止。有效期内收费项目、标准需要调整的，应当重新备案。",
        "三、你公司应当在执行前于经营场所醒目位置及公司网站公示备案的收费项目、收费标准、计费单位、收费依据和"
        "监督电话，公示时间不少于7日。",
        "四、你公司应当严格执行备案的收费项目和标准，不得在备案项目之外另行收费，不得分解收费项目、重复收费或者扩大收费范围。",
        "五、备案不作为对收费标准合理性的认定，不免除你公司依法应当承担的价格责任。",
        "特此回执。",
    ]
    for t in body:
        para(doc, t); C2.append(t)
    empty(doc, 2)
    # 落款 placed in a borderless layout table
    lt = doc.add_table(rows=1, cols=2)
    lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    lt.autofit = False
    for w, gc in zip((5.0, 10.6), lt._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(w * 567)))
    lt.cell(0, 0).width = Cm(5.0)
    lt.cell(0, 1).width = Cm(10.6)
    c = lt.cell(0, 1)
    c.text = ""
    p0 = c.paragraphs[0]
    fmt(p0, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_font(p0.add_run("重庆市沙坪坝区发展和改革委员会"), FS, SAN)
    p1 = c.add_paragraph()
    fmt(p1, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_font(p1.add_run("2026年2月10日"), FS, SAN)
    banji(doc, "重庆西永综合保税区管理委员会，沙坪坝区市场监督管理局。",
          "重庆市沙坪坝区发展和改革委员会办公室", "2026年2月10日")

    meta2 = {
        "title": "重庆市沙坪坝区发展和改革委员会关于重庆西永综保供应链管理有限公司保税仓储服务收费备案的回执",
        "doc_number": "沙发改价备〔2026〕3号",
        "issuer": ["重庆市沙坪坝区发展和改革委员会"],
        "date": "2026-02-10",
        "published": None,
        "level": "county",
        "region": "重庆市沙坪坝区",
        "effective": "2026-03-01",
        "expires": "2028-02-29",
        "attachments": [],
        "doc_type": "回执",
        "recipients": ["重庆西永综保供应链管理有限公司"],
        "publicity": None,
        "repeals": None,
    }
    return stem, doc, [{"meta": meta1, "clauses": C1}, {"meta": meta2, "clauses": C2}]


# ================================================================ main
def main():
    expected = {}
    for fn in (doc_xian_gongshi, doc_xian_huizhi, doc_chongqing_gongshi):
        stem, doc, entries = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = entries
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_494", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
