# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 970: 省外办 2025年工作总结和2026年工作打算的报告 (上行文, 友好城市附件表).

Writes three Word files + PDFs + expected.json into this script's directory.
"""
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


def setup(doc, pn_font=SONG, pn_left="— ", pn_right=" —"):
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
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run(pn_left), pn_font, 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        r = fp.add_run("1" if kind == "text" else "")
        font(r, pn_font, 14)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>'
                                  % (nsdecls("w"), txt)))
        elif kind != "text":
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(pn_right), pn_font, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def widths(table, cms):
    """Set column widths in both tblGrid and every cell (LibreOffice reads the grid)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for tr in table._tbl.tr_lst:
        tcs = tr.tc_lst
        ci = 0
        for tc in tcs:
            span = tc.grid_span
            w = sum(cms[ci:ci + span])
            tc.width = Cm(w)
            ci += span


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def banji(doc, lines, gap=2):
    """版记: each line between black rules; lines = list of run-lists."""
    empty(doc, gap)
    for i, runs in enumerate(lines):
        p = add_par(doc, runs, indent=False, line=24)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        if i == 0:
            border(p, "top", "000000", 8, 4)
        border(p, "bottom", "000000", 8 if i == len(lines) - 1 else 4, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_970", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering ------------------------------------------------
_next_abs = [700]


def make_numbering(doc, lvl_text, fmt_name="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_name, lvl_text))
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


def textbox(doc, lines, left_pt, width_pt, height_pt):
    """A floating VML text box (as clerks use for the 落款 block)."""
    p = doc.add_paragraph()
    fmt(p, indent=False)
    inner = "".join(
        '<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/>'
        '</w:rPr><w:t>%s</w:t></w:r></w:p>' % (FS, FS, FS, ln) for ln in lines)
    xml = ('<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" '
           'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
           'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
           '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" '
           'style="position:absolute;margin-left:%dpt;margin-top:4pt;width:%dpt;height:%dpt;'
           'z-index:251659264;mso-position-horizontal-relative:text;'
           'mso-position-vertical-relative:text" filled="f" stroked="f">'
           '<v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent></v:textbox>'
           '</v:shape></w:pict></w:r>' % (nsdecls("w"), left_pt, width_pt, height_pt, inner))
    p._p.append(parse_xml(xml))
    return p


def meta(title, num, issuer, date, region, attachments, recipients, publicity=None):
    return {
        "title": title, "doc_number": num, "issuer": issuer, "date": date,
        "published": None, "level": "provincial", "region": region,
        "effective": None, "expires": None, "attachments": attachments,
        "doc_type": "报告", "recipients": recipients, "publicity": publicity,
        "repeals": None,
    }


# =================================================================== DOC A
def doc_sichuan():
    """四川省外办: 红头“…文件”, 文号/签发人 with a right tab, title over three
    paragraphs, manual line breaks, 落款 by typed spaces, 附件 with two-level
    merged header repeated on each page, 版记 after the attachment."""
    stem = "blind970_sichuan"
    doc = Document()
    setup(doc)
    clauses = []

    p = add_par(doc, [("四川省人民政府外事办公室文件", XBS, 30, False, RED)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50, before=12)
    empty(doc, 1)
    p = add_par(doc, [("川外办〔2026〕4号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("罗建明", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for ln in ("四川省人民政府外事办公室关于2025年", "工作总结和2026年工作打算的", "报告"):
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "省人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def sub_head(t):
        add_par(doc, [(t, KT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("2025年，省外办深入贯彻习近平外交思想，紧紧围绕服务全省高水平对外开放和共建“一带一路”大局，扎实推进各项外事工作，全年目标任务圆满完成。现将有关情况报告如下：")
    head("一、2025年工作总结")
    runin("（一）高层外事活动服务保障有力有序。",
          "全年承办省领导出访团组9批次，访问14个国家；接待来访外国政要和重要团组136批、1847人次，其中部长级以上外宾团组38批，同比增长18.8%。圆满完成2025年成都世界运动会等重大活动涉外服务保障。")
    sub_head("（二）国际友城布局持续优化")
    body("全年新缔结国际友好城市和友好合作关系城市13对，其中友好城市5对、友好合作关系城市8对。截至2025年底，全省累计缔结国际友好城市（省）和友好合作关系城市428对，覆盖87个国家，其中共建“一带一路”国家城市264对，占比61.7%。")
    body("1.突出“一带一路”重点方向。新增友城中，共建“一带一路”国家城市12对，占新增总数的92.3%，填补了南太平洋地区空白，实现与中亚五国友城全覆盖。")
    # items 2 and 3 typed in one paragraph with Shift+Enter
    t2 = "2.推动市州友城扩容提质。新增友城分布在11个市（州），甘孜州实现国际友城“零”的突破；清理长期“休眠”友城关系6对，激活重启交往11对。"
    t3 = "3.深化友城务实合作。依托友城渠道举办经贸、文化交流活动78场，促成合作项目42个，协议金额约86.3亿元。"
    p = doc.add_paragraph()
    font(p.add_run(t2), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t3), FS, 16)
    fmt(p)
    clauses.extend([t2, t3])
    runin("（三）“一带一路”国际交流合作走深走实。",
          "组织在蓉外国领事机构、境外商协会参与项目对接，全年促成外资项目签约27个；协助办理APEC商务旅行卡1286张，为“走出去”企业提供领事保护服务312次。")
    runin("（四）外事管理服务水平不断提升。",
          "全年审批因公出国（境）团组1126批、4213人次，推行审批“一网通办”，审批时限压缩至5个工作日。")
    head("二、存在的问题")
    body("一是友城分布不够均衡，成都市友城占全省的36.4%，仍有3个市（州）国际友城不足5对。二是友城交往实效不够明显，依托友城渠道签约项目的履约率仅为58.3%。三是市县两级外事干部力量薄弱，小语种专业人才短缺。")
    head("三、2026年工作打算")
    body("2026年，省外办将重点抓好以下工作：")
    runin("（一）优化友城全球布局。",
          "编制《四川省国际友好城市发展规划（2026—2030年）》，力争新缔结友城（含友好合作关系城市）12对以上，推动友城总数突破440对。")
    runin("（二）提升友城合作实效。",
          "建立友城合作项目库，力争促成合作项目50个以上；办好2026“一带一路”国际友城合作论坛（成都）。")
    runin("（三）加强外事队伍建设。",
          "举办外事业务培训班6期，培训市县外事干部400人次以上。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    att = "2025年四川省新缔结国际友好城市（友好合作关系城市）情况表"
    p = add_par(doc, "附件：" + att)
    p.paragraph_format.left_indent = Pt(0)
    empty(doc, 1)
    # 落款 pushed right with typed half-width spaces, date typed the same way
    add_par(doc, " " * 30 + "四川省人民政府外事办公室", indent=False)
    add_par(doc, " " * 36 + "2026年1月16日", indent=False)
    add_par(doc, "（联系人：张敏，联系电话：028-86712345）")

    # ----------------------------------------------------------- 附件
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("2025年四川省新缔结国际友好城市", XBS, 18, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=28)
    add_par(doc, [("（友好合作关系城市）情况表", XBS, 18, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=28)
    empty(doc, 1, line=10)
    keys = ["序号", "结好城市／我省城市", "结好城市／外方城市", "所在国家", "关系类型", "签约时间", "备注"]
    rows = [
        ["1", "成都市", "撒马尔罕市", "乌兹别克斯坦", "友好城市", "2025年3月18日", "出访期间签署"],
        ["2", "绵阳市", "塞格德市", "匈牙利", "友好合作关系城市", "2025年4月9日", "—"],
        ["3", "宜宾市", "克拉古耶瓦茨市", "塞尔维亚", "友好城市", "2025年5月22日", "出访期间签署"],
        ["4", "乐山市", "清迈府", "泰国", "友好合作关系城市", "2025年6月11日", "—"],
        ["5", "德阳市", "奇姆肯特市", "哈萨克斯坦", "友好合作关系城市", "2025年6月27日", "—"],
        ["6", "甘孜藏族自治州", "博卡拉市", "尼泊尔", "友好合作关系城市", "2025年7月15日", "甘孜州首对友城"],
        ["7", "成都市", "苏瓦市", "斐济", "友好城市", "2025年8月8日", "南太地区首对友城"],
        ["8", "泸州市", "奥什市", "吉尔吉斯斯坦", "友好合作关系城市", "2025年9月3日", "—"],
        ["9", "南充市", "苦盏市", "塔吉克斯坦", "友好合作关系城市", "2025年9月19日", "—"],
        ["10", "自贡市", "马雷市", "土库曼斯坦", "友好合作关系城市", "2025年10月14日", "—"],
        ["11", "遂宁市", "雅西市", "罗马尼亚", "友好城市", "2025年10月30日", "—"],
        ["12", "眉山市", "蒙巴萨郡", "肯尼亚", "友好合作关系城市", "2025年11月20日", "—"],
        ["13", "绵阳市", "格勒诺布尔市", "法国", "友好城市", "2025年12月5日", "—"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for i, name in ((0, "序号"), (3, "所在国家"), (4, "关系类型"), (5, "签约时间"), (6, "备注")):
        m = h0[i].merge(h1[i])
        set_cell(m, name, HT, 12)
    m = h0[1].merge(h0[2])
    set_cell(m, "结好城市", HT, 12)
    set_cell(t.rows[1].cells[1], "我省城市", HT, 12)
    set_cell(t.rows[1].cells[2], "外方城市", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, r in enumerate(rows, 2):
        for ci, v in enumerate(r):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, line=13)
        clauses.append(row_clause(keys, r))
    widths(t, [1.1, 2.0, 2.4, 2.1, 2.9, 2.8, 2.5])
    note = "注：表中按签约时间先后排序；“友好合作关系城市”指双方已签署建立友好合作关系备忘录、尚未正式缔结友好城市关系的城市。"
    p = add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    banji(doc, [
        [("抄送：中国人民对外友好协会，省委办公厅。", FS, 14, False)],
        [("四川省人民政府外事办公室", FS, 14, False), ("\u3000" * 7, FS, 14, False),
         ("2026年1月16日印发", FS, 14, False)],
    ], gap=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta("四川省人民政府外事办公室关于2025年工作总结和2026年工作打算的报告",
                     "川外办〔2026〕4号", ["四川省人民政府外事办公室"], "2026-01-16",
                     "四川省", [att], ["省人民政府"]),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_yunnan():
    """云南省外办: 加急 mark, 红头 without 文件, 文号 + 签发人 by typed spaces,
    Word auto-numbering for 一、 and （一）, bodies indented with typed full-width
    spaces, mixed 1. / 2． numbering, table with 合计 row, date in Chinese
    numerals, 附注 line, 版记 with only the 印发 line."""
    stem = "blind970_yunnan"
    doc = Document()
    setup(doc, pn_font=SONG, pn_left="－ ", pn_right=" －")
    clauses = []
    n_head = make_numbering(doc, "%1、")

    add_par(doc, [("加急", HT, 16, False)], indent=False)
    add_par(doc, [("云南省人民政府外事办公室", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=54, before=6)
    empty(doc, 1)
    p = add_par(doc, [("云外办报〔2026〕2号", FS, 16, False), (" " * 18, FS, 16, False),
                      ("签发人：", FS, 16, False), ("杨志华", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("云南省人民政府外事办公室关于报送2025年", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("工作总结和2026年工作打算的报告", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "省人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    state = {"nid": None, "k": 0}
    CN = "一二三四五六七八九十"

    def new_items():
        state["nid"] = make_numbering(doc, "（%1）")
        state["k"] = 0

    def item(h, t):
        state["k"] += 1
        clauses.append("（%s）%s%s" % (CN[state["k"] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, state["nid"])

    body("按照省政府办公厅要求，现将省外办2025年工作总结和2026年工作打算报告如下：")
    head("2025年工作总结")
    body("2025年，省外办紧紧围绕建设我国面向南亚东南亚辐射中心，主动服务和融入共建“一带一路”，全省外事工作取得新成效。")
    new_items()
    item("服务国家总体外交成效明显。",
         "全年承办国家主场外交配套活动6场，接待外国政要团组41批，其中国家元首、政府首脑4批；保障省领导出访团组8批，访问老挝、缅甸、越南等11个国家，签署合作文件23份。")
    item("“一带一路”务实合作不断深化。",
         "全年召开与周边国家地方政府双边合作机制会议9次，达成合作事项64项；服务保障第9届中国—南亚博览会，促成外资项目签约合同金额318.6亿元。全年接待来访外宾团组情况如下（单位：批、人次）：")
    hdr = ["类别", "批次", "人次", "同比增长（%）"]
    rows = [
        ["外国政要团组", "41", "612", "13.9"],
        ["国际友城代表团", "57", "734", "21.3"],
        ["经贸合作团组", "186", "2451", "16.2"],
        ["人文交流团组", "98", "1327", "9.5"],
        ["合计", "382", "5124", "14.7"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, r in enumerate(rows, 1):
        for ci, v in enumerate(r):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, bold=(r[0] == "合计"))
        clauses.append(row_clause(hdr, r))
    widths(t, [4.6, 3.2, 3.2, 3.8])
    item("国际友城工作实现新突破。",
         "全年新缔结国际友好城市7对，其中与南亚东南亚国家城市5对，与中亚、非洲国家城市各1对。截至2025年底，全省累计缔结国际友好城市（省）117对，其中南亚东南亚国家76对，占比65.0%。")
    body("1.机制化交流更加紧密。与老挝琅勃拉邦省、越南老街省等友好省份建立年度会晤机制，全年开展友城互访64批次。")
    body("2．民生合作项目落地见效。依托友城渠道实施“光明行”、“幸福家园”等民生援助项目17个，为周边国家友城群众免费实施白内障复明手术1260例。")
    item("外事管理服务更加规范。",
         "全年审批因公出国（境）团组892批、3276人次；经云南口岸入境外国人达到312.4万人次，同比增长27.6%。")
    head("存在的问题")
    body("一是友城布局结构有待优化。与中东欧、拉美国家城市结好较少，仍有2个州（市）尚未缔结国际友城。")
    body("二是友城合作质效有待提升。部分友城关系“重签约、轻落实”，年度无实质性交往的“休眠”友城仍有14对。")
    body("三是外事工作力量有待加强，复合型外事人才不足。")
    head("2026年工作打算")
    body("2026年，省外办将着力抓好以下工作：")
    new_items()
    item("全力服务国家总体外交。",
         "做好国家主场外交配套活动服务保障，办好第10届中国—南亚博览会涉外工作。")
    item("推进国际友城扩量提质。",
         "力争新缔结国际友好城市（含友好合作关系城市）8对以上；开展“休眠”友城激活行动，年内激活10对以上。")
    item("深化“一带一路”人文交流。",
         "举办澜湄国家友城青年交流营等活动，全年培训外方人员800人次以上。")
    add_par(doc, IND + "特此报告。", indent=False)
    empty(doc, 1)
    att = "2025年云南省新缔结国际友好城市情况表"
    add_par(doc, IND + "附件：" + att, indent=False)
    empty(doc, 1)
    for txt in ("云南省人民政府外事办公室", "二〇二六年一月二十日"):
        p = add_par(doc, txt, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(48 if txt.startswith("云") else 64)
    add_par(doc, IND + "（联系人：李晓红，电话：0871-63612580）", indent=False)

    # ----------------------------------------------------------- 附件
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [(att, XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=32)
    empty(doc, 1, line=14)
    hdr = ["序号", "州（市）", "外方城市", "国别", "缔结时间", "主要合作领域"]
    rows = [
        ["1", "昆明市", "暹粒市", "柬埔寨", "2025年2月26日", "旅游、文化、教育"],
        ["2", "西双版纳傣族自治州", "琅南塔省", "老挝", "2025年4月10日", "跨境旅游、边境贸易、农业"],
        ["3", "德宏傣族景颇族自治州", "腊戍市", "缅甸", "2025年5月15日", "边境经贸、卫生健康"],
        ["4", "红河哈尼族彝族自治州", "莱州省", "越南", "2025年6月20日", "口岸合作、农业"],
        ["5", "大理白族自治州", "康提市", "斯里兰卡", "2025年6月23日", "文化、旅游、教育"],
        ["6", "玉溪市", "撒马尔罕州", "乌兹别克斯坦", "2025年9月12日", "农业、职业教育"],
        ["7", "曲靖市", "德雷达瓦市", "埃塞俄比亚", "2025年11月6日", "农业、新能源"],
    ]

    t = doc.add_table(rows=1 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12, line=22)
    for ri, r in enumerate(rows, 1):
        for ci, v in enumerate(r):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, line=22)
        t.rows[ri].height = Cm(1.4)
        clauses.append(row_clause(hdr, r))
    widths(t, [1.1, 3.4, 2.5, 2.5, 3.0, 3.1])
    note = "注：表中缔结时间为双方签署友好城市协议书的日期。"
    add_par(doc, [(note, FS, 14, False)], indent=False, line=24, before=6)
    clauses.append(note)

    banji(doc, [
        [("云南省人民政府外事办公室秘书处", FS, 14, False), ("\u3000" * 2, FS, 14, False),
         ("2026年1月20日印发", FS, 14, False)],
    ])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta("云南省人民政府外事办公室关于报送2025年工作总结和2026年工作打算的报告",
                     "云外办报〔2026〕2号", ["云南省人民政府外事办公室"], "2026-01-20",
                     "云南省", [att], ["省人民政府"]),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_guangxi():
    """广西外办 + 友协 联合上行文: two-organ 红头 with 文件 in a layout table,
    文号/签发人 in a borderless table, title with soft line breaks wrapped
    mid-name, 一、/（一）/1./（1） levels, merged two-level header table with
    caption and units, half-width punctuation slips, 落款 in a floating text
    box, （此件主动公开）, 附件 table with repeated header, 版记."""
    stem = "blind970_guangxi"
    doc = Document()
    setup(doc, pn_font=SONG)
    clauses = []

    # 联合版头
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.rows[0].cells[0], "广西壮族自治区人民政府外事办公室", XBS, 20, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40)
    set_cell(t.rows[1].cells[0], "广西壮族自治区人民对外友好协会", XBS, 20, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40)
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    set_cell(m, "文件", XBS, 40, color=RED, line=60)
    widths(t, [12.2, 3.6])
    empty(doc, 1, line=14)
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.rows[0].cells[0], "桂外办报〔2026〕5号", FS, 16, align=WD_ALIGN_PARAGRAPH.LEFT, line=28)
    set_cell(t.rows[0].cells[1], "签发人：韦俊峰　陈立新", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
    widths(t, [7.0, 8.6])
    p = add_par(doc, "", indent=False, line=6)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1)
    p = doc.add_paragraph()
    lines = ["广西壮族自治区人民政府外事办公室\u3000广西", "壮族自治区人民对外友好协会关于2025年",
             "工作总结和2026年工作打算的报告"]
    for i, ln in enumerate(lines):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(ln), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "自治区人民政府：", indent=False)

    SP = "    "  # clerk indents with four half-width spaces here

    def body(t):
        clauses.append(t)
        add_par(doc, SP + t, indent=False)

    def head(t):
        add_par(doc, [(SP + t, HT, 16, False)], indent=False)

    def sub_head(t):
        add_par(doc, [(SP + t, KT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(SP + h, KT, 16, False), (t, FS, 16, False)], indent=False)

    body("2025年，自治区外办、自治区友协围绕构建面向东盟的开放合作高地和服务共建“一带一路”，扎实推进各项工作。现将有关情况报告如下。")
    head("一、2025年工作总结")
    sub_head("（一）服务国家总体外交和高层交往")
    body("1.高层交往更加密切。全年服务保障自治区领导出访团组7批，访问9个国家；接待副部级以上外宾团组52批、736人次，同比增长15.6%。")
    body("2.服务中国—东盟博览会成效显著。圆满完成第22届中国—东盟博览会涉外服务保障，协助邀请部长级以上嘉宾128人,促成签约项目总投资额1862亿元。")
    sub_head("（二）国际友城和民间友好工作")
    body("1.友城布局持续拓展。全年新缔结友城9对，其中东盟国家城市6对。截至2025年底，全区累计缔结国际友好城市和友好合作关系城市146对，其中东盟国家城市94对，占比64.4%。")
    body("2.友城合作内容不断丰富。重点开展了以下工作:")
    body("（1）举办2025中国—东盟友好城市合作论坛，签署友城合作协议和备忘录21份。")
    body("（2）实施“友城+”合作计划，推动友城间开展跨境电商、职业教育等项目合作36项，协议金额约42.7亿元。")
    runin("（三）外事管理和涉外服务水平持续提升。",
          "全年审批因公出国（境）团组1038批、3912人次，同比分别下降3.5%和4.3%；在东兴、凭祥等边境口岸设立涉外服务站5个。主要数据见表1。")
    add_par(doc, [("表1　2025年全区外事工作主要数据（单位：批、人次）", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=26, before=4)
    keys = ["类别", "2025年／批次", "2025年／人次", "2024年／批次", "2024年／人次"]
    rows = [
        ["因公出国（境）团组", "1038", "3912", "1076", "4087"],
        ["接待来访外宾团组", "426", "5318", "371", "4652"],
        ["友城交流团组", "113", "1586", "94", "1312"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    m = t.rows[0].cells[0].merge(t.rows[1].cells[0])
    set_cell(m, "类别", HT, 12)
    set_cell(t.rows[0].cells[1].merge(t.rows[0].cells[2]), "2025年", HT, 12)
    set_cell(t.rows[0].cells[3].merge(t.rows[0].cells[4]), "2024年", HT, 12)
    for i, h in zip((1, 2, 3, 4), ("批次", "人次", "批次", "人次")):
        set_cell(t.rows[1].cells[i], h, HT, 12)
    for ri, r in enumerate(rows, 2):
        for ci, v in enumerate(r):
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
        clauses.append(row_clause(keys, r))
    widths(t, [5.0, 2.4, 2.4, 2.4, 2.4])
    head("二、存在的问题")
    body("1.友城布局不够均衡，南宁、桂林两市友城占全区的41.1%。")
    body("2.友城交往实效有待提升，合作项目少、持续性不强。")
    body("3.民间友好工作力量不足，市县两级友协组织不健全。")
    head("三、2026年工作打算")
    body("2026年，我们将重点做好以下工作：")
    runin("（一）优化友城布局。",
          "力争新缔结国际友好城市（含友好合作关系城市）10对以上，推动友城总数达到156对。")
    runin("（二）打造友城合作品牌。",
          "办好2026中国—东盟友好城市合作论坛，持续实施“友城+”合作计划。")
    runin("（三）服务高水平对外开放。",
          "围绕西部陆海新通道建设，做好第23届中国—东盟博览会涉外服务保障。")
    add_par(doc, SP + "特此报告。", indent=False)
    empty(doc, 1)
    att = "2025年广西新缔结国际友好城市（友好合作关系城市）一览表"
    p = add_par(doc, SP + "附件：2025年广西新缔结国际友好城市", indent=False)
    p = add_par(doc, " " * 10 + "（友好合作关系城市）一览表", indent=False)
    textbox(doc, ["广西壮族自治区人民政府外事办公室", "广西壮族自治区人民对外友好协会",
                  "2026年1月22日"], 175, 260, 100)
    empty(doc, 3)
    add_par(doc, SP + "（此件主动公开）", indent=False)

    # ----------------------------------------------------------- 附件
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("2025年广西新缔结国际友好城市", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30)
    add_par(doc, [("（友好合作关系城市）一览表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30)
    empty(doc, 1, line=14)
    hdr = ["序号", "区内城市", "外方城市", "国别", "类型", "签约日期"]
    rows = [
        ["1", "南宁市", "岘港市", "越南", "友好城市", "2025.03.12"],
        ["2", "柳州市", "罗勇府", "泰国", "友好合作关系城市", "2025.04.18"],
        ["3", "桂林市", "马六甲市", "马来西亚", "友好城市", "2025.05.09"],
        ["4", "钦州市", "三宝垄市", "印度尼西亚", "友好合作关系城市", "2025.06.26"],
        ["5", "北海市", "宿务市", "菲律宾", "友好合作关系城市", "2025.08.07"],
        ["6", "防城港市", "西哈努克省", "柬埔寨", "友好合作关系城市", "2025.09.17"],
        ["7", "梧州市", "吉大港市", "孟加拉国", "友好合作关系城市", "2025.10.15"],
        ["8", "玉林市", "普罗夫迪夫市", "保加利亚", "友好合作关系城市", "2025.11.04"],
        ["9", "百色市", "阿鲁沙市", "坦桑尼亚", "友好合作关系城市", "2025.12.02"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 11, line=22)
    repeat_header(t.rows[0])
    for ri, r in enumerate(rows, 1):
        for ci, v in enumerate(r):
            set_cell(t.rows[ri].cells[ci], v, FS, 11, line=22)
        t.rows[ri].height = Cm(0.9)
        clauses.append(row_clause(hdr, r))
    widths(t, [1.1, 2.1, 2.9, 2.5, 3.7, 2.9])
    note = "注：类型为“友好合作关系城市”的，双方已签署建立友好合作关系备忘录，拟于条件成熟时缔结正式友好城市关系。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    banji(doc, [
        [("抄送：外交部，中国人民对外友好协会，自治区党委办公厅。", FS, 14, False)],
        [("广西壮族自治区人民政府外事办公室", FS, 14, False), ("\u3000" * 3, FS, 14, False),
         ("2026年1月22日印发", FS, 14, False)],
    ], gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta("广西壮族自治区人民政府外事办公室\u3000广西壮族自治区人民对外友好协会关于2025年工作总结和2026年工作打算的报告",
                     "桂外办报〔2026〕5号",
                     ["广西壮族自治区人民政府外事办公室", "广西壮族自治区人民对外友好协会"],
                     "2026-01-22", "广西壮族自治区", [att], ["自治区人民政府"],
                     publicity="此件主动公开"),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_sichuan(), doc_yunnan(), doc_guangxi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
