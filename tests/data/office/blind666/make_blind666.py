# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 666: Word notices with hidden text, typist notes, deletion-marked
paragraphs, locked DATE fields and PAGE footers.  Writes .docx, .pdf and
expected.json next to this script."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_run(run, font=FS, size=16, bold=False, color=None, hidden=False,
            highlight=None):
    run.font.name = font
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color is not None:
        run.font.color.rgb = color
    if hidden:
        run.font.hidden = True
    if highlight is not None:
        run.font.highlight_color = highlight
    return run


def mark_para_hidden(p):
    """hide the paragraph mark too, as Word does when a whole para is hidden"""
    ppr = p._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        ppr.append(rpr)
    v = OxmlElement("w:vanish")
    rpr.append(v)


def fmt_para(p, align=None, first_indent=True, line=28, before=0, after=0,
             left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent:
        pf.first_line_indent = Pt(32)
    if left is not None:
        pf.left_indent = Pt(left)
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def border(p, side="bottom", color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        # pBdr must precede shd/tabs/spacing/ind/jc etc.
        anchor = None
        for tag in ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing",
                    "w:ind", "w:jc", "w:rPr"):
            anchor = ppr.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(bdr)
        else:
            ppr.append(bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    bdr.append(e)


def add_field(p, instr, result, font=FS, size=16, lock=False):
    def fc(kind):
        r = p.add_run()
        set_run(r, font, size)
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        if kind == "begin" and lock:
            el.set(qn("w:fldLock"), "true")
        r._r.append(el)
    fc("begin")
    r = p.add_run()
    set_run(r, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r._r.append(it)
    fc("separate")
    set_run(p.add_run(result), font, size)
    fc("end")


def page_footer(section, even_odd=False):
    def build(footer, align):
        p = footer.paragraphs[0]
        p.alignment = align
        set_run(p.add_run("— "), SONG, 14)
        add_field(p, " PAGE ", "1", SONG, 14)
        set_run(p.add_run(" —"), SONG, 14)
    section.footer.is_linked_to_previous = False
    if even_odd:
        build(section.footer, WD_ALIGN_PARAGRAPH.RIGHT)
        build(section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)
    else:
        build(section.footer, WD_ALIGN_PARAGRAPH.CENTER)


def setup(doc):
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    sec.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    return sec


class Builder:
    """adds paragraphs and records the printed clauses"""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []
        self.comments = []

    def _runs(self, p, parts, base_font=FS, size=16):
        made = []
        for part in parts:
            if isinstance(part, str):
                part = (part, {})
            text, f = part
            if f.get("br"):
                r = p.add_run()
                r.add_break()
                continue
            r = p.add_run(text)
            set_run(r, f.get("font", base_font), f.get("size", size),
                    bold=f.get("b", False), hidden=f.get("hidden", False),
                    highlight=f.get("hl"), color=f.get("color"))
            made.append((r, f))
        return made

    @staticmethod
    def visible(parts):
        out = []
        for part in parts:
            if isinstance(part, str):
                out.append(part)
            elif not part[1].get("hidden") and not part[1].get("br"):
                out.append(part[0])
        return "".join(out)

    def h1(self, text):
        p = self.doc.add_paragraph()
        fmt_para(p)
        set_run(p.add_run(text), HT, 16)

    def para(self, parts, clause=True, align=None, indent=True, comment=None):
        if isinstance(parts, str):
            parts = [parts]
        p = self.doc.add_paragraph()
        fmt_para(p, align=align, first_indent=indent)
        made = self._runs(p, parts)
        if comment:
            self._comment(made, comment)
        if clause:
            self.clauses.append(self.visible(parts))
        return p

    def runin(self, head, rest, font=KT, comment=None, **kw):
        """bold run-in heading followed by body text (rest may be parts)"""
        if isinstance(rest, str):
            rest = [rest]
        return self.para([(head, {"font": font, "b": True})] + list(rest),
                         comment=comment, **kw)

    def hidden_para(self, parts, highlight=None, comment=None):
        if isinstance(parts, str):
            parts = [parts]
        p = self.doc.add_paragraph()
        fmt_para(p)
        hp = []
        for part in parts:
            if isinstance(part, str):
                part = (part, {})
            f = dict(part[1])
            f["hidden"] = True
            if highlight is not None:
                f["hl"] = highlight
            hp.append((part[0], f))
        made = self._runs(p, hp)
        mark_para_hidden(p)
        if comment:
            self._comment(made, comment)
        return p

    def _comment(self, made, comment):
        runs = [r for r, _ in made]
        text, author, initials = comment
        self.doc.add_comment(runs, text=text, author=author, initials=initials)

    def blank(self, n=1):
        for _ in range(n):
            p = self.doc.add_paragraph()
            fmt_para(p, first_indent=False)

    def table(self, header, rows, widths):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for i, w in enumerate(widths):
            t.columns[i].width = Cm(w)
        for i, h in enumerate(header):
            c = t.rows[0].cells[i]
            c.width = Cm(widths[i])
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_run(p.add_run(h), HT, 14)
        for ri, row in enumerate(rows, start=1):
            vis = []
            for ci, cell in enumerate(row):
                parts = [cell] if isinstance(cell, str) else cell
                c = t.rows[ri].cells[ci]
                c.width = Cm(widths[ci])
                p = c.paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                self._runs(p, parts, size=14)
                vis.append(header[ci] + "：" + self.visible(parts))
            self.clauses.append("；".join(vis))
        return t


def red_header(doc, organs_lines, wenhao, joint=False):
    if joint:
        # layout table: organ names left (two lines), 文件 right
        t = doc.add_table(rows=len(organs_lines), cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        t.columns[0].width = Cm(11.0)
        t.columns[1].width = Cm(4.5)
        for i, org in enumerate(organs_lines):
            c = t.rows[i].cells[0]
            c.width = Cm(11.0)
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
            set_run(p.add_run(org), XBS, 34, color=RED)
        top = t.rows[0].cells[1]
        merged = top.merge(t.rows[len(organs_lines) - 1].cells[1])
        merged.width = Cm(4.5)
        from docx.enum.table import WD_ALIGN_VERTICAL
        merged.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
        p = merged.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_run(p.add_run("文件"), XBS, 48, color=RED)
    else:
        p = doc.add_paragraph()
        fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False,
                 line=60)
        for i, line in enumerate(organs_lines):
            if i:
                p.add_run().add_break()
            set_run(p.add_run(line), XBS, min(36, int(420 / len(line))),
                    color=RED)
    doc.add_paragraph()
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    set_run(p.add_run(wenhao), FS, 16)
    border(p, "bottom", "FF0000", 18)
    doc.add_paragraph()


def title(doc, parts):
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    for part in parts:
        if isinstance(part, str):
            part = (part, {})
        t, f = part
        if f.get("br"):
            p.add_run().add_break()
            continue
        set_run(p.add_run(t), XBS, 22, hidden=f.get("hidden", False))
    doc.add_paragraph()


def zhusong(doc, text):
    p = doc.add_paragraph()
    fmt_para(p, first_indent=False)
    set_run(p.add_run(text), FS, 16)


def luokuan(doc, organ_text, date_text, organ_right_pad="　　　　",
            date_right_pad="　　　　　"):
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    set_run(p.add_run(organ_text + organ_right_pad), FS, 16)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    add_field(p, ' DATE \\@ "yyyy\'年\'M\'月\'d\'日\'" ', date_text, lock=True)
    set_run(p.add_run(date_right_pad), FS, 16)


def publicity(doc, text="（此件公开发布）"):
    p = doc.add_paragraph()
    fmt_para(p)
    set_run(p.add_run(text), FS, 16)


def banji(doc, chaosong, yinfa_org, yinfa_date):
    doc.add_paragraph()
    p = doc.add_paragraph()
    fmt_para(p, first_indent=False, left=14)
    set_run(p.add_run("抄送：" + chaosong), FS, 14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = doc.add_paragraph()
    fmt_para(p, first_indent=False, left=14)
    set_run(p.add_run(yinfa_org + "　　　　　　　　　" + yinfa_date + "印发"),
            FS, 14)
    border(p, "bottom", "000000", 8)


def attach_list(doc, items, pad="　　　"):
    for i, it in enumerate(items):
        p = doc.add_paragraph()
        fmt_para(p, first_indent=True)
        if len(items) == 1:
            set_run(p.add_run("附件：" + it), FS, 16)
        else:
            prefix = "附件：" if i == 0 else pad
            set_run(p.add_run(prefix + "%d.%s" % (i + 1, it)), FS, 16)


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_666", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


H = {"hidden": True}
BR = ("", {"br": True})


# ---------------------------------------------------------------- doc A
def doc_xiamen():
    doc = Document()
    sec = setup(doc)
    doc.settings.odd_and_even_pages_header_footer = True
    page_footer(sec, even_odd=True)
    red_header(doc, ["厦门市商务局", "厦门市财政局"], "厦商务〔2026〕31号",
               joint=True)
    title(doc, ["厦门市商务局 厦门市财政局关于组织申报", BR,
                "2026年度中欧（厦门）班列运营扶持资金的通知",
                ("（征求意见稿）", H)])
    zhusong(doc, "各区商务局，各区财政局，有关班列运营企业：")
    b = Builder(doc)
    b.para("为贯彻落实国家关于高质量共建“一带一路”和推进中欧班列高质量发展的决策部署，"
           "巩固提升中欧（厦门）班列国际物流通道功能，根据《厦门市促进中欧（厦门）班列高质量"
           "发展若干措施》（厦府办规〔2024〕9号）有关规定，现就组织申报2026年度中欧（厦门）"
           "班列运营扶持资金有关事项通知如下：")
    b.hidden_para("根据《厦门市中欧班列运营补助暂行办法》（厦商务〔2022〕45号），现组织开展"
                  "2025年度中欧班列运营补助申报工作，申报截止时间为2025年4月15日，逾期不予受理。")
    b.h1("一、支持对象")
    b.para("在厦门市依法注册、具有独立法人资格，2025年1月1日至2025年12月31日期间组织开行"
           "中欧（厦门）班列、中亚班列及“丝路海运”海铁联运班列的运营平台企业和货源组织企业。"
           "申报企业近三年内未被列入严重失信主体名单。")
    b.h1("二、支持内容和标准")
    b.runin("（一）去程班列运营扶持。",
            "对从厦门始发、经满洲里、二连浩特、阿拉山口、霍尔果斯等口岸出境的去程整列班列，"
            "按实际开行列数给予运营平台企业扶持。")
    b.runin("（二）回程班列运营扶持。",
            "对从境外始发、以厦门为终到站的回程整列班列，按实际开行列数给予扶持；"
            "回程班列重箱率须达到80%以上。")
    b.runin("（三）拼箱货物集结奖励。",
            "对通过中欧（厦门）班列拼箱发运的货物，按实际发运标准箱数给予货源组织企业奖励，"
            "单箱货值不低于5万元。")
    b.hidden_para([("（四）跨境电商专列奖励。", {"font": KT, "b": True}),
                   "对开行跨境电商专列的企业，在上述扶持基础上每列另行奖励1万元。"],
                  highlight=WD_COLOR_INDEX.YELLOW,
                  comment=("与市跨境电商发展专项资金重复支持，经请示分管领导，本条删除。",
                           "服务贸易处 林晓东", "LXD"))
    b.para("具体扶持标准如下表：")
    b.table(["扶持项目", "计量单位", "扶持标准", "单个企业年度上限"], [
        ["去程整列", "列", ["每列3万元", ("（2025年度为每列2.5万元）", H)], "300万元"],
        ["回程整列", "列", "每列4万元", "400万元"],
        ["拼箱货物", "标准箱（TEU）", "每标准箱500元", "100万元"],
    ], [3.6, 3.4, 4.6, 4.0])
    b.para("同一企业同一列班列已享受省级中欧班列扶持资金的，市级资金按差额补足，不重复享受。")
    b.h1("三、申报材料")
    b.para("（一）2026年度中欧（厦门）班列运营扶持资金申报表（附件1）；")
    b.para("（二）企业营业执照复印件；")
    b.para("（三）2025年度班列开行明细表（附件2），以及铁路运单、海关出口（进口）报关单等佐证材料；")
    b.para("（四）会计师事务所出具的扶持资金专项审计报告；")
    b.para("（五）企业信用承诺书（附件3）。")
    b.para("以上材料一式三份，按顺序装订成册并加盖企业公章，同时报送电子版（PDF格式）。")
    b.h1("四、申报程序")
    b.runin("（一）企业申报。",
            ["申报企业于2026年4月30日前将申报材料报送注册地所在区商务局，", BR,
             "逾期不予受理。"])
    b.runin("（二）区级初审。",
            "各区商务局会同区财政局对申报材料的完整性、真实性进行初审，于2026年5月15日前"
            "将初审意见及申报材料报送市商务局。")
    b.runin("（三）市级审核。",
            "市商务局会同市财政局委托第三方专业机构开展专项审核，审核结果在市商务局门户网站"
            "公示5个工作日。")
    b.runin("（四）资金拨付。",
            "公示无异议的，由市财政局按规定程序将扶持资金拨付至各区财政局，再由各区财政局"
            "拨付至企业。")
    b.h1("五、有关要求")
    b.para("（一）申报企业对申报材料的真实性、准确性负责。对弄虚作假、骗取扶持资金的，一经查实，"
           "全额追回已拨付资金，5年内取消其申报资格，并按规定纳入信用记录。")
    b.para("（二）各区商务局、财政局要加强政策宣传和申报辅导，严格审核把关，确保资金安全、规范、"
           "高效使用。")
    b.para("（三）获得扶持资金的企业应当按照有关规定进行账务处理，并自觉接受财政、审计等部门的"
           "监督检查。")
    b.para("联系人：市商务局服务贸易处 林晓东，电话：0592-2855316；市财政局经济建设处 陈敏，"
           "电话：0592-2853027。")
    b.blank()
    atts = ["2026年度中欧（厦门）班列运营扶持资金申报表", "2025年度班列开行明细表",
            "企业信用承诺书"]
    attach_list(doc, atts)
    b.blank(2)
    luokuan(doc, "厦门市商务局　　　　　　　厦门市财政局", "2026年3月18日",
            organ_right_pad="　　", date_right_pad="　　　　　　　　")
    b.blank()
    publicity(doc)
    b.hidden_para("【此处插入附件1—3，每个附件另起一页，附件标题用方正小标宋简体二号】")
    banji(doc, "市发展改革委，厦门海关，中国铁路南昌局集团有限公司厦门货运中心。",
          "厦门市商务局办公室", "2026年3月19日")

    key = [{
        "meta": {
            "title": "厦门市商务局 厦门市财政局关于组织申报2026年度中欧（厦门）班列运营扶持资金的通知",
            "doc_number": "厦商务〔2026〕31号",
            "issuer": ["厦门市商务局", "厦门市财政局"],
            "date": "2026-03-18",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": atts,
            "doc_type": "通知",
            "recipients": ["各区商务局", "各区财政局", "有关班列运营企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": b.clauses,
    }]
    return doc, key


# ---------------------------------------------------------------- doc B
FANGAN_B = ("中国（山东）自由贸易试验区青岛片区综合保税区保税维修和再制造业务"
            "高质量发展工作方案（2026—2027年）")


def doc_qingdao():
    doc = Document()
    sec = setup(doc)
    page_footer(sec)
    red_header(doc, ["中国（山东）自由贸易试验区", "青岛片区管理委员会文件"],
               "青自贸管发〔2026〕5号")
    title(doc, ["中国（山东）自由贸易试验区青岛片区", BR,
                "管理委员会关于印发《中国（山东）自由贸易", BR,
                "试验区青岛片区综合保税区保税维修和再制造", BR,
                "业务高质量发展工作方案（2026—2027年）》", BR,
                "的通知"])
    zhusong(doc, "片区各部门，各综合保税区管理服务中心，各有关企业：")
    b1 = Builder(doc)
    b1.para("现将《" + FANGAN_B + "》印发给你们，请结合工作实际，认真抓好贯彻落实。")
    b1.hidden_para("本方案自印发之日起施行，《青岛片区保税维修业务试点工作方案》"
                   "（青自贸管发〔2023〕11号）同时废止。")
    b1.para("贯彻落实中遇到的问题，请及时报片区管委会产业发展局。")
    doc.add_paragraph()
    doc.add_paragraph()
    luokuan(doc, "中国（山东）自由贸易试验区青岛片区管理委员会", "2026年2月26日",
            organ_right_pad="", date_right_pad="　　　　　　　")
    doc.add_paragraph()
    publicity(doc)
    # the 方案 starts on a new page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    title(doc, ["中国（山东）自由贸易试验区青岛片区", BR,
                "综合保税区保税维修和再制造业务高质量发展", BR,
                "工作方案（2026—2027年）"])
    b2 = Builder(doc)
    b2.para("为深入贯彻落实国家关于支持综合保税区发展保税维修业务的部署要求，用足用好自由贸易"
            "试验区和综合保税区政策叠加优势，推动保税维修和再制造业务规模化、集聚化发展，助力"
            "高质量共建“一带一路”，制定本方案。")
    b2.h1("一、总体目标")
    b2.hidden_para("到2025年底，片区综合保税区保税维修业务年产值突破30亿元，培育年产值超亿元的"
                   "企业10家。")
    b2.para("到2027年底，片区综合保税区保税维修和再制造业务年产值突破60亿元，培育年产值超5亿元"
            "的龙头企业5家以上，保税维修产品种类扩展至80类以上，形成面向日韩、辐射“一带一路”"
            "沿线国家和地区的保税维修服务中心。")
    b2.h1("二、重点任务")
    b2.runin("（一）扩大保税维修产品范围。",
             "支持企业按照《综合保税区维修产品目录》开展航空器材、船舶配件、工程机械、数控机床、"
             "医疗器械、通信设备等产品保税维修业务，积极争取将更多自贸试验区内试点产品纳入目录"
             "管理。")
    b2.runin("（二）发展“两头在外”再制造业务。",
             ["支持企业在综合保税区内开展高附加值、高技术含量、符合环保要求的航空发动机零部件、"
              "汽车零部件、盾构机等再制造业务，",
              ("对年再制造产值超过1亿元的企业一次性奖励200万元，", H),
              "推动再制造产品出口“一带一路”沿线市场。"])
    b2.runin("（三）创新海关监管模式。", "配合青岛海关推进以下改革举措：")
    b2.para("1.推行保税维修“一企一策”个性化监管，对信用等级高的企业实行“一次备案、多次维修”；")
    b2.para("2.探索开展跨综合保税区维修业务，允许同一企业在片区内不同综合保税区间调拨待维修货物；")
    b2.para("3.支持企业开展“保税维修+跨境电商”业务，对通过跨境电商渠道退回的保税维修货物实行"
            "便利化通关。")
    b2.hidden_para("4.试点区外企业承接综合保税区内企业委托的保税维修业务，实行“区外加工、区内监管”。",
                   highlight=WD_COLOR_INDEX.BRIGHT_GREEN,
                   comment=("此项超出片区事权，青岛海关反馈意见不同意，删除。", "产业发展局",
                            "CYJ"))
    b2.runin("（四）培育市场主体。",
             "围绕航空、船舶、高端装备等重点领域，每年引进保税维修和再制造项目5个以上；支持区内"
             "企业与“一带一路”沿线国家和地区的设备制造商建立维修合作关系。")
    b2.runin("（五）强化公共服务。",
             "建设保税维修公共服务平台，为企业提供检测认证、技术咨询、报关报检、融资租赁等"
             "一站式服务。")
    b2.h1("三、重点项目安排")
    b2.para("2026—2027年重点推进以下保税维修和再制造项目：")
    b2.table(["序号", "项目名称", "实施主体", "完成时限"], [
        ["1", "航空器材保税维修基地", "前湾综合保税区管理服务中心", "2026年12月"],
        ["2", "船舶发动机再制造中心", "西海岸综合保税区管理服务中心", "2027年6月"],
        ["3", "工程机械保税维修及再制造项目", "西海岸综合保税区管理服务中心", "2027年12月"],
        ["4", "保税维修公共服务平台", "片区产业发展局", "2026年9月"],
    ], [1.5, 6.0, 5.6, 2.8])
    b2.hidden_para("【排版注意：此处插入项目布局示意图，图片待产业发展局提供】")
    b2.h1("四、保障措施")
    b2.runin("（一）加强统筹协调。",
             "建立由片区管委会牵头，青岛海关、黄岛海关、市商务局等部门参加的保税维修工作协调"
             "机制，定期研究解决业务发展中的重大问题。")
    b2.runin("（二）加大政策支持。",
             "对新引进的保税维修和再制造项目，按照片区产业扶持政策给予支持；对企业购置检测维修"
             "设备，按设备投资额的10%给予补助，单个企业每年最高不超过300万元。")
    b2.runin("（三）防范环境和安全风险。",
             "指导企业建立健全维修废物管理制度，维修替换下的坏件、废件应当按规定退运出境或者"
             "按照固体废物管理要求进行处置，不得擅自内销。")
    b2.para("本方案自2026年3月1日起施行，有效期至2027年12月31日。")
    doc.add_paragraph()
    att_b = "青岛片区综合保税区保税维修产品清单（2026年版）"
    attach_list(doc, [att_b])
    b2.hidden_para("【此处插入附件，清单待青岛海关确认后补充】")
    banji(doc, "青岛海关，黄岛海关，青岛市商务局，青岛市发展改革委。",
          "中国（山东）自由贸易试验区青岛片区管理委员会综合办公室", "2026年2月27日")

    issuer = ["中国（山东）自由贸易试验区青岛片区管理委员会"]
    region = "中国（山东）自由贸易试验区青岛片区"
    key = [
        {"meta": {
            "title": "中国（山东）自由贸易试验区青岛片区管理委员会关于印发《" + FANGAN_B + "》的通知",
            "doc_number": "青自贸管发〔2026〕5号",
            "issuer": issuer,
            "date": "2026-02-26",
            "published": None,
            "level": "zone",
            "region": region,
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["片区各部门", "各综合保税区管理服务中心", "各有关企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        }, "clauses": b1.clauses},
        {"meta": {
            "title": FANGAN_B,
            "doc_number": None,
            "issuer": issuer,
            "date": "2026-02-26",
            "published": None,
            "level": "zone",
            "region": region,
            "effective": "2026-03-01",
            "expires": "2027-12-31",
            "attachments": [att_b],
            "doc_type": "方案",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        }, "clauses": b2.clauses},
    ]
    return doc, key


# ---------------------------------------------------------------- doc C
def doc_kunming():
    doc = Document()
    sec = setup(doc)
    page_footer(sec)
    red_header(doc, ["昆明市人民政府办公室文件"], "昆政办〔2025〕27号")
    title(doc, ["昆明市人民政府办公室关于加快跨境电子商务", BR,
                "发展 深度融入“一带一路”建设的实施意见"])
    zhusong(doc, "各县（市）区人民政府，各开发（度假）园区管委会，市级各部门：")
    b = Builder(doc)
    b.para("为深入贯彻落实《国务院办公厅关于加快发展外贸新业态新模式的意见》（国办发〔2021〕24号）"
           "和云南省关于建设面向南亚东南亚辐射中心的决策部署，充分发挥中国（昆明）跨境电子商务"
           "综合试验区和中国（云南）自由贸易试验区昆明片区政策优势，加快跨境电子商务高质量发展，"
           "经市人民政府同意，提出如下实施意见。")
    b.h1("一、总体要求")
    b.para(["坚持市场主导、政府引导、创新驱动、开放合作，以面向南亚东南亚为重点，以昆明综合保税区、"
            "昆明高新技术产业开发区为主要载体，推动跨境电子商务与传统外贸、特色产业、国际物流深度"
            "融合。到2027年，全市跨境电子商务进出口额达到150亿元",
            ("【请综合处核对：该数据待市统计局确认后再定稿】", {"hidden": True,
                                                "hl": WD_COLOR_INDEX.YELLOW}),
            "，年均增长20%以上；培育跨境电子商务进出口额超1亿元的企业30家以上。"])
    b.para("主要发展指标如下：")
    b.table(["指标", "2025年", "2026年", "2027年"], [
        ["跨境电子商务进出口额（亿元）", "85", "115", "150"],
        ["公共海外仓数量（个）", "12", "18", "25"],
        ["跨境电商专列开行数（列）", ["60", ("（含中老铁路）", H)], "90", "120"],
    ], [7.0, 3.0, 3.0, 3.0])
    b.h1("二、重点任务")
    b.runin("（一）培育壮大经营主体。",
            "支持传统外贸企业、生产制造企业利用跨境电子商务开拓国际市场，对首次开展跨境电子商务"
            "业务且年进出口额达到500万元的企业，给予一次性奖励10万元。")
    b.runin("（二）建设跨境电子商务产业园区。",
            "支持各县（市）区、各开发（度假）园区依托现有产业园区建设跨境电子商务产业园，对经"
            "市商务局认定的市级跨境电子商务产业园，给予运营主体一次性奖励50万元。")
    b.hidden_para([("（三）发展海外仓。", {"font": KT, "b": True}),
                   "支持企业在南亚东南亚国家建设海外仓，对新建海外仓按投资额的30%给予补助，"
                   "最高不超过500万元。"])
    b.runin("（三）发展海外仓。",
            "支持企业在老挝、泰国、越南、缅甸、马来西亚等“一带一路”沿线国家建设和租用海外仓，"
            "对经认定的公共海外仓，按照仓储面积和实际投入给予最高不超过200万元的补助。")
    p = b.runin("（四）畅通跨境物流通道。",
                "依托中老铁路、昆明长水国际机场和中欧班列（昆明），开行跨境电商专列、专线，推动"
                "“跨境电商+中老铁路”“跨境电商+空运”多式联运发展，对开行跨境电商专列的企业按照"
                "每列2万元给予补助。")
    doc.add_comment(p.runs[-1], text="补助标准请市财政局再确认。", author="市商务局电商处",
                    initials="DSC")
    b.runin("（五）推进监管创新。",
            "支持昆明海关在昆明综合保税区开展跨境电子商务9610、9710、9810、1210等监管模式业务，"
            "推广“清单核放、汇总申报”模式，压缩通关时间。")
    b.hidden_para([("（六）设立跨境电商发展基金。", {"font": KT, "b": True}),
                   "由市级财政出资5亿元，设立昆明市跨境电子商务产业发展基金，采取市场化方式运作。"],
                  highlight=WD_COLOR_INDEX.YELLOW,
                  comment=("市财政局意见：基金事项另行研究，本条删除，后续条目顺延。", "市政府办公室综合处",
                           "ZHC"))
    b.runin("（六）加强人才培养。",
            "支持在昆高校、职业院校开设跨境电子商务相关专业，建设跨境电子商务人才实训基地，对经"
            "认定的实训基地给予一次性补助30万元。")
    b.runin("（七）拓展南亚东南亚市场。",
            "组织企业参加中国—南亚博览会、中国（昆明）进出口商品交易会等展会，支持企业在南亚"
            "东南亚国家开展品牌推广和本地化运营。")
    b.h1("三、保障措施")
    b.runin("（一）强化组织领导。",
            "市商务局牵头建立跨境电子商务发展联席会议制度，统筹推进全市跨境电子商务发展工作，"
            "各县（市）区、各开发（度假）园区要明确分管领导和工作机构。")
    b.runin("（二）加强资金保障。",
            "市级财政每年安排跨境电子商务发展专项资金，按照本意见明确的支持事项予以支持。同一"
            "项目已享受市级其他同类政策支持的，按照就高不重复原则执行。")
    b.runin("（三）做好统计监测。",
            "市商务局会同昆明海关、市统计局建立跨境电子商务统计监测制度，按季度通报各县（市）区、"
            "各开发（度假）园区工作进展情况。")
    b.hidden_para("本意见自印发之日起施行，有效期3年。")
    b.para("本意见自2026年1月1日起施行，有效期至2030年12月31日。")
    doc.add_paragraph()
    att_c = "昆明市加快跨境电子商务发展重点任务分工表"
    attach_list(doc, [att_c])
    doc.add_paragraph()
    doc.add_paragraph()
    luokuan(doc, "昆明市人民政府办公室", "2025年11月20日",
            organ_right_pad="　　　　", date_right_pad="　　　　　")
    doc.add_paragraph()
    publicity(doc)
    b.hidden_para("【此处插入附件，分工表用横版A4，排版时请另起一节】")
    banji(doc, "市委各部门，市人大常委会办公室，市政协办公室，市中级法院，市检察院，昆明海关。",
          "昆明市人民政府办公室", "2025年11月21日")

    key = [{
        "meta": {
            "title": "昆明市人民政府办公室关于加快跨境电子商务发展 深度融入“一带一路”建设的实施意见",
            "doc_number": "昆政办〔2025〕27号",
            "issuer": ["昆明市人民政府办公室"],
            "date": "2025-11-20",
            "published": None,
            "level": "municipal",
            "region": "昆明市",
            "effective": "2026-01-01",
            "expires": "2030-12-31",
            "attachments": [att_c],
            "doc_type": "意见",
            "recipients": ["各县（市）区人民政府", "各开发（度假）园区管委会", "市级各部门"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": b.clauses,
    }]
    return doc, key


def main():
    expected = {}
    for stem, fn in [("blind666_xiamen_tongzhi", doc_xiamen),
                     ("blind666_qingdao_fangan", doc_qingdao),
                     ("blind666_kunming_yijian", doc_kunming)]:
        doc, key = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        convert(path)
        expected[stem] = key
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
