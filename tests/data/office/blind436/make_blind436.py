# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 436 blind test documents: zone authority legal decisions
(行政处罚决定书 / 准予行政许可决定书 / 不予行政处罚决定书)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xE6, 0x00, 0x12)


# ---------------------------------------------------------------- helpers
def set_run_font(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Mm(210)
    sec.page_height = Mm(297)
    sec.top_margin = Mm(37)
    sec.bottom_margin = Mm(35)
    sec.left_margin = Mm(28)
    sec.right_margin = Mm(26)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), FS)
    add_page_number(sec)
    return doc


def fmt(p, align=None, first_indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first_indent:
        pf.first_line_indent = Pt(32)
    return p


def para(doc, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=True, line=28,
         before=0, after=0):
    """runs: list of (text, font, bold) or plain string."""
    p = doc.add_paragraph()
    fmt(p, align, first_indent, line, before, after)
    if isinstance(runs, str):
        runs = [(runs, FS, False)]
    for r in runs:
        text, font, bold = r[0], r[1], r[2]
        color = r[3] if len(r) > 3 else None
        size = r[4] if len(r) > 4 else 16
        run = p.add_run(text)
        set_run_font(run, font, size, bold, color)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, None, False)


def bottom_border(p, color="E60012", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_bottom_border(p, color="000000"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "6")
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), color)
        bdr.append(b)
    ppr.append(bdr)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._element.append(el)


def add_page_number(sec):
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_run_font(r, "宋体", 14)
    r = fp.add_run()
    set_run_font(r, "宋体", 14)
    add_field(r, "PAGE")
    r = fp.add_run(" —")
    set_run_font(r, "宋体", 14)


def red_header(doc, organ, size=22):
    p = para(doc, [(organ, XBS, False, RED, size)], WD_ALIGN_PARAGRAPH.CENTER,
             False, line=36)
    bottom_border(p)
    return p


def title(doc, text, size=22):
    empty(doc)
    return para(doc, [(text, XBS, False, None, size)], WD_ALIGN_PARAGRAPH.CENTER,
                False, line=36)


def cell_text(cell, text, font=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt(p, align, False, line=22)
    run = p.add_run(text)
    set_run_font(run, font, size, bold)


def set_col_widths(table, widths_mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in table.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def make_seal(path, text_top, text_center="★"):
    """Crude red round seal as PNG."""
    try:
        from PIL import Image, ImageDraw, ImageFont
    except Exception:
        return False
    size = 420
    img = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    red = (230, 0, 18, 210)
    d.ellipse((10, 10, size - 10, size - 10), outline=red, width=14)
    font_path = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
    try:
        f_star = ImageFont.truetype(font_path, 110)
        f_txt = ImageFont.truetype(font_path, 34)
    except Exception:
        f_star = f_txt = ImageFont.load_default()
    d.text((size / 2, size / 2), text_center, fill=red, font=f_star, anchor="mm")
    import math
    n = len(text_top)
    span = 240.0
    start = 90 + span / 2
    for i, ch in enumerate(text_top):
        ang = math.radians(start - i * span / max(n - 1, 1))
        r = size / 2 - 60
        x = size / 2 + r * math.cos(ang)
        y = size / 2 - r * math.sin(ang)
        d.text((x, y), ch, fill=red, font=f_txt, anchor="mm")
    img.save(path)
    return True


def banji(doc, lines):
    """版记: lines of text between horizontal rules."""
    empty(doc, 2)
    for i, ln in enumerate(lines):
        p = para(doc, [(ln, FS, False, None, 14)], WD_ALIGN_PARAGRAPH.LEFT, False)
        p.paragraph_format.left_indent = Pt(14)
        top_bottom_border(p)


def add_numbering_chinese_paren(doc):
    """Word numbering （一）（二）… with no tab after the number."""
    numbering = doc.part.numbering_part.element
    abs_id = 436
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                     ("w:suff", "nothing"), ("w:lvlText", "（%1）"),
                     ("w:lvlJc", "left")):
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
    # abstractNum must come before num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "436")
    ani = OxmlElement("w:abstractNumId")
    ani.set(qn("w:val"), str(abs_id))
    num.append(ani)
    numbering.append(num)
    return 436


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def to_pdf(path):
    outdir = os.path.dirname(path)
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_436", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, path],
        check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=240)


# ---------------------------------------------------------------- doc 1
def doc_xiamen_chufa():
    stem = "blind436_xiamen_chufa"
    doc = new_doc()
    clauses = []
    organ = "中国（福建）自由贸易试验区厦门片区管理委员会"
    red_header(doc, organ, 20)
    title(doc, "行政处罚决定书")
    # 文号 right aligned
    para(doc, [("厦自贸罚决〔2026〕3号", FS, False)], WD_ALIGN_PARAGRAPH.RIGHT, False)
    empty(doc)

    # 当事人 block: one Word paragraph, fields separated by soft line breaks
    fields = [
        "当事人名称：厦门瀚海捷运国际物流有限公司",
        "统一社会信用代码：91350200MA8UX3KD2N",
        "地　　址：中国（福建）自由贸易试验区厦门片区象屿路97号厦门国际航运中心D栋8层03单元之一",
        "法定代表人：黄家俊",
        "企业类型：有限责任公司（台港澳法人独资）",
    ]
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, False)
    for i, f in enumerate(fields):
        r = p.add_run(f)
        set_run_font(r, FS, 16)
        if i < len(fields) - 1:
            r.add_break()
    clauses.extend(fields)
    empty(doc)

    t = ("当事人未按照外商投资信息报告制度的要求报送投资信息一案，本机关依法进行了立案调查，"
         "现已调查终结。本案经本机关负责人集体讨论，依据《中华人民共和国外商投资法》"
         "《中华人民共和国行政处罚法》《外商投资信息报告办法》等规定，现作出如下处理决定。")
    para(doc, t); clauses.append(t)

    para(doc, [("一、违法事实", HT, False)])
    body = [
        "经查，当事人系在中国（福建）自由贸易试验区厦门片区登记注册的外商投资企业，外国（地区）投资者为瀚海环球物流（香港）有限公司，持股比例为100%，主要从事国际货运代理、保税仓储及供应链管理服务。",
        "根据《外商投资信息报告办法》第十五条的规定，外商投资企业应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送上一年度的年度报告。当事人未在2025年6月30日前报送2024年度外商投资信息年度报告。",
        "2025年8月12日，本机关向当事人送达《责令改正通知书》（厦自贸商责改〔2025〕27号），责令当事人于2025年9月10日前补报2024年度年度报告。当事人在上述期限内仍未补报。2025年9月18日，本机关对当事人立案调查。2025年10月20日，当事人通过国家企业信用信息公示系统补报了2024年度年度报告。",
    ]
    for t in body:
        para(doc, t); clauses.append(t)

    para(doc, [("二、证据", HT, False)])
    t = "上述事实，有下列证据证明："
    para(doc, t); clauses.append(t)
    rows = [
        ("1", "当事人营业执照复印件、外商投资企业基本信息表", "当事人的主体资格及外商投资企业性质"),
        ("2", "国家企业信用信息公示系统年度报告报送情况截图（2025年7月2日、2025年9月11日）", "当事人未在规定期限内报送2024年度年度报告"),
        ("3", "《责令改正通知书》（厦自贸商责改〔2025〕27号）及送达回证", "本机关已责令当事人限期改正"),
        ("4", "对当事人委托代理人郑雅琴的询问笔录（2025年9月25日）", "当事人逾期未改正的原因及相关情况"),
        ("5", "当事人补报年度报告的系统回执（2025年10月20日）", "当事人在立案调查后补报年度报告"),
    ]
    hdr = ("序号", "证据名称", "证明事项")
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        cell_text(tb.rows[0].cells[i], h, HT, 14, False, WD_ALIGN_PARAGRAPH.CENTER)
    for r in rows:
        cells = tb.add_row().cells
        for i, v in enumerate(r):
            cell_text(cells[i], v, FS, 14, False,
                      WD_ALIGN_PARAGRAPH.CENTER if i == 0 else WD_ALIGN_PARAGRAPH.LEFT)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, r)))
    set_col_widths(tb, [16, 84, 56])

    para(doc, [("三、处罚依据", HT, False)], before=6)
    body = [
        "本机关认为，当事人作为外商投资企业，未按照外商投资信息报告制度的要求报送投资信息，经责令限期改正后逾期不改正，违反了《中华人民共和国外商投资法》第三十四条第一款“外国投资者或者外商投资企业应当通过企业登记系统以及企业信用信息公示系统向商务主管部门报送投资信息”的规定。依据《中华人民共和国外商投资法》第三十七条“外国投资者或者外商投资企业违反本法规定，未按照外商投资信息报告制度的要求报送投资信息的，由商务主管部门责令限期改正；逾期不改正的，处十万元以上五十万元以下的罚款”以及《外商投资信息报告办法》第二十二条的规定，应予行政处罚。",
        "2026年1月9日，本机关向当事人送达《行政处罚事先告知书》（厦自贸罚告〔2026〕2号），告知当事人拟作出行政处罚的内容及事实、理由、依据，并告知其依法享有陈述、申辩和要求听证的权利。当事人在法定期限内提交了书面陈述申辩意见，称因财务人员离职交接不到位导致漏报，且已在立案后主动补报，请求从轻处罚；当事人未要求听证。",
        "本机关经复核认为，当事人所称财务人员变动不构成不予处罚的法定理由；但当事人在立案调查后主动补报年度报告，如实陈述违法事实，积极配合调查，未造成其他危害后果，符合《中华人民共和国行政处罚法》第三十二条第（一）项以及《厦门市商务领域行政处罚裁量基准（2024年修订）》中“逾期不改正，但在立案调查后主动改正”的从轻处罚情形，对其陈述申辩意见予以部分采纳。",
    ]
    for t in body:
        para(doc, t); clauses.append(t)

    para(doc, [("四、处罚决定", HT, False)])
    t = "综上，依据《中华人民共和国外商投资法》第三十七条和《中华人民共和国行政处罚法》第三十二条第（一）项的规定，本机关决定对当事人作出如下行政处罚："
    para(doc, t); clauses.append(t)
    # bold penalty line
    t = "罚款人民币壹拾贰万元整（¥120,000.00）。"
    para(doc, [(t, FS, True)]); clauses.append(t)

    para(doc, [("五、履行方式和期限", HT, False)])
    body = [
        "当事人应当自收到本决定书之日起十五日内，通过福建省非税收入统一缴款平台或者持本决定书到代收银行网点缴纳罚款，罚款缴入国库。缴款码：35020026000031847。",
        "当事人逾期不缴纳罚款的，本机关将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额，并可以依法申请人民法院强制执行。",
        "当事人确有经济困难，需要延期或者分期缴纳罚款的，应当在缴款期限届满前向本机关提出书面申请，经本机关批准后，可以暂缓或者分期缴纳。",
    ]
    for t in body:
        para(doc, t); clauses.append(t)

    para(doc, [("六、救济途径", HT, False)])
    body = [
        "当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向厦门市人民政府申请行政复议；也可以在收到本决定书之日起六个月内依法向有管辖权的人民法院提起行政诉讼。行政复议和行政诉讼期间，本处罚决定不停止执行，法律另有规定的除外。",
        "根据《中华人民共和国行政处罚法》第四十八条的规定，本处罚决定将在厦门片区门户网站依法向社会公开。",
    ]
    for t in body:
        para(doc, t); clauses.append(t)

    empty(doc, 2)
    # 落款 with seal floating-ish (inline picture before organ line)
    seal = os.path.join(HERE, "_seal_xm.png")
    if make_seal(seal, "中国福建自由贸易试验区厦门片区管理委员会"):
        ps = doc.add_paragraph()
        fmt(ps, WD_ALIGN_PARAGRAPH.RIGHT, False)
        ps.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
        ps.paragraph_format.right_indent = Pt(60)
        ps.add_run().add_picture(seal, width=Mm(40))
    p = para(doc, [(organ, FS, False)], WD_ALIGN_PARAGRAPH.RIGHT, False)
    p = para(doc, [("2026年1月28日", FS, False)], WD_ALIGN_PARAGRAPH.RIGHT, False)
    p.paragraph_format.right_indent = Pt(64)

    banji(doc, ["抄送：厦门市商务局，厦门市市场监督管理局，厦门市财政局。"])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    if os.path.exists(seal):
        os.remove(seal)
    meta = {
        "title": "行政处罚决定书",
        "doc_number": "厦自贸罚决〔2026〕3号",
        "issuer": [organ],
        "date": "2026-01-28",
        "published": None,
        "level": "zone",
        "region": "中国（福建）自由贸易试验区厦门片区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "决定书",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


# ---------------------------------------------------------------- doc 2
def doc_nansha_xuke():
    stem = "blind436_nansha_xuke"
    doc = new_doc()
    num_id = add_numbering_chinese_paren(doc)
    clauses = []
    organ = "广州南沙经济技术开发区行政审批局"
    red_header(doc, organ, 24)
    title(doc, "准予行政许可决定书")
    # 文号 centred, typed with manual spaces
    para(doc, [("穗南审批许准〔2026〕15号", FS, False)], WD_ALIGN_PARAGRAPH.CENTER, False)
    empty(doc)
    recip = "广州嘉航人力资源服务有限公司"
    para(doc, [(recip + "：", FS, False)], WD_ALIGN_PARAGRAPH.LEFT, False)

    IND = "　　"  # typed full-width spaces instead of first-line indent

    def ip(text, bold_prefix=None):
        runs = [(IND, FS, False)]
        if bold_prefix:
            runs.append((bold_prefix, FS, True))
        runs.append((text, FS, False))
        para(doc, runs, first_indent=False)
        clauses.append((bold_prefix or "") + text)

    ip("你单位于2026年2月9日提出的人力资源服务许可申请（申请编号：NS-RLZY-20260209-0031），本机关已于同日依法受理（穗南审批受〔2026〕212号）。经审查，你单位提交的申请材料齐全、符合法定形式，经营场所、专职工作人员、管理制度等符合《中华人民共和国就业促进法》《人力资源市场暂行条例》《人力资源服务机构管理规定》以及《中国（广东）自由贸易试验区条例》关于港澳服务提供者投资设立人力资源服务机构的相关规定。")
    ip("根据《中华人民共和国行政许可法》第三十八条第一款和《人力资源市场暂行条例》第十八条的规定，本机关决定准予你单位从事职业中介活动，并颁发《人力资源服务许可证》。具体许可内容如下：")

    hdr = ("项目", "内容")
    rows = [
        ("机构名称", "广州嘉航人力资源服务有限公司"),
        ("统一社会信用代码", "91440115MAD7KQ4R6T"),
        ("机构性质", "有限责任公司（港澳与境内合资）"),
        ("法定代表人", "梁颖诗"),
        ("住所", "广州市南沙区南沙街道金隆路37号南沙国际金融岛T2栋1208房"),
        ("经营场所", "同上"),
        ("许可证编号", "4401152026000015"),
        ("许可业务范围", "为劳动者介绍用人单位；为用人单位推荐劳动者；为用人单位和个人提供职业介绍信息服务；组织开展现场招聘会；开展网络招聘；开展高级人才寻访服务"),
        ("许可证有效期", "5年（自许可证颁发之日起计算）"),
    ]
    tb = doc.add_table(rows=1, cols=2)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        cell_text(tb.rows[0].cells[i], h, HT, 14, False, WD_ALIGN_PARAGRAPH.CENTER)
    for r in rows:
        cells = tb.add_row().cells
        cell_text(cells[0], r[0], FS, 14, False, WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(cells[1], r[1], FS, 14)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, r)))
    set_col_widths(tb, [42, 114])

    empty(doc)
    ip("你单位在从事人力资源服务活动中，应当遵守下列规定：")
    items = [
        "你单位应当在经营场所醒目位置悬挂《人力资源服务许可证》和营业执照，公示服务项目、收费标准、监督机关和监督电话等事项，并接受人力资源社会保障行政部门和市场监督管理部门的监督检查。",
        "你单位变更名称、住所、法定代表人或者终止经营活动的，应当自市场主体变更登记或者注销登记办理完毕之日起15日内，书面报告本机关；设立分支机构的，应当自市场主体登记办理完毕之日起15日内，书面报告分支机构所在地人力资源社会保障行政部门。",
        "你单位应当于每年3月31日前，通过广东省人力资源市场信息管理系统向本机关提交上一年度经营情况年度报告，并对年度报告的真实性、准确性负责。",
        "你单位开展网络招聘服务的，应当依法取得相应的电信业务经营许可，建立健全信息发布审查和投诉处理机制，确保发布的招聘信息真实、合法、有效。",
        "你单位不得伪造、涂改、转让许可证，不得以欺诈、暴力、胁迫等方式介绍职业，不得扣押劳动者居民身份证和其他证件，不得以招用人员为名牟取不正当利益。",
        "许可证有效期届满需要继续从事职业中介活动的，应当在有效期届满30日前向本机关提出延续申请。",
    ]
    cn = "一二三四五六七八九十"
    for i, t in enumerate(items):
        p = para(doc, t, first_indent=False)
        set_num(p, num_id)
        p.paragraph_format.first_line_indent = Pt(32)
        clauses.append("（%s）%s" % (cn[i], t))

    ip("请你单位自收到本决定书之日起10个工作日内，持本决定书及经办人身份证件到南沙区政务服务中心综合受理窗口领取《人力资源服务许可证》正、副本，也可以通过“粤省事”或者广东政务服务网申请邮寄送达。")
    ip("你单位如对本决定不服，可以自收到本决定书之日起六十日内向广州市南沙区人民政府申请行政复议，或者在六个月内依法向广州铁路运输法院提起行政诉讼。")

    empty(doc)
    # 附件 list, second line aligned with manual full-width spaces
    att = ["人力资源服务许可证领取须知", "人力资源服务机构年度报告填报说明"]
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, False)
    r = p.add_run(IND + "附件：1．" + att[0])
    set_run_font(r, FS, 16)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, False)
    r = p.add_run(IND + "　　　2．" + att[1])
    set_run_font(r, FS, 16)

    empty(doc, 3)
    # 落款 right aligned using trailing spaces
    para(doc, [(organ + "　　", FS, False)], WD_ALIGN_PARAGRAPH.RIGHT, False)
    para(doc, [("2026年2月26日" + "　　　　", FS, False)], WD_ALIGN_PARAGRAPH.RIGHT, False)
    empty(doc)
    # 附注 contact line after the date (not body text)
    para(doc, [("（联系人：何晓彤，联系电话：020-39078516）", FS, False)], first_indent=True)

    banji(doc, ["抄送：广州市南沙区人力资源和社会保障局，广州市南沙区市场监督管理局。"])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "准予行政许可决定书",
        "doc_number": "穗南审批许准〔2026〕15号",
        "issuer": [organ],
        "date": "2026-02-26",
        "published": None,
        "level": "zone",
        "region": "广州南沙经济技术开发区",
        "effective": None,
        "expires": None,
        "attachments": att,
        "doc_type": "决定书",
        "recipients": [recip],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


# ---------------------------------------------------------------- doc 3
def doc_lingang_buyuchufa():
    stem = "blind436_lingang_buyuchufa"
    doc = new_doc()
    clauses = []
    organ = "中国（上海）自由贸易试验区临港新片区管理委员会"
    red_header(doc, organ, 18)
    title(doc, "不予行政处罚决定书")
    # 文号 pushed right with typed spaces (left aligned paragraph)
    para(doc, [("　" * 14 + "沪临港管不罚决〔2025〕7号", FS, False)],
         WD_ALIGN_PARAGRAPH.LEFT, False)
    empty(doc)

    def lab(label, value):
        # bold label run + value run, no indent
        para(doc, [(label, HT, False), (value, FS, False)], WD_ALIGN_PARAGRAPH.LEFT, False)
        clauses.append(label + value)

    lab("当事人：", "上海澜途跨境电子商务有限公司")
    lab("统一社会信用代码：", "91310000MADL8R2X5E")
    lab("地址：", "中国（上海）自由贸易试验区临港新片区环湖西二路888号C楼2层218室")
    lab("法定代表人：", "周启明")
    empty(doc)

    def run_in(head, text):
        para(doc, [(head, FS, True), (text, FS, False)])
        clauses.append(head + text)

    def plain(text):
        para(doc, text)
        clauses.append(text)

    plain("当事人涉嫌未在网络店铺首页显著位置公示营业执照信息一案，本机关于2025年11月14日立案调查，现已调查终结。")
    run_in("违法事实：", "经查，当事人自2025年3月起在某第三方电子商务平台开设网络店铺“澜途海外精选旗舰店”，通过跨境电商零售进口模式销售保健食品、母婴用品、美妆个护等商品。2025年11月6日，本机关执法人员在开展网络交易监测时发现，当事人未在其网络店铺首页显著位置持续公示营业执照信息或者该信息的链接标识。截至立案之日，当事人网络店铺累计销售额为人民币38.6万元，未发现消费者因上述行为投诉举报。")
    plain("2025年11月10日，本机关向当事人送达《责令改正通知书》（沪临港管责改〔2025〕21号）。当事人于2025年11月12日在网络店铺首页显著位置补充公示了营业执照信息的链接标识，已改正违法行为。")
    run_in("证据：", "上述事实，有当事人营业执照复印件、法定代表人身份证明、网络交易监测截图及电子数据提取笔录、现场检查笔录、询问笔录、当事人整改情况说明及整改后网络店铺首页截图等证据证实。")
    run_in("处理依据：", "本机关认为，当事人的上述行为违反了《中华人民共和国电子商务法》第十五条第一款的规定，属于该法第七十六条第一款第（一）项所列“未在首页显著位置公示营业执照信息、行政许可信息、属于不需要办理市场主体登记情形等信息，或者上述信息的链接标识的”违法行为，依法应当责令限期改正，可以处一万元以下的罚款。")
    plain("经审查，当事人的违法行为同时具备以下情形：")
    subs = [
        "1.初次违法。经查询上海市市场监管案件管理系统及国家企业信用信息公示系统，当事人近三年内未因同一种违法行为受到行政处罚。",
        "2.危害后果轻微。当事人违法行为持续时间较短，未造成消费者合法权益受损，未收到相关投诉举报。",
        "3.及时改正。当事人在本机关责令改正后二个工作日内完成整改，并提交了整改情况说明。",
    ]
    for s in subs:
        plain(s)
    plain("依据《中华人民共和国行政处罚法》第三十三条第一款“初次违法且危害后果轻微并及时改正的，可以不予行政处罚”的规定，以及《上海市市场监管领域轻微违法行为依法不予行政处罚清单（2024年版）》第12项“电子商务经营者未在首页显著位置公示营业执照信息或者上述信息的链接标识，首次被发现且及时改正的”的规定，当事人的行为符合首违不罚的适用条件。")
    run_in("处理决定：", "本机关决定对当事人不予行政处罚。")
    plain("本机关已对当事人进行了批评教育，当事人已签署《首违不罚告知及承诺书》，承诺今后严格遵守电子商务相关法律法规。当事人今后如再次实施同一种违法行为，将不再适用首违不罚，本机关将依法予以行政处罚。")
    run_in("救济途径：", "当事人如对本决定不服，可以在收到本决定书之日起六十日内向上海市人民政府申请行政复议，也可以在收到本决定书之日起六个月内依法向人民法院提起行政诉讼。")

    att = "首违不罚告知及承诺书"
    para(doc, [("附件：" + att, FS, False)])

    empty(doc)
    # 落款 in a borderless layout table with a seal
    tb = doc.add_table(rows=1, cols=2)
    no_borders(tb)
    set_col_widths(tb, [36, 120])
    c = tb.rows[0].cells[1]
    c.text = ""
    seal = os.path.join(HERE, "_seal_lg.png")
    p0 = c.paragraphs[0]
    fmt(p0, WD_ALIGN_PARAGRAPH.CENTER, False)
    p0.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    if make_seal(seal, "中国上海自由贸易试验区临港新片区管理委员会"):
        p0.add_run().add_picture(seal, width=Mm(32))
    p1 = c.add_paragraph()
    fmt(p1, WD_ALIGN_PARAGRAPH.CENTER, False)
    set_run_font(p1.add_run(organ), FS, 14)
    p2 = c.add_paragraph()
    fmt(p2, WD_ALIGN_PARAGRAPH.CENTER, False)
    set_run_font(p2.add_run("二〇二五年十二月十九日"), FS, 16)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    if os.path.exists(seal):
        os.remove(seal)
    meta = {
        "title": "不予行政处罚决定书",
        "doc_number": "沪临港管不罚决〔2025〕7号",
        "issuer": [organ],
        "date": "2025-12-19",
        "published": None,
        "level": "zone",
        "region": "中国（上海）自由贸易试验区临港新片区",
        "effective": None,
        "expires": None,
        "attachments": [att],
        "doc_type": "决定书",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for fn in (doc_xiamen_chufa, doc_nansha_xuke, doc_lingang_buyuchufa):
        stem, path, docs = fn()
        expected[stem] = docs
        to_pdf(path)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
