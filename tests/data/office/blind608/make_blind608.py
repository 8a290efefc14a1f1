# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 608: 公共海外仓 / 跨境电商产业园 认定管理办法 + 评分标准."""
import json
import os
import subprocess
import copy

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)
FW = "\u3000"  # full-width space

CN_DIGITS = "零一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def fmt_para(p, align=None, first_indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent:
        pf.first_line_indent = Pt(32)
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def add_runs(p, parts):
    """parts: list of (text, font, size, bold[, color]); text may contain '\n' = soft break"""
    for part in parts:
        text, font, size, bold = part[:4]
        color = part[4] if len(part) > 4 else None
        chunks = text.split("\n")
        for i, ch in enumerate(chunks):
            r = p.add_run(ch)
            set_font(r, font, size, bold, color)
            if i < len(chunks) - 1:
                r.add_break()  # soft line break (Shift+Enter)


def border_para(p, side="bottom", color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(pbdr)
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="1" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, color))
    pbdr.append(el)


def set_cell_borders(cell, **kw):
    tcpr = cell._tc.get_or_add_tcPr()
    b = tcpr.find(qn("w:tcBorders"))
    if b is None:
        b = parse_xml('<w:tcBorders %s/>' % nsdecls("w"))
        tcpr.append(b)
    for side, val in kw.items():
        b.append(parse_xml('<w:%s %s w:val="%s" w:sz="4" w:space="0" w:color="000000"/>'
                           % (side, nsdecls("w"), val)))


def table_borders(table, val="single"):
    tblpr = table._tbl.tblPr
    xml = ('<w:tblBorders %s>' % nsdecls("w") +
           "".join('<w:%s w:val="%s" w:sz="4" w:space="0" w:color="000000"/>' % (s, val)
                   for s in ("top", "left", "bottom", "right", "insideH", "insideV")) +
           '</w:tblBorders>')
    old = tblpr.find(qn("w:tblBorders"))
    if old is not None:
        tblpr.remove(old)
    tblpr.append(parse_xml(xml))


def set_widths(table, widths_cm):
    table.autofit = False
    tblpr = table._tbl.tblPr
    old = tblpr.find(qn("w:tblW"))
    if old is not None:
        tblpr.remove(old)
    total = sum(int(w * 567) for w in widths_cm)
    tblpr.append(parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>' % (nsdecls("w"), total)))
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for r in table.rows:
        for tc, w in zip(r._tr.tc_lst, widths_cm):
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(w * 567)))
            tcw.set(qn("w:type"), "dxa")


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._element.getparent().remove(r._element)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = None
    add_runs(p, [(text, font, size, bold)])
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def setup_section(section):
    section.page_width = Cm(21)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(3.7)
    section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)
    section.footer_distance = Cm(2.5)
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r = p.add_run("1")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    setup_section(d.sections[0])
    return d


class Numbering:
    """Word automatic numbering definitions added by hand."""

    def __init__(self, doc):
        self.doc = doc
        self.numbering = doc.part.numbering_part.element
        self.next_id = 80

    def add_abstract(self, lvl_xml):
        aid = self.next_id
        self.next_id += 1
        ab = parse_xml('<w:abstractNum %s w:abstractNumId="%d">'
                       '<w:multiLevelType w:val="singleLevel"/>%s</w:abstractNum>'
                       % (nsdecls("w"), aid, lvl_xml))
        nums = self.numbering.findall(qn("w:num"))
        if nums:
            nums[0].addprevious(ab)
        else:
            self.numbering.append(ab)
        return aid

    def add_num(self, aid, restart=True):
        nid = self.next_id
        self.next_id += 1
        over = ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
                if restart else "")
        num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>%s</w:num>'
                        % (nsdecls("w"), nid, aid, over))
        self.numbering.append(num)
        return nid

    @staticmethod
    def apply(p, nid):
        ppr = p._p.get_or_add_pPr()
        ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                                % (nsdecls("w"), nid)))


class Builder:
    def __init__(self, stem):
        self.stem = stem
        self.doc = new_doc()
        self.objects = []
        self.cur = None

    # -- answer key
    def start_object(self, meta):
        self.cur = {"meta": meta, "clauses": []}
        self.objects.append(self.cur)

    def clause(self, text):
        self.cur["clauses"].append(text)

    # -- writing
    def empty(self, n=1):
        for _ in range(n):
            p = self.doc.add_paragraph()
            fmt_para(p, first_indent=False)

    def plain(self, text, font=FS, size=16, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
              indent=True, key=True, key_text=None):
        p = self.doc.add_paragraph()
        fmt_para(p, align=align, first_indent=indent)
        add_runs(p, [(text, font, size, bold)])
        if key:
            self.clause(key_text if key_text is not None else text.replace("\n", ""))
        return p

    def runin(self, head, body, head_font=HT, bold=False, key=True):
        p = self.doc.add_paragraph()
        fmt_para(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        add_runs(p, [(head, head_font, 16, bold), (body, FS, 16, False)])
        if key:
            self.clause((head + body).replace("\n", ""))
        return p

    def heading(self, text, font=HT, align=None, indent=True):
        p = self.doc.add_paragraph()
        fmt_para(p, align=align if align is not None else WD_ALIGN_PARAGRAPH.LEFT,
                 first_indent=indent)
        add_runs(p, [(text, font, 16, False)])
        return p

    def title(self, text, size=22):
        p = self.doc.add_paragraph()
        fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=35)
        add_runs(p, [(text, XBS, size, False)])
        return p

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def red_header(self, organs, word="文件", docno=None):
        d = self.doc
        self.empty(1)
        if len(organs) == 1:
            p = d.add_paragraph()
            fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=60)
            add_runs(p, [(organs[0] + word, XBS, 42, False, RED)])
        else:
            # joint header typed as a borderless layout table
            t = d.add_table(rows=1, cols=2)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            table_borders(t, "nil")
            c0, c1 = t.rows[0].cells
            set_widths(t, [11.5, 4.0])
            for i, org in enumerate(organs):
                p = c0.paragraphs[0] if i == 0 else c0.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
                p.paragraph_format.line_spacing = Pt(50)
                add_runs(p, [(org, XBS, 36, False, RED)])
            p = c1.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_runs(p, [(word, XBS, 48, False, RED)])
            c1.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        self.empty(1)
        p = d.add_paragraph()
        fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
        add_runs(p, [(docno, FS, 16, False)])
        border_para(p, "bottom", "FF0000", 24)
        self.empty(1)

    def banji(self, chaosong, office, date):
        d = self.doc
        self.empty(2)
        if chaosong:
            p = d.add_paragraph()
            fmt_para(p, align=WD_ALIGN_PARAGRAPH.LEFT, first_indent=False)
            p.paragraph_format.left_indent = Pt(14)
            p.paragraph_format.right_indent = Pt(14)
            add_runs(p, [(chaosong, FS, 14, False)])
            border_para(p, "top", "000000", 8)
        p = d.add_paragraph()
        fmt_para(p, align=WD_ALIGN_PARAGRAPH.LEFT, first_indent=False)
        p.paragraph_format.left_indent = Pt(14)
        add_runs(p, [(office + FW * 6 + "  " + date, FS, 14, False)])
        border_para(p, "top", "000000", 4)
        border_para(p, "bottom", "000000", 8)

    def table(self, headers, rows, widths, merge_col0=True, header_font=HT, key=True,
              repeat=True, crit_cols=()):
        """rows: list of lists; in column 0 a value of None means 'merged with the cell above'."""
        d = self.doc
        t = d.add_table(rows=1 + len(rows), cols=len(headers))
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        table_borders(t)
        for j, h in enumerate(headers):
            cell_text(t.rows[0].cells[j], h, header_font, 12)
        if repeat:
            repeat_header(t.rows[0])
        full_rows = []
        last0 = None
        for i, row in enumerate(rows):
            vals = list(row)
            if vals[0] is None:
                vals[0] = last0
            else:
                last0 = vals[0]
            full_rows.append(vals)
            for j, v in enumerate(row):
                if v is None:
                    continue
                align = WD_ALIGN_PARAGRAPH.JUSTIFY if j in crit_cols else WD_ALIGN_PARAGRAPH.CENTER
                cell_text(t.rows[i + 1].cells[j], v, FS, 12, align=align)
        # vertical merges of column 0
        if merge_col0:
            i = 0
            while i < len(rows):
                k = i + 1
                while k < len(rows) and rows[k][0] is None:
                    k += 1
                if k - i > 1:
                    top = t.rows[i + 1].cells[0]
                    bottom = t.rows[k].cells[0]
                    m = top.merge(bottom)
                    # keep only the first paragraph (merge appends empty ones)
                    for extra in m.paragraphs[1:]:
                        extra._element.getparent().remove(extra._element)
                    cell_text(m, rows[i][0], FS, 12)
                i = k
        set_widths(t, widths)
        if key:
            for vals in full_rows:
                self.clause("；".join("%s：%s" % (h, v.replace("\n", ""))
                                     for h, v in zip(headers, vals)))
        return t

    def save(self):
        path = os.path.join(HERE, self.stem + ".docx")
        self.doc.save(path)
        return path


def meta(title, doc_number, issuer, date, level, region, attachments, doc_type,
         recipients=None, publicity=None, effective=None, expires=None, repeals=None,
         published=None):
    return {
        "title": title,
        "doc_number": doc_number,
        "issuer": issuer,
        "date": date,
        "published": published,
        "level": level,
        "region": region,
        "effective": effective,
        "expires": expires,
        "attachments": attachments,
        "doc_type": doc_type,
        "recipients": recipients or [],
        "publicity": publicity,
        "repeals": repeals,
    }


# ====================================================================== DOC 1
def doc_fujian():
    b = Builder("blind608_fujian_tongzhi")
    organs = ["福建省商务厅", "福建省财政厅"]
    banfa_title = "福建省省级公共海外仓认定管理办法"
    pf_title = "福建省省级公共海外仓认定评分标准"
    notice_title = "福建省商务厅" + FW + "福建省财政厅关于印发《" + banfa_title + "》的通知"
    repealed = "《福建省商务厅关于开展公共海外仓认定工作的通知》（闽商务外贸〔2021〕9号）"

    b.start_object(meta(notice_title, "闽商务〔2025〕47号", organs, "2025-12-08", "provincial",
                        "福建省", [banfa_title], "通知",
                        recipients=["各设区市商务局", "各设区市财政局", "平潭综合实验区经济发展局",
                                    "平潭综合实验区财政金融局"],
                        publicity="此件公开发布"))
    b.red_header(organs, "文件", "闽商务〔2025〕47号")
    b.title("福建省商务厅" + FW + "福建省财政厅\n关于印发《福建省省级公共海外仓\n认定管理办法》的通知")
    b.empty()
    b.plain("各设区市商务局、财政局，平潭综合实验区经济发展局、财政金融局：", indent=False, key=False)
    b.plain("为贯彻落实《国务院办公厅关于加快发展外贸新业态新模式的意见》（国办发〔2021〕24号）和省委、"
            "省政府关于推动外贸稳规模优结构的工作部署，支持我省企业加快布局海外仓，提升公共海外仓服务能力，\n"
            "促进跨境电商等外贸新业态高质量发展，省商务厅、省财政厅研究制定了《" + banfa_title +
            "》，现印发给你们，请结合实际认真贯彻执行。")
    b.plain("各地在执行过程中遇到的问题，请及时向省商务厅（对外贸易处）反馈。")
    b.plain("联系人：省商务厅对外贸易处" + FW + "林晓峰，电话：0591-87612345；省财政厅经济建设处" + FW +
            "陈敏，电话：0591-87098765。")
    b.empty()
    b.plain("附件：" + banfa_title, key=False)
    b.empty(3)
    # 落款: typed with manual spaces
    b.plain(FW * 3 + "福建省商务厅" + FW * 5 + "福建省财政厅", indent=False, key=False,
            align=WD_ALIGN_PARAGRAPH.LEFT)
    b.plain(FW * 16 + "2025年12月8日", indent=False, key=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    b.plain("（此件公开发布）", key=False)

    # ---------------- 办法
    b.page_break()
    b.plain("附件", font=HT, indent=False, key=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    b.empty()
    b.title(banfa_title)
    b.empty()
    b.start_object(meta(banfa_title, None, organs, "2025-12-08", "provincial", "福建省",
                        [pf_title], "办法", effective="2026-01-01", expires="2030-12-31",
                        repeals=repealed))

    n = [0]

    def art(text):
        n[0] += 1
        head = "第%s条" % cn_num(n[0])
        b.runin(head + FW, text, head_font=HT)

    def item(text):
        b.plain(text)

    def chapter(text):
        b.heading(text, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    chapter("第一章" + FW + "总" + FW + "则")
    art("为加快培育外贸新动能，引导和支持我省企业建设运营公共海外仓，完善跨境电商海外物流服务体系，根据"
        "《商务部等9部门关于拓展跨境电商出口推进海外仓建设的意见》（商贸发〔2024〕125号）等文件精神，"
        "结合我省实际，制定本办法。")
    art("本办法所称公共海外仓，是指由我省企业在境外自建或租赁，面向跨境电商企业及其他外贸企业提供仓储、"
        "分拣、包装、配送、退换货、售后维修等公共服务的境外仓储设施。")
    art("省级公共海外仓认定遵循“企业自愿、公开公正、择优认定、动态管理”的原则。")
    art("省商务厅会同省财政厅负责省级公共海外仓认定和管理工作。各设区市商务主管部门（含平潭综合实验区，"
        "下同）负责本地区申报材料的初审、推荐和日常跟踪服务。")
    chapter("第二章" + FW + "认定条件")
    art("申请认定省级公共海外仓的企业（以下简称申报企业）应当同时具备下列条件：")
    item("（一）在我省依法注册登记、具有独立法人资格，近三年未发生严重失信行为，未被列入严重违法失信名单；")
    item("（二）海外仓运营满1年，且申报年度内持续正常运营；")
    item("（三）单个海外仓仓储面积不低于3000平方米，或同一国家（地区）多个海外仓仓储面积合计不低于5000平方米；")
    item("（四）具备仓储管理系统（WMS）等信息化管理系统，能够实现订单、库存、物流等信息实时管理，"
         "并可与跨境电商平台、物流企业等实现数据对接；")
    item("（五）上一年度服务我省外贸企业不少于20家，或服务我省企业货值占比不低于30%。")
    art("海外仓所在国家（地区）为共建“一带一路”国家（地区）或《区域全面经济伙伴关系协定》（RCEP）成员国的，"
        "第五条第（三）项规定的仓储面积要求可下浮20%。")
    chapter("第三章" + FW + "认定程序")
    art("省级公共海外仓认定原则上每年组织一次。省商务厅发布申报通知，明确申报时间和材料要求。")
    art("申报企业按照属地原则向所在设区市商务主管部门提交申报材料，并对材料的真实性、合法性负责。申报材料包括：")
    item("（一）省级公共海外仓认定申请表；")
    item("（二）企业营业执照、境外投资备案（核准）证明文件；")
    item("（三）海外仓产权证明或租赁合同；")
    item("（四）海外仓运营情况报告及服务客户清单；")
    item("（五）其他需要提供的证明材料。")
    art("各设区市商务主管部门会同同级财政部门对申报材料进行初审，出具初审意见，择优推荐报省商务厅。")
    art("省商务厅委托第三方机构，按照《" + pf_title + "》（见附件）组织专家评审，必要时可开展视频核查或实地核查。"
        "评审得分70分以上（含70分）的，列入拟认定名单。")
    art("拟认定名单经省商务厅会同省财政厅研究确定后，在省商务厅门户网站公示，公示期为5个工作日。"
        "公示无异议的，由省商务厅、省财政厅发文认定为“福建省省级公共海外仓”。")
    chapter("第四章" + FW + "支持政策")
    art("对新认定的省级公共海外仓，按照年度省级外经贸发展专项资金安排，给予一次性不超过100万元的奖励，"
        "具体标准在当年申报通知中明确。")
    art("支持省级公共海外仓参与中欧班列（厦门、福州）、“丝路海运”等国际物流通道建设，优先推荐参加商务部"
        "和省级组织的境外展会、对接活动。")
    chapter("第五章" + FW + "管理与监督")
    art("省级公共海外仓实行动态管理，认定有效期为3年。有效期满需继续认定的，应当重新申报。")
    art("省级公共海外仓运营企业应当于每年3月31日前，通过所在设区市商务主管部门向省商务厅报送上一年度运营情况。")
    art("省级公共海外仓有下列情形之一的，撤销其认定，三年内不得再次申报；已获得奖励资金的，依法追回：")
    item("（一）以弄虚作假等不正当手段取得认定的；")
    item("（二）发生重大安全生产、质量事故或者严重违法违规行为的；")
    item("（三）无正当理由未按要求报送运营情况，经催告仍不报送的；")
    item("（四）海外仓停止运营或不再符合本办法第五条规定条件的。")
    art("有关部门及其工作人员在认定工作中存在滥用职权、玩忽职守、徇私舞弊等行为的，依法依规追究责任。")
    chapter("第六章" + FW + "附" + FW + "则")
    art("本办法由省商务厅、省财政厅负责解释。")
    art("本办法自2026年1月1日起施行，有效期5年。" + repealed + "同时废止。")
    b.empty()
    b.plain("附件：" + pf_title, key=False)

    # ---------------- 评分标准
    b.page_break()
    b.plain("附件", font=HT, indent=False, key=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    b.empty()
    b.title(pf_title)
    b.empty()
    b.start_object(meta(pf_title, None, organs, "2025-12-08", "provincial", "福建省", [], "评分标准"))
    headers = ["一级指标", "二级指标", "分值", "评分标准"]
    rows = [
        ["企业基本情况（20分）", "企业规模", "5分",
         "上一年度企业营业收入1亿元以上的得5分；5000万元（含）至1亿元的得3分；5000万元以下的得1分。"],
        [None, "企业信用", "5分", "①获评海关高级认证企业（AEO）的得3分；②近三年无行政处罚记录的得2分。"],
        [None, "境外布局", "10分",
         "①在共建“一带一路”国家（地区）设有海外仓的，每个得2分，最高6分；②在RCEP成员国设有海外仓的，"
         "每个得1分，最高4分。"],
        ["仓储设施（25分）", "仓储面积", "10分",
         "①单仓面积3000平方米（含）至5000平方米的得4分；②5000平方米（含）至10000平方米的得7分；"
         "③10000平方米（含）以上的得10分。"],
        [None, "设施设备", "8分",
         "①配备自动分拣、智能搬运等自动化设备的得4分；②具备冷链、危险品等特殊仓储条件的得2分；"
         "③具备退换货、维修翻新等售后服务场地的得2分。"],
        [None, "安全管理", "7分",
         "建立完善的安全生产、消防、货物保险等管理制度，并通过当地相关部门检查的得7分；制度不完善的酌情扣分。"],
        ["信息化水平（20分）", "管理系统", "10分",
         "①具备WMS仓储管理系统的得4分；②具备TMS运输管理系统的得3分；③具备OMS订单管理系统的得3分。"],
        [None, "数据对接", "10分",
         "①与主流跨境电商平台实现系统对接的，每对接1个平台得2分，最高6分；②与省级跨境电商公共服务平台或"
         "“单一窗口”实现数据对接的得4分。"],
        ["服务能力（25分）", "服务企业数量", "10分",
         "上一年度服务我省外贸企业20家（含）至50家的得4分；50家（含）至100家的得7分；100家（含）以上的得10分。"],
        [None, "服务货值", "10分",
         "①上一年度服务货值5000万元（含）至1亿元的得4分；②1亿元（含）至3亿元的得7分；③3亿元（含）以上的得10分。"],
        [None, "服务收费", "5分", "收费标准公开透明，对我省中小微企业给予优惠的得5分。"],
        ["示范带动（10分）", "创新发展", "5分",
         "①开展海外仓“前店后仓”、直播展示等新模式的得3分；②参与制定海外仓相关国家、行业或团体标准的得2分。"],
        [None, "协同发展", "5分",
         "与中欧班列、“丝路海运”等国际物流通道或省内综合保税区开展业务协同的得5分。"],
        ["合计", "——", "100分", "——"],
    ]
    b.table(headers, rows, [3.0, 2.6, 1.9, 8.1], crit_cols=(3,))
    b.empty()
    b.plain("注：申报企业需提供相关证明材料，未提供证明材料的指标不得分。", size=14)
    b.banji("抄送：商务部外贸司，省发展改革委、省市场监管局，福州海关、厦门海关。",
            "福建省商务厅办公室", "2025年12月9日印发")
    return b


# ====================================================================== DOC 2
def doc_henan():
    b = Builder("blind608_henan_tongzhi")
    organ = "河南省商务厅"
    banfa_title = "河南省省级跨境电子商务产业园区认定管理办法（试行）"
    pf_title = "河南省省级跨境电子商务产业园区评分标准"
    notice_title = "河南省商务厅关于印发《" + banfa_title + "》的通知"
    b.start_object(meta(notice_title, "豫商务〔2026〕9号", [organ], "2026-02-27", "provincial",
                        "河南省", [banfa_title], "通知",
                        recipients=["各省辖市商务局", "济源示范区商务主管部门", "航空港区商务主管部门"],
                        publicity="此件公开发布"))
    b.red_header([organ], "文件", "豫商务〔2026〕9号")
    b.title("河南省商务厅关于印发\n《河南省省级跨境电子商务产业园区\n认定管理办法（试行）》的通知")
    b.empty()
    b.plain("各省辖市商务局，济源示范区、航空港区商务主管部门：", indent=False, key=False)
    b.plain("为深入推进中国（郑州）、中国（洛阳）、中国（南阳）等跨境电子商务综合试验区建设，推动跨境电商产业"
            "集聚发展，培育一批功能完善、特色鲜明、带动力强的省级跨境电子商务产业园区，我厅制定了《" +
            banfa_title + "》，现印发给你们，并就有关事项通知如下：")
    b.runin("一、提高思想认识。", "跨境电商产业园区是跨境电商企业集聚发展的重要载体。各地要充分认识园区建设的重要意义，"
            "将园区培育纳入本地区外贸发展重点工作，加强统筹谋划，形成工作合力。", head_font=HT)
    b.runin("二、做好培育储备。", "各地要结合本地产业基础，围绕发制品、服装鞋帽、机械装备、农副产品等特色产业带，"
            "建立园区培育库，对照认定条件和评分标准，指导园区补齐短板、提升服务能力。", head_font=HT)
    b.runin("三、规范组织申报。", "2026年度省级跨境电子商务产业园区申报工作另行通知。各地要严格把关，确保申报材料"
            "真实准确，不得弄虚作假。", head_font=HT)
    b.plain("执行中如有问题，请及时与省商务厅电子商务处联系（联系电话：0371-63943210）。")
    b.empty()
    b.plain("附件：" + banfa_title, key=False)
    b.empty(3)
    b.plain("河南省商务厅" + FW * 2, indent=False, key=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.plain("2026年2月27日" + FW * 2, indent=False, key=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.plain("（此件公开发布）", key=False)
    # 版记 typed right after the notice (before the attachment)
    b.banji(None, "河南省商务厅办公室", "2026年3月2日印发")

    # ---------------- 办法 (articles with Word automatic numbering)
    b.page_break()
    b.plain("附件", font=HT, indent=False, key=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    b.empty()
    b.title("河南省省级跨境电子商务产业园区\n认定管理办法（试行）")
    b.empty()
    b.start_object(meta(banfa_title, None, [organ], "2026-02-27", "provincial", "河南省", [pf_title],
                        "办法", effective="2026-04-01", expires="2028-03-31"))
    numb = Numbering(b.doc)
    aid = numb.add_abstract(
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="第%1条' + FW + '"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/><w:sz w:val="32"/></w:rPr></w:lvl>')
    nid = numb.add_num(aid)
    n = [0]

    def art(text):
        n[0] += 1
        p = b.doc.add_paragraph()
        fmt_para(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        Numbering.apply(p, nid)
        add_runs(p, [(text, FS, 16, False)])
        b.clause("第%s条%s%s" % (cn_num(n[0]), FW, text))

    def item(text):
        b.plain(text)

    art("为推动全省跨境电子商务产业集聚发展，规范省级跨境电子商务产业园区（以下简称园区）认定和管理工作，"
        "根据国家关于跨境电子商务综合试验区建设的有关要求，结合我省实际，制定本办法。")
    art("本办法所称园区，是指经县级以上人民政府批准设立或认可，有明确的地理边界和管理运营机构，以跨境电商企业为主体，"
        "集聚跨境电商平台、物流、支付、营销、人才培训等配套服务企业，具备较为完善的公共服务功能的产业集聚区。")
    art("省商务厅负责园区认定和管理工作；各省辖市商务主管部门负责本地区园区的培育、初审推荐和日常管理。")
    art("申请认定园区应当具备以下条件：")
    item("（一）园区运营主体在河南省内依法注册，运营满2年，具有独立法人资格，财务管理制度健全；")
    item("（二）园区建筑面积不少于2万平方米，入驻跨境电商及相关配套服务企业不少于50家，其中跨境电商企业占比不低于60%；")
    item("（三）上一年度园区内企业跨境电商进出口额不低于5亿元，或同比增长30%以上且不低于2亿元；")
    item("（四）具有专门的管理服务团队，设有跨境电商公共服务中心，能够为入驻企业提供政策咨询、通关协助、人才培训、"
         "品牌孵化等服务；")
    item("（五）近三年未发生重大安全、环保、质量事故，运营主体未被列入严重失信主体名单。")
    art("位于中国（河南）自由贸易试验区、郑州新郑综合保税区等开放平台内的园区，或者依托中欧班列（郑州）、"
        "郑州—卢森堡“空中丝绸之路”开展业务的园区，第四条第（三）项规定的进出口额标准可放宽至3亿元。")
    art("园区认定按照以下程序进行：")
    b.runin("（一）申报。", "园区运营主体向所在省辖市商务主管部门提交申报材料。", head_font=KT)
    b.runin("（二）初审。", "省辖市商务主管部门对申报材料进行审核，提出推荐意见，报省商务厅。", head_font=KT)
    b.runin("（三）评审。", "省商务厅组织专家按照《" + pf_title + "》进行评审，必要时进行实地考察。", head_font=KT)
    b.runin("（四）公示。", "评审得分75分及以上的园区，经省商务厅厅务会研究后，在省商务厅网站公示5个工作日。",
            head_font=KT)
    b.runin("（五）认定。", "公示无异议的，由省商务厅认定并授予“河南省省级跨境电子商务产业园区”称号。", head_font=KT)
    art("省商务厅对认定的园区在跨境电商综试区建设、外贸发展专项资金项目申报、国际展会推荐等方面给予优先支持。")
    art("鼓励各省辖市结合本地实际，对认定的园区给予配套政策支持。")
    art("园区实行年度报告制度。园区运营主体应当于每年1月31日前报送上一年度园区运营情况，经所在省辖市商务主管部门"
        "审核后报省商务厅。")
    art("省商务厅每三年对园区开展一次复核评估。复核评估得分低于60分的，给予警告并限期整改；整改期满仍不合格的，"
        "撤销其认定。")
    art("园区有下列情形之一的，撤销认定，且三年内不得重新申报：")
    item("（一）提供虚假材料骗取认定的；")
    item("（二）发生重大安全、环保事故或严重违法违规行为的；")
    item("（三）连续两年未按规定报送年度运营情况的。")
    art("本办法由省商务厅负责解释。")
    art("本办法自2026年4月1日起施行，有效期2年。")
    b.empty()
    b.plain("附件：" + pf_title, key=False)

    # ---------------- 评分标准 (landscape-free, numbers only in 分值 column)
    b.page_break()
    b.plain("附件", font=HT, indent=False, key=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    b.title(pf_title)
    b.empty()
    b.start_object(meta(pf_title, None, [organ], "2026-02-27", "provincial", "河南省", [], "评分标准"))
    headers = ["一级指标", "二级指标", "分值（分）", "评分标准"]
    rows = [
        ["园区基础（20分）", "园区面积", "5", "园区建筑面积2万平方米（含）至5万平方米的得3分；5万平方米（含）以上的得5分。"],
        [None, "运营主体", "5",
         "①运营主体运营满3年的得2分；②运营主体为国有企业或上市公司控股企业的得1分；③具有专业化运营团队且团队人数"
         "不少于10人的得2分。"],
        [None, "配套设施", "10",
         "①设有跨境电商公共服务中心的得3分；②设有直播基地、选品中心、共享办公等配套设施的，每项得1分，最高3分；"
         "③设有监管场所或与海关监管作业场所实现联动的得4分。"],
        ["企业集聚（30分）", "入驻企业数量", "10",
         "入驻跨境电商及配套服务企业50家（含）至100家的得5分；100家（含）至200家的得8分；200家（含）以上的得10分。"],
        [None, "龙头企业", "10",
         "①入驻年跨境电商进出口额超过1亿元的企业，每家得2分，最高6分；②入驻国内外知名跨境电商平台区域总部或服务中心的，"
         "每家得2分，最高4分。"],
        [None, "产业特色", "10",
         "依托本地特色产业（如发制品、服装鞋帽、机械装备、农副产品等）开展跨境电商，形成“产业带+跨境电商”发展模式的"
         "得10分；特色不突出的酌情得分。"],
        ["发展质效（30分）", "进出口规模", "15",
         "①上一年度园区跨境电商进出口额5亿元（含）至10亿元的得8分；②10亿元（含）至20亿元的得12分；"
         "③20亿元（含）以上的得15分。"],
        [None, "增长速度", "10", "上一年度跨境电商进出口额同比增长10%（含）至30%的得5分；30%（含）以上的得10分。"],
        [None, "品牌培育", "5", "园区企业拥有境外注册商标或自主品牌的，每个得1分，最高5分。"],
        ["公共服务（15分）", "服务体系", "8",
         "①提供通关、物流、支付结算、外汇、税务等一站式服务的得4分；②提供海外仓、知识产权、法律等专业服务的得4分。"],
        [None, "人才培训", "7",
         "上一年度组织跨境电商培训、孵化活动不少于10场（次）的得4分；与高校、职业院校共建实训基地的得3分。"],
        ["开放协同（5分）", "通道联动", "5",
         "利用中欧班列（郑州）、郑州—卢森堡“空中丝绸之路”或郑州航空港综合保税区等开放平台开展业务的得5分。"],
        ["合计", "/", "100", "/"],
    ]
    b.table(headers, rows, [2.8, 2.6, 1.8, 8.4], crit_cols=(3,))
    b.empty()
    b.plain("备注：同一事项符合多项评分标准的，按最高分计，不重复计分。", size=14, indent=False)
    return b


# ====================================================================== DOC 3
def doc_xiamen():
    b = Builder("blind608_xiamen_shenbao")
    organs = ["厦门市商务局", "厦门市财政局"]
    pf_title = "2026年度厦门市公共海外仓认定评分标准"
    form_title = "厦门市公共海外仓认定申报表"
    notice_title = "厦门市商务局" + FW + "厦门市财政局关于组织开展2026年度厦门市公共海外仓认定申报工作的通知"
    b.start_object(meta(notice_title, "厦商务〔2026〕35号", organs, "2026-04-10", "municipal", "厦门市",
                        [pf_title, form_title], "通知",
                        recipients=["各区商务主管部门", "各区财政局", "各有关企业"],
                        publicity="此件公开发布"))
    b.red_header(organs, "文件", "厦商务〔2026〕35号")
    p = b.title("厦门市商务局" + FW + "厦门市财政局")
    p = b.title("关于组织开展2026年度厦门市公共海外仓")
    p = b.title("认定申报工作的通知")
    b.empty()
    b.plain("各区商务主管部门、财政局，各有关企业：", indent=False, key=False)
    b.plain("根据《福建省省级公共海外仓认定管理办法》（闽商务〔2025〕47号）和《厦门市促进跨境电商高质量发展若干措施》"
            "有关规定，为进一步完善我市海外仓布局，现就组织开展2026年度厦门市公共海外仓认定申报工作通知如下：")
    b.heading("一、申报主体", HT)
    b.plain("在厦门市（含中国（福建）自由贸易试验区厦门片区）依法注册登记，具有独立法人资格，建设运营海外仓并面向"
            "跨境电商企业和其他外贸企业提供公共服务的企业。")
    b.heading("二、申报条件", HT)
    b.heading("（一）基本条件", KT)

    numb = Numbering(b.doc)
    aid = numb.add_abstract(
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl>')

    def auto_list(items):
        nid = numb.add_num(aid, restart=True)
        for i, t in enumerate(items, 1):
            p = b.doc.add_paragraph()
            fmt_para(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            Numbering.apply(p, nid)
            add_runs(p, [(t, FS, 16, False)])
            b.clause("%d.%s" % (i, t))

    auto_list(["企业近三年在“信用中国”、国家企业信用信息公示系统中无严重失信记录；",
               "海外仓运营满1年，且截至申报之日正常运营；",
               "单个海外仓仓储面积不低于2000平方米，或同一国家（地区）多个海外仓合计不低于3000平方米。"])
    b.runin("（二）优先条件。", "符合下列情形之一的，同等条件下优先认定：", head_font=KT)
    auto_list(["海外仓位于共建“一带一路”国家（地区）或RCEP成员国的；",
               "海外仓与中欧（厦门）班列、“丝路海运”航线实现业务联动的；",
               "已获评省级公共海外仓的。"])
    b.heading("三、申报材料", HT)
    b.plain("申报企业应当提交以下材料（一式三份，A4纸双面打印并装订成册，同时提交电子版）：")
    b.plain("（一）" + form_title + "（附件2）；")
    b.plain("（二）企业营业执照复印件、境外投资备案证明文件；")
    b.plain("（三）海外仓产权证明或租赁合同（外文材料须附中文翻译件）；")
    b.plain("（四）海外仓运营情况报告，内容包括：")
    # hand-typed sub numbering here (mixed with auto numbering above)
    b.plain("1.海外仓基本情况；")
    b.plain("2.上一年度服务企业清单及服务货值；")
    b.plain("3.信息化系统建设情况，须附系统截图。")
    b.plain("（五）信用承诺书。")
    b.heading("四、工作安排", HT)
    b.plain("本次认定工作按以下安排进行：")
    b.table(["阶段", "时间", "工作内容"], [
        ["企业申报", "2026年4月15日至5月15日", "申报企业向注册地所在区商务主管部门提交申报材料"],
        ["区级初审", "2026年5月16日至5月31日", "各区商务主管部门会同区财政局完成初审，出具推荐意见"],
        ["专家评审", "2026年6月", "市商务局委托第三方机构按照评分标准（附件1）组织评审"],
        ["公示认定", "2026年7月", "评审结果在市商务局网站公示5个工作日，无异议的予以认定"],
    ], [2.6, 5.0, 8.0], merge_col0=False, repeat=False, crit_cols=(2,))
    b.heading("五、有关要求", HT)
    b.runin("（一）压实初审责任。", "各区商务主管部门要会同区财政局认真审核申报材料，必要时开展实地核查，"
            "对推荐企业的真实性、合规性负责。", head_font=KT)
    b.runin("（二）严格诚信申报。", "申报企业对申报材料的真实性负责，对弄虚作假的，取消申报资格，3年内不得申报市级"
            "各类商务发展专项资金项目。", head_font=KT)
    b.runin("（三）加强跟踪服务。", "各区要建立海外仓企业服务台账，及时协调解决企业在境外布局、通关物流、"
            "资金结算等方面的困难和问题。", head_font=KT)
    b.plain("联系人：市商务局对外贸易处" + FW + "黄志明" + FW + "0592-2851234")
    # continuation line aligned under the first with typed full-width spaces
    b.plain(FW * 4 + "市财政局经济建设处" + FW + "吴雅琴" + FW + "0592-2859876",
            key_text="市财政局经济建设处" + FW + "吴雅琴" + FW + "0592-2859876")
    b.empty()
    b.plain("附件：1." + pf_title, key=False)
    b.plain(FW * 5 + "2." + form_title, key=False, indent=True)
    b.empty(3)
    b.plain(FW * 3 + "厦门市商务局" + FW * 5 + "厦门市财政局", indent=False, key=False,
            align=WD_ALIGN_PARAGRAPH.LEFT)
    b.plain(FW * 16 + "2026年4月10日", indent=False, key=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    b.plain("（此件公开发布）", key=False)

    # ---------------- 附件1 评分标准 (5 columns)
    b.page_break()
    b.plain("附件1", font=HT, indent=False, key=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    b.empty()
    b.title(pf_title)
    b.empty()
    b.start_object(meta(pf_title, None, organs, "2026-04-10", "municipal", "厦门市", [], "评分标准"))
    headers = ["一级指标", "二级指标", "分值", "评分标准", "佐证材料"]
    rows = [
        ["经营实力（20分）", "营业收入", "10分",
         "上一年度营业收入3000万元（含）至1亿元的得5分；1亿元（含）以上的得10分", "上一年度财务审计报告"],
        [None, "信用状况", "10分", "①获评海关AEO高级认证企业的得5分；②纳税信用等级为A级的得5分", "相关证书、证明"],
        ["设施规模（30分）", "仓储面积", "20分",
         "①2000平方米（含）至5000平方米的得10分；②5000平方米（含）至1万平方米的得15分；③1万平方米（含）以上的得20分",
         "产权证明或租赁合同"],
        [None, "设施设备", "10分", "配备自动化分拣、智能仓储设备的得5分；具备退换货、售后维修功能的得5分",
         "设备清单、现场照片"],
        ["服务能力（40分）", "服务企业", "15分",
         "上一年度服务厦门市外贸企业10家（含）至30家的得8分；30家（含）以上的得15分", "服务合同、客户清单"],
        [None, "服务货值", "15分", "①5000万元（含）至1亿元的得8分；②1亿元（含）以上的得15分",
         "出口报关单、平台订单数据"],
        [None, "信息化水平", "10分", "具备WMS系统并与跨境电商平台实现数据对接的得10分；仅具备WMS系统的得5分",
         "系统截图"],
        ["示范带动（10分）", "通道协同", "10分", "与中欧（厦门）班列、“丝路海运”航线开展业务协同的得10分",
         "合作协议、运单"],
        ["合计", "——", "100分", "总分70分（含）以上的，列入拟认定名单", "——"],
    ]
    b.table(headers, rows, [2.4, 2.3, 1.7, 6.2, 3.0], crit_cols=(3,))
    b.banji("抄送：福建省商务厅，市发展改革委、厦门海关。", "厦门市商务局办公室", "2026年4月10日印发")
    return b


def main():
    builders = [doc_fujian(), doc_henan(), doc_xiamen()]
    expected = {}
    for bld in builders:
        path = bld.save()
        expected[bld.stem] = bld.objects
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_608", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
