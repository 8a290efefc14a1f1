# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Round 82 blind file: a provincial 政策文件汇编 (cover, 编印说明, 目录 with dot leaders and
page numbers, then five documents running on without page breaks, each with its own 落款 and
date, no 版记), written as one .docx and converted by LibreOffice to PDF.
Writes blind82_yunnan_huibian.docx/.pdf and expected.json next to itself."""
import json
import os
import re
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import (
    WD_ALIGN_PARAGRAPH,
    WD_LINE_SPACING,
    WD_TAB_ALIGNMENT,
    WD_TAB_LEADER,
)
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "blind82_yunnan_huibian"
FS, HT, XBS, KT, SONG = "仿宋_GB2312", "黑体", "方正小标宋简体", "楷体_GB2312", "宋体"
C, R, L, J = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.JUSTIFY
BODY = 14  # 四号 in the 汇编 (smaller than a 公文's 三号, as 汇编 often are)
LS = 25
HUIBIAN = "云南省对外开放政策文件汇编"
HUIBIAN_SUB = "（2024年第二辑）"

# ---------------------------------------------------------------- content
LING = dict(
    mark="云南省人民政府令", no="第231号",
    ling="《中国（云南）自由贸易试验区跨境投资服务促进规定》已经2024年2月27日省人民政府第28次常务会议通过，现予公布，自2024年4月1日起施行。",
    signer="省长　李明远", date="2024年3月6日",
    title="中国（云南）自由贸易试验区跨境投资服务促进规定",
    articles=[
        ["第一条", "为了促进中国（云南）自由贸易试验区（以下简称自贸试验区）跨境投资，服务和融入共建“一带一路”，建设面向南亚东南亚辐射中心，根据有关法律、行政法规，结合本省实际，制定本规定。"],
        ["第二条", "本规定适用于自贸试验区昆明片区、红河片区和德宏片区内的跨境投资服务促进活动。"],
        ["第三条", "省商务主管部门负责统筹协调自贸试验区跨境投资服务促进工作。", "片区管理机构负责本片区跨境投资服务促进的具体实施工作。"],
        ["第四条", "片区管理机构应当设立跨境投资“一站式”服务窗口，为企业提供下列服务：", "（一）境外投资备案和外商投资信息报告指导；", "（二）东道国法律、税收、劳工政策咨询；", "（三）跨境人民币结算和汇兑便利化辅导；", "（四）境外投资风险预警信息推送。"],
        ["第五条", "支持红河片区、德宏片区依托河口、瑞丽等沿边口岸，与越南、缅甸、老挝等周边国家共建跨境经济合作区和境外产业园区。"],
        ["第六条", "自贸试验区内企业赴共建“一带一路”国家和地区投资的，可以按照规定申请省级外经贸发展专项资金支持，单个企业年度支持金额不超过200万元。"],
        ["第七条", "违反本规定，片区管理机构及其工作人员在跨境投资服务促进工作中滥用职权、玩忽职守、徇私舞弊的，依法给予处分。"],
        ["第八条", "本规定自2024年4月1日起施行。"],
    ],
)
TONGZHI = dict(
    no="云政办发〔2024〕15号",
    title="云南省人民政府办公厅关于印发中国（云南）自由贸易试验区深化面向南亚东南亚开放行动方案的通知",
    to="各州、市人民政府，省直各委、办、厅、局：",
    body="《中国（云南）自由贸易试验区深化面向南亚东南亚开放行动方案》已经省人民政府同意，现印发给你们，请认真贯彻执行。",
    issuer="云南省人民政府办公厅", date="2024年4月8日", note="（此件公开发布）",
    att_title="中国（云南）自由贸易试验区深化面向南亚东南亚开放行动方案",
    att=[
        ("p", "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，推动中国（云南）自由贸易试验区（以下简称云南自贸试验区）深化面向南亚东南亚开放，制定本方案。"),
        ("h1", "一、总体要求"),
        ("p", "以制度创新为核心，到2026年，云南自贸试验区累计形成省级以上制度创新成果100项以上，对南亚东南亚国家进出口额年均增长10%以上。"),
        ("h1", "二、重点任务"),
        ("h2", "（一）提升跨境贸易便利化水平。", "推广“两段准入”“提前申报”等通关模式，将河口、磨憨、瑞丽口岸进出口整体通关时间压缩30%以上。"),
        ("h2", "（二）深化跨境金融合作。", "支持昆明片区开展跨境人民币结算业务创新，扩大人民币在对老挝、缅甸贸易投资中的使用。"),
        ("h2", "（三）畅通国际物流通道。", "依托中老铁路，支持昆明片区建设国际陆港，常态化开行“澜湄快线”国际货运班列。"),
        ("h1", "三、保障措施"),
        ("p", "各州、市人民政府和省直有关部门要建立任务台账，每半年向省自贸试验区工作领导小组办公室报送工作进展情况。本方案实施期限为2024年至2026年。"),
    ],
)
YIJIAN = dict(
    title="中共云南省委　云南省人民政府关于高质量共建“一带一路”加快建设面向南亚东南亚辐射中心的意见",
    no="（云发〔2024〕9号）",
    body=[
        ("p", "为深入贯彻落实习近平总书记关于高质量共建“一带一路”的重要论述，加快建设我国面向南亚东南亚辐射中心，现提出如下意见。"),
        ("h1", "一、建设互联互通大通道"),
        ("p", "1.加快推进中老铁路沿线开发，建设磨憨国际口岸城市，到2027年中老铁路国际货运量达到600万吨。"),
        ("p", "2.推进昆明长水国际机场区域性国际航空枢纽建设，新开和加密至南亚东南亚国家首都及重要城市航线。"),
        ("h1", "二、打造开放合作新平台"),
        ("p", "3.支持云南自贸试验区对标《区域全面经济伙伴关系协定》（RCEP）等高标准经贸规则，开展首创性、差异化改革探索。"),
        ("p", "4.高水平办好中国—南亚博览会，支持德宏片区建设中缅边境经济合作区。"),
        ("h1", "三、强化组织保障"),
        ("p", "5.各级党委和政府要把高质量共建“一带一路”摆在突出位置，省直有关部门要制定配套措施，确保各项任务落地见效。"),
    ],
    issuer="中共云南省委　　　　云南省人民政府", date="2024年5月20日",
)
SWT = dict(
    no="云商自贸〔2024〕21号",
    title="云南省商务厅关于公布2024年度中国（云南）自由贸易试验区第一批制度创新案例的通知",
    to="各州、市商务局，自贸试验区各片区管委会：",
    body1="为总结推广云南自贸试验区改革试点经验，经各片区申报、专家评审和社会公示，现将2024年度第一批制度创新案例（共4项）予以公布。请各地结合实际复制推广。",
    header=["序号", "案例名称", "申报片区", "主要成效"],
    rows=[
        ["1", "中老铁路“一单制”国际联运模式", "昆明片区", "全程运输时间缩短约20%"],
        ["2", "边民互市商品落地加工“互市+”模式", "红河片区", "带动边民增收1.2亿元"],
        ["3", "跨境人民币“瑞丽指数”报价机制", "德宏片区", "年结算量增长35%"],
        ["4", "外籍人员出入境“一站式”服务", "昆明片区", "办理时限压缩至3个工作日"],
    ],
    body2="各片区管委会要于2024年12月15日前将案例复制推广情况报送省商务厅。",
    contact="（联系人：张晓，电话：0871-63111234）",
    issuer="云南省商务厅", date="2024年6月18日",
)
JIEDU = dict(
    title="《中国（云南）自由贸易试验区跨境投资服务促进规定》政策解读",
    body=[
        ("h1", "一、制定背景"),
        ("p", "为贯彻落实国家关于高质量共建“一带一路”的部署，解决自贸试验区企业“走出去”中信息不对称、服务碎片化等问题，省商务厅会同省司法厅起草了《规定》，经2024年2月27日省人民政府第28次常务会议通过，以省政府令第231号公布。"),
        ("h1", "二、主要内容"),
        ("p", "《规定》共8条，主要包括三个方面：一是明确适用范围为昆明、红河、德宏三个片区；二是要求片区设立跨境投资“一站式”服务窗口；三是对企业赴共建“一带一路”国家和地区投资给予专项资金支持，单个企业年度支持金额不超过200万元。"),
        ("h1", "三、施行时间"),
        ("p", "《规定》自2024年4月1日起施行。"),
    ],
    issuer="云南省商务厅", date="2024年3月8日",
)
SHUOMING = [
    "为便于各级各部门和市场主体全面准确把握我省推进高质量共建“一带一路”和中国（云南）自由贸易试验区建设的政策措施，我们选编了2024年3月至6月省委、省政府及省直有关部门出台的政策文件4件及政策解读1篇，汇编成册，供工作中参考使用。",
    "本汇编收录文件按印发时间先后排列，政策解读列于最后。收录文件均以正式印发文本为准，版记从略。",
    "本汇编由云南省商务厅自贸试验区处负责编印。如有疏漏，敬请指正。",
]
TOC = [  # (text in 目录, title to look for in the PDF)
    ("中国（云南）自由贸易试验区跨境投资服务促进规定（云南省人民政府令第231号）", LING["mark"]),
    ("云南省人民政府办公厅关于印发中国（云南）自由贸易试验区深化面向南亚东南亚开放行动方案的通知", TONGZHI["title"]),
    ("中共云南省委　云南省人民政府关于高质量共建“一带一路”加快建设面向南亚东南亚辐射中心的意见", YIJIAN["title"]),
    ("云南省商务厅关于公布2024年度中国（云南）自由贸易试验区第一批制度创新案例的通知", SWT["title"]),
    ("《中国（云南）自由贸易试验区跨境投资服务促进规定》政策解读", JIEDU["title"]),
]


# ---------------------------------------------------------------- docx helpers
def font(run, name, size, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)


def para(container, runs, align=J, indent=True, before=0, after=0, exact=LS, right_indent=None):
    p = container.add_paragraph()
    p.alignment = align
    pf = p.paragraph_format
    pf.first_line_indent = Pt(BODY * 2) if indent else None
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    if right_indent is not None:
        pf.right_indent = Pt(right_indent)
    if isinstance(runs, str):
        runs = [(runs, FS, BODY, False)]
    for r in runs:
        t, f, s, b = (list(r) + [FS, BODY, False][len(r) - 1:])[:4]
        font(p.add_run(t), f, s, b)
    return p


def add_field(p, instr, f=SONG, size=10.5):
    def r():
        run = p.add_run()
        font(run, f, size)
        return run
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r()._element.append(fc)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r()._element.append(it)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); r()._element.append(fc)
    run = r(); run.text = "1"
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r()._element.append(fc)


def pg_num(section, start=None, fmt_=None):
    sp = section._sectPr
    pn = sp.find(qn("w:pgNumType"))
    if pn is None:
        pn = OxmlElement("w:pgNumType"); sp.append(pn)
    if start is not None: pn.set(qn("w:start"), str(start))
    if fmt_: pn.set(qn("w:fmt"), fmt_)


def bottom_border(p):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr"); b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")): b.set(qn(k), v)
    bdr.append(b); ppr.append(bdr)


def setup(section):
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.header_distance, section.footer_distance = Mm(20), Mm(22)


def title(doc, text, before=18):
    return para(doc, [(text, XBS, 18)], align=C, indent=False, before=before, after=12, exact=30)


def signoff(doc, issuer, date, before=12):
    para(doc, issuer, align=R, indent=False, before=before, right_indent=BODY * 4)
    para(doc, date, align=R, indent=False, right_indent=BODY * 4)


def build(pages):
    doc = Document()
    st = doc.styles["Normal"]; st.font.size = Pt(BODY)
    s1 = doc.sections[0]; setup(s1)
    # ---- cover (section 1, no header/footer)
    para(doc, [(HUIBIAN, XBS, 26)], align=C, indent=False, before=110, exact=40)
    para(doc, [(HUIBIAN_SUB, KT, 18)], align=C, indent=False, before=6, exact=32)
    para(doc, [("——共建“一带一路”与自由贸易试验区专辑", KT, 16)], align=C, indent=False, before=12, exact=30)
    para(doc, [("云南省商务厅　编", HT, 16)], align=C, indent=False, before=250, exact=30)
    para(doc, [("2024年9月", HT, 16)], align=C, indent=False, exact=30)
    # ---- 编印说明 + 目录 (section 2, lower-roman page numbers)
    s2 = doc.add_section(WD_SECTION.NEW_PAGE); setup(s2)
    s2.header.is_linked_to_previous = False; s2.footer.is_linked_to_previous = False
    fp = s2.footer.paragraphs[0]; fp.alignment = C
    font(fp.add_run("— "), SONG, 10.5); add_field(fp, "PAGE"); font(fp.add_run(" —"), SONG, 10.5)
    pg_num(s2, 1, "lowerRoman")
    para(doc, [("编　印　说　明", XBS, 22)], align=C, indent=False, before=12, after=18, exact=36)
    for t in SHUOMING:
        para(doc, t)
    signoff(doc, "云南省商务厅", "2024年9月", before=24)
    p = para(doc, [("目　　录", XBS, 22)], align=C, indent=False, before=0, after=18, exact=36)
    p.paragraph_format.page_break_before = True
    for (t, _), n in zip(TOC, pages):
        p = para(doc, [(t + "\t", FS, BODY), (str(n), FS, BODY)], align=L, indent=False, after=6, exact=LS)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(156), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.paragraph_format.right_indent = Pt(0)
    # ---- documents (section 3, arabic restarted at 1, running header)
    s3 = doc.add_section(WD_SECTION.NEW_PAGE); setup(s3)
    for hf in (s3.header, s3.footer): hf.is_linked_to_previous = False
    hp = s3.header.paragraphs[0]; hp.alignment = R
    font(hp.add_run(HUIBIAN + HUIBIAN_SUB), SONG, 9); bottom_border(hp)
    fp = s3.footer.paragraphs[0]; fp.alignment = C
    font(fp.add_run("— "), SONG, 14); add_field(fp, "PAGE", SONG, 14); font(fp.add_run(" —"), SONG, 14)
    pg_num(s3, 1, "decimal")
    # 1. 省政府令 + 规章
    para(doc, [(LING["mark"], XBS, 26)], align=C, indent=False, before=6, after=6, exact=40)
    para(doc, [(LING["no"], FS, 16)], align=C, indent=False, after=12, exact=30)
    para(doc, LING["ling"])
    para(doc, LING["signer"], align=R, indent=False, before=12, right_indent=BODY * 4)
    para(doc, LING["date"], align=R, indent=False, right_indent=BODY * 4)
    title(doc, LING["title"], before=24)
    for a in LING["articles"]:
        para(doc, [(a[0], HT, BODY), ("　" + a[1], FS, BODY)])
        for k in a[2:]:
            para(doc, k)
    # 2. 通知 + 附件 方案 (文号 centred above the title, no 版头)
    para(doc, [(TONGZHI["no"], FS, BODY)], align=C, indent=False, before=30)
    title(doc, TONGZHI["title"], before=6)
    para(doc, TONGZHI["to"], indent=False)
    para(doc, TONGZHI["body"])
    signoff(doc, TONGZHI["issuer"], TONGZHI["date"], before=18)
    para(doc, TONGZHI["note"])
    para(doc, [("附件", HT, BODY)], align=L, indent=False, before=18)
    title(doc, TONGZHI["att_title"], before=6)
    for it in TONGZHI["att"]:
        if it[0] == "h1": para(doc, [(it[1], HT, BODY)])
        elif it[0] == "h2": para(doc, [(it[1], KT, BODY), (it[2], FS, BODY)])
        else: para(doc, it[1])
    # 3. 意见: bracketed 文号 line under the title, no 主送
    title(doc, YIJIAN["title"], before=30)
    para(doc, [(YIJIAN["no"], KT, BODY)], align=C, indent=False, after=12)
    for it in YIJIAN["body"]:
        para(doc, [(it[1], HT, BODY)] if it[0] == "h1" else it[1])
    signoff(doc, YIJIAN["issuer"], YIJIAN["date"], before=18)
    # 4. 商务厅通知 with a table (文号 right-aligned above the title)
    para(doc, [(SWT["no"], FS, BODY)], align=R, indent=False, before=30)
    title(doc, SWT["title"], before=6)
    para(doc, SWT["to"], indent=False)
    para(doc, SWT["body1"])
    tb = doc.add_table(rows=1 + len(SWT["rows"]), cols=4); tb.style = "Table Grid"; tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(14), Mm(62), Mm(26), Mm(52)]
    for i, row in enumerate([SWT["header"]] + SWT["rows"]):
        for j, v in enumerate(row):
            cell = tb.cell(i, j); cell.width = widths[j]
            cp = cell.paragraphs[0]; cp.alignment = C if j != 1 else L
            cp.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY; cp.paragraph_format.line_spacing = Pt(20)
            font(cp.add_run(v), HT if i == 0 else FS, 12)
    para(doc, SWT["body2"], before=6)
    para(doc, SWT["contact"])
    signoff(doc, SWT["issuer"], SWT["date"], before=18)
    # 5. 政策解读
    title(doc, JIEDU["title"], before=30)
    for it in JIEDU["body"]:
        para(doc, [(it[1], HT, BODY)] if it[0] == "h1" else it[1])
    signoff(doc, JIEDU["issuer"], JIEDU["date"], before=18)
    path = os.path.join(HERE, STEM + ".docx")
    doc.save(path)
    return path


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path], check=True, capture_output=True, timeout=300)
    return path[:-5] + ".pdf"


def find_pages(pdf):
    import pdfplumber
    with pdfplumber.open(pdf) as P:
        texts = [re.sub(r"\s+", "", pg.extract_text() or "") for pg in P.pages]
    first_body = next(i for i, t in enumerate(texts) if LING["mark"] in t and "目录" not in t.replace("　", ""))
    out = []
    start = first_body
    for _, key in TOC:
        k = re.sub(r"\s+", "", key)[-16:]
        i = next(i for i in range(start, len(texts)) if k in texts[i])
        start = i
        out.append(i - first_body + 1)
    return out, len(texts)


# ---------------------------------------------------------------- expected.json
def clauses_ling():
    out = [LING["ling"]]
    for a in LING["articles"]:
        out.append(a[0] + "　" + "\n".join(a[1:]))
    return out


def expected():
    ta = [TONGZHI["body"]]
    for it in TONGZHI["att"]:
        ta.append(it[1] + (it[2] if it[0] == "h2" else ""))
    yj = [it[1] for it in YIJIAN["body"]]
    sw = [SWT["body1"]] + ["；".join(f"{h}：{v}" for h, v in zip(SWT["header"], r)) for r in SWT["rows"]] + [SWT["body2"]]
    jd = [it[1] for it in JIEDU["body"]]
    docs = [
        {"meta": {"title": LING["title"], "doc_number": "云南省人民政府令第231号", "issuer": "云南省人民政府", "date": "2024-03-06",
                  "level": "provincial", "region": "云南省", "effective": "2024-04-01", "expires": None,
                  "dates": {"通过": "2024-02-27 (省人民政府第28次常务会议)", "公布": "2024-03-06", "施行": "2024-04-01"}},
         "clauses": clauses_ling(),
         "places_by_article": {"第二条": ["昆明片区", "红河片区", "德宏片区"], "第五条": ["红河片区", "德宏片区", "河口", "瑞丽"]},
         "_note": "令 head '云南省人民政府令' / '第231号' (doc_number = 云南省人民政府令第231号; '第231号' alone tolerable), 令 sentence (as first clause: tolerated as listed; as non-clause preamble: tolerable), '省长　李明远' and '2024年3月6日' (signature: furniture, low if clause; 李明远 must not be issuer), title line. Title '云南省人民政府令' or a title carrying the 令 (e.g. '…规定（云南省人民政府令第231号）') is tolerable; the bare mark '云南省人民政府令' as title is low. Each 条 with its 款/项 joined by newlines (项 as separate clauses under the 条: tolerable). Date must be 2024-03-06, not 2024-02-27."},
        {"meta": {"title": TONGZHI["title"], "doc_number": TONGZHI["no"], "issuer": TONGZHI["issuer"], "date": "2024-04-08",
                  "level": "provincial", "region": "云南省", "effective": None, "expires": None,
                  "addressees": TONGZHI["to"].rstrip("："), "attachments": [TONGZHI["att_title"]],
                  "period_printed": "本方案实施期限为2024年至2026年 (expires 2026-12-31 tolerable, None tolerable)"},
         "clauses": ta,
         "places_by_clause": {"二、（一）": ["河口", "磨憨", "瑞丽"], "二、（二）": ["昆明片区"], "二、（三）": ["昆明片区"]},
         "_note": "文号 line centred ABOVE the title (no 版头), title, 主送, one-sentence body, 落款 + date, '（此件公开发布）' (furniture; low if clause), then '附件' and the 方案 title, then the 方案. The 方案 is part of this document (as a separate attached document with its own meta it is tolerable if the 通知 keeps it as attachment and the 方案 does not steal the 通知's metadata). Heading-only 一、/二、/三、 as own clauses (merged into the next paragraph tolerable). （一）（二）（三） keep their run-in 楷体 head. '附件' label and the 方案 title are furniture. The document starts mid-page right after 规定 第八条: 第八条 must not absorb the 文号 line or title."},
        {"meta": {"title": YIJIAN["title"], "doc_number": "云发〔2024〕9号", "issuer": "中共云南省委；云南省人民政府", "date": "2024-05-20",
                  "level": "provincial", "region": "云南省", "effective": None, "expires": None, "addressees": None},
         "clauses": yj,
         "places_by_clause": {"1.": ["磨憨"], "2.": ["昆明"], "4.": ["德宏片区"]},
         "_note": "文号 is the bracketed line '（云发〔2024〕9号）' directly under the title (must be doc_number, not a clause, not part of the title). No 主送. Joint issuers 中共云南省委 and 云南省人民政府 (the 落款 line holds both, separated by full-width spaces). Heading-only 一、二、三、 as own clauses (merged tolerable); 1.–5. numbered continuously across headings. The 落款 '中共云南省委　　　　云南省人民政府' and date are furniture (low if clauses)."},
        {"meta": {"title": SWT["title"], "doc_number": SWT["no"], "issuer": SWT["issuer"], "date": "2024-06-18",
                  "level": "provincial", "region": "云南省", "effective": None, "expires": None, "addressees": SWT["to"].rstrip("：")},
         "clauses": sw,
         "places_by_clause": {"row 1": ["昆明片区"], "row 2": ["红河片区"], "row 3": ["德宏片区"], "row 4": ["昆明片区"]},
         "_note": "文号 right-aligned above the title. Table of 4 rows: each row one clause 'header：value；…' (header row itself is not a clause). '（联系人：张晓，电话：0871-63111234）' is furniture (low if clause). level provincial (省直部门 — 'ministerial' would be wrong: it is a provincial department)."},
        {"meta": {"title": JIEDU["title"], "doc_number": None, "issuer": JIEDU["issuer"], "date": "2024-03-08",
                  "level": "provincial", "region": "云南省", "effective": None, "expires": None, "kind": "政策解读"},
         "clauses": jd,
         "_note": "Interpretation without 文号; its own 落款 '云南省商务厅' and date 2024-03-08. It must not take 云南省人民政府令第231号 as its doc_number (it cites it) nor 2024-04-01 as its effective date (that is the 规定's; tolerable low). Headings as own clauses (merged tolerable)."},
    ]
    note = ("One .docx and its LibreOffice PDF. FURNITURE (never clauses, never documents): the cover ('" + HUIBIAN + "', '" + HUIBIAN_SUB +
            "', '——共建“一带一路”与自由贸易试验区专辑', '云南省商务厅　编', '2024年9月'), the 编印说明 page (its three paragraphs and its own "
            "落款 '云南省商务厅' / '2024年9月' — must not become a sixth document or clauses of the 规定), the 目录 page (5 entries with dot leaders "
            "and page numbers; the entries repeat the five titles and must not become documents or titles), running header '" + HUIBIAN + HUIBIAN_SUB +
            "' on every body page, footers '— i —'/'— ii —' and '— N —'. The five documents follow each other without page breaks; each "
            "document's clauses must stay in it (no clause of one document at the end/start of the neighbour). Tolerable: the 编印说明 kept "
            "as a separate document of its own (low), a 通知/方案 split into two documents (as noted), heading lines as own clauses or merged.")
    docs[0]["_note"] = "WHOLE FILE: " + note + " || THIS DOCUMENT: " + docs[0]["_note"]
    return {STEM: docs}


if __name__ == "__main__":
    pages = [1, 1, 2, 3, 4]
    for it in range(4):
        p = build(pages)
        pdf = to_pdf(p)
        got, n = find_pages(pdf)
        print("pass", it, "toc pages", pages, "actual", got, "pdf pages", n, file=sys.stderr)
        if got == pages:
            break
        pages = got
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=1)
