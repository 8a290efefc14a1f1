# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 614: watermarked (VML textpath) Word files + PDFs + answer key."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
VML_NS = ('xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word"')


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % W_NS)
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        ppr = p._element.get_or_add_pPr()
        ppr.append(parse_xml('<w:ind %s w:firstLineChars="200" w:firstLine="640"/>' % W_NS))
    return p


def para(doc, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, line=28, before=0, after=0):
    """runs: list of (text, font, size, bold) or plain str (仿宋 三号)."""
    p = doc.add_paragraph()
    fmt(p, align, indent, line, before, after)
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        if r == "BR":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        text, font, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        set_font(p.add_run(text), font, size, bold, color)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False)
        set_font(p.add_run(""), FS, 16)


def bottom_border(p, color="FF0000", sz=18, space=1):
    ppr = p._element.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="%d" w:color="%s"/></w:pBdr>'
        % (W_NS, sz, space, color)))


def top_bottom_border(p, top=True, bottom=True):
    ppr = p._element.get_or_add_pPr()
    s = '<w:pBdr %s>' % W_NS
    if top:
        s += '<w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/>'
    if bottom:
        s += '<w:bottom w:val="single" w:sz="8" w:space="1" w:color="000000"/>'
    s += '</w:pBdr>'
    ppr.append(parse_xml(s))


def page_setup(section):
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(3.7)
    section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)
    section.header_distance = Cm(1.5)
    section.footer_distance = Cm(2.8)


SHAPETYPE = (
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e">'
    '<v:formulas>'
    '<v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/>'
    '<v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/>'
    '<v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/>'
    '<v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/>'
    '<v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/>'
    '</v:formulas>'
    '<v:path textpathok="t" o:connecttype="custom" '
    'o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>'
    '<v:textpath on="t" fitshape="t"/>'
    '<v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>'
    '<o:lock v:ext="edit" text="t" shapetype="t"/>'
    '</v:shapetype>')

_wm_counter = [0]


def add_watermark(header, text, font="宋体", width="415.5pt", height="138.5pt", color="silver"):
    """Word-style text watermark: VML v:shape with v:textpath inside the header."""
    _wm_counter[0] += 1
    n = _wm_counter[0]
    p = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
    xml = (
        '<w:r %s %s><w:rPr><w:noProof/></w:rPr><w:pict>%s'
        '<v:shape id="PowerPlusWaterMarkObject61400%d" o:spid="_x0000_s20%02d" type="#_x0000_t136" '
        'style="position:absolute;margin-left:0;margin-top:0;width:%s;height:%s;rotation:315;'
        'z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
        'mso-position-vertical:center;mso-position-vertical-relative:margin" '
        'o:allowincell="f" fillcolor="%s" stroked="f">'
        '<v:fill opacity=".5"/>'
        '<v:textpath style="font-family:&quot;%s&quot;;font-size:1pt" string="%s"/>'
        '<w10:wrap anchorx="margin" anchory="margin"/>'
        '</v:shape></w:pict></w:r>'
        % (W_NS, VML_NS, SHAPETYPE if n else "", n, 40 + n, width, height, color, font, text))
    p._element.append(parse_xml(xml))
    return p


def add_page_number(footer, align):
    p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    p.alignment = align
    set_font(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % W_NS))
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % W_NS))
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % W_NS))
    set_font(p.add_run("1"), "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % W_NS))
    set_font(p.add_run(" —"), "宋体", 14)


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' % W_NS))


def set_widths(table, widths):
    """fixed layout with explicit grid/cell widths so LibreOffice keeps the columns."""
    table.autofit = False
    tblPr = table._tbl.tblPr
    for old in tblPr.findall(qn("w:tblW")):
        tblPr.remove(old)
    total = sum(int(w.twips) for w in widths)
    tblPr.append(parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>' % (W_NS, total)))
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % W_NS))
    grid = table._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j].twips)))
    for row in table.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]


def cell_text(cell, text, font=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, color=None):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    set_font(p.add_run(text), font, size, bold, color)


def add_numbering(doc):
    """Chinese counting '一、' (abstract 614) and decimal '1.' (abstract 615) list definitions."""
    numbering = doc.part.numbering_part.element
    abs1 = parse_xml(
        '<w:abstractNum %s w:abstractNumId="614"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % W_NS)
    abs2 = parse_xml(
        '<w:abstractNum %s w:abstractNumId="615"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/>'
        '<w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % W_NS)
    # abstractNum elements must precede w:num elements
    first_num = numbering.find(qn("w:num"))
    for a in (abs1, abs2):
        if first_num is not None:
            first_num.addprevious(a)
        else:
            numbering.append(a)
    numbering.append(parse_xml('<w:num %s w:numId="614"><w:abstractNumId w:val="614"/></w:num>' % W_NS))
    numbering.append(parse_xml('<w:num %s w:numId="615"><w:abstractNumId w:val="615"/></w:num>' % W_NS))
    numbering.append(parse_xml('<w:num %s w:numId="616"><w:abstractNumId w:val="615"/>'
                               '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
                               '</w:num>' % W_NS))


def set_num(p, num_id):
    ppr = p._element.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (W_NS, num_id)))
    # numbering supplies the first-line indent; drop our own <w:ind>
    for ind in ppr.findall(qn("w:ind")):
        ppr.remove(ind)
    ppr.append(parse_xml('<w:ind %s w:left="0" w:firstLine="640"/>' % W_NS))


def base_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % W_NS)
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    page_setup(doc.sections[0])
    return doc


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_614", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# ====================================================================
# File 1: 南沙 — 公开征求意见公告 + 管理办法（征求意见稿）, watermark 征求意见稿
# ====================================================================
BANFA_TITLE = "中国（广东）自由贸易试验区广州南沙新区片区跨境电子商务发展管理办法"
BANFA_FULL = BANFA_TITLE + "（征求意见稿）"
ISSUER1 = "广州南沙经济技术开发区商务局"

GONGGAO_BODY = [
    "为深入贯彻落实《广州南沙深化面向世界的粤港澳全面合作总体方案》和省委、省政府关于实施自由贸易试验区提升战略的部署要求，"
    "推动南沙跨境电子商务高质量发展，规范跨境电子商务经营主体、平台及相关服务活动，我局起草了《" + BANFA_FULL +
    "》（以下简称《办法》）。根据《广东省行政规范性文件管理规定》有关要求，现将《办法》全文公布，公开征求社会各界意见。有关事项公告如下：",
]
GONGGAO_ITEMS = [
    "一、征求意见时间：2026年3月10日至2026年4月8日（共30日）。",
    "二、社会各界可通过以下方式提出意见建议：",
    "（一）电子邮件：将意见建议发送至nsswj_dzsw@gzns.gov.cn，邮件主题请注明“《办法》意见反馈”。",
    "（二）信函：邮寄至广州市南沙区凤凰大道1号南沙区政务服务中心B座512室广州南沙经济技术开发区商务局电子商务科（邮政编码：511458），"
    "并在信封上注明“《办法》意见反馈”字样。",
    "（三）在线提交：登录广州市南沙区人民政府门户网站“政民互动—意见征集”栏目提交意见。",
    "三、提出意见建议时，请注明真实姓名（单位名称）和联系方式，以便进一步沟通。涉及具体条款的，请写明条款序号、修改意见及理由。",
    "四、联系人：陈晓琳，联系电话：020-39070000（工作日9:00—12:00，14:00—17:30）。",
]

# chapters: (heading, [articles]); article = list of paragraphs (first begins 第X条)
BANFA = [
    ("第一章　总则", [
        ["第一条　为促进中国（广东）自由贸易试验区广州南沙新区片区（以下简称南沙片区）跨境电子商务健康有序发展，规范跨境电子商务经营行为，"
         "保障各方合法权益，根据《中华人民共和国电子商务法》《中华人民共和国海关法》等法律法规以及国家关于跨境电子商务综合试验区建设的有关规定，"
         "结合南沙片区实际，制定本办法。"],
        ["第二条　本办法适用于在南沙片区内依法登记注册，从事跨境电子商务零售进出口、跨境电子商务企业对企业（B2B）出口及相关服务活动的企业、"
         "平台和其他经营主体。"],
        ["第三条　南沙片区跨境电子商务发展坚持市场主导、政府引导、包容审慎、协同监管的原则，推动跨境电子商务与中欧班列、国际航运、"
         "综合保税区等开放平台联动发展。"],
        ["第四条　广州南沙经济技术开发区管理委员会（以下简称区管委会）统筹领导南沙片区跨境电子商务发展工作。",
         "区商务局是南沙片区跨境电子商务工作的主管部门，负责本办法的组织实施。",
         "区发展和改革局、区财政局、区市场监督管理局、区税务局以及南沙海关、南沙出入境边防检查站等单位按照各自职责做好相关工作。"],
    ]),
    ("第二章　经营主体与平台", [
        ["第五条　跨境电子商务企业应当依法办理市场主体登记，并按照海关规定办理跨境电子商务企业注册登记或者信息登记。"
         "境外跨境电子商务企业应当委托境内代理人向海关办理注册登记，由境内代理人依法承担相应责任。"],
        ["第六条　跨境电子商务平台企业应当履行下列义务：",
         "（一）对平台内经营者的身份、地址、联系方式、行政许可等信息进行核验、登记，建立档案并定期核验更新；",
         "（二）向海关实时传输施加电子签名的跨境电子商务零售进出口交易电子数据，并对数据真实性承担相应责任；",
         "（三）建立商品质量安全风险防控机制，发现禁止或者限制进出境商品的，及时采取处置措施并向有关部门报告；",
         "（四）建立消费者权益保护制度，公示退换货规则，依法处理消费者投诉和纠纷；",
         "（五）法律、法规规定的其他义务。"],
        ["第七条　支持在南沙片区设立跨境电子商务独立站运营、海外仓服务、跨境支付、供应链管理等配套服务主体。"
         "对新设立并在南沙片区纳税的跨境电子商务企业，区商务局可以会同有关部门按照区级产业扶持政策给予支持。"],
        ["第八条　鼓励跨境电子商务企业在广州南沙综合保税区内开展保税备货、保税展示交易、保税维修和退货中心仓等业务。"],
    ]),
    ("第三章　通关与物流", [
        ["第九条　南沙海关依托跨境电子商务通关服务平台，对跨境电子商务零售进出口商品实行“清单核放、汇总申报”等便利化监管模式，"
         "推行7×24小时预约通关。"],
        ["第十条　支持企业利用中欧班列、西部陆海新通道、南沙港国际航线等物流通道开展跨境电子商务出口业务。"
         "对通过中欧班列（大湾区）运输跨境电子商务商品的，按照有关规定给予运费补贴。",
         "前款所称运费补贴的具体标准和申请程序，由区商务局会同区财政局另行制定。"],
        ["第十一条　推动建设跨境电子商务集中监管场所和公共海外仓，鼓励企业在“一带一路”共建国家和地区布局海外仓，"
         "提升境外仓储、配送和售后服务能力。"],
        ["第十二条  跨境电子商务零售进口商品按照个人自用物品监管，不执行有关商品首次进口许可批件、注册或者备案要求，"
         "但法律、法规另有规定的除外。"],
    ]),
    ("第四章　金融与税收服务", [
        ["第十三条　支持银行机构和依法取得许可的支付机构为跨境电子商务企业提供跨境收付汇、结售汇等服务，便利跨境电子商务人民币结算。"],
        ["第十四条　对符合条件的跨境电子商务零售出口企业，按照国家有关规定落实增值税、消费税免税政策和企业所得税核定征收政策。"],
        ["第十五条　鼓励保险机构开发出口信用保险、海外仓保险、跨境物流保险等产品，为跨境电子商务企业提供风险保障。"],
    ]),
    ("第五章　监督管理", [
        ["第十六条　区商务局会同有关部门建立跨境电子商务企业信用评价制度，对企业实施分类管理。信用评价结果分为A、B、C、D四个等级，"
         "作为政策扶持、监管频次的重要参考。"],
        ["第十七条　跨境电子商务企业、平台有下列情形之一的，由有关部门依法处理，并纳入信用记录：",
         "（一）提供虚假材料骗取扶持资金的；",
         "（二）以“刷单”、虚构交易等方式套取政策支持的；",
         "（三）违反进出境管理规定，情节严重的。"],
        ["第十八条　有关部门及其工作人员在跨境电子商务管理工作中滥用职权、玩忽职守、徇私舞弊的，依法依规追究责任。"],
    ]),
    ("第六章　附则", [
        ["第十九条　本办法所称跨境电子商务，是指分属不同关境的交易主体，通过电子商务平台达成交易、进行支付结算，"
         "并通过跨境物流送达商品、完成交易的一种国际商业活动。"],
        ["第二十条　本办法由区商务局负责解释。"],
        ["第二十一条　本办法自2026年　月　日起施行，有效期5年。《广州南沙新区（自贸片区）促进跨境电子商务发展暂行办法》"
         "（穗南开管办〔2021〕8号）同时废止。"],
    ]),
]


def article_runs(text):
    """第X条 in a bold 黑体 run, the rest 仿宋."""
    for sep in ("　", "  "):
        if text.startswith("第") and sep in text[:8]:
            head, rest = text.split(sep, 1)
            return [(head, HT, 16, True), (sep + rest, FS, 16, False)]
    return [(text, FS, 16, False)]


def make_nansha():
    doc = base_doc()
    s1 = doc.sections[0]
    s1.different_first_page_header_footer = True
    # watermark in both the first-page and the default header of section 1
    add_watermark(s1.first_page_header, "征求意见稿")
    add_watermark(s1.header, "征求意见稿")
    add_page_number(s1.footer, WD_ALIGN_PARAGRAPH.CENTER)
    add_page_number(s1.first_page_footer, WD_ALIGN_PARAGRAPH.CENTER)

    empty(doc)
    # title, typed with a soft line break after 关于公开征求
    para(doc, [(ISSUER1 + "关于公开征求", XBS, 22, False), "BR",
               ("《" + BANFA_TITLE[:13], XBS, 22, False), "BR",
               (BANFA_TITLE[13:] + "（征求意见稿）》", XBS, 22, False), "BR",
               ("意见的公告", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    empty(doc)
    for t in GONGGAO_BODY:
        para(doc, t)
    for t in GONGGAO_ITEMS:
        if t.startswith("二、") or t.startswith("三、") or t.startswith("四、") or t.startswith("一、"):
            # items typed with the ordinal in 黑体, text in 仿宋, same paragraph
            para(doc, [(t[:2], HT, 16, False), (t[2:], FS, 16, False)])
        else:
            para(doc, t)
    empty(doc)
    para(doc, [("附件：" + BANFA_FULL, FS, 16, False)], indent=True)
    empty(doc, 2)
    para(doc, [(ISSUER1 + "　　　", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, [("2026年3月9日" + "　　　　　", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)

    # ---- new section for the attached draft (own header, unlinked, watermark again)
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(s2)
    s2.different_first_page_header_footer = False
    s2.header.is_linked_to_previous = False
    add_watermark(s2.header, "征求意见稿")
    s2.footer.is_linked_to_previous = False
    add_page_number(s2.footer, WD_ALIGN_PARAGRAPH.CENTER)

    para(doc, [("附件", HT, 16, False)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    empty(doc)
    para(doc, [(BANFA_TITLE[:13], XBS, 22, False), "BR", (BANFA_TITLE[13:27], XBS, 22, False), "BR",
               (BANFA_TITLE[27:], XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    para(doc, [("（征求意见稿）", KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=8)
    empty(doc)
    for chap, arts in BANFA:
        para(doc, [(chap, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=6)
        for art in arts:
            for i, t in enumerate(art):
                if i == 0:
                    para(doc, article_runs(t))
                else:
                    para(doc, t)
        if chap.startswith("第三章"):
            empty(doc)  # stray empty paragraph left by the drafter

    path = os.path.join(HERE, "blind614_nansha_zhengqiu.docx")
    doc.save(path)

    gonggao_title = ISSUER1 + "关于公开征求《" + BANFA_FULL + "》意见的公告"
    clauses_gg = GONGGAO_BODY + GONGGAO_ITEMS
    clauses_bf = [t for _, arts in BANFA for art in arts for t in art]
    key = [
        {"meta": {
            "title": gonggao_title,
            "doc_number": None,
            "issuer": [ISSUER1],
            "date": "2026-03-09",
            "published": None,
            "level": "zone",
            "region": "中国（广东）自由贸易试验区广州南沙新区片区",
            "effective": None,
            "expires": None,
            "attachments": [BANFA_FULL],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": None},
         "clauses": clauses_gg},
        {"meta": {
            "title": BANFA_FULL,
            "doc_number": None,
            "issuer": [ISSUER1],
            "date": None,
            "published": None,
            "level": "zone",
            "region": "中国（广东）自由贸易试验区广州南沙新区片区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "办法",
            "recipients": [],
            "publicity": None,
            "repeals": "《广州南沙新区（自贸片区）促进跨境电子商务发展暂行办法》（穗南开管办〔2021〕8号）"},
         "clauses": clauses_bf},
    ]
    return path, "blind614_nansha_zhengqiu", key


# ====================================================================
# File 2: 四川 — internal joint notice, watermark 内部资料　注意保存
# ====================================================================
SC_ISSUERS = ["四川省商务厅", "四川省发展和改革委员会"]
SC_TITLE = "关于加强中欧班列（成渝）运营监测和数据报送工作的通知"
SC_RECIP = ["各市（州）商务主管部门", "各市（州）发展改革委", "成都国际铁路港经济技术开发区管委会",
            "中国（四川）自由贸易试验区各片区管委会", "省级中欧班列运营平台公司"]

# ("H", text) = heading with Word auto-numbering 一、 (not a clause)
# ("P", text) = body paragraph (clause)
# ("N", text) = sub-item with Word auto-numbering 1. (clause text includes "1.")
# ("T", rows) = table
SC_TABLE_HEAD = ["序号", "报送事项", "报送单位", "报送频次", "报送时限"]
SC_TABLE = [
    ["1", "开行数据月报", "省级中欧班列运营平台公司", "每月", "次月5日前"],
    ["2", "货源结构分析", "省级中欧班列运营平台公司", "每月", "次月10日前"],
    ["3", "补贴资金使用情况", "各市（州）商务主管部门", "每季度", "季后首月15日前"],
    ["4", "重点企业运行监测", "中国（四川）自由贸易试验区各片区管委会", "每季度", "季后首月15日前"],
    ["5", "年度运营评估报告", "各市（州）商务主管部门、发展改革委", "每年", "次年1月31日前"],
]
SC_BODY = [
    ("P", "为贯彻落实国家关于推动中欧班列高质量发展的决策部署，准确掌握我省中欧班列（成渝）开行、货源组织和运营补贴资金使用情况，"
          "及时防范化解运营风险，经研究，决定进一步加强中欧班列（成渝）运营监测和数据报送工作。现将有关事项通知如下："),
    ("H", "提高思想认识"),
    ("P", "中欧班列是共建“一带一路”的重要载体，是我省构建内陆开放高地的重要支撑。当前，班列开行规模持续扩大，"
          "但部分线路回程货源不足、货值偏低、补贴依赖度较高等问题仍然存在。各地各单位要充分认识运营监测工作的重要性，"
          "把数据报送作为掌握运行态势、优化政策支持的基础性工作抓紧抓实。"),
    ("H", "明确监测内容"),
    ("P", "（一）开行数据。省级中欧班列运营平台公司每月报送上月去程、回程开行列数、标箱数、货值及线路分布情况，去程、回程数据分别统计，"
          "不得将过境班列、拼箱转运重复计入。"),
    ("P", "（二）货源结构。重点监测本省货源占比、跨境电商货物占比以及电子信息、汽车整车及零部件、装备制造等重点产业货源情况，"
          "对经中国（四川）自由贸易试验区和综合保税区集结的货物单独标注。"),
    ("P", "（三）补贴资金使用情况。各市（州）商务主管部门每季度汇总本地区中欧班列运营补贴资金使用情况，重点报送以下内容："),
    ("N", "1.补贴资金拨付进度及对应开行列数；"),
    ("N", "2.享受补贴的货源企业名单及货值；"),
    ("N", "3.资金使用中发现的问题及整改情况。"),
    ("H", "规范报送程序"),
    ("P", "（一）报送渠道。数据统一通过“四川省中欧班列运行监测系统”报送；暂不具备系统报送条件的，以加密U盘方式报送，"
          "严禁通过互联网电子邮箱、微信、QQ等渠道传输。"),
    ("P", "（二）报送时限。具体报送事项、频次和时限如下表："),
    ("T", SC_TABLE),
    ("P", "（三）数据核验。各报送单位主要负责同志对数据真实性、准确性负责。省商务厅会同省发展改革委每季度对报送数据开展抽查核验，"
          "对数据严重失实的，视情况暂停拨付相关补贴资金。"),
    ("H", "严格保密管理"),
    ("P", "（一）本通知及报送的监测数据涉及企业商业秘密和未公开的运营信息，仅限工作范围内使用，不得对外公开或者转发，"
          "不得在互联网政务网站、新闻媒体上发布。"),
    ("P", "（二）各单位要明确专人负责数据报送和保管，做好纸质材料登记、存放和销毁工作，人员调整时及时办理交接。"),
    ("H", "加强组织保障"),
    ("P", "各市（州）商务主管部门、发展改革委要加强统筹协调，于2026年3月20日前将数据报送联系人信息表报省商务厅服务贸易处。"
          "工作中遇到的问题请及时反馈。"),
    ("P", "省商务厅服务贸易处联系人：王磊，联系电话：028-83225000；省发展改革委开放合作处联系人：刘颖，联系电话：028-86700000。"),
]
SC_ATTACH = ["中欧班列（成渝）运营数据月报表（样表）", "数据报送联系人信息表"]


def make_sichuan():
    doc = base_doc()
    add_numbering(doc)
    doc.settings.odd_and_even_pages_header_footer = True
    s = doc.sections[0]
    add_watermark(s.header, "内部资料　注意保存", font="黑体")
    add_watermark(s.even_page_header, "内部资料　注意保存", font="黑体")
    add_page_number(s.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    add_page_number(s.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)

    empty(doc)
    # red 版头 as a layout table: two organs stacked on the left, 文件 merged on the right
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    cell_text(t.cell(0, 0), SC_ISSUERS[0], XBS, 26, False, WD_ALIGN_PARAGRAPH.DISTRIBUTE, RED)
    cell_text(t.cell(1, 0), SC_ISSUERS[1], XBS, 26, False, WD_ALIGN_PARAGRAPH.DISTRIBUTE, RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, "文件", XBS, 44, False, WD_ALIGN_PARAGRAPH.CENTER, RED)
    m.vertical_alignment = 1
    set_widths(t, [Cm(11.2), Cm(4.4)])
    empty(doc)
    p = para(doc, [("川商务发〔2026〕11号", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(p, "FF0000", 24, 6)
    empty(doc)
    para(doc, [("关于加强中欧班列（成渝）运营监测", XBS, 22, False), "BR", ("和数据报送工作的通知", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    empty(doc)
    para(doc, "各市（州）商务主管部门，各市（州）发展改革委，成都国际铁路港经济技术开发区管委会，"
              "中国（四川）自由贸易试验区各片区管委会，省级中欧班列运营平台公司：", indent=False)

    for kind, val in SC_BODY:
        if kind == "H":
            p = para(doc, [(val, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.LEFT)
            set_num(p, 614)
        elif kind == "N":
            p = para(doc, val.split(".", 1)[1])  # number comes from Word numbering
            set_num(p, 615)
        elif kind == "T":
            tb = doc.add_table(rows=1 + len(val), cols=len(SC_TABLE_HEAD))
            tb.style = "Table Grid"
            tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            trpr = tb.rows[0]._tr.get_or_add_trPr()
            trpr.append(parse_xml('<w:tblHeader %s/>' % W_NS))
            for j, h in enumerate(SC_TABLE_HEAD):
                cell_text(tb.cell(0, j), h, HT, 14, False)
            for i, row in enumerate(val, 1):
                for j, v in enumerate(row):
                    cell_text(tb.cell(i, j), v, FS, 14, False,
                              WD_ALIGN_PARAGRAPH.LEFT if j in (1, 2) else WD_ALIGN_PARAGRAPH.CENTER)
            set_widths(tb, [Cm(1.3), Cm(3.6), Cm(5.4), Cm(2.1), Cm(3.2)])
        else:
            if val.startswith("（") and 0 < val.find("。") < 12:
                # run-in heading typed as a bold run
                k = val.index("。") + 1
                para(doc, [(val[:k], FS, 16, True), (val[k:], FS, 16, False)])
            else:
                para(doc, val)

    empty(doc)
    # attachment list, 2nd line aligned with full-width spaces
    para(doc, "附件：1." + SC_ATTACH[0])
    para(doc, "　　　2." + SC_ATTACH[1])
    empty(doc, 3)
    # 落款 as a borderless layout table
    lk = doc.add_table(rows=2, cols=2)
    no_borders(lk)
    cell_text(lk.cell(0, 0), SC_ISSUERS[0], FS, 16)
    cell_text(lk.cell(0, 1), SC_ISSUERS[1], FS, 16)
    cell_text(lk.cell(1, 1), "2026年3月2日", FS, 16)
    set_widths(lk, [Cm(7.8), Cm(7.8)])
    empty(doc, 3)
    # 版记
    p = para(doc, "抄送：商务部对外贸易司，国家发展改革委基础设施发展司，成都海关，中国铁路成都局集团有限公司。",
             indent=False, line=24)
    set_font_size(p, 14)
    top_bottom_border(p, top=True, bottom=True)
    p = para(doc, "四川省商务厅办公室" + "　" * 9 + "2026年3月4日印发", indent=False, line=24)
    set_font_size(p, 14)
    top_bottom_border(p, top=False, bottom=True)

    path = os.path.join(HERE, "blind614_sichuan_tongzhi.docx")
    doc.save(path)

    clauses = []
    for kind, val in SC_BODY:
        if kind in ("P", "N"):
            clauses.append(val)
        elif kind == "T":
            for row in val:
                clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(SC_TABLE_HEAD, row)))
    key = [{"meta": {
        "title": SC_TITLE,
        "doc_number": "川商务发〔2026〕11号",
        "issuer": SC_ISSUERS,
        "date": "2026-03-02",
        "published": None,
        "level": "provincial",
        "region": "四川省",
        "effective": None,
        "expires": None,
        "attachments": SC_ATTACH,
        "doc_type": "通知",
        "recipients": SC_RECIP,
        "publicity": None,
        "repeals": None},
        "clauses": clauses}]
    return path, "blind614_sichuan_tongzhi", key


def set_font_size(p, size):
    for r in p.runs:
        r.font.size = Pt(size)


def main():
    expected = {}
    for maker in (make_nansha, make_sichuan):
        path, stem, key = maker()
        convert(path)
        expected[stem] = key
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
