# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 977: 海事局通告 + 港口集团通知 + 联合通告 (new international container route),
Word + PDF + expected.json."""
import datetime
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


def _field(fp, instr, size=14, name=SONG, placeholder="1"):
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                           % (nsdecls("w"), instr)))
    r3 = fp.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run(placeholder), name, size)
    r5 = fp.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer="dash"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    if footer == "dash":
        s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    else:  # company template: Word default top/bottom
        s.top_margin, s.bottom_margin = Cm(2.54), Cm(2.54)
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
        _field(fp, "PAGE")
        font(fp.add_run(" —"), SONG, 14)
    else:  # company style: 第 1 页 共 3 页
        font(fp.add_run("第 "), SONG, 10.5)
        _field(fp, "PAGE", 10.5)
        font(fp.add_run(" 页  共 "), SONG, 10.5)
        _field(fp, "NUMPAGES", 10.5, placeholder="3")
        font(fp.add_run(" 页"), SONG, 10.5)


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


def row_height(row, cm):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="atLeast"/>'
                          % (nsdecls("w"), int(cm * 567))))


def no_borders(t):
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
        '</w:tblBorders>' % nsdecls("w")))


def col_widths(t, widths_cm):
    t.autofit = False
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        # set widths per physical cell using grid positions
        pos = 0
        for tc in row._tr.findall(qn("w:tc")):
            tcpr = tc.get_or_add_tcPr()
            span = tcpr.find(qn("w:gridSpan"))
            n = int(span.get(qn("w:val"))) if span is not None else 1
            w = sum(widths_cm[pos:pos + n])
            pos += n
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(w * 567)))
            tcw.set(qn("w:type"), "dxa")


def banji(doc, cc, printer, date_txt, size=14):
    """版记: 抄送 + 印发 between black rules."""
    p = add_par(doc, [(cc, FS, size, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, size, False), ("\t", FS, size, False),
                       (date_txt, FS, size, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_977", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [900]


def make_numbering(doc, lvl_text, numfmt="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, numfmt, lvl_text, HT, HT, HT))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numx = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                     % (nsdecls("w"), nid, aid))
    numbering.append(numx)
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), nid))
    ppr.insert(0, numpr)


CN = "一二三四五六七八九十"


def textbox(paragraph, lines, left_pt=190, top_pt=6, width_pt=250, height_pt=64, size=32, line=480):
    """Floating VML text box (no border) anchored to paragraph; lines = list of str."""
    inner = ""
    for ln in lines:
        inner += ('<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="{ln}" w:lineRule="exact"/></w:pPr>'
                  '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/>'
                  '<w:sz w:val="{sz}"/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r></w:p>'
                  ).format(f=FS, t=ln, sz=size, ln=line)
    xml = (
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="LuokuanBox" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:%dpt;margin-top:%dpt;width:%dpt;height:%dpt;'
        'z-index:251659264;mso-position-horizontal-relative:text;'
        'mso-position-vertical-relative:text" filled="f" stroked="f">'
        '<v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r>'
        % (nsdecls("w"), left_pt, top_pt, width_pt, height_pt, inner))
    paragraph._p.append(parse_xml(xml))


# =================================================================== DOC A
def doc_haishi():
    """钦州海事局通告: 红色机关标志 (no 文件), 文号 under it, waypoint table with merged cells."""
    stem = "blind977_haishi_tonggao"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("中华人民共和国钦州海事局", XBS, 34, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=18)
    empty(doc, 1)
    p = add_par(doc, "钦海通告〔2026〕3号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18, 10, val="thickThinSmallGap")
    empty(doc, 1)
    # title typed as three paragraphs, wrapped at odd places
    for t in ("钦州海事局关于钦州港至雅加达、巴生港",
              "国际集装箱航线开通后加强船舶通航",
              "安全管理的通告"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=HT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("为服务共建“一带一路”和西部陆海新通道建设，保障钦州港至印度尼西亚雅加达港、马来西亚巴生港国际集装箱航线（以下简称“新航线”）开通后船舶通航安全，根据《中华人民共和国海上交通安全法》《中华人民共和国船舶安全监督规则》等有关规定，结合辖区实际，现就有关事项通告如下：")
    runin("一、适用范围。", "本通告适用于在钦州港水域航行、停泊和作业的新航线集装箱船舶，以及为其提供引航、拖带、系解缆等服务的单位和船舶。")
    head("二、航行要求")
    runin("（一）", "新航线集装箱船舶进出钦州港应当使用钦州港东航道，在三墩至大榄坪南作业区航段航速不得超过10节，禁止追越、并行和掉头。", FS)
    runin("（二）", "船长300米以上或者吃水14.5米以上的集装箱船舶，原则上应当在日出至日落期间进出港，并按规定使用不少于2艘、单艘功率不低于4000kW的拖轮协助。", FS)
    # （三）and（四）typed in one paragraph with Shift+Enter
    t3 = "（三）能见度不良（能见距离小于1000米）或者风力达到6级以上时，船长300米以上的集装箱船舶暂停进出港；风力达到8级以上时，所有新航线集装箱船舶暂停靠离泊作业。"
    t4 = "（四）船舶在航道内航行时，应当在VHF 09频道保持守听，主动接受钦州船舶交通管理中心(以下简称“钦州VTS”)的交通组织和服务。"
    p = doc.add_paragraph()
    font(p.add_run(t3), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000\u3000" + t4), FS, 16)
    fmt(p)
    clauses.extend([t3, t4])
    runin("三、锚泊管理。", "新航线集装箱船舶抵港后不能直接靠泊的，应当在钦州港3号锚地或者4号锚地锚泊待泊。锚地范围为下列各点依次连线围成的水域：")

    # table caption with coordinate system in brackets
    add_par(doc, [("钦州港集装箱船舶待泊锚地坐标表", HT, 14, False),
                  ("（坐标系：CGCS2000）", KT, 12, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=6)
    header = ["序号", "锚地", "点位", "北纬", "东经"]
    rows = [
        ("1", "3号锚地", "A", "21°30′12.0″", "108°36′45.0″"),
        ("2", "3号锚地", "B", "21°30′12.0″", "108°38′20.0″"),
        ("3", "3号锚地", "C", "21°28′40.0″", "108°38′20.0″"),
        ("4", "3号锚地", "D", "21°28′40.0″", "108°36′45.0″"),
        ("5", "4号锚地", "A", "21°27′30.0″", "108°39′05.0″"),
        ("6", "4号锚地", "B", "21°27′30.0″", "108°40′50.0″"),
        ("7", "4号锚地", "C", "21°25′55.0″", "108°40′50.0″"),
        ("8", "4号锚地", "D", "21°25′55.0″", "108°39′05.0″"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, r in enumerate(rows, 1):
        for ci, v in enumerate(r):
            if ci == 1:
                continue
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, r)))
    # merged 锚地 cells (vertical)
    m1 = t.cell(1, 1).merge(t.cell(4, 1))
    set_cell(m1, "3号锚地", FS, 12)
    m2 = t.cell(5, 1).merge(t.cell(8, 1))
    set_cell(m2, "4号锚地", FS, 12)
    col_widths(t, [1.5, 3.0, 2.0, 4.2, 4.2])
    note = "注：3号锚地水深12.0～16.5米，4号锚地水深15.0～19.0米，底质均为泥沙；锚泊船舶之间应当保持不少于1海里的安全距离。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    runin("四、船舶报告。", "新航线集装箱船舶应当在预计抵达钦州港24小时前通过国际贸易“单一窗口”向钦州海事局报告船舶动态、载运危险货物、船员等信息，报告内容见附件。船舶在抵达钦州港引航检疫锚地前2小时、驶离泊位前1小时，应当通过VHF 09频道向钦州VTS报告。")
    runin("五、引航和靠离泊。", "新航线集装箱船舶进出港、移泊应当申请引航。码头经营人应当在船舶靠泊前核实泊位水深和靠泊能力，确保与到港船舶相适应。")
    runin("六、危险货物集装箱。", "载运危险货物集装箱的船舶，应当按规定办理船舶载运危险货物申报手续，未经海事管理机构同意不得进出港或者装卸。")
    runin("七、施行日期。", "本通告自2026年3月1日起施行，有效期至2028年2月29日。《钦州海事局关于钦州港东航道大型船舶通航安全管理的通告》（钦海通告〔2023〕5号）同时废止。")
    add_par(doc, "特此通告。")
    add_par(doc, "附件：钦州港国际集装箱航线船舶进港信息报告表")
    # 落款 aligned with typed half-width spaces
    add_par(doc, " " * 26 + "中华人民共和国钦州海事局", indent=False)
    add_par(doc, " " * 34 + "2026年2月12日", indent=False)
    add_par(doc, "（此件公开发布）")

    # ---- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("钦州港国际集装箱航线船舶进港信息报告表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1)
    h2 = ["序号", "报告项目", "填报要求"]
    r2 = [
        ("1", "船名／呼号／IMO编号", "中英文船名、呼号及IMO编号"),
        ("2", "船旗国／船舶类型", "按船舶国籍证书填写"),
        ("3", "总长／型宽／最大吃水", "单位：米，保留一位小数"),
        ("4", "上一港／下一港", "填写港口中英文名称及UN/LOCODE代码"),
        ("5", "预计抵港时间（ETA）", "北京时间，精确到分钟"),
        ("6", "载箱量", "分别填写重箱、空箱数量（TEU）"),
        ("7", "危险货物集装箱", "填写联合国编号、类别及箱量；无则填“无”"),
        ("8", "船员人数", "含船长"),
        ("9", "船舶代理", "代理公司名称、联系人及联系电话"),
    ]
    t2 = doc.add_table(rows=1 + len(r2), cols=3)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(h2):
        set_cell(t2.rows[0].cells[i], h, HT, 14, line=26)
    repeat_header(t2.rows[0])
    for ri, r in enumerate(r2, 1):
        row_height(t2.rows[ri], 1.1)
        for ci, v in enumerate(r):
            set_cell(t2.rows[ri].cells[ci], v, FS, 14,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER,
                     line=24)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(h2, r)))
    col_widths(t2, [1.6, 5.6, 8.2])
    note2 = "注：本表通过国际贸易“单一窗口”填报，纸质报告表仅在系统故障时使用。"
    clauses.append(note2)
    add_par(doc, [(note2, FS, 14, False)], indent=False, line=24, before=6)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "钦州海事局关于钦州港至雅加达、巴生港国际集装箱航线开通后加强船舶通航安全管理的通告",
            "doc_number": "钦海通告〔2026〕3号",
            "issuer": ["中华人民共和国钦州海事局"],
            "date": "2026-02-12",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": "2026-03-01",
            "expires": "2028-02-29",
            "attachments": ["钦州港国际集装箱航线船舶进港信息报告表"],
            "doc_type": "通告",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": "《钦州海事局关于钦州港东航道大型船舶通航安全管理的通告》（钦海通告〔2023〕5号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_jituan():
    """港口集团通知 to shipping agents: company letterhead, 编号, textbox 落款, 续表."""
    stem = "blind977_jituan_tongzhi"
    doc = Document()
    setup(doc, footer="company")
    clauses = []

    add_par(doc, [("紧急", HT, 16, False)], indent=False)
    add_par(doc, [("广西北部湾港口集团有限公司", XBS, 30, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=48, before=6)
    p = add_par(doc, [("GUANGXI BEIBU GULF PORT GROUP CO., LTD.", "Times New Roman", 10.5, True, RED)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=16)
    border(p, "bottom", "FF0000", 12, 4)
    p = add_par(doc, [("\t", FS, 14, False), ("编号：BBWG-SC-2026-018", FS, 14, False)],
                indent=False, line=26, before=4)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), 2)
    empty(doc, 1)
    # title: one paragraph with a soft line break
    p = doc.add_paragraph()
    font(p.add_run("关于钦州港至雅加达、巴生港国际集装箱航线"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("首航及相关作业安排的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, [("各船舶代理公司、各货运代理公司、各集装箱车队：", FS, 14, False)],
            indent=False, line=25)

    def body(t):
        clauses.append(t)
        add_par(doc, [(t, FS, 14, False)], line=25, first=Pt(28))

    def head(t):
        add_par(doc, [(t, HT, 14, False)], line=25, first=Pt(28))

    def runin(h, t, hf=KT, bold=True):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 14, bold), (t, FS, 14, False)], line=25, first=Pt(28))

    body("由中外航运企业联合开辟的钦州港至印度尼西亚雅加达（丹戎普里奥克港）、马来西亚巴生港国际集装箱航线（航线代码：QJK）将于2026年3月6日首航。为做好首航及后续常态化运营保障工作，现将有关作业安排通知如下：")
    head("一、航线基本情况")
    body("该航线每周一班，挂靠顺序为钦州—海防—雅加达—巴生—钦州，全程周转时间21天，投入3艘1800TEU级集装箱船舶，首航船舶为“北部湾之星”轮（BEIBU GULF STAR），航次号2601S。船期安排详见附件。")
    head("二、作业安排")
    runin("1.作业码头。", "新航线船舶固定在钦州港大榄坪南作业区7号、8号泊位靠泊作业，由集团所属大榄坪集装箱码头分公司负责装卸作业。")
    runin("2．进港时间。", "出口重箱自船舶预计抵港前72小时开始进港，截港时间为船舶预计抵港前24小时；空箱提箱凭船公司放箱指令办理。")
    runin("3.截单和截关。", "船舶代理应当于船舶预计抵港前36小时完成舱单预配数据申报，截关时间为船舶预计抵港前20小时。逾期申报的集装箱原则上安排下一航次出运。")
    runin("4.危险品箱。", "载运危险货物集装箱的，船舶代理须在船舶预计抵港前48小时向码头提交危险货物申报资料，经海事管理机构审批同意后方可进港；1类、7类危险货物集装箱一律直装直提，不得在码头堆存。")
    runin("5.集卡预约。", "所有出口重箱实行“网上预约、按时段进港”，请各车队通过“北港通”客户服务平台提前预约，具体要求如下：")
    body("（1）预约时段为每2小时一个时段，每车每次限预约1个时段；")
    body("(2)未预约或者超出预约时段2小时以上到港的集卡，闸口不予放行；")
    body("（3）首航期间（2026年3月1日至3月10日）闸口实行24小时作业。")
    runin("三、首航优惠。", "为支持新航线培育，2026年3月1日至2026年5月31日期间，对该航线进出口集装箱港口作业包干费按现行收费标准的80%收取，堆存期在7天以内的免收堆存费。优惠期满后按集团公布的收费标准执行。", HT, False)
    runin("四、其他事项。", "请各船舶代理公司及时将本通知转告相关船公司和货主，做好订舱、报关、集港等衔接工作。作业中遇到问题，请及时与集团生产业务部或码头调度中心联系。", HT, False)
    body("联系人：黄伟明（生产业务部）0777-3885612；覃丽萍（码头调度中心，24小时值班）0777-3885630。")
    add_par(doc, [("附件：QJK航线2026年3—6月船期表", FS, 14, False)], line=25, first=Pt(28),
            before=12)
    # 落款 in a floating text box (typed by the clerk so the seal can cover it)
    p = add_par(doc, "", indent=False)
    textbox(p, ["广西北部湾港口集团有限公司", "2026年2月20日"], left_pt=210, width_pt=220,
            size=28, line=440)

    # ---- 附件: schedule, split by hand with 续表
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("QJK航线2026年3—6月船期表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, before=6, after=6)
    ships = ["北部湾之星", "海丝明珠", "东盟快航"]
    eta0 = datetime.datetime(2026, 3, 6, 8, 0)
    sched = []
    for i in range(17):
        eta = eta0 + datetime.timedelta(days=7 * i)
        f = lambda d: "%d月%d日 %02d:%02d" % (d.month, d.day, d.hour, d.minute)
        sched.append((str(i + 1), ships[i % 3], "26%02dS" % (i + 1), f(eta),
                      f(eta - datetime.timedelta(hours=36)),
                      f(eta - datetime.timedelta(hours=24)),
                      f(eta - datetime.timedelta(hours=20)),
                      "首航" if i == 0 else "—"))
    flat_header = ["序号", "船名", "航次", "预计抵港时间", "截止时间／截单",
                   "截止时间／截港", "截止时间／截关", "备注"]

    def sched_table(rows):
        t = doc.add_table(rows=2 + len(rows), cols=8)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for ci, h in enumerate(["序号", "船名", "航次", "预计抵港时间"]):
            c = t.cell(0, ci).merge(t.cell(1, ci))
            set_cell(c, h, HT, 10.5, line=16)
        c = t.cell(0, 7).merge(t.cell(1, 7))
        set_cell(c, "备注", HT, 10.5, line=16)
        c = t.cell(0, 4).merge(t.cell(0, 6))
        set_cell(c, "截止时间", HT, 10.5, line=16)
        for ci, h in zip((4, 5, 6), ("截单", "截港", "截关")):
            set_cell(t.cell(1, ci), h, HT, 10.5, line=16)
        repeat_header(t.rows[0])
        repeat_header(t.rows[1])
        for ri, r in enumerate(rows, 2):
            row_height(t.rows[ri], 1.0)
            for ci, v in enumerate(r):
                set_cell(t.rows[ri].cells[ci], v, FS, 10.5, line=16)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(flat_header, r)))
        col_widths(t, [1.2, 2.3, 1.6, 2.7, 2.1, 2.1, 2.1, 1.3])
        return t

    sched_table(sched[:12])
    page_break(doc)
    add_par(doc, [("续表", HT, 12, False)], indent=False, line=22)
    sched_table(sched[12:])
    note = "注：以上时间均为北京时间；船期如有调整，以船公司和码头调度中心通知为准。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=6)
    empty(doc, 3, line=25)
    banji(doc, "抄送：钦州海事局，钦州海关，钦州出入境边防检查站，集团所属各单位。",
          "广西北部湾港口集团有限公司办公室", "2026年2月20日印发", size=12)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于钦州港至雅加达、巴生港国际集装箱航线首航及相关作业安排的通知",
            "doc_number": "BBWG-SC-2026-018",
            "issuer": ["广西北部湾港口集团有限公司"],
            "date": "2026-02-20",
            "published": None,
            "level": "other",
            "region": None,
            "effective": None,
            "expires": None,
            "attachments": ["QJK航线2026年3—6月船期表"],
            "doc_type": "通知",
            "recipients": ["各船舶代理公司", "各货运代理公司", "各集装箱车队"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_lianyungang():
    """联合通告: two-organ red header in a layout table, Word auto numbering,
    full-width-space indents, Chinese-numeral date, 版记."""
    stem = "blind977_lyg_lianhe_tonggao"
    doc = Document()
    setup(doc)
    clauses = []
    n_item = make_numbering(doc, "%1、")

    empty(doc, 1)
    # joint red header: organ names stacked left, 通告 on the right (borderless table)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "连云港市交通运输局", XBS, 28, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40)
    set_cell(t.cell(1, 0), "连云港市公安局", XBS, 28, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40)
    c = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(c, "通告", XBS, 48, color=RED, line=60)
    col_widths(t, [10.6, 4.8])
    empty(doc, 1)
    p = add_par(doc, "连交通告〔2026〕2号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    for tt in ("关于连云港港至达曼、杰贝阿里",
               "国际集装箱航线开通期间港区",
               "道路交通组织的通告"):
        add_par(doc, [(tt, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    cnt = [0]

    def item(h, t):
        cnt[0] += 1
        clauses.append(CN[cnt[0] - 1] + "、" + h + t)
        runs = []
        if h:
            runs.append((h, HT, 16, False))
        runs.append((t, FS, 16, False))
        p = add_par(doc, runs, first=Pt(32))
        apply_num(p, n_item)

    body("连云港港至沙特阿拉伯达曼港、阿联酋杰贝阿里港国际集装箱航线（以下简称“中东航线”）将于2026年3月18日开通。为保障航线开通初期港区集装箱集疏运安全有序，根据《中华人民共和国道路交通安全法》《中华人民共和国港口法》等法律法规，经市人民政府同意，现就港区道路交通组织有关事项通告如下：")
    item("管控区域。", "连云港港连云港区庙岭、墟沟集装箱作业区及其周边道路，具体为：中山西路（港城大道至墟沟疏港路口段）、疏港大道（墟沟收费站至庙岭三期闸口段）、港前大道全线。")
    item("集装箱车辆分时通行。", "每日7时至9时、17时至19时，禁止集装箱运输车辆在中山西路通行；其他时段集装箱运输车辆应当按照交通标志、标线指示，在最右侧车道行驶，不得占用其他车道。")
    item("集港预约。", "进入庙岭、墟沟集装箱作业区的集装箱运输车辆，应当通过连云港港口集团“智慧集卡”平台预约进港时段；未预约车辆不得在港区道路及闸口前排队等候。")
    item("临时停车区设置。", "在疏港大道东侧设置集装箱运输车辆临时停车区（约300个车位），供待进港车辆停放，单次停放时间不超过4小时。临时停车区内禁止装卸、掏箱作业。")
    item("超限超载治理。", "集装箱运输车辆不得超限超载，不得使用不合格的集装箱锁具；交通运输部门在港区闸口设置称重检测设备，公安交管部门依法查处违法行为。")
    item("安全要求。", "集装箱运输车辆驾驶人应当遵守道路交通安全法律法规，严禁疲劳驾驶、超速行驶和违法停车；运输危险货物集装箱的车辆，应当按照公安机关指定的路线和时间行驶。")
    item("特殊车辆除外。", "执行任务的警车、消防车、救护车、工程救险车以及经公安交管部门批准的车辆，不受本通告第二项限制。")
    item("", "违反本通告规定的，由公安交管部门、交通运输部门依照有关法律法规予以处理。")
    item("施行期限。", "本通告自2026年3月15日起施行，至2026年6月30日止。")
    add_par(doc, IND + "特此通告。", indent=False)
    empty(doc, 3)
    # two 落款 organs on one line via tabs, Chinese-numeral date below
    p = add_par(doc, [("\t连云港市交通运输局\t连云港市公安局", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.6))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.8))
    add_par(doc, "\u3000" * 9 + "二〇二六年三月十日", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "（此件主动公开）", indent=False)
    empty(doc, 4)
    banji(doc, "抄送：市人民政府办公室，连云港海事局，连云港海关，连云港港口集团有限公司。",
          "连云港市交通运输局办公室", "2026年3月10日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于连云港港至达曼、杰贝阿里国际集装箱航线开通期间港区道路交通组织的通告",
            "doc_number": "连交通告〔2026〕2号",
            "issuer": ["连云港市交通运输局", "连云港市公安局"],
            "date": "2026-03-10",
            "published": None,
            "level": "municipal",
            "region": "连云港市",
            "effective": "2026-03-15",
            "expires": "2026-06-30",
            "attachments": [],
            "doc_type": "通告",
            "recipients": [],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_haishi(), doc_jituan(), doc_lianyungang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
