# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 692: 自贸片区管委会 关于印发《工作规则》和《主任办公会议议事规则》的通知.

Writes three .docx files (python-docx), their PDFs (LibreOffice) and expected.json
next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)
FWS = "\u3000"  # full-width space

CENTER = WD_ALIGN_PARAGRAPH.CENTER
LEFT = WD_ALIGN_PARAGRAPH.LEFT
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def cn(n):
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n - 10] if n > 10 else "")
    t, u = divmod(n, 10)
    return d[t] + "十" + (d[u] if u else "")


def set_font(run, font, size, bold=None, color=None, scale=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    if scale is not None:
        w = OxmlElement("w:w")
        w.set(qn("w:val"), str(scale))
        rpr.append(w)
    return run


def fmt_para(p, align=None, indent_chars=0, size=16, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(size * indent_chars) if indent_chars else None
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc, runs, align=JUSTIFY, indent_chars=2, size=16, exact=28, before=0, after=0):
    """runs: list of (text, font[, bold]) ; text '\n' means a soft line break."""
    p = doc.add_paragraph()
    fmt_para(p, align, indent_chars, size, exact, before, after)
    for r in runs:
        text, font = r[0], r[1]
        bold = r[2] if len(r) > 2 else None
        if text == "\n":
            p.add_run().add_break()
            continue
        set_font(p.add_run(text), font, size, bold)
    return p


def empty(doc, text="", size=16):
    p = doc.add_paragraph()
    fmt_para(p, LEFT, 0, size)
    if text:
        set_font(p.add_run(text), FS, size)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    fmt_para(p, LEFT, 0)
    p.add_run().add_break(WD_BREAK.PAGE)


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="6" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), sz, color)
    )
    # pBdr must come before spacing/ind/jc
    first = None
    for tag in ("w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc"):
        first = ppr.find(qn(tag))
        if first is not None:
            break
    if first is not None:
        first.addprevious(bdr)
    else:
        ppr.append(bdr)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    # page number  — 1 —
    fp = sec.footer.paragraphs[0]
    fp.alignment = CENTER
    set_font(fp.add_run("— "), "宋体", 14)
    fld = parse_xml(
        '<w:fldSimple %s w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:rPr><w:rFonts w:ascii="宋体" '
        'w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'
        % nsdecls("w")
    )
    fp._p.append(fld)
    set_font(fp.add_run(" —"), "宋体", 14)
    return doc


# ---- Word numbering ------------------------------------------------------
def add_abstract(doc, aid, fmt, lvltext, font, first_line=640):
    numbering = doc.part.numbering_part.element
    el = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:suff w:val="nothing"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:hint="eastAsia"/></w:rPr>'
        "</w:lvl></w:abstractNum>" % (nsdecls("w"), aid, fmt, lvltext, first_line, font, font, font)
    )
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(el)
    else:
        numbering.append(el)


_next_num = [200]


def new_num(doc, aid):
    numbering = doc.part.numbering_part.element
    nid = _next_num[0]
    _next_num[0] += 1
    el = parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        % (nsdecls("w"), nid, aid)
    )
    numbering.append(el)
    return nid


def set_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = nid


# ---- tables ---------------------------------------------------------------
def set_tbl_borders(tbl, spec):
    """spec: dict edge->(val, sz)"""
    tblpr = tbl._tbl.tblPr
    old = tblpr.find(qn("w:tblBorders"))
    if old is not None:
        tblpr.remove(old)
    inner = "".join(
        '<w:%s w:val="%s" w:sz="%d" w:space="0" w:color="000000"/>' % (e, v, s)
        for e, (v, s) in spec.items()
    )
    tblpr.append(parse_xml("<w:tblBorders %s>%s</w:tblBorders>" % (nsdecls("w"), inner)))


def cell_text(cell, text, font=FS, size=14, bold=None, align=CENTER):
    p = cell.paragraphs[0]
    fmt_para(p, align, 0, size, exact=22)
    set_font(p.add_run(text), font, size, bold)


def data_table(doc, headers, rows, widths=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(headers))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_tbl_borders(t, {e: ("single", 4) for e in ("top", "left", "bottom", "right", "insideH", "insideV")})
    for j, h in enumerate(headers):
        cell_text(t.cell(0, j), h, HT, 14)
    for i, r in enumerate(rows, 1):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v, FS, 14, align=CENTER if j == 0 else LEFT)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def row_clause(headers, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, row))


def banji(doc, chaosong, yinfa_left, yinfa_date):
    """版记: 抄送 + 印发 rows, thin lines, typed with manual spaces."""
    empty(doc)
    t = doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_tbl_borders(t, {"top": ("single", 8), "bottom": ("single", 8), "insideH": ("single", 4),
                        "left": ("nil", 0), "right": ("nil", 0), "insideV": ("nil", 0)})
    c = t.cell(0, 0).paragraphs[0]
    fmt_para(c, LEFT, 0, 14, exact=26)
    c.paragraph_format.left_indent = Pt(14)
    set_font(c.add_run(chaosong), FS, 14)
    c = t.cell(1, 0).paragraphs[0]
    fmt_para(c, LEFT, 0, 14, exact=26)
    c.paragraph_format.left_indent = Pt(14)
    set_font(c.add_run(yinfa_left + FWS * 3 + yinfa_date), FS, 14)


# ---- rule rendering ----------------------------------------------------------
def render_rule(doc, blocks, art_num=None, item_abs=None, ch_num=None, soft_break_at=None,
                split_runs_at=None, blank_between_chapters=False, art_bold=False):
    """blocks:
        ("ch", "总　则")                 chapter heading (number added)
        ("a", text)                      article (number added)
        ("i", "（一）text")              item
        ("s", "1.text")                  sub-item
        ("p", text)                      further 款
        ("t", headers, rows)             table
    returns the clause list."""
    clauses = []
    a_no = 0
    c_no = 0
    cur_item_num = None
    for b in blocks:
        kind = b[0]
        if kind != "i" and kind != "s":
            cur_item_num = None
        if kind == "ch":
            c_no += 1
            if blank_between_chapters and c_no > 1:
                empty(doc, FWS * 2 if c_no % 2 else "")
            if ch_num is not None:
                p = para(doc, [(b[1], HT)], CENTER, 0)
                set_num(p, ch_num)
                p.paragraph_format.first_line_indent = Pt(0)
            else:
                para(doc, [("第%s章%s%s" % (cn(c_no), FWS, b[1]), HT)], CENTER, 0)
        elif kind == "a":
            a_no += 1
            num = "第%s条" % cn(a_no)
            text = b[1]
            clauses.append(num + FWS + text)
            if art_num is not None:
                p = para(doc, [(text, FS)])
                set_num(p, art_num)
            else:
                runs = [(num, HT, True if art_bold else None), (FWS, FS)]
                if soft_break_at and a_no in soft_break_at:
                    k = soft_break_at[a_no]
                    runs += [(text[:k], FS), ("\n", None), (text[k:], FS)]
                elif split_runs_at and a_no in split_runs_at:
                    last = 0
                    for k in split_runs_at[a_no]:
                        runs.append((text[last:k], FS))
                        last = k
                    runs.append((text[last:], FS))
                else:
                    runs.append((text, FS))
                para(doc, runs)
        elif kind == "i":
            clauses.append(b[1])
            if item_abs is not None:
                if cur_item_num is None:
                    cur_item_num = new_num(doc, item_abs)
                body = b[1][b[1].index("）") + 1:]
                p = para(doc, [(body, FS)])
                set_num(p, cur_item_num)
            else:
                para(doc, [(b[1], FS)])
        elif kind == "s":
            clauses.append(b[1])
            p = para(doc, [(b[1], FS)], indent_chars=3)
        elif kind == "p":
            clauses.append(b[1])
            para(doc, [(b[1], FS)])
        elif kind == "t":
            headers, rows = b[1], b[2]
            data_table(doc, headers, rows, b[3] if len(b) > 3 else None)
            empty(doc)
            for r in rows:
                clauses.append(row_clause(headers, r))
    return clauses


def meta(title, doc_number, issuer, date, published, region, effective=None, expires=None,
         attachments=None, doc_type="通知", recipients=None, publicity=None, repeals=None):
    return {
        "title": title,
        "doc_number": doc_number,
        "issuer": issuer,
        "date": date,
        "published": published,
        "level": "zone",
        "region": region,
        "effective": effective,
        "expires": expires,
        "attachments": attachments or [],
        "doc_type": doc_type,
        "recipients": recipients or [],
        "publicity": publicity,
        "repeals": repeals,
    }


# ==========================================================================
# FILE 1  郑州片区 — red-header 文件, 附件1/附件2, manual numbering
# ==========================================================================
ZZ_ORG = "中国（河南）自由贸易试验区郑州片区管理委员会"
ZZ_REGION = "中国（河南）自由贸易试验区郑州片区"
ZZ_NO = "郑自贸管〔2025〕7号"
ZZ_T1 = ZZ_ORG + "工作规则"
ZZ_T2 = ZZ_ORG + "主任办公会议议事规则"
ZZ_TITLE_LINES = ["中国（河南）自由贸易试验区郑州片区", "管理委员会关于印发《郑州片区管委会",
                  "工作规则》和《郑州片区管委会主任办公", "会议议事规则》的通知"]

ZZ_RULE1 = [
    ("ch", "总　则"),
    ("a", "为规范中国（河南）自由贸易试验区郑州片区管理委员会（以下简称管委会）工作运行，提高行政效能，推进法治化、制度化、规范化建设，根据《中国（河南）自由贸易试验区条例》《中国（河南）自由贸易试验区总体方案》等有关规定，结合片区实际，制定本规则。"),
    ("a", "管委会是河南省人民政府派出机构，由郑州市人民政府代管，负责统筹推进片区改革创新、投资贸易便利化、产业发展和对外开放等工作。"),
    ("a", "管委会工作的指导思想是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，以制度创新为核心，以可复制可推广为基本要求，对标国际高标准经贸规则，着力建设法治政府、创新政府、廉洁政府和服务型政府。"),
    ("a", "管委会工作遵循以下原则："),
    ("i", "（一）坚持党的全面领导，把党的领导贯彻到管委会工作各方面、全过程；"),
    ("i", "（二）坚持依法行政，严格按照法定权限和程序履行职责；"),
    ("i", "（三）坚持改革创新，鼓励大胆试、大胆闯、自主改，建立容错纠错机制；"),
    ("i", "（四）坚持高效服务，深化“放管服”改革，持续优化营商环境。"),
    ("ch", "组成人员职责"),
    ("a", "管委会实行主任负责制。主任领导管委会全面工作，常务副主任协助主任处理日常工作，副主任按照分工负责分管工作。"),
    ("p", "主任出国（境）或者因故不能履行职责时，由常务副主任主持管委会工作。"),
    ("a", "管委会组成人员要坚决贯彻执行党中央、国务院和省委、省政府决策部署以及市委、市政府工作要求，坚决执行管委会决定，对职责范围内的工作敢于负责、勇于担当。"),
    ("a", "管委会各部门按照“三定”方案履行职责，部门主要负责人对本部门工作负总责。涉及多个部门的事项，牵头部门应当主动协调，协办部门应当积极配合；经协调仍不能达成一致的，由牵头部门提出意见，报分管副主任协调或者提请主任办公会议研究。"),
    ("ch", "依法履职"),
    ("a", "管委会及各部门要严格执行法律法规规章，依法承接省、市下放的经济社会管理权限，建立健全权力清单、责任清单和负面清单制度并向社会公开。"),
    ("a", "管委会制定的规范性文件，应当经合法性审核、集体讨论决定，并在印发后30日内按规定报送备案。未经合法性审核或者经审核不合法的，不得提交讨论。"),
    ("a", "管委会全面推行行政执法公示、执法全过程记录和重大执法决定法制审核制度，推进包容审慎监管，对新技术、新产业、新业态、新模式实行“沙盒监管”和触发式监管。"),
    ("a", "管委会自觉接受人大监督、政协民主监督、监察监督、司法监督、审计监督、社会监督和舆论监督，认真办理人大代表建议和政协委员提案。"),
    ("ch", "科学民主决策"),
    ("a", "片区发展规划、重大改革事项、重大产业政策、重大投资项目、大额资金安排等重大事项，由管委会主任办公会议或者管委会全体会议讨论决定。"),
    ("a", "管委会作出重大决策，应当履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定等法定程序。"),
    ("p", "涉及市场主体切身利益的涉企政策，应当充分听取企业、行业协会商会意见，公开征求意见的期限一般不少于30日。"),
    ("a", "管委会建立重大决策执行情况跟踪反馈和后评估制度。决策实施后发现明显偏差或者所依据的客观情况发生重大变化的，决策承办部门应当及时提出调整意见。"),
    ("ch", "会议制度"),
    ("a", "管委会实行管委会全体会议、主任办公会议和专题会议制度。"),
    ("a", "管委会全体会议由主任、常务副主任、副主任和各部门主要负责人组成，由主任召集和主持，一般每半年召开一次。全体会议的主要任务是："),
    ("i", "（一）传达学习党中央、国务院和省委、省政府，市委、市政府重要会议和文件精神；"),
    ("i", "（二）总结部署片区阶段性工作；"),
    ("i", "（三）通报制度创新成果复制推广情况；"),
    ("i", "（四）讨论其他需要全体会议研究的事项。"),
    ("a", "主任办公会议由主任、常务副主任、副主任组成，研究处理管委会工作中的重要事项，具体按照《中国（河南）自由贸易试验区郑州片区管理委员会主任办公会议议事规则》执行。"),
    ("a", "专题会议由主任、常务副主任或者副主任召集，研究协调分管范围内的专项工作。专题会议议定事项，以会议纪要形式印发；涉及重大问题的，应当提请主任办公会议研究。"),
    ("a", "严格控制会议数量和规模。以管委会名义召开的全片区性会议，须经主任批准；各部门召开的工作会议，原则上不邀请管委会领导出席，确需出席的，须报经分管领导同意。"),
    ("ch", "公文审批"),
    ("a", "各部门报送管委会的公文，应当符合《党政机关公文处理工作条例》有关规定，严格控制发文数量和篇幅。除主任、常务副主任、副主任交办事项外，各部门不得直接向管委会领导个人报送公文。"),
    ("a", "各部门报送管委会审批的公文，由管委会办公室统一审核，按照职责分工分别呈报分管领导审批；重大事项报主任审批。"),
    ("p", "涉及其他部门职权的事项，主办部门应当事先会签；部门之间有分歧的，主办部门主要负责人应当主动协商，并在报文时说明理由。"),
    ("a", "以管委会名义印发的文件，由主任签发；以管委会办公室名义印发的文件，由分管副主任或者经授权的办公室主任签发。"),
    ("ch", "工作纪律和作风"),
    ("a", "管委会组成人员要严格执行民主集中制，个人不得擅自发表与管委会决定不一致的意见；对涉及改革创新的重大问题，可以在内部充分讨论，但不得对外发布未经管委会研究同意的政策。"),
    ("a", "管委会工作人员应当严格遵守保密纪律和外事纪律，未经批准不得对外披露涉密事项和内部工作情况。"),
    ("a", "管委会组成人员要严格落实中央八项规定及其实施细则精神，带头转变作风，深入企业和基层开展调查研究，每年走访重点企业不少于20家。"),
    ("a", "管委会建立健全督查考核机制。管委会办公室负责对各部门贯彻落实管委会决定事项和主任办公会议议定事项情况进行督查督办，督办结果纳入年度绩效考核。"),
    ("ch", "附　则"),
    ("a", "各功能区管理机构参照本规则制定本单位工作规则。"),
    ("a", "本规则由管委会办公室负责解释。"),
    ("a", "本规则自2025年4月1日起施行。2021年6月印发的《郑州片区管委会工作规则（试行）》同时废止。"),
]

ZZ_RULE2 = [
    ("ch", "总　则"),
    ("a", "为进一步规范中国（河南）自由贸易试验区郑州片区管理委员会主任办公会议（以下简称主任办公会议）议事程序，提高议事质量和决策效率，根据《中国（河南）自由贸易试验区郑州片区管理委员会工作规则》，制定本规则。"),
    ("a", "主任办公会议是管委会研究决定重要事项的议事决策机构，坚持民主集中制原则，实行集体讨论、主任决定。"),
    ("a", "主任办公会议由主任召集和主持。主任不能出席时，可以委托常务副主任召集和主持。"),
    ("p", "主任办公会议组成人员为主任、常务副主任、副主任。管委会办公室主任、与议题相关的部门主要负责人列席会议；根据需要，可以邀请纪检监察、审计、法律顾问等有关人员列席。"),
    ("ch", "议题范围"),
    ("a", "下列事项应当提交主任办公会议研究："),
    ("i", "（一）贯彻落实上级重要决策部署的具体措施；"),
    ("i", "（二）片区年度工作要点、重点改革任务清单和制度创新计划；"),
    ("i", "（三）以管委会名义制定或者报送的规范性文件、政策措施；"),
    ("i", "（四）单笔500万元以上的财政资金安排和预算调整事项；"),
    ("i", "（五）总投资1亿元以上或者享受“一事一议”政策的招商引资项目；"),
    ("i", "（六）涉及跨境电商、保税物流、中欧班列（郑州）集结中心等重点平台建设的重大事项；"),
    ("i", "（七）国有资产处置、政府投资项目立项和重大变更事项；"),
    ("i", "（八）其他需要主任办公会议研究的事项。"),
    ("a", "下列事项一般不提交主任办公会议研究："),
    ("i", "（一）按照职责分工应当由各部门自行处理的事项；"),
    ("i", "（二）分管领导职权范围内能够协调解决的事项；"),
    ("i", "（三）未经协调或者虽经协调但相关部门未提出明确意见的事项；"),
    ("i", "（四）已经会议研究、情况没有发生新变化的事项。"),
    ("ch", "议题提交"),
    ("a", "议题由分管领导审核同意后，由承办部门于会议召开5个工作日前报送管委会办公室。紧急事项经主任同意，可以临时提交。"),
    ("a", "提交的议题应当附送以下材料："),
    ("i", "（一）议题请示，包括议题背景、主要内容、拟决定事项和依据；"),
    ("i", "（二）相关部门会签意见；"),
    ("i", "（三）涉及规范性文件或者合同协议的，附合法性审核意见；"),
    ("i", "（四）涉及财政资金的，附财政部门审核意见；"),
    ("i", "（五）其他必要的附件材料。"),
    ("a", "管委会办公室对提交的议题材料进行审核，材料不齐全、程序不完备的，退回承办部门补充完善。会议议题由管委会办公室汇总后报主任确定。"),
    ("ch", "会议组织"),
    ("a", "主任办公会议原则上每月召开两次，遇有特殊情况可以随时召开。会议须有半数以上组成人员到会方能召开。"),
    ("a", "会议议题和材料一般于会前2个工作日送达参会人员。涉密材料按照保密规定管理，会后统一收回。"),
    ("a", "会议讨论议题时，先由承办部门汇报，分管领导说明意见，与会人员充分发表意见后，由主持人归纳形成决定。对意见分歧较大或者情况不明的事项，一般暂缓作出决定。"),
    ("a", "与会人员与议题有利害关系的，应当主动回避。"),
    ("a", "参加会议人员应当遵守会议纪律，不得无故缺席、迟到或者中途退场。确因特殊情况不能参会的，应当事先向主持人请假；列席部门主要负责人不能出席的，可以委托其他负责人出席。"),
    ("ch", "会议纪要与督办"),
    ("a", "主任办公会议由管委会办公室负责记录，并起草会议纪要，经管委会办公室主任审核后报主持人签发。会议纪要一般在会后3个工作日内印发。"),
    ("a", "会议议定事项由承办部门按照职责组织实施，并在规定时限内向管委会办公室报告办理情况。因客观原因不能按时完成的，应当书面说明理由。"),
    ("a", "管委会办公室建立议定事项督办台账，实行销号管理，每季度通报一次落实情况。"),
    ("ch", "附　则"),
    ("a", "本规则由管委会办公室负责解释。"),
    ("a", "本规则自2025年4月1日起施行。"),
]

ZZ_NOTICE_BODY = [
    "为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，进一步健全中国（河南）自由贸易试验区郑州片区管理委员会工作运行机制，规范决策程序，提高行政效能，管委会对《郑州片区管委会工作规则（试行）》进行了修订，同时制定了《郑州片区管委会主任办公会议议事规则》。两个规则已经2025年3月4日管委会主任办公会议审议通过，现印发给你们，请认真遵照执行。",
    "各部门、各单位要组织干部职工认真学习两个规则，把规则要求落实到推进制度创新、服务跨境电商和中欧班列（郑州）集结中心建设、优化营商环境等各项工作中，切实增强规矩意识，提升工作质量。执行过程中遇到的问题，请及时反馈管委会办公室。",
]


def build_zhengzhou():
    doc = new_doc()
    # 版头: two red lines, 文号, red rule under 文号
    for line in ("中国（河南）自由贸易试验区", "郑州片区管理委员会文件"):
        p = doc.add_paragraph()
        fmt_para(p, CENTER, 0, 30, exact=44)
        set_font(p.add_run(line), XBS, 30, color=RED)
    empty(doc)
    p = doc.add_paragraph()
    fmt_para(p, CENTER, 0, 16)
    set_font(p.add_run(ZZ_NO), FS, 16)
    bottom_border(p)
    empty(doc)
    # title with soft line breaks
    p = doc.add_paragraph()
    fmt_para(p, CENTER, 0, 22, exact=36)
    for k, line in enumerate(ZZ_TITLE_LINES):
        if k:
            p.add_run().add_break()
        set_font(p.add_run(line), XBS, 22)
    empty(doc)
    para(doc, [("片区管委会各部门，各功能区管理机构，各有关单位：", FS)], LEFT, 0)
    for t in ZZ_NOTICE_BODY:
        para(doc, [(t, FS)])
    empty(doc)
    # 附件 list: both entries in one paragraph, soft break, manual spaces
    p = doc.add_paragraph()
    fmt_para(p, LEFT, 2, 16)
    lines = ["附件：1．" + ZZ_T1[:17], FWS * 5 + ZZ_T1[17:],
             FWS * 3 + "2．" + ZZ_T2[:17], FWS * 5 + ZZ_T2[17:]]
    for k, line in enumerate(lines):
        if k:
            p.add_run().add_break()
        set_font(p.add_run(line), FS, 16)
    empty(doc)
    empty(doc)
    para(doc, [(ZZ_ORG + FWS * 2, FS)], RIGHT, 0)
    para(doc, [(FWS * 17 + "2025年3月12日", FS)], LEFT, 0)
    empty(doc)
    para(doc, [("（此件公开发布）", FS)], LEFT, 2)

    # 附件1
    page_break(doc)
    para(doc, [("附件1", HT)], LEFT, 0)
    empty(doc)
    for line in (ZZ_ORG[:17], ZZ_ORG[17:] + "工作规则"):
        para(doc, [(line, XBS)], CENTER, 0, size=22, exact=36)
    empty(doc)
    c1 = render_rule(doc, ZZ_RULE1, soft_break_at={16: 19},
                     split_runs_at={3: [7, 30, 31, 62], 21: [12, 13]}, blank_between_chapters=True)
    # 附件2
    page_break(doc)
    para(doc, [("附件2", HT)], LEFT, 0)
    empty(doc)
    for line in (ZZ_ORG[:17], ZZ_ORG[17:] + "主任办公会议议事规则"):
        para(doc, [(line, XBS)], CENTER, 0, size=22, exact=36)
    empty(doc)
    c2 = render_rule(doc, ZZ_RULE2, split_runs_at={5: [3, 4]})
    empty(doc)
    banji(doc, "抄送：河南省商务厅，郑州市人民政府办公厅，郑州市司法局。",
          "郑州片区管委会办公室" + FWS * 6, "2025年3月14日印发")

    common = dict(doc_number=ZZ_NO, issuer=[ZZ_ORG], date="2025-03-12", published="2025-03-14",
                  region=ZZ_REGION, publicity="此件公开发布")
    exp = [
        {"meta": meta("".join(ZZ_TITLE_LINES), attachments=[ZZ_T1, ZZ_T2], doc_type="通知",
                      recipients=["片区管委会各部门", "各功能区管理机构", "各有关单位"], **common),
         "clauses": list(ZZ_NOTICE_BODY)},
        {"meta": meta(ZZ_T1, effective="2025-04-01", doc_type="规则",
                      repeals="郑州片区管委会工作规则（试行）", **common),
         "clauses": c1},
        {"meta": meta(ZZ_T2, effective="2025-04-01", doc_type="规则", **common),
         "clauses": c2},
    ]
    return doc, exp


# ==========================================================================
# FILE 2  南宁片区 — website version: no 版头, 文号 under title, Word-numbered 条,
#          Chinese-numeral date, table in 议事规则, 审议通过 subtitle in 楷体
# ==========================================================================
NN_ORG = "中国（广西）自由贸易试验区南宁片区管理委员会"
NN_REGION = "中国（广西）自由贸易试验区南宁片区"
NN_NO = "南自贸管发〔2024〕15号"
NN_T1 = NN_ORG + "工作规则"
NN_T2 = NN_ORG + "主任办公会议议事规则"
NN_TITLE = NN_ORG + "关于印发《" + NN_T1 + "》和《主任办公会议议事规则》的通知"

NN_RULE1 = [
    ("ch", "总　则"),
    ("a", "为规范中国（广西）自由贸易试验区南宁片区管理委员会（以下简称管委会）工作运行，建设人民满意的服务型政府，根据《中国（广西）自由贸易试验区条例》等有关规定，结合工作实际，制定本规则。"),
    ("a", "管委会在自治区党委、自治区人民政府和南宁市委、市人民政府领导下开展工作，负责片区改革试点任务落实、投资促进、产业发展、营商环境建设和对东盟开放合作等工作。"),
    ("a", "管委会工作坚持党的全面领导，坚持以人民为中心，坚持依法行政，坚持改革创新，坚持清正廉洁。"),
    ("ch", "职责分工"),
    ("a", "管委会组成人员由主任、常务副主任、副主任组成。主任主持管委会全面工作；常务副主任协助主任负责日常工作；副主任按照分工负责相关工作，受主任委托负责其他方面的工作或者专项任务。"),
    ("a", "管委会实行“大部门制、扁平化”管理模式，各处（室）按照职责做好以下工作："),
    ("i", "（一）承接落实自治区、南宁市下放的行政审批和公共服务事项；"),
    ("i", "（二）推进中国—东盟跨境贸易、跨境金融和跨境数据流动等领域的制度创新；"),
    ("i", "（三）开展产业链精准招商，服务重点项目落地建设；"),
    ("i", "（四）完成管委会交办的其他工作。"),
    ("ch", "决策和执行"),
    ("a", "管委会重大决策事项实行集体讨论决定。主任办公会议的议事程序，按照《中国（广西）自由贸易试验区南宁片区管理委员会主任办公会议议事规则》执行。"),
    ("a", "各处（室）、各直属单位要坚决贯彻落实管委会作出的决定，建立任务台账，明确责任人和完成时限。对执行不力、推诿扯皮、拖延误事的，按照有关规定严肃追责问责。"),
    ("p", "制度创新成果形成后，主办处（室）应当在1个月内完成总结评估，具备条件的，按程序申报自治区级以上复制推广案例。"),
    ("a", "管委会实行“首问负责、限时办结、一次性告知”制度。企业和群众办理的事项，能够当场办结的当场办结；不能当场办结的，应当一次性告知所需材料和办理时限。"),
    ("ch", "公文和会议"),
    ("a", "以管委会名义报送上级机关的请示、报告，由主任签发；主任不在时，由主持工作的常务副主任签发。以管委会名义印发的一般性事务文件，可以由分管副主任签发。"),
    ("a", "管委会全体会议每季度召开一次；主任办公会议原则上每月召开一次，必要时可以随时召开；专题会议根据工作需要召开。"),
    ("a", "各处（室）、各直属单位报请管委会领导出席的会议和活动，应当提前3个工作日经管委会党政办公室统筹安排。"),
    ("ch", "纪律和作风"),
    ("a", "管委会工作人员应当严格执行请示报告制度。管委会领导离邕外出，应当事先报告主任；处（室）主要负责人离邕外出，应当事先报告分管领导，并报管委会党政办公室备案。"),
    ("a", "管委会工作人员应当廉洁自律，不得利用职权和职务上的影响为本人或者特定关系人谋取利益，不得违规干预市场主体正常经营活动。"),
    ("a", "管委会建立健全政务公开制度，除依法应当保密的外，管委会制定的政策文件、办事指南和重大项目信息应当及时向社会公开。"),
    ("ch", "附　则"),
    ("a", "本规则自印发之日起施行。2021年3月5日印发的《中国（广西）自由贸易试验区南宁片区管理委员会工作规则》（南自贸管发〔2021〕6号）同时废止。"),
]

NN_TAB_H = ["议题类型", "主要材料", "报送时限"]
NN_TAB_R = [
    ["规范性文件", "文件送审稿、起草说明、合法性审核意见", "会前5个工作日"],
    ["重大投资项目", "项目可行性研究报告、风险评估报告、会签意见", "会前5个工作日"],
    ["大额资金使用", "资金使用方案、财政审核意见", "会前3个工作日"],
    ["紧急事项", "情况说明", "经主任同意后随时报送"],
]

NN_RULE2 = [
    ("ch", "总　则"),
    ("a", "为规范管委会主任办公会议（以下简称办公会议）议事决策行为，提高决策科学化、民主化、法治化水平，根据《中国（广西）自由贸易试验区南宁片区管理委员会工作规则》，制定本规则。"),
    ("a", "办公会议由主任召集和主持，主任可以委托常务副主任召集和主持。办公会议组成人员为主任、常务副主任、副主任；管委会党政办公室主任和有关处（室）、直属单位主要负责人列席。"),
    ("ch", "议事范围"),
    ("a", "办公会议研究以下事项："),
    ("i", "（一）传达学习上级重要会议和文件精神，研究贯彻落实措施；"),
    ("i", "（二）研究片区发展规划、年度计划和重大改革事项；"),
    ("i", "（三）研究以管委会名义出台的政策措施和规范性文件；"),
    ("i", "（四）研究重大项目引进、重大投资和大额资金使用事项；"),
    ("i", "（五）研究需要提请南宁市人民政府审定的事项；"),
    ("i", "（六）研究其他需要办公会议决定的事项。"),
    ("a", "提请办公会议研究的议题，应当按照下表要求报送材料："),
    ("t", NN_TAB_H, NN_TAB_R, [3.2, 8.0, 4.4]),
    ("ch", "议事程序"),
    ("a", "议题由承办处（室）提出，经分管领导审核同意，按照本规则第四条规定的时限报送管委会党政办公室，由党政办公室汇总报主任审定。未经分管领导审核同意的议题，不予安排上会。"),
    ("a", "议题涉及其他处（室）职责的，承办处（室）应当事先充分征求意见；涉及法律问题的，应当经管委会法律顾问审核。"),
    ("a", "办公会议必须有半数以上组成人员出席方可召开。会议讨论议题时，与会人员应当充分发表意见，主持人在集体讨论的基础上作出决定。"),
    ("a", "办公会议讨论决定事项，应当形成会议纪要，由主持人签发。会议纪要是执行会议决定的依据，有关单位应当认真贯彻执行。"),
    ("ch", "督查落实"),
    ("a", "管委会党政办公室负责对办公会议议定事项进行分解立项、跟踪督办，每月汇总落实情况报管委会领导。"),
    ("a", "承办单位对议定事项无正当理由未按时完成的，由管委会党政办公室予以通报；造成不良影响的，依规依纪追究相关人员责任。"),
    ("ch", "附　则"),
    ("a", "本规则由管委会党政办公室负责解释。"),
    ("a", "本规则自印发之日起施行。"),
]

NN_NOTICE_BODY = [
    "为深入贯彻落实《中国（广西）自由贸易试验区总体方案》和自治区党委、自治区人民政府关于全面深化自贸试验区改革创新的部署要求，进一步规范管委会运行机制，提高科学决策、民主决策、依法决策水平，管委会修订了《中国（广西）自由贸易试验区南宁片区管理委员会工作规则》，制定了《主任办公会议议事规则》，已经2024年10月29日管委会主任办公会议审议通过，现印发给你们，请认真贯彻执行。",
    "各单位要把学习贯彻两个规则作为加强自身建设的重要内容，结合面向东盟开放合作、跨境金融、数字经济等重点工作，细化内部工作制度，确保各项规定落到实处。执行中遇到的问题，请及时向管委会党政办公室反馈。",
    "联系人：黄　磊，联系电话：0771－5681234。",
]


def build_nanning():
    doc = new_doc()
    # Word numbering: 第%1条 (articles of rule 1)
    add_abstract(doc, 101, "chineseCountingThousand", "第%1条" + FWS, HT)
    art_num = new_num(doc, 101)

    p = doc.add_paragraph()
    fmt_para(p, CENTER, 0, 22, exact=36)
    set_font(p.add_run(NN_TITLE), XBS, 22)
    p = doc.add_paragraph()
    fmt_para(p, CENTER, 0, 16, before=6)
    set_font(p.add_run(NN_NO), KT, 16)
    empty(doc)
    para(doc, [("各处（室）、各直属单位，各相关驻区单位：", FS)], LEFT, 0)
    # first paragraph: mid-sentence soft break (typed Shift+Enter)
    t0 = NN_NOTICE_BODY[0]
    k = t0.index("提高科学决策")
    para(doc, [(t0[:k], FS), ("\n", None), (t0[k:], FS)])
    para(doc, [(NN_NOTICE_BODY[1], FS)])
    para(doc, [(NN_NOTICE_BODY[2], FS)])
    empty(doc)
    empty(doc, FWS * 4)
    para(doc, [(NN_ORG, FS)], RIGHT, 0)
    para(doc, [("二〇二四年十一月八日" + FWS * 4, FS)], RIGHT, 0)

    page_break(doc)
    para(doc, [(NN_ORG[:17], XBS), ("\n", None), (NN_ORG[17:] + "工作规则", XBS)], CENTER, 0, size=22, exact=36)
    para(doc, [("（2024年10月29日管委会主任办公会议审议通过）", KT)], CENTER, 0)
    empty(doc)
    c1 = render_rule(doc, NN_RULE1, art_num=art_num)

    page_break(doc)
    para(doc, [(NN_ORG[:17], XBS), ("\n", None), (NN_ORG[17:] + "主任办公会议议事规则", XBS)], CENTER, 0, size=22, exact=36)
    para(doc, [("（2024年10月29日管委会主任办公会议审议通过）", KT)], CENTER, 0)
    empty(doc)
    c2 = render_rule(doc, NN_RULE2, art_bold=True, soft_break_at={5: 40})

    common = dict(doc_number=NN_NO, issuer=[NN_ORG], date="2024-11-08", published=None,
                  region=NN_REGION, publicity=None)
    exp = [
        {"meta": meta(NN_TITLE, doc_type="通知",
                      recipients=["各处（室）", "各直属单位", "各相关驻区单位"], **common),
         "clauses": list(NN_NOTICE_BODY)},
        {"meta": meta(NN_T1, effective="2024-11-08", doc_type="规则",
                      repeals="中国（广西）自由贸易试验区南宁片区管理委员会工作规则（南自贸管发〔2021〕6号）",
                      **common),
         "clauses": c1},
        {"meta": meta(NN_T2, effective="2024-11-08", doc_type="规则", **common),
         "clauses": c2},
    ]
    return doc, exp


# ==========================================================================
# FILE 3  厦门片区 — compressed one-line red header, 落款 in a borderless table,
#          Word-numbered 章 and （一） items, sub-items 1. 2., repeal in the notice
# ==========================================================================
XM_ORG = "中国（福建）自由贸易试验区厦门片区管理委员会"
XM_REGION = "中国（福建）自由贸易试验区厦门片区"
XM_NO = "厦自贸委〔2026〕3号"
XM_T1 = XM_ORG + "工作规则"
XM_T2 = XM_ORG + "主任办公会议议事规则"
XM_TITLE = XM_ORG + "关于印发《厦门片区管委会工作规则》和《厦门片区管委会主任办公会议议事规则》的通知"

XM_RULE1 = [
    ("ch", "总　则"),
    ("a", "为进一步规范中国（福建）自由贸易试验区厦门片区管理委员会（以下简称管委会）工作，建设职责明确、依法行政、运转高效的管理机构，根据《中国（福建）自由贸易试验区条例》和有关法律法规，结合厦门片区实际，制定本规则。"),
    ("a", "管委会是福建省人民政府派出机构，委托厦门市人民政府管理，在厦门片区范围内依法履行改革创新、投资促进、政策研究和综合协调等职责。"),
    ("a", "管委会工作的基本要求是：坚持党的全面领导，坚持以制度创新为核心，深化两岸融合发展和海丝核心区建设，对接《区域全面经济伙伴关系协定》（RCEP）等国际高标准经贸规则，推动片区高水平对外开放。"),
    ("ch", "职责与分工"),
    ("a", "管委会主任主持全面工作，常务副主任协助主任处理日常工作，副主任按照分工负责相关领域工作。管委会领导之间实行AB角工作制度，一方因故不能履职时，由另一方代为履行职责。"),
    ("a", "管委会各内设机构主要承担以下职责："),
    ("i", "（一）综合协调类机构负责文电、会务、督查、信息、政务公开等工作；"),
    ("i", "（二）改革创新类机构负责制度创新试点、复制推广、对台合作等工作，主要包括："),
    ("s", "1.梳理形成年度制度创新任务清单；"),
    ("s", "2.组织开展创新案例评估和申报；"),
    ("s", "3.推动闽台规则标准衔接。"),
    ("i", "（三）投资促进类机构负责招商引资、项目服务、外商投资促进等工作；"),
    ("i", "（四）贸易便利类机构负责跨境电商、保税维修、国际航运物流等贸易业态培育工作。"),
    ("a", "派驻机构在业务上接受派出部门领导，在片区工作中接受管委会统筹协调，按照各自职责做好片区相关审批、监管和服务工作。"),
    ("ch", "决策制度"),
    ("a", "管委会实行集体决策制度。涉及片区全局性、长期性、综合性的重大事项，应当经主任办公会议集体研究决定，任何个人不得擅自决定。"),
    ("a", "重大行政决策应当严格履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。决策事项涉及台胞台企的，应当听取在厦台胞台企代表意见。"),
    ("a", "管委会建立法律顾问和公职律师制度。法律顾问应当对规范性文件、重大合同和重大行政决策提出书面法律意见。"),
    ("ch", "会议与公文"),
    ("a", "管委会会议包括主任办公会议、专题会议和工作例会。主任办公会议的组织和议事程序按照《中国（福建）自由贸易试验区厦门片区管理委员会主任办公会议议事规则》执行。"),
    ("a", "工作例会原则上每周召开一次，由常务副主任主持，各内设机构主要负责人参加，通报上周工作进展，安排本周重点工作。"),
    ("a", "管委会公文办理实行“统一登记、分类办理、限时办结”制度。办件一般应当在5个工作日内办结，紧急公文随到随办；确需延期的，应当向交办领导说明情况。"),
    ("ch", "监督与作风"),
    ("a", "管委会工作人员应当严格遵守廉洁从政有关规定，在招商引资、政策兑现、项目审批等工作中，不得接受服务对象宴请和礼品礼金。"),
    ("a", "管委会建立营商环境监督员制度，聘请企业家、律师、行业协会代表担任监督员，定期收集企业诉求，及时回应社会关切。"),
    ("a", "管委会对各内设机构年度工作实行绩效考评，考评结果作为评先评优、干部选拔任用的重要依据。"),
    ("ch", "附　则"),
    ("a", "本规则由管委会综合办公室负责解释。"),
    ("a", "本规则自2026年2月1日起施行。"),
]

XM_TAB_H = ["审核事项", "审核要点", "责任单位"]
XM_TAB_R = [
    ["材料完整性", "请示、汇报材料及拟决定事项是否齐全", "综合办公室"],
    ["合法性", "规范性文件、重大合同是否附法律顾问书面意见", "政策法规处"],
    ["资金安排", "资金来源、额度及绩效目标是否明确", "财政审计处"],
]

XM_RULE2 = [
    ("ch", "总　则"),
    ("a", "为规范中国（福建）自由贸易试验区厦门片区管理委员会主任办公会议（以下简称主任办公会议）议事行为，提高决策质量和效率，根据《中国（福建）自由贸易试验区厦门片区管理委员会工作规则》，制定本规则。"),
    ("a", "主任办公会议由主任、常务副主任、副主任组成，由主任召集并主持。根据议题需要，可以通知有关内设机构、派驻机构、直属事业单位负责人列席会议。"),
    ("ch", "议题确定"),
    ("a", "主任办公会议主要研究以下事项："),
    ("i", "（一）贯彻落实党中央、国务院和省委、省政府、市委、市政府重大决策部署的措施；"),
    ("i", "（二）片区重大改革试点和制度创新事项；"),
    ("i", "（三）片区产业规划、重大项目招商和重要政策兑现事项；"),
    ("i", "（四）金额在300万元以上的资金使用事项；"),
    ("i", "（五）其他需要集体研究决定的重要事项。"),
    ("a", "议题由内设机构提出，经分管领导同意后报综合办公室，由综合办公室按照下列要求审核后报主任确定："),
    ("t", XM_TAB_H, XM_TAB_R, [3.2, 9.0, 3.4]),
    ("a", "除紧急情况外，未列入会议议程的事项不在会上临时动议。"),
    ("ch", "会议程序"),
    ("a", "主任办公会议一般每月召开一次，遇有重要情况可以随时召开。会议应当有半数以上组成人员出席方能举行。"),
    ("a", "会议议题按照以下程序进行："),
    ("i", "（一）承办机构汇报议题主要内容及建议；"),
    ("i", "（二）列席人员补充说明情况；"),
    ("i", "（三）会议组成人员逐一发表意见；"),
    ("i", "（四）主持人归纳讨论意见并作出决定。"),
    ("a", "会议讨论时，有关人员应当如实提供情况，不得隐瞒或者歪曲事实。会议组成人员对决定事项持不同意见的，可以保留，但在决定作出后应当坚决执行。"),
    ("ch", "纪要与落实"),
    ("a", "主任办公会议由综合办公室负责记录、整理会议纪要，经主持人签发后印发。会议纪要涉及国家秘密和工作秘密的，按照有关规定确定密级和知悉范围。"),
    ("a", "综合办公室负责会议决定事项的督办，建立台账，定期向管委会领导报告落实情况。承办机构应当在规定期限内报送落实情况。"),
    ("ch", "附　则"),
    ("a", "本规则由管委会综合办公室负责解释。"),
    ("a", "本规则自2026年2月1日起施行，有效期至2030年12月31日。"),
]

XM_NOTICE_BODY = [
    "《中国（福建）自由贸易试验区厦门片区管理委员会工作规则》和《中国（福建）自由贸易试验区厦门片区管理委员会主任办公会议议事规则》已经2026年1月13日管委会第1次主任办公会议审议通过，现予印发，请遵照执行。",
    "各单位要严格按照两个规则要求，健全内部议事决策机制，推动片区在两岸融合发展、航运物流、跨境电商等重点领域形成更多可复制推广的制度创新成果。",
    "2019年印发的《厦门片区管委会工作规则》（厦自贸委〔2019〕21号）同时废止。",
]


def build_xiamen():
    doc = new_doc()
    add_abstract(doc, 111, "chineseCountingThousand", "第%1章" + FWS, HT, first_line=0)
    add_abstract(doc, 112, "chineseCountingThousand", "（%1）", FS)
    ch_num1 = new_num(doc, 111)
    ch_num2 = new_num(doc, 111)

    # one-line red header, horizontally compressed (character scale 55%)
    p = doc.add_paragraph()
    fmt_para(p, CENTER, 0, 32, exact=50)
    set_font(p.add_run(XM_ORG + "文件"), XBS, 32, color=RED, scale=55)
    empty(doc)
    p = doc.add_paragraph()
    fmt_para(p, CENTER, 0, 16)
    set_font(p.add_run(XM_NO), FS, 16)
    # red rule as its own empty paragraph
    p = doc.add_paragraph()
    fmt_para(p, CENTER, 0, 8, exact=8)
    bottom_border(p, sz=24)
    empty(doc)
    p = doc.add_paragraph()
    fmt_para(p, CENTER, 0, 22, exact=36)
    set_font(p.add_run(XM_TITLE), XBS, 22)
    empty(doc)
    para(doc, [("管委会各内设机构、各派驻机构、各直属事业单位：", FS)], LEFT, 0)
    for t in XM_NOTICE_BODY:
        para(doc, [(t, FS)])
    empty(doc)
    # 落款 laid out in a borderless 2x2 table
    t = doc.add_table(rows=2, cols=2)
    set_tbl_borders(t, {e: ("nil", 0) for e in ("top", "left", "bottom", "right", "insideH", "insideV")})
    t.autofit = False
    t.columns[0].width = Cm(2.0)
    t.columns[1].width = Cm(13.6)
    for row in t.rows:
        row.cells[0].width = Cm(2.0)
        row.cells[1].width = Cm(13.6)
    cell_text(t.cell(0, 0), "", FS, 16)
    cell_text(t.cell(0, 1), XM_ORG, FS, 16, align=RIGHT)
    cell_text(t.cell(1, 0), "", FS, 16)
    cell_text(t.cell(1, 1), "2026年1月20日" + FWS * 4, FS, 16, align=RIGHT)
    empty(doc)
    para(doc, [("（此件公开发布）", FS)], LEFT, 2)

    page_break(doc)
    para(doc, [(XM_T1, XBS)], CENTER, 0, size=22, exact=36)
    empty(doc)
    c1 = render_rule(doc, XM_RULE1, ch_num=ch_num1, item_abs=112)

    page_break(doc)
    # title with a soft line break before 主任办公会议
    para(doc, [(XM_ORG[:17], XBS), ("\n", None), (XM_ORG[17:] + "主任办公会议议事规则", XBS)], CENTER, 0, size=22, exact=36)
    empty(doc)
    c2 = render_rule(doc, XM_RULE2, ch_num=ch_num2, item_abs=112, art_bold=True)
    empty(doc)
    banji(doc, "抄送：福建省商务厅（省自贸办），厦门市人民政府办公厅，厦门市司法局。",
          "厦门片区管委会综合办公室" + FWS * 4, "2026年1月21日印发")

    common = dict(doc_number=XM_NO, issuer=[XM_ORG], date="2026-01-20", published="2026-01-21",
                  region=XM_REGION, publicity="此件公开发布")
    exp = [
        {"meta": meta(XM_TITLE, doc_type="通知",
                      recipients=["管委会各内设机构", "各派驻机构", "各直属事业单位"],
                      repeals="厦门片区管委会工作规则（厦自贸委〔2019〕21号）", **common),
         "clauses": list(XM_NOTICE_BODY)},
        {"meta": meta(XM_T1, effective="2026-02-01", doc_type="规则", **common),
         "clauses": c1},
        {"meta": meta(XM_T2, effective="2026-02-01", expires="2030-12-31", doc_type="规则", **common),
         "clauses": c2},
    ]
    return doc, exp


# ==========================================================================
def main():
    expected = {}
    for stem, builder in (("blind692_zhengzhou_tongzhi", build_zhengzhou),
                          ("blind692_nanning_tongzhi", build_nanning),
                          ("blind692_xiamen_tongzhi", build_xiamen)):
        doc, exp = builder()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_692", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        expected[stem] = exp
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
