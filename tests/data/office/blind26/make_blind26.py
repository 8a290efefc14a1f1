# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write three fictional office files (round 26) and expected.json next to this script.

1. blind26_upward_report.pdf    天津市商务局 upward 报告 to 市政府 (文号 | 签发人 in a borderless two-cell table; Word -> PDF)
2. blind26_govcn_copy.txt       国务院办公厅 意见 copied from a central government web page (tab table, 责任编辑, 相关报道)
3. blind26_rules_sections.docx  黑龙江省商务厅、财政厅 notice issuing a 实施细则 with 章/节/条/款/项 and cross references

All documents, numbers and names of people are invented.
"""
import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
SERIF = "Noto Serif CJK SC"
SANS = "Noto Sans CJK SC"
RED = RGBColor(0xE0, 0x00, 0x00)


# ---------------------------------------------------------------- docx helpers
def set_run_font(run, name=SERIF, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name)


def add_page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_run_font(r, SERIF, 14)
    r = p.add_run()
    set_run_font(r, SERIF, 14)
    for tag, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if tag:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), tag)
            r._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            r._element.append(it)
    r = p.add_run(" —")
    set_run_font(r, SERIF, 14)


def new_document():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = SERIF
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(k), SERIF)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    add_page_number_footer(sec)
    return doc


def para(doc, text, align=None, indent=True, size=16, font=SERIF, bold=False, color=None, space_after=0, runs=None):
    """runs: optional list of (text, font, bold) to build a paragraph from several runs (e.g. bold lead-in)."""
    p = doc.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if space_after:
        p.paragraph_format.space_after = Pt(space_after)
    for t, f, b in runs or [(text, font, bold)]:
        r = p.add_run(t)
        set_run_font(r, f, size, b, color)
    return p


def border(p, side="bottom", color="E00000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def blank(doc):
    return para(doc, "", indent=False)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def cell_text(cell, text, size=16, align="left", font=SERIF, bold=False, color=None, indent_chars=0):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    if indent_chars:
        p.paragraph_format.left_indent = Pt(size * indent_chars)
    if size > 20:
        p.paragraph_format.line_spacing = Pt(size * 1.35)
    r = p.add_run(text)
    set_run_font(r, font, size, bold, color)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def docx_to_pdf(docx_path, outdir):
    prof = tempfile.mkdtemp(prefix="lo_profile_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", outdir, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    return os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")


# ================================================================ file 1: upward report (PDF)
def make_upward_report():
    title = "天津市商务局关于2024年上半年中国（天津）自由贸易试验区建设推进情况的报告"
    docno = "津商务自贸〔2024〕23号"
    issuer = "天津市商务局"
    date_cn = "2024年7月15日"
    contact = "（联系人：刘某某；联系电话：022-58665123）"
    intro = "按照市委、市政府工作部署，我局会同天津港保税区、滨海新区中心商务区、天津经济技术开发区等片区管委会，扎实推进中国（天津）自由贸易试验区（以下简称天津自贸试验区）提升战略，积极服务共建“一带一路”。现将2024年上半年有关情况报告如下："
    # (kind, lead, rest): kind h1 = 一、 heading (黑体 line), h2 = （一） bold lead + text, n = 1. item, p = plain paragraph
    body = [
        ("h1", "一、总体运行情况", ""),
        ("p", "", "上半年，天津自贸试验区新设市场主体6,842户，同比增长12.6%；实际使用外资11.3亿美元，占全市的38.2%；实现进出口总额1,286.5亿元，同比增长7.9%，其中对共建“一带一路”国家进出口532.8亿元，同比增长15.4%，高于全市平均水平6.1个百分点。"),
        ("h1", "二、主要工作及成效", ""),
        ("h2", "（一）制度创新取得新突破。", "上半年新形成制度创新成果18项，其中“保税租赁资产跨关区监管”等3项经验获国家有关部委肯定，累计形成制度创新成果560余项。"),
        ("n", "1.融资租赁创新持续深化。", "东疆综合保税区新增飞机、船舶租赁业务126单，租赁资产总额同比增长9.3%，经营性租赁收取外币租金业务累计结算金额达28.6亿美元。"),
        ("n", "2.跨境贸易便利化水平提升。", "在天津港推广“船边直提”“抵港直装”模式，进口、出口整体通关时间分别压缩至29.8小时和0.9小时，较2023年同期分别缩短11.2%和18.2%。"),
        ("h2", "（二）服务共建“一带一路”能力不断增强。", "发挥天津港“一带一路”海陆交汇点作用，推动海铁联运与中欧班列协同发展。"),
        ("n", "1.国际物流通道加快拓展。", "上半年经天津口岸开行中欧（中亚）班列612列，同比增长21.7%；新开通至中东、东南亚集装箱航线5条。"),
        ("n", "2.境外合作项目稳步推进。", "支持区内企业参与埃及苏伊士经贸合作区建设，新签约入区项目7个，协议投资额2.4亿美元。"),
        ("h2", "（三）营商环境持续优化。", "深化“一制三化”审批制度改革，企业开办时间压缩至1个工作日以内，涉企经营许可事项“证照分离”改革实现全覆盖。"),
        ("h1", "三、存在的问题", ""),
        ("p", "", "一是制度创新的系统集成不够，首创性、引领性成果偏少；二是对共建“一带一路”国家投资合作仍以贸易为主，产业链协同不足；三是部分改革试点事项需国家部委授权，推进节奏受到制约。"),
        ("h1", "四、下一步工作安排", ""),
        ("h2", "（一）加快实施提升战略。", "对标高标准国际经贸规则，年内力争新形成制度创新成果30项以上。"),
        ("h2", "（二）深度服务共建“一带一路”。", "推动中欧班列扩量增效，全年开行力争突破1,200列。"),
        ("h2", "（三）争取国家支持。", "积极争取跨境资金池、数据跨境流动等试点事项在天津自贸试验区先行先试。"),
    ]
    closing = "特此报告。"

    doc = new_document()
    # red masthead
    p = para(doc, "天津市商务局文件", align="center", indent=False, size=36, font=SANS, bold=True, color=RED)
    p.paragraph_format.line_spacing = Pt(56)
    p.paragraph_format.space_before = Pt(24)
    p.paragraph_format.space_after = Pt(30)
    # 文号 left, 签发人 right -- ONE line set as a borderless two-cell table
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for c, w in zip(t.rows[0].cells, (Cm(8.0), Cm(7.6))):
        c.width = w
    cell_text(t.rows[0].cells[0], docno, align="left", indent_chars=1)
    cp = t.rows[0].cells[1].paragraphs[0]
    cp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    cp.paragraph_format.right_indent = Pt(16)
    r = cp.add_run("签发人：")
    set_run_font(r, SERIF, 16)
    r = cp.add_run("王某某")
    set_run_font(r, "Noto Serif CJK SC", 16, True)
    # red rule
    rule = para(doc, "", indent=False, size=8)
    rule.paragraph_format.line_spacing = Pt(8)
    border(rule, "bottom", "E00000", 24)
    blank(doc)
    blank(doc)
    para(doc, title, align="center", indent=False, size=22, font=SANS, bold=True, space_after=12)
    blank(doc)
    para(doc, "市政府：", indent=False)
    para(doc, intro)
    for kind, lead, rest in body:
        if kind == "h1":
            para(doc, lead, font=SANS)
        elif kind == "h2":
            para(doc, "", runs=[(lead, SERIF, True), (rest, SERIF, False)])
        elif kind == "n":
            para(doc, "", runs=[(lead, SERIF, False), (rest, SERIF, False)])
        else:
            para(doc, rest)
    para(doc, closing)
    blank(doc)
    blank(doc)
    p = para(doc, issuer, align="right", indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, date_cn, align="right", indent=False)
    p.paragraph_format.right_indent = Pt(48)
    blank(doc)
    para(doc, contact)

    tmpd = tempfile.mkdtemp(prefix="b26_")
    try:
        dx = os.path.join(tmpd, "blind26_upward_report.docx")
        doc.save(dx)
        pdf = docx_to_pdf(dx, tmpd)
        shutil.copy(pdf, os.path.join(HERE, "blind26_upward_report.pdf"))
    finally:
        shutil.rmtree(tmpd, ignore_errors=True)

    clauses = [intro]
    for kind, lead, rest in body:
        clauses.append(lead + rest)
    clauses.append(closing)
    return {
        "blind26_upward_report": [{
            "meta": {"title": title, "doc_number": docno, "issuer": issuer, "date": "2024-07-15"},
            "clauses": clauses,
            "_note": "One document (Word -> PDF via LibreOffice). The 文号 line is a borderless two-cell table: left cell 津商务自贸〔2024〕23号, right cell 签发人：王某某 (王某某 in bold). doc_number is 津商务自贸〔2024〕23号 only; '签发人：王某某' must not leak into doc_number, title, issuer or clauses. Not clauses: red masthead 天津市商务局文件, the 文号/签发人 line, addressee '市政府：' (an addressee; 市政府 is not an issuer), signature 天津市商务局, date 2024年7月15日, the contact line '（联系人：刘某某；联系电话：022-58665123）', page numbers '— 1 —'. Issuer 天津市商务局 (from masthead/signature, not '天津市商务局文件'). Headings 一、…四、 are expected as their own clauses (joining a heading with the paragraph below is minor). （一）/（二）/（三） paragraphs start with a bold lead sentence followed by plain text in the same paragraph: one clause each (the bold lead must not be split off as a separate heading-only clause, though that is a lesser fault than losing it). 1./2. items are their own clauses; they must not be glued to the （一） paragraph above. Inline 一是…；二是…；三是… in 三、 kept as one clause (splitting at 一是/二是/三是 also acceptable). '特此报告。' is the closing formula; keeping it as a clause or dropping it are both fine. Traps: 6,842 / 1,286.5 / 1,200 must not be broken at commas or decimal points; '2024年上半年' in the title and '2023年同期' are not the date; 022-58665123 is a phone number.",
        }]
    }


# ================================================================ file 2: gov.cn copy (TXT)
def make_govcn_copy():
    title = "国务院办公厅关于进一步发挥自由贸易试验区作用服务高质量共建“一带一路”的意见"
    docno = "国办发〔2024〕15号"
    addressee = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
    intro = "自由贸易试验区是新时代改革开放的新高地，也是服务高质量共建“一带一路”的重要平台。为进一步发挥自由贸易试验区（以下简称自贸试验区）改革开放试验田作用，更好服务共建“一带一路”，经国务院同意，现提出如下意见。"
    items = [
        ("h", "一、总体要求"),
        ("p", "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，统筹发展和安全，以制度型开放为重点，推动自贸试验区与共建“一带一路”国家在贸易、投资、物流、金融等领域深化合作。到2027年，自贸试验区对共建“一带一路”国家进出口占比明显提高，形成一批可复制可推广的制度创新成果。"),
        ("h", "二、重点任务"),
        ("p", "（一）提升贸易便利化水平。支持自贸试验区与共建“一带一路”国家开展“智慧海关、智能边境、智享联通”合作，推进国际贸易“单一窗口”互联互通，扩大原产地证书电子联网覆盖范围。"),
        ("p", "（二）扩大双向投资合作。鼓励自贸试验区内企业在共建“一带一路”国家建设境外经贸合作区，支持符合条件的外资企业在自贸试验区设立地区总部和功能性机构。"),
        ("p", "（三）分类推进通道建设。各自贸试验区要结合区位特点，明确服务共建“一带一路”的重点方向和责任单位，具体如下："),
        ("t", ["类别", "重点方向", "主要责任单位"]),
        ("t", ["沿海自贸试验区", "海上丝绸之路港航物流、航运金融", "交通运输部、人民银行"]),
        ("t", ["沿边自贸试验区", "跨境经济合作区、边民互市贸易", "商务部、海关总署"]),
        ("t", ["内陆自贸试验区", "中欧班列集结中心、多式联运", "国家发展改革委、国铁集团"]),
        ("p", "（四）深化金融领域合作。在风险可控前提下，支持自贸试验区内银行机构为共建“一带一路”项目提供跨境人民币结算和融资服务，稳妥推进跨境资金池业务试点。"),
        ("h", "三、保障措施"),
        ("p", "（五）加强组织领导。商务部要会同有关部门加强统筹协调和督促指导，及时总结推广经验做法。各有关地方人民政府要落实主体责任，制定具体实施方案。"),
        ("p", "（六）强化安全保障。健全境外投资风险防控和应急处置机制，加强对重点项目的安全评估，切实维护我国企业和人员在境外的合法权益。"),
        ("p", "各地区、各部门要充分认识进一步发挥自贸试验区作用服务高质量共建“一带一路”的重要意义，认真抓好贯彻落实，重大事项及时向国务院请示报告。"),
    ]
    lines = [title, "（" + docno + "）", "", addressee]
    lines.append("　　" + intro)
    for kind, x in items:
        if kind == "t":
            lines.append("\t".join(x))
        else:
            lines.append("　　" + x)
    lines += [
        "",
        "　　　　　　　　　　　　　　　　　　　　　　　　国务院办公厅",
        "　　　　　　　　　　　　　　　　　　　　　　　2024年3月28日",
        "　　（本文有删减）",
        "",
        "【我要纠错】 责任编辑：赵某某",
        "",
        "相关报道",
        "商务部有关负责人就《关于进一步发挥自由贸易试验区作用服务高质量共建“一带一路”的意见》答记者问",
        "图解：一图读懂自贸试验区服务共建“一带一路”新举措",
        "",
    ]
    with open(os.path.join(HERE, "blind26_govcn_copy.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))

    clauses = [intro]
    for kind, x in items:
        clauses.append(" | ".join(x) if kind == "t" else x)
    return {
        "blind26_govcn_copy": [{
            "meta": {"title": title, "doc_number": docno, "issuer": "国务院办公厅", "date": "2024-03-28"},
            "clauses": clauses,
            "_note": "UTF-8, LF, body paragraphs indented with two ideographic spaces, signature and date pushed right with ideographic spaces. doc_number is 国办发〔2024〕15号 without the brackets （）. Title is the first line only (not merged with the bracketed 文号 line). Not clauses: title line, '（国办发〔2024〕15号）', addressee line '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：' (addressees, not issuers), signature 国务院办公厅, date 2024年3月28日, '（本文有删减）', '【我要纠错】 责任编辑：赵某某', '相关报道' and the two headline lines below it (web noise; the first headline repeats the document title inside 《》 and must not become the title or a clause). Headings 一、二、三、 as own clauses (joining with the paragraph below is minor). （一）…（六） numbering runs on across 二、 and 三、 as in real 意见 — each its own clause. The tab-separated table (3 columns × 4 rows incl. header) is written with cells joined by ' | '; separator is free, but each row must be one clause with its three cells in order, not split per cell, not glued to （三） or （四）; keeping the header row as a clause or not is minor. The closing '各地区、各部门要…' paragraph is body text. Traps: '到2027年' is not a date of the document.",
        }]
    }


# ================================================================ file 3: rules with chapters/sections (DOCX)
def make_rules_sections():
    notice_title = "黑龙江省商务厅　黑龙江省财政厅关于印发《中国（黑龙江）自由贸易试验区对俄经贸合作专项资金管理实施细则》的通知"
    docno = "黑商规〔2024〕3号"
    addressee = "各市（地）商务局、财政局，中国（黑龙江）自由贸易试验区哈尔滨片区、黑河片区、绥芬河片区管委会："
    notice_body = "为深入贯彻落实《中国（黑龙江）自由贸易试验区总体方案》，支持自贸试验区企业深度参与共建“一带一路”和对俄经贸合作，规范专项资金管理，提高资金使用效益，省商务厅、省财政厅制定了《中国（黑龙江）自由贸易试验区对俄经贸合作专项资金管理实施细则》，现印发给你们，请认真贯彻执行。"
    rules_title = "中国（黑龙江）自由贸易试验区对俄经贸合作专项资金管理实施细则"
    S = "　"
    # structure: ("chap", text) | ("sec", text) | ("art", text) | ("item", text) | ("kuan", text)
    rules = [
        ("chap", "第一章　总　则"),
        ("art", "第一条" + S + "为规范中国（黑龙江）自由贸易试验区对俄经贸合作专项资金（以下简称专项资金）管理，提高资金使用效益，根据《中华人民共和国预算法》《中国（黑龙江）自由贸易试验区总体方案》和《黑龙江省省级财政专项资金管理办法》等规定，结合本省实际，制定本细则。"),
        ("art", "第二条" + S + "本细则适用于在中国（黑龙江）自由贸易试验区哈尔滨片区、黑河片区、绥芬河片区（以下统称片区）内依法登记注册、具有独立法人资格的企业。"),
        ("art", "第三条" + S + "专项资金的分配和使用遵循以下原则："),
        ("item", "（一）公开透明，择优支持；"),
        ("item", "（二）突出重点，注重实效；"),
        ("item", "（三）绩效导向，强化监管。"),
        ("chap", "第二章　支持范围和标准"),
        ("sec", "第一节　对外贸易"),
        ("art", "第四条" + S + "支持企业开展对俄贸易和跨境电子商务。企业符合下列条件的，按以下标准给予支持："),
        ("item", "（一）年度对俄进出口额首次突破5,000万元人民币的，一次性奖励20万元；"),
        ("item", "（二）在俄罗斯设立海外仓且年度使用面积不低于2,000平方米的，按实际租金的30%给予补助，每家企业每年最高不超过100万元。"),
        ("kuan", "同一企业同时符合前款第（一）项和第（二）项规定的，可以同时享受支持。"),
        ("art", "第五条" + S + "支持企业利用中欧班列和哈尔滨—绥芬河—符拉迪沃斯托克陆海联运通道开展进出口业务，按实际发运标准集装箱数量每标箱给予1,500元补助，每家企业每年最高不超过200万元。"),
        ("sec", "第二节　投资合作"),
        ("art", "第六条" + S + "支持企业在俄罗斯及其他共建“一带一路”国家开展农业、林业、能源资源等领域投资合作，按中方实际投资额的3%给予补助，单个项目最高不超过500万元。"),
        ("art", "第七条" + S + "支持企业建设和运营境外经贸合作区。经商务部确认考核的境外经贸合作区，对其实施企业一次性奖励300万元。"),
        ("kuan", "境外经贸合作区当年新增入区中资企业5家以上的，按每家10万元给予实施企业奖励，每年最高不超过100万元。"),
        ("chap", "第三章　申报和审核"),
        ("art", "第八条" + S + "专项资金实行年度申报制度。省商务厅会同省财政厅于每年3月31日前发布申报通知，明确申报条件、时间和要求。"),
        ("art", "第九条" + S + "申报企业应当提交以下材料："),
        ("item", "（一）专项资金申请表；"),
        ("item", "（二）营业执照复印件；"),
        ("item", "（三）项目实施情况说明及相关证明材料；"),
        ("item", "（四）企业对申报材料真实性负责的承诺书。"),
        ("art", "第十条" + S + "片区管委会负责对本片区企业申报材料进行初审，并于申报截止之日起15个工作日内将初审意见报送省商务厅。"),
        ("kuan", "省商务厅会同省财政厅组织专家评审，评审结果在省商务厅门户网站公示，公示期不少于5个工作日。"),
        ("chap", "第四章　监督管理"),
        ("art", "第十一条" + S + "获得支持的企业应当按规定使用专项资金，建立专项资金使用台账，自觉接受财政、审计、商务等部门的监督检查。"),
        ("art", "第十二条" + S + "专项资金实行全过程绩效管理。省商务厅会同省财政厅每年对专项资金使用情况开展绩效评价。"),
        ("kuan", "绩效评价结果作为以后年度专项资金分配的重要依据。绩效评价结果为差的片区，相应核减下一年度资金安排。"),
        ("art", "第十三条" + S + "企业有下列情形之一的，由省商务厅会同省财政厅追回已拨付资金，三年内不再受理其专项资金申请："),
        ("item", "（一）以虚报、冒领等手段骗取专项资金的；"),
        ("item", "（二）擅自改变专项资金用途的；"),
        ("item", "（三）拒不配合监督检查的。"),
        ("kuan", "片区管委会在初审工作中未依照本细则第十条第一款规定履行职责的，依照本细则第十二条第二款规定核减其下一年度资金安排；涉嫌违法犯罪的，依法移送有关机关处理。"),
        ("chap", "第五章　附　则"),
        ("art", "第十四条" + S + "本细则所称对俄经贸合作，是指企业与俄罗斯开展的货物贸易、服务贸易、跨境电子商务、物流通道建设和双向投资等经济合作活动；所称标准集装箱，是指20英尺国际标准集装箱，40英尺集装箱按2个标准箱计算。"),
        ("art", "第十五条" + S + "本细则由省商务厅、省财政厅负责解释。"),
        ("art", "第十六条" + S + "本细则自2024年10月1日起施行，有效期至2029年9月30日。"),
    ]

    doc = new_document()
    # joint red masthead: two agency names stacked, 文件 on the right spanning both rows
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for row in t.rows:
        row.cells[0].width = Cm(11.5)
        row.cells[1].width = Cm(3.5)
    cell_text(t.cell(0, 0), "黑龙江省商务厅", size=30, align="right", font=SANS, bold=True, color=RED)
    cell_text(t.cell(1, 0), "黑龙江省财政厅", size=30, align="right", font=SANS, bold=True, color=RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, "文件", size=30, align="left", font=SANS, bold=True, color=RED)
    tcPr = m._tc.get_or_add_tcPr()
    va = OxmlElement("w:vAlign")
    va.set(qn("w:val"), "center")
    tcPr.append(va)
    blank(doc)
    p = para(doc, docno, align="center", indent=False)
    border(p, "bottom", "E00000", 24)
    blank(doc)
    para(doc, notice_title, align="center", indent=False, size=22, font=SANS, bold=True, space_after=12)
    para(doc, addressee, indent=False)
    para(doc, notice_body)
    para(doc, "附件：中国（黑龙江）自由贸易试验区对俄经贸合作专项资金管理实施细则", indent=True)
    blank(doc)
    p = para(doc, "黑龙江省商务厅　　　　　　黑龙江省财政厅", align="right", indent=False)
    p.paragraph_format.right_indent = Pt(32)
    p = para(doc, "2024年8月30日", align="right", indent=False)
    p.paragraph_format.right_indent = Pt(64)
    para(doc, "（此件公开发布）")
    page_break(doc)
    para(doc, "附件", indent=False, font=SANS)
    blank(doc)
    para(doc, rules_title, align="center", indent=False, size=22, font=SANS, bold=True, space_after=12)
    for kind, text in rules:
        if kind == "chap":
            p = para(doc, text, align="center", indent=False, font=SANS)
            p.paragraph_format.space_before = Pt(8)
        elif kind == "sec":
            para(doc, text, align="center", indent=False, font=SANS, bold=False)
        elif kind == "art":
            num, rest = text.split(S, 1)
            para(doc, "", runs=[(num, SANS, False), (S + rest, SERIF, False)])
        else:
            para(doc, text)
    doc.save(os.path.join(HERE, "blind26_rules_sections.docx"))

    clauses = [notice_body] + [t for k, t in rules if k not in ("chap", "sec")]
    return {
        "blind26_rules_sections": [{
            "meta": {"title": notice_title, "doc_number": docno, "issuer": "黑龙江省商务厅、黑龙江省财政厅", "date": "2024-08-30"},
            "clauses": clauses,
            "_note": "Joint notice of 黑龙江省商务厅 and 黑龙江省财政厅 issuing a 实施细则 as 附件; one document (splitting into notice + 细则 is acceptable if both keep 黑商规〔2024〕3号 / 2024-08-30 and nothing is lost). Title as printed has an ideographic space between the two agency names; writing it without that space (or with a plain space) is fine. Issuers: both agencies (masthead is a borderless 2x2 table with 文件 in a merged right cell; '文件' must not stick to an agency name). Date: 成文日期 2024年8月30日, not 施行 2024-10-01 (effective) nor 2029-09-30 (expires); effective/expires fields should carry those if the reader has them. Not clauses: masthead, 文号 line, notice title, addressee line, '附件：…' line, joint signature line, date, '（此件公开发布）', '附件' label, the 细则 title, page numbers. Chapter headings 第一章…第五章 (note 总　则 / 附　则 with an inner ideographic space) and section headings 第一节/第二节 (inside 第二章) are structure, not clauses: keeping them as own clauses is minor, gluing them into an article is wrong; ideally each article carries its chapter/section path. Articles: 第N条 with its first 款 one clause; each （一）（二）… 项 its own clause (keeping items inside the article is minor); a second 款 (the un-numbered paragraph after 第四条（二）, 第七条, 第十条, 第十二条, and after 第十三条（三）) its own clause — must NOT be glued to the preceding 项 （二）/（三）; keeping it joined with its article is minor. Cross references inside text ('前款第（一）项和第（二）项', '依照本细则第十条第一款规定', '依照本细则第十二条第二款规定') must not start new clauses or be treated as article headings. 第十四条 is the definitions article (本细则所称…，是指…). 5,000 / 2,000 / 1,500 must stay whole; '哈尔滨—绥芬河—符拉迪沃斯托克' dash kept.",
        }]
    }


def main():
    expected = {}
    expected.update(make_upward_report())
    expected.update(make_govcn_copy())
    expected.update(make_rules_sections())
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
