# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 696: 投资合作意向书 / 合作框架协议 + 签约新闻稿."""
import json
import os
import subprocess
from copy import deepcopy

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"


# ----------------------------------------------------------------- helpers
def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), name)
    rfonts.set(qn("w:hAnsi"), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)


def fmt(p, indent=True, size=16, align=None, line=28, before=0, after=0):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align


class Doc:
    def __init__(self, body_font=FS, body_size=16, line=28):
        self.d = Document()
        self.body_font = body_font
        self.body_size = body_size
        self.line = line
        self.clauses = []
        sec = self.d.sections[0]
        sec.page_height = Cm(29.7)
        sec.page_width = Cm(21.0)
        sec.top_margin = Cm(3.7)
        sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)
        st = self.d.styles["Normal"]
        st.font.name = body_font
        st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), body_font)
        st.font.size = Pt(body_size)
        self._num_abstract = {}
        self.page_number_footer()

    # plain body paragraph; runs = list of (text, font, bold) or str
    def para(self, runs, clause=True, indent=True, align=None, font=None,
             size=None, bold=False, before=0, after=0, line=None):
        p = self.d.add_paragraph()
        size = size or self.body_size
        fmt(p, indent=indent, size=size, align=align, line=line or self.line,
            before=before, after=after)
        if isinstance(runs, str):
            runs = [(runs, font or self.body_font, bold)]
        text = ""
        for item in runs:
            if item == "<BR>":
                p.add_run().add_break()
                continue
            t, f, b = item
            r = p.add_run(t)
            set_font(r, f, size, b)
            text += t
        if clause:
            self.clauses.append(text)
        return p

    def empty(self, n=1):
        for _ in range(n):
            p = self.d.add_paragraph()
            fmt(p, indent=False, line=self.line)

    def page_break(self):
        p = self.d.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def red_line(self, p, color="FF0000", sz=18):
        ppr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "6")
        b.set(qn("w:color"), color)
        bdr.append(b)
        ppr.append(bdr)

    def page_number_footer(self):
        footer = self.d.sections[0].footer
        p = footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run("— ")
        set_font(r, ST, 14)
        r = p.add_run()
        set_font(r, ST, 14)
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
        set_font(r, ST, 14)

    # Word automatic numbering -------------------------------------------
    def _abstract(self, key, numfmt, lvltext):
        if key in self._num_abstract:
            return self._num_abstract[key]
        numbering = self.d.part.numbering_part.element
        ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
        aid = max(ids + [0]) + 10
        a = OxmlElement("w:abstractNum")
        a.set(qn("w:abstractNumId"), str(aid))
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "singleLevel")
        a.append(mlt)
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, val in (("w:start", "1"), ("w:numFmt", numfmt), ("w:suff", "nothing"),
                         ("w:lvlText", lvltext), ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), "0")
        ind.set(qn("w:firstLine"), str(self.body_size * 2 * 20))
        ppr.append(ind)
        lvl.append(ppr)
        a.append(lvl)
        # abstractNum elements must precede num elements
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(a)
        else:
            numbering.append(a)
        self._num_abstract[key] = aid
        return aid

    def new_list(self, numfmt, lvltext):
        aid = self._abstract((numfmt, lvltext), numfmt, lvltext)
        numbering = self.d.part.numbering_part.element
        nids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
        nid = max(nids + [0]) + 1
        n = OxmlElement("w:num")
        n.set(qn("w:numId"), str(nid))
        an = OxmlElement("w:abstractNumId")
        an.set(qn("w:val"), str(aid))
        n.append(an)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        n.append(ov)
        numbering.append(n)
        return nid

    def auto_item(self, nid, shown_number, text):
        p = self.para(text, clause=False)
        ppr = p._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), str(nid))
        numpr.append(il)
        numpr.append(ni)
        ppr.insert(0, numpr)
        # the analyst sees the rendered number
        self.clauses.append(shown_number + text)
        return p

    # tables ----------------------------------------------------------------
    @staticmethod
    def no_borders(table):
        tblpr = table._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), "nil")
            b.append(e)
        tblpr.append(b)

    @staticmethod
    def all_borders(table):
        tblpr = table._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), "4")
            e.set(qn("w:color"), "000000")
            b.append(e)
        tblpr.append(b)

    def cell_text(self, cell, parts, font=None, size=None, bold=False, align=None, line=None):
        p = cell.paragraphs[0]
        fmt(p, indent=False, size=size or self.body_size, align=align,
            line=line or self.line)
        for item in parts if isinstance(parts, list) else [parts]:
            if item == "<BR>":
                p.add_run().add_break()
                continue
            r = p.add_run(item)
            set_font(r, font or self.body_font, size or self.body_size, bold)

    def data_table(self, header, rows, widths, size=12, line=20):
        t = self.d.add_table(rows=1 + len(rows), cols=len(header))
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        self.all_borders(t)
        for i, h in enumerate(header):
            self.cell_text(t.rows[0].cells[i], h, font=HT, size=size,
                           align=WD_ALIGN_PARAGRAPH.CENTER, line=line)
        for ri, row in enumerate(rows, start=1):
            for ci, v in enumerate(row):
                self.cell_text(t.rows[ri].cells[ci], v, size=size,
                               align=WD_ALIGN_PARAGRAPH.CENTER, line=line)
            self.clauses.append("；".join(f"{h}：{v}" for h, v in zip(header, row)))
        for row in t.rows:
            for ci, w in enumerate(widths):
                row.cells[ci].width = Cm(w)
        return t

    def save(self, name):
        path = os.path.join(HERE, name + ".docx")
        self.d.save(path)
        return path


def title(doc, parts, size=22, before=0, after=12):
    p = doc.d.add_paragraph()
    fmt(p, indent=False, size=size, align=WD_ALIGN_PARAGRAPH.CENTER, line=36,
        before=before, after=after)
    for item in parts:
        if item == "<BR>":
            p.add_run().add_break()
        else:
            r = p.add_run(item)
            set_font(r, XBS, size)
    return p


def signing_table(doc, left, right, font, size):
    """Two-column borderless table; left/right are lists of cell paragraphs
    (each either a str or a list with '<BR>' soft breaks)."""
    t = doc.d.add_table(rows=len(left), cols=2)
    doc.no_borders(t)
    for i, (l, r) in enumerate(zip(left, right)):
        doc.cell_text(t.rows[i].cells[0], l, font=font, size=size, line=30)
        doc.cell_text(t.rows[i].cells[1], r, font=font, size=size, line=30)
    for row in t.rows:
        row.cells[0].width = Cm(7.8)
        row.cells[1].width = Cm(7.8)
    return t


# ================================================================ document 1
def make_qingdao_yixiangshu():
    D = Doc(body_font=FS, body_size=16, line=28)
    jia = "中国（山东）自由贸易试验区青岛片区管理委员会"
    yi = "青岛中冷海通供应链管理有限公司"
    full_title = "中国（山东）自由贸易试验区青岛片区跨境冷链供应链基地项目投资合作意向书"

    D.empty()
    title(D, ["中国（山东）自由贸易试验区青岛片区", "<BR>", "跨境冷链供应链基地项目投资合作意向书"],
          after=24)
    D.empty()

    # party block: manual full-width spaces for alignment (not clauses)
    for line_ in [
        "甲　　方：" + jia,
        "地　　址：山东省青岛市黄岛区前湾港路567号",
        "负 责 人：李振华",
        "",
        "乙　　方：" + yi,
        "统一社会信用代码：91370211MAC8R2KQ5L",
        "地　　址：山东省青岛市黄岛区长江中路216号国贸中心A座2306室",
        "法定代表人：周文涛",
    ]:
        if line_:
            D.para([(line_, FS, line_.startswith(("甲", "乙")))], clause=False, indent=False)
        else:
            D.empty()
    D.empty()

    D.para("鉴于甲方是经国务院批准设立的中国（山东）自由贸易试验区青岛片区的管理机构，"
           "负责片区内投资促进、产业规划和项目服务等工作，片区内拥有青岛前湾综合保税区、"
           "前湾港等开放平台，具备发展跨境冷链物流和进口食品贸易的区位和政策优势；")
    D.para("鉴于乙方是一家专业从事冷链仓储、进口肉类及水产品贸易、国际货运代理的企业，"
           "在日本、韩国、东盟国家及欧洲建有稳定的采购和分销网络，具有较强的资金实力和运营管理经验；")
    D.para("鉴于乙方有意在青岛片区投资建设跨境冷链供应链基地项目，甲方欢迎并支持乙方投资，"
           "愿意为项目落地提供相应服务；")
    D.para("为此，甲乙双方本着“平等自愿、诚实守信、优势互补、互利共赢”的原则，经友好协商，"
           "就乙方在青岛片区投资建设跨境冷链供应链基地项目达成如下意向：")

    def heading(t):
        # article heading on its own line, bold 黑体, centred -> not a clause
        D.para([(t, HT, True)], clause=False, indent=False,
               align=WD_ALIGN_PARAGRAPH.CENTER, before=6)

    heading("第一条　项目概况")
    D.para("1.1 项目名称：青岛片区跨境冷链供应链基地项目（以下简称“本项目”）。")
    D.para("1.2 项目选址：青岛前湾综合保税区内，东至港润大道、南至规划五号路、西至金沙滩路、"
           "北至规划三号路，拟用地面积约120亩（以实际出让面积为准）。")
    # soft line break typed in the middle of the sentence
    p = D.para([("1.3 建设内容：主要建设低温冷库（-18℃至-60℃）约8万吨库容、", FS, False),
                "<BR>",
                ("保税查验及分拨中心、进口食品展示交易中心及配套办公设施，总建筑面积约11万平方米。", FS, False)])
    D.para("1.4 投资规模：本项目计划总投资约15亿元人民币，其中固定资产投资不低于11亿元人民币。")
    D.para("1.5 建设周期：本项目计划于2026年3月31日前开工建设，2027年12月31日前竣工并投入运营。")
    D.empty()

    heading("第二条　项目公司")
    D.para("2.1 乙方同意在本意向书签署后90日内，在青岛片区注册设立具有独立法人资格的项目公司"
           "（暂定名：青岛中冷海通冷链科技有限公司，以市场监督管理部门核准名称为准），"
           "注册资本不低于3亿元人民币，作为本项目的投资、建设和运营主体。")
    D.para("2.2 项目公司的税收征管关系、统计关系应注册在青岛片区，并在青岛片区依法纳税。")
    D.empty()

    heading("第三条　项目用地")
    D.para("3.1 甲方协助乙方按照国家和省、市有关规定，通过招标、拍卖或挂牌方式依法取得"
           "项目用地的国有建设用地使用权。")
    D.para("3.2 项目用地性质为仓储用地（保税物流），土地出让价格、出让条件以自然资源主管部门"
           "公布的出让文件为准。")
    D.para("3.3 乙方承诺本项目固定资产投资强度不低于每亩900万元，达产后年亩均税收不低于45万元。")
    D.empty()

    heading("第四条　经营目标")
    D.para("4.1 乙方力争本项目运营后第一个完整年度实现冷链货物吞吐量50万吨、进出口额30亿元人民币；"
           "达产后（运营第三年起）年进出口额不低于60亿元人民币。")
    D.para("4.2 乙方依托本项目开展进口冷链食品保税仓储、“保税+跨境电商”零售进口和RCEP项下"
           "原产地货物分拨业务，并积极利用中欧班列、中亚班列及海铁联运通道拓展共建“一带一路”"
           "国家和地区市场。")
    D.empty()

    heading("第五条　甲方的主要责任")
    D.para("5.1 甲方为本项目提供“一对一”项目专员服务，协助乙方办理项目公司注册、项目备案、"
           "规划许可、施工许可等手续。")
    D.para("5.2 甲方协调海关、市场监管、税务等部门，支持项目公司申请以下资质和业务：")
    D.para("（1）进境肉类、进境水产品指定监管场地资质；")
    D.para("（2）海关高级认证企业（AEO）认证；")
    D.para("（3）跨境电子商务零售进口业务备案。")
    D.para("5.3 乙方及项目公司符合条件的，甲方按照青岛片区现行产业扶持政策给予支持，"
           "具体支持内容由双方在正式投资协议中约定。")
    D.para("5.4 甲方负责协调项目用地周边道路、供水、供电、燃气、通信等配套基础设施在项目开工前"
           "接通至用地红线。")
    D.empty()

    heading("第六条　乙方的主要责任")
    D.para("6.1 乙方应按照本意向书约定的投资规模、建设内容和进度要求推进项目建设，"
           "确保投资资金及时足额到位。")
    D.para("6.2 乙方应遵守国家法律法规以及安全生产、环境保护、食品安全和进口冷链食品"
           "检验检疫等有关规定。")
    D.para("6.3 乙方应于每季度首月10日前向甲方报送项目建设进度、投资完成情况及经营数据。")
    D.empty()

    heading("第七条　正式协议")
    D.para("7.1 本意向书是双方开展合作的意向性文件，除第八条、第九条外，不构成双方的法律义务。")
    D.para("7.2 双方同意在本意向书签署后6个月内，就本项目的具体投资条件、扶持政策及违约责任等事项"
           "协商签订正式投资协议，双方权利义务以正式投资协议为准。")
    D.empty()

    heading("第八条　保密")
    D.para("8.1 未经对方书面同意，任何一方不得向第三方披露本意向书内容及在合作过程中知悉的对方"
           "商业秘密，但依照法律法规或者监管要求须披露的除外。")
    D.empty()

    heading("第九条　争议解决")
    D.para("9.1 因本意向书引起的或与本意向书有关的争议，双方应友好协商解决；协商不成的，"
           "任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。")
    D.empty()

    heading("第十条　其他")
    D.para("10.1 本意向书自双方负责人（法定代表人）或授权代表签字并加盖公章之日起生效，"
           "有效期至2026年12月31日。有效期届满双方未签订正式投资协议的，本意向书自动终止，"
           "但双方另有书面约定的除外。")
    D.para("10.2 本意向书未尽事宜，由双方协商解决，可另行签订补充协议，补充协议与本意向书"
           "具有同等效力。")
    D.para("10.3 本意向书一式肆份，甲乙双方各执贰份，具有同等法律效力。")
    D.para("10.4 本意向书附件为本意向书不可分割的组成部分。")
    D.empty()

    # attachment list (hand-aligned with full-width spaces) -> not clauses
    D.para("附件：1．项目用地位置示意图", clause=False)
    D.para("　　　2．乙方营业执照（复印件）", clause=False)
    D.empty()
    D.para([("（以下无正文）", FS, False)], clause=False, indent=False,
           align=WD_ALIGN_PARAGRAPH.CENTER)
    D.page_break()

    D.para([("（本页无正文，为《" + full_title + "》签署页）", KT, False)], clause=False,
           indent=True)
    D.empty(2)
    left = [
        ["甲方（盖章）：", "<BR>", jia],
        "",
        ["法定代表人或授权代表", "<BR>", "（签字）：", ],
        "",
        "日期：2025年9月18日",
    ]
    right = [
        ["乙方（盖章）：", "<BR>", yi],
        "",
        ["法定代表人或授权代表", "<BR>", "（签字）："],
        "",
        "日期：2025年9月18日",
    ]
    signing_table(D, left, right, FS, 15)

    name = "blind696_qingdao_yixiangshu"
    D.save(name)
    meta = {
        "title": full_title,
        "doc_number": None,
        "issuer": [jia, yi],
        "date": "2025-09-18",
        "published": None,
        "level": "zone",
        "region": "中国（山东）自由贸易试验区青岛片区",
        "effective": "2025-09-18",
        "expires": "2026-12-31",
        "attachments": ["项目用地位置示意图", "乙方营业执照（复印件）"],
        "doc_type": "意向书",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return name, [{"meta": meta, "clauses": D.clauses}]


# ================================================================ document 2
def make_qinzhou_kuangjiaxieyi():
    D = Doc(body_font=FS, body_size=16, line=28)
    jia = "中国（广西）自由贸易试验区钦州港片区管理委员会"
    yi = "广西北港海联供应链科技有限公司"
    full_title = "西部陆海新通道跨境数字供应链服务平台项目合作框架协议"

    D.empty(2)
    title(D, ["西部陆海新通道跨境数字供应链服务平台项目"], after=0)
    title(D, ["合作框架协议"], after=24)
    D.empty()

    for line_, bold in [
        ("甲　　方：" + jia, True),
        ("住　　所：广西壮族自治区钦州市钦州港区中马大街1号", False),
        ("负 责 人：蒙光远", False),
        ("乙　　方：" + yi, True),
        ("统一社会信用代码：91450700MADK3W6T2N", False),
        ("住　　所：广西钦州保税港区勒沟大道18号综合服务楼B区508室", False),
        ("法定代表人：黄立新", False),
        ("签订地点：广西壮族自治区钦州市", False),
        ("签订时间：2025年11月6日", False),
    ]:
        D.para([(line_, FS, bold)], clause=False, indent=False)
    D.empty()

    D.para("为贯彻落实党中央、国务院关于高质量共建“一带一路”和加快建设西部陆海新通道的决策部署，"
           "用好中国（广西）自由贸易试验区、《区域全面经济伙伴关系协定》（RCEP）和中国—东盟"
           "自由贸易区3.0版政策红利，推动钦州港片区跨境贸易数字化、供应链服务集成化发展，"
           "甲乙双方根据《中华人民共和国民法典》等有关法律法规，本着平等互利、优势互补、合作共赢的"
           "原则，经友好协商，就乙方在钦州港片区投资建设西部陆海新通道跨境数字供应链服务平台项目"
           "达成如下框架协议：")

    def art(head, body):
        # run-in heading: bold 黑体 article number + title, then normal text
        return D.para([(head, HT, True), (body, FS, False)])

    art("第一条　合作目标　",
        "双方围绕西部陆海新通道和中国—东盟跨境供应链建设，以乙方投资建设的跨境数字供应链服务"
        "平台为载体，集聚东盟农产品、电子元器件、新能源汽车零部件等进出口货源，力争用3年时间"
        "将该平台打造成为面向东盟的区域性跨境供应链综合服务枢纽。")

    art("第二条　项目内容　", "乙方拟在钦州港片区设立区域总部及项目公司，投资建设以下内容：")
    n1 = D.new_list("decimal", "%1．")
    D.auto_item(n1, "1．", "跨境数字供应链服务平台：建设集订单管理、通关申报、物流追踪、"
                "供应链金融和数据服务于一体的线上平台，与国际贸易“单一窗口”和北部湾港口"
                "物流信息系统实现数据对接；")
    D.auto_item(n1, "2．", "东盟农产品集采分拨中心：在钦州保税港区建设冷链及常温仓储设施约"
                "6万平方米，开展东盟水果、冻品、粮油等商品的集采、分拨和保税加工业务；")
    D.auto_item(n1, "3．", "跨境电商综合服务中心及海外仓：在钦州港片区建设跨境电商综合服务中心，"
                "并在越南海防、马来西亚关丹、泰国林查班等地布局不少于3个海外仓。")
    D.empty()

    art("第三条　投资计划　", "项目计划总投资8亿元人民币，分两期建设，具体如下：")
    D.data_table(
        ["期次", "建设周期", "主要建设内容", "计划投资（亿元）"],
        [
            ["一期", "2026年1月—2026年12月", "平台系统上线运行，集采分拨中心一期建成投用", "3.5"],
            ["二期", "2027年1月—2028年6月", "集采分拨中心二期、跨境电商综合服务中心及海外仓", "4.5"],
            ["合计", "—", "—", "8.0"],
        ],
        widths=[2.0, 4.4, 6.6, 2.6],
    )
    D.para("上述投资计划以项目备案文件为准，乙方可根据市场情况在征得甲方书面同意后适当调整。")
    D.empty()

    art("第四条　甲方权利义务　", "甲方的主要权利义务如下：")
    n2 = D.new_list("chineseCounting", "（%1）")
    D.auto_item(n2, "（一）", "甲方将本项目列入钦州港片区重点招商项目，建立“专班+专员”服务机制，"
                "协助乙方办理企业设立、项目备案、规划许可、环境影响评价、施工许可等手续。")
    D.auto_item(n2, "（二）", "甲方支持项目公司开展跨境电商B2B出口（9710、9810）、保税维修、"
                "保税展示交易等新业态业务，协调海关、海事、边检等口岸部门为乙方提供通关便利。")
    D.auto_item(n2, "（三）", "甲方协助乙方对接北部湾港至东盟国家的集装箱航线以及西部陆海新通道"
                "海铁联运班列资源，支持乙方开展中欧班列与海铁联运衔接的多式联运业务。")
    D.auto_item(n2, "（四）", "对符合条件的项目，甲方按照钦州港片区现行促进产业发展的有关政策给予"
                "扶持，具体扶持内容以双方另行签订的项目投资协议为准。")
    D.auto_item(n2, "（五）", "甲方有权对乙方项目建设进度、投资强度和承诺事项履行情况进行跟踪检查。")
    D.empty()

    art("第五条　乙方权利义务　", "乙方的主要权利义务如下：")
    n3 = D.new_list("chineseCounting", "（%1）")
    D.auto_item(n3, "（一）", "乙方应在本协议签订后60日内在钦州港片区注册成立项目公司，注册资本"
                "不低于人民币1亿元，项目公司的市场主体登记、税务、统计关系均落在钦州港片区。")
    D.auto_item(n3, "（二）", "乙方应确保项目于2026年3月31日前开工建设，一期项目于2026年12月31日前"
                "建成投用。")
    D.auto_item(n3, "（三）", "乙方承诺项目全面达产后年进出口额不低于人民币50亿元，年纳税额"
                "不低于人民币5000万元。")
    D.auto_item(n3, "（四）", "乙方依法享有自主经营权，有权按照有关规定申请享受国家、自治区、"
                "钦州市及钦州港片区的各项优惠政策。")
    D.empty()

    art("第六条　合作机制　", "双方建立项目推进联席会议机制，原则上每季度召开一次，协调解决"
        "项目推进中的重大问题。双方分别指定联络人负责日常沟通对接，联络人变更的应及时书面通知对方。")
    D.para("甲方联络人：钦州港片区投资促进局　韦明翰　联系电话：0777-3886215")
    D.para("乙方联络人：项目发展部　黄思远　联系电话：13877126045")
    D.empty()

    art("第七条　保密条款　", "双方对在本协议磋商、签订和履行过程中知悉的对方商业秘密及未公开"
        "信息负有保密义务，未经对方书面同意不得向第三方披露，法律法规另有规定的除外。本条规定"
        "不因本协议终止而失效。")

    art("第八条　协议性质　", "本协议为双方开展合作的框架性文件，双方具体权利义务以另行签订的"
        "项目投资协议为准。本协议第七条、第九条对双方具有约束力。")

    art("第九条　争议解决　", "因本协议发生的争议，由双方协商解决；协商不成的，任何一方均可"
        "提交钦州仲裁委员会，按照申请仲裁时该会现行有效的仲裁规则进行仲裁。")

    art("第十条　其他　", "本协议自双方负责人（法定代表人）或授权代表签字并加盖公章之日起生效，"
        "有效期自2025年11月6日至2028年11月5日。有效期内双方签订项目投资协议的，本协议与"
        "项目投资协议约定不一致之处，以项目投资协议为准。")
    D.para("本协议未尽事宜，由双方协商签订补充协议，补充协议与本协议具有同等法律效力。")
    D.para("本协议一式陆份，甲方执肆份，乙方执贰份，每份具有同等法律效力。")
    D.empty()
    D.para("（以下无正文）", clause=False, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    D.empty(2)

    left = [
        "甲方：" + jia + "（盖章）",
        "",
        "法定代表人或授权代表（签字）：",
        "",
        "日期：二〇二五年十一月六日",
    ]
    right = [
        "乙方：" + yi + "（盖章）",
        "",
        "法定代表人或授权代表（签字）：",
        "",
        "日期：二〇二五年十一月六日",
    ]
    signing_table(D, left, right, FS, 14)

    name = "blind696_qinzhou_kuangjiaxieyi"
    D.save(name)
    meta = {
        "title": full_title,
        "doc_number": None,
        "issuer": [jia, yi],
        "date": "2025-11-06",
        "published": None,
        "level": "zone",
        "region": "中国（广西）自由贸易试验区钦州港片区",
        "effective": "2025-11-06",
        "expires": "2028-11-05",
        "attachments": [],
        "doc_type": "协议",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return name, [{"meta": meta, "clauses": D.clauses}]


# ================================================================ document 3
def make_qingdao_xinwengao():
    D = Doc(body_font=FS, body_size=16, line=29)
    issuer = "中国（山东）自由贸易试验区青岛片区管理委员会"
    t = "青岛片区与中冷海通签署跨境冷链供应链基地项目投资合作意向书"

    # red 版头 (not clauses)
    p = D.d.add_paragraph()
    fmt(p, indent=False, size=42, align=WD_ALIGN_PARAGRAPH.CENTER, line=56)
    r = p.add_run("新 闻 通 稿")
    set_font(r, XBS, 42, False, "FF0000")
    p = D.d.add_paragraph()
    fmt(p, indent=False, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
    r = p.add_run(issuer)
    set_font(r, KT, 16, False, "FF0000")
    # 期数 left, date right, aligned with manual spaces
    p = D.d.add_paragraph()
    fmt(p, indent=False, size=16, line=28, before=6)
    r = p.add_run("第37期                                    2025年9月19日")
    set_font(r, FS, 16)
    D.red_line(p)
    D.empty()

    title(D, [t], size=22, after=18)

    D.para("9月18日，中国（山东）自由贸易试验区青岛片区管理委员会与青岛中冷海通供应链管理有限公司"
           "在青岛西海岸新区举行跨境冷链供应链基地项目投资合作意向书签约仪式。青岛片区管委会"
           "副主任李振华、青岛中冷海通供应链管理有限公司董事长周文涛代表双方签约。")
    D.para("根据意向书，项目选址青岛前湾综合保税区，计划总投资约15亿元，用地约120亩，主要建设"
           "库容约8万吨的低温冷库、保税查验及分拨中心、进口食品展示交易中心等设施，计划于"
           "2026年3月底前开工、2027年底前建成运营。项目达产后，预计年进出口额不低于60亿元。")
    D.para([("李振华在致辞中表示，", FS, False),
            ("冷链物流是连接国际国内两个市场的重要纽带。", FS, False),
            ("青岛片区将发挥自贸试验区与综合保税区叠加优势，为项目提供“一对一”专员服务，"
             "全力推动项目早落地、早开工、早投产，助力青岛打造面向日韩、联通共建“一带一路”"
             "国家和地区的进口冷链食品集散中心。", FS, False)])
    D.para("周文涛表示，青岛片区港口资源丰富、营商环境优良、开放政策集成，公司将以此次签约为契机，"
           "把区域总部和核心业务布局在青岛片区，依托中欧班列和海铁联运通道，进一步拓展RCEP成员国"
           "及中亚、欧洲市场。")
    D.para("据介绍，今年以来，青岛片区聚焦冷链物流、跨境电商、保税维修等外贸新业态，累计引进"
           "相关项目23个，总投资超过86亿元。1—8月，青岛前湾综合保税区进出口额同比增长17.4%。")
    D.para("下一步，双方将组建项目推进专班，力争在6个月内签订正式投资协议。")
    D.empty()
    D.para("（编辑：孙雨桐　　审核：马　骏）", clause=False, indent=False,
           align=WD_ALIGN_PARAGRAPH.RIGHT, font=KT, size=14)

    name = "blind696_qingdao_xinwengao"
    D.save(name)
    meta = {
        "title": t,
        "doc_number": None,
        "issuer": [issuer],
        "date": "2025-09-19",
        "published": "2025-09-19",
        "level": "zone",
        "region": "中国（山东）自由贸易试验区青岛片区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "新闻稿",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return name, [{"meta": meta, "clauses": D.clauses}]


def to_pdf(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_696", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300,
    )


def main():
    expected = {}
    for fn in (make_qingdao_yixiangshu, make_qinzhou_kuangjiaxieyi, make_qingdao_xinwengao):
        name, docs = fn()
        expected[name] = docs
        to_pdf(os.path.join(HERE, name + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
