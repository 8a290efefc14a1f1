# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 725 blind test documents: 首届“一带一路”跨境电商创新创业大赛征集公告 (three variants)."""
import copy
import json
import os
import random
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"

EXPECTED = {}


# ----------------------------------------------------------------- helpers
def set_font(run, east, size=16, bold=False, color=None):
    run.font.name = "Times New Roman"
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)


def fmt(p, indent=True, align=None, exact=28, before=0, after=0):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align


def add_par(container, segments, font=FS, size=16, indent=True, align=None,
            clauses=None, exact=28, bold_first=False, lead_font=None):
    """segments: list of str or tuples (text, font, bold) or "\n" for a soft break.
    If clauses is a list, the joined text (soft breaks removed) is appended."""
    p = container.add_paragraph()
    fmt(p, indent=indent, align=align, exact=exact)
    text = []
    for i, seg in enumerate(segments):
        if seg == "\n":
            r = p.add_run()
            r.add_break()
            continue
        if isinstance(seg, tuple):
            t, f, b = seg
        else:
            t, f, b = seg, font, False
        r = p.add_run(t)
        set_font(r, f, size, bold=b)
        text.append(t)
    if clauses is not None:
        clauses.append("".join(text))
    return p


def empty(container, n=1):
    for _ in range(n):
        p = container.add_paragraph()
        fmt(p, indent=False)


def heading(doc, text, font=HT, bold=False):
    p = doc.add_paragraph()
    fmt(p, indent=True)
    r = p.add_run(text)
    set_font(r, font, 16, bold=bold)
    return p


def title(doc, lines):
    for ln in lines:
        p = doc.add_paragraph()
        fmt(p, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
        r = p.add_run(ln)
        set_font(r, XBS, 22)


def page_setup(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)


def page_number_footer(doc, dash="— "):
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(dash)
    set_font(r, "宋体", 14)

    def fld(kind, txt=None):
        rr = p.add_run()
        set_font(rr, "宋体", 14)
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        elif kind == "text":
            rr.text = txt
            return
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        rr._element.append(el)

    fld("begin")
    fld("instr", " PAGE ")
    fld("separate")
    fld("text", "1")
    fld("end")
    r = p.add_run(dash[::-1])
    set_font(r, "宋体", 14)


def cell_text(cell, segments, font=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    fmt(p, indent=False, align=align, exact=22)
    for seg in segments:
        if seg == "\n":
            p.add_run().add_break()
            continue
        r = p.add_run(seg)
        set_font(r, font, size, bold=bold)


def fix_widths(table, widths):
    """Write tblGrid and cell widths so LibreOffice honours them."""
    tbl = table._tbl
    grid = tbl.tblGrid
    cols = grid.findall(qn("w:gridCol"))
    for gc, w in zip(cols, widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    table.autofit = False
    for row in table.rows:
        for tc, w in zip(row._tr.tc_lst, widths):
            tc.width = Cm(w)


def grid_table(doc, rows, cols, widths):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    fix_widths(t, widths)
    return t


def data_table(doc, header, rows, widths, clauses, merges=(), hdr_font=HT):
    """rows: list of lists; a cell may be a list of segments (with "\n" soft breaks).
    merges: list of (col, first_row, last_row) vertical merges (row idx in rows)."""
    t = grid_table(doc, len(rows) + 1, len(header), widths)
    for j, h in enumerate(header):
        segs = h if isinstance(h, list) else [h]
        cell_text(t.rows[0].cells[j], segs, font=hdr_font, bold=False)
    skip = set()
    for col, a, b in merges:
        top = t.cell(a + 1, col)
        top.merge(t.cell(b + 1, col))
        for k in range(a + 1, b + 1):
            skip.add((k, col))
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if (i, j) in skip:
                continue
            segs = val if isinstance(val, list) else [val]
            al = WD_ALIGN_PARAGRAPH.LEFT if j == len(row) - 1 and len(header) == 3 and len("".join(s for s in segs if s != "\n")) > 12 else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.cell(i + 1, j), segs, align=al)
    # answer key
    hnames = ["".join(s for s in (h if isinstance(h, list) else [h]) if s != "\n") for h in header]
    merged_val = {}
    for col, a, b in merges:
        for k in range(a, b + 1):
            merged_val[(k, col)] = rows[a][col]
    for i, row in enumerate(rows):
        vals = []
        for j in range(len(header)):
            v = merged_val.get((i, j), row[j])
            segs = v if isinstance(v, list) else [v]
            vals.append("".join(s for s in segs if s != "\n"))
        if all(v == "" for v in vals):
            continue  # empty trailing row left by the typist
        clauses.append("；".join(f"{hnames[j]}：{vals[j]}" for j in range(len(header))))
    return t


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def make_qr(path, seed):
    from PIL import Image, ImageDraw
    rnd = random.Random(seed)
    n, m = 25, 8
    img = Image.new("RGB", ((n + 8) * m, (n + 8) * m), "white")
    d = ImageDraw.Draw(img)

    def box(x, y, s, fill):
        d.rectangle([(x + 4) * m, (y + 4) * m, (x + 4 + s) * m - 1, (y + 4 + s) * m - 1], fill=fill)

    for y in range(n):
        for x in range(n):
            if rnd.random() < 0.5:
                box(x, y, 1, "black")
    for (fx, fy) in ((0, 0), (n - 7, 0), (0, n - 7)):
        box(fx, fy, 7, "white")
        box(fx, fy, 7, "black")
        box(fx + 1, fy + 1, 5, "white")
        box(fx + 2, fy + 2, 3, "black")
    img.save(path)


def form_table(doc, unit_label="单位（团队）名称"):
    t = grid_table(doc, 8, 4, [3.6, 4.2, 3.0, 4.6])
    labels = [
        ("项目名称", None),
        ("参赛组别", None),
        (unit_label, None),
        ("统一社会信用代码", "成立时间"),
        ("项目负责人", "联系电话"),
        ("电子邮箱", "团队人数"),
        ("项目简介（500字以内）", None),
        ("推荐单位意见", None),
    ]
    for i, (a, b) in enumerate(labels):
        row = t.rows[i]
        cell_text(row.cells[0], [a], size=14)
        if b is None:
            m = row.cells[1].merge(row.cells[3])
        else:
            cell_text(row.cells[2], [b], size=14)
        if i == 6:
            row.height = Cm(6)
        if i == 7:
            row.height = Cm(3.5)
    return t


def save_and_convert(doc, stem, docs_meta):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_725", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    EXPECTED[stem] = docs_meta


def meta(title_, issuer, date, region, attachments, level="provincial"):
    return {
        "title": title_,
        "doc_number": None,
        "issuer": issuer,
        "date": date,
        "published": None,
        "level": level,
        "region": region,
        "effective": None,
        "expires": None,
        "attachments": attachments,
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }


def runin(head, body, bold=True, font=FS):
    return [(head, font, bold), (body, FS, False)]


# ------------------------------------------------------- numbering (doc 2)
def add_cn_numbering(doc):
    """Word automatic numbering （一）（二）… ; returns a factory for restarted num ids."""
    numbering = doc.part.numbering_part.element
    absid = "725"
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), absid)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    abstract.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"), ("w:suff", "nothing"),
                     ("w:lvlText", "（%1）"), ("w:lvlJc", "left")):
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
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), KT)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    abstract.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    counter = [900]

    def new_num():
        counter[0] += 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(counter[0]))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), absid)
        num.append(a)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        numbering.append(num)
        return counter[0]

    return new_num


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    # numPr must come early in pPr (after pStyle/keepNext...); put first
    ppr.insert(0, numpr)


CN = "一二三四五六七八九十"


# ============================================================ DOC 1 Ningbo
def doc_ningbo(tmp):
    stem = "blind725_ningbo_gonggao"
    doc = Document()
    page_setup(doc)
    page_number_footer(doc)
    C = []
    empty(doc)
    title(doc, ["首届“一带一路”跨境电商", "创新创业大赛征集公告"])
    empty(doc)
    for ln in ["主办单位：浙江省商务厅",
               "承办单位：中国（浙江）自由贸易试验区宁波片区管理委员会",
               "协办单位：宁波市商务局  宁波市人力资源和社会保障局  共青团宁波市委员会"]:
        add_par(doc, [ln], font=KT, indent=True)
    empty(doc)
    add_par(doc, ["为深入贯彻共建“一带一路”倡议，推动跨境电商与先进制造业、特色产业带深度融合，"
                  "激发青年创新创业活力，浙江省商务厅决定举办首届“一带一路”跨境电商创新创业大赛"
                  "（以下简称“大赛”），现面向社会公开征集参赛项目。有关事项公告如下："], clauses=C)

    heading(doc, "一、大赛主题")
    add_par(doc, ["数贸丝路·创赢未来。大赛聚焦“一带一路”沿线国家和地区市场，围绕跨境电商平台建设、"
                  "海外仓布局、品牌出海、数字营销、跨境支付与物流服务创新等方向，遴选一批创新性强、"
                  "成长性好、带动作用明显的优秀项目，打造跨境电商创新创业交流合作平台。"], clauses=C)

    heading(doc, "二、参赛对象")
    add_par(doc, runin("（一）企业组。", "在中华人民共和国境内（不含港澳台地区）依法注册、成立时间不超过5年"
                       "（2020年1月1日以后注册）的跨境电商企业及相关服务企业，具有独立法人资格，无不良信用记录。"),
            clauses=C)
    add_par(doc, runin("（二）团队组。", "尚未注册成立企业的创业团队，团队成员不少于3人、不超过8人，"
                       "项目负责人须年满18周岁，参赛项目须拥有自主知识产权或合法使用权。"), clauses=C)
    add_par(doc, ["（三）留学人员及外籍人员创业项目可按上述条件分别报名参赛。已获得其他省级及以上"
                  "跨境电商类赛事一等奖的项目不得报名。"], clauses=C)
    add_par(doc, ["（四）每个参赛主体限报1个项目，同一项目不得以不同主体重复报名。"], clauses=C)

    heading(doc, "三、赛程安排")
    add_par(doc, ["大赛分为报名、初赛、复赛、决赛四个阶段，具体安排如下："], clauses=C)
    data_table(doc, ["阶段", "时间", "内容"], [
        ["报名阶段", "2025年4月10日—5月31日", "参赛主体登录大赛报名系统或发送邮件提交报名材料"],
        ["初赛", "2025年6月上旬", "组委会组织专家进行书面评审，遴选60个项目进入复赛"],
        ["复赛", "2025年6月下旬", "采取“项目路演+专家问辩”方式，遴选20个项目进入决赛"],
        ["决赛", "2025年7月15日", "决赛路演及现场评审"],
        ["决赛", "2025年7月16日", "颁奖仪式及项目投融资对接会"],
    ], [2.8, 4.6, 8.2], C, merges=[(0, 3, 4)])
    add_par(doc, ["具体时间如有调整，以大赛组委会另行通知为准。"], clauses=C)

    heading(doc, "四、奖项设置")
    add_par(doc, ["大赛企业组、团队组合并评选，设一等奖、二等奖、三等奖和优秀奖，奖金总额100万元。"
                  "具体如下："], clauses=C)
    data_table(doc, ["奖项", "名额", "奖金（万元）"], [
        ["一等奖", "2", "20"],
        ["二等奖", "4", "24"],
        ["三等奖", "6", "24"],
        ["优秀奖", "16", "32"],
        ["合计", "28", "100"],
    ], [5.0, 4.0, 5.0], C)
    add_par(doc, runin("（一）", "奖金为税前金额，同一奖项按名额平均分配，由承办单位在决赛结束后30个工作日内发放，"
                       "个人所得税由获奖者依法缴纳。", bold=False), clauses=C)
    add_par(doc, ["（二）获奖项目在宁波片区落地注册的，可按规定优先享受片区人才公寓、办公场地租金减免、"
                  "跨境电商专项资金等扶持政策。"], clauses=C)
    add_par(doc, ["（三）组委会将择优推荐获奖项目参加国家级跨境电商相关赛事及投融资对接活动。"], clauses=C)

    heading(doc, "五、报名方式")
    # layout table: text on the left, QR code with caption on the right
    lay = doc.add_table(rows=1, cols=2)
    no_borders(lay)
    fix_widths(lay, [11.6, 4.0])
    left, right = lay.rows[0].cells
    left._element.remove(left.paragraphs[0]._p)
    add_par(left, runin("（一）报名时间：", "即日起至2025年5月31日24:00。", bold=False), clauses=C)
    add_par(left, runin("（二）线上报名：", "扫描右侧二维码进入大赛报名系统，如实填写报名信息并上传商业计划书、"
                        "营业执照（团队组提供成员身份证明）等材料。", bold=False), clauses=C)
    add_par(left, runin("（三）邮件报名：", "填写参赛报名表（见附件），加盖公章或由项目负责人签字后扫描，"
                        "连同商业计划书发送至报名邮箱。邮件主题请注明“参赛组别+项目名称”。", bold=False),
            clauses=C)
    add_par(left, ["报名邮箱：nbcbec2025@163.com"], clauses=C)
    qr = os.path.join(tmp, "qr1.png")
    make_qr(qr, 7251)
    pp = right.paragraphs[0]
    fmt(pp, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, exact=12)
    pp.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    pp.add_run().add_picture(qr, width=Cm(3.4))
    cap = right.add_paragraph()
    fmt(cap, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, exact=22)
    set_font(cap.add_run("扫码报名"), KT, 14)

    heading(doc, "六、其他事项")
    add_par(doc, ["（一）参赛项目须真实合法，不得侵犯他人知识产权。如发现弄虚作假或存在知识产权纠纷的，"
                  "取消参赛资格；已获奖的，撤销奖项并追回奖金。"], clauses=C)
    add_par(doc, ["（二）大赛不收取任何费用。参赛主体参加复赛、决赛产生的交通、食宿费用自理。"], clauses=C)
    add_par(doc, ["（三）组委会对参赛项目资料负有保密义务，未经参赛主体同意不得向第三方提供。"], clauses=C)
    add_par(doc, ["（四）本公告由大赛组委会负责解释。"], clauses=C)
    add_par(doc, ["联系人：浙江省商务厅电子商务处王磊，联系电话：0571-87701234；宁波片区管委会经济发展局"
                  "陈思远，联系电话：0574-89183456。"], clauses=C)
    add_par(doc, ["附件：参赛报名表"])
    empty(doc)
    p = add_par(doc, ["        首届“一带一路”跨境电商创新创业大赛组委会"], indent=False)
    p.paragraph_format.keep_with_next = True
    add_par(doc, ["                                    2025年4月8日"], indent=False)

    # attachment
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    add_par(doc, [("附件", HT, False)], indent=False)
    empty(doc)
    title(doc, ["参赛报名表"])
    empty(doc)
    form_table(doc)

    save_and_convert(doc, stem, [{
        "meta": meta("首届“一带一路”跨境电商创新创业大赛征集公告",
                     ["首届“一带一路”跨境电商创新创业大赛组委会"], "2025-04-08", "浙江省",
                     ["参赛报名表"]),
        "clauses": C}])


# ========================================================= DOC 2 Zhengzhou
def doc_zhengzhou(tmp):
    stem = "blind725_zhengzhou_gonggao"
    doc = Document()
    page_setup(doc)
    page_number_footer(doc, dash="- ")
    new_num = add_cn_numbering(doc)
    C = []
    title(doc, ["河南省首届“一带一路”跨境电商", "创新创业大赛征集公告"])
    empty(doc)
    # organisers in a borderless layout table
    org = doc.add_table(rows=3, cols=2)
    no_borders(org)
    org.alignment = WD_TABLE_ALIGNMENT.CENTER
    fix_widths(org, [3.4, 12.0])
    orgrows = [("主办单位：", ["河南省商务厅"]),
               ("承办单位：", ["中国（河南）自由贸易试验区郑州片区管理委员会"]),
               ("协办单位：", ["郑州市商务局", "河南保税物流中心", "郑州国际陆港开发建设有限公司"])]
    for i, (k, vs) in enumerate(orgrows):
        a, b = org.rows[i].cells
        cell_text(a, [k], font=KT, size=16, align=WD_ALIGN_PARAGRAPH.RIGHT)
        cell_text(b, [vs[0]], font=KT, size=16, align=WD_ALIGN_PARAGRAPH.LEFT)
        for v in vs[1:]:
            pp = b.add_paragraph()
            fmt(pp, indent=False, align=WD_ALIGN_PARAGRAPH.LEFT, exact=22)
            set_font(pp.add_run(v), KT, 16)
    empty(doc)
    add_par(doc, ["为深入贯彻落实共建“一带一路”倡议，发挥中欧班列（郑州）和跨境电商综合试验区叠加优势，"
                  "推动“丝路电商”合作走深走实，河南省商务厅决定举办河南省首届“一带一路”跨境电商创新创业大赛"
                  "（以下简称大赛）。现将有关事项公告如下。"], clauses=C)

    heading(doc, "一、大赛主题")
    add_par(doc, ["大赛以“丝路云品·豫见全球”为主题，聚焦“跨境电商+中欧班列”“跨境电商+产业带”"
                  "“跨境电商+海外仓”等融合发展新模式，面向全社会征集具有创新性和市场前景的跨境电商项目，"
                  "助力河南优质产品通过跨境电商走向“一带一路”共建国家市场。"], clauses=C)

    heading(doc, "二、参赛对象")
    n1 = new_num()
    items = [
        ("参赛主体。", "在河南省内注册或拟在河南省内落地的跨境电商企业、跨境电商服务企业，以及高校、"
                   "科研院所的创业团队均可报名。"),
        ("企业条件。", "企业须依法设立，注册时间在2019年1月1日之后，上一年度营业收入不超过5000万元，"
                   "无严重失信行为。"),
        ("团队条件。", "团队须由3至10名成员组成，核心成员中至少1人具有跨境电商、国际贸易或相关专业背景，"
                   "在校大学生团队须由所在院校推荐。"),
        ("项目要求。", "参赛项目应符合以下条件之一："),
    ]
    for k, (h, body) in enumerate(items):
        p = add_par(doc, [(h, KT, False), (body, FS, False)], indent=True)
        set_num(p, n1)
        C.append(f"（{CN[k]}）{h}{body}")
    for s in ["1.依托中欧班列、航空口岸等通道开展跨境电商进出口业务的；",
              "2.在“一带一路”共建国家布局海外仓、展示中心或售后服务网点的；",
              "3.在跨境电商选品、营销、支付、物流、通关等环节应用人工智能、大数据等数字技术的；",
              "4.带动省内特色产业带、老字号或农产品品牌出海的。"]:
        add_par(doc, [s], clauses=C)

    heading(doc, "三、赛程安排")
    add_par(doc, ["大赛按照报名、初赛、复赛、决赛的程序进行，赛程安排如下表："], clauses=C)
    data_table(doc, ["阶段", "时间", "内容"], [
        ["报名", ["2025年5月20日—", "\n", "7月10日"], "在线报名，提交参赛材料"],
        ["初赛", "2025年7月中下旬", "线上评审，按组别遴选50个项目进入复赛"],
        ["复赛", "2025年8月上旬", "在郑州片区进行路演评审，遴选15个项目进入决赛"],
        ["决赛", "2025年9月", "结合2025全球跨境电子商务大会举办决赛及颁奖仪式"],
    ], [2.4, 4.2, 9.0], C)

    heading(doc, "四、奖项设置")
    add_par(doc, ["大赛设一等奖1名、二等奖3名、三等奖5名、优秀奖10名、优秀组织奖3名，具体如下："], clauses=C)
    data_table(doc, ["奖项", "名额", ["奖金", "\n", "（万元）"]], [
        ["一等奖", "1", "10"],
        ["二等奖", "3", "15"],
        ["三等奖", "5", "15"],
        ["优秀奖", "10", "10"],
        ["优秀组织奖", "3", "—"],
        ["合计", "22", "50"],
    ], [5.0, 4.0, 5.0], C)
    add_par(doc, ["注：奖金为税前金额，获奖者同时获颁荣誉证书。优秀组织奖授予组织发动工作突出的市县商务主管部门、"
                  "高校及行业协会，只颁发证书。"], font=FS, size=14, clauses=C)
    add_par(doc, ["获奖项目在郑州片区落地的，可申请享受片区跨境电商产业扶持政策，并优先推荐纳入省级跨境电商"
                  "重点项目库。"], clauses=C)

    heading(doc, "五、报名方式")
    add_par(doc, [("（一）报名时间。", KT, False), "2025年5月20日至7月10日。"], clauses=C)
    add_par(doc, [("（二）报名途径。", KT, False), "参赛主体可通过以下任一方式报名："], clauses=C)
    add_par(doc, ["1.扫描下方二维码登录大赛报名系统填报；"], clauses=C)
    add_par(doc, ["2.下载并填写参赛报名表（附件），发送至报名邮箱，邮件标题注明“组别—项目名称—联系人”。"],
            clauses=C)
    lay = doc.add_table(rows=1, cols=2)
    no_borders(lay)
    lay.alignment = WD_TABLE_ALIGNMENT.CENTER
    a, b = lay.rows[0].cells
    fix_widths(lay, [4.2, 4.0])
    qr = os.path.join(tmp, "qr2.png")
    make_qr(qr, 7252)
    pa = a.paragraphs[0]
    pa.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pa.add_run().add_picture(qr, width=Cm(3.2))
    cell_text(b, ["扫码报名"], font=HT, size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
    add_par(doc, ["报名邮箱：hnsilkcbec@126.com"], clauses=C)

    heading(doc, "六、其他事项")
    n2 = new_num()
    others = [
        "参赛主体应对所提交材料的真实性负责，参赛项目不得涉及违法违规内容，不得侵犯第三方知识产权。",
        "大赛全程不收取任何费用。进入决赛的项目，组委会为每个项目提供2人次的食宿保障。",
        "组委会有权对参赛项目进行宣传推介，参赛主体报名即视为同意。",
        "联系方式：河南省商务厅电子商务处，0371-63576123；郑州片区管委会产业发展局，0371-55092288。",
    ]
    for k, s in enumerate(others):
        p = add_par(doc, [s])
        set_num(p, n2)
        C.append(f"（{CN[k]}）{s}")
    empty(doc)
    add_par(doc, ["附件：参赛报名表"])
    empty(doc, 1)
    add_par(doc, ["河南省首届“一带一路”跨境电商创新创业大赛组委会"], indent=False,
            align=WD_ALIGN_PARAGRAPH.RIGHT)
    p = add_par(doc, ["二〇二五年五月二十日"], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Cm(2.2)

    doc.add_section(WD_SECTION.NEW_PAGE)
    add_par(doc, [("附件", HT, False)], indent=False)
    title(doc, ["参赛报名表"])
    empty(doc)
    form_table(doc, unit_label="企业（团队）名称")

    save_and_convert(doc, stem, [{
        "meta": meta("河南省首届“一带一路”跨境电商创新创业大赛征集公告",
                     ["河南省首届“一带一路”跨境电商创新创业大赛组委会"], "2025-05-20", "河南省",
                     ["参赛报名表"]),
        "clauses": C}])


# =========================================================== DOC 3 Qinzhou
def doc_qinzhou(tmp):
    stem = "blind725_qinzhou_gonggao"
    doc = Document()
    page_setup(doc)
    page_number_footer(doc)
    C = []
    empty(doc)
    title(doc, ["首届“一带一路”跨境电商创新创业大赛", "征集公告"])
    empty(doc)
    add_par(doc, ["主办单位：广西壮族自治区商务厅"], font=KT, indent=False)
    add_par(doc, ["承办单位：中国（广西）自由贸易试验区钦州港片区管理委员会"], font=KT, indent=False)
    add_par(doc, ["协办单位：钦州市商务局", "\n", "　　　　　北部湾大学"], font=KT, indent=False)
    empty(doc)
    add_par(doc, ["为深入贯彻落实共建“一带一路”倡议，发挥广西面向东盟的区位优势和中国（广西）自由贸易试验区"
                  "制度创新优势，推动跨境电商与西部陆海新通道联动发展，经研究，决定举办首届“一带一路”跨境电商"
                  "创新创业大赛（以下简称大赛）。现就参赛项目征集有关事项公告如下："], clauses=C)

    heading(doc, "一、　大赛主题", font=HT)
    add_par(doc, ["本届大赛主题为“陆海联通·数贸东盟”。大赛重点面向东盟市场，征集跨境电商平台、独立站、海外仓、",
                  "\n",
                  "跨境物流与供应链服务、跨境支付结算、跨境电商人才培训等领域的创新创业项目。"], clauses=C)

    heading(doc, "二、　参赛对象", font=HT)
    add_par(doc, runin("（一）参赛组别。", "大赛设成长组和创意组：", font=KT, bold=False), clauses=C)
    add_par(doc, ["1．成长组：在中华人民共和国境内依法注册满1年、不超过5年的企业，2025年度跨境电商交易额"
                  "（或服务收入）不低于100万元；"], clauses=C)
    add_par(doc, ["2．创意组：拥有跨境电商创新项目、尚未注册企业或注册不满1年的创业团队（含高校在校生及毕业",
                  "\n", "5年内的高校毕业生团队）。"], clauses=C)
    add_par(doc, runin("（二）基本条件。", "参赛主体应遵纪守法、诚实守信，参赛项目须满足以下要求：",
                       font=KT, bold=False), clauses=C)
    add_par(doc, ["（1）项目具有明确的商业模式和可实施的运营计划；"], clauses=C)
    add_par(doc, ["（2）项目知识产权清晰，不存在权属纠纷；"], clauses=C)
    add_par(doc, ["（3）项目未获得过其他国家级创新创业赛事同类奖项。"], clauses=C)
    add_par(doc, runin("（三）其他。", "东盟国家在华留学生、华人华侨创业团队可报名参加创意组。",
                       font=KT, bold=False), clauses=C)

    heading(doc, "三、　赛程安排", font=HT)
    add_par(doc, ["大赛赛程安排如下："], clauses=C)
    data_table(doc, ["阶段", "时间", "内容"], [
        ["报名征集", "2026年3月16日—4月30日", "参赛主体在线提交报名材料"],
        ["初赛", "2026年5月", "书面评审，两个组别各遴选30个项目进入复赛"],
        ["复赛", "2026年6月", "线上路演评审，两个组别各遴选10个项目进入决赛"],
        ["决赛", "2026年7月", "在钦州举办现场路演决赛，评定奖项并举行颁奖仪式"],
        ["", "", ""],
    ], [2.8, 4.8, 8.0], C)

    heading(doc, "四、　奖项设置", font=HT)
    add_par(doc, ["大赛成长组、创意组分别设置奖项，各组奖项及奖金标准相同。每组奖项设置如下："], clauses=C)
    data_table(doc, ["奖项", "名额", "奖金（万元）"], [
        ["一等奖", "1", "8"],
        ["二等奖", "2", "10"],
        ["三等奖", "3", "9"],
        ["优秀奖", "4", "4"],
        ["合计", "10", "31"],
    ], [5.0, 4.0, 5.0], C)
    add_par(doc, ["获奖项目除获得奖金外，可优先入驻钦州港片区跨境电商产业园，按规定享受最长2年的办公场地租金减免，"
                  "并优先推荐参加中国—东盟博览会跨境电商专题对接活动。"], clauses=C)

    heading(doc, "五、　报名方式", font=HT)
    add_par(doc, runin("（一）扫码报名。", "使用微信扫描下方二维码，进入大赛报名页面填写报名信息，"
                       "上传商业计划书及相关证明材料。", font=KT, bold=False), clauses=C)
    # picture and caption in the same paragraph, caption beside the picture
    qr = os.path.join(tmp, "qr3.png")
    make_qr(qr, 7253)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run().add_picture(qr, width=Cm(3.0))
    set_font(p.add_run("  扫码报名"), KT, 14)
    add_par(doc, runin("（二）邮箱报名。", "填写参赛报名表（附件），连同商业计划书等材料打包发送至报名邮箱，"
                       "压缩包以“组别+项目名称”命名。", font=KT, bold=False), clauses=C)
    add_par(doc, ["报名邮箱：qzgcbec@163.com"], clauses=C)
    add_par(doc, ["报名截止时间为2026年4月30日17:30，逾期不予受理。"], clauses=C)

    heading(doc, "六、　其他事项", font=HT)
    add_par(doc, ["（一）大赛不向参赛主体收取任何费用，决赛选手往返交通费用由组委会按标准给予补助。"], clauses=C)
    add_par(doc, ["（二）参赛主体须保证报名材料真实有效，如有弄虚作假，一经查实，取消参赛及获奖资格。"], clauses=C)
    add_par(doc, ["（三）大赛相关信息将在广西壮族自治区商务厅门户网站、钦州港片区管委会微信公众号同步发布。"],
            clauses=C)
    add_par(doc, ["（四）大赛最终解释权归大赛组委会。"], clauses=C)
    add_par(doc, ["联系人：黄晓明（钦州港片区管委会商务局），联系电话：0777-3881234。"], clauses=C)
    empty(doc)
    add_par(doc, ["附件：首届“一带一路”跨境电商创新创业大赛参赛报名表"])
    empty(doc, 2)
    p = add_par(doc, ["首届“一带一路”跨境电商", "\n", "创新创业大赛组委会"], indent=False,
                align=WD_ALIGN_PARAGRAPH.CENTER)
    p.paragraph_format.left_indent = Cm(7.0)
    p = add_par(doc, ["2026年3月16日"], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    p.paragraph_format.left_indent = Cm(7.0)

    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    add_par(doc, [("附件", HT, False)], indent=False)
    empty(doc)
    title(doc, ["首届“一带一路”跨境电商创新创业大赛", "参赛报名表"])
    empty(doc)
    form_table(doc)

    save_and_convert(doc, stem, [{
        "meta": meta("首届“一带一路”跨境电商创新创业大赛征集公告",
                     ["首届“一带一路”跨境电商创新创业大赛组委会"], "2026-03-16", "广西壮族自治区",
                     ["首届“一带一路”跨境电商创新创业大赛参赛报名表"]),
        "clauses": C}])


def main():
    with tempfile.TemporaryDirectory() as tmp:
        doc_ningbo(tmp)
        doc_zhengzhou(tmp)
        doc_qinzhou(tmp)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
