# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 807: 战略合作框架协议 (自贸片区管委会 × 央企 / “一带一路”沿线国家园区).

Writes three Word files, their PDFs (LibreOffice) and expected.json next to
this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
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
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY
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
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, **kw):
    """runs: str or list of (text, font, size, bold[, color]); "\n" in a text
    becomes a manual line break (Shift+Enter)."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)
            if part:
                font(p.add_run(part), name, size, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False, line=12)


def add_field(p, code, name=SONG, size=14):
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), code)))
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
    fp.alignment = C
    if footer_style == "dash":          # — 1 —
        font(fp.add_run("— "), SONG, 14)
        add_field(fp, "PAGE")
        font(fp.add_run(" —"), SONG, 14)
    elif footer_style == "of":          # 第 1 页 共 5 页
        font(fp.add_run("第 "), SONG, 10.5)
        add_field(fp, "PAGE", SONG, 10.5)
        font(fp.add_run(" 页  共 "), SONG, 10.5)
        add_field(fp, "NUMPAGES", SONG, 10.5)
        font(fp.add_run(" 页"), SONG, 10.5)
    else:                               # - 1 -
        font(fp.add_run("- "), SONG, 12)
        add_field(fp, "PAGE", SONG, 12)
        font(fp.add_run(" -"), SONG, 12)


def landscape(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21)
    s.top_margin, s.bottom_margin = Cm(2.6), Cm(2.4)
    s.left_margin, s.right_margin = Cm(2.6), Cm(2.4)
    return s


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def widths(table, cms):
    table.autofit = False
    for i, w in enumerate(cms):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


def banji(doc, cc, printer, date_txt, size=14):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, size, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, size, False), ("\t", FS, size, False),
                       (date_txt, FS, size, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    return p2


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_807", "--headless",
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
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
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
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), nid)))


CN = "一二三四五六七八九十"


# =================================================================== DOC A
# 钦州港片区管委会 × 中国交通建设集团有限公司 — the agreement itself, 第X条 style,
# 签署页 (borderless table), 附件 task table with repeated header row.
def doc_qinzhou():
    stem = "blind807_qinzhou_zhongjiao"
    doc = Document()
    setup(doc, "of")
    clauses = []

    empty(doc, 1)
    # title typed as three paragraphs, broken at odd places
    for t in ("中国（广西）自由贸易试验区钦州港片区管理",
              "委员会与中国交通建设集团有限公司",
              "战略合作框架协议"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)

    def body(t, **kw):
        clauses.append(t)
        add_par(doc, t, **kw)

    # 甲方 block: one paragraph per line, labels spaced out with 全角空格
    for t in ("甲　　方：中国（广西）自由贸易试验区钦州港片区管理委员会",
              "地　　址：广西壮族自治区钦州市钦州港区金海湾东大街1号",
              "负 责 人：黄志刚",
              "联系电话：0777-3889106"):
        body(t, indent=False)
    empty(doc, 1, line=14)
    # 乙方 block: one paragraph with Shift+Enter line breaks
    yi = ["乙　　方：中国交通建设集团有限公司",
          "住　　所：北京市西城区德胜门外大街85号",
          "法定代表人：王海峰",
          "联系电话：010-82016531"]
    add_par(doc, "\n".join(yi), indent=False)
    clauses.extend(yi)
    empty(doc, 1, line=14)

    body("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”和实施自由贸易试验区提升战略的决策部署，加快建设西部陆海新通道和面向东盟的国际门户港，充分发挥双方各自优势，甲乙双方本着“平等自愿、优势互补、互利共赢、共同发展”的原则，经友好协商，就开展全面战略合作达成如下协议：")

    def article(parts):
        """parts[0] starts with 第X条; further parts are its own paragraphs."""
        clauses.append("".join(parts))
        first = parts[0]
        num, rest = first.split("\u3000", 1)
        add_par(doc, [(num, HT, 16, False), ("\u3000" + rest, FS, 16, False)])
        for t in parts[1:]:
            add_par(doc, t)

    article(["第一条\u3000甲乙双方围绕钦州港片区建设面向东盟的国际门户港和西部陆海新通道国际航运枢纽，发挥甲方的政策、区位和平台优势以及乙方在港口航道、交通基础设施投资建设运营和海外市场开拓等方面的综合优势，建立长期稳定的全面战略合作关系，力争“十五五”期间乙方在钦州港片区累计完成投资不低于300亿元。"])
    article(["第二条\u3000双方合作遵循政府引导、企业主体、市场运作、互利共赢的原则，依法依规推进各项合作，共同防范化解合作中的各类风险。"])
    article(["第三条\u3000双方同意在以下领域开展合作：",
             "（一）港口航道基础设施建设。乙方积极参与钦州港东航道扩建工程、大榄坪南作业区自动化集装箱码头后续泊位等项目的投资建设，助力钦州港30万吨级航道及配套码头建设。",
             "（二）西部陆海新通道建设。双方共同推动海铁联运班列加密开行，乙方发挥海外港口网络优势，拓展钦州港至东盟国家主要港口的集装箱航线，共同打造“港口+物流+贸易”一体化服务平台。",
             "（三）临港产业园区开发。乙方以投资、建设、运营一体化模式参与中马钦州产业园区等重点园区片区开发，重点引进新能源材料、高端装备制造、绿色化工等临港产业项目。",
             "（四）“一带一路”国际合作。双方依托中国—东盟博览会等平台，联合开展面向东盟国家的招商推介，共同推动中马“两国双园”合作，支持乙方参与东盟国家港口和产业园区建设运营。",
             "（五）金融与制度创新。双方探索设立临港产业发展基金，在自由贸易试验区框架下开展跨境投融资便利化、航运金融等创新试点，共同形成可复制推广的制度创新成果。"])
    article(["第四条\u3000甲方负责协调落实国家、自治区和钦州市支持自由贸易试验区发展的各项政策，在项目规划、用地用海、审批服务等方面为乙方提供便利条件，对乙方在钦州港片区投资的重大项目实行“专班服务、全程代办”。"])
    article(["第五条\u3000乙方负责统筹集团内部资源，明确一家所属企业作为在钦州港片区开展合作的实施主体，积极推动本协议确定的合作事项落地，按照甲方国土空间规划和产业发展规划要求开展项目投资建设。"])
    article(["第六条\u3000双方建立高层定期会晤机制，原则上每年会晤一次，研究决定合作中的重大事项。双方各自明确一个牵头部门，建立日常工作联络机制，甲方联络部门为钦州港片区管理委员会投资促进局，乙方联络部门为乙方战略发展部。"])
    article(["第七条\u3000双方对合作过程中知悉的对方商业秘密及其他未公开信息负有保密义务，未经对方书面同意，不得向任何第三方披露。",
             "本条规定的保密义务不因本协议的终止而终止。"])
    article(["第八条\u3000本协议为双方开展战略合作的框架性文件，具体合作项目由双方或双方指定的实施主体另行签订项目协议，双方权利义务以具体项目协议为准。"])
    article(["第九条\u3000本协议执行过程中如发生争议，双方应本着友好合作的精神协商解决。"])
    article(["第十条\u3000本协议自双方法定代表人或授权代表签字并加盖公章之日起生效，有效期至2030年12月31日。有效期届满前三个月内，双方可协商续签。"])
    article(["第十一条\u3000本协议未尽事宜，由双方协商签订补充协议，补充协议与本协议具有同等效力。本协议附件为本协议的组成部分。"])
    article(["第十二条\u3000本协议一式肆份，甲乙双方各执贰份，具有同等效力。"])
    empty(doc, 1)
    add_par(doc, "附件：战略合作重点任务分工表")
    add_par(doc, "（以下无正文）", indent=False, align=C)

    # ---- 签署页 (new page, borderless table)
    page_break(doc)
    add_par(doc, [("（本页无正文，为《中国（广西）自由贸易试验区钦州港片区管理委员会与中国交通建设集团有限公司战略合作框架协议》签署页）", FS, 14, False)])
    empty(doc, 3)
    t = doc.add_table(rows=4, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    sig = [("甲方（盖章）：", "乙方（盖章）："),
           ("中国（广西）自由贸易试验区\n钦州港片区管理委员会", "中国交通建设集团有限公司"),
           ("法定代表人或授权代表\n（签字）：", "法定代表人或授权代表\n（签字）："),
           ("签署日期：2026年3月18日", "签署日期：2026年3月18日")]
    for ri, (a, b) in enumerate(sig):
        for ci, v in enumerate((a, b)):
            cell = t.rows[ri].cells[ci]
            cell.text = ""
            p = cell.paragraphs[0]
            for k, part in enumerate(v.split("\n")):
                if k:
                    p.add_run().add_break(WD_BREAK.LINE)
                font(p.add_run(part), FS, 15)
            p.alignment = L
            p.paragraph_format.line_spacing = Pt(30)
            p.paragraph_format.space_after = Pt(36 if ri in (1, 2) else 6)
    widths(t, [8.0, 7.6])
    empty(doc, 2)
    add_par(doc, "签署地点：广西壮族自治区钦州市", indent=False)

    # ---- 附件 (new page)
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("战略合作重点任务分工表", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1, line=20)
    header = ["序号", "合作领域", "重点任务", "甲方责任部门", "乙方实施主体", "推进时限"]
    rows = [
        ["1", "港口航道", "钦州港东航道扩建工程（二期）前期工作及投资建设", "片区规划建设局", "中国交通建设股份有限公司", "2026年12月底前开工"],
        ["2", "港口航道", "大榄坪南作业区自动化集装箱码头后续泊位工程", "片区规划建设局、片区港航物流局", "中交第四航务工程局有限公司", "2027年6月底前"],
        ["3", "陆海新通道", "加密钦州港至东盟国家主要港口集装箱航线，新增航线不少于3条", "片区港航物流局", "中交海外港口投资有限公司", "2026年12月底前"],
        ["4", "陆海新通道", "建设“港口+物流+贸易”一体化服务平台", "片区港航物流局、片区数字经济局", "中交（钦州）供应链管理有限公司", "2027年12月底前"],
        ["5", "临港产业", "参与中马钦州产业园区启动区及配套设施一体化开发", "片区招商服务局", "中交城市投资控股有限公司", "2026年9月底前签订项目协议"],
        ["6", "临港产业", "引进新能源材料、高端装备制造等临港产业项目不少于5个", "片区招商服务局", "中国交通建设集团有限公司战略发展部", "2030年12月底前"],
        ["7", "国际合作", "联合赴马来西亚、印度尼西亚等东盟国家开展招商推介", "片区投资促进局", "中国港湾工程有限责任公司", "每年至少1次"],
        ["8", "国际合作", "支持乙方参与马中关丹产业园及关丹港相关项目建设运营", "片区投资促进局", "中国港湾工程有限责任公司", "长期推进"],
        ["9", "金融创新", "研究设立临港产业发展基金，首期规模不低于20亿元", "片区金融服务局", "中交资本控股有限公司", "2026年12月底前"],
        ["10", "金融创新", "开展跨境投融资便利化、航运金融等创新试点，形成制度创新成果", "片区金融服务局、片区改革创新局", "中交资本控股有限公司", "2027年12月底前"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        cant_split(t.rows[ri])
        for ci, v in enumerate(row):
            if ci == 1:
                continue
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci == 2 else C)
        clauses.append(row_clause(header, row))
    # vertically merged 合作领域 (pairs)
    for r0 in range(1, len(rows) + 1, 2):
        m = t.cell(r0, 1).merge(t.cell(r0 + 1, 1))
        set_cell(m, rows[r0 - 1][1], FS, 12)
    widths(t, [1.4, 2.4, 4.6, 2.8, 3.0, 2.0])
    p = add_par(doc, [("注：推进时限为计划时间，具体以双方或双方指定的实施主体签订的项目协议约定为准。", FS, 12, False)],
                indent=False, line=20, before=6)
    clauses.append("注：推进时限为计划时间，具体以双方或双方指定的实施主体签订的项目协议约定为准。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区钦州港片区管理委员会与中国交通建设集团有限公司战略合作框架协议",
            "doc_number": None,
            "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会", "中国交通建设集团有限公司"],
            "date": "2026-03-18",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": "2026-03-18",
            "expires": "2030-12-31",
            "attachments": ["战略合作重点任务分工表"],
            "doc_type": "协议",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 乌鲁木齐片区管委会 红头通知 issuing the task-division plan of its agreement
# with the Khorgos–Eastern Gate SEZ (Kazakhstan); landscape attachment with a
# two-level merged header and a hand-made 续表.
def doc_urumqi():
    stem = "blind807_wulumuqi_fengong"
    doc = Document()
    setup(doc, "dash")
    clauses = []
    n_h = [make_numbering(doc, "%1、")]

    # 红头 (two lines)
    add_par(doc, [("中国（新疆）自由贸易试验区", XBS, 30, False, RED)],
            align=C, indent=False, line=44, before=6)
    add_par(doc, [("乌鲁木齐片区管理委员会文件", XBS, 30, False, RED)],
            align=C, indent=False, line=44)
    empty(doc, 2)
    p = add_par(doc, "乌自贸片管发〔2026〕11号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph, manual breaks at odd places
    add_par(doc, [("关于印发《乌鲁木齐片区与哈萨克斯坦\n“霍尔果斯—东大门”经济特区战略合作\n框架协议重点任务分工方案》的通知", XBS, 22, False)],
            align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "片区各部门、各功能区管理机构，各有关单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_h[0])

    items = {"nid": None, "n": 0}

    def new_items():
        items["nid"] = make_numbering(doc, "（%1）")
        items["n"] = 0

    def item(h, t):
        items["n"] += 1
        clauses.append("（%s）%s%s" % (CN[items["n"] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, items["nid"])

    body("2026年1月15日，片区管委会与哈萨克斯坦“霍尔果斯—东大门”经济特区管理公司在乌鲁木齐签署《战略合作框架协议》。为推动协议确定的各项合作事项落地见效，经片区管委会主任办公会议研究同意，现将《乌鲁木齐片区与哈萨克斯坦“霍尔果斯—东大门”经济特区战略合作框架协议重点任务分工方案》印发给你们，请结合工作实际，认真抓好贯彻落实。现就有关事项通知如下：")
    head("高度重视，压实责任")
    new_items()
    item("明确责任分工。", "各牵头单位是重点任务落实的第一责任主体，要对照分工方案，细化工作措施，明确时间表和路线图，于2026年2月28日前将具体推进计划报送片区经济发展局。各配合单位要主动对接、密切配合，形成工作合力。")
    item("建立工作专班。", "片区管委会成立由分管副主任任组长的中哈合作工作专班，专班办公室设在片区经济发展局（国际合作处），负责统筹协调、跟踪调度和督促检查。")
    head("强化协同，务求实效")
    new_items()
    item("加强对外沟通。", "各牵头单位要用好与“霍尔果斯—东大门”经济特区管理公司建立的联络员机制，及时通报合作进展，共同研究解决合作中遇到的困难和问题；涉及跨境事务需报上级部门审批的，按规定程序办理。")
    item("强化要素保障。", "片区财政金融局要统筹安排对外开放专项资金，对重点合作项目给予支持；片区陆港发展局要做好班列运力、场站等要素保障，确保合作项目顺利推进。")
    head("加强督导，确保落地")
    new_items()
    item("实行清单管理。", "片区经济发展局建立重点任务台账，实行季度调度、动态销号。各牵头单位于每季度末月25日前报送推进情况，遇重大问题随时报告。")
    item("严格考核问效。", "重点任务推进情况纳入片区年度绩效考核内容，对工作推进有力、成效明显的予以通报表扬，对推进迟缓、敷衍应付的予以督促整改。")
    empty(doc, 1)
    p = add_par(doc, "附件：乌鲁木齐片区与哈萨克斯坦“霍尔果斯—东大门”\n　　　经济特区战略合作框架协议重点任务分工方案")
    empty(doc, 2)
    # 落款 by typed spaces (half-width), date by right alignment
    add_par(doc, " " * 12 + "中国（新疆）自由贸易试验区", indent=False)
    add_par(doc, " " * 14 + "乌鲁木齐片区管理委员会", indent=False)
    p = add_par(doc, "2026年2月6日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件主动公开）")

    # ---- 附件 in a landscape section
    landscape(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("乌鲁木齐片区与哈萨克斯坦“霍尔果斯—东大门”经济特区", XBS, 20, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("战略合作框架协议重点任务分工方案", XBS, 20, False)],
            align=C, indent=False, line=32)
    empty(doc, 1, line=14)
    intro = "为推动片区管委会与哈萨克斯坦“霍尔果斯—东大门”经济特区管理公司签署的《战略合作框架协议》确定的合作事项落地落实，结合片区工作实际，制定本分工方案。"
    add_par(doc, [(intro, FS, 14, False)], line=24, first=Pt(28))
    clauses.append(intro)

    hdr = ["序号", "重点任务", "工作措施", "责任单位／牵头单位", "责任单位／配合单位", "完成时限"]
    part1 = [
        ["1", "推动跨境物流通道互联互通", "推动乌鲁木齐国际陆港区与“霍尔果斯—东大门”经济特区无水港建立班列对开机制，2026年双向开行中欧（中亚）班列不少于300列", "片区陆港发展局", "乌鲁木齐海关驻陆港办事处", "2026年12月"],
        ["1", "推动跨境物流通道互联互通", "探索开展“一单制”多式联运和集装箱共享共用，降低跨境物流综合成本", "片区陆港发展局", "片区经济发展局", "2026年9月"],
        ["2", "深化经贸产业合作", "联合举办中哈（乌鲁木齐）经贸合作推介会，共同组织企业赴对方园区考察对接", "片区经济发展局（国际合作处）", "片区招商服务中心", "2026年6月"],
        ["2", "深化经贸产业合作", "在“霍尔果斯—东大门”经济特区设立乌鲁木齐片区商品展示交易中心，推动新疆特色农产品、纺织服装、机电产品拓展中亚市场", "片区招商服务中心", "片区经济发展局", "2026年10月"],
        ["2", "深化经贸产业合作", "引导双方园区企业在农产品加工、建材、新能源装备等领域开展产能合作，力争促成合作项目不少于5个", "片区招商服务中心", "各功能区管理机构", "2027年12月"],
    ]
    part2 = [
        ["3", "推进贸易投资便利化", "推动跨境电商“9610”“9710”“9810”业务常态化运行，支持企业在经济特区布局海外仓", "片区经济发展局", "乌鲁木齐海关驻片区办事处", "2026年12月"],
        ["3", "推进贸易投资便利化", "研究推动跨境人民币结算和本外币合一账户试点，为双方园区企业提供跨境金融服务", "片区财政金融局", "片区经济发展局", "2026年12月"],
        ["4", "建立常态化合作机制", "建立双方联络员机制和季度视频会商制度，每年召开一次联合工作委员会会议", "片区经济发展局（国际合作处）", "片区党政办公室", "长期坚持"],
        ["4", "建立常态化合作机制", "开展园区管理、通关服务等领域人员互访和业务培训，每年互派交流人员不少于10人次", "片区党政办公室", "片区经济发展局", "长期坚持"],
    ]

    def task_table(rows, groups):
        t = doc.add_table(rows=2 + len(rows), cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        # two-level header
        for c in (0, 1, 2, 5):
            m = t.cell(0, c).merge(t.cell(1, c))
            set_cell(m, ["序号", "重点任务", "工作措施", "", "", "完成时限"][c], HT, 11, line=18)
        m = t.cell(0, 3).merge(t.cell(0, 4))
        set_cell(m, "责任单位", HT, 11, line=18)
        set_cell(t.cell(1, 3), "牵头单位", HT, 11, line=18)
        set_cell(t.cell(1, 4), "配合单位", HT, 11, line=18)
        for ri, row in enumerate(rows, 2):
            cant_split(t.rows[ri])
            for ci in (2, 3, 4, 5):
                set_cell(t.cell(ri, ci), row[ci], FS, 11, align=L if ci == 2 else C, line=18)
            clauses.append(row_clause(hdr, row))
        for (r0, r1) in groups:           # merge 序号 and 重点任务 per task
            for c in (0, 1):
                m = t.cell(r0 + 2, c).merge(t.cell(r1 + 2, c))
                set_cell(m, rows[r0][c], FS, 11, line=18)
        widths(t, [1.3, 3.4, 9.6, 3.9, 3.9, 2.6])
        return t

    task_table(part1, [(0, 1), (2, 4)])
    page_break(doc)
    add_par(doc, [("续表", HT, 14, False)], indent=False)
    task_table(part2, [(0, 1), (2, 3)])
    note = "注：各牵头单位于每季度末月25日前将推进情况报送片区经济发展局（国际合作处），联系人：古丽娜尔·艾买提，联系电话：0991-3681527。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    p = banji(doc, "抄送：自治区商务厅，乌鲁木齐市人民政府办公厅，乌鲁木齐海关。",
              "中国（新疆）自由贸易试验区乌鲁木齐片区管理委员会党政办公室", "2026年2月6日印发")
    p.paragraph_format.tab_stops.add_tab_stop(Cm(23.5), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于印发《乌鲁木齐片区与哈萨克斯坦“霍尔果斯—东大门”经济特区战略合作框架协议重点任务分工方案》的通知",
            "doc_number": "乌自贸片管发〔2026〕11号",
            "issuer": ["中国（新疆）自由贸易试验区乌鲁木齐片区管理委员会"],
            "date": "2026-02-06",
            "published": None,
            "level": "municipal",
            "region": "乌鲁木齐市",
            "effective": None,
            "expires": None,
            "attachments": ["乌鲁木齐片区与哈萨克斯坦“霍尔果斯—东大门”经济特区战略合作框架协议重点任务分工方案"],
            "doc_type": "通知",
            "recipients": ["片区各部门", "各功能区管理机构", "各有关单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 昆明片区管委会 × 老挝万象赛色塔综合开发区管委会: 编号 line with tab, parties in
# a table, 一、（一）1. numbering, project table with unit in caption and 合计,
# bordered 签署页 table with Chinese-numeral dates, 附件 name list.
def doc_kunming():
    stem = "blind807_kunming_saisheta"
    doc = Document()
    setup(doc, "hyphen")
    clauses = []

    p = add_par(doc, [("编号：KMPQ-GJHZ-2025-006", FS, 12, False), ("\t", FS, 12, False),
                      ("（中文文本）", KT, 12, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    empty(doc, 1)
    for t in ("中国（云南）自由贸易试验区昆明片区",
              "老挝万象赛色塔综合开发区",
              "战略合作框架协议"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=38)
    empty(doc, 1)

    def body(t):               # indent typed as two full-width spaces
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, True), (t, FS, 16, False)], indent=False)

    # parties in a table
    ph = ["项目", "甲方", "乙方"]
    prow = [
        ["名称", "中国（云南）自由贸易试验区昆明片区管理委员会", "老挝万象赛色塔综合开发区管理委员会"],
        ["地址", "云南省昆明市官渡区经开路3号", "老挝万象市赛色塔县13号公路南段"],
        ["负责人", "李明华（主任）", "宋萨瓦·蓬玛尼（主席）"],
        ["联络部门", "昆明片区管委会投资促进局", "开发区管委会投资服务部"],
        ["联系电话", "0871-67213568", "+856-21-265018"],
    ]
    t = doc.add_table(rows=1 + len(prow), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(ph):
        set_cell(t.rows[0].cells[i], h, HT, 14)
    for ri, row in enumerate(prow, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 14, align=C if ci == 0 else L, line=22)
        clauses.append(row_clause(ph, row))
    widths(t, [2.6, 6.6, 6.4])
    empty(doc, 1)

    body("为落实中老两国领导人关于构建中老命运共同体的重要共识，推动共建“一带一路”高质量发展，用好中老铁路和《区域全面经济伙伴关系协定》(RCEP)带来的发展机遇，甲乙双方(以下合称“双方”)在平等互利、优势互补的基础上，经友好协商，就建立战略合作伙伴关系达成如下框架协议：")
    head("一、合作基础")
    body("甲方是中国（云南）自由贸易试验区的重要组成部分，实施范围76平方公里，重点发展高端制造、航空物流、数字经济、总部经济等产业，2024年实现外贸进出口总额418.6亿元。乙方是中老两国政府共同确定的国家级合作项目，规划面积11.5平方公里，已入驻企业146家，初步形成以商贸物流、农产品加工、新能源汽车组装等为主的产业格局。")
    body("双方均位于中老铁路沿线，具有良好的合作基础和广阔的合作空间。")
    head("二、合作内容")
    runin("（一）产业协作。", "双方围绕中老铁路沿线产业带建设，推动形成“昆明研发制造＋万象组装分拨”的跨境产业链分工格局，重点在新能源汽车及零部件、农产品精深加工、生物医药、建材等领域开展产能合作。")
    runin("（二）招商联动。", "双方建立招商信息共享机制，互设招商联络点，每年至少联合举办1次投资推介活动，共同引导中国企业赴乙方投资兴业、老挝及东盟企业到甲方设立区域总部。")
    runin("（三）物流通道。", "双方依托中老铁路和昆明—万象国际道路运输线路，推动“澜湄快线”国际货运班列常态化开行，探索开展“铁路快通”“一单制”等多式联运模式，提高跨境物流效率。")
    runin("（四）贸易便利化。", "双方在各自权限范围内推动以下工作：")
    body("1.推动两地海关、检验检疫等部门开展“经认证的经营者”(AEO)互认合作信息交流；")
    body("2.支持甲方跨境电商综合服务平台与乙方商贸物流园区对接，探索建设海外仓和跨境电商分拨中心；")
    body("3.共同研究推动跨境人民币结算、老挝基普对人民币直接挂牌交易等金融服务便利化措施。")
    runin("（五）人才交流。", "双方定期互派管理人员开展交流学习，甲方每年为乙方培训园区管理、招商服务等方面人员不少于30人次。")
    body("经双方协商，确定首批合作项目5个，计划总投资5.26亿美元，具体如下：")
    add_par(doc, [("表1\u3000首批合作项目清单（单位：万美元）", HT, 14, False)], align=C, indent=False)
    th = ["序号", "项目名称", "计划投资额", "建设期限", "实施主体"]
    trows = [
        ["1", "中老新能源汽车零部件组装基地", "18000", "2026—2028年", "云南中老澜湄汽车科技有限公司"],
        ["2", "赛色塔跨境农产品冷链加工中心", "9600", "2026—2027年", "云南滇老农业发展有限公司"],
        ["3", "中老铁路万象南站物流分拨中心", "12500", "2026—2028年", "老中铁路物流(万象)有限公司"],
        ["4", "赛色塔生物医药产业园（一期）", "8200", "2027—2029年", "昆明片区生物医药企业联合体"],
        ["5", "昆明—万象跨境电商海外仓", "4300", "2026年", "云南跨境通供应链管理有限公司"],
        ["合计", "—", "52600", "—", "—"],
    ]
    t = doc.add_table(rows=1 + len(trows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(th):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(trows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci in (1, 4) else C)
        clauses.append(row_clause(th, row))
    widths(t, [1.4, 4.6, 2.6, 2.4, 4.6])
    note = "注：计划投资额为初步估算数，以项目可行性研究报告和具体项目协议为准。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)
    empty(doc, 1, line=14)
    head("三、合作机制")
    runin("（一）建立联合工作组。", "双方成立联合工作组，由双方主要负责人担任组长，原则上每半年召开一次工作会议(可采取视频会议形式)，总结合作进展，研究部署下一阶段工作。联合工作组成员名单见附件。")
    runin("（二）建立联络员制度。", "双方各指定1名联络员，负责日常沟通联络和合作事项跟踪落实。")
    head("四、其他")
    body("1．本协议为框架性协议，双方在本协议项下的具体合作事项，另行签订具体协议予以明确。")
    body("2．本协议自双方代表签字之日起生效，有效期三年。期满前如双方均未书面提出终止，本协议自动延续三年。")
    body("3．本协议的修改或补充，须经双方书面同意。")
    body("4．本协议以中文、老挝文和英文书就，一式六份，双方各执三份，三种文本具有同等效力。如对文本解释发生分歧，以英文文本为准。")
    empty(doc, 1)
    add_par(doc, IND + "附件：联合工作组成员名单", indent=False)

    # ---- 签署页 (bordered table)
    page_break(doc)
    add_par(doc, [("签  署  页", HT, 18, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    sig = [("甲方：中国（云南）自由贸易试验区昆明片区管理委员会", "乙方：老挝万象赛色塔综合开发区管理委员会"),
           ("代表（签字）：\n\n\n", "代表（签字）：\n\n\n"),
           ("职务：主任", "职务：主席"),
           ("日期：二〇二五年十一月二十日", "日期：二〇二五年十一月二十日")]
    for ri, (a, b) in enumerate(sig):
        for ci, v in enumerate((a, b)):
            cell = t.cell(ri, ci)
            cell.text = ""
            p = cell.paragraphs[0]
            for k, part in enumerate(v.split("\n")):
                if k:
                    p.add_run().add_break(WD_BREAK.LINE)
                if part:
                    font(p.add_run(part), FS, 14)
            p.paragraph_format.line_spacing = Pt(26)
    m = t.cell(4, 0).merge(t.cell(4, 1))
    set_cell(m, "签署地点：老挝人民民主共和国万象市", FS, 14, line=26)
    widths(t, [7.8, 7.8])

    # ---- 附件
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("联合工作组成员名单", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1, line=20)
    ah = ["序号", "组内职务", "甲方", "乙方"]
    arows = [
        ["1", "组长", "李明华（昆明片区管委会主任）", "宋萨瓦·蓬玛尼（开发区管委会主席）"],
        ["2", "副组长", "张建伟（昆明片区管委会副主任）", "坎培·西萨瓦（开发区管委会副主席）"],
        ["3", "成员", "王静（昆明片区管委会投资促进局局长）", "诺拉·蓬沙万（开发区管委会投资服务部部长）"],
        ["4", "联络员", "杨帆（昆明片区管委会投资促进局对外合作科科长）", "陈明（开发区管委会中方办公室主任）"],
    ]
    t = doc.add_table(rows=1 + len(arows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(ah):
        set_cell(t.rows[0].cells[i], h, HT, 14)
    for ri, row in enumerate(arows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 14, align=L if ci >= 2 else C, line=22)
        clauses.append(row_clause(ah, row))
    widths(t, [1.4, 2.6, 5.8, 5.8])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（云南）自由贸易试验区昆明片区老挝万象赛色塔综合开发区战略合作框架协议",
            "doc_number": "KMPQ-GJHZ-2025-006",
            "issuer": ["中国（云南）自由贸易试验区昆明片区管理委员会", "老挝万象赛色塔综合开发区管理委员会"],
            "date": "2025-11-20",
            "published": None,
            "level": "municipal",
            "region": "昆明市",
            "effective": "2025-11-20",
            "expires": None,
            "attachments": ["联合工作组成员名单"],
            "doc_type": "协议",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_qinzhou(), doc_urumqi(), doc_kunming()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
