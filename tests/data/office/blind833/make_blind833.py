# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 833: 招商引资优惠政策兑现办法（印发通知、政策解读）, Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
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
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
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
    return p


def add_par(doc, runs, **kw):
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
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
    fmt(p, indent=False)


def setup(doc, page_field=True):
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
    if not page_field:
        return
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for kind in ("begin", None, "separate", "1", "end"):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                                  % nsdecls("w")))
        elif kind == "1":
            r.text = "1"
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def set_widths(tb, widths):
    tb.autofit = False
    grid = tb._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in tb.rows:
        for tc, w in zip(row._tr.findall(qn("w:tc")), widths):
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(w.twips)))
            tcw.set(qn("w:type"), "dxa")


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def banji(doc, cc, printer, date_txt, gap=2):
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


_next_abs = [900]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text))
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


CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
      "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八"]


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_833", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
def doc_qinzhou():
    """钦州市人民政府办公室 印发通知 + 办法（章、条，条内奖励标准表）"""
    stem = "blind833_qinzhou_banfa"
    doc = Document()
    setup(doc)
    clauses = []

    p = add_par(doc, [("钦州市人民政府办公室文件", XBS, 32, False, RED)],
                align=C, indent=False, line=56, before=30)
    p.runs[0]._r.get_or_add_rPr().append(parse_xml('<w:spacing %s w:val="-10"/>' % nsdecls("w")))
    empty(doc, 2)
    p = add_par(doc, "钦政办发〔2026〕8号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title over two paragraphs, wrapped in the middle of 招商引资
    add_par(doc, [("钦州市人民政府办公室关于印发钦州市招商", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("引资优惠政策兑现办法的通知", XBS, 22, False)],
            align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各县（区）人民政府，市政府各组成部门、各直属机构，中国（广西）自由贸易试验区钦州港片区管理委员会：",
            indent=False)
    t = "《钦州市招商引资优惠政策兑现办法》已经市人民政府同意，现印发给你们，请认真贯彻执行。"
    clauses.append(t)
    add_par(doc, t)
    empty(doc, 3)
    p = add_par(doc, "钦州市人民政府办公室", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年1月23日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(80)
    add_par(doc, "（此件公开发布）")

    page_break(doc)
    add_par(doc, [("钦州市招商引资优惠政策兑现办法", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False)

    def article(no, text, items=(), tail=""):
        head = "第%s条" % no
        clauses.append(head + "\u3000" + text + "".join(items) + tail)
        add_par(doc, [(head, HT, 16, False), ("\u3000" + text, FS, 16, False)])
        for it in items:
            add_par(doc, it)
        if tail:
            add_par(doc, tail)

    chapter("第一章　总　则")
    article("一", "为进一步优化营商环境，规范招商引资优惠政策兑现工作，结合本市实际，制定本办法。")
    article("二", "本办法适用于在本市行政区域内新设立或者增资扩产，并在本市办理市场主体登记和税务登记的招商引资项目。")
    article("三", "政策兑现遵循“依法依规、公开透明、应兑尽兑、一次兑现”的原则。同一项目同一事项符合本市多项优惠政策的，按照“就高不重复”原则执行。")
    chapter("第二章　兑现标准")
    article("四", "对新引进的工业项目、西部陆海新通道物流项目，自签订投资协议之日起24个月内开工建设的，按照实际完成固定资产投资额的一定比例给予一次性奖励，奖励标准如下：")
    # reward table: two header rows, merged, repeated at page top
    hdr_top = ["档次", "实际完成固定资产投资额（不含土地出让价款）", "奖励标准", ""]
    hdr_sub = ["", "", "奖励比例", "单个项目奖励上限（万元）"]
    rows = [
        ["一档", "1亿元（含）—3亿元", "1.0%", "300"],
        ["二档", "3亿元（含）—10亿元", "1.5%", "1200"],
        ["三档", "10亿元（含）—30亿元", "2.0%", "5000"],
        ["四档", "30亿元（含）以上", "2.5%", "10000"],
    ]
    tb = doc.add_table(rows=2 + len(rows), cols=4)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(tb, [Cm(2.0), Cm(6.4), Cm(2.8), Cm(4.2)])
    for row in tb.rows:
        cant_split(row)
    for i in range(4):
        set_cell(tb.cell(1, i), hdr_sub[i], HT, 12)
    tb.cell(0, 2).merge(tb.cell(0, 3))
    tb.cell(0, 0).merge(tb.cell(1, 0))
    tb.cell(0, 1).merge(tb.cell(1, 1))
    set_cell(tb.cell(0, 0), "档次", HT, 12)
    set_cell(tb.cell(0, 1), "实际完成固定资产投资额\n（不含土地出让价款）", HT, 12)
    set_cell(tb.cell(0, 2), "奖励标准", HT, 12)
    repeat_header(tb.rows[0])
    repeat_header(tb.rows[1])
    heads = ["档次", "实际完成固定资产投资额（不含土地出让价款）",
             "奖励标准／奖励比例", "奖励标准／单个项目奖励上限（万元）"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(tb.cell(ri, ci), v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
    article("五", "对新引进的世界500强企业、中国500强企业在本市设立区域总部或者具有独立法人资格的功能性机构，实缴注册资本1亿元以上的，按照实缴注册资本的1%给予一次性落户奖励，最高不超过1000万元。")
    article("六", "项目投产后，自首次纳税之日起3年内，按照其缴纳税收形成的地方财力贡献的50%给予奖励；第4年至第5年按照30%给予奖励。")
    article("七", "对引荐项目落户本市的中介机构或者个人（公职人员除外），按照项目实际到位资金的1‰给予奖励，单个项目奖励最高不超过100万元。")
    chapter("第三章　兑现程序")
    article("八", "政策兑现按照下列程序办理：", items=[
        "（一）企业申报。符合条件的企业于每年3月31日前通过“钦州市惠企政策兑现平台”提交申请材料。",
        "（二）部门审核。项目所在县（区）或者钦州港片区投资促进部门会同财政、税务、统计等部门，在受理之日起15个工作日内完成审核。",
        "（三）联合会审。市投资促进局牵头组织联合会审，提出兑现意见报市人民政府审定。",
        "（四）公示拨付。兑现结果在市人民政府门户网站公示5个工作日；公示无异议的，由财政部门在10个工作日内拨付奖励资金。",
    ])
    article("九", "奖励资金由市、县（区）两级财政按照现行财政体制分担；钦州港片区范围内的项目，由片区管理委员会承担。")
    article("十", "对地方财力贡献奖励等可以通过数据共享直接核定的事项，推行“免申即享”，直接兑现。")
    chapter("第四章　监督管理")
    article("十一", "对弄虚作假骗取奖励资金的，追回已兑现资金，纳入失信记录；涉嫌犯罪的，依法移送司法机关。")
    article("十二", "享受奖励的企业自享受奖励之日起10年内迁出本市或者改变在本市纳税义务的，应当退还已享受的奖励资金。")
    chapter("第五章　附　则")
    article("十三", "本办法由钦州市投资促进局负责解释。")
    article("十四", "本办法自2026年3月1日起施行，有效期至2028年12月31日。《钦州市招商引资优惠政策（试行）》（钦政办发〔2023〕21号）同时废止。本办法施行前已签订投资协议的项目，按照原协议约定执行。")
    banji(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市法院，市检察院。",
          "钦州市人民政府办公室", "2026年1月23日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "钦州市人民政府办公室关于印发钦州市招商引资优惠政策兑现办法的通知",
            "doc_number": "钦政办发〔2026〕8号",
            "issuer": ["钦州市人民政府办公室"],
            "date": "2026-01-23",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": "2026-03-01",
            "expires": "2028-12-31",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各县（区）人民政府", "市政府各组成部门、各直属机构",
                           "中国（广西）自由贸易试验区钦州港片区管理委员会"],
            "publicity": "此件公开发布",
            "repeals": "《钦州市招商引资优惠政策（试行）》（钦政办发〔2023〕21号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_jiedu():
    """钦州市投资促进局 政策解读（无红头，空格缩进，半角标点混用，软回车）"""
    stem = "blind833_qinzhou_jiedu"
    doc = Document()
    setup(doc)
    clauses = []

    p = doc.add_paragraph()
    font(p.add_run("关于《钦州市招商引资优惠政策兑现办法》"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("的解读"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    add_par(doc, [("发布日期：2026-01-28" + "\u3000" * 3 + "来源：钦州市投资促进局", KT, 14, False)],
            align=C, indent=False, before=6)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, False), (t, FS, 16, False)], indent=False)

    body("近日，钦州市人民政府办公室印发《钦州市招商引资优惠政策兑现办法》（钦政办发〔2026〕8号，以下简称《办法》）。为便于社会各界和广大投资者准确理解、用好用足政策，现就有关内容解读如下。")
    head("一、出台背景")
    body("2023年以来，我市先后出台《钦州市招商引资优惠政策（试行）》等政策文件，对吸引项目落户、推动西部陆海新通道和中国（广西）自由贸易试验区钦州港片区建设发挥了积极作用。2025年，全市新签约招商引资项目386个，总投资1862亿元，到位资金634.5亿元。但在政策执行中也存在兑现标准不够清晰、兑现流程较长、部门间信息不共享等问题，部分企业反映“政策好看不好兑”。为此，市投资促进局会同市财政局、市发展改革委等部门起草了《办法》，着力推动优惠政策“应兑尽兑、快兑直达”。")
    head("二、主要内容")
    body("《办法》共5章14条，包括总则、兑现标准、兑现程序、监督管理和附则，重点明确了以下内容：")
    runin("（一）固定资产投资奖励实行“分档计奖、设置上限”。",
          "对新引进的工业项目、西部陆海新通道物流项目，自签订投资协议之日起24个月内开工建设的，按实际完成固定资产投资额(不含土地出让价款)分四个档次给予奖励,具体标准如下：")
    add_par(doc, [("固定资产投资奖励分档标准（单位：万元）", HT, 14, False)], align=C, indent=False, before=6)
    header = ["档次", "实际完成固定资产投资额", "奖励比例", "奖励上限"]
    rows = [
        ["第一档", "1亿元(含)-3亿元", "1.0%", "300"],
        ["第二档", "3亿元(含)-10亿元", "1.5%", "1200"],
        ["第三档", "10亿元(含)-30亿元", "2.0%", "5000"],
        ["第四档", "30亿元(含)以上", "2.5%", "10000"],
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=4)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(tb, [Cm(2.4), Cm(6.4), Cm(3.0), Cm(3.4)])
    for i, h in enumerate(header):
        set_cell(tb.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(tb.rows[ri].cells[ci], v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    # example paragraph and the following one typed with Shift+Enter inside one w:p
    t1 = "举例说明：某企业新建项目实际完成固定资产投资5亿元，属于第二档，按1.5%计算可获奖励750万元，未超过1200万元上限，按750万元兑现；若实际完成固定资产投资9亿元，按1.5%计算为1350万元，超过上限，按1200万元兑现。"
    t2 = "（二）地方财力贡献奖励实行“前三年五成、后两年三成”。"
    t2b = "项目投产后，自首次纳税之日起3年内按其缴纳税收形成的地方财力贡献的50%给予奖励，第4年至第5年按30%给予奖励，支持企业轻装上阵、加快成长。"
    p = doc.add_paragraph()
    font(p.add_run(IND + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND), FS, 16)
    font(p.add_run(t2), KT, 16)
    font(p.add_run(t2b), FS, 16)
    fmt(p, indent=False, before=6)
    clauses.extend([t1, t2 + t2b])
    runin("（三）总部经济和中介招商奖励进一步明确。",
          "世界500强企业、中国500强企业在我市设立区域总部或功能性机构，实缴注册资本1亿元以上的，按实缴注册资本的1%给予一次性落户奖励，最高1000万元；对引荐项目落户的中介机构或个人(公职人员除外)，按项目实际到位资金的1‰给予奖励，单个项目最高100万元。")
    head("三、兑现流程")
    body("《办法》将兑现程序优化为“企业申报、部门审核、联合会审、公示拨付”四个环节，并明确了各环节办理时限：")
    body("1.企业申报。每年3月31日前通过“钦州市惠企政策兑现平台”在线提交申请，原则上不再要求企业报送纸质材料。")
    body("2.部门审核。县（区）或钦州港片区投资促进部门会同有关部门在受理之日起15个工作日内完成审核。")
    body("3.联合会审。市投资促进局牵头组织联合会审，提出兑现意见报市人民政府审定。")
    body("4.公示拨付。兑现结果公示5个工作日，公示期满无异议的，财政部门在10个工作日内将奖励资金拨付至企业账户。")
    body("同时，《办法》推行“免申即享”，对地方财力贡献奖励等可通过数据共享直接核定的事项，由部门主动比对、直接兑现，企业无需申请。")
    head("四、需要注意的事项")
    runin("（一）不得重复享受。", "同一项目同一事项符合本市多项优惠政策的，按照“就高不重复”原则执行。")
    runin("（二）违约须退还奖励。", "享受奖励的企业自享受奖励之日起10年内迁出本市或改变在本市纳税义务的，应当退还已享受的奖励资金；弄虚作假骗取奖励资金的，将追回资金并纳入失信记录。")
    runin("（三）施行时间。", "《办法》自2026年3月1日起施行，有效期至2028年12月31日。《办法》施行前已签订投资协议的项目，按原协议约定执行。")
    body("政策咨询电话：0777-2825316（市投资促进局投资服务科）")
    empty(doc, 2)
    p = add_par(doc, "钦州市投资促进局", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年1月27日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于《钦州市招商引资优惠政策兑现办法》的解读",
            "doc_number": None,
            "issuer": ["钦州市投资促进局"],
            "date": "2026-01-27",
            "published": "2026-01-28",
            "level": "municipal",
            "region": "钦州市",
            # the 施行/有效期 dates printed belong to the interpreted 办法, not to this 解读
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "解读",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_yiwu():
    """义乌市人民政府 印发通知 + 办法（自动编号第X条）+ 附件奖励标准表（纵向合并单元格）"""
    stem = "blind833_yiwu_duixian"
    doc = Document()
    setup(doc)
    clauses = []
    n_art = make_numbering(doc, "第%1条\u3000")

    add_par(doc, [("ZJGC17—2025—0021", HT, 14, False)], align=L, indent=False)
    add_par(doc, [("义乌市人民政府文件", XBS, 42, False, RED)],
            align=C, indent=False, line=60, before=24)
    empty(doc, 2)
    p = add_par(doc, "义政发〔2025〕38号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("义乌市人民政府关于印发义乌市招商引资优惠"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("政策兑现办法（试行）的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各镇人民政府、街道办事处，市政府各部门、各直属单位：", indent=False)
    t = "现将《义乌市招商引资优惠政策兑现办法（试行）》印发给你们，请结合实际，认真贯彻落实。"
    clauses.append(t)
    add_par(doc, t)
    empty(doc, 3)
    # 落款 typed with spaces, date in Chinese numerals
    add_par(doc, " " * 41 + "义乌市人民政府", indent=False)
    add_par(doc, " " * 38 + "二〇二五年十二月十六日", indent=False)
    add_par(doc, "（此件主动公开）")

    page_break(doc)
    add_par(doc, [("义乌市招商引资优惠政策兑现办法（试行）", XBS, 22, False)],
            align=C, indent=False, line=36)
    cnt = [0]

    def article(text, items=(), tail=""):
        cnt[0] += 1
        clauses.append("第%s条\u3000" % CN[cnt[0] - 1] + text + "".join(items) + tail)
        p = add_par(doc, text, first=Pt(32))
        apply_num(p, n_art)
        for it in items:
            add_par(doc, it)
        if tail:
            add_par(doc, tail)

    article("为深入实施“地瓜经济”提能升级“一号开放工程”，加快建设中国（浙江）自由贸易试验区金义片区，规范招商引资优惠政策兑现管理，结合我市实际，制定本办法。")
    article("本办法所称招商引资项目，是指与市人民政府或者其授权单位签订投资协议，且在我市依法注册登记、独立核算的新引进项目和增资扩产项目。")
    article("本办法适用的优惠政策包括固定资产投资奖励、外资到位奖励、总部落户奖励、“义新欧”中欧班列配套物流项目奖励，以及投资协议约定的其他优惠政策。")
    article("奖励标准按照项目类别和投资额档次确定，实行分档计奖、比例奖励、上限控制，具体标准见附件。同一企业年度奖励总额不超过其当年对我市的地方综合贡献。")
    article("分期兑现的奖励资金，按照以下节点兑现：", items=[
        "（一）项目竣工投产验收合格后，兑现奖励总额的50%；",
        "（二）投产后连续两个完整会计年度亩均税收达到协议约定标准的，兑现剩余50%。",
    ], tail="一次性兑现的项目，在竣工验收合格后一次性兑现。")
    article("企业应当于每年4月1日至4月30日，通过“浙里办”义乌惠企政策兑现专区提交申请。")
    article("市投资促进中心会同市财政局、市税务局等部门及属地镇街，在受理之日起20个工作日内完成审核。")
    article("审核结果在市人民政府门户网站公示5个工作日。公示无异议的，由市财政局在15个工作日内拨付奖励资金。")
    article("奖励资金由市、镇（街道）两级按照7∶3比例分担；金义片区义乌区块范围内的项目，由片区承担。")
    article("企业有下列情形之一的，不予兑现；已经兑现的，予以追回：", items=[
        "（一）提供虚假材料骗取奖励资金的；",
        "（二）未按照协议约定期限开工、竣工或者投产的；",
        "（三）享受奖励后10年内迁离义乌或者变更纳税地的；",
        "（四）发生重大安全生产、生态环境事故或者被列入严重失信主体名单的。",
    ])
    article("本办法与上级政策规定不一致的，按照上级政策规定执行；同一事项符合多项政策的，就高不重复享受。")
    article("本办法由市投资促进中心负责解释。")
    article("本办法自2026年1月1日起施行，有效期至2027年12月31日。")
    empty(doc, 1)
    add_par(doc, "附件：义乌市招商引资项目奖励标准表")

    # ---------------- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("义乌市招商引资项目奖励标准表", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=14)
    header = ["序号", "项目类别", "投资额档次", "奖励比例", "奖励上限（万元）", "兑现方式"]
    widths = [Cm(1.1), Cm(3.0), Cm(4.9), Cm(2.3), Cm(1.9), Cm(2.4)]
    part1 = [
        ("1", "先进制造业项目", [
            ["1亿元（含）—5亿元", "1%", "300", "分期兑现"],
            ["5亿元（含）—20亿元", "1.5%", "2000", "分期兑现"],
            ["20亿元（含）以上", "2%", "6000", "分期兑现"],
        ]),
        ("2", "数字经济项目", [
            ["5000万元（含）—2亿元", "2%", "300", "一次性兑现"],
            ["2亿元（含）以上", "2.5%", "1000", "分期兑现"],
        ]),
        ("3", "现代物流项目（含“义新欧”中欧班列配套）", [
            ["5000万元（含）—3亿元", "1.5%", "400", "一次性兑现"],
            ["3亿元（含）以上", "2%", "1500", "分期兑现"],
        ]),
    ]
    part2 = [
        ("4", "跨境电商及海外仓项目", [
            ["3000万元（含）—1亿元", "2%", "200", "一次性兑现"],
            ["1亿元（含）以上", "2.5%", "800", "分期兑现"],
        ]),
        ("5", "总部经济项目", [
            ["实缴注册资本1亿元（含）以上", "1%", "1000", "一次性兑现"],
        ]),
        ("6", "外资项目", [
            ["实际使用外资1000万美元（含）以上", "按实际使用外资额（折合人民币）的2%", "2000", "一次性兑现"],
        ]),
    ]

    def grouped_table(groups):
        n = sum(len(g[2]) for g in groups)
        tb = doc.add_table(rows=1 + n, cols=6)
        tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        set_widths(tb, widths)
        for row in tb.rows:
            cant_split(row)
        for i, h in enumerate(header):
            set_cell(tb.cell(0, i), h.replace("（", "\n（"), HT, 10.5, line=16)
        repeat_header(tb.rows[0])
        r = 1
        for no, cat, sub in groups:
            r0 = r
            for vals in sub:
                for ci, v in enumerate(vals, 2):
                    set_cell(tb.cell(r, ci), v, FS, 10.5, line=16)
                clauses.append("；".join("%s：%s" % (h, v)
                                        for h, v in zip(header, [no, cat] + vals)))
                r += 1
            if r - 1 > r0:
                tb.cell(r0, 0).merge(tb.cell(r - 1, 0))
                tb.cell(r0, 1).merge(tb.cell(r - 1, 1))
            set_cell(tb.cell(r0, 0), no, FS, 10.5, line=16)
            set_cell(tb.cell(r0, 1), cat, FS, 10.5, line=16)
        return tb

    grouped_table(part1 + part2)
    empty(doc, 1, line=14)
    for note in [
        "注：1.固定资产投资额以具备资质的第三方审计机构出具的专项审计报告为准，不含土地出让价款。",
        "2.外资项目按实际到账外资金额折合人民币计算，汇率按资金到账当月中国人民银行公布的人民币汇率中间价执行。",
        "3.同一项目同时符合多个类别的，按照就高原则享受一个类别的奖励，不重复享受。",
    ]:
        clauses.append(note)
        p = add_par(doc, [(note, FS, 10.5, False)], indent=False, line=18)
        if not note.startswith("注"):
            p.paragraph_format.left_indent = Pt(31.5)

    banji(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市法院，市检察院，市人武部。",
          "义乌市人民政府办公室", "2025年12月16日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "义乌市人民政府关于印发义乌市招商引资优惠政策兑现办法（试行）的通知",
            "doc_number": "义政发〔2025〕38号",
            "issuer": ["义乌市人民政府"],
            "date": "2025-12-16",
            "published": None,
            "level": "county",
            "region": "义乌市",
            "effective": "2026-01-01",
            "expires": "2027-12-31",
            "attachments": ["义乌市招商引资项目奖励标准表"],
            "doc_type": "通知",
            "recipients": ["各镇人民政府、街道办事处", "市政府各部门、各直属单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_qinzhou(), doc_jiedu(), doc_yiwu()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
