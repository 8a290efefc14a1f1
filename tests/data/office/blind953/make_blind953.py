# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 953: 自贸片区管委会权责清单 / 政务服务事项目录 (公告、通知 + 横排大表).

Writes blind953_*.docx, the PDFs (LibreOffice) and expected.json next to this file.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
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
J = WD_ALIGN_PARAGRAPH.JUSTIFY

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
    if scale is not None:
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
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


def add_par(doc, runs, **kw):
    """runs: str, or list of (text, fontname, size, bold[, color[, scale]]).
    A text of "\\n" inserts a manual line break (Shift+Enter)."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        scale = r[5] if len(r) > 5 else None
        if text == "\n":
            rr = p.add_run()
            font(rr, name, size, bold, color)
            rr.add_break()
            continue
        font(p.add_run(text), name, size, bold, color, scale)
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
    fmt(p, indent=False, line=12)
    p.add_run().add_break(WD_BREAK.PAGE)


def portrait(sec):
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    sec.footer_distance = Cm(2.2)


def landscape(sec):
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.8)
    sec.left_margin, sec.right_margin = Cm(2.0), Cm(2.0)
    sec.footer_distance = Cm(0.8)


def new_section(doc, land):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    (landscape if land else portrait)(sec)
    return sec


def setup(doc, dash="— ", dash2=" —"):
    s = doc.sections[0]
    portrait(s)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    # page number footer "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run(dash), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(dash2), SONG, 14)


def flat(v):
    return "".join(v) if isinstance(v, (list, tuple)) else v


def set_cell(cell, value, name=FS, size=10.5, bold=False, align=C, line=None):
    """value: str or list of pieces separated by manual line breaks."""
    cell.text = ""
    p = cell.paragraphs[0]
    pieces = value if isinstance(value, (list, tuple)) else [value]
    for i, piece in enumerate(pieces):
        r = p.add_run(piece)
        font(r, name, size, bold)
        if i < len(pieces) - 1:
            r.add_break()
    p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing = Pt(line if line else size + 4)
    pf.first_line_indent = Pt(0)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def grid_table(doc, widths, header_rows, header_merges, labels, rows, row_merges,
               aligns, clauses, size=10, line=13, repeat=True):
    """Build a bordered table.
    header_rows: list of lists (None = covered by a merge)
    header_merges / row_merges: (r0, c0, r1, c1) inclusive, in header / data coordinates
    rows: full values for every data cell (merged values repeated -> used for the key)
    """
    nh, nd, nc = len(header_rows), len(rows), len(widths)
    t = doc.add_table(rows=nh + nd, cols=nc)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)
    covered = set()
    merges = [(a, b, c, d) for (a, b, c, d) in header_merges]
    merges += [(a + nh, b, c + nh, d) for (a, b, c, d) in row_merges]
    for (r0, c0, r1, c1) in merges:
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    covered.add((r, c))
    for (r0, c0, r1, c1) in merges:
        t.cell(r0, c0).merge(t.cell(r1, c1))
    for r in range(nh):
        if repeat:
            repeat_header(t.rows[r])
        for c in range(nc):
            if (r, c) in covered:
                continue
            set_cell(t.cell(r, c), header_rows[r][c], HT, size, False, C, line)
    for i, vals in enumerate(rows):
        r = i + nh
        for c in range(nc):
            if (r, c) in covered:
                continue
            set_cell(t.cell(r, c), vals[c], FS, size, False, aligns[c], line)
        clauses.append("；".join("%s：%s" % (h, flat(v)) for h, v in zip(labels, vals)))
    return t


def banji(doc, cc, printer, date_txt, width_spaces=8):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * width_spaces, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_953", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
        '</w:tblBorders>' % nsdecls("w")))


# 责任事项 / 追责情形 boiler-plate shared by several rows
XK_ZR = ["1.受理责任：公示应当提交的材料，一次性告知补正材料，依法受理或者不予受理（不予受理的应当告知理由）。",
         "2.审查责任：对申请材料进行审查，必要时组织现场踏勘、征求相关部门意见。",
         "3.决定责任：作出准予许可或者不予许可的决定，不予许可的应当书面说明理由。",
         "4.送达责任：准予许可的，制作并送达建设工程规划许可证。",
         "5.事后监管责任：对建设工程是否符合规划条件予以核实，依法查处违法建设行为。",
         "6.其他法律法规规章文件规定应履行的责任。"]
XK_ZJ = ["因不履行或者不正确履行行政职责，有下列情形的，行政机关及相关工作人员应当承担相应责任：",
         "1.对符合法定条件的申请不予受理、不予许可或者不在法定期限内作出许可决定的；",
         "2.对不符合法定条件的申请准予许可或者超越法定职权作出许可决定的；",
         "3.未依法说明不受理申请或者不予许可理由的；",
         "4.办理许可过程中索取或者收受他人财物、谋取其他利益的；",
         "5.其他违反法律法规规章文件规定的行为。"]
CSGHL = "《中华人民共和国城乡规划法》第四十条第一款：“在城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设的，建设单位或者个人应当向城市、县人民政府城乡规划主管部门或者省、自治区、直辖市人民政府确定的镇人民政府申请办理建设工程规划许可证。”"
WSTZ = "《中华人民共和国外商投资法》第三十四条：“国家建立外商投资信息报告制度。外国投资者或者外商投资企业应当通过企业登记系统以及企业信用信息公示系统向商务主管部门报送投资信息。”"
RLZY = "《人力资源市场暂行条例》第十八条第一款：“经营性人力资源服务机构从事职业中介活动的，应当依法向人力资源社会保障行政部门申请行政许可，取得人力资源服务许可证。”"


# =================================================================== DOC A
def doc_ningbo():
    """宁波片区管委会公告：公布承接赋权事项权责清单 (公告, 附件横排大表)."""
    stem = "blind953_nb_gonggao"
    doc = Document()
    setup(doc)
    clauses = []
    organ = "中国（浙江）自由贸易试验区宁波片区管理委员会"

    # red 版头 without 文件 (公告), compressed characters so it fits on one line
    add_par(doc, [(organ, XBS, 26, False, RED, 72)], align=C, indent=False, line=44,
            before=24)
    p = add_par(doc, [("", FS, 8, False)], indent=False, line=8)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1)
    # title with a manual line break at an odd place
    add_par(doc, [("中国（浙江）自由贸易试验区宁波片区", XBS, 22, False),
                  ("\n", XBS, 22, False),
                  ("管理委员会关于公布承接赋权事项", XBS, 22, False),
                  ("\n", XBS, 22, False),
                  ("权责清单的公告", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("2026年第1号", FS, 16, False)], align=C, indent=False, line=32, before=6,
            after=10)

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=J)

    body("为深入实施自由贸易试验区提升战略，推动省、市赋权事项在片区“放得下、接得住、管得好”，根据"
         "《浙江省人民政府关于赋予中国（浙江）自由贸易试验区宁波片区部分省级和市级管理权限的决定》"
         "（浙政发〔2025〕31号）等有关规定，我委对承接的赋权事项逐项梳理了设定依据、实施主体、责任事项"
         "和追责情形，编制形成《中国（浙江）自由贸易试验区宁波片区管理委员会承接赋权事项权责清单》"
         "（以下简称《权责清单》）。经宁波市人民政府同意，现予以公布，并就有关事项公告如下：")
    body("一、本次公布的承接赋权事项共6项，涵盖行政许可、行政处罚、行政检查、行政奖励、公共服务5个类别，"
         "由片区规划建设局、经济发展局、综合行政执法局、党政办公室按照职责分工具体实施。")
    body("二、《权责清单》所列设定依据、责任事项和追责情形，是各实施机构依法履职、接受监督的基本依据。"
         "各实施机构要严格按照清单行使权力、履行责任，做到法定职责必须为、法无授权不可为。")
    body("三、《权责清单》实行动态调整。因法律、法规、规章立改废释或者上级赋权事项调整，需要调整清单内容的，"
         "由片区党政办公室会同相关实施机构按程序办理，并及时向社会公布。")
    body("四、对《权责清单》有意见建议的，可拨打电话0574－86891235反映。")
    body("五、本公告自2026年2月1日起施行。《中国（浙江）自由贸易试验区宁波片区管理委员会关于公布承接赋权事项"
         "清单的公告》（2023年第2号）同时废止。")
    add_par(doc, "特此公告。")
    empty(doc, 1)
    p = add_par(doc, "附件：中国（浙江）自由贸易试验区宁波片区管理委员会承接赋权事项权责清单", align=J)
    p.paragraph_format.left_indent = Pt(80)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 1)
    p = add_par(doc, organ, align=R, indent=False)
    p.paragraph_format.right_indent = Pt(16)
    p = add_par(doc, "二〇二六年一月十六日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # ---- attachment on landscape pages
    new_section(doc, True)
    add_par(doc, [("附件", HT, 16, False)], indent=False, line=24)
    add_par(doc, [("中国（浙江）自由贸易试验区宁波片区管理委员会承接赋权事项权责清单", XBS, 18, False)],
            align=C, indent=False, line=28, after=6)
    widths = [1.0, 2.4, 2.8, 1.5, 5.3, 1.9, 5.4, 5.4]
    header = [["序号", "事项名称", None, "事项类型", "设定依据", "实施主体", "责任事项", "追责情形"],
              [None, "主项", "子项", None, None, None, None, None]]
    hmerge = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3), (0, 4, 1, 4), (0, 5, 1, 5),
              (0, 6, 1, 6), (0, 7, 1, 7)]
    labels = ["序号", "事项名称／主项", "事项名称／子项", "事项类型", "设定依据", "实施主体",
              "责任事项", "追责情形"]
    fu = "《浙江省人民政府关于赋予中国（浙江）自由贸易试验区宁波片区部分省级和市级管理权限的决定》（浙政发〔2025〕31号）。"
    yj1 = ["1." + CSGHL, "2." + fu]
    zm = "建设工程规划许可证核发"
    tz_zr = ["1.受理责任：一次性告知需要提交的材料，依法受理或者不予受理。",
             "2.审查责任：对项目申请报告进行审查，必要时委托评估机构评估。",
             "3.决定责任：在法定期限内作出核准或者不予核准的决定。",
             "4.送达责任：出具核准文件并送达项目单位。",
             "5.事后监管责任：通过投资项目在线审批监管平台对项目实施情况进行监督检查。"]
    tz_zj = ["1.对符合条件的项目不予核准或者对不符合条件的项目予以核准的；",
             "2.未在规定时限内办结核准事项的；",
             "3.其他违反法律法规规章文件规定的行为。"]
    tz_yj = "《企业投资项目核准和备案管理条例》（国务院令第673号）第三条第一款：“对关系国家安全、涉及全国重大生产力布局、战略性资源开发和重大公共利益等项目，实行核准管理。具体项目范围以及核准机关、核准权限依照政府核准的投资项目目录执行。”"
    cf_zr = ["1.立案责任：发现涉嫌违法行为，予以审查，决定是否立案。",
             "2.调查责任：全面、客观、公正地调查，收集相关证据。",
             "3.审查责任：对违法事实、证据、程序、法律适用、处罚种类和幅度等进行审查。",
             "4.告知责任：作出处罚决定前，告知当事人拟作出处罚的事实、理由、依据及依法享有的陈述、申辩、要求听证等权利。",
             "5.决定责任：依法作出行政处罚决定，制作行政处罚决定书。",
             "6.送达责任：依法送达行政处罚决定书。",
             "7.执行责任：监督当事人履行行政处罚决定。"]
    cf_zj = ["1.没有法定的行政处罚依据或者擅自改变处罚种类、幅度的；",
             "2.违反法定的行政处罚程序的；",
             "3.应当依法移交司法机关追究刑事责任而未移交的；",
             "4.在执法过程中滥用职权、玩忽职守、徇私舞弊的；",
             "5.其他违反法律法规规章文件规定的行为。"]
    cf_m = "对违反招标投标法律法规行为的行政处罚"
    zt = "片区综合行政执法局"
    rows = [
        ["1", zm, "建筑工程建设工程规划许可证核发", "行政许可", yj1, "片区规划建设局", XK_ZR, XK_ZJ],
        ["1", zm, "市政交通及管线工程建设工程规划许可证核发", "行政许可", yj1, "片区规划建设局",
         XK_ZR, XK_ZJ],
        ["2", "企业投资项目核准", "无", "行政许可", tz_yj, "片区经济发展局", tz_zr, tz_zj],
        ["3", cf_m, "对必须进行招标的项目而不招标的处罚", "行政处罚",
         "《中华人民共和国招标投标法》第四十九条：“违反本法规定，必须进行招标的项目而不招标的，将必须进行招标的项目化整为零或者以其他任何方式规避招标的，责令限期改正，可以处项目合同金额千分之五以上千分之十以下的罚款……”",
         zt, cf_zr, cf_zj],
        ["3", cf_m, "对招标人以不合理的条件限制或者排斥潜在投标人的处罚", "行政处罚",
         "《中华人民共和国招标投标法》第五十一条：“招标人以不合理的条件限制或者排斥潜在投标人的，对潜在投标人实行歧视待遇的，强制要求投标人组成联合体共同投标的，或者限制投标人之间竞争的，责令改正，可以处一万元以上五万元以下的罚款。”",
         zt, cf_zr, cf_zj],
        ["3", cf_m, "对投标人相互串通投标或者与招标人串通投标的处罚", "行政处罚",
         "《中华人民共和国招标投标法》第五十三条：“投标人相互串通投标或者与招标人串通投标的，投标人以向招标人或者评标委员会成员行贿的手段谋取中标的，中标无效，处中标项目金额千分之五以上千分之十以下的罚款……”",
         zt, cf_zr, cf_zj],
        ["4", "外商投资信息报告的监督检查", "无", "行政检查", WSTZ, "片区经济发展局",
         ["1.检查责任：按照“双随机、一公开”要求，对外国投资者、外商投资企业报送投资信息情况进行抽查。",
          "2.处置责任：发现未按要求报送投资信息的，责令限期补报或者更正。",
          "3.公开责任：依法公示抽查结果。"],
         ["1.未按规定开展监督检查或者选择性检查的；",
          "2.检查中发现违法行为未依法处置的；",
          "3.泄露检查中知悉的商业秘密的；",
          "4.其他违反法律法规规章文件规定的行为。"]],
        ["5", "自由贸易试验区制度创新成果评选奖励", "无", "行政奖励",
         ["1.《中国（浙江）自由贸易试验区条例》有关规定。",
          "2.《宁波片区制度创新成果评选奖励办法》（甬自贸管发〔2024〕11号）。"],
         "片区党政办公室",
         ["1.制定方案责任：制定评选方案，明确评选范围、条件和程序。",
          "2.审核公示责任：组织评审，并将拟奖励名单向社会公示。",
          "3.表彰责任：按程序作出奖励决定并兑现奖励。"],
         ["1.未按规定程序组织评选的；",
          "2.对不符合条件的单位和个人予以奖励的；",
          "3.评选过程中徇私舞弊的；",
          "4.其他违反法律法规规章文件规定的行为。"]],
        ["6", "国际贸易“单一窗口”业务咨询和申报辅导", "无", "公共服务",
         "《国务院关于印发中国（浙江）自由贸易试验区扩展区域方案的通知》（国发〔2020〕10号）。",
         "片区经济发展局",
         ["1.服务责任：公开服务内容、服务方式和联系电话，提供业务咨询和申报辅导。",
          "2.告知责任：一次性告知办理所需材料和流程。",
          "3.监督责任：接受企业和群众评价监督。"],
         ["1.未按规定公开服务信息的；",
          "2.对咨询事项推诿、敷衍造成不良影响的；",
          "3.其他违反法律法规规章文件规定的行为。"]],
    ]
    rmerge = []
    for c in (0, 1, 3, 4, 5, 6, 7):
        rmerge.append((0, c, 1, c))          # item 1: two sub-items share everything else
    for c in (0, 1, 3, 5, 6, 7):
        rmerge.append((3, c, 5, c))          # item 3: three sub-items, own 设定依据
    aligns = [C, C, C, C, L, C, L, L]
    grid_table(doc, widths, header, hmerge, labels, rows, rmerge, aligns, clauses,
               size=9, line=11.5)
    note = ["注：1.本清单所称“片区”，是指中国（浙江）自由贸易试验区宁波片区。",
            "2.实施主体栏所列机构均为宁波片区管理委员会内设机构，以片区管理委员会名义实施。"]
    p = add_par(doc, [(note[0], FS, 12, False), ("\n", FS, 12, False), (note[1], FS, 12, False)],
                indent=False, line=20, before=6)
    p.paragraph_format.left_indent = Pt(24)
    p.paragraph_format.first_line_indent = Pt(-24)
    clauses.append("".join(note))

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（浙江）自由贸易试验区宁波片区管理委员会关于公布承接赋权事项权责清单的公告",
            "doc_number": "2026年第1号",
            "issuer": [organ],
            "date": "2026-01-16",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": "2026-02-01",
            "expires": None,
            "attachments": ["中国（浙江）自由贸易试验区宁波片区管理委员会承接赋权事项权责清单"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": "《中国（浙江）自由贸易试验区宁波片区管理委员会关于公布承接赋权事项清单的公告》（2023年第2号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_luzhou():
    """川南临港片区管委会办公室通知：印发政务服务事项目录（续表手工拆分）."""
    stem = "blind953_lz_mulu"
    doc = Document()
    setup(doc)
    clauses = []
    organ = "中国（四川）自由贸易试验区川南临港片区管理委员会办公室"

    # red 版头 typed in a borderless 1x2 table: organ name (2 lines) + big 文件
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), (11.4, 4.2)):
        gc.set(qn("w:w"), str(int(w * 567)))
    t.cell(0, 0).width, t.cell(0, 1).width = Cm(11.4), Cm(4.2)
    c0 = t.cell(0, 0)
    c0.text = ""
    p = c0.paragraphs[0]
    font(p.add_run("中国（四川）自由贸易试验区"), XBS, 28, False, RED, 72)
    p.add_run().add_break()
    font(p.add_run("川南临港片区管理委员会办公室"), XBS, 28, False, RED, 72)
    p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    p.paragraph_format.line_spacing = Pt(40)
    c0.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    c1 = t.cell(0, 1)
    c1.text = ""
    font(c1.paragraphs[0].add_run("文件"), XBS, 48, False, RED)
    c1.paragraphs[0].alignment = C
    c1.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    empty(doc, 1)
    p = add_par(doc, "川南临港管办发〔2025〕27号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title typed as three separate paragraphs, broken mid-phrase
    for line in ("中国（四川）自由贸易试验区川南临港片区",
                 "管理委员会办公室关于印发《川南临港片区",
                 "政务服务事项目录（2025年版）》的通知"):
        add_par(doc, [(line, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "片区各部门，各派驻机构，各有关单位：", indent=False)

    def body(t, align=J):
        clauses.append(t)
        add_par(doc, t, align=align)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], align=J)

    body("《川南临港片区政务服务事项目录（2025年版）》（以下简称《目录》）已经片区管委会2025年第12次"
         "主任办公会议审议通过，现印发给你们，并就有关事项通知如下。")
    head("一、严格目录管理")
    runin("（一）坚持目录之外无审批。", "《目录》共纳入政务服务事项8项、办理项12个，是片区依法实施政务服务的"
          "基本依据。各实施机构不得在《目录》之外设定或者实施审批事项，不得以备案、登记、年检、认定、认证等"
          "形式变相审批。")
    runin("（二）统一事项要素。", "各实施机构要在四川政务服务网同步完善办事指南，确保事项基本要素统一。")
    head("二、优化办理流程")
    runin("（一）推行“一窗通办”。", "依托片区政务服务中心综合窗口，实行“前台综合受理、后台分类审批、"
          "统一窗口出件”，《目录》内事项原则上全部进驻综合窗口办理。")
    runin("（二）压缩承诺时限。", "各实施机构要严格落实承诺时限，对申请材料齐全、符合法定形式的，一律在"
          "承诺时限内办结；能够即办的，应当当场办结。")
    head("三、加强监督评价")
    body("片区党政办公室要依托政务服务“好差评”系统开展常态化监督，对未按《目录》办理、超时办理等问题"
         "及时督促整改；情节严重的，依规依纪追究相关人员责任。")
    body("《目录》自2026年1月1日起施行，实行动态调整。")
    empty(doc, 1)
    add_par(doc, "附件：川南临港片区政务服务事项目录（2025年版）", align=L)
    empty(doc, 1)
    p = add_par(doc, organ, align=R, indent=False)
    p.paragraph_format.right_indent = Pt(0)
    p = add_par(doc, "2025年12月8日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # ---- 附件1, landscape, table split by hand with 续表
    new_section(doc, True)
    add_par(doc, [("附件", HT, 16, False)], indent=False, line=28)
    add_par(doc, [("川南临港片区政务服务事项目录（2025年版）", XBS, 20, False)],
            align=C, indent=False, line=34)
    p = add_par(doc, [("（办理时限单位：工作日）", KT, 12, False)], align=R, indent=False, line=20,
                after=4)
    widths = [1.1, 3.0, 3.4, 1.9, 8.1, 3.4, 1.5, 1.5, 1.8]
    header = [["序号", "事项名称", "子项名称", "事项类型", "设定依据", "实施主体", "办理时限", None, "是否收费"],
              [None, None, None, None, None, None, "法定", "承诺", None]]
    hmerge = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 5, 8)] + [(0, 6, 0, 7)]
    labels = ["序号", "事项名称", "子项名称", "事项类型", "设定依据", "实施主体",
              "办理时限／法定", "办理时限／承诺", "是否收费"]
    aligns = [C, C, C, C, L, C, C, C, C]
    jzf = "《中华人民共和国建筑法》第七条第一款：“建筑工程开工前，建设单位应当按照国家有关规定向工程所在地县级以上人民政府建设行政主管部门申请领取施工许可证；但是，国务院建设行政主管部门确定的限额以下的小型工程除外。”"
    jm = "片区经济发展局（受泸州市商务局委托）"
    rows1 = [
        ["1", "港口经营许可", "无", "行政许可",
         "《中华人民共和国港口法》第二十二条第一款：“从事港口经营，应当向港口行政管理部门书面申请取得港口经营许可，并依法办理工商登记。”",
         "片区港航物流局", "30", "10", "否"],
        ["2", "建设工程施工许可证核发", "房屋建筑工程施工许可", "行政许可", jzf, "片区规划建设局",
         "7", "3", "否"],
        ["2", "建设工程施工许可证核发", "市政基础设施工程施工许可", "行政许可", jzf, "片区规划建设局",
         "7", "3", "否"],
        ["3", "技术进出口合同登记", "技术进口合同登记", "其他行政权力",
         "《中华人民共和国技术进出口管理条例》第十七条第一款：“对属于自由进口的技术，实行合同登记管理。”",
         jm, "3", "1", "否"],
        ["3", "技术进出口合同登记", "技术出口合同登记", "其他行政权力",
         "《中华人民共和国技术进出口管理条例》第三十九条第一款：“对属于自由出口的技术，实行合同登记管理。”",
         jm, "3", "1", "否"],
        ["4", "企业投资项目备案", "无", "其他行政权力",
         "《企业投资项目核准和备案管理条例》第十三条第一款：“实行备案管理的项目，企业应当在开工建设前通过在线平台将下列信息告知备案机关：……”",
         "片区经济发展局", "无", "即办", "否"],
    ]
    m1 = [(1, c, 2, c) for c in (0, 1, 3, 4, 5, 6, 7, 8)]
    m1 += [(3, c, 4, c) for c in (0, 1, 3, 5, 6, 7, 8)]
    grid_table(doc, widths, header, hmerge, labels, rows1, m1, aligns, clauses,
               size=10.5, line=15, repeat=False)
    page_break(doc)
    add_par(doc, [("续表", HT, 12, False)], indent=False, line=20, after=4)
    wr = "外国人来华工作许可"
    crj = "《中华人民共和国出境入境管理法》第四十一条第一款：“外国人在中国境内工作，应当按照规定取得工作许可和工作类居留证件。任何单位和个人不得聘用未取得工作许可和工作类居留证件的外国人。”"
    kj = "片区科技创新局（受泸州市科学技术局委托）"
    rows2 = [
        ["5", "建设工程规划许可证核发", "无", "行政许可", CSGHL, "片区规划建设局", "20", "5", "否"],
        ["6", wr, "外国人来华工作许可", "行政许可", crj, kj, "10", "5", "否"],
        ["6", wr, "外国人来华工作许可延期", "行政许可", crj, kj, "10", "5", "否"],
        ["6", wr, "外国人来华工作许可注销", "行政许可", crj, kj, "10", "即办", "否"],
        ["7", "人力资源服务许可", "无", "行政许可", RLZY, "片区社会事务局", "20", "5", "否"],
        ["8", "片区产业发展扶持资金兑现", "无", "公共服务",
         "《川南临港片区促进产业高质量发展若干政策》（川南临港管发〔2024〕9号）",
         "片区经济发展局", "无", "15", "否"],
    ]
    m2 = [(1, c, 3, c) for c in (0, 1, 3, 4, 5, 6, 8)] + [(1, 7, 2, 7)]
    grid_table(doc, widths, header, hmerge, labels, rows2, m2, aligns, clauses,
               size=10.5, line=15, repeat=False)
    note = "备注：承诺时限栏标注“即办”的，指申请材料齐全、符合法定形式的，当场办结。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    empty(doc, 1, line=20)
    banji(doc, "抄送：泸州市人民政府办公室，四川省自由贸易试验区工作办公室。",
          "川南临港片区管理委员会办公室", "2025年12月8日印发", width_spaces=16)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（四川）自由贸易试验区川南临港片区管理委员会办公室关于印发《川南临港片区政务服务事项目录（2025年版）》的通知",
            "doc_number": "川南临港管办发〔2025〕27号",
            "issuer": [organ],
            "date": "2025-12-08",
            "published": None,
            "level": "municipal",
            "region": "泸州市",
            "effective": "2026-01-01",
            "expires": None,
            "attachments": ["川南临港片区政务服务事项目录（2025年版）"],
            "doc_type": "通知",
            "recipients": ["片区各部门", "各派驻机构", "各有关单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_qinzhou():
    """钦州港片区管委会通知：印发权责清单动态调整管理办法（试行）+ 调整事项目录."""
    stem = "blind953_qz_tiaozheng"
    doc = Document()
    setup(doc, "- ", " -")
    clauses = []
    organ = "中国（广西）自由贸易试验区钦州港片区管理委员会"

    add_par(doc, [("中国（广西）自由贸易试验区", XBS, 30, False, RED, 90)], align=C, indent=False,
            line=42)
    add_par(doc, [("钦州港片区管理委员会文件", XBS, 30, False, RED)], align=C, indent=False, line=42)
    p = add_par(doc, "钦港片管发〔2026〕6号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10, "thickThinSmallGap")
    empty(doc, 1)
    for line in ("中国（广西）自由贸易试验区钦州港片区",
                 "管理委员会关于印发《钦州港片区权责清单",
                 "动态调整管理办法（试行）》的通知"):
        add_par(doc, [(line, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1, line=20)
    add_par(doc, "片区各部门、各直属单位，各驻区单位：", indent=False)

    def sp_body(t):
        """paragraph indented with typed full-width spaces instead of an indent."""
        clauses.append(t)
        add_par(doc, "\u3000\u3000" + t, indent=False, align=J)

    sp_body("为加强权责清单动态管理，规范权责事项调整程序，管委会研究制定了《钦州港片区权责清单动态调整管理"
            "办法（试行）》，已经2026年第3次主任办公会议审议通过，现印发给你们，请认真贯彻执行。")
    sp_body("根据近期法律法规修订、自治区赋权事项调整和片区机构职能调整情况，管委会对片区权责清单进行了第一批"
            "调整，共调整事项7项，其中新增3项、变更2项、取消2项，具体见附件。各部门要对照调整后的事项，"
            "及时更新办事指南和业务系统，确保清单内容与实际运行一致。")
    sp_body("执行中遇到的问题，请及时反馈片区党政办公室(法制工作办公室)。联系人:黄海涛，联系电话:0777-3881526。")
    empty(doc, 1)
    add_par(doc, "\u3000\u3000附件：钦州港片区权责清单调整事项目录（2026年第一批）", indent=False, align=L)
    empty(doc, 1)
    # 落款 aligned with tabs
    p = add_par(doc, "\t" + organ, indent=False, align=L)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.6))
    p = add_par(doc, "\t2026年3月18日", indent=False, align=L)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.6))
    add_par(doc, "\u3000\u3000（此件主动公开）", indent=False)

    # ---- the 办法 issued by the notice, typed straight on after the 落款
    empty(doc, 2)
    add_par(doc, [("钦州港片区权责清单动态调整管理办法", XBS, 22, False)], align=C, indent=False,
            line=36)
    add_par(doc, [("（试行）", KT, 16, False)], align=C, indent=False, line=32)
    empty(doc, 1)

    def chap(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False, line=30, before=4, after=4)

    def art(num, text, items=()):
        clauses.append(num + "\u3000" + text + "".join(items))
        add_par(doc, [(num, HT, 16, False), ("\u3000" + text, FS, 16, False)], align=J)
        for it in items:
            add_par(doc, it, align=J)

    chap("第一章\u3000总\u3000\u3000则")
    art("第一条", "为规范钦州港片区(以下简称片区)权责清单动态调整工作，根据《中国（广西）自由贸易试验区条例》"
        "等有关规定，制定本办法。")
    art("第二条", "本办法所称权责清单，是指列明片区管理委员会（以下简称管委会）及其工作部门行政权力事项及其设定"
        "依据、实施主体、责任事项、追责情形等内容的目录。")
    art("第三条", "管委会党政办公室负责权责清单动态调整的统筹协调、合法性审核和公布工作；片区各部门负责本部门"
        "权责事项的梳理和申报。")
    chap("第二章\u3000调整情形和程序")
    art("第四条", "有下列情形之一的，应当调整权责清单：",
        ["（一）法律、法规、规章立改废释的；",
         "（二）自治区、钦州市向片区下放、委托或者收回权责事项的；",
         "（三）片区机构设置或者职能调整的；",
         "（四）其他依法需要调整的情形。"])
    art("第五条", "片区各部门应当自调整情形发生之日起20个工作日内提出调整申请；管委会党政办公室应当在10个工作日内"
        "完成审核，重大事项报管委会主任办公会议审定。")
    art("第六条", "调整后的权责清单应当自审定之日起5个工作日内在钦州港片区门户网站公布。")
    art("第七条", "片区各部门不得在权责清单之外行使行政权力；未按规定申报调整或者擅自变更权责事项的，由管委会责令"
        "改正，情节严重的依法依规追究责任。")
    chap("第三章\u3000附\u3000\u3000则")
    art("第八条", "本办法自2026年4月1日起施行，有效期至2028年3月31日。")

    # ---- 附件 table, landscape, header row repeated on each page
    new_section(doc, True)
    add_par(doc, [("附件", HT, 16, False)], indent=False, line=24)
    add_par(doc, [("钦州港片区权责清单调整事项目录（2026年第一批）", XBS, 18, False)],
            align=C, indent=False, line=28, after=6)
    widths = [1.0, 1.4, 3.4, 1.7, 4.4, 2.2, 6.2, 5.4]
    labels = ["序号", "调整方式", "事项名称", "事项类型", "设定依据", "实施主体", "责任事项", "调整说明"]
    header = [labels]
    gxf = "自治区下放事项（桂政发〔2025〕22号）。"
    rows = [
        ["1", "新增", "外商投资信息报告的监督检查", "行政检查", "《中华人民共和国外商投资法》第三十四条",
         "片区经济发展局",
         ["1.检查责任：按照“双随机、一公开”要求开展抽查。",
          "2.处置责任：发现未按要求报送投资信息的，责令限期补报或者更正。"], gxf],
        ["2", "新增", "对未依法取得港口经营许可从事港口经营的处罚", "行政处罚",
         "《中华人民共和国港口法》第五十二条", "片区综合行政执法局",
         ["1.立案责任：发现涉嫌违法行为，予以审查，决定是否立案。",
          "2.调查、审查、告知、决定、送达、执行等责任：依照行政处罚法规定的程序履行。"],
         gxf],
        ["3", "新增", "人力资源服务许可", "行政许可", "《人力资源市场暂行条例》第十八条第一款",
         "片区社会事务局",
         ["1.受理、审查、决定、送达责任：依法办理许可。",
          "2.事后监管责任：依法开展监督检查。"],
         "钦州市人力资源和社会保障局委托片区实施。"],
        ["4", "变更", "建设工程规划许可证核发", "行政许可", "《中华人民共和国城乡规划法》第四十条",
         "片区规划建设局",
         ["1.受理责任：依法受理或者不予受理。",
          "2.审查、决定、送达责任：依法审查并作出许可决定。",
          "3.事后监管责任：开展规划条件核实。"],
         "片区机构职能调整，实施主体由“片区规划建设和交通运输局”变更为“片区规划建设局”。"],
        ["5", "变更", "企业投资项目核准", "行政许可",
         ["1.《企业投资项目核准和备案管理条例》第三条第一款。",
          "2.《政府核准的投资项目目录（广西壮族自治区本）（2025年本）》。"],
         "片区经济发展局",
         ["1.受理、审查、决定、送达责任：依法办理项目核准。",
          "2.事后监管责任：通过投资项目在线审批监管平台实施监管。"],
         "设定依据增加《政府核准的投资项目目录（广西壮族自治区本）（2025年本）》。"],
        ["6", "取消", "对外贸易经营者备案登记", "其他行政权力",
         "原依据《中华人民共和国对外贸易法》第九条（已删除）", "片区经济发展局", "—",
         "对外贸易法修正后已删除对外贸易经营者备案登记规定，清单同步取消。"],
        ["7", "取消", "港口理货业务经营许可", "行政许可", "原依据《港口经营管理规定》", "片区港航物流局",
         "—", "国务院已决定取消该项行政许可，清单同步取消。"],
    ]
    rmerge = [(0, 1, 2, 1), (3, 1, 4, 1), (5, 1, 6, 1)]
    aligns = [C, C, C, C, L, C, L, L]
    grid_table(doc, widths, header, [], labels, rows, rmerge, aligns, clauses, size=9, line=11)
    banji(doc, "抄送：钦州市人民政府办公室，自治区自由贸易试验区工作办公室。",
          "钦州港片区管理委员会党政办公室", "2026年3月18日印发", width_spaces=20)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区钦州港片区管理委员会关于印发《钦州港片区权责清单动态调整管理办法（试行）》的通知",
            "doc_number": "钦港片管发〔2026〕6号",
            "issuer": [organ],
            "date": "2026-03-18",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": "2026-04-01",
            "expires": "2028-03-31",
            "attachments": ["钦州港片区权责清单调整事项目录（2026年第一批）"],
            "doc_type": "通知",
            "recipients": ["片区各部门", "各直属单位", "各驻区单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


if __name__ == "__main__":
    for fn in (doc_ningbo, doc_luzhou, doc_qinzhou):
        convert(fn())
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    print("ok:", sorted(expected))
