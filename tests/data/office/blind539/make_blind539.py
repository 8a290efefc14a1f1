# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 539 blind test documents: 出入境 / 外国人来华便利措施 通告."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)


# ----------------------------------------------------------------- helpers
def set_font(run, east=FS, size=16, bold=False, color=None, west="Times New Roman"):
    run.font.name = west
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), west)
    rfonts.set(qn("w:hAnsi"), west)
    if color is not None:
        run.font.color.rgb = color


def fix_spacing(p, line=28, before=0, after=0):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para(doc_or_cell, runs, align=None, indent=True, line=28, before=0, after=0):
    """runs: list of (text, dict(east=..., bold=..., size=..., color=..., br=bool))."""
    p = doc_or_cell.add_paragraph()
    fix_spacing(p, line, before, after)
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    for item in runs:
        if isinstance(item, str):
            text, opt = item, {}
        else:
            text, opt = item
        if opt.get("br"):
            r = p.add_run()
            r.add_break()
            set_font(r, opt.get("east", FS), opt.get("size", 16))
            continue
        r = p.add_run(text)
        set_font(r, opt.get("east", FS), opt.get("size", 16), opt.get("bold", False),
                 opt.get("color"))
    return p


def empty(doc, line=28):
    p = doc.add_paragraph()
    fix_spacing(p, line)
    return p


def border(p, side="bottom", color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    pbdr.append(b)


def setup(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        s.footer_distance = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    add_page_number(doc.sections[0])


def _fld(run, instr):
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText")
    i.set(qn("xml:space"), "preserve")
    i.text = instr
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    for el in (b, i, s, t, e):
        run._element.append(el)


def add_page_number(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, SONG, 14)
    r = fp.add_run()
    set_font(r, SONG, 14)
    _fld(r, " PAGE ")
    r = fp.add_run(" —")
    set_font(r, SONG, 14)


def cell_text(cell, text, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              west="Times New Roman"):
    p = cell.paragraphs[0]
    p.alignment = align
    fix_spacing(p, 20)
    r = p.add_run(text)
    set_font(r, east, size, bold, west=west)


def table(doc, header, rows, widths, size=12, header_font=HT, body_font=FS,
          west="Times New Roman"):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.rows[0].cells[j], h, header_font, size, True, west=west)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.CENTER if len(v) < 14 else WD_ALIGN_PARAGRAPH.LEFT
            cell_text(t.rows[i + 1].cells[j], v, body_font, size, False, al, west=west)
    t.autofit = False
    for j, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j] * 567)))
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    return t


def row_clauses(header, rows):
    return ["；".join("%s：%s" % (h, v) for h, v in zip(header, r)) for r in rows]


def no_border_table(doc, rows, widths):
    t = doc.add_table(rows=len(rows), cols=len(widths))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.rows[i].cells[j]
            c.width = Cm(widths[j])
            t._tbl.tblGrid.findall(qn("w:gridCol"))[j].set(qn("w:w"), str(int(widths[j] * 567)))
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fix_spacing(p, 28)
            for n, piece in enumerate(v.split("\n") if v else []):
                if n:
                    rr = p.add_run()
                    rr.add_break()
                rr = p.add_run(piece)
                set_font(rr, FS, 16)
    return t


def red_header(doc, lines, size=26):
    for k, ln in enumerate(lines):
        p = para(doc, [(ln, dict(east=XBS, size=size, color=RED))],
                 align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=size + 10)
    return p


def add_chinese_numbering(doc, num_id=90):
    """Word auto numbering 一、二、三、 (chineseCounting, no tab)."""
    numbering = doc.part.numbering_part.element
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(num_id))
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
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    an.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), str(num_id))
    num.append(a)
    numbering.append(num)
    return num_id


def set_num(p, num_id, ilvl=0):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def banji(doc, cc, printer, date_text):
    """版记: 抄送 and 印发 line between thin/thick black rules."""
    p = para(doc, [("抄送：" + cc, dict(size=14))], indent=False)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.first_line_indent = None
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = para(doc, [(printer, dict(size=14)), ("\t" + date_text + "印发", dict(size=14))],
             indent=False)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6) - Pt(14), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "000000", 8)


# ================================================================ doc 1: Xiamen
def make_xiamen():
    stem = "blind539_xiamen_tonggao"
    doc = Document()
    setup(doc)
    clauses = []

    red_header(doc, ["厦门市公安局出入境管理支队", "厦门市人民政府外事办公室"], size=24)
    p = para(doc, [("厦公出入境〔2025〕3号", {})], align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, before=12)
    border(p, "bottom", "FF0000", 18, 4)
    empty(doc)
    # title typed on two lines with a soft line break
    para(doc, [("厦门市公安局出入境管理支队", dict(east=XBS, size=22)),
               ("", dict(br=True, east=XBS, size=22)),
               ("厦门市人民政府外事办公室", dict(east=XBS, size=22)),
               ("", dict(br=True, east=XBS, size=22)),
               ("关于进一步便利外国人来厦", dict(east=XBS, size=22)),
               ("", dict(br=True, east=XBS, size=22)),
               ("工作学习旅游的通告", dict(east=XBS, size=22))],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33)
    empty(doc)

    intro = ("为深入贯彻落实国家移民管理局便利外籍人员来华系列措施，服务中国（福建）自由贸易试验区"
             "厦门片区和21世纪海上丝绸之路核心区建设，进一步提升外国人来厦工作、学习、旅游、经商便利度，"
             "厦门市公安局出入境管理支队、厦门市人民政府外事办公室决定推出以下便利措施，现通告如下：")
    para(doc, [intro])
    clauses.append(intro)

    items = [
        ("一、扩大口岸签证办理范围。",
         "对持普通护照来厦从事商贸合作、访问交流、投资考察、探亲等活动，来不及在境外办妥签证的外国人，"
         "可凭邀请单位出具的邀请函件等材料，向厦门高崎国际机场口岸签证机关申请办理口岸签证入境。"),
        ("二、落实240小时过境免签政策。",
         "符合条件的外国人经厦门高崎国际机场、厦门国际邮轮中心口岸过境前往第三国（地区）的，"
         "可免办签证，在福建省允许停留区域内停留不超过240小时。"),
        ("三、便利外国人在厦申办签证证件。",
         "在厦外国人可就近向出入境服务窗口申请签证延期、换发、补发，以及居留许可签发、延期、换发、补发；"
         "已在本市办理住宿登记的，可免于提交住宿登记证明材料。"),
        ("四、缩短签证证件审批时限。",
         "外国人申请签证、居留许可的审批时限由7个工作日缩短为5个工作日；对自贸片区重点企业邀请的外籍"
         "高层次人才实行“绿色通道”，材料齐全的，3个工作日内办结。"),
        ("五、实行工作许可和居留许可“一窗通办”。",
         "在中国（福建）自由贸易试验区厦门片区国际人才服务中心设立专窗，外国人一次提交材料，"
         "可同步办理外国人工作许可和工作类居留许可。"),
        ("六、推行外国人住宿登记网上办理。",
         "外国人在宾馆以外的居民住宅等处住宿的，本人或者留宿人可通过“厦门公安”微信公众号"
         "“外国人住宿登记”模块在线申报，无需前往派出所现场办理。"),
        ("七、提供多语种咨询服务。",
         "12367移民管理服务热线和各出入境服务窗口提供英语、日语、韩语、俄语、西班牙语等语种咨询服务；"
         "外事部门为外籍人士提供政策解读、生活指引等服务。"),
        ("八、优化支付和通信服务。",
         "外事部门会同相关单位在机场、邮轮码头和重点商圈设置外卡受理终端和外币兑换点，"
         "为外国人提供境外银行卡支付、移动支付绑定、电话卡办理等便利。"),
        ("九、公布办理地点。",
         "外国人办理上述业务，可前往下列窗口（节假日除外）："),
    ]
    for lead, body in items:
        para(doc, [(lead, dict(bold=True)), (body, {})])
        clauses.append(lead + body)

    cn_head = ["窗口名称", "地址", "办公时间", "咨询电话"]
    cn_rows = [
        ["厦门市公安局出入境接待大厅", "厦门市思明区湖滨北路68号", "9:00-12:00、14:00-17:30",
         "0592-2262000转8012"],
        ["厦门片区国际人才服务中心一窗通办专窗", "厦门市湖里区象屿路97号厦门国际航运中心D栋1楼",
         "9:00-12:00、14:00-17:30", "0592-5953111转2"],
        ["厦门高崎国际机场口岸签证处", "厦门市湖里区高崎国际机场T3航站楼国际到达厅", "24小时",
         "0592-5706110"],
        ["厦门市外事办公室涉外服务窗口", "厦门市思明区湖滨北路61号市行政中心1号楼", "8:30-12:00、14:30-17:30",
         "0592-5073055转801"],
    ]
    table(doc, cn_head, cn_rows, [3.4, 4.2, 4.6, 3.4], size=10.5)
    clauses += row_clauses(cn_head, cn_rows)
    note = "注：除口岸签证处外，上述窗口周六、周日及法定节假日除外；具体以窗口公示时间为准。"
    para(doc, [(note, dict(size=14))], before=6)
    clauses.append(note)

    para(doc, [("Service Locations (English Version)", dict(east=HT, bold=True))],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    en_head = ["Service Window", "Address", "Office Hours", "Telephone"]
    en_rows = [
        ["Exit-Entry Reception Hall, Xiamen Public Security Bureau",
         "No. 68 Hubin North Road, Siming District, Xiamen", "9:00-12:00, 14:00-17:30",
         "0592-2262000 ext. 8012"],
        ["One-Window Service Counter, International Talent Service Center of Xiamen Area",
         "1/F, Building D, Xiamen International Shipping Center, No. 97 Xiangyu Road, Huli District, Xiamen",
         "9:00-12:00, 14:00-17:30", "0592-5953111 ext. 2"],
        ["Port Visa Office, Xiamen Gaoqi International Airport",
         "International Arrivals Hall, Terminal 3, Xiamen Gaoqi International Airport, Huli District, Xiamen",
         "24 hours", "0592-5706110"],
        ["Foreign Affairs Service Window, Xiamen Foreign Affairs Office",
         "Building 1, Municipal Administrative Center, No. 61 Hubin North Road, Siming District, Xiamen",
         "8:30-12:00, 14:30-17:30", "0592-5073055 ext. 801"],
    ]
    table(doc, en_head, en_rows, [3.4, 4.2, 4.6, 3.4], size=10.5)
    clauses += row_clauses(en_head, en_rows)
    en_note = ("Note: Except the Port Visa Office, the above windows are closed on Saturdays, "
               "Sundays and public holidays.")
    para(doc, [(en_note, dict(size=12))], before=6)
    clauses.append(en_note)

    last_lead = "十、施行日期。"
    last = "本通告自2025年4月1日起施行，有效期至2027年3月31日。国家和省另有规定的，从其规定。"
    para(doc, [(last_lead, dict(bold=True)), (last, {})], before=6)
    clauses.append(last_lead + last)
    para(doc, ["特此通告。"])
    clauses.append("特此通告。")

    empty(doc)
    empty(doc)
    # 落款 typed on one line with manual spaces, date below with trailing spaces
    para(doc, ["厦门市公安局出入境管理支队　　厦门市人民政府外事办公室"], indent=False,
         align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, ["　　　　　　　　　　　　　　　　　　2025年3月18日"], indent=False)
    empty(doc)
    para(doc, ["（此件公开发布）"])

    meta = {
        "title": "厦门市公安局出入境管理支队 厦门市人民政府外事办公室关于进一步便利外国人来厦工作学习旅游的通告",
        "doc_number": "厦公出入境〔2025〕3号",
        "issuer": ["厦门市公安局出入境管理支队", "厦门市人民政府外事办公室"],
        "date": "2025-03-18",
        "published": None,
        "level": "municipal",
        "region": "厦门市",
        "effective": "2025-04-01",
        "expires": "2027-03-31",
        "attachments": [],
        "doc_type": "通告",
        "recipients": [],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    doc.save(os.path.join(HERE, stem + ".docx"))
    return stem, [{"meta": meta, "clauses": clauses}]


# ================================================================ doc 2: Qingdao
def make_qingdao():
    stem = "blind539_qingdao_tonggao"
    doc = Document()
    setup(doc)
    nid = add_chinese_numbering(doc)
    clauses = []

    # 版头 for three organs: lead organ typed big, others smaller (joint 版头 quirk)
    red_header(doc, ["中国（山东）自由贸易试验区青岛片区管理委员会"], size=18)
    red_header(doc, ["青岛市公安局出入境管理支队"], size=18)
    red_header(doc, ["青岛市人民政府外事办公室"], size=18)
    empty(doc, 14)
    p = para(doc, [("青自贸管通〔2025〕4号", {})], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18, 4)
    empty(doc)
    para(doc, [("关于在中国（山东）自由贸易试验区青岛片区", dict(east=XBS, size=22)),
               ("", dict(br=True, east=XBS, size=22)),
               ("实施外国人来华便利措施的通告", dict(east=XBS, size=22))],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33)
    empty(doc)

    intro = ("为贯彻落实《中国（山东）自由贸易试验区总体方案》和国家移民管理局关于便利外籍人员来华的有关部署，"
             "更好服务青岛片区高水平对外开放和“一带一路”国际合作，现就在青岛片区实施外国人来华便利措施"
             "有关事项通告如下：")
    para(doc, [intro])
    clauses.append(intro)

    cn_num = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    k = 0

    def numbered(lead, body, subs=None):
        nonlocal k
        p = para(doc, [(lead, dict(east=HT)), (body, {})], indent=False)
        set_num(p, nid)
        clauses.append(cn_num[k] + "、" + lead + body)
        k += 1
        for s in subs or []:
            # sub-items typed by hand, run-in lead in 楷体
            if isinstance(s, tuple):
                para(doc, [(s[0], dict(east=KT, bold=True)), (s[1], {})])
                clauses.append(s[0] + s[1])
            else:
                para(doc, [s])
                clauses.append(s)

    numbered("适用范围。",
             "本通告所称外国人，是指在青岛片区投资兴业、就业创业、开展商务交流的外籍人员及其随行家属。")
    numbered("签证办理便利。", "对符合条件的外籍人员提供以下签证便利：", [
        ("（一）口岸签证。", "青岛片区重点企业邀请来华从事商贸洽谈、技术合作的外籍人员，因紧急事由来不及"
                      "在境外办妥签证的，可向青岛胶东国际机场口岸签证机关申请口岸签证。"),
        ("（二）长期居留。", "在青岛片区工作的外籍人员，可申请有效期最长5年的工作类居留许可；其随行家属可"
                      "申请相同期限的团聚类居留许可。"),
        ("（三）永久居留。", "经认定的外籍高层次人才及其外籍配偶、未成年子女，可凭相关认定证明申请外国人"
                      "永久居留身份证。"),
    ])
    numbered("居留服务便利。",
             "外籍人员在青岛片区内申请居留许可的，审批时限压缩至5个工作日；材料齐全、符合条件的外籍高层次"
             "人才，实行“即收即审、限时办结”。")
    numbered("工作许可与居留许可“一窗受理”。",
             "在青岛片区政务服务中心设立外国人工作、居留许可一窗受理专窗，实行“一套材料、一窗受理、"
             "并联审批”。")
    numbered("口岸通关便利。",
             "青岛胶东国际机场、青岛邮轮母港口岸为外国人设置专用查验通道，对符合条件的外国人实施240小时"
             "过境免签政策。")
    numbered("生活服务便利。",
             "外事部门联合金融、通信、文旅等部门，在青岛片区设立外籍人士综合服务站，提供移动支付、"
             "手机卡办理、就医就学咨询等“一站式”服务。")
    numbered("咨询服务。",
             "外国人可拨打12367移民管理服务热线或青岛片区外籍人士服务热线0532-86768000转6，"
             "获取中文、英语、日语、韩语、俄语等语种咨询服务。")
    numbered("办理地点。", "各服务窗口名称、地址、办公时间及咨询电话详见附件。")
    numbered("施行日期。",
             "本通告自2025年12月1日起施行，由青岛市公安局出入境管理支队、青岛市人民政府外事办公室"
             "按照职责分工负责解释。")
    para(doc, ["特此通告。"])
    clauses.append("特此通告。")
    empty(doc)
    # 附件 list
    para(doc, ["附件：青岛片区外国人出入境服务窗口一览表（中英文）"])
    empty(doc)
    empty(doc)
    # 落款 in a borderless layout table
    no_border_table(doc, [
        ["中国（山东）自由贸易试验区\n青岛片区管理委员会", "青岛市公安局出入境管理支队"],
        ["", "青岛市人民政府外事办公室"],
        ["", "2025年11月5日"],
    ], [8.0, 8.0])
    empty(doc)
    para(doc, ["（此件公开发布）"])

    # ---------------- attachment on a new page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, [("附件", dict(east=HT))], indent=False)
    empty(doc)
    para(doc, [("青岛片区外国人出入境服务窗口一览表（中英文）", dict(east=XBS, size=18))],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33)
    empty(doc)
    cn_head = ["序号", "窗口名称", "地址", "办公时间", "咨询电话"]
    cn_rows = [
        ["1", "青岛市公安局出入境管理支队办证大厅", "青岛市市南区延安三路272号", "9:00-12:00、13:30-17:00",
         "0532-66572000转8106"],
        ["2", "青岛片区政务服务中心外国人一窗受理专窗", "青岛市黄岛区长白山路288号片区政务服务中心2楼",
         "9:00-12:00、14:00-17:30", "0532-86768000转6"],
        ["3", "青岛胶东国际机场口岸签证处", "青岛市胶州市胶东国际机场T1航站楼国际到达区", "24小时",
         "0532-58551110"],
        ["4", "青岛市外事办公室外籍人士服务中心", "青岛市市南区香港中路11号", "9:00-12:00、14:00-17:30",
         "0532-85912345转302"],
        ["5", "青岛片区外籍人士综合服务站", "青岛市黄岛区前湾港路577号片区综合服务大厦1楼",
         "9:00-12:00、14:00-17:30", "0532-86768000转8"],
    ]
    table(doc, cn_head, cn_rows, [0.9, 3.2, 3.9, 4.5, 3.5], size=10.5)
    clauses += row_clauses(cn_head, cn_rows)
    note = "注：以上窗口办公时间为周一至周五，节假日除外；口岸签证处全天候办公。"
    para(doc, [(note, dict(size=14))], before=6)
    clauses.append(note)
    para(doc, [("List of Service Windows (English Version)", dict(east=HT, bold=True))],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    en_head = ["No.", "Service Window", "Address", "Office Hours", "Telephone"]
    en_rows = [
        ["1", "Certificate Hall, Exit-Entry Administration Division of Qingdao Public Security Bureau",
         "No. 272 Yan'an San Road, Shinan District, Qingdao", "9:00-12:00, 13:30-17:00",
         "0532-66572000 ext. 8106"],
        ["2", "Foreigners One-Window Counter, Government Service Center of Qingdao Area",
         "2/F, Government Service Center, No. 288 Changbaishan Road, Huangdao District, Qingdao",
         "9:00-12:00, 14:00-17:30", "0532-86768000 ext. 6"],
        ["3", "Port Visa Office, Qingdao Jiaodong International Airport",
         "International Arrivals Area, T1, Qingdao Jiaodong International Airport, Jiaozhou, Qingdao",
         "24 hours", "0532-58551110"],
        ["4", "Foreigners Service Center, Qingdao Foreign Affairs Office",
         "No. 11 Xianggang Middle Road, Shinan District, Qingdao", "9:00-12:00, 14:00-17:30",
         "0532-85912345 ext. 302"],
        ["5", "Expat Service Station of Qingdao Area",
         "1/F, Comprehensive Service Building, No. 577 Qianwangang Road, Huangdao District, Qingdao",
         "9:00-12:00, 14:00-17:30", "0532-86768000 ext. 8"],
    ]
    table(doc, en_head, en_rows, [0.9, 3.2, 3.9, 4.5, 3.5], size=10)
    clauses += row_clauses(en_head, en_rows)
    en_note = ("Note: The above windows are open Monday to Friday, except public holidays; "
               "the Port Visa Office is open 24 hours a day.")
    para(doc, [(en_note, dict(size=12))], before=6)
    clauses.append(en_note)
    banji(doc, "山东省公安厅出入境管理局，山东省人民政府外事办公室。",
          "青岛片区管委会综合办公室", "2025年11月5日")

    meta = {
        "title": "关于在中国（山东）自由贸易试验区青岛片区实施外国人来华便利措施的通告",
        "doc_number": "青自贸管通〔2025〕4号",
        "issuer": ["中国（山东）自由贸易试验区青岛片区管理委员会", "青岛市公安局出入境管理支队",
                   "青岛市人民政府外事办公室"],
        "date": "2025-11-05",
        "published": None,
        "level": "zone",
        "region": "中国（山东）自由贸易试验区青岛片区",
        "effective": "2025-12-01",
        "expires": None,
        "attachments": ["青岛片区外国人出入境服务窗口一览表（中英文）"],
        "doc_type": "通告",
        "recipients": [],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    doc.save(os.path.join(HERE, stem + ".docx"))
    return stem, [{"meta": meta, "clauses": clauses}]


# ================================================================ doc 3: Nanning
def make_nanning():
    stem = "blind539_nanning_tonggao"
    doc = Document()
    setup(doc)
    clauses = []
    SP = "　　"  # indentation typed with two full-width spaces

    def body(runs, clause=True):
        """paragraph indented by typed full-width spaces (no first-line indent)."""
        rr = [(SP, {})] + runs
        para(doc, rr, indent=False)
        if clause:
            clauses.append("".join(r if isinstance(r, str) else r[0] for r in runs))

    red_header(doc, ["南宁市公安局出入境管理支队", "南宁市人民政府外事办公室"], size=24)
    p = para(doc, [("邕公出通〔2026〕1号", {})], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False,
             before=12)
    border(p, "bottom", "FF0000", 18, 4)
    empty(doc)
    para(doc, [("关于优化外国人来邕出入境服务", dict(east=XBS, size=22)),
               ("", dict(br=True, east=XBS, size=22)),
               ("便利措施的通告", dict(east=XBS, size=22))],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33)
    empty(doc)

    body([("为服务中国（广西）自由贸易试验区南宁片区建设和面向东盟开放合作，进一步便利外国人来邕投资"
           "经商、旅游观光、学习交流，根据《中华人民共和国出境入境管理法》《中华人民共和国外国人入境出境"
           "管理条例》等规定，结合我市实际，现将有关事项通告如下：", {})])

    def h1(t):
        para(doc, [(SP + t, dict(east=HT))], indent=False)

    def item(lead, text):
        body([(lead, dict(east=KT, bold=True)), (text, {})])

    h1("一、入境便利措施")
    item("（一）东盟国家人员口岸签证便利。",
         "东盟国家人员受南宁片区企业邀请来邕开展商务洽谈、参加中国—东盟博览会等活动，来不及在境外办妥"
         "签证的，可凭邀请函件向南宁吴圩国际机场口岸签证机关申请办理口岸签证。")
    item("（二）过境免签便利。",
         "符合条件的外国人经南宁吴圩国际机场过境前往第三国（地区）的，可免办签证，在广西壮族自治区"
         "行政区域内停留不超过240小时。")
    item("（三）东盟旅游团入境免签。",
         "经国家旅游主管部门认可的东盟国家旅行社组织的旅游团，经南宁吴圩国际机场入境的，可免办签证，"
         "在广西壮族自治区行政区域内停留不超过144小时。")
    empty(doc)
    h1("二、停居留便利措施")
    item("（一）签证证件“就近办”。",
         "在邕外国人可在全市任一出入境服务窗口申请签证延期、换发、补发和居留许可，不受居住地、"
         "工作地限制。")
    item("（二）压缩审批时限。",
         "外国人申请签证、居留许可的审批时限由7个工作日压缩至5个工作日；对南宁片区重点企业、"
         "中国—东盟信息港等平台引进的外籍人才，材料齐全的，3个工作日内办结。")
    item("（三）跨境贸易人员多次签证。",
         "从事中国—东盟跨境电商、中越跨境班列运营等业务的外籍人员，因业务需要多次往返的，可申请"
         "有效期1年以内的多次入境签证。")
    item("（四）住宿登记便利。",
         "外国人在宾馆以外住宿的，可由本人或者留宿人通过“广西公安”政务服务平台在线办理住宿登记。")
    empty(doc)
    h1("三、服务保障措施")
    item("（一）多语种服务。", "各出入境服务窗口提供以下语种服务：")
    body(["1.英语、越南语、泰语咨询服务在办公时间内全程提供；"])
    body(["2.老挝语、柬埔寨语、缅甸语、印度尼西亚语咨询服务可通过咨询电话提前预约。"])
    item("（二）办理地点。", "外国人可前往下列窗口办理相关业务：")

    cn_head = ["窗口名称", "地址", "办公时间", "咨询电话"]
    cn_rows = [
        ["南宁市公安局出入境管理支队出入境服务大厅", "南宁市青秀区民族大道103号",
         "周一至周五9:00-12:00、14:00-17:30（节假日除外）", "0771-2891234转8201"],
        ["南宁片区外国人工作居留许可一站式服务窗口", "南宁市良庆区平乐大道19号南宁片区政务服务中心1楼",
         "周一至周五9:00-12:00、14:00-17:30（节假日除外）", "0771-5781200转3"],
        ["南宁吴圩国际机场口岸签证处", "南宁市江南区吴圩镇吴圩国际机场T2航站楼国际到达厅",
         "每日8:00-24:00", "0771-2096110"],
        ["南宁市外事办公室外籍人士服务中心", "南宁市青秀区双拥路1号", "周一至周五8:00-12:00、15:00-18:00（节假日除外）",
         "0771-2806789转1"],
    ]
    table(doc, cn_head, cn_rows, [3.4, 4.0, 5.0, 3.4], size=10.5)
    clauses += row_clauses(cn_head, cn_rows)
    body([("节假日期间如有紧急事务，可拨打12367移民管理服务热线咨询。", {})])

    # heading for the English table, typed as two lines with a soft break
    para(doc, [("办理地点（英文版）", dict(east=HT)), ("", dict(br=True)),
               ("Service Locations", dict(east=HT, bold=True))],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    en_head = ["Window", "Address", "Office Hours", "Telephone"]
    en_rows = [
        ["Exit-Entry Service Hall, Nanning Public Security Bureau",
         "No. 103 Minzu Avenue, Qingxiu District, Nanning",
         "Mon.-Fri. 9:00-12:00, 14:00-17:30 (except public holidays)", "0771-2891234 ext. 8201"],
        ["One-Stop Work and Residence Permit Window, Nanning Area",
         "1/F, Government Service Center of Nanning Area, No. 19 Pingle Avenue, Liangqing District, Nanning",
         "Mon.-Fri. 9:00-12:00, 14:00-17:30 (except public holidays)", "0771-5781200 ext. 3"],
        ["Port Visa Office, Nanning Wuxu International Airport",
         "International Arrivals Hall, T2, Nanning Wuxu International Airport, Jiangnan District, Nanning",
         "Daily 8:00-24:00", "0771-2096110"],
        ["Foreigners Service Center, Nanning Foreign Affairs Office",
         "No. 1 Shuangyong Road, Qingxiu District, Nanning",
         "Mon.-Fri. 8:00-12:00, 15:00-18:00 (except public holidays)", "0771-2806789 ext. 1"],
    ]
    table(doc, en_head, en_rows, [3.4, 4.0, 5.0, 3.4], size=10)
    clauses += row_clauses(en_head, en_rows)
    empty(doc)
    item("（三）联系方式。", "对本通告内容如有疑问，可与南宁市公安局出入境管理支队外国人管理科联系。")
    body(["联系人：黄　磊，联系电话：0771-2891234转8205。"])
    empty(doc)
    h1("四、其他事项")
    body(["本通告自2026年2月1日起施行。《南宁市公安局出入境管理支队关于外国人签证证件办理窗口调整的通告》"
          "（邕公出通〔2023〕2号）同时废止。"])
    body(["特此通告。"])
    empty(doc)
    p = para(doc, ["　　　　　　　　　　　南宁市公安局出入境管理支队"], indent=False)
    p.paragraph_format.keep_with_next = True
    p = para(doc, ["　　　　　　　　　　　　南宁市人民政府外事办公室"], indent=False)
    p.paragraph_format.keep_with_next = True
    para(doc, ["　　　　　　　　　　　　　　　2026年1月12日"], indent=False)
    empty(doc)
    para(doc, ["（此件公开发布）"], indent=False)
    empty(doc)
    empty(doc)
    banji(doc, "广西壮族自治区公安厅出入境管理局，中国（广西）自由贸易试验区南宁片区管理委员会。",
          "南宁市公安局出入境管理支队办公室", "2026年1月12日")

    meta = {
        "title": "关于优化外国人来邕出入境服务便利措施的通告",
        "doc_number": "邕公出通〔2026〕1号",
        "issuer": ["南宁市公安局出入境管理支队", "南宁市人民政府外事办公室"],
        "date": "2026-01-12",
        "published": None,
        "level": "municipal",
        "region": "南宁市",
        "effective": "2026-02-01",
        "expires": None,
        "attachments": [],
        "doc_type": "通告",
        "recipients": [],
        "publicity": "此件公开发布",
        "repeals": "南宁市公安局出入境管理支队关于外国人签证证件办理窗口调整的通告（邕公出通〔2023〕2号）",
    }
    doc.save(os.path.join(HERE, stem + ".docx"))
    return stem, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for fn in (make_xiamen, make_qingdao, make_nanning):
        stem, docs = fn()
        expected[stem] = docs
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_539", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE,
                        os.path.join(HERE, stem + ".docx")],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
