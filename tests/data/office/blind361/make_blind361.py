# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 361: notices carrying their attachments (细则 / 指南 / 申报表 / 项目表)
as whole documents in the same Word file.  Writes .docx, .pdf and expected.json
next to this script."""
import copy
import json
import os
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"

BR = "\n"  # soft line break marker inside run lists (not part of clause text)


# --------------------------------------------------------------------------
# low level helpers
# --------------------------------------------------------------------------
def set_run_font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fmt_para(p, align=None, first_indent=None, left_indent=None, line=28,
             before=0, after=0, page_break_before=False):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if left_indent is not None:
        pf.left_indent = Pt(left_indent)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if page_break_before:
        pf.page_break_before = True


def add_runs(p, parts, font=FS, size=16, color=None):
    """parts: str or list of (text, dict) / str.  BR inside text -> soft break."""
    if isinstance(parts, str):
        parts = [parts]
    for part in parts:
        if isinstance(part, tuple):
            text, opt = part
        else:
            text, opt = part, {}
        segs = text.split(BR)
        for i, seg in enumerate(segs):
            if i > 0:
                r = p.add_run()
                r.add_break()
                set_run_font(r, opt.get("font", font), opt.get("size", size))
            if seg:
                r = p.add_run(seg)
                set_run_font(r, opt.get("font", font), opt.get("size", size),
                             opt.get("bold", False), opt.get("color", color))
    return p


def plain(parts):
    if isinstance(parts, str):
        parts = [parts]
    out = []
    for part in parts:
        t = part[0] if isinstance(part, tuple) else part
        out.append(t.replace(BR, ""))
    return "".join(out)


def para_border_bottom(p, color="E60012", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="4" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), sz, color))
    ppr.append(bdr)


def table_borders(table, val="single", sz=4, color="000000", which=None):
    tbl = table._tbl
    tblPr = tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    edges = which or ["top", "left", "bottom", "right", "insideH", "insideV"]
    inner = ""
    for e in ["top", "left", "bottom", "right", "insideH", "insideV"]:
        if e in edges:
            inner += '<w:%s w:val="%s" w:sz="%d" w:space="0" w:color="%s"/>' % (e, val, sz, color)
        else:
            inner += '<w:%s w:val="nil"/>' % e
    tblPr.append(parse_xml('<w:tblBorders %s>%s</w:tblBorders>' % (nsdecls("w"), inner)))


def set_col_widths(table, widths_cm):
    """Fix column widths so both Word and LibreOffice honour them."""
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    cols = grid.findall(qn("w:gridCol"))
    for gc, w in zip(cols, widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths_cm):
                c.width = Cm(widths_cm[i])


def cell_text(cell, parts, align=WD_ALIGN_PARAGRAPH.CENTER, font=FS, size=14,
              bold=False, line=22):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt_para(p, align=align, line=line)
    if isinstance(parts, str):
        parts = [(parts, {"bold": bold, "font": font, "size": size})]
    add_runs(p, parts, font=font, size=size)
    return p


def page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.text = ""
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_run_font(r, "宋体", 14)
    fld = parse_xml('<w:fldSimple %s w:instr=" PAGE "><w:r><w:rPr><w:rFonts w:ascii="宋体" '
                    'w:eastAsia="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r>'
                    '</w:fldSimple>' % nsdecls("w"))
    p._p.append(fld)
    r = p.add_run(" —")
    set_run_font(r, "宋体", 14)


def a4_portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(3.7)
    section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)


def a4_landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Cm(29.7)
    section.page_height = Cm(21.0)
    section.top_margin = Cm(2.6)
    section.bottom_margin = Cm(2.4)
    section.left_margin = Cm(3.0)
    section.right_margin = Cm(3.0)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    a4_portrait(doc.sections[0])
    page_number_footer(doc.sections[0])
    return doc


# Word automatic numbering with Chinese counting "（一）"
_NUM_COUNTER = [200]


def new_cn_list(doc, lvl_text="（%1）", fmt="chineseCounting"):
    numbering = doc.part.numbering_part.element
    _NUM_COUNTER[0] += 1
    aid = _NUM_COUNTER[0]
    absnum = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:suff w:val="nothing"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, fmt, lvl_text, FS, FS, FS))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                    % (nsdecls("w"), aid, aid))
    numbering.append(num)
    return aid


def apply_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), num_id))
    ppr.insert(0, numpr)


CN_NUMS = "一二三四五六七八九十"


def cn(n):
    if n <= 10:
        return CN_NUMS[n - 1]
    if n < 20:
        return "十" + CN_NUMS[n - 11]
    t, u = divmod(n, 10)
    return CN_NUMS[t - 1] + "十" + (CN_NUMS[u - 1] if u else "")


# --------------------------------------------------------------------------
# document-level building blocks
# --------------------------------------------------------------------------
class Builder:
    def __init__(self):
        self.doc = new_doc()
        self.docs = []  # expected objects
        self.cur = None

    # expected handling ---------------------------------------------------
    def start(self, meta):
        self.cur = {"meta": meta, "clauses": []}
        self.docs.append(self.cur)

    def clause(self, text):
        self.cur["clauses"].append(text)

    # paragraphs --------------------------------------------------------------
    def p(self, parts, clause=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32,
          left=None, font=FS, size=16, line=28, color=None, page_break_before=False,
          before=0, after=0):
        p = self.doc.add_paragraph()
        fmt_para(p, align=align, first_indent=first, left_indent=left, line=line,
                 page_break_before=page_break_before, before=before, after=after)
        add_runs(p, parts, font=font, size=size, color=color)
        if clause:
            self.clause(plain(parts))
        return p

    def body(self, parts, **kw):
        return self.p(parts, clause=True, **kw)

    def empty(self, n=1, line=28):
        for _ in range(n):
            p = self.doc.add_paragraph()
            fmt_para(p, line=line)

    def title(self, parts, size=22, line=36):
        return self.p(parts, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, font=XBS,
                      size=size, line=line)

    def heading_line(self, text, font=HT):
        return self.p(text, first=32, font=font)

    def article(self, no, text, bold_no=True, no_font=FS, sep="　"):
        label = "第%s条" % cn(no)
        parts = [(label, {"bold": bold_no, "font": no_font}), sep + text]
        return self.body(parts)

    def fujian_marker(self, n, page_break_before=True):
        return self.p("附件%d" % n, align=WD_ALIGN_PARAGRAPH.LEFT, first=0, font=HT,
                      page_break_before=page_break_before)

    def hard_page_break(self):
        p = self.doc.add_paragraph()
        fmt_para(p, line=28)
        r = p.add_run()
        r.add_break(WD_BREAK.PAGE)

    def data_table(self, headers, rows, col_widths=None, header_display=None, size=12,
                   clause=True):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(headers))
        t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        hd = header_display or headers
        for i, h in enumerate(hd):
            cell_text(t.rows[0].cells[i], [(h, {"font": HT, "size": size})], size=size)
        for r_i, row in enumerate(rows):
            for c_i, v in enumerate(row):
                al = WD_ALIGN_PARAGRAPH.CENTER if len(str(v)) <= 8 else WD_ALIGN_PARAGRAPH.LEFT
                cell_text(t.rows[r_i + 1].cells[c_i], str(v), align=al, size=size)
            if clause:
                self.clause("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
        if col_widths:
            set_col_widths(t, col_widths)
        return t

    def save(self, stem):
        path = os.path.join(HERE, stem + ".docx")
        self.doc.save(path)
        return path


def meta(title, doc_number, issuer, date, level, region, doc_type, attachments=None,
         recipients=None, publicity=None, effective=None, expires=None, repeals=None):
    return {
        "title": title,
        "doc_number": doc_number,
        "issuer": issuer,
        "date": date,
        "published": None,
        "level": level,
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
# File 1: 厦门市 跨境电商专项资金
# ==========================================================================
def make_xiamen():
    stem = "blind361_xiamen_tongzhi"
    b = Builder()
    doc = b.doc
    issuers = ["厦门市商务局", "厦门市财政局"]
    date = "2026-03-16"
    att = [
        "厦门市跨境电子商务高质量发展专项资金实施细则",
        "2026年度厦门市跨境电子商务专项资金项目申报指南",
        "厦门市跨境电子商务专项资金项目申报表",
        "2025年度厦门市跨境电子商务专项资金支持项目清单",
    ]
    title = ("关于印发《厦门市跨境电子商务高质量发展专项资金实施细则》"
             "并组织开展2026年度项目申报的通知")

    # ---- 版头: joint header as a layout table --------------------------------
    b.empty(1)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, val="nil", which=[])
    set_col_widths(t, [11.0, 4.5])
    for i, org in enumerate(issuers):
        c = t.rows[i].cells[0]
        p = cell_text(c, [(org, {"font": XBS, "size": 34, "color": RED})],
                      align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, font=XBS, size=34, line=46)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, [("文件", {"font": XBS, "size": 44, "color": RED})],
              align=WD_ALIGN_PARAGRAPH.CENTER, font=XBS, size=44, line=92)
    b.empty(1)
    pn = b.p("厦商务规〔2026〕3号", align=WD_ALIGN_PARAGRAPH.CENTER, first=0)
    para_border_bottom(pn)
    b.empty(1)

    b.start(meta(title, "厦商务规〔2026〕3号", issuers, date, "municipal", "厦门市", "通知",
                 attachments=att, recipients=["各区商务主管部门", "各区财政局", "市直有关单位"],
                 publicity="此件公开发布"))
    # title with soft line break (typed with Shift+Enter)
    b.title("关于印发《厦门市跨境电子商务高质量发展专项资金实施细则》" + BR +
            "并组织开展2026年度项目申报的通知")
    b.empty(1)
    b.p("各区商务主管部门，各区财政局，市直有关单位：", align=WD_ALIGN_PARAGRAPH.LEFT, first=0)
    b.body("为贯彻落实《国务院办公厅关于加快内外贸一体化发展的若干措施》和福建省关于进一步促进"
           "跨境电子商务高质量发展的部署要求，加快中国（厦门）跨境电子商务综合试验区建设，推动"
           "跨境电商与“丝路海运”“丝路电商”协同发展，市商务局、市财政局研究制定了《厦门市跨境电子"
           "商务高质量发展专项资金实施细则》，现印发给你们，并就2026年度项目申报工作通知如下：")
    items = [
        ("一、申报时间。", "2026年度项目申报时间为2026年4月1日至4月30日，逾期不予受理。本次申报项目的"
                      "实施期为2025年1月1日至2025年12月31日。"),
        ("二、申报方式。", "申报单位通过“厦门市商务领域惠企政策申报平台”进行网上申报，并将纸质材料一式"
                      "两份报送注册地所在区商务主管部门。具体要求详见《2026年度厦门市跨境电子商务专项"
                      "资金项目申报指南》（附件2），申报表样式见附件3。"),
        ("三、审核程序。", "各区商务主管部门会同同级财政部门对申报材料进行初审，于2026年5月20日前将初审"
                      "意见和项目汇总表报送市商务局。市商务局委托第三方机构开展专项审计，经集体研究后在"
                      "市商务局门户网站公示5个工作日。"),
        ("四、资金拨付。", "公示无异议的项目，由市财政局按照国库集中支付有关规定将资金下达至各区财政局，"
                      "由各区财政局拨付至项目单位。"),
        ("五、工作要求。", "各区要加强政策宣传解读，指导企业如实申报，严格审核把关。对2025年度已获支持的"
                      "项目（附件4），要加强跟踪问效，督促项目单位按时报送资金使用绩效自评报告。"),
        ("六、信用管理。", "申报单位须签署信用承诺书。对提供虚假材料、骗取专项资金的，按照《厦门经济特区"
                      "社会信用条例》有关规定记入信用记录，并依法依规实施失信惩戒。"),
        ("七、联系方式。", "市商务局电子商务处，联系人：林晓峰，电话：0592-2855136；市财政局经济建设处，"
                      "联系人：陈雅婷，电话：0592-2396418。"),
    ]
    for head, text in items:
        b.body([(head, {"bold": True, "font": HT}), text])
    b.empty(1)
    # 附件 list: each line its own paragraph, aligned with full-width spaces
    b.p("附件：1．" + att[0], first=32, align=WD_ALIGN_PARAGRAPH.LEFT)
    for i in range(1, 4):
        b.p("　　　%d．%s" % (i + 1, att[i]), first=32, align=WD_ALIGN_PARAGRAPH.LEFT)
    b.empty(2)
    # 落款 as a two-column layout table (no seal image)
    t = doc.add_table(rows=1, cols=2)
    table_borders(t, val="nil", which=[])
    set_col_widths(t, [7.8, 7.8])
    for i, org in enumerate(issuers):
        cell_text(t.rows[0].cells[i], org, align=WD_ALIGN_PARAGRAPH.CENTER, size=16, line=28)
    b.empty(1)
    b.p("　　　　　　　　　　　　　　　　2026年3月16日", first=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    b.empty(1)
    b.p("（此件公开发布）", first=32, align=WD_ALIGN_PARAGRAPH.LEFT)

    # ---- 附件1 实施细则 -------------------------------------------------------
    b.fujian_marker(1, page_break_before=True)
    b.empty(1)
    b.start(meta(att[0], None, issuers, date, "municipal", "厦门市", "细则",
                 effective="2026-04-01", expires="2028-12-31",
                 repeals="《厦门市跨境电子商务发展专项资金管理办法》（厦商务规〔2023〕4号）"))
    b.title(att[0])
    b.empty(1)
    chapters = [
        ("第一章　总　　则", [
            "为规范厦门市跨境电子商务高质量发展专项资金（以下简称专项资金）管理，提高资金使用效益，"
            "根据《厦门市市级财政专项资金管理办法》等有关规定，结合本市实际，制定本细则。",
            "本细则所称专项资金，是指市级财政预算安排，用于支持本市跨境电子商务主体培育、公共服务平台"
            "建设、海外仓布局和物流通道拓展等方面的资金。",
            "专项资金的管理和使用遵循公开透明、突出重点、绩效导向、专款专用的原则。",
            "市商务局负责编制专项资金年度使用计划，组织项目申报、审核和绩效评价；市财政局负责专项资金"
            "预算安排、资金下达和监督检查；各区商务主管部门和财政局负责本辖区项目的初审、资金拨付和跟踪管理。",
        ]),
        ("第二章　支持对象和条件", [
            "专项资金支持对象为在本市依法注册登记、具有独立法人资格、从事跨境电子商务相关业务的企业及服务机构。",
            ("申报单位应当同时符合下列条件：", [
                "（一）财务管理制度健全，依法纳税，近三年无重大违法违规记录；",
                "（二）未被列入严重失信主体名单；",
                "（三）跨境电子商务进出口数据已通过海关跨境电子商务监管方式（9610、9710、9810、1210）申报并可核验。",
            ]),
        ]),
        ("第三章　支持内容和标准", [
            "支持跨境电商主体做大做强。对年度跨境电商进出口额首次突破1亿元、5亿元、10亿元的企业，分别给予"
            "一次性奖励20万元、50万元、100万元。",
            "支持公共海外仓建设。对在“一带一路”共建国家和地区新建或者租赁、面积在5000平方米以上并经市商务局"
            "认定的公共海外仓，按照实际投入的30%给予补助，单个海外仓最高不超过200万元。",
            "支持物流通道拓展。对通过中欧（厦门）班列、“丝路海运”航线运输跨境电商货物的企业，按照实际支付"
            "运费的10%给予补助，单家企业年度最高不超过100万元。",
            "支持公共服务平台建设。对为跨境电商企业提供通关、物流、金融、数据等综合服务的公共服务平台，按照"
            "平台建设投入的40%给予补助，最高不超过300万元。",
            "支持人才培育和品牌建设。对开展跨境电商人才培训、年度培训人数达到500人次以上的机构，按照每人次"
            "200元给予补助，最高不超过50万元；对获得境外商标注册的企业，每件给予1万元奖励，单家企业最高不超过10万元。",
            "同一企业同一项目已获得其他市级财政资金支持的，不再重复支持。单家企业年度获得专项资金支持总额"
            "不超过500万元。",
        ]),
        ("第四章　申报和审核", [
            "市商务局每年发布专项资金申报通知，明确申报时间、申报材料和有关要求。",
            "申报单位对申报材料的真实性、完整性负责，不得弄虚作假、重复申报。",
            "各区商务主管部门会同同级财政部门进行初审，市商务局组织复审，并可委托第三方机构开展专项审计。"
            "审核结果经市商务局集体研究后向社会公示，公示期不少于5个工作日。",
        ]),
        ("第五章　监督管理", [
            "专项资金实行全过程绩效管理。项目单位应当在资金拨付后6个月内报送资金使用情况和绩效自评报告。",
            "对以虚报、冒领、骗取等手段取得专项资金的，由市财政局会同市商务局追回已拨付资金，五年内取消其"
            "申报资格，并依照《财政违法行为处罚处分条例》等规定处理；涉嫌犯罪的，依法移送司法机关。",
        ]),
        ("第六章　附　　则", [
            "本细则由市商务局、市财政局负责解释。",
            "本细则自2026年4月1日起施行，有效期至2028年12月31日。《厦门市跨境电子商务发展专项资金管理办法》"
            "（厦商务规〔2023〕4号）同时废止。",
        ]),
    ]
    n = 0
    for chap, arts in chapters:
        b.p(chap, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, font=HT)
        for a in arts:
            n += 1
            if isinstance(a, tuple):
                b.article(n, a[0])
                for sub in a[1]:
                    b.body(sub)
            else:
                b.article(n, a)

    # ---- 附件2 申报指南 -------------------------------------------------------
    b.fujian_marker(2, page_break_before=True)
    b.empty(1)
    b.start(meta(att[1], None, issuers, date, "municipal", "厦门市", "指南"))
    b.title("2026年度厦门市跨境电子商务专项资金" + BR + "项目申报指南")
    b.empty(1)
    guide = [
        ("一、申报主体", [
            "（一）在厦门市行政区域内依法注册登记、具有独立法人资格的跨境电子商务企业、海外仓运营企业、"
            "物流企业、公共服务平台运营机构和人才培训机构。",
            "（二）2025年度通过海关跨境电子商务监管方式申报的进出口数据真实、可核验。",
        ]),
        ("二、申报方向", [
            "（一）主体培育奖励。2025年度跨境电商进出口额首次突破1亿元、5亿元、10亿元的企业。",
            "（二）公共海外仓补助。2025年度在“一带一路”共建国家和地区新建或者租赁、已投入运营的公共海外仓。",
            "（三）物流通道补助。2025年度通过中欧（厦门）班列、“丝路海运”航线运输跨境电商货物发生的运费。",
            "（四）公共服务平台补助。2025年度完成建设或升级并投入使用的跨境电商公共服务平台。",
            "（五）人才培育和品牌建设补助。2025年度开展的跨境电商人才培训和取得的境外商标注册。",
        ]),
        ("三、申报材料", [
            "（一）《厦门市跨境电子商务专项资金项目申报表》；",
            "（二）营业执照复印件（加盖公章）；",
            "（三）2025年度财务审计报告；",
            "（四）跨境电商进出口数据证明材料，由厦门海关或者跨境电商公共服务平台出具；",
            "（五）申报海外仓项目的，提供海外仓租赁合同或者产权证明、投入凭证及境外运营照片；",
            "（六）申报物流通道项目的，提供运输合同、运费发票及班列（航线）舱单信息；",
            "（七）申报单位信用承诺书。",
        ]),
        ("四、申报要求", [
            "（一）申报材料按上述顺序装订成册，A4纸双面打印，逐页加盖申报单位公章。",
            "（二）同一项目只能选择一个申报方向。",
            "（三）申报单位应于2026年4月30日17:30前完成网上申报，纸质材料报送时间截至2026年5月8日。",
        ]),
    ]
    for head, subs in guide:
        b.heading_line(head)
        for s in subs:
            if "。" in s[:12] and s.startswith("（") and s.index("。") < 12:
                k = s.index("。") + 1
                b.body([(s[:k], {"font": KT}), s[k:]])
            else:
                b.body(s)

    # ---- 附件3 申报表 (blank form, no clauses) ---------------------------------
    b.fujian_marker(3, page_break_before=True)
    b.cur = None
    b.title(att[2], size=20)
    b.empty(1, line=20)
    b.p("申报单位（盖章）：　　　　　　　　　　　　　填报日期：　　年　　月　　日",
        first=0, size=12, line=22, align=WD_ALIGN_PARAGRAPH.LEFT)
    form = doc.add_table(rows=9, cols=4)
    form.style = doc.styles["Table Grid"]
    set_col_widths(form, [3.9, 3.9, 3.9, 3.9])
    form.alignment = WD_TABLE_ALIGNMENT.CENTER
    lab = [
        ("单位名称", "", "统一社会信用代码", ""),
        ("注册地址", None, None, None),
        ("法定代表人", "", "联系电话", ""),
        ("联系人", "", "手机", ""),
        ("申报方向", None, None, None),
        ("2025年度跨境电商进出口额（万元）", "", "项目投入金额（万元）", ""),
        ("申请支持金额（万元）", None, None, None),
        ("项目简介（不超过500字）", None, None, None),
        ("区商务主管部门初审意见", None, None, None),
    ]
    for r_i, row in enumerate(lab):
        cells = form.rows[r_i].cells
        if row[1] is None:
            merged = cells[1].merge(cells[3])
            cell_text(cells[0], row[0], size=12)
            if row[0] == "申报方向":
                cell_text(merged, "□主体培育　□公共海外仓　□物流通道　□公共服务平台　□人才品牌",
                          align=WD_ALIGN_PARAGRAPH.LEFT, size=12)
            elif row[0] == "区商务主管部门初审意见":
                cell_text(merged, BR + BR + "（盖章）" + BR + "　　　　　　　　　　　　　　年　　月　　日",
                          align=WD_ALIGN_PARAGRAPH.RIGHT, size=12)
            elif row[0] == "项目简介（不超过500字）":
                cell_text(merged, BR * 5, size=12)
            else:
                cell_text(merged, "", size=12)
        else:
            for c_i, v in enumerate(row):
                cell_text(cells[c_i], v, size=12)
    b.p("法定代表人签字：　　　　　　　　　　　　　　　　（单位公章）", first=0, size=12, line=22,
        before=6, align=WD_ALIGN_PARAGRAPH.LEFT)

    # ---- 附件4 支持项目清单 ----------------------------------------------------
    b.fujian_marker(4, page_break_before=True)
    b.empty(1)
    b.start(meta(att[3], None, issuers, date, "municipal", "厦门市", "清单"))
    b.title(att[3], size=20)
    b.empty(1, line=20)
    headers = ["序号", "项目单位", "项目名称", "所在区", "支持方向", "支持金额（万元）"]
    rows = [
        ("1", "厦门鹭岛云仓供应链有限公司", "波兰华沙公共海外仓建设项目", "湖里区", "公共海外仓", "200"),
        ("2", "厦门嘉禾跨境电子商务有限公司", "年度进出口额首次突破5亿元奖励", "思明区", "主体培育", "50"),
        ("3", "厦门丝路通国际物流有限公司", "中欧（厦门）班列跨境电商货物运费补助", "海沧区", "物流通道", "86.5"),
        ("4", "厦门集美优选电子商务有限公司", "年度进出口额首次突破1亿元奖励", "集美区", "主体培育", "20"),
        ("5", "厦门翔安智慧物流产业园有限公司", "马来西亚吉隆坡公共海外仓建设项目", "翔安区", "公共海外仓", "155.2"),
        ("6", "厦门海润数字贸易服务有限公司", "跨境电商综合服务平台升级项目", "思明区", "公共服务平台", "240"),
        ("7", "厦门同安创联工贸有限公司", "境外商标注册奖励", "同安区", "人才品牌", "8"),
        ("8", "厦门自贸片区跨境电商产业园运营有限公司", "跨境电商人才实训基地项目", "湖里区", "人才品牌", "32.6"),
        ("9", "厦门远海丝路航运服务有限公司", "“丝路海运”跨境电商快线运费补助", "海沧区", "物流通道", "100"),
        ("10", "厦门翔鹭达电子科技有限公司", "年度进出口额首次突破10亿元奖励", "翔安区", "主体培育", "100"),
    ]
    b.data_table(headers, rows, col_widths=[1.2, 4.6, 4.4, 1.6, 2.0, 1.8], size=11)

    # ---- 版记 at the very end of the file (after the attachments) --------------
    b.cur = None
    b.empty(3)
    vj = doc.add_table(rows=2, cols=1)
    set_col_widths(vj, [15.6])
    table_borders(vj, val="single", sz=8, which=["top", "bottom", "insideH"])
    cell_text(vj.rows[0].cells[0], "抄送：厦门海关，市审计局，市跨境电子商务综合试验区工作领导小组办公室。",
              align=WD_ALIGN_PARAGRAPH.LEFT, size=14, line=26)
    cell_text(vj.rows[1].cells[0], "厦门市商务局办公室　　　　　　　　　　2026年3月16日印发",
              align=WD_ALIGN_PARAGRAPH.LEFT, size=14, line=26)

    return stem, b.save(stem), b.docs


# ==========================================================================
# File 2: 重庆市 中欧班列（成渝）扶持资金
# ==========================================================================
def make_chongqing():
    stem = "blind361_chongqing_tongzhi"
    b = Builder()
    doc = b.doc
    issuer = ["重庆市人民政府口岸和物流办公室"]
    date = "2025-12-05"
    att = [
        "重庆市中欧班列（成渝）高质量发展扶持资金实施细则",
        "重庆市中欧班列（成渝）高质量发展扶持资金2026年度申报指南",
        "重庆市中欧班列（成渝）扶持资金申报表",
        "2025年度重庆市中欧班列（成渝）扶持资金支持项目名单",
    ]
    title = ("重庆市人民政府口岸和物流办公室关于印发《重庆市中欧班列（成渝）高质量发展扶持资金"
             "实施细则》的通知")
    # 版头
    b.empty(1)
    b.p("重庆市人民政府口岸和物流办公室", align=WD_ALIGN_PARAGRAPH.CENTER, first=0, font=XBS,
        size=26, line=40, color=RED)
    b.empty(1)
    pn = b.p("渝口岸物流发〔2025〕27号", align=WD_ALIGN_PARAGRAPH.CENTER, first=0)
    para_border_bottom(pn, sz=18)
    b.empty(1)

    b.start(meta(title, "渝口岸物流发〔2025〕27号", issuer, date, "provincial", "重庆市", "通知",
                 attachments=att,
                 recipients=["各区县（自治县）人民政府", "两江新区管委会", "重庆高新区管委会",
                             "市级有关部门"],
                 publicity="此件公开发布"))
    # title split over two separate paragraphs
    b.title("重庆市人民政府口岸和物流办公室")
    b.title("关于印发《重庆市中欧班列（成渝）高质量发展扶持资金实施细则》的通知")
    b.empty(1)
    b.p("各区县（自治县）人民政府，两江新区管委会，重庆高新区管委会，市级有关部门：",
        align=WD_ALIGN_PARAGRAPH.LEFT, first=0)
    b.body("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，推动中欧班列（成渝）"
           "高质量发展，加快建设西部陆海新通道和内陆开放高地，经市政府同意，现将《重庆市中欧班列（成渝）"
           "高质量发展扶持资金实施细则》印发给你们，并就有关事项通知如下，请认真贯彻执行。")
    items = [
        ("一、高度重视扶持资金管理工作。", "各区县、各有关部门要充分认识中欧班列（成渝）在服务共建"
         "“一带一路”和构建新发展格局中的重要作用，按照职责分工抓好细则落实，不得挤占、挪用扶持资金。"),
        ("二、认真组织2026年度项目申报。", "申报工作按照《重庆市中欧班列（成渝）高质量发展扶持资金2026年度"
         "申报指南》（附件2）执行。申报单位填写《重庆市中欧班列（成渝）扶持资金申报表》（附件3），经注册地"
         "区县审核后，于2026年1月31日前报送市政府口岸物流办。"),
        ("三、强化资金绩效管理。", "2025年度获得扶持的项目（附件4）承担单位要于2026年3月31日前报送绩效"
         "自评报告。市政府口岸物流办将会同市财政局组织开展绩效评价，评价结果作为后续资金安排的重要依据。"),
        ("四、严格监督检查。", "对弄虚作假、骗取扶持资金的单位，一经查实，追回扶持资金，三年内不得申报"
         "市级口岸物流类资金，并按规定将相关信息归集至市公共信用信息平台。"),
    ]
    items.append(("五、做好政策衔接。", "本细则施行前已按原政策申报但尚未兑现的项目，继续按照原政策标准执行；"
                  "本细则施行后开行的线路和发生的业务，统一按照本细则执行。"))
    for head, text in items:
        # hand typed numbering; heading bold but in the same font as body
        b.body([(head, {"bold": True}), text])
    b.body("请各区县于2026年1月10日前确定1名联络员，并将联络员姓名、职务和联系方式报送市政府口岸物流办。")
    b.body("执行中如遇问题，请及时与市政府口岸物流办通道处联系（联系人：张明远，联系电话：023-63899517）。")
    b.empty(1)
    # 附件 list typed in ONE paragraph with soft line breaks
    lst = "附件：1．" + att[0]
    for i in range(1, 4):
        lst += BR + "　　　%d．%s" % (i + 1, att[i])
    b.p(lst, first=32, align=WD_ALIGN_PARAGRAPH.LEFT)
    b.empty(3)
    b.p("重庆市人民政府口岸和物流办公室　　", first=0, align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.p("2025年12月5日　　　　　", first=0, align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.empty(1)
    b.p("（此件公开发布）", first=32, align=WD_ALIGN_PARAGRAPH.LEFT)

    # ---- 附件1 细则: Ctrl+Enter page break in its own paragraph -----------------
    b.hard_page_break()
    b.fujian_marker(1, page_break_before=False)
    b.empty(1)
    b.start(meta(att[0], None, issuer, date, "provincial", "重庆市", "细则",
                 effective="2026-01-01", expires="2028-12-31"))
    b.title(att[0])
    b.empty(1)
    arts = [
        "为规范中欧班列（成渝）高质量发展扶持资金（以下简称扶持资金）管理，提高资金使用效益，根据"
        "《中华人民共和国预算法》和本市市级财政专项资金管理有关规定，制定本细则。",
        "扶持资金由市级财政预算安排，用于支持中欧班列（成渝）在重庆始发、到达的线路拓展、货源集结、"
        "运营服务和数字化建设等。",
        "扶持资金的使用管理遵循“政府引导、市场运作、突出绩效、逐年退坡”的原则。",
        "市政府口岸物流办负责制定扶持资金年度分配方案，组织项目申报、审核和绩效评价；市财政局负责扶持"
        "资金预算管理和拨付；各区县人民政府负责辖区内项目的初审和监督。",
        ("扶持资金重点支持以下方向：", [
            "（一）新开辟通达“一带一路”共建国家的中欧班列（成渝）国际线路；",
            "（二）组织本地及周边地区货源通过中欧班列（成渝）出口或者进口；",
            "（三）建设中欧班列（成渝）集结中心、海外分拨中心等物流设施；",
            "（四）推进班列运输单证数字化、铁路提单融资等创新业务。",
        ]),
        "对新开辟并稳定运行的国际线路，运行满一年且年度开行不少于24列的，给予线路运营主体一次性奖励"
        "100万元；通达中亚、东南亚等新兴市场的，奖励标准提高至150万元。",
        "对通过中欧班列（成渝）在团结村中心站、鱼嘴站等站点装车出口的本地货源，按照每标准箱（40英尺）"
        "2000元的标准给予货主企业补助；回程进口货源按照每标准箱2500元给予补助。",
        "对在境外新建或者租赁中欧班列（成渝）海外分拨中心、且年度分拨货量不少于500标准箱的运营企业，"
        "按照实际投入的20%给予补助，单个项目最高不超过300万元。",
        "对开展铁路提单、多式联运“一单制”融资业务的金融机构和物流企业，按照年度融资发生额的1%给予"
        "奖励，单家单位最高不超过50万元。",
        "扶持资金补助标准实行逐年退坡，2027年、2028年在本细则规定标准基础上分别下调10%、20%。",
        "单个企业年度获得扶持资金总额不超过1000万元。已获得国家及市级其他同类资金支持的项目，不得重复申报。",
        "申报单位应当在本市依法注册、具有独立法人资格，运营管理规范，近三年无重大安全生产事故和严重失信行为。",
        "扶持资金按照“企业申报、区县初审、部门复核、社会公示、资金拨付”的程序办理。公示期为7个工作日。",
        "项目承担单位应当建立扶持资金专账，按照规定用途使用资金，主动接受财政、审计等部门的监督检查。",
        "对虚报、冒领扶持资金的，按照《财政违法行为处罚处分条例》有关规定处理。",
        "本细则由市政府口岸物流办、市财政局负责解释。",
        "本细则自2026年1月1日起施行，有效期3年。",
    ]
    for n, a in enumerate(arts, 1):
        if isinstance(a, tuple):
            b.article(n, a[0], bold_no=False, no_font=HT)
            for s in a[1]:
                b.body(s)
        else:
            b.article(n, a, bold_no=False, no_font=HT)

    # ---- 附件2 指南 with Word automatic numbering （一） ------------------------
    b.hard_page_break()
    b.fujian_marker(2, page_break_before=False)
    b.empty(1)
    b.start(meta(att[1], None, issuer, date, "provincial", "重庆市", "指南"))
    b.title("重庆市中欧班列（成渝）高质量发展扶持资金" + BR + "2026年度申报指南")
    b.empty(1)
    guide = [
        ("一、申报范围", [
            "2025年1月1日至2025年12月31日期间新开辟的中欧班列（成渝）国际线路。",
            "2025年度通过中欧班列（成渝）运输的本地进出口货源。",
            "截至2025年12月31日已建成投运的海外分拨中心项目。",
            "2025年度发生的铁路提单、多式联运“一单制”融资业务。",
        ]),
        ("二、申报材料", [
            "重庆市中欧班列（成渝）扶持资金申报表；",
            "营业执照副本复印件；",
            "班列开行计划、运单及铁路部门出具的开行证明；",
            "货源运输合同、报关单及运费支付凭证；",
            "海外分拨中心租赁合同或者产权证明、投资审计报告；",
            "融资业务合同及放款凭证。",
        ]),
        ("三、申报程序", [
            "申报单位向注册地区县口岸物流主管部门提交申报材料。",
            "区县口岸物流主管部门会同同级财政部门于2026年2月15日前完成初审，出具初审意见。",
            "市政府口岸物流办组织专家评审和第三方审计，于2026年3月底前完成复核并公示。",
        ]),
    ]
    for head, subs in guide:
        b.heading_line(head)
        nid = new_cn_list(doc)
        for i, s in enumerate(subs, 1):
            p = b.p(s, first=32)
            apply_num(p, nid)
            b.clause("（%s）%s" % (cn(i), s))
    b.heading_line("四、其他事项")
    b.body("申报单位须对申报材料的真实性负责。咨询电话：023-63899517，023-63899520。")

    # ---- 附件3 申报表 (blank) -------------------------------------------------
    b.hard_page_break()
    b.fujian_marker(3, page_break_before=False)
    b.cur = None
    b.title(att[2], size=20)
    b.empty(1, line=20)
    form = doc.add_table(rows=8, cols=4)
    form.style = doc.styles["Table Grid"]
    set_col_widths(form, [4.2, 3.6, 3.6, 4.2])
    labels = [
        ("申报单位", None), ("统一社会信用代码", "注册区县"), ("联系人", "联系电话"),
        ("申报类别", None), ("开行线路/货源情况", None), ("申请扶持金额（万元）", "其中：上年结转"),
        ("区县初审意见", None), ("市政府口岸物流办复核意见", None),
    ]
    for r_i, (l1, l2) in enumerate(labels):
        cells = form.rows[r_i].cells
        cell_text(cells[0], l1, size=12)
        if l2 is None:
            m = cells[1].merge(cells[3])
            if l1 == "申报类别":
                cell_text(m, "□新开线路　□本地货源　□回程货源　□海外分拨中心　□融资创新",
                          align=WD_ALIGN_PARAGRAPH.LEFT, size=12)
            elif "意见" in l1:
                cell_text(m, BR + "（盖章）　　　　年　　月　　日", align=WD_ALIGN_PARAGRAPH.RIGHT, size=12)
            else:
                cell_text(m, BR * 2, size=12)
        else:
            cell_text(cells[1], "", size=12)
            cell_text(cells[2], l2, size=12)
            cell_text(cells[3], "", size=12)
    b.p("填表说明：1．本表一式三份，区县、市政府口岸物流办和申报单位各存一份。", first=0, size=12,
        line=22, before=6, align=WD_ALIGN_PARAGRAPH.LEFT)
    b.p("　　　　　2．金额保留两位小数。", first=0, size=12, line=22, align=WD_ALIGN_PARAGRAPH.LEFT)

    # ---- 附件4 支持项目名单 ----------------------------------------------------
    b.hard_page_break()
    b.fujian_marker(4, page_break_before=False)
    b.empty(1)
    b.start(meta(att[3], None, issuer, date, "provincial", "重庆市", "名单"))
    b.title(att[3], size=20)
    b.empty(1, line=20)
    headers = ["序号", "所在区县", "项目承担单位", "扶持方向", "扶持金额（万元）"]
    hd = ["序号", "所在区县", "项目承担单位", "扶持方向", "扶持金额" + BR + "（万元）"]
    rows = [
        ("1", "沙坪坝区", "重庆团结村国际陆港物流有限公司", "新开国际线路（重庆—阿拉木图）", "150"),
        ("2", "两江新区", "重庆果园港多式联运有限公司", "本地货源补助", "286.4"),
        ("3", "九龙坡区", "重庆九龙汽车零部件出口有限公司", "本地货源补助", "132.8"),
        ("4", "渝北区", "重庆空港跨境贸易有限公司", "回程进口货源补助", "97.5"),
        ("5", "江津区", "重庆珞璜陆港供应链有限公司", "本地货源补助", "64"),
        ("6", "沙坪坝区", "重庆陆海通海外仓管理有限公司", "海外分拨中心（波兰马拉舍维奇）", "300"),
        ("7", "渝中区", "重庆丝路融通供应链金融服务有限公司", "铁路提单融资奖励", "42.6"),
        ("8", "涪陵区", "重庆涪州化工新材料有限公司", "本地货源补助", "38"),
        ("9", "长寿区", "重庆长寿经开区物流有限公司", "回程进口货源补助", "55"),
    ]
    b.data_table(headers, rows, col_widths=[1.4, 2.2, 5.3, 4.5, 2.2], header_display=hd, size=12)
    return stem, b.save(stem), b.docs


# ==========================================================================
# File 3: 郑州航空港区 综合保税区扶持细则 (sections, landscape attachments)
# ==========================================================================
def make_zhengzhou():
    stem = "blind361_zhengzhou_tongzhi"
    b = Builder()
    doc = b.doc
    issuer = ["郑州航空港经济综合实验区管理委员会"]
    date = "2026-01-08"
    att = [
        "郑州新郑综合保税区高质量发展扶持实施细则",
        "郑州新郑综合保税区高质量发展扶持资金2026年度申报指南",
        "郑州新郑综合保税区高质量发展扶持资金申报表",
        "2025年度郑州新郑综合保税区高质量发展扶持资金兑现项目汇总表",
    ]
    title = "关于印发《郑州新郑综合保税区高质量发展扶持实施细则》的通知"
    b.empty(1)
    b.p("郑州航空港经济综合实验区管理委员会文件", align=WD_ALIGN_PARAGRAPH.CENTER, first=0,
        font=XBS, size=22, line=40, color=RED)
    b.empty(1)
    pn = b.p("郑港管〔2026〕5号", align=WD_ALIGN_PARAGRAPH.CENTER, first=0)
    para_border_bottom(pn, sz=12)
    b.empty(1)
    b.start(meta(title, "郑港管〔2026〕5号", issuer, date, "zone", "郑州航空港经济综合实验区", "通知",
                 attachments=att, recipients=["区属各部门", "各办事处", "驻区各单位"],
                 publicity="此件主动公开"))
    b.title(title)
    b.empty(1)
    b.p("区属各部门、各办事处，驻区各单位：", align=WD_ALIGN_PARAGRAPH.LEFT, first=0)
    # soft line break in the middle of a sentence
    b.body("为深入贯彻《国务院关于促进综合保税区高水平开放高质量发展的若干意见》，推动郑州新郑综合保税区"
           "加快发展保税研发、保税维修、跨境电商等新业态，吸引外商投资企业入区发展，经管委会研究" + BR +
           "同意，现将《郑州新郑综合保税区高质量发展扶持实施细则》印发给你们，请结合实际认真贯彻落实。"
           "同时，就2026年度申报工作有关事项通知如下：")
    sec = [
        ("一、申报安排", [
            "2026年度扶持资金申报采取集中受理方式，受理时间为2026年3月1日至3月31日。申报单位按照"
            "《郑州新郑综合保税区高质量发展扶持资金2026年度申报指南》（附件2）要求，如实填写申报表"
            "（附件3），向区商务和物流发展局提交申报材料。",
            "在航空港区外注册、在综保区内设有分支机构并实际开展业务的企业，按照细则第二条规定执行。",
        ]),
        ("二、职责分工", [
            "区商务和物流发展局负责牵头组织申报、审核和资金兑付；区财政局负责资金保障和绩效监督；"
            "区市场监督管理局、区税务局等部门按照职责做好配合。",
            "各办事处要主动对接辖区企业，做好政策宣传和申报辅导工作。",
        ]),
        ("三、工作要求", [
            "各部门要加强政策宣传和企业服务，对2025年度已兑现项目（附件4）开展跟踪问效，确保政策落地见效。"
            "对政策执行中发现的问题，要及时向管委会报告。",
            "各申报企业要严格按照要求如实申报，对弄虚作假的，按照细则有关规定严肃处理。",
            "申报咨询：区商务和物流发展局开放平台科，电话：0371-86198756。",
        ]),
    ]
    for head, paras in sec:
        b.heading_line(head)
        for x in paras:
            b.body(x)
    b.empty(1)
    # 附件 list in a borderless layout table
    t = doc.add_table(rows=4, cols=2)
    table_borders(t, val="nil", which=[])
    set_col_widths(t, [2.6, 13.0])
    for i, a in enumerate(att):
        cell_text(t.rows[i].cells[0], "附件：" if i == 0 else "", align=WD_ALIGN_PARAGRAPH.RIGHT,
                  size=16, line=28)
        cell_text(t.rows[i].cells[1], "%d．%s" % (i + 1, a), align=WD_ALIGN_PARAGRAPH.LEFT,
                  size=16, line=28)

    b.empty(3)
    b.p("郑州航空港经济综合实验区管理委员会", first=0, left=150, align=WD_ALIGN_PARAGRAPH.LEFT)
    b.p("二〇二六年一月八日", first=0, left=215, align=WD_ALIGN_PARAGRAPH.LEFT)
    b.empty(1)
    b.p("（此件主动公开）", first=32, align=WD_ALIGN_PARAGRAPH.LEFT)
    # 版记 placed right after the notice (before the attachments)
    b.cur = None
    b.empty(2)
    vj = doc.add_table(rows=2, cols=1)
    set_col_widths(vj, [15.6])
    table_borders(vj, val="single", sz=8, which=["top", "bottom", "insideH"])
    cell_text(vj.rows[0].cells[0], "抄送：郑州市人民政府办公厅，郑州市商务局，郑州海关。",
              align=WD_ALIGN_PARAGRAPH.LEFT, size=14, line=26)
    cell_text(vj.rows[1].cells[0], "郑州航空港经济综合实验区管理委员会党政办公室　2026年1月8日印发",
              align=WD_ALIGN_PARAGRAPH.LEFT, size=14, line=26)

    # ---- 附件1: new section -------------------------------------------------
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_portrait(s)
    b.fujian_marker(1, page_break_before=False)
    b.empty(1)
    b.start(meta(att[0], None, issuer, date, "zone", "郑州新郑综合保税区", "细则",
                 effective="2026-01-08", expires="2027-12-31"))
    b.title(att[0])
    b.empty(1)
    chapters = [
        ("第一章　总　则", [
            "为推动郑州新郑综合保税区（以下简称综保区）高水平开放、高质量发展，加快培育保税研发、保税维修、"
            "跨境电商等新业态，根据国家和河南省有关规定，结合郑州航空港经济综合实验区（以下简称航空港区）"
            "实际，制定本细则。",
            "本细则适用于在综保区内注册并实际开展经营活动、纳入海关特殊监管区域统计的企业。",
            "航空港区设立综保区高质量发展扶持资金（以下简称扶持资金），每年安排不超过2亿元，由区财政统筹保障。",
        ]),
        ("第二章　扶持措施", [
            "鼓励外商投资企业入区发展。对新设立的外商投资企业，实际到位外资金额达到1000万美元以上的，按照"
            "实际到位外资金额的2%给予奖励，单个企业最高不超过1000万元。",
            ("支持保税维修业务发展。对开展全球维修业务的企业，按照以下标准给予奖励：", [
                "（一）年度维修货值达到1亿元以上不足5亿元的，奖励50万元；",
                "（二）年度维修货值达到5亿元以上不足10亿元的，奖励150万元；",
                "（三）年度维修货值达到10亿元以上的，奖励300万元。",
            ]),
            "支持保税研发设计。对在综保区内设立研发中心、开展保税研发业务的企业，按照年度研发投入的10%给予"
            "补助，最高不超过500万元。",
            "支持航空物流和跨境电商发展。对通过“空中丝绸之路”国际货运航线进出综保区的跨境电商货物，按照"
            "每吨500元给予补助，单家企业年度最高不超过300万元。",
            "支持中欧班列联动发展。对经中欧班列（郑州）运输进出综保区的货物，按照每标准箱1000元给予补助。",
            "支持融资租赁业务。对在综保区内开展飞机、航空发动机等大型设备融资租赁业务的企业，按照每架（台）"
            "租赁物50万元给予奖励。",
            "支持企业做大进出口规模。对年度进出口额同比增长20%以上且增量超过1亿美元的企业，按照增量部分"
            "每1亿美元奖励30万元，单家企业最高不超过200万元。",
        ]),
        ("第三章　申报与兑现", [
            "扶持资金原则上每年集中申报一次，由区商务和物流发展局发布申报通知。",
            ("申报企业应当符合下列条件：", [
                "（一）在综保区内依法注册登记，具有独立法人资格；",
                "（二）海关信用等级为一般信用以上；",
                "（三）承诺在综保区持续经营不少于5年。",
            ]),
            "区商务和物流发展局会同区财政局对申报材料进行审核，必要时委托第三方机构审计，审核结果报管委会"
            "审定后公示7个工作日。",
            "同一项目符合本细则多项扶持条款的，按照“就高不重复”原则给予支持。本细则与航空港区其他政策同类的，"
            "企业可以自主选择，不得重复享受。",
        ]),
        ("第四章　监督管理", [
            "获得扶持资金的企业在享受政策后5年内迁离综保区或者减少注册资本的，应当退还已获得的扶持资金。",
            "企业通过提供虚假材料等方式骗取扶持资金的，全额追回已兑现资金，并依法依规追究相关责任。",
        ]),
        ("第五章　附　则", [
            "本细则由区商务和物流发展局负责解释。",
            "本细则自印发之日起施行，有效期至2027年12月31日。",
        ]),
    ]
    n = 0
    for chap, arts in chapters:
        b.p(chap, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, font=HT)
        for a in arts:
            n += 1
            if isinstance(a, tuple):
                b.article(n, a[0], bold_no=True, no_font=HT, sep="　")
                for sub in a[1]:
                    b.body(sub)
            else:
                b.article(n, a, bold_no=True, no_font=HT)

    # ---- 附件2 指南 (new section) ----------------------------------------------
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_portrait(s)
    b.fujian_marker(2, page_break_before=False)
    b.empty(1)
    b.start(meta(att[1], None, issuer, date, "zone", "郑州新郑综合保税区", "指南"))
    b.title("郑州新郑综合保税区高质量发展扶持资金" + BR + "2026年度申报指南")
    b.empty(1)
    b.body([("一、申报时间。", {"font": HT}),
            "2026年3月1日至3月31日（法定节假日除外），每日9:00—12:00、14:30—17:30。"])
    b.body([("二、申报地点。", {"font": HT}), "航空港区政务服务中心三楼区商务和物流发展局窗口。"])
    b.body([("三、申报条件。", {"font": HT}), "申报企业须同时满足以下条件："])
    for x in ["1．在综保区内注册登记并实际开展经营活动；",
              "2．2025年度无重大违法违规行为，未被列入严重失信主体名单；",
              "3．按照规定向统计部门报送统计数据。"]:
        b.body(x)
    b.body([("四、申报事项及材料。", {"font": HT}), "各申报事项对应的细则条款和主要申报材料见下表："])
    headers = ["序号", "申报事项", "对应条款", "主要申报材料"]
    rows = [
        ("1", "外商投资企业入区奖励", "第四条", "外商投资信息报告回执、外资到位银行入账凭证"),
        ("2", "保税维修奖励", "第五条", "海关核准的维修业务文件、年度维修货值统计表"),
        ("3", "保税研发补助", "第六条", "研发项目立项文件、研发投入专项审计报告"),
        ("4", "航空物流和跨境电商补助", "第七条", "航空货运单、报关单及货物重量统计表"),
        ("5", "中欧班列联动补助", "第八条", "铁路运单、集装箱交接单"),
        ("6", "融资租赁奖励", "第九条", "租赁合同、租赁物交付及海关监管证明"),
        ("7", "进出口规模奖励", "第十条", "海关出具的年度进出口数据证明"),
    ]
    b.data_table(headers, rows, col_widths=[1.2, 4.6, 2.0, 7.6], size=12)
    b.heading_line("五、有关要求")
    for x in ["（一）申报材料一式两份，加盖企业公章，并提供电子版。",
              "（二）企业对申报材料的真实性、准确性负责，并签署信用承诺书。",
              "（三）逾期未申报的，视为自动放弃当年度扶持资格。"]:
        b.body(x)

    # ---- 附件3 申报表: landscape section, blank -----------------------------------
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_landscape(s)
    b.fujian_marker(3, page_break_before=False)
    b.cur = None
    b.title(att[2], size=20)
    b.p("企业名称（盖章）：　　　　　　　　　　　　　　　　　　　　　　　　　单位：万元",
        first=0, size=12, line=22, align=WD_ALIGN_PARAGRAPH.LEFT)
    form = doc.add_table(rows=4, cols=8)
    form.style = doc.styles["Table Grid"]
    set_col_widths(form, [3.6, 3.8, 2.8, 3.2, 2.2, 2.2, 3.2, 2.6])
    hdr = ["统一社会信用代码", "注册地址", "企业类型（内资/外资）", "申报事项", "对应条款",
           "申请金额", "联系人及电话", "备注"]
    for i, h in enumerate(hdr):
        cell_text(form.rows[0].cells[i], [(h, {"font": HT, "size": 12})], size=12)
    for r in range(1, 4):
        for c in range(8):
            cell_text(form.rows[r].cells[c], "", size=12)
    b.p("法定代表人（签字）：　　　　　　　　　　　　　　　　　填报人：　　　　　　　　　填报日期：",
        first=0, size=12, line=22, before=6, align=WD_ALIGN_PARAGRAPH.LEFT)

    # ---- 附件4 汇总表: landscape -------------------------------------------------
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_landscape(s)
    b.fujian_marker(4, page_break_before=False)
    b.start(meta(att[3], None, issuer, date, "zone", "郑州新郑综合保税区", "汇总表"))
    b.title(att[3], size=20)
    b.empty(1, line=16)
    headers = ["序号", "企业名称", "所在办事处", "扶持事项", "兑现金额（万元）"]
    rows = [
        ("1", "郑州臻航精密维修技术有限公司", "新港办事处", "保税维修奖励", "150"),
        ("2", "河南空港智联电子科技有限公司", "滨河办事处", "保税研发补助", "426.8"),
        ("3", "郑州中原航空租赁有限公司", "新港办事处", "融资租赁奖励", "200"),
        ("4", "郑州德宇跨境贸易有限公司", "明港办事处", "航空物流和跨境电商补助", "187.35"),
        ("5", "郑州欧亚陆港物流有限公司", "三官庙办事处", "中欧班列联动补助", "96"),
        ("6", "汉森精密机械（郑州）有限公司", "滨河办事处", "外商投资企业入区奖励", "600"),
        ("7", "郑州鸿程智能终端有限公司", "新港办事处", "进出口规模奖励", "180"),
        ("8", "郑州航港全球维修服务有限公司", "明港办事处", "保税维修奖励", "50"),
    ]
    b.data_table(headers, rows, col_widths=[1.5, 8.2, 3.6, 6.4, 3.8], size=12)
    return stem, b.save(stem), b.docs


# ==========================================================================
def to_pdf(path):
    env = dict(os.environ)
    env.setdefault("HOME", "/tmp")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                   timeout=300)


def main():
    expected = {}
    for fn in (make_xiamen, make_chongqing, make_zhengzhou):
        stem, path, docs = fn()
        expected[stem] = docs
        to_pdf(path)
        print("wrote", path)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    print("wrote expected.json")


if __name__ == "__main__":
    main()
