# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1073: 行政处罚决定书 / 不予行政处罚决定书 / 行政许可决定书 (Word + PDF + expected.json)."""
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


def field(par, instr, shown, name=SONG, size=14):
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(par.add_run(shown), name, size)
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer="dash"):
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
    if footer == "dash":
        font(fp.add_run("— "), SONG, 14)
        field(fp, "PAGE", "1")
        font(fp.add_run(" —"), SONG, 14)
    else:  # 执法文书 style: 第 1 页 共 2 页
        font(fp.add_run("第 "), SONG, 10.5)
        field(fp, "PAGE", "1", SONG, 10.5)
        font(fp.add_run(" 页  共 "), SONG, 10.5)
        field(fp, "NUMPAGES", "2", SONG, 10.5)
        font(fp.add_run(" 页"), SONG, 10.5)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(16)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def widths(table, cms):
    """Fix column widths so LibreOffice honours them (tblGrid + tcW, autofit off)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)


def banji(doc, cc, printer=None, date_txt=None, gap=1):
    empty(doc, gap, line=20)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    if printer:
        p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                           (date_txt, FS, 14, False)], indent=False, line=24)
        p2.paragraph_format.left_indent = Pt(14)
        p2.paragraph_format.right_indent = Pt(14)
        p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
        border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1073", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
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
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, lvl_text, FS, FS, FS))
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


CN = "一二三四五六七八九十"


def textbox(p, lines, left_pt=230, top_pt=0, w_pt=210, h_pt=70):
    """A VML text box (the way clerks park 落款 over the seal) anchored to paragraph p."""
    inner = ""
    for t in lines:
        inner += (
            '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="520" w:lineRule="exact"/></w:pPr>'
            '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/><w:sz w:val="32"/></w:rPr>'
            '<w:t xml:space="preserve">{t}</w:t></w:r></w:p>'.format(f=FS, t=t))
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:%dpt;margin-top:%dpt;width:%dpt;height:%dpt;z-index:251659264;'
        'mso-position-horizontal-relative:text;mso-position-vertical-relative:text" '
        'filled="f" stroked="f"><v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent>'
        '</v:textbox></v:shape></w:pict></w:r>' % (left_pt, top_pt, w_pt, h_pt, inner))
    p._p.append(parse_xml(xml))


# =================================================================== DOC A
def doc_nanning():
    """FTZ 片区综合行政执法局 行政处罚决定书 (食品安全：进口预包装食品无中文标签)."""
    stem = "blind1073_nanning_chufa"
    doc = Document()
    setup(doc, "dash")
    sec = doc.sections[0]   # 执法文书 template: narrower margins than 公文
    sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.4)
    clauses = []

    # organ name + 文书名称, organ name broken by a manual line break at an odd place
    p = doc.add_paragraph()
    font(p.add_run("中国（广西）自由贸易试验区南宁"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("片区综合行政执法局"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("行 政 处 罚 决 定 书", XBS, 26, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44, before=6)
    p = add_par(doc, "邕自贸综执罚决〔2025〕136号", indent=False,
                align=WD_ALIGN_PARAGRAPH.RIGHT, before=6)
    empty(doc, 1, line=14)

    def fieldline(t):
        clauses.append(t)
        p = add_par(doc, [(t, FS, 14, False)], indent=False, line=24)
        p.paragraph_format.left_indent = Pt(28)

    fieldline("当　事　人：南宁东盟鲜达供应链管理有限公司")
    fieldline("统一社会信用代码：91450108MA5Q3LKD8W")
    fieldline("住　　　所：中国（广西）自由贸易试验区南宁片区五象大道401号航洋信和广场1号楼23层2308号")
    fieldline("法定代表人：黄海峰")
    empty(doc, 1, line=14)

    def body(t):
        clauses.append(t)
        return add_par(doc, [(t, FS, 14, False)], line=23, first=Pt(28))

    def head(t):
        p = add_par(doc, [(t, HT, 14, False)], line=23, first=Pt(28))
        p.paragraph_format.keep_with_next = True

    body("根据《广西壮族自治区人民政府关于中国（广西）自由贸易试验区南宁片区开展相对集中行政处罚权工作的批复》（桂政函〔2021〕58号），本局在南宁片区范围内集中行使食品安全等领域的行政处罚权。")
    body("2025年8月27日，本局执法人员对当事人设在南宁片区的跨境商品展示体验店进行检查，发现当事人涉嫌经营无中文标签的进口预包装食品。经本局负责人批准，本局于2025年9月4日对当事人立案调查，并依法对库存涉案食品实施先行登记保存。2025年10月22日，本局向当事人送达了《行政处罚告知书》（邕自贸综执罚告〔2025〕118号），告知当事人拟作出行政处罚的内容及事实、理由、依据，以及依法享有的陈述、申辩、要求听证等权利。当事人于2025年10月27日提出书面陈述、申辩意见，未要求举行听证。本案现已调查终结。")
    head("一、违法事实")
    body("经查，当事人成立于2022年3月，经营范围包括食品销售、供应链管理服务、进出口代理等，持有《食品经营许可证》（许可证编号：JY14501080087362）。2025年6月至8月，当事人先后从东兴市边民互市贸易区商户处购进原产于泰国、越南的榴莲冻干、芒果干等5个品种的预包装食品共计328袋（罐），在其跨境商品展示体验店及微信小程序“鲜达东盟购”对外销售。上述食品外包装仅有泰文、越南文及英文标签，未加贴中文标签。截至2025年8月27日检查时，当事人已销售上述食品241袋（罐），库存87袋（罐）。涉案食品货值金额共计人民币8640.00元，当事人获得违法所得人民币1862.40元。涉案食品明细如下（金额单位：元）：")

    header = ["序号", "品名", "原产国", "规格", "购进数量", "销售单价", "货值金额"]
    rows = [
        ["1", "榴莲冻干", "泰国", "100克/袋", "120袋", "39.00", "4680.00"],
        ["2", "芒果干", "泰国", "80克/袋", "96袋", "18.50", "1776.00"],
        ["3", "椰子脆片", "泰国", "40克/袋", "72袋", "12.00", "864.00"],
        ["4", "盐焗腰果", "越南", "200克/罐", "24罐", "45.00", "1080.00"],
        ["5", "菠萝蜜干", "越南", "100克/袋", "16袋", "15.00", "240.00"],
        ["合计", "—", "—", "—", "328袋（罐）", "—", "8640.00"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    widths(t, [1.3, 2.5, 1.6, 2.5, 2.9, 2.0, 2.3])
    p = add_par(doc, [("注：货值金额按照当事人实际销售价格计算。", FS, 12, False)], indent=False, line=22)
    clauses.append("注：货值金额按照当事人实际销售价格计算。")
    body("当事人作为食品经营者，应当保证其经营的进口预包装食品标注中文标签，但其未履行上述义务。")

    head("二、证据")
    body("上述事实，有下列证据证明：")
    body("1．当事人营业执照、《食品经营许可证》复印件及法定代表人身份证明，证明当事人的主体资格及经营资质；")
    body("2．2025年8月27日《现场检查笔录》及现场照片21张，证明当事人经营场所内陈列、存放涉案食品的情况；")
    body("3．2025年9月10日、9月16日对当事人委托代理人李文静所作的《询问笔录》2份，证明当事人购进、销售涉案食品的经过；")
    body("4．涉案食品购销合同、付款凭证及供货方送货单复印件，证明涉案食品的来源、购进数量和价格；")
    body("5．当事人体验店收银系统及微信小程序后台销售记录，证明涉案食品的销售数量、销售价格及货值金额；")
    body("6．《先行登记保存物品清单》及《先行登记保存处理决定书》，证明涉案食品的库存情况。")

    head("三、陈述申辩意见的采纳情况")
    body("当事人在陈述、申辩中称，其对进口预包装食品中文标签的有关规定理解不到位，并非故意违法；案发后已主动将库存涉案食品全部下架，并通过微信小程序向已购买的消费者发送退货通知，请求从轻处罚。经复核，当事人所述下架、退货情况属实，截至2025年10月31日已为消费者办理退货退款共计人民币1180.00元，本局对其从轻处罚的请求予以采纳。")

    head("四、处罚依据和理由")
    body("本局认为，当事人经营无中文标签的进口预包装食品的行为，违反了《中华人民共和国食品安全法》第九十七条“进口的预包装食品、食品添加剂应当有中文标签；依法应当有说明书的，还应当有中文说明书”的规定，属于《中华人民共和国食品安全法》第一百二十五条第一款第（二）项所指“生产经营无标签的预包装食品、食品添加剂或者标签、说明书不符合本法规定的食品、食品添加剂”的违法行为。")
    body("鉴于当事人案发后主动下架涉案食品、积极为消费者办理退货，主动减轻违法行为危害后果，依据《中华人民共和国行政处罚法》第三十二条第（一）项的规定，依法予以从轻处罚。")

    head("五、行政处罚决定")
    body("根据《中华人民共和国食品安全法》第一百二十五条第一款第（二）项及《中华人民共和国行政处罚法》第三十二条第（一）项的规定，经本局负责人集体讨论，决定对当事人作出如下行政处罚：")
    body("（一）没收违法经营的榴莲冻干等进口预包装食品87袋（罐）；")
    body("（二）没收违法所得人民币壹仟捌佰陆拾贰元肆角（¥1862.40）；")
    body("（三）罚款人民币壹万元整（¥10000.00）。")
    body("以上罚没款合计人民币壹万壹仟捌佰陆拾贰元肆角（¥11862.40）。")

    head("六、履行方式和期限")
    body("当事人应当自收到本决定书之日起十五日内，持本决定书及《广西壮族自治区非税收入一般缴款书》到指定代收银行网点缴纳罚没款，也可以通过“广西非税缴费”微信小程序或者“云闪付”APP在线缴纳（缴款码：4501082511180036）。逾期不缴纳罚款的，本局将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额，并依法申请人民法院强制执行。")
    body("没收的涉案食品由本局依法处理。")

    head("七、救济途径")
    last = body("当事人如对本处罚决定不服，可以在收到本决定书之日起六十日内向南宁市人民政府申请行政复议；也可以在收到本决定书之日起六个月内直接向南宁铁路运输法院提起行政诉讼。行政复议或者行政诉讼期间，本处罚决定不停止执行，法律另有规定的除外。")

    last.paragraph_format.keep_with_next = True
    empty(doc, 1)
    doc.paragraphs[-1].paragraph_format.keep_with_next = True
    p = add_par(doc, "中国（广西）自由贸易试验区南宁片区综合行政执法局", indent=False,
                align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, [("（印章）", FS, 14, False, RGBColor(0x80, 0x80, 0x80))], indent=False,
                align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(112)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, "二〇二五年十一月十八日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区南宁片区综合行政执法局行政处罚决定书",
            "doc_number": "邕自贸综执罚决〔2025〕136号",
            "issuer": ["中国（广西）自由贸易试验区南宁片区综合行政执法局"],
            "date": "2025-11-18",
            "published": None,
            "level": "other",
            "region": "中国（广西）自由贸易试验区南宁片区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "行政处罚决定书",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_xiamen():
    """区市场监管局 不予行政处罚决定书 (首违不罚：广告使用“最佳”“最低价”)."""
    stem = "blind1073_xiamen_buyu"
    doc = Document()
    setup(doc, "page_of")
    clauses = []

    # one title paragraph, Word wraps it by itself
    add_par(doc, [("厦门市湖里区市场监督管理局不予行政处罚决定书", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, "厦湖市监不罚[2026]9号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, before=6)
    empty(doc, 1)

    # 当事人 block typed as ONE paragraph with Shift+Enter line breaks
    lines = [
        "当事人：厦门海丝优选跨境电子商务有限公司",
        "统一社会信用代码：91350200MADB7R2X4N",
        "住所：中国（福建）自由贸易试验区厦门片区象屿路97号厦门国际航运中心D栋8层03单元之二",
        "法定代表人:陈晓婷",
        "委托代理人：吴志鹏",
    ]
    p = doc.add_paragraph()
    for i, t in enumerate(lines):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(t), FS, 14)
    fmt(p, indent=False, line=25)
    clauses.extend(lines)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        return add_par(doc, [(IND + t, FS, 14, False)], indent=False, line=25)   # indent typed with full-width spaces

    body("当事人涉嫌发布违法广告一案，本局于2026年1月12日立案调查，现已调查终结。")
    body("2026年1月9日，本局执法人员在开展网络广告监测时发现，当事人运营的微信公众号“海丝优选全球购”发布的推送文章涉嫌含有违反《中华人民共和国广告法》规定的用语，遂对当事人进行检查。经查，当事人主要从事跨境电商零售进口业务，依托中国（福建）自由贸易试验区厦门片区跨境电商保税仓，向境内消费者销售进口保健食品、母婴用品、化妆品等商品。2025年12月20日，当事人在上述公众号发布推送文章《新年囤货季｜全网最低价 正品保税直发》，文中使用了“厦门最佳跨境购物平台”“全网最低价”等用语推销其商品。截至2026年1月9日，该文章累计阅读量为1376次，通过文章链接产生的订单金额为人民币4,286元。该广告由当事人自行设计制作并发布，未产生广告费用。")
    body("2026年1月9日当日，当事人在本局执法人员指出问题后，立即删除了上述文章中的违法用语，并对其公众号、小程序及第三方平台店铺的全部广告宣传内容进行了自查整改。经查询，当事人自成立以来未因违反广告法律、法规受到行政处罚，本案系首次违法；调查期间未发现消费者因上述广告用语投诉举报或者遭受财产损失。")
    body("上述事实，主要有以下证据证明：")
    body("1.当事人营业执照复印件、法定代表人身份证明及授权委托书，证明当事人的主体资格；")
    body("2.微信公众号网页截图及《电子数据提取笔录》，证明当事人发布广告的时间、内容及阅读量；")
    body("3．2026年1月15日对当事人委托代理人吴志鹏所作的《询问笔录》，证明广告的设计、制作、发布经过及订单情况；")
    body("4.当事人提交的《整改情况说明》及整改后页面截图，证明当事人已及时改正违法行为；")
    body("5.国家企业信用信息公示系统、市场监管综合执法办案系统查询记录，证明当事人此前无同类违法记录。")
    body("本局认为，当事人在广告中使用“最佳”“最低价”等用语的行为，违反了《中华人民共和国广告法》第九条第（三）项“广告不得有下列情形：……（三）使用‘国家级’、‘最高级’、‘最佳’等用语”的规定，依据《中华人民共和国广告法》第五十七条第（一）项的规定，应当责令停止发布广告，对广告主处二十万元以上一百万元以下的罚款。")
    body("鉴于当事人系初次违法，涉案广告发布时间较短、传播范围有限，未造成危害后果，且在本局检查当日即删除违法用语、主动改正，符合《中华人民共和国行政处罚法》第三十三条第一款“初次违法且危害后果轻微并及时改正的，可以不予行政处罚”的规定，属于《厦门市市场监管领域轻微违法行为首违不罚事项清单(2025年版)》第17项“广告中使用‘国家级’‘最高级’‘最佳’等用语，属初次违法、传播范围较小且及时改正的”所列情形。")
    body("根据《中华人民共和国行政处罚法》第三十三条第一款、第三款的规定，本局决定对当事人不予行政处罚。")
    body("本局已于2026年1月15日对当事人进行了批评教育，并责令当事人停止发布含有上述用语的广告。当事人应当严格遵守《中华人民共和国广告法》等法律、法规的规定，依法规范开展广告宣传活动；如再次发生同类违法行为，本局将依法予以查处。")
    last = body("当事人如对本决定不服，可以在收到本决定书之日起六十日内向厦门市湖里区人民政府申请行政复议；或者在收到本决定书之日起六个月内依法向人民法院提起行政诉讼。")

    last.paragraph_format.keep_with_next = True
    empty(doc, 2)
    p = add_par(doc, "厦门市湖里区市场监督管理局", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, "（盖章）", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(112)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, "2026年1月26日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(72)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "厦门市湖里区市场监督管理局不予行政处罚决定书",
            "doc_number": "厦湖市监不罚[2026]9号",
            "issuer": ["厦门市湖里区市场监督管理局"],
            "date": "2026-01-26",
            "published": None,
            "level": "county",
            "region": "厦门市湖里区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "不予行政处罚决定书",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_guangxi():
    """省级市场监管局 行政许可决定书 (检验检测机构资质认定，跨境检验检测服务)."""
    stem = "blind1073_guangxi_xuke"
    doc = Document()
    setup(doc, "dash")
    clauses = []
    n_item = make_numbering(doc, "（%1）")

    add_par(doc, [("广西壮族自治区市场监督管理局", XBS, 30, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1, line=20)
    add_par(doc, [("行政许可决定书", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    p = add_par(doc, "桂市监许决字〔2026〕217号", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16)
    empty(doc, 1, line=14)
    add_par(doc, "凭祥中越通检验检测技术有限公司：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    items = [0]

    def item(h, t):
        items[0] += 1
        clauses.append("（%s）%s%s" % (CN[items[0] - 1], h, t))
        p = add_par(doc, [(h, FS, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    body("你公司于2026年1月19日通过广西数字政务一体化平台提交的检验检测机构资质认定首次申请（申请编号：GXZR2026011900083）收悉。本局于2026年1月21日依法受理后，委托广西壮族自治区检验检测认证服务中心组织技术评审组，于2026年2月10日至11日对你公司进行了现场评审。经审查，你公司申请材料齐全、符合法定形式，技术评审结论为“符合”，具备《检验检测机构资质认定管理办法》第九条规定的条件和技术能力。")
    body("根据《中华人民共和国行政许可法》第三十八条第一款、《中华人民共和国计量法》第二十二条、《中华人民共和国食品安全法》第八十四条及《检验检测机构资质认定管理办法》第十四条的规定，本局决定准予你公司检验检测机构资质认定行政许可，许可内容如下：")
    item("机构名称：", "凭祥中越通检验检测技术有限公司；")
    item("统一社会信用代码：", "91451481MAC8YJ0T5P；")
    item("检验检测地址：", "中国（广西）自由贸易试验区崇左片区凭祥市友谊大道18号凭祥综合保税区检测服务中心2号楼3—4层；")
    item("资质认定证书编号：", "262012340517；")
    item("批准的检验检测能力范围：", "进出口及跨境贸易农产品、食品检验检测，共3大类8项参数，具体见附件；")
    item("证书有效期：", "自2026年3月2日至2032年3月1日。")
    body("你公司可在上述批准的能力范围内，面向中越跨境贸易企业、边民互市贸易主体等提供检验检测服务，出具的检验检测报告可在跨境贸易通关、市场监管等环节依法使用。")
    body("你公司应当严格遵守《检验检测机构资质认定管理办法》《检验检测机构监督管理办法》等规定，在资质认定证书规定的检验检测能力范围内，依据相关标准或者技术规范规定的程序和要求，出具检验检测数据、结果，并对其负责。机构名称、地址、法定代表人、最高管理者、技术负责人、检验检测报告授权签字人等事项发生变更的，应当依法向本局申请办理变更手续；需要延续资质认定证书有效期的，应当在其有效期届满3个月前提出申请。")
    body("资质认定电子证书已同步推送至广西数字政务一体化平台，你公司可登录平台下载，电子证书与纸质证书具有同等法律效力。")
    body("你公司如对本决定不服，可以在收到本决定书之日起六十日内向广西壮族自治区人民政府申请行政复议，也可以在收到本决定书之日起六个月内依法向人民法院提起行政诉讼。")
    empty(doc, 1)
    p = add_par(doc, "附件：检验检测机构资质认定批准的检验检测能力范围", indent=True)
    empty(doc, 1)
    # 落款 in a floating text box (seal goes over it)
    p = doc.add_paragraph()
    fmt(p, indent=False)
    textbox(p, ["广西壮族自治区市场监督管理局", "2026年3月2日"], left_pt=190, top_pt=0, w_pt=250, h_pt=62)
    empty(doc, 2)
    add_par(doc, "（此件主动公开）")

    # ---- 附件 on its own page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    font(p.add_run("附件"), HT, 16)
    fmt(p, indent=False)
    add_par(doc, [("检验检测机构资质认定批准的检验检测能力范围", XBS, 18, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30, before=4, after=4)
    t0 = "机构名称：凭祥中越通检验检测技术有限公司　　证书编号：262012340517"
    clauses.append(t0)
    add_par(doc, [(t0, FS, 12, False)], indent=False, line=22)

    data = [
        ("1", "新鲜水果", [
            ("1.1", "农药及其代谢物残留（208种）", "GB 23200.113-2018《食品安全国家标准 植物源性食品中208种农药及其代谢物残留量的测定 气相色谱-质谱联用法》", "—"),
            ("1.2", "农药及其代谢物残留（331种）", "GB 23200.121-2021《食品安全国家标准 植物源性食品中331种农药及其代谢物残留量的测定 液相色谱-质谱联用法》", "—"),
            ("1.3", "铅（以Pb计）", "GB 5009.12-2023《食品安全国家标准 食品中铅的测定》", "只用第一法"),
        ]),
        ("2", "坚果与籽类、水果干制品", [
            ("2.1", "二氧化硫", "GB 5009.34-2022《食品安全国家标准 食品中二氧化硫的测定》", "—"),
            ("2.2", "黄曲霉毒素B1", "GB 5009.22-2016《食品安全国家标准 食品中黄曲霉毒素B族和G族的测定》", "只用第一法"),
            ("2.3", "水分", "GB 5009.3-2016《食品安全国家标准 食品中水分的测定》", "只用第一法"),
        ]),
        ("3", "水产品", [
            ("3.1", "孔雀石绿及其代谢物", "GB/T 19857-2005《水产品中孔雀石绿和结晶紫残留量的测定》", "只用液相色谱-串联质谱法"),
            ("3.2", "菌落总数", "GB 4789.2-2022《食品安全国家标准 食品微生物学检验 菌落总数测定》", "—"),
        ]),
    ]
    nrows = 2 + sum(len(d[2]) for d in data)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    W = [1.0, 2.2, 1.1, 2.7, 6.6, 2.0]
    widths(t, W)
    # two-level header
    r0, r1 = t.rows[0], t.rows[1]
    for ci, h in ((0, "序号"), (1, "类别（检测对象）"), (4, "依据的标准（方法）名称及编号（含年号）"), (5, "限制范围")):
        c = r0.cells[ci].merge(r1.cells[ci])
        set_cell(c, h, HT, 10.5)
    c = r0.cells[2].merge(r0.cells[3])
    set_cell(c, "检测项目", HT, 10.5)
    set_cell(r1.cells[2], "序号", HT, 10.5)
    set_cell(r1.cells[3], "名称", HT, 10.5)
    repeat_header(r0)
    repeat_header(r1)
    keys = ["序号", "类别（检测对象）", "检测项目／序号", "检测项目／名称",
            "依据的标准（方法）名称及编号（含年号）", "限制范围"]
    ri = 2
    for no, cat, params in data:
        first = ri
        for pno, name, std, lim in params:
            row = t.rows[ri]
            set_cell(row.cells[2], pno, FS, 10.5)
            set_cell(row.cells[3], name, FS, 10.5)
            set_cell(row.cells[4], std, FS, 10.5, align=WD_ALIGN_PARAGRAPH.LEFT)
            set_cell(row.cells[5], lim, FS, 10.5)
            clauses.append("；".join("%s：%s" % (k, v) for k, v in
                                     zip(keys, [no, cat, pno, name, std, lim])))
            ri += 1
        last = ri - 1
        c = t.rows[first].cells[0].merge(t.rows[last].cells[0]) if last > first else t.rows[first].cells[0]
        set_cell(c, no, FS, 10.5)
        c = t.rows[first].cells[1].merge(t.rows[last].cells[1]) if last > first else t.rows[first].cells[1]
        set_cell(c, cat, FS, 10.5)
    note = "注：本表所列能力适用于进出口及边民互市贸易农产品、食品的检验检测。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)

    banji(doc, "抄送：崇左市市场监督管理局，凭祥市市场监督管理局，中国（广西）自由贸易试验区崇左片区管理委员会。",
          "广西壮族自治区市场监督管理局办公室", "2026年3月2日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "行政许可决定书",
            "doc_number": "桂市监许决字〔2026〕217号",
            "issuer": ["广西壮族自治区市场监督管理局"],
            "date": "2026-03-02",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": "2026-03-02",
            "expires": "2032-03-01",
            "attachments": ["检验检测机构资质认定批准的检验检测能力范围"],
            "doc_type": "行政许可决定书",
            "recipients": ["凭祥中越通检验检测技术有限公司"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_nanning(), doc_xiamen(), doc_guangxi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
