# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 660: joint 公告 of national organs (版头 as borderless table) and a single-organ 公告."""
import os
import json
import copy
import subprocess

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ----------------------------------------------------------------- helpers
def set_font(run, font, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    ascii_font = "Times New Roman" if font in (FS, KT) else font
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    rfonts.set(qn("w:eastAsia"), font)
    if color is not None:
        run.font.color.rgb = color


def line_spacing(p, pts=28, before=0, after=0):
    pf = p.paragraph_format
    pf.line_spacing = Pt(pts)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), sz, color))
    ppr.append(bdr)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = parse_xml(
        '<w:tblBorders %s>'
        '<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
        '</w:tblBorders>' % nsdecls("w"))
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    tblPr.append(b)


def set_grid(table, widths_cm):
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    tblPr = table._tbl.tblPr
    tw = OxmlElement("w:tblW")
    tw.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
    tw.set(qn("w:type"), "dxa")
    old = tblPr.find(qn("w:tblW"))
    if old is not None:
        tblPr.remove(old)
    tblPr.append(tw)
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trPr.append(c)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def add_page_number_footer(doc):
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def page_setup(doc):
    s = doc.sections[0]
    s.page_width = Cm(21.0)
    s.page_height = Cm(29.7)
    s.top_margin = Cm(3.7)
    s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8)
    s.right_margin = Cm(2.6)
    s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


class Builder:
    def __init__(self):
        self.doc = Document()
        page_setup(self.doc)
        add_page_number_footer(self.doc)
        self.clauses = []
        # remove the initial empty paragraph python-docx does not create (none); fine

    # a body paragraph made of runs [(text, font, bold)], recorded as clause
    def para(self, parts, clause=True, indent=True, align=None, key_text=None,
             num_id=None):
        p = self.doc.add_paragraph()
        line_spacing(p)
        if indent:
            p.paragraph_format.first_line_indent = Pt(32)
        if align is not None:
            p.alignment = align
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if num_id is not None:
            ppr = p._p.get_or_add_pPr()
            numpr = parse_xml(
                '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                % (nsdecls("w"), num_id))
            ppr.insert(0, numpr) if ppr.find(qn("w:pStyle")) is None else ppr.insert(1, numpr)
            ind = OxmlElement("w:ind")
            ind.set(qn("w:left"), "0")
            ind.set(qn("w:firstLine"), "640")
            ppr.append(ind)
        if isinstance(parts, str):
            parts = [(parts, FS, False)]
        for text, font, bold in parts:
            r = p.add_run(text)
            set_font(r, font, 16, bold)
        if clause:
            self.clauses.append(key_text if key_text is not None else "".join(t for t, _, _ in parts))
        return p

    def empty(self, n=1):
        for _ in range(n):
            p = self.doc.add_paragraph()
            line_spacing(p)

    def data_table(self, header, rows, widths, size=12):
        t = self.doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        set_grid(t, widths)
        hdr = t.rows[0]
        repeat_header(hdr)
        for i, h in enumerate(header):
            c = hdr.cells[i]
            c.width = Cm(widths[i])
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(p.add_run(h), HT, size)
        for row in rows:
            row_obj = t.add_row()
            cant_split(row_obj)
            cells = row_obj.cells
            for i, v in enumerate(row):
                c = cells[i]
                c.width = Cm(widths[i])
                c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                p = c.paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER if i in (0,) or len(v) <= 6 else WD_ALIGN_PARAGRAPH.LEFT
                set_font(p.add_run(v), FS, size)
            self.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        return t

    def joint_masthead(self, organs, word, number):
        """版头 as a borderless table: organs stacked left, 公告 word merged right."""
        t = self.doc.add_table(rows=len(organs), cols=2)
        no_borders(t)
        t.autofit = False
        set_grid(t, [9.0, 6.4])
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, org in enumerate(organs):
            c = t.cell(i, 0)
            c.width = Cm(9.0)
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
            line_spacing(p, 40)
            set_font(p.add_run(org), XBS, 30, color=RED)
        m = t.cell(0, 1).merge(t.cell(len(organs) - 1, 1))
        m.width = Cm(6.4)
        m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        for c in t.columns[1].cells:
            c.width = Cm(6.4)
        p = m.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        line_spacing(p, 60)
        set_font(p.add_run(word), XBS, 44 if len(word) <= 2 else 36, color=RED)
        # number line and red rule
        self.empty()
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        line_spacing(p, 28, after=6)
        set_font(p.add_run(number), FS, 16)
        bottom_border(p)
        self.empty()

    def title(self, lines):
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        line_spacing(p, 36)
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            set_font(r, XBS, 22)
            if i < len(lines) - 1:
                r.add_break(WD_BREAK.LINE)  # soft line break inside the title
        self.empty()

    def save(self, stem):
        path = os.path.join(HERE, stem + ".docx")
        self.doc.save(path)
        return path


def add_chinese_numbering(doc):
    """Word list numbering 一、二、三、 (chineseCounting). Returns numId."""
    numbering = doc.part.numbering_part.element
    abs_id = 660
    num_id = 66
    absxml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体" w:hint="eastAsia"/>'
        '<w:b w:val="0"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), abs_id))
    numxml = ('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
              % (nsdecls("w"), num_id, abs_id))
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    a = parse_xml(absxml)
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    numbering.append(parse_xml(numxml))
    return num_id


# ======================================================================
# Document 1: 海关总署 国家税务总局 联合公告 2026年第8号
# ======================================================================
def doc1():
    b = Builder()
    # office quirk: 海关总署 padded with spaces to line up with 国家税务总局
    b.joint_masthead(["海 关 总 署", "国家税务总局"], "联合公告", "2026年第8号")
    title = "关于扩大综合保税区增值税一般纳税人资格试点范围的公告"
    b.title(["关于扩大综合保税区增值税一般纳税人", "资格试点范围的公告"])

    b.para("为贯彻落实党中央、国务院关于推进综合保税区高质量发展的决策部署，支持综合保税区内企业统筹利用国内国际两个市场、两种资源，根据《国务院关于促进综合保税区高水平开放高质量发展的若干意见》等有关规定，海关总署、国家税务总局决定进一步扩大综合保税区增值税一般纳税人资格试点（以下简称试点）范围。现将有关事项公告如下：")
    b.para([("一、试点范围。", HT, False),
            ("在前期试点基础上，将下列24个综合保税区纳入试点范围：", FS, False)])
    rows = [
        ("北京", "北京大兴国际机场综合保税区", "北京海关"),
        ("天津", "天津东疆综合保税区", "天津海关"),
        ("河北", "石家庄综合保税区", "石家庄海关"),
        ("山西", "太原武宿综合保税区", "太原海关"),
        ("内蒙古", "呼和浩特综合保税区", "呼和浩特海关"),
        ("辽宁", "沈阳综合保税区", "沈阳海关"),
        ("吉林", "长春兴隆综合保税区", "长春海关"),
        ("黑龙江", "哈尔滨综合保税区", "哈尔滨海关"),
        ("江苏", "南京综合保税区", "南京海关"),
        ("浙江", "宁波梅山综合保税区", "宁波海关"),
        ("安徽", "合肥经济技术开发区综合保税区", "合肥海关"),
        ("福建", "厦门象屿综合保税区", "厦门海关"),
        ("江西", "南昌综合保税区", "南昌海关"),
        ("山东", "青岛前湾综合保税区", "青岛海关"),
        ("河南", "郑州经开综合保税区", "郑州海关"),
        ("湖北", "武汉东湖综合保税区", "武汉海关"),
        ("湖南", "长沙黄花综合保税区", "长沙海关"),
        ("广东", "广州南沙综合保税区", "广州海关"),
        ("广西", "钦州综合保税区", "南宁海关"),
        ("重庆", "重庆西永综合保税区", "重庆海关"),
        ("四川", "成都高新综合保税区", "成都海关"),
        ("陕西", "西安综合保税区", "西安海关"),
        ("新疆", "乌鲁木齐综合保税区", "乌鲁木齐海关"),
        ("云南", "昆明综合保税区", "昆明海关"),
    ]
    rows = [(str(i + 1),) + r for i, r in enumerate(rows)]
    b.data_table(["序号", "省（区、市）", "综合保税区名称", "主管海关"], rows,
                 [1.5, 3.0, 7.0, 3.5], size=12)
    b.empty()
    b.para([("二、试点企业条件。", HT, False),
            ("试点综合保税区内符合下列条件的企业，可以自愿向主管税务机关、海关申请成为试点企业：", FS, False)])
    for s in [
        "（一）已在综合保税区内依法办理市场主体登记，具有独立法人资格；",
        "（二）会计核算健全，能够准确提供税务资料，且已实行或者申请登记为增值税一般纳税人；",
        "（三）海关信用等级为一般信用及以上，近3年内未因走私行为受到海关行政处罚；",
        "（四）已安装、使用金关二期海关特殊监管区域管理系统，并与海关联网；",
        "（五）主管海关和主管税务机关规定的其他条件。",
    ]:
        b.para(s)
    # heading on a line of its own (not a clause)
    b.para([("三、申请与备案", HT, False)], clause=False)
    b.para([("（一）企业申请。", KT, True),
            ("试点企业应当向主管税务机关办理增值税一般纳税人资格登记，并持登记结果向主管海关提交《综合保税区增值税一般纳税人资格试点企业备案表》，办理备案手续。主管海关自收到备案材料之日起5个工作日内完成备案。", FS, False)])
    b.para([("（二）信息共享。", KT, True),
            ("主管税务机关、海关应当按照职责分工，及时交换试点企业登记、备案、变更和退出等信息，实现数据共享。", FS, False)])
    b.para([("（三）变更退出。", KT, True),
            ("试点企业发生名称、地址、经营范围等变更的，应当在变更之日起15个工作日内向主管海关和主管税务机关报告；申请退出试点的，自退出之日起36个月内不得再次申请试点。", FS, False)])
    b.para([("四、税收政策", HT, False)], clause=False)
    for s in [
        "（一）试点企业进口自用设备（包括建设生产厂房、仓储设施所需的基建物资），暂免征收进口关税和进口环节增值税、消费税。",
        "（二）除财政部、海关总署、国家税务总局另有规定外，试点企业从境外进入综合保税区的货物，以及试点企业之间往来的保税货物，继续按照现行保税政策执行。",
        "（三）试点企业销往境内区外或者从境内区外购进的货物，按照增值税有关规定缴纳或者抵扣增值税；其中，从境内区外购进并实际离境的货物，按照规定办理出口退（免）税。",
    ]:
        b.para(s)
    b.para([("五、监管要求。", HT, False),
            ("试点企业应当对保税货物与非保税货物分开管理、分账核算，如实申报货物流转信息。海关、税务部门对试点企业实施分类监管，发现企业存在虚开发票、骗取出口退税或者走私等违法行为的，依法处理并取消其试点资格。", FS, False)])
    b.para([("六、", HT, False),
            ("本公告自2026年4月1日起施行。《海关总署 国家税务总局关于综合保税区增值税一般纳税人资格试点有关事项的公告》（海关总署 国家税务总局公告2023年第4号）同时废止。", FS, False)])
    b.para("特此公告。")
    b.empty(2)
    # 落款: organs side by side in a borderless table, date below with manual spaces
    t = b.doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, org in enumerate(["海关总署", "国家税务总局"]):
        c = t.cell(0, i)
        c.width = Cm(7.8)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(p.add_run(org), FS, 16)
    b.empty()
    p = b.doc.add_paragraph()
    line_spacing(p)
    set_font(p.add_run("\u3000" * 17 + "2026年3月18日"), FS, 16)

    meta = {
        "title": title,
        "doc_number": "海关总署 国家税务总局联合公告2026年第8号",
        "issuer": ["海关总署", "国家税务总局"],
        "date": "2026-03-18",
        "published": None,
        "level": "national",
        "region": "全国",
        "effective": "2026-04-01",
        "expires": None,
        "attachments": [],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": "《海关总署 国家税务总局关于综合保税区增值税一般纳税人资格试点有关事项的公告》（海关总署 国家税务总局公告2023年第4号）",
    }
    return b, meta


# ======================================================================
# Document 2: 商务部 海关总署 公告 2026年第21号
# ======================================================================
def doc2():
    b = Builder()
    b.joint_masthead(["商\u3000务\u3000部", "海关总署"], "公告", "2026年第21号")
    title = "关于调整跨境电子商务零售进口商品清单的公告"
    b.title(["关于调整跨境电子商务零售进口", "商品清单的公告"])

    b.para("为促进跨境电子商务零售进口健康发展，更好满足人民群众多样化、高品质消费需求，经国务院同意，现对《跨境电子商务零售进口商品清单（2022年版）》（以下简称《清单》）进行调整。有关事项公告如下：")
    b.para("一、将鲜冻水产品、保健食品、运动健身器材、家用电器等12个税则号列商品纳入《清单》，具体如下：")
    rows = [
        ("03038990", "其他冻鱼", "仅限网购保税进口"),
        ("03061790", "其他冻虾及对虾", "仅限网购保税进口"),
        ("16041400", "制作或保藏的金枪鱼、鲣鱼及狐鲣", "按进口食品有关规定执行"),
        ("21069090", "其他编号未列名的食品", "限保健食品，须取得注册或备案凭证"),
        ("33049900", "其他美容品或化妆品及护肤品", "按进口化妆品有关规定执行"),
        ("95069111", "跑步机", "无特殊要求"),
        ("95069119", "其他健身及康复器械", "无特殊要求"),
        ("85098090", "其他家用电动器具", "须符合强制性产品认证要求"),
        ("85167100", "电热咖啡机及电热茶壶", "须符合强制性产品认证要求"),
        ("90191010", "按摩器具", "无特殊要求"),
        ("64041100", "运动鞋靴", "无特殊要求"),
        ("42022200", "以塑料或纺织材料作面的手提包", "无特殊要求"),
    ]
    rows = [(str(i + 1),) + r for i, r in enumerate(rows)]
    b.data_table(["序号", "税则号列", "商品描述", "监管要求"], rows,
                 [1.4, 2.8, 6.0, 5.2], size=12)
    b.empty()
    b.para("二、对《清单》中部分商品的备注进行调整：")
    for s in [
        "（一）将税则号列22042100项下葡萄酒的备注由“限2升及以下容器包装”调整为“限5升及以下容器包装”。",
        "（二）对税则号列30049090项下已纳入《清单》的非处方药品，在原备注基础上增加“仅限在跨境电子商务零售进口试点城市开展网购保税进口业务”。",
        "（三）删除税则号列84151021项下商品“须符合强制性产品认证要求”的备注。",
    ]:
        b.para(s)
    b.para("三、跨境电子商务零售进口商品应当符合以下要求：")
    for s in [
        "（一）属于消费者个人自用，并符合跨境电子商务零售进口商品单次交易限值和年度交易限值的规定；",
        "（二）由跨境电子商务企业、消费者（订购人）或者境内服务商，通过“国际贸易单一窗口”或者跨境电子商务通关服务平台，如实向海关传输交易、支付、物流等电子信息；",
        "（三）对尚在试点城市之外开展网购保税进口业务的，不得纳入《清单》管理范围，按照一般贸易有关规定办理进口手续。",
    ]:
        b.para(s)
    # office quirk: a hard return in the middle of a sentence (copy-paste);
    # the analyst cites it as one item.
    first = "四、各有关部门应当加强对跨境电子商务零售进口商品的事中事后监管，对"
    second = "在《清单》外违规销售商品、利用跨境电子商务渠道进行二次销售等违法违规行为，依法予以查处。"
    b.para(first, clause=False)
    b.para(second, clause=False, indent=False)
    b.clauses.append(first + second)
    b.para("五、本公告自2026年6月1日起施行。《跨境电子商务零售进口商品清单（2022年版）》同时废止。")
    b.para("特此公告。")
    b.empty()
    b.para("附件：跨境电子商务零售进口商品清单（2026年版）", clause=False)
    b.empty(3)
    # 落款: two organs side by side typed with full-width spaces, date with manual spaces
    p = b.doc.add_paragraph()
    line_spacing(p)
    set_font(p.add_run("\u3000" * 4 + "商务部" + "\u3000" * 9 + "海关总署"), FS, 16)
    b.empty()
    p = b.doc.add_paragraph()
    line_spacing(p)
    set_font(p.add_run("\u3000" * 17 + "2026年5月12日"), FS, 16)

    meta = {
        "title": title,
        "doc_number": "商务部 海关总署公告2026年第21号",
        "issuer": ["商务部", "海关总署"],
        "date": "2026-05-12",
        "published": None,
        "level": "national",
        "region": "全国",
        "effective": "2026-06-01",
        "expires": None,
        "attachments": ["跨境电子商务零售进口商品清单（2026年版）"],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": "《跨境电子商务零售进口商品清单（2022年版）》",
    }
    return b, meta


# ======================================================================
# Document 3: 海关总署公告2026年第37号 (single organ, mark on one line)
# ======================================================================
def doc3():
    b = Builder()
    num_id = add_chinese_numbering(b.doc)
    # mark: 海关总署公告 on one line, number below, red rule
    b.empty()
    p = b.doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    line_spacing(p, 60)
    set_font(p.add_run("海关总署公告"), XBS, 48, color=RED)
    b.empty()
    p = b.doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    line_spacing(p, 28, after=6)
    set_font(p.add_run("2026年第37号"), FS, 16)
    bottom_border(p)
    b.empty()
    title = "关于优化中欧班列进出境运输工具及货物监管有关事项的公告"
    b.title(["关于优化中欧班列进出境运输工具", "及货物监管有关事项的公告"])

    b.para("为深入贯彻落实共建“一带一路”倡议，推动中欧班列高质量发展，进一步提升通关便利化水平，根据《中华人民共和国海关法》及有关法律、行政法规的规定，海关总署决定对中欧班列进出境运输工具及货物监管有关事项进行优化。现公告如下：")
    # items 一、… use Word auto numbering; the key carries the visible number
    b.para([("适用范围。", HT, False),
            ("本公告所称中欧班列，是指按照固定车次、线路、班期和全程运行时刻开行，往来于中国与欧洲以及共建“一带一路”国家间的集装箱国际铁路联运班列。本公告适用于中欧班列进出境运输工具、货物、物品的海关监管。", FS, False)],
           num_id=num_id, indent=False,
           key_text="一、适用范围。本公告所称中欧班列，是指按照固定车次、线路、班期和全程运行时刻开行，往来于中国与欧洲以及共建“一带一路”国家间的集装箱国际铁路联运班列。本公告适用于中欧班列进出境运输工具、货物、物品的海关监管。")
    b.para([("枢纽场站。", HT, False),
            ("下列中欧班列枢纽场站可以开展集拼集运、“铁路快通”等业务：", FS, False)],
           num_id=num_id, indent=False,
           key_text="二、枢纽场站。下列中欧班列枢纽场站可以开展集拼集运、“铁路快通”等业务：")
    rows = [
        ("西安", "西安国际港站", "西安海关"),
        ("重庆", "重庆团结村站", "重庆海关"),
        ("成都", "成都国际铁路港", "成都海关"),
        ("郑州", "郑州圃田站", "郑州海关"),
        ("乌鲁木齐", "乌鲁木齐国际陆港区", "乌鲁木齐海关"),
        ("义乌", "义乌西站", "杭州海关"),
        ("武汉", "武汉吴家山站", "武汉海关"),
        ("长沙", "长沙霞凝站", "长沙海关"),
        ("合肥", "合肥北站物流基地", "合肥海关"),
        ("厦门", "厦门海沧站", "厦门海关"),
    ]
    rows = [(str(i + 1),) + r for i, r in enumerate(rows)]
    b.data_table(["序号", "城市", "场站名称", "监管海关"], rows,
                 [1.5, 3.0, 6.5, 4.0], size=12)
    b.empty()
    b.para([("运输工具监管", HT, False)], clause=False, num_id=num_id, indent=False)
    for s in [
        "（一）中欧班列进出境列车的负责人应当按照规定时限向海关传输运输工具申报数据和舱单数据。进境列车应当在列车抵达境内第一个停靠站4小时前传输原始舱单主要数据；出境列车应当在货物装车2小时前传输预配舱单主要数据。",
        "（二）在口岸站换装的中欧班列列车，经海关同意，可以在换装作业完成后集中办理运输工具进出境手续。",
        "（三）中欧班列在境内段运输过程中需要变更车次、加挂或者甩挂车厢的，列车负责人应当在变更前向海关报告，并同步更新舱单数据。",
    ]:
        b.para(s)
    b.para([("货物监管", HT, False)], clause=False, num_id=num_id, indent=False)
    b.para([("（一）集拼集运。", KT, True),
            ("中欧班列运营企业在枢纽场站开展集拼集运业务的，应当符合下列要求：", FS, False)])
    for s in [
        "1.在海关办理集拼集运业务备案，并按照规定填报《中欧班列集拼集运业务备案表》；",
        "2.集拼场所应当符合海关监管作业场所设置规范，具备视频监控、电子围网等设施；",
        "3.不同贸易方式、不同目的地的货物可以集拼同一集装箱，但应当分别申报、分票管理。",
    ]:
        b.para(s)
    b.para([("（二）“铁路快通”模式。", KT, True),
            ("进出境货物在枢纽场站与口岸站之间采用“铁路快通”模式运输的，企业可以在枢纽场站所在地海关办理申报、查验、放行手续，口岸站海关不再实施换装监管，原则上不再办理转关手续。", FS, False)])
    b.para([("（三）查验便利。", KT, True),
            ("对中欧班列运输的进出境货物，海关实施“先放行后检测”“抵港直装”等便利措施；确需查验的，优先安排查验。", FS, False)])
    b.para([("监管要求。", HT, False),
            ("中欧班列运营企业、场站经营人应当建立健全货物进出库管理制度，如实记录货物进出、存储和集拼信息，并接受海关稽查和核查。违反本公告规定的，由海关依照《中华人民共和国海关法》《中华人民共和国海关行政处罚实施条例》等规定处理；构成犯罪的，依法追究刑事责任。", FS, False)],
           num_id=num_id, indent=False,
           key_text="五、监管要求。中欧班列运营企业、场站经营人应当建立健全货物进出库管理制度，如实记录货物进出、存储和集拼信息，并接受海关稽查和核查。违反本公告规定的，由海关依照《中华人民共和国海关法》《中华人民共和国海关行政处罚实施条例》等规定处理；构成犯罪的，依法追究刑事责任。")
    b.para("本公告自2026年7月1日起施行，有效期至2028年6月30日。海关总署公告2021年第56号同时废止。",
           num_id=num_id, indent=False,
           key_text="六、本公告自2026年7月1日起施行，有效期至2028年6月30日。海关总署公告2021年第56号同时废止。")
    b.para("特此公告。")
    pass
    # attachment list, second line aligned with manual full-width spaces
    b.para("附件：1.中欧班列集拼集运业务备案表（样式）", clause=False)
    b.para("\u3000\u3000\u30002.中欧班列“铁路快通”业务流程", clause=False)
    b.empty(1)
    p = b.doc.add_paragraph()
    line_spacing(p)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(p.add_run("海关总署" + "\u3000" * 4), FS, 16)
    p = b.doc.add_paragraph()
    line_spacing(p)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(p.add_run("2026年6月5日" + "\u3000" * 3), FS, 16)

    meta = {
        "title": title,
        "doc_number": "海关总署公告2026年第37号",
        "issuer": ["海关总署"],
        "date": "2026-06-05",
        "published": None,
        "level": "national",
        "region": "全国",
        "effective": "2026-07-01",
        "expires": "2028-06-30",
        "attachments": ["中欧班列集拼集运业务备案表（样式）", "中欧班列“铁路快通”业务流程"],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": "海关总署公告2021年第56号",
    }
    return b, meta


def main():
    expected = {}
    jobs = [
        ("blind660_quanguo_lianhegonggao", doc1),
        ("blind660_quanguo_shangwuhaiguan_gonggao", doc2),
        ("blind660_quanguo_haiguan_gonggao", doc3),
    ]
    for stem, fn in jobs:
        b, meta = fn()
        path = b.save(stem)
        expected[stem] = [{"meta": meta, "clauses": b.clauses}]
        subprocess.run(
            ["soffice", "-env:UserInstallation=file:///tmp/lo_660", "--headless",
             "--convert-to", "pdf", "--outdir", HERE, path],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
