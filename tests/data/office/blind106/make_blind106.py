# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 106: FTZ / 一带一路 notices typeset the way offices do it in Word.

Character spacing on runs (w:spacing; w:fitText for a 落款 "调整宽度"), letter-spaced
titles ("通　　知"), a 版头 expanded to fill the line, full-width digits and letters
(２０２４年, ＡＥＯ), circled item markers ①②③, 黑体 headings with a full-width space
after the number ("一、　总体要求"), 附注 in text boxes (Word's mc:AlternateContent with
a wps text box and a VML fallback), and a 签发人 line with a spaced name ("李　明").

Writes blind106_*.docx, the LibreOffice PDF of each, and expected.json next to itself.
"""
import json
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
RED = RGBColor(0xFF, 0x00, 0x00)
XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SZ3 = 16  # 三号
SZ2 = 22  # 二号
SZ4 = 14  # 四号
LINE = Pt(28.95)
TEXT_W_PT = (210 - 28 - 26) / 25.4 * 72  # 442.2pt

_RPR_AFTER_SPACING = ("w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")


def fw(s):
    """ASCII digits/letters to full-width, as an office typing with 全角 on."""
    out = []
    for ch in s:
        if "0" <= ch <= "9" or "A" <= ch <= "Z" or "a" <= ch <= "z":
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def font(run, name, size, bold=False, color=None, spacing_pt=None, fit_twips=None, fit_id=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    rf.set(qn("w:eastAsia"), name)
    rf.set(qn("w:ascii"), name)
    rf.set(qn("w:hAnsi"), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    if spacing_pt is not None:
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(int(round(spacing_pt * 20))))
        rpr.insert_element_before(sp, *_RPR_AFTER_SPACING)
    if fit_twips is not None:
        ft = OxmlElement("w:fitText")
        ft.set(qn("w:val"), str(fit_twips))
        ft.set(qn("w:id"), str(fit_id))
        rpr.insert_element_before(ft, "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")
    return run


def para(doc, align=None, first_indent_chars=None, line=LINE, before=0, after=0, left_chars=None, right_chars=None):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    ppr = p._p.get_or_add_pPr()
    if first_indent_chars is not None or left_chars is not None or right_chars is not None:
        ind = OxmlElement("w:ind")
        if first_indent_chars is not None:
            ind.set(qn("w:firstLineChars"), str(first_indent_chars * 100))
            ind.set(qn("w:firstLine"), str(int(first_indent_chars * SZ3 * 20)))
        if left_chars is not None:
            ind.set(qn("w:leftChars"), str(left_chars * 100))
            ind.set(qn("w:left"), str(int(left_chars * SZ3 * 20)))
        if right_chars is not None:
            ind.set(qn("w:rightChars"), str(right_chars * 100))
            ind.set(qn("w:right"), str(int(right_chars * SZ3 * 20)))
        ppr.append(ind)
    return p


def body(doc, text, name=FS, indent=2, bold=False):
    p = para(doc, WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent_chars=indent)
    font(p.add_run(text), name, SZ3, bold=bold)
    return p


def heading1(doc, num, text, tail=None):
    """黑体 heading "一、　总体要求" — number and a full-width space, then the words."""
    p = para(doc, WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent_chars=2)
    font(p.add_run(num + "　"), HT, SZ3)
    font(p.add_run(text), HT, SZ3)
    if tail:
        font(p.add_run(tail), FS, SZ3)
    return p


def heading2(doc, num, text, tail=None):
    p = para(doc, WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent_chars=2)
    font(p.add_run(num + text), KT, SZ3)
    if tail:
        font(p.add_run(tail), FS, SZ3)
    return p


def bottom_rule(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.insert_element_before(bdr, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def top_bottom_rules(p, top=True, bottom=True, sz=4, color="000000"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side, on in (("top", top), ("bottom", bottom)):
        if on:
            b = OxmlElement("w:" + side)
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), str(sz))
            b.set(qn("w:space"), "1")
            b.set(qn("w:color"), color)
            bdr.append(b)
    ppr.insert_element_before(bdr, "w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc", "w:rPr")


def setup(doc):
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(28) - Mm(7)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(SZ3)
    # page numbers "— N —": odd pages right (空一字), even pages left (空一字)
    doc.settings.odd_and_even_pages_header_footer = True
    for ftr, align in ((sec.footer, WD_ALIGN_PARAGRAPH.RIGHT), (sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        p = ftr.paragraphs[0]
        p.alignment = align
        ind = OxmlElement("w:ind")
        ind.set(qn("w:right" if align == WD_ALIGN_PARAGRAPH.RIGHT else "w:left"), str(SZ4 * 20))
        p._p.get_or_add_pPr().append(ind)
        font(p.add_run("— "), "宋体", SZ4)
        r = p.add_run()
        font(r, "宋体", SZ4)
        for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("t", "1"), ("end", None)):
            if kind == "instr":
                el = OxmlElement("w:instrText")
                el.set(qn("xml:space"), "preserve")
                el.text = txt
            elif kind == "t":
                el = OxmlElement("w:t")
                el.text = txt
            else:
                el = OxmlElement("w:fldChar")
                el.set(qn("w:fldCharType"), kind)
            r._element.append(el)
        font(p.add_run(" —"), "宋体", SZ4)


def masthead(doc, name, size, spacing_pt, suffix=None):
    """Red 发文机关标志, characters expanded (字符间距 加宽) to fill the line."""
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(size * 1.3))
    font(p.add_run(name), XBS, size, color=RED, spacing_pt=spacing_pt)
    if suffix:
        font(p.add_run(suffix), XBS, size, color=RED, spacing_pt=spacing_pt)
    return p


def blank(doc, n=1):
    for _ in range(n):
        para(doc)


def textbox(doc, lines, box_id, height_mm=14):
    """附注 in a text box, written like Word does: mc:AlternateContent, wps choice + VML fallback."""
    def txbx_content():
        ps = []
        for text, align in lines:
            jc = {"left": "left", "center": "center", "right": "right"}[align]
            ps.append(
                '<w:p><w:pPr><w:spacing w:line="579" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="%s"/></w:pPr>'
                '<w:r><w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                % (jc, FS, FS, FS, text)
            )
        return "<w:txbxContent>" + "".join(ps) + "</w:txbxContent>"

    cx = int(TEXT_W_PT * 12700)
    cy = int(height_mm * 36000)
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        '<wp:docPr id="%d" name="文本框 %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
        '<wps:txbx>%s</wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="文本框 %d" o:spid="_x0000_s10%02d" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:%.1fpt;height:%.1fpt;z-index:251659264;mso-position-horizontal-relative:text;mso-position-vertical-relative:text" filled="f" stroked="f">'
        '<v:textbox inset="0,0,0,0">%s</v:textbox><w10:wrap xmlns:w10="urn:schemas-microsoft-com:office:word" type="topAndBottom"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
        % (251659264 + box_id, cx, cy, box_id, box_id, cx, cy, txbx_content(), box_id, box_id, TEXT_W_PT, height_mm * 72 / 25.4, txbx_content())
    )
    p = para(doc)
    p._p.append(parse_xml(xml))
    return p


def signature(doc, organ, date, mode, organ_chars=None):
    """落款 + 成文日期. mode 'spacing': organ name expanded with w:spacing to the width of the
    date (日期右空四字, organ centred over it); mode 'fit': Word's 调整宽度 (w:fitText);
    mode 'long': organ longer than the date, date right-indented 4 chars, organ centred over it."""
    date_chars = len(date)
    if mode == "long":
        p = para(doc, WD_ALIGN_PARAGRAPH.RIGHT, right_chars=0)
        font(p.add_run(organ), FS, SZ3)
        p2 = para(doc, WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4)
        font(p2.add_run(date), FS, SZ3)
        return
    p = para(doc, WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4)
    n = len(organ)
    if mode == "spacing":
        extra = (date_chars - n) * SZ3 / (n - 1)
        # last character carries no spacing, as Word does when you select all but the last
        font(p.add_run(organ[:-1]), FS, SZ3, spacing_pt=round(extra, 1))
        font(p.add_run(organ[-1]), FS, SZ3)
    else:
        font(p.add_run(organ), FS, SZ3, fit_twips=date_chars * SZ3 * 20, fit_id=-1973000000 - n)
    p2 = para(doc, WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4)
    font(p2.add_run(date), FS, SZ3)


def banji(doc, rows):
    """版记: 抄送 / 印发 between rules (first/last thick, middle thin)."""
    blank(doc, 2)
    for i, (left, right) in enumerate(rows):
        p = para(doc, WD_ALIGN_PARAGRAPH.LEFT, left_chars=None)
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(SZ4 * 20))
        ind.set(qn("w:right"), str(SZ4 * 20))
        p._p.get_or_add_pPr().append(ind)
        top_bottom_rules(p, top=True, bottom=(i == len(rows) - 1), sz=8 if i == 0 else 4)
        font(p.add_run(left), FS, SZ4)
        if right:
            tabs = OxmlElement("w:tabs")
            tab = OxmlElement("w:tab")
            tab.set(qn("w:val"), "right")
            tab.set(qn("w:pos"), str(int((TEXT_W_PT - SZ4 * 2) * 20)))
            tabs.append(tab)
            p._p.get_or_add_pPr().insert(0, tabs)
            font(p.add_run("\t" + right), FS, SZ4)


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(path.parent), str(path)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


EXPECTED = {}


# ---------------------------------------------------------------------------
# 1. 南宁片区管委会 通知 (AEO 培育), 版头 expanded, full-width everywhere, 附注 text box
# ---------------------------------------------------------------------------
def doc_nanning():
    stem = "blind106_nanning_notice"
    doc = Document()
    setup(doc)
    blank(doc, 1)
    organ = "中国（广西）自由贸易试验区南宁片区管理委员会"
    # 22 chars at 18pt = 396pt; expand to fill 442pt
    masthead(doc, organ, 18, spacing_pt=round((TEXT_W_PT - 22 * 18) / 22, 1))
    blank(doc, 1)
    dn = fw("南自贸管发〔2024〕12号")
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER)
    font(p.add_run(dn), FS, SZ3)
    bottom_rule(p, sz=18)
    blank(doc, 1)
    # title split over three lines by hand (real offices break lines with Enter, 梯形)
    tl = ["中国（广西）自由贸易试验区南宁片区", fw("管理委员会关于加快推进AEO企业培育"), "提升跨境贸易便利化水平的通知"]
    for t in tl:
        p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(35))
        font(p.add_run(t), XBS, SZ2, spacing_pt=0.5)
    blank(doc, 1)
    p = para(doc, WD_ALIGN_PARAGRAPH.LEFT)
    font(p.add_run("片区各部门、各园区管理机构，各有关企业："), FS, SZ3)

    clauses = []
    intro = fw("为贯彻落实《中国（广西）自由贸易试验区总体方案》和海关总署关于推进AEO（经认证的经营者）互认合作的部署要求，加快培育一批守法诚信、竞争力强的AEO企业，助力企业用好中国—东盟AEO互认和“一带一路”沿线国家通关便利，经片区管委会2024年第3次主任办公会议研究同意，现就有关事项通知如下：")
    body(doc, intro); clauses.append(intro)

    heading1(doc, "一、", "总体要求")
    t = fw("以制度创新为核心，以企业需求为导向，坚持“培育一批、认证一批、储备一批”，推动片区外贸企业对标AEO高级认证标准提升内部控制、贸易安全和财务状况管理水平，打造面向东盟的跨境贸易便利化高地。")
    body(doc, t); clauses.append(t)

    heading1(doc, "二、", "工作目标")
    t = fw("到2025年底，片区AEO企业培育工作实现以下目标：")
    body(doc, t); clauses.append(t)
    for s in ["①新增AEO高级认证企业15家以上，累计达到40家；", "②纳入培育库企业不少于120家，其中跨境电商、冷链物流企业不少于30家；", "③AEO企业进出口额占片区外贸总额比重提高到45%以上。"]:
        s = fw(s)
        body(doc, s); clauses.append(s)

    heading1(doc, "三、", "重点任务")
    heading2(doc, "（一）", "建立培育库。", fw("片区经济发展局会同南宁海关驻片区办事处，每年3月、9月集中受理企业入库申请，对年进出口额在500万美元以上、近2年无走私违规记录的企业优先纳入培育库，实行“一企一档”动态管理。"))
    clauses.append(fw("（一）建立培育库。片区经济发展局会同南宁海关驻片区办事处，每年3月、9月集中受理企业入库申请，对年进出口额在500万美元以上、近2年无走私违规记录的企业优先纳入培育库，实行“一企一档”动态管理。"))
    heading2(doc, "（二）", "开展精准辅导。", "对入库企业按以下方式分类辅导：")
    clauses.append("（二）开展精准辅导。对入库企业按以下方式分类辅导：")
    for s in ["1．对拟申请高级认证的企业，组织专家开展不少于2次上门“体检”，逐项对照认证标准出具整改清单；", "2．对一般认证企业，每季度举办1期集中培训，重点讲解关务内控、单证管理和信息系统建设；", "3．对跨境电商企业，结合中国—东盟跨境电商试点，编制专项辅导指引。"]:
        s = fw(s)
        body(doc, s); clauses.append(s)
    heading2(doc, "（三）", "给予资金支持。", "对片区内注册并纳税的企业，按下列标准给予奖励：")
    clauses.append("（三）给予资金支持。对片区内注册并纳税的企业，按下列标准给予奖励：")
    for s in ["（1）首次通过AEO高级认证的，给予一次性奖励20万元；", "（2）由一般认证企业升级为高级认证企业的，给予一次性奖励10万元；", "（3）委托第三方机构开展认证辅导的，按实际支付费用的50%给予补贴，每家企业最高不超过5万元。"]:
        s = fw(s)
        body(doc, s); clauses.append(s)
    t = fw("同一企业同一年度获得本通知各项奖励补贴累计不超过30万元。")
    body(doc, t); clauses.append(t)

    heading1(doc, "四、", "保障措施")
    t = fw("片区经济发展局负责统筹推进AEO企业培育工作，片区财政局负责奖励资金保障，所需资金从片区开放型经济发展专项资金中列支。各园区管理机构要明确1名联络员，于2024年4月15日前报片区经济发展局。")
    body(doc, t); clauses.append(t)
    t = fw("本通知自2024年4月1日起施行，有效期至2026年12月31日。")
    body(doc, t); clauses.append(t)

    blank(doc, 1)
    p = para(doc, WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent_chars=2)
    font(p.add_run("附件：" + fw("1．") + fw("南宁片区AEO企业培育库入库申请表")), FS, SZ3)
    p = para(doc, WD_ALIGN_PARAGRAPH.JUSTIFY, left_chars=5)
    font(p.add_run(fw("2．") + fw("AEO认证奖励资金申请材料清单")), FS, SZ3)
    blank(doc, 3)
    date = fw("2024年3月15日")
    signature(doc, organ, date, "long")
    textbox(doc, [("（此件公开发布）", "left")], 1, height_mm=12)
    banji(doc, [("抄送：" + fw("南宁海关，自治区商务厅（自贸办），南宁市人民政府办公室。"), None),
                (fw("中国（广西）自由贸易试验区南宁片区管理委员会办公室"), fw("2024年3月15日印发"))])
    out = HERE / (stem + ".docx")
    doc.save(out)
    EXPECTED[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区南宁片区管理委员会关于加快推进ＡＥＯ企业培育提升跨境贸易便利化水平的通知",
            "doc_number": "南自贸管发〔２０２４〕１２号",
            "issuer": ["中国（广西）自由贸易试验区南宁片区管理委员会"],
            "date": "2024-03-15",
            "level": "municipal",
            "region": "广西壮族自治区南宁市（中国（广西）自由贸易试验区南宁片区）",
            "effective": "2024-04-01",
            "expires": "2026-12-31",
            "attachments": ["南宁片区ＡＥＯ企业培育库入库申请表", "ＡＥＯ认证奖励资金申请材料清单"],
            "addressees": "片区各部门、各园区管理机构，各有关企业",
        },
        "clauses": clauses,
        "_note": "Furniture: red 版头 (w:spacing expanded ~2pt/char, so PDF extraction may show it letter-spaced), 文号 line, red rule, 3-line title, 主送, 黑体 headings '一、　总体要求' (full-width space after 、 — label 一, heading text 总体要求; a reader may keep headings as heading clauses), 附件说明, 落款/日期, text-box 附注 （此件公开发布） (Word writes it twice: wps choice + VML fallback — must not appear twice nor as a clause), 版记, '— N —'. Full-width digits/letters (２０２４, ＡＥＯ, 〔２０２４〕１２号) are what the file says; normalising them to half-width in metadata/dates is fine, but dates must parse (２０２４年３月１５日 = 2024-03-15; effective ２０２４年４月１日, expires ２０２６年１２月３１日). ①②③ items: labels ①②③ (or merged into their lead-in — tolerable but medium). 1．/（1） use full-width period/parens. Level municipal (片区管委会 is a Nanning-level body); provincial is tolerable-ish (FTZ is provincial) but not national.",
    }]
    return out


# ---------------------------------------------------------------------------
# 2. 自治区商务厅 请示 (上行文): 签发人 line, 版头 widely spaced, 落款 spaced to date width
# ---------------------------------------------------------------------------
def doc_guangxi():
    stem = "blind106_guangxi_request"
    doc = Document()
    setup(doc)
    blank(doc, 1)
    name = "广西壮族自治区商务厅"
    masthead(doc, name, 30, spacing_pt=round((TEXT_W_PT - 12 * 30) / 12, 1), suffix="文件")
    blank(doc, 1)
    dn = fw("桂商贸报〔2024〕48号")
    p = para(doc, WD_ALIGN_PARAGRAPH.LEFT)
    ind = OxmlElement("w:ind"); ind.set(qn("w:left"), str(SZ3 * 20)); ind.set(qn("w:right"), str(SZ3 * 20))
    p._p.get_or_add_pPr().append(ind)
    tabs = OxmlElement("w:tabs"); tab = OxmlElement("w:tab"); tab.set(qn("w:val"), "right"); tab.set(qn("w:pos"), str(int((TEXT_W_PT - 2 * SZ3) * 20))); tabs.append(tab)
    p._p.get_or_add_pPr().insert(0, tabs)
    font(p.add_run(dn), FS, SZ3)
    font(p.add_run("\t签发人："), FS, SZ3)
    font(p.add_run("李　明"), KT, SZ3)
    bottom_rule(p, sz=18)
    blank(doc, 1)
    tl = ["关于支持中国（广西）自由贸易试验区", "钦州港片区开展西部陆海新通道", "国际物流创新试点的请示"]
    for t in tl:
        p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(35))
        font(p.add_run(t), XBS, SZ2)
    blank(doc, 1)
    p = para(doc, WD_ALIGN_PARAGRAPH.LEFT)
    font(p.add_run("商务部："), FS, SZ3)
    clauses = []
    t = fw("中国（广西）自由贸易试验区钦州港片区（以下简称钦州港片区）是西部陆海新通道的重要门户港。2023年，钦州港集装箱吞吐量达到802万标箱，开行海铁联运班列9,760列，分别增长14.2%和11.6%。为进一步发挥钦州港片区在“一带一路”有机衔接中的枢纽作用，经自治区人民政府同意，现就支持钦州港片区开展西部陆海新通道国际物流创新试点有关事项请示如下：")
    body(doc, t); clauses.append(t)
    heading1(doc, "一、", "试点主要内容")
    t = "围绕“通道+物流+经贸+产业”一体化发展，重点开展以下试点："
    body(doc, t); clauses.append(t)
    items = ["①推行海铁联运“一单制”，探索赋予多式联运单证物权凭证功能，在钦州港—重庆、钦州港—成都线路先行先试；",
             "②开展RCEP原产地规则下的国际中转集拼业务，允许东盟国家货物在钦州港保税港区内拼箱后转运至日本、韩国；",
             "③建设中国—东盟冷链物流枢纽，对进口东盟水果、冻品实施“两段准入、先放后检”。"]
    for s in items:
        s = fw(s); body(doc, s); clauses.append(s)
    heading1(doc, "二、", "需要支持的事项")
    t = "恳请商务部在以下方面给予支持："
    body(doc, t); clauses.append(t)
    for s in ["（一）将钦州港片区纳入商务部多式联运“一单制”改革试点范围；", "（二）支持在钦州港片区设立中国—东盟跨境供应链服务中心，协调海关总署同意开展国际中转集拼业务；", "（三）在外经贸发展专项资金中对西部陆海新通道物流基础设施建设给予倾斜，2024—2026年每年安排不少于3,000万元。"]:
        s = fw(s); body(doc, s); clauses.append(s)
    heading1(doc, "三、", "自治区配套措施")
    t = fw("自治区将设立10亿元西部陆海新通道发展基金，对新开海铁联运线路按每标箱200元给予运费补贴，补贴期限3年；同时建立由自治区分管领导牵头的试点推进机制，每半年向商务部报送一次试点进展情况。")
    body(doc, t); clauses.append(t)
    t = "妥否，请批示。"
    body(doc, t); clauses.append(t)
    blank(doc, 1)
    p = para(doc, WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent_chars=2)
    font(p.add_run("附件：钦州港片区西部陆海新通道国际物流创新试点实施方案"), FS, SZ3)
    blank(doc, 3)
    date = fw("2024年11月28日")
    signature(doc, name, date, "spacing")
    textbox(doc, [("（联系人：黄　丽，电话：" + fw("0771-2112345") + "）", "left")], 2, height_mm=12)
    banji(doc, [("抄送：自治区人民政府办公厅，钦州市人民政府，中国（广西）自由贸易试验区工作办公室。", None),
                ("广西壮族自治区商务厅办公室", fw("2024年11月28日印发"))])
    out = HERE / (stem + ".docx")
    doc.save(out)
    EXPECTED[stem] = [{
        "meta": {
            "title": "关于支持中国（广西）自由贸易试验区钦州港片区开展西部陆海新通道国际物流创新试点的请示",
            "doc_number": "桂商贸报〔２０２４〕４８号",
            "issuer": ["广西壮族自治区商务厅"],
            "signer": "李明",
            "date": "2024-11-28",
            "level": "provincial",
            "region": "广西壮族自治区（钦州港片区）",
            "effective": None,
            "expires": None,
            "attachments": ["钦州港片区西部陆海新通道国际物流创新试点实施方案"],
            "addressees": "商务部",
        },
        "clauses": clauses,
        "_note": "上行文: 文号 left and '签发人：李　明' right on the same line (tab); the 签发人 must not glue onto the 文号 (文号 must be 桂商贸报〔２０２４〕４８号 exactly, not '…４８号签发人：李明'), and 李　明 is a person, not an issuer. 版头 广西壮族自治区商务厅文件 at 30pt with ~6.8pt w:spacing. 落款 '广西壮族自治区商务厅' expanded with w:spacing to the width of the date ２０２４年１１月２８日 — issuer must still be read as one organ name; PDF text may come out as '广 西 壮 族 …'. 附注 in a text box holds 联系人 (黄　丽) and phone — furniture, not a clause. No effective/expires (a 请示 is not in force). The 2023 figures and 2024—2026 range are not the document's dates. Level provincial.",
    }]
    return out


# ---------------------------------------------------------------------------
# 3. 南宁市商务局 meeting notice titled "通　　知", 落款 via 调整宽度 (w:fitText)
# ---------------------------------------------------------------------------
def doc_meeting():
    stem = "blind106_nanning_meeting"
    doc = Document()
    setup(doc)
    blank(doc, 1)
    name = "南宁市商务局"
    masthead(doc, name, 42, spacing_pt=18)
    blank(doc, 1)
    dn = fw("南商务函〔2024〕65号")
    p = para(doc, WD_ALIGN_PARAGRAPH.RIGHT)
    font(p.add_run(dn), FS, SZ3)
    bottom_rule(p, sz=18)
    blank(doc, 1)
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(35))
    # typed with two ideographic spaces AND expanded 4pt, as many offices do
    font(p.add_run("通　　知"), XBS, SZ2, spacing_pt=4)
    blank(doc, 1)
    p = para(doc, WD_ALIGN_PARAGRAPH.JUSTIFY)
    font(p.add_run("各县（市、区）商务主管部门，中国（广西）自由贸易试验区南宁片区经济发展局，各有关企业："), FS, SZ3)
    clauses = []
    t = fw("为深入推进“一带一路”建设，落实中国—东盟自由贸易区3.0版相关部署，促进我市与东盟国家经贸合作项目落地见效，经市人民政府同意，定于2024年6月6日召开南宁市“一带一路”中国—东盟经贸合作项目推进会。现将有关事项通知如下：")
    body(doc, t); clauses.append(t)
    heading1(doc, "一、", "会议时间", fw("2024年6月6日（星期四）上午9：30，会期半天。"))
    clauses.append(fw("一、　会议时间2024年6月6日（星期四）上午9：30，会期半天。"))
    heading1(doc, "二、", "会议地点", fw("南宁国际会展中心B区2楼B205会议室（南宁市青秀区民族大道11号）。"))
    clauses.append(fw("二、　会议地点南宁国际会展中心B区2楼B205会议室（南宁市青秀区民族大道11号）。"))
    heading1(doc, "三、", "参会人员")
    for s in ["①各县（市、区）商务主管部门分管负责同志1名；", "②南宁片区经济发展局负责同志1名；", "③列入2024年南宁市“一带一路”重点项目清单的企业负责人各1名。"]:
        s = fw(s); body(doc, s); clauses.append(s)
    heading1(doc, "四、", "会议议程")
    for s in ["①通报2024年1—4月全市对东盟进出口及重点项目推进情况；", "②南宁片区介绍中国—东盟跨境产能合作园区招商政策；", "③重点企业代表发言；", "④市领导讲话。"]:
        s = fw(s); body(doc, s); clauses.append(s)
    heading1(doc, "五、", "有关要求")
    for s in [fw("（一）请各单位于2024年6月3日17：00前将参会回执（见附件）报送至市商务局对外经济合作科邮箱") + "nnswj_dwhz@163.com，逾期视为不参会。", "（二）参会企业请准备项目进展情况材料1份（A4纸，不超过2页），会前交会务组。", "（三）请参会人员着正装，提前15分钟入场。"]:
        s = s if "@" in s else fw(s); body(doc, s); clauses.append(s)
    # spaced labels in the contact block, as offices line them up
    p = para(doc, WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent_chars=2)
    font(p.add_run("联 系 人："), FS, SZ3)
    font(p.add_run("张　伟，电话：" + fw("0771-5551234")), FS, SZ3)
    p = para(doc, WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent_chars=2)
    font(p.add_run("传　　真："), FS, SZ3)
    font(p.add_run(fw("0771-5551235")), FS, SZ3)
    clauses.append("联系人：张　伟，电话：" + fw("0771-5551234"))
    clauses.append("传真：" + fw("0771-5551235"))
    blank(doc, 1)
    p = para(doc, WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent_chars=2)
    font(p.add_run("附件：参会回执"), FS, SZ3)
    blank(doc, 3)
    date = fw("2024年5月20日")
    signature(doc, name, date, "fit")
    textbox(doc, [("（此件依申请公开）", "left")], 3, height_mm=12)
    banji(doc, [("南宁市商务局办公室", fw("2024年5月20日印发"))])
    # 附件 page: 参会回执 (a form)
    p = doc.add_paragraph()
    p.add_run().add_break(__import__("docx").enum.text.WD_BREAK.PAGE)
    p = para(doc, WD_ALIGN_PARAGRAPH.LEFT)
    font(p.add_run("附件"), HT, SZ3)
    blank(doc, 1)
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(35))
    font(p.add_run("参　会　回　执"), XBS, SZ2)
    blank(doc, 1)
    tbl = doc.add_table(rows=4, cols=4)
    tbl.style = "Table Grid"
    hdr = ["单位名称", "姓　　名", "职　　务", "联系电话"]
    for i, h in enumerate(hdr):
        c = tbl.rows[0].cells[i]
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        font(c.paragraphs[0].add_run(h), HT, SZ4)
    out = HERE / (stem + ".docx")
    doc.save(out)
    EXPECTED[stem] = [{
        "meta": {
            "title": "通知",
            "doc_number": "南商务函〔２０２４〕６５号",
            "issuer": ["南宁市商务局"],
            "date": "2024-05-20",
            "level": "municipal",
            "region": "广西壮族自治区南宁市",
            "effective": None,
            "expires": None,
            "attachments": ["参会回执"],
            "addressees": "各县（市、区）商务主管部门，中国（广西）自由贸易试验区南宁片区经济发展局，各有关企业",
        },
        "clauses": clauses,
        "_note": "Title is the bare word '通　　知' (two U+3000 plus 4pt w:spacing) — '通知' is right, '通　　知' tolerable (low), a title taken from the body or 主送 is wrong. 2024年6月6日 is the meeting date and 2024年6月3日 a deadline, not 成文日期 (２０２４年５月２０日). 落款 南宁市商务局 uses Word's 调整宽度 (w:fitText to the date's width) — issuer must read 南宁市商务局. Headings 一、　会议时间 carry their content in the same paragraph (黑体 label + 仿宋 text, no punctuation between) — one clause each; splitting label from text is tolerable. 联 系 人／传　　真 labels spaced with ASCII/U+3000 spaces: clause text may keep the spaces (low). 附注 （此件依申请公开） in a text box = furniture. 附件 page: 参会回执 blank form (header row 单位名称|姓　　名|职　　务|联系电话, empty rows) — no clauses expected; a header-only row is tolerable (low). 版记 has only the 印发 line.",
    }]
    return out


if __name__ == "__main__":
    outs = [doc_nanning(), doc_guangxi(), doc_meeting()]
    for o in outs:
        to_pdf(o)
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=2), encoding="utf-8")
    print("wrote", [o.name for o in outs])
