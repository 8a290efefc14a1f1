# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 576 blind test documents: provincial 外贸 / 一带一路 统计公报 style reports."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# --------------------------------------------------------------------------- helpers
def set_font(run, font=FS, size=16, bold=False, color=None):
    run.font.name = "Times New Roman"
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")


def add_text(p, text, **kw):
    """Add text to paragraph; '\n' inside text becomes a soft line break."""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, **kw)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)


def fmt(p, align=None, first_indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    if first_indent:
        pf.first_line_indent = Pt(32)
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def border(p, side="bottom", color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    pbdr.append(el)


def cell_borders(cell, sides=("top", "bottom"), sz=8, val="single"):
    tcpr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for s in ("top", "left", "bottom", "right"):
        el = OxmlElement("w:" + s)
        if s in sides:
            el.set(qn("w:val"), val)
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:color"), "000000")
        else:
            el.set(qn("w:val"), "nil")
        b.append(el)
    tcpr.append(b)


def page_number_footer(doc):
    for section in doc.sections:
        p = section.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run("— ")
        set_font(r, font="宋体", size=14)
        r = p.add_run()
        set_font(r, font="宋体", size=14)
        f1 = OxmlElement("w:fldChar")
        f1.set(qn("w:fldCharType"), "begin")
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = " PAGE "
        f2 = OxmlElement("w:fldChar")
        f2.set(qn("w:fldCharType"), "separate")
        t = OxmlElement("w:t")
        t.text = "1"
        f3 = OxmlElement("w:fldChar")
        f3.set(qn("w:fldCharType"), "end")
        r._r.append(f1)
        r._r.append(it)
        r._r.append(f2)
        r._r.append(t)
        r._r.append(f3)
        r = p.add_run(" —")
        set_font(r, font="宋体", size=14)


class Builder:
    def __init__(self):
        self.doc = Document()
        sec = self.doc.sections[0]
        sec.page_height = Cm(29.7)
        sec.page_width = Cm(21.0)
        sec.top_margin = Cm(3.7)
        sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)
        st = self.doc.styles["Normal"]
        st.font.name = "Times New Roman"
        st.font.size = Pt(16)
        st.element.get_or_add_rPr()
        rpr = st.element.rPr
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.insert(0, rf)
        rf.set(qn("w:eastAsia"), FS)
        self.docs = []  # list of {"meta":..., "clauses":[...]}
        self.cur = None

    # document bookkeeping
    def start(self, meta):
        self.cur = {"meta": meta, "clauses": []}
        self.docs.append(self.cur)

    def clause(self, text):
        self.cur["clauses"].append(text)

    # raw paragraphs (no clause)
    def raw(self, text="", font=FS, size=16, bold=False, align=None, first_indent=False,
            color=None, line=28, before=0, after=0):
        p = self.doc.add_paragraph()
        fmt(p, align=align, first_indent=first_indent, line=line, before=before, after=after)
        if text:
            add_text(p, text, font=font, size=size, bold=bold, color=color)
        return p

    def blank(self, n=1):
        for _ in range(n):
            self.raw("")

    def title(self, text, size=22, before=0, after=0):
        return self.raw(text, font=XBS, size=size, align=WD_ALIGN_PARAGRAPH.CENTER, line=34,
                        before=before, after=after)

    def h1(self, text):
        return self.raw(text, font=HT, first_indent=True)

    def h2(self, text):
        return self.raw(text, font=KT, first_indent=True)

    # body paragraph = clause
    def body(self, text, manual_indent=False, font=FS, size=16):
        p = self.doc.add_paragraph()
        if manual_indent:
            fmt(p, first_indent=False)
            add_text(p, "\u3000\u3000" + text, font=font, size=size)
        else:
            fmt(p)
            add_text(p, text, font=font, size=size)
        self.clause(text.replace("\n", ""))
        return p

    def runin(self, head, rest, head_font=KT, head_bold=False, size=16):
        p = self.doc.add_paragraph()
        fmt(p)
        add_text(p, head, font=head_font, size=size, bold=head_bold)
        add_text(p, rest, font=FS, size=size)
        self.clause((head + rest).replace("\n", ""))
        return p

    def listnum(self, text):
        """Word's own numbering (List Number style) -- the number is not in the text."""
        p = self.doc.add_paragraph(style="List Number")
        fmt(p, first_indent=False)
        add_text(p, text, font=FS, size=16)
        return p

    def table(self, headers, rows, widths=None, size=10.5, clause_rows=True, indent_cells=()):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(headers))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(headers):
            c = t.rows[0].cells[j]
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_text(p, h, font=HT, size=size)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                c = t.rows[i + 1].cells[j]
                p = c.paragraphs[0]
                if j == 0:
                    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
                else:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                shown = v
                if j == 0 and i in indent_cells:
                    shown = "\u3000\u3000" + v
                add_text(p, shown, font=FS, size=size)
        if widths:
            for row in t.rows:
                for j, w in enumerate(widths):
                    row.cells[j].width = Cm(w)
        if clause_rows:
            hs = [h.replace("\n", "") for h in headers]
            for row in rows:
                self.clause("；".join("%s：%s" % (h, v.replace("\n", "")) for h, v in zip(hs, row)))
        return t

    def save(self, stem):
        page_number_footer(self.doc)
        path = os.path.join(HERE, stem + ".docx")
        self.doc.save(path)
        return path


# =========================================================================== document 1
def doc_fujian():
    b = Builder()
    title = "2025年福建省对外贸易和共建“一带一路”经贸合作统计公报"
    b.start({
        "title": title,
        "doc_number": None,
        "issuer": ["福建省统计局", "福建省商务厅"],
        "date": "2026-03-12",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "公报",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    })
    b.blank()
    # title typed with a soft line break in the middle
    b.title("2025年福建省对外贸易和共建“一带一路”\n经贸合作统计公报")
    b.raw("福建省统计局　　福建省商务厅", font=KT, align=WD_ALIGN_PARAGRAPH.CENTER, before=6)
    b.raw("（2026年3月12日）", font=KT, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)

    b.body("2025年，面对复杂严峻的外部环境，全省商务系统坚持以习近平新时代中国特色社会主义思想为指导，"
           "深入落实省委、省政府稳外贸稳外资决策部署，积极融入共建“一带一路”高质量发展，"
           "全省外贸运行总体平稳、稳中提质，对共建“一带一路”国家贸易规模再创新高。现将主要统计数据公布如下。",
           manual_indent=True)

    b.h1("一、货物进出口总体情况")
    b.body("全年全省货物进出口总额20136.8亿元，比上年增长4.7%。其中，出口12718.5亿元，增长6.3%；"
           "进口7418.3亿元，增长2.1%。进出口相抵，贸易顺差5300.2亿元，比上年扩大12.8%。")
    b.body("分贸易方式看，一般贸易进出口13472.6亿元，增长5.9%，占全省外贸总值的66.9%，比上年提升0.8个百分点；"
           "加工贸易进出口3105.4亿元，下降1.6%；保税物流进出口2894.7亿元，增长7.2%。")
    b.body("分经营主体看，民营企业进出口13018.9亿元，增长8.4%，占全省外贸总值的64.7%；"
           "外商投资企业进出口4362.1亿元，下降0.9%；国有企业进出口2712.3亿元，增长0.6%。"
           "全年有进出口实绩的外贸企业3.42万家，比上年增加2136家。")
    b.body("分商品看，出口机电产品5386.2亿元，增长9.1%，占出口总值的42.3%；出口劳动密集型产品3024.8亿元，增长1.8%；"
           "出口锂电池、电动汽车、太阳能电池“新三样”产品612.4亿元，增长18.6%。"
           "进口铁矿砂、原油、天然气等大宗商品2356.9亿元，下降2.4%；进口农产品1018.7亿元，增长4.3%。")
    b.raw("表1　2025年福建省货物进出口主要指标（单位：亿元）", font=HT, size=14,
          align=WD_ALIGN_PARAGRAPH.CENTER, before=6)
    b.table(["指标", "金额", "同比±%"], [
        ["进出口总额", "20136.8", "4.7"],
        ["出口", "12718.5", "6.3"],
        ["进口", "7418.3", "2.1"],
        ["一般贸易", "13472.6", "5.9"],
        ["加工贸易", "3105.4", "-1.6"],
        ["保税物流", "2894.7", "7.2"],
        ["民营企业", "13018.9", "8.4"],
        ["外商投资企业", "4362.1", "-0.9"],
    ], widths=[6, 4, 4], indent_cells=(3, 4, 5, 6, 7))
    b.blank()

    b.h1("二、对共建“一带一路”国家贸易情况")
    b.body("全年全省对共建“一带一路”国家进出口10285.4亿元，增长7.9%，占全省外贸总值的51.1%，比上年提升1.5个百分点。"
           "其中，出口6842.7亿元，增长9.6%；进口3442.7亿元，增长4.6%。")
    # soft line break typed in the middle of a sentence
    b.body("分区域看，对东盟进出口4536.2亿元，增长8.8%，东盟继续保持我省第一大贸易伙伴地位；"
           "对中东地区进出口1587.9亿元，增长11.3%；对中亚五国进出口186.4亿元，\n增长23.7%；"
           "对非洲共建国家进出口1203.5亿元，增长6.2%；对拉美共建国家进出口1318.6亿元，增长5.4%。")
    b.body("全年全省对《区域全面经济伙伴关系协定》（RCEP）其他成员国进出口6894.3亿元，增长5.1%。"
           "全省签发RCEP原产地证书4.17万份，签证金额186.5亿元，可为企业享受进口国关税减让约3.9亿元。")
    b.raw("表2　2025年福建省对共建“一带一路”主要国家（地区）进出口情况（单位：亿元）", font=HT, size=14,
          align=WD_ALIGN_PARAGRAPH.CENTER, before=6)
    b.table(["国别（地区）", "进出口", "出口", "进口", "同比±%"], [
        ["合计", "10285.4", "6842.7", "3442.7", "7.9"],
        ["东盟", "4536.2", "2987.5", "1548.7", "8.8"],
        ["越南", "812.6", "586.3", "226.3", "10.4"],
        ["马来西亚", "768.9", "402.5", "366.4", "6.1"],
        ["印度尼西亚", "702.3", "356.8", "345.5", "9.7"],
        ["菲律宾", "587.4", "472.1", "115.3", "5.2"],
        ["泰国", "541.8", "338.6", "203.2", "7.5"],
        ["俄罗斯", "512.3", "241.7", "270.6", "-3.8"],
        ["沙特阿拉伯", "398.7", "156.2", "242.5", "12.6"],
        ["阿联酋", "356.1", "298.4", "57.7", "14.2"],
        ["智利", "327.4", "98.6", "228.8", "3.1"],
    ], widths=[4, 2.6, 2.6, 2.6, 2.6], indent_cells=(2, 3, 4, 5, 6))
    b.blank()

    b.h1("三、中欧班列和跨境电商等新业态")
    b.body("全年中欧（亚）班列（福州、厦门）开行412列，增长9.3%；运送货物3.86万标箱，增长11.5%；货值168.2亿元，增长13.7%。"
           "丝路海运航线累计命名达到136条，全年开行航次1.28万个，完成集装箱吞吐量1752.6万标箱，增长6.9%。")
    b.body("全年全省跨境电商进出口1326.5亿元，增长15.8%。其中，出口1089.2亿元，增长17.4%；进口237.3亿元，增长9.0%。"
           "全省9个跨境电子商务综合试验区共有跨境电商经营主体2.3万家，在共建“一带一路”国家布局海外仓128个，"
           "占全省海外仓总数的44.8%。")
    b.body("全年全省市场采购贸易方式出口386.7亿元，增长12.2%；保税维修业务进出口52.9亿元，增长21.4%。")

    b.h1("四、双向投资情况")
    b.body("全年全省新设外商投资企业2856家，增长12.4%；实际使用外资287.6亿元，下降3.2%。"
           "其中，共建“一带一路”国家在闽新设外商投资企业614家，增长18.1%；实际使用外资41.3亿元，增长6.7%。")
    b.body("全年全省对外直接投资（非金融类）备案中方投资额68.9亿美元，增长10.5%；其中对共建“一带一路”国家投资43.2亿美元，"
           "增长13.8%，占62.7%。对外承包工程完成营业额38.7亿美元，增长5.6%；新签合同额52.4亿美元，增长8.9%。")
    b.raw("表3　2025年福建省双向投资主要指标", font=HT, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, before=6)
    b.table(["指标", "单位", "数值", "同比±%"], [
        ["新设外商投资企业", "家", "2856", "12.4"],
        ["实际使用外资", "亿元", "287.6", "-3.2"],
        ["对外直接投资中方投资额", "亿美元", "68.9", "10.5"],
        ["对外承包工程完成营业额", "亿美元", "38.7", "5.6"],
        ["对外承包工程新签合同额", "亿美元", "52.4", "8.9"],
    ], widths=[6, 2.5, 3, 3])
    b.blank()

    b.h1("五、开放平台情况")
    b.body("中国（福建）自由贸易试验区全年实现进出口4215.3亿元，增长6.8%，占全省外贸总值的20.9%；"
           "新设外商投资企业498家，实际使用外资52.1亿元。福州、厦门、平潭三个片区分别实现进出口1036.7亿元、"
           "2894.5亿元和284.1亿元。")
    b.body("全省8个综合保税区全年实现进出口1872.4亿元，增长9.1%，其中厦门海沧港综合保税区进出口652.3亿元，增长10.6%。")
    b.blank()

    # 注 typed run-in on the first note
    b.body("注：1.本公报中2025年数据均为初步统计数，部分数据因四舍五入的原因，存在总计与分项合计不等的情况。", font=FS, size=14)
    b.body("2.货物进出口数据以人民币计价；对外直接投资、对外承包工程数据以美元计价。", font=FS, size=14)
    b.body("3.增长速度除注明外均按可比口径计算。", font=FS, size=14)
    b.body("资料来源：货物进出口、跨境电商数据来自福州海关、厦门海关；双向投资数据来自福建省商务厅；"
           "中欧（亚）班列数据来自中国国家铁路集团有限公司南昌局集团有限公司；港口数据来自福建省交通运输厅。",
           font=FS, size=14)
    b.blank()
    b.raw("附注", font=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
    # Word auto-numbering: the digits are rendered by Word, not typed
    notes = [
        "共建“一带一路”国家：指截至2025年末与我国签署共建“一带一路”合作文件的国家。",
        "一般贸易：指我国境内有进出口经营权的企业单边进口或单边出口的贸易。",
        "跨境电商：指通过海关跨境电子商务监管方式（代码9610、9710、9810、1210）申报的进出口。",
        "实际使用外资：指按照合同规定实际执行的外商投资金额，不含银行、证券、保险领域数据。",
        "“新三样”产品：指锂离子蓄电池、电动载人汽车和太阳能电池。",
    ]
    for i, n in enumerate(notes, 1):
        b.listnum(n)
        b.clause("%d.%s" % (i, n))
    return b


# =========================================================================== document 2
def doc_chongqing():
    b = Builder()
    rep_title = "2025年重庆市外贸及共建“一带一路”经贸合作统计监测报告"
    b.start({
        "title": "重庆市商务委员会关于印发《%s》的通知" % rep_title,
        "doc_number": "渝商务〔2026〕27号",
        "issuer": ["重庆市商务委员会"],
        "date": "2026-02-27",
        "published": None,
        "level": "provincial",
        "region": "重庆市",
        "effective": None,
        "expires": None,
        "attachments": [rep_title],
        "doc_type": "通知",
        "recipients": ["各区县（自治县）商务主管部门", "两江新区、重庆高新区、重庆经开区商务主管部门", "市级有关部门"],
        "publicity": "此件公开发布",
        "repeals": None,
    })
    # red header
    b.blank()
    b.raw("重庆市商务委员会文件", font=XBS, size=42, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, line=60)
    b.blank()
    p = b.raw("渝商务〔2026〕27号", align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    border(p, "bottom", "FF0000", 18)
    b.blank()
    b.title("重庆市商务委员会\n关于印发《2025年重庆市外贸及共建\n“一带一路”经贸合作统计监测报告》的通知")
    b.blank()
    b.raw("各区县（自治县）商务主管部门，两江新区、重庆高新区、重庆经开区商务主管部门，市级有关部门：")
    b.body("为全面反映2025年全市对外贸易和共建“一带一路”经贸合作发展情况，市商务委会同市统计局、重庆海关编制了"
           "《2025年重庆市外贸及共建“一带一路”经贸合作统计监测报告》，现印发给你们，请结合实际参考使用。")
    b.body("各区县商务主管部门要加强外贸运行监测分析，紧盯重点企业、重点市场和重点商品，"
           "于每月10日前将上月重点外贸企业运行情况报送市商务委对外贸易处。")
    b.body("报告中涉及的部分数据为初步统计数，对外引用时以重庆海关、市统计局正式发布的数据为准。")
    b.body("联系人：市商务委对外贸易处李晓峰，联系电话：023-62662158。")
    b.blank()
    # attachment list with hanging text typed by spaces
    b.raw("附件：2025年重庆市外贸及共建“一带一路”经贸合作统计监测\n　　　报告", first_indent=True)
    b.blank(2)
    b.raw("重庆市商务委员会　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.raw("2026年2月27日　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.raw("（此件公开发布）", first_indent=True)
    b.blank()

    # ---------------------------------------------------------- the attached report
    b.start({
        "title": rep_title,
        "doc_number": None,
        "issuer": ["重庆市商务委员会", "重庆市统计局"],
        "date": "2026-02-20",
        "published": None,
        "level": "provincial",
        "region": "重庆市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "报告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    })
    p = b.raw("附件", font=HT)
    p.paragraph_format.page_break_before = True
    b.blank()
    b.title("2025年重庆市外贸及共建“一带一路”\n经贸合作统计监测报告")
    b.blank()
    b.body("2025年，全市上下深入贯彻党中央、国务院决策部署，全面落实市委、市政府工作要求，"
           "依托中欧班列（成渝）、西部陆海新通道等国际物流通道，加快建设内陆开放综合枢纽，"
           "全市外贸实现量稳质升，对共建“一带一路”国家经贸合作持续深化。")

    b.h1("一、外贸运行总体情况")
    b.runin("（一）外贸规模稳中有进。", "全年全市货物进出口总值7985.6亿元，比上年增长3.6%。其中，出口5263.8亿元，增长4.9%；"
            "进口2721.8亿元，增长1.2%。进出口总值居中西部省区市第三位。")
    b.runin("（二）贸易结构持续优化。", "一般贸易进出口3642.7亿元，增长9.8%，占全市外贸总值的45.6%，比上年提高2.6个百分点；"
            "加工贸易进出口3186.5亿元，下降2.7%。出口笔记本电脑5812.6万台，下降2.3%；"
            "出口汽车48.7万辆，增长26.4%，其中新能源汽车21.3万辆，增长41.2%；出口摩托车196.8万辆，增长8.5%。")
    b.runin("（三）经营主体活力增强。", "全年全市有进出口实绩的外贸企业6218家，比上年增加487家。"
            "民营企业进出口3268.4亿元，增长11.6%，占全市外贸总值的40.9%；外商投资企业进出口4102.9亿元，下降1.8%。")

    b.h1("二、对共建“一带一路”国家贸易情况")
    b.runin("（一）总体情况。", "全年全市对共建“一带一路”国家进出口3618.9亿元，增长8.2%，占全市外贸总值的45.3%，"
            "比上年提高1.9个百分点。其中，出口2356.4亿元，增长10.1%；进口1262.5亿元，增长4.8%。")
    b.runin("（二）重点市场。", "对东盟进出口1245.7亿元，增长9.6%，东盟保持全市第一大贸易伙伴地位；"
            "对中亚五国进出口168.3亿元，增长31.5%；对中东欧国家进出口326.8亿元，增长14.3%；"
            "对俄罗斯进出口186.5亿元，下降6.4%。")
    b.raw("表1　2025年对共建“一带一路”国家进出口情况", font=HT, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, before=6)
    b.raw("单位：亿元，%", size=10.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.table(["国别（地区）", "进出口", "出口", "进口", "同比±%"], [
        ["合计", "3618.9", "2356.4", "1262.5", "8.2"],
        ["东盟", "1245.7", "812.4", "433.3", "9.6"],
        ["越南", "398.2", "287.5", "110.7", "12.3"],
        ["泰国", "216.8", "138.9", "77.9", "7.1"],
        ["马来西亚", "201.4", "96.3", "105.1", "5.8"],
        ["俄罗斯", "186.5", "97.2", "89.3", "-6.4"],
        ["沙特阿拉伯", "108.3", "52.8", "55.5", "15.2"],
        ["哈萨克斯坦", "92.7", "71.6", "21.1", "28.5"],
        ["波兰", "87.6", "79.1", "8.5", "11.8"],
        ["匈牙利", "64.9", "58.2", "6.7", "20.4"],
    ], widths=[4, 2.6, 2.6, 2.6, 2.6])
    b.blank()

    b.h1("三、国际物流通道运行情况")
    b.runin("（一）中欧班列（成渝）。", "全年中欧班列（成渝）重庆方向开行2681列，增长6.1%；运输货物23.4万标箱，货值1286.5亿元。"
            "班列辐射欧亚26个国家110余个城市，回程班列占比达到46.2%。")
    b.runin("（二）西部陆海新通道。", "全年西部陆海新通道铁海联运班列（重庆）开行4356列，增长12.7%；运输货物25.8万标箱，"
            "货值412.6亿元，增长15.3%。通道目的地拓展至127个国家和地区的561个港口。")
    b.runin("（三）其他国际班列。", "渝满俄班列开行318列，下降4.5%；中老班列（重庆）开行612列，增长18.4%；"
            "跨境公路班车发运6124车次，增长9.8%。")
    b.raw("表2　2025年重庆市国际物流通道运行情况", font=HT, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, before=6)
    # header cells typed with soft line breaks
    b.table(["通道名称", "开行\n（列）", "运输量\n（万标箱）", "开行数\n同比±%"], [
        ["中欧班列（成渝）重庆方向", "2681", "23.4", "6.1"],
        ["西部陆海新通道铁海联运班列", "4356", "25.8", "12.7"],
        ["渝满俄班列", "318", "2.9", "-4.5"],
        ["中老班列（重庆）", "612", "3.1", "18.4"],
    ], widths=[6.5, 2.5, 3, 2.5])
    b.blank()

    b.h1("四、开放平台发展情况")
    b.runin("（一）自由贸易试验区。", "中国（重庆）自由贸易试验区全年实现进出口2536.4亿元，增长5.2%，占全市的31.8%；"
            "新设外商投资企业312家，实际使用外资8.6亿美元。")
    b.runin("（二）综合保税区。", "全市综合保税区和保税物流中心（B型）全年实现进出口4128.7亿元，下降0.6%，"
            "其中西永综合保税区进出口2315.2亿元。")
    b.runin("（三）跨境电商。", "全年全市跨境电商进出口486.3亿元，增长19.7%，其中对共建“一带一路”国家出口218.5亿元，增长26.2%。")

    b.h1("五、下一步工作建议")
    b.runin("（一）着力稳住外贸基本盘。", "聚焦电子信息、汽车摩托车等重点产业，强化外贸运行监测和企业服务。")
    b.body("1.加强重点企业服务。建立重点外贸企业“白名单”，常态化开展“服务专员”上门走访，及时协调解决企业在通关、物流、融资等方面的困难。")
    b.body("2.拓展多元化市场。支持企业参加中国—东盟博览会、中国—中亚峰会配套经贸活动等重点展会，全年组织企业赴共建“一带一路”国家参展不少于60场次。")
    b.runin("（二）着力提升通道能级。", "推动中欧班列（成渝）高质量发展，加密西部陆海新通道班列线路，"
            "提升“班列+跨境电商”“班列+海外仓”等组合服务能力。")
    b.runin("（三）着力培育外贸新业态。", "加快中国（重庆）跨境电子商务综合试验区建设，支持企业在共建“一带一路”国家布局海外仓，"
            "推动保税维修、离岸贸易等业务发展。")
    b.blank()
    b.raw("说明：", font=HT, first_indent=True)
    b.body("1.本报告货物进出口数据以人民币计价，利用外资数据以美元计价。")
    b.body("2.中亚五国指哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦、乌兹别克斯坦和土库曼斯坦。")
    b.body("3.共建“一带一路”国家范围按截至2025年末与我国签署共建“一带一路”合作文件的国家统计。")
    b.body("资料来源：重庆海关、市商务委、市统计局、重庆市物流办、陆海新通道运营有限公司。")
    b.blank()
    b.raw("重庆市商务委员会　　重庆市统计局　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.raw("2026年2月20日　　　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.blank(2)

    # 版记 as a one-column layout table with top/bottom rules
    t = b.doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0 = t.rows[0].cells[0]
    add_text(c0.paragraphs[0], "抄送：重庆海关，市发展改革委、市统计局、市物流办。", font=FS, size=14)
    cell_borders(c0, sides=("top", "bottom"), sz=8)
    c1 = t.rows[1].cells[0]
    add_text(c1.paragraphs[0], "重庆市商务委员会办公室　　　　　　　　　2026年2月27日印发", font=FS, size=14)
    cell_borders(c1, sides=("bottom",), sz=8)
    return b


# =========================================================================== document 3
def doc_guangxi():
    b = Builder()
    title = "2025年广西对东盟及共建“一带一路”国家贸易统计公报"
    b.start({
        "title": title,
        "doc_number": None,
        "issuer": ["广西壮族自治区商务厅", "广西壮族自治区统计局"],
        "date": "2026-03-18",
        "published": "2026-03-20",
        "level": "provincial",
        "region": "广西壮族自治区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "公报",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    })
    # header block laid out in a borderless table
    t = b.doc.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    add_text(l.paragraphs[0], "广西壮族自治区商务厅\n广西壮族自治区统计局", font=KT, size=12)
    r.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_text(r.paragraphs[0], "发布时间：2026年3月20日\n来源：自治区商务厅", font=KT, size=12)
    b.blank()
    b.title("2025年广西对东盟及共建“一带一路”\n国家贸易统计公报")
    b.blank()

    b.body("2025年，广西深入贯彻落实习近平总书记关于广西工作论述的重要要求，主动服务和融入共建“一带一路”，"
           "加快构建面向东盟的开放合作高地，全区对外贸易保持平稳增长，对东盟及共建“一带一路”国家贸易占比持续提升。")

    b.h1("一、全区对外贸易总体情况")
    b.body("全年全区货物进出口总值7368.2亿元，比上年增长5.3%。其中，出口3892.6亿元，增长7.8%；进口3475.6亿元，增长2.6%。"
           "贸易顺差417.0亿元，比上年扩大86.7%。")
    b.body("分贸易方式看，一般贸易进出口2786.5亿元，增长6.2%；加工贸易进出口1512.8亿元，增长3.4%；"
           "边境贸易进出口1862.4亿元，增长7.3%，占全区外贸总值的25.3%。")
    b.body("分商品看，出口机电产品2218.7亿元，增长10.6%，占出口总值的57.0%；进口金属矿砂、原油、农产品等"
           "大宗商品1635.2亿元，下降1.8%。")

    b.h1("二、对东盟和共建“一带一路”国家贸易情况")
    b.runin("（一）对东盟贸易。", "全年全区对东盟进出口3125.4亿元，增长9.2%，占全区外贸总值的42.4%，"
            "东盟连续26年保持广西第一大贸易伙伴地位。其中，对越南进出口2018.6亿元，增长10.5%。", head_font=FS, head_bold=True)
    b.runin("（二）对共建“一带一路”国家贸易。", "全年全区对共建“一带一路”国家进出口4702.8亿元，增长8.1%，"
            "占全区外贸总值的63.8%。其中，出口2856.3亿元，增长10.9%；进口1846.5亿元，增长4.0%。", head_font=FS, head_bold=True)
    b.runin("（三）对RCEP其他成员国贸易。", "全年全区对RCEP其他成员国进出口3486.9亿元，增长6.7%；"
            "全区签发RCEP原产地证书1.86万份，增长12.3%。", head_font=FS, head_bold=True)
    b.raw("表1　2025年广西对共建“一带一路”主要国家进出口情况", font=HT, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, before=6)
    b.table(["序号", "国别（地区）", "进出口（亿元）", "出口（亿元）", "进口（亿元）", "同比±%"], [
        ["1", "越南", "2018.6", "1236.4", "782.2", "10.5"],
        ["2", "泰国", "268.4", "96.7", "171.7", "6.8"],
        ["3", "印度尼西亚", "256.3", "88.5", "167.8", "4.1"],
        ["4", "马来西亚", "198.7", "72.4", "126.3", "3.6"],
        ["5", "沙特阿拉伯", "142.5", "31.6", "110.9", "13.3"],
        ["6", "俄罗斯", "121.9", "43.2", "78.7", "-2.7"],
        ["7", "新加坡", "108.6", "61.3", "47.3", "7.9"],
        ["8", "智利", "96.4", "12.8", "83.6", "5.5"],
    ], widths=[1.2, 3, 2.6, 2.4, 2.4, 2])
    b.body("注：对越南进出口含边民互市贸易和边境小额贸易。", font=FS, size=12)

    b.h1("三、边境贸易、跨境电商和物流通道情况")
    b.body("全年全区边境贸易进出口1862.4亿元，增长7.3%。其中，边民互市贸易进出口628.5亿元，增长4.4%；"
           "边民互市进口商品落地加工产值突破400亿元。")
    b.body("全年全区跨境电商进出口412.7亿元，增长22.0%，南宁、崇左跨境电子商务综合试验区带动作用明显。")
    b.body("全年中越跨境班列开行1536列，增长26.1%；西部陆海新通道海铁联运班列完成运量112.6万标箱，增长16.7%；"
           "北部湾港完成集装箱吞吐量1102.8万标箱，增长9.6%。")
    b.raw("表2　2025年广西边境贸易、跨境电商及物流通道主要指标", font=HT, size=14,
          align=WD_ALIGN_PARAGRAPH.CENTER, before=6)
    b.table(["项目", "2025年", "2024年", "增减（%）"], [
        ["边境贸易进出口（亿元）", "1862.4", "1735.9", "7.3"],
        ["其中：边民互市贸易（亿元）", "628.5", "602.1", "4.4"],
        ["跨境电商进出口（亿元）", "412.7", "338.2", "22.0"],
        ["中越跨境班列开行（列）", "1536", "1218", "26.1"],
        ["西部陆海新通道海铁联运班列（万标箱）", "112.6", "96.5", "16.7"],
    ], widths=[7, 2.5, 2.5, 2.5])
    b.blank()

    b.h1("四、双向投资情况")
    b.body("全年全区新设外商投资企业1218家，增长15.6%；实际使用外资13.8亿美元，增长4.2%。其中，"
           "东盟国家在桂新设企业386家，增长22.5%。全区对外直接投资中方投资额9.6亿美元，增长11.3%，"
           "其中对东盟投资6.8亿美元，占70.8%。")

    b.h1("五、中国（广西）自由贸易试验区和开放平台情况")
    b.body("中国（广西）自由贸易试验区全年实现进出口1683.5亿元，增长8.4%。其中，南宁片区进出口692.4亿元，"
           "钦州港片区进出口728.6亿元，崇左片区进出口262.5亿元。")
    b.body("全区7个综合保税区全年实现进出口1526.3亿元，增长6.9%；中国—东盟经贸中心、面向东盟的金融开放门户等平台"
           "功能持续增强。")
    b.blank()

    b.raw("注释", font=HT, first_indent=True)
    b.body("1.本公报所列数据为初步统计数，最终数据以国家统计局、海关总署正式公布为准。", font=FS, size=14)
    b.body("2.部分数据因四舍五入原因，存在总计与分项合计不等的情况。", font=FS, size=14)
    b.body("资料来源：南宁海关、自治区商务厅、自治区统计局、中国国家铁路集团有限公司南宁局集团有限公司、北部湾港务集团。",
           font=FS, size=14)
    b.blank()
    b.raw("附注：主要指标解释", font=HT, first_indent=True)
    b.body("1.边境贸易：包括边民互市贸易和边境小额贸易。", font=FS, size=14)
    b.body("（1）边民互市贸易：指边境地区边民在边境线20公里以内、经政府批准的开放点或指定的集市上，"
           "在不超过规定的金额或数量范围内进行的商品交换活动。", font=FS, size=14)
    b.body("（2）边境小额贸易：指沿陆地边境线经国家批准对外开放的边境县（旗）、边境城市辖区内经批准有边境小额贸易经营权的企业，"
           "通过国家指定的陆地边境口岸，与毗邻国家边境地区的企业或其他贸易机构之间进行的贸易活动。", font=FS, size=14)
    b.body("2.RCEP其他成员国：指除我国以外的《区域全面经济伙伴关系协定》14个成员国，包括东盟10国和日本、韩国、澳大利亚、新西兰。",
           font=FS, size=14)
    b.body("3.中越跨境班列：指经凭祥（铁路）口岸往返中国与越南的国际货运班列。", font=FS, size=14)
    b.blank()
    b.raw("广西壮族自治区商务厅　　广西壮族自治区统计局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.raw("2026年3月18日　　　　　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return b


# =========================================================================== main
def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_576", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for stem, fn in [("blind576_fujian_gongbao", doc_fujian),
                     ("blind576_chongqing_tongzhi", doc_chongqing),
                     ("blind576_guangxi_gongbao", doc_guangxi)]:
        b = fn()
        path = b.save(stem)
        to_pdf(path)
        expected[stem] = b.docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
