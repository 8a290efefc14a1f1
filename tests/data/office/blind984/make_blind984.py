# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 984: 出口信用保险保费补助申报通知 + 拟补助企业名单公示 (Word + PDF + expected.json)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
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
SP = "\u3000"

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
    else:
        pf.first_line_indent = Pt(0)
    return p


def par(doc, runs, **kw):
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
        succ = [qn("w:" + x) for x in ("shd", "tabs", "suppressAutoHyphens", "kinsoku",
                                        "wordWrap", "overflowPunct", "topLinePunct",
                                        "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
                                        "snapToGrid", "spacing", "ind", "contextualSpacing",
                                        "jc", "rPr")]
        for child in ppr:
            if child.tag in succ:
                child.addprevious(bdr)
                break
        else:
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


def field_runs(p, instr, name=SONG, size=14):
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), name, size)
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer="dash"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.5)
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
    fp.alignment = C
    if footer == "dash":
        font(fp.add_run("— "), SONG, 14)
        field_runs(fp, "PAGE")
        font(fp.add_run(" —"), SONG, 14)
    else:  # web-copied style "- 1 -"
        font(fp.add_run("- "), SONG, 10.5)
        field_runs(fp, "PAGE", SONG, 10.5)
        font(fp.add_run(" -"), SONG, 10.5)


TBLPR_ORDER = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
               "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders",
               "shd", "tblLayout", "tblCellMar", "tblLook"]


def tblpr_set(t, el):
    """Put el into tblPr in schema order, replacing an element of the same name."""
    tblPr = t._tbl.tblPr
    name = el.tag.split("}")[1]
    old = tblPr.find(qn("w:" + name))
    if old is not None:
        tblPr.remove(old)
    rank = TBLPR_ORDER.index(name)
    for i, child in enumerate(list(tblPr)):
        cn = child.tag.split("}")[1]
        if cn in TBLPR_ORDER and TBLPR_ORDER.index(cn) > rank:
            child.addprevious(el)
            return
    tblPr.append(el)


def no_borders(t):
    tblpr_set(t, parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(t, widths):
    """Cell widths + tblGrid + fixed layout (LibreOffice reads the grid)."""
    tbl = t._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tblpr_set(t, parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>'
                           % (nsdecls("w"), int(Cm(sum(widths)).twips))))
    tblpr_set(t, parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for tr in tbl.findall(qn("w:tr")):
        for i, tc in enumerate(tr.findall(qn("w:tc"))):
            span = tc.tcPr.find(qn("w:gridSpan")) if tc.tcPr is not None else None
            n = int(span.get(qn("w:val"))) if span is not None else 1
            # find starting grid index
            idx = sum(int(x.tcPr.find(qn("w:gridSpan")).get(qn("w:val")))
                      if x.tcPr is not None and x.tcPr.find(qn("w:gridSpan")) is not None else 1
                      for x in tr.findall(qn("w:tc"))[:i])
            w = sum(widths[idx:idx + n])
            tcPr = tc.get_or_add_tcPr()
            old = tcPr.find(qn("w:tcW"))
            if old is not None:
                tcPr.remove(old)
            tcPr.insert(0, parse_xml('<w:tcW %s w:w="%d" w:type="dxa"/>'
                                     % (nsdecls("w"), int(Cm(w).twips))))


def simple_table(doc, header, rows, clauses, widths=None, size=12, repeat=False,
                 left_cols=()):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size)
    if repeat:
        repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        cant_split(t.rows[ri])
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, size, align=L if ci in left_cols else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        col_widths(t, widths)
    return t


def banji(doc, cc, printer, date_txt):
    empty(doc, 1)
    p = par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False), (date_txt, FS, 14, False)],
             indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_984", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def save(doc, stem):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path


# ==================================================================== DOC A
# 嘉兴市商务局 嘉兴市财政局 联合发文：申报通知（红头“文件”式联合版头）
def doc_jiaxing_tongzhi():
    stem = "blind984_jiaxing_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    # joint red header: two organ names left, "文件" right (vertically merged)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "嘉兴市商务局", XBS, 36, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=46)
    set_cell(t.cell(1, 0), "嘉兴市财政局", XBS, 36, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=46)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 36, color=RED, align=C, line=46)
    col_widths(t, [11.5, 4.0])
    empty(doc, 1)
    p = par(doc, "嘉商务联〔2026〕3号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three separate paragraphs, broken at odd places
    for line in ("嘉兴市商务局　嘉兴市财政局关于开展",
                 "2026年度外贸企业出口信用保险保费",
                 "补助申报工作的通知"):
        par(doc, [(line, XBS, 22, False)], align=C, indent=False, line=34)
    title = "嘉兴市商务局　嘉兴市财政局关于开展2026年度外贸企业出口信用保险保费补助申报工作的通知"
    empty(doc, 1)
    recipients = ["各县（市、区）商务局、财政局",
                  "嘉兴经济技术开发区、嘉兴港区经济发展局、财政局",
                  "各有关企业"]
    par(doc, "各县（市、区）商务局、财政局，嘉兴经济技术开发区、嘉兴港区经济发展局、财政局，各有关企业：",
        indent=False)

    def body(t):
        clauses.append(t)
        par(doc, t)

    def head(t):
        par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=KT, bold=False):
        clauses.append(h + t)
        par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("为充分发挥出口信用保险拓市场、防风险、促融资作用，支持外贸企业开拓共建“一带一路”国家和地区等新兴市场，根据《嘉兴市商务发展专项资金管理办法》（嘉财企〔2024〕21号），现就2026年度外贸企业出口信用保险保费补助申报工作通知如下。")
    head("一、申报条件")
    runin("（一）", "在嘉兴市注册登记、具有独立法人资格和进出口经营资格，2025年度有出口实绩且出口额统计在嘉兴市的外贸企业。")
    runin("（二）", "2025年度以本企业名义投保出口信用保险并已实际缴纳保费。")
    runin("（三）", "近三年内无重大违法违规行为，未被列入严重失信主体名单。")
    head("二、补助标准")
    body("按企业2025年度实缴保费给予分类补助，具体如下：")
    par(doc, [("2026年度出口信用保险保费补助标准", HT, 14, False)], align=C, indent=False, before=6)

    # ---- table: two-level header + vertically merged 险种 column
    h1 = ["序号", "险种", "业务类型", "补助标准", ""]
    sub = ["补助比例", "年度上限（万元）"]
    rows = [
        ["1", "短期出口信用保险", "一般出口业务", "50%", "100"],
        ["2", "短期出口信用保险", "对共建“一带一路”国家出口", "60%", "100"],
        ["3", "短期出口信用保险", "小微企业统保平台", "100%", "3"],
        ["4", "中长期出口信用保险", "成套设备、船舶出口", "30%", "200"],
        ["5", "海外投资保险", "境外投资项目", "30%", "50"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i in range(3):
        mc = t.cell(0, i).merge(t.cell(1, i))
        set_cell(mc, h1[i], HT, 10.5, line=16)
    mc = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(mc, "补助标准", HT, 10.5, line=16)
    set_cell(t.cell(1, 3), sub[0], HT, 10.5, line=16)
    set_cell(t.cell(1, 4), sub[1], HT, 10.5, line=16)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            if ci == 1 and ri in (3, 4):
                continue
            set_cell(t.cell(ri, ci), v, FS, 10.5, line=16)
    mc = t.cell(2, 1).merge(t.cell(4, 1))
    set_cell(mc, "短期出口信用保险", FS, 10.5, line=16)
    col_widths(t, [1.2, 3.8, 5.3, 1.9, 3.4])
    hdr = ["序号", "险种", "业务类型", "补助标准／补助比例", "补助标准／年度上限（万元）"]
    for row in rows:
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    # notes under the table (smaller font, first line typed "注：")
    n1 = "注：1．同一笔业务符合多项条件的，按就高原则补助，不重复计算。"
    n2 = "2．已享受省级保费补助的部分，市级不再重复补助。"
    par(doc, [(n1, FS, 14, False)], indent=False, line=24, before=6)
    p = par(doc, [(n2, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(28)
    clauses.extend([n1, n2])

    head("三、申报材料")
    body("企业在“嘉兴市惠企政策直达平台”申报，上传以下材料：")
    body("1．《出口信用保险保费补助申请表》（加盖企业公章）；")
    body("2．承保机构出具的2025年度保费缴纳证明，包括：")
    body("（1）保险单（含批单）复印件；")
    body("（2）保费发票或银行缴费凭证；")
    body("3．对共建“一带一路”国家出口的报关单清单；")
    body("4．企业信用承诺书。")
    head("四、申报时间和程序")
    runin("（一）企业申报。", "2026年3月16日（星期一）至4月10日（星期五），逾期不予受理。")
    runin("（二）县级初审。", "各县（市、区）商务主管部门会同财政部门于2026年4月24日前报送初审意见。")
    runin("（三）市级复核。", "市商务局会同市财政局复核后在门户网站公示5个工作日，无异议的拨付资金。")
    head("五、联系方式")
    for line in ("市商务局对外贸易处：沈佳怡，0573-82056213",
                 "市商务局对外贸易处：陆建峰，0573-82056217",
                 "市财政局经济建设处：钱文博，0573-82115684",
                 "中国信保嘉兴办事处：顾晓雯，0573-82861150",
                 "平台技术支持：周　磊，0573-82079935"):
        body(line)
    body("各县（市、区）商务主管部门联系人见附件。")
    par(doc, "附件：各县（市、区）商务主管部门联系人名单")
    empty(doc, 1)
    # joint 落款: two organs on one line separated by spaces, date below
    par(doc, SP * 3 + "嘉兴市商务局" + SP * 7 + "嘉兴市财政局", indent=False)
    par(doc, SP * 17 + "2026年3月6日", indent=False)
    par(doc, "（此件公开发布）")

    # ---- 附件2 on its own page
    par(doc, [("附件", HT, 16, False)], indent=False).paragraph_format.page_break_before = True
    empty(doc, 1)
    par(doc, [("各县（市、区）商务主管部门联系人名单", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    simple_table(doc, ["序号", "地区", "单位", "联系人", "联系电话"], [
        ["1", "南湖区", "南湖区商务局", "朱丽娟", "0573-82712635"],
        ["2", "秀洲区", "秀洲区商务局", "姚志强", "0573-82720458"],
        ["3", "嘉善县", "嘉善县商务局", "沈　涛", "0573-84011726"],
        ["4", "平湖市", "平湖市商务局", "金晓燕", "0573-85016392"],
        ["5", "海盐县", "海盐县商务局", "吴海波", "0573-86031187"],
        ["6", "海宁市", "海宁市商务局", "许文静", "0573-87029651"],
        ["7", "桐乡市", "桐乡市商务局", "钟宇航", "0573-88028574"],
        ["8", "嘉兴经济技术开发区（国际商务区）", "经济发展局", "戴　敏", "0573-82215063"],
        ["9", "嘉兴港区", "经济发展局", "郑凯", "0573-85589120"],
    ], clauses, widths=[1.4, 4.6, 3.1, 2.2, 4.1])

    banji(doc, "抄送：省商务厅，省财政厅，中国出口信用保险公司浙江分公司。",
          "嘉兴市商务局办公室", "2026年3月6日印发")
    path = save(doc, stem)
    expected[stem] = [{
        "meta": {
            "title": title,
            "doc_number": "嘉商务联〔2026〕3号",
            "issuer": ["嘉兴市商务局", "嘉兴市财政局"],
            "date": "2026-03-06",
            "published": None,
            "level": "municipal",
            "region": "嘉兴市",
            "effective": None,
            "expires": None,
            "attachments": ["各县（市、区）商务主管部门联系人名单"],
            "doc_type": "通知",
            "recipients": recipients,
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ==================================================================== DOC B
# 拟补助企业名单公示（从网站复制到Word：发布日期行，无红头，附件为长表格）
COMPANIES = [
    # (县区, 企业名称, 保费（万元）, 补助金额（万元）)
    ("南湖区", "嘉兴市恒泰纺织品进出口有限公司", "18.64", "9.32"),
    ("南湖区", "嘉兴立讯精密电子有限公司", "46.20", "23.10"),
    ("南湖区", "浙江禾润食品有限公司", "3.85", "2.31"),
    ("南湖区", "嘉兴市南湖区新航线国际贸易有限公司", "0.42", "0.42"),
    ("秀洲区", "浙江秀洲光伏科技股份有限公司", "212.36", "100.00"),
    ("秀洲区", "嘉兴嘉纶化纤有限公司", "27.18", "13.59"),
    ("秀洲区", "嘉兴市王店智能家居有限公司", "9.74", "5.84"),
    ("嘉善县", "浙江善通机电科技有限公司", "15.30", "7.65"),
    ("嘉善县", "嘉善县宏达木业进出口有限公司", "6.92", "4.15"),
    ("嘉善县", "嘉善博远电子元件有限公司", "22.48", "11.24"),
    ("嘉善县", "嘉善县天凝五金制品厂", "0.36", "0.36"),
    ("平湖市", "平湖市华丰服装有限公司", "12.06", "6.03"),
    ("平湖市", "浙江平湖利源箱包有限公司", "8.44", "5.06"),
    ("平湖市", "平湖市独山港物流装备有限公司", "31.75", "15.88"),
    ("平湖市", "平湖光辰光电科技有限公司", "17.90", "8.95"),
    ("海盐县", "海盐县紧固件进出口有限公司", "24.60", "14.76"),
    ("海盐县", "浙江盐核装备制造有限公司", "68.32", "20.50"),
    ("海盐县", "海盐百川管业有限公司", "5.18", "2.59"),
    ("海宁市", "海宁市皮革城进出口有限公司", "14.27", "8.56"),
    ("海宁市", "浙江海宁经编产业园织造有限公司", "10.83", "5.42"),
    ("海宁市", "海宁晶科新能源材料有限公司", "186.50", "100.00"),
    ("海宁市", "海宁市盐官家纺有限公司", "0.58", "0.58"),
    ("桐乡市", "桐乡市濮院针织服饰有限公司", "7.65", "3.83"),
    ("桐乡市", "浙江桐昆化纤国际贸易有限公司", "95.40", "57.24"),
    ("桐乡市", "桐乡市崇福皮草有限公司", "11.22", "5.61"),
    ("桐乡市", "浙江乌镇互联数字科技有限公司", "4.36", "2.18"),
    ("经开区", "嘉兴斯达半导体材料有限公司", "38.90", "19.45"),
    ("经开区", "嘉兴敏实汽车零部件有限公司", "52.14", "31.28"),
    ("经开区", "嘉兴市城南跨境电子商务有限公司", "2.70", "1.35"),
    ("港区", "嘉兴港区合盛化工新材料有限公司", "73.66", "36.83"),
    ("港区", "浙江乍浦港国际物流有限公司", "9.20", "5.52"),
    ("港区", "嘉兴港区三江化工有限公司", "120.00", "36.00"),
]


def doc_jiaxing_gongshi():
    stem = "blind984_jiaxing_gongshi"
    doc = Document()
    setup(doc, footer="web")
    clauses = []

    # web page header lines pasted into Word
    par(doc, [("发布日期：2026-05-28　　来源：嘉兴市商务局　　字号：[大 中 小]", SONG, 10.5, False)],
        align=C, indent=False, line=18)
    p = par(doc, "", indent=False, line=10)
    border(p, "bottom", "BFBFBF", 6, 1)
    empty(doc, 1)
    # title: one paragraph with a manual line break at an odd place
    p = doc.add_paragraph()
    font(p.add_run("嘉兴市商务局关于2026年度外贸企业出口"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("信用保险保费补助拟补助企业名单的公示"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    title = "嘉兴市商务局关于2026年度外贸企业出口信用保险保费补助拟补助企业名单的公示"
    empty(doc, 1)

    n = len(COMPANIES)
    tot_prem = sum(float(c[2]) for c in COMPANIES)
    tot_sub = sum(float(c[3]) for c in COMPANIES)
    tp, ts = "%.2f" % tot_prem, "%.2f" % tot_sub

    def body(t, ind=True):
        clauses.append(t)
        # indentation typed with two full-width spaces (web paste)
        par(doc, (SP * 2 + t) if ind else t, indent=False)

    body("根据《嘉兴市商务局　嘉兴市财政局关于开展2026年度外贸企业出口信用保险保费补助申报工作的通知》（嘉商务联〔2026〕3号）要求，经企业自主申报、县（市、区）商务主管部门初审、市商务局会同市财政局复核，并经中国出口信用保险公司浙江分公司嘉兴办事处核验保费缴纳情况，拟对嘉兴市恒泰纺织品进出口有限公司等%d家企业给予出口信用保险保费补助，涉及2025年度实缴保费%s万元，拟补助资金合计%s万元。现将拟补助企业名单予以公示（详见附件）。" % (n, tp, ts))
    body("一、公示期：2026年5月28日至2026年6月3日（5个工作日）。")
    body("二、公示期内，任何单位和个人对公示名单有异议的，可通过书面、电话等方式向市商务局实名反映，并提供必要的证明材料。以单位名义反映的，须加盖单位公章；以个人名义反映的，须署真实姓名并提供联系方式。匿名或逾期反映的，不予受理。")
    body("三、联系方式")
    # contacts one per line (a heading-like line "三、联系方式" has no sentence -> not a clause)
    clauses.pop()
    for line in ("市商务局对外贸易处：沈佳怡　0573-82056213",
                 "市财政局经济建设处：钱文博　0573-82115684",
                 "监督电话（驻市商务局纪检监察组）：0573-82056200",
                 "通讯地址：嘉兴市南湖区中环南路1882号　邮编：314001"):
        body(line)
    empty(doc, 1)
    par(doc, SP * 2 + "附件：2026年度外贸企业出口信用保险保费补助拟补助企业名单", indent=False)
    empty(doc, 2)
    par(doc, "嘉兴市商务局", align=R, indent=False).paragraph_format.right_indent = Pt(48)
    par(doc, "2026年5月27日", align=R, indent=False).paragraph_format.right_indent = Pt(40)

    # ---- 附件 on new page: long table with repeated header row
    par(doc, [("附件", HT, 16, False)], indent=False).paragraph_format.page_break_before = True
    par(doc, [("2026年度外贸企业出口信用保险保费补助", XBS, 20, False)], align=C, indent=False, line=32)
    par(doc, [("拟补助企业名单", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=14)
    header = ["序号", "县（市、区）", "企业名称", "保费（万元）", "补助金额（万元）"]
    rows = [[str(i), c[0], c[1], c[2], c[3]] for i, c in enumerate(COMPANIES, 1)]
    rows.append(["合计", "—", "%d家" % n, tp, ts])
    simple_table(doc, header, rows, clauses, widths=[1.2, 2.7, 6.4, 2.6, 2.7], size=10.5,
                 repeat=True, left_cols=(2,))
    note = "注：保费为企业2025年度向承保机构实际缴纳的出口信用保险保费，补助金额按嘉商务联〔2026〕3号文件规定的补助标准核定，已扣除享受省级补助部分。"
    par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    path = save(doc, stem)
    expected[stem] = [{
        "meta": {
            "title": title,
            "doc_number": None,
            "issuer": ["嘉兴市商务局"],
            "date": "2026-05-27",
            "published": "2026-05-28",
            "level": "municipal",
            "region": "嘉兴市",
            "effective": None,
            "expires": None,
            "attachments": ["2026年度外贸企业出口信用保险保费补助拟补助企业名单"],
            "doc_type": "公示",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ==================================================================== DOC C
# 连云港市商务局 单独发文：特急，空格缩进，半角全角混用，续表，中文数字落款日期
def doc_lianyungang():
    stem = "blind984_lyg_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []
    IND = SP * 2

    par(doc, [("特急", HT, 16, False)], indent=False)
    empty(doc, 1, line=20)
    par(doc, [("连云港市商务局文件", XBS, 40, False, RED)], align=C, indent=False, line=60)
    empty(doc, 2)
    p = par(doc, "连商务发〔2026〕9号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("关于开展2026年度外贸企业出口信用"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("保险保费补助申报工作的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    title = "关于开展2026年度外贸企业出口信用保险保费补助申报工作的通知"
    empty(doc, 1)
    recipients = ["各县（区）商务局", "市各功能板块经济发展部门", "各有关外贸企业"]
    par(doc, "各县（区）商务局，市各功能板块经济发展部门，各有关外贸企业：", indent=False)

    def body(t):
        clauses.append(t)
        par(doc, IND + t, indent=False)

    def head(t):
        par(doc, [(IND + t, HT, 16, False)], indent=False)

    body("为贯彻落实省商务厅、省财政厅关于用好出口信用保险政策工具、支持外贸企业稳订单拓市场的工作要求，发挥我市“一带一路”强支点和中国（江苏）自由贸易试验区连云港片区开放平台优势，鼓励企业运用出口信用保险防范收汇风险、开拓国际市场，经研究，决定开展2026年度外贸企业出口信用保险保费补助申报工作。现将有关事项通知如下:")
    head("一、申报条件")
    body("1.在连云港市依法注册登记、具有独立法人资格的外贸企业，2025年度有出口实绩;")
    body("2.2025年度在中国出口信用保险公司江苏分公司或其他具有出口信用保险经营资质的保险机构投保，并已缴纳保费;")
    body("3.企业生产经营正常，财务管理制度健全，近两年内未发生骗取出口退税、走私等违法违规行为;")
    body("4.上年度已按规定报送外经贸统计报表。")
    head("二、补助标准")
    body("对符合条件的企业，按其2025年度实缴保费分档给予补助（见表1）。自贸试验区连云港片区内企业、对中亚及共建“一带一路”国家和地区出口业务，补助比例在表1基础上提高10个百分点，但最高不超过实缴保费的80%。")
    par(doc, [("表1　出口信用保险保费补助标准", HT, 14, False)], align=C, indent=False, before=6)
    par(doc, [("单位：万元", FS, 12, False)], align=R, indent=False, line=20)
    header = ["序号", "企业上年度出口额", "补助比例", "单个企业补助上限"]
    rows1 = [
        ["1", "500万美元（含）以下", "70%", "10"],
        ["2", "500万美元至3000万美元（含）", "50%", "30"],
    ]
    rows2 = [
        ["3", "3000万美元至1亿美元（含）", "40%", "50"],
        ["4", "1亿美元以上", "30%", "80"],
    ]
    simple_table(doc, header, rows1, clauses, widths=[1.5, 7.0, 3.0, 4.0])
    # clerk forced the rest of the table onto the next page and typed “续表1”
    page_break(doc)
    par(doc, [("续表1", KT, 14, False)], align=L, indent=False)
    simple_table(doc, header, rows2, clauses, widths=[1.5, 7.0, 3.0, 4.0])
    empty(doc, 1, line=14)
    body("已参加省小微企业出口信用保险统保平台的企业，保费由省、市财政按规定承担，不再重复申报本项补助。")
    head("三、申报材料")
    body("(1)《连云港市出口信用保险保费补助申请表》（可在市商务局网站“通知公告”栏目下载）;")
    body("（2）营业执照复印件;")
    body("(3)保险单及保费缴纳凭证复印件;")
    body("（4）承保机构出具的《2025年度出口信用保险保费证明》;")
    body("(5)享受“一带一路”或自贸片区提高补助比例的，需提供对应出口报关数据或注册地证明。")
    body("以上材料一式两份，按顺序装订成册并加盖企业公章，同时提供电子版（PDF格式）。")
    head("四、申报时间及方式")
    body("1.企业申报时间:2026年3月2日-3月31日。企业将申报材料报送至注册地县（区）商务局或功能板块经济发展部门，逾期不再受理。")
    body("2.各县（区）商务局、功能板块经济发展部门于2026年4月15日前完成审核，将汇总表（加盖公章）及企业申报材料一并报送市商务局外贸发展处（市行政中心2号楼1108室），电子版发送至lygswjwm@163.com。")
    body("3.市商务局审核后将拟补助企业名单在市商务局门户网站公示，公示期为5个工作日。")
    head("五、联系方式")
    for line in ("市商务局外贸发展处　　王　磊　　0518-85820716",
                 "市商务局外贸发展处　　刘晓婷　　0518-85820722　13915682047",
                 "市财政局经济建设处　　赵　鹏　　0518-85822139",
                 "中国信保连云港营销服务部　孙悦　0518-81082365"):
        body(line)
    empty(doc, 2)
    par(doc, SP * 18 + "连云港市商务局", indent=False)
    par(doc, SP * 16 + "二〇二六年二月二十七日", indent=False)
    empty(doc, 1)
    par(doc, IND + "（此件主动公开）", indent=False)
    banji(doc, "抄送：省商务厅，市财政局，中国出口信用保险公司江苏分公司。",
          "连云港市商务局办公室", "2026年2月27日印发")

    path = save(doc, stem)
    expected[stem] = [{
        "meta": {
            "title": title,
            "doc_number": "连商务发〔2026〕9号",
            "issuer": ["连云港市商务局"],
            "date": "2026-02-27",
            "published": None,
            "level": "municipal",
            "region": "连云港市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": recipients,
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_jiaxing_tongzhi(), doc_jiaxing_gongshi(), doc_lianyungang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
