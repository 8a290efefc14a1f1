# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 992: 省商务厅研究室调研报告（民营企业共建“一带一路”投资）, with real Word
footnotes.  Writes blind992_*.docx, blind992_*.pdf and expected.json next to itself.

Key decisions on footnotes (see expected.json):
  * explanatory / citation footnotes are content: each footnote is one clause, placed
    right after the clause (paragraph or table row) that carries its reference mark;
  * the auto-numbered reference marks (① / 1) are not text and are not in any clause;
  * the custom-mark (*) footnote on the 课题组 byline (team members, 执笔人) is
    authorship information like a 落款, not content.
"""
import json
import os
import subprocess
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import CONTENT_TYPE as CT, RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
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
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

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


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None, size=16):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(2 * size)
    else:
        pf.first_line_indent = Pt(0)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def setup(doc, body_font=FS, body_size=16, margins=(3.7, 3.5, 2.8, 2.6)):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(margins[0]), Cm(margins[1])
    s.left_margin, s.right_margin = Cm(margins[2]), Cm(margins[3])
    s.footer_distance = Cm(2.4)
    st = doc.styles["Normal"]
    st.font.name = body_font
    st.font.size = Pt(body_size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), body_font)
    # page number footer "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    for kind in ("begin", None, "separate", "1", "end"):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind == "1":
            r.text = "1"
        elif kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                                  % nsdecls("w")))
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


# ---------------------------------------------------------------- footnotes
class FN:
    """A footnote to be anchored in a paragraph.  content=False: not a clause."""

    def __init__(self, text, content=True, mark=None):
        self.text, self.content, self.mark = text, content, mark


class Notes:
    def __init__(self, doc, numfmt="decimal", restart=None, fname=SONG, fsize=9,
                 ref_super_in_note=True):
        self.doc, self.numfmt, self.restart = doc, numfmt, restart
        self.fname, self.fsize = fname, fsize
        self.ref_super_in_note = ref_super_in_note
        self.items = []
        self.next_id = 1

    def _rpr(self, size, sup=False):
        return ('<w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}" w:cs="{f}"/>'
                '<w:sz w:val="{s}"/><w:szCs w:val="{s}"/>{v}</w:rPr>').format(
                    f=self.fname, s=int(size * 2),
                    v='<w:vertAlign w:val="superscript"/>' if sup else "")

    def anchor(self, p, fn, size):
        """Append the reference mark run to paragraph p."""
        fid = self.next_id
        self.next_id += 1
        if fn.mark:
            r = parse_xml('<w:r %s>%s<w:footnoteReference w:customMarkFollows="1" w:id="%d"/>'
                          '<w:t>%s</w:t></w:r>' % (W_NS, self._rpr(size, True), fid, fn.mark))
            note_mark = ""  # Word/LibreOffice show the custom mark in the note area
        else:
            r = parse_xml('<w:r %s>%s<w:footnoteReference w:id="%d"/></w:r>'
                          % (W_NS, self._rpr(size, True), fid))
            note_mark = '<w:r>%s<w:footnoteRef/></w:r><w:r>%s<w:t xml:space="preserve"> </w:t></w:r>' % (
                self._rpr(self.fsize, self.ref_super_in_note), self._rpr(self.fsize))
        p._p.append(r)
        self.items.append(
            '<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:line="%d" w:lineRule="exact"/>'
            '<w:ind w:left="0" w:firstLine="0"/><w:jc w:val="both"/></w:pPr>%s'
            '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:footnote>'
            % (fid, int(self.fsize * 1.45 * 20), note_mark, self._rpr(self.fsize), escape(fn.text)))

    def finish(self):
        if not self.items:
            return
        sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
               'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
               'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<w:footnotes %s xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
               '%s%s</w:footnotes>' % (W_NS, sep, "".join(self.items)))
        dp = self.doc.part
        part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, xml.encode("utf-8"), dp.package)
        dp.relate_to(part, RT.FOOTNOTES)
        restart = '<w:numRestart w:val="%s"/>' % self.restart if self.restart else ""
        # section-level footnote properties (after the footer reference)
        sect = self.doc.sections[0]._sectPr
        fpr = parse_xml('<w:footnotePr %s><w:numFmt w:val="%s"/>%s</w:footnotePr>'
                        % (nsdecls("w"), self.numfmt, restart))
        refs = sect.findall(qn("w:footerReference")) + sect.findall(qn("w:headerReference"))
        if refs:
            refs[-1].addnext(fpr)
        else:
            sect.insert(0, fpr)
        # document-wide settings, with the separator notes
        st = self.doc.settings.element
        spr = parse_xml('<w:footnotePr %s><w:numFmt w:val="%s"/>%s<w:footnote w:id="-1"/>'
                        '<w:footnote w:id="0"/></w:footnotePr>' % (nsdecls("w"), self.numfmt, restart))
        comp = st.find(qn("w:compat"))
        if comp is not None:
            comp.addprevious(spr)
        else:
            st.append(spr)


# ---------------------------------------------------------------- body builder
class Body:
    def __init__(self, doc, notes, size=16, line=28):
        self.doc, self.notes, self.size, self.line = doc, notes, size, line
        self.clauses = []

    def par(self, segs, clause=True, lead="", breaks_join=True, **kw):
        """segs: str | (text, font, size, bold[, color]) | FN | "\\n" (manual line break)."""
        p = self.doc.add_paragraph()
        if isinstance(segs, (str, FN, tuple)):
            segs = [segs]
        if lead:
            font(p.add_run(lead), FS, self.size)
        text, notes = [], []
        for s in segs:
            if isinstance(s, FN):
                self.notes.anchor(p, s, self.size)
                notes.append(s)
            elif s == "\n":
                p.add_run().add_break(WD_BREAK.LINE)
            elif isinstance(s, str):
                font(p.add_run(s), FS, self.size)
                text.append(s)
            else:
                t, name, sz, bold = s[:4]
                color = s[4] if len(s) > 4 else None
                font(p.add_run(t), name, sz, bold, color)
                text.append(t)
        kw.setdefault("line", self.line)
        kw.setdefault("size", self.size)
        if lead:
            kw.setdefault("indent", False)
        fmt(p, **kw)
        if clause:
            self.clauses.append("".join(text))
        for n in notes:
            if n.content:
                self.clauses.append(n.text)
        return p

    def head(self, t, name=HT, **kw):
        p = self.par([(t, name, self.size, False)], clause=False, **kw)
        p.paragraph_format.keep_with_next = True
        return p


def set_cell(cell, segs, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             notes=None, line=18):
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    if isinstance(segs, (str, FN)):
        segs = [segs]
    fns = []
    for s in segs:
        if isinstance(s, FN):
            notes.anchor(p, s, size)
            fns.append(s)
        else:
            font(p.add_run(s), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    return fns


def col_widths(t, widths_cm):
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for ci, w in enumerate(widths_cm):
            try:
                row.cells[ci].width = Cm(w)
            except IndexError:
                pass


def cell_shade(cell, fill="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def banji_lines(doc, lines, size=14, first_rule=("000000", 8), last_rule=("000000", 8)):
    """版记 block: each line a paragraph, thin rules between, thick at top and bottom."""
    ps = []
    for i, l in enumerate(lines):
        p = doc.add_paragraph()
        if isinstance(l, tuple):  # (left, right) with right tab
            font(p.add_run(l[0]), FS, size)
            font(p.add_run("\t"), FS, size)
            font(p.add_run(l[1]), FS, size)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
        else:
            font(p.add_run(l), FS, size)
        fmt(p, indent=False, line=24)
        p.paragraph_format.left_indent = Pt(size)
        p.paragraph_format.right_indent = Pt(size)
        p.paragraph_format.keep_with_next = i < len(lines) - 1
        if i == 0:
            border(p, "top", first_rule[0], first_rule[1], 4)
        border(p, "bottom", "000000", first_rule[1] if i == len(lines) - 1 else 4, 4)
        ps.append(p)
    return ps


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_992", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": "provincial", "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": "报告", "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
# 浙江省商务厅研究室 调研报告, no 版头, ① footnotes restarting each page,
# custom * footnote on the byline, half-width brackets typed in places.
def doc_zhejiang():
    stem = "blind992_zj_minqi_touzi"
    doc = Document()
    setup(doc, body_size=15, margins=(3.5, 3.3, 2.8, 2.6))
    notes = Notes(doc, numfmt="decimalEnclosedCircleChinese", restart="eachPage",
                  fname=SONG, fsize=9, ref_super_in_note=False)
    B = Body(doc, notes, size=15, line=26)
    C = WD_ALIGN_PARAGRAPH.CENTER

    # title broken at an odd place into two paragraphs, subtitle in 楷体
    B.par([("我省民营企业参与共建“一带一路”投资的", XBS, 22, False)], clause=False,
          align=C, indent=False, line=34)
    B.par([("新特点、新问题与对策建议", XBS, 22, False)], clause=False, align=C, indent=False, line=34)
    B.par([("——基于全省326家境外投资民营企业的问卷调查", KT, 16, False)], clause=False,
          align=C, indent=False, line=30, before=4)
    B.par([("浙江省商务厅研究室课题组", KT, 15, False),
           FN("课题组组长：王建平；副组长：陈晓雯；成员：刘畅、周一鸣、孙若楠、黄思远。执笔：刘畅、周一鸣。",
              content=False, mark="*")],
          clause=False, align=C, indent=False, line=28, before=6)
    B.par([("（2026年3月16日）", KT, 14, False)], clause=False, align=C, indent=False, line=26)
    empty(doc, 1, 16)

    B.par(["2025年是共建“一带一路”进入高质量发展新阶段的关键之年。为摸清我省民营企业对共建国家投资的现状、困难和诉求，2025年11月至2026年1月，省商务厅研究室会同厅对外投资和经济合作处，采取问卷调查、实地走访和座谈交流相结合的方式，对全省326家在共建国家有实际投资的民营企业开展专题调研",
           FN("本次调查对象为截至2025年9月底在商务部“对外投资合作信息服务系统”备案、境外企业所在国为共建“一带一路”国家、且境内投资主体为民营企业的投资者，样本覆盖全省11个设区市。"),
           "，回收有效问卷311份，有效回收率95.4%。现将有关情况报告如下。"])

    B.head("一、民营企业已成为我省对共建国家投资的主力军")

    def runin(h, segs):
        if isinstance(segs, str):
            segs = [segs]
        return B.par([(h, KT, 15, True)] + segs)

    runin("（一）投资规模稳步扩大。", "2025年，全省经备案（核准）的境外企业和机构对共建“一带一路”国家中方实际投资额达到98.6亿美元，同比增长12.4%，其中民营企业实际投资额83.1亿美元，占比84.3%，较2021年提高9.6个百分点(见表1)。")

    # table 1
    B.par([("表1　2021—2025年我省对共建“一带一路”国家投资情况", HT, 12, False)], clause=False,
          align=C, indent=False, line=22, before=4)
    hdr = ["年份", "中方实际投资额（亿美元）", "其中：民营企业（亿美元）", "民营企业占比（%）"]
    rows = [["2021年", "62.4", "46.6", "74.7"], ["2022年", "68.9", "53.5", "77.6"],
            ["2023年", "79.3", "63.8", "80.5"], ["2024年", "87.7", "72.9", "83.1"],
            ["2025年", "98.6", "83.1", "84.3"]]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 11)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 11)
        B.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    B.par([("资料来源：浙江省商务厅对外投资合作统计，2025年数据为快报数。", KT, 11, False)],
          indent=False, line=20, before=2)

    runin("（二）投资区域由东南亚向中东、中亚拓展。", "调查显示，311家样本企业在共建国家的境外投资项目共计587个，其中东南亚地区项目298个，占50.8%，仍是首选目的地；但2024年以来新设项目中，投向沙特阿拉伯、阿联酋、哈萨克斯坦、乌兹别克斯坦等中东和中亚国家的项目占比达到31.7%，较2023年以前提高14.2个百分点。")
    runin("（三）投资方式由“产品出口”向“产能布局”转变。",
          ["样本企业中，以设立境外生产基地方式投资的占46.9%，以设立营销网络和海外仓方式投资的占27.3%，以并购方式投资的占9.6%，其余为研发中心、资源开发和境外经贸合作区",
           FN("境外经贸合作区：指由我国企业在境外投资建设、基础设施较为完善、主导产业明确、公共服务功能健全的产业园区。截至2025年底，我省企业在境外建设的省级以上境外经贸合作区共15家，其中国家级4家。"),
           "投资等。汽车零部件、光伏、纺织服装、家电等行业企业“抱团出海”特征明显，一批龙头企业带动上下游配套企业在泰国罗勇、越南北江、印度尼西亚巴淡等地集聚布局。"])

    B.head("二、调查发现的主要问题")
    B.par("问卷要求企业从12个选项中选择当前境外投资面临的主要困难（可多选），排名前六位的情况见表2。")
    B.par([("表2　样本企业境外投资面临的主要困难", HT, 12, False)], clause=False,
          align=C, indent=False, line=22, before=4)
    hdr2 = ["序号", "主要困难", "选择企业数（家）", "占有效样本比重（%）"]
    rows2 = [["1", "境外融资难、融资贵", "187", "60.1"],
             ["2", "东道国政策和法律变化频繁", "163", "52.4"],
             ["3", "外汇资金跨境调拨不便", "142", "45.7"],
             ["4", "熟悉当地情况的国际化人才短缺", "136", "43.7"],
             ["5", "境外风险预警和保障能力不足", "118", "37.9"],
             ["6", "境外投资备案（核准）手续较多", "64", "20.6"]]
    t = doc.add_table(rows=1 + len(rows2), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr2):
        set_cell(t.rows[0].cells[i], h, HT, 11)
        cell_shade(t.rows[0].cells[i])
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows2, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 11,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        B.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr2, row)))
    B.par([("资料来源：课题组问卷调查。", KT, 11, False)], indent=False, line=20, before=2)
    B.par([("注：本题为多选题，比重按311份有效问卷计算。", KT, 11, False)], indent=False, line=20)

    def item(h, segs):
        if isinstance(segs, str):
            segs = [segs]
        return B.par([(h, FS, 15, True)] + segs)

    item("1．融资约束仍是最突出的瓶颈。",
         ["民营企业境外项目普遍缺少可用于抵押的境内资产，境外资产又难以被境内银行认可，“内保外贷”",
          FN("内保外贷：指境内银行为境内企业在境外注册的附属公司或参股公司提供担保，由境外银行向境外投资企业发放相应贷款的融资方式，按照《跨境担保外汇管理规定》（汇发〔2014〕29号）办理登记。"),
          "业务门槛较高。调查中，仅有23.5%的企业获得过政策性金融机构的融资支持。"])
    item("2．合规经营和风险防范能力有待提升。", "部分企业对东道国劳工、环保、税收和数据保护等法律法规了解不深，2025年样本企业中有37家遭遇过劳务纠纷、税务稽查或环保处罚，涉及金额合计约2.4亿元。部分企业尚未建立境外安全风险评估和应急处置机制。")
    item("3．公共服务供给与企业需求存在错位。", "企业普遍反映，现有的国别投资指南、政策宣讲等服务“面上多、点上少”，针对具体行业和具体项目的法律、税务等专业咨询服务不足，受访企业中有68.2%希望政府搭建对接境外专业服务机构的平台。")

    B.head("三、对策建议")
    runin("（一）创新境外投资金融支持方式。", "推动省内银行机构用好跨境融资便利化政策，探索以境外资产、股权、应收账款等作为抵质押物的融资模式；争取中国出口信用保险公司扩大海外投资保险承保规模，对民营中小企业投保给予保费补助。")
    runin("（二）完善境外合规与风险防控体系。",
          ["依托省“走出去”公共服务平台，分国别、分行业编制合规经营指引，每年组织境外合规培训不少于10场；落实《企业境外经营合规管理指引》",
           FN("《企业境外经营合规管理指引》由国家发展改革委、外交部、商务部、人民银行、国资委、外汇局、全国工商联于2018年12月联合印发（发改外资〔2018〕1916号）。"),
           "，推动重点企业设立合规官。"])
    runin("（三）提升“走出去”综合服务能力。", "发挥驻外经贸代表处和境外浙商组织作用，建立境外专业服务机构推荐名录；支持境外经贸合作区建设公共服务中心，为入区企业提供法律、财税、人力资源等“一站式”服务。")

    notes.finish()
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="我省民营企业参与共建“一带一路”投资的新特点、新问题与对策建议——基于全省326家境外投资民营企业的问卷调查",
            issuer=["浙江省商务厅研究室"], date="2026-03-16", region="浙江省", doc_type="报告"),
        "clauses": B.clauses,
    }]
    return path


# =================================================================== DOC B
# 四川省商务厅研究室 内部刊物《商务调研》, red masthead with 期号, 编者按,
# decimal footnotes (one on a 资料来源 line), merged two-level table header,
# indentation typed with full-width spaces, a hard line break pasted mid-sentence,
# 执笔 line and 报/送/发 distribution block.
def doc_sichuan():
    stem = "blind992_sc_fengxian"
    doc = Document()
    setup(doc, body_size=16)
    notes = Notes(doc, numfmt="decimal", fname=FS, fsize=10.5)
    B = Body(doc, notes, size=16, line=26)
    C = WD_ALIGN_PARAGRAPH.CENTER

    B.par([("内部资料　注意保存", HT, 14, False)], clause=False, indent=False, line=24)
    B.par([("商 务 调 研", XBS, 48, False, RED)], clause=False, align=C, indent=False, line=58)
    B.par([("2026年第6期（总第94期）", KT, 16, False)], clause=False, align=C, indent=False, line=30)
    p = B.par([("四川省商务厅研究室编", FS, 16, False), ("\t", FS, 16, False),
               ("2026年5月8日", FS, 16, False)], clause=False, indent=False, line=30)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    border(p, "bottom", "FF0000", 24, 4, "thickThinSmallGap")
    empty(doc, 1, 16)

    p = B.par([("民营企业投资共建“一带一路”国家面临的", XBS, 22, False), "\n",
               ("风险挑战及应对建议", XBS, 22, False)], clause=False, align=C, indent=False, line=36)
    B.par([("——基于成都、德阳、绵阳、宜宾等地112家民营企业的实地调研", KT, 16, False)],
          clause=False, align=C, indent=False, line=30)
    B.par([("四川省商务厅研究室课题组", KT, 16, False)], clause=False, align=C, indent=False, line=30)
    B.par([("【编者按】", HT, 16, False),
           ("我省民营企业是对共建“一带一路”国家投资的主体力量，但在境外经营中面临的政治安全、合规经营和汇兑等风险明显上升。研究室课题组梳理了企业面临的主要风险挑战并提出应对建议，现予刊发，供参阅。", KT, 16, False)],
          lead=IND)

    B.par("2026年2月至4月，省商务厅研究室课题组赴成都、德阳、绵阳、宜宾、泸州等地，采取座谈交流、入企走访和问卷调查相结合的方式，对112家在共建“一带一路”国家有投资项目的民营企业开展专题调研，重点了解企业境外投资面临的风险挑战和政策诉求。现将调研情况报告如下。",
          lead=IND)
    B.head("一、我省民营企业投资共建国家的基本情况", lead=IND)
    B.par(["调研样本企业在共建国家共有境外投资项目169个，中方协议投资额26.95亿美元，涉及装备制造、电子信息、食品饮料、化工、农业等行业。从区域分布看，东南亚仍是最主要的投资目的地；中亚地区借助中欧班列（成渝）",
           FN("中欧班列（成渝）：自2021年1月起，成都、重庆两地开行的中欧班列统一使用“中欧班列（成渝）”品牌。"),
           "和西部陆海新通道",
           FN("西部陆海新通道：指以重庆为运营中心、各西部省区市为关键节点，利用铁路、海运、公路等运输方式，向南经广西、云南等沿海沿边口岸通达世界各地的国际陆海贸易新通道。"),
           "增长较快，项目数占比达到17.2%（见表1）。"], lead=IND)

    # table 1: two header rows, 区域 merged vertically, groups merged horizontally
    B.par([("表1　样本企业境外投资项目区域分布", HT, 14, False)], clause=False,
          align=C, indent=False, line=24, before=6)
    rows = [["东南亚", "68", "40.2", "9.84", "36.5"],
            ["南亚", "17", "10.1", "2.15", "8.0"],
            ["中亚", "29", "17.2", "5.62", "20.9"],
            ["西亚北非", "21", "12.4", "4.37", "16.2"],
            ["中东欧", "14", "8.3", "2.06", "7.6"],
            ["非洲", "12", "7.1", "1.93", "7.2"],
            ["其他", "8", "4.7", "0.98", "3.6"],
            ["合计", "169", "100.0", "26.95", "100.0"]]
    flat = ["区域", "样本企业投资项目／项目数（个）", "样本企业投资项目／占比（%）",
            "中方协议投资额／金额（亿美元）", "中方协议投资额／占比（%）"]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [2.6, 3.0, 3.0, 3.8, 3.0])
    a = t.cell(0, 0).merge(t.cell(1, 0))
    g1 = t.cell(0, 1).merge(t.cell(0, 2))
    g2 = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(a, "区域", HT, 12)
    set_cell(g1, "样本企业投资项目", HT, 12)
    set_cell(g2, "中方协议投资额", HT, 12)
    for ci, h in enumerate(["项目数（个）", "占比（%）", "金额（亿美元）", "占比（%）"], 1):
        set_cell(t.cell(1, ci), h, HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        cant_split(t.rows[ri])
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, HT if row[0] == "合计" else FS, 12)
        B.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(flat, row)))
    B.par([("资料来源：课题组根据企业问卷及四川省对外投资合作业务统计整理", FS, 12, False),
           FN("中方协议投资额不含金融类投资；部分项目涉及多个国家的，按主要投资所在国统计。"),
           ("。", FS, 12, False)], indent=False, line=22, before=2)

    B.head("二、企业面临的主要风险挑战", lead=IND)

    def runin(h, segs):
        if isinstance(segs, str):
            segs = [segs]
        return B.par([(h, KT, 16, False)] + segs, lead=IND)

    runin("（一）政治与安全风险上升。", "部分东道国政局更迭、社会治安恶化，企业人员和资产安全面临威胁。调研中，有14家企业反映所在国发生过针对外资企业的抗议、罢工或治安事件，3家企业因当地局势动荡被迫暂停项目建设。")
    runin("（二）合规经营压力加大。",
          ["一些共建国家加快修订外资准入、劳工、税收和环保法规，并对本地化用工比例、本地采购比例提出更高要求。同时，欧美市场的ESG",
           FN("ESG：环境（Environmental）、社会（Social）和公司治理（Governance）的英文缩写，是衡量企业可持续发展表现的评价体系。"),
           "信息披露要求通过供应链传导至企业在东南亚的生产基地，企业合规成本明显上升。"])
    # hard line break left from pasting out of a PDF, in the middle of a word
    runin("（三）汇兑和资金风险突出。", ["部分国家外汇管制较严、本币汇率波动较大。2025年，样本企业中有29家因当地货币贬值出现汇兑损失，合计约1.36亿元人民币；有11家企业存在利润", "\n",
                                  "汇回困难的情况。"])
    B.par("2023年以来样本企业遭遇各类风险事件的情况见表2。", lead=IND)

    B.par([("表2　2023—2025年样本企业遭遇风险事件情况", HT, 14, False)], clause=False,
          align=C, indent=False, line=24, before=6)
    hdr2 = ["序号", "风险类型", "涉及企业（家）", "典型表现"]
    rows2 = [["1", "政治与安全风险", "14", "抗议罢工、治安事件、项目暂停"],
             ["2", "法律合规风险", "22", "劳务纠纷、税务稽查、环保处罚"],
             ["3", "汇兑与资金风险", "29", "汇兑损失、利润汇回受限"],
             ["4", "市场与经营风险", "37", "订单下滑、原材料涨价、当地竞争加剧"]]
    t = doc.add_table(rows=1 + len(rows2), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.3, 3.6, 2.8, 7.8])
    for i, h in enumerate(hdr2):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows2, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 3 else WD_ALIGN_PARAGRAPH.CENTER)
        B.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr2, row)))
    B.par([("资料来源：课题组问卷调查。同一企业遭遇多类风险的，分别统计。", FS, 12, False)],
          indent=False, line=22, before=2)

    B.head("三、对策建议", lead=IND)

    def item(h, segs):
        if isinstance(segs, str):
            segs = [segs]
        return B.par([(h, FS, 16, True)] + segs, lead=IND)

    item("1.健全境外风险预警和应急处置机制。", "依托省“走出去”综合服务平台，按季度发布重点国别风险提示；推动在东南亚、中亚等重点区域建立企业联络员制度，完善境外突发事件应急预案。")
    item("2.加强合规指导和专业服务。",
         ["落实《四川省人民政府办公厅关于支持民营企业高质量“走出去”的若干措施》（川办发〔2025〕31号）",
          FN("该文件提出，对民营企业购买海外投资保险、开展境外合规咨询发生的费用，由省级外经贸发展专项资金按规定给予最高50%的补助。"),
          "，分国别编制合规指引，组织律师事务所、会计师事务所等专业机构为企业提供“合规体检”服务。"])
    item("3.强化汇率避险和金融支持。", "鼓励银行机构为企业提供远期结售汇、货币掉期等汇率避险产品，扩大跨境人民币结算在境外投资中的使用；推动中国出口信用保险公司四川分公司扩大海外投资保险覆盖面。")
    item("4.发挥商协会和园区平台作用。", "支持省工商联、省对外投资促进会等组织牵头组建境外投资企业联盟，推动企业依托境外经贸合作区“抱团出海”，共享安保、法律、物流等公共服务资源。")
    B.par([("（执笔：何静　罗文斌）", KT, 16, False)], clause=False, indent=False,
          align=WD_ALIGN_PARAGRAPH.RIGHT)
    banji_lines(doc, ["报：省委、省政府领导，商务部研究院。",
                      "送：省发展改革委，省财政厅，省地方金融管理局，中国人民银行四川省分行，国家外汇管理局四川省分局。",
                      "发：厅领导，厅机关各处室，各市（州）商务主管部门。",
                      ("四川省商务厅研究室", "（共印80份）")])

    notes.finish()
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="民营企业投资共建“一带一路”国家面临的风险挑战及应对建议——基于成都、德阳、绵阳、宜宾等地112家民营企业的实地调研",
            issuer=["四川省商务厅研究室"], date="2026-05-08", region="四川省", doc_type="报告"),
        "clauses": B.clauses,
    }]
    return path


# =================================================================== DOC C
# 福建省商务厅 上行文 报告 with 红头/文号/签发人, transmitting the 研究室 research
# report as its 附件 (one document).  Footnotes numbered 1 2 … through the whole file,
# one anchored in a table cell; vertically merged 所在国家 cells; 合计 row with an
# empty 序号 cell; ASCII spaces typed for indentation in the attachment; some
# half-width commas; 版记 at the very end after the attachment.
def doc_fujian():
    stem = "blind992_fj_jingwai_yuanqu"
    doc = Document()
    setup(doc, body_size=16)
    notes = Notes(doc, numfmt="decimal", fname=FS, fsize=10.5)
    B = Body(doc, notes, size=16, line=26)
    C = WD_ALIGN_PARAGRAPH.CENTER

    B.par([("福建省商务厅", XBS, 36, False, RED)], clause=False, align=C, indent=False, line=44)
    empty(doc, 1, 12)
    p = B.par([("闽商务〔2026〕57号", FS, 16, False), ("\t", FS, 16, False),
               ("签发人：", FS, 16, False), ("林国华", KT, 16, False)], clause=False, indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1, 16)
    for line in ("福建省商务厅关于报送民营企业参与共建", "“一带一路”境外经贸合作区建设情况",
                 "调研报告的报告"):
        B.par([(line, XBS, 22, False)], clause=False, align=C, indent=False, line=32)
    empty(doc, 1, 14)
    B.par("省人民政府：", clause=False, indent=False)
    B.par("根据省政府领导批示要求，2026年3月至5月，我厅研究室课题组对我省28家参与境外经贸合作区建设的民营企业开展了专题调研，并赴印度尼西亚、马来西亚实地考察了2个境外园区，形成了《民营企业参与共建“一带一路”境外经贸合作区建设情况调研报告》（见附件）。")
    B.par("调研报告提出的设立省级境外经贸合作区发展专项资金等建议，涉及省财政厅、省发展改革委等部门，建议由省政府分管领导召集专题研究。")
    B.par("专此报告。", clause=False)
    empty(doc, 1, 14)
    p = B.par("附件：民营企业参与共建“一带一路”境外经贸合作区建设情况调研报告", clause=False)
    p.paragraph_format.left_indent = Pt(32)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 1, 10)
    B.par(" " * 36 + "福建省商务厅", clause=False, indent=False)
    B.par(" " * 34 + "2026年6月22日", clause=False, indent=False)
    B.par("（联系人：郑晓岚，联系电话：0591-87851236）", clause=False)

    # ---------------- attachment
    p = B.par([("附件", HT, 16, False)], clause=False, indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    B.par([("民营企业参与共建“一带一路”境外经贸合作区", XBS, 22, False)], clause=False,
          align=C, indent=False, line=36)
    B.par([("建设情况调研报告", XBS, 22, False)], clause=False, align=C, indent=False, line=36)
    B.par([("——基于28家民营企业和2个境外园区的实地调研", KT, 16, False)], clause=False,
          align=C, indent=False, line=30)
    B.par([("福建省商务厅研究室课题组", KT, 16, False)], clause=False, align=C, indent=False, line=30)
    empty(doc, 1)
    SP = "    "  # the clerk typed four ASCII spaces instead of a first-line indent
    B.par(["境外经贸合作区",
           FN("境外经贸合作区：指在国家有关部门指导下，由我国企业在境外投资建设或参与建设、基础设施较为完善、主导产业明确、公共服务功能健全、具有集聚和辐射效应的产业园区。"),
           "是推动共建“一带一路”产业合作的重要载体。近年来，我省民营企业依托纺织鞋服、冶金建材、食品加工等优势产业，在共建国家主导或参与建设境外园区，带动了一批中小企业“组团出海”。截至2025年底，我省民营企业主导建设的境外园区共5个，入区企业177家，累计投资30.04亿美元（见表1）。"],
          lead=SP)

    B.par([("表1　我省民营企业主导建设的境外经贸合作区基本情况", HT, 14, False)], clause=False,
          align=C, indent=False, line=24, before=4)
    B.par([("单位：家，亿美元", FS, 12, False)], clause=False, align=WD_ALIGN_PARAGRAPH.RIGHT,
          indent=False, line=20)
    hdr = ["序号", "园区名称", "所在国家", "主导产业", "入区企业", "累计投资"]
    rows = [["1", ["中国—印尼（巴淡）纺织产业合作园",
                   FN("该园区于2024年通过商务部、财政部境外经贸合作区考核确认。")],
             "印度尼西亚", "纺织服装、化纤", "46", "7.82"],
            ["2", ["印尼（北苏门答腊）闽商工业园"], "印度尼西亚", "不锈钢、建材", "23", "11.35"],
            ["3", ["福建—马来西亚（柔佛）产业园"], "马来西亚", "石化新材料、食品加工", "31", "5.64"],
            ["4", ["中柬（西港）闽企产业园"], "柬埔寨", "鞋服、箱包", "58", "3.27"],
            ["5", ["中国—埃塞俄比亚（德雷达瓦）轻工园"], "埃塞俄比亚", "皮革、制鞋", "19", "1.96"],
            ["", ["合计"], "—", "—", "177", "30.04"]]
    t = doc.add_table(rows=1 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.2), Cm(5.6), Cm(2.4), Cm(3.6), Cm(1.6), Cm(1.6)]
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = w
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    merged = t.cell(1, 2).merge(t.cell(2, 2))  # 印度尼西亚 typed once for two rows
    for ri, row in enumerate(rows, 1):
        fns = []
        for ci, v in enumerate(row):
            if ci == 2 and ri == 2:
                continue
            cell = merged if (ci == 2 and ri == 1) else t.cell(ri, ci)
            fns += set_cell(cell, v, FS, 12, notes=notes,
                            align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        vals = [("".join(x for x in v if isinstance(x, str)) if isinstance(v, list) else v) for v in row]
        B.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, vals) if v != ""))
        B.clauses.extend(f.text for f in fns if f.content)
    B.par([("资料来源：福建省商务厅对外投资和经济合作处，数据截至2025年12月31日。", FS, 12, False)],
          indent=False, line=22, before=2)

    B.head("一、主要做法和成效", lead=SP)

    def runin(h, segs):
        if isinstance(segs, str):
            segs = [segs]
        return B.par([(h, KT, 16, False)] + segs, lead=SP)

    runin("（一）园区建设由“单打独斗”向“链式布局”转变。", "巴淡纺织产业合作园以1家龙头企业为核心,带动化纤、织造、印染、成衣等上下游46家企业入园，形成较为完整的纺织产业链，园区企业2025年实现产值12.6亿美元，出口额9.8亿美元。")
    runin("（二）属地化经营水平不断提高。",
          ["调研的28家企业境外员工共计3.2万人,属地化用工率",
           FN("属地化用工率：指境外企业雇用的东道国员工人数占其员工总数的比重。"),
           "达到91.4%，其中2个园区设立了职业技能培训中心，累计为当地培训产业工人1.1万人次。"])

    B.head("二、存在的主要问题", lead=SP)

    def item(h, segs):
        if isinstance(segs, str):
            segs = [segs]
        return B.par([(h, FS, 16, True)] + segs, lead=SP)

    item("1.园区“小、散、弱”问题仍较突出。", "5个园区中，规划面积超过5平方公里的仅有2个，部分园区基础设施和配套服务不完善，对优质企业的吸引力不强。")
    item("2.园区开发资金压力较大。", "境外园区前期基础设施投入大、回收周期长，民营企业主要依靠自有资金滚动开发，境内银行对境外土地和厂房抵押认可度低，园区融资渠道单一。")
    item("3.支持政策协同不够。",
         ["现行《福建省推进境外经贸合作区高质量发展三年行动（2025—2027年）》",
          FN("该行动由福建省商务厅、福建省财政厅于2025年4月联合印发（闽商务外经〔2025〕9号）。"),
          "主要侧重于对入区企业的奖励，对园区运营主体和公共服务平台建设的支持力度不足。"])

    B.head("三、几点建议", lead=SP)
    runin("（一）设立省级境外经贸合作区发展专项资金。", "建议省级财政每年安排一定规模资金，对园区基础设施建设、公共服务平台运营给予支持，重点支持通过商务部考核确认的园区提档升级。")
    runin("（二）拓宽园区融资渠道。", "推动政策性银行、出口信用保险机构与园区运营企业开展战略合作，探索“园区开发贷+海外投资保险”组合融资模式，支持符合条件的园区运营企业发行境外债券。")
    runin("（三）支持园区建设海外公共服务中心。", "依托巴淡、北苏门答腊等园区设立“闽企海外服务中心”，提供法律咨询、财税代理、人员培训、商事调解等服务，打造民营企业“走出去”的海外服务枢纽。")

    empty(doc, 2)
    banji_lines(doc, ["抄送：省发展改革委，省财政厅，省工商联。",
                      ("福建省商务厅办公室", "2026年6月22日印发")])

    notes.finish()
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="福建省商务厅关于报送民营企业参与共建“一带一路”境外经贸合作区建设情况调研报告的报告",
            doc_number="闽商务〔2026〕57号", issuer=["福建省商务厅"], date="2026-06-22",
            region="福建省", doc_type="报告", recipients=["省人民政府"],
            attachments=["民营企业参与共建“一带一路”境外经贸合作区建设情况调研报告"]),
        "clauses": B.clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_sichuan(), doc_fujian()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
