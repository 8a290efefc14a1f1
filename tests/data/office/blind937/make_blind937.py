# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 937: 县级市与境外城市建立友好交流关系的请示 + 省外办复函（两份文件同在一个文件中）.

Writes blind937_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
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
CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT
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
    """runs: plain str, or list of (text, font, size, bold[, color])."""
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
    fmt(p, indent=False, line=12)


def char_spacing(run, twips):
    rpr = run._element.get_or_add_rPr()
    rpr.append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), twips)))


def _field_runs(p, instr, size, name=SONG):
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), name, size)
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


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
    fp.alignment = CENTER
    if footer_style == "dash":       # — 1 —
        font(fp.add_run("— "), SONG, 14)
        _field_runs(fp, "PAGE", 14)
        font(fp.add_run(" —"), SONG, 14)
    else:                            # - 1 -  (website-export style)
        font(fp.add_run("- "), SONG, 10.5)
        _field_runs(fp, "PAGE", 10.5)
        font(fp.add_run(" -"), SONG, 10.5)


def restart_numbering(section, start=1):
    sp = section._sectPr
    pg = sp.find(qn("w:pgNumType"))
    if pg is None:
        pg = parse_xml('<w:pgNumType %s/>' % nsdecls("w"))
        sp.append(pg)
    pg.set(qn("w:start"), str(start))


def set_cell(cell, text, name=FS, size=12, bold=False, align=CENTER, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    for col, w in zip(table.columns, widths_cm):
        col.width = Cm(w)
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def data_table(doc, header, rows, clauses, widths=None, left_cols=(), repeat=False):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    if repeat:
        repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        no_split(t.rows[ri])
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12,
                     align=LEFT if ci in left_cols else CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        col_widths(t, widths)
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
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)   # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_937", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_next_abs = [700]


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
        '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/></w:rPr></w:lvl>'
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


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# =================================================================== FILE A
def file_jinjiang():
    """晋江市人民政府请示（文件式红头，附件两份含续表）+ 福建省外办复函（信函式，另起一节页码重排）."""
    stem = "blind937_jinjiang"
    doc = Document()
    setup(doc)
    c1 = []

    # ---- 请示 -------------------------------------------------------------
    empty(doc, 1)
    p = add_par(doc, [("晋江市人民政府文件", XBS, 36, False, RED)],
                align=CENTER, indent=False, line=56, before=18)
    empty(doc, 2)
    p = add_par(doc, [("晋政文〔2025〕217号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("王明辉", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)
    add_par(doc, [("晋江市人民政府关于与马来西亚诗巫市建立", XBS, 22, False)],
            align=CENTER, indent=False, line=36)
    add_par(doc, [("友好交流关系的请示", XBS, 22, False)],
            align=CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "福建省人民政府外事办公室：", indent=False)

    def body(t):
        c1.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=KT, bold=True):
        c1.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("为深入贯彻落实党中央关于加强地方对外交往工作的决策部署，服务共建“一带一路”和21世纪海上丝绸之路核心区建设，进一步拓展我市对外开放空间，经与马来西亚砂拉越州诗巫市多轮沟通协商，双方拟建立友好交流关系。经泉州市人民政府同意，现将有关事项请示如下：")
    head("一、诗巫市基本情况")
    body("诗巫市位于马来西亚砂拉越州中部，地处拉让江与伊干江交汇处，是砂拉越州第三大城市和重要的内河港口城市，面积约129.5平方公里，人口约28.6万人，其中华人约占六成，祖籍闽南地区的华人占相当比例。诗巫市经济以木材加工、棕榈油、造船、商贸物流为主，2024年地区生产总值约合人民币236亿元。诗巫市议会现任主席为黄国兴先生。")
    head("二、双方交往基础")
    body("我市与诗巫市人缘相亲、商缘相通，交往历史悠久。近年来，双方交往日益密切：")
    runin("（一）人文交流持续深化。", "2023年以来，诗巫市先后派出友好访问团、乡团联谊团、青少年研学团等7批次来晋访问，我市侨联、文旅、商务等部门6批次组团赴诗巫开展“晋江文化周”“海丝侨乡行”等活动，参与人员累计超过300人次。")
    runin("（二）经贸往来不断扩大。", "我市鞋服、食品、建材企业在诗巫设立销售网点和仓储中心12个。2024年，我市对马来西亚进出口额达到48.7亿元，同比增长11.2%，其中与砂拉越州的贸易额约占两成。")
    runin("（三）合作意愿强烈。", "2025年9月，诗巫市议会主席黄国兴率团来晋参加中国（晋江）国际鞋业博览会，与我市主要领导会谈，双方表达了建立友好交流关系的共同意愿，并就合作意向书文本基本达成一致。")
    head("三、建立友好交流关系的主要内容")
    body("双方拟本着平等互利、优势互补、共同发展的原则，在以下领域开展交流合作：")
    body("1．经贸领域。推动双方商协会建立常态化联络机制，支持我市企业依托中国（福建）自由贸易试验区和“丝路海运”航线拓展东盟市场，共同举办经贸推介和产品展销活动。")
    body("2．人文领域。加强侨务、文化、旅游、体育等领域交流，支持两地华文学校、职业院校开展师生互访和联合培训。")
    body("3．城市管理领域。围绕港口物流、城市规划、生态环境保护等开展经验交流，互派干部考察学习。")
    head("四、有关说明")
    body("马来西亚与我国关系友好，诗巫市政局稳定、社会安定，该市议会及主要官员支持一个中国政策，无涉及我国核心利益的不当言行。建立友好交流关系不涉及资金承诺，相关交往经费在我市年度外事经费中统筹安排。")
    body("如获同意，我市将按照外事管理有关规定，与诗巫市签署建立友好交流关系意向书，并认真做好后续交流合作工作。")
    add_par(doc, "妥否，请批示。")
    empty(doc, 1)
    # 附件 list, second line aligned with typed full-width spaces
    add_par(doc, "附件：1．诗巫市基本情况")
    add_par(doc, "\u3000\u3000\u3000\u30002．晋江市与诗巫市交往情况一览表", indent=True)
    empty(doc, 1)
    # 落款 pushed right with half-width spaces
    add_par(doc, " " * 38 + "晋江市人民政府", indent=False)
    add_par(doc, " " * 37 + "2025年11月18日", indent=False)
    add_par(doc, "（联系人：陈晓岚，联系电话：0595-85682317）")

    # 附件1 on its own page
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("诗巫市基本情况", XBS, 22, False)], align=CENTER, indent=False, line=36)
    empty(doc, 1)
    runin("一、地理与人口。", "诗巫市位于马来西亚东部砂拉越州中部，距州首府古晋约190公里（直线距离），属热带雨林气候，年平均气温约27摄氏度。全市人口约28.6万人，以华人、伊班族、马来族为主。", HT, False)
    runin("二、经济概况。", "诗巫市是砂拉越州中部区域的商业和金融中心，木材加工和造船业历史悠久，近年来大力发展棕榈油加工、食品加工和商贸物流。诗巫港可停靠5000吨级货轮，经拉让江与南中国海相通。", HT, False)
    runin("三、对外交往。", "诗巫市重视发展与中国地方的交往，目前已与我国1个城市建立友好交流关系，与福建、广东等地的侨乡社团保持密切联系。", HT, False)
    runin("四、政治态度。", "诗巫市议会及主要官员对华友好，支持马来西亚政府奉行的一个中国政策。", HT, False)

    # 附件2: table split by hand with 续表
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("晋江市与诗巫市交往情况一览表", XBS, 22, False)],
            align=CENTER, indent=False, line=36, before=6)
    add_par(doc, [("（2023年1月—2025年10月）", KT, 14, False)], align=CENTER, indent=False,
            after=6)
    hdr = ["序号", "时间", "类别", "主要内容", "人数"]
    rows = [
        ["1", "2023年3月", "来访", "诗巫晋江公会寻根访问团来晋开展寻根谒祖和侨乡考察活动", "38"],
        ["2", "2023年6月", "出访", "市侨联组团赴诗巫出席砂拉越福建社团联合会成立纪念活动", "6"],
        ["3", "2023年11月", "来访", "诗巫中华商会经贸考察团考察我市鞋服、食品产业", "22"],
        ["4", "2024年2月", "出访", "市文旅局组团赴诗巫举办“晋江文化周”活动", "35"],
        ["5", "2024年5月", "来访", "诗巫华文独立中学师生研学团来晋开展研学活动", "45"],
        ["6", "2024年8月", "出访", "市商务局组织企业赴诗巫参加砂拉越中区商品展销会", "18"],
        ["7", "2024年10月", "来访", "诗巫市议会代表团出席世界晋江同乡恳亲大会", "12"],
        ["8", "2024年12月", "线上", "两市商协会举办“晋江—诗巫”跨境电商线上对接会", "60"],
        ["9", "2025年3月", "出访", "市侨联、市教育局组团赴诗巫开展“海丝侨乡行”活动", "8"],
        ["10", "2025年4月", "来访", "诗巫卫生局医疗卫生考察团考察我市医疗机构", "10"],
        ["11", "2025年6月", "出访", "市工商联组织企业赴诗巫考察木材加工和港口物流", "15"],
        ["12", "2025年7月", "来访", "诗巫青少年“寻根之旅”夏令营来晋", "52"],
        ["13", "2025年9月", "来访", "诗巫市议会主席黄国兴率团参加中国（晋江）国际鞋业博览会并与我市主要领导会谈", "9"],
        ["14", "2025年10月", "出访", "市外办工作组赴诗巫就合作意向书文本进行磋商", "4"],
    ]
    widths = [1.3, 3.1, 1.4, 8.1, 1.5]
    t = data_table(doc, hdr, rows[:9], c1, widths, left_cols=(3,))
    for r in t.rows:
        r.height = Cm(1.8)
    page_break(doc)
    add_par(doc, [("续表", HT, 14, False)], indent=False, line=24)
    t = data_table(doc, hdr, rows[9:], c1, widths, left_cols=(3,))
    for r in t.rows:
        r.height = Cm(1.8)
    note = "注：人数为双方参加活动的主要人员数，不含随行工作人员。"
    c1.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    banji(doc, "抄送：泉州市人民政府外事办公室。", "晋江市人民政府办公室", "2025年11月18日印发")

    # ---- 复函 (new section, page numbers restart) --------------------------
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    restart_numbering(sec, 1)
    c2 = []
    p = add_par(doc, [("福建省人民政府外事办公室", XBS, 30, False, RED)],
                align=CENTER, indent=False, line=48, before=6)
    border(p, "bottom", "FF0000", 24, 6, val="thickThinSmallGap")
    p = add_par(doc, "闽外办函〔2025〕346号", align=RIGHT, indent=False, before=8)
    p.paragraph_format.right_indent = Pt(16)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("福建省人民政府外事办公室关于同意晋江市"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("与马来西亚诗巫市建立友好交流关系的复函"), XBS, 22)
    fmt(p, align=CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "晋江市人民政府：", indent=False)

    def body2(t):
        c2.append(t)
        add_par(doc, t)

    body2("你市《关于与马来西亚诗巫市建立友好交流关系的请示》（晋政文〔2025〕217号）收悉。经研究，现函复如下：")
    body2("一、同意你市与马来西亚砂拉越州诗巫市建立友好交流关系。请按照外事管理有关规定，与对方商签建立友好交流关系意向书。意向书中文本须使用规范表述，签署前请将文本报我办备案。")
    body2("二、请你市坚持服务国家总体外交，围绕共建“一带一路”和21世纪海上丝绸之路核心区建设，突出经贸、人文、侨务等重点领域，制定务实可行的年度交流计划，推动友好交流关系取得实效。")
    body2("三、请严格执行因公出国（境）管理和外事经费管理有关规定，加强对外交往中的安全保密和意识形态工作，交往中如遇重大敏感问题，请及时报告。")
    body2("四、请于每年1月31日前将上一年度双方交流合作情况报我办，同时抄送泉州市人民政府外事办公室。")
    add_par(doc, "特此函复。")
    empty(doc, 3)
    p = add_par(doc, "福建省人民政府外事办公室", align=RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2025年12月9日", align=RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(72)
    empty(doc, 1)
    add_par(doc, "（联系人：林静怡，电话：0591-87851063）")
    empty(doc, 3)
    p = add_par(doc, [("抄送：泉州市人民政府外事办公室。", FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 6, 4)
    border(p, "bottom", "000000", 6, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [
        {"meta": meta(
            title="晋江市人民政府关于与马来西亚诗巫市建立友好交流关系的请示",
            doc_number="晋政文〔2025〕217号",
            issuer=["晋江市人民政府"],
            date="2025-11-18",
            level="county",
            region="晋江市",
            attachments=["诗巫市基本情况", "晋江市与诗巫市交往情况一览表"],
            doc_type="请示",
            recipients=["福建省人民政府外事办公室"]),
         "clauses": c1},
        {"meta": meta(
            title="福建省人民政府外事办公室关于同意晋江市与马来西亚诗巫市建立友好交流关系的复函",
            doc_number="闽外办函〔2025〕346号",
            issuer=["福建省人民政府外事办公室"],
            date="2025-12-09",
            level="provincial",
            region="福建省",
            doc_type="函",
            recipients=["晋江市人民政府"]),
         "clauses": c2},
    ]
    return path


# =================================================================== FILE B
def file_kunshan():
    """昆山市人民政府请示（紧急，排版表格放文号/签发人，自动编号标题，双层表头+重复标题行）+ 江苏省外办复函."""
    stem = "blind937_kunshan"
    doc = Document()
    setup(doc)
    c1 = []
    n_head = make_numbering(doc, "%1、")

    add_par(doc, [("紧急", HT, 16, False)], indent=False)
    p = add_par(doc, [("昆山市人民政府", XBS, 44, False, RED)],
                align=CENTER, indent=False, line=60, before=20)
    char_spacing(p.runs[0], 60)
    empty(doc, 1)
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.rows[0].cells[0], "昆政请〔2026〕9号", FS, 16, align=LEFT, line=28)
    set_cell(t.rows[0].cells[1], "签发人：徐建峰", FS, 16, align=RIGHT, line=28)
    p = add_par(doc, "", indent=False, line=6)
    border(p, "bottom", "FF0000", 18, 1)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("昆山市人民政府关于与德国韦茨拉尔市建立"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("友好交流城市关系的请示"), XBS, 22)
    fmt(p, align=CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "江苏省人民政府外事办公室：", indent=False)

    def body(t):
        c1.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def runin(h, t):
        c1.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为深化中德地方合作，服务我市高水平对外开放和产业转型升级，经与德国黑森州韦茨拉尔市友好协商，双方拟建立友好交流城市关系。经苏州市人民政府外事办公室审核同意，现将有关情况请示如下：")
    head("拟结好城市概况")
    body("韦茨拉尔市位于德国中西部黑森州，地处法兰克福以北约60公里，面积75.7平方公里，人口约5.3万人，是黑森州拉恩—迪尔县首府。该市以光学、精密仪器和医疗器械产业闻名，拥有多家知名光学企业总部及研发中心，素有“光学之城”之称。现任市长为托马斯·克莱因（Thomas Klein）先生。")
    head("双方交流合作基础")
    body("近年来，我市与韦茨拉尔市在经贸、科技、教育等领域交流日益频繁。目前，已有7家韦茨拉尔市企业在昆山投资设厂，累计投资额2.6亿美元，主要集中在光学镜头、精密检测设备等领域；我市2家企业在韦茨拉尔市设立研发中心。2023—2025年双方交流往来情况见下表。")
    add_par(doc, [("2023—2025年昆山市与韦茨拉尔市交流往来情况", HT, 14, False)],
            align=CENTER, indent=False, line=26, before=6)
    p = add_par(doc, [("单位：个、人次", FS, 12, False)], align=RIGHT, indent=False, line=20)
    p.paragraph_format.right_indent = Pt(12)
    # two-level header
    t = doc.add_table(rows=6, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "年份", HT, 12)
    a = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(a, "主要交流领域", HT, 12)
    a = t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(a, "团组数", HT, 12)
    a = t.cell(0, 4).merge(t.cell(0, 5))
    set_cell(a, "人员规模", HT, 12)
    for i, h in enumerate(["来访", "出访", "来访", "出访"]):
        set_cell(t.cell(1, 2 + i), h, HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    keys = ["年份", "主要交流领域", "团组数／来访", "团组数／出访", "人员规模／来访", "人员规模／出访"]
    data = [
        ["2023年", "经贸、科技", "2", "1", "24", "8"],
        ["2024年", "经贸、教育、文化", "3", "2", "37", "15"],
        ["2025年", "经贸、科技、职业教育", "4", "3", "52", "21"],
        ["合计", "—", "9", "6", "113", "44"],
    ]
    for ri, row in enumerate(data, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        c1.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    col_widths(t, [2.2, 5.0, 2.0, 2.0, 2.2, 2.2])
    note = "注：数据来源于市外办因公出国（境）审批及来访接待登记台账。"
    c1.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    head("建立友好交流城市关系的必要性")
    runin("（一）有利于深化对德产业合作。", "昆山是全国重要的光电产业基地，与韦茨拉尔市产业契合度高。建立友好交流城市关系，有助于引进德国先进光学技术和高端人才，推动我市光电产业向价值链高端攀升。")
    runin("（二）有利于拓展“一带一路”合作空间。", "依托中欧班列（苏州）和昆山综合保税区，双方可在跨境物流、保税研发、检验检测等领域开展合作，为我市企业“走出去”搭建平台。")
    runin("（三）有利于促进人文交流。", "韦茨拉尔市职业教育体系完善，双方可在“双元制”职业教育、青少年交流等方面加强合作，增进两市人民友谊。")
    head("有关事项说明")
    body("韦茨拉尔市未与我国台湾地区建立任何形式的官方关系，该市主要官员对华友好，无涉及我国核心利益的不当言行。双方建立友好交流城市关系后，我市将统筹安排外事经费，不增加财政额外负担。")
    body("如获批准，拟于2026年5月第十四届昆山“中德企业合作交流周”期间举行签约仪式，由我市市长与韦茨拉尔市市长共同签署建立友好交流城市关系协议书。妥否，请批示。")
    empty(doc, 1)
    add_par(doc, "附件：韦茨拉尔市概况")
    empty(doc, 2)
    p = add_par(doc, "昆山市人民政府", align=RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(56)
    p = add_par(doc, "二〇二六年三月六日", align=RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(40)
    empty(doc, 1)
    add_par(doc, "（联系人：沈佳琪；联系电话：0512-57328906）")

    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("韦茨拉尔市概况", XBS, 22, False)], align=CENTER, indent=False, line=36)
    empty(doc, 1)
    data_table(doc, ["项目", "内容"], [
        ["行政区划", "德国黑森州拉恩—迪尔县首府"],
        ["面积", "75.7平方公里"],
        ["人口", "约5.3万人（2024年）"],
        ["主导产业", "光学、精密仪器、医疗器械、金属加工"],
        ["高等教育", "设有黑森中部应用技术大学韦茨拉尔校区"],
        ["国际友城", "已与欧洲6个城市建立友好城市关系，尚未与中国城市建立友好关系"],
        ["对华态度", "友好，支持开展对华地方合作"],
    ], c1, widths=[3.5, 11.5], left_cols=(1,))
    banji(doc, "抄送：苏州市人民政府外事办公室。", "昆山市人民政府办公室", "2026年3月6日印发")

    # ---- 复函 ------------------------------------------------------------------
    page_break(doc)
    c2 = []
    p = add_par(doc, [("江苏省人民政府外事办公室", XBS, 30, False, RED)],
                align=CENTER, indent=False, line=48)
    border(p, "bottom", "FF0000", 30, 4, val="double")
    empty(doc, 1)
    p = add_par(doc, "苏外办函〔2026〕58号", align=RIGHT, indent=False)
    empty(doc, 1)
    for line in ("江苏省人民政府外事办公室", "关于同意昆山市与德国韦茨拉尔市建立",
                 "友好交流城市关系的复函"):
        add_par(doc, [(line, XBS, 22, False)], align=CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "昆山市人民政府：", indent=False)

    def body2(t):
        c2.append(t)
        add_par(doc, t)

    body2("你市《关于与德国韦茨拉尔市建立友好交流城市关系的请示》（昆政请〔2026〕9号）收悉。经研究并报省人民政府同意，现函复如下：")
    body2("1.同意你市与德国黑森州韦茨拉尔市建立友好交流城市关系。")
    body2("2.协议书文本须经我办审核后方可签署。签署协议书时，请注意维护国家主权和领土完整，涉及地名、国名等表述须符合规范。")
    body2("3.请你市结合产业特点，重点在光电产业、先进制造、职业教育等领域深化务实合作，充分发挥友好交流城市在服务中德经贸合作和共建“一带一路”中的积极作用。")
    body2("4.签约出访团组须按照因公出国（境）管理规定另行报批，严格控制团组规模和在外天数。")
    add_par(doc, "此复。")
    empty(doc, 2)
    # 落款 with tab stops
    for txt in ("江苏省人民政府外事办公室", "2026年3月27日"):
        p = add_par(doc, [("\t", FS, 16, False), (txt, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(13.6), 1)   # center tab
    empty(doc, 1)
    add_par(doc, "（此件依申请公开）")
    empty(doc, 2)
    p = add_par(doc, [("抄送：苏州市人民政府外事办公室，省公安厅出入境管理局。", FS, 14, False)],
                indent=False, line=24)
    border(p, "top", "000000", 6, 4)
    border(p, "bottom", "000000", 6, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [
        {"meta": meta(
            title="昆山市人民政府关于与德国韦茨拉尔市建立友好交流城市关系的请示",
            doc_number="昆政请〔2026〕9号",
            issuer=["昆山市人民政府"],
            date="2026-03-06",
            level="county",
            region="昆山市",
            attachments=["韦茨拉尔市概况"],
            doc_type="请示",
            recipients=["江苏省人民政府外事办公室"]),
         "clauses": c1},
        {"meta": meta(
            title="江苏省人民政府外事办公室关于同意昆山市与德国韦茨拉尔市建立友好交流城市关系的复函",
            doc_number="苏外办函〔2026〕58号",
            issuer=["江苏省人民政府外事办公室"],
            date="2026-03-27",
            level="provincial",
            region="江苏省",
            doc_type="函",
            recipients=["昆山市人民政府"],
            publicity="此件依申请公开"),
         "clauses": c2},
    ]
    return path


# =================================================================== FILE C
def file_horgos():
    """网站公开版式：无红头，文号居中在标题下，空格缩进、半角标点混用、软回车分段、Tab对齐落款、中文数字日期."""
    stem = "blind937_huoerguosi"
    doc = Document()
    setup(doc, footer_style="hyphen")
    c1 = []
    SP4 = "    "   # clerk indents with four half-width spaces

    # title broken inside the city name (manual line break)
    p = doc.add_paragraph()
    font(p.add_run("霍尔果斯市人民政府关于与哈萨克斯坦共和国扎尔肯特"), XBS, 18)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("市建立友好交流关系的请示"), XBS, 18)
    fmt(p, align=CENTER, indent=False, line=34)
    add_par(doc, [("霍市政请〔2026〕3号", KT, 16, False)], align=CENTER, indent=False,
            before=6, after=12)
    add_par(doc, "新疆维吾尔自治区人民政府外事办公室：", indent=False)

    def body(t, ind=SP4):
        c1.append(t)
        add_par(doc, ind + t, indent=False)

    body("为深入贯彻落实党中央关于新疆工作的决策部署,推进丝绸之路经济带核心区建设,经伊犁哈萨克自治州人民政府外事办公室同意,我市拟与哈萨克斯坦共和国杰特苏州扎尔肯特市建立友好交流关系。现将有关情况请示如下:")
    t = "一、扎尔肯特市基本情况。扎尔肯特市位于哈萨克斯坦东南部杰特苏州，距我市约35公里，是潘菲洛夫区行政中心，人口约4.6万人。该市是中哈边境地区重要的交通物流节点，邻近阿腾科里铁路口岸和“霍尔果斯—东大门”经济特区，农业、物流和边境贸易较为发达。"
    c1.append(t)
    add_par(doc, [(SP4, FS, 16, False), (t[:t.index("。") + 1], HT, 16, False), (t[t.index("。") + 1:], FS, 16, False)],
            indent=False)
    # two paragraphs typed in one w:p with Shift+Enter
    t1 = "二、双方交往情况。我市与扎尔肯特市地缘相近、人文相通,双方交往由来已久。"
    t2 = "2024年以来,两市政府部门、商会和学校之间互访达11批次、186人次,在口岸通关、边境贸易、医疗卫生、青少年交流等方面开展了多项合作。2025年8月,扎尔肯特市市长率团参加中国—亚欧博览会霍尔果斯分会场活动,双方就建立友好交流关系达成共识,并草签了《关于建立友好交流关系的备忘录》。"
    p = doc.add_paragraph()
    font(p.add_run(SP4), FS, 16)
    k = t1.index("。") + 1
    font(p.add_run(t1[:k]), HT, 16)
    font(p.add_run(t1[k:]), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(SP4 + t2), FS, 16)
    fmt(p, indent=False)
    c1.extend([t1, t2])
    add_par(doc, [(SP4 + "三、建立友好交流关系的意义", HT, 16, False)], indent=False)
    body("（一）服务国家向西开放战略。中国（新疆）自由贸易试验区霍尔果斯片区和中哈霍尔果斯国际边境合作中心是我国向西开放的重要平台,与扎尔肯特市建立友好交流关系,有利于深化中哈地方合作,打造丝绸之路经济带核心区重要支点。")
    body("（二）促进口岸经济发展。通过建立常态化会晤机制,协调解决口岸通关、跨境运输、边民互市等方面的问题,进一步提升霍尔果斯口岸过货能力和通关效率。2025年,霍尔果斯口岸进出口货运量达3680万吨,经霍尔果斯口岸进出境的中欧（中亚）班列超过7800列。")
    body("（三）增进睦邻友好。加强两市在文化、教育、卫生、体育等领域交流,巩固中哈世代友好的民意基础。")
    add_par(doc, [(SP4 + "四、有关说明", HT, 16, False)], indent=False)
    body("1.扎尔肯特市与我国台湾地区无官方往来,市领导对华友好。")
    body("2.友好交流关系建立后,双方交往经费由我市年度预算统筹解决。")
    body("3.拟由我市市长与扎尔肯特市市长正式签署建立友好交流关系备忘录,签约时间、地点另行商定并按程序报批。")
    add_par(doc, SP4 + "以上请示妥否,请批示。", indent=False)
    empty(doc, 2)
    for txt in ("霍尔果斯市人民政府", "二〇二六年一月十五日"):
        p = add_par(doc, [("\t\t\t\t\t\t", FS, 16, False), (txt, FS, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, SP4 + "（联系人：阿依古丽·吐尔逊，联系电话：0999-8786023）", indent=False)

    # ---- 复函 follows on the same page after blank lines ------------------------
    empty(doc, 3)
    c2 = []
    for line in ("新疆维吾尔自治区人民政府外事办公室",
                 "关于同意霍尔果斯市与哈萨克斯坦共和国扎尔肯特市",
                 "建立友好交流关系的复函"):
        p = add_par(doc, [(line, XBS, 18, False)], align=CENTER, indent=False, line=32)
        p.paragraph_format.keep_with_next = True
    add_par(doc, [("新外办函〔2026〕27号", KT, 16, False)], align=CENTER, indent=False,
            before=6, after=12)
    add_par(doc, "霍尔果斯市人民政府：", indent=False)

    def body2(t):
        c2.append(t)
        add_par(doc, IND + t, indent=False)

    body2("你市《关于与哈萨克斯坦共和国扎尔肯特市建立友好交流关系的请示》（霍市政请〔2026〕3号）收悉。经研究,现函复如下:")
    body2("一、同意你市与哈萨克斯坦共和国杰特苏州扎尔肯特市建立友好交流关系。")
    body2("二、请你市以建立友好交流关系为契机,立足霍尔果斯口岸和中国（新疆）自由贸易试验区霍尔果斯片区功能优势,在口岸通关、跨境物流、边境贸易、人文交流等领域与对方开展务实合作,服务共建“一带一路”高质量发展。")
    body2("三、请严格落实外事管理各项规定。备忘录中文本及哈萨克文、俄文译本须报我办审核;签约活动如需邀请对方来访,请按规定办理邀请审批手续。")
    body2("四、请加强交往过程中的统筹协调,做好涉外安全工作,重大事项及时向自治区人民政府外事办公室和伊犁哈萨克自治州人民政府外事办公室报告。")
    add_par(doc, IND + "特此函复。", indent=False)
    empty(doc, 2)
    for txt in ("新疆维吾尔自治区人民政府外事办公室", "二〇二六年二月十日"):
        p = add_par(doc, [("\t", FS, 16, False), (txt, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), 2)
    empty(doc, 1)
    add_par(doc, IND + "（此件主动公开）", indent=False)
    empty(doc, 2)
    add_par(doc, [("抄送：伊犁哈萨克自治州人民政府外事办公室。", FS, 14, False)],
            indent=False, line=24)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [
        {"meta": meta(
            title="霍尔果斯市人民政府关于与哈萨克斯坦共和国扎尔肯特市建立友好交流关系的请示",
            doc_number="霍市政请〔2026〕3号",
            issuer=["霍尔果斯市人民政府"],
            date="2026-01-15",
            level="county",
            region="霍尔果斯市",
            doc_type="请示",
            recipients=["新疆维吾尔自治区人民政府外事办公室"]),
         "clauses": c1},
        {"meta": meta(
            title="新疆维吾尔自治区人民政府外事办公室关于同意霍尔果斯市与哈萨克斯坦共和国扎尔肯特市建立友好交流关系的复函",
            doc_number="新外办函〔2026〕27号",
            issuer=["新疆维吾尔自治区人民政府外事办公室"],
            date="2026-02-10",
            level="provincial",
            region="新疆维吾尔自治区",
            doc_type="函",
            recipients=["霍尔果斯市人民政府"],
            publicity="此件主动公开"),
         "clauses": c2},
    ]
    return path


def main():
    paths = [file_jinjiang(), file_kunshan(), file_horgos()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
