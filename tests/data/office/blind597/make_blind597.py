# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 597: 征求意见稿 with tracked changes (w:ins / w:del / moves) and
hand-written Word comments (批注).  Writes .docx, LibreOffice PDFs and
expected.json next to this script."""
import json
import os
import re
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor  # noqa: F401

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"

# --------------------------------------------------------------------------
# low level XML helpers
# --------------------------------------------------------------------------


class Ctx:
    def __init__(self, author, date):
        self.author = author
        self.date = date
        self.next_id = 100
        self.comments = {}  # id -> (author, initials, date, text)

    def nid(self):
        self.next_id += 1
        return str(self.next_id)


def make_rpr(font, size, bold=False, color=None, underline=False, rpr_change=None, ctx=None):
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    rpr.append(rf)
    if bold:
        rpr.append(OxmlElement("w:b"))
        rpr.append(OxmlElement("w:bCs"))
    if color:
        c = OxmlElement("w:color")
        c.set(qn("w:val"), color)
        rpr.append(c)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), str(int(size * 2)))
    rpr.append(sz)
    szc = OxmlElement("w:szCs")
    szc.set(qn("w:val"), str(int(size * 2)))
    rpr.append(szc)
    if underline:
        u = OxmlElement("w:u")
        u.set(qn("w:val"), "single")
        rpr.append(u)
    if rpr_change is not None and ctx is not None:
        ch = OxmlElement("w:rPrChange")
        ch.set(qn("w:id"), ctx.nid())
        ch.set(qn("w:author"), ctx.author)
        ch.set(qn("w:date"), ctx.date)
        old = make_rpr(rpr_change, size)
        ch.append(old)
        rpr.append(ch)
    return rpr


def make_run(text, font, size, deleted=False, bold=False, color=None, rpr_change=None, ctx=None):
    r = OxmlElement("w:r")
    r.append(make_rpr(font, size, bold, color, rpr_change=rpr_change, ctx=ctx))
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def track(tag, ctx, child=None):
    el = OxmlElement(tag)
    el.set(qn("w:id"), ctx.nid())
    el.set(qn("w:author"), ctx.author)
    el.set(qn("w:date"), ctx.date)
    if child is not None:
        el.append(child)
    return el


TOKEN = re.compile(r"(\[\+|\+\]|\[-|-\]|\[<|<\]|\[>|>\]|\{h\}|\{/h\}|\{c:\d+\}|\{/c:\d+\}|\{br\})")


def emit_markup(parent, text, ctx, font=FS, size=16, bold=False, color=None, head_font=HT,
                rpr_change=None):
    """Append runs for `text` (mini markup) to XML element `parent` (w:p)."""
    mode = "n"
    cur_font = font
    cur_bold = bold
    move_ids = {}
    for tok in TOKEN.split(text):
        if tok == "":
            continue
        if tok == "[+":
            mode = "ins"
        elif tok == "[-":
            mode = "del"
        elif tok in ("+]", "-]"):
            mode = "n"
        elif tok == "[<":
            mode = "mf"
            mid = ctx.nid()
            move_ids["mf"] = mid
            s = OxmlElement("w:moveFromRangeStart")
            s.set(qn("w:id"), mid)
            s.set(qn("w:author"), ctx.author)
            s.set(qn("w:date"), ctx.date)
            s.set(qn("w:name"), "move597")
            parent.append(s)
        elif tok == "<]":
            mode = "n"
            e = OxmlElement("w:moveFromRangeEnd")
            e.set(qn("w:id"), move_ids["mf"])
            parent.append(e)
        elif tok == "[>":
            mode = "mt"
            mid = ctx.nid()
            move_ids["mt"] = mid
            s = OxmlElement("w:moveToRangeStart")
            s.set(qn("w:id"), mid)
            s.set(qn("w:author"), ctx.author)
            s.set(qn("w:date"), ctx.date)
            s.set(qn("w:name"), "move597")
            parent.append(s)
        elif tok == ">]":
            mode = "n"
            e = OxmlElement("w:moveToRangeEnd")
            e.set(qn("w:id"), move_ids["mt"])
            parent.append(e)
        elif tok == "{h}":
            cur_font = head_font
        elif tok == "{/h}":
            cur_font = font
        elif tok.startswith("{c:"):
            cid = tok[3:-1]
            s = OxmlElement("w:commentRangeStart")
            s.set(qn("w:id"), cid)
            parent.append(s)
        elif tok.startswith("{/c:"):
            cid = tok[4:-1]
            e = OxmlElement("w:commentRangeEnd")
            e.set(qn("w:id"), cid)
            parent.append(e)
            r = OxmlElement("w:r")
            rp = OxmlElement("w:rPr")
            va = OxmlElement("w:vertAlign")
            va.set(qn("w:val"), "superscript")
            rp.append(va)
            r.append(rp)
            cr = OxmlElement("w:commentReference")
            cr.set(qn("w:id"), cid)
            r.append(cr)
            parent.append(r)
        elif tok == "{br}":
            r = OxmlElement("w:r")
            r.append(make_rpr(cur_font, size, cur_bold, color))
            r.append(OxmlElement("w:br"))
            parent.append(r)
        else:
            deleted = mode in ("del", "mf")
            run = make_run(tok, cur_font, size, deleted=deleted, bold=cur_bold, color=color,
                           rpr_change=rpr_change, ctx=ctx)
            if mode == "n":
                parent.append(run)
            elif mode == "ins":
                parent.append(track("w:ins", ctx, run))
            elif mode == "del":
                parent.append(track("w:del", ctx, run))
            elif mode == "mf":
                parent.append(track("w:moveFrom", ctx, run))
            elif mode == "mt":
                parent.append(track("w:moveTo", ctx, run))


def accepted(text):
    t = re.sub(r"\[-.*?-\]", "", text, flags=re.S)
    t = re.sub(r"\[<.*?<\]", "", t, flags=re.S)
    t = t.replace("[+", "").replace("+]", "").replace("[>", "").replace(">]", "")
    t = re.sub(r"\{/?(h|c:\d+)\}", "", t)
    t = t.replace("{br}", "")
    return t


def mark_paragraph(p, kind, ctx):
    """kind: 'del' / 'ins' -> tracked paragraph mark."""
    pPr = p._p.get_or_add_pPr()
    rpr = pPr.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        pPr.append(rpr)
    rpr.append(track("w:del" if kind == "del" else "w:ins", ctx))


def fmt(p, align=None, first_indent=True, size=16, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent:
        pf.first_line_indent = Pt(size * 2)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para(doc, ctx, text, font=FS, size=16, align=None, first_indent=True, bold=False,
         color=None, mark=None, line=28, before=0, after=0, rpr_change=None, head_font=HT):
    p = doc.add_paragraph()
    fmt(p, align, first_indent, size, line, before, after)
    emit_markup(p._p, text, ctx, font=font, size=size, bold=bold, color=color,
                rpr_change=rpr_change, head_font=head_font)
    if mark:
        mark_paragraph(p, mark, ctx)
    return p


def empty(doc, n=1, size=16):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, first_indent=False, size=size)


def border(p, side, color="FF0000", sz=12, space=1):
    pPr = p._p.get_or_add_pPr()
    bdr = pPr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        # pBdr must come before spacing/ind/jc
        anchor = None
        for tag in ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc", "w:rPr"):
            anchor = pPr.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(bdr)
        else:
            pPr.append(bdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    bdr.append(b)


def page_setup(doc):
    for s in doc.sections:
        s.page_width = Cm(21.0)
        s.page_height = Cm(29.7)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        s.footer_distance = Cm(2.5)
        s.header_distance = Cm(1.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def page_number_footer(doc):
    s = doc.sections[0]
    p = s.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    def fr(kind=None, instr=None, text=None):
        r = OxmlElement("w:r")
        r.append(make_rpr(SONG, 14))
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r.append(fc)
        elif instr:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = instr
            r.append(it)
        else:
            t = OxmlElement("w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = text
            r.append(t)
        return r
    for el in (fr(text="— "), fr(kind="begin"), fr(instr=" PAGE "), fr(kind="separate"),
               fr(text="1"), fr(kind="end"), fr(text=" —")):
        p._p.append(el)


def header_text(doc, text):
    s = doc.sections[0]
    p = s.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = OxmlElement("w:r")
    r.append(make_rpr(KT, 10.5))
    t = OxmlElement("w:t")
    t.text = text
    r.append(t)
    p._p.append(r)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def track_revisions_on(doc):
    st = doc.settings.element
    tr = OxmlElement("w:trackRevisions")
    # put it early (after zoom if present) -- order in CT_Settings
    zoom = st.find(qn("w:zoom"))
    if zoom is not None:
        zoom.addnext(tr)
    else:
        st.insert(0, tr)


def add_comments_part(doc, ctx):
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<w:comments xmlns:w="%s">' % W]
    from xml.sax.saxutils import escape
    for cid, (author, initials, date, text) in sorted(ctx.comments.items(), key=lambda kv: int(kv[0])):
        out.append('<w:comment w:id="%s" w:author="%s" w:date="%s" w:initials="%s">'
                   % (cid, escape(author), date, escape(initials)))
        for i, line in enumerate(text.split("\n")):
            out.append('<w:p><w:pPr><w:jc w:val="left"/></w:pPr>')
            if i == 0:
                out.append('<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:annotationRef/></w:r>')
            out.append('<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>'
                       '<w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                       % (SONG, SONG, SONG, escape(line)))
        out.append('</w:comment>')
    out.append('</w:comments>')
    blob = "".join(out).encode("utf-8")
    part = Part(PackURI("/word/comments.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
                blob, doc.part.package)
    doc.part.relate_to(part, RT.COMMENTS)


def set_cell(cell, text, ctx, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(20)
    emit_markup(p._p, text, ctx, font=font, size=size, bold=bold)


def row_mark(row, kind, ctx):
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(track("w:del" if kind == "del" else "w:ins", ctx))


def table_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


# --------------------------------------------------------------------------
# body model: list of items; key computed from the same source
# items: ("h", text, opts)  heading / non-clause paragraph
#        ("c", text, opts)  clause paragraph (opts may contain mark='del'/'ins')
#        ("t", header, rows, widths)  rows: (cells, rowmark)
# --------------------------------------------------------------------------


def render_body(doc, ctx, items):
    for it in items:
        if it[0] in ("h", "c"):
            opts = dict(it[2]) if len(it) > 2 else {}
            para(doc, ctx, it[1], **opts)
        elif it[0] == "t":
            header, rows, widths = it[1], it[2], it[3]
            t = doc.add_table(rows=1 + len(rows), cols=len(header))
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            table_borders(t)
            for j, h in enumerate(header):
                set_cell(t.rows[0].cells[j], h, ctx, font=HT, size=12)
            for i, (cells, rm) in enumerate(rows):
                row = t.rows[i + 1]
                for j, c in enumerate(cells):
                    al = WD_ALIGN_PARAGRAPH.LEFT if j in (1, 3) else WD_ALIGN_PARAGRAPH.CENTER
                    set_cell(row.cells[j], c, ctx, align=al)
                if rm:
                    row_mark(row, rm, ctx)
            t.autofit = False
            for j, w in enumerate(widths):
                t.columns[j].width = Cm(w)
            for row in t.rows:
                for j, w in enumerate(widths):
                    row.cells[j].width = Cm(w)


def key_clauses(items):
    out = []
    carry = ""
    for it in items:
        if it[0] == "c":
            opts = it[2] if len(it) > 2 else {}
            txt = carry + accepted(it[1])
            if opts.get("mark") == "del":
                carry = txt
                continue
            carry = ""
            if txt.strip():
                out.append(txt)
        elif it[0] == "t":
            header = [accepted(h) for h in it[1]]
            for cells, rm in it[2]:
                if rm == "del":
                    continue
                out.append("；".join("%s：%s" % (h, accepted(c)) for h, c in zip(header, cells)))
    assert carry == ""
    return out


# --------------------------------------------------------------------------
# Document 1: Xiamen 征求意见函 + 附件 办法（征求意见稿）
# --------------------------------------------------------------------------

XM_BANFA_TITLE = "中国（福建）自由贸易试验区厦门片区保税维修业务管理办法（征求意见稿）"
XM_HAN_TITLE = ("厦门自贸片区管委会关于征求《中国（福建）自由贸易试验区厦门片区"
                "保税维修业务管理办法（征求意见稿）》意见的函")

XM_HAN_BODY = [
    ("c", "为贯彻落实海关总署、商务部等部门关于支持综合保税区内企业开展维修业务的有关要求，"
          "[+进一步+]规范和促进厦门片区保税维修业务发展，我委起草了《中国（福建）自由贸易试验区"
          "厦门片区保税维修业务管理办法（征求意见稿）》（见附件），现送你们征求意见。"),
    ("c", "请认真研究，于2025年12月[-5-][+10+]日前将书面意见（加盖单位公章）反馈至我委法规处，"
          "电子版同时通过厦门市政务内网邮箱发送。逾期未反馈的，视为无意见。"),
    ("c", "联系人：陈晓岚，联系电话：0592-5396127。"),
]

CH = {"font": HT, "align": WD_ALIGN_PARAGRAPH.CENTER, "first_indent": False}
CH_CHG = dict(CH, rpr_change=FS)  # chapter headings: 仿宋 -> 黑体 (format change)

XM_BANFA_BODY = [
    ("h", "第一章　总则", CH_CHG),
    ("c", "{h}第一条{/h}　为规范中国（福建）自由贸易试验区厦门片区（以下简称厦门片区）保税维修业务，"
          "促进加工贸易转型升级和[+航空、船舶等+]高端制造业发展，根据《中华人民共和国海关法》"
          "《中华人民共和国海关综合保税区管理办法》等有关规定，结合厦门片区实际，制定本办法。"),
    ("c", "{h}第二条{/h}　本办法所称保税维修，是指企业以保税方式将存在部件损坏、功能失效、质量缺陷等"
          "问题的货物从境外运入厦门片区内海关特殊监管区域[-或者保税监管场所-]，进行检测、维修后"
          "复运出境的经营活动。[+本办法所称海关特殊监管区域，是指厦门象屿综合保税区和厦门海沧港"
          "综合保税区。+]"),
    ("c", "{h}第三条{/h}　本办法适用于在厦门片区内依法设立、开展保税维修业务的企业（以下简称维修企业）。"
          "厦门片区以外企业委托片区内维修企业开展保税维修的，参照本办法执行。"),
    ("c", "{h}第四条{/h}　厦门片区管理委员会（以下简称片区管委会）负责统筹协调保税维修业务发展，"
          "[-会同-][+联合+]厦门海关、市商务局、市生态环境局等部门建立保税维修业务{c:1}工作协调机制{/c:1}，"
          "研究解决业务开展中的重大问题。"),
    ("c", "{h}第五条{/h}　片区管委会产业发展局具体负责保税维修项目的受理、初审、跟踪服务和统计分析"
          "工作[+，每半年向片区管委会报告一次业务开展情况+]。"),
    ("h", "第二章　业务准入", CH_CHG),
    ("c", "{h}第六条{/h}　申请开展保税维修业务的企业，应当符合下列条件："),
    ("c", "（一）在厦门片区内依法注册登记，具有独立法人资格；"),
    ("c", "（二）海关信用等级为一般信用及以上[-，且近2年内无走私违法记录-]；"),
    ("c", "（三）具备开展维修业务所需的场地、设备、技术人员和检测能力；"),
    ("c", "（四）建立符合海关监管要求的计算机管理系统，能够通过数据交换平台或者其他计算机网络"
          "与海关、片区管委会进行联网；"),
    ("c", "[+（五）维修产品属于民用航空器及其零部件的，已取得民航主管部门颁发的维修许可证书；+]",
     {"mark": "ins"}),
    ("c", "（[-五-][+六+]）法律、行政法规规定的其他条件。"),
    ("c", "{h}第七条{/h}　申请开展保税维修业务的企业，应当向片区管委会提交下列材料："),
    ("c", "（一）保税维修业务申请表；"),
    ("c", "（二）维修产品清单[+及其商品编码+]；"),
    ("c", "（三）维修场所、设备及环保设施情况说明；"),
    ("c", "（四）维修业务可行性研究报告；"),
    ("c", "（五）固体废物和危险废物处置方案及与处置单位签订的协议。"),
    ("c", "{h}第八条{/h}　片区管委会自收到完整申请材料之日起[-15-][+10+]个工作日内完成初审，"
          "并将初审意见函告厦门海关。对不符合条件的，书面告知申请企业并说明理由。"),
    ("c", "{c:2}[-{h}第九条{/h}　维修企业开展保税维修业务实行年度备案管理，每年1月31日前向片区管委会"
          "报送上一年度业务开展情况，经审核后办理备案续期手续。-]{/c:2}", {"mark": "del"}),
    ("h", "第三章　业务监管", CH_CHG),
    ("c", "{h}第[-十-][+九+]条{/h}　维修企业应当建立保税维修业务专用账册，如实记录待维修货物、"
          "维修用料件、维修后货物以及维修过程中产生的旧件、坏件、边角料等的进、出、转、存情况。"),
    ("c", "{h}第十[-一-]条{/h}　待维修货物应当自进境之日起[-1年-][+2年+]内复运出境；确需延期的，"
          "维修企业应当在期限届满前向海关申请办理延期手续。维修用料件在海关特殊监管区域外采购的，"
          "按照出口货物有关规定办理手续。"),
    ("c", "{h}第十[-二-][+一+]条{/h}　维修过程中替换下的旧件、坏件原则上应当全部复运出境；确需在境内"
          "处置的，应当按照固体废物管理有关规定办理，不得擅自销售或者转让。"),
    ("c", "[+{h}第十二条{/h}　片区管委会会同厦门海关推动保税维修业务监管信息化建设，依托国际贸易"
          "“单一窗口”实现申报、审核、核销等环节全程线上办理。+]", {"mark": "ins"}),
    ("c", "{h}第十三条{/h}　维修企业应当于{c:3}每季度{/c:3}结束后15日内，向片区管委会和厦门海关报送保税维修"
          "业务开展情况，包括维修货物品名、数量、货值、维修费用及旧件处置情况等。"),
    ("c", "{h}第十四条{/h}　片区管委会会同厦门海关、市商务局对维修企业开展业务情况进行年度评估，"
          "评估结果作为[+享受+]相关扶持政策的重要依据。"),
    ("h", "第四章　安全环保", CH_CHG),
    ("c", "{h}第十五条{/h}　维修企业应当严格遵守环境保护、安全生产等法律法规，建立健全环境保护和"
          "安全生产管理制度，防止维修过程中产生环境污染和安全事故。"),
    ("c", "{h}第十六条{/h}　维修过程中产生的危险废物，应当交由具有相应资质的单位处置，并执行危险废物"
          "转移联单制度。", {"mark": "del"}),
    ("c", "危险废物在区内贮存的时间一般不得超过1年。"),
    ("c", "{h}第十七条{/h}　禁止以保税维修名义进口国家禁止进口的固体废物，不得开展以拆解、报废"
          "[+、提炼原材料+]为目的的业务。"),
    ("h", "第五章　附则", CH_CHG),
    ("c", "{h}第十八条{/h}　维修企业违反本办法规定的，由片区管委会责令限期整改；情节严重的，"
          "[-取消其保税维修业务资格-][+暂停其保税维修业务，并通报相关部门+]；涉嫌违反海关监管规定的，"
          "移交厦门海关依法处理。"),
    ("c", "{h}第十九条{/h}　本办法由片区管委会负责解释。"),
    ("c", "{h}第二十条{/h}　本办法自2026年[-1-][+2+]月1日起施行，有效期[-3年-][+至2031年1月31日+]。"
          "{c:4}[+《中国（福建）自由贸易试验区厦门片区保税维修业务管理暂行规定》（厦自贸委规〔2021〕3号）"
          "同时废止。+]{/c:4}"),
]

XM_COMMENTS = {
    "1": ("法规处", "FGC", "2025-11-14T09:41:00Z",
          "建议明确协调机制的召集单位和会议频次，或在第五条中一并规定。"),
    "2": ("法规处", "FGC", "2025-11-14T10:05:00Z",
          "根据“放管服”改革要求，年度备案续期缺乏上位法依据，建议删除本条；后续条序已相应调整。"),
    "3": ("法规处", "FGC", "2025-11-14T10:22:00Z",
          "与第五条“每半年报告一次”的频次不一致，请产业发展局核实。"),
    "4": ("陈晓岚", "CXL", "2025-11-15T16:08:00Z",
          "请产业发展局确认原暂行规定文号及是否仍在有效期内。\n如已失效，本句删除。"),
}


def build_xiamen(path):
    doc = Document()
    page_setup(doc)
    ctx = Ctx("法规处", "2025-11-14T09:30:00Z")
    ctx.comments = XM_COMMENTS
    RED = "FF0000"
    # 版头
    empty(doc, 1)
    p = para(doc, ctx, "中国（福建）自由贸易试验区厦门片区管理委员会", font=XBS, size=18,
             align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, color=RED, line=36)
    p = para(doc, ctx, "", first_indent=False, line=10)
    border(p, "bottom", RED, sz=18)
    para(doc, ctx, "厦自贸委函〔2025〕41号", align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    empty(doc, 1)
    # title: two lines with a soft line break
    para(doc, ctx, "厦门自贸片区管委会关于征求《中国（福建）{br}"
                   "自由贸易试验区厦门片区保税维修业务{br}管理办法（征求意见稿）》意见的函",
         font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    empty(doc, 1)
    para(doc, ctx, "厦门海关，市商务局、市税务局、市市场监管局，片区各职能局：", first_indent=False)
    render_body(doc, ctx, XM_HAN_BODY)
    empty(doc, 1)
    para(doc, ctx, "附件：中国（福建）自由贸易试验区厦门片区保税维修业务管理办法（征求意见稿）")
    empty(doc, 3)
    para(doc, ctx, "中国（福建）自由贸易试验区厦门片区管理委员会　",
         align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    para(doc, ctx, "　　　　　　　　　　　　　　　　2025年11月18日", first_indent=False)
    empty(doc, 1)
    para(doc, ctx, "（此件公开发布）")
    page_break(doc)
    # 附件
    para(doc, ctx, "附件", font=HT, first_indent=False)
    empty(doc, 1)
    para(doc, ctx, "中国（福建）自由贸易试验区厦门片区",
         font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    para(doc, ctx, "保税维修业务管理[-暂行-]办法",
         font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    para(doc, ctx, "（征求意见稿）", font=KT, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    empty(doc, 1)
    render_body(doc, ctx, XM_BANFA_BODY)
    # 版记 at the very end of the file
    empty(doc, 4)
    p = para(doc, ctx, "抄送：厦门市人民政府办公厅，市司法局。", size=14, first_indent=False)
    border(p, "top", "000000", sz=8)
    border(p, "bottom", "000000", sz=4)
    p.paragraph_format.left_indent = Pt(14)
    p = para(doc, ctx, "厦门自贸片区管委会综合协调局　　　　2025年11月18日印发",
             size=14, first_indent=False)
    border(p, "bottom", "000000", sz=8)
    p.paragraph_format.left_indent = Pt(14)
    page_number_footer(doc)
    track_revisions_on(doc)
    add_comments_part(doc, ctx)
    doc.core_properties.author = "陈晓岚"
    doc.core_properties.title = ""
    doc.save(path)

    han_meta = {
        "title": XM_HAN_TITLE,
        "doc_number": "厦自贸委函〔2025〕41号",
        "issuer": ["中国（福建）自由贸易试验区厦门片区管理委员会"],
        "date": "2025-11-18",
        "published": None,
        "level": "zone",
        "region": "中国（福建）自由贸易试验区厦门片区",
        "effective": None,
        "expires": None,
        "attachments": [XM_BANFA_TITLE],
        "doc_type": "函",
        "recipients": ["厦门海关", "市商务局", "市税务局", "市市场监管局", "片区各职能局"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    banfa_meta = {
        "title": XM_BANFA_TITLE,
        "doc_number": None,
        "issuer": ["中国（福建）自由贸易试验区厦门片区管理委员会"],
        "date": "2025-11-18",
        "published": None,
        "level": "zone",
        "region": "中国（福建）自由贸易试验区厦门片区",
        "effective": "2026-02-01",
        "expires": "2031-01-31",
        "attachments": [],
        "doc_type": "办法",
        "recipients": [],
        "publicity": None,
        "repeals": "《中国（福建）自由贸易试验区厦门片区保税维修业务管理暂行规定》（厦自贸委规〔2021〕3号）",
    }
    return [
        {"meta": han_meta, "clauses": key_clauses(XM_HAN_BODY)},
        {"meta": banfa_meta, "clauses": key_clauses(XM_BANFA_BODY)},
    ]


# --------------------------------------------------------------------------
# Document 2: Chengdu 青白江铁路港片区 中欧班列集拼集运 办法（征求意见稿）
# --------------------------------------------------------------------------

CD_TITLE = "中国（四川）自由贸易试验区成都青白江铁路港片区中欧班列集拼集运业务管理办法（征求意见稿）"

CD_BODY = [
    ("c", "{h}第一条{/h}　为[+进一步+]提升中欧班列（成渝）运营质效，规范成都青白江铁路港片区（以下简称"
          "铁路港片区）中欧班列集拼集运业务，推动国际铁路联运与多式联运融合发展，根据"
          "[-国家和省有关规定-][+《中华人民共和国海关法》《中国（四川）自由贸易试验区条例》等有关规定+]，"
          "结合实际，制定本办法。"),
    ("c", "{h}第二条{/h}　本办法所称集拼集运，是指在成都国际铁路港综合保税区或者铁路港片区海关监管"
          "作业场所内，将不同发货人、不同贸易方式的货物进行拼箱，通过中欧班列统一运输出境或者"
          "进境后分拨的业务模式。"),
    ("c", "{h}第三条{/h}　本办法适用于在铁路港片区内依法登记注册，从事中欧班列集拼集运业务的平台公司、"
          "货运代理企业和仓储物流企业（以下统称集拼企业）。"),
    ("c", "{h}第四条{/h}　成都国际铁路港经济技术开发区管理委员会（以下简称铁路港管委会）负责集拼集运"
          "业务的统筹规划、政策制定和协调服务；海关、铁路运输企业等按照各自职责做好监管和服务工作。"),
    ("c", "{h}第五条{/h}　集拼企业应当具备下列条件："),
    ("c", "（一）在铁路港片区内注册，具有独立法人资格，[-注册资本不低于500万元-]"
          "[+实缴注册资本不低于300万元+]；"),
    ("c", "（二）在海关办理报关单位备案，海关信用等级为一般信用及以上；"),
    ("c", "（三）拥有或者租赁符合海关监管要求的集拼仓库、查验场地及视频监控设施；"),
    ("c", "（四）近2年内无重大违法违规记录。"),
    ("c", "{h}第六条{/h}　集拼企业申请纳入集拼集运企业名录，应当向铁路港管委会提交下列材料："),
    ("t", ["序号", "材料名称", "份数", "备注"], [
        (["1", "集拼集运业务申请书", "原件1份", "加盖企业公章"], None),
        (["2", "营业执照复印件", "1份", "[-需验原件-][+已实现电子证照共享的，免于提交+]"], None),
        (["3", "集拼仓库产权证明或者租赁合同", "1份", "租赁期限不少于2年"], None),
        (["[-4-]", "[-安全生产许可证复印件-]", "[-1份-]", "[-验原件-]"], "del"),
        (["[-5-][+4+]", "海关监管作业场所验收材料", "1份", "由海关出具"], None),
        (["[+5+]", "[+信息化管理系统与海关联网情况说明+]", "[+1份+]", "[+含数据接口方案+]"], "ins"),
    ], [1.5, 6.5, 2.5, 5.0]),
    ("c", "{h}第七条{/h}　铁路港管委会自受理之日起[-10-][+7+]个工作日内完成审核，符合条件的纳入集拼集运"
          "企业名录并向社会公布；不符合条件的，书面说明理由。"),
    ("c", "{h}第八条{/h}　集拼企业应当按照海关要求如实申报货物信息，对拼箱货物实行“一箱一单”管理，"
          "确保箱单一致、单货相符。"),
    ("c", "{h}第九条{/h}　鼓励集拼企业开展“中欧班列+跨境电商”“中欧班列+市场采购贸易”等组合业务。"
          "[>支持在成都国际铁路港综合保税区内开展出口拼箱、进口分拨和国际中转集拼业务。>]"),
    ("c", "{c:11}[-{h}第十条{/h}　集拼企业应当每月向铁路港管委会报送集拼集运业务开展情况统计表。-]{/c:11}",
     {"mark": "del"}),
    ("c", "{h}第十一条{/h}　[<支持在成都国际铁路港综合保税区内开展出口拼箱、进口分拨和国际中转集拼业务。<]"
          "铁路港管委会会同海关、铁路运输企业建立集拼集运业务信息共享机制，依托国际贸易“单一窗口”"
          "和铁路港智慧陆港平台，推动舱位预订、报关、查验等信息互联互通。"),
    ("c", "{h}第十二条{/h}　{c:12}对年度集拼集运箱量达到[-1000-][+800+]标箱（TEU）以上的集拼企业，"
          "按照每标箱[-200-][+300+]元给予运营补贴，单个企业年度补贴总额最高不超过"
          "[-100万元-][+150万元+]。"),
    ("c", "{h}第十三条{/h}　对新开行至中亚、欧洲、东盟等方向的集拼集运线路，首年开行不少于"
          "[-12-][+24+]列的，一次性给予线路开拓奖励50万元。{/c:12}"),
    ("c", "{h}第十四条{/h}　同一企业同一事项符合本办法和铁路港片区其他扶持政策的，按照“就高不重复”"
          "原则给予支持。"),
    ("c", "{h}第十五条{/h}　集拼企业应当于每月10日前向铁路港管委会报送上月集拼集运业务统计数据，"
          "并对数据真实性负责。"),
    ("c", "{h}第十六条{/h}　集拼企业有下列情形之一的，由铁路港管委会将其移出集拼集运企业名录，"
          "已享受的补贴予以追回："),
    ("c", "（一）以欺骗、贿赂等不正当手段取得名录资格或者补贴资金的；"),
    ("c", "（二）连续[-6-][+12+]个月未开展集拼集运业务的；"),
    ("c", "（三）发生走私违法行为或者重大安全生产事故的。"),
    ("c", "{h}第十七条{/h}　本办法由铁路港管委会负责解释。"),
    ("c", "{h}第十八条{/h}　本办法自[-发布之日-][+2026年4月1日+]起施行，有效期[-5-][+3+]年。"),
]

CD_COMMENTS = {
    "11": ("法规处", "FGC", "2026-01-16T11:12:00Z",
           "与第十五条内容重复，建议删除。条序待定稿时统一调整。"),
    "12": ("法规处", "FGC", "2026-01-16T11:30:00Z",
           "第十二条、第十三条补贴标准调整须经区财政金融局审核，请附测算依据。"),
}


def build_chengdu(path):
    doc = Document()
    page_setup(doc)
    ctx = Ctx("法规处", "2026-01-16T10:50:00Z")
    ctx.comments = CD_COMMENTS
    header_text(doc, "征求意见稿（法规处修改稿）")
    empty(doc, 1)
    para(doc, ctx, "中国（四川）自由贸易试验区成都青白江",
         font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    para(doc, ctx, "铁路港片区中欧班列集拼集运业务管理办法",
         font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    para(doc, ctx, "（征求意见稿）", font=KT, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    empty(doc, 1)
    render_body(doc, ctx, CD_BODY)
    empty(doc, 2)
    para(doc, ctx, "成都国际铁路港经济技术开发区管理委员会　　",
         align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    para(doc, ctx, "[-2025年12月30日-][+2026年1月20日+]　　　　　",
         align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    page_number_footer(doc)
    track_revisions_on(doc)
    add_comments_part(doc, ctx)
    doc.core_properties.author = "铁路港管委会法规处"
    doc.save(path)
    meta = {
        "title": CD_TITLE,
        "doc_number": None,
        "issuer": ["成都国际铁路港经济技术开发区管理委员会"],
        "date": "2026-01-20",
        "published": None,
        "level": "zone",
        "region": "中国（四川）自由贸易试验区成都青白江铁路港片区",
        "effective": "2026-04-01",
        "expires": "2029-03-31",
        "attachments": [],
        "doc_type": "办法",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return [{"meta": meta, "clauses": key_clauses(CD_BODY)}]


def to_pdf(docx_path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_597", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    key = {}
    jobs = [("blind597_xiamen_hanjian", build_xiamen),
            ("blind597_chengdu_banfa", build_chengdu)]
    for stem, fn in jobs:
        path = os.path.join(HERE, stem + ".docx")
        key[stem] = fn(path)
        to_pdf(path)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
