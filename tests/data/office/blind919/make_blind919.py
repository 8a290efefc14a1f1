# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 919: 涉外商事纠纷多元化解机制合作备忘录 (法院、仲裁委、商会多方签署，签署页).

Writes three Word files, their PDFs (LibreOffice) and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
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
IND = "\u3000\u3000"   # two full-width spaces typed by the clerk instead of an indent
CN = "一二三四五六七八九十"

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


def add_par(doc, runs, **kw):
    """runs: str, or list of (text, font, size, bold[, color])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def soft_lines(doc, lines, name=XBS, size=22, line=36, align=WD_ALIGN_PARAGRAPH.CENTER):
    """One paragraph, lines separated by Shift+Enter."""
    p = doc.add_paragraph()
    for i, t in enumerate(lines):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(t), name, size)
    fmt(p, align=align, indent=False, line=line)
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


def _field(p, instr, name=SONG, size=14):
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
    if footer == "dash":                      # — 1 —
        font(fp.add_run("— "), SONG, 14)
        _field(fp, "PAGE")
        font(fp.add_run(" —"), SONG, 14)
    else:                                     # 第 1 页 共 4 页
        font(fp.add_run("第 "), SONG, 10.5)
        _field(fp, "PAGE", SONG, 10.5)
        font(fp.add_run(" 页 共 "), SONG, 10.5)
        _field(fp, "NUMPAGES", SONG, 10.5)
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


def cell_lines(cell, lines, size=16, align=WD_ALIGN_PARAGRAPH.LEFT, line=30):
    cell.text = ""
    for i, t in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        font(p.add_run(t), FS, size)
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(line)


def col_widths(table, widths):
    """Fix column widths in tblGrid and every w:tcW (honours gridSpan)."""
    table.autofit = False
    tw = [int(w / 635) for w in widths]          # EMU -> twips
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), tw):
        gc.set(qn("w:w"), str(w))
    for row in table.rows:
        col = 0
        for tc in row._tr.findall(qn("w:tc")):
            tcpr = tc.get_or_add_tcPr()
            gs = tcpr.find(qn("w:gridSpan"))
            span = int(gs.get(qn("w:val"))) if gs is not None else 1
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(sum(tw[col:col + span])))
            tcw.set(qn("w:type"), "dxa")
            col += span


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


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
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


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
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text))
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
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_919", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ======================================================= DOC A  厦门 四方合作备忘录
def doc_xiamen():
    stem = "blind919_xiamen_beiwanglu"
    doc = Document()
    setup(doc, footer="pages")
    clauses = []
    title = "关于建立涉外商事纠纷多元化解衔接机制的合作备忘录"

    empty(doc, 1)
    soft_lines(doc, ["关于建立涉外商事纠纷多元化解", "衔接机制的合作备忘录"], line=38)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                before=6, after=6)

    def art(no, text, items=(), gap="\u3000"):
        head = "第%s条" % no
        add_par(doc, [(head, HT, 16, False), (gap + text, FS, 16, False)])
        for it in items:
            add_par(doc, it)
        clauses.append(head + gap + text + "".join(items))

    body("为服务中国（福建）自由贸易试验区厦门片区和“海丝”核心区建设，营造市场化、法治化、国际化一流营商环境，"
         "厦门市中级人民法院、厦门仲裁委员会、厦门国际商会、厦门市工商业联合会（以下合称“各方”）经友好协商，"
         "就建立涉外商事纠纷诉讼、仲裁、调解有机衔接的多元化解机制，达成如下合作备忘录。")

    chapter("第一章　总　　则")
    art("一", "本备忘录所称涉外商事纠纷，是指当事人一方或者双方是外国人、外国企业或者组织，"
              "或者当事人经常居所地、标的物在中华人民共和国领域外的商事纠纷。涉及香港特别行政区、"
              "澳门特别行政区和台湾地区的商事纠纷，参照本备忘录执行。")
    art("二", "各方坚持以下原则开展合作：", [
        "（一）坚持自愿合法，充分尊重当事人选择纠纷解决方式的权利；",
        "（二）坚持分工协作，发挥诉讼的兜底保障作用和仲裁、调解的前端化解作用；",
        "（三）坚持平等保护，依法平等保护中外当事人合法权益。"])
    # clerk typed two half-width spaces here instead of a full-width one
    art("三", "各方在厦门市中级人民法院涉外商事审判庭设立“涉外商事纠纷一站式多元化解中心”，"
              "作为本备忘录项下各项合作的工作平台。", gap="  ")

    chapter("第二章　诉调对接")
    art("四", "厦门市中级人民法院对涉外商事案件，在立案前或者立案后经当事人同意，可以委派或者委托厦门国际商会调解中心、"
              "厦门市工商业联合会商事调解委员会进行调解。委派调解期限一般不超过30日，委托调解期限一般不超过20日。")
    art("五", "经调解达成调解协议的，当事人可以申请司法确认，厦门市中级人民法院依法及时审查。调解不成的，"
              "调解组织应当在3个工作日内将案件材料退回，案件依法进入诉讼程序。")

    chapter("第三章　仲裁与诉讼衔接")
    art("六", "厦门仲裁委员会受理涉外商事仲裁案件后，当事人申请财产保全、证据保全或者行为保全的，"
              "厦门仲裁委员会应当在收到申请之日起2个工作日内提交厦门市中级人民法院，厦门市中级人民法院依法在5日内作出裁定。")
    # items typed with half-width brackets
    art("七", "各方建立以下仲裁司法审查沟通机制：", [
        "(一)厦门市中级人民法院拟撤销或者不予执行涉外仲裁裁决的，依照有关规定报核；",
        "(二)厦门市中级人民法院每年向厦门仲裁委员会通报仲裁司法审查案件情况，提出司法建议；",
        "(三)当事人在调解组织主持下达成和解协议的，可以申请厦门仲裁委员会按照和解协议内容作出仲裁裁决。"])

    chapter("第四章　协作保障")
    art("八", "各方建立联席会议制度，原则上每半年召开一次，由各方轮流召集，研究解决衔接中的重大问题。")
    art("九", "各方依托“厦门市涉外商事纠纷多元化解平台”实现案件移送、文书送达、数据统计等信息互通共享，"
              "每年联合发布涉外商事纠纷多元化解典型案例不少于5件。")
    art("十", "各方各自确定一名联络人，负责日常沟通协调工作（各方联络人名单见附件）。")

    chapter("第五章　附　　则")
    art("十一", "本备忘录自2025年12月8日起施行，有效期至2028年12月7日。")
    art("十二", "本备忘录一式八份，各方各执二份，具有同等效力。")
    add_par(doc, "附件：各方联络人名单")

    # ---- 签署页
    page_break(doc)
    add_par(doc, "（本页无正文，为《关于建立涉外商事纠纷多元化解衔接机制的合作备忘录》签署页）",
            indent=False, line=30)
    empty(doc, 2)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    parties = ["厦门市中级人民法院", "厦门仲裁委员会", "厦门国际商会", "厦门市工商业联合会"]
    for i, name in enumerate(parties):
        c = t.rows[i // 2].cells[i % 2]
        cell_lines(c, [name + "（盖章）", "", "代表（签字）：__________", ""])
    empty(doc, 1)
    add_par(doc, "签署日期：二〇二五年十二月八日", indent=False)
    add_par(doc, "签署地点：中国·厦门", indent=False)

    # ---- 附件
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("各方联络人名单", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=36)
    empty(doc, 1)
    hdr = ["单位", "联络部门", "联络人", "职务", "联系电话"]
    rows = [
        ["厦门市中级人民法院", "涉外商事审判庭", "陈立群", "副庭长", "0592-2268735"],
        ["厦门仲裁委员会", "秘书处", "黄雅琳", "副秘书长", "0592-5310286"],
        ["厦门国际商会", "法律事务部", "郑凯文", "部长", "0592-5057719"],
        ["厦门市工商业联合会", "法律维权部", "林志强", "四级调研员", "0592-2892143"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, r in enumerate(rows, 1):
        for ci, v in enumerate(r):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, line=26)
        clauses.append(row_clause(hdr, r))
    col_widths(t, [Cm(4.4), Cm(3.2), Cm(2.0), Cm(2.6), Cm(3.4)])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": title,
            "doc_number": None,
            "issuer": parties,
            "date": "2025-12-08",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": "2025-12-08",
            "expires": "2028-12-07",
            "attachments": ["各方联络人名单"],
            "doc_type": "备忘录",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ======================================================= DOC B  深圳 联合印发通知
def doc_shenzhen():
    stem = "blind919_shenzhen_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []
    memo = "深圳市涉外商事纠纷“诉讼＋仲裁＋调解”一站式多元化解合作备忘录"
    title = "关于印发《%s》的通知" % memo
    organs = ["深圳市中级人民法院", "深圳国际仲裁院", "中国国际贸易促进委员会深圳市委员会"]

    # joint red header: organ names stacked, 文件 in a merged cell on the right
    empty(doc, 1, line=20)
    t = doc.add_table(rows=3, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.columns[0].width = Cm(12.4)
    t.columns[1].width = Cm(3.2)
    for i, o in enumerate(organs):
        t.rows[i].cells[0].width = Cm(12.4)
        set_cell(t.rows[i].cells[0], o, XBS, 24 if i < 2 else 19, color=RED,
                 align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40)
    m = t.cell(0, 1).merge(t.cell(2, 1))
    m.width = Cm(3.2)
    set_cell(m, "文件", XBS, 40, color=RED, line=48)
    empty(doc, 1)
    p = add_par(doc, "深中法发〔2026〕12号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three paragraphs, broken at odd places
    for ln in ["关于印发《深圳市涉外商事纠纷“诉讼＋仲裁", "＋调解”一站式多元化解合作备忘录》", "的通知"]:
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "市各基层人民法院，深圳前海合作区人民法院，深圳国际仲裁院各部门，市贸促委各处室、各直属单位，各有关商协会：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为贯彻落实《中华人民共和国民事诉讼法》《中华人民共和国仲裁法》和最高人民法院关于建设“一站式”国际商事纠纷多元化解决机制的工作部署，"
         "推动前海深港国际法务区建设，深圳市中级人民法院、深圳国际仲裁院、中国国际贸易促进委员会深圳市委员会（深圳国际商会）"
         "共同签署了《深圳市涉外商事纠纷“诉讼＋仲裁＋调解”一站式多元化解合作备忘录》。现印发给你们，请结合实际认真贯彻执行。")
    body("执行中遇到的问题，请及时向各自主管单位反映。")
    empty(doc, 2)
    # joint 落款 aligned with typed full-width spaces
    add_par(doc, "\u3000" * 2 + "深圳市中级人民法院" + "\u3000" * 6 + "深圳国际仲裁院", indent=False)
    empty(doc, 1)
    add_par(doc, "\u3000" * 9 + "中国国际贸易促进委员会深圳市委员会", indent=False)
    add_par(doc, "\u3000" * 18 + "2026年3月16日", indent=False)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")

    # ---- the memorandum being issued
    page_break(doc)
    soft_lines(doc, ["深圳市涉外商事纠纷“诉讼＋仲裁＋调解”", "一站式多元化解合作备忘录"])
    empty(doc, 1)
    n_head = make_numbering(doc, "%1、")

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def runin_list():
        nid = make_numbering(doc, "（%1）")
        cnt = [0]

        def item(h, t):
            cnt[0] += 1
            clauses.append("（%s）%s%s" % (CN[cnt[0] - 1], h, t))
            p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], first=Pt(32))
            apply_num(p, nid)
        return item

    body("为进一步发挥诉讼、仲裁、调解在化解涉外商事纠纷中的协同作用，服务粤港澳大湾区建设和共建“一带一路”高质量发展，"
         "深圳市中级人民法院、深圳国际仲裁院、中国国际贸易促进委员会深圳市委员会（以下简称“三方”）经协商一致，达成如下合作事项。")
    head("合作目标")
    body("坚持把非诉讼纠纷解决机制挺在前面，到2027年底，形成覆盖深圳全市、辐射粤港澳大湾区的涉外商事纠纷一站式多元化解网络，"
         "涉外商事纠纷诉前调解成功率达到35%以上，涉外仲裁案件平均审理期限控制在120日以内。")
    head("合作内容")
    item = runin_list()
    item("共建一站式服务平台。", "依托深圳前海合作区人民法院诉讼服务中心和深圳国际仲裁院前海总部，设立“涉外商事纠纷一站式多元化解服务窗口”，"
         "为中外当事人提供咨询、立案、调解、仲裁、司法确认等“一窗通办”服务。")
    item("建立案件分流机制。", "对进入平台的涉外商事纠纷，按照下列方式分流：")
    body("1．当事人之间有仲裁协议的，引导当事人向约定的仲裁机构申请仲裁；")
    body("2．当事人同意调解的，由深圳国际商会调解中心、粤港澳大湾区商事调解联盟成员组织等开展诉前调解；")
    body("3．调解不成且无仲裁协议的，依法登记立案，由深圳市中级人民法院或者深圳前海合作区人民法院审理。")
    item("推进港澳调解员、仲裁员参与。", "支持具有香港特别行政区、澳门特别行政区执业资格的调解员、仲裁员参与涉外商事纠纷化解，"
         "探索“港澳调解＋内地司法确认”模式，符合条件的港澳调解员可以纳入特邀调解员名册。")
    item("强化保全与执行协作。", "深圳国际仲裁院收到当事人保全申请的，通过“深圳法院在线保全平台”即时转交；"
         "深圳市中级人民法院对申请执行涉外仲裁裁决案件实行快立快执，首次执行措施在立案后7日内完成。")
    head("职责分工")
    body("三方按照下表分工落实合作事项：")
    # table with a two-level merged header
    t = doc.add_table(rows=2 + 4, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in [(0, "序号"), (1, "工作事项"), (4, "完成时限")]:
        c = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(c, h, HT, 12)
    c = t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(c, "责任单位", HT, 12)
    set_cell(t.cell(1, 2), "牵头", HT, 12)
    set_cell(t.cell(1, 3), "配合", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdr = ["序号", "工作事项", "责任单位／牵头", "责任单位／配合", "完成时限"]
    rows = [
        ["1", "设立一站式多元化解服务窗口", "深圳市中级人民法院", "深圳国际仲裁院、市贸促委", "2026年6月底前"],
        ["2", "建立特邀调解员、仲裁员共享名册", "市贸促委", "深圳市中级人民法院、深圳国际仲裁院", "2026年9月底前"],
        ["3", "上线仲裁保全申请在线转交功能", "深圳国际仲裁院", "深圳市中级人民法院", "2026年12月底前"],
        ["4", "发布涉外商事纠纷多元化解白皮书", "深圳市中级人民法院", "深圳国际仲裁院、市贸促委", "每年4月"],
    ]
    for ri, r in enumerate(rows, 2):
        for ci, v in enumerate(r):
            set_cell(t.rows[ri].cells[ci], v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 3) else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(hdr, r))
    col_widths(t, [Cm(1.2), Cm(4.6), Cm(3.4), Cm(3.8), Cm(2.6)])
    p = add_par(doc, [("注：市贸促委即中国国际贸易促进委员会深圳市委员会（深圳国际商会）。", FS, 12, False)],
                indent=False, line=20, before=4)
    clauses.append("注：市贸促委即中国国际贸易促进委员会深圳市委员会（深圳国际商会）。")
    head("保障措施")
    item = runin_list()
    item("建立联席会议制度。", "三方每季度召开一次联席会议，研究解决合作中的重要问题。")
    item("加强宣传推广。", "三方共同编写中英文版《涉外商事纠纷多元化解指引》，通过“走出去”企业培训、境外经贸活动等渠道宣传推介。")
    head("其他")
    body("本备忘录自2026年4月1日起施行，未尽事宜由三方另行协商。本备忘录一式六份，三方各执二份。")

    # ---- signing block of the memorandum, right under the text
    add_par(doc, "（以下无正文）", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    for o in organs:
        p = add_par(doc, [(o + "（盖章）", FS, 16, False), ("\t", FS, 16, False),
                          ("代表签字：", FS, 16, False)], indent=False, line=34)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(11.2), WD_TAB_ALIGNMENT.LEFT)
    add_par(doc, "签署日期：2026年3月10日", indent=False)

    banji(doc, "抄送：最高人民法院国际商事法庭，省高级人民法院，中国贸促会法律事务部，市委政法委，市司法局，前海管理局。",
          "深圳市中级人民法院办公室", "2026年3月16日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": title,
            "doc_number": "深中法发〔2026〕12号",
            "issuer": organs,
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "深圳市",
            "effective": "2026-04-01",
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["市各基层人民法院", "深圳前海合作区人民法院", "深圳国际仲裁院各部门",
                           "市贸促委各处室、各直属单位", "各有关商协会"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ======================================================= DOC C  海南 上行文报告
def doc_hainan():
    stem = "blind919_hainan_baogao"
    doc = Document()
    setup(doc)
    clauses = []
    issuer = "中国国际贸易促进委员会海南省委员会"
    title = issuer + "关于签署涉外商事纠纷多元化解合作备忘录有关情况的报告"
    att2 = "海南自由贸易港涉外商事调解组织名录（第一批）"

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [(issuer, XBS, 24, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=46, before=12)
    empty(doc, 1)
    p = add_par(doc, [("琼贸促〔2026〕6号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("林海涛", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    soft_lines(doc, ["中国国际贸易促进委员会海南省委员会",
                     "关于签署涉外商事纠纷多元化解合作备忘录", "有关情况的报告"])
    empty(doc, 1)
    add_par(doc, "省人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, True), (t, FS, 16, False)], indent=False)

    body("根据省政府办公厅《关于印发〈海南自由贸易港国际商事纠纷多元化解决机制建设工作方案〉的通知》（琼府办函〔2025〕214号）要求，"
         "2026年1月9日，海南省第一中级人民法院、"
         "海南国际仲裁院（海南仲裁委员会）、我会和海南省工商业联合会（总商会）四方在海口江东新区共同签署"
         "《海南自由贸易港涉外商事纠纷多元化解合作备忘录》（以下简称《备忘录》）。现将有关情况报告如下：")
    head("一、《备忘录》主要内容")
    body("《备忘录》共6章24条，明确了四方在纠纷分流、委托调解、仲裁保全、司法确认、信息共享等方面的合作事项，主要内容包括：")
    runin("（一）建立“一站式”受理机制。", "在海南国际商事调解中心设立联合受理窗口，统一接收中外当事人提交的纠纷化解申请，2个工作日内完成分流。")
    runin("（二）推行“调解＋确认”快速通道。", "经海南国际商事调解中心调解达成协议的，当事人可以向海南省第一中级人民法院申请司法确认，"
          "法院在收到申请后15日内审查完毕。")
    runin("（三）完善“仲裁＋保全”衔接。", "当事人向海南国际仲裁院申请仲裁前或者仲裁中申请财产保全的，可通过线上平台直接提交，"
          "实现仲裁机构与法院“零距离”对接。")
    runin("（四）引入境外调解力量。", "支持新加坡、马来西亚等东盟国家及港澳地区的调解机构在海南设立代表机构或者开展业务合作，"
          "允许境外调解员参与调解涉外商事纠纷。")
    head("二、前期工作进展")
    # three numbered items typed in ONE paragraph with Shift+Enter and spaces
    items = [
        "1．调解组织网络初步建成。全省已登记涉外商事调解组织12家，聘任调解员356名，其中境外调解员87名，覆盖21个国家和地区。",
        "2．案件化解成效明显。2025年，全省涉外商事调解组织共受理纠纷1138件，调解成功624件，调解成功率54.8%，涉案金额约28.6亿元。",
        "3．服务“一带一路”经贸往来。2025年，我会为共建“一带一路”国家企业签发原产地证书及商事证明书4.2万份，"
        "提供涉外法律咨询326次。",
    ]
    p = doc.add_paragraph()
    for i, t in enumerate(items):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(IND + t), FS, 16)
    fmt(p, indent=False)
    clauses.extend(items)
    head("三、下一步工作打算")
    runin("（一）抓好《备忘录》落地实施。", "会同各签约单位在2026年3月底前制定联合受理窗口运行规则、委托调解工作指引等配套制度，"
          "确保《备忘录》各项合作事项落地见效。")
    runin("（二）加强调解员队伍建设。", "实施涉外商事调解员“百人培养计划”，2026年新培养调解员100名以上，"
          "推动与香港和解中心、新加坡国际调解中心开展调解员交流互认。")
    runin("（三）争取政策支持。", "建议省政府将涉外商事调解组织建设经费纳入省级财政预算，对公益性涉外商事调解服务给予适当补助。")
    add_par(doc, IND + "特此报告。", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "附件：" + att2, indent=False)
    empty(doc, 1)
    p = add_par(doc, issuer, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "2026年1月20日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    empty(doc, 1)
    add_par(doc, IND + "（联系人：符晓雯，联系电话：0898-65236871）", indent=False)

    # ---- 附件 (table split by hand with 续表)
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [(att2, XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    add_par(doc, [("单位：名", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=20)
    hdr2 = ["序号", "调解组织名称", "所在市县", "调解员（名）／总数", "调解员（名）／其中境外调解员", "主要业务领域"]
    rows2 = [
        ["1", "海南国际商事调解中心", "海口市", "68", "21", "国际贸易、投资、海事海商"],
        ["2", "海南国际商会调解中心三亚分中心", "三亚市", "35", "12", "旅游、免税消费、游艇"],
        ["3", "海口江东新区涉外商事调解中心", "海口市", "24", "6", "跨境投资、金融"],
        ["4", "洋浦经济开发区国际商事调解中心", "儋州市（洋浦）", "31", "9", "航运物流、大宗商品"],
        ["5", "海南省总商会商事调解委员会", "海口市", "42", "5", "民营企业跨境经营"],
        ["6", "三亚崖州湾科技城知识产权纠纷调解中心", "三亚市", "27", "8", "知识产权、种业"],
        ["7", "博鳌乐城国际医疗旅游先行区商事调解中心", "琼海市", "18", "4", "医疗器械、药品进口"],
        ["8", "海南自贸港东盟商事调解中心", "海口市", "22", "11", "东盟国家经贸往来"],
        ["9", "文昌国际航天城商事调解中心", "文昌市", "15", "2", "航天产业、技术贸易"],
        ["10", "海南省律师协会涉外商事调解中心", "海口市", "39", "3", "综合"],
        ["11", "海南国际仲裁院调解中心", "海口市", "26", "5", "仲裁前及仲裁中调解"],
        ["12", "陵水黎安国际教育创新试验区商事调解中心", "陵水黎族自治县", "9", "1", "教育合作、涉外服务"],
        ["合计", "12家", "—", "356", "87", "—"],
    ]
    assert sum(int(r[3]) for r in rows2[:-1]) == 356
    assert sum(int(r[4]) for r in rows2[:-1]) == 87
    widths = [Cm(1.2), Cm(5.4), Cm(2.8), Cm(1.5), Cm(1.7), Cm(3.4)]

    def part_table(rs):
        t = doc.add_table(rows=2 + len(rs), cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for ci in (0, 1, 2, 5):
            c = t.cell(0, ci).merge(t.cell(1, ci))
            set_cell(c, {0: "序号", 1: "调解组织名称", 2: "所在市县", 5: "主要业务领域"}[ci], HT, 12)
        c = t.cell(0, 3).merge(t.cell(0, 4))
        set_cell(c, "调解员（名）", HT, 12)
        set_cell(t.cell(1, 3), "总数", HT, 12)
        set_cell(t.cell(1, 4), "其中境外调解员", HT, 12)
        repeat_header(t.rows[0])
        repeat_header(t.rows[1])
        for ri, r in enumerate(rs, 2):
            for ci, v in enumerate(r):
                set_cell(t.rows[ri].cells[ci], v, FS, 12, line=20,
                         align=WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 5) else WD_ALIGN_PARAGRAPH.CENTER)
            clauses.append(row_clause(hdr2, r))
        col_widths(t, widths)

    # the clerk cut the table by hand at the page end and typed 续表 over the rest
    part_table(rows2[:10])
    page_break(doc)
    add_par(doc, [("续表", HT, 12, False)], indent=False, line=20)
    part_table(rows2[10:])
    note2 = "注：境外调解员包括外籍调解员和香港、澳门、台湾地区调解员。"
    add_par(doc, [(note2, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note2)

    banji(doc, "抄送：中国贸促会法律事务部，省委外办，省高级人民法院，省司法厅，省商务厅。",
          "中国国际贸易促进委员会海南省委员会办公室", "2026年1月20日印发", gap=6)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": title,
            "doc_number": "琼贸促〔2026〕6号",
            "issuer": [issuer],
            "date": "2026-01-20",
            "published": None,
            "level": "provincial",
            "region": "海南省",
            "effective": None,
            "expires": None,
            "attachments": [att2],
            "doc_type": "报告",
            "recipients": ["省人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_xiamen(), doc_shenzhen(), doc_hainan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
