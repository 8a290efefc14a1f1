# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 619: expanded character spacing (w:spacing) and scaled runs (w:w)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

RPR_AFTER_W = ("w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u",
               "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl",
               "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")
PPR_AFTER_BDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                 "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                 "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                 "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                 "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                 "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


# ---------------------------------------------------------------- helpers
def fmt(run, font=FS, size=16, bold=False, color=None, sp=None, scale=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.get_or_add_rFonts()
    rFonts.set(qn("w:eastAsia"), font)
    rFonts.set(qn("w:ascii"), font)
    rFonts.set(qn("w:hAnsi"), font)
    if sp is not None:
        el = OxmlElement("w:spacing")
        el.set(qn("w:val"), str(int(round(sp * 20))))
        rPr.insert_element_before(el, "w:w", *RPR_AFTER_W)
    if scale is not None:
        el = OxmlElement("w:w")
        el.set(qn("w:val"), str(scale))
        rPr.insert_element_before(el, *RPR_AFTER_W)
    return run


def para(doc_or_cell, align=None, indent=True, line=28, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    if line:
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def runs(p, pieces, **kw):
    """pieces: list of str or (str, dict-override)."""
    for pc in pieces:
        if isinstance(pc, tuple):
            t, o = pc
            k = dict(kw)
            k.update(o)
        else:
            t, k = pc, kw
        fmt(p.add_run(t), **k)
    return p


def body(doc, text, **kw):
    p = para(doc, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    if isinstance(text, str):
        text = [text]
    return runs(p, text, **kw)


def runin(doc, head, rest, head_font=KT, **kw):
    p = para(doc, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    fmt(p.add_run(head), font=head_font, bold=(head_font == FS))
    if isinstance(rest, str):
        rest = [rest]
    runs(p, rest, **kw)
    return p


def heading(doc, text, font=HT, sp=None):
    p = para(doc, align=WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.keep_with_next = True
    fmt(p.add_run(text), font=font, sp=sp)
    return p


def empty(doc, n=1):
    for _ in range(n):
        para(doc, indent=False)


def border(p, side="bottom", color="FF0000", sz=12):
    pPr = p._p.get_or_add_pPr()
    pBdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pBdr.append(b)
    pPr.insert_element_before(pBdr, *PPR_AFTER_BDR)


def banji_line(p, top=True, bottom=True):
    pPr = p._p.get_or_add_pPr()
    pBdr = OxmlElement("w:pBdr")
    for side in (("top",) if top else ()) + (("bottom",) if bottom else ()):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "6")
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        pBdr.append(b)
    pPr.insert_element_before(pBdr, *PPR_AFTER_BDR)


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
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)
    # page number footer: — 1 —
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fmt(fp.add_run("— "), font=SONG, size=14)
    r = fp.add_run()
    fmt(r, font=SONG, size=14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        elif txt.strip() == "PAGE":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = txt
            r._element.append(t)
    fmt(fp.add_run(" —"), font=SONG, size=14)
    return doc


def cell_text(cell, text, align=WD_ALIGN_PARAGRAPH.CENTER, sp=None, scale=None,
              font=FS, size=14, bold=False, breaks=None):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(22)
    p.paragraph_format.first_line_indent = None
    if breaks:
        parts = breaks
        for i, t in enumerate(parts):
            r = fmt(p.add_run(t), font=font, size=size, bold=bold, sp=sp, scale=scale)
            if i < len(parts) - 1:
                r.add_break(WD_BREAK.LINE)
    else:
        fmt(p.add_run(text), font=font, size=size, bold=bold, sp=sp, scale=scale)
    return p


def set_col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def save(doc, stem):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_619", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return path


EXPECTED = {}

# =================================================================== doc 1
# 厦门片区 通知：spaced red header, spaced title with soft break, spaced 主送,
# fully spaced intro paragraph, scaled tail run, spaced 落款 organ.
def doc_xiamen():
    stem = "blind619_xiamen_tongzhi"
    doc = new_doc()
    clauses = []

    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=None, before=12)
    fmt(p.add_run("中国（福建）自由贸易试验区"), font=XBS, size=20, color=RED, sp=1, scale=80)
    fmt(p.add_run("厦门片区管理委员会"), font=XBS, size=20, color=RED, sp=1, scale=80)
    empty(doc)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    fmt(p.add_run("厦自贸委〔2025〕21号"), font=FS)
    border(p)
    empty(doc)

    title = "中国（福建）自由贸易试验区厦门片区管理委员会关于开展2025年度跨境电商与中欧班列联动发展专项资金申报工作的通知"
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    r = fmt(p.add_run("中国（福建）自由贸易试验区厦门片区管理委员会"), font=XBS, size=22, scale=85)
    r.add_break(WD_BREAK.LINE)
    r = fmt(p.add_run("关于开展2025年度跨境电商与中欧班列"), font=XBS, size=22, sp=2.5)
    r.add_break(WD_BREAK.LINE)
    fmt(p.add_run("联动发展专项资金申报工作的"), font=XBS, size=22, sp=3)
    fmt(p.add_run("通知"), font=XBS, size=22, sp=6)
    empty(doc)

    p = para(doc, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    runs(p, ["片区各功能区管理机构", "，", "管委会各局（办）", "，", "各有关企业", "："], font=FS, sp=2)

    intro = ["为贯彻落实《中国（福建）自由贸易试验区厦门片区促进跨境电商高质量发展若干措施》，",
             "推动跨境电商与中欧班列（厦门）融合发展，",
             "进一步发挥海沧、象屿综合保税区政策叠加优势，",
             "现就2025年度专项资金申报工作通知如下："]
    body(doc, intro, sp=4)
    clauses.append("".join(intro))

    heading(doc, "一、申报范围", sp=2)
    items = [
        ("（一）", "跨境电商企业通过中欧班列（厦门）出口货物的，按实际运输集装箱数量给予运费补助，每标准箱补助不超过3000元，单个企业年度补助总额不超过200万元。", None),
        ("（二）", "在海沧、象屿综合保税区内开展跨境电商保税备货（1210）业务的企业，年度进口申报金额首次超过5000万元的，给予一次性奖励50万元。", None),
        ("（三）", "在“一带一路”沿线国家和地区新设海外仓并投入运营的企业，按海外仓租赁或建设投入的20%给予补助，单仓补助不超过100万元。", None),
        ("（四）", "为跨境电商企业提供中欧班列集拼、拆箱、通关等综合服务的平台企业，按年度服务企业数量和业务量分档给予奖励，", "最高不超过80万元。"),
    ]
    for no, t, tail in items:
        pieces = [no, t]
        if tail:
            pieces.append((tail, {"scale": 90}))
        body(doc, pieces)
        clauses.append(no + t + (tail or ""))

    heading(doc, "二、申报条件")
    body(doc, "申报企业应当同时符合下列条件：")
    clauses.append("申报企业应当同时符合下列条件：")
    conds = ["1.在厦门片区内依法注册登记，具有独立法人资格，税务征管关系在厦门片区内；",
             "2.2024年1月1日至2024年12月31日期间在厦门片区实际开展相关业务；",
             "3.近三年未发生重大安全生产事故，未被列入严重失信主体名单；",
             "4.申报项目未同时享受市级以上同类财政资金支持。"]
    for c in conds:
        body(doc, c)
        clauses.append(c)

    heading(doc, "三、申报材料")
    mats = [("（一）申报表。", "填写《2025年度跨境电商与中欧班列联动发展专项资金申报表》（见附件1），加盖企业公章。"),
            ("（二）证明材料。", "营业执照复印件、中欧班列运单及铁路运费发票、海关报关单或跨境电商申报清单汇总表、海外仓租赁合同或建设投入凭证等。"),
            ("（三）信用承诺书。", "申报企业法定代表人签署的信用承诺书，承诺所报材料真实、准确、完整。")]
    for h, t in mats:
        runin(doc, h, t, head_font=FS)
        clauses.append(h + t)

    heading(doc, "四、申报程序")
    procs = [("（一）企业申报。", ["申报企业于2025年5月6日至5月30日登录“厦门片区企业服务平台”在线填报，",
                                   "并将纸质材料一式两份报送所在功能区管理机构。"]),
             ("（二）初审推荐。", ["各功能区管理机构于2025年6月13日前完成初审，将初审意见及汇总表（见附件2）报送管委会经济发展局。"]),
             ("（三）审核公示。", ["管委会经济发展局会同财政金融局组织专家评审，评审结果在厦门片区门户网站公示5个工作日。",
                                   "公示无异议的，按程序拨付资金。"])]
    for h, t in procs:
        runin(doc, h, t, head_font=KT)
        clauses.append(h + "".join(t))

    heading(doc, "五、工作要求")
    reqs = ["（一）申报企业对所提供材料的真实性负责。对弄虚作假、骗取专项资金的，追回已拨付资金，三年内取消其申报资格，并按有关规定处理。",
            "（二）各功能区管理机构要加强政策宣传和申报辅导，确保符合条件的企业应报尽报。"]
    for t in reqs:
        body(doc, t)
        clauses.append(t)
    contact = "联系人及电话：管委会经济发展局林晓燕，0592-6037215；财政金融局陈志强，0592-6037248。"
    body(doc, contact)
    clauses.append(contact)

    empty(doc)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.LEFT)
    fmt(p.add_run("附件：1.2025年度跨境电商与中欧班列联动发展专项资金申报表"))
    p = para(doc, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    fmt(p.add_run("            2.2025年度专项资金申报初审汇总表"))
    empty(doc, 2)

    p = para(doc, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    fmt(p.add_run("中国（福建）自由贸易试验区"), sp=3)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    fmt(p.add_run("厦门片区管理委员会"), sp=6)
    fmt(p.add_run("    "))
    p = para(doc, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    fmt(p.add_run("2025年4月18日"), sp=1)
    fmt(p.add_run("        "))
    empty(doc)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.LEFT)
    fmt(p.add_run("（此件公开发布）"))
    empty(doc, 3)

    p = para(doc, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    fmt(p.add_run("抄送：厦门市商务局，厦门市财政局，厦门海关。"), size=14)
    banji_line(p)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    fmt(p.add_run("  厦门片区管委会办公室                      2025年4月18日印发"), size=14)
    banji_line(p, top=False)

    save(doc, stem)
    EXPECTED[stem] = [{
        "meta": {
            "title": title,
            "doc_number": "厦自贸委〔2025〕21号",
            "issuer": ["中国（福建）自由贸易试验区厦门片区管理委员会"],
            "date": "2025-04-18",
            "published": None,
            "level": "zone",
            "region": "中国（福建）自由贸易试验区厦门片区",
            "effective": None,
            "expires": None,
            "attachments": ["2025年度跨境电商与中欧班列联动发展专项资金申报表",
                            "2025年度专项资金申报初审汇总表"],
            "doc_type": "通知",
            "recipients": ["片区各功能区管理机构", "管委会各局（办）", "各有关企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]


# =================================================================== doc 2
# 河南 joint notice: layout table for 联合红头, spaced/distributed table cells,
# soft line breaks inside cells, scaled long cells, joint 落款 in layout table.
def doc_henan():
    stem = "blind619_henan_tongzhi"
    doc = new_doc()
    clauses = []

    hdr = doc.add_table(rows=2, cols=2)
    no_borders(hdr)
    hdr.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(hdr, [9.5, 5.0])
    for rr, name in enumerate(("河南省商务厅", "河南省财政厅")):
        c = hdr.cell(rr, 0)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        fmt(p.add_run(name), font=XBS, size=26, color=RED, sp=4)
    m = hdr.cell(0, 1).merge(hdr.cell(1, 1))
    p = m.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fmt(p.add_run("文件"), font=XBS, size=36, color=RED, sp=5, scale=110)
    empty(doc)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    fmt(p.add_run("豫商电商〔2025〕9号"))
    border(p)
    empty(doc)

    title = "河南省商务厅 河南省财政厅关于公布2025年度河南省跨境电商示范园区和示范企业名单的通知"
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    r = fmt(p.add_run("河南省商务厅"), font=XBS, size=22, sp=2)
    fmt(p.add_run("  "), font=XBS, size=22)
    r = fmt(p.add_run("河南省财政厅"), font=XBS, size=22, sp=2)
    r.add_break(WD_BREAK.LINE)
    r = fmt(p.add_run("关于公布2025年度河南省跨境电商"), font=XBS, size=22, sp=1)
    r.add_break(WD_BREAK.LINE)
    fmt(p.add_run("示范园区和示范企业名单的通知"), font=XBS, size=22, sp=4)
    empty(doc)

    p = para(doc, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    runs(p, ["各省辖市商务局、财政局，", "济源示范区、郑州航空港经济综合实验区有关部门："], sp=2.5)

    t = ("根据《河南省跨境电商示范园区和示范企业认定管理办法》（豫商电商〔2023〕15号），"
         "经各地推荐、第三方评审、实地核查和网上公示，认定郑州经开综合保税区跨境电商产业园等6家园区为2025年度河南省跨境电商示范园区，"
         "河南中欧班列（郑州）跨境供应链有限公司等8家企业为2025年度河南省跨境电商示范企业，现将名单公布如下：")
    body(doc, t)
    clauses.append(t)

    heading(doc, "一、2025年度河南省跨境电商示范园区（6家）")
    parks = [
        ("1", ["郑州经开综合保税区", "跨境电商产业园"], "郑州市", "郑州经开投资发展有限公司"),
        ("2", ["郑州航空港经济综合实验区", "跨境电商产业园"], "郑州市", "河南航空港跨境电商运营管理有限公司"),
        ("3", ["洛阳综合保税区跨境电商园"], "洛阳市", "洛阳综保区跨境电商运营有限公司"),
        ("4", ["南阳卧龙综合保税区", "跨境电商产业园"], "南阳市", "南阳卧龙综保区开发建设有限公司"),
        ("5", ["许昌跨境电商发制品产业园"], "许昌市", "许昌市发制品跨境贸易服务有限公司"),
        ("6", ["商丘保税物流中心", "跨境电商产业园"], "商丘市", "商丘保税物流中心运营管理有限公司"),
    ]
    cols = ["序号", "园区名称", "所在地", "运营主体"]
    tb = doc.add_table(rows=1, cols=4)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(cols):
        cell_text(tb.rows[0].cells[i], h, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, font=HT, sp=4)
    trPr = tb.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trPr.append(th)
    for no, name, loc, op in parks:
        rc = tb.add_row().cells
        cell_text(rc[0], no)
        cell_text(rc[1], None, align=WD_ALIGN_PARAGRAPH.LEFT, breaks=name)
        cell_text(rc[2], loc, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, sp=6)
        cell_text(rc[3], op, align=WD_ALIGN_PARAGRAPH.LEFT, scale=85 if len(op) > 14 else None)
        clauses.append("序号：%s；园区名称：%s；所在地：%s；运营主体：%s" % (no, "".join(name), loc, op))
    set_col_widths(tb, [1.5, 6.2, 2.6, 5.3])

    empty(doc)
    heading(doc, "二、2025年度河南省跨境电商示范企业（8家）")
    firms = [
        ("1", "河南中欧班列（郑州）跨境供应链有限公司", "郑州市", "跨境物流"),
        ("2", "郑州易通达跨境电子商务有限公司", "郑州市", "出口B2B"),
        ("3", "河南豫货通全球购科技有限公司", "郑州市", "进口B2C"),
        ("4", "洛阳牡丹海外仓管理有限公司", "洛阳市", "海外仓"),
        ("5", "许昌瑞发假发跨境贸易有限公司", "许昌市", "出口B2C"),
        ("6", "南阳艾草堂电子商务有限公司", "南阳市", "出口B2C"),
        ("7", "焦作云台山跨境服务有限公司", "焦作市", "综合服务"),
        ("8", "新乡牧野跨境供应链管理有限公司", "新乡市", "跨境物流"),
    ]
    cols = ["序号", "企业名称", "所在地", "主营业务"]
    tb = doc.add_table(rows=1, cols=4)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(cols):
        cell_text(tb.rows[0].cells[i], h, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, font=HT, sp=4)
    trPr = tb.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trPr.append(th)
    for no, name, loc, biz in firms:
        rc = tb.add_row().cells
        cell_text(rc[0], no)
        cell_text(rc[1], name, align=WD_ALIGN_PARAGRAPH.LEFT, scale=90 if len(name) > 16 else None)
        cell_text(rc[2], loc, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, sp=6)
        # short business types spaced out to fill the cell
        cell_text(rc[3], biz, align=WD_ALIGN_PARAGRAPH.CENTER, sp=3 if len(biz) <= 3 else 1.5)
        clauses.append("序号：%s；企业名称：%s；所在地：%s；主营业务：%s" % (no, name, loc, biz))
    set_col_widths(tb, [1.5, 7.8, 2.6, 3.7])

    empty(doc)
    rest = ["各地要加大对示范园区和示范企业的支持力度，在用地保障、人才引进、金融服务等方面给予倾斜，推动跨境电商与中欧班列、空中丝绸之路、海外仓协同发展。",
            "示范园区和示范企业要发挥引领带动作用，持续完善公共服务功能，规范经营管理，每年1月31日前将上年度发展情况报送所在地商务主管部门。",
            "省商务厅、省财政厅对示范园区和示范企业实行动态管理，每两年开展一次复核，复核不合格的，撤销其示范称号。"]
    for t in rest:
        body(doc, t)
        clauses.append(t)
    empty(doc, 2)

    # joint 落款 in a borderless layout table, organ names spaced to fill
    lk = doc.add_table(rows=2, cols=2)
    no_borders(lk)
    set_col_widths(lk, [7.8, 7.8])
    for i, name in enumerate(("河南省商务厅", "河南省财政厅")):
        p = lk.cell(0, i).paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fmt(p.add_run(name), sp=5)
    p = lk.cell(1, 1).paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fmt(p.add_run("2025年3月26日"), sp=1)
    empty(doc)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.LEFT)
    fmt(p.add_run("（此件公开发布）"))
    empty(doc, 2)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    fmt(p.add_run("抄送：商务部电子商务和信息化司，郑州海关。"), size=14)
    banji_line(p)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    fmt(p.add_run("  河南省商务厅办公室                        2025年3月27日印发"), size=14)
    banji_line(p, top=False)

    save(doc, stem)
    EXPECTED[stem] = [{
        "meta": {
            "title": title,
            "doc_number": "豫商电商〔2025〕9号",
            "issuer": ["河南省商务厅", "河南省财政厅"],
            "date": "2025-03-26",
            "published": None,
            "level": "provincial",
            "region": "河南省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各省辖市商务局、财政局", "济源示范区、郑州航空港经济综合实验区有关部门"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]


# =================================================================== doc 3
# 青岛片区 印发通知 + 办法: spaced 办法 title, chapter headings typed with spaces,
# article lead in 黑体, scaled runs (w:w 90/110), fully spaced last article.
def doc_qingdao():
    stem = "blind619_qingdao_banfa"
    doc = new_doc()
    organ = "中国（山东）自由贸易试验区青岛片区管理委员会"
    bf = "中国（山东）自由贸易试验区青岛片区外商投资促进和服务保障办法"

    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=None, before=12)
    fmt(p.add_run(organ), font=XBS, size=22, color=RED, scale=85, sp=1)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=None)
    fmt(p.add_run("文件"), font=XBS, size=30, color=RED, sp=6)
    empty(doc)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    fmt(p.add_run("青自贸发〔2026〕3号"))
    border(p)
    empty(doc)

    ntitle = organ + "关于印发《" + bf + "》的通知"
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    r = fmt(p.add_run(organ), font=XBS, size=22, scale=85)
    r.add_break(WD_BREAK.LINE)
    r = fmt(p.add_run("关于印发《" + bf[:13]), font=XBS, size=22, sp=1)
    r.add_break(WD_BREAK.LINE)
    fmt(p.add_run(bf[13:] + "》的通知"), font=XBS, size=22, scale=90)
    empty(doc)

    p = para(doc, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    runs(p, [("片区各部门", {"sp": 3}), ("、", {"sp": 3}), ("各单位", {"sp": 3}), "，",
             ("各驻区机构", {"sp": 3}), "："])
    t = "现将《" + bf + "》印发给你们，请认真贯彻执行。"
    body(doc, ["现将《", (bf, {"scale": 95}), "》印发给你们，请认真贯彻执行。"])
    n_clauses = [t]
    empty(doc, 2)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    fmt(p.add_run("中国（山东）自由贸易试验区"), sp=2.5)
    fmt(p.add_run("  "))
    p = para(doc, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    fmt(p.add_run("青岛片区管理委员会"), sp=5.5)
    fmt(p.add_run("    "))
    p = para(doc, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    fmt(p.add_run("2026年1月20日"))
    fmt(p.add_run("        "))
    p = para(doc, align=WD_ALIGN_PARAGRAPH.LEFT)
    fmt(p.add_run("（此件公开发布）"))
    # 办法 starts on a new page
    p = para(doc, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)

    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    r = fmt(p.add_run(bf[:13]), font=XBS, size=22, sp=3)
    r.add_break(WD_BREAK.LINE)
    fmt(p.add_run(bf[13:]), font=XBS, size=22, sp=1, scale=105)
    empty(doc)

    chapters = [
        ("第一章　总　　则", [
            ("第一条", "为进一步扩大高水平对外开放，优化外商投资环境，保护外国投资者和外商投资企业合法权益，根据《中华人民共和国外商投资法》《中华人民共和国外商投资法实施条例》《中国（山东）自由贸易试验区条例》等法律法规，结合青岛片区实际，制定本办法。", {}),
            ("第二条", "本办法适用于在中国（山东）自由贸易试验区青岛片区（以下简称片区）内依法设立的外商投资企业，以及在片区内开展投资活动的外国投资者。", {}),
            ("第三条", "片区管理委员会（以下简称管委会）负责统筹片区外商投资促进和服务保障工作。管委会投资促进局具体负责外商投资促进、项目服务和投诉协调工作，其他部门按照职责分工做好相关工作。", {}),
        ]),
        ("第二章　投资促进", [
            ("第四条", "管委会聚焦高端装备、海洋经济、现代物流、跨境电商、国际贸易和金融服务等重点产业，编制外商投资重点产业目录，每年更新一次并向社会公布。", {}),
            ("第五条", "支持外商投资企业参与“一带一路”国际合作，利用上合示范区、中欧班列（齐鲁号）和青岛港国际航线拓展面向日韩、东盟和欧洲的业务。", {"scale": 110}),
            ("第六条", "对新设立的外商投资企业，实际使用外资金额达到1000万美元以上的，按实际使用外资金额的2%给予奖励，单个企业奖励不超过1000万元人民币。", {}),
            ("第七条", "鼓励外商投资企业在片区设立地区总部、研发中心和结算中心。经认定的跨国公司地区总部，给予一次性落户奖励300万元；功能性机构给予一次性奖励100万元。", {}),
            ("第八条", "外商投资企业利润再投资于片区内项目的，视同新增外资，按照本办法第六条规定给予奖励。", {"sp": 2}),
        ]),
        ("第三章　服务保障", [
            ("第九条", "管委会建立外商投资企业服务专员制度，为重点外商投资企业和项目配备服务专员，提供政策咨询、审批代办和要素协调等全流程服务。", {}),
            ("第十条", "依托青岛前湾综合保税区和青岛胶州湾综合保税区，为外商投资企业提供保税研发、保税维修、保税展示交易等功能服务。", {}),
            ("第十一条", "推行外商投资企业设立登记“一窗受理、一网通办”，外商投资企业设立登记材料齐全、符合法定形式的，当场予以登记。", {}),
            ("第十二条", "为外籍高层次人才及其家属办理工作许可、居留许可提供便利，符合条件的可申请有效期最长5年的居留许可。", {}),
            ("第十三条", "外商投资企业依法平等参与政府采购、标准制定，片区不得以所有制形式、投资来源地等为由实施差别待遇。", {}),
        ]),
        ("第四章　权益保护", [
            ("第十四条", "管委会设立外商投资企业投诉工作机构，受理外商投资企业、外国投资者的投诉，投诉事项原则上在受理之日起30个工作日内办结。", {}),
            ("第十五条", "管委会及其工作人员对在履行职责过程中知悉的外国投资者、外商投资企业的商业秘密，应当依法予以保密，不得泄露或者非法向他人提供。", {}),
            ("第十六条", "管委会向外国投资者、外商投资企业依法作出的政策承诺以及依法订立的各类合同，应当履行，不得以行政区划调整、机构或者职能调整以及相关责任人更替等为由违约毁约。", {"scale": 92}),
        ]),
        ("第五章　附　　则", [
            ("第十七条", "同一事项符合本办法和片区其他政策规定的，按照从优、就高、不重复的原则予以支持。", {}),
            ("第十八条", "本办法由管委会投资促进局负责解释。", {}),
            ("第十九条", "本办法自2026年3月1日起施行，有效期至2029年2月28日。《中国（山东）自由贸易试验区青岛片区外商投资服务办法（试行）》（青自贸发〔2022〕11号）同时废止。", {"sp": 2, "all": True}),
        ]),
    ]
    b_clauses = []
    for ch, arts in chapters:
        p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        fmt(p.add_run(ch), font=HT, sp=2)
        for lead, text, o in arts:
            p = para(doc, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            allsp = o.get("all")
            fmt(p.add_run(lead), font=HT, sp=o.get("sp") if allsp else None)
            fmt(p.add_run("　"), sp=o.get("sp") if allsp else None)
            kw = {k: v for k, v in o.items() if k != "all"}
            if "scale" in kw:
                # only the middle part of the article is squeezed/stretched
                a, b_, c = text[:10], text[10:-12], text[-12:]
                fmt(p.add_run(a))
                fmt(p.add_run(b_), **kw)
                fmt(p.add_run(c))
            elif allsp:
                # every run spaced: split into several runs as Word does after edits
                cut = text.index("。") + 1
                for seg in (text[:cut], text[cut:cut + 20], text[cut + 20:]):
                    fmt(p.add_run(seg), **kw)
            else:
                fmt(p.add_run(text), **kw)
            b_clauses.append(lead + "　" + text)

    empty(doc, 3)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    fmt(p.add_run("抄送：山东省商务厅，青岛市人民政府办公厅，青岛海关。"), size=14)
    banji_line(p)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    fmt(p.add_run("  青岛片区管委会党政办公室                  2026年1月21日印发"), size=14)
    banji_line(p, top=False)

    save(doc, stem)
    region = "中国（山东）自由贸易试验区青岛片区"
    EXPECTED[stem] = [
        {"meta": {
            "title": ntitle,
            "doc_number": "青自贸发〔2026〕3号",
            "issuer": [organ],
            "date": "2026-01-20",
            "published": None,
            "level": "zone",
            "region": region,
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["片区各部门、各单位", "各驻区机构"],
            "publicity": "此件公开发布",
            "repeals": None,
        }, "clauses": n_clauses},
        {"meta": {
            "title": bf,
            "doc_number": None,
            "issuer": [organ],
            "date": "2026-01-20",
            "published": None,
            "level": "zone",
            "region": region,
            "effective": "2026-03-01",
            "expires": "2029-02-28",
            "attachments": [],
            "doc_type": "办法",
            "recipients": [],
            "publicity": None,
            "repeals": "《中国（山东）自由贸易试验区青岛片区外商投资服务办法（试行）》（青自贸发〔2022〕11号）",
        }, "clauses": b_clauses},
    ]


if __name__ == "__main__":
    doc_xiamen()
    doc_henan()
    doc_qingdao()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    print("ok")
