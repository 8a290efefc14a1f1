# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 766: 信访事项处理意见书 / 复查意见书 (商务局、自贸片区管委会), Word + PDF + expected.json."""
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


def footer_pagenum(section, dash="— ", tail=" —"):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run(dash), SONG, 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>'
                                  % (nsdecls("w"), txt)))
        elif kind == "text":
            r.text = txt
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(tail), SONG, 14)


def setup(doc, dash="— ", tail=" —"):
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
    footer_pagenum(s, dash, tail)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def set_widths(t, widths):
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = w
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def banji(doc, cc, printer=None, date_txt=None, gap=1):
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    if printer:
        border(p, "bottom", "000000", 4, 4)
        p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                           (date_txt, FS, 14, False)], indent=False, line=24)
        p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
        p2.paragraph_format.left_indent = Pt(14)
        border(p2, "bottom", "000000", 8, 4)
    else:
        border(p, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_766", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (一、 headings) -----------------------------
_next_abs = [700]


def make_numbering(doc, lvl_text, numfmt="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, numfmt, lvl_text))
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


# =================================================================== DOC A
def doc_xiamen():
    """厦门市商务局 信访事项处理意见书（一带一路市场开拓补贴核减）"""
    stem = "blind766_xiamen_chuli"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    # red 版头 (organ name only, no 文件) + red rule, 文号 right under the rule
    p = add_par(doc, [("厦门市商务局", XBS, 40, False, RED)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=24)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1)
    add_par(doc, "厦商信处〔2026〕11号", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False,
            before=6)
    empty(doc, 1)
    add_par(doc, [("信访事项处理意见书", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    def body(t, **kw):
        clauses.append(t)
        add_par(doc, t, **kw)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("信访人：林志强，男，1979年6月出生，系厦门海丝远航供应链管理有限公司（以下简称“海丝远航公司”）法定代表人，联系地址：厦门市湖里区象屿路97号厦门国际航运中心E栋8楼。",
         indent=False)
    body("信访人于2026年1月12日通过福建省网上信访信息系统反映海丝远航公司2025年度“一带一路”市场开拓补贴被核减问题，我局于2026年1月16日依法受理，并向信访人出具了《信访事项受理告知书》。经调查核实，现将处理意见告知如下：")

    head("信访事项")
    body("信访人反映：海丝远航公司于2025年9月向我局申报2025年度厦门市商务发展专项资金（“一带一路”市场开拓方向）补贴，申报金额合计186.4万元，但公示的拟补贴金额仅为97.25万元，核减近半且未说明理由。信访人认为，公司通过中欧（厦门）班列发运的集装箱货物、在哈萨克斯坦阿拉木图设立的海外仓均属于“一带一路”重点支持方向，请求按申报金额足额兑现补贴，并公开核减依据。")

    head("调查核实情况")
    body("受理后，我局成立由对外投资和经济合作处、财务处、机关纪委组成的调查组，调阅了海丝远航公司申报材料、第三方审计机构出具的专项审计报告及专家评审意见，于2026年1月28日约谈信访人，2月5日赴海丝远航公司实地核查。经调查核实：")
    runin("（一）关于补贴政策依据。", "《厦门市商务发展专项资金管理办法》（厦财企〔2024〕18号）及《2025年度厦门市商务发展专项资金（“一带一路”市场开拓方向）申报指南》规定：对企业通过中欧（厦门）班列出口的集装箱，按每标准箱1500元给予运费补贴；对企业在共建“一带一路”国家租赁海外仓的，按实际发生租赁费用的30%给予补贴，单个企业最高不超过50万元；对企业参加境外展会的，按展位费的50%给予补贴，每个展会最高不超过10万元。各类补贴均以经审计确认的实际发生额为准。")
    runin("（二）关于申报及核定情况。", "海丝远航公司共申报3类补贴项目，经第三方审计和专家评审，核定补贴金额97.25万元，核减89.15万元。具体情况如下：")

    # two-level header table, header rows repeated
    t = doc.add_table(rows=2 + 4, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(1.2), Cm(3.4), Cm(2.0), Cm(2.0), Cm(2.0), Cm(5.0)])
    h0, h1 = t.rows[0], t.rows[1]
    for c in (0, 1, 5):
        h0.cells[c].merge(h1.cells[c])
    h0.cells[2].merge(h0.cells[4])
    set_cell(t.cell(0, 0), "序号", HT, 12)
    set_cell(t.cell(0, 1), "补贴项目", HT, 12)
    set_cell(t.cell(0, 2), "补贴金额（万元）", HT, 12)
    set_cell(t.cell(0, 5), "核减原因", HT, 12)
    for c, h in zip((2, 3, 4), ("申报", "核定", "核减")):
        set_cell(t.cell(1, c), h, HT, 12)
    repeat_header(h0)
    repeat_header(h1)
    headers = ["序号", "补贴项目", "补贴金额（万元）／申报", "补贴金额（万元）／核定",
               "补贴金额（万元）／核减", "核减原因"]
    rows = [
        ["1", "中欧（厦门）班列运费补贴", "91.80", "68.25", "23.55",
         "157个标准箱的境内发货人为其他企业，不属于补贴对象"],
        ["2", "阿拉木图海外仓租赁费用补贴", "76.60", "29.00", "47.60",
         "计入2024年预付租金；2025年度租赁费用经审计为96.67万元"],
        ["3", "境外展会展位费补贴", "18.00", "0", "18.00",
         "展位费由关联企业支付，非申报主体实际发生"],
    ]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci == 5 else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.cell(ri, ci), v, FS, 12, align=al)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
    last = 5
    t.cell(last, 0).merge(t.cell(last, 1))
    set_cell(t.cell(last, 0), "合计", HT, 12)
    tot = ["186.40", "97.25", "89.15", "—"]
    for c, v in zip((2, 3, 4, 5), tot):
        set_cell(t.cell(last, c), v, FS, 12)
    clauses.append("序号：合计；补贴金额（万元）／申报：186.40；补贴金额（万元）／核定：97.25；"
                   "补贴金额（万元）／核减：89.15；核减原因：—")
    note = ("注：补贴标准按《2025年度厦门市商务发展专项资金（“一带一路”市场开拓方向）申报指南》执行；"
            "核定金额已于2025年12月19日至25日在厦门市商务局门户网站公示。")
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    runin("（三）关于公示及告知情况。", "经查，我局于2025年12月19日在门户网站公示拟补贴企业名单及金额，公示期5个工作日，公示期满后于2026年1月30日将核定的97.25万元补贴资金拨付至海丝远航公司账户。但我局未在公示前将核减情况及理由书面告知申报企业，工作中存在告知不及时、解释不到位的问题。")
    runin("（四）关于信访人补充提供的材料。", "约谈中，信访人补充提交了157个标准箱对应的货运代理协议及运费支付凭证。经核查，上述货物出口报关单的境内发货人为我市其他3家外贸企业，其中2家企业已就同批货物申报并获得班列运费补贴，海丝远航公司作为货运代理企业再行申报，属于重复申报。")

    head("处理意见")
    body("综上，我局认为：海丝远航公司2025年度“一带一路”市场开拓补贴的核定，符合《厦门市商务发展专项资金管理办法》和申报指南的规定，核定金额97.25万元事实清楚、依据充分。信访人提出按申报金额186.4万元足额兑现补贴的请求，缺乏政策依据。根据《信访工作条例》第三十二条规定，对信访人的该项请求不予支持。")
    body("信访人提出的公开核减依据的请求，予以支持。我局已于2026年2月5日实地核查时向信访人当面说明核减依据，并提供了补贴核定明细。针对公示前告知不到位的问题，我局将在2026年度专项资金审核中建立核减事项事前告知和申辩机制，进一步提高工作透明度。")

    head("复查途径")
    body("如对本处理意见不服，可自收到本意见书之日起30日内，向厦门市人民政府或者福建省商务厅书面提出复查请求。")

    empty(doc, 2)
    p = add_par(doc, "厦门市商务局", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(72)
    p = add_par(doc, "二〇二六年三月六日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(56)
    banji(doc, "抄送：厦门市信访局，湖里区商务局。", "厦门市商务局办公室", "2026年3月6日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "信访事项处理意见书",
            "doc_number": "厦商信处〔2026〕11号",
            "issuer": ["厦门市商务局"],
            "date": "2026-03-06",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "处理意见书",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_fujian():
    """福建省商务厅 信访事项复查意见书（对厦门市商务局处理意见的复查）"""
    stem = "blind766_fujian_fucha"
    doc = Document()
    setup(doc, "- ", " -")
    clauses = []

    # no red head: organ + 文种 as a two-line title, soft line break inside
    p = doc.add_paragraph()
    font(p.add_run("福建省商务厅"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("信访事项复查意见书"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    # 文号 pushed to the right with typed spaces
    add_par(doc, " " * 44 + "闽商务信复〔2026〕4号", indent=False, before=8, after=8)
    add_par(doc, "林志强：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    body("你因不服厦门市商务局作出的《信访事项处理意见书》（厦商信处〔2026〕11号），于2026年3月30日向我厅提出复查请求，我厅于2026年4月2日受理。我厅调阅了办理卷宗，听取了厦门市商务局的情况说明，并于2026年4月16日约见了你本人。现将复查意见答复如下：")
    head("一、复查请求")
    body("你请求撤销厦门市商务局作出的处理意见，理由是：1.海丝远航公司作为中欧(厦门)班列的实际订舱人和运费支付方，应当作为班列运费补贴的申报主体;2.厦门市商务局未事先告知核减理由即进行公示，程序违法;3.请求按申报金额186.4万元兑现补贴。")
    head("二、原处理情况")
    body("厦门市商务局经调查核实，认定海丝远航公司2025年度“一带一路”市场开拓补贴核定金额97.25万元符合规定，对你提出的按申报金额足额兑现补贴的请求不予支持，对公开核减依据的请求予以支持，于2026年3月6日作出处理意见，3月9日送达你本人。")
    head("三、复查认定的事实")
    body("经复查，我厅认定以下事实：")
    t1 = "1.关于班列运费补贴申报主体。《2025年度厦门市商务发展专项资金（“一带一路”市场开拓方向）申报指南》明确，班列运费补贴对象为“通过中欧（厦门）班列出口货物的外贸企业”，以出口货物报关单境内发货人为认定依据。经核查，被核减的157个标准箱中，有112个标准箱的境内发货人已就同批货物申报并获得补贴；其余45个标准箱的境内发货人为厦门鑫鹭达贸易有限公司，该公司未申报补贴，并于2025年8月与海丝远航公司签订协议，约定由海丝远航公司代为申报并享有该部分补贴。"
    t2 = "2.关于核定程序。厦门市商务局按照申报、审计、专家评审、公示、拨付的程序开展审核，公示期满无异议后拨付资金，程序符合专项资金管理办法的规定；但未就核减事项事先告知申报企业，已在原处理意见中予以说明并提出改进措施。"
    # two items typed in one paragraph with Shift+Enter
    p = doc.add_paragraph()
    font(p.add_run(t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p)
    clauses.extend([t1, t2])
    body("3.关于海外仓及展会补贴。海外仓租赁费用、境外展会展位费的核定，均以第三方审计机构确认的金额和付款凭证为准，原处理意见认定事实清楚。")
    head("四、复查意见")
    body("我厅认为，厦门市商务局对海外仓租赁费用补贴、境外展会展位费补贴的核定事实清楚、依据充分，对112个标准箱重复申报不予补贴的认定正确。对于厦门鑫鹭达贸易有限公司出口的45个标准箱，申报指南未明确禁止境内发货人委托货运代理企业代为申报，原处理意见未对此进行区分认定，事实认定不够全面。根据《信访工作条例》第三十五条规定，复查意见如下：")
    body("（一）维持厦门市商务局信访事项处理意见中关于海外仓租赁费用补贴、境外展会展位费补贴以及112个标准箱班列运费补贴的处理意见。")
    body("（二）责成厦门市商务局自收到本复查意见书之日起30日内，对厦门鑫鹭达贸易有限公司出口的45个标准箱班列运费补贴（按每标准箱1500元计，涉及金额6.75万元）重新审核认定，并将结果书面告知你。")
    body("（三）对你提出的按申报金额186.4万元全额兑现补贴的其余请求，不予支持。")
    head("五、复核途径")
    body("如对本复查意见不服，可自收到本复查意见书之日起30日内，向福建省人民政府书面提出复核请求。")

    empty(doc, 1)
    # 落款 with tabs
    for txt in ("福建省商务厅", "2026年4月28日"):
        p = add_par(doc, "\t" + txt, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(10.2))
        p.paragraph_format.keep_with_next = True
    banji(doc, "抄送：厦门市商务局，福建省信访局，厦门市信访局。", "福建省商务厅办公室",
          "2026年4月29日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "福建省商务厅信访事项复查意见书",
            "doc_number": "闽商务信复〔2026〕4号",
            "issuer": ["福建省商务厅"],
            "date": "2026-04-28",
            "published": None,
            "level": "provincial",
            "region": "福建省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "复查意见书",
            "recipients": ["林志强"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_qinzhou():
    """钦州港片区管委会 外资企业信访事项处理意见书（投资协议扶持资金、延迟交地）"""
    stem = "blind766_qinzhou_chuli"
    doc = Document()
    setup(doc)
    clauses = []
    organ = "中国（广西）自由贸易试验区钦州港片区管理委员会"

    # two-line red 版头
    add_par(doc, [("中国（广西）自由贸易试验区", XBS, 30, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40, before=6)
    add_par(doc, [("钦州港片区管理委员会", XBS, 30, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    p = add_par(doc, "钦港管信〔2025〕23号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                before=12)
    border(p, "bottom", "FF0000", 24, 8)
    # title wrapped at an odd place, two paragraphs
    add_par(doc, [("关于森达棕榈油（钦州）有限公司信访", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, before=18)
    add_par(doc, [("事项的处理意见书", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, after=12)
    add_par(doc, "森达棕榈油（钦州）有限公司：", indent=False)

    # indentation typed with full-width spaces
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t, hf=KT, bold=True):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, hf, 16, bold), (t, FS, 16, False)], indent=False)

    body("你公司委托代理人黄立伟于2025年10月27日到我委信访接待室反映问题，我委于2025年10月29日依法受理。现将处理意见告知如下：")
    head("一、信访人及信访事项")
    runin("（一）信访人。", "森达棕榈油（钦州）有限公司(以下简称“森达公司”)，马来西亚独资企业，法定代表人陈国良，住所地：钦州港经济技术开发区大榄坪南大街18号。")
    runin("（二）信访事项。", "森达公司反映，我委未按2023年6月签订的《年产60万吨棕榈油精炼项目投资合作协议》全额兑现扶持资金，二期用地延迟交付近10个月，请求兑现扶持资金2860万元并补偿损失。")
    head("二、调查核实情况")
    body("我委组织投资促进局、财政局等部门调阅协议、验收材料和拨付凭证，于2025年11月12日召开专题协调会听取企业意见。经调查核实：")
    runin("（一）关于扶持资金兑现情况。", "协议约定4项扶持资金共2860万元，截至2025年11月30日已兑现1570万元，未兑现1290万元（详见附件），具体为：")
    body("1.固定资产投资奖励余款680万元，因2025年度预算不足未拨付。")
    body("2.2025年度进口设备贷款贴息150万元，待银行出具付息证明后核拨。")
    body("3.2025年第三季度海铁联运物流补贴60万元，正在审核。")
    body("4.二期项目建设奖励400万元，因二期未竣工投产，未达兑现条件。")
    runin("（二）关于二期用地交付情况。", "协议约定二期用地于2024年12月31日前交付，因围填海历史遗留问题审批耗时，实际于2025年10月20日交付，其间我委未及时通报进展。森达公司主张损失约530万元，尚未提供完整凭证。")
    head("三、处理意见")
    body("根据《信访工作条例》和《中华人民共和国外商投资法》有关规定，处理意见如下：")
    body("（一）固定资产投资奖励余款680万元，予以支持，已列入2026年片区财政预算，于2026年3月31日前拨付到位。")
    body("（二）2025年度贷款贴息和第三季度物流补贴，予以支持，在提交付息证明或审核完成后15个工作日内核拨。")
    body("（三）二期项目建设奖励400万元，因未达到协议约定的兑现条件，不予支持；二期项目竣工投产后可按协议申请。")
    body("（四）延迟交地损失，请于2026年1月31日前补充提交费用凭证，经第三方评估后协商处理；协商不成的，可依照协议约定申请仲裁或者提起诉讼。")
    runin("四、复查途径。", "如你公司对本处理意见不服，可自收到本意见书之日起30日内，向钦州市人民政府书面提出复查请求。", HT, False)

    add_par(doc, IND + "附件：森达公司投资合作协议扶持资金兑现情况表", indent=False, before=14)
    empty(doc, 1)
    for txt in (organ, "2025年12月18日"):
        p = add_par(doc, "\t" + txt, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), 2)  # right tab
        p.paragraph_format.keep_with_next = True
    add_par(doc, IND + "（联系人：韦丽萍　　联系电话：0777-3886512）", indent=False)

    # ---- attachment on its own page, header row set to repeat
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("森达公司投资合作协议扶持资金兑现情况表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    add_par(doc, [("单位：万元", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
            indent=False, line=22)
    headers = ["序号", "扶持项目", "兑现期次", "约定金额", "已兑现金额", "未兑现金额", "备注"]
    widths = [Cm(1.0), Cm(3.6), Cm(2.8), Cm(1.6), Cm(1.9), Cm(1.9), Cm(2.8)]
    rows = [
        ["1", "固定资产投资奖励", "一期首笔", "1000", "1000", "0", "已于2025年3月拨付"],
        ["2", "固定资产投资奖励", "一期余款", "680", "0", "680", "2026年3月31日前拨付"],
        ["3", "进口设备贷款贴息", "2023年度", "120", "120", "0", "已拨付"],
        ["4", "进口设备贷款贴息", "2024年度", "150", "150", "0", "已拨付"],
        ["5", "进口设备贷款贴息", "2025年度", "150", "0", "150", "待银行出具付息证明"],
        ["6", "海铁联运物流补贴", "2024年度", "120", "120", "0", "已拨付"],
        ["7", "海铁联运物流补贴", "2025年上半年", "180", "180", "0", "已拨付"],
        ["8", "海铁联运物流补贴", "2025年第三季度", "60", "0", "60", "审核中，达补贴上限"],
        ["9", "二期项目建设奖励", "二期竣工投产后", "400", "0", "400", "未达到兑现条件"],
    ]
    n = 1 + len(rows) + 1
    t = doc.add_table(rows=n, cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, widths)
    for i, h in enumerate(headers):
        set_cell(t.cell(0, i), h, HT, 10.5, line=16)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci == 6 else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.cell(ri, ci), v, FS, 10.5, align=al, line=16)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
    r = n - 1
    t.cell(r, 0).merge(t.cell(r, 2))
    set_cell(t.cell(r, 0), "合计", HT, 10.5, line=16)
    for c, v in zip((3, 4, 5, 6), ("2860", "1570", "1290", "")):
        set_cell(t.cell(r, c), v, FS, 10.5, line=16)
    clauses.append("序号：合计；约定金额：2860；已兑现金额：1570；未兑现金额：1290")
    # 注 typed with half-width colon
    note = "注:统计截至2025年11月30日。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    banji(doc, "抄送：钦州市人民政府办公室，钦州市信访局，钦州市商务局。",
          "钦州港片区管理委员会党政办公室", "2025年12月18日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于森达棕榈油（钦州）有限公司信访事项的处理意见书",
            "doc_number": "钦港管信〔2025〕23号",
            "issuer": [organ],
            "date": "2025-12-18",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": ["森达公司投资合作协议扶持资金兑现情况表"],
            "doc_type": "处理意见书",
            "recipients": ["森达棕榈油（钦州）有限公司"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_xiamen(), doc_fujian(), doc_qinzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
