# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1044: 商务部 海关总署公告（企业名单，长附件表）+ 省商务厅转发通知 + 市商务局再转发通知.

Writes blind1044_*.docx, blind1044_*.pdf and expected.json next to this script.
"""
import json
import os
import random
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
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
IND = "\u3000\u3000"


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
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
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
    el = parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), val, sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_field(fp, size=14):
    def r(txt=None):
        run = fp.add_run(txt) if txt else fp.add_run()
        font(run, SONG, size)
        return run
    r("— ")
    r()._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r()._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                            % nsdecls("w")))
    r()._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r("1")
    r()._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    r(" —")


def setup(doc, footer_align=WD_ALIGN_PARAGRAPH.CENTER):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.5)
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
    fp.alignment = footer_align
    page_field(fp)


def set_cell(cell, text, name=FS, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, line=16):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def widths(table, cms):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(w_twips(cms[i]))))


def w_twips(cm):
    return cm / 2.54 * 1440


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def grouped_table(doc, header, rows, group_col, col_w, clauses):
    """Table whose `group_col` cells are merged down over equal consecutive values.
    Header row repeats on every page. Each row -> one clause (merged value filled in)."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, col_w)
    repeat_header(t.rows[0])
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 10.5)
    for ri, row in enumerate(rows, 1):
        cant_split(t.rows[ri])
        for ci, v in enumerate(row):
            if ci == group_col:
                continue
            al = WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER
            fn = "Times New Roman" if ci in (0, 3) else FS
            set_cell(t.rows[ri].cells[ci], v, fn, 10.5, align=al, line=15)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    # merge group column
    start = 0
    while start < len(rows):
        end = start
        while end + 1 < len(rows) and rows[end + 1][group_col] == rows[start][group_col]:
            end += 1
        top = t.cell(start + 1, group_col)
        if end > start:
            top = top.merge(t.cell(end + 1, group_col))
        set_cell(top, rows[start][group_col], FS, 10.5)
        start = end + 1
    return t


def banji(doc, cc, printer, date_txt, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = doc.add_paragraph()
    font(p2.add_run(printer), FS, 14)
    font(p2.add_run("\t"), FS, 14)
    font(p2.add_run(date_txt), FS, 14)
    fmt(p2, indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1044", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ------------------------------------------------- 统一社会信用代码 (GB 32100-2015)
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
ORG_BODY = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # letters allowed in the credit code


def org_check(s8):
    def v(c):
        return int(c) if c.isdigit() else ord(c) - 55
    r = 11 - sum(v(c) * w for c, w in zip(s8, ORG_W)) % 11
    return "X" if r == 10 else ("0" if r == 11 else str(r))


def uscc(div, org8, head="91"):
    body = head + div + org8 + org_check(org8)
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_W))
    return body + USCC_CHARS[(31 - s % 31) % 31]


_rng = random.Random(1044)


def make_code(div, style):
    if style == "old":  # pre-2015 organisation code, digits only
        org8 = "%08d" % _rng.randint(10000000, 79999999)
    else:               # post-2015 "MA" codes
        org8 = "MA" + _rng.choice("0123456789ABCDEFGH") + "".join(
            _rng.choice(ORG_BODY) for _ in range(5))
    return uscc(div, org8)


# 省份, 企业名称, 区划代码, 类型, 代码风格, 设区市（浙江用）
FIRMS = [
    ("北京市", "北京京欧通达国际货运代理有限公司", "110105", "物流型", "old", None),
    ("天津市", "天津滨海丝路国际贸易有限公司", "120116", "贸易型", "new", None),
    ("河北省", "河北冀丝国际贸易有限公司", "130102", "贸易型", "old", None),
    ("河北省", "唐山曹妃甸利达钢铁物流有限公司", "130209", "物流型", "new", None),
    ("山西省", "山西晋欧陆港国际物流有限公司", "140105", "物流型", "new", None),
    ("内蒙古自治区", "满洲里中俄互市贸易发展有限公司", "150781", "贸易型", "old", None),
    ("辽宁省", "大连中亚通国际物流有限公司", "210204", "物流型", "old", None),
    ("辽宁省", "沈阳北方重型装备进出口有限公司", "210106", "生产型", "old", None),
    ("黑龙江省", "绥芬河市远东木业有限公司", "231081", "生产型", "old", None),
    ("上海市", "上海浦江丝路跨境电子商务有限公司", "310115", "跨境电商", "new", None),
    ("上海市", "上海临港新能源汽车零部件有限公司", "310115", "生产型", "new", None),
    ("江苏省", "南京金陵汇通国际贸易有限公司", "320105", "贸易型", "old", None),
    ("江苏省", "苏州中欧通达供应链管理有限公司", "320505", "综合服务", "new", None),
    ("江苏省", "连云港新亚欧陆海联运有限公司", "320703", "物流型", "new", None),
    ("江苏省", "无锡锡澄光伏科技股份有限公司", "320281", "生产型", "old", None),
    ("浙江省", "杭州丝路云仓供应链管理有限公司", "330108", "跨境电商", "new", "杭州市"),
    ("浙江省", "浙江恒拓机电进出口有限公司", "330105", "贸易型", "old", "杭州市"),
    ("浙江省", "宁波舟联国际物流有限公司", "330206", "物流型", "new", "宁波市"),
    ("浙江省", "宁波甬欣汽车零部件股份有限公司", "330212", "生产型", "old", "宁波市"),
    ("浙江省", "宁波华盛纺织品进出口有限公司", "330203", "贸易型", "old", "宁波市"),
    ("浙江省", "温州瓯越鞋业集团有限公司", "330304", "生产型", "old", "温州市"),
    ("浙江省", "义乌市商陆通外贸综合服务有限公司", "330782", "综合服务", "new", "金华市"),
    ("安徽省", "合肥庐州新能源装备有限公司", "340111", "生产型", "new", None),
    ("福建省", "福建闽海丝路贸易有限公司", "350102", "贸易型", "old", None),
    ("福建省", "厦门海沧陆海通物流有限公司", "350205", "物流型", "new", None),
    ("福建省", "泉州晋江恒达鞋服有限公司", "350582", "生产型", "old", None),
    ("江西省", "赣州国际陆港供应链有限公司", "360703", "物流型", "new", None),
    ("山东省", "青岛胶州湾上合国际物流有限公司", "370281", "物流型", "new", None),
    ("山东省", "山东鲁丝国际贸易有限公司", "370102", "贸易型", "old", None),
    ("山东省", "烟台蓬莱海洋食品有限公司", "370614", "生产型", "old", None),
    ("山东省", "日照岚山港钢贸有限公司", "371103", "贸易型", "new", None),
    ("河南省", "郑州中欧陆港贸易有限公司", "410104", "贸易型", "new", None),
    ("河南省", "河南中原跨境电子商务有限公司", "410105", "跨境电商", "new", None),
    ("湖北省", "武汉汉欧通达供应链有限公司", "420112", "物流型", "new", None),
    ("湖北省", "湖北荆楚光电子科技有限公司", "420111", "生产型", "old", None),
    ("湖南省", "长沙星沙工程机械进出口有限公司", "430121", "贸易型", "old", None),
    ("广东省", "广州南沙丝路国际贸易有限公司", "440115", "贸易型", "new", None),
    ("广东省", "深圳前海跨境云商科技有限公司", "440305", "跨境电商", "new", None),
    ("广东省", "东莞松湖智能装备有限公司", "441900", "生产型", "old", None),
    ("广东省", "佛山顺德家电出口服务有限公司", "440606", "综合服务", "new", None),
    ("广西壮族自治区", "广西北部湾陆海新通道物流有限公司", "450702", "物流型", "new", None),
    ("广西壮族自治区", "凭祥友谊关边贸服务有限公司", "451481", "综合服务", "new", None),
    ("重庆市", "重庆西部陆海联运供应链有限公司", "500106", "物流型", "new", None),
    ("重庆市", "重庆两江电子信息产品出口有限公司", "500112", "生产型", "old", None),
    ("四川省", "成都蓉欧国际物流有限公司", "510113", "物流型", "new", None),
    ("四川省", "四川天府农产品进出口有限公司", "510107", "贸易型", "old", None),
    ("云南省", "昆明滇越国际物流有限公司", "530112", "物流型", "new", None),
    ("云南省", "瑞丽市中缅边境贸易有限公司", "533102", "贸易型", "old", None),
    ("陕西省", "西安长安号国际货运有限公司", "610112", "物流型", "new", None),
    ("陕西省", "陕西秦丝跨境电子商务有限公司", "610113", "跨境电商", "new", None),
    ("甘肃省", "兰州陆港丝路贸易有限公司", "620105", "贸易型", "new", None),
    ("新疆维吾尔自治区", "新疆天山丝路国际贸易有限公司", "650102", "贸易型", "old", None),
    ("新疆维吾尔自治区", "霍尔果斯口岸亚欧物流有限公司", "654004", "物流型", "new", None),
    ("新疆生产建设兵团", "新疆兵团石河子棉纺进出口有限公司", "659001", "生产型", "old", None),
]
CODES = [make_code(f[2], f[4]) for f in FIRMS]
N_ALL = len(FIRMS)
ZJ = [(f, c) for f, c in zip(FIRMS, CODES) if f[0] == "浙江省"]
N_ZJ = len(ZJ)
NB_DISTRICT = {"330206": "北仑区", "330212": "鄞州区", "330203": "海曙区"}
NB = [(f, c) for f, c in ZJ if f[5] == "宁波市"]
CN_NUM = "〇一二三四五六七八九十"
assert N_ALL == 54 and N_ZJ == 7 and len(NB) == 3

NATIONAL_TITLE = "商务部 海关总署关于公布第三批“一带一路”贸易畅通重点联系企业名单的公告"
NATIONAL_NO = "商务部 海关总署公告2026年第18号"
LIST_TITLE = "第三批“一带一路”贸易畅通重点联系企业名单"
ZJ_TITLE = "浙江省商务厅关于转发《%s》的通知" % NATIONAL_TITLE
ZJ_NO = "浙商务发〔2026〕27号"

expected = {}


# =================================================================== DOC A
def doc_gonggao():
    stem = "blind1044_mofcom_gonggao"
    doc = Document()
    setup(doc)
    clauses = []

    # joint 版头: borderless 2x2 layout table, "公告" merged down on the right
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    widths(t, [11.2, 4.4])
    set_cell(t.cell(0, 0), "中华人民共和国商务部", XBS, 26, color=RED, line=40,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    set_cell(t.cell(1, 0), "中华人民共和国海关总署", XBS, 26, color=RED, line=40,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "公告", XBS, 40, color=RED, line=56)
    empty(doc, 1, line=20)
    p = add_par(doc, NATIONAL_NO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)
    # title typed as three separate centred paragraphs, broken at odd places
    for part in ("商务部 海关总署关于公布第三批", "“一带一路”贸易畅通重点联系", "企业名单的公告"):
        add_par(doc, [(part, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，进一步畅通与共建“一带一路”国家贸易往来，培育壮大外贸经营主体，根据《“一带一路”贸易畅通重点联系企业培育工作方案》（商合发〔2023〕156号），商务部、海关总署组织开展了第三批“一带一路”贸易畅通重点联系企业遴选工作。经企业自愿申报、省级商务主管部门会同直属海关审核推荐、专家评审和网上公示，确定%s等%d家企业为第三批“一带一路”贸易畅通重点联系企业（名单见附件）。现将有关事项公告如下：" % (FIRMS[0][1], N_ALL))
    body("一、商务部、海关总署将对名单内企业在通关便利、信用培育、出口信用保险、贸易促进等方面给予支持。符合条件的企业，可按规定申请海关高级认证企业（AEO）认证，优先适用“提前申报”“两步申报”等便利措施。")
    body("二、各省级商务主管部门、各直属海关要加强对名单内企业的指导服务，建立健全联系机制，及时协调解决企业开展对共建“一带一路”国家贸易中遇到的困难和问题，每年12月底前将企业运行情况分别报商务部（对外投资和经济合作司）、海关总署（综合业务司）。")
    body("三、名单实行动态管理。名单内企业发生严重违法失信行为、被海关认定为失信企业或者连续两年未开展对共建“一带一路”国家进出口业务的，商务部、海关总署将其移出名单并予以公告。")
    body("四、本公告自2026年4月1日起施行，名单有效期至2029年3月31日。")
    add_par(doc, "特此公告。")
    empty(doc, 1)
    add_par(doc, "附件：" + LIST_TITLE)
    empty(doc, 2)
    # joint 落款: two organs on one line spaced with full-width spaces, date under
    p = add_par(doc, "商务部" + "\u3000" * 5 + "海关总署", indent=False,
                align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(40)
    p = add_par(doc, "2026年3月27日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(72)

    # ---- attachment: own page, long table, 省份 merged, header repeated
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1, line=16)
    add_par(doc, [(LIST_TITLE, XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=32, after=8)
    header = ["序号", "省份", "企业名称", "统一社会信用代码", "类型"]
    rows = [[str(i), f[0], f[1], c, f[3]] for i, (f, c) in enumerate(zip(FIRMS, CODES), 1)]
    grouped_table(doc, header, rows, 1, [1.2, 2.2, 5.6, 4.6, 2.0], clauses)
    note = "以上企业排名不分先后。"
    clauses.append(note)
    add_par(doc, [(note, KT, 14, False)], indent=False, line=24, before=6)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": NATIONAL_TITLE,
            "doc_number": NATIONAL_NO,
            "issuer": ["中华人民共和国商务部", "中华人民共和国海关总署"],
            "date": "2026-03-27",
            "published": None,
            "level": "ministry",
            "region": None,
            "effective": "2026-04-01",
            "expires": "2029-03-31",
            "attachments": [LIST_TITLE],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_zhejiang():
    stem = "blind1044_zj_zhuanfa"
    doc = Document()
    setup(doc)
    clauses = []

    empty(doc, 1)
    add_par(doc, [("浙江省商务厅文件", XBS, 48, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=66, before=6)
    empty(doc, 2)
    p = add_par(doc, ZJ_NO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title in ONE paragraph with manual line breaks (Shift+Enter) at odd places
    p = doc.add_paragraph()
    parts = ["浙江省商务厅关于转发《商务部 海关总署",
             "关于公布第三批“一带一路”贸易畅通重点",
             "联系企业名单的公告》的通知"]
    for i, part in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(part), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    assert "".join(parts) == ZJ_TITLE
    empty(doc, 1)
    add_par(doc, "各设区市商务局，义乌市商务局，各有关企业：", indent=False)

    # body indented with typed full-width spaces, not with paragraph indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def item(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)],
                indent=False)

    # note the half-width brackets the clerk typed around the 公告 number
    body("现将《%s》(%s)转发给你们，并就有关事项通知如下：" % (NATIONAL_TITLE, NATIONAL_NO))
    item("一、高度重视名单企业培育工作。",
         "本批全国共%d家企业入选，我省宁波舟联国际物流有限公司等%d家企业榜上有名（名单见附件），入选数量居全国首位。各地要充分认识培育“一带一路”贸易畅通重点联系企业的重要意义，将名单企业纳入本地外贸重点企业联系服务范围，在政策、资金、项目等方面给予倾斜支持。" % (N_ALL, N_ZJ))
    item("二、强化跟踪服务。",
         "各设区市商务局、义乌市商务局要会同属地海关，建立名单企业“一企一档”和“一对一”联系服务机制，及时协调解决企业在通关、物流、结算、境外市场开拓等方面遇到的困难和问题。请于2026年12月10日前将本地区名单企业年度运行情况报送省商务厅对外经济合作处，由省商务厅汇总后报商务部。")
    item("三、加强动态管理。",
         "名单企业发生严重违法失信行为、经营状况发生重大变化或者连续两年未开展对共建“一带一路”国家进出口业务的，所在地商务主管部门要及时报告省商务厅（联系人：对外经济合作处陈晓，电话：0571-87705126）。")
    empty(doc, 1)
    p = add_par(doc, IND + "附件：" + "浙江省入选" + LIST_TITLE, indent=False)
    p.paragraph_format.left_indent = Pt(32)
    p.paragraph_format.first_line_indent = Pt(-32)
    empty(doc, 1)
    # 落款 pushed right with typed spaces
    add_par(doc, " " * 42 + "浙江省商务厅", indent=False)
    add_par(doc, " " * 41 + "2026年4月8日", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "（此件公开发布）", indent=False)
    banji(doc, "抄送：商务部对外投资和经济合作司，杭州海关、宁波海关。",
          "浙江省商务厅办公室", "2026年4月9日印发", gap=0)

    # ---- attachment page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1, line=16)
    t1 = "浙江省入选第三批“一带一路”贸易畅通"
    t2 = "重点联系企业名单"
    p = add_par(doc, [(t1, XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=32)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(t2), XBS, 20)
    empty(doc, 1, line=12)
    header = ["序号", "设区市", "企业名称", "统一社会信用代码", "类型"]
    rows = [[str(i), f[5], f[1], c, f[3]] for i, (f, c) in enumerate(ZJ, 1)]
    grouped_table(doc, header, rows, 1, [1.2, 1.9, 5.9, 4.6, 2.0], clauses)
    note = "注：以上企业排名不分先后，企业信息以商务部 海关总署公告2026年第18号为准。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=6)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": ZJ_TITLE,
            "doc_number": ZJ_NO,
            "issuer": ["浙江省商务厅"],
            "date": "2026-04-08",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": None,
            "expires": None,
            "attachments": ["浙江省入选" + LIST_TITLE],
            "doc_type": "通知",
            "recipients": ["各设区市商务局", "义乌市商务局", "各有关企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_ningbo():
    stem = "blind1044_nb_zaizhuanfa"
    doc = Document()
    setup(doc, footer_align=WD_ALIGN_PARAGRAPH.RIGHT)
    clauses = []

    # 信函式 letterhead: organ name, thick-thin double red rule, 文号 flush right
    p = add_par(doc, [("宁波市商务局", XBS, 40, False, RED)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60)
    border(p, "bottom", "FF0000", 36, 6, val="thickThinSmallGap")
    add_par(doc, "甬商务〔2026〕41号", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    empty(doc, 1)
    inner = ZJ_TITLE.replace("《", "〈").replace("》", "〉")
    title = "宁波市商务局关于转发《%s》的通知" % inner
    parts = ["宁波市商务局关于转发《浙江省商务厅关于",
             "转发〈商务部 海关总署关于公布第三批",
             "“一带一路”贸易畅通重点联系企业名单的",
             "公告〉的通知》的通知"]
    assert "".join(parts) == title, "".join(parts)
    for part in parts:
        add_par(doc, [(part, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各区（县、市）商务局，有关企业：", indent=False)

    SP = "    "  # four half-width spaces typed as indent

    def body(t):
        clauses.append(t)
        add_par(doc, SP + t, indent=False)

    body("现将《%s》（%s）转发给你们，请认真贯彻落实。" % (inner, ZJ_NO))
    body("我市宁波舟联国际物流有限公司等%d家企业入选第三批“一带一路”贸易畅通重点联系企业名单，具体如下：" % len(NB))
    header = ["序号", "企业名称", "所在区（县、市）", "类型"]
    t = doc.add_table(rows=1 + len(NB), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [1.4, 7.8, 3.6, 2.4])
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12, line=20)
    for ri, (f, c) in enumerate(NB, 1):
        row = [str(ri), f[1], NB_DISTRICT[f[2]], f[3]]
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, line=20)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    empty(doc, 1, line=12)
    # half-width colons / comma typed by the clerk in the contact part
    body("各区（县、市）商务局要按照“一企一专员”要求，明确专人对接入选企业，主动了解企业开拓共建“一带一路”国家市场的需求，用好中国—中东欧国家博览会、“丝路领航”等平台，支持企业参加境外展会、建设海外仓。请于2026年12月5日前将入选企业年度运行情况报送市商务局对外经济合作处(联系人:郑可,电话:0574-89186235)。")
    body("其他有意向申报后续批次名单的企业，可与所在地商务主管部门联系，提前做好准备。")
    empty(doc, 3)
    # 落款 and Chinese-numeral date aligned with tabs
    p = doc.add_paragraph()
    font(p.add_run("\t宁波市商务局"), FS, 16)
    fmt(p, indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.6))
    date_cn = "二〇二六年四月十六日"
    p = doc.add_paragraph()
    font(p.add_run("\t" + date_cn), FS, 16)
    fmt(p, indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(8.9))
    empty(doc, 1)
    add_par(doc, SP + "（此件主动公开）", indent=False)
    banji(doc, "抄送：浙江省商务厅，宁波海关。", "宁波市商务局办公室", "2026年4月16日印发", gap=3)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": title,
            "doc_number": "甬商务〔2026〕41号",
            "issuer": ["宁波市商务局"],
            "date": "2026-04-16",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各区（县、市）商务局", "有关企业"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_gonggao(), doc_zhejiang(), doc_ningbo()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
