# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 475 blind test documents: 审计结果公告 + 片区管委会整改情况报告."""
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
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._r.get_or_add_rPr()
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
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    add_page_number(sec)
    return doc


def add_page_number(sec):
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = fp.add_run()
    set_font(r, "宋体", 14)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r = fp.add_run()
    set_font(r, "宋体", 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r = fp.add_run("1")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    r = fp.add_run(" —")
    set_font(r, "宋体", 14)


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
        ind = p._p.get_or_add_pPr().find(qn("w:ind"))
        if ind is not None:
            ind.set(qn("w:firstLineChars"), "200")


def para(doc, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, line=28):
    """runs: list of (text, font, size, bold, color)"""
    p = doc.add_paragraph()
    fmt(p, align, indent, line)
    for t in runs:
        text, font = t[0], t[1]
        size = t[2] if len(t) > 2 else 16
        bold = t[3] if len(t) > 3 else False
        color = t[4] if len(t) > 4 else None
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False)


def red_line(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="4" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), sz, color)))


def title(doc, lines, soft=True):
    """lines: title pieces; soft=True -> one paragraph with soft breaks"""
    if soft:
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            set_font(r, XBS, 22)
            if i < len(lines) - 1:
                r.add_break(WD_BREAK.LINE)
    else:
        for ln in lines:
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
            r = p.add_run(ln)
            set_font(r, XBS, 22)


def h1(doc, text):
    para(doc, [(text, HT, 16)])


def h2(doc, text):
    para(doc, [(text, KT, 16, True)])


def runin(doc, head, rest, hfont=FS, hbold=True):
    para(doc, [(head, hfont, 16, hbold), (rest, FS, 16)])
    return head + rest


def body(doc, text):
    para(doc, [(text, FS, 16)])
    return text


def set_cell(cell, text, bold=False, font=FS, size=12, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt(p, align, indent=False, line=20)
    r = p.add_run(text)
    set_font(r, font, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def data_table(doc, header, rows, widths, merge_col=None, merge_rows=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        set_cell(t.cell(0, j), h, bold=True, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0])
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if merge_col is not None and j == merge_col and i in merge_rows[1:]:
                continue
            al = WD_ALIGN_PARAGRAPH.CENTER if j == 0 else WD_ALIGN_PARAGRAPH.LEFT
            set_cell(t.cell(i + 1, j), v, align=al)
    if merge_col is not None:
        a = t.cell(merge_rows[0] + 1, merge_col)
        b = t.cell(merge_rows[-1] + 1, merge_col)
        m = a.merge(b)
        set_cell(m, rows[merge_rows[0]][merge_col], align=WD_ALIGN_PARAGRAPH.LEFT)
    t.autofit = False
    for j, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j] * 567)))
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    clauses = []
    for row in rows:
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    return clauses


def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    absxml = (
        '<w:abstractNum %s w:abstractNumId="90">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="（%%1）"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s"/><w:b/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), KT, KT, KT))
    absnum = parse_xml(absxml)
    existing = numbering.findall(qn("w:abstractNum"))
    if existing:
        existing[-1].addnext(absnum)
    else:
        numbering.insert(0, absnum)
    numbering.append(parse_xml(
        '<w:num %s w:numId="90"><w:abstractNumId w:val="90"/></w:num>' % nsdecls("w")))
    return 90


def numbered(doc, numid, head, rest):
    p = para(doc, [(head, KT, 16, True), (rest, FS, 16)])
    numpr = p._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = numid
    return p


CN = "一二三四五六七八九十"


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None,
                level=None, region=None, effective=None, expires=None, attachments=[],
                doc_type=None, recipients=[], publicity=None, repeals=None)
    base.update(kw)
    return base


# ================================================================ doc 1
def doc_xiamen_gonggao():
    doc = new_doc()
    cl = []
    p = para(doc, [("厦门市审计局审计结果公告", XBS, 30, False, RED)],
             WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50)
    empty(doc)
    p = para(doc, [("2026年第3号", FS, 16)], WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    red_line(p)
    empty(doc)
    t1 = "关于中国（福建）自由贸易试验区厦门片区"
    t2 = "2025年度专项资金管理使用情况"
    t3 = "跟踪审计结果的公告"
    title(doc, [t1, t2, t3], soft=True)
    empty(doc)

    cl.append(body(doc, "根据《中华人民共和国审计法》和厦门市审计局2025年度审计项目计划安排，2025年6月至2026年1月，厦门市审计局对中国（福建）自由贸易试验区厦门片区（以下简称厦门片区）2025年度专项资金管理使用情况进行了跟踪审计，重点审计了厦门片区管理委员会（以下简称片区管委会）本级，延伸审计了厦门市财政局、厦门市商务局、海沧区人民政府等5个部门（单位）和14家资金使用单位。现将审计结果公告如下："))
    h1(doc, "一、基本情况")
    cl.append(body(doc, "2025年，厦门片区共安排专项资金8.63亿元，其中：省级自贸试验区发展专项资金1.20亿元，市级财政资金7.43亿元。资金主要用于跨境电商产业扶持、中欧（厦门）班列运营补贴、综合保税区基础设施建设、外商投资促进和制度创新奖励等5个方面，涉及项目63个。截至2025年12月31日，累计拨付6.95亿元，拨付率80.53%。"))
    cl.append(body(doc, "审计结果表明，片区管委会认真贯彻落实党中央、国务院关于自由贸易试验区建设的决策部署和省委、省政府，市委、市政府工作要求，围绕高水平制度型开放统筹使用专项资金，支持跨境电商、中欧班列和综合保税区发展。2025年，厦门片区跨境电商进出口额增长18.6%，中欧（厦门）班列开行412列，新设外商投资企业386家，专项资金在推动片区开放型经济发展中发挥了积极作用。"))
    h1(doc, "二、审计发现的主要问题")
    h2(doc, "（一）资金分配和拨付方面")
    cl.append(runin(doc, "1.部分资金拨付滞后。", "截至2025年12月31日，片区管委会经济发展局有3个跨境电商产业扶持项目的资金共计2860.50万元未按规定时限拨付至项目单位，滞留时间最长达7个月。"))
    cl.append(runin(doc, "2.超范围列支专项资金。", "2025年，厦门海沧港综合保税区管理服务中心在综合保税区基础设施维护项目中列支日常办公经费和车辆运行费用156.32万元，不符合专项资金使用范围规定。"))
    h2(doc, "（二）项目管理方面")
    cl.append(runin(doc, "3.中欧班列运营补贴审核把关不严。", "厦门丝路国际班列运营有限公司2025年申报的班列运营补贴中，有26列次回程班列的集装箱装载率未达到补贴政策规定的70%标准，仍按满载标准获得补贴412.80万元。"))
    cl.append(runin(doc, "4.部分建设项目推进缓慢。", "海沧港综合保税区二期查验场站改造工程等2个项目预算总投资1.18亿元，截至审计时仅完成投资0.31亿元，投资完成率26.27%，未按期完工。"))
    cl.append(runin(doc, "5.外商投资促进奖励兑现不规范。", "片区管委会招商服务中心对3家外商投资企业在实际到资未达到合同约定金额50%的情况下，提前兑现落户奖励资金合计375万元。"))
    h2(doc, "（三）资金绩效方面")
    cl.append(runin(doc, "6.部分专项资金闲置。", "2025年制度创新奖励资金预算2000万元，当年实际支出540.60万元，闲置1459.40万元，资金使用效益未充分发挥。"))
    cl.append(runin(doc, "7.绩效目标设定不够科学。", "跨境电商产业扶持资金的12项绩效指标中，有5项指标未设定量化标准，部分指标值低于上年实际完成水平，绩效评价结果难以真实反映资金使用效果。"))
    cl.append(body(doc, "对上述问题，厦门市审计局已依法出具审计报告，下达审计决定书，要求片区管委会及相关单位予以纠正；对涉及违反财经纪律的问题，依法依规作出处理。"))

    h1(doc, "三、审计建议")
    cl.append(runin(doc, "（一）加快资金拨付进度。", "片区管委会要建立专项资金拨付进度定期通报机制，对已批复项目及时拨付资金，切实提高财政资金使用时效。", KT))
    # two items typed in ONE Word paragraph, separated by a soft line break
    a_h, a_t = "（二）严格专项资金使用管理。", "严格按照规定用途和范围使用专项资金，对超范围列支、提前兑现奖励等问题举一反三，全面开展自查自纠。"
    b_h, b_t = "（三）强化补贴项目审核监管。", "完善中欧班列运营补贴、外商投资促进奖励等政策的审核标准和程序，引入第三方核验，防止多拨、错拨补贴资金。"
    p = doc.add_paragraph()
    fmt(p)
    r = p.add_run(a_h); set_font(r, KT, 16, True)
    r = p.add_run(a_t); set_font(r, FS, 16)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("　　" + b_h); set_font(r, KT, 16, True)
    r = p.add_run(b_t); set_font(r, FS, 16)
    cl.append(a_h + a_t)
    cl.append(b_h + b_t)
    cl.append(runin(doc, "（四）健全预算绩效管理体系。", "科学设定绩效目标和指标，加强绩效运行监控和评价结果应用，提高专项资金使用效益。", KT))

    h1(doc, "四、整改情况")
    cl.append(body(doc, "对审计发现的问题，片区管委会高度重视，制定整改方案，逐项明确整改责任和时限。截至2026年3月31日，7个问题中已整改到位5个，部分整改2个；通过加快拨付、收回资金、调整用途等方式整改问题金额5137.62万元，制定完善制度6项。具体整改情况如下表："))
    header = ["序号", "问题", "整改措施", "整改进展", "责任单位"]
    rows = [
        ["1", "部分资金拨付滞后", "建立资金拨付进度周调度机制，对滞留资金逐项核实后拨付", "已整改。2860.50万元已全部拨付至项目单位", "片区管委会经济发展局"],
        ["2", "超范围列支专项资金", "将违规列支的办公经费和车辆运行费用调整至部门预算支出，归还专项资金", "已整改。156.32万元已归还原资金渠道", "厦门海沧港综合保税区管理服务中心"],
        ["3", "中欧班列运营补贴审核把关不严", "追回多拨付的补贴资金，修订班列运营补贴审核细则", "部分整改。已收回286.40万元，剩余126.40万元按协议于2026年6月底前分期收回", "片区管委会经济发展局、厦门丝路国际班列运营有限公司"],
        ["4", "部分建设项目推进缓慢", "成立项目专班，倒排工期，每月通报建设进度", "部分整改。截至2026年3月底累计完成投资0.67亿元，预计2026年9月底前完工", "片区管委会规划建设局"],
        ["5", "外商投资促进奖励兑现不规范", "收回提前兑现的落户奖励资金，完善奖励兑现前核查程序", "已整改。375万元已全部收回", "片区管委会招商服务中心"],
        ["6", "部分专项资金闲置", "按程序将闲置资金调整用于跨境电商公共服务平台建设", "已整改。1459.40万元已调整用途并完成拨付", "片区管委会财政金融局"],
        ["7", "绩效目标设定不够科学", "修订跨境电商产业扶持资金绩效指标体系，补充量化标准", "已整改。已印发修订后的绩效目标管理办法", "片区管委会财政金融局"],
    ]
    cl.extend(data_table(doc, header, rows, [1.5, 3.0, 4.1, 4.2, 2.8]))
    empty(doc)
    cl.append(body(doc, "下一步，厦门市审计局将持续跟踪审计发现问题的整改情况，督促片区管委会全面整改到位。具体整改情况由片区管委会向社会公告。"))
    empty(doc, 2)
    # 落款 aligned with manual full-width spaces
    para(doc, [("　　　　　　　　　　　　　　　　　厦门市审计局", FS, 16)], WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    para(doc, [("　　　　　　　　　　　　　　　　2026年4月20日", FS, 16)], WD_ALIGN_PARAGRAPH.LEFT, indent=False)

    m = meta(title=t1 + t2 + t3, doc_number="2026年第3号", issuer=["厦门市审计局"],
             date="2026-04-20", level="municipal",
             region="中国（福建）自由贸易试验区厦门片区", doc_type="公告")
    return doc, [{"meta": m, "clauses": cl}]


# ================================================================ doc 2
def doc_xiamen_baogao():
    doc = new_doc()
    cl = []
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44)
    r = p.add_run("中国（福建）自由贸易试验区"); set_font(r, XBS, 26, False, RED)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("厦门片区管理委员会文件"); set_font(r, XBS, 26, False, RED)
    empty(doc)
    # 上行文: 文号 left, 签发人 right, same line, manual spaces
    p = para(doc, [("　厦自贸委〔2026〕21号", FS, 16),
                   ("　　　　　　", FS, 16),
                   ("签发人：", FS, 16), ("陈建华", KT, 16)],
             WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    red_line(p)
    empty(doc)
    t1 = "中国（福建）自由贸易试验区厦门片区"
    t2 = "管理委员会关于2025年度专项资金跟踪审计"
    t3 = "发现问题整改情况的报告"
    title(doc, [t1, t2, t3], soft=True)
    empty(doc)
    para(doc, [("厦门市审计局：", FS, 16)], WD_ALIGN_PARAGRAPH.LEFT, indent=False)

    cl.append(body(doc, "2025年6月至2026年1月，你局对中国（福建）自由贸易试验区厦门片区2025年度专项资金管理使用情况进行了跟踪审计，并于2026年2月12日印发了审计报告（厦审报〔2026〕9号）和审计决定书（厦审决〔2026〕4号）。我委高度重视，对照审计指出的7个方面问题逐项制定整改措施，认真抓好整改落实。现将整改情况报告如下："))
    h1(doc, "一、整改工作总体情况")
    cl.append(runin(doc, "（一）加强组织领导。", "成立由管委会主要负责同志任组长、分管负责同志任副组长的审计整改工作领导小组，召开专题会议3次，研究部署整改工作，明确“谁主管、谁负责、谁整改”的责任要求。", KT))
    cl.append(runin(doc, "（二）建立整改台账。", "对审计发现的7个问题逐一建立整改台账，明确整改责任单位、责任人、整改措施和完成时限，实行“清单化管理、销号式推进”，整改一项、销号一项。", KT))
    cl.append(runin(doc, "（三）注重建章立制。", "坚持“当下改”与“长久立”相结合，制定修订《厦门片区专项资金管理办法》《厦门片区中欧班列运营补贴审核细则》等制度6项，从源头上防范类似问题发生。", KT))
    h1(doc, "二、审计发现问题的整改情况")
    cl.append(body(doc, "截至2026年3月31日，审计发现的7个问题中，已整改到位5个，部分整改2个，整改问题金额5137.62万元。具体如下："))
    cl.append(runin(doc, "1．关于部分资金拨付滞后的问题。", "经逐项核实，3个跨境电商产业扶持项目均已完成验收，经济发展局已于2026年2月28日前将滞留资金2860.50万元全部拨付至项目单位。同时，建立专项资金拨付进度周调度机制，对超过30日未拨付的资金实行预警提醒。"))
    cl.append(runin(doc, "2．关于超范围列支专项资金的问题。", "厦门海沧港综合保税区管理服务中心已将违规列支的日常办公经费和车辆运行费用156.32万元调整至部门预算支出，并于2026年3月10日归还原资金渠道。管委会对相关责任人进行了约谈提醒。"))
    cl.append(runin(doc, "3．关于中欧班列运营补贴审核把关不严的问题。", "该问题涉及多拨付补贴资金412.80万元，目前已部分整改。"))
    cl.append(body(doc, "（1）追回资金情况。经与厦门丝路国际班列运营有限公司协商，已收回补贴资金286.40万元，剩余126.40万元已签订还款协议，约定于2026年6月30日前分两期收回。"))
    cl.append(body(doc, "（2）完善制度情况。修订印发《厦门片区中欧班列运营补贴审核细则》，明确回程班列装载率由第三方机构核验，补贴资金实行“先核验、后拨付”。"))
    cl.append(runin(doc, "4．关于部分建设项目推进缓慢的问题。", "成立海沧港综合保税区二期查验场站改造工程等2个项目建设专班，倒排工期、挂图作战。截至2026年3月31日，2个项目累计完成投资0.67亿元，投资完成率56.78%，预计2026年9月底前完工。"))
    cl.append(runin(doc, "5．关于外商投资促进奖励兑现不规范的问题。", "招商服务中心已向3家外商投资企业全额收回提前兑现的落户奖励资金375万元，并修订《厦门片区外商投资促进奖励实施细则》，增加实际到资核验环节，奖励资金须经第三方验资确认后方可兑现。"))
    cl.append(runin(doc, "6．关于部分专项资金闲置的问题。", "经管委会主任办公会研究并报市财政局备案，将制度创新奖励资金结余1459.40万元调整用于跨境电商公共服务平台二期建设，目前已完成拨付。今后将根据项目储备情况合理编制专项资金预算。"))
    cl.append(runin(doc, "7．关于绩效目标设定不够科学的问题。", "财政金融局会同经济发展局修订了跨境电商产业扶持资金绩效指标体系，对5项未量化指标补充设定量化标准，并印发《厦门片区专项资金预算绩效目标管理办法》，将绩效目标审核作为资金分配的前置条件。"))
    h1(doc, "三、下一步工作打算")
    cl.append(runin(doc, "（一）持续推进未完成事项整改。", "对中欧班列运营补贴剩余资金回收和建设项目推进缓慢2个部分整改问题，实行挂牌督办，确保在承诺时限内整改到位，并及时向你局报送整改结果。", KT))
    cl.append(runin(doc, "（二）健全专项资金管理长效机制。", "全面梳理片区各类专项资金管理制度，加强资金申报、审核、拨付、监督全流程管理，推动专项资金管理规范化、信息化。", KT))
    cl.append(runin(doc, "（三）强化审计结果运用。", "将审计整改情况纳入片区各部门年度绩效考核，对整改不力、敷衍整改的单位和个人严肃追责问责。", KT))
    cl.append(body(doc, "特此报告。"))
    empty(doc)
    para(doc, [("附件：1．审计发现问题整改情况明细表", FS, 16)], WD_ALIGN_PARAGRAPH.LEFT, indent=True)
    para(doc, [("　　　2．整改制度文件目录", FS, 16)], WD_ALIGN_PARAGRAPH.LEFT, indent=True)
    empty(doc, 2)
    para(doc, [("中国（福建）自由贸易试验区厦门片区管理委员会", FS, 16)], WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, [("2026年3月31日　　　　", FS, 16)], WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, [("（联系人：林晓雯，电话：0592-6053218）", FS, 16)], WD_ALIGN_PARAGRAPH.LEFT, indent=True)
    empty(doc, 3)
    # 版记 as a one-column table with horizontal rules only
    t = doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="single" w:sz="8" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="8" w:color="000000"/>'
        '<w:insideH w:val="single" w:sz="4" w:color="000000"/></w:tblBorders>' % nsdecls("w")))
    set_cell(t.cell(0, 0), "抄送：厦门市人民政府办公厅，厦门市财政局，厦门市商务局。", size=14)
    set_cell(t.cell(1, 0), "厦门自贸片区管委会办公室　　　　　　　　2026年3月31日印发", size=14)

    m = meta(title=t1 + t2 + t3, doc_number="厦自贸委〔2026〕21号",
             issuer=["中国（福建）自由贸易试验区厦门片区管理委员会"],
             date="2026-03-31", level="zone",
             region="中国（福建）自由贸易试验区厦门片区",
             attachments=["审计发现问题整改情况明细表", "整改制度文件目录"],
             doc_type="报告", recipients=["厦门市审计局"])
    return doc, [{"meta": m, "clauses": cl}]


# ================================================================ doc 3
def doc_qinzhou_gonggao():
    doc = new_doc()
    numid = add_numbering(doc)
    cl = []
    p = para(doc, [("钦州市审计局", XBS, 34, False, RED)], WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50)
    p = para(doc, [("审 计 结 果 公 告", XBS, 26, False, RED)], WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44)
    p = para(doc, [("2026年第2号", FS, 16)], WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    red_line(p)
    empty(doc)
    # title typed as two separate paragraphs
    t1 = "关于中国（广西）自由贸易试验区钦州港片区"
    t2 = "2025年度专项资金管理使用情况"
    t3 = "跟踪审计结果的公告"
    title(doc, [t1, t2, t3], soft=False)
    empty(doc)

    cl.append(body(doc, "根据《中华人民共和国审计法》规定，钦州市审计局于2025年7月至2026年2月对中国（广西）自由贸易试验区钦州港片区（以下简称钦州港片区）2025年度专项资金管理使用情况进行了跟踪审计，审计了钦州港片区管理委员会（以下简称片区管委会），延伸审计了钦州综合保税区管理局、钦州市商务局等4个部门和9家资金使用单位。现将审计结果公告如下："))
    h1(doc, "一、基本情况")
    cl.append(body(doc, "2025年，钦州港片区共筹集专项资金5.42亿元，其中自治区财政资金1.65亿元、钦州市本级财政资金3.77亿元，主要用于西部陆海新通道海铁联运补贴、跨境电商综合试验区建设、钦州综合保税区发展和外商投资企业引进等方面。截至2025年底，累计支出4.18亿元，支出进度77.12%。"))
    cl.append(body(doc, "审计结果表明，片区管委会认真落实自治区党委、自治区人民政府关于建设中国（广西）自由贸易试验区的部署要求，积极发挥专项资金引导作用，推动西部陆海新通道建设和面向东盟的开放合作。2025年，钦州港片区完成外贸进出口额856.3亿元，海铁联运班列开行9850列，跨境电商交易额增长23.4%，实际使用外资1.36亿美元。"))
    h1(doc, "二、审计发现的主要问题")
    probs = [
        ("专项资金统筹不到位。", "片区管委会未将钦州综合保税区发展资金0.86亿元纳入片区专项资金统一管理，存在资金分散安排、重复申报隐患。"),
        ("海铁联运补贴资金多头申报。", "钦州北港国际物流有限公司将同一批次1320标准箱海铁联运业务分别向片区管委会和钦州市商务局申报补贴，重复获得补贴资金198万元。"),
        ("跨境电商综合试验区建设资金使用效益不高。", "钦州港片区跨境电商公共海外仓项目投入专项资金1860万元，建成后仓储利用率仅为21.5%，未达到项目可行性研究报告确定的60%目标。"),
        ("外商投资企业引进奖励政策执行不严格。", "2家外商投资企业获得设备购置补助资金合计640.50万元后，未按承诺在钦州港片区经营满3年即迁出，片区管委会未按协议追回补助资金。"),
        ("政府采购程序不规范。", "钦州综合保税区管理局将综合保税区信息化运维服务项目（合同金额386.40万元）拆分为3个合同分别采购，规避公开招标。"),
        ("部分项目资金结余未及时收回。", "截至2025年底，钦州综合保税区管理局已完工的5个项目结余资金合计1235.80万元未按规定收回统筹使用。"),
    ]
    for i, (h, t) in enumerate(probs):
        numbered(doc, numid, h, t)
        cl.append("（%s）%s%s" % (CN[i], h, t))
    cl.append(body(doc, "针对上述问题，钦州市审计局已依法征求被审计单位意见，出具审计报告，下达审计决定，并要求有关单位认真整改。"))
    h1(doc, "三、审计建议")
    cl.append(runin(doc, "（一）加强专项资金统筹管理。", "将片区各类专项资金纳入统一管理平台，实行统一编制、统一审核、统一拨付，避免资金分散和重复申报。", KT))
    cl.append(runin(doc, "（二）完善补贴奖励政策执行机制。", "建立跨部门补贴信息共享和比对机制，强化对获补企业的事后跟踪管理，依法追回违规获取的资金。", KT))
    cl.append(runin(doc, "（三）提升项目资金使用绩效。", "加强项目可行性论证和建成后运营管理，及时清理收回结余资金，提高财政资金使用效益。", KT))
    h1(doc, "四、整改情况")
    cl.append(body(doc, "钦州港片区管委会对审计发现的问题认真组织整改。截至2026年4月30日，6个问题已整改到位4个，正在整改2个，已追回、收回资金2074.30万元，完善制度4项。具体情况如下："))
    header = ["序号", "问题", "整改措施", "整改进展", "责任单位"]
    rows = [
        ["1", "专项资金统筹不到位", "将综合保税区发展资金纳入片区专项资金统一编制预算，修订片区专项资金管理办法", "正在整改。已纳入2026年度片区专项资金预算，管理办法修订稿正在征求意见", "片区管委会财政局"],
        ["2", "海铁联运补贴资金多头申报", "追回重复获得的补贴资金，建立片区与市商务局补贴信息共享核查机制", "已整改。198万元已全部追回", "片区管委会物流发展局、钦州市商务局"],
        ["3", "跨境电商综合试验区建设资金使用效益不高", "加大海外仓招商力度，制定海外仓运营绩效考核办法", "正在整改。已新引进6家跨境电商企业入驻，仓储利用率提高至43.2%", "片区管委会商务局"],
        ["4", "外商投资企业引进奖励政策执行不严格", "依据协议追回补助资金，完善奖励资金兑现后跟踪管理制度", "已整改。640.50万元已全部追回", "片区管委会投资促进局"],
        ["5", "政府采购程序不规范", "对相关责任人进行约谈，组织开展政府采购业务培训，修订内部采购管理规定", "已整改", "钦州综合保税区管理局"],
        ["6", "部分项目资金结余未及时收回", "将结余资金收回片区财政统筹使用", "已整改。1235.80万元已全部收回", "钦州综合保税区管理局"],
    ]
    cl.extend(data_table(doc, header, rows, [1.5, 3.2, 3.9, 4.2, 2.8], merge_col=4, merge_rows=[4, 5]))
    empty(doc)
    cl.append(body(doc, "钦州港片区管委会的具体整改情况，由其自行向社会公告。"))
    empty(doc, 2)
    # 落款 placed in a borderless layout table
    t = doc.add_table(rows=2, cols=2)
    for row in t.rows:
        row.cells[0].width = Cm(8.5)
        row.cells[1].width = Cm(7.1)
    set_cell(t.cell(0, 1), "钦州市审计局", size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_cell(t.cell(1, 1), "2026年5月15日", size=16, align=WD_ALIGN_PARAGRAPH.CENTER)

    m = meta(title=t1 + t2 + t3, doc_number="2026年第2号", issuer=["钦州市审计局"],
             date="2026-05-15", level="municipal",
             region="中国（广西）自由贸易试验区钦州港片区", doc_type="公告")
    return doc, [{"meta": m, "clauses": cl}]


def main():
    builders = [
        ("blind475_xiamen_gonggao", doc_xiamen_gonggao),
        ("blind475_xiamen_baogao", doc_xiamen_baogao),
        ("blind475_qinzhou_gonggao", doc_qinzhou_gonggao),
    ]
    expected = {}
    for stem, fn in builders:
        doc, ex = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = ex
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_475", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
