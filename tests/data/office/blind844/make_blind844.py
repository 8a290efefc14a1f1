# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 844: 国际友好城市结好请示与省外办批复, Word + PDF + expected.json."""
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
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    el = parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), val, sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def _fld(fp, size, name=SONG):
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), name, size)
    r5 = fp.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer_style="dash"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.4)
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
    if footer_style == "dash":
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        font(fp.add_run("— "), SONG, 14)
        _fld(fp, 14)
        font(fp.add_run(" —"), SONG, 14)
    else:  # "-1-" typed with hyphens, right aligned
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        font(fp.add_run("-"), SONG, 14)
        _fld(fp, 14)
        font(fp.add_run("-"), SONG, 14)


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


def col_widths(t, widths_cm):
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def banji(doc, cc, printer, date_txt, gap=2):
    """版记: 抄送 + 印发 between black rules."""
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


def textbox_masthead(doc, text, size=36, width_cm=15.6, height_cm=1.9):
    """Red organ mark typed inside a floating text box (common office template)."""
    p = doc.add_paragraph()
    fmt(p, indent=False, line=12)
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    xml = (
        '<w:r %s><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapTopAndBottom/><wp:docPr id="%d" name="文本框 %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="{F}" w:hAnsi="{F}" w:eastAsia="{F}" w:cs="{F}"/>'
        '<w:color w:val="FF0000"/><w:w w:val="85"/><w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>'
        '<w:t>%s</w:t></w:r></w:p></w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr">'
        '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
        '</w:drawing></w:r>'
    ).replace("{F}", XBS)
    _textbox_id[0] += 1
    tid = _textbox_id[0]
    r = parse_xml(xml % (nsdecls("w", "wp", "a"), cx, cy, tid, tid, cx, cy,
                         size * 2, size * 2, text))
    p._p.append(r)
    # spacer paragraphs below the floating box
    return p


_textbox_id = [10]


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [900]


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
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), nid))
    ppr.insert(0, numpr)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_844", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


CN = "一二三四五六七八九十"


# =================================================================== DOC A
# 连云港市人民政府 请示 (上行文: 签发人, 加急, 附件 table with merged two-level header)
def doc_lianyungang():
    stem = "blind844_lyg_qingshi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("加急", HT, 16, False)], indent=False)
    add_par(doc, [("连云港市人民政府文件", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=18)
    empty(doc, 1)
    # 文号 left, 签发人 right, aligned with typed half-width spaces
    p = add_par(doc, [("连政〔2026〕23号", FS, 16, False), (" " * 21, FS, 16, False),
                      ("签发人：", FS, 16, False), ("王　伟", KT, 16, False)],
                indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    add_par(doc, [("连云港市人民政府关于与哈萨克斯坦共和国", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("阿克套市缔结友好城市关系的请示", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "江苏省人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("为深入服务共建“一带一路”倡议，推动中哈（连云港）物流合作基地和上合组织（连云港）出海基地建设走深走实，经与哈萨克斯坦共和国曼格斯套州阿克套市友好协商，双方拟缔结友好城市关系。现将有关情况请示如下：")
    head("一、阿克套市基本情况")
    body("阿克套市位于哈萨克斯坦共和国西部、里海东岸，是曼格斯套州首府，人口约26.3万人。阿克套港是哈萨克斯坦唯一的国际海港，年吞吐能力约1900万吨，是跨里海国际运输走廊（中间走廊）的关键节点。该市油气开采、石油化工、港口物流等产业较为发达。")
    head("二、双方交往情况")
    body("我市与阿克套市同为新亚欧大陆桥沿线重要港口城市。2019年以来，双方互派各类团组11批次、137人次。2023年，两地开通“连云港—阿克套”跨里海集装箱班列，截至2025年底累计开行412列。2025年9月，阿克套市市长努尔兰·萨尔森巴耶夫率团访问我市，双方签署《关于建立友好城市关系的意向书》。主要交往情况见附件。")
    head("三、结好的必要性和可行性")
    runin("（一）有利于深化“一带一路”交通物流合作。", "两市结好后，可进一步打通“连云港—霍尔果斯—阿克套—巴库”陆海联运通道，预计2026年跨里海班列开行量可突破200列。")
    runin("（二）有利于拓展我市开放平台功能。", "我市是中国（江苏）自由贸易试验区连云港片区所在地，与阿克套经济特区在保税物流、跨境电商、能源化工等领域互补性强。")
    runin("（三）双方结好意愿强烈，条件基本成熟。", "阿克套市议会已于2026年1月22日通过决议，同意与我市缔结友好城市关系。经商中国驻哈萨克斯坦共和国大使馆，使馆表示支持。")
    head("四、结好签约安排")
    body("经双方商定，拟于2026年6月中旬我市市长率团访问阿克套市期间签署结好协议书，协议书以中文、哈萨克文和俄文写成，三种文本同等作准。出访团组另行报批，所需经费由市财政在外事工作经费中列支。")
    add_par(doc, "妥否，请批示。")
    empty(doc, 1)
    att1 = "连云港市与阿克套市友好交往情况一览表"
    add_par(doc, "附件：" + att1, indent=True)
    empty(doc, 2)
    p = add_par(doc, "连云港市人民政府", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年3月16日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    empty(doc, 1)
    add_par(doc, "（联系人：市外办亚非处　周晓敏，联系电话：0518-85823716）")

    # ---------------- 附件: table with two-level header rows (repeat as header rows)
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [(att1, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=36, before=6)
    add_par(doc, [("（截至2026年2月底）", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    hdr1 = ["序号", "时间", "交往形式", "团组情况", None, "主要内容"]
    hdr2 = ["团长", "人数"]
    keys = ["序号", "时间", "交往形式", "团组情况／团长", "团组情况／人数", "主要内容"]
    rows = [
        ["1", "2019年6月", "来访", "阿克套市副市长\n叶尔兰·卡西莫夫", "8", "考察连云港港口及中哈（连云港）物流合作基地"],
        ["2", "2019年11月", "出访", "市政府副市长\n刘建平", "6", "出席阿克套国际海港开放日活动，洽谈港口合作"],
        ["3", "2021年10月", "视频会晤", "两市市长", "—", "就保障跨里海运输通道畅通交换意见"],
        ["4", "2023年5月", "出访", "连云港港口集团董事长", "12", "签署港口合作备忘录，开通跨里海集装箱班列"],
        ["5", "2024年7月", "来访", "阿克套国立大学副校长", "9", "与江苏海洋大学签署校际交流合作协议"],
        ["6", "2025年4月", "出访", "市政府副市长\n刘建平", "7", "考察阿克套经济特区，推介中国（江苏）自由贸易试验区连云港片区"],
        ["7", "2025年9月", "来访", "阿克套市市长\n努尔兰·萨尔森巴耶夫", "11", "出席第二届上合组织（连云港）国际物流合作论坛，签署结好意向书"],
    ]
    widths = [1.2, 2.4, 2.0, 3.8, 1.2, 5.0]

    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    r0, r1 = t.rows[0], t.rows[1]
    for ci in (0, 1, 2, 5):
        m = r0.cells[ci].merge(r1.cells[ci])
        set_cell(m, hdr1[ci], HT, 10.5)
    m = r0.cells[3].merge(r0.cells[4])
    set_cell(m, "团组情况", HT, 10.5)
    set_cell(r1.cells[3], hdr2[0], HT, 10.5)
    set_cell(r1.cells[4], hdr2[1], HT, 10.5)
    repeat_header(r0)
    repeat_header(r1)
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            cell = t.rows[ri].cells[ci]
            if "\n" in v:  # clerk pressed Shift+Enter inside the cell
                a, b = v.split("\n")
                set_cell(cell, a, FS, 10.5)
                pp = cell.paragraphs[0]
                pp.add_run().add_break(WD_BREAK.LINE)
                font(pp.add_run(b), FS, 10.5)
            else:
                set_cell(cell, v, FS, 10.5,
                         align=WD_ALIGN_PARAGRAPH.LEFT if ci == 5 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (k, v.replace("\n", ""))
                                for k, v in zip(keys, row)))
    col_widths(t, widths)
    note = "注：表中仅列示双方主要交往团组，数据由市外办、市商务局、连云港港口集团提供。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    banji(doc, "抄送：省外办。", "连云港市人民政府办公室", "2026年3月16日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "连云港市人民政府关于与哈萨克斯坦共和国阿克套市缔结友好城市关系的请示",
            "doc_number": "连政〔2026〕23号",
            "issuer": ["连云港市人民政府"],
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "连云港市",
            "effective": None,
            "expires": None,
            "attachments": [att1],
            "doc_type": "请示",
            "recipients": ["江苏省人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 江苏省外办 批复 (Word auto numbering, 3-line title, 落款 date in Chinese numerals, 有效期)
def doc_jiangsu_pifu():
    stem = "blind844_jsfao_pifu"
    doc = Document()
    setup(doc)
    clauses = []
    n_item = make_numbering(doc, "%1、")

    empty(doc, 1)
    add_par(doc, [("江苏省人民政府外事办公室文件", XBS, 30, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50, before=12)
    empty(doc, 1)
    p = add_par(doc, [("苏外办复〔2026〕29号", FS, 16, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for line in ("江苏省人民政府外事办公室关于同意",
                 "连云港市与哈萨克斯坦共和国阿克套市缔结",
                 "友好城市关系的批复"):
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "连云港市人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    items = [0]

    def item(t):
        items[0] += 1
        clauses.append(CN[items[0] - 1] + "、" + t)
        p = add_par(doc, t, first=Pt(32))
        apply_num(p, n_item)

    body("你市《关于与哈萨克斯坦共和国阿克套市缔结友好城市关系的请示》（连政〔2026〕23号）收悉。经报省人民政府同意，并经中国人民对外友好协会商外交部审核同意，现批复如下：")
    item("同意你市与哈萨克斯坦共和国曼格斯套州阿克套市缔结友好城市关系。")
    item("结好协议书须使用经审定的中文、哈萨克文和俄文文本，协议书中的国名、地名和机构名称须规范准确，不得擅自改动。签约前，请将协议书最终文本报我办备案。")
    item("请你市按照外事管理有关规定，做好市政府代表团赴哈签约的出访报批和行前教育工作，严格执行因公出国（境）管理规定和中央八项规定及其实施细则精神，严格控制团组规模和在外停留时间。")
    item("结好协议书签署后30日内，请将协议书签字文本复印件及结好活动情况书面报送我办，由我办汇总报中国人民对外友好协会登记备案。")
    item("结好后，请你市加强对友城工作的统筹规划，制定年度交流合作计划，发挥中国（江苏）自由贸易试验区连云港片区、中哈（连云港）物流合作基地等平台作用，推动友城合作向港口物流、经贸投资、人文交流等领域拓展，切实提升友城工作实效。")
    body("本批复有效期至2027年4月30日。逾期未签署协议书的，须重新履行报批程序。")
    empty(doc, 1)
    # 落款 typed with leading spaces (no right alignment), date in Chinese numerals
    add_par(doc, "\u3000" * 11 + "江苏省人民政府外事办公室", indent=False)
    add_par(doc, "\u3000" * 12 + "二〇二六年四月二十八日", indent=False)
    add_par(doc, "（此件公开发布）")
    banji(doc, "抄送：中国人民对外友好协会，省人民政府办公厅，省公安厅，连云港市外办。",
          "江苏省人民政府外事办公室秘书处", "2026年4月28日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "江苏省人民政府外事办公室关于同意连云港市与哈萨克斯坦共和国阿克套市缔结友好城市关系的批复",
            "doc_number": "苏外办复〔2026〕29号",
            "issuer": ["江苏省人民政府外事办公室"],
            "date": "2026-04-28",
            "published": None,
            "level": "provincial",
            "region": "江苏省",
            "effective": None,
            "expires": "2027-04-30",
            "attachments": [],
            "doc_type": "批复",
            "recipients": ["连云港市人民政府"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 浙江省外办: two separate 批复 printed one after the other in one file
# (text-box 版头, full-width-space indents, Shift+Enter inside paragraphs, half-width brackets)
def doc_zhejiang_two():
    stem = "blind844_zjfao_pifu2"
    doc = Document()
    setup(doc, footer_style="hyphen")
    docs = []

    def one(wenhao, title_lines, title, recipient, paras, date_typed, date_iso,
            cc, printed, mutual_break=None):
        clauses = []
        textbox_masthead(doc, "浙江省人民政府外事办公室")
        empty(doc, 1, line=20)
        p = add_par(doc, [(wenhao, FS, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
                    indent=False)
        p.paragraph_format.right_indent = Pt(16)
        border(p, "bottom", "FF0000", 12, 6, val="double")
        empty(doc, 1)
        for ln in title_lines:
            add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                    indent=False, line=36)
        empty(doc, 1)
        add_par(doc, recipient + "：", indent=False)
        for para in paras:
            if isinstance(para, tuple):  # two items typed in one paragraph with Shift+Enter
                p = doc.add_paragraph()
                font(p.add_run(IND + para[0]), FS, 16)
                p.add_run().add_break(WD_BREAK.LINE)
                font(p.add_run(IND + para[1]), FS, 16)
                fmt(p, indent=False)
                clauses.extend(para)
            else:
                add_par(doc, IND + para, indent=False)
                clauses.append(para)
        add_par(doc, IND + "此复。", indent=False)
        empty(doc, 2)
        p = add_par(doc, "浙江省人民政府外事办公室", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(48)
        p = add_par(doc, date_typed, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(72)
        empty(doc, 1)
        add_par(doc, IND + "（此件主动公开）", indent=False)
        banji(doc, cc, "浙江省人民政府外事办公室", printed, gap=2)
        docs.append({
            "meta": {
                "title": title,
                "doc_number": wenhao,
                "issuer": ["浙江省人民政府外事办公室"],
                "date": date_iso,
                "published": None,
                "level": "provincial",
                "region": "浙江省",
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "批复",
                "recipients": [recipient],
                "publicity": "此件主动公开",
                "repeals": None,
            },
            "clauses": clauses,
        })

    one("浙外办复〔2026〕8号",
        ["浙江省人民政府外事办公室关于同意舟山市",
         "与葡萄牙共和国阿威罗市缔结友好城市关系",
         "的批复"],
        "浙江省人民政府外事办公室关于同意舟山市与葡萄牙共和国阿威罗市缔结友好城市关系的批复",
        "舟山市人民政府",
        ["你市《关于与葡萄牙共和国阿威罗市缔结友好城市关系的请示》（舟政〔2026〕14号）收悉。经研究并报省人民政府同意，中国人民对外友好协会已商外交部审核同意（友协函〔2026〕117号）。现批复如下：",
         "一、同意舟山市与葡萄牙共和国阿威罗区阿威罗市缔结友好城市关系。",
         ("二、请你市抓紧与阿威罗市商定签约时间和方式，结好协议书采用中文、葡萄牙文两种文本，两种文本同等作准。",
          "三、结好后，请你市立足海洋经济和港口优势，依托中国（浙江）自由贸易试验区舟山片区油气全产业链发展平台，重点推动双方在港航物流、海洋渔业、船舶修造、文化旅游和青少年交流等领域的务实合作。"),
         "四、请严格遵守外事纪律，坚持一个中国原则，在对外交往中维护国家主权、安全和发展利益。协议书签署后30日内，请将协议书文本复印件和签约情况报送我办。"],
        "2026年5月12日", "2026-05-12",
        "抄送：中国人民对外友好协会，舟山市外办。", "2026年5月12日印发")
    page_break(doc)
    one("浙外办复〔2026〕9号",
        ["浙江省人民政府外事办公室关于同意金华市",
         "与塞尔维亚共和国克拉古耶瓦茨市建立友好",
         "交流关系的批复"],
        "浙江省人民政府外事办公室关于同意金华市与塞尔维亚共和国克拉古耶瓦茨市建立友好交流关系的批复",
        "金华市人民政府",
        ["你市《关于与塞尔维亚共和国克拉古耶瓦茨市建立友好交流关系的请示》(金政〔2026〕31号)收悉。经研究，现批复如下:",
         "一、同意金华市与塞尔维亚共和国舒马迪亚州克拉古耶瓦茨市建立友好交流关系。",
         "二、友好交流关系备忘录由双方市政府授权代表签署，可采用互访或视频连线方式进行。请你市依托“义新欧”中欧班列和中国(浙江)自由贸易试验区金义片区，重点推动在汽车零部件、跨境电商、职业教育和体育等领域开展交流合作，2026年内至少落实1项合作项目。",
         "三、请你市在友好交流关系建立满3年并开展实质性合作后，根据双方意愿和交往成效，再行研究申报缔结友好城市关系事宜。"],
        "2026年5月19日", "2026-05-19",
        "抄送：中国人民对外友好协会，省商务厅，金华市外办。", "2026年5月19日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    paths = [doc_lianyungang(), doc_jiangsu_pifu(), doc_zhejiang_two()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
