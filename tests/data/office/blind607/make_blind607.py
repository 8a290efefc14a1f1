# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 607: 明传电报 (特急 / 加急) about 中欧班列保通保畅."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


def font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rfonts.set(qn(a), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=True, exact=28):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if indent:
        pf.first_line_indent = Pt(32)
    return p


def para(doc, parts, align=None, indent=True, exact=28):
    """parts: list of (text, fontname, size, bold) or a plain string (仿宋 三号)."""
    p = doc.add_paragraph()
    fmt(p, align, indent, exact)
    if isinstance(parts, str):
        parts = [(parts, FS, 16, False)]
    for item in parts:
        if item == "BR":
            p.add_run().add_break()
            continue
        text, fn, sz, b = item
        font(p.add_run(text), fn, sz, b)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False)


def border(p, side="bottom", color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)
    ppr.append(bdr)


def page_footer(doc):
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), "宋体", 14)
    r = fp.add_run()
    font(r, "宋体", 14)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    for x in (b, it, sep, t, e):
        r._r.append(x)
    font(fp.add_run(" —"), "宋体", 14)


def cell_text(cell, parts, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    if isinstance(parts, str):
        parts = [(parts, FS, 14, False)]
    for item in parts:
        if item == "BR":
            p.add_run().add_break()
            continue
        text, fn, sz, b = item
        font(p.add_run(text), fn, sz, b)


def chinese_numbering(doc):
    """Add a Word list '一、二、三、' (chineseCounting) and return its numId."""
    numbering = doc.part.numbering_part.element
    abs_id = "607"
    num_id = "607"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), abs_id)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                     ("w:suff", "nothing"), ("w:lvlText", "%1、"),
                     ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), HT)
    rpr.append(rf)
    for tag in ("w:sz", "w:szCs"):
        sz = OxmlElement(tag)
        sz.set(qn("w:val"), "32")
        rpr.append(sz)
    lvl.append(rpr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), num_id)
    aid = OxmlElement("w:abstractNumId")
    aid.set(qn("w:val"), abs_id)
    num.append(aid)
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
    p.paragraph_format.first_line_indent = None


# ---------------------------------------------------------------------------
# Document 1: 福建省商务厅 / 福建省交通运输厅 特急明电
# ---------------------------------------------------------------------------

def doc_fuzhou():
    stem = "blind607_fuzhou_mingdian"
    doc = Document()
    page_footer(doc)
    clauses = []

    p = para(doc, [("明 传 电 报", XBS, 36, False)], WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, exact=44)
    p.runs[0].font.color.rgb = RED
    p = para(doc, [("（福建省商务厅发电）", KT, 16, False)],
             WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18)
    empty(doc)

    t = doc.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), [("发电单位", HT, 14, False)])
    cell_text(t.cell(0, 1), [("福建省商务厅", FS, 14, False), "BR",
                             ("福建省交通运输厅", FS, 14, False)])
    cell_text(t.cell(0, 2), [("签批盘", HT, 14, False)])
    cell_text(t.cell(0, 3), [("张明远", KT, 16, False), "BR",
                             ("1月23日", KT, 12, False)])
    cell_text(t.cell(1, 0), [("等  级", HT, 14, False)])
    cell_text(t.cell(1, 1), [("特急", HT, 16, True)])
    cell_text(t.cell(1, 2), [("明电编号", HT, 14, False)])
    cell_text(t.cell(1, 3), "闽商务明电〔2026〕3号")
    m = t.cell(2, 1).merge(t.cell(2, 3))
    cell_text(t.cell(2, 0), [("标  题", HT, 14, False)])
    cell_text(m, [("关于做好中欧班列保通保畅", FS, 14, False), "BR",
                  ("工作的紧急通知", FS, 14, False)], WD_ALIGN_PARAGRAPH.LEFT)
    m = t.cell(3, 1).merge(t.cell(3, 3))
    cell_text(t.cell(3, 0), [("抄  送", HT, 14, False)])
    cell_text(m, "省发展改革委，福州海关，厦门海关，中国铁路南昌局集团有限公司福州货运中心。",
              WD_ALIGN_PARAGRAPH.LEFT)
    m = t.cell(4, 0).merge(t.cell(4, 3))
    cell_text(m, [("（共 5 页）      发电时间：2026年1月23日 16时", FS, 14, False)],
              WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc)
    para(doc, [("注：收到本电后请于当日电话确认。", KT, 14, False)], indent=False)
    doc.add_page_break()

    # ---- body ----
    para(doc, [("关于做好中欧班列保通保畅", XBS, 22, False), "BR",
               ("工作的紧急通知", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    empty(doc)
    para(doc, "各设区市商务局，各设区市交通运输局，平潭综合实验区经济发展局，福建省港口集团有限责任公司：",
         indent=False)

    def body(text):
        para(doc, text)
        clauses.append(text)

    def runin(head, rest):
        para(doc, [(head, KT, 16, True), (rest, FS, 16, False)])
        clauses.append(head + rest)

    def h1(text):
        para(doc, [(text, HT, 16, False)])

    body("近期，受寒潮雨雪冰冻天气和境外部分口岸拥堵等因素叠加影响，中欧班列在国内段集结、口岸换装和境外段通行等环节面临较大压力，我省部分班列出现发运延误、回程班列积压等情况。春节临近，外贸企业备货出货需求集中，做好中欧班列保通保畅工作十分紧迫。为切实保障国际物流供应链稳定畅通，经省政府同意，现就有关事项紧急通知如下：")

    h1("一、压实保通保畅工作责任")
    runin("（一）健全工作机制。",
          "各设区市要立即建立由商务、交通运输部门牵头，发展改革、海关、铁路、港口等单位参与的中欧班列保通保畅工作专班，明确专人负责，实行日调度、周会商，及时协调解决班列运行中的突出问题。")
    runin("（二）落实属地责任。",
          "各地要按照“谁组织、谁负责”的原则，加强对本地班列平台公司的指导，督促其制定春节期间运输组织方案和应急预案，确保班列“开得出、运得走、回得来”。")

    h1("二、全力保障班列稳定开行")
    runin("（一）优先保障运力。",
          "省港口集团要会同铁路部门，对中欧班列实行计划优先、装车优先、挂运优先，统筹安排集装箱和车皮资源，保障福州、厦门、三明等始发站点每周稳定开行。")
    runin("（二）做好重点线路保障。",
          "对下列重点线路实行“一线一策”保障，责任单位要逐线明确专人跟踪：")

    head = ["序号", "线路", "始发站", "出境口岸", "责任单位"]
    rows = [
        ["1", "中欧班列（福州—莫斯科）", "福州江阴港站", "满洲里", "福州市商务局"],
        ["2", "中欧班列（厦门—汉堡）", "厦门海沧站", "阿拉山口", "厦门市商务局"],
        ["3", "中欧班列（三明—塔什干）", "三明沙县站", "霍尔果斯", "三明市商务局"],
        ["4", "中欧班列（泉州—布达佩斯）", "泉州晋江陆地港", "二连浩特", "泉州市商务局"],
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=5)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(head):
        cell_text(tb.cell(0, j), [(h, HT, 12, False)])
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            if j == 1 and i == 2:
                # soft line break inside a cell, as typed by the office
                cell_text(tb.cell(i, j), [("中欧班列", FS, 12, False), "BR",
                                          ("（厦门—汉堡）", FS, 12, False)])
            else:
                cell_text(tb.cell(i, j), [(v, FS, 12, False)])
        clauses.append("；".join(f"{h}：{v}" for h, v in zip(head, row)))

    runin("（三）加强极端天气应对。",
          "各地交通运输部门要密切关注气象预警信息，提前做好场站、道路除冰防滑和集卡运输保障，对班列集结货物的公路短驳运输开辟绿色通道，不得擅自限行、劝返。")

    h1("三、提升口岸通关效率")
    runin("（一）推行便利化通关措施。",
          "商请福州海关、厦门海关对中欧班列进出口货物全面推广“提前申报”“两步申报”和“铁路快通”模式，对鲜活产品、跨境电商商品等时效性强的货物实行优先查验。")
    runin("（二）加强境外段协调。",
          "各班列平台公司要加强与境外合作伙伴的沟通，实时掌握境外口岸拥堵情况，必要时调整运行线路或换装口岸，避免货物长时间滞留。遇重大问题，要及时报省商务厅协调处置。")

    h1("四、强化企业服务和政策支持")
    runin("（一）开展“一对一”服务。",
          "各设区市商务部门要梳理本地使用中欧班列的重点外贸企业和跨境电商企业清单，建立联系机制，逐一了解企业出运需求，帮助协调解决订舱、报关、结算等问题。")
    runin("（二）落实支持政策。",
          "对春节期间（2026年2月10日至2026年2月28日）坚持开行的中欧班列，按照《福建省促进中欧班列高质量发展若干措施》有关规定给予运营补助，所需资金从省级商务发展专项资金中统筹安排。")

    h1("五、严格落实信息报送制度")
    body("春节期间，各设区市商务局每日17:00前将本地区中欧班列运行保障情况（附件1）报送省商务厅对外贸易处；遇班列停运、货物积压等突发情况，须在2小时内电话报告，并于24小时内书面报告（附件2）。对迟报、漏报、瞒报造成严重后果的，将予以通报。")

    # contacts: one paragraph with a soft line break in the middle
    c1 = "联系人：省商务厅对外贸易处，林晓峰，0591-87852316；"
    c2 = "省交通运输厅综合运输处，郑雅琴，0591-87077625。"
    para(doc, [(c1, FS, 16, False), "BR", (c2, FS, 16, False)])
    clauses.append(c1 + c2)

    empty(doc)
    para(doc, "附件：1.全省中欧班列运行保障情况日报表")
    para(doc, "　　　2.中欧班列突发情况报告单")
    empty(doc, 3)
    para(doc, "　　　　福建省商务厅　　　　　　　福建省交通运输厅", indent=False)
    para(doc, "　　　　　　　　　　　　　　　　　2026年1月23日", indent=False)

    meta = {
        "title": "关于做好中欧班列保通保畅工作的紧急通知",
        "doc_number": "闽商务明电〔2026〕3号",
        "issuer": ["福建省商务厅", "福建省交通运输厅"],
        "date": "2026-01-23",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": None,
        "expires": None,
        "attachments": ["全省中欧班列运行保障情况日报表", "中欧班列突发情况报告单"],
        "doc_type": "通知",
        "recipients": ["各设区市商务局", "各设区市交通运输局",
                       "平潭综合实验区经济发展局", "福建省港口集团有限责任公司"],
        "publicity": None,
        "repeals": None,
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


# ---------------------------------------------------------------------------
# Document 2: 厦门市商务局 加急明电 (fewer fields, Word auto-numbering)
# ---------------------------------------------------------------------------

def doc_xiamen():
    stem = "blind607_xiamen_jiaji"
    doc = Document()
    page_footer(doc)
    num_id = chinese_numbering(doc)
    clauses = []

    p = para(doc, [("厦门市商务局明传电报", XBS, 30, False)],
             WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=40)
    p.runs[0].font.color.rgb = RED
    border(p, "bottom", "FF0000", 18)
    empty(doc)

    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), [("发电单位", HT, 14, False)])
    cell_text(t.cell(0, 1), "厦门市商务局")
    cell_text(t.cell(0, 2), [("等级", HT, 14, False)])
    cell_text(t.cell(0, 3), [("加急", HT, 16, True)])
    cell_text(t.cell(1, 0), [("编  号", HT, 14, False)])
    cell_text(t.cell(1, 1), "厦商务明电〔2026〕2号")
    cell_text(t.cell(1, 2), [("签发", HT, 14, False)])
    cell_text(t.cell(1, 3), [("黄志强", KT, 16, False)])
    empty(doc, 2)

    para(doc, [("关于做好春节期间中欧（厦门）班列", XBS, 22, False), "BR",
               ("运行保障工作的通知", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    empty(doc)
    para(doc, "各区商务局，中国（福建）自由贸易试验区厦门片区管委会，厦门国际陆港开发建设有限公司：",
         indent=False)

    def body(text):
        para(doc, text)
        clauses.append(text)

    def item(head, rest, prefix):
        p = para(doc, [(head, HT, 16, False), (rest, FS, 16, False)])
        set_num(p, num_id)
        clauses.append(prefix + head + rest)

    body("为贯彻落实省商务厅、省交通运输厅《关于做好中欧班列保通保畅工作的紧急通知》（闽商务明电〔2026〕3号）要求，确保春节期间中欧（厦门）班列安全稳定运行，现将有关事项通知如下：")
    empty(doc)
    item("加强运行组织。",
         "厦门国际陆港开发建设有限公司要科学编制春节期间（2026年2月15日至23日）班列开行计划，保持去程每周不少于4列、回程每周不少于2列的开行频次，提前做好舱位预订、集装箱调配和货源组织工作，确保节日期间班列不停运、服务不断档。",
         "一、")
    item("保障集疏运畅通。",
         "各区商务局要会同属地交通运输、公安交警部门，对往返海沧铁路场站的班列货运车辆给予通行便利，协调解决节日期间集卡司机、装卸人员不足等问题。",
         "二、")
    item("做好企业服务。",
         "各区商务局要主动对接辖区内出口企业，重点是跨境电商、新能源汽车及零部件、锂电池等企业，及时掌握春节前后出运计划，引导企业错峰发运。具体要求如下：",
         "三、")
    body("1.建立企业需求台账，每周更新一次；")
    body("2.对企业反映的订舱难、运价波动等问题，3个工作日内予以回应；")
    body("3.及时宣传中欧班列相关支持政策，帮助企业用足用好政策。")
    item("加强安全管理。",
         "运营平台公司要严格落实危险货物运输管理规定，对锂电池等特殊货物加强申报审核和装箱检查，坚决防止瞒报、谎报危险货物；要加强节日期间值班值守，确保通讯畅通。",
         "四、")
    item("及时报送信息。",
         "请各单位于2026年2月6日前将春节期间班列运行保障联系人报市商务局对外贸易处；节日期间如遇突发情况，请第一时间报告。",
         "五、")
    empty(doc)
    body("联系人：市商务局对外贸易处，吴思远，电话：0592-5066138，传真：0592-5066100。")
    empty(doc, 3)
    para(doc, "厦门市商务局", WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p = para(doc, "2026年2月3日", WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(16)
    empty(doc, 4)
    p = para(doc, [("厦门市商务局办公室", FS, 14, False),
                   ("　　　　　　　　　　　　", FS, 14, False),
                   ("2026年2月3日印发", FS, 14, False)], indent=False)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 8)

    meta = {
        "title": "关于做好春节期间中欧（厦门）班列运行保障工作的通知",
        "doc_number": "厦商务明电〔2026〕2号",
        "issuer": ["厦门市商务局"],
        "date": "2026-02-03",
        "published": None,
        "level": "municipal",
        "region": "厦门市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各区商务局", "中国（福建）自由贸易试验区厦门片区管委会",
                       "厦门国际陆港开发建设有限公司"],
        "publicity": None,
        "repeals": None,
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for maker in (doc_fuzhou, doc_xiamen):
        stem, doc, entries = maker()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_607",
                        "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        expected[stem] = entries
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
