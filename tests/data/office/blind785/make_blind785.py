# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 785: 倡议书（致自贸片区外贸企业、多部门联合倡议、通知转发）, Word + PDF + expected.json."""
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


def setup(doc):
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
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, SONG, 14)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def col_widths(table, widths):
    """fixed layout + tblGrid + tcW, so LibreOffice keeps the widths."""
    tbl = table._tbl
    tbl.tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    tw = [int(w.twips) for w in widths]
    for gc, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), tw):
        gc.set(qn("w:w"), str(w))
    for row in table.rows:
        gi = 0
        for tc in row._tr.findall(qn("w:tc")):
            tcPr = tc.get_or_add_tcPr()
            gs = tcPr.find(qn("w:gridSpan"))
            span = int(gs.get(qn("w:val"))) if gs is not None else 1
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcPr.insert(0, tcW)
            tcW.set(qn("w:type"), "dxa")
            tcW.set(qn("w:w"), str(sum(tw[gi:gi + span])))
            gi += span


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def vcenter(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def banji(doc, cc, printer, date_txt):
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    # 印发机关 left, 印发日期 right via a right tab stop
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p2, "bottom", "000000", 8, 4)


_next_abs = [700]


def make_numbering(doc, lvl_text):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
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
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_785", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


CN = "一二三四五六七八九十"


# =================================================================== DOC A
def doc_xiamen():
    """厦门片区管委会办公室转发六部门联合倡议书的通知（倡议书作附件，联络人表在正文）。"""
    stem = "blind785_xiamen_zhuanfa"
    doc = Document()
    setup(doc)
    clauses = []

    # red 版头: long organ name broken by Shift+Enter
    p = doc.add_paragraph()
    font(p.add_run("中国（福建）自由贸易试验区"), XBS, 30, False, RED)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("厦门片区管理委员会办公室"), XBS, 30, False, RED)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44, before=18)
    empty(doc, 1)
    p = add_par(doc, "厦自贸办〔2026〕14号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three separate paragraphs, broken at odd places
    for t in ("中国（福建）自由贸易试验区厦门片区",
              "管理委员会办公室关于转发《致厦门自贸",
              "片区外贸企业的倡议书》的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "片区各外贸企业，各有关单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为深入贯彻党中央、国务院关于稳外贸稳外资的决策部署，落实省委、省政府和市委、市政府工作要求，引导片区外贸企业坚定发展信心、守牢合规底线、积极开拓多元市场，片区管委会会同厦门海关、厦门市商务局、国家外汇管理局厦门市分局、中国国际贸易促进委员会厦门市委员会、中国出口信用保险公司厦门分公司联合发出《致厦门自贸片区外贸企业的倡议书》。现转发给你们，并就有关事项通知如下：")
    body("一、各有关单位要通过门户网站、微信公众号、企业服务群等渠道广泛宣传倡议内容，于2026年3月31日前将倡议书送达片区内有进出口实绩的企业，做好政策解读和答疑工作。")
    body("二、各外贸企业要结合自身实际，积极响应倡议，可于2026年4月15日前通过“厦门自贸片区企业服务平台”在线提交响应承诺。")
    body("三、倡议落实中遇到的通关、外汇、信保等方面的困难和问题，请及时与下列联络人联系：")
    header = ["序号", "单位", "联络人", "联系电话"]
    rows = [
        ["1", "片区管委会经济发展局", "林晓东", "0592-6053218"],
        ["2", "厦门海关综合业务处", "陈思远", "0592-5672140"],
        ["3", "市商务局对外贸易处", "黄雅婷", "0592-2857316"],
        ["4", "国家外汇管理局厦门市分局经常项目管理处", "吴建平", "0592-2366481"],
        ["5", "市贸促会法律事务部", "郑丽", "0592-2051732"],
        ["6", "中国信保厦门分公司营业部", "许志强", "0592-2623059"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    col_widths(t, [Cm(1.4), Cm(8.0), Cm(2.2), Cm(3.8)])
    add_par(doc, "特此通知。", before=6)
    empty(doc, 1)
    # 附件 line: 附件名 typed after 附件： with no number (only one attachment)
    add_par(doc, "附件：致厦门自贸片区外贸企业的倡议书")
    empty(doc, 1)
    p = add_par(doc, "中国（福建）自由贸易试验区厦门片区管理委员会办公室",
                indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16)
    p = add_par(doc, "2026年3月16日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # ---- 附件1: the initiative
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("致厦门自贸片区外贸企业的倡议书", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "厦门自贸片区广大外贸企业：", indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    body("当前，外部环境复杂严峻，外贸企业经营面临订单波动、成本上升、合规要求趋严等多重挑战。2025年，厦门自贸片区实现进出口总额3126.8亿元，同比增长6.4%。为进一步稳预期、强信心、拓市场，我们向片区广大外贸企业发出如下倡议：")
    runin("一、坚定发展信心，稳住订单基本盘。", "希望广大外贸企业保持战略定力，用好用足国家和省、市稳外贸政策措施，加强与境外客户沟通联系，稳住存量订单、争取增量订单。")
    runin("二、积极开拓市场，用好共建“一带一路”机遇。", "鼓励企业深耕欧美日韩等传统市场，大力开拓东盟、中东、非洲、拉美等共建“一带一路”国家和地区市场，用足用好《区域全面经济伙伴关系协定》（RCEP）等自由贸易协定优惠政策，主动申领原产地证书，享受关税减让红利。")
    runin("三、坚守合规底线，做诚信经营表率。", "严格遵守海关、外汇、税收等法律法规，如实申报进出口货物，杜绝瞒报、伪报、走私等违法行为；诚实守信履约，维护“厦门造”“厦门贸”良好形象。")
    runin("四、创新业态模式，培育外贸新动能。", "支持企业发展跨境电商、海外仓、保税维修、离岸贸易等新业态新模式，借助国际贸易“单一窗口”等平台拓展线上渠道，加快数字化转型。")
    runin("五、防范经营风险，用好金融保障工具。", "树立“汇率风险中性”理念，合理运用远期结售汇、期权等外汇衍生产品管理汇率风险，充分利用出口信用保险、保单融资等工具，防范买方违约和收汇风险。")
    body("外贸稳则经济稳，开放强则发展强。让我们携起手来，同心协力、攻坚克难，为厦门自贸片区高质量发展、为全省外贸稳规模优结构作出新的更大贡献！")
    empty(doc, 1)
    # six signing units, right side, "aligned" with typed spaces
    signers = ["中国（福建）自由贸易试验区厦门片区管理委员会",
               "厦门海关",
               "厦门市商务局",
               "国家外汇管理局厦门市分局",
               "中国国际贸易促进委员会厦门市委员会",
               "中国出口信用保险公司厦门分公司"]
    for s in signers:
        p = add_par(doc, " " * 14 + s, indent=False, line=26)
        p.paragraph_format.keep_with_next = True
    add_par(doc, " " * 30 + "2026年3月12日", indent=False, line=26)

    banji(doc, "抄送：厦门市人民政府办公厅，厦门市商务局，厦门海关。",
          "厦门片区管委会办公室", "2026年3月16日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（福建）自由贸易试验区厦门片区管理委员会办公室关于转发《致厦门自贸片区外贸企业的倡议书》的通知",
            "doc_number": "厦自贸办〔2026〕14号",
            "issuer": ["中国（福建）自由贸易试验区厦门片区管理委员会办公室"],
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": ["致厦门自贸片区外贸企业的倡议书"],
            "doc_type": "通知",
            "recipients": ["片区各外贸企业", "各有关单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_sichuan():
    """四川省六部门联合倡议书，无版头无文号，汉字日期，落款用无框表格排两列。"""
    stem = "blind785_sichuan_lianhe"
    doc = Document()
    setup(doc)
    clauses = []

    empty(doc, 1)
    # title: one paragraph, Shift+Enter at an odd place
    p = doc.add_paragraph()
    font(p.add_run("致中国（四川）自由贸易试验区外贸"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("企业的联合倡议书"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "中国（四川）自由贸易试验区各片区外贸企业：", indent=False)

    # indentation typed with two full-width spaces, no paragraph indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND, FS, 16, False), (t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)], indent=False)

    def sub(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND + h, FS, 16, True), (t, FS, 16, False)], indent=False)

    body("中国（四川）自由贸易试验区(以下简称“四川自贸试验区”)挂牌以来，成都天府新区片区、成都青白江铁路港片区、川南临港片区坚持以制度创新为核心，累计形成制度创新成果800余项，外贸规模稳步扩大。2025年，四川自贸试验区实现进出口总额2,468.3亿元，同比增长9.2%，以不到全省万分之二的面积贡献了全省约四分之一的外贸进出口。")
    body("2026年是“十五五”开局之年。面对复杂多变的国际经贸形势，为引导自贸试验区外贸企业稳预期、拓市场、守合规、促创新，四川省商务厅、成都海关、国家外汇管理局四川省分局、四川省市场监督管理局、中国国际贸易促进委员会四川省委员会、中国出口信用保险公司四川分公司联合发出如下倡议：")
    head("一、坚定信心，做稳外贸的“压舱石”")
    sub("1．保持经营定力。", "正确看待外部环境变化，坚持长期主义，不盲目压价、不恶性竞争，稳住用工规模和生产经营。")
    sub("2．稳住存量订单。", "加强与境外老客户的沟通对接，及时响应客户需求变化，保障交货期限和产品质量，巩固长期合作关系。")
    sub("3．争取增量订单。", "积极参加中国西部国际博览会、中国进出口商品交易会、中国国际进口博览会等重点展会，以及“万企出国门”境外拓市场活动，主动对接新客户、开拓新渠道。")
    head("二、守法合规，做诚信经营的“排头兵”")
    sub("1．依法如实申报。", "严格遵守《中华人民共和国海关法》等法律法规，如实申报商品归类、价格、原产地等要素，主动披露违规行为，积极申请海关AEO高级认证。")
    sub("2．规范外汇收支。", "坚持真实合法交易背景，按规定办理贸易外汇收支和国际收支申报，不参与虚构贸易、资金“空转”等违规行为。")
    sub("3．严守质量底线。", "落实产品质量主体责任，遵守进口国技术法规和标准要求，杜绝侵犯知识产权、以次充好等行为。")
    # the clerk switched style half-way: heading and text on one line
    runin("三、创新发展，做开放合作的“先行者”。", "依托中欧班列(成渝)、西部陆海新通道和成都天府国际机场、成都双流国际机场“两场一体”航空枢纽，用好铁路运单物权化、多式联运“一单制”等自贸试验区改革成果，积极开拓共建“一带一路”国家市场；发展跨境电商、保税维修、数字贸易等新业态，推动“川货出海”提质增效。")
    runin("四、用好政策，做防范风险的“明白人”。", "主动了解RCEP等自由贸易协定规则，用好原产地累积规则和关税减让安排；树立汇率风险中性理念，合理运用外汇套期保值工具；积极投保出口信用保险，加强对境外买方的资信调查，有效防范收汇风险。")
    body("各有关部门将持续优化服务，畅通企业诉求反映渠道，帮助企业解决实际困难。让我们携手并进、共克时艰，为推动四川自贸试验区高质量发展、加快建设内陆开放战略高地贡献力量！")
    empty(doc, 2)
    # 落款: borderless layout table, two columns
    signers = [["四川省商务厅", "中国国际贸易促进委员会四川省委员会"],
               ["成都海关", "中国出口信用保险公司四川分公司"],
               ["国家外汇管理局四川省分局", "四川省市场监督管理局"]]
    t = doc.add_table(rows=3, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    for ri, row in enumerate(signers):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 14, line=40)
    col_widths(t, [Cm(6.4), Cm(9.2)])
    empty(doc, 1)
    p = add_par(doc, "二〇二六年四月十五日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "致中国（四川）自由贸易试验区外贸企业的联合倡议书",
            "doc_number": None,
            "issuer": [v for row in signers for v in row],
            "date": "2026-04-15",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "倡议书",
            "recipients": ["中国（四川）自由贸易试验区各片区外贸企业"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_qinzhou():
    """钦州三部门联合行文（联合版头“文件”），通知内发出联合倡议，含双层表头表格。"""
    stem = "blind785_qinzhou_lianhe"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    # joint 版头: organ names stacked left, 文件 merged on the right
    organs = ["钦州市商务局", "钦州海关", "中国（广西）自由贸易试验区钦州港片区管理委员会"]
    t = doc.add_table(rows=3, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    for i, o in enumerate(organs):
        c = t.rows[i].cells[0]
        set_cell(c, o, XBS, 26 if i < 2 else 13, color=RED, line=34,
                 align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    m = t.cell(0, 1).merge(t.cell(2, 1))
    set_cell(m, "文件", XBS, 40, color=RED, line=48)
    vcenter(m)
    col_widths(t, [Cm(11.8), Cm(3.8)])
    empty(doc, 1)
    p = add_par(doc, "钦商务联〔2026〕3号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for tt in ("钦州市商务局、钦州海关、中国（广西）自由",
               "贸易试验区钦州港片区管理委员会关于发出",
               "稳外贸联合倡议的通知"):
        add_par(doc, [(tt, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "钦州港片区各外贸企业，各有关单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    state = {"nid": None, "n": 0}

    def new_group():
        state["nid"] = make_numbering(doc, "（%1）")
        state["n"] = 0

    def item(h, t):
        state["n"] += 1
        clauses.append("（%s）%s%s" % (CN[state["n"] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, state["nid"])

    body("2025年，中国（广西）自由贸易试验区钦州港片区深入推进西部陆海新通道建设，钦州港集装箱吞吐量达到812万标准箱，片区外贸进出口保持较快增长，对东盟贸易占比持续提升。有关情况如下：")
    add_par(doc, [("钦州港片区外贸进出口情况（单位：亿元、%）", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    # table with two header rows, 类别 merged vertically, years merged horizontally
    tb = doc.add_table(rows=6, cols=5)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = tb.cell(0, 0).merge(tb.cell(1, 0))
    set_cell(c, "类别", HT, 12)
    vcenter(c)
    c = tb.cell(0, 1).merge(tb.cell(0, 2))
    set_cell(c, "2025年", HT, 12)
    c = tb.cell(0, 3).merge(tb.cell(0, 4))
    set_cell(c, "2026年一季度", HT, 12)
    for ci, h in enumerate(["金额", "同比增长", "金额", "同比增长"], 1):
        set_cell(tb.cell(1, ci), h, HT, 12)
    repeat_header(tb.rows[0])
    repeat_header(tb.rows[1])
    cols = ["类别", "2025年／金额", "2025年／同比增长", "2026年一季度／金额", "2026年一季度／同比增长"]
    data = [
        ["进出口总额", "1286.4", "8.7", "318.7", "6.9"],
        ["出口", "512.3", "11.2", "129.5", "9.8"],
        ["进口", "774.1", "7.1", "189.2", "5.0"],
        ["对东盟进出口", "468.9", "15.6", "121.6", "13.2"],
    ]
    for ri, row in enumerate(data, 2):
        for ci, v in enumerate(row):
            set_cell(tb.cell(ri, ci), v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(cols, row)))
    col_widths(tb, [Cm(3.6), Cm(3.0), Cm(3.0), Cm(3.0), Cm(3.0)])
    note = "注：数据来源于钦州海关，同比增速按人民币计价。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)
    clauses.append(note)
    body("当前，外贸发展面临的外部不确定性依然较多，部分企业存在订单不足、融资难、合规风险意识不强等问题。为推动片区外贸企业稳订单、拓市场、守合规，钦州市商务局、钦州海关、钦州港片区管委会联合发出如下倡议：")
    head("稳订单，做强外贸基本盘")
    new_group()
    item("稳住存量订单。", "加强与境外客户沟通，优化生产排期，确保按期履约交付；对因外部环境变化导致履约困难的，主动协商调整，最大限度减少损失。")
    item("用好通道优势。", "依托西部陆海新通道海铁联运班列和钦州港至东南亚、中东、南美等航线，优化物流方案，降低综合物流成本。")
    head("拓市场，深耕东盟和共建“一带一路”市场")
    new_group()
    item("深耕东盟市场。", "用好中国—东盟自由贸易区3.0版升级议定书和RCEP政策红利，积极参加中国—东盟博览会等展会，扩大对东盟国家机电产品、农产品、新能源产品贸易。")
    item("拓展新兴市场。", "积极开拓中东、非洲、拉美等共建“一带一路”国家市场，推动汽车及零部件、化工新材料、绿色电力装备等优势产品“走出去”。")
    head("守合规，营造诚信经营环境")
    new_group()
    item("依法规范经营。", "严格遵守海关、外汇、税收、出口管制等法律法规，如实申报，不参与走私、骗取出口退税等违法违规活动。")
    item("加强信用建设。", "积极申请海关AEO认证，主动维护良好信用记录，自觉接受社会监督。")
    body("请各有关单位做好倡议宣传解读工作，结合“千企万户大走访”活动，主动上门了解企业诉求，帮助企业纾困解难。各外贸企业在生产经营中遇到的困难和问题，可通过钦州港片区“企业服务直通车”平台反映。")
    empty(doc, 2)
    for o in organs:
        p = add_par(doc, o, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(16)
    p = add_par(doc, "2026年5月20日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")
    banji(doc, "抄送：自治区商务厅，南宁海关，钦州市人民政府办公室。",
          "钦州市商务局办公室", "2026年5月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "钦州市商务局、钦州海关、中国（广西）自由贸易试验区钦州港片区管理委员会关于发出稳外贸联合倡议的通知",
            "doc_number": "钦商务联〔2026〕3号",
            "issuer": organs,
            "date": "2026-05-20",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["钦州港片区各外贸企业", "各有关单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_xiamen(), doc_sichuan(), doc_qinzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
