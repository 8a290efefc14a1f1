# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 711: nested 转发 chains (市 -> 省 -> 国办).

Run:  /work/venv/bin/python make_blind711.py
Writes blind711_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
"""
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
RED = RGBColor(0xFF, 0x00, 0x00)
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SZ3 = Pt(16)   # 三号
SZ2 = Pt(22)   # 二号
FW2 = "\u3000\u3000"  # two full-width spaces (manual indent)


# ---------------------------------------------------------------- helpers
PBDR_SUCC = ('w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap', 'w:overflowPunct', 'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN', 'w:bidi', 'w:adjustRightInd', 'w:snapToGrid', 'w:spacing', 'w:ind', 'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc', 'w:textDirection', 'w:textAlignment', 'w:textboxTightWrap', 'w:outlineLvl', 'w:divId', 'w:cnfStyle', 'w:rPr', 'w:sectPr', 'w:pPrChange')
NUMPR_SUCC = ("w:suppressLineNumbers", "w:pBdr") + PBDR_SUCC
TBLB_SUCC = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription")

def set_font(run, east=FS, size=SZ3, bold=False, color=None, ascii_font=None):
    run.font.size = size
    run.font.bold = bold
    af = ascii_font or ("Times New Roman" if east in (FS, KT) else east)
    run.font.name = af
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), af)
    rfonts.set(qn("w:hAnsi"), af)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=None, line=Pt(28), before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent is not None:
        pf.first_line_indent = indent
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def add_p(doc, runs, align=None, indent=None, line=Pt(28), before=0, after=0):
    """runs: list of (text, east_font, bold) or a plain string (仿宋)."""
    p = doc.add_paragraph()
    fmt(p, align, indent, line, before, after)
    if isinstance(runs, str):
        runs = [(runs, FS, False)]
    for r in runs:
        text, east, bold = r[0], r[1], r[2]
        size = r[3] if len(r) > 3 else SZ3
        color = r[4] if len(r) > 4 else None
        set_font(p.add_run(text), east, size, bold, color)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p)


def border_bottom(p, color="FF0000", sz="12"):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.insert_element_before(pbdr, *PBDR_SUCC)


def border_top_bottom(p, sz="8"):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), sz)
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        pbdr.append(b)
    ppr.insert_element_before(pbdr, *PBDR_SUCC)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def setup(doc):
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = SZ3
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    # page number "— 1 —" in footer
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("— "), "宋体", Pt(14))
    r = fp.add_run()
    set_font(r, "宋体", Pt(14))
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
    set_font(fp.add_run(" —"), "宋体", Pt(14))


def red_header(doc, organ_line, docno):
    empty(doc, 2)
    add_p(doc, [(organ_line, XBS, False, Pt(32), RED)], WD_ALIGN_PARAGRAPH.CENTER,
          line=Pt(56))
    empty(doc, 1)
    p = add_p(doc, docno, WD_ALIGN_PARAGRAPH.CENTER)
    border_bottom(p, "FF0000", "18")
    empty(doc, 1)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.insert_element_before(b, *TBLB_SUCC)


def cell_text(cell, text, east=FS, size=Pt(12), bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    p = cell.paragraphs[0]
    fmt(p, align, line=Pt(20))
    set_font(p.add_run(text), east, size, bold)


def add_chinese_numbering(doc):
    """Create a Word list whose level-0 label is 一、二、三、 (chineseCounting)."""
    numbering = doc.part.numbering_part.element
    abs_id = "71"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), abs_id)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                     ("w:suff", "nothing"), ("w:lvlText", "%1、"), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), HT)
    rf.set(qn("w:hAnsi"), HT)
    rf.set(qn("w:eastAsia"), HT)
    rpr.append(rf)
    lvl.append(rpr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "71")
    ani = OxmlElement("w:abstractNumId")
    ani.set(qn("w:val"), abs_id)
    num.append(ani)
    numbering.append(num)
    return "71"


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), num_id)
    numpr.append(il)
    numpr.append(ni)
    ppr.insert_element_before(numpr, *NUMPR_SUCC)


def meta(title, docno, issuer, date, level, region, doc_type, recipients,
         publicity="此件公开发布", attachments=None):
    return {
        "title": title,
        "doc_number": docno,
        "issuer": issuer,
        "date": date,
        "published": None,
        "level": level,
        "region": region,
        "effective": None,
        "expires": None,
        "attachments": attachments or [],
        "doc_type": doc_type,
        "recipients": recipients,
        "publicity": publicity,
        "repeals": None,
    }


# ====================================================== document 1: 连云港
def build_lianyungang():
    doc = Document()
    setup(doc)
    key = []

    # ------------------------------------------------ 国办 意见 (content)
    gb_title = "国务院办公厅关于推动中欧班列高质量发展的意见"
    gb_no = "国办发〔2026〕3号"
    sj_title = "江苏省人民政府办公厅关于转发国务院办公厅关于推动中欧班列高质量发展的意见的通知"
    sj_no = "苏政办发〔2026〕12号"
    city_title = ("连云港市人民政府办公室转发江苏省人民政府办公厅关于转发国务院办公厅"
                  "关于推动中欧班列高质量发展的意见的通知的通知")
    city_no = "连政办发〔2026〕7号"

    # ================= 市 level
    red_header(doc, "连云港市人民政府办公室文件", city_no)
    # title typed as two separate paragraphs (hard return in the title)
    for part in ("连云港市人民政府办公室转发江苏省人民政府", "办公厅关于转发国务院办公厅关于推动中欧",
                 "班列高质量发展的意见的通知的通知"):
        add_p(doc, [(part, XBS, False, SZ2)], WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    empty(doc)
    add_p(doc, "各县、区人民政府，市各委、办、局，市各直属单位：")
    city_clauses = []

    intro = ("现将《江苏省人民政府办公厅关于转发国务院办公厅关于推动中欧班列高质量发展的意见的通知》"
             "（苏政办发〔2026〕12号）转发给你们，请结合实际认真贯彻落实。"
             "结合我市实际，现提出以下要求：")
    add_p(doc, FW2 + intro)  # manual indent with full-width spaces
    city_clauses.append(intro)

    city_items = [
        ("一、提高思想认识。",
         "连云港是新亚欧大陆桥经济走廊东方起点，是共建“一带一路”强支点的重要承载地。"
         "各县区、各部门要充分认识推动中欧班列高质量发展的重要意义，把中欧（亚）班列发展作为深化陆海联动、"
         "建设国际枢纽海港的重要抓手，切实抓好各项任务落实。"),
        ("二、强化协同推进。",
         "市商务局（市口岸办）要会同市发展改革委、市交通运输局、连云港海关、上合组织（连云港）国际物流园管委会、"
         "连云港港口控股集团等单位，建立中欧（亚）班列发展联席会议制度，每季度召开一次会议，"
         "协调解决班列开行、货源组织、通关便利等方面的问题。"),
        ("三、推进重点项目。",
         "加快推进上合组织（连云港）国际物流园铁路专用线扩能、连云港港区集装箱海铁联运场站改造等项目建设，"
         "提升海铁联运集疏运能力。力争到2027年，连云港中欧（亚）班列年开行量达到1000列以上，"
         "海铁联运量突破100万标箱。"),
        ("四、加强督查考核。",
         "市政府督查室要将中欧班列高质量发展工作纳入年度重点督查事项。各责任单位于每年6月底和12月底前"
         "将工作推进情况报送市商务局，由市商务局汇总后报市政府。"),
    ]
    for head, text in city_items:
        # run-in heading in 黑体 bold run, rest 仿宋; manual indent
        add_p(doc, [(FW2, FS, False), (head, HT, True), (text, FS, False)])
        city_clauses.append(head + text)

    empty(doc, 2)
    # 落款 aligned with manual spaces
    add_p(doc, "\u3000" * 14 + "连云港市人民政府办公室")
    add_p(doc, "\u3000" * 16 + "2026年3月5日")
    add_p(doc, FW2 + "（此件公开发布）")
    key.append({
        "meta": meta(city_title, city_no, ["连云港市人民政府办公室"], "2026-03-05",
                     "municipal", "连云港市", "通知",
                     ["各县、区人民政府", "市各委、办、局", "市各直属单位"]),
        "clauses": city_clauses,
    })

    # ================= 省 level (reprinted)
    page_break(doc)
    add_p(doc, sj_no, WD_ALIGN_PARAGRAPH.CENTER)
    empty(doc)
    p = add_p(doc, [("江苏省人民政府办公厅关于转发国务院办公厅", XBS, False, SZ2)],
              WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    r = p.add_run()
    r.add_break()  # soft line break inside title
    set_font(p.add_run("关于推动中欧班列高质量发展的意见的通知"), XBS, SZ2)
    empty(doc)
    add_p(doc, "各设区市人民政府，省各委办厅局，省各直属单位：")
    sj_text = ("现将《国务院办公厅关于推动中欧班列高质量发展的意见》（国办发〔2026〕3号）"
               "转发给你们，请结合实际认真贯彻落实。")
    add_p(doc, sj_text, indent=Pt(32))
    empty(doc, 2)
    add_p(doc, "江苏省人民政府办公厅", WD_ALIGN_PARAGRAPH.RIGHT)
    add_p(doc, "2026年2月9日" + "\u3000\u3000", WD_ALIGN_PARAGRAPH.RIGHT)
    add_p(doc, "（此件公开发布）", indent=Pt(32))
    key.append({
        "meta": meta(sj_title, sj_no, ["江苏省人民政府办公厅"], "2026-02-09",
                     "provincial", "江苏省", "通知",
                     ["各设区市人民政府", "省各委办厅局", "省各直属单位"]),
        "clauses": [sj_text],
    })

    # ================= 国办 意见 (reprinted)
    page_break(doc)
    add_p(doc, gb_no, WD_ALIGN_PARAGRAPH.CENTER)
    empty(doc)
    p = add_p(doc, [("国务院办公厅关于推动中欧班列", XBS, False, SZ2)], WD_ALIGN_PARAGRAPH.CENTER,
              line=Pt(36))
    p.add_run().add_break()
    set_font(p.add_run("高质量发展的意见"), XBS, SZ2)
    empty(doc)
    add_p(doc, "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：")
    gb = []

    def body(text):
        add_p(doc, FW2 + text)
        gb.append(text)

    def runin(head, text):
        add_p(doc, [(FW2, FS, False), (head, KT, True), (text, FS, False)])
        gb.append(head + text)

    def heading(text):
        add_p(doc, [(FW2, FS, False), (text, HT, False)])

    body("中欧班列是共建“一带一路”的旗舰项目和标志性品牌，是深化我国与共建国家经贸合作的重要载体。"
         "开行以来，中欧班列累计开行超过11万列，通达欧洲26个国家229个城市，"
         "为稳定国际产业链供应链发挥了重要作用。为推动中欧班列高质量发展，更好服务构建新发展格局，"
         "经国务院同意，现提出以下意见。")
    heading("一、总体要求")
    runin("（一）指导思想。",
          "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，"
          "完整准确全面贯彻新发展理念，坚持市场主导、政府引导，坚持统筹协调、集约发展，"
          "坚持安全畅通、开放合作，推动中欧班列由“量的增长”向“质的提升”转变。")
    runin("（二）主要目标。",
          "到2030年，中欧班列年开行量稳定在2万列左右，重点集结中心辐射带动能力显著增强，"
          "回程班列占比提高到45%以上，形成安全稳定、畅通高效、绿色智能的国际物流通道体系。")
    heading("二、优化班列运行组织")
    runin("（三）完善集结中心布局。",
          "支持西安、重庆、成都、郑州、乌鲁木齐等中欧班列集结中心建设，鼓励集结中心与沿海港口、"
          "内陆港加强合作，推广集装箱多式联运“一单制”。引导各地有序开行班列，防止无序竞争。")
    runin("（四）拓展运输线路和货源。",
          "稳定西、中、东通道运输能力，积极发展跨里海国际运输走廊班列，探索开行“点对点”定制化专列。"
          "支持跨境电商、汽车整车、冷链产品等货类搭乘班列运输。")
    runin("（五）提升回程班列质量。",
          "鼓励班列运营平台在欧洲设立海外仓和集散分拨中心，扩大回程货源组织，提高重去重回比例。")
    heading("三、提升通道保障能力")
    runin("（六）加强境内外基础设施建设。",
          "加快阿拉山口、霍尔果斯、二连浩特、满洲里等口岸站扩能改造，提升口岸铁路换装能力和场站能力。"
          "会同有关国家推动境外铁路通道扩能改造和堵点卡点整治。")
    runin("（七）强化运输安全保障。",
          "健全中欧班列安全风险监测预警机制，加强货物安全检查和在途监控，严禁利用中欧班列运输违禁品。"
          "完善突发事件应急处置预案，保障班列运行安全稳定。")
    runin("（八）推动数字化智能化发展。",
          "依托国际贸易“单一窗口”，建设中欧班列综合信息服务平台，推进铁路运单、舱单、报关单等数据共享互认，"
          "推广电子运单应用。")
    heading("四、提高通关便利化水平")
    runin("（九）优化口岸通关模式。",
          "推广“铁路快通”“两步申报”等便利化通关模式，压缩班列在口岸的停留时间。"
          "对符合条件的进出口货物实施“提前申报”。")
    runin("（十）深化国际海关合作。",
          "加强与沿线国家海关“经认证的经营者”（AEO）互认合作，推动监管结果互认、信息互换，"
          "探索开展“安全智能贸易航线”试点。")
    runin("（十一）完善综合保税区功能。",
          "支持中欧班列集结中心所在地综合保税区开展保税维修、保税展示交易、跨境电商保税备货等业务，"
          "推动“班列+综保区”联动发展。")
    heading("五、加强政策支持")
    runin("（十二）规范地方补贴政策。",
          "各地要按照市场化原则逐步退出对中欧班列的运营补贴，2027年底前全面退出。"
          "严禁以补贴等方式开展恶性竞争。")
    runin("（十三）加大金融支持力度。",
          "鼓励金融机构开发基于中欧班列运单的融资产品，探索铁路运单物权化，"
          "支持符合条件的企业发行债券用于班列基础设施建设。扩大出口信用保险覆盖面。")
    runin("（十四）强化用地用能保障。",
          "对集结中心、口岸站扩能改造等重大项目，在用地指标、能耗指标等方面予以优先保障。")
    heading("六、保障措施")
    runin("（十五）加强组织领导。",
          "推进“一带一路”建设工作领导小组办公室要加强统筹协调，国家发展改革委、商务部、海关总署、"
          "中国国家铁路集团有限公司等部门和单位要按照职责分工抓好落实。")
    runin("（十六）强化监测评估。",
          "建立中欧班列高质量发展评价指标体系，定期开展评估，评估结果作为集结中心动态调整的重要依据。"
          "重大事项及时向国务院请示报告。")
    empty(doc, 2)
    add_p(doc, "\u3000" * 17 + "国务院办公厅")
    add_p(doc, "\u3000" * 16 + "2026年1月16日")
    add_p(doc, FW2 + "（此件公开发布）")
    key.append({
        "meta": meta(gb_title, gb_no, ["国务院办公厅"], "2026-01-16", "national", "全国", "意见",
                     ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"]),
        "clauses": gb,
    })

    # ================= 版记 (typed as a 2-row table with ruled lines)
    empty(doc, 3)
    t = doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side, val in (("top", "single"), ("bottom", "single"), ("insideH", "single"),
                      ("left", "nil"), ("right", "nil"), ("insideV", "nil")):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), val)
        if val == "single":
            e.set(qn("w:sz"), "8")
            e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.insert_element_before(b, *TBLB_SUCC)
    cell_text(t.rows[0].cells[0],
              "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，连云港军分区。",
              size=Pt(14))
    cell_text(t.rows[1].cells[0],
              "  连云港市人民政府办公室" + "\u3000" * 6 + "2026年3月6日印发", size=Pt(14))

    name = "blind711_lianyungang_zhuanfa"
    doc.save(os.path.join(HERE, name + ".docx"))
    return name, key


# ====================================================== document 2: 钦州
def build_qinzhou():
    doc = Document()
    setup(doc)
    numid = add_chinese_numbering(doc)
    key = []

    gb_title = "国务院办公厅关于推动跨境电子商务综合试验区提质增效的意见"
    gb_no = "国办发〔2026〕9号"
    gx_title = ("广西壮族自治区人民政府办公厅关于转发国务院办公厅关于推动跨境电子商务综合试验区"
                "提质增效的意见的通知")
    gx_no = "桂政办发〔2026〕15号"
    city_title = ("钦州市人民政府办公室转发广西壮族自治区人民政府办公厅关于转发国务院办公厅关于推动"
                  "跨境电子商务综合试验区提质增效的意见的通知的通知")
    city_no = "钦政办发〔2026〕7号"

    # ================= 市 level
    red_header(doc, "钦州市人民政府办公室文件", city_no)
    p = add_p(doc, [("钦州市人民政府办公室转发广西壮族自治区", XBS, False, SZ2)],
              WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    for part in ("人民政府办公厅关于转发国务院办公厅关于", "推动跨境电子商务综合试验区提质增效的",
                 "意见的通知的通知"):
        p.add_run().add_break()
        set_font(p.add_run(part), XBS, SZ2)
    empty(doc)
    # 主送 with a soft line break in the middle
    p = add_p(doc, "各县（区）人民政府，中国（广西）自由贸易试验区钦州港片区管委会，")
    p.add_run().add_break()
    set_font(p.add_run("市人民政府各组成部门、各直属机构："), FS, SZ3)
    city = []
    intro = ("现将《广西壮族自治区人民政府办公厅关于转发国务院办公厅关于推动跨境电子商务综合试验区"
             "提质增效的意见的通知》（桂政办发〔2026〕15号）转发给你们，请结合实际认真贯彻落实，"
             "并就有关事项通知如下：")
    add_p(doc, intro, indent=Pt(32))
    city.append(intro)

    # Word automatic numbering 一、二、三、 (label not typed in the text)
    p = add_p(doc, [("抓好任务分解落实。", HT, False),
                    ("中国（钦州）跨境电子商务综合试验区建设工作领导小组办公室（设在市商务局）要对照"
                     "国务院办公厅意见和自治区要求，细化我市贯彻落实措施。重点任务分工如下：", FS, False)])
    set_num(p, numid)
    city.append("一、抓好任务分解落实。中国（钦州）跨境电子商务综合试验区建设工作领导小组办公室"
                "（设在市商务局）要对照国务院办公厅意见和自治区要求，细化我市贯彻落实措施。重点任务分工如下：")

    header = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    rows = [
        ["1", "建设钦州港片区跨境电商产业园，引进跨境电商经营主体50家以上",
         "中国（广西）自由贸易试验区钦州港片区管委会", "市商务局、钦州海关", "2026年12月底前"],
        ["2", "开通钦州港至东盟主要港口跨境电商海运专线",
         "北部湾港钦州码头有限公司", "市交通运输局、钦州海关", "2026年9月底前"],
        ["3", "推动“跨境电商+产业带”发展，培育坭兴陶、海产品等特色产业带品牌",
         "市商务局", "市工业和信息化局、市农业农村局，各县（区）人民政府", "持续推进"],
        ["4", "完善跨境电商线上综合服务平台功能，实现与国际贸易“单一窗口”数据对接",
         "市商务局", "钦州海关、市大数据发展局", "2026年10月底前"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.2), Cm(5.6), Cm(3.6), Cm(3.6), Cm(2.4)]
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, Pt(12), False, WD_ALIGN_PARAGRAPH.CENTER)
    for r_i, row in enumerate(rows, start=1):
        for c_i, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.CENTER if c_i in (0, 4) else WD_ALIGN_PARAGRAPH.LEFT
            cell_text(t.rows[r_i].cells[c_i], v, FS, Pt(12), False, al)
        city.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    for row in t.rows:
        for c_i, w in enumerate(widths):
            row.cells[c_i].width = w
    empty(doc)

    p = add_p(doc, [("加大政策支持力度。", HT, False),
                    ("用好市级外经贸发展专项资金，对跨境电商企业租用海外仓、开展品牌推广等给予适当支持。"
                     "鼓励各金融机构创新推出“跨境电商贷”等信贷产品，为中小跨境电商企业提供融资服务。",
                     FS, False)])
    set_num(p, numid)
    city.append("二、加大政策支持力度。用好市级外经贸发展专项资金，对跨境电商企业租用海外仓、开展品牌推广等"
                "给予适当支持。鼓励各金融机构创新推出“跨境电商贷”等信贷产品，为中小跨境电商企业提供融资服务。")
    p = add_p(doc, [("强化督促检查。", HT, False),
                    ("各牵头单位要于每季度末月25日前将工作进展情况报送市商务局，市商务局汇总后报市人民政府。"
                     "市人民政府督查室将适时开展专项督查。", FS, False)])
    set_num(p, numid)
    city.append("三、强化督促检查。各牵头单位要于每季度末月25日前将工作进展情况报送市商务局，"
                "市商务局汇总后报市人民政府。市人民政府督查室将适时开展专项督查。")
    empty(doc, 2)

    # 落款 in a borderless layout table (right cell), date with 〇
    lt = doc.add_table(rows=1, cols=2)
    no_borders(lt)
    c = lt.rows[0].cells[1]
    cp = c.paragraphs[0]
    fmt(cp, WD_ALIGN_PARAGRAPH.CENTER)
    set_font(cp.add_run("钦州市人民政府办公室"), FS, SZ3)
    cp2 = c.add_paragraph()
    fmt(cp2, WD_ALIGN_PARAGRAPH.CENTER)
    set_font(cp2.add_run("二〇二六年三月二十日"), FS, SZ3)
    lt.rows[0].cells[0].width = Cm(7.5)
    lt.rows[0].cells[1].width = Cm(8.1)
    empty(doc)
    add_p(doc, [("（此件公开发布）", FS, False)], indent=Pt(32))
    key.append({
        "meta": meta(city_title, city_no, ["钦州市人民政府办公室"], "2026-03-20", "municipal",
                     "钦州市", "通知",
                     ["各县（区）人民政府", "中国（广西）自由贸易试验区钦州港片区管委会",
                      "市人民政府各组成部门、各直属机构"]),
        "clauses": city,
    })

    # ================= 自治区 level (reprinted; 文号 under the title in brackets)
    page_break(doc)
    for part in ("广西壮族自治区人民政府办公厅关于转发", "国务院办公厅关于推动跨境电子商务综合",
                 "试验区提质增效的意见的通知"):
        add_p(doc, [(part, XBS, False, SZ2)], WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    add_p(doc, [("（" + gx_no + "）", KT, False)], WD_ALIGN_PARAGRAPH.CENTER)
    empty(doc)
    add_p(doc, "各市、县人民政府，自治区人民政府各组成部门、各直属机构：")
    gx1 = ("现将《国务院办公厅关于推动跨境电子商务综合试验区提质增效的意见》（国办发〔2026〕9号）"
           "转发给你们，请结合实际认真贯彻落实。")
    gx2a = "自治区商务厅要会同自治区有关部门加强对南宁、崇左、柳州、贺州、钦州等综试区的指导和评估，"
    gx2b = "及时研究解决工作推进中遇到的问题，重大情况及时报告自治区人民政府。"
    add_p(doc, gx1, indent=Pt(32))
    p = add_p(doc, gx2a, indent=Pt(32))
    p.add_run().add_break()  # soft line break in the middle of a sentence
    set_font(p.add_run(gx2b), FS, SZ3)
    empty(doc, 2)
    add_p(doc, "广西壮族自治区人民政府办公厅" + "\u3000\u3000", WD_ALIGN_PARAGRAPH.RIGHT)
    add_p(doc, "2026年3月2日" + "\u3000" * 4, WD_ALIGN_PARAGRAPH.RIGHT)
    add_p(doc, "（此件公开发布）", indent=Pt(32))
    key.append({
        "meta": meta(gx_title, gx_no, ["广西壮族自治区人民政府办公厅"], "2026-03-02", "provincial",
                     "广西壮族自治区", "通知",
                     ["各市、县人民政府", "自治区人民政府各组成部门、各直属机构"]),
        "clauses": [gx1, gx2a + gx2b],
    })

    # ================= 国办 意见 (reprinted)
    page_break(doc)
    add_p(doc, [("国务院办公厅关于推动跨境电子商务", XBS, False, SZ2)],
          WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    add_p(doc, [("综合试验区提质增效的意见", XBS, False, SZ2)], WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    add_p(doc, [("（" + gb_no + "）", KT, False)], WD_ALIGN_PARAGRAPH.CENTER)
    empty(doc)
    add_p(doc, "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：")
    gb = []

    def body(text):
        add_p(doc, text, indent=Pt(32))
        gb.append(text)

    def runin(head, text, bold=True):
        add_p(doc, [(head, KT, bold), (text, FS, False)], indent=Pt(32))
        gb.append(head + text)

    def heading(text):
        # heading typed with a full-width space after the number, bold 黑体
        add_p(doc, [(text, HT, True)], indent=Pt(32))

    body("跨境电子商务综合试验区（以下简称综试区）是推动跨境电商发展的重要平台。自2015年设立首批综试区以来，"
         "全国已在165个城市和地区设立综试区，对稳外贸、促消费、扩开放发挥了积极作用。"
         "为推动综试区提质增效，促进跨境电商健康持续创新发展，经国务院同意，现提出以下意见。")
    heading("一、\u3000总体要求")
    body("以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大和二十届历次全会精神，"
         "坚持创新驱动、包容审慎、协同发展，推动综试区由规模扩张向质量效益提升转变。"
         "到2030年，培育100个左右具有国际竞争力的跨境电商产业集群，建设一批高水平海外智慧物流平台，"
         "综试区在稳外贸、促转型中的作用更加凸显。")
    heading("二、\u3000提升综试区发展能级")
    runin("（一）实施分类评估和动态调整。",
          "商务部会同有关部门完善综试区考核评估机制，每年开展一次评估。"
          "对连续两年评估结果为“较差”的综试区予以退出。")
    runin("（二）推动“跨境电商+产业带”发展。",
          "支持各综试区依托本地产业优势，培育一批跨境电商产业带，推动传统外贸企业、生产制造企业"
          "“上线触网”，打造自有品牌。")
    runin("（三）建设高水平公共服务平台。",
          "依托国际贸易“单一窗口”完善综试区线上综合服务平台功能，为企业提供通关、物流、退税、结汇、"
          "信保等“一站式”服务。")
    heading("三、\u3000优化监管服务")
    runin("（四）完善跨境电商出口监管。",
          "进一步推广跨境电商B2B直接出口（9710）、跨境电商出口海外仓（9810）监管模式，"
          "支持符合条件的企业开展跨境电商出口商品退货业务。")
    runin("（五）优化跨境电商零售进口政策。",
          "在综合保税区、保税物流中心（B型）等海关特殊监管区域和保税监管场所，稳步扩大跨境电商零售进口"
          "业务范围。加强进口商品质量安全风险监测。")
    runin("（六）落实财税支持政策。",
          "落实综试区零售出口货物增值税、消费税“无票免税”政策和企业所得税核定征收政策。具体包括：")
    for s in ("1.对综试区内符合条件的跨境电商企业，应税所得率统一按照4%确定；",
              "2.对跨境电商零售出口货物，未取得有效进货凭证的，试行增值税、消费税免税政策；",
              "3.支持出口退税“单证备案”无纸化管理。"):
        body(s)
    heading("四、\u3000完善跨境物流和海外仓体系")
    runin("（七）支持海外仓高质量发展。",
          "鼓励企业在共建“一带一路”国家和地区布局海外仓，提升海外仓数字化、智能化水平。"
          "引导金融机构为海外仓建设提供融资支持。")
    runin("（八）畅通跨境物流通道。",
          "发挥中欧班列、西部陆海新通道等国际物流通道作用，支持开行跨境电商专列，"
          "拓展跨境电商海运快船和全货机航线。")
    heading("五、\u3000加强组织实施")
    # items without run-in headings
    body("（九）各地区要落实主体责任，将综试区建设纳入本地区经济社会发展重要内容，结合实际制定具体措施。")
    body("（十）商务部要会同有关部门加强统筹协调和督促指导，及时总结推广综试区创新经验，"
         "重大问题及时报告国务院。")
    empty(doc, 2)
    add_p(doc, "国务院办公厅" + "\u3000" * 4, WD_ALIGN_PARAGRAPH.RIGHT)
    add_p(doc, "2026年2月3日" + "\u3000" * 4, WD_ALIGN_PARAGRAPH.RIGHT)
    add_p(doc, "（此件公开发布）", indent=Pt(32))
    key.append({
        "meta": meta(gb_title, gb_no, ["国务院办公厅"], "2026-02-03", "national", "全国", "意见",
                     ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"]),
        "clauses": gb,
    })

    # ================= 版记 as bordered paragraphs
    empty(doc, 4)
    p = add_p(doc, [("抄送：市委办公室，市人大常委会办公室，市政协办公室，钦州海关。", FS, False, Pt(14))],
              line=Pt(24))
    border_top_bottom(p)
    p = add_p(doc, [(" 钦州市人民政府办公室" + "\u3000" * 7 + "2026年3月20日印发", FS, False, Pt(14))],
              line=Pt(24))
    border_bottom(p, "000000", "8")

    name = "blind711_qinzhou_zhuanfa"
    doc.save(os.path.join(HERE, name + ".docx"))
    return name, key


def to_pdf(docx_path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_711", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    expected = {}
    for builder in (build_lianyungang, build_qinzhou):
        name, key = builder()
        expected[name] = key
        to_pdf(os.path.join(HERE, name + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
