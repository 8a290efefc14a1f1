# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 946: 政府信息公开申请答复书 (自贸试验区片区管委会 / 市商务局).

Writes blind946_*.docx, their PDFs (LibreOffice) and expected.json next to
this script.
"""
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
IND = "\u3000\u3000"  # clerk-typed full-width spaces instead of an indent

expected = {}


# ------------------------------------------------------------------ helpers
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
    """runs: str, or list of (text, font, size, bold[, color])."""
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


def _field_runs(fp, size):
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r5 = fp.add_run()
    font(r5, SONG, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer_align=WD_ALIGN_PARAGRAPH.CENTER):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    fp = s.footer.paragraphs[0]
    fp.alignment = footer_align
    font(fp.add_run("— "), SONG, 14)
    _field_runs(fp, 14)
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def simple_table(doc, header, rows, clauses, widths=None, size=12):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, size)
        if clauses is not None:
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        set_widths(t, widths)
    return t


def set_widths(t, widths):
    """Fixed layout + grid widths so LibreOffice honours the column widths."""
    tbl = t._tbl
    tblpr = tbl.tblPr
    lay = tblpr.find(qn("w:tblLayout"))
    if lay is None:
        lay = parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w"))
        tblpr.append(lay)
    t.autofit = False
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * 7, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


# Word automatic numbering (chineseCounting) — number is not in the text
_next_abs = [940]


def make_numbering(doc, lvl_text):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text))
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


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_946", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    m = {"title": None, "doc_number": None, "issuer": [], "date": None,
         "published": None, "level": "municipal", "region": None, "effective": None,
         "expires": None, "attachments": [], "doc_type": "答复书", "recipients": [],
         "publicity": None, "repeals": None}
    m.update(kw)
    return m


# ====================================================================== A
def doc_kunming():
    """自贸试验区昆明片区管委会答复书: no red head, 文号 under the title,
    full-width-space indents, Shift+Enter paragraphs, Chinese-numeral date,
    a table with a unit caption and a note, the attachment (quoted articles)
    on its own page after the 落款."""
    stem = "blind946_kunming_ftz"
    doc = Document()
    setup(doc)
    clauses = []
    organ = "中国（云南）自由贸易试验区昆明片区管理委员会"

    # title broken at an odd place into two paragraphs
    add_par(doc, [("中国（云南）自由贸易试验区昆明片区", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("管理委员会政府信息公开申请答复书", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("昆自贸管信复〔2026〕第15号", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=10)
    add_par(doc, "张丽华：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)],
                indent=False)

    body("本机关于2026年2月27日收到您通过中国（云南）自由贸易试验区昆明片区管理委员会门户网站“依申请公开”栏目在线提交的政府信息公开申请，您申请公开的内容为：“1.昆明片区2025年度新设外商投资企业户数及合同外资金额；2.《中国（云南）自由贸易试验区昆明片区面向南亚东南亚跨境贸易便利化若干措施》全文；3.昆明片区管委会与老挝万象赛色塔综合开发区签订的合作协议文本；4.2025年昆明片区企业申报跨境人民币结算奖励的名单及金额。”")
    body("本机关依据《中华人民共和国政府信息公开条例》（以下简称《条例》）的相关规定，对您的申请进行了审查，现答复如下：")
    runin("一、关于第1项申请内容。",
          "经查，您申请公开的信息属于本机关在履行行政管理职能过程中获取的政府信息，根据《条例》第三十六条第（二）项的规定，予以公开。2025年度昆明片区新设外商投资企业65家，合同外资金额79640万美元，实际使用外资31900万美元，分国别（地区）情况如下：")
    add_par(doc, [("昆明片区2025年度新设外商投资企业情况（单位：家，万美元）", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=4, after=4)
    simple_table(doc, ["国别（地区）", "新设企业", "合同外资", "实际使用外资"], [
        ["老挝", "9", "12860", "4275"],
        ["泰国", "11", "9342", "3618"],
        ["越南", "6", "3105", "1290"],
        ["新加坡", "8", "15620", "6834"],
        ["中国香港", "17", "28475", "11926"],
        ["其他", "14", "10238", "3957"],
        ["合计", "65", "79640", "31900"],
    ], clauses, widths=[4.2, 3.4, 4.0, 4.0], size=12)
    note = "注：数据来源于商务部外商投资信息报告系统，统计范围为在昆明片区注册登记的外商投资企业；实际使用外资按外方实际到资额统计。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4, after=6)
    # two paragraphs typed into one w:p with Shift+Enter
    h2 = "二、关于第2项申请内容。"
    t2a = "经查，《中国（云南）自由贸易试验区昆明片区面向南亚东南亚跨境贸易便利化若干措施》已于2025年9月16日在本机关门户网站“政策文件”栏目主动公开。根据《条例》第三十六条第（一）项的规定，现告知您获取该政府信息的方式和途径："
    t2b = "您可登录中国（云南）自由贸易试验区昆明片区管理委员会门户网站（https://www.kmftz.gov.cn），点击“政务公开—政策文件”栏目查阅、下载，该文件的文号为昆自贸管发〔2025〕21号。"
    p = doc.add_paragraph()
    font(p.add_run(IND), FS, 16)
    font(p.add_run(h2), HT, 16)
    font(p.add_run(t2a), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2b), FS, 16)
    fmt(p, indent=False)
    clauses.extend([h2 + t2a, t2b])
    runin("三、关于第3项申请内容。",
          "经检索，本机关与老挝万象赛色塔综合开发区管理委员会于2025年11月签署的是《产业合作与人员交流备忘录》，未签订过您所申请的合作协议，您申请公开的政府信息不存在。根据《条例》第三十六条第（四）项的规定，特此告知。")
    runin("四、关于第4项申请内容。",
          "您申请公开的信息中，获得跨境人民币结算奖励的企业名单已随《关于2025年度昆明片区跨境人民币结算奖励资金拟兑现企业名单的公示》于2025年12月8日在本机关门户网站主动公开，您可按本答复书第二项所述途径查阅；各企业获得的具体奖励金额系根据企业跨境人民币结算量核定，能够反映企业的经营状况，属于《条例》第十五条规定的商业秘密，公开后会对第三方合法权益造成损害，根据《条例》第三十六条第（三）项的规定，不予公开。")
    body("如对本答复不服，您可以自收到本答复书之日起60日内向昆明市人民政府申请行政复议，也可以自收到本答复书之日起6个月内依法向有管辖权的人民法院提起行政诉讼。如有疑问，请与本机关政务服务和数据管理局联系，联系电话：0871-63108526。")
    add_par(doc, IND + "附件：《中华人民共和国政府信息公开条例》相关条款摘录", indent=False,
            before=14)
    empty(doc, 1)
    p = add_par(doc, organ, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, "二〇二六年三月二十日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)

    # ---- 附件 on its own page (smaller type): articles, items kept inside the article
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("《中华人民共和国政府信息公开条例》", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, before=10)
    add_par(doc, [("相关条款摘录", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=14)

    def article(no, lead, items=()):
        add_par(doc, [(no, HT, 14, False), ("\u3000" + lead, FS, 14, False)],
                line=22, first=Pt(28))
        for it in items:
            add_par(doc, [(it, FS, 14, False)], line=22, first=Pt(28))
        clauses.append(no + "\u3000" + lead + "".join(items))

    article("第十五条", "涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息，行政机关不得公开。但是，第三方同意公开或者行政机关认为不公开会对公共利益造成重大影响的，予以公开。")
    article("第三十六条", "对政府信息公开申请，行政机关根据下列情况分别作出答复：", [
        "（一）所申请公开信息已经主动公开的，告知申请人获取该政府信息的方式、途径；",
        "（二）所申请公开信息可以公开的，向申请人提供该政府信息，或者告知申请人获取该政府信息的方式、途径和时间；",
        "（三）行政机关依据本条例的规定决定不予公开的，告知申请人不予公开并说明理由；",
        "（四）经检索没有所申请公开信息的，告知申请人该政府信息不存在；",
        "（五）所申请公开信息不属于本行政机关负责公开的，告知申请人并说明理由；能够确定负责公开该政府信息的行政机关的，告知申请人该行政机关的名称、联系方式；",
        "（六）行政机关已就申请人提出的政府信息公开申请作出答复、申请人重复申请公开相同政府信息的，告知申请人不予重复处理；",
        "（七）所申请公开信息属于工商、不动产登记资料等信息，有关法律、行政法规对信息的获取有特别规定的，告知申请人依照有关法律、行政法规的规定办理。",
    ])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="中国（云南）自由贸易试验区昆明片区管理委员会政府信息公开申请答复书",
            doc_number="昆自贸管信复〔2026〕第15号",
            issuer=[organ],
            date="2026-03-20",
            region="昆明市",
            attachments=["《中华人民共和国政府信息公开条例》相关条款摘录"],
            recipients=["张丽华"],
        ),
        "clauses": clauses,
    }]
    return path


# ====================================================================== B
def doc_xiamen():
    """厦门市商务局答复书: red 版头 with 文号 and red rule, 3-line title wrapped
    oddly (soft breaks), 一、（一）1. numbering with mixed half/full-width
    punctuation, table with a two-level merged header repeated on each page,
    caption with unit, note under table, tab-aligned 落款, 版记."""
    stem = "blind946_xiamen_swj"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("厦门市商务局", XBS, 48, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=64, before=18)
    empty(doc, 1)
    p = add_par(doc, "厦商务信复〔2026〕第7号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("厦门市商务局关于厦门海联达供应链"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("管理有限公司政府信息公开申请的"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("答复书"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "厦门海联达供应链管理有限公司：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=KT, bold=True):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("你公司于2026年3月12日通过邮寄方式向本机关提交的《政府信息公开申请表》(申请编号:XMSW-YSQ-2026-0031)收悉,本机关于2026年3月16日签收。你公司申请公开：“厦门市商务局2025年度中欧（厦门）班列运费补贴资金的拨付情况，包括补贴企业名称、补贴金额、拨付时间及相关审核文件”。")
    body("经审查，根据《中华人民共和国政府信息公开条例》(以下简称《条例》)的有关规定，现答复如下：")
    head("一、申请事项的处理情况")
    runin("（一）关于补贴企业名称、补贴金额及拨付时间。",
          "经查，本机关于2025年7月、2025年12月分两批拨付2025年度中欧（厦门）班列运费补贴资金，共涉及企业6家，拨付资金合计1873.6万元。上述信息已通过《厦门市商务局关于2025年度中欧（厦门）班列运费补贴资金拨付情况的公示》主动公开，根据《条例》第三十六条第（一）项的规定，你公司可登录厦门市商务局门户网站“政府信息公开—财政资金”栏目查阅。为便于你公司查阅，现将有关情况摘录如下：")
    add_par(doc, [("表1\u30002025年度中欧（厦门）班列运费补贴资金拨付情况（单位：万元）", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=4)

    # two-level header: 序号 | 企业名称 | 拨付金额(第一批|第二批) | 小计
    rows = [
        ["1", "厦门陆港通国际物流有限公司", "186.4", "205.8", "392.2"],
        ["2", "厦门丝路捷运供应链有限公司", "243.5", "268.1", "511.6"],
        ["3", "福建鹭欧班列运营有限公司", "158.2", "173.0", "331.2"],
        ["4", "厦门嘉禾联运物流有限公司", "97.6", "112.4", "210.0"],
        ["5", "厦门中亚通国际货运代理有限公司", "121.3", "138.7", "260.0"],
        ["6", "厦门海沧港联多式联运有限公司", "79.8", "88.8", "168.6"],
        ["合计", "6家", "886.8", "986.8", "1873.6"],
    ]
    keys = ["序号", "企业名称", "拨付金额／第一批（2025年7月）",
            "拨付金额／第二批（2025年12月）", "小计"]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "序号", HT, 12)
    b = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(b, "企业名称", HT, 12)
    c = t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(c, "拨付金额", HT, 12)
    set_cell(t.cell(1, 2), "第一批（2025年7月）", HT, 12)
    set_cell(t.cell(1, 3), "第二批（2025年12月）", HT, 12)
    d = t.cell(0, 4).merge(t.cell(1, 4))
    set_cell(d, "小计", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    set_widths(t, [1.4, 6.3, 2.9, 2.9, 2.1])
    note = "注：补贴资金按企业实际发运标准箱数量和运输距离核定，具体标准见《厦门市促进中欧（厦门）班列高质量发展若干措施》（厦商务规〔2024〕3号）。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    empty(doc, 1, line=14)
    runin("（二）关于相关审核文件。",
          "你公司申请公开的“相关审核文件”包括企业申报材料、第三方审计机构出具的专项审计报告及本机关内部审核意见。其中：")
    body("1.企业申报材料包含企业的运输合同、运费结算单据、银行流水等经营信息。本机关依据《条例》第三十二条的规定书面征求了相关企业的意见，6家企业均在规定期限内书面表示不同意公开。上述信息属于《条例》第十五条规定的商业秘密，根据《条例》第三十六条第（三）项的规定，不予公开。")
    body("2.专项审计报告系本机关委托厦门立信中和会计师事务所有限公司出具，经区分处理，现向你公司提供删除企业经营数据后的《2025年度中欧（厦门）班列运费补贴资金专项审计报告（摘要版）》，详见附件。")
    body("3．本机关内部审核意见属于行政机关在履行行政管理职能过程中形成的内部事务信息和讨论记录、过程稿等过程性信息，根据《条例》第十六条的规定，不予公开。")
    head("二、其他需要说明的事项")
    runin("（一）", "你公司在申请中同时要求本机关“说明补贴标准的制定依据并对补贴金额计算是否准确作出解释”，该内容属于咨询性质，不属于《条例》规定的政府信息公开申请，本机关不作为政府信息公开申请处理。你公司可拨打12345政务服务便民热线或通过厦门市商务局门户网站“局长信箱”提出。",
          hf=FS, bold=False)
    runin("（二）", "本机关征求第三方意见的时间为2026年3月20日至2026年4月3日，根据《条例》第三十三条第三款的规定，该期间不计算在答复期限内。",
          hf=FS, bold=False)
    body("你公司如对本答复不服，可以自收到本答复书之日起60日内向厦门市人民政府申请行政复议，或者自收到本答复书之日起6个月内依法向人民法院提起行政诉讼。")
    add_par(doc, "特此告知。")
    empty(doc, 1)
    add_par(doc, "附件：2025年度中欧（厦门）班列运费补贴资金专项审计报告（摘要版）")
    empty(doc, 3)
    # 落款 aligned with tab characters
    add_par(doc, "\t\t\t\t\t\t\t厦门市商务局", indent=False)
    add_par(doc, "\t\t\t\t\t\t\t2026年4月9日", indent=False)
    banji(doc, "抄送：市人民政府办公厅（市政务公开办）。", "厦门市商务局办公室", "2026年4月9日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="厦门市商务局关于厦门海联达供应链管理有限公司政府信息公开申请的答复书",
            doc_number="厦商务信复〔2026〕第7号",
            issuer=["厦门市商务局"],
            date="2026-04-09",
            region="厦门市",
            attachments=["2025年度中欧（厦门）班列运费补贴资金专项审计报告（摘要版）"],
            recipients=["厦门海联达供应链管理有限公司"],
        ),
        "clauses": clauses,
    }]
    return path


# ====================================================================== C
def doc_zhengzhou():
    """郑州市商务局: two 答复书 one after the other in one file (page break).
    Second reply uses Word automatic 一、 numbering and a table split with
    a typed 续表 and the header repeated."""
    stem = "blind946_zhengzhou_two"
    doc = Document()
    setup(doc)
    docs = []

    def title_block(no):
        empty(doc, 1)
        add_par(doc, [("郑州市商务局", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
        add_par(doc, [("政府信息公开申请答复书", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
        empty(doc, 1, line=14)
        p = add_par(doc, no, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        p.paragraph_format.right_indent = Pt(16)
        empty(doc, 1, line=14)

    def signoff(date_txt):
        empty(doc, 2)
        p = add_par(doc, "郑州市商务局" + "\u3000" * 2, indent=False,
                    align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.keep_with_next = True
        add_par(doc, date_txt + "\u3000", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)

    # ------------------------------------------------------- reply 1
    c1 = []

    def body1(t):
        c1.append(t)
        add_par(doc, t)

    def runin1(h, t):
        c1.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    title_block("郑商信答〔2026〕第15号")
    add_par(doc, "刘晓东：", indent=False)
    body1("你于2026年4月20日通过郑州市人民政府门户网站依申请公开平台提交的政府信息公开申请收悉。你申请公开“郑州市支持郑州—卢森堡‘空中丝绸之路’建设的相关政策文件，以及2025年郑州新郑综合保税区跨境电商进出口额统计数据”。经审查，现答复如下：")
    runin1("一、关于“空中丝绸之路”相关政策文件。",
           "经检索，本机关会同有关部门起草、由郑州市人民政府办公厅印发的《郑州市支持郑州—卢森堡“空中丝绸之路”高质量发展若干政策措施》（郑政办〔2024〕27号）已于2024年6月18日在郑州市人民政府门户网站主动公开。根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第三十六条第（一）项的规定，你可通过郑州市人民政府门户网站（www.zhengzhou.gov.cn）“政府信息公开—政策文件”栏目查询获取。")
    runin1("二、关于新郑综合保税区跨境电商进出口额统计数据。",
           "经查，郑州新郑综合保税区跨境电商进出口数据由海关部门负责统计和发布，本机关未制作或获取上述统计数据。根据《条例》第三十六条第（五）项的规定，该信息不属于本机关负责公开的范围，你可向郑州海关咨询（地址：郑州市郑东新区商务外环路16号，联系电话：0371-65962134）。")
    body1("如对本答复不服，可以在收到本答复书之日起60日内向郑州市人民政府申请行政复议，也可以在收到本答复书之日起6个月内依法提起行政诉讼。")
    signoff("2026年5月12日")
    docs.append({
        "meta": meta(
            title="郑州市商务局政府信息公开申请答复书",
            doc_number="郑商信答〔2026〕第15号",
            issuer=["郑州市商务局"],
            date="2026-05-12",
            region="郑州市",
            recipients=["刘晓东"],
        ),
        "clauses": c1,
    })

    # ------------------------------------------------------- reply 2
    page_break(doc)
    c2 = []
    n_head = make_numbering(doc, "%1、")

    def body2(t):
        c2.append(t)
        add_par(doc, t)

    items = [0]
    CN = "一二三四五六七八九十"

    def auto_item(h, t):
        items[0] += 1
        c2.append(CN[items[0] - 1] + "、" + h + t)
        p = add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    title_block("郑商信答〔2026〕第16号")
    add_par(doc, "河南豫欧达国际贸易有限公司：", indent=False)
    body2("你公司于2026年4月22日通过信函方式提交的政府信息公开申请收悉，本机关于2026年4月24日签收。你公司申请公开：一是“2025年郑州市对共建‘一带一路’国家进出口额分国别、分商品统计数据及同比增长情况分析”；二是“郑州市商务局2025年度境外投资备案企业名单及投资金额”。")
    body2("经审查，根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的相关规定，现答复如下：")
    auto_item("关于第一项申请内容。",
              "经查，本机关掌握的2025年郑州市对共建“一带一路”国家进出口额数据为分国别汇总数据，已在《2025年郑州市商务运行情况》中主动公开，你公司可通过郑州市商务局门户网站“数据发布”栏目查阅。你公司申请的分商品统计数据及同比增长情况分析，本机关未制作，需对现有政府信息进行加工、分析方能形成，根据《条例》第三十八条的规定，本机关不予提供。")
    auto_item("关于第二项申请内容。",
              "经查，本机关2025年度共办理企业境外投资备案11件。其中，境内投资主体名称、境外企业名称、投资国别（地区）及备案时间属于可以公开的政府信息，现予以提供（见下表）；各企业的中方投资金额涉及企业商业秘密，本机关依据《条例》第三十二条的规定征求了相关企业意见，相关企业不同意公开。根据《条例》第十五条、第三十七条的规定，本机关对上述信息作区分处理，不予公开投资金额。")
    header = ["序号", "境内投资主体", "境外企业名称", "投资国别（地区）", "备案时间"]
    allrows = [
        ["1", "郑州中原智联科技有限公司", "中原智联（哈萨克斯坦）有限责任公司", "哈萨克斯坦", "2025年2月"],
        ["2", "河南豫丰农业发展有限公司", "豫丰农业（老挝）有限公司", "老挝", "2025年3月"],
        ["3", "郑州华航物流集团有限公司", "华航物流（卢森堡）有限公司", "卢森堡", "2025年4月"],
        ["4", "郑州金岭矿山机械有限公司", "金岭机械（乌兹别克斯坦）有限责任公司", "乌兹别克斯坦", "2025年5月"],
        ["5", "河南中欧亚跨境电子商务有限公司", "中欧亚电商（匈牙利）有限公司", "匈牙利", "2025年6月"],
        ["6", "郑州瑞邦纺织服饰有限公司", "瑞邦纺织（越南）有限公司", "越南", "2025年7月"],
        ["7", "郑州天成新能源科技有限公司", "天成新能源（泰国）有限公司", "泰国", "2025年8月"],
        ["8", "河南嵩岳建设工程有限公司", "嵩岳建设（坦桑尼亚）有限公司", "坦桑尼亚", "2025年9月"],
        ["9", "郑州鑫达汽车零部件有限公司", "鑫达汽配（墨西哥）有限公司", "墨西哥", "2025年10月"],
        ["10", "河南郑欧冷链物流有限公司", "郑欧冷链（德国）有限责任公司", "德国", "2025年11月"],
        ["11", "郑州智云软件股份有限公司", "智云软件（新加坡）有限公司", "新加坡", "2025年12月"],
    ]
    widths = [1.2, 4.4, 4.9, 2.6, 2.7]
    add_par(doc, [("郑州市商务局2025年度境外投资备案情况", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=4)
    simple_table(doc, header, allrows[:5], c2, widths=widths, size=10.5)
    # clerk split the table by hand and typed 续表 with the header again
    page_break(doc)
    add_par(doc, [("续表", HT, 14, False)], indent=False)
    simple_table(doc, header, allrows[5:], c2, widths=widths, size=10.5)
    empty(doc, 1, line=14)
    auto_item("关于信息处理费。",
              "根据《政府信息公开信息处理费管理办法》的规定，你公司本次申请未超过规定的数量标准，本机关不收取信息处理费。")
    body2("如对本答复不服，可以在收到本答复书之日起60日内向郑州市人民政府申请行政复议，也可以在收到本答复书之日起6个月内依法提起行政诉讼。")
    signoff("2026年5月14日")
    docs.append({
        "meta": meta(
            title="郑州市商务局政府信息公开申请答复书",
            doc_number="郑商信答〔2026〕第16号",
            issuer=["郑州市商务局"],
            date="2026-05-14",
            region="郑州市",
            recipients=["河南豫欧达国际贸易有限公司"],
        ),
        "clauses": c2,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    paths = [doc_kunming(), doc_xiamen(), doc_zhengzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
