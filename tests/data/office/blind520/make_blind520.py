# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 520 blind test documents: 综合保税区进口商品检验检测结果采信试点公告."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)
SAN = 16      # 三号
SI = 14       # 四号
XIAOSI = 12   # 小四
ER = 22       # 二号


# ---------------------------------------------------------------- helpers
def set_run_font(run, east=FS, size=SAN, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    rfonts.set(qn("w:eastAsia"), east)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def add_text(p, text, **kw):
    """Add text to paragraph p; '\n' inside text becomes a soft line break."""
    pieces = text.split("\n")
    for i, piece in enumerate(pieces):
        if piece:
            r = p.add_run(piece)
            set_run_font(r, **kw)
        if i < len(pieces) - 1:
            r = p.add_run()
            set_run_font(r, **kw)
            r.add_break(WD_BREAK.LINE)


def fmt(p, align=None, indent=None, before=0, after=0, line=28):
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    if indent is not None:
        pf.first_line_indent = Pt(indent)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)


def border_bottom(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def border_top_bottom(p, sz=6):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        bdr.append(b)
    ppr.append(bdr)


def setup(doc):
    sec = doc.sections[0]
    sec.page_width = Mm(210)
    sec.page_height = Mm(297)
    sec.top_margin = Mm(37)
    sec.bottom_margin = Mm(35)
    sec.left_margin = Mm(28)
    sec.right_margin = Mm(26)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), FS)
    # page number "— N —" in footer
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_run_font(r, east="宋体", size=SI)
    r = fp.add_run()
    set_run_font(r, east="宋体", size=SI)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    r = fp.add_run(" —")
    set_run_font(r, east="宋体", size=SI)


def set_cell_margins_none(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "nil")
        borders.append(b)
    tblPr.append(borders)


def set_widths(table, widths_mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(Mm(w).twips)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths_mm):
            cell.width = Mm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def cell_write(cell, lines, east=FS, size=XIAOSI, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
               as_paragraphs=False):
    """lines: list of strings. Joined by soft breaks, or as separate paragraphs."""
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = cell.paragraphs[0]
    if as_paragraphs:
        for i, ln in enumerate(lines):
            if i:
                p = cell.add_paragraph()
            fmt(p, align=align, line=20)
            add_text(p, ln, east=east, size=size, bold=bold)
    else:
        fmt(p, align=align, line=20)
        add_text(p, "\n".join(lines), east=east, size=size, bold=bold)


class Builder:
    def __init__(self):
        self.doc = Document()
        setup(self.doc)
        self.docs = []      # list of (meta, clauses)
        self.clauses = None

    def start(self, meta):
        self.clauses = []
        self.docs.append({"meta": meta, "clauses": self.clauses})

    def p(self, text="", east=FS, size=SAN, bold=False, color=None, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
          indent=32, before=0, after=0, line=28, clause=False):
        p = self.doc.add_paragraph()
        fmt(p, align=align, indent=indent, before=before, after=after, line=line)
        if text:
            add_text(p, text, east=east, size=size, bold=bold, color=color)
        if clause:
            self.clauses.append(text.replace("\n", "").lstrip("　 "))
        return p

    def runin(self, parts, indent=32, clause=True, lead=""):
        """parts: list of (text, east, bold)."""
        p = self.doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=indent)
        if lead:
            add_text(p, lead)
        for text, east, bold in parts:
            add_text(p, text, east=east, bold=bold)
        if clause:
            self.clauses.append("".join(t for t, _, _ in parts).replace("\n", ""))
        return p

    def empty(self, n=1):
        for _ in range(n):
            p = self.doc.add_paragraph()
            fmt(p, line=28)

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def data_table(self, rows, widths, as_paragraphs=False, header_repeat=False, size=XIAOSI):
        header = ["序号", "机构名称", "资质证书编号", "有效期至"]
        t = self.doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            cell_write(t.rows[0].cells[i], [h], east=HT, size=size)
        if header_repeat:
            repeat_header(t.rows[0])
        for row in rows:
            cells = t.add_row().cells
            for i, val in enumerate(row):
                lines = val if isinstance(val, list) else [val]
                cell_write(cells[i], lines, size=size,
                           align=WD_ALIGN_PARAGRAPH.LEFT if i == 1 else WD_ALIGN_PARAGRAPH.CENTER,
                           as_paragraphs=as_paragraphs)
            vals = ["".join(v) if isinstance(v, list) else v for v in row]
            self.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, vals)))
        set_widths(t, widths)
        return t

    def save(self, stem):
        path = os.path.join(HERE, stem + ".docx")
        self.doc.save(path)
        return path


def add_decimal_numbering(doc, abstract_id=90):
    numbering = doc.part.numbering_part.element
    xml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/>'
        '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:lvl></w:abstractNum>'
    ) % (nsdecls("w"), abstract_id)
    absnum = parse_xml(xml)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    num = numbering.add_num(abstract_id)
    return num.numId


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numPr = ppr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id


# ============================================================ document A
def make_hefei():
    b = Builder()
    doc = b.doc
    title = "关于在合肥经济技术开发区综合保税区开展进口商品检验检测结果采信试点的公告"
    b.start({
        "title": title,
        "doc_number": "2026年第7号",
        "issuer": ["合肥海关", "安徽省市场监督管理局"],
        "date": "2026-03-16",
        "published": None,
        "level": "provincial",
        "region": "合肥经济技术开发区综合保税区",
        "effective": "2026-04-01",
        "expires": "2027-12-31",
        "attachments": [],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    })
    # joint 发文机关标志 laid out in a borderless table: organs stacked left, 公告 right
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell_margins_none(t)
    set_widths(t, [118, 38])
    left, right = t.rows[0].cells
    p = left.paragraphs[0]
    fmt(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=None)
    add_text(p, "合肥海关", east=XBS, size=26, color=RED)
    p = left.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=None)
    add_text(p, "安徽省市场监督管理局", east=XBS, size=26, color=RED)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = right.paragraphs[0]
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=None)
    add_text(p, "公告", east=XBS, size=36, color=RED)
    b.empty()
    p = b.p("2026年第7号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    border_bottom(p)
    b.empty()
    b.p(title, east=XBS, size=ER,
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=36)
    b.empty()

    b.p("为深入贯彻落实党中央、国务院关于推进综合保税区高质量发展的决策部署，进一步优化口岸营商环境，"
        "降低企业进口环节制度性交易成本，根据《中华人民共和国进出口商品检验法》及其实施条例、"
        "《检验检测机构资质认定管理办法》等规定，合肥海关、安徽省市场监督管理局决定在合肥经济技术开发区"
        "综合保税区（以下简称合肥经开综保区）开展进口商品检验检测结果采信试点。现将有关事项公告如下：",
        clause=True)
    b.p("一、本公告所称检验检测结果采信，是指对合肥经开综保区内企业进口的列入试点范围的商品，海关在实施检验时，"
        "依企业申请，采信经资质认定并纳入采信名单的检验检测机构（以下简称采信机构）出具的检验检测结果，"
        "作为合格评定的依据。", clause=True)
    # soft line break typed in the middle of a sentence
    b.p("二、试点商品范围为：除涉及安全、卫生、环保等须由海关实施现场查验及实验室检测的商品外，"
        "在合肥经开综保区保税加工、保税物流环节进口的机电产品、\n轻工产品、纺织品及部分工业原材料。"
        "具体商品目录由合肥海关另行发布，并根据试点情况动态调整。", clause=True)
    b.p("三、采信机构应当具备以下条件：", clause=True)
    b.p("（一）依法取得检验检测机构资质认定（CMA）证书，且资质认定能力范围覆盖拟采信商品的相关检验检测项目；",
        clause=True)
    b.p("（二）近3年内未因出具虚假检验检测报告或者不实检验检测报告受到行政处罚；", clause=True)
    b.p("（三）具有与拟开展检验检测活动相适应的设施设备、人员和质量管理体系，"
        "原则上通过中国合格评定国家认可委员会（CNAS）实验室认可；", clause=True)
    b.p("（四）自愿接受海关和市场监管部门的监督管理，并书面承诺对出具的检验检测结果的真实性、准确性负责。",
        clause=True)
    b.p("四、经机构自愿申请、材料审核和现场评估，首批纳入采信的检验检测机构名单如下：", clause=True)
    rows = [
        ["1", ["安徽省产品质量监督检验研究院", "（Anhui Institute of Product Quality Supervision & Inspection）"],
         "221200340156", "2028年6月30日"],
        ["2", ["合肥海关技术中心", "（Technical Center of Hefei Customs）"],
         "230012341075", "2029年1月14日"],
        ["3", ["合肥通用机电产品检测院有限公司", "（Hefei General Machinery & Electrical Products Inspection Institute Co., Ltd.）"],
         "211200340087", "2027.09.18"],
        ["4", ["中国检验认证集团安徽有限公司", "（China Certification & Inspection Group Anhui Co., Ltd.）"],
         "241200340212", "2030年2月27日"],
        ["5", ["通标标准技术服务有限公司合肥分公司", "（SGS-CSTC Standards Technical Services Co., Ltd. Hefei Branch）"],
         "221200340349", "2028年11月5日"],
        ["6", ["合肥市计量测试研究院", "（Hefei Institute of Measurement and Testing Technology）"],
         "231200340418", "2029年8月20日"],
    ]
    b.data_table(rows, [12, 82, 34, 28])
    for note in [
        "※资质证书编号为检验检测机构资质认定（CMA）证书编号。",
        "※有效期至以资质认定证书载明日期为准；证书有效期届满未获延续的，自动退出采信名单。",
        "※采信范围限于各机构资质认定证书附表所列检验检测能力范围。",
    ]:
        b.p(note, size=XIAOSI, indent=0, line=22, clause=True)
    b.p("五、试点企业申请采信的，按照以下程序办理：", clause=True)
    b.runin([("（一）申报。", KT, True),
             ("企业在办理进口货物申报时，在“随附单证”栏上传采信机构出具的检验检测报告，"
              "并在报关单“备注”栏注明“采信”字样。", FS, False)])
    b.runin([("（二）审核。", KT, True),
             ("海关对检验检测报告的真实性、有效性及与申报商品的一致性进行审核，"
              "必要时可以实施现场查验或者抽样验证。", FS, False)])
    b.runin([("（三）放行。", KT, True),
             ("经审核符合要求的，海关采信检验检测结果，按规定办理放行手续；不符合要求的，依法实施检验。",
              FS, False)])
    b.p("六、合肥海关、安徽省市场监督管理局建立信息共享和联合监管机制。采信机构出具虚假或者不实检验检测结果的，"
        "由市场监督管理部门依法予以处理，海关将其移出采信名单，3年内不再受理其采信申请；"
        "企业提供虚假检验检测报告的，依照《中华人民共和国进出口商品检验法》等规定处理，并纳入企业信用管理。",
        clause=True)
    b.p("七、本公告自2026年4月1日起施行，试点期至2027年12月31日。试点期间，国家出台新规定的，从其规定。",
        clause=True)
    b.p("八、本公告由合肥海关、安徽省市场监督管理局按照职责分工负责解释。企业咨询电话：合肥海关12360海关热线，"
        "安徽省市场监督管理局0551-62356789。", clause=True)
    b.p("特此公告。")  # closing formula, not a clause
    b.empty(3)
    # 落款 aligned with typed full-width spaces instead of alignment
    b.p("　　　合肥海关　　　　　　　安徽省市场监督管理局", indent=0)
    b.p("　　　　　　　　　　　　　　　　2026年3月16日", indent=0)
    return b, "blind520_hefei_gonggao"


# ============================================================ document B
def make_qingdao():
    b = Builder()
    doc = b.doc
    num_id = add_decimal_numbering(doc)
    title = "关于在青岛前湾综合保税区开展进口商品检验检测结果采信试点的公告"
    att = "青岛前湾综合保税区进口商品检验检测结果采信机构名单（第一批）"
    b.start({
        "title": title,
        "doc_number": "2026年第7号",
        "issuer": ["青岛前湾综合保税区管理委员会", "黄岛海关", "青岛市黄岛区市场监督管理局"],
        "date": "2026-04-02",
        "published": None,
        "level": "zone",
        "region": "青岛前湾综合保税区",
        "effective": "2026-05-01",
        "expires": "2028-04-30",
        "attachments": [att],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": "青岛前湾综合保税区管理委员会 黄岛海关关于进口商品第三方检验结果采信的公告（2024年第3号）",
    })
    for organ in ["青岛前湾综合保税区管理委员会", "黄　岛　海　关", "青岛市黄岛区市场监督管理局"]:
        b.p(organ, east=XBS, size=26, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, indent=0, line=None)
    b.p("公　　告", east=XBS, size=36, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=None,
        before=6)
    p = b.p("2026年第7号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, before=6)
    border_bottom(p, sz=18)
    b.empty()
    # title broken over two lines with a soft line break
    b.p("关于在青岛前湾综合保税区开展进口商品\n检验检测结果采信试点的公告", east=XBS, size=ER,
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=36)
    b.empty()
    SP = "　　"  # body indented by typed full-width spaces, no first-line indent
    b.p(SP + "为落实《国务院关于促进综合保税区高水平开放高质量发展的若干措施》，推动检验检测结果互认采信，"
        "提升进口货物通关效率，青岛前湾综合保税区管理委员会、黄岛海关、青岛市黄岛区市场监督管理局决定在"
        "青岛前湾综合保税区开展进口商品检验检测结果采信试点。现就有关事项公告如下：", indent=0, clause=True)
    b.runin([("一、适用范围。", HT, False),
             ("本公告适用于青岛前湾综合保税区内开展保税加工、保税维修、保税研发业务的企业，"
              "从境外进口并用于区内生产加工的原材料、零部件及检测维修货物。", FS, False)], indent=0, lead=SP)
    b.runin([("二、采信原则。", HT, False),
             ("坚持企业自愿、机构自律、风险可控、动态管理的原则。企业可自主选择名单内的采信机构，"
              "海关和市场监管部门不得指定或者变相指定检验检测机构。", FS, False)], indent=0, lead=SP)
    b.runin([("三、采信机构。", HT, False),
             ("采信机构名单见附件，名单实行动态调整。有意纳入名单的检验检测机构，"
              "可向青岛前湾综合保税区管理委员会提交申请，由三方联合开展评估后公布。", FS, False)],
            indent=0, lead=SP)
    b.runin([("四、办理流程。", HT, False),
             ("企业申请采信的，按以下流程办理：", FS, False)], indent=0, lead=SP)
    # Word auto numbering "1." (number not typed in the text)
    for k, item in enumerate([
        "企业在货物进境前委托采信机构实施检验检测，或者在货物进入区内后申请海关同意实施抽样送检；",
        "采信机构按照国家技术规范的强制性要求出具检验检测报告，并通过“单一窗口”采信模块同步推送报告电子数据；",
        "企业申报时勾选“采信”选项，海关系统自动比对报告数据，比对一致且未布控查验的，直接予以放行；",
        "海关实施布控查验或者抽样验证的，按照现行规定办理，验证结果与采信结果不一致的，以海关检验结果为准。",
    ], 1):
        p = b.doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        set_num(p, num_id)
        p.paragraph_format.first_line_indent = Pt(32)
        add_text(p, item)
        b.clauses.append("%d.%s" % (k, item))
    b.runin([("五、监督管理。", HT, False),
             ("黄岛海关对采信结果实施随机抽样验证，抽样比例原则上不低于采信批次的5%。"
              "青岛市黄岛区市场监督管理局对采信机构实施重点监管，每年至少开展1次专项监督检查。"
              "对出具虚假或者不实报告的采信机构，依法严肃查处并移出名单。", FS, False)], indent=0, lead=SP)
    b.runin([("六、信用管理。", HT, False),
             ("企业和采信机构在试点中的守信失信行为，纳入公共信用信息平台，实施守信激励和失信惩戒。", FS, False)],
            indent=0, lead=SP)
    b.runin([("七、服务保障。", HT, False),
             ("青岛前湾综合保税区管理委员会设立采信试点服务专窗，为企业和机构提供政策咨询、申请辅导等服务。"
              "咨询电话：0532-86981234。", FS, False)], indent=0, lead=SP)
    b.runin([("八、施行时间。", HT, False),
             ("本公告自2026年5月1日起施行，有效期至2028年4月30日。"
              "《青岛前湾综合保税区管理委员会 黄岛海关关于进口商品第三方检验结果采信的公告》"
              "（2024年第3号）同时废止。", FS, False)], indent=0, lead=SP)
    b.empty()
    b.p(SP + "附件：" + att, indent=0)
    b.empty(2)
    # 落款 in a borderless layout table
    t = doc.add_table(rows=2, cols=2)
    set_cell_margins_none(t)
    t.alignment = WD_TABLE_ALIGNMENT.RIGHT
    names = [["青岛前湾综合保税区管理委员会", "黄岛海关"], ["青岛市黄岛区市场监督管理局", ""]]
    for r, row in enumerate(names):
        for c, name in enumerate(row):
            cell_write(t.rows[r].cells[c], [name] if name else [""], size=SAN)
    set_widths(t, [100, 50])
    b.p("二〇二六年四月二日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, before=12)
    p = b.doc.paragraphs[-1]
    p.paragraph_format.right_indent = Pt(64)

    # attachment
    b.page_break()
    b.p("附件", east=HT, indent=0)
    b.empty()
    b.p(att, east=XBS, size=ER - 2, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=32)
    b.empty()
    rows = [
        ["1", "青岛海关技术中心(Technical Center of Qingdao Customs)", "241500110023", "2029年3月2日"],
        ["2", "青岛市产品质量检验研究院(Qingdao Product Quality Inspection and Research Institute)",
         "221500110164", "2028年7月19日"],
        ["3", "中国检验认证集团山东有限公司(China Certification & Inspection Group Shandong Co., Ltd.)",
         "231500110231", "2029年10月8日"],
        ["4", "青岛中化检测技术有限公司(Qingdao Sinochem Testing Technology Co., Ltd.)",
         "211500110378", "2027年12月31日"],
        ["5", "通标标准技术服务（青岛）有限公司(SGS-CSTC Standards Technical Services (Qingdao) Co., Ltd.)",
         "251500110045", "2031年1月22日"],
    ]
    b.data_table(rows, [12, 80, 36, 28], size=SI - 1)
    b.empty()
    for note in [
        "※本名单排名不分先后。",
        "※资质证书编号为检验检测机构资质认定证书编号；有效期至以证书载明日期为准，证书到期未获延续的，自动移出名单。",
        "※机构名称后括号内为其英文名称，仅供参考。",
    ]:
        b.p(note, size=XIAOSI, indent=0, line=22, clause=True)
    return b, "blind520_qingdao_gonggao"


# ============================================================ document C
def make_suzhou():
    b = Builder()
    doc = b.doc
    gg_title = "关于在苏州工业园综合保税区开展进口商品检验检测结果采信试点的公告"
    gg_full = "苏州海关 江苏省市场监督管理局" + gg_title
    title = "关于转发《" + gg_full + "》的通知"
    b.start({
        "title": title,
        "doc_number": "苏园综保〔2026〕6号",
        "issuer": ["苏州工业园综合保税区管理办公室"],
        "date": "2026-04-20",
        "published": None,
        "level": "zone",
        "region": "苏州工业园综合保税区",
        "effective": None,
        "expires": None,
        "attachments": [gg_full],
        "doc_type": "通知",
        "recipients": ["区内各有关企业", "各检验检测机构", "管理办公室各处室"],
        "publicity": "此件公开发布",
        "repeals": None,
    })
    b.p("苏州工业园综合保税区管理办公室文件", east=XBS, size=24, color=RED,
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=None, before=30)
    b.empty(2)
    p = b.p("苏园综保〔2026〕6号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    border_bottom(p, sz=18)
    b.empty()
    b.p("关于转发《苏州海关 江苏省市场监督管理局关于在苏州工业园综合保税区\n"
        "开展进口商品检验检测结果采信试点的公告》的通知", east=XBS, size=ER,
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=36)
    b.empty()
    b.p("区内各有关企业，各检验检测机构，管理办公室各处室：", indent=0)
    b.p("现将《" + gg_full + "》（2026年第7号）转发给你们，并结合综合保税区实际提出以下工作要求，请一并贯彻落实。",
        clause=True)
    b.p("一、充分认识试点意义", east=HT)
    b.p("开展进口商品检验检测结果采信试点，是深化“放管服”改革、推进检验检测认证领域制度型开放的重要举措，"
        "有利于缩短进口货物通关时间、降低企业检验成本。各有关企业和检验检测机构要准确把握公告要求，积极参与试点。",
        clause=True)
    b.p("二、抓好贯彻落实", east=HT)
    b.runin([("（一）做好政策宣传。", KT, True),
             ("管理办公室监管服务处要会同苏州海关驻园区办事处，于2026年5月底前组织开展不少于2场政策宣讲会，"
              "做到区内进口企业全覆盖。", FS, False)])
    b.runin([("（二）建立服务台账。", KT, True),
             ("各处室要对区内有意参与试点的企业建立服务台账，实行“一企一专员”跟踪服务，"
              "及时协调解决企业在申报采信过程中遇到的问题。", FS, False)])
    b.runin([("（三）强化数据报送。", KT, True),
             ("参与试点的企业应当按季度报送以下数据：", FS, False)])
    b.p("1.采信货物情况，包括：", clause=True)
    b.p("（1）采信货物的批次、货值和商品编码；", clause=True)
    b.p("（2）采信报告的出具机构及报告编号；", clause=True)
    b.p("2.通关时效情况，包括货物申报至放行的平均时长；", clause=True)
    b.p("3.试点中遇到的问题和意见建议。", clause=True)
    b.p("数据应于每季度结束后10个工作日内报送管理办公室监管服务处。", clause=True)
    b.p("三、加强风险防控", east=HT)
    b.p("检验检测机构要严格落实主体责任，确保出具的检验检测报告真实、准确、可追溯。企业要如实申报，"
        "不得提供虚假或者与实际货物不符的检验检测报告。对试点中发现的违法违规行为，"
        "管理办公室将及时通报海关和市场监管部门依法处理。", clause=True)
    b.p("联系人：陈晓雯（监管服务处），联系电话：0512-66681234。", clause=True)
    b.empty()
    # 附件 line with hanging continuation typed with spaces
    b.p("附件：苏州海关 江苏省市场监督管理局关于在苏州工业园综合保税区开展\n"
        "　　　进口商品检验检测结果采信试点的公告", align=WD_ALIGN_PARAGRAPH.LEFT)
    b.empty(3)
    b.p("苏州工业园综合保税区管理办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    p = b.doc.paragraphs[-1]
    p.paragraph_format.right_indent = Pt(32)
    b.p("2026年4月20日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    p = b.doc.paragraphs[-1]
    p.paragraph_format.right_indent = Pt(64)
    b.empty()
    b.p("（此件公开发布）", indent=32)

    # ---------------- attachment: the 公告 itself (second document)
    b.page_break()
    b.start({
        "title": gg_title,
        "doc_number": "2026年第7号",
        "issuer": ["苏州海关", "江苏省市场监督管理局"],
        "date": "2026-04-08",
        "published": None,
        "level": "provincial",
        "region": "苏州工业园综合保税区",
        "effective": "2026-04-15",
        "expires": "2027-04-14",
        "attachments": [],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    })
    b.p("附件", east=HT, indent=0)
    b.empty()
    b.p("苏州海关　江苏省市场监督管理局公告", east=XBS, size=ER, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0,
        line=36)
    b.p("2026年第7号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, before=6)
    b.empty()
    b.p(gg_title, east=XBS, size=ER - 2, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=32)
    b.empty()
    b.p("为贯彻落实《海关总署关于支持综合保税区高质量发展的若干措施》，深化检验检测结果互认采信改革，"
        "苏州海关、江苏省市场监督管理局决定在苏州工业园综合保税区开展进口商品检验检测结果采信试点。"
        "现将有关事项公告如下：", clause=True)

    def item(head, text):
        b.runin([(head, HT, False), (text, FS, False)])

    item("一、试点内容。", "对苏州工业园综合保税区内企业进口的、属于法定检验范围的集成电路设备零部件、"
         "医疗器械零部件和工业原材料等商品，海关可以采信采信机构出具的检验检测结果，不再重复实施实验室检测。")
    item("二、采信机构条件。", "采信机构应当为依法设立并取得检验检测机构资质认定的法人或者其他组织，"
         "具有相应的检验检测能力，近2年内在资质认定监督检查中未发现严重问题，并承诺遵守采信试点各项规定。")
    item("三、采信机构名单。", "经审核，以下8家检验检测机构纳入首批采信机构名单：")
    rows = [
        ["1", ["苏州市产品质量监督检验院", "（Suzhou Institute of Product Quality Supervision and Inspection）"],
         "231000120045", "2028-05-31"],
        ["2", ["苏州海关综合技术中心", "（Comprehensive Technical Center of Suzhou Customs）"],
         "221000120117", "2028-12-09"],
        ["3", ["江苏省特种设备安全监督检验研究院苏州分院",
               "（Suzhou Branch, Jiangsu Province Special Equipment Safety Supervision Inspection Institute）"],
         "211000120326", "2027-06-25"],
        ["4", ["苏州电器科学研究院股份有限公司", "（Suzhou Electrical Apparatus Science Academy Co., Ltd.）"],
         "241000120058", "2030-03-17"],
        ["5", ["中国检验认证集团江苏有限公司", "（China Certification & Inspection Group Jiangsu Co., Ltd.）"],
         "231000120279", "2029-09-30"],
        ["6", ["通标标准技术服务有限公司苏州分公司", "（SGS-CSTC Standards Technical Services Co., Ltd. Suzhou Branch）"],
         "221000120384", "2028-04-11"],
        ["7", ["苏州市计量测试院", "（Suzhou Institute of Metrology）"],
         "251000120012", "2031-02-06"],
        ["8", ["华测检测认证集团股份有限公司苏州分公司", "（Centre Testing International Group Co., Ltd. Suzhou Branch）"],
         "241000120463", "2030-07-21"],
    ]
    b.data_table(rows, [12, 84, 32, 28], as_paragraphs=True, header_repeat=True)
    for note in [
        "※上述机构排名不分先后。",
        "※资质证书编号为检验检测机构资质认定（CMA）证书编号；“有效期至”为资质认定证书有效期截止日期。",
        "※采信范围以机构资质认定证书附表所列能力范围为限。",
    ]:
        b.p(note, east=KT, size=XIAOSI, indent=0, line=22, clause=True)
    item("四、申请方式。", "企业可以通过“苏州国际贸易单一窗口”提交采信申请，同时上传检验检测报告及机构承诺书。"
         "海关原则上在1个工作日内完成审核。")
    item("五、抽样验证。", "海关根据风险分析结果，对采信货物实施一定比例的抽样验证。验证不合格的，依法处置相关货物，"
         "并暂停对该批次报告出具机构的采信。")
    item("六、退出机制。", "采信机构有下列情形之一的，移出采信名单：")
    b.p("（一）资质认定证书被撤销、注销或者有效期届满未延续的；", clause=True)
    b.p("（二）出具虚假或者不实检验检测报告的；", clause=True)
    b.p("（三）拒不配合海关、市场监管部门监督检查的。", clause=True)
    item("七、部门协作。", "苏州海关与江苏省市场监督管理局建立采信机构信息通报、联合抽查和结果互认机制，"
         "定期会商试点推进情况。")
    item("八、其他事项。", "本公告自2026年4月15日起实施，试点期限至2027年4月14日。"
         "本公告由苏州海关、江苏省市场监督管理局按职责分工负责解释。")
    b.empty(2)
    b.p("苏州海关　　　　江苏省市场监督管理局", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    b.doc.paragraphs[-1].paragraph_format.right_indent = Pt(32)
    b.p("2026年4月8日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    b.doc.paragraphs[-1].paragraph_format.right_indent = Pt(80)

    # 版记 at the very end of the file
    b.empty(4)
    p = b.p("抄送：苏州海关驻园区办事处，苏州工业园区市场监督管理局。", size=SI, indent=0, line=None)
    p.paragraph_format.left_indent = Pt(14)
    border_top_bottom(p)
    p = b.p("苏州工业园综合保税区管理办公室综合处　　　2026年4月20日印发", size=SI, indent=0, line=None)
    p.paragraph_format.left_indent = Pt(14)
    border_top_bottom(p)
    return b, "blind520_suzhou_tongzhi"


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_520", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


def main():
    expected = {}
    for maker in (make_hefei, make_qingdao, make_suzhou):
        b, stem = maker()
        path = b.save(stem)
        convert(path)
        expected[stem] = b.docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
