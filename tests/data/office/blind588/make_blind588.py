# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 588: red heads / 落款 / 文号 in floating text boxes (DrawingML wps + VML)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)


def emu(mm):
    return int(mm * 36000)


# ---------------------------------------------------------------- raw XML bits
def rpr(font, size, color=None, bold=False, spacing=None, scale=None):
    s = '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>' % (font, font, font, font)
    if bold:
        s += "<w:b/><w:bCs/>"
    if color:
        s += '<w:color w:val="%s"/>' % color
    if spacing is not None:
        s += '<w:spacing w:val="%d"/>' % spacing
    if scale:
        s += '<w:w w:val="%d"/>' % scale
    s += '<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>' % (size * 2, size * 2)
    return s


def run_x(text, font, size, **kw):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr(font, size, **kw), text)


def tb_p(runs_xml, jc="center", ind_right=0, line=240, rule="auto"):
    ind = '<w:ind w:left="0" w:right="%d" w:firstLine="0"/>' % ind_right
    return ('<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="%d" w:lineRule="%s"/>%s'
            '<w:jc w:val="%s"/></w:pPr>%s</w:p>' % (line, rule, ind, jc, runs_xml))


def wps_anchor_xml(paras, w_mm, h_mm, x_mm, y_mm, pid, name, rel_h="margin", rel_v="paragraph",
                   wrap="topAndBottom", anchor="ctr", rh=251659264):
    wrap_xml = "<wp:wrapTopAndBottom/>" if wrap == "topAndBottom" else "<wp:wrapNone/>"
    cx, cy = emu(w_mm), emu(h_mm)
    return (
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>%s'
        '<wp:docPr id="%d" name="%s"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        '<a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="6350"><a:noFill/></a:ln>'
        '</wps:spPr><wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="%s" anchorCtr="0">'
        '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
        % (rh, rel_h, emu(x_mm), rel_v, emu(y_mm), cx, cy, wrap_xml, pid, name, cx, cy,
           "".join(paras), anchor)
    )


def wps_line_anchor_xml(w_mm, x_mm, y_mm, pid, name, color="FF0000", weight_pt=2.25):
    cx = emu(w_mm)
    return (
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251661312" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="0"/><wp:effectExtent l="0" t="19050" r="0" b="19050"/><wp:wrapNone/>'
        '<wp:docPr id="%d" name="%s"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="0"/></a:xfrm>'
        '<a:prstGeom prst="line"><a:avLst/></a:prstGeom>'
        '<a:ln w="%d"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
        % (emu(x_mm), emu(y_mm), cx, pid, name, cx, int(weight_pt * 12700), color)
    )


VML_T202 = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
            'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
            '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>')


def vml_shape_xml(paras, w_pt, h_pt, left_pt, top_pt, spid, name, z=251659264, hpos=None,
                  with_type=True):
    style = ("position:absolute;left:0;text-align:left;margin-left:%spt;margin-top:%spt;"
             "width:%spt;height:%spt;z-index:%d;" % (left_pt, top_pt, w_pt, h_pt, z))
    if hpos:
        style += "mso-position-horizontal:%s;" % hpos
    style += "mso-position-horizontal-relative:margin;mso-position-vertical-relative:paragraph"
    return ('%s<v:shape id="%s" o:spid="%s" type="#_x0000_t202" style="%s" filled="f" stroked="f">'
            '<v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent></v:textbox>'
            '<w10:wrap type="topAndBottom"/></v:shape>'
            % (VML_T202 if with_type else "", name, spid, style, "".join(paras)))


def add_run_xml(paragraph, inner):
    """Append <w:r>inner</w:r> to a python-docx paragraph (oxml)."""
    r = parse_xml('<w:r %s>%s</w:r>' % (NS, inner))
    paragraph._p.append(r)
    return r


def drawing_run(paragraph, anchor_xml):
    return add_run_xml(paragraph, '<w:rPr><w:noProof/></w:rPr><w:drawing>%s</w:drawing>' % anchor_xml)


def alt_content_run(paragraph, anchor_xml, vml_xml):
    """Word 2010+ style: mc:AlternateContent with wps Choice and VML Fallback (text stored twice)."""
    return add_run_xml(
        paragraph,
        '<w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>%s</w:drawing>'
        '</mc:Choice><mc:Fallback><w:pict>%s</w:pict></mc:Fallback></mc:AlternateContent>'
        % (anchor_xml, vml_xml))


def pict_run(paragraph, vml_xml):
    return add_run_xml(paragraph, '<w:rPr><w:noProof/></w:rPr><w:pict>%s</w:pict>' % vml_xml)


# ---------------------------------------------------------------- python-docx helpers
def set_font(run, font, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.name = font
    run.bold = bold if bold else None
    rpr_el = run._r.get_or_add_rPr()
    rf = rpr_el.find(qn("w:rFonts"))
    if rf is None:
        rf = rpr_el.makeelement(qn("w:rFonts"), {})
        rpr_el.insert(0, rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(k), font)
    if color:
        from docx.shared import RGBColor
        run.font.color.rgb = RGBColor.from_string(color)


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(28)
    st = doc.styles["Normal"]
    st.font.size = Pt(16)
    st.font.name = FS
    rf = st.element.get_or_add_rPr().get_or_add_rFonts()
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(k), FS)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(29)
    # page number footer "— 1 —"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, ST, 14)
    add_run_xml(fp, rpr(ST, 14) + '<w:fldChar w:fldCharType="begin"/>')
    add_run_xml(fp, rpr(ST, 14) + '<w:instrText xml:space="preserve"> PAGE </w:instrText>')
    add_run_xml(fp, rpr(ST, 14) + '<w:fldChar w:fldCharType="separate"/>')
    add_run_xml(fp, rpr(ST, 14) + '<w:t>1</w:t>')
    add_run_xml(fp, rpr(ST, 14) + '<w:fldChar w:fldCharType="end"/>')
    r = fp.add_run(" —")
    set_font(r, ST, 14)
    return doc


def empty(doc, n=1):
    for _ in range(n):
        doc.add_paragraph()


def para(doc, text, lead=None, lead_font=KT, lead_bold=False, indent=True, jc=None,
         font=FS, size=16):
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if jc is not None:
        p.alignment = jc
    if lead:
        set_font(p.add_run(lead), lead_font, size, bold=lead_bold)
    if text:
        set_font(p.add_run(text), font, size)
    return p


def heading1(doc, text):
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(32)
    set_font(p.add_run(text), HT, 16)
    return p


def title(doc, lines):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = Pt(36)
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        set_font(r, XBS, 22)
        if i < len(lines) - 1:
            r.add_break()  # soft line break inside the title
    return p


def set_cell(cell, text, font, size=14, bold=False, center=True, breaks=None):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    p.paragraph_format.first_line_indent = Pt(0)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    parts = breaks if breaks else [text]
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, font, size, bold=bold)
        if i < len(parts) - 1:
            r.add_break()


def table(doc, header, rows, widths_mm, header_breaks=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        hb = header_breaks.get(j) if header_breaks else None
        set_cell(t.rows[0].cells[j], h, HT, breaks=hb)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            set_cell(t.rows[i + 1].cells[j], v, FS, center=(len(v) <= 8))
    t.autofit = False
    grid = t._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_mm[j] * 56.7)))
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = Mm(widths_mm[j])
    return t


def table_clauses(header, rows):
    return ["；".join("%s：%s" % (h, v) for h, v in zip(header, r)) for r in rows]


def banji(doc, cc, office, printed):
    """版记: 抄送 / 印发 lines with rules above and below."""
    def bdr(p, top, bottom):
        pPr = p._p.get_or_add_pPr()
        x = '<w:pBdr %s>' % NS
        if top:
            x += '<w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/>'
        if bottom:
            x += '<w:bottom w:val="single" w:sz="8" w:space="1" w:color="000000"/>'
        x += '</w:pBdr>'
        pPr.insert_element_before(parse_xml(x), "w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc")

    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    set_font(p.add_run(cc), FS, 14)
    bdr(p, True, True)
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    set_font(p.add_run(office + printed), FS, 14)
    bdr(p, False, True)


def red_rule_below(p, sz=18):
    pPr = p._p.get_or_add_pPr()
    pPr.insert_element_before(
        parse_xml('<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="8" w:color="FF0000"/></w:pBdr>' % (NS, sz)),
        "w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc")


# ================================================================ document 1: 福州 / 福建省商务厅
def doc_fuzhou():
    stem = "blind588_fuzhou_tongzhi"
    doc = new_doc()
    clauses = []

    def P(text, lead=None, **kw):
        para(doc, text, lead=lead, **kw)
        clauses.append((lead or "") + text)

    # 文号 paragraph that also carries the anchor of the red-head text box (mc:AlternateContent)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    head_paras = [tb_p(run_x("福建省商务厅文件", XBS, 48, color="FF0000", spacing=20))]
    anchor = wps_anchor_xml(head_paras, 156, 30, 0, 0, 1, "文本框 1", anchor="ctr")
    vml = vml_shape_xml(head_paras, 442, 85, 0, 0, "_x0000_s1026", "文本框 1", hpos="center")
    alt_content_run(p, anchor, vml)
    set_font(p.add_run("闽商务〔2025〕87号"), FS, 16)
    red_rule_below(p)
    empty(doc)
    title(doc, ["福建省商务厅关于做好2026年",
                "中国（福建）自由贸易试验区制度创新成果",
                "复制推广工作的通知"])
    empty(doc)
    para(doc, "各设区市商务局，平潭综合实验区经济发展局，福建自贸试验区各片区管委会：", indent=False)

    P("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，按照省委、省政府工作要求，"
      "进一步放大中国（福建）自由贸易试验区（以下简称福建自贸试验区）改革开放综合效应，推动制度创新成果在全省"
      "范围内落地见效，现就做好2026年复制推广工作有关事项通知如下：")
    heading1(doc, "一、总体要求")
    P("坚持以制度创新为核心，以可复制可推广为基本要求，聚焦贸易便利化、投资自由化、金融服务实体经济和闽台融合"
      "发展等重点领域，对福建自贸试验区新近形成的创新成果分类推进、分批复制。到2026年底，力争推动不少于30项"
      "制度创新成果在全省复制推广，其中在海关特殊监管区域和各类开发区全面落地不少于15项，形成“片区首创、全省"
      "共享”的工作格局。")
    heading1(doc, "二、重点任务")
    P("围绕通关模式、物流组织和外贸新业态，重点推广以下事项：", lead="（一）聚焦贸易便利化复制推广。")
    P("1.推广“两段准入”叠加“船边直提”“抵港直装”通关模式。各设区市商务部门会同属地海关梳理重点进出口企业"
      "名单，2026年6月底前实现有需求企业应用全覆盖。")
    P("2.推广跨境电商出口海外仓“一站式”备案服务。依托国际贸易“单一窗口”福建平台，推动跨境电商企业海外仓"
      "备案、出口退税申报“一网通办”，压缩备案时间至3个工作日以内。")
    P("3.推广中欧班列“铁路快通”模式。在福州、厦门、三明等中欧（亚）班列开行城市复制“一次申报、一次查验、"
      "一次放行”做法，进一步降低企业物流成本。")
    P("深化外商投资准入前国民待遇加负面清单管理制度，重点推广以下事项：", lead="（二）聚焦投资自由化复制推广。")
    P("1.推广外商投资企业“跨境通办”服务。各地依托外资服务中心，为境外投资者提供设立登记、银行开户、税务"
      "登记等“一站式”远程办理服务。")
    P("2.推广台资企业资质采信机制。在建筑、旅游、医疗等领域，对台湾地区相关行业协会出具的资质证明实行清单式"
      "采信，具体事项清单由省直有关部门另行公布。")
    P("3.推广重大外资项目“专班+专员”服务机制，具体包括：")
    P("（1）对总投资1亿美元以上的外资项目，由属地政府明确一名分管负责同志牵头组建工作专班；")
    P("（2）对纳入省重点外资项目清单的项目，由属地商务部门指定专员全程跟踪服务，每月更新项目进展；")
    P("（3）对项目推进中遇到的跨部门问题，及时报送省自贸办协调解决。")
    P("支持各地在依法合规前提下，推广“关助融”“信易贷”等普惠金融服务模式，鼓励银行机构为外贸企业提供基于"
      "通关、物流、退税数据的信用贷款产品。推动跨境人民币结算便利化政策扩大覆盖面，引导更多优质企业纳入跨境"
      "贸易投资高水平开放试点。", lead="（三）聚焦金融服务实体经济复制推广。")
    heading1(doc, "三、首批复制推广事项")
    P("2026年首批重点复制推广事项如下表，其余事项另行发文明确。")
    header = ["序号", "改革事项", "首创片区", "牵头单位", "完成时限"]
    rows = [
        ["1", "跨境电商出口海外仓“一站式”备案服务", "厦门片区", "省商务厅、厦门海关", "2026年6月30日"],
        ["2", "台资企业资质采信机制", "平潭片区", "省住建厅、省文旅厅", "2026年9月30日"],
        ["3", "外商投资企业“跨境通办”服务", "福州片区", "省市场监管局", "2026年9月30日"],
        ["4", "进口冷链食品“预检核放”模式", "福州片区", "福州海关", "2026年12月31日"],
    ]
    table(doc, header, rows, [14, 56, 24, 34, 28])
    clauses.extend(table_clauses(header, rows))
    heading1(doc, "四、工作要求")
    P("各设区市商务部门要会同有关部门建立复制推广工作机制，明确责任分工和时间节点，确保各项改革事项落地见效。",
      lead="（一）加强组织领导。")
    P("省自贸办将复制推广工作纳入对各设区市自贸试验区工作年度评估内容，对推进缓慢的地区和单位适时开展专项督导。",
      lead="（二）强化督促落实。")
    P("请各单位于2026年7月10日前、2027年1月10日前分别报送半年和全年复制推广工作情况，同时填报附件台账，"
      "电子版发送至fjzmbzhc@163.com。", lead="（三）做好总结报送。")
    P("联系人：省商务厅自贸试验区综合处林晓峰，联系电话：0591-87851236。")
    empty(doc)
    para(doc, "附件：福建自贸试验区2026年制度创新成果复制推广工作台账")
    empty(doc, 3)
    # 落款 typed with manual full-width spaces instead of right alignment
    para(doc, "　" * 18 + "福建省商务厅", indent=False)
    para(doc, "　" * 17 + "2025年12月16日", indent=False)
    empty(doc)
    para(doc, "（此件主动公开）")
    empty(doc, 2)
    banji(doc, "抄送：商务部自贸区港司，省委改革办，福州海关、厦门海关。",
          "福建省商务厅办公室", "　" * 8 + "2025年12月17日印发")
    meta = {
        "title": "福建省商务厅关于做好2026年中国（福建）自由贸易试验区制度创新成果复制推广工作的通知",
        "doc_number": "闽商务〔2025〕87号",
        "issuer": ["福建省商务厅"],
        "date": "2025-12-16",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": None,
        "expires": None,
        "attachments": ["福建自贸试验区2026年制度创新成果复制推广工作台账"],
        "doc_type": "通知",
        "recipients": ["各设区市商务局", "平潭综合实验区经济发展局", "福建自贸试验区各片区管委会"],
        "publicity": "此件主动公开",
        "repeals": None,
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


# ================================================================ document 2: 南宁片区 (VML boxes)
def doc_nanning():
    stem = "blind588_nanning_tongzhi"
    doc = new_doc()
    clauses = []

    def P(text, lead=None, **kw):
        para(doc, text, lead=lead, **kw)
        clauses.append((lead or "") + text)

    # red head: VML text box, two lines
    p = doc.add_paragraph()
    head = [tb_p(run_x("中国（广西）自由贸易试验区", XBS, 34, color="FF0000")),
            tb_p(run_x("南宁片区管理委员会文件", XBS, 34, color="FF0000", spacing=10))]
    pict_run(p, vml_shape_xml(head, 442, 92, 0, 0, "_x0000_s1026", "文本框 2", hpos="center"))
    # 文号 in its own VML text box, anchored in the next (empty) paragraph; red rule as para border
    p = doc.add_paragraph()
    wh = [tb_p(run_x("南自贸管发〔2026〕5号", FS, 16))]
    pict_run(p, vml_shape_xml(wh, 200, 24, 121, 8, "_x0000_s1027", "文本框 3", z=251660288,
                              hpos="center", with_type=False))
    red_rule_below(p, sz=24)
    empty(doc)
    title(doc, ["中国（广西）自由贸易试验区南宁片区",
                "管理委员会关于支持跨境电子商务",
                "高质量发展的通知"])
    empty(doc)
    para(doc, "片区各局（办），南宁综合保税区管理服务中心，各有关企业：", indent=False)

    P("为加快建设面向东盟的跨境电商产业集聚区，推动中国—东盟数字贸易中心建设取得新成效，经片区管委会研究，"
      "现就支持跨境电子商务高质量发展有关事项通知如下：")
    heading1(doc, "一、支持对象")
    P("在南宁片区（含南宁综合保税区）依法注册登记、具有独立法人资格，且跨境电商进出口业务统计在南宁片区的企业，"
      "以及为跨境电商提供物流、支付、海外仓等服务的配套企业。")
    heading1(doc, "二、支持措施")
    kw = dict(lead_font=FS, lead_bold=True)
    P("对新引进的跨境电商企业，按以下标准给予支持：", lead="（一）支持跨境电商主体集聚。", **kw)
    P("1.年度跨境电商进出口额首次达到5000万元、1亿元、5亿元的，分别给予一次性奖励20万元、50万元、100万元；")
    P("2.对世界500强、中国500强企业在片区设立跨境电商区域总部的，按其实际到位注册资本的1%给予奖励，最高不超过"
      "300万元。")
    P("对经认定的跨境电商公共服务平台，按照平台软硬件实际投资额的30%给予补助，单个平台最高不超过200万元。",
      lead="（二）支持跨境电商综合服务平台建设。", **kw)
    P("鼓励企业在东盟国家建设公共海外仓，具体按以下情形支持：", lead="（三）支持海外仓布局。", **kw)
    P("1.自建海外仓面积在3000平方米以上的，按实际投资额的20%给予补助；")
    P("2.租赁海外仓面积在2000平方米以上、租期1年以上的，按年度租金的30%给予补助；")
    P("3.以上两项单个企业年度补助合计最高不超过150万元。")
    P("对经南宁国际铁路港开行的中越跨境班列、西部陆海新通道班列运载跨境电商货物的，按每标箱500元给予物流补助；"
      "利用南宁吴圩国际机场国际货运航线运输跨境电商货物的，按每公斤1元给予补助。单个企业年度物流补助最高不超过"
      "100万元。", lead="（四）支持物流通道建设。", **kw)
    P("对与片区签订合作协议的高校、职业院校开展跨境电商实训的，每培训一名并实现在片区就业的学员给予2000元补助，"
      "单个机构年度最高不超过50万元。", lead="（五）支持人才培育。", **kw)
    heading1(doc, "三、支持标准汇总")
    header = ["支持事项", "支持标准", "年度上限（万元）"]
    rows = [
        ["主体集聚", "进出口额首次达到5000万元、1亿元、5亿元的，分别奖励20万元、50万元、100万元", "100"],
        ["公共服务平台", "平台软硬件实际投资额的30%", "200"],
        ["海外仓", "自建按实际投资额的20%，租赁按年度租金的30%", "150"],
        ["物流通道", "班列每标箱500元，航空每公斤1元", "100"],
        ["人才培育", "每名在片区就业的学员2000元", "50"],
    ]
    table(doc, header, rows, [32, 94, 30], header_breaks={2: ["年度上限", "（万元）"]})
    clauses.extend(table_clauses(header, rows))
    heading1(doc, "四、申报和兑现")
    P("上述支持资金实行年度申报，申报通知由片区经济发展局另行发布，原则上每年第一季度集中受理上一年度事项。",
      lead="（一）申报时间。", **kw)
    P("片区经济发展局会同财政金融局对申报材料进行审核，审核结果在片区门户网站公示5个工作日，无异议的按程序拨付"
      "资金。", lead="（二）审核兑现。", **kw)
    P("同一项目已获得自治区、南宁市同类支持的，按照“就高不重复”原则执行。企业弄虚作假骗取支持资金的，由片区"
      "管委会追回已拨付资金，并依法依规纳入失信记录。", lead="（三）监督管理。", **kw)
    heading1(doc, "五、其他事项")
    P("本通知自2026年4月1日起施行，有效期至2028年3月31日。《中国（广西）自由贸易试验区南宁片区管理委员会关于"
      "支持跨境电子商务发展的若干措施》（南自贸管发〔2023〕11号）同时废止。本通知由片区经济发展局负责解释。")
    empty(doc)
    para(doc, "附件：1.南宁片区跨境电商支持资金申报表")
    para(doc, "　　　2.南宁片区跨境电商支持资金申报承诺书")
    empty(doc, 2)
    # 落款 in a VML text box over the seal place
    p = doc.add_paragraph()
    lk = [tb_p(run_x("中国（广西）自由贸易试验区南宁片区管理委员会", FS, 16), jc="right"),
          tb_p(run_x("2026年3月9日", FS, 16), jc="right", ind_right=1280)]
    pict_run(p, vml_shape_xml(lk, 400, 60, 42, 0, "_x0000_s1029", "文本框 5", z=251662336,
                              with_type=False))
    para(doc, "（此件公开发布）")
    empty(doc, 2)
    banji(doc, "抄送：自治区商务厅，南宁市人民政府办公室，南宁海关。",
          "中国（广西）自由贸易试验区南宁片区管理委员会办公室", "　　2026年3月10日印发")
    meta = {
        "title": "中国（广西）自由贸易试验区南宁片区管理委员会关于支持跨境电子商务高质量发展的通知",
        "doc_number": "南自贸管发〔2026〕5号",
        "issuer": ["中国（广西）自由贸易试验区南宁片区管理委员会"],
        "date": "2026-03-09",
        "published": None,
        "level": "zone",
        "region": "中国（广西）自由贸易试验区南宁片区",
        "effective": "2026-04-01",
        "expires": "2028-03-31",
        "attachments": ["南宁片区跨境电商支持资金申报表", "南宁片区跨境电商支持资金申报承诺书"],
        "doc_type": "通知",
        "recipients": ["片区各局（办）", "南宁综合保税区管理服务中心", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": "中国（广西）自由贸易试验区南宁片区管理委员会关于支持跨境电子商务发展的若干措施（南自贸管发〔2023〕11号）",
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


# ================================================================ document 3: 合肥 joint (wps boxes)
def add_auto_numbering(doc, num_id=90):
    numbering = doc.part.numbering_part.element
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/>'
        '<w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '%s</w:lvl></w:abstractNum>' % (NS, num_id, rpr(FS, 16)))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absx)
    else:
        numbering.append(absx)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (NS, num_id, num_id)))
    return num_id


def numbered(doc, text, num_id):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.insert_element_before(parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                                        % (NS, num_id)),
                              "w:spacing", "w:ind", "w:jc")
    p.paragraph_format.first_line_indent = Pt(32)
    set_font(p.add_run(text), FS, 16)
    return p


def doc_hefei():
    stem = "blind588_hefei_tongzhi"
    doc = new_doc()
    num_id = add_auto_numbering(doc)
    clauses = []

    def P(text, lead=None, **kw):
        para(doc, text, lead=lead, **kw)
        clauses.append((lead or "") + text)

    # joint red head: organ names (distributed) in one wps box, "文件" in another box to the right
    p = doc.add_paragraph()
    names = [tb_p(run_x("合肥市商务局", XBS, 36, color="FF0000"), jc="distribute"),
             tb_p(run_x("合肥市财政局", XBS, 36, color="FF0000"), jc="distribute")]
    drawing_run(p, wps_anchor_xml(names, 98, 34, 4, 0, 1, "文本框 1", anchor="ctr"))
    wj = [tb_p(run_x("文件", XBS, 50, color="FF0000"), jc="center")]
    drawing_run(p, wps_anchor_xml(wj, 46, 34, 108, 0, 2, "文本框 2", anchor="ctr", rh=251660288))
    p = para(doc, "合商务〔2026〕19号", indent=False, jc=WD_ALIGN_PARAGRAPH.CENTER)
    # red rule drawn as a wps line shape anchored in the 文号 paragraph
    drawing_run(p, wps_line_anchor_xml(156, 0, 13, 3, "直接连接符 3"))
    empty(doc, 2)
    title(doc, ["合肥市商务局 合肥市财政局关于组织申报",
                "2026年度中国（安徽）自由贸易试验区",
                "合肥片区外贸新业态发展专项资金的通知"])
    empty(doc)
    para(doc, "中国（安徽）自由贸易试验区合肥片区管委会，合肥高新区管委会，合肥经开区管委会，各有关企业：",
         indent=False)
    P("为加快中国（安徽）自由贸易试验区合肥片区（以下简称合肥片区）外贸新业态新模式发展，推动跨境电商、中欧班列、"
      "综合保税区保税维修等业态提质增效，根据《合肥市外贸新业态发展专项资金管理办法》有关规定，现将2026年度专项"
      "资金申报工作有关事项通知如下：")
    heading1(doc, "一、支持范围")
    P("本次专项资金重点支持2025年1月1日至2025年12月31日期间在合肥片区内开展的以下业务：跨境电商进出口、中欧班列"
      "（合肥）集拼集运、综合保税区内保税维修及保税研发、市场采购贸易。")
    heading1(doc, "二、申报条件")
    P("（一）在合肥片区内依法注册登记，具有独立法人资格，财务管理制度健全；")
    P("（二）申报年度内无重大违法违规行为，未被列入严重失信主体名单；")
    P("（三）申报项目已实际完成并支付相关费用，未获得其他市级财政资金重复支持；")
    P("（四）跨境电商企业须已在合肥海关完成跨境电商企业备案。")
    heading1(doc, "三、支持标准")
    P("各项业务支持标准如下表所示，同一企业年度支持总额原则上不超过300万元。")
    header = ["支持方向", "支持内容", "支持标准"]
    rows = [
        ["跨境电商", "企业年度跨境电商进出口额首次突破1亿元", "一次性奖励30万元"],
        ["中欧班列", "通过中欧班列（合肥）集拼出口的货物", "按每标箱800元给予补助"],
        ["保税维修", "综合保税区内开展保税维修业务年营业收入超过5000万元", "按营业收入的1%给予奖励，最高100万元"],
        ["市场采购贸易", "通过市场采购贸易方式出口", "按出口额的0.5%给予奖励，最高50万元"],
    ]
    table(doc, header, rows, [30, 70, 56])
    clauses.extend(table_clauses(header, rows))
    heading1(doc, "四、申报材料")
    # Word auto-numbering "1." (not typed) for the material list; （1）–（3） typed by hand
    for text in ["合肥片区外贸新业态专项资金申报表（附件1）；", "企业营业执照复印件；", "业务真实性证明材料，包括："]:
        numbered(doc, text, num_id)
    n = 3
    clauses.extend(["1." + "合肥片区外贸新业态专项资金申报表（附件1）；", "2.企业营业执照复印件；",
                    "3.业务真实性证明材料，包括："])
    P("（1）跨境电商、市场采购贸易企业提供海关报关单或清单数据汇总表；")
    P("（2）中欧班列集拼企业提供铁路运单及运费发票；")
    P("（3）保税维修企业提供经审计的年度财务报表；")
    numbered(doc, "企业信用承诺书（附件2）。", num_id)
    clauses.append("%d.企业信用承诺书（附件2）。" % (n + 1))
    heading1(doc, "五、申报程序")
    P("申报企业于2026年3月1日至3月31日登录“合肥市惠企政策服务平台”在线填报，并将纸质材料一式两份报送注册地所在"
      "园区经贸部门。逾期不予受理。", lead="（一）企业申报。")
    P("各园区经贸部门会同财政部门对申报材料进行初审，于2026年4月15日前将初审意见及汇总表报送市商务局。",
      lead="（二）初审推荐。")
    P("市商务局会同市财政局委托第三方机构进行专项审计，审核结果经公示无异议后，由市财政局按程序拨付资金。",
      lead="（三）审核拨付。")
    heading1(doc, "六、其他事项")
    P("申报企业对申报材料的真实性、合法性负责。对弄虚作假、骗取专项资金的企业，一经查实，收回已拨付资金，三年内"
      "取消其申报资格，并依法依规追究责任。")
    P("联系人：市商务局对外贸易处王敏，电话：0551-63538217；市财政局经济建设处陈蕾，电话：0551-63537605。")
    empty(doc)
    para(doc, "附件：1.合肥片区外贸新业态专项资金申报表")
    para(doc, "　　　2.企业信用承诺书")
    empty(doc, 2)
    # joint 落款 in one wps text box (two organs on one line, date below) over the seal place
    p = doc.add_paragraph()
    lk = [tb_p(run_x("合肥市商务局" + "　" * 7 + "合肥市财政局", FS, 16), jc="center", line=580, rule="exact"),
          tb_p(run_x("2026年1月20日", FS, 16), jc="right", ind_right=960, line=580, rule="exact")]
    drawing_run(p, wps_anchor_xml(lk, 140, 22, 10, 0, 4, "文本框 4", anchor="t", rh=251662336))
    para(doc, "（此件公开发布）")
    empty(doc, 2)
    banji(doc, "抄送：合肥市人民政府办公室，合肥海关，中国（安徽）自由贸易试验区工作办公室。",
          "合肥市商务局办公室", "　" * 9 + "2026年1月21日印发")
    meta = {
        "title": "合肥市商务局 合肥市财政局关于组织申报2026年度中国（安徽）自由贸易试验区合肥片区外贸新业态发展专项资金的通知",
        "doc_number": "合商务〔2026〕19号",
        "issuer": ["合肥市商务局", "合肥市财政局"],
        "date": "2026-01-20",
        "published": None,
        "level": "municipal",
        "region": "中国（安徽）自由贸易试验区合肥片区",
        "effective": None,
        "expires": None,
        "attachments": ["合肥片区外贸新业态专项资金申报表", "企业信用承诺书"],
        "doc_type": "通知",
        "recipients": ["中国（安徽）自由贸易试验区合肥片区管委会", "合肥高新区管委会", "合肥经开区管委会", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for fn in (doc_fuzhou, doc_nanning, doc_hefei):
        stem, doc, entries = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_588", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        expected[stem] = entries
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
