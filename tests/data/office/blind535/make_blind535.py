# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 535 blind test documents: provincial 商务厅 notices on the annual
assessment (年度考核) of "一带一路" 境外经贸合作区, with results tables,
footnotes and an attached 考核指标体系 table."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, font, size, bold=False, color=None):
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:hint"), "eastAsia")
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    sec.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rpr = st.element.rPr
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.space_after = Pt(0)
    return doc


def fmt(p, align=None, first=None, line=28, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    return p


def para(doc, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32, line=28,
         left=None):
    """runs: list of (text, font, size, bold) or a plain string (仿宋 三号)."""
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    p = doc.add_paragraph()
    fmt(p, align, first, line, left)
    for r in runs:
        text, font, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            run = p.add_run(part)
            set_font(run, font, size, bold, color)
            if i < len(parts) - 1:
                run.add_break()  # soft line break
    return p


def empty(doc, n=1, size=16):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p)
        r = p.add_run("")
        set_font(r, FS, size)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p)
    p.add_run().add_break(WD_BREAK.PAGE)


def border(p, side="bottom", color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def page_number_footer(doc, style="dash"):
    footer = doc.sections[0].footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    left, right = ("— ", " —") if style == "dash" else ("- ", " -")
    r = p.add_run(left)
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r = p.add_run()
    set_font(r, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._r.append(it)
    r = p.add_run()
    set_font(r, "宋体", 14)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r._r.append(s)
    r = p.add_run("1")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._r.append(e)
    r = p.add_run(right)
    set_font(r, "宋体", 14)


def cell_text(cell, text, font=FS, size=12, bold=False,
              align=WD_ALIGN_PARAGRAPH.CENTER, line=20):
    """text may be a str (with \n = soft break) or a list of str (= separate
    paragraphs inside the cell)."""
    paras = text if isinstance(text, list) else [text]
    first = cell.paragraphs[0]
    for i, t in enumerate(paras):
        p = first if i == 0 else cell.add_paragraph()
        fmt(p, align, 0, line)
        parts = t.split("\n")
        for j, part in enumerate(parts):
            r = p.add_run(part)
            set_font(r, font, size, bold)
            if j < len(parts) - 1:
                r.add_break()


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblpr.append(b)


def grid_table(doc, header, rows, widths, aligns=None, size=12,
               header_repeat=True):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, size, False)
    if header_repeat:
        repeat_header(t.rows[0])
    for ri, row in enumerate(rows):
        for ci, val in enumerate(row):
            al = aligns[ci] if aligns else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.rows[ri + 1].cells[ci], val, FS, size, False, al)
    set_widths(t, widths)
    return t


def set_widths(t, widths):
    """Fixed layout with explicit grid so LibreOffice honours the widths."""
    t.autofit = False
    tblpr = t._tbl.tblPr
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblpr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths) * 567)))
    tw.set(qn("w:type"), "dxa")
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        trpr = row._tr.get_or_add_trPr()
        cs = OxmlElement("w:cantSplit")
        trpr.insert(0, cs)
        for ci, w in enumerate(widths):
            row.cells[ci].width = Cm(w)


def flat(v):
    """Cell value as an analyst cites it: soft breaks and in-cell paragraph
    breaks joined without anything."""
    if isinstance(v, list):
        return "".join(flat(x) for x in v)
    return v.replace("\n", "")


def row_clause(header, row):
    return "；".join(f"{h}：{flat(v)}" for h, v in zip(header, row))


def red_masthead(doc, name, size=30):
    p = para(doc, [(name, XBS, size, False, RED)],
             WD_ALIGN_PARAGRAPH.CENTER, 0, size + 14)
    return p


def docnum_line(doc, num):
    p = para(doc, [(num, FS, 16, False)], WD_ALIGN_PARAGRAPH.CENTER, 0, 28)
    border(p, "bottom", "FF0000", 18, 8)
    return p


def banji(doc, chaosong, office, yinfa_date):
    """版记: 抄送 and 印发 lines between black rules."""
    empty(doc, 2)
    p = para(doc, [(chaosong, FS, 14, False)], WD_ALIGN_PARAGRAPH.LEFT, 0, 26,
             left=0)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p = para(doc, [(office, FS, 14, False), ("　" * 8, FS, 14, False),
                   (yinfa_date, FS, 14, False)],
             WD_ALIGN_PARAGRAPH.LEFT, 0, 26)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "bottom", "000000", 8, 4)


def add_decimal_numbering(doc):
    """Word automatic numbering "1." with no tab after the number."""
    numbering = doc.part.numbering_part.element
    abs_id = "535"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), abs_id)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"),
                     ("w:suff", "nothing"), ("w:lvlText", "%1."),
                     ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "535")
    ani = OxmlElement("w:abstractNumId")
    ani.set(qn("w:val"), abs_id)
    num.append(ani)
    numbering.append(num)
    return "535"


def apply_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), num_id)
    numpr.append(il)
    numpr.append(ni)
    # numPr must come early in pPr (after pStyle/keepNext...)
    ppr.insert(0, numpr)


def runin(doc, head, body, head_font=KT, bold=True):
    """Run-in heading: bold 楷体 heading followed by 仿宋 text."""
    return para(doc, [(head, head_font, 16, bold), (body, FS, 16, False)])


def heading1(doc, text):
    return para(doc, [(text, HT, 16, False)])


# ============================================================ document 1
def make_zhejiang():
    stem = "blind535_zhejiang_tongzhi"
    doc = new_doc()
    clauses = []
    page_number_footer(doc, "dash")

    empty(doc, 1)
    red_masthead(doc, "浙江省商务厅文件", 36)
    empty(doc, 1)
    docnum_line(doc, "浙商务〔2026〕18号")
    empty(doc, 1)
    # title with a soft line break in the middle
    para(doc, [("浙江省商务厅关于公布2025年度浙江省\n境外经贸合作区考核结果的通知",
                XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, 0, 36)
    empty(doc, 1)
    para(doc, "各市商务局，各有关企业：", WD_ALIGN_PARAGRAPH.LEFT, 0)

    intro = ("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，"
             "根据《浙江省境外经贸合作区管理办法》（浙商务〔2023〕41号）有关规定，"
             "我厅组织开展了2025年度浙江省境外经贸合作区（以下简称合作区）年度考核工作。"
             "经企业自评、各市商务局初审、第三方机构评估和专家评审，现将考核结果及有关事项通知如下：")
    para(doc, intro)
    clauses.append(intro)

    heading1(doc, "一、考核结果")
    t = ("2025年度纳入考核范围的省级合作区共12家。经综合评定，泰国东部海岸浙商工业园等4家合作区"
         "考核等次为优秀，越南同奈浙江纺织产业园等5家合作区考核等次为良好，乌兹别克斯坦吉扎克浙商"
         "农业产业园等2家合作区考核等次为合格，埃塞俄比亚阿达玛浙江轻工园1家合作区考核等次为不合格。"
         "具体考核结果见下表。")
    para(doc, t)
    clauses.append(t)

    header = ["序号", "合作区名称", "所在国家", "实施企业", "考核等次"]
    rows = [
        ["1", "泰国东部海岸浙商工业园", "泰国", "浙江华泰海外投资集团有限公司", "优秀"],
        ["2", "墨西哥新莱昂浙江工业园", "墨西哥", "杭州远洲实业控股有限公司", "优秀"],
        ["3", "中国·印度尼西亚苏拉威西\n镍产业合作园区", "印度尼西亚",
         "温州青禾矿业投资有限公司", "优秀"],
        ["4", "塞尔维亚诺维萨德浙商商贸物流园", "塞尔维亚", "浙江欧亚供应链管理有限公司", "优秀"],
        ["5", "越南同奈浙江纺织产业园", "越南", "绍兴越纺投资发展有限公司", "良好"],
        ["6", "俄罗斯滨海边疆区浙商木业园", "俄罗斯", "湖州森联木业有限公司", "良好"],
        ["7", "柬埔寨贡布浙江经贸合作区", "柬埔寨", "台州海丰国际投资有限公司", "良好"],
        ["8", "阿联酋哈利法浙江商贸物流园", "阿拉伯联合\n酋长国", "义乌中东商贸发展有限公司", "良好"],
        ["9", "匈牙利佩奇浙商汽配产业园", "匈牙利", "宁波华欧汽车零部件有限公司", "良好"],
        ["10", "乌兹别克斯坦吉扎克浙商农业产业园", "乌兹别克斯坦", "金华丝路农业开发有限公司", "合格"],
        ["11", "尼日利亚拉各斯浙江建材产业园", "尼日利亚", "丽水非洲建材投资有限公司", "合格"],
        ["12", "埃塞俄比亚阿达玛浙江轻工园", "埃塞俄比亚", "嘉兴东非轻工投资有限公司", "不合格"],
    ]
    grid_table(doc, header, rows, [1.2, 5.0, 2.4, 4.8, 2.2],
               [WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT,
                WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT,
                WD_ALIGN_PARAGRAPH.CENTER], 12)
    clauses += [row_clause(header, r) for r in rows]

    n1 = ("注：1.考核等次分为优秀、良好、合格、不合格四个等次，综合得分90分（含）以上为优秀，"
          "75分（含）至90分为良好，60分（含）至75分为合格，60分以下为不合格。")
    n2 = "2.同一考核等次内排名不分先后。"
    para(doc, [(n1, FS, 14, False)], first=0, line=24)
    # second note typed with manual full-width spaces to align under "1."
    para(doc, [("　　" + n2, FS, 14, False)], first=0, line=24)
    clauses += [n1, n2]

    heading1(doc, "二、存在问题")
    t = "从考核情况看，我省合作区建设总体稳中有进，但仍存在一些不容忽视的问题："
    para(doc, t)
    clauses.append(t)
    items = [
        ("（一）产业集聚效应有待增强。",
         "部分合作区入区企业数量偏少、产业链条较短，主导产业不够突出，2025年有3家合作区新增入区企业"
         "不足5家，对国内产业“抱团出海”的承载作用发挥不够。"),
        ("（二）运营收益水平仍然偏低。",
         "部分合作区前期基础设施投入大、回收周期长，土地销售和厂房租赁收入增长乏力，个别合作区连续两年"
         "经营亏损，可持续发展能力不足。"),
        ("（三）风险防控能力亟需提升。",
         "受所在国政局变化、汇率大幅波动、劳工政策调整等因素影响，部分合作区合规经营和安全风险管理体系"
         "不健全，应急处置预案缺乏针对性。"),
        ("（四）信息报送不够及时准确。",
         "个别实施企业未按要求通过“走出去”公共服务平台按季度报送运营数据，部分数据与实际情况存在出入，"
         "影响考核评价的客观性。"),
    ]
    for h, b in items:
        runin(doc, h, b)
        clauses.append(h + b)

    heading1(doc, "三、下一步工作")
    items = [
        ("（一）强化分类指导。",
         "对考核等次为优秀的合作区，在省级商务发展专项资金安排、项目推介、金融对接等方面予以优先支持；"
         "对考核等次为合格的合作区，由所在地市商务局督促实施企业制定提升方案；对考核等次为不合格的"
         "合作区，予以通报并限期整改，整改期为一年。"),
        ("（二）推动提质增效。",
         "各市商务局要指导合作区聚焦主导产业开展精准招商，推动合作区与我省开发区、产业集群建立结对合作"
         "机制，积极利用中欧班列（义乌）、“甬新欧”班列和跨境电商海外仓等渠道，提升合作区对我省外贸"
         "外资的带动作用。"),
        ("（三）健全风险防控。",
         "各实施企业要落实境外安全风险防范主体责任，完善合规管理制度，定期开展安全风险评估和应急演练。"
         "各市商务局要加强对合作区的日常监测，重大情况及时报告。"),
        ("（四）做好数据报送。",
         "各实施企业要于每季度结束后15日内报送合作区运营数据，于2027年1月31日前将2026年度自评报告"
         "报所在地市商务局，各市商务局审核后于2027年2月28日前报送省商务厅。"),
    ]
    for h, b in items:
        runin(doc, h, b)
        clauses.append(h + b)

    contact = "联系人：省商务厅对外投资和经济合作处  陈思远，电话：0571-87051623。"
    para(doc, contact)
    clauses.append(contact)

    empty(doc, 1)
    para(doc, "附件：2025年度浙江省境外经贸合作区考核指标体系", first=32)
    empty(doc, 3)
    # 落款 aligned with manual spaces
    para(doc, "                                  浙江省商务厅", WD_ALIGN_PARAGRAPH.LEFT, 0)
    para(doc, "                                 2026年3月12日", WD_ALIGN_PARAGRAPH.LEFT, 0)
    empty(doc, 1)
    para(doc, "（此件公开发布）")

    page_break(doc)
    para(doc, [("附件", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, 0)
    empty(doc, 1)
    para(doc, [("2025年度浙江省境外经贸合作区考核指标体系", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, 0, 36)
    empty(doc, 1)
    header2 = ["指标", "权重", "评分方法"]
    rows2 = [
        ["建设进展", "20%", "根据年度新增基础设施投资、新建标准厂房面积及建设计划完成率评分。"],
        ["入区企业与产业集聚", "25%",
         "根据入区企业数量、中资企业占比、主导产业集中度评分，新增入区企业10家以上得满分。"],
        ["经济效益", "20%", "根据合作区年度总产值、上缴东道国税费、实施企业营业收入及利润水平评分。"],
        ["服务功能", "15%",
         "根据“一站式”服务体系建设、为入区企业提供政策咨询、融资对接、物流通关等服务情况评分。"],
        ["合规经营与风险防控", "10%",
         "根据合规管理制度建设、安全风险评估、应急处置情况评分；发生重大安全生产事故或严重违规行为的，"
         "本项不得分。"],
        ["社会责任与品牌影响", "10%",
         "根据当地就业人数、员工本地化率、公益活动开展及国内外主流媒体报道情况评分。"],
        ["合计", "100%", "—"],
    ]
    grid_table(doc, header2, rows2, [4.0, 1.8, 10.0],
               [WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.CENTER,
                WD_ALIGN_PARAGRAPH.LEFT], 12)
    clauses += [row_clause(header2, r) for r in rows2]

    banji(doc,
          "抄送：商务部对外投资和经济合作司，省发展改革委，省财政厅，中国出口信用保险公司浙江分公司。",
          "浙江省商务厅办公室", "2026年3月13日印发")

    meta = {
        "title": "浙江省商务厅关于公布2025年度浙江省境外经贸合作区考核结果的通知",
        "doc_number": "浙商务〔2026〕18号",
        "issuer": ["浙江省商务厅"],
        "date": "2026-03-12",
        "published": None,
        "level": "provincial",
        "region": "浙江省",
        "effective": None,
        "expires": None,
        "attachments": ["2025年度浙江省境外经贸合作区考核指标体系"],
        "doc_type": "通知",
        "recipients": ["各市商务局", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


# ============================================================ document 2
def make_jiangsu():
    stem = "blind535_jiangsu_tongzhi"
    doc = new_doc()
    clauses = []
    page_number_footer(doc, "dash")
    num_id = add_decimal_numbering(doc)

    empty(doc, 1)
    # joint masthead laid out with a borderless table
    lt = doc.add_table(rows=2, cols=2)
    no_borders(lt)
    lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(lt.cell(0, 0), "江苏省商务厅", XBS, 30, False,
              WD_ALIGN_PARAGRAPH.DISTRIBUTE, 40)
    cell_text(lt.cell(1, 0), "江苏省财政厅", XBS, 30, False,
              WD_ALIGN_PARAGRAPH.DISTRIBUTE, 40)
    m = lt.cell(0, 1).merge(lt.cell(1, 1))
    cell_text(m, "文件", XBS, 36, False, WD_ALIGN_PARAGRAPH.CENTER, 80)
    tcpr = m._tc.get_or_add_tcPr()
    va = OxmlElement("w:vAlign")
    va.set(qn("w:val"), "center")
    tcpr.append(va)
    set_widths(lt, [10.5, 4.0])
    for row in lt.rows:
        for c in row.cells:
            for p in c.paragraphs:
                for r in p.runs:
                    r.font.color.rgb = RED
    empty(doc, 1)
    docnum_line(doc, "苏商合〔2026〕45号")
    empty(doc, 1)
    # title typed as two separate paragraphs
    para(doc, [("江苏省商务厅 江苏省财政厅关于2025年度", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, 0, 36)
    para(doc, [("省级境外经贸合作区考核结果的通知", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, 0, 36)
    empty(doc, 1)
    para(doc, "各设区市商务局、财政局，有关实施企业：", WD_ALIGN_PARAGRAPH.LEFT, 0)

    t = ("根据《江苏省省级境外经贸合作区认定和考核管理办法》（苏商规〔2024〕3号）和《关于开展2025年度"
         "省级境外经贸合作区考核工作的通知》（苏商合函〔2025〕612号）要求，省商务厅、省财政厅委托第三方"
         "机构，对全省10家省级境外经贸合作区2025年度建设运营情况进行了考核。现将考核结果通知如下：")
    para(doc, t)
    clauses.append(t)

    heading1(doc, "一、考核结果")
    t = ("经实施企业自评、设区市初审、第三方机构实地核查（含视频连线核查）和专家综合评议，2025年度"
         "考核优秀的合作区3家、良好4家、合格2家、基本合格1家。考核结果详见表1。")
    para(doc, t)
    clauses.append(t)

    para(doc, [("表1  2025年度江苏省省级境外经贸合作区考核结果", HT, 14, False)],
         WD_ALIGN_PARAGRAPH.CENTER, 0, 28)
    header = ["序号", "合作区名称", "所在国家", "实施企业", "考核等次"]
    rows = [
        ["1", "柬埔寨磅湛江苏农业产业园", "柬埔寨", "无锡金穗农业国际发展有限公司", "优秀"],
        ["2", "埃塞俄比亚德雷达瓦江苏工业园", "埃塞俄比亚", "江苏东非实业投资集团有限公司", "优秀"],
        ["3", "中阿（联酋）江苏新材料产业园", "阿联酋", "江苏海湾产能合作投资有限公司", "优秀"],
        ["4", "坦桑尼亚巴加莫约江苏经贸合作区", "坦桑尼亚", "常州瑞丰海外投资有限公司", "良好"],
        ["5", "哈萨克斯坦阿拉木图江苏物流园", "哈萨克斯坦", "连云港中亚班列物流有限公司", "良好"],
        ["6", "马来西亚巴生江苏光伏产业园", "马来西亚", "苏州阳光新能源海外控股有限公司", "良好"],
        ["7", "格鲁吉亚库塔伊西江苏工业园", "格鲁吉亚", "南通华格国际投资有限公司", "良好"],
        ["8", "肯尼亚蒙巴萨江苏纺织服装园", "肯尼亚", "泰州东非纺织有限公司", "合格"],
        ["9", "巴西圣保罗江苏机电产业园", "巴西", "徐州拉美工程机械投资有限公司", "合格"],
        ["10", "白俄罗斯明斯克江苏商贸中心", "白俄罗斯", "扬州欧亚商贸发展有限公司", "基本合格"],
    ]
    grid_table(doc, header, rows, [1.2, 5.0, 2.4, 4.8, 2.2],
               [WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT,
                WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT,
                WD_ALIGN_PARAGRAPH.CENTER], 12)
    clauses += [row_clause(header, r) for r in rows]

    # "注：" on a line of its own, notes below it
    para(doc, [("注：", HT, 14, False)], WD_ALIGN_PARAGRAPH.LEFT, 0, 24)
    notes = [
        "1.考核结果按综合得分确定：90分及以上为优秀，80分（含）至90分为良好，70分（含）至80分为合格，"
        "60分（含）至70分为基本合格，60分以下为不合格。",
        "2.表中合作区按考核等次排列，同一等次内不分先后。",
        "3.“所在国家”一栏中“阿联酋”为阿拉伯联合酋长国简称。",
    ]
    for n in notes:
        para(doc, [(n, FS, 14, False)], first=28, line=24)
    clauses += notes

    heading1(doc, "二、存在问题")
    t = "考核发现，部分合作区在建设运营中仍存在以下问题："
    para(doc, t)
    clauses.append(t)
    probs = [
        ("招商引资进展缓慢。",
         "受全球产业链调整和东道国营商环境变化影响，个别合作区全年新增入区企业不足3家，厂房空置率超过40%。"),
        ("产业定位不够清晰。",
         "部分合作区入区企业行业分布分散，未形成主导产业和上下游配套，与国内产业转移和国际产能合作需求"
         "衔接不紧。"),
        ("配套服务能力不足。",
         "部分合作区在法律咨询、融资担保、人力资源、通关物流等方面服务功能薄弱，入区企业获得感不强。"),
        ("安全管理存在短板。",
         "个别合作区未建立境外安全风险评估制度，未按规定投保海外投资保险，安全生产和应急物资储备不足。"),
    ]
    for i, (h, b) in enumerate(probs, 1):
        p = para(doc, [(h, FS, 16, True), (b, FS, 16, False)])
        apply_num(p, num_id)  # Word automatic numbering 1. 2. 3. 4.
        clauses.append(f"{i}.{h}{b}")

    heading1(doc, "三、下一步工作")
    items = [
        ("（一）落实奖惩措施。",
         "对考核优秀的合作区，省财政在省级商务发展专项资金中给予每家不超过300万元的奖励；对考核良好的"
         "合作区，给予每家不超过150万元的奖励。对考核基本合格的合作区，暂停其享受省级专项资金支持1年，"
         "并限期6个月完成整改；连续两年考核不合格或基本合格的，撤销其省级境外经贸合作区称号。"),
        ("（二）加快资金拨付。",
         "各设区市财政局要会同商务局，在收到省级资金后30日内将奖励资金拨付至实施企业，不得截留、挪用。"
         "资金主要用于合作区基础设施建设、公共服务平台运营和入区企业服务等支出。"),
        ("（三）压实各方责任。",
         "各设区市商务局要切实履行属地管理职责，加强对合作区建设运营的跟踪指导。各实施企业要对照考核中"
         "发现的问题，于2026年6月30日前向所在设区市商务局报送整改报告（提纲见附件2），抄送省商务厅"
         "对外投资和经济合作处。"),
        ("（四）深化开放合作。",
         "各地要结合中欧班列（连云港、南京、苏州）、中哈（连云港）物流合作基地和跨境电子商务综合试验区"
         "建设，支持合作区拓展国际物流、海外仓和贸易服务功能，推动合作区成为我省企业参与高质量共建"
         "“一带一路”的重要平台。"),
    ]
    for h, b in items:
        runin(doc, h, b)
        clauses.append(h + b)

    empty(doc, 1)
    para(doc, "附件：1.2025年度江苏省省级境外经贸合作区考核指标体系", first=32)
    para(doc, "　　　　　2.境外经贸合作区整改报告提纲", first=32)
    empty(doc, 3)
    # joint 落款 in one paragraph, spaced with full-width blanks
    para(doc, "　　江苏省商务厅　　　　　　　　江苏省财政厅", WD_ALIGN_PARAGRAPH.LEFT, 0)
    empty(doc, 1)
    para(doc, "二〇二六年四月三日", WD_ALIGN_PARAGRAPH.RIGHT, 0).paragraph_format.right_indent = Pt(64)
    empty(doc, 1)
    para(doc, "（此件公开发布）")

    page_break(doc)
    para(doc, [("附件1", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, 0)
    empty(doc, 1)
    para(doc, [("2025年度江苏省省级境外经贸合作区考核指标体系", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, 0, 36)
    empty(doc, 1)
    header2 = ["序号", "指标", "权重", "评分方法"]
    rows2 = [
        ["1", "投资建设", "25%",
         ["年度新增投资额达到5000万美元的得满分；", "未达到的按比例折算得分。"]],
        ["2", "招商引资", "25%",
         ["入区企业数量达到20家（含）以上的得15分，每少1家扣0.5分；",
          "年度新增入区企业5家以上的得10分。"]],
        ["3", "运营效益", "20%", "根据合作区年度总产值、进出口额及实施企业盈利状况综合评分。"],
        ["4", "公共服务", "15%",
         "根据合作区管理机构设置、“一站式”服务平台运行及入区企业满意度调查结果评分。"],
        ["5", "安全合规", "10%",
         ["建立境外安全风险评估和应急处置制度的得5分；",
          "按规定投保海外投资保险的得5分；发生重大安全事故的本项不得分。"]],
        ["6", "社会贡献", "5%", "根据当地员工雇佣人数、本地化率及履行社会责任情况评分。"],
    ]
    grid_table(doc, header2, rows2, [1.2, 2.8, 1.8, 9.8],
               [WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.CENTER,
                WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT], 12)
    clauses += [row_clause(header2, r) for r in rows2]
    n = "注：各项指标得分按权重折算后加总为综合得分，满分100分。"
    para(doc, [(n, FS, 14, False)], first=0, line=24)
    clauses.append(n)

    page_break(doc)
    para(doc, [("附件2", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, 0)
    empty(doc, 1)
    para(doc, [("境外经贸合作区整改报告提纲", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, 0, 36)
    empty(doc, 1)
    outline = [
        ("一、合作区基本情况。", "包括合作区规划面积、已开发面积、入区企业数量、累计投资额等。"),
        ("二、考核发现问题及原因分析。", "逐项列明考核中发现的问题，深入分析主客观原因。"),
        ("三、整改措施及时限。", "针对每项问题提出具体整改措施、责任人和完成时限。"),
        ("四、需协调解决的事项。", "列明需省商务厅、省财政厅及驻外使领馆协调解决的困难和问题。"),
    ]
    for h, b in outline:
        para(doc, [(h, HT, 16, False), (b, FS, 16, False)])
        clauses.append(h + b)

    banji(doc,
          "抄送：商务部对外投资和经济合作司，中国驻有关国家使（领）馆经济商务处，省审计厅。",
          "江苏省商务厅办公室", "2026年4月7日印发")

    meta = {
        "title": "江苏省商务厅 江苏省财政厅关于2025年度省级境外经贸合作区考核结果的通知",
        "doc_number": "苏商合〔2026〕45号",
        "issuer": ["江苏省商务厅", "江苏省财政厅"],
        "date": "2026-04-03",
        "published": None,
        "level": "provincial",
        "region": "江苏省",
        "effective": None,
        "expires": None,
        "attachments": ["2025年度江苏省省级境外经贸合作区考核指标体系",
                        "境外经贸合作区整改报告提纲"],
        "doc_type": "通知",
        "recipients": ["各设区市商务局、财政局", "有关实施企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


# ============================================================ document 3
def make_guangxi():
    stem = "blind535_guangxi_tongzhi"
    doc = new_doc()
    clauses = []
    page_number_footer(doc, "hyphen")

    empty(doc, 1)
    red_masthead(doc, "广西壮族自治区商务厅文件", 30)
    empty(doc, 1)
    docnum_line(doc, "桂商务发〔2026〕9号")
    empty(doc, 1)
    para(doc, [("广西壮族自治区商务厅关于2025年度\n自治区级境外经贸合作区考核结果的通知",
                XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, 0, 36)
    empty(doc, 1)
    para(doc, "各设区市商务局，自治区级境外经贸合作区各实施企业：", WD_ALIGN_PARAGRAPH.LEFT, 0)

    t = ("为推动我区境外经贸合作区高质量发展，更好服务面向东盟的开放合作和中国—东盟自由贸易区3.0版"
         "建设，根据《广西壮族自治区境外经贸合作区考核评价办法》（桂商务规〔2023〕5号），自治区商务厅"
         "于2026年1月至3月组织开展了2025年度自治区级境外经贸合作区（以下简称合作区）考核。现将有关"
         "情况通知如下。")
    para(doc, t)
    clauses.append(t)

    # level-1 headings typed as bold runs in an ordinary paragraph
    para(doc, [("一、考核结果", FS, 16, True)])
    t = ("本次考核共涉及合作区8家。经综合评定，考核等次为优秀的2家，良好的3家，合格的2家，不合格的1家。"
         "具体结果如下表：")
    para(doc, t)
    clauses.append(t)

    header = ["序号", "合作区名称", "所在国家", "实施企业", "考核等次"]
    rows = [
        ["1", "中国·越南（海防）桂越经贸合作区", "越南", "广西桂越产业投资有限公司", "优秀"],
        ["2", "中国·印度尼西亚（巴淡）广西产业园", "印度尼西亚", "广西南洋产能合作发展有限公司", "优秀"],
        ["3", "马来西亚柔佛桂马数字经济产业园", "马来西亚", "南宁云桥数字科技有限公司", "良好"],
        ["4", "柬埔寨暹粒广西农业合作园", "柬埔寨", "广西丰垦海外农业发展有限公司", "良好"],
        ["5", "老挝万象桂老物流园", "老挝", "凭祥友谊关国际物流有限公司", "良好"],
        ["6", "泰国罗勇广西汽车零部件产业园", "泰国", "柳州桂泰汽车配件投资有限公司", "合格"],
        ["7", "缅甸曼德勒广西糖业加工园", "缅甸", "崇左南糖国际投资有限公司", "合格"],
        ["8", "文莱摩拉广西渔业产业园", "文莱", "北海海桂渔业发展有限公司", "不合格"],
    ]
    widths = [1.2, 5.0, 2.2, 5.0, 2.2]
    aligns = [WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT,
              WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT,
              WD_ALIGN_PARAGRAPH.CENTER]
    # the table was pasted in two pieces: rows 1-5, a "续表" label, rows 6-8
    grid_table(doc, header, rows[:5], widths, aligns, 12, header_repeat=False)
    para(doc, [("续表", HT, 12, False)], WD_ALIGN_PARAGRAPH.LEFT, 0, 22)
    grid_table(doc, header, rows[5:], widths, aligns, 12, header_repeat=False)
    clauses += [row_clause(header, r) for r in rows]

    n1 = ("注：1．考核等次根据综合得分确定，90分以上为优秀，75—89分为良好，60—74分为合格，"
          "60分以下为不合格。")
    n2 = "2．考核等次为不合格的合作区，自治区商务厅将暂停其申报年度专项资金资格。"
    para(doc, [(n1, FS, 14, False)], first=0, line=24)
    para(doc, [(n2, FS, 14, False)], first=0, line=24, left=28)
    clauses += [n1, n2]

    para(doc, [("二、存在问题", FS, 16, True)])
    t = "从考核情况看，合作区建设总体保持平稳，但与高质量共建“一带一路”的要求相比，还存在一些差距。"
    para(doc, t)
    clauses.append(t)
    # (一)/(二) sub-headings standing alone on their own lines
    para(doc, [("（一）建设运营方面", KT, 16, False)])
    for s in ["1．部分合作区开发建设进度滞后，年度投资计划完成率不足60%，基础设施配套不完善，影响企业入驻。",
              "2．部分合作区主导产业不突出，入区企业以贸易类企业为主，生产制造类企业占比偏低，对国内产业链"
              "供应链的带动作用有限。"]:
        para(doc, s)
        clauses.append(s)
    para(doc, [("（二）管理服务方面", KT, 16, False)])
    for s in ["1．个别实施企业对合作区管理重视不够，未设立专门管理机构，专职管理服务人员不足5人。",
              "2．部分合作区数据统计基础薄弱，报送的投资额、产值等数据与核查情况存在较大差异。"]:
        para(doc, s)
        clauses.append(s)

    para(doc, [("三、下一步工作", FS, 16, True)])
    h = "（一）加强政策支持。"
    b = ("对考核等次为优秀、良好的合作区，自治区商务厅在申报国家级境外经贸合作区、争取中央外经贸发展"
         "专项资金等方面予以优先推荐，并按照有关规定给予资金支持：")
    runin(doc, h, b)
    clauses.append(h + b)
    for s in ["1．考核等次为优秀的，给予不超过200万元的资金支持；",
              "2．考核等次为良好的，给予不超过100万元的资金支持；",
              "3．考核等次为合格的，不予资金支持，由所在设区市商务局进行约谈提醒。"]:
        para(doc, s)
        clauses.append(s)
    h = "（二）督促问题整改。"
    b = ("对考核等次为不合格的合作区，实施企业要在2026年7月31日前完成整改，整改情况经所在设区市"
         "商务局审核后报自治区商务厅。整改期间：")
    runin(doc, h, b)
    clauses.append(h + b)
    for s in ["（1）暂停该合作区申报各级财政专项资金；",
              "（2）暂停使用“广西壮族自治区境外经贸合作区”名称开展招商推介活动；",
              "（3）整改后经复核仍不合格的，撤销其自治区级境外经贸合作区资格。"]:
        para(doc, s)
        clauses.append(s)
    h = "（三）完善考核机制。"
    b = ("自2026年度考核起，合作区考核按照本通知附件所列考核指标体系执行，《广西壮族自治区境外经贸"
         "合作区考核指标体系（2022年版）》同时废止。")
    runin(doc, h, b)
    clauses.append(h + b)
    h = "（四）服务开放合作大局。"
    b = ("各设区市商务局要引导合作区与中国（广西）自由贸易试验区、中国—东盟跨境电商产业园区和综合保税区"
         "加强联动，依托西部陆海新通道和中越跨境班列，拓展合作区物流、贸易和跨境电商服务功能。")
    runin(doc, h, b)
    clauses.append(h + b)

    empty(doc, 1)
    para(doc, "附件：2026年度广西壮族自治区境外经贸合作区考核指标体系", first=32)
    empty(doc, 2)
    # 落款 placed with a borderless layout table
    lt = doc.add_table(rows=2, cols=2)
    no_borders(lt)
    cell_text(lt.cell(0, 1), "广西壮族自治区商务厅", FS, 16, False,
              WD_ALIGN_PARAGRAPH.CENTER, 28)
    cell_text(lt.cell(1, 1), "2026年4月20日", FS, 16, False,
              WD_ALIGN_PARAGRAPH.CENTER, 28)
    set_widths(lt, [8.0, 7.6])
    empty(doc, 1)
    para(doc, "（此件公开发布）")

    page_break(doc)
    para(doc, [("附件", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, 0)
    empty(doc, 1)
    para(doc, [("2026年度广西壮族自治区境外经贸合作区\n考核指标体系", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, 0, 36)
    empty(doc, 1)
    header2 = ["指标", "权重", "评分方法"]
    rows2 = [
        ["开发建设", "20%", "（1）年度基础设施投资完成率（10分）；（2）已开发面积占规划面积比例（10分）。"],
        ["招商引资与产业集聚", "20%", "（1）入区企业数量及年度新增数（10分）；（2）主导产业企业占比（10分）。"],
        ["经济效益", "15%", "根据合作区年度总产值、实施企业营业收入和上缴东道国税费综合评分。"],
        ["对东盟贸易与跨境物流带动", "15%",
         "根据合作区带动我区对东盟进出口额、经西部陆海新通道及中越跨境班列的货运量评分。"],
        ["公共服务与园区管理", "10%", "根据管理机构设置、服务平台运行和入区企业满意度评分。"],
        ["安全合规", "10%", "发生重大安全生产事故、严重违法违规或被东道国处罚的，本项不得分。"],
        ["社会责任", "10%", "根据当地雇员人数、员工本地化率及公益活动开展情况评分。"],
    ]
    grid_table(doc, header2, rows2, [4.2, 1.8, 9.6],
               [WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.CENTER,
                WD_ALIGN_PARAGRAPH.LEFT], 12)
    clauses += [row_clause(header2, r) for r in rows2]

    banji(doc,
          "抄送：商务部对外投资和经济合作司，自治区发展改革委、财政厅、外事办，中国出口信用保险公司广西分公司。",
          "广西壮族自治区商务厅办公室", "2026年4月21日印发")

    meta = {
        "title": "广西壮族自治区商务厅关于2025年度自治区级境外经贸合作区考核结果的通知",
        "doc_number": "桂商务发〔2026〕9号",
        "issuer": ["广西壮族自治区商务厅"],
        "date": "2026-04-20",
        "published": None,
        "level": "provincial",
        "region": "广西壮族自治区",
        "effective": None,
        "expires": None,
        "attachments": ["2026年度广西壮族自治区境外经贸合作区考核指标体系"],
        "doc_type": "通知",
        "recipients": ["各设区市商务局", "自治区级境外经贸合作区各实施企业"],
        "publicity": "此件公开发布",
        "repeals": "广西壮族自治区境外经贸合作区考核指标体系（2022年版）",
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


# ================================================================== main
def main():
    expected = {}
    for maker in (make_zhejiang, make_jiangsu, make_guangxi):
        stem, doc, objs = maker()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = objs
        subprocess.run(
            ["soffice", "-env:UserInstallation=file:///tmp/lo_535", "--headless",
             "--convert-to", "pdf", "--outdir", HERE, path],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            timeout=240)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
