# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 746: 海关高级认证企业名单公告 (Word + PDF + expected.json)."""
import json
import os
import random
import subprocess
from datetime import date, timedelta

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"

# ---------------------------------------------------------------- codes
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_val(c):
    return int(c) if c.isdigit() else ord(c) - 55


def org_check(body8):
    s = sum(org_val(c) * w for c, w in zip(body8, ORG_W))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(area6, rng, new=True):
    if new:
        pool = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        body = "MA" + "".join(rng.choice(pool) for _ in range(6))
    else:
        body = str(rng.choice([6, 7, 0, 1, 5])) + "".join(rng.choice("0123456789") for _ in range(7))
    org = body + org_check(body)
    s17 = "91" + area6 + org
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(s17, USCC_W))
    c = 31 - s % 31
    return s17 + USCC_CHARS[0 if c == 31 else c]


def customs_code(area4, rng, used):
    while True:
        zone = rng.choice("9999923356")
        kind = rng.choice("3446666698")
        code = area4 + zone + kind + "%04d" % rng.randint(1, 9999)
        if code not in used:
            used.add(code)
            return code


def cert_dates(rng, n):
    out = []
    d0 = date(2026, 1, 5)
    while len(out) < n:
        d = d0 + timedelta(days=rng.randint(0, 85))
        if d.weekday() < 5:
            out.append(d)
    return sorted(out)


# ---------------------------------------------------------------- names
ZIHAO = ["恒泰", "中联", "华储", "瑞丰", "宏达", "鑫源", "金润", "通远", "博瑞", "安捷", "汇通", "天成",
         "联创", "远航", "佳诚", "正信", "德昌", "万邦", "盛世", "嘉和", "荣鑫", "永信", "华晟", "新程",
         "信达", "凯越", "众恒", "鼎盛", "合力", "宇通达", "润安", "蓝海", "明远", "卓越", "海纳", "兴华",
         "中邦", "锦程", "泰和", "九州", "通泰", "元丰", "昊天", "益丰", "东润", "同力", "恒昌", "金桥"]
INDUSTRY = ["电子科技", "供应链管理", "精密机械", "国际贸易", "新材料科技", "智能装备", "食品",
            "汽车零部件", "生物医药", "光电科技", "进出口", "国际物流", "跨境电子商务", "农业科技",
            "纺织", "铝业", "化工", "电气", "医疗器械", "半导体", "国际货运代理", "报关"]
FORMS = ["有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司"]
FOREIGN = ["康硕", "美达斯", "富莱德", "艾克森", "索伦", "德尔福斯", "纬华", "仁宝伦", "宝科特", "西蒙斯"]
FOREIGN_IND = ["电子", "精密工业", "汽车系统", "光电", "医疗科技", "电脑"]


def make_names(rng, prefixes, city, n, longs):
    names, seen = [], set()
    names.extend(longs)
    seen.update(longs)
    while len(names) < n:
        r = rng.random()
        if r < 0.14:
            nm = "%s%s（%s）有限公司" % (rng.choice(FOREIGN), rng.choice(FOREIGN_IND), city)
        else:
            nm = rng.choice(prefixes) + rng.choice(ZIHAO) + rng.choice(INDUSTRY) + rng.choice(FORMS)
        if nm not in seen:
            seen.add(nm)
            names.append(nm)
    rng.shuffle(names)
    return names


REASONS = [
    "企业申请放弃高级认证",
    "经复核不再符合海关高级认证企业标准",
    "企业已办理海关备案注销手续",
    "企业信用等级被调整为失信企业",
    "企业因违反海关监管规定被海关行政处罚，不再符合高级认证企业标准",
    "企业发生合并，原主体已注销",
    "经复核，内部控制及贸易安全标准不达标",
]


# ---------------------------------------------------------------- docx helpers
def set_font(run, font, size=None, bold=None, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first=None, exact=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None, first=32, exact=28, color=None):
    p = doc_or_cell.add_paragraph()
    fmt(p, align=align, first=first, exact=exact)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def add_run(p, text, font=FS, size=16, bold=False, color=None):
    r = p.add_run(text)
    set_font(r, font, size, bold, color)
    return r


def border(p, side, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)


def page_setup(sec, landscape=False):
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        sec.top_margin, sec.bottom_margin = Cm(2.8), Cm(2.6)
        sec.left_margin, sec.right_margin = Cm(3.0), Cm(3.0)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
        sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)


def page_number_footer(sec):
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(p, "— ", FS, 14)
    r = p.add_run()
    set_font(r, FS, 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("t", "1"), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
            r._element.append(el)
        elif kind == "t":
            el = OxmlElement("w:t")
            el.text = txt
            r._element.append(el)
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            r._element.append(el)
    add_run(p, " —", FS, 14)


def row_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def row_cantsplit(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trpr.append(c)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, breaks=None):
    p = cell.paragraphs[0]
    fmt(p, align=align, first=0, exact=20)
    if breaks:
        for i, part in enumerate(breaks):
            r = add_run(p, part, font, size, bold)
            if i < len(breaks) - 1:
                r.add_break()
    else:
        add_run(p, text, font, size, bold)


def list_table(doc, headers, rows, widths_cm, header_breaks=None, left_cols=(1,)):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    hdr = t.rows[0]
    row_header(hdr)
    row_cantsplit(hdr)
    for i, h in enumerate(headers):
        br = header_breaks.get(i) if header_breaks else None
        cell_text(hdr.cells[i], h, HT, 10.5, False, breaks=br)
    for r in rows:
        row = t.add_row()
        row_cantsplit(row)
        for i, v in enumerate(r):
            al = WD_ALIGN_PARAGRAPH.LEFT if i in left_cols else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(row.cells[i], v, FS, 10.5, False, align=al)
    for row in t.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    tblpr = t._tbl.tblPr
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblpr.append(tw)
    tw.set(qn("w:type"), "dxa")
    tw.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    return t


def row_clause(headers, r):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, r))


def cn_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    page_setup(doc.sections[0])
    page_number_footer(doc.sections[0])
    return doc


# ---------------------------------------------------------------- Word numbering (一、二、三、)
def add_chinese_numbering(doc):
    numbering = doc.part.numbering_part.element
    abs_id, num_id = "746", "746"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), abs_id)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1、"), ("w:lvlJc", "left")):
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
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), FS)
    rpr.append(rf)
    lvl.append(rpr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), num_id)
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), abs_id)
    num.append(a)
    numbering.append(num)
    return num_id


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), num_id)
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


CN = "一二三四五六七八九十"

# ================================================================= document 1: 郑州海关
def doc_zhengzhou():
    rng = random.Random(74601)
    stem = "blind746_zhengzhou_gonggao"
    areas = [("410100", "4101", "郑州"), ("410100", "4101", "郑州"), ("410100", "4101", "郑州"),
             ("410300", "4103", "洛阳"), ("410700", "4107", "新乡"), ("411000", "4110", "许昌"),
             ("410800", "4108", "焦作"), ("411300", "4113", "南阳")]
    longs = ["河南省中原国际陆港多式联运供应链管理集团有限公司", "郑州航空港经济综合实验区兴港跨境电子商务产业园运营有限公司"]
    names = make_names(rng, ["河南", "河南省", "郑州", "洛阳", "新乡", "许昌", "焦作", "南阳"], "郑州", 34 + 9, longs)
    new_names, rev_names = names[:34], names[34:]
    used = set()
    dates = cert_dates(rng, 34)
    new_rows = []
    for i, nm in enumerate(new_names):
        a6, a4, _ = rng.choice(areas)
        new_rows.append([str(i + 1), nm, uscc(a6, rng, rng.random() < 0.6), customs_code(a4, rng, used), cn_date(dates[i])])
    rev_rows = []
    for i, nm in enumerate(rev_names):
        a6, a4, _ = rng.choice(areas)
        rev_rows.append([str(i + 1), nm, customs_code(a4, rng, used), rng.choice(REASONS)])

    doc = new_doc()
    # 版头
    p = para(doc, "郑州海关", XBS, 48, False, WD_ALIGN_PARAGRAPH.CENTER, 0, exact=None, color=RED)
    p.paragraph_format.space_before = Pt(24)
    p = para(doc, "", first=0, exact=12)
    border(p, "bottom", "FF0000", 18)
    para(doc, "", first=0)
    title = "郑州海关关于公布2026年第一季度关区高级认证企业名单的公告"
    para(doc, title, XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, 0, exact=36)
    para(doc, "郑州海关公告2026年第3号", KT, 16, False, WD_ALIGN_PARAGRAPH.CENTER, 0)
    para(doc, "", first=0)

    body = [
        "根据《中华人民共和国海关注册登记和备案企业信用管理办法》（海关总署令第251号）、《海关高级认证企业标准》有关规定，郑州海关对关区企业提出的高级认证申请开展了认证，并对部分高级认证企业开展了复核。现将2026年第一季度认证及复核结果公告如下：",
        "一、%s等34家企业经认证符合海关高级认证企业标准，认定为海关高级认证企业（AEO高级认证企业），自认证时间起适用高级认证企业管理措施，具体名单见附件1。" % new_names[0],
        "二、%s等9家企业因申请放弃高级认证、经复核不再符合海关高级认证企业标准等原因，撤销其海关高级认证企业资格，具体名单见附件2。被撤销海关高级认证企业资格的企业，1年内不得再次申请成为高级认证企业。" % rev_names[0],
        "三、海关高级认证企业享受降低进出口货物查验率、优先办理通关手续、减少单证审核等便利管理措施，并可享受与我国签署AEO互认安排的国家（地区）海关给予的通关便利。企业信用信息可通过“中国海关企业进出口信用信息公示平台”（http://credit.customs.gov.cn）查询。",
        "联系人：郑州海关企业管理和稽查处  王  敏，联系电话：0371-65597326。",
        "特此公告。",
    ]
    for t in body:
        para(doc, t)
    para(doc, "", first=0)
    # 附件 list typed by hand with spaces
    p = para(doc, "附件：1.新增高级认证企业名单")
    p = para(doc, "      2.撤销高级认证企业名单")
    para(doc, "", first=0)
    para(doc, "", first=0)
    para(doc, "郑州海关        ", align=WD_ALIGN_PARAGRAPH.RIGHT, first=0)
    para(doc, "2026年4月8日      ", align=WD_ALIGN_PARAGRAPH.RIGHT, first=0)

    h1 = ["序号", "企业名称", "统一社会信用代码", "海关编码", "认证时间"]
    h2 = ["序号", "企业名称", "海关编码", "撤销原因"]
    p = para(doc, "附件1", HT, 16, False, WD_ALIGN_PARAGRAPH.LEFT, 0)
    p.paragraph_format.page_break_before = True
    para(doc, "", first=0)
    para(doc, "新增高级认证企业名单", XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, 0, exact=36)
    para(doc, "", first=0)
    list_table(doc, h1, new_rows, [1.0, 5.0, 5.2, 3.0, 2.6])
    p = para(doc, "附件2", HT, 16, False, WD_ALIGN_PARAGRAPH.LEFT, 0)
    p.paragraph_format.page_break_before = True
    para(doc, "", first=0)
    para(doc, "撤销高级认证企业名单", XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, 0, exact=36)
    para(doc, "", first=0)
    list_table(doc, h2, rev_rows, [1.0, 6.0, 3.0, 6.0], left_cols=(1, 3))

    clauses = body + [row_clause(h1, r) for r in new_rows] + [row_clause(h2, r) for r in rev_rows]
    meta = {
        "title": title,
        "doc_number": "郑州海关公告2026年第3号",
        "issuer": ["郑州海关"],
        "date": "2026-04-08",
        "published": None,
        "level": "provincial",
        "region": "河南省",
        "effective": None,
        "expires": None,
        "attachments": ["新增高级认证企业名单", "撤销高级认证企业名单"],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


# ================================================================= document 2: 成都海关
def doc_chengdu():
    rng = random.Random(74602)
    stem = "blind746_chengdu_gonggao"
    areas = [("510100", "5101", "成都"), ("510100", "5101", "成都"), ("510116", "5101", "成都"),
             ("510112", "5101", "成都"), ("510700", "5107", "绵阳"), ("510600", "5106", "德阳"),
             ("511500", "5115", "宜宾"), ("510500", "5105", "泸州")]
    longs = ["四川省港航投资集团国际多式联运供应链服务有限公司", "成都国际铁路港中欧班列跨境贸易服务有限公司"]
    names = make_names(rng, ["四川", "四川省", "成都", "绵阳", "德阳", "宜宾", "泸州"], "成都", 28 + 7, longs)
    new_names, rev_names = names[:28], names[28:]
    used = set()
    dates = cert_dates(rng, 28)
    new_rows, rev_rows = [], []
    for i, nm in enumerate(new_names):
        a6, a4, _ = rng.choice(areas)
        d = dates[i]
        new_rows.append([str(i + 1), nm, uscc(a6, rng, rng.random() < 0.55), customs_code(a4, rng, used),
                         "%d-%02d-%02d" % (d.year, d.month, d.day)])
    for i, nm in enumerate(rev_names):
        a6, a4, _ = rng.choice(areas)
        rev_rows.append([str(i + 1), nm, customs_code(a4, rng, used), rng.choice(REASONS)])

    doc = new_doc()
    num_id = add_chinese_numbering(doc)
    title = "成都海关关于公布2026年第一季度关区高级认证企业名单的公告"
    para(doc, "", first=0)
    para(doc, title, XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, 0, exact=36)
    para(doc, "成都海关公告2026年第5号", FS, 16, False, WD_ALIGN_PARAGRAPH.CENTER, 0)
    para(doc, "", first=0)

    intro = "为进一步优化口岸营商环境，促进关区外贸保稳提质，根据《中华人民共和国海关注册登记和备案企业信用管理办法》（海关总署令第251号）及《海关高级认证企业标准》的规定，成都海关完成了2026年第一季度关区企业高级认证及复核工作。现将有关情况公告如下："
    item1 = "经企业申请、海关认证，%s等28家企业符合海关高级认证企业标准，认定为海关高级认证企业，名单详见附件1。" % new_names[0]
    item2 = "经海关复核或者依企业申请，撤销%s等7家企业的海关高级认证企业资格，名单详见附件2。" % rev_names[0]
    head3 = "其他事项"
    subs = [
        "（一）新增高级认证企业自认证时间起适用《中华人民共和国海关注册登记和备案企业信用管理办法》规定的高级认证企业管理措施，在开展中欧班列、跨境电商、综合保税区等业务时同等享受相应便利。",
        "（二）被撤销高级认证企业资格的企业，自撤销之日起按照一般信用企业实施管理，已享受的高级认证企业便利措施同时停止。",
        "（三）高级认证企业应当持续符合海关高级认证企业标准，海关将按规定对高级认证企业开展复核。企业发生名称、法定代表人等事项变更的，应当及时向所在地海关报告。",
    ]
    p = para(doc, intro)
    for t in (item1, item2):
        p = para(doc, t, first=0)
        set_num(p, num_id)
    p = para(doc, head3, HT, 16, False, first=0)
    set_num(p, num_id)
    for t in subs:
        para(doc, t)
    para(doc, "特此公告。")
    para(doc, "", first=0)
    # 附件 list in one paragraph with a soft line break
    p = para(doc, "")
    add_run(p, "附件：1.新增高级认证企业名单")
    r = add_run(p, "")
    r.add_break()
    add_run(p, "　　　2.撤销高级认证企业名单")
    para(doc, "", first=0)
    para(doc, "", first=0)
    # 落款 in a borderless layout table
    lt = doc.add_table(rows=2, cols=2)
    lt.autofit = False
    for row, (txt) in zip(lt.rows, ("成都海关", "2026年4月10日")):
        row.cells[0].width = Cm(9.0)
        row.cells[1].width = Cm(6.6)
        cell_text(row.cells[1], txt, FS, 16, False, align=WD_ALIGN_PARAGRAPH.CENTER)

    # attachments in landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec, landscape=True)
    h1 = ["序号", "企业名称", "统一社会信用代码", "海关编码", "认证时间"]
    h2 = ["序号", "企业名称", "海关编码", "撤销原因"]
    para(doc, "附件1", HT, 16, False, WD_ALIGN_PARAGRAPH.LEFT, 0)
    para(doc, "新增高级认证企业名单", XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, 0, exact=36)
    para(doc, "", first=0)
    list_table(doc, h1, new_rows, [1.6, 8.2, 5.8, 3.2, 3.2],
               header_breaks={2: ["统一社会", "信用代码"]})
    para(doc, "", first=0)
    p = para(doc, "附件2", HT, 16, False, WD_ALIGN_PARAGRAPH.LEFT, 0)
    p.paragraph_format.page_break_before = True
    para(doc, "撤销高级认证企业名单", XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, 0, exact=36)
    para(doc, "", first=0)
    list_table(doc, h2, rev_rows, [1.6, 8.6, 3.2, 8.6], left_cols=(1, 3))

    clauses = ([intro, "一、" + item1, "二、" + item2] + subs + ["特此公告。"]
               + [row_clause(h1, r) for r in new_rows] + [row_clause(h2, r) for r in rev_rows])
    meta = {
        "title": title,
        "doc_number": "成都海关公告2026年第5号",
        "issuer": ["成都海关"],
        "date": "2026-04-10",
        "published": None,
        "level": "provincial",
        "region": "四川省",
        "effective": None,
        "expires": None,
        "attachments": ["新增高级认证企业名单", "撤销高级认证企业名单"],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


# ================================================================= document 3: 西安海关
def doc_xian():
    rng = random.Random(74603)
    stem = "blind746_xian_gonggao"
    areas = [("610100", "6101", "西安"), ("610100", "6101", "西安"), ("610131", "6101", "西安"),
             ("610300", "6103", "宝鸡"), ("610400", "6104", "咸阳"), ("610500", "6105", "渭南"),
             ("610700", "6107", "汉中")]
    longs = ["陕西西咸新区空港新城跨境电子商务综合服务有限责任公司", "西安国际港务区陆港集团长安号国际物流有限公司"]
    names = make_names(rng, ["陕西", "陕西省", "西安", "宝鸡", "咸阳", "渭南", "汉中"], "西安", 31 + 6, longs)
    new_names, rev_names = names[:31], names[31:]
    used = set()
    dates = cert_dates(rng, 31)
    new_rows, rev_rows = [], []
    for i, nm in enumerate(new_names):
        a6, a4, _ = rng.choice(areas)
        new_rows.append([str(i + 1), nm, uscc(a6, rng, rng.random() < 0.5), customs_code(a4, rng, used), cn_date(dates[i])])
    for i, nm in enumerate(rev_names):
        a6, a4, _ = rng.choice(areas)
        rev_rows.append([str(i + 1), nm, customs_code(a4, rng, used), rng.choice(REASONS)])

    doc = new_doc()
    p = para(doc, "西安海关", XBS, 48, False, WD_ALIGN_PARAGRAPH.CENTER, 0, exact=None, color=RED)
    p = para(doc, "", first=0, exact=10)
    border(p, "bottom", "FF0000", 24)
    para(doc, "", first=0)
    # title with a soft line break
    p = para(doc, "", first=0, align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    r = add_run(p, "西安海关关于公布2026年第一季度关区", XBS, 22)
    r.add_break()
    add_run(p, "高级认证企业名单的公告", XBS, 22)
    title = "西安海关关于公布2026年第一季度关区高级认证企业名单的公告"
    para(doc, "西安海关公告2026年第2号", KT, 16, False, WD_ALIGN_PARAGRAPH.CENTER, 0)
    para(doc, "", first=0)

    intro = "根据《中华人民共和国海关注册登记和备案企业信用管理办法》（海关总署令第251号）及《海关高级认证企业标准》有关规定，经企业申请、海关认证，并经对已认证企业复核，现将2026年第一季度西安关区高级认证企业新增及撤销情况公告如下："
    i1_head, i1_body = "一、新增高级认证企业。", "%s等31家企业符合海关高级认证企业标准，认定为海关高级认证企业（名单见附件1）。" % new_names[0]
    i2_head, i2_body = "二、撤销高级认证企业。", "%s等6家企业因不再符合海关高级认证企业标准、申请放弃认证或者已注销等原因，撤销其海关高级认证企业资格（名单见附件2）。" % rev_names[0]
    i3_head, i3_body = "三、有关事项。", "高级认证企业应当严格遵守海关法律法规，健全内部控制制度，持续符合海关高级认证企业标准。"
    subs = [
        "（一）海关对高级认证企业实施便利管理措施，主动为企业提供“一企一策”服务，优先支持企业开展中欧班列（长安号）、跨境电商、综合保税区保税研发维修等新业态业务。",
        "（二）高级认证企业可享受我国与共建“一带一路”国家（地区）等AEO互认伙伴海关给予的通关便利，在互认国家（地区）办理进口通关时可主动向当地海关提供AEO编码（CN+海关编码）。",
        "（三）企业对公告内容有异议的，可自本公告发布之日起15个工作日内向西安海关企业管理和稽查处书面提出，联系电话：029-87351264。",
    ]
    p = para(doc, intro)
    for h, b in ((i1_head, i1_body), (i2_head, i2_body), (i3_head, i3_body)):
        p = para(doc, "")
        add_run(p, h, FS, 16, True)
        add_run(p, b)
    for t in subs:
        para(doc, t)
    para(doc, "特此公告。")
    para(doc, "", first=0)
    para(doc, "附件：1.2026年第一季度新增高级认证企业名单")
    para(doc, "      2.2026年第一季度撤销高级认证企业名单")
    para(doc, "", first=0)
    para(doc, "", first=0)
    para(doc, "                                   西安海关", first=0)
    para(doc, "                                 2026年4月7日", first=0)
    para(doc, "", first=0)
    para(doc, "（此件公开发布）")

    h1 = ["序号", "企业名称", "统一社会信用代码", "海关编码", "认证时间"]
    h2 = ["序号", "企业名称", "海关编码", "撤销原因"]
    p = para(doc, "", first=0)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件1", HT, 16, False, WD_ALIGN_PARAGRAPH.LEFT, 0)
    para(doc, "2026年第一季度新增高级认证企业名单", XBS, 20, False, WD_ALIGN_PARAGRAPH.CENTER, 0, exact=36)
    para(doc, "", first=0)
    list_table(doc, h1, new_rows, [1.0, 5.0, 5.2, 3.0, 2.6])
    p = para(doc, "", first=0)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件2", HT, 16, False, WD_ALIGN_PARAGRAPH.LEFT, 0)
    para(doc, "2026年第一季度撤销高级认证企业名单", XBS, 20, False, WD_ALIGN_PARAGRAPH.CENTER, 0, exact=36)
    para(doc, "", first=0)
    list_table(doc, h2, rev_rows, [1.0, 6.0, 3.0, 6.0], left_cols=(1, 3))
    note = "注：被撤销海关高级认证企业资格的企业，自撤销之日起按照一般信用企业实施管理，1年内不得再次申请成为高级认证企业。"
    para(doc, note, FS, 14, False, first=0, exact=24)
    # 版记
    para(doc, "", first=0)
    para(doc, "", first=0)
    p = para(doc, "抄送：海关总署企业管理和稽查司，陕西省商务厅，中国（陕西）自由贸易试验区工作办公室。", FS, 14, False, first=0, exact=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = para(doc, " 西安海关办公室                          2026年4月7日印发", FS, 14, False, first=0, exact=24)
    border(p, "bottom", "000000", 8)

    clauses = ([intro, i1_head + i1_body, i2_head + i2_body, i3_head + i3_body] + subs + ["特此公告。"]
               + [row_clause(h1, r) for r in new_rows] + [row_clause(h2, r) for r in rev_rows] + [note])
    meta = {
        "title": title,
        "doc_number": "西安海关公告2026年第2号",
        "issuer": ["西安海关"],
        "date": "2026-04-07",
        "published": None,
        "level": "provincial",
        "region": "陕西省",
        "effective": None,
        "expires": None,
        "attachments": ["2026年第一季度新增高级认证企业名单", "2026年第一季度撤销高级认证企业名单"],
        "doc_type": "公告",
        "recipients": [],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for fn in (doc_zhengzhou, doc_chengdu, doc_xian):
        stem, doc, key = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_746", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        expected[stem] = key
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
