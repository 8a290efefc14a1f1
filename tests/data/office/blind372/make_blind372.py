# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 372: 合肥市支持外资企业发展的若干措施 + 2026年度兑现申报通知."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"

IND = "\u3000\u3000"  # manual two full-width spaces used instead of first-line indent


# ---------------------------------------------------------------- helpers
def font(run, east, size=16, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.name = ascii_font
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = parse_xml("<w:rFonts %s/>" % nsdecls("w"))
        rPr.insert(0, rFonts)
    rFonts.set(qn("w:eastAsia"), east)
    rFonts.set(qn("w:ascii"), ascii_font)
    rFonts.set(qn("w:hAnsi"), ascii_font)
    return run


def fmt(p, align=None, first_indent=False, line=28, left=None):
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if first_indent:
        pf.first_line_indent = Pt(32)
    if left is not None:
        pf.left_indent = left
    return p


def para(doc_or_cell, segs, align=None, first_indent=False, line=28):
    """segs: list of (text, east_font, size, bold) or the string '\\n' for a soft line break."""
    p = doc_or_cell.add_paragraph()
    fmt(p, align, first_indent, line)
    for s in segs:
        if s == "\n":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        s = list(s)
        text, east = s[0], s[1]
        size = s[2] if len(s) > 2 else 16
        bold = s[3] if len(s) > 3 else False
        font(p.add_run(text), east, size, bold)
    return p


def blank(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), line=line)


def border(p, side, color="FF0000", sz=12):
    pPr = p._p.get_or_add_pPr()
    pBdr = pPr.find(qn("w:pBdr"))
    if pBdr is None:
        pBdr = parse_xml("<w:pBdr %s/>" % nsdecls("w"))
        pPr.append(pBdr)
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="1" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, color))
    pBdr.append(el)


def page_setup(doc):
    for s in doc.sections:
        s.page_height = Mm(297)
        s.page_width = Mm(210)
        s.top_margin = Mm(37)
        s.bottom_margin = Mm(35)
        s.left_margin = Mm(28)
        s.right_margin = Mm(26)
        s.footer_distance = Mm(25)
    # page number footer: — 1 —
    footer = doc.sections[0].footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run("— "), SONG, 14)
    r = p.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = p.add_run()
    font(r2, SONG, 14)
    it = parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w"))
    r2._r.append(it)
    r3 = p.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r4 = p.add_run("1")
    font(r4, SONG, 14)
    r5 = p.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(p.add_run(" —"), SONG, 14)


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def set_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def cell_text(cell, text, east, size, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, color=None, line=None):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    if line:
        p.paragraph_format.line_spacing = Pt(line)
    font(p.add_run(text), east, size, bold, color)
    return p


def add_decimal_numbering(doc, num_id=90):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls("w"), num_id, FS))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), num_id, num_id)))
    return num_id


def set_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                         % (nsdecls("w"), num_id)))


def banji(doc, chaosong, organ, date):
    """版记: 抄送 line and 印发 line, black rules."""
    p = para(doc, [("抄送：" + chaosong, FS, 14)], line=28)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = para(doc, [("\u3000" + organ, FS, 14),
                   ("\u3000\u3000\u3000\u3000\u3000\u3000\u3000" + date + "印发", FS, 14)], line=28)
    border(p, "bottom", "000000", 8)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_372", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ document 1
def make_tongzhi():
    doc = Document()
    page_setup(doc)
    num_clauses = []   # notice
    cs_clauses = []    # measures

    # 版头
    blank(doc, 1)
    p = para(doc, [("合肥市人民政府办公厅文件", XBS, 30)], align=WD_ALIGN_PARAGRAPH.CENTER, line=40)
    p.runs[0].font.color.rgb = RED
    blank(doc, 1)
    para(doc, [("合政办〔2026〕5号", FS, 16)], align=WD_ALIGN_PARAGRAPH.CENTER)
    p = fmt(doc.add_paragraph(), line=12)
    border(p, "bottom", "FF0000", 18)
    blank(doc, 1)

    # title on two typed lines
    para(doc, [("合肥市人民政府办公厅关于印发合肥市", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, [("支持外资企业发展的若干措施的通知", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    blank(doc, 1)

    para(doc, [("各县（市）、区人民政府，各开发区管委会，市政府各部门、各直属机构：", FS, 16)])

    body = [
        "《合肥市支持外资企业发展的若干措施》已经市政府同意，现印发给你们，请认真贯彻执行。",
        "各县（市）、区人民政府，各开发区管委会和市有关部门要强化责任落实，加强政策宣传解读，"
        "优化兑现流程，推动各项措施尽快落地见效。执行中遇到的问题，请及时向市商务局反馈。",
    ]
    for t in body:
        para(doc, [(IND + t, FS, 16)])   # indentation typed with spaces
        num_clauses.append(t)

    blank(doc, 2)
    para(doc, [("合肥市人民政府办公厅\u3000\u3000\u3000", FS, 16)], align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, [("2026年2月12日\u3000\u3000\u3000\u3000", FS, 16)], align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, [("（此件公开发布）", FS, 16)], first_indent=True)

    # ---- the measures on a new page
    p = para(doc, [("合肥市支持外资企业发展的若干措施", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    p.paragraph_format.page_break_before = True
    blank(doc, 1)

    intro = ("为深入贯彻落实党中央、国务院关于稳外资的决策部署和省委、省政府有关工作要求，更大力度吸引和利用外资，"
             "推动外资企业在我市扎根发展、增资扩产，结合我市实际，制定如下措施。")
    para(doc, [(intro, FS, 16)], first_indent=True)
    cs_clauses.append(intro)

    # (heading, body) items; run-in headings in bold 仿宋 runs
    items = [
        ("一、支持外资项目落地。",
         "对新设立的外资企业（不含房地产、金融及类金融企业，下同），当年实际到位外资金额（以商务部门外商投资统计数据为准，下同）"
         "达到1000万美元及以上的，按实际到位外资金额的2%给予奖励，单个企业最高奖励500万元。"),
        ("二、鼓励外资企业增资扩股。",
         "对现有外资企业以增资、利润再投资等方式扩大投资，当年实际到位外资金额达到500万美元及以上的，"
         "按实际到位外资金额的1.5%给予奖励，单个企业最高奖励300万元。"),
    ]
    for h, b in items:
        para(doc, [(h, FS, 16, True), (b, FS, 16)], first_indent=True)
        cs_clauses.append(h + b)

    # 三 with typed sub-items (1)(2)(3) as own paragraphs
    h, b = ("三、支持设立跨国公司地区总部和功能性机构。",
            "对新认定的跨国公司地区总部和功能性机构，按以下标准给予一次性奖励：")
    para(doc, [(h, FS, 16, True), (b, FS, 16)], first_indent=True)
    cs_clauses.append(h + b)
    for t in ["（1）经省商务厅认定为跨国公司地区总部的，奖励500万元；",
              "（2）经认定为研发中心、采购中心、结算中心等功能性机构的，奖励200万元；",
              "（3）已享受功能性机构奖励、后续升级认定为跨国公司地区总部的，按差额给予补足。"]:
        para(doc, [(t, FS, 16)], first_indent=True)
        cs_clauses.append(t)

    # 四 with sub-items separated by soft line breaks inside ONE paragraph
    h = "四、支持外资研发中心提质升级。"
    b = ("对外资研发中心新获批国家级、省级企业技术中心（工程研究中心）的，分别给予300万元、100万元一次性奖励。"
         "申请兑现本项奖励的，应同时符合以下条件：")
    s1 = "（1）研发中心在我市独立核算或相对独立运行，专职研发人员不少于30人；"
    s2 = "（2）上一年度研发投入不低于1000万元，且占企业营业收入比重不低于3%。"
    para(doc, [(h, FS, 16, True), (b, FS, 16), "\n", (IND + s1, FS, 16), "\n", (IND + s2, FS, 16)],
         first_indent=True)
    cs_clauses += [h + b, s1, s2]
    blank(doc, 1)

    items = [
        ("五、加大重点外资企业引进力度。",
         "对世界500强企业、全球行业龙头企业在我市新设立外资企业，且当年实际到位外资金额达到3000万美元及以上的，"
         "在享受本措施第一项奖励的基础上，再给予一次性奖励200万元。"),
        ("六、鼓励外资企业融入本地产业链。",
         "对外资企业年度采购本市规模以上工业企业产品金额首次突破1亿元的，按采购金额增量的1%给予奖励，"
         "单个企业每年最高奖励100万元。"),
        ("七、支持外资企业拓展国际市场。",
         "对外资企业通过中欧班列（合肥）开展进出口业务的，按照年度发运集装箱数量给予运费补贴，每标准箱补贴1000元，"
         "单个企业每年最高补贴50万元；对外资企业开展跨境电商B2B出口业务、年出口额首次达到1000万美元的，一次性奖励30万元。"),
        ("八、支持外资企业用好综合保税区政策。",
         "对在合肥综合保税区、合肥经济技术开发区综合保税区、合肥空港综合保税区内开展保税研发、保税维修、保税检测等新业态的外资企业，"
         "按照项目实际投资额的10%给予补助，单个项目最高补助100万元。"),
        ("九、强化要素保障。",
         "对外资制造业项目用地，在符合国土空间规划的前提下优先纳入年度用地计划；对投资总额1亿美元以上的外资制造业项目，"
         "按照“一事一议”方式在用地、用能等方面予以支持。"),
        ("十、支持外资企业引才留才。",
         "对外资企业年薪50万元以上的高层次管理和技术人才，按其对本市经济社会发展的贡献，给予每人每年最高20万元奖励；"
         "外资企业外籍高层次人才子女入学、配偶就业等按照本市人才政策予以保障。"),
        ("十一、便利外籍人员往来。",
         "为外资企业外籍管理人员、技术人员及其家属办理签证、居留许可提供便利，对符合条件的外籍人员签发有效期最长5年的居留许可；"
         "推动外资企业外籍员工在我市就医、支付、住宿等方面的便利化。"),
        ("十二、优化外资企业金融服务。",
         "支持外资企业开展跨境融资，鼓励符合条件的外资企业开展跨国公司本外币一体化资金池业务；对外资企业通过境外母公司借款"
         "或发行境外债券融资用于我市项目建设的，按照实际融资额的1%给予贴息，单个企业每年最高贴息200万元。"),
        ("十三、保障外资企业公平参与市场竞争。",
         "依法保障外资企业平等参与政府采购、招标投标和标准制定，不得以所有制形式、投资来源地等为由对外资企业实行差别待遇。"),
        ("十四、健全外资企业服务机制。",
         "建立重点外资企业服务专员制度，完善外商投资企业投诉工作机制，及时协调解决外资企业生产经营中遇到的困难和问题。"),
    ]
    for i, (h, b) in enumerate(items):
        if h.startswith("十、"):
            # 序号 typed in 黑体, heading rest in bold 仿宋
            para(doc, [("十、", HT, 16), (h[2:], FS, 16, True), (b, FS, 16)], first_indent=True)
        else:
            para(doc, [(h, FS, 16, True), (b, FS, 16)], first_indent=True)
        cs_clauses.append(h + b)
        if h.startswith("九、"):
            blank(doc, 1)

    h, b = "十五、规范政策兑现。", "本措施奖励资金按以下规定兑现："
    para(doc, [(h, FS, 16, True), (b, FS, 16)], first_indent=True)
    cs_clauses.append(h + b)
    for t in ["（1）本措施所需资金由市与县（市）区、开发区按现行财政体制分担，由市商务局会同市财政局每年集中组织申报兑现；",
              "（2）同一企业同一事项符合本措施和我市其他同类政策的，按照“就高不重复”原则给予支持；",
              "（3）企业申报兑现时应承诺自获得奖励之日起5年内不迁离注册地、不减少注册资本，违反承诺或存在弄虚作假行为的，"
              "依法追回奖励资金，并纳入信用记录。"]:
        para(doc, [(IND + t, FS, 16)])
        cs_clauses.append(t)

    h = "十六、附则。"
    b = ("本措施由市商务局会同市财政局负责解释。本措施自2026年3月1日起施行，有效期至2028年12月31日。"
         "《合肥市进一步促进外商投资若干政策》（合政办〔2023〕11号）同时废止。国家、省出台新规定的，从其规定。")
    para(doc, [(h, FS, 16, True), (b, FS, 16)], first_indent=True)
    cs_clauses.append(h + b)

    blank(doc, 4)
    banji(doc, "市委各部门，市人大常委会办公厅，市政协办公厅，市监委，市法院，市检察院，合肥警备区。",
          "合肥市人民政府办公厅", "2026年2月12日")

    path = os.path.join(HERE, "blind372_hefei_tongzhi.docx")
    doc.save(path)

    expected = [
        {
            "meta": {
                "title": "合肥市人民政府办公厅关于印发合肥市支持外资企业发展的若干措施的通知",
                "doc_number": "合政办〔2026〕5号",
                "issuer": ["合肥市人民政府办公厅"],
                "date": "2026-02-12",
                "published": None,
                "level": "municipal",
                "region": "合肥市",
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "通知",
                "recipients": ["各县（市）、区人民政府", "各开发区管委会", "市政府各部门、各直属机构"],
                "publicity": "此件公开发布",
                "repeals": None,
            },
            "clauses": num_clauses,
        },
        {
            "meta": {
                "title": "合肥市支持外资企业发展的若干措施",
                "doc_number": None,
                "issuer": ["合肥市人民政府办公厅"],
                "date": "2026-02-12",
                "published": None,
                "level": "municipal",
                "region": "合肥市",
                "effective": "2026-03-01",
                "expires": "2028-12-31",
                "attachments": [],
                "doc_type": "措施",
                "recipients": [],
                "publicity": None,
                "repeals": "合肥市进一步促进外商投资若干政策（合政办〔2023〕11号）",
            },
            "clauses": cs_clauses,
        },
    ]
    return path, expected


# ================================================================ document 2
def make_shenbao():
    doc = Document()
    page_setup(doc)
    num_id = add_decimal_numbering(doc)
    cl = []

    # 联合发文版头 as a borderless layout table: two organs + merged 文件
    blank(doc, 1)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.columns[0].width = Mm(105)
    t.columns[1].width = Mm(40)
    cell_text(t.cell(0, 0), "合肥市商务局", XBS, 30, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, color=RED, line=40)
    cell_text(t.cell(1, 0), "合肥市财政局", XBS, 30, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, color=RED, line=40)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.vertical_alignment = 1  # center
    cell_text(m, "文件", XBS, 30, align=WD_ALIGN_PARAGRAPH.CENTER, color=RED, line=40)
    set_widths(t, [Mm(105), Mm(40)])
    blank(doc, 1)
    para(doc, [("合商外资〔2026〕18号", FS, 16)], align=WD_ALIGN_PARAGRAPH.CENTER)
    p = fmt(doc.add_paragraph(), line=12)
    border(p, "bottom", "FF0000", 18)
    blank(doc, 1)

    para(doc, [("关于组织申报2026年度合肥市支持外资", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, [("企业发展若干措施兑现资金的通知", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    blank(doc, 1)
    para(doc, [("各县（市）区商务主管部门、财政局，各开发区经贸局、财政局：", FS, 16)])

    intro = ("为贯彻落实《合肥市人民政府办公厅关于印发合肥市支持外资企业发展的若干措施的通知》（合政办〔2026〕5号，"
             "以下简称《若干措施》），做好2026年度政策兑现工作，现就有关事项通知如下：")
    para(doc, [(intro, FS, 16)], first_indent=True)
    cl.append(intro)

    def heading(text):
        para(doc, [(text, HT, 16)], first_indent=True)

    def item(text, manual=False):
        if manual:
            para(doc, [(IND + text, FS, 16)])
        else:
            para(doc, [(text, FS, 16)], first_indent=True)
        cl.append(text)

    heading("一、申报范围")
    item("（一）本次申报《若干措施》第一项至第八项、第十项、第十二项所列奖励和补助事项，"
         "申报事项发生时间为2026年3月1日至2026年10月31日。")
    item("（二）2026年11月1日至12月31日期间发生的事项，纳入2027年度统一申报；2026年1月1日至2月28日期间发生的事项，"
         "按照原政策规定另行组织申报。", manual=True)

    heading("二、申报条件")
    for t in ["（一）在合肥市行政区域内依法注册登记、具有独立法人资格的外商投资企业，且已按规定报送外商投资信息报告；",
              "（二）申报事项发生在2026年3月1日至2026年10月31日期间；",
              "（三）企业生产经营正常，近三年内未发生重大安全生产、环境污染、产品质量事故，未被列入严重失信主体名单；",
              "（四）企业财务管理制度健全，依法纳税；",
              "（五）申报事项符合《若干措施》相应条款规定的兑现条件。"]:
        item(t)

    heading("三、申报材料")
    t = "申报企业应按以下顺序提交纸质材料一式两份（A4纸装订成册，逐页加盖企业公章），同时报送电子版："
    item(t)
    mats = ["《2026年度合肥市支持外资企业发展若干措施兑现资金申报表》（附件1）；",
            "营业执照副本复印件、外商投资信息报告回执；",
            "实际到位外资证明材料（银行进账单、外汇登记凭证或会计师事务所出具的专项审计报告）；",
            "申报事项对应的认定文件、合同、发票、运单等佐证材料；",
            "申报材料真实性承诺书（附件2）；",
            "其他需要提供的材料。"]
    for i, t in enumerate(mats, 1):
        p = para(doc, [(t, FS, 16)])   # number comes from Word auto-numbering
        set_num(p, num_id)
        cl.append("%d.%s" % (i, t))

    heading("四、时间安排")
    item("申报工作按以下时间节点推进：")
    rows = [
        ("企业申报", "2026年11月1日至11月20日",
         "企业登录“合肥市惠企政策兑现平台”在线填报，并向所在县（市）区、开发区商务主管部门报送纸质材料"),
        ("县区初审", "2026年11月21日至12月5日", "县（市）区、开发区商务主管部门会同财政部门开展初审，出具初审意见"),
        ("市级审核", "2026年12月6日至12月20日", "市商务局会同市财政局组织复核，必要时委托第三方机构开展专项审计"),
        ("社会公示", "2026年12月21日至12月27日", "拟兑现企业名单及金额在市商务局门户网站公示"),
        ("资金拨付", "2027年1月31日前", "公示无异议后，按现行财政体制拨付奖励资金"),
    ]
    hdr = ("阶段", "时间", "内容")
    tb = doc.add_table(rows=1 + len(rows), cols=3)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(26), Mm(52), Mm(78)]
    set_widths(tb, widths)
    for j, h in enumerate(hdr):
        c = tb.cell(0, j)
        c.width = widths[j]
        cell_text(c, h, HT, 14)
        c._tc.get_or_add_tcPr().append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="D9D9D9"/>'
                                                  % nsdecls("w")))
    for i, r in enumerate(rows, 1):
        for j, v in enumerate(r):
            c = tb.cell(i, j)
            c.width = widths[j]
            cell_text(c, v, FS, 14, align=(WD_ALIGN_PARAGRAPH.LEFT if j == 2 else WD_ALIGN_PARAGRAPH.CENTER))
            c.vertical_alignment = 1
        cl.append("；".join("%s：%s" % (hdr[j], r[j]) for j in range(3)))
    # header row repeats on next page
    tb.rows[0]._tr.get_or_add_trPr().append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))

    heading("五、工作要求")
    h, b = "（一）加强政策宣传。", "各县（市）区、开发区要通过政企对接会、服务专员上门等方式，主动向辖区外资企业宣传解读政策，做到应知尽知、应享尽享。"
    para(doc, [(h, KT, 16, True), (b, FS, 16)], first_indent=True)
    cl.append(h + b)
    # this paragraph was broken by a hard return in the middle of the sentence
    h = "（二）严格审核把关。"
    b1 = "各县（市）区、开发区商务主管部门要会同财政部门对企业申报材料的真实性、完整性进行初审，"
    b2 = "重点核查实际到位外资、研发投入等关键数据，初审通过后于2026年12月5日前将初审汇总表（附件3）及申报材料报送市商务局。"
    para(doc, [(h, KT, 16, True), (b1, FS, 16)], first_indent=True)
    para(doc, [(b2, FS, 16)])
    cl.append(h + b1 + b2)
    h, b = ("（三）强化资金监管。",
            "奖励资金实行专款专用，任何单位不得截留、挪用。对弄虚作假、骗取奖励资金的企业，依法追回已拨付资金，"
            "并按规定纳入信用记录；涉嫌违法犯罪的，移送有关部门依法处理。")
    para(doc, [(h, KT, 16, True), (b, FS, 16)], first_indent=True)
    cl.append(h + b)

    heading("六、联系方式")
    for t in ["市商务局外国投资管理处：王\u3000磊，电话：0551-63537812",
              "市财政局经济建设处：陈晓静，电话：0551-63536275",
              "平台技术支持：刘\u3000洋，电话：0551-65390127"]:
        item(t)

    blank(doc, 1)
    att = ["2026年度合肥市支持外资企业发展若干措施兑现资金申报表",
           "申报材料真实性承诺书",
           "县（市）区、开发区初审汇总表"]
    para(doc, [(IND + "附件：1．" + att[0], FS, 16)])
    for i, a in enumerate(att[1:], 2):
        para(doc, [(IND + "\u3000\u3000\u3000%d．%s" % (i, a), FS, 16)])
    blank(doc, 2)

    # 落款 as a borderless layout table (two organs, one date)
    lk = doc.add_table(rows=2, cols=2)
    no_borders(lk)
    lk.alignment = WD_TABLE_ALIGNMENT.RIGHT
    set_widths(lk, [Mm(55), Mm(55)])
    cell_text(lk.cell(0, 0), "合肥市商务局", FS, 16)
    cell_text(lk.cell(0, 1), "合肥市财政局", FS, 16)
    d = lk.cell(1, 0).merge(lk.cell(1, 1))
    cell_text(d, "2026年10月28日", FS, 16)
    para(doc, [("（此件公开发布）", FS, 16)], first_indent=True)
    blank(doc, 4)
    banji(doc, "市人民政府办公厅。", "合肥市商务局办公室", "2026年10月28日")

    path = os.path.join(HERE, "blind372_hefei_shenbao.docx")
    doc.save(path)
    expected = [{
        "meta": {
            "title": "关于组织申报2026年度合肥市支持外资企业发展若干措施兑现资金的通知",
            "doc_number": "合商外资〔2026〕18号",
            "issuer": ["合肥市商务局", "合肥市财政局"],
            "date": "2026-10-28",
            "published": None,
            "level": "municipal",
            "region": "合肥市",
            "effective": None,
            "expires": None,
            "attachments": att,
            "doc_type": "通知",
            "recipients": ["各县（市）区商务主管部门、财政局", "各开发区经贸局、财政局"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": cl,
    }]
    return path, expected


def main():
    expected = {}
    for fn in (make_tongzhi, make_shenbao):
        path, exp = fn()
        convert(path)
        expected[os.path.splitext(os.path.basename(path))[0]] = exp
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
