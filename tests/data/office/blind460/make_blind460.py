# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 460: 公示 (拟认定名单, table over pages) + 公告 (final list as numbered lines)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

ISSUER = "中国（福建）自由贸易试验区工作领导小组办公室"
BANFA = "《中国（福建）自由贸易试验区制度创新示范企业认定管理办法》（闽自贸办〔2025〕18号）"

# ---------------------------------------------------------------- helpers

def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def setup(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rpr = st.element.rPr
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), "仿宋_GB2312")
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)


def para(doc, parts, indent=True, align=None, font="仿宋_GB2312", size=16,
         manual_indent=False):
    """parts: str or list of (text, font, bold) / '\n' for soft break."""
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent and not manual_indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if isinstance(parts, str):
        parts = [(parts, font, False)]
    if manual_indent:
        r = p.add_run("\u3000\u3000")
        set_font(r, font, size)
    for part in parts:
        if part == "\n":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        t, f, b = part
        r = p.add_run(t)
        set_font(r, f, size, b)
    return p


def empty(doc, n=1):
    for _ in range(n):
        doc.add_paragraph()


def bottom_border(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_bottom_border(p):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "8")
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        bdr.append(b)
    ppr.append(bdr)


def page_number_footer(doc):
    for s in doc.sections:
        p = s.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run("— ")
        set_font(r, "宋体", 14)
        r = p.add_run()
        set_font(r, "宋体", 14)
        f1 = OxmlElement("w:fldChar")
        f1.set(qn("w:fldCharType"), "begin")
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = " PAGE "
        f2 = OxmlElement("w:fldChar")
        f2.set(qn("w:fldCharType"), "separate")
        t = OxmlElement("w:t")
        t.text = "1"
        f3 = OxmlElement("w:fldChar")
        f3.set(qn("w:fldCharType"), "end")
        for el in (f1, it, f2, t, f3):
            r._element.append(el)
        r = p.add_run(" —")
        set_font(r, "宋体", 14)


def set_cell(cell, text, font="仿宋_GB2312", size=12, bold=False,
             align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.line_spacing = Pt(18)
    chunks = text.split("\n")
    for i, c in enumerate(chunks):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        r = p.add_run(c)
        set_font(r, font, size, bold)


def fix_widths(tbl, widths):
    tbl.autofit = False
    tblpr = tbl._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in tbl.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def add_decimal_numbering(doc):
    """Create a Word numbering definition '%1.' with no tab; return numId."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 1
    nid = max(num_ids + [0]) + 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1."), ("w:lvlJc", "left")):
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
        rf.set(qn(a), "仿宋_GB2312")
    rpr.append(rf)
    lvl.append(rpr)
    an.append(lvl)
    # abstractNum must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    ana = OxmlElement("w:abstractNumId")
    ana.set(qn("w:val"), str(aid))
    num.append(ana)
    numbering.append(num)
    return nid


def numbered_para(doc, text, num_id):
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    npr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    npr.append(il)
    npr.append(ni)
    ppr.append(npr)
    r = p.add_run(text)
    set_font(r, "仿宋_GB2312", 16)
    return p


def title(doc, lines, size=22):
    """lines: list of paragraphs; each paragraph a list of segments joined by soft breaks."""
    for segs in lines:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.line_spacing = Pt(35)
        for i, s in enumerate(segs):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)
            r = p.add_run(s)
            set_font(r, "方正小标宋简体", size)


def heading_line(doc, text):
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(32)
    r = p.add_run(text)
    set_font(r, "黑体", 16)
    return p


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_460", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- data

COMPANIES = [
    ("福建榕港国际物流有限公司", "福州片区", "贸易便利化"),
    ("福州江阴港综合保税区供应链管理有限公司", "福州片区", "贸易便利化"),
    ("福建闽融跨境金融服务有限公司", "福州片区", "金融开放创新"),
    ("福州马尾船政数字科技有限公司", "福州片区", "数字贸易与跨境电商"),
    ("福建海丝中欧班列运营有限公司", "福州片区", "贸易便利化"),
    ("福州新区榕台青年创业服务有限公司", "福州片区", "两岸融合发展"),
    ("福建万福来跨境电子商务有限公司", "福州片区", "数字贸易与跨境电商"),
    ("福州琅岐生物医药研发有限公司", "福州片区", "投资自由化便利化"),
    ("福建闽江口融资租赁有限公司", "福州片区", "金融开放创新"),
    ("福州保税区冷链物流有限公司", "福州片区", "贸易便利化"),
    ("中国（福建）自由贸易试验区福州片区\n国际知识产权运营中心有限公司", "福州片区", "投资自由化便利化"),
    ("厦门象屿智慧供应链有限公司", "厦门片区", "贸易便利化"),
    ("厦门国际航运中心船舶管理有限公司", "厦门片区", "贸易便利化"),
    ("厦门海沧跨境电商产业园运营有限公司", "厦门片区", "数字贸易与跨境电商"),
    ("厦门金圆航空融资租赁有限公司", "厦门片区", "金融开放创新"),
    ("厦门两岸集成电路检测认证有限公司", "厦门片区", "两岸融合发展"),
    ("厦门翔安航空器保税维修有限公司", "厦门片区", "投资自由化便利化"),
    ("厦门鹭港数据跨境服务有限公司", "厦门片区", "数字贸易与跨境电商"),
    ("厦门东渡邮轮港服务有限公司", "厦门片区", "贸易便利化"),
    ("厦门海峡两岸农产品交易中心有限公司", "厦门片区", "两岸融合发展"),
    ("厦门象湾国际商事法律服务有限公司", "厦门片区", "投资自由化便利化"),
    ("厦门鹭江跨境人民币结算服务有限公司", "厦门片区", "金融开放创新"),
    ("厦门丝路海运班列物流有限公司", "厦门片区", "贸易便利化"),
    ("厦门芯联半导体保税研发有限公司", "厦门片区", "投资自由化便利化"),
    ("平潭综合实验区台湾小商品跨境贸易有限公司", "平潭片区", "两岸融合发展"),
    ("平潭澳前对台客滚运输有限公司", "平潭片区", "两岸融合发展"),
    ("平潭海峡跨境电商监管中心运营有限公司", "平潭片区", "数字贸易与跨境电商"),
    ("平潭闽台农渔产品检验检测有限公司", "平潭片区", "贸易便利化"),
    ("平潭岚岛国际旅游开发有限公司", "平潭片区", "投资自由化便利化"),
    ("平潭两岸共同家园建设发展有限公司", "平潭片区", "两岸融合发展"),
]
REMOVED = {"福州保税区冷链物流有限公司", "厦门东渡邮轮港服务有限公司"}


def flat(s):
    return s.replace("\n", "")


# ---------------------------------------------------------------- doc 1: 公示

def make_gongshi():
    doc = Document()
    setup(doc)
    clauses = []

    title(doc, [["关于2026年度自贸试验区制度创新示范企业", "拟认定名单的公示"]])

    p1a = "根据" + BANFA + "和《关于组织开展2026年度自贸试验区制度创新示范企业认定工作的通知》（闽自贸办〔2025〕41号）要求，经企业自愿申报、片区管委会初审推荐、第三方机构评估和专家综合"
    p1b = "评审，拟认定福建榕港国际物流有限公司等30家企业为2026年度自贸试验区制度创新示范企业。为体现公开、公平、公正原则，接受社会监督，现将拟认定名单予以公示（详见附件）。"
    # manual full-width spaces instead of first-line indent + a soft break mid-word
    para(doc, [(p1a, "仿宋_GB2312", False), "\n", (p1b, "仿宋_GB2312", False)], manual_indent=True)
    clauses.append(p1a + p1b)

    heading_line(doc, "一、公示时间")
    t = "2026年3月16日至2026年3月20日（共5个工作日）。"
    para(doc, t)
    clauses.append(t)

    heading_line(doc, "二、异议受理")
    items = [
        "公示期间，任何单位和个人对拟认定名单有异议的，可在公示期内以书面形式（含电子邮件）向我办提出，逾期不予受理。",
        "（一）单位提出异议的，应当在书面材料上加盖本单位公章，并注明联系人和联系电话；个人提出异议的，应当在书面材料上签署真实姓名，并提供有效身份证件复印件和联系方式。",
        "（二）异议应当实事求是、有理有据，并附必要的证明材料。匿名异议、无具体事实依据或者超出公示范围的异议，不予受理。",
        "（三）我办将对异议人的身份信息严格保密，并会同相关片区管委会在收到异议之日起10个工作日内完成调查核实，将处理结果反馈异议人。",
    ]
    for i, t in enumerate(items):
        para(doc, t, manual_indent=(i == 2))
        clauses.append(t)

    heading_line(doc, "三、联系方式")
    contacts = [
        "联系人：陈晓琳、林志强",
        "联系电话：0591－87530261、0591－87530278（兼传真）",
        "电子邮箱：fjftz_cxsf@163.com",
        "受理时间：工作日上午8:30—12:00，下午14:30—17:30",
        "通讯地址：福州市鼓楼区湖东路262号1205室（邮编：350003）",
    ]
    for t in contacts:
        para(doc, t)
        clauses.append(t)
    empty(doc)

    # 附件 list line with hanging alignment typed by spaces
    para(doc, [("附件：2026年度自贸试验区制度创新示范企业拟认定名单", "仿宋_GB2312", False)])
    empty(doc)
    # 落款 pushed right by typed spaces (not right-aligned)
    para(doc, "\u3000" * 4 + ISSUER, indent=False)
    para(doc, "\u3000" * 14 + "2026年3月13日", indent=False)

    # ---- attachment on new page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    r = p.add_run("附件")
    set_font(r, "黑体", 16)
    empty(doc)
    title(doc, [["2026年度自贸试验区制度创新示范企业拟认定名单"]], size=18)
    empty(doc)

    tbl = doc.add_table(rows=1 + len(COMPANIES), cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.6), Cm(8.4), Cm(2.6), Cm(3.8)]
    hdr = ["序号", "企业名称", "所在片区", "认定类别"]
    for j, h in enumerate(hdr):
        set_cell(tbl.rows[0].cells[j], h, font="黑体", size=12)
    repeat_header(tbl.rows[0])
    for i, (name, area, cat) in enumerate(COMPANIES, start=1):
        row = tbl.rows[i]
        row.height = Cm(1.05)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        set_cell(row.cells[0], str(i))
        set_cell(row.cells[1], name, align=WD_ALIGN_PARAGRAPH.LEFT)
        if area != "平潭片区":
            set_cell(row.cells[2], area)
        set_cell(row.cells[3], cat)
        clauses.append("序号：%d；企业名称：%s；所在片区：%s；认定类别：%s" % (i, flat(name), area, cat))
    fix_widths(tbl, widths)
    # 平潭片区 cells merged vertically (rows 25-30)
    first = 1 + [c[1] for c in COMPANIES].index("平潭片区")
    merged = tbl.cell(first, 2).merge(tbl.cell(len(COMPANIES), 2))
    set_cell(merged, "平潭片区")

    page_number_footer(doc)
    stem = "blind460_fujian_gongshi"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "关于2026年度自贸试验区制度创新示范企业拟认定名单的公示",
        "doc_number": None,
        "issuer": [ISSUER],
        "date": "2026-03-13",
        "published": None,
        "level": "provincial",
        "region": "中国（福建）自由贸易试验区",
        "effective": None,
        "expires": None,
        "attachments": ["2026年度自贸试验区制度创新示范企业拟认定名单"],
        "doc_type": "公示",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


# ---------------------------------------------------------------- doc 2: 公告

def make_gonggao():
    doc = Document()
    setup(doc)
    clauses = []
    num_id = add_decimal_numbering(doc)

    # red 版头
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = Pt(40)
    r = p.add_run("中国（福建）自由贸易试验区")
    set_font(r, "方正小标宋简体", 30, color="FF0000")
    p.add_run().add_break(WD_BREAK.LINE)
    r = p.add_run("工作领导小组办公室")
    set_font(r, "方正小标宋简体", 30, color="FF0000")
    empty(doc)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("闽自贸办〔2026〕6号")
    set_font(r, "仿宋_GB2312", 16)
    bottom_border(p)
    empty(doc)

    # title split across two real paragraphs
    title(doc, [["关于认定2026年度自贸试验区制度创新"], ["示范企业的公告"]])
    empty(doc)

    t = "根据" + BANFA + "，经企业自愿申报、片区管委会初审推荐、第三方机构评估、专家综合评审和社会公示等程序，我办确定福建榕港国际物流有限公司等28家企业为2026年度自贸试验区制度创新示范企业，认定有效期三年。"
    para(doc, t)
    clauses.append(t)
    t = "2026年3月16日至20日公示期间，我办共收到书面异议1件。经会同福州片区管委会调查核实，福州保税区冷链物流有限公司申报材料中部分业务数据与实际经营情况不符，不予认定；厦门东渡邮轮港服务有限公司因企业重组于公示期间主动申请撤回申报，不再列入认定名单。现将认定名单及有关要求公告如下："
    para(doc, t)
    clauses.append(t)

    heading_line(doc, "一、认定名单")
    n = 0
    for name, area, cat in COMPANIES:
        if name in REMOVED:
            continue
        n += 1
        numbered_para(doc, flat(name), num_id)
        clauses.append("%d.%s" % (n, flat(name)))
    assert n == 28

    heading_line(doc, "二、有关要求")

    def runin(head, body):
        para(doc, [(head, "楷体_GB2312", True), (body, "仿宋_GB2312", False)])
        clauses.append(head + body)

    runin("（一）发挥示范引领作用。",
          "各示范企业要聚焦投资、贸易、金融、数字经济和两岸融合等重点领域，大胆试、大胆闯、自主改，每年至少形成1项具有首创性、可复制推广价值的制度创新案例，并于每年11月30日前将年度创新成果报告报送所在片区管委会。")
    runin("（二）强化跟踪服务。",
          "福州、厦门、平潭片区管委会要建立示范企业联系服务机制，“一企一策”协调解决企业在制度创新过程中遇到的困难和问题，在政策试点、场景开放、要素保障等方面给予优先支持。")
    runin("（三）实施动态管理。",
          "示范企业在认定有效期内有下列情形之一的，由所在片区管委会提出意见，经我办核实后取消其认定资格，并予以公告：")
    s1 = "1.提供虚假申报材料或者以其他不正当手段取得认定的；"
    s2 = "2.发生重大安全生产、生态环境、产品质量事故，或者被列入严重失信主体名单的；"
    s3 = "3.被依法注销、吊销营业执照，或者注册地、实际经营地迁出自贸试验区的；"
    s4 = "4.无正当理由不按时报送年度创新成果报告，或者连续两年未形成制度创新成果的。"
    para(doc, s1)
    # items 2 and 3 typed in one paragraph with Shift+Enter between them
    para(doc, [(s2, "仿宋_GB2312", False), "\n", ("\u3000\u3000" + s3, "仿宋_GB2312", False)])
    para(doc, s4)
    clauses += [s1, s2, s3, s4]
    runin("（四）加强宣传推广。",
          "各片区管委会要及时总结示范企业的创新做法和典型经验，对成效明显的创新成果，按程序纳入全省自贸试验区制度创新成果复制推广清单，充分发挥示范企业的带动作用。")
    t = "特此公告。"
    para(doc, t)
    clauses.append(t)
    empty(doc, 3)

    # 落款 in a borderless layout table (2 columns, right one holds organ/date)
    lay = doc.add_table(rows=2, cols=2)
    lay.alignment = WD_TABLE_ALIGNMENT.RIGHT
    set_cell(lay.cell(0, 1), "中国（福建）自由贸易试验区\n工作领导小组办公室", size=16)
    set_cell(lay.cell(1, 1), "2026年3月30日", size=16)
    fix_widths(lay, [Cm(3.0), Cm(12.6)])
    para(doc, "（此件公开发布）")
    empty(doc, 4)

    # 版记
    p = para(doc, "抄送：商务部自贸区港司，省委办公厅，省人大常委会办公厅，省政府办公厅，省政协办公厅，福州、厦门市人民政府，平潭综合实验区管委会。",
             indent=False, size=14)
    top_bottom_border(p)
    p = para(doc, "福建省自贸办综合处" + "\t" + "2026年3月31日印发", indent=False, size=14)
    from docx.enum.text import WD_TAB_ALIGNMENT
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT)
    bottom_border(p, color="000000", sz=8)

    page_number_footer(doc)
    stem = "blind460_fujian_gonggao"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "关于认定2026年度自贸试验区制度创新示范企业的公告",
        "doc_number": "闽自贸办〔2026〕6号",
        "issuer": [ISSUER],
        "date": "2026-03-30",
        "published": None,
        "level": "provincial",
        "region": "中国（福建）自由贸易试验区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "公告",
        "recipients": [],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for fn in (make_gongshi, make_gonggao):
        stem, path, docs = fn()
        convert(path)
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
