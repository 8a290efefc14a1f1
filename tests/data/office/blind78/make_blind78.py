# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 78: documents that answer other documents (请示 / 批复 / 复函 / 会议纪要).

Writes next to itself:
  blind78_yueyang_qingshi.docx (+ .pdf via LibreOffice)  岳阳市人民政府 请示 岳政〔2024〕12号
  blind78_hunan_pifu.docx                                 湖南省人民政府 批复 湘政函〔2024〕45号
  blind78_mofcom_fuhan.docx                               商务部办公厅 复函 商办自贸函〔2024〕112号
  blind78_hunan_jiyao.docx                                省自贸试验区工作领导小组 会议纪要 〔2024〕3期
  expected.json
All content is fictional.
"""
import json
import os
import subprocess
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def new_doc():
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    st = d.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    # footer page number  — 1 —
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(fp, "— ", FS, 14)
    r = fp.add_run()
    for tag, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        if tag:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), tag); r._r.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r._r.append(e)
    r.font.size = Pt(14)
    _run(fp, " —", FS, 14)
    return d


def _run(p, text, font=FS, size=16, bold=False, color=None):
    r = p.add_run(text)
    r.font.name = font
    r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    r.font.size = Pt(size)
    r.bold = bold
    if color is not None:
        r.font.color.rgb = color
    return r


def para(d, text="", font=FS, size=16, align=None, indent=True, bold=False, color=None, line=None):
    p = d.add_paragraph()
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align not in ("c", "r"):
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if line:
        p.paragraph_format.line_spacing = Pt(line)
    if text:
        _run(p, text, font, size, bold, color)
    return p


def mixed(d, parts, indent=True):
    """parts: list of (text, font)."""
    p = d.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    for t, f in parts:
        _run(p, t, f)
    return p


def border(p, side="bottom", color="E60012", sz=12):
    pPr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr")
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "1"); e.set(qn("w:color"), color)
    b.append(e)
    pPr.append(b)


def tabs_line(d, left, right, right_pos_mm=156):
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Mm(right_pos_mm), WD_TAB_ALIGNMENT.RIGHT)
    _run(p, left)
    _run(p, "\t")
    return p


def banji(d, lines):
    """版记: lines between thin rules, first with top border."""
    para(d, "", indent=False)
    for i, (txt, right) in enumerate(lines):
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(Mm(150), WD_TAB_ALIGNMENT.RIGHT)
            _run(p, txt, FS, 14); _run(p, "\t" + right, FS, 14)
        else:
            _run(p, txt, FS, 14)
        if i == 0:
            border(p, "top", "000000", 8)
        border(p, "bottom", "000000", 8 if i < len(lines) - 1 else 12)


def table(d, header, rows, widths=None):
    t = d.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        c = t.rows[0].cells[j]; c.text = ""
        _run(c.paragraphs[0], h, HT, 12)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.rows[i + 1].cells[j]; c.text = ""
            _run(c.paragraphs[0], v, FS, 12)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Mm(w)
    return t


def signature(d, org, date_cn, gap=2):
    for _ in range(gap):
        para(d, "", indent=False)
    p = para(d, org, align="r", indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = para(d, date_cn, align="r", indent=False)
    p.paragraph_format.right_indent = Pt(48)


EXPECTED = {}

# ---------------------------------------------------------------- (a) 请示
def make_qingshi():
    d = new_doc()
    p = para(d, "000128", indent=False, font=HT, size=16)  # 份号
    p = para(d, "特急", indent=False, font=HT, size=16)
    p = para(d, "岳阳市人民政府文件", FS, 48, align="c", indent=False, color=RED, line=60)
    p.runs[0].font.name = XBS; p.runs[0]._element.rPr.rFonts.set(qn("w:eastAsia"), XBS)
    para(d, "", indent=False)
    p = tabs_line(d, "岳政〔2024〕12号", "")
    p.runs[-1].text = "\t"
    _run(p, "签发人：", FS); _run(p, "周立新", KT)
    border(p, "bottom", "E60012", 18)
    para(d, "", indent=False)
    title = "岳阳市人民政府关于恳请批准《中国（湖南）自由贸易试验区岳阳片区扩区方案》的请示"
    para(d, title, XBS, 22, align="c", indent=False, line=35)
    para(d, "", indent=False)
    para(d, "省人民政府：", indent=False)
    body = []
    t0 = ("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”和实施自由贸易试验区提升战略的决策部署，进一步发挥岳阳“一江一湖三口岸”开放优势，"
          "我市在充分调研论证的基础上，组织编制了《中国（湖南）自由贸易试验区岳阳片区扩区方案》（以下简称《方案》）。现将有关情况请示如下：")
    para(d, t0); body.append(t0)
    h1 = "一、扩区的必要性"
    para(d, h1, HT, 16); body.append(h1)
    t = ("岳阳片区自2020年挂牌以来，累计形成制度创新成果46项，其中8项在全省复制推广。但片区现有面积仅19.94平方公里，城陵矶新港区可供开发的产业用地已不足1.2平方公里，"
         "难以承载中非经贸、临港物流等重大项目落地，亟需拓展发展空间。")
    para(d, t); body.append(t)
    h2 = "二、扩区范围"
    para(d, h2, HT, 16); body.append(h2)
    t = "拟新增扩区面积8.36平方公里，分为两个区块，具体如下表："
    para(d, t); body.append(t)
    hdr = ["区块名称", "面积（平方公里）", "四至范围"]
    rows = [["城陵矶临港产业区块", "5.12", "东至金凤大道，南至白石岭路，西至长江岸线，北至七里山路"],
            ["岳阳经开区跨境电商区块", "3.24", "东至京港澳高速，南至学院路，西至巴陵东路，北至康王路"]]
    table(d, hdr, rows, widths=[45, 30, 80])
    for r in rows:
        body.append("；".join(f"{h}：{v}" for h, v in zip(hdr, r)))
    h3 = "三、功能定位和主要任务"
    para(d, h3, HT, 16); body.append(h3)
    items = [
        ("（一）", "建设中非经贸合作先行区。", "依托中国—非洲经贸博览会永久会址，在扩区范围内布局非洲非资源性产品集散交易中心，探索开展非洲农产品检验检疫便利化试点。"),
        ("（二）", "打造长江中游临港物流枢纽。", "推进城陵矶港与“一带一路”沿线港口航线对接，发展江海联运、铁水联运，力争2026年集装箱吞吐量突破150万标箱。"),
        ("（三）", "发展跨境电商新业态。", "支持跨境电商企业在扩区范围内建设海外仓和公共服务平台，推广“跨境电商+市场采购”融合发展模式。"),
    ]
    for n, lead, rest in items:
        mixed(d, [(n + lead, KT), (rest, FS)])
        body.append(n + lead + rest)
    h4 = "四、保障措施"
    para(d, h4, HT, 16); body.append(h4)
    t = ("扩区范围内的土地利用符合国土空间规划，不涉及永久基本农田和生态保护红线。市政府将成立扩区工作专班，统筹安排专项资金每年不少于2亿元，确保扩区各项任务落地见效。")
    para(d, t); body.append(t)
    t = "妥否，请批示。"
    para(d, t); body.append(t)
    para(d, "", indent=False)
    p = para(d, "附件：中国（湖南）自由贸易试验区岳阳片区扩区方案", indent=True)
    signature(d, "岳阳市人民政府", "2024年3月18日")
    p = para(d, "（联系人：刘晓东，电话：0730-8881234）", indent=True)
    banji(d, [("岳阳市人民政府办公室", "2024年3月19日印发")])
    f = os.path.join(HERE, "blind78_yueyang_qingshi.docx")
    d.save(f)
    EXPECTED["blind78_yueyang_qingshi"] = [{
        "meta": {"title": title, "doc_number": "岳政〔2024〕12号", "issuer": "岳阳市人民政府", "date": "2024-03-18",
                 "level": "municipal", "region": "湖南省岳阳市", "effective": None, "expires": None,
                 "addressee": "湖南省人民政府（省人民政府）", "doc_type": "请示",
                 "applies_in": "湖南省岳阳市（中国（湖南）自由贸易试验区岳阳片区及拟扩区块）"},
        "clauses": body,
        "_note": ("Furniture, must not be clauses: 份号 000128, 特急, 发文机关标志 岳阳市人民政府文件, 文号/签发人 line (签发人：周立新 is metadata), 主送 省人民政府：, "
                  "附件说明 line (tolerable as a clause or as attachment metadata), signature 岳阳市人民政府 / 2024年3月18日, "
                  "the bracketed 联系人 line, 版记 岳阳市人民政府办公室 2024年3月19日印发, page numbers — 1 —. "
                  "Tolerable: headings 一、… merged with the paragraph(s) under them; 妥否，请批示。 merged into the previous clause or dropped (low). "
                  "Not tolerable: 2024-03-19 (印发) as the date; 周立新 or 特急 in issuer/title; table rows lost."),
    }]
    return f


# ---------------------------------------------------------------- (b) 批复
def make_pifu():
    d = new_doc()
    p = para(d, "湖南省人民政府", XBS, 36, align="c", indent=False, color=RED, line=50)
    border(p, "bottom", "E60012", 24)
    p = para(d, "湘政函〔2024〕45号", align="r", indent=False)
    para(d, "", indent=False)
    title = "湖南省人民政府关于中国（湖南）自由贸易试验区岳阳片区扩区方案的批复"
    para(d, title, XBS, 22, align="c", indent=False, line=35)
    para(d, "", indent=False)
    para(d, "岳阳市人民政府：", indent=False)
    body = []
    t = "你市《关于恳请批准〈中国（湖南）自由贸易试验区岳阳片区扩区方案〉的请示》（岳政〔2024〕12号）收悉。现批复如下："
    para(d, t); body.append(t)
    c1 = ("一、原则同意《中国（湖南）自由贸易试验区岳阳片区扩区方案》（以下简称《方案》），请认真组织实施。扩区面积8.36平方公里，"
          "包括城陵矶临港产业区块5.12平方公里、岳阳经开区跨境电商区块3.24平方公里，四至范围以《方案》所附界址图为准。")
    para(d, c1); body.append(c1)
    c2 = "二、扩区范围内的各项改革试点任务，按照以下要求推进："
    para(d, c2); body.append(c2)
    subs = ["1.扩区范围内适用中国（湖南）自由贸易试验区已出台的各项政策措施，省直有关部门下放岳阳片区的省级管理权限同步覆盖扩区范围。",
            "2.中非经贸合作相关试点事项，须在风险可控前提下先行先试，涉及国家事权的，由岳阳市按程序报国家有关部门审批。",
            "3.扩区范围内不得新增高耗能、高排放项目，严守长江岸线1公里范围内化工项目禁入要求。"]
    for s in subs:
        para(d, s); body.append(s)
    c3 = ("三、岳阳市人民政府要切实履行主体责任，建立健全扩区建设推进机制，加强土地集约节约利用，严格执行国土空间规划，"
          "不得以扩区名义违规占用耕地。省商务厅要会同省发展改革委、省自然资源厅等部门加强指导和支持。")
    para(d, c3); body.append(c3)
    c4 = "四、《方案》实施中的重大问题，请及时向省人民政府请示报告。本批复自印发之日起施行。"
    para(d, c4); body.append(c4)
    signature(d, "湖南省人民政府", "2024年5月6日")
    para(d, "（此件主动公开）", indent=True)
    banji(d, [("抄送：省商务厅、省发展改革委、省自然资源厅、省生态环境厅，长沙海关，中国（湖南）自由贸易试验区岳阳片区管委会。", None),
              ("湖南省人民政府办公厅", "2024年5月8日印发")])
    f = os.path.join(HERE, "blind78_hunan_pifu.docx")
    d.save(f)
    EXPECTED["blind78_hunan_pifu"] = [{
        "meta": {"title": title, "doc_number": "湘政函〔2024〕45号", "issuer": "湖南省人民政府", "date": "2024-05-06",
                 "level": "provincial", "region": "湖南省", "effective": "2024-05-08", "expires": None,
                 "addressee": "岳阳市人民政府", "doc_type": "批复", "answers": "岳政〔2024〕12号",
                 "applies_in": "湖南省岳阳市（岳阳片区扩区范围）"},
        "clauses": body,
        "_note": ("Issuer is provincial, but the rules apply in 岳阳市 (addressee). Furniture: 版头 湖南省人民政府 (信函格式, no 文件 suffix), 文号 on the right under the red rule, "
                  "主送 岳阳市人民政府：, signature and date, （此件主动公开）, 抄送 line, 印发 line 湖南省人民政府办公厅 2024年5月8日印发, page numbers. "
                  "effective: 自印发之日起施行 → 2024-05-08 (the 印发 date); tolerable: null, or 2024-05-06 (low). "
                  "Tolerable: 1. 2. 3. sub-items folded into clause 二 (low). Not tolerable: region/where = 全省 only (it answers 岳阳), "
                  "the cited 岳政〔2024〕12号 taken as this document's number, 抄送 bodies as places of application."),
    }]
    return f


# ---------------------------------------------------------------- (c) 复函
def make_fuhan():
    d = new_doc()
    p = para(d, "中华人民共和国商务部办公厅", XBS, 32, align="c", indent=False, color=RED, line=50)
    border(p, "bottom", "E60012", 24)
    p = para(d, "商办自贸函〔2024〕112号", align="r", indent=False)
    para(d, "", indent=False)
    title = "商务部办公厅关于湖南自贸试验区开展外商投资股权投资企业试点有关问题的复函"
    para(d, title, XBS, 22, align="c", indent=False, line=35)
    para(d, "", indent=False)
    para(d, "湖南省商务厅：", indent=False)
    body = []
    t = ("你厅《关于中国（湖南）自由贸易试验区开展合格境外有限合伙人（QFLP）试点有关问题的请示》（湘商自贸〔2024〕7号）收悉。经研究，现函复如下：")
    para(d, t); body.append(t)
    cs = [
        "一、支持中国（湖南）自由贸易试验区长沙、岳阳、郴州三个片区开展外商投资股权投资企业（QFLP）试点。试点企业可以参照境内有限合伙企业管理，以所募集的境外资金在境内开展股权投资。",
        "二、试点企业投资于“一带一路”共建国家相关产业项目、中非经贸合作项目的，在符合外商投资准入特别管理措施（负面清单）的前提下，按照内外资一致原则办理外商投资信息报告。",
        "三、试点管理办法由湖南省人民政府制定，报商务部、国家外汇管理局备案后实施。试点期限暂定三年，自本函印发之日起至2027年6月30日止。",
        "四、请你厅会同地方金融管理、外汇管理等部门加强事中事后监管，防范跨境资金流动风险，试点中遇到的重大问题及时报告。",
    ]
    for c in cs:
        para(d, c); body.append(c)
    t = "特此函复。"
    para(d, t); body.append(t)
    signature(d, "商务部办公厅", "2024年6月12日")
    para(d, "（此件公开发布）", indent=True)
    banji(d, [("抄送：国家外汇管理局综合司，湖南省地方金融管理局，商务部外资司。", None),
              ("商务部办公厅", "2024年6月14日印发")])
    f = os.path.join(HERE, "blind78_mofcom_fuhan.docx")
    d.save(f)
    EXPECTED["blind78_mofcom_fuhan"] = [{
        "meta": {"title": title, "doc_number": "商办自贸函〔2024〕112号", "issuer": "商务部办公厅", "date": "2024-06-12",
                 "level": "ministerial", "region": "湖南省", "effective": "2024-06-14", "expires": "2027-06-30",
                 "addressee": "湖南省商务厅", "doc_type": "复函", "answers": "湘商自贸〔2024〕7号",
                 "applies_in": "湖南省（中国（湖南）自由贸易试验区长沙、岳阳、郴州片区）"},
        "clauses": body,
        "_note": ("Ministerial issuer, but it answers one province: applies in 湖南省 (the three 片区), not nationwide. "
                  "Furniture: 版头 中华人民共和国商务部办公厅, 文号 line, 主送 湖南省商务厅：, signature/date, （此件公开发布）, 抄送 line, 印发 line, page numbers. "
                  "effective: 自本函印发之日起 → 2024-06-14 (印发 date), tolerable null or 2024-06-12; expires 2027-06-30 is printed. "
                  "特此函复。 tolerable as its own clause, merged, or dropped (low). Issuer 商务部 instead of 商务部办公厅: medium."),
    }]
    return f


# ---------------------------------------------------------------- (d) 会议纪要
def make_jiyao():
    d = new_doc()
    p = para(d, "湖南省自由贸易试验区工作领导小组", XBS, 30, align="c", indent=False, color=RED, line=44)
    p = para(d, "会 议 纪 要", XBS, 40, align="c", indent=False, color=RED, line=56)
    para(d, "", indent=False)
    para(d, "〔2024〕3期", align="c", indent=False)
    para(d, "", indent=False)
    p = tabs_line(d, "湖南省自由贸易试验区工作领导小组办公室", "")
    _run(p, "2024年7月10日")
    border(p, "bottom", "E60012", 18)
    para(d, "", indent=False)
    title = "省自贸试验区工作领导小组2024年第二次会议纪要"
    para(d, title, XBS, 22, align="c", indent=False, line=35)
    para(d, "", indent=False)
    body = []
    t = ("2024年7月5日，副省长、省自贸试验区工作领导小组组长陈卫国在长沙主持召开领导小组2024年第二次会议，听取了岳阳片区扩区实施、"
         "QFLP试点推进和对接“一带一路”制度创新工作情况汇报，研究部署下阶段重点工作。现将会议议定事项纪要如下：")
    para(d, t); body.append(t)
    cs = [
        ("一、关于岳阳片区扩区实施。", "会议同意岳阳片区扩区区块于2024年9月1日起正式纳入自贸试验区统计和考核范围。省商务厅牵头，于8月底前完成扩区范围内省级管理权限下放清单的调整。"),
        ("二、关于QFLP试点。", "会议要求省地方金融管理局会同省商务厅、人民银行湖南省分行，在2024年9月30日前出台《湖南省外商投资股权投资企业试点管理办法》，长沙片区先行开展首批试点。"),
        ("三、关于对接“一带一路”制度创新。", "会议明确，各片区每季度至少报送2项制度创新成果，重点聚焦中非经贸、国际物流通道和跨境贸易便利化，由领导小组办公室组织评估后择优复制推广。"),
    ]
    for lead, rest in cs:
        mixed(d, [(lead, HT), (rest, FS)])
        body.append(lead + rest)
    para(d, "", indent=False)
    att = [("出席：", "陈卫国  刘志远（省政府副秘书长）  黄丽萍（省商务厅）  邓海涛（省发展改革委）  宋明（省地方金融管理局）"),
           ("列席：", "长沙市、岳阳市、郴州市人民政府分管负责同志，长沙海关、人民银行湖南省分行有关负责同志")]
    for lab, v in att:
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Pt(96); p.paragraph_format.first_line_indent = Pt(-96)
        _run(p, lab, HT); _run(p, v, FS)
        body.append(lab + v)
    banji(d, [("分送：领导小组各成员单位，长沙市、岳阳市、郴州市人民政府，各片区管委会。", None),
              ("湖南省自由贸易试验区工作领导小组办公室", "2024年7月10日印发")])
    f = os.path.join(HERE, "blind78_hunan_jiyao.docx")
    d.save(f)
    EXPECTED["blind78_hunan_jiyao"] = [{
        "meta": {"title": title, "doc_number": "〔2024〕3期", "issuer": "湖南省自由贸易试验区工作领导小组办公室（for the 领导小组）", "date": "2024-07-10",
                 "level": "provincial", "region": "湖南省", "effective": None, "expires": None,
                 "addressee": "分送 领导小组各成员单位，长沙市、岳阳市、郴州市人民政府，各片区管委会", "doc_type": "会议纪要",
                 "meeting_date": "2024-07-05",
                 "applies_in": "湖南省（中国（湖南）自由贸易试验区; 事项一 岳阳片区, 事项二 长沙片区先行）"},
        "clauses": body,
        "_note": ("Furniture: 版头 湖南省自由贸易试验区工作领导小组 / 会 议 纪 要, 期号 〔2024〕3期 (metadata), the 办公室 + date line under it, 分送 line, 印发 line, page numbers. "
                  "The 出席/列席 lists belong to the 纪要 body under GB/T 9704 纪要格式; tolerable if dropped or kept (low), not tolerable as a title or issuer. "
                  "Title: either the bold in-body title or 湖南省自由贸易试验区工作领导小组会议纪要 is tolerable; 会 议 纪 要 with spaces is low. "
                  "date: 2024-07-10 (版头 date, also 印发); 2024-07-05 (meeting date) is medium. "
                  "doc_number: 〔2024〕3期 or 2024年第3期 tolerable; null is medium. "
                  "Dates 2024-09-01 / 2024-09-30 in 事项 are task deadlines, not the document's effective/expiry dates."),
    }]
    return f


def to_pdf(f):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, f], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    fa = make_qingshi()
    make_pifu()
    make_fuhan()
    make_jiyao()
    if "--no-pdf" not in sys.argv:
        to_pdf(fa)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(EXPECTED, fh, ensure_ascii=False, indent=2)
    print("ok")
