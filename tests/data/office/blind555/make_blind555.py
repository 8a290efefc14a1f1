# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 555: 征求意见公告 + 征求意见稿 + 起草说明 + 意见反馈表."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"

PPR_AFTER_BDR = ('w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap',
                 'w:overflowPunct', 'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN',
                 'w:bidi', 'w:adjustRightInd', 'w:snapToGrid', 'w:spacing', 'w:ind',
                 'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc',
                 'w:textDirection', 'w:textAlignment', 'w:textboxTightWrap',
                 'w:outlineLvl', 'w:divId', 'w:cnfStyle', 'w:rPr', 'w:sectPr', 'w:pPrChange')


# ---------------------------------------------------------------- helpers
def fnt(run, name, size=16, bold=False, color=None, ascii_name=None):
    run.font.name = ascii_name or name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.get_or_add_rFonts()
    rf.set(qn('w:eastAsia'), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def new_doc():
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = d.styles['Normal']
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), FS)
    # page number footer "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    fnt(r, SONG, 14, ascii_name=SONG)
    fld = parse_xml('<w:fldSimple %s w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="28"/></w:rPr>'
                    '<w:t>1</w:t></w:r></w:fldSimple>' % nsdecls('w'))
    fp._p.append(fld)
    r = fp.add_run(" —")
    fnt(r, SONG, 14, ascii_name=SONG)
    return d


def P(d, runs, indent=True, align=None, spacing=28, first=None, left=None):
    """runs: list of (text, font, bold[, size[, color]]) ; '\n' in text -> soft line break.
    Returns the plain text with '\n' kept for soft breaks."""
    p = d.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(spacing)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(32)
    if left is not None:
        pf.left_indent = left
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j' or align is None:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'l':
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    out = ""
    for item in runs:
        text, font, bold = item[0], item[1], item[2]
        size = item[3] if len(item) > 3 else 16
        color = item[4] if len(item) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            fnt(r, font, size, bold, color)
            if i < len(parts) - 1:
                r.add_break()
        out += text
    P.last = p
    return out


def body(d, text, **kw):
    return P(d, [(text, FS, False)], **kw)


def empty(d, n=1):
    for _ in range(n):
        P(d, [("", FS, False)], indent=False)


def heading(d, text, font=HT, bold=False, indent=True):
    P(d, [(text, font, bold)], indent=indent)


def title(d, lines, size=22):
    for ln in lines:
        P(d, [(ln, XBS, False, size)], indent=False, align='c', spacing=34)


def red_line(p, color="FF0000", sz=18):
    pPr = p._p.get_or_add_pPr()
    bdr = parse_xml('<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="4" w:color="%s"/></w:pBdr>'
                    % (nsdecls('w'), sz, color))
    pPr.insert_element_before(bdr, *PPR_AFTER_BDR)


def cell_text(cell, text, font=FS, size=12, bold=False, align='c'):
    p = cell.paragraphs[0]
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'l':
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        fnt(r, font, size, bold)
        if i < len(parts) - 1:
            r.add_break()


def data_table(d, header, rows, clauses, size=12, widths=None, aligns=None):
    t = d.add_table(rows=1 + len(rows), cols=len(header))
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.rows[0].cells[j], h, HT, size)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            al = aligns[j] if aligns else 'c'
            cell_text(t.rows[i + 1].cells[j], v, FS, size, align=al)
        clauses.append("；".join("%s：%s" % (h, v.replace("\n", "")) for h, v in zip(header, row)))
    if widths:
        set_widths(t, widths)
    return t


def layout_table(d, rows, font=FS, size=16, widths=None, aligns=None):
    """Borderless table used for layout (落款, 附件 lists, metadata)."""
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            al = aligns[j] if aligns else 'c'
            cell_text(t.rows[i].cells[j], v, font, size, align=al)
    if widths:
        set_widths(t, widths)
    return t


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn('w:gridCol')), widths):
        gc.set(qn('w:w'), str(int(w * 567)))
    for row in t.rows:
        for j, w in enumerate(widths):
            if j < len(row.cells):
                row.cells[j].width = Cm(w)


def page_break(d):
    d.add_page_break()


_NUM_COUNTER = [60]


def make_numbering(d, fmt="chineseCounting", lvl_text="（%1）", font=FS):
    """Create a new single-level list (own abstractNum, restarts at 1). Returns numId."""
    numbering = d.part.numbering_part.element
    nid = _NUM_COUNTER[0]
    _NUM_COUNTER[0] += 1
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:suff w:val="nothing"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls('w'), nid, fmt, lvl_text, font, font, font))
    nums = numbering.findall(qn('w:num'))
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                    % (nsdecls('w'), nid, nid))
    numbering.append(num)
    return nid


def numbered(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id


def art(d, no, text, clauses, soft=None, font_no=HT, bold_no=False):
    """Article: '第X条' in its own run, full-width space, text. soft = substring after which a
    soft line break is inserted (mid-sentence, joined in the key)."""
    t = text
    if soft:
        i = t.index(soft) + len(soft)
        t = t[:i] + "\n" + t[i:]
    P(d, [(no, font_no, bold_no), ("　" + t, FS, False)])
    clauses.append(no + "　" + text)


def meta(title_, doc_number, issuer, date, published, level, region, doc_type,
         effective=None, expires=None, attachments=None, recipients=None,
         publicity=None, repeals=None):
    return {
        "title": title_, "doc_number": doc_number, "issuer": issuer, "date": date,
        "published": published, "level": level, "region": region,
        "effective": effective, "expires": expires, "attachments": attachments or [],
        "doc_type": doc_type, "recipients": recipients or [], "publicity": publicity,
        "repeals": repeals,
    }


def save(d, stem):
    path = os.path.join(HERE, stem + ".docx")
    d.save(path)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_555", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ====================================================================== file 1: Xiamen
def xiamen():
    stem = "blind555_xiamen_gonggao"
    d = new_doc()
    X_BAN = "厦门市跨境电子商务发展专项资金管理办法"
    DRAFT = X_BAN + "（征求意见稿）"
    issuer = ["厦门市商务局", "厦门市财政局"]
    DATE = "2026-03-13"
    att = [DRAFT, "《%s》起草说明" % DRAFT, "意见反馈表"]
    docs = []

    # --- 红头 (letter-spaced, two organs stacked) + red line
    P(d, [("厦 门 市 商 务 局", XBS, False, 36, "FF0000")], indent=False, align='c', spacing=44)
    P(d, [("厦 门 市 财 政 局", XBS, False, 36, "FF0000")], indent=False, align='c', spacing=44)
    empty(d)
    red_line(P.last)
    empty(d)
    # title split over two paragraphs
    title(d, ["关于公开征求《厦门市跨境电子商务发展", "专项资金管理办法（征求意见稿）》", "意见的公告"])
    empty(d)
    c = []
    c.append(body(d, "为进一步规范跨境电子商务发展专项资金管理，提高资金使用效益，推动中国（厦门）跨境电子商务综合试验区高质量发展，市商务局会同市财政局起草了《厦门市跨境电子商务发展专项资金管理办法（征求意见稿）》。根据《公平竞争审查条例》《厦门市行政规范性文件管理办法》等有关规定，现向社会公开征求意见，有关事项公告如下："))
    heading(d, "一、征求意见时间")
    c.append(body(d, "2026年3月16日至2026年4月15日（共31日）。"))
    heading(d, "二、反馈方式")
    c.append(body(d, "社会各界可通过以下方式提出意见建议："))
    # two items in ONE paragraph separated by a soft line break
    t = body(d, "（一）电子邮件：请将意见发送至xmsw_dzswc@xm.gov.cn，邮件主题请注明“跨境电商专项资金管理办法意见反馈”。\n"
                "（二）信函：请寄至厦门市思明区湖滨北路61号市行政中心西一楼厦门市商务局电子商务处（邮政编码：361012），并在信封上注明“意见征集”字样。")
    c.extend(t.split("\n"))
    c.append(body(d, "（三）传真：0592-5055217。"))
    heading(d, "三、有关要求")
    c.append(body(d, "（一）请在反馈意见时注明真实姓名（单位名称）和联系方式，以便进一步沟通联系。"))
    c.append(body(d, "（二）意见建议应围绕征求意见稿内容提出，并尽量说明理由和依据。对于涉及市场准入和退出、商品和要素自由流动、影响生产经营成本、影响生产经营行为等公平竞争方面的意见，请在意见反馈表中予以单独标注。"))
    c.append(body(d, "（三）我们将认真研究收到的意见建议，对合理意见予以吸收采纳，并通过适当方式反馈采纳情况。"))
    c.append(body(d, "联系人：林先生，联系电话：0592-5055216。"))
    empty(d)
    body(d, "附件：1．" + att[0])
    body(d, "　　　2．" + att[1])
    body(d, "　　　3．" + att[2])
    empty(d, 2)
    # 落款 in a borderless layout table
    layout_table(d, [["厦门市商务局", "厦门市财政局"], ["", "2026年3月13日"]], widths=[8, 8])
    empty(d)
    body(d, "（此件公开发布）")
    docs.append({"meta": meta(
        "关于公开征求《厦门市跨境电子商务发展专项资金管理办法（征求意见稿）》意见的公告",
        None, issuer, DATE, None, "municipal", "厦门市", "公告", attachments=att,
        publicity="此件公开发布"), "clauses": c})

    # --- 附件1: 征求意见稿
    page_break(d)
    P(d, [("附件1", HT, False)], indent=False, align='l')
    empty(d)
    title(d, [X_BAN])
    P(d, [("（征求意见稿）", KT, False)], indent=False, align='c')
    empty(d)
    c = []

    def chap(t):
        P(d, [(t, HT, False)], indent=False, align='c')

    chap("第一章　总则")
    art(d, "第一条", "为加快推进中国（厦门）跨境电子商务综合试验区建设，规范跨境电子商务发展专项资金（以下简称专项资金）管理，提高资金使用效益，根据《中华人民共和国预算法》《厦门市市级财政专项资金管理办法》等有关规定，结合本市实际，制定本办法。", c)
    art(d, "第二条", "本办法所称专项资金，是指由市级财政预算安排，用于支持本市跨境电子商务主体培育、公共服务平台建设、海外仓布局、人才培养等方面的资金。", c)
    art(d, "第三条", "专项资金的管理和使用遵循公开透明、公平竞争、突出重点、绩效导向的原则，不得用于对特定经营者给予选择性、差异化的奖励或者补贴。", c, soft="公平竞争、")
    art(d, "第四条", "有关部门按照职责分工做好专项资金管理工作：", c)
    for t in ["（一）市商务局负责提出专项资金年度预算建议，编制年度申报指南，组织项目申报、审核、公示和绩效自评；",
              "（二）市财政局负责专项资金预算管理，会同市商务局下达资金，组织开展财政重点绩效评价；",
              "（三）各区商务主管部门负责本辖区项目的宣传、受理、初审和日常监管。"]:
        c.append(body(d, t))
    chap("第二章　支持范围和标准")
    art(d, "第五条", "在本市依法登记注册、具有独立法人资格、信用状况良好的跨境电子商务企业、跨境电子商务平台企业、跨境电子商务服务企业等，可按照本办法申请专项资金支持。", c)
    art(d, "第六条", "专项资金重点支持以下事项：", c)
    for t in ["（一）跨境电子商务企业通过海关跨境电子商务监管方式（9610、9710、9810、1210）开展进出口业务；",
              "（二）跨境电子商务公共海外仓的建设和运营；",
              "（三）跨境电子商务产业园区、公共服务平台提升服务能力；",
              "（四）跨境电子商务人才培训和品牌推广活动；",
              "（五）市人民政府确定的其他支持事项。"]:
        c.append(body(d, t))
    art(d, "第七条", "专项资金具体支持标准如下表所列。同一企业同一年度获得的专项资金支持总额不超过300万元。", c)
    data_table(d, ["序号", "支持事项", "支持标准", "年度上限"], [
        ["1", "跨境电商进出口业务", "按企业通过跨境电子商务监管方式申报的年度进出口额给予每美元0.01元人民币支持", "100万元"],
        ["2", "公共海外仓建设", "对经认定的公共海外仓，按仓储面积、实际投入等给予不超过实际投资额20%的支持", "200万元"],
        ["3", "公共服务平台", "按平台年度服务企业数量和服务成效分档给予支持", "50万元"],
        ["4", "人才培训", "按实际培训人次给予每人次不超过500元的支持", "30万元"],
    ], c, widths=[1.5, 3.8, 8.0, 2.3], aligns=['c', 'c', 'l', 'c'])
    art(d, "第八条", "同一项目已获得市级其他财政资金支持的，不得重复申报本专项资金。", c)
    chap("第三章　申报和审核")
    art(d, "第九条", "市商务局应当于每年第一季度发布年度申报指南，明确申报条件、申报材料、申报时间和审核程序，并在市商务局门户网站公开。", c)
    art(d, "第十条", "申报单位应当对申报材料的真实性、合法性和完整性负责，不得以虚报、冒领、伪造材料等方式骗取专项资金。", c)
    art(d, "第十一条", "区商务主管部门应当在收到申报材料之日起15个工作日内完成初审，并将初审意见报送市商务局。", c)
    art(d, "第十二条", "市商务局可以委托第三方机构对申报项目进行专项审计或者评审。拟支持项目及金额应当在市商务局门户网站公示，公示期不少于5个工作日。", c)
    chap("第四章　资金拨付和监督管理")
    art(d, "第十三条", "公示无异议的，由市商务局会同市财政局按照预算管理和国库集中支付有关规定下达和拨付资金。", c)
    art(d, "第十四条", "专项资金实行全过程预算绩效管理。市商务局应当按照规定开展绩效自评，绩效评价结果作为以后年度预算安排和政策调整的重要依据。", c, soft="绩效评价结果作为以后年度")
    art(d, "第十五条", "申报单位有下列情形之一的，由市商务局追回已拨付资金，并按照有关规定将相关失信信息归集至市公共信用信息平台：", c)
    for t in ["（一）提供虚假材料骗取专项资金的；", "（二）擅自改变专项资金用途的；", "（三）拒不配合监督检查和绩效评价的。"]:
        c.append(body(d, t))
    art(d, "第十六条", "有关部门及其工作人员在专项资金分配、审核和监督管理中存在滥用职权、玩忽职守、徇私舞弊等违法违规行为的，依法依规追究责任。", c)
    chap("第五章　附则")
    art(d, "第十七条", "本办法由市商务局、市财政局负责解释。", c)
    art(d, "第十八条", "本办法自2026年6月1日起施行，有效期至2029年5月31日。《厦门市跨境电子商务发展专项资金管理办法》（厦商务规〔2023〕2号）同时废止。", c)
    docs.append({"meta": meta(DRAFT, None, issuer, DATE, None, "municipal", "厦门市", "办法",
                              effective="2026-06-01", expires="2029-05-31",
                              repeals="《厦门市跨境电子商务发展专项资金管理办法》（厦商务规〔2023〕2号）"),
                 "clauses": c})

    # --- 附件2: 起草说明
    page_break(d)
    P(d, [("附件2", HT, False)], indent=False, align='l')
    empty(d)
    title(d, ["关于《厦门市跨境电子商务发展", "专项资金管理办法（征求意见稿）》", "的起草说明"])
    empty(d)
    c = []
    c.append(body(d, "为做好新一轮跨境电子商务发展专项资金管理工作，市商务局会同市财政局起草了《厦门市跨境电子商务发展专项资金管理办法（征求意见稿）》（以下简称《征求意见稿》），现将有关情况说明如下："))
    heading(d, "一、起草背景")
    c.append(body(d, "2023年，市商务局、市财政局联合印发《厦门市跨境电子商务发展专项资金管理办法》（厦商务规〔2023〕2号），对推动我市跨境电子商务发展发挥了积极作用。2025年，全市跨境电子商务进出口额达到486.3亿元，同比增长17.2%。随着《公平竞争审查条例》及其实施办法的施行，原办法中部分支持条款需进一步对照公平竞争审查标准予以规范，同时原办法将于2026年5月31日到期，有必要进行修订。"))
    heading(d, "二、起草过程")
    c.append(body(d, "2025年10月以来，市商务局在梳理原办法实施情况的基础上，赴各区和重点企业开展专题调研，召开企业座谈会3场，形成《征求意见稿》初稿。2026年1月，书面征求了各区人民政府、市发展改革委、市财政局、市市场监管局、厦门海关等单位意见，共收到意见建议21条，采纳15条。2026年2月，市商务局对《征求意见稿》开展了公平竞争审查，并征求了市公平竞争审查联席会议办公室意见。"))
    heading(d, "三、主要内容")
    c.append(body(d, "《征求意见稿》共5章18条，主要内容包括："))
    for h, t in [("（一）明确资金用途和管理职责。", "规定专项资金用于支持主体培育、公共服务平台建设、海外仓布局、人才培养等方面，明确市商务局、市财政局和各区商务主管部门职责分工。"),
                 ("（二）优化支持范围和标准。", "将支持对象统一为在本市依法登记注册的各类跨境电子商务经营主体，以表格形式列明支持事项、支持标准和年度上限，并设定单个企业年度支持总额上限。"),
                 ("（三）规范申报审核程序。", "明确年度申报指南发布、初审、第三方评审和公示等环节的时限要求。"),
                 ("（四）强化绩效管理和监督。", "建立全过程预算绩效管理机制，明确失信行为的追回和信用惩戒措施。")]:
        c.append(P(d, [(h, KT, True), (t, FS, False)]))
    heading(d, "四、需要说明的问题")
    for h, t in [("（一）关于公平竞争审查。", "原办法第八条规定“对在本市新设立区域总部的跨境电商企业给予一次性落户奖励”，经公平竞争审查，该条款属于以在本地设立分支机构为条件给予奖励的情形，《征求意见稿》已予删除。"),
                 ("（二）关于支持标准调整。", "考虑到财政资金承受能力，《征求意见稿》将跨境电商进出口业务支持标准由每美元0.02元人民币调整为每美元0.01元人民币，同时取消了按企业注册资本规模分档支持的规定。"),
                 ("（三）关于有效期。", "《征求意见稿》按照行政规范性文件管理有关规定，设定有效期为3年。")]:
        c.append(P(d, [(h, KT, True), (t, FS, False)]))
    docs.append({"meta": meta("关于《厦门市跨境电子商务发展专项资金管理办法（征求意见稿）》的起草说明",
                              None, issuer, DATE, None, "municipal", "厦门市", "说明"),
                 "clauses": c})

    # --- 附件3: 意见反馈表
    page_break(d)
    P(d, [("附件3", HT, False)], indent=False, align='l')
    empty(d)
    FB = "《厦门市跨境电子商务发展专项资金管理办法（征求意见稿）》意见反馈表"
    title(d, ["《厦门市跨境电子商务发展专项资金管理办法", "（征求意见稿）》意见反馈表"], size=18)
    empty(d)
    t = d.add_table(rows=7, cols=4)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), "单位（个人）名称", HT, 12)
    t.cell(0, 1).merge(t.cell(0, 3))
    cell_text(t.cell(1, 0), "联系人", HT, 12)
    cell_text(t.cell(1, 2), "联系电话", HT, 12)
    for j, h in enumerate(["序号", "条款", "修改意见", "修改理由及依据"]):
        cell_text(t.cell(2, j), h, HT, 12)
    for row in t.rows:
        row.height = Cm(1.2)
    c = []
    c.append(P(d, [("注：如涉及公平竞争方面的意见，请在“修改理由及依据”栏中注明。此表可复制。", FS, False, 12)], indent=False))
    docs.append({"meta": meta(FB, None, issuer, DATE, None, "municipal", "厦门市", "表"),
                 "clauses": c})

    save(d, stem)
    return stem, docs


# ====================================================================== file 2: Guangxi
def guangxi():
    stem = "blind555_guangxi_gonggao"
    d = new_doc()
    BAN = "广西壮族自治区跨境班列运营扶持资金管理办法"
    DRAFT = BAN + "（征求意见稿）"
    issuer = ["广西壮族自治区商务厅"]
    DATE = "2026-03-19"
    REG = "广西壮族自治区"
    att = [DRAFT, "关于《%s》的起草说明" % DRAFT, "意见反馈表"]
    docs = []

    # 公告-style 版头: organ + 公告 in red, number line, red rule
    P(d, [("广西壮族自治区商务厅公告", XBS, False, 30, "FF0000")], indent=False, align='c', spacing=40)
    P(d, [("2026年第4号", FS, False)], indent=False, align='c')
    red_line(P.last, sz=12)
    empty(d)
    title(d, ["关于公开征求《广西壮族自治区跨境班列", "运营扶持资金管理办法（征求意见稿）》", "意见的公告"])
    empty(d)
    c = []
    c.append(body(d, "为支持中欧班列、中越跨境班列等跨境铁路班列高质量发展，规范跨境班列运营扶持资金管理，自治区商务厅会同自治区财政厅、自治区发展改革委、中国铁路南宁局集团有限公司起草了《广西壮族自治区跨境班列运营扶持资金管理办法（征求意见稿）》。为增强政策制定的透明度和科学性，根据《公平竞争审查条例》有关规定，现向社会公开征求意见。"))
    # run-in headings in 黑体
    c.append(P(d, [("一、征求意见时间。", HT, False), ("自本公告发布之日起30日内（2026年3月20日至2026年4月18日）。", FS, False)]))
    c.append(P(d, [("二、意见反馈方式。", HT, False), ("公民、法人和其他组织可通过以下方式反馈意见：", FS, False)]))
    c.append(body(d, "（一）登录广西壮族自治区商务厅门户网站“互动交流—意见征集”栏目在线提交意见。"))
    c.append(body(d, "（二）通过电子邮件发送至gxswt_wmc@126.com。"))
    c.append(body(d, "（三）通过信函寄至广西壮族自治区南宁市青秀区民族大道137号自治区商务厅对外贸易处（邮编：530022），请在信封上注明“跨境班列扶持办法意见”字样。"))
    c.append(P(d, [("三、其他事项。", HT, False), ("反馈意见时请填写《意见反馈表》，并提供姓名（单位名称）及联系方式。自治区商务厅将对收到的意见进行认真研究，不再逐一回复。", FS, False)]))
    c.append(body(d, "联系人：覃女士；联系电话：0771-2050632。"))
    empty(d)
    # 附件 list typed inside a borderless layout table
    layout_table(d, [["附件：", "1．" + att[0]], ["", "2．" + att[1]], ["", "3．" + att[2]]],
                 widths=[2.2, 13.4], aligns=['l', 'l'])
    empty(d, 2)
    # 落款 right-aligned by manual full-width spaces
    body(d, "　" * 13 + "广西壮族自治区商务厅", indent=False, align='l')
    body(d, "　" * 15 + "2026年3月19日", indent=False, align='l')
    docs.append({"meta": meta(
        "关于公开征求《广西壮族自治区跨境班列运营扶持资金管理办法（征求意见稿）》意见的公告",
        "广西壮族自治区商务厅公告2026年第4号", issuer, DATE, None, "provincial", REG, "公告",
        attachments=att), "clauses": c})

    # --- 附件1 征求意见稿
    page_break(d)
    P(d, [("附件1", HT, False)], indent=False, align='l')
    empty(d)
    title(d, ["广西壮族自治区跨境班列运营扶持资金", "管理办法（征求意见稿）"])
    empty(d)
    c = []
    A = [
        ("第一条", "为推动中欧班列、中越跨境班列等跨境铁路班列（以下简称跨境班列）高质量发展，规范扶持资金管理，提高资金使用效益，根据《中华人民共和国预算法》《公平竞争审查条例》等有关规定，结合自治区实际，制定本办法。"),
        ("第二条", "本办法所称跨境班列运营扶持资金（以下简称扶持资金），是指自治区本级财政预算安排，用于支持跨境班列开行、集货网络建设、运营服务提升等方面的资金。"),
        ("第三条", "本办法适用于从广西区域内铁路场站始发或者终到、经批准开行的中欧班列、中亚班列、中越跨境班列等跨境铁路班列。"),
        ("第四条", "扶持资金的分配和使用坚持公开公正、竞争中性、总量控制、逐年退坡的原则，对各类经营主体一视同仁、平等对待，不得设置不合理的准入条件。"),
        ("第五条", "依法登记注册、具有跨境铁路运输组织能力并实际承担跨境班列运营业务的平台公司和货运代理企业（以下简称运营企业），可以按照本办法申请扶持资金。"),
        ("第六条", "扶持资金支持以下事项："),
    ]
    for no, t in A:
        art(d, no, t, c, font_no=FS, bold_no=True)
    for t in ["（一）跨境班列常态化开行；", "（二）回程班列组织和集货；",
              "（三）班列集结中心、海外分拨网点等集货网络建设；",
              "（四）跨境班列“一单制”、数字化服务平台建设等运营服务提升项目。"]:
        c.append(body(d, t))
    B = [
        ("第七条", "对跨境班列常态化开行，按照实际开行列数和运输距离给予支持，2026年每标准列支持标准不超过3万元，此后每年下降不低于10%。", None),
        ("第八条", "对回程班列，在第七条规定标准基础上上浮20%给予支持。单列实际装载率低于80%的，不予支持。", None),
        ("第九条", "对集货网络建设和运营服务提升项目，按照项目实际投资额的30%给予支持，单个项目最高不超过500万元。", None),
        ("第十条", "扶持资金实行年度总额控制。年度申报金额超过预算安排的，按照各运营企业申报金额比例核减。", None),
        ("第十一条", "自治区商务厅每年发布申报通知，运营企业按照申报通知要求，通过所在设区市商务主管部门报送申报材料。", None),
        ("第十二条", "设区市商务主管部门负责对申报材料进行初审，并会同同级财政部门在20个工作日内出具初审意见。", None),
        ("第十三条", "自治区商务厅会同自治区财政厅组织专家评审，提出资金分配方案，在门户网站公示5个工作日。公示无异议的，按规定下达资金。", "提出资金分配方案，"),
        ("第十四条", "运营企业应当建立扶持资金使用台账，实行专账核算，自觉接受财政、审计、商务等部门的监督检查。", None),
        ("第十五条", "运营企业存在虚报开行列数、虚构货源、重复申报等行为的，追回已拨付资金，3年内不得申报自治区商务发展类专项资金；涉嫌犯罪的，依法移送司法机关处理。", None),
        ("第十六条", "自治区商务厅应当会同自治区财政厅对扶持资金实施情况开展年度绩效评价，并定期对本办法开展公平竞争审查评估。", None),
        ("第十七条", "本办法由自治区商务厅会同自治区财政厅负责解释。", None),
        ("第十八条", "本办法自印发之日起施行，有效期5年。", None),
    ]
    for no, t, soft in B:
        art(d, no, t, c, soft=soft, font_no=FS, bold_no=True)
    docs.append({"meta": meta(DRAFT, None, issuer, DATE, None, "provincial", REG, "办法"),
                 "clauses": c})

    # --- 附件2 起草说明 (headings and sub-items numbered by Word, not typed)
    page_break(d)
    P(d, [("附件2", HT, False)], indent=False, align='l')
    empty(d)
    title(d, ["关于《广西壮族自治区跨境班列运营", "扶持资金管理办法（征求意见稿）》", "的起草说明"])
    empty(d)
    c = []
    h_num = make_numbering(d, "chineseCounting", "%1、", HT)

    def hnum(t):
        P(d, [(t, HT, False)], first=Pt(32))
        numbered(P.last, h_num)

    def subnum(num_id, lead, t):
        txt = P(d, [(lead, KT, True), (t, FS, False)], first=Pt(32))
        numbered(P.last, num_id)
        c.append("（%s）" % subnum.cn[subnum.k[num_id]] + txt)
        subnum.k[num_id] += 1
    subnum.cn = "一二三四五六七八九十"
    subnum.k = {}

    c.append(body(d, "现就《广西壮族自治区跨境班列运营扶持资金管理办法（征求意见稿）》（以下简称《办法》）起草有关情况说明如下。"))
    hnum("起草背景")
    c.append(body(d, "近年来，我区跨境班列开行规模持续扩大，已开通南宁至河内、南宁至莫斯科、南宁至阿拉木图等线路。2023—2025年我区跨境班列开行情况如下表："))
    data_table(d, ["年份", "开行列数", "同比增长", "回程班列占比"], [
        ["2023年", "612列", "18.6%", "31.2%"],
        ["2024年", "806列", "31.7%", "35.4%"],
        ["2025年", "1035列", "28.4%", "38.9%"],
    ], c, size=14)
    c.append(body(d, "但同时也存在回程货源不足、部分线路空载率较高、各地补贴标准不一等问题。按照国家关于规范中欧班列补贴、防止无序竞争的有关要求，以及《公平竞争审查条例》的规定，有必要制定全区统一的扶持资金管理办法，引导跨境班列由政策驱动向市场驱动转变。"))
    hnum("起草过程")
    c.append(body(d, "2025年9月起，自治区商务厅牵头成立起草工作组，赴南宁、崇左、钦州等市和中国铁路南宁局集团有限公司开展调研，召开运营企业、货代企业座谈会4次，借鉴重庆、成都、郑州、西安等地经验做法，形成《办法》初稿。2026年2月，征求了自治区发展改革委、财政厅、交通运输厅、市场监管局以及各设区市人民政府意见，并根据反馈意见作了修改完善。"))
    hnum("主要内容")
    c.append(body(d, "《办法》共18条，主要包括以下内容："))
    s1 = make_numbering(d, "chineseCounting", "（%1）", KT)
    subnum.k[s1] = 0
    subnum(s1, "明确适用范围。", "《办法》适用于从广西区域内铁路场站始发或者终到的中欧班列、中亚班列、中越跨境班列等跨境铁路班列。")
    subnum(s1, "明确支持对象。", "扶持资金面向实际承担跨境班列运营业务的平台公司和货运代理企业，不区分所有制性质和注册地。")
    subnum(s1, "明确支持事项和标准。", "《办法》对常态化开行、回程班列、集货网络建设和运营服务提升等4类事项分别明确支持标准，并规定开行补贴逐年退坡。")
    subnum(s1, "明确申报、审核和监管程序。", "《办法》规定了申报、初审、专家评审、公示和资金下达程序，明确了违规行为的处理措施。")
    hnum("需要说明的问题")
    s2 = make_numbering(d, "chineseCounting", "（%1）", KT)
    subnum.k[s2] = 0
    subnum(s2, "关于公平竞争审查。", "《办法》起草过程中，自治区商务厅按照《公平竞争审查条例》对照审查标准逐条开展了审查，未发现排除、限制竞争的内容。考虑到扶持资金属于对特定经营者的财政支出，《办法》设定了逐年退坡机制和5年有效期，并明确定期开展公平竞争审查评估。")
    subnum(s2, "关于补贴退坡。", "按照国家有关部门关于中欧班列补贴逐年退坡的要求，《办法》规定常态化开行支持标准每年下降不低于10%。")
    empty(d, 2)
    body(d, "广西壮族自治区商务厅", indent=False, align='r')
    body(d, "2026年3月10日　　", indent=False, align='r')
    docs.append({"meta": meta("关于《广西壮族自治区跨境班列运营扶持资金管理办法（征求意见稿）》的起草说明",
                              None, issuer, "2026-03-10", None, "provincial", REG, "说明"),
                 "clauses": c})

    # --- 附件3 意见反馈表
    page_break(d)
    P(d, [("附件3", HT, False)], indent=False, align='l')
    empty(d)
    title(d, ["意见反馈表"], size=20)
    empty(d)
    t = d.add_table(rows=6, cols=5)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(["姓名（单位）", "联系方式", "条款序号", "修改意见", "理由"]):
        cell_text(t.cell(0, j), h, HT, 12)
    for row in t.rows:
        row.height = Cm(1.4)
    c = []
    c.append(P(d, [("注：请于2026年4月18日前反馈。", FS, False, 12)], indent=False))
    docs.append({"meta": meta("意见反馈表", None, issuer, DATE, None, "provincial", REG, "表"),
                 "clauses": c})

    save(d, stem)
    return stem, docs


# ====================================================================== file 3: Wuhan zone
def wuhan():
    stem = "blind555_wuhan_gonggao"
    d = new_doc()
    ORG = "中国（湖北）自由贸易试验区武汉片区管理委员会"
    REG = "中国（湖北）自由贸易试验区武汉片区"
    GD = "中国（湖北）自由贸易试验区武汉片区促进外商投资若干规定"
    DRAFT = GD + "（征求意见稿）"
    issuer = [ORG]
    DATE = "2026-03-30"
    PUB = "2026-04-02"
    DOCNO = "武自贸管公告〔2026〕2号"
    att = [DRAFT, "关于《%s》的起草说明" % DRAFT, "《%s》意见反馈表" % DRAFT]
    docs = []

    # website-export metadata table at top (layout; not clauses)
    t = layout_table(d, [
        ["索 引 号：", "011043511/2026-00217", "主题分类：", "商贸、海关、旅游"],
        ["发文机关：", ORG, "成文日期：", "2026年03月30日"],
        ["发文字号：", DOCNO, "发布日期：", "2026年04月02日"],
    ], font=SONG, size=10.5, widths=[2.2, 6.4, 2.2, 4.8], aligns=['l', 'l', 'l', 'l'])
    t.style = 'Table Grid'
    empty(d)
    title(d, ["中国（湖北）自由贸易试验区武汉片区管理委员会关于公开征求《中国（湖北）自由贸易试验区武汉片区促进外商投资若干规定（征求意见稿）》意见的公告"], size=20)
    P(d, [(DOCNO, FS, False)], indent=False, align='c')
    empty(d)
    c = []
    c.append(body(d, "为进一步稳外资、优服务，打造市场化、法治化、国际化一流营商环境，武汉片区管委会研究起草了《中国（湖北）自由贸易试验区武汉片区促进外商投资若干规定（征求意见稿）》，现向社会公开征求意见。欢迎有关单位和社会各界人士于2026年4月2日至2026年5月1日期间，通过以下方式提出意见建议："))
    c.append(body(d, "1．电子邮箱：whpq_tzcj@whftz.gov.cn；"))
    c.append(body(d, "2．通讯地址：湖北省武汉市东湖新技术开发区高新大道777号武汉片区管委会投资促进局（邮编：430075），请在信封上注明“外商投资规定意见”；"))
    c.append(body(d, "3．传真：027-67880512。"))
    c.append(body(d, "请在意见建议中注明联系人和联系方式。对征求意见稿涉及排除、限制竞争的内容有异议的，可以一并向武汉片区管委会或者武汉市市场监督管理局反映。"))
    c.append(body(d, "联系人：周先生，联系电话：027-67880513。"))
    empty(d)
    P(d, [("附件：1.%s" % att[0], FS, False)], first=Pt(-48), left=Pt(80))
    P(d, [("2.%s" % att[1], FS, False)], indent=False, left=Pt(80))
    P(d, [("3.%s" % att[2], FS, False)], indent=False, left=Pt(80))
    empty(d, 2)
    body(d, ORG, indent=False, align='r')
    body(d, "2026年3月30日　　　　", indent=False, align='r')
    empty(d)
    body(d, "（此件公开发布）")
    docs.append({"meta": meta(
        "中国（湖北）自由贸易试验区武汉片区管理委员会关于公开征求《中国（湖北）自由贸易试验区武汉片区促进外商投资若干规定（征求意见稿）》意见的公告",
        DOCNO, issuer, DATE, PUB, "zone", REG, "公告", attachments=att,
        publicity="此件公开发布"), "clauses": c})

    # --- 附件1 若干规定（征求意见稿）
    page_break(d)
    P(d, [("附件1", HT, False)], indent=False, align='l')
    empty(d)
    title(d, ["中国（湖北）自由贸易试验区武汉片区", "促进外商投资若干规定"])
    P(d, [("（征求意见稿）", KT, False)], indent=False, align='c')
    empty(d)
    c = []
    A1 = [
        ("第一条", "为贯彻落实《中华人民共和国外商投资法》及其实施条例，进一步扩大高水平对外开放，促进和保护外商投资，结合中国（湖北）自由贸易试验区武汉片区（以下简称武汉片区）实际，制定本规定。"),
        ("第二条", "本规定适用于在武汉片区内依法设立的外商投资企业，以及外国投资者在武汉片区内开展的投资活动。"),
        ("第三条", "武汉片区对外商投资实行准入前国民待遇加负面清单管理制度。外商投资准入负面清单以外的领域，按照内外资一致的原则实施管理。"),
        ("第四条", "武汉片区管委会制定涉及外商投资企业的政策措施，应当依法开展公平竞争审查，不得含有限制外商投资企业平等参与市场竞争的内容。"),
        ("第五条", "外商投资企业依法平等适用武汉片区各项支持企业发展的政策，依法平等参与政府采购、招标投标和标准制定活动。"),
    ]
    for no, t_ in A1:
        art(d, no, t_, c)
    # 第六条 and its items typed in ONE paragraph with soft line breaks
    items6 = ["第六条　对新设立或者增资的外商投资项目，符合以下条件之一的，可以按照项目实际到资额给予支持：",
              "（一）年度实际到资额不低于3000万美元的制造业项目；",
              "（二）年度实际到资额不低于1000万美元的研发中心、跨国公司地区总部项目；",
              "（三）年度实际到资额不低于500万美元的生产性服务业项目。"]
    P(d, [("第六条", HT, False), (items6[0][3:] + "\n" + "\n".join(items6[1:]), FS, False)])
    c.extend(items6)
    A2 = [
        ("第七条", "前条规定的支持标准，按照项目实际到资额的1%确定，单个项目年度支持金额不超过1000万元人民币。"),
        ("第八条", "支持外商投资企业在武汉东湖综合保税区开展保税研发、保税维修、保税检测等业务，相关企业可以按照规定享受综合保税区有关税收政策。"),
        ("第九条", "支持外商投资企业利用跨境电子商务开展进出口业务，对通过中欧班列（武汉）运输跨境电子商务货物的，按照有关规定给予物流费用支持。"),
    ]
    for no, t_ in A2:
        art(d, no, t_, c)
    # 第十条 broken across two Word paragraphs mid-sentence (stray Enter)
    t10 = "外商投资企业在武汉片区内的外汇资金可以依法自由汇入、汇出。支持符合条件的外商投资企业开展跨境资金池、资本项目收入支付便利化等业务。"
    cut = t10.index("资本项目收入")
    P(d, [("第十条", HT, False), ("　" + t10[:cut], FS, False)])
    P(d, [(t10[cut:], FS, False)], indent=False)
    c.append("第十条　" + t10)
    A3 = [
        ("第十一条", "武汉片区建立外商投资企业服务专员制度，为重点外商投资企业提供“一对一”跟踪服务。"),
        ("第十二条", "武汉片区管委会设立外商投资企业投诉工作机构，依法受理和处理外商投资企业投诉，投诉事项应当自受理之日起30日内办结。"),
        ("第十三条", "依法保护外国投资者和外商投资企业的知识产权，健全知识产权侵权快速处理机制。"),
        ("第十四条", "行政机关及其工作人员不得利用行政手段强制外商投资企业转让技术，不得非法向外商投资企业收取费用或者要求其购买指定商品和服务。"),
        ("第十五条", "本规定所称支持资金，由武汉片区管委会年度财政预算统筹安排，具体申报程序由武汉片区管委会另行制定。"),
        ("第十六条", "外商投资企业以欺诈等不正当手段获取支持资金的，由武汉片区管委会追回已拨付资金，并依法依规实施信用惩戒。"),
        ("第十七条", "本规定与武汉片区其他同类支持政策有重叠的，按照“从优、就高、不重复”的原则执行。"),
        ("第十八条", "本规定自2026年7月1日起施行，有效期至2028年6月30日。《中国（湖北）自由贸易试验区武汉片区鼓励外商投资暂行办法》（武自贸管规〔2021〕1号）同时废止。"),
    ]
    for no, t_ in A3:
        art(d, no, t_, c)
    docs.append({"meta": meta(DRAFT, None, issuer, DATE, PUB, "zone", REG, "规定",
                              effective="2026-07-01", expires="2028-06-30",
                              repeals="《中国（湖北）自由贸易试验区武汉片区鼓励外商投资暂行办法》（武自贸管规〔2021〕1号）"),
                 "clauses": c})

    # --- 附件2 起草说明: headings as bold 仿宋 runs (not 黑体), sub-items with bold run-in heads
    page_break(d)
    P(d, [("附件2", HT, False)], indent=False, align='l')
    empty(d)
    title(d, ["关于《中国（湖北）自由贸易试验区", "武汉片区促进外商投资若干规定", "（征求意见稿）》的起草说明"])
    empty(d)
    c = []
    c.append(body(d, "根据工作安排，武汉片区管委会投资促进局牵头起草了《中国（湖北）自由贸易试验区武汉片区促进外商投资若干规定（征求意见稿）》（以下简称《若干规定》）。现将起草情况说明如下："))
    heading(d, "一、起草背景", font=FS, bold=True)
    c.append(body(d, "《中国（湖北）自由贸易试验区武汉片区鼓励外商投资暂行办法》（武自贸管规〔2021〕1号）将于2026年6月30日到期。该办法实施以来，累计兑现外资支持资金2.37亿元，支持外资项目86个，对稳外资发挥了积极作用。2024年国务院公布《公平竞争审查条例》，2025年市场监管总局出台《公平竞争审查条例实施办法》，对涉及经营主体经济活动的政策措施提出了更高要求。有必要在评估原办法实施效果的基础上，制定新的规定。"))
    heading(d, "二、起草过程", font=FS, bold=True)
    c.append(body(d, "2025年11月，投资促进局对原办法开展了实施后评估，委托第三方机构对86家外资企业开展问卷调查。2026年1月至2月，先后召开外资企业、外国商会座谈会2次，征求了片区各职能部门和武汉市商务局、武汉市市场监督管理局意见。2026年3月，经投资促进局局务会审议，形成《若干规定》（征求意见稿）。"))
    heading(d, "三、主要内容", font=FS, bold=True)
    c.append(body(d, "《若干规定》共18条，主要包括以下四个方面："))
    for h, t_ in [("（一）落实国民待遇。", "明确准入前国民待遇加负面清单管理制度，保障外商投资企业平等适用支持政策、平等参与政府采购和标准制定（第三条至第五条）。"),
                  ("（二）加大投资促进力度。", "对新设和增资外资项目按实际到资额给予支持，支持外资企业开展保税研发维修、跨境电商等新业态（第六条至第九条）。"),
                  ("（三）提升投资便利化水平。", "明确外汇资金自由汇入汇出、服务专员和投诉处理等制度安排（第十条至第十二条）。"),
                  ("（四）强化投资保护。", "明确知识产权保护、禁止强制技术转让等要求（第十三条、第十四条）。")]:
        c.append(P(d, [(h, FS, True), (t_, FS, False)]))
    heading(d, "四、需要说明的问题", font=FS, bold=True)
    for h, t_ in [("（一）关于公平竞争审查情况。", "投资促进局对《若干规定》开展了公平竞争审查，重点对第六条、第七条、第九条涉及的支持措施进行了审查。经审查，上述支持措施面向符合条件的各类外商投资项目普遍适用，未设置歧视性条件，未对特定经营者给予选择性支持，符合公平竞争审查标准。审查过程中，删除了原办法中“对在本片区注册的外商投资企业在政府采购中给予优先考虑”的规定。"),
                  ("（二）关于有效期。", "考虑到外商投资政策调整较快，《若干规定》有效期设定为2年。")]:
        c.append(P(d, [(h, FS, True), (t_, FS, False)]))
    docs.append({"meta": meta("关于《中国（湖北）自由贸易试验区武汉片区促进外商投资若干规定（征求意见稿）》的起草说明",
                              None, issuer, DATE, PUB, "zone", REG, "说明"),
                 "clauses": c})

    # --- 附件3 反馈表
    page_break(d)
    P(d, [("附件3", HT, False)], indent=False, align='l')
    empty(d)
    title(d, ["《中国（湖北）自由贸易试验区武汉片区促进外商投资", "若干规定（征求意见稿）》意见反馈表"], size=18)
    empty(d)
    t = d.add_table(rows=6, cols=4)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), "姓名/单位", HT, 12)
    cell_text(t.cell(0, 2), "联系电话", HT, 12)
    for j, h in enumerate(["序号", "条款", "意见建议", "理由"]):
        cell_text(t.cell(1, j), h, HT, 12)
    for row in t.rows:
        row.height = Cm(1.3)
    c = []
    c.append(P(d, [("填表说明：请于2026年5月1日前通过电子邮件或信函反馈。", FS, False, 12)], indent=False))
    docs.append({"meta": meta(att[2], None, issuer, DATE, PUB, "zone", REG, "表"),
                 "clauses": c})

    save(d, stem)
    return stem, docs


def main():
    expected = {}
    for fn in (xiamen, guangxi, wuhan):
        stem, docs = fn()
        for dd in docs:
            dd["clauses"] = [x.strip() for x in dd["clauses"]]
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
