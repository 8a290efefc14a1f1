# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 940: 市政府办公室（厅）印发外商投资促进实施细则的通知 (Belt and Road logistics hubs).

Writes three Word files, their PDFs (LibreOffice) and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
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
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT
IND = "\u3000\u3000"

expected = {}


# ------------------------------------------------------------------ helpers
def font(run, name=FS, size=16, bold=False, color=None, scale=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    if scale is not None:  # character scaling, as clerks squeeze long 版头
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(32)
    else:
        pf.first_line_indent = Pt(0)
    return p


def par(doc, runs, **kw):
    """runs: str or list of tuples (text, font, size, bold[, color[, scale]])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        scale = r[5] if len(r) > 5 else None
        font(p.add_run(text), name, size, bold, color, scale)
    fmt(p, **kw)
    return p


def lines_par(doc, pieces, name=XBS, size=22, **kw):
    """One paragraph, pieces separated by manual line breaks (Shift+Enter)."""
    p = doc.add_paragraph()
    for i, t in enumerate(pieces):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(t), name, size)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def field_run(p, instr, name=SONG, size=14):
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), name, size)
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, left="— ", right=" —"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    fp = s.footer.paragraphs[0]
    fp.alignment = CENTER
    font(fp.add_run(left), SONG, 14)
    field_run(fp, "PAGE")
    font(fp.add_run(right), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules, pushed to the end with empty lines."""
    empty(doc, 2)
    p = par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                   (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_940", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


class Body:
    """Adds content paragraphs to the document and records them as clauses."""

    def __init__(self, doc, typed_indent=False):
        self.doc = doc
        self.clauses = []
        self.typed = typed_indent  # indent with typed full-width spaces

    def para(self, text, **kw):
        self.clauses.append(text)
        if self.typed:
            return par(self.doc, IND + text, indent=False, **kw)
        return par(self.doc, text, **kw)

    def chapter(self, t):
        p = par(self.doc, [(t, HT, 16, False)], align=CENTER, indent=False,
                before=6, after=6)
        p.paragraph_format.keep_with_next = True
        return p

    def section(self, t):
        p = par(self.doc, [(t, KT, 16, True)], align=CENTER, indent=False)
        p.paragraph_format.keep_with_next = True
        return p

    def article(self, label, sep, text, items=(), tail=(), label_font=HT,
                soft_items=False):
        """第X条 with its own items / paragraphs; one clause for all of it."""
        clause = label + sep + text + "".join(items) + "".join(tail)
        self.clauses.append(clause)
        runs = [(IND, FS, 16, False)] if self.typed else []
        runs += [(label, label_font, 16, False), (sep + text, FS, 16, False)]
        p = par(self.doc, runs, indent=not self.typed)
        if soft_items:  # items typed with Shift+Enter inside the article paragraph
            for it in items:
                p.add_run().add_break(WD_BREAK.LINE)
                font(p.add_run(IND + it), FS, 16)
            items = ()
        for it in list(items) + list(tail):
            if self.typed:
                par(self.doc, IND + it, indent=False)
            else:
                par(self.doc, it)
        return p


# =================================================================== DOC A
def doc_qinzhou():
    """钦州：红头文件，通知后另起一页印细则（章/节/条），版记在最后。"""
    stem = "blind940_qinzhou_xize"
    doc = Document()
    setup(doc)
    B = Body(doc)

    par(doc, [("钦州市人民政府办公室文件", XBS, 38, False, RED, 82)],
        align=CENTER, indent=False, line=60)
    empty(doc, 1, line=20)
    p = par(doc, "钦政办规〔2026〕3号", align=CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed over three paragraphs, broken at odd places
    for t in ("钦州市人民政府办公室关于印发中国", "（广西）自由贸易试验区钦州港片区外商",
              "投资促进实施细则的通知"):
        par(doc, [(t, XBS, 22, False)], align=CENTER, indent=False, line=34)
    empty(doc, 1, line=20)
    recips = ["各县、区人民政府", "市政府各部门",
              "中国（广西）自由贸易试验区钦州港片区管理委员会"]
    par(doc, "，".join(recips) + "：", indent=False)
    B.para("《中国（广西）自由贸易试验区钦州港片区外商投资促进实施细则》已经市人民政府同意，"
           "现印发给你们，请认真贯彻执行。")
    B.para("执行中遇到的问题，请及时向市商务局反映。")
    empty(doc, 2)
    p = par(doc, "钦州市人民政府办公室", align=RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    p = par(doc, "2026年3月18日", align=RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    par(doc, "（此件公开发布）")

    # ---- the 细则 starts on a new page after the 落款
    page_break(doc)
    lines_par(doc, ["中国（广西）自由贸易试验区钦州港片区", "外商投资促进实施细则"],
              align=CENTER, indent=False, line=36)
    empty(doc, 1)
    S = "\u3000"
    B.chapter("第一章　总　则")
    B.article("第一条", S, "为贯彻落实《中华人民共和国外商投资法》及其实施条例，加快建设西部陆海新通道"
              "国际门户港，推动中国（广西）自由贸易试验区钦州港片区（以下简称片区）高水平对外开放，"
              "结合片区实际，制定本细则。")
    B.article("第二条", S, "本细则适用于在片区依法注册登记、实行独立核算的外商投资企业，以及在片区"
              "开展外商投资促进活动的境内外机构。")
    B.article("第三条", S, "市商务局负责本细则的组织实施和统筹协调，片区管委会负责项目受理、审核和"
              "资金兑现，市财政局负责资金保障和监督管理。")
    B.chapter("第二章　支持措施")
    B.section("第一节　招商引资奖励")
    B.article("第四条", S, "对新设立的外商投资企业，实际到资额（以外汇管理部门登记数据为准）达到"
              "1000万美元的，按实际到资额的1%给予落户奖励，单个企业最高不超过500万元人民币。")
    B.article("第五条", S, "对现有外商投资企业增资扩股，年度新增实际到资额达到500万美元的，按新增"
              "实际到资额的0.8%给予增资奖励，单个企业每年最高不超过300万元人民币。")
    B.article("第六条", S, "对引进外商投资项目的中介机构（国家机关及其工作人员除外），按项目实际到资额"
              "给予奖励：",
              items=["（一）实际到资额1000万美元以上不满5000万美元的，奖励10万元；",
                     "（二）实际到资额5000万美元以上的，奖励30万元。"],
              tail=["同一项目只奖励一次。"])
    B.section("第二节　物流通道支持")
    B.article("第七条", S, "对在片区新设立区域分拨中心，经西部陆海新通道海铁联运班列年发运量达到"
              "2000标准箱的外商投资物流企业，按每标准箱200元给予运营补贴，单个企业每年最高不超过"
              "200万元。")
    B.article("第八条", S, "支持外商投资企业在东盟国家布局海外仓、集拼中心，对租用或自建面积达到"
              "3000平方米的，按实际投资额的10%给予一次性补助，最高不超过100万元。")
    B.article("第九条", S, "对外商投资企业新开通钦州港至东盟及共建“一带一路”国家港口的集装箱航线，"
              "年度航班达到48班次的，给予航线开辟奖励50万元；达到96班次的，奖励100万元。")
    B.chapter("第三章　申报与管理")
    B.article("第十条", S, "本细则奖励资金实行年度申报制度。符合条件的企业于每年3月31日前向片区管委会"
              "提出申请，片区管委会会同市商务局、市财政局审核后，按程序拨付资金。")
    B.article("第十一条", S, "同一企业同一事项符合本细则和其他同类政策规定的，按照“从高、不重复”原则"
              "执行。")
    B.article("第十二条", S, "企业以虚报、冒领等手段骗取奖励资金的，由片区管委会追回已拨付资金，三年内"
              "取消其申报资格；涉嫌犯罪的，依法移送司法机关处理。")
    B.chapter("第四章　附　则")
    B.article("第十三条", S, "本细则由市商务局负责解释。")
    B.article("第十四条", S, "本细则自2026年4月20日起施行，有效期至2028年4月19日。施行期间如遇国家、"
              "自治区相关政策调整的，从其规定。")
    banji(doc, "抄送：市委各部门，钦州军分区，市人大常委会办公室，市政协办公室，市中级人民法院，"
               "市人民检察院。",
          "钦州市人民政府办公室", "2026年3月19日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "钦州市人民政府办公室关于印发中国（广西）自由贸易试验区钦州港片区外商投资促进"
                     "实施细则的通知",
            "doc_number": "钦政办规〔2026〕3号",
            "issuer": ["钦州市人民政府办公室"],
            "date": "2026-03-18",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": "2026-04-20",
            "expires": "2028-04-19",
            "attachments": [],
            "doc_type": "通知",
            "recipients": recips,
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": B.clauses,
    }]
    return path


# ------------------------------------------------------------ text box
def textbox_par(doc, lines, width_cm=7.2, height_cm=2.6, x_cm=8.2):
    """An anchored DrawingML text box (as clerks do for 落款 + seal)."""
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
    emu = 360000
    cx, cy, x = int(width_cm * emu), int(height_cm * emu), int(x_cm * emu)
    inner = ""
    for t in lines:
        inner += ('<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/>'
                  '</w:pPr><w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/>'
                  '<w:sz w:val="32"/></w:rPr><w:t>{t}</w:t></w:r></w:p>').format(f=FS, t=t)
    xml = (
        '<w:r %s><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" '
        'simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>60000</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapNone/><wp:docPr id="11" name="文本框 11"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" '
        'anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        '</wp:anchor></w:drawing></w:r>' % (ns, x, cx, cy, cx, cy, inner))
    # the clerk types empty lines and drops a floating text box over them
    empty(doc, 1)
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p._p.append(parse_xml(xml))
    empty(doc, len(lines))
    return p


# =================================================================== DOC B
def doc_wulumuqi():
    """乌鲁木齐：信函式版头（武文线），份号，空格缩进，落款在文本框中，汉字日期，
    细则紧接落款在同一页续排，软回车分项，半角标点混用，附则废止旧文件。"""
    stem = "blind940_wulumuqi_xize"
    doc = Document()
    setup(doc)
    B = Body(doc, typed_indent=True)

    par(doc, [("000086", HT, 16, False)], indent=False)
    par(doc, [("乌鲁木齐市人民政府办公厅", XBS, 36, False, RED)],
        align=CENTER, indent=False, line=56, before=6)
    p = par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 36, 1, val="thickThinMediumGap")
    p = par(doc, "乌政办〔2025〕126号", align=RIGHT, indent=False, before=6)
    # title typed as three lines with Shift+Enter, broken mid-phrase
    lines_par(doc, ["乌鲁木齐市人民政府办公厅关于印发《中国",
                    "（新疆）自由贸易试验区乌鲁木齐片区外商",
                    "投资促进实施细则》的通知"], align=CENTER, indent=False, line=34)
    recips = ["各区（县）人民政府（管委会）", "市人民政府各委、办、局", "各有关单位"]
    par(doc, "，".join(recips) + "：", indent=False)
    B.para("《中国（新疆）自由贸易试验区乌鲁木齐片区外商投资促进实施细则》已经市人民政府第42次常务会议"
           "研究同意，现印发给你们，请结合实际，认真组织实施。")
    textbox_par(doc, ["乌鲁木齐市人民政府办公厅", "二〇二五年十二月八日"], height_cm=2.2)
    par(doc, IND + "（此件主动公开）", indent=False)
    empty(doc, 1)

    # ---- 细则 typed straight on after the 落款, same page
    par(doc, [("中国（新疆）自由贸易试验区乌鲁木齐片区", XBS, 22, False)],
        align=CENTER, indent=False, line=36)
    par(doc, [("外商投资促进实施细则", XBS, 22, False)], align=CENTER, indent=False, line=36)
    empty(doc, 1)
    S = "\u3000"
    B.chapter("第一章　总则")
    B.article("第一条", S, "为进一步扩大高水平对外开放，加快建设丝绸之路经济带核心区和中欧班列（乌鲁木齐）"
              "集结中心，根据《中华人民共和国外商投资法》《中国（新疆）自由贸易试验区总体方案》等规定，"
              "结合乌鲁木齐片区（以下简称片区）实际，制定本细则。")
    B.article("第二条", S, "本细则所称外商投资企业，是指在片区注册登记、具有独立法人资格，且外国投资者"
              "持股比例不低于25%的企业。")
    B.article("第三条", S, "外商投资促进工作坚持市场主导、政府推动、依法规范、精准服务的原则，重点支持"
              "国际物流、跨境电商、商贸服务、先进制造等领域。")
    B.chapter("第二章　支持政策")
    B.article("第四条", S, "对新引进的外商投资企业，按照当年实际到资额分档给予一次性奖励：",
              items=["（一）实际到资额500万美元（含）至2000万美元的，奖励50万元；",
                     "（二）实际到资额2000万美元（含）至5000万美元的，奖励150万元；",
                     "（三）实际到资额5000万美元(含)以上的，奖励300万元。"],
              soft_items=True)
    B.article("第五条", "  ", "对外商投资企业依托中欧班列（乌鲁木齐）开展国际货运代理、多式联运业务，"
              "年度组织班列货源达到100列的，给予一次性奖励80万元；达到200列的，奖励150万元。")
    B.article("第六条", S, "支持外商投资企业在霍尔果斯、阿拉山口等口岸及中亚、欧洲国家布局海外仓和分拨"
              "中心，按其境外仓储设施实际投资额的15%给予补助，单个企业最高不超过200万元。")
    B.article("第七条", S, "外商投资企业租用片区标准厂房、仓储设施的，自投产运营之日起3年内，按实际租金"
              "的50%给予补贴，每年最高不超过100万元。")
    B.chapter("第三章　服务保障")
    B.article("第八条", S, "建立外商投资企业服务专员制度，为重点外资项目提供全流程代办服务。对外商投资"
              "企业反映的问题，应当在5个工作日内予以回应。")
    B.article("第九条", S, "完善外商投资企业投诉工作机制，依法保护外国投资者和外商投资企业的合法权益。")
    B.chapter("第四章　附则")
    B.article("第十条", S, "本细则规定的奖励、补贴资金由市、区两级财政按5:5比例分担。")
    B.article("第十一条", S, "本细则由市商务局负责解释。")
    B.article("第十二条", S, "本细则自2026年1月1日起施行，有效期至2027年12月31日。《乌鲁木齐市鼓励外商"
              "投资若干措施（试行）》（乌政办〔2022〕45号）同时废止。")
    banji(doc, "抄送：市委办公厅，市人大常委会办公厅，市政协办公厅，乌鲁木齐海关。",
          "乌鲁木齐市人民政府办公厅", "2025年12月9日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "乌鲁木齐市人民政府办公厅关于印发《中国（新疆）自由贸易试验区乌鲁木齐片区外商投资"
                     "促进实施细则》的通知",
            "doc_number": "乌政办〔2025〕126号",
            "issuer": ["乌鲁木齐市人民政府办公厅"],
            "date": "2025-12-08",
            "published": None,
            "level": "municipal",
            "region": "乌鲁木齐市",
            "effective": "2026-01-01",
            "expires": "2027-12-31",
            "attachments": [],
            "doc_type": "通知",
            "recipients": recips,
            "publicity": "此件主动公开",
            "repeals": "《乌鲁木齐市鼓励外商投资若干措施（试行）》（乌政办〔2022〕45号）",
        },
        "clauses": B.clauses,
    }]
    return path


# =================================================================== DOC C
def doc_lianyungang():
    """连云港：网站公开版（无红头、无版记），发布日期行，文号在标题下，落款用制表位，
    细则续排（章/节/条），条内 1. 2. 分项，附件另页：合并表头、纵向合并单元格、表注。"""
    stem = "blind940_lianyungang_xize"
    doc = Document()
    setup(doc, "- ", " -")
    B = Body(doc)

    par(doc, [("发布日期：2026年5月20日", SONG, 10.5, False)], align=RIGHT, indent=False, line=18)
    empty(doc, 1)
    lines_par(doc, ["连云港市人民政府办公室关于印发", "连云港市中哈物流合作基地外商投资促进",
                    "实施细则的通知"], align=CENTER, indent=False, line=34)
    par(doc, [("连政办规〔2026〕5号", KT, 16, False)], align=CENTER, indent=False, before=6)
    empty(doc, 1)
    recips = ["各县、区人民政府", "市开发区、徐圩新区、连云港高新区、云台山景区管委会",
              "市各委、办、局", "市各直属单位"]
    par(doc, "，".join(recips) + "：", indent=False)
    B.para("《连云港市中哈物流合作基地外商投资促进实施细则》已经市政府同意，现印发给你们，"
           "请认真贯彻落实。")
    empty(doc, 1)
    for t in ("连云港市人民政府办公室", "2026年5月12日"):
        p = par(doc, [("\t", FS, 16, False), (t, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(11.6), 1)  # center tab under seal
    par(doc, "（此件公开发布）")
    empty(doc, 1)

    lines_par(doc, ["连云港市中哈物流合作基地", "外商投资促进实施细则"],
              align=CENTER, indent=False, line=34)
    empty(doc, 1)
    S = "\u3000"
    B.chapter("第一章　总　则")
    B.article("第一条", S, "为深入推进中哈（连云港）物流合作基地建设，发挥新亚欧大陆桥经济走廊东方起点"
              "作用，吸引外资集聚港口物流产业，根据国家和江苏省有关规定，结合本市实际，制定本细则。")
    B.article("第二条", S, "本细则适用于在中哈（连云港）物流合作基地、上合组织（连云港）国际物流园及"
              "中国（江苏）自由贸易试验区连云港片区范围内注册的外商投资企业。")
    B.chapter("第二章　鼓励措施")
    B.section("第一节　项目落户")
    B.article("第三条", S, "对新设立的外商投资企业，根据其实际到资额给予落户奖励，具体标准见附件。")
    B.article("第四条", S, "外商投资企业在本市设立的区域总部、结算中心，经市商务局认定后，按其对地方"
              "经济贡献给予连续3年奖励，前2年按100%、第3年按50%予以奖励。")
    B.section("第二节　通道运营")
    B.article("第五条", S, "对外商投资企业经连云港港开展中亚、欧洲过境集装箱运输业务的，按年度过境箱量"
              "给予奖励：",
              items=["1.年度过境箱量5000标准箱以上的，每标准箱奖励30元；",
                     "2.年度过境箱量1万标准箱以上的，每标准箱奖励50元。"],
              tail=["单个企业年度奖励最高不超过300万元。"])
    B.article("第六条", S, "支持外商投资企业参与“连新亚”“连霍”等国际班列运营，对新开通至中亚、欧洲"
              "国际班列线路并常态化运行满1年的，给予一次性奖励50万元。")
    B.chapter("第三章　资金管理")
    B.article("第七条", S, "奖励资金从市级商务发展专项资金中列支，实行“一年一申报、一年一兑现”。")
    B.article("第八条", S, "企业应当对申报材料的真实性负责。对弄虚作假骗取奖励资金的，依法追回，并纳入"
              "公共信用信息系统。")
    B.chapter("第四章　附　则")
    B.article("第九条", S, "本细则由市商务局会同市财政局负责解释。")
    B.article("第十条", S, "本细则自2026年6月1日起施行，有效期至2028年5月31日。")
    empty(doc, 1)
    att = "连云港市外商投资项目落户奖励标准"
    par(doc, "附件：" + att)

    # ---- 附件 on its own page
    page_break(doc)
    par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    par(doc, [(att, XBS, 20, False)], align=CENTER, indent=False, line=36)
    par(doc, [("单位：万美元、万元", FS, 12, False)], align=RIGHT, indent=False, line=22)

    rows = [
        ["1", "国际物流、多式联运", "1000（含）—3000", "50", "新增到资额的0.5%"],
        ["2", "国际物流、多式联运", "3000（含）以上", "150", "新增到资额的0.8%"],
        ["3", "跨境电商、供应链管理", "500（含）—2000", "30", "新增到资额的0.5%"],
        ["4", "跨境电商、供应链管理", "2000（含）以上", "100", "新增到资额的0.8%"],
        ["5", "临港先进制造", "3000（含）以上", "200", "新增到资额的1%"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.4), Cm(4.2), Cm(3.6), Cm(2.6), Cm(3.6)]
    for r in t.rows:
        for c, w in zip(r.cells, widths):
            c.width = w
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for i, h in enumerate(["序号", "产业类别", "实际到资额"]):
        m = h0[i].merge(h1[i])
        set_cell(m, h, HT, 12)
    m = h0[3].merge(h0[4])
    set_cell(m, "奖励标准", HT, 12)
    set_cell(t.rows[1].cells[3], "落户奖励", HT, 12)
    set_cell(t.rows[1].cells[4], "增资奖励", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            if ci == 1 and ri % 2 == 1 and ri < 6:
                continue  # second row of a vertically merged category cell
            set_cell(t.rows[ri].cells[ci], v)
    # vertical merges for the category column (rows 1-2 and 3-4)
    for top in (2, 4):
        m = t.rows[top].cells[1].merge(t.rows[top + 1].cells[1])
        set_cell(m, rows[top - 2][1])
    heads = ["序号", "产业类别", "实际到资额", "奖励标准／落户奖励", "奖励标准／增资奖励"]
    for row in rows:
        B.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
    n1 = "注：1.实际到资额以外汇管理部门登记数据为准，按到资当日汇率折算。"
    n2 = "2.增资奖励单个企业每年最高不超过300万元。"
    p = par(doc, [(n1, FS, 12, False)], indent=False, line=22, before=6)
    B.clauses.append(n1)
    p = par(doc, [(n2, FS, 12, False)], indent=False, line=22)
    p.paragraph_format.left_indent = Pt(36)
    B.clauses.append(n2)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "连云港市人民政府办公室关于印发连云港市中哈物流合作基地外商投资促进实施细则的通知",
            "doc_number": "连政办规〔2026〕5号",
            "issuer": ["连云港市人民政府办公室"],
            "date": "2026-05-12",
            "published": "2026-05-20",
            "level": "municipal",
            "region": "连云港市",
            "effective": "2026-06-01",
            "expires": "2028-05-31",
            "attachments": [att],
            "doc_type": "通知",
            "recipients": recips,
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": B.clauses,
    }]
    return path


def main():
    paths = [doc_qinzhou(), doc_wulumuqi(), doc_lianyungang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
