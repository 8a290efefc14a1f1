# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1021: 联盟理事会会议通知 + 理事会会议决议 (Word + PDF + expected.json).

blind1021_tongzhi     会议通知 of the “一带一路”内陆枢纽城市合作联盟秘书处 (red head, 特急,
                      attachments 1/2 with tables after the 落款, 版记 at the end)
blind1021_jueyi       the 决议 of the same 理事会 meeting (no red head, merged two-level
                      表决结果 header, 落款 in a text box, 出席理事名单 attachment)
blind1021_gxftz       广西自贸试验区产业联盟秘书处 印发 notice + the 决议 as its 附件 (one
                      document; red head built from a borderless table, Word auto
                      numbering, manual line break, 续表 on a new page, Chinese-numeral date)
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
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
IND = "\u3000\u3000"

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, scale=None):
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
    if scale is not None:  # character scaling (red head squeezed to fit)
        w = parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale))
        sz = rpr.find(qn("w:sz"))
        if sz is not None:
            sz.addprevious(w)
        else:
            rpr.append(w)
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
    if _pending_break[0]:
        p.paragraph_format.page_break_before = True
        _pending_break[0] = False
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
    """the next paragraph starts a new page (break before, no stray empty page)"""
    _pending_break[0] = True


_pending_break = [False]


def _field(fp, size, name=SONG):
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


def setup(doc, footer=("— ", " —"), falign=C):
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
    fp.alignment = falign
    font(fp.add_run(footer[0]), SONG, 14)
    _field(fp, 14)
    font(fp.add_run(footer[1]), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tblpr = t._tbl.tblPr
    for el in tblpr.findall(qn("w:tblW")):
        tblpr.remove(el)
    tblpr.append(parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>'
                           % (nsdecls("w"), int(Cm(sum(widths)).twips))))
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for row in t.rows:
        gi = 0
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(widths[gi:gi + span]))
            gi += span


def data_table(doc, header, rows, clauses, widths=None, lefts=(), size=12):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, size, align=L if ci in lefts else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        col_widths(t, widths)
    return t


def banji(doc, cc, printer, date_txt, gap=2):
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1021", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [700]


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
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text, HT, HT, HT))
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


# ---- floating text box (DrawingML wps) ------------------------------------
def text_box(doc, lines, x_cm, w_cm, h_cm, size=16):
    emu = 360000
    paras = "".join(
        '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/>'
        '<w:sz w:val="{s}"/><w:szCs w:val="{s}"/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r></w:p>'
        .format(f=FS, s=size * 2, t=t) for t in lines)
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapTopAndBottom/><wp:docPr id="101" name="文本框 101"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t">'
        '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
        % (int(x_cm * emu), int(w_cm * emu), int(h_cm * emu), int(w_cm * emu), int(h_cm * emu), paras))
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p._p.append(parse_xml(xml))
    return p


# =================================================================== DOC A
ALLY = "“一带一路”内陆枢纽城市合作联盟"
MSC = ALLY + "秘书处"


def doc_tongzhi():
    stem = "blind1021_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    p = doc.add_paragraph()
    font(p.add_run(MSC), XBS, 30, False, RED, scale=72)
    fmt(p, align=C, indent=False, line=50, before=18)
    empty(doc, 1)
    p = add_par(doc, "内陆城联秘〔2026〕5号", indent=False, align=C)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title over two paragraphs, wrapped at an odd place
    add_par(doc, [("关于召开“一带一路”内陆枢纽城市", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("合作联盟第二届理事会第四次会议的通知", XBS, 22, False)],
            align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各理事单位，各观察员城市：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def headtext(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    def item_sp(t):  # typed with four half-width spaces instead of an indent
        clauses.append(t)
        add_par(doc, "    " + t, indent=False)

    body("经联盟理事长单位同意，定于2026年3月20日在陕西省西安市召开“一带一路”内陆枢纽城市合作联盟第二届理事会第四次会议，总结2025年联盟工作，审议2026年工作计划及增补理事单位、修改联盟章程等事项。现将有关事项通知如下：")
    head("一、会议时间")
    body("2026年3月20日(星期五)上午9:00—12:00，会期半天。3月19日14:00—20:00报到。")
    headtext("二、会议地点：", "西安国际港务区陆港大厦三楼第一会议室（西安市灞桥区港务大道1号）。报到地点：西安陆港国际酒店一楼大堂。")
    head("三、参会人员")
    body("（一）联盟理事长、副理事长、理事（每个理事单位1名）；")
    body("（二）联盟观察员城市代表（每个观察员城市1名）；")
    body("（三）联盟秘书处工作人员。")
    body("理事本人因故不能出席的，可书面委托本单位其他负责同志代为出席并行使表决权，授权委托书须于3月16日前报送联盟秘书处。")
    head("四、会议议程")
    item_sp("1.审议联盟2025年度工作报告；")
    item_sp("2.审议联盟2025年度财务收支情况报告；")
    item_sp("3.审议《联盟2026年工作计划》；")
    item_sp("4.审议关于增补兰州市、呼和浩特市为理事单位的议案；")
    item_sp("5.审议《联盟章程（修正案）》；")
    item_sp("6.审议第三届中国—中亚陆港城市合作论坛筹备方案。")
    head("五、有关要求")
    body("（一）请各理事单位于3月13日（星期五）前登录联盟工作平台填报参会回执，并将拟在会上交流的书面材料（1500字以内）发送至联盟秘书处邮箱。")
    body("（二）会议期间食宿由会务组统一安排，费用自理；往返交通费用由各单位自行承担。")
    body("（三）联系人：联盟秘书处　王思远，电话：029-83363127、13709186524；邮箱：nlcl_mss@163.com。")
    empty(doc, 1)
    add_par(doc, "附件：1．第二届理事会第四次会议议程")
    add_par(doc, "\u3000\u3000\u30002．提请第二届理事会第四次会议审议事项清单")
    empty(doc, 3)
    # 落款 typed with spaces
    p = add_par(doc, " " * 14 + MSC, indent=False)
    p.paragraph_format.keep_with_next = True
    add_par(doc, " " * 30 + "2026年3月2日", indent=False)

    # ---- 附件1
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("第二届理事会第四次会议议程", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    data_table(doc, ["时间", "议程", "主持或报告"], [
        ["9:00—9:10", "宣布会议开始，报告出席理事人数", "联盟秘书长　马骏"],
        ["9:10—9:25", "理事长单位致辞", "联盟理事长　李振华"],
        ["9:25—9:55", "审议联盟2025年度工作报告", "联盟秘书长　马骏"],
        ["9:55—10:10", "审议联盟2025年度财务收支情况报告", "联盟副秘书长　陈静"],
        ["10:10—10:25", "茶歇", "—"],
        ["10:25—11:20", "审议《联盟2026年工作计划》等4项议题，进行表决", "联盟理事长　李振华"],
        ["11:20—12:00", "理事单位交流发言，会议总结", "联盟副理事长　周德明"],
    ], clauses, widths=[3.2, 7.6, 4.8], lefts=(1,), size=12)
    add_par(doc, [("注：会议议程如有调整，以会议当天发放的材料为准。", FS, 14, False)],
            indent=False, line=24, before=6)
    clauses.append("注：会议议程如有调整，以会议当天发放的材料为准。")

    # ---- 附件2
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("提请第二届理事会第四次会议", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("审议事项清单", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    data_table(doc, ["序号", "审议事项", "提请单位", "表决方式"], [
        ["1", "联盟2025年度工作报告", "联盟秘书处", "举手表决"],
        ["2", "联盟2025年度财务收支情况报告", "联盟秘书处", "举手表决"],
        ["3", "联盟2026年工作计划", "联盟秘书处", "举手表决"],
        ["4", "关于增补兰州市、呼和浩特市为理事单位的议案", "联盟秘书处", "无记名投票"],
        ["5", "联盟章程（修正案）", "联盟秘书处", "无记名投票"],
        ["6", "第三届中国—中亚陆港城市合作论坛筹备方案", "西安国际港务区管理委员会", "举手表决"],
    ], clauses, widths=[1.4, 6.4, 4.6, 3.2], lefts=(1,), size=14)

    banji(doc, "抄送：联盟理事长单位，联盟观察员城市人民政府办公厅（室）。",
          MSC, "2026年3月2日印发", gap=6)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于召开“一带一路”内陆枢纽城市合作联盟第二届理事会第四次会议的通知",
            "doc_number": "内陆城联秘〔2026〕5号",
            "issuer": [MSC],
            "date": "2026-03-02",
            "published": None,
            "level": "other",
            "region": None,
            "effective": None,
            "expires": None,
            "attachments": ["第二届理事会第四次会议议程", "提请第二届理事会第四次会议审议事项清单"],
            "doc_type": "通知",
            "recipients": ["各理事单位", "各观察员城市"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_jueyi():
    stem = "blind1021_jueyi"
    doc = Document()
    setup(doc, footer=("— ", " —"), falign=R)
    clauses = []

    empty(doc, 1)
    # title: one paragraph, soft line break
    p = doc.add_paragraph()
    font(p.add_run(ALLY), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("第二届理事会第四次会议决议"), XBS, 22)
    fmt(p, align=C, indent=False, line=38)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def res(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    body("2026年3月20日，“一带一路”内陆枢纽城市合作联盟第二届理事会第四次会议在陕西省西安市召开。会议由联盟理事长、西安国际港务区管理委员会党工委书记、主任李振华主持。本届理事会应到理事21名，实到理事19名（其中委托出席2名），出席人数超过理事总数的三分之二，符合《“一带一路”内陆枢纽城市合作联盟章程》的规定，会议合法有效。联盟观察员城市代表、联盟秘书处工作人员列席会议。")
    body("会议审议了联盟秘书处提交的各项议案。经表决，通过以下决议：")
    res("一、审议通过《“一带一路”内陆枢纽城市合作联盟2025年度工作报告》。",
        "会议认为，2025年联盟各成员城市协同推进中欧班列集结中心和西部陆海新通道建设，全年成员城市合计开行中欧班列1.26万列、同比增长9.7%，开通跨境公铁联运线路23条，“一单制”多式联运提单在8个成员城市落地应用，联盟服务共建“一带一路”的平台作用进一步彰显。")
    res("二、审议通过《联盟2025年度财务收支情况报告》。",
        "2025年联盟收取会费及专项经费共计386.5万元，支出341.2万元，年末结余45.3万元。会议同意委托第三方会计师事务所对联盟2025年度财务收支情况进行审计，审计结果向全体理事单位通报。")
    res("三、审议通过《联盟2026年工作计划》。",
        "会议要求，2026年联盟要重点推进内陆枢纽城市班列运力共享、回程货源互通和数据互联，年内建成联盟班列信息共享平台，组织“班列+产业”招商推介活动不少于4场，推动成员城市间新增合作项目30个以上。")
    res("四、同意增补兰州市、呼和浩特市为联盟理事单位。",
        "兰州市由兰州国际港务区管理委员会、呼和浩特市由呼和浩特市商务局作为理事单位，各推荐1名负责同志担任理事。增补后，本届理事会理事单位为23个。")
    res("五、审议通过《联盟章程（修正案）》。",
        "修正案增设“数字口岸合作”专门委员会，明确理事单位年度会费标准由3万元调整为5万元，并对观察员城市转为理事单位的程序作出规定。联盟秘书处应在会后15个工作日内将修订后的章程印发各成员单位。")
    res("六、原则同意《第三届中国—中亚陆港城市合作论坛筹备方案》。",
        "论坛拟于2026年9月在西安市举办，由西安国际港务区管理委员会承办。会议授权联盟秘书处根据与会理事意见对方案作进一步修改完善，并做好对外联络、嘉宾邀请等筹备工作。")
    body("本次会议各项议案表决结果如下：")

    # 表决结果 table with a two-level merged header
    rows = [
        ["1", "联盟2025年度工作报告", "19", "0", "0", "通过"],
        ["2", "联盟2025年度财务收支情况报告", "18", "0", "1", "通过"],
        ["3", "联盟2026年工作计划", "19", "0", "0", "通过"],
        ["4", "关于增补兰州市、呼和浩特市为理事单位的议案", "17", "1", "1", "通过"],
        ["5", "联盟章程（修正案）", "16", "2", "1", "通过"],
        ["6", "第三届中国—中亚陆港城市合作论坛筹备方案", "19", "0", "0", "通过"],
    ]
    hdr = ["序号", "议案", "表决结果（票）／同意", "表决结果（票）／反对",
           "表决结果（票）／弃权", "是否通过"]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci in (0, 1, 5):
        t.cell(0, ci).merge(t.cell(1, ci))
    t.cell(0, 2).merge(t.cell(0, 4))
    set_cell(t.cell(0, 0), "序号", HT, 12)
    set_cell(t.cell(0, 1), "议案", HT, 12)
    set_cell(t.cell(0, 2), "表决结果（票）", HT, 12)
    set_cell(t.cell(0, 5), "是否通过", HT, 12)
    for ci, h in zip((2, 3, 4), ("同意", "反对", "弃权")):
        set_cell(t.cell(1, ci), h, HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12, align=L if ci == 1 else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    col_widths(t, [1.2, 6.7, 1.8, 1.8, 1.8, 2.3])
    note = "注：第4、5项议案采取无记名投票方式表决，其余议案采取举手表决方式；第5项议案获全体理事三分之二以上同意，符合章程修改的表决要求。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)
    empty(doc, 1)
    body("会议号召，各理事单位要认真落实本次会议各项决议，进一步加强沟通协作，共同把联盟建设成为内陆枢纽城市深度融入共建“一带一路”的重要合作平台。")
    empty(doc, 1)
    add_par(doc, "附件：第二届理事会第四次会议出席理事名单")
    empty(doc, 1)
    # 落款 + date in a floating text box on the right
    text_box(doc, [MSC, "2026年3月23日"], x_cm=4.6, w_cm=11.0, h_cm=2.2)
    add_par(doc, "（此件主动公开）")

    # ---- 附件
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("第二届理事会第四次会议出席理事名单", XBS, 22, False)],
            align=C, indent=False, line=36)
    empty(doc, 1)
    data_table(doc, ["序号", "理事单位", "姓名", "职务", "备注"], [
        ["1", "西安国际港务区管理委员会", "李振华", "党工委书记、主任", "理事长"],
        ["2", "重庆市人民政府口岸和物流办公室", "周德明", "主任", "副理事长"],
        ["3", "成都市口岸与物流办公室", "何晓川", "主任", "副理事长"],
        ["4", "郑州市人民政府口岸办公室", "刘国强", "主任", "副理事长"],
        ["5", "武汉市商务局", "陈立峰", "副局长", ""],
        ["6", "长沙市商务局", "彭湘宁", "副局长", ""],
        ["7", "昆明市商务局", "杨晓东", "二级调研员", "委托出席"],
        ["8", "南宁市商务局", "韦海燕", "副局长", "委托出席"],
        ["9", "乌鲁木齐国际陆港区管理委员会", "艾尔肯·买买提", "副主任", ""],
        ["10", "西宁市商务局", "马建军", "局长", ""],
        ["11", "银川市商务局", "张宁生", "副局长", ""],
        ["12", "太原市商务局", "王晋峰", "副局长", ""],
        ["13", "石家庄国际陆港管理委员会", "赵冀平", "主任", ""],
        ["14", "义乌市人民政府口岸办公室", "楼伟强", "主任", ""],
        ["15", "赣州国际陆港管理委员会", "曾志华", "副主任", ""],
        ["16", "临沂市商务局", "孙启明", "副局长", ""],
        ["17", "洛阳市商务局", "宋建伟", "副局长", ""],
        ["18", "宝鸡市商务局", "杜秦岭", "局长", ""],
        ["19", "襄阳市商务局", "黄汉东", "副局长", ""],
    ], clauses, widths=[1.2, 5.7, 3.3, 3.2, 2.4], lefts=(1,), size=12)
    note2 = "注：贵阳市商务局、合肥市商务局理事因公务请假，未出席会议。"
    add_par(doc, [(note2, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note2)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "“一带一路”内陆枢纽城市合作联盟第二届理事会第四次会议决议",
            "doc_number": None,
            "issuer": [MSC],
            "date": "2026-03-23",
            "published": None,
            "level": "other",
            "region": None,
            "effective": None,
            "expires": None,
            "attachments": ["第二届理事会第四次会议出席理事名单"],
            "doc_type": "决议",
            "recipients": [],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
GX = "中国（广西）自由贸易试验区跨境产业链供应链联盟"
GXM = GX + "秘书处"
GXJ = GX + "第一届理事会第二次会议决议"


def doc_gxftz():
    stem = "blind1021_gxftz"
    doc = Document()
    setup(doc, footer=("- ", " -"), falign=C)
    clauses = []
    n_res = make_numbering(doc, "%1、")

    # red head built from a borderless 1x2 table: organ name (2 lines) | 文件
    empty(doc, 1)
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = t.rows[0].cells
    c0.text = ""
    p = c0.paragraphs[0]
    font(p.add_run("中国（广西）自由贸易试验区"), XBS, 24, False, RED)
    p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    p.paragraph_format.line_spacing = Pt(34)
    p2 = c0.add_paragraph()
    font(p2.add_run("跨境产业链供应链联盟秘书处"), XBS, 24, False, RED)
    p2.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    p2.paragraph_format.line_spacing = Pt(34)
    set_cell(c1, "文件", XBS, 48, False, C, RED)
    c1.paragraphs[0].paragraph_format.line_spacing = Pt(60)
    col_widths(t, [11.6, 4.0])
    empty(doc, 1)
    p = add_par(doc, "桂自贸链盟秘〔2026〕8号", indent=False, align=C)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)
    # title: one paragraph with a manual break in the middle of the book title
    p = doc.add_paragraph()
    font(p.add_run("关于印发《中国（广西）自由贸易试验区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("跨境产业链供应链联盟第一届理事会"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("第二次会议决议》的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各理事单位，各会员单位：", indent=False)

    def body(t):  # typed with full-width spaces instead of a first-line indent
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    body("2026年4月10日，" + GX + "第一届理事会第二次会议在南宁市召开，会议审议通过了相关议案。现将《" + GXJ + "》印发给你们，请结合工作实际，认真抓好贯彻落实。落实中遇到的问题，请及时反馈联盟秘书处（联系人：黄蔚然，电话：0771-5862316）。")
    empty(doc, 1)
    p = add_par(doc, "附件：" + GXJ, indent=False)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 3)
    p = add_par(doc, GXM, indent=False, align=R)
    p.paragraph_format.right_indent = Pt(16)
    p = add_par(doc, "二〇二六年四月十四日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)

    # ---- 附件: the resolution itself
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("中国（广西）自由贸易试验区跨境产业链", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("供应链联盟第一届理事会第二次会议决议", XBS, 22, False)],
            align=C, indent=False, line=36)
    empty(doc, 1)
    body("2026年4月10日，" + GX + "第一届理事会第二次会议在南宁市召开。会议由联盟理事长、广西北部湾国际港务集团有限公司副总经理覃志刚主持。本次会议应到理事15名，实到理事14名，符合联盟章程关于理事会会议召开的规定。")
    body("经与会理事表决，会议通过以下决议：")

    cn = "一二三四五六"
    res_items = [
        "通过《联盟2025年工作总结及2026年工作要点》。2026年联盟将围绕电子信息、新能源汽车、东盟农产品加工、跨境物流四条产业链，组织开展中国—东盟产业链供需对接活动不少于6场，推动成员单位新增跨境合作项目20个以上。",
        "通过《联盟会费收取和使用管理办法》。会费标准为：理事单位每年2万元，会员单位每年0.5万元；会费专项用于联盟活动组织、信息平台运维和课题研究，收支情况每年向理事会报告，接受全体成员单位监督。",
        "同意接纳中国—东盟信息港股份有限公司、广西钦州保税港区开发投资有限责任公司、凭祥市东盟水果交易中心有限公司、崇左市中泰产业园发展有限公司、南宁海关技术中心、越南海防市工业园区协会等6家单位为联盟会员单位。",
        "同意调整理事会成员：广西投资集团有限公司理事由李明远同志变更为韦德成同志；中国（广西）自由贸易试验区崇左片区管理委员会理事由陆海涛同志变更为农晓辉同志。",
    ]
    for i, t in enumerate(res_items):
        clauses.append(cn[i] + "、" + t)
        p = add_par(doc, t, first=Pt(32))
        apply_num(p, n_res)
    # item five: a manual line break (Shift+Enter) inside the sentence
    t5a = "同意于2026年9月在钦州市举办“2026中国—东盟跨境产业链供应链合作大会”，由联盟秘书处会同中国（广西）自由贸易试验区钦州港片区管理委员会"
    t5b = "制定具体方案，报理事长审定后组织实施。"
    p = doc.add_paragraph()
    font(p.add_run(t5a), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(t5b), FS, 16)
    fmt(p, first=Pt(32))
    apply_num(p, n_res)
    clauses.append("五、" + t5a + t5b)

    body("会议要求，各成员单位要立足中国（广西）自由贸易试验区面向东盟的区位优势，加强产业链上下游协作，积极参与联盟各项活动，共同推动跨境产业链供应链稳定畅通。")
    body("本次会议议案表决结果及出席理事名单附后。")
    empty(doc, 1)
    add_par(doc, [("表1　议案表决结果（单位：票）", HT, 14, False)], align=C, indent=False)
    data_table(doc, ["序号", "议案", "同意", "反对", "弃权"], [
        ["1", "联盟2025年工作总结及2026年工作要点", "14", "0", "0"],
        ["2", "联盟会费收取和使用管理办法", "12", "1", "1"],
        ["3", "关于接纳新会员单位的议案", "14", "0", "0"],
        ["4", "关于调整理事会成员的议案", "13", "0", "1"],
        ["5", "关于举办2026中国—东盟跨境产业链供应链合作大会的议案", "14", "0", "0"],
    ], clauses, widths=[1.3, 9.1, 1.7, 1.7, 1.7], lefts=(1,), size=12)
    empty(doc, 1)
    p = add_par(doc, [("表2　出席理事名单", HT, 14, False)], align=C, indent=False)
    p.paragraph_format.keep_with_next = True
    hdr = ["序号", "单位", "姓名"]
    people = [
        ["1", "广西北部湾国际港务集团有限公司", "覃志刚"],
        ["2", "中国（广西）自由贸易试验区南宁片区管理委员会", "黄建新"],
        ["3", "中国（广西）自由贸易试验区钦州港片区管理委员会", "梁振宇"],
        ["4", "中国（广西）自由贸易试验区崇左片区管理委员会", "陆海涛"],
        ["5", "广西投资集团有限公司", "李明远"],
        ["6", "广西柳工机械股份有限公司", "莫宏斌"],
        ["7", "上汽通用五菱汽车股份有限公司", "蒋立平"],
        ["8", "南宁东盟电子信息产业投资有限公司", "邓海鹏"],
        ["9", "广西新通道物流集团有限公司", "韦　珊"],
        ["10", "中国银行股份有限公司广西壮族自治区分行", "周　敏"],
        ["11", "广西大学中国—东盟研究院", "罗晓峰"],
        ["12", "凭祥综合保税区投资有限公司", "苏宏亮"],
        ["13", "广西农垦集团有限公司", "潘永康"],
        ["14", "钦州中马国际物流有限公司", "林清源"],
    ]
    data_table(doc, hdr, people[:7], clauses, widths=[1.5, 10.5, 3.5], lefts=(1,), size=12)
    # clerk split the table by hand: page break, "续表2", header typed again
    page_break(doc)
    add_par(doc, [("续表2", HT, 12, False)], indent=False, line=22)
    data_table(doc, hdr, people[7:], clauses, widths=[1.5, 10.5, 3.5], lefts=(1,), size=12)

    banji(doc, "抄送：广西壮族自治区商务厅（自治区自贸办），中国（广西）自由贸易试验区南宁、钦州港、崇左片区管理委员会。",
          "联盟秘书处", "2026年4月14日印发", gap=4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于印发《" + GXJ + "》的通知",
            "doc_number": "桂自贸链盟秘〔2026〕8号",
            "issuer": [GXM],
            "date": "2026-04-14",
            "published": None,
            "level": "other",
            "region": None,
            "effective": None,
            "expires": None,
            "attachments": [GXJ],
            "doc_type": "通知",
            "recipients": ["各理事单位", "各会员单位"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_tongzhi(), doc_jueyi(), doc_gxftz()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
