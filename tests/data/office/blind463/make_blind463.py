# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 463 blind test documents: 提案答复 from provincial 商务厅 + 征询意见表."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xE6, 0x00, 0x12)


# ---------------------------------------------------------------- helpers
def set_font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=False, spacing=28):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(spacing)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    add_page_number(sec)
    return doc


def add_field(par, instr, size=14):
    r1 = par.add_run()
    set_font(r1, "宋体", size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._element.append(fc)
    r2 = par.add_run()
    set_font(r2, "宋体", size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2._element.append(it)
    r3 = par.add_run()
    set_font(r3, "宋体", size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._element.append(fc)
    r4 = par.add_run("1")
    set_font(r4, "宋体", size)
    r5 = par.add_run()
    set_font(r5, "宋体", size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._element.append(fc)


def add_page_number(sec):
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    add_field(p, "PAGE")
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def border(p, side="bottom", color="E60012", sz=12):
    ppr = p._element.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    bdr.append(e)


def table_borders(tbl, on=True):
    tblPr = tbl._element.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single" if on else "nil")
        if on:
            e.set(qn("w:sz"), "4")
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def set_widths(tbl, widths):
    """Fixed column widths that LibreOffice honours (tblGrid + tcW + tblW)."""
    tbl.autofit = False
    tblPr = tbl._element.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblPr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths) * 567)))
    tw.set(qn("w:type"), "dxa")
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    grid = tbl._element.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j] * 567)))
    for row in tbl.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)


class Writer:
    """Writes paragraphs and keeps the clause list in step."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []

    def empty(self, n=1):
        for _ in range(n):
            p = self.doc.add_paragraph()
            fmt(p)

    def line(self, text, font=FS, size=16, bold=False, align=None,
             indent=False, color=None, clause=False, spacing=28):
        p = self.doc.add_paragraph()
        fmt(p, align, indent, spacing)
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
        if clause:
            self.clauses.append(text)
        return p

    def body(self, text):
        return self.line(text, indent=True, clause=True)

    def runin(self, label, head, text, head_font=KT, head_bold=False):
        """Run-in heading typed in its own run(s)."""
        p = self.doc.add_paragraph()
        fmt(p, None, True)
        if label:
            r = p.add_run(label)
            set_font(r, head_font, 16, head_bold)
        r = p.add_run(head)
        set_font(r, head_font, 16, head_bold)
        r = p.add_run(text)
        set_font(r, FS, 16)
        self.clauses.append(label + head + text)
        return p

    def broken(self, parts, indent=True):
        """One paragraph with soft line breaks between parts (mid-sentence)."""
        p = self.doc.add_paragraph()
        fmt(p, None, indent)
        for i, t in enumerate(parts):
            r = p.add_run(t)
            set_font(r, FS, 16)
            if i < len(parts) - 1:
                r.add_break()
        self.clauses.append("".join(parts))
        return p

    def data_table(self, header, rows, header_breaks=None, widths=None,
                   size=12):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        table_borders(t, True)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        header_breaks = header_breaks or {}
        for j, h in enumerate(header):
            c = t.rows[0].cells[j]
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            parts = header_breaks.get(j, [h])
            for k, part in enumerate(parts):
                r = p.add_run(part)
                set_font(r, HT, size)
                if k < len(parts) - 1:
                    r.add_break()
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                c = t.rows[i + 1].cells[j]
                p = c.paragraphs[0]
                p.alignment = (WD_ALIGN_PARAGRAPH.LEFT if j == 1 and len(v) > 6
                               else WD_ALIGN_PARAGRAPH.CENTER)
                if v:
                    r = p.add_run(v)
                    set_font(r, FS, size)
            self.clauses.append("；".join(
                "%s：%s" % (header[j], row[j]) for j in range(len(header))))
        if widths:
            set_widths(t, widths)
        return t


def red_header(w, organ, docno, signer=None, corner=None):
    if corner:
        w.line(corner, font=HT, size=16)
    w.empty()
    w.line(organ, font=XBS, size=48, align=WD_ALIGN_PARAGRAPH.CENTER,
           color=RED, spacing=60)
    w.empty()
    if signer:
        # 文号 and 签发人 on one line, aligned with manual spaces
        p = w.line(docno + "                  " + signer,
                   align=WD_ALIGN_PARAGRAPH.LEFT)
    else:
        p = w.line(docno, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "E60012", 18)
    w.empty()


def banji(w, cc, printer, pdate):
    w.empty(2)
    p = w.line("抄送：" + cc, size=14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = w.line(" " + printer + "                       " + pdate + "印发",
               size=14)
    border(p, "bottom", "000000", 8)


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_463", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=300)


# ------------------------------------------------------------ document 1
PROPOSAL_FJ = "关于支持跨境电商海外仓建设助力外贸新业态高质量发展的提案"


def make_fujian_dafu():
    doc = new_doc()
    w = Writer(doc)
    red_header(w, "福建省商务厅", "闽商务函〔2025〕156号", "签发人：陈志明",
               corner="A类")
    # title typed as two separate paragraphs
    w.line("福建省商务厅关于政协第十三届福建省委员会",
           font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
    w.line("第三次会议第0123号提案的答复",
           font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
    w.empty()
    w.line("林晓燕委员：")
    w.body("您提出的《" + PROPOSAL_FJ + "》（第0123号）收悉。我厅高度重视，"
           "会同省财政厅、省发展改革委、福州海关、厦门海关、中国出口信用保险"
           "公司福建分公司等单位认真研究办理，并于2025年4月22日通过座谈方式"
           "与您进行了沟通交流。现将办理情况答复如下：")
    w.line("一、我省跨境电商和海外仓发展基本情况", font=HT, indent=True)
    w.body("近年来，我省把跨境电商作为稳外贸、促转型的重要抓手，全省9个设区市"
           "均已获批设立跨境电子商务综合试验区，实现综试区全覆盖。2024年，"
           "全省跨境电商进出口1588.6亿元，同比增长12.4%，其中出口1326.7亿元，"
           "同比增长14.1%。截至2024年底，全省企业在境外设立海外仓312个，"
           "总面积超过260万平方米，覆盖美国、德国、英国、波兰、马来西亚、"
           "阿联酋等40余个国家和地区，其中省级公共海外仓58个。")
    w.body("各综试区2024年主要发展指标如下：")
    header = ["综试区", "跨境电商进出口额（亿元）", "同比增长（%）",
              "海外仓数量（个）"]
    rows = [
        ["福州", "421.3", "10.8", "76"],
        ["厦门", "498.5", "13.2", "91"],
        ["泉州", "352.7", "15.6", "68"],
        ["漳州", "98.4", "11.9", "21"],
        ["莆田", "76.2", "9.7", "17"],
        ["宁德", "42.6", "18.3", "9"],
        ["龙岩", "35.8", "8.4", "10"],
        ["三明", "31.6", "12.5", "9"],
        ["南平", "31.5", "7.9", "11"],
        ["合计", "1588.6", "12.4", "312"],
    ]
    w.data_table(header, rows,
                 header_breaks={1: ["跨境电商进出口额", "（亿元）"],
                                2: ["同比增长", "（%）"],
                                3: ["海外仓数量", "（个）"]},
                 widths=[3.0, 4.6, 3.6, 4.0])
    w.empty()
    w.line("二、关于提案所提建议的办理情况", font=HT, indent=True)
    w.runin("（一）", "关于加大海外仓建设资金支持力度的建议。",
            "2024年，省级商务发展专项资金安排1.2亿元支持跨境电商发展，其中对"
            "企业新建或租赁海外仓按照实际投入给予最高200万元补助，全年共支持"
            "海外仓项目47个。2025年，我厅会同省财政厅修订完善支持政策，将公共"
            "海外仓智能化改造、海外仓与独立站协同运营等纳入支持范围，并对服务"
            "本省中小企业超过50家的公共海外仓给予额外奖励。")
    w.runin("（二）", "关于提升跨境电商通关便利化水平的建议。",
            "福州海关、厦门海关全面推广跨境电商B2B直接出口（9710）、跨境电商"
            "出口海外仓（9810）监管模式，实行“一次登记、一点对接、便利通关、"
            "简化申报”，对符合条件的海外仓企业开展备案互认。2024年，全省跨境"
            "电商出口平均通关时间较上年压缩21.6%。下一步，我厅将配合海关推动"
            "跨境电商退货中心仓模式在福州、厦门有关综合保税区落地，着力解决"
            "“退货难”问题。")
    w.runin("（三）", "关于强化出口信用保险和金融服务支撑的建议。",
            "我厅与中国出口信用保险公司福建分公司联合推出“海外仓+信保”专属"
            "保险产品，2024年累计承保金额达86.3亿元，服务企业1260家。同时，"
            "推动省内银行机构开发“跨境电商贷”“海外仓仓单质押”等产品，引导"
            "支付机构为跨境电商企业提供合规、便捷、低成本的跨境收付款服务。")
    w.runin("（四）", "关于加强跨境电商人才培养的建议。",
            "我厅联合省教育厅、省人力资源社会保障厅实施跨境电商人才培育工程，"
            "支持福州大学、厦门大学嘉庚学院、黎明职业大学等院校开设跨境电商"
            "相关专业，2024年共培训跨境电商从业人员2.3万人次。同时，依托"
            "“丝路电商”合作机制，组织企业参加中国—东盟跨境电商交流活动，"
            "拓展与共建“一带一路”国家的合作渠道。")
    w.line("三、下一步工作打算", font=HT, indent=True)
    w.body("下一步，我厅将认真吸纳您的意见建议，重点做好以下工作：")
    # Word automatic numbering (List Number): "1." is not in the text runs
    items = [
        ("完善支持政策。", "研究制定《福建省推进跨境电商海外仓高质量发展三年"
         "行动方案（2025—2027年）》，优化省级商务发展专项资金支持方式，重点"
         "支持面向共建“一带一路”国家的公共海外仓建设。"),
        ("培育市场主体。", "实施跨境电商“品牌出海”行动，每年遴选一批省级"
         "跨境电商示范企业和优秀海外仓，推动产业带企业与跨境电商平台精准"
         "对接。"),
        ("深化监管创新。", "积极争取在中国（福建）自由贸易试验区开展跨境电商"
         "监管创新试点，推动海外仓数据与国际贸易“单一窗口”互联互通，提升"
         "出口退税、结汇便利化水平。"),
        ("强化服务保障。", "发挥省跨境电商行业协会作用，搭建海外仓公共信息"
         "服务平台，及时发布重点市场政策法规和风险预警信息。"),
    ]
    for i, (h, t) in enumerate(items, 1):
        p = doc.add_paragraph(style="List Number")
        fmt(p, None, True)
        r = p.add_run(h)
        set_font(r, FS, 16, bold=True)
        r = p.add_run(t)
        set_font(r, FS, 16)
        w.clauses.append("%d.%s%s" % (i, h, t))
    w.body("感谢您对全省商务工作的关心和支持，欢迎继续提出宝贵意见和建议。")
    w.body("联系人：王立新；联系电话：0591-87531234")
    w.empty()
    w.line("附件：提案办理情况征询意见表", indent=True)
    w.empty(2)
    w.line("福建省商务厅        ", align=WD_ALIGN_PARAGRAPH.RIGHT)
    w.line("2025年6月18日        ", align=WD_ALIGN_PARAGRAPH.RIGHT)
    w.empty()
    w.line("（此件公开发布）", indent=True)
    banji(w, "省政协提案委，省政府督查室。", "福建省商务厅办公室",
          "2025年6月18日")
    name = "blind463_fujian_dafu"
    doc.save(os.path.join(HERE, name + ".docx"))
    meta = {
        "title": "福建省商务厅关于政协第十三届福建省委员会第三次会议第0123号"
                 "提案的答复",
        "doc_number": "闽商务函〔2025〕156号",
        "issuer": ["福建省商务厅"],
        "date": "2025-06-18",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": None,
        "expires": None,
        "attachments": ["提案办理情况征询意见表"],
        "doc_type": "答复",
        "recipients": ["林晓燕委员"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return name, [{"meta": meta, "clauses": w.clauses}]


# ------------------------------------------------------------ document 2
def make_fujian_form():
    doc = new_doc()
    w = Writer(doc)
    w.line("附件", font=HT)
    w.empty()
    w.line("提案办理情况征询意见表", font=XBS, size=22,
           align=WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
    w.empty()
    for t in ["提案号：第0123号",
              "提案题目：" + PROPOSAL_FJ,
              "提案者：林晓燕"]:
        w.line(t, clause=True)
    # two fields on one line, separated by manual spaces
    w.line("承办单位：福建省商务厅    答复时间：2025年6月18日", clause=True)
    w.line("办理结果类别：A类（所提问题已经解决或采纳）", clause=True)
    w.empty()
    header = ["序号", "征询事项", "满意", "基本满意", "不满意"]
    rows = [
        ["1", "办理前与提案者联系沟通情况", "□", "□", "□"],
        ["2", "办理过程中与提案者联系沟通情况", "□", "□", "□"],
        ["3", "答复前与提案者沟通答复意见情况", "□", "□", "□"],
        ["4", "承办单位办理工作态度", "□", "□", "□"],
        ["5", "对提案办理结果的评价", "□", "□", "□"],
    ]
    w.data_table(header, rows, widths=[1.4, 7.4, 2.2, 2.6, 2.2], size=14)
    w.empty()
    w.line("提案者对办理工作的意见和建议：", clause=True)
    w.empty(3)
    w.line("提案者（签名）：", clause=True)
    w.line("填表日期：    年  月  日", clause=True)
    w.empty()
    w.line("填表说明：", font=HT)
    for t in [
        "1.请在相应“□”内打“√”，每项只选一项。",
        "2.请于收到答复之日起15日内将本表寄回或传真至福建省商务厅，同时抄送"
        "省政协提案委员会。",
        "3.联系地址：福州市鼓楼区东大路88号；邮政编码：350001；传真："
        "0591-87531299。",
    ]:
        w.line(t, size=14, clause=True)
    name = "blind463_fujian_zhengxunbiao"
    doc.save(os.path.join(HERE, name + ".docx"))
    meta = {
        "title": "提案办理情况征询意见表",
        "doc_number": None,
        "issuer": ["福建省商务厅"],
        "date": "2025-06-18",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "表",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return name, [{"meta": meta, "clauses": w.clauses}]


# ------------------------------------------------------------ document 3
def make_sichuan_dafu():
    doc = new_doc()
    w = Writer(doc)
    # corner mark "B类" inside a one-cell bordered box, right side
    t = doc.add_table(rows=1, cols=1)
    table_borders(t, True)
    t.alignment = WD_TABLE_ALIGNMENT.RIGHT
    set_widths(t, [2.2])
    c = t.rows[0].cells[0]
    p = c.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("B类")
    set_font(r, HT, 16)
    red_header(w, "四川省商务厅", "川商务函〔2025〕289号")
    w.line("四川省商务厅关于政协第十三届四川省委员会第三次会议第0456号提案的答复",
           font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
    w.empty()
    w.line("赵家明委员：")
    w.broken(["您提出的《关于发挥中欧班列（成渝）通道优势推动综合保税区与班列联动"
              "发展的提案》收悉。经商省发展改革委、省交通运输厅、成都海关和",
              "中国铁路成都局集团有限公司，现答复如下："])
    w.empty()
    w.line("一、基本情况", font=HT, indent=True)
    w.body("中欧班列（成渝）是共建“一带一路”的重要国际物流通道。2024年，中欧"
           "班列（成渝）开行超过5400列，开行量和货值保持全国前列。全省现有综合"
           "保税区6个，分别为成都高新综合保税区、成都国际铁路港综合保税区、成都"
           "高新西园综合保税区、绵阳综合保税区、宜宾综合保税区和泸州综合保税区，"
           "2024年全省综合保税区实现进出口总额4794.1亿元，约占全省外贸进出口总"
           "额的46%。")
    w.body("各综合保税区2024年主要指标见下表。")
    header = ["序号", "综合保税区", "进出口总额（亿元）",
              "经中欧班列运输货值（亿元）", "备注"]
    rows = [
        ["1", "成都高新综合保税区", "3865.2", "126.4", ""],
        ["2", "成都国际铁路港综合保税区", "412.7", "298.5", "班列集结中心所在地"],
        ["3", "成都高新西园综合保税区", "286.3", "35.1", ""],
        ["4", "绵阳综合保税区", "58.6", "4.2", ""],
        ["5", "宜宾综合保税区", "97.4", "6.8", ""],
        ["6", "泸州综合保税区", "73.9", "9.6", "依托泸州港开展铁水联运"],
    ]
    w.data_table(header, rows,
                 header_breaks={2: ["进出口总额", "（亿元）"],
                                3: ["经中欧班列运输", "货值（亿元）"]},
                 widths=[1.3, 5.2, 2.8, 3.4, 3.2])
    w.empty()
    w.line("二、办理情况", font=HT, indent=True)
    w.runin("（一）", "推动班列与综保区功能联动。",
            "支持成都国际铁路港综合保税区与中欧班列（成渝）集结中心一体化运营，"
            "推行“班列+综保区”联动监管模式，进口货物抵达后可直接转入综合保税区"
            "保税存储，出口货物在区内完成集拼后直接装车发运。2024年，经中欧班列"
            "进出全省综合保税区的货值达480.6亿元，同比增长17.3%。",
            head_font=FS, head_bold=True)
    w.runin("（二）", "拓展“班列+保税”业务模式。",
            "依托综合保税区发展保税维修、保税研发、跨境电商网购保税进口（1210）"
            "等新业态，推动中欧班列运邮、跨境电商专列常态化开行。2024年，全省"
            "经中欧班列运输的跨境电商货物达2.1万标箱。",
            head_font=FS, head_bold=True)
    w.runin("（三）", "优化通关监管服务。",
            "成都海关在中欧班列（成渝）推广“铁路快通”“多式联运一单制”等模式，"
            "实现铁路运输货物在口岸与综合保税区之间“一次申报、一次查验、一次放行”，"
            "进口货物平均通关时间压缩至8小时以内。",
            head_font=FS, head_bold=True)
    w.runin("（四）", "加强要素保障。",
            "我厅会同省发展改革委、省交通运输厅，对中欧班列回程货源组织、综合"
            "保税区招商引资等给予支持，2024年共安排省级外经贸发展专项资金"
            "6800万元，支持班列与综合保税区联动项目23个。",
            head_font=FS, head_bold=True)
    w.line("三、关于暂不具备条件的建议", font=HT, indent=True)
    w.body("您在提案中提出的在成都国际铁路港综合保税区设立中欧班列进口商品分拨"
           "中心、增设进口肉类指定监管场地等建议，涉及国家有关部委审批，需统筹"
           "考虑监管条件、市场需求等因素。我厅已将上述事项列入2025—2026年工作"
           "计划，积极向商务部、海关总署汇报争取，逐步推动解决。")
    w.empty()
    w.line("四、下一步工作", font=HT, indent=True)
    w.body("1.推动综合保税区提质升级。按照国家关于综合保税区高质量发展的部署，"
           "开展综合保税区发展绩效评估，引导各综合保税区立足班列通道优势发展"
           "特色产业。")
    w.body("2.深化班列与自贸试验区协同。依托中国（四川）自由贸易试验区成都青白"
           "江铁路港片区，复制推广铁路运输单证金融服务等创新经验。具体包括：")
    w.body("（1）扩大铁路提单融资试点范围，支持更多银行机构参与；")
    w.body("（2）探索开展中欧班列进口整车保税仓储业务；")
    w.body("（3）推动川渝两地综合保税区在班列货源组织、通关监管等方面加强合作。")
    w.body("3.加强政策宣传和企业服务。定期组织班列运营企业、综合保税区管理机构"
           "和外贸企业开展对接活动，帮助企业用足用好相关政策。")
    w.body("衷心感谢您对全省商务工作的关心和支持。")
    w.body("（联系人：刘思远；联系电话：028-83225671）")
    w.empty(2)
    # 落款 in a borderless two-cell layout table
    t = doc.add_table(rows=1, cols=2)
    table_borders(t, False)
    set_widths(t, [8.0, 7.6])
    p = t.rows[0].cells[1].paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("四川省商务厅")
    set_font(r, FS, 16)
    r.add_break()
    r = p.add_run("二〇二五年六月二十六日")
    set_font(r, FS, 16)
    banji(w, "省政协提案委员会，省政府办公厅。", "四川省商务厅办公室",
          "2025年6月26日")
    name = "blind463_sichuan_dafu"
    doc.save(os.path.join(HERE, name + ".docx"))
    meta = {
        "title": "四川省商务厅关于政协第十三届四川省委员会第三次会议第0456号"
                 "提案的答复",
        "doc_number": "川商务函〔2025〕289号",
        "issuer": ["四川省商务厅"],
        "date": "2025-06-26",
        "published": None,
        "level": "provincial",
        "region": "四川省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "答复",
        "recipients": ["赵家明委员"],
        "publicity": None,
        "repeals": None,
    }
    return name, [{"meta": meta, "clauses": w.clauses}]


def main():
    expected = {}
    for fn in (make_fujian_dafu, make_fujian_form, make_sichuan_dafu):
        name, docs = fn()
        expected[name] = docs
        convert(os.path.join(HERE, name + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
