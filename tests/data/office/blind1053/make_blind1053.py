# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1053: 省商务厅 意见 / 实施方案 with footnotes, endnotes, TOC field,
REF cross-reference fields, hyperlinks and bookmarks.  Word + PDF + expected.json."""
import json
import os
import subprocess
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = "FF0000"
LINK = "0563C1"
W = nsdecls("w")
WR = nsdecls("w", "r")

# element order inside w:pPr (subset we use)
PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
             "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens",
             "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN",
             "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
             "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
             "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"]


def ppr_insert(ppr, el):
    name = el.tag.split("}")[1]
    idx = PPR_ORDER.index(name)
    for i, child in enumerate(list(ppr)):
        cname = child.tag.split("}")[1]
        if cname in PPR_ORDER and PPR_ORDER.index(cname) > idx:
            child.addprevious(el)
            return el
    ppr.append(el)
    return el


def rxml(text=None, fn=FS, size=16, bold=False, color=None, u=False, sup=False, inner=""):
    rpr = '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>' % (fn, fn, fn, fn)
    if bold:
        rpr += "<w:b/><w:bCs/>"
    if color:
        rpr += '<w:color w:val="%s"/>' % color
    rpr += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (int(size * 2), int(size * 2))
    if u:
        rpr += '<w:u w:val="single"/>'
    if sup:
        rpr += '<w:vertAlign w:val="superscript"/>'
    body = inner
    if text is not None:
        body += '<w:t xml:space="preserve">%s</w:t>' % escape(text)
    return parse_xml('<w:r %s><w:rPr>%s</w:rPr>%s</w:r>' % (W, rpr, body))


def fld(instr, result, fn=FS, size=16, color=None):
    """complex field runs: begin / instr / separate / result / end"""
    return [rxml(fn=fn, size=size, inner='<w:fldChar w:fldCharType="begin"/>'),
            rxml(fn=fn, size=size, inner='<w:instrText xml:space="preserve">%s</w:instrText>'
                 % escape(instr)),
            rxml(fn=fn, size=size, inner='<w:fldChar w:fldCharType="separate"/>'),
            rxml(result, fn=fn, size=size, color=color),
            rxml(fn=fn, size=size, inner='<w:fldChar w:fldCharType="end"/>')]


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None, left=None,
        right=None):
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
    if left is not None:
        pf.left_indent = left
    if right is not None:
        pf.right_indent = right
    return p


def border(p, side="bottom", color=RED, sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = ppr_insert(ppr, parse_xml("<w:pBdr %s/>" % W))
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, W, val, sz, space, color)))


def outline(p, lvl=0):
    ppr_insert(p._p.get_or_add_pPr(), parse_xml('<w:outlineLvl %s w:val="%d"/>' % (W, lvl)))


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for tc, w in zip(row._tr.findall(qn("w:tc")), widths):
            tcpr = tc.get_or_add_tcPr()
            span = tcpr.find(qn("w:gridSpan"))
            tw = tcpr.find(qn("w:tcW"))
            if tw is None:
                tw = parse_xml("<w:tcW %s/>" % W)
                tcpr.insert(0, tw)
            tw.set(qn("w:w"), str(int(w * 567)))
            tw.set(qn("w:type"), "dxa")


def page_number_runs(fp, size=14):
    fp._p.append(rxml("— ", SONG, size))
    for r in fld(" PAGE ", "1", SONG, size):
        fp._p.append(r)
    fp._p.append(rxml(" —", SONG, size))


def clause_text(segs):
    txt = ""
    for s in segs:
        if isinstance(s, str):
            txt += s
        elif s[0] == "t":
            txt += s[1]
        elif s[0] == "a":
            txt += s[1]
        elif s[0] == "ref":
            txt += s[2]
        elif s[0] == "bm":
            txt += clause_text(s[2])
    return txt


class Gw:
    """one 公文 being typed: paragraphs, notes, bookmarks, clauses"""

    def __init__(self, stem, notes="footnote", note_fmt=None, odd_even=False):
        self.stem = stem
        self.doc = Document()
        self.kind = notes
        self.notes = []
        self.clauses = []
        self.bm = 0
        d = self.doc
        s = d.sections[0]
        s.page_width, s.page_height = Cm(21), Cm(29.7)
        s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
        s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
        s.footer_distance = Cm(2.5)
        st = d.styles["Normal"]
        st.font.name = FS
        st.font.size = Pt(16)
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = parse_xml("<w:rFonts %s/>" % W)
            rpr.insert(0, rf)
        rf.set(qn("w:eastAsia"), FS)
        if odd_even:
            # 公文 style: odd pages number at right, even pages at left
            d.settings.odd_and_even_pages_header_footer = True
            fp = s.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            fp.paragraph_format.right_indent = Pt(14)
            page_number_runs(fp)
            ep = s.even_page_footer.paragraphs[0]
            ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
            ep.paragraph_format.left_indent = Pt(14)
            page_number_runs(ep)
        else:
            fp = s.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            page_number_runs(fp)
        if note_fmt:
            tag = "footnotePr" if notes == "footnote" else "endnotePr"
            extra = '<w:pos w:val="docEnd"/>' if notes == "endnote" else ""
            el = parse_xml('<w:%s %s>%s<w:numFmt w:val="%s"/></w:%s>' % (tag, W, extra, note_fmt, tag))
            sp = s._sectPr
            anchor = sp.find(qn("w:type"))
            if anchor is None:
                anchor = sp.find(qn("w:pgSz"))
            anchor.addprevious(el)

    # ------------------------------------------------------------ paragraphs
    def seg_elems(self, p, seg, default_font, size):
        """returns (list of elements, text contributed to the clause)"""
        if isinstance(seg, str):
            return [rxml(seg, default_font, size)], seg
        kind = seg[0]
        if kind == "t":  # ("t", text, font, bold[, color])
            color = seg[4] if len(seg) > 4 else None
            return [rxml(seg[1], seg[2], size, seg[3], color)], seg[1]
        if kind == "fn":  # footnote / endnote reference
            self.notes.append(seg[1])
            nid = len(self.notes)
            tag = "footnoteReference" if self.kind == "footnote" else "endnoteReference"
            return [rxml(fn=default_font, size=size, sup=True,
                         inner='<w:%s w:id="%d"/>' % (tag, nid))], ""
        if kind == "a":  # hyperlink ("a", text, url)
            rid = p.part.relate_to(seg[2], RT.HYPERLINK, is_external=True)
            h = parse_xml('<w:hyperlink %s r:id="%s" w:history="1"/>' % (WR, rid))
            h.append(rxml(seg[1], default_font, size, color=LINK, u=True))
            return [h], seg[1]
        if kind == "ref":  # REF field ("ref", bookmark, shown text)
            return fld(" REF %s \\h " % seg[1], seg[2], default_font, size), seg[2]
        if kind == "bm":  # ("bm", name, [segs])
            self.bm += 1
            out = [parse_xml('<w:bookmarkStart %s w:id="%d" w:name="%s"/>' % (W, self.bm, seg[1]))]
            txt = ""
            for s in seg[2]:
                e, t = self.seg_elems(p, s, default_font, size)
                out += e
                txt += t
            out.append(parse_xml('<w:bookmarkEnd %s w:id="%d"/>' % (W, self.bm)))
            return out, txt
        if kind == "br":
            return [rxml(fn=default_font, size=size, inner="<w:br/>")], ""
        if kind == "tab":
            return [rxml(fn=default_font, size=size, inner="<w:tab/>")], ""
        raise ValueError(seg)

    def par(self, segs, clause=False, font=FS, size=16, **kw):
        if isinstance(segs, (str, tuple)):
            segs = [segs]
        p = self.doc.add_paragraph()
        txt = ""
        for s in segs:
            els, t = self.seg_elems(p, s, font, size)
            for e in els:
                p._p.append(e)
            txt += t
        fmt(p, **kw)
        if getattr(self, "pb_next", False):
            p.paragraph_format.page_break_before = True
            self.pb_next = False
        if clause:
            self.clauses.append(txt)
        return p

    def body(self, segs, **kw):
        return self.par(segs, clause=True, **kw)

    def head(self, text, bk=None, font=HT, lvl=0, **kw):
        segs = [("bm", bk, [("t", text, font, False)])] if bk else [("t", text, font, False)]
        p = self.par(segs, **kw)
        outline(p, lvl)
        return p

    def empty(self, n=1, line=28):
        for _ in range(n):
            fmt(self.doc.add_paragraph(), indent=False, line=line)

    def page_break(self):
        """next paragraph starts a new page (段前分页)"""
        self.pb_next = True

    # ------------------------------------------------------------ TOC
    def toc(self, entries, levels="1-1", size=16):
        """entries: (text, bookmark, page, level) -- cached result of a Word TOC field"""
        n = len(entries)
        for i, (text, bk, page, lvl) in enumerate(entries):
            p = self.doc.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT,
                                                      WD_TAB_LEADER.DOTS)
            fmt(p, indent=False, line=28, left=Pt(16 * lvl))
            if i == 0:
                for r in fld(' TOC \\o "%s" \\h \\z \\u ' % levels, "", FS, size)[:3]:
                    p._p.append(r)
            h = parse_xml('<w:hyperlink %s w:anchor="%s" w:history="1"/>' % (W, bk))
            h.append(rxml(text, FS, size))
            h.append(rxml(fn=FS, size=size, inner="<w:tab/>"))
            for r in fld(" PAGEREF %s \\h " % bk, str(page), FS, size):
                h.append(r)
            p._p.append(h)
            if i == n - 1:
                p._p.append(rxml(fn=FS, size=size, inner='<w:fldChar w:fldCharType="end"/>'))

    # ------------------------------------------------------------ tables
    def cell(self, c, text, fn=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
        c.text = ""
        p = c.paragraphs[0]
        p._p.append(rxml(text, fn, size, bold))
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(20)
        p.paragraph_format.first_line_indent = Pt(0)

    def table(self, header_rows, rows, col_headers, widths=None, merges=(), repeat=True,
              clause=True, left_cols=()):
        """header_rows: list of lists of header cell texts (None = merged into previous);
        col_headers: per-column header names used for the clause text"""
        nh = len(header_rows)
        ncol = len(col_headers)
        t = self.doc.add_table(rows=nh + len(rows), cols=ncol)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for (r0, c0, r1, c1) in merges:
            t.cell(r0, c0).merge(t.cell(r1, c1))
        for ri, hr in enumerate(header_rows):
            for ci, h in enumerate(hr):
                if h is not None:
                    self.cell(t.cell(ri, ci), h, HT, 12)
            if repeat:
                trpr = t.rows[ri]._tr.get_or_add_trPr()
                trpr.append(parse_xml("<w:tblHeader %s/>" % W))
        for ri, row in enumerate(rows, nh):
            for ci, v in enumerate(row):
                al = WD_ALIGN_PARAGRAPH.LEFT if ci in left_cols else WD_ALIGN_PARAGRAPH.CENTER
                self.cell(t.cell(ri, ci), v, FS, 11, align=al)
            if clause:
                self.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(col_headers, row)))
        if widths:
            set_widths(t, widths)
        return t

    # ------------------------------------------------------------ 版记
    def banji(self, cc, printer, date_txt, gap=28):
        self.empty(1, line=gap)
        p = self.par([("t", cc, FS, False)], size=14, indent=False, line=26,
                     left=Pt(14), right=Pt(14))
        border(p, "top", "000000", 8, 2)
        border(p, "bottom", "000000", 4, 2)
        p2 = self.par([("t", printer, FS, False), ("tab", ), ("t", date_txt, FS, False)],
                      size=14, indent=False, line=26, left=Pt(14), right=Pt(14))
        p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), WD_TAB_ALIGNMENT.RIGHT)
        border(p2, "bottom", "000000", 8, 2)

    # ------------------------------------------------------------ save
    def save(self):
        if self.notes:
            self._notes_part()
        path = os.path.join(HERE, self.stem + ".docx")
        self.doc.save(path)
        return path

    def _notes_part(self):
        kind = self.kind  # footnote / endnote
        root = kind + "s"
        sep = ('<w:%s w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
               'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:%s>'
               '<w:%s w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
               'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
               '</w:r></w:p></w:%s>') % (kind, kind, kind, kind)
        body = ""
        for i, text in enumerate(self.notes, 1):
            ref = "footnoteRef" if kind == "footnote" else "endnoteRef"
            body += ('<w:%s w:id="%d"><w:p><w:pPr><w:snapToGrid w:val="0"/><w:spacing w:after="0" '
                     'w:line="280" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr>'
                     '%s%s</w:p></w:%s>') % (
                kind, i,
                '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="21"/>'
                '<w:vertAlign w:val="superscript"/></w:rPr><w:%s/></w:r>' % (SONG, SONG, SONG, ref),
                '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="21"/>'
                '</w:rPr><w:t xml:space="preserve"> %s</w:t></w:r>' % (SONG, SONG, SONG, escape(text)),
                kind)
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<w:%s xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
               '%s%s</w:%s>') % (root, sep, body, root)
        ct = "application/vnd.openxmlformats-officedocument.wordprocessingml.%s+xml" % root
        part = Part(PackURI("/word/%s.xml" % root), ct, xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES if kind == "footnote" else RT.ENDNOTES)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1053", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


expected = {}
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT


# =================================================================== DOC A  四川 意见 (footnotes)
def doc_sichuan():
    g = Gw("blind1053_sichuan_yijian", notes="footnote", note_fmt="decimalEnclosedCircleChinese",
           odd_even=True)
    # 版头
    g.empty(1)
    g.par([("t", "四川省商务厅文件", XBS, False, RED)], size=40, align=C, indent=False, line=60)
    g.empty(1)
    p = g.par("川商服贸〔2026〕7号", align=C, indent=False)
    border(p, "bottom", RED, 24, 8)
    g.empty(1)
    # title: three paragraphs, wrapped by hand at odd places
    for line in ("四川省商务厅关于加快服务贸易创新发展", "更好服务共建“一带一路”的",
                 "实施意见"):
        g.par([("t", line, XBS, False)], size=22, align=C, indent=False, line=34)
    # Word TOC field (cached result)
    g.par([("t", "目　　录", HT, False)], align=C, indent=False)
    g.toc([("一、总体要求", "_Toc190612301", 2, 0),
           ("二、重点任务", "_Toc190612302", 2, 0),
           ("三、保障措施", "_Toc190612303", 3, 0),
           ("附件1　2026年全省服务贸易重点展会计划", "_Toc190612304", 4, 0),
           ("附件2　省级服务贸易重点企业申报材料清单", "_Toc190612305", 4, 0)], levels="1-1")
    g.empty(1, line=14)
    g.par("各市（州）商务主管部门，中国（四川）自由贸易试验区各片区管理机构：", indent=False)
    g.body(["为深入贯彻落实党中央、国务院关于加快服务贸易创新发展的决策部署，推动我省服务贸易高质量发展，更好服务和融入共建“一带一路”，根据《中华人民共和国对外贸易法》",
            ("fn", "《中华人民共和国对外贸易法》1994年5月12日第八届全国人民代表大会常务委员会第七次会议通过，2022年12月30日第三次修正。"),
            "和《国务院办公厅关于以高水平开放推动服务贸易高质量发展的意见》",
            ("fn", "国办发〔2024〕44号，2024年9月2日印发。"),
            "等有关规定，结合我省实际，提出如下实施意见。"])
    g.head("一、总体要求", "_Toc190612301", first=Pt(32))
    g.body("坚持以制度型开放为引领，推动服务贸易规模稳步增长、结构持续优化。到2028年，全省服务贸易进出口额突破2000亿元，年均增长8%以上；可数字化交付的服务贸易占比提高到45%以上；与共建“一带一路”国家服务贸易额占比达到30%以上；培育省级服务贸易重点企业300家、特色服务出口基地15个。")
    g.head("二、重点任务", "_Toc190612302", first=Pt(32))
    g.body([("t", "（一）做强数字贸易。", KT, True),
            "支持成都、绵阳等地建设数字贸易集聚区，发展软件和信息技术、数字内容等服务。落实数据出境安全评估、个人信息出境标准合同等制度",
            ("fn", "参见《促进和规范数据跨境流动规定》（国家互联网信息办公室令第16号）。"),
            "，在中国（四川）自由贸易试验区探索建立数据出境负面清单管理模式。"])
    g.body([("t", "（二）拓展“一带一路”服务贸易市场。", KT, True),
            "依托中欧班列（成渝）和西部陆海新通道，发展国际物流、国际工程咨询等服务。支持企业参加中国国际服务贸易交易会、中国（四川）—东盟服务贸易合作对接会等重点展会，2026年重点展会安排见",
            ("ref", "_Ref190612401", "附件1"), "。"])
    g.body([("t", "（三）培育服务贸易市场主体。", KT, True),
            "申报企业按照申报材料清单（见",
            ("ref", "_Ref190612402", "附件2"),
            "）向所在地商务主管部门提交材料，申报通知在四川省商务厅网站（",
            ("a", "https://swt.sc.gov.cn", "https://swt.sc.gov.cn/"),
            "）发布。"])
    g.body([("t", "（四）提升贸易便利化水平。", KT, True),
            "依托",
            ("a", "中国国际贸易单一窗口", "https://www.singlewindow.cn/"),
            "拓展服务贸易功能，落实技术进出口管理规定",
            ("fn", "《中华人民共和国技术进出口管理条例》，国务院令第331号，2020年11月29日第三次修订。"),
            "。"])
    g.head("三、保障措施", "_Toc190612303", first=Pt(32))
    g.body([("t", "（一）加强统筹协调。", KT, True),
            "省商务厅会同省级有关部门建立服务贸易发展工作联席会议制度，各市（州）要结合实际制定具体措施。"])
    g.body([("t", "（二）强化政策支持。", KT, True),
            "统筹用好省级外经贸发展专项资金，对符合条件的服务贸易企业和项目给予支持",
            ("fn", "具体按照《四川省省级外经贸发展专项资金管理办法》（川财规〔2025〕3号）执行。"),
            "。"])
    g.body("本意见自2026年4月1日起施行，有效期至2030年12月31日。《四川省商务厅关于加快发展服务贸易的实施意见》（川商服贸〔2020〕15号）同时废止。")
    g.empty(1)
    g.par("附件：1．2026年全省服务贸易重点展会计划", indent=True)
    g.par("\u3000\u3000\u3000\u30002．省级服务贸易重点企业申报材料清单", indent=False)
    g.empty(1)
    g.par("四川省商务厅", align=R, indent=False, right=Pt(64))
    g.par("2026年3月16日", align=R, indent=False, right=Pt(56))
    g.par("（此件公开发布）", indent=True)

    # 附件1 on its own page
    g.page_break()
    g.par([("bm", "_Ref190612401", [("t", "附件1", HT, False)])], indent=False)
    g.empty(1, line=12)
    g.head("2026年全省服务贸易重点展会计划", "_Toc190612304", font=XBS, size=20, align=C,
           indent=False, line=32)
    g.empty(1, line=10)
    g.table([["序号", "展会名称", "举办时间", "举办地点", "牵头单位"]], [
        ["1", "中国（四川）—东盟服务贸易合作对接会", "2026年5月", "成都", "省商务厅、成都市商务局"],
        ["2", "中国西部国际博览会服务贸易专区", "2026年5月", "成都", "省商务厅、省贸促会"],
        ["3", "中国—中亚服务贸易洽谈会", "2026年7月", "阿拉木图", "省商务厅"],
        ["4", "中国国际服务贸易交易会", "2026年9月", "北京", "省商务厅"],
        ["5", "中国国际进口博览会服务贸易展区", "2026年11月", "上海", "省商务厅"],
    ], ["序号", "展会名称", "举办时间", "举办地点", "牵头单位"], widths=[1.2, 5.8, 3.0, 2.4, 3.2],
        left_cols=(1,))
    g.body("注：具体展会时间以主办方通知为准。", size=14, indent=False, line=24, before=6)
    # 附件2 follows on the same page (clerk did not break)
    g.empty(1, line=18)
    g.par([("bm", "_Ref190612402", [("t", "附件2", HT, False)])], indent=False)
    g.empty(1, line=12)
    g.head("省级服务贸易重点企业申报材料清单", "_Toc190612305", font=XBS, size=20, align=C,
           indent=False, line=32)
    g.empty(1, line=10)
    for t in ("1．省级服务贸易重点企业申报表；",
              "2．企业营业执照复印件；",
              "3．上一年度服务贸易进出口数据；",
              "4．上一年度财务审计报告；",
              "5．企业信用承诺书。"):
        g.body(t)
    g.banji("抄送：商务部服贸司，省发展改革委、省财政厅，成都海关。",
            "四川省商务厅办公室", "2026年3月17日印发", gap=14)
    path = g.save()
    expected[g.stem] = [{
        "meta": {
            "title": "四川省商务厅关于加快服务贸易创新发展更好服务共建“一带一路”的实施意见",
            "doc_number": "川商服贸〔2026〕7号",
            "issuer": ["四川省商务厅"],
            "date": "2026-03-16",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": "2026-04-01",
            "expires": "2030-12-31",
            "attachments": ["2026年全省服务贸易重点展会计划", "省级服务贸易重点企业申报材料清单"],
            "doc_type": "意见",
            "recipients": ["各市（州）商务主管部门", "中国（四川）自由贸易试验区各片区管理机构"],
            "publicity": "此件公开发布",
            "repeals": "《四川省商务厅关于加快发展服务贸易的实施意见》（川商服贸〔2020〕15号）",
        },
        "clauses": g.clauses,
    }]
    return path


# =================================================================== DOC B  福建 印发实施方案 (footnotes)
def doc_fujian():
    g = Gw("blind1053_fujian_fangan", notes="footnote")
    d = g.doc
    # joint 红头 typed in a borderless layout table: two organ names | 文件
    t = d.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ri, name in enumerate(("福建省商务厅", "福建省发展和改革委员会")):
        c = t.cell(ri, 0)
        c.text = ""
        pp = c.paragraphs[0]
        pp._p.append(rxml(name, XBS, 28, color=RED))
        pp.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        pp.paragraph_format.line_spacing = Pt(36)
        c.width = Cm(11.5)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.text = ""
    pp = m.paragraphs[0]
    pp._p.append(rxml("文件", XBS, 38, color=RED))
    pp.alignment = C
    m.vertical_alignment = 1  # center
    set_widths(t, [12.0, 3.6])
    p = g.par("闽商务外经〔2026〕3号", align=C, indent=False, before=6)
    border(p, "bottom", RED, 24, 8)
    g.empty(1, line=18)
    # title: one paragraph with manual line breaks
    g.par([("t", "福建省商务厅　福建省发展和改革委员会", XBS, False), ("br",),
           ("t", "关于印发《福建省深化与共建“一带一路”", XBS, False), ("br",),
           ("t", "国家经贸合作实施方案（2026—2027年）》的通知", XBS, False)],
          size=22, align=C, indent=False, line=31)
    g.empty(1, line=16)
    g.par("各设区市商务局，各设区市发展改革委，平潭综合实验区经济发展局：", indent=False)
    g.body(["现将《福建省深化与共建“一带一路”国家经贸合作实施方案（2026—2027年）》印发给你们，请认真贯彻落实，重点任务分工见方案",
            ("ref", "_Ref188204511", "第二部分"),
            "，保障措施见",
            ("ref", "_Ref188204512", "第三部分"),
            "。"])
    g.body(["有关配套政策文件可在福建省商务厅网站（",
            ("a", "http://swt.fujian.gov.cn", "http://swt.fujian.gov.cn/"),
            "）查询下载。"])
    g.empty(1)
    p = g.par([("t", "福建省商务厅", FS, False), ("tab",), ("t", "福建省发展和改革委员会", FS, False)],
              indent=False, left=Pt(40))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(8.2))
    g.par("二〇二六年一月二十日", align=R, indent=False, right=Pt(48))
    g.par("（此件主动公开）", indent=True)

    # ---- the 方案 itself
    g.page_break()
    g.par([("t", "福建省深化与共建“一带一路”国家经贸合作实施方案", XBS, False)], size=22, align=C,
          indent=False, line=34)
    g.par([("t", "（2026—2027年）", KT, False)], align=C, indent=False)
    g.empty(1)
    g.par([("t", "目　录", HT, False)], align=C, indent=False)
    g.toc([("第一部分　总体要求", "_Toc188204501", 2, 0),
           ("第二部分　重点任务", "_Toc188204502", 3, 0),
           ("第三部分　保障措施", "_Toc188204503", 4, 0)], levels="1-1")
    g.empty(1)
    g.body(["为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，发挥我省21世纪海上丝绸之路核心区优势",
            ("fn", "2015年3月28日，国家发展改革委、外交部、商务部经国务院授权发布《推动共建丝绸之路经济带和21世纪海上丝绸之路的愿景与行动》，提出支持福建建设21世纪海上丝绸之路核心区。"),
            "，深化我省与共建“一带一路”国家经贸合作，制定本方案。"])

    def part_head(no, rest, toc_bk, ref_bk=None):
        segs = []
        if ref_bk:
            segs.append(("bm", ref_bk, [("t", no, HT, False)]))
        else:
            segs.append(("t", no, HT, False))
        segs.append(("t", "　" + rest, HT, False))
        p = g.par([("bm", toc_bk, segs)], align=C, indent=False, before=6)
        outline(p, 0)

    part_head("第一部分", "总体要求", "_Toc188204501")
    g.body([("t", "一、基本原则。", HT, False),
            "坚持市场主导、政府引导，坚持贸易投资并重、货物服务并举，坚持发展和安全并重，稳步扩大规则、规制、管理、标准等制度型开放。"])
    g.body([("t", "二、主要目标。", HT, False),
            "到2027年，全省与共建“一带一路”国家进出口额达到9000亿元，占全省外贸比重提高到50%左右；对共建国家非金融类直接投资累计达到40亿美元；新建境外经贸合作区2个以上。"])
    part_head("第二部分", "重点任务", "_Toc188204502", "_Ref188204511")
    g.body([("t", "一、拓展贸易规模。", HT, False),
            "巩固东盟、中东等传统市场，开拓非洲、拉美等新兴市场，扩大机电产品、新能源汽车、锂电池和光伏产品出口。用好《区域全面经济伙伴关系协定》",
            ("fn", "《区域全面经济伙伴关系协定》（RCEP）于2022年1月1日对我国生效。"),
            "关税减让安排，指导企业用足用好原产地累积规则。（牵头单位：省商务厅）"])
    g.body([("t", "二、深化双向投资合作。", HT, False),
            "支持企业在东南亚、中东布局生产基地，高水平建设中国—印度尼西亚“两国双园”",
            ("fn", "“两国双园”中方园区为元洪国际食品产业园，位于福州市福清市。"),
            "。企业开展境外投资，应当按照《企业境外投资管理办法》",
            ("fn", "国家发展和改革委员会令第11号，2017年12月26日公布，自2018年3月1日起施行。"),
            "等规定履行核准或备案手续，有关国别（地区）投资指南可通过",
            ("a", "商务部“走出去”公共服务平台", "http://fec.mofcom.gov.cn/"),
            "查询。（牵头单位：省商务厅、省发展改革委）"])
    g.body([("t", "三、提升通道能级。", HT, False),
            "擦亮“丝路海运”品牌，推动中欧（厦门）班列稳定运行。（牵头单位：省交通运输厅）"])
    g.body([("t", "四、加强平台建设。", HT, False),
            "发挥中国（福建）自由贸易试验区、金砖创新基地等平台作用，推进重点项目建设，具体见表1。项目资金保障按照本方案",
            ("ref", "_Ref188204512", "第三部分"),
            "有关要求执行。（牵头单位：省发展改革委、省商务厅）"])
    g.par([("t", "表1　2026—2027年重点平台建设项目", HT, False)], size=14, align=C, indent=False,
          line=24, before=6)
    g.par([("t", "单位：亿元", FS, False)], size=12, align=R, indent=False, line=20)
    g.table([["序号", "项目名称", "所在地", "计划投资", None],
             [None, None, None, "2026年", "2027年"]], [
        ["1", "元洪国际食品产业园扩区", "福州市", "12.0", "15.0"],
        ["2", "中欧（厦门）班列集结中心", "厦门市", "8.5", "6.0"],
        ["3", "“丝路海运”智慧物流平台", "厦门市", "3.2", "4.1"],
        ["4", "泉州海丝中小企业国际合作园区", "泉州市", "6.8", "9.6"],
    ], ["序号", "项目名称", "所在地", "计划投资／2026年", "计划投资／2027年"],
        widths=[1.4, 6.6, 2.6, 2.5, 2.5],
        merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)], left_cols=(1,))
    part_head("第三部分", "保障措施", "_Toc188204503", "_Ref188204512")
    g.body([("t", "一、加强组织领导。", HT, False),
            "省商务厅、省发展改革委建立工作协调机制，定期调度重点任务和项目进展。"])
    g.body([("t", "二、强化资金保障。", HT, False),
            "统筹省级商务发展专项资金和省预算内投资，对表1所列项目给予支持；鼓励政策性金融机构为重点项目提供中长期融资。"])
    g.body([("t", "三、做好风险防范。", HT, False),
            "引导企业遵守东道国法律法规，用好出口信用保险工具，健全境外安全风险预警机制。"])
    g.body("本方案自2026年2月1日起实施，有效期至2027年12月31日。")
    g.banji("抄送：商务部对外投资和经济合作司，国家发展改革委利用外资和境外投资司。",
            "福建省商务厅办公室", "2026年1月22日印发")
    path = g.save()
    expected[g.stem] = [{
        "meta": {
            "title": "福建省商务厅　福建省发展和改革委员会关于印发《福建省深化与共建“一带一路”国家经贸合作实施方案（2026—2027年）》的通知",
            "doc_number": "闽商务外经〔2026〕3号",
            "issuer": ["福建省商务厅", "福建省发展和改革委员会"],
            "date": "2026-01-20",
            "published": None,
            "level": "provincial",
            "region": "福建省",
            "effective": "2026-02-01",
            "expires": "2027-12-31",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各设区市商务局", "各设区市发展改革委", "平潭综合实验区经济发展局"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": g.clauses,
    }]
    return path


# =================================================================== DOC C  云南 意见 (endnotes)
def doc_yunnan():
    g = Gw("blind1053_yunnan_bianmao", notes="endnote", note_fmt="decimal")
    g.empty(1)
    g.par([("t", "云南省商务厅", XBS, False, RED)], size=44, align=C, indent=False, line=64)
    g.empty(1)
    p = g.par([("t", "云商外贸〔2026〕21号", FS, False)], indent=False, align=C)
    border(p, "bottom", RED, 30, 6, val="thickThinSmallGap")
    g.empty(1)
    for line in ("云南省商务厅关于高水平推动边境贸易", "创新发展加快建设面向南亚东南亚",
                 "辐射中心的意见"):
        g.par([("t", line, XBS, False)], size=22, align=C, indent=False, line=34)
    g.empty(1)
    g.par("各州（市）商务局，中国（云南）自由贸易试验区各片区管委会：", indent=False)
    IND = "\u3000\u3000"   # this clerk indents with typed full-width spaces

    def body(segs):
        if isinstance(segs, str):
            segs = [segs]
        # leading typed spaces are indentation, not clause text
        p = g.par([IND] + segs, indent=False)
        g.clauses.append(clause_text(segs))
        return p

    def head(text, bk):
        p = g.par([IND, ("bm", bk, [("t", text, HT, False)])], indent=False)
        outline(p, 0)

    body(["为深入贯彻落实《国务院办公厅关于促进边境贸易创新发展的指导意见》",
          ("fn", "国办发〔2019〕46号。"),
          "，发挥沿边开放优势，加快建设面向南亚东南亚辐射中心，现就高水平推动我省边境贸易创新发展提出如下意见。"])
    head("一、总体目标", "_Toc196033101")
    body("到2027年，全省边境贸易（边民互市贸易和边境小额贸易）进出口额达到600亿元，边民互市贸易进口商品落地加工率达到60%以上，建成边民互市贸易进口商品落地加工园区10个以上。")
    head("二、主要任务", "_Toc196033102")
    body([("t", "（一）规范发展边民互市贸易。", KT, False),
          "严格执行边民互市贸易免税政策，边民通过互市贸易进口的生活用品（列入边民互市进口商品不予免税清单的除外），每人每日价值在人民币8000元以下的，免征进口关税和进口环节税",
          ("fn", "《财政部 海关总署 国家税务总局关于促进边境贸易发展有关财税政策的通知》（财关税〔2008〕90号）。"),
          "。推广应用边民互市贸易管理系统，实现交易、申报、结算全程电子化。"])
    body([("t", "（二）推动互市商品落地加工。", KT, False),
          "支持沿边州（市）建设落地加工园区，发展坚果、咖啡、中药材等精深加工。享受政策的企业名单每年动态调整，申报材料见",
          ("ref", "_Ref196033201", "附件2"),
          "；2026年重点任务分工见附件1。"])
    body([("t", "（三）提升口岸通关效能。", KT, False),
          "推进磨憨、瑞丽、河口、天保等重点口岸智慧口岸建设，主要口岸整体通关时间较2025年压缩10%以上。2025年全省主要陆路口岸进出口情况见表1。"])
    g.par([("t", "表1　2025年全省主要陆路口岸进出口情况", HT, False)], size=14, align=C,
          indent=False, line=24, before=6)
    g.par([("t", "单位：亿元，%", FS, False)], size=12, align=R, indent=False, line=20)
    hdr = ["口岸", "毗邻国家", "进出口额", "同比增长"]
    rows = [["磨憨", "老挝", "312.6", "18.4"],
            ["瑞丽", "缅甸", "268.3", "-6.2"],
            ["河口", "越南", "176.5", "9.7"],
            ["天保", "越南", "58.2", "12.1"],
            ["清水河", "缅甸", "41.7", "-3.5"],
            ["猴桥", "缅甸", "22.9", "5.8"],
            ["金水河", "越南", "18.6", "7.3"],
            ["畹町", "缅甸", "15.4", "-1.2"],
            ["合计", "—", "914.2", "6.9"]]
    SPLIT = 5
    g.table([hdr], rows[:SPLIT], hdr, widths=[3.5, 3.5, 4.0, 4.0])
    # clerk re-typed the header as a separate 续表 on the next page
    g.page_break()
    g.par([("t", "续表", HT, False)], size=12, indent=False, line=22)
    g.table([hdr], rows[SPLIT:], hdr, widths=[3.5, 3.5, 4.0, 4.0])
    body([("t", "注：", HT, False), "含一般贸易、边境小额贸易和边民互市贸易。"])
    body([("t", "（四）深化跨境经贸合作。", KT, False),
          "依托中老铁路",
          ("fn", "中老铁路全长1035公里，于2021年12月3日全线开通运营。"),
          "和中国老挝磨憨—磨丁经济合作区，发展跨境物流和跨境加工；支持企业通过",
          ("a", "云南省商务厅门户网站", "http://swt.yn.gov.cn/"),
          "“边贸服务”专栏和国际贸易“单一窗口”（",
          ("a", "https://www.singlewindow.cn", "https://www.singlewindow.cn/"),
          "）办理相关业务。"])
    head("三、保障措施", "_Toc196033103")
    body([("t", "（一）强化组织保障。", KT, False),
          "各州（市）商务局要会同海关、税务等部门建立边境贸易工作协调机制。"])
    body([("t", "（二）加大资金支持。", KT, False),
          "统筹用好省级边境贸易发展专项资金",
          ("fn", "按照《云南省边境贸易发展专项资金管理办法》（云财规〔2025〕6号）执行。"),
          "，支持落地加工园区建设。"])
    body(["各州（市）商务局每半年将工作进展报送省商务厅对外贸易处（电子邮箱：",
          ("a", "ynswtwmc@163.com", "mailto:ynswtwmc@163.com"),
          "）。"])
    g.empty(1)
    g.par(IND + "附件：1．2026年边境贸易创新发展重点任务分工", indent=False)
    g.par(IND + "\u3000\u3000\u30002．边民互市贸易进口商品落地加工企业申报材料", indent=False)
    g.empty(1)
    # 落款 pushed right with typed spaces
    g.par("\u3000" * 15 + "云南省商务厅", indent=False)
    g.par("\u3000" * 14 + "2026年4月8日", indent=False)

    g.page_break()
    g.par([("t", "附件1", HT, False)], indent=False)
    g.empty(1, line=16)
    g.par([("t", "2026年边境贸易创新发展重点任务分工", XBS, False)], size=20, align=C, indent=False,
          line=32)
    g.empty(1, line=16)
    h2 = ["序号", "重点任务", "牵头单位", "完成时限"]
    g.table([h2], [
        ["1", "推广应用边民互市贸易管理系统", "省商务厅、昆明海关", "2026年6月底前"],
        ["2", "新认定落地加工园区3个", "省商务厅、省发展改革委", "2026年12月底前"],
        ["3", "推进磨憨、河口智慧口岸建设", "省商务厅、昆明海关", "2026年12月底前"],
        ["4", "修订边境贸易发展专项资金管理办法", "省财政厅、省商务厅", "2026年9月底前"],
    ], h2, widths=[1.3, 7.0, 4.2, 3.0], left_cols=(1,))
    g.empty(1)
    g.par([("bm", "_Ref196033201", [("t", "附件2", HT, False)])], indent=False)
    g.empty(1, line=16)
    g.par([("t", "边民互市贸易进口商品落地加工企业申报材料", XBS, False)], size=20, align=C,
          indent=False, line=32)
    g.empty(1, line=16)
    for t in ("1．落地加工企业申报表；",
              "2．企业营业执照复印件；",
              "3．上一年度使用边民互市贸易进口商品的采购合同及结算凭证；",
              "4．所在地县级商务主管部门审核意见。"):
        body(t)
    g.banji("抄送：商务部对外贸易司，省人民政府办公厅，昆明海关。",
            "云南省商务厅办公室", "2026年4月9日印发")
    path = g.save()
    expected[g.stem] = [{
        "meta": {
            "title": "云南省商务厅关于高水平推动边境贸易创新发展加快建设面向南亚东南亚辐射中心的意见",
            "doc_number": "云商外贸〔2026〕21号",
            "issuer": ["云南省商务厅"],
            "date": "2026-04-08",
            "published": None,
            "level": "provincial",
            "region": "云南省",
            "effective": None,
            "expires": None,
            "attachments": ["2026年边境贸易创新发展重点任务分工",
                            "边民互市贸易进口商品落地加工企业申报材料"],
            "doc_type": "意见",
            "recipients": ["各州（市）商务局", "中国（云南）自由贸易试验区各片区管委会"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": g.clauses,
    }]
    return path


def main():
    paths = [doc_sichuan(), doc_fujian(), doc_yunnan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
