# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 397 blind test documents: 市政府常务会议纪要 and 专题会议纪要."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Mm(210)
    sec.page_height = Mm(297)
    sec.top_margin = Mm(37)
    sec.bottom_margin = Mm(35)
    sec.left_margin = Mm(28)
    sec.right_margin = Mm(26)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(28)
    add_page_number(sec)
    return doc


def add_field(run, instr):
    f1 = parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w"))
    it = parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>' % (nsdecls("w"), instr))
    f2 = parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w"))
    t = parse_xml('<w:t %s>1</w:t>' % nsdecls("w"))
    f3 = parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w"))
    for el in (f1, it, f2, t, f3):
        run._element.append(el)


def add_page_number(sec):
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    add_field(r, "PAGE")
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def border(par, side="bottom", color="FF0000", sz=12):
    ppr = par._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(pbdr)
    pbdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="1" w:color="%s"/>'
                          % (side, nsdecls("w"), sz, color)))


def para(doc, runs, align=None, indent=True, spacing=None):
    """runs: list of (text, font, size, bold[, color]); text may contain '\n' for a soft break."""
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if spacing is not None:
        p.paragraph_format.line_spacing = Pt(spacing)
    for spec in runs:
        text, font, size, bold = spec[:4]
        color = spec[4] if len(spec) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            set_font(r, font, size, bold, color)
            if i < len(parts) - 1:
                r.add_break(WD_BREAK.LINE)
    return p


def empty(doc, n=1):
    for _ in range(n):
        doc.add_paragraph()


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def cell_text(cell, text, font=FS, size=16, bold=False, align=None):
    p = cell.paragraphs[0]
    p.paragraph_format.first_line_indent = Pt(0)
    if align is not None:
        p.alignment = align
    r = p.add_run(text)
    set_font(r, font, size, bold)


def red_masthead(doc, name, number, org_left, date_right, use_table=False, size=30):
    p = para(doc, [(name, XBS, size, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, spacing=60)
    empty(doc)
    para(doc, [(number, FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    if use_table:
        t = doc.add_table(rows=1, cols=2)
        no_borders(t)
        cell_text(t.cell(0, 0), org_left, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(t.cell(0, 1), date_right, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p = para(doc, [("", FS, 8, False)], indent=False, spacing=8)
    else:
        # manual spaces for alignment, the way it is typed in many offices
        p = para(doc, [(org_left + " " * 22 + date_right, FS, 16, False)], indent=False)
    border(p, "bottom", "FF0000", 18)
    empty(doc)


def banji(doc, fensong_lines, printer, printdate):
    empty(doc, 2)
    first = True
    for i, (label, text) in enumerate(fensong_lines):
        runs = []
        if label:
            runs.append((label, FS, 14, False))
        runs.append((text, FS, 14, False))
        p = para(doc, runs, indent=False)
        p.paragraph_format.left_indent = Pt(14) if label else Pt(56)
        p.paragraph_format.right_indent = Pt(14)
        if first:
            border(p, "top", "000000", 8)
            first = False
    p = para(doc, [(" " + printer + " " * 16 + printdate + "印发", FS, 14, False)], indent=False)
    border(p, "top", "000000", 4)
    border(p, "bottom", "000000", 8)


def add_numbering(doc, fmt, lvl_text, start=1):
    """Create a Word numbering definition; returns numId."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 10
    nid = max(num_ids + [0]) + 10
    absnum = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="%d"/><w:numFmt w:val="%s"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:b/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, start, fmt, lvl_text, KT, KT, KT))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                    % (nsdecls("w"), nid, aid))
    numbering.append(num)
    return nid


def set_num(par, num_id):
    ppr = par._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), num_id)))


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_397", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def meta(**kw):
    base = {
        "title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
        "level": None, "region": None, "effective": None, "expires": None, "attachments": [],
        "doc_type": None, "recipients": [], "publicity": None, "repeals": None,
    }
    base.update(kw)
    return base


EXPECTED = {}


# ================================================================ doc 1: 赣州 常务会议纪要
def doc_ganzhou():
    doc = new_doc()
    clauses = []

    def body(text, bold_prefix=None):
        runs = []
        if bold_prefix:
            runs.append((bold_prefix, FS, 16, True))
        runs.append((text, FS, 16, False))
        para(doc, runs)
        clauses.append((bold_prefix or "") + text.replace("\n", ""))

    def heading(text):
        # bold heading typed in two runs (one of them bold-on-bold), own line: not a clause
        half = len(text) // 2
        para(doc, [(text[:half], HT, 16, True), (text[half:], HT, 16, True)])

    red_masthead(doc, "赣州市人民政府常务会议纪要", "〔2026〕12号",
                 "赣州市人民政府办公室编", "2026年3月18日", use_table=False)

    body("2026年3月16日，市长李国华主持召开市政府第四十一次常务会议，研究赣州国际陆港和中欧班列高质量发展、"
         "赣州综合保税区扩区提质、中国（赣州）跨境电子商务综合试验区建设、稳外资促投资等事项。现将会议议定事项纪要如下：")

    heading("一、关于赣州国际陆港和中欧班列高质量发展的问题")
    body("会议听取了赣州国际陆港管委会关于2025年中欧班列（赣州）运行情况及2026年工作打算的汇报。会议认为，"
         "2025年全市中欧（亚）班列开行量、货值稳步增长，“赣州—波兰马拉舍维奇”“赣州—哈萨克斯坦阿拉木图”等线路"
         "实现常态化运营，陆港开放平台功能持续增强。")
    body("1.会议原则同意《赣州国际陆港中欧班列高质量发展三年行动方案（2026—2028年）》，由赣州国际陆港管委会"
         "根据会议讨论意见进一步修改完善后，以市政府办公室名义印发实施。")
    body("2.会议同意2026年市级财政安排中欧班列发展专项资金1.2亿元，重点支持回程班列、定制班列和“班列+跨境电商”"
         "“班列+海外仓”等新业态发展，资金按照“总量控制、逐年退坡、绩效挂钩”原则管理。由市财政局牵头，会同赣州国际"
         "陆港管委会于2026年4月30日前制定资金管理细则。")
    body("3.会议要求，市商务局、赣州海关要加强与沿海口岸的协作，推动赣州至深圳盐田港、厦门港、宁波舟山港铁海联运"
         "班列常态化开行，力争全年开行中欧（亚）班列600列以上、铁海联运班列2000列以上。")
    body("4.会议明确，中欧班列运营平台公司要严格落实安全生产和境外风险防控责任，建立重大突发事件应急处置机制，"
         "每季度向市政府报告运营情况。")
    empty(doc)

    heading("二、关于赣州综合保税区扩区提质的问题")
    body("会议听取了赣州经济技术开发区管委会关于赣州综合保税区发展情况及扩区申报工作的汇报。")
    body("1.会议原则同意赣州综合保税区扩区申报方案，由市商务局牵头，会同赣州经开区管委会、赣州海关、"
         "市自然资源局按程序报省人民政府审核后上报。")
    body("2.会议要求，赣州经开区管委会要重点抓好以下工作：")
    body("（1）加快推进保税研发、保税维修、保税检测等新业态落地，2026年底前引进加工贸易和保税服务类项目10个以上；")
    body("（2）完善综合保税区围网、卡口和信息化监管设施，确保扩区后同步通过验收；")
    body("（3）用好综合保税区增值税一般纳税人资格试点政策，支持区内企业统筹国际国内两个市场。")
    body("3.会议明确，综合保税区扩区涉及的用地指标由市自然资源局统筹保障，所需建设资金由赣州经开区自行筹措，"
         "市级财政按规定给予适当补助。")

    heading("三、关于中国（赣州）跨境电子商务综合试验区建设的问题")
    body("会议听取了市商务局关于中国（赣州）跨境电子商务综合试验区建设进展情况的汇报。")
    body("1.会议原则同意《赣州市促进跨境电子商务高质量发展若干措施》，由市商务局按程序征求意见并进行合法性审查后，"
         "提请市政府印发实施。")
    body("2.会议要求，市商务局要会同南康区人民政府，依托赣州国际陆港和南康家具产业集群，培育“跨境电商+产业带”发展模式，\n"
         "支持企业在“一带一路”沿线国家和地区布局海外仓，2026年跨境电商进出口额力争增长20%以上。")
    body("3.会议同意在赣州国际陆港设立跨境电商公共服务中心，由赣州国际陆港管委会负责建设运营，"
         "市财政局按“一事一议”方式给予支持。")

    heading("四、关于进一步做好稳外资促投资工作的问题")
    body("会议听取了市商务局关于2026年一季度全市利用外资情况的汇报。")
    body("1.会议要求，各县（市、区）、各功能区要认真贯彻落实《中华人民共和国外商投资法》及其实施条例，全面落实"
         "外商投资准入前国民待遇加负面清单管理制度，依法平等保护外商投资企业合法权益。")
    body("2.会议同意建立重点外资项目“服务专员”制度，由市商务局牵头，对总投资1000万美元以上的外资项目实行"
         "“一项目一专员”跟踪服务。")
    body("3.会议明确，市发展改革委、市商务局要加强与粤港澳大湾区的对接，积极承接产业转移，全年实际使用外资"
         "力争达到3亿美元。")

    heading("五、其他事项")
    body("会议审议并原则通过了《赣州市招商引资项目全周期服务管理办法（修订稿）》，由市司法局进行合法性审查后按程序印发。")

    empty(doc, 2)
    # attendance lists: bold 黑体 label, names in 仿宋, separated by 、
    body("李国华、王志强、陈晓明、刘建平、张海燕、周立新、黄文斌", bold_prefix="出席：")
    body("赵明辉（在外出差）", bold_prefix="请假：")
    body("钟华、曾志刚、谢丽萍，\n市发展改革委、市财政局、市商务局、市自然资源局、市司法局、赣州海关、"
         "赣州经开区管委会、赣州国际陆港管委会、南康区人民政府主要负责同志", bold_prefix="列席：")

    banji(doc, [("分送：", "市委常委，市人大常委会主任、副主任，市政协主席、副主席，市中级人民法院院长，市人民检察院检察长。"),
                ("", "各县（市、区）人民政府，市政府各部门，赣州经开区、赣州国际陆港管委会。")],
          "赣州市人民政府办公室", "2026年3月18日")

    name = "blind397_ganzhou_changwu"
    path = os.path.join(HERE, name + ".docx")
    doc.save(path)
    EXPECTED[name] = [{
        "meta": meta(title="赣州市人民政府常务会议纪要", doc_number="〔2026〕12号",
                     issuer=["赣州市人民政府办公室"], date="2026-03-18", level="municipal",
                     region="赣州市", doc_type="纪要"),
        "clauses": clauses,
    }]
    return path


# ================================================================ doc 2: 西安 专题会议纪要
def doc_xian():
    doc = new_doc()
    clauses = []

    def body(text, bold_prefix=None, label_font=HT, num_id=None, display_prefix=""):
        runs = []
        if bold_prefix:
            runs.append((bold_prefix, label_font, 16, True))
        runs.append((text, FS, 16, False))
        p = para(doc, runs)
        if num_id is not None:
            p.paragraph_format.first_line_indent = None
            set_num(p, num_id)
        clauses.append(display_prefix + (bold_prefix or "") + text.replace("\n", ""))
        return p

    red_masthead(doc, "西安市人民政府专题会议纪要", "〔2026〕27号",
                 "西安市人民政府办公厅", "2026年4月3日", use_table=True)

    para(doc, [("关于加快中欧班列（西安）集结中心建设\n有关事项的会议纪要", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=36)
    empty(doc)

    body("2026年3月31日上午", bold_prefix="时间：")
    body("市政府第二会议室", bold_prefix="地点：")
    body("市政府副市长王红军", bold_prefix="主持：")
    body("市政府副秘书长刘涛，市发展改革委、市财政局、市商务局、市交通局、市资源规划局、市生态环境局、西安国际港务区管委会、"
         "西安经开区管委会、西安海关、中国铁路西安局集团有限公司、中欧班列长安号运营平台公司有关负责同志", bold_prefix="参加：")
    empty(doc)

    body("会议听取了西安国际港务区管委会关于中欧班列（西安）集结中心建设进展情况的汇报，与会单位进行了认真讨论。"
         "现将会议主要精神和议定事项纪要如下：")
    body("中欧班列（西安）集结中心是国家首批中欧班列集结中心示范工程之一，是西安深度融入共建“一带一路”大格局、"
         "建设内陆改革开放高地的重要支撑。2025年，中欧班列长安号开行量、重箱率、货运量等核心指标稳居全国前列，"
         "但也存在回程货源不足、集结分拨能力有待提升、与自由贸易试验区和综合保税区联动不够等问题。",
         bold_prefix="会议指出，", label_font=FS)
    body("各有关单位要坚持“枢纽+通道+平台+产业”一体推进，以集结中心建设为牵引，统筹国际国内两个市场、两种资源，"
         "加快把中欧班列（西安）集结中心建设成为服务全国、辐射欧亚的国际物流枢纽，为打造内陆地区效率高、成本低、"
         "服务优的国际贸易通道提供有力支撑。", bold_prefix="会议强调，", label_font=FS)
    body("加快推进集结中心建设要重点抓好以下事项：", bold_prefix="会议议定，", label_font=FS)

    nid = add_numbering(doc, "chineseCounting", "（%1）")
    items = [
        ("加快集结中心核心区建设。",
         "由西安国际港务区管委会牵头，加快西安国际港站二期扩能改造和集装箱中心站智能化升级，2026年9月底前完成"
         "新筑车站货场搬迁，确保集结中心核心区年作业能力达到100万标箱。"),
        ("拓展国际通道网络。",
         "由市商务局、中国铁路西安局集团有限公司牵头，巩固西安至阿拉木图、塔什干、布达佩斯等干线通道，积极开辟经"
         "里海、黑海的跨里海国际运输走廊线路，稳定开行西安至汉堡、杜伊斯堡等回程班列。"),
        ("强化“班列+”产业联动。",
         "由西安国际港务区管委会、西安经开区管委会负责，按照以下要求推进："),
    ]
    for i, (head, text) in enumerate(items):
        body(text, bold_prefix=head, label_font=KT, num_id=nid, display_prefix="（%s）" % "一二三"[i])
    # sub-items typed by hand under （三）
    body("1.依托中国（陕西）自由贸易试验区西安区域和西安综合保税区，发展“班列+跨境电商”“班列+保税加工”等业态，"
         "支持汽车及零部件、光伏组件等本地产品通过班列出口；")
    body("2.推动西安综合保税区与西安国际港站实现监管互认、信息互通，探索开展“铁路快通”“一单制”多式联运改革试点；")
    body("3.引进国际物流龙头企业在集结中心设立区域分拨中心，2026年新增落地供应链企业不少于20家。")
    items2 = [
        ("加大资金支持力度。",
         "市财政局要会同西安国际港务区管委会，统筹用好中央预算内投资、地方政府专项债券和市级开放型经济发展专项资金，"
         "对集结中心基础设施项目予以倾斜支持。"),
        ("优化口岸营商环境。",
         "西安海关要深化“两步申报”“提前申报”等通关便利化改革，推动中欧班列进出口货物整体通关时间比2025年压缩10%以上。"),
        ("加强用地和环评保障。",
         "市资源规划局、市生态环境局要对集结中心重点项目实行并联审批，确保项目用地、环评手续于2026年6月底前办结。"),
    ]
    cn = "一二三四五六七八"
    for i, (head, text) in enumerate(items2):
        body(text, bold_prefix=head, label_font=KT, num_id=nid, display_prefix="（%s）" % cn[3 + i])

    body("各有关单位要按照会议议定事项，明确责任分工，倒排工期、挂图作战，每月25日前将工作进展情况报市政府办公厅，"
         "市政府督查室要加强跟踪督办。", bold_prefix="会议要求，", label_font=FS)

    banji(doc, [("分送：", "市委办公厅，市人大常委会办公厅，市政协办公厅。"),
                ("", "市发展改革委、市财政局、市商务局、市交通局、市资源规划局、市生态环境局，西安国际港务区、西安经开区管委会，"
                     "西安海关，中国铁路西安局集团有限公司。")],
          "西安市人民政府办公厅", "2026年4月3日")

    name = "blind397_xian_zhuanti"
    path = os.path.join(HERE, name + ".docx")
    doc.save(path)
    EXPECTED[name] = [{
        "meta": meta(title="关于加快中欧班列（西安）集结中心建设有关事项的会议纪要", doc_number="〔2026〕27号",
                     issuer=["西安市人民政府办公厅"], date="2026-04-03", level="municipal",
                     region="西安市", doc_type="纪要"),
        "clauses": clauses,
    }]
    return path


# ================================================================ doc 3: 义乌 专题会议纪要
def doc_yiwu():
    doc = new_doc()
    clauses = []

    def body(text, bold_prefix=None, label_font=FS):
        runs = []
        if bold_prefix:
            runs.append((bold_prefix, label_font, 16, True))
        runs.append((text, FS, 16, False))
        para(doc, runs)
        clauses.append((bold_prefix or "") + text.replace("\n", ""))

    # masthead typed with full-width spaces for alignment
    para(doc, [("义乌市人民政府专题会议纪要", XBS, 30, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, spacing=60)
    empty(doc)
    para(doc, [("〔2026〕9号", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p = para(doc, [("义乌市人民政府办公室" + "\u3000" * 9 + "2026年5月12日", FS, 16, False)], indent=False)
    border(p, "bottom", "FF0000", 18)
    empty(doc)

    para(doc, [("关于推进跨境电商高质量发展和“义新欧”\n中欧班列扩容提质的专题会议纪要", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=36)
    empty(doc)

    body("副市长方晓东", bold_prefix="主持：", label_font=HT)
    body("市政府办公室、市发改局、市商务局、市财政局、市交通运输局、市市场发展委、市自然资源规划局、义乌海关、"
         "义乌综合保税区管委会、义乌国际陆港集团有限公司、浙江自贸试验区金义片区义乌管理部有关负责人", bold_prefix="参加：",
         label_font=HT)
    empty(doc)

    body("2026年5月8日，副市长方晓东主持召开专题会议，研究推进跨境电商高质量发展和“义新欧”中欧班列扩容提质有关工作。"
         "会议听取了市商务局、义乌国际陆港集团有限公司的工作汇报，与会单位作了交流发言。现将会议主要精神和议定事项纪要如下：")
    body("今年以来，我市跨境电商和“义新欧”中欧班列保持较快增长，1—4月跨境电商进出口额同比增长18.6%，“义新欧”班列"
         "开行412列，同比增长9.3%。但也要清醒看到，当前外部环境复杂多变，海外仓布局不够均衡，班列回程货源组织、"
         "跨境物流成本等方面仍存在短板，必须进一步增强紧迫感。", bold_prefix="会议指出，")
    body("要重点抓好三方面工作：一是做强跨境电商主体，推动市场经营户“触网出海”，扩大跨境电商B2B出口规模；"
         "二是做优物流通道，推动“义新欧”班列与宁波舟山港海铁联运、义乌航空口岸联动发展；三是做实平台支撑，"
         "用好中国（浙江）自由贸易试验区金义片区、义乌综合保税区和中国（义乌）跨境电子商务综合试验区政策叠加优势。",
         bold_prefix="会议强调，")
    body("1．同意由市商务局牵头制定《义乌市跨境电商海外仓提升行动计划（2026—2027年）》，重点支持在中东、中亚、"
         "东欧等共建“一带一路”国家布局公共海外仓，于2026年6月底前提交市政府常务会议审议。",
         bold_prefix="会议议定：")
    body("2．同意对2026年新开通的“义新欧”班列回程线路，按照实际开行列数给予运营主体阶段性补助，具体标准由市财政局"
         "会同市交通运输局另行制定。")
    body("3．同意在义乌综合保税区开展跨境电商“保税备货+直播”试点，义乌海关要在风险可控前提下优化监管流程。")
    body("4．各牵头单位要按照下表分工抓好落实：")

    rows = [
        ("1", "培育跨境电商经营主体，新增跨境电商企业500家以上", "市商务局", "市市场发展委、市市场监管局", "2026年12月底前"),
        ("2", "推进“义新欧”班列扩线增量，全年开行班列1300列以上", "义乌国际陆港集团有限公司", "市交通运输局、义乌海关", "2026年12月底前"),
        ("3", "建设跨境电商公共海外仓，新增公共海外仓10个", "市商务局", "市财政局、义乌国际陆港集团有限公司", "2026年10月底前"),
        ("4", "推进海铁联运“一单制”改革，实现与宁波舟山港数据互联", "市交通运输局", "义乌海关、义乌国际陆港集团有限公司", "2026年9月底前"),
        ("5", "保障义乌国际陆港物流园三期项目用地", "市自然资源规划局", "义乌综合保税区管委会", "2026年7月底前"),
    ]
    header = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(12), Mm(62), Mm(30), Mm(38), Mm(26)]
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = w
    for j, h in enumerate(header):
        cell_text(t.cell(0, j), h, HT, 12, True, WD_ALIGN_PARAGRAPH.CENTER)
        t.cell(0, j).width = widths[j]
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, FS, 12, False,
                      WD_ALIGN_PARAGRAPH.CENTER if j in (0, 4) else WD_ALIGN_PARAGRAPH.LEFT)
            t.cell(i, j).width = widths[j]
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    empty(doc)

    body("各有关单位要切实提高站位，主要负责人亲自抓、分管负责人具体抓，建立工作台账，每月5日前将上月工作进展报市商务局汇总，"
         "由市商务局报市政府。市政府督查考核办要将会议议定事项纳入督查范围，定期通报落实情况。",
         bold_prefix="会议要求，")

    banji(doc, [("分送：", "市委办公室，市人大常委会办公室，市政协办公室。"),
                ("", "各镇人民政府、街道办事处，市政府各部门，义乌海关，义乌国际陆港集团有限公司。")],
          "义乌市人民政府办公室", "2026年5月12日")

    name = "blind397_yiwu_zhuanti"
    path = os.path.join(HERE, name + ".docx")
    doc.save(path)
    EXPECTED[name] = [{
        "meta": meta(title="关于推进跨境电商高质量发展和“义新欧”中欧班列扩容提质的专题会议纪要",
                     doc_number="〔2026〕9号", issuer=["义乌市人民政府办公室"], date="2026-05-12",
                     level="county", region="义乌市", doc_type="纪要"),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_ganzhou(), doc_xian(), doc_yiwu()]
    for pth in paths:
        to_pdf(pth)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
