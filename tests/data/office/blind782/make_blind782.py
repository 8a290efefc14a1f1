# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 782: 自贸片区管委会权力清单和责任清单 (Word + PDF + expected.json)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
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
L = WD_ALIGN_PARAGRAPH.LEFT
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY

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
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(container, runs, **kw):
    """runs: str or list of (text, font, size, bold[, color]); '\n' in text -> soft line break."""
    p = container.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)
            if part:
                font(p.add_run(part), name, size, bold, color)
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
    fmt(p, indent=False, line=12)


def page_field(fp, name, size):
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), name, size)
    r5 = fp.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, pre="— ", post=" —"):
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
    fp.alignment = C
    font(fp.add_run(pre), SONG, 14)
    page_field(fp, SONG, 14)
    font(fp.add_run(post), SONG, 14)


def landscape_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.3), Cm(2.2)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    return sec


def set_cell(cell, text, name=FS, size=10.5, bold=False, align=C, line=15):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def grid_widths(table, widths_cm):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)
    tblW = tbl.tblPr.find(qn("w:tblW"))
    if tblW is not None:
        tblW.set(qn("w:type"), "dxa")
        tblW.set(qn("w:w"), str(int(sum(widths_cm) * 567)))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def banji(doc, cc, printer, date_txt, indent_pt=14):
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(indent_pt)
    p.paragraph_format.right_indent = Pt(indent_pt)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False), (date_txt, FS, 14, False)],
                 indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(indent_pt)
    p2.paragraph_format.right_indent = Pt(indent_pt)
    return p2


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_782", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


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
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text, KT, KT, KT))
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


# =================================================================== DOC A
# 钦州港片区管委会 公布权力清单和责任清单的通知 + 横版长表格（表头跨页重复）
def doc_qinzhou():
    stem = "blind782_qinzhou_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    # 版头: borderless layout table, organ name in two lines left, "文件" right
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = t.rows[0].cells
    c0.text = ""
    p = c0.paragraphs[0]
    font(p.add_run("中国（广西）自由贸易试验区"), XBS, 24, False, RED)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("钦州港片区管理委员会"), XBS, 24, False, RED)
    p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    p.paragraph_format.line_spacing = Pt(40)
    set_cell(c1, "文件", XBS, 40, False, C, 48)
    for r in c1.paragraphs[0].runs:
        r.font.color.rgb = RED
    grid_widths(t, [12.0, 3.6])
    empty(doc, 1)
    p = add_par(doc, "钦港片管发〔2026〕5号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: three paragraphs, odd wrapping
    for line in ["中国（广西）自由贸易试验区钦州港片区",
                 "管理委员会关于公布片区管委会行政权力",
                 "清单和责任清单（2026年版）的通知"]:
        add_par(doc, [(line, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "片区管委会各部门，各驻区单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=J)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)], align=J)

    body("为规范行政权力运行，根据《中国（广西）自由贸易试验区条例》和自治区、钦州市有关赋权文件，片区管委会对依法承接实施的行政权力事项进行了梳理和合法性审查，编制形成《中国（广西）自由贸易试验区钦州港片区管理委员会行政权力清单和责任清单（2026年版）》（以下简称《清单》），经2026年第2次片区管委会主任办公会议审议通过，现予以公布，并就有关事项通知如下：")
    runin("一、清单内容。", "《清单》共收录片区管委会依法实施的港航口岸、商贸投资领域行政权力事项7项，其中行政许可3项、行政处罚1项、行政检查1项、行政确认1项、其他行政权力1项，逐项明确了事项编码、事项名称、权力类型、实施依据、责任事项、追责情形和实施机构。")
    runin("二、严格按照清单行使权力。", "各部门要坚持“清单之外无权力”，不得擅自增加或者变相增加行政权力事项。对《清单》所列事项，要逐项编制办事指南和运行流程图，于2026年4月30日前在片区门户网站公开。")
    runin("三、切实落实责任清单。", "各部门要将《清单》明确的责任事项落实到具体岗位，对不履行或者不正确履行职责的，依法依规追究相关单位和人员责任。")
    runin("四、实行动态调整。", "因法律法规规章立改废释、上级赋权调整等需要调整《清单》的，由实施部门提出意见，经合法性审查后报片区管委会主任办公会议审定并公布。")
    runin("五、施行时间。", "本通知自印发之日起施行。《中国（广西）自由贸易试验区钦州港片区管理委员会关于公布行政权力清单的通知》（钦港片管发〔2023〕11号）同时废止。")
    att_title = "中国（广西）自由贸易试验区钦州港片区管理委员会行政权力清单和责任清单（2026年版）"
    # 附件 line, continuation aligned by hanging indent
    p = add_par(doc, "附件：" + att_title, indent=False, align=J)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 1)
    for txt in ["中国（广西）自由贸易试验区钦州港片区管理委员会", "二〇二六年三月十六日"]:
        p = add_par(doc, txt, align=R, indent=False)
        p.paragraph_format.right_indent = Pt(32 if len(txt) > 12 else 80)
    add_par(doc, "（此件公开发布）", indent=True)

    # ---------------- 附件：横版长表
    landscape_section(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("中国（广西）自由贸易试验区钦州港片区管理委员会", XBS, 20, False)],
            align=C, indent=False, line=30, before=6)
    add_par(doc, [("行政权力清单和责任清单（2026年版）", XBS, 20, False)],
            align=C, indent=False, line=30, after=10)

    top = ["序号", "事项编码", "事项名称", "权力类型", "实施依据", "责任清单", "责任清单", "实施机构"]
    sub = ["序号", "事项编码", "事项名称", "权力类型", "实施依据", "责任事项", "追责情形", "实施机构"]
    keys = ["序号", "事项编码", "事项名称", "权力类型", "实施依据",
            "责任清单／责任事项", "责任清单／追责情形", "实施机构"]
    rows = [
        ["1", "450700QZG-XK-001", "港口经营许可", "行政许可",
         "《中华人民共和国港口法》第二十二条；《港口经营管理规定》第六条、第七条",
         "1.受理责任：公示应当提交的材料，一次性告知补正材料，依法受理或者不予受理。2.审查责任：对申请材料进行审查，必要时组织现场核查。3.决定责任：在法定期限内作出准予许可或者不予许可的决定。4.送达责任：制发港口经营许可证并公开许可信息。5.事后监管责任：对被许可人开展监督检查。",
         "1.对符合法定条件的申请不予受理、不予许可或者未在法定期限内作出许可决定的；2.对不符合法定条件的申请准予许可或者超越法定职权作出许可决定的；3.在许可过程中索取或者收受他人财物、谋取其他利益的；4.其他违反法律法规规章规定的行为。",
         "片区口岸和港航服务局"],
        ["2", "450700QZG-XK-002", "港口岸线使用审批（非深水岸线）", "行政许可",
         "《中华人民共和国港口法》第十三条；《港口岸线使用审批管理办法》第四条",
         "1.受理责任：审核申请材料是否齐全、是否符合法定形式，依法受理或者不予受理。2.审查责任：组织岸线使用合理性论证和现场踏勘，征求海事、自然资源等部门意见。3.决定责任：作出审批决定并书面告知申请人。4.事后监管责任：对岸线使用情况进行跟踪检查。",
         "1.对不符合港口规划的岸线使用申请予以批准的；2.未按规定征求相关部门意见即作出审批决定的；3.对擅自改变岸线用途的行为不依法查处的；4.其他玩忽职守、滥用职权、徇私舞弊的行为。",
         "片区口岸和港航服务局"],
        ["3", "450700QZG-XK-003", "对外劳务合作经营资格核准", "行政许可",
         "《对外劳务合作管理条例》第六条、第七条",
         "1.受理责任：一次性告知申请人需要提交的材料，依法受理或者不予受理。2.审查责任：审查企业注册资本、风险处置备用金、管理人员和管理制度等条件。3.决定责任：作出核准或者不予核准决定，核准的颁发对外劳务合作经营资格证书。4.事后监管责任：对取得资格的企业开展日常监管并报送有关信息。",
         "1.对不符合条件的企业核准对外劳务合作经营资格的；2.对符合条件的申请不予核准或者拖延办理的；3.未依法履行监督管理职责，造成外派劳务人员合法权益受到严重损害的；4.其他违反法律法规规章规定的行为。",
         "片区经济发展局"],
        ["4", "450700QZG-CF-001", "对未依法取得港口经营许可从事港口经营的处罚", "行政处罚",
         "《中华人民共和国港口法》第四十八条",
         "1.立案责任：发现违法线索，决定是否立案。2.调查责任：全面、客观、公正地调查收集证据。3.审查责任：对违法事实、证据、程序和法律适用进行审查。4.告知责任：告知当事人陈述、申辩和要求听证的权利。5.决定责任：依法作出处罚决定。6.送达责任：依法送达处罚决定书。7.执行责任：监督当事人履行处罚决定。",
         "1.没有法律法规规章依据实施行政处罚的；2.擅自改变行政处罚种类、幅度的；3.违反法定程序实施行政处罚的；4.对应当予以制止和处罚的违法行为不予制止、处罚的；5.截留、私分或者变相私分罚款的；6.其他违反法律法规规章规定的行为。",
         "片区综合行政执法局"],
        ["5", "450700QZG-JC-001", "对港口危险货物作业的监督检查", "行政检查",
         "《中华人民共和国港口法》第三十五条；《港口危险货物安全管理规定》第六十二条",
         "1.检查责任：制定年度检查计划，按照“双随机、一公开”要求开展检查，如实记录检查情况。2.处置责任：对发现的安全隐患责令立即或者限期整改，依法应当给予处罚的移送处罚。3.信息公开责任：依法公开检查结果。",
         "1.未按规定开展监督检查，致使发生危险货物安全事故的；2.对检查发现的重大事故隐患未依法处置的；3.检查中妨碍企业正常生产经营活动或者索取、收受财物的；4.其他违反法律法规规章规定的行为。",
         "片区口岸和港航服务局"],
        ["6", "450700QZG-QR-001", "技术进出口合同登记", "行政确认",
         "《中华人民共和国技术进出口管理条例》第十七条、第四十条；《技术进出口合同登记管理办法》第三条",
         "1.受理责任：对申请登记的技术进出口合同材料予以受理。2.审查责任：审查合同登记内容与合同文本是否一致、材料是否齐全。3.决定责任：对符合条件的予以登记并颁发技术进出口合同登记证书。4.事后监管责任：依法开展核查，向上级商务主管部门报送登记信息。",
         "1.对符合条件的合同不予登记或者拖延登记的；2.对不符合条件的合同予以登记的；3.违规泄露企业商业秘密的；4.其他违反法律法规规章规定的行为。",
         "片区经济发展局"],
        ["7", "450700QZG-QT-001", "港口设施保安符合证书年度核验", "其他行政权力",
         "《港口设施保安规则》第二十九条",
         "1.受理责任：受理港口设施经营人提交的年度核验申请。2.核验责任：对港口设施保安计划执行情况进行现场核验。3.决定责任：对核验合格的予以签注，不合格的责令限期整改。4.事后监管责任：对港口设施保安工作进行监督检查。",
         "1.对不符合要求的港口设施予以核验通过的；2.未按规定开展核验或者拖延核验的；3.核验过程中索取、收受他人财物的；4.其他违反法律法规规章规定的行为。",
         "片区口岸和港航服务局"],
    ]
    widths = [0.9, 2.5, 2.4, 1.4, 3.6, 6.2, 5.6, 2.1]
    t = doc.add_table(rows=2 + len(rows), cols=8)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid_widths(t, widths)
    for i in range(8):
        if i in (5, 6):
            continue
        a = t.cell(0, i).merge(t.cell(1, i))
        set_cell(a, top[i], HT, 11)
    m = t.cell(0, 5).merge(t.cell(0, 6))
    set_cell(m, "责任清单", HT, 11)
    set_cell(t.cell(1, 5), "责任事项", HT, 11)
    set_cell(t.cell(1, 6), "追责情形", HT, 11)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 9, align=(J if ci in (4, 5, 6) else C), line=12)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    n1 = "注：1．事项编码由“行政区划代码+片区代码+权力类型代码+顺序号”组成，权力类型代码XK为行政许可、CF为行政处罚、JC为行政检查、QR为行政确认、QT为其他行政权力。"
    n2 = "2．各事项的办事指南和运行流程图另行公布。"
    add_par(doc, [(n1, FS, 12, False)], indent=False, line=20, before=6)
    p = add_par(doc, [(n2, FS, 12, False)], indent=False, line=20)
    p.paragraph_format.left_indent = Pt(24)
    clauses.extend([n1, n2])
    empty(doc, 1, line=12)
    p = banji(doc, "抄送：自治区商务厅（自贸办），钦州市人民政府办公室，钦州市司法局。",
              "钦州港片区管理委员会党政办公室", "2026年3月16日印发")
    p.paragraph_format.tab_stops.add_tab_stop(Cm(24.7 - 1.0), 2)
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区钦州港片区管理委员会关于公布片区管委会行政权力清单和责任清单（2026年版）的通知",
            "doc_number": "钦港片管发〔2026〕5号",
            "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会"],
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": "2026-03-16",
            "expires": None,
            "attachments": [att_title],
            "doc_type": "通知",
            "recipients": ["片区管委会各部门", "各驻区单位"],
            "publicity": "此件公开发布",
            "repeals": "《中国（广西）自由贸易试验区钦州港片区管理委员会关于公布行政权力清单的通知》（钦港片管发〔2023〕11号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 昆明片区管委会 上行文报告（签发人、加急、份号）+ 调整明细表（手工"续表"）
def doc_kunming():
    stem = "blind782_kunming_baogao"
    doc = Document()
    setup(doc)
    clauses = []
    n_item = make_numbering(doc, "（%1）")

    add_par(doc, [("000012", HT, 16, False)], indent=False, line=26)
    add_par(doc, [("加急", HT, 16, False)], indent=False, line=26)
    add_par(doc, [("中国（云南）自由贸易试验区\n昆明片区管理委员会", XBS, 28, False, RED)],
            align=C, indent=False, line=42, before=6, after=6)
    p = add_par(doc, [("昆片管报〔2026〕7号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("杨立军", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("中国（云南）自由贸易试验区昆明片区\n管理委员会关于报送片区权责清单\n调整情况的报告", XBS, 22, False)],
            align=C, indent=False, line=34, after=14)
    add_par(doc, "昆明市人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=J)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    items = [0]

    def item(h, t):
        items[0] += 1
        clauses.append("（%s）%s%s" % (CN[items[0] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], align=J)
        apply_num(p, n_item)

    body("按照《昆明市人民政府办公室关于做好2026年度权责清单动态调整工作的通知》要求，我委对片区权责清单进行了梳理。现将有关情况报告如下：")
    head("一、调整基本情况")
    body("调整前，片区管委会权责清单共有行政权力事项286项。此次新增4项、取消2项、变更3项，调整后共有行政权力事项288项，分类型情况见表1。")
    add_par(doc, [("表1　片区管委会权责清单分类型调整情况（单位：项）", HT, 14, False)], align=C, indent=False, line=26)
    keys = ["权力类型", "调整前", "调整情况／新增", "调整情况／取消", "调整情况／变更", "调整后"]
    data = [
        ["行政许可", "48", "2", "1", "1", "49"],
        ["行政处罚", "156", "1", "0", "1", "157"],
        ["行政强制", "12", "0", "0", "0", "12"],
        ["行政检查", "38", "0", "1", "1", "37"],
        ["行政确认", "9", "1", "0", "0", "10"],
        ["其他行政权力", "23", "0", "0", "0", "23"],
        ["合计", "286", "4", "2", "3", "288"],
    ]
    t = doc.add_table(rows=2 + len(data), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid_widths(t, [3.6, 2.4, 2.4, 2.4, 2.4, 2.4])
    for i, h in ((0, "权力类型"), (1, "调整前"), (5, "调整后")):
        set_cell(t.cell(0, i).merge(t.cell(1, i)), h, HT, 12)
    set_cell(t.cell(0, 2).merge(t.cell(0, 4)), "调整情况", HT, 12)
    for i, h in ((2, "新增"), (3, "取消"), (4, "变更")):
        set_cell(t.cell(1, i), h, HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(data, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, HT if row[0] == "合计" else FS, 12, line=16)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    empty(doc, 1, line=10)
    head("二、主要调整内容")
    item("承接省级赋权事项。", "根据《云南省人民政府关于赋予中国（云南）自由贸易试验区第三批省级行政职权的决定》，新增承接“外国人来华工作许可”等省级赋权事项3项。")
    item("落实法律法规修改和事权调整。", "根据《中华人民共和国食品安全法》等法律法规修改和市级事权调整情况，新增行政处罚事项1项，取消事项2项，变更事项3项。")
    head("三、下一步工作")
    body("经市人民政府同意后，我委将通过片区门户网站和云南省政务服务平台公布调整后的权责清单，并将清单执行情况纳入片区各部门年度绩效考核。")
    add_par(doc, "特此报告。")
    att = "昆明片区管委会权责清单调整事项明细表"
    add_par(doc, "附件：" + att)
    empty(doc, 1)
    # 落款 typed with spaces
    add_par(doc, " " * 12 + "中国（云南）自由贸易试验区昆明片区管理委员会", indent=False)
    add_par(doc, " " * 44 + "2026年5月20日", indent=False)
    add_par(doc, "（联系人：张丽萍；联系电话：0871-67289315）")

    # ---------------- 附件：横版，手工分表 + 续表
    landscape_section(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [(att, XBS, 20, False)], align=C, indent=False, line=30, before=6, after=10)
    hdr = ["序号", "调整类型", "事项编码", "事项名称", "权力类型", "实施依据", "责任事项", "追责情形", "调整理由"]
    widths = [0.9, 1.2, 2.6, 2.8, 1.4, 4.0, 4.6, 4.4, 2.8]
    rows = [
        ["1", "新增", "530100KMPQ-XK-049", "外国人来华工作许可", "行政许可",
         "《中华人民共和国出境入境管理法》第四十一条；《外国人在中国就业管理规定》第五条",
         "受理、审查申请材料，作出准予或者不予许可决定，制发外国人工作许可证，对用人单位开展事后监管。",
         "对不符合条件的申请准予许可的；对符合条件的申请不予许可或者超期办理的；在办理中索取、收受财物的。",
         "省级赋权事项"],
        ["2", "新增", "530100KMPQ-XK-050", "药品零售企业经营许可", "行政许可",
         "《中华人民共和国药品管理法》第五十一条、第五十二条；《药品经营和使用质量监督管理办法》第十五条",
         "受理申请，组织现场检查，作出许可决定并发放药品经营许可证，对持证企业开展监督检查。",
         "对不符合条件的企业发放许可证的；未按规定开展现场检查的；对持证企业违法经营行为监管不力造成严重后果的。",
         "省级赋权事项"],
        ["3", "新增", "530100KMPQ-QR-010", "技术进出口合同登记", "行政确认",
         "《中华人民共和国技术进出口管理条例》第十七条、第四十条",
         "受理合同登记申请，审查合同内容，对符合条件的予以登记并颁发登记证书。",
         "对符合条件的合同不予登记的；对不符合条件的合同予以登记的；泄露企业商业秘密的。",
         "省级赋权事项"],
        ["4", "新增", "530100KMPQ-CF-157", "对电子商务经营者未公示营业执照信息的处罚", "行政处罚",
         "《中华人民共和国电子商务法》第十五条、第七十六条",
         "立案、调查取证、审查、告知、决定、送达、执行等责任。",
         "没有法定依据或者违反法定程序实施处罚的；对应当处罚的违法行为不予处罚的；截留、私分罚款的。",
         "市级事权调整，委托片区实施"],
        ["5", "取消", "530100KMPQ-XK-012", "食品经营许可（仅销售预包装食品）", "行政许可",
         "《中华人民共和国食品安全法》第三十五条",
         "—", "—",
         "法律修改，仅销售预包装食品的改为备案管理"],
        ["6", "取消", "530100KMPQ-JC-021", "对报废机动车回收拆解企业的监督检查", "行政检查",
         "《报废机动车回收管理办法》第二十条",
         "—", "—",
         "实施主体调整为昆明市商务局"],
        ["7", "变更", "530100KMPQ-XK-003", "公司登记（设立、变更、注销）", "行政许可",
         "《中华人民共和国公司法》第二十九条至第三十七条；《中华人民共和国市场主体登记管理条例》第三条",
         "受理、审查登记申请，作出登记决定，核发营业执照，依法审查股东认缴出资期限。",
         "对不符合条件的申请予以登记的；对符合条件的申请不予登记的；未依法审查认缴出资期限造成严重后果的。",
         "公司法修订，更新实施依据和责任事项"],
        ["8", "变更", "530100KMPQ-CF-046", "对外国投资者或者外商投资企业未按规定报送投资信息的处罚", "行政处罚",
         "《中华人民共和国外商投资法》第三十七条；《外商投资信息报告办法》第三十二条",
         "立案、调查取证、审查、告知、决定、送达、执行等责任。",
         "违反法定程序实施处罚的；擅自改变处罚种类、幅度的；对应当处罚的违法行为不予处罚的。",
         "细化追责情形"],
        ["9", "变更", "530100KMPQ-JC-005", "对特种设备使用单位的监督检查", "行政检查",
         "《中华人民共和国特种设备安全法》第五十七条、第六十一条",
         "按照“双随机、一公开”要求制定检查计划，实施检查，对发现的问题责令整改并依法处理。",
         "未按计划开展检查的；对发现的事故隐患不依法处置，造成安全事故的。",
         "调整检查方式"],
    ]

    def part(rs):
        t = doc.add_table(rows=1 + len(rs), cols=len(hdr))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        grid_widths(t, widths)
        for i, h in enumerate(hdr):
            set_cell(t.cell(0, i), h, HT, 11)
        for ri, row in enumerate(rs, 1):
            for ci, v in enumerate(row):
                set_cell(t.cell(ri, ci), v, FS, 10, align=(J if ci in (5, 6, 7) else C), line=14)
            clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(hdr, row)))

    part(rows[:5])
    page_break(doc)
    add_par(doc, [("续表", HT, 12, False)], indent=False, line=20, after=4)
    part(rows[5:])
    empty(doc, 2, line=20)
    p = banji(doc, "抄送：昆明市司法局，昆明市委编办。",
              "中国（云南）自由贸易试验区昆明片区管理委员会办公室", "2026年5月20日印发")
    p.paragraph_format.tab_stops.add_tab_stop(Cm(24.7 - 1.0), 2)
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（云南）自由贸易试验区昆明片区管理委员会关于报送片区权责清单调整情况的报告",
            "doc_number": "昆片管报〔2026〕7号",
            "issuer": ["中国（云南）自由贸易试验区昆明片区管理委员会"],
            "date": "2026-05-20",
            "published": None,
            "level": "municipal",
            "region": "昆明市",
            "effective": None,
            "expires": None,
            "attachments": [att],
            "doc_type": "报告",
            "recipients": ["昆明市人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 喀什片区管委会办公室 印发权责清单动态管理办法的通知（章、条；空格缩进；半角括号混用）
def doc_kashi():
    stem = "blind782_kashi_banfa"
    doc = Document()
    setup(doc, "- ", " -")
    clauses = []

    add_par(doc, [("中国（新疆）自由贸易试验区\n喀什片区管理委员会办公室", XBS, 26, False, RED)],
            align=C, indent=False, line=40, before=12)
    empty(doc, 1)
    # 文号 centered by typed spaces
    p = add_par(doc, " " * 22 + "喀片管办发〔2025〕21号", indent=False)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)
    add_par(doc, [("中国（新疆）自由贸易试验区喀什片区管理\n委员会办公室关于印发《喀什片区权责清单\n动态管理办法（试行）》的通知", XBS, 22, False)],
            align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "片区管委会各部门，喀什经济开发区各园区，各有关单位：", indent=False)

    def body(t, f=FS):
        clauses.append(t)
        add_par(doc, [(IND + t, f, 16, False)], indent=False, align=J)

    body("《喀什片区权责清单动态管理办法（试行）》已经片区管委会2025年第11次主任办公会议研究同意，现印发给你们，请认真贯彻执行。")
    empty(doc, 3)
    # 落款 via tab stops, date in digits
    p = add_par(doc, "\t中国（新疆）自由贸易试验区喀什片区管理委员会办公室", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), 2)
    p = add_par(doc, "\t2025年12月8日", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(12.6), 2)
    empty(doc, 1)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    page_break(doc)
    add_par(doc, [("喀什片区权责清单动态管理办法（试行）", XBS, 22, False)],
            align=C, indent=False, line=36, after=8)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False)

    def art(no, first, items=()):
        clauses.append(no + "\u3000" + first + "".join(items))
        add_par(doc, [(IND + no, HT, 16, False), ("\u3000" + first, FS, 16, False)], indent=False, align=J)
        for it in items:
            add_par(doc, IND + it, indent=False, align=J)

    chapter("第一章　总　则")
    art("第一条", "为规范中国（新疆）自由贸易试验区喀什片区（以下简称片区）权责清单管理，推动片区管委会及其工作部门依法全面履行职能，根据国家和自治区推行权责清单制度有关规定，结合片区实际，制定本办法。")
    art("第二条", "本办法所称权责清单，是指以清单形式列明片区管委会及其工作部门依法实施的行政权力事项及其事项编码、权力类型、实施依据、责任事项、追责情形等要素。")
    chapter("第二章　调整情形和程序")
    art("第三条", "有下列情形之一的，应当对权责清单进行调整：", [
        "(一)法律、法规、规章立改废释，涉及行政权力事项增减或者变更的；",
        "(二)自治区、喀什地区依法赋予或者收回片区行政权力事项的；",
        "(三)片区工作部门职能调整，涉及实施主体变化的；",
        "(四)其他需要调整的情形。",
    ])
    art("第四条", "权责清单调整按照下列程序进行：", [
        "（一）部门申请。实施部门自调整情形发生之日起15个工作日内提出调整申请，并附调整依据；",
        "（二）合法性审查。片区管委会办公室会同片区司法所进行合法性审查；",
        "（三）审定公布。经片区管委会主任办公会议审定后，在10个工作日内通过片区门户网站公布。",
    ])
    art("第五条", "权责清单调整的类型、适用情形和办理时限，按照本办法附件执行。")
    chapter("第三章　责任落实和监督")
    art("第六条", "实施部门应当将权责清单所列责任事项落实到具体科室和岗位。片区管委会办公室每年对清单执行情况开展评估，评估结果纳入年度绩效考核。")
    art("第七条", "有下列情形之一的，对负有责任的领导人员和直接责任人员依法依规追究责任：", [
        "（一）擅自增加、取消、变更行政权力事项的；",
        "（二）未按照规定时限申请调整，造成不良后果的；",
        "（三）不履行或者不正确履行清单所列责任事项的。",
    ])
    chapter("第四章　附　则")
    art("第八条", "本办法由片区管委会办公室负责解释。")
    art("第九条", "本办法自2026年1月1日起施行，有效期至2030年12月31日。")
    empty(doc, 1)
    att = "权责清单调整类型及办理时限表"
    add_par(doc, IND + "附件：" + att, indent=False)

    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [(att, XBS, 20, False)], align=C, indent=False, line=32, before=6, after=10)
    hdr = ["序号", "调整类型", "适用情形", "申请材料", "办理时限（工作日）"]
    rows = [
        ["1", "新增", "法律法规规章新设行政权力事项或者上级依法赋权的", "调整申请表、法律依据或者赋权文件", "15"],
        ["2", "取消", "法律法规规章取消行政权力事项或者上级依法收回赋权的", "调整申请表、取消依据文件", "10"],
        ["3", "变更", "事项名称、实施依据、实施主体、责任事项或者追责情形发生变化的", "调整申请表、变更依据及变更前后对照表", "10"],
        ["4", "勘误", "清单文字表述、事项编码等存在错误的", "调整申请表、勘误说明", "5"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid_widths(t, [1.3, 2.0, 5.6, 4.6, 2.3])
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 12, line=18)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if ri == 3 and ci == 4:
                continue
            set_cell(t.cell(ri, ci), v, FS, 12, align=(J if ci in (2, 3) else C), line=18)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(hdr, row)))
    # rows 2 and 3 share one merged 办理时限 cell
    set_cell(t.cell(2, 4).merge(t.cell(3, 4)), "10", FS, 12, line=18)
    empty(doc, 3)
    p = banji(doc, "抄送：喀什地区行政公署办公室，喀什地区司法局。",
              "喀什片区管理委员会办公室", "2025年12月8日印发", indent_pt=0)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（新疆）自由贸易试验区喀什片区管理委员会办公室关于印发《喀什片区权责清单动态管理办法（试行）》的通知",
            "doc_number": "喀片管办发〔2025〕21号",
            "issuer": ["中国（新疆）自由贸易试验区喀什片区管理委员会办公室"],
            "date": "2025-12-08",
            "published": None,
            "level": "municipal",
            "region": "喀什地区",
            "effective": "2026-01-01",
            "expires": "2030-12-31",
            "attachments": [att],
            "doc_type": "通知",
            "recipients": ["片区管委会各部门", "喀什经济开发区各园区", "各有关单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_qinzhou(), doc_kunming(), doc_kashi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
