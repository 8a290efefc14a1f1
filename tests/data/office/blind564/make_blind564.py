# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 564: 省人民政府办公厅转发商务部等部门通知 (Word + PDF + expected.json)."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BR = "⏎"  # soft line break marker (w:br) inside a paragraph

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"


def set_font(run, name, size=16, bold=False, color=None):
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
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def add_text(p, text, font, size=16, bold=False, color=None):
    parts = text.split(BR)
    for i, part in enumerate(parts):
        if part:
            r = p.add_run(part)
            set_font(r, font, size, bold, color)
        if i < len(parts) - 1:
            r = p.add_run()
            set_font(r, font, size, bold, color)
            r.add_break(WD_BREAK.LINE)


def fmt(p, align=None, first_line=None, line=28, before=0, after=0, left=None, right=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first_line is not None:
        pf.first_line_indent = Pt(first_line)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), sz, color))
    ppr.append(bdr)


def cell_borders(cell, **kw):
    tcpr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        val = kw.get(edge)
        e = OxmlElement("w:" + edge)
        if val:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(val))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tcpr.append(b)


def table_no_borders(table):
    tblpr = table._tbl.tblPr
    b = parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w"))
    tblpr.append(b)


def add_page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, SONG, 14)
    r = p.add_run()
    set_font(r, SONG, 14)
    for tag, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if tag:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), tag)
            r._r.append(fc)
        elif txt == " PAGE ":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._r.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = txt
            r._r.append(t)
    r = p.add_run(" —")
    set_font(r, SONG, 14)


class Builder:
    def __init__(self, stem):
        self.stem = stem
        self.doc = Document()
        sec = self.doc.sections[0]
        sec.page_height = Cm(29.7)
        sec.page_width = Cm(21.0)
        sec.top_margin = Cm(3.7)
        sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)
        add_page_number_footer(sec)
        st = self.doc.styles["Normal"]
        st.font.name = FS
        st.font.size = Pt(16)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        self.key = []
        self.cur = None
        self.next_num = 90

    # ---- key helpers
    def start(self, meta):
        self.cur = {"meta": meta, "clauses": []}
        self.key.append(self.cur)

    @staticmethod
    def clean(text):
        return text.replace(BR, "").lstrip("　 ").rstrip()

    def clause(self, text):
        self.cur["clauses"].append(self.clean(text))

    # ---- numbering (Word auto numbering)
    def new_list(self, numfmt, lvltext, font=FS, bold=False):
        numbering = self.doc.part.numbering_part.element
        nid = self.next_num
        self.next_num += 1
        absn = parse_xml(
            '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
            '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>%s<w:sz w:val="32"/></w:rPr>'
            '</w:lvl></w:abstractNum>'
            % (nsdecls("w"), nid, numfmt, lvltext, font, font, font, "<w:b/>" if bold else ""))
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            numbering.append(absn)
        num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                        % (nsdecls("w"), nid, nid))
        numbering.append(num)
        return nid

    # ---- document pieces
    def blank(self, n=1):
        for _ in range(n):
            p = self.doc.add_paragraph()
            fmt(p)

    def page_break(self):
        p = self.doc.add_paragraph()
        fmt(p)
        p.add_run().add_break(WD_BREAK.PAGE)

    def red_header(self, org):
        self.blank(2)
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=60)
        add_text(p, org, XBS, 36, color="FF0000")
        self.blank(1)

    def docno_line(self, text, align=WD_ALIGN_PARAGRAPH.CENTER, font=FS, red_line=False, right=None):
        p = self.doc.add_paragraph()
        fmt(p, align, right=right)
        add_text(p, text, font, 16)
        if red_line:
            bottom_border(p)

    def title(self, text, before=12):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=33, before=before)
        add_text(p, text, XBS, 22)
        self.blank(1)

    def recipients(self, text):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY)
        add_text(p, text, FS, 16)

    def para(self, segs, clause=True, indent=True, numid=None, label=None, typed_indent=False):
        """segs: list of (text, kind) kind in 'n' normal, 'h' 黑体, 'k' 楷体 bold, 'b' 仿宋 bold."""
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, first_line=(32 if indent and not typed_indent and numid is None else None))
        if numid is not None:
            ppr = p._p.get_or_add_pPr()
            ppr.append(parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                                 % (nsdecls("w"), numid)))
        full = ""
        if typed_indent:
            add_text(p, "　　", FS, 16)
        for text, kind in segs:
            font, bold = {"n": (FS, False), "h": (HT, False), "k": (KT, True), "b": (FS, True)}[kind]
            add_text(p, text, font, 16, bold)
            full += text
        if clause:
            self.clause((label or "") + full)
        return p

    def heading(self, text, font=HT):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, first_line=32)
        add_text(p, text, font, 16)

    def data_table(self, header, rows, widths=None):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            c = t.rows[0].cells[i]
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_text(c.paragraphs[0], h, HT, 12)
        for ri, row in enumerate(rows):
            for ci, val in enumerate(row):
                c = t.rows[ri + 1].cells[ci]
                p = c.paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER if len(val) < 12 else WD_ALIGN_PARAGRAPH.LEFT
                add_text(p, val, FS, 12)
            self.clause("；".join("%s：%s" % (header[i], self.clean(row[i])) for i in range(len(header))))
        if widths:
            t.autofit = False
            grid = t._tbl.tblGrid
            for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
                gc.set(qn("w:w"), str(int(widths[i] * 567)))
            for row in t.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = Cm(w)
        return t

    def sign_table(self, organs, cols=2):
        """落款 organs laid out in an invisible table (layout only)."""
        rows = (len(organs) + cols - 1) // cols
        t = self.doc.add_table(rows=rows, cols=cols)
        table_no_borders(t)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, o in enumerate(organs):
            c = t.rows[i // cols].cells[i % cols]
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=36)
            add_text(p, o, FS, 16)
        return t

    def right_line(self, text, right=64, font=FS):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, right=right)
        add_text(p, text, font, 16)

    def spaced_line(self, text):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT)
        add_text(p, text, FS, 16)

    def publicity(self, text="（此件公开发布）"):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, first_line=32)
        add_text(p, text, FS, 16)

    def banji(self, cc, printer, date):
        self.blank(3)
        t = self.doc.add_table(rows=2, cols=1)
        table_no_borders(t)
        c1 = t.rows[0].cells[0]
        cell_borders(c1, top=8, bottom=4)
        p = c1.paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, left=14, right=14)
        add_text(p, cc, FS, 14)
        c2 = t.rows[1].cells[0]
        cell_borders(c2, bottom=8)
        p = c2.paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, left=14)
        gap = "　" * max(2, 27 - len(printer) - len(date) - 2)
        add_text(p, printer + gap + date + "印发", FS, 14)

    def save(self):
        path = os.path.join(HERE, self.stem + ".docx")
        self.doc.save(path)
        return path


# ---------------------------------------------------------------------------
# 1. 福建：转发商务部等6部门关于中欧班列的通知
# ---------------------------------------------------------------------------
def make_fujian():
    b = Builder("blind564_fujian_zhuanfa")
    t_min = "关于推进中欧班列高质量发展更好服务共建“一带一路”的通知"
    b.start({
        "title": "福建省人民政府办公厅转发商务部等部门关于推进中欧班列高质量发展更好服务共建“一带一路”的通知",
        "doc_number": "闽政办〔2025〕52号",
        "issuer": ["福建省人民政府办公厅"],
        "date": "2025-10-20",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各设区市人民政府", "平潭综合实验区管委会", "省人民政府各部门", "各直属机构"],
        "publicity": "此件公开发布",
        "repeals": None,
    })
    b.red_header("福建省人民政府办公厅文件")
    b.docno_line("闽政办〔2025〕52号", red_line=True)
    b.blank()
    b.title("福建省人民政府办公厅转发商务部等部门" + BR + "关于推进中欧班列高质量发展更好服务" + BR + "共建“一带一路”的通知")
    b.recipients("各设区市人民政府、平潭综合实验区管委会，省人民政府各部门、" + BR + "各直属机构：")
    b.para([("商务部、外交部、国家发展改革委、财政部、交通运输部、海关总署《" + t_min +
              "》（商合发〔2025〕88号）已经省人民政府同意，现转发给你们，请结合实际认真贯彻执行。", "n")])
    b.para([("我省是“21世纪海上丝绸之路”核心区，中欧（厦门）班列、中欧（福州）班列是我省联通欧亚大陆的重要物流通道。"
              "各地各有关部门要立足“海丝”“陆丝”无缝衔接优势，推动中欧班列与海运航线、闽台海空联运深度融合，" + BR +
              "加快建设厦门、福州集结中心，积极拓展“丝路海运+中欧班列”多式联运业务。省商务厅要会同省发展改革委、"
              "省财政厅、省交通运输厅、福州海关、厦门海关等部门建立工作协调机制，及时研究解决班列运营中的重大问题，"
              "每年12月底前将贯彻落实情况报省人民政府。", "n")])
    b.blank(2)
    b.spaced_line("　" * 16 + "福建省人民政府办公厅")
    b.spaced_line("　" * 17 + "2025年10月20日")
    b.publicity()
    b.page_break()

    # ---- transmitted ministry notice
    organs = ["商务部", "外交部", "国家发展改革委", "财政部", "交通运输部", "海关总署"]
    b.start({
        "title": "商务部等6部门" + t_min,
        "doc_number": "商合发〔2025〕88号",
        "issuer": organs,
        "date": "2025-09-12",
        "published": None,
        "level": "national",
        "region": "全国",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门、外事办公室、发展改革委、财政厅（局）、交通运输厅（局）",
                       "海关总署广东分署", "各直属海关"],
        "publicity": None,
        "repeals": None,
    })
    b.title("商务部等6部门关于推进中欧班列高质量发展" + BR + "更好服务共建“一带一路”的通知", before=0)
    b.docno_line("商合发〔2025〕88号")
    b.blank()
    b.recipients("各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门、外事办公室、发展改革委、"
                 "财政厅（局）、交通运输厅（局），海关总署广东分署，各直属海关：")
    b.para([("中欧班列是共建“一带一路”的标志性成果，是保障国际产业链供应链稳定畅通的重要物流通道。"
              "为贯彻落实第三届“一带一路”国际合作高峰论坛成果，推动中欧班列高质量发展，更好服务高质量共建“一带一路”，"
              "经国务院同意，现就有关事项通知如下：", "n")])
    b.heading("一、总体要求")
    b.para([("坚持统筹发展和安全，坚持市场化运作和政府引导相结合，以提升运输效率、降低综合成本、拓展贸易功能为重点，"
              "推动中欧班列由“点对点”运输向“枢纽对枢纽”网络化运营转变。到2027年，中欧班列年开行量稳定在1.9万列左右，"
              "集结中心功能进一步完善，回程班列占比提高到45%以上，班列运输时效、稳定性和国际竞争力明显提升。", "n")])
    b.heading("二、提升通道运输能力")
    b.para([("（一）优化班列开行布局。", "k"),
            ("支持西安、重庆、成都、郑州、乌鲁木齐等中欧班列集结中心加快建设，鼓励沿海港口城市发展海铁联运班列，"
             "推动形成“干支结合、枢纽集散”的班列开行网络。各地不得以补贴为主要手段盲目争抢货源，严禁开行“空箱列”“凑数列”。", "n")])
    b.para([("（二）加强境外通道建设。", "k"),
            ("外交部、国家发展改革委、交通运输部要加强与沿线国家沟通协调，推动口岸换装能力提升和铁路基础设施互联互通，"
             "积极拓展跨里海国际运输走廊等南通道线路，提高通道运输韧性。", "n")])
    b.para([("（三）完善海外物流网络。", "k"),
            ("鼓励班列运营企业在沿线重要节点城市布局海外仓、分拨中心和集装箱还箱点，提升境外揽货、分拨和配送能力。", "n")])
    b.blank()
    b.heading("三、拓展班列贸易功能")
    b.para([("（一）发展“班列+贸易”新模式。", "k"),
            ("支持依托中欧班列开展跨境电子商务、邮件快件、冷链运输和汽车整车出口业务，推动班列与跨境电子商务综合试验区、"
             "综合保税区、自由贸易试验区联动发展。", "n")])
    b.para([("（二）创新班列金融服务。", "k"),
            ("鼓励金融机构依法合规开展铁路运单融资、仓单质押等业务，探索以铁路运输单证为基础的贸易融资新模式。"
             "财政部要研究完善支持政策，引导社会资本参与集结中心建设。", "n")])
    b.heading("四、提高口岸通关效率")
    b.para([("（一）海关总署要深化“智慧海关”建设，推广应用以下便利化措施：", "n")])
    b.para([("1.全面推行中欧班列“安智贸”项目，扩大数据交换试点范围；", "n")])
    b.para([("2.推广“铁路快速通关”模式，实现班列转关“一次申报、一次查验、一次放行”；", "n")])
    b.para([("3.支持具备条件的内陆口岸开展进口肉类、水果、粮食等指定监管场地建设。", "n")])
    b.para([("（二）各地商务主管部门要会同海关、铁路等单位建立班列运行信息共享机制，及时掌握班列开行、通关、运输等动态，"
              "协调解决企业反映的困难和问题。", "n")])
    b.para([("五、加强风险防范。", "h"),
            ("各地要密切关注沿线国家和地区政治、经济、安全形势变化，健全中欧班列运输安全风险监测预警和应急处置机制，"
             "指导企业加强境外人员和货物安全管理。对违规开行、恶性竞争、虚报开行数据等行为，依法依规予以严肃处理。", "n")])
    b.heading("六、强化组织保障")
    b.para([("（一）加强统筹协调。", "k"),
            ("充分发挥推进“一带一路”建设工作领导小组办公室和中欧班列运输协调委员会作用，各部门按照职责分工加强协同配合，"
             "形成工作合力。", "n")])
    b.para([("（二）做好跟踪评估。", "k"),
            ("各地商务主管部门要会同有关部门于每年12月15日前将本地区中欧班列发展情况和政策落实情况报送商务部，"
             "商务部将会同有关部门适时开展评估。", "n")])
    b.blank()
    b.para([("联系人：商务部对外投资和经济合作司刘宁，电话：010-85093452。", "n")])
    b.blank(2)
    b.sign_table(organs, cols=2)
    b.blank()
    b.right_line("2025年9月12日", right=48)
    b.banji("抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，福州海关、厦门海关，"
            "中国铁路南昌局集团有限公司福州办事处。",
            "福建省人民政府办公厅", "2025年10月22日")
    return b


# ---------------------------------------------------------------------------
# 2. 浙江：转发商务部 海关总署 国家税务总局 国家外汇管理局关于综合保税区跨境电商的通知
# ---------------------------------------------------------------------------
def make_zhejiang():
    b = Builder("blind564_zhejiang_zhuanfa")
    t_min = "关于支持综合保税区高质量发展跨境电子商务的通知"
    b.start({
        "title": "浙江省人民政府办公厅转发商务部等部门" + t_min,
        "doc_number": "浙政办发〔2026〕3号",
        "issuer": ["浙江省人民政府办公厅"],
        "date": "2026-01-09",
        "published": None,
        "level": "provincial",
        "region": "浙江省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各市、县（市、区）人民政府", "省政府直属各单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    })
    b.red_header("浙江省人民政府办公厅文件")
    b.docno_line("浙政办发〔2026〕3号", red_line=True)
    b.blank()
    b.title("浙江省人民政府办公厅转发商务部等部门" + BR + "关于支持综合保税区高质量发展" + BR + "跨境电子商务的通知")
    b.recipients("各市、县（市、区）人民政府，省政府直属各单位：")
    b.para([("商务部、海关总署、国家税务总局、国家外汇管理局《" + t_min +
              "》（商贸发〔2025〕217号）已经省政府同意，现转发给你们，请认真贯彻执行。结合我省实际，提出如下要求：", "n")])
    lst = b.new_list("chineseCounting", "%1、", font=HT)
    b.para([("压实工作责任。", "h"),
            ("各地要将综合保税区跨境电商发展纳入中国（浙江）自由贸易试验区和跨境电子商务综合试验区建设的重要内容，"
             "明确责任部门和工作目标，推动杭州综合保税区、宁波梅山综合保税区、义乌综合保税区等加快培育跨境电商产业集群。", "n")],
           numid=lst, label="一、")
    b.para([("突出特色发展。", "h"),
            ("支持各综合保税区结合本地产业基础，发展“保税备货+直播电商”“保税维修+跨境电商”“海外仓+综合保税区”等业务模式，"
             "打造一批具有全国影响力的跨境电商公共服务平台。", "n")],
           numid=lst, label="二、")
    b.para([("强化跟踪问效。", "h"),
            ("省商务厅要会同杭州海关、宁波海关、国家税务总局浙江省税务局、国家外汇管理局浙江省分局等单位加强跟踪指导，"
             "每半年对政策落实情况开展一次评估，重大情况及时报告省政府。", "n")],
           numid=lst, label="三、")
    b.blank(2)
    b.right_line("浙江省人民政府办公厅", right=48)
    b.right_line("2026年1月9日", right=64)
    b.publicity()
    b.blank(3)

    organs = ["商务部", "海关总署", "国家税务总局", "国家外汇管理局"]
    b.start({
        "title": "商务部 海关总署 国家税务总局 国家外汇管理局" + t_min,
        "doc_number": "商贸发〔2025〕217号",
        "issuer": organs,
        "date": "2025-11-28",
        "published": None,
        "level": "national",
        "region": "全国",
        "effective": "2025-11-28",
        "expires": None,
        "attachments": ["综合保税区跨境电商企业名录填报表", "综合保税区跨境电商业务统计指标说明"],
        "doc_type": "通知",
        "recipients": ["各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门", "海关总署广东分署", "各直属海关",
                       "国家税务总局各省、自治区、直辖市和计划单列市税务局",
                       "国家外汇管理局各省、自治区、直辖市及计划单列市分局"],
        "publicity": "此件公开发布",
        "repeals": "《商务部 海关总署关于支持综合保税区开展保税跨境电商零售进口业务的通知》（商贸函〔2021〕305号）",
    })
    b.title("商务部 海关总署 国家税务总局" + BR + "国家外汇管理局关于支持综合保税区" + BR + "高质量发展跨境电子商务的通知", before=0)
    b.docno_line("商贸发〔2025〕217号", align=WD_ALIGN_PARAGRAPH.RIGHT, right=32)
    b.blank()
    b.recipients("各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门，海关总署广东分署，各直属海关，"
                 "国家税务总局各省、自治区、直辖市和计划单列市税务局，国家外汇管理局各省、自治区、直辖市及计划单列市分局：")
    b.para([("为贯彻落实党中央、国务院关于推动跨境电子商务健康持续创新发展的决策部署，充分发挥综合保税区政策功能优势，"
              "促进综合保税区与跨境电子商务融合发展，现就有关事项通知如下：", "n")])
    b.heading("一、总体要求")
    b.para([("以制度创新为核心，以便利化、规范化为导向，支持综合保税区拓展跨境电商业务，培育外贸新动能。"
              "到2027年，全国综合保税区跨境电商进出口额力争比2024年翻一番，建设一批跨境电商特色综合保税区。", "n")])
    b.heading("二、支持开展多种业务模式")
    b.para([("综合保税区内企业可按规定开展下列跨境电商业务：", "n")])
    b.data_table(
        ["序号", "业务模式", "监管方式代码", "适用情形"],
        [["1", "跨境电商B2B直接出口", "9710",
          "境内企业通过跨境电商平台与境外企业达成交易后，通过跨境物流将货物直接出口至境外企业"],
         ["2", "跨境电商出口海外仓", "9810",
          "境内企业将出口货物通过跨境物流送达海外仓，通过跨境电商平台实现交易后从海外仓送达购买者"],
         ["3", "保税跨境贸易电子商务", "1210",
          "区内电商企业将商品保税备货，消费者下单后按跨境电商零售进口或出口有关规定办理通关"],
         ["4", "保税跨境贸易电子商务A", "1239",
          "按规定适用于部分跨境电商零售进口试点城市开展的网购保税进口业务"]],
        widths=[1.3, 4.2, 2.4, 7.6])
    b.blank()
    b.heading("三、优化监管服务")
    lst2 = b.new_list("chineseCounting", "（%1）", font=KT, bold=True)
    b.para([("简化业务流程。", "k"),
            ("海关对综合保税区内跨境电商企业实施信用分类管理，对高级认证企业优先办理通关手续，"
             "支持“先入区、后报关”“分送集报、自行运输”等便利措施适用于跨境电商业务。", "n")],
           numid=lst2, label="（一）")
    b.para([("支持退货中心仓模式。", "k"),
            ("允许在综合保税区内设置跨境电商零售进口退货中心仓，对符合条件的退货商品实行区内分拣、集中退运。", "n")],
           numid=lst2, label="（二）")
    b.para([("推进保税展示交易。", "k"),
            ("支持综合保税区内企业在区外开展跨境电商保税商品展示，按规定办理担保手续。", "n")],
           numid=lst2, label="（三）")
    b.para([("四、落实税收政策。", "h"),
            ("税务部门要落实跨境电子商务综合试验区零售出口货物“无票免税”、企业所得税核定征收等政策，"
             "对符合条件的综合保税区跨境电商企业及时办理出口退（免）税。综合保税区内跨境电商企业符合增值税一般纳税人资格试点条件的，"
             "可按规定申请试点。", "n")])
    b.para([("五、便利跨境资金结算。", "h"),
            ("外汇管理部门要支持银行和支付机构为综合保税区跨境电商企业提供跨境收付服务，允许跨境电商企业将出口货款留存境外"
             "用于海外仓建设和运营，简化小额跨境电商交易的收结汇手续。", "n")])
    b.heading("六、加强组织实施")
    b.para([("（一）各地商务主管部门要会同海关、税务、外汇管理部门建立工作协调机制，加强政策宣传和企业辅导，"
              "于每年1月31日前将上一年度工作情况报送商务部。", "n")])
    b.para([("（二）各直属海关要加强对综合保税区跨境电商业务的风险监测，严厉打击借跨境电商渠道走私、违规刷单等违法行为。", "n")])
    b.para([("本通知自印发之日起施行。《商务部 海关总署关于支持综合保税区开展保税跨境电商零售进口业务的通知》"
              "（商贸函〔2021〕305号）同时废止。", "n")])
    b.blank()
    p = b.doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, first_line=32)
    add_text(p, "附件：1．综合保税区跨境电商企业名录填报表" + BR + "　　　　　2．综合保税区跨境电商业务统计指标说明", FS, 16)
    b.blank(2)
    b.spaced_line("　　　　商务部" + "　" * 9 + "海关总署" + BR +
                  "　　　　国家税务总局" + "　" * 5 + "国家外汇管理局")
    b.blank()
    b.spaced_line("　" * 17 + "2025年11月28日")
    b.publicity()
    b.banji("抄送：省委办公厅，省人大常委会办公厅，省政协办公厅，杭州海关、宁波海关，国家税务总局浙江省税务局，"
            "国家外汇管理局浙江省分局。",
            "浙江省人民政府办公厅", "2026年1月12日")
    return b


# ---------------------------------------------------------------------------
# 3. 四川：转发商务部等8部门关于外商投资促进和服务工作的通知
# ---------------------------------------------------------------------------
def make_sichuan():
    b = Builder("blind564_sichuan_zhuanfa")
    t_min = "关于进一步做好外商投资促进和服务工作的通知"
    b.start({
        "title": "四川省人民政府办公厅转发商务部等部门" + t_min,
        "doc_number": "川办发〔2026〕11号",
        "issuer": ["四川省人民政府办公厅"],
        "date": "2026-02-26",
        "published": None,
        "level": "provincial",
        "region": "四川省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各市（州）人民政府", "省政府各部门", "各直属机构", "有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    })
    b.red_header("四川省人民政府办公厅文件")
    b.docno_line("川办发〔2026〕11号", red_line=True)
    b.blank()
    b.title("四川省人民政府办公厅" + BR + "转发商务部等部门关于进一步做好外商投资" + BR + "促进和服务工作的通知")
    b.recipients("各市（州）人民政府，省政府各部门、各直属机构，有关单位：")
    b.para([("商务部等部门《" + t_min + "》（商资发〔2026〕9号）已经省政府同意，现转发给你们，"
              "并提出以下贯彻意见，请一并抓好落实。", "n")], typed_indent=True)
    b.para([("一、强化统筹协调。", "h"),
            ("省商务厅要牵头建立全省外商投资促进和服务工作协调机制，统筹中国（四川）自由贸易试验区、国家级经济技术开发区、"
             "综合保税区等开放平台招商引资工作，加强与共建“一带一路”国家和地区的经贸合作。", "n")], typed_indent=True)
    b.para([("二、细化任务分工。", "h"), ("各项重点任务分工如下：", "n")], typed_indent=True)
    b.data_table(
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        [["1", "建立外资企业圆桌会议制度，每季度至少召开1次", "省商务厅", "省发展改革委、省经济和信息化厅", "2026年3月底前"],
         ["2", "编制发布四川省外商投资指引（2026年版）", "省商务厅",
          "省市场监管局、中国（四川）自由贸易试验区工作办公室", "2026年6月底前"],
         ["3", "为外籍高管、技术人员提供出入境和居留便利", "省公安厅", "成都出入境边防检查站", "持续推进"],
         ["4", "开展外资项目要素保障专项行动", "省发展改革委", "省自然资源厅、省经济和信息化厅", "2026年12月底前"]],
        widths=[1.2, 5.6, 2.4, 4.0, 2.6])
    b.para([("三、加强督促落实。", "h"),
            ("各市（州）人民政府和省直有关部门要于每季度末月25日前将工作进展情况报送省商务厅，由省商务厅汇总后报省政府。"
             "省政府将把外商投资促进和服务工作情况纳入有关督查事项。", "n")], typed_indent=True)
    b.blank(2)
    b.right_line("四川省人民政府办公厅", right=40)
    b.right_line("2026年2月26日", right=56)
    b.publicity()
    b.page_break()

    organs = ["商务部", "国家发展改革委", "工业和信息化部", "财政部",
              "人力资源社会保障部", "中国人民银行", "市场监管总局", "国家移民管理局"]
    b.start({
        "title": "商务部等8部门" + t_min,
        "doc_number": "商资发〔2026〕9号",
        "issuer": organs,
        "date": "2026-01-15",
        "published": None,
        "level": "national",
        "region": "全国",
        "effective": "2026-01-15",
        "expires": "2028-12-31",
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务、发展改革、工业和信息化、财政、人力资源社会保障、市场监管主管部门",
                       "中国人民银行各省、自治区、直辖市分行", "各出入境边防检查总站"],
        "publicity": None,
        "repeals": None,
    })
    b.title("商务部等8部门关于进一步做好" + BR + "外商投资促进和服务工作的通知", before=0)
    b.docno_line("（商资发〔2026〕9号）", font=KT)
    b.blank()
    b.recipients("各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务、发展改革、工业和信息化、财政、人力资源社会保障、"
                 "市场监管主管部门，中国人民银行各省、自治区、直辖市分行，各出入境边防检查总站：")
    b.para([("为深入贯彻落实《国务院关于进一步优化外商投资环境加大吸引外商投资力度的意见》，稳定外资规模、优化外资结构，"
              "更大力度、更加有效吸引和利用外商投资，现就进一步做好外商投资促进和服务工作有关事项通知如下：", "n")],
           typed_indent=True)
    b.heading("一、拓宽外商投资领域")
    b.para([("（一）落实全面取消制造业领域外资准入限制措施，有序扩大电信、医疗等服务业开放试点，"
              "支持外商投资企业依法平等参与政府采购和标准制定。", "n")], typed_indent=True)
    b.para([("（二）鼓励外商投资先进制造业、现代服务业和高新技术产业。符合条件的外商投资项目可享受以下支持：", "n")],
           typed_indent=True)
    b.para([("1.纳入重大和重点外资项目工作专班，按规定协调解决用地、用能、用工等要素保障问题；", "n")], typed_indent=True)
    b.para([("2.外商投资企业以境内分配利润直接投资的，按规定享受暂不征收预提所得税政策；", "n")], typed_indent=True)
    b.para([("3.对外商投资设立的研发中心，按规定享受进口科技开发用品免税政策。", "n")], typed_indent=True)
    b.para([("（三）支持自由贸易试验区、国家级经济技术开发区和综合保税区开展外资准入和监管制度集成创新，"
              "在共建“一带一路”国家和地区开展产业链招商。", "n")], typed_indent=True)
    b.heading("二、完善投资促进机制")
    b.para([("（一）创新投资促进方式。", "k"),
            ("支持地方政府和开发区通过“走出去”和“请进来”相结合的方式开展投资促进活动，规范引导委托招商、以商招商，"
             "不得以违反法律法规的优惠政策招商引资。", "n")], typed_indent=True)
    b.para([("（二）健全外资项目服务体系。", "k"), ("各地要建立外资项目全生命周期服务机制，具体包括：", "n")],
           typed_indent=True)
    b.para([("1.项目签约前，提供政策咨询、选址推介和市场准入指导；", "n")], typed_indent=True)
    b.para([("2.项目落地中，实行“一对一”专员服务，重点做好以下工作：", "n")], typed_indent=True)
    b.para([("（1）协调办理用地、规划、环评、施工许可等手续；", "n")], typed_indent=True)
    b.para([("（2）帮助企业对接供应链上下游和本地金融机构；", "n")], typed_indent=True)
    b.para([("3.项目投产后，定期开展走访调研，及时回应企业诉求。", "n")], typed_indent=True)
    b.para([("三、便利人员往来。", "h"),
            ("国家移民管理局要为外商投资企业外籍高管、技术人员及其家属提供入境、停居留便利，对符合条件的人员签发有效期最长5年的居留许可。"
             "人力资源社会保障部要优化外国人来华工作许可办理流程，推行“一网通办”。", "n")], typed_indent=True)
    b.para([("四、强化金融支持。", "h"),
            ("中国人民银行要支持银行为外商投资企业提供跨境投融资便利，简化外商直接投资资本金结汇和境内再投资登记手续，" + BR +
             "鼓励金融机构开发适应外资企业需求的信贷产品。", "n")], typed_indent=True)
    b.heading("五、保障外商投资企业合法权益")
    b.para([("（一）市场监管部门要依法保障外商投资企业平等参与市场竞争，全面清理妨碍统一市场和公平竞争的政策措施。", "n")],
           typed_indent=True)
    b.para([("（二）各地要健全外商投资企业投诉工作机制，畅通投诉渠道，依法及时处理外商投资企业反映的问题，"
              "不得擅自改变政府承诺和合同约定。", "n")], typed_indent=True)
    b.heading("六、加强组织实施")
    b.para([("各地区、各有关部门要高度重视外商投资促进和服务工作，结合实际制定具体落实措施，重大问题及时报告。"
              "商务部将会同有关部门加强统筹协调和督促指导。", "n")], typed_indent=True)
    b.para([("本通知自印发之日起施行，有效期至2028年12月31日。", "n")], typed_indent=True)
    b.blank(2)
    b.sign_table(organs, cols=2)
    b.blank()
    b.right_line("二〇二六年一月十五日", right=40)
    b.banji("抄送：省委办公厅，省人大常委会办公厅，省政协办公厅，成都海关，中国人民银行四川省分行，"
            "省贸促会，四川天府新区、成都高新区管委会。",
            "四川省人民政府办公厅", "2026年2月28日")
    return b


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_564", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    expected = {}
    for maker in (make_fujian, make_zhejiang, make_sichuan):
        b = maker()
        path = b.save()
        to_pdf(path)
        expected[b.stem] = b.key
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
