# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 720: 两办联合印发《深度融入共建“一带一路”行动方案（2026—2028年）》的通知.

Writes three .docx files, their PDFs (LibreOffice) and expected.json next to itself.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)
WS = " \t\u3000\n"


# ---------------------------------------------------------------- helpers
def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    for s in d.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
    return d


def font(run, name, size=16, bold=False, color=None, position=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), name)
    rf.set(qn("w:ascii"), name)
    rf.set(qn("w:hAnsi"), name)
    run.font.size = Pt(size)
    if bold:
        run.bold = True
    if color is not None:
        run.font.color.rgb = color
    if position is not None:
        pos = OxmlElement("w:position")
        pos.set(qn("w:val"), str(position))
        rpr.append(pos)
    return run


def fmt(p, align=None, indent=True, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


STYLE = {
    "fs": (FS, False),
    "fsb": (FS, True),
    "kt": (KT, False),
    "ktb": (KT, True),
    "ht": (HT, False),
    "xbs": (XBS, False),
}


def para(container, parts, align=None, indent=True, size=16, exact=28, color=None,
         cl=None, prefix="", before=0, after=0):
    """parts: str or list of (text, style) / ('BR', None) for a soft line break.
    If cl is a list, the clause text (prefix + joined text, stripped) is appended."""
    if isinstance(parts, str):
        parts = [(parts, "fs")]
    p = container.add_paragraph()
    fmt(p, align, indent, exact, before, after)
    key = prefix
    for text, sty in parts:
        if text == "BR":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        name, bold = STYLE[sty]
        font(p.add_run(text), name, size, bold, color)
        key += text
    if cl is not None:
        cl.append(key.strip(WS))
    return p


def empty(container, n=1, exact=28):
    for _ in range(n):
        fmt(container.add_paragraph(), indent=False, exact=exact)


def page_break(d):
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def border(p, side="bottom", color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bd = ppr.find(qn("w:pBdr"))
    if bd is None:
        bd = OxmlElement("w:pBdr")
        ppr.append(bd)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    bd.append(e)


def red_line(d):
    p = d.add_paragraph()
    fmt(p, indent=False, exact=12)
    border(p)
    return p


def add_field(p, instr, name=FS, size=14):
    r = p.add_run()
    font(r, name, size)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = p.add_run()
    font(r2, name, size)
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = " %s " % instr
    r2._r.append(t)
    r3 = p.add_run()
    font(r3, name, size)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r3._r.append(e)


def page_numbers(d, left="— ", right=" —", align=WD_ALIGN_PARAGRAPH.CENTER):
    f = d.sections[0].footer
    p = f.paragraphs[0]
    p.alignment = align
    font(p.add_run(left), "宋体", 14)
    add_field(p, "PAGE", "宋体", 14)
    font(p.add_run(right), "宋体", 14)


def tbl_borders(table, val="single", sides=("top", "left", "bottom", "right", "insideH", "insideV"), sz=4):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for s in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + s)
        if s in sides:
            e.set(qn("w:val"), val)
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def cell_text(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, color=None):
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    p.alignment = align
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.line_spacing = 1.0
    font(p.add_run(text), name, size, bold, color)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def data_table(d, header, rows, cl, widths=None, merge_col0=None, caption_row=None, size=12):
    """rows: list of lists. merge_col0: list of (start,end) row-index spans (data rows)
    whose first column is vertically merged. caption_row: text of a merged title row."""
    off = 1 if caption_row else 0
    t = d.add_table(rows=len(rows) + 1 + off, cols=len(header))
    t.style = d.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if caption_row:
        c = t.cell(0, 0).merge(t.cell(0, len(header) - 1))
        cell_text(c, caption_row, HT, 14)
    for j, h in enumerate(header):
        cell_text(t.cell(off, j), h, HT, size)
    merged_rows = set()
    if merge_col0:
        for a, b in merge_col0:
            c = t.cell(off + 1 + a, 0).merge(t.cell(off + 1 + b, 0))
            cell_text(c, rows[a][0], FS, size)
            merged_rows.update(range(a, b + 1))
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if j == 0 and i in merged_rows:
                continue
            al = WD_ALIGN_PARAGRAPH.CENTER if len(v) <= 8 else WD_ALIGN_PARAGRAPH.LEFT
            cell_text(t.cell(off + 1 + i, j), v, FS, size, align=al)
        cl.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        set_widths(t, widths)
    return t


def set_widths(t, widths):
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
    for r in t.rows:
        for j, w in enumerate(widths):
            if j < len(r.cells):
                r.cells[j].width = Cm(w)


class AutoNum:
    """Word automatic numbering "1." restarting for each list."""

    def __init__(self, d, absid=77, lvltext="%1."):
        self.numbering = d.part.numbering_part.element
        self.absid = absid
        an = OxmlElement("w:abstractNum")
        an.set(qn("w:abstractNumId"), str(absid))
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "singleLevel")
        an.append(mlt)
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                         ("w:lvlText", lvltext), ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), "0")
        ind.set(qn("w:firstLine"), "640")
        ppr.append(ind)
        lvl.append(ppr)
        rpr = OxmlElement("w:rPr")
        rf = OxmlElement("w:rFonts")
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
            rf.set(qn(a), FS)
        rpr.append(rf)
        lvl.append(rpr)
        an.append(lvl)
        first_num = self.numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(an)
        else:
            self.numbering.append(an)
        self.next_id = 300
        self.lvltext = lvltext

    def new_list(self):
        self.next_id += 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(self.next_id))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), str(self.absid))
        num.append(a)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        self.numbering.append(num)
        return self.next_id

    def items(self, d, texts, cl):
        nid = self.new_list()
        for i, parts in enumerate(texts, 1):
            p = para(d, parts, indent=False, cl=cl, prefix=self.lvltext.replace("%1", str(i)))
            ppr = p._p.get_or_add_pPr()
            numpr = OxmlElement("w:numPr")
            il = OxmlElement("w:ilvl")
            il.set(qn("w:val"), "0")
            ni = OxmlElement("w:numId")
            ni.set(qn("w:val"), str(nid))
            numpr.append(il)
            numpr.append(ni)
            ppr.insert(0, numpr)
            p.paragraph_format.first_line_indent = Pt(32)


def heading1(d, text):
    return para(d, [(text, "ht")], indent=True)


def heading2(d, text):
    return para(d, [(text, "kt")], indent=True)


def runin(head, body, hs="ktb"):
    return [(head, hs), (body, "fs")]


def meta(title, number, issuers, date, region, doc_type, recipients=None, attachments=None,
         publicity=None, repeals=None, effective=None, expires=None, level="provincial"):
    return {
        "title": title,
        "doc_number": number,
        "issuer": issuers,
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


# ====================================================================== A
def doc_shaanxi():
    d = new_doc()
    page_numbers(d, "— ", " —")
    an = AutoNum(d)
    org1, org2 = "中共陕西省委办公厅", "陕西省人民政府办公厅"
    plan_title = "陕西省深度融入共建“一带一路”行动方案（2026—2028年）"
    title = org1 + " " + org2 + "印发《" + plan_title + "》的通知"
    number = "陕办发〔2026〕7号"

    # 版头: layout table, organ names left, 文件 right
    empty(d, 2)
    t = d.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = t.cell(0, 0), t.cell(0, 1)
    set_widths(t, [12.0, 3.6])
    cell_text(left, org1, XBS, 28, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    p2 = left.add_paragraph()
    p2.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    font(p2.add_run(org2), XBS, 28, color=RED)
    cell_text(right, "文件", XBS, 44, color=RED)
    empty(d, 2)
    para(d, [(number, "fs")], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    red_line(d)
    empty(d, 1)

    # 标题
    para(d, [(org1 + "\u3000" + org2, "xbs")], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, exact=35)
    para(d, [("印发《" + plan_title + "》的通知", "xbs")], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, size=22, exact=35)
    empty(d)
    recips = ["各设区市委、市人民政府", "杨凌示范区党工委、管委会", "西咸新区党工委、管委会",
              "韩城市委、市人民政府", "省委各部委", "省级国家机关各部门", "省级各人民团体"]
    para(d, "，".join(recips) + "：", indent=False)
    n_cl = []
    para(d, "《" + plan_title + "》已经省委、省政府同意，现印发给你们，请结合实际认真贯彻落实。", cl=n_cl)
    para(d, "各地各部门要把深度融入共建“一带一路”作为服务和融入新发展格局的重要抓手，压紧压实责任，"
            "细化工作举措，确保各项任务落地见效。贯彻落实中的重要情况和建议，请及时报告省委、省政府。", cl=n_cl)
    empty(d, 3)
    # 落款: one line, manual spaces
    para(d, "\u3000\u3000" + org1 + "\u3000\u3000\u3000\u3000" + org2, indent=False)
    para(d, "2026年3月12日" + "\u3000" * 5, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    page_break(d)

    # 方案
    cl = []
    para(d, [("陕西省深度融入共建“一带一路”行动方案", "xbs"), ("BR", None), ("（2026—2028年）", "xbs")],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, exact=35)
    empty(d)
    para(d, "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，发挥我省向西开放前沿优势，"
            "加快建设内陆改革开放高地，推动我省更深层次融入共建“一带一路”大格局，制定本方案。", cl=cl)
    heading1(d, "一、总体要求")
    heading2(d, "（一）指导思想")
    para(d, "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，完整准确全面贯彻"
            "新发展理念，坚持共商共建共享原则，以高标准、可持续、惠民生为目标，统筹推进硬联通、软联通、心联通，"
            "着力打造通道枢纽、开放平台、经贸合作、人文交流四大高地，奋力谱写中国式现代化建设的陕西新篇章。", cl=cl)
    para(d, runin("（二）主要目标。",
                  "到2028年，我省融入共建“一带一路”的广度和深度显著拓展，内陆改革开放高地建设取得重大进展。"
                  "中欧班列（西安）年开行量稳定在5000列以上，西安国际航空枢纽国际（地区）航线达到60条；全省外贸"
                  "进出口总额突破5500亿元，实际使用外资年均增长5%以上；对共建“一带一路”国家进出口占全省比重提高到45%左右。"),
         cl=cl)
    heading1(d, "二、重点任务")
    heading2(d, "（一）建设联通亚欧的国际物流枢纽")
    an.items(d, [
        runin("提升中欧班列（西安）集结中心能级。",
              "优化“干支结合、枢纽集散”运营组织模式，加密西安至中亚、欧洲主要节点城市线路，稳定开行“长安号”跨里海"
              "南线班列。支持西安国际港站扩能改造，推动班列运贸产一体化发展，力争中欧班列（西安）开行量、重箱率、"
              "货运量保持全国前列。（责任单位：省发展改革委、省交通运输厅、省商务厅、西安海关、西安市政府）", "fsb"),
        runin("建设西安国际航空枢纽。",
              "加快西安咸阳国际机场三期工程投运，拓展至中亚、西亚、欧洲的客货运航线，支持基地航空公司开通第五航权"
              "航线，推动航空物流与跨境电商、冷链物流融合发展。（责任单位：省发展改革委、民航西北地区管理局、"
              "西部机场集团、西安市政府、西咸新区管委会）", "fsb"),
        runin("畅通南向和东向出海通道。",
              "深化与西部陆海新通道沿线省（区、市）合作，常态化开行西安至钦州港、天津港、青岛港、连云港等铁海联运"
              "班列，推动“陆港+海港”协同联动。（责任单位：省交通运输厅、中国铁路西安局集团有限公司、省商务厅）", "fsb"),
    ], cl)
    heading2(d, "（二）打造高能级开放平台")
    an.items(d, [
        runin("高标准建设中国（陕西）自由贸易试验区。",
              "深入实施自贸试验区提升战略，在投资贸易便利化、金融开放创新、农业国际合作等领域开展首创性、差异化"
              "探索，每年形成省级以上制度创新成果30项以上。（责任单位：省商务厅、西安市政府、西咸新区管委会、"
              "杨凌示范区管委会）", "fsb"),
        runin("推动综合保税区提质增效。",
              "支持西安综合保税区、西安高新综合保税区、西安航空基地综合保税区、宝鸡综合保税区等发展保税研发、保税"
              "维修、保税展示等新业态，力争全省综合保税区进出口额年均增长8%以上。（责任单位：西安海关、省商务厅、"
              "省财政厅）", "fsb"),
        runin("做强开放合作展会平台。",
              "高水平办好丝绸之路国际博览会暨中国东西部合作与投资贸易洽谈会、欧亚经济论坛、杨凌农高会等重大展会，"
              "提升国际化、专业化、市场化水平。（责任单位：省商务厅、省贸促会、杨凌示范区管委会）", "fsb"),
    ], cl)
    heading2(d, "（三）深化经贸投资合作")
    an.items(d, [
        runin("扩大对共建国家贸易规模。",
              "实施“陕货出海”行动，扩大新能源汽车、光伏产品、锂电池等出口。支持西安、延安、宝鸡跨境电子商务综合"
              "试验区建设海外仓，推动跨境电商与产业带深度融合。（责任单位：省商务厅、西安海关、省工业和信息化厅）",
              "fsb"),
        runin("加大外商投资促进力度。",
              "落实外商投资准入前国民待遇加负面清单管理制度，深入开展“投资陕西”系列推介活动，围绕电子信息、汽车、"
              "航空航天等重点产业链精准招商。依法保护外商投资合法权益，健全外商投资企业圆桌会议机制。（责任单位："
              "省商务厅、省发展改革委、省市场监管局）", "fsb"),
        runin("稳妥推进境外投资合作。",
              "引导企业在中亚等地区建设境外经贸合作区，支持企业参与能源资源、基础设施等领域合作项目，推动中国—中亚"
              "合作产业园建设。（责任单位：省商务厅、省国资委、省发展改革委）", "fsb"),
    ], cl)
    heading2(d, "（四）拓展人文交流和科技合作")
    an.items(d, [
        runin("深化教育文化旅游交流。",
              "发挥丝绸之路大学联盟作用，扩大来陕留学生规模；推进“鲁班工坊”等职业教育合作项目；打造“丝路起点·千年"
              "古都”文旅品牌。（责任单位：省教育厅、省文化和旅游厅、省外办）", "fsb"),
        runin("加强科技创新合作。",
              "依托秦创原创新驱动平台，建设一批“一带一路”联合实验室和技术转移中心，推动与中亚国家在现代农业、能源"
              "化工、生物医药等领域开展联合研发。（责任单位：省科技厅、杨凌示范区管委会）", "fsb"),
    ], cl)
    para(d, [("专栏\u30002026—2028年重点项目", "ht")], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    data_table(d, ["序号", "项目名称", "主要建设内容", "责任单位", "完成时限"], [
        ["1", "西安国际港站扩能改造工程", "新建到发线4条、装卸线6条，提升班列集结和编组能力", "省交通运输厅、西安市政府", "2027年"],
        ["2", "西安咸阳国际机场三期工程", "建成东航站楼及配套设施，新增国际货运区", "省发展改革委、西部机场集团", "2026年"],
        ["3", "中国—中亚合作产业园", "引进中亚国家能源、农业、物流企业50家以上", "省商务厅、西咸新区管委会", "2028年"],
        ["4", "上海合作组织农业技术交流培训示范基地扩建", "新建国际培训中心和境外农业示范园3个", "杨凌示范区管委会、省农业农村厅", "2028年"],
        ["5", "跨境电商公共海外仓网络", "在中亚、中东欧新建公共海外仓10个以上", "省商务厅", "2027年"],
    ], cl, widths=[1.2, 4.0, 5.6, 3.6, 1.6])
    empty(d)
    heading1(d, "三、强化要素支撑")
    para(d, runin("（一）强化金融支持。",
                  "鼓励金融机构创新适合“一带一路”项目的融资产品，扩大跨境人民币结算规模，支持符合条件的企业发行境外"
                  "债券。用好丝路基金、中国—中东欧投资合作基金等资金。"), cl=cl)
    para(d, runin("（二）强化用地用能保障。",
                  "对纳入专栏的重点项目优先保障用地指标和能耗指标，依法依规简化审批程序。"), cl=cl)
    para(d, runin("（三）强化人才支撑。",
                  "加快培养熟悉国际规则、懂外语、善经营的复合型人才，完善外籍高层次人才服务保障。"), cl=cl)
    heading1(d, "四、防范化解风险")
    para(d, runin("（一）健全境外风险防控体系。",
                  "完善境外安全风险评估、预警和应急处置机制，指导企业开展合规经营。"), cl=cl)
    para(d, runin("（二）加强涉外法律服务。",
                  "建设“一带一路”涉外法律服务中心，鼓励仲裁机构、律师事务所为企业提供国际商事法律服务。"), cl=cl)
    heading1(d, "五、保障措施")
    para(d, runin("（一）加强组织领导。",
                  "在省推进“一带一路”建设工作领导小组统筹下，领导小组办公室（设在省发展改革委）负责统筹协调、督促"
                  "检查等工作，各成员单位按照职责分工抓好落实。"), cl=cl)
    para(d, runin("（二）强化督导评估。",
                  "建立任务台账，实行清单化管理，每年对方案落实情况开展评估，评估结果纳入相关考核。"), cl=cl)
    para(d, runin("（三）营造良好氛围。",
                  "加强对外宣传和舆论引导，及时总结推广典型经验做法，讲好陕西“一带一路”故事。"), cl=cl)
    empty(d, 4)
    # 版记 in a layout table with top/bottom rules
    bj = d.add_table(rows=2, cols=1)
    tbl_borders(bj, sides=("top", "bottom", "insideH"), sz=8)
    cell_text(bj.cell(0, 0), "抄送：省人大常委会办公厅，省政协办公厅，省纪委监委，省法院，省检察院，陕西省军区。",
              FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(bj.cell(1, 0), "\u3000" + org1 + "\u3000" * 9 + "2026年3月14日印发", FS, 14,
              align=WD_ALIGN_PARAGRAPH.LEFT)

    issuers = [org1, org2]
    return d, [
        {"meta": meta(title, number, issuers, "2026-03-12", "陕西省", "通知", recipients=recips),
         "clauses": n_cl},
        {"meta": meta(plan_title, None, issuers, "2026-03-12", "陕西省", "方案"), "clauses": cl},
    ]


# ====================================================================== B
def doc_guangxi():
    d = new_doc()
    page_numbers(d, "- ", " -", WD_ALIGN_PARAGRAPH.CENTER)
    org1, org2 = "中共广西壮族自治区委员会办公厅", "广西壮族自治区人民政府办公厅"
    plan_title = "广西壮族自治区深度融入共建“一带一路”行动方案（2026—2028年）"
    title = org1 + " " + org2 + "印发《" + plan_title + "》的通知"
    number = "桂办发〔2026〕11号"

    empty(d, 2)
    # 版头: "文件" typed on the first line after a tab, lowered
    p = d.add_paragraph()
    fmt(p, indent=False, exact=None)
    font(p.add_run(org1), XBS, 22, color=RED)
    font(p.add_run("\t"), XBS, 22, color=RED)
    font(p.add_run("文件"), XBS, 40, color=RED, position=-20)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(12.6))
    p = d.add_paragraph()
    fmt(p, indent=False, exact=None)
    font(p.add_run(org2), XBS, 22, color=RED)
    empty(d, 2)
    para(d, "\u3000" * 6 + number, indent=False)
    red_line(d)
    empty(d)
    para(d, [(org1 + "\u3000" + org2, "xbs")], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, exact=35)
    para(d, [("印发《广西壮族自治区深度融入共建“一带一路”", "xbs"), ("BR", None),
             ("行动方案（2026—2028年）》的通知", "xbs")],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, exact=35)
    empty(d)
    recips = ["各市党委和人民政府", "自治区党委各部委", "自治区级国家机关各部门", "各人民团体", "中直驻桂各单位"]
    para(d, "，".join(recips) + "：", indent=False)
    n_cl = []
    para(d, "经自治区党委、自治区人民政府同意，现将《" + plan_title + "》印发给你们，请结合实际认真贯彻落实。", cl=n_cl)
    para(d, [("各地各部门要立足广西“一湾相挽十一国，良性互动东中西”的独特区位，主动服务国家对外开放大局，加快", "fs"),
             ("BR", None),
             ("建设面向东盟的开放合作高地，推动本方案各项任务落地见效。", "fs")], cl=n_cl)
    empty(d, 2)
    # 落款 in a borderless two-column table, single date below
    lk = d.add_table(rows=1, cols=2)
    lk.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(lk, [7.9, 7.7])
    cell_text(lk.cell(0, 0), org1, FS, 14)
    cell_text(lk.cell(0, 1), org2, FS, 14)
    para(d, "2026年4月8日", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(d)
    para(d, "（此件公开发布）", indent=True)
    page_break(d)

    cl = []
    para(d, [("广西壮族自治区深度融入共建“一带一路”", "xbs"), ("BR", None), ("行动方案（2026—2028年）", "xbs")],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, exact=35)
    empty(d)
    para(d, "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，充分发挥广西与东盟陆海相邻的"
            "独特优势，加快构建面向东盟的国际大通道，打造西南中南地区开放发展新的战略支点，结合我区实际，制定本方案。",
         cl=cl)
    heading1(d, "一、总体要求")
    para(d, runin("（一）指导思想。",
                  "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入贯彻"
                  "习近平总书记关于广西工作论述的重要要求，以西部陆海新通道建设为牵引，以自由贸易试验区、综合保税区等"
                  "开放平台为支撑，推动共建“一带一路”高质量发展。"), cl=cl)
    para(d, runin("（二）基本原则。",
                  "坚持开放引领、通道带动、产业支撑、民生优先，坚持政府引导与市场主导相结合，坚持发展与安全并重。"),
         cl=cl)
    para(d, [("（三）发展目标。", "ktb"),
             ("到2028年，西部陆海新通道骨干作用更加凸显，北部湾港集装箱吞吐量突破1000万标准箱，海铁联运班列年开行量", "fs"),
             ("BR", None),
             ("达到1.5万列；中国（广西）自由贸易试验区制度创新成果持续涌现；全区对东盟进出口额年均增长6%以上。", "fs")],
         cl=cl)
    heading1(d, "二、重点任务")

    def items(lst):
        for i, (h, b) in enumerate(lst, 1):
            if isinstance(b, tuple):  # body with a soft break inside
                parts = [("%d." % i, "fs"), (h, "fsb"), (b[0], "fs"), ("BR", None), (b[1], "fs")]
            else:
                parts = [("%d." % i, "fs"), (h, "fsb"), (b, "fs")]
            para(d, parts, cl=cl)

    heading2(d, "（一）加快建设西部陆海新通道")
    items([
        ("提升北部湾国际门户港能级。", ("加快钦州港东航道扩建、防城港企沙港区等工程建设，拓展至东盟、欧洲、中东的",
                                   "集装箱航线，推动北部湾港与新加坡港等开展港口合作。")),
        ("推进平陆运河及配套工程建设。", "高质量建成平陆运河，同步推进沿线港口、物流园区建设，构建江海联运新通道。"),
        ("畅通陆路跨境通道。", "推动南宁至河内跨境班列、中越跨境公路运输常态化运行，加快凭祥、东兴、龙州等口岸基础设施"
                        "升级改造，推广“两国一检”“一站式”通关模式。"),
    ])
    heading2(d, "（二）提升自贸试验区和开放平台能级")
    items([
        ("深入实施自贸试验区提升战略。", "支持中国（广西）自由贸易试验区南宁、钦州港、崇左片区对接《区域全面经济伙伴关系"
                              "协定》（RCEP）等高标准经贸规则，在跨境贸易、跨境金融、跨境物流等方面先行先试。"),
        ("推动综合保税区高质量发展。", ("支持南宁综合保税区、钦州综合保税区、凭祥综合保税区、北海综合保税区等发展加工",
                                  "制造、保税维修、跨境电商等业态，推动中国—东盟（凭祥）跨境产业合作园区建设。")),
        ("办好中国—东盟博览会。", "推动中国—东盟博览会、中国—东盟商务与投资峰会提质升级，打造服务中国—东盟自由贸易区"
                          "3.0版建设的重要平台。"),
    ])
    heading2(d, "（三）推动跨境产业链供应链合作")
    items([
        ("构建跨境产业链。", "围绕新能源汽车、电子信息、有色金属、糖业等产业，推动与东盟国家共建跨境产业链供应链，支持"
                      "企业在越南、印度尼西亚等国建设生产基地。"),
        ("发展跨境电子商务。", "支持南宁、崇左、柳州、贺州等跨境电子商务综合试验区建设，培育跨境电商产业园和海外仓，建设"
                        "面向东盟的跨境电商物流枢纽。"),
        ("扩大双向投资。", ("落实外商投资准入前国民待遇加负面清单管理制度，优化外商投资企业服务，鼓励东盟国家",
                         "企业来桂投资；引导区内企业有序开展境外投资。")),
    ])
    heading2(d, "（四）建设面向东盟的金融开放门户")
    items([
        ("扩大人民币跨境使用。", "推动跨境人民币结算便利化，拓展东盟国家货币与人民币直接交易，建设中国—东盟金融城。"),
        ("强化金融服务实体经济。", "鼓励金融机构为“一带一路”重点项目提供中长期融资，发展出口信用保险、跨境保理等业务。"),
    ])
    heading2(d, "（五）深化人文交流")
    items([
        ("加强教育科技合作。", "办好中国—东盟教育交流周，建设中国—东盟技术转移中心，推动与东盟国家共建联合实验室。"),
        ("促进文化旅游交流。", "打造中越德天—板约瀑布跨境旅游合作区等精品线路，推动边境旅游便利化。"),
    ])
    empty(d)
    data_table(d, ["类别", "序号", "项目名称", "建设内容", "牵头单位"], [
        ["港口类", "1", "钦州港东航道扩建工程", "扩建航道至30万吨级，提升大型船舶通航能力", "自治区交通运输厅、北部湾港集团"],
        ["港口类", "2", "平陆运河配套港口工程", "建设沿线作业区泊位及集疏运设施", "自治区交通运输厅、钦州市人民政府"],
        ["铁路类", "3", "黄桶至百色铁路", "建设西部陆海新通道主通道重要区段", "自治区发展改革委、广西铁路投资集团"],
        ["铁路类", "4", "南宁国际铁路港扩能工程", "新增集装箱作业线，提升中越跨境班列集结能力", "南宁市人民政府、中国铁路南宁局集团有限公司"],
        ["平台类", "5", "中国—东盟跨境电商产业园", "建设跨境电商监管中心、公共海外仓等", "自治区商务厅、南宁海关"],
    ], cl, widths=[1.6, 1.2, 4.0, 5.2, 4.2], merge_col0=[(0, 1), (2, 3)],
        caption_row="专栏\u3000西部陆海新通道重点项目")
    empty(d)
    heading1(d, "三、强化要素保障")
    para(d, runin("（一）强化资金保障。", "统筹用好中央预算内投资、地方政府专项债券等资金，支持西部陆海新通道、口岸基础"
                                  "设施等重大项目建设。"), cl=cl)
    para(d, runin("（二）强化用地用海保障。", "对重大项目所需用地用海指标应保尽保，推行“标准地”出让。"), cl=cl)
    heading1(d, "四、健全风险防控")
    para(d, runin("（一）加强境外风险防范。", "完善境外项目风险评估和应急处置机制，引导企业合规经营。"), cl=cl)
    para(d, runin("（二）加强口岸安全管理。", "严格落实口岸疫情防控、检验检疫和打击走私等措施，守牢边境安全底线。"), cl=cl)
    heading1(d, "五、保障措施")
    para(d, runin("（一）加强组织领导。", "自治区推进“一带一路”建设工作领导小组负责统筹推进本方案实施，领导小组办公室设在"
                                  "自治区发展改革委。"), cl=cl)
    para(d, runin("（二）压实工作责任。", "各市、各有关部门要制定具体实施方案，明确责任分工和时间节点。"), cl=cl)
    para(d, runin("（三）强化督查考核。", "将本方案落实情况纳入绩效考评，每年开展一次评估。"), cl=cl)
    para(d, "本方案自2026年5月1日起施行，有效期至2028年12月31日。", cl=cl)
    empty(d, 3)
    p = para(d, "抄送：自治区人大常委会办公厅，自治区政协办公厅，自治区纪委监委办公厅，自治区高级人民法院，"
                "自治区人民检察院，广西军区。", indent=False, size=14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = para(d, org1 + "\u3000" * 5 + "2026年4月10日印发", indent=False, size=14)
    border(p, "bottom", "000000", 8)

    issuers = [org1, org2]
    return d, [
        {"meta": meta(title, number, issuers, "2026-04-08", "广西壮族自治区", "通知", recipients=recips,
                      publicity="此件公开发布"), "clauses": n_cl},
        {"meta": meta(plan_title, None, issuers, "2026-04-08", "广西壮族自治区", "方案",
                      effective="2026-05-01", expires="2028-12-31"), "clauses": cl},
    ]


# ====================================================================== C
def doc_yunnan():
    d = new_doc()
    page_numbers(d, "—", "—", WD_ALIGN_PARAGRAPH.CENTER)
    org1, org2 = "中共云南省委办公厅", "云南省人民政府办公厅"
    plan_title = "云南省深度融入共建“一带一路”行动方案（2026—2028年）"
    title = org1 + " " + org2 + "印发《" + plan_title + "》的通知"
    number = "云办发〔2026〕4号"
    SP = "\u3000\u3000"  # typed indentation instead of paragraph formatting

    def P(text, cl=None, **kw):
        return para(d, SP + text if isinstance(text, str) else [(SP, "fs")] + text, indent=False, cl=cl, **kw)

    empty(d, 2)
    for o in (org1, org2):
        p = d.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, indent=False, exact=None)
        p.paragraph_format.right_indent = Cm(4.2)
        font(p.add_run(o), XBS, 28, color=RED)
    para(d, [("文件", "xbs")], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, size=40, exact=None, color=RED)
    empty(d)
    para(d, number, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    red_line(d)
    empty(d)
    para(d, [(org1 + "\u3000" + org2, "xbs")], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, exact=35)
    para(d, [("印发《云南省深度融入共建“一带一路”", "xbs")], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22,
         exact=35)
    para(d, [("行动方案（2026—2028年）》的通知", "xbs")], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22,
         exact=35)
    empty(d)
    recips = ["各州、市党委和人民政府", "省委各部委", "省级国家机关各部门", "省级各人民团体", "省属各企事业单位"]
    para(d, "，".join(recips) + "：", indent=False)
    n_cl = []
    P("经省委、省人民政府同意，现将《" + plan_title + "》印发给你们，请认真抓好贯彻落实。", n_cl)
    P("《云南省推进共建“一带一路”高质量发展三年行动计划（2023—2025年）》（云办发〔2023〕15号）同时废止。", n_cl)
    empty(d)
    P("附件：" + plan_title)
    empty(d, 3)
    for t in (org1, org2, "2026年2月27日"):
        para(d, t + "\u3000" * 4, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    empty(d)
    P("（此件公开发布）")
    page_break(d)

    cl = []
    para(d, [("附件", "ht")], indent=False)
    empty(d)
    para(d, [("云南省深度融入共建“一带一路”", "xbs")], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, exact=35)
    para(d, [("行动方案（2026—2028年）", "xbs")], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, exact=35)
    empty(d)
    P("为深入贯彻习近平总书记考察云南重要讲话精神，加快建设我国面向南亚东南亚辐射中心，推动我省深度融入共建"
      "“一带一路”，结合实际，制定本方案。", cl)
    P([("一、总体要求", "ht")])
    P("坚持以习近平新时代中国特色社会主义思想为指导，主动服务和融入国家重大战略，以中老铁路为牵引，以自由贸易试验区、"
      "沿边产业园区、综合保税区为平台，推动设施联通、贸易畅通、资金融通、民心相通取得新突破。", cl)
    P("到2028年，实现以下目标：", cl)
    P("1．通道联通水平显著提升。中老铁路年国际货运量达到800万吨以上，昆明国际航空枢纽通航南亚东南亚城市实现全覆盖。", cl)
    P("2．开放平台能级显著提升。中国（云南）自由贸易试验区累计形成制度创新成果150项以上，综合保税区进出口额年均增长"
      "10%以上。", cl)
    P("3．经贸合作水平显著提升。全省对南亚东南亚国家进出口额占全省外贸比重稳定在50%以上，实际使用外资稳中有进。", cl)
    empty(d)
    P([("二、重点任务", "ht")])
    P([("（一）推动中老铁路沿线开发开放。", "ktb"),
       ("发挥中老铁路黄金通道作用，推动“中老铁路+中欧班列”“中老铁路+西部陆海新通道”等多式联运线路常态化运行，加快"
        "昆明、玉溪、普洱、西双版纳等沿线物流枢纽建设。", "fs")], cl)
    P("1．提升口岸通关效率。推进磨憨、河口、瑞丽等口岸智慧化改造，推广“提前申报”“两步申报”等通关模式，压缩整体通关"
      "时间。", cl)
    P("2．发展通道经济。依托中老铁路沿线站点布局建设物流园区和产业园区，推动“通道+枢纽+网络”物流运行体系建设。", cl)
    P([("（二）高水平建设开放平台。", "ktb"),
       ("深入实施自由贸易试验区提升战略，推动中国（云南）自由贸易试验区昆明、红河、德宏片区与沿边产业园区、综合保税区"
        "联动发展。", "fs")], cl)
    P("1．加快沿边开放平台建设。重点推进以下工作：", cl)
    P("（1）建设中国老挝磨憨—磨丁经济合作区，推动跨境产业合作和跨境旅游发展；", cl)
    P("（2）推进瑞丽国家重点开发开放试验区和边境经济合作区转型升级；", cl)
    P("（3）支持昆明综合保税区、红河综合保税区拓展保税物流、保税维修等业务。", cl)
    P("2．办好中国—南亚博览会。提升中国—南亚博览会暨中国昆明进出口商品交易会国际影响力，搭建与南亚东南亚国家经贸"
      "合作平台。", cl)
    P([("（三）扩大经贸投资合作。", "ktb"),
       ("推动对外贸易优进优出，扩大与南亚东南亚国家在农产品、能源、矿产等领域的贸易规模。", "fs")], cl)
    P("1．培育外贸新业态。支持昆明、德宏、红河跨境电子商务综合试验区建设，发展“跨境电商+边民互市”模式，建设一批公共"
      "海外仓。", cl)
    P("2．提升外商投资水平。落实外商投资法及其实施条例，用好《鼓励外商投资产业目录》，围绕绿色铝、硅光伏、新能源电池"
      "等产业开展精准招商。", cl)
    P([("（四）深化人文交流合作。", "ktb"),
       ("加强与南亚东南亚国家在教育、卫生、文化、旅游、体育等领域交流合作，扩大来滇留学生规模，办好澜湄合作相关交流"
        "活动，打造“有一种叫云南的生活”国际文旅品牌。", "fs")], cl)
    empty(d)
    para(d, [("专栏\u3000重点项目清单", "ht")], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    data_table(d, ["序号", "项目名称", "所在地", "总投资（亿元）", "责任单位"], [
        ["1", "中老铁路磨憨站国际物流园", "西双版纳州", "35", "西双版纳州人民政府、省商务厅"],
        ["2", "昆明国际陆港", "昆明市", "68", "昆明市人民政府、省发展改革委"],
        ["3", "河口口岸智慧化改造", "红河州", "12", "红河州人民政府、昆明海关"],
        ["4", "瑞丽跨境电商产业园", "德宏州", "9.6", "德宏州人民政府、省商务厅"],
        ["5", "中国（云南）自由贸易试验区红河片区综合服务中心", "红河州", "6.5", "红河州人民政府"],
        ["6", "昆明长水国际机场改扩建工程", "昆明市", "420", "省发展改革委、云南机场集团"],
    ], cl, widths=[1.2, 5.6, 2.4, 2.4, 4.6])
    empty(d)
    P([("三、深化体制机制创新", "ht")])
    P([("（一）创新跨境合作机制。", "ktb"),
       ("探索“一区两国”跨境合作模式，推动与老挝、越南、缅甸等周边国家建立常态化合作机制。", "fs")], cl)
    P([("（二）创新跨境金融服务。", "ktb"),
       ("扩大人民币在周边国家的跨境使用，推进沿边金融综合改革试验区建设。", "fs")], cl)
    P([("四、加强风险防控", "ht")])
    P([("（一）防范境外安全风险。", "ktb"),
       ("健全境外安全风险预警和应急处置机制，加强对“走出去”企业的安全培训。", "fs")], cl)
    P([("五、保障措施", "ht")])
    P([("（一）加强组织领导。", "ktb"),
       ("省推进“一带一路”建设工作领导小组要加强统筹协调，研究解决重大问题。领导小组办公室设在省发展改革委，负责日常"
        "工作。", "fs")], cl)
    P([("（二）强化政策支持。", "ktb"),
       ("省级各有关部门要在项目、资金、土地、人才等方面加大支持力度。", "fs")], cl)
    P([("（三）抓好督促落实。", "ktb"),
       ("各地各部门要于每年12月底前将年度工作进展情况报送领导小组办公室。", "fs")], cl)
    empty(d, 4)
    p = para(d, "抄送：省人大常委会办公厅，省政协办公厅，省纪委办公厅，省法院，省检察院，云南省军区。",
             indent=False, size=14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = para(d, org1 + "\u3000" * 6 + "2026年3月2日印发", indent=False, size=14)
    border(p, "bottom", "000000", 8)

    issuers = [org1, org2]
    return d, [
        {"meta": meta(title, number, issuers, "2026-02-27", "云南省", "通知", recipients=recips,
                      attachments=[plan_title], publicity="此件公开发布",
                      repeals="《云南省推进共建“一带一路”高质量发展三年行动计划（2023—2025年）》（云办发〔2023〕15号）"),
         "clauses": n_cl},
        {"meta": meta(plan_title, None, issuers, "2026-02-27", "云南省", "方案"), "clauses": cl},
    ]


# ====================================================================== main
def main():
    expected = {}
    for stem, fn in (("blind720_shaanxi_tongzhi", doc_shaanxi),
                     ("blind720_guangxi_tongzhi", doc_guangxi),
                     ("blind720_yunnan_tongzhi", doc_yunnan)):
        d, objs = fn()
        path = os.path.join(HERE, stem + ".docx")
        d.save(path)
        expected[stem] = objs
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_720", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
