# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 589: 国务院批复 + 方案 + 四至范围 table; 省政府转发通知."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ----------------------------------------------------------------- helpers
def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=True, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def red_bottom_border(p, sz=18):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="4" w:color="FF0000"/></w:pBdr>'
        % (nsdecls("w"), sz)))


def add_page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = p.add_run()
    set_font(r2, "宋体", 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = p.add_run()
    set_font(r3, "宋体", 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r4 = p.add_run("1")
    set_font(r4, "宋体", 14)
    r5 = p.add_run()
    set_font(r5, "宋体", 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    r6 = p.add_run(" —")
    set_font(r6, "宋体", 14)


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    add_page_number_footer(sec)
    return doc


class Builder:
    """Writes paragraphs and records the clauses of the current document."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = None

    def start(self):
        self.clauses = []
        return self.clauses

    def empty(self, n=1):
        for _ in range(n):
            fmt(self.doc.add_paragraph(), indent=False)

    def line(self, text, font=FS, size=16, bold=False, align=None, indent=False,
             color=None, exact=28, before=0, after=0):
        p = self.doc.add_paragraph()
        fmt(p, align=align, indent=indent, exact=exact, before=before, after=after)
        if text:
            set_font(p.add_run(text), font, size, bold, color)
        return p

    def title(self, parts, size=22):
        """Title split with soft line breaks (shift+enter)."""
        p = self.doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=35)
        for i, part in enumerate(parts):
            r = p.add_run(part)
            set_font(r, XBS, size)
            if i < len(parts) - 1:
                r.add_break(WD_BREAK.LINE)
        return p

    def heading(self, text, font=HT):
        """Heading on a line of its own: not a clause."""
        return self.line(text, font=font, indent=True)

    def body(self, text, manual_indent=False):
        p = self.doc.add_paragraph()
        if manual_indent:
            fmt(p, indent=False)
            set_font(p.add_run("　　" + text), FS, 16)
        else:
            fmt(p)
            set_font(p.add_run(text), FS, 16)
        self.clauses.append(text)
        return p

    def runin(self, head, rest, head_font=KT, bold=True):
        p = self.doc.add_paragraph()
        fmt(p)
        set_font(p.add_run(head), head_font, 16, bold=bold)
        set_font(p.add_run(rest), FS, 16)
        self.clauses.append(head + rest)
        return p

    def soft_joined(self, texts):
        """Several items typed in one paragraph separated by soft breaks."""
        p = self.doc.add_paragraph()
        fmt(p)
        for i, t in enumerate(texts):
            r = p.add_run(t)
            set_font(r, FS, 16)
            if i < len(texts) - 1:
                r.add_break(WD_BREAK.LINE)
                r2 = p.add_run("　　")  # typist re-indents after the soft break
                set_font(r2, FS, 16)
            self.clauses.append(t)
        return p

    def numbered(self, num_id, number_text, text):
        """Paragraph using Word automatic numbering; clause carries the rendered number."""
        p = self.doc.add_paragraph()
        fmt(p, indent=False)
        ppr = p._p.get_or_add_pPr()
        numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                          % (nsdecls("w"), num_id))
        ppr.insert(0, numpr)
        set_font(p.add_run(text), FS, 16)
        self.clauses.append(number_text + text)
        return p

    def signature(self, organ, date, organ_pad="　　　　　　　　　　　　", date_pad="　　　　　　　　　　　　"):
        # typed with manual full-width spaces, not right alignment
        self.line(organ_pad + organ)
        self.line(date_pad + date)

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)


def add_chinese_numbering(doc, lvl_text):
    """Create an abstractNum with chineseCounting format; return numId."""
    numbering = doc.part.numbering_part.element
    existing_abs = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    existing_num = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    abs_id = max(existing_abs + [0]) + 1
    num_id = max(existing_num + [0]) + 1
    absnum = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), abs_id, lvl_text, FS, FS, FS))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nsdecls("w"), num_id, abs_id)))
    return num_id


def set_cell(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    set_font(p.add_run(text), font, size, bold)


def set_table_borders(table, val="single"):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s>'
        '<w:top w:val="%s" w:sz="6" w:color="000000"/><w:left w:val="%s" w:sz="6" w:color="000000"/>'
        '<w:bottom w:val="%s" w:sz="6" w:color="000000"/><w:right w:val="%s" w:sz="6" w:color="000000"/>'
        '<w:insideH w:val="%s" w:sz="6" w:color="000000"/><w:insideV w:val="%s" w:sz="6" w:color="000000"/>'
        '</w:tblBorders>' % ((nsdecls("w"),) + (val,) * 6)))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


# ------------------------------------------------------------------ content
PIFU_TITLE = "国务院关于同意中国（湖南）自由贸易试验区扩展区域方案的批复"
PIFU_NO = "国函〔2026〕23号"
PIFU_TO = "湖南省人民政府、商务部："
PIFU_BODY = [
    "你们关于报请审批中国（湖南）自由贸易试验区扩展区域方案的请示收悉。现批复如下：",
    "一、同意《中国（湖南）自由贸易试验区扩展区域方案》（以下简称《方案》），请认真组织实施。",
    "二、中国（湖南）自由贸易试验区（以下简称自贸试验区）扩展区域实施范围39.87平方公里，涵盖株洲片区20.13平方公里、怀化片区19.74平方公里，具体四至范围见《方案》附件。扩展区域的开发建设须遵守国土空间规划、生态环境保护、土地管理、节约集约用地和湘江、沅水岸线管理等相关法律法规和政策要求，严守耕地保护红线、生态保护红线和城镇开发边界，不得新增地方政府隐性债务。",
    "三、湖南省人民政府要加强组织领导，把自贸试验区扩展区域建设作为推动高水平对外开放的重要抓手，按照《方案》要求，主动对接高标准国际经贸规则，在服务共建“一带一路”、深化与东盟经贸合作、畅通中欧班列和西部陆海新通道等方面大胆试、大胆闯、自主改，形成更多可复制可推广的制度创新成果。要健全风险防控体系，切实维护国家安全。",
    "四、商务部要会同有关部门按照职责分工，加强指导协调和服务保障，支持扩展区域开展相关改革试点，组织开展评估总结，及时推广试点经验。国务院有关部门要积极支持，需下放的管理权限要依法依规下放到位。",
    "五、自贸试验区扩展区域建设需要暂时调整实施有关法律、行政法规、国务院文件和经国务院批准的部门规章的部分规定的，按规定程序办理。《方案》实施中的重大问题，湖南省人民政府、商务部要及时向党中央、国务院请示报告。",
]
PIFU_DATE = "2026年3月12日"

FA_TITLE = "中国（湖南）自由贸易试验区扩展区域方案"
FA_ATT = "中国（湖南）自由贸易试验区扩展区域四至范围"

ZONES = [
    ("株洲片区", "区块一（清水塘区块）", "12.58",
     "东至湘江西岸防洪堤及清水塘港区用地边界，西至京广铁路株洲北编组站东侧用地边界，南至铜霞路—霞湾港北岸，北至株洲市与湘潭市行政区划界线及清水塘大道。"),
    ("株洲片区", "区块二（田心区块）", "7.55",
     "东至田心大道—时代路，西至栗雨大道北延线规划红线，南至株洲大道—天台路，北至田心北路及轨道交通装备产业园北侧用地边界。"),
    ("怀化片区", "区块一（国际陆港区块）", "13.26",
     "东至沪昆铁路怀化西编组站西侧用地边界，西至怀芷快速干线—中方县与鹤城区行政区划界线，南至G60沪昆高速公路北侧控制线，北至怀化国际陆港北环路及舞水河南岸防洪堤。"),
    ("怀化片区", "区块二（综合保税区区块）", "6.48",
     "东至迎丰东路—太平溪，西至舞水河东岸防洪堤，南至鹤洲北路—湖天南路，北至怀化南站站前大道及锦溪北路。"),
    ("合计", "—", "39.87", "—"),
]
ZONE_HEAD = ["片区", "区块", "面积（平方公里）", "四至范围"]


def build_pifu():
    doc = new_doc()
    b = Builder(doc)
    docs = []

    # ---- 版头
    b.line("国　务　院", font=XBS, size=42, align=WD_ALIGN_PARAGRAPH.CENTER, color=RED, exact=60,
           before=20)
    p = b.line("", exact=20)
    red_bottom_border(p, 24)
    b.empty()
    # 文号 pushed right with full-width spaces
    b.line("　　　　　　　　　　　　　　　　　　" + PIFU_NO)
    b.empty()
    b.title(["国务院关于同意中国（湖南）自由贸易试验区", "扩展区域方案的批复"])
    b.empty()
    b.line(PIFU_TO)
    cl = b.start()
    for i, t in enumerate(PIFU_BODY):
        b.body(t, manual_indent=(i in (2, 4)))
    b.empty(2)
    b.signature("国务院", PIFU_DATE, organ_pad="　　　　　　　　　　　　　　　　　",
                date_pad="　　　　　　　　　　　　　　")
    b.line("（此件公开发布）", indent=True)
    docs.append({
        "meta": {
            "title": PIFU_TITLE,
            "doc_number": PIFU_NO,
            "issuer": ["国务院"],
            "date": "2026-03-12",
            "published": None,
            "level": "national",
            "region": "中国（湖南）自由贸易试验区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "批复",
            "recipients": ["湖南省人民政府", "商务部"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": cl,
    })

    # ---- 方案
    b.page_break()
    b.title([FA_TITLE])
    b.empty()
    cl = b.start()
    b.body("建设中国（湖南）自由贸易试验区（以下简称自贸试验区）是党中央、国务院在新时代推进改革开放的重要战略举措。为贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，进一步发挥湖南联通长江经济带和粤港澳大湾区、对接东盟市场的区位优势，扩大自贸试验区实施范围，制定本方案。")
    b.heading("一、总体要求")
    b.runin("（一）指导思想。", "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展，以制度创新为核心，以可复制可推广为基本要求，稳步扩大规则、规制、管理、标准等制度型开放，在更大范围、更宽领域、更深层次推进改革探索，为服务共建“一带一路”高质量发展和推动中部地区崛起作出新贡献。")
    b.runin("（二）战略定位。", "聚焦先进轨道交通装备、新材料等优势产业开放发展和面向东盟的国际物流通道建设，打造世界级轨道交通装备产业集群开放合作高地、西部陆海新通道与中欧班列联动枢纽、中国—东盟经贸合作重要承载区。")
    b.runin("（三）发展目标。", "经过三至五年改革探索，扩展区域基本形成以投资贸易便利化为核心的制度体系，国际物流通道网络更加完善，跨境电商、保税维修等新业态新模式加快发展，利用外资规模和质量稳步提升，努力建成贸易投资便利、产业特色鲜明、辐射带动作用突出、监管安全高效的高水平自由贸易园区。")
    b.heading("二、区位布局")
    b.runin("（一）实施范围。", "扩展区域实施范围39.87平方公里，涵盖两个片区：株洲片区20.13平方公里（含湖南株洲铜塘湾保税物流中心（B型）0.58平方公里），怀化片区19.74平方公里（含怀化综合保税区1.12平方公里）。四至范围见附件。")
    b.runin("（二）功能划分。", "株洲片区重点发展先进轨道交通装备、航空动力、新材料、跨境电商和保税维修，建设具有全球影响力的轨道交通装备研发制造和出口基地；怀化片区重点发展国际物流、商贸服务、农产品精深加工和面向东盟的跨境贸易，建设西部陆海新通道重要节点和中欧班列集结中心。")
    b.runin("（三）管控要求。", "扩展区域的开发利用须严格遵守国土空间规划，按规定履行用地审批手续，符合节约集约用地要求。对涉及湘江、沅水岸线的区域，要严格落实长江经济带发展负面清单要求，加强生态环境保护。")
    b.heading("三、主要任务和措施")
    b.runin("（一）建设联通东盟和欧洲的国际物流枢纽。", "依托怀化国际陆港和株洲铁路枢纽，推动中欧班列、西部陆海新通道班列和湘粤非铁海联运通道协同发展。")
    b.body("1.支持怀化片区建设中欧班列集结中心，探索中欧班列运输单证物权化，开展铁路运单融资试点。")
    b.soft_joined([
        "2.推动西部陆海新通道班列与中欧班列在怀化实现“一单制”联运，探索实行“一次申报、一次查验、一次放行”的多式联运监管模式。",
        "3.支持符合条件的铁路场站按规定申建进境水果、冰鲜水产品、肉类等指定监管场地。",
    ])
    b.runin("（二）提升贸易便利化水平。", "深化国际贸易“单一窗口”建设，推动口岸通关与物流、金融、税务等数据共享。")
    b.body("1.支持株洲片区开展轨道交通装备及其关键零部件保税维修和再制造业务，试点对“两头在外”的保税维修业务实行以企业为单元的监管模式。")
    b.body("2.支持在扩展区域内开展跨境电商零售进口“网购保税+线下自提”业务，探索跨境电商出口海外仓退税便利化措施。")
    b.body("3.依托怀化综合保税区建设面向东盟的农产品进出口集散中心，支持开展东盟水果、粮食、木材等大宗商品保税加工和分拨业务。")
    b.runin("（三）深化投资领域改革。", "全面落实外商投资准入前国民待遇加负面清单管理制度，推动外商投资便利化。")
    b.body("1.在轨道交通装备、新材料、医疗器械等领域探索实施外商投资项目“标准地+承诺制”审批模式。")
    b.body("2.支持境外投资者以人民币跨境直接投资方式在扩展区域设立企业，简化外商投资企业资本项目外汇登记手续。")
    b.body("3.建立健全外商投资企业投诉工作机制，依法保护外商投资企业合法权益。")
    b.runin("（四）推进金融领域开放创新。", "在依法合规、风险可控前提下，支持金融机构为扩展区域内企业提供跨境结算、贸易融资和汇率避险等金融服务。支持开展跨境人民币结算便利化试点，鼓励企业在对东盟、非洲贸易中使用人民币计价结算。")
    b.runin("（五）服务共建“一带一路”高质量发展。", "支持株洲片区企业参与共建“一带一路”国家轨道交通项目建设，推动装备、技术、标准和服务“走出去”。支持怀化片区深化与东盟国家在农业、商贸物流、文化旅游等领域的合作，建设中国—东盟经贸合作示范园。")
    b.heading("四、保障机制")
    b.runin("（一）坚持和加强党的全面领导。", "坚持把党的领导贯穿自贸试验区建设全过程，把党的政治优势、组织优势转化为推动改革开放的强大动力。")
    b.runin("（二）强化法治保障。", "湖南省要结合扩展区域建设需要，及时制定或修订地方性法规和政府规章，为改革创新提供法治保障。各有关部门要支持扩展区域深化改革开放，对于暂时调整实施有关法律、行政法规的事项，按规定程序办理。")
    b.runin("（三）加强风险防控。", "湖南省要切实履行风险防控主体责任，建立健全外商投资安全审查、反垄断审查、产业准入环境评价、知识产权保护等风险防控机制，加强对重大风险的识别和系统性防范，守住不发生系统性风险的底线。")
    b.runin("（四）抓好组织实施。", "湖南省人民政府要完善工作机制，将株洲、怀化片区纳入自贸试验区统一管理，加强人才培养和干部队伍建设。商务部要会同有关部门加强统筹协调和督促指导，适时组织开展评估工作。重大事项及时向党中央、国务院请示报告。")
    b.empty()
    b.line("附件：" + FA_ATT, indent=True)

    # ---- 附件 page with 四至范围 table
    b.page_break()
    b.line("附件", font=HT)
    b.empty()
    b.title([FA_ATT], size=20)
    b.empty()
    table = doc.add_table(rows=1 + len(ZONES), cols=4)
    set_table_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(2.2), Cm(3.0), Cm(2.4), Cm(8.0)]
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    for i, h in enumerate(ZONE_HEAD):
        set_cell(table.rows[0].cells[i], h, font=HT, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(table.rows[0])
    for r, (zone, blk, area, bound) in enumerate(ZONES, start=1):
        cells = table.rows[r].cells
        if r in (1, 3):
            set_cell(cells[0], zone, align=WD_ALIGN_PARAGRAPH.CENTER)
        elif r == len(ZONES):
            set_cell(cells[0], zone, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
        set_cell(cells[1], blk, align=WD_ALIGN_PARAGRAPH.CENTER)
        set_cell(cells[2], area, align=WD_ALIGN_PARAGRAPH.CENTER)
        set_cell(cells[3], bound, align=(WD_ALIGN_PARAGRAPH.CENTER if bound == "—" else WD_ALIGN_PARAGRAPH.LEFT))
    # vertical merges of the 片区 column (株洲 rows 1-2, 怀化 rows 3-4)
    a = table.cell(1, 0).merge(table.cell(2, 0))
    set_cell(a, "株洲片区", align=WD_ALIGN_PARAGRAPH.CENTER)
    a = table.cell(3, 0).merge(table.cell(4, 0))
    set_cell(a, "怀化片区", align=WD_ALIGN_PARAGRAPH.CENTER)
    for zone, blk, area, bound in ZONES:
        cl.append("；".join("%s：%s" % (h, v) for h, v in zip(ZONE_HEAD, (zone, blk, area, bound))))

    docs.append({
        "meta": {
            "title": FA_TITLE,
            "doc_number": None,
            "issuer": ["国务院"],
            "date": "2026-03-12",
            "published": None,
            "level": "national",
            "region": "中国（湖南）自由贸易试验区",
            "effective": None,
            "expires": None,
            "attachments": [FA_ATT],
            "doc_type": "方案",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": cl,
    })
    return doc, docs


TZ_TITLE = "湖南省人民政府关于转发《国务院关于同意中国（湖南）自由贸易试验区扩展区域方案的批复》的通知"
TZ_NO = "湘政发〔2026〕7号"


def build_tongzhi():
    doc = new_doc()
    b = Builder(doc)
    docs = []
    num_id = add_chinese_numbering(doc, "（%1）")

    b.line("湖南省人民政府文件", font=XBS, size=36, align=WD_ALIGN_PARAGRAPH.CENTER, color=RED,
           exact=50, before=30)
    b.empty()
    p = b.line(TZ_NO, align=WD_ALIGN_PARAGRAPH.CENTER)
    red_bottom_border(p, 18)
    b.empty()
    b.title(["湖南省人民政府关于转发《国务院关于同意", "中国（湖南）自由贸易试验区扩展区域方案", "的批复》的通知"])
    b.empty()
    b.line("各市州人民政府，省政府各厅委、各直属机构：")
    cl = b.start()
    b.body("现将《国务院关于同意中国（湖南）自由贸易试验区扩展区域方案的批复》（国函〔2026〕23号，以下简称《批复》）转发给你们，并提出如下意见，请结合实际认真贯彻落实。")
    b.runin("一、提高思想认识。", "国务院批复同意中国（湖南）自由贸易试验区扩展区域方案，将株洲、怀化纳入自贸试验区实施范围，是党中央、国务院赋予湖南的重大改革开放任务，对于我省深度融入共建“一带一路”、打造内陆地区改革开放高地具有重要意义。各地各部门要切实把思想和行动统一到党中央、国务院决策部署上来，以更大力度推进扩展区域建设，确保《批复》和《中国（湖南）自由贸易试验区扩展区域方案》（以下简称《方案》）各项任务落地见效。", head_font=HT, bold=False)
    b.runin("二、压实工作责任。", "省自由贸易试验区工作领导小组要加强统筹协调，研究解决扩展区域建设中的重大问题。", head_font=HT, bold=False)
    b.numbered(num_id, "（一）", "株洲市、怀化市人民政府要切实履行主体责任，于2026年5月31日前完成片区管理机构组建工作，制定片区建设实施方案报省人民政府审定。")
    b.numbered(num_id, "（二）", "省商务厅（省自贸办）要会同有关部门制定《方案》重点任务分工，建立任务台账，实行清单化管理、项目化推进。")
    b.numbered(num_id, "（三）", "省直有关部门要按照职责分工，在2026年6月30日前提出支持扩展区域建设的具体政策措施，并指导片区做好政策承接工作。")
    b.runin("三、推进制度创新。", "株洲片区要聚焦轨道交通装备保税维修、再制造和“一带一路”国际产能合作，怀化片区要聚焦中欧班列集结中心、西部陆海新通道联运和中国—东盟农产品贸易，各形成不少于10项具有首创性的制度创新成果。省直有关部门要及时总结评估，对成熟的改革试点经验在全省范围内复制推广。", head_font=HT, bold=False)
    b.heading("四、强化要素保障")
    b.runin("1.用地保障。", "对列入扩展区域重点项目清单的项目，优先安排新增建设用地计划指标，实行“拿地即开工”审批服务。", head_font=FS, bold=True)
    b.runin("2.资金保障。", "省级财政统筹相关专项资金，2026年至2028年每年安排自贸试验区建设专项资金不少于2亿元，重点支持扩展区域公共服务平台建设和制度创新。", head_font=FS, bold=True)
    b.runin("3.人才保障。", "支持扩展区域引进国际化专业人才，对符合条件的境外高层次人才提供出入境、停居留、子女入学等便利。", head_font=FS, bold=True)
    b.runin("五、加强督促落实。", "省人民政府将扩展区域建设纳入对市州和省直有关部门的绩效考核内容。各地各部门要于每年6月30日和12月31日前将贯彻落实情况报送省商务厅（省自贸办），由省商务厅（省自贸办）汇总后报省人民政府。重大事项及时向省人民政府请示报告。", head_font=HT, bold=False)
    b.body("联系人：省商务厅（省自贸办）自贸试验区建设处刘思远，联系电话：0731-82287613。")
    b.empty(2)
    b.signature("湖南省人民政府", "2026年3月27日", organ_pad="　　　　　　　　　　　　　　",
                date_pad="　　　　　　　　　　　　　　")
    b.line("（此件公开发布）", indent=True)
    docs.append({
        "meta": {
            "title": TZ_TITLE,
            "doc_number": TZ_NO,
            "issuer": ["湖南省人民政府"],
            "date": "2026-03-27",
            "published": None,
            "level": "provincial",
            "region": "湖南省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各市州人民政府", "省政府各厅委、各直属机构"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": cl,
    })

    # ---- forwarded 批复 text
    b.page_break()
    b.title(["国务院关于同意中国（湖南）自由贸易试验区", "扩展区域方案的批复"])
    b.line(PIFU_NO, font=KT, align=WD_ALIGN_PARAGRAPH.CENTER)
    b.empty()
    b.line(PIFU_TO)
    cl = b.start()
    for t in PIFU_BODY:
        b.body(t)
    b.empty()
    b.signature("国务院", PIFU_DATE, organ_pad="　　　　　　　　　　　　　　　　　",
                date_pad="　　　　　　　　　　　　　　")
    docs.append({
        "meta": {
            "title": PIFU_TITLE,
            "doc_number": PIFU_NO,
            "issuer": ["国务院"],
            "date": "2026-03-12",
            "published": None,
            "level": "national",
            "region": "中国（湖南）自由贸易试验区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "批复",
            "recipients": ["湖南省人民政府", "商务部"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": cl,
    })

    # ---- 版记 typed in a layout table (top/bottom rules only)
    b.empty(3)
    t = doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t._tbl.tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="single" w:sz="8" w:color="000000"/>'
        '<w:left w:val="nil"/><w:bottom w:val="single" w:sz="8" w:color="000000"/>'
        '<w:right w:val="nil"/><w:insideH w:val="single" w:sz="4" w:color="000000"/>'
        '<w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w")))
    set_cell(t.rows[0].cells[0], "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省高级人民法院，省人民检察院，省军区。", size=14)
    set_cell(t.rows[1].cells[0], "湖南省人民政府办公厅　　　　　　　　　　2026年3月28日印发", size=14)
    return doc, docs


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_589", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def main():
    expected = {}
    for stem, builder in (("blind589_hunan_pifu", build_pifu),
                          ("blind589_hunan_tongzhi", build_tongzhi)):
        doc, docs = builder()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        convert(path)
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
