# ruff: noqa
#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Round 271 blind test files: 公示 and 名单 about 一带一路, 自贸试验区, 跨境电商 and 外贸 support.

Writes, next to this script:
  blind271_wenzhou_gongshi.docx / .pdf  温州市商务局 公示 of proposed 专项资金 awards (table + 合计)
  blind271_henan_tongzhi.docx / .pdf    河南省商务厅 通知 announcing 认定名单 (2 附件 grouped by city,
                                        landscape section, 版记)
  blind271_suzhou_mingxi.xlsx           苏州市商务局 拟支持项目 workbook (汇总 + 明细)
  blind271_luzhou_gongshi.html          公示 page saved from the 川南临港片区 site
  expected.json                         the answer key
Run:  . /work/venv/bin/activate && python make_blind271.py
"""
import json
import os
import subprocess
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
PFX = "blind271"
LO_PROFILE = "file:///tmp/lo_271"

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
ST = "宋体"
TNR = "Times New Roman"

EXPECTED = {}


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------

def set_font(run, east=FS, size=16, bold=False, color=None, ascii_font=TNR):
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = TNR
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(28.9)
    s = d.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(25)
    d.settings.odd_and_even_pages_header_footer = True
    page_footer(s)
    return d


def add_field(par, instr, east=ST, size=14):
    def fc(kind):
        r = par.add_run()
        set_font(r, east=east, size=size, ascii_font=ST)
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), kind)
        r._element.append(e)
    fc("begin")
    r = par.add_run()
    set_font(r, east=east, size=size, ascii_font=ST)
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = instr
    r._element.append(t)
    fc("separate")
    r = par.add_run("1")
    set_font(r, east=east, size=size, ascii_font=ST)
    fc("end")


def page_footer(section):
    """GB/T 9704 page numbers: 4号 宋体 “— N —”, odd pages right, even pages left, one char in."""
    for ftr, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                       (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        p = ftr.paragraphs[0]
        p.alignment = align
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            p.paragraph_format.right_indent = Pt(14)
        else:
            p.paragraph_format.left_indent = Pt(14)
        r = p.add_run("— ")
        set_font(r, east=ST, size=14, ascii_font=ST)
        add_field(p, "PAGE")
        r = p.add_run(" —")
        set_font(r, east=ST, size=14, ascii_font=ST)


def para(d, segs, align=None, indent=2, size=16, east=FS, bold=False, line=None,
         left=None, right=None):
    """segs: str or list of (text, east, bold) / '\\v' for a soft line break."""
    p = d.add_paragraph()
    if align is not None:
        p.alignment = align
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * indent)
    if left is not None:
        p.paragraph_format.left_indent = Pt(left)
    if right is not None:
        p.paragraph_format.right_indent = Pt(right)
    if line is not None:
        p.paragraph_format.line_spacing = Pt(line)
    if isinstance(segs, str):
        segs = [(segs, east, bold)]
    for seg in segs:
        if seg == "\v":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        text, e, b = seg
        r = p.add_run(text)
        set_font(r, east=e, size=size, bold=b)
    return p


def blank(d, size=16):
    p = d.add_paragraph()
    r = p.add_run("")
    set_font(r, size=size)
    return p


def border(p, side, color="FF0000", sz=12, space=1):
    ppr = p._element.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    bdr.append(e)


def page_break(d):
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def title(d, lines, soft=False):
    """Title in 2号 方正小标宋简体; lines either separate paragraphs or one paragraph with soft breaks."""
    if soft:
        segs = []
        for i, ln in enumerate(lines):
            if i:
                segs.append("\v")
            segs.append((ln, XBS, False))
        p = para(d, segs, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, size=22, line=35)
    else:
        for ln in lines:
            para(d, [(ln, XBS, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, size=22, line=35)


def signoff(d, organ, date, right_chars=4):
    blank(d)
    para(d, organ, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, right=16 * right_chars)
    para(d, date, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, right=16 * (right_chars + 0.5))


def set_cell_text(cell, text, size=12, east=FS, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.line_spacing = Pt(size * 1.45)
    r = p.add_run(text)
    set_font(r, east=east, size=size, bold=bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trpr.append(e)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:cantSplit")
    trpr.append(e)


def make_table(d, header, nrows, widths, size=12):
    t = d.add_table(rows=1 + nrows, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = Mm(w)
        for row in t.rows:
            row.cells[i].width = Mm(w)
    tblpr = t._tbl.tblPr
    tblw = tblpr.find(qn("w:tblW"))
    if tblw is None:
        tblw = OxmlElement("w:tblW")
        tblpr.append(tblw)
    tblw.set(qn("w:type"), "dxa")
    tblw.set(qn("w:w"), str(int(sum(widths) * 56.7)))
    for i, h in enumerate(header):
        set_cell_text(t.rows[0].cells[i], h, east=HT, size=size)
    repeat_header(t.rows[0])
    for row in t.rows:
        cant_split(row)
    return t


def fmt_num(x):
    if abs(x - round(x)) < 1e-9:
        return str(int(round(x)))
    return ("%.2f" % x).rstrip("0").rstrip(".")


def soffice(args, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE] + args
                   + ["--outdir", outdir], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)


def fill_cached(path, cached):
    """Write cached formula results into the sheet XML: {(sheetN.xml, formula): value}."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            for (sheet, formula), value in cached.items():
                if item.filename == "xl/worksheets/" + sheet:
                    old = ("<f>%s</f><v></v>" % formula).encode()
                    assert old in data, (sheet, formula)
                    data = data.replace(old, ("<f>%s</f><v>%s</v>" % (formula, fmt_num(value))).encode())
            zout.writestr(item, data)
    os.replace(tmp, path)


def row_clause(header, values):
    parts = []
    for h, v in zip(header, values):
        if v is None or v == "":
            continue
        parts.append("%s：%s" % (h, v))
    return "；".join(parts)


def record(stem, meta, clauses, specific):
    """specific: list of (clause_text, [places]) — keys are the clause start (>=15 chars, unique)."""
    spec = {}
    for text, places in specific:
        assert text in clauses, text
        n = 20
        while True:
            key = text[:n]
            hits = [c for c in clauses if c.startswith(key)]
            if len(hits) == 1 or n >= len(text):
                break
            n += 5
        spec[key] = places
    EXPECTED.setdefault(stem, []).append({"meta": meta, "clauses": clauses,
                                          "applies_to": {"specific": spec}})


# ---------------------------------------------------------------------------
# (1) 温州市商务局 公示
# ---------------------------------------------------------------------------

WZ_GROUPS = [
    ("一、外贸稳规模项目", [
        ("温州瓯越鞋业有限公司", "2025年境外重点展会参展及自主品牌推广项目", 60),
        ("瑞安市华盛汽摩配件有限公司", "中东欧市场出口订单拓展项目", 45),
        ("浙江鹿城眼镜有限公司", "德国科隆国际光学展参展项目", 30),
        ("乐清市恒远电气股份有限公司", "“一带一路”沿线国家电力设备出口拓展项目", 80),
        ("永嘉县瓯北阀门制造有限公司", "阀门产品国际认证及出口信用保险项目", 38),
        ("温州宏泰合成革有限公司", "合成革外贸转型升级基地公共服务平台建设项目", 55),
        ("浙江龙湾五金工具有限公司", "出口产品质量提升及境外商标注册项目", 26),
        ("平阳县宏达塑料包装有限公司", "东盟市场开拓项目", 22),
        ("苍南县灵溪印刷包装有限公司", "RCEP成员国市场开拓项目", 18.5),
    ]),
    ("二、跨境电商发展项目", [
        ("温州欧凯跨境电子商务有限公司", "跨境电商独立站及海外社媒营销项目", 70),
        ("温州云舟供应链管理有限公司", "跨境电商9610出口集货仓建设项目", 65),
        ("浙江东瓯国际物流有限公司", "波兰华沙公共海外仓扩建项目", 120),
        ("温州市创客跨境电商产业园运营有限公司", "跨境电商产业园公共服务中心项目", 90),
        ("瑞安市远帆电子商务有限公司", "亚马逊平台品牌出海项目", 28),
        ("温州瓯江口跨境物流有限公司", "跨境电商B2B出口（9710/9810）物流专线项目", 55),
        ("浙江泰顺竹木工艺品有限公司", "跨境电商平台店铺运营及直播出海项目", 15),
        ("文成县山海电子商务有限公司", "跨境电商人才实训基地项目", 12),
    ]),
    ("三、外贸新业态及“一带一路”物流项目", [
        ("温州鹿城市场采购贸易服务有限公司", "市场采购贸易联网信息平台升级项目", 60),
        ("温州港通国际货运代理有限公司", "“瓯海号”中欧班列出口集货项目", 85),
        ("浙江海铁联运物流有限公司", "海铁联运外贸集装箱班列项目", 50),
        ("温州中东欧商品进口贸易有限公司", "中东欧商品进口展销中心项目", 40),
        ("乐清市智能电气保税维修有限公司", "温州综合保税区保税维修业务项目", 35),
        ("温州市外贸综合服务有限公司", "中小微企业外贸综合服务平台项目", 45),
        ("浙江瓯海国际会展有限公司", "中国（温州）“一带一路”商品展组展项目", 32.5),
    ]),
]


def make_wenzhou():
    stem = PFX + "_wenzhou_gongshi"
    rows = [r for _, g in WZ_GROUPS for r in g]
    total = sum(r[2] for r in rows)
    n = len(rows)
    title_text = "温州市商务局关于2025年度温州市外贸稳规模和跨境电商发展专项资金拟支持项目的公示"
    att = "2025年度温州市外贸稳规模和跨境电商发展专项资金拟支持项目表"

    intro = ("根据《温州市商务发展专项资金管理办法》（温财企〔2023〕27号）和《温州市商务局 温州市财政局"
             "关于组织申报2025年度外贸稳规模和跨境电商发展专项资金项目的通知》（温商务〔2025〕19号）要求，"
             "经企业自愿申报、各县（市、区）商务主管部门初审、第三方机构专项审核和市商务局党组会议研究，"
             "拟对温州瓯越鞋业有限公司等%d个项目给予专项资金支持，支持金额合计%s万元。"
             "现将拟支持项目予以公示（详见附件）。" % (n, fmt_num(total)))
    items = [
        ("一、公示时间。", "2025年7月14日至2025年7月18日（5个工作日）。"),
        ("二、异议反映。", "公示期内，任何单位和个人对公示项目有异议的，可通过书面方式向温州市商务局对外贸易处反映。"
                    "反映情况须实事求是，以单位名义反映的应加盖单位公章，以个人名义反映的应签署真实姓名并留下有效联系方式。"
                    "匿名、逾期或无具体事实依据的反映不予受理。"),
    ]
    contact_lines = ["联系人：林晓峰、陈思婷",
                     "联系电话：0577-88960315，0577-88960327（传真）",
                     "电子邮箱：wzswjwmc@wzcom.gov.cn",
                     "通讯地址：温州市鹿城区府东路500号市行政中心2号楼1106室，邮编325009"]
    item4 = ("四、结果处理。", "公示期满无异议或者异议经核实不成立的，按程序下达资金；异议经核实成立的，"
                          "取消相关项目支持资格，并按照《温州市商务发展专项资金管理办法》有关规定处理。")

    d = new_doc()
    title(d, ["温州市商务局关于2025年度温州市", "外贸稳规模和跨境电商发展专项资金", "拟支持项目的公示"], soft=True)
    blank(d)
    para(d, intro)
    for head, text in items:
        para(d, [(head, HT, False), (text, FS, False)])
    segs = [("三、联系方式。", HT, False), (contact_lines[0], FS, False)]
    for ln in contact_lines[1:]:
        segs += ["\v", (ln, FS, False)]
    para(d, segs)
    para(d, [(item4[0], HT, False), (item4[1], FS, False)])
    blank(d)
    para(d, "附件：" + att, indent=2)
    signoff(d, "温州市商务局", "2025年7月11日", right_chars=4)

    page_break(d)
    para(d, [("附件", HT, False)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=0)
    blank(d)
    title(d, ["2025年度温州市外贸稳规模和跨境电商", "发展专项资金拟支持项目表"])
    blank(d, size=12)
    header = ["序号", "企业名称", "项目名称", "支持金额（万元）"]
    nrows = len(rows) + len(WZ_GROUPS) + 1
    t = make_table(d, header, nrows, [12, 56, 64, 24])
    clauses = [intro] + [h + x for h, x in items] + ["三、联系方式。" + "\n".join(contact_lines)] + [item4[0] + item4[1]]
    ri = 1
    seq = 0
    for gname, g in WZ_GROUPS:
        c = t.rows[ri].cells
        m = c[0].merge(c[3])
        set_cell_text(m, gname, east=HT, align=WD_ALIGN_PARAGRAPH.LEFT)
        ri += 1
        for comp, proj, amt in g:
            seq += 1
            c = t.rows[ri].cells
            set_cell_text(c[0], str(seq))
            set_cell_text(c[1], comp, align=WD_ALIGN_PARAGRAPH.LEFT)
            set_cell_text(c[2], proj, align=WD_ALIGN_PARAGRAPH.LEFT)
            set_cell_text(c[3], fmt_num(amt))
            clauses.append(row_clause(header, [str(seq), comp, proj, fmt_num(amt)]))
            ri += 1
    c = t.rows[ri].cells
    m = c[0].merge(c[2])
    set_cell_text(m, "合计", east=HT)
    set_cell_text(c[3], fmt_num(total), east=HT)
    clauses.append("序号：合计；支持金额（万元）：" + fmt_num(total))

    path = os.path.join(HERE, stem + ".docx")
    d.save(path)
    meta = {"title": title_text, "doc_number": None, "issuer": ["温州市商务局"],
            "date": "2025-07-11", "published": None, "level": "municipal", "region": "温州市",
            "effective": None, "expires": None, "attachments": [att], "doc_type": "公示",
            "recipients": [], "publicity": None, "repeals": None}
    record(stem, meta, clauses, [])
    return path


# ---------------------------------------------------------------------------
# (2) 河南省商务厅 通知 with 认定名单
# ---------------------------------------------------------------------------

HN_PARKS = [
    ("郑州市", [
        ("郑州经开区跨境电子商务产业园", "郑州经开区跨境电商发展有限公司"),
        ("郑州中原跨境电商数字产业园", "郑州中原数智产业园运营管理有限公司"),
        ("郑州高新区跨境电商创新园", "郑州高新区数字贸易发展有限公司"),
    ]),
    ("洛阳市", [
        ("洛阳综合保税区跨境电商产业园", "洛阳国际陆港投资发展有限公司"),
        ("洛阳伊滨跨境电商产业园", "洛阳伊滨电商运营有限公司"),
    ]),
    ("许昌市", [("许昌发制品跨境电商产业园", "许昌瑞丰发制品产业园管理有限公司")]),
    ("南阳市", [("南阳卧龙跨境电商产业园", "南阳卧龙数字经济产业发展有限公司")]),
    ("商丘市", [("商丘睢阳跨境电商产业园", "商丘睢阳电商产业园运营有限公司")]),
]

HN_WAREHOUSES = [
    ("郑州市", [
        ("中陆通德国汉堡海外仓", "河南中陆通国际物流有限公司", "德国（汉堡）", "12000"),
        ("郑欧捷运波兰马拉舍维奇海外仓", "郑州郑欧捷运供应链有限公司", "波兰（马拉舍维奇）", "8500"),
        ("豫通美国洛杉矶海外仓", "河南豫通跨境供应链管理有限公司", "美国（洛杉矶）", "20000"),
        ("大易哈萨克斯坦阿拉木图海外仓", "郑州大易国际贸易有限公司", "哈萨克斯坦（阿拉木图）", "6000"),
    ]),
    ("洛阳市", [("新丝路乌兹别克斯坦塔什干海外仓", "洛阳新丝路国际物流有限公司", "乌兹别克斯坦（塔什干）", "5200")]),
    ("许昌市", [
        ("瑞丰尼日利亚拉各斯海外仓", "许昌瑞丰假发进出口有限公司", "尼日利亚（拉各斯）", "4000"),
        ("恒美美国亚特兰大海外仓", "河南恒美发制品股份有限公司", "美国（亚特兰大）", "6500"),
    ]),
    ("南阳市", [("宛丰俄罗斯莫斯科海外仓", "南阳宛丰国际贸易有限公司", "俄罗斯（莫斯科）", "3800")]),
    ("焦作市", [("丰源匈牙利布达佩斯海外仓", "焦作丰源进出口有限公司", "匈牙利（布达佩斯）", "5000")]),
    ("济源示范区", [("恒达阿联酋迪拜海外仓", "济源恒达国际贸易有限公司", "阿联酋（迪拜）", "4500")]),
]


def grouped_table(d, header, groups, widths, size=12):
    """Word table, column 2 (省辖市) vertically merged per group."""
    nrows = sum(len(g) for _, g in groups)
    t = make_table(d, header, nrows, widths, size=size)
    ri = 1
    seq = 0
    out = []
    for city, g in groups:
        first = ri
        for vals in g:
            seq += 1
            c = t.rows[ri].cells
            set_cell_text(c[0], str(seq), size=size)
            for j, v in enumerate(vals):
                set_cell_text(c[2 + j], v, size=size,
                              align=WD_ALIGN_PARAGRAPH.LEFT if j < 2 else WD_ALIGN_PARAGRAPH.CENTER)
            out.append((city, row_clause(header, [str(seq), city] + list(vals))))
            ri += 1
        m = t.rows[first].cells[1]
        if ri - 1 > first:
            m = m.merge(t.rows[ri - 1].cells[1])
        set_cell_text(m, city, size=size)
    return out


def make_henan():
    stem = PFX + "_henan_tongzhi"
    n_parks = sum(len(g) for _, g in HN_PARKS)
    n_wh = sum(len(g) for _, g in HN_WAREHOUSES)
    title_text = "河南省商务厅关于公布2025年度河南省跨境电子商务产业园区和公共海外仓认定名单的通知"
    att1 = "2025年度河南省跨境电子商务产业园区名单"
    att2 = "2025年度河南省公共海外仓名单"
    recip = "各省辖市商务局，济源示范区、航空港区商务主管部门："
    intro = ("为深入贯彻落实《国务院办公厅关于加快发展外贸新业态新模式的意见》和省委、省政府关于高水平建设"
             "“一带一路”重要节点、打造内陆开放高地的部署要求，根据《河南省跨境电子商务产业园区和公共海外仓"
             "认定管理办法（试行）》（豫商电商〔2023〕9号，以下简称《办法》），经各地推荐、专家评审和公示，"
             "省商务厅认定郑州经开区跨境电子商务产业园等%d家园区为2025年度河南省跨境电子商务产业园区，"
             "认定中陆通德国汉堡海外仓等%d个海外仓为2025年度河南省公共海外仓（名单见附件1、附件2）。"
             "现将有关事项通知如下：" % (n_parks, n_wh))
    body = [
        ("h", "一、加强支持引导"),
        ("p", "（一）各省辖市商务主管部门要将认定园区和公共海外仓纳入本地区开放型经济发展重点工作，在用地保障、"
              "人才引进、金融服务等方面给予支持，推动园区集聚跨境电商平台、卖家、服务商等经营主体。"),
        ("p", "（二）省商务厅将在省级外经贸发展专项资金中对认定园区和公共海外仓给予支持，具体按照年度申报指南执行。"
              "对位于中国（河南）自由贸易试验区郑州片区、洛阳片区、开封片区内的认定园区，优先支持其开展"
              "跨境电商零售进口和“跨境电商+保税”业务，相关试点政策可先行先试。",
         ["中国（河南）自由贸易试验区郑州片区", "洛阳片区", "开封片区"]),
        ("h", "二、实施动态管理"),
        ("p", "（一）认定园区和公共海外仓实行动态管理，认定有效期3年，自2025年9月1日至2028年8月31日。"
              "省商务厅每年组织开展一次运行情况监测，各认定单位应于每年1月31日前通过“河南省商务运行监测系统”"
              "报送上年度运行情况。"),
        ("p", "（二）认定有效期满前3个月，由认定单位提出复核申请，经所在省辖市商务主管部门初审后报省商务厅。"
              "省商务厅组织第三方机构对照《办法》规定的条件进行复核，复核合格的，延续认定资格3年；"
              "复核不合格的，限期6个月整改，整改后仍不合格的，撤销认定。"),
        ("p", "（三）认定单位有下列情形之一的，由省商务厅撤销其认定资格，3年内不得再次申报："),
        ("p", "1.提供虚假材料骗取认定资格或者专项资金的；"),
        ("p", "2.发生重大安全生产、产品质量安全事故或者被列入严重失信主体名单的；"),
        ("p", "3.运行情况监测中有下列情形之一的："),
        ("p", "（1）连续两年未按要求报送运行情况的；"),
        ("p", "（2）跨境电子商务产业园区入驻跨境电商经营主体少于30家，或者公共海外仓年服务国内企业少于20家的；"),
        ("p", "4.公共海外仓停止运营或者不再向国内企业提供公共服务的。"),
        ("h", "三、工作要求"),
        ("p", "（一）各省辖市商务主管部门要加强对认定单位的日常指导和服务，及时协调解决发展中遇到的困难和问题，"
              "每半年向省商务厅报送一次工作进展。"),
        ("p", "（二）认定单位名称、运营主体、海外仓地址及面积等事项发生变更的，应当自变更之日起30日内"
              "经所在省辖市商务主管部门书面报省商务厅备案。"),
    ]

    d = new_doc()
    # 版头
    p = para(d, [("河南省商务厅文件", XBS, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, size=40, line=50)
    for r in p.runs:
        r.font.color.rgb = RGBColor(0xFF, 0, 0)
    blank(d)
    p = para(d, "豫商电商〔2025〕22号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    border(p, "bottom", color="FF0000", sz=18, space=8)
    blank(d)
    title(d, ["河南省商务厅关于公布2025年度河南省", "跨境电子商务产业园区和公共海外仓", "认定名单的通知"])
    blank(d)
    para(d, recip, indent=0)
    para(d, intro)
    clauses = [intro]
    specific = []
    for blk in body:
        if blk[0] == "h":
            para(d, [(blk[1], HT, False)])
            continue
        text = blk[1]
        if text.startswith("（") and text[1] in "一二三四五":
            head, rest = text[:3], text[3:]
            para(d, [(head, FS, False), (rest, FS, False)])
        else:
            para(d, text)
        clauses.append(text)
        if len(blk) > 2:
            specific.append((text, blk[2]))
    blank(d)
    para(d, "附件：1." + att1, indent=2)
    para(d, "2." + att2, indent=0, left=16 * 5)
    signoff(d, "河南省商务厅", "2025年8月26日", right_chars=4)
    para(d, "（此件公开发布）", indent=2)

    # 附件 in a landscape section
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
    sec.left_margin, sec.right_margin = Mm(37), Mm(35)
    para(d, [("附件1", HT, False)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=0)
    blank(d, size=12)
    title(d, [att1])
    blank(d, size=12)
    h1 = ["序号", "省辖市", "园区名称", "运营主体"]
    rows1 = grouped_table(d, h1, HN_PARKS, [16, 32, 85, 90], size=12)
    for city, c in rows1:
        clauses.append(c)
        specific.append((c, [city]))
    page_break(d)
    para(d, [("附件2", HT, False)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=0)
    blank(d, size=12)
    title(d, [att2])
    blank(d, size=12)
    h2 = ["序号", "省辖市", "海外仓名称", "运营企业", "所在国家（城市）", "仓储面积（平方米）"]
    rows2 = grouped_table(d, h2, HN_WAREHOUSES, [14, 28, 56, 56, 40, 30], size=11)
    for city, c in rows2:
        clauses.append(c)
        specific.append((c, [city]))

    # 版记 on its own portrait page
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    for _ in range(17):
        blank(d)
    p = para(d, "抄送：商务部电子商务和信息化司，省发展改革委、省财政厅、省市场监管局，郑州海关。",
             indent=0, size=14, left=14, right=14)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.left_indent = Pt(14 * 4)
    p.paragraph_format.first_line_indent = Pt(-14 * 3)
    border(p, "top", color="000000", sz=8, space=4)
    border(p, "bottom", color="000000", sz=4, space=4)
    p = d.add_paragraph()
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(156) - Pt(28), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run("河南省商务厅办公室\t2025年8月27日印发")
    set_font(r, size=14)
    border(p, "bottom", color="000000", sz=8, space=4)

    path = os.path.join(HERE, stem + ".docx")
    d.save(path)
    meta = {"title": title_text, "doc_number": "豫商电商〔2025〕22号", "issuer": ["河南省商务厅"],
            "date": "2025-08-26", "published": "2025-08-27", "level": "provincial", "region": "河南省",
            "effective": "2025-09-01", "expires": "2028-08-31", "attachments": [att1, att2],
            "doc_type": "通知",
            "recipients": ["各省辖市商务局", "济源示范区、航空港区商务主管部门"],
            "publicity": "此件公开发布", "repeals": None}
    record(stem, meta, clauses, specific)
    return path


# ---------------------------------------------------------------------------
# (3) 苏州市商务局 workbook: 汇总 + 明细
# ---------------------------------------------------------------------------

SZ_ROWS = [
    ("张家港市", [
        ("张家港沙洲纺织进出口有限公司", "B", "中亚五国纺织品市场开拓项目", "2025.01-2025.12", 460, 40, ""),
        ("张家港保税港区宏运汽车贸易有限公司", "C", "二手车出口业务拓展及境外售后服务网点建设项目", "2025.03-2026.02", 1200, 60, ""),
    ]),
    ("常熟市", [
        ("常熟服装城市场采购贸易服务有限公司", "C", "市场采购贸易组货集拼中心项目", "2025.01-2025.12", 800, 80, ""),
        ("常熟虞锦服饰有限公司", "A", "跨境电商独立站品牌出海项目", "2025.04-2025.12", 320, 25, "★"),
        ("江苏琴川跨境电商供应链有限公司", "A", "北美公共海外仓扩容项目", "2025.01-2026.06", 1500, 100, ""),
    ]),
    ("太仓市", [
        ("太仓港通国际物流有限公司", "B", "太仓港—东南亚近洋航线外贸集装箱拓展项目", "2025.01-2025.12", 900, 70, ""),
        ("太仓德企进出口服务有限公司", "B", "中德企业合作展贸中心项目", "2025.05-2026.04", 400, 30, "★"),
    ]),
    ("昆山市", [
        ("昆山玉峰精密电子有限公司", "B", "越南、泰国市场开拓及境外参展项目", "2025.01-2025.12", 260, 22.5, ""),
        ("昆山恒鑫保税维修服务有限公司", "C", "电子产品全球保税维修项目", "2025.01-2026.12", 1800, 90, ""),
        ("江苏昆承跨境电子商务有限公司", "A", "跨境电商B2B出口（9710）综合服务平台项目", "2025.02-2025.12", 650, 50, ""),
    ]),
    ("吴江区", [
        ("吴江盛泽丝绸进出口有限公司", "B", "“一带一路”沿线国家丝绸面料展销项目", "2025.01-2025.12", 380, 30, ""),
        ("苏州汾湖跨境电商产业园管理有限公司", "A", "跨境电商产业园直播及孵化中心项目", "2025.03-2026.03", 700, 55, ""),
    ]),
    ("吴中区", [
        ("苏州东山碧螺春茶业进出口有限公司", "B", "中东欧茶叶出口及品牌推广项目", "2025.04-2025.12", 150, 12.5, "★"),
        ("苏州吴中机器人科技有限公司", "A", "工业机器人跨境电商出海项目", "2025.01-2025.12", 540, 35, ""),
    ]),
    ("相城区", [
        ("苏州相城数字贸易港运营有限公司", "A", "数字贸易港跨境电商公共服务平台项目", "2025.01-2026.06", 1100, 75, ""),
    ]),
    ("姑苏区", [
        ("苏州平江老字号进出口有限公司", "A", "苏作老字号跨境电商出海项目", "2025.06-2025.12", 180, 15, "★"),
    ]),
    ("苏州工业园区", [
        ("苏州金鸡湖国际供应链有限公司", "A", "欧洲（德国杜伊斯堡）公共海外仓项目", "2025.01-2026.12", 2600, 120, ""),
        ("苏州园区中欧班列运营有限公司", "B", "中欧班列回程货源组织及集拼项目", "2025.01-2025.12", 1600, 100, ""),
        ("苏州星湖生物医药供应链有限公司", "C", "综合保税区生物医药研发用物品进口便利化项目", "2025.01-2025.12", 500, 40, ""),
    ]),
    ("苏州高新区", [
        ("苏州浒关跨境电商物流有限公司", "A", "跨境电商1210保税备货仓项目", "2025.01-2025.12", 900, 60, ""),
        ("苏州狮山智能装备进出口有限公司", "B", "中东、非洲市场智能装备出口拓展项目", "2025.02-2025.12", 420, 32.5, ""),
    ]),
]


def make_suzhou():
    stem = PFX + "_suzhou_mingxi"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    leftw = Alignment(horizontal="left", vertical="center", wrap_text=True)
    fbody = Font(name="仿宋_GB2312", size=11)
    fhead = Font(name="黑体", size=11)
    ftitle = Font(name="方正小标宋简体", size=18)
    fnote = Font(name="仿宋_GB2312", size=10)

    title1 = "2025年度苏州市商务发展专项资金（开放型经济）拟支持项目汇总表"
    title2 = "2025年度苏州市商务发展专项资金（开放型经济）拟支持项目明细表"
    unit_line = ("填报单位：苏州市商务局（盖章）", "填报日期：2025年9月12日")

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总"
    # title + 填报 line
    ws.merge_cells("A1:E1")
    ws["A1"] = title1
    ws["A1"].font = ftitle
    ws["A1"].alignment = center
    ws.row_dimensions[1].height = 36
    ws.merge_cells("A2:C2")
    ws["A2"] = unit_line[0]
    ws["A2"].font = fbody
    ws.merge_cells("D2:E2")
    ws["D2"] = unit_line[1]
    ws["D2"].font = fbody
    ws["D2"].alignment = Alignment(horizontal="right", vertical="center")
    # two header rows
    for rng, txt in (("A3:A4", "序号"), ("B3:B4", "板块"), ("C3:D3", "拟支持项目"), ("E3:E4", "备注")):
        ws.merge_cells(rng)
        ws[rng.split(":")[0]] = txt
    ws["C4"] = "项目数（个）"
    ws["D4"] = "支持金额（万元）"
    for r in (3, 4):
        for c in range(1, 6):
            cell = ws.cell(r, c)
            cell.font = fhead
            cell.alignment = center
            cell.border = box
    h_sum = ["序号", "板块", "项目数（个）", "支持金额（万元）", "备注"]
    clauses = []
    specific = []
    notes_sum = {"苏州工业园区": "区级财政分担50%", "苏州高新区": "区级财政分担50%"}
    r = 5
    for i, (area, items) in enumerate(SZ_ROWS, 1):
        amt = sum(x[5] for x in items)
        vals = [i, area, len(items), amt, notes_sum.get(area, "")]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.font = fbody
            cell.alignment = center
            cell.border = box
        cl = row_clause(h_sum, [str(i), area, str(len(items)), fmt_num(amt), notes_sum.get(area, "")])
        clauses.append(cl)
        specific.append((cl, [area]))
        r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 1, "合计")
    ws.cell(r, 3, "=SUM(C5:C%d)" % (r - 1))
    ws.cell(r, 4, "=SUM(D5:D%d)" % (r - 1))
    cached = {("sheet1.xml", "SUM(C5:C%d)" % (r - 1)): sum(len(x[1]) for x in SZ_ROWS),
              ("sheet1.xml", "SUM(D5:D%d)" % (r - 1)): sum(y[5] for x in SZ_ROWS for y in x[1])}
    for c in range(1, 6):
        cell = ws.cell(r, c)
        cell.font = fhead
        cell.alignment = center
        cell.border = box
    n_total = sum(len(x[1]) for x in SZ_ROWS)
    amt_total = sum(y[5] for x in SZ_ROWS for y in x[1])
    clauses.append("序号：合计；项目数（个）：%d；支持金额（万元）：%s" % (n_total, fmt_num(amt_total)))
    r += 1
    notes1 = [
        ("注：1.本表根据各板块商务主管部门初审意见和专家评审结果汇总，支持金额为拟支持上限，"
         "最终以专项审计核定金额为准。", None),
        ("2.苏州工业园区、苏州高新区拟支持项目所需资金由市、区两级财政按1:1比例分担。",
         ["苏州工业园区", "苏州高新区"]),
    ]
    for txt, places in notes1:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        ws.cell(r, 1, txt).font = fnote
        ws.cell(r, 1).alignment = leftw
        ws.row_dimensions[r].height = 30
        clauses.append(txt)
        if places:
            specific.append((txt, places))
        r += 1
    for col, w in zip("ABCDE", (8, 18, 16, 20, 22)):
        ws.column_dimensions[col].width = w
    ws.print_title_rows = "3:4"
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.freeze_panes = "A5"

    # 明细
    ws = wb.create_sheet("明细")
    ncol = 9
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = title2
    ws["A1"].font = ftitle
    ws["A1"].alignment = center
    ws.row_dimensions[1].height = 36
    ws.merge_cells("A2:D2")
    ws["A2"] = unit_line[0]
    ws["A2"].font = fbody
    ws.merge_cells("G2:I2")
    ws["G2"] = unit_line[1]
    ws["G2"].font = fbody
    ws["G2"].alignment = Alignment(horizontal="right", vertical="center")
    for rng, txt in (("A3:A4", "序号"), ("B3:B4", "板块"), ("C3:C4", "企业名称"),
                     ("D3:F3", "项目情况"), ("G3:H3", "资金情况"), ("I3:I4", "备注")):
        ws.merge_cells(rng)
        ws[rng.split(":")[0]] = txt
    for col, txt in zip("DEFGH", ("项目类别", "项目名称", "建设期", "项目总投资（万元）", "拟支持金额（万元）")):
        ws[col + "4"] = txt
    for rr in (3, 4):
        for c in range(1, ncol + 1):
            cell = ws.cell(rr, c)
            cell.font = fhead
            cell.alignment = center
            cell.border = box
    h_det = ["序号", "板块", "企业名称", "项目类别", "项目名称", "建设期", "项目总投资（万元）",
             "拟支持金额（万元）", "备注"]
    r = 5
    seq = 0
    for area, items in SZ_ROWS:
        first = r
        for comp, cat, proj, period, inv, amt, note in items:
            seq += 1
            vals = [seq, area if r == first else None, comp, cat, proj, period, inv, amt, note or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.font = fbody
                cell.alignment = leftw if c in (3, 5) else center
                cell.border = box
            cl = row_clause(h_det, [str(seq), area, comp, cat, proj, period, fmt_num(inv), fmt_num(amt), note])
            clauses.append(cl)
            specific.append((cl, [area]))
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(r, 1, "合计")
    ws.cell(r, 7, "=SUM(G5:G%d)" % (r - 1))
    ws.cell(r, 8, "=SUM(H5:H%d)" % (r - 1))
    cached[("sheet2.xml", "SUM(G5:G%d)" % (r - 1))] = sum(y[4] for x in SZ_ROWS for y in x[1])
    cached[("sheet2.xml", "SUM(H5:H%d)" % (r - 1))] = sum(y[5] for x in SZ_ROWS for y in x[1])
    for c in range(1, ncol + 1):
        cell = ws.cell(r, c)
        cell.font = fhead
        cell.alignment = center
        cell.border = box
    inv_total = sum(y[4] for x in SZ_ROWS for y in x[1])
    clauses.append("序号：合计；项目总投资（万元）：%s；拟支持金额（万元）：%s" % (fmt_num(inv_total), fmt_num(amt_total)))
    r += 1
    notes2 = [
        "注：1.项目类别：A为跨境电商（含公共海外仓）项目，B为“一带一路”市场开拓及国际物流项目，"
        "C为外贸新业态及保税业务项目。",
        "2.备注栏标“★”的为首次获得市级开放型经济专项资金支持的企业。",
        "3.本表拟于2025年9月15日至9月19日在苏州市商务局门户网站公示，公示期内对项目有异议的，"
        "请以书面形式向市商务局对外贸易发展处反映。",
    ]
    for txt in notes2:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(r, 1, txt).font = fnote
        ws.cell(r, 1).alignment = leftw
        ws.row_dimensions[r].height = 28
        clauses.append(txt)
        r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    ws.cell(r, 1, "制表人：周敏　　　　审核人：钱立新　　　　联系电话：0512-68615237").font = fnote
    for col, w in zip("ABCDEFGHI", (6, 12, 30, 8, 36, 16, 12, 12, 8)):
        ws.column_dimensions[col].width = w
    ws.print_title_rows = "3:4"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.freeze_panes = "A5"
    wb.active = 0

    path = os.path.join(HERE, stem + ".xlsx")
    wb.save(path)
    # Excel stores the computed value of every formula next to it; openpyxl leaves <v></v> empty,
    # so fill in the cached values of the SUM cells the way Excel would have saved them.
    fill_cached(path, cached)

    meta = {"title": title1, "doc_number": None, "issuer": ["苏州市商务局"],
            "date": "2025-09-12", "published": None, "level": "municipal", "region": "苏州市",
            "effective": None, "expires": None, "attachments": [], "doc_type": "名单",
            "recipients": [], "publicity": None, "repeals": None}
    record(stem, meta, clauses, specific)


# ---------------------------------------------------------------------------
# (4) HTML 公示 page on the 川南临港片区 site
# ---------------------------------------------------------------------------

LZ_ROWS = [
    ("泸州综合保税区", [
        ("四川酒城国际供应链管理有限公司", "跨境电商1210保税进口业务奖励", 58.6),
        ("泸州综保区鑫泰电子科技有限公司", "加工贸易进出口规模奖励", 72),
        ("泸州川南跨境电子商务有限公司", "跨境电商9610出口物流补贴", 26.4),
        ("四川长江丝路进出口贸易有限公司", "“一带一路”沿线市场开拓补贴", 18),
        ("泸州临港保税维修服务有限公司", "保税维修业务奖励", 30),
    ]),
    ("泸州港区块", [
        ("泸州临港集装箱物流有限公司", "外贸集装箱航线（泸州—上海洋山）补贴", 65),
        ("四川江阳铁海联运有限公司", "铁海联运（泸州—钦州港）外贸班列补贴", 54.5),
        ("泸州港通报关服务有限公司", "进出口报关服务平台建设补助", 12),
        ("四川川南国际物流有限公司", "中欧班列（成渝）集货运输补贴", 40),
    ]),
    ("高新区区块", [
        ("四川泸酒出海贸易有限公司", "白酒出口“一带一路”市场开拓补贴", 45),
        ("泸州高新精工机械有限公司", "境外展会参展补贴", 8.8),
        ("四川临港数字贸易有限公司", "跨境电商独立站建设补助", 15),
        ("泸州云创跨境电商产业园管理有限公司", "跨境电商产业园运营奖励", 20),
        ("四川赤水河食品进出口有限公司", "出口信用保险保费补贴", 6.5),
        ("泸州鑫源化工进出口有限公司", "外贸新增长奖励", 14.5),
    ]),
]


def make_luzhou():
    stem = PFX + "_luzhou_gongshi"
    zone = "中国（四川）自由贸易试验区川南临港片区"
    title_text = "关于2025年第二批川南临港片区跨境电商及外贸发展扶持资金拟兑现名单的公示"
    n = sum(len(g) for _, g in LZ_ROWS)
    total = sum(x[2] for _, g in LZ_ROWS for x in g)
    total_s = fmt_num(round(total, 2))
    p1 = ("根据《中国（四川）自由贸易试验区川南临港片区促进跨境电子商务和外向型经济发展若干政策措施》"
          "（川南临港管发〔2024〕6号）和《关于开展2025年第二批跨境电商及外贸发展扶持资金申报工作的通知》有关规定，"
          "经企业申报、部门审核、第三方机构复核和管委会主任办公会审定，拟对四川酒城国际供应链管理有限公司等"
          "%d家企业兑现扶持资金共计%s万元。现将拟兑现名单予以公示，公示期为7天。" % (n, total_s))
    p2 = ("公示期内，任何单位和个人如对公示名单有异议，请以书面形式实名向片区经济发展局反映，并提供必要的证据材料。"
          "以单位名义反映的须加盖单位公章。经核实异议成立的，取消相关企业本批次兑现资格。")
    contact = "联系人：何女士、罗先生　　联系电话：0830-3156782　　地址：泸州市龙马潭区临港大道二段18号片区政务服务中心3楼"
    header = ["序号", "企业名称", "所在区域", "扶持事项", "兑现金额（万元）"]

    rows_html = []
    clauses = [p1, p2]
    specific = []
    seq = 0
    for area, g in LZ_ROWS:
        for k, (comp, item, amt) in enumerate(g):
            seq += 1
            tds = ['<td>%d</td>' % seq, '<td style="text-align:left;">%s</td>' % comp]
            if k == 0:
                tds.append('<td rowspan="%d">%s</td>' % (len(g), area))
            tds.append('<td style="text-align:left;">%s</td>' % item)
            tds.append('<td>%s</td>' % fmt_num(amt))
            rows_html.append("<tr>" + "".join(tds) + "</tr>")
            cl = row_clause(header, [str(seq), comp, area, item, fmt_num(amt)])
            clauses.append(cl)
            specific.append((cl, [area]))
    rows_html.append('<tr><td colspan="4"><strong>合计</strong></td><td><strong>%s</strong></td></tr>' % total_s)
    clauses.append("序号：合计；兑现金额（万元）：" + total_s)

    html = """<!DOCTYPE html>
<!-- saved from url=(0079)http://www.lzlgpq.gov.cn/tzgg/202510/t20251020_1096532.html -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="中国（四川）自由贸易试验区川南临港片区">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2025-10-20 09:30">
<meta name="ContentSource" content="片区经济发展局">
<title>{title}_通知公告_中国（四川）自由贸易试验区川南临港片区</title>
<style>
body{{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;background:#f3f5f8;color:#333;}}
.top{{background:#0b4f9c;color:#fff;height:34px;line-height:34px;font-size:13px;}}
.top .w{{width:1200px;margin:0 auto;}} .top a{{color:#fff;margin-left:14px;text-decoration:none;}}
.banner{{width:1200px;margin:0 auto;height:110px;background:#fff;}}
.banner h1{{font-size:28px;color:#0b4f9c;margin:0;padding-top:26px;}}
.banner p{{margin:4px 0 0;font-size:13px;color:#888;}}
.nav{{background:#1565c0;}} .nav ul{{width:1200px;margin:0 auto;padding:0;list-style:none;overflow:hidden;}}
.nav li{{float:left;}} .nav li a{{display:block;padding:0 26px;line-height:46px;color:#fff;text-decoration:none;}}
.main{{width:1200px;margin:16px auto;background:#fff;padding:20px 60px 40px;box-sizing:border-box;}}
.crumb{{font-size:13px;color:#666;border-bottom:1px solid #e5e5e5;padding-bottom:10px;}}
.article h2{{text-align:center;font-size:24px;color:#222;line-height:1.6;margin:30px 80px 16px;}}
.infobox{{background:#f7f9fc;border:1px solid #dfe6ef;padding:10px 18px;font-size:13px;color:#555;}}
.infobox table{{width:100%;}} .infobox td{{padding:4px 6px;}} .infobox .lb{{color:#888;width:80px;}}
.tools{{text-align:right;font-size:13px;color:#888;margin:10px 0 20px;}}
.TRS_Editor p{{font-size:16px;line-height:2;text-indent:2em;margin:0;}}
.TRS_Editor table{{border-collapse:collapse;margin:10px auto;width:96%;}}
.TRS_Editor td,.TRS_Editor th{{border:1px solid #333;padding:6px 8px;text-align:center;font-size:14px;}}
.TRS_Editor th{{background:#f0f0f0;}}
.sign{{text-align:right !important;}}
.related{{margin-top:30px;border-top:2px solid #1565c0;}} .related h3{{font-size:16px;color:#1565c0;}}
.related li{{font-size:14px;line-height:2;}}
.foot{{background:#0b4f9c;color:#cfe0f5;font-size:13px;text-align:center;padding:18px 0;line-height:2;}}
</style>
<script type="text/javascript" src="./{stem}_files/jquery.min.js"></script>
<script type="text/javascript" src="./{stem}_files/common.js"></script>
</head>
<body>
<div class="top"><div class="w">今天是：<span id="today">2025年10月21日 星期二</span>
<a href="http://www.lzlgpq.gov.cn/">网站首页</a><a href="javascript:void(0)">无障碍浏览</a><a href="javascript:void(0)">长者模式</a><a href="javascript:void(0)">English</a></div></div>
<div class="banner"><h1>中国（四川）自由贸易试验区川南临港片区</h1><p>China (Sichuan) Pilot Free Trade Zone · Chuannan Lingang Area</p></div>
<div class="nav"><ul>
<li><a href="http://www.lzlgpq.gov.cn/">首页</a></li><li><a href="http://www.lzlgpq.gov.cn/pqgk/">片区概况</a></li>
<li><a href="http://www.lzlgpq.gov.cn/zwgk/">政务公开</a></li><li><a href="http://www.lzlgpq.gov.cn/tzgg/">通知公告</a></li>
<li><a href="http://www.lzlgpq.gov.cn/zdcx/">制度创新</a></li><li><a href="http://www.lzlgpq.gov.cn/tzcj/">投资促进</a></li>
<li><a href="http://www.lzlgpq.gov.cn/zwfw/">政务服务</a></li><li><a href="http://www.lzlgpq.gov.cn/hdjl/">互动交流</a></li>
</ul></div>
<div class="main">
<div class="crumb">当前位置：<a href="http://www.lzlgpq.gov.cn/">首页</a> &gt; <a href="http://www.lzlgpq.gov.cn/tzgg/">通知公告</a> &gt; 正文</div>
<div class="article">
<h2>{title}</h2>
<div class="infobox"><table>
<tbody><tr><td class="lb">索 引 号：</td><td>11510500MB1C37265K/2025-00217</td><td class="lb">发布机构：</td><td>片区经济发展局</td></tr>
<tr><td class="lb">发布日期：</td><td>2025-10-20</td><td class="lb">公开方式：</td><td>主动公开</td></tr>
<tr><td class="lb">公示时间：</td><td>2025年10月20日至2025年10月26日</td><td class="lb">主题分类：</td><td>商贸、海关、旅游</td></tr>
</tbody></table></div>
<div class="tools">发布时间：2025-10-20 09:30　　来源：片区经济发展局　　浏览次数：<span id="hits">1286</span>　　【字体：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>】</div>
<div class="TRS_Editor">
<p>{p1}</p>
<p>{p2}</p>
<p>{contact}</p>
<p>&nbsp;</p>
<table border="1" cellspacing="0" cellpadding="0">
<tbody>
<tr><th>{h0}</th><th>{h1}</th><th>{h2}</th><th>{h3}</th><th>{h4}</th></tr>
{rows}
</tbody></table>
<p>&nbsp;</p>
<p>特此公示。</p>
<p>&nbsp;</p>
<p class="sign">中国（四川）自由贸易试验区川南临港片区管理委员会经济发展局</p>
<p class="sign">2025年10月17日</p>
</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a>　分享到：<a href="javascript:void(0)">微信</a> <a href="javascript:void(0)">微博</a></div>
<div class="related"><h3>相关阅读</h3><ul>
<li><a href="http://www.lzlgpq.gov.cn/tzgg/202506/t20250612_1081274.html">关于2025年第一批川南临港片区跨境电商及外贸发展扶持资金兑现结果的公告</a>　2025-06-12</li>
<li><a href="http://www.lzlgpq.gov.cn/tzgg/202508/t20250805_1090318.html">关于开展2025年第二批跨境电商及外贸发展扶持资金申报工作的通知</a>　2025-08-05</li>
<li><a href="http://www.lzlgpq.gov.cn/zcjd/202403/t20240318_1042251.html">图解：川南临港片区促进跨境电子商务和外向型经济发展若干政策措施</a>　2024-03-18</li>
</ul></div>
</div></div>
<div class="foot">主办单位：中国（四川）自由贸易试验区川南临港片区管理委员会　　承办单位：片区党政办公室<br>
地址：泸州市龙马潭区临港大道二段18号　　联系电话：0830-3156000<br>
<a href="https://beian.miit.gov.cn/" style="color:#cfe0f5;">蜀ICP备19028841号-2</a>　　川公网安备 51050402000219号　　网站标识码：5105000077</div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function(){{var d=new Date();document.getElementById("today").innerHTML=d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日";}})();
</script>
</body></html>
""".format(title=title_text, stem=stem, p1=p1, p2=p2, contact=contact, rows="\n".join(rows_html),
           h0=header[0], h1=header[1], h2=header[2], h3=header[3], h4=header[4])
    with open(os.path.join(HERE, stem + ".html"), "w", encoding="utf-8") as f:
        f.write(html)

    meta = {"title": title_text, "doc_number": None,
            "issuer": ["中国（四川）自由贸易试验区川南临港片区管理委员会经济发展局"],
            "date": "2025-10-17", "published": "2025-10-20", "level": "zone", "region": zone,
            "effective": None, "expires": None, "attachments": [], "doc_type": "公示",
            "recipients": [], "publicity": "主动公开", "repeals": None}
    record(stem, meta, clauses, specific)


def main():
    docs = [make_wenzhou(), make_henan()]
    soffice(["--convert-to", "pdf"] + docs, HERE)
    make_suzhou()
    make_luzhou()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    print("wrote", ", ".join(sorted(EXPECTED)))


if __name__ == "__main__":
    main()
